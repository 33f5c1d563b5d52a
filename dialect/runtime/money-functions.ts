/**
 * money's casts, arithmetic and cash_words (cash.c) over cent counts (pg/types/money.ts), for
 * dialect/translate/money.ts.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import { checkedCash, moneyDivided, moneyNumericText, moneyRatio, moneyTimesFloat, moneyTimesInteger, moneyWords } from '../../pg/types/money.js';
import { decimalStorage, roundDecimal, toDecimal } from '../../pg/types/numeric.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';

const cents = (v: SqliteValue) => BigInt(v as bigint);
/** A number operand as SQLite holds it: an integer, a REAL, or a numeric's BLOB of digits. */
const float = (v: SqliteValue) => Number(typeof v === 'bigint' || typeof v === 'number' ? v : text(v));

export function registerMoneyFunctions(db: Database.Database): void {
  const options = { deterministic: true, safeIntegers: true, varargs: true };
  const strict = (name: string, f: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, options, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : f(...args))) as (...args: unknown[]) => unknown);
  // int4_cash / int8_cash (the units times 100), numeric_cash (rounded to the cent; past int8 is numeric_int8's error).
  strict('pg_money_from', (v, numeric) => {
    if (Number(numeric) === 0) return checkedCash(cents(v) * 100n);
    const d = toDecimal(v, -1);
    if (!d) throw new PgError(SqlState.featureNotSupported, 'cannot convert NaN to bigint');
    const units = roundDecimal(d, 2, false).units;
    if (units < -(2n ** 63n) || units >= 2n ** 63n) throw new PgError(SqlState.numericValueOutOfRange, 'bigint out of range');
    return units;
  });
  strict('pg_money_numeric', (v) => decimalStorage(toDecimal(moneyNumericText(cents(v)), -1)!));
  strict('pg_money_add', (a, b, sign) => checkedCash(cents(a) + BigInt(sign as bigint) * cents(b)));
  strict('pg_money_mul', (c, n, integer) => (Number(integer) === 1 ? moneyTimesInteger(cents(c), cents(n)) : moneyTimesFloat(cents(c), float(n))));
  strict('pg_money_div', (c, n, integer) => moneyDivided(cents(c), Number(integer) === 1 ? cents(n) : float(n)));
  strict('pg_money_ratio', (a, b) => moneyRatio(cents(a), cents(b)));
  strict('pg_money_words', (v) => moneyWords(cents(v)));
}
