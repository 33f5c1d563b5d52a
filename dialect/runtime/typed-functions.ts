/**
 * evsql's SQL functions whose behaviour follows PostgreSQL's types rather than SQLite's, registered
 * on every connection of every replica; the translator picks them from the operand types
 * (dialect/translate/types.ts, dialect/translate/normalize.ts). Assignment coercion of values written to typed
 * columns, numeric division at PostgreSQL's scale, date/time and interval arithmetic, text output
 * of typed values, and the jsonb operators beyond -> and ->>. Deterministic.
 */
import type Database from 'better-sqlite3';
import { storeValue } from '../../pg/coerce.js';
import * as dt from '../../pg/datetime.js';
import { decimalText, numericSpecial, toDecimal } from '../../pg/types/numeric.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { utf8Text } from '../../pg/types/binary-format.js';
import { PG_EPOCH_DAYS, daysFromCivil } from '../../pg/types/calendar.js';
import { OID, arrayElementOid, formatType, type SqliteValue } from '../../pg/types/registry.js';
import { scalarText } from '../../pg/types/scalar-text.js';
import { charFirstByte, decodeTextParam, encodeText } from '../../pg/types/text-format.js';
import { decodeArrayText, mapArrayElements } from '../../pg/types/array.js';
import { recordFields } from '../../pg/types/record.js';
import { formatInterval, parseInterval } from '../../pg/types/interval.js';
import type { TimeZone } from '../../pg/types/timezone.js';
import { lastCall } from './last-call.js';
import { MIN_DAYS, TIMESTAMP_END_DAYS, timeSettingsVersion, USEC_PER_DAY, clockText, formatDate, formatTimestamp, parseDate, parseTimestamp, sessionAbbreviation, sessionOffset, timestampFromMicros, timestampMicros, type Timestamp, toLocal, fromLocal, shifted, localTimestampText, namedZone, utcToZone, zonedTimestampText, zoneIsUtc, zoneToUtc } from '../../pg/types/timestamp.js';
import { rint } from '../../pg/types/float.js';
import { quoteIdentifier } from '../../pg/ident.js';
import { extractingRegExp, pgRegExp, regexOptions } from '../../pg/regex.js';
import { formatDateTime, formatIntervalChar, formatNumber, parseDateTime, parseNumber } from '../../pg/to-char.js';
import { JsonNumber, JsonObject, type JsonNode, compareJsonb, jsonbSortKey, jsonbText as jsonbNodeText, parseJson } from '../../pg/types/json.js';
import { jsonPathKeys, text } from './arguments.js';
import { compareNumeric } from './numeric-functions.js';
import { overlaps } from '../../pg/overlaps.js';

/** A PostgreSQL regular expression with its flags (i: case-insensitive, g: every match), as JavaScript's. */
export function pgRegex(pattern: string, flags: string, global: boolean): RegExp {
  return extractingRegExp(pattern, (global ? 'g' : '') + regexOptions(flags));
}

/** The functions of one match (or of every one, by themselves) refuse the g option (22023). */
export function noGlobalOption(name: string, flags: string): void {
  if (flags.includes('g')) throw new PgError(SqlState.invalidParameterValue, `${name}() does not support the "global" option`, name === 'regexp_match' ? { hint: 'Use the regexp_matches function instead.' } : {});
}

/** regexp_split_to_array/_table (`name`): the text between matches; an empty match splits between characters. */
export function regexpSplit(s: string, pattern: string, flags: string, name: string): string[] {
  noGlobalOption(name, flags);
  return s.split(pgRegex(pattern, flags, true));
}

