/**
 * The thirtieth session's hunt for silent wrong answers in arrays, jsonb and rows
 * (test/corpus/49-wrong30.sql): statements translated and run on SQLite with evsql's functions,
 * each answer PostgreSQL 15's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE w30 (id int PRIMARY KEY, na numeric[], j jsonb)');
  run(`INSERT INTO w30 VALUES (1, '{10.0,1}', '[1, 2]'), (2, '{9.50,1,2.0}', '{"0": "zero"}'), (3, '{100,1}', '"s"'), (4, '{-1.0,1}', NULL)`);
});

describe('jsonb -> with a text key', () => {
  it('reads an object member only: an array or a scalar gives NULL, however the key looks', () => {
    expect(run("SELECT j -> '0', j ->> '0', j -> 0, j ->> -1 FROM w30 WHERE id = 1")).toEqual([[null, null, '1', '2']]);
    expect(run("SELECT j -> '0', j ->> '0', j -> 0 FROM w30 WHERE id = 2")).toEqual([['"zero"', 'zero', null]]);
    expect(run("SELECT j -> '0', j -> 0 FROM w30 WHERE id = 3")).toEqual([[null, '"s"']]);
  });

  it('leaves a path reading digits as an array index (#> and jsonb_extract_path)', () => {
    expect(run("SELECT j #> '{0}', j #>> '{-1}', jsonb_extract_path_text(j, '1') FROM w30 WHERE id = 1")).toEqual([['1', '2', '2']]);
  });
});

describe('a numeric key of a json object', () => {
  it('is written as numeric_out prints it, with its scale', () => {
    expect(run('SELECT jsonb_build_object(1.50, 1), json_build_object(2.0, 2), jsonb_build_object(1.5::numeric(5,3), 3)')).toEqual([['{"1.50": 1}', '{"2.0" : 2}', '{"1.500": 3}']]);
    expect(run('SELECT jsonb_object_agg(1.50, id ORDER BY id), json_object_agg(2.0, id ORDER BY id) FROM w30 WHERE id = 1')).toEqual([['{"1.50": 1}', '{ "2.0" : 1 }']]);
  });

  it('of another type keeps its text, and a NULL one is still refused (22023)', () => {
    expect(run("SELECT jsonb_build_object(true, 1, DATE '2024-01-02', 2, 7::bigint, 3)")).toEqual([['{"7": 3, "true": 1, "2024-01-02": 2}']]);
    expect(fails('SELECT jsonb_object_agg(NULL::numeric, 1)')).toBe('22023');
  });
});

describe('array_remove and array_replace of a numeric[]', () => {
  it('keep the scales the untouched elements were written with, and the replacement its own', () => {
    expect(run('SELECT array_remove(na, 1)::text, array_replace(na, 1, 3.000)::text FROM w30 WHERE id = 2')).toEqual([['{9.50,2.0}', '{9.50,3.000,2.0}']]);
  });

  it('go into JSON as numbers, as array_append does, not as strings of them', () => {
    expect(run('SELECT to_jsonb(array_remove(na, 1)), jsonb_build_object(\'a\', array_append(na, 1.0)), to_json(na || 7.70) FROM w30 WHERE id = 2')).toEqual([
      ['[9.50, 2.0]', '{"a": [9.50, 1, 2.0, 1.0]}', '[9.50,1,2.0,7.70]'],
    ]);
    // Elements that print as stored too.
    expect(run('SELECT to_jsonb(array_remove(na, 1)), to_jsonb(na || 2) FROM w30 WHERE id = 3')).toEqual([['[100]', '[100, 1, 2]']]);
  });
});

describe('ORDER BY a numeric[] whose elements print their own scales', () => {
  it('orders the elements as numbers, not as their texts (9.50 before 10.0 and 100)', () => {
    expect(run('SELECT id FROM w30 ORDER BY array_remove(na, 1)').map((r) => Number(r[0]))).toEqual([4, 2, 1, 3]);
    expect(run('SELECT id, na || 0.0 AS r FROM w30 ORDER BY r DESC').map((r) => Number(r[0]))).toEqual([3, 1, 2, 4]);
  });
});

describe('a timestamp[] written as JSON', () => {
  beforeAll(() => {
    run('CREATE TABLE w30t (id int PRIMARY KEY, ts timestamp[], tz timestamptz[])');
    run(`INSERT INTO w30t VALUES (1, '{"2024-01-02 03:04:05.5",NULL}', '{"2024-01-02 03:04:05+00"}')`);
  });

  it('goes into jsonb with ISO 8601 times, as to_json wrote it already', () => {
    expect(run("SELECT to_jsonb(ts), to_jsonb(tz), jsonb_build_object('t', ts)::text, to_json(ts) FROM w30t")).toEqual([
      ['["2024-01-02T03:04:05.5", null]', '["2024-01-02T03:04:05+00:00"]', '{"t": ["2024-01-02T03:04:05.5", null]}', '["2024-01-02T03:04:05.5",null]'],
    ]);
  });
});

describe('an interval[] compared', () => {
  beforeAll(() => {
    run('CREATE TABLE w30i (id int PRIMARY KEY, a interval[])');
    run(`INSERT INTO w30i VALUES (1, '{"1 day","2 hours"}'), (2, '{"24 hours","02:00:00"}'), (3, '{"1 mon"}'), (4, '{"31 days"}')`);
  });

  it("compares its elements as intervals, not as their texts ('1 day' = '24 hours')", () => {
    expect(run(`SELECT ARRAY[interval '1 day'] = ARRAY[interval '24 hours'], ARRAY[interval '1 day'] @> ARRAY[interval '24 hours'], ARRAY[interval '1 day'] && ARRAY[interval '24 hours']`)).toEqual([[1n, 1n, 1n]]);
    expect(run('SELECT a.id, b.id FROM w30i a, w30i b WHERE a.a = b.a AND a.id < b.id')).toEqual([[1n, 2n]]);
    expect(run(`SELECT id FROM w30i WHERE a > ARRAY[interval '30 days'] ORDER BY id`)).toEqual([[4n]]);
  });

  it('orders by them (1 mon, 30 days, before 31 days)', () => {
    expect(run('SELECT id FROM w30i ORDER BY a DESC, id').map((r) => Number(r[0]))).toEqual([4, 3, 1, 2]);
  });
});

describe('t.* inside a row or array_agg', () => {
  it("is refused (0A000) where the translation would take it as one field or leak SQLite's syntax error", () => {
    expect(fails('SELECT ROW(w30.*) FROM w30')).toBe('0A000');
    expect(fails("SELECT json_build_object('r', ROW(w30.*, 1)) FROM w30")).toBe('0A000');
    expect(fails('SELECT ROW(w30.*) IS NULL FROM w30')).toBe('0A000');
    expect(fails('SELECT id FROM w30 WHERE (SELECT ROW(w30.*) = ROW(1, NULL, NULL))')).toBe('0A000');
  });

  it('array_agg(t.*) is refused as array_agg(t) is, rather than answering text', () => {
    expect(fails('SELECT array_agg(w30.*) FROM w30')).toBe('0A000');
    expect(fails('SELECT array_agg(w30) FROM w30')).toBe('0A000');
  });

  it('t.* IS NULL tests the whole row, as t IS NULL does (it leaked 42601)', () => {
    expect(run('SELECT id, w30.* IS NULL, w30.* IS NOT NULL FROM w30 ORDER BY id')).toEqual([
      [1n, 0n, 1n],
      [2n, 0n, 1n],
      [3n, 0n, 1n],
      [4n, 0n, 0n],
    ]);
  });

  it('leaves t.* as a function argument, and rows of columns, as they were', () => {
    expect(run('SELECT count(w30.*) FROM w30')).toEqual([[4n]]);
    expect(run('SELECT ROW(id, 1) IS NULL FROM w30 WHERE id = 1')).toEqual([[0n]]);
  });
});
