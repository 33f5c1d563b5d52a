/**
 * PostgreSQL data types on top of SQLite storage: type metadata (OIDs, names, typmods), the text and
 * binary wire formats, and the conversion of client input into the storage convention.
 *
 * Storage convention (what SQLite holds for each PostgreSQL type):
 *   bool                       INTEGER 0/1
 *   int2/int4/int8/oid         INTEGER
 *   float4/float8              REAL ('NaN' as TEXT, because SQLite turns a NaN REAL into NULL)
 *   numeric                    INTEGER or REAL, or TEXT (canonical decimal, 'NaN') when a REAL would lose digits
 *   text/varchar/bpchar/name   TEXT (bpchar(n) is padded on output)
 *   bytea                      BLOB
 *   date / time                TEXT 'YYYY-MM-DD' / 'HH:MM:SS[.ffffff]'
 *   timestamp / timestamptz    TEXT 'YYYY-MM-DD HH:MM:SS[.ffffff]' / the same in UTC followed by '+00'
 *                              (years BC end in ' BC'; 'infinity' and '-infinity' as such)
 *   interval                   TEXT in PostgreSQL's output style ('1 year 2 mons 3 days 04:05:06')
 *   json/jsonb/uuid            TEXT (jsonb normalized as PostgreSQL prints it, uuid lowercase)
 *   arrays                     TEXT holding a JSON array ('[1,null,3]'); bool elements as true/false
 * Fraction digits are printed as PostgreSQL prints them: trailing zeros trimmed, none when zero.
 *
 * Pure: no I/O and no session state; the server's TimeZone is always UTC.
 */
import { isUtf8 } from 'node:buffer';
import { PgError, SqlState } from './errors.js';

export type SqliteValue = null | bigint | number | string | Buffer;

/** What encodeText/encodeBinary accept for an array type besides its stored JSON or literal text. */
export type ArrayValue = readonly unknown[];

export const OID = {
  bool: 16,
  bytea: 17,
  char: 18,
  name: 19,
  int8: 20,
  int2: 21,
  int4: 23,
  regproc: 24,
  text: 25,
  oid: 26,
  json: 114,
  xml: 142,
  float4: 700,
  float8: 701,
  unknown: 705,
  bpchar: 1042,
  varchar: 1043,
  date: 1082,
  time: 1083,
  timestamp: 1114,
  timestamptz: 1184,
  interval: 1186,
  numeric: 1700,
  regclass: 2205,
  regtype: 2206,
  uuid: 2950,
  jsonb: 3802,
  regnamespace: 4089,
  json_array: 199,
  bool_array: 1000,
  bytea_array: 1001,
  char_array: 1002,
  name_array: 1003,
  int2_array: 1005,
  int4_array: 1007,
  text_array: 1009,
  bpchar_array: 1014,
  varchar_array: 1015,
  int8_array: 1016,
  float4_array: 1021,
  float8_array: 1022,
  oid_array: 1028,
  timestamp_array: 1115,
  date_array: 1182,
  time_array: 1183,
  timestamptz_array: 1185,
  interval_array: 1187,
  numeric_array: 1231,
  uuid_array: 2951,
  jsonb_array: 3807,
} as const;

/** typmod is -1 when there is none; otherwise encoded exactly as PostgreSQL encodes it. */
export interface PgTypeInfo {
  oid: number;
  typmod: number;
}

// SQLSTATEs raised here that errors.ts does not name.
const INVALID_TIME_ZONE_DISPLACEMENT = '22009';
const UNTRANSLATABLE_CHARACTER = '22P05';
const ARRAY_SUBSCRIPT_ERROR = '2202E';

// ---------------------------------------------------------------------------------------------
// Type metadata
// ---------------------------------------------------------------------------------------------

interface TypeMeta {
  readonly name: string; // pg_type.typname
  readonly len: number; // pg_type.typlen
  readonly elem: number; // element type of an array type, else 0
}

const TYPES = new Map<number, TypeMeta>();
const ARRAY_OF = new Map<number, number>();
const ARRAY_BY_NAME = new Map<string, number>();

function defineType(oid: number, name: string, len: number, arrayOid = 0): void {
  TYPES.set(oid, { name, len, elem: 0 });
  if (arrayOid !== 0) {
    TYPES.set(arrayOid, { name: '_' + name, len: -1, elem: oid });
    ARRAY_OF.set(oid, arrayOid);
    ARRAY_BY_NAME.set('_' + name, arrayOid);
  }
}

defineType(OID.bool, 'bool', 1, OID.bool_array);
defineType(OID.bytea, 'bytea', -1, OID.bytea_array);
defineType(OID.char, 'char', 1, OID.char_array);
defineType(OID.name, 'name', 64, OID.name_array);
defineType(OID.int8, 'int8', 8, OID.int8_array);
defineType(OID.int2, 'int2', 2, OID.int2_array);
defineType(OID.int4, 'int4', 4, OID.int4_array);
defineType(OID.regproc, 'regproc', 4);
defineType(OID.text, 'text', -1, OID.text_array);
defineType(OID.oid, 'oid', 4, OID.oid_array);
defineType(OID.json, 'json', -1, OID.json_array);
defineType(OID.xml, 'xml', -1);
defineType(OID.float4, 'float4', 4, OID.float4_array);
defineType(OID.float8, 'float8', 8, OID.float8_array);
defineType(OID.unknown, 'unknown', -2);
defineType(OID.bpchar, 'bpchar', -1, OID.bpchar_array);
defineType(OID.varchar, 'varchar', -1, OID.varchar_array);
defineType(OID.date, 'date', 4, OID.date_array);
defineType(OID.time, 'time', 8, OID.time_array);
defineType(OID.timestamp, 'timestamp', 8, OID.timestamp_array);
defineType(OID.timestamptz, 'timestamptz', 8, OID.timestamptz_array);
defineType(OID.interval, 'interval', 16, OID.interval_array);
defineType(OID.numeric, 'numeric', -1, OID.numeric_array);
defineType(OID.regclass, 'regclass', 4);
defineType(OID.regtype, 'regtype', 4);
defineType(OID.uuid, 'uuid', 16, OID.uuid_array);
defineType(OID.jsonb, 'jsonb', -1, OID.jsonb_array);
defineType(OID.regnamespace, 'regnamespace', 4);

/** pg_type.typname; '???' for an OID this module does not know, as format_type() prints it. */
export function typeName(oid: number): string {
  return TYPES.get(oid)?.name ?? '???';
}

/** pg_type.typlen: the fixed size, -1 for varlena types, -2 for the C-string type unknown. */
export function typeLength(oid: number): number {
  return TYPES.get(oid)?.len ?? -1;
}

/** The element type of an array type, or 0 when oid is not an array type. */
export function arrayElementOid(oid: number): number {
  return TYPES.get(oid)?.elem ?? 0;
}

/** The array type over an element type, or 0 when there is none. */
export function arrayOidOf(elemOid: number): number {
  return ARRAY_OF.get(elemOid) ?? 0;
}

// Interval typmods carry a field range and a fractional-seconds precision (datetime.h).
const INTERVAL_FULL_RANGE = 0x7fff;
const INTERVAL_FULL_PRECISION = 0xffff;
const IM_MONTH = 1 << 1;
const IM_YEAR = 1 << 2;
const IM_DAY = 1 << 3;
const IM_HOUR = 1 << 10;
const IM_MINUTE = 1 << 11;
const IM_SECOND = 1 << 12;
const INTERVAL_FIELDS: ReadonlyArray<readonly [string, number]> = [
  ['year', IM_YEAR],
  ['month', IM_MONTH],
  ['day', IM_DAY],
  ['hour', IM_HOUR],
  ['minute', IM_MINUTE],
  ['second', IM_SECOND],
  ['year to month', IM_YEAR | IM_MONTH],
  ['day to hour', IM_DAY | IM_HOUR],
  ['day to minute', IM_DAY | IM_HOUR | IM_MINUTE],
  ['day to second', IM_DAY | IM_HOUR | IM_MINUTE | IM_SECOND],
  ['hour to minute', IM_HOUR | IM_MINUTE],
  ['hour to second', IM_HOUR | IM_MINUTE | IM_SECOND],
  ['minute to second', IM_MINUTE | IM_SECOND],
];

/** As PostgreSQL's format_type(oid, typmod). */
export function formatType(oid: number, typmod: number): string {
  const meta = TYPES.get(oid);
  if (meta === undefined) return '???';
  if (meta.elem !== 0) return formatType(meta.elem, typmod) + '[]';
  switch (oid) {
    case OID.bool:
      return 'boolean';
    case OID.char:
      return '"char"';
    case OID.int2:
      return 'smallint';
    case OID.int4:
      return 'integer';
    case OID.int8:
      return 'bigint';
    case OID.float4:
      return 'real';
    case OID.float8:
      return 'double precision';
    case OID.bpchar:
      // Without a typmod PostgreSQL prints the internal name: 'character' would mean character(1).
      if (typmod < 0) return 'bpchar';
      return typmod > 4 ? `character(${typmod - 4})` : 'character';
    case OID.varchar:
      return typmod > 4 ? `character varying(${typmod - 4})` : 'character varying';
    case OID.numeric:
      return typmod >= 4 ? `numeric(${numericPrecision(typmod)},${numericScale(typmod)})` : 'numeric';
    case OID.time:
      return typmod >= 0 ? `time(${typmod}) without time zone` : 'time without time zone';
    case OID.timestamp:
      return typmod >= 0 ? `timestamp(${typmod}) without time zone` : 'timestamp without time zone';
    case OID.timestamptz:
      return typmod >= 0 ? `timestamp(${typmod}) with time zone` : 'timestamp with time zone';
    case OID.interval:
      return 'interval' + intervalTypmodText(typmod);
    default:
      return meta.name;
  }
}

function intervalTypmodText(typmod: number): string {
  if (typmod < 0) return '';
  const range = (typmod >>> 16) & INTERVAL_FULL_RANGE;
  const precision = typmod & INTERVAL_FULL_PRECISION;
  const fields = range === INTERVAL_FULL_RANGE ? undefined : INTERVAL_FIELDS.find(([, mask]) => mask === range);
  return (fields ? ' ' + fields[0] : '') + (precision === INTERVAL_FULL_PRECISION ? '' : `(${precision})`);
}

function numericPrecision(typmod: number): number {
  return ((typmod - 4) >> 16) & 0xffff;
}

