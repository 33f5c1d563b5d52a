/**
 * PostgreSQL's set-returning functions in FROM, as SQLite table-valued functions registered on
 * every connection of every replica (the translator's side is dialect/translate/table-functions.ts).
 * Deterministic: every replica yields the same rows for the same arguments.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import * as dt from '../../pg/datetime.js';
import { JsonObject, type JsonNode, jsonbText, jsonSourceMembers, parseJson } from '../../pg/types/json.js';
import { decimalText, displayText, numericSpecial, parseDecimal, rescale, type Decimal } from '../../pg/types/numeric.js';
import { displayColumn } from '../catalog/numeric-display.js';
import { formatTimestamp, parseTimestamp, timestampMicros } from '../../pg/types/timestamp.js';
import { pgRegex, regexpSplit } from './typed-functions.js';
import { KEYWORDS } from './keywords.js';
import { splitString } from './array-functions.js';
import { WEIGHT_LETTERS, parseTsvector } from '../../pg/text-search/tsvector.js';

/**
 * Parameters of a table-valued function are hidden columns of it: their names must not capture a
 * column of the query's tables that an argument names (`unnest(tags)` over a table with `start`).
 */

/** How often a long series looks for a cancel or statement timeout. */
const CANCEL_CHECK_ROWS = 8192n;

/** `scope` is the running request's (sql-functions.ts): a long series stops when it is cancelled. */
const KEYWORD_ROWS = KEYWORDS.trim().split(/\s+/).reduce<Array<[string, string]>>((rows, piece, i, all) => (i % 2 === 0 ? [...rows, [piece, all[i + 1]!]] : rows), []);
const KEYWORD_CATEGORY: Record<string, string> = {
  U: 'unreserved',
  C: 'unreserved (cannot be function or type name)',
  T: 'reserved (can be function or type name)',
  R: 'reserved',
};

