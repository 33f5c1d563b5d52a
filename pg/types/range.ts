/**
 * The built-in range types (rangetypes.c): range_in's syntax and range_out's quoting, make_range's
 * checks and the discrete types' canonical form ('[)'), range_cmp's order as a sortable text,
 * and the operators and functions over ranges.
 *
 * A range is stored as range_out prints it with the server's TimeZone (UTC): its bounds are the
 * elements' stored texts (a numeric's as written, `1.0` kept). Equal ranges of a discrete or
 * date/time type have one text; numranges of other scales (`[1.0,2)`, `[1,2)`) compare by key.
 * Pure.
 */
import { PgError, SqlState } from '../errors.js';
import { incorrectBinaryFormat, need } from './binary-input.js';
import { formatFloat4, formatFloat8 } from './float.js';
import { INT4, INT8, parseIntegerText } from './integer.js';
import { isSpace } from './input-syntax.js';
import { decimalText, numericText, parseNumericInput, parseNumericText } from './numeric.js';
import { OID, type SqliteValue } from './registry.js';
import { scalarText } from './scalar-text.js';
import { formatDate, parseDate, parseTimestamp, timestampMicros } from './timestamp.js';

/** Each range type's element type. */
const SUBTYPES = new Map<number, number>([
  [OID.int4range, OID.int4],
  [OID.int8range, OID.int8],
  [OID.numrange, OID.numeric],
  [OID.tsrange, OID.timestamp],
  [OID.tstzrange, OID.timestamptz],
  [OID.daterange, OID.date],
]);

/**
 * The range types a schema defines (CREATE TYPE … AS RANGE), by OID. Their OIDs derive from their
 * names (dialect/catalog/oids.ts), as a composite's array type's do (registry.ts defineArrayType).
 */
const USER_SUBTYPES = new Map<number, number>();

/** The element types a range type of the user's may be over: those whose order elementKey knows. */
export const USER_RANGE_SUBTYPES = new Set<number>([OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8, OID.date, OID.timestamp, OID.timestamptz, OID.text, OID.varchar]);

export function defineUserRange(oid: number, subtype: number): void {
  USER_SUBTYPES.set(oid, subtype);
}

/**
 * The element type of a range type; 0 when `oid` is none. A negative `oid` is a user range's kind
 * (rangeKind): minus its element type, so SQL run on a replica carries the range's whole
 * description and needs no schema.
 */
export function rangeSubtype(oid: number): number {
  if (oid < 0) return -oid;
  return SUBTYPES.get(oid) ?? USER_SUBTYPES.get(oid) ?? 0;
}

/**
 * What the range functions take to know a range: a built-in range's OID, or minus a user range's
 * element type (such a range has no canonical function: its bounds stay as written).
 */
export function rangeKind(oid: number): number {
  return SUBTYPES.has(oid) || oid < 0 ? oid : -rangeSubtype(oid);
}

/** A built-in range over a discrete type, kept in the canonical '[)' form. */
function canonical(oid: number): boolean {
  return SUBTYPES.has(oid) && DISCRETE.has(SUBTYPES.get(oid)!);
}

/** The range type over an element type; 0 when there is none. */
export function rangeOfSubtype(subtype: number): number {
  for (const [range, sub] of SUBTYPES) if (sub === subtype) return range;
  return 0;
}

/** A bound: its element's stored text, or null when the range is unbounded on that side. */
export interface RangeBound {
  value: string | null;
  inclusive: boolean;
}

export interface Range {
  empty: boolean;
  lower: RangeBound;
  upper: RangeBound;
}

const UNBOUNDED: RangeBound = { value: null, inclusive: false };
export const EMPTY_RANGE: Range = { empty: true, lower: UNBOUNDED, upper: UNBOUNDED };

/** The element type's input function: its text to the stored form (text-format.ts's decodeTextParam). */
export type DecodeElement = (text: string, oid: number) => SqliteValue;

