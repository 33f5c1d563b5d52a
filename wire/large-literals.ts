/**
 * Large string literals of a simple Query, taken out before the parser sees them. The parser
 * (libpg-query, WebAssembly) copies a statement's text several times over in its own memory, and
 * WebAssembly memory only grows: one INSERT of a 50 MB literal (psql, a dump's data) left 400 MB
 * behind for the life of the server. So a plain '…' literal of LARGE_LITERAL or more becomes a
 * parameter `$n` with the literal's value, as Bind would give it; the caller keeps the result
 * only when the statement translates so (a literal where PostgreSQL takes no parameter, a typed
 * literal `bytea '…'`, fails there, and the text goes to the parser as it came).
 *
 * The scanner knows what can hide a quote: comments, quoted identifiers, dollar quoting, and the
 * E'', B'', X'', U&'' strings (left in place, with their escapes). A text with a parameter
 * reference of its own is left alone.
 */
import { commentEnd, escapedEnd, quotedEnd } from '../dialect/translate/sql-text.js';

/** Literals this long are lifted out; shorter ones cost the parser little. */
export const LARGE_LITERAL = 1 << 20;

/** The text with `$1`, `$2`, … for its large literals, and their values; null when it has none. */
export function liftLargeLiterals(query: string): { text: string; values: string[] } | null {
  if (query.length < LARGE_LITERAL) return null;
  const parts: string[] = [];
  const values: string[] = [];
  let copied = 0;
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    if (c === '-' && query[i + 1] === '-') {
      const eol = query.indexOf('\n', i);
      i = eol < 0 ? n : eol + 1;
    } else if (c === '/' && query[i + 1] === '*') {
      i = commentEnd(query, i);
    } else if (c === '"') {
      i = quotedEnd(query, i, '"');
    } else if (c === '$') {
      if (/[0-9]/.test(query[i + 1] ?? '')) return null;
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(query.slice(i, i + 64));
      if (tag && !identifierChar(query[i - 1])) {
        const close = query.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? n : close + tag[0].length;
      } else {
        i++;
      }
    } else if (c === "'") {
      const escapes = (query[i - 1] === 'E' || query[i - 1] === 'e') && !identifierChar(query[i - 2]);
      const end = escapes ? escapedEnd(query, i) : quotedEnd(query, i, "'");
      // E'…', B'…', X'…', U&'…' and a type name before the quote are not plain literals.
      if (end - i - 2 >= LARGE_LITERAL && !identifierChar(query[i - 1]) && query[i - 1] !== '&' && end <= n && query[end - 1] === "'") {
        parts.push(query.slice(copied, i), `$${values.length + 1}`);
        values.push(query.slice(i + 1, end - 1).replaceAll("''", "'"));
        copied = end;
      }
      i = end;
    } else {
      i++;
    }
  }
  if (!values.length) return null;
  parts.push(query.slice(copied));
  return { text: parts.join(''), values };
}

function identifierChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
}
