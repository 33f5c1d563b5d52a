/**
 * Array operators and functions (and bytea's `||`) over the storage JSON (pg/types/array.ts): `||`, array_cat,
 * array_append and array_prepend splice the JSON text itself, so int8 elements keep every digit;
 * the rest read the elements as install.ts's ANY/ALL comparison does. Deterministic.
 */
import type Database from 'better-sqlite3';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';
import { arrayItems, compareElement } from './catalog/install.js';

/** The elements inside a storage JSON array's brackets, as text; '' for an empty array. */
function inner(json: string): string {
  return json.trim().slice(1, -1).trim();
}

/**
 * array_cat: NULL is an empty array; an array of one dimension less is appended or prepended as
 * one more sub-array (`'{{1,2}}' || '{3,4}'` is `{{1,2},{3,4}}`).
 */
function concat(a: SqliteValue, b: SqliteValue): SqliteValue {
  if (a === null) return b;
  if (b === null) return a;
  let x = inner(text(a));
  let y = inner(text(b));
  if (x === '') return text(b);
  if (y === '') return text(a);
  const nested = (s: string) => s.startsWith('[');
  if (nested(x) && !nested(y)) y = `[${y}]`;
  else if (!nested(x) && nested(y)) x = `[${x}]`;
  return `[${x},${y}]`;
}

function leaves(items: unknown[]): unknown[] {
  return items.flatMap((x) => (Array.isArray(x) ? leaves(x) : [x]));
}

/** `@>`: every element of b equals one of a (NULLs equal nothing). */
function contains(a: SqliteValue, b: SqliteValue): SqliteValue {
  const x = arrayItems(a);
  const y = arrayItems(b);
  if (x === null || y === null) return null;
  const have = leaves(x);
  return leaves(y).every((e) => e !== null && have.some((h) => compareElement(elementArg(e), h) === 0)) ? 1n : 0n;
}

/** An element read back from JSON as the SQLite value compareElement takes. */
function elementArg(e: unknown): SqliteValue {
  if (typeof e === 'boolean') return e ? 1n : 0n;
  if (typeof e === 'number' || typeof e === 'string') return e;
  return e === null || e === undefined ? null : JSON.stringify(e);
}

export function registerArrayFunctions(db: Database.Database): void {
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue, varargs = false) =>
    db.function(name, { deterministic: true, safeIntegers: true, varargs }, impl as (...args: unknown[]) => unknown);
  fn('pg_array_cat', concat);
  fn('pg_bytea_cat', (a, b) => (a === null || b === null ? null : Buffer.concat([Buffer.isBuffer(a) ? a : Buffer.from(text(a)), Buffer.isBuffer(b) ? b : Buffer.from(text(b))])));
  fn('pg_array_contains', contains);
  fn('pg_array_overlap', (a, b) => {
    const x = arrayItems(a);
    const y = arrayItems(b);
    if (x === null || y === null) return null;
    const have = leaves(x);
    return leaves(y).some((e) => e !== null && have.some((h) => compareElement(elementArg(e), h) === 0)) ? 1n : 0n;
  });
  fn('pg_cardinality', (a) => {
    const items = arrayItems(a);
    return items === null ? null : BigInt(leaves(items).length);
  });
  fn('pg_array_remove', (a, e) => {
    const items = arrayItems(a);
    if (items === null) return null;
    return JSON.stringify(items.filter((x) => (e === null ? x !== null : x === null || compareElement(e, x) !== 0)));
  });
  fn('pg_array_replace', (a, from, to) => {
    const items = arrayItems(a);
    if (items === null) return null;
    const by = elementJson(to);
    return JSON.stringify(items.map((x) => ((from === null ? x === null : x !== null && compareElement(from, x) === 0) ? by : x)));
  });
  fn('pg_string_to_array', (s, sep, nullText) => {
    if (s === null) return null;
    const str = text(s);
    if (str === '') return '[]';
    const parts = sep === null ? [...str] : text(sep) === '' ? [str] : str.split(text(sep));
    const nul = nullText === undefined || nullText === null ? undefined : text(nullText);
    return JSON.stringify(parts.map((p) => (p === nul ? null : p)));
  }, true);
}

function elementJson(v: SqliteValue): unknown {
  if (v === null) return null;
  if (typeof v === 'bigint') return Number(v);
  return Buffer.isBuffer(v) ? v.toString('utf8') : v;
}
