/**
 * Simple-protocol statements with their constants lifted out, as pg_stat_statements normalizes
 * them: `... WHERE aid = 42` and `... WHERE aid = 43` share the translation of
 * `... WHERE aid = $1`, run with the constant bound as a parameter. Clients that inline literals
 * (pgbench -M simple, many ORMs) then skip the parser for every statement but the first of a shape.
 *
 * A scanner (not the parser) finds the constants: integers that fit int4 and decimals without
 * an exponent, with a unary minus folded in as PostgreSQL's grammar folds it, and plain '…'
 * strings where they stand as values, a cast after one included (`'…'::timestamptz`, as psycopg2
 * writes a datetime). Typed literals (`date '…'`), E'' / B''
 * / X'' / U&'' strings, dollar quoting, exponents, large integers and numbers after ORDER BY,
 * GROUP BY or DISTINCT ON (where one may be a column position) stay in the text and so in the key. A statement with a
 * parameter of its own, more than one statement, more than 8 kB of text, or a mention of evsql's
 * own tables and functions is not lifted.
 *
 * A shape's template is made once and only when the translation provably does not depend on the
 * values: the statement with its constants (the first one seen) and the shape with parameters are
 * both translated, and the template is kept only when the second, with the first's values bound,
 * is the same SQLite statement the first is (same kind, tag, result columns and locking; every
 * step's SQL equal once each bound parameter is written as the constant it carries: its value
 * decoded, or where that differs, a string as written, which the statement casts as it runs). Only queries
 * and DML that read no catalog qualify. Each value is decoded with the parameter's type, as a
 * Bind in text format would be; a value that does not decode (a bad date) takes the full path,
 * which raises PostgreSQL's error.
 */
import type { SqliteValue } from '../../pg/types/registry.js';
import { OID } from '../../pg/types/registry.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { sessionStylesKey } from '../../pg/types/session-styles.js';
import { uncommittedLabelsKey } from '../catalog/enums.js';
import { readsCatalog } from '../catalog/definitions.js';
import { quoteString } from '../sqlite-quote.js';
import { sqlLiteral as storedLiteral, storeValue } from '../../pg/coerce.js';
import type { TranslatorSchema } from './schema.js';
import { translate, type Translation } from './translate.js';
import { commentEnd, quotedEnd } from './sql-text.js';

/** Statements longer than this are translated as they come, never lifted. */
export const LIFT_MAX_TEXT = 8 * 1024;
/** The templates (and shapes found not to lift) kept, in characters of key and SQL. */
const CACHE_BUDGET = 4 * 1024 * 1024;

/** An int4 integer, a string, a decimal (numeric). */
type LiteralClass = 'i' | 's' | 'n';

interface Shape {
  /** The statement with `$n` for its n-th lifted constant. */
  text: string;
  /** The class of each constant and its text (an integer's digits with its sign, a string's value). */
  classes: string;
  values: string[];
}

interface Entry {
  version: number;
  /** null: this shape's translation depends on its constants. */
  template: Translation | null;
  /**
   * Its strings are bound as they were written, not decoded: a cast of one is made where the
   * statement runs (`pg_cast(?, timestamptz, -1)`), as the literal's own is.
   */
  asWritten: boolean;
  size: number;
}

const templates = new Map<string, Entry>();
let cacheSize = 0;

/**
 * The translation of a one-statement simple Query with its constants as parameters, and their
 * values; undefined when the text does not lift (the caller translates it as it is).
 */
export function translateLifted(query: string, schema: TranslatorSchema): { translation: Translation; params: SqliteValue[] } | undefined {
  if (query.length > LIFT_MAX_TEXT) return undefined;
  const shape = liftConstants(query);
  if (!shape || shape.values.length === 0) return undefined;
  const key = `${sessionStylesKey()}${uncommittedLabelsKey()}\u0000${shape.classes}\u0000${shape.text}`;
  let entry = templates.get(key);
  if (!entry || entry.version !== schema.version) {
    entry = makeTemplate(query, shape, schema);
    if (!entry) return undefined;
    remember(key, entry);
  }
  if (!entry.template) return undefined;
  const params = bindValues(shape, entry.template, entry.asWritten);
  if (!params) return undefined;
  // The template itself, not a copy: what is built per translation (conflict-key plans, point-read
  // judgements) is then built once per shape.
  return { translation: entry.template, params };
}

