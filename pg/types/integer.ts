/**
 * int2, int4, int8 and oid (and the reg* types, whose values are OIDs): their ranges, input as
 * pg_strtoint and oidin read it, and the rounding of a REAL stored where an integer belongs.
 */
import { PgError, SqlState } from '../errors.js';
import { formatFloat8, rint } from './float.js';
import { invalidSyntax, isSpace } from './input-syntax.js';
import type { ArrayValue, SqliteValue } from './registry.js';
import { scalarText } from './scalar-text.js';

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;
export const INT8_MIN = -(2n ** 63n);
export const INT8_MAX = 2n ** 63n - 1n;

export interface IntegerType {
  label: string; // the name PostgreSQL's input errors use
  rangeLabel: string; // the name its conversion errors use
  min: bigint;
  max: bigint;
}

export const INT2: IntegerType = { label: 'smallint', rangeLabel: 'smallint', min: -32768n, max: 32767n };
export const INT4: IntegerType = { label: 'integer', rangeLabel: 'integer', min: -2147483648n, max: 2147483647n };
export const INT8: IntegerType = { label: 'bigint', rangeLabel: 'bigint', min: INT8_MIN, max: INT8_MAX };
// oidin accepts negative input down to INT_MIN and keeps its unsigned bit pattern.
export const OIDT: IntegerType = { label: 'oid', rangeLabel: 'OID', min: -2147483648n, max: 4294967295n };

/** pg_strtoint16/32/64 and oidin: decimal digits with an optional sign, whitespace around. */
export function parseIntegerText(text: string, type: IntegerType): bigint {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const sign = text.charCodeAt(start);
  const neg = sign === 45;
  if (neg || sign === 43) start++;
  if (start === end) throw invalidSyntax(type.label, text);
  let acc = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) throw invalidSyntax(type.label, text);
    acc = acc * 10 + d;
  }
  // Up to 15 digits the double accumulator is exact.
  const magnitude = end - start <= 15 ? BigInt(acc) : BigInt(text.slice(start, end));
  const value = neg ? -magnitude : magnitude;
  if (value < type.min || value > type.max) {
    throw new PgError(SqlState.numericValueOutOfRange, `value "${text}" is out of range for type ${type.label}`);
  }
  return type === OIDT && value < 0n ? value + 4294967296n : value;
}

/** A stored value as an integer of the column's type, rounding a REAL as PostgreSQL's casts do. */
export function toInteger(value: SqliteValue | ArrayValue, type: IntegerType): bigint {
  let n: bigint;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number' && Number.isFinite(value)) n = BigInt(rint(value));
  else return parseIntegerText(scalarText(value), type);
  if (n < type.min || n > type.max) throw new PgError(SqlState.numericValueOutOfRange, `${type.rangeLabel} out of range`);
  return n;
}

export function integerText(value: number): string {
  if (!Number.isFinite(value)) return formatFloat8(value);
  // A REAL in an integer column (possible in SQLite): print it as the int cast would round it.
  const n = rint(value);
  return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
}
