/**
 * evsql's own SQL functions (`pg_*`), registered on every SQLite connection of every replica.
 * Nondeterministic ones (now(), random(), gen_random_uuid()) draw from the request's context, so
 * each replica computes the same value for the same request.
 */
import type Database from 'better-sqlite3';
import { createHash, createHmac, getHashes } from 'node:crypto';
import { PgError, type Severity, SqlState } from '../../pg/errors.js';
import { OID, type SqliteValue } from '../../pg/types/registry.js';
import { decodeTextParam, encodeText } from '../../pg/types/text-format.js';
import { storeValue } from '../../pg/coerce.js';
import { decodeBytes, encodeString, encodingNamed } from '../../pg/encodings.js';
import {
  formatTimestamp as formatStoredTimestamp,
  fromLocal,
  localTimestampText,
  parseTimestamp as parseStoredTimestamp,
  offsetText,
  sessionOffset,
  shifted,
  toLocal,
  withTimeZone,
  zoneIsUtc,
  expressionZone,
  timeSettingsVersion,
} from '../../pg/types/timestamp.js';
import { extractField, extractUnit } from '../../pg/datetime.js';
import { PG_EPOCH_DAYS, civilFromDays, daysFromCivil } from '../../pg/types/calendar.js';
import { numericSpecial, roundDecimal, toDecimal } from '../../pg/types/numeric.js';
import { defaultSetting, normalizeSetting } from '../../pg/settings.js';
import { extractingRegExp, pgRegExp } from '../../pg/regex.js';
import { likeEscape, likeMatch } from '../../pg/like.js';
import { VERSION_STRING } from '../../pg/version.js';
import { hashText, partitionHash } from '../../pg/hash.js';
import { jsonSourceStep, jsonbContains, parseJson } from '../../pg/types/json.js';
import { jsonPathKeys, text } from './arguments.js';
import { lastCall } from './last-call.js';
import type { FunctionScope } from './function-scope.js';
import { RANDOM_STATE_SETTING, seededDraw, seededState } from './seeded-random.js';
import { checkUnsafeLabel, invalidEnumLabel } from '../catalog/enums.js';
import { type PrivilegeTarget, aclTextAllows } from '../catalog/roles.js';

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A timestamp in evsql's storage form for timestamptz: UTC, PostgreSQL's text output. */
export function formatTimestamp(ms: number, withZone: boolean): string {
  // `ms` may carry microseconds (lib/clock.ts), which PostgreSQL prints.
  const micros = Math.round(ms * 1000);
  const second = Math.floor(micros / 1_000_000);
  const frac = micros - second * 1_000_000;
  const d = new Date(second * 1000);
  const base = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  const fracText = frac ? `.${String(frac).padStart(6, '0').replace(/0+$/, '')}` : '';
  return base + fracText + (withZone ? '+00' : '');
}

function parseTimestamp(v: SqliteValue): number {
  if (v === null) return NaN;
  const s = String(v).replace(' ', 'T').replace(/\+00$/, 'Z');
  return Date.parse(/[zZ]|[+-]\d\d(:?\d\d)?$/.test(s) ? s : s + 'Z');
}

/** xorshift32: small, fast, and identical on every replica for the same seed. */
function nextRandom(scope: FunctionScope): number {
  let x = scope.rng || 0x9e3779b9;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  scope.rng = x >>> 0;
  return scope.rng / 0x100000000;
}

/**
 * parse_ident(): a qualified name's parts, unquoted ones in lower case (ASCII letters), quoted
 * ones as written with "" for a quote; outside strict mode whatever follows the name is ignored.
 */
function parseIdent(s: string, strict: boolean): string[] {
  const invalid = (detail?: string) => new PgError(SqlState.invalidParameterValue, `string is not a valid identifier: "${s}"`, detail ? { detail } : {});
  const parts: string[] = [];
  let i = 0;
  const space = () => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
  };
  space();
  for (;;) {
    if (s[i] === '"') {
      let part = '';
      for (i++; ; i++) {
        if (i >= s.length) throw invalid('String has unclosed double quotes.');
        if (s[i] === '"') {
          if (s[i + 1] !== '"') break;
          i++;
        }
        part += s[i];
      }
      i++;
      if (part === '') throw invalid('Quoted identifier must not be empty.');
      parts.push(part);
    } else {
      const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(s.slice(i));
      if (!m) {
        if (s[i] === '.') throw invalid(parts.length ? 'No valid identifier after ".".' : 'No valid identifier before ".".');
        if (parts.length) throw invalid('No valid identifier after ".".');
        throw invalid();
      }
      parts.push(m[0].replace(/[A-Z]/g, (c) => c.toLowerCase()));
      i += m[0].length;
    }
    space();
    if (s[i] === '.') {
      i++;
      space();
      continue;
    }
    if (i < s.length && strict) throw invalid();
    return parts;
  }
}

/** unistr(): \\XXXX, \\+XXXXXX, \\uXXXX and \\UXXXXXXXX as the characters they name (a surrogate pair as one), \\\\ as a backslash. */
function unistr(s: string): string {
  const invalid = (message: string) => new PgError(SqlState.syntaxError, message, { hint: 'Unicode escapes must be \\XXXX, \\+XXXXXX, \\uXXXX, or \\UXXXXXXXX.' });
  let out = '';
  let high = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      if (high) throw invalid('invalid Unicode surrogate pair');
      out += s[i];
      continue;
    }
    if (s[i + 1] === '\\') {
      if (high) throw invalid('invalid Unicode surrogate pair');
      out += '\\';
      i++;
      continue;
    }
    const form = /^(?:([0-9A-Fa-f]{4})|\+([0-9A-Fa-f]{6})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/.exec(s.slice(i + 1));
    if (!form) throw invalid('invalid Unicode escape');
    const code = parseInt(form[1] ?? form[2] ?? form[3] ?? form[4]!, 16);
    i += form[0].length;
    if (code > 0x10ffff || code === 0) throw new PgError(SqlState.invalidParameterValue, `invalid Unicode code point: ${code.toString(16).toUpperCase().padStart(4, '0')}`);
    if (high) {
      if (code < 0xdc00 || code > 0xdfff) throw invalid('invalid Unicode surrogate pair');
      out += String.fromCodePoint(0x10000 + ((high - 0xd800) << 10) + (code - 0xdc00));
      high = 0;
    } else if (code >= 0xd800 && code <= 0xdbff) high = code;
    else if (code >= 0xdc00 && code <= 0xdfff) throw invalid('invalid Unicode surrogate pair');
    else out += String.fromCodePoint(code);
  }
  if (high) throw invalid('invalid Unicode surrogate pair');
  return out;
}

