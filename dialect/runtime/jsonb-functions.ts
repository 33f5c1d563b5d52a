/**
 * jsonb's operators and functions that edit or search a document, over pg/types/json.ts's parsed
 * form so numbers keep their text: `||`, `-`, `#-`, `?`, `?|`, `?&`, jsonb_set, jsonb_insert,
 * jsonb_strip_nulls, jsonb_pretty, jsonb_typeof, jsonb_array_length, and the jsonpath functions
 * (`@?`, `@@`, jsonb_path_query…). Deterministic.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import { type JsonNode, JsonNumber, JsonObject, jsonbText, jsonSourceStep, parseJson } from '../../pg/types/json.js';
import {
  jsonbAssignPath,
  jsonbConcat,
  jsonbDeleteIndex,
  jsonbDeleteKey,
  jsonbDeleteKeys,
  jsonbDeletePath,
  jsonbExists,
  jsonbPretty,
  jsonbSetPath,
  jsonbStripNulls,
  jsonbTypeof,
  pathKeys,
} from '../../pg/types/jsonb-edit.js';
import { type JsonPath, type ZoneShift, jsonPathMatch, jsonPathQuery, parseJsonPath } from '../../pg/types/jsonpath.js';
import { OID, type SqliteValue } from '../../pg/types/registry.js';
import { encodeText } from '../../pg/types/text-format.js';
import { USEC_PER_DAY, formatTimestamptzOut, fromLocal, parseTimestamp, zoneIsUtc } from '../../pg/types/timestamp.js';
import { PG_EPOCH_DAYS } from '../../pg/types/calendar.js';
import { decodeArrayText } from '../../pg/types/array.js';
import { text, textArrayArgument } from './arguments.js';
import { decimalText, parseDecimal, roundDecimal } from '../../pg/types/numeric.js';

const doc = (v: SqliteValue): JsonNode => parseJson(text(v));
const keysOf = (v: SqliteValue): string[] => pathKeys(textArrayArgument(v));
const truth = (b: boolean | null): SqliteValue => (b === null ? null : b ? 1n : 0n);

/**
 * A jsonpath function's run: the path parsed first (its syntax errors are never silenced), vars a
 * jsonb object, and with silent true the evaluation's data errors answer `quiet` instead.
 */
function pathRun<T>(args: SqliteValue[], run: (d: JsonNode, path: JsonPath, vars: JsonNode) => T, quiet: T): T {
  const [target, path, vars, silent] = args;
  const p = parseJsonPath(text(path!));
  const v = vars === undefined ? new JsonObject([]) : doc(vars);
  if (!(v instanceof JsonObject)) throw new PgError(SqlState.invalidParameterValue, '"vars" argument is not an object');
  try {
    return run(doc(target!), p, v);
  } catch (e) {
    if (silent !== undefined && Number(silent) !== 0 && e instanceof PgError && e.code.startsWith('22')) return quiet;
    throw e;
  }
}

/** A timestamp as JSON writes it (ISO 8601, `T` between date and time). */
function jsonDateTime(v: string, tz: boolean): string {
  if (tz && !zoneIsUtc()) {
    // In the session's zone with its offset, hours and minutes always: '2024-03-10T08:00:00-04:00'; ISO in any DateStyle.
    const m = /^(\S+) (\S+?)([+-]\d\d(?::\d\d){0,2})( BC)?$/.exec(formatTimestamptzOut(parseTimestamp(v, true)));
    return m ? `${m[1]}T${m[2]}${m[3]!.length === 3 ? m[3] + ':00' : m[3]}${m[4] ?? ''}` : v;
  }
  const m = /^(\S+) (\S+?)(\+00)?( BC)?$/.exec(v);
  return m ? `${m[1]}T${m[2]}${tz ? '+00:00' : ''}${m[4] ?? ''}` : v;
}

/** A document written compactly (array_to_json's `[1,2]`), its strings and numbers mapped. */
function compactJson(node: JsonNode, string: (s: string) => string, number = (raw: string) => raw): string {
  if (Array.isArray(node)) return `[${node.map((x) => compactJson(x, string, number)).join(',')}]`;
  if (typeof node === 'string') return JSON.stringify(string(node));
  if (node instanceof JsonObject) return `{${node.entries.map(([k, x]) => `${JSON.stringify(k)}:${compactJson(x, string, number)}`).join(',')}}`;
  return node instanceof JsonNumber ? number(node.raw) : JSON.stringify(node);
}

