/**
 * date, time, timestamp and timestamptz: their ISO 8601 input (DateStyle ISO), their output, their
 * storage forms and the microsecond counts of their binary format. A timestamptz is stored in UTC;
 * the session's TimeZone (setTimeZone) reads input without an offset and prints output.
 */
import { PgError, SqlState } from '../errors.js';
import { PG_EPOCH_DAYS, civilFromDays, daysFromCivil, daysInMonth } from './calendar.js';
import { rint } from './float.js';
import { isDigit } from './input-syntax.js';
import { INT8_MAX, INT8_MIN } from './integer.js';
import { type TimeZone, abbreviationAt, abbreviationOffset, expressionZone, offsetAt, offsetOfLocal, timeZoneOf } from './timezone.js';

export { expressionZone } from './timezone.js';

// SQLSTATE that errors.ts does not name.
const INVALID_TIME_ZONE_DISPLACEMENT = '22009';

export const USEC_PER_SEC = 1_000_000;
export const USEC_PER_DAY = 86_400_000_000;
const USEC_PER_DAY_BIG = 86_400_000_000n;

// PostgreSQL's ranges: both types start at 4714-11-24 BC (Julian day 0); dates end in 5874898,
// timestamps in 294277.
export const MIN_DAYS = daysFromCivil(-4713, 11, 24) - PG_EPOCH_DAYS;
export const DATE_END_DAYS = daysFromCivil(5874898, 1, 1) - PG_EPOCH_DAYS;
export const TIMESTAMP_END_DAYS = daysFromCivil(294277, 1, 1) - PG_EPOCH_DAYS;

export type Infinite = 'infinity' | '-infinity';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A point in time: days since 2000-01-01 and microseconds into that day (UTC for timestamptz). */
export interface Timestamp {
  days: number;
  usec: number;
}

/** Fields of an ISO 8601 date/time as written; year is astronomical, offset in seconds east of UTC. */
interface DateTimeFields {
  year: number;
  month: number;
  day: number;
  usec: number;
  offset: number;
  /** Whether the text gave a zone (an offset, 'Z', a zone name); without one timestamptz reads it in the session's. */
  zoned: boolean;
}

/** A cursor over lowercased date/time input; errors quote the original text as PostgreSQL does. */
class DateTimeScanner {
  readonly s: string;
  pos = 0;

  constructor(
    readonly text: string,
    readonly typeLabel: string,
  ) {
    this.s = text.trim().toLowerCase();
  }

  atEnd(): boolean {
    return this.pos >= this.s.length;
  }

  peek(): string {
    return this.s[this.pos] ?? '';
  }