function remember(key: string, entry: Entry): void {
  const old = templates.get(key);
  if (old) {
    cacheSize -= old.size;
    templates.delete(key);
  }
  while (cacheSize + entry.size > CACHE_BUDGET && templates.size) {
    const [oldestKey, oldest] = templates.entries().next().value!;
    cacheSize -= oldest.size;
    templates.delete(oldestKey);
  }
  templates.set(key, entry);
  cacheSize += entry.size;
}

/** undefined: the statement itself does not translate (its error may lie in one value), so nothing is learnt. */
function makeTemplate(query: string, shape: Shape, schema: TranslatorSchema): Entry | undefined {
  const size = 2 * (shape.text.length + query.length);
  const none: Entry = { version: schema.version, template: null, asWritten: false, size };
  let exact: Translation[];
  try {
    exact = translate(query, schema);
  } catch {
    return undefined;
  }
  let lifted: Translation[];
  try {
    lifted = translate(shape.text, schema);
  } catch {
    return none;
  }
  if (exact.length !== 1 || lifted.length !== 1) return none;
  const [a, t] = [exact[0]!, lifted[0]!];
  const asWritten = !equivalent(a, t, shape, false);
  if (asWritten && !equivalent(a, t, shape, true)) return none;
  return { version: schema.version, template: t, asWritten, size: size + t.steps.reduce((n, s) => n + 2 * s.sql.length, 0) };
}

/** Whether `t` with `shape`'s values bound (its strings `asWritten`) does what `a` does. */
function equivalent(a: Translation, t: Translation, shape: Shape, asWritten: boolean): boolean {
  // A literal's display scale is the translation's; a display parameter's would be the value's.
  if (a.kind !== t.kind || (a.kind !== 'query' && a.kind !== 'dml') || t.displayParams) return false;
  if (a.tag !== t.tag || a.lockingRead !== t.lockingRead || t.lockWait || a.paramCount !== 0 || t.paramCount !== shape.values.length) return false;
  if (JSON.stringify(a.columns) !== JSON.stringify(t.columns) || a.steps.length !== t.steps.length) return false;
  const values = bindValues(shape, t, asWritten);
  if (!values) return false;
  const used = new Set<number>();
  for (let i = 0; i < a.steps.length; i++) {
    const [sa, st] = [a.steps[i]!, t.steps[i]!];
    if (sa.edit || st.edit || sa.params.length || readsCatalog(st.sql)) return false;
    const written = writeParams(st.sql, st.params, values);
    if (written !== sa.sql) return false;
    for (const p of st.params) used.add(p);
  }
  // A constant the SQL does not carry was consumed by the translation: its value mattered.
  return used.size === shape.values.length;
}

/** The constants decoded for the template's parameter types (strings `asWritten`: as they are); undefined when one does not decode. */
function bindValues(shape: Shape, t: Translation, asWritten: boolean): SqliteValue[] | undefined {
  // Pushed, not made with a length: an array with holes, as V8 sees one, crosses to every replica as a sparse one.
  const out: SqliteValue[] = [];
  try {
    for (let i = 0; i < shape.values.length; i++) {
      const text = shape.values[i]!;
      const oid = t.paramTypes[i] ?? 0;
      const natural = oid === 0 || oid === OID.unknown;
      const cls = shape.classes[i];
      const type = natural && cls === 'n' ? OID.numeric : oid;
      out.push(natural && cls === 'i' ? BigInt(text) : (natural || asWritten) && cls === 's' ? text : decodeTextParam(text, type));
    }
  } catch {
    return undefined;
  }
  return out;
}

/**
 * `sql` with each `?` replaced by the constant its parameter carries, or undefined when a value
 * has no SQL literal that reads back as the same value. A parameter stored into a column
 * (`pg_store(?, varchar, 124)`) is written as the value pg_store makes of it, which is how the
 * translator writes a literal stored there (normalize.ts storeSql).
 */
