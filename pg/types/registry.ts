/**
 * PostgreSQL's types as evsql knows them: OIDs, names, lengths and typmods, declared type names
 * (typeFromDeclared, format_type), and the storage convention every other module in pg/types/
 * converts to and from. The text and binary wire formats are text-format.ts and binary-format.ts.
 *
 * Storage convention (what SQLite holds for each PostgreSQL type):
 *   bool                       INTEGER 0/1
 *   int2/int4/int8/oid         INTEGER
 *   float4/float8              REAL ('NaN' as TEXT, because SQLite turns a NaN REAL into NULL)
 *   numeric                    INTEGER or REAL, or BLOB (canonical decimal text: SQLite's NUMERIC affinity would make TEXT a REAL) when a REAL would lose digits; TEXT 'NaN'
 *   text/varchar/bpchar/name   TEXT (bpchar(n) is padded on output)
 *   bytea                      BLOB
 *   date / time                TEXT 'YYYY-MM-DD' / 'HH:MM:SS[.ffffff]'
 *   timestamp / timestamptz    TEXT 'YYYY-MM-DD HH:MM:SS[.ffffff]' / the same in UTC followed by '+00'
 *                              (years BC end in ' BC'; 'infinity' and '-infinity' as such)
 *   interval                   TEXT in PostgreSQL's output style ('1 year 2 mons 3 days 04:05:06')
 *   tsvector/tsquery           TEXT as tsvectorout/tsqueryout print them (pg/text-search/)
 *   json/jsonb/uuid            TEXT (jsonb normalized as PostgreSQL prints it, uuid lowercase)
 *   inet/cidr                  TEXT as inet_out/cidr_out print it (pg/types/inet.ts)
 *   int4range … tstzrange      TEXT as range_out prints it under UTC (pg/types/range.ts)
 *   citext                     TEXT in a column of SQLite's NOCASE collation (ASCII letters only, text-format.ts)
 *   hstore                     TEXT as hstore_out prints it, keys in hstore's order (pg/types/hstore.ts)
 *   money / pg_lsn             INTEGER: a count of cents / of WAL bytes (pg/types/money.ts, lsn.ts)
 *   xid / cid / xid8           INTEGER (pg/types/xid.ts)
 *   arrays                     TEXT holding a JSON array ('[1,null,3]'); bool elements as true/false
 * Fraction digits are printed as PostgreSQL prints them: trailing zeros trimmed, none when zero.
 *
 * Pure: no I/O and no session state; the server's TimeZone is always UTC.
 */
import { PgError, SqlState } from '../errors.js';
import { IM_DAY, IM_HOUR, IM_MINUTE, IM_MONTH, IM_SECOND, IM_YEAR, INTERVAL_FULL_PRECISION, INTERVAL_FULL_RANGE } from './interval-typmod.js';

export type SqliteValue = null | bigint | number | string | Buffer;

/** What encodeText/encodeBinary accept for an array type besides its stored JSON or literal text. */
export type ArrayValue = readonly unknown[];

