/**
 * PostgreSQL's regular expressions (in the C locale) as JavaScript's: the POSIX character classes
 * JavaScript's bracket expressions lack, and case-insensitive matching that folds ASCII letters
 * only ('ñ' ~* 'Ñ' is false), where JavaScript's `i` folds every letter.
 */
import { setFlagsFromString } from 'node:v8';
import { PgError } from './errors.js';

// PostgreSQL's regex engine is an automaton: `'aaa…a!' ~ '(a+)+$'` answers at once, where a
// backtracking engine takes exponential time and holds its thread past any statement_timeout.
// V8 moves a regex that backtracks too much to its linear engine (any without backreferences or
// lookaround), with the same answers. The flag is the process's, for every thread's regexes.
setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');

/** The C locale's character classes (ASCII only), which JavaScript's bracket expressions lack. */
const POSIX_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', xdigit: '0-9A-Fa-f', word: '\\w',
  space: ' \\t\\n\\r\\f\\v', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f', print: '\\x20-\\x7e', graph: '\\x21-\\x7e',
  punct: '!-\\/:-@\\[-`{-~',
};

function posixClasses(pattern: string): string {
  return pattern.includes('[:') ? pattern.replace(/\[:([a-z]+):\]/g, (all, name: string) => POSIX_CLASSES[name] ?? all) : pattern;
}

/**
 * An ARE's escapes JavaScript reads otherwise, as JavaScript writes them: the constraint escapes
 * `\A \Z \m \M \y \Y` and the word bounds `[[:<:]] [[:>:]]` (JavaScript took `\y` for a `y`
 * and `\A` for an `A`), `\b` a backspace and `\B` a backslash (JavaScript's word bound and its
 * negation), `\a` and `\e` BEL and ESC. A letter PostgreSQL gives no escape is 2201B, where
 * JavaScript took it for itself; `\U` (eight hex digits), which JavaScript lacks, is 0A000.
 * A bracket's leading ']' and an unclosed bound are read as there too.
 */
const CONSTRAINT_ESCAPES: Record<string, string> = {
  A: '^', Z: '$', m: '\\b(?=\\w)', M: '\\b(?<=\\w)', y: '\\b', Y: '\\B', b: '\\x08', B: '\\\\', a: '\\x07', e: '\\x1b',
};
const ESCAPE_LETTERS = /[cdDfnrsStuvwWx]/;
const WORD_BOUNDS: Record<string, string> = { '[[:<:]]': '\\b(?=\\w)', '[[:>:]]': '\\b(?<=\\w)' };

function areEscapes(pattern: string): string {
  if (!pattern.includes('\\') && !pattern.includes('[') && !pattern.includes('{')) return pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      if (inClass || !/[A-Za-z]/.test(next)) out += c + next;
      else if (CONSTRAINT_ESCAPES[next]) out += CONSTRAINT_ESCAPES[next];
      else if (ESCAPE_LETTERS.test(next)) out += c + next;
      else if (next === 'U') throw new PgError('0A000', 'the regular expression escape \\U is not supported by evsql');
      else throw new PgError('2201B', 'invalid regular expression: invalid escape \\ sequence');
    } else if (inClass) {
      if (c === '[' && pattern[i + 1] === ':' && pattern.indexOf(':]', i) > 0) {
        const end = pattern.indexOf(':]', i) + 2;
        out += pattern.slice(i, end);
        i = end - 1;
      } else {
        if (c === ']') inClass = false;
        out += c;
      }
    } else if (c === '[') {
      const bound = WORD_BOUNDS[pattern.slice(i, i + 7)];
      if (bound) {
        out += bound;
        i += 6;
        continue;
      }
      inClass = true;
      out += c;
      if (pattern[i + 1] === '^') out += pattern[++i];
      // A bracket's first ']' is itself, where JavaScript's `[]` is an empty class.
      if (pattern[i + 1] === ']') {
        out += '\\]';
        i++;
      }
    } else {
      // A '{' before a digit opens a bound, which must close ('a{1' is 2201B, JavaScript's literal text).
      if (c === '{' && /[0-9]/.test(pattern[i + 1] ?? '') && !/^\{\d+(,\d*)?\}/.test(pattern.slice(i))) throw new PgError('2201B', 'invalid regular expression: braces {} not balanced');
      out += c;
    }
  }
  return out;
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

