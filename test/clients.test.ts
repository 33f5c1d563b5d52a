/**
 * What the clients people use send, statement by statement, over a real socket to evsql and to a
 * real PostgreSQL 15, whose answers must be the same: asyncpg's startup, Sequelize's session
 * setup, psycopg2's and Django's server-side cursors, SQLAlchemy's, TypeORM's and drizzle-kit's
 * enums and introspection. The Python clients are not installed here, so their statements are
 * sent as they send them (read from their sources), through node-postgres.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { RawClient, type RawResult } from './helpers/raw-protocol.js';
import { OID } from '../pg/types/registry.js';
import { sideBySide } from './helpers/side-by-side.js';

const servers = sideBySide();

/** PostgreSQL numbers user objects from 16384 in creation order; evsql derives their OIDs from their names. */
const FIRST_NORMAL_OBJECT_ID = 16384;

/** One statement's answer as a client sees it: columns with type OIDs, rows, tag, or the SQLSTATE. */
async function answer(c: pg.Client, sql: string): Promise<unknown> {
  try {
    const r = await c.query({ text: sql, rowMode: 'array' });
    const fields = r.fields.map((f) => [f.name, f.dataTypeID >= FIRST_NORMAL_OBJECT_ID ? 'a user type' : f.dataTypeID]);
    return { fields, rows: r.rows, command: r.command, rowCount: r.rowCount };
  } catch (err) {
    const e = err as pg.DatabaseError;
    return { error: e.code, message: e.message };
  }
}

/** Runs the statements in order on a fresh connection to each server; their answers must match. */
async function sameAsPostgres(statements: string[], connect: (config: pg.ClientConfig) => pg.Client = (c) => new pg.Client(c)): Promise<void> {
  const run = async (config: pg.ClientConfig) => {
    const c = connect(config);
    await c.connect();
    const out: Array<[string, unknown]> = [];
    for (const s of statements) out.push([s, await answer(c, s)]);
    await c.end();
    return out;
  };
  const [evsql, pgAnswers] = await Promise.all([run(servers.server.config()), run(servers.postgres.config())]);
  expect(evsql).toEqual(pgAnswers);
}

describe('asyncpg', () => {
  /** asyncpg's startup packet: client_encoding quoted and lower-case (asyncpg/protocol/coreproto.pyx). */
  class AsyncpgStartup extends pg.Client {
    getStartupConf(): Record<string, string> {
      return { ...(pg.Client.prototype as unknown as { getStartupConf(): Record<string, string> }).getStartupConf.call(this), client_encoding: "'utf-8'" };
    }
  }

  it("connects with client_encoding='utf-8' and reports UTF8", async () => {
    await sameAsPostgres(['SHOW client_encoding', "SET client_encoding = '''utf-8'''", 'SHOW client_encoding'], (c) => new AsyncpgStartup(c));
  });
});

describe('Sequelize', () => {
  it('sets the time zone as an interval on every connection', async () => {
    await sameAsPostgres([
      "SET client_min_messages TO warning; SET TIME ZONE INTERVAL '+00:00' HOUR TO MINUTE",
      'SHOW TIME ZONE',
      'SET TIME ZONE 0',
      'SHOW TIME ZONE',
      "SET TIME ZONE '+00:00'",
      'SHOW TimeZone',
      'SET TIME ZONE LOCAL',
      'SHOW TimeZone',
    ]);
  });

  it('creates an enum in a DO block whose handler swallows duplicate_object; other errors go through', async () => {
    const createEnum = `DO 'BEGIN CREATE TYPE "public"."enum_do_role" AS ENUM(''admin'', ''member''); EXCEPTION WHEN duplicate_object THEN null; END'`;
    await sameAsPostgres([
      createEnum,
      createEnum,
      "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'enum_do_role' ORDER BY e.enumsortorder",
      `DO 'BEGIN CREATE TABLE do_t (a int PRIMARY KEY); EXCEPTION WHEN duplicate_object THEN null; END'`,
      `DO 'BEGIN CREATE TABLE do_t (a int PRIMARY KEY); EXCEPTION WHEN duplicate_object THEN null; END'`,
      `DO $$ BEGIN INSERT INTO do_t VALUES (1); EXCEPTION WHEN unique_violation OR not_null_violation THEN NULL; END $$`,
      `DO $$ BEGIN INSERT INTO do_t VALUES (1); EXCEPTION WHEN unique_violation OR not_null_violation THEN NULL; END $$`,
      `DO $$ BEGIN INSERT INTO do_t VALUES (NULL); EXCEPTION WHEN others THEN NULL; END $$`,
      'SELECT a FROM do_t',
      'DROP TABLE do_t',
      'DROP TYPE enum_do_role',
    ]);
  });

  it("findOrCreate's temporary function: the inserted row, or NULLs and the detail of the unique violation it caught, the transaction going on", async () => {
    // Sequelize's statements, but for the id among the returned columns: PostgreSQL's sequence moves on at a failed insert, evsql's does not.
    const findOrCreate = (email: string) =>
      `CREATE OR REPLACE FUNCTION pg_temp.testfunc(OUT response "foc_users", OUT sequelize_caught_exception text) RETURNS RECORD AS $func_0a1b$ BEGIN INSERT INTO "foc_users" ("id","email") VALUES (DEFAULT,'${email}') RETURNING * INTO response; EXCEPTION WHEN unique_violation THEN GET STACKED DIAGNOSTICS sequelize_caught_exception = PG_EXCEPTION_DETAIL; END $func_0a1b$ LANGUAGE plpgsql; SELECT (testfunc.response)."email", testfunc.sequelize_caught_exception FROM pg_temp.testfunc(); DROP FUNCTION IF EXISTS pg_temp.testfunc();`;
    const run = async (config: pg.ClientConfig) => {
      const c = new pg.Client(config);
      await c.connect();
      await c.query('CREATE TABLE foc_users (id serial PRIMARY KEY, email text UNIQUE)');
      await c.query('BEGIN');
      const results = [];
      for (const email of ['ann@example.com', 'ann@example.com', 'bob@example.com']) {
        const r = (await c.query({ text: findOrCreate(email), rowMode: 'array' })) as unknown as pg.QueryResult[];
        results.push(r.map((x) => [x.command, x.rowCount, x.fields.map((f) => [f.name, f.dataTypeID]), x.rows]));
      }
      await c.query('COMMIT');
      results.push((await c.query('SELECT email FROM foc_users ORDER BY id')).rows);
      await c.query('DROP TABLE foc_users');
      await c.end();
      return results;
    };
    const [evsql, postgres] = await Promise.all([run(servers.server.config()), run(servers.postgres.config())]);
    expect(evsql).toEqual(postgres);
    expect(evsql[1]![1]).toEqual(['SELECT', 1, [['email', 25], ['sequelize_caught_exception', 25]], [[null, 'Key (email)=(ann@example.com) already exists.']]]);
    // Called on its own, the function is gone: it lived for its query string.
    const c = await servers.server.client();
    await expect(c.query('SELECT * FROM pg_temp.testfunc()')).rejects.toMatchObject({ code: '42883' });
    await c.end();
  });

  it('sets an offset other than UTC as an interval, and prints and reads timestamptz in it', async () => {
    await sameAsPostgres([
      "SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE",
      'SHOW TIME ZONE',
      "SELECT timestamptz '2024-01-01 00:00+00'::text AS printed, '2024-01-01 00:00'::timestamptz::text AS read",
      "SET TIME ZONE INTERVAL '-08:00' HOUR TO MINUTE",
      "SELECT timestamptz '2024-01-01 00:00+00'::text AS printed, '2024-01-01 00:00'::timestamptz::text AS read",
      'SET TIME ZONE LOCAL',
      'SHOW TIME ZONE',
    ]);
  });
});

