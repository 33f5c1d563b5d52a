/**
 * PostgreSQL's to_char(), to_date() and to_timestamp(text, format) for the template patterns
 * applications use: dates and times (YYYY, MM, Mon, Month, DD, Day, Dy, HH24, HH12, MI, SS, MS,
 * US, AM/PM, Q, WW, IW, DDD, D, ID, TZ, with FM and TH modifiers and "quoted" text) and numbers
 * (9, 0, ., D, ',', G, S, MI, PL, SG, PR, V, L, TH, EEEE and FM), in the C locale. Pure.
 */
import { PgError, SqlState } from './errors.js';
import { civilFromDays, daysFromCivil } from './types/calendar.js';
import { applyNumericTypmod, decimalText, multiply, parseDecimal, parseNumericText, rescale } from './types/numeric.js';
import { powerNumeric } from './types/numeric-math.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A moment split into calendar fields; days counted from 1970-01-01. */
export interface DateTimeParts {
  unixDays: number;
  usec: number;
  /** Printed for TZ: timestamptz is 'UTC', a timestamp has none (its offset, for OF, TZH and TZM, is zero). */
  zone: boolean;
  /** A timestamptz's offset in a session TimeZone other than UTC, in seconds east. */
  offset?: number;
  /** Its zone's abbreviation there, undefined where evsql does not know it. */
  abbreviation?: () => string | undefined;
}

/** OF: the offset's hours, and its minutes where it has some. */
function offsetOf(seconds: number): string {
  const abs = Math.abs(seconds);
  const mm = Math.floor(abs / 60) % 60;
  return (seconds < 0 ? '-' : '+') + String(Math.floor(abs / 3600)).padStart(2, '0') + (mm ? ':' + String(mm).padStart(2, '0') : '');
}

/** TZ names the zone's abbreviation (EDT, CET); refused where Intl does not give the tz database's. */
function zoneAbbreviation(p: DateTimeParts, lower: boolean): string {
  if (!p.zone) return '';
  const name = p.abbreviation ? p.abbreviation() : 'UTC';
  if (name === undefined) throw new PgError(SqlState.featureNotSupported, "to_char TZ of a timestamptz in this TimeZone is not supported by evsql (the zone's abbreviation is unknown to it)");
  return lower ? name.toLowerCase() : name;
}

// Longest first, so that HH24 wins over HH and MONTH over MON.
const DATE_PATTERNS = [
  'HH24', 'HH12', 'HH', 'MI', 'SS', 'MS', 'US', 'SSSSS', 'SSSS',
  'A.M.', 'P.M.', 'a.m.', 'p.m.', 'AM', 'PM', 'am', 'pm',
  'A.D.', 'B.C.', 'a.d.', 'b.c.', 'AD', 'BC', 'ad', 'bc',
  'Y,YYY', 'YYYY', 'YYY', 'YY', 'Y', 'IYYY', 'IYY', 'IY', 'I',
  'MONTH', 'Month', 'month', 'MON', 'Mon', 'mon', 'MM',
  'DAY', 'Day', 'day', 'DY', 'Dy', 'dy', 'DDD', 'IDDD', 'DD', 'D', 'ID',
  'WW', 'IW', 'W', 'CC', 'J', 'Q', 'RM', 'rm', 'TZH', 'TZM', 'TZ', 'tz', 'OF', 'FF1', 'FF2', 'FF3', 'FF4', 'FF5', 'FF6',
].sort((a, b) => b.length - a.length);

/** Patterns whose case only names print in: the others match in lower case too (`hh24:mi`). */
const CASED = new Set(['MONTH', 'MON', 'DAY', 'DY', 'AM', 'PM', 'A.M.', 'P.M.', 'AD', 'BC', 'A.D.', 'B.C.', 'RM', 'TZ', 'TZH', 'TZM']);
const NAMES = new Set(['MONTH', 'Month', 'month', 'MON', 'Mon', 'mon', 'DAY', 'Day', 'day', 'DY', 'Dy', 'dy']);

/**
 * The patterns by their first character as written, longest first: `exact` as they stand, `lower`
 * the uncased ones written in lower case. Looking at every pattern at every position of the
 * format was most of to_char's time.
 */
const byFirst = (written: Array<[text: string, pattern: string]>): Map<string, Array<[text: string, pattern: string]>> => {
  const m = new Map<string, Array<[string, string]>>();
  for (const w of written) m.set(w[0][0]!, [...(m.get(w[0][0]!) ?? []), w]);
  return m;
};
const EXACT_PATTERNS = byFirst(DATE_PATTERNS.map((x) => [x, x]));
const LOWER_PATTERNS = byFirst(DATE_PATTERNS.filter((x) => !CASED.has(x) && x === x.toUpperCase()).map((x) => [x.toLowerCase(), x]));

/** The pattern at `i`: as written, or an uncased one written in lower case. */
function patternAt(format: string, i: number): [pattern: string, length: number] | undefined {
  const c = format[i];
  if (c === undefined) return undefined;
  const found = EXACT_PATTERNS.get(c)?.find(([text]) => format.startsWith(text, i)) ?? LOWER_PATTERNS.get(c)?.find(([text]) => format.startsWith(text, i));
  return found && [found[1], found[1].length];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function pad(n: number, width: number, fm: boolean): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (fm ? s : s.padStart(width, '0'));
}

function ordinal(n: number, upper: boolean): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return upper ? suffix.toUpperCase() : suffix;
}

function casedName(name: string, pattern: string, fm: boolean, abbreviated: boolean): string {
  let s = abbreviated ? name.slice(0, 3) : name;
  if (pattern === pattern.toUpperCase()) s = s.toUpperCase();
  else if (pattern === pattern.toLowerCase()) s = s.toLowerCase();
  return fm || abbreviated ? s : s.padEnd(9, ' ');
}

function isoWeek(unixDays: number): { week: number; year: number; dayOfYear: number } {
  const dow = (((unixDays + 3) % 7) + 7) % 7;
  const thursday = unixDays - dow + 3;
  const [year] = civilFromDays(thursday);
  const firstThursday = daysFromCivil(year, 1, 1);
  const jan4Dow = (((daysFromCivil(year, 1, 4) + 3) % 7) + 7) % 7;
  const weekOneMonday = daysFromCivil(year, 1, 4) - jan4Dow;
  return { week: Math.floor((thursday - firstThursday) / 7) + 1, year, dayOfYear: unixDays - weekOneMonday + 1 };
}

/** C's integer division, which truncates toward zero. */
function div(a: number, b: number): number {
  return Math.trunc(a / b);
}

/** PostgreSQL's date2j: the Julian day of any year, month and day numbers (an interval's too). */
function date2j(year: number, month: number, day: number): number {
  const [y, m] = month > 2 ? [year + 4800, month + 1] : [year + 4799, month + 13];
  const century = div(y, 100);
  return y * 365 - 32167 + div(y, 4) - century + div(century, 4) + div(7834 * m, 256) + day;
}

/** j2day: the day of the week, Sunday 0. */
function j2day(j: number): number {
  const d = (j + 1) % 7;
  return d < 0 ? d + 7 : d;
}

/** isoweek2j(year, 1): the Julian day of an ISO year's first Monday. */
function isoWeekStart(year: number): number {
  const day4 = date2j(year, 1, 4);
  return day4 - j2day(day4 - 1);
}

/** date2isoyear and date2isoweek, of year, month and day numbers as an interval's parts give them. */
function isoYear(year: number, month: number, day: number): number {
  return isoParts(year, month, day).year;
}

function isoWeekOf(year: number, month: number, day: number): number {
  return isoParts(year, month, day).week;
}

function isoParts(year: number, month: number, day: number): { year: number; week: number } {
  const dayn = date2j(year, month, day);
  let start = isoWeekStart(year);
  if (dayn < start) start = isoWeekStart(--year);
  let week = div(dayn - start, 7) + 1;
  if (week >= 52 && dayn >= isoWeekStart(year + 1)) {
    week = div(dayn - isoWeekStart(year + 1), 7) + 1;
    year++;
  }
  return { year, week };
}

