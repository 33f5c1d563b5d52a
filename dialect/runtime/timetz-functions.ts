/**
 * timetz's functions and operators (date.c's timetz_*) over values stored as timetz_out prints
 * them (pg/types/timetz.ts): timetz_cmp's order for ORDER BY, comparisons, min, max, GREATEST and
 * LEAST; ± interval;
 * date + timetz; AT TIME ZONE; the cast from timestamptz.
 */
import type Database from 'better-sqlite3';
import { formatTimestamp, namedZone, offsetNow, parseDate, parseTimestamp, parseTimetz, sessionOffset, shifted } from '../../pg/types/timestamp.js';
import { formatTimetz, intervalOffset, timetzAtOffset, timetzPlusInterval, timetzSortKey } from '../../pg/types/timetz.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';

const key = (v: SqliteValue) => timetzSortKey(parseTimetz(text(v)));

export function registerTimetzFunctions(db: Database.Database): void {
  const options = { deterministic: true, safeIntegers: true, varargs: true };
  const strict = (name: string, f: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, options, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : f(...args))) as (...args: unknown[]) => unknown);
  strict('pg_timetz_key', key);
  strict('pg_timetz_add', (v, interval, sign) => formatTimetz(timetzPlusInterval(parseTimetz(text(v)), text(interval), Number(sign))));
  strict('pg_date_timetz', (date, v) => {
    const days = parseDate(text(date));
    if (typeof days === 'string') return days;
    const t = parseTimetz(text(v));
    return formatTimestamp(shifted({ days, usec: t.usec }, -t.offset), true);
  });
  // Not deterministic: a named zone's offset is the one at the transaction's start.
  db.function('pg_timetz_zone', { deterministic: false, safeIntegers: true }, (v: SqliteValue, zone: SqliteValue, interval: SqliteValue) => {
    if (v === null || zone === null) return null;
    const offset = Number(interval) === 1 ? intervalOffset(text(zone)) : offsetNow(namedZone(text(zone)));
    return formatTimetz(timetzAtOffset(parseTimetz(text(v)), offset));
  });
  // timestamptz_timetz: the wall-clock time in the session's zone, with its offset then.
  strict('pg_tstz_timetz', (v) => {
    const ts = parseTimestamp(text(v), true);
    if (typeof ts === 'string') return null;
    const offset = sessionOffset(ts);
    return formatTimetz({ usec: shifted(ts, offset).usec, offset });
  });
  // GREATEST and LEAST skip NULLs; all NULL is NULL.
  for (const [name, sign] of [['pg_timetz_least', -1], ['pg_timetz_greatest', 1]] as const) {
    db.function(name, options, ((...args: SqliteValue[]) => args.reduce<SqliteValue>((best, v) => (v === null || (best !== null && (sign > 0 ? key(v) <= key(best) : key(v) >= key(best))) ? best : v), null)) as (...args: unknown[]) => unknown);
  }
  for (const [name, sign] of [['pg_timetz_min', -1], ['pg_timetz_max', 1]] as const) {
    db.aggregate(name, {
      start: null,
      step: (best: SqliteValue, v: SqliteValue) => (v === null || (best !== null && (sign > 0 ? key(v) <= key(best) : key(v) >= key(best))) ? best : text(v)),
      deterministic: true,
    });
  }
}