describe('server-side cursors (psycopg2 named cursors, Django .iterator())', () => {
  const SETUP = ['CREATE TABLE IF NOT EXISTS curs_person (id serial primary key, name text)', "INSERT INTO curs_person (name) VALUES ('a'),('b'),('c'),('d'),('e')"];

  it('walks a SCROLL cursor in every direction', async () => {
    await sameAsPostgres([
      ...SETUP,
      'DECLARE c0 CURSOR FOR SELECT 1',
      'BEGIN',
      'DECLARE c1 SCROLL CURSOR FOR SELECT id, name FROM curs_person ORDER BY id',
      'FETCH 2 FROM c1',
      'FETCH NEXT FROM c1',
      'FETCH PRIOR FROM c1',
      'FETCH BACKWARD 5 FROM c1',
      'FETCH ABSOLUTE -1 FROM c1',
      'FETCH RELATIVE -2 FROM c1',
      'FETCH RELATIVE 0 FROM c1',
      'FETCH FORWARD -1 FROM c1',
      'MOVE LAST IN c1',
      'FETCH c1',
      'FETCH c1',
      'FETCH BACKWARD ALL FROM c1',
      'MOVE ABSOLUTE 10 IN c1',
      'FETCH PRIOR c1',
      'FETCH FIRST c1',
      'FETCH ALL c1',
      'DECLARE c1 CURSOR FOR SELECT 1',
      'ROLLBACK',
      'FETCH c1',
      'DROP TABLE curs_person',
    ]);
  });

  it("fetches as psycopg2 and Django do: NO SCROLL, WITHOUT HOLD, FETCH FORWARD itersize; WITH HOLD outlives COMMIT", async () => {
    await sameAsPostgres([
      ...SETUP,
      'BEGIN',
      'DECLARE "_django_curs_140_sync_1" NO SCROLL CURSOR WITHOUT HOLD FOR SELECT "curs_person"."id", "curs_person"."name" FROM "curs_person" WHERE "curs_person"."id" > 2 ORDER BY 1',
      'FETCH FORWARD 2 FROM "_django_curs_140_sync_1"',
      'FETCH FORWARD 2000 FROM "_django_curs_140_sync_1"',
      'FETCH FORWARD 2000 FROM "_django_curs_140_sync_1"',
      'CLOSE "_django_curs_140_sync_1"',
      'DECLARE nos NO SCROLL CURSOR FOR SELECT id FROM curs_person ORDER BY id',
      'FETCH 2 FROM nos',
      'FETCH BACKWARD 1 FROM nos',
      'ROLLBACK',
      'BEGIN',
      'DECLARE "held" CURSOR WITH HOLD FOR SELECT name FROM curs_person ORDER BY name DESC',
      'COMMIT',
      'FETCH 2 "held"',
      'MOVE FORWARD ALL IN "held"',
      'FETCH NEXT FROM "held"',
      'CLOSE "held"',
      'CLOSE "held"',
      'BEGIN',
      'DECLARE x CURSOR FOR SELECT 1',
      'CLOSE ALL',
      'FETCH x',
      'ROLLBACK',
      'DROP TABLE curs_person',
    ]);
  });

  it('answers FETCH through the extended protocol with the cursor’s columns', async () => {
    const c = await servers.server.client();
    await c.query('BEGIN');
    await c.query({ text: 'DECLARE p CURSOR FOR SELECT $1::int + n AS v FROM (VALUES (1), (2), (3)) AS t(n)', values: [10] });
    const r = await c.query({ text: 'FETCH 2 FROM p', values: [] });
    expect(r.fields.map((f) => [f.name, f.dataTypeID])).toEqual([['v', 23]]);
    expect(r.rows).toEqual([{ v: 11 }, { v: 12 }]);
    await c.query('COMMIT');
    await c.end();
  });
});

