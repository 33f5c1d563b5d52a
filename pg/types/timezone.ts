/**
 * The TimeZone setting: the values PostgreSQL 15 accepts for it, what SHOW prints for each, and a
 * zone's offset from UTC at an instant. IANA zones come from Node's Intl (ICU's copy of the tz
 * database); fixed offsets (numbers, POSIX specs without daylight saving) are computed here.
 */
import { PgError, SqlState } from '../errors.js';
import { ZONE_ABBREVIATIONS } from './zone-abbreviations.js';
import { numericNamesSince } from './zone-numeric-names.js';

/** A session time zone: a fixed offset in seconds east of UTC, or an IANA zone Intl resolves. */
export interface TimeZone {
  /** The setting as SHOW prints it. */
  name: string;
  fixed: number | undefined;
  format: Intl.DateTimeFormat | undefined;
  /** A fixed zone's abbreviation, as to_char's TZ prints it ('+05:30' for '<+05:30>-05:30', '' for '-05:30'). */
  abbreviation?: string;
  /** Formatters of an IANA zone's short names (EST, CEST) in the locales that know them, made when to_char first asks. */
  names?: Intl.DateTimeFormat[];
  /** ICU's canonical name of an IANA zone (America/Adak for US/Aleutian), read when to_char first asks. */
  canonical?: string;
}

const zones = new Map<string, TimeZone>();

/** POSIX's fixed zones with no daylight rule: an optional name ('<+02>', 'GMT', 'UTC'), then hours west. */
const POSIX_FIXED = /^(?:<[A-Za-z0-9+:-]+>|[A-Za-z]{3,})?([+-]?)(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2}))?$/;
/** A POSIX spec with a daylight-saving part ('ABC5DEF', 'EST5EDT,M3.2.0,M11.1.0') that is no tz file name. */
const POSIX_RULES = /^(?:<[A-Za-z0-9+-]+>|[A-Za-z]{3,})[+-]?\d{1,2}(?::\d{1,2}){0,2}(?:<[A-Za-z0-9+-]+>|[A-Za-z]{3,})/;
/** The tz database's fixed zones that ICU aliases to a city with a local-mean-time past (EST is America/Panama there). */
const FIXED_NAMES: Record<string, number> = { EST: -5 * 3600, MST: -7 * 3600, HST: -10 * 3600 };
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/UCT', 'Etc/Universal', 'Etc/Zulu']);
/** ICU's legacy three-letter zone IDs, which the tz database (and so PostgreSQL's TimeZone) has not: 'PST' is no zone there. */
const ICU_ONLY = new Set(['ACT', 'AET', 'AGT', 'ART', 'AST', 'BET', 'BST', 'CAT', 'CNT', 'CST', 'CTT', 'EAT', 'ECT', 'IET', 'IST', 'JST', 'MIT', 'NET', 'NST', 'PLT', 'PNT', 'PRT', 'PST', 'SST', 'VST']);

/** '<+05:30>-05:30': a fixed offset named as PostgreSQL names one it made from a number of hours or an interval. */
export function offsetZoneName(seconds: number): string {
  const abs = Math.abs(seconds);
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
  const mm = Math.floor(abs / 60) % 60;
  const ss = abs % 60;
  const text = hh + (mm || ss ? `:${String(mm).padStart(2, '0')}` : '') + (ss ? `:${String(ss).padStart(2, '0')}` : '');
  return seconds < 0 ? `<-${text}>+${text}` : `<+${text}>-${text}`;
}

/** The canonical spellings of the IANA names Intl lists, by lower case: SHOW prints 'America/New_York' for 'america/new_york'. */
let canonicalNames: Map<string, string> | undefined;

function canonicalName(value: string, resolved: string): string {
  canonicalNames ??= new Map(Intl.supportedValuesOf('timeZone').map((n) => [n.toLowerCase(), n]));
  const lower = value.toLowerCase();
  return canonicalNames.get(lower) ?? (resolved.toLowerCase() === lower ? resolved : value);
}

/**
 * The zone a TimeZone value names (fixed 0 for UTC); 22023 for a value PostgreSQL refuses, 0A000
 * for a POSIX daylight-saving spec evsql does not compute.
 */
export function timeZoneOf(value: string): TimeZone {
  const known = zones.get(value);
  if (known !== undefined) return known;
  const zone = resolve(value);
  if (zones.size > 1000) zones.clear();
  zones.set(value, zone);
  return zone;
}

function fixedZone(name: string, seconds: number): TimeZone {
  const abbreviation = /^<([^>]*)>/.exec(name)?.[1] ?? /^[A-Za-z]+/.exec(name)?.[0] ?? '';
  return { name, fixed: seconds, format: undefined, abbreviation };
}