function regex(pattern: string, flags: string): RegExp {
  const key = pattern + '\u0000' + flags;
  let re = regexCache.get(key);
  if (!re) {
    re = pgRegExp(pattern, flags);
    if (regexCache.size > 256) regexCache.clear();
    regexCache.set(key, re);
  }
  return re;
}
const regexCache = new Map<string, RegExp>();

/** A `->` key: an integer picks an array element, text an object member. */
function jsonKey(k: SqliteValue): string | number {
  return typeof k === 'bigint' || typeof k === 'number' ? Number(k) : text(k);
}

/** `#>`: each key an object member or, where the value is an array, an element's index. */
function jsonSourcePath(doc: string, path: SqliteValue): string | undefined {
  let v: string | undefined = doc;
  for (const k of jsonPathKeys(path)) {
    if (v === undefined) return undefined;
    const array = v.trimStart().startsWith('[');
    if (array && !/^-?\d+$/.test(k)) return undefined;
    v = jsonSourceStep(v, array ? Number(k) : k);
  }
  return v;
}

const NUL_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\u0000/;

function untranslatable(): PgError {
  return new PgError('22P05', 'unsupported Unicode escape sequence', { detail: '\\u0000 cannot be converted to text.' });
}

/** json's operators de-escape every string of the document as they parse it (json_lex_string): a \u0000 anywhere is 22P05. */
function jsonOperand(d: SqliteValue): string {
  const doc = text(d);
  if (doc.includes('\\u0000') && NUL_ESCAPE.test(doc)) throw untranslatable();
  return doc;
}

/** What `->>` gives: a string's text, JSON null as NULL, anything else its source text. */
function jsonSourceText(v: string | undefined): SqliteValue {
  if (v === undefined || v === 'null') return null;
  if (!v.startsWith('"')) return v;
  const s = JSON.parse(v) as string;
  if (s.includes('\u0000')) throw untranslatable();
  return s;
}


/** Units date_trunc keeps the offset the instant had for: below a day, a truncated time keeps its side of a DST change. */
const KEEPS_OFFSET = new Set(['microseconds', 'milliseconds', 'second', 'minute', 'hour']);

/** date_trunc of a timestamptz in a session zone other than UTC: its wall-clock time truncated, as timestamptz_trunc_internal. */
function zonedDateTrunc(field: string, stored: string): SqliteValue {
  const utc = parseStoredTimestamp(stored, true);
  if (typeof utc === 'string') return utc;
  const truncated = parseStoredTimestamp(String(dateTrunc(field, formatStoredTimestamp(toLocal(utc), false))), false);
  if (typeof truncated === 'string') return truncated;
  const back = KEEPS_OFFSET.has(extractUnit(field, 'timestamp with time zone')) ? shifted(truncated, -sessionOffset(utc)) : fromLocal(truncated);
  return formatStoredTimestamp(back, true);
}

/** Units the time of day truncates to, in microseconds. */
const TRUNC_USEC: Record<string, number> = { hour: 3_600_000_000, minute: 60_000_000, second: 1_000_000, milliseconds: 1000, microseconds: 1 };

/** timestamp_trunc's year of a millennium, century or decade, on astronomical years (C's division truncates). */
function truncatedYear(unit: string, y: number): number {
  const div = (a: number, b: number) => Math.trunc(a / b);
  if (unit === 'millennium') y = y > 0 ? div(y + 999, 1000) * 1000 - 999 : -div(999 - (y - 1), 1000) * 1000 + 1;
  if (unit === 'millennium' || unit === 'century') return y > 0 ? div(y + 99, 100) * 100 - 99 : -div(99 - (y - 1), 100) * 100 + 1;
  if (unit === 'decade') return y > 0 ? div(y, 10) * 10 : -div(8 - (y - 1), 10) * 10;
  return y;
}

/** date_trunc(field, timestamp or timestamptz) on the stored text, as timestamp_trunc; infinity as it is. */
function dateTrunc(field: string, ts: SqliteValue): SqliteValue {
  if (ts === null) return null;
  const withTz = String(ts).endsWith('+00');
  if (!zoneIsUtc() && withTz) return zonedDateTrunc(field, String(ts));
  const t = parseStoredTimestamp(text(ts), withTz);
  if (typeof t === 'string') return t;
  const label = withTz ? 'timestamp with time zone' : 'timestamp without time zone';
  const unit = extractUnit(field, label);
  const step = TRUNC_USEC[unit];
  if (step !== undefined) return formatStoredTimestamp({ days: t.days, usec: Math.floor(t.usec / step) * step }, withTz);
  const unixDays = t.days + PG_EPOCH_DAYS;
  let days: number;
  if (unit === 'day') days = unixDays;
  else if (unit === 'week') days = unixDays - ((((unixDays + 3) % 7) + 7) % 7);
  else if (['month', 'quarter', 'year', 'decade', 'century', 'millennium'].includes(unit)) {
    const [y, m] = civilFromDays(unixDays);
    const month = unit === 'month' ? m : unit === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
    days = daysFromCivil(truncatedYear(unit, y), month, 1);
  } else throw new PgError(SqlState.featureNotSupported, `unit "${field}" not supported for type ${label}`);
  return formatStoredTimestamp({ days: days - PG_EPOCH_DAYS, usec: 0 }, withTz);
}

/** A stored timestamptz as its wall-clock time in the session's zone, for the fields of a value whose type the translation did not know. */
function inSessionZone(v: SqliteValue): SqliteValue {
  return !zoneIsUtc() && typeof v === 'string' && v.endsWith('+00') ? localTimestampText(v) : v;
}