describe('introspection', () => {
  const SCHEMA = [
    'CREATE TABLE intro_books (id serial PRIMARY KEY, title text NOT NULL, isbn char(13), pages int)',
    'CREATE INDEX intro_books_title_pages ON intro_books (title, pages)',
    'CREATE UNIQUE INDEX intro_books_isbn ON intro_books (isbn)',
    'CREATE TABLE intro_counts (a int, b int)',
  ];

  it("reads index columns as SQLAlchemy's Inspector does: unnest and generate_subscripts in the select list", async () => {
    await sameAsPostgres([
      ...SCHEMA,
      `SELECT (idx.indrelid::regclass)::text AS tbl, (idx.indexrelid::regclass)::text AS idx, idx.attnum, idx.ord, pg_catalog.pg_attribute.attname
       FROM (SELECT pg_catalog.pg_index.indexrelid AS indexrelid, pg_catalog.pg_index.indrelid AS indrelid,
                    unnest(pg_catalog.pg_index.indkey) AS attnum, generate_subscripts(pg_catalog.pg_index.indkey, 1) AS ord
             FROM pg_catalog.pg_index
             WHERE NOT pg_catalog.pg_index.indisprimary AND pg_catalog.pg_index.indrelid IN ('intro_books'::regclass, 'intro_counts'::regclass)) AS idx
       LEFT OUTER JOIN pg_catalog.pg_attribute ON pg_catalog.pg_attribute.attnum = idx.attnum AND pg_catalog.pg_attribute.attrelid = idx.indrelid
       ORDER BY 2, 4`,
      "SELECT unnest(ARRAY[1,2,3]) AS a, generate_subscripts(ARRAY['x','y'], 1) AS s, 'k' AS k",
      'SELECT n, unnest(arr) FROM (VALUES (1, ARRAY[10,20]), (2, ARRAY[]::int[]), (3, NULL), (4, ARRAY[30])) AS v(n, arr) ORDER BY 1, 2',
      "SELECT array_lower(indkey, 1), array_upper(indkey, 1) FROM pg_index WHERE indrelid = 'intro_books'::regclass ORDER BY 1, 2",
      'DROP TABLE intro_books, intro_counts',
    ]);
  });

  it("reads index columns as MikroORM does: generate_subscripts(indkey, 1) in FROM counts from int2vector's lower bound, 0", async () => {
    await sameAsPostgres([
      ...SCHEMA,
      `select indrelid::regclass as table_name, relname as constraint_name, idx.indisunique as unique, idx.indisprimary as primary,
         array(select pg_get_indexdef(idx.indexrelid, k + 1, true) from generate_subscripts(idx.indkey, 1) as k order by k) as index_def
       from pg_index idx join pg_class as i on i.oid = idx.indexrelid
       where indrelid in ('"public"."intro_books"'::regclass) order by relname`,
      "SELECT k FROM generate_subscripts((SELECT indclass FROM pg_index WHERE indexrelid = 'intro_books_title_pages'::regclass), 1) AS k",
      "SELECT k FROM generate_subscripts(ARRAY['x','y'], 1) AS k",
      "SELECT count(*) FROM generate_subscripts(ARRAY[]::int[], 1)",
      'DROP TABLE intro_books, intro_counts',
    ]);
  });

  it("gives tables and views their row type, as Prisma's column query needs (pg_class.reltype > 0)", async () => {
    await sameAsPostgres([
      ...SCHEMA,
      'CREATE VIEW intro_titles AS SELECT id, title FROM intro_books',
      "SELECT c.relname, c.relkind, c.reltype > 0 AS typed FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY 1",
      `SELECT c.relname, t.typname, t.typtype, t.typcategory, t.typlen, t.typrelid = c.oid AS own, a.typname AS array_name, a.typelem = t.oid AS of_it, a.typcategory AS array_category
       FROM pg_class c JOIN pg_type t ON t.oid = c.reltype JOIN pg_type a ON a.oid = t.typarray WHERE c.relname IN ('intro_books', 'intro_titles') ORDER BY 1`,
      `SELECT info.table_name, info.column_name, format_type(att.atttypid, att.atttypmod) AS formatted_type
       FROM information_schema.columns info
       JOIN pg_attribute att ON att.attname = info.column_name
       JOIN (SELECT pg_class.oid, relname, pg_namespace.nspname AS namespace FROM pg_class
             JOIN pg_namespace ON pg_namespace.oid = pg_class.relnamespace AND pg_namespace.nspname = ANY ('{public}')
             WHERE reltype > 0) AS oid ON oid.oid = att.attrelid AND relname = info.table_name AND namespace = info.table_schema
       WHERE table_schema = ANY ('{public}') ORDER BY table_name, ordinal_position`,
      'DROP VIEW intro_titles',
      'DROP TABLE intro_books, intro_counts',
    ]);
  });

  it("reads functions as Prisma's introspection does: pg_get_functiondef, its options line and a dollar-quote tag the source does not hold", async () => {
    await sameAsPostgres([
      "CREATE FUNCTION fdef_add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS 'SELECT a + b'",
      "CREATE FUNCTION fdef_q(t text) RETURNS text LANGUAGE sql STABLE AS $$SELECT t || '$function'$$",
      "CREATE FUNCTION fdef_v() RETURNS bigint LANGUAGE sql AS 'SELECT 1::bigint'",
      `SELECT p.proname AS name, n.nspname as namespace,
           CASE WHEN l.lanname = 'internal' THEN p.prosrc
                ELSE pg_get_functiondef(p.oid)
                END as definition
       FROM pg_proc p
       LEFT JOIN pg_namespace n ON p.pronamespace = n.oid
       LEFT JOIN pg_language l ON p.prolang = l.oid
       WHERE n.nspname = ANY ( '{public}' ) ORDER BY 1`,
      "SELECT pg_get_functiondef('now'::regproc), pg_get_functiondef(0)",
      'DROP FUNCTION fdef_add, fdef_q, fdef_v',
    ]);
  });

  it("answers drizzle-kit's, Sequelize's and TypeORM's catalog reads: pg_policies, statistics views, quoted regtype names", async () => {
    await sameAsPostgres([
      ...SCHEMA,
      `select "schemaname", "tablename", "policyname" as "name", "permissive" as "as", "roles" as "to", "cmd" as "for", "qual" as "using", "with_check" as "withCheck" from pg_policies`,
      "SELECT schemaname, relname, heap_blks_read, idx_blks_read, toast_blks_read, tidx_blks_hit FROM pg_statio_all_tables WHERE schemaname = 'public' ORDER BY relname",
      "SELECT schemaname, relname, indexrelname, idx_blks_read, idx_blks_hit FROM pg_statio_user_indexes ORDER BY indexrelname",
      "SELECT relname, seq_scan, idx_scan, n_live_tup FROM pg_stat_user_tables ORDER BY relname",
      "SELECT relname, indexrelname, idx_scan FROM pg_stat_all_indexes WHERE schemaname = 'public' ORDER BY indexrelname",
      `SELECT '"pg_catalog"."int4"'::regtype AS a, '"int8"'::regtype AS b, ' "pg_catalog"."timestamptz" '::regtype AS c, '"int4"[]'::regtype AS d`,
      `SELECT '"Int4"'::regtype`,
      `SELECT '"character varying"'::regtype`,
      'DROP TABLE intro_books, intro_counts',
    ]);
  });

  it("reads indexes and serial columns as drizzle-kit does: a lateral subquery of unnest and generate_subscripts, DISTINCT ON without ORDER BY, pg_opclass, '{…}'::regtype[]", async () => {
    await sameAsPostgres([
      'CREATE TABLE dk_posts (id serial PRIMARY KEY, author varchar(20), tags int[], title text, at timestamptz, n bigint)',
      'CREATE UNIQUE INDEX dk_posts_author_title ON dk_posts (author, title DESC)',
      'CREATE INDEX dk_posts_tags_at ON dk_posts (tags, at, n)',
      // drizzle-kit's query, but for its last column: the opclass DISTINCT ON keeps of several is any (drizzle-kit's bug), and coalesce(name, text) is a name in PostgreSQL, text in evsql.
      `SELECT table_name, indexname, index_order, is_unique, method, "with", column_name::text, is_expression, descending, nulls_first, "where" FROM (SELECT  DISTINCT ON (t.relname, ic.relname, k.i) t.relname as table_name, ic.relname AS indexname,
        k.i AS index_order,
        i.indisunique as is_unique,
        am.amname as method,
        ic.reloptions as with,
        coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.i, false)) AS column_name,
          CASE
        WHEN pg_get_expr(i.indexprs, i.indrelid) IS NOT NULL THEN 1
        ELSE 0
    END AS is_expression,
        i.indoption[k.i-1] & 1 = 1 AS descending,
        i.indoption[k.i-1] & 2 = 2 AS nulls_first,
        pg_get_expr(
                              i.indpred,
                              i.indrelid
                          ) as where,
         opc.opcname
      FROM pg_class t
          LEFT JOIN pg_index i ON t.oid = i.indrelid
          LEFT JOIN pg_class ic ON ic.oid = i.indexrelid
      CROSS JOIN LATERAL (SELECT unnest(i.indkey), generate_subscripts(i.indkey, 1) + 1) AS k(attnum, i)
          LEFT JOIN pg_attribute AS a
            ON i.indrelid = a.attrelid AND k.attnum = a.attnum
          JOIN pg_namespace c on c.oid = t.relnamespace
        LEFT JOIN pg_am AS am ON ic.relam = am.oid
        JOIN pg_opclass opc ON opc.oid = ANY(i.indclass)
      WHERE
      c.nspname = 'public' AND
      t.relname = 'dk_posts') q`,
      `SELECT a.attname, a.atttypid = ANY ('{int,int8,int2}'::regtype[]) AS integer,
         (SELECT pg_get_expr(ad.adbin, ad.adrelid) FROM pg_attrdef ad WHERE ad.adrelid = a.attrelid AND ad.adnum = a.attnum)
           = 'nextval(''' || pg_get_serial_sequence(a.attrelid::regclass::text, a.attname)::regclass || '''::regclass)' AS serial
       FROM pg_attribute a WHERE a.attrelid = 'dk_posts'::regclass AND a.attnum > 0 ORDER BY a.attnum`,
      "SELECT 'x' || 'dk_posts'::regclass || 'y', 'int4'::regtype || ''",
      'SELECT DISTINCT ON (x) x FROM (VALUES (2), (1), (2), (3)) v(x)',
      "SELECT i.indexrelid::regclass::text, i.indclass::text, array_agg(o.opcname ORDER BY o.opcname) FROM pg_index i JOIN pg_opclass o ON o.oid = ANY(i.indclass) WHERE i.indrelid = 'dk_posts'::regclass GROUP BY 1, 2 ORDER BY 1",
      'DROP TABLE dk_posts',
    ]);
  });
});

