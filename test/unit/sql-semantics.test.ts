/**
 * The PostgreSQL semantics evsql computes itself: assignment to typed columns, numeric division's
 * scale, date/time arithmetic, to_char. Expected values are PostgreSQL 15's output for the same
 * input (checked against a real server; the differential test covers them end to end).
 */
import { describe, expect, it } from 'vitest';
import { storeValue } from '../../pg/coerce.js';
import { age, extractField, intervalCompare, intervalTimes, intervalTrunc, justifyInterval, timeMinusTime, timestampMinusTimestamp, timestampPlusInterval } from '../../pg/datetime.js';
import { type Decimal, add, ceilOrFloor, compareDecimals, decimalStorage, decimalText, divide, floatToNumeric, modulo, multiply, roundDecimal, toDecimal } from '../../pg/types/numeric.js';
import { timestampAtPrecision } from '../../pg/types/timestamp.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { OID } from '../../pg/types/registry.js';
import { formatDateTime, formatNumber, parseDateTime } from '../../pg/to-char.js';

const NUMERIC_10_2 = ((10 << 16) | 2) + 4;

describe('assignment to a typed column', () => {
  it('reads text with the type input function', () => {
    expect(storeValue('yes', OID.bool, -1)).toBe(1);
    expect(storeValue('2024-01-03T08:30:00Z', OID.timestamptz, -1)).toBe('2024-01-03 08:30:00+00');
    expect(storeValue('2024-01-04 12:00:00+02', OID.timestamptz, -1)).toBe('2024-01-04 10:00:00+00');
    expect(storeValue('B0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A12', OID.uuid, -1)).toBe('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12');
    expect(storeValue('{"theme":"dark",  "lang" : "fr"}', OID.jsonb, -1)).toBe('{"lang": "fr", "theme": "dark"}');
    expect(storeValue('18 mons', OID.interval, -1)).toBe('1 year 6 mons');
    expect(sqlstate(() => storeValue('maybe', OID.bool, -1))).toBe('22P02');
    expect(sqlstate(() => storeValue('12.7', OID.int4, -1))).toBe('22P02');
  });

  it('rounds numbers to the column: integers half away from zero, numeric(p,s) to its scale', () => {
    expect(storeValue(12.7, OID.int4, -1)).toBe(13n);
    expect(storeValue(-2.5, OID.int4, -1)).toBe(-3n);
    expect(storeValue(99.999, OID.numeric, NUMERIC_10_2)).toBe(100n);
    expect(storeValue(320.125, OID.numeric, NUMERIC_10_2)).toBe(320.13);
    expect(storeValue(1.2, OID.float4, -1)).toBe(Math.fround(1.2));
    expect(sqlstate(() => storeValue(3000000000n, OID.int4, -1))).toBe('22003');
    expect(sqlstate(() => storeValue(123456789.123, OID.numeric, NUMERIC_10_2))).toBe('22003');
  });

  it('checks character lengths; char(n) keeps no trailing blanks', () => {
    expect(storeValue('A1      ', OID.bpchar, 12)).toBe('A1');
    expect(storeValue('ab   ', OID.varchar, 6)).toBe('ab');
    expect(sqlstate(() => storeValue('USA', OID.bpchar, 6))).toBe('22001');
    expect(sqlstate(() => storeValue('way_too_long_action', OID.varchar, 14))).toBe('22001');
  });
});

describe('numeric division', () => {
  const div = (a: bigint | number | string, b: bigint | number | string) => decimalText(divide(toDecimal(a, -1)!, toDecimal(b, -1)!));

  it('keeps at least 16 significant digits, as numeric_div chooses its scale', () => {
    expect(div('7.0', 2n)).toBe('3.5000000000000000');
    expect(div(1n, '3.0')).toBe('0.33333333333333333333');
    expect(div(1697n, 8n)).toBe('212.1250000000000000');
    expect(div(100000n, 3n)).toBe('33333.333333333333');
    expect(div(89.9, 3n)).toBe('29.9666666666666667');
  });

  it('refuses division by zero', () => {
    expect(sqlstate(() => div(1n, 0n))).toBe('22012');
  });
});

