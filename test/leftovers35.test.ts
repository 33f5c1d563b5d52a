/**
 * Silent differences earlier sessions noticed and the thirty-fifth fixed: a VALUES list naming an
 * outer column in its first row, a set operation's nested untyped columns, and percentile_disc over
 * an array of fractions keeping its values' scales. Each expected answer is PostgreSQL 15's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

beforeAll(async () => {
  await client().query('CREATE TABLE l35_t (id int PRIMARY KEY, b text); INSERT INTO l35_t VALUES (1, $$x$$), (2, $$y$$)');
  await client().query('CREATE TABLE l35_n (x numeric(10,2), y numeric); INSERT INTO l35_n VALUES (1.50, 1.50), (2.25, 2.5), (3.10, 3.125)');
});

describe('a VALUES list whose first row names an outer column', () => {
  it('answers its columns by their names (SQLite named the column after the outer one)', async () => {
    expect(await rows('SELECT t.id, s.value FROM l35_t t, LATERAL (SELECT v.value FROM (VALUES (t.id)) v(value)) s ORDER BY 1')).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(await rows('SELECT t.id, v.a, v.b FROM l35_t t, LATERAL (VALUES (t.b, t.id), ($$z$$, 9)) v(a, b) ORDER BY 1, 2')).toEqual([
      [1, 'x', 1],
      [1, 'z', 9],
      [2, 'y', 2],
      [2, 'z', 9],
    ]);
    expect(await rows('SELECT (SELECT sum(column1) FROM (VALUES (t.id), (10)) v) FROM l35_t t ORDER BY 1')).toEqual([['11'], ['12']]);
  });
});

describe('a nested set operation of untyped literals', () => {
  it('is text, which an integer beside it cannot match (42804)', async () => {
    expect(await failure("SELECT '5' UNION ALL SELECT '6' UNION ALL SELECT 7")).toEqual({ code: '42804', message: 'UNION types text and integer cannot be matched' });
    expect(await failure('SELECT NULL UNION SELECT NULL UNION SELECT 1')).toMatchObject({ code: '42804' });
    expect(await failure("SELECT 1 UNION (SELECT '2' UNION SELECT '3')")).toEqual({ code: '42804', message: 'UNION types integer and text cannot be matched' });
  });

  it('takes the other side’s type where only one side is untyped', async () => {
    expect(await rows("SELECT 7 UNION SELECT '5' UNION SELECT '6' ORDER BY 1")).toEqual([[5], [6], [7]]);
    expect(await rows("SELECT NULL UNION SELECT '1' UNION SELECT 'a' ORDER BY 1")).toEqual([['1'], ['a'], [null]]);
  });
});

describe('percentile_disc over an array of fractions', () => {
  /** The server's text of each value: node-postgres would read a numeric[] as floats. */
  const texts = async (text: string) => (await client().query({ text, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

  it('answers each value at the scale it was stored with', async () => {
    expect(await texts('SELECT percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY y) FROM l35_n')).toEqual([['{1.50,3.125}']]);
    expect(await texts('SELECT percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY x) AS p, 1 FROM l35_n')).toEqual([['{1.50,3.10}', '1']]);
    expect(await rows('SELECT (percentile_disc(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY x))[1]::text FROM l35_n')).toEqual([['1.50']]);
  });
});

describe('a regular expression that a backtracking engine takes exponential time over', () => {
  it('answers as PostgreSQL’s automaton does, well within a statement timeout (it held its thread past any)', async () => {
    await client().query("SET statement_timeout = '30s'");
    const subject = `repeat('a', 40) || '!'`;
    expect(await rows(`SELECT ${subject} ~ '(a+)+$', ${subject} ~ '(a|aa)+$', ${subject} SIMILAR TO '(a|a)*', regexp_match(${subject}, '(a+)+b')`)).toEqual([[false, false, false, null]]);
    expect(await rows(`SELECT regexp_replace(${subject}, '(a+)+!', 'x'), repeat('a', 40) LIKE '%a%a%a%a%a%a%a%a%b'`)).toEqual([['x', false]]);
    await client().query('RESET statement_timeout');
  });
});

describe('a target list past PostgreSQL’s limit', () => {
  it('is 54011 with PostgreSQL’s message (SQLite’s own error was XX000, or none below its 2,000)', async () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `${i} AS c${i}`).join(', ');
    expect(await failure(`SELECT ${list(1665)}`)).toEqual({ code: '54011', message: 'target lists can have at most 1664 entries' });
    expect(await failure(`SELECT 1 FROM (SELECT ${list(1700)}) s`)).toMatchObject({ code: '54011' });
    expect((await rows(`SELECT ${list(1664)}`))[0]).toHaveLength(1664);
  });
});

describe('limits of arrays and intervals', () => {
  it('refuses an array of more than 6 dimensions (54000), built, read or filled', async () => {
    const error = { code: '54000', message: 'number of array dimensions (7) exceeds the maximum allowed (6)' };
    expect(await failure('SELECT ARRAY[[[[[[[1]]]]]]]')).toEqual(error);
    expect(await failure("SELECT '{{{{{{{1}}}}}}}'::int[]")).toEqual(error);
    expect(await failure('SELECT array_fill(1, ARRAY[1,1,1,1,1,1,1])')).toEqual(error);
    expect(await rows("SELECT '{{{{{{1}}}}}}'::int[] = ARRAY[[[[[[1]]]]]]")).toEqual([[true]]);
  });

  it('tells a field past its integer (22015) from fields whose months or days together overflow (22008), at the literal', async () => {
    const out = await client().query("SELECT interval '178956971 years'").catch((e: { code: string; message: string; position: string }) => e);
    expect(out).toMatchObject({ code: '22008', message: 'interval out of range', position: '17' });
    expect(await failure("SELECT interval '1 year 2147483647 months'")).toMatchObject({ code: '22008' });
    expect(await failure("SELECT interval '2147483648 years'")).toEqual({ code: '22015', message: 'interval field value out of range: "2147483648 years"' });
    expect(await rows("SELECT interval '178956970 years'::text")).toEqual([['178956970 years']]);
  });
});
