/**
 * Arrays: array_in's literal syntax, array_out's quoting, array_send/array_recv, and the stored
 * JSON form. Elements are encoded and decoded by the caller's functions for the element type
 * (text-format.ts, binary-format.ts), which themselves handle arrays through this module.
 */
import { PgError, SqlState } from '../errors.js';
import { incorrectBinaryFormat, insufficientData, need } from './binary-input.js';
import { formatFloat8 } from './float.js';
import { isSpace } from './input-syntax.js';
import { JsonNumber, JsonObject, jsonbText, parseJson, type JsonNode } from './json.js';
import { OID, type ArrayValue, type SqliteValue } from './registry.js';
import { jsonOf, scalarText } from './scalar-text.js';

// SQLSTATE that errors.ts does not name.
const ARRAY_SUBSCRIPT_ERROR = '2202E';

/** The element type's encoder in one wire format (encodeText, encodeBinary). */
type EncodeElement<T> = (value: SqliteValue, oid: number, typmod: number) => T | null;

/** The element type's decoder in one wire format (decodeTextParam, decodeBinaryParam). */
type DecodeElement<T> = (input: T, oid: number) => SqliteValue;

/** An array literal's elements as text (null for NULL), nested per dimension. */
export type LiteralItems = Array<string | null | LiteralItems>;

/** array_in's syntax: '{a,"b c",NULL,{...}}', optionally after dimension decoration '[1:3]='. */
export function parseArrayLiteral(text: string): LiteralItems {
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

  // Dimension decoration, as array_in reads it: whitespace between the items, none within.
  const lower: number[] = [];
  const lengths: number[] = [];
  const bound = () => {
    const start = pos;
    while (/[\d+-]/.test(text[pos] ?? '')) pos++;
    return start === pos ? null : parseInt(text.slice(start, pos), 10) | 0;
  };
  for (;;) {
    skipWs();
    if (text[pos] !== '[') break;
    pos++;
    let lb = 1;
    let ub = bound();
    if (ub === null) throw malformed('"[" must introduce explicitly-specified array dimensions.');
    if (text[pos] === ':') {
      pos++;
      lb = ub;
      ub = bound();
      if (ub === null) throw malformed('Missing array dimension value.');
    }
    if (text[pos] !== ']') throw malformed('Missing "]" after array dimensions.');
    pos++;
    if (ub < lb) throw new PgError(ARRAY_SUBSCRIPT_ERROR, 'upper bound cannot be less than lower bound');
    lower.push(lb);
    lengths.push(ub - lb + 1);
  }
  if (lower.length > 0) {
    if (text[pos] !== '=') throw malformed('Missing "=" after array dimensions.');
    pos++;
    skipWs();
    if (text[pos] !== '{') throw malformed('Array contents must start with "{".');
  } else if (text[pos] !== '{') {
    throw malformed('Array value must start with "{" or dimension information.');
  }
  const items = level();
  let depth = 0;
  for (let v: unknown = items; Array.isArray(v); v = v[0]) depth++;
  checkArrayDimensions(depth, text);
  skipWs();
  if (pos !== text.length) throw malformed('Junk after closing right brace.');
  if (!isRectangular(items)) throw malformed('Multidimensional arrays must have sub-arrays with matching dimensions.');
  if (lower.length > 0) {
    const shape: number[] = [];
    for (let v: unknown = items; Array.isArray(v) && v.length > 0; v = v[0]) shape.push(v.length);
    if (shape.join() !== lengths.join()) throw malformed('Specified array dimensions do not match array contents.');
    // Arrays are stored as JSON arrays, which have no bounds: one that does not start at 1 would
    // lose them (print, array_lower, subscripts).
    if (lower.some((lb) => lb !== 1)) throw new PgError(SqlState.featureNotSupported, 'an array with a lower bound other than 1 is not supported by evsql');
  }
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

/**
 * A JSON number's digits as written. SQLite's JSON writes the infinities as numbers too large for
 * a double (9e999, 9.0e+999); no element is stored so (a numeric of more digits is a string).
 */
function numberText(n: JsonNumber): string {
  const v = Number(n.raw);
  return v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : n.raw;
}

function jsonToItem(node: JsonNode): unknown {
  if (node instanceof JsonNumber) return numberText(node);
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

export function arrayText(value: SqliteValue | ArrayValue, elemOid: number, typmod: number, encodeElement: EncodeElement<string>): string {
  if (typeof value === 'string' && value.startsWith('{')) return value;
  const items = arrayItems(value);
  return items === undefined ? scalarText(value) : arrayLiteral(items, elemOid, typmod, encodeElement);
}

function arrayLiteral(items: readonly unknown[], elemOid: number, typmod: number, encodeElement: EncodeElement<string>): string {
  let out = '{';
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += ',';
    const el = items[i];
    if (Array.isArray(el)) {
      out += arrayLiteral(el, elemOid, typmod, encodeElement);
      continue;
    }
    const text = encodeElement(elementValue(el, elemOid), elemOid, typmod);
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
    // A numeric too long for a REAL is a BLOB on its own and its digits as text inside JSON.
    else if (Buffer.isBuffer(el)) out += JSON.stringify(elemOid === OID.numeric ? el.toString('latin1') : '\\x' + el.toString('hex'));
    else out += JSON.stringify(el);
  }
  return out + ']';
}

/**
 * An array in the storage convention with each element replaced by `map` of it (a JSON string's
 * text, a number's digits as written), in the same convention: an array column's typmod applied to
 * its elements (`varchar(5)[]`, `timestamp(0)[]`, `numeric(6,2)[]`).
 */
export function mapArrayElements(stored: string, elemOid: number, map: (element: string) => SqliteValue): string {
  const walk = (node: JsonNode): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === 'string') return map(node);
    return node instanceof JsonNumber ? map(numberText(node)) : node;
  };
  const items = walk(parseJson(stored));
  return Array.isArray(items) ? arrayJson(items, elemOid) : stored;
}

