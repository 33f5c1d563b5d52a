/**
 * What the thirty-third session's JDBC sweep (test/corpus/52-jdbc33.sql, and
 * test/clients/JdbcMetaApp.java beside PostgreSQL 15) fixed, on a real server through the `pg`
 * driver; each expected value is PostgreSQL 15's answer to the same statement: a comment on a
 * composite type, SHOW after SET SESSION CHARACTERISTICS, RowDescription's table and attribute
 * of an unconstrained numeric column and of a view's column, pg_constraint's connoinherit,
 * pg_class's pages, rows and storage, DROP SCHEMA's notice of partitions, and the errors of a
 * procedure called as a function and of CALL of a function with OUT parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;
const rows = async (text: string, on = c) => (await on.query({ text, rowMode: 'array' })).rows;
const failure = async (sql: string, on = c) =>
  on.query(sql).then(
    () => undefined,
    (e: { code?: string; position?: string }) => ({ code: e.code, position: e.position }),
  );
/** Each result column's name, whether RowDescription names a table for it, and its attribute number. */
const origins = async (text: string) => (await c.query(text)).fields.map((f) => [f.name, f.tableID !== 0, f.columnID]);

beforeAll(async () => {
  server = await startServer([], { keepData: true });
  c = await server.client();
  await c.query('CREATE SCHEMA j33_app');
  await c.query('CREATE TYPE j33_app.j33_pair AS (a int, b text)');
  await c.query('CREATE TYPE j33_point AS (x int, y int)');
  await c.query('CREATE TABLE j33_app.j33_acct (id int PRIMARY KEY, amount numeric NOT NULL, fixed numeric(12,2), twice numeric GENERATED ALWAYS AS (fixed * 2) STORED, note text)');
  await c.query("INSERT INTO j33_app.j33_acct (id, amount, fixed, note) VALUES (1, 1.50, 2, 'x')");
  await c.query("CREATE FUNCTION j33_calc(a integer, INOUT b integer DEFAULT 10, OUT c text) LANGUAGE sql AS $$ SELECT a + b, 'x' || a $$");
  await c.query('CREATE PROCEDURE j33_app.j33_note(msg text) LANGUAGE sql AS $$ UPDATE j33_app.j33_acct SET note = msg $$');
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

describe('COMMENT ON TYPE of a composite type', () => {
  it("is kept, in public and in another schema, where pgjdbc's getUDTs reads it (was 42704)", async () => {
    await c.query("COMMENT ON TYPE j33_app.j33_pair IS 'a pair'");
    await c.query("COMMENT ON TYPE j33_point IS 'a point'");
    expect(await rows("SELECT obj_description('j33_app.j33_pair'::regtype, 'pg_type'), obj_description('j33_point'::regtype, 'pg_type')")).toEqual([['a pair', 'a point']]);
    expect(await rows("SELECT t.typname, d.description FROM pg_type t JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass WHERE t.typname LIKE 'j33%' ORDER BY 1")).toEqual([
      ['j33_pair', 'a pair'],
      ['j33_point', 'a point'],
    ]);
    await c.query('COMMENT ON TYPE j33_point IS NULL');
    expect(await rows("SELECT obj_description('j33_point'::regtype, 'pg_type')")).toEqual([[null]]);
    expect(await failure("COMMENT ON TYPE j33_app.j33_nope IS 'x'")).toMatchObject({ code: '42704' });
  });
});

describe('SET SESSION CHARACTERISTICS AS TRANSACTION', () => {
  it("sets the level SHOW reports outside a transaction, as pgjdbc's getTransactionIsolation reads it (said the old one)", async () => {
    const s = await server.client();
    await s.query('SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE');
    expect(await rows('SHOW TRANSACTION ISOLATION LEVEL', s)).toEqual([['serializable']]);
    // Inside a block the block keeps its own level; the new default shows once it ends.
    await s.query('BEGIN');
    await s.query('SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    expect(await rows('SHOW transaction_isolation', s)).toEqual([['serializable']]);
    await s.query('COMMIT');
    expect(await rows("SELECT current_setting('transaction_isolation'), current_setting('default_transaction_isolation')", s)).toEqual([['repeatable read', 'repeatable read']]);
    await s.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
    expect(await rows('SHOW transaction_read_only', s)).toEqual([['on']]);
    expect(await failure('DELETE FROM j33_app.j33_acct', s)).toMatchObject({ code: '25006' });
    await s.end();
  });
});

describe('RowDescription of an unconstrained numeric column', () => {
  it("names its table and attribute, as JDBC's getTableName and isNullable ask (were 0)", async () => {
    expect(await origins('SELECT a.amount, a.fixed, a.twice, a.amount + 1 AS plus, note FROM j33_app.j33_acct a')).toEqual([
      ['amount', true, 2],
      ['fixed', true, 3],
      ['twice', true, 4],
      ['plus', false, 0],
      ['note', true, 5],
    ]);
    expect(await origins('SELECT q.amount FROM (SELECT amount FROM j33_app.j33_acct) q')).toEqual([['amount', true, 2]]);
    expect(await origins('WITH w AS (SELECT twice FROM j33_app.j33_acct) SELECT twice FROM w')).toEqual([['twice', true, 4]]);
    expect(await origins('SELECT amount FROM j33_app.j33_acct UNION ALL SELECT amount FROM j33_app.j33_acct')).toEqual([['amount', false, 0]]);
    expect(await rows('SELECT amount, twice FROM j33_app.j33_acct')).toEqual([['1.50', '4.00']]);
  });

  it('of a view names the view and its attribute, as PostgreSQL does (named the table under it)', async () => {
    await c.query('CREATE VIEW j33_app.j33_view AS SELECT note, fixed, fixed + 1 AS more FROM j33_app.j33_acct');
    const [[view, table]] = await rows("SELECT 'j33_app.j33_view'::regclass::oid, 'j33_app.j33_acct'::regclass::oid");
    const fields = (await c.query('SELECT v.fixed, v.more, a.fixed, v.note FROM j33_app.j33_view v JOIN j33_app.j33_acct a ON true')).fields;
    expect(fields.map((f) => [f.name, f.tableID, f.columnID])).toEqual([
      ['fixed', view, 2],
      ['more', view, 3],
      ['fixed', table, 3],
      ['note', view, 1],
    ]);
  });
});

describe("pg_constraint's connoinherit", () => {
  it("is true for keys and foreign keys, false for a CHECK and a partitioned table's foreign key, as DBeaver's `c.*` reads it (was false for all)", async () => {
    await c.query('CREATE TABLE j33_app.j33_parts (id int, k int, PRIMARY KEY (id, k), FOREIGN KEY (id, k) REFERENCES j33_app.j33_parts, CHECK (k > 0)) PARTITION BY RANGE (k)');
    await c.query('CREATE TABLE j33_app.j33_keys (a int PRIMARY KEY, b int REFERENCES j33_app.j33_keys, c int UNIQUE, CHECK (a > 0))');
    expect(await rows("SELECT conrelid::regclass::text, contype, connoinherit FROM pg_constraint WHERE connamespace = 'j33_app'::regnamespace AND conrelid IN ('j33_app.j33_parts'::regclass, 'j33_app.j33_keys'::regclass) ORDER BY 1, 2")).toEqual([
      ['j33_app.j33_keys', 'c', false],
      ['j33_app.j33_keys', 'f', true],
      ['j33_app.j33_keys', 'p', true],
      ['j33_app.j33_keys', 'u', true],
      ['j33_app.j33_parts', 'c', false],
      ['j33_app.j33_parts', 'f', false],
      ['j33_app.j33_parts', 'p', true],
    ]);
  });
});

describe("pg_class's pages, rows and storage", () => {
  it("of an index made with its table, a sequence, a partitioned table's index and the storageless kinds are PostgreSQL's (getIndexInfo's CARDINALITY and PAGES)", async () => {
    await c.query('CREATE TABLE j33_app.j33_stats (k int PRIMARY KEY, v text, t text[]) PARTITION BY RANGE (k)');
    await c.query('CREATE TABLE j33_app.j33_plain (k int PRIMARY KEY, t text[])');
    await c.query('CREATE INDEX j33_plain_t ON j33_app.j33_plain USING gin (t)');
    await c.query('CREATE SEQUENCE j33_app.j33_seq');
    expect(await rows("SELECT relname, relkind, relpages, reltuples, relfilenode <> 0 FROM pg_class WHERE relnamespace = 'j33_app'::regnamespace AND relname IN ('j33_stats', 'j33_stats_pkey', 'j33_plain', 'j33_plain_pkey', 'j33_plain_t', 'j33_seq', 'j33_view', 'j33_pair') ORDER BY 1")).toEqual([
      ['j33_pair', 'c', 0, -1, false],
      ['j33_plain', 'r', 0, -1, true],
      ['j33_plain_pkey', 'i', 1, 0, true],
      ['j33_plain_t', 'i', 2, 0, true],
      ['j33_seq', 'S', 1, 1, true],
      ['j33_stats', 'p', 0, -1, false],
      ['j33_stats_pkey', 'I', 0, 0, false],
      ['j33_view', 'v', 0, -1, false],
    ]);
  });
});

describe('DROP SCHEMA … CASCADE of partitions', () => {
  it("names a partition as a table, and not at all beside its partitioned table (named a view, evsql's form of it)", async () => {
    const s = await server.client();
    const notices: string[] = [];
    s.on('notice', (n) => notices.push([n.message, n.detail].filter((x) => x).join(' / ')));
    await s.query('CREATE SCHEMA j33_parted');
    await s.query('CREATE SCHEMA j33_other');
    await s.query('CREATE TABLE j33_parted.p (k int, v text) PARTITION BY RANGE (k)');
    await s.query('CREATE TABLE j33_parted.p1 PARTITION OF j33_parted.p FOR VALUES FROM (0) TO (10)');
    await s.query('CREATE TABLE j33_other.p2 PARTITION OF j33_parted.p FOR VALUES FROM (10) TO (20)');
    await s.query('CREATE MATERIALIZED VIEW j33_parted.m AS SELECT 1 AS one');
    await s.query('DROP SCHEMA j33_other CASCADE');
    await s.query('DROP SCHEMA j33_parted CASCADE');
    expect(notices).toEqual(['drop cascades to table j33_other.p2', 'drop cascades to 2 other objects / drop cascades to table j33_parted.p\ndrop cascades to materialized view j33_parted.m']);
    await s.end();
  });
});

describe('procedures and functions called the other way', () => {
  it('a procedure in a SELECT is 42809 at the call (had no position)', async () => {
    expect(await failure("SELECT * FROM j33_app.j33_note('x') AS result")).toEqual({ code: '42809', position: '15' });
    expect(await failure("SELECT 1, j33_app.j33_note('x')")).toEqual({ code: '42809', position: '11' });
  });

  it('CALL of a function with OUT parameters takes its input or all parameters, without defaults (was 42809 for any count)', async () => {
    expect(await failure('CALL j33_calc(1)')).toEqual({ code: '42883', position: '6' });
    expect(await failure('CALL j33_calc(1, 2, 3, 4)')).toEqual({ code: '42883', position: '6' });
    expect(await failure('CALL j33_calc(1, 2)')).toEqual({ code: '42809', position: '6' });
    expect(await failure('CALL j33_calc(1, 2, NULL)')).toEqual({ code: '42809', position: '6' });
    expect(await rows('SELECT * FROM j33_calc(1)')).toEqual([[11, 'x1']]);
  });
});
