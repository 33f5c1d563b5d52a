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

describe('a bpchar parameter', () => {
  it('is kept without its trailing blanks, as char(n) values are', () => {
    expect(decodeTextParam('ab   ', OID.bpchar)).toBe('ab');
    expect(decodeTextParam(' ab', OID.bpchar)).toBe(' ab');
    expect(decodeTextParam('ab   ', OID.varchar)).toBe('ab   ');
  });
});
