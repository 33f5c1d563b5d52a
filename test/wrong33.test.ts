/**
 * The thirty-third session's silent differences in dates, times and formatted output
 * (test/corpus/52-wrong33.sql), through a real server and the `pg` driver: each answer here is
 * PostgreSQL 15's, where evsql answered another value (or refused a form PostgreSQL reads).
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const text = async (sql: string) => (await client().query({ text: sql, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;
const sqlState = async (sql: string) => client().query(sql).then(() => 'no error', (e: { code?: string }) => e.code);

beforeEach(async () => {
  await client().query(`SET TIME ZONE 'UTC'`);
});

afterAll(async () => {
  await client().query('DROP VIEW IF EXISTS w33v');
  await client().query('DROP TABLE IF EXISTS w33t, w33c, w33f');
});

describe('the ISO year of a BC date', () => {
  it('is counted as extract(year) counts a BC year: ISO year 0 is -1, -1 is -2', async () => {
    // 1 BC began on a Saturday, so its January 1 is in the ISO year before it, 2 BC.
    expect(await text(`SELECT extract(isoyear FROM date '0001-01-01 BC'), extract(isoyear FROM date '0001-06-01 BC'), extract(year FROM date '0001-06-01 BC'), extract(isoyear FROM date '2021-01-03')`)).toEqual([['-2', '-1', '-1', '2020']]);
  });

  it('prints in to_char as YYYY prints a BC year (44 BC is 0044, not -0043)', async () => {
    expect(await text(`SELECT to_char(timestamp '0044-03-15 12:00:00 BC', 'IYYY IYY IY I YYYY'), to_char(date '2020-12-31', 'IYYY-IW')`)).toEqual([['0044 044 44 4 0044', '2020-53']]);
  });
});

describe('date/time input', () => {
  it('takes a BC year of two digits as written, where an AD one is put in 1970-2069', async () => {
    expect(await text(`SELECT date 'Jan 8 99 BC', date 'January 8, 99 BC', date 'Jan 8 99', date '8 January 69'`)).toEqual([['0099-01-08 BC', '0099-01-08 BC', '1999-01-08', '2069-01-08']]);
  });

  it('reads a year and a day of it after any separator, days 1 to 366 counted from January 1', async () => {
    expect(await text(`SELECT date '2024-001', date '2024/032', date '2023-366', timestamp '2024-032 10:00'`)).toEqual([['2024-01-01', '2024-02-01', '2024-01-01', '2024-02-01 10:00:00']]);
    expect(await sqlState(`SELECT date '2024-400'`)).toBe('22007');
    expect(await sqlState(`SELECT date '2024.000'`)).toBe('22007');
  });

  it('reads a run of six or more digits as the year, then month and day of two digits each', async () => {
    expect(await text(`SELECT date '120240704', date '0240704', date '240704'`)).toEqual([['12024-07-04', '0024-07-04', '2024-07-04']]);
    // '2024001' is year 202, month 40.
    expect(await sqlState(`SELECT date '2024001'`)).toBe('22008');
  });
});

describe('a timestamp rounded to its precision', () => {
  it('rounds half away from 2000-01-01, so a half before it goes to the earlier value', async () => {
    expect(await text(`SELECT '1999-12-31 23:59:59.95'::timestamptz(1), '1999-06-01 12:00:00.5'::timestamp(0), '2024-06-01 12:00:00.5'::timestamp(0), '1999-06-01 12:00:00.51'::timestamp(0)`)).toEqual([
      ['1999-12-31 23:59:59.9+00', '1999-06-01 12:00:00', '2024-06-01 12:00:01', '1999-06-01 12:00:01'],
    ]);
    await client().query('CREATE TABLE w33t (id int PRIMARY KEY, ts timestamp(0))');
    expect(await text(`INSERT INTO w33t VALUES (1, '1969-07-20 20:17:40.5'), (2, '2024-07-20 20:17:40.5') RETURNING ts`)).toEqual([['1969-07-20 20:17:40'], ['2024-07-20 20:17:41']]);
  });
});

describe('to_date and to_timestamp', () => {
  it('skip the spaces after a field, so a separator matches the one after them', async () => {
    expect(await text(`SELECT to_date('  2024 - 07 - 04', 'YYYY-MM-DD'), to_date('2024 -07', 'YYYY-MM'), to_timestamp('2024-07-04 15 : 05', 'YYYY-MM-DD HH24:MI')`)).toEqual([
      ['2024-07-04', '2024-07-01', '2024-07-04 15:05:00+00'],
    ]);
    expect(await sqlState(`SELECT to_date('2024 x 07', 'YYYY-MM')`)).toBe('22007');
  });
});

describe('to_char of NaN', () => {
  it('has no trailing sign where the template has a decimal point, as NaN has no digits after one', async () => {
    expect(await text(`SELECT '[' || to_char('NaN'::numeric, '999D99PR') || ']', '[' || to_char('NaN'::float8, '999D99S') || ']', '[' || to_char('NaN'::numeric, '999.99MI') || ']', '[' || to_char('NaN'::numeric, '999.99PL') || ']'`)).toEqual([
      ['[ NaN]', '[NaN]', '[NaN]', '[ NaN]'],
    ]);
    // Without a point, or for a number, the trailing sign stays.
    expect(await text(`SELECT '[' || to_char('NaN'::numeric, '999PR') || ']', '[' || to_char(2.5, '999D99PR') || ']', '[' || to_char('Infinity'::numeric, '99D9PR') || ']'`)).toEqual([
      ['[ NaN ]', '[   2.50 ]', '[ ##.# ]'],
    ]);
  });
});

describe("to_char's TZ", () => {
  it("prints the tz database's abbreviation where CLDR's English names differ: the offset, or other letters", async () => {
    const tz = async (zone: string) => {
      await client().query(`SET TIME ZONE '${zone}'`);
      return text(`SELECT to_char(timestamptz '2024-01-15 12:00+00', 'TZ'), to_char(timestamptz '2024-07-15 12:00+00', 'TZ OF')`);
    };
    expect(await tz('Australia/Lord_Howe')).toEqual([['+11', '+1030 +10:30']]);
    expect(await tz('Australia/LHI')).toEqual([['+11', '+1030 +10:30']]);
    expect(await tz('Asia/Dubai')).toEqual([['+04', '+04 +04']]);
    expect(await tz('Australia/Eucla')).toEqual([['+0845', '+0845 +08:45']]);
    expect(await tz('America/Miquelon')).toEqual([['-03', '-02 -02']]);
    expect(await tz('America/Adak')).toEqual([['HST', 'HDT -09']]);
    expect(await tz('US/Aleutian')).toEqual([['HST', 'HDT -09']]);
    // Zones CLDR writes only as 'GMT-3' were refused (0A000); the database names them by their offsets.
    expect(await tz('America/Sao_Paulo')).toEqual([['-03', '-03 -03']]);
    expect(await tz('Brazil/East')).toEqual([['-03', '-03 -03']]);
    expect(await tz('Asia/Kathmandu')).toEqual([['+0545', '+0545 +05:45']]);
    expect(await tz('Asia/Singapore')).toEqual([['+08', '+08 +08']]);
    // Zones CLDR names as the database does are unchanged.
    expect(await tz('America/New_York')).toEqual([['EST', 'EDT -04']]);
  });

  it('is refused where the offset does not tell the name: before Lord Howe took its own, or a local mean time', async () => {
    await client().query(`SET TIME ZONE 'Australia/Lord_Howe'`);
    expect(await sqlState(`SELECT to_char(timestamptz '1975-01-15 12:00+00', 'TZ')`)).toBe('0A000');
    await client().query(`SET TIME ZONE 'Asia/Dubai'`);
    expect(await sqlState(`SELECT to_char(timestamptz '1900-01-15 12:00+00', 'TZ')`)).toBe('0A000');
  });
});

describe('JSON of dates and times under other session styles', () => {
  it('writes a timestamptz in the session zone as ISO 8601 in any DateStyle', async () => {
    await client().query(`SET TIME ZONE 'America/New_York'`);
    await client().query(`SET DateStyle = 'SQL, DMY'`);
    try {
      expect(await text(`SELECT to_json(timestamptz '2024-07-04 15:05+00'), to_jsonb(timestamptz '2024-01-04 15:05+00'), json_build_object('t', timestamptz '2024-07-04 15:05+00')::text, timestamptz '2024-07-04 15:05+00'`)).toEqual([
        ['"2024-07-04T11:05:00-04:00"', '"2024-01-04T10:05:00-05:00"', '{"t" : "2024-07-04T11:05:00-04:00"}', '04/07/2024 11:05:00 EDT'],
      ]);
    } finally {
      await client().query('RESET DateStyle');
    }
  });

  it("writes a range as its text output, a tstzrange's bounds in the session zone", async () => {
    await client().query(`SET TIME ZONE 'America/New_York'`);
    expect(await text(`SELECT to_json(tstzrange('2024-07-04 00:00+00', '2024-07-05 00:00+00')), json_build_object('r', numrange(1.50, 2))::text, row_to_json(row(tstzrange('2024-07-04 00:00+00', NULL)))`)).toEqual([
      ['"[\\"2024-07-03 20:00:00-04\\",\\"2024-07-04 20:00:00-04\\")"', '{"r" : "[1.50,2)"}', '{"f1":"[\\"2024-07-03 20:00:00-04\\",)"}'],
    ]);
  });
});

describe('JSON of a float array', () => {
  it('writes each element as float8out or float4out prints it, under extra_float_digits too', async () => {
    expect(await text(`SELECT to_json('{1.5e-7,1e21,NaN}'::float8[]), to_json('{0.1,1e-5}'::float4[]), to_jsonb('{1.5e-7}'::float4[])`)).toEqual([['[1.5e-07,1e+21,"NaN"]', '[0.1,1e-05]', '[0.00000015]']]);
    await client().query('SET extra_float_digits = 0');
    try {
      expect(await text(`SELECT to_json('{0.3333333333333333}'::float8[]), json_build_object('a', ARRAY[2.0::float8 / 3])::text`)).toEqual([['[0.333333333333333]', '{"a" : [0.666666666666667]}']]);
    } finally {
      await client().query('RESET extra_float_digits');
    }
  });
});

describe('a to_char template', () => {
  it('takes a backslash in quoted text as quoting the character after it', async () => {
    expect(await text(`SELECT to_char(timestamp '2024-07-04', '"say \\" YYYY" YYYY'), to_char(timestamp '2024-07-04', '"a\\\\b" YYYY'), to_date('x"y 2024', '"x\\"y" YYYY')`)).toEqual([['say " YYYY 2024', 'a\\b 2024', '2024-01-01']]);
  });
});

describe('date and time literals in a CHECK, an index predicate or a view', () => {
  it('are read when the object is made, in that session\'s TimeZone and DateStyle, and compared as values', async () => {
    await client().query(`SET TIME ZONE 'America/New_York'`);
    await client().query(`SET DateStyle = 'ISO, DMY'`);
    try {
      await client().query(`CREATE TABLE w33c (id int PRIMARY KEY, d date CHECK (d >= '07/04/2024'), tz timestamptz CHECK (tz BETWEEN '2024-01-01' AND '2025-01-01'), t time CHECK (t < '5:00 pm'))`);
      await client().query(`CREATE INDEX w33c_recent ON w33c (id) WHERE tz > '2024-06-01'`);
      await client().query(`CREATE VIEW w33v AS SELECT id, timestamptz '2024-07-04 12:00' AS noon, d < '01/08/2024' AS early FROM w33c`);
    } finally {
      await client().query('RESET DateStyle');
    }
    await client().query(`SET TIME ZONE 'UTC'`);
    await client().query(`INSERT INTO w33c VALUES (1, '2024-04-07', '2024-01-01 05:00+00', '16:59')`);
    // April 6th is before '07/04/2024' read as DMY; 04:00 UTC is before New York's midnight; 18:00 is past 5 pm.
    expect(await sqlState(`INSERT INTO w33c VALUES (2, '2024-04-06', '2024-01-01 05:00+00', '10:00')`)).toBe('23514');
    expect(await sqlState(`INSERT INTO w33c VALUES (3, '2024-05-01', '2024-01-01 04:00+00', '10:00')`)).toBe('23514');
    expect(await sqlState(`INSERT INTO w33c VALUES (4, '2024-05-01', '2024-02-01 00:00+00', '18:00')`)).toBe('23514');
    expect(await text(`SELECT id, noon, early FROM w33v`)).toEqual([['1', '2024-07-04 16:00:00+00', 't']]);
  });
});

describe('a float compared with a numeric', () => {
  it('compares as float8, as the numeric is cast to it implicitly: its digits past a double do not count', async () => {
    expect(await text(`SELECT (1.0/3)::float8 = 1.0/3, 0.1::float8 = 0.10000000000000000001, (2.0/3)::float8 < 2.0/3, 0.1::real = 0.1, 0.1::float8 IN (0.10000000000000000001), (1.0/3)::float8 IS DISTINCT FROM 1.0/3, nullif((1.0/3)::float8, 1.0/3)`)).toEqual([
      ['t', 't', 'f', 'f', 't', 'f', null],
    ]);
    await client().query('CREATE TABLE w33f (id int PRIMARY KEY, f float8, n numeric)');
    await client().query(`INSERT INTO w33f VALUES (1, 1.0/3, 1.0/3), (2, 0.1, 0.1), (3, 1e16, 10000000000000001)`);
    expect(await text(`SELECT id FROM w33f WHERE f = n ORDER BY id`)).toEqual([['1'], ['2'], ['3']]);
    expect(await text(`SELECT id FROM w33f WHERE f < n OR f > n ORDER BY id`)).toEqual([]);
    expect(await text(`SELECT id FROM w33f WHERE f IN (0.33333333333333333333, 0.1) ORDER BY id`)).toEqual([['1'], ['2']]);
    // A numeric among floats in CASE, COALESCE or GREATEST is the float it casts to, printed as one.
    expect(await text(`SELECT coalesce(NULL::float8, 1.0/3), coalesce(NULL::real, 1.0/3), CASE WHEN id > 0 THEN n ELSE f END, greatest(f, 0.10000000000000000001) FROM w33f WHERE id = 1`)).toEqual([
      ['0.3333333333333333', '0.33333334', '0.3333333333333333', '0.3333333333333333'],
    ]);
    // And in a VALUES column of floats, where it is one value with the float it rounds to.
    expect(await text(`SELECT x, count(*) OVER (PARTITION BY x) FROM (VALUES (0.1::float8), (1.0/3), (0.10000000000000000001)) v(x) ORDER BY x`)).toEqual([
      ['0.1', '2'],
      ['0.1', '2'],
      ['0.3333333333333333', '1'],
    ]);
  });
});
