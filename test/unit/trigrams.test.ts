/**
 * pg_trgm's, fuzzystrmatch's and unaccent's algorithms (pg/trigrams.ts, pg/fuzzy-match.ts,
 * pg/unaccent.ts) on their own; each expected value is PostgreSQL 15's answer (C locale) to the
 * same call.
 */
import { describe, expect, it } from 'vitest';
import { levenshtein, soundex, soundexDifference } from '../../pg/fuzzy-match.js';
import { similarity, trigrams, wordSimilarity } from '../../pg/trigrams.js';
import { unaccent } from '../../pg/unaccent.js';
import { sqlstate } from '../helpers/sqlstate.js';

describe('trigrams', () => {
  it('pads each word of ASCII letters and digits, lowered, and sorts the distinct trigrams', () => {
    expect(trigrams('Hello, World! x')).toEqual(['  h', '  w', '  x', ' he', ' wo', ' x ', 'ell', 'hel', 'ld ', 'llo', 'lo ', 'orl', 'rld', 'wor']);
    expect(trigrams('A b-c dd')).toEqual(['  a', '  b', '  c', '  d', ' a ', ' b ', ' c ', ' dd', 'dd ']);
    expect(trigrams('ñandú café')).toEqual(['  a', '  c', ' an', ' ca', 'af ', 'and', 'caf', 'nd ']);
    expect(trigrams('')).toEqual([]);
    expect(trigrams('  ')).toEqual([]);
  });

  it('similarity is a float4 of the shared trigrams over the union', () => {
    expect(similarity('word', 'two words')).toBe(Math.fround(0.36363637));
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('', '')).toBe(0);
  });

  it('word similarity finds the best stretch of the second text, strict the best whole words', () => {
    expect(wordSimilarity('word', 'two words')).toBe(Math.fround(0.8));
    expect(wordSimilarity('word', 'two words', true)).toBe(Math.fround(0.5714286));
    expect(wordSimilarity('word', 'words of wisdom', true)).toBe(Math.fround(0.5714286));
    expect(wordSimilarity('wor', 'two words')).toBe(Math.fround(0.75));
    expect(wordSimilarity('abc', 'xabcx')).toBe(0.25);
    expect(wordSimilarity('', 'abc')).toBe(0);
    expect(wordSimilarity('xyz', 'Trigrams')).toBe(0);
  });
});

describe('fuzzystrmatch', () => {
  it('levenshtein counts characters, with costs, and a bound that answers max + 1 past it', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('kitten', 'sitting', { insert: 2, delete: 3, substitute: 4 })).toBe(10);
    expect(levenshtein('café', 'cafe')).toBe(1);
    expect(levenshtein('kitten', 'sitting', undefined, 1)).toBe(2);
    expect(levenshtein('kitten', 'sitting', { insert: 2, delete: 3, substitute: 4 }, 3)).toBe(4);
    expect(levenshtein('abcdef', '', undefined, 2)).toBe(6);
    expect(levenshtein('', 'x'.repeat(300))).toBe(300);
    expect(sqlstate(() => levenshtein('a', 'x'.repeat(300)))).toBe('22023');
  });

  it('soundex and difference', () => {
    expect(['Robert', 'Tymczak', 'Ashcraft', 'Pfister', 'Lloyd', 'Ab-ba', '12Rupert', '123', ''].map(soundex)).toEqual(['R163', 'T522', 'A226', 'P236', 'L300', 'A110', 'R163', '', '']);
    expect(soundexDifference('Anne', 'Ann')).toBe(4);
    expect(soundexDifference('', 'x')).toBe(0);
    expect(soundexDifference('', '')).toBe(4);
  });
});

describe('unaccent', () => {
  it('maps each character its rule names, deletes combining marks, keeps the rest', () => {
    expect(unaccent('Ångström ÆØÅ łódź Dvořák')).toBe('Angstrom AEOA lodz Dvorak');
    expect(unaccent('a“b”c')).toBe('a"b"c');
    expect(unaccent('e\u0301')).toBe('e');
    expect(unaccent('plain 123')).toBe('plain 123');
  });
});