export function registerTableFunctions(db: Database.Database, scope: () => { cancelled: () => boolean }): void {
  db.function('pg_series_length', { deterministic: true, safeIntegers: true }, seriesLength as (...args: unknown[]) => unknown);
  // jsonb_each(_text), jsonb_array_elements(_text), jsonb_object_keys (and json_*): text mode
  // gives strings unquoted and JSON null as NULL.
  const valueOf = (node: JsonNode, asText: boolean): SqliteValue => (asText && typeof node === 'string' ? node : asText && node === null ? null : jsonbText(node));
  // json's (not jsonb's) values are their source text, spaces and number digits kept.
  const sourceValue = (source: string, asText: boolean): SqliteValue => {
    const node = parseJson(source);
    return asText && (typeof node === 'string' || node === null) ? valueOf(node, true) : source;
  };
  db.function('pg_json_count', { deterministic: true, safeIntegers: true }, ((doc: SqliteValue, keys: SqliteValue) => {
    if (doc === null) return null;
    const node = parseJson(String(doc));
    return BigInt(keys !== 0n ? (node instanceof JsonObject ? node.entries.length : 0) : Array.isArray(node) ? node.length : 0);
  }) as (...args: unknown[]) => unknown);
  // regexp_matches (each match's groups as text[], every match with the g flag) and regexp_split_to_table.
  db.table('pg_regexp_rows', {
    columns: ['value', 'ordinality'],
    parameters: ['__evsql_s', '__evsql_pattern', '__evsql_flags', '__evsql_split'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [str, pattern, flags, split] = params as SqliteValue[];
      if (str === null || pattern === null) return;
      const f = flags === null ? '' : String(flags);
      let n = 0n;
      if (split !== 0n) {
        for (const part of regexpSplit(String(str), String(pattern), f, 'regexp_split_to_table')) yield [part, ++n];
        return;
      }
      const re = pgRegex(String(pattern), f, f.includes('g'));
      const matches = f.includes('g') ? [...String(str).matchAll(re)] : [re.exec(String(str))].filter((m) => m !== null);
      for (const m of matches) yield [JSON.stringify(m!.length > 1 ? m!.slice(1).map((g) => g ?? null) : [m![0]]), ++n];
    },
  });
  // A NULL argument comes as an empty blob: a table-valued function's NULL argument matches no row.
  db.table('pg_string_rows', {
    columns: ['value', 'ordinality'],
    parameters: ['__evsql_s', '__evsql_sep', '__evsql_null'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [str, sep, nullText] = (params as SqliteValue[]).map((p) => (Buffer.isBuffer(p) ? null : p));
      if (str === null) return;
      let n = 0n;
      for (const part of splitString(String(str), sep!, nullText)) yield [part, ++n];
    },
  });
  db.table('pg_get_keywords', {
    columns: ['word', 'catcode', 'barelabel', 'catdesc', 'baredesc'],
    safeIntegers: true,
    *rows() {
      for (const [word, code] of KEYWORD_ROWS) {
        const bare = !code.endsWith('*');
        yield [word, code[0]!, bare ? 1n : 0n, KEYWORD_CATEGORY[code[0]!]!, bare ? 'can be bare label' : 'requires AS'];
      }
    },
  });
  // unnest(tsvector): each lexeme with its positions and their weights' letters, NULL for a lexeme without positions.
  db.table('pg_tsvector_unnest', {
    columns: ['lexeme', 'positions', 'weights', 'ordinality'],
    parameters: ['__evsql_tsvector'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [v] = params as SqliteValue[];
      if (v === null) return;
      let n = 0n;
      for (const { word, positions } of parseTsvector(String(v))) {
        const listed = positions.length > 0;
        yield [word, listed ? JSON.stringify(positions.map((p) => p.pos)) : null, listed ? JSON.stringify(positions.map((p) => WEIGHT_LETTERS[p.weight])) : null, ++n];
      }
    },
  });
  db.table('pg_json_each', {
    columns: ['key', 'value', 'ordinality'],
    parameters: ['__evsql_doc', '__evsql_as_text', '__evsql_fn'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [doc, asText, name] = params as SqliteValue[];
      if (doc === null) return;
      const node = parseJson(String(doc));
      if (!(node instanceof JsonObject)) throw new PgError(SqlState.invalidParameterValue, `cannot call ${String(name)} on a non-object`);
      let n = 0n;
      if (!String(name).startsWith('jsonb')) {
        for (const [k, v] of jsonSourceMembers(String(doc))!.members) yield [k, sourceValue(v, asText !== 0n), ++n];
        return;
      }
      for (const [k, v] of node.entries) yield [k, valueOf(v, asText !== 0n), ++n];
    },
  });
  db.table('pg_json_elements', {
    columns: ['value', 'ordinality'],
    parameters: ['__evsql_doc', '__evsql_as_text', '__evsql_keys', '__evsql_json'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [doc, asText, keys, json] = params as SqliteValue[];
      if (doc === null) return;
      const node = parseJson(String(doc));
      let n = 0n;
      if (keys !== 0n) {
        if (!(node instanceof JsonObject)) throw new PgError(SqlState.invalidParameterValue, `cannot call jsonb_object_keys on ${Array.isArray(node) ? 'an array' : 'a scalar'}`);
        for (const [k] of node.entries) yield [k, ++n];
        return;
      }
      if (!Array.isArray(node)) throw new PgError(SqlState.invalidParameterValue, `cannot extract elements from ${node instanceof JsonObject ? 'an object' : 'a scalar'}`);
      if (json === 1n) {
        for (const [, v] of jsonSourceMembers(String(doc))!.members) yield [sourceValue(v, asText !== 0n), ++n];
        return;
      }
      for (const v of node) yield [valueOf(v, asText !== 0n), ++n];
    },
  });
  // json(b)_to_record(set), json(b)_populate_record(set): each object's text (json's as written).
  db.table('pg_json_records', {
    columns: ['value'],
    parameters: ['__evsql_doc', '__evsql_set', '__evsql_fn'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [doc, set, name] = params as SqliteValue[];
      if (set === 0n) {
        // A NULL document ('', as the translator passes it) is a row of NULLs (populate_record of no object).
        if (doc === '') return yield [null];
        const node = parseJson(String(doc));
        if (!(node instanceof JsonObject)) throw new PgError(SqlState.invalidParameterValue, `cannot call populate_composite on ${Array.isArray(node) ? 'an array' : 'a scalar'}`);
        return yield [String(doc)];
      }
      if (doc === '') return;
      const node = parseJson(String(doc));
      if (!Array.isArray(node)) throw new PgError(SqlState.invalidParameterValue, `cannot call ${String(name)} on a non-array`);
      if (node.some((e) => !(e instanceof JsonObject))) throw new PgError(SqlState.invalidParameterValue, `argument of ${String(name)} must be an array of objects`);
      for (const [, v] of jsonSourceMembers(String(doc))!.members) yield [v];
    },
  });
  db.table('pg_generate_series_time', {
    columns: ['value', 'ordinality'],
    parameters: ['__evsql_start', '__evsql_stop', '__evsql_step', '__evsql_tz'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [start, stop, step, tz] = params as SqliteValue[];
      if (start === null || stop === null || step === null) return;
      const withTz = tz !== 0n;
      const direction = dt.intervalCompare(String(step), '00:00:00');
      if (direction === 0) throw new PgError(SqlState.invalidParameterValue, 'step size cannot equal zero');
      const micros = (v: string) => timestampMicros(parseTimestamp(v, withTz));
      const end = micros(String(stop));
      const s = scope();
      let n = 0n;
      // Each value is the previous one plus the step, as generate_series_timestamp adds it.
      for (let v = formatTimestamp(parseTimestamp(String(start), withTz), withTz); direction > 0 ? micros(v) <= end : micros(v) >= end; v = dt.timestampPlusInterval(v, String(step), 1, withTz)) {
        n++;
        if (n % CANCEL_CHECK_ROWS === 0n && s.cancelled()) throw new PgError(SqlState.queryCanceled, 'canceling statement due to user request');
        yield [v, n];
      }
    },
  });
  db.table('pg_generate_series', {
    columns: ['value', 'ordinality'],
    parameters: ['__evsql_start', '__evsql_stop', '__evsql_step'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      for (const [value, n] of series(params as SqliteValue[], scope)) yield [value, n];
    },
  });
  // A numeric series whose start prints fewer fraction digits than its step: its first value at the
  // start's scale, the others at the larger, as numeric's + makes them (`generate_series(1, 2, 0.5)`
  // is 1, 1.5, 2.0), each row's text beside its value where it prints otherwise (numeric-display.ts).
  db.table('pg_numeric_series', {
    columns: ['value', 'ordinality', displayColumn('value')],
    parameters: ['__evsql_start', '__evsql_stop', '__evsql_step', '__evsql_start_scale', '__evsql_step_scale'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const [start, stop, step, startScale, stepScale] = params as SqliteValue[];
      const later = Math.max(Number(startScale), Number(stepScale));
      for (const [value, n, units, scale] of series([start, stop, step], scope)) {
        yield [value, n, displayText(decimalText(rescale({ units, scale }, n === 1n ? Number(startScale) : later)))];
      }
    },
  });
}

