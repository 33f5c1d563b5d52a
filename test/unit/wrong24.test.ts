/**
 * The twenty-fourth session's silent differences in pure pieces: PostgreSQL's regular-expression
 * escapes and brackets (pg/regex.ts), and numeric ln/log beyond a double's range
 * (pg/types/numeric-math.ts). Expected answers are PostgreSQL 15.18's.
 */
import { describe, expect, it } from 'vitest';
import { pgRegExp } from '../../pg/regex.js';
import { lnNumeric, logNumeric } from '../../pg/types/numeric-math.js';
import { type Decimal, decimalText, parseNumericText } from '../../pg/types/numeric.js';
import { sqlstate } from '../helpers/sqlstate.js';

const matches = (s: string, pattern: string, flags = '') => pgRegExp(pattern, flags).test(s);
const d = (s: string) => parseNumericText(s) as Decimal;

describe('ARE escapes JavaScript reads otherwise', () => {
  it('reads the constraint escapes as constraints', () => {
    expect(matches('x', '\\y')).toBe(true);
    expect(matches('foo bar', '\\mbar\\M')).toBe(true);
    expect(matches('foobar', '\\mbar')).toBe(false);
    expect(matches('abc', '\\Aab')).toBe(true);
    expect(matches('ab', 'a\\Z')).toBe(false);
    expect(matches('ab', 'b\\Z')).toBe(true);
    expect('a-b_c'.replace(pgRegExp('\\Y', 'g'), '.')).toBe('a-b._.c');
    expect(matches('ABC', '\\mabc', 'i')).toBe(true);
  });

  it('reads [[:<:]] and [[:>:]] as word bounds', () => {
    expect(matches('foo bar', '[[:<:]]bar[[:>:]]')).toBe(true);
    expect(matches('foobar', '[[:<:]]bar')).toBe(false);
  });

  it('reads \\b as a backspace and \\B as a backslash', () => {
    expect(matches('a b', 'a\\b')).toBe(false);
    expect(matches('a\bb', 'a\\bb')).toBe(true);
    expect(matches('a\\b', 'a\\Bb')).toBe(true);
  });

  it('refuses a letter escape PostgreSQL lacks, and an unclosed bound, with 2201B', () => {
    expect(sqlstate(() => pgRegExp('\\q', ''))).toBe('2201B');
    expect(sqlstate(() => pgRegExp('a{1', ''))).toBe('2201B');
    expect(matches('a{,3}', 'a{,3}')).toBe(true);
  });

  it("takes a bracket's leading ] for itself", () => {
    expect(matches('a]', '[]]')).toBe(true);
    expect(matches('a', '[^]]')).toBe(true);
    expect(matches(']', '^[^]]$')).toBe(false);
  });
});

describe('numeric ln and log beyond a double', () => {
  it('answers where the value or its logarithm leaves a double', () => {
    expect(decimalText(lnNumeric(d('1e-100')))).toBe('-230.2585092994045684017991454684364207601101488628772976033327900967572609677352480235997205089598298342');
    expect(decimalText(logNumeric(d('2'), d('1e-400'))).slice(0, 40)).toBe('-1328.7712379549449391481277717957560703');
    expect(decimalText(lnNumeric(d('1e-400'))).slice(0, 40)).toBe('-921.03403719761827360719658187374568304');
  });
});