/** An element's stored value as the text a range keeps of it. */
export function elementText(value: SqliteValue, subtype: number): string {
  if (subtype === OID.float8) return formatFloat8(Number(value));
  if (subtype === OID.float4) return formatFloat4(Number(value));
  return subtype === OID.numeric ? numericText(value, -1) : scalarText(value);
}


function malformed(text: string, detail: string): PgError {
  return new PgError(SqlState.invalidTextRepresentation, `malformed range literal: "${text}"`, { detail });
}

/** range_in: the literal's syntax (range_parse), its bounds read by the element type's input, then make_range. */
export function parseRange(text: string, oid: number, decodeElement: DecodeElement): Range {
  const subtype = rangeSubtype(oid);
  let pos = 0;
  const skipSpaces = () => {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  };
  skipSpaces();
  if (text.slice(pos, pos + 5).toLowerCase() === 'empty') {
    pos += 5;
    skipSpaces();
    if (pos < text.length) throw malformed(text, 'Junk after "empty" key word.');
    return EMPTY_RANGE;
  }
  const open = text[pos];
  if (open !== '[' && open !== '(') throw malformed(text, 'Missing left parenthesis or bracket.');
  pos++;
  // range_parse_bound: up to an unquoted comma or closing bracket, quotes and backslashes taken out.
  const bound = (): string | null => {
    const c = text[pos];
    if (c === ',' || c === ')' || c === ']') return null;
    let out = '';
    let quoted = false;
    while (quoted || !(text[pos] === ',' || text[pos] === ')' || text[pos] === ']')) {
      if (pos >= text.length) throw malformed(text, 'Unexpected end of input.');
      const ch = text[pos++]!;
      if (ch === '\\') {
        if (pos >= text.length) throw malformed(text, 'Unexpected end of input.');
        out += text[pos++];
      } else if (ch === '"') {
        if (!quoted) quoted = true;
        else if (text[pos] === '"') out += text[pos++];
        else quoted = false;
      } else {
        out += ch;
      }
    }
    return out;
  };
  const lower = bound();
  if (text[pos] !== ',') throw malformed(text, 'Missing comma after lower bound.');
  pos++;
  const upper = bound();
  const close = text[pos];
  if (close !== ']' && close !== ')') throw malformed(text, 'Too many commas.');
  pos++;
  skipSpaces();
  if (pos < text.length) throw malformed(text, 'Junk after right parenthesis or bracket.');
  const element = (s: string | null) => (s === null ? null : subtype === OID.numeric ? numericInputText(s) : elementText(decodeElement(s, subtype), subtype));
  return makeRange(oid, { value: element(lower), inclusive: open === '[' }, { value: element(upper), inclusive: close === ']' });
}

/** numeric_in's value as numeric_out prints it, the digits written kept (`1.50`). */
export function numericInputText(s: string): string {
  const d = parseNumericInput(s);
  return typeof d === 'string' ? d : decimalText(d);
}

