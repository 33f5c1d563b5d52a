/**
 * The eighteenth session's fixes of older sweeps' mismatches (32-datetime13.sql): IntervalStyle
 * and DateStyle, which evsql refused but for the defaults and iso_8601 and which an interval's or
 * a date's cast to text ignored. Checked on the translation and on what SQLite answers for it,
 * under the styles a session's request carries (session-styles.ts).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../dialect/runtime/catalog/install.js';
import { setSessionStyles } from '../../pg/types/session-styles.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  // ANY and ALL read arrays with the catalog's functions.
  new Catalog(await openTranslatedDb());
  run('CREATE TABLE os18 (id int PRIMARY KEY, i interval, d date, ts timestamp, tz timestamptz, note text)');
  run("INSERT INTO os18 VALUES (1, '1 day -2 hours', '2024-07-04', '2024-07-04 13:14:15.5', '2024-07-04 13:14:15+00', '04/07/2024')");
});

afterEach(() => setSessionStyles({}));

const under = (settings: Record<string, string>, sql: string) => {
  setSessionStyles(settings);
  return run(sql);
};

describe('IntervalStyle', () => {
  it('prints an interval cast to text, concatenated or in JSON in the session’s style', () => {
    expect(under({ intervalstyle: 'iso_8601' }, "SELECT i::text, i || '', format('%s', i), to_json(i), array[i]::text FROM os18")).toEqual([['P1DT-2H', 'P1DT-2H', 'P1DT-2H', '"P1DT-2H"', '{P1DT-2H}']]);
    expect(under({ intervalstyle: 'sql_standard' }, 'SELECT i::text, to_json(i) FROM os18')).toEqual([['+0-0 +1 -2:00:00', '"+0-0 +1 -2:00:00"']]);
    expect(under({ intervalstyle: 'postgres_verbose' }, 'SELECT i::text FROM os18')).toEqual([['@ 1 day -2 hours']]);
    expect(under({}, 'SELECT i::text FROM os18')).toEqual([['1 day -02:00:00']]);
  });

  it('prints sql_standard and postgres_verbose as EncodeInterval does', () => {
    const texts = "SELECT interval '1 year 2 months'::text, interval '-3 days -04:05:06'::text, interval '0'::text, interval '-0.5 seconds'::text, interval '1 hour ago'::text";
    expect(under({ intervalstyle: 'sql_standard' }, texts)).toEqual([['1-2', '-3 4:05:06', '0', '-0:00:00.5', '-1:00:00']]);
    expect(under({ intervalstyle: 'postgres_verbose' }, texts)).toEqual([['@ 1 year 2 mons', '@ 3 days 4 hours 5 mins 6 secs ago', '@ 0', '@ 0.5 secs ago', '@ 1 hour ago']]);
  });

  it('reads a leading minus as the whole value’s under sql_standard when no other field is signed', () => {
    const sql = "SELECT interval '-1 2:03:04'::text, interval '-1 +2:03:04'::text, '-1 year 2 months'::interval::text";
    expect(under({ intervalstyle: 'sql_standard' }, sql)).toEqual([['-1 2:03:04', '+0-0 -1 +2:03:04', '-1-2']]);
    expect(under({}, sql)).toEqual([['-1 days +02:03:04', '-1 days +02:03:04', '-10 mons']]);
  });
});

describe('DateStyle', () => {
  it('reads ambiguous dates in its field order, in literals and in casts of stored text', () => {
    expect(under({ datestyle: 'ISO, DMY' }, "SELECT '04/07/2024'::date::text, '1/2/3'::date::text, note::date::text FROM os18")).toEqual([['2024-07-04', '2003-02-01', '2024-07-04']]);
    expect(under({ datestyle: 'ISO, YMD' }, "SELECT '24/07/04'::date::text, '04-Jul-24'::date::text, '2024/07/04'::date::text")).toEqual([['2024-07-04', '2004-07-24', '2024-07-04']]);
    expect(under({}, "SELECT note::date::text FROM os18")).toEqual([['2024-04-07']]);
    setSessionStyles({ datestyle: 'ISO, YMD' });
    expect(fails("SELECT '07/04/2024'::date")).toBe('22008');
  });

  it('prints dates and timestamps in the SQL, Postgres and German styles', () => {
    const sql = 'SELECT d::text, ts::text, tz::text FROM os18';
    expect(under({ datestyle: 'SQL, MDY' }, sql)).toEqual([['07/04/2024', '07/04/2024 13:14:15.5', '07/04/2024 13:14:15 UTC']]);
    expect(under({ datestyle: 'SQL, DMY' }, sql)).toEqual([['04/07/2024', '04/07/2024 13:14:15.5', '04/07/2024 13:14:15 UTC']]);
    expect(under({ datestyle: 'Postgres, MDY' }, sql)).toEqual([['07-04-2024', 'Thu Jul 04 13:14:15.5 2024', 'Thu Jul 04 13:14:15 2024 UTC']]);
    expect(under({ datestyle: 'Postgres, DMY', timezone: 'America/New_York' }, sql)).toEqual([['04-07-2024', 'Thu 04 Jul 13:14:15.5 2024', 'Thu 04 Jul 09:14:15 2024 EDT']]);
    expect(under({ datestyle: 'German, DMY' }, "SELECT d::text, date '0044-03-15 BC'::text, daterange(d, d + 1)::text FROM os18")).toEqual([['04.07.2024', '15.03.0044 BC', '[04.07.2024,05.07.2024)']]);
  });

  it('names a zone of UTC’s time as the zone does (GMT for Etc/GMT), in its output and in to_char’s TZ', () => {
    expect(under({ datestyle: 'SQL, MDY', timezone: 'Etc/GMT' }, "SELECT tz::text, to_char(tz, 'TZ') FROM os18")).toEqual([['07/04/2024 13:14:15 GMT', 'GMT']]);
  });

  it('refuses a timestamptz whose zone abbreviation evsql does not know, rather than print another', () => {
    // JST in the tz database; no English locale of Intl knows it.
    setSessionStyles({ datestyle: 'SQL, MDY', timezone: 'Asia/Tokyo' });
    expect(fails('SELECT tz::text FROM os18')).toBe('0A000');
  });

  it("prints the abbreviation a zone's regional English locale knows (IST in en-IN), as PostgreSQL's tz database has it", () => {
    expect(under({ datestyle: 'SQL, MDY', timezone: 'Asia/Kolkata' }, 'SELECT tz::text FROM os18')).toEqual([['07/04/2024 18:44:15 IST']]);
  });
});

describe('silent answers of other sweeps', () => {
  it('counts age() to infinity as PostgreSQL 15 does, from the instant its int64 holds', () => {
    expect(run("SELECT age(timestamp 'infinity', timestamp '2024-07-04')::text, age(timestamp '2024-07-04', timestamp 'infinity')::text")).toEqual([['292252 years 6 mons 5 days 04:00:54.775807', '-292252 years -6 mons -5 days -04:00:54.775807']]);
    expect(fails("SELECT age(timestamp '-infinity', timestamp '2024-07-04')")).toBe('22008');
  });

  it('answers NULL for x op ANY/ALL of a NULL array, as of an array of one NULL', () => {
    expect(run("SELECT 1 = ANY (NULL::int[]), 1 <> ALL (NULL::int[]), 'a' LIKE ANY (NULL::text[]), 'a' = ANY (NULL::text[]), NULL::int = ANY ('{}'::int[])")).toEqual([[null, null, null, null, 0n]]);
    expect(run("SELECT count(*) FROM os18 WHERE NOT (id = ANY (NULL::int[]))")).toEqual([[0n]]);
  });

  it('joins an array’s elements as their output prints them in array_to_string', () => {
    expect(under({ timezone: 'America/New_York' }, "SELECT array_to_string(array[tz, NULL], ',', '*') FROM os18")).toEqual([['2024-07-04 09:14:15-04,*']]);
    expect(under({ datestyle: 'German, DMY' }, "SELECT array_to_string(array[d], ','), array_to_string(array[1.5::float8, 1e20], ';') FROM os18")).toEqual([['04.07.2024', '1.5;1e+20']]);
  });

  it('casts a row of one field to text as record_out prints it', () => {
    expect(run("SELECT 1, row(2)::text, row(1, 'a b', NULL)::text, row(date '2024-07-04', time '13:14')::text")).toEqual([[1n, '(2)', '(1,"a b",)', '(2024-07-04,13:14:00)']]);
  });
});

describe('text search functions of the documentation’s tables', () => {
  it('deletes lexemes, filters weights, and converts to and from arrays', () => {
    expect(run("SELECT ts_delete('fat:2,4 cat:3 rat:5A'::tsvector, 'fat'), ts_delete('fat:2,4 cat:3 rat:5A'::tsvector, ARRAY['fat', 'rat', NULL]), ts_delete('a:1 b:2'::tsvector, '{a}')")).toEqual([["'cat':3 'rat':5A", "'cat':3", "'a':1 'b':2"]]);
    expect(run("SELECT ts_filter('fat:2,4 cat:3b,7c rat:5A'::tsvector, '{a,b}'), ts_filter('a:1A b'::tsvector, '{}')")).toEqual([["'cat':3B 'rat':5A", '']]);
    expect(run("SELECT array_to_tsvector('{fat,cat,rat,cat}'::text[]), tsvector_to_array('fat:2,4 cat:3 rat:5A'::tsvector)")).toEqual([["'cat' 'fat' 'rat'", '["cat","fat","rat"]']]);
    expect(run('SELECT get_current_ts_config()')).toEqual([['english']]);
  });

  it('fails as tsvector_op.c does on NULLs, empty lexemes and unknown weights', () => {
    expect(fails("SELECT array_to_tsvector('{a,NULL}'::text[])")).toBe('22004');
    expect(fails("SELECT array_to_tsvector('{a,\"\"}'::text[])")).toBe('2200F');
    expect(fails("SELECT ts_filter('a:1A'::tsvector, '{x}')")).toBe('22023');
    expect(fails("SELECT ts_filter('a:1A'::tsvector, '{a,NULL}')")).toBe('22004');
    expect(fails("SELECT ts_delete('a'::tsvector, 1)")).toBe('42883');
  });
});

describe('convert, convert_from and convert_to', () => {
  it('convert between UTF8 and LATIN1', () => {
    const hex = (v: unknown) => (v as Buffer).toString('hex');
    const [[a, b, c]] = run("SELECT convert('text_in_utf8', 'UTF8', 'LATIN1'), convert('\\xc3a9', 'utf-8', 'iso88591'), convert_to('é', 'Latin1')");
    expect([hex(a), hex(b), hex(c)]).toEqual(['746578745f696e5f75746638', 'e9', 'e9']);
    expect(run("SELECT convert_from('\\xe9'::bytea, 'LATIN1'), convert_from('\\x616263', 'UTF8')")).toEqual([['é', 'abc']]);
  });

  it('check the bytes they read instead of replacing what is no character', () => {
    expect(fails("SELECT convert_from('\\xff41'::bytea, 'UTF8')")).toBe('22021');
    expect(fails("SELECT convert_from('\\xe282'::bytea, 'UTF8')")).toBe('22021');
    expect(fails("SELECT convert_from('\\x00'::bytea, 'LATIN1')")).toBe('22021');
    expect(fails("SELECT convert_to('€', 'LATIN1')")).toBe('22P05');
    expect(fails("SELECT convert('a', 'UTF8', 'nonesuch')")).toBe('22023');
    expect(fails("SELECT convert_to('a', 'EUC_JP')")).toBe('0A000');
  });
});
