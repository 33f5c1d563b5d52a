/**
 * pg_lsn's arithmetic (pg_lsn.c) over positions stored as integers (pg/types/lsn.ts), for
 * dialect/translate/lsn.ts.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import { checkedLsn, parseLsn } from '../../pg/types/lsn.js';
import { roundDecimal, toDecimal } from '../../pg/types/numeric.js';
import type { SqliteValue } from '../../pg/types/registry.js';

export function registerLsnFunctions(db: Database.Database): void {
  const options = { deterministic: true, safeIntegers: true };
  // A position, or the text of one (pg_wal_lsn_diff('0/3000060', …) reads its literals as pg_lsn).
  db.function('pg_lsn_value', options, (v: SqliteValue) => (v === null ? null : typeof v === 'bigint' ? v : parseLsn(String(v))));
  // pg_lsn_pli / pg_lsn_mii: the position plus or minus a number of bytes, as a numeric sum rounded to a position.
  db.function('pg_lsn_add', options, (lsn: SqliteValue, bytes: SqliteValue, sign: SqliteValue) => {
    if (lsn === null || bytes === null) return null;
    const d = toDecimal(bytes, -1);
    if (!d) throw new PgError(SqlState.featureNotSupported, Number(sign) > 0 ? 'cannot add NaN to pg_lsn' : 'cannot subtract NaN from pg_lsn');
    const sum = { units: BigInt(lsn as bigint) * 10n ** BigInt(d.scale) + BigInt(sign as bigint) * d.units, scale: d.scale };
    return checkedLsn(roundDecimal(sum, 0, false).units);
  });
}
