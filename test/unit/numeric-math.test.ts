/**
 * numeric's sqrt, exp, ln, log and power (pg/types/numeric-math.ts) and glibc's cbrt against the
 * text PostgreSQL 15 printed for the same calls (`SELECT sqrt(2.0), …` on PostgreSQL 15.18).
 */
import { describe, expect, it } from 'vitest';
import { glibcCbrt } from '../../dialect/runtime/float-functions.js';
import { expNumeric, lnNumeric, logNumeric, powerNumeric, sqrtNumeric } from '../../pg/types/numeric-math.js';
import { type Decimal, decimalText, parseNumericText } from '../../pg/types/numeric.js';
import { sqlstate } from '../helpers/sqlstate.js';

const d = (s: string) => parseNumericText(s) as Decimal;
const FUNCTIONS: Record<string, (...xs: Decimal[]) => Decimal> = { sqrt: sqrtNumeric, exp: expNumeric, ln: lnNumeric, log: logNumeric, power: powerNumeric };

describe('numeric math at numeric precision', () => {
  const cases: Array<[string, string[], string]> = [
    ['sqrt', ['2.0'], '1.414213562373095'],
    ['sqrt', ['16'], '4.000000000000000'],
    ['sqrt', ['0.0001'], '0.01000000000000000'],
    ['sqrt', ['123456789.123'], '11111.11106609056'],
    ['exp', ['1.0'], '2.7182818284590452'],
    ['exp', ['-10'], '0.00004539992976248485'],
    ['exp', ['100'], '26881171418161354484126255515800135873611119'],
    ['exp', ['0.5'], '1.6487212707001281'],
    ['ln', ['10.0'], '2.3025850929940457'],
    ['ln', ['1.05'], '0.048790164169432003'],
    ['ln', ['0.001'], '-6.9077552789821371'],
    ['ln', ['1e50'], '115.12925464970228'],
    ['log', ['10', '100.0'], '2.0000000000000000'],
    ['log', ['2.0', '8.0'], '3.0000000000000000'],
    ['log', ['10', '1000'], '3.0000000000000000'],
    ['log', ['10', '0.5'], '-0.3010299956639812'],
    ['power', ['2.0', '10'], '1024.0000000000000000'],
    ['power', ['2', '0.5'], '1.4142135623730950'],
    ['power', ['1.5', '3'], '3.3750000000000000'],
    ['power', ['2.0', '3'], '8.0000000000000000'],
    ['power', ['2', '-2'], '0.2500000000000000'],
    ['power', ['1.1', '-3'], '0.7513148009015778'],
    ['power', ['9.5', '2.3'], '177.32268232540263'],
    ['power', ['0.5', '100.5'], '0.0000000000000000000000000000005578088954947358'],
    ['power', ['0.00', '2'], '0.0000000000000000'],
    ['power', ['0', '3'], '0.0000000000000000'],
    ['power', ['0.0', '0.5'], '0.0000000000000000'],
  ];
  it.each(cases)('%s(%s) prints as PostgreSQL prints it', (name, args, printed) => {
    expect(decimalText(FUNCTIONS[name]!(...args.map(d)))).toBe(printed);
  });
  it('refuses what PostgreSQL refuses, with its SQLSTATE', () => {
    expect(sqlstate(() => sqrtNumeric(d('-1')))).toBe('2201F');
    expect(sqlstate(() => lnNumeric(d('0')))).toBe('2201E');
    expect(sqlstate(() => lnNumeric(d('-3')))).toBe('2201E');
    expect(sqlstate(() => logNumeric(d('1'), d('5')))).toBe('22012');
    expect(sqlstate(() => logNumeric(d('1.000'), d('5')))).toBe('22012');
    expect(sqlstate(() => powerNumeric(d('0'), d('-1')))).toBe('2201F');
    expect(sqlstate(() => powerNumeric(d('-2'), d('0.5')))).toBe('2201F');
  });
});

describe('cbrt', () => {
  it('is glibc\'s, last digit included', () => {
    // PostgreSQL 15 on glibc: cbrt(27) = 3.0000000000000004, cbrt(2) = 1.2599210498948734.
    expect([27, 2, 3, 0.001, -8, 1e300, 0.5].map(glibcCbrt)).toEqual([3.0000000000000004, 1.2599210498948734, 1.4422495703074083, 0.1, -2, 1e100, 0.7937005259840998]);
  });
});
