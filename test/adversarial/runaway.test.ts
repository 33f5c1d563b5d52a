/**
 * A statement that never ends on its own is stopped by statement_timeout and by a cancel, with
 * PostgreSQL's 57014, although SQLite cannot be interrupted from outside here: a recursive CTE's
 * rows pass a cancellation point. A write without end stops the same way on every replica, so
 * the batches around it go on. Other sessions read and write meanwhile, and the replicas agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from '../helpers/server.js';
import { failure } from '../helpers/timed-failure.js';

const RUNAWAY = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r';
const RUNAWAY_WRITE = 'INSERT INTO t WITH RECURSIVE r(n) AS (SELECT 10 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r';

let server: TestServer;
let c: pg.Client;

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
  await c.query('CREATE TABLE t (id int PRIMARY KEY)');
  await c.query('INSERT INTO t VALUES (1), (2), (3)');
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

describe('runaway statements', () => {
  it('statement_timeout (SET) stops a recursive CTE without end with 57014', async () => {
    const s = await server.client();
    await s.query("SET statement_timeout = '300ms'");
    const r = await failure(s, RUNAWAY);
    expect(r).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
    expect(r.ms).toBeLessThan(5_000);
    expect((await s.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(3);
    await s.end();
  });

  it('statement_timeout given as a startup option is honored', async () => {
    const s = await server.client({ options: '-c statement_timeout=300' });
    expect(await failure(s, RUNAWAY)).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
    await s.end();
  });

  it('pg_cancel_backend stops it with 57014 "due to user request"', async () => {
    const s = await server.client();
    const pid = (await s.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    const running = failure(s, RUNAWAY);
    await new Promise((r) => setTimeout(r, 300));
    await c.query('SELECT pg_cancel_backend($1)', [pid]);
    expect(await running).toMatchObject({ code: '57014', message: 'canceling statement due to user request' });
    await s.end();
  });

  it('more runaway reads than reader threads all stop, and other sessions read throughout', async () => {
    const sessions = await Promise.all([1, 2, 3, 4].map(() => server.client({ options: '-c statement_timeout=500' })));
    const runs = sessions.map((s) => failure(s, RUNAWAY));
    for (let i = 0; i < 3; i++) expect((await c.query('SELECT id FROM t ORDER BY id')).rows.map((r) => r.id)).toEqual([1, 2, 3]);
    for (const r of await Promise.all(runs)) expect(r.code).toBe('57014');
    for (const s of sessions) await s.end();
    await c.query('INSERT INTO t VALUES (4)');
    expect((await c.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(4);
    const replicas = (await c.query('SELECT status, state_root FROM evsql_replicas')).rows;
    expect(replicas.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(new Set(replicas.map((r) => r.state_root)).size).toBe(1);
  });

  it('a write without end stops at statement_timeout on every replica, and others write meanwhile', async () => {
    // The timeout is set around the runaway statements only: on a loaded machine an ordinary
    // statement right after one (the replicas may be repairing) can take longer than it.
    const s = await server.client();
    await s.query("SET statement_timeout = '700ms'");
    const runaway = failure(s, RUNAWAY_WRITE);
    for (let i = 0; i < 3; i++) await c.query('UPDATE t SET id = id WHERE id = 1');
    expect(await runaway).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
    await s.query('SET statement_timeout = 0');
    // In a transaction: the transaction is aborted, as PostgreSQL's is, and ROLLBACK ends it.
    await s.query('BEGIN');
    await s.query('INSERT INTO t VALUES (5)');
    await s.query("SET statement_timeout = '700ms'");
    expect(await failure(s, RUNAWAY_WRITE)).toMatchObject({ code: '57014' });
    expect(await failure(s, 'SELECT 1')).toMatchObject({ code: '25P02' });
    await s.query('ROLLBACK');
    await s.query('SET statement_timeout = 0');
    expect((await s.query('SELECT id FROM t ORDER BY id')).rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    await s.end();
    const replicas = (await c.query('SELECT status, state_root FROM evsql_replicas')).rows;
    expect(replicas.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(new Set(replicas.map((r) => r.state_root)).size).toBe(1);
  });

  it('a write whose SELECT joins tables without a bound on the combinations stops at statement_timeout on every replica', async () => {
    // 100⁴ row combinations, none kept: minutes without a cancellation point per combination.
    await c.query('CREATE TABLE h (v int)');
    await c.query('INSERT INTO h SELECT generate_series(1, 100)');
    const s = await server.client();
    const before = (await s.query('SELECT count(*)::int AS n FROM t')).rows[0].n;
    await s.query("SET statement_timeout = '700ms'");
    const stopped = await failure(s, 'INSERT INTO t SELECT a.v FROM h a, h b, h c JOIN h d ON true WHERE a.v + b.v + c.v + d.v < 0');
    expect(stopped).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
    await s.query('SET statement_timeout = 0');
    expect((await s.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(before);
    await s.end();
    const replicas = (await c.query('SELECT status, state_root FROM evsql_replicas')).rows;
    expect(replicas.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(new Set(replicas.map((r) => r.state_root)).size).toBe(1);
  }, 60_000);
});
