/**
 * jsonb's editing functions and operators over the parsed document (json.ts's JsonNode), so that
 * numbers keep their text (2.50, int8 digits beyond 2^53): `||`, `-`, `#-`, `?`, `?|`, `?&`,
 * jsonb_set, jsonb_insert, jsonb_strip_nulls, jsonb_pretty, jsonb_typeof. Pure.
 */
import { PgError, SqlState } from '../errors.js';
import { JsonNumber, JsonObject, type JsonNode, compareJsonbKeys, jsonbText } from './json.js';

/** An object's members as jsonb keeps them: one per key, the last written winning. */
function members(o: JsonObject): Map<string, JsonNode> {
  return new Map(o.entries);
}

function objectOf(m: Map<string, JsonNode>): JsonObject {
  return new JsonObject([...m.entries()]);
}

function isObject(v: JsonNode): v is JsonObject {
  return v instanceof JsonObject;
}

/** jsonb_concat: objects merge (the right one's keys win), anything else concatenates as arrays. */
export function jsonbConcat(a: JsonNode, b: JsonNode): JsonNode {
  if (isObject(a) && isObject(b)) return objectOf(new Map([...members(a), ...members(b)]));
  return [...(Array.isArray(a) ? a : [a]), ...(Array.isArray(b) ? b : [b])];
}

function scalarError(what: string): PgError {
  return new PgError(SqlState.invalidParameterValue, `cannot ${what} scalar`);
}

/** jsonb - text: an object's key, or an array's string elements equal to it. */
export function jsonbDeleteKey(doc: JsonNode, key: string): JsonNode {
  return jsonbDeleteKeys(doc, [key]);
}

/** jsonb - text[]. */
export function jsonbDeleteKeys(doc: JsonNode, keys: string[]): JsonNode {
  const drop = new Set(keys);
  if (Array.isArray(doc)) return doc.filter((e) => typeof e !== 'string' || !drop.has(e));
  if (isObject(doc)) return objectOf(new Map([...members(doc)].filter(([k]) => !drop.has(k))));
  throw scalarError('delete from');
}

/** jsonb - integer: an array's element, counted from the end when negative. */
export function jsonbDeleteIndex(doc: JsonNode, index: number): JsonNode {
  if (isObject(doc)) throw new PgError(SqlState.invalidParameterValue, 'cannot delete from object using integer index');
  if (!Array.isArray(doc)) throw scalarError('delete from');
  const i = index < 0 ? doc.length + index : index;
  return doc.filter((_, j) => j !== i);
}

/** jsonb ? text: a key of the object, a string element of the array, or the string scalar itself. */
export function jsonbExists(doc: JsonNode, key: string): boolean {
  if (isObject(doc)) return members(doc).has(key);
  if (Array.isArray(doc)) return doc.some((e) => e === key);
  return doc === key;
}

function arrayIndex(key: string, position: number): number {
  if (!/^\s*[-+]?\d+\s*$/.test(key)) {
    throw new PgError(SqlState.invalidTextRepresentation, `path element at position ${position} is not an integer: "${key}"`);
  }
  return Number(key);
}

/** A path argument's keys; a NULL element is an error, as PostgreSQL raises it. */
export function pathKeys(keys: Array<string | null>): string[] {
  keys.forEach((k, i) => {
    if (k === null) throw new PgError(SqlState.nullValueNotAllowed, `path element at position ${i + 1} is null`);
  });
  return keys as string[];
}

/** jsonb #- text[]: the document without the element the path names. */
export function jsonbDeletePath(doc: JsonNode, path: string[]): JsonNode {
  if (!Array.isArray(doc) && !isObject(doc)) throw scalarError('delete path in');
  const walk = (node: JsonNode, level: number): JsonNode => {
    const key = path[level]!;
    const last = level === path.length - 1;
    if (isObject(node)) {
      const m = members(node);
      if (!m.has(key)) return node;
      if (last) m.delete(key);
      else m.set(key, walk(m.get(key)!, level + 1));
      return objectOf(m);
    }
    if (Array.isArray(node)) {
      let i = arrayIndex(key, level + 1);
      if (i < 0) i += node.length;
      if (i < 0 || i >= node.length) return node;
      if (last) return node.filter((_, j) => j !== i);
      return node.map((e, j) => (j === i ? walk(e, level + 1) : e));
    }
    return node;
  };
  return path.length === 0 ? doc : walk(doc, 0);
}

type SetMode = 'replace' | 'before' | 'after';

/**
 * setPath of jsonfuncs.c: jsonb_set (mode replace, creating a missing last key or index when
 * asked) and jsonb_insert (before or after the element the path names; a key must be new).
 */
