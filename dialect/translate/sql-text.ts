/**
 * Where quoted text and comments end in SQL text, for the scanners that read a statement before
 * (or instead of) the parser: constants lifted out for the translation cache (lift.ts), large
 * literals taken out of a simple Query (wire/large-literals.ts).
 */

/**
 * Past the closing quote of the quoted text that starts at `start` (a doubled quote is one inside
 * it); one past the text's end when it is not closed, so that `s[end - 1]` is a quote only when it closed.
 */
export function quotedEnd(s: string, start: number, quote: string): number {
  let i = start + 1;
  for (;;) {
    const q = s.indexOf(quote, i);
    if (q < 0) return s.length + 1;
    if (s[q + 1] !== quote) return q + 1;
    i = q + 2;
  }
}

/** Past the closing quote of an E'…' string, where a backslash escapes the next character (as quotedEnd when not closed). */
export function escapedEnd(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === "'") {
      if (s[i + 1] !== "'") return i + 1;
      i++;
    }
  }
  return s.length + 1;
}

/** The end of a block comment starting at `start`, which nests in PostgreSQL (the text's end when it is not closed). */
export function commentEnd(s: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < s.length) {
    if (s.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (s.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return s.length;
}
