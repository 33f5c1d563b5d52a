/**
 * TLS with a CA and server certificate made here by the openssl command: psql and node-postgres
 * connect with sslmode=require and verify-full, a wrong CA or host name is refused by the client,
 * `--tls-required` refuses plain TCP clients as a hostssl-only pg_hba.conf does (28000), and the
 * encryption requests before the startup packet get PostgreSQL's answers.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError, parseCommand } from '../bin/options.js';
import { int32, sendFirst, startup } from './helpers/raw-protocol.js';
import { startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'evsql-tls-'));
const file = (name: string) => join(dir, name);

/** A CA, a server certificate it signed for the name `localhost` only, and an unrelated CA. */
function makeCertificates(): void {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=evsql test CA');
  openssl('req', '-x509', ...ec, '-keyout', 'other-ca.key', '-out', 'other-ca.crt', '-days', '2', '-subj', '/CN=another CA');
  openssl('req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost');
  writeFileSync(file('ext.cnf'), 'subjectAltName=DNS:localhost\n');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'ext.cnf');
  chmodSync(file('server.key'), 0o600);
}

let server: TestServer;
let required: TestServer;

beforeAll(async () => {
  try {
    execFileSync('openssl', ['version']);
  } catch {
    throw new Error('the openssl command is needed to make the test certificates (.ci/run installs it)');
  }
  makeCertificates();
  [server, required] = await Promise.all([
    startServer(['--tls-cert', file('server.crt'), '--tls-key', file('server.key'), '--authentication-timeout', '2s']),
    startServer(['--tls-required', '--socket-dir', dir], { env: { EVSQL_TLS_CERT: file('server.crt'), EVSQL_TLS_KEY: file('server.key') } }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.stop(), required?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

/** psql with a libpq connection string; resolves with stdout, or with stderr when psql fails. */
async function psql(conninfo: string, command: string): Promise<{ ok: boolean; out: string }> {
  try {
    const { stdout } = await run('psql', ['-X', '-At', '-d', conninfo, '-c', command], { env: { ...process.env, PGCONNECT_TIMEOUT: '10', PGGSSENCMODE: 'disable' } });
    return { ok: true, out: stdout };
  } catch (err) {
    return { ok: false, out: (err as { stderr: string }).stderr };
  }
}

function tlsOf(client: pg.Client): TLSSocket {
  return (client as unknown as { connection: { stream: TLSSocket } }).connection.stream;
}

describe('psql', () => {
  it('connects with sslmode=verify-full against the CA, and the session is encrypted', async () => {
    const conninfo = `host=localhost port=${server.port} user=postgres dbname=postgres sslmode=verify-full sslrootcert=${file('ca.crt')}`;
    expect(await psql(conninfo, 'SELECT 40 + 2')).toEqual({ ok: true, out: '42\n' });
    const info = await psql(conninfo, '\\conninfo');
    expect(info.out).toMatch(/SSL connection \(protocol: TLSv1\.[23]/);
  });

  it('connects with sslmode=require, and without TLS when the server does not require it', async () => {
    expect(await psql(`host=127.0.0.1 port=${server.port} user=postgres dbname=postgres sslmode=require`, '\\conninfo')).toMatchObject({ ok: true, out: expect.stringContaining('SSL connection') });
    const plain = await psql(`host=127.0.0.1 port=${server.port} user=postgres dbname=postgres sslmode=disable`, '\\conninfo');
    expect(plain).toMatchObject({ ok: true });
    expect(plain.out).not.toContain('SSL');
  });

  it('verify-full refuses a certificate for another host name or from another CA', async () => {
    const wrongName = await psql(`host=127.0.0.1 port=${server.port} user=postgres dbname=postgres sslmode=verify-full sslrootcert=${file('ca.crt')}`, 'SELECT 1');
    expect(wrongName).toMatchObject({ ok: false, out: expect.stringMatching(/server certificate for "localhost" .*does not match host name "127\.0\.0\.1"/) });
    const wrongCa = await psql(`host=localhost port=${server.port} user=postgres dbname=postgres sslmode=verify-full sslrootcert=${file('other-ca.crt')}`, 'SELECT 1');
    expect(wrongCa).toMatchObject({ ok: false, out: expect.stringContaining('certificate verify failed') });
  });
});

describe('node-postgres', () => {
  it('connects with ssl: { ca, servername } and runs queries, large results included, over TLS', async () => {
    const client = await server.client({ ssl: { ca: readFileSync(file('ca.crt'), 'utf8'), servername: 'localhost' } });
    try {
      const stream = tlsOf(client);
      expect(stream.encrypted).toBe(true);
      expect(stream.getPeerCertificate().subject.CN).toBe('localhost');
      await client.query('CREATE TABLE tls_notes (id int PRIMARY KEY, body text)');
      await client.query('INSERT INTO tls_notes VALUES ($1, $2)', [1, 'x'.repeat(3_000_000)]);
      const big = await client.query('SELECT length(body) AS n, body FROM tls_notes');
      expect(big.rows[0].n).toBe(3_000_000);
      expect(big.rows[0].body).toBe('x'.repeat(3_000_000));
      const many = await client.query('SELECT count(*)::int AS n, sum(g)::int AS s FROM generate_series(1, 50000) AS g');
      expect(many.rows).toEqual([{ n: 50000, s: 1250025000 }]);
    } finally {
      await client.end();
    }
  });

  it("pg_stat_ssl shows each session's TLS, as PostgreSQL's does, and pg_stat_gssapi no GSSAPI", async () => {
    const secure = await server.client({ ssl: { ca: readFileSync(file('ca.crt'), 'utf8'), servername: 'localhost' } });
    const plain = await server.client();
    try {
      const stream = tlsOf(secure);
      const mine = await secure.query('SELECT ssl, version, cipher, bits, client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
      expect(mine.rows).toEqual([{ ssl: true, version: stream.getProtocol(), cipher: stream.getCipher().name, bits: 256, client_dn: null }]);
      expect((await plain.query('SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows).toEqual([{ ssl: false, version: null }]);
      // Joined with pg_stat_activity, as monitoring queries read it.
      const joined = await plain.query('SELECT count(*)::int AS n FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE s.ssl');
      expect(joined.rows).toEqual([{ n: 1 }]);
      expect((await plain.query('SELECT gss_authenticated, encrypted FROM pg_stat_gssapi WHERE pid = pg_backend_pid()')).rows).toEqual([{ gss_authenticated: false, encrypted: false }]);
    } finally {
      await Promise.all([secure.end(), plain.end()]);
    }
  });

  it('refuses a server certificate its CA did not sign', async () => {
    await expect(server.client({ ssl: { ca: readFileSync(file('other-ca.crt'), 'utf8'), servername: 'localhost' } })).rejects.toThrow(/certificate/);
    const still = await server.client({ ssl: { ca: readFileSync(file('ca.crt'), 'utf8'), servername: 'localhost' } });
    expect((await still.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await still.end();
  });
});

describe('--tls-required', () => {
  it('refuses a plain TCP client with FATAL 28000 as a hostssl-only pg_hba.conf does, and serves TLS clients', async () => {
    const plain = new pg.Client(required.config());
    const refused = await plain.connect().then(
      () => null,
      (err: pg.DatabaseError) => err,
    );
    expect(refused).toMatchObject({ code: '28000', severity: 'FATAL', message: 'no pg_hba.conf entry for host "127.0.0.1", user "postgres", database "postgres", no encryption' });
    const byPsql = await psql(`host=127.0.0.1 port=${required.port} user=postgres dbname=postgres sslmode=disable`, 'SELECT 1');
    expect(byPsql).toMatchObject({ ok: false, out: expect.stringContaining('no pg_hba.conf entry for host "127.0.0.1", user "postgres", database "postgres", no encryption') });
    // libpq's default sslmode=prefer upgrades, so a plain `psql -h` works.
    expect(await psql(`host=127.0.0.1 port=${required.port} user=postgres dbname=postgres`, 'SELECT 7')).toEqual({ ok: true, out: '7\n' });
    const secure = await required.client({ ssl: { ca: readFileSync(file('ca.crt'), 'utf8'), servername: 'localhost' } });
    expect((await secure.query('SELECT 8 AS n')).rows).toEqual([{ n: 8 }]);
    await secure.end();
  });

  it('does not apply to the Unix socket, which has no TLS (as in PostgreSQL)', async () => {
    expect(await psql(`host=${dir} port=${required.port} user=postgres dbname=postgres`, 'SELECT 9')).toEqual({ ok: true, out: '9\n' });
  });
});

describe('before the startup packet', () => {
  const SSL_REQUEST = Buffer.concat([int32(8), int32(80877103)]);
  const GSSENC_REQUEST = Buffer.concat([int32(8), int32(80877104)]);
  const hello = startup({ user: 'postgres', database: 'postgres' });

  it("answers GSSENCRequest 'N', then SSLRequest 'S'; a plain startup after the 'N' goes on unencrypted", async () => {
    expect((await sendFirst(server.host, server.port, GSSENC_REQUEST, 1000)).data.toString('latin1')).toBe('N');
    expect((await sendFirst(server.host, server.port, Buffer.concat([GSSENC_REQUEST, SSL_REQUEST]), 1000)).data.toString('latin1')).toBe('NS');
    const plain = await sendFirst(server.host, server.port, Buffer.concat([GSSENC_REQUEST, hello]));
    expect(plain.data.subarray(0, 2).toString('latin1')).toBe('NR');
    expect(plain.code).toBeNull();
    expect(plain.data.subarray(-6).toString('latin1')).toBe('Z\0\0\0\x05I');
  });

  it('refuses bytes sent after SSLRequest before the handshake (08P01), without answering S', async () => {
    const injected = await sendFirst(server.host, server.port, Buffer.concat([SSL_REQUEST, hello]));
    expect(injected).toMatchObject({ code: '08P01', closed: true });
    expect(injected.data.toString('latin1')).toContain('received unencrypted data after SSL request');
    expect(injected.data[0]).toBe('E'.charCodeAt(0));
  });

  it('drops, after authentication_timeout, a client that sends nothing, or stops after SSLRequest', async () => {
    const [silent, afterS] = await Promise.all([sendFirst(server.host, server.port, Buffer.alloc(0), 20_000), sendFirst(server.host, server.port, SSL_REQUEST, 20_000)]);
    for (const dropped of [silent, afterS]) {
      expect(dropped.closed).toBe(true);
      expect(dropped.ms).toBeGreaterThanOrEqual(1900);
      expect(dropped.ms).toBeLessThan(15_000);
    }
    expect(afterS.data.toString('latin1')).toBe('S');
  });
});

describe('options', () => {
  const start = (args: string[], env: Record<string, string> = {}) => {
    const c = parseCommand(['start', ...args], env);
    if (c.kind !== 'start') throw new Error(`not start: ${c.kind}`);
    return c.config;
  };
  const refusal = (args: string[], env: Record<string, string> = {}): string => {
    try {
      start(args, env);
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      return (err as Error).message;
    }
    throw new Error('accepted');
  };

  it('reads --tls-cert/--tls-key and EVSQL_TLS_*, and refuses what cannot serve', () => {
    const cert = file('server.crt');
    const key = file('server.key');
    expect(start([]).tls).toBeNull();
    expect(start(['--tls-cert', cert, '--tls-key', key])).toMatchObject({ tls: { cert: readFileSync(cert, 'utf8'), key: readFileSync(key, 'utf8') }, tlsRequired: false });
    expect(start([], { EVSQL_TLS_CERT: cert, EVSQL_TLS_KEY: key, EVSQL_TLS_REQUIRED: '1' })).toMatchObject({ tls: { cert: readFileSync(cert, 'utf8') }, tlsRequired: true });
    expect(refusal(['--tls-cert', cert])).toBe('--tls-cert and --tls-key go together');
    expect(refusal(['--tls-required'])).toBe('--tls-required needs --tls-cert and --tls-key');
    expect(refusal(['--tls-cert', cert, '--tls-key', file('other-ca.key')])).toMatch(/^invalid --tls-cert\/--tls-key: .*key values mismatch/);
    expect(refusal(['--tls-cert', cert, '--tls-key', cert])).toMatch(/^invalid --tls-cert\/--tls-key: /);
    expect(refusal(['--tls-cert', cert, '--tls-key', file('nope.key')])).toMatch(/^cannot read --tls-key file ".*nope.key": ENOENT$/);
    expect(refusal(['--tls-cert', cert, '--tls-key', key], { EVSQL_TLS_REQUIRED: 'yes' })).toBe('invalid value for EVSQL_TLS_REQUIRED: "yes" (0 | 1)');
  });

  it('warns about a key file others can read', () => {
    const open = file('open.key');
    writeFileSync(open, readFileSync(file('server.key')));
    chmodSync(open, 0o644);
    expect(start(['--tls-cert', file('server.crt'), '--tls-key', open]).warnings).toEqual([expect.stringContaining('readable by other users')]);
    expect(start(['--tls-cert', file('server.crt'), '--tls-key', file('server.key')]).warnings).toEqual([]);
  });
});
