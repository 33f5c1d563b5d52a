/**
 * The evsql command as an operator meets it: help and version, every bad flag refused with one
 * line and exit code 2, the start banner, and the data-directory lock (a second server on the
 * same --data refuses to start naming the holder; a lock left by kill -9 is taken over).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, startServer } from './helpers/server.js';
import { EVSQL_VERSION } from '../pg/version.js';

const scratch = mkdtempSync(join(tmpdir(), 'evsql-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function evsql(args: string[], env: Record<string, string> = {}): Promise<Exit> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 20_000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

describe('help and version', () => {
  it('a bare evsql prints help and starts nothing', async () => {
    const r = await evsql([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: evsql start \[options\]/m);
    expect(r.stdout).toContain('--http-port');
    expect(r.stdout).not.toContain('listening');
  });

  it('--help and help list the commands', async () => {
    const [a, b] = await Promise.all([evsql(['--help']), evsql(['help'])]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/evsql --version/);
  });

  it('--version prints the version package.json has', async () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
    expect(EVSQL_VERSION).toBe(pkg.version);
    const r = await evsql(['--version']);
    expect(r).toEqual({ code: 0, stdout: `evsql ${pkg.version}\n`, stderr: '' });
  });
});

describe('flag validation (every flag: test/unit/options.test.ts)', () => {
  const aFile = join(scratch, 'a-file');
  writeFileSync(aFile, 'not a directory');
  const cases: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['unknown option', ['start', '--bogus'], {}, /^evsql: unknown option --bogus \(see evsql --help\)$/],
    ['unknown command', ['serve'], {}, /^evsql: unknown command "serve"/],
    ['lock timeout not a duration', ['start', '--lock-timeout', 'abc'], {}, /^evsql: invalid value for --lock-timeout: "abc" \(a duration/],
    ['bad value from the environment', ['start'], { EVSQL_PORT: '99999' }, /^evsql: invalid value for EVSQL_PORT: "99999"/],
    ['data dir is a file', ['start', '--data', aFile], {}, /^evsql: data directory ".*a-file" is not a directory$/],
  ];

  it.concurrent.each(cases)('%s: exit 2 with one line on stderr', async (_name, args, env, message) => {
    const r = await evsql(args, env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([expect.stringMatching(message), '']);
  });
});

describe('start banner and warnings', () => {
  it('says the version, address, psql command, data directory, replicas and mode', async () => {
    const server = await startServer(['--replicas', '2', '--exec', 'sequential', '--http-port', '0']);
    try {
      const banner = server.stdout();
      expect(banner).toContain(`evsql ${EVSQL_VERSION} listening on 127.0.0.1:${server.port}`);
      expect(banner).toContain(`psql -h 127.0.0.1 -p ${server.port} -U postgres`);
      expect(banner).toContain(`data:     ${server.dataDir} (2 replicas, sequential, quorum 2)`);
      expect(banner).toMatch(/http: {5}http:\/\/127\.0\.0\.1:\d+\/metrics/);
      expect(server.stderr()).toMatch(/one replica fault stops all writes/);
    } finally {
      await server.stop();
    }
  });

  it('reads the password from a file', async () => {
    const file = join(scratch, 'password');
    writeFileSync(file, 'from-a-file\n');
    const server = await startServer(['--password-file', file]);
    try {
      await expect(server.client({ password: 'wrong' })).rejects.toThrow(/password authentication failed/);
      const c = await server.client({ password: 'from-a-file' });
      await c.end();
    } finally {
      await server.stop();
    }
  });
});

describe('data-directory lock', () => {
  it('a second server on the same data directory refuses to start, naming the holder', async () => {
    const first = await startServer([], { keepData: true });
    try {
      expect(readFileSync(join(first.dataDir, 'evsql.pid'), 'utf8')).toBe(`${first.proc.pid}\n`);
      const second = await evsql(['start', '--port', '0', '--data', first.dataDir]);
      expect(second.code).toBe(1);
      expect(second.stderr).toBe(`evsql: data directory "${first.dataDir}" is in use by another evsql server (pid ${first.proc.pid}); lock file ${join(first.dataDir, 'evsql.pid')}\n`);
      // The first still serves, and still holds the lock.
      const c = await first.client();
      expect((await c.query('select 1 as x')).rows).toEqual([{ x: 1 }]);
      await c.end();
    } finally {
      await first.stop();
    }
    expect(existsSync(join(first.dataDir, 'evsql.pid'))).toBe(false);
    rmSync(first.dataDir, { recursive: true, force: true });
  });

  it('after kill -9 the stale lock is taken over and the data is there', async () => {
    const first = await startServer([], { keepData: true });
    const c = await first.client();
    await c.query('create table kept (id int primary key)');
    await c.query('insert into kept values (1), (2)');
    await c.end();
    const died = new Promise((r) => first.proc.once('exit', r));
    first.proc.kill('SIGKILL');
    await died;
    expect(readFileSync(join(first.dataDir, 'evsql.pid'), 'utf8')).toBe(`${first.proc.pid}\n`);
    const second = await startServer([], { dataDir: first.dataDir });
    try {
      expect(readFileSync(join(first.dataDir, 'evsql.pid'), 'utf8')).toBe(`${second.proc.pid}\n`);
      const c2 = await second.client();
      expect((await c2.query('select id from kept order by id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
      await c2.end();
    } finally {
      await second.stop();
    }
  });

  it('a lock naming a live process that is not evsql is stale (a pid reused after a crash)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'evsql-test-'));
    const other = spawn('sleep', ['30']);
    writeFileSync(join(dataDir, 'evsql.pid'), `${other.pid}\n`);
    try {
      const server = await startServer([], { dataDir });
      expect(readFileSync(join(dataDir, 'evsql.pid'), 'utf8')).toBe(`${server.proc.pid}\n`);
      await server.stop();
    } finally {
      other.kill();
    }
  });
});

describe('shutdown', () => {
  it('SIGTERM rolls an open transaction back through the pipeline before the replicas close, with no warnings', async () => {
    const first = await startServer(['--log-level', 'info'], { keepData: true });
    const c = await first.client();
    c.on('error', () => undefined);
    await c.query('create table kept (id int)');
    await c.query('insert into kept values (1)');
    await c.query('begin');
    await c.query('insert into kept values (2)');
    const running = c.query('select pg_sleep(10)').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 200));
    expect(await first.stop()).toBe(0);
    expect((await running as { code?: string }).code).toBe('57P01');
    const levels = first.stderr().trim().split('\n').map((line) => (JSON.parse(line) as { level: number; msg: string }));
    expect(levels.filter((l) => l.level >= 40)).toEqual([]);
    expect(levels.map((l) => l.msg)).toContain('shutting down');
    const second = await startServer(['--log-level', 'info'], { dataDir: first.dataDir });
    try {
      const c2 = await second.client();
      expect((await c2.query('select id from kept order by id')).rows).toEqual([{ id: 1 }]);
      await c2.end();
      expect(second.stderr()).not.toMatch(/"level":[456]0/);
    } finally {
      await second.stop();
    }
  });
});
