/**
 * The thirty-fourth session's silent differences in analytic SQL (test/corpus/53-wrong34.sql),
 * through a real server and the `pg` driver: each answer here is PostgreSQL 15's, where evsql
 * answered another value, never answered, or refused a form PostgreSQL reads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const text = async (sql: string) => (await client().query({ text: sql, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;
const failure = async (sql: string) => client().query(sql).then(() => undefined, (e: { code?: string; message?: string; position?: string }) => ({ code: e.code, message: e.message, position: e.position }));

afterAll(async () => {
  await client().query('DROP TABLE IF EXISTS w34edge, w34arr, w34x, w34n, w34r, w34b');
});

describe('x = ANY (an array column named as one of json_tree\'s columns)', () => {
  it('finds the element, so a recursive CTE that stops at a cycle by its path ends', async () => {
    await client().query('CREATE TABLE w34edge (a int, b int)');
    await client().query('INSERT INTO w34edge VALUES (1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4)');
    const paths = await text(`WITH RECURSIVE r(n, path) AS (SELECT 1, ARRAY[1] UNION ALL SELECT b, path || b FROM w34edge JOIN r ON a = n WHERE NOT b = ANY(path))
      SELECT n, path FROM r ORDER BY path`);
    expect(paths).toEqual([['1', '{1}'], ['2', '{1,2}'], ['3', '{1,2,3}'], ['4', '{1,2,3,4}'], ['5', '{1,2,3,4,5}']]);
  });

  it('reads each such name (value, id, key, json, type) as the caller\'s column, in every comparison form', async () => {
    await client().query('CREATE TABLE w34arr (value int[], id int[], key text[], json int[], type text[])');
    await client().query(`INSERT INTO w34arr VALUES ('{1,2}', '{3}', '{ab,cd}', '{7,NULL}', '{x}')`);
    expect(await text(`SELECT 2 = ANY(value), 3 <> ALL(id), 'cd' LIKE ANY(key), 'cd' = ANY(key), 8 = ANY(json), 'x' = ANY(type) FROM w34arr`)).toEqual([['t', 'f', 't', 't', null, 't']]);
  });
});

describe('an untyped literal in a set operation', () => {
  it('is read as the integer beside it, so it sorts and compares as a number', async () => {
    expect(await text(`SELECT 10 UNION ALL SELECT '9' ORDER BY 1`)).toEqual([['9'], ['10']]);
    expect(await text(`SELECT 2 UNION SELECT '02'`)).toEqual([['2']]);
    expect(await text(`SELECT true UNION SELECT 't'`)).toEqual([['t']]);
  });

  it('in the left member takes a typed constant\'s type from the right, and keeps its column name', async () => {
    const r = await client().query(`SELECT '9' UNION ALL SELECT 10 ORDER BY 1`);
    expect(r.fields.map((f) => [f.name, f.dataTypeID])).toEqual([['?column?', 23]]);
    expect(r.rows.map((x) => x['?column?'])).toEqual([9, 10]);
    expect(await failure(`SELECT 'a' UNION SELECT 2`)).toMatchObject({ code: '22P02', message: 'invalid input syntax for type integer: "a"' });
  });

  it('in a left member of literals takes the type of a column of the right one', async () => {
    await client().query('CREATE TABLE w34n (i int)');
    await client().query('INSERT INTO w34n VALUES (1), (5), (10)');
    const r = await client().query({ text: `SELECT '5' UNION SELECT i FROM w34n ORDER BY 1`, rowMode: 'array' });
    expect(r.fields.map((f) => f.dataTypeID)).toEqual([23]);
    expect(r.rows).toEqual([[1], [5], [10]]);
    expect(await text(`SELECT 'total', NULL UNION ALL SELECT 'n', i FROM w34n ORDER BY 2 NULLS FIRST`)).toEqual([['total', null], ['n', '1'], ['n', '5'], ['n', '10']]);
    // So does a derived table's or a CTE's column, as the query around it reads it.
    expect(await text(`SELECT pg_typeof(x), x FROM (SELECT '10' AS x UNION ALL SELECT i FROM w34n) t ORDER BY x`)).toEqual([['integer', '1'], ['integer', '5'], ['integer', '10'], ['integer', '10']]);
    expect(await text(`WITH c AS (SELECT 'a' AS k, '1' AS v UNION ALL SELECT 'b', i FROM w34n) SELECT k, v + 1 FROM c ORDER BY k, 2`)).toEqual([['a', '2'], ['b', '2'], ['b', '6'], ['b', '11']]);
  });
});

describe('ORDER BY … USING', () => {
  it('sorts by < ascending and by > descending with NULLs first, in a query, a window and an aggregate', async () => {
    await client().query('CREATE TABLE w34x (x int)');
    await client().query('INSERT INTO w34x VALUES (1), (2), (3), (NULL)');
    expect(await text('SELECT x FROM w34x ORDER BY x USING >')).toEqual([[null], ['3'], ['2'], ['1']]);
    expect(await text('SELECT x FROM w34x ORDER BY x USING OPERATOR(pg_catalog.<)')).toEqual([['1'], ['2'], ['3'], [null]]);
    expect(await text('SELECT x, row_number() OVER (ORDER BY x USING >) FROM w34x ORDER BY x')).toEqual([['1', '4'], ['2', '3'], ['3', '2'], [null, '1']]);
    expect(await text(`SELECT string_agg(x::text, ',' ORDER BY x USING >), array_agg(x ORDER BY x USING >) FROM w34x`)).toEqual([['3,2,1', '{NULL,3,2,1}']]);
  });

  it('orders an ordered-set aggregate\'s input as written (it was read ascending)', async () => {
    expect(await text('SELECT percentile_disc(0.2) WITHIN GROUP (ORDER BY x USING >), rank(2) WITHIN GROUP (ORDER BY x USING >) FROM w34x')).toEqual([['3', '3']]);
  });

  it('refuses another operator rather than sorting by < (0A000)', async () => {
    expect((await failure('SELECT x FROM w34x ORDER BY x USING ~<~'))?.code).toBe('0A000');
  });
});

describe('aggregates over windows', () => {
  it('refuses an ORDER BY inside an aggregate over a window as PostgreSQL does, at the call', async () => {
    expect(await failure(`SELECT string_agg(x::text, ',' ORDER BY x) OVER () FROM w34x`)).toEqual({ code: '0A000', message: 'aggregate ORDER BY is not implemented for window functions', position: '8' });
  });

  it('answers nth_value(x, NULL) with NULL on each row', async () => {
    expect(await text('SELECT x, nth_value(x, NULL) OVER (ORDER BY x) FROM w34x ORDER BY x')).toEqual([['1', null], ['2', null], ['3', null], [null, null]]);
  });

  it('takes an ORDER BY inside an aggregate whose answer it cannot change', async () => {
    expect(await text('SELECT sum(x ORDER BY x DESC), count(x ORDER BY x), max(x ORDER BY x) FROM w34x')).toEqual([['6', '3', '3']]);
  });
});

describe('DISTINCT ON beside window functions', () => {
  it('keeps each group\'s first row by the windows\' values, computed over all rows first', async () => {
    await client().query('CREATE TABLE w34r (id int, g text, a numeric)');
    await client().query(`INSERT INTO w34r VALUES (1, 'x', 5), (2, 'x', 3), (3, 'y', 7), (4, NULL, 1), (5, 'y', 2)`);
    expect(await text('SELECT DISTINCT ON (g) g, rank() OVER (ORDER BY a) FROM w34r ORDER BY g, 2')).toEqual([['x', '3'], ['y', '2'], [null, '1']]);
    expect(await text('SELECT DISTINCT ON (g) g, row_number() OVER w AS rn FROM w34r WINDOW w AS (ORDER BY id DESC) ORDER BY g DESC, rn')).toEqual([[null, '2'], ['y', '1'], ['x', '4']]);
    expect(await text('SELECT DISTINCT ON (rank() OVER (ORDER BY a) % 2) id, a FROM w34r ORDER BY rank() OVER (ORDER BY a) % 2, a DESC')).toEqual([['1', '5'], ['3', '7']]);
  });
});

describe('string_agg of bytea', () => {
  it('reads an untyped separator as a bytea\'s input, not as the bytes of its text', async () => {
    await client().query('CREATE TABLE w34b (id int, b bytea)');
    await client().query(`INSERT INTO w34b VALUES (1, '\\x01'), (2, '\\x0203'), (3, NULL)`);
    expect(await text(`SELECT string_agg(b, '\\x00' ORDER BY id), string_agg(b, ',' ORDER BY id DESC), string_agg(b, 'ab\\\\c' ORDER BY id) FROM w34b`)).toEqual([['\\x01000203', '\\x02032c01', '\\x0161625c630203']]);
  });
});