/** A template's "quoted" text from its opening quote: what it prints (a backslash quotes the character after it, as parse_format reads it) and where it ends. */
function quotedText(format: string, start: number): [text: string, end: number] {
  let text = '';
  let i = start + 1;
  while (i < format.length && format[i] !== '"') {
    if (format[i] === '\\' && i + 1 < format.length) i++;
    text += format[i++];
  }
  return [text, i + 1];
}

/**
 * Walks a to_char template: "quoted" and backslash-escaped text as is, FM before a pattern, TH/th or SP
 * after one; `field` gives a pattern's text and, for TH, its number.
 */
function renderTemplate(format: string, field: (pattern: string, fm: boolean) => [string, number | undefined]): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    if (format[i] === '"') {
      const [text, end] = quotedText(format, i);
      out += text;
      i = end;
      continue;
    }
    // Outside quotes a backslash escapes only a quote (parse_format).
    if (format[i] === '\\' && format[i + 1] === '"') {
      out += '"';
      i += 2;
      continue;
    }
    // One prefix: FM (no padding) or TM (names in lc_time's words, which in the C locale are unpadded).
    const prefix = format.slice(i, i + 2).toUpperCase();
    const fm = prefix === 'FM';
    const tm = prefix === 'TM';
    if (fm || tm) i += 2;
    const found = patternAt(format, i);
    if (!found) {
      // A prefix before no pattern is dropped; what follows it is text.
      if (i < format.length) out += format[i];
      i++;
      continue;
    }
    const [pattern, length] = found;
    i += length;
    let [text, number] = field(pattern, fm || (tm && NAMES.has(pattern)));
    // One postfix after any pattern (parse_format): TH/th, an ordinal after a number, or SP, spell mode, which prints nothing.
    const postfix = format.slice(i, i + 2);
    if (postfix === 'TH' || postfix === 'th' || postfix === 'SP') {
      if (postfix !== 'SP' && number !== undefined) text += ordinal(number, postfix === 'TH');
      i += 2;
    }
    out += text;
  }
  return out;
}

/** to_char(date/time, format). */
export function formatDateTime(p: DateTimeParts, format: string): string {
  const [y, m, d] = civilFromDays(p.unixDays);
  const year = y > 0 ? y : 1 - y;
  const secs = Math.floor(p.usec / 1_000_000);
  const hour = Math.floor(secs / 3600);
  const dow = (((p.unixDays + 4) % 7) + 7) % 7;
  const doy = p.unixDays - daysFromCivil(y, 1, 1) + 1;
  // The ISO year counted as YYYY counts a BC year (ADJUST_YEAR): ISO year 0 is 1 BC, printed 0001.
  const isoYearBC = (): number => {
    const iso = isoWeek(p.unixDays).year;
    return iso > 0 ? iso : 1 - iso;
  };
  return renderTemplate(format, (pattern, fm) => {
    let number: number | undefined;
    let text: string;
    switch (pattern) {
      case 'HH24': text = pad((number = hour), 2, fm); break;
      case 'HH12':
      case 'HH': text = pad((number = hour % 12 || 12), 2, fm); break;
      case 'MI': text = pad((number = Math.floor(secs / 60) % 60), 2, fm); break;
      case 'SS': text = pad((number = secs % 60), 2, fm); break;
      case 'MS': text = pad((number = Math.floor((p.usec % 1_000_000) / 1000)), 3, fm); break;
      case 'US': text = pad((number = p.usec % 1_000_000), 6, fm); break;
      case 'FF1': case 'FF2': case 'FF3': case 'FF4': case 'FF5': case 'FF6': {
        const digits = Number(pattern[2]);
        text = pad((number = Math.floor((p.usec % 1_000_000) / 10 ** (6 - digits))), digits, fm);
        break;
      }
      case 'SSSS':
      case 'SSSSS': text = String((number = secs)); break;
      case 'AM': case 'PM': text = hour < 12 ? 'AM' : 'PM'; break;
      case 'am': case 'pm': text = hour < 12 ? 'am' : 'pm'; break;
      case 'A.M.': case 'P.M.': text = hour < 12 ? 'A.M.' : 'P.M.'; break;
      case 'a.m.': case 'p.m.': text = hour < 12 ? 'a.m.' : 'p.m.'; break;
      case 'AD': case 'BC': text = y > 0 ? 'AD' : 'BC'; break;
      case 'ad': case 'bc': text = y > 0 ? 'ad' : 'bc'; break;
      case 'A.D.': case 'B.C.': text = y > 0 ? 'A.D.' : 'B.C.'; break;
      case 'a.d.': case 'b.c.': text = y > 0 ? 'a.d.' : 'b.c.'; break;
      case 'Y,YYY': text = `${Math.floor(year / 1000)},${pad(year % 1000, 3, false)}`; break;
      case 'YYYY': text = pad((number = year), 4, fm); break;
      case 'YYY': text = pad((number = year % 1000), 3, fm); break;
      case 'YY': text = pad((number = year % 100), 2, fm); break;
      case 'Y': text = String((number = year % 10)); break;
      case 'IYYY': text = pad((number = isoYearBC()), 4, fm); break;
      case 'IYY': text = pad((number = isoYearBC() % 1000), 3, fm); break;
      case 'IY': text = pad((number = isoYearBC() % 100), 2, fm); break;
      case 'I': text = String((number = isoYearBC() % 10)); break;
      case 'MONTH': case 'Month': case 'month': text = casedName(MONTHS[m - 1]!, pattern, fm, false); break;
      case 'MON': case 'Mon': case 'mon': text = casedName(MONTHS[m - 1]!, pattern, fm, true); break;
      case 'MM': text = pad((number = m), 2, fm); break;
      case 'DAY': case 'Day': case 'day': text = casedName(DAYS[dow]!, pattern, fm, false); break;
      case 'DY': case 'Dy': case 'dy': text = casedName(DAYS[dow]!, pattern, fm, true); break;
      case 'DDD': text = pad((number = doy), 3, fm); break;
      case 'IDDD': text = pad((number = isoWeek(p.unixDays).dayOfYear), 3, fm); break;
      case 'DD': text = pad((number = d), 2, fm); break;
      case 'D': text = String((number = dow + 1)); break;
      case 'ID': text = String((number = dow || 7)); break;
      case 'WW': text = pad((number = Math.floor((doy - 1) / 7) + 1), 2, fm); break;
      case 'IW': text = pad((number = isoWeek(p.unixDays).week), 2, fm); break;
      case 'W': text = String((number = Math.floor((d - 1) / 7) + 1)); break;
      case 'CC': text = pad((number = y > 0 ? Math.floor((y - 1) / 100) + 1 : -Math.floor((-y) / 100) - 1), 2, fm); break;
      case 'J': text = String((number = p.unixDays + 2440588)); break;
      case 'Q': text = String((number = Math.floor((m - 1) / 3) + 1)); break;
      case 'RM': text = fm ? ROMAN[m - 1]! : ROMAN[m - 1]!.padEnd(4, ' '); break;
      case 'rm': text = (fm ? ROMAN[m - 1]! : ROMAN[m - 1]!.padEnd(4, ' ')).toLowerCase(); break;
      case 'TZ': text = zoneAbbreviation(p, false); break;
      case 'tz': text = zoneAbbreviation(p, true); break;
      // A timestamp has no zone: its offset prints as UTC's.
      case 'TZH': text = `${(p.offset ?? 0) < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(p.offset ?? 0) / 3600), 2, false)}`; break;
      case 'TZM': text = pad(Math.floor(Math.abs(p.offset ?? 0) / 60) % 60, 2, false); break;
      default: text = offsetOf(p.offset ?? 0); break;
    }
    return [text, number];
  });
}

/**
 * to_char(interval, format), as interval_to_char: the interval's fields as they are (hours beyond
 * 24, negative fields with their sign), DDD its days counting a month as 30, week, ISO and
 * Julian patterns of the years, months and days as date2j and date2isoweek read any numbers.
 * Names, eras and zones are 22007 as in PostgreSQL.
 */
