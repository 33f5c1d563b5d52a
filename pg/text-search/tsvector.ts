/**
 * tsvector (tsvector.c, tsvector_op.c, to_tsany.c): sorted distinct lexemes, each with up to 256
 * positions (1..16383) carrying a weight, stored as tsvectorout prints it.
 */
import { PgError, SqlState } from '../errors.js';
import { type ConfigName, type ParsedWord, parseWords } from './config.js';

/** A position and its weight: 3 is A, 0 is D (printed as nothing). */
export interface Position {
  pos: number;
  weight: number;
}

export interface Lexeme {
  word: string;
  /** Ascending, distinct; empty for a lexeme without positions (strip()). */
  positions: Position[];
}

export type TsVector = Lexeme[];

/** MAXENTRYPOS - 1: the last position, given to any beyond it. */
export const LAST_POS = 16383;
const MAX_POSITIONS = 256;
export const WEIGHT_LETTERS = ['D', 'C', 'B', 'A'];

/** tsCompareString: bytewise, a prefix first. */
export function compareLexemes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

const limitPos = (p: number) => Math.min(p, LAST_POS);

/** Quoted as tsvectorout and tsqueryout quote a lexeme. */
export function quoteLexeme(word: string): string {
  return `'${word.replace(/['\\]/g, (c) => c + c)}'`;
}

export function formatTsvector(v: TsVector): string {
  return v
    .map((l) => quoteLexeme(l.word) + (l.positions.length ? ':' + l.positions.map((p) => `${p.pos}${p.weight ? WEIGHT_LETTERS[p.weight] : ''}`).join(',') : ''))
    .join(' ');
}

/** to_tsvector: make_tsvector over parsetext's words. */
export function toTsvector(config: ConfigName, text: string): TsVector {
  return makeTsvector(parseWords(config, text));
}

/** make_tsvector: the words sorted and merged (uniqueWORD keeps at most 255 positions a lexeme). */
export function makeTsvector(parsed: ParsedWord[]): TsVector {
  const words = parsed.map((w) => ({ word: w.word, pos: limitPos(w.pos) }));
  words.sort((a, b) => compareLexemes(a.word, b.word) || a.pos - b.pos);
  const out: TsVector = [];
  for (const w of words) {
    const last = out.at(-1);
    if (last && last.word === w.word) {
      const lastPos = last.positions.at(-1)!.pos;
      if (last.positions.length < MAX_POSITIONS - 1 && lastPos !== LAST_POS && lastPos !== w.pos) last.positions.push({ pos: w.pos, weight: 0 });
    } else {
      out.push({ word: w.word, positions: [{ pos: w.pos, weight: 0 }] });
    }
  }
  return out;
}

function syntaxError(text: string): PgError {
  return new PgError(SqlState.syntaxError, `syntax error in tsvector: "${text}"`);
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/**
 * One word of tsvector or tsquery input (gettoken_tsvector): quoted with '' inside, or bare up to
 * a space (or, in a tsquery, an operator or ':'), a quote inside it taken as it is; a backslash
 * takes the next character as it is.
 * Returns the word and where its text ends, or undefined at the end of the input.
 */
export function readWord(text: string[], start: number, query: boolean, error: () => PgError): { word: string; end: number } | undefined {
  let i = start;
  while (isSpace(text[i])) i++;
  if (i >= text.length) return undefined;
  let word = '';
  if (text[i] === "'") {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) throw error();
      if (c === '\\') {
        if (text[i + 1] === undefined) throw error();
        word += text[i + 1];
        i += 2;
      } else if (c === "'") {
        if (text[i + 1] === "'") {
          word += "'";
          i += 2;
        } else {
          i++;
          break;
        }
      } else {
        word += c;
        i++;
      }
    }
    if (word === '') throw error();
    return { word, end: i };
  }
  const stop = (c: string) => isSpace(c) || (query && '!&|()<:'.includes(c)) || (!query && c === ':');
  while (i < text.length && !stop(text[i]!)) {
    const c = text[i]!;
    if (c === '\\') {
      if (text[i + 1] === undefined) throw error();
      word += text[i + 1];
      i += 2;
    } else {
      word += c;
      i++;
    }
  }
  if (word === '') throw error();
  return { word, end: i };
}