/** The declared scale, which PostgreSQL 15 allows to be negative (11-bit two's complement). */
function numericScale(typmod: number): number {
  return (((typmod - 4) & 0x7ff) ^ 1024) - 1024;
}

const DECLARED = new Map<string, number>([
  ['int', OID.int4],
  ['integer', OID.int4],
  ['int4', OID.int4],
  ['serial', OID.int4],
  ['serial4', OID.int4],
  ['smallint', OID.int2],
  ['int2', OID.int2],
  ['smallserial', OID.int2],
  ['serial2', OID.int2],
  ['bigint', OID.int8],
  ['int8', OID.int8],
  ['bigserial', OID.int8],
  ['serial8', OID.int8],
  ['real', OID.float4],
  ['float4', OID.float4],
  ['double precision', OID.float8],
  ['float8', OID.float8],
  ['float', OID.float8],
  ['numeric', OID.numeric],
  ['decimal', OID.numeric],
  ['num', OID.numeric], // SQLite's spelling in CREATE TABLE AS
  ['boolean', OID.bool],
  ['bool', OID.bool],
  ['text', OID.text],
  ['varchar', OID.varchar],
  ['character varying', OID.varchar],
  ['char varying', OID.varchar],
  ['char', OID.bpchar],
  ['character', OID.bpchar],
  ['bpchar', OID.bpchar],
  ['"char"', OID.char],
  ['bytea', OID.bytea],
  ['blob', OID.bytea],
  ['date', OID.date],
  ['time', OID.time],
  ['time without time zone', OID.time],
  ['timestamp', OID.timestamp],
  ['timestamp without time zone', OID.timestamp],
  ['timestamptz', OID.timestamptz],
  ['timestamp with time zone', OID.timestamptz],
  ['interval', OID.interval],
  ['json', OID.json],
  ['jsonb', OID.jsonb],
  ['uuid', OID.uuid],
  ['name', OID.name],
  ['oid', OID.oid],
  ['xml', OID.xml],
  ['regproc', OID.regproc],
  ['regclass', OID.regclass],
  ['regtype', OID.regtype],
  ['regnamespace', OID.regnamespace],
]);

const MAX_CHAR_LENGTH = 10485760;
const MAX_TIME_PRECISION = 6;

/**
 * Maps a declared column type, as a PostgreSQL user writes it or as SQLite keeps it, to the
 * PostgreSQL type. Unknown names map to text. Out-of-range modifiers raise the errors PostgreSQL
 * raises for them (22023); an over-large time precision is reduced to 6 as PostgreSQL does.
 *
 * 'REAL' in exactly that case is SQLite's own spelling (CREATE TABLE AS writes it), an 8-byte
 * double, so it maps to float8; 'real' in any other case is PostgreSQL's float4.
 */
export function typeFromDeclared(decl: string | null | undefined): PgTypeInfo {
  if (decl == null) return { oid: OID.text, typmod: -1 };
  if (decl === 'REAL') return { oid: OID.float8, typmod: -1 };
  let s = decl.trim().toLowerCase().replace(/\s+/g, ' ');
  let isArray = false;
  const arraySuffix = /(?: ?\[\d*\])+$| array(?: ?\[\d*\])?$/.exec(s);
  if (arraySuffix) {
    isArray = true;
    s = s.slice(0, arraySuffix.index);
  }
  if (s.startsWith('pg_catalog.')) s = s.slice('pg_catalog.'.length);
  // '_int4' is pg_type's own name for int4[] ('_char' being "char"[]).
  const internalArray = ARRAY_BY_NAME.get(s);
  if (internalArray !== undefined) return { oid: internalArray, typmod: -1 };
  const base = scalarTypeFromDeclared(s);
  if (!isArray) return base;
  return { oid: arrayOidOf(base.oid) || OID.text_array, typmod: base.typmod };
}

function scalarTypeFromDeclared(s: string): PgTypeInfo {
  const parts = /^([^()]*?) ?(?:\(([^)]*)\) ?([a-z ]*))?$/.exec(s);
  if (!parts) return { oid: OID.text, typmod: -1 };
  const [, head, argText, tail] = parts;
  const args = argText === undefined ? [] : argText.split(',').map((a) => Number(a.trim()));
  if (args.some((a) => !Number.isInteger(a))) return { oid: DECLARED.get(head) ?? OID.text, typmod: -1 };

  if (head === 'interval' || head.startsWith('interval ')) return intervalFromDeclared(head.slice(9), args);
  const name = tail ? `${head} ${tail}` : head;
  if (name === 'float' && args.length > 0) return floatFromPrecision(args[0]);
  const oid = DECLARED.get(name);
  if (oid === undefined) return { oid: OID.text, typmod: -1 };
  switch (oid) {
    case OID.varchar:
      return { oid, typmod: args.length ? charTypmod(args, 'varchar') : -1 };
    case OID.bpchar:
      if (args.length) return { oid, typmod: charTypmod(args, 'char') };
      // Bare char/character means char(1); bare bpchar is unbounded.
      return { oid, typmod: name === 'bpchar' ? -1 : 5 };
    case OID.numeric:
      return { oid, typmod: args.length ? numericTypmod(args) : -1 };
    case OID.time:
    case OID.timestamp:
    case OID.timestamptz:
      return { oid, typmod: args.length ? Math.min(args[0], MAX_TIME_PRECISION) : -1 };
    default:
      return { oid, typmod: -1 };
  }
}

function charTypmod(args: number[], typeLabel: string): number {
  if (args.length !== 1) throw new PgError(SqlState.invalidParameterValue, 'invalid type modifier');
  const n = args[0];
  if (n < 1) throw new PgError(SqlState.invalidParameterValue, `length for type ${typeLabel} must be at least 1`);
  if (n > MAX_CHAR_LENGTH) {
    throw new PgError(SqlState.invalidParameterValue, `length for type ${typeLabel} cannot exceed ${MAX_CHAR_LENGTH}`);
  }
  return n + 4;
}

function numericTypmod(args: number[]): number {
  if (args.length > 2) throw new PgError(SqlState.invalidParameterValue, 'invalid NUMERIC type modifier');
  const [precision, scale = 0] = args;
  if (precision < 1 || precision > 1000) {
    throw new PgError(SqlState.invalidParameterValue, `NUMERIC precision ${precision} must be between 1 and 1000`);
  }
  if (scale < -1000 || scale > 1000) {
    throw new PgError(SqlState.invalidParameterValue, `NUMERIC scale ${scale} must be between -1000 and 1000`);
  }
  return ((precision << 16) | (scale & 0x7ff)) + 4;
}

function floatFromPrecision(bits: number): PgTypeInfo {
  if (bits < 1) throw new PgError(SqlState.invalidParameterValue, 'precision for type float must be at least 1 bit');
  if (bits > 53) throw new PgError(SqlState.invalidParameterValue, 'precision for type float must be less than 54 bits');
  return { oid: bits <= 24 ? OID.float4 : OID.float8, typmod: -1 };
}

function intervalFromDeclared(fieldText: string, args: number[]): PgTypeInfo {
  const fields = fieldText.trim();
  const range = fields === '' ? INTERVAL_FULL_RANGE : INTERVAL_FIELDS.find(([name]) => name === fields)?.[1];
  if (range === undefined) return { oid: OID.interval, typmod: -1 };
  const precision = args.length ? Math.min(args[0], MAX_TIME_PRECISION) : INTERVAL_FULL_PRECISION;
  if (range === INTERVAL_FULL_RANGE && precision === INTERVAL_FULL_PRECISION) return { oid: OID.interval, typmod: -1 };
  return { oid: OID.interval, typmod: (range << 16) | precision };
}

// ---------------------------------------------------------------------------------------------
// Text output
// ---------------------------------------------------------------------------------------------

/**
 * A stored value in PostgreSQL's text output format (null stays null). Values of an unexpected
 * JavaScript type for the OID are converted the way a cast would (a bigint in a text column
 * prints its digits, a number in a bool column prints 't' or 'f').
 */
export function encodeText(value: SqliteValue | ArrayValue, oid: number, typmod = -1): string | null {
  if (value === null) return null;
  switch (oid) {
    case OID.int4:
    case OID.int8:
    case OID.int2:
    case OID.oid:
    case OID.regproc:
    case OID.regclass:
    case OID.regtype:
    case OID.regnamespace:
      if (typeof value === 'bigint') return value.toString();
      return typeof value === 'number' ? integerText(value) : scalarText(value);
    case OID.text:
    case OID.varchar:
    case OID.name:
    case OID.char:
    case OID.json:
    case OID.jsonb:
    case OID.xml:
    case OID.unknown:
    case OID.date:
    case OID.time:
    case OID.interval:
      return typeof value === 'string' ? value : scalarText(value);
    case OID.bpchar:
      return padBpchar(typeof value === 'string' ? value : scalarText(value), typmod);
    case OID.bool:
      return boolText(value);
    case OID.float8:
      return typeof value === 'number' ? formatFloat8(value) : floatText(value, formatFloat8);
    case OID.float4:
      return typeof value === 'number' ? formatFloat4(value) : floatText(value, formatFloat4);
    case OID.numeric:
      return numericText(value, typmod);
    case OID.bytea:
      return '\\x' + toBytea(value).toString('hex');
    case OID.timestamptz:
      return typeof value === 'string' && isCanonicalTimestamptz(value)
        ? value
        : normalizedOr(value, (s) => formatTimestamp(parseTimestamp(s, true), true));
    case OID.timestamp:
      return typeof value === 'string' && isCanonicalTimestamp(value)
        ? value
        : normalizedOr(value, (s) => formatTimestamp(parseTimestamp(s, false), false));
    case OID.uuid:
      return Buffer.isBuffer(value) && value.length === 16 ? uuidFromBytes(value) : scalarText(value);
    default: {
      const elem = arrayElementOid(oid);
      return elem === 0 ? scalarText(value) : arrayText(value, elem, typmod);
    }
  }
}

/** Text of a value whose JavaScript type does not match the column's type. */
function scalarText(value: SqliteValue | ArrayValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21 ? String(value) : formatFloat8(value);
  // SQLite's CAST(blob AS TEXT) reads the bytes as UTF-8.
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return jsonOf(value);
}

/** JSON of a JavaScript value that may hold bigints, which JSON.stringify rejects. */
function jsonOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

function integerText(value: number): string {
  if (!Number.isFinite(value)) return formatFloat8(value);
  // A REAL in an integer column (possible in SQLite): print it as the int cast would round it.
  const n = rint(value);
  return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
}

