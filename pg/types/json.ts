/** json and jsonb: a parser that keeps numbers as written, and jsonb's normalized output. */
import { PgError, SqlState } from '../errors.js';
import { isDigit } from './input-syntax.js';
import { compareDecimals, decimalText, parseNumericText, type Decimal } from './numeric.js';

// SQLSTATE that errors.ts does not name.
const UNTRANSLATABLE_CHARACTER = '22P05';

/** A JSON number kept as written: jsonb prints it as numeric, and int8 arrays must not lose digits. */
export class JsonNumber {
  constructor(readonly raw: string) {}
}

export class JsonObject {
  constructor(readonly entries: Array<[string, JsonNode]>) {}
}

export type JsonNode = string | boolean | null | JsonNumber | JsonObject | JsonNode[];

export function invalidJson(): PgError {
  return new PgError(SqlState.invalidTextRepresentation, 'invalid input syntax for type json');
}

/** An RFC 8259 parser (what PostgreSQL's json lexer accepts) that keeps numbers' text. */
export function parseJson(text: string): JsonNode {
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

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * jsonb_out: ', ' and ': ' separators, numbers as numeric prints them, object keys deduplicated
 * (the last wins) and ordered by length, then bytewise.
 */
export function jsonbText(node: JsonNode): string {
  if (node === null) return 'null';
  if (typeof node === 'boolean') return node ? 'true' : 'false';
  if (typeof node === 'string') {
    if (node.includes('\u0000')) {
      throw new PgError(UNTRANSLATABLE_CHARACTER, 'unsupported Unicode escape sequence', {
        detail: '\\u0000 cannot be converted to text.',
      });
    }
    // jsonb stores text, where a \u escape of half a surrogate pair has no character (json keeps its text).
    if (LONE_SURROGATE.test(node)) throw invalidJson();
    return JSON.stringify(node);
  }
  if (node instanceof JsonNumber) return decimalText(parseNumericText(node.raw) as Decimal);
  if (Array.isArray(node)) return '[' + node.map(jsonbText).join(', ') + ']';
  const byKey = new Map<string, JsonNode>();
  for (const [key, value] of node.entries) byKey.set(key, value);
  const keys = [...byKey.keys()].sort(compareJsonbKeys);
  return '{' + keys.map((key) => jsonbText(key) + ': ' + jsonbText(byKey.get(key)!)).join(', ') + '}';
}

/** jsonb's key order: shorter keys first, then bytewise. */
export function compareJsonbKeys(a: string, b: string): number {
  return Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** jsonb's rank of a value's kind, in the order jsonb sorts them: null < string < number < boolean < array < object. */
function jsonbRank(v: JsonNode): number {
  if (v === null) return 0;
  if (typeof v === 'string') return 1;
  if (v instanceof JsonNumber) return 2;
  if (typeof v === 'boolean') return 3;
  return Array.isArray(v) ? 4 : 5;
}

/** An object's entries as jsonb keeps them: keys deduplicated (the last wins), in jsonb's key order. */
function jsonbEntries(o: JsonObject): Array<[string, JsonNode]> {
  const byKey = new Map(o.entries);
  return [...byKey.keys()].sort(compareJsonbKeys).map((k) => [k, byKey.get(k)!]);
}

/**
 * jsonb's btree order (compareJsonbContainers): kinds in jsonbRank's order, a scalar before any
 * array, numbers numerically, strings bytewise (the C collation), arrays and objects first by
 * their size, then element by element, objects key then value (keys compared as strings) in
 * jsonb's key order (by length first).
 */
export function compareJsonb(a: JsonNode, b: JsonNode): number {
  // A top-level scalar is stored as a one-element "raw scalar" array, and the arrays' sizes decide
  // before their kinds: an empty top-level array sorts before every scalar, null included.
  const emptyA = isEmptyArray(a);
  if (emptyA !== isEmptyArray(b) && (emptyA ? !isContainer(b) : !isContainer(a))) return emptyA ? -1 : 1;
  return compareJsonbNodes(a, b);
}

const isEmptyArray = (v: JsonNode): boolean => Array.isArray(v) && v.length === 0;

function compareJsonbNodes(a: JsonNode, b: JsonNode): number {
  const ra = jsonbRank(a);
  const rb = jsonbRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (typeof a === 'string') return Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b as string)));
  if (a instanceof JsonNumber) return Math.sign(compareDecimals(parseNumericText(a.raw) as Decimal, parseNumericText((b as JsonNumber).raw) as Decimal));
  if (typeof a === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (Array.isArray(a)) {
    const y = b as JsonNode[];
    if (a.length !== y.length) return a.length > y.length ? 1 : -1;
    for (let i = 0; i < a.length; i++) {
      const c = compareJsonbNodes(a[i]!, y[i]!);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (a === null) return 0;
  const x = jsonbEntries(a as JsonObject);
  const y = jsonbEntries(b as JsonObject);
  if (x.length !== y.length) return x.length > y.length ? 1 : -1;
  for (let i = 0; i < x.length; i++) {
    const c = compareJsonbNodes(x[i]![0], y[i]![0]) || compareJsonbNodes(x[i]![1], y[i]![1]);
    if (c !== 0) return Math.sign(c);
  }
  return 0;
}

/**
 * json's `->`: the member (the last of that key) or element (negative: from the end) as the source
 * text spells it, spaces and number digits kept, as PostgreSQL's json operators return it;
 * undefined when there is none. `text` is valid JSON (json_in checked it).
 */
export function jsonSourceStep(text: string, key: string | number): string | undefined {
  const container = jsonSourceMembers(text);
  if (!container || container.object !== (typeof key === 'string')) return undefined;
  const spans = container.members;
  let hit: [string, string] | undefined;
  if (typeof key === 'string') hit = [...spans].reverse().find(([name]) => name === key);
  else hit = spans[key < 0 ? spans.length + key : key];
  return hit?.[1];
}

/**
 * The members of a json object or array, each key (empty for an element) with its value as the
 * source text spells it, duplicate keys kept in order; undefined for a scalar.
 */
export function jsonSourceMembers(text: string): { object: boolean; members: Array<[string, string]> } | undefined {
  let pos = 0;
  const ws = () => {
    while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\n' || text[pos] === '\r')) pos++;
  };
  const skipString = () => {
    pos++;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
  };
  const skipValue = () => {
    if (text[pos] === '"') return skipString();
    if (text[pos] === '{' || text[pos] === '[') {
      let depth = 0;
      do {
        const c = text[pos];
        if (c === '"') {
          skipString();
          continue;
        }
        if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') depth--;
        pos++;
      } while (depth > 0 && pos < text.length);
      return;
    }
    while (pos < text.length && !',}] \t\n\r'.includes(text[pos]!)) pos++;
  };
  ws();
  const open = text[pos];
  if (open !== '{' && open !== '[') return undefined;
  pos++;
  const spans: Array<[string, string]> = [];
  ws();
  while (pos < text.length && text[pos] !== '}' && text[pos] !== ']') {
    let name = '';
    if (open === '{') {
      const start = pos;
      skipString();
      name = JSON.parse(text.slice(start, pos)) as string;
      ws();
      pos++; // ':'
      ws();
    }
    const start = pos;
    skipValue();
    spans.push([name, text.slice(start, pos)]);
    ws();
    if (text[pos] === ',') pos++;
    ws();
  }
  return { object: open === '{', members: spans };
}

function isContainer(v: JsonNode): v is JsonNode[] | JsonObject {
  return Array.isArray(v) || v instanceof JsonObject;
}

/**
 * jsonb's `@>` (JsonbDeepContains): an object's keys each with a value the same kind that contains
 * the other's; an array's scalar elements each equal to one of the container's scalars, its arrays
 * and objects each contained in one of the container's of their kind (`[1, [2]] @> [2]` is false,
 * `{"a": [1]} @> {"a": 1}` is false). Only at the top may an array contain a bare scalar.
 */
export function jsonbContains(a: JsonNode, b: JsonNode): boolean {
  if (Array.isArray(a) && !isContainer(b)) return a.some((x) => !isContainer(x) && compareJsonb(x, b) === 0);
  return deepContains(a, b);
}

function deepContains(a: JsonNode, b: JsonNode): boolean {
  if (!isContainer(a) || !isContainer(b)) return !isContainer(a) && !isContainer(b) && compareJsonb(a, b) === 0;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    return (b as JsonNode[]).every((y) => a.some((x) => isContainer(x) === isContainer(y) && Array.isArray(x) === Array.isArray(y) && deepContains(x, y)));
  }
  const mine = new Map((a as JsonObject).entries);
  return [...new Map((b as JsonObject).entries)].every(([k, v]) => mine.has(k) && deepContains(mine.get(k)!, v));
}

/**
 * A byte string whose bytewise order is compareJsonb's (jsonb's btree order), for ORDER BY: each
 * value its rank byte, then a string's UTF-8 bytes and a 0 (jsonb strings hold no NUL), a number
 * as sign, exponent and digits (trailing zeros dropped: 1.0 and 1 are one key, a negative's bytes
 * inverted), an array's or object's size before its members (an object's in jsonb's key order).
 */
export function jsonbSortKey(node: JsonNode): Buffer {
  // An empty top-level array before every scalar, as compareJsonb orders it.
  if (Array.isArray(node) && node.length === 0) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n >>> 0);
    return b;
  };
  const walk = (v: JsonNode): void => {
    parts.push(Buffer.of(jsonbRank(v)));
    if (v === null) return;
    if (typeof v === 'string') {
      parts.push(Buffer.from(v), Buffer.of(0));
      return;
    }
    if (typeof v === 'boolean') {
      parts.push(Buffer.of(v ? 1 : 0));
      return;
    }
    if (v instanceof JsonNumber) {
      parts.push(numberKey(parseNumericText(v.raw) as Decimal, u32));
      return;
    }
    if (Array.isArray(v)) {
      parts.push(u32(v.length));
      v.forEach(walk);
      return;
    }
    const entries = jsonbEntries(v);
    parts.push(u32(entries.length));
    for (const [k, x] of entries) {
      walk(k);
      walk(x);
    }
  };
  walk(node);
  return Buffer.concat(parts);
}

function numberKey(d: Decimal, u32: (n: number) => Buffer): Buffer {
  if (d.units === 0n) return Buffer.of(0x80);
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString();
  // value = 0.<digits> × 10^exponent
  const exponent = digits.length - d.scale;
  const significant = Buffer.from(digits.replace(/0+$/, ''));
  if (!negative) return Buffer.concat([Buffer.of(0xc0), u32(exponent + 0x80000000), significant, Buffer.of(0)]);
  return Buffer.concat([Buffer.of(0x40), u32(0x7fffffff - exponent), Buffer.from(significant.map((b) => 0xff - b)), Buffer.of(0xff)]);
}
