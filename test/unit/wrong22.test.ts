/**
 * The pure pieces of the twenty-second session's silent-difference fixes (test/corpus/41-wrong22.sql),
 * answers checked beside PostgreSQL 15.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../pg/to-char.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { OID } from '../../pg/types/registry.js';

describe('to_char of a value that rounds to zero', () => {
  it('signs a float8 as printf prints it, whatever it rounds to', () => {
    expect(formatNumber('-0', '9.9', 15)).toBe(' -.0');
    expect(formatNumber('-0.04', '9.9', 15)).toBe(' -.0');
    expect(formatNumber('-0.001', '0.00', 15)).toBe('-0.00');
    expect(formatNumber('-0.4', '9', 15)).toBe('-0');
  });

  it('signs a numeric as its rounded value has it', () => {
    expect(formatNumber('-0.04', '9.9')).toBe('  .0');
    expect(formatNumber('-0.4', '9')).toBe(' 0');
    expect(formatNumber('-0.05', '9.9')).toBe(' -.1');
  });

  it('writes the units 0 of a zero under FM without 0 positions', () => {
    expect(formatNumber('0.0', 'FM9.9')).toBe('0.');
    expect(formatNumber('0.04', 'FM9.9')).toBe('0.');
    expect(formatNumber('0.5', 'FM9.9')).toBe('.5');
    expect(formatNumber('0', 'FM9.90')).toBe('.00');
    expect(formatNumber('-0', 'FM9.9', 15)).toBe('-0.');
  });
});

describe('to_char of a number: its format read by position', () => {
  it('prints a literal whose upper case is longer (ß) and the patterns after it, as PostgreSQL does', () => {
    // The whole format upper-cased is one letter longer: positions read in it shifted every pattern after the ß.
    expect(formatNumber('5.5', 'ßS999', 15)).toBe('ß  +6');
    expect(formatNumber('-2.5', 'ßS999', 6)).toBe('ß  -2');
  });

  it('reads a format of 100,000 digit positions (slicing it at every position was quadratic: 8 s)', () => {
    expect(formatNumber('12345', '9'.repeat(10))).toBe('      12345');
    expect(formatNumber('12345', '9'.repeat(100_000))).toBe(' '.repeat(100_001 - 5) + '12345');
  });
});

describe('a bpchar parameter', () => {
  it('is kept without its trailing blanks, as char(n) values are', () => {
    expect(decodeTextParam('ab   ', OID.bpchar)).toBe('ab');
    expect(decodeTextParam(' ab', OID.bpchar)).toBe(' ab');
    expect(decodeTextParam('ab   ', OID.varchar)).toBe('ab   ');
  });
});
