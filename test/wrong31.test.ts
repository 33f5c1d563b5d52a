/**
 * The thirty-first session's silent differences in reporting queries (test/corpus/50-wrong31.sql),
 * through a real server and the `pg` driver: each answer here is PostgreSQL 15's, which evsql
 * gave otherwise (or answered where PostgreSQL refuses).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const text = async (sql: string) => (await client().query({ text: sql, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;
const sqlState = async (sql: string) => client().query(sql).then(() => 'no error', (e: { code?: string }) => e.code);

beforeAll(async () => {
  // amt: numerics past a REAL's 15 digits (stored as BLOBs) beside ones a REAL holds, sharing its double.
  await client().query('CREATE TABLE w31m (id int PRIMARY KEY, grp text, amt numeric, dur interval)');
  await client().query(`INSERT INTO w31m VALUES
    (1, 'a', 0.10000000000000000001, '1 day'), (2, 'a', 0.1, '30 days'), (3, 'a', 0.09999999999999999999, NULL),
    (4, 'b', 2.5, '1 mon'), (5, 'b', 12345678901234567.89, '2 hours')`);
  await client().query('CREATE TABLE w31s (id int PRIMARY KEY, region text, product text, qty smallint, price numeric(10,2))');
  await client().query(`INSERT INTO w31s VALUES (1, 'east', 'widget', 3, 10.50), (2, 'east', 'gadget', 1, 99.99),
    (3, 'west', 'widget', 5, 10.50), (4, NULL, 'gizmo', 2, 5.25), (5, 'west', 'gadget', 2, 99.99)`);
});
afterAll(async () => {
  await client().query('DROP TABLE w31m, w31s');
});

describe('numerics that share a double, in windows and ordered aggregates', () => {
  it('are ranked and framed by their exact values, not tied by their nearest REAL', async () => {
    expect(await text('SELECT id, rank() OVER (ORDER BY amt), dense_rank() OVER (ORDER BY amt DESC) FROM w31m ORDER BY id')).toEqual([
      ['1', '3', '3'],
      ['2', '2', '4'],
      ['3', '1', '5'],
      ['4', '4', '2'],
      ['5', '5', '1'],
    ]);
    expect(await text(`SELECT id, sum(amt) OVER (PARTITION BY grp ORDER BY amt ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM w31m WHERE grp = 'a' ORDER BY id`)).toEqual([
      ['1', '0.20000000000000000001'],
      ['2', '0.19999999999999999999'],
      ['3', '0.09999999999999999999'],
    ]);
  });

  it('put a stored 0.1 between the BLOBs on either side of its double', async () => {
    expect(await text(`SELECT string_agg(amt::text, ' ' ORDER BY amt) FROM w31m WHERE grp = 'a'`)).toEqual([['0.09999999999999999999 0.1 0.10000000000000000001']]);
    expect(await text(`SELECT id FROM w31m WHERE grp = 'a' ORDER BY amt DESC`)).toEqual([['1'], ['2'], ['3']]);
  });
});

describe('reg* columns of a set operation', () => {
  it('print their names, under ROLLUP and in a UNION ALL alike', async () => {
    expect(await text('SELECT product, pg_typeof(sum(qty)) FROM w31s GROUP BY ROLLUP (product) ORDER BY product NULLS LAST')).toEqual([
      ['gadget', 'bigint'],
      ['gizmo', 'bigint'],
      ['widget', 'bigint'],
      [null, 'bigint'],
    ]);
    expect(await text('SELECT pg_typeof(1), pg_typeof(2) UNION ALL SELECT pg_typeof(2.0), pg_typeof(3::int8)')).toEqual([
      ['integer', 'integer'],
      ['numeric', 'bigint'],
    ]);
  });

  it('are sorted and compared by their OIDs inside the set operation', async () => {
    // int4 is 23, text 25, numeric 1700: PostgreSQL sorts regtype by OID, not by its name.
    expect(await text(`SELECT 'numeric'::regtype AS t UNION SELECT 'text'::regtype UNION SELECT 'int4'::regtype UNION SELECT 'int4'::regtype ORDER BY t`)).toEqual([['integer'], ['text'], ['numeric']]);
  });
});

describe('min and max of an interval over a window', () => {
  it('answer per partition and per moving frame, the later of equal spans winning', async () => {
    expect(await text('SELECT id, max(dur) OVER (PARTITION BY grp), min(dur) OVER (PARTITION BY grp) FROM w31m ORDER BY id')).toEqual([
      ['1', '30 days', '1 day'],
      ['2', '30 days', '1 day'],
      ['3', '30 days', '1 day'],
      ['4', '1 mon', '02:00:00'],
      ['5', '1 mon', '02:00:00'],
    ]);
    expect(await text('SELECT id, max(dur) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM w31m ORDER BY id')).toEqual([
      ['1', '1 day'],
      ['2', '30 days'],
      ['3', '30 days'],
      ['4', '1 mon'],
      ['5', '1 mon'],
    ]);
  });
});

describe('a RANGE frame with offsets over an interval', () => {
  it('compares spans, a month being 30 days, as interval_cmp does', async () => {
    const values = `(VALUES (1, '1 mon'::interval), (2, '30 days'), (3, '1 day'), (4, '720 hours'), (5, '2 mons')) v(i, x)`;
    expect(await text(`SELECT i, count(*) OVER (ORDER BY x RANGE BETWEEN '30 days' PRECEDING AND CURRENT ROW) FROM ${values} ORDER BY i`)).toEqual([
      ['1', '4'],
      ['2', '4'],
      ['3', '1'],
      ['4', '4'],
      ['5', '4'],
    ]);
    expect(await text(`SELECT id, count(*) OVER (ORDER BY dur DESC RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM w31m ORDER BY id`)).toEqual([
      ['1', '1'],
      ['2', '2'],
      ['3', '1'],
      ['4', '2'],
      ['5', '2'],
    ]);
    expect(await sqlState(`SELECT count(*) OVER (ORDER BY dur RANGE BETWEEN '-1 hour' PRECEDING AND CURRENT ROW) FROM w31m`)).toBe('22013');
  });
});

describe('percentile_disc and mode of a type whose stored text sorts otherwise', () => {
  it('sort by the type\'s order (an interval\'s span, jsonb\'s, an array\'s, inet\'s), not by the text', async () => {
    const values = `(VALUES ('2 days'::interval), ('3 hours'), ('1 mon'), ('10 minutes'), ('1 year'), ('720 hours')) v(x)`;
    expect(await text(`SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x), percentile_disc(0.1) WITHIN GROUP (ORDER BY x DESC) FROM ${values}`)).toEqual([['2 days', '1 year']]);
    expect(await text(`SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY j), percentile_disc(0.5) WITHIN GROUP (ORDER BY a), percentile_disc(0.5) WITHIN GROUP (ORDER BY i)
      FROM (VALUES ('{"a":2}'::jsonb, ARRAY[10], '10.0.0.1'::inet), ('{"a":10}', ARRAY[9], '9.0.0.1'), ('[1]', ARRAY[2], '192.168.0.1')) v(j, a, i)`)).toEqual([['{"a": 2}', '{9}', '10.0.0.1']]);
  });

  it('interpolate intervals in percentile_cont, an interval (or interval[]) result', async () => {
    const values = `(VALUES ('2 days'::interval), ('3 hours'), ('1 mon'), ('10 minutes'), ('1 year 1 second'), ('-5 days')) v(x)`;
    const result = await client().query({ text: `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x), percentile_cont(ARRAY[0, 0.9]) WITHIN GROUP (ORDER BY x) FROM ${values}`, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } });
    expect(result.rows).toEqual([['1 day 01:30:00', '{"-5 days","6 mons 15 days 00:00:00.5"}']]);
    expect(result.fields.map((f) => f.dataTypeID)).toEqual([1186, 1187]);
  });

  it('count equal intervals as one value in mode(), the first of them answering', async () => {
    expect(await text(`SELECT mode() WITHIN GROUP (ORDER BY x), mode() WITHIN GROUP (ORDER BY x DESC) FROM (VALUES ('1 mon'::interval), ('30 days'), ('2 days'), ('2 days')) v(x)`)).toEqual([['2 days', '1 mon']]);
  });
});

describe('array_agg of json and jsonb', () => {
  it('keeps a document that is a JSON array one element', async () => {
    expect(await text(`SELECT array_agg(x ORDER BY x), (array_agg(x))[1] FROM (VALUES ('[1, 2]'::jsonb), ('3'), ('{"a": [1]}')) v(x)`)).toEqual([['{3,"[1, 2]","{\\"a\\": [1]}"}', '[1, 2]']]);
    expect(await text(`SELECT array_agg(x), cardinality(array_agg(x)) FROM (VALUES ('[1,  2]'::json), ('[]')) v(x)`)).toEqual([['{"[1,  2]",[]}', '2']]);
  });
});

describe('DISTINCT ON and FETCH … WITH TIES of a `*`', () => {
  it('answer the rows PostgreSQL answers', async () => {
    expect(await text('SELECT DISTINCT ON (region) * FROM w31s ORDER BY region, price DESC, id')).toEqual([
      ['2', 'east', 'gadget', '1', '99.99'],
      ['5', 'west', 'gadget', '2', '99.99'],
      ['4', null, 'gizmo', '2', '5.25'],
    ]);
    expect(await text('SELECT DISTINCT ON (s.product) s.*, m.grp FROM w31s s LEFT JOIN w31m m ON m.id = s.id ORDER BY s.product, s.id DESC')).toEqual([
      ['5', 'west', 'gadget', '2', '99.99', 'b'],
      ['4', null, 'gizmo', '2', '5.25', 'b'],
      ['3', 'west', 'widget', '5', '10.50', 'a'],
    ]);
    expect(await text('SELECT * FROM (SELECT * FROM w31s ORDER BY price FETCH FIRST 2 ROWS WITH TIES) t ORDER BY id')).toEqual([
      ['1', 'east', 'widget', '3', '10.50'],
      ['3', 'west', 'widget', '5', '10.50'],
      ['4', null, 'gizmo', '2', '5.25'],
    ]);
  });
});

describe('names PostgreSQL does not resolve', () => {
  it('refuses an output column named in HAVING (42703)', async () => {
    expect(await sqlState('SELECT region, count(*) AS n FROM w31s GROUP BY region HAVING n > 1')).toBe('42703');
    expect(await sqlState(`SELECT region AS r FROM w31s GROUP BY region HAVING r > 'a'`)).toBe('42703');
    // An input column of the name is what HAVING reads, though an output column shares it.
    expect(await text('SELECT region, count(*) AS qty FROM w31s GROUP BY region HAVING max(qty) > 2 ORDER BY region')).toEqual([
      ['east', '2'],
      ['west', '2'],
    ]);
  });

  it('refuses SELECT DISTINCT sorted by an expression outside its select list (42P10)', async () => {
    expect(await sqlState('SELECT DISTINCT region FROM w31s ORDER BY upper(region)')).toBe('42P10');
    expect(await sqlState('SELECT DISTINCT region FROM w31s GROUP BY region ORDER BY sum(price)')).toBe('42P10');
    expect(await sqlState('SELECT DISTINCT price * 2 FROM w31s ORDER BY 2 * price')).toBe('42P10');
    expect(await text('SELECT DISTINCT upper(s.region) FROM w31s s ORDER BY upper(region) NULLS FIRST')).toEqual([[null], ['EAST'], ['WEST']]);
  });
});