function resolve(value: string): TimeZone {
  const invalid = () => new PgError(SqlState.invalidParameterValue, `invalid value for parameter "TimeZone": "${value}"`);
  // A plain number is hours east of UTC (check_timezone reads it with strtod), shown as the POSIX zone it makes.
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) {
    const seconds = Math.round(Number(value) * 3600);
    return fixedZone(offsetZoneName(seconds), seconds);
  }
  const fixedName = FIXED_NAMES[value.toUpperCase()];
  if (fixedName !== undefined) return fixedZone(value.toUpperCase(), fixedName);
  const posix = POSIX_FIXED.exec(value);
  if (posix && !/^[A-Za-z]+\//.test(value)) {
    const seconds = (Number(posix[2]) * 60 + Number(posix[3] ?? 0)) * 60 + Number(posix[4] ?? 0);
    // POSIX counts hours west of Greenwich: 'UTC+5' is five hours behind it.
    return fixedZone(value, posix[1] === '-' ? seconds : -seconds);
  }
  if (ICU_ONLY.has(value.toUpperCase())) throw invalid();
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: value, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    if (POSIX_RULES.test(value)) throw new PgError(SqlState.featureNotSupported, `evsql does not compute POSIX daylight-saving zones; cannot set TimeZone to "${value}"`);
    throw invalid();
  }
  const resolved = format.resolvedOptions().timeZone;
  const name = canonicalName(value, resolved);
  if (UTC_ZONES.has(resolved)) return { name, fixed: 0, format: undefined };
  return { name, fixed: undefined, format };
}

/**
 * A zone named in an expression (date_trunc's third argument) as the TimeZone value that names
 * it: an offset there is POSIX's, hours west ('+05' is five hours behind UTC), as pg_tzset reads it.
 * 22023 for a name nobody knows; 0A000 for an abbreviation (PST) PostgreSQL's table has and Intl not.
 */
export function expressionZone(name: string): string {
  // An abbreviation before a zone name, as timestamptz_zone looks: 'CET' is +01 all year there.
  const abbreviated = abbreviationOffset(name);
  if (abbreviated !== undefined) return offsetZoneName(abbreviated);
  if (/^[+-]?\d/.test(name)) {
    if (!POSIX_FIXED.test(name)) throw new PgError(SqlState.invalidParameterValue, `time zone "${name}" not recognized`);
    return `UTC${/^[+-]/.test(name) ? '' : '+'}${name}`;
  }
  try {
    timeZoneOf(name);
  } catch (err) {
    if (err instanceof PgError && err.code === SqlState.invalidParameterValue) throw new PgError(SqlState.invalidParameterValue, `time zone "${name}" not recognized`);
    throw err;
  }
  return name;
}

/**
 * The offset, in seconds east of UTC, of a time zone abbreviation PostgreSQL reads by default
 * ('PST', 'cest'); undefined for a word that is none. 0A000 for one whose offset PostgreSQL takes
 * from a zone's history at the time (MSK: Europe/Moscow's), which evsql does not keep.
 */
export function abbreviationOffset(word: string): number | undefined {
  const meaning = ZONE_ABBREVIATIONS.get(word.toLowerCase());
  if (typeof meaning === 'string') throw new PgError(SqlState.featureNotSupported, `the time zone abbreviation "${word}" is not supported by evsql (its offset follows ${meaning}'s history)`);
  return meaning;
}

/** What SHOW prints for a TimeZone value, after checking it as PostgreSQL does. */
export function timeZoneSetting(value: string): string {
  return timeZoneOf(value).name;
}

/** Intl formats dates up to here: earlier instants take the offset the zone has then (its local mean time). */
const MAX_MS = 8.64e15;
/** 400 Gregorian years: the calendar, and the daylight-saving rules of the far future, repeat after them. */
const CYCLE_MS = 146_097 * 86_400_000;

function intlOffset(format: Intl.DateTimeFormat, utcSeconds: number): number {
  let ms = Math.max(-MAX_MS, utcSeconds * 1000);
  if (ms > MAX_MS) ms -= Math.ceil((ms - MAX_MS) / CYCLE_MS) * CYCLE_MS;
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of format.formatToParts(ms)) {
    switch (p.type) {
      case 'year': year = Number(p.value); break;
      case 'month': month = Number(p.value); break;
      case 'day': day = Number(p.value); break;
      case 'hour': hour = Number(p.value); break;
      case 'minute': minute = Number(p.value); break;
      case 'second': second = Number(p.value); break;
      case 'era': bc = p.value === 'BC' || p.value === 'B'; break;
    }
  }
  const d = new Date(0);
  d.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return Math.round((d.getTime() - Math.floor(ms / 1000) * 1000) / 1000);
}

