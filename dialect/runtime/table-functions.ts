/**
 * PostgreSQL's set-returning functions in FROM, as SQLite table-valued functions registered on
 * every connection of every replica (the translator's side is dialect/translate/table-functions.ts).
 * Deterministic: every replica yields the same rows for the same arguments.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import * as dt from '../../pg/datetime.js';
import { decimalText, parseDecimal, type Decimal } from '../../pg/types/numeric.js';
import { formatTimestamp, parseTimestamp, timestampMicros } from '../../pg/types/timestamp.js';

/** How often a long series looks for a cancel or statement timeout. */
const CANCEL_CHECK_ROWS = 8192n;

/** `scope` is the running request's (sql-functions.ts): a long series stops when it is cancelled. */
export function registerTableFunctions(db: Database.Database, scope: () => { cancelled: () => boolean }): void {
  db.function('pg_series_length', { deterministic: true, safeIntegers: true }, seriesLength as (...args: unknown[]) => unknown);
  db.table('pg_generate_series_time', {
    columns: ['value', 'ordinality'],
    parameters: ['start', 'stop', 'step', 'tz'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [start, stop, step, tz] = params as SqliteValue[];
      if (start === null || stop === null || step === null) return;
      const withTz = tz !== 0n;
      const direction = dt.intervalCompare(String(step), '00:00:00');
      if (direction === 0) throw new PgError(SqlState.invalidParameterValue, 'step size cannot equal zero');
      const micros = (v: string) => timestampMicros(parseTimestamp(v, withTz));
      const end = micros(String(stop));
      const s = scope();
      let n = 0n;
      // Each value is the previous one plus the step, as generate_series_timestamp adds it.
      for (let v = formatTimestamp(parseTimestamp(String(start), withTz), withTz); direction > 0 ? micros(v) <= end : micros(v) >= end; v = dt.timestampPlusInterval(v, String(step), 1, withTz)) {
        n++;
        if (n % CANCEL_CHECK_ROWS === 0n && s.cancelled()) throw new PgError(SqlState.queryCanceled, 'canceling statement due to user request');
        yield [v, n];
      }
    },
  });
  db.table('pg_generate_series', {
    columns: ['value', 'ordinality'],
    parameters: ['start', 'stop', 'step'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const values = params as SqliteValue[];
      if (values.some((v) => v === null)) return;
      const args = values.map(seriesArgument);
      const scale = Math.max(...args.map((a) => a.scale));
      const [from, to, by] = args.map((a) => a.units * 10n ** BigInt(scale - a.scale)) as [bigint, bigint, bigint];
      if (by === 0n) throw new PgError(SqlState.invalidParameterValue, 'step size cannot equal zero');
      const s = scope();
      const integral = scale === 0 && args.every((a) => a.integer);
      let n = 0n;
      for (let v = from; by > 0n ? v <= to : v >= to; v += by) {
        n++;
        if (n % CANCEL_CHECK_ROWS === 0n && s.cancelled()) throw new PgError(SqlState.queryCanceled, 'canceling statement due to user request');
        yield [integral ? v : Number(decimalText({ units: v, scale })), n];
      }
    },
  });
}

/** How many values generate_series(start, stop, step) yields: the counter of set-returning functions in lockstep. */
function seriesLength(start: SqliteValue, stop: SqliteValue, step: SqliteValue): SqliteValue {
  if (start === null || stop === null || step === null) return null;
  const args = [start, stop, step].map(seriesArgument);
  const scale = Math.max(...args.map((a) => a.scale));
  const [from, to, by] = args.map((a) => a.units * 10n ** BigInt(scale - a.scale)) as [bigint, bigint, bigint];
  if (by === 0n) throw new PgError(SqlState.invalidParameterValue, 'step size cannot equal zero');
  const span = by > 0n ? to - from : from - to;
  return span < 0n ? 0n : span / (by > 0n ? by : -by) + 1n;
}

/**
 * An argument as an exact decimal, so a series of numerics such as 0.1 steps does not drift;
 * `integer` when it came as an SQLite INTEGER (an int4/int8 argument) rather than a numeric.
 */
function seriesArgument(v: SqliteValue): Decimal & { integer: boolean } {
  if (typeof v === 'bigint') return { units: v, scale: 0, integer: true };
  const text = typeof v === 'number' ? String(v) : Buffer.isBuffer(v) ? v.toString('utf8') : v!.trim();
  const d = parseDecimal(text);
  if (d === undefined) {
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) throw new PgError(SqlState.featureNotSupported, 'generate_series over timestamps is not supported by evsql');
    throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type numeric: "${text}"`);
  }
  return { ...d, integer: false };
}
