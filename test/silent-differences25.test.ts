/**
 * The twenty-fifth session's silent differences (test/corpus/44-wrong25.sql), through a real
 * server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const code = async (text: string) => client().query(text).then(() => 'no error', (e: { code?: string }) => e.code);
const text = async (sql: string) => (await client().query({ text: sql, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

describe('LIKE of a pattern ending in its escape', () => {
  it('answers false where matching never reaches the escape with text left', async () => {
    expect(await text("SELECT 'abc' LIKE 'abc\\', 'abc' LIKE 'x\\', 'a' LIKE 'a#' ESCAPE '#', 'ab' ILIKE 'ab\\', 'ab' NOT LIKE 'ab\\'")).toEqual([['f', 'f', 'f', 'f', 't']]);
  });

  it('is 22025 where it does', async () => {
    expect(await code("SELECT 'abc' LIKE 'ab\\'")).toBe('22025');
    expect(await code("SELECT 'abc' ILIKE '%\\'")).toBe('22025');
    expect(await code("SELECT 'ab' LIKE 'a#' ESCAPE '#'")).toBe('22025');
  });
});

describe('quote_ident', () => {
  it('quotes a name with $', async () => {
    expect(await text("SELECT quote_ident('abc$'), format('%I', 'x$'), quote_ident('a_1')")).toEqual([['"abc$"', '"x$"', 'a_1']]);
  });
});

describe('make_interval', () => {
  it('wraps months and days in int4 arithmetic as PostgreSQL 15 does', async () => {
    expect(await text('SELECT make_interval(years => 2147483647), make_interval(days => 2147483647, weeks => 1)')).toEqual([['-1 years', '-2147483642 days']]);
  });
});

describe('percentile_cont and percentile_disc', () => {
  it('are NULL for a NULL fraction', async () => {
    expect(await text('SELECT percentile_cont(NULL) WITHIN GROUP (ORDER BY x), percentile_disc(NULL) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2)) v(x)')).toEqual([[null, null]]);
  });
});

describe('an array of json or jsonb in JSON', () => {
  it('holds its elements as JSON, not as strings of their text', async () => {
    expect(await text(`SELECT to_json(ARRAY['{"a":1}'::jsonb]), to_jsonb(ARRAY['{"a":1}'::json]), to_json(ARRAY['{"a" :1}'::json, NULL]), json_build_array(ARRAY['[1, 2]'::jsonb])`)).toEqual([
      ['[{"a": 1}]', '[{"a": 1}]', '[{"a" :1},null]', '[[[1, 2]]]'],
    ]);
  });
});

describe('to_char of a number', () => {
  it('is empty for an empty format', async () => {
    expect(await text("SELECT to_char(123, ''), to_char(-1.5::float8, '')")).toEqual([['', '']]);
  });
});

describe('a cast to real', () => {
  it('is 22003 for a nonzero value that rounds to zero', async () => {
    expect(await code('SELECT 1e-46::float4')).toBe('22003');
    expect(await code('SELECT 1e-46::float8::float4')).toBe('22003');
    expect(await text('SELECT 1e-40::float4, 0::float8::float4')).toEqual([['1e-40', '0']]);
  });
});

describe('jsonb documents equal at other scales', () => {
  it('are one value to DISTINCT, GROUP BY, count(DISTINCT), IN, CASE and IS DISTINCT FROM', async () => {
    await client().query('CREATE TABLE j25 (id int, j jsonb)');
    await client().query(`INSERT INTO j25 VALUES (1, '{"a":1,"b":2}'), (2, '{"b":2, "a":1.0}'), (3, '[1]'), (4, '{"a":1.00,"b":2.0}')`);
    expect(await text('SELECT count(DISTINCT j), count(*) FROM j25')).toEqual([['2', '4']]);
    expect(await text('SELECT count(*) FROM (SELECT DISTINCT j FROM j25) d')).toEqual([['2']]);
    expect(await text('SELECT count(*) FROM j25 GROUP BY j ORDER BY 1')).toEqual([['1'], ['3']]);
    expect(await text(`SELECT id FROM j25 WHERE j IN ('{"a":1,"b":2}', '[1.0]') ORDER BY id`)).toEqual([['1'], ['2'], ['3'], ['4']]);
    expect(await text(`SELECT '{"a":1.0}'::jsonb IS DISTINCT FROM '{"a":1}', CASE '1.0'::jsonb WHEN '1' THEN 'one' ELSE 'other' END`)).toEqual([['f', 'one']]);
  });
});