/** range_out: range_bound_escape quotes a bound that is empty or holds a space, quote, backslash, comma or bracket. */
export function formatRange(r: Range, elementOut: (value: string) => string = (v) => v): string {
  if (r.empty) return 'empty';
  const bound = (b: RangeBound) => {
    if (b.value === null) return '';
    const v = elementOut(b.value);
    const escaped = v.replace(/["\\]/g, (c) => c + c);
    return v === '' || /["\\()[\],\s]/.test(v) ? `"${escaped}"` : escaped;
  };
  return `${r.lower.inclusive ? '[' : '('}${bound(r.lower)},${bound(r.upper)}${r.upper.inclusive ? ']' : ')'}`;
}

// ------------------------------------------------------------------------------ order

const INT8_BIAS = 2n ** 63n;

/** A 64-bit integer as 16 hex digits that sort as the integers do. */
function int64Key(v: bigint): string {
  return (v + INT8_BIAS).toString(16).padStart(16, '0');
}

const EXPONENT_BIAS = 2 ** 30;

/**
 * numeric_cmp's order as text: -Infinity, negatives, zero, positives, Infinity, NaN; a finite
 * value by its decimal exponent, then its digits (trailing zeros dropped, so 1.0 and 1 are one
 * key), ended by a character below every digit (above, the digits inverted, for a negative).
 */
function numericKey(text: string): string {
  const d = parseNumericText(text)!;
  if (d === 'NaN') return '5';
  if (d === 'Infinity') return '4';
  if (d === '-Infinity') return '0';
  if (d.units === 0n) return '2';
  const neg = d.units < 0n;
  const digits = (neg ? -d.units : d.units).toString().replace(/0+$/, '');
  const exponent = (neg ? -d.units : d.units).toString().length - d.scale;
  if (!neg) return '3' + String(EXPONENT_BIAS + exponent).padStart(10, '0') + digits + '!';
  const inverted = [...digits].map((c) => String(9 - Number(c))).join('');
  return '1' + String(EXPONENT_BIAS - exponent).padStart(10, '0') + inverted + '~';
}

/** An element's text as a key that sorts as the element type's btree order; prefix-free, so keys can follow one another. */
function elementKey(subtype: number, value: string): string {
  switch (subtype) {
    case OID.numeric:
      return numericKey(value);
    case OID.date: {
      const days = parseDate(value);
      return int64Key(days === 'infinity' ? INT8_BIAS - 1n : days === '-infinity' ? -INT8_BIAS : BigInt(days));
    }
    case OID.timestamp:
    case OID.timestamptz:
      return int64Key(timestampMicros(parseTimestamp(value, subtype === OID.timestamptz)));
    case OID.float4:
    case OID.float8:
      return floatKey(Number(value));
    case OID.text:
    case OID.varchar:
      return textKey(value);
    default:
      return int64Key(BigInt(value));
  }
}

/** float8_cmp's order as 16 hex digits: the IEEE bits, flipped so negatives sort below positives; NaN above all, -0 as 0. */
function floatKey(v: number): string {
  if (Number.isNaN(v)) return 'g';
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleBE(v === 0 ? 0 : v);
  const bits = bytes.readBigUInt64BE();
  return (v < 0 ? ~bits & 0xffffffffffffffffn : bits | 0x8000000000000000n).toString(16).padStart(16, '0');
}

/** Text in code point order (the "C" collation), each code point as six hex digits, ended below every digit. */
function textKey(v: string): string {
  let out = '';
  for (const c of v) out += c.codePointAt(0)!.toString(16).padStart(6, '0');
  return out + '!';
}

function compareElements(subtype: number, a: string, b: string): number {
  const [x, y] = [elementKey(subtype, a), elementKey(subtype, b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** range_cmp_bound_values: the bounds' values alone, an unbounded side below or above every value. */
function compareBoundValues(subtype: number, a: RangeBound, aLower: boolean, b: RangeBound, bLower: boolean): number {
  if (a.value === null && b.value === null) return aLower === bLower ? 0 : aLower ? -1 : 1;
  if (a.value === null) return aLower ? -1 : 1;
  if (b.value === null) return bLower ? 1 : -1;
  return compareElements(subtype, a.value, b.value);
}

/** range_cmp_bounds: as compareBoundValues, then an exclusive lower bound after an inclusive one, an exclusive upper before. */
function compareBounds(subtype: number, a: RangeBound, aLower: boolean, b: RangeBound, bLower: boolean): number {
  const cmp = compareBoundValues(subtype, a, aLower, b, bLower);
  if (cmp !== 0 || a.value === null || b.value === null) return cmp;
  if (!a.inclusive && !b.inclusive) return aLower === bLower ? 0 : aLower ? 1 : -1;
  if (!a.inclusive) return aLower ? 1 : -1;
  if (!b.inclusive) return bLower ? -1 : 1;
  return 0;
}

/** range_cmp's order as text: empty first, then by lower bound, then by upper bound. */
export function rangeKey(oid: number, r: Range): string {
  if (r.empty) return '0';
  const subtype = rangeSubtype(oid);
  const lower = r.lower.value === null ? '0' : '1' + elementKey(subtype, r.lower.value) + (r.lower.inclusive ? '0' : '1');
  const upper = r.upper.value === null ? '2' : '1' + elementKey(subtype, r.upper.value) + (r.upper.inclusive ? '1' : '0');
  return '1' + lower + upper;
}

// ------------------------------------------------------------------------------ construction

const DISCRETE = new Set<number>([OID.int4, OID.int8, OID.date]);

/** The discrete types' next value: int4range, int8range and daterange are kept as '[)'. */
function successor(subtype: number, value: string): string | undefined {
  switch (subtype) {
    case OID.int4:
    case OID.int8: {
      const type = subtype === OID.int4 ? INT4 : INT8;
      const next = parseIntegerText(value, type) + 1n;
      if (next > type.max) throw new PgError(SqlState.numericValueOutOfRange, `${type.label} out of range`);
      return next.toString();
    }
    case OID.date: {
      const days = parseDate(value);
      // An infinite date stays as it is (date_canonical).
      return typeof days === 'string' ? value : formatDate(days + 1);
    }
    default:
      return undefined;
  }
}

/** make_range: 22000 when the lower bound is above the upper; empty when they meet but one excludes; canonical for discrete types. */
export function makeRange(oid: number, lower: RangeBound, upper: RangeBound): Range {
  const subtype = rangeSubtype(oid);
  const checked = serialize(subtype, lower, upper);
  if (checked.empty || !canonical(oid)) return checked;
  let [lo, hi] = [checked.lower, checked.upper];
  if (lo.value !== null && !lo.inclusive) {
    const next = successor(subtype, lo.value);
    if (next !== undefined) lo = { value: next, inclusive: next !== lo.value || lo.inclusive };
  }
  if (hi.value !== null && hi.inclusive) {
    const next = successor(subtype, hi.value);
    if (next !== undefined) hi = { value: next, inclusive: next === hi.value };
  }
  return lo === checked.lower && hi === checked.upper ? checked : serialize(subtype, lo, hi);
}

/** range_serialize's checks; an unbounded side is never inclusive. */
function serialize(subtype: number, lower: RangeBound, upper: RangeBound): Range {
  const cmp = compareBoundValues(subtype, lower, true, upper, false);
  if (cmp > 0) throw new PgError(SqlState.dataException, 'range lower bound must be less than or equal to range upper bound');
  if (cmp === 0 && !(lower.inclusive && upper.inclusive)) return EMPTY_RANGE;
  const side = (b: RangeBound): RangeBound => (b.value === null ? UNBOUNDED : b);
  return { empty: false, lower: side(lower), upper: side(upper) };
}

/** The constructors' third argument (range_parse_flags). */
export function rangeFlags(flags: string): [boolean, boolean] {
  if (flags.length === 2 && '[('.includes(flags[0]!) && '])'.includes(flags[1]!)) return [flags[0] === '[', flags[1] === ']'];
  throw new PgError(SqlState.syntaxError, 'invalid range bound flags', { hint: 'Valid values are "[]", "[)", "(]", and "()".' });
}

// ------------------------------------------------------------------------------ operators

/** range_cmp. */
export function compareRanges(oid: number, a: Range, b: Range): number {
  if (a.empty || b.empty) return a.empty && b.empty ? 0 : a.empty ? -1 : 1;
  const subtype = rangeSubtype(oid);
  return compareBounds(subtype, a.lower, true, b.lower, true) || compareBounds(subtype, a.upper, false, b.upper, false);
}

/** `@>` of an element (range_contains_elem). */
export function containsElement(oid: number, r: Range, value: string): boolean {
  if (r.empty) return false;
  const subtype = rangeSubtype(oid);
  if (r.lower.value !== null) {
    const cmp = compareElements(subtype, r.lower.value, value);
    if (cmp > 0 || (cmp === 0 && !r.lower.inclusive)) return false;
  }
  if (r.upper.value !== null) {
    const cmp = compareElements(subtype, r.upper.value, value);
    if (cmp < 0 || (cmp === 0 && !r.upper.inclusive)) return false;
  }
  return true;
}

/** Every boolean operator between two ranges: `@>`, `<@`, `&&`, `<<`, `>>`, `&<`, `&>`, `-|-`. */
export function rangeTest(op: string, oid: number, a: Range, b: Range): boolean {
  const subtype = rangeSubtype(oid);
  const cmp = (x: RangeBound, xLower: boolean, y: RangeBound, yLower: boolean) => compareBounds(subtype, x, xLower, y, yLower);
  switch (op) {
    case '@>':
      return contains(subtype, a, b);
    case '<@':
      return contains(subtype, b, a);
    default:
      if (a.empty || b.empty) return false;
  }
  switch (op) {
    case '&&':
      return overlaps(subtype, a, b);
    case '<<':
      return cmp(a.upper, false, b.lower, true) < 0;
    case '>>':
      return cmp(a.lower, true, b.upper, false) > 0;
    case '&<':
      return cmp(a.upper, false, b.upper, false) <= 0;
    case '&>':
      return cmp(a.lower, true, b.lower, true) >= 0;
    default:
      return adjacent(oid, a.upper, b.lower) || adjacent(oid, b.upper, a.lower);
  }
}

function contains(subtype: number, a: Range, b: Range): boolean {
  if (b.empty) return true;
  if (a.empty) return false;
  return compareBounds(subtype, a.lower, true, b.lower, true) <= 0 && compareBounds(subtype, a.upper, false, b.upper, false) >= 0;
}

function overlaps(subtype: number, a: Range, b: Range): boolean {
  if (a.empty || b.empty) return false;
  const within = (x: RangeBound, r: Range) => compareBounds(subtype, x, true, r.lower, true) >= 0 && compareBounds(subtype, x, true, r.upper, false) <= 0;
  return within(a.lower, b) || within(b.lower, a);
}

/** bounds_adjacent: an upper bound meeting a lower one with nothing between them. */
function adjacent(oid: number, upper: RangeBound, lower: RangeBound): boolean {
  const subtype = rangeSubtype(oid);
  const cmp = compareBoundValues(subtype, upper, false, lower, true);
  if (cmp === 0) return upper.inclusive !== lower.inclusive;
  // A discrete type has no values between two bounds when the range between them is empty.
  if (cmp < 0 && canonical(oid)) return makeRange(oid, { value: upper.value, inclusive: !upper.inclusive }, { value: lower.value, inclusive: !lower.inclusive }).empty;
  return false;
}

/** `+` (strict: 22000 when the ranges neither overlap nor touch) and range_merge. */
export function rangeUnion(oid: number, a: Range, b: Range, strict: boolean): Range {
  if (a.empty) return b;
  if (b.empty) return a;
  const subtype = rangeSubtype(oid);
  if (strict && !overlaps(subtype, a, b) && !rangeTest('-|-', oid, a, b)) {
    throw new PgError(SqlState.dataException, 'result of range union would not be contiguous');
  }
  const lower = compareBounds(subtype, a.lower, true, b.lower, true) <= 0 ? a.lower : b.lower;
  const upper = compareBounds(subtype, a.upper, false, b.upper, false) >= 0 ? a.upper : b.upper;
  return makeRange(oid, lower, upper);
}

/** `*`. */
export function rangeIntersection(oid: number, a: Range, b: Range): Range {
  const subtype = rangeSubtype(oid);
  if (a.empty || b.empty || !overlaps(subtype, a, b)) return EMPTY_RANGE;
  const lower = compareBounds(subtype, a.lower, true, b.lower, true) >= 0 ? a.lower : b.lower;
  const upper = compareBounds(subtype, a.upper, false, b.upper, false) <= 0 ? a.upper : b.upper;
  return makeRange(oid, lower, upper);
}

/** `-` (range_minus_internal): 22000 when b lies strictly inside a. */
export function rangeDifference(oid: number, a: Range, b: Range): Range {
  if (a.empty || b.empty) return a;
  const subtype = rangeSubtype(oid);
  const l1l2 = compareBounds(subtype, a.lower, true, b.lower, true);
  const l1u2 = compareBounds(subtype, a.lower, true, b.upper, false);
  const u1l2 = compareBounds(subtype, a.upper, false, b.lower, true);
  const u1u2 = compareBounds(subtype, a.upper, false, b.upper, false);
  if (l1l2 < 0 && u1u2 > 0) throw new PgError(SqlState.dataException, 'result of range difference would not be contiguous');
  if (l1u2 > 0 || u1l2 < 0) return a;
  if (l1l2 >= 0 && u1u2 <= 0) return EMPTY_RANGE;
  if (l1l2 <= 0 && u1l2 >= 0 && u1u2 <= 0) return makeRange(oid, a.lower, { value: b.lower.value, inclusive: !b.lower.inclusive });
  return makeRange(oid, { value: b.upper.value, inclusive: !b.upper.inclusive }, a.upper);
}

// ------------------------------------------------------------------------------ binary format

const EMPTY_FLAG = 0x01;
const LOWER_INCLUSIVE = 0x02;
const UPPER_INCLUSIVE = 0x04;
const LOWER_UNBOUNDED = 0x08;
const UPPER_UNBOUNDED = 0x10;

/** range_send: the flags byte, then each bound there is as its length and the element type's send format. */
export function rangeBinary(r: Range, oid: number, encodeElement: (value: SqliteValue, oid: number) => Buffer | null): Buffer {
  if (r.empty) return Buffer.from([EMPTY_FLAG]);
  const flags = (r.lower.inclusive ? LOWER_INCLUSIVE : 0) | (r.upper.inclusive ? UPPER_INCLUSIVE : 0) | (r.lower.value === null ? LOWER_UNBOUNDED : 0) | (r.upper.value === null ? UPPER_UNBOUNDED : 0);
  const parts: Buffer[] = [Buffer.from([flags])];
  for (const b of [r.lower, r.upper]) {
    if (b.value === null) continue;
    const bytes = encodeElement(b.value, rangeSubtype(oid))!;
    const length = Buffer.allocUnsafe(4);
    length.writeInt32BE(bytes.length);
    parts.push(length, bytes);
  }
  return Buffer.concat(parts);
}

/** range_recv: as range_send writes it, then make_range's checks. */
export function decodeRangeBinary(buf: Buffer, oid: number, decodeElement: (buf: Buffer, oid: number) => SqliteValue): Range {
  need(buf, 1);
  const flags = buf[0]!;
  if (flags & EMPTY_FLAG) return EMPTY_RANGE;
  let pos = 1;
  const bound = (unbounded: number, inclusive: number): RangeBound => {
    if (flags & unbounded) return UNBOUNDED;
    need(buf, pos + 4);
    const length = buf.readInt32BE(pos);
    need(buf, pos + 4 + length);
    const value = decodeElement(buf.subarray(pos + 4, pos + 4 + length), rangeSubtype(oid));
    pos += 4 + length;
    return { value: elementText(value, rangeSubtype(oid)), inclusive: (flags & inclusive) !== 0 };
  };
  const lower = bound(LOWER_UNBOUNDED, LOWER_INCLUSIVE);
  const upper = bound(UPPER_UNBOUNDED, UPPER_INCLUSIVE);
  if (pos !== buf.length) throw incorrectBinaryFormat();
  return makeRange(oid, lower, upper);
}
