/**
 * PostgreSQL's date/time arithmetic on evsql's stored forms (types/timestamp.ts, types/interval.ts):
 * timestamp ± interval (months first, clamped to the month's end, then days, then time, as timestamp_pl_interval),
 * date ± integer, differences, interval arithmetic and comparison, extract(). timestamptz's
 * calendar parts (months, days, fields) are its wall-clock time in the session's TimeZone. Pure.
 */
import { PgError, SqlState } from './errors.js';
import { PG_EPOCH_DAYS, civilFromDays, daysFromCivil, daysInMonth } from './types/calendar.js';
import { type Interval, formatInterval, parseInterval } from './types/interval.js';
import { add, decimalText, divide } from './types/numeric.js';
import { DATE_END_DAYS, MIN_DAYS, TIMESTAMP_END_DAYS, type Timestamp, USEC_PER_DAY, USEC_PER_SEC, formatDate, formatTimestamp, fromLocal, parseDate, parseTime, parseTimestamp, parseTimetz, clockText, sessionOffset, timestampFromMicros, toLocal, zoneIsUtc } from './types/timestamp.js';

const SECS_PER_DAY = 86_400;
const DAYS_PER_MONTH = 30;

function finite(ts: Timestamp | string, what: string): Timestamp {
  if (typeof ts === 'string') throw new PgError(SqlState.datetimeFieldOverflow, `${what} out of range`);
  return ts;
}

/** timestamp_pl_interval: months (clamping the day), then days, then microseconds. */
function plusInterval(ts: Timestamp, iv: Interval, sign: number): Timestamp {
  let days = ts.days;
  if (iv.months !== 0) {
    const [y, m, d] = civilFromDays(days + PG_EPOCH_DAYS);
    const total = y * 12 + (m - 1) + sign * iv.months;
    const year = Math.floor(total / 12);
    const month = total - year * 12 + 1;
    days = daysFromCivil(year, month, Math.min(d, daysInMonth(year, month))) - PG_EPOCH_DAYS;
  }
  days += sign * iv.days;
  let usec = ts.usec + sign * iv.usec;
  const carry = Math.floor(usec / USEC_PER_DAY);
  days += carry;
  usec -= carry * USEC_PER_DAY;
  if (days < MIN_DAYS || days >= TIMESTAMP_END_DAYS) throw new PgError(SqlState.datetimeFieldOverflow, 'timestamp out of range');
  return { days, usec };
}

/**
 * timestamp(tz) ± interval. timestamptz_pl_interval adds months and days to the wall-clock time
 * in the session's zone (a day across a DST change is 23 or 25 hours), the time part to the instant.
 */
export function timestampPlusInterval(ts: string, iv: string, sign: number, withTz: boolean): string {
  const t = parseTimestamp(ts, withTz);
  if (typeof t === 'string') return t;
  const span = parseInterval(iv);
  if (!withTz || zoneIsUtc() || (span.months === 0 && span.days === 0)) return formatTimestamp(plusInterval(t, span, sign), withTz);
  const moved = fromLocal(plusInterval(toLocal(t), { months: span.months, days: span.days, usec: 0 }, sign));
  return formatTimestamp(plusInterval(moved, { months: 0, days: 0, usec: span.usec }, sign), true);
}

/** date_bin(stride, source, origin), as timestamp_bin: the start of the stride-wide bin holding source. */
export function dateBin(stride: string, ts: string, origin: string, withTz: boolean): string {
  const iv = parseInterval(stride);
  if (iv.months !== 0) throw new PgError(SqlState.featureNotSupported, 'timestamps cannot be binned into intervals containing months or years');
  const strideUsec = BigInt(iv.days) * BigInt(USEC_PER_DAY) + BigInt(iv.usec);
  if (strideUsec <= 0n) throw new PgError(SqlState.datetimeFieldOverflow, 'stride must be greater than zero');
  const micros = (t: Timestamp | string) => {
    const x = finite(t, 'timestamp');
    return BigInt(x.days) * BigInt(USEC_PER_DAY) + BigInt(x.usec);
  };
  const source = micros(parseTimestamp(ts, withTz));
  const start = micros(parseTimestamp(origin, withTz));
  const diff = source - start;
  const modulo = diff % strideUsec;
  // Toward -infinity, not zero, for a source before the origin that is not on a bin's start (15.18's timestamp_bin).
  const delta = diff - modulo - (modulo < 0n ? strideUsec : 0n);
  return formatTimestamp(timestampFromMicros(start + delta), withTz);
}