describe("Django's introspection and JSONField lookups", () => {
  it('unnests several arrays, or an earlier FROM item’s column, WITH ORDINALITY in FROM', async () => {
    await sameAsPostgres([
      'CREATE TABLE dj_items (id int PRIMARY KEY, name text, price int)',
      'CREATE INDEX dj_items_price_name ON dj_items (price DESC, name)',
      `SELECT indexname, array_agg(attname ORDER BY arridx), array_agg(ordering ORDER BY arridx)
       FROM (SELECT c2.relname AS indexname, idx.*, attr.attname, CASE (option & 1) WHEN 1 THEN 'DESC' ELSE 'ASC' END AS ordering
             FROM (SELECT * FROM pg_index i, unnest(i.indkey, i.indoption) WITH ORDINALITY koi(key, option, arridx)) idx
             LEFT JOIN pg_class c ON idx.indrelid = c.oid
             LEFT JOIN pg_class c2 ON idx.indexrelid = c2.oid
             LEFT JOIN pg_attribute attr ON attr.attrelid = c.oid AND attr.attnum = idx.key
             WHERE c.relname = 'dj_items') s2
       GROUP BY indexname ORDER BY indexname`,
      "SELECT * FROM (VALUES (1, ARRAY[10, 20]), (2, NULL), (3, ARRAY[30])) AS v(n, a), unnest(v.a, ARRAY['x']) AS u(e, x) ORDER BY n, e",
      'SELECT v.n, u.* FROM (VALUES (1, ARRAY[10, 20])) AS v(n, a), unnest(v.a) WITH ORDINALITY AS u ORDER BY 2',
      'DROP TABLE dj_items',
    ]);
  });

  it('compares and orders jsonb as PostgreSQL does: numbers numerically, then by kind and size', async () => {
    await sameAsPostgres([
      `SELECT a, b, a < b AS lt, a = b AS eq, a >= b AS ge FROM (VALUES
         ('150'::jsonb, '1200'::jsonb), ('9', '150'), ('"n/a"', '150'), ('1.0', '1'), ('true', '{}'), ('[1, 2]', '[3]'),
         ('{"a": 1}', '{"a": 2}'), ('{"b": 1}', '{"aa": 1}'), ('null', '""'), ('[]', '{}'), ('false', 'true')) AS t(a, b)`,
      `SELECT '{"origin": {"country": "ES"}}'::jsonb #> ARRAY['origin', 'country'], '{"a": [5, 6]}'::jsonb #>> ARRAY['a', '1']`,
    ]);
  });
});

describe('enums (SQLAlchemy create_all, TypeORM synchronize, Django choices by hand)', () => {
  it('creates, alters and drops enum types, checks and orders their values, and shows them in the catalog', async () => {
    await sameAsPostgres([
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
      "CREATE TYPE mood AS ENUM ('x')",
      "CREATE TYPE twice AS ENUM ('a', 'a')",
      "CREATE TABLE person (id serial PRIMARY KEY, name text, current_mood mood NOT NULL DEFAULT 'ok')",
      "INSERT INTO person (name, current_mood) VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'ok'), ('d', DEFAULT)",
      'SELECT name, current_mood FROM person ORDER BY current_mood, name',
      "INSERT INTO person (name, current_mood) VALUES ('e', 'angry')",
      "UPDATE person SET current_mood = 'meh' WHERE name = 'a'",
      'SELECT t.typname, t.typtype, t.typcategory, t.typlen, t.typinput, t.typoutput, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY e.enumsortorder',
      "SELECT a.typname, a.typcategory, a.typelem = t.oid AS of_mood FROM pg_type a JOIN pg_type t ON t.typarray = a.oid WHERE t.typname = 'mood'",
      "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
      "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh'",
      "ALTER TYPE mood ADD VALUE 'ecstatic'",
      "ALTER TYPE mood ADD VALUE 'blah' AFTER 'nope'",
      'SELECT enumlabel, enumsortorder FROM pg_enum ORDER BY enumsortorder',
      "UPDATE person SET current_mood = 'meh' WHERE name = 'a'",
      'SELECT name, current_mood FROM person ORDER BY current_mood DESC, name',
      "SELECT column_name, data_type, udt_schema, udt_name FROM information_schema.columns WHERE table_name = 'person' ORDER BY ordinal_position",
      "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.atttypid::regtype::text FROM pg_attribute a WHERE a.attrelid = 'person'::regclass AND a.attnum > 0 ORDER BY a.attnum",
      // TypeORM's enum introspection (PostgresQueryRunner.loadTables).
      `SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 'mood' ORDER BY "e"."enumsortorder"`,
      "SELECT 'happy'::mood AS x, 'ok'::mood < 'happy'::mood AS lt",
      "SELECT name FROM person WHERE current_mood < 'ok' ORDER BY name",
      "SELECT name FROM person WHERE current_mood IN ('sad', 'happy') ORDER BY name",
      "SELECT name FROM person WHERE current_mood BETWEEN 'meh' AND 'ok' ORDER BY name",
      "SELECT 'nope'::mood",
      "SELECT name FROM person WHERE current_mood = 'nope'",
      "INSERT INTO person (name, current_mood) SELECT 'f', 'gone'",
      'DROP TYPE mood',
      "ALTER TYPE mood RENAME VALUE 'meh' TO 'so-so'",
      'SELECT name, current_mood FROM person ORDER BY current_mood, name',
      'DROP TABLE person',
      'DROP TYPE mood',
      'DROP TYPE IF EXISTS mood',
      'SELECT count(*) FROM pg_enum',
    ]);
  });

  it('keeps the views recording enum types and extensions out of clients’ reach', async () => {
    const c = await servers.server.client();
    await c.query("CREATE TYPE sealed AS ENUM ('a')");
    // As PostgreSQL sees it, no such relation exists; creating one of those names is refused as reserved.
    await expect(c.query('DROP VIEW "pg_enum:sealed"')).rejects.toMatchObject({ code: '42P01' });
    await expect(c.query('SELECT * FROM "pg_enum:sealed"')).rejects.toMatchObject({ code: '42P01' });
    await expect(c.query('CREATE TABLE "pg_extension:x" (a int)')).rejects.toMatchObject({ code: '42939' });
    await expect(c.query('CREATE VIEW "PG_ENUM:other" AS SELECT 1')).rejects.toMatchObject({ code: '42939' });
    expect((await c.query("SELECT enumlabel FROM pg_enum JOIN pg_type ON pg_type.oid = enumtypid WHERE typname = 'sealed'")).rows).toEqual([{ enumlabel: 'a' }]);
    await c.query('DROP TYPE sealed');
    await c.end();
  });

  it('takes enum values as parameters and undoes CREATE TYPE with its transaction', async () => {
    await sameAsPostgres([
      "CREATE TYPE status AS ENUM ('draft', 'published')",
      'CREATE TABLE post (id int PRIMARY KEY, status status)',
      'BEGIN',
      "CREATE TYPE gone AS ENUM ('x')",
      'ROLLBACK',
      "SELECT typname FROM pg_type WHERE typname IN ('status', 'gone')",
      'DROP TABLE post',
      'DROP TYPE status',
    ]);
    const c = await servers.server.client();
    await c.query("CREATE TYPE status AS ENUM ('draft', 'published')");
    await c.query('CREATE TABLE post (id int PRIMARY KEY, status status)');
    await c.query({ text: 'INSERT INTO post (id, status) VALUES ($1, $2)', values: [1, 'published'] });
    await expect(c.query({ text: 'INSERT INTO post (id, status) VALUES ($1, $2)', values: [2, 'deleted'] })).rejects.toMatchObject({ code: '22P02', message: 'invalid input value for enum status: "deleted"' });
    expect((await c.query('SELECT id, status FROM post')).rows).toEqual([{ id: 1, status: 'published' }]);
    await c.query('DROP TABLE post');
    await c.query('DROP TYPE status');
    await c.end();
  });
});

