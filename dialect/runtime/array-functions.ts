/**
 * Array operators and functions (and bytea's `||`) over the storage JSON (pg/types/array.ts): `||`, array_cat,
 * array_append and array_prepend splice the JSON text itself, so int8 elements keep every digit;
 * the rest read the elements as install.ts's ANY/ALL comparison does. Deterministic.
 */
import type Database from 'better-sqlite3';
import { OID, arrayElementOid, type SqliteValue } from '../../pg/types/registry.js';
import { MAX_ARRAY_SIZE, checkArrayDimensions, mapArrayElements } from '../../pg/types/array.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { storeValue } from '../../pg/coerce.js';
import { rint } from '../../pg/types/float.js';
import { text } from './arguments.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { recordTexts } from '../../pg/types/record.js';
import { arrayDimensions, arrayItems, compareElement, storedArrayJson } from './catalog/install.js';

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
  checkConcatenable(arrayItems(a) ?? [], arrayItems(b) ?? []);
  const nested = (s: string) => s.startsWith('[');
  if (nested(x) && !nested(y)) y = `[${y}]`;
  else if (!nested(x) && nested(y)) x = `[${x}]`;
  return `[${x},${y}]`;
}

/** An array's dimensions, outermost first. */
function dimensions(a: unknown): number[] {
  return Array.isArray(a) && a.length ? [a.length, ...dimensions(a[0])] : [];
}

/** array_cat's rule: of one rank, the same element dimensions; of ranks one apart, the lower is an element of the higher. */
function checkConcatenable(a: unknown[], b: unknown[]): void {
  const [x, y] = [dimensions(a), dimensions(b)];
  const same = (p: number[], q: number[]) => p.length === q.length && p.every((d, i) => d === q[i]);
  const fits = x.length === y.length ? same(x.slice(1), y.slice(1)) : x.length === y.length + 1 ? same(x.slice(1), y) : y.length === x.length + 1 && same(y.slice(1), x);
  if (!fits) {
    throw new PgError('2202E', 'cannot concatenate incompatible arrays', {
      detail: x.length === y.length ? 'Arrays with differing element dimensions are not compatible for concatenation.' : 'Arrays with differing dimensions are not compatible for concatenation.',
    });
  }
}

/** The top-level elements of a storage JSON array, each as its own JSON text (int8 digits kept). */
function topLevel(json: string): string[] {
  const body = inner(json);
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') {
      for (i++; i < body.length && body[i] !== '"'; i++) if (body[i] === '\\') i++;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (body.trim() !== '') out.push(body.slice(start).trim());
  return out;
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
  if (typeof e === 'number' || typeof e === 'string' || typeof e === 'bigint') return e;
  return e === null || e === undefined ? null : JSON.stringify(e);
}

/** array[lo:hi][lo:hi]…: each dimension cut to its bounds (NULL: the dimension's own), clamped as PostgreSQL clamps. */
function slice(items: unknown[], bounds: SqliteValue[]): unknown[] {
  if (bounds.length === 0) return items;
  const lo = Math.max(bounds[0] === null ? 1 : Number(bounds[0]), 1);
  const hi = Math.min(bounds[1] === null ? items.length : Number(bounds[1]), items.length);
  const kept = items.slice(lo - 1, Math.max(hi, lo - 1));
  const rest = bounds.slice(2);
  if (rest.length === 0) return kept;
  const inner = kept.map((x) => (Array.isArray(x) ? slice(x, rest) : x));
  return inner.some((x) => Array.isArray(x) && x.length === 0) ? [] : inner;
}

