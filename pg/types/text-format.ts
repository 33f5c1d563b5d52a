/**
 * PostgreSQL's text format on the storage convention: each type's output function (encodeText)
 * and input function (decodeTextParam), dispatched by OID.
 */
import { formatMultirange, multirangeRange, parseMultirange } from './multirange.js';
import { hstoreIn } from './hstore.js';
import { jsonPathText, parseJsonPath } from './jsonpath.js';
import { PgError, SqlState } from '../errors.js';
import { arrayText, decodeArrayText } from './array.js';
import { boolText, parseBoolText } from './bool.js';
import { byteaOut, parseByteaText, toBytea } from './bytea.js';
import { decodeFloatText, formatFloat4, formatFloat8, parseFloatText } from './float.js';
import { invalidSyntax } from './input-syntax.js';
import { INT2, INT4, INT8, OIDT, integerText, parseIntegerText } from './integer.js';
import { activeIntervalStyle, formatInterval, intervalOut, parseInterval } from './interval.js';
import { invalidJson, jsonbText, parseJson } from './json.js';
import { decimalStorage, numericText, parseNumericInput } from './numeric.js';
import { OID, arrayElementOid, type ArrayValue, type SqliteValue } from './registry.js';
import { scalarText } from './scalar-text.js';
import {
  clockText,
  formatDate,
  formatTimestamp,
  formatTimestamptzOut,
  isCanonicalTimestamp,
  isCanonicalTimestamptz,
  parseDate,
  parseTime,
  parseTimestamp,
  parseTimetz,
  timestampOut,
  zoneIsUtc,
  dateOut,
  isoDates,
} from './timestamp.js';
import { formatInet, parseInet } from './inet.js';
import { parseBitString } from './bit-string.js';
import { formatMoney, parseMoney } from './money.js';
import { formatLsn, parseLsn } from './lsn.js';
import { parseXid, parseXid8 } from './xid.js';
import { formatTimetz } from './timetz.js';
import { parseUuidText, uuidFromBytes } from './uuid.js';
import { formatTsquery, parseTsquery } from '../text-search/tsquery.js';
import { formatTsvector, parseTsvector } from '../text-search/tsvector.js';
import { formatRange, parseRange, rangeSubtype } from './range.js';

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
    case OID.regprocedure:
    case OID.regoper:
    case OID.regoperator:
    case OID.regclass:
    case OID.regtype:
    case OID.regnamespace:
    case OID.regrole:
    case OID.xid:
    case OID.cid:
    case OID.xid8:
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
    case OID.time:
    case OID.timetz:
      return typeof value === 'string' ? value : scalarText(value);
    case OID.money:
      // An array's element may still be the text it was written as.
      return formatMoney(typeof value === 'string' ? parseMoney(value) : BigInt(value as bigint));
    case OID.pg_lsn:
      // An array's element comes as its JSON number's digits.
      return formatLsn(typeof value === 'string' ? (/^\d+$/.test(value) ? BigInt(value) : parseLsn(value)) : BigInt(value as bigint));
    case OID.date:
      return dateOut(typeof value === 'string' ? value : scalarText(value));
    case OID.interval:
      return intervalOut(typeof value === 'string' ? value : scalarText(value));
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
      return byteaOut(toBytea(value));
    case OID.timestamptz:
      if (!isoDates()) return styledTimestamp(value, true);
      if (!zoneIsUtc()) return normalizedOr(value, (s) => formatTimestamptzOut(parseTimestamp(s, true)));
      return typeof value === 'string' && isCanonicalTimestamptz(value)
        ? value
        : normalizedOr(value, (s) => formatTimestamp(parseTimestamp(s, true), true));
    case OID.timestamp:
      if (!isoDates()) return styledTimestamp(value, false);
      return typeof value === 'string' && isCanonicalTimestamp(value)
        ? value
        : normalizedOr(value, (s) => formatTimestamp(parseTimestamp(s, false), false));
    case OID.uuid:
      return Buffer.isBuffer(value) && value.length === 16 ? uuidFromBytes(value) : scalarText(value);
    case OID.tstzrange:
    case OID.tsrange:
    case OID.daterange:
      // Its bounds print in the session's TimeZone and DateStyle.
      return (oid !== OID.tstzrange || zoneIsUtc()) && isoDates() ? scalarText(value) : formatRange(parseRange(scalarText(value), oid, decodeTextParam), (v) => encodeText(v, rangeSubtype(oid))!);
    default: {
      const elem = arrayElementOid(oid);
      if (elem === 0) return scalarText(value);
      // An array's text keeps its elements' stored forms, which another DateStyle or IntervalStyle prints otherwise.
      if (typeof value === 'string' && value.startsWith('{') && (elem === OID.interval ? activeIntervalStyle() !== 'postgres' : DATE_TIMES.has(elem) && !isoDates())) {
        return arrayText(decodeArrayText(value, elem, decodeTextParam), elem, typmod, encodeText);
      }
      return arrayText(value, elem, typmod, encodeText);
    }
  }
}