/** A JSON number's text at its least scale (`1.50` → `1.5`), so numbers equal in value have one text. */
function numberKey(raw: string): string {
  const d = parseDecimal(raw);
  if (!d) return raw;
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return decimalText({ units, scale });
}

/** A json[]'s stored form (nested arrays of each element's text) as JSON whose elements are those texts' JSON. */
function jsonOfJsonTexts(node: JsonNode): string {
  if (Array.isArray(node)) return `[${node.map(jsonOfJsonTexts).join(',')}]`;
  return typeof node === 'string' ? node : 'null';
}

/** json_strip_nulls: object members whose value is null left out, at every depth; array elements kept. */
function jsonStripNulls(node: JsonNode): JsonNode {
  if (Array.isArray(node)) return node.map(jsonStripNulls);
  if (node instanceof JsonObject) return new JsonObject(node.entries.filter(([, x]) => x !== null).map(([k, x]) => [k, jsonStripNulls(x)]));
  return node;
}

/** A text[] argument's items, nested for two dimensions: evsql's JSON or an array literal. */
function textItems(v: SqliteValue): unknown[] {
  const s = text(v).trim();
  return JSON.parse(s.startsWith('[') ? s : decodeArrayText(s, OID.text, (x) => x)) as unknown[];
}

/**
 * json_object / jsonb_object: keys and values alternating in one text[], as [key, value] rows of
 * a two-dimensional one, or from two text[]s; every value a string (or null). json keeps each
 * pair as given (`{"a" : "1"}`); jsonb's object is jsonb's.
 */
function jsonObject(a: SqliteValue, b: SqliteValue | undefined, jsonb: boolean): string {
  const arrayError = (message: string) => new PgError('2202E', message);
  let pairs: Array<[unknown, unknown]>;
  if (b !== undefined) {
    const [keys, values] = [textItems(a), textItems(b)];
    if (keys.some(Array.isArray) || values.some(Array.isArray)) throw arrayError('wrong number of array subscripts');
    if (keys.length !== values.length) throw arrayError('mismatched array dimensions');
    pairs = keys.map((k, i) => [k, values[i]]);
  } else {
    const items = textItems(a);
    if (items.some(Array.isArray)) {
      if (!items.every((row) => Array.isArray(row) && row.length === 2 && !row.some(Array.isArray))) throw arrayError(items.some((row) => Array.isArray(row) && row.some(Array.isArray)) ? 'wrong number of array subscripts' : 'array must have two columns');
      pairs = (items as unknown[][]).map((row) => [row[0], row[1]]);
    } else {
      if (items.length % 2) throw arrayError('array must have even number of elements');
      pairs = Array.from({ length: items.length / 2 }, (_, i) => [items[2 * i], items[2 * i + 1]]);
    }
  }
  if (pairs.some(([k]) => k === null)) throw new PgError(SqlState.nullValueNotAllowed, 'null value not allowed for object key');
  const entries = pairs.map(([k, v]): [string, JsonNode] => [String(k), v === null ? null : String(v)]);
  if (jsonb) return jsonbText(new JsonObject(entries));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)} : ${v === null ? 'null' : JSON.stringify(v)}`).join(', ')}}`;
}

