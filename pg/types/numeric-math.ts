/**
 * numeric's sqrt, exp, ln, log and power as PostgreSQL 15 computes them (numeric.c): the result
 * scale each picks (at least 16 significant digits, at least the arguments' display scales, from
 * the same estimates of the result's weight), and the value rounded half away from zero at that
 * scale. Values are computed in BigInt fixed point with guard digits, so they are exact to the last
 * printed digit but for a true tie hidden beyond the guard digits. Pure.
 */
import { PgError, SqlState } from '../errors.js';
import { type Decimal, rescale } from './numeric.js';

const NUMERIC_MIN_SIG_DIGITS = 16;
const NUMERIC_MAX_DISPLAY_SCALE = 1000;
const NUMERIC_MAX_RESULT_SCALE = 2000;
const DEC_DIGITS = 4;
const GUARD = 12;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function clampScale(rscale: number): number {
  return Math.min(Math.max(rscale, 0), NUMERIC_MAX_DISPLAY_SCALE);
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** n / d rounded half away from zero. */
function roundDiv(n: bigint, d: bigint): bigint {
  const neg = n < 0n !== d < 0n;
  const [a, b] = [abs(n), abs(d)];
  const q = (a * 2n + b) / (b * 2n);
  return neg ? -q : q;
}

/** The base-10000 weight and leading digits of |d|, as numeric stores them. */
function baseDigits(d: Decimal): { weight: number; digits: number[] } {
  const a = abs(d.units);
  if (a === 0n) return { weight: 0, digits: [] };
  const s = a.toString();
  const intLen = s.length - d.scale;
  const int = intLen > 0 ? s.slice(0, intLen) : '';
  const frac = intLen > 0 ? s.slice(intLen) : '0'.repeat(-intLen) + s;
  const intPadded = '0'.repeat((DEC_DIGITS - (int.length % DEC_DIGITS)) % DEC_DIGITS) + int;
  const all = intPadded + frac + '0'.repeat((DEC_DIGITS - (frac.length % DEC_DIGITS)) % DEC_DIGITS);
  const groups: number[] = [];
  for (let i = 0; i < all.length; i += DEC_DIGITS) groups.push(Number(all.slice(i, i + DEC_DIGITS)));
  let weight = intPadded.length / DEC_DIGITS - 1;
  let first = 0;
  while (groups[first] === 0) {
    first++;
    weight--;
  }
  let end = groups.length;
  while (end > first && groups[end - 1] === 0) end--;
  return { weight, digits: groups.slice(first, end) };
}

/** numeric.c's estimate_ln_dweight: the decimal weight of ln(d), roughly. */
function estimateLnDweight(d: Decimal): number {
  if (d.units <= 0n) return 0;
  const one = pow10(d.scale);
  const tenth = pow10(d.scale) / 10n;
  if (d.scale >= 1 && d.units >= 9n * tenth && d.units <= 11n * tenth) {
    const x = baseDigits({ units: d.units - one, scale: d.scale });
    return x.digits.length > 0 ? x.weight * DEC_DIGITS + Math.trunc(Math.log10(x.digits[0]!)) : 0;
  }
  if (d.scale === 0 && d.units === 1n) return 0;
  const { weight, digits } = baseDigits(d);
  let lead = digits[0]!;
  let dweight = weight * DEC_DIGITS;
  if (digits.length > 1) {
    lead = lead * 10000 + digits[1]!;
    dweight -= DEC_DIGITS;
  }
  const ln = Math.log(lead) + dweight * 2.302585092994046;
  return Math.trunc(Math.log10(Math.abs(ln)));
}

/** A double near d, for the estimates that pick scales. */
function approx(d: Decimal): number {
  const s = abs(d.units).toString();
  const exp = s.length - 1 - d.scale;
  const x = Number(`${s[0]}.${s.slice(1, 17) || '0'}e${exp}`);
  return d.units < 0n ? -x : x;
}

/** log10 |d| of a nonzero d, also where d is beyond a double's range (1e-400, whose approx is 0). */
function approxLog10(d: Decimal): number {
  const s = abs(d.units).toString();
  return s.length - 1 - d.scale + Math.log10(Number(`${s[0]}.${s.slice(1, 17) || '0'}`));
}

// ---------------------------------------------------------------------------- fixed point

/** floor(sqrt(n)) for n >= 0. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Beyond a double's range the first guess is a power of two of half the bits.
  const guess = Math.floor(Math.sqrt(Number(n)));
  const x0 = Number.isFinite(guess) ? BigInt(guess) : 0n;
  let x = x0 === 0n ? 1n << BigInt(Math.ceil(n.toString(2).length / 2)) : x0;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x - 1n && y <= x + 1n) {
      x = y;
      break;
    }
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** ln(x) of a positive fixed-point x (scale w), at scale w; accurate to a few units of the last digit. */
function lnFixed(x: bigint, w: number): bigint {
  // x = m · 10^e with m in [1, 10): ln x = ln m + e · ln 10.
  const e = x.toString().length - 1 - w;
  const m = e >= 0 ? roundDiv(x, pow10(e)) : x * pow10(-e);
  const lnM = lnNearOne(m, w);
  return e === 0 ? lnM : lnM + BigInt(e) * ln10(w);
}

const ln10Cache = new Map<number, bigint>();

function ln10(w: number): bigint {
  let v = ln10Cache.get(w);
  if (v === undefined) {
    // Its error is multiplied by the exponent: computed with more digits, then rounded.
    v = roundDiv(lnNearOne(10n * pow10(w + 10), w + 10), pow10(10));
    ln10Cache.set(w, v);
  }
  return v;
}

/** ln of m in [1, 10] at scale w: square roots bring m near 1, then 2·atanh((m−1)/(m+1)). */
function lnNearOne(m: bigint, w: number): bigint {
  const extra = 8;
  const wp = w + extra;
  let x = m * pow10(extra);
  const one = pow10(wp);
  const near = one / 100n;
  let halvings = 0;
  while (abs(x - one) > near) {
    x = isqrt(x * one);
    halvings++;
  }
  const z = ((x - one) * one) / (x + one);
  const z2 = (z * z) / one;
  let term = z;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * z2) / one;
  }
  return roundDiv(sum * (2n << BigInt(halvings)), pow10(extra));
}