export function formatIntervalChar(iv: { months: number; days: number; usec: number }, format: string): string {
  const year = Math.trunc(iv.months / 12);
  const month = iv.months % 12;
  const hour = Math.trunc(iv.usec / 3_600_000_000);
  const minute = Math.trunc((iv.usec % 3_600_000_000) / 60_000_000);
  const second = Math.trunc((iv.usec % 60_000_000) / 1_000_000);
  const fraction = iv.usec % 1_000_000;
  const yday = (year * 12 + month) * 30 + iv.days;
  return renderTemplate(format, (pattern, fm) => {
    // Time fields and years widen by their sign (`-03`); DD, DDD, MS and US print as C's %0*d, the sign inside the width.
    const n = (v: number, width: number): [string, number] => [pad(v, width, fm), v];
    const c = (v: number, width: number, fill = fm): [string, number] => [fill || v >= 0 ? pad(v, width, fill) : pad(v, width - 1, false), v];
    switch (pattern) {
      case 'HH24': return n(hour, 2);
      case 'HH12':
      case 'HH': return n(hour % 12 === 0 ? 12 : hour % 12, 2);
      case 'MI': return n(minute, 2);
      case 'SS': return n(second, 2);
      case 'MS': return c(Math.trunc(fraction / 1000), 3);
      case 'US': return c(fraction, 6);
      case 'SSSS':
      case 'SSSSS': return [String(hour * 3600 + minute * 60 + second), hour * 3600 + minute * 60 + second];
      case 'AM': case 'PM': return [hour % 24 >= 12 ? 'PM' : 'AM', undefined];
      case 'am': case 'pm': return [hour % 24 >= 12 ? 'pm' : 'am', undefined];
      case 'A.M.': case 'P.M.': return [hour % 24 >= 12 ? 'P.M.' : 'A.M.', undefined];
      case 'a.m.': case 'p.m.': return [hour % 24 >= 12 ? 'p.m.' : 'a.m.', undefined];
      case 'YYYY': return n(year, 4);
      case 'YYY': return n(year % 1000, 3);
      case 'YY': return n(year % 100, 2);
      case 'Y': return [String(year % 10), year % 10];
      case 'MM': return n(month, 2);
      case 'DD': return c(iv.days, 2);
      case 'DDD': return c(yday, 3);
      // Week, quarter and century fields of the interval's parts, as interval_to_char computes them.
      case 'WW': return c(div(yday - 1, 7) + 1, 2);
      case 'W': return [String(div(iv.days - 1, 7) + 1), div(iv.days - 1, 7) + 1];
      case 'Q': return month === 0 ? ['', undefined] : [String(div(month - 1, 3) + 1), div(month - 1, 3) + 1];
      case 'CC': return n(div(year, 100), 2);
      case 'Y,YYY': return [`${div(year, 1000)},${c(year - div(year, 1000) * 1000, 3, false)[0]}`, year];
      case 'J': return [String(date2j(year, month, iv.days)), date2j(year, month, iv.days)];
      // The width follows the years' sign, the ISO year's own sign inside it (C's %0*d).
      case 'IYYY': return c(isoYear(year, month, iv.days), year >= 0 ? 4 : 5);
      case 'IYY': return c(isoYear(year, month, iv.days) % 1000, year >= 0 ? 3 : 4);
      case 'IY': return c(isoYear(year, month, iv.days) % 100, year >= 0 ? 2 : 3);
      case 'I': return [String(isoYear(year, month, iv.days) % 10), isoYear(year, month, iv.days) % 10];
      case 'IW': return c(isoWeekOf(year, month, iv.days), 2);
      case 'IDDD': return c(date2j(year, month, iv.days) - isoWeekStart(isoYear(year, month, iv.days)) + 1, 3);
      case 'RM': case 'rm': {
        // A month count's numeral: 0 months of whole years is XII (or I when negative), -1 is XII, -2 XI …
        if (month === 0 && year === 0) return ['', undefined];
        const at = month === 0 ? (year >= 0 ? 0 : 11) : month < 0 ? -(month + 1) : 12 - month;
        const numeral = ROMAN_MONTHS[at]!;
        return [fm ? (pattern === 'rm' ? numeral.toLowerCase() : numeral) : (pattern === 'rm' ? numeral.toLowerCase() : numeral).padEnd(4, ' '), undefined];
      }
      case 'FF1': case 'FF2': case 'FF3': case 'FF4': case 'FF5': case 'FF6': {
        const digits = Number(pattern[2]);
        return c(Math.trunc(fraction / 10 ** (6 - digits)), digits);
      }
      // INVALID_FOR_INTERVAL: names of days and months, eras and zones.
      case 'DAY': case 'Day': case 'day': case 'DY': case 'Dy': case 'dy': case 'D': case 'ID':
      case 'MONTH': case 'Month': case 'month': case 'MON': case 'Mon': case 'mon':
      case 'AD': case 'BC': case 'ad': case 'bc': case 'A.D.': case 'B.C.': case 'a.d.': case 'b.c.':
      case 'TZ': case 'tz': case 'OF': case 'TZH': case 'TZM':
        throw new PgError(SqlState.invalidDatetimeFormat, 'invalid format specification for an interval value', { hint: 'Intervals are not tied to specific calendar dates.' });
      default: throw new PgError(SqlState.featureNotSupported, `to_char pattern "${pattern}" for an interval is not supported by evsql`);
    }
  });
}

/** Where a leading MI or SG was written: a literal that the sign replaces. */
const SIGN_PLACE = '"\u0000';

type NumberSign = 'S' | 'MI' | 'PL' | 'SG' | 'PR' | '';

/** The exact decimal expansion of a double (every double is an integer times a power of two). */
export function exactDecimal(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const mantissa = (bits & 0xfffffffffffffn) | (exponent ? 1n << 52n : 0n);
  const shift = (exponent || 1) - 1075;
  const sign = x < 0 ? '-' : '';
  if (shift >= 0) return sign + (mantissa << BigInt(shift)).toString();
  // m / 2^k is m·5^k / 10^k.
  const digits = (mantissa * 5n ** BigInt(-shift)).toString().padStart(-shift + 1, '0');
  return `${sign}${digits.slice(0, shift)}.${digits.slice(shift)}`;
}

/** A decimal text rounded to `places` fraction digits, half to even: printf's rounding of a double's exact value. */
export function roundHalfEven(text: string, places: number): string {
  const negative = text.startsWith('-');
  const [int, frac = ''] = text.replace('-', '').split('.');
  const kept = BigInt(int! + frac.slice(0, places).padEnd(places, '0'));
  const rest = frac.slice(places);
  const half = rest === '' ? -1 : rest[0]! > '5' || (rest[0] === '5' && /[1-9]/.test(rest.slice(1))) ? 1 : rest[0] === '5' ? 0 : -1;
  const rounded = half > 0 || (half === 0 && kept % 2n === 1n) ? kept + 1n : kept;
  const digits = rounded.toString().padStart(places + 1, '0');
  return `${negative ? '-' : ''}${places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits}`;
}

/**
 * EEEE: one digit, `post` fraction digits (rounded half away from zero, as numeric_out_sci; a
 * double's exact value half to even, as printf's %e) and a two-digit exponent at least.
 */
