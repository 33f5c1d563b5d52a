/**
 * pg_timezone_names and pg_timezone_abbrevs: the zones TimeZone takes and the abbreviations
 * date/time input reads, each with its offset from UTC now and whether that is daylight-saving
 * time, as PostgreSQL computes them when the view is read. The zones are the IANA names Node's
 * Intl lists, the current names of those ICU still lists by an old one (Asia/Calcutta is
 * Asia/Kolkata), and UTC: fewer than PostgreSQL's, which also lists the tz database's other
 * aliases and its posix/ copies. Abbreviations are to_char's (timezone.ts abbreviationAt); one it
 * does not know is written as the tz database writes a zone's without letters ('+04', '-0330').
 */
import { abbreviationAt, offsetAt, timeZoneOf } from '../../../pg/types/timezone.js';
import { ZONE_ABBREVIATIONS } from '../../../pg/types/zone-abbreviations.js';
import type { Row } from './builtins.js';

/** The abbreviations of PostgreSQL 15's default set that it marks daylight-saving (is_dst). */
const DAYLIGHT = new Set(
  'acdt acsst adt aedt aesst akdt almst awsst azost bdst brst bst cadt cdt cest cetdst chadt clst clt easst east edt eest eetdst egst fjst fnst idt kdt kgst lhdt mdt mest mesz metdst msd must ndt nzdt pdt pkst pmdt pyst sadt ulast uyst uzst wadt wdt wetdst wgst yekst'.split(' '),
);

/** The tz database's current names of zones ICU lists by the name they had before. */
const RENAMED: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** An offset as interval output prints it: `05:30:00`, `-03:00:00`. */
function intervalText(seconds: number): string {
  const abs = Math.abs(seconds);
  const part = (n: number) => String(n).padStart(2, '0');
  return `${seconds < 0 ? '-' : ''}${part(Math.floor(abs / 3600))}:${part(Math.floor(abs / 60) % 60)}:${part(abs % 60)}`;
}

/** A numeric abbreviation, as the tz database writes one for a zone with no letters of its own. */
function numericAbbreviation(seconds: number): string {
  const abs = Math.abs(seconds);
  const minutes = Math.floor(abs / 60) % 60;
  return `${seconds < 0 ? '-' : '+'}${String(Math.floor(abs / 3600)).padStart(2, '0')}${minutes ? String(minutes).padStart(2, '0') : ''}`;
}

/** The rows, made again after an hour: offsets change only at a zone's transitions. */
let cached: { hour: number; names: Row[]; abbrevs: Row[] } | undefined;

export function timeZoneRows(nowMs: number): { names: Row[]; abbrevs: Row[] } {
  const hour = Math.floor(nowMs / 3_600_000);
  if (cached?.hour === hour) return cached;
  const now = Math.floor(nowMs / 1000);
  const year = new Date(nowMs).getUTCFullYear();
  const names: Row[] = [];
  const listed = Intl.supportedValuesOf('timeZone');
  for (const name of ['UTC', ...listed, ...listed.flatMap((n) => RENAMED[n] ?? [])]) {
    let zone;
    try {
      zone = timeZoneOf(name);
    } catch {
      // A name ICU has that the tz database has not (timezone.ts): TimeZone would refuse it.
      continue;
    }
    const offset = offsetAt(zone, now);
    // Standard time is the smaller of midwinter's and midsummer's offsets, in either hemisphere.
    const standard = Math.min(offsetAt(zone, Date.UTC(year, 0, 15) / 1000), offsetAt(zone, Date.UTC(year, 6, 15) / 1000));
    names.push({ name, abbrev: (name === 'UTC' ? 'UTC' : abbreviationAt(zone, now)) ?? numericAbbreviation(offset), utc_offset: intervalText(offset), is_dst: offset > standard });
  }
  const abbrevs: Row[] = [];
  for (const [abbrev, meaning] of ZONE_ABBREVIATIONS) {
    const offset = typeof meaning === 'number' ? meaning : offsetAt(timeZoneOf(meaning), now);
    abbrevs.push({ abbrev: abbrev.toUpperCase(), utc_offset: intervalText(offset), is_dst: DAYLIGHT.has(abbrev) });
  }
  cached = { hour, names, abbrevs };
  return cached;
}
