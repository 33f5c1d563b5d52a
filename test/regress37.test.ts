/**
 * What running PostgreSQL 15.18's own regression files (src/test/regress/sql) against evsql found
 * (the thirty-seventh session), on a real server through the `pg` driver; each expected value is
 * PostgreSQL 15's answer to the same statement.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

describe('PL/pgSQL parameters by position', () => {
  it('reads an unnamed parameter as $n, and a named one by either name', async () => {
    await client().query("CREATE FUNCTION r37_vol(text) RETURNS text AS 'begin return $1; end' LANGUAGE plpgsql VOLATILE");
    expect(await rows("SELECT r37_vol('bar'), r37_vol(NULL)")).toEqual([['bar', null]]);
    await client().query('CREATE FUNCTION r37_add(a int, int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN $1 + $2 + a; END $$');
    expect(await rows('SELECT r37_add(1, 2)')).toEqual([[4]]);
    await client().query('CREATE FUNCTION r37_strict(int, text) RETURNS text LANGUAGE plpgsql STRICT AS $$ DECLARE x text; BEGIN x := $2 || $1; RETURN x; END $$');
    expect(await rows("SELECT r37_strict(1, 'a'), r37_strict(NULL, 'a')")).toEqual([['a1', null]]);
    await client().query("CREATE FUNCTION r37_exec(int) RETURNS int LANGUAGE plpgsql AS $$ DECLARE r int; BEGIN EXECUTE 'SELECT $1 * 2' INTO r USING $1; RETURN r; END $$");
    expect(await rows('SELECT r37_exec(21)')).toEqual([[42]]);
  });

  it('fails a call naming a parameter the function lacks with 42P02', async () => {
    await client().query('CREATE FUNCTION r37_bad(int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN $2; END $$');
    expect(await failure('SELECT r37_bad(1)')).toMatchObject({ code: '42P02', message: 'there is no parameter $2' });
  });
});

describe('to_char of numbers in fill mode', () => {
  it('drops a 9 position’s trailing zero past the last 0 position and the last nonzero digit', async () => {
    expect(await rows("SELECT to_char(83028485, 'FM9999999999999999.099999999999999'), to_char(0, 'FM9999999999999999.099999999999999'), to_char(4.31, 'FM9999999999990999.990999999999999')")).toEqual([['83028485.0', '.0', '0004.310']]);
    expect(await rows("SELECT to_char(12, 'FM00.09'), to_char(1.5, 'FM999.99'), to_char(1.05, 'FM9.99'), to_char(10, 'FM999.99'), to_char(1.25, 'FM9999.099')")).toEqual([['12.0', '1.5', '1.05', '10.', '1.25']]);
  });
});

describe('the name type', () => {
  it('keeps the first 63 bytes of a longer value, whole characters only, in a cast and in a column', async () => {
    expect(await rows("SELECT length(repeat('a', 70)::name), repeat('é', 40)::name = repeat('é', 31)")).toEqual([[63, true]]);
    await client().query('CREATE TABLE r37_names (n name)');
    await client().query("INSERT INTO r37_names VALUES (repeat('c', 80))");
    expect(await rows('SELECT length(n) FROM r37_names')).toEqual([[63]]);
  });
});

describe('numeric NaN and infinities in functions', () => {
  it('raises PostgreSQL’s errors where double arithmetic would answer NaN or an infinity', async () => {
    for (const [sql, code] of [
      ["SELECT 'inf'::numeric % 0", '22012'],
      ["SELECT div('-inf'::numeric, 0)", '22012'],
      ["SELECT sqrt('-inf'::numeric)", '2201F'],
      ["SELECT ln('-inf'::numeric)", '2201E'],
      ["SELECT log('inf'::numeric, 0)", '2201E'],
      ["SELECT log(10::numeric, '-inf')", '2201E'],
      ["SELECT power(0::numeric, '-inf')", '2201F'],
      ["SELECT power('-inf'::numeric, 4.5)", '2201F'],
    ]) expect((await failure(sql!))?.code, sql).toBe(code);
  });

  it('answers POSIX pow’s values, and powers with huge integral exponents', async () => {
    expect(await rows("SELECT power(-1::numeric, 'inf')::text, power(0.5::numeric, '-inf')::text, power(2::numeric, '-inf')::text, power('-inf'::numeric, 3)::text, power('nan'::numeric, 0)::text, power(float8 '-1', float8 '-inf')")).toEqual([['1', 'Infinity', '0', '-Infinity', '1', 1]]);
    expect(await rows("SELECT log('inf'::numeric, 10)::text, log(10::numeric, 'inf')::text, ('inf'::numeric % 3)::text, (3::numeric % 'inf')::text")).toEqual([['0', 'Infinity', 'NaN', '3']]);
    expect(await rows('SELECT (1.000000000123 ^ (-2147483648))::text, ((-1.0) ^ 2147483647)::text, (10.0 ^ -2147483648)::text')).toEqual([['0.7678656556403084', '-1.0000000000000000', '0.0000000000000000']]);
  });
});

describe('format() with VARIADIC', () => {
  it('spreads any array expression’s elements as the arguments, none for a NULL array', async () => {
    expect(await rows("SELECT format('%s, %s', VARIADIC array[true, false]::text[]), format('%s|%s', VARIADIC array[true, false]), format('Hello', VARIADIC NULL::int[]), format('%2$s %1$s', VARIADIC '{x,y}'::text[])")).toEqual([['true, false', 't|f', 'Hello', 'y x']]);
    expect(await rows("SELECT format(string_agg('%s', ','), VARIADIC array_agg(i)) FROM generate_series(1, 5) g(i)")).toEqual([['1,2,3,4,5']]);
    expect(await rows("SELECT format('%s|%s|%s|%s', VARIADIC '{{1,2},{3,NULL}}'::int[])")).toEqual([['1|2|3|']]);
  });

  it('takes the array only right after the format (42883 otherwise)', async () => {
    expect((await failure("SELECT format('%s %s', 'a', VARIADIC array['b'])"))?.code).toBe('42883');
  });
});

describe('a bool[] cast to text[]', () => {
  it('casts each element as a boolean casts to text', async () => {
    expect(await rows('SELECT array[true, false, NULL]::text[]::text, (array[[true], [false]]::varchar[])[2][1]')).toEqual([['{true,false,NULL}', 'false']]);
  });
});

describe('checks PostgreSQL makes at CREATE and MERGE', () => {
  it('refuses an identity column of a type other than smallint, integer or bigint (22023)', async () => {
    expect((await failure('CREATE TABLE r37_ident (a text GENERATED BY DEFAULT AS IDENTITY)'))?.code).toBe('22023');
    expect((await failure('CREATE TABLE r37_ident (a int[] GENERATED ALWAYS AS IDENTITY)'))?.code).toBe('22023');
    expect(await failure('CREATE TABLE r37_ident (a bigint GENERATED BY DEFAULT AS IDENTITY)')).toBeUndefined();
  });

  it('refuses WITH RECURSIVE before MERGE (42601), and writes nothing', async () => {
    await client().query('CREATE TABLE r37_m (k int PRIMARY KEY, v text)');
    expect((await failure("WITH RECURSIVE c AS (SELECT 1 a) MERGE INTO r37_m USING (SELECT 0 k, 'v' v) o ON r37_m.k = o.k WHEN NOT MATCHED THEN INSERT VALUES (o.k, o.v)"))?.code).toBe('42601');
    expect(await rows('SELECT count(*)::int FROM r37_m')).toEqual([[0]]);
  });
});

describe('IN of a subquery of floats beside numerics', () => {
  it('compares as float8, as = does', async () => {
    await client().query('CREATE TABLE r37_nums (n numeric)');
    await client().query('CREATE TABLE r37_floats (f float8)');
    await client().query('INSERT INTO r37_nums VALUES (1), (1.000000000000000000001), (2), (3.5)');
    await client().query('INSERT INTO r37_floats VALUES (1), (2)');
    expect(await rows('SELECT n::text FROM r37_nums WHERE n IN (SELECT f FROM r37_floats) ORDER BY n')).toEqual([['1'], ['1.000000000000000000001'], ['2']]);
    expect(await rows('SELECT n::text FROM r37_nums WHERE n NOT IN (SELECT f FROM r37_floats) ORDER BY n')).toEqual([['3.5']]);
    expect(await rows('SELECT f FROM r37_floats WHERE f IN (SELECT n FROM r37_nums) ORDER BY f')).toEqual([[1], [2]]);
  });
});

describe('SELECT * over a USING or NATURAL join of subqueries and aliased tables', () => {
  it('lists the merged column first, then each side’s others, under their aliases', async () => {
    await client().query('CREATE TABLE r37_j1 (i int, j int, t text)');
    await client().query('CREATE TABLE r37_j3 (x int, j int)');
    await client().query("INSERT INTO r37_j1 VALUES (1, 4, 'one')");
    await client().query('INSERT INTO r37_j3 VALUES (7, 4)');
    const shape = async (sql: string) => {
      const r = await client().query({ text: sql, rowMode: 'array' });
      return [r.fields.map((f) => f.name), r.rows];
    };
    expect(await shape('SELECT * FROM (SELECT i AS a, j AS b, t FROM r37_j1) t1 JOIN (SELECT x AS y, j AS b FROM r37_j3) t3 USING (b)')).toEqual([['b', 'a', 't', 'y'], [[4, 1, 'one', 7]]]);
    expect(await shape('SELECT * FROM r37_j1 t1 (a, j) JOIN r37_j3 t3 USING (j)')).toEqual([['j', 'a', 't', 'x'], [[4, 1, 'one', 7]]]);
    expect(await shape('SELECT * FROM r37_j1 t1 NATURAL JOIN (SELECT j, x AS y FROM r37_j3) s')).toEqual([['j', 'i', 't', 'y'], [[4, 1, 'one', 7]]]);
  });
});

describe('jsonb subscripted assignment', () => {
  it('sets array positions and nested paths, making the missing levels as PostgreSQL 14+ does', async () => {
    await client().query('CREATE TABLE r37_js (id int, doc jsonb)');
    await client().query("INSERT INTO r37_js VALUES (1, '[]'), (2, NULL), (3, '{}'), (4, '[1,2,3]')");
    await client().query("UPDATE r37_js SET doc[5] = '1' WHERE id = 1");
    await client().query("UPDATE r37_js SET doc['a'][2]['b'] = '\"x\"' WHERE id = 2");
    await client().query("UPDATE r37_js SET doc['a'][0]['b'][0]['c'] = '1' WHERE id = 3");
    await client().query("UPDATE r37_js SET doc[-1] = '{\"z\": true}' WHERE id = 4");
    expect(await rows('SELECT doc::text FROM r37_js ORDER BY id')).toEqual([
      ['[null, null, null, null, null, 1]'],
      ['{"a": [null, null, {"b": "x"}]}'],
      ['{"a": [{"b": [{"c": 1}]}]}'],
      ['[1, 2, {"z": true}]'],
    ]);
  });

  it('refuses a scalar on the path and a negative index past the start (22023), a NULL key (22004)', async () => {
    expect((await failure("UPDATE r37_js SET doc[0][1] = '1' WHERE id = 4"))?.code).toBe('22023');
    expect((await failure("UPDATE r37_js SET doc[-10] = '1' WHERE id = 4"))?.code).toBe('22023');
    expect((await failure("UPDATE r37_js SET doc[NULL] = '1' WHERE id = 4"))?.code).toBe('22004');
    expect((await failure("UPDATE r37_js SET doc[1.5] = '1' WHERE id = 4"))?.code).toBe('42804');
  });
});

describe('an index on a composite field', () => {
  it('is refused with 0A000 over stored rows, not a leaked XX000', async () => {
    await client().query('CREATE TYPE r37_pt AS (x int, y int)');
    await client().query('CREATE TABLE r37_pts (id int, p r37_pt)');
    await client().query("INSERT INTO r37_pts VALUES (1, '(1,2)')");
    expect((await failure('CREATE INDEX r37_pts_px ON r37_pts (((p).x))'))?.code).toBe('0A000');
    expect(await rows('SELECT (p).x FROM r37_pts')).toEqual([[1]]);
  });
});
