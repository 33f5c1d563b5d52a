/**
 * The twenty-ninth session's silent differences (test/corpus/48-wrong29.sql), through a real
 * server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql gave otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const text = async (sql: string, values?: unknown[]) => (await client().query({ text: sql, values, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;
const sqlState = async (sql: string) => client().query(sql).then(() => 'no error', (e: { code?: string }) => e.code);

beforeAll(async () => {
  await client().query('CREATE TABLE w29t (id int PRIMARY KEY, n int, v varchar(5), x numeric)');
  await client().query(`INSERT INTO w29t VALUES (1, 3, 'a', 1.50), (2, -7, 'b', NULL), (3, NULL, 'a', 2)`);
});
afterAll(async () => {
  await client().query('DROP TABLE w29t');
});

describe('a VALUES column of char(n)', () => {
  it('takes the blanks off its untyped literals, so that equal values group together', async () => {
    expect(await text(`SELECT c, count(*) FROM (VALUES ('a'::char(3)), ('a  '), ('a')) t(c) GROUP BY c`)).toEqual([['a  ', '3']]);
    expect(await text(`SELECT count(DISTINCT c), max(c || '|') FROM (VALUES ('ab'::char(4)), ('ab  '), ('abcd')) t(c)`)).toEqual([['2', 'ab|']]);
  });
});

describe('GROUP BY a cast of a column to another type', () => {
  it('groups the cast value, not the column: the bare column elsewhere is 42803', async () => {
    expect(await sqlState('SELECT n::text AS k, count(*) FROM w29t GROUP BY n::text ORDER BY n')).toBe('42803');
    expect(await sqlState('SELECT n FROM w29t GROUP BY n::bigint')).toBe('42803');
    expect(await sqlState('SELECT x FROM w29t GROUP BY x::numeric(10,2)')).toBe('42803');
    expect(await sqlState('SELECT v FROM w29t GROUP BY v::varchar')).toBe('42803');
    expect(await sqlState('SELECT count(*) FROM w29t GROUP BY n::text HAVING n > 0')).toBe('42803');
  });

  it('still accepts the cast expression itself, and a cast to the column\'s own type', async () => {
    expect(await text('SELECT n::text, count(*) FROM w29t GROUP BY n::text ORDER BY n::text NULLS FIRST')).toEqual([[null, '1'], ['-7', '1'], ['3', '1']]);
    expect(await text('SELECT n, count(*) FROM w29t GROUP BY n::int4 ORDER BY n NULLS FIRST')).toEqual([[null, '1'], ['-7', '1'], ['3', '1']]);
    expect(await text('SELECT v::varchar(5), count(*) FROM w29t GROUP BY v ORDER BY v')).toEqual([['a', '2'], ['b', '1']]);
  });
});

describe('a UNION ALL whose columns a column list names', () => {
  it('prints each member\'s numerics with their scales, though its own columns share one name', async () => {
    expect(await text('WITH RECURSIVE r(i, v) AS (SELECT 1, 1.50 UNION ALL SELECT i + 1, v * 2 FROM r WHERE i < 3) SELECT i, v FROM r ORDER BY i')).toEqual([
      ['1', '1.50'],
      ['2', '3.00'],
      ['3', '6.00'],
    ]);
    expect(await text('WITH c(a, b) AS (SELECT 1.50, 2.0 UNION ALL SELECT 2.0, 3.000) SELECT a + b, a FROM c')).toEqual([
      ['3.50', '1.50'],
      ['5.000', '2.0'],
    ]);
    expect(await text('SELECT a, b FROM (SELECT 1.50, 2.0 UNION ALL SELECT 2.0, 3.000) s(a, b)')).toEqual([
      ['1.50', '2.0'],
      ['2.0', '3.000'],
    ]);
  });
});

describe('text made of a stored numeric', () => {
  it('prints its scale wherever it stands: in WHERE, CASE, and text functions around it', async () => {
    expect(await text(`SELECT id FROM w29t WHERE x || '' = '1.50'`)).toEqual([['1']]);
    expect(await text(`SELECT id FROM w29t WHERE format('%s', x) LIKE '%.50' OR concat(x, '') = '2'`)).toEqual([['1'], ['3']]);
    expect(await text(`SELECT upper(x || 'e'), length(x || ''), replace(format('%s', x), '.', ',') FROM w29t ORDER BY id`)).toEqual([
      ['1.50E', '4', '1,50'],
      [null, null, ''],
      ['2E', '1', '2'],
    ]);
    expect(await text(`SELECT CASE WHEN x || '' LIKE '%.%0' THEN 'trailing zero' ELSE 'other' END FROM w29t ORDER BY id`)).toEqual([['trailing zero'], ['other'], ['other']]);
  });

  it('is aggregated as each row writes it: string_agg, array_agg, min and max, over a window too', async () => {
    expect(await text(`SELECT string_agg(v || '=' || x, ', ' ORDER BY id), array_agg(format('%s', x) ORDER BY id), max(x || ''), min(concat(x, '!')) FROM w29t`)).toEqual([
      ['a=1.50, a=2', '{1.50,"",2}', '2', '!'],
    ]);
    expect(await text(`SELECT v, string_agg(x || '', ',' ORDER BY id) FROM w29t GROUP BY v HAVING string_agg(x || '', ',') LIKE '%.50%'`)).toEqual([['a', '1.50,2']]);
    expect(await text(`SELECT string_agg(x || '', ',') OVER (ORDER BY id) FROM w29t ORDER BY id`)).toEqual([['1.50'], ['1.50'], ['1.50,2']]);
  });
});

describe('a stored numeric written out by array_to_string, a JSON key and quote_literal', () => {
  it('keeps its scale in the select list of a grouped query and in WHERE', async () => {
    expect(await text(`SELECT v, array_to_string(array_agg(x ORDER BY id), ';', '-') FROM w29t GROUP BY v ORDER BY v`)).toEqual([['a', '1.50;2'], ['b', '-']]);
    expect(await text(`SELECT id FROM w29t WHERE array_to_string(ARRAY[x], '') = '1.50'`)).toEqual([['1']]);
    expect(await text(`SELECT jsonb_build_object('v', x) ->> 'v', json_build_array(x) -> 0 FROM w29t ORDER BY id`)).toEqual([['1.50', '1.50'], [null, 'null'], ['2', '2']]);
    expect(await text(`SELECT id FROM w29t WHERE jsonb_build_object('v', x * 2) ->> 'v' = '3.00'`)).toEqual([['1']]);
    expect(await text(`SELECT quote_literal(x), quote_nullable(x * 2) FROM w29t ORDER BY id`)).toEqual([["'1.50'", "'3.00'"], [null, 'NULL'], ["'2'", "'4'"]]);
  });

  it('keeps it in each element of a numeric[] cast to text[]', async () => {
    expect(await text(`SELECT array_agg(x ORDER BY id)::text[], ARRAY[1.50, 2.0]::varchar[] FROM w29t`)).toEqual([['{1.50,NULL,2}', '{1.50,2.0}']]);
    expect(await text(`SELECT id FROM w29t WHERE (ARRAY[x]::text[])[1] = '1.50'`)).toEqual([['1']]);
  });
});

describe('array_agg(DISTINCT …) of a stored numeric in a FROM subquery or a CTE', () => {
  it('carries its elements\' scales, as it prints them in a select list', async () => {
    expect(await text('SELECT a FROM (SELECT array_agg(DISTINCT x ORDER BY x) AS a FROM w29t) s')).toEqual([['{1.50,2,NULL}']]);
    expect(await text('WITH c AS (SELECT v, array_agg(DISTINCT x) a FROM w29t GROUP BY v) SELECT * FROM c ORDER BY v')).toEqual([['a', '{1.50,2}'], ['b', '{NULL}']]);
  });
});

describe('an expression of a stored numeric as a group or a DISTINCT row', () => {
  it('is grouped by GROUP BY 1 or its output name, printing its scale (was "aggregate functions are not allowed here")', async () => {
    expect(await text('SELECT x * 2, count(*) FROM w29t GROUP BY 1 ORDER BY 1')).toEqual([['3.00', '1'], ['4', '1'], [null, '1']]);
    expect(await text('SELECT x * 2 AS d, count(*) FROM w29t GROUP BY d ORDER BY d')).toEqual([['3.00', '1'], ['4', '1'], [null, '1']]);
  });

  it('keeps its scale under SELECT DISTINCT', async () => {
    expect(await text('SELECT DISTINCT x * 1, abs(x) FROM w29t ORDER BY 1')).toEqual([['1.50', '1.50'], ['2', '2'], [null, null]]);
  });
});