/** SQLite's order of two non-null values, numbers (and numerics stored as BLOBs) by value. */
function compareValues(a: SqliteValue, b: SqliteValue): number {
  const numeric = (v: SqliteValue) => typeof v === 'bigint' || typeof v === 'number' || Buffer.isBuffer(v);
  if (numeric(a) && numeric(b)) {
    const x = num(a);
    const y = num(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = text(a);
  const y = text(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sort keys in SQLite's order: numbers (exactly), then texts, then BLOBs byte by byte. */
function compareKeys(a: SqliteValue, b: SqliteValue): number {
  const rank = (v: SqliteValue) => (typeof v === 'bigint' || typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return Buffer.compare(a, b);
  return compareValues(a, b);
}

function num(v: SqliteValue): number {
  return typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(text(v));
}

/** json_build_object()'s and json_agg()'s text: ' : ' after keys, ', ' between items, numbers as written. */
function jsonBuildText(v: JsonNode): string {
  if (Array.isArray(v)) return `[${v.map(jsonBuildText).join(', ')}]`;
  if (v instanceof JsonNumber) return v.raw;
  if (v instanceof JsonObject) return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)} : ${jsonBuildText(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

/** A json argument parsed with its numbers as written (a numeric's scale, an int8's digits). */
function jsonNodeArgument(v: SqliteValue): JsonNode {
  return parseJson(text(v));
}

/** jsonb's `->` step: an object's member (the last of the key), an array's element (negative: from the end). */
function jsonbStep(node: JsonNode | undefined, key: string | bigint): JsonNode | undefined {
  if (node instanceof JsonObject) {
    if (typeof key !== 'string') return undefined;
    for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i]![0] === key) return node.entries[i]![1];
    return undefined;
  }
  if (!Array.isArray(node)) return undefined;
  const i = typeof key === 'bigint' ? Number(key) : /^-?\d+$/.test(key) ? Number(key) : NaN;
  if (Number.isNaN(i)) return undefined;
  return node[i < 0 ? node.length + i : i];
}

/** What `->>` and `#>>` give: a string's text, JSON null as NULL, anything else as jsonb prints it. */
function jsonbValueText(node: JsonNode | undefined): SqliteValue {
  if (node === undefined || node === null) return null;
  return typeof node === 'string' ? node : jsonbNodeText(node);
}

/**
 * AT TIME ZONE: a timestamptz seen in `zone` (a timestamp), or a timestamp read in `zone` (a
 * timestamptz). A zone given as an interval is that many hours east of UTC, as timestamptz_izone reads it.
 */
function atTimeZone(zone: string, value: string, fromTz: boolean, intervalZone: boolean): string {
  const t = parseTimestamp(value, fromTz);
  if (typeof t === 'string') return t;
  const z: TimeZone = intervalZone ? intervalTimeZone(zone) : namedZone(zone);
  return fromTz ? formatTimestamp(utcToZone(t, z), false) : formatTimestamp(zoneToUtc(t, z), true);
}

function intervalTimeZone(zone: string): TimeZone {
  const iv = parseInterval(zone);
  if (iv.months !== 0 || iv.days !== 0) throw new PgError(SqlState.invalidParameterValue, `interval time zone "${formatInterval(iv)}" must not include months or days`);
  return { name: zone, fixed: iv.usec / 1e6, format: undefined };
}

/**
 * make_timestamptz's zone: '+05:30' is an ISO offset east of UTC (DecodeTimezone, unlike AT TIME
 * ZONE's POSIX reading of it), anything else a zone name.
 */
function makeTimestamptzZone(zone: string): TimeZone {
  const iso = /^([+-])(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?$/.exec(zone.trim());
  if (!iso) return namedZone(zone);
  const seconds = Number(iso[2]) * 3600 + Number(iso[3] ?? 0) * 60 + Number(iso[4] ?? 0);
  return { name: zone, fixed: iso[1] === '-' ? -seconds : seconds, format: undefined };
}

/** A date or timestamp value as calendar parts for to_char. */
function dateTimeParts(v: string, kind: string) {
  if (kind === 'date') {
    const d = parseDate(v);
    if (typeof d === 'string') return null;
    return { unixDays: d + PG_EPOCH_DAYS, usec: 0, zone: false };
  }
  const utc = parseTimestamp(v, kind === 'timestamptz');
  if (typeof utc === 'string') return null;
  if (kind !== 'timestamptz') return { unixDays: utc.days + PG_EPOCH_DAYS, usec: utc.usec, zone: false };
  // A zone of UTC's time has its own name (GMT).
  if (zoneIsUtc()) return { unixDays: utc.days + PG_EPOCH_DAYS, usec: utc.usec, zone: true, abbreviation: () => sessionAbbreviation(utc) };
  const t = toLocal(utc);
  return { unixDays: t.days + PG_EPOCH_DAYS, usec: t.usec, zone: true, offset: sessionOffset(utc), abbreviation: () => sessionAbbreviation(utc) };
}

/**
 * A value as text that sorts as PostgreSQL compares it, for = ANY and the like over an array of
 * another kind: an interval by interval_cmp's span, a date, timestamp or timestamptz (in UTC) by
 * its instant, a date being its midnight. Offset and padded so that text order is numeric order.
 */
function comparisonRank(v: string, kind: string): string {
  let key: bigint;
  if (kind === 'interval') key = BigInt(dt.intervalSortKey(v));
  else {
    const date = /^\d{4,}-\d\d-\d\d( BC)?$|^-?infinity$/.test(v) ? parseDate(v) : undefined;
    key = date === undefined ? timestampMicros(parseTimestamp(v, v.endsWith('+00'))) : typeof date === 'string' ? timestampMicros(date) : BigInt(date) * BigInt(USEC_PER_DAY);
  }
  return (key + 10n ** 26n).toString().padStart(27, '0');
}

function rankElements(x: unknown, kind: string): unknown {
  if (Array.isArray(x)) return x.map((e) => rankElements(e, kind));
  return typeof x === 'string' ? comparisonRank(x, kind) : x;
}

/** Sample/population variance from a running count, mean and sum of squared deviations (Welford). */
interface VarianceState {
  n: number;
  mean: number;
  m2: number;
}

/**
 * SIMILAR TO's pattern as an anchored regular expression: % and _ are wildcards, the rest is regex.
 * The escape-double-quote separators mark what substring(… SIMILAR …) returns: as
 * similar_escape_internal writes them, the part before them matches as little as it can and
 * theirs is the first group.
 */
function similarToRegex(pattern: string, escape: string): string {
  let out = '';
  let quotes = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (escape && c === escape && pattern[i + 1] === '"') {
      if (quotes > 1) throw new PgError(SqlState.invalidUseOfEscapeCharacter, 'SQL regular expression may not contain more than two escape-double-quote separators');
      out += quotes++ === 0 ? '){1,1}?(' : '){1,1}(?:';
      i++;
    } else if (escape && c === escape && i + 1 < pattern.length) out += '\\' + pattern[++i];
    else if (c === '%') out += '.*';
    else if (c === '_') out += '.';
    else if (c === '.') out += '\\.';
    else out += c;
  }
  return `^(?:${out})$`;
}

/**
 * substring(s SIMILAR p ESCAPE e) of a pattern of literals, `_` and `%`: the regular expression
 * similar_escape_internal makes (`^(?:before){1,1}?(between){1,1}(?:after)$`) matches the part
 * before the escape-double-quote separators as short as it can and theirs as long as it can,
 * which JavaScript does with lazy wildcards before them. A pattern with regular-expression
 * syntax (brackets, alternatives, quantifiers), whose preferences JavaScript's would not share,
 * is refused.
 */
function substringSimilar(s: string, pattern: string, escape: string): string | null {
  if ([...escape].length > 1) throw new PgError(SqlState.invalidEscapeSequence, 'invalid escape string', { hint: 'Escape string must be empty or one character.' });
  const refused = new PgError(SqlState.featureNotSupported, 'substring(… SIMILAR …) of a pattern with regular-expression syntax is not supported by evsql');
  const separated = escape !== '' && pattern.includes(`${escape}"`);
  const parts: string[] = [''];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const lazy = separated && parts.length === 1;
    if (escape && c === escape && pattern[i + 1] === '"') {
      if (parts.length > 2) throw new PgError(SqlState.invalidUseOfEscapeCharacter, 'SQL regular expression may not contain more than two escape-double-quote separators');
      parts.push('');
      i++;
    } else if (escape && c === escape && i + 1 < pattern.length) {
      // An escaped letter or digit is a class escape of the regular expression (`\d`).
      const next = pattern[++i]!;
      if (/[\p{L}\p{N}_]/u.test(next)) throw refused;
      parts[parts.length - 1] += next.replace(/[\\^$.*+?()[\]{}|\/]/g, '\\$&');
    } else if (c === '%') parts[parts.length - 1] += lazy ? '[\\s\\S]*?' : '[\\s\\S]*';
    else if (c === '_') parts[parts.length - 1] += '[\\s\\S]';
    else if ('[](){}|*+?^$\\'.includes(c)) throw refused;
    else parts[parts.length - 1] += c.replace(/[.\/]/g, '\\$&');
  }
  const [before, between, after] = parts;
  const source = between === undefined ? `^(?:${before})$` : `^(?:${before})(${between})${after === undefined ? '' : `(?:${after})`}$`;
  const m = new RegExp(source, 'u').exec(s);
  return m ? (between === undefined ? m[0] : m[1]!) : null;
}

/**
 * regexp_replace's replacement as appendStringInfoRegexpSubstr reads it: \1–\9 a group, \& the
 * match, \\ one backslash; any other backslash stays as it is.
 */
function regexpSubstitution(repl: string, match: string, subs: Array<string | undefined>): string {
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i]!;
    const next = repl[i + 1];
    if (c !== '\\' || next === undefined) out += c;
    else if (next >= '1' && next <= '9') {
      out += subs[Number(next) - 1] ?? '';
      i++;
    } else if (next === '&') {
      out += match;
      i++;
    } else if (next === '\\') {
      out += '\\';
      i++;
    } else out += c;
  }
  return out;
}

const DECODE_BLANKS = new Set([' ', '\t', '\n', '\r']);

/** decode(…, 'hex') as hex_decode reads it: blanks between pairs skipped, anything else 22023. */
function hexDecode(s: string): Buffer {
  const out: number[] = [];
  const digit = (c: string | undefined): number => {
    const v = c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1;
    if (v < 0) throw new PgError(SqlState.invalidParameterValue, `invalid hexadecimal digit: "${c ?? ''}"`);
    return v;
  };
  const chars = [...s];
  for (let i = 0; i < chars.length; ) {
    if (DECODE_BLANKS.has(chars[i]!)) {
      i++;
      continue;
    }
    const hi = digit(chars[i++]);
    if (i >= chars.length) throw new PgError(SqlState.invalidParameterValue, 'invalid hexadecimal data: odd number of digits');
    out.push((hi << 4) | digit(chars[i++]));
  }
  return Buffer.from(out);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** decode(…, 'base64') as pg_base64_decode reads it, with its errors (22023). */
function base64Decode(s: string): Buffer {
  const out: number[] = [];
  let buf = 0;
  let pos = 0;
  let end = 0;
  for (const c of s) {
    if (DECODE_BLANKS.has(c)) continue;
    let b = 0;
    if (c === '=') {
      if (!end) {
        if (pos === 2) end = 1;
        else if (pos === 3) end = 2;
        else throw new PgError(SqlState.invalidParameterValue, 'unexpected "=" while decoding base64 sequence');
      }
    } else {
      b = BASE64.indexOf(c);
      if (b < 0) throw new PgError(SqlState.invalidParameterValue, `invalid symbol "${c}" found while decoding base64 sequence`);
    }
    buf = ((buf << 6) + b) >>> 0;
    if (++pos === 4) {
      out.push((buf >> 16) & 255);
      if (end === 0 || end > 1) out.push((buf >> 8) & 255);
      if (end === 0 || end > 2) out.push(buf & 255);
      buf = 0;
      pos = 0;
    }
  }
  if (pos !== 0) throw new PgError(SqlState.invalidParameterValue, 'invalid base64 end sequence', { hint: 'Input data is missing padding, is truncated, or is otherwise corrupted.' });
  return Buffer.from(out);
}

/** quote_literal: a backslash makes it an E'' string with backslashes doubled. */
function quoteLiteral(s: string): string {
  return `${s.includes('\\') ? 'E' : ''}'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** format(): %[n$][-][width]s|I|L, the width a number, `*` or `*n$` (the next or the n-th argument). */
function format(fmt: string, args: SqliteValue[]): string {
  let next = 0;
  const argument = (i: number) => {
    if (i < 0) throw new PgError(SqlState.invalidParameterValue, `format specifies argument ${i + 1}, but arguments are numbered from 1`);
    if (i >= args.length) throw new PgError(SqlState.invalidParameterValue, 'too few arguments for format()');
    return args[i]!;
  };
  return fmt.replace(/%(?:(\d+)\$)?(-)?(\d+|\*(?:\d+\$)?)?(.)?/gs, (_m, pos: string | undefined, minus: string | undefined, width: string | undefined, kind: string | undefined) => {
    if (kind === undefined) throw new PgError(SqlState.invalidParameterValue, 'unterminated format() type specifier');
    if (!'sIL%'.includes(kind)) throw new PgError(SqlState.invalidParameterValue, `unrecognized format() type specifier "${kind}"`);
    if (kind === '%') return '%';
    let w = 0;
    let left = !!minus;
    if (width?.startsWith('*')) {
      // text_format: a value without its own position follows the width's argument, as after `*2$`.
      if (width.length > 1) next = Number(width.slice(1, -1)) - 1;
      const star = argument(next++);
      w = star === null ? 0 : Number(star);
      if (w < 0) [w, left] = [-w, true];
    } else if (width) w = Number(width);
    const v = argument(pos !== undefined ? Number(pos) - 1 : next++);
    if (pos !== undefined) next = Number(pos);
    let out: string;
    if (kind === 's') out = v === null ? '' : text(v);
    else if (kind === 'I') {
      if (v === null) throw new PgError(SqlState.nullValueNotAllowed, 'null values cannot be formatted as an SQL identifier');
      const id = text(v);
      out = quoteIdentifier(id);
    } else out = v === null ? 'NULL' : quoteLiteral(text(v));
    return left ? out.padEnd(w) : out.padStart(w);
  });
}

function makeDate(y: SqliteValue, m: SqliteValue, d: SqliteValue): SqliteValue {
  try {
    // A negative year is BC (make_date(-44, 3, 15) is 0044-03-15 BC).
    // Fields written out in full: '1-1-1' would read as 2001-01-01.
    const two = (v: SqliteValue) => String(num(v)).padStart(2, '0');
    return decodeTextParam(`${String(Math.abs(num(y))).padStart(4, '0')}-${two(m)}-${two(d)}${num(y) < 0 ? ' BC' : ''}`, OID.date);
  } catch (err) {
    // make_date names the fields it was given, not a text it read.
    if (err instanceof PgError && err.code === SqlState.datetimeFieldOverflow) {
      throw new PgError(SqlState.datetimeFieldOverflow, `date field value out of range: ${num(y)}-${String(num(m)).padStart(2, '0')}-${String(num(d)).padStart(2, '0')}`);
    }
    throw err;
  }
}

function makeTime(h: SqliteValue, m: SqliteValue, sec: SqliteValue): string {
  const usec = Math.round(((num(h) * 60 + num(m)) * 60 + num(sec)) * 1e6);
  if (num(h) < 0 || num(h) > 24 || num(m) < 0 || num(m) > 59 || num(sec) < 0 || num(sec) > 60 || usec > 86_400_000_000) {
    throw new PgError(SqlState.datetimeFieldOverflow, `time field value out of range: ${num(h)}:${num(m)}:${num(sec)}`);
  }
  return clockText(usec);
}

/** make_timestamp's fields as a timestamp's text, a BC year's mark after the time. */
function dateAndTime(y: SqliteValue, mo: SqliteValue, d: SqliteValue, h: SqliteValue, mi: SqliteValue, sec: SqliteValue): string {
  const date = text(makeDate(y, mo, d));
  const bc = date.endsWith(' BC');
  return `${bc ? date.slice(0, -3) : date} ${makeTime(h, mi, sec)}${bc ? ' BC' : ''}`;
}

/** record_out: each field as its text, quoted when empty or holding a quote, backslash, parenthesis, comma or space. */
function recordText(fields: SqliteValue[]): string {
  const out = fields.map((v) => {
    if (v === null) return '';
    const s = typeof v === 'string' ? v : scalarText(v);
    return s === '' || /["\\(),\s]/.test(s) ? `"${s.replace(/["\\]/g, (c) => c + c)}"` : s;
  });
  return `(${out.join(',')})`;
}

