/** interval: input in the postgres, SQL standard and ISO 8601 styles, output in each IntervalStyle. */
import { PgError, SqlState } from '../errors.js';
import { rint } from './float.js';
import { IM_DAY, IM_HOUR, IM_MINUTE, IM_MONTH, IM_SECOND, IM_YEAR, INTERVAL_FULL_PRECISION, INTERVAL_FULL_RANGE } from './interval-typmod.js';
import { INT32_MAX, INT32_MIN } from './integer.js';
import { USEC_PER_DAY, USEC_PER_SEC, fractionText, pad2 } from './timestamp.js';

/** PostgreSQL's interval: months, days and microseconds, kept apart because their lengths vary. */
export interface Interval {
  months: number;
  days: number;
  usec: number;
}

const USEC_PER_MINUTE = 60 * USEC_PER_SEC;
const USEC_PER_HOUR = 60 * USEC_PER_MINUTE;
const DAYS_PER_MONTH = 30; // how PostgreSQL spreads a fraction of a month

type IntervalUnit = 'us' | 'ms' | 's' | 'min' | 'h' | 'd' | 'w' | 'mon' | 'y' | 'dec' | 'cent' | 'mil';

const INTERVAL_UNITS = new Map<string, IntervalUnit>();
for (const [unit, spellings] of [
  ['us', 'microsecond microseconds microsecon us usec usecs useconds'],
  ['ms', 'millisecond milliseconds millisecon ms msec msecs mseconds'],
  ['s', 'second seconds s sec secs'],
  ['min', 'minute minutes m min mins'],
  ['h', 'hour hours h hr hrs'],
  ['d', 'day days d'],
  ['w', 'week weeks w'],
  ['mon', 'month months mon mons'],
  ['y', 'year years y yr yrs'],
  ['dec', 'decade decades dec decs'],
  ['cent', 'century centuries c cent'],
  ['mil', 'millennium millennia mil mils'],
] as const) {
  for (const spelling of spellings.split(' ')) INTERVAL_UNITS.set(spelling, unit);
}

/** A number's fraction as strtod reads the digits after its point (1.0000005 - 1 is not 0.0000005). */
function fractionOf(text: string): number {
  const m = /^([+-]?)\d*(\.\d*)?/.exec(text)!;
  return m[2] && m[2].length > 1 ? Number(m[1] + '0' + m[2]) : 0;
}

/** Adds `value` units to an interval, spreading fractions downwards as DecodeInterval does. */
function addIntervalUnit(iv: Interval, value: number, unit: IntervalUnit, frac = value - Math.trunc(value)): void {
  const whole = Math.trunc(value);
  switch (unit) {
    case 'us':
      iv.usec += value;
      return;
    // The whole units and the fraction's microseconds, rounded on their own (AdjustFractMicroseconds:
    // '1.0000005 seconds' is 1 second, where 1.0000005 × 10^6 rounds up).
    case 'ms':
      iv.usec += whole * 1000 + rint(frac * 1000);
      return;
    case 's':
      iv.usec += whole * USEC_PER_SEC + rint(frac * USEC_PER_SEC);
      return;
    case 'min':
      iv.usec += whole * USEC_PER_MINUTE + rint(frac * USEC_PER_MINUTE);
      return;
    case 'h':
      iv.usec += whole * USEC_PER_HOUR + rint(frac * USEC_PER_HOUR);
      return;
    case 'd':
      iv.days += whole;
      iv.usec += frac * USEC_PER_DAY;
      return;
    case 'w':
      addIntervalUnit(iv, value * 7, 'd');
      return;
    case 'mon':
      iv.months += whole;
      addIntervalUnit(iv, frac * DAYS_PER_MONTH, 'd');
      return;
    case 'y':
      iv.months += whole * 12 + rint(frac * 12);
      return;
    case 'dec':
      iv.months += whole * 120 + rint(frac * 120);
      return;
    case 'cent':
      iv.months += whole * 1200 + rint(frac * 1200);
      return;
    case 'mil':
      iv.months += whole * 12000 + rint(frac * 12000);
      return;
  }
}