function boolText(value: SqliteValue | ArrayValue): string {
  if (typeof value === 'bigint') return value !== 0n ? 't' : 'f';
  if (typeof value === 'number') return value !== 0 ? 't' : 'f';
  if (typeof value === 'string') {
    const b = parseBoolText(value);
    return b === undefined ? value : b ? 't' : 'f';
  }
  return scalarText(value);
}

function floatText(value: SqliteValue | ArrayValue, format: (v: number) => string): string {
  if (typeof value === 'bigint') return format(Number(value));
  if (typeof value === 'string') {
    const n = parseFloatText(value);
    return n === undefined ? value : format(n);
  }
  return scalarText(value);
}

function padBpchar(s: string, typmod: number): string {
  const n = typmod - 4;
  // A string of 2n UTF-16 units has at least n characters: no need to count them.
  if (n <= 0 || s.length >= 2 * n) return s;
  let chars = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) chars++; // a low surrogate belongs to the character before it
  }
  return chars < n ? s + ' '.repeat(n - chars) : s;
}

/** Applies a normalizer to a stored string, keeping the value as it is when it cannot be parsed. */
function normalizedOr(value: SqliteValue | ArrayValue, normalize: (s: string) => string): string {
  const s = scalarText(value);
  try {
    return normalize(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Floating point
// ---------------------------------------------------------------------------------------------

/**
 * As PostgreSQL 15's float8out: the shortest decimal that reads back as the same double, in fixed
 * notation for decimal exponents -4..14 and otherwise in exponent notation with at least two
 * exponent digits. JavaScript's own shortest digits are used unless they may differ from Ryu's.
 */
export function formatFloat8(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e-4 && a < 1e15) {
    const s = String(v);
    const dot = s.indexOf('.');
    if (!mayDifferFromRyu(a, dot < 0 ? 0 : s.length - dot - 1, false)) return s;
    const [digits, exp10] = ryuShortest(a, false);
    return layoutFloat(v < 0, digits, exp10, 15);
  }
  if (v !== v) return 'NaN';
  if (a === Infinity) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  return layoutShortest(v < 0, a, a.toExponential(), false);
}

/** As float4out: the same for the shortest decimal that reads back as the same float32, fixed for exponents -4..5. */
export function formatFloat4(v: number): string {
  const f = Math.fround(v);
  if (f !== f) return 'NaN';
  if (f === Infinity || f === -Infinity) return f > 0 ? 'Infinity' : '-Infinity';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const a = Math.abs(f);
  // Round-tripping is monotonic in the number of digits, so search for the least.
  let low = 1;
  let high = 9;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (Math.fround(Number(a.toPrecision(mid))) === a) high = mid;
    else low = mid + 1;
  }
  return layoutShortest(f < 0, a, a.toExponential(low - 1), true);
}

/** Lays out JavaScript's exponent-notation shortest digits, or Ryu's where they may differ. */
function layoutShortest(neg: boolean, a: number, sci: string, float4: boolean): string {
  const e = sci.indexOf('e');
  let digits = e > 1 ? sci[0] + sci.slice(2, e) : sci.slice(0, e);
  let exp10 = Number(sci.slice(e + 1));
  const ambiguous =
    a >= (float4 ? 2 ** 24 : 2 ** 53)
      ? integerMayBeBound(a, digits, exp10, float4)
      : mayDifferFromRyu(a, Math.max(0, digits.length - 1 - exp10), float4);
  if (ambiguous) [digits, exp10] = ryuShortest(a, float4);
  return layoutFloat(neg, digits, exp10, float4 ? 6 : 15);
}

/** Fixed notation for decimal exponents from -4 up to fixedBelow, else C's %e style ('1.5e-07'). */
function layoutFloat(neg: boolean, digits: string, exp10: number, fixedBelow: number): string {
  let body: string;
  if (exp10 >= -4 && exp10 < fixedBelow) {
    if (exp10 < 0) body = '0.' + '0'.repeat(-exp10 - 1) + digits;
    else if (digits.length <= exp10 + 1) body = digits + '0'.repeat(exp10 + 1 - digits.length);
    else body = digits.slice(0, exp10 + 1) + '.' + digits.slice(exp10 + 1);
  } else {
    const magnitude = Math.abs(exp10);
    body =
      digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') + (exp10 < 0 ? 'e-' : 'e+') + (magnitude < 10 ? '0' : '') + magnitude;
  }
  return neg ? '-' + body : body;
}

const floatBits = new DataView(new ArrayBuffer(8));

/**
 * Whether JavaScript's shortest digits for a positive finite value may differ from the Ryu that
 * PostgreSQL builds, which never accepts a digit string lying exactly on a bound of the rounding
 * interval and breaks exact ties to even. A digit string on a bound has as many fraction digits
 * as the bound (one or two more than the binary exponent allows); a tie needs the value to have
 * exactly one fraction digit more than the digits. This test is for values below 2^53 (2^24 for
 * float4); integerMayBeBound covers the rest.
 */
function mayDifferFromRyu(a: number, fracDigits: number, float4: boolean): boolean {
  let e2: number;
  let mantissaTrailingZeros: number;
  if (float4) {
    floatBits.setFloat32(0, a);
    const bits = floatBits.getUint32(0);
    const biased = bits >>> 23;
    const mantissa = biased ? (bits & 0x7fffff) | 0x800000 : bits & 0x7fffff;
    e2 = (biased || 1) - 150;
    mantissaTrailingZeros = 31 - Math.clz32(mantissa & -mantissa);
  } else {
    floatBits.setFloat64(0, a);
    const hi = floatBits.getUint32(0);
    const lo = floatBits.getUint32(4);
    const biased = hi >>> 20;
    const mantissaHi = biased ? (hi & 0xfffff) | 0x100000 : hi & 0xfffff;
    e2 = (biased || 1) - 1075;
    mantissaTrailingZeros = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 63 - Math.clz32(mantissaHi & -mantissaHi);
  }
  return fracDigits === 1 - e2 || fracDigits === 2 - e2 || fracDigits === -e2 - mantissaTrailingZeros - 1;
}

/**
 * mayDifferFromRyu for values of 2^53 (2^24) and above, whose bounds (2m+1)*2^(e2-1) and, at a
 * power of two, (4m-1)*2^(e2-2) are integers with exactly e2-1 (e2-2) factors of two. Ties are
 * impossible there. Digits D*10^k can only equal a bound with as many factors of two, which the
 * last 15 digits decide (10^15 is a multiple of 2^15) unless D has 15 or more.
 */
function integerMayBeBound(a: number, digits: string, exp10: number, float4: boolean): boolean {
  let e2: number;
  if (float4) {
    floatBits.setFloat32(0, a);
    e2 = (floatBits.getUint32(0) >>> 23) - 150;
  } else {
    floatBits.setFloat64(0, a);
    e2 = (floatBits.getUint32(0) >>> 20) - 1075;
  }
  const k = exp10 - digits.length + 1;
  let tail = Number(digits.slice(-15));
  let twos = 0;
  while (twos < 15 && tail % 2 === 0) {
    tail /= 2;
    twos++;
  }
  if (twos === 15) return true;
  return k + twos === e2 - 1 || k + twos === e2 - 2;
}

/**
 * Ryu's result in exact arithmetic: the coarsest decimal scale with a multiple strictly inside
 * the rounding interval, and at that scale the multiple closest to the value (ties to even).
 */
function ryuShortest(a: number, float4: boolean): [digits: string, exp10: number] {
  let mantissa: bigint;
  let e2: number;
  let narrowBelow: boolean; // at a power of two the interval below is half as wide
  if (float4) {
    floatBits.setFloat32(0, a);
    const bits = floatBits.getUint32(0);
    const biased = bits >>> 23;
    mantissa = BigInt(biased ? (bits & 0x7fffff) | 0x800000 : bits & 0x7fffff);
    e2 = (biased || 1) - 150;
    narrowBelow = (bits & 0x7fffff) === 0 && biased > 1;
  } else {
    floatBits.setFloat64(0, a);
    const bits = floatBits.getBigUint64(0);
    const biased = Number(bits >> 52n);
    const fraction = bits & 0xfffffffffffffn;
    mantissa = biased ? fraction | 0x10000000000000n : fraction;
    e2 = (biased || 1) - 1075;
    narrowBelow = fraction === 0n && biased > 1;
  }
  // Everything in units of 2^(e2-2), a quarter of the value's spacing, so bounds are integers.
  const unit = e2 - 2;
  const value = mantissa << 2n;
  const upper = value + 2n;
  const lower = value - (narrowBelow ? 1n : 2n);
  const scaled = (units: bigint, k: number) => units * 2n ** BigInt(Math.max(unit, 0)) * 10n ** BigInt(Math.max(-k, 0));
  const scaleOf = (k: number) => 10n ** BigInt(Math.max(k, 0)) * 2n ** BigInt(Math.max(-unit, 0));
  let exp10 = Math.floor(Math.log10(a));
  if (scaled(value, exp10) < scaleOf(exp10)) exp10--;
  else if (scaled(value, exp10 + 1) >= scaleOf(exp10 + 1)) exp10++;
  for (let k = exp10; ; k--) {
    const v = scaled(value, k);
    const hi = scaled(upper, k);
    const lo = scaled(lower, k);
    const step = scaleOf(k);
    let q = v / step;
    const twiceRemainder = 2n * (v - q * step);
    if (twiceRemainder > step || (twiceRemainder === step && (q & 1n) === 1n)) q++;
    const other = q * step > v ? q - 1n : q + 1n;
    for (const candidate of [q, other]) {
      if (candidate * step > lo && candidate * step < hi) {
        const text = candidate.toString();
        return [text.replace(/0+$/, ''), k + text.length - 1];
      }
    }
  }
}

const FLOAT_SYNTAX = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

// The other spellings strtod accepts, case-insensitively.
const FLOAT_WORDS = new Map<string, number>([
  ['nan', NaN],
  ['+nan', NaN],
  ['-nan', NaN],
  ['inf', Infinity],
  ['+inf', Infinity],
  ['infinity', Infinity],
  ['+infinity', Infinity],
  ['-inf', -Infinity],
  ['-infinity', -Infinity],
]);

/** float8in's syntax (hexadecimal floats aside); undefined if invalid. Overflow is not checked. */
function parseFloatText(text: string): number | undefined {
  const s = text.trim();
  return FLOAT_SYNTAX.test(s) ? Number(s) : FLOAT_WORDS.get(s.toLowerCase());
}

function decodeFloatText(text: string, float4: boolean): SqliteValue {
  const typeLabel = float4 ? 'real' : 'double precision';
  const s = text.trim();
  if (!FLOAT_SYNTAX.test(s)) {
    const word = FLOAT_WORDS.get(s.toLowerCase());
    if (word === undefined) throw invalidSyntax(typeLabel, text);
    return word === word ? word : 'NaN';
  }
  const parsed = Number(s);
  const v = float4 ? Math.fround(parsed) : parsed;
  // strtod reports overflow, and underflow to zero, as a range error.
  if (!Number.isFinite(v) || (v === 0 && hasNonZeroMantissa(s))) {
    throw new PgError(SqlState.numericValueOutOfRange, `"${text}" is out of range for type ${typeLabel}`);
  }
  return v;
}

function hasNonZeroMantissa(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101 || c === 69) return false;
    if (c >= 49 && c <= 57) return true;
  }
  return false;
}