/** One element against another as array_cmp orders them: a NULL after every value, two NULLs alike. */
function compareItems(x: unknown, y: unknown, records: boolean): number {
  if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
  if (records && typeof x === 'string' && typeof y === 'string') return Buffer.compare(recordKey(x), recordKey(y));
  return compareElement(elementArg(x), y) ?? 0;
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A record's text (an array of rows keeps each as record_out prints it) as bytes that sort as
 * record_cmp orders the rows, field by field: a field that reads as a number by its value (the
 * fields of one column are all numbers or all not), other text by its bytes, NULL after both.
 */
function recordKey(record: string): Buffer {
  const parts: Buffer[] = [];
  let fields: Array<string | null>;
  try {
    fields = recordTexts(record);
  } catch {
    return Buffer.from(record, 'utf8');
  }
  for (const f of fields) {
    if (f === null) {
      parts.push(Buffer.of(3));
    } else if (NUMBER_TEXT.test(f)) {
      const b = Buffer.alloc(9);
      b[0] = 2;
      b.writeDoubleBE(Number(f), 1);
      if (b[1]! & 0x80) for (let i = 1; i < 9; i++) b[i] = ~b[i]! & 0xff;
      else b[1] = b[1]! | 0x80;
      parts.push(b);
    } else {
      const escaped: number[] = [2];
      for (const c of Buffer.from(f, 'utf8')) escaped.push(...(c === 0 ? [0, 0xff] : [c]));
      parts.push(Buffer.from([...escaped, 0, 0]));
    }
  }
  parts.push(Buffer.of(1));
  return Buffer.concat(parts);
}

/**
 * array_cmp: the elements in order up to the shorter array's end, then the one of fewer elements
 * first, then fewer dimensions, then the smaller dimension.
 */
export function compareArrays(a: unknown[], b: unknown[], records = false): number {
  const [x, y] = [leaves(a), leaves(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = compareItems(x[i], y[i], records);
    if (c !== 0) return c;
  }
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  const [dx, dy] = [arrayDimensions(a), arrayDimensions(b)];
  if (dx.length !== dy.length) return dx.length < dy.length ? -1 : 1;
  for (let i = 0; i < dx.length; i++) if (dx[i] !== dy[i]) return dx[i]! < dy[i]! ? -1 : 1;
  return 0;
}

/**
 * A BLOB that SQLite's byte order sorts as compareArrays orders the arrays (ORDER BY an array):
 * each element marked 2 (a NULL: 3) and encoded to sort bytewise, then 1 (so an array that is
 * another's beginning comes first), then the dimensions.
 */
function sortKey(items: unknown[], numbers: boolean, records: boolean): Buffer {
  const parts: Buffer[] = [];
  for (const e of leaves(items)) {
    if (e === null || e === undefined) {
      parts.push(Buffer.of(3));
      continue;
    }
    if (records && typeof e === 'string') {
      parts.push(Buffer.of(2), recordKey(e));
      continue;
    }
    // A number array keeps NaN and the infinities as their names: NaN sorts after every number.
    if (numbers && e === 'NaN') {
      parts.push(Buffer.of(2, ...new Array<number>(8).fill(0xff)));
      continue;
    }
    // So does it keep an infinity, a numeric past a REAL's digits, and (where a numeric[] is taken
    // apart with its scales) each element, as text: all read as the numbers they are.
    if (typeof e === 'number' || typeof e === 'boolean' || typeof e === 'bigint' || (numbers && typeof e === 'string')) {
      const b = Buffer.alloc(9);
      b[0] = 2;
      b.writeDoubleBE(Number(e), 1);
      if (b[1]! & 0x80) for (let i = 1; i < 9; i++) b[i] = ~b[i]! & 0xff;
      else b[1] = b[1]! | 0x80;
      parts.push(b);
      continue;
    }
    const utf8 = Buffer.from(typeof e === 'string' ? e : JSON.stringify(e), 'utf8');
    const escaped: number[] = [2];
    for (const c of utf8) escaped.push(...(c === 0 ? [0, 0xff] : [c]));
    parts.push(Buffer.from([...escaped, 0, 0]));
  }
  const dims = arrayDimensions(items);
  const tail = Buffer.alloc(2 + 4 * dims.length);
  tail[0] = 1;
  tail[1] = dims.length;
  dims.forEach((d, i) => tail.writeUInt32BE(d, 2 + 4 * i));
  return Buffer.concat([...parts, tail]);
}

export function registerArrayFunctions(db: Database.Database): void {
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue, varargs = false) =>
    db.function(name, { deterministic: true, safeIntegers: true, varargs }, impl as (...args: unknown[]) => unknown);
  fn('pg_array_cat', concat);
  // width_bucket(operand, thresholds): how many of the sorted thresholds are at or below the operand,
  // found by width_bucket_array's binary search.
  fn('pg_width_bucket_array', (op, thresholds) => {
    const items = arrayItems(thresholds);
    if (op === null || items === null) return null;
    if (items.some((x) => Array.isArray(x))) throw new PgError('2202E', 'thresholds must be one-dimensional array');
    if (items.some((x) => x === null)) throw new PgError(SqlState.nullValueNotAllowed, 'thresholds array must not contain NULLs');
    let [lo, hi] = [0, items.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((compareElement(op, items[mid]) ?? 0) >= 0) lo = mid + 1;
      else hi = mid;
    }
    return BigInt(lo);
  });
  // `numbers`: 1 where the elements are numeric, float4 or float8; 2 where they are rows.
  fn('pg_array_sort_key', (a, numbers) => {
    const x = arrayItems(a);
    return x === null ? null : sortKey(x, numbers === 1n, numbers === 2n);
  });
  // min() and max() of arrays, in array_cmp's order (SQLite's would compare the JSON text).
  // pg_array_row_min and pg_array_row_max: of arrays of rows.
  for (const [name, sign, records] of [['pg_array_min', -1, false], ['pg_array_max', 1, false], ['pg_array_row_min', -1, true], ['pg_array_row_max', 1, true]] as const) {
    db.aggregate<{ best: SqliteValue; items: unknown[] | null }>(name, {
      start: () => ({ best: null, items: null }),
      step: ((state: { best: SqliteValue; items: unknown[] | null }, v: SqliteValue) => {
        const items = arrayItems(v);
        if (items !== null && (state.items === null || Math.sign(compareArrays(items, state.items, records)) === sign)) {
          state.best = v;
          state.items = items;
        }
      }) as never,
      result: (state) => state.best,
      safeIntegers: true,
    });
  }
  fn('pg_record_sort_key', (r) => (r === null ? null : recordKey(text(r))));
  // `records`: 1 where the elements are rows.
  fn('pg_array_cmp', (a, b, records) => {
    const [x, y] = [arrayItems(a), arrayItems(b)];
    return x === null || y === null ? null : BigInt(compareArrays(x, y, records === 1n));
  }, true);
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
    if (items.some(Array.isArray)) throw new PgError(SqlState.featureNotSupported, 'removing elements from multidimensional arrays is not supported');
    return storedArrayJson(items.filter((x) => (e === null ? x !== null : x === null || compareElement(e, x) !== 0)));
  });
  fn('pg_array_replace', (a, from, to) => {
    const items = arrayItems(a);
    if (items === null) return null;
    const by = elementJson(to);
    // array_replace keeps a multidimensional array's shape and replaces among its leaves.
    const replace = (level: unknown[]): unknown[] => level.map((x) => (Array.isArray(x) ? replace(x) : (from === null ? x === null : x !== null && compareElement(from, x) === 0) ? by : x));
    return storedArrayJson(replace(items));
  });
  // `given`: a '1' or '0' per bound, whether the statement wrote it (`a[:2]` leaves its lower bound
  // out, which is the dimension's own; a bound written as NULL makes the slice NULL). More slices
  // than the array has dimensions are an empty array, as array_get_slice's.
  fn('pg_array_slice', (a, given, ...bounds) => {
    const items = arrayItems(a);
    if (items === null || bounds.some((b, k) => b === null && text(given)[k] === '1')) return null;
    if (bounds.length / 2 > arrayDimensions(items).length) return '[]';
    return storedArrayJson(slice(items, bounds));
  }, true);
  fn('pg_array_subscript', (a, ...indexes) => {
    let x: unknown = arrayItems(a);
    for (const i of indexes) x = Array.isArray(x) && i !== null ? x[Number(i) - 1] : undefined;
    return x === undefined || Array.isArray(x) ? null : elementArg(x);
  }, true);
  fn('pg_array_set', (a, v, ...indexes) => {
    if (indexes.some((i) => i === null)) throw new PgError(SqlState.nullValueNotAllowed, 'array subscript in assignment must not be null');
    const items = arrayItems(a) ?? [];
    // PostgreSQL gives an empty array the subscript as its lower bound ('[3:3]={7}'), which evsql's arrays do not have.
    if (items.length === 0 && indexes.some((i) => Number(i) !== 1)) throw new PgError(SqlState.featureNotSupported, 'assigning to an empty array beyond its first element is not supported by evsql');
    // array_set_element: a subscript per dimension, and only a one-dimensional array grows.
    const dims = arrayDimensions(items);
    if (items.length > 0 && indexes.length !== dims.length) throw new PgError('2202E', 'wrong number of array subscripts');
    if (dims.length > 1 && indexes.some((i, k) => Number(i) < 1 || Number(i) > dims[k]!)) throw new PgError('2202E', 'array subscript out of range');
    let level: unknown[] = items;
    indexes.forEach((i, k) => {
      const at = Number(i) - 1;
      if (at < 0) throw new PgError(SqlState.featureNotSupported, 'an array subscript below 1 is not supported by evsql');
      while (level.length <= at) level.push(k === indexes.length - 1 ? null : []);
      if (k === indexes.length - 1) level[at] = elementJson(v);
      else level = level[at] as unknown[];
    });
    return storedArrayJson(items);
  }, true);
  // `SET a[lo:hi] = v` of a one-dimensional array (array_set_slice): v's first elements in place,
  // the array grown with NULLs to reach lo; a bound left out is the array's own.
  fn('pg_array_set_slice', (a, v, lo, hi, loGiven, hiGiven) => {
    const items = arrayItems(a) ?? [];
    if (items.some(Array.isArray)) throw new PgError(SqlState.featureNotSupported, 'assignment to a slice of a multi-dimensional array is not supported by evsql');
    if ((!loGiven || !hiGiven) && items.length === 0) throw new PgError('2202E', 'array slice subscript must provide both boundaries');
    if ((loGiven && lo === null) || (hiGiven && hi === null)) throw new PgError(SqlState.nullValueNotAllowed, 'array subscript in assignment must not be null');
    const [from, to] = [loGiven ? Number(lo) : 1, hiGiven ? Number(hi) : items.length];
    if (from < 1 || (items.length === 0 && from !== 1)) throw new PgError(SqlState.featureNotSupported, 'an array slice starting elsewhere than within the array or at 1 is not supported by evsql');
    if (to < from) throw new PgError('2202E', 'upper bound cannot be less than lower bound');
    if (v === null) return a;
    const source = arrayItems(v) ?? [];
    if (source.length < to - from + 1) throw new PgError('2202E', 'source array too small');
    while (items.length < from - 1) items.push(null);
    for (let k = 0; k <= to - from; k++) items[from - 1 + k] = source[k];
    return storedArrayJson(items);
  });
  fn('pg_array_positions', (a, e) => {
    const items = arrayItems(a);
    if (items === null) return null;
    if (items.some(Array.isArray)) throw new PgError(SqlState.featureNotSupported, 'searching for elements in multidimensional arrays is not supported');
    return JSON.stringify(items.flatMap((x, i) => ((e === null ? x === null : x !== null && compareElement(e, x) === 0) ? [i + 1] : [])));
  });
  fn('pg_array_ndims', (a) => {
    const dims = arrayDimensions(arrayItems(a) ?? []);
    return dims.length === 0 ? null : BigInt(dims.length);
  });
  fn('pg_array_dims', (a) => {
    const dims = arrayDimensions(arrayItems(a) ?? []);
    return dims.length === 0 ? null : dims.map((d) => `[1:${d}]`).join('');
  });
  // numeric[] to an integer array: each element rounded and range-checked as numeric_int4 does.
  // A numeric[] or float[] cast to an integer array: each numeric rounds half away from zero, each
  // float half to even (float8_int4's rint), as their element casts do.
  fn('pg_array_integers', (a, oid, from) => {
    if (a === null) return null;
    const element = arrayElementOid(Number(oid));
    const float = Number(from) === OID.float8 || Number(from) === OID.float4;
    return mapArrayElements(text(a), element, (e) => storeValue(float ? rint(Number(decodeTextParam(e, OID.float8))) : decodeTextParam(e, OID.numeric), element, -1));
  });
  fn('pg_array_fill', (v, dims, ...lowerBounds) => {
    const lengths = arrayItems(dims);
    const lower = lowerBounds.length ? arrayItems(lowerBounds[0]!) : [];
    if (lengths === null || lower === null) throw new PgError(SqlState.nullValueNotAllowed, 'dimension array or low bound array cannot be null');
    if (lower.length && lower.length !== lengths.length) throw new PgError('2202E', 'wrong number of array subscripts', { detail: 'Low bound array has different size than dimensions array.' });
    if (lower.some((b) => Number(b) !== 1)) throw new PgError(SqlState.featureNotSupported, 'an array with a lower bound other than 1 is not supported by evsql');
    // PostgreSQL's ArrayGetNItems: a negative length or more than MaxArraySize elements is refused, and a zero length makes the array empty.
    checkArrayDimensions(lengths.length);
    const sizes = lengths.map(Number);
    const count = sizes.reduce((n, k) => n * k, 1);
    if (sizes.some((k) => k < 0) || count > MAX_ARRAY_SIZE) throw new PgError(SqlState.programLimitExceeded, `array size exceeds the maximum allowed (${MAX_ARRAY_SIZE})`);
    const fill = (level: number): unknown => (level === sizes.length ? elementJson(v) : Array.from({ length: sizes[level]! }, () => fill(level + 1)));
    return count === 0 || sizes.length === 0 ? '[]' : storedArrayJson(fill(0));
  }, true);
  // trim_array: the first dimension less its last n elements.
  fn('pg_trim_array', (a, n) => {
    if (a === null || n === null) return null;
    const items = topLevel(text(a));
    const k = Number(n);
    if (k < 0 || k > items.length) throw new PgError('2202E', `number of elements to trim must be between 0 and ${items.length}`);
    return `[${items.slice(0, items.length - k).join(',')}]`;
  });
  fn('pg_string_to_array', (s, sep, nullText) => (s === null ? null : JSON.stringify(splitString(text(s), sep, nullText))), true);
}

/**
 * string_to_array's and string_to_table's parts: by characters when `sep` is NULL, the whole
 * string when it is empty, none of an empty string; a part equal to `nullText` is NULL.
 */
export function splitString(str: string, sep: SqliteValue, nullText: SqliteValue | undefined): Array<string | null> {
  if (str === '') return [];
  const parts = sep === null ? [...str] : text(sep) === '' ? [str] : str.split(text(sep));
  const nul = nullText === undefined || nullText === null ? undefined : text(nullText);
  return parts.map((p) => (p === nul ? null : p));
}

function elementJson(v: SqliteValue): unknown {
  if (v === null) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v;
  return Buffer.isBuffer(v) ? v.toString('utf8') : v;
}
