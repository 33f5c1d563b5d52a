/**
 * One statement, however large or deeply nested, is executed when PostgreSQL would execute it and
 * refused with PostgreSQL's error otherwise (54001 "stack depth limit exceeded", 42601 for what
 * the grammar itself cannot nest); the server keeps serving and the replicas keep agreeing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let c: pg.Client;

async function code(sql: string, params?: unknown[]): Promise<string | undefined> {
  try {
    await c.query(sql, params);
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

function terms(n: number, each: (i: number) => string, sep: string): string {
  return Array.from({ length: n }, (_, i) => each(i)).join(sep);
}

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
  await c.query('CREATE TABLE t (id int, stamped timestamptz, note text)');
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

describe('huge and deeply nested statements', () => {
  it('a 100,000-row INSERT mixing now() and NULL rows is executed on every replica', async () => {
    const rows = terms(100_000, (i) => (i % 2 ? `(${i}, now(), 'x')` : `(${i}, NULL, NULL)`), ',');
    const r = await c.query(`INSERT INTO t VALUES ${rows}`);
    expect(r.rowCount).toBe(100_000);
    const counts = (await c.query('SELECT count(*)::int AS n, count(stamped)::int AS s FROM t')).rows[0];
    expect(counts).toEqual({ n: 100_000, s: 50_000 });
  }, 60_000);

  it("rows of constants and then rows calling functions (sysbench-tpcc's order_line loader) are inserted in order", async () => {
    // SQLite compiled such a list as one recursive UNION ALL chain: 7,000 rows overflowed a replica thread's stack.
    await c.query('CREATE TABLE ol (id int PRIMARY KEY, delivered timestamp, amount numeric(6,2), info char(24))');
    const rows = terms(20_000, (i) => (i < 100 ? `(${i}, NULL, 7003.664765, 'yyyy')` : `(${i}, NOW(), 0.000000, 'kkkk')`), ',');
    const r = await c.query(`INSERT INTO ol VALUES ${rows} ON CONFLICT (id) DO NOTHING RETURNING id`);
    expect(r.rows.map((x: { id: number }) => x.id)).toEqual(Array.from({ length: 20_000 }, (_, i) => i));
    const counts = (await c.query('SELECT count(*)::int AS n, count(delivered)::int AS stamped, sum(amount)::text AS total FROM ol')).rows[0];
    expect(counts).toEqual({ n: 20_000, stamped: 19_900, total: '700366.00' });
    const v = await c.query(`SELECT count(*)::int AS n, sum(a)::int AS s FROM (VALUES ${terms(5_000, (i) => (i < 10 ? `(${i})` : `(abs(${i}))`), ',')}) AS v(a)`);
    expect(v.rows[0]).toEqual({ n: 5_000, s: 12_497_500 });
  }, 60_000);

  it('operator chains too deep for the stack are 54001, again and again, and the parser survives them', async () => {
    // Each of these overflows inside the WebAssembly parser; the instance is replaced every time.
    const chain = `SELECT ${terms(10_000, () => '1', ' + ')}`;
    for (let i = 0; i < 40; i++) expect(await code(chain)).toBe('54001');
    expect(await code(`SELECT ${terms(10_000, () => "'a'", ' || ')}`)).toBe('54001');
    expect(await code(terms(10_000, (i) => `SELECT ${i}`, ' UNION ALL '))).toBe('54001');
    expect((await c.query('SELECT 1 + 1 AS two')).rows).toEqual([{ two: 2 }]);
  }, 60_000);

  it('jsonb nested past the stack is 54001, as a literal and as a parameter', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(await code(`SELECT '${deep}'::jsonb`)).toBe('54001');
    expect(await code('INSERT INTO t (note) SELECT $1::jsonb::text', [deep])).toBe('54001');
    const nested = `${'['.repeat(500)}1${']'.repeat(500)}`;
    expect((await c.query(`SELECT '${nested}'::jsonb::text AS j`)).rows[0].j).toBe(nested);
  });

  it('OR and AND lists longer than SQLite nests expressions are executed', async () => {
    await c.query('CREATE TABLE s (id int)');
    await c.query('INSERT INTO s SELECT id FROM t WHERE id < 10000');
    const or = terms(2_000, (i) => `id = ${i * 2}`, ' OR ');
    expect((await c.query(`SELECT count(*)::int AS n FROM s WHERE ${or}`)).rows[0].n).toBe(2_000);
    const and = terms(2_000, (i) => `id <> ${i}`, ' AND ');
    expect((await c.query(`SELECT count(*)::int AS n FROM s WHERE ${and}`)).rows[0].n).toBe(8_000);
    expect((await c.query(`DELETE FROM s WHERE id >= 9000 AND (${or.replaceAll('= ', '= 9000 + ')})`)).rowCount).toBe(500);
  }, 60_000);

  it('a 100,000-value IN list is executed', async () => {
    const r = await c.query(`SELECT count(*)::int AS n FROM s WHERE id IN (${terms(100_000, (i) => String(i * 3), ',')})`);
    // Multiples of 3 below 10,000 less the multiples of 6 from 9,000 the DELETE above took.
    expect(r.rows[0].n).toBe(3_334 - 167);
  }, 60_000);

  it('10,000 nested parentheses are the grammar\'s 42601, as in PostgreSQL', async () => {
    expect(await code(`SELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)}`)).toBe('42601');
    expect(await code(`SELECT ${'(SELECT '.repeat(10_000)}1${')'.repeat(10_000)}`)).toBe('42601');
  });

  it('after all of them the server serves and every replica holds the same state', async () => {
    const replicas = (await c.query('SELECT status, state_root FROM evsql_replicas')).rows;
    expect(replicas.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(new Set(replicas.map((r) => r.state_root)).size).toBe(1);
    expect((await c.query('SELECT count(*)::int AS n FROM s')).rows[0].n).toBe(9_500);
  });
});