/** C's rint(): round half to even, as PostgreSQL rounds floats to integers and fractions of seconds. */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// ---------------------------------------------------------------------------------------------
// Numeric
// ---------------------------------------------------------------------------------------------

/** An exact decimal: int has no leading zeros ('' for zero), frac has exactly the display scale. */
interface Decimal {
  neg: boolean;
  int: string;
  frac: string;
}

type NumericSpecial = 'NaN' | 'Infinity' | '-Infinity';

// Limits of PostgreSQL's numeric format: weight and dscale fields.
const NUMERIC_MAX_INT_DIGITS = 131072;
const NUMERIC_MAX_DSCALE = 16383;

/** numeric_in's syntax; undefined when the text is not a numeric literal. */
function parseNumericText(text: string): Decimal | NumericSpecial | undefined {
  const s = text.trim();
  const neg = s[0] === '-';
  const start = neg || s[0] === '+' ? 1 : 0;
  let pos = start;
  let dot = -1;
  for (; pos < s.length; pos++) {
    const c = s.charCodeAt(pos);
    if (c === 46 && dot < 0) dot = pos;
    else if (!isDigit(c)) break;
  }
  let digits = dot < 0 ? s.slice(start, pos) : s.slice(start, dot) + s.slice(dot + 1, pos);
  if (digits === '') return parseNumericSpecial(s);
  let exponent = 0;
  if (pos < s.length) {
    if (s[pos] !== 'e' && s[pos] !== 'E') return undefined;
    const expText = s.slice(pos + 1);
    if (!/^[+-]?\d+$/.test(expText)) return undefined;
    exponent = Number(expText);
    if (Math.abs(exponent) > 0x3fffffff) return undefined;
  }
  // point: how many of the digits precede the decimal point once the exponent is applied.
  let point = (dot < 0 ? digits.length : dot - start) + exponent;
  const dscale = Math.max(0, digits.length - point);
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++;
  digits = digits.slice(lead);
  point -= lead;
  if (dscale > NUMERIC_MAX_DSCALE || (digits !== '' && point > NUMERIC_MAX_INT_DIGITS)) {
    throw new PgError(SqlState.numericValueOutOfRange, 'value overflows numeric format');
  }
  if (digits === '') return { neg: false, int: '', frac: '0'.repeat(dscale) };
  if (point <= 0) return { neg, int: '', frac: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { neg, int: digits + '0'.repeat(point - digits.length), frac: '' };
  return { neg, int: digits.slice(0, point), frac: digits.slice(point) };
}

function parseNumericSpecial(s: string): NumericSpecial | undefined {
  switch (s.toLowerCase()) {
    case 'nan':
      return 'NaN';
    case 'infinity':
    case '+infinity':
    case 'inf':
    case '+inf':
      return 'Infinity';
    case '-infinity':
    case '-inf':
      return '-Infinity';
    default:
      return undefined;
  }
}

function isZeroDecimal(int: string, frac: string): boolean {
  if (int !== '') return false;
  for (let i = 0; i < frac.length; i++) if (frac.charCodeAt(i) !== 48) return false;
  return true;
}

/** A stored value as an exact decimal; undefined when it is not a number at all. */
function toDecimal(value: SqliteValue | ArrayValue): Decimal | NumericSpecial | undefined {
  if (typeof value === 'bigint') {
    const neg = value < 0n;
    const digits = (neg ? -value : value).toString();
    return { neg, int: digits === '0' ? '' : digits, frac: '' };
  }
  if (typeof value === 'number') {
    if (value !== value) return 'NaN';
    if (value === Infinity || value === -Infinity) return value > 0 ? 'Infinity' : '-Infinity';
    // The shortest round-trip digits are the decimal the value was stored from.
    return parseNumericText(String(value));
  }
  if (typeof value === 'string') return parseNumericText(value);
  if (Buffer.isBuffer(value)) return parseNumericText(value.toString('utf8'));
  return undefined;
}

/** Rounds half away from zero, as numeric does, and pads to exactly `scale` fraction digits. */
function roundDecimal(d: Decimal, scale: number): Decimal {
  if (d.frac.length <= scale) return { neg: d.neg, int: d.int, frac: d.frac + '0'.repeat(scale - d.frac.length) };
  const kept = d.int + d.frac.slice(0, scale);
  const roundUp = d.frac.charCodeAt(scale) >= 53;
  const digits = roundUp ? incrementDigits(kept) : kept;
  const intLen = digits.length - scale;
  const int = digits.slice(0, intLen).replace(/^0+/, '');
  const frac = digits.slice(intLen);
  return { neg: d.neg && !isZeroDecimal(int, frac), int, frac };
}

function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  const zeros = '0'.repeat(digits.length - 1 - i);
  if (i < 0) return '1' + zeros;
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + zeros;
}

function decimalText(d: Decimal): string {
  return (d.neg ? '-' : '') + (d.int || '0') + (d.frac ? '.' + d.frac : '');
}

/** The fraction digits a numeric typmod asks for; a negative declared scale prints none. */
function typmodScale(typmod: number): number {
  return typmod >= 4 ? Math.max(0, numericScale(typmod)) : -1;
}

function numericText(value: SqliteValue | ArrayValue, typmod: number): string {
  const scale = typmodScale(typmod);
  if (typeof value === 'bigint') return scale > 0 ? value.toString() + '.' + '0'.repeat(scale) : value.toString();
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Short of exponent notation, JavaScript prints exactly the shortest decimal numeric wants.
    const s = String(value);
    if (s.indexOf('e') < 0) {
      const dot = s.indexOf('.');
      const frac = dot < 0 ? 0 : s.length - dot - 1;
      if (scale < 0 || frac === scale) return s;
      if (frac < scale) return s + (dot < 0 ? '.' : '') + '0'.repeat(scale - frac);
    }
  }
  const d = toDecimal(value);
  if (d === undefined) return scalarText(value);
  if (typeof d === 'string') return d;
  return decimalText(scale >= 0 ? roundDecimal(d, scale) : d);
}

/**
 * The storage form of an exact decimal: a bigint when it is an integer that fits int8, a number
 * when a double keeps every digit (at most 15 significant ones, DBL_DIG), else its canonical text.
 */
function decimalStorage(d: Decimal | NumericSpecial): SqliteValue {
  if (d === 'NaN') return 'NaN';
  if (d === 'Infinity') return Infinity;
  if (d === '-Infinity') return -Infinity;
  if (isZeroDecimal('', d.frac)) {
    if (d.int === '') return 0n;
    if (d.int.length <= 19) {
      const n = BigInt((d.neg ? '-' : '') + d.int);
      if (n >= INT8_MIN && n <= INT8_MAX) return n;
    }
  }
  const text = decimalText(d);
  const significant = (d.int + d.frac).replace(/^0+/, '').replace(/0+$/, '').length;
  if (significant <= 15) {
    const n = Number(text);
    if (Math.abs(n) >= 1e-300 && Math.abs(n) < 1e300) return n;
  }
  return text;
}

const NUMERIC_POS = 0x0000;
const NUMERIC_NEG = 0x4000;
const NUMERIC_NAN = 0xc000;
const NUMERIC_PINF = 0xd000;
const NUMERIC_NINF = 0xf000;

/** numeric_send: base-10000 digits with weight (of the first digit), sign and display scale. */
function numericBinary(value: SqliteValue | ArrayValue, typmod: number): Buffer {
  const parsed = toDecimal(value);
  if (parsed === undefined) throw invalidSyntax('numeric', scalarText(value));
  if (typeof parsed === 'string') {
    const header = Buffer.alloc(8);
    header.writeUInt16BE(parsed === 'NaN' ? NUMERIC_NAN : parsed === 'Infinity' ? NUMERIC_PINF : NUMERIC_NINF, 4);
    return header;
  }
  const scale = typmodScale(typmod);
  const d = scale >= 0 ? roundDecimal(parsed, scale) : parsed;
  const intPad = (4 - (d.int.length % 4)) % 4;
  const all = '0'.repeat(intPad) + d.int + d.frac + '0'.repeat((4 - (d.frac.length % 4)) % 4);
  let weight = (intPad + d.int.length) / 4 - 1;
  let first = 0;
  let end = all.length / 4;
  while (first < end && all.startsWith('0000', first * 4)) {
    first++;
    weight--;
  }
  while (end > first && all.startsWith('0000', (end - 1) * 4)) end--;
  const ndigits = end - first;
  const out = Buffer.alloc(8 + 2 * ndigits);
  out.writeInt16BE(ndigits, 0);
  out.writeInt16BE(ndigits === 0 ? 0 : weight, 2);
  out.writeUInt16BE(d.neg ? NUMERIC_NEG : NUMERIC_POS, 4);
  out.writeUInt16BE(d.frac.length, 6);
  for (let i = 0; i < ndigits; i++) out.writeUInt16BE(Number(all.slice((first + i) * 4, (first + i) * 4 + 4)), 8 + 2 * i);
  return out;
}