function scientific(value: string, post: number, float: boolean): string {
  const negative = value.startsWith('-');
  const [int, frac = ''] = value.replace('-', '').split('.');
  const all = (int! + frac).replace(/^0+/, '');
  if (!/[1-9]/.test(all)) return ` ${(0).toFixed(post)}e+00`;
  const exponent = /[1-9]/.test(int!) ? int!.replace(/^0+/, '').length - 1 : -(frac.length - frac.replace(/^0+/, '').length) - 1;
  const mantissa = `${all[0]}.${all.slice(1)}`;
  let text = float ? roundHalfEven(mantissa, post) : decimalText(rescale({ units: BigInt(all), scale: all.length - 1 }, post));
  let e = exponent;
  // printf carries a rounded-up 9.99 into the exponent; numeric_out_sci prints 10.00.
  if (float && text.startsWith('10')) {
    text = roundHalfEven('1', post);
    e++;
  }
  return `${negative ? '-' : ' '}${text}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** A decimal text times ten to the `n`. */
function shifted(value: string, n: number): string {
  const negative = value.startsWith('-');
  const [int, frac = ''] = value.replace('-', '').split('.');
  const digits = int + frac.padEnd(n, '0');
  const point = int!.length + n;
  return `${negative ? '-' : ''}${digits.slice(0, point)}${digits.length > point ? '.' + digits.slice(point) : ''}`;
}

/**
 * float8_to_char's digits: the value times ten to V's, printed with printf's %.*f of its exact
 * value, the fraction digits cut so that no more than `digits` (DBL_DIG, FLT_DIG) are printed.
 */
function floatText(x: number, multiplier: number, post: number, digits: number): string {
  const value = multiplier ? x * 10 ** multiplier : x;
  const pre = roundHalfEven(exactDecimal(Math.abs(value)), 0).length;
  const places = pre >= digits ? 0 : Math.min(post, digits - pre);
  return roundHalfEven(exactDecimal(value), places);
}

/** The English ordinal suffix of an integer's digits: 1st, 2nd, 3rd, 11th. */
function ordinalSuffix(digits: string): string {
  const last2 = Number(digits.slice(-2));
  if (last2 >= 11 && last2 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][Number(digits.slice(-1))] ?? 'th';
}

/** A number format read once: its digit and text positions, sign and modifiers. */
interface NumberFormat {
  fm: boolean;
  multiplier: number;
  ordinal: string;
  sign: NumberSign;
  signAtEnd: boolean;
  intPattern: readonly string[];
  fracPattern: readonly string[];
  afterPoint: boolean;
}

/**
 * Formats read lately, by their text: a report formats every row with the same one, and reading
 * it was most of to_char's time. Emptied when full.
 */
const numberFormats = new Map<string, NumberFormat>();
const MAX_NUMBER_FORMATS = 256;

function numberFormat(format: string): NumberFormat {
  const known = numberFormats.get(format);
  if (known) return known;
  let fm = false;
  let multiplier = 0;
  let ordinal = '';
  let sign = '' as NumberSign;
  let signAtEnd = false;
  const intPattern: string[] = [];
  const fracPattern: string[] = [];
  let afterPoint = false;
  let digitsAfterSign = false;
  // Where the sign pattern is written: the pattern it is in and how many entries come before it.
  let signSlot = { frac: false, index: 0 };
  let multiplied = false;
  const signs = new Set<string>();
  // Read by position: slicing and upper-casing what is left at every pattern made a long format quadratic.
  // Upper-cased a pattern at a time (ASCII: the patterns are): the whole format's upper case may be longer ('ß' is 'SS').
  let at = 0;
  const starts = (pattern: string): boolean => {
    for (let k = 0; k < pattern.length; k++) {
      const code = format.charCodeAt(at + k);
      if ((code >= 97 && code <= 122 ? code - 32 : code) !== pattern.charCodeAt(k)) return false;
    }
    return true;
  };
  while (at < format.length) {
    const c = format[at]!;
    const upper = c.toUpperCase();
    if (c === '"') {
      // Quoted text is printed as it stands; a backslash in it keeps a quote.
      let i = at + 1;
      for (; i < format.length && format[i] !== '"'; i++) {
        if (format[i] === '\\' && i + 1 < format.length) i++;
        (afterPoint ? fracPattern : intPattern).push(`"${format[i]}`);
      }
      at = i + 1;
    } else if (starts('FM')) {
      fm = true;
      at += 2;
    } else if (starts('TH') && at + 2 === format.length) {
      ordinal = format.slice(at);
      at = format.length;
    } else if (upper === 'V') {
      if (afterPoint) throw new PgError(SqlState.syntaxError, 'cannot use "V" and decimal point together');
      // The digit positions after V print the value times ten to their number.
      multiplier = format.slice(at + 1).replace(/[^90]/g, '').length;
      multiplied = true;
      at++;
    } else if (upper === 'L') {
      // The C locale's currency symbol is none: a blank in its place.
      (afterPoint ? fracPattern : intPattern).push('" ');
      at++;
    } else if (starts('PR') || starts('MI') || starts('PL') || starts('SG')) {
      const pattern = format.slice(at, at + 2).toUpperCase();
      checkSignPattern(pattern, signs);
      sign = pattern as NumberSign;
      signAtEnd = intPattern.some((c) => c === '9' || c === '0') || afterPoint;
      signSlot = { frac: afterPoint, index: (afterPoint ? fracPattern : intPattern).length };
      // MI and SG before the digits print where they are written (S goes beside the number).
      if (!signAtEnd && (sign === 'MI' || sign === 'SG')) intPattern.push(SIGN_PLACE);
      at += 2;
    } else if (upper === 'S') {
      checkSignPattern('S', signs);
      sign = 'S';
      signAtEnd = intPattern.some((c) => c === '9' || c === '0') || afterPoint;
      signSlot = { frac: afterPoint, index: (afterPoint ? fracPattern : intPattern).length };
      at++;
    } else if (c === '.' || upper === 'D') {
      if (afterPoint) throw new PgError(SqlState.syntaxError, 'multiple decimal points');
      if (multiplied) throw new PgError(SqlState.syntaxError, 'cannot use "V" and decimal point together');
      afterPoint = true;
      at++;
    } else if (c === '9' || c === '0' || c === ',' || upper === 'G') {
      if (signs.has('PR') && (c === '9' || c === '0')) throw new PgError(SqlState.syntaxError, `"${c}" must be ahead of "PR"`);
      (afterPoint ? fracPattern : intPattern).push(upper === 'G' ? ',' : c);
      if (sign && c !== ',' && upper !== 'G') digitsAfterSign = true;
      at++;
    } else if (starts('TH') || starts('RN')) {
      throw new PgError(SqlState.featureNotSupported, `to_char pattern "${format.slice(at, at + 2)}" is not supported by evsql here`);
    } else {
      (afterPoint ? fracPattern : intPattern).push(`"${c}`);
      at++;
    }
  }
  if (signAtEnd && digitsAfterSign) {
    // One sign pattern between digit positions prints where it is written, but S, which goes before the number (after it in the fraction).
    if (signs.size > 1) throw new PgError(SqlState.featureNotSupported, `to_char sign pattern "${sign}" between digit positions beside another sign pattern is not supported by evsql`);
    if (sign === 'S') signAtEnd = signSlot.frac;
    else (signSlot.frac ? fracPattern : intPattern).splice(signSlot.index, 0, SIGN_PLACE);
  }
  const read: NumberFormat = { fm, multiplier, ordinal, sign, signAtEnd, intPattern, fracPattern, afterPoint };
  if (numberFormats.size >= MAX_NUMBER_FORMATS) numberFormats.clear();
  numberFormats.set(format, read);
  return read;
}

/**
 * to_char(number, format): digit positions 9 and 0, a decimal point, group separators and a sign.
 * `floatDigits`: the value is a float8 (15) or float4 (6) whose digits past that many are not
 * printed and whose rounding is printf's, of its exact binary value; 0 for the exact types.
 */