/** date ± interval is a timestamp. */
export function datePlusInterval(date: string, iv: string, sign: number): string {
  const d = parseDate(date);
  if (typeof d === 'string') return d;
  return formatTimestamp(plusInterval({ days: d, usec: 0 }, parseInterval(iv), sign), false);
}

export function datePlusDays(date: string, n: number): string {
  const d = parseDate(date);
  if (typeof d === 'string') return d;
  if (d + n < MIN_DAYS || d + n >= DATE_END_DAYS) throw new PgError(SqlState.datetimeFieldOverflow, 'date out of range');
  return formatDate(d + n);
}

export function dateMinusDate(a: string, b: string): number {
  const x = parseDate(a);
  const y = parseDate(b);
  if (typeof x === 'string' || typeof y === 'string') throw new PgError(SqlState.datetimeFieldOverflow, 'cannot subtract infinite dates');
  return x - y;
}

/** timestamp - timestamp: the microseconds between, whole days split out (justify_hours). */
export function timestampMinusTimestamp(a: string, b: string, withTz: boolean): string {
  const x = finite(parseTimestamp(a, withTz), 'interval');
  const y = finite(parseTimestamp(b, withTz), 'interval');
  const usec = (x.days - y.days) * USEC_PER_DAY + (x.usec - y.usec);
  const days = Math.trunc(usec / USEC_PER_DAY);
  return formatInterval({ months: 0, days, usec: usec - days * USEC_PER_DAY });
}

export function dateAtTime(date: string, time: string): string {
  const d = parseDate(date);
  if (typeof d === 'string') return d;
  return formatTimestamp({ days: d, usec: parseTime(time) }, false);
}

export function timePlusInterval(time: string, iv: string, sign: number): string {
  const t = parseTime(time);
  const usec = (((t + sign * parseInterval(iv).usec) % USEC_PER_DAY) + USEC_PER_DAY) % USEC_PER_DAY;
  return clockText(usec);
}

/** time - time is an interval of microseconds. */
export function timeMinusTime(a: string, b: string): string {
  return formatInterval({ months: 0, days: 0, usec: parseTime(a) - parseTime(b) });
}

const TRUNC_YEARS: Record<string, number> = { millennium: 1000, century: 100, decade: 10, year: 1 };
const TRUNC_USEC: Record<string, number> = { hour: 3_600_000_000, minute: 60_000_000, second: USEC_PER_SEC, milliseconds: 1000, microseconds: 1 };

/** date_trunc(field, interval): the fields below `field` zeroed, as interval_trunc does. */
export function intervalTrunc(field: string, iv: string): string {
  const unit = extractUnit(field.toLowerCase(), 'interval');
  const x = parseInterval(iv);
  if (TRUNC_YEARS[unit] !== undefined) {
    const years = Math.trunc(x.months / 12);
    return formatInterval({ months: Math.trunc(years / TRUNC_YEARS[unit]!) * TRUNC_YEARS[unit]! * 12, days: 0, usec: 0 });
  }
  if (unit === 'quarter') return formatInterval({ months: x.months - (x.months % 12) + Math.trunc((x.months % 12) / 3) * 3, days: 0, usec: 0 });
  if (unit === 'month') return formatInterval({ months: x.months, days: 0, usec: 0 });
  if (unit === 'day') return formatInterval({ months: x.months, days: x.days, usec: 0 });
  const step = TRUNC_USEC[unit];
  if (step === undefined) {
    throw new PgError(SqlState.featureNotSupported, `unit "${field}" not supported for type interval`, unit === 'week' ? { detail: 'Months usually have fractional weeks.' } : undefined);
  }
  return formatInterval({ months: x.months, days: x.days, usec: Math.trunc(x.usec / step) * step });
}

export function intervalPlusInterval(a: string, b: string, sign: number): string {
  const x = parseInterval(a);
  const y = parseInterval(b);
  const sum = { months: x.months + sign * y.months, days: x.days + sign * y.days, usec: x.usec + sign * y.usec };
  // interval_pl: each field must fit its integer (int32 months and days, int64 microseconds).
  if (!fitsInt32(sum.months) || !fitsInt32(sum.days) || Math.abs(sum.usec) >= 2 ** 63) throw new PgError(SqlState.datetimeFieldOverflow, 'interval out of range');
  return formatInterval(sum);
}

function fitsInt32(n: number): boolean {
  return n >= -(2 ** 31) && n <= 2 ** 31 - 1;
}