/**
 * After en-US, the English locale whose short zone names are the tz database's abbreviations in
 * a zone's region (CET in en-GB, SAST in en-ZA, AEDT in en-AU, IST in en-IN): en-US writes 'GMT+1'
 * where the database has CET.
 */
const REGION_LOCALES: Record<string, string> = {
  Africa: 'en-ZA',
  America: 'en-CA',
  Antarctica: 'en-AU',
  Arctic: 'en-GB',
  Asia: 'en-GB',
  Atlantic: 'en-GB',
  Australia: 'en-AU',
  Europe: 'en-GB',
  Indian: 'en-ZA',
  Pacific: 'en-AU',
};
const ZONE_LOCALES: Record<string, string> = { 'Asia/Calcutta': 'en-IN' };

/** A zone the tz database names in other letters than CLDR's ('HST' for Adak, CLDR's Hawaii-Aleutian 'HAST'). */
const RENAMED: Record<string, Record<string, string>> = { 'America/Adak': { HAST: 'HST', HADT: 'HDT' } };

/** '+04', '-0330': an offset as the tz database writes one for an abbreviation. */
function numericAbbreviation(offset: number): string {
  const abs = Math.abs(offset);
  const minutes = Math.floor(abs / 60) % 60;
  return (offset < 0 ? '-' : '+') + String(Math.floor(abs / 3600)).padStart(2, '0') + (minutes ? String(minutes).padStart(2, '0') : '');
}

/**
 * The zone's abbreviation at an instant, as to_char's TZ prints it; undefined where no English
 * locale of Intl knows the tz database's (nor LMT).
 */
export function abbreviationAt(zone: TimeZone, utcSeconds: number): string | undefined {
  if (zone.fixed !== undefined) return zone.abbreviation;
  const canonical = (zone.canonical ??= zone.format!.resolvedOptions().timeZone);
  // The tz database names many zones by their offsets, where CLDR has letters of its own (GST for +04) or none.
  const numericSince = numericNamesSince(canonical);
  if (numericSince !== undefined) {
    // A local mean time (LMT, seconds in its offset) has no number.
    const offset = offsetAt(zone, utcSeconds);
    return utcSeconds >= numericSince && offset % 900 === 0 ? numericAbbreviation(offset) : undefined;
  }
  if (!zone.names) {
    const regional = ZONE_LOCALES[canonical] ?? REGION_LOCALES[canonical.slice(0, canonical.indexOf('/'))];
    zone.names = ['en-US', ...(regional ? [regional] : [])].map((locale) => new Intl.DateTimeFormat(locale, { timeZone: canonical, timeZoneName: 'short' }));
  }
  const ms = Math.max(-MAX_MS, Math.min(MAX_MS, utcSeconds * 1000));
  for (const format of zone.names) {
    const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{3,5}$/.test(name)) return RENAMED[canonical]?.[name] ?? name;
  }
  return undefined;
}

/** Offsets by hour of UTC, where the zone kept one offset the whole hour. */
const hourOffsets = new WeakMap<TimeZone, Map<number, number>>();

/** The zone's offset from UTC, in seconds east, at an instant in seconds since 1970. */
export function offsetAt(zone: TimeZone, utcSeconds: number): number {
  if (zone.fixed !== undefined) return zone.fixed;
  let hours = hourOffsets.get(zone);
  if (!hours) {
    hours = new Map();
    hourOffsets.set(zone, hours);
  }
  const hour = Math.floor(utcSeconds / 3600);
  const cached = hours.get(hour);
  if (cached !== undefined) return cached;
  const start = intlOffset(zone.format!, hour * 3600);
  if (start === intlOffset(zone.format!, hour * 3600 + 3599)) {
    if (hours.size > 100_000) hours.clear();
    hours.set(hour, start);
    return start;
  }
  return intlOffset(zone.format!, utcSeconds);
}

/**
 * The offset that reads a local time (seconds since 1970 as if in UTC) in the zone, as
 * DetermineTimeZoneOffset resolves it: a time a spring-forward skipped takes the offset before
 * the change, a time a fall-back repeats the offset after it — the smaller offset either way.
 */
export function offsetOfLocal(zone: TimeZone, localSeconds: number): number {
  if (zone.fixed !== undefined) return zone.fixed;
  const before = offsetAt(zone, localSeconds - 86_400);
  const after = offsetAt(zone, localSeconds + 86_400);
  const candidates = before === after ? [before, offsetAt(zone, localSeconds - before)] : [before, after];
  const valid = candidates.filter((c) => offsetAt(zone, localSeconds - c) === c);
  return Math.min(...(valid.length ? valid : candidates));
}