function extract(field: string, ts: SqliteValue): SqliteValue {
  if (ts === null) return null;
  const f = field.toLowerCase();
  const ms = parseTimestamp(f === 'epoch' ? ts : inSessionZone(ts));
  if (Number.isNaN(ms)) throw new PgError(SqlState.invalidDatetimeFormat, `invalid input syntax for type timestamp: "${text(ts)}"`);
  const d = new Date(ms);
  switch (f) {
    case 'year': return d.getUTCFullYear();
    case 'month': return d.getUTCMonth() + 1;
    case 'day': return d.getUTCDate();
    case 'hour': return d.getUTCHours();
    case 'minute': return d.getUTCMinutes();
    case 'second': return d.getUTCSeconds() + d.getUTCMilliseconds() / 1000;
    case 'milliseconds': return d.getUTCSeconds() * 1000 + d.getUTCMilliseconds();
    case 'microseconds': return (d.getUTCSeconds() * 1000 + d.getUTCMilliseconds()) * 1000;
    case 'dow': return d.getUTCDay();
    case 'isodow': return d.getUTCDay() || 7;
    case 'doy': return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
    case 'quarter': return Math.floor(d.getUTCMonth() / 3) + 1;
    case 'epoch': return ms / 1000;
    case 'decade': return Math.floor(d.getUTCFullYear() / 10);
    case 'century': return Math.ceil(d.getUTCFullYear() / 100);
    default:
      throw new PgError(SqlState.invalidParameterValue, `unit "${field}" not recognized for type timestamp with time zone`);
  }
}

function toChar(v: SqliteValue, fmt: SqliteValue): SqliteValue {
  if (v === null || fmt === null) return null;
  const ms = parseTimestamp(inSessionZone(v));
  if (Number.isNaN(ms)) throw new PgError(SqlState.featureNotSupported, 'to_char is supported for timestamps only by evsql');
  const d = new Date(ms);
  const map: Record<string, string> = {
    YYYY: String(d.getUTCFullYear()).padStart(4, '0'),
    MM: two(d.getUTCMonth() + 1),
    DD: two(d.getUTCDate()),
    HH24: two(d.getUTCHours()),
    HH12: two(d.getUTCHours() % 12 || 12),
    HH: two(d.getUTCHours() % 12 || 12),
    MI: two(d.getUTCMinutes()),
    SS: two(d.getUTCSeconds()),
    MS: String(d.getUTCMilliseconds()).padStart(3, '0'),
    US: String(d.getUTCMilliseconds() * 1000).padStart(6, '0'),
    YY: two(d.getUTCFullYear() % 100),
    AM: d.getUTCHours() < 12 ? 'AM' : 'PM',
    PM: d.getUTCHours() < 12 ? 'AM' : 'PM',
  };
  return text(fmt).replace(/YYYY|HH24|HH12|HH|MM|DD|MI|SS|MS|US|YY|AM|PM/g, (t) => map[t]!);
}

function greatestOrLeast(args: SqliteValue[], greatest: boolean): SqliteValue {
  let best: SqliteValue = null;
  for (const a of args) {
    if (a === null) continue;
    if (best === null || (greatest ? above(a, best) : above(best, a))) best = a;
  }
  return best;
}

/** a > b as float8 orders: a NaN (stored as the text 'NaN') above every number, as float8_cmp puts it. */
function above(a: SqliteValue, b: SqliteValue): boolean {
  const number = (x: SqliteValue) => typeof x === 'number' || typeof x === 'bigint';
  if (a === 'NaN' && number(b)) return true;
  if (b === 'NaN' && number(a)) return false;
  return a! > b!;
}

function integerLabel(oid: number): string {
  return oid === OID.int8 ? 'bigint' : oid === OID.int2 ? 'smallint' : 'integer';
}

function castInt(v: SqliteValue, oid: number): SqliteValue {
  if (v === null) return null;
  let n: bigint;
  if (typeof v === 'bigint') n = v;
  else if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new PgError(SqlState.numericValueOutOfRange, `${integerLabel(oid)} out of range`);
    // numeric rounds half away from zero (SQLite REALs here come from numeric literals and columns)
    n = BigInt(Math.sign(v) * Math.round(Math.abs(v)));
  } else if (Buffer.isBuffer(v)) {
    // A numeric of many digits (types/numeric.ts's storage form), rounded half away from zero.
    const d = toDecimal(v, -1);
    if (!d) throw new PgError(SqlState.featureNotSupported, 'cannot convert NaN to integer');
    n = roundDecimal(d, 0, false).units;
  } else return decodeTextParam(text(v), oid);
  const limit = oid === OID.int8 ? 1n << 63n : oid === OID.int2 ? 1n << 15n : 1n << 31n;
  if (n >= limit || n < -limit) throw new PgError(SqlState.numericValueOutOfRange, `${integerLabel(oid)} out of range`);
  return n;
}

