/**
 * PostgreSQL's assignment to a typed column, in evsql's storage convention (types/registry.ts): what
 * INSERT, UPDATE and DEFAULT store for a value. Text goes through the type's input function
 * ('true' into bool, '2024-01-02T03:04:05Z' into timestamptz, an upper-case uuid, jsonb with its
 * keys sorted); numbers are rounded to a numeric's scale or an integer and range-checked; varchar(n)
 * and char(n) refuse longer values, and char(n) keeps no trailing blanks (it is padded on output);
 * bit(n) refuses another length, varbit(n) a longer one.
 *
 * The translator applies it to literals while translating; the `pg_store` SQL function applies it
 * to everything else at run time. Pure: no I/O, no session state.
 */
import { PgError, SqlState } from './errors.js';
import { INT2, INT4, INT8, type IntegerType } from './types/integer.js';
import { applyNumericTypmod, decimalStorage, numericSpecial, roundDecimal, toDecimal } from './types/numeric.js';
import { OID, arrayElementOid, formatType, numericPrecision, numericScale, type SqliteValue } from './types/registry.js';
import { decodeTextParam, encodeText } from './types/text-format.js';
import { mapArrayElements } from './types/array.js';
import { parseTimetz, timeAtPrecision, timestampAtPrecision } from './types/timestamp.js';
import { formatTimetz, timetzAtPrecision } from './types/timetz.js';
import { intervalAtTypmod } from './types/interval.js';
import { assignBits, parseBitString } from './types/bit-string.js';
import { checkedCash, parseMoney } from './types/money.js';
import { checkedLsn, parseLsn } from './types/lsn.js';
import { parseXid, parseXid8 } from './types/xid.js';

/** The integer types by OID: their ranges and the names their range errors use. */
export const INTEGER_TYPES: Record<number, IntegerType> = { [OID.int2]: INT2, [OID.int4]: INT4, [OID.int8]: INT8 };

/** The stored form of `value` assigned to a column of type (oid, typmod). */
export function storeValue(value: SqliteValue, oid: number, typmod: number): SqliteValue {
  if (value === null) return null;
  switch (oid) {
    case OID.int2:
    case OID.int4:
    case OID.int8:
      return storeInteger(value, oid);
    case OID.numeric:
      return storeNumeric(value, typmod);
    case OID.float4:
    case OID.float8: {
      if (typeof value !== 'number' && typeof value !== 'bigint') return decodeTextParam(numericBlobText(value), oid);
      const n = Number(value);
      const stored = oid === OID.float4 ? Math.fround(n) : n;
      if (Number.isFinite(n) && !Number.isFinite(stored)) throw new PgError(SqlState.numericValueOutOfRange, 'value out of range: overflow');
      // float8_to_float4 refuses a nonzero value that rounds to zero as it refuses one past the range.
      if (stored === 0 && n !== 0) throw new PgError(SqlState.numericValueOutOfRange, 'value out of range: underflow');
      return stored;
    }
    case OID.bool:
      if (typeof value === 'bigint' || typeof value === 'number') return value ? 1n : 0n;
      return decodeTextParam(textOf(value), oid);
    case OID.text:
      return typeof value === 'string' ? value : textOf(value);
    case OID.name:
      return clippedName(typeof value === 'string' ? value : textOf(value));
    case OID.varchar:
      return storeCharacters(typeof value === 'string' ? value : textOf(value), typmod, false);
    case OID.bpchar:
      return storeCharacters(typeof value === 'string' ? value : textOf(value), typmod, true);
    case OID.bytea:
      return Buffer.isBuffer(value) ? value : decodeTextParam(textOf(value), oid);
    case OID.timestamp:
    case OID.timestamptz:
      return timestampAtPrecision(decodeTextParam(textOf(value), oid) as string, oid === OID.timestamptz, typmod);
    case OID.time:
      return timeAtPrecision(decodeTextParam(textOf(value), oid) as string, typmod);
    case OID.timetz:
      return formatTimetz(timetzAtPrecision(parseTimetz(textOf(value)), typmod));
    case OID.money:
      // A number here is already a count of cents: the translator casts other numbers to money first.
      return typeof value === 'bigint' ? checkedCash(value) : typeof value === 'number' ? checkedCash(BigInt(Math.round(value))) : parseMoney(textOf(value));
    case OID.xid:
    case OID.cid:
      return typeof value === 'bigint' || typeof value === 'number' ? BigInt(value) & 0xffffffffn : parseXid(textOf(value));
    case OID.xid8:
      return typeof value === 'bigint' || typeof value === 'number' ? BigInt(value) : parseXid8(textOf(value));
    case OID.pg_lsn:
      // A number here is a position already (pg_lsn has no cast from a number type), an array's element one of JSON's.
      return typeof value === 'bigint' || typeof value === 'number' ? checkedLsn(BigInt(value)) : parseLsn(textOf(value));
    case OID.bit:
    case OID.varbit:
      return assignBits(parseBitString(textOf(value)), typmod, oid === OID.bit);
    case OID.interval:
      // A field range reads the text's bare numbers ('3' into interval day to hour is 3 hours).
      return intervalAtTypmod(typmod < 0 ? (decodeTextParam(textOf(value), oid) as string) : textOf(value), typmod);
    default: {
      const element = arrayElementOid(oid);
      // An array parameter comes decoded to the column's storage (JSON) already; a literal is `{…}` or `[1:2]={…}`.
      const stored = typeof value === 'string' && element !== 0 && value.startsWith('[') && !/^\[-?\d+:/.test(value) ? value : typeof value === 'string' ? decodeTextParam(value, oid) : value;
      // An array column's typmod is its elements' (varchar(5)[] refuses a longer element).
      // An integer array takes a fraction rounded (ARRAY[2.5] into int[] is {3}), as each element's assignment does.
      const fractional = (element === OID.int2 || element === OID.int4 || element === OID.int8) && typeof stored === 'string' && /[.eE]/.test(stored);
      return element !== 0 && (typmod >= 0 || fractional) && typeof stored === 'string' ? mapArrayElements(stored, element, (e) => storeValue(fractional ? decodeTextParam(e, OID.numeric) : e, element, typmod)) : stored;
    }
  }
}

/** A numeric of more digits than a REAL keeps is a BLOB of its text (types/numeric.ts's storage form). */
function numericBlobText(value: SqliteValue): string {
  return Buffer.isBuffer(value) ? value.toString('latin1') : textOf(value);
}

function textOf(value: SqliteValue): string {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return encodeText(value, OID.bytea) ?? '';
  return encodeText(value, typeof value === 'number' ? OID.float8 : OID.int8) ?? '';
}

function storeInteger(value: SqliteValue, oid: number): SqliteValue {
  const range = INTEGER_TYPES[oid]!;
  let n: bigint;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new PgError(SqlState.numericValueOutOfRange, `${range.rangeLabel} out of range`);
    // A fractional number here is a numeric (floats are stored in float columns): numeric rounds half away from zero.
    n = BigInt(Math.sign(value) * Math.round(Math.abs(value)));
  } else if (Buffer.isBuffer(value)) {
    n = roundDecimal(toDecimal(value, -1)!, 0, false).units;
  } else {
    return decodeTextParam(textOf(value), oid);
  }
  if (n < range.min || n > range.max) throw new PgError(SqlState.numericValueOutOfRange, `${range.rangeLabel} out of range`);
  return n;
}

