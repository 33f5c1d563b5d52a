/**
 * Type input and output the twenty-first session fixed (test/corpus/40-typesio21.sql): checked on
 * the translation and on what SQLite answers for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE t21_c (s char(3), a char(3)[], v varchar(3)[])');
  run("INSERT INTO t21_c VALUES ('a', '{a}', '{abc}')");
});

describe('char(n)', () => {
  it('matches a pattern with its padding, as bpcharlike and bpcharregexeq do', () => {
    expect(run("SELECT s LIKE 'a', s LIKE 'a  ', s ILIKE 'A%', s ~ '^a  $', s SIMILAR TO 'a' FROM t21_c")).toEqual([[0n, 1n, 1n, 1n, 0n]]);
  });

  it('keeps its padding in ARRAY[] and in JSON', () => {
    expect(run('SELECT ARRAY[s], to_json(s), to_jsonb(a) FROM t21_c')).toEqual([['["a  "]', '"a  "', '["a  "]']]);
  });
});

describe('an array cast to a typmod', () => {
  it('casts each element as an explicit cast does', () => {
    expect(run("SELECT '{a,abcd}'::varchar(2)[], ARRAY['xyz']::char(2)[], '{1.555}'::numeric(4,2)[], v::varchar(1)[] FROM t21_c")).toEqual([['["a","ab"]', '["xy"]', '[1.56]', '["a"]']]);
    expect(fails("SELECT '{123.4}'::numeric(4,2)[]")).toBe('22003');
  });
});

describe('input spellings', () => {
  it('reads hexadecimal floats as strtod does', () => {
    expect(run("SELECT '0x10'::float8, '-0x1.8p1'::float8")).toEqual([[16, -3]]);
    expect(fails("SELECT '0x'::float8")).toBe('22P02');
  });

  it('reads bare numbers under an interval field range as DecodeInterval does', () => {
    expect(run("SELECT interval '1 2' day to hour, interval '1:2' minute to second, interval '1 year 2' year to month")).toEqual([['1 day 02:00:00', '00:01:02', '1 year 2 mons']]);
    expect(fails("SELECT interval '2 3' day to second")).toBe('22007');
  });

  it('reads untyped literals beside typed values with the type input', () => {
    expect(run("SELECT ARRAY['1 day'::interval, '-1 mon']")).toEqual([['["1 day","-1 mons"]']]);
    expect(run("SELECT '1 day'::interval UNION ALL SELECT '-1 mon'")).toEqual([['1 day'], ['-1 mons']]);
    expect(run("SELECT nullif('1 day'::interval, '24:00:00')")).toEqual([[null]]);
  });
});

describe('functions PostgreSQL 15 lacks', () => {
  it('min and max of uuid and bytea are 42883', () => {
    expect(fails('SELECT min(NULL::uuid)')).toBe('42883');
    expect(fails("SELECT max('\\x01'::bytea)")).toBe('42883');
  });
});
