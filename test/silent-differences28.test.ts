/**
 * The twenty-eighth session's silent differences (test/corpus/47-wrong28.sql), through a real
 * server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const text = async (sql: string, values?: unknown[]) => (await client().query({ text: sql, values, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

beforeAll(async () => {
  await client().query('CREATE TABLE w28n (id int PRIMARY KEY, v numeric)');
  await client().query('INSERT INTO w28n VALUES (1, 10.50), (2, 0.0), (3, 15.50)');
});
afterAll(async () => {
  await client().query('DROP TABLE w28n');
});

describe('lag and lead with a parameter as the default', () => {
  it('print a stored column\'s values and the parameter each with its own scale', async () => {
    const rows = [['1', '0.0'], ['2', '15.50'], ['3', '9.990']];
    expect(await text('SELECT id, lead(v, 1, $1::numeric) OVER (ORDER BY id) FROM w28n ORDER BY id', ['9.990'])).toEqual(rows);
    expect(await text('SELECT id, lead(v, $1, $2::numeric) OVER (ORDER BY id) FROM w28n ORDER BY id', [1, '9.990'])).toEqual(rows);
    expect(await text('SELECT id, lag(v, 1, $1) OVER (ORDER BY id) FROM w28n ORDER BY id', ['9.990'])).toEqual([['1', '9.990'], ['2', '10.50'], ['3', '0.0']]);
  });
});

describe('a printed set operation', () => {
  it('writes the numerics of its text columns with their scales, which UNION and EXCEPT compare', async () => {
    expect(await text(`SELECT v || '' AS t FROM w28n UNION ALL SELECT '7.0' ORDER BY t`)).toEqual([['0.0'], ['10.50'], ['15.50'], ['7.0']]);
    expect(await text(`SELECT v || '' AS t FROM w28n UNION SELECT '0.0' ORDER BY t`)).toEqual([['0.0'], ['10.50'], ['15.50']]);
    expect(await text(`SELECT v || '' AS t FROM w28n EXCEPT SELECT '10.50' ORDER BY t`)).toEqual([['0.0'], ['15.50']]);
    expect(await text(`SELECT format('%s', v) AS t FROM w28n WHERE id = 1 UNION ALL SELECT 'a' ORDER BY t`)).toEqual([['10.50'], ['a']]);
  });
});

describe('a numeric[] parameter taken apart', () => {
  it('keeps its elements\' scales in array_append, || and array_to_string', async () => {
    expect(await text(`SELECT array_append($1::numeric[], 3.000), $1::numeric[] || 2.0, array_to_string($1::numeric[], ',')`, ['{1.50,2.0}'])).toEqual([['{1.50,2.0,3.000}', '{1.50,2.0,2.0}', '1.50,2.0']]);
  });

  it('keeps them through unnest in FROM, and into the rows an INSERT … SELECT writes', async () => {
    expect(await text('SELECT x FROM unnest($1::numeric[]) x ORDER BY x NULLS LAST', ['{1.50,2.0,NULL}'])).toEqual([['1.50'], ['2.0'], [null]]);
    expect(await text('SELECT x * 2, n FROM unnest(ARRAY[1.50, 2.0]) WITH ORDINALITY AS u(x, n) ORDER BY n')).toEqual([['3.00', '1'], ['4.0', '2']]);
    await client().query('CREATE TABLE w28bulk (id int PRIMARY KEY, amt numeric, p numeric(8,2))');
    try {
      await client().query('INSERT INTO w28bulk (id, amt, p) SELECT a, b, b FROM unnest($1::int[], $2::numeric[]) AS u(a, b)', ['{1,2}', '{1.50,2.0}']);
      await client().query('INSERT INTO w28bulk (id, amt) SELECT * FROM unnest($1::int[], $2::numeric[])', ['{3,4}', '{3.50,4.000}']);
      await client().query('INSERT INTO w28bulk (id, amt) SELECT 4 + n, x FROM unnest($1::numeric[]) WITH ORDINALITY AS u(x, n)', ['{5.50}']);
      expect(await text('SELECT id, amt, p FROM w28bulk ORDER BY id')).toEqual([
        ['1', '1.50', '1.50'],
        ['2', '2.0', '2.00'],
        ['3', '3.50', null],
        ['4', '4.000', null],
        ['5', '5.50', null],
      ]);
    } finally {
      await client().query('DROP TABLE w28bulk');
    }
  });
});

describe('unnest WITH ORDINALITY', () => {
  it('numbers its rows with bigints, which arithmetic takes (it was 22003)', async () => {
    expect(await text('SELECT 4 + n, n * 2 FROM unnest(ARRAY[7, 8]) WITH ORDINALITY AS u(x, n) ORDER BY n')).toEqual([['5', '2'], ['6', '4']]);
  });
});

describe('numerics through a FROM function, a derived query and a scalar subquery', () => {
  it('keep the scale a parameter was sent with in a scalar function in FROM', async () => {
    expect(await text(`SELECT a, a * 2, a || '' FROM abs($1::numeric) a`, ['-4.50'])).toEqual([['4.50', '9.00', '4.50']]);
  });

  it('carry numeric_power\'s and the other math functions\' scales out of a derived query', async () => {
    expect(await text('SELECT * FROM (SELECT power(3.10, 2) p, sqrt(2.0) s, div(7.5, 2) d) s')).toEqual([['9.6100000000000000', '1.414213562373095', '3']]);
    expect(await text('WITH c AS (SELECT power(2.50, 3) p) SELECT p + 1 FROM c')).toEqual([['16.6250000000000000']]);
  });

  it('carry a numeric[]\'s element scales out of a derived query', async () => {
    expect(await text('SELECT * FROM (SELECT ARRAY[1.50, 2.0] a) s')).toEqual([['{1.50,2.0}']]);
    expect(await text('WITH c AS (SELECT array_append(ARRAY[1.50], 2.0) a) SELECT a, a[1] FROM c')).toEqual([['{1.50,2.0}', '1.50']]);
    expect(await text('SELECT * FROM (SELECT $1::numeric[] AS a) s', ['{1.50,2.0}'])).toEqual([['{1.50,2.0}']]);
  });

  it('write a scalar subquery\'s JSON and text with the scales wherever the subquery stands', async () => {
    expect(await text(`SELECT (SELECT jsonb_build_object('v', v) FROM w28n WHERE id = 1)::text || '!'`)).toEqual([['{"v": 10.50}!']]);
    expect(await text(`SELECT id FROM w28n WHERE (SELECT v || '' FROM w28n WHERE id = 1) = '10.50' ORDER BY id`)).toEqual([['1'], ['2'], ['3']]);
  });
});

describe('JSON built of array_agg of numerics', () => {
  it('writes their scales under GROUP BY', async () => {
    expect(await text(`SELECT jsonb_build_object('vs', array_agg(v ORDER BY id)) FROM w28n`)).toEqual([['{"vs": [10.50, 0.0, 15.50]}']]);
  });
});

describe('array_agg of numerics in a derived query', () => {
  it('carries its values\' scales out, and into a numeric[] column an INSERT … SELECT writes', async () => {
    expect(await text('WITH t AS (SELECT array_agg(v ORDER BY id) vs FROM w28n) SELECT vs, vs[1] FROM t')).toEqual([['{10.50,0.0,15.50}', '10.50']]);
    await client().query('CREATE TABLE w28arr (vs numeric[])');
    try {
      await client().query('INSERT INTO w28arr SELECT array_agg(v ORDER BY id) FROM w28n');
      expect(await text('SELECT vs FROM w28arr')).toEqual([['{10.50,0.0,15.50}']]);
    } finally {
      await client().query('DROP TABLE w28arr');
    }
  });
});
