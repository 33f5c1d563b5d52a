/**
 * Protocol paths drivers use less: portals read in pieces (PortalSuspended), Describe of a
 * statement, binary result formats, idle timeouts, and a users file with SCRAM secrets.
 */
import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScramSecret, scramVerifier } from '../wire/auth.js';
import { RawClient } from './helpers/raw-protocol.js';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let client: pg.Client;

beforeAll(async () => {
  server = await startServer(['--replicas', '1']);
  client = await server.client();
  await client.query('CREATE TABLE nums (n int PRIMARY KEY, label text, big int8, f float8, ok bool)');
  await client.query("INSERT INTO nums SELECT g, 'n' || g, g::int8 * 1000000000, g / 4.0, g % 2 = 0 FROM generate_series(1, 25) AS g");
});

afterAll(async () => {
  await client?.end();
  await server?.stop();
});

describe('extended protocol details', () => {
  it('reads a portal in pieces with PortalSuspended (pg-cursor: Execute with a row limit, Flush)', async () => {
    const cursor = client.query(new Cursor('SELECT n FROM nums WHERE n > $1 ORDER BY n', [5]));
    const seen: number[] = [];
    for (;;) {
      const rows = await cursor.read(7);
      if (!rows.length) break;
      expect(rows.length).toBeLessThanOrEqual(7);
      seen.push(...rows.map((r: { n: number }) => r.n));
    }
    await cursor.close();
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 6));
  });

  it('negotiates protocol 3.2 and _pq_. options down to 3.0 with NegotiateProtocolVersion, then serves', async () => {
    const raw = await RawClient.connect(server.host, server.port, 'postgres', 'postgres', { version: (3 << 16) | 2, options: { '_pq_.test_option': 'x' } });
    try {
      expect(raw.startupMessages[0]).toBe('v');
      expect(raw.startupMessages).toContain('R');
      expect(await raw.prepare('one', 'SELECT 1', [])).toBeNull();
    } finally {
      await raw.close();
    }
    const plain = await RawClient.connect(server.host, server.port);
    try {
      expect(plain.startupMessages).not.toContain('v');
    } finally {
      await plain.close();
    }
  });

  it('returns binary results when asked (int4, int8, float8, bool, text), byte for byte', async () => {
    // node-postgres mangles binary int8/float8 (against PostgreSQL as well): read the wire itself.
    const raw = await RawClient.connect(server.host, server.port);
    try {
      expect(await raw.prepare('b', 'SELECT n, big, f, ok, label FROM nums WHERE n = $1', [23])).toBeNull();
      const r = await raw.execPrepared('b', ['3'], 1);
      expect(r.fields!.map((f) => [f.typeOid, f.format])).toEqual([[23, 1], [20, 1], [701, 1], [16, 1], [25, 1]]);
      const [n, big, f, ok, label] = r.rows[0]!;
      expect(n).toEqual(Buffer.from([0, 0, 0, 3]));
      expect(big!.readBigInt64BE(0)).toBe(3000000000n);
      expect(f!.readDoubleBE(0)).toBe(0.75);
      expect(ok).toEqual(Buffer.from([0]));
      expect(label!.toString()).toBe('n3');
    } finally {
      await raw.close();
    }
  });

  it('describes a prepared statement: ParameterDescription and RowDescription', async () => {
    const messages = await rawExchange(server.port, (w) => {
      w('P', Buffer.concat([cstr('s1'), cstr('SELECT n, label FROM nums WHERE n = $1::int4 AND label = $2'), int16(0)]));
      w('D', Buffer.concat([Buffer.from('S'), cstr('s1')]));
      w('S', Buffer.alloc(0));
    });
    const types = messages.map((m) => m.type);
    expect(types).toEqual(['1', 't', 'T', 'Z']);
    const pd = messages[1]!.body;
    expect(pd.readInt16BE(0)).toBe(2);
    expect(pd.readInt32BE(2)).toBe(23);
    const rd = messages[2]!.body;
    expect(rd.readInt16BE(0)).toBe(2);
    expect(rd.subarray(2, rd.indexOf(0, 2)).toString()).toBe('n');
  });
});

describe('bad input over the extended protocol', () => {
  const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);

  it('answers an empty prepared statement with EmptyQueryResponse, as PostgreSQL does', async () => {
    const r = await client.query({ name: 'empty17', text: '' });
    expect(r.rows).toEqual([]);
  });

  it('refuses a parameter the query never names and Parse left untyped (42P18), and $0 (42P02)', async () => {
    expect(await code(client.query('SELECT $2::int AS n', [1, 2]))).toBe('42P18');
    expect(await code(client.query({ name: 'gap17', text: 'SELECT $2::int AS n', values: [1, 2] }))).toBe('42P18');
    expect(await code(client.query('SELECT $0', []))).toBe('42P02');
    // Typed where it is prepared, the parameter the query does not name is bound and ignored.
    await client.query('PREPARE typed17 (int, int) AS SELECT $2 AS n');
    expect((await client.query('EXECUTE typed17 (1, 2)')).rows).toEqual([{ n: 2 }]);
  });

  it('binds a parameter that a translation writes twice once for each place', async () => {
    const r = await client.query("SELECT md5($1) AS m, string_agg($1::bytea, ',') AS s", ['abc']);
    expect(r.rows[0].m).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(Buffer.from(r.rows[0].s).toString()).toBe('abc');
  });

  it('leaves nothing of a transaction\'s failed statements and serves on', async () => {
    await client.query('BEGIN');
    await client.query('INSERT INTO nums (n, label) VALUES ($1, $2)', [101, 'kept']);
    await client.query('SAVEPOINT s17');
    expect(await code(client.query('INSERT INTO nums (n, label) VALUES ($1, $2), ($3)', [102, 'x', 103]))).toBe('42601');
    await client.query('ROLLBACK TO SAVEPOINT s17');
    expect(await code(client.query('UPDATE nums SET n = n + $1 RETURNING length() OVER ()', [1]))).toBe('42883');
    await client.query('ROLLBACK TO SAVEPOINT s17');
    await client.query('COMMIT');
    expect((await client.query('SELECT n, label FROM nums WHERE n > 100 ORDER BY n')).rows).toEqual([{ n: 101, label: 'kept' }]);
    await client.query('DELETE FROM nums WHERE n > 100');
  });
});

