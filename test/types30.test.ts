/**
 * What the thirtieth session's types sweep (test/corpus/49-types30.sql) added, on a real server
 * through the `pg` driver; each expected value is PostgreSQL 15's answer to the same statement:
 * bit(n) and varbit(n) columns (stored as bit_out's text, sorted as bitcmp sorts), money (a
 * count of cents, printed as under lc_monetary C) and timetz (timetz_out's text, sorted as
 * timetz_cmp sorts), with their errors' SQLSTATEs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string, values?: unknown[]) => c.query(sql, values).then(() => undefined, (e: { code?: string }) => e.code);
const position = async (sql: string) => c.query(sql).then(() => undefined, (e: { position?: string }) => e.position);

async function copyOut(sql: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = c.query(copyTo(sql));
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  c = client();
  await c.query('CREATE TABLE s30_flags (id int PRIMARY KEY, perms bit(8) NOT NULL, mask varbit(6) UNIQUE)');
  await c.query("INSERT INTO s30_flags VALUES (1, B'10100000', B'1'), (2, X'0F', '1111'), (3, '00000001', B'10'), (4, B'11111111', NULL)");
  await c.query('CREATE TABLE s30_ledger (id int PRIMARY KEY, amount money NOT NULL)');
  await c.query("INSERT INTO s30_ledger VALUES (1, '$1,000.10'), (2, '-$25.50'), (3, 7), (4, 0.005), (5, '12.345')");
});

describe('bit strings', () => {
  it('store what bit_in reads and print it as bit_out does, typed bit and varbit', async () => {
    expect(await rows('SELECT id, perms, mask, pg_typeof(perms)::text, pg_typeof(mask)::text FROM s30_flags ORDER BY id')).toEqual([
      [1, '10100000', '1', 'bit', 'bit varying'],
      [2, '00001111', '1111', 'bit', 'bit varying'],
      [3, '00000001', '10', 'bit', 'bit varying'],
      [4, '11111111', null, 'bit', 'bit varying'],
    ]);
  });

  it('sort as bitcmp does: the first differing bit, then the shorter first', async () => {
    expect(await rows('SELECT mask FROM s30_flags WHERE mask IS NOT NULL ORDER BY mask')).toEqual([['1'], ['10'], ['1111']]);
    expect(await rows("SELECT B'11' > B'1010', B'101' < B'1010', B'0' < B'00'")).toEqual([[true, true, true]]);
  });

  it("refuse another length on assignment (22026, varbit's too long 22001) where a cast pads or cuts", async () => {
    expect(await code("INSERT INTO s30_flags VALUES (5, B'101', NULL)")).toBe('22026');
    expect(await code("INSERT INTO s30_flags VALUES (5, B'00000000', B'1111111')")).toBe('22001');
    expect(await code('INSERT INTO s30_flags VALUES ($1, $2, NULL)', [5, '0101'])).toBe('22026');
    expect(await code('INSERT INTO s30_flags VALUES (5, 5, NULL)')).toBe('42804');
    expect(await code("SELECT '102'::bit(3)")).toBe('22P02');
    // A literal bit_in refuses is placed; a value computed first is read while running, with no position.
    expect(await position("SELECT '102'::bit(3)")).toBe('8');
    expect(await position("INSERT INTO s30_flags VALUES (5, '1020', NULL)")).toBe('34');
    expect(await position("SELECT ('x' || 'fg')::bit(8)::int")).toBeUndefined();
    expect(await rows("SELECT B'101'::bit(6), B'101101'::bit(3), B'1011'::varbit(2), 'x1F'::varbit")).toEqual([['101000', '101', '10', '00011111']]);
  });

  it('compute the operators and functions of varbit.c', async () => {
    expect(await rows("SELECT B'1100' & B'1010', B'1100' | B'1010', B'1100' # B'1010', ~ B'1100', B'10011' << 1, B'10011' >> 2, B'101' || B'11'")).toEqual([
      ['1000', '1110', '0110', '0011', '00110', '00100', '10111'],
    ]);
    expect(await code("SELECT B'1100' & B'101'")).toBe('22026');
    expect(await rows("SELECT get_bit(B'10110', 1), set_bit(B'10110', 0, 0), length(B'10110'), octet_length(B'101101011'), position(B'011' IN B'1001101'), substring(B'1101001' FROM 2 FOR 3), bit_count(B'1101101')")).toEqual([
      [0, '00110', 5, 2, 3, '101', '5'],
    ]);
    expect(await code("SELECT get_bit(B'10110', 5)")).toBe('2202E');
    expect(await rows("SELECT bit_or(perms), bit_and(perms) FROM s30_flags")).toEqual([['11111111', '00000000']]);
  });

  it('cast to and from integers as bitfromint4/8 and bittoint4/8 do', async () => {
    expect(await rows("SELECT 5::bit(8), (-1)::bit(4), (-2)::bigint::bit(66), B'11111111'::int4, B'1111'::bigint, perms::int FROM s30_flags WHERE id = 1")).toEqual([
      ['00000101', '1111', `11${'1'.repeat(63)}0`, 255, '15', 160],
    ]);
    expect(await code("SELECT B'111111111111111111111111111111111'::int4")).toBe('22003');
  });

  it('keep a unique index on the stored text and go out through COPY, text and binary', async () => {
    expect(await code("INSERT INTO s30_flags VALUES (6, B'00000000', B'1111')")).toBe('23505');
    expect((await copyOut('COPY (SELECT perms, mask FROM s30_flags ORDER BY id) TO STDOUT')).toString()).toBe('10100000\t1\n00001111\t1111\n00000001\t10\n11111111\t\\N\n');
    // bit_send: the length in bits, then the bits from each byte's high end (PostgreSQL's COPY BINARY of B'10100000', B'1').
    const binary = await copyOut("COPY (SELECT perms, mask FROM s30_flags WHERE id = 1) TO STDOUT (FORMAT binary)");
    expect(binary.subarray(19, 19 + 2 + 4 + 5 + 4 + 5).toString('hex')).toBe('0002' + '00000005' + '00000008a0' + '00000005' + '0000000180');
  });

  it('take COPY FROM text through bit_in, refusing another length', async () => {
    await c.query('CREATE TABLE s30_copied (b bit(4), v varbit)');
    await new Promise<void>((resolve, reject) => {
      const s = c.query(copyFrom('COPY s30_copied FROM STDIN'));
      s.on('finish', resolve).on('error', reject);
      s.end('1010\tx0f\n0001\t\\N\n');
    });
    expect(await rows('SELECT b, v FROM s30_copied ORDER BY b')).toEqual([['0001', null], ['1010', '00001111']]);
  });
});

describe('money', () => {
  it('reads cash_in and prints cash_out under lc_monetary C', async () => {
    expect(await rows('SELECT amount::text FROM s30_ledger ORDER BY id')).toEqual([['$1,000.10'], ['-$25.50'], ['$7.00'], ['$0.01'], ['$12.35']]);
    expect(await rows("SELECT '($5.00)'::money::text, '$1,2,3.4'::money::text, '0.0049'::money::text, '-92233720368547758.08'::money::text")).toEqual([['-$5.00', '$123.40', '$0.00', '-$92,233,720,368,547,758.08']]);
    expect(await code("SELECT 'abc'::money")).toBe('22P02');
    expect(await code("SELECT '92233720368547758.08'::money")).toBe('22003');
  });

  it("sorts, sums and compares the cents; casts to numeric at scale 2", async () => {
    expect(await rows('SELECT id FROM s30_ledger ORDER BY amount DESC')).toEqual([[1], [5], [3], [4], [2]]);
    expect(await rows("SELECT sum(amount)::text, max(amount)::text, min(amount)::text, count(*) FILTER (WHERE amount > '$7') FROM s30_ledger")).toEqual([['$993.96', '$1,000.10', '-$25.50', '2']]);
    expect(await rows("SELECT amount::numeric::text FROM s30_ledger WHERE id = 3")).toEqual([['7.00']]);
  });

  it("computes cash.c's arithmetic: float products rounded half to even, integer quotients truncated", async () => {
    expect(await rows("SELECT ('10.00'::money * 1.5)::text, ('0.05'::money * 0.5)::text, ('0.15'::money * 0.5::float8)::text, ('10.00'::money / 3)::text, ('-10.00'::money / 3)::text, '10.00'::money / '4.00'::money")).toEqual([
      ['$15.00', '$0.02', '$0.08', '$3.33', '-$3.33', 2.5],
    ]);
    expect(await code("SELECT '92233720368547758.07'::money + '0.01'::money")).toBe('22003');
    expect(await code("SELECT '10'::money / 0")).toBe('22012');
    expect(await code("SELECT '12.34'::money + 1")).toBe('42883');
    expect(await code("SELECT avg(amount) FROM s30_ledger")).toBe('42883');
    expect(await rows("SELECT cash_words('123.45'::money)")).toEqual([['One hundred twenty three dollars and forty five cents']]);
  });

  it('assigns numbers as their casts do, in INSERT and ALTER COLUMN … TYPE', async () => {
    await c.query('CREATE TABLE s30_amounts (id int, n numeric)');
    await c.query("INSERT INTO s30_amounts VALUES (1, 5.25), (2, 3)");
    await c.query('ALTER TABLE s30_amounts ALTER COLUMN n TYPE money');
    expect(await rows('SELECT n::text FROM s30_amounts ORDER BY id')).toEqual([['$5.25'], ['$3.00']]);
    expect(await code('INSERT INTO s30_amounts VALUES (3, 1.5::real)')).toBe('42804');
    expect(await rows("INSERT INTO s30_amounts VALUES ($1, $2) RETURNING n::text", [4, '$42.10'])).toEqual([['$42.10']]);
    await c.query('ALTER TABLE s30_amounts ADD COLUMN fee money DEFAULT 2.5');
    await c.query('INSERT INTO s30_amounts (id, n) SELECT 5, 7');
    expect(await rows('SELECT n::text, fee::text FROM s30_amounts WHERE id IN (1, 5) ORDER BY id')).toEqual([['$5.25', '$2.50'], ['$7.00', '$2.50']]);
    // A set operation's rows are assigned as a plain query's are: dollars, not cents.
    await c.query('INSERT INTO s30_amounts (id, n) SELECT 6, 7 UNION ALL SELECT 7, 8.5');
    expect(await rows('SELECT n::text FROM s30_amounts WHERE id IN (6, 7) ORDER BY id')).toEqual([['$7.00'], ['$8.50']]);
  });
});

describe('timetz', () => {
  beforeAll(async () => {
    await c.query('CREATE TABLE s30_shifts (id int PRIMARY KEY, starts timetz NOT NULL)');
    await c.query("INSERT INTO s30_shifts VALUES (1, '09:00+02'), (2, '08:00:00+01'), (3, '7:00 UTC'), (4, '12:00:00.5-04'), (5, '06:30 PST')");
  });

  it('reads offsets and abbreviations and prints timetz_out', async () => {
    expect(await rows('SELECT starts::text FROM s30_shifts ORDER BY id')).toEqual([['09:00:00+02'], ['08:00:00+01'], ['07:00:00+00'], ['12:00:00.5-04'], ['06:30:00-08']]);
    expect(await rows("SELECT '12:00:00-00:30:15'::timetz::text, '12:34:56.125+02'::time(2) with time zone::text, '23:59:59.999+02'::timetz(2)::text")).toEqual([['12:00:00-00:30:15', '12:34:56.13+02', '24:00:00+02']]);
    expect(await code("SELECT '25:00+00'::timetz")).toBe('22008');
    expect(await code("SELECT '12:00+16'::timetz")).toBe('22009');
    expect(await code("SELECT 'noon'::timetz")).toBe('22007');
  });

  it('sorts and compares by the UTC time, then the zone, as timetz_cmp does', async () => {
    expect(await rows('SELECT id FROM s30_shifts ORDER BY starts, id')).toEqual([[1], [2], [3], [5], [4]]);
    expect(await rows("SELECT '12:00+02'::timetz = '10:00+00'::timetz, '12:00+02'::timetz < '10:00+00'::timetz, '23:00-05'::timetz > '01:00+00'::timetz")).toEqual([[false, true, true]]);
    expect(await rows('SELECT min(starts)::text, max(starts)::text FROM s30_shifts')).toEqual([['09:00:00+02', '12:00:00.5-04']]);
    expect(await rows("SELECT greatest('12:00+02'::timetz, '11:00+00'::timetz)::text, coalesce(NULL::timetz, '01:00-01')::text")).toEqual([['11:00:00+00', '01:00:00-01']]);
    expect(await rows("SELECT id FROM s30_shifts WHERE starts < '08:00+00' ORDER BY id")).toEqual([[1], [2], [3]]);
  });

  it('moves, converts and takes apart as date.c does', async () => {
    expect(await rows("SELECT ('12:00+02'::timetz - interval '13 hours')::text, ('12:00+02'::timetz AT TIME ZONE '-03:00')::text, ('12:00+02'::timetz AT TIME ZONE INTERVAL '05:30')::text, ('2024-01-15'::date + '12:00+02'::timetz)::text")).toEqual([
      ['23:00:00+02', '13:00:00+03', '15:30:00+05:30', '2024-01-15 10:00:00+00'],
    ]);
    expect(await rows("SELECT extract(timezone FROM '12:00-03:30'::timetz)::text, extract(timezone_minute FROM '12:00-03:30'::timetz)::text, extract(epoch FROM '12:00+02'::timetz)::text")).toEqual([['-12600', '-30', '36000.000000']]);
    expect(await code("SELECT '10:00+01'::timetz - '09:00+00'::timetz")).toBe('42883');
  });
});