function writeParams(sql: string, params: number[], values: SqliteValue[]): string | undefined {
  let out = '';
  let next = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const end = quotedEnd(sql, i, c);
      out += sql.slice(i, end);
      i = end;
      continue;
    }
    if (c !== '?') {
      out += c;
      i++;
      continue;
    }
    const value = values[params[next++]! - 1]!;
    const store = out.endsWith(STORE) ? STORE_ARGUMENTS.exec(sql.slice(i + 1, i + 32)) : null;
    if (store) {
      let stored: SqliteValue;
      try {
        stored = storeValue(value, Number(store[1]), Number(store[2]));
      } catch {
        return undefined;
      }
      out = out.slice(0, -STORE.length) + storedLiteral(stored);
      i += 1 + store[0].length;
      continue;
    }
    const literal = sqlLiteral(value);
    if (literal === undefined) return undefined;
    // LIMIT and OFFSET check a parameter when it runs, a constant when translated: a valid count is the count.
    const count = typeof value === 'bigint' && value >= 0n && out.endsWith(ROW_COUNT) ? ROW_COUNT_ARGUMENTS.exec(sql.slice(i + 1, i + 8)) : null;
    if (count) {
      out = out.slice(0, -ROW_COUNT.length) + literal;
      i += 1 + count[0].length;
      continue;
    }
    out += literal;
    i++;
  }
  return out;
}

const ROW_COUNT = 'pg_row_count(';
/** The rest of `pg_row_count(?, 0 for LIMIT or 1 for OFFSET)`. */
const ROW_COUNT_ARGUMENTS = /^, [01]\)/;
const STORE = 'pg_store(';
/** The rest of `pg_store(?, type OID, typmod)`. */
const STORE_ARGUMENTS = /^, (\d+), (-?\d+)\)/;

function sqlLiteral(v: SqliteValue | undefined): string | undefined {
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return quoteString(v);
  // A decimal's value: a REAL where the double is exact, else numeric's BLOB.
  if (typeof v === 'number' || Buffer.isBuffer(v)) return storedLiteral(v);
  return undefined;
}

// ------------------------------------------------------------------ scanning

/** Words after which a string literal is a value, not a typed literal's text (`date '…'`). */
const VALUE_AFTER_WORD = new Set(['select', 'where', 'and', 'or', 'not', 'like', 'ilike', 'between', 'when', 'then', 'else']);
/** The status tables and evsql_fault() are answered from the statement's own text. */
const EVSQL_OWN = /evsql_/i;
const POSITIONAL_AFTER = new Set(['order by', 'group by', 'distinct on']);
/** Statements that may lift: queries and DML (a shape of anything else is never a template). */
const LIFTED_STATEMENT = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH|VALUES)\b/i;
/** A decimal without an exponent; its value is a numeric, as PostgreSQL reads one. */
const DECIMAL = /^(?:\d+\.\d*|\.\d+)$/;
const INT4_MIN = -2147483648n;
const INT4_MAX = 2147483647n;

const QUOTE = 39; // '
const DQUOTE = 34; // "
const MINUS = 45;
const SLASH = 47;
const STAR = 42;
const DOT = 46;
const COLON = 58;
const DOLLAR = 36;
const SEMICOLON = 59;
const AMPERSAND = 38;
/** What the last significant token was, when it was not a one-character operator (its code then). */
const WORD = -1;
const CONSTANT = -2;
/** Characters after which a minus is unary (the constant is negative), not subtraction. */
const UNARY_AFTER = new Set([...'(,=<>+-*/'].map((ch) => ch.charCodeAt(0)));

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

function isWordChar(c: number): boolean {
  return isWordStart(c) || isDigit(c) || c === DOLLAR;
}

