/**
 * The twenty-seventh session's silent differences (test/corpus/46-wrong27.sql), through a real
 * server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const text = async (sql: string, values?: unknown[]) => (await client().query({ text: sql, values, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;
const typeOids = async (sql: string, values?: unknown[]) => (await client().query({ text: sql, values, rowMode: 'array' })).fields.map((f) => f.dataTypeID);

describe('a scalar function in FROM', () => {
  it('prints a numeric with the display scale it has in a select list', async () => {
    expect(await text('SELECT * FROM abs(-2.50)')).toEqual([['2.50']]);
    expect(await text('SELECT x, x + 1 FROM abs(-2.50) x')).toEqual([['2.50', '3.50']]);
    expect(await text('SELECT * FROM round($1::numeric, 2)', ['2.567'])).toEqual([['2.57']]);
  });

  it('has the type of the call, which its column reports; an aggregate there is 42803, not one row', async () => {
    expect(await text('SELECT pg_typeof(x)::text FROM now() x')).toEqual([['timestamp with time zone']]);
    expect(await text('SELECT pg_typeof(x)::text FROM abs(-2.50) AS x')).toEqual([['numeric']]);
    await expect(client().query('SELECT * FROM sum(1)')).rejects.toMatchObject({ code: '42803', position: '15' });
    await expect(client().query('SELECT * FROM abs(sum(1))')).rejects.toMatchObject({ code: '42803', position: '19' });
    expect(await typeOids(`SELECT * FROM make_date(2024, 2, 29), date_trunc('month', timestamp '2024-05-17 10:11:12'), current_schema()`)).toEqual([1082, 1114, 19]);
  });
});

describe('a text cast to an array type', () => {
  it('is read by array_in, which refuses the JSON form arrays are stored in', async () => {
    const code = async (sql: string, values?: unknown[]) => client().query(sql, values).then(() => 'no error', (e: { code?: string }) => e.code);
    expect(await code(`SELECT t::int[] FROM (SELECT '[1, 2]'::text AS t) s`)).toBe('22P02');
    expect(await code(`SELECT ('[1, 2]'::jsonb)::text::int[]`)).toBe('22P02');
    expect(await code('SELECT $1::text::int[]', ['[7,8]'])).toBe('22P02');
    expect(await text(`SELECT t::int[], (t || '')::text[] FROM (SELECT '{1,2}'::text AS t) s`)).toEqual([['{1,2}', '{1,2}']]);
  });
});

describe('JSON and text made of unconstrained numerics', () => {
  it('keep the scales in a grouped query\'s aggregates, a CTE, a FROM subquery and a printed scalar subquery', async () => {
    await client().query('CREATE TABLE w27n (id int, g text, v numeric)');
    await client().query(`INSERT INTO w27n VALUES (1, 'a', 1.50), (2, 'a', 2.25), (3, NULL, 3.000)`);
    expect(await text(`SELECT g, json_agg(json_build_object('v', v) ORDER BY id), jsonb_object_agg(id, v ORDER BY id) FROM w27n GROUP BY g ORDER BY g`)).toEqual([
      ['a', '[{"v" : 1.50}, {"v" : 2.25}]', '{"1": 1.50, "2": 2.25}'],
      [null, '[{"v" : 3.000}]', '{"3": 3.000}'],
    ]);
    expect(await text(`WITH c AS (SELECT id, jsonb_build_object('v', v) AS j, v || '' AS t FROM w27n) SELECT j, t FROM c ORDER BY id`)).toEqual([
      ['{"v": 1.50}', '1.50'],
      ['{"v": 2.25}', '2.25'],
      ['{"v": 3.000}', '3.000'],
    ]);
    expect(await text(`SELECT t FROM (SELECT v || '' AS t FROM w27n) s WHERE t = '1.50'`)).toEqual([['1.50']]);
    expect(await text(`SELECT * FROM (SELECT v || '' AS t FROM w27n WHERE id = 1 UNION ALL SELECT v || '!' FROM w27n WHERE id = 3) s ORDER BY t`)).toEqual([['1.50'], ['3.000!']]);
    expect(await text(`SELECT j FROM (SELECT jsonb_build_object('v', v) AS j FROM w27n) s WHERE j = '{"v": 1.5}'`)).toEqual([['{"v": 1.50}']]);
    expect(await text(`SELECT (SELECT jsonb_build_object('v', v) FROM w27n WHERE id = 1), (SELECT v || '' FROM w27n WHERE id = 3)`)).toEqual([['{"v": 1.50}', '3.000']]);
    expect(await text(`SELECT id FROM w27n WHERE jsonb_build_object('v', v) IN (SELECT jsonb_build_object('v', v) FROM w27n WHERE id = 1)`)).toEqual([['1']]);
  });
});

describe('to_timestamp with a format', () => {
  it('refuses a time past what a timestamptz holds (22008), as it answered a year 4649729', async () => {
    await expect(client().query(`SELECT to_timestamp('1700000000', 'J')`)).rejects.toMatchObject({ code: '22008' });
    expect(await text(`SELECT to_timestamp('2460000', 'J')::date::text`)).toEqual([['2023-02-24']]);
  });
});

describe('a view\'s and CREATE TABLE AS\'s JSON of unconstrained numerics', () => {
  it('keeps their scales, as the rows PostgreSQL keeps do', async () => {
    await client().query('CREATE TABLE w27v (id int, v numeric)');
    await client().query('INSERT INTO w27v VALUES (1, 1.50), (3, 3.000)');
    await client().query(`CREATE VIEW w27vv AS SELECT id, jsonb_build_object('v', v) AS j, v || '!' AS t FROM w27v`);
    await client().query(`CREATE TABLE w27vc AS SELECT id, jsonb_build_object('v', v) AS j FROM w27v`);
    expect(await text('SELECT j, t FROM w27vv ORDER BY id')).toEqual([['{"v": 1.50}', '1.50!'], ['{"v": 3.000}', '3.000!']]);
    expect(await text('SELECT j FROM w27vc ORDER BY id')).toEqual([['{"v": 1.50}'], ['{"v": 3.000}']]);
  });
});
