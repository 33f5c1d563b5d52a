/**
 * PostgreSQL's LIKE matcher (like_match.c's MatchText and like_escape()), for the patterns SQLite's
 * LIKE cannot answer as PostgreSQL does: ILIKE, and a pattern ending in its escape character.
 * PostgreSQL reports such a pattern (22025) only where matching reaches that escape with text left
 * to match; where the match fails before it, or the text ends first, the answer is false.
 */
import { PgError, SqlState } from './errors.js';

const TRUE = 1;
const FALSE = 0;
/** No match, and none for any later start in the text either (MatchText's LIKE_ABORT). */
const ABORT = -1;

function endsWithEscape(): PgError {
  return new PgError(SqlState.invalidEscapeSequence, 'LIKE pattern must not end with escape character');
}

/** `pattern` with its escape character `escape` rewritten to PostgreSQL's own `\`, as like_escape() does. */
export function likeEscape(pattern: string, escape: string): string {
  if (escape === '\\') return pattern;
  if (escape === '') return pattern.replace(/\\/g, '\\\\');
  if ([...escape].length !== 1) throw new PgError(SqlState.invalidEscapeSequence, 'invalid escape string', { hint: 'Escape string must be empty or one character.' });
  let out = '';
  let afterEscape = false;
  for (const ch of pattern) {
    if (ch === escape && !afterEscape) {
      out += '\\';
      afterEscape = true;
    } else {
      // A backslash that is not itself escaped is doubled, so that it stands for itself.
      out += ch === '\\' && !afterEscape ? '\\\\' : ch;
      afterEscape = false;
    }
  }
  return out;
}

/** `text LIKE pattern` of a pattern whose escape is `\`; `fold` lowers ASCII letters first, as ILIKE under the C collation does. */
export function likeMatch(text: string, pattern: string, fold = false): boolean {
  const lower = (s: string) => (fold ? s.replace(/[A-Z]/g, (c) => c.toLowerCase()) : s);
  return matchText(Array.from(lower(text)), 0, Array.from(lower(pattern)), 0) === TRUE;
}

function matchText(t: string[], ti: number, p: string[], pi: number): number {
  if (p.length - pi === 1 && p[pi] === '%') return TRUE;
  while (ti < t.length && pi < p.length) {
    const c = p[pi];
    if (c === '\\') {
      pi++;
      if (pi >= p.length) throw endsWithEscape();
      if (p[pi] !== t[ti]) return FALSE;
    } else if (c === '%') {
      pi++;
      // Runs of % and _ after a % consume one character per _.
      for (; pi < p.length; pi++) {
        if (p[pi] === '_') {
          if (ti >= t.length) return ABORT;
          ti++;
        } else if (p[pi] !== '%') break;
      }
      if (pi >= p.length) return TRUE;
      if (p[pi] === '\\' && pi + 1 >= p.length) throw endsWithEscape();
      const first = p[pi] === '\\' ? p[pi + 1] : p[pi];
      for (; ti < t.length; ti++) {
        if (t[ti] !== first) continue;
        const matched = matchText(t, ti, p, pi);
        if (matched !== FALSE) return matched;
      }
      return ABORT;
    } else if (c !== '_' && c !== t[ti]) {
      return FALSE;
    }
    pi++;
    ti++;
  }
  if (ti < t.length) return FALSE;
  while (pi < p.length && p[pi] === '%') pi++;
  return pi >= p.length ? TRUE : ABORT;
}

/** Whether a pattern (its escape rewritten to `\`) ends in a lone escape, which only PostgreSQL's matcher answers as PostgreSQL does. */
export function endsInEscape(pattern: string): boolean {
  const trailing = /\\+$/.exec(pattern)?.[0].length ?? 0;
  return trailing % 2 === 1;
}