  eat(token: string): boolean {
    if (!this.s.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  skipSpaces(): boolean {
    const start = this.pos;
    while (this.s[this.pos] === ' ' || this.s[this.pos] === '\t') this.pos++;
    return this.pos > start;
  }

  digits(): string {
    const start = this.pos;
    while (this.pos < this.s.length && isDigit(this.s.charCodeAt(this.pos))) this.pos++;
    return this.s.slice(start, this.pos);
  }

  syntaxError(): PgError {
    return new PgError(SqlState.invalidDatetimeFormat, `invalid input syntax for type ${this.typeLabel}: "${this.text}"`);
  }

  rangeError(): PgError {
    return new PgError(SqlState.datetimeFieldOverflow, `date/time field value out of range: "${this.text}"`);
  }

  /** 'HH:MM[:SS[.fff]]' as microseconds into the day; 24:00:00 is allowed, as are leap seconds. */
  clock(): number {
    // 'HHMMSS' or 'HHMM' run together, as after the T of '20240704T131415'.
    const packed = /^(\d\d)(\d\d)(\d\d)?(?=$|[.\s+-])/.exec(this.s.slice(this.pos));
    if (packed) {
      this.pos += packed[0].length;
      const frac = this.eat('.') ? rint(Number('0.' + this.digits()) * USEC_PER_SEC) : 0;
      const [hour, minute, sec] = [Number(packed[1]), Number(packed[2]), Number(packed[3] ?? 0)];
      if (hour > 24 || minute > 59 || sec > 60 || (hour === 24 && (minute > 0 || sec > 0 || frac > 0))) throw this.rangeError();
      return ((hour * 60 + minute) * 60 + sec) * USEC_PER_SEC + frac;
    }
    const h = this.digits();
    if (h.length < 1 || h.length > 2 || !this.eat(':')) throw this.syntaxError();
    const m = this.digits();
    if (m.length < 1 || m.length > 2) throw this.syntaxError();
    let sec = 0;
    let frac = 0;
    if (this.eat(':')) {
      const s = this.digits();
      if (s.length < 1 || s.length > 2) throw this.syntaxError();
      sec = Number(s);
      if (this.eat('.')) frac = rint(Number('0.' + this.digits()) * USEC_PER_SEC);
    }
    let hour = Number(h);
    const minute = Number(m);
    // '1:02 pm': AM/PM after the clock, hours 0-12 (DecodeDateTime's AMPM).
    const before = this.pos;
    this.skipSpaces();
    const meridiem = /^(am|pm)(?=$|\s)/.exec(this.s.slice(this.pos))?.[1];
    if (meridiem) {
      this.pos += meridiem.length;
      if (hour > 12) throw this.rangeError();
      hour = meridiem.startsWith('p') ? (hour % 12) + 12 : hour % 12;
    } else this.pos = before;
    if (hour > 24 || minute > 59 || sec > 60 || (hour === 24 && (minute > 0 || sec > 0 || frac > 0))) {
      throw this.rangeError();
    }
    const usec = ((hour * 60 + minute) * 60 + sec) * USEC_PER_SEC + frac;
    // A leap second's fraction may not pass the day's end ('23:59:60.5'; '12:59:60.5' is 13:00:00.5).
    if (usec > USEC_PER_DAY) throw this.rangeError();
    return usec;
  }

  /** '+HH', '-HH:MM', '+HHMM', '+HH:MM:SS' or an abbreviation ('Z', 'UTC', 'PST') as seconds east of UTC; undefined if absent. */
  zone(): number | undefined {
    const word = /^[a-z]+/.exec(this.s.slice(this.pos))?.[0];
    const abbreviated = word === undefined ? undefined : abbreviationOffset(word);
    if (abbreviated !== undefined) {
      this.pos += word!.length;
      // POSIX's 'UTC+3' and 'GMT-8' count hours west of Greenwich.
      const west = /^(?:utc|gmt)$/.test(word!) && /^[+-]\d/.test(this.s.slice(this.pos)) ? this.zone() : undefined;
      return west === undefined ? abbreviated : -west;
    }
    const sign = this.peek();
    if (sign !== '+' && sign !== '-') return undefined;
    this.pos++;
    const first = this.digits();
    let h: string;
    let m = '0';
    let s = '0';
    if (first.length <= 2) {
      h = first;
      if (this.eat(':')) {
        m = this.digits();
        if (this.eat(':')) s = this.digits();
      }
    } else if (first.length === 4 || first.length === 6) {
      h = first.slice(0, 2);
      m = first.slice(2, 4);
      s = first.slice(4) || '0';
    } else {
      throw this.syntaxError();
    }
    if (h === '' || m.length > 2 || s.length > 2 || m === '' || s === '') throw this.syntaxError();
    if (Number(h) > 15 || Number(m) > 59 || Number(s) > 59) {
      throw new PgError(INVALID_TIME_ZONE_DISPLACEMENT, `time zone displacement out of range: "${this.text}"`);
    }
    const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s);
    return sign === '-' ? -seconds : seconds;
  }

  /** A month's English name or its first three letters, as 1 to 12; 0 (nothing read) otherwise. */
  monthName(): number {
    const word = /^[a-z]+/.exec(this.s.slice(this.pos))?.[0] ?? '';
    const month = word.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(word) || (word.length === 3 && m.startsWith(word))) + 1 : 0;
    if (month) this.pos += word.length;
    return month;
  }

  /** An IANA zone name after the time ('America/New_York'): its offset at that local time, in seconds east of UTC. */
  zoneName(year: number, month: number, day: number, usec: number): number | undefined {
    // Area/Location, or one of tzdata's POSIX-style names ('EST5EDT').
    const name = /^(?:[a-z][a-z0-9_+-]*(?:\/[a-z0-9_+-]+)+|[a-z]{3}\d{1,2}[a-z]{3}\b)/.exec(this.s.slice(this.pos))?.[0];
    if (!name) return undefined;
    const localSeconds = Math.floor(Date.UTC(year, month - 1, day) / 1000) + Math.floor(usec / USEC_PER_SEC);
    const offset = offsetOfLocal(namedZone(name), localSeconds);
    this.pos += name.length;
    return offset;
  }

