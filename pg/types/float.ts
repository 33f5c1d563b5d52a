/**
 * float4 and float8: output as PostgreSQL 15 prints it (the shortest round-trip digits, Ryu's
 * where JavaScript's may differ), input as float8in/float4in read it, and C's rint().
 */
import { PgError, SqlState } from '../errors.js';
import { invalidSyntax } from './input-syntax.js';
import type { SqliteValue } from './registry.js';

/** The session's extra_float_digits (session-styles.ts sets it around a request): 1 to 3 print the shortest exact digits. */
let extraDigits = 1;

export function setExtraFloatDigits(setting: string | undefined): void {
  extraDigits = setting === undefined ? 1 : Number(setting);
}

export function activeExtraFloatDigits(): number {
  return extraDigits;
}

/**
 * float8out and float4out under extra_float_digits of 0 or less: C's `%.*g` of DBL_DIG (FLT_DIG)
 * plus that many significant digits, at least one; exponent notation below 1e-4 or from 1e{digits}.
 */
function roundedFloat(v: number, digits: number): string {
  const p = Math.max(1, digits);
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const [mantissa, e] = v.toExponential(p - 1).split('e') as [string, string];
  const exp = Number(e);
  const trimmed = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= p) return `${trimmed(mantissa)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return trimmed(v.toFixed(p - 1 - exp));
}

/**
 * As PostgreSQL 15's float8out: the shortest decimal that reads back as the same double, in fixed
 * notation for decimal exponents -4..14 and otherwise in exponent notation with at least two
 * exponent digits. JavaScript's own shortest digits are used unless they may differ from Ryu's.
 */
export function formatFloat8(v: number): string {
  if (extraDigits <= 0 && Number.isFinite(v)) return roundedFloat(v, 15 + extraDigits);
  const a = Math.abs(v);
  if (a >= 1e-4 && a < 1e15) {
    const s = String(v);
    const dot = s.indexOf('.');
    if (!mayDifferFromRyu(a, dot < 0 ? 0 : s.length - dot - 1, false)) return s;
    const [digits, exp10] = ryuShortest(a, false);
    return layoutFloat(v < 0, digits, exp10, 15);
  }
  if (v !== v) return 'NaN';
  if (a === Infinity) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  return layoutShortest(v < 0, a, a.toExponential(), false);
}

/** As float4out: the same for the shortest decimal that reads back as the same float32, fixed for exponents -4..5. */
export function formatFloat4(v: number): string {
  const f = Math.fround(v);
  if (f !== f) return 'NaN';
  if (f === Infinity || f === -Infinity) return f > 0 ? 'Infinity' : '-Infinity';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  if (extraDigits <= 0) return roundedFloat(f, 6 + extraDigits);
  const a = Math.abs(f);
  // Round-tripping is monotonic in the number of digits, so search for the least.
  let low = 1;
  let high = 9;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (Math.fround(Number(a.toPrecision(mid))) === a) high = mid;
    else low = mid + 1;
  }
  return layoutShortest(f < 0, a, a.toExponential(low - 1), true);
}

/** Lays out JavaScript's exponent-notation shortest digits, or Ryu's where they may differ. */
function layoutShortest(neg: boolean, a: number, sci: string, float4: boolean): string {
  const e = sci.indexOf('e');
  let digits = e > 1 ? sci[0] + sci.slice(2, e) : sci.slice(0, e);
  let exp10 = Number(sci.slice(e + 1));
  const ambiguous =
    a >= (float4 ? 2 ** 24 : 2 ** 53)
      ? integerMayBeBound(a, digits, exp10, float4)
      : mayDifferFromRyu(a, Math.max(0, digits.length - 1 - exp10), float4);
  if (ambiguous) [digits, exp10] = ryuShortest(a, float4);
  return layoutFloat(neg, digits, exp10, float4 ? 6 : 15);
}

/** Fixed notation for decimal exponents from -4 up to fixedBelow, else C's %e style ('1.5e-07'). */
function layoutFloat(neg: boolean, digits: string, exp10: number, fixedBelow: number): string {
  let body: string;
  if (exp10 >= -4 && exp10 < fixedBelow) {
    if (exp10 < 0) body = '0.' + '0'.repeat(-exp10 - 1) + digits;
    else if (digits.length <= exp10 + 1) body = digits + '0'.repeat(exp10 + 1 - digits.length);
    else body = digits.slice(0, exp10 + 1) + '.' + digits.slice(exp10 + 1);
  } else {
    const magnitude = Math.abs(exp10);
    body =
      digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') + (exp10 < 0 ? 'e-' : 'e+') + (magnitude < 10 ? '0' : '') + magnitude;
  }
  return neg ? '-' + body : body;
}

const floatBits = new DataView(new ArrayBuffer(8));

/**
 * Whether JavaScript's shortest digits for a positive finite value may differ from the Ryu that
 * PostgreSQL builds, which never accepts a digit string lying exactly on a bound of the rounding
 * interval and breaks exact ties to even. A digit string on a bound has as many fraction digits
 * as the bound (one or two more than the binary exponent allows); a tie needs the value to have
 * exactly one fraction digit more than the digits. This test is for values below 2^53 (2^24 for
 * float4); integerMayBeBound covers the rest.
 */
function mayDifferFromRyu(a: number, fracDigits: number, float4: boolean): boolean {
  let e2: number;
  let mantissaTrailingZeros: number;
  if (float4) {
    floatBits.setFloat32(0, a);
    const bits = floatBits.getUint32(0);
    const biased = bits >>> 23;
    const mantissa = biased ? (bits & 0x7fffff) | 0x800000 : bits & 0x7fffff;
    e2 = (biased || 1) - 150;
    mantissaTrailingZeros = 31 - Math.clz32(mantissa & -mantissa);
  } else {
    floatBits.setFloat64(0, a);
    const hi = floatBits.getUint32(0);
    const lo = floatBits.getUint32(4);
    const biased = hi >>> 20;
    const mantissaHi = biased ? (hi & 0xfffff) | 0x100000 : hi & 0xfffff;
    e2 = (biased || 1) - 1075;
    mantissaTrailingZeros = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 63 - Math.clz32(mantissaHi & -mantissaHi);
  }
  return fracDigits === 1 - e2 || fracDigits === 2 - e2 || fracDigits === -e2 - mantissaTrailingZeros - 1;
}

/**
 * mayDifferFromRyu for values of 2^53 (2^24) and above, whose bounds (2m+1)*2^(e2-1) and, at a
 * power of two, (4m-1)*2^(e2-2) are integers with exactly e2-1 (e2-2) factors of two. Ties are
 * impossible there. Digits D*10^k can only equal a bound with as many factors of two, which the
 * last 15 digits decide (10^15 is a multiple of 2^15) unless D has 15 or more.
 */
function integerMayBeBound(a: number, digits: string, exp10: number, float4: boolean): boolean {
  let e2: number;
  if (float4) {
    floatBits.setFloat32(0, a);
    e2 = (floatBits.getUint32(0) >>> 23) - 150;
  } else {
    floatBits.setFloat64(0, a);
    e2 = (floatBits.getUint32(0) >>> 20) - 1075;
  }
  const k = exp10 - digits.length + 1;
  let tail = Number(digits.slice(-15));
  let twos = 0;
  while (twos < 15 && tail % 2 === 0) {
    tail /= 2;
    twos++;
  }
  if (twos === 15) return true;
  return k + twos === e2 - 1 || k + twos === e2 - 2;
}

/**
 * Ryu's result in exact arithmetic: the coarsest decimal scale with a multiple strictly inside
 * the rounding interval, and at that scale the multiple closest to the value (ties to even).
 */
function ryuShortest(a: number, float4: boolean): [digits: string, exp10: number] {
  let mantissa: bigint;
  let e2: number;
  let narrowBelow: boolean; // at a power of two the interval below is half as wide
  if (float4) {
    floatBits.setFloat32(0, a);
    const bits = floatBits.getUint32(0);
    const biased = bits >>> 23;
    mantissa = BigInt(biased ? (bits & 0x7fffff) | 0x800000 : bits & 0x7fffff);
    e2 = (biased || 1) - 150;
    narrowBelow = (bits & 0x7fffff) === 0 && biased > 1;
  } else {
    floatBits.setFloat64(0, a);
    const bits = floatBits.getBigUint64(0);
    const biased = Number(bits >> 52n);
    const fraction = bits & 0xfffffffffffffn;
    mantissa = biased ? fraction | 0x10000000000000n : fraction;
    e2 = (biased || 1) - 1075;
    narrowBelow = fraction === 0n && biased > 1;
  }
  // Everything in units of 2^(e2-2), a quarter of the value's spacing, so bounds are integers.
  const unit = e2 - 2;
  const value = mantissa << 2n;
  const upper = value + 2n;
  const lower = value - (narrowBelow ? 1n : 2n);
  const scaled = (units: bigint, k: number) => units * 2n ** BigInt(Math.max(unit, 0)) * 10n ** BigInt(Math.max(-k, 0));
  const scaleOf = (k: number) => 10n ** BigInt(Math.max(k, 0)) * 2n ** BigInt(Math.max(-unit, 0));
  let exp10 = Math.floor(Math.log10(a));
  if (scaled(value, exp10) < scaleOf(exp10)) exp10--;
  else if (scaled(value, exp10 + 1) >= scaleOf(exp10 + 1)) exp10++;
  for (let k = exp10; ; k--) {
    const v = scaled(value, k);
    const hi = scaled(upper, k);
    const lo = scaled(lower, k);
    const step = scaleOf(k);
    let q = v / step;
    const twiceRemainder = 2n * (v - q * step);
    if (twiceRemainder > step || (twiceRemainder === step && (q & 1n) === 1n)) q++;
    const other = q * step > v ? q - 1n : q + 1n;
    for (const candidate of [q, other]) {
      if (candidate * step > lo && candidate * step < hi) {
        const text = candidate.toString();
        return [text.replace(/0+$/, ''), k + text.length - 1];
      }
    }
  }
}

const FLOAT_SYNTAX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

// The other spellings strtod accepts, case-insensitively.
const FLOAT_WORDS = new Map<string, number>([
  ['nan', NaN],
  ['+nan', NaN],
  ['-nan', NaN],
  ['inf', Infinity],
  ['+inf', Infinity],
  ['infinity', Infinity],
  ['+infinity', Infinity],
  ['-inf', -Infinity],
  ['-infinity', -Infinity],
]);

/** strtod's hexadecimal float: `0x1F`, `0x1.8p3`. */
const HEX_FLOAT = /^([+-]?)0x(?=\.?[0-9a-f])([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

function hexFloat(s: string): number | undefined {
  const m = HEX_FLOAT.exec(s);
  if (!m) return undefined;
  const digits = (m[2] ?? '') + (m[3] ?? '');
  let mantissa = 0;
  for (const d of digits) mantissa = mantissa * 16 + parseInt(d, 16);
  const v = mantissa * 2 ** (Number(m[4] ?? 0) - 4 * (m[3] ?? '').length);
  return m[1] === '-' ? -v : v;
}

/** float8in's syntax; undefined if invalid. Overflow is not checked. */
export function parseFloatText(text: string): number | undefined {
  const s = text.trim();
  return FLOAT_SYNTAX.test(s) ? Number(s) : (hexFloat(s) ?? FLOAT_WORDS.get(s.toLowerCase()));
}

export function decodeFloatText(text: string, float4: boolean): SqliteValue {
  const typeLabel = float4 ? 'real' : 'double precision';
  const s = text.trim();
  const hex = FLOAT_SYNTAX.test(s) ? undefined : hexFloat(s);
  if (!FLOAT_SYNTAX.test(s) && hex === undefined) {
    const word = FLOAT_WORDS.get(s.toLowerCase());
    if (word === undefined) throw invalidSyntax(typeLabel, text);
    return word === word ? word : 'NaN';
  }
  const parsed = hex ?? Number(s);
  const v = float4 ? Math.fround(parsed) : parsed;
  // strtod reports overflow, and underflow to zero, as a range error.
  if (!Number.isFinite(v) || (v === 0 && hasNonZeroMantissa(s))) {
    throw new PgError(SqlState.numericValueOutOfRange, `"${text}" is out of range for type ${typeLabel}`);
  }
  return v;
}

function hasNonZeroMantissa(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101 || c === 69) return false;
    if (c >= 49 && c <= 57) return true;
  }
  return false;
}

/** C's rint(): round half to even, as PostgreSQL rounds floats to integers and fractions of seconds. */
export function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