/** Rounds to microseconds, as TSROUND. */
function tsRound(x: number): number {
  return Math.round(x * USEC_PER_SEC) / USEC_PER_SEC;
}

/** interval_mul: fractional months spill into days (30 each), fractional days into seconds. */
export function intervalTimes(iv: string, factor: number): string {
  const span = parseInterval(iv);
  if (!Number.isFinite(factor)) throw new PgError(SqlState.numericValueOutOfRange, 'interval out of range');
  const months = Math.trunc(span.months * factor);
  let days = Math.trunc(span.days * factor);
  const monthRemainderDays = tsRound((span.months * factor - months) * DAYS_PER_MONTH);
  let secRemainder = tsRound((span.days * factor - days + monthRemainderDays - Math.trunc(monthRemainderDays)) * SECS_PER_DAY);
  if (Math.abs(secRemainder) >= SECS_PER_DAY) {
    days += Math.trunc(secRemainder / SECS_PER_DAY);
    secRemainder -= Math.trunc(secRemainder / SECS_PER_DAY) * SECS_PER_DAY;
  }
  days += Math.trunc(monthRemainderDays);
  const usec = Math.round(span.usec * factor + secRemainder * USEC_PER_SEC);
  // interval_mul: each field must fit its integer (int32 months and days, int64 microseconds).
  if (Math.abs(span.months * factor) > 2 ** 31 - 1 || Math.abs(span.days * factor) > 2 ** 31 - 1 || Math.abs(usec) >= 2 ** 63) {
    throw new PgError(SqlState.datetimeFieldOverflow, 'interval out of range');
  }
  return formatInterval({ months, days, usec });
}

export function intervalDividedBy(iv: string, divisor: number): string {
  if (divisor === 0) throw new PgError(SqlState.divisionByZero, 'division by zero');
  return intervalTimes(iv, 1 / divisor);
}

/** interval_cmp: months count 30 days, days 24 hours. */
export function intervalCompare(a: string, b: string): number {
  const key = (iv: Interval) => (iv.months * DAYS_PER_MONTH + iv.days) * USEC_PER_DAY + iv.usec;
  return Math.sign(key(parseInterval(a)) - key(parseInterval(b)));
}

/** interval_cmp's value as a number SQLite orders: an INTEGER where it fits in 64 bits, a REAL beyond. */
export function intervalSortKey(a: string): bigint | number {
  const iv = parseInterval(a);
  const key = (BigInt(iv.months) * BigInt(DAYS_PER_MONTH) + BigInt(iv.days)) * BigInt(USEC_PER_DAY) + BigInt(Math.round(iv.usec));
  return key >= -(2n ** 63n) && key < 2n ** 63n ? key : Number(key);
}

/**
 * A larger unit and the smaller beside it brought to one sign, one larger unit borrowed, as
 * PostgreSQL's justify functions end (`1 day -03:00:00` is 21:00:00).
 */
function oneSign(large: number, small: number, unit: number): [number, number] {
  if (large > 0 && small < 0) return [large - 1, small + unit];
  if (large < 0 && small > 0) return [large + 1, small - unit];
  return [large, small];
}

export function justifyHours(iv: string): string {
  const x = parseInterval(iv);
  const whole = Math.trunc(x.usec / USEC_PER_DAY);
  const [days, usec] = oneSign(x.days + whole, x.usec - whole * USEC_PER_DAY, USEC_PER_DAY);
  return formatInterval({ months: x.months, days, usec });
}

/** justify_interval: whole days out of the time, whole months out of the days, then one sign throughout. */
export function justifyInterval(iv: string): string {
  const x = parseInterval(iv);
  let usec = x.usec;
  let days = x.days + Math.trunc(usec / USEC_PER_DAY);
  usec -= Math.trunc(usec / USEC_PER_DAY) * USEC_PER_DAY;
  let months = x.months + Math.trunc(days / DAYS_PER_MONTH);
  days -= Math.trunc(days / DAYS_PER_MONTH) * DAYS_PER_MONTH;
  if (months > 0 && (days < 0 || (days === 0 && usec < 0))) {
    days += DAYS_PER_MONTH;
    months--;
  } else if (months < 0 && (days > 0 || (days === 0 && usec > 0))) {
    days -= DAYS_PER_MONTH;
    months++;
  }
  [days, usec] = oneSign(days, usec, USEC_PER_DAY);
  return formatInterval({ months, days, usec });
}