export function formatNumber(value: string, format: string, floatDigits = 0): string {
  // An empty format prints nothing, where a sign position would otherwise print (numeric_to_char's early return).
  if (format === '') return '';
  // NaN and the infinities print their words where digits go, as numeric_out writes them.
  const special = value === 'NaN' || value === 'Infinity' || value === '-Infinity';
  const roman = /^(fm)?(rn)$/i.exec(format);
  if (roman && special) throw new PgError(SqlState.featureNotSupported, `cannot convert ${value === 'NaN' ? 'NaN' : 'infinity'} to integer`);
  // A float's roman numeral is of its rint (half to even), a numeric's of its rounding.
  if (roman) return romanNumeral(floatDigits ? roundHalfEven(exactDecimal(Number(value)), 0) : value, !!roman[1], roman[2] === 'rn', floatDigits === 0);
  const eeee = format.toUpperCase().indexOf('EEEE');
  if (eeee >= 0) {
    if (format.length > eeee + 4) throw new PgError(SqlState.syntaxError, '"EEEE" must be the last pattern used');
    const pattern = format.slice(0, eeee);
    if (!/^[90]*(?:[.D][90]*)?$/i.test(pattern)) {
      throw new PgError(SqlState.syntaxError, '"EEEE" is incompatible with other formats', { detail: '"EEEE" may only be used together with digit and decimal point patterns.' });
    }
    const post = (/[.D]([90]*)$/i.exec(pattern)?.[1] ?? '').length;
    if (special) {
      // Room for the digits, a sign, the point, 'e', the exponent's sign and two digits, all '#'.
      const pre = pattern.replace(/[.D].*$/i, '').length;
      return ` ${'#'.repeat(pre)}.${'#'.repeat(post + 4)}`;
    }
    return scientific(floatDigits ? exactDecimal(Number(value)) : value, post, floatDigits > 0);
  }
  const { fm, multiplier, ordinal, sign, signAtEnd, intPattern, fracPattern, afterPoint } = numberFormat(format);
  const fracDigits = fracPattern.filter((c) => c === '9' || c === '0').length;
  const word = value.replace('-', '');
  // float8_to_char takes the sign printf prints, of any negative value (-0 and -0.04 at '9.9' print
  // ' -.0'); numeric_to_char that of the value rounded, where -0.04 is 0.0 (see `negative`).
  const floatNegative = !special && floatDigits > 0 && (Number(value) < 0 || Object.is(Number(value), -0));
  if (special) {
    // NaN has no fraction to print; a float prints no more than its digits in all.
  } else if (floatDigits) value = floatText(Number(value), multiplier, fracDigits, floatDigits);
  else if (multiplier) value = shifted(value, multiplier);
  const m = special ? ['', value.startsWith('-') ? '-' : '', '1', ''] : /^(-?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m) throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type numeric: "${value}"`);
  const [roundedInt, roundedFrac = ''] = special ? [word] : decimalText(rescale({ units: BigInt((m[2] || '0') + (m[3] ?? '')), scale: (m[3] ?? '').length }, fracDigits)).split('.');
  const negative = floatNegative || (m[1] === '-' && /[1-9]/.test(special ? '1' : roundedInt! + roundedFrac));
  const digitSlots = intPattern.filter((c) => c === '9' || c === '0').length;
  let intDigits = special ? word : roundedInt!.replace(/^0+/, '');
  // numeric_out's integer digits, a lone 0 included, must fit the digit positions before the point.
  const overflow = (intDigits || '0').length > digitSlots;
  // A float's fraction positions past the digits it may print print nothing; nor do NaN's that fits.
  const printable = special ? (word === 'NaN' && !overflow ? 0 : floatDigits ? Math.max(0, floatDigits - word.length) : Infinity) : floatDigits ? (value.split('.')[1] ?? '').length : Infinity;
  // The leading zeros a 0 position asks for: from the leftmost 0 to the units digit.
  const firstZero = intPattern.filter((c) => c === '9' || c === '0').indexOf('0');
  const minDigits = firstZero < 0 ? 0 : digitSlots - firstZero;
  if (intDigits.length < minDigits) intDigits = intDigits.padStart(minDigits, '0');
  if (intDigits === '' && fracDigits === 0) intDigits = '0';
  // FM without 0 positions writes the units 0 of a value whose fraction prints no digit but zeros
  // (NUM_numpart_to_char's IS_PREDEC_SPACE case: 0 at 'FM9.9' is '0.', 0.5 is '.5').
  if (fm && intDigits === '' && !intPattern.includes('0') && !fracPattern.includes('0') && /^0*$/.test(roundedFrac)) intDigits = '0';
  let intOut = '';
  let k = intDigits.length - 1;
  // Where the first digit printed starts, counted from the end: a leading sign goes just before it.
  let firstDigitFromEnd = -1;
  for (let i = intPattern.length - 1; i >= 0; i--) {
    const c = intPattern[i]!;
    if (c.startsWith('"')) intOut = c.slice(1) + intOut;
    else if (c === ',') intOut = (k >= 0 ? ',' : fm ? '' : ' ') + intOut;
    else if (k >= 0) {
      k--;
      intOut = (overflow ? '#' : intDigits[k + 1]) + intOut;
      firstDigitFromEnd = intOut.length;
    } else intOut = (fm ? '' : ' ') + intOut;
  }
  // FM drops a 9 position's digit past both the fraction's last nonzero digit and its last 0
  // position (NUM_processor's last_relevant, moved up to zero_end); a 0 position always prints.
  const fracPositions = fracPattern.filter((c) => c === '9' || c === '0');
  const relevant = fm && !overflow ? Math.max(roundedFrac.search(/0*$/) - 1, fracPositions.lastIndexOf('0')) : Infinity;
  let fracOut = '';
  let f = 0;
  for (const c of fracPattern) {
    if (c.startsWith('"')) fracOut += c.slice(1);
    else if (c === ',') fracOut += ',';
    else if (f >= printable || (f > relevant && c === '9')) f++;
    else fracOut += overflow ? '#' : roundedFrac[f++] ?? '0';
  }
  // The point prints where a fraction position follows it that may print.
  const point = afterPoint && fracDigits > 0 && (printable > 0 || overflow) ? '.' : '';
  // TH's suffix follows the integer's last digits; a negative number, an overflow or a template with a point has none.
  // NaN or Infinity printed whole has no last digit for it (get_th).
  if (ordinal && special && !negative && !overflow && !afterPoint) throw new PgError(SqlState.invalidTextRepresentation, `"${word}" is not a number`);
  const suffix = ordinal && !negative && !overflow && !afterPoint ? (ordinal === 'th' ? ordinalSuffix(intDigits || '0') : ordinalSuffix(intDigits || '0').toUpperCase()) : '';
  const body = intOut + point + fracOut + suffix;
  // A leading sign (PR's `<`) sits just before the first digit printed, after any text before it.
  const lead = firstDigitFromEnd < 0 ? intOut.length : intOut.length - firstDigitFromEnd;
  // NaN's digits end before the point a template has, where NUM_numpart_to_char writes a trailing sign: it has none then.
  const trailing = (text: string) => (word === 'NaN' && !overflow && afterPoint ? '' : text);
  if (sign === 'PR') return negative ? `${body.slice(0, lead)}<${body.slice(lead)}>` : fm ? body : ` ${body}${trailing(' ')}`;
  const signChar = sign === 'MI' ? (negative ? '-' : fm ? '' : ' ') : sign === 'SG' || sign === 'S' ? (negative ? '-' : '+') : negative ? '-' : fm ? '' : ' ';
  if (sign !== 'PL' && body.includes(SIGN_PLACE.slice(1))) return body.replace(SIGN_PLACE.slice(1), signChar);
  const signed = signAtEnd && sign !== 'PL' ? body + trailing(signChar) : body.slice(0, lead) + signChar + body.slice(lead);
  if (sign !== 'PL') return signed;
  // PL adds a '+' (a blank for a negative) at its place, beside the usual sign.
  const plus = negative ? (fm ? '' : ' ') : '+';
  if (signed.includes(SIGN_PLACE.slice(1))) return signed.replace(SIGN_PLACE.slice(1), plus);
  return signAtEnd ? signed + trailing(plus) : plus + signed;
}

/** NUMDesc_prepare's rules for the sign patterns: S once and alone, PR with no other. */
function checkSignPattern(pattern: string, seen: Set<string>): void {
  const fail = (message: string) => new PgError(SqlState.syntaxError, message);
  if (pattern === 'S' && seen.has('S')) throw fail('cannot use "S" twice');
  if (pattern === 'S' && (seen.has('PL') || seen.has('MI') || seen.has('SG') || seen.has('PR'))) throw fail('cannot use "S" and "PL"/"MI"/"SG"/"PR" together');
  if (pattern !== 'S' && pattern !== 'PR' && seen.has('S')) throw fail(`cannot use "S" and "${pattern}" together`);
  if (pattern === 'PR' && seen.size > 0) throw fail('cannot use "PR" and "S"/"PL"/"MI"/"SG" together');
  seen.add(pattern);
}

const ROMAN_VALUES: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/**
 * RN: the value rounded to an integer in roman numerals, right-aligned in 15 places; 1 to 3999 only.
 * `asInt4`: a numeric's, which numeric_to_char takes as an integer first (22003 past int4's range).
 */
function romanNumeral(value: string, fm: boolean, lower: boolean, asInt4: boolean): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m) throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type numeric: "${value}"`);
  let n = Number(decimalText(rescale({ units: BigInt((m[1] ?? '') + (m[2] || '0') + (m[3] ?? '')), scale: (m[3] ?? '').length }, 0)));
  if (asInt4 && (n < -2147483648 || n > 2147483647)) throw new PgError(SqlState.numericValueOutOfRange, 'integer out of range');
  if (n < 1 || n > 3999) return '#'.repeat(15);
  let out = '';
  for (const [v, s] of ROMAN_VALUES) for (; n >= v; n -= v) out += s;
  if (lower) out = out.toLowerCase();
  return fm ? out : out.padStart(15, ' ');
}