describe('array parameters (node-postgres, postgres.js)', () => {
  it('assigns a JavaScript array, or an array literal, to an array column', async () => {
    const run = async (config: pg.ClientConfig) => {
      const c = new pg.Client(config);
      await c.connect();
      await c.query('CREATE TABLE arr_params (id int PRIMARY KEY, tags text[], n int[])');
      await c.query('INSERT INTO arr_params (id, tags, n) VALUES ($1, $2, $3)', [1, ['a', 'b c', null], [1, 2]]);
      await c.query('INSERT INTO arr_params (id, tags) VALUES ($1, $2)', [2, '{x,"y z"}']);
      await c.query('UPDATE arr_params SET n = $1 WHERE id = $2', [[3], 2]);
      const rows = (await c.query('SELECT id, tags, n FROM arr_params ORDER BY id')).rows;
      await c.query('DROP TABLE arr_params');
      await c.end();
      return rows;
    };
    const [evsql, pgRows] = await Promise.all([run(servers.server.config()), run(servers.postgres.config())]);
    expect(evsql).toEqual(pgRows);
    expect(evsql).toEqual([{ id: 1, tags: ['a', 'b c', null], n: [1, 2] }, { id: 2, tags: ['x', 'y z'], n: [3] }]);
  });
});

describe('extensions (TypeORM uuid keys, Sequelize, Rails)', () => {
  const STATEMENTS = [
    'SELECT uuid_generate_v4()',
    'CREATE EXTENSION citext2',
    'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"',
    'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"',
    'CREATE EXTENSION "uuid-ossp"',
    'SELECT length(uuid_generate_v4()::text), uuid_nil()',
    'CREATE TABLE ext_ux (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), n int)',
    'INSERT INTO ext_ux (n) VALUES (1), (2)',
    'SELECT count(DISTINCT id) FROM ext_ux',
    "SELECT extname, extrelocatable, extversion FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1",
    'DROP TABLE ext_ux',
    'DROP EXTENSION "uuid-ossp"',
    'DROP EXTENSION "uuid-ossp"',
    'DROP EXTENSION IF EXISTS "uuid-ossp"',
    'CREATE EXTENSION pgcrypto',
    'SELECT gen_random_uuid() IS NOT NULL',
    'DROP EXTENSION pgcrypto',
  ];

  /** Runs the statements on both servers as sameAsPostgres does; the notices each sent must be the same: evsql's. */
  async function sameNotices(statements: string[]): Promise<string[]> {
    const notices: Record<string, string[]> = { evsql: [], postgres: [] };
    await sameAsPostgres(statements, (config) => {
      const c = new pg.Client(config);
      const into = config.port === servers.server.port ? notices.evsql! : notices.postgres!;
      c.on('notice', (n) => into.push(`${n.code} ${n.message}`));
      return c;
    });
    expect(notices.evsql).toEqual(notices.postgres);
    return notices.evsql!;
  }

  it('creates and drops uuid-ossp and pgcrypto, whose functions exist only meanwhile, with the notices PostgreSQL sends', async () => {
    const notices = await sameNotices(STATEMENTS);
    expect(notices).toEqual(['42710 extension "uuid-ossp" already exists, skipping', '00000 extension "uuid-ossp" does not exist, skipping']);
  });

  it('plpgsql is there as in every PostgreSQL database (Rails loads a schema.rb with enable_extension "plpgsql"); DROP … IF EXISTS sends a notice for each object not there', async () => {
    const notices = await sameNotices([
      'CREATE EXTENSION IF NOT EXISTS plpgsql',
      'CREATE EXTENSION plpgsql',
      "SELECT extname, extversion, extrelocatable, extnamespace::regnamespace, obj_description(oid, 'pg_extension') FROM pg_extension ORDER BY 1",
      "SELECT lanname, lanpltrusted, lanispl FROM pg_language WHERE lanname = 'plpgsql'",
      "CREATE TYPE v_kind AS ENUM ('a')",
      'DROP TYPE IF EXISTS v_kind, nosuch_type, other_type',
      'CREATE TABLE v_t (a int)',
      'DROP TABLE IF EXISTS v_gone, v_t, v_lost',
      'DROP SEQUENCE IF EXISTS v_s1, v_s2',
      'DROP FUNCTION IF EXISTS v_f(int, varchar(3), text[])',
    ]);
    expect(notices).toEqual([
      '42710 extension "plpgsql" already exists, skipping',
      '00000 type "nosuch_type" does not exist, skipping',
      '00000 type "other_type" does not exist, skipping',
      '00000 table "v_gone" does not exist, skipping',
      '00000 table "v_lost" does not exist, skipping',
      '00000 sequence "v_s1" does not exist, skipping',
      '00000 sequence "v_s2" does not exist, skipping',
      '00000 function v_f(pg_catalog.int4,pg_catalog.varchar,text[]) does not exist, skipping',
    ]);
  });

  it('ALTER TABLE … IF [NOT] EXISTS skips with the notices PostgreSQL sends (migration tools log them)', async () => {
    const notices = await sameNotices([
      'CREATE TABLE alter_skips (a int)',
      'ALTER TABLE alter_skips ADD COLUMN IF NOT EXISTS a int',
      'ALTER TABLE alter_skips ADD COLUMN IF NOT EXISTS b int',
      'ALTER TABLE alter_skips DROP COLUMN IF EXISTS zz',
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'alter_skips' ORDER BY ordinal_position",
      'DROP TABLE alter_skips',
    ]);
    expect(notices).toEqual(['42701 column "a" of relation "alter_skips" already exists, skipping', '00000 column "zz" of relation "alter_skips" does not exist, skipping']);
  });

  it('refuses an extension evsql does not provide with 0A000', async () => {
    const c = await servers.server.client();
    await expect(c.query('CREATE EXTENSION IF NOT EXISTS ltree')).rejects.toMatchObject({ code: '0A000', message: 'extension "ltree" is not available' });
    await c.end();
  });
});