export function justifyDays(iv: string): string {
  const x = parseInterval(iv);
  const whole = Math.trunc(x.days / DAYS_PER_MONTH);
  const [months, days] = oneSign(x.months + whole, x.days - whole * DAYS_PER_MONTH, DAYS_PER_MONTH);
  return formatInterval({ months, days, usec: x.usec });
}

/**
 * PostgreSQL 15's timestamp2tm reads infinity as the instant its int64 holds (294277-01-09
 * 04:00:54.775807), which age() then counts to; -infinity it cannot read (22008).
 */
function ageOperand(ts: Timestamp | string, withTz: boolean): Timestamp {
  if (ts === 'infinity' && (!withTz || zoneIsUtc())) return { days: 106_751_991, usec: 14_454_775_807 };
  if (typeof ts === 'string') throw new PgError(SqlState.datetimeFieldOverflow, 'timestamp out of range');
  return ts;
}

/** age(a, b): years, months and days between, as PostgreSQL counts them from the later date back. */
export function age(a: string, b: string, withTz: boolean): string {
  // timestamptz_age counts in the session zone's wall-clock times.
  const local = (t: Timestamp) => (withTz ? toLocal(t) : t);
  const x = local(ageOperand(parseTimestamp(a, withTz), withTz));
  const y = local(ageOperand(parseTimestamp(b, withTz), withTz));
  const neg = x.days < y.days || (x.days === y.days && x.usec < y.usec);
  const [hi, lo] = neg ? [y, x] : [x, y];
  const [y1, m1, d1] = civilFromDays(hi.days + PG_EPOCH_DAYS);
  const [y2, m2, d2] = civilFromDays(lo.days + PG_EPOCH_DAYS);
  let usec = hi.usec - lo.usec;
  let days = d1 - d2;
  let months = m1 - m2;
  let years = y1 - y2;
  if (usec < 0) {
    usec += USEC_PER_DAY;
    days--;
  }
  while (days < 0) {
    // timestamp_age borrows the length of the earlier date's month.
    days += daysInMonth(y2, m2);
    months--;
  }
  if (months < 0) {
    months += 12;
    years--;
  }
  const s = neg ? -1 : 1;
  return formatInterval({ months: s * (years * 12 + months), days: s * days, usec: s * usec });
}

/** deltatktbl's and datetktbl's unit words, at most TOKMAXLEN (10) letters as PostgreSQL compares them. */
const EXTRACT_UNITS = new Map<string, string>([
  ...['microsecon', 'us', 'usec', 'usecond', 'useconds', 'usecs'].map((w) => [w, 'microseconds'] as const),
  ...['millisecon', 'ms', 'msec', 'msecond', 'mseconds', 'msecs'].map((w) => [w, 'milliseconds'] as const),
  ...['second', 'seconds', 'sec', 'secs', 's'].map((w) => [w, 'second'] as const),
  ...['minute', 'minutes', 'min', 'mins', 'm'].map((w) => [w, 'minute'] as const),
  ...['hour', 'hours', 'h', 'hr', 'hrs'].map((w) => [w, 'hour'] as const),
  ...['day', 'days', 'd'].map((w) => [w, 'day'] as const),
  ...['week', 'weeks', 'w'].map((w) => [w, 'week'] as const),
  ...['month', 'months', 'mon', 'mons'].map((w) => [w, 'month'] as const),
  ...['quarter', 'qtr'].map((w) => [w, 'quarter'] as const),
  ...['year', 'years', 'y', 'yr', 'yrs'].map((w) => [w, 'year'] as const),
  ...['decade', 'decades', 'dec', 'decs'].map((w) => [w, 'decade'] as const),
  ...['century', 'centuries', 'c', 'cent'].map((w) => [w, 'century'] as const),
  ...['millennium', 'millennia', 'mil', 'mils'].map((w) => [w, 'millennium'] as const),
  ['timezone', 'timezone'], ['timezone_h', 'timezone_hour'], ['timezone_m', 'timezone_minute'],
  ['dow', 'dow'], ['isodow', 'isodow'], ['doy', 'doy'], ['epoch', 'epoch'], ['isoyear', 'isoyear'], ['julian', 'julian'], ['j', 'julian'], ['jd', 'julian'],
]);

/** The canonical unit name of an extract()/date_part() field, undefined for a word PostgreSQL does not know. */
export function canonicalUnit(field: string): string | undefined {
  return EXTRACT_UNITS.get(field.trim().toLowerCase().slice(0, 10));
}

