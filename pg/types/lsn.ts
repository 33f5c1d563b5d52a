/**
 * pg_lsn (pg_lsn.c) in evsql's storage form: the WAL position as an SQLite INTEGER, so SQLite
 * compares, sorts, indexes, takes min and max of and subtracts positions as PostgreSQL does.
 * An INTEGER is signed: a position past 7FFFFFFF/FFFFFFFF (2^63 bytes of WAL, which no server
 * writes) is refused rather than stored out of order.
 */
import { PgError, SqlState } from '../errors.js';

const UINT64_MAX = 2n ** 64n - 1n;
const STORED_MAX = 2n ** 63n - 1n;

/** A position in range, as pg_lsn_pli and pg_lsn_mii check it (22023); past what an INTEGER holds, 0A000. */
export function checkedLsn(v: bigint): bigint {
  if (v < 0n || v > UINT64_MAX) throw new PgError(SqlState.invalidParameterValue, 'pg_lsn out of range');
  if (v > STORED_MAX) throw new PgError(SqlState.featureNotSupported, 'pg_lsn values past 7FFFFFFF/FFFFFFFF are not supported by evsql');
  return v;
}

/** pg_lsn_in: one to eight hex digits, a slash, one to eight more; nothing around them. */
export function parseLsn(text: string): bigint {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text);
  if (!m) throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type pg_lsn: "${text}"`);
  return checkedLsn((BigInt(`0x${m[1]}`) << 32n) | BigInt(`0x${m[2]}`));
}

/** pg_lsn_out: the high and low 32 bits in upper-case hex (`16/B374D848`). */
export function formatLsn(v: bigint): string {
  return `${(v >> 32n).toString(16).toUpperCase()}/${(v & 0xffffffffn).toString(16).toUpperCase()}`;
}