/** A to_date template's parts, as parse_format makes them. */
type FormatNode = { kind: 'action'; pattern: string; fm: boolean; th: boolean } | { kind: 'space' } | { kind: 'separator' } | { kind: 'char' };

/** ASCII punctuation: a separator in a template or an input (is_separator_char). */
function isSeparator(c: string | undefined): boolean {
  return c !== undefined && c > ' ' && c < '\x7f' && !/[A-Za-z0-9]/.test(c);
}

/** Patterns that read digits (is_digit in PostgreSQL's keyword table), with the width they read. */
const DIGIT_WIDTH: Record<string, number> = {
  'Y,YYY': 5, YYYY: 4, YYY: 3, YY: 2, Y: 1, IYYY: 4, IYY: 3, IY: 2, I: 1, MM: 2, DD: 2, DDD: 3, IDDD: 3, D: 1, ID: 1,
  HH: 2, HH12: 2, HH24: 2, MI: 2, SS: 2, SSSS: 4, SSSSS: 5, MS: 3, US: 6, FF1: 1, FF2: 2, FF3: 3, FF4: 4, FF5: 5, FF6: 6,
  J: 1, CC: 2, W: 1, WW: 2, IW: 2, Q: 1, TZH: 2, TZM: 2,
};
/** Patterns of the ISO week-date convention, and of the Gregorian one; a template may not mix them. */
const ISO_PATTERNS = new Set(['IYYY', 'IYY', 'IY', 'I', 'IW', 'ID', 'IDDD']);
const GREGORIAN_PATTERNS = new Set(['Y,YYY', 'YYYY', 'YYY', 'YY', 'Y', 'MM', 'MONTH', 'MON', 'DD', 'DDD', 'D', 'DAY', 'DY', 'WW', 'W', 'CC', 'RM', 'Q', 'J']);

function formatNodes(format: string): FormatNode[] {
  const nodes: FormatNode[] = [];
  let i = 0;
  while (i < format.length) {
    if (format[i] === '"') {
      const [text, end] = quotedText(format, i);
      for (let k = 0; k < text.length; k++) nodes.push({ kind: 'char' });
      i = end;
      continue;
    }
    if (format[i] === '\\' && i + 1 < format.length) {
      nodes.push({ kind: 'char' });
      i += 2;
      continue;
    }
    const prefix = format.slice(i, i + 2).toUpperCase();
    if (prefix === 'FX') {
      i += 2;
      continue;
    }
    const fm = prefix === 'FM';
    if (fm || prefix === 'TM') i += 2;
    const found = patternAt(format, i);
    if (!found) {
      if (i < format.length) nodes.push(/\s/.test(format[i]!) ? { kind: 'space' } : isSeparator(format[i]) ? { kind: 'separator' } : { kind: 'char' });
      i++;
      continue;
    }
    i += found[1];
    const th = format.startsWith('TH', i) || format.startsWith('th', i);
    if (th) i += 2;
    nodes.push({ kind: 'action', pattern: found[0], fm, th });
  }
  return nodes;
}

/** adjust_partial_year_to_2020: a year of fewer than four digits, nearest 2020. */
function yearNear2020(year: number): number {
  if (year < 70) return year + 2000;
  if (year < 100) return year + 1900;
  if (year < 520) return year + 2000;
  if (year < 1000) return year + 1000;
  return year;
}

/** The Julian day of an ISO week-numbering year's first Monday (isoweek2j's week 1). */
function isoYearStart(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - ((((jan4 + 3) % 7) + 7) % 7);
}

const ROMAN_MONTHS = ['XII', 'XI', 'X', 'IX', 'VIII', 'VII', 'VI', 'V', 'IV', 'III', 'II', 'I'];

/**
 * to_date()/to_timestamp(text, format), as DCH_from_char and do_to_timestamp read it: a template
 * separator matches one separator or space of the input or none, other template text skips one
 * character, a number reads its pattern's width (all its digits before a separator or with FM),
 * a field set twice must agree, and reading stops where the input ends. `offset`: the TZH/TZM
 * read, in seconds east of UTC.
 */
