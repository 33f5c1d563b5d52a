/**
 * PostgreSQL's regular expressions (in the C locale) as JavaScript's: the POSIX character classes
 * JavaScript's bracket expressions lack, and case-insensitive matching that folds ASCII letters
 * only ('ñ' ~* 'Ñ' is false), where JavaScript's `i` folds every letter.
 */
import { PgError } from './errors.js';

/** The C locale's character classes (ASCII only), which JavaScript's bracket expressions lack. */
const POSIX_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', xdigit: '0-9A-Fa-f', word: '\\w',
  space: ' \\t\\n\\r\\f\\v', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f', print: '\\x20-\\x7e', graph: '\\x21-\\x7e',
  punct: '!-\\/:-@\\[-`{-~',
};

function posixClasses(pattern: string): string {
  return pattern.includes('[:') ? pattern.replace(/\[:([a-z]+):\]/g, (all, name: string) => POSIX_CLASSES[name] ?? all) : pattern;
}

const isAsciiLetter = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/.test(c);
const otherCase = (c: string) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());

/**
 * A pattern matching ASCII letters in either case and every other character as itself: the C
 * collation's case-insensitive matching ('ñ' ~* 'Ñ' is false), where JavaScript's `i` folds all.
 */
function asciiCaseless(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      // An escape (\w, \x41, \u00e9) is kept as written.
      const width = pattern[i + 1] === 'x' ? 3 : pattern[i + 1] === 'u' ? 5 : 1;
      out += pattern.slice(i, i + 1 + width);
      i += width;
    } else if (inClass && c === '[' && pattern[i + 1] === ':' && pattern.indexOf(':]', i) > 0) {
      const end = pattern.indexOf(':]', i) + 2;
      out += pattern.slice(i, end);
      i = end - 1;
    } else if (inClass) {
      if (c === ']') inClass = false;
      const range = isAsciiLetter(c) && pattern[i + 1] === '-' && isAsciiLetter(pattern[i + 2]) && (c <= 'Z') === (pattern[i + 2]! <= 'Z');
      if (range) {
        out += `${c}-${pattern[i + 2]}${otherCase(c)}-${otherCase(pattern[i + 2]!)}`;
        i += 2;
      } else out += isAsciiLetter(c) ? c + otherCase(c) : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += pattern[++i];
    } else out += isAsciiLetter(c) ? `[${c}${otherCase(c)}]` : c;
  }
  return out;
}

/** A pattern and flags (i, g, as JavaScript's) as a RegExp; 2201B for one JavaScript cannot read. */
export function pgRegExp(pattern: string, flags: string): RegExp {
  try {
    const js = posixClasses(pattern);
    return flags.includes('i') ? new RegExp(asciiCaseless(js), flags.replace('i', '')) : new RegExp(js, flags);
  } catch {
    throw new PgError('2201B', `invalid regular expression: ${pattern}`);
  }
}