// A sign may stand apart from its number ('1 month - 1 day'), as ParseDateTime soaks up the blanks after it.
const INTERVAL_TOKEN = /\s*(?:([+-]?\s*(?:\d+\.?\d*|\.\d+)(?::\d+(?:\.\d*)?){1,2})|([+-]?\s*\d+)-(\d+)(?![\d:.])|([+-]?\s*(?:\d+\.?\d*|\.\d+))|([a-z]+))/y;

/**
 * interval_in for the postgres and ISO 8601 styles: '1 year 2 mons -3 days +04:05:06.5',
 * '1.5 hours', '1h30m', '1-2' (years-months), '3 04:05:06' (days and a time), 'P1Y2M3DT4H5M6S',
 * with '@' and 'ago'.
 */
/**
 * The last text read, and how: an expression such as `ts + interval '1 day'` reads the same
 * interval at every row. A copy goes out, so no caller's change reaches the kept one.
 */
let lastRead: { text: string; style: IntervalStyle; iv: Interval } | undefined;

export function parseInterval(text: string): Interval {
  if (lastRead?.text !== text || lastRead.style !== activeStyle) lastRead = { text, style: activeStyle, iv: readInterval(text) };
  return { ...lastRead.iv };
}

function readInterval(text: string): Interval {
  const bad = () => new PgError(SqlState.invalidDatetimeFormat, `invalid input syntax for type interval: "${text}"`);
  let s = text.trim().toLowerCase();
  if (s.startsWith('@')) s = s.slice(1).trim();
  if (s === '') throw bad();
  const iv: Interval = { months: 0, days: 0, usec: 0 };
  if (s.startsWith('p')) {
    parseIsoInterval(s, iv, bad);
  } else {
    type Token = { kind: 'time' | 'ym' | 'num' | 'word'; text: string; months?: string };
    const tokens: Token[] = [];
    INTERVAL_TOKEN.lastIndex = 0;
    while (INTERVAL_TOKEN.lastIndex < s.length) {
      const m = INTERVAL_TOKEN.exec(s);
      if (!m) throw bad();
      if (m[1] !== undefined) tokens.push({ kind: 'time', text: m[1].replace(/\s+/g, '') });
      else if (m[2] !== undefined) tokens.push({ kind: 'ym', text: m[2].replace(/\s+/g, ''), months: m[3] });
      else if (m[4] !== undefined) tokens.push({ kind: 'num', text: m[4].replace(/\s+/g, '') });
      else tokens.push({ kind: 'word', text: m[5] });
    }
    // Each field may be given once, as DecodeInterval's field mask enforces.
    const seen = new Set<string>();
    const field = (...units: string[]) => {
      for (const unit of units) {
        if (seen.has(unit)) throw bad();
        seen.add(unit);
      }
    };
    // Under IntervalStyle sql_standard a leading '-' is the whole value's when no other field has a sign
    // ('-1 2:03:04' is -1 days -2:03:04); the postgres style's output always signs the fields after a negative one.
    if (activeStyle === 'sql_standard' && tokens[0]?.text.startsWith('-') && !tokens.slice(1).some((t) => t.kind !== 'word' && /^[+-]/.test(t.text))) {
      for (const t of tokens.slice(1)) if (t.kind !== 'word') t.text = '-' + t.text;
    }
    let negate = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      if (token.kind === 'time') {
        field('h', 'min', 's');
        iv.usec += intervalTimeMicros(token.text, bad);
      } else if (token.kind === 'ym') {
        field('y', 'mon');
        const years = Number(token.text);
        const months = Number(token.months);
        iv.months += years * 12 + (token.text.startsWith('-') ? -months : months);
      } else if (token.kind === 'num') {
        const value = Number(token.text);
        if (next?.kind === 'word') {
          const unit = INTERVAL_UNITS.get(next.text);
          if (unit === undefined) throw bad();
          field(unit);
          addIntervalUnit(iv, value, unit, fractionOf(token.text));
          i++;
        } else {
          // A bare number counts days before a time field and seconds anywhere else.
          const unit = next?.kind === 'time' ? 'd' : 's';
          field(unit);
          addIntervalUnit(iv, value, unit);
        }
      } else if (token.text === 'ago' && i === tokens.length - 1 && i > 0) {
        negate = true;
      } else {
        throw bad();
      }
    }
    if (negate) {
      iv.months = -iv.months;
      iv.days = -iv.days;
      iv.usec = -iv.usec;
    }
  }
  iv.usec = rint(iv.usec);
  // interval_in reports a number past its integer as DTERR_FIELD_OVERFLOW, and fields that each fit
  // but whose months or days together do not (`178956971 years`) as an interval out of range.
  const fieldOverflow = () => new PgError(SqlState.intervalFieldOverflow, `interval field value out of range: "${text}"`);
  if (!Number.isSafeInteger(iv.usec)) throw fieldOverflow();
  if (!isInt32(iv.months) || !isInt32(iv.days)) {
    if ((text.match(/\d+/g) ?? []).some((digits) => Number(digits) > 2147483647)) throw fieldOverflow();
    throw new PgError(SqlState.datetimeFieldOverflow, 'interval out of range', { input: text });
  }
  return iv;
}

