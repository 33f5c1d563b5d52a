/**
 * What the twenty-second session's catalog sweep (test/corpus/41-catalog22.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: information_schema's helper functions PostgREST's schema cache calls, the functions
 * schema tools call beside them, the sizes and privileges of what does not exist, and the DDL that
 * failed (DROP SCHEMA … CASCADE of a sequence a table's default draws from; a SQL function reading a
 * schema's table).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query('CREATE SCHEMA s22');
  await c.query('CREATE SEQUENCE s22.seq START 5');
  await c.query("CREATE TABLE s22.t (id int PRIMARY KEY, code char(8), name varchar(40), amount numeric(8,2), n int DEFAULT nextval('s22.seq'))");
  await c.query('CREATE TABLE s22.u (a int, b int, PRIMARY KEY (b, a))');
  await c.query("INSERT INTO s22.t (id, code) VALUES (1, 'x'), (2, 'y')");
});

describe("information_schema's helper functions", () => {
  it('give a column its true type, typmod and length, as PostgREST reads them', async () => {
    const sql = `SELECT a.attname, information_schema._pg_truetypid(a.*, t.*)::regtype::text, information_schema._pg_truetypmod(a.*, t.*),
      information_schema._pg_char_max_length(information_schema._pg_truetypid(a.*, t.*), information_schema._pg_truetypmod(a.*, t.*))
      FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = 's22.t'::regclass AND a.attnum > 0 ORDER BY a.attnum`;
    expect(await rows(sql)).toEqual([
      ['id', 'integer', -1, null],
      ['code', 'character', 12, 8],
      ['name', 'character varying', 44, 40],
      ['amount', 'numeric', 524294, null],
      ['n', 'integer', -1, null],
    ]);
  });

  it("give numeric precision and scale, and a key column's place in its index", async () => {
    expect(await rows('SELECT information_schema._pg_numeric_precision(1700, 524294), information_schema._pg_numeric_scale(1700, 524294), information_schema._pg_numeric_precision(23, -1), information_schema._pg_datetime_precision(1184, -1)')).toEqual([[8, 2, 32, 6]]);
    expect(await rows("SELECT information_schema._pg_index_position('s22.u_pkey'::regclass, 1::smallint), information_schema._pg_index_position('s22.u_pkey'::regclass, 2::smallint), information_schema._pg_index_position('s22.u_pkey'::regclass, 3::smallint)")).toEqual([[2, 1, null]]);
  });

  it('are no function with another argument count', async () => {
    expect(await code('SELECT information_schema._pg_char_max_length(1)')).toBe('42883');
  });
});

describe('functions schema tools call beside the catalog', () => {
  it('pg_relation_is_updatable and pg_column_is_updatable: a table takes every write, a sequence none', async () => {
    expect(await rows("SELECT pg_relation_is_updatable('s22.t'::regclass, true), pg_relation_is_updatable('s22.seq'::regclass, true), pg_column_is_updatable('s22.t'::regclass, 1::smallint, true)")).toEqual([[28, 0, true]]);
  });

  it('pg_size_bytes reads pg_size_pretty units; a word or an unknown unit is 22023', async () => {
    expect(await rows("SELECT pg_size_bytes('10 kB'), pg_size_bytes('1.5 GB'), pg_size_bytes('8192'), pg_size_bytes(' 2 MB ')")).toEqual([['10240', '1610612736', '8192', '2097152']]);
    expect(await code("SELECT pg_size_bytes('ten kB')")).toBe('22023');
    expect(await code("SELECT pg_size_bytes('10 XB')")).toBe('22023');
  });

  it('to_regtype, oidvectortypes, has_any_column_privilege, pg_stat_get_numscans', async () => {
    expect(await rows("SELECT to_regtype('integer')::text, to_regtype('nosuch22'), oidvectortypes('23 1700'::oidvector), has_any_column_privilege('s22.t', 'SELECT'), pg_stat_get_numscans('s22.t_pkey'::regclass) >= 0")).toEqual([['integer', null, 'integer, numeric', true, true]]);
  });
});

describe('what does not exist', () => {
  it('a size of an OID no relation has is NULL; of a database not there, 3D000', async () => {
    expect(await rows('SELECT pg_total_relation_size(0), pg_relation_size(NULL::regclass), pg_table_size(0), pg_indexes_size(0)')).toEqual([[null, null, null, null]]);
    expect(await code("SELECT pg_database_size('nosuchdb22')")).toBe('3D000');
    expect(await rows('SELECT pg_database_size(current_database()) > 0')).toEqual([[true]]);
  });

  it("has_column_privilege of a column the relation does not have is 42703", async () => {
    expect(await rows("SELECT has_column_privilege('s22.t', 'code', 'SELECT'), has_column_privilege('s22.t', 'code', 'UPDATE')")).toEqual([[true, true]]);
    expect(await code("SELECT has_column_privilege('s22.t', 'nosuch', 'SELECT')")).toBe('42703');
    expect(await code("SELECT has_column_privilege('s22.nosuch', 'code', 'SELECT')")).toBe('42P01');
  });
});

describe('catalog answers DBeaver and pgAdmin read', () => {
  it("pg_get_partkeydef is NULL for a table or view; pg_get_indexdef of a column past the index's is ''", async () => {
    await c.query('CREATE INDEX t_name_idx ON s22.t (name, code)');
    await c.query('CREATE VIEW s22.v AS SELECT id FROM s22.t');
    expect(await rows("SELECT pg_get_partkeydef('s22.t'::regclass), pg_get_partkeydef('s22.v'::regclass), pg_get_indexdef('s22.t_name_idx'::regclass, 3, true), pg_get_indexdef('s22.t_name_idx'::regclass, 2, true)")).toEqual([[null, null, '', 'code']]);
  });

  it('an index made by CREATE INDEX depends on each column it keys', async () => {
    expect(await rows("SELECT refobjsubid, deptype FROM pg_depend WHERE objid = 's22.t_name_idx'::regclass ORDER BY 1")).toEqual([[2, 'a'], [3, 'a']]);
  });

  it('pg_statio_user_sequences has a row per sequence; pg_stat_user_functions none (track_functions is off)', async () => {
    expect(await rows("SELECT relname, blks_read >= 0 FROM pg_statio_user_sequences WHERE schemaname = 's22'")).toEqual([['seq', true]]);
    expect(await rows('SELECT count(*) FROM pg_stat_user_functions')).toEqual([['0']]);
  });

  it('has_function_privilege of a function there is true, of a name no function has 42883, of an OID of none NULL', async () => {
    expect(await rows("SELECT has_function_privilege('lower(text)', 'EXECUTE'), has_function_privilege('postgres', 'lower(text)', 'EXECUTE'), has_function_privilege(0::oid, 'EXECUTE')")).toEqual([[true, true, null]]);
    expect(await code("SELECT has_function_privilege('c22_nosuch(integer)', 'EXECUTE')")).toBe('42883');
  });

  it('pg_get_serial_sequence of a column not there is 42703; to_regnamespace of a schema not there NULL', async () => {
    expect(await code("SELECT pg_get_serial_sequence('s22.t', 'nosuch')")).toBe('42703');
    expect(await rows("SELECT to_regnamespace('s22')::text, to_regnamespace('nosuch22'), to_regproc('nosuch22')")).toEqual([['s22', null, null]]);
  });
});

describe('COMMENT ON FUNCTION', () => {
  it('keeps the comment in pg_description, through CREATE OR REPLACE, until NULL; a signature not there is 42883', async () => {
    await c.query("CREATE FUNCTION c22_inc(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 1'");
    await c.query("COMMENT ON FUNCTION c22_inc(int) IS 'adds one'");
    expect(await rows("SELECT obj_description('c22_inc'::regproc, 'pg_proc'), d.classoid::regclass::text FROM pg_description d WHERE d.objoid = 'c22_inc'::regproc")).toEqual([['adds one', 'pg_proc']]);
    await c.query("CREATE OR REPLACE FUNCTION c22_inc(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 2'");
    expect(await rows("SELECT obj_description('c22_inc'::regproc, 'pg_proc'), c22_inc(1)")).toEqual([['adds one', 3]]);
    expect(await code("COMMENT ON FUNCTION c22_inc(text) IS 'x'")).toBe('42883');
    expect(await code("COMMENT ON FUNCTION c22_nosuch IS 'x'")).toBe('42883');
    await c.query('COMMENT ON FUNCTION c22_inc IS NULL');
    expect(await rows("SELECT obj_description('c22_inc'::regproc, 'pg_proc')")).toEqual([[null]]);
    await c.query('DROP FUNCTION c22_inc(int)');
  });
});

describe('DDL across schemas', () => {
  it("a function's argument of no type is 42704, of a table's row type refused; SETOF a schema's table is shown qualified", async () => {
    expect(await code("CREATE FUNCTION c22_bad(x nosuchtype22) RETURNS int LANGUAGE sql AS 'SELECT 1'")).toBe('42704');
    expect(await code("CREATE FUNCTION c22_bad(r s22.t) RETURNS int LANGUAGE sql AS 'SELECT r.id'")).toBe('0A000');
    await c.query("CREATE FUNCTION c22_rows() RETURNS SETOF s22.t LANGUAGE sql AS 'SELECT * FROM s22.t'");
    expect(await rows("SELECT pg_get_function_result('c22_rows'::regproc), to_regproc('c22_rows') IS NOT NULL")).toEqual([['SETOF s22.t', true]]);
    await c.query('DROP FUNCTION c22_rows()');
  });

  it("a SQL function reads a schema's table when it is made and when it is called", async () => {
    await c.query("CREATE FUNCTION c22_t_count(min int) RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM s22.t WHERE id >= min'");
    await c.query("CREATE FUNCTION c22_t_ids() RETURNS SETOF integer LANGUAGE sql STABLE AS 'SELECT id FROM s22.t ORDER BY id'");
    expect(await rows('SELECT c22_t_count(2)')).toEqual([['1']]);
    expect(await rows('SELECT * FROM c22_t_ids()')).toEqual([[1], [2]]);
    await c.query('DROP FUNCTION c22_t_count(int)');
    await c.query('DROP FUNCTION c22_t_ids()');
  });

  it("DROP SCHEMA … CASCADE drops a sequence with the table whose default draws from it", async () => {
    await c.query('CREATE SCHEMA s22d');
    await c.query('CREATE SEQUENCE s22d.seq');
    await c.query("CREATE TABLE s22d.t (id int DEFAULT nextval('s22d.seq'), x int)");
    await c.query('DROP SCHEMA s22d CASCADE');
    expect(await rows("SELECT count(*) FROM pg_class WHERE relname IN ('seq', 't') AND relnamespace NOT IN (SELECT oid FROM pg_namespace WHERE nspname <> 's22d')")).toEqual([['0']]);
    expect(await rows("SELECT count(*) FROM pg_namespace WHERE nspname = 's22d'")).toEqual([['0']]);
  });
});