describe('bounds', () => {
  it('refuses more than 10,000 named prepared statements in a session with 54000, and goes on', async () => {
    const messages = await rawExchange(server.port, (w) => {
      for (let i = 0; i <= 10_000; i++) w('P', Buffer.concat([cstr(`s${i}`), cstr('SELECT 1'), int16(0)]));
      w('S', Buffer.alloc(0));
      w('Q', cstr('DEALLOCATE s0'));
      w('P', Buffer.concat([cstr('again'), cstr('SELECT 2'), int16(0)]));
      w('S', Buffer.alloc(0));
    }, 3);
    const types = messages.map((m) => m.type);
    expect(types.filter((t) => t === '1')).toHaveLength(10_001);
    const error = messages.find((m) => m.type === 'E')!;
    expect(error.body.toString()).toContain('C54000');
    expect(error.body.toString()).toContain('too many prepared statements');
    expect(types.slice(-1)).toEqual(['Z']);
  });
});

describe('timeouts', () => {
  it('closes an idle session after idle_session_timeout with 57P05', async () => {
    const c = await server.client();
    const closed = new Promise<Error>((resolve) => c.on('error', resolve));
    await c.query("SET idle_session_timeout = '150ms'");
    const err = await closed;
    expect(err.message).toMatch(/idle-session timeout/);
    const fresh = await server.client();
    expect((await fresh.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    await fresh.end();
  });

  it('closes a session idle in a transaction, and its transaction rolls back', async () => {
    const c = await server.client();
    const closed = new Promise<Error>((resolve) => c.on('error', resolve));
    await c.query("SET idle_in_transaction_session_timeout = '150ms'");
    await c.query('BEGIN');
    await c.query("INSERT INTO nums (n, label) VALUES (100, 'abandoned')");
    const err = await closed;
    expect(err.message).toMatch(/idle-in-transaction timeout/);
    const deadline = Date.now() + 5000;
    let count = '1';
    while (count !== '0' && Date.now() < deadline) {
      count = (await client.query('SELECT count(*) FROM nums WHERE n = 100')).rows[0].count;
    }
    expect(count).toBe('0');
  });
});

describe('users file', () => {
  it('accepts the users of a users file (SCRAM secret and plain), refuses others with 28P01', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evsql-users-'));
    const file = join(dir, 'users');
    writeFileSync(file, `# evsql users\nalice:${formatScramSecret(scramVerifier('wonder'))}\nbob:builder\n`);
    const secured = await startServer(['--replicas', '1', '--users', file]);
    try {
      const alice = await secured.client({ user: 'alice', password: 'wonder' });
      expect((await alice.query('SELECT current_user AS u')).rows).toEqual([{ u: 'alice' }]);
      await alice.end();
      const bob = await secured.client({ user: 'bob', password: 'builder' });
      await bob.end();
      await expect(secured.client({ user: 'alice', password: 'nope' })).rejects.toMatchObject({ code: '28P01' });
      await expect(secured.client({ user: 'mallory', password: 'builder' })).rejects.toMatchObject({ code: '28P01' });
    } finally {
      await secured.stop();
    }
  });
});

function cstr(s: string): Buffer {
  return Buffer.from(s + '\0');
}

function int16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
}

/** Starts a session on a raw socket, sends what `send` writes, and collects messages up to ReadyForQuery. */
async function rawExchange(port: number, send: (w: (type: string, body: Buffer) => void) => void, readies = 1): Promise<Array<{ type: string; body: Buffer }>> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const startup = Buffer.alloc(8 + params.length);
  startup.writeInt32BE(startup.length, 0);
  startup.writeInt32BE(196608, 4);
  params.copy(startup, 8);
  socket.write(startup);
  let buf = Buffer.alloc(0);
  const messages: Array<{ type: string; body: Buffer }> = [];
  let started = false;
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 5 && buf.length >= buf.readInt32BE(1) + 1) {
        const len = buf.readInt32BE(1);
        const m = { type: String.fromCharCode(buf[0]!), body: buf.subarray(5, len + 1) };
        buf = buf.subarray(len + 1);
        if (!started) {
          if (m.type === 'Z') {
            started = true;
            send((type, body) => {
              const head = Buffer.alloc(5);
              head.write(type, 0, 'latin1');
              head.writeInt32BE(body.length + 4, 1);
              socket.write(Buffer.concat([head, body]));
            });
          }
          continue;
        }
        messages.push(m);
        if (m.type === 'Z' && --readies === 0) {
          socket.end();
          resolve(messages);
        }
      }
    });
  });
}
