/**
 * Frames a driver would not send, before and after authentication: each refused with
 * PostgreSQL's SQLSTATE, bounded before the server buffers them, and the server stays up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startServer, type TestServer } from '../helpers/server.js';
import { RawClient, cstring, int16, int32, sendFirst, startup } from '../helpers/raw-protocol.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer(['--authentication-timeout', '1s']);
});

afterAll(async () => {
  await server.stop();
});

const firstPacket = (bytes: Buffer, waitMs?: number) => sendFirst(server.host, server.port, bytes, waitMs);

async function alive(): Promise<void> {
  const c = await server.client();
  expect((await c.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  await c.end();
}

describe('before authentication', () => {
  it('refuses a startup packet over 10,000 bytes before buffering it', async () => {
    const head = Buffer.concat([int32(60 * 1024 * 1024), int32(196608)]);
    expect(await firstPacket(head)).toMatchObject({ code: '08P01', closed: true });
    expect(await firstPacket(startup({ user: 'postgres', database: 'postgres' }, 10_100))).toMatchObject({ code: '08P01', closed: true });
    expect((await firstPacket(startup({ user: 'postgres', database: 'postgres' }, 9_000))).code).toBeNull();
    await alive();
  });

  it('drops a client that does not authenticate within authentication_timeout', async () => {
    const silent = await firstPacket(Buffer.alloc(0));
    expect(silent.closed).toBe(true);
    expect(silent.ms).toBeGreaterThanOrEqual(900);
    expect(silent.ms).toBeLessThan(4000);
    const half = await firstPacket(int32(100));
    expect(half.closed).toBe(true);
    await alive();
  });

  it('refuses an unknown database with FATAL 3D000, accepts PostgreSQL’s default ones', async () => {
    expect(await firstPacket(startup({ user: 'postgres', database: 'nosuchdb' }))).toMatchObject({ code: '3D000', closed: true });
    expect(await firstPacket(startup({ user: 'alice' }))).toMatchObject({ code: '3D000', closed: true });
    for (const database of ['postgres', 'template1', 'evsql']) {
      const c = new pg.Client(server.config({ database }));
      await c.connect();
      expect((await c.query('SELECT current_database() AS db')).rows).toEqual([{ db: database }]);
      await c.end();
    }
  });

  it('takes the accepted database names from --databases', async () => {
    const other = await startServer(['--databases', 'shop,postgres']);
    try {
      const c = new pg.Client(other.config({ database: 'shop' }));
      await c.connect();
      await c.end();
      const bad = new pg.Client(other.config({ database: 'evsql' }));
      await expect(bad.connect()).rejects.toMatchObject({ code: '3D000' });
    } finally {
      await other.stop();
    }
  });
});

describe('after authentication', () => {
  let raw: RawClient;
  beforeAll(async () => {
    raw = await RawClient.connect(server.host, server.port);
  });
  afterAll(async () => {
    await raw.close().catch(() => undefined);
  });

  it('refuses invalid UTF-8 in a query with 22021, in a parameter too', async () => {
    raw.send('P', Buffer.concat([cstring(''), cstring('SELECT $1::text'), int16(0)]));
    raw.send('B', Buffer.concat([cstring(''), cstring(''), int16(0), int16(1), int32(2), Buffer.from([0xc3, 0x28]), int16(0)]));
    raw.send('E', Buffer.concat([cstring(''), int32(0)]));
    raw.send('S', Buffer.alloc(0));
    expect((await raw.untilReady()).error).toBe('22021');
    raw.send('B', Buffer.concat([cstring(''), cstring(''), int16(0), int16(1), int32(3), Buffer.from([0x61, 0, 0x62]), int16(0)]));
    raw.send('E', Buffer.concat([cstring(''), int32(0)]));
    raw.send('S', Buffer.alloc(0));
    expect((await raw.untilReady()).error).toBe('22021');
    raw.send('Q', Buffer.concat([Buffer.from("SELECT 'a"), Buffer.from([0xff, 0xfe]), Buffer.from("'\0")]));
    const r = await raw.untilReady();
    expect([r.error, r.closed]).toEqual(['22021', undefined]);
    await alive();
  });

  it('refuses Bind with a bad parameter length, format code or format count', async () => {
    const bind = (formats: number[], lengths: Array<[number, Buffer]>) =>
      Buffer.concat([cstring(''), cstring('two'), int16(formats.length), ...formats.map(int16), int16(lengths.length), ...lengths.flatMap(([n, b]) => [int32(n), b]), int16(0)]);
    expect(await raw.prepare('two', 'SELECT $1::int + $2::int AS s', [23, 23])).toBeNull();
    const cases: Array<[Buffer, string]> = [
      [bind([], [[-2, Buffer.alloc(0)], [1, Buffer.from('1')]]), '08P01'],
      [bind([7], [[1, Buffer.from('1')], [1, Buffer.from('2')]]), '22023'],
      [bind([0, 0, 0], [[1, Buffer.from('1')], [1, Buffer.from('2')]]), '08P01'],
    ];
    for (const [body, code] of cases) {
      raw.send('B', body);
      raw.send('S', Buffer.alloc(0));
      expect((await raw.untilReady()).error).toBe(code);
    }
    const ok = await raw.execPrepared('two', ['1', '2'], 0);
    expect(ok.rows.map((r) => r.map((v) => v?.toString()))).toEqual([['3']]);
  });

  it('takes 65,535 parameters (the count is unsigned), more than SQLite binds', async () => {
    const c = await server.client();
    await c.query('CREATE TABLE many (a int, b text)');
    const sql = `INSERT INTO many VALUES ${Array.from({ length: 32_767 }, (_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ')}, ($65535, '?''"?')`;
    expect(await raw.prepare('many', sql, [])).toBeNull();
    const params = Array.from({ length: 65_535 }, (_, i) => (i % 2 ? `it's "${i}" ?` : String(i)));
    const r = await raw.execPrepared('many', params, 0);
    expect(r.error).toBeNull();
    expect(r.tag).toBe('INSERT 0 32768');
    const rows = (await c.query("SELECT count(*)::int AS n, sum(a)::text AS s, max(b) FILTER (WHERE a = 65534) AS last, min(b) FILTER (WHERE a = 2) AS two FROM many")).rows;
    expect(rows).toEqual([{ n: 32_768, s: String((65_534 / 2) * (65_534 / 2 + 1)), last: `?'"?`, two: `it's "3" ?` }]);
    await c.end();
  });

  it('refuses a NUL inside a query string with 08P01 and stays up', async () => {
    const c = await RawClient.connect(server.host, server.port);
    c.send('Q', Buffer.concat([cstring('SELECT 1'), Buffer.from('; DROP TABLE x\0')]));
    const r = await c.untilReady();
    expect([r.error, r.closed]).toEqual(['08P01', undefined]);
    expect((await c.execPrepared('', [], 0)).error).toBe('26000');
    await c.close();
    await alive();
  });
});
