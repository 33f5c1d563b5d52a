/**
 * What the thirty-first session's sweep of leftovers (test/corpus/50-misc31.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: the functions behind jsonb's operators called by name, format_type and regtype of
 * user types in statements that name no catalog table, INSERT … SELECT of set operations into
 * columns that convert or check, ±Infinity taken out of float arrays, enum column defaults, and
 * LIKE of a domain column.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const failure = async (sql: string, values?: unknown[]) =>
  c.query(sql, values).then(
    () => undefined,
    (e: { code?: string; position?: string }) => ({ code: e.code, position: e.position }),
  );

beforeAll(async () => {
  c = client();
  await c.query("CREATE TYPE m31_mood AS ENUM ('sad', 'ok', 'happy')");
  await c.query('CREATE DOMAIN m31_pos AS integer CHECK (VALUE > 0)');
  await c.query('CREATE TYPE m31_pair AS (a integer, b text)');
});

describe('the functions behind jsonb operators', () => {
  it('answer as their operators, untyped literals read as jsonb and text', async () => {
    expect(await rows(`SELECT jsonb_concat('{"a":1}', '{"b":2}')::text, jsonb_contains('{"a":1,"b":2}', '{"a":1}'), jsonb_contained('{"a":1}', '{"b":2}'), jsonb_exists('{"a":1}', 'a'), jsonb_exists_any('{"a":1}', ARRAY['x', 'a']), jsonb_exists_all('{"a":1}', ARRAY['x', 'a'])`)).toEqual([
      ['{"a": 1, "b": 2}', true, false, true, true, false],
    ]);
  });

  it('take the overload their arguments fit: a key, an index, a VARIADIC list of keys', async () => {
    expect(await rows(`SELECT jsonb_delete('{"a":1,"b":2}', 'a')::text, jsonb_delete('[1,2,3]'::jsonb, 1)::text, jsonb_delete('{"a":1,"b":2,"c":3}'::jsonb, VARIADIC ARRAY['a', 'c'])::text, jsonb_delete_path('{"a":{"b":1,"c":2}}', '{a,b}')::text`)).toEqual([
      ['{"b": 2}', '[1, 3]', '{"b": 2}', '{"a": {"c": 2}}'],
    ]);
    expect(await rows(`SELECT jsonb_object_field_text('{"a":"v"}', 'a'), jsonb_array_element('[10,20]', 1)::text, json_object_field('{"a":1}', 'a')::text, jsonb_lt('1', '2'), jsonb_ge('"a"', '"b"')`)).toEqual([['v', '20', '1', true, false]]);
  });

  it('read a parameter as their signature types it, and refuse arguments no signature takes', async () => {
    expect(await rows(`SELECT jsonb_concat('{"a":1}'::jsonb, $1)::text`, ['{"z":9}'])).toEqual([['{"a": 1, "z": 9}']]);
    expect(await failure('SELECT jsonb_concat(1, 2)')).toEqual({ code: '42883', position: '8' });
    expect((await failure(`SELECT jsonb_delete('"scalar"', 'a')`))?.code).toBe('22023');
  });
});

describe('user types named without a catalog read', () => {
  it('format_type and a regtype print the type, its array as name[]', async () => {
    expect(await rows("SELECT format_type('m31_mood'::regtype, NULL), format_type('m31_pos'::regtype, -1), format_type('m31_pair'::regtype, NULL), format_type('_m31_mood'::regtype, NULL), '_m31_mood'::regtype::text")).toEqual([
      ['m31_mood', 'm31_pos', 'm31_pair', 'm31_mood[]', 'm31_mood[]'],
    ]);
    expect(await rows('SELECT $1::regtype::text, format_type($1::regtype, NULL)', ['m31_mood'])).toEqual([['m31_mood', 'm31_mood']]);
  });

  it("points regtypein's 42704 at the literal", async () => {
    expect(await failure("SELECT 'm31_nosuch'::regtype")).toEqual({ code: '42704', position: '8' });
  });
});

describe('INSERT … SELECT of a set operation', () => {
  beforeAll(async () => {
    await c.query('CREATE TABLE m31_conv (id int, m money, b bit(4), vb varbit(3), v varchar(3), c char(2))');
  });

  it('converts numbers into money as assignment does', async () => {
    await c.query('INSERT INTO m31_conv (id, m) SELECT 1, 5 UNION SELECT 2, 2.25');
    expect(await rows('SELECT id, m::text FROM m31_conv WHERE m IS NOT NULL ORDER BY id')).toEqual([
      [1, '$5.00'],
      [2, '$2.25'],
    ]);
  });

  it('checks lengths: 22001 for a long text, 22026 for a bit string of another length', async () => {
    expect((await failure("INSERT INTO m31_conv (id, v) SELECT 10, 'abcd' UNION SELECT 11, 'ab'"))?.code).toBe('22001');
    expect((await failure("INSERT INTO m31_conv (id, c) SELECT 12, 'abc' EXCEPT SELECT 13, 'zz'"))?.code).toBe('22001');
    expect((await failure("INSERT INTO m31_conv (id, b) SELECT 14, B'101' UNION SELECT 15, B'0001'"))?.code).toBe('22026');
    expect((await failure("INSERT INTO m31_conv (id, vb) SELECT 16, B'1111' UNION ALL SELECT 17, B'1'"))?.code).toBe('22001');
    expect((await failure("INSERT INTO m31_conv (id, v) SELECT 18, $1 UNION SELECT 19, 'x'", ['abcd']))?.code).toBe('22001');
    expect(await rows('SELECT count(*)::int FROM m31_conv WHERE id >= 10')).toEqual([[0]]);
  });

  it('refuses a text for a bit or money column (42804 at the leftmost member) and trims a padded fit', async () => {
    expect(await failure("INSERT INTO m31_conv (id, b) SELECT 20, '1100' UNION SELECT 21, '0011'")).toEqual({ code: '42804', position: '41' });
    await c.query("INSERT INTO m31_conv (id, v) SELECT 22, 'abc   ' UNION SELECT 23, 'x'");
    expect(await rows('SELECT id, v FROM m31_conv WHERE id IN (22, 23) ORDER BY id')).toEqual([
      [22, 'abc'],
      [23, 'x'],
    ]);
  });
});

describe('±Infinity and NaN of float arrays', () => {
  it('sort as float8 sorts when unnested or subscripted', async () => {
    expect(await rows("SELECT x::text AS shown FROM unnest('{NaN,Infinity,-Infinity,0,-1}'::float8[]) AS x ORDER BY x")).toEqual([['-Infinity'], ['-1'], ['0'], ['Infinity'], ['NaN']]);
    expect(await rows("SELECT ('{-Infinity,1}'::float8[])[1] < 0, ('{Infinity}'::real[])[1] > 1e30")).toEqual([[true, true]]);
  });

  it('group with the same values written as untyped literals in a set operation', async () => {
    expect(await rows("SELECT f::text, count(*)::int FROM (SELECT '-Infinity'::float8 AS f UNION ALL SELECT '-Infinity' UNION ALL SELECT 'NaN') s GROUP BY f ORDER BY f")).toEqual([
      ['-Infinity', 2],
      ['NaN', 1],
    ]);
  });
});

describe('enum column defaults', () => {
  it('refuse a value of another type (42804) and a text that is no label (22P02 at the literal)', async () => {
    expect((await failure('CREATE TABLE m31_bad (id int, lv m31_mood DEFAULT 5)'))?.code).toBe('42804');
    expect((await failure("CREATE TABLE m31_bad (id int, lv m31_mood DEFAULT 'ok'::text)"))?.code).toBe('42804');
    expect(await failure("CREATE TABLE m31_bad (id int, lv m31_mood DEFAULT 'nope')")).toEqual({ code: '22P02', position: '51' });
    await c.query("CREATE TABLE m31_ok (id int, lv m31_mood DEFAULT 'ok'::m31_mood)");
    expect((await failure('ALTER TABLE m31_ok ALTER COLUMN lv SET DEFAULT 7'))?.code).toBe('42804');
    expect((await failure('ALTER TABLE m31_ok ADD COLUMN lv2 m31_mood DEFAULT 1'))?.code).toBe('42804');
  });

  it("take a label of another schema's enum, and LIKE copies it", async () => {
    await c.query("CREATE SCHEMA m31_jobs; CREATE TYPE m31_jobs.state AS ENUM ('created', 'active')");
    await c.query("CREATE TABLE m31_jobs.job (id int, state m31_jobs.state NOT NULL DEFAULT 'created')");
    await c.query('CREATE TABLE m31_jobs.job_copy (LIKE m31_jobs.job INCLUDING DEFAULTS)');
    expect(await rows('INSERT INTO m31_jobs.job_copy (id) VALUES (1) RETURNING state::text')).toEqual([['created']]);
    expect((await failure("CREATE TABLE m31_jobs.bad (s m31_jobs.state DEFAULT 'ok'::m31_mood)"))?.code).toBe('42804');
  });
});

describe('LIKE of a domain column', () => {
  it("keeps the domain: its default and its check apply to the copy", async () => {
    await c.query("CREATE DOMAIN m31_level AS m31_mood DEFAULT 'happy'");
    await c.query('CREATE TABLE m31_dom (id int, lv m31_level, n m31_pos)');
    await c.query('CREATE TABLE m31_dom_copy (LIKE m31_dom)');
    expect(await rows('INSERT INTO m31_dom_copy (id) VALUES (1) RETURNING lv::text')).toEqual([['happy']]);
    expect((await failure('INSERT INTO m31_dom_copy (id, n) VALUES (2, -1)'))?.code).toBe('23514');
    expect(await rows("SELECT column_name, domain_name FROM information_schema.columns WHERE table_name = 'm31_dom_copy' ORDER BY ordinal_position")).toEqual([
      ['id', null],
      ['lv', 'm31_level'],
      ['n', 'm31_pos'],
    ]);
  });
});