export const OID = {
  /** The pseudo-type of a function with no result: its value prints as the empty string. */
  void: 2278,
  int2vector: 22,
  oidvector: 30,
  bool: 16,
  bytea: 17,
  char: 18,
  name: 19,
  int8: 20,
  int2: 21,
  int4: 23,
  regproc: 24,
  regprocedure: 2202,
  regoper: 2203,
  regoperator: 2204,
  aclitem: 1033,
  aclitem_array: 1034,
  text: 25,
  oid: 26,
  json: 114,
  xml: 142,
  float4: 700,
  float8: 701,
  unknown: 705,
  record: 2249,
  bpchar: 1042,
  varchar: 1043,
  date: 1082,
  time: 1083,
  timetz: 1266,
  bit: 1560,
  varbit: 1562,
  money: 790,
  pg_lsn: 3220,
  timestamp: 1114,
  timestamptz: 1184,
  interval: 1186,
  numeric: 1700,
  regclass: 2205,
  regtype: 2206,
  uuid: 2950,
  inet: 869,
  cidr: 650,
  /** The citext extension's type: an OID of the user range, as CREATE EXTENSION gives it (dialect/catalog/oids.ts objectOid('type', 'citext')). */
  citext: 728376130,
  /** The hstore extension's type and its array type, likewise (objectOid('type', 'hstore'), objectOid('type', '_hstore')). */
  hstore: 597718944,
  hstore_array: 2063230211,
  jsonb: 3802,
  jsonpath: 4072,
  tsvector: 3614,
  tsquery: 3615,
  regconfig: 3734,
  regnamespace: 4089,
  regrole: 4096,
  xid: 28,
  cid: 29,
  xid8: 5069,
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
  regtype_array: 2211,
  record_array: 2287,
  timestamp_array: 1115,
  date_array: 1182,
  time_array: 1183,
  timestamptz_array: 1185,
  interval_array: 1187,
  numeric_array: 1231,
  uuid_array: 2951,
  inet_array: 1041,
  cidr_array: 651,
  jsonb_array: 3807,
  bit_array: 1561,
  money_array: 791,
  pg_lsn_array: 3221,
  xid_array: 1011,
  cid_array: 1012,
  xid8_array: 271,
  timetz_array: 1270,
  varbit_array: 1563,
  int4range: 3904,
  numrange: 3906,
  tsrange: 3908,
  tstzrange: 3910,
  daterange: 3912,
  int8range: 3926,
  int4range_array: 3905,
  numrange_array: 3907,
  tsrange_array: 3909,
  tstzrange_array: 3911,
  daterange_array: 3913,
  int8range_array: 3927,
  int4multirange: 4451,
  nummultirange: 4532,
  tsmultirange: 4533,
  tstzmultirange: 4534,
  datemultirange: 4535,
  int8multirange: 4536,
} as const;