describe('numeric arithmetic is exact', () => {
  const d = (s: string) => toDecimal(s, -1)!;

  it('adds, multiplies and takes remainders at PostgreSQL\'s display scale', () => {
    expect(decimalText(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(decimalText(multiply(d('12345678901234567.89'), d('3')))).toBe('37037036703703703.67');
    expect(decimalText(multiply(d('1.50'), d('2')))).toBe('3.00');
    expect(decimalText(modulo(d('-5325'), d('7.000')))).toBe('-5.000');
    expect(sqlstate(() => modulo(d('1'), d('0')))).toBe('22012');
    expect(compareDecimals(d('1.5'), d('1.49999999999999999999'))).toBe(1);
    expect(compareDecimals(d('0.30'), add(d('0.1'), d('0.2')))).toBe(0);
  });

  it('rounds half away from zero, truncates, and takes ceilings and floors', () => {
    expect(decimalText(roundDecimal(d('2.355'), 2, false))).toBe('2.36');
    expect(decimalText(roundDecimal(d('-2.5'), 0, false))).toBe('-3');
    expect(decimalText(roundDecimal(d('1234.5678'), -2, false))).toBe('1200');
    expect(decimalText(roundDecimal(d('-1.57'), 1, true))).toBe('-1.5');
    expect(decimalText(roundDecimal(d('1.5'), 3, false))).toBe('1.500');
    expect(decimalText(ceilOrFloor(d('-1.5'), true))).toBe('-1');
    expect(decimalText(ceilOrFloor(d('-1.5'), false))).toBe('-2');
  });

  it('converts a double with its 15 significant digits, and stores long numbers as BLOBs', () => {
    expect(decimalText(floatToNumeric(1 / 3) as Decimal)).toBe('0.333333333333333');
    expect(decimalText(floatToNumeric(0.1) as Decimal)).toBe('0.1');
    expect(floatToNumeric(NaN)).toBe('NaN');
    expect(decimalStorage(d('0.3'))).toBe(0.3);
    expect(decimalStorage(d('12.00'))).toBe(12n);
    expect(decimalStorage(d('12345678901234567890.1234567891'))).toEqual(Buffer.from('12345678901234567890.1234567891'));
  });
});

describe('date and time arithmetic', () => {
  it('adds months first, clamping to the end of the month', () => {
    expect(timestampPlusInterval('2024-01-31 00:00:00', '1 mon', 1, false)).toBe('2024-02-29 00:00:00');
    expect(timestampPlusInterval('2024-03-31 00:00:00+00', '1 mon', -1, true)).toBe('2024-02-29 00:00:00+00');
    expect(timestampPlusInterval('2024-01-02 03:04:05+00', '1 year 1 mon', 1, true)).toBe('2025-02-02 03:04:05+00');
  });

  it('subtracts timestamps into days and a time, and compares intervals by length', () => {
    expect(timestampMinusTimestamp('2024-05-01 00:00:00+00', '2024-04-01 12:00:00+00', true)).toBe('29 days 12:00:00');
    expect(intervalTimes('1 year 6 mons', 2)).toBe('3 years');
    expect(intervalTimes('3 days', 0.5)).toBe('1 day 12:00:00');
    expect(intervalCompare('1 day', '23:00:00')).toBe(1);
    expect(intervalCompare('1 mon', '30 days')).toBe(0);
    expect(age('2024-05-17 00:00:00', '2024-01-01 00:00:00', false)).toBe('4 mons 16 days');
  });

  it('borrows the earlier month\'s length in age(), as timestamp_age does', () => {
    expect(age('2024-03-01 00:00:00', '2024-01-31 00:00:00', false)).toBe('1 mon 1 day');
    expect(age('2024-01-31 00:00:00', '2024-03-01 00:00:00', false)).toBe('-1 mons -1 days');
  });

  it('truncates and justifies intervals, subtracts times, rounds timestamp(p)', () => {
    expect(intervalTrunc('hour', '3 days 04:05:06')).toBe('3 days 04:00:00');
    expect(intervalTrunc('year', '2 years 5 mons')).toBe('2 years');
    expect(sqlstate(() => intervalTrunc('week', '3 days'))).toBe('0A000');
    expect(justifyInterval('1 mon -01:00:00')).toBe('29 days 23:00:00');
    expect(timeMinusTime('10:00:00', '08:30:00')).toBe('01:30:00');
    expect(timestampAtPrecision('2024-01-01 10:00:00.123456', false, 2)).toBe('2024-01-01 10:00:00.12');
    expect(timestampAtPrecision('2024-01-01 23:59:59.5+00', true, 0)).toBe('2024-01-02 00:00:00+00');
  });

  it('extracts fields as exact decimals', () => {
    expect(extractField('second', '2024-05-17 13:14:15.25', 'timestamp')).toBe('15.250000');
    expect(extractField('milliseconds', '2024-05-17 13:14:15.25', 'timestamp')).toBe('15250.000');
    expect(extractField('epoch', '2024-01-01 00:00:00+00', 'timestamptz')).toBe('1704067200.000000');
    expect(extractField('epoch', '1 day', 'interval')).toBe('86400.000000');
    expect(extractField('week', '2024-05-17', 'date')).toBe('20');
    expect(extractField('isodow', '2024-05-19', 'date')).toBe('7');
    expect(sqlstate(() => extractField('second', '2024-05-17', 'date'))).toBe('0A000');
  });
});

describe('to_char and to_date', () => {
  const may7 = { unixDays: Date.UTC(2024, 4, 7) / 86_400_000, usec: (13 * 3600 + 4 * 60 + 5) * 1_000_000, zone: false };

  it('formats dates and times', () => {
    expect(formatDateTime(may7, 'YYYY-MM-DD HH24:MI:SS')).toBe('2024-05-07 13:04:05');
    expect(formatDateTime(may7, 'Mon DD, YYYY')).toBe('May 07, 2024');
    expect(formatDateTime(may7, 'Day')).toBe('Tuesday  ');
    expect(formatDateTime(may7, 'FMMonth FMDD')).toBe('May 7');
    expect(formatDateTime(may7, 'HH12:MI AM Dy DDD IW Q')).toBe('01:04 PM Tue 128 19 2');
    expect(formatDateTime(may7, 'FMDDth "of" FMMonth')).toBe('7th of May');
  });

  // Each as PostgreSQL 15 prints it for 2024-05-07 13:04:05.123456.
  it('reads uncased patterns in lower case, FF1-FF6 and the TM prefix, one prefix per pattern', () => {
    const t = { ...may7, usec: may7.usec + 123_456 };
    expect(formatDateTime(t, 'yyyy-mm-dd hh24:mi:ss.ms us')).toBe('2024-05-07 13:04:05.123 123456');
    expect(formatDateTime(t, 'hh12 am|d|j|q|w|cc|iw|ddd|id|sssss')).toBe('01 pm|3|2460438|2|1|21|19|128|2|47045');
    expect(formatDateTime(t, 'FF1 FF2 FF3 FF6 ff4')).toBe('1 12 123 123456 1234');
    expect(formatDateTime(t, 'TMMon|TMDay|TMMonth')).toBe('May|Tuesday|May');
    expect(formatDateTime(t, 'FMTMMonth|FMx')).toBe('T05onth|x');
  });

  it('formats numbers with digit positions, groups and a sign', () => {
    expect(formatNumber('1234.5', '9999.99')).toBe(' 1234.50');
    expect(formatNumber('42', '000')).toBe(' 042');
    expect(formatNumber('1234567.891', 'FM999,999,990.00')).toBe('1,234,567.89');
    expect(formatNumber('-5', '999')).toBe('  -5');
    expect(formatNumber('0.5', '9.99')).toBe('  .50');
    expect(formatNumber('-1234.5', 'FM9,999.00')).toBe('-1,234.50');
    expect(formatNumber('12', 'S999')).toBe(' +12');
    expect(formatNumber('123456', '999')).toBe(' ###');
  });

  it('puts PR\'s angle brackets around the digits, the padding before them', () => {
    expect(formatNumber('-5', '999PR')).toBe('  <5>');
    expect(formatNumber('5', '999PR')).toBe('   5 ');
    expect(formatNumber('-12.5', '999PR')).toBe(' <13>');
    expect(formatNumber('-5', 'FM999PR')).toBe('<5>');
    expect(formatNumber('-5', '999.9PR')).toBe('  <5.0>');
  });

  it('reads dates by a template', () => {
    expect(parseDateTime('2024-05-07 10:30', 'YYYY-MM-DD HH24:MI')).toEqual({ unixDays: Date.UTC(2024, 4, 7) / 86_400_000, usec: (10 * 3600 + 30 * 60) * 1_000_000 });
    expect(parseDateTime('07 May 2024', 'DD Mon YYYY').unixDays).toBe(Date.UTC(2024, 4, 7) / 86_400_000);
  });
});