/** The canonical unit name of an extract()/date_part() field, or an error naming the type. */
export function extractUnit(field: string, typeLabel: string): string {
  const unit = canonicalUnit(field);
  if (!unit) throw new PgError(SqlState.invalidParameterValue, `unit "${field}" not recognized for type ${typeLabel}`);
  return unit;
}

const ZONE_UNITS = new Set(['timezone', 'timezone_hour', 'timezone_minute']);
const TIME_UNITS = new Set(['microseconds', 'milliseconds', 'second', 'minute', 'hour']);

/** ISO 8601 week number and week-numbering year of a day (days since 1970-01-01). */
function isoWeek(unixDays: number): { week: number; year: number } {
  const dow = (((unixDays + 3) % 7) + 7) % 7; // 0 = Monday
  const thursday = unixDays - dow + 3;
  const [year] = civilFromDays(thursday);
  const jan1 = daysFromCivil(year, 1, 1);
  return { week: Math.floor((thursday - jan1) / 7) + 1, year };
}

/** Units that grow with time: ±Infinity of an infinite date or timestamp; the others are NULL of one. */
const MONOTONIC_UNITS = new Set(['year', 'decade', 'century', 'millennium', 'julian', 'isoyear', 'epoch']);

/** extract() of an infinite date or timestamp, as NonFiniteTimestampTzPart. */
function infinitePart(unit: string, field: string, infinity: string, kind: string, label: string): string | null {
  if (MONOTONIC_UNITS.has(unit)) return infinity === 'infinity' ? 'Infinity' : '-Infinity';
  if ((kind === 'date' && TIME_UNITS.has(unit)) || (kind !== 'timestamptz' && ZONE_UNITS.has(unit))) {
    throw new PgError(SqlState.featureNotSupported, `unit "${field}" not supported for type ${label}`);
  }
  return null;
}

/**
 * extract(field FROM value) as an exact decimal text: whole numbers, or seconds with their
 * fraction. `kind` is the value's type: date, timestamp, timestamptz, time or interval.
 */