/** typmod is -1 when there is none; otherwise encoded exactly as PostgreSQL encodes it. */
export interface PgTypeInfo {
  oid: number;
  typmod: number;
}

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
defineType(OID.regprocedure, 'regprocedure', 4);
defineType(OID.regoper, 'regoper', 4);
defineType(OID.regoperator, 'regoperator', 4);
// The catalog's ACLs (relacl, nspacl, datacl), kept as PostgreSQL prints each item: 'r=arw/postgres'.
defineType(OID.aclitem, 'aclitem', 16, OID.aclitem_array);
defineType(OID.text, 'text', -1, OID.text_array);
defineType(OID.oid, 'oid', 4, OID.oid_array);
// The catalog's vectors (pg_index.indkey, indclass), stored as PostgreSQL prints them: '1 2'.
defineType(OID.int2vector, 'int2vector', -1);
defineType(OID.oidvector, 'oidvector', -1);
defineType(OID.json, 'json', -1, OID.json_array);
defineType(OID.xml, 'xml', -1);
defineType(OID.float4, 'float4', 4, OID.float4_array);
defineType(OID.float8, 'float8', 8, OID.float8_array);
defineType(OID.unknown, 'unknown', -2);
defineType(OID.bpchar, 'bpchar', -1, OID.bpchar_array);
defineType(OID.varchar, 'varchar', -1, OID.varchar_array);
defineType(OID.date, 'date', 4, OID.date_array);
defineType(OID.time, 'time', 8, OID.time_array);
// Stored as timetz_out prints it (pg/types/timetz.ts).
defineType(OID.timetz, 'timetz', 12, OID.timetz_array);
defineType(OID.timestamp, 'timestamp', 8, OID.timestamp_array);
defineType(OID.timestamptz, 'timestamptz', 8, OID.timestamptz_array);
defineType(OID.interval, 'interval', 16, OID.interval_array);
defineType(OID.numeric, 'numeric', -1, OID.numeric_array);
defineType(OID.regclass, 'regclass', 4);
defineType(OID.regtype, 'regtype', 4, OID.regtype_array);
defineType(OID.uuid, 'uuid', 16, OID.uuid_array);
// Bit strings, stored as the text bit_out prints ('0101'): its binary order is bitcmp's.
defineType(OID.bit, 'bit', -1, OID.bit_array);
defineType(OID.varbit, 'varbit', -1, OID.varbit_array);
// A count of cents (pg/types/money.ts).
defineType(OID.money, 'money', 8, OID.money_array);
// A WAL position as an unsigned count of bytes (pg/types/lsn.ts).
defineType(OID.pg_lsn, 'pg_lsn', 8, OID.pg_lsn_array);
defineType(OID.inet, 'inet', -1, OID.inet_array);
defineType(OID.cidr, 'cidr', -1, OID.cidr_array);
defineType(OID.citext, 'citext', -1);
defineType(OID.hstore, 'hstore', -1, OID.hstore_array);
defineType(OID.jsonb, 'jsonb', -1, OID.jsonb_array);
defineType(OID.jsonpath, 'jsonpath', -1);
// Stored as tsvectorout and tsqueryout print them (pg/text-search/).
defineType(OID.tsvector, 'tsvector', -1);
defineType(OID.tsquery, 'tsquery', -1);
// Only as a text search configuration argument is written in a view's or index's definition ('english'::regconfig).
defineType(OID.regconfig, 'regconfig', 4);
defineType(OID.regnamespace, 'regnamespace', 4);
defineType(OID.regrole, 'regrole', 4);
// Transaction and command IDs (pg/types/xid.ts).
defineType(OID.xid, 'xid', 4, OID.xid_array);
defineType(OID.cid, 'cid', 4, OID.cid_array);
defineType(OID.xid8, 'xid8', 8, OID.xid8_array);
for (const name of ['int4range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'int8range'] as const) defineType(OID[name], name, -1, OID[`${name}_array`]);
// Stored as multirange_out prints them under UTC (pg/types/multirange.ts).
for (const name of ['int4multirange', 'nummultirange', 'tsmultirange', 'tstzmultirange', 'datemultirange', 'int8multirange'] as const) defineType(OID[name], name, -1);
// An anonymous row (`SELECT row(1, 'a')`), held as the text record_out prints.
defineType(OID.record, 'record', -1, OID.record_array);

/**
 * The array type of a type a schema defines (a composite type, dialect/catalog/composites.ts), so
 * that the array code finds its element type as it finds a built-in one's. Both OIDs derive from
 * the type's name: a type dropped and made again has the same ones.
 */
export function defineArrayType(elemOid: number, arrayOid: number, elemName: string): void {
  if (TYPES.has(arrayOid)) return;
  TYPES.set(arrayOid, { name: '_' + elemName, len: -1, elem: elemOid });
  ARRAY_OF.set(elemOid, arrayOid);
}

const USER_DECLARED = new Map<string, number>();

/**
 * A type a schema defines whose values evsql keeps as a built-in type's are kept (a range type of
 * the user's, pg/types/range.ts): its name reads as its OID in a declared type, format_type prints
 * it. Its OID derives from its name, so a type dropped and made again has the same one.
 */
export function defineUserType(oid: number, name: string): void {
  TYPES.set(oid, { name, len: -1, elem: 0 });
  USER_DECLARED.set(name, oid);
}

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
  if (meta.elem !== 0) {
    // An array of a type a schema defines (defineArrayType) is as unknown here as its element: its callers look both up in the catalog.
    const element = formatType(meta.elem, typmod);
    return element === '???' ? element : element + '[]';
  }
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
    case OID.timetz:
      return typmod >= 0 ? `time(${typmod}) with time zone` : 'time with time zone';
    case OID.timestamp:
      return typmod >= 0 ? `timestamp(${typmod}) without time zone` : 'timestamp without time zone';
    case OID.timestamptz:
      return typmod >= 0 ? `timestamp(${typmod}) with time zone` : 'timestamp with time zone';
    case OID.interval:
      return 'interval' + intervalTypmodText(typmod);
    case OID.bit:
      return typmod >= 0 ? `bit(${typmod})` : 'bit';
    case OID.varbit:
      return typmod >= 0 ? `bit varying(${typmod})` : 'bit varying';
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

export function numericPrecision(typmod: number): number {
  return ((typmod - 4) >> 16) & 0xffff;
}

/** The declared scale, which PostgreSQL 15 allows to be negative (11-bit two's complement). */
export function numericScale(typmod: number): number {
  return (((typmod - 4) & 0x7ff) ^ 1024) - 1024;
}

const DECLARED = new Map<string, number>([
  ['int2vector', OID.int2vector],
  ['oidvector', OID.oidvector],
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
  ['timetz', OID.timetz],
  ['time with time zone', OID.timetz],
  ['timestamp', OID.timestamp],
  ['timestamp without time zone', OID.timestamp],
  ['timestamptz', OID.timestamptz],
  ['timestamp with time zone', OID.timestamptz],
  ['interval', OID.interval],
  ['json', OID.json],
  ['jsonb', OID.jsonb],
  // As SQLite's CREATE TABLE declares them (dialect/translate/ddl.ts sqliteTypeName): of TEXT affinity.
  ['json text', OID.json],
  ['jsonb text', OID.jsonb],
  ['jsonpath', OID.jsonpath],
  ['money', OID.money],
  ['pg_lsn', OID.pg_lsn],
  ['bit', OID.bit],
  ['varbit', OID.varbit],
  ['bit varying', OID.varbit],
  // As SQLite's CREATE TABLE declares them (ddl.ts sqliteTypeName, `bit text(8)`): of TEXT
  // affinity, not NUMERIC's, which would store '0101' as the integer 101.
  ['bit text', OID.bit],
  ['varbit text', OID.varbit],
  ['tsvector', OID.tsvector],
  ['tsquery', OID.tsquery],
  ['uuid', OID.uuid],
  ['inet', OID.inet],
  ['cidr', OID.cidr],
  ['citext', OID.citext],
  ['hstore', OID.hstore],
  ['name', OID.name],
  ['oid', OID.oid],
  ['xml', OID.xml],
  ['regproc', OID.regproc],
  ['regprocedure', OID.regprocedure],
  ['regoper', OID.regoper],
  ['regoperator', OID.regoperator],
  ['aclitem', OID.aclitem],
  ['regclass', OID.regclass],
  ['regtype', OID.regtype],
  ['regnamespace', OID.regnamespace],
  ['regrole', OID.regrole],
  ['xid', OID.xid],
  ['cid', OID.cid],
  ['xid8', OID.xid8],
  ...(['int4range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'int8range'] as const).map((name): [string, number] => [name, OID[name]]),
  ...(['int4multirange', 'nummultirange', 'tsmultirange', 'tstzmultirange', 'datemultirange', 'int8multirange'] as const).map((name): [string, number] => [name, OID[name]]),
]);

/** Whether a type name (the parser's last name part) is one the registry declares, serial and its kin included. */
export function isDeclaredTypeName(name: string): boolean {
  return DECLARED.has(name);
}

const MAX_CHAR_LENGTH = 10485760;
/** PostgreSQL's MaxAttrSize in bits (VARBITMAXLEN's bound in anybit_typmodin). */
const MAX_BIT_LENGTH = 83886080;
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
  const oid = DECLARED.get(name) ?? (args.length ? undefined : USER_DECLARED.get(name));
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
    case OID.timetz:
    case OID.timestamp:
    case OID.timestamptz:
      return { oid, typmod: args.length ? Math.min(args[0], MAX_TIME_PRECISION) : -1 };
    case OID.bit:
    case OID.varbit:
      return { oid, typmod: args.length ? bitTypmod(args[0]!, oid) : -1 };
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

/** bit(n) and varbit(n): the typmod is n itself (anybit_typmodin). */
function bitTypmod(n: number, oid: number): number {
  const label = oid === OID.bit ? 'bit' : 'bit varying';
  if (n < 1) throw new PgError(SqlState.invalidParameterValue, `length for type ${label} must be at least 1`);
  if (n > MAX_BIT_LENGTH) throw new PgError(SqlState.invalidParameterValue, `length for type ${label} cannot exceed ${MAX_BIT_LENGTH}`);
  return n;
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
  // Two numbers are the grammar's typmods: the field range's bits, then the precision (`interval(0)` is (32767,0)).
  const range = args.length === 2 && fields === '' ? args[0] : fields === '' ? INTERVAL_FULL_RANGE : INTERVAL_FIELDS.find(([name]) => name === fields)?.[1];
  if (range === undefined) return { oid: OID.interval, typmod: -1 };
  const given = args.length === 2 ? args[1] : args[0];
  const precision = given === undefined || given === INTERVAL_FULL_PRECISION ? INTERVAL_FULL_PRECISION : Math.min(given, MAX_TIME_PRECISION);
  if (range === INTERVAL_FULL_RANGE && precision === INTERVAL_FULL_PRECISION) return { oid: OID.interval, typmod: -1 };
  return { oid: OID.interval, typmod: (range << 16) | precision };
}

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
