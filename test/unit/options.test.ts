/**
 * The command line's checks, flag by flag (bin/options.ts): each bad value is a UsageError of one
 * line naming the flag or variable, the value and what is accepted; the process test
 * (test/ops-cli.test.ts) shows such an error exits 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, defaultMaxResultBytes, defaultWriterThreads, parseCommand, type StartConfig } from '../../bin/options.js';

const scratch = mkdtempSync(join(tmpdir(), 'evsql-options-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const badJson = join(scratch, 'rules.json');
writeFileSync(badJson, '{ nope');
const emptyPassword = join(scratch, 'empty-password');
writeFileSync(emptyPassword, '\n');
const password = join(scratch, 'password');
writeFileSync(password, 'hunter2\nignored\n');

function start(args: string[], env: Record<string, string> = {}): StartConfig {
  const c = parseCommand(['start', ...args], env);
  if (c.kind !== 'start') throw new Error(`not start: ${c.kind}`);
  return c.config;
}

describe('parseCommand', () => {
  const bad: Array<[string[], Record<string, string>, RegExp]> = [
    [['--bogus'], {}, /^unknown option --bogus$/],
    [['--port'], {}, /--port/],
    [['--port', 'abc'], {}, /^invalid value for --port: "abc" \(an integer from 0 to 65535\)$/],
    [['--port', '70000'], {}, /--port: "70000"/],
    [['--port', '-1'], {}, /--port/],
    [['--http-port', '65536'], {}, /--http-port: "65536"/],
    [['--lock-timeout', 'abc'], {}, /^invalid value for --lock-timeout: "abc" \(a duration such as/],
    [['--statement-timeout', '-5s'], {}, /--statement-timeout/],
    [['--idle-timeout', '5 parsecs'], {}, /--idle-timeout/],
    [['--idle-in-transaction-timeout', 'x'], {}, /--idle-in-transaction-timeout/],
    [['--replicas', '0'], {}, /--replicas: "0"/],
    [['--replicas', '2.5'], {}, /--replicas/],
    [['--exec', 'parallel'], {}, /^invalid value for --exec: "parallel" \(ev \| sequential\)$/],
    [['--sync', 'off'], {}, /--sync: "off" \(full \| normal\)/],
    [['--batch-size', '0'], {}, /--batch-size/],
    [['--batch-delay', 'soon'], {}, /--batch-delay/],
    [['--readers', '-1'], {}, /--readers/],
    [['--writer-threads', '0'], {}, /^invalid value for --writer-threads: "0" \(an integer from 1 to 64\)$/],
    [['--max-connections', '0'], {}, /--max-connections/],
    [['--max-message-size', '10'], {}, /--max-message-size/],
    [['--auth', 'ldap'], {}, /--auth: "ldap" \(trust \| scram-sha-256 \| md5 \| password\)/],
    [['--auth', 'md5'], {}, /^--auth md5 needs --password, --password-file or --users$/],
    [['--log-level', 'loud'], {}, /--log-level: "loud"/],
    [['--log-failed-statements', 'loud'], {}, /--log-failed-statements/],
    [['--host', 'not a host!'], {}, /--host/],
    [['--data', ''], {}, /--data/],
    [['--socket-dir', join(scratch, 'nope')], {}, /--socket-dir: ".*nope" \(an existing directory\)/],
    [['--socket-dir', badJson], {}, /--socket-dir/],
    [['--rules', join(scratch, 'nope.json')], {}, /^cannot read --rules file ".*nope.json": ENOENT$/],
    [['--rules', badJson], {}, /^invalid --rules file/],
    [['--users', join(scratch, 'nope.txt')], {}, /cannot read --users file/],
    [['--password-file', join(scratch, 'nope.txt')], {}, /cannot read --password-file file/],
    [['--password-file', emptyPassword], {}, /empty first line/],
    [['--password', 'a', '--password-file', password], {}, /either --password or --password-file/],
    [['now'], {}, /^unexpected argument "now"$/],
    [[], { EVSQL_LOCK_TIMEOUT: 'soon' }, /^invalid value for EVSQL_LOCK_TIMEOUT: "soon"/],
    [[], { EVSQL_REPLICAS: 'three' }, /EVSQL_REPLICAS/],
  ];

  it.each(bad)('refuses %j %j', (args, env, message) => {
    let thrown: unknown;
    try {
      start(args, env);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain('\n');
  });

  it('the defaults', () => {
    const c = start([]);
    expect(c).toMatchObject({ host: '127.0.0.1', port: 5433, dataDir: './data', replicas: 3, mode: 'ev', depth: 4, httpPort: null, socketDir: null, authMethod: 'trust', logLevel: 'warn', warnings: [] });
    expect(c.settings).toEqual({ statement_timeout: '0', lock_timeout: '0', idle_session_timeout: '0', idle_in_transaction_session_timeout: '60s', 'evsql.speculative': 'on' });
    expect(c.writerThreads).toBe(defaultWriterThreads(3, availableParallelism()));
    expect(start(['--writer-threads', '2']).writerThreads).toBe(2);
    expect(start([], { EVSQL_WRITER_THREADS: '1' }).writerThreads).toBe(1);
    expect(c.maxResultBytes).toBe(defaultMaxResultBytes());
    expect(c.maxResultBytes).toBe(Math.floor(getHeapStatistics().heap_size_limit / 8));
    expect(start(['--max-result-memory', '1048576']).maxResultBytes).toBe(1048576);
    expect(start([], { EVSQL_MAX_RESULT_MEMORY: '4096' }).maxResultBytes).toBe(4096);
    expect(() => start(['--max-result-memory', '100'])).toThrow(/max-result-memory/);
  });

  it('writers share threads only where the cores are fewer than the writers and the main thread', () => {
    expect(defaultWriterThreads(3, 2)).toBe(1);
    expect(defaultWriterThreads(3, 3)).toBe(2);
    expect(defaultWriterThreads(3, 4)).toBe(3);
    expect(defaultWriterThreads(3, 16)).toBe(3);
    expect(defaultWriterThreads(5, 1)).toBe(1);
  });

  it('flags win over variables; valid durations pass as given', () => {
    const c = start(['--port', '6000', '--lock-timeout', '250ms'], { EVSQL_PORT: '7000', EVSQL_HTTP_PORT: '0', EVSQL_IDLE_TIMEOUT: '2min' });
    expect(c.port).toBe(6000);
    expect(c.httpPort).toBe(0);
    expect(c.settings.lock_timeout).toBe('250ms');
    expect(c.settings.idle_session_timeout).toBe('2min');
  });

  it('the password from a file (its first line) turns on scram-sha-256', () => {
    const c = start(['--password-file', password]);
    expect(c.password).toBe('hunter2');
    expect(c.authMethod).toBe('scram-sha-256');
    expect(c.warnings).toEqual([]);
  });

  it('warns about --replicas 2, a password in ps, and trust beyond loopback', () => {
    expect(start(['--replicas', '2']).warnings).toEqual([expect.stringMatching(/one replica fault stops all writes/)]);
    expect(start(['--password', 'pw']).warnings).toEqual([expect.stringMatching(/visible .* in ps/)]);
    expect(start(['--host', '0.0.0.0']).warnings).toEqual([expect.stringMatching(/with trust authentication/)]);
    expect(start(['--host', '::1']).warnings).toEqual([]);
  });

  it('replica takes --id and --nats, and start --nats a list of NATS servers', () => {
    expect(parseCommand(['replica', '--id', '2', '--nats', 'nats://10.0.0.1:4222,10.0.0.2:4222', '--data', '/r2'], {})).toEqual({
      kind: 'replica',
      config: { id: 2, dataDir: '/r2', nats: ['nats://10.0.0.1:4222', '10.0.0.2:4222'], readers: 2, synchronous: 'full', logLevel: 'warn', faults: false },
    });
    expect(parseCommand(['replica', '--id', '0'], { EVSQL_NATS: 'nats://n:4222', EVSQL_SYNC: 'normal' })).toMatchObject({ config: { nats: ['nats://n:4222'], synchronous: 'normal', dataDir: './data' } });
    expect(() => parseCommand(['replica', '--nats', 'n:4222'], {})).toThrow(/^replica needs --id N$/);
    expect(() => parseCommand(['replica', '--id', '0'], {})).toThrow(/^replica needs --nats URL/);
    expect(() => parseCommand(['replica', '--id', '15', '--nats', 'n:4222'], {})).toThrow(/^invalid value for --id: "15" \(an integer from 0 to 14\)$/);
    expect(() => parseCommand(['replica', '--id', '0', '--nats', 'n:4222', '--port', '1'], {})).toThrow(/^--port does not apply to replica$/);
    expect(() => parseCommand(['replica', '--id', '0', '--nats', 'http://n'], {})).toThrow(/^invalid value for --nats: "http:\/\/n" \(a comma-separated list of NATS server URLs/);
    expect(() => parseCommand(['start', '--id', '1'], {})).toThrow(/^--id applies to replica only$/);
    expect(start(['--nats', 'nats://127.0.0.1:4222, nats://127.0.0.1:4223']).nats).toEqual(['nats://127.0.0.1:4222', 'nats://127.0.0.1:4223']);
    expect(start([]).nats).toBeNull();
    expect(start(['--nats', 'n:4222']).logMaxBytes).toBe(1 << 30);
    expect(start(['--nats', 'n:4222'], { EVSQL_LOG_MAX_BYTES: '67108864' }).logMaxBytes).toBe(67108864);
    expect(() => start(['--nats', 'n:4222', '--log-max-bytes', '1000'])).toThrow(/^invalid value for --log-max-bytes: "1000" \(an integer >= 1048576\)$/);
    expect(() => start(['--log-max-bytes', '67108864'])).toThrow(/^--log-max-bytes applies with --nats only$/);
  });

  it('restore takes --from, --data and --replicas only', () => {
    expect(parseCommand(['restore', '--from', '/b.sqlite', '--data', '/d', '--replicas', '5'], {})).toEqual({ kind: 'restore', from: '/b.sqlite', dataDir: '/d', replicas: 5 });
    expect(parseCommand(['restore', '--from', '/b.sqlite'], { EVSQL_DATA: '/e' })).toEqual({ kind: 'restore', from: '/b.sqlite', dataDir: '/e', replicas: 3 });
    expect(() => parseCommand(['restore', '--data', '/d'], {})).toThrow(/^restore needs --from FILE$/);
    expect(() => parseCommand(['restore', '--from', '/b.sqlite', '--port', '1'], {})).toThrow(/^--port does not apply to restore$/);
    expect(() => parseCommand(['restore', '--from', '/b.sqlite', '--replicas', '0'], {})).toThrow(UsageError);
    expect(() => parseCommand(['start', '--from', '/b.sqlite'], {})).toThrow(/^--from applies to restore only$/);
  });

  it('help and version', () => {
    expect(parseCommand([], {})).toEqual({ kind: 'help' });
    expect(parseCommand(['--help'], {})).toEqual({ kind: 'help' });
    expect(parseCommand(['start', '-h'], {})).toEqual({ kind: 'help' });
    expect(parseCommand(['--version'], {})).toEqual({ kind: 'version' });
    expect(() => parseCommand(['serve'], {})).toThrow(/unknown command "serve"/);
  });
});