export function extractField(field: string, value: string, kind: 'date' | 'timestamp' | 'timestamptz' | 'time' | 'timetz' | 'interval'): string | null {
  const label = { date: 'date', timestamp: 'timestamp without time zone', timestamptz: 'timestamp with time zone', time: 'time without time zone', timetz: 'time with time zone', interval: 'interval' }[kind];
  const unit = extractUnit(field, label);
  if (kind === 'interval') return extractInterval(unit, parseInterval(value), label);
  let days: number;
  let usec: number;
  if (kind === 'timetz') {
    // timetz_part: the clock's fields, the zone's (east of UTC), and an epoch of the UTC time.
    const t = parseTimetz(value);
    if (ZONE_UNITS.has(unit)) return String(unit === 'timezone' ? t.offset : unit === 'timezone_hour' ? Math.trunc(t.offset / 3600) : Math.trunc(t.offset / 60) % 60);
    if (unit === 'epoch') return decimalText({ units: BigInt(t.usec - t.offset * USEC_PER_SEC), scale: 6 });
    days = 0;
    usec = t.usec;
  } else if (kind === 'time') {
    days = 0;
    usec = parseTime(value);
  } else if (kind === 'date') {
    const d = parseDate(value);
    if (typeof d === 'string') return infinitePart(unit, field, d, kind, label);
    days = d;
    usec = 0;
  } else {
    const parsed = parseTimestamp(value, kind === 'timestamptz');
    if (typeof parsed === 'string') return infinitePart(unit, field, parsed, kind, label);
    if (ZONE_UNITS.has(unit)) {
      if (kind !== 'timestamptz') throw new PgError(SqlState.featureNotSupported, `unit "${field}" not supported for type ${label}`);
      // The session zone's offset at the instant, east of UTC.
      const offset = sessionOffset(parsed);
      return String(unit === 'timezone' ? offset : unit === 'timezone_hour' ? Math.trunc(offset / 3600) : Math.trunc(offset / 60) % 60);
    }
    // A timestamptz's fields are its wall-clock time in the session's zone; its epoch is the instant.
    const t = kind === 'timestamptz' && unit !== 'epoch' ? toLocal(parsed) : parsed;
    days = t.days;
    usec = t.usec;
  }
  if (kind === 'date' && TIME_UNITS.has(unit)) throw new PgError(SqlState.featureNotSupported, `unit "${field}" not supported for type date`);
  const unixDays = days + PG_EPOCH_DAYS;
  const [y, m, d] = civilFromDays(unixDays);
  const secs = Math.floor(usec / USEC_PER_SEC);
  const frac = usec - secs * USEC_PER_SEC;
  switch (unit) {
    case 'microseconds':
      return String((secs % 60) * USEC_PER_SEC + frac);
    case 'milliseconds':
      return decimalText({ units: BigInt((secs % 60) * USEC_PER_SEC + frac), scale: 3 });
    case 'second':
      return decimalText({ units: BigInt((secs % 60) * USEC_PER_SEC + frac), scale: 6 });
    case 'minute':
      return String(Math.floor(secs / 60) % 60);
    case 'hour':
      return String(Math.floor(secs / 3600));
  }
  if (kind === 'time' || kind === 'timetz') {
    if (unit === 'epoch') return decimalText({ units: BigInt(usec), scale: 6 });
    throw new PgError(SqlState.featureNotSupported, `unit "${field}" not supported for type ${label}`);
  }
  switch (unit) {
    case 'day':
      return String(d);
    case 'month':
      return String(m);
    case 'quarter':
      return String(Math.floor((m - 1) / 3) + 1);
    case 'year':
      return String(y > 0 ? y : y - 1);
    case 'decade':
      return String(Math.floor(y / 10));
    case 'century':
      return String(y > 0 ? Math.floor((y + 99) / 100) : -Math.floor((99 - (y - 1)) / 100));
    case 'millennium':
      return String(y > 0 ? Math.floor((y + 999) / 1000) : -Math.floor((999 - (y - 1)) / 1000));
    case 'dow':
      return String((((unixDays + 4) % 7) + 7) % 7);
    case 'isodow':
      return String((((unixDays + 3) % 7) + 7) % 7 + 1);
    case 'doy':
      return String(unixDays - daysFromCivil(y, 1, 1) + 1);
    case 'week':
      return String(isoWeek(unixDays).week);
    case 'isoyear': {
      // A BC ISO year counts as extract(year) does: ISO year 0 is -1 (1 BC).
      const iso = isoWeek(unixDays).year;
      return String(iso > 0 ? iso : iso - 1);
    }
    case 'julian':
      // The Julian day plus the day's fraction, a numeric quotient as PostgreSQL divides it.
      if (kind === 'date') return String(unixDays + 2440588);
      return decimalText(add({ units: BigInt(unixDays + 2440588), scale: 0 }, divide({ units: BigInt(usec), scale: 0 }, { units: BigInt(USEC_PER_DAY), scale: 0 })));
    case 'epoch':
      return kind === 'date' ? String(unixDays * SECS_PER_DAY) : decimalText({ units: BigInt(unixDays) * 86_400_000_000n + BigInt(usec), scale: 6 });
  }
  throw new PgError(SqlState.featureNotSupported, `unit "${field}" not supported for type ${label}`);
}

function extractInterval(unit: string, iv: Interval, label: string): string {
  const secs = Math.trunc(iv.usec / USEC_PER_SEC);
  switch (unit) {
    case 'microseconds':
      return String(iv.usec % (60 * USEC_PER_SEC));
    case 'milliseconds':
      return decimalText({ units: BigInt(iv.usec % (60 * USEC_PER_SEC)), scale: 3 });
    case 'second':
      return decimalText({ units: BigInt(iv.usec % (60 * USEC_PER_SEC)), scale: 6 });
    case 'minute':
      return String(Math.trunc(secs / 60) % 60);
    case 'hour':
      return String(Math.trunc(secs / 3600));
    case 'day':
      return String(iv.days);
    case 'month':
      return String(iv.months % 12);
    case 'quarter':
      return String(Math.trunc((iv.months % 12) / 3) + 1);
    case 'year':
      return String(Math.trunc(iv.months / 12));
    case 'decade':
      return String(Math.trunc(iv.months / 120));
    case 'century':
      return String(Math.trunc(iv.months / 1200));
    case 'millennium':
      return String(Math.trunc(iv.months / 12000));
    case 'epoch': {
      // Years count 365.25 days and months 30, as interval_part does.
      const years = Math.trunc(iv.months / 12);
      const months = iv.months % 12;
      const usec = BigInt(years) * 31_557_600_000_000n + BigInt(months) * 2_592_000_000_000n + BigInt(iv.days) * 86_400_000_000n + BigInt(iv.usec);
      return decimalText({ units: usec, scale: 6 });
    }
  }
  throw new PgError(SqlState.featureNotSupported, `unit "${unit}" not supported for type ${label}`);
}
