/**
 * xid, cid and xid8 (xid.c) in evsql's storage form: an SQLite INTEGER. Their input reads the text
 * as strtoul does, base 0 and unchecked, as PostgreSQL 15's xidin, cidin and xid8in do (`abc` is
 * 0, `-1` wraps round); an xid or cid keeps the low 32 bits. An xid8 past 2^63 - 1, which an
 * INTEGER cannot hold, is refused.
 */
import { PgError, SqlState } from '../errors.js';

const UINT64 = 2n ** 64n;

/** strtoul(text, NULL, 0): blanks, a sign, then hex after 0x, octal after 0, or decimal digits, as many as there are; past 2^64 - 1 that. */
function strtoul(text: string): bigint {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)?/.exec(text)!;
  const digits = m[2] ?? '0';
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  if (magnitude >= UINT64) return UINT64 - 1n;
  return m[1] === '-' ? (UINT64 - magnitude) % UINT64 : magnitude;
}

/** xidin and cidin: the value's low 32 bits. */
export function parseXid(text: string): bigint {
  return strtoul(text) & 0xffffffffn;
}

/** xid8in. */
export function parseXid8(text: string): bigint {
  const v = strtoul(text);
  if (v >= 2n ** 63n) throw new PgError(SqlState.featureNotSupported, 'xid8 values past 9223372036854775807 are not supported by evsql');
  return v;
}