/** array_in: an array literal in the storage convention. */
export function decodeArrayText(text: string, elemOid: number, decodeElement: DecodeElement<string>): string {
  return arrayJson(mapLiteral(parseArrayLiteral(text), elemOid, decodeElement), elemOid);
}

function mapLiteral(items: LiteralItems, elemOid: number, decodeElement: DecodeElement<string>): unknown[] {
  return items.map((el) => (Array.isArray(el) ? mapLiteral(el, elemOid, decodeElement) : el === null ? null : decodeElement(el, elemOid)));
}

/** PostgreSQL's MAXDIM. */
export const MAX_ARRAY_DIMS = 6;

/** 54000 for an array of more dimensions than PostgreSQL's arrays may have (read from `input`, where it is a literal's). */
export function checkArrayDimensions(ndim: number, input?: string): void {
  if (ndim > MAX_ARRAY_DIMS) throw new PgError(SqlState.programLimitExceeded, `number of array dimensions (${ndim}) exceeds the maximum allowed (${MAX_ARRAY_DIMS})`, input === undefined ? {} : { input });
}
/** PostgreSQL's MaxArraySize: the most elements an array may have. */
export const MAX_ARRAY_SIZE = 134217727;

/** array_send: dimensions, a has-nulls flag, the element type, then length-prefixed elements. */
export function arrayBinary(value: SqliteValue | ArrayValue, elemOid: number, typmod: number, encodeElement: EncodeElement<Buffer>): Buffer {
  const items = arrayItems(value);
  if (items === undefined) return Buffer.from(scalarText(value), 'utf8');
  if (!isRectangular(items)) {
    throw new PgError(ARRAY_SUBSCRIPT_ERROR, 'multidimensional arrays must have array expressions with matching dimensions');
  }
  const elements: Array<Buffer | null> = [];
  const flatten = (v: readonly unknown[]) => {
    for (const el of v) {
      if (Array.isArray(el)) flatten(el);
      else elements.push(encodeElement(elementValue(el, elemOid), elemOid, typmod));
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

/** array_recv: the binary format in the storage convention. */
export function decodeArrayBinary(buf: Buffer, elemOid: number, decodeElement: DecodeElement<Buffer>): string {
  need(buf, 12);
  const ndim = buf.readInt32BE(0);
  const flags = buf.readInt32BE(4);
  if (ndim < 0) throw new PgError(SqlState.invalidBinaryRepresentation, `invalid number of dimensions: ${ndim}`);
  checkArrayDimensions(ndim);
  if (flags !== 0 && flags !== 1) throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid array flags');
  if (buf.readUInt32BE(8) !== elemOid) throw new PgError(SqlState.datatypeMismatch, 'wrong element type');
  need(buf, 12 + 8 * ndim);
  const dims: number[] = [];
  for (let i = 0; i < ndim; i++) dims.push(buf.readInt32BE(12 + 8 * i));
  // The stored JSON array has no bounds (as parseArrayLiteral).
  for (let i = 0; i < ndim; i++) if (buf.readInt32BE(16 + 8 * i) !== 1) throw new PgError(SqlState.featureNotSupported, 'an array with a lower bound other than 1 is not supported by evsql');
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
      items.push(decodeElement(buf.subarray(pos, pos + len), elemOid));
      pos += len;
    }
    return items;
  };
  const items = readLevel(0);
  if (pos !== buf.length) throw incorrectBinaryFormat();
  return arrayJson(items, elemOid);
}
