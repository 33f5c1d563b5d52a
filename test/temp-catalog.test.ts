/**
 * Temporary tables in the catalog of their own session, and in no other's: regclass and
 * to_regclass, pg_class, pg_attribute, information_schema, pg_tables, psql's \d, \d+ and \dt (as
 * PostgreSQL 15 prints them, its temporary schema pg_temp_3 as for the first session), the pg
 * driver's parameterized catalog queries; after DROP, ROLLBACK or the session's end they are gone.
 * And ON COMMIT DROP / DELETE ROWS as clients use them: a staging table COPY fills (pg-copy-streams)
 * for an upsert, postgres.js's sql.begin.
 */
import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
let server: TestServer;

beforeAll(async () => {
  server = await startServer(['--replicas', '2']);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

async function psql(script: string): Promise<string> {
  const running = run('psql', ['-X', '-h', server.host, '-p', String(server.port), '-U', 'postgres', '-d', 'postgres', '-f', '-'], { env: { ...process.env, PGCONNECT_TIMEOUT: '10' } });
  running.child.stdin!.end(script);
  const { stdout, stderr } = await running;
  expect(stderr).toBe('');
  return stdout;
}

async function rows(c: pg.Client, sql: string, params: unknown[] = []): Promise<unknown[]> {
  return (await c.query({ text: sql, values: params, rowMode: 'array' })).rows;
}

describe('psql', () => {
  it('describes a temporary table in its session as PostgreSQL does', async () => {
    const out = await psql('create temp table tt (id int primary key, v text);\n\\d tt\n\\d+ tt\n\\dt\n\\dt pg_temp*.*\n');
    expect(out).toBe(
      `CREATE TABLE
               Table "pg_temp_3.tt"
 Column |  Type   | Collation | Nullable | Default 
--------+---------+-----------+----------+---------
 id     | integer |           | not null | 
 v      | text    |           |          | 
Indexes:
    "tt_pkey" PRIMARY KEY, btree (id)

                                          Table "pg_temp_3.tt"
 Column |  Type   | Collation | Nullable | Default | Storage  | Compression | Stats target | Description 
--------+---------+-----------+----------+---------+----------+-------------+--------------+-------------
 id     | integer |           | not null |         | plain    |             |              | 
 v      | text    |           |          |         | extended |             |              | 
Indexes:
    "tt_pkey" PRIMARY KEY, btree (id)
Access method: heap

          List of relations
  Schema   | Name | Type  |  Owner   
-----------+------+-------+----------
 pg_temp_3 | tt   | table | postgres
(1 row)

          List of relations
  Schema   | Name | Type  |  Owner   
-----------+------+-------+----------
 pg_temp_3 | tt   | table | postgres
(1 row)

`,
    );
  });

  it("describes a temporary table's serial key, unique and check constraints, foreign key and indexes", async () => {
    const out = await psql(
      'create temp table tp (id int primary key);\ncreate temp table tc (id serial primary key, code varchar(10) not null unique, n int check (n > 0), p int references tp(id));\ncreate index tc_lower on tc (lower(code));\n\\d tc\n',
    );
    expect(out).toBe(
      `CREATE TABLE
CREATE TABLE
CREATE INDEX
                                  Table "pg_temp_3.tc"
 Column |         Type          | Collation | Nullable |            Default             
--------+-----------------------+-----------+----------+--------------------------------
 id     | integer               |           | not null | nextval('tc_id_seq'::regclass)
 code   | character varying(10) |           | not null | 
 n      | integer               |           |          | 
 p      | integer               |           |          | 
Indexes:
    "tc_pkey" PRIMARY KEY, btree (id)
    "tc_code_key" UNIQUE CONSTRAINT, btree (code)
    "tc_lower" btree (lower(code::text))
Check constraints:
    "tc_n_check" CHECK (n > 0)
Foreign-key constraints:
    "tc_p_fkey" FOREIGN KEY (p) REFERENCES tp(id)

`,
    );
  });

  it('names public\'s table a temporary one hides with its schema, and finds no temporary table after its session', async () => {
    const out = await psql("create table shadowed (id int);\ncreate temp table shadowed (a text);\n\\dt\nselect 'shadowed'::regclass, 'public.shadowed'::regclass;\n");
    expect(out).toContain(' pg_temp_3 | shadowed | table | postgres\n');
    expect(out).not.toContain(' public    | shadowed |');
    expect(out).toContain(' shadowed | public.shadowed\n');
    expect(await psql("select count(*) from pg_class where relpersistence = 't';\n\\dt\n")).toContain(' public | shadowed | table | postgres\n');
  });
});

describe('the pg driver', () => {
  let a: pg.Client;
  let b: pg.Client;

  beforeAll(async () => {
    [a, b] = await Promise.all([server.client(), server.client()]);
  });

  afterAll(async () => {
    await Promise.all([a?.end(), b?.end()]);
  });

  it("sees its session's temporary table in the catalog, through parameters too, and another session does not", async () => {
    await a.query('create temp table mine (id int primary key, v text)');
    expect(await rows(a, "select 'mine'::regclass::text, to_regclass('mine')::text, to_regclass('pg_temp.mine')::text")).toEqual([['mine', 'mine', 'mine']]);
    expect(await rows(a, 'select relname, relkind, relpersistence from pg_class where relname = $1', ['mine'])).toEqual([['mine', 'r', 't']]);
    expect(await rows(a, 'select attname from pg_attribute where attrelid = $1::regclass and attnum > 0 order by attnum', ['mine'])).toEqual([['id'], ['v']]);
    expect(await rows(a, "select table_schema, column_name from information_schema.columns where table_name = 'mine' order by ordinal_position")).toEqual([
      ['pg_temp_3', 'id'],
      ['pg_temp_3', 'v'],
    ]);
    expect(await rows(a, "select schemaname, tablename from pg_tables where tablename = 'mine'")).toEqual([['pg_temp_3', 'mine']]);
    expect(await rows(a, "select pg_table_is_visible('mine'::regclass), pg_my_temp_schema() = (select oid from pg_namespace where nspname = 'pg_temp_3')")).toEqual([[true, true]]);

    await expect(b.query("select 'mine'::regclass")).rejects.toMatchObject({ code: '42P01' });
    expect(await rows(b, "select to_regclass('mine'), (select count(*)::int from pg_class where relname = 'mine'), pg_my_temp_schema()::int")).toEqual([[null, 0, 0]]);
    expect(await rows(b, "select count(*)::int from information_schema.columns where table_name = 'mine'")).toEqual([[0]]);
  });

  it('shows each session its own temporary table of one name', async () => {
    await b.query('create temp table mine (other int)');
    const oidA = await rows(a, "select 'mine'::regclass::oid::int");
    const oidB = await rows(b, "select 'mine'::regclass::oid::int");
    expect(oidA).not.toEqual(oidB);
    expect(await rows(b, "select attname from pg_attribute where attrelid = 'mine'::regclass and attnum > 0")).toEqual([['other']]);
    expect(await rows(a, "select attname from pg_attribute where attrelid = 'mine'::regclass and attnum > 0 order by attnum")).toEqual([['id'], ['v']]);
  });

  it('forgets a temporary table dropped, rolled back or of a session that ended', async () => {
    await a.query('begin');
    await a.query('create temp table brief (x int)');
    expect(await rows(a, "select relname from pg_class where relname = 'brief'")).toEqual([['brief']]);
    await a.query('rollback');
    expect(await rows(a, "select to_regclass('brief'), (select count(*)::int from pg_class where relname = 'brief')")).toEqual([[null, 0]]);
    await a.query('drop table mine');
    expect(await rows(a, "select to_regclass('mine')")).toEqual([[null]]);
    expect(await rows(b, "select to_regclass('mine')::text")).toEqual([['mine']]);
    await b.query('drop table mine');
    const ending = await server.client();
    await ending.query('create temp table gone (x int)');
    await ending.end();
    expect(await rows(a, "select count(*)::int from pg_class where relpersistence = 't'")).toEqual([[0]]);
    expect(await rows(a, "select to_regclass('gone')")).toEqual([[null]]);
  });
});

describe('ON COMMIT', () => {
  let c: pg.Client;

  beforeAll(async () => {
    c = await server.client();
  });

  afterAll(async () => {
    await c?.end();
  });

  it('drops a staging table COPY filled for an upsert at COMMIT, one made outside a block at once', async () => {
    await c.query('create table stock (sku text primary key, qty int not null default 0, price numeric(8,2))');
    await c.query("insert into stock values ('a', 1, 1.50), ('b', 2, 2.00)");
    await c.query('begin');
    await c.query('create temp table staged (like stock including defaults) on commit drop');
    await pipeline(Readable.from(['b\t5\t2.25\n', 'c\t7\t3.00\n']), c.query(copyFrom('copy staged (sku, qty, price) from stdin')));
    const upserted = await rows(c, 'insert into stock select * from staged on conflict (sku) do update set qty = excluded.qty, price = excluded.price returning sku, qty, price');
    expect(upserted).toEqual([
      ['b', 5, '2.25'],
      ['c', 7, '3.00'],
    ]);
    expect(await rows(c, "select attname, attnotnull from pg_attribute where attrelid = 'staged'::regclass and attnum > 0 order by attnum")).toEqual([
      ['sku', true],
      ['qty', true],
      ['price', false],
    ]);
    await c.query('commit');
    expect(await rows(c, "select to_regclass('staged')")).toEqual([[null]]);
    expect(await rows(c, 'select count(*)::int from stock')).toEqual([[3]]);
    // Made outside a block, it is gone at once: the statement was its own transaction.
    await c.query('create temp table brief (x int) on commit drop');
    await expect(c.query('insert into brief values (1)')).rejects.toMatchObject({ code: '42P01' });
    await expect(c.query('create table lasting (x int) on commit drop')).rejects.toMatchObject({ code: '42P16' });
  });

  it('empties an ON COMMIT DELETE ROWS table at each COMMIT, also of a statement or COPY outside a block', async () => {
    await c.query('create temp table scratch (id int primary key, v text) on commit delete rows');
    await c.query('insert into scratch values ($1, $2)', [1, 'x']);
    expect(await rows(c, 'select count(*)::int from scratch')).toEqual([[0]]);
    await pipeline(Readable.from(['1\tx\n']), c.query(copyFrom('copy scratch from stdin')));
    expect(await rows(c, 'select count(*)::int from scratch')).toEqual([[0]]);
    await c.query('begin');
    await c.query('insert into scratch values ($1, $2), ($3, $4)', [1, 'x', 2, 'y']);
    expect(await rows(c, 'select id, v from scratch where id > $1 order by id', [0])).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
    await c.query('commit');
    expect(await rows(c, 'select count(*)::int from scratch')).toEqual([[0]]);
    await c.query('drop table scratch');
  });

  it("drops postgres.js's staging table at the end of sql.begin", async () => {
    const sql = postgres({ host: server.host, port: server.port, user: 'postgres', database: 'postgres', max: 1, onnotice: () => {} });
    try {
      const seen = await sql.begin(async (tx) => {
        await tx`create temp table pj_staged (id int, name text) on commit drop`;
        await tx`insert into pj_staged ${tx([{ id: 1, name: 'a' }, { id: 2, name: 'b' }])}`;
        const columns = await tx`select column_name, data_type from information_schema.columns where table_name = 'pj_staged' order by ordinal_position`;
        const found = await tx`select name from pj_staged where id = ${2}`;
        return [columns.map((r) => `${r.column_name} ${r.data_type}`), found.map((r) => r.name)];
      });
      expect(seen).toEqual([['id integer', 'name text'], ['b']]);
      expect(await sql`select to_regclass('pj_staged') as r`).toEqual([{ r: null }]);
    } finally {
      await sql.end();
    }
  });
});