describe('ALTER COLUMN (Django and Alembic migrations)', () => {
  it('drops and sets NOT NULL and defaults, and changes types converting the values', async () => {
    await sameAsPostgres([
      // contenttypes 0002: the column becomes nullable, then goes.
      'CREATE TABLE "django_content_type" ("id" serial NOT NULL PRIMARY KEY, "name" varchar(100) NOT NULL, "app_label" varchar(100) NOT NULL, "model" varchar(100) NOT NULL)',
      "INSERT INTO django_content_type (name, app_label, model) VALUES ('user', 'auth', 'user')",
      'ALTER TABLE "django_content_type" ALTER COLUMN "name" DROP NOT NULL',
      "INSERT INTO django_content_type (app_label, model) VALUES ('auth', 'group')",
      'ALTER TABLE "django_content_type" DROP COLUMN "name" CASCADE',
      'ALTER TABLE "django_content_type" ALTER COLUMN "model" TYPE varchar(4)',
      'ALTER TABLE "django_content_type" ALTER COLUMN "model" TYPE varchar(254)',
      'ALTER TABLE "django_content_type" ALTER COLUMN "id" DROP NOT NULL',
      'SELECT app_label, model FROM django_content_type ORDER BY model',
      // auth 0003 / 0008: longer varchars; a field added with a default that is then dropped.
      'CREATE TABLE "auth_user" ("id" serial NOT NULL PRIMARY KEY, "email" varchar(75) NOT NULL, "n" text, "flag" boolean)',
      "INSERT INTO auth_user (email, n) VALUES ('a@b', '12'), ('c@d', NULL)",
      'ALTER TABLE "auth_user" ALTER COLUMN "email" TYPE varchar(254)',
      'ALTER TABLE "auth_user" ALTER COLUMN "n" SET NOT NULL',
      'ALTER TABLE "auth_user" ALTER COLUMN "n" TYPE integer USING "n"::integer',
      'ALTER TABLE "auth_user" ADD COLUMN "score" integer DEFAULT 0 NOT NULL',
      'ALTER TABLE "auth_user" ALTER COLUMN "score" DROP DEFAULT',
      "INSERT INTO auth_user (email) VALUES ('e@f')",
      'ALTER TABLE "auth_user" ALTER COLUMN "score" SET DEFAULT 7, ALTER COLUMN "flag" SET DEFAULT true',
      "INSERT INTO auth_user (id, email) VALUES (10, 'g@h')",
      'ALTER TABLE "auth_user" ALTER COLUMN "score" TYPE bigint USING score * 10',
      'SELECT email, n, score, flag FROM auth_user ORDER BY email',
      "SELECT column_name, data_type, is_nullable, column_default, character_maximum_length FROM information_schema.columns WHERE table_name = 'auth_user' ORDER BY ordinal_position",
      "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = 'auth_user'::regclass AND a.attnum > 0 ORDER BY a.attnum",
      'ALTER TABLE "auth_user" ALTER COLUMN "nope" SET NOT NULL',
      'ALTER TABLE "auth_user" ALTER COLUMN "email" TYPE integer USING \'x\'',
      'DROP TABLE auth_user, django_content_type',
    ]);
  });
});

describe("LISTEN / NOTIFY (node-postgres client.on('notification'), job queues)", () => {
  /** What a listening session sees, in order, with marks where the test waited; the sender told apart from itself. */
  async function notificationsSeen(config: pg.ClientConfig): Promise<unknown[]> {
    const a = new pg.Client(config);
    const b = new pg.Client(config);
    await Promise.all([a.connect(), b.connect()]);
    const seen: unknown[] = [];
    a.on('notification', (n) => seen.push([n.processId === b.processID ? 'from b' : n.processId === a.processID ? 'from a' : 'from ?', n.channel, n.payload]));
    // A notification travels on its own; a round trip on the listener's connection makes sure it has arrived.
    const settle = async (mark: string) => {
      await a.query('SELECT 1');
      seen.push(mark);
    };
    await a.query('LISTEN jobs');
    await b.query("NOTIFY jobs, 'one'");
    await b.query('NOTIFY other');
    await settle('autocommit');
    await b.query('BEGIN');
    await b.query("NOTIFY jobs, 'two'");
    await b.query("SELECT pg_notify('jobs', 'two')");
    await b.query("NOTIFY jobs, 'three'");
    await settle('before commit');
    await b.query('COMMIT');
    await settle('after commit');
    await b.query('BEGIN');
    await b.query("NOTIFY jobs, 'rolled back'");
    await b.query('BEGIN; LISTEN never; ROLLBACK');
    await b.query({ text: 'SELECT pg_notify($1, $2) AS v', values: ['jobs', 'parameters'] });
    await settle('after rollback');
    await a.query('BEGIN');
    await b.query("NOTIFY jobs, 'while the listener is in a transaction'");
    await settle('listener commits');
    await a.query('COMMIT');
    await a.query("NOTIFY jobs, 'to itself'");
    await a.query('UNLISTEN *');
    await b.query("NOTIFY jobs, 'after UNLISTEN'");
    await settle('end');
    for (const q of ["SELECT pg_notify(NULL, 'x')", `SELECT pg_notify('${'x'.repeat(64)}', 'x')`, 'UNLISTEN nothing']) {
      seen.push(await b.query(q).then((r) => r.command, (e: pg.DatabaseError) => `${e.code} ${e.message}`));
    }
    await Promise.all([a.end(), b.end()]);
    return seen;
  }

  it('delivers after commit, with the sender’s pid, once per channel and payload in a transaction, none on rollback', async () => {
    const [evsql, postgres] = await Promise.all([notificationsSeen(servers.server.config()), notificationsSeen(servers.postgres.config())]);
    expect(evsql).toEqual(postgres);
    expect(evsql).toContainEqual(['from b', 'jobs', 'parameters']);
  });

  it('refuses pg_notify() where the replicas would run it (0A000), and ends listening with the session', async () => {
    const c = await servers.server.client();
    await expect(c.query("SELECT pg_notify('c', 'x') FROM (VALUES (1)) AS v")).rejects.toMatchObject({ code: '0A000' });
    await expect(c.query("SELECT 1 WHERE pg_notify('c', 'x') IS NULL")).rejects.toMatchObject({ code: '0A000' });
    await c.query('LISTEN gone');
    await c.end();
    const d = await servers.server.client();
    expect((await d.query("NOTIFY gone, 'nobody listens'")).command).toBe('NOTIFY');
    await d.end();
  });
});

