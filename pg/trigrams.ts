/**
 * pg_trgm's trigrams and similarities (contrib/pg_trgm), under the C locale evsql keeps: a word is
 * a run of ASCII letters and digits (every other character, a multibyte one included, separates
 * words, as isalnum() says in that locale), lowered, with two spaces before it and one after; each
 * three consecutive characters of that are a trigram. Similarities are float4s, as pg_trgm
 * computes them: shared trigrams over the union's (CALCSML with DIVUNION).
 */

import { PgError, SqlState } from './errors.js';

const WORD = /[A-Za-z0-9]+/g;

/** pg_trgm's settings, and their defaults as SHOW prints them. */
export const TRIGRAM_THRESHOLDS = {
  similarity: { setting: 'pg_trgm.similarity_threshold', byDefault: '0.3' },
  word: { setting: 'pg_trgm.word_similarity_threshold', byDefault: '0.6' },
  strict: { setting: 'pg_trgm.strict_word_similarity_threshold', byDefault: '0.5' },
} as const;

export type TrigramMeasure = keyof typeof TRIGRAM_THRESHOLDS;

/** The trigram operators by name: how each measures (`swapped`: the right operand is the needle), and whether it is a distance. */
export const TRIGRAM_OPERATORS: Readonly<Record<string, { measure: TrigramMeasure; swapped: boolean; distance: boolean }>> = {
  '%': { measure: 'similarity', swapped: false, distance: false },
  '<%': { measure: 'word', swapped: false, distance: false },
  '%>': { measure: 'word', swapped: true, distance: false },
  '<<%': { measure: 'strict', swapped: false, distance: false },
  '%>>': { measure: 'strict', swapped: true, distance: false },
  '<->': { measure: 'similarity', swapped: false, distance: true },
  '<<->': { measure: 'word', swapped: false, distance: true },
  '<->>': { measure: 'word', swapped: true, distance: true },
  '<<<->': { measure: 'strict', swapped: false, distance: true },
  '<->>>': { measure: 'strict', swapped: true, distance: true },
};

/** A text's trigrams word by word in order, repeats kept, with whether each begins or ends its word. */
function trigramsInOrder(text: string): Array<{ trigram: string; first: boolean; last: boolean }> {
  const out: Array<{ trigram: string; first: boolean; last: boolean }> = [];
  for (const [word] of text.matchAll(WORD)) {
    const padded = `  ${word.toLowerCase()} `;
    const start = out.length;
    for (let i = 0; i + 3 <= padded.length; i++) out.push({ trigram: padded.slice(i, i + 3), first: false, last: false });
    out[start]!.first = true;
    out.at(-1)!.last = true;
  }
  return out;
}

/** show_trgm's set: a text's distinct trigrams, sorted as pg_trgm sorts them (byte by byte). */
export function trigrams(text: string): string[] {
  return [...new Set(trigramsInOrder(text).map((t) => t.trigram))].sort();
}

const fraction = (shared: number, len1: number, len2: number): number => Math.fround(shared / (len1 + len2 - shared));

/** similarity(a, b): the trigrams the two share over those either has; 0 where one has none. */
export function similarity(a: string, b: string): number {
  const t1 = trigrams(a);
  const t2 = new Set(trigrams(b));
  if (!t1.length || !t2.size) return 0;
  const shared = t1.filter((t) => t2.has(t)).length;
  return fraction(shared, t1.length, t2.size);
}

/**
 * word_similarity(a, b) (`strict`: strict_word_similarity): the greatest similarity of `a`'s
 * trigrams to a stretch of `b`'s, in order — any stretch, or for the strict one a stretch of whole
 * words. pg_trgm's iterate_word_similarity: the stretch grows to the right, one trigram of `b` at a
 * time; where it ends on a trigram `a` has (on a word's last trigram, strict), its left end moves
 * right as long as that raises the similarity, and what it passes is forgotten.
 */
export function wordSimilarity(a: string, b: string, strict = false): number {
  const needle = new Set(trigramsInOrder(a).map((t) => t.trigram));
  const hay = trigramsInOrder(b);
  const ulen1 = needle.size;
  // Each distinct trigram of `b`, numbered, and whether `a` has it.
  const ids = new Map<string, number>();
  const at = hay.map((t) => {
    let id = ids.get(t.trigram);
    if (id === undefined) ids.set(t.trigram, (id = ids.size));
    return id;
  });
  const found = [...ids.keys()].map((t) => needle.has(t));
  const lastPos = new Array<number>(ids.size).fill(-1);
  let lower = strict ? 0 : -1;
  let ulen2 = 0;
  let count = 0;
  let best = 0;
  for (let i = 0; i < hay.length; i++) {
    const id = at[i]!;
    if (lower >= 0 || found[id]) {
      if (lastPos[id]! < 0) {
        ulen2++;
        if (found[id]) count++;
      }
      lastPos[id] = i;
    }
    if (!(strict ? hay[i]!.last : found[id])) continue;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let current = fraction(count, ulen1, ulen2);
    let [tmpCount, tmpUlen2] = [count, ulen2];
    const previousLower = lower;
    for (let l = lower; l <= i; l++) {
      if (!strict || hay[l]!.first) {
        const tried = fraction(tmpCount, ulen1, tmpUlen2);
        if (tried > current) [current, ulen2, lower, count] = [tried, tmpUlen2, l, tmpCount];
      }
      const passed = at[l]!;
      if (lastPos[passed] === l) {
        tmpUlen2--;
        if (found[passed]) tmpCount--;
      }
    }
    best = Math.max(best, current);
    for (let l = previousLower; l < lower; l++) if (lastPos[at[l]!] === l) lastPos[at[l]!] = -1;
  }
  return best;
}

export function trigramMeasure(kind: TrigramMeasure, needle: string, haystack: string): number {
  return kind === 'similarity' ? similarity(needle, haystack) : wordSimilarity(needle, haystack, kind === 'strict');
}

/** A pg_trgm threshold setting's value, checked as its GUC checks what is set: 22023 outside 0 .. 1. */
export function checkedThreshold(setting: string, value: number, shown: string): number {
  if (!(value >= 0 && value <= 1)) throw new PgError(SqlState.invalidParameterValue, `${shown} is outside the valid range for parameter "${setting}" (0 .. 1)`);
  return value;
}

/**
 * A threshold setting's value: a default is a float4 constant in a double (0.3f is 0.30000001…),
 * as _PG_init defines it, so a similarity of exactly 0.3 passes it; a value SET is a double.
 */
export function thresholdValue(kind: TrigramMeasure, set: string | undefined): number {
  return set === undefined ? Math.fround(Number(TRIGRAM_THRESHOLDS[kind].byDefault)) : Number(set);
}