function decodeNumericBinary(buf: Buffer): SqliteValue {
  need(buf, 8);
  const ndigits = buf.readUInt16BE(0);
  const weight = buf.readInt16BE(2);
  const sign = buf.readUInt16BE(4);
  const dscale = buf.readUInt16BE(6);
  need(buf, 8 + 2 * ndigits);
  switch (sign) {
    case NUMERIC_NAN:
      return 'NaN';
    case NUMERIC_PINF:
      return Infinity;
    case NUMERIC_NINF:
      return -Infinity;
    case NUMERIC_POS:
    case NUMERIC_NEG:
      break;
    default:
      throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid sign in external "numeric" value');
  }
  if (dscale > NUMERIC_MAX_DSCALE) {
    throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid scale in external "numeric" value');
  }
  let int = '';
  let frac = weight < -1 ? '0000'.repeat(-weight - 1) : '';
  for (let i = 0; i < ndigits; i++) {
    const digit = buf.readUInt16BE(8 + 2 * i);
    if (digit >= 10000) throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid digit in external "numeric" value');
    const group = String(digit).padStart(4, '0');
    if (i <= weight) int += group;
    else frac += group;
  }
  if (weight >= ndigits) int += '0000'.repeat(weight - ndigits + 1);
  // numeric_recv truncates digits beyond the display scale.
  frac = frac.length >= dscale ? frac.slice(0, dscale) : frac + '0'.repeat(dscale - frac.length);
  int = int.replace(/^0+/, '');
  return decimalStorage({ neg: sign === NUMERIC_NEG && !isZeroDecimal(int, frac), int, frac });
}

// ---------------------------------------------------------------------------------------------
// Integers and booleans
// ---------------------------------------------------------------------------------------------

const INT8_MIN = -(2n ** 63n);
const INT8_MAX = 2n ** 63n - 1n;

interface IntegerType {
  label: string; // the name PostgreSQL's input errors use
  rangeLabel: string; // the name its conversion errors use
  min: bigint;
  max: bigint;
}

const INT2: IntegerType = { label: 'smallint', rangeLabel: 'smallint', min: -32768n, max: 32767n };
const INT4: IntegerType = { label: 'integer', rangeLabel: 'integer', min: -2147483648n, max: 2147483647n };
const INT8: IntegerType = { label: 'bigint', rangeLabel: 'bigint', min: INT8_MIN, max: INT8_MAX };
// oidin accepts negative input down to INT_MIN and keeps its unsigned bit pattern.
const OIDT: IntegerType = { label: 'oid', rangeLabel: 'OID', min: -2147483648n, max: 4294967295n };

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** pg_strtoint16/32/64 and oidin: decimal digits with an optional sign, whitespace around. */
function parseIntegerText(text: string, type: IntegerType): bigint {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const sign = text.charCodeAt(start);
  const neg = sign === 45;
  if (neg || sign === 43) start++;
  if (start === end) throw invalidSyntax(type.label, text);
  let acc = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) throw invalidSyntax(type.label, text);
    acc = acc * 10 + d;
  }
  // Up to 15 digits the double accumulator is exact.
  const magnitude = end - start <= 15 ? BigInt(acc) : BigInt(text.slice(start, end));
  const value = neg ? -magnitude : magnitude;
  if (value < type.min || value > type.max) {
    throw new PgError(SqlState.numericValueOutOfRange, `value "${text}" is out of range for type ${type.label}`);
  }
  return type === OIDT && value < 0n ? value + 4294967296n : value;
}

/** A stored value as an integer of the column's type, rounding a REAL as PostgreSQL's casts do. */
function toInteger(value: SqliteValue | ArrayValue, type: IntegerType): bigint {
  let n: bigint;
  if (typeof value === 'bigint') n = value;
  else if (typeof value === 'number' && Number.isFinite(value)) n = BigInt(rint(value));
  else return parseIntegerText(scalarText(value), type);
  if (n < type.min || n > type.max) throw new PgError(SqlState.numericValueOutOfRange, `${type.rangeLabel} out of range`);
  return n;
}

/** parse_bool: a unique prefix of true/false/yes/no/on/off, or 1/0, in any case. */
function parseBoolText(text: string): boolean | undefined {
  const s = text.trim().toLowerCase();
  if (s.length === 0) return undefined;
  switch (s[0]) {
    case 't':
      return 'true'.startsWith(s) ? true : undefined;
    case 'f':
      return 'false'.startsWith(s) ? false : undefined;
    case 'y':
      return 'yes'.startsWith(s) ? true : undefined;
    case 'n':
      return 'no'.startsWith(s) ? false : undefined;
    case 'o':
      // 'o' alone is ambiguous between on and off.
      if (s.length < 2) return undefined;
      return 'on'.startsWith(s) ? true : 'off'.startsWith(s) ? false : undefined;
    case '1':
      return s.length === 1 ? true : undefined;
    case '0':
      return s.length === 1 ? false : undefined;
    default:
      return undefined;
  }
}

function toBool(value: SqliteValue | ArrayValue): boolean {
  if (typeof value === 'bigint') return value !== 0n;
  if (typeof value === 'number') return value !== 0;
  const text = scalarText(value);
  const b = parseBoolText(text);
  if (b === undefined) throw invalidSyntax('boolean', text);
  return b;
}

// ---------------------------------------------------------------------------------------------
// bytea and uuid
// ---------------------------------------------------------------------------------------------

/** byteain: the hex format ('\x...', whitespace allowed between bytes) or the escape format. */
function parseByteaText(text: string): Buffer {
  if (text.startsWith('\\x')) return parseByteaHex(text);
  if (!text.includes('\\')) return Buffer.from(text, 'utf8');
  const src = Buffer.from(text, 'utf8');
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; ) {
    const b = src[i];
    if (b !== 0x5c) {
      out[n++] = b;
      i++;
    } else if (src[i + 1] === 0x5c) {
      out[n++] = 0x5c;
      i += 2;
    } else if (isOctal(src[i + 1], 0x33) && isOctal(src[i + 2], 0x37) && isOctal(src[i + 3], 0x37)) {
      out[n++] = ((src[i + 1] - 48) << 6) | ((src[i + 2] - 48) << 3) | (src[i + 3] - 48);
      i += 4;
    } else {
      throw new PgError(SqlState.invalidTextRepresentation, 'invalid input syntax for type bytea');
    }
  }
  return out.subarray(0, n);
}

function isOctal(b: number | undefined, max: number): boolean {
  return b !== undefined && b >= 0x30 && b <= max;
}

function parseByteaHex(text: string): Buffer {
  const out = Buffer.allocUnsafe((text.length - 2) >> 1);
  let n = 0;
  for (let i = 2; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const hi = hexValue(c);
    if (hi < 0) throw invalidHexDigit(text, i);
    if (i + 1 >= text.length) {
      throw new PgError(SqlState.invalidParameterValue, 'invalid hexadecimal data: odd number of digits');
    }
    const lo = hexValue(text.charCodeAt(i + 1));
    if (lo < 0) throw invalidHexDigit(text, i + 1);
    out[n++] = (hi << 4) | lo;
    i += 2;
  }
  return out.subarray(0, n);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function invalidHexDigit(text: string, at: number): PgError {
  return new PgError(SqlState.invalidParameterValue, `invalid hexadecimal digit: "${String.fromCodePoint(text.codePointAt(at)!)}"`);
}

/** A stored value as bytes: a string is a '\x' hex literal or else its own UTF-8 text. */
function toBytea(value: SqliteValue | ArrayValue): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const text = scalarText(value);
  if (text.startsWith('\\x')) {
    try {
      return parseByteaHex(text);
    } catch {
      // not hex after all: the characters themselves
    }
  }
  return Buffer.from(text, 'utf8');
}

