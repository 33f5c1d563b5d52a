/**
 * PostgreSQL's numeric division, exactly: the result scale numeric_div picks (select_div_scale:
 * at least 16 significant digits, at least either operand's display scale), rounded half away
 * from zero. Used where a quotient or an average is a result column, whose text PostgreSQL prints
 * to that scale (`7.0 / 2` is 3.5000000000000000). Pure.
 */
import { PgError, SqlState } from './errors.js';
import type { SqliteValue } from './types.js';

/** units / 10^scale */
export interface Decimal {
  units: bigint;
  scale: number;
}

const NUMERIC_MIN_SIG_DIGITS = 16;
const NUMERIC_MAX_DISPLAY_SCALE = 1000;
const DEC_DIGITS = 4;

/**
 * A stored numeric as an exact decimal. `scale` is the display scale when the type tells it
 * (a numeric(p,s) column, an integer), else -1: the stored digits tell it.
 */
export function toDecimal(v: SqliteValue, scale: number): Decimal | null {
  let d: Decimal;
  if (typeof v === 'bigint') d = { units: v, scale: 0 };
  else if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    d = parseDecimal(String(v));
  } else if (typeof v === 'string') d = parseDecimal(v.trim());
  else return null;
  return scale >= 0 ? rescale(d, scale) : d;
}

function parseDecimal(s: string): Decimal {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(s);
  if (!m || (m[2] === '' && !m[3])) throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type numeric: "${s}"`);
  const frac = m[3] ?? '';
  let units = BigInt((m[2] || '0') + frac);
  let scale = frac.length - Number(m[4] ?? 0);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: m[1] === '-' ? -units : units, scale };
}

/** To `scale` fraction digits, rounding half away from zero. */
export function rescale(d: Decimal, scale: number): Decimal {
  if (scale >= d.scale) return { units: d.units * 10n ** BigInt(scale - d.scale), scale };
  return { units: roundDiv(d.units, 10n ** BigInt(d.scale - scale)), scale };
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
  const group = shift >= 0 ? a / 10n ** BigInt(shift) : a * 10n ** BigInt(-shift);
  return { weight, first: group % 10000n };
}

export function divide(a: Decimal, b: Decimal): Decimal {
  if (b.units === 0n) throw new PgError(SqlState.divisionByZero, 'division by zero');
  const x = baseDigits(a);
  const y = baseDigits(b);
  let qweight = x.weight - y.weight;
  if (x.first <= y.first) qweight--;
  let rscale = NUMERIC_MIN_SIG_DIGITS - qweight * DEC_DIGITS;
  rscale = Math.min(Math.max(rscale, a.scale, b.scale, 0), NUMERIC_MAX_DISPLAY_SCALE);
  const num = a.units * 10n ** BigInt(b.scale + rscale);
  const den = b.units * 10n ** BigInt(a.scale);
  return { units: roundDiv(num, den), scale: rscale };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale).units + rescale(b, scale).units, scale };
}

export function decimalText(d: Decimal): string {
  const neg = d.units < 0n;
  const digits = (neg ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const cut = digits.length - d.scale;
  return (neg ? '-' : '') + digits.slice(0, cut) + (d.scale > 0 ? '.' + digits.slice(cut) : '');
}
