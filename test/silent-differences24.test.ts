/**
 * The twenty-fourth session's silent differences (test/corpus/43-wrong24.sql), through a real
 * server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise
 * without an error.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
const code = async (text: string) => client().query(text).then(() => 'no error', (e: { code?: string }) => e.code);
const text = async (sql: string) => (await client().query({ text: sql, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

describe('an untyped literal beside a bytea in ||', () => {
  it('is a bytea, the literal read by bytea input', async () => {
    expect(await text("SELECT 'x' || '\\x00'::bytea, '\\x01'::bytea || '\\x02', NULL || '\\x01'::bytea")).toEqual([['\\x7800', '\\x0102', null]]);
    const r = await client().query("SELECT 'x' || '\\x00'::bytea AS b, 'a' || 'b' AS t");
    expect(r.fields.map((f) => f.dataTypeID)).toEqual([17, 25]);
  });
});

describe('arrays', () => {
  it('keeps an integer joined to a numeric array', async () => {
    expect(await text('SELECT ARRAY[1.5] || 2, 2 || ARRAY[1.50], array_append(ARRAY[1.5], 2)')).toEqual([['{1.5,2}', '{2,1.50}', '{1.5,2}']]);
  });

  it('types array_append(NULL, x) as an array of x', async () => {
    const r = await client().query({ text: 'SELECT array_append(NULL, 1) AS a, array_prepend(1, NULL) AS p', types: { getTypeParser: () => (v: string) => v } });
    expect(r.rows).toEqual([{ a: '{1}', p: '{1}' }]);
    expect(r.fields.map((f) => f.dataTypeID)).toEqual([1007, 1007]);
  });

  it('neither grows a multidimensional array nor takes the wrong number of subscripts', async () => {
    await client().query("CREATE TABLE a24 (id int PRIMARY KEY, a int[])");
    await client().query("INSERT INTO a24 VALUES (1, '{{1,2},{3,4}}'), (2, '{1,2}')");
    expect(await code('UPDATE a24 SET a[2][3] = 9 WHERE id = 1')).toBe('2202E');
    expect(await code('UPDATE a24 SET a[1] = 9 WHERE id = 1')).toBe('2202E');
    expect(await code('UPDATE a24 SET a[1][1] = 9 WHERE id = 2')).toBe('2202E');
    await client().query('UPDATE a24 SET a[2][2] = 9 WHERE id = 1');
    await client().query('UPDATE a24 SET a[4] = 9 WHERE id = 2');
    expect(await text('SELECT a FROM a24 ORDER BY id')).toEqual([['{{1,2},{3,9}}'], ['{1,2,NULL,9}']]);
  });
});

describe('overflow', () => {
  it('is 22003 for sum(float8) of finite values past the range', async () => {
    expect(await code('SELECT sum(x) FROM (VALUES (1e308::float8), (1e308)) v(x)')).toBe('22003');
    expect(await code('SELECT sum(x) OVER (ORDER BY x) FROM (VALUES (1e308::float8), (1e308)) v(x)')).toBe('22003');
    expect(await rows("SELECT sum(x) FROM (VALUES (1e308::float8), ('Infinity')) v(x)")).toEqual([[Infinity]]);
  });
});

describe('regular expressions', () => {
  it('read the constraint escapes and a leading ] as PostgreSQL does', async () => {
    expect(await rows("SELECT 'x' ~ '\\y', 'foo bar' ~ '\\mbar\\M', 'a b' ~ 'a\\b', 'a]' ~ '[]]', regexp_replace('foo bar', '\\y', '|', 'g')")).toEqual([[true, true, false, true, '|foo| |bar|']]);
  });
});