/** exp(x) of a fixed-point x (scale w) at scale w, x >= 0. */
function expFixed(x: bigint, w: number): bigint {
  const one = pow10(w);
  // exp(x) = exp(x / 2^k)^(2^k), with x / 2^k below 0.01.
  let k = 0;
  let y = x;
  while (y > one / 100n) {
    y >>= 1n;
    k++;
  }
  let term = one;
  let sum = 0n;
  for (let i = 1n; term !== 0n; i++) {
    sum += term;
    term = (term * y) / (one * i);
  }
  for (let i = 0; i < k; i++) sum = (sum * sum) / one;
  return sum;
}

// ---------------------------------------------------------------------------- the functions

function toFixed(d: Decimal, w: number): bigint {
  return rescale(d, w).units;
}

function fromFixed(v: bigint, w: number, rscale: number): Decimal {
  return { units: roundDiv(v, pow10(w - rscale)), scale: rscale };
}

/** numeric_sqrt. */
export function sqrtNumeric(d: Decimal): Decimal {
  if (d.units < 0n) throw new PgError(SqlState.invalidArgumentForPowerFunction, 'cannot take square root of a negative number');
  const { weight } = baseDigits(d);
  const sweight = Math.trunc(((d.units === 0n ? 0 : weight) + 1) * DEC_DIGITS / 2) - 1;
  const rscale = clampScale(Math.max(NUMERIC_MIN_SIG_DIGITS - sweight, d.scale));
  // floor at one more digit, then half away from zero: the exact root rounded.
  const root = isqrt(rescale(d, 2 * (rscale + 1)).units);
  return { units: (root + 5n) / 10n, scale: rscale };
}