export function registerJsonbFunctions(db: Database.Database): void {
  /** A function of non-null arguments: null in, null out, as PostgreSQL's strict functions. */
  const strict = (name: string, impl: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, { deterministic: true, safeIntegers: true, varargs: true }, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : impl(...args))) as (...args: unknown[]) => unknown);
  db.function('pg_json_object', { deterministic: true, safeIntegers: true, varargs: true }, ((jsonb: SqliteValue, a: SqliteValue, b?: SqliteValue) =>
    a === null || b === null ? null : jsonObject(a, b, jsonb === 1n)) as (...args: unknown[]) => unknown);
  // A timestamp in JSON as PostgreSQL writes it (ISO 8601: 'T', the offset as +00:00).
  strict('pg_json_datetime', (v, tz) => jsonDateTime(text(v), Number(tz) !== 0));
  // array_to_json of a timestamp[] or timestamptz[]: its elements as to_json writes each.
  // jsonb as GROUP BY, DISTINCT and set operations compare it (jsonb_cmp): numbers by value, `1.0` and `1` one key.
  strict('pg_jsonb_key', (v) => compactJson(doc(v), (s) => s, numberKey));
  strict('pg_json_of_json_array', (v) => jsonOfJsonTexts(parseJson(text(v))));
  strict('pg_json_datetime_array', (v, tz) => compactJson(parseJson(text(v)), (s) => jsonDateTime(s, Number(tz) !== 0)));
  // array_to_json of a float8[] or float4[]: each number as the type's output prints it ('1.5e-07', a real's '0.1').
  strict('pg_json_float_array', (v, oid) => compactJson(parseJson(text(v)), (s) => s, (raw) => encodeText(Number(raw), Number(oid))!));
  // array_to_json(a, true): a line break after each element of the outer dimension (array_dim_to_json).
  strict('pg_json_pretty_array', (v, pretty) => {
    const node = parseJson(text(v));
    return Number(pretty) !== 0 && Array.isArray(node) ? `[${node.map((x) => compactJson(x, (s) => s)).join(',\n ')}]` : text(v);
  });
  // A numeric's text as a JSON value: NaN and the infinities are strings, as to_json writes them
  // (SQLite's json() reads them as JSON5's null and 9e999).
  strict('pg_json_numeric', (v) => {
    const s = text(v);
    return /\d$/.test(s) ? s : JSON.stringify(s);
  });
  // array_to_json of a numeric(p,s)[]: each element at the column's scale, as numeric_out prints it.
  strict('pg_json_numeric_array', (v, scale) =>
    compactJson(parseJson(text(v)), (s) => s, (raw) => {
      const d = parseDecimal(raw);
      return d ? decimalText(roundDecimal(d, Number(scale), false)) : raw;
    }),
  );

  strict('pg_jsonb_concat', (a, b) => jsonbText(jsonbConcat(doc(a), doc(b))));
  strict('pg_jsonb_delete', (a, key) => jsonbText(typeof key === 'bigint' || typeof key === 'number' ? jsonbDeleteIndex(doc(a), Number(key)) : jsonbDeleteKey(doc(a), text(key))));
  strict('pg_jsonb_delete_keys', (a, keys) => jsonbText(jsonbDeleteKeys(doc(a), keysOf(keys))));
  strict('pg_jsonb_delete_path', (a, path) => jsonbText(jsonbDeletePath(doc(a), keysOf(path))));
  strict('pg_jsonb_exists', (a, key) => truth(jsonbExists(doc(a), text(key))));
  strict('pg_jsonb_exists_any', (a, keys) => {
    const d = doc(a);
    return truth(textArrayArgument(keys).some((k) => k !== null && jsonbExists(d, k)));
  });
  strict('pg_jsonb_exists_all', (a, keys) => {
    const d = doc(a);
    return truth(textArrayArgument(keys).every((k) => k !== null && jsonbExists(d, k)));
  });
  strict('pg_jsonb_set', (target, path, value, create) =>
    jsonbText(jsonbSetPath(doc(target), keysOf(path), doc(value), 'replace', create === undefined || Number(create) !== 0)),
  );
  // jsonb_set_lax: jsonb_set, but an SQL NULL value is treated as null_value_treatment says.
  db.function('pg_jsonb_set_lax', { deterministic: true, safeIntegers: true, varargs: true }, ((target: SqliteValue, path: SqliteValue, value: SqliteValue, create: SqliteValue = 1n, treatment: SqliteValue = 'use_json_null') => {
    const treatments = ['delete_key', 'return_target', 'use_json_null', 'raise_exception'];
    const invalid = () => new PgError(SqlState.invalidParameterValue, 'null_value_treatment must be "delete_key", "return_target", "use_json_null", or "raise_exception"');
    if (treatment === null) throw invalid();
    if (target === null || path === null || create === null) return null;
    const set = (v: JsonNode) => jsonbText(jsonbSetPath(doc(target), keysOf(path), v, 'replace', Number(create) !== 0));
    if (value !== null) return set(doc(value));
    switch (treatments.indexOf(text(treatment))) {
      case 0:
        return jsonbText(jsonbDeletePath(doc(target), keysOf(path)));
      case 1:
        return jsonbText(doc(target));
      case 2:
        return set(null);
      case 3:
        throw new PgError(SqlState.nullValueNotAllowed, 'JSON value must not be null', {
          detail: 'Exception was raised because null_value_treatment is "raise_exception".',
          hint: 'To avoid, either change the null_value_treatment argument or ensure that an SQL NULL is not passed.',
        });
      default:
        throw invalid();
    }
  }) as (...args: unknown[]) => unknown);
  // `SET doc[k1][k2]… = value`: a NULL document starts empty, a NULL value is JSON's null, a NULL key is 22004.
  db.function('pg_jsonb_assign', { deterministic: true, safeIntegers: true, varargs: true }, ((target: SqliteValue, value: SqliteValue, expectArray: SqliteValue, ...keys: SqliteValue[]) =>
    jsonbText(jsonbAssignPath(target === null ? undefined : doc(target), pathKeys(keys.map((k) => (k === null ? null : text(k)))), value === null ? null : doc(value), Number(expectArray) !== 0))) as (...args: unknown[]) => unknown);
  strict('pg_jsonb_insert', (target, path, value, after) =>
    jsonbText(jsonbSetPath(doc(target), keysOf(path), doc(value), after !== undefined && Number(after) !== 0 ? 'after' : 'before', false)),
  );
  strict('pg_jsonb_strip_nulls', (v) => jsonbText(jsonbStripNulls(doc(v))));
  // json's: every member kept in order (duplicates too), printed without spaces, numbers as written.
  strict('pg_json_strip_nulls', (v) => compactJson(jsonStripNulls(parseJson(text(v))), (s) => s));
  strict('pg_jsonb_pretty', (v) => jsonbPretty(doc(v)));
  strict('pg_jsonb_typeof', (v) => jsonbTypeof(doc(v)));
  strict('pg_jsonb_array_length', (v) => {
    const x = doc(v);
    if (!Array.isArray(x)) throw new PgError(SqlState.invalidParameterValue, `cannot get array length of a ${x instanceof JsonObject ? 'non-array' : 'scalar'}`);
    return BigInt(x.length);
  });

  // A record column's text from its object (pg_json_records's value): the key's value as
  // populate_record_field gives it to the column type's input function.
  strict('pg_json_record_field', (object, key, asJson) => {
    const v = jsonSourceStep(text(object), text(key));
    if (v === undefined || v === 'null') return null;
    if (Number(asJson) !== 0 || !v.startsWith('"')) return v;
    const s = JSON.parse(v) as string;
    if (s.includes('\u0000')) throw new PgError('22P05', 'unsupported Unicode escape sequence', { detail: '\\u0000 cannot be converted to text.' });
    return s;
  });
  for (const [suffix, zone] of [['', undefined], ['_tz', sessionZone]] as const) {
    const query = (args: SqliteValue[]) => pathRun(args, (d, p, v) => jsonPathQuery(d, p, v, zone), [] as JsonNode[]);
    strict(`pg_jsonb_path_query_array${suffix}`, (...a) => jsonbText(query(a)));
    strict(`pg_jsonb_path_query_first${suffix}`, (...a) => {
      const items = query(a);
      return items.length === 0 ? null : jsonbText(items[0]!);
    });
    strict(`pg_jsonb_path_exists${suffix}`, (...a) => truth(pathRun(a, (d, p, v) => jsonPathQuery(d, p, v, zone).length > 0, null)));
    strict(`pg_jsonb_path_match${suffix}`, (...a) => truth(pathRun(a, (d, p, v) => jsonPathMatch(d, p, v, zone), null)));
  }
}

/** The session's zone reading a wall-clock time, as timestamp::timestamptz and date::timestamptz read it. */
const sessionZone: ZoneShift = (local) => {
  const days = Math.floor(local / USEC_PER_DAY);
  const utc = fromLocal({ days: days - PG_EPOCH_DAYS, usec: local - days * USEC_PER_DAY });
  return (utc.days + PG_EPOCH_DAYS) * USEC_PER_DAY + utc.usec;
};
