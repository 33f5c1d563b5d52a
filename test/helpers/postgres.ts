/**
 * A real PostgreSQL 15 for differential tests, started on a temporary data directory. PostgreSQL
 * refuses to run as root, so as root it runs as an unprivileged user created for it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';

const PG_USER = 'evsqltest';

/** Directory holding initdb and postgres, or null when PostgreSQL is not installed. */
export function postgresBinDir(): string | null {
  const candidates = ['/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/lib/postgresql/16/bin'];
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql').sort().reverse()) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  return candidates.find((d) => existsSync(join(d, 'postgres')) && existsSync(join(d, 'initdb'))) ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface TestPostgres {
  port: number;
  host: string;
  config(extra?: Partial<pg.ClientConfig>): pg.ClientConfig;
  client(): Promise<pg.Client>;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    try {
      execFileSync('id', [PG_USER], { stdio: 'ignore' });
    } catch {
      execFileSync('useradd', ['--system', '--no-create-home', PG_USER]);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'evsql-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const run = (cmd: string, args: string[]) => (asRoot ? ['runuser', ['-u', PG_USER, '--', cmd, ...args]] : [cmd, args]) as [string, string[]];
  const [c, a] = run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C']);
  execFileSync(c, a, { stdio: 'ignore' });
  const port = await freePort();
  const [pc, pa] = run(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'TimeZone=UTC']);
  const proc: ChildProcess = spawn(pc, pa, { stdio: 'ignore' });
  const host = '127.0.0.1';
  const config = (extra: Partial<pg.ClientConfig> = {}): pg.ClientConfig => ({ host, port, user: 'postgres', database: 'postgres', ...extra });
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const probe = new pg.Client(config());
      await probe.connect();
      await probe.end();
      break;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    port,
    host,
    config,
    async client() {
      const cl = new pg.Client(config());
      await cl.connect();
      return cl;
    },
    async stop() {
      const exited = new Promise<void>((r) => (proc.exitCode !== null ? r() : proc.once('exit', () => r())));
      // Signal the postmaster itself: runuser, the direct child when root, does not pass SIGINT on.
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