/** A signed time field: 'H:MM', 'H:MM:SS.fff', or 'MM:SS.fff' when the second part has a fraction. */
function intervalTimeMicros(text: string, bad: () => PgError): number {
  const neg = text.startsWith('-');
  const parts = text.replace(/^[+-]/, '').split(':');
  let usec: number;
  if (parts.length === 2 && parts[1].includes('.')) {
    usec = Number(parts[0]) * USEC_PER_MINUTE + Number(parts[1]) * USEC_PER_SEC;
  } else {
    if (parts.slice(0, -1).some((p) => p.includes('.'))) throw bad();
    usec = Number(parts[0]) * USEC_PER_HOUR + Number(parts[1]) * USEC_PER_MINUTE + Number(parts[2] ?? 0) * USEC_PER_SEC;
  }
  return neg ? -usec : usec;
}

const ISO_INTERVAL_PART = /([+-]?(?:\d+\.?\d*|\.\d+))([ymwdhs])/y;

/** ISO 8601's alternative format, extended: 'P0001-02-03T04:05:06', 'P1-2', 'PT04:05'. */
const ISO_ALTERNATIVE = /^p(?:([+-]?\d+)(?:-([+-]?\d+)(?:-([+-]?\d+))?)?)?(?:t([+-]?\d+)(?::([+-]?\d+)(?::([+-]?\d+(?:\.\d*)?))?)?)?$/;

function parseIsoInterval(s: string, iv: Interval, bad: () => PgError): void {
  const alternative = s.length > 1 && s !== 'pt' ? ISO_ALTERNATIVE.exec(s) : null;
  if (alternative) {
    const [, y, mo, d, h, mi, sec] = alternative;
    if (y !== undefined) addIntervalUnit(iv, Number(y), 'y');
    if (mo !== undefined) addIntervalUnit(iv, Number(mo), 'mon');
    if (d !== undefined) addIntervalUnit(iv, Number(d), 'd');
    if (h !== undefined) addIntervalUnit(iv, Number(h), 'h');
    if (mi !== undefined) addIntervalUnit(iv, Number(mi), 'min');
    if (sec !== undefined) addIntervalUnit(iv, Number(sec), 's');
    return;
  }
  let pos = 1;
  let inTime = false;
  if (pos >= s.length) throw bad();
  while (pos < s.length) {
    if (s[pos] === 't' && !inTime) {
      inTime = true;
      pos++;
      continue;
    }
    ISO_INTERVAL_PART.lastIndex = pos;
    const m = ISO_INTERVAL_PART.exec(s);
    if (!m) throw bad();
    pos = ISO_INTERVAL_PART.lastIndex;
    const value = Number(m[1]);
    const designator = m[2];
    if (inTime) {
      if (designator === 'h') addIntervalUnit(iv, value, 'h');
      else if (designator === 'm') addIntervalUnit(iv, value, 'min');
      else if (designator === 's') addIntervalUnit(iv, value, 's');
      else throw bad();
    } else if (designator === 'y') addIntervalUnit(iv, value, 'y');
    else if (designator === 'm') addIntervalUnit(iv, value, 'mon');
    else if (designator === 'w') addIntervalUnit(iv, value, 'w');
    else if (designator === 'd') addIntervalUnit(iv, value, 'd');
    else throw bad();
  }
}

function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX;
}

