/**
 * regoper and regoperator over pg_operator's rows, GROUP BY's 42803 over catalog relations, an
 * enum renamed and dropped leaving no pg_type rows behind, and hstore's record and each() fields,
 * on a real server through the `pg` driver (test/corpus/55-types36.sql compares more with
 * PostgreSQL 15). Each expected value is PostgreSQL 15's answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

describe('regoper and regoperator', () => {
  it('read an operator by its name or its name and operand types, and print it as PostgreSQL does', async () => {
    expect(await rows("SELECT '||/'::regoper::text, '+(int4,int4)'::regoperator::text, '+(integer,integer)'::regoperator::oid::int, '-(NONE,integer)'::regoperator::text")).toEqual([
      ['||/', '+(integer,integer)', 551, '-(NONE,integer)'],
    ]);
    // A name several operators share prints qualified; 0 prints as 0, an OID of no operator as the number.
    expect(await rows('SELECT 551::regoper::text, 96::regoperator::text, 0::regoper::text, 0::regoperator::text, 999999::regoper::text')).toEqual([
      ['pg_catalog.+', '=(integer,integer)', '0', '0', '999999'],
    ]);
    expect(await rows("SELECT oprname, oprleft::regtype::text, oprresult::regtype::text, oprcode::text, oprcom::regoperator::text, oprnegate::regoperator::text FROM pg_operator WHERE oid = '<(int4,int4)'::regoperator")).toEqual([
      ['<', 'integer', 'boolean', 'int4lt', '>(integer,integer)', '>=(integer,integer)'],
    ]);
    expect(await rows("SELECT to_regoper('+') IS NULL, to_regoper('||/')::text, to_regoperator('=(text,text)')::oid::int, to_regoperator('+(text,text)') IS NULL")).toEqual([[true, '||/', 98, true]]);
  });

  it('take a parameter as the text to read', async () => {
    expect(await rows('SELECT $1::regoperator::oid::int, $2::regoper::text', ['=(bool,bool)', '||/'])).toEqual([[91, '||/']]);
  });

  it('refuse what regoperin and regoperatorin refuse, with their SQLSTATEs', async () => {
    expect(await failure("SELECT '+'::regoper")).toEqual({ code: '42725', message: 'more than one operator named +' });
    expect(await failure("SELECT '%%%%'::regoper")).toEqual({ code: '42883', message: 'operator does not exist: %%%%' });
    expect(await failure("SELECT '+(text,text)'::regoperator")).toEqual({ code: '42883', message: 'operator does not exist: +(text,text)' });
    expect(await failure("SELECT '+(int4)'::regoperator")).toEqual({ code: '42P02', message: 'missing argument' });
    expect(await failure("SELECT '+(int4,int4,int4)'::regoperator")).toEqual({ code: '54023', message: 'too many arguments' });
    expect(await failure("SELECT '+(int4,nosuch)'::regoperator")).toEqual({ code: '42704', message: 'type "nosuch" does not exist' });
  });
});

describe('GROUP BY over catalog relations', () => {
  it('refuses a column neither grouped nor aggregated (42803), as over a table', async () => {
    expect(await failure('SELECT relname, count(*) FROM pg_class GROUP BY relkind')).toEqual({ code: '42803', message: 'column "pg_class.relname" must appear in the GROUP BY clause or be used in an aggregate function' });
    expect(await failure("SELECT attname, count(*) FROM pg_attribute WHERE attrelid = 'pg_class'::regclass")).toMatchObject({ code: '42803' });
    expect(await failure('SELECT table_schema, table_name FROM information_schema.tables GROUP BY table_schema')).toEqual({
      code: '42803',
      message: 'column "tables.table_name" must appear in the GROUP BY clause or be used in an aggregate function',
    });
    expect(await failure('SELECT schemaname, tablename FROM pg_tables GROUP BY schemaname')).toMatchObject({ code: '42803' });
  });

  it('reads a GROUP BY name that is an output column and a relation\'s alias as the output column (PostgREST\'s enum query)', async () => {
    expect(await rows("SELECT n.nspname AS s, t.typname AS n, count(*)::int FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname IN ('int4', 'text') GROUP BY s, n ORDER BY 2")).toEqual([
      ['pg_catalog', 'int4', 1],
      ['pg_catalog', 'text', 1],
    ]);
    expect(await failure("SELECT t.typname, count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace GROUP BY n")).toMatchObject({ code: '42803' });
  });

  it("takes a catalog table's other columns as grouped where its primary key is", async () => {
    expect(await rows("SELECT nspname, oid::int FROM pg_namespace WHERE nspname = 'pg_catalog' GROUP BY oid")).toEqual([['pg_catalog', 11]]);
    expect(await rows("SELECT c.relname, count(a.attnum)::int FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relname = 'pg_am' AND a.attnum > 0 GROUP BY c.oid")).toEqual([['pg_am', 4]]);
    expect(await rows("SELECT relkind, count(*) > 0 FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind IN ('r', 'v') GROUP BY relkind ORDER BY 1")).toEqual([
      ['r', true],
      ['v', true],
    ]);
  });
});

describe('enums made, renamed and dropped', () => {
  it('leave pg_type only the rows of the types there are', async () => {
    await client().query('CREATE SCHEMA t36_app');
    await client().query("CREATE TYPE t36_mood AS ENUM ('sad', 'ok')");
    await client().query("CREATE TYPE t36_app.t36_mood AS ENUM ('meh')");
    await client().query('SET search_path = t36_app');
    await client().query("CREATE TYPE t36_feel AS ENUM ('x')");
    await client().query('ALTER TYPE t36_feel RENAME TO t36_feeling');
    await client().query("ALTER TYPE t36_feeling ADD VALUE 'y'");
    expect(await rows("SELECT t.typname, n.nspname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typname LIKE 't36_feel%' GROUP BY 1, 2")).toEqual([
      ['t36_feeling', 't36_app', '{x,y}'],
    ]);
    await client().query('DROP TYPE t36_feeling');
    await client().query('RESET search_path');
    await client().query('DROP TYPE t36_mood');
    await client().query("CREATE TYPE t36_mood AS ENUM ('happy')");
    expect(await rows("SELECT t.typname, n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname IN ('t36_mood', '_t36_mood', 't36_feel', 't36_feeling', '_t36_feeling') ORDER BY 2, 1")).toEqual([
      ['_t36_mood', 'public'],
      ['t36_mood', 'public'],
      ['_t36_mood', 't36_app'],
      ['t36_mood', 't36_app'],
    ]);
  });

  it('refuses a rename onto a type there is (42710) or of one there is not (42704)', async () => {
    await client().query("CREATE TYPE t36_hue AS ENUM ('blue')");
    expect(await failure('ALTER TYPE t36_mood RENAME TO t36_hue')).toEqual({ code: '42710', message: 'type "t36_hue" already exists' });
    expect(await failure('ALTER TYPE t36_nosuch RENAME TO t36_other')).toEqual({ code: '42704', message: 'type "t36_nosuch" does not exist' });
  });

  it('refuses, rather than breaks, a rename of an enum a column uses', async () => {
    await client().query('CREATE TABLE t36_paint (id int, hue t36_hue)');
    expect(await failure('ALTER TYPE t36_hue RENAME TO t36_shade')).toMatchObject({ code: '0A000' });
    expect(await rows("SELECT hue::text FROM (VALUES ('blue'::t36_hue)) v(hue)")).toEqual([['blue']]);
  });
});

describe('hstore of a record, and each() fields', () => {
  beforeAll(async () => {
    await client().query('CREATE EXTENSION IF NOT EXISTS hstore');
    await client().query('CREATE TABLE t36_people (id int, name text, city text, age int, ok boolean)');
    await client().query("INSERT INTO t36_people VALUES (1, 'Ann', 'Oslo', 31, true), (2, 'Bob', NULL, 40, false)");
  });

  it('hstore(t) holds the row\'s columns as text, in hstore\'s key order', async () => {
    expect(await rows('SELECT hstore(p)::text, hstore(p) -> $1, akeys(hstore(p)) FROM t36_people p ORDER BY id', ['city'])).toEqual([
      ['"id"=>"1", "ok"=>"t", "age"=>"31", "city"=>"Oslo", "name"=>"Ann"', 'Oslo', ['id', 'ok', 'age', 'city', 'name']],
      ['"id"=>"2", "ok"=>"f", "age"=>"40", "city"=>NULL, "name"=>"Bob"', null, ['id', 'ok', 'age', 'city', 'name']],
    ]);
  });

  it('reads a field of populate_record(r, h) and of r #= h: h\'s value as the field\'s type, else r\'s', async () => {
    expect(await rows("SELECT (populate_record(NULL::t36_people, 'id=>7, name=>Cy')).name, (populate_record(NULL::t36_people, 'name=>Cy')).age")).toEqual([['Cy', null]]);
    expect(await rows("SELECT p.id, (populate_record(p, 'city=>Paris')).city, (p #= 'age=>99'::hstore).age, (p #= $1::hstore).name FROM t36_people p ORDER BY id", ['x=>1'])).toEqual([
      [1, 'Paris', 99, 'Ann'],
      [2, 'Paris', 99, 'Bob'],
    ]);
    await client().query("UPDATE t36_people p SET age = (p #= 'age=>41'::hstore).age WHERE id = 2");
    expect(await rows('SELECT age FROM t36_people WHERE id = 2')).toEqual([[41]]);
    expect(await failure("SELECT (p #= 'age=>x'::hstore).age FROM t36_people p")).toEqual({ code: '22P02', message: 'invalid input syntax for type integer: "x"' });
    expect(await failure("SELECT (p #= 'a=>1'::hstore).nosuch FROM t36_people p")).toMatchObject({ code: '42703' });
  });

  it('(each(h)).key and .value are each()\'s fields, set by set', async () => {
    expect(await rows("SELECT (each(h)).key, (each(h)).value FROM (SELECT 'x=>10, y=>NULL'::hstore AS h) s ORDER BY 1")).toEqual([
      ['x', '10'],
      ['y', null],
    ]);
    const result = await client().query({ text: "SELECT (each('k=>v'::hstore)).*", rowMode: 'array' });
    expect(result.fields.map((f) => f.name)).toEqual(['key', 'value']);
    expect(result.rows).toEqual([['k', 'v']]);
  });
});