/**
 * PostgreSQL's option letters as the flags pgRegExp takes: i where the last of i and c asks for
 * case-insensitive matching, N where a dot and a negated bracket stop at a newline and A where ^
 * and $ also match beside one (n and m both, p the first, w the second, s neither, as
 * parse_re_flags sets them), X for the expanded syntax (x; t the tight default) and Q for a
 * pattern that is plain text (q); g is the caller's. The BRE and ERE flavors (b, e) are 0A000;
 * any other letter is 22023, as there. `from` is the flags so far.
 */
export function regexOptions(letters: string, from = ''): string {
  let [caseless, stop, anchor, expanded, quoted] = [from.includes('i'), from.includes('N'), from.includes('A'), from.includes('X'), from.includes('Q')];
  for (const c of letters) {
    if (c === 'i' || c === 'c') caseless = c === 'i';
    else if (c === 'n' || c === 'm') [stop, anchor] = [true, true];
    else if (c === 'p') [stop, anchor] = [true, false];
    else if (c === 'w') [stop, anchor] = [false, true];
    else if (c === 's') [stop, anchor] = [false, false];
    else if (c === 'x' || c === 't') expanded = c === 'x';
    else if (c === 'q') quoted = true;
    else if (c === 'b' || c === 'e') throw new PgError('0A000', `regular expression option "${c}" is not supported by evsql`);
    else if (c !== 'g') throw new PgError('22023', `invalid regular expression option: "${c}"`);
  }
  return (caseless ? 'i' : '') + (stop ? 'N' : '') + (anchor ? 'A' : '') + (expanded ? 'X' : '') + (quoted ? 'Q' : '');
}

/**
 * An ARE's embedded options (`(?i)b`), which lead the pattern and override the function's: the
 * pattern without them and the flags with them, the letters read as regexOptions reads them.
 */
function embeddedOptions(pattern: string, flags: string): [string, string] {
  const m = /^\(\?([a-zA-Z]*)\)/.exec(pattern);
  if (!m) return [pattern, flags];
  return [pattern.slice(m[0].length), flags.replace(/[iNAXQ]/g, '') + regexOptions(m[1]!, flags)];
}

/** Where the bracket expression opening at `i` closes: a leading ']', escapes and [:class:]es are inside it. */
function bracketEnd(pattern: string, i: number): number {
  let j = i + 1;
  if (pattern[j] === '^') j++;
  if (pattern[j] === ']') j++;
  while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '[' && pattern[j + 1] === ':' ? Math.max(pattern.indexOf(':]', j) + 2 - j, 1) : pattern[j] === '\\' ? 2 : 1;
  return j;
}

/**
 * A pattern rewritten outside its escapes: each other character by `outside` (what it writes, and
 * the index the walk goes on after), each bracket expression by `bracket`.
 */
function rewritten(pattern: string, outside: (c: string, i: number) => [string, number], bracket: (body: string) => string = (body) => body): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      const end = bracketEnd(pattern, i);
      out += bracket(pattern.slice(i, end + 1));
      i = end;
    } else {
      const [text, next] = outside(c, i);
      out += text;
      i = next;
    }
  }
  return out;
}

/** The expanded syntax's pattern without its white space and #-comments, but within brackets or escaped. */
function tightened(pattern: string): string {
  return rewritten(pattern, (c, i) => {
    if (c === '#') return ['', pattern.includes('\n', i) ? pattern.indexOf('\n', i) : pattern.length];
    return [' \t\n\r\v\f'.includes(c) ? '' : c, i];
  });
}

/**
 * Newline-sensitive matching in JavaScript's terms: with `stop` a dot and a negated bracket
 * expression match no newline, with `anchor` ^ and $ match after and before one. JavaScript's own
 * (no s flag, the m flag) would stop at \r and U+2028 too, which PostgreSQL's do not.
 */
function newlineSensitive(pattern: string, stop: boolean, anchor: boolean): string {
  const outside = (c: string, i: number): [string, number] => {
    if (c === '.' && stop) return ['[^\\n]', i];
    if (c === '^' && anchor) return ['(?:^|(?<=\\n))', i];
    if (c === '$' && anchor) return ['(?:$|(?=\\n))', i];
    return [c, i];
  };
  return rewritten(pattern, outside, (body) => (stop && body[1] === '^' ? '[^\\n' + body.slice(2) : body));
}

