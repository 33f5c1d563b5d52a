/**
 * numeric's operators, functions and aggregates, exact (pg/types/numeric.ts): SQLite would compute
 * them in doubles (`0.1 + 0.2 <> 0.3`, `round(2.355, 2)` = 2.35) and cannot read the BLOB a numeric
 * of more than 15 significant digits is stored as. The translator calls them wherever an operand
 * or a result is a numeric (dialect/translate/typed-sql.ts). Results are in the storage form;
 * NaN and the infinities follow double arithmetic, as PostgreSQL's numeric does. Deterministic.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import {
  type Decimal,
  type NumericSpecial,
  add,
  ceilOrFloor,
  compareDecimals,
  decimalStorage,
  decimalText,
  divide,
  floatToNumeric,
  modulo,
  multiply,
  negate,
  displayText,
  parseDecimal,
  parseNumericInput,
  parseNumericText,
  rescale,
  roundDecimal,
  toDecimal,
} from '../../pg/types/numeric.js';
import { expNumeric, lnNumeric, logNumeric, powerNumeric, sqrtNumeric } from '../../pg/types/numeric-math.js';
import { numericArrayDisplay, numericArrayJson, numericArrayShows, numericArrayTexts } from '../../pg/types/numeric-array.js';
import { INTEGER_TYPES, storeValue } from '../../pg/coerce.js';
import { rint } from '../../pg/types/float.js';
import { OID, type SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';

/** NaN, ±Infinity (and anything else that is no finite decimal) as a double. */
function special(v: SqliteValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  const s = text(v).trim().toLowerCase();
  if (s === 'nan') return NaN;
  if (/^[+]?inf(inity)?$/.test(s)) return Infinity;
  if (/^-inf(inity)?$/.test(s)) return -Infinity;
  return Number(s);
}

function specialStorage(x: number): SqliteValue {
  return decimalStorage(floatToNumeric(x));
}

/** A finite numeric argument as a decimal at its own scale, or null for NaN and the infinities. */
function finite(v: SqliteValue, scale = -1): Decimal | null {
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'nan' || s.endsWith('inf') || s.endsWith('infinity')) return null;
  }
  return toDecimal(v, scale);
}

function binary(op: (a: Decimal, b: Decimal) => Decimal, float: (a: number, b: number) => number) {
  return (a: SqliteValue, b: SqliteValue): SqliteValue => {
    if (a === null || b === null) return null;
    const x = finite(a);
    const y = finite(b);
    return x && y ? decimalStorage(op(x, y)) : specialStorage(float(special(a), special(b)));
  };
}

/** A numeric held as text (a BLOB of many digits, a printed quotient), read; undefined for anything else. */
function storedText(v: SqliteValue): Decimal | NumericSpecial | undefined {
  return Buffer.isBuffer(v) || typeof v === 'string' ? parseNumericText(text(v)) : undefined;
}

/** A finite decimal's sort key: its nearest double, short of the infinities, which sort above every number. */
function sortDouble(d: Decimal): number {
  const x = Number(decimalText(d));
  return Number.isFinite(x) ? x : x > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

/** A finite double's exact value (a double is a binary fraction: a finite decimal). */
function exactDouble(x: number): Decimal {
  let k = 0;
  while (!Number.isInteger(x)) {
    x *= 2;
    k++;
  }
  return { units: BigInt(x) * 5n ** BigInt(k), scale: k };
}

/** The next double above (1) or below (-1) a finite one. */
function nextDouble(x: number, dir: 1 | -1): number {
  if (x === 0) return dir * Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + (x > 0 === dir > 0 ? 1n : -1n));
  return view.getFloat64(0);
}

const ZERO_KEY = Buffer.from([1]);

/**
 * A BLOB whose byte order is the decimals' order: sign, then the exponent, then the digits (for a
 * negative value the exponent and digits complemented, the digits closed by a byte above them).
 */
function sortableDecimal(d: Decimal): Buffer {
  if (d.units === 0n) return ZERO_KEY;
  const negative = d.units < 0n;
  const all = (negative ? -d.units : d.units).toString();
  const exponent = all.length - d.scale;
  const digits = all.replace(/0+$/, '');
  const head = Buffer.alloc(5);
  head[0] = negative ? 0 : 2;
  head.writeUInt32BE(negative ? 2 ** 31 - exponent : 2 ** 31 + exponent, 1);
  const body = negative ? Buffer.from(Array.from(digits, (c) => 57 - c.charCodeAt(0) + 48).concat(255)) : Buffer.from(digits, 'latin1');
  return Buffer.concat([head, body]);
}