/** string_to_uuid: 32 hex digits, optionally in braces, with a '-' allowed after any group of four. */
function parseUuidText(text: string): string | undefined {
  let pos = 0;
  const braces = text[0] === '{';
  if (braces) pos++;
  let hex = '';
  for (let i = 0; i < 16; i++) {
    if (hexValue(text.charCodeAt(pos)) < 0 || hexValue(text.charCodeAt(pos + 1)) < 0) return undefined;
    hex += text.slice(pos, pos + 2);
    pos += 2;
    if (text[pos] === '-' && i % 2 === 1 && i < 15) pos++;
  }
  if (braces) {
    if (text[pos] !== '}') return undefined;
    pos++;
  }
  if (pos !== text.length) return undefined;
  hex = hex.toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function uuidFromBytes(buf: Buffer): string {
  const hex = buf.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function uuidBytes(value: SqliteValue | ArrayValue): Buffer {
  if (Buffer.isBuffer(value) && value.length === 16) return value;
  const text = scalarText(value);
  const canonical = parseUuidText(text);
  if (canonical === undefined) throw invalidSyntax('uuid', text);
  return Buffer.from(canonical.replace(/-/g, ''), 'hex');
}

// ---------------------------------------------------------------------------------------------
// Dates and times
// ---------------------------------------------------------------------------------------------

const USEC_PER_SEC = 1_000_000;
const USEC_PER_DAY = 86_400_000_000;
const USEC_PER_DAY_BIG = 86_400_000_000n;
/** 2000-01-01, PostgreSQL's epoch, counted in days from 1970-01-01. */
export const PG_EPOCH_DAYS = 10_957;

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, years numbered
 * astronomically (1 BC is year 0), after Howard Hinnant's days_from_civil.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

// PostgreSQL's ranges: both types start at 4714-11-24 BC (Julian day 0); dates end in 5874898,
// timestamps in 294277.
const MIN_DAYS = daysFromCivil(-4713, 11, 24) - PG_EPOCH_DAYS;
const DATE_END_DAYS = daysFromCivil(5874898, 1, 1) - PG_EPOCH_DAYS;
const TIMESTAMP_END_DAYS = daysFromCivil(294277, 1, 1) - PG_EPOCH_DAYS;

const INT32_MAX = 2147483647;
const INT32_MIN = -2147483648;

export type Infinite = 'infinity' | '-infinity';

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
    const hour = Number(h);
    const minute = Number(m);
    if (hour > 24 || minute > 59 || sec > 60 || (hour === 24 && (minute > 0 || sec > 0 || frac > 0))) {
      throw this.rangeError();
    }
    return ((hour * 60 + minute) * 60 + sec) * USEC_PER_SEC + frac;
  }

  /** '+HH', '-HH:MM', '+HHMM', '+HH:MM:SS', 'Z', 'UTC' or 'GMT' as seconds east of UTC; 0 if absent. */
  zone(): number {
    if (this.eat('z') || this.eat('utc') || this.eat('gmt')) return 0;
    const sign = this.peek();
    if (sign !== '+' && sign !== '-') return 0;
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

  /** The ISO forms: 'YYYY-MM-DD' or 'YYYYMMDD', then optionally ' HH:MM:SS.fff' or 'T...', zone, BC/AD. */
  dateTime(): DateTimeFields | Infinite {
    switch (this.s) {
      case 'infinity':
        return 'infinity';
      case '-infinity':
        return '-infinity';
      case 'epoch':
        return { year: 1970, month: 1, day: 1, usec: 0, offset: 0 };
    }
    const first = this.digits();
    let year: number;
    let month: number;
    let day: number;
    if (this.eat('-')) {
      const m = this.digits();
      if (m.length < 1 || m.length > 2 || !this.eat('-')) throw this.syntaxError();
      const d = this.digits();
      if (d.length < 1 || d.length > 2 || first.length === 0) throw this.syntaxError();
      // Two-digit leading fields would be read as month or day under DateStyle MDY: unsupported.
      if (first.length < 3) throw this.rangeError();
      [year, month, day] = [Number(first), Number(m), Number(d)];
    } else if (first.length === 8) {
      [year, month, day] = [Number(first.slice(0, 4)), Number(first.slice(4, 6)), Number(first.slice(6))];
    } else {
      throw this.syntaxError();
    }
    let usec = 0;
    let offset = 0;
    const hasT = this.eat('t');
    if ((hasT || this.skipSpaces()) && isDigit(this.s.charCodeAt(this.pos))) {
      usec = this.clock();
      this.skipSpaces();
      offset = this.zone();
      this.skipSpaces();
    } else if (hasT) {
      throw this.syntaxError();
    }
    if (year === 0) throw this.rangeError();
    if (this.eat('bc')) year = 1 - year;
    else this.eat('ad');
    if (!this.atEnd()) throw this.syntaxError();
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw this.rangeError();
    return { year, month, day, usec, offset };
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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
  const ts = { days: daysFromCivil(f.year, f.month, f.day) - PG_EPOCH_DAYS + carry, usec: usec - carry * USEC_PER_DAY };
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

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** '.ffffff' with trailing zeros trimmed, or '' for a whole second. */
function fractionText(usec: number): string {
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

function isCanonicalTimestamp(s: string): boolean {
  const n = s.length;
  if (n < 19 || s.charCodeAt(10) !== 32) return s === 'infinity' || s === '-infinity';
  const c = s.charCodeAt(n - 3);
  return c !== 43 && c !== 45 && s.charCodeAt(n - 1) !== 90; // no offset, no 'Z'
}

function isCanonicalTimestamptz(s: string): boolean {
  const n = s.length;
  return (n >= 22 && s.charCodeAt(n - 3) === 43 && s.charCodeAt(n - 2) === 48 && s.charCodeAt(n - 1) === 48) || s === 'infinity' || s === '-infinity';
}

function timestampMicros(ts: Timestamp | Infinite): bigint {
  if (ts === 'infinity') return INT8_MAX;
  if (ts === '-infinity') return INT8_MIN;
  const micros = ts.days * USEC_PER_DAY + ts.usec;
  return Number.isSafeInteger(micros) ? BigInt(micros) : BigInt(ts.days) * USEC_PER_DAY_BIG + BigInt(ts.usec);
}

function timestampFromMicros(micros: bigint): Timestamp | Infinite {
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

// ---------------------------------------------------------------------------------------------
// Intervals
// ---------------------------------------------------------------------------------------------

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

/** Adds `value` units to an interval, spreading fractions downwards as DecodeInterval does. */
function addIntervalUnit(iv: Interval, value: number, unit: IntervalUnit): void {
  const whole = Math.trunc(value);
  const frac = value - whole;
  switch (unit) {
    case 'us':
      iv.usec += value;
      return;
    case 'ms':
      iv.usec += value * 1000;
      return;
    case 's':
      iv.usec += value * USEC_PER_SEC;
      return;
    case 'min':
      iv.usec += value * USEC_PER_MINUTE;
      return;
    case 'h':
      iv.usec += value * USEC_PER_HOUR;
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

const INTERVAL_TOKEN = /\s*(?:([+-]?(?:\d+\.?\d*|\.\d+)(?::\d+(?:\.\d*)?){1,2})|([+-]?\d+)-(\d+)(?![\d:.])|([+-]?(?:\d+\.?\d*|\.\d+))|([a-z]+))/y;

/**
 * interval_in for the postgres and ISO 8601 styles: '1 year 2 mons -3 days +04:05:06.5',
 * '1.5 hours', '1h30m', '1-2' (years-months), '3 04:05:06' (days and a time), 'P1Y2M3DT4H5M6S',
 * with '@' and 'ago'.
 */
export function parseInterval(text: string): Interval {
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
      if (m[1] !== undefined) tokens.push({ kind: 'time', text: m[1] });
      else if (m[2] !== undefined) tokens.push({ kind: 'ym', text: m[2], months: m[3] });
      else if (m[4] !== undefined) tokens.push({ kind: 'num', text: m[4] });
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
          addIntervalUnit(iv, value, unit);
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
  if (!isInt32(iv.months) || !isInt32(iv.days) || !Number.isSafeInteger(iv.usec)) {
    throw new PgError(SqlState.datetimeFieldOverflow, 'interval out of range');
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

function parseIsoInterval(s: string, iv: Interval, bad: () => PgError): void {
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

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

/** A JSON number kept as written: jsonb prints it as numeric, and int8 arrays must not lose digits. */
class JsonNumber {
  constructor(readonly raw: string) {}
}

class JsonObject {
  constructor(readonly entries: Array<[string, JsonNode]>) {}
}

type JsonNode = string | boolean | null | JsonNumber | JsonObject | JsonNode[];

function invalidJson(): PgError {
  return new PgError(SqlState.invalidTextRepresentation, 'invalid input syntax for type json');
}

/** An RFC 8259 parser (what PostgreSQL's json lexer accepts) that keeps numbers' text. */
function parseJson(text: string): JsonNode {
  let pos = 0;
  const skipWs = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      pos++;
    }
  };
  const string = (): string => {
    const start = pos++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c !== c || c < 0x20) throw invalidJson();
      if (c === 0x22) break;
      if (c === 0x5c) {
        escaped = true;
        pos++;
      }
      pos++;
    }
    pos++;
    if (!escaped) return text.slice(start + 1, pos - 1);
    try {
      return JSON.parse(text.slice(start, pos)) as string;
    } catch {
      throw invalidJson();
    }
  };
  const number = (): JsonNumber => {
    const start = pos;
    if (text[pos] === '-') pos++;
    const intStart = pos;
    while (isDigit(text.charCodeAt(pos))) pos++;
    if (pos === intStart || (text[intStart] === '0' && pos - intStart > 1)) throw invalidJson();
    if (text[pos] === '.') {
      const fracStart = ++pos;
      while (isDigit(text.charCodeAt(pos))) pos++;
      if (pos === fracStart) throw invalidJson();
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++;
      if (text[pos] === '+' || text[pos] === '-') pos++;
      const expStart = pos;
      while (isDigit(text.charCodeAt(pos))) pos++;
      if (pos === expStart) throw invalidJson();
    }
    return new JsonNumber(text.slice(start, pos));
  };
  const value = (): JsonNode => {
    skipWs();
    const c = text[pos];
    if (c === '"') return string();
    if (c === '{') {
      pos++;
      const entries: Array<[string, JsonNode]> = [];
      skipWs();
      if (text[pos] === '}') {
        pos++;
        return new JsonObject(entries);
      }
      for (;;) {
        skipWs();
        if (text[pos] !== '"') throw invalidJson();
        const key = string();
        skipWs();
        if (text[pos++] !== ':') throw invalidJson();
        entries.push([key, value()]);
        skipWs();
        const d = text[pos++];
        if (d === '}') return new JsonObject(entries);
        if (d !== ',') throw invalidJson();
      }
    }
    if (c === '[') {
      pos++;
      const items: JsonNode[] = [];
      skipWs();
      if (text[pos] === ']') {
        pos++;
        return items;
      }
      for (;;) {
        items.push(value());
        skipWs();
        const d = text[pos++];
        if (d === ']') return items;
        if (d !== ',') throw invalidJson();
      }
    }
    if (c === '-' || isDigit(text.charCodeAt(pos))) return number();
    for (const [literal, result] of JSON_LITERALS) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return result;
      }
    }
    throw invalidJson();
  };
  const result = value();
  skipWs();
  if (pos !== text.length) throw invalidJson();
  return result;
}

const JSON_LITERALS: ReadonlyArray<readonly [string, boolean | null]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/**
 * jsonb_out: ', ' and ': ' separators, numbers as numeric prints them, object keys deduplicated
 * (the last wins) and ordered by length, then bytewise.
 */
function jsonbText(node: JsonNode): string {
  if (node === null) return 'null';
  if (typeof node === 'boolean') return node ? 'true' : 'false';
  if (typeof node === 'string') {
    if (node.includes('\u0000')) {
      throw new PgError(UNTRANSLATABLE_CHARACTER, 'unsupported Unicode escape sequence', {
        detail: '\\u0000 cannot be converted to text.',
      });
    }
    return JSON.stringify(node);
  }
  if (node instanceof JsonNumber) return decimalText(parseNumericText(node.raw) as Decimal);
  if (Array.isArray(node)) return '[' + node.map(jsonbText).join(', ') + ']';
  const byKey = new Map<string, JsonNode>();
  for (const [key, value] of node.entries) byKey.set(key, value);
  const keys = [...byKey.keys()].sort(compareJsonbKeys);
  return '{' + keys.map((key) => jsonbText(key) + ': ' + jsonbText(byKey.get(key)!)).join(', ') + '}';
}

function compareJsonbKeys(a: string, b: string): number {
  return Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// ---------------------------------------------------------------------------------------------
// Arrays
// ---------------------------------------------------------------------------------------------

/** An array literal's elements as text (null for NULL), nested per dimension. */
type LiteralItems = Array<string | null | LiteralItems>;

/** array_in's syntax: '{a,"b c",NULL,{...}}', optionally after dimension decoration '[1:3]='. */
function parseArrayLiteral(text: string): LiteralItems {
  const malformed = (detail: string) =>
    new PgError(SqlState.invalidTextRepresentation, `malformed array literal: "${text}"`, { detail });
  let pos = 0;
  const skipWs = () => {
    while (isSpace(text.charCodeAt(pos))) pos++;
  };
  const unexpected = () =>
    pos >= text.length ? malformed('Unexpected end of input.') : malformed(`Unexpected "${text[pos]}" character.`);

  const quoted = (): string => {
    let out = '';
    for (pos++; ; pos++) {
      const c = text[pos];
      if (c === undefined) throw malformed('Unexpected end of input.');
      if (c === '"') break;
      if (c === '\\') {
        pos++;
        if (pos >= text.length) throw malformed('Unexpected end of input.');
        out += text[pos];
      } else {
        out += c;
      }
    }
    pos++;
    return out;
  };
  const unquoted = (): string | null => {
    let out = '';
    let escaped = false;
    let keep = 0; // length of out up to its last escaped or non-space character
    for (; pos < text.length; pos++) {
      const c = text[pos];
      if (c === ',' || c === '}') break;
      if (c === '{' || c === '"') throw unexpected();
      if (c === '\\') {
        pos++;
        if (pos >= text.length) throw malformed('Unexpected end of input.');
        out += text[pos];
        escaped = true;
        keep = out.length;
      } else {
        out += c;
        if (!isSpace(c.charCodeAt(0))) keep = out.length;
      }
    }
    out = out.slice(0, keep);
    if (out === '' && !escaped) throw unexpected();
    return !escaped && out.toLowerCase() === 'null' ? null : out;
  };
  const level = (): LiteralItems => {
    pos++;
    const items: LiteralItems = [];
    skipWs();
    if (text[pos] === '}') {
      pos++;
      return items;
    }
    for (;;) {
      skipWs();
      if (text[pos] === '{') {
        if (items.length > 0 && !Array.isArray(items[0])) throw unexpected();
        items.push(level());
      } else {
        if (items.length > 0 && Array.isArray(items[0])) throw malformed('Unexpected array element.');
        items.push(text[pos] === '"' ? quoted() : unquoted());
      }
      skipWs();
      if (text[pos] === ',') pos++;
      else if (text[pos] === '}') {
        pos++;
        return items;
      } else throw unexpected();
    }
  };

  skipWs();
  if (text[pos] === '[') {
    const eq = text.indexOf('=', pos);
    if (eq < 0) throw malformed('Missing "=" after array dimensions.');
    pos = eq + 1;
    skipWs();
  }
  if (text[pos] !== '{') throw malformed('Array value must start with "{" or dimension information.');
  const items = level();
  skipWs();
  if (pos !== text.length) throw malformed('Junk after closing right brace.');
  if (!isRectangular(items)) throw malformed('Multidimensional arrays must have sub-arrays with matching dimensions.');
  return items;
}

function isRectangular(items: readonly unknown[]): boolean {
  const shape = (v: unknown): string => (Array.isArray(v) ? `${v.length}[${v.length ? shape(v[0]) : ''}]` : '');
  const check = (v: readonly unknown[]): boolean => {
    const expected = v.length ? shape(v[0]) : '';
    return v.every((el) => shape(el) === expected && (!Array.isArray(el) || check(el)));
  };
  return check(items);
}

/** An array column's stored JSON text (or literal) as nested JavaScript values. */
function arrayItems(value: SqliteValue | ArrayValue): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return undefined;
  const s = value.trimStart();
  if (s.startsWith('{')) return parseArrayLiteral(value);
  if (!s.startsWith('[')) return undefined;
  let node: JsonNode;
  try {
    node = parseJson(value);
  } catch {
    return undefined;
  }
  return Array.isArray(node) ? node.map(jsonToItem) : undefined;
}

function jsonToItem(node: JsonNode): unknown {
  if (node instanceof JsonNumber) return node.raw;
  if (node instanceof JsonObject) return jsonbText(node);
  if (Array.isArray(node)) return node.map(jsonToItem);
  return node;
}

/** An element of a JavaScript or JSON array as a value of the element type. */
function elementValue(el: unknown, elemOid: number): SqliteValue {
  if (typeof el === 'boolean') return elemOid === OID.bool ? (el ? 1 : 0) : String(el);
  if (el === null || el === undefined) return null;
  if (typeof el === 'string' || typeof el === 'number' || typeof el === 'bigint' || Buffer.isBuffer(el)) return el;
  return jsonOf(el);
}

function arrayText(value: SqliteValue | ArrayValue, elemOid: number, typmod: number): string {
  if (typeof value === 'string' && value.startsWith('{')) return value;
  const items = arrayItems(value);
  return items === undefined ? scalarText(value) : arrayLiteral(items, elemOid, typmod);
}

function arrayLiteral(items: readonly unknown[], elemOid: number, typmod: number): string {
  let out = '{';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    const el = items[i];
    if (Array.isArray(el)) {
      out += arrayLiteral(el, elemOid, typmod);
      continue;
    }
    const text = encodeText(elementValue(el, elemOid), elemOid, typmod);
    out += text === null ? 'NULL' : quoteArrayElement(text);
  }
  return out + '}';
}

/** array_out quotes empty strings, NULL look-alikes, and text with braces, quotes, commas, backslashes or spaces. */
function quoteArrayElement(s: string): string {
  let needsQuotes = s === '' || (s.length === 4 && s.toLowerCase() === 'null');
  let needsEscapes = false;
  for (let i = 0; i < s.length && !needsEscapes; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92) needsEscapes = true;
    else if (c === 123 || c === 125 || c === 44 || isSpace(c)) needsQuotes = true;
  }
  if (needsEscapes) return '"' + s.replace(/["\\]/g, '\\$&') + '"';
  return needsQuotes ? '"' + s + '"' : s;
}

/** The storage JSON of decoded elements: numbers as JSON numbers, booleans as true/false. */
function arrayJson(items: readonly unknown[], elemOid: number): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    const el = items[i];
    if (Array.isArray(el)) out += arrayJson(el, elemOid);
    else if (el === null) out += 'null';
    else if (elemOid === OID.bool) out += el ? 'true' : 'false';
    else if (typeof el === 'bigint') out += el.toString();
    else if (typeof el === 'number') out += Number.isFinite(el) ? String(el) : JSON.stringify(formatFloat8(el));
    else if (Buffer.isBuffer(el)) out += JSON.stringify('\\x' + el.toString('hex'));
    else out += JSON.stringify(el);
  }
  return out + ']';
}

function mapLiteral(items: LiteralItems, elemOid: number): unknown[] {
  return items.map((el) => (Array.isArray(el) ? mapLiteral(el, elemOid) : el === null ? null : decodeTextParam(el, elemOid)));
}

const MAX_ARRAY_DIMS = 6;

/** array_send: dimensions, a has-nulls flag, the element type, then length-prefixed elements. */
function arrayBinary(value: SqliteValue | ArrayValue, elemOid: number, typmod: number): Buffer {
  const items = arrayItems(value);
  if (items === undefined) return Buffer.from(scalarText(value), 'utf8');
  if (!isRectangular(items)) {
    throw new PgError(ARRAY_SUBSCRIPT_ERROR, 'multidimensional arrays must have array expressions with matching dimensions');
  }
  const elements: Array<Buffer | null> = [];
  const flatten = (v: readonly unknown[]) => {
    for (const el of v) {
      if (Array.isArray(el)) flatten(el);
      else elements.push(encodeBinary(elementValue(el, elemOid), elemOid, typmod));
    }
  };
  flatten(items);
  // An array without elements has no dimensions, however its empty sub-arrays nest.
  const dims: number[] = [];
  if (elements.length > 0) {
    for (let level: unknown = items; Array.isArray(level); level = level[0]) dims.push(level.length);
  }
  let size = 12 + 8 * dims.length;
  for (const el of elements) size += 4 + (el === null ? 0 : el.length);
  const out = Buffer.allocUnsafe(size);
  out.writeInt32BE(dims.length, 0);
  out.writeInt32BE(elements.includes(null) ? 1 : 0, 4);
  out.writeUInt32BE(elemOid, 8);
  let pos = 12;
  for (const dim of dims) {
    out.writeInt32BE(dim, pos);
    out.writeInt32BE(1, pos + 4);
    pos += 8;
  }
  for (const el of elements) {
    out.writeInt32BE(el === null ? -1 : el.length, pos);
    pos += 4;
    if (el !== null) pos += el.copy(out, pos);
  }
  return out;
}

function decodeArrayBinary(buf: Buffer, elemOid: number): string {
  need(buf, 12);
  const ndim = buf.readInt32BE(0);
  const flags = buf.readInt32BE(4);
  if (ndim < 0) throw new PgError(SqlState.invalidBinaryRepresentation, `invalid number of dimensions: ${ndim}`);
  if (ndim > MAX_ARRAY_DIMS) {
    throw new PgError(
      SqlState.programLimitExceeded,
      `number of array dimensions (${ndim}) exceeds the maximum allowed (${MAX_ARRAY_DIMS})`,
    );
  }
  if (flags !== 0 && flags !== 1) throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid array flags');
  if (buf.readUInt32BE(8) !== elemOid) throw new PgError(SqlState.datatypeMismatch, 'wrong element type');
  need(buf, 12 + 8 * ndim);
  const dims: number[] = [];
  for (let i = 0; i < ndim; i++) dims.push(buf.readInt32BE(12 + 8 * i));
  let pos = 12 + 8 * ndim;
  const readLevel = (depth: number): unknown[] => {
    const items: unknown[] = [];
    for (let i = 0; i < (dims[depth] ?? 0); i++) {
      if (depth + 1 < ndim) {
        items.push(readLevel(depth + 1));
        continue;
      }
      need(buf, pos + 4);
      const len = buf.readInt32BE(pos);
      pos += 4;
      if (len === -1) {
        items.push(null);
        continue;
      }
      if (len < -1) throw insufficientData();
      need(buf, pos + len);
      items.push(decodeBinaryParam(buf.subarray(pos, pos + len), elemOid));
      pos += len;
    }
    return items;
  };
  const items = readLevel(0);
  if (pos !== buf.length) throw incorrectBinaryFormat();
  return arrayJson(items, elemOid);
}

// ---------------------------------------------------------------------------------------------
// Binary wire format
// ---------------------------------------------------------------------------------------------

/**
 * A stored value in PostgreSQL's binary send format (null stays null). Types without a binary
 * format of their own here are sent as their text's UTF-8 bytes, which is their send format for
 * text-like types.
 */
export function encodeBinary(value: SqliteValue | ArrayValue, oid: number, typmod = -1): Buffer | null {
  if (value === null) return null;
  switch (oid) {
    case OID.int4: {
      const out = Buffer.allocUnsafe(4);
      out.writeInt32BE(Number(toInteger(value, INT4)));
      return out;
    }
    case OID.int8: {
      const out = Buffer.allocUnsafe(8);
      out.writeBigInt64BE(toInteger(value, INT8));
      return out;
    }
    case OID.int2: {
      const out = Buffer.allocUnsafe(2);
      out.writeInt16BE(Number(toInteger(value, INT2)));
      return out;
    }
    case OID.oid:
    case OID.regproc:
    case OID.regclass:
    case OID.regtype:
    case OID.regnamespace: {
      const out = Buffer.allocUnsafe(4);
      out.writeUInt32BE(Number(BigInt.asUintN(32, toInteger(value, OIDT))));
      return out;
    }
    case OID.text:
    case OID.varchar:
    case OID.name:
    case OID.json:
      return Buffer.from(typeof value === 'string' ? value : scalarText(value), 'utf8');
    case OID.bool:
      return Buffer.from([toBool(value) ? 1 : 0]);
    case OID.float8: {
      const out = Buffer.allocUnsafe(8);
      out.writeDoubleBE(toFloat(value, false));
      return out;
    }
    case OID.float4: {
      const out = Buffer.allocUnsafe(4);
      out.writeFloatBE(toFloat(value, true));
      return out;
    }
    case OID.numeric:
      return numericBinary(value, typmod);
    case OID.bytea:
      return toBytea(value);
    case OID.jsonb: {
      const text = Buffer.from(typeof value === 'string' ? value : scalarText(value), 'utf8');
      const out = Buffer.allocUnsafe(text.length + 1);
      out[0] = JSONB_VERSION;
      text.copy(out, 1);
      return out;
    }
    case OID.date: {
      const days = parseDate(scalarText(value));
      const out = Buffer.allocUnsafe(4);
      out.writeInt32BE(days === 'infinity' ? INT32_MAX : days === '-infinity' ? INT32_MIN : days);
      return out;
    }
    case OID.time: {
      const out = Buffer.allocUnsafe(8);
      out.writeBigInt64BE(BigInt(parseTime(scalarText(value))));
      return out;
    }
    case OID.timestamp:
    case OID.timestamptz: {
      const out = Buffer.allocUnsafe(8);
      out.writeBigInt64BE(timestampMicros(parseTimestamp(scalarText(value), oid === OID.timestamptz)));
      return out;
    }
    case OID.interval: {
      const iv = parseInterval(scalarText(value));
      const out = Buffer.allocUnsafe(16);
      out.writeBigInt64BE(BigInt(iv.usec), 0);
      out.writeInt32BE(iv.days, 8);
      out.writeInt32BE(iv.months, 12);
      return out;
    }
    case OID.uuid:
      return uuidBytes(value);
    default: {
      const elem = arrayElementOid(oid);
      if (elem !== 0) return arrayBinary(value, elem, typmod);
      return Buffer.from(encodeText(value, oid, typmod)!, 'utf8');
    }
  }
}

const JSONB_VERSION = 1;

function toFloat(value: SqliteValue | ArrayValue, float4: boolean): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const v = decodeFloatText(scalarText(value), float4);
  return typeof v === 'number' ? v : NaN;
}

function insufficientData(): PgError {
  return new PgError(SqlState.invalidBinaryRepresentation, 'insufficient data left in message');
}

/** PostgreSQL names the parameter; the caller knows its number and may reword the message. */
function incorrectBinaryFormat(): PgError {
  return new PgError(SqlState.invalidBinaryRepresentation, 'incorrect binary data format');
}

function need(buf: Buffer, length: number): void {
  if (buf.length < length) throw insufficientData();
}

function exactLength(buf: Buffer, length: number): void {
  if (buf.length < length) throw insufficientData();
  if (buf.length > length) throw incorrectBinaryFormat();
}

/**
 * A binary-format parameter in the storage convention. oid 0 (unspecified) and bytea give the
 * bytes as they are. A value too short raises 22P03 'insufficient data left in message', one too
 * long 22P03 'incorrect binary data format' (PostgreSQL adds 'in bind parameter N').
 */
export function decodeBinaryParam(buf: Buffer, oid: number): SqliteValue {
  switch (oid) {
    case 0:
    case OID.bytea:
      return buf;
    case OID.bool:
      exactLength(buf, 1);
      return buf[0] !== 0 ? 1 : 0;
    case OID.int2:
      exactLength(buf, 2);
      return BigInt(buf.readInt16BE(0));
    case OID.int4:
      exactLength(buf, 4);
      return BigInt(buf.readInt32BE(0));
    case OID.int8:
      exactLength(buf, 8);
      return buf.readBigInt64BE(0);
    case OID.oid:
    case OID.regproc:
    case OID.regclass:
    case OID.regtype:
    case OID.regnamespace:
      exactLength(buf, 4);
      return BigInt(buf.readUInt32BE(0));
    case OID.float4: {
      exactLength(buf, 4);
      const v = buf.readFloatBE(0);
      return v === v ? v : 'NaN';
    }
    case OID.float8: {
      exactLength(buf, 8);
      const v = buf.readDoubleBE(0);
      return v === v ? v : 'NaN';
    }
    case OID.numeric:
      return decodeNumericBinary(buf);
    case OID.jsonb: {
      need(buf, 1);
      if (buf[0] !== JSONB_VERSION) throw new PgError(SqlState.internalError, `unsupported jsonb version number ${buf[0]}`);
      return decodeTextParam(utf8Text(buf.subarray(1)), OID.jsonb);
    }
    case OID.date: {
      exactLength(buf, 4);
      const days = buf.readInt32BE(0);
      if (days === INT32_MAX) return 'infinity';
      if (days === INT32_MIN) return '-infinity';
      if (days < MIN_DAYS || days >= DATE_END_DAYS) throw new PgError(SqlState.datetimeFieldOverflow, 'date out of range');
      return formatDate(days);
    }
    case OID.time: {
      exactLength(buf, 8);
      const usec = buf.readBigInt64BE(0);
      if (usec < 0n || usec > BigInt(USEC_PER_DAY)) throw new PgError(SqlState.datetimeFieldOverflow, 'time out of range');
      return clockText(Number(usec));
    }
    case OID.timestamp:
    case OID.timestamptz:
      exactLength(buf, 8);
      return formatTimestamp(timestampFromMicros(buf.readBigInt64BE(0)), oid === OID.timestamptz);
    case OID.interval:
      exactLength(buf, 16);
      return formatInterval({
        usec: Number(buf.readBigInt64BE(0)),
        days: buf.readInt32BE(8),
        months: buf.readInt32BE(12),
      });
    case OID.uuid:
      exactLength(buf, 16);
      return uuidFromBytes(buf);
    default: {
      const elem = arrayElementOid(oid);
      return elem === 0 ? decodeTextParam(utf8Text(buf), oid) : decodeArrayBinary(buf, elem);
    }
  }
}

/** Text received in binary form must be valid UTF-8 without NUL bytes, as pg_verify_mbstr demands. */
function utf8Text(buf: Buffer): string {
  if (isUtf8(buf) && !buf.includes(0)) return buf.toString('utf8');
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 1;
    const seq = buf.subarray(i, i + len);
    if (b === 0 || (len === 1 && b >= 0x80) || seq.length < len || !isUtf8(seq)) {
      const bytes = [...seq].map((x) => '0x' + x.toString(16).padStart(2, '0')).join(' ');
      throw new PgError(SqlState.characterNotInRepertoire, `invalid byte sequence for encoding "UTF8": ${bytes}`);
    }
    i += len;
  }
  return buf.toString('utf8');
}

