/**
 * time with time zone (timetz) in evsql's storage form, the text timetz_out prints
 * (`12:34:56.5+02`): one text per value, so SQLite's equality, grouping and unique indexes are
 * timetz_eq's. Its order is not the text's: timetz_cmp sorts by the UTC time first, then by the
 * zone (west before east), which sortKey spells as a text that does sort so.
 */
import { PgError, SqlState } from '../errors.js';
import { parseInterval } from './interval.js';
import { USEC_PER_DAY, USEC_PER_SEC, clockText, offsetText } from './timestamp.js';

export interface TimeTz {
  usec: number;
  /** Seconds east of UTC. */
  offset: number;
}

export function formatTimetz(t: TimeTz): string {
  return clockText(t.usec) + offsetText(t.offset);
}

/** timetz(p): the clock rounded half up to p fraction digits, as AdjustTimeForTypmod does. */
export function timetzAtPrecision(t: TimeTz, precision: number): TimeTz {
  if (precision < 0 || precision >= 6) return t;
  const unit = 10 ** (6 - precision);
  return { usec: Math.round(t.usec / unit) * unit, offset: t.offset };
}

/** A zone's offset is under 16 hours: the UTC time lies within (-16h, 40h), the offset within 16h each way. */
const UTC_BIAS = 16 * 3600 * USEC_PER_SEC;
const ZONE_BIAS = 16 * 3600;

/** timetz_cmp's order as a text's: the UTC time, then the zone west of UTC (an eastern zone first). */
export function timetzSortKey(t: TimeTz): string {
  const utc = t.usec - t.offset * USEC_PER_SEC + UTC_BIAS;
  return String(utc).padStart(12, '0') + String(ZONE_BIAS - t.offset).padStart(6, '0');
}

/** timetz ± interval: the clock moved within a day by the interval's time part, the zone kept. */
export function timetzPlusInterval(t: TimeTz, interval: string, sign: number): TimeTz {
  const usec = (((t.usec + sign * parseInterval(interval).usec) % USEC_PER_DAY) + USEC_PER_DAY) % USEC_PER_DAY;
  return { usec, offset: t.offset };
}

/** timetz_zone / timetz_izone: the same instant's clock in a zone `offset` seconds east of UTC. */
export function timetzAtOffset(t: TimeTz, offset: number): TimeTz {
  const usec = (((t.usec + (offset - t.offset) * USEC_PER_SEC) % USEC_PER_DAY) + USEC_PER_DAY) % USEC_PER_DAY;
  return { usec, offset };
}

/** timetz_izone's zone: an interval of hours, minutes and seconds, east of UTC. */
export function intervalOffset(interval: string): number {
  const iv = parseInterval(interval);
  if (iv.months !== 0 || iv.days !== 0) throw new PgError(SqlState.invalidParameterValue, `interval time zone "${interval}" must not include months or days`);
  return Math.trunc(iv.usec / USEC_PER_SEC);
}