/** numeric's total order, exact, of stored values and decimal texts alike: NaN above everything, as PostgreSQL sorts it. */
export function compareNumeric(a: SqliteValue, b: SqliteValue): number {
  const x = finite(a);
  const y = finite(b);
  if (x && y) return compareDecimals(x, y);
  const p = special(a);
  const q = special(b);
  if (p !== p || q !== q) return p !== p ? (q !== q ? 0 : 1) : -1;
  return p < q ? -1 : p > q ? 1 : 0;
}

function quotient(a: SqliteValue, b: SqliteValue, sa: SqliteValue, sb: SqliteValue): Decimal | SqliteValue {
  const x = finite(a, Number(sa));
  const y = finite(b, Number(sb));
  if (x && y) return divide(x, y);
  const p = special(a);
  // NaN divided by anything is NaN, zero too (numeric_div looks for NaN first).
  if (y && y.units === 0n && p === p) throw new PgError(SqlState.divisionByZero, 'division by zero');
  return specialStorage(p / special(b));
}

/** One text for equal values whatever their scales (2.5 and 2.50). */
function valueKey(d: Decimal): string {
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return `${units}e-${scale}`;
}

interface SumState {
  sum: Decimal;
  count: bigint;
  /** NaN or an infinity met on the way: the sum of the specials as doubles. */
  special?: number;
}

function step(sign: 1n | -1n) {
  return (state: SumState, v: SqliteValue): SumState => {
    if (v === null) return state;
    const d = finite(v);
    if (!d) return { ...state, count: state.count + sign, special: (state.special ?? 0) + Number(sign) * special(v) };
    return { sum: add(state.sum, sign > 0n ? d : negate(d)), count: state.count + sign, special: state.special };
  };
}

interface VarianceState {
  n: bigint;
  sum: Decimal;
  squares: Decimal;
  /** The input's display scale: the type's when the translator tells it, else the largest seen. */
  scale: number;
  /** How many values of each scale the state holds: a window's inverse step may remove the largest's last. */
  scales: Map<number, bigint>;
}

/** The square root at `scale` fraction digits, rounded, as sqrt_var computes it. */
function sqrtAt(d: Decimal, scale: number): Decimal {
  const n = rescale(d, scale).units * 10n ** BigInt(scale + 2);
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's steps from the double's estimate to the exact integer square root.
  for (;;) {
    const y = (x + n / (x === 0n ? 1n : x)) / 2n;
    if (y >= x - 1n && y <= x + 1n) {
      x = y;
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      break;
    }
    x = y;
  }
  return { units: (x + 5n) / 10n, scale };
}

/** numeric_var_samp/_pop and stddev: (n·Σx² − (Σx)²) / (n·(n−1) or n²) at numeric_div's scale, then its root. */
function variance(state: VarianceState, population: boolean, root: boolean): SqliteValue {
  const n = state.n;
  if (n === 0n || (!population && n === 1n)) return null;
  const sum = rescale(state.sum, state.scale);
  const numerator = add(multiply({ units: n, scale: 0 }, rescale(state.squares, state.scale * 2)), negate(multiply(sum, sum)));
  if (numerator.units <= 0n) return '0';
  const quotient = divide(numerator, { units: population ? n * n : n * (n - 1n), scale: 0 });
  return decimalText(root ? sqrtAt(quotient, quotient.scale) : quotient);
}

/** sqrt, exp, ln, log (of one or two arguments) and power of numerics, at the scales numeric.c picks. */
const MATH: Record<string, { exact: (...xs: Decimal[]) => Decimal; float: (...xs: number[]) => number }> = {
  sqrt: { exact: sqrtNumeric, float: Math.sqrt },
  exp: { exact: expNumeric, float: Math.exp },
  ln: { exact: lnNumeric, float: Math.log },
  log10: { exact: (x) => logNumeric({ units: 10n, scale: 0 }, x), float: Math.log10 },
  log: { exact: logNumeric, float: (b, x) => Math.log(x) / Math.log(b) },
  power: { exact: powerNumeric, float: Math.pow },
};

/** Arguments come as (value, display scale) pairs: the scale the translator knows, or -1. */
function math(name: SqliteValue, args: SqliteValue[]): Decimal | SqliteValue {
  const values = args.filter((_, i) => i % 2 === 0);
  if (values.some((v) => v === null)) return null;
  const f = MATH[text(name)]!;
  const exact = values.map((v, i) => finite(v, Number(args[2 * i + 1])));
  if (exact.every((d) => d !== null)) return f.exact(...(exact as Decimal[]));
  const xs = values.map(special);
  const settled = text(name) === 'power' ? specialPower(xs[0]!, xs[1]!) : specialLogOrRoot(text(name), xs);
  return specialStorage(settled ?? f.float(...xs));
}