export function registerTypedFunctions(db: Database.Database): void {
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue, varargs = false) =>
    db.function(name, { deterministic: true, safeIntegers: true, varargs }, impl as (...args: unknown[]) => unknown);
  /** A function of non-null arguments: null in, null out, as PostgreSQL's strict functions. */
  const strict = (name: string, impl: (...args: SqliteValue[]) => SqliteValue) =>
    fn(name, (...args) => (args.some((a) => a === null) ? null : impl(...args)), true);

  fn('pg_store', (v, oid, typmod) => storeValue(v, Number(oid), Number(typmod)));
  fn('pg_record_out', (...fields) => recordText(fields), true);
  // A field of a composite value's text, which its type's input then reads (dialect/translate/composites.ts).
  fn('pg_record_field', (record, index, count) => (record === null ? null : recordFields(String(record), Number(count))[Number(index)]!));
  // Casting to text prints booleans as words; the output function (concat, format) as t/f.
  fn('pg_text', (v, oid, typmod) => (v === null ? null : Number(oid) === OID.bool ? (v ? 'true' : 'false') : encodeText(v, Number(oid), Number(typmod))));
  // A text cast to an array type, read as array_in reads it whatever it looks like.
  strict('pg_array_in', (v, oid) => decodeTextParam(text(v), Number(oid)) as SqliteValue);
  fn('pg_output', (v, oid, typmod) => encodeText(v, Number(oid), Number(typmod)));
  // An array's elements as their output function prints them, for array_to_string.
  fn('pg_array_texts', (v, oid) => {
    if (v === null) return null;
    const s = text(v).trim();
    const items: unknown = JSON.parse(s.startsWith('[') ? s : decodeArrayText(s, Number(oid), decodeTextParam));
    const texts = (x: unknown): unknown => (Array.isArray(x) ? x.map(texts) : x === null ? null : encodeText(x as SqliteValue, Number(oid)));
    return JSON.stringify(texts(items));
  });
  // timestamptz to and from the session zone's wall-clock time (casts to timestamp, date and time; from timestamp and date).
  strict('pg_tstz_local', (v) => localTimestampText(text(v)));
  strict('pg_local_tstz', (v) => zonedTimestampText(text(v)));
  strict('pg_cast_chars', (v, oid, typmod) => castChars(text(v), Number(oid), Number(typmod)));
  // A char(n)[]'s elements with the padding their values have (kept without it), for its JSON.
  strict('pg_pad_chars', (v, typmod) => mapArrayElements(text(v), OID.bpchar, (e) => e.padEnd(Number(typmod) - 4)));

  strict('pg_fdiv', (a, b) => {
    const d = num(b);
    // float8div: NaN divided by zero is NaN.
    if (d === 0 && !Number.isNaN(num(a))) throw new PgError(SqlState.divisionByZero, 'division by zero');
    const q = num(a) / d;
    // A NaN is stored as the text 'NaN' (SQLite would make the double NULL).
    return Number.isNaN(q) ? 'NaN' : q;
  });
  fn('pg_numeric_text', (v, scale) => {
    const d = v === null ? null : toDecimal(v, Number(scale));
    return d ? decimalText(d) : v;
  });
  // ARRAY[…] of numerics of known scales (value, scale pairs) as a result column, text or JSON
  // shows it: the array's JSON with each number written at its own, which array_out prints as written.
  fn('pg_numeric_array', (...args) => {
    const items: string[] = [];
    for (let i = 0; i < args.length; i += 2) {
      const v = args[i]!;
      // NaN and the infinities print as their names, whatever scale the others have.
      const special = v === 'NaN' || (typeof v === 'number' && !Number.isFinite(v)) || v === 'Infinity' || v === '-Infinity';
      const d = v === null || special ? null : toDecimal(v, Number(args[i + 1]));
      items.push(d ? decimalText(d) : v === null ? 'null' : JSON.stringify(scalarText(v)));
    }
    return `[${items.join(',')}]`;
  }, true);
  for (const [name, greatest] of [['pg_scaled_greatest', true], ['pg_scaled_least', false]] as const) {
    // GREATEST/LEAST of numerics that print with different scales: the winner, in numeric's exact
    // order (NaN above all), prints with its own; of equal values the first.
    fn(name, (...args) => {
      let best: number | undefined;
      for (let i = 0; i < args.length; i += 2) {
        if (args[i] === null) continue;
        if (best === undefined || compareNumeric(args[i]!, args[best]!) === (greatest ? 1 : -1)) best = i;
      }
      if (best === undefined) return null;
      const d = toDecimal(args[best]!, Number(args[best + 1]));
      return d ? decimalText(d) : args[best]!;
    }, true);
  }
  // NaN and the infinities are counted apart from the finite sum, so that a window's inverse step
  // takes them out again (Infinity - Infinity would leave a NaN behind).
  type FloatSum = { n: number; sum: number; nan: number; pos: number; neg: number };
  const floatSum = (state: FloatSum, v: SqliteValue, sign: number): FloatSum => {
    if (v === null) return state;
    const x = num(v);
    if (x !== x) return { ...state, n: state.n + sign, nan: state.nan + sign };
    if (x === Infinity) return { ...state, n: state.n + sign, pos: state.pos + sign };
    if (x === -Infinity) return { ...state, n: state.n + sign, neg: state.neg + sign };
    const sum = state.sum + sign * x;
    // float8pl's check: finite addends whose sum is not finite overflowed (1e308 + 1e308 is 22003, not Infinity).
    if (sum === Infinity || sum === -Infinity) throw new PgError(SqlState.numericValueOutOfRange, 'value out of range: overflow');
    return { ...state, n: state.n + sign, sum };
  };
  const floatTotal = (s: FloatSum) => (s.nan > 0 || (s.pos > 0 && s.neg > 0) ? NaN : s.pos > 0 ? Infinity : s.neg > 0 ? -Infinity : s.sum);
  for (const [name, average] of [['pg_float_sum', false], ['pg_float_avg', true]] as const) {
    db.aggregate<FloatSum>(name, {
      start: () => ({ n: 0, sum: 0, nan: 0, pos: 0, neg: 0 }),
      step: ((state: FloatSum, v: SqliteValue) => floatSum(state, v, 1)) as never,
      inverse: ((state: FloatSum, v: SqliteValue) => floatSum(state, v, -1)) as never,
      result: (state) => {
        if (state.n === 0) return null;
        const total = floatTotal(state) / (average ? state.n : 1);
        return total !== total ? 'NaN' : total;
      },
      safeIntegers: true,
    });
  }
  // sum(float4) adds in float4 (float4pl): each partial sum rounded to it, an overflow 22003.
  db.aggregate<{ n: number; sum: number }>('pg_float4_sum', {
    start: () => ({ n: 0, sum: 0 }),
    step: ((state: { n: number; sum: number }, v: SqliteValue) => {
      if (v === null) return state;
      const x = num(v);
      const sum = Math.fround(state.sum + x);
      if (!Number.isFinite(sum) && Number.isFinite(state.sum) && Number.isFinite(x)) throw new PgError(SqlState.numericValueOutOfRange, 'value out of range: overflow');
      return { n: state.n + 1, sum };
    }) as never,
    result: (state) => (state.n === 0 ? null : state.sum !== state.sum ? 'NaN' : state.sum),
    safeIntegers: true,
  });
  const intervalStep = (sign: number) => (state: { n: number; sum: string }, v: SqliteValue) => (v === null ? state : { n: state.n + sign, sum: dt.intervalPlusInterval(state.sum, text(v), sign) });
  for (const [name, average] of [['pg_interval_sum', false], ['pg_interval_avg', true]] as const) {
    db.aggregate<{ n: number; sum: string }>(name, {
      start: () => ({ n: 0, sum: '00:00:00' }),
      step: intervalStep(1) as never,
      inverse: intervalStep(-1) as never,
      result: (state) => (state.n === 0 ? null : average ? dt.intervalDividedBy(state.sum, state.n) : state.sum),
      safeIntegers: true,
    });
  }
  // json_agg and json_object_agg as their text: members as the translator wrote them (typed-sql.ts
  // jsonMember), kept in a window's frame order so a row leaving the frame leaves from the front.
  interface JsonItems {
    items: { text: string; structured: boolean }[];
  }
  const jsonItems = (open: string, close: string, separator: (item: { structured: boolean }) => string) => ({
    start: (): JsonItems => ({ items: [] }),
    inverse: ((state: JsonItems) => {
      state.items.shift();
      return state;
    }) as never,
    result: (state: JsonItems) => (state.items.length === 0 ? null : open + state.items.map((item, i) => (i ? separator(item) : '') + item.text).join('') + close),
  });
  db.aggregate<JsonItems>('pg_json_agg_text', {
    ...jsonItems('[', ']', (item) => (item.structured ? ', \n ' : ', ')),
    // json_agg_transfn starts an array's or a row's line anew, but for the first and a NULL.
    step: ((state: JsonItems, member: SqliteValue, structured: SqliteValue) => {
      state.items.push({ text: text(member), structured: !!structured });
      return state;
    }) as never,
  });
  db.function('pg_array_agg_arrays', { deterministic: true }, (v: SqliteValue) => {
    if (v === null) return null;
    const items = JSON.parse(text(v)) as unknown[];
    const shape = (x: unknown): number[] => (Array.isArray(x) ? [x.length, ...shape(x[0])] : []);
    let first: string | undefined;
    for (const x of items) {
      if (x === null) throw new PgError(SqlState.nullValueNotAllowed, 'cannot accumulate null arrays');
      if (!Array.isArray(x) || x.length === 0) throw new PgError('2202E', 'cannot accumulate empty arrays');
      const s = shape(x).join(',');
      if (first !== undefined && s !== first) throw new PgError('2202E', 'cannot accumulate arrays of different dimensionality');
      first = s;
    }
    return v;
  });
  // jsonb_object_agg's key, which json_group_object would take NULL for.
  db.function('pg_jsonb_object_key', { deterministic: true, safeIntegers: true }, (key: SqliteValue) => {
    if (key === null) throw new PgError(SqlState.invalidParameterValue, 'field name must not be null');
    return key;
  });
  db.aggregate<JsonItems>('pg_json_object_agg_text', {
    ...jsonItems('{ ', ' }', () => ', '),
    step: ((state: JsonItems, key: SqliteValue, member: SqliteValue) => {
      if (key === null) throw new PgError(SqlState.invalidParameterValue, 'field name must not be null');
      state.items.push({ text: `${JSON.stringify(text(key))} : ${text(member)}`, structured: false });
      return state;
    }) as never,
  });
  // Ordered-set aggregates: the group's values, sorted at the end as ORDER BY sorts them. A `_keyed`
  // one takes beside each value the key ORDER BY sorts its type by (an interval's span, a jsonb's or
  // an array's key: emit-query.ts typedSortKey), where the stored text does not sort in the type's
  // order: sorted, and for mode() told equal, by the keys as SQLite orders them.
  interface Ordered {
    values: Array<{ value: SqliteValue; key: SqliteValue }>;
    /** The percentile's fraction: NULL makes the result NULL, as PostgreSQL's final functions answer. */
    fraction: number | null;
    desc: boolean;
  }
  const orderedStep =
    (keyed: boolean) =>
    (state: Ordered, ...args: SqliteValue[]): Ordered => {
      const [value, key, desc] = keyed ? args.slice(-3) : [args.at(-2)!, args.at(-2)!, args.at(-1)!];
      if (args.length === (keyed ? 4 : 3)) state.fraction = args[0] === null ? null : num(args[0]!);
      state.desc = desc !== 0n;
      if (value !== null) state.values.push({ value, key: key! });
      return state;
    };
  type Compare = (a: SqliteValue, b: SqliteValue) => number;
  // Equal values stay in the order they came, in either direction.
  const sorted = (state: Ordered, compare: Compare) => [...state.values].sort((a, b) => (state.desc ? compare(b.key, a.key) : compare(a.key, b.key)));
  const fractionOf = (state: Ordered) => {
    if (state.fraction === null || !(state.fraction >= 0 && state.fraction <= 1)) throw new PgError(SqlState.numericValueOutOfRange, `percentile value ${state.fraction} is not between 0 and 1`);
    return state.fraction;
  };
  const ordered = (name: string, result: (state: Ordered) => SqliteValue, keyed = false) =>
    db.aggregate<Ordered>(name, { start: () => ({ values: [], fraction: 0, desc: false }), step: orderedStep(keyed) as never, result: (s) => (s.values.length === 0 || s.fraction === null ? null : result(s)), safeIntegers: true, varargs: true });
  ordered('pg_percentile_cont', (state) => {
    const xs = sorted(state, compareValues).map((e) => num(e.value));
    const at = fractionOf(state) * (xs.length - 1);
    const lo = Math.floor(at);
    const hi = Math.ceil(at);
    return lo === hi ? xs[lo]! : xs[lo]! + (at - lo) * (xs[hi]! - xs[lo]!);
  });
  // Of intervals, sorted by their spans: percentile_interval_multi_final's lo + (hi - lo) * fraction, in interval arithmetic.
  ordered(
    'pg_percentile_cont_interval',
    (state) => {
      const xs = sorted(state, compareKeys).map((e) => text(e.value));
      const at = fractionOf(state) * (xs.length - 1);
      const lo = Math.floor(at);
      const hi = Math.ceil(at);
      return lo === hi ? xs[lo]! : dt.intervalPlusInterval(xs[lo]!, dt.intervalTimes(dt.intervalPlusInterval(xs[hi]!, xs[lo]!, -1), at - lo), 1);
    },
    true,
  );
  // Of numerics (`_numeric`): in numeric's exact order, each value as it came (a decimal text keeps its scale).
  for (const [suffix, compare] of [['', compareValues], ['_numeric', compareNumeric], ['_keyed', compareKeys]] as const) {
    ordered(
      `pg_percentile_disc${suffix}`,
      (state) => {
        const xs = sorted(state, compare);
        return xs[Math.max(0, Math.ceil(fractionOf(state) * xs.length) - 1)]!.value;
      },
      suffix === '_keyed',
    );
    ordered(
      `pg_mode${suffix}`,
      (state) => {
        const xs = sorted(state, compare);
        let best = xs[0]!.value;
        let bestRun = 0;
        for (let i = 0; i < xs.length; ) {
          let j = i;
          while (j < xs.length && compare(xs[j]!.key, xs[i]!.key) === 0) j++;
          if (j - i > bestRun) [best, bestRun] = [xs[i]!.value, j - i];
          i = j;
        }
        return best;
      },
      suffix === '_keyed',
    );
  }
  strict('pg_time_diff', (a, b) => dt.timeMinusTime(text(a), text(b)));
  strict('pg_interval_trunc', (field, iv) => dt.intervalTrunc(text(field), text(iv)));
  // Of equal spans the later value wins ('1 mon' then '30 days' gives '30 days'), as interval_larger and interval_smaller keep their second argument.
  // The values are kept in a window's frame order, so that a row leaving the frame leaves from the front.
  for (const [name, sign] of [['pg_interval_min', -1], ['pg_interval_max', 1]] as const) {
    db.aggregate<{ items: string[] }>(name, {
      start: () => ({ items: [] }),
      step: ((state: { items: string[] }, v: SqliteValue) => {
        if (v !== null) state.items.push(text(v));
        return state;
      }) as never,
      inverse: ((state: { items: string[] }, v: SqliteValue) => {
        if (v !== null) state.items.shift();
        return state;
      }) as never,
      result: (state) => state.items.reduce<string | null>((best, v) => (best !== null && dt.intervalCompare(v, best) === -sign ? best : v), null),
      safeIntegers: true,
    });
  }

  // A RANGE frame's key over a date (0), timestamp (1) or timestamptz (2): microseconds since
  // 2000, the infinities as REAL ones, which an offset added or taken leaves infinite (as PostgreSQL's
  // in_range does).
  strict('pg_frame_micros', (v, kind) => {
    const k = Number(kind);
    const t = k === 0 ? parseDate(text(v)) : parseTimestamp(text(v), k === 2);
    if (t === 'infinity') return Infinity;
    if (t === '-infinity') return -Infinity;
    return typeof t === 'number' ? BigInt(t) * BigInt(USEC_PER_DAY) : timestampMicros(t);
  });
  strict('pg_date_add', (d, n) => dt.datePlusDays(text(d), num(n)));
  strict('pg_date_diff', (a, b) => BigInt(dt.dateMinusDate(text(a), text(b))));
  strict('pg_date_add_interval', (d, iv, sign) => dt.datePlusInterval(text(d), text(iv), num(sign)));
  strict('pg_date_time', (d, t) => dt.dateAtTime(text(d), text(t)));
  // `now() - interval '7 days'` is the same for every row of a scan (last-call.ts).
  strict('pg_timestamp_add', lastCall((ts, iv, sign, tz) => dt.timestampPlusInterval(text(ts), text(iv), num(sign), num(tz) !== 0), timeSettingsVersion));
  strict('pg_timestamp_diff', (a, b, tz) => dt.timestampMinusTimestamp(text(a), text(b), num(tz) !== 0));
  strict('pg_time_add', (t, iv, sign) => dt.timePlusInterval(text(t), text(iv), num(sign)));
  strict('pg_interval_add', (a, b, sign) => dt.intervalPlusInterval(text(a), text(b), num(sign)));
  strict('pg_interval_mul', (iv, f) => dt.intervalTimes(text(iv), num(f)));
  strict('pg_interval_div', (iv, d) => dt.intervalDividedBy(text(iv), num(d)));
  strict('pg_interval_cmp', (a, b) => BigInt(dt.intervalCompare(text(a), text(b))));
  strict('pg_interval_key', (a) => dt.intervalSortKey(text(a)));
  strict('pg_rank', (v, kind) => comparisonRank(text(v), text(kind)));
  strict('pg_ranks', (array, kind) => JSON.stringify(rankElements(JSON.parse(text(array)) as unknown, text(kind))));
  // GREATEST/LEAST of intervals by interval_cmp, NULLs skipped; of equals the first stays.
  const intervalExtreme = (greatest: boolean) => (...args: SqliteValue[]) => {
    let best: string | null = null;
    for (const a of args) {
      if (a === null) continue;
      const c = best === null ? 0 : dt.intervalCompare(text(a), best);
      if (best === null || (greatest ? c > 0 : c < 0)) best = text(a);
    }
    return best;
  };
  db.function('pg_interval_greatest', { deterministic: true, varargs: true }, intervalExtreme(true));
  db.function('pg_interval_least', { deterministic: true, varargs: true }, intervalExtreme(false));
  strict('pg_extract_field', (field, v, kind) => dt.extractField(text(field), text(v), text(kind) as 'date'));
  // date_part is extract's numeric as a float8 (numeric_float8), infinities included.
  strict('pg_date_part', (field, v, kind) => {
    const x = dt.extractField(text(field), text(v), text(kind) as 'date');
    return x === null ? null : Number(x);
  });
  strict('pg_age', (a, b, tz) => dt.age(text(a), text(b), num(tz) !== 0));
  strict('pg_justify_hours', (iv) => dt.justifyHours(text(iv)));
  strict('pg_justify_interval', (iv) => dt.justifyInterval(text(iv)));
  strict('pg_make_time', makeTime);
  strict('pg_make_timestamp', (y, mo, d, h, mi, sec) => decodeTextParam(dateAndTime(y, mo, d, h, mi, sec), OID.timestamp));
  strict('pg_make_timestamptz', (...a) => {
    const local = dateAndTime(a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!);
    // In the session's zone (UTC), or as that wall-clock time in the zone named, as AT TIME ZONE reads a timestamp.
    // Without a zone, the wall-clock time is read in the session's.
    const stamp = decodeTextParam(local, OID.timestamp) as string;
    if (a.length !== 7) return zonedTimestampText(stamp);
    const t = parseTimestamp(stamp, false);
    return typeof t === 'string' ? t : formatTimestamp(zoneToUtc(t, makeTimestamptzZone(text(a[6]!))), true);
  });
  strict('pg_make_interval', (y, mo, w, d, h, mi, sec) =>
    // PostgreSQL 15 adds the months and the days in int4 arithmetic that wraps (make_interval(years => 2147483647) is -1 years).
    formatInterval({ months: (Math.imul(num(y), 12) + num(mo)) | 0, days: (Math.imul(num(w), 7) + num(d)) | 0, usec: Math.round(((num(h) * 60 + num(mi)) * 60 + num(sec)) * 1e6) }),
  );
  // (s1, e1) OVERLAPS (s2, e2) of dates or timestamps, whose stored text sorts as they do; not strict.
  fn('pg_overlaps', (...ends) => {
    const answer = overlaps(...(ends.map((v) => (v === null ? null : text(v))) as [string | null, string | null, string | null, string | null]));
    return answer === null ? null : answer ? 1n : 0n;
  }, true);
  strict('pg_isfinite', (v) => (/^-?infinity$/.test(text(v)) ? 0n : 1n));
  strict('pg_bit_length', (v) => BigInt((Buffer.isBuffer(v) ? v.length : Buffer.byteLength(text(v))) * 8));
  strict('pg_width_bucket', (op, lo, hi, count) => {
    const [x, a, b, n] = [num(op), num(lo), num(hi), num(count)];
    if (n <= 0) throw new PgError(SqlState.invalidArgumentForWidthBucket, 'count must be greater than zero');
    if (Number.isNaN(x) || Number.isNaN(a) || Number.isNaN(b)) throw new PgError(SqlState.invalidArgumentForWidthBucket, 'operand, lower bound, and upper bound cannot be NaN');
    if (!Number.isFinite(a) || !Number.isFinite(b)) throw new PgError(SqlState.invalidArgumentForWidthBucket, 'lower and upper bounds must be finite');
    if (a === b) throw new PgError(SqlState.invalidArgumentForWidthBucket, 'lower bound cannot equal upper bound');
    if (a < b) return x < a ? 0n : x >= b ? BigInt(n + 1) : BigInt(Math.floor(((x - a) * n) / (b - a)) + 1);
    return x > a ? 0n : x <= b ? BigInt(n + 1) : BigInt(Math.floor(((a - x) * n) / (a - b)) + 1);
  });
  strict('pg_justify_days', (iv) => dt.justifyDays(text(iv)));
  strict('pg_make_date', makeDate);
  strict('pg_to_timestamp', (epoch) => decodeTextParam(formatTimestamp(unixTimestamp(num(epoch)), true), OID.timestamptz));
  strict('pg_regtype_name', (oid) => formatType(num(oid), -1));

  strict('pg_jsonb_cmp', (a, b) => BigInt(compareJsonb(parseJson(text(a)), parseJson(text(b)))));
  // ORDER BY a jsonb value: its key's bytes sort as jsonb's btree does.
  strict('pg_jsonb_sort_key', (a) => jsonbSortKey(parseJson(text(a))));
  // jsonb's operators over the parsed document, numbers kept as written (2.50, int8 beyond 2^53).
  const jsonbKey = (k: SqliteValue) => (typeof k === 'bigint' ? k : typeof k === 'number' ? BigInt(k) : text(k));
  const jsonbPath = (a: SqliteValue, path: SqliteValue) => jsonPathKeys(path).reduce<JsonNode | undefined>((n, k) => jsonbStep(n, k), jsonNodeArgument(a));
  // jsonb keeps a scalar as an array of one element: `'"s"'::jsonb -> 0` (or -1) is "s".
  // `->` with a text key reads an object's member only: `'[1,2]'::jsonb -> '0'` is NULL (a path's
  // text keys do index arrays, so jsonbStep reads digits there).
  const element = (a: SqliteValue, k: SqliteValue) => {
    const node = jsonNodeArgument(a);
    const key = jsonbKey(k);
    if (typeof key === 'string') return node instanceof JsonObject ? jsonbStep(node, key) : undefined;
    const scalar = node !== undefined && !(node instanceof JsonObject) && !Array.isArray(node);
    return scalar && (key === 0n || key === -1n) ? node : jsonbStep(node, key);
  };
  strict('pg_jsonb_get', (a, k) => {
    const node = element(a, k);
    return node === undefined ? null : jsonbNodeText(node);
  });
  strict('pg_jsonb_get_text', (a, k) => jsonbValueText(element(a, k)));
  strict('pg_jsonb_path', (a, path) => {
    const node = jsonbPath(a, path);
    return node === undefined ? null : jsonbNodeText(node);
  });
  strict('pg_jsonb_path_text', (a, path) => jsonbValueText(jsonbPath(a, path)));
  fn('pg_format', (f, ...args) => (f === null ? null : format(text(f), args)), true);
  // A bool[]'s elements as their casts to text spell them (true, false), in every dimension.
  strict('pg_bool_array_words', (v) => {
    const words = (x: unknown): unknown => (Array.isArray(x) ? x.map(words) : typeof x === 'boolean' ? String(x) : x);
    return JSON.stringify(words(JSON.parse(text(v))));
  });
  // format(f, VARIADIC a): a's element texts (pg_array_texts's JSON, every dimension's) are the arguments.
  fn('pg_format_variadic', (elements, f) => (f === null ? null : format(text(f), elements === null ? [] : ((JSON.parse(text(elements)) as unknown[]).flat(Infinity) as SqliteValue[]))));

  // An empty template gives NULL (timestamp_to_char, interval_to_char), as does an infinite value.
  strict('pg_to_char_time', (v, fmt, kind) => {
    const parts = text(fmt) === '' ? null : dateTimeParts(text(v), text(kind));
    return parts ? formatDateTime(parts, text(fmt)) : null;
  });
  strict('pg_to_char_interval', (v, fmt) => (text(fmt) === '' ? null : formatIntervalChar(parseInterval(text(v)), text(fmt))));
  strict('pg_date_bin', (stride, ts, origin, tz) => dt.dateBin(text(stride), text(ts), text(origin), num(tz) !== 0));
  strict('pg_to_char_number', (v, fmt, floatDigits) => {
    const digits = Number(floatDigits);
    const special = numericSpecial(v);
    if (special) return formatNumber(special, text(fmt), digits);
    // A float's digits come from its double, not from the shortest text that reads back as it.
    // String(-0) is '0', whose sign float8_to_char prints.
    const float = (x: number) => (Object.is(x, -0) ? '-0' : String(x));
    return formatNumber(digits ? float(digits === 6 ? Math.fround(num(v)) : num(v)) : decimalText(toDecimal(v, -1)!), text(fmt), digits);
  });
  strict('pg_to_number', (v, fmt) => {
    const read = parseNumber(text(v), text(fmt));
    return read === null ? null : storeValue(read, OID.numeric, -1);
  });
  strict('pg_to_number_text', (v, fmt) => parseNumber(text(v), text(fmt)));
  strict('pg_to_date', (v, fmt) => formatDate(parseDateTime(text(v), text(fmt)).unixDays - PG_EPOCH_DAYS));
  strict('pg_to_timestamp_text', (v, fmt) => {
    const p = parseDateTime(text(v), text(fmt));
    const local = { days: p.unixDays - PG_EPOCH_DAYS, usec: p.usec };
    // Read at the TZH/TZM offset the text gives, else as a wall-clock time in the session's zone.
    const utc = p.offset !== undefined ? shifted(local, -p.offset) : fromLocal(local);
    // A Julian day or year far out (`to_timestamp('1700000000', 'J')`) is past what a timestamptz holds.
    if (utc.days < MIN_DAYS || utc.days >= TIMESTAMP_END_DAYS) throw new PgError(SqlState.datetimeFieldOverflow, 'timestamp out of range');
    return formatTimestamp(utc, true);
  });
  strict('pg_at_time_zone', (zone, v, fromTz, intervalZone) => atTimeZone(text(zone), text(v), num(fromTz) !== 0, num(intervalZone) !== 0));

  // to_hex(int4) and to_hex(int8): a negative value is its two's complement in the argument's width.
  strict('pg_to_hex', (v, bits = 32n) => BigInt.asUintN(Number(bits), typeof v === 'bigint' ? v : BigInt(num(v))).toString(16));
  strict('pg_encode', (v, format) => {
    const b = Buffer.isBuffer(v) ? v : Buffer.from(text(v));
    const f = text(format).toLowerCase();
    if (f === 'hex') return b.toString('hex');
    if (f === 'base64') return b.toString('base64').replace(/(.{76})(?=.)/g, '$1\n');
    // esc_encode: a zero byte and bytes with the high bit set in octal, a backslash doubled, the rest as they are.
    if (f === 'escape') return [...b].map((c) => (c === 92 ? '\\\\' : c !== 0 && c < 128 ? String.fromCharCode(c) : '\\' + c.toString(8).padStart(3, '0'))).join('');
    throw new PgError(SqlState.invalidParameterValue, `unrecognized encoding: "${text(format)}"`);
  });
  // length(bytea, encoding): the characters the bytes are in that encoding (pg_verify_mbstr_len); a NUL is none.
  strict('pg_bytea_length', (v, encoding) => {
    const b = Buffer.isBuffer(v) ? v : Buffer.from(text(v));
    const name = text(encoding).toLowerCase().replace(/[^a-z0-9]/g, '');
    if (name === 'utf8' || name === 'unicode') return BigInt([...utf8Text(b)].length);
    const single = name === 'latin1' || name === 'iso88591' ? 'LATIN1' : name === 'sqlascii' ? 'SQL_ASCII' : undefined;
    if (!single) throw new PgError(SqlState.featureNotSupported, `length(bytea, encoding) in encoding "${text(encoding)}" is not supported by evsql`);
    if (b.includes(0)) throw new PgError(SqlState.characterNotInRepertoire, `invalid byte sequence for encoding "${single}": 0x00`);
    return BigInt(b.length);
  });
  strict('pg_decode', (v, format) => {
    const f = text(format).toLowerCase();
    if (f === 'hex') return hexDecode(text(v));
    if (f === 'base64') return base64Decode(text(v));
    if (f === 'escape') return decodeTextParam(text(v), OID.bytea);
    throw new PgError(SqlState.invalidParameterValue, `unrecognized encoding: "${text(format)}"`);
  });
  fn('pg_quote_literal', (v) => (v === null ? null : quoteLiteral(text(v))));
  fn('pg_quote_nullable', (v) => (v === null ? 'NULL' : quoteLiteral(text(v))));
  fn('pg_regexp_match', (s, pattern, flags) => {
    if (s === null || pattern === null) return null;
    const f = flags === undefined || flags === null ? '' : text(flags);
    noGlobalOption('regexp_match', f);
    const m = pgRegex(text(pattern), f, false).exec(text(s));
    return m ? JSON.stringify(m.length > 1 ? m.slice(1).map((g) => g ?? null) : [m[0]]) : null;
  }, true);
  // regexp_count, regexp_substr and regexp_instr: the matches from a start position (1-based, in
  // characters), one after another as with the g option; positions are counted in characters.
  const matches = (name: string, s: SqliteValue, pattern: SqliteValue, start: SqliteValue | undefined, flags: SqliteValue | undefined) => {
    const from = start === undefined ? 1 : Number(start);
    if (from < 1) throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "start": ${from}`);
    const f = flags === undefined ? '' : text(flags);
    if (f.includes('g')) throw new PgError(SqlState.invalidParameterValue, `${name}() does not support the "global" option`);
    const chars = Array.from(text(s));
    const offset = chars.slice(0, from - 1).join('').length;
    const re = extractingRegExp(text(pattern), 'gd' + regexOptions(f));
    return { found: [...text(s).slice(offset).matchAll(re)], offset, position: (unit: number) => Array.from(text(s).slice(0, offset + unit)).length + 1 };
  };
  const positive = (name: string, v: SqliteValue | undefined, least: number) => {
    const n = v === undefined ? least : Number(v);
    if (n < least) throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "${name}": ${n}`);
    return n;
  };
  fn('pg_regexp_like', (s, pattern, flags) => {
    if (s === null || pattern === null || flags === null) return null;
    if (flags !== undefined) noGlobalOption('regexp_like', text(flags));
    return pgRegExp(text(pattern), flags !== undefined ? regexOptions(text(flags)) : '').test(text(s)) ? 1n : 0n;
  }, true);
  fn('pg_regexp_count', (...a) => {
    if (a.some((x) => x === null)) return null;
    return BigInt(matches('regexp_count', a[0]!, a[1]!, a[2], a[3]).found.length);
  }, true);
  // regexp_substr(s, pattern [, start [, N [, flags [, subexpr]]]]): the Nth match, or its subexpr'th group.
  fn('pg_regexp_substr', (...a) => {
    if (a.some((x) => x === null)) return null;
    const [nth, subexpr] = [positive('n', a[3], 1), positive('subexpr', a[5], 0)];
    const hit = matches('regexp_substr', a[0]!, a[1]!, a[2], a[4]).found[nth - 1];
    return hit?.[subexpr] ?? null;
  }, true);
  // regexp_instr(s, pattern [, start [, N [, endoption [, flags [, subexpr]]]]]): where the Nth
  // match (or its group) starts, or with endoption 1 the position after it ends; 0 for none.
  fn('pg_regexp_instr', (...a) => {
    if (a.some((x) => x === null)) return null;
    const [nth, end, subexpr] = [positive('n', a[3], 1), positive('endoption', a[4], 0), positive('subexpr', a[6], 0)];
    if (end > 1) throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "endoption": ${end}`);
    const m = matches('regexp_instr', a[0]!, a[1]!, a[2], a[5]);
    const span = m.found[nth - 1]?.indices?.[subexpr];
    return span ? BigInt(m.position(span[end]!)) : 0n;
  }, true);
  fn('pg_join_distinct', (items, separator) => {
    const values = (JSON.parse(text(items)) as unknown[]).filter((v) => v !== null);
    return values.length === 0 ? null : values.map(String).join(separator === null ? '' : text(separator));
  });
  fn('pg_regexp_split_to_array', (s, pattern, flags) => (s === null || pattern === null ? null : JSON.stringify(regexpSplit(text(s), text(pattern), flags === undefined || flags === null ? '' : text(flags), 'regexp_split_to_array'))), true);
  fn('pg_overlay', (s, placing, from, count) => {
    if (s === null || placing === null || from === null || count === null) return null;
    // text_overlay: the start counts from 1; what follows resumes at start + count, from the first when that is before it.
    if (num(from) <= 0) throw new PgError(SqlState.substringError, 'negative substring length not allowed');
    if (Buffer.isBuffer(s)) {
      const inserted = Buffer.isBuffer(placing) ? placing : (decodeTextParam(text(placing), OID.bytea) as Buffer);
      const at = num(from) - 1;
      const n = count === undefined ? inserted.length : num(count);
      return Buffer.concat([s.subarray(0, Math.max(at, 0)), inserted, s.subarray(Math.max(at + n, 0))]);
    }
    const chars = [...text(s)];
    const start = num(from) - 1;
    const n = count === undefined || count === null ? [...text(placing)].length : num(count);
    return chars.slice(0, start).join('') + text(placing) + chars.slice(Math.max(start + n, 0)).join('');
  }, true);
  // regexp_replace(s, pattern, replacement [, start [, N]] [, flags]): a number after the
  // replacement is the start; N > 0 replaces the Nth match from there, N = 0 (or flag g) all.
  strict('pg_regexp_replace', (s, pattern, replacement, ...rest) => {
    const start = typeof rest[0] === 'bigint' || typeof rest[0] === 'number' ? num(rest.shift()!) : 1;
    const nth = typeof rest[0] === 'bigint' || typeof rest[0] === 'number' ? num(rest.shift()!) : undefined;
    const f = rest.length ? text(rest[0]!) : '';
    if (start < 1) throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "start": ${start}`);
    if (nth !== undefined && nth < 0) throw new PgError(SqlState.invalidParameterValue, `invalid value for parameter "n": ${nth}`);
    const all = nth === 0 || (nth === undefined && f.includes('g'));
    const re = extractingRegExp(text(pattern), 'g' + regexOptions(f));
    const repl = text(replacement);
    const chars = [...text(s)];
    const head = chars.slice(0, start - 1).join('');
    let seen = 0;
    const tail = chars.slice(start - 1).join('').replace(re, (match, ...groups) => {
      seen++;
      if (!all && seen !== (nth ?? 1)) return match;
      const subs = groups.slice(0, -2) as Array<string | undefined>;
      return regexpSubstitution(repl, match, subs);
    });
    return head + tail;
  });
  strict('pg_translate', (s, from, to) => {
    const f = [...text(from)];
    const t = [...text(to)];
    return [...text(s)].map((c) => {
      const i = f.indexOf(c);
      return i < 0 ? c : (t[i] ?? '');
    }).join('');
  });
  strict('pg_substring_similar', (s, p, e) => substringSimilar(text(s), text(p), text(e)));
  fn('pg_similar_to_escape', (pattern, escape) => (pattern === null ? null : similarToRegex(text(pattern), escape === undefined ? '\\' : escape === null ? '' : text(escape))), true);
  strict('pg_starts_with', (s, prefix) => (text(s).startsWith(text(prefix)) ? 1n : 0n));
  strict('pg_factorial', (n) => {
    const k = BigInt(num(n));
    if (k < 0n) throw new PgError(SqlState.numericValueOutOfRange, 'factorial of a negative number is undefined');
    // PostgreSQL's bound, checked before the product: 32178! has more digits than numeric holds.
    if (k > 32177n) throw new PgError(SqlState.numericValueOutOfRange, 'value overflows numeric format');
    let r = 1n;
    for (let i = 2n; i <= k; i++) r *= i;
    return r <= 9223372036854775807n ? r : r.toString();
  });
  for (const [name, population, root] of [['pg_var_samp', false, false], ['pg_var_pop', true, false], ['pg_stddev_samp', false, true], ['pg_stddev_pop', true, true]] as const) {
    db.aggregate<VarianceState>(name, {
      start: () => ({ n: 0, mean: 0, m2: 0 }),
      step: ((state: VarianceState, v: SqliteValue): VarianceState => {
        if (v === null) return state;
        const x = num(v);
        const n = state.n + 1;
        const delta = x - state.mean;
        const mean = state.mean + delta / n;
        return { n, mean, m2: state.m2 + delta * (x - mean) };
      }) as never,
      result: (state) => {
        const d = population ? state.n : state.n - 1;
        if (d <= 0) return null;
        return root ? Math.sqrt(state.m2 / d) : state.m2 / d;
      },
      safeIntegers: true,
    });
  }

  strict('pg_jsonb', (v) => jsonbNodeText(jsonNodeArgument(v)));
  strict('pg_json_build_text', (v) => jsonBuildText(jsonNodeArgument(v)));
  // A json_build_object key, quoted: a NULL one is refused.
  fn('pg_json_key', (k, position) => {
    if (k === null) throw new PgError(SqlState.invalidParameterValue, `argument ${position} cannot be null`, { hint: 'Object keys should be text.' });
    return JSON.stringify(text(k));
  });
}

