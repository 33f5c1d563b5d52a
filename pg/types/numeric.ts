/**
 * PostgreSQL's numeric, exactly: one decimal representation for numeric_in's syntax and limits,
 * the text and binary output at a typmod's scale, the storage form, and the arithmetic whose
 * result scale PostgreSQL picks. A quotient or an average that is a result column is computed
 * here (numeric_div's select_div_scale: at least 16 significant digits, at least either operand's
 * display scale, rounded half away from zero), because PostgreSQL prints it to that scale
 * (`7.0 / 2` is 3.5000000000000000). Pure.
 */
import { PgError, SqlState } from '../errors.js';
import { need } from './binary-input.js';
import { invalidSyntax, isDigit } from './input-syntax.js';
import { INT8_MAX, INT8_MIN } from './integer.js';
import { numericScale, type ArrayValue, type SqliteValue } from './registry.js';
import { scalarText } from './scalar-text.js';

/** An exact decimal: units / 10^scale, where scale >= 0 is the display scale (trailing zeros count). */
export interface Decimal {
  units: bigint;
  scale: number;
}

export type NumericSpecial = 'NaN' | 'Infinity' | '-Infinity';

// Limits of PostgreSQL's numeric format: weight and dscale fields.
const NUMERIC_MAX_INT_DIGITS = 131072;
/** The largest display scale, to which round() and trunc() clamp the places they are given (±). */
export const NUMERIC_MAX_DSCALE = 16383;

const NUMERIC_MIN_SIG_DIGITS = 16;
const NUMERIC_MAX_DISPLAY_SCALE = 1000;
/** The largest scale a numeric typmod carries (NUMERIC_MAX_SCALE), which is how a column's display scale travels. */
export const NUMERIC_MAX_TYPMOD_SCALE = 1000;
const DEC_DIGITS = 4;

// Display scales are mostly small: their powers of ten are made once.
const SMALL_POWERS = Array.from({ length: 32 }, (_, n) => 10n ** BigInt(n));

function pow10(n: number): bigint {
  return n < SMALL_POWERS.length ? SMALL_POWERS[n]! : 10n ** BigInt(n);
}

/** A decimal literal as written: its digits with the point taken out, how many precede the point, and the exponent. */
interface DecimalLiteral {
  neg: boolean;
  digits: string;
  point: number;
  exponent: number;
}

/** '[+-]digits[.digits][e[+-]digits]', at least one digit before the exponent; undefined otherwise. */
function scanDecimal(s: string): DecimalLiteral | undefined {
  const neg = s[0] === '-';
  const start = neg || s[0] === '+' ? 1 : 0;
  let pos = start;
  let dot = -1;
  for (; pos < s.length; pos++) {
    const c = s.charCodeAt(pos);
    if (c === 46 && dot < 0) dot = pos;
    else if (!isDigit(c)) break;
  }
  const digits = dot < 0 ? s.slice(start, pos) : s.slice(start, dot) + s.slice(dot + 1, pos);
  if (digits === '') return undefined;
  let exponent = 0;
  if (pos < s.length) {
    if (s[pos] !== 'e' && s[pos] !== 'E') return undefined;
    const expText = s.slice(pos + 1);
    if (!/^[+-]?\d+$/.test(expText)) return undefined;
    exponent = Number(expText);
  }
  return { neg, digits, point: dot < 0 ? digits.length : dot - start, exponent };
}

/** numeric_in's syntax and limits; undefined when the text is not a numeric literal. */
export function parseNumericText(text: string): Decimal | NumericSpecial | undefined {
  const s = text.trim();
  const literal = scanDecimal(s);
  if (literal === undefined) return parseNumericSpecial(s);
  if (Math.abs(literal.exponent) > 0x3fffffff) return undefined;
  let digits = literal.digits;
  // point: how many of the digits precede the decimal point once the exponent is applied.
  let point = literal.point + literal.exponent;
  const dscale = Math.max(0, digits.length - point);
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++;
  digits = digits.slice(lead);
  point -= lead;
  if (dscale > NUMERIC_MAX_DSCALE || (digits !== '' && point > NUMERIC_MAX_INT_DIGITS)) {
    throw new PgError(SqlState.numericValueOutOfRange, 'value overflows numeric format');
  }
  if (digits === '') return { units: 0n, scale: dscale };
  const units = point > digits.length ? BigInt(digits) * pow10(point - digits.length) : BigInt(digits);
  return { units: literal.neg ? -units : units, scale: dscale };
}