// ---------------------------------------------------------------------------------------------
// Text input
// ---------------------------------------------------------------------------------------------

function invalidSyntax(typeLabel: string, text: string): PgError {
  return new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type ${typeLabel}: "${text}"`);
}

/**
 * A text-format parameter or literal of a known type, validated as PostgreSQL's input function
 * validates it and converted to the storage convention. 'now', 'today' and other input that
 * depends on the clock is not accepted here: the caller must resolve it deterministically.
 */
export function decodeTextParam(text: string, oid: number): SqliteValue {
  switch (oid) {
    case 0:
    case OID.text:
    case OID.varchar:
    case OID.bpchar:
    case OID.name:
    case OID.unknown:
    case OID.xml:
      return text;
    case OID.int4:
      return parseIntegerText(text, INT4);
    case OID.int8:
      return parseIntegerText(text, INT8);
    case OID.int2:
      return parseIntegerText(text, INT2);
    case OID.oid:
      return parseIntegerText(text, OIDT);
    case OID.regproc:
    case OID.regclass:
    case OID.regtype:
    case OID.regnamespace:
      // A name needs the catalog to resolve; only a numeric OID is decoded here.
      return /^\s*\d+\s*$/.test(text) ? parseIntegerText(text, OIDT) : text;
    case OID.char:
      // "char" keeps the first character only.
      return text === '' ? '' : String.fromCodePoint(text.codePointAt(0)!);
    case OID.bool: {
      const b = parseBoolText(text);
      if (b === undefined) throw invalidSyntax('boolean', text);
      return b ? 1 : 0;
    }
    case OID.float8:
      return decodeFloatText(text, false);
    case OID.float4:
      return decodeFloatText(text, true);
    case OID.numeric: {
      const d = parseNumericText(text);
      if (d === undefined) throw invalidSyntax('numeric', text);
      return decimalStorage(d);
    }
    case OID.bytea:
      return parseByteaText(text);
    case OID.date:
      return formatDate(parseDate(text));
    case OID.time:
      return clockText(parseTime(text));
    case OID.timestamp:
      return formatTimestamp(parseTimestamp(text, false), false);
    case OID.timestamptz:
      return formatTimestamp(parseTimestamp(text, true), true);
    case OID.interval:
      return formatInterval(parseInterval(text));
    case OID.uuid: {
      const uuid = parseUuidText(text);
      if (uuid === undefined) throw invalidSyntax('uuid', text);
      return uuid;
    }
    case OID.json:
      try {
        JSON.parse(text);
      } catch {
        throw invalidJson();
      }
      return text;
    case OID.jsonb:
      return jsonbText(parseJson(text));
    default: {
      const elem = arrayElementOid(oid);
      return elem === 0 ? text : arrayJson(mapLiteral(parseArrayLiteral(text), elem), elem);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Inference
// ---------------------------------------------------------------------------------------------

/** The type of a computed result column that has no declared type, from one of its values. */
export function inferOid(value: SqliteValue): number {
  if (typeof value === 'bigint') return value >= -2147483648n && value <= 2147483647n ? OID.int4 : OID.int8;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return OID.numeric;
    if (value >= -2147483648 && value <= 2147483647) return OID.int4;
    return Math.abs(value) < 2 ** 63 ? OID.int8 : OID.numeric;
  }
  if (Buffer.isBuffer(value)) return OID.bytea;
  return OID.text;
}
