/**
 * Connection bounds: the (N+1)th client with `--max-connections N` is refused (53300) while the
 * others go on; sockets that have not sent their startup packet are bounded in number (as many
 * again) and in time (authentication_timeout); a client in the middle of authenticating cannot
 * make the server buffer a large message.
 */
import { execFile } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cstring, int32, sendFirst, startup } from '../helpers/raw-protocol.js';
import { startServer, type TestServer } from '../helpers/server.js';

const MAX = 3;
const PASSWORD = 'pw-connections';
let server: TestServer;

beforeAll(async () => {
  server = await startServer(['--max-connections', String(MAX), '--authentication-timeout', '1s'], { env: { EVSQL_PASSWORD: PASSWORD } });
});

afterAll(async () => {
  await server.stop();
});

const client = () => server.client({ password: PASSWORD });

/** Connects until the server takes the client (a closed session's slot frees once its socket has closed), at most 10 s. */
async function clientOnceFree(): Promise<pg.Client> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await client();
    } catch (err) {
      if ((err as pg.DatabaseError).code !== '53300' || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A socket that has connected; `closed` resolves with the ms from connect to the server closing it. */
async function rawSocket(): Promise<{ socket: Socket; closed: Promise<number> }> {
  const socket = connect(server.port, server.host);
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const started = Date.now();
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)));
  return { socket, closed };
}

describe('sockets not yet authenticated', () => {
  // First in the file: no earlier session's socket may still be closing, which would count here.
  it('are at most max_connections more: the next is refused at once with 53300; each is dropped after authentication_timeout', async () => {
    const keeper = await clientOnceFree();
    try {
      const silent = [await rawSocket(), await rawSocket()];
      const half = await rawSocket();
      half.socket.write(Buffer.concat([int32(100), int32(196608), cstring('user')]));
      const refused = await sendFirst(server.host, server.port, startup({ user: 'postgres', database: 'postgres' }));
      expect(refused).toMatchObject({ code: '53300', closed: true });
      await expect(client()).rejects.toMatchObject({ code: '53300', message: 'sorry, too many clients already' });
      expect((await keeper.query('SELECT 1 AS still')).rows).toEqual([{ still: 1 }]);
      for (const ms of await Promise.all([...silent, half].map((s) => s.closed))) {
        expect(ms).toBeGreaterThanOrEqual(900);
        expect(ms).toBeLessThan(15_000);
      }
      const after = await clientOnceFree();
      expect((await after.query('SELECT 2 AS again')).rows).toEqual([{ again: 2 }]);
      await after.end();
    } finally {
      await keeper.end();
    }
  });

  it('cannot make the server buffer a large message while authenticating: FATAL 08P01 before its body is sent', async () => {
    const { socket, closed } = await rawSocket();
    let data = Buffer.alloc(0);
    socket.on('data', (d: Buffer) => (data = Buffer.concat([data, d])));
    socket.write(startup({ user: 'postgres', database: 'postgres' }));
    await expect.poll(() => data.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(data.subarray(0, 1).toString()).toBe('R');
    socket.write(Buffer.concat([Buffer.from('p'), int32(60 * 1024 * 1024)]));
    await closed;
    expect(data.toString('latin1')).toContain('C08P01\0Minvalid message length\0');
    const c = await clientOnceFree();
    // Past authentication, messages up to --max-message-size are read.
    const big = 'x'.repeat(1_000_000);
    expect((await c.query('SELECT length($1::text) AS n', [big])).rows).toEqual([{ n: 1_000_000 }]);
    await c.end();
  });

  it("answers SSLRequest and GSSENCRequest 'N' without TLS, and the startup goes on", async () => {
    const requests = Buffer.concat([int32(8), int32(80877104), int32(8), int32(80877103)]);
    const answer = await sendFirst(server.host, server.port, Buffer.concat([requests, startup({ user: 'postgres', database: 'postgres' })]));
    expect(answer.data.subarray(0, 3).toString('latin1')).toBe('NNR');
    expect(answer.code).toBeNull();
  });
});

describe('max_connections', () => {
  it('answers the (N+1)th client FATAL 53300 and keeps serving the N others', async () => {
    const clients = [await clientOnceFree(), await clientOnceFree(), await clientOnceFree()];
    try {
      await expect(client()).rejects.toMatchObject({ code: '53300', severity: 'FATAL', message: 'sorry, too many clients already' });
      const psql = await promisify(execFile)('psql', ['-X', '-h', server.host, '-p', String(server.port), '-U', 'postgres', '-d', 'postgres', '-c', 'SELECT 1'], {
        env: { ...process.env, PGPASSWORD: PASSWORD, PGCONNECT_TIMEOUT: '10' },
      }).then(
        () => 'connected',
        (err: { stderr: string }) => err.stderr,
      );
      expect(psql).toContain('FATAL:  sorry, too many clients already');
      await clients[0]!.query('CREATE TABLE crowd (id int PRIMARY KEY, who text)');
      await Promise.all(clients.map((c, i) => c.query('INSERT INTO crowd VALUES ($1, $2)', [i, `client ${i}`])));
      for (const c of clients) expect((await c.query('SELECT count(*)::int AS n FROM crowd')).rows).toEqual([{ n: MAX }]);
      await clients.pop()!.end();
      clients.push(await clientOnceFree());
      expect((await clients[MAX - 1]!.query('SELECT who FROM crowd WHERE id = 2')).rows).toEqual([{ who: 'client 2' }]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });
});