/** numeric_in: the value, or 22P02. */
export function parseNumericInput(text: string): Decimal | NumericSpecial {
  const d = parseNumericText(text);
  if (d === undefined) throw invalidSyntax('numeric', text);
  return d;
}

function parseNumericSpecial(s: string): NumericSpecial | undefined {
  switch (s.toLowerCase()) {
    case 'nan':
      return 'NaN';
    case 'infinity':
    case '+infinity':
    case 'inf':
    case '+inf':
      return 'Infinity';
    case '-infinity':
    case '-inf':
      return '-Infinity';
    default:
      return undefined;
  }
}

/**
 * A decimal literal at the scale it is written with, without numeric_in's limits and special
 * values (the arithmetic below and generate_series read their arguments so); undefined when `s`
 * is not one. `s` is taken as it is: the caller trims it.
 */
export function parseDecimal(s: string): Decimal | undefined {
  const literal = scanDecimal(s);
  if (literal === undefined) return undefined;
  let units = BigInt(literal.digits);
  let scale = literal.digits.length - literal.point - literal.exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: literal.neg ? -units : units, scale };
}

/** The display scale numeric_in gives a literal as written ('1.50' has 2, '1e3' none); 0 when it is not one. */
export function literalScale(text: string): number {
  const literal = scanDecimal(text);
  return literal === undefined ? 0 : Math.max(0, literal.digits.length - literal.point - literal.exponent);
}

/**
 * A stored numeric as an exact decimal for arithmetic. `scale` is the display scale when the type
 * tells it (a numeric(p,s) column, an integer), else -1: the stored digits tell it. Null for NaN,
 * the infinities and blobs; text that is not a decimal literal raises 22P02.
 */
export function toDecimal(v: SqliteValue, scale: number): Decimal | null {
  let d: Decimal;
  if (typeof v === 'bigint') d = { units: v, scale: 0 };
  else if (typeof v === 'number' || typeof v === 'string') {
    if (typeof v === 'number' && !Number.isFinite(v)) return null;
    const s = typeof v === 'number' ? String(v) : v.trim();
    const parsed = parseDecimal(s);
    if (parsed === undefined) throw invalidSyntax('numeric', s);
    d = parsed;
  } else if (Buffer.isBuffer(v)) {
    const parsed = parseDecimal(v.toString('latin1'));
    if (parsed === undefined) return null;
    d = parsed;
  } else return null;
  return scale >= 0 ? rescale(d, scale) : d;
}

/** A stored value as an exact decimal for output; undefined when it is not a number at all. */
function storedDecimal(value: SqliteValue | ArrayValue): Decimal | NumericSpecial | undefined {
  if (typeof value === 'bigint') return { units: value, scale: 0 };
  if (typeof value === 'number') {
    if (value !== value) return 'NaN';
    if (value === Infinity || value === -Infinity) return value > 0 ? 'Infinity' : '-Infinity';
    // The shortest round-trip digits are the decimal the value was stored from.
    return parseNumericText(String(value));
  }
  if (typeof value === 'string') return parseNumericText(value);
  if (Buffer.isBuffer(value)) return parseNumericText(value.toString('latin1'));
  return undefined;
}

/** NaN or an infinity as a stored numeric or float holds it (a REAL, or the text numeric_in read); undefined for a number. */
export function numericSpecial(v: SqliteValue): NumericSpecial | undefined {
  if (typeof v === 'number') return v !== v ? 'NaN' : v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : undefined;
  return typeof v === 'string' ? parseNumericSpecial(v.trim()) : undefined;
}

/** To `scale` fraction digits, rounding half away from zero as numeric does. */
export function rescale(d: Decimal, scale: number): Decimal {
  if (scale === d.scale) return d;
  if (scale > d.scale) return { units: d.units * pow10(scale - d.scale), scale };
  return { units: roundDiv(d.units, pow10(d.scale - scale)), scale };
}

function roundDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  const dd = d < 0n ? -d : d;
  if (twice < dd) return q;
  return (n < 0n) !== (d < 0n) ? q - 1n : q + 1n;
}

/** The weight and leading digit of a decimal in base 10000, as numeric stores it. */
function baseDigits(d: Decimal): { weight: number; first: bigint } {
  const a = d.units < 0n ? -d.units : d.units;
  if (a === 0n) return { weight: 0, first: 0n };
  const exp10 = a.toString().length - 1 - d.scale;
  const weight = Math.floor(exp10 / DEC_DIGITS);
  const shift = d.scale + weight * DEC_DIGITS;
  const group = shift >= 0 ? a / pow10(shift) : a * pow10(-shift);
  return { weight, first: group % 10000n };
}

/** numeric_div: the quotient at the scale select_div_scale picks. */
export function divide(a: Decimal, b: Decimal): Decimal {
  if (b.units === 0n) throw new PgError(SqlState.divisionByZero, 'division by zero');
  const x = baseDigits(a);
  const y = baseDigits(b);
  let qweight = x.weight - y.weight;
  if (x.first <= y.first) qweight--;
  let rscale = NUMERIC_MIN_SIG_DIGITS - qweight * DEC_DIGITS;
  rscale = Math.min(Math.max(rscale, a.scale, b.scale, 0), NUMERIC_MAX_DISPLAY_SCALE);
  const num = a.units * pow10(b.scale + rscale);
  const den = b.units * pow10(a.scale);
  return { units: roundDiv(num, den), scale: rscale };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale).units + rescale(b, scale).units, scale };
}

export function negate(d: Decimal): Decimal {
  return { units: -d.units, scale: d.scale };
}

/** numeric_mul: exact, at the sum of the operands' display scales. */
export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** numeric_mod: the remainder of truncating division, with the dividend's sign, at the larger scale. */
export function modulo(a: Decimal, b: Decimal): Decimal {
  if (b.units === 0n) throw new PgError(SqlState.divisionByZero, 'division by zero');
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale).units % rescale(b, scale).units, scale };
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale).units;
  const y = rescale(b, scale).units;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * numeric_round and numeric_trunc: to `places` fraction digits (negative: tens, hundreds …), half
 * away from zero when rounding; the display scale is max(places, 0).
 */
export function roundDecimal(d: Decimal, asked: number, truncate: boolean): Decimal {
  const places = Math.min(Math.max(asked, -NUMERIC_MAX_DSCALE), NUMERIC_MAX_DSCALE);
  const scale = Math.max(places, 0);
  if (places >= d.scale) return rescale(d, scale);
  const unit = pow10(d.scale - places);
  const kept = truncate ? d.units / unit : roundDiv(d.units, unit);
  return places >= 0 ? { units: kept, scale } : { units: kept * pow10(-places), scale: 0 };
}

/**
 * apply_typmod: rounded to `scale` places (a negative scale to tens, hundreds …), 22003 where its
 * first significant digit's place is not below precision - scale.
 */
export function applyNumericTypmod(d: Decimal, precision: number, scale: number): Decimal {
  const rounded = roundDecimal(d, scale, false);
  const bound = precision - scale;
  if (rounded.units !== 0n && magnitudeDigits(rounded).length - rounded.scale > bound) {
    throw new PgError(SqlState.numericValueOutOfRange, 'numeric field overflow', {
      detail: `A field with precision ${precision}, scale ${scale} must round to an absolute value less than ${bound !== 0 ? `10^${bound}` : '1'}.`,
    });
  }
  return rounded;
}

/** numeric_ceil and numeric_floor: an integer, display scale 0. */
export function ceilOrFloor(d: Decimal, ceil: boolean): Decimal {
  const unit = pow10(d.scale);
  let q = d.units / unit;
  const r = d.units % unit;
  if (r !== 0n && r > 0n === ceil) q += ceil ? 1n : -1n;
  return { units: q, scale: 0 };
}