describe('CREATE FUNCTION … LANGUAGE sql (psql \\df, apps’ helper functions)', () => {
  it('creates scalar SQL functions, inlines their calls, lists them in pg_proc, replaces and drops them', async () => {
    await sameAsPostgres([
      "CREATE FUNCTION fn_add1(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i + 1'",
      "CREATE FUNCTION fn_full_name(first text, last text) RETURNS text LANGUAGE sql STRICT AS $$ SELECT $1 || ' ' || last $$",
      'CREATE FUNCTION fn_half(n numeric) RETURNS numeric RETURN n / 2',
      'CREATE TABLE fn_items (id int, name text)',
      "INSERT INTO fn_items VALUES (1, 'a'), (2, 'b')",
      "CREATE FUNCTION fn_count() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM fn_items'",
      "SELECT fn_add1(41), fn_full_name('Ada', 'Lovelace'), fn_full_name(NULL, 'x') IS NULL AS strict_null, fn_half(5), fn_count(), fn_add1(fn_add1(1)), public.fn_add1(0)",
      'SELECT id, fn_add1(id) AS next FROM fn_items WHERE fn_add1(id) > 2',
      "CREATE FUNCTION fn_add1(i int) RETURNS int LANGUAGE sql AS 'SELECT i + 2'",
      "CREATE OR REPLACE FUNCTION fn_add1(i int) RETURNS int LANGUAGE sql AS 'SELECT i + 2'",
      'SELECT fn_add1(1)',
      "CREATE OR REPLACE FUNCTION fn_add1(i int) RETURNS text LANGUAGE sql AS 'SELECT 1'",
      `SELECT p.proname, pg_catalog.pg_get_function_result(p.oid), pg_catalog.pg_get_function_arguments(p.oid), p.provolatile, p.proisstrict, l.lanname, p.prosrc
       FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace JOIN pg_catalog.pg_language l ON l.oid = p.prolang
       WHERE n.nspname = 'public' AND pg_catalog.pg_function_is_visible(p.oid) ORDER BY 1`,
      'BEGIN',
      'DROP FUNCTION fn_add1(int)',
      'ROLLBACK',
      'SELECT fn_add1(1)',
      'DROP FUNCTION fn_add1(int), fn_full_name, fn_half(numeric), fn_count()',
      'DROP FUNCTION fn_add1(int)',
      'DROP FUNCTION IF EXISTS fn_add1',
      'DROP TABLE fn_items',
    ]);
  });

  it('refuses what it cannot run clearly: PL/pgSQL loops called once per row, DO blocks (0A000)', async () => {
    const c = await servers.server.client();
    await c.query("CREATE FUNCTION fn_p() RETURNS int LANGUAGE plpgsql AS 'BEGIN RETURN 1; END'");
    expect((await c.query('SELECT fn_p()')).rows).toEqual([{ fn_p: 1 }]);
    // A body that only computes a value inlines into any expression (plpgsql-inline.ts).
    expect((await c.query('SELECT fn_p() + 1 AS v')).rows).toEqual([{ v: 2 }]);
    await c.query("CREATE FUNCTION fn_r() RETURNS SETOF int LANGUAGE plpgsql AS 'BEGIN RETURN NEXT 1; END'");
    expect((await c.query('SELECT * FROM fn_r()')).rows).toEqual([{ fn_r: 1 }]);
    // A loop runs as a block: alone, not once per row.
    await c.query("CREATE FUNCTION fn_w(x int) RETURNS int LANGUAGE plpgsql AS 'BEGIN FOR i IN 1..x LOOP NULL; END LOOP; RETURN x; END'");
    expect((await c.query('SELECT fn_w(3)')).rows).toEqual([{ fn_w: 3 }]);
    await expect(c.query('SELECT fn_w(n) FROM generate_series(1, 2) n')).rejects.toMatchObject({ code: '0A000', message: expect.stringContaining('LANGUAGE plpgsql') });
    await expect(c.query('DO $$ DECLARE c refcursor; BEGIN OPEN c FOR SELECT 1; END $$')).rejects.toMatchObject({ code: '0A000', message: expect.stringContaining('OPEN in a DO block') });
    await expect(c.query("DO LANGUAGE sql 'SELECT 1'")).rejects.toMatchObject({ code: '0A000' });
    await expect(c.query("CREATE FUNCTION pg_temp.fn_q(OUT r int) RETURNS int LANGUAGE plpgsql AS 'BEGIN r := 1; END'")).rejects.toMatchObject({ code: '0A000' });
    // A set-returning function runs in FROM; in a select list it is refused.
    await c.query("CREATE FUNCTION fn_s() RETURNS SETOF int LANGUAGE sql AS 'SELECT 1 UNION ALL SELECT 2'");
    expect((await c.query('SELECT * FROM fn_s()')).rows).toEqual([{ fn_s: 1 }, { fn_s: 2 }]);
    await expect(c.query('SELECT fn_s()')).rejects.toMatchObject({ code: '0A000' });
    // A body may not reach what a statement may not.
    await expect(c.query("CREATE FUNCTION fn_m() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM sqlite_master'")).rejects.toMatchObject({ code: '42P01' });
    await c.end();
  });
});