/** The statement with its liftable constants replaced by `$1`, `$2`, …; undefined when it must not be lifted. */
export function liftConstants(query: string): Shape | undefined {
  if (!LIFTED_STATEMENT.test(query) || EVSQL_OWN.test(query)) return undefined;
  const n = query.length;
  let text = '';
  /** query[copied…] is not in `text` yet. */
  let copied = 0;
  let classes = '';
  const values: string[] = [];
  /** The last two significant tokens (WORD, CONSTANT or a character's code) and where the last began and ended. */
  let prev = WORD;
  let prev2 = WORD;
  let prevStart = 0;
  let prevEnd = 0;
  /**
   * After ORDER BY, GROUP BY or DISTINCT ON an integer may be a column's position, which a
   * parameter never is (in PostgreSQL and in SQLite): integers from there on stay in the text.
   */
  let positional = false;
  const token = (kind: number, start: number, end: number) => {
    prev2 = prev;
    prev = kind;
    prevStart = start;
    prevEnd = end;
  };
  const lift = (cls: LiteralClass, value: string, from: number, to: number) => {
    values.push(value);
    classes += cls;
    text += `${query.slice(copied, from)}$${values.length}`;
    copied = to;
    token(CONSTANT, from, to);
  };
  let i = 0;
  while (i < n) {
    const c = query.charCodeAt(i);
    const next = query.charCodeAt(i + 1);
    if (isSpace(c)) {
      i++;
    } else if ((c === MINUS && next === MINUS) || (c === SLASH && next === STAR)) {
      i = significantAfter(query, i);
    } else if (c === QUOTE) {
      const end = quotedEnd(query, i, "'");
      if (end - 1 === i || query.charCodeAt(end - 1) !== QUOTE) return undefined;
      const before = query.charCodeAt(i - 1);
      const prefixed = i > 0 && (isWordChar(before) || before === AMPERSAND);
      const valuePlace = prev !== WORD || VALUE_AFTER_WORD.has(query.slice(prevStart, prevEnd).toLowerCase());
      const after = significantAfter(query, end);
      const body = query.slice(i + 1, end - 1);
      if (!prefixed && valuePlace && prev !== QUOTE && query.charCodeAt(after) !== QUOTE && !body.includes('\\')) {
        lift('s', body.includes("''") ? body.replace(/''/g, "'") : body, i, end);
      } else {
        token(QUOTE, i, end);
      }
      i = end;
    } else if (c === DQUOTE) {
      const end = quotedEnd(query, i, '"');
      token(DQUOTE, i, end);
      i = end;
    } else if (c === DOLLAR) {
      // A parameter of the client's own ($1) or dollar quoting ($$…$$, $tag$…$tag$): not lifted.
      return undefined;
    } else if (isDigit(c) || (c === DOT && isDigit(next))) {
      let end = i;
      let digitsOnly = true;
      for (; end < n; end++) {
        const d = query.charCodeAt(end);
        if (isDigit(d)) continue;
        if (!isWordChar(d) && d !== DOT) break;
        digitsOnly = false;
        // An exponent's sign belongs to the number.
        const sign = query.charCodeAt(end + 1);
        if ((d === 101 || d === 69) && (sign === 43 || sign === MINUS)) end++;
      }
      const negative = prev === MINUS && prevEnd === i && UNARY_AFTER.has(prev2);
      const from = negative ? i - 1 : i;
      const value = digitsOnly ? BigInt(query.slice(from, end)) : undefined;
      const cast = castFollows(query, significantAfter(query, end));
      if (!positional && value !== undefined && value >= INT4_MIN && value <= INT4_MAX && !cast) {
        lift('i', String(value), from, end);
      } else if (!positional && !cast && DECIMAL.test(query.slice(i, end))) {
        lift('n', query.slice(from, end), from, end);
      } else {
        token(CONSTANT, i, end);
      }
      i = end;
    } else if (isWordStart(c)) {
      let end = i + 1;
      while (end < n && isWordChar(query.charCodeAt(end))) end++;
      if (prev === WORD && !positional) positional = POSITIONAL_AFTER.has(`${query.slice(prevStart, prevEnd)} ${query.slice(i, end)}`.toLowerCase());
      token(WORD, i, end);
      i = end;
    } else if (c === SEMICOLON) {
      // One statement only: a trailing semicolon (and comments or space) may follow it.
      if (significantAfter(query, i + 1) < n) return undefined;
      break;
    } else {
      token(c, i, i + 1);
      i++;
    }
  }
  return { text: text + query.slice(copied), classes, values };
}

function castFollows(s: string, at: number): boolean {
  return s.charCodeAt(at) === COLON && s.charCodeAt(at + 1) === COLON;
}

/** The first position at or after `from` that is not white space or a comment. */
function significantAfter(s: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (s.startsWith('--', i)) {
      const end = s.indexOf('\n', i);
      if (end < 0) return s.length;
      i = end;
    } else if (s.startsWith('/*', i)) {
      i = commentEnd(s, i);
    } else {
      return i;
    }
  }
}
