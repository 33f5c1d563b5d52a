/**
 * Full text search against PostgreSQL 15's recorded answers (golden/text-search.json, recorded
 * with `to_tsvector`, the tsquery makers and `@@` on a PostgreSQL 15 of the C locale):
 * to_tsvector('english', word) of 3,500 distinct words (the Snowball English stemmer and the stop
 * words), both configurations over 600 generated texts of words, numbers, hyphens and punctuation,
 * and 500 generated queries made by to_tsquery, plainto_tsquery, phraseto_tsquery and tsqueryin,
 * each with the query's text (or its error) and whether a tsvector matches it; ts_rank of 300
 * generated vectors (weighted, stripped) and queries under each normalization, as float4 prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PgError } from '../../pg/errors.js';
import { parseText } from '../../pg/text-search/parser.js';
import { tsRank } from '../../pg/text-search/rank.js';
import { decodeBinaryParam, encodeBinary } from '../../pg/types/binary-format.js';
import { formatFloat4 } from '../../pg/types/float.js';
import { OID } from '../../pg/types/registry.js';
import { formatTsquery, matches, parseTsquery, plainToTsquery, toTsquery, type TsQuery } from '../../pg/text-search/tsquery.js';
import { formatTsvector, parseTsvector, toTsvector } from '../../pg/text-search/tsvector.js';

interface Golden {
  stems: Array<[string, string]>;
  texts: Array<[string, string, string]>;
  queries: Array<[string, string, string, string | { code: string; message: string }, boolean | { code: string; message: string }]>;
  ranks: Array<[string, string, number, string]>;
}

const golden = JSON.parse(readFileSync(new URL('./golden/text-search.json', import.meta.url), 'utf8')) as Golden;

const answer = <T>(f: () => T): T | { code: string; message: string } => {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof PgError)) throw e;
    return { code: e.code, message: e.message };
  }
};

describe('text search as PostgreSQL 15', () => {
  it("stems each word as to_tsvector('english', word)", () => {
    const wrong = golden.stems.filter(([w, out]) => formatTsvector(toTsvector('english', w)) !== out);
    expect(wrong).toEqual([]);
    expect(golden.stems.length).toBeGreaterThan(3000);
  });

  it('splits and normalizes texts in both configurations', () => {
    const wrong = golden.texts.filter(([t, english, simple]) => formatTsvector(toTsvector('english', t)) !== english || formatTsvector(toTsvector('simple', t)) !== simple);
    expect(wrong).toEqual([]);
  });

  it('makes, prints and matches queries', () => {
    const notices: string[] = [];
    const wrong = golden.queries.filter(([kind, text, target, out, match]) => {
      const make = (): TsQuery =>
        kind === 'cast' ? parseTsquery(text, (n) => notices.push(n)) : kind === 'to' ? toTsquery('english', text, (n) => notices.push(n)) : plainToTsquery('english', text, kind === 'phrase', (n) => notices.push(n));
      const vector = () => (kind === 'cast' ? parseTsvector(target) : toTsvector('english', target));
      const mine = answer(() => formatTsquery(make()));
      const mineMatch = answer(() => matches(vector(), make()));
      return JSON.stringify([mine, mineMatch]) !== JSON.stringify([out, match]);
    });
    expect(wrong).toEqual([]);
    expect(notices.length).toBeGreaterThan(0);
  });

  it('ranks as ts_rank in float4', () => {
    const wrong = golden.ranks.filter(([v, q, method, out]) => formatFloat4(tsRank(parseTsvector(v), parseTsquery(q, () => undefined), method)) !== out);
    expect(wrong).toEqual([]);
  });

  it('sends and receives as tsvectorsend and tsquerysend', () => {
    // PostgreSQL 15's tsvectorsend('a:1A,3 bc') and tsquerysend() of the queries.
    const cases: Array<[number, string, string]> = [
      [OID.tsvector, "'a':1A,3 'bc'", '0000000261000002c00100036263000000'],
      [OID.tsquery, "'a' & !'b':*A", '000000040202020101080162000100006100'],
      [OID.tsquery, "'x' <2> 'y' | 'z'", '0000000502030100007a000204000201000079000100007800'],
      [OID.tsquery, '', '00000000'],
    ];
    for (const [oid, text, hex] of cases) {
      expect(encodeBinary(text, oid).toString('hex')).toBe(hex);
      expect(decodeBinaryParam(Buffer.from(hex, 'hex'), oid)).toBe(text);
    }
  });

  it('refuses the parser token types it does not split as PostgreSQL does', () => {
    for (const text of ['see example.com', 'mail a@b.org', 'v1.2.3', '3.14', '-5 degrees', '1e5', 'a/b', '~/x', 'http://x', '<b>bold</b>', 'AT&amp;T', 'wait..']) {
      expect(() => parseText(text), text).toThrowError(expect.objectContaining({ code: '0A000' }));
    }
    expect(parseText("it's a cat-like naïve 42x end.").map((t) => `${t.kind}:${t.text}`)).toEqual([
      'asciiword:it', 'asciiword:s', 'asciiword:a', 'asciihword:cat-like', 'hword_asciipart:cat', 'hword_asciipart:like', 'word:naïve', 'numword:42x', 'asciiword:end',
    ]);
  });
});