/** x % y where either is NaN or infinite: double arithmetic's, but an infinite x's by zero is numeric_mod's one error. */
function specialRemainder(x: number, y: number): number {
  if (y === 0 && !Number.isNaN(x)) throw new PgError(SqlState.divisionByZero, 'division by zero');
  return x % y;
}

/** sqrt, ln, log10 and log where an argument is NaN or infinite: numeric.c's errors before double arithmetic's answer (undefined: that answer). */
function specialLogOrRoot(name: string, xs: number[]): number | undefined {
  if (name === 'exp' || xs.some((x) => Number.isNaN(x))) return undefined;
  if (name === 'sqrt') {
    if (xs[0]! < 0) throw new PgError(SqlState.invalidArgumentForPowerFunction, 'cannot take square root of a negative number');
    return undefined;
  }
  if (xs.some((x) => x < 0)) throw new PgError(SqlState.invalidArgumentForLog, 'cannot take logarithm of a negative number');
  if (xs.some((x) => x === 0)) throw new PgError(SqlState.invalidArgumentForLog, 'cannot take logarithm of zero');
  // log(b, x): of an infinite base 0 (NaN when x is infinite too); of a finite one, Inf.
  if (name === 'log') return xs[0] === Infinity ? (xs[1] === Infinity ? NaN : 0) : Infinity;
  return undefined;
}

/** numeric_power's rules where x or y is NaN or infinite (POSIX pow's, with numeric's errors). */
function specialPower(x: number, y: number): number {
  if (Number.isNaN(x)) return y === 0 ? 1 : NaN;
  if (Number.isNaN(y)) return x === 1 ? 1 : NaN;
  if (x === 0 && y < 0) throw new PgError(SqlState.invalidArgumentForPowerFunction, 'zero raised to a negative power is undefined');
  // An infinite y counts as an integer.
  if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) throw new PgError(SqlState.invalidArgumentForPowerFunction, 'a negative number raised to a non-integer power yields a complex result');
  if (x === 1 || y === 0) return 1;
  if (x === 0) return 0;
  if (!Number.isFinite(y)) return x === -1 ? 1 : (Math.abs(x) > 1) === (y > 0) ? Infinity : 0;
  if (x === Infinity) return y > 0 ? Infinity : 0;
  if (y < 0) return 0;
  return Number.isSafeInteger(y) && y % 2 !== 0 ? -Infinity : Infinity;
}

function numericIn(v: SqliteValue): SqliteValue {
  if (typeof v !== 'string') return storeValue(v, OID.numeric, -1);
  const d = parseNumericInput(v);
  return typeof d === 'string' ? decimalStorage(d) : decimalText(d);
}

/** The kind of a jsonb value from its text, as PostgreSQL's errors name it. */
function jsonbKind(text: string): string {
  const c = text.trimStart()[0];
  if (c === '"') return 'string';
  if (c === '{') return 'object';
  if (c === '[') return 'array';
  if (c === 't' || c === 'f') return 'boolean';
  return c === 'n' ? 'null' : 'number';
}

