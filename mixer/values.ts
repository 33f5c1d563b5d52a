/**
 * Canonical strings for the values that pin a row key, so that every node derives the same key
 * for the same row whatever form the value came in: '5', 5n, 5 and '+05' are one integer row.
 *
 * The rule that keeps this safe: a canonical form may merge values that are different rows (two
 * requests then conflict needlessly), but must never split one row into two forms (two requests on
 * the same row would then run in parallel). Where the column's type admits spellings this module
 * does not model (dates, timestamps, intervals, floats, arrays, bytea), it answers `undefined` and
 * the caller falls back to a table key.
 */
import type { SqliteValue } from '../pg/types/registry.js';

/** How a column's (or a cast's) type compares values; `generic` when the type is not known. */
export type ValueClass = 'integer' | 'numeric' | 'text' | 'bpchar' | 'uuid' | 'bool' | 'opaque' | 'generic';

const CLASS_BY_TYPE: Record<string, ValueClass> = {
  int2: 'integer',
  int4: 'integer',
  int8: 'integer',
  int: 'integer',
  integer: 'integer',
  smallint: 'integer',
  bigint: 'integer',
  oid: 'integer',
  serial: 'integer',
  serial2: 'integer',
  serial4: 'integer',
  serial8: 'integer',
  smallserial: 'integer',
  bigserial: 'integer',
  numeric: 'numeric',
  decimal: 'numeric',
  text: 'text',
  varchar: 'text',
  'character varying': 'text',
  name: 'text',
  citext: 'opaque',
  bpchar: 'bpchar',
  char: 'bpchar',
  character: 'bpchar',
  uuid: 'uuid',
  bool: 'bool',
  boolean: 'bool',
};

/**
 * The class of a declared type as SQLite keeps it ('int4', 'numeric(10,2)', 'INTEGER', 'bpchar(3)');
 * undefined (unknown) gives `generic`. Floats compare with rounding and are `opaque`, as is every
 * type not listed.
 */
export function valueClass(declared: string | undefined): ValueClass {
  if (declared === undefined || declared.trim() === '') return 'generic';
  const t = declared.toLowerCase().replace(/\(.*\)/, '').trim();
  if (t.endsWith('[]') || t.startsWith('_')) return 'opaque';
  return CLASS_BY_TYPE[t.replace(/^pg_catalog\./, '')] ?? 'opaque';
}

/**
 * The canonical string of `v` compared in a column of class `cls`: null for SQL NULL (which equals
 * nothing, so any key is right for it), undefined when no canonical form is known.
 */
export function canonicalValue(v: SqliteValue | boolean, cls: ValueClass): string | null | undefined {
  if (v === null) return null;
  switch (cls) {
    case 'opaque':
      return undefined;
    case 'integer':
      // A non-integer never equals an integer column's value: any key is right for it.
      return numberForm(v);
    case 'numeric':
      return floatForm(v);
    case 'text':
      return typeof v === 'string' ? v : typeof v === 'bigint' || typeof v === 'number' ? numberForm(v) : undefined;
    case 'bpchar':
      // character(n) compares without trailing spaces.
      return typeof v === 'string' ? v.replace(/ +$/, '') : typeof v === 'bigint' || typeof v === 'number' ? numberForm(v) : undefined;
    case 'uuid':
      return typeof v === 'string' ? uuidForm(v) : undefined;
    case 'bool':
      return boolForm(v);
    case 'generic':
      return genericForm(v);
  }
}

