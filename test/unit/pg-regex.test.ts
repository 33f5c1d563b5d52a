/**
 * PostgreSQL's regular expressions in the C locale as JavaScript runs them (pg/regex.ts): POSIX
 * classes and ASCII-only case folding. The expected answers are PostgreSQL 15's (also compared
 * live in test/corpus/22-sweep7.sql).
 */
import { describe, expect, it } from 'vitest';
import { pgRegExp } from '../../pg/regex.js';
import { sqlstate } from '../helpers/sqlstate.js';

const matches = (s: string, pattern: string, flags = '') => pgRegExp(pattern, flags).test(s);

describe('pgRegExp', () => {
  it('reads POSIX character classes inside brackets, ASCII only', () => {
    expect(matches('x', '^[[:alpha:]]$')).toBe(true);
    expect(matches('é', '[[:alpha:]]')).toBe(false);
    expect(matches('ab12', '^[[:alnum:]]+$')).toBe(true);
    expect(matches('a b', '[[:space:]]')).toBe(true);
    expect(matches('`', '^[[:punct:]]$')).toBe(true);
    expect(matches('A', '[[:lower:]]')).toBe(false);
    expect('a1b2'.replace(pgRegExp('[[:digit:]]', 'g'), '')).toBe('ab');
  });

  it('folds ASCII letters only when case-insensitive', () => {
    expect(matches('ñ', 'Ñ', 'i')).toBe(false);
    expect(matches('A', 'a', 'i')).toBe(true);
    expect(matches('abc', '^[A-B]+C$', 'i')).toBe(true);
    expect(matches('ABC', '[^x]bc', 'i')).toBe(true);
    expect(matches('A', '[[:lower:]]', 'i')).toBe(true);
    expect(matches('a1', '\\d', 'i')).toBe(true);
    expect(matches('a.b', 'A\\.B', 'i')).toBe(true);
    expect(matches('axb', 'A\\.B', 'i')).toBe(false);
  });

  it('refuses a pattern JavaScript cannot read with 2201B', () => {
    expect(sqlstate(() => pgRegExp('(', ''))).toBe('2201B');
  });
});