/** float8_numeric: a double keeps DBL_DIG (15) significant digits when it becomes a numeric. */
export function floatToNumeric(x: number, digits = 15): Decimal | NumericSpecial {
  if (x !== x) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  const d = parseDecimal(x.toPrecision(digits))!;
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}

/** numeric_out: the digits with exactly `scale` of them after the point. */
export function decimalText(d: Decimal): string {
  return layoutDecimal(d.units < 0n, magnitudeDigits(d), d.scale);
}

function magnitudeDigits(d: Decimal): string {
  return (d.units < 0n ? -d.units : d.units).toString();
}

function layoutDecimal(neg: boolean, magnitude: string, scale: number): string {
  const digits = magnitude.length > scale ? magnitude : magnitude.padStart(scale + 1, '0');
  const cut = digits.length - scale;
  return (neg ? '-' : '') + digits.slice(0, cut) + (scale > 0 ? '.' + digits.slice(cut) : '');
}

/** The integer and fraction digits of a decimal's magnitude; int has no leading zeros ('' for zero). */
function digitParts(d: Decimal): { int: string; frac: string } {
  const digits = d.units === 0n ? '' : magnitudeDigits(d);
  const cut = digits.length - d.scale;
  return cut > 0 ? { int: digits.slice(0, cut), frac: digits.slice(cut) } : { int: '', frac: digits.padStart(d.scale, '0') };
}

/** The fraction digits a numeric typmod asks for, -1 for none; a negative declared scale prints none. */
export function typmodDisplayScale(typmod: number): number {
  return typmod >= 4 ? Math.max(0, numericScale(typmod)) : -1;
}

export function numericText(value: SqliteValue | ArrayValue, typmod: number): string {
  const scale = typmodDisplayScale(typmod);
  if (typeof value === 'bigint') return scale > 0 ? value.toString() + '.' + '0'.repeat(scale) : value.toString();
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Short of exponent notation, JavaScript prints exactly the shortest decimal numeric wants.
    const s = String(value);
    if (s.indexOf('e') < 0) {
      const dot = s.indexOf('.');
      const frac = dot < 0 ? 0 : s.length - dot - 1;
      if (scale < 0 || frac === scale) return s;
      if (frac < scale) return s + (dot < 0 ? '.' : '') + '0'.repeat(scale - frac);
    }
  }
  const d = storedDecimal(value);
  if (d === undefined) return scalarText(value);
  if (typeof d === 'string') return d;
  return decimalText(scale >= 0 ? rescale(d, scale) : d);
}

/**
 * What an unconstrained numeric column's display column keeps of a value written as `v`
 * (decimal text where it was computed at its scale): its text where the stored form prints
 * otherwise (`2.500`), else null.
 */
export function displayText(v: SqliteValue): string | null {
  const d = typeof v === 'string' ? parseNumericText(v) : undefined;
  if (d === undefined || typeof d === 'string') return null;
  const shown = decimalText(d);
  return shown === numericText(decimalStorage(d), -1) ? null : shown;
}

/**
 * The storage form of an exact decimal: a bigint when it is an integer that fits int8, a number
 * when a double keeps every digit (at most 15 significant ones, DBL_DIG), else its canonical text
 * as a BLOB: SQLite's NUMERIC affinity would turn such text into a REAL and lose the digits.
 */
export function decimalStorage(d: Decimal | NumericSpecial): SqliteValue {
  if (d === 'NaN') return 'NaN';
  if (d === 'Infinity') return Infinity;
  if (d === '-Infinity') return -Infinity;
  const magnitude = magnitudeDigits(d);
  let significant = magnitude.length;
  while (significant > 1 && magnitude.charCodeAt(significant - 1) === 48) significant--;
  if (d.units === 0n || magnitude.length - significant >= d.scale) {
    const n = d.scale === 0 ? d.units : d.units / pow10(d.scale);
    if (n >= INT8_MIN && n <= INT8_MAX) return n;
  }
  // Trailing fraction zeros dropped: one text per value, so SQLite's equality (an index's, GROUP
  // BY's, DISTINCT's) is numeric equality.
  const dropped = Math.min(magnitude.length - significant, d.scale);
  const text = layoutDecimal(d.units < 0n, magnitude.slice(0, magnitude.length - dropped), d.scale - dropped);
  if (significant <= 15) {
    const n = Number(text);
    if (Math.abs(n) >= 1e-300 && Math.abs(n) < 1e300) return n;
  }
  return Buffer.from(text, 'latin1');
}