/** numeric(p,s): rounded to s fraction digits, at most p-s integer digits (numeric's apply_typmod). */
function storeNumeric(value: SqliteValue, typmod: number): SqliteValue {
  // A BLOB here is a numeric too many digits long for a REAL (types/numeric.ts's storage form).
  const stored = typeof value === 'string' || Buffer.isBuffer(value) ? decodeTextParam(numericBlobText(value), OID.numeric) : value;
  if (typmod >= 4 && (stored === 'Infinity' || stored === '-Infinity' || (typeof stored === 'number' && !Number.isFinite(stored) && !Number.isNaN(stored)))) {
    throw new PgError(SqlState.numericValueOutOfRange, 'numeric field overflow', {
      detail: `A field with precision ${numericPrecision(typmod)}, scale ${numericScale(typmod)} cannot hold an infinite value.`,
    });
  }
  if (typmod < 4 || stored === null || numericSpecial(stored)) return stored;
  const d = toDecimal(stored, -1);
  if (!d) return stored;
  return decimalStorage(applyNumericTypmod(d, numericPrecision(typmod), numericScale(typmod)));
}

/** A name keeps its first NAMEDATALEN - 1 (63) bytes, whole characters only (namein's pg_mbcliplen). */
export function clippedName(s: string): string {
  if (s.length <= 63 / 3 || Buffer.byteLength(s) <= 63) return s;
  let bytes = 0;
  let end = 0;
  for (const c of s) {
    bytes += Buffer.byteLength(c);
    if (bytes > 63) break;
    end += c.length;
  }
  return s.slice(0, end);
}

/** varchar(n) and char(n): longer values are an error unless the excess is blanks, which go. */
function storeCharacters(s: string, typmod: number, blankPadded: boolean): string {
  const trimmed = blankPadded ? s.replace(/ +$/, '') : s;
  const max = typmod - 4;
  if (max <= 0 || trimmed.length <= max) return trimmed;
  const chars = [...trimmed];
  if (chars.length <= max) return trimmed;
  if (chars.slice(max).every((c) => c === ' ')) return chars.slice(0, max).join('');
  throw new PgError(SqlState.stringDataRightTruncation, `value too long for type ${formatType(blankPadded ? OID.bpchar : OID.varchar, typmod)}`);
}

/** A stored value as an SQLite literal. */
export function sqlLiteral(v: SqliteValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return "'NaN'";
    if (!Number.isFinite(v)) return v > 0 ? '9e999' : '-9e999';
    const s = String(v);
    return /[.e]/.test(s) ? s : `${s}.0`;
  }
  if (Buffer.isBuffer(v)) return `X'${v.toString('hex')}'`;
  return `'${v.replace(/'/g, "''")}'`;
}