export function registerNumericFunctions(db: Database.Database): void {
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, { deterministic: true, safeIntegers: true }, impl as (...args: unknown[]) => unknown);

  fn('pg_num_add', binary(add, (a, b) => a + b));
  fn('pg_num_sub', binary((a, b) => add(a, negate(b)), (a, b) => a - b));
  fn('pg_num_mul', binary(multiply, (a, b) => a * b));
  fn('pg_num_mod', binary(modulo, specialRemainder));
  fn('pg_num_neg', (a) => (a === null ? null : binary((_, b) => negate(b), (_, b) => -b)(0n, a)));
  // A sort key SQLite orders as numbers: a BLOB or the text of a printed quotient as its nearest
  // REAL ('NaN' stays text, which SQLite sorts after every number, as PostgreSQL sorts NaN).
  fn('pg_num_key', (v) => {
    const d = storedText(v);
    if (d === undefined) return v;
    if (typeof d !== 'string') return sortDouble(d);
    return d === 'NaN' ? v : d === 'Infinity' ? Infinity : -Infinity;
  });
  // An array's element as array_in stores it, a whole REAL as an integer (a numeric literal 2.0 as
  // 2, as arrayJson writes a float8's 2): equal arrays have one storage text. -0 stays a float8's.
  // A numeric of more digits than a REAL holds is stored as its text in a BLOB, which JSON cannot
  // hold: array_in stores it as a JSON string of that text. So are the infinities, which SQLite's
  // JSON would write as 9e999, a finite numeric to whoever reads it back.
  fn('pg_num_element', (v) => {
    if (Buffer.isBuffer(v)) return v.toString('latin1');
    if (typeof v !== 'number') return v;
    if (v === Infinity || v === -Infinity) return v > 0 ? 'Infinity' : '-Infinity';
    return Number.isInteger(v) && !Object.is(v, -0) && Math.abs(v) < 9.2e18 ? BigInt(v) : v;
  });
  fn('pg_num_cmp', (a, b) => (a === null || b === null ? null : BigInt(compareNumeric(a, b))));
  fn('pg_num_nullif', (a, b) => (a !== null && b !== null && compareNumeric(a, b) === 0 ? null : a));
  // GREATEST and LEAST of numerics, NULLs left out; of equal values the first.
  for (const [name, sign] of [['pg_numeric_greatest', 1], ['pg_numeric_least', -1]] as const) {
    db.function(name, { varargs: true, deterministic: true, safeIntegers: true }, (...args: SqliteValue[]) =>
      args.reduce<SqliteValue>((best, v) => (v !== null && (best === null || compareNumeric(v, best) === sign) ? v : best), null),
    );
  }
  // The nearest REAL at or beyond a BLOB in one direction (1: up, 0: down): a bound an index serves.
  fn('pg_num_bound', (v, up) => {
    const d = Buffer.isBuffer(v) ? finite(v) : null;
    if (!d) return v;
    const x = Number(text(v));
    const c = Number.isFinite(x) ? compareDecimals(exactDouble(x), d) : x > 0 ? 1 : -1;
    if (up === 1n ? c >= 0 : c <= 0) return x;
    return nextDouble(x, up === 1n ? 1 : -1);
  });
  // Among values pg_num_key maps to the same REAL, their order: the exact distance from it. A
  // stored REAL is the decimal it prints as (0.1), not the binary fraction it holds, so it too may
  // lie off its double: 0.1 sorts before a BLOB's 0.10000000000000000001, which shares its REAL.
  fn('pg_num_residue', (v) => {
    const d = typeof v === 'number' && Number.isFinite(v) ? parseNumericText(String(v)) : storedText(v);
    return d !== undefined && typeof d !== 'string' ? sortableDecimal(add(d, negate(exactDouble(sortDouble(d))))) : ZERO_KEY;
  });
  // A quotient inside an expression is stored; one that is a result column prints at numeric_div's scale.
  fn('pg_num_div', (a, b, sa, sb) => {
    if (a === null || b === null) return null;
    const q = quotient(a, b, sa, sb);
    return typeof q === 'object' && q !== null && 'units' in q ? decimalStorage(q) : q;
  });
  // + - * % and abs on the way from a quotient to a result column: decimal text, which keeps the display scale.
  const textOps: Record<string, (a: Decimal, b: Decimal) => Decimal> = { '+': add, '-': (a, b) => add(a, negate(b)), '*': multiply, '%': modulo, abs: (_, b) => (b.units < 0n ? negate(b) : b) };
  fn('pg_num_text', (op, a, b, sa, sb) => {
    if (a === null || b === null) return null;
    const x = finite(a, Number(sa));
    const y = finite(b, Number(sb));
    if (x && y) return decimalText(textOps[text(op)]!(x, y));
    const p = special(a);
    const q = special(b);
    const float: Record<string, number> = { '+': p + q, '-': p - q, '*': p * q, '%': text(op) === '%' ? specialRemainder(p, q) : NaN, abs: Math.abs(q) };
    return specialStorage(float[text(op)]!);
  });
  // Stored inside an expression; decimal text, which keeps the display scale, as a result column.
  for (const [sqlName, form] of [['pg_num_math', decimalStorage], ['pg_numeric_math', decimalText]] as const) {
    db.function(sqlName, { deterministic: true, safeIntegers: true, varargs: true }, ((name: SqliteValue, ...args: SqliteValue[]) => {
      const r = math(name, args);
      return r !== null && typeof r === 'object' && 'units' in r ? form(r) : r;
    }) as (...args: unknown[]) => unknown);
  }
  // numeric_in as decimal text, which keeps the scale the text was written with (a result column's).
  fn('pg_numeric_in', numericIn);
  // A value of an unconstrained numeric column with the scale it was written with: its display
  // column's text (dialect/catalog/numeric-display.ts) while that is still this value's, else as stored.
  fn('pg_numeric_display', (v, d) => {
    if (v === null || typeof d !== 'string') return v;
    if (d.startsWith('[')) return numericArrayShows(v, d) ? d : v;
    const x = finite(v);
    const y = parseDecimal(d);
    return x && y && compareDecimals(x, y) === 0 ? d : v;
  });
  // A numeric[] literal as array_in reads it, with its elements written at their scales where that shows.
  fn('pg_numeric_array_in', (v) => (v === null ? null : (numericArrayDisplay(v) ?? storeValue(v, OID.numeric_array, -1))));
  // One taken apart so (its elements' decimal texts), as JSON writes it: numbers with those scales.
  fn('pg_numeric_array_json', (v) => (v === null ? null : (numericArrayJson(v) ?? v)));
  // A numeric[] whose elements are taken apart with their scales (types.ts markArrayScales).
  fn('pg_numeric_array_texts', (v, scale) => (v === null ? null : (numericArrayTexts(v, Number(scale)) ?? v)));
  // What a display column keeps of a value written as `v`.
  fn('pg_numeric_display_of', (v) => displayText(v) ?? numericArrayDisplay(v));
  // jsonb to numeric: a number's own digits (as decimal text when `asText`), anything else 22023.
  fn('pg_jsonb_numeric', (v, asText) => {
    if (typeof v === 'string') {
      const kind = jsonbKind(v);
      if (kind !== 'number') throw new PgError(SqlState.invalidParameterValue, `cannot cast jsonb ${kind} to type numeric`);
    }
    return Number(asText) ? numericIn(v) : storeValue(v, OID.numeric, -1);
  });
  fn('pg_numeric_div', (a, b, sa, sb) => {
    if (a === null || b === null) return null;
    const q = quotient(a, b, sa, sb);
    return typeof q === 'object' && q !== null && 'units' in q ? decimalText(q) : q;
  });
  // div(): the quotient truncated to an integer.
  fn('pg_num_div_trunc', (a, b) => {
    if (a === null || b === null) return null;
    const x = finite(a);
    const y = finite(b);
    if (!x || !y) {
      if (y?.units === 0n && !Number.isNaN(special(a))) throw new PgError(SqlState.divisionByZero, 'division by zero');
      return specialStorage(Math.trunc(special(a) / special(b)));
    }
    if (y.units === 0n) throw new PgError(SqlState.divisionByZero, 'division by zero');
    const scale = Math.max(x.scale, y.scale);
    return decimalStorage({ units: roundDecimal(x, scale, false).units / roundDecimal(y, scale, false).units, scale: 0 });
  });
  const gcdLcm = (x: bigint, y: bigint, lcm: boolean): bigint => {
    x = x < 0n ? -x : x;
    y = y < 0n ? -y : y;
    const product = x * y;
    while (y !== 0n) [x, y] = [y, x % y];
    return lcm ? (x === 0n ? 0n : product / x) : x;
  };
  // Of integers: the result must fit the arguments' type (gcd(-2147483648, 0) is 22003), as int4gcd checks.
  for (const [name, lcm] of [['pg_gcd', false], ['pg_lcm', true]] as const) {
    fn(name, (a, b, oid) => {
      if (a === null || b === null) return null;
      const r = gcdLcm(BigInt(a as bigint), BigInt(b as bigint), lcm);
      const range = oid === undefined ? undefined : INTEGER_TYPES[Number(oid)];
      if (range && (r < range.min || r > range.max)) throw new PgError(SqlState.numericValueOutOfRange, `${range.rangeLabel} out of range`);
      return r;
    });
  }
  // Of numerics: over both at the larger scale, as numeric_gcd does; NaN when either is NaN or infinite.
  for (const [name, lcm] of [['pg_num_gcd', false], ['pg_num_lcm', true]] as const) {
    fn(name, (a, b) => {
      if (a === null || b === null) return null;
      const x = finite(a);
      const y = finite(b);
      if (!x || !y) return specialStorage(NaN);
      const scale = Math.max(x.scale, y.scale);
      return decimalStorage({ units: gcdLcm(rescale(x, scale).units, rescale(y, scale).units, lcm), scale });
    });
  }
  // A numeric's display scale: a stored value's own digits, a display text's as written (`1.250`: 3).
  fn('pg_scale', (v) => {
    const d = v === null ? null : finite(v);
    return d ? BigInt(d.scale) : null;
  });
  fn('pg_min_scale', (v) => {
    const d = v === null ? null : finite(v);
    if (!d) return null;
    let { units, scale } = d;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale--;
    }
    return BigInt(scale);
  });
  fn('pg_num_round', (v, places, truncate) => {
    if (v === null || places === null) return null;
    // An untyped literal for the places arrives as text, which PostgreSQL reads as an int4.
    if (typeof places === 'string' && !/^\s*[+-]?\d+\s*$/.test(places)) throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type integer: "${places}"`);
    const d = finite(v);
    return d ? decimalStorage(roundDecimal(d, Number(places), truncate !== 0n)) : v;
  });
  fn('pg_num_ceil', (v, ceil) => {
    if (v === null) return null;
    const d = finite(v);
    return d ? decimalStorage(ceilOrFloor(d, ceil !== 0n)) : v;
  });
  fn('pg_num_abs', (v) => {
    if (v === null) return null;
    const d = finite(v);
    return d ? decimalStorage(d.units < 0n ? negate(d) : d) : specialStorage(Math.abs(special(v)));
  });
  fn('pg_int_check', (v, oid) => {
    if (v === null) return null;
    const range = INTEGER_TYPES[Number(oid)]!;
    // A REAL is SQLite's int8 overflow.
    if (typeof v !== 'bigint' || v < range.min || v > range.max) throw new PgError(SqlState.numericValueOutOfRange, `${range.rangeLabel} out of range`);
    return v;
  });
  // int2/int4/int8 shifts as C's on the machines PostgreSQL runs on: the count taken modulo the
  // width the shift is done in (int for int2 and int4, int64 for int8), the result wrapped to the type.
  fn('pg_int_shift', (op, v, n, oid) => {
    if (v === null || n === null) return null;
    const bits = Number(oid) === OID.int8 ? 64 : 32;
    const count = BigInt(Number(BigInt(n as bigint) & BigInt(bits - 1)));
    const x = BigInt(v as bigint);
    const shifted = op === '<<' ? BigInt.asIntN(bits, x << count) : x >> count;
    return Number(oid) === OID.int2 ? BigInt.asIntN(16, shifted) : shifted;
  });
  // float8's round() and its casts to integers round half to even (rint).
  fn('pg_float_round', (v) => (typeof v === 'number' ? rint(v) : v));
  // A float cast to an integer: NaN and the infinities are out of its range (22003), not its input.
  fn('pg_float_integral', (v) => (v === null ? null : Number.isFinite(special(v)) ? rint(special(v)) : Infinity));
  // float8_numeric keeps DBL_DIG (15) significant digits, float4_numeric FLT_DIG (6).
  // As decimal text where a result column prints its scale (markScaleSpine), else stored.
  fn('pg_float_numeric', (v, digits, asText) => {
    if (v === null) return null;
    const d = floatToNumeric(special(v), Number(digits));
    return Number(asText) && typeof d === 'object' ? decimalText(d) : decimalStorage(d);
  });

  const sumResult = (state: SumState, result: (s: SumState) => SqliteValue) =>
    state.count === 0n ? null : state.special !== undefined ? specialStorage(state.special) : result(state);
  const average = (s: SumState) => divide(s.sum, { units: s.count, scale: 0 });
  // The typings model the step's value as an element of the state; SQLite passes the argument.
  const aggregate = (name: string, result: (s: SumState) => SqliteValue) =>
    db.aggregate<SumState>(name, {
      start: () => ({ sum: { units: 0n, scale: 0 }, count: 0n }),
      step: step(1n) as never,
      inverse: step(-1n) as never,
      result: (state) => sumResult(state, result),
      safeIntegers: true,
    });
  // Adds (1n) or, as a window's frame moves on, removes (-1n) a value.
  const varianceStep = (sign: bigint) => (state: VarianceState, v: SqliteValue, scale: SqliteValue): VarianceState => {
    if (v === null) return state;
    const d = finite(v, Number(scale));
    if (!d) throw new PgError(SqlState.featureNotSupported, 'variance of NaN or infinite numerics is not supported by evsql');
    const signed = { units: d.units * sign, scale: d.scale };
    const scales = new Map(state.scales).set(d.scale, (state.scales.get(d.scale) ?? 0n) + sign);
    if (scales.get(d.scale) === 0n) scales.delete(d.scale);
    return { n: state.n + sign, sum: add(state.sum, signed), squares: add(state.squares, multiply(signed, d)), scale: Math.max(-1, ...scales.keys()), scales };
  };
  for (const [name, population, root] of [['pg_numeric_var_samp', false, false], ['pg_numeric_var_pop', true, false], ['pg_numeric_stddev_samp', false, true], ['pg_numeric_stddev_pop', true, true]] as const) {
    db.aggregate<VarianceState>(name, {
      start: () => ({ n: 0n, sum: { units: 0n, scale: 0 }, squares: { units: 0n, scale: 0 }, scale: -1, scales: new Map() }),
      step: varianceStep(1n) as never,
      inverse: varianceStep(-1n) as never,
      result: (state) => variance(state, population, root),
      safeIntegers: true,
    });
  }
  // scale() of a numeric's output text: the digits after its point; none of NaN and the infinities.
  fn('pg_text_scale', (v) => {
    if (v === null) return null;
    const t = text(v);
    if (!/^-?[0-9]/.test(t)) return null;
    const point = t.indexOf('.');
    return BigInt(point < 0 ? 0 : t.length - point - 1);
  });
  // A DISTINCT aggregate's numbers (array_agg, json_agg, jsonb_agg), a JSON array of them in their
  // display text and sorted by value: PostgreSQL keeps one of equal values, 2 or 2.0, whichever its
  // sort happens to put first; SQLite's DISTINCT kept both. Equal values of one text stay one.
  fn('pg_distinct_numbers', (v) => {
    if (v === null) return null;
    const elements = text(v).slice(1, -1).split(',');
    const value = (e: string) => (e === 'null' ? undefined : parseNumericText(e.replace(/"/g, '')));
    const kept: string[] = [];
    for (const e of elements) {
      const last = kept.at(-1);
      const [a, b] = [last === undefined ? undefined : value(last), value(e)];
      const equal = a !== undefined && b !== undefined && (typeof a === 'object' && typeof b === 'object' ? compareDecimals(a, b) === 0 : a === b);
      if (!equal) kept.push(e);
      else if (last !== e) throw new PgError(SqlState.featureNotSupported, 'a DISTINCT aggregate over numeric values equal at different display scales is not supported by evsql');
    }
    return `[${kept.join(',')}]`;
  });
  // A GROUP BY key's display text (dialect/catalog/numeric-display.ts): PostgreSQL prints the group's
  // first value, whose scale is the one its rows share; where they differ, which is first is the
  // plan's. A UNION's rows say which member they come from and how many rows the UNION reads
  // (dialect/translate/emit-query.ts distinctSetOperation): with fewer than 7, the first is the
  // first member's that has the group, where that member's rows print alike.
  type GroupDisplay = { member: number; display: SqliteValue; memberMixed: boolean; mixed: boolean; rows: number };
  db.aggregate<GroupDisplay>('pg_group_display', {
    start: () => ({ member: Infinity, display: null, memberMixed: false, mixed: false, rows: Infinity }),
    step: ((state: GroupDisplay, d: SqliteValue, member: SqliteValue = 0n, rows: SqliteValue = null) => {
      const m = Number(member);
      if (state.member !== Infinity && d !== state.display) state.mixed = true;
      if (m < state.member) Object.assign(state, { member: m, display: d, memberMixed: false });
      else if (m === state.member && d !== state.display) state.memberMixed = true;
      if (rows !== null) state.rows = Number(rows);
    }) as never,
    result: (state) => {
      if (state.memberMixed || (state.mixed && state.rows >= 7)) throw new PgError(SqlState.featureNotSupported, 'a group of values equal but printed differently (numerics at different display scales, a char(n) beside a text) is not supported by evsql');
      return state.display;
    },
    varargs: true,
    safeIntegers: true,
  });
  // A UNION's group of char(n) values beside text (dialect/translate/char-set-columns.ts): the left
  // member's text where it has rows in the group (PostgreSQL keeps the first row, and reads the left
  // member first), else the one the right member's rows share, as pg_group_display.
  type MemberDisplays = { left?: SqliteValue; right: { seen: boolean; display: SqliteValue; mixed: boolean } };
  db.aggregate<MemberDisplays>('pg_member_display', {
    start: () => ({ right: { seen: false, display: null, mixed: false } }),
    step: ((state: MemberDisplays, d: SqliteValue, side: SqliteValue) => {
      if (Number(side) === 0) state.left ??= d;
      else if (!state.right.seen) Object.assign(state.right, { seen: true, display: d });
      else if (d !== state.right.display) state.right.mixed = true;
    }) as never,
    result: (state) => {
      if (state.left !== undefined) return state.left;
      if (state.right.mixed) throw new PgError(SqlState.featureNotSupported, 'a group of values equal but printed differently (numerics at different display scales, a char(n) beside a text) is not supported by evsql');
      return state.right.display;
    },
    safeIntegers: true,
  });
  aggregate('pg_numeric_sum', (s) => decimalStorage(s.sum));
  aggregate('pg_numeric_sum_text', (s) => decimalText(s.sum));
  aggregate('pg_avg_numeric', (s) => decimalText(average(s)));
  // sum(DISTINCT …) of values that keep their scales: one of equal values (2.5 and 2.50), summed at
  // the largest scale. PostgreSQL keeps whichever of equal values its sort puts first: where that
  // choice decides the scale, 0A000.
  type DistinctSum = Map<string, { value: SqliteValue; scales: Set<number> }>;
  db.aggregate<DistinctSum>('pg_numeric_distinct_sum_text', {
    start: () => new Map(),
    step: ((seen: DistinctSum, v: SqliteValue) => {
      if (v === null) return seen;
      const d = finite(v);
      const key = d ? valueKey(d) : String(special(v));
      const entry = seen.get(key) ?? { value: v, scales: new Set<number>() };
      if (d) entry.scales.add(d.scale);
      seen.set(key, entry);
      return seen;
    }) as never,
    result: (seen) => {
      let state: SumState = { sum: { units: 0n, scale: 0 }, count: 0n };
      for (const { value } of seen.values()) state = step(1n)(state, value);
      const scales = [...seen.values()].filter((e) => e.scales.size > 0);
      const least = Math.max(0, ...scales.map((e) => Math.min(...e.scales)));
      const most = Math.max(0, ...scales.map((e) => Math.max(...e.scales)));
      if (least !== most) throw new PgError(SqlState.featureNotSupported, 'a DISTINCT aggregate over numeric values equal at different display scales is not supported by evsql');
      return sumResult(state, (s) => decimalText(rescale(s.sum, most)));
    },
    safeIntegers: true,
  });
  // A moving sum prints the largest scale of the values its frame holds now: PostgreSQL's inverse
  // transition gives up where the last value of that scale leaves, and sums the frame again.
  type WindowSum = { state: SumState; scales: Map<number, bigint> };
  const windowStep = (sign: 1n | -1n) => (w: WindowSum, v: SqliteValue): WindowSum => {
    const d = v === null ? null : finite(v);
    if (d) w.scales.set(d.scale, (w.scales.get(d.scale) ?? 0n) + sign);
    return { state: step(sign)(w.state, v), scales: w.scales };
  };
  // So does a moving average, the quotient of that sum.
  const windowAggregate = (name: string, result: (s: SumState) => SqliteValue) =>
    db.aggregate<WindowSum>(name, {
      start: () => ({ state: { sum: { units: 0n, scale: 0 }, count: 0n }, scales: new Map() }),
      step: windowStep(1n) as never,
      inverse: windowStep(-1n) as never,
      result: (w) => sumResult(w.state, (s) => result({ ...s, sum: rescale(s.sum, Math.max(0, ...[...w.scales].filter(([, n]) => n > 0n).map(([scale]) => scale))) })),
      safeIntegers: true,
    });
  windowAggregate('pg_numeric_window_sum_text', (s) => decimalText(s.sum));
  windowAggregate('pg_numeric_window_avg_text', (s) => decimalText(average(s)));
  aggregate('pg_num_avg', (s) => decimalStorage(average(s)));
  // As window functions: the frame's values, which leave it in the order they came.
  for (const [name, sign] of [['pg_numeric_window_min', -1], ['pg_numeric_window_max', 1]] as const) {
    db.aggregate<SqliteValue[]>(name, {
      start: () => [],
      step: ((values: SqliteValue[], v: SqliteValue) => {
        if (v !== null) values.push(v);
      }) as never,
      inverse: ((values: SqliteValue[], v: SqliteValue) => {
        if (v !== null) values.shift();
      }) as never,
      result: (values) => values.reduce<SqliteValue>((best, v) => (best !== null && compareNumeric(v, best) === -sign ? best : v), null),
      safeIntegers: true,
    });
  }
  for (const [name, sign] of [['pg_numeric_min', -1], ['pg_numeric_max', 1]] as const) {
    db.aggregate<{ best: SqliteValue }>(name, {
      start: () => ({ best: null }),
      // numeric_larger/numeric_smaller: of equal values (2.5, 2.500) the later, whose scale prints.
      step: ((state: { best: SqliteValue }, v: SqliteValue) => (v === null || (state.best !== null && compareNumeric(v, state.best) === -sign) ? state : { best: v })) as never,
      result: (state) => state.best,
      safeIntegers: true,
    });
  }
}