/** EncodeInterval in IntervalStyle postgres: '-1 years -2 mons +3 days -04:05:06.5'. */
export function formatInterval(iv: Interval): string {
  let out = '';
  let isZero = true;
  let isBefore = false;
  const part = (value: number, unit: string) => {
    if (value === 0) return;
    out += (isZero ? '' : ' ') + (isBefore && value > 0 ? '+' : '') + value + ' ' + unit + (value !== 1 ? 's' : '');
    isBefore = value < 0;
    isZero = false;
  };
  part(Math.trunc(iv.months / 12), 'year');
  part(iv.months % 12, 'mon');
  part(iv.days, 'day');
  if (isZero || iv.usec !== 0) {
    const neg = iv.usec < 0;
    const a = Math.abs(iv.usec);
    const secs = Math.floor(a / USEC_PER_SEC);
    out +=
      (isZero ? '' : ' ') +
      (neg ? '-' : isBefore ? '+' : '') +
      pad2(Math.floor(secs / 3600)) +
      ':' +
      pad2(Math.floor(secs / 60) % 60) +
      ':' +
      pad2(secs % 60) +
      fractionText(a - secs * USEC_PER_SEC);
  }
  return out;
}

/** IntervalStyle: how interval_out prints. A stored interval is always the postgres style's text. */
export type IntervalStyle = 'postgres' | 'postgres_verbose' | 'sql_standard' | 'iso_8601';

/**
 * The session's IntervalStyle, set around each request on a replica's thread and around
 * translation and output on the front, as the session's TimeZone is (output-styles.ts).
 */
let activeStyle: IntervalStyle = 'postgres';

export function setIntervalStyle(style: string | undefined): void {
  activeStyle = (style ?? 'postgres') as IntervalStyle;
}

export function activeIntervalStyle(): IntervalStyle {
  return activeStyle;
}

/** interval_out under the session's IntervalStyle, of an interval's stored text. */
export function intervalOut(stored: string): string {
  if (activeStyle === 'postgres') return stored;
  const iv = parseInterval(stored);
  return activeStyle === 'iso_8601' ? formatIntervalIso(iv) : activeStyle === 'sql_standard' ? formatIntervalSql(iv) : formatIntervalVerbose(iv);
}

/** The fields EncodeInterval prints: each truncated towards zero, so each carries the sign of its part. */
function intervalFields(iv: Interval) {
  const secs = Math.trunc(iv.usec / USEC_PER_SEC);
  return {
    year: Math.trunc(iv.months / 12),
    mon: iv.months % 12,
    day: iv.days,
    hour: Math.trunc(iv.usec / USEC_PER_HOUR),
    min: Math.trunc(iv.usec / USEC_PER_MINUTE) % 60,
    sec: secs % 60,
    fsec: iv.usec - secs * USEC_PER_SEC,
  };
}

/** AppendSeconds: the seconds' magnitude, two digits where `fill`, and its fraction without trailing zeros. */
function secondsText(sec: number, fsec: number, fill: boolean): string {
  const whole = Math.abs(sec);
  return (fill ? pad2(whole) : String(whole)) + fractionText(Math.abs(fsec));
}

/** EncodeInterval in IntervalStyle sql_standard: '1-2', '3 4:05:06', '-1-2', or all signs shown where they mix ('+1-0 -2 +0:00:00'). */
function formatIntervalSql(iv: Interval): string {
  const f = intervalFields(iv);
  const parts = [f.year, f.mon, f.day, f.hour, f.min, f.sec, f.fsec];
  const hasNegative = parts.some((v) => v < 0);
  const hasPositive = parts.some((v) => v > 0);
  const hasYearMonth = f.year !== 0 || f.mon !== 0;
  const hasDayTime = parts.slice(2).some((v) => v !== 0);
  const standard = !(hasNegative && hasPositive) && !(hasYearMonth && hasDayTime);
  if (!hasNegative && !hasPositive) return '0';
  const time = (hour: number, min: number) => `${hour}:${pad2(min)}:${secondsText(f.sec, f.fsec, true)}`;
  if (!standard) {
    const yearSign = f.year < 0 || f.mon < 0 ? '-' : '+';
    const daySign = f.day < 0 ? '-' : '+';
    const secSign = f.hour < 0 || f.min < 0 || f.sec < 0 || f.fsec < 0 ? '-' : '+';
    return `${yearSign}${Math.abs(f.year)}-${Math.abs(f.mon)} ${daySign}${Math.abs(f.day)} ${secSign}${time(Math.abs(f.hour), Math.abs(f.min))}`;
  }
  // One sign before the whole value, the fields printed as magnitudes.
  const sign = hasNegative ? '-' : '';
  if (hasYearMonth) return `${sign}${Math.abs(f.year)}-${Math.abs(f.mon)}`;
  const clock = time(Math.abs(f.hour), Math.abs(f.min));
  return f.day !== 0 ? `${sign}${Math.abs(f.day)} ${clock}` : `${sign}${clock}`;
}