const DATE_TIMES = new Set<number>([OID.date, OID.timestamp, OID.timestamptz]);

/** A value's text output function: encodeText, or another that a session's output style selects. */
export type TextEncoder = (value: SqliteValue | ArrayValue, oid: number, typmod?: number) => string | null;

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
  // A low surrogate belongs to the character before it; most strings have none, and the regular
  // expression finds that out natively (a loop here cost a twentieth of a range read's time).
  const chars = LOW_SURROGATE.test(s) ? s.length - s.match(LOW_SURROGATES)!.length : s.length;
  return chars < n ? s + ' '.repeat(n - chars) : s;
}

const LOW_SURROGATE = /[\udc00-\udfff]/;
const LOW_SURROGATES = /[\udc00-\udfff]/g;

/** A stored timestamp in a DateStyle other than ISO: as it is where it does not parse, but refused where evsql cannot print it. */
function styledTimestamp(value: SqliteValue | ArrayValue, withTz: boolean): string {
  const s = scalarText(value);
  let ts: ReturnType<typeof parseTimestamp>;
  try {
    ts = parseTimestamp(s, withTz);
  } catch {
    return s;
  }
  return timestampOut(ts, withTz);
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

/**
 * A text-format parameter or literal of a known type, validated as PostgreSQL's input function
 * validates it and converted to the storage convention. 'now', 'today' and other input that
 * depends on the clock is not accepted here: the caller must resolve it deterministically.
 */
export function decodeTextParam(text: string, oid: number): SqliteValue {
  switch (oid) {
    // char(n) is kept without its padding (typed-sql.ts asText), so trailing blanks do not count.
    case OID.bpchar:
      return text.replace(/ +$/, '');
    case 0:
    case OID.text:
    case OID.varchar:
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
    case OID.regprocedure:
    case OID.regoper:
    case OID.regoperator:
    case OID.regclass:
    case OID.regtype:
    case OID.regnamespace:
    case OID.regrole:
      // A name needs the catalog to resolve; only a numeric OID is decoded here.
      return /^\s*\d+\s*$/.test(text) ? parseIntegerText(text, OIDT) : text;
    case OID.char:
      return charFirstByte(text);
    case OID.bool: {
      const b = parseBoolText(text);
      if (b === undefined) throw invalidSyntax('boolean', text);
      return b ? 1 : 0;
    }
    case OID.float8:
      return decodeFloatText(text, false);
    case OID.float4:
      return decodeFloatText(text, true);
    case OID.numeric:
      return decimalStorage(parseNumericInput(text));
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
    case OID.inet:
    case OID.cidr:
      return formatInet(parseInet(text, oid === OID.cidr), oid === OID.cidr);
    case OID.bit:
    case OID.varbit:
      return parseBitString(text);
    case OID.money:
      return parseMoney(text);
    case OID.pg_lsn:
      return parseLsn(text);
    case OID.xid:
    case OID.cid:
      return parseXid(text);
    case OID.xid8:
      return parseXid8(text);
    case OID.timetz:
      return formatTimetz(parseTimetz(text));
    case OID.citext:
      // SQLite's NOCASE folds ASCII letters only: a letter beyond ASCII would compare as citext's lower() does not.
      if ([...text].some((c) => c > '\x7f' && c.toLowerCase() !== c.toUpperCase())) {
        throw new PgError(SqlState.featureNotSupported, 'citext values with letters beyond ASCII are not supported by evsql');
      }
      return text;
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
    case OID.jsonpath:
      return jsonPathText(parseJsonPath(text));
    case OID.hstore:
      return hstoreIn(text);
    case OID.tsvector:
      return formatTsvector(parseTsvector(text));
    case OID.tsquery:
      return formatTsquery(parseTsquery(text, () => {
        // tsqueryin's NOTICE for a query without lexemes has no client here (casts go through pg_tsquery_in).
        throw new PgError(SqlState.featureNotSupported, 'a tsquery without lexemes (with tsqueryin\'s NOTICE) as a value here is not supported by evsql');
      }));
    default: {
      if (rangeSubtype(oid) !== 0) return formatRange(parseRange(text, oid, decodeTextParam));
      if (multirangeRange(oid) !== 0) return formatMultirange(parseMultirange(text, oid, decodeTextParam));
      const elem = arrayElementOid(oid);
      return elem === 0 ? text : decodeArrayText(text, elem, decodeTextParam);
    }
  }
}

/**
 * "char" keeps its input's first byte, as charin does; charout prints a byte with the high bit set
 * in octal (`'é'::"char"` is `\303`), which is kept as the stored text.
 */
export function charFirstByte(text: string): string {
  if (text === '') return '';
  const code = text.codePointAt(0)!;
  return code < 128 ? String.fromCodePoint(code) : '\\' + Buffer.from(String.fromCodePoint(code))[0]!.toString(8);
}