  /** The ISO forms: 'YYYY-MM-DD' or 'YYYYMMDD', then optionally ' HH:MM:SS.fff' or 'T...', zone, BC/AD. */
  dateTime(): DateTimeFields | Infinite {
    switch (this.s) {
      case 'infinity':
        return 'infinity';
      case '-infinity':
        return '-infinity';
      case 'epoch':
        return { year: 1970, month: 1, day: 1, usec: 0, offset: 0, zoned: true };
      case 'now':
      case 'today':
      case 'tomorrow':
      case 'yesterday':
        return clockFields(this.s);
    }
    // A day's name before the date ('Tue Mar 05 13:02:03 2024', as the Postgres DateStyle prints), read and ignored.
    const dayName = /^(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*,?(?=\s)/.exec(this.s)?.[0];
    if (dayName && DAYS.some((d) => d.startsWith(dayName.replace(',', '')))) {
      this.pos += dayName.length;
      this.skipSpaces();
    }
    // 'J2460496': a Julian day number.
    const julian = /^j(\d+)/.exec(this.s)?.[1];
    if (julian) this.pos += julian.length + 1;
    const first = this.digits();
    let year: number;
    let month: number;
    let day: number;
    /** Whether the year was written with one or two digits, which PostgreSQL puts in 1970-2069. */
    let shortYear = false;
    let usec: number | undefined;
    const sep = ['-', '/', '.'].find((c) => this.eat(c));
    if (julian) {
      [year, month, day] = civilFromDays(Number(julian) - 2440588);
    } else if (first === '') {
      // 'May 17 2024', 'May 17, 2024', 'Mar 05 13:02:03 2024', 'Jul-04-2024'
      month = this.monthName();
      if (!month) throw this.syntaxError();
      const dashed = ['-', '/'].find((c) => this.eat(c));
      this.skipSpaces();
      const d = this.digits();
      if (dashed) this.eat(dashed);
      this.eat(',');
      this.skipSpaces();
      if (/^\d{1,2}:/.test(this.s.slice(this.pos))) {
        usec = this.clock();
        this.skipSpaces();
      }
      const y = this.digits();
      if (d.length < 1 || d.length > 2 || y.length < 1) throw this.syntaxError();
      // Two numbers of two digits are day and year but under YMD ('Jul-04-24' is 2004-07-24 there).
      [year, day, shortYear] = dateOrder === 'YMD' && y.length <= 2 ? [Number(d), Number(y), true] : [Number(y), Number(d), y.length <= 2];
    } else if (sep === undefined) {
      const before = this.pos;
      const spaced = first.length <= 2 && this.skipSpaces();
      const named = spaced ? this.monthName() : 0;
      if (named) {
        // '5 Mar 2024', '5 March 2024 10:00'
        this.skipSpaces();
        const y = this.digits();
        if (y.length < 1) throw this.syntaxError();
        [year, month, day, shortYear] = [Number(y), named, Number(first), y.length <= 2];
      } else if (first.length >= 6) {
        // 'YYYYMMDD', 'YYMMDD': day and month the last four digits, the year all before them (DecodeNumberField).
        this.pos = before;
        const y = first.length - 4;
        [year, month, day, shortYear] = [Number(first.slice(0, y)), Number(first.slice(y, y + 2)), Number(first.slice(y + 2)), y === 2];
      } else {
        throw this.syntaxError();
      }
    } else {
      const named = this.monthName();
      const second = named ? '' : this.digits();
      // 'YYYY-DDD', 'YYYY.DDD': a year and a day of it, 1 to 366 in any year (DecodeNumber's DTK_DOY;
      // ValidateDate counts it from January 1, so 2023's 366th is 2024-01-01).
      const dayOfYear = first.length >= 3 && second.length === 3 && !this.eat(sep);
      if (!dayOfYear && ((!named && (second.length < 1 || second.length > 2)) || !this.eat(sep))) throw this.syntaxError();
      const third = dayOfYear ? '' : this.digits();
      if (dayOfYear) {
        if (Number(second) < 1 || Number(second) > 366) throw this.syntaxError();
        [year, month, day] = civilFromDays(daysFromCivil(Number(first), 1, 1) + Number(second) - 1);
      } else if (third.length < 1) throw this.syntaxError();
      else if (first.length >= 3) {
        // 'YYYY-MM-DD', 'YYYY/MM/DD', 'YYYY.MM.DD', 'YYYY-Mon-DD'
        if (third.length > 2) throw this.syntaxError();
        [year, month, day] = [Number(first), named || Number(second), Number(third)];
      } else if (named) {
        // '17-May-2024'; '04-Jul-24' year first under YMD.
        [year, month, day, shortYear] = dateOrder === 'YMD' && third.length <= 2 ? [Number(first), named, Number(third), true] : [Number(third), named, Number(first), third.length <= 2];
      } else if (dateOrder === 'YMD') {
        // 'YY/MM/DD': a last field of more digits is no day ('07/04/2024' is out of range there).
        if (third.length > 2) throw new PgError(SqlState.datetimeFieldOverflow, this.rangeError().message, { hint: 'Perhaps you need a different "datestyle" setting.' });
        [year, month, day, shortYear] = [Number(first), Number(second), Number(third), first.length <= 2];
      } else {
        // 'MM-DD-YYYY', 'DD/MM/YY': in DateStyle's field order.
        const [m, d] = dateOrder === 'DMY' ? [second, first] : [first, second];
        [year, month, day, shortYear] = [Number(third), Number(m), Number(d), third.length <= 2];
      }
    }
    const writtenYear = year;
    if (shortYear) year += year < 70 ? 2000 : 1900;
    let offset: number | undefined;
    const hasT = usec === undefined && this.eat('t');
    const spaced = hasT || this.skipSpaces();
    if (usec !== undefined) {
      offset = this.zoneName(year, month, day, usec) ?? this.zone();
      this.skipSpaces();
    } else if (spaced && isDigit(this.s.charCodeAt(this.pos))) {
      usec = this.clock();
      this.skipSpaces();
      offset = this.zoneName(year, month, day, usec) ?? this.zone();
      this.skipSpaces();
    } else if (hasT) {
      throw this.syntaxError();
    } else if (spaced) {
      // A zone right after the date (pgjdbc's setDate sends '2020-01-01 +00').
      offset = this.zone();
      this.skipSpaces();
    }
    // ValidateDate: a BC year is taken as written, two digits too ('Jan 8 99 BC' is 99 BC); there is no year zero.
    if (this.eat('bc')) {
      if (writtenYear === 0 && !julian) throw this.rangeError();
      if (!julian) year = 1 - writtenYear;
    } else {
      if (year === 0 && !julian) throw this.rangeError();
      this.eat('ad');
    }
    if (!this.atEnd()) throw this.syntaxError();
    // A month out of range may be a day read in the wrong order: PostgreSQL hints at DateStyle then.
    if (month < 1 || month > 12) throw new PgError(SqlState.datetimeFieldOverflow, this.rangeError().message, { hint: 'Perhaps you need a different "datestyle" setting.' });
    if (day < 1 || day > daysInMonth(year, month)) throw this.rangeError();
    return { year, month, day, usec: usec ?? 0, offset: offset ?? 0, zoned: offset !== undefined };
  }
}

/**
 * The current transaction's start (ms since the epoch), which the input words 'now', 'today',
 * 'tomorrow' and 'yesterday' read, as PostgreSQL's DecodeDateTime does: set around each request on
 * a replica's thread (every replica reads the same) and around translation on the front; the
 * wall clock where nothing set it.
 */
let clock: number | undefined;

/**
 * Changes whenever what the functions here read besides their arguments changes (the clock, the
 * zone, DateStyle): a result kept for the same arguments (dialect/runtime/last-call.ts) is good
 * while it stays the same.
 */
let settingsVersion = 0;

export function timeSettingsVersion(): number {
  return settingsVersion;
}

/** `fn` run with `ms` as the transaction's start the clock words read, the one before restored after. */
export function withStatementClock<T>(ms: number | undefined, fn: () => T): T {
  const before = clock;
  clock = ms;
  settingsVersion++;
  try {
    return fn();
  } finally {
    clock = before;
    settingsVersion++;
  }
}

export function setStatementClock(ms: number | undefined): void {
  clock = ms;
  settingsVersion++;
}

/** Whether a query names a clock word in a string literal: its translation reads the clock, so it is not one to keep. */
export function readsClock(query: string): boolean {
  return /'\s*(?:now|today|tomorrow|yesterday)\s*'/i.test(query);
}

/** The wall-clock fields, in the session's zone, of the clock word `word` ('today': midnight). */
function clockFields(word: string): DateTimeFields {
  const local = toLocal(transactionStart());
  const shift = word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : 0;
  const [year, month, day] = civilFromDays(local.days + PG_EPOCH_DAYS + shift);
  return { year, month, day, usec: word === 'now' ? local.usec : 0, offset: 0, zoned: false };
}

/**
 * The session's TimeZone where the running code reads and prints timestamptz values; null is UTC.
 * Set around each request on a replica's thread (SessionContext.settings carries it, so every
 * replica computes the same) and around translation and output on the front.
 */
let active: TimeZone | null = null;
/** The abbreviation of a zone of UTC's time that `active` leaves out (GMT for 'Etc/GMT'), which to_char's TZ and the SQL, Postgres and German DateStyles print. */
let utcAbbreviation = 'UTC';

/** Makes `setting` (a TimeZone value, undefined for the default UTC) the zone the code below reads in. */
export function setTimeZone(setting: string | undefined): void {
  const zone = setting === undefined ? null : timeZoneOf(setting);
  active = zone && zone.fixed !== 0 ? zone : null;
  settingsVersion++;
  utcAbbreviation = zone?.fixed === 0 ? zone.abbreviation ?? (/gmt/i.test(zone.name) ? 'GMT' : 'UTC') : 'UTC';
}

/** `fn` run with `setting` as the session's zone, the zone before restored after. */
export function withTimeZone<T>(setting: string | undefined, fn: () => T): T {
  const before = active;
  const beforeUtc = utcAbbreviation;
  setTimeZone(setting);
  try {
    return fn();
  } finally {
    active = before;
    utcAbbreviation = beforeUtc;
    settingsVersion++;
  }
}

/** DateStyle's output half: how date_out, timestamp_out and timestamptz_out print. */
type DateOutput = 'ISO' | 'SQL' | 'Postgres' | 'German';

/**
 * DateStyle, as the session keeps it ('SQL, DMY'): set with the TimeZone (session-styles.ts). The
 * order is the one ambiguous input is read in ('01/02/03'), and the day-month order SQL and Postgres print.
 */
let dateOutput: DateOutput = 'ISO';
let dateOrder: 'MDY' | 'DMY' | 'YMD' = 'MDY';

export function setDateStyle(setting: string | undefined): void {
  const [output, order] = (setting ?? 'ISO, MDY').split(', ');
  dateOutput = output as DateOutput;
  dateOrder = order as typeof dateOrder;
  settingsVersion++;
}

/** Whether dates print in the ISO DateStyle, as they are stored. */
export function isoDates(): boolean {
  return dateOutput === 'ISO';
}

export function activeDateStyle(): string {
  return `${dateOutput}, ${dateOrder}`;
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** date_out under the session's DateStyle, of a date's stored text. */
export function dateOut(stored: string): string {
  if (dateOutput === 'ISO') return stored;
  const days = parseDate(stored);
  if (typeof days === 'string') return days;
  const { text, isBC } = styledDate(days, dateOutput);
  return isBC ? text + ' BC' : text;
}

/**
 * timestamp_out and timestamptz_out under the session's DateStyle other than ISO (EncodeDateTime),
 * a timestamptz in the session's zone, named by its abbreviation (0A000 where evsql does not know it).
 */
export function timestampOut(ts: Timestamp | Infinite, withTz: boolean): string {
  if (typeof ts === 'string') return ts;
  const name = withTz ? sessionAbbreviation(ts) : '';
  if (name === undefined) throw new PgError(SqlState.featureNotSupported, `timestamptz output in DateStyle ${dateOutput} in this TimeZone is not supported by evsql (the zone's abbreviation is unknown to it)`);
  const zone = withTz ? ' ' + name : '';
  const local = withTz ? toLocal(ts) : ts;
  const clock = clockText(local.usec);
  if (dateOutput === 'Postgres') {
    const [y, m, d] = civilFromDays(local.days + PG_EPOCH_DAYS);
    const day = SHORT_DAYS[(((local.days + 6) % 7) + 7) % 7]!;
    const monthDay = dateOrder === 'DMY' ? `${pad2(d)} ${SHORT_MONTHS[m - 1]}` : `${SHORT_MONTHS[m - 1]} ${pad2(d)}`;
    return `${day} ${monthDay} ${clock} ${yearText(y)}${zone}${y <= 0 ? ' BC' : ''}`;
  }
  const { text, isBC } = styledDate(local.days, dateOutput);
  return `${text} ${clock}${zone}${isBC ? ' BC' : ''}`;
}

/** A year as EncodeDateOnly prints it: four digits at least, BC years counted from 1. */
function yearText(y: number): string {
  return String(y > 0 ? y : 1 - y).padStart(4, '0');
}

/** The date part of the SQL ('07/04/2024', '04/07/2024' under DMY), German ('04.07.2024') and Postgres ('07-04-2024') DateStyles. */
function styledDate(days: number, output: DateOutput): { text: string; isBC: boolean } {
  const [y, m, d] = civilFromDays(days + PG_EPOCH_DAYS);
  const [dd, mm, yyyy] = [pad2(d), pad2(m), yearText(y)];
  const dmy = output === 'German' || dateOrder === 'DMY';
  const sep = output === 'SQL' ? '/' : output === 'German' ? '.' : '-';
  return { text: dmy ? `${dd}${sep}${mm}${sep}${yyyy}` : `${mm}${sep}${dd}${sep}${yyyy}`, isBC: y <= 0 };
}

/** The session zone's name, undefined for UTC: translations that read literals are cached per zone. */
export function activeZoneName(): string | undefined {
  return active?.name;
}

/** Whether the session's zone is other than UTC: zone-dependent work evsql does not do in one refuses then. */
export function zoneIsUtc(): boolean {
  return active === null;
}

const SECS_PER_DAY = 86_400;

function epochSeconds(ts: Timestamp): number {
  return (ts.days + PG_EPOCH_DAYS) * SECS_PER_DAY + Math.floor(ts.usec / USEC_PER_SEC);
}

/** The timestamp `seconds` later. */
export function shifted(ts: Timestamp, seconds: number): Timestamp {
  const usec = ts.usec + seconds * USEC_PER_SEC;
  const carry = Math.floor(usec / USEC_PER_DAY);
  return { days: ts.days + carry, usec: usec - carry * USEC_PER_DAY };
}

/** The session zone's offset, in seconds east of UTC, at a UTC instant. */
export function sessionOffset(utc: Timestamp): number {
  return active ? offsetAt(active, epochSeconds(utc)) : 0;
}

/** The session zone's abbreviation at a UTC instant (to_char's TZ): 'UTC' in UTC, undefined where evsql does not know it. */
export function sessionAbbreviation(utc: Timestamp): string | undefined {
  return active ? abbreviationAt(active, epochSeconds(utc)) : utcAbbreviation;
}

/** A UTC instant as the session zone's wall-clock time. */
export function toLocal(utc: Timestamp): Timestamp {
  return active ? shifted(utc, offsetAt(active, epochSeconds(utc))) : utc;
}

/** A wall-clock time in the session's zone as the UTC instant it names (DST edges as PostgreSQL resolves them). */
export function fromLocal(local: Timestamp): Timestamp {
  return active ? shifted(local, -offsetOfLocal(active, epochSeconds(local))) : local;
}

/** A stored timestamptz as the session zone's wall-clock time, in timestamp's stored form (tstz::timestamp). */
export function localTimestampText(stored: string): string {
  const ts = parseTimestamp(stored, true);
  return formatTimestamp(typeof ts === 'string' ? ts : toLocal(ts), false);
}

/** A timestamp's stored form read as wall-clock time in the session's zone: the timestamptz stored (timestamp::timestamptz). */
export function zonedTimestampText(stored: string): string {
  const ts = parseTimestamp(stored, false);
  return formatTimestamp(typeof ts === 'string' ? ts : fromLocal(ts), true);
}

/** '+05', '-04:56:02': an offset as timestamptz output prints it. */
export function offsetText(seconds: number, alwaysMinutes = false): string {
  const abs = Math.abs(seconds);
  const mm = Math.floor(abs / 60) % 60;
  const ss = abs % 60;
  return (seconds < 0 ? '-' : '+') + pad2(Math.floor(abs / 3600)) + (mm || ss || alwaysMinutes ? ':' + pad2(mm) : '') + (ss ? ':' + pad2(ss) : '');
}

/** timestamptz output: the instant in the session's zone with its offset there. */
export function formatTimestamptzOut(ts: Timestamp | Infinite): string {
  if (typeof ts === 'string' || !active) return formatTimestamp(ts, true);
  const offset = offsetAt(active, epochSeconds(ts));
  const { text, isBC } = ymdText(shifted(ts, offset).days);
  return text + ' ' + clockText(shifted(ts, offset).usec) + offsetText(offset) + (isBC ? ' BC' : '');
}

/** A zone named in an expression or a literal, 22023 where nobody knows it (see expressionZone). */
export function namedZone(name: string): TimeZone {
  return timeZoneOf(expressionZone(name));
}

/** A zone's offset, in seconds east of UTC, at the transaction's start (timetz_zone's for a named zone). */
export function offsetNow(zone: TimeZone): number {
  return offsetAt(zone, epochSeconds(transactionStart()));
}

/** A timestamptz as the wall-clock time in `zone` (AT TIME ZONE's timestamp). */
export function utcToZone(utc: Timestamp, zone: TimeZone): Timestamp {
  return shifted(utc, offsetAt(zone, epochSeconds(utc)));
}

/** A wall-clock time in `zone` as the instant it names, DST edges resolved as DetermineTimeZoneOffset does. */
export function zoneToUtc(local: Timestamp, zone: TimeZone): Timestamp {
  return shifted(local, -offsetOfLocal(zone, epochSeconds(local)));
}

/** The digits at s[start..start+length) as a number, or -1 if any is not a digit. */
function digitsAt(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 2000-01-01 of the storage form 'YYYY-MM-DD' at `at`; NaN when not in that form. */
function storedDays(s: string, at: number): number {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return NaN;
  const year = digitsAt(s, at, 4);
  const month = digitsAt(s, at + 5, 2);
  const day = digitsAt(s, at + 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day) - PG_EPOCH_DAYS;
}

/** Microseconds of the storage form 'HH:MM:SS[.ffffff]' in s[at..end); -1 when not in that form. */
function storedClock(s: string, at: number, end: number): number {
  if (end - at < 8 || s.charCodeAt(at + 2) !== 58 || s.charCodeAt(at + 5) !== 58) return -1;
  const hour = digitsAt(s, at, 2);
  const minute = digitsAt(s, at + 3, 2);
  const second = digitsAt(s, at + 6, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  let frac = 0;
  const fracDigits = end - at - 9;
  if (fracDigits >= 0) {
    if (s.charCodeAt(at + 8) !== 46 || fracDigits < 1 || fracDigits > 6) return -1;
    frac = digitsAt(s, at + 9, fracDigits);
    if (frac < 0) return -1;
    frac *= 10 ** (6 - fracDigits);
  }
  return ((hour * 60 + minute) * 60 + second) * USEC_PER_SEC + frac;
}

export function parseDate(text: string): number | Infinite {
  // The storage form skips the general scanner.
  if (text.length === 10) {
    const days = storedDays(text, 0);
    if (days === days) return days;
  }
  const scanner = new DateTimeScanner(text, 'date');
  const f = scanner.dateTime();
  if (typeof f === 'string') return f;
  const days = daysFromCivil(f.year, f.month, f.day) - PG_EPOCH_DAYS;
  if (days < MIN_DAYS || days >= DATE_END_DAYS) {
    throw new PgError(SqlState.datetimeFieldOverflow, `date out of range: "${text}"`);
  }
  return days;
}

/** timestamp input ignores a zone offset (as PostgreSQL does); timestamptz input converts to UTC. */
export function parseTimestamp(text: string, withTz: boolean): Timestamp | Infinite {
  // The storage form skips the general scanner.
  const end = withTz ? text.length - 3 : text.length;
  if (end >= 19 && text.charCodeAt(10) === 32 && (!withTz || text.endsWith('+00'))) {
    const days = storedDays(text, 0);
    const usec = storedClock(text, 11, end);
    if (days === days && usec >= 0) return { days, usec };
  }
  const scanner = new DateTimeScanner(text, withTz ? 'timestamp with time zone' : 'timestamp');
  const f = scanner.dateTime();
  if (typeof f === 'string') return f;
  const usec = f.usec - (withTz ? f.offset * USEC_PER_SEC : 0);
  const carry = Math.floor(usec / USEC_PER_DAY);
  let ts = { days: daysFromCivil(f.year, f.month, f.day) - PG_EPOCH_DAYS + carry, usec: usec - carry * USEC_PER_DAY };
  if (withTz && !f.zoned && active) ts = fromLocal(ts);
  if (ts.days < MIN_DAYS || ts.days >= TIMESTAMP_END_DAYS) {
    throw new PgError(SqlState.datetimeFieldOverflow, `timestamp out of range: "${text}"`);
  }
  return ts;
}

/** time input: a clock, or a whole timestamp whose time of day is taken; a zone is ignored. */
export function parseTime(text: string): number {
  const stored = storedClock(text, 0, text.length);
  if (stored >= 0) return stored;
  const scanner = new DateTimeScanner(text, 'time');
  const s = scanner.s;
  // 'allballs': all zeros, midnight.
  if (s === 'allballs') return 0;
  if (s === 'now') return clockFields(s).usec;
  const colon = s.indexOf(':');
  const dash = s.indexOf('-');
  if (dash < 0 || dash > colon) {
    const usec = scanner.clock();
    scanner.skipSpaces();
    scanner.zone();
    if (!scanner.atEnd()) throw scanner.syntaxError();
    if (usec > USEC_PER_DAY) throw scanner.rangeError();
    return usec;
  }
  const f = scanner.dateTime();
  if (typeof f === 'string') throw scanner.syntaxError();
  if (f.usec > USEC_PER_DAY) throw scanner.rangeError();
  return f.usec;
}

/**
 * timetz input: a clock and its zone, in seconds east of UTC; where none is written, the session
 * zone's offset at the transaction's start (DecodeTimeOnly reads it for the current date).
 */
export function parseTimetz(text: string): { usec: number; offset: number } {
  const scanner = new DateTimeScanner(text, 'time with time zone');
  // 'allballs': midnight UTC.
  if (scanner.s === 'allballs') return { usec: 0, offset: 0 };
  const usec = scanner.clock();
  scanner.skipSpaces();
  const zone = scanner.zone();
  if (!scanner.atEnd()) throw scanner.syntaxError();
  if (usec > USEC_PER_DAY) throw scanner.rangeError();
  return { usec, offset: zone ?? sessionOffset(transactionStart()) };
}

/** The transaction's start the clock words read (see withStatementClock), as a UTC timestamp. */
export function transactionStart(): Timestamp {
  const now = Math.round((clock ?? Date.now()) * 1000);
  const days = Math.floor(now / USEC_PER_DAY);
  return { days: days - PG_EPOCH_DAYS, usec: now - days * USEC_PER_DAY };
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** '.ffffff' with trailing zeros trimmed, or '' for a whole second. */
export function fractionText(usec: number): string {
  if (usec === 0) return '';
  let s = String(usec).padStart(6, '0');
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  s = s.slice(0, end);
  return '.' + s;
}

export function clockText(usec: number): string {
  const secs = Math.floor(usec / USEC_PER_SEC);
  return pad2(Math.floor(secs / 3600)) + ':' + pad2(Math.floor(secs / 60) % 60) + ':' + pad2(secs % 60) + fractionText(usec - secs * USEC_PER_SEC);
}

/** 'YYYY-MM-DD' of a day counted from 2000-01-01; isBC tells the caller to append ' BC'. */
function ymdText(days: number): { text: string; isBC: boolean } {
  const [y, m, d] = civilFromDays(days + PG_EPOCH_DAYS);
  const year = y > 0 ? y : 1 - y;
  return { text: (year < 1000 ? String(year).padStart(4, '0') : String(year)) + '-' + pad2(m) + '-' + pad2(d), isBC: y <= 0 };
}

export function formatDate(days: number | Infinite): string {
  if (typeof days === 'string') return days;
  const { text, isBC } = ymdText(days);
  return isBC ? text + ' BC' : text;
}

export function formatTimestamp(ts: Timestamp | Infinite, withTz: boolean): string {
  if (typeof ts === 'string') return ts;
  const { text, isBC } = ymdText(ts.days);
  return text + ' ' + clockText(ts.usec) + (withTz ? '+00' : '') + (isBC ? ' BC' : '');
}

/**
 * timestamp(p) and timestamptz(p): the stored text rounded to p fraction digits, half away from
 * zero as AdjustTimestampForTypmod does (-1: no precision, the text unchanged). Zero is
 * 2000-01-01, so a half before it goes to the earlier value ('1999-12-31 23:59:59.95' to .9).
 */
export function timestampAtPrecision(text: string, withTz: boolean, precision: number): string {
  if (precision < 0 || precision >= 6) return text;
  const ts = parseTimestamp(text, withTz);
  if (typeof ts === 'string') return text;
  const unit = 10 ** (6 - precision);
  const usec = (ts.days < 0 ? -Math.round(-ts.usec / unit) : Math.round(ts.usec / unit)) * unit;
  return formatTimestamp(usec >= USEC_PER_DAY ? { days: ts.days + 1, usec: usec - USEC_PER_DAY } : { days: ts.days, usec }, withTz);
}

/** time(p): the clock rounded to p fraction digits, half up as AdjustTimeForTypmod does (23:59:59.6 becomes 24:00:00). */
export function timeAtPrecision(text: string, precision: number): string {
  if (precision < 0 || precision >= 6) return text;
  const unit = 10 ** (6 - precision);
  return clockText(Math.round(parseTime(text) / unit) * unit);
}

export function isCanonicalTimestamp(s: string): boolean {
  const n = s.length;
  if (n < 19 || s.charCodeAt(10) !== 32) return s === 'infinity' || s === '-infinity';
  const c = s.charCodeAt(n - 3);
  return c !== 43 && c !== 45 && s.charCodeAt(n - 1) !== 90; // no offset, no 'Z'
}

export function isCanonicalTimestamptz(s: string): boolean {
  const n = s.length;
  return (n >= 22 && s.charCodeAt(n - 3) === 43 && s.charCodeAt(n - 2) === 48 && s.charCodeAt(n - 1) === 48) || s === 'infinity' || s === '-infinity';
}

export function timestampMicros(ts: Timestamp | Infinite): bigint {
  if (ts === 'infinity') return INT8_MAX;
  if (ts === '-infinity') return INT8_MIN;
  const micros = ts.days * USEC_PER_DAY + ts.usec;
  return Number.isSafeInteger(micros) ? BigInt(micros) : BigInt(ts.days) * USEC_PER_DAY_BIG + BigInt(ts.usec);
}

export function timestampFromMicros(micros: bigint): Timestamp | Infinite {
  if (micros === INT8_MAX) return 'infinity';
  if (micros === INT8_MIN) return '-infinity';
  let days = micros / USEC_PER_DAY_BIG;
  let usec = micros % USEC_PER_DAY_BIG;
  if (usec < 0n) {
    days -= 1n;
    usec += USEC_PER_DAY_BIG;
  }
  const ts = { days: Number(days), usec: Number(usec) };
  if (ts.days < MIN_DAYS || ts.days >= TIMESTAMP_END_DAYS) {
    throw new PgError(SqlState.datetimeFieldOverflow, 'timestamp out of range');
  }
  return ts;
}