export function parseDateTime(input: string, format: string): { unixDays: number; usec: number; offset?: number } {
  const nodes = formatNodes(format);
  const set: Record<string, number> = {};
  let clock12 = false;
  let isoMode: boolean | undefined;
  let tzSign = 0;
  let pos = 0;
  let extraSkip = 0;
  const invalid = (pattern: string, detail: string) => new PgError(SqlState.invalidDatetimeFormat, `invalid value "${input.slice(pos, pos + 16).split(' ')[0]}" for "${pattern}"`, { detail });
  /** from_char_set_int: a field's value; 0 counts as unset, as PostgreSQL's zeroed fields do. */
  const assign = (field: string, value: number, pattern: string) => {
    if (set[field] && set[field] !== value) {
      throw new PgError(SqlState.invalidDatetimeFormat, `conflicting values for "${pattern}" field in formatting string`, { detail: 'This value contradicts a previous setting for the same field type.' });
    }
    set[field] = value;
  };
  const integer = (node: FormatNode & { kind: 'action' }, index: number, width: number): [value: number, length: number] => {
    while (input[pos] === ' ') pos++;
    const next = nodes[index + 1];
    const slurp = node.fm || node.th || next === undefined || (next.kind === 'action' ? DIGIT_WIDTH[next.pattern] === undefined : next.kind !== 'char');
    if (!slurp && input.length - pos < width) {
      throw new PgError(SqlState.invalidDatetimeFormat, `source string too short for "${node.pattern}" formatting field`, {
        detail: `Field requires ${width} characters, but only ${input.length - pos} remain.`,
        hint: 'If your source string is not fixed-width, try using the "FM" modifier.',
      });
    }
    // Without a separator after it, a number is exactly its pattern's width of characters.
    const m = /^\s*[+-]?\d+/.exec(slurp ? input.slice(pos) : input.slice(pos, pos + width));
    if (!m) throw invalid(node.pattern, 'Value must be an integer.');
    if (!slurp && m[0].length < width) throw invalid(node.pattern, `Field requires ${width} characters, but only ${m[0].length} could be parsed.`);
    pos += m[0].length;
    const value = Number(m[0]);
    if (!Number.isSafeInteger(value) || Math.abs(value) > 2 ** 31 - 1) throw new PgError(SqlState.datetimeFieldOverflow, `value for "${node.pattern}" in source string is out of range`);
    return [value, m[0].trim().replace(/^[+-]/, '').length];
  };
  const word = (pattern: string, words: string[]): number => {
    const rest = input.slice(pos).toLowerCase();
    let best = -1;
    words.forEach((w, k) => {
      if (rest.startsWith(w.toLowerCase()) && (best < 0 || w.length > words[best]!.length)) best = k;
    });
    if (best < 0) throw invalid(pattern, 'The given value did not match any of the allowed values for this field.');
    pos += words[best]!.length;
    return best;
  };
  /** Skips the input's spaces, answering how many. */
  const skipSpaces = (): number => {
    const start = pos;
    while (pos < input.length && /\s/.test(input[pos]!)) pos++;
    return pos - start;
  };
  for (let index = 0; index < nodes.length && pos < input.length; index++) {
    const node = nodes[index]!;
    if (node.kind === 'action' || index === 0) extraSkip += skipSpaces();
    if (node.kind === 'space' || node.kind === 'separator') {
      extraSkip--;
      if (pos < input.length && (/\s/.test(input[pos]!) || isSeparator(input[pos]))) {
        pos++;
        extraSkip++;
      }
      continue;
    }
    if (node.kind === 'char') {
      if (extraSkip > 0) extraSkip--;
      else pos++;
      continue;
    }
    const pattern = node.pattern;
    const upper = pattern.toUpperCase();
    if (ISO_PATTERNS.has(upper) || GREGORIAN_PATTERNS.has(upper)) {
      const iso = ISO_PATTERNS.has(upper);
      if (isoMode !== undefined && isoMode !== iso) {
        throw new PgError(SqlState.invalidDatetimeFormat, 'invalid combination of date conventions', { hint: 'Do not mix Gregorian and ISO week date conventions in a formatting template.' });
      }
      isoMode = iso;
    }
    const width = DIGIT_WIDTH[upper];
    switch (upper) {
      case 'A.M.': case 'P.M.': case 'AM': case 'PM':
        assign('pm', (word(pattern, upper.length === 4 ? ['a.m.', 'p.m.'] : ['am', 'pm']) % 2) + 1, pattern);
        clock12 = true;
        break;
      case 'A.D.': case 'B.C.': case 'AD': case 'BC':
        assign('bc', (word(pattern, upper.length === 4 ? ['a.d.', 'b.c.'] : ['ad', 'bc']) % 2) + 1, pattern);
        break;
      case 'MONTH': assign('mm', word(pattern, MONTHS) + 1, pattern); break;
      case 'MON': assign('mm', word(pattern, MONTHS.map((m) => m.slice(0, 3))) + 1, pattern); break;
      case 'DAY': assign('d', word(pattern, DAYS) + 1, pattern); break;
      case 'DY': assign('d', word(pattern, DAYS.map((d) => d.slice(0, 3))) + 1, pattern); break;
      case 'RM': assign('mm', 12 - word(pattern, ROMAN_MONTHS), pattern); break;
      case 'TZ': case 'OF':
        throw new PgError(SqlState.featureNotSupported, `formatting field "${pattern}" is only supported in to_char`);
      case 'Y,YYY': {
        const m = /^\s*(\d{1,3}),(\d{3})/.exec(input.slice(pos));
        if (!m) throw invalid(pattern, 'Value must be an integer.');
        pos += m[0].length;
        assign('year', Number(m[1]) * 1000 + Number(m[2]), pattern);
        set.yearDigits = 4;
        break;
      }
      case 'YYYY': case 'IYYY': assign('year', integer(node, index, 4)[0], pattern); set.yearDigits = 4; break;
      case 'YYY': case 'YY': case 'Y': case 'IYY': case 'IY': case 'I': {
        const [value, length] = integer(node, index, width!);
        assign('year', length < 4 ? yearNear2020(value) : value, pattern);
        set.yearDigits = upper.length;
        break;
      }
      case 'TZH': {
        if (input[pos] === '+' || input[pos] === '-' || input[pos] === ' ') tzSign = input[pos++] === '-' ? -1 : 1;
        else tzSign = extraSkip > 0 && input[pos - 1] === '-' ? -1 : 1;
        assign('tzh', integer(node, index, 2)[0], pattern);
        break;
      }
      case 'TZM': tzSign ||= 1; assign('tzm', integer(node, index, 2)[0], pattern); break;
      case 'MS': case 'US': case 'FF1': case 'FF2': case 'FF3': case 'FF4': case 'FF5': case 'FF6': {
        const [value, length] = integer(node, index, width!);
        // Fraction digits: MS's '5' is 500 milliseconds, US's '5' 500000 microseconds.
        const scale = upper === 'MS' ? 3 : 6;
        assign(upper === 'MS' ? 'ms' : 'us', value * 10 ** Math.max(0, scale - length), pattern);
        break;
      }
      default: {
        if (width === undefined) throw new PgError(SqlState.featureNotSupported, `to_date/to_timestamp pattern "${pattern}" is not supported by evsql`);
        const value = integer(node, index, width)[0];
        const field = ({ HH: 'hh', HH12: 'hh', HH24: 'hh', MI: 'mi', SS: 'ss', SSSS: 'ssss', SSSSS: 'ssss', MM: 'mm', DD: 'dd', DDD: 'ddd', IDDD: 'ddd', D: 'd', ID: 'd', J: 'j', CC: 'cc', W: 'w', WW: 'ww', IW: 'ww', Q: 'q' } as Record<string, string>)[upper]!;
        if (upper === 'HH' || upper === 'HH12') clock12 = true;
        // ID numbers Monday 1 to Sunday 7; the field counts Sunday 1, as D.
        assign(field, upper === 'ID' ? (value % 7) + 1 : value, pattern);
      }
    }
    // A TH suffix skips the two characters after the number.
    if (node.th && width !== undefined) pos = Math.min(input.length, pos + 2);
    // Spaces after a field are skipped and counted, so a separator next matches the one after them ('2024 - 07').
    extraSkip = skipSpaces();
  }
  return assemble(set, clock12, isoMode === true, tzSign, input);
}

/** do_to_timestamp: the fields read made into a date and a time of day. */
function assemble(f: Record<string, number>, clock12: boolean, iso: boolean, tzSign: number, input: string): { unixDays: number; usec: number; offset?: number } {
  const outOfRange = () => new PgError(SqlState.datetimeFieldOverflow, `date/time field value out of range: "${input}"`);
  let hour = f.hh ?? 0;
  let minute = f.mi ?? 0;
  let second = f.ss ?? 0;
  if (f.ssss) {
    hour = Math.trunc(f.ssss / 3600);
    minute = Math.trunc((f.ssss % 3600) / 60);
    second += f.ssss % 60;
  }
  const bc = f.bc === 2;
  let year = 0;
  if (f.year) {
    if (f.cc && (f.yearDigits ?? 4) <= 2) {
      const cc = bc ? -f.cc : f.cc;
      const yy = f.year % 100;
      year = yy ? (cc >= 0 ? yy + (cc - 1) * 100 : (cc + 1) * 100 - yy + 1) : cc * 100 + (cc >= 0 ? 0 : 1);
    } else {
      year = bc ? -f.year : f.year;
      if (year < 0) year++;
    }
  } else if (f.cc) {
    const cc = bc ? -f.cc : f.cc;
    year = cc >= 0 ? (cc - 1) * 100 + 1 : cc * 100 + 1;
  }
  let month = 1;
  let day = 1;
  let ddd = f.ddd ?? 0;
  let dateSet = false;
  if (f.j) {
    [year, month, day] = civilFromDays(f.j - 2440588);
    dateSet = true;
  }
  if (f.ww) {
    if (iso) {
      const monday = isoYearStart(year) + (f.ww - 1) * 7;
      const days = f.d ? monday + (f.d > 1 ? f.d - 2 : 6) : monday;
      [year, month, day] = civilFromDays(days);
      dateSet = true;
    } else ddd = (f.ww - 1) * 7 + 1;
  }
  const dd = f.w ? (f.w - 1) * 7 + 1 : f.dd;
  if (dd) day = dd;
  if (f.mm) month = f.mm;
  if (ddd && (month <= 1 || day <= 1)) {
    if (!year && !bc) throw new PgError(SqlState.invalidDatetimeFormat, 'cannot calculate day of year without year information');
    if (iso) [year, month, day] = civilFromDays(isoYearStart(year) - 1 + ddd);
    else {
      const start = daysFromCivil(year, 1, 1);
      const yearDays = daysFromCivil(year + 1, 1, 1) - start;
      if (ddd > yearDays) throw outOfRange();
      const [, m, d] = civilFromDays(start + ddd - 1);
      if (month <= 1) month = m;
      if (day <= 1) day = d;
    }
  }
  if (clock12) {
    if (hour < 1 || hour > 12) {
      throw new PgError(SqlState.invalidDatetimeFormat, `hour "${hour}" is invalid for the 12-hour clock`, { hint: 'Use the 24-hour clock, or give an hour between 1 and 12.' });
    }
    if (f.pm === 2 && hour < 12) hour += 12;
    else if (f.pm !== 2 && hour === 12) hour = 0;
  }
  const usec = (f.ms ?? 0) * 1000 + (f.us ?? 0);
  if (!dateSet && (month < 1 || month > 12 || day < 1 || day > 31)) throw outOfRange();
  const monthDays = daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
  if (day > monthDays || hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60 || usec >= 1_000_000) throw outOfRange();
  const unixDays = daysFromCivil(year, month, 1) + day - 1;
  const offset = tzSign ? tzSign * ((f.tzh ?? 0) * 3600 + (f.tzm ?? 0) * 60) : undefined;
  return { unixDays, usec: ((hour * 60 + minute) * 60 + second) * 1_000_000 + usec, ...(offset !== undefined ? { offset } : {}) };
}