function checkLogArgument(d: Decimal): void {
  if (d.units === 0n) throw new PgError(SqlState.invalidArgumentForLog, 'cannot take logarithm of zero');
  if (d.units < 0n) throw new PgError(SqlState.invalidArgumentForLog, 'cannot take logarithm of a negative number');
}

/** Working digits for ln(d) to `rscale` digits: ln's error grows with |ln d|'s integer digits. */
function lnAt(d: Decimal, rscale: number): { value: bigint; w: number } {
  const w = rscale + GUARD + Math.max(0, -Math.floor(approxLog10(d)));
  return { value: lnFixed(toFixed(d, w), w), w };
}

/** numeric_ln. */
export function lnNumeric(d: Decimal): Decimal {
  checkLogArgument(d);
  const rscale = clampScale(Math.max(NUMERIC_MIN_SIG_DIGITS - estimateLnDweight(d), d.scale));
  const { value, w } = lnAt(d, rscale);
  return fromFixed(value, w, rscale);
}

/** numeric_log: log of num in base; log10 is base 10 at scale 0. */
export function logNumeric(base: Decimal, num: Decimal): Decimal {
  checkLogArgument(base);
  checkLogArgument(num);
  // ln(1) is 0: the division by it fails as PostgreSQL's does.
  if (base.units === pow10(base.scale)) throw new PgError(SqlState.divisionByZero, 'division by zero');
  const rscale = clampScale(Math.max(NUMERIC_MIN_SIG_DIGITS - (estimateLnDweight(num) - estimateLnDweight(base)), base.scale, num.scale));
  // ln(base) near zero divides: digits enough for the quotient's rscale relative to it.
  const lnBaseWeight = Math.max(Math.floor(Math.log10(Math.abs(approxLog10(base) * Math.LN10) || 1e-300)), -300);
  const p = rscale + GUARD + Math.max(0, -lnBaseWeight) + Math.max(0, Math.ceil(Math.log10(Math.abs(approxLog10(num) * Math.LN10) + 1)));
  const a = lnAt(num, p);
  const b = lnAt(base, p);
  const lnNum = rescale({ units: a.value, scale: a.w }, p).units;
  const lnBase = rescale({ units: b.value, scale: b.w }, p).units;
  return { units: roundDiv(lnNum * pow10(rscale), lnBase), scale: rscale };
}

/** exp of a fixed-point value at scale w, to `rscale` digits; the value's own sign handled. */
function expTo(x: bigint, w: number, rscale: number): Decimal {
  if (x >= 0n) return fromFixed(expFixed(x, w), w, rscale);
  const big = expFixed(-x, w);
  return { units: roundDiv(pow10(w + rscale), big), scale: rscale };
}

function checkExpRange(estimate: number): void {
  if (estimate > NUMERIC_MAX_RESULT_SCALE * 3) throw new PgError(SqlState.numericValueOutOfRange, 'value overflows numeric format');
}

/** numeric_exp. */
export function expNumeric(d: Decimal): Decimal {
  const x = approx(d);
  checkExpRange(x);
  const dweight = Math.trunc(Math.min(Math.max(x * 0.434294481903252, -NUMERIC_MAX_RESULT_SCALE), NUMERIC_MAX_RESULT_SCALE));
  const rscale = clampScale(Math.max(NUMERIC_MIN_SIG_DIGITS - dweight, d.scale));
  // exp's relative error is the argument's absolute one: digits for the result's integer part too.
  const w = rscale + GUARD + Math.max(0, Math.ceil(x * 0.434294481903252));
  return expTo(toFixed(d, w), w, rscale);
}

