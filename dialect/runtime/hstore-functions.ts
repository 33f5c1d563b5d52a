/**
 * The hstore extension's functions and operators (hstore_op.c, hstore_io.c) over values stored as
 * their output text (pg/types/hstore.ts); text[] arguments and results as evsql stores arrays (JSON).
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, type SqliteValue } from '../../pg/types/registry.js';
import { decodeArrayText } from '../../pg/types/array.js';
import { jsonbText, parseJson } from '../../pg/types/json.js';
import {
  type HstorePair, concat, contains, deletePairs, fetchValue, hstoreIn, hstoreJson, hstoreJsonLoose, hstorePairs, hstoreSortKey, hstoreText, nullKey, pairsOf,
} from '../../pg/types/hstore.js';
import { text, textArrayArgument } from './arguments.js';

const pairs = (v: SqliteValue) => hstorePairs(text(v));
const stored = (p: HstorePair[]) => hstoreText(p);
const bool = (b: boolean) => (b ? 1n : 0n);
const array = (items: Array<string | null>) => JSON.stringify(items);

const subscripts = () => new PgError(SqlState.arraySubscriptError, 'wrong number of array subscripts');

/** A text[] argument of any dimension: its elements, and its dimensions (none for an empty array). */
function arrayItems(v: SqliteValue): { items: unknown[]; dims: number[] } {
  const s = text(v).trim();
  const parsed: unknown = JSON.parse(s.startsWith('[') ? s : decodeArrayText(s, OID.text, (x) => x));
  const dims: number[] = [];
  for (let a: unknown = parsed; Array.isArray(a) && a.length; a = a[0]) dims.push(a.length);
  return { items: parsed as unknown[], dims };
}

const keyOf = (k: unknown): string => {
  if (k === null) throw nullKey();
  return String(k);
};
const valueOf = (v: unknown): string | null => (v === null ? null : String(v));

/** hstore_from_array: `{k, v, k, v}` or `{{k, v}, {k, v}}`. */
function fromArray(v: SqliteValue): string {
  const { items, dims } = arrayItems(v);
  if (dims.length === 0) return '';
  if (dims.length === 1) {
    if (dims[0]! % 2 !== 0) throw new PgError(SqlState.arraySubscriptError, 'array must have even number of elements');
    const out: HstorePair[] = [];
    for (let i = 0; i < items.length; i += 2) out.push({ key: keyOf(items[i]), value: valueOf(items[i + 1]) });
    return stored(pairsOf(out));
  }
  if (dims.length === 2) {
    if (dims[1] !== 2) throw new PgError(SqlState.arraySubscriptError, 'array must have two columns');
    return stored(pairsOf((items as unknown[][]).map((row) => ({ key: keyOf(row[0]), value: valueOf(row[1]) }))));
  }
  throw subscripts();
}

/** hstore_from_arrays: keys and values paired; a NULL values array gives NULL values. */
function fromArrays(k: SqliteValue, v: SqliteValue): string | null {
  if (k === null) return null;
  const keys = arrayItems(k);
  if (keys.dims.length > 1) throw subscripts();
  const values = v === null ? undefined : arrayItems(v);
  if (values && values.dims.length > 1) throw subscripts();
  if (values && values.items.length !== keys.items.length) throw new PgError(SqlState.arraySubscriptError, 'arrays must have same bounds');
  return stored(pairsOf(keys.items.map((key, i) => ({ key: keyOf(key), value: values ? valueOf(values.items[i]) : null }))));
}

export function registerHstoreFunctions(db: Database.Database): void {
  const options = { deterministic: true, safeIntegers: true, varargs: true };
  const strict = (name: string, f: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, options, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : f(...args))) as (...args: unknown[]) => unknown);
  const lenient = (name: string, f: (...args: SqliteValue[]) => SqliteValue) => db.function(name, options, f as (...args: unknown[]) => unknown);
  strict('pg_hstore_in', (v) => hstoreIn(text(v)));
  strict('pg_hstore_key', (v) => hstoreSortKey(pairs(v)));
  strict('pg_hstore_fetch', (h, k) => fetchValue(pairs(h), text(k)) ?? null);
  strict('pg_hstore_fetch_array', (h, k) => {
    const p = pairs(h);
    return array(textArrayArgument(k).map((key) => (key === null ? null : fetchValue(p, key) ?? null)));
  });
  strict('pg_hstore_exists', (h, k) => bool(fetchValue(pairs(h), text(k)) !== undefined));
  strict('pg_hstore_defined', (h, k) => bool(typeof fetchValue(pairs(h), text(k)) === 'string'));
  // ?| and ?&: a NULL key of the array is passed over.
  strict('pg_hstore_exists_any', (h, k) => {
    const keys = new Set(pairs(h).map((p) => p.key));
    return bool(textArrayArgument(k).some((key) => key !== null && keys.has(key)));
  });
  strict('pg_hstore_exists_all', (h, k) => {
    const keys = new Set(pairs(h).map((p) => p.key));
    return bool(textArrayArgument(k).every((key) => key === null || keys.has(key)));
  });
  strict('pg_hstore_contains', (a, b) => bool(contains(pairs(a), pairs(b))));
  strict('pg_hstore_concat', (a, b) => stored(concat(pairs(a), pairs(b))));
  strict('pg_hstore_delete', (h, k) => stored(pairs(h).filter((p) => p.key !== text(k))));
  strict('pg_hstore_delete_keys', (h, k) => {
    const keys = new Set(textArrayArgument(k));
    return stored(pairs(h).filter((p) => !keys.has(p.key)));
  });
  strict('pg_hstore_delete_pairs', (a, b) => stored(deletePairs(pairs(a), pairs(b))));
  strict('pg_hstore_slice', (h, k) => {
    const keys = new Set(textArrayArgument(k));
    return stored(pairs(h).filter((p) => keys.has(p.key)));
  });
  strict('pg_hstore_akeys', (h) => array(pairs(h).map((p) => p.key)));
  strict('pg_hstore_avals', (h) => array(pairs(h).map((p) => p.value)));
  strict('pg_hstore_to_array', (h) => array(pairs(h).flatMap((p) => [p.key, p.value])));
  strict('pg_hstore_to_matrix', (h) => JSON.stringify(pairs(h).map((p) => [p.key, p.value])));
  strict('pg_hstore_to_json', (h) => hstoreJson(pairs(h)));
  strict('pg_hstore_to_jsonb', (h) => jsonbText(parseJson(hstoreJson(pairs(h)))));
  strict('pg_hstore_to_json_loose', (h) => hstoreJsonLoose(pairs(h)));
  strict('pg_hstore_to_jsonb_loose', (h) => jsonbText(parseJson(hstoreJsonLoose(pairs(h)))));
  strict('pg_hstore_from_array', (a) => fromArray(a));
  // hstore(key, value): no pair without a key; a NULL value is kept.
  lenient('pg_hstore_from_text', (k, v) => (k === null ? null : stored([{ key: text(k), value: v === null ? null : text(v) }])));
  lenient('pg_hstore_from_arrays', (k, v) => fromArrays(k, v));
}