const NUMERIC_POS = 0x0000;
const NUMERIC_NEG = 0x4000;
const NUMERIC_NAN = 0xc000;
const NUMERIC_PINF = 0xd000;
const NUMERIC_NINF = 0xf000;

/** numeric_send: base-10000 digits with weight (of the first digit), sign and display scale. */
export function numericBinary(value: SqliteValue | ArrayValue, typmod: number): Buffer {
  const parsed = storedDecimal(value);
  if (parsed === undefined) throw invalidSyntax('numeric', scalarText(value));
  if (typeof parsed === 'string') {
    const header = Buffer.alloc(8);
    header.writeUInt16BE(parsed === 'NaN' ? NUMERIC_NAN : parsed === 'Infinity' ? NUMERIC_PINF : NUMERIC_NINF, 4);
    return header;
  }
  const scale = typmodDisplayScale(typmod);
  const d = scale >= 0 ? rescale(parsed, scale) : parsed;
  const { int, frac } = digitParts(d);
  const intPad = (4 - (int.length % 4)) % 4;
  const all = '0'.repeat(intPad) + int + frac + '0'.repeat((4 - (frac.length % 4)) % 4);
  let weight = (intPad + int.length) / 4 - 1;
  let first = 0;
  let end = all.length / 4;
  while (first < end && all.startsWith('0000', first * 4)) {
    first++;
    weight--;
  }
  while (end > first && all.startsWith('0000', (end - 1) * 4)) end--;
  const ndigits = end - first;
  const out = Buffer.alloc(8 + 2 * ndigits);
  out.writeInt16BE(ndigits, 0);
  out.writeInt16BE(ndigits === 0 ? 0 : weight, 2);
  out.writeUInt16BE(d.units < 0n ? NUMERIC_NEG : NUMERIC_POS, 4);
  out.writeUInt16BE(frac.length, 6);
  for (let i = 0; i < ndigits; i++) out.writeUInt16BE(Number(all.slice((first + i) * 4, (first + i) * 4 + 4)), 8 + 2 * i);
  return out;
}

/** numeric_recv, in the storage convention. */
export function decodeNumericBinary(buf: Buffer): SqliteValue {
  return decimalStorage(numericRecv(buf));
}

/** numeric_recv: the value at the display scale it was sent with. */
export function numericRecv(buf: Buffer): Decimal | NumericSpecial {
  need(buf, 8);
  const ndigits = buf.readUInt16BE(0);
  const weight = buf.readInt16BE(2);
  const sign = buf.readUInt16BE(4);
  const dscale = buf.readUInt16BE(6);
  need(buf, 8 + 2 * ndigits);
  switch (sign) {
    case NUMERIC_NAN:
      return 'NaN';
    case NUMERIC_PINF:
      return 'Infinity';
    case NUMERIC_NINF:
      return '-Infinity';
    case NUMERIC_POS:
    case NUMERIC_NEG:
      break;
    default:
      throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid sign in external "numeric" value');
  }
  if (dscale > NUMERIC_MAX_DSCALE) {
    throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid scale in external "numeric" value');
  }
  let int = '';
  let frac = weight < -1 ? '0000'.repeat(-weight - 1) : '';
  for (let i = 0; i < ndigits; i++) {
    const digit = buf.readUInt16BE(8 + 2 * i);
    if (digit >= 10000) throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid digit in external "numeric" value');
    const group = String(digit).padStart(4, '0');
    if (i <= weight) int += group;
    else frac += group;
  }
  if (weight >= ndigits) int += '0000'.repeat(weight - ndigits + 1);
  // numeric_recv truncates digits beyond the display scale.
  frac = frac.length >= dscale ? frac.slice(0, dscale) : frac + '0'.repeat(dscale - frac.length);
  const units = BigInt(int + frac || '0');
  return { units: sign === NUMERIC_NEG ? -units : units, scale: frac.length };
}