/**
 * A pattern and flags (i, g, as JavaScript's; N and A as regexOptions gives them) as a RegExp; 2201B for one JavaScript cannot read.
 * A dot matches a newline too, as in PostgreSQL's default (not newline-sensitive) mode.
 */
export function pgRegExp(pattern: string, flags: string): RegExp {
  [pattern, flags] = embeddedOptions(pattern, flags);
  const [stop, anchor] = [flags.includes('N'), flags.includes('A')];
  if (flags.includes('Q')) pattern = pattern.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
  else if (flags.includes('X')) pattern = tightened(pattern);
  flags = flags.replace(/[NAXQ]/g, '');
  const js = posixClasses(areEscapes(stop || anchor ? newlineSensitive(pattern, stop, anchor) : pattern));
  try {
    return flags.includes('i') ? new RegExp(asciiCaseless(js), flags.replace('i', '') + 's') : new RegExp(js, flags + 's');
  } catch {
    throw new PgError('2201B', `invalid regular expression: ${pattern}`);
  }
}

/**
 * A pattern whose matches PostgreSQL's engine chooses differently from JavaScript's: there the
 * whole expression is greedy or not as its first quantifier is, and a greedy one finds the longest
 * match (`a|ab` matches `ab`), where JavaScript takes each quantifier's own greediness and the
 * first alternative that succeeds. Boolean matching agrees either way; what a match extracts does
 * not when greedy and non-greedy quantifiers mix, or when alternatives are not plain text none of
 * which starts another. Returns what makes it ambiguous, or undefined.
 */
function ambiguity(pattern: string, caseless: boolean): string | undefined {
  let greedy = false;
  let lazy = false;
  // The alternatives of each open group (the whole pattern first), as their text and whether they are plain.
  const groups: Array<{ alternatives: Array<{ text: string; plain: boolean }>; bar: boolean }> = [{ alternatives: [{ text: '', plain: true }], bar: false }];
  const current = () => groups.at(-1)!.alternatives.at(-1)!;
  const closeGroup = (): string | undefined => {
    const g = groups.pop()!;
    if (!g.bar) return undefined;
    const texts = g.alternatives.map((a) => (caseless ? a.text.toLowerCase() : a.text));
    const prefix = texts.some((a, i) => texts.some((b, j) => i !== j && b.startsWith(a)));
    return g.alternatives.some((a) => !a.plain) || prefix ? 'alternatives (|) other than plain texts none of which begins another' : undefined;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(next)) current().plain = false;
      else current().text += next;
      i++;
    } else if (c === '[') {
      current().plain = false;
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '[' && pattern[j + 1] === ':' ? Math.max(pattern.indexOf(':]', j) + 2 - j, 1) : 1;
      i = j;
    } else if (c === '(') {
      current().plain = false;
      if (pattern[i + 1] === '?') i += 2;
      groups.push({ alternatives: [{ text: '', plain: true }], bar: false });
    } else if (c === ')' && groups.length > 1) {
      const refused = closeGroup();
      if (refused) return refused;
    } else if (c === '|') {
      groups.at(-1)!.bar = true;
      groups.at(-1)!.alternatives.push({ text: '', plain: true });
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i)))) {
      current().plain = false;
      if (c === '{') i = pattern.indexOf('}', i);
      if (pattern[i + 1] === '?') {
        lazy = true;
        i++;
      } else greedy = true;
    } else if (c === '.' || c === '^' || c === '$') current().plain = false;
    else current().text += c;
  }
  if (greedy && lazy) return 'greedy and non-greedy quantifiers together';
  while (groups.length) {
    const refused = closeGroup();
    if (refused) return refused;
  }
  return undefined;
}

/** pgRegExp for what a match extracts (substring, regexp_match, regexp_replace …): 0A000 where the engines would choose differently. */
export function extractingRegExp(pattern: string, flags: string): RegExp {
  const why = ambiguity(...embeddedOptions(pattern, flags).map((x, i) => (i === 1 ? x.includes('i') : x)) as [string, boolean]);
  if (why) throw new PgError('0A000', `a regular expression with ${why} is not supported by evsql where its match is extracted`);
  return pgRegExp(pattern, flags);
}