/** The number template's keywords, longest first where one begins another (NUM_keywords). */
const NUM_KEYWORDS = ['SG', 'SP', 'S', 'PL', 'PR', 'MI', 'FM', 'RN', 'TH', 'EEEE', 'B', 'C', 'D', 'G', 'L', 'V', ',', '.', '0', '9'];

type NumNode = { keyword: string } | { char: string };

/** parse_format for a number template: keywords (upper or lower case, not mixed), any other character as itself. */
function numberNodes(format: string): NumNode[] {
  const nodes: NumNode[] = [];
  for (let i = 0; i < format.length; ) {
    const keyword = NUM_KEYWORDS.find((k) => format.startsWith(k, i) || (/[A-Z]/.test(k) && format.startsWith(k.toLowerCase(), i)));
    if (keyword) {
      nodes.push({ keyword });
      i += keyword.length;
      continue;
    }
    if (format[i] === '"') {
      for (i++; i < format.length && format[i] !== '"'; i++) {
        if (format[i] === '\\' && i + 1 < format.length) i++;
        nodes.push({ char: format[i]! });
      }
      i++;
      continue;
    }
    if (format[i] === '\\' && format[i + 1] === '"') i++;
    nodes.push({ char: format[i]! });
    i++;
  }
  return nodes;
}

/** NUMDesc_prepare: the template's digit counts and flags, with its 42601s. */
function numberDescription(nodes: NumNode[]) {
  const d = { pre: 0, post: 0, multi: 0, decimal: false, multiplied: false, bracket: false, fill: false, roman: false, eeee: false, lsign: 0, plus: false, minus: false };
  const fail = (message: string) => new PgError(SqlState.syntaxError, message);
  for (const n of nodes) {
    if (!('keyword' in n)) continue;
    if (d.eeee && n.keyword !== 'EEEE') throw fail('"EEEE" must be the last pattern used');
    switch (n.keyword) {
      case '9':
      case '0':
        if (d.bracket) throw fail(`"${n.keyword}" must be ahead of "PR"`);
        if (n.keyword === '9' && d.multiplied) d.multi++;
        else if (d.decimal) d.post++;
        else d.pre++;
        break;
      case '.':
      case 'D':
        if (d.decimal) throw fail('multiple decimal points');
        if (d.multiplied) throw fail('cannot use "V" and decimal point together');
        d.decimal = true;
        break;
      case 'FM':
        d.fill = true;
        break;
      case 'S':
        if (d.lsign) throw fail('cannot use "S" twice');
        if (d.plus || d.minus || d.bracket) throw fail('cannot use "S" and "PL"/"MI"/"SG"/"PR" together');
        // Before the decimal point it is read before the number (NUM_LSIGN_PRE), after it behind.
        d.lsign = d.decimal ? 1 : -1;
        break;
      case 'MI':
      case 'PL':
      case 'SG':
        if (d.lsign) throw fail(`cannot use "S" and "${n.keyword}" together`);
        if (n.keyword !== 'PL') d.minus = true;
        if (n.keyword !== 'MI') d.plus = true;
        break;
      case 'PR':
        if (d.lsign || d.plus || d.minus) throw fail('cannot use "PR" and "S"/"PL"/"MI"/"SG" together');
        d.bracket = true;
        break;
      case 'RN':
        if (d.roman) throw fail('cannot use "RN" twice');
        d.roman = true;
        break;
      case 'V':
        if (d.decimal) throw fail('cannot use "V" and decimal point together');
        d.multiplied = true;
        break;
      case 'EEEE':
        if (d.eeee) throw fail('cannot use "EEEE" twice');
        d.eeee = true;
        break;
    }
  }
  return d;
}

/**
 * to_number(text, format), as numeric_to_number: NUM_processor reads the text position by position
 * (a digit position takes one character, a digit where there is one; a decimal point where the
 * template has one; a sign before the first digit or where MI/PL/SG/S stand; other template
 * characters skip one character of the text), then numeric_in takes the digits read at the
 * template's precision and the fraction digits read (22003 when more integer digits were read than
 * the template has); V divides by ten to its digits. Decimal text; null for an empty template.
 */
export function parseNumber(input: string, format: string): string | null {
  if (format === '') return null;
  const nodes = numberNodes(format);
  const num = numberDescription(nodes);
  if (num.eeee) throw new PgError(SqlState.featureNotSupported, '"EEEE" not supported for input');
  if (num.roman) throw new PgError(SqlState.featureNotSupported, '"RN" not supported for input');
  const end = input.length;
  let at = 0;
  let sign = ' ';
  let digits = '';
  let readPre = 0;
  let readPost = 0;
  let readDec = false;
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  // NUM_eat_non_data_chars: skips up to n characters that are no digit, point, comma or sign.
  const eat = (n: number) => {
    for (; n > 0 && at < end && !'0123456789.,+-'.includes(input[at]!); n--) at++;
  };
  // NUM_numpart_from_char for a digit position or a decimal point.
  const numpart = (digit: boolean) => {
    if (input[at] === ' ') at++;
    if (at >= end) return;
    if (sign === ' ' && digit && readPre + readPost === 0) {
      if (num.lsign === -1) {
        if (input[at] === '-' || input[at] === '+') sign = input[at++]!;
      } else if (input[at] === '-' || (num.bracket && input[at] === '<')) {
        sign = '-';
        at++;
      } else if (input[at] === '+') {
        sign = '+';
        at++;
      }
    }
    if (at >= end) return;
    let read = false;
    if (isDigit(input[at])) {
      if (readDec && readPost === num.post) return;
      digits += input[at];
      if (readDec) readPost++;
      else readPre++;
      read = true;
    } else if (num.decimal && !readDec && input[at] === '.') {
      digits += '.';
      readDec = true;
      read = true;
    }
    if (at >= end || sign !== ' ' || readPre + readPost === 0) return;
    if (num.lsign && read && !isDigit(input[at + 1])) {
      // A locale sign behind the last digit read.
      if (input[at + 1] === '-' || input[at + 1] === '+') sign = input[++at]!;
    } else if (!read && !num.lsign && (num.plus || num.minus) && (input[at] === '-' || input[at] === '+')) {
      sign = input[at]!;
    }
  };
  for (const n of nodes) {
    if (at >= end) break;
    if (!('keyword' in n)) {
      at++;
      continue;
    }
    switch (n.keyword) {
      case '9':
      case '0':
      case '.':
      case 'D':
        numpart(n.keyword === '9' || n.keyword === '0');
        break;
      case ',':
      case 'G':
        if (num.fill || input[at] !== ',') continue;
        break;
      case 'L':
        // The C locale's currency symbol is one character.
        eat(1);
        continue;
      case 'TH':
        if (num.decimal) continue;
        eat(2);
        continue;
      case 'MI':
      case 'PL':
      case 'SG': {
        const wanted = n.keyword === 'MI' ? '-' : n.keyword === 'PL' ? '+' : '+-';
        if (!wanted.includes(input[at]!)) {
          eat(1);
          continue;
        }
        sign = input[at]!;
        break;
      }
      default:
        continue;
    }
    at++;
  }
  if (digits.endsWith('.')) digits = digits.slice(0, -1);
  const text = (sign === ' ' ? '' : sign) + digits;
  const value = parseNumericText(text);
  if (value === undefined || typeof value === 'string') throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type numeric: "${sign}${digits}"`);
  const read = decimalText(applyNumericTypmod(value, num.pre + num.multi + readPost, readPost));
  if (!num.multi) return read;
  // V's digits divide the number by ten to their count: a product with numeric_power(10, -n), at its scale.
  return decimalText(multiply(parseDecimal(read)!, powerNumeric({ units: 10n, scale: 0 }, { units: BigInt(-num.multi), scale: 0 })));
}
