/**
 * The twenty-fifth session's silent differences in pure pieces: PostgreSQL's LIKE matcher and
 * like_escape() (pg/like.ts), and quote_ident()'s safe characters (pg/ident.ts). Expected answers
 * are PostgreSQL 15's.
 */
import { describe, expect, it } from 'vitest';
import { endsInEscape, likeEscape, likeMatch } from '../../pg/like.js';
import { quoteIdentifier } from '../../pg/ident.js';
import { sqlstate } from '../helpers/sqlstate.js';

describe('LIKE', () => {
  it('matches %, _ and escaped characters', () => {
    expect(likeMatch('abc', 'a%')).toBe(true);
    expect(likeMatch('abc', 'a_c')).toBe(true);
    expect(likeMatch('ab', 'a_%_')).toBe(false);
    expect(likeMatch('x_y', 'x\\_y')).toBe(true);
    expect(likeMatch('xzy', 'x\\_y')).toBe(false);
    expect(likeMatch('a%', 'a\\%')).toBe(true);
    expect(likeMatch('héllo', 'h_llo')).toBe(true);
    expect(likeMatch('', '%')).toBe(true);
    expect(likeMatch('aXbXc', '%X%X_')).toBe(true);
  });

  it('answers false for a pattern ending in its escape where matching never reaches the escape with text left', () => {
    expect(likeMatch('abc', 'abc\\')).toBe(false);
    expect(likeMatch('', '%\\')).toBe(false);
    expect(likeMatch('a', 'a\\')).toBe(false);
    expect(likeMatch('abc', 'x\\')).toBe(false);
  });

  it('is 22025 where matching reaches the trailing escape with text left', () => {
    expect(sqlstate(() => likeMatch('abc', 'ab\\'))).toBe('22025');
    expect(sqlstate(() => likeMatch('abc', '%\\'))).toBe('22025');
    expect(sqlstate(() => likeMatch('ab', 'a\\'))).toBe('22025');
  });

  it('folds ASCII letters only for ILIKE', () => {
    expect(likeMatch('AbC', 'a_c', true)).toBe(true);
    expect(likeMatch('ñ', 'Ñ', true)).toBe(false);
    expect(likeMatch('A', 'a\\', true)).toBe(false);
  });

  it('rewrites another escape character as like_escape() does', () => {
    expect(likeEscape('a#_b', '#')).toBe('a\\_b');
    expect(likeEscape('a\\b', '#')).toBe('a\\\\b');
    expect(likeEscape('a##\\', '#')).toBe('a\\#\\\\');
    expect(likeEscape('a\\%', '')).toBe('a\\\\%');
    expect(likeMatch('a\\b', likeEscape('a\\b', '#'))).toBe(true);
    expect(likeMatch('a%%b', likeEscape('a%%%%b', '%'))).toBe(true);
    expect(sqlstate(() => likeEscape('a', 'xy'))).toBe('22025');
    expect(endsInEscape(likeEscape('a#', '#'))).toBe(true);
    expect(endsInEscape('a\\\\')).toBe(false);
  });
});

describe('quote_ident', () => {
  it('quotes a name with characters other than lower-case letters, digits and _', () => {
    expect(quoteIdentifier('abc$')).toBe('"abc$"');
    expect(quoteIdentifier('a1_b')).toBe('a1_b');
    expect(quoteIdentifier('café')).toBe('"café"');
    expect(quoteIdentifier('select')).toBe('"select"');
  });
});