/** generate_series's values: each stored, its ordinality, and its exact digits at the arguments' largest scale. */
function* series(values: SqliteValue[], scope: () => { cancelled: () => boolean }): Generator<[SqliteValue, bigint, bigint, number]> {
  if (values.some((v) => v === null)) return;
  const args = values.map((v, i) => seriesArgument(v, i));
  const scale = Math.max(...args.map((a) => a.scale));
  const [from, to, by] = args.map((a) => a.units * 10n ** BigInt(scale - a.scale)) as [bigint, bigint, bigint];
  if (by === 0n) throw new PgError(SqlState.invalidParameterValue, 'step size cannot equal zero');
  const s = scope();
  const integral = scale === 0 && args.every((a) => a.integer);
  let n = 0n;
  for (let v = from; by > 0n ? v <= to : v >= to; v += by) {
    n++;
    if (n % CANCEL_CHECK_ROWS === 0n && s.cancelled()) throw new PgError(SqlState.queryCanceled, 'canceling statement due to user request');
    yield [integral ? v : Number(decimalText({ units: v, scale })), n, v, scale];
  }
}

/** How many values generate_series(start, stop, step) yields: the counter of set-returning functions in lockstep. */
function seriesLength(start: SqliteValue, stop: SqliteValue, step: SqliteValue): SqliteValue {
  if (start === null || stop === null || step === null) return null;
  const args = [start, stop, step].map((v, i) => seriesArgument(v, i));
  const scale = Math.max(...args.map((a) => a.scale));
  const [from, to, by] = args.map((a) => a.units * 10n ** BigInt(scale - a.scale)) as [bigint, bigint, bigint];
  if (by === 0n) throw new PgError(SqlState.invalidParameterValue, 'step size cannot equal zero');
  const span = by > 0n ? to - from : from - to;
  return span < 0n ? 0n : span / (by > 0n ? by : -by) + 1n;
}

const SERIES_ARGUMENTS = ['start value', 'stop value', 'step size'];

/**
 * An argument as an exact decimal, so a series of numerics such as 0.1 steps does not drift;
 * `integer` when it came as an SQLite INTEGER (an int4/int8 argument) rather than a numeric.
 */
function seriesArgument(v: SqliteValue, at: number): Decimal & { integer: boolean } {
  if (typeof v === 'bigint') return { units: v, scale: 0, integer: true };
  const special = numericSpecial(v);
  if (special) throw new PgError(SqlState.invalidParameterValue, `${SERIES_ARGUMENTS[at]} cannot be ${special === 'NaN' ? 'NaN' : 'infinity'}`);
  const text = typeof v === 'number' ? String(v) : Buffer.isBuffer(v) ? v.toString('utf8') : v!.trim();
  const d = parseDecimal(text);
  if (d === undefined) {
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) throw new PgError(SqlState.featureNotSupported, 'generate_series over timestamps is not supported by evsql');
    throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type numeric: "${text}"`);
  }
  return { ...d, integer: false };
}
