/**
 * fuzzystrmatch's string distances (contrib/fuzzystrmatch): Levenshtein's edit distance over
 * characters, as varstr_levenshtein counts them, and Soundex codes of ASCII letters, as the C
 * locale evsql keeps reads them.
 */
import { PgError, SqlState } from './errors.js';

/** varstr_levenshtein's bound on either string, in characters (past the empty-string answers). */
const MAX_LEVENSHTEIN_CHARS = 255;

export interface EditCosts {
  insert: number;
  delete: number;
  substitute: number;
}

const UNIT: EditCosts = { insert: 1, delete: 1, substitute: 1 };

/**
 * The cheapest edit of `source` into `target`. With `max` (levenshtein_less_equal, max ≥ 0), a
 * distance above it is max + 1, as the banded computation PostgreSQL runs then reports it; an
 * empty side answers exactly, before any bound.
 */
export function levenshtein(source: string, target: string, costs: EditCosts = UNIT, max = -1): number {
  const s = Array.from(source);
  const t = Array.from(target);
  if (!s.length) return t.length * costs.insert;
  if (!t.length) return s.length * costs.delete;
  if (s.length > MAX_LEVENSHTEIN_CHARS || t.length > MAX_LEVENSHTEIN_CHARS) {
    throw new PgError(SqlState.invalidParameterValue, `levenshtein argument exceeds maximum length of ${MAX_LEVENSHTEIN_CHARS} characters`);
  }
  let prev = s.map((_, i) => (i + 1) * costs.delete);
  prev.unshift(0);
  for (let j = 1; j <= t.length; j++) {
    const curr = [j * costs.insert];
    for (let i = 1; i <= s.length; i++) {
      curr[i] = Math.min(prev[i]! + costs.insert, curr[i - 1]! + costs.delete, prev[i - 1]! + (s[i - 1] === t[j - 1] ? 0 : costs.substitute));
    }
    prev = curr;
  }
  const distance = prev[s.length]!;
  return max >= 0 && distance > max ? max + 1 : distance;
}

/** Each ASCII letter's Soundex digit, A to Z; '0' for vowels, H, W and Y, which no digit stands for. */
const SOUNDEX_DIGITS = '01230120022455012623010202';

const isAsciiLetter = (c: string): boolean => /^[A-Za-z]$/.test(c);

/** A character's Soundex digit; any other character stands for itself (it breaks a run of one digit). */
function soundexDigit(c: string): string {
  const upper = c.toUpperCase();
  return isAsciiLetter(c) ? SOUNDEX_DIGITS[upper.charCodeAt(0) - 65]! : c;
}

/**
 * soundex(text): the first letter, then the digits of the letters after it, a digit the character
 * before also had written once, vowels left out, padded with zeros to four; '' without a letter.
 */
export function soundex(text: string): string {
  const chars = Array.from(text);
  const start = chars.findIndex(isAsciiLetter);
  if (start < 0) return '';
  let code = chars[start]!.toUpperCase();
  for (let i = start + 1; i < chars.length && code.length < 4; i++) {
    const digit = soundexDigit(chars[i]!);
    if (isAsciiLetter(chars[i]!) && digit !== soundexDigit(chars[i - 1]!) && digit !== '0') code += digit;
  }
  return code.padEnd(4, '0');
}

/** difference(a, b): at how many of the four places the two Soundex codes agree. */
export function soundexDifference(a: string, b: string): number {
  const [x, y] = [soundex(a).padEnd(4, '\0'), soundex(b).padEnd(4, '\0')];
  let same = 0;
  for (let i = 0; i < 4; i++) if (x[i] === y[i]) same++;
  return same;
}