export function jsonbSetPath(doc: JsonNode, path: string[], value: JsonNode, mode: SetMode, create: boolean): JsonNode {
  if (!Array.isArray(doc) && !isObject(doc)) throw scalarError('set path in');
  const walk = (node: JsonNode, level: number): JsonNode => {
    const key = path[level]!;
    const last = level === path.length - 1;
    if (isObject(node)) {
      const m = members(node);
      if (m.has(key)) {
        if (last && mode !== 'replace') {
          throw new PgError(SqlState.invalidParameterValue, 'cannot replace existing key', { hint: 'Try using the function jsonb_set to replace key value.' });
        }
        m.set(key, last ? value : walk(m.get(key)!, level + 1));
        return objectOf(m);
      }
      if (last && (create || mode !== 'replace')) {
        m.set(key, value);
        return objectOf(m);
      }
      return node;
    }
    if (Array.isArray(node)) {
      const n = node.length;
      let i = arrayIndex(key, level + 1);
      let prepend = false;
      if (i < 0) {
        if (-i > n) prepend = true;
        else i += n;
      }
      if (i > n) i = n;
      const out: JsonNode[] = [];
      const adding = create || mode !== 'replace';
      if ((prepend || n === 0) && adding && last) out.push(value);
      node.forEach((e, j) => {
        if (j !== i || prepend) return void out.push(e);
        if (!last) return void out.push(walk(e, level + 1));
        if (mode === 'before') out.push(value, e);
        else if (mode === 'after') out.push(e, value);
        else out.push(value);
      });
      if (adding && last && i === n && n > 0 && !prepend) out.push(value);
      return out;
    }
    return node;
  };
  return path.length === 0 ? doc : walk(doc, 0);
}

/**
 * `SET doc[k1][k2]… = value`, as jsonb_set_element sets it (setPath with CREATE, FILL_GAPS and
 * CONSISTENT_POSITION): missing keys and levels are made (an array for an integer key, padded with
 * nulls up to it), a scalar on the way is 22023, a negative index past the start 22023. A NULL
 * document starts as an array when the first subscript is an integer, else as an object.
 */
export function jsonbAssignPath(doc: JsonNode | undefined, path: string[], value: JsonNode, expectArray: boolean): JsonNode {
  const integer = (key: string) => /^[-+]?\d+$/.test(key) && Math.abs(Number(key)) <= 2147483647;
  // The levels past `level` made anew: objects for text keys, arrays (nulls up to the index) for integers.
  const made = (level: number): JsonNode => {
    if (level === path.length) return value;
    const key = path[level]!;
    if (!integer(key)) return objectOf(new Map([[key, made(level + 1)]]));
    return [...Array<JsonNode>(Math.max(0, Number(key))).fill(null), made(level + 1)];
  };
  const walk = (node: JsonNode, level: number): JsonNode => {
    const key = path[level]!;
    const last = level === path.length - 1;
    if (isObject(node)) {
      const m = members(node);
      m.set(key, m.has(key) && !last ? walk(m.get(key)!, level + 1) : last ? value : made(level + 1));
      return objectOf(m);
    }
    if (!Array.isArray(node)) {
      throw new PgError(SqlState.invalidParameterValue, 'cannot replace existing key', { detail: 'The path assumes key is a composite object, but it is a scalar value.' });
    }
    let i = arrayIndex(key, level + 1);
    if (i < 0) {
      if (-i > node.length) throw new PgError(SqlState.invalidParameterValue, `path element at position ${level + 1} is out of range: ${i}`);
      i += node.length;
    }
    if (i < node.length) return node.map((e, j) => (j !== i ? e : last ? value : walk(e, level + 1)));
    return [...node, ...Array<JsonNode>(i - node.length).fill(null), last ? value : made(level + 1)];
  };
  return walk(doc ?? (expectArray ? [] : objectOf(new Map())), 0);
}

/** jsonb_strip_nulls: object members whose value is null, at every depth (array elements stay). */
export function jsonbStripNulls(v: JsonNode): JsonNode {
  if (Array.isArray(v)) return v.map(jsonbStripNulls);
  if (isObject(v)) return objectOf(new Map([...members(v)].filter(([, x]) => x !== null).map(([k, x]) => [k, jsonbStripNulls(x)])));
  return v;
}

/** jsonb_typeof. */
export function jsonbTypeof(v: JsonNode): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (isObject(v)) return 'object';
  if (v instanceof JsonNumber) return 'number';
  return typeof v === 'boolean' ? 'boolean' : 'string';
}

/** jsonb_pretty: four spaces a level, members in jsonb's order, empty containers on two lines. */
export function jsonbPretty(v: JsonNode, indent = ''): string {
  const inner = indent + '    ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[\n' + indent + ']';
    return '[\n' + v.map((e) => inner + jsonbPretty(e, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (isObject(v)) {
    const m = members(v);
    if (m.size === 0) return '{\n' + indent + '}';
    const keys = [...m.keys()].sort(compareJsonbKeys);
    return '{\n' + keys.map((k) => inner + jsonbText(k) + ': ' + jsonbPretty(m.get(k)!, inner)).join(',\n') + '\n' + indent + '}';
  }
  return jsonbText(v);
}
