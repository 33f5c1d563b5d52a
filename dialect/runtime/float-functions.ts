/**
 * float8's arithmetic and math functions with PostgreSQL's checks (float.c): a finite computation
 * whose result overflows to an infinity, or underflows to zero, raises 22003 where SQLite answers
 * Infinity or 0; sqrt, ln, log and power refuse the arguments PostgreSQL refuses (2201E, 2201F)
 * where SQLite answers NULL; cbrt is glibc's, whose last digit PostgreSQL prints. The aggregates
 * avg (outside windows), variance and stddev accumulate as float8_accum does (Youngs-Cramer),
 * which is where PostgreSQL notices their overflow. A NaN is stored as the text 'NaN' (types/registry.ts).
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';

function float(v: SqliteValue): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(text(v));
}

function stored(x: number): SqliteValue {
  return x !== x ? 'NaN' : x;
}

function overflow(): PgError {
  return new PgError(SqlState.numericValueOutOfRange, 'value out of range: overflow');
}

function underflow(): PgError {
  return new PgError(SqlState.numericValueOutOfRange, 'value out of range: underflow');
}

/** float.c's check: an infinite result of finite inputs overflowed; a zero one (where zero cannot come out) underflowed. */
function checked(result: number, args: number[], zeroPossible: boolean): number {
  if (!Number.isFinite(result) && result === result && args.every(Number.isFinite)) throw overflow();
  if (result === 0 && !zeroPossible) throw underflow();
  return result;
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which is not correctly rounded: cbrt(27) is 3.0000000000000004. */
export function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  // frexp: |x| = xm · 2^xe with xm in [0.5, 1).
  let xe = Math.floor(Math.log2(Math.abs(x))) + 1;
  let xm = Math.abs(x) / 2 ** xe;
  if (xm >= 1) {
    xm /= 2;
    xe++;
  } else if (xm < 0.5) {
    xm *= 2;
    xe--;
  }
  const u =
    0.354895765043919860 +
    (1.50819193781584896 +
      (-2.11499494167371287 + (2.44693122563534430 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  const r = ym * 2 ** Math.trunc(xe / 3);
  return x < 0 ? -r : r;
}

function mathFunction(name: string, a: number, b: number): number {
  switch (name) {
    case 'abs':
      return Math.abs(a);
    case 'floor':
      return Math.floor(a);
    case 'ceil':
      return Math.ceil(a);
    case 'trunc':
      return Math.trunc(a);
    case 'sign':
      // dsign: a NaN is neither above nor below zero.
      return a > 0 ? 1 : a < 0 ? -1 : 0;
    case 'sqrt':
      if (a < 0) throw new PgError(SqlState.invalidArgumentForPowerFunction, 'cannot take square root of a negative number');
      return checked(Math.sqrt(a), [a], a === 0);
    case 'cbrt':
      return checked(glibcCbrt(a), [a], a === 0);
    case 'exp':
      return checked(Math.exp(a), [a], a === -Infinity);
    case 'ln':
    case 'log10':
      if (a === 0) throw new PgError(SqlState.invalidArgumentForLog, 'cannot take logarithm of zero');
      if (a < 0) throw new PgError(SqlState.invalidArgumentForLog, 'cannot take logarithm of a negative number');
      return checked(name === 'ln' ? Math.log(a) : Math.log10(a), [a], true);
    case 'power': {
      if (a === 0 && b < 0) throw new PgError(SqlState.invalidArgumentForPowerFunction, 'zero raised to a negative power is undefined');
      if (a < 0 && Number.isFinite(b) && Math.floor(b) !== b) {
        throw new PgError(SqlState.invalidArgumentForPowerFunction, 'a negative number raised to a non-integer power yields a complex result');
      }
      // pow(1, NaN), pow(NaN, 0) and pow(-1, ±Inf) are 1 (POSIX, as PostgreSQL keeps; JavaScript's is NaN for the last).
      if (a === 1 || b === 0 || (a === -1 && (b === Infinity || b === -Infinity))) return 1;
      return checked(Math.pow(a, b), [a, b], a === 0 || !Number.isFinite(b) || !Number.isFinite(a));
    }
    default:
      throw new PgError(SqlState.undefinedFunction, `function ${name}(double precision) does not exist`);
  }
}

function arithmetic(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return checked(a + b, [a, b], true);
    case '-':
      return checked(a - b, [a, b], true);
    case '/':
      // float8_div: zero divides nothing but NaN; an infinite divisor may give 0 without underflow.
      if (b === 0 && !Number.isNaN(a)) throw new PgError(SqlState.divisionByZero, 'division by zero');
      return checked(a / b, [a, b], a === 0 || !Number.isFinite(b));
    default:
      return checked(a * b, [a, b], a === 0 || b === 0);
  }
}

/** float8_accum's transition: N, Sx, Sxx (the sum of squared differences from the mean, accumulated exactly so). */
interface Accum {
  n: number;
  sx: number;
  sxx: number;
}

function accumulate(state: Accum, v: SqliteValue): Accum {
  if (v === null) return state;
  const x = float(v);
  const n = state.n + 1;
  const sx = state.sx + x;
  let sxx = state.sxx;
  if (state.n > 0) {
    const tmp = x * n - sx;
    sxx += (tmp * tmp) / (n * state.n);
    if (!Number.isFinite(sx) || !Number.isFinite(sxx)) {
      if (Number.isFinite(state.sx) && Number.isFinite(x)) throw overflow();
      sxx = NaN;
    }
  } else {
    if (!Number.isFinite(sx) && Number.isFinite(state.sx) && Number.isFinite(x)) throw overflow();
    if (!Number.isFinite(x)) sxx = NaN;
  }
  return { n, sx, sxx };
}

/** The two-variable sums of float8_regr_accum (Youngs-Cramer): Y is the aggregates' first argument. */
interface RegrAccum {
  n: number;
  sx: number;
  sxx: number;
  sy: number;
  syy: number;
  sxy: number;
}

function accumulateRegr(state: RegrAccum, yValue: SqliteValue, xValue: SqliteValue): RegrAccum {
  if (yValue === null || xValue === null) return state;
  const x = float(xValue);
  const y = float(yValue);
  const n = state.n + 1;
  const sx = state.sx + x;
  const sy = state.sy + y;
  let { sxx, syy, sxy } = state;
  if (state.n > 0) {
    const tmpX = x * n - sx;
    const tmpY = y * n - sy;
    const scale = 1 / (n * state.n);
    sxx += tmpX * tmpX * scale;
    syy += tmpY * tmpY * scale;
    sxy += tmpX * tmpY * scale;
    if (![sx, sxx, sy, syy, sxy].every(Number.isFinite)) {
      const finite = Number.isFinite;
      if (((!finite(sx) || !finite(sxx)) && finite(state.sx) && finite(x)) || ((!finite(sy) || !finite(syy)) && finite(state.sy) && finite(y)) || (!finite(sxy) && finite(state.sx) && finite(x) && finite(state.sy) && finite(y))) throw overflow();
      if (!finite(sxx)) sxx = NaN;
      if (!finite(syy)) syy = NaN;
      if (!finite(sxy)) sxy = NaN;
    }
  } else {
    if (!Number.isFinite(x)) sxx = sxy = NaN;
    if (!Number.isFinite(y)) syy = sxy = NaN;
  }
  return { n, sx, sxx, sy, syy, sxy };
}

/** The final functions of PostgreSQL's SQL:2003 binary aggregates (float8_corr, float8_regr_slope, …). */
const REGRESSION: Record<string, (s: RegrAccum) => number | null> = {
  pg_corr: (s) => (s.n < 1 || s.sxx === 0 || s.syy === 0 ? null : s.sxy / Math.sqrt(s.sxx * s.syy)),
  pg_covar_pop: (s) => (s.n < 1 ? null : s.sxy / s.n),
  pg_covar_samp: (s) => (s.n < 2 ? null : s.sxy / (s.n - 1)),
  pg_regr_avgx: (s) => (s.n < 1 ? null : s.sx / s.n),
  pg_regr_avgy: (s) => (s.n < 1 ? null : s.sy / s.n),
  pg_regr_intercept: (s) => (s.n < 1 || s.sxx === 0 ? null : (s.sy - (s.sx * s.sxy) / s.sxx) / s.n),
  pg_regr_r2: (s) => (s.n < 1 || s.sxx === 0 ? null : s.syy === 0 ? 1 : (s.sxy * s.sxy) / (s.sxx * s.syy)),
  pg_regr_slope: (s) => (s.n < 1 || s.sxx === 0 ? null : s.sxy / s.sxx),
  pg_regr_sxx: (s) => (s.n < 1 ? null : s.sxx),
  pg_regr_sxy: (s) => (s.n < 1 ? null : s.sxy),
  pg_regr_syy: (s) => (s.n < 1 ? null : s.syy),
};

/**
 * float.c's checks around a trigonometric function SQLite computed (`result`, NULL where the C
 * library's was NaN): NaN in gives NaN; an argument outside the function's domain is 22003.
 */
function trigonometry(name: string, args: number[], result: SqliteValue): SqliteValue {
  if (args.some((x) => x !== x)) return 'NaN';
  const x = args[0]!;
  const outOfRange = () => new PgError(SqlState.numericValueOutOfRange, 'input is out of range');
  if ((name === 'asin' || name === 'acos' || name === 'atanh') && (x < -1 || x > 1)) throw outOfRange();
  if (name === 'acosh' && x < 1) throw outOfRange();
  if ((name === 'sin' || name === 'cos' || name === 'tan' || name === 'cot') && !Number.isFinite(x)) throw outOfRange();
  if (name === 'atanh' && (x === 1 || x === -1)) return x * Infinity;
  if (result === null) throw outOfRange();
  // cot is 1/tan, infinite at 0 (float.c does not call that an overflow).
  return stored(name === 'cot' ? 1 / float(result) : float(result));
}

/**
 * float.c's trigonometry in degrees: the argument is reduced to the first quadrant and the result
 * scaled by the function's value at 30, 45 or 60 degrees, so that those angles give exact values
 * (sind(30) is 0.5, tand(45) is 1). The C library's functions are V8's here, not glibc's: they
 * agree but for a rare last bit.
 */
const RADIANS_PER_DEGREE = 0.0174532925199432957692;
const SIN_30 = Math.sin(30 * RADIANS_PER_DEGREE);
const ONE_MINUS_COS_60 = 1 - Math.cos(60 * RADIANS_PER_DEGREE);
const ASIN_0_5 = Math.asin(0.5);
const ACOS_0_5 = Math.acos(0.5);
const ATAN_1_0 = Math.atan(1);
const sind0To30 = (x: number) => Math.sin(x * RADIANS_PER_DEGREE) / SIN_30 / 2;
const cosd0To60 = (x: number) => 1 - (1 - Math.cos(x * RADIANS_PER_DEGREE)) / ONE_MINUS_COS_60 / 2;
const sindQ1 = (x: number) => (x <= 30 ? sind0To30(x) : cosd0To60(90 - x));
const cosdQ1 = (x: number) => (x <= 60 ? cosd0To60(x) : sind0To30(90 - x));
const asindQ1 = (x: number) => (x <= 0.5 ? (Math.asin(x) / ASIN_0_5) * 30 : 90 - (Math.acos(x) / ACOS_0_5) * 60);
const acosdQ1 = (x: number) => (x <= 0.5 ? 90 - (Math.asin(x) / ASIN_0_5) * 30 : (Math.acos(x) / ACOS_0_5) * 60);
const TAN_45 = sindQ1(45) / cosdQ1(45);
const COT_45 = cosdQ1(45) / sindQ1(45);

function degreeTrigonometry(name: string, x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  const outOfRange = () => new PgError(SqlState.numericValueOutOfRange, 'input is out of range');
  switch (name) {
    case 'asind':
    case 'acosd':
      if (x < -1 || x > 1) throw outOfRange();
      if (name === 'asind') return x >= 0 ? asindQ1(x) : -asindQ1(-x);
      return x >= 0 ? acosdQ1(x) : 90 + asindQ1(-x);
    case 'atand':
      return (Math.atan(x) / ATAN_1_0) * 45;
    case 'atan2d':
      return (Math.atan2(x, y) / ATAN_1_0) * 45;
  }
  if (!Number.isFinite(x)) throw outOfRange();
  // Reduced to [0, 90] with the sign the symmetries give each function.
  let a = x % 360;
  let sign = 1;
  const odd = name !== 'cosd';
  if (a < 0) {
    a = -a;
    if (odd) sign = -sign;
  }
  if (a > 180) {
    a = 360 - a;
    if (odd) sign = -sign;
  }
  if (a > 90) {
    a = 180 - a;
    if (name !== 'sind') sign = -sign;
  }
  switch (name) {
    case 'sind':
      return sign * sindQ1(a);
    case 'cosd':
      return sign * cosdQ1(a);
    default: {
      // tand(180) and cotd(270) may come out as -0; float.c makes them 0.
      const r = sign * (name === 'tand' ? sindQ1(a) / cosdQ1(a) / TAN_45 : cosdQ1(a) / sindQ1(a) / COT_45);
      return r === 0 ? 0 : r;
    }
  }
}

export function registerFloatFunctions(db: Database.Database): void {
  const options = { deterministic: true, safeIntegers: true, varargs: true };
  db.function('pg_trig', options, ((name: SqliteValue, ...rest: SqliteValue[]) => {
    const result = rest.pop()!;
    return rest.some((a) => a === null) ? null : trigonometry(text(name), rest.map(float), result);
  }) as (...args: unknown[]) => unknown);
  db.function('pg_trigd', options, ((name: SqliteValue, a: SqliteValue, b: SqliteValue = 0n) =>
    a === null || b === null ? null : stored(degreeTrigonometry(text(name), float(a), float(b)))) as (...args: unknown[]) => unknown);
  db.function('pg_float_math', options, ((name: SqliteValue, a: SqliteValue, b: SqliteValue = 0n) =>
    a === null || b === null ? null : stored(mathFunction(text(name), float(a), float(b)))) as (...args: unknown[]) => unknown);
  // `single`: float4 arithmetic, whose result is the double's rounding to float4 (exact for + - * /),
  // and which overflows or underflows at float4's range (float4_mul's checks).
  db.function('pg_float_arith', options, ((op: SqliteValue, a: SqliteValue, b: SqliteValue, single: SqliteValue = 0n) => {
    if (a === null || b === null) return null;
    const x = arithmetic(text(op), float(a), float(b));
    if (!single) return stored(x);
    const f = Math.fround(x);
    if (!Number.isFinite(f) && Number.isFinite(x)) throw overflow();
    if (f === 0 && x !== 0) throw underflow();
    return stored(f);
  }) as (...args: unknown[]) => unknown);
  const results: Record<string, (s: Accum) => number | null> = {
    pg_float_accum_avg: (s) => (s.n === 0 ? null : s.sx / s.n),
    pg_float_var_samp: (s) => (s.n <= 1 ? null : s.sxx / (s.n - 1)),
    pg_float_var_pop: (s) => (s.n === 0 ? null : s.sxx / s.n),
    pg_float_stddev_samp: (s) => (s.n <= 1 ? null : Math.sqrt(s.sxx / (s.n - 1))),
    pg_float_stddev_pop: (s) => (s.n === 0 ? null : Math.sqrt(s.sxx / s.n)),
  };
  for (const [name, result] of Object.entries(REGRESSION)) {
    db.aggregate<RegrAccum>(name, {
      start: () => ({ n: 0, sx: 0, sxx: 0, sy: 0, syy: 0, sxy: 0 }),
      step: accumulateRegr as never,
      result: (state) => {
        const r = result(state);
        return r === null ? null : stored(r);
      },
      safeIntegers: true,
    });
  }
  db.aggregate<number>('pg_regr_count', { start: 0, step: ((n: number, y: SqliteValue, x: SqliteValue) => (y === null || x === null ? n : n + 1)) as never, result: (n) => BigInt(n), safeIntegers: true });
  for (const [name, result] of Object.entries(results)) {
    db.aggregate<Accum>(name, {
      start: () => ({ n: 0, sx: 0, sxx: 0 }),
      step: accumulate as never,
      result: (state) => {
        const r = result(state);
        return r === null ? null : stored(r);
      },
      safeIntegers: true,
    });
  }
}