/** tsvectorin: positions sorted and made distinct (a position given twice keeps its greater weight), lexemes merged. */
export function parseTsvector(input: string): TsVector {
  const text = [...input];
  const error = () => syntaxError(input);
  const entries: Lexeme[] = [];
  let i = 0;
  for (;;) {
    const w = readWord(text, i, false, error);
    if (!w) break;
    i = w.end;
    const positions: Position[] = [];
    if (text[i] === ':') {
      i++;
      for (;;) {
        const digits = /^\d+/.exec(text.slice(i, i + 12).join(''))?.[0];
        if (!digits) throw error();
        i += digits.length;
        const pos = Number(digits);
        if (pos === 0) throw new PgError(SqlState.syntaxError, `wrong position info in tsvector: "${input}"`);
        let weight = 0;
        const c = text[i]?.toUpperCase();
        if (c === 'A' || c === '*' || c === 'B' || c === 'C' || c === 'D') {
          weight = c === '*' ? 3 : 3 - (c.charCodeAt(0) - 65);
          i++;
        }
        positions.push({ pos: limitPos(pos), weight });
        if (text[i] !== ',') break;
        i++;
      }
      if (i < text.length && !isSpace(text[i])) throw error();
    }
    entries.push({ word: w.word, positions });
  }
  entries.sort((a, b) => compareLexemes(a.word, b.word));
  const out: TsVector = [];
  for (const e of entries) {
    const last = out.at(-1);
    if (last && last.word === e.word) last.positions.push(...e.positions);
    else out.push({ word: e.word, positions: [...e.positions] });
  }
  for (const l of out) l.positions = uniquePositions(l.positions);
  return out;
}

function uniquePositions(positions: Position[]): Position[] {
  const sorted = [...positions].sort((a, b) => a.pos - b.pos);
  const out: Position[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (last && last.pos === p.pos) last.weight = Math.max(last.weight, p.weight);
    else out.push({ ...p });
  }
  return out.slice(0, MAX_POSITIONS);
}

/** setweight(v, weight[, lexemes]). */
export function setWeight(v: TsVector, weightText: string, only?: Array<string | null>): TsVector {
  const letter = weightText.length === 1 ? weightText.toUpperCase() : '';
  const weight = WEIGHT_LETTERS.indexOf(letter);
  if (weight < 0) throw new PgError(SqlState.invalidParameterValue, `unrecognized weight: ${weightText.length ? weightText.codePointAt(0) : 0}`);
  if (only?.some((w) => w === null)) throw new PgError(SqlState.nullValueNotAllowed, 'lexeme array may not contain nulls');
  const chosen = only && new Set(only);
  return v.map((l) => ({ word: l.word, positions: !chosen || chosen.has(l.word) ? l.positions.map((p) => ({ pos: p.pos, weight })) : l.positions }));
}

/** tsvector || tsvector: the right one's positions moved past the left one's last. */
export function concatTsvectors(a: TsVector, b: TsVector): TsVector {
  const shift = Math.max(0, ...a.flatMap((l) => l.positions.map((p) => p.pos)));
  const moved = b.map((l) => ({ word: l.word, positions: l.positions.map((p) => ({ pos: limitPos(p.pos + shift), weight: p.weight })) }));
  const byWord = new Map<string, Lexeme>();
  for (const l of [...a, ...moved]) {
    const seen = byWord.get(l.word);
    if (seen) seen.positions = uniquePositions([...seen.positions, ...l.positions]);
    else byWord.set(l.word, { word: l.word, positions: [...l.positions] });
  }
  return [...byWord.values()].sort((x, y) => compareLexemes(x.word, y.word));
}

export function stripTsvector(v: TsVector): TsVector {
  return v.map((l) => ({ word: l.word, positions: [] }));
}

/** ts_delete(v, lexemes): v without the lexemes named; NULLs among them name none. */
export function deleteLexemes(v: TsVector, words: Array<string | null>): TsVector {
  const dropped = new Set(words);
  return v.filter((l) => !dropped.has(l.word));
}

/** ts_filter(v, weights): only the positions of those weights ("char"s, either case), a lexeme left without any dropped. */
export function filterWeights(v: TsVector, weights: Array<string | null>): TsVector {
  let mask = 0;
  for (const w of weights) {
    if (w === null) throw new PgError(SqlState.nullValueNotAllowed, 'weight array may not contain nulls');
    // A "char" is the first byte of what was written.
    const letter = w.slice(0, 1);
    const weight = WEIGHT_LETTERS.indexOf(letter.toUpperCase());
    if (weight < 0) throw new PgError(SqlState.invalidParameterValue, `unrecognized weight: "${letter}"`);
    mask |= 1 << weight;
  }
  return v.flatMap((l) => {
    const positions = l.positions.filter((p) => mask & (1 << p.weight));
    return positions.length ? [{ word: l.word, positions }] : [];
  });
}

/** array_to_tsvector: the distinct lexemes, sorted, without positions. */
export function arrayToTsvector(words: Array<string | null>): TsVector {
  if (words.some((w) => w === null)) throw new PgError(SqlState.nullValueNotAllowed, 'lexeme array may not contain nulls');
  if (words.some((w) => w === '')) throw new PgError('2200F', 'lexeme array may not contain empty strings');
  return [...new Set(words as string[])].sort(compareLexemes).map((word) => ({ word, positions: [] }));
}
