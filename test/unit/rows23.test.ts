/**
 * Row values the twenty-third session's sweep (test/corpus/42-types23.sql) found refused: rows in
 * array_agg and a table's whole row as a value, checked on the translation and on what SQLite
 * answers for it (arrays as evsql stores them, JSON; records as record_out prints them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';
import { regtypeText } from '../../dialect/runtime/catalog/rows.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE r23 (id int PRIMARY KEY, n numeric, t text, b bool)');
  run("INSERT INTO r23 VALUES (1, 1.50, 'a b', true), (2, NULL, NULL, NULL)");
});

describe('array_agg of a row', () => {
  it('aggregates the rows as record_out prints them, in the aggregate’s order', () => {
    expect(run("SELECT array_agg(row(x, 'v' || x) ORDER BY x DESC) FROM generate_series(1, 3) x")).toEqual([['["(3,v3)","(2,v2)","(1,v1)"]']]);
    expect(run("SELECT array_agg(row(id, t, NULL)) FILTER (WHERE id = 1) FROM r23")).toEqual([['["(1,\\"a b\\",)"]']]);
  });
});

describe('a table’s whole row as a value', () => {
  it('prints its columns as record_out does, a numeric at its scale', () => {
    expect(run('SELECT r23, r23::text FROM r23 ORDER BY id')).toEqual([
      ['(1,1.50,"a b",t)', '(1,1.50,"a b",t)'],
      ['(2,,,)', '(2,,,)'],
    ]);
  });

  it('is NULL where an outer join made it up, and null or not null as its columns are', () => {
    expect(run('SELECT x.id, r FROM (VALUES (1), (3)) x(id) LEFT JOIN r23 r ON r.id = x.id ORDER BY 1')).toEqual([
      [1n, '(1,1.50,"a b",t)'],
      [3n, null],
    ]);
    expect(run('SELECT r IS NULL, r IS NOT NULL FROM r23 r ORDER BY id')).toEqual([
      [0n, 1n],
      [0n, 0n],
    ]);
  });

  it('gives its fields as its columns, and sorts field by field', () => {
    expect(run('SELECT (r).t, (r).n FROM r23 r ORDER BY r DESC')).toEqual([
      [null, null],
      ['a b', '1.50'],
    ]);
  });

  it('is tested in WHERE as the whole row, not as the result column of its name', () => {
    expect(run('SELECT r FROM r23 r WHERE r IS NOT NULL')).toEqual([['(1,1.50,"a b",t)']]);
  });

  it('is an object in JSON built of it, a numeric at its scale', () => {
    expect(run("SELECT jsonb_build_object('r', r) FROM r23 r WHERE id = 1")).toEqual([['{"r": {"b": true, "n": 1.50, "t": "a b", "id": 1}}']]);
    expect(run("SELECT jsonb_build_array(row(1, 'a'))")).toEqual([['[{"f1": 1, "f2": "a"}]']]);
  });

  it('is refused in comparisons, which record_eq makes of its fields, in array_agg, and of other than a table', () => {
    expect(fails('SELECT r = r FROM r23 r')).toBe('0A000');
    expect(fails('SELECT array_agg(r) FROM r23 r')).toBe('0A000');
    expect(fails("SELECT v FROM (VALUES (1, 'a')) v(x, y)")).toBe('0A000');
  });
});

describe('a cast to record', () => {
  it('refuses text, as record_in does, and takes a row', () => {
    expect(fails("SELECT '(1,a)'::record")).toBe('0A000');
    expect(run("SELECT row(1, 'a')::record")).toEqual([['(1,a)']]);
  });
});

describe('an inlined LATERAL subquery', () => {
  it('is its own query level’s: a CTE’s of the same alias is another, and a subquery’s `*` has neither', () => {
    const sql =
      'WITH c AS (SELECT z.k, jsonb_agg(ci.cols) AS cols FROM (VALUES (1)) z(k) JOIN LATERAL (SELECT array_agg(v.x) AS cols FROM (VALUES (1), (2)) v(x)) ci ON TRUE GROUP BY z.k) ' +
      "SELECT ci.cols, ci.cols IN (SELECT * FROM jsonb_array_elements(c.cols)) FROM c JOIN LATERAL (SELECT jsonb_agg(v.x) AS cols FROM (VALUES (1), (2)) v(x)) ci ON TRUE";
    expect(run(sql)).toEqual([['[1, 2]', 1n]]);
  });
});

describe('regtype', () => {
  it('reads the built-in types only the catalog knows, and their arrays, and prints arrays as regtypeout does', () => {
    expect(run("SELECT 'bit'::regtype::oid, 'bit[]'::regtype::oid, 'varbit'::regtype::oid")).toEqual([[1560n, 1561n, 1562n]]);
    expect(fails("SELECT 'nosuch[]'::regtype")).toBe('42704');
    expect([1014, 1561, 1007, 22].map(regtypeText)).toEqual(['character[]', 'bit[]', 'integer[]', 'int2vector']);
  });
});
