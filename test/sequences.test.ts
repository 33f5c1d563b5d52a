/**
 * Sequences on a running server with replicas, as PostgreSQL keeps them: a value drawn is never
 * given again, whether the transaction that drew it rolls back or the statement fails; draws of
 * sessions running at once are ordered the same on every replica (same state roots); a session's
 * currval is its own and ends with it. What each statement answers is compared with PostgreSQL in
 * test/corpus/17-sequences.sql.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});

const draw = async (c: pg.Client) => (await c.query("SELECT nextval('tickets')")).rows[0]!.nextval as string;

async function roots(c: pg.Client): Promise<number> {
  const rows = (await c.query('SELECT state_root FROM evsql_replicas')).rows;
  return new Set(rows.map((r) => r.state_root)).size;
}

it('never gives a value twice, across a transaction that rolls back, and keeps currval per session', async () => {
  const a = await server.client();
  const b = await server.client();
  try {
    await a.query('CREATE SEQUENCE tickets');
    await expect(b.query("SELECT currval('tickets')")).rejects.toMatchObject({ code: '55000' });
    await a.query('BEGIN');
    const held = await draw(a);
    const other = await draw(b);
    await a.query('ROLLBACK');
    const later = [await draw(a), await draw(b), await draw(a)];
    expect([held, other, ...later]).toEqual(['1', '2', '3', '4', '5']);
    expect((await b.query("SELECT currval('tickets') AS v")).rows[0].v).toBe('4');
    expect((await a.query('SELECT lastval() AS v')).rows[0].v).toBe('5');
    expect((await a.query("SELECT last_value FROM pg_sequences WHERE sequencename = 'tickets'")).rows[0].last_value).toBe('5');
  } finally {
    await a.end();
    await b.end();
  }
  const c = await server.client();
  try {
    await expect(c.query("SELECT currval('tickets')")).rejects.toMatchObject({ code: '55000' });
  } finally {
    await c.end();
  }
});

it('gives serial ids as PostgreSQL does, the same on every replica', async () => {
  const a = await server.client();
  const b = await server.client();
  try {
    await a.query('CREATE TABLE orders (id serial PRIMARY KEY, note text)');
    await a.query("INSERT INTO orders (note) VALUES ('a')");
    // An explicit id leaves the sequence where it was: the next default collides with it.
    await a.query("INSERT INTO orders (id, note) VALUES (2, 'b')");
    await expect(a.query("INSERT INTO orders (note) VALUES ('c')")).rejects.toMatchObject({ code: '23505' });
    await b.query('BEGIN');
    await b.query("INSERT INTO orders (note) VALUES ('rolled back')");
    await b.query('ROLLBACK');
    // Sessions inserting at once draw in one order on every replica.
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => a.query('INSERT INTO orders (note) VALUES ($1)', [`a${i}`])),
      ...Array.from({ length: 20 }, (_, i) => b.query('INSERT INTO orders (note) VALUES ($1)', [`b${i}`])),
    ]);
    const ids = (await a.query('SELECT id FROM orders ORDER BY id')).rows.map((r) => Number(r.id));
    expect(ids.slice(0, 3)).toEqual([1, 2, 4]);
    expect(ids).toHaveLength(42);
    expect(new Set(ids).size).toBe(42);
    expect(Math.max(...ids)).toBe(43);
    expect((await a.query("SELECT pg_get_serial_sequence('orders', 'id') AS s")).rows[0].s).toBe('public.orders_id_seq');
    expect(await roots(a)).toBe(1);
  } finally {
    await a.end();
    await b.end();
  }
});

it('undoes TRUNCATE … RESTART IDENTITY and ALTER SEQUENCE … RESTART with their transaction, draws after them included, as PostgreSQL does', async () => {
  const c = await server.client();
  try {
    await c.query('CREATE TABLE restarted (id serial PRIMARY KEY, v int)');
    await c.query('INSERT INTO restarted (v) VALUES (1), (2), (3)');
    await c.query('BEGIN');
    await c.query('TRUNCATE restarted RESTART IDENTITY');
    await c.query('INSERT INTO restarted (v) VALUES (10)');
    expect((await c.query('SELECT id FROM restarted')).rows).toEqual([{ id: 1 }]);
    await c.query('ROLLBACK');
    // PostgreSQL's RESTART gives the sequence a new relfilenode: ROLLBACK drops it with what was drawn from it.
    expect((await c.query("SELECT nextval('restarted_id_seq') AS v")).rows[0].v).toBe('4');
    await c.query('BEGIN');
    await c.query('SAVEPOINT s');
    await c.query('ALTER SEQUENCE restarted_id_seq RESTART WITH 100');
    await c.query('ROLLBACK TO SAVEPOINT s');
    await c.query('COMMIT');
    expect((await c.query("SELECT nextval('restarted_id_seq') AS v")).rows[0].v).toBe('5');
    await c.query('TRUNCATE restarted RESTART IDENTITY');
    expect((await c.query('INSERT INTO restarted (v) VALUES (1) RETURNING id')).rows).toEqual([{ id: 1 }]);
    expect(await roots(c)).toBe(1);
  } finally {
    await c.end();
  }
});

it('lets transactions that insert rows with drawn keys run at once, as PostgreSQL does: no waits, no deadlocks', async () => {
  const a = await server.client();
  const b = await server.client();
  try {
    await a.query('CREATE TABLE invoices (id serial PRIMARY KEY, note text)');
    await a.query('CREATE TABLE lines (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)');
    // Before, an insert drawing its key took the whole table and the sequence until COMMIT: b waited
    // for a, and two transactions inserting into two tables in opposite orders deadlocked.
    for (const c of [a, b]) await c.query("SET lock_timeout = '3s'");
    await a.query('BEGIN');
    await b.query('BEGIN');
    await a.query("INSERT INTO invoices (note) VALUES ('a')");
    await b.query("INSERT INTO lines (note) VALUES ('b')");
    const ids = await Promise.all([
      a.query("INSERT INTO lines (note) VALUES ('a'), ('a2') RETURNING id"),
      b.query("INSERT INTO invoices (id, note) VALUES (DEFAULT, 'b') RETURNING id"),
    ]);
    expect(ids[0].rows.map((r) => r.id)).toEqual(['2', '3']);
    expect(ids[1].rows.map((r) => r.id)).toEqual([2]);
    // Each sees its own rows, and the other's once committed.
    expect((await b.query('SELECT note FROM invoices WHERE id = 2')).rows).toEqual([{ note: 'b' }]);
    await a.query('COMMIT');
    await b.query('ROLLBACK');
    expect((await b.query('SELECT id, note FROM invoices ORDER BY id')).rows).toEqual([{ id: 1, note: 'a' }]);
    expect((await b.query('SELECT note FROM lines ORDER BY id')).rows).toEqual([{ note: 'a' }, { note: 'a2' }]);
    expect(await roots(a)).toBe(1);
  } finally {
    await a.end();
    await b.end();
  }
});

it('takes draws back with the batch when the replicas disagree and run it again, and no further', async () => {
  // Two replicas: one that diverges leaves no quorum, and both run the batch again.
  const pair = await startServer(['--replicas', '2', '--fault-injection']);
  const admin = await pair.client();
  const a = await pair.client();
  const b = await pair.client();
  try {
    await admin.query('CREATE TABLE log (id bigserial PRIMARY KEY, who text)');
    const reexecutions = async () => Number((await admin.query("SELECT value FROM evsql_stats WHERE name = 'reexecutions'")).rows[0].value);
    const before = await reexecutions();
    // Replica 1's next batch changes one value more than its requests: no quorum on the first try.
    await admin.query("SELECT evsql_fault('diverge', 1)");
    const insert = async (c: pg.Client, who: string) => {
      for (let i = 0; i < 15; i++) await c.query('INSERT INTO log (who) VALUES ($1)', [who]);
    };
    await Promise.all([insert(a, 'a'), insert(b, 'b')]);
    expect(await reexecutions()).toBeGreaterThan(before);
    const ids = (await admin.query('SELECT id FROM log ORDER BY id')).rows.map((r) => Number(r.id));
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await admin.query("SELECT nextval('log_id_seq') AS v")).rows[0].v).toBe('31');
    const deadline = Date.now() + 15_000;
    while ((await roots(admin)) !== 1 && Date.now() < deadline) await admin.query('SELECT 1');
    expect(await roots(admin)).toBe(1);
  } finally {
    await admin.end();
    await a.end();
    await b.end();
    expect(await pair.stop()).toBe(0);
  }
});
