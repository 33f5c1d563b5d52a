/**
 * The thirty-sixth session's silent differences in a booking system and an IoT time-series store
 * (test/corpus/55-wrong36.sql), through a real server and the `pg` driver: each answer here is
 * PostgreSQL 15's, where evsql answered another value, let a row in that PostgreSQL refuses, or
 * failed with another error.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, failure } = sharedClient();
const text = async (sql: string) => (await client().query({ text: sql, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

afterAll(async () => {
  await client().query('DROP TABLE IF EXISTS w36t_hold, w36t_break, w36t_shift, w36t_probe, w36t_slot, w36t_reading, w36t_daily, w36t_mean');
});

describe('an untyped NaN or infinity beside numerics of a VALUES column', () => {
  it('leaves the other rows their written scales (1.0 printed 1)', async () => {
    expect(await text(`SELECT x FROM (VALUES (1.0::numeric), ('NaN'), (-1), ('Infinity'), (2.50)) v(x) ORDER BY x`)).toEqual([['-1'], ['1.0'], ['2.50'], ['Infinity'], ['NaN']]);
    expect(await text(`SELECT x FROM (VALUES (1.0), ('-Infinity')) v(x) ORDER BY x`)).toEqual([['-Infinity'], ['1.0']]);
  });

  it('does not lend its statement shape to a later one with a number in its place', async () => {
    // The simple-protocol template made for ('NaN') carried no scales, and ('2.50') reused it: 1 for 1.0.
    expect(await text(`SELECT x FROM (VALUES (3.0::numeric), ('NaN')) v(x) ORDER BY x`)).toEqual([['3.0'], ['NaN']]);
    expect(await text(`SELECT x FROM (VALUES (3.0::numeric), ('2.50')) v(x) ORDER BY x`)).toEqual([['2.50'], ['3.0']]);
  });
});

describe('CREATE TABLE AS of a function of aggregates', () => {
  it('stores round(avg(…)::numeric, 2) at scale 2 (22.00 was stored as 22)', async () => {
    await client().query('CREATE TABLE w36t_reading (device int, temp float8)');
    await client().query('INSERT INTO w36t_reading VALUES (1, 22), (1, 22), (2, 18.5), (2, 18.5)');
    await client().query('CREATE TABLE w36t_daily AS SELECT device, round(avg(temp)::numeric, 2) AS t, trunc(sum(temp)::numeric, 1) AS s, count(*) AS n FROM w36t_reading GROUP BY device');
    expect(await text('SELECT device, t, s, n FROM w36t_daily ORDER BY device')).toEqual([
      ['1', '22.00', '44.0', '2'],
      ['2', '18.50', '37.0', '2'],
    ]);
    await client().query('CREATE TABLE w36t_mean AS SELECT round(avg(temp)::numeric, 3) AS m FROM w36t_reading');
    expect(await text('SELECT m, m * 2 FROM w36t_mean')).toEqual([['20.250', '40.500']]);
  });
});

describe('width_bucket', () => {
  it('refuses a NaN operand or bound and infinite bounds with 2201G (was XX000 with a JavaScript message)', async () => {
    expect(await failure(`SELECT width_bucket('NaN'::float8, 0, 10, 5)`)).toEqual({ code: '2201G', message: 'operand, lower bound, and upper bound cannot be NaN' });
    expect(await failure(`SELECT width_bucket(5, 0, 'NaN'::numeric, 5)`)).toEqual({ code: '2201G', message: 'operand, lower bound, and upper bound cannot be NaN' });
    expect(await failure(`SELECT width_bucket(1, 0, 'Infinity'::float8, 5)`)).toEqual({ code: '2201G', message: 'lower and upper bounds must be finite' });
  });

  it('still buckets an infinite operand past the last bucket', async () => {
    expect(await text(`SELECT width_bucket('Infinity'::float8, 0, 10, 5), width_bucket('-Infinity'::float8, 0, 10, 5), width_bucket(5.35, 0.024, 10.06, 5)`)).toEqual([['6', '0', '3']]);
  });
});

describe('CHECK constraints read their columns as their types', () => {
  it('compares a difference of timestamptz columns with an interval (a 9-hour shift got in)', async () => {
    await client().query(`CREATE TABLE w36t_shift (s timestamptz, e timestamptz, CHECK (e - s <= interval '8 hours'), CHECK (s::date = e::date))`);
    await client().query(`INSERT INTO w36t_shift VALUES ('2024-03-01 09:00+00', '2024-03-01 17:00+00')`);
    expect((await failure(`INSERT INTO w36t_shift VALUES ('2024-03-01 09:00+00', '2024-03-01 18:00+00')`))?.message).toBe('new row for relation "w36t_shift" violates check constraint "w36t_shift_check"');
    expect((await failure(`INSERT INTO w36t_shift VALUES ('2024-03-01 20:00+00', '2024-03-02 01:00+00')`))?.code).toBe('23514');
    expect((await failure(`UPDATE w36t_shift SET e = e + interval '1 minute'`))?.code).toBe('23514');
    expect(await text('SELECT count(*) FROM w36t_shift')).toEqual([['1']]);
  });

  it("compares a float8 with 'Infinity', takes extract(epoch) of an interval and AT TIME ZONE of a timestamptz", async () => {
    await client().query(`CREATE TABLE w36t_probe (q float8 CHECK (q >= 0 AND q < 'Infinity'), i interval CHECK (extract(epoch FROM i) < 3600), b timestamptz CHECK ((b AT TIME ZONE 'UTC')::date >= '2024-01-01'))`);
    expect((await failure(`INSERT INTO w36t_probe (q) VALUES ('Infinity')`))?.code).toBe('23514');
    await client().query(`INSERT INTO w36t_probe (q, i) VALUES (1e300, '59 minutes')`);
    // extract(epoch) of the stored interval was read as a timestamp: 22007.
    expect((await failure(`INSERT INTO w36t_probe (i) VALUES ('1 day')`))?.code).toBe('23514');
    // 23:30 at -01 is 00:30 UTC on the first: within the check; at +00 it is the day before.
    await client().query(`INSERT INTO w36t_probe (b) VALUES ('2023-12-31 23:30-01')`);
    expect((await failure(`INSERT INTO w36t_probe (b) VALUES ('2023-12-31 23:30+00')`))?.code).toBe('23514');
    expect(await text('SELECT q, i, b FROM w36t_probe ORDER BY b NULLS FIRST')).toEqual([
      ['1e+300', '00:59:00', null],
      [null, null, '2024-01-01 00:30:00+00'],
    ]);
  });

  it('checks the rows already there with the typed constraint when ALTER TABLE adds one', async () => {
    await client().query(`CREATE TABLE w36t_break (s timestamptz, e timestamptz, brk interval, d date)`);
    await client().query(`INSERT INTO w36t_break VALUES ('2024-03-01 09:00+00', '2024-03-01 17:00+00', '45 minutes', '2024-07-05')`);
    // The rows were checked by an untyped copy of the expression: every row failed this one.
    await client().query(`ALTER TABLE w36t_break ADD CONSTRAINT w36t_break_len CHECK (e - s - brk >= interval '2 hours')`);
    expect(await failure(`ALTER TABLE w36t_break ADD CONSTRAINT w36t_break_long CHECK (e - s - brk >= interval '9 hours')`)).toEqual({ code: '23514', message: 'check constraint "w36t_break_long" of relation "w36t_break" is violated by some row' });
    // A date literal is read as a date when the constraint is made, not compared as text ('2024-07-05' < '07/06/2024').
    await client().query(`SET DateStyle = 'ISO, MDY'`);
    try {
      await client().query(`ALTER TABLE w36t_break ADD CONSTRAINT w36t_break_d CHECK (d >= '07/04/2024')`);
      expect((await failure(`ALTER TABLE w36t_break ADD CONSTRAINT w36t_break_d2 CHECK (d >= '07/06/2024')`))?.code).toBe('23514');
    } finally {
      await client().query('RESET DateStyle');
    }
    expect((await failure(`INSERT INTO w36t_break VALUES ('2024-03-01 09:00+00', '2024-03-01 10:00+00', '0 minutes', '2024-08-01')`))?.message).toBe('new row for relation "w36t_break" violates check constraint "w36t_break_len"');
  });

  it('takes a function of a column in a CHECK and a generated column of timestamp arithmetic', async () => {
    await client().query(`CREATE TABLE w36t_slot (starts timestamp CHECK (extract(minute FROM starts)::int % 15 = 0), mins int CHECK (mins % 15 = 0), ends timestamp GENERATED ALWAYS AS (starts + mins * interval '1 minute') STORED, CHECK (date_trunc('day', starts) = date_trunc('day', starts + (mins - 1) * interval '1 minute')))`);
    expect(await text(`INSERT INTO w36t_slot VALUES ('2024-03-01 09:00', 90) RETURNING ends`)).toEqual([['2024-03-01 10:30:00']]);
    expect((await failure(`INSERT INTO w36t_slot VALUES ('2024-03-01 09:05', 30)`))?.code).toBe('23514');
    expect((await failure(`INSERT INTO w36t_slot VALUES ('2024-03-01 23:30', 60)`))?.message).toBe('new row for relation "w36t_slot" violates check constraint "w36t_slot_check"');
    await client().query(`INSERT INTO w36t_slot VALUES ('2024-03-01 23:00', 60)`);
  });
});

describe('a partial unique index over typed columns', () => {
  it('holds the rows its predicate holds for, as PostgreSQL reads the columns (a duplicate got in, another was refused)', async () => {
    await client().query('CREATE TABLE w36t_hold (id int, guest text, s timestamptz, e timestamptz, fee float8)');
    await client().query(`CREATE UNIQUE INDEX w36t_hold_long ON w36t_hold (guest) WHERE e - s > interval '8 hours'`);
    await client().query(`CREATE UNIQUE INDEX w36t_hold_paid ON w36t_hold (id) WHERE fee < 'Infinity'`);
    await client().query(`INSERT INTO w36t_hold VALUES (1, 'ann', '2024-03-01 09:00+00', '2024-03-01 17:01+00', 'Infinity')`);
    expect((await failure(`INSERT INTO w36t_hold VALUES (1, 'ann', '2024-03-01 09:00+00', '2024-03-01 18:00+00', 'Infinity')`))?.code).toBe('23505');
    // Two infinite fees are outside w36t_hold_paid: PostgreSQL takes both.
    await client().query(`INSERT INTO w36t_hold VALUES (2, 'bob', '2024-03-01 09:00+00', '2024-03-01 10:00+00', 5), (3, 'bob', '2024-03-02 09:00+00', '2024-03-02 10:00+00', 'Infinity'), (3, 'cy', '2024-03-02 09:00+00', '2024-03-02 10:00+00', 'Infinity')`);
    expect((await failure(`INSERT INTO w36t_hold VALUES (2, 'dee', '2024-03-01 09:00+00', '2024-03-01 10:00+00', 7)`))?.code).toBe('23505');
    expect(await text('SELECT id, guest FROM w36t_hold ORDER BY id, guest')).toEqual([['1', 'ann'], ['2', 'bob'], ['3', 'bob'], ['3', 'cy']]);
    expect(await text(`INSERT INTO w36t_hold VALUES (2, 'eve', now(), now(), 9) ON CONFLICT (id) WHERE fee < 'Infinity' DO UPDATE SET fee = excluded.fee RETURNING id, guest, fee`)).toEqual([['2', 'bob', '9']]);
  });
});