/** EncodeInterval in IntervalStyle postgres_verbose: '@ 1 year 2 mons 3 days 4 hours 5 mins 6.5 secs', '@ 1 day -2 hours ago'. */
function formatIntervalVerbose(iv: Interval): string {
  const f = intervalFields(iv);
  let out = '@';
  let isZero = true;
  let isNegative = false;
  // The first field that is not zero decides whether the value is 'ago'; the later ones print relative to it.
  const part = (value: number, unit: string) => {
    if (value === 0) return;
    if (isZero) {
      isNegative = value < 0;
      value = Math.abs(value);
    } else if (isNegative) value = -value;
    out += ` ${value} ${unit}${value === 1 ? '' : 's'}`;
    isZero = false;
  };
  part(f.year, 'year');
  part(f.mon, 'mon');
  part(f.day, 'day');
  part(f.hour, 'hour');
  part(f.min, 'min');
  if (f.sec !== 0 || f.fsec !== 0) {
    out += ' ';
    if (f.sec < 0 || (f.sec === 0 && f.fsec < 0)) {
      if (isZero) isNegative = true;
      else if (!isNegative) out += '-';
    } else if (isNegative) out += '-';
    out += `${secondsText(f.sec, f.fsec, false)} sec${Math.abs(f.sec) !== 1 || f.fsec !== 0 ? 's' : ''}`;
    isZero = false;
  }
  if (isZero) out += ' 0';
  return isNegative ? out + ' ago' : out;
}

/** EncodeInterval in IntervalStyle iso_8601 (what Rails asks for): 'P-1Y-2M3DT-4H-5M-6.5S', 'PT0S' for zero. */
function formatIntervalIso(iv: Interval): string {
  const hours = Math.trunc(iv.usec / USEC_PER_HOUR);
  const minutes = Math.trunc((iv.usec % USEC_PER_HOUR) / USEC_PER_MINUTE);
  const usec = iv.usec % USEC_PER_MINUTE;
  if (iv.months === 0 && iv.days === 0 && iv.usec === 0) return 'PT0S';
  const part = (value: number, unit: string) => (value === 0 ? '' : `${value}${unit}`);
  let out = 'P' + part(Math.trunc(iv.months / 12), 'Y') + part(iv.months % 12, 'M') + part(iv.days, 'D');
  if (iv.usec !== 0) out += 'T' + part(hours, 'H') + part(minutes, 'M');
  if (usec !== 0) {
    const a = Math.abs(usec);
    const secs = Math.floor(a / USEC_PER_SEC);
    out += (usec < 0 ? '-' : '') + secs + fractionText(a - secs * USEC_PER_SEC) + 'S';
  }
  return out;
}


/** The unit DecodeInterval gives a bare number under a field range (`interval '1' day`). */
function bareNumberUnit(range: number): string {
  if (range === IM_YEAR) return 'year';
  if (range === IM_MONTH || range === (IM_YEAR | IM_MONTH)) return 'month';
  if (range === IM_DAY) return 'day';
  if (range === IM_HOUR || range === (IM_DAY | IM_HOUR)) return 'hour';
  if (range === IM_MINUTE || range === (IM_HOUR | IM_MINUTE) || range === (IM_DAY | IM_HOUR | IM_MINUTE)) return 'minute';
  return 'second';
}

/**
 * An interval literal read under its typmod, as interval_in with AdjustIntervalForTypmod reads it
 * (`interval '1' day`, `interval '3 4:05:06' day to minute`, `interval(0)`); undefined where
 * DecodeInterval reads the text differently under the range than without it (bare numbers among
 * other fields, `mm:ss` under MINUTE TO SECOND).
 */
export function intervalUnderTypmod(text: string, range: number, precision: number): string | undefined {
  const source = range === INTERVAL_FULL_RANGE ? text : unitsUnderRange(text, range);
  if (source === undefined) return undefined;
  try {
    return formatInterval(adjustInterval(parseInterval(source), range, precision));
  } catch (e) {
    // The error names the literal as written, not the units the range gave its numbers.
    throw e instanceof PgError && source !== text ? new PgError(e.code, e.message.replace(`"${source}"`, `"${text}"`)) : e;
  }
}