/** numeric_power (and numeric's ^). */
export function powerNumeric(base: Decimal, exp: Decimal): Decimal {
  if (base.units === 0n && exp.units < 0n) throw new PgError(SqlState.invalidArgumentForPowerFunction, 'zero raised to a negative power is undefined');
  const integral = exp.units % pow10(exp.scale) === 0n;
  if (base.units < 0n && !integral) {
    throw new PgError(SqlState.invalidArgumentForPowerFunction, 'a negative number raised to a non-integer power yields a complex result');
  }
  const n = integral ? exp.units / pow10(exp.scale) : 0n;
  if (integral && n >= -2147483648n && n <= 2147483647n) {
    const rscale = clampScale(Math.max(NUMERIC_MIN_SIG_DIGITS, base.scale));
    if (n === 0n) return { units: pow10(rscale), scale: rscale };
    // Zero has no logarithm to size the result by (it was a false 22003): zero at that scale.
    if (base.units === 0n) return { units: 0n, scale: rscale };
    const count = n < 0n ? -n : n;
    // log10 of the result's magnitude: a result too small for rscale is zero, one too large 22003.
    const resultLog10 = Number(n) * approxLog10(base);
    if (resultLog10 < -rscale - 2) return { units: 0n, scale: rscale };
    checkExpRange(resultLog10 / 0.434294481903252);
    // The exact power while its digits stay few; past that, exp(n · ln |b|) to rscale, as power_var_int's rounding would.
    if (String(base.units).length * Number(count) > MAX_EXACT_POWER_DIGITS) {
      const odd = base.units < 0n && count % 2n === 1n;
      const r = expOfProduct({ units: base.units < 0n ? -base.units : base.units, scale: base.scale }, exp, resultLog10 / 0.434294481903252, rscale);
      return odd ? { units: -r.units, scale: r.scale } : r;
    }
    const p = (a: Decimal) => ({ units: a.units ** count, scale: a.scale * Number(count) });
    if (n > 0n) return rescale(p(base), rscale);
    const denominator = p(base);
    return { units: roundDiv(pow10(denominator.scale + rscale), denominator.units), scale: rscale };
  }
  if (base.units === 0n) return { units: 0n, scale: NUMERIC_MIN_SIG_DIGITS };
  // A negative base has an integral exponent past int4's range here: |b|'s power, negative when the exponent is odd (power_var).
  const odd = base.units < 0n && (exp.units / pow10(exp.scale)) % 2n !== 0n;
  const magnitude = base.units < 0n ? { units: -base.units, scale: base.scale } : base;
  const lnBase = approxLog10(magnitude) * Math.LN10;
  const product = lnBase * approx(exp);
  checkExpRange(Math.abs(product) / 3.01);
  if (Math.abs(product) > NUMERIC_MAX_RESULT_SCALE * 3.01) return { units: 0n, scale: NUMERIC_MAX_DISPLAY_SCALE };
  const dweight = Math.trunc(product * 0.434294481903252);
  const r = expOfProduct(magnitude, exp, product, clampScale(Math.max(NUMERIC_MIN_SIG_DIGITS - dweight, base.scale, exp.scale)));
  return odd ? { units: -r.units, scale: r.scale } : r;
}

/** The most digits an integral power is computed exactly with before it is exp(n · ln b). */
const MAX_EXACT_POWER_DIGITS = 20_000;

/** exp(e · ln b) of a positive base to rscale digits, `product` estimating e · ln b: ln b to the digits the product and then exp need. */
function expOfProduct(base: Decimal, exp: Decimal, product: number, rscale: number): Decimal {
  const w = rscale + GUARD + Math.max(0, Math.ceil(product * 0.434294481903252)) + Math.max(0, Math.ceil(Math.log10(Math.abs(approx(exp)) + 1)));
  const { value, w: lw } = lnAt(base, w);
  const lnB = rescale({ units: value, scale: lw }, w).units;
  const x = roundDiv(lnB * exp.units, pow10(exp.scale));
  return expTo(x, w, rscale);
}