describe('psycopg 3 (copy.rows() of a binary COPY, named cursors)', () => {
  it('sends the binary header in the first row’s CopyData and the trailer in its own, as PostgreSQL cuts them, a computed numeric at its scale', async () => {
    const run = async (host: string, port: number) => {
      const raw = await RawClient.connect(host, port);
      try {
        const cut = async (sql: string) => (await raw.copyOut(sql)).map((b) => b.toString('hex'));
        return [
          await cut('COPY (SELECT n, n * 2.5 AS x FROM generate_series(1, 3) AS g(n)) TO STDOUT (FORMAT BINARY)'),
          await cut('COPY (SELECT 1 WHERE false) TO STDOUT (FORMAT BINARY)'),
          await cut('COPY (SELECT n * 2.5 AS x FROM generate_series(1, 3) AS g(n)) TO STDOUT (HEADER)'),
        ];
      } finally {
        await raw.close();
      }
    };
    const [evsql, postgres] = await Promise.all([run(servers.server.host, servers.server.port), run('127.0.0.1', servers.postgres.port)]);
    expect(evsql).toEqual(postgres);
    expect(postgres[0]).toHaveLength(4);
  });

  it('prints a parameter declared numeric (PgJDBC’s setBigDecimal, PREPARE p(numeric)) at the scale it was sent with, as PostgreSQL does', async () => {
    const run = async (host: string, port: number) => {
      const raw = await RawClient.connect(host, port);
      try {
        const results: string[][] = [];
        const text = (r: RawResult) => (r.error ? [r.error] : r.rows.map((row) => row.map((v) => (v === null ? 'NULL' : v.toString())).join('|')));
        for (const [i, [sql, oids, params]] of ([
          ['SELECT $1, $1 * 2, $1 + 0.001', [OID.numeric], ['1.50']],
          ['SELECT $1 + 1', [OID.numeric], ['2.500']],
          ['SELECT sum(x) FROM (VALUES ($1), ($2)) v(x)', [OID.numeric, OID.numeric], ['1.10', '2.205']],
          ['SELECT $1::numeric(6,1), $2', [0, OID.numeric], ['1.25', '-0.000']],
          // Each element of ARRAY[…] keeps its own (leftovers20).
          ['SELECT array[$1, $2], array[$1, 2.5], array[[$1], [$2]], array[$1, NULL]::text', [OID.numeric, OID.numeric], ['1.10', '2.500']],
        ] as Array<[string, number[], string[]]>).entries()) {
          expect(await raw.prepare(`n${i}`, sql, oids)).toBeNull();
          results.push(text(await raw.execPrepared(`n${i}`, params, 0)));
        }
        return results;
      } finally {
        await raw.close();
      }
    };
    const [evsql, postgres] = await Promise.all([run(servers.server.host, servers.server.port), run('127.0.0.1', servers.postgres.port)]);
    expect(evsql).toEqual(postgres);
    expect(postgres[0]).toEqual(['1.50|3.00|1.501']);
  });

  it('quotes the FORCE_QUOTE columns of a CSV COPY TO (a list or *), as PostgreSQL does, and refuses it outside CSV', async () => {
    const run = async (host: string, port: number) => {
      const raw = await RawClient.connect(host, port);
      try {
        const out = async (sql: string) => (await raw.copyOut(sql)).map((b) => b.toString());
        const rows = "(VALUES (1, 'a,b', 1.50::numeric(6,2), '{x,\"y z\"}'::text[]), (2, NULL, NULL, '{}'))";
        return [
          await out(`COPY (SELECT * FROM ${rows} v(id, name, price, tags)) TO STDOUT (FORMAT csv, FORCE_QUOTE (name, tags), NULL 'NULL', DELIMITER ';')`),
          await out(`COPY (SELECT * FROM ${rows} v(id, name, price, tags)) TO STDOUT (FORMAT csv, FORCE_QUOTE *, HEADER)`),
          await out(`COPY (SELECT * FROM ${rows} v(id, name, price, tags)) TO STDOUT (FORMAT csv, FORCE_QUOTE (nosuch))`).catch((e: { code?: string }) => e.code),
          await out(`COPY (SELECT * FROM ${rows} v(id, name, price, tags)) TO STDOUT (FORCE_QUOTE (name))`).catch((e: { code?: string }) => e.code),
        ];
      } finally {
        await raw.close();
      }
    };
    const [evsql, postgres] = await Promise.all([run(servers.server.host, servers.server.port), run('127.0.0.1', servers.postgres.port)]);
    expect(evsql).toEqual(postgres);
    expect(postgres[0]).toEqual(['1;"a,b";1.50;"{x,""y z""}"\n', '2;NULL;NULL;"{}"\n']);
  });

  it('describes a cursor DECLAREd in SQL as the portal it is (a named cursor’s description)', async () => {
    const run = async (host: string, port: number) => {
      const raw = await RawClient.connect(host, port);
      try {
        await raw.copyOut("BEGIN; DECLARE walk CURSOR FOR SELECT 1::int4 AS a, 'x'::text AS b; DECLARE raw_walk BINARY CURSOR FOR SELECT 2.5::numeric AS c");
        const described = [];
        for (const name of ['walk', 'raw_walk', 'nothing']) {
          raw.send('D', Buffer.from(`P${name}\0`));
          raw.send('S', Buffer.alloc(0));
          const r = await raw.untilReady();
          described.push({ fields: r.fields, error: r.error });
        }
        return described;
      } finally {
        await raw.close();
      }
    };
    const [evsql, postgres] = await Promise.all([run(servers.server.host, servers.server.port), run('127.0.0.1', servers.postgres.port)]);
    expect(evsql).toEqual(postgres);
    expect(postgres[0]!.fields!.map((f) => f.name)).toEqual(['a', 'b']);
  });
});

describe('JDBC (pgjdbc setDate)', () => {
  it("reads a zone right after a date, as pgjdbc's setDate sends it", async () => {
    await sameAsPostgres([
      "SELECT '2020-01-01 +00'::date, '2020-01-01 +05'::timestamptz, '2020-01-01 -03:30'::timestamp, '2020-01-01 Z'::date, '2020-01-01 bc'::date",
      "SELECT '2020-01-01 +99'::date",
      "SELECT '2020-01-01 x'::date",
    ]);
  });

  it('sets TimeZone in the startup packet, as pgjdbc sends the JVM zone: reported, shown, and timestamptz printed and read in it', async () => {
    class JdbcStartup extends pg.Client {
      getStartupConf(): Record<string, string> {
        return { ...(pg.Client.prototype as unknown as { getStartupConf(): Record<string, string> }).getStartupConf.call(this), TimeZone: 'America/New_York' };
      }
    }
    await sameAsPostgres(
      [
        'SHOW TimeZone',
        "SELECT timestamptz '2024-03-10 06:59:59+00'::text AS before, timestamptz '2024-03-10 07:00:00+00'::text AS after, '2024-03-10 02:30'::timestamptz::text AS gap",
        "SELECT date_trunc('day', timestamptz '2024-03-10 12:00+00')::text AS day, (timestamptz '2024-03-09 12:00-05' + interval '1 day')::text AS next",
      ],
      (c) => new JdbcStartup(c),
    );
    const reported = async (config: pg.ClientConfig) => {
      const c = new JdbcStartup(config);
      const zones: string[] = [];
      c.connection.on('parameterStatus', (m: { parameterName: string; parameterValue: string }) => {
        if (m.parameterName === 'TimeZone') zones.push(m.parameterValue);
      });
      await c.connect();
      await c.end();
      return zones;
    };
    expect(await reported(servers.server.config())).toEqual(await reported(servers.postgres.config()));
  });

  it("expands key arrays as getPrimaryKeys and getIndexInfo do: information_schema._pg_expandarray's x and n", async () => {
    await sameAsPostgres([
      'SELECT (information_schema._pg_expandarray(ARRAY[30, 10, 20])).x, (information_schema._pg_expandarray(ARRAY[30, 10, 20])).n ORDER BY 1',
      `SELECT r.k, r.pos FROM (SELECT (information_schema._pg_expandarray(v.a)).n AS pos, information_schema._pg_expandarray(v.a) AS keys, v.k
         FROM (VALUES (1, ARRAY[7, 8]), (2, ARRAY[9])) AS v(k, a)) r WHERE (r.keys).x > 7 ORDER BY 1, 2`,
    ]);
  });
});