export function registerSqlFunctions(db: Database.Database, scope: () => FunctionScope): void {
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue, opts: { varargs?: boolean; deterministic?: boolean } = {}) =>
    db.function(name, { varargs: opts.varargs ?? impl.length === 0, deterministic: opts.deterministic ?? true, safeIntegers: true }, impl as any);

  // Session-dependent and nondeterministic: evaluated per request from its context.
  // As in PostgreSQL, now() and CURRENT_* are the transaction's start; statement_timestamp() the statement's.
  const transactionNow = () => scope().ctx.transactionStart ?? scope().ctx.now;
  // Kept while the transaction's start stays: SQLite calls them once per row.
  const nowText = lastCall(() => formatTimestamp(transactionNow(), true), transactionNow);
  fn('pg_now', nowText, { deterministic: false });
  fn('pg_statement_timestamp', () => formatTimestamp(scope().ctx.now, true), { deterministic: false });
  // LOCALTIMESTAMP, CURRENT_DATE and CURRENT_TIME are the wall-clock time in the session's zone.
  const localText = lastCall((now) => localTimestampText(String(now)), timeSettingsVersion);
  const localNow = () => String(localText(nowText()));
  fn('pg_localtimestamp', localNow, { deterministic: false });
  fn('pg_current_date', () => localNow().slice(0, 10), { deterministic: false });
  fn('pg_current_time', () => localNow().slice(11), { deterministic: false });
  // CURRENT_TIME is a timetz: the session zone's offset at the transaction's start.
  fn('pg_current_offset', () => {
    const start = parseStoredTimestamp(formatTimestamp(transactionNow(), true), true);
    return offsetText(typeof start === 'string' ? 0 : sessionOffset(start));
  }, { deterministic: false });
  fn('pg_current_user', () => scope().ctx.user, { deterministic: false });
  fn('pg_current_database', () => scope().ctx.database, { deterministic: false });
  // Whether the server serves a database of that name (GRANT … ON DATABASE of another one).
  fn('pg_database_served', (name) => {
    const { database, databases } = scope().ctx;
    return name === database || !!databases?.all.some((d) => d.name === name) ? 1 : 0;
  }, { deterministic: false });
  fn('pg_backend_pid', () => scope().ctx.pid, { deterministic: false });
  fn('pg_inet_client_addr', () => scope().ctx.endpoint?.clientAddr ?? null, { deterministic: false });
  fn('pg_inet_client_port', () => scope().ctx.endpoint?.clientPort ?? null, { deterministic: false });
  fn('pg_inet_server_addr', () => scope().ctx.endpoint?.serverAddr ?? null, { deterministic: false });
  fn('pg_inet_server_port', () => scope().ctx.endpoint?.serverPort ?? null, { deterministic: false });
  fn('pg_postmaster_start_time', () => {
    const start = scope().ctx.endpoint?.serverStart;
    return start === undefined ? null : formatTimestamp(start, true);
  }, { deterministic: false });
  fn('pg_txid_current', () => BigInt(scope().ctx.xid ?? 0), { deterministic: false });
  fn('pg_version', () => VERSION_STRING);
  fn('pg_random', () => {
    const s = scope();
    const seeded = s.settings?.[RANDOM_STATE_SETTING] ?? s.ctx.settings[RANDOM_STATE_SETTING];
    // RESET ALL leaves an empty value (as PostgreSQL leaves a custom setting's): unseeded again.
    if (!seeded) return nextRandom(s);
    const draw = seededDraw(seeded);
    (s.settings ??= {})[RANDOM_STATE_SETTING] = draw.state;
    return draw.value;
  }, { deterministic: false });
  fn('pg_stat_reset_shared', (target) => {
    if (target === null) return null;
    if (!['archiver', 'bgwriter', 'recovery_prefetch', 'wal'].includes(text(target))) {
      throw new PgError(SqlState.invalidParameterValue, `unrecognized reset target: "${text(target)}"`, { hint: 'Target must be "archiver", "bgwriter", "recovery_prefetch", or "wal".' });
    }
    return '';
  });
  fn('pg_setseed', (seed) => {
    if (seed === null) return null;
    const s = scope();
    (s.settings ??= {})[RANDOM_STATE_SETTING] = seededState(Number(seed));
    return '';
  }, { deterministic: false });
  fn('pg_gen_random_uuid', () => {
    const s = scope();
    const b = Buffer.alloc(16);
    for (let i = 0; i < 16; i++) b[i] = Math.floor(nextRandom(s) * 256);
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }, { deterministic: false });
  fn('pg_current_setting', (name, missingOk) => {
    const key = text(name).toLowerCase();
    const v = scope().settings?.[key] ?? scope().ctx.settings[key] ?? defaultSetting(key);
    if (v === undefined && missingOk) return null;
    if (v === undefined) throw new PgError(SqlState.undefinedObject, `unrecognized configuration parameter "${text(name)}"`);
    return v;
  }, { deterministic: false, varargs: true });
  fn('pg_set_config', (name, value, isLocal) => {
    const s = scope();
    s.settings ??= {};
    const key = text(name).toLowerCase();
    s.settings[key] = normalizeSetting(key, text(value), s.settings[key] ?? s.ctx.settings[key] ?? defaultSetting(key));
    if (isLocal !== null && isLocal !== undefined && Number(isLocal) !== 0) (s.localSettings ??= []).push(key);
    // The value as the setting keeps it ('German' is 'German, DMY'), as current_setting would show it.
    return s.settings[key];
  }, { deterministic: false, varargs: true });
  // Called for each row a WITH RECURSIVE query's recursive member makes, and for each row
  // combination of a write's join (its arguments name a row of each table: emit-query.ts): SQLite cannot
  // be interrupted from outside here, so a query without end stops itself at a cancel or timeout.
  fn('pg_cancel_point', () => {
    if (scope().cancelled()) throw new PgError(SqlState.queryCanceled, 'canceling statement due to user request');
    return 1;
  }, { deterministic: false, varargs: true });
  // Sleeps in slices so a cancel or statement timeout ends it promptly; void prints as ''.
  const sleep = (seconds: number): string => {
    const until = Date.now() + seconds * 1000;
    const s = scope();
    const slot = new Int32Array(new SharedArrayBuffer(4));
    while (Date.now() < until) {
      if (s.cancelled()) throw new PgError(SqlState.queryCanceled, 'canceling statement due to user request');
      Atomics.wait(slot, 0, 0, Math.min(20, until - Date.now()));
    }
    return '';
  };
  fn('pg_sleep', (seconds) => (seconds === null ? null : sleep(Number(seconds))), { deterministic: false });
  // PostgreSQL's pg_sleep_for and pg_sleep_until are SQL functions over pg_sleep and the epoch.
  fn('pg_sleep_for', (iv) => (iv === null ? null : sleep(Number(extractField('epoch', text(iv), 'interval')))), { deterministic: false });
  fn('pg_sleep_until', (ts) => (ts === null ? null : sleep(Number(extractField('epoch', text(ts), 'timestamptz')) - Date.now() / 1000)), { deterministic: false });

  // PostgreSQL semantics SQLite lacks.
  fn('pg_div', (a, b) => {
    if (a === null || b === null) return null;
    if (b === 0n || b === 0) throw new PgError(SqlState.divisionByZero, 'division by zero');
    if (typeof a === 'bigint' && typeof b === 'bigint') {
      if (b === -1n && a === -(1n << 63n)) throw new PgError(SqlState.numericValueOutOfRange, 'bigint out of range');
      return a / b;
    }
    return Number(a) / Number(b);
  });
  fn('pg_mod', (a, b) => {
    if (a === null || b === null) return null;
    if (b === 0n || b === 0) throw new PgError(SqlState.divisionByZero, 'division by zero');
    if (typeof a === 'bigint' && typeof b === 'bigint') return a % b;
    return Number(a) % Number(b);
  });
  fn('pg_trunc', (a, places) => {
    if (a === null) return null;
    if (typeof a === 'bigint') return a;
    const p = 10 ** Number(places ?? 0);
    return Math.trunc(Number(a) * p) / p;
  }, { varargs: true });
  // substring(s from pattern): the first parenthesized group's match if there is one, else the whole match.
  fn('pg_substring_regex', (s, p) => {
    if (s === null || p === null) return null;
    const m = extractingRegExp(text(p), '').exec(text(s));
    if (!m) return null;
    return m.length > 1 ? (m[1] ?? null) : m[0];
  });
  fn('pg_row_count', (n, offset) => {
    if (n === null) return offset ? 0n : -1n;
    if (Number(n) < 0) throw new PgError(offset ? SqlState.invalidRowCountInResultOffsetClause : SqlState.invalidRowCountInLimitClause, `${offset ? 'OFFSET' : 'LIMIT'} must not be negative`);
    return n;
  });
  fn('pg_regex', (s, p, ci) => (s === null || p === null ? null : regex(text(p), ci ? 'i' : '').test(text(s)) ? 1 : 0));
  // ILIKE, and a LIKE whose pattern ends in its escape (`ci` 0), which SQLite's LIKE answers false.
  const like = (s: SqliteValue, p: SqliteValue, esc: SqliteValue = '\\', ci: SqliteValue = 1): SqliteValue => {
    if (s === null || p === null || esc === null) return null;
    return likeMatch(text(s), likeEscape(text(p), text(esc)), ci !== 0n && ci !== 0) ? 1 : 0;
  };
  fn('pg_ilike', like, { varargs: true });
  // LIKE in an index's predicate, where SQLite refuses its own (PRAGMA case_sensitive_like makes it nondeterministic).
  fn('pg_like', (s, p, esc) => like(s, p, esc, 0), { varargs: true });
  fn('pg_greatest', (...args) => greatestOrLeast(args, true), { varargs: true });
  fn('pg_least', (...args) => greatestOrLeast(args, false), { varargs: true });
  fn('pg_cast_int', (v, oid) => castInt(v, Number(oid)));
  // numeric_int4 and its kin refuse NaN and the infinities as a feature, where a float's are out of range.
  fn('pg_numeric_int', (v, oid) => {
    const special = v === null ? undefined : numericSpecial(v);
    if (special) throw new PgError(SqlState.featureNotSupported, `cannot convert ${special === 'NaN' ? 'NaN' : 'infinity'} to ${integerLabel(Number(oid))}`);
    return castInt(v, Number(oid));
  });
  fn('pg_cast_text', (v) => (v === null ? null : typeof v === 'string' ? v : Buffer.isBuffer(v) ? encodeText(v, OID.bytea) : String(v)));
  fn('pg_cast', (v, oid, typmod) => {
    if (v === null) return null;
    const o = Number(oid);
    if (o === OID.bool && (typeof v === 'bigint' || typeof v === 'number')) return v ? 1n : 0n;
    if (o === OID.bytea && Buffer.isBuffer(v)) return v;
    const t = typeof v === 'string' ? v : encodeText(v, typeof v === 'number' ? OID.float8 : OID.int8) ?? '';
    if (o === OID.bpchar && typeof typmod === 'bigint' && typmod > 4n) return t.padEnd(Number(typmod) - 4, ' ');
    if (o === OID.timestamp || o === OID.timestamptz || o === OID.time || o === OID.timetz || o === OID.interval) return storeValue(t, o, Number(typmod));
    return decodeTextParam(t, o);
  });
  fn('pg_cast_regclass', (v) => v);
  // Varargs: the uncommitted labels come only where a translation named some (enums.ts enumInSql).
  fn('pg_enum_in', (v, type, labels, unsafe) => {
    if (v === null) return null;
    const label = typeof v === 'string' ? v : encodeText(v, typeof v === 'number' ? OID.float8 : OID.int8) ?? '';
    if (!(JSON.parse(text(labels)) as string[]).includes(label)) throw invalidEnumLabel(text(type), label);
    if (unsafe !== undefined) checkUnsafeLabel(text(type), label, JSON.parse(text(unsafe)) as string[]);
    return label;
  }, { varargs: true });
  fn('pg_enum_rank', (v, labels) => (v === null ? null : BigInt((JSON.parse(text(labels)) as string[]).indexOf(text(v)))));
  fn('pg_acl_allows', (acl, owner, kind, roles, superuser, privileges) =>
    aclTextAllows(acl === null ? null : (JSON.parse(text(acl)) as string[]), text(owner), text(kind) as PrivilegeTarget, JSON.parse(text(roles)) as string[], Number(superuser) === 1, text(privileges)) ? 1 : 0,
  );
  // RAISE NOTICE and its kin in a trigger function: kept for the client, sent before the command's tag.
  fn('pg_raise_notice', (cond, severity, code, message, detail = null, hint = null, where = null) => {
    if (!cond) return null;
    const s = scope();
    (s.notices ??= []).push(new PgError(text(code), text(message), { severity: text(severity) as Severity, ...(detail === null ? {} : { detail: text(detail) }), ...(hint === null ? {} : { hint: text(hint) }), ...(where === null ? {} : { where: text(where) }) }));
    return null;
  }, { varargs: true });
  fn('pg_raise_if', (cond, code, message, detail = null, hint = null, where = null) => {
    if (cond) throw new PgError(text(code), text(message), { ...(detail === null ? {} : { detail: text(detail) }), ...(hint === null ? {} : { hint: text(hint) }), ...(where === null ? {} : { where: text(where) }) });
    return null;
  }, { varargs: true });
  fn('pg_typeof', (v) => (v === null ? 'unknown' : typeof v === 'bigint' ? 'integer' : typeof v === 'number' ? 'double precision' : Buffer.isBuffer(v) ? 'bytea' : 'text'));

  // Strings.
  fn('pg_concat', (...args) => args.map((a) => (a === null ? '' : Buffer.isBuffer(a) ? encodeText(a, OID.bytea) : String(a))).join(''), { varargs: true });
  fn('pg_concat_ws', (sep, ...args) => (sep === null ? null : args.filter((a) => a !== null).map(String).join(text(sep))), { varargs: true });
  fn('pg_jsonb_cast_scalar', (v, kind, type) => {
    if (v === null) return null;
    const doc = text(v).trim();
    const c = doc[0];
    const found = c === '"' ? 'string' : c === '{' ? 'object' : c === '[' ? 'array' : c === 't' || c === 'f' ? 'boolean' : c === 'n' ? 'null' : 'number';
    if (found !== kind) throw new PgError(SqlState.invalidParameterValue, `cannot cast jsonb ${found} to type ${String(type)}`);
    if (kind === 'boolean') return c === 't' ? 1 : 0;
    // To an integer type the number rounds as numeric does, half away from zero (2.5 is 3).
    const n = Number(doc);
    const integer = /^(smallint|integer|bigint)$/.exec(String(type))?.[1];
    if (integer && !/^-?\d+$/.test(doc) && Math.abs(n) < 2 ** 53) return String(Math.sign(n) * Math.round(Math.abs(n)));
    // numeric's conversion (numeric_int4 and kin) words its overflow by the type alone.
    const limit = integer === 'smallint' ? 2n ** 15n : integer === 'integer' ? 2n ** 31n : 2n ** 63n;
    if (integer && /^-?\d+$/.test(doc) && (BigInt(doc) >= limit || BigInt(doc) < -limit)) throw new PgError(SqlState.numericValueOutOfRange, `${integer} out of range`);
    return doc;
  });
  fn('pg_key_not_null', (v, column) => {
    if (v === null) throw new PgError(SqlState.notNullViolation, `null value in column "${String(column)}" violates not-null constraint`, { column: String(column) });
    return v;
  });
  fn('pg_upsert_once', (proposed, ...key) => {
    if (Number(proposed) > 1 && key.every((k) => k !== null)) {
      throw new PgError(SqlState.cardinalityViolation, 'ON CONFLICT DO UPDATE command cannot affect row a second time', {
        hint: 'Ensure that no rows proposed for insertion within the same command have duplicate constrained values.',
      });
    }
    return 1;
  }, { varargs: true });
  // INSERT … RETURNING (xmax = 0) (dialect/translate/upsert-inserted.ts): the rows the step's DO
  // UPDATE let through, by table and rowid, which its RETURNING reads as it returns each row.
  fn('pg_upsert_mark', (where, table, rowid) => {
    if (where !== null && Number(where) !== 0) (scope().upserted ??= new Set()).add(`${String(table)}\0${String(rowid)}`);
    return where;
  }, { deterministic: false });
  fn('pg_upsert_updated', (table, rowid) => (scope().upserted?.has(`${String(table)}\0${String(rowid)}`) ? 1 : 0), { deterministic: false });
  // MERGE (dialect/translate/merge.ts): each joined target row's WHEN MATCHED clause, by rowid,
  // chosen before the statement changes anything and read by its later steps; 0 for a row joined
  // but neither updated nor deleted. Steps of one statement run back to back on this connection.
  const mergeClauses = new Map<bigint, number>();
  fn('pg_merge_reset', () => {
    mergeClauses.clear();
    return 1;
  }, { deterministic: false });
  fn('pg_merge_mark', (rowid, clause, changes) => {
    const key = BigInt(rowid as bigint);
    const before = mergeClauses.get(key);
    if (Number(changes)) {
      if (before) {
        throw new PgError(SqlState.cardinalityViolation, 'MERGE command cannot affect row a second time', {
          hint: 'Ensure that not more than one source row matches any one target row.',
        });
      }
      mergeClauses.set(key, Number(clause));
    } else if (before === undefined) mergeClauses.set(key, 0);
    return 1;
  }, { deterministic: false });
  fn('pg_merge_clause', (rowid) => {
    const clause = mergeClauses.get(BigInt(rowid as bigint));
    return clause === undefined ? null : BigInt(clause);
  }, { deterministic: false });
  fn('pg_substr', (s, start, length) => {
    if (s === null || start === null || length === null) return null;
    const from = Number(start);
    const end = length === undefined ? Infinity : from + Number(length);
    if (end < from) throw new PgError(SqlState.substringError, 'negative substring length not allowed');
    const first = Math.max(from, 1);
    if (Buffer.isBuffer(s)) return end <= first ? Buffer.alloc(0) : s.subarray(first - 1, end === Infinity ? undefined : end - 1);
    return end <= first ? '' : [...text(s)].slice(first - 1, end === Infinity ? undefined : end - 1).join('');
  }, { varargs: true });
  fn('pg_left', (s, n) => {
    if (s === null || n === null) return null;
    const chars = [...text(s)];
    const k = Number(n);
    return (k >= 0 ? chars.slice(0, k) : chars.slice(0, Math.max(0, chars.length + k))).join('');
  });
  fn('pg_right', (s, n) => {
    if (s === null || n === null) return null;
    const chars = [...text(s)];
    const k = Number(n);
    return (k >= 0 ? chars.slice(Math.max(0, chars.length - k)) : chars.slice(-k)).join('');
  });
  const pad = (left: boolean) => (s: SqliteValue, n: SqliteValue, fill: SqliteValue = ' ') => {
    if (s === null || n === null || fill === null) return null;
    const str = [...text(s)];
    const len = Number(n);
    if (len <= str.length) return str.slice(0, Math.max(0, len)).join('');
    // lpad's check: the length's bytes at UTF-8's four a character overflow an int.
    if (len * 4 > 0x7fffffff) throw new PgError(SqlState.programLimitExceeded, 'requested length too large');
    const f = text(fill);
    if (!f) return str.join('');
    const padding = f.repeat(Math.ceil((len - str.length) / f.length)).slice(0, len - str.length);
    return left ? padding + str.join('') : str.join('') + padding;
  };
  fn('pg_lpad', pad(true), { varargs: true });
  fn('pg_rpad', pad(false), { varargs: true });
  fn('pg_repeat', (s, n) => {
    if (s === null || n === null) return null;
    const str = text(s);
    const count = Math.max(0, Number(n));
    // repeat() refuses a result of 1 GB or more (AllocSizeIsValid); V8's strings end sooner.
    if (count * Buffer.byteLength(str) > 0x3fffffff || count * str.length > 0x1fffffe8) throw new PgError(SqlState.programLimitExceeded, 'requested length too large');
    return str.repeat(count);
  });
  fn('pg_reverse', (s) => (s === null ? null : [...text(s)].reverse().join('')));
  // The grammar admits only these four forms (normalize(s, NFC), s IS NFD NORMALIZED), in any case; NFC when none is named.
  // is_normalized(s, form) takes the form as a text value, which may be another (22023).
  const normalForm = (form: SqliteValue): 'NFC' | 'NFD' | 'NFKC' | 'NFKD' => {
    const named = text(form).toUpperCase();
    if (named !== 'NFC' && named !== 'NFD' && named !== 'NFKC' && named !== 'NFKD') throw new PgError(SqlState.invalidParameterValue, `invalid normalization form: ${text(form)}`);
    return named;
  };
  fn('pg_normalize', (s, form = 'NFC') => (s === null || form === null ? null : text(s).normalize(normalForm(form))), { varargs: true });
  fn('pg_is_normalized', (s, form = 'NFC') => (s === null || form === null ? null : text(s) === text(s).normalize(normalForm(form)) ? 1n : 0n), { varargs: true });
  fn('pg_split_part', (s, d, n) => {
    if (s === null || d === null || n === null) return null;
    const k = Number(n);
    if (k === 0) throw new PgError(SqlState.invalidParameterValue, 'field position must not be zero');
    const parts = text(d) === '' ? [text(s)] : text(s).split(text(d));
    return (k > 0 ? parts[k - 1] : parts[parts.length + k]) ?? '';
  });
  // The C locale's: only ASCII letters change case, and only ASCII letters and digits continue a word.
  fn('pg_initcap', (s) => (s === null ? null : text(s).replace(/[A-Z]+/g, (w) => w.toLowerCase()).replace(/(^|[^a-z0-9])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase())));
  fn('pg_sha', (algorithm, b) => (b === null ? null : createHash(text(algorithm)).update(Buffer.isBuffer(b) ? b : text(b)).digest()));
  // pgcrypto's digest(data, type) and hmac(data, key, type), of text or bytea.
  fn('pg_digest', (b, algorithm) => (b === null || algorithm === null ? null : createHash(digestName(algorithm)).update(Buffer.isBuffer(b) ? b : text(b)).digest()));
  fn('pg_hmac', (b, key, algorithm) => (b === null || key === null || algorithm === null ? null : createHmac(digestName(algorithm), Buffer.isBuffer(key) ? key : text(key)).update(Buffer.isBuffer(b) ? b : text(b)).digest()));
  fn('pg_chr', (n) => {
    if (n === null) return null;
    const code = Number(n);
    if (code === 0) throw new PgError(SqlState.programLimitExceeded, 'null character not permitted');
    if (code < 0) throw new PgError(SqlState.invalidParameterValue, 'character number must be positive');
    if (code > 0x10ffff) throw new PgError(SqlState.programLimitExceeded, `requested character too large for encoding: ${code}`);
    if (code >= 0xd800 && code <= 0xdfff) throw new PgError(SqlState.programLimitExceeded, `requested character not valid for encoding: ${code}`);
    return String.fromCodePoint(code);
  });
  fn('pg_convert_to', (s, encoding) => (s === null || encoding === null ? null : encodeString(text(s), encodingNamed(text(encoding), 'destination'))));
  // An untyped literal argument is bytea's text form ('\\x68c3…').
  const bytes = (b: SqliteValue) => (Buffer.isBuffer(b) ? b : (decodeTextParam(text(b), OID.bytea) as Buffer));
  // The bytes are checked in their encoding: invalid UTF-8 is 22021, not replaced.
  fn('pg_convert_from', (b, encoding) => (b === null || encoding === null ? null : decodeBytes(bytes(b), encodingNamed(text(encoding), 'source'))));
  fn('pg_convert', (b, from, to) => {
    if (b === null || from === null || to === null) return null;
    const [source, destination] = [encodingNamed(text(from), 'source'), encodingNamed(text(to), 'destination')];
    return encodeString(decodeBytes(bytes(b), source), destination);
  });
  const byteAt = (b: Buffer, n: SqliteValue) => {
    const i = Number(n);
    if (!Number.isInteger(i) || i < 0 || i >= b.length) throw new PgError('2202E', `index ${i} out of valid range, 0..${b.length - 1}`);
    return i;
  };
  fn('pg_bytea_trim', (b, set, ends) => {
    if (b === null || set === null) return null;
    const [s, strip] = [bytes(b), bytes(set)];
    let [from, to] = [0, s.length];
    if (ends !== 'trailing') while (from < to && strip.includes(s[from]!)) from++;
    if (ends !== 'leading') while (to > from && strip.includes(s[to - 1]!)) to--;
    return Buffer.from(s.subarray(from, to));
  });
  fn('pg_get_byte', (b, n) => (b === null || n === null ? null : BigInt(bytes(b)[byteAt(bytes(b), n)]!)));
  fn('pg_set_byte', (b, n, v) => {
    if (b === null || n === null || v === null) return null;
    const copy = Buffer.from(bytes(b));
    copy[byteAt(copy, n)] = Number(v) & 0xff;
    return copy;
  });
  // Bits are numbered from the lowest of the first byte.
  const bitAt = (b: Buffer, n: SqliteValue) => {
    const i = Number(n);
    if (!Number.isInteger(i) || i < 0 || i >= b.length * 8) throw new PgError('2202E', `index ${i} out of valid range, 0..${b.length * 8 - 1}`);
    return i;
  };
  fn('pg_get_bit', (b, n) => {
    if (b === null || n === null) return null;
    const i = bitAt(bytes(b), n);
    return BigInt((bytes(b)[i >> 3]! >> (i & 7)) & 1);
  });
  fn('pg_set_bit', (b, n, v) => {
    if (b === null || n === null || v === null) return null;
    const copy = Buffer.from(bytes(b));
    const i = bitAt(copy, n);
    if (v !== 0n && v !== 1n && v !== 0 && v !== 1) throw new PgError(SqlState.invalidParameterValue, 'new bit must be 0 or 1');
    copy[i >> 3] = Number(v) ? copy[i >> 3]! | (1 << (i & 7)) : copy[i >> 3]! & ~(1 << (i & 7));
    return copy;
  });
  fn('pg_bit_count', (b) => {
    if (b === null) return null;
    let n = 0;
    for (const byte of bytes(b)) for (let x = byte; x; x &= x - 1) n++;
    return BigInt(n);
  });
  fn('pg_unistr', (s) => (s === null ? null : unistr(text(s))));
  fn('pg_parse_ident', (s, strict) => (s === null || strict === null ? null : JSON.stringify(parseIdent(text(s), strict === undefined || !!Number(strict)))), { varargs: true });
  fn('pg_hashtext', (s) => (s === null ? null : BigInt(hashText(text(s)))));
  // A hash partition's bound (translate/partitions.ts): its key's values, integers or texts, in the partition of (modulus, remainder).
  fn('pg_hash_partition', (modulus, remainder, ...keys) => (partitionHash(keys.map((k) => (k === null || typeof k === 'string' ? k : BigInt(k as number | bigint)))) % BigInt(modulus as bigint) === BigInt(remainder as bigint) ? 1n : 0n), { varargs: true });
  fn('pg_md5', (s) => (s === null ? null : createHash('md5').update(Buffer.isBuffer(s) ? s : text(s)).digest('hex')));
  fn('pg_to_char', toChar);
  fn('pg_date_trunc', (f, ts) => (f === null ? null : dateTrunc(text(f), ts)));
  // date_trunc(unit, timestamptz, zone): truncated in the zone named, whatever the session's.
  fn('pg_date_trunc_zone', (f, ts, zone) => (f === null || ts === null || zone === null ? null : withTimeZone(expressionZone(text(zone)), () => dateTrunc(text(f), ts))));
  fn('pg_extract', (f, ts) => (f === null ? null : extract(text(f), ts)));

  // JSON operators on simple cases.
  // json's operators pick the source text of what they reach (`[1,  2.50 ]` stays so).
  fn('pg_json_get', (d, k) => (d === null || k === null ? null : (jsonSourceStep(jsonOperand(d), jsonKey(k)) ?? null)));
  fn('pg_json_get_text', (d, k) => (d === null || k === null ? null : jsonSourceText(jsonSourceStep(jsonOperand(d), jsonKey(k)))));
  fn('pg_json_path', (d, path) => (d === null || path === null ? null : (jsonSourcePath(jsonOperand(d), path) ?? null)));
  fn('pg_json_path_text', (d, path) => (d === null || path === null ? null : jsonSourceText(jsonSourcePath(jsonOperand(d), path))));
  fn('pg_json_contains', (a, b) => (a === null || b === null ? null : jsonbContains(parseJson(text(a)), parseJson(text(b))) ? 1 : 0));

  // Counts of true and false inputs, so that a window frame can take rows out again (OVER).
  const booleans = (name: string, answer: (trues: number, falses: number) => number) =>
    db.aggregate(name, {
      start: () => [0, 0],
      step: (acc: number[], v: SqliteValue) => {
        if (v !== null) acc[v ? 0 : 1]!++;
        return acc;
      },
      inverse: ((acc: number[], v: SqliteValue) => {
        if (v !== null) acc[v ? 0 : 1]!--;
        return acc;
      }) as never,
      result: (acc: number[]) => (acc[0]! + acc[1]! === 0 ? null : answer(acc[0]!, acc[1]!)),
    });
  // An enum's min and max by its labels' order (enum_cmp), not its text's; counts per label let a window frame take rows out.
  const enumExtreme = (name: string, pick: (present: number[]) => number | undefined) =>
    db.aggregate(name, {
      start: () => ({ labels: [] as string[], counts: new Map<number, number>() }),
      step: ((acc: { labels: string[]; counts: Map<number, number> }, v: SqliteValue, labels: SqliteValue) => {
        if (!acc.labels.length) acc.labels = JSON.parse(text(labels)) as string[];
        if (v !== null) {
          const rank = acc.labels.indexOf(text(v));
          acc.counts.set(rank, (acc.counts.get(rank) ?? 0) + 1);
        }
        return acc;
      }) as never,
      inverse: ((acc: { labels: string[]; counts: Map<number, number> }, v: SqliteValue) => {
        if (v === null) return acc;
        const rank = acc.labels.indexOf(text(v));
        const left = (acc.counts.get(rank) ?? 0) - 1;
        if (left > 0) acc.counts.set(rank, left);
        else acc.counts.delete(rank);
        return acc;
      }) as never,
      result: (acc: { labels: string[]; counts: Map<number, number> }) => {
        const rank = pick([...acc.counts.keys()]);
        return rank === undefined ? null : acc.labels[rank]!;
      },
    });
  enumExtreme('pg_enum_min', (present) => (present.length ? Math.min(...present) : undefined));
  enumExtreme('pg_enum_max', (present) => (present.length ? Math.max(...present) : undefined));
  booleans('pg_bool_and', (_, falses) => (falses === 0 ? 1 : 0));
  booleans('pg_bool_or', (trues) => (trues > 0 ? 1 : 0));
  const bits = (name: string, op: (a: bigint, b: bigint) => bigint) =>
    db.aggregate(name, { start: null, step: (acc: SqliteValue, v: SqliteValue) => (v === null ? acc : acc === null ? BigInt(v as number) : op(BigInt(acc as number), BigInt(v as number))), safeIntegers: true });
  bits('pg_bit_and', (a, b) => a & b);
  bits('pg_bit_or', (a, b) => a | b);
  bits('pg_bit_xor', (a, b) => a ^ b);
}

let digestNames: Set<string> | undefined;

/** A digest pgcrypto finds by name, as OpenSSL's EVP_get_digestbyname does (any case); 22023 for another. */
function digestName(algorithm: SqliteValue): string {
  const name = text(algorithm);
  digestNames ??= new Set(getHashes().map((h) => h.toLowerCase()));
  if (!digestNames.has(name.toLowerCase())) throw new PgError(SqlState.invalidParameterValue, `Cannot use "${name}": No such hash algorithm`);
  return name;
}
