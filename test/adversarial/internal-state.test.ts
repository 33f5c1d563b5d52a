/**
 * Clients must never reach evsql's own machinery: its undo records, SQLite's schema tables and
 * virtual tables, the catalog's temp tables. Each escape gets the error PostgreSQL gives for a
 * relation that does not exist, and leaves the replicated state as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let c: pg.Client;

async function code(sql: string): Promise<string | undefined> {
  try {
    await c.query(sql);
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

async function roots(): Promise<string[]> {
  return (await c.query('SELECT state_root FROM evsql_replicas ORDER BY id')).rows.map((r) => r.state_root as string);
}

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
  await c.query('CREATE TABLE accounts (id int PRIMARY KEY, balance int)');
  await c.query('INSERT INTO accounts VALUES (1, 100), (2, 200)');
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

describe('internal names', () => {
  const internal = ['evsql_undo', '"evsql.undo"', '"EVSQL.UNDO"', '"evsql.definition"', '"pg_catalog.pg_class"', 'sqlite_master', 'sqlite_schema', 'sqlite_temp_master', 'sqlite_sequence', '"SQLITE_MASTER"', 'pragma_database_list', 'pragma_table_info', '"PRAGMA_DATABASE_LIST"', 'dbstat', 'json_each'];

  it.each(internal)('%s cannot be read, written or dropped', async (name) => {
    const before = await roots();
    expect(await code(`SELECT * FROM ${name}`)).toBe('42P01');
    expect(await code(`SELECT count(*) FROM accounts WHERE id IN (SELECT 1 FROM ${name})`)).toBe('42P01');
    expect(await code(`DELETE FROM ${name}`)).toBe('42P01');
    expect(await code(`UPDATE ${name} SET x = 1`)).toBe('42P01');
    expect(await code(`INSERT INTO ${name} VALUES (1)`)).toBe('42P01');
    expect(await code(`DROP TABLE ${name}`)).toBe('42P01');
    expect(await code(`TRUNCATE ${name}`)).toBe('42P01');
    expect(await code(`ALTER TABLE ${name} ADD COLUMN y int`)).toBe('42P01');
    expect(await code(`CREATE TABLE fk (a int REFERENCES ${name})`)).toBe('42P01');
    expect(await code(`SELECT * FROM pg_class WHERE relname IN (SELECT 'x' FROM ${name})`)).toBe('42P01');
    expect(await code(`COPY ${name} TO STDOUT`)).toBe('42P01');
    expect(await roots()).toEqual(before);
  });

  it('refuses to create objects under evsql’s or SQLite’s names', async () => {
    for (const sql of ['CREATE TABLE "evsql.saved.1" (a int)', 'CREATE TABLE "sqlite_x" (a int)', 'CREATE INDEX "evsql.undo_tx" ON accounts (balance)', 'CREATE VIEW "evsql.v" AS SELECT 1', 'ALTER TABLE accounts RENAME TO "evsql.undo"', 'CREATE TABLE "pg_catalog.pg_class" (a int)']) {
      expect(await code(sql), sql).toBe('42939');
    }
    expect((await c.query('SELECT count(*)::int AS n FROM accounts')).rows[0].n).toBe(2);
  });

  it('a schema cannot reach evsql’s own relations, by its name, a qualified name or the search path', async () => {
    const before = await roots();
    expect(await code('CREATE SCHEMA evsql')).toBe('42939');
    expect(await code('CREATE SCHEMA "EVSQL"')).toBe('42939');
    expect(await code('CREATE SCHEMA sqlite_x')).toBe('42939');
    expect(await code('SELECT * FROM evsql.undo')).toBe('42P01');
    // Read as the SQLite name "evsql.undo": refused as every internal name is.
    expect(await code('DROP TABLE evsql.undo')).toBe('42P01');
    expect(await code('DROP TABLE IF EXISTS evsql.undo')).toBeUndefined();
    expect(await code('SELECT * FROM "pg_namespace:public"')).toBe('42P01');
    expect(await code('CREATE VIEW "pg_namespace:x" AS SELECT 1')).toBe('42939');
    await c.query('SET search_path TO evsql, public');
    expect(await code('SELECT * FROM undo')).toBe('42P01');
    await c.query('RESET search_path');
    expect(await roots()).toEqual(before);
  });

  it('a forged undo record cannot be planted, so ROLLBACK only undoes the transaction', async () => {
    // A record saying "this transaction inserted row 1", in the undo table under either of its
    // names, each in a transaction of its own: after a failed statement a block refuses the next (25P02).
    for (const undo of ['evsql_undo', '"evsql.undo"']) {
      await c.query('BEGIN');
      await c.query('INSERT INTO accounts VALUES (3, 300)');
      expect(await code(`INSERT INTO ${undo} (tx, tbl, op, rid, img) SELECT max(tx), 'accounts', 'I', 1, NULL FROM ${undo}`)).toBe('42P01');
      await c.query('ROLLBACK');
      expect((await c.query('SELECT id FROM accounts ORDER BY id')).rows.map((r) => r.id)).toEqual([1, 2]);
    }
  });

  it('a CTE or a user table of a SQLite virtual table’s name is the user’s', async () => {
    expect((await c.query('WITH dbstat AS (SELECT 7 AS x) SELECT x FROM dbstat')).rows).toEqual([{ x: 7 }]);
    await c.query('CREATE TABLE pragma_database_list (seq int, name text, file text)');
    expect((await c.query('SELECT * FROM pragma_database_list')).rows).toEqual([]);
    await c.query('DROP TABLE pragma_database_list');
  });
});

describe('user tables named like evsql’s', () => {
  it('are in the state hash and the catalog', async () => {
    await c.query('CREATE TABLE evsql_foo (id int, v text)');
    const before = await roots();
    await c.query("INSERT INTO evsql_foo VALUES (1, 'a')");
    const after = await roots();
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(before[0]);
    expect((await c.query("SELECT relname FROM pg_class WHERE relname = 'evsql_foo'")).rows).toEqual([{ relname: 'evsql_foo' }]);
    expect((await c.query("SELECT table_name FROM information_schema.tables WHERE table_name = 'evsql_foo'")).rows).toEqual([{ table_name: 'evsql_foo' }]);
  });
});

describe('roles and ACLs (CREATE ROLE, GRANT)', () => {
  it('are in the state hash, kept alike by every replica, and their views cannot be named', async () => {
    const before = await roots();
    await c.query('CREATE ROLE is_reader');
    await c.query('GRANT SELECT ON accounts TO is_reader');
    await c.query('GRANT USAGE ON SCHEMA public TO is_reader');
    const after = await roots();
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(before[0]);
    for (const name of ['"pg_role:is_reader"', '"pg_acl:schema:public"', '"PG_ROLE:is_reader"']) {
      expect(await code(`SELECT * FROM ${name}`), name).toBe('42P01');
      expect(await code(`DROP VIEW ${name}`), name).toBe('42P01');
    }
    for (const sql of ['CREATE VIEW "pg_role:x" AS SELECT 1', 'CREATE TABLE "pg_acl:database:postgres" (a int)', 'ALTER TABLE accounts RENAME TO "pg_role:is_reader"']) {
      expect(await code(sql), sql).toBe('42939');
    }
    expect((await c.query("SELECT relacl FROM pg_class WHERE relname = 'accounts'")).rows).toEqual([{ relacl: '{postgres=arwdDxt/postgres,is_reader=r/postgres}' }]);
    expect((await c.query("SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'pg_role:%' OR relname LIKE 'pg_acl:%'")).rows[0].n).toBe(0);
    expect(await code('DROP ROLE is_reader')).toBe('2BP01');
    await c.query('REVOKE ALL ON accounts FROM is_reader');
    await c.query('REVOKE ALL ON SCHEMA public FROM is_reader');
    await c.query('DROP ROLE is_reader');
    expect(new Set(await roots()).size).toBe(1);
  });
});

describe('user columns named like a rowid', () => {
  it.each([
    ['rowid', 'r1'],
    ['oid', 'r2'],
    ['_rowid_', 'r3'],
    ['"ROWID"', 'r4'],
  ])('ROLLBACK of an INSERT into a table with a column %s leaves committed rows', async (col, t) => {
    await c.query(`CREATE TABLE ${t} (${col} int, v text)`);
    await c.query(`INSERT INTO ${t} VALUES (1, 'a'), (1, 'b'), (2, 'c')`);
    await c.query('BEGIN');
    await c.query(`INSERT INTO ${t} VALUES (1, 'd')`);
    await c.query(`UPDATE ${t} SET v = 'changed' WHERE v = 'c'`);
    await c.query(`DELETE FROM ${t} WHERE v = 'a'`);
    await c.query('ROLLBACK');
    expect((await c.query(`SELECT ${col} AS r, v FROM ${t} ORDER BY v`)).rows).toEqual([
      { r: 1, v: 'a' },
      { r: 1, v: 'b' },
      { r: 2, v: 'c' },
    ]);
    expect(new Set(await roots()).size).toBe(1);
  });

  it('refuses a table that names all three', async () => {
    expect(await code('CREATE TABLE allthree (rowid int, oid int, _rowid_ int)')).toBe('0A000');
    await c.query('CREATE TABLE twoof (rowid int, oid int, x int)');
    expect(await code('ALTER TABLE twoof ADD COLUMN _rowid_ int')).toBe('0A000');
    expect(await code('ALTER TABLE twoof RENAME COLUMN x TO _rowid_')).toBe('0A000');
  });
});

describe('DDL a replica cannot apply', () => {
  const columns = (n: number) => Array.from({ length: n }, (_, i) => `c${i} int`).join(', ');

  it('refuses more columns than PostgreSQL or the replicas take, and keeps serving', async () => {
    expect(await code(`CREATE TABLE wide (${columns(1601)})`)).toBe('54011');
    expect(await code(`CREATE TABLE wide (${columns(1001)})`)).toBe('54011');
    await c.query(`CREATE TABLE wide (${columns(998)})`);
    expect(await code('ALTER TABLE wide ADD COLUMN extra int')).toBe('54011');
    await c.query('INSERT INTO wide (c0, c997) VALUES (1, 2)');
    expect((await c.query('SELECT c997 FROM wide')).rows).toEqual([{ c997: 2 }]);
    await c.query('INSERT INTO accounts VALUES (4, 400)');
    expect((await c.query('SELECT count(*)::int AS n FROM accounts')).rows[0].n).toBe(3);
    await c.query('DELETE FROM accounts WHERE id = 4');
    expect(new Set(await roots()).size).toBe(1);
  });

  // pg_catalog comes first on PostgreSQL's search path: unqualified, the name is the catalog's
  // (what PostgreSQL 15 answers, checked beside it); `public.` reaches the user's table.
  it('a table named like a catalog relation is public’s, as in PostgreSQL; the catalog’s own name is refused', async () => {
    await c.query('CREATE TABLE pg_class (a int)');
    await c.query('INSERT INTO public.pg_class VALUES (1)');
    expect((await c.query('SELECT a FROM public.pg_class')).rows).toEqual([{ a: 1 }]);
    expect((await c.query("SELECT relnamespace::regnamespace::text AS ns FROM pg_class WHERE relname = 'pg_class' ORDER BY 1")).rows).toEqual([{ ns: 'pg_catalog' }, { ns: 'public' }]);
    expect(await code('CREATE TABLE "pg_catalog.pg_attribute" (a int)')).toBe('42939');
    expect(await code('CREATE TABLE "information_schema.tables" (a int)')).toBe('42939');
    for (const sql of ['INSERT INTO pg_class VALUES (2)', 'UPDATE pg_class SET relname = relname WHERE false', 'DELETE FROM pg_class WHERE false', 'INSERT INTO pg_catalog.pg_class VALUES (2)']) {
      await expect(c.query(sql), sql).rejects.toMatchObject({ code: '42501', message: 'permission denied for table pg_class' });
    }
    for (const sql of ['DROP TABLE pg_class', 'ALTER TABLE pg_class ADD COLUMN b int', 'ALTER TABLE pg_class RENAME TO mine', 'CREATE INDEX ON pg_class (a)', 'TRUNCATE pg_class', 'DROP TABLE pg_catalog.pg_class']) {
      await expect(c.query(sql), sql).rejects.toMatchObject({ code: '42501', message: 'permission denied: "pg_class" is a system catalog' });
    }
    // PostgreSQL 15's rewriteTargetView: 55000, the view not automatically updatable.
    await expect(c.query("INSERT INTO pg_tables VALUES ('x')")).rejects.toMatchObject({ code: '55000', message: 'cannot insert into view "pg_tables"', detail: 'Views that do not select from a single table or view are not automatically updatable.' });
    await expect(c.query('DROP TABLE pg_tables')).rejects.toMatchObject({ code: '42809', message: '"pg_tables" is not a table', hint: 'Use DROP VIEW to remove a view.' });
    expect((await c.query('SELECT a FROM public.pg_class')).rows).toEqual([{ a: 1 }]);
    // A session's temporary table comes before pg_catalog.
    await c.query('CREATE TEMP TABLE pg_tables (a int)');
    await c.query('INSERT INTO pg_tables VALUES (3)');
    expect((await c.query('SELECT a FROM pg_tables')).rows).toEqual([{ a: 3 }]);
    await c.query('DROP TABLE pg_tables');
    await c.query('DROP TABLE public.pg_class');
    expect(new Set(await roots()).size).toBe(1);
  });
});
