/**
 * PostgreSQL's default text search parser (wparser_def.c) over the tokens it shares with plain
 * prose, in a database of the C locale: every character beyond ASCII is a letter (p_isalpha), so
 * `naïve` and `a—b` are words. Words, numbers and hyphenated words are split as the parser splits
 * them; the input that its other token types (hosts, emails, URLs, file paths, tags, entities,
 * signed and decimal numbers, versions) could take is refused, not split otherwise.
 */
import { PgError, SqlState } from '../errors.js';

export type TokenKind =
  | 'asciiword' | 'word' | 'numword' | 'uint'
  | 'asciihword' | 'hword' | 'numhword' | 'hword_asciipart' | 'hword_part' | 'hword_numpart';

export interface Token {
  kind: TokenKind;
  text: string;
}

const ALNUM = '0-9A-Za-z\\u{80}-\\u{10FFFF}';
const isAlnum = (c: string | undefined) => c !== undefined && (/[0-9A-Za-z]/.test(c) || c.codePointAt(0)! > 0x7f);
const hasLetter = (run: string) => /[^0-9]/.test(run);

/** Inputs on which the parser would find a token type beyond words and unsigned integers, with that type's name. */
const REFUSED: Array<[RegExp, string]> = [
  [new RegExp(`[${ALNUM}_]\\.[${ALNUM}_]`, 'u'), 'hosts, file names, decimal numbers and versions (a dot inside a word)'],
  [/[+-][0-9]/, 'signed integers'],
  [/[0-9][eE][+-]?[0-9]/, 'numbers in scientific notation'],
  [new RegExp(`[/~][${ALNUM}._~/-]|[${ALNUM}._~-]/|\\.\\.`, 'u'), 'file paths and URLs'],
  [/<[/!?]?[A-Za-z][^]*>/, 'XML and HTML tags'],
  [/&[#A-Za-z_:][^\s;&]*;/, 'XML and HTML entities'],
];

/** PostgreSQL leaves out words of 2048 bytes or more with a NOTICE (MAXSTRLEN). */
const MAX_WORD_BYTES = 2047;

export function parseText(text: string): Token[] {
  for (const [re, what] of REFUSED) {
    if (re.test(text)) throw new PgError(SqlState.featureNotSupported, `text search parsing of ${what} is not supported by evsql`);
  }
  const chars = [...text];
  const tokens: Token[] = [];
  let i = 0;
  const run = () => {
    const start = i;
    while (isAlnum(chars[i])) i++;
    return chars.slice(start, i).join('');
  };
  while (i < chars.length) {
    if (!isAlnum(chars[i])) {
      i++;
      continue;
    }
    const first = run();
    if (!hasLetter(first)) {
      tokens.push({ kind: 'uint', text: first });
      continue;
    }
    // A hyphenated word: parts of letters (and digits) joined by single hyphens.
    const parts = [first];
    while (chars[i] === '-' && isAlnum(chars[i + 1])) {
      i++;
      parts.push(run());
    }
    const ascii = (s: string) => /^[A-Za-z]+$/.test(s);
    const numeric = (s: string) => /[0-9]/.test(s);
    if (parts.length === 1) {
      tokens.push({ kind: numeric(first) ? 'numword' : ascii(first) ? 'asciiword' : 'word', text: first });
    } else {
      tokens.push({ kind: parts.some(numeric) ? 'numhword' : parts.every(ascii) ? 'asciihword' : 'hword', text: parts.join('-') });
      for (const p of parts) tokens.push({ kind: numeric(p) ? 'hword_numpart' : ascii(p) ? 'hword_asciipart' : 'hword_part', text: p });
    }
  }
  for (const t of tokens) {
    if (Buffer.byteLength(t.text) > MAX_WORD_BYTES) throw new PgError(SqlState.featureNotSupported, 'text search of words of 2048 bytes or more (left out with a NOTICE) is not supported by evsql');
  }
  return tokens;
}