function genericForm(v: SqliteValue | boolean): string | undefined {
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return floatForm(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  const n = floatForm(t);
  if (n !== undefined) return n;
  const u = uuidForm(t);
  if (u !== undefined) return u;
  const lower = t.toLowerCase();
  // Anything else with a digit may be a date, time, interval, address, json or array literal,
  // which have spellings this module does not normalize.
  if (/\d/.test(lower)) return undefined;
  if (SPECIAL_WORDS.has(lower)) return undefined;
  const b = boolWord(lower);
  if (b !== undefined) return b;
  // Letters, spaces and a few punctuation marks read the same as text in every remaining type;
  // lower case merges citext-like comparisons.
  return /^[\p{L}\p{M}_ .@'-]*$/u.test(lower) ? lower : undefined;
}

/** Words that stand for a moving or special date/time value. */
const SPECIAL_WORDS = new Set(['now', 'today', 'tomorrow', 'yesterday', 'epoch', 'allballs', 'infinity', '-infinity', '+infinity', 'inf', '-inf', '+inf', 'nan']);

function boolForm(v: SqliteValue | boolean): string | undefined {
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number' || typeof v === 'bigint') return v == 1 ? '1' : v == 0 ? '0' : undefined;
  if (typeof v !== 'string') return undefined;
  return boolWord(v.trim().toLowerCase());
}

/** PostgreSQL's boolean input: any unambiguous prefix of true/yes/false/no, on/off, 1/0. */
function boolWord(s: string): string | undefined {
  if (s === '') return undefined;
  if (s === '1' || s === 'on' || 'true'.startsWith(s) || 'yes'.startsWith(s)) return '1';
  if (s === '0' || s === 'off' || s === 'of' || 'false'.startsWith(s) || 'no'.startsWith(s)) return '0';
  return undefined;
}

/** uuid input accepts braces, upper case and hyphens after any group of four digits. */
function uuidForm(s: string): string | undefined {
  const hex = s.trim().replace(/^\{(.*)\}$/, '$1').replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A numeric value as a double sees it. numeric values may be stored as REAL, where digits beyond a
 * double's precision no longer tell values apart: merging such values is safe, telling apart two
 * that the store compares equal is not. Integers a double holds exactly keep their exact form.
 */
function floatForm(v: SqliteValue | boolean): string | undefined {
  const n = numberForm(v);
  if (n === undefined || /^-?\d{1,15}$/.test(n) || !/\d/.test(n)) return n;
  return numberForm(Number(n));
}

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const CANONICAL_INTEGER = /^(?:0|-?[1-9]\d{0,39})$/;
/** Beyond this many digits of zeros a value is written in exponent form, to bound key length. */
const MAX_PLAIN_ZEROS = 40;

/**
 * One string per numeric value: '5', 5n, 5, '+05', '5.0', '0.5e1' all give '5'; NaN and the
 * infinities get words. Undefined for what is not a number.
 */
export function numberForm(v: SqliteValue | boolean): string | undefined {
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'bigint') return numberForm(v.toString());
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return Object.is(v, -0) ? '0' : String(v);
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    return numberForm(String(v));
  }
  if (typeof v !== 'string') return undefined;
  // The common case, an integer already in canonical form, skips the general path.
  if (CANONICAL_INTEGER.test(v)) return v;
  const t = v.trim().toLowerCase();
  if (t === 'nan') return 'nan';
  if (t === 'infinity' || t === '+infinity' || t === 'inf' || t === '+inf') return 'inf';
  if (t === '-infinity' || t === '-inf') return '-inf';
  const m = NUMBER.exec(t);
  if (!m) return undefined;
  const [, sign, int = '', frac = '', exp] = m;
  if (int === '' && frac === '') return undefined;
  const e = exp === undefined ? 0 : Number(exp);
  if (!Number.isSafeInteger(e)) return undefined;
  return decimalForm(sign === '-' ? '-' : '', int, frac, e);
}

function decimalForm(sign: string, int: string, frac: string, exp: number): string {
  let digits = int + frac;
  // The decimal point sits after `point` digits of `digits`.
  let point = int.length + exp;
  const lead = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(lead);
  point -= lead;
  digits = digits.replace(/0+$/, '');
  if (digits === '') return '0';
  let body: string;
  if (point >= digits.length && point - digits.length <= MAX_PLAIN_ZEROS) body = digits + '0'.repeat(point - digits.length);
  else if (point <= 0 && -point <= MAX_PLAIN_ZEROS) body = '0.' + '0'.repeat(-point) + digits;
  else if (point > 0 && point < digits.length) body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  else body = `0.${digits}e${point}`;
  return sign + body;
}