const UNIT_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/^(y|yr|yrs|years?)$/, 'year'],
  [/^(mons?|months?)$/, 'month'],
  [/^(d|days?)$/, 'day'],
  [/^(h|hr|hrs|hours?)$/, 'hour'],
  [/^(m|mins?|minutes?)$/, 'minute'],
  [/^(s|secs?|seconds?)$/, 'second'],
];

/**
 * DecodeInterval's reading of bare numbers under a field range, as explicit units: the fields are
 * read right to left, the rightmost bare number in the range's last field, a number left of an
 * hour or a time in days, one left of a unit in that unit ('1 2' DAY TO HOUR is '1 day 2 hour';
 * '2 3' DAY TO SECOND two seconds fields, refused); 'mm:ss' under MINUTE TO SECOND. Undefined
 * for words this does not read.
 */
function unitsUnderRange(text: string, range: number): string | undefined {
  const tokens = text.trim().split(/\s+/);
  const bare = (tok: string | undefined) => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(tok ?? '');
  const mmss = (tok: string) => range === (IM_MINUTE | IM_SECOND) && /^[+-]?[\d.]*:[\d.]*$/.test(tok);
  // Units written for every number (or an ISO 8601 text): nothing to give.
  if (!tokens.some((tok, i) => mmss(tok) || (bare(tok) && !/^[a-z]|:/i.test(tokens[i + 1] ?? '')))) return text;
  let unit: string | undefined;
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const tok = tokens[i]!.toLowerCase();
    if (tok.includes(':')) {
      out.unshift(mmss(tok) ? tok.replace(/^([+-]?)/, '$100:') : tok);
      unit = 'day';
    } else if (/^[+-]?\d+-\d+$/.test(tok)) {
      // SQL's years-months.
      out.unshift(tok);
    } else if (bare(tok)) {
      const u = unit ?? bareNumberUnit(range);
      out.unshift(`${tok} ${u}`);
      unit = u === 'hour' ? 'day' : u;
    } else {
      const word = UNIT_WORDS.find(([re]) => re.test(tok))?.[1];
      if (word === undefined || !bare(tokens[i - 1])) return undefined;
      unit = word;
    }
  }
  return out.join(' ');
}

/** AdjustIntervalForTypmod: the fields below the range dropped, the seconds rounded to the precision. */
function adjustInterval(iv: Interval, range: number, precision: number): Interval {
  const truncate = (unit: number) => {
    iv.usec = Math.trunc(iv.usec / unit) * unit;
  };
  if (range === IM_YEAR) {
    iv.months = Math.trunc(iv.months / 12) * 12;
    iv.days = 0;
    iv.usec = 0;
  } else if (range === IM_MONTH || range === (IM_YEAR | IM_MONTH)) {
    iv.days = 0;
    iv.usec = 0;
  } else if (range === IM_DAY) iv.usec = 0;
  else if (range === IM_HOUR || range === (IM_DAY | IM_HOUR)) truncate(USEC_PER_HOUR);
  else if (range === IM_MINUTE || range === (IM_HOUR | IM_MINUTE) || range === (IM_DAY | IM_HOUR | IM_MINUTE)) truncate(USEC_PER_MINUTE);
  if (precision !== INTERVAL_FULL_PRECISION && precision >= 0 && precision < 6) {
    const scale = 10 ** (6 - precision);
    const offset = scale / 2;
    iv.usec = iv.usec >= 0 ? Math.trunc((iv.usec + offset) / scale) * scale : -Math.trunc((-iv.usec + offset) / scale) * scale;
  }
  return iv;
}

/** An interval stored in a column or cast to a type of typmod `typmod` (-1: none, the text unchanged). */
export function intervalAtTypmod(text: string, typmod: number): string {
  if (typmod < 0) return text;
  const range = (typmod >> 16) & INTERVAL_FULL_RANGE;
  const precision = typmod & INTERVAL_FULL_PRECISION;
  return intervalUnderTypmod(text, range, precision) ?? formatInterval(adjustInterval(parseInterval(text), range, precision));
}