/** printf's %g: six significant digits, trailing zeros dropped, an exponent below 1e-4 or from 1e6. */
function cFormatG(x: number): string {
  if (x === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(Number(x.toPrecision(6)))));
  if (exponent < -4 || exponent >= 6) {
    const [mantissa, e] = x.toExponential(5).split('e');
    return `${mantissa!.replace(/\.?0+$/, '')}e${e![0] === '-' ? '-' : '+'}${e!.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return x.toFixed(Math.max(0, 5 - exponent)).replace(/\.?0+$/, '');
}

/** to_timestamp(double precision): seconds since 1970 to the microsecond, rounded as float8_timestamptz rounds them. */
function unixTimestamp(seconds: number): Timestamp | 'infinity' | '-infinity' {
  if (Number.isNaN(seconds)) throw new PgError(SqlState.datetimeFieldOverflow, 'timestamp cannot be NaN');
  if (!Number.isFinite(seconds)) return seconds > 0 ? 'infinity' : '-infinity';
  // float8_timestamptz: from Julian day 0 up to 294277-01-01, messages with C's %g of the number.
  const outOfRange = () => new PgError(SqlState.datetimeFieldOverflow, `timestamp out of range: "${cFormatG(seconds)}"`);
  if (seconds < -210_866_803_200 || seconds >= 9_224_318_016_000) throw outOfRange();
  const micros = BigInt(rint((seconds - PG_EPOCH_DAYS * 86400) * 1e6));
  const t = timestampFromMicros(micros);
  if (typeof t !== 'string' && t.days + PG_EPOCH_DAYS >= daysFromCivil(294277, 1, 1)) throw outOfRange();
  return t;
}

/**
 * An explicit cast to varchar(n)/char(n), or to an array of them (the stored JSON array): it
 * truncates, where assignment refuses; "char" keeps one character.
 */
function castChars(s: string, oid: number, typmod: number): string {
  const element = arrayElementOid(oid);
  if (element !== 0) return mapArrayElements(s, element, (e) => castChars(e, element, typmod));
  if (oid === OID.char) return charFirstByte(s);
  const n = typmod - 4;
  const cut = n > 0 && s.length > n ? [...s].slice(0, n).join('') : s;
  return oid === OID.bpchar ? cut.replace(/ +$/, '') : cut;
}
