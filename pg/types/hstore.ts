/**
 * The hstore extension's type: input as hstore_in parses it, output as hstore_out prints it, the
 * binary form of hstore_send/hstore_recv, and the pair-set operations of hstore_op.c.
 *
 * A value is stored as its output text, whose pairs are in hstore's own order (a shorter key
 * first, then bytes); equal values have one text, so `=`, GROUP BY and DISTINCT compare it.
 */
import { PgError, SqlState } from '../errors.js';

/** One pair; a NULL value is null. Keys are unique and in hstore's order once made by `pairsOf`. */
export interface HstorePair {
  key: string;
  value: string | null;
}

/** scanner_isspace: the bytes hstore's parser skips. */
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}

/** hstore_in's error for a byte where none fits: XX000 (elog) in PostgreSQL 15. */
function syntaxError(text: string, at: number): PgError {
  const bytes = Buffer.byteLength(text.slice(0, at));
  return new PgError(SqlState.internalError, `Syntax error near "${String.fromCodePoint(text.codePointAt(at)!)}" at position ${bytes}`);
}

function unexpectedEnd(): PgError {
  return new PgError(SqlState.internalError, 'Unexpected end of string');
}

/**
 * get_val: a key (`value` false: `=` ends it) or a value (`,` ends it) starting at `at`; undefined
 * at the end of the text before any of it. `end` is where the caller goes on from.
 */
function word(text: string, at: number, value: boolean): { word: string; quoted: boolean; end: number } | undefined {
  let i = at;
  while (isSpace(text[i])) i++;
  if (i >= text.length) return undefined;
  let out = '';
  if (text[i] === '"') {
    for (i++; ; i++) {
      if (i >= text.length) throw unexpectedEnd();
      if (text[i] === '"') return { word: out, quoted: true, end: i + 1 };
      if (text[i] === '\\') {
        i++;
        if (i >= text.length) throw unexpectedEnd();
      }
      out += text[i];
    }
  }
  if (text[i] === '=' && !value) throw syntaxError(text, i);
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i++;
      if (i >= text.length) throw unexpectedEnd();
      out += text[i];
    } else if ((c === '=' && !value) || (c === ',' && value)) {
      return { word: out, quoted: false, end: i };
    } else if (isSpace(c)) {
      return { word: out, quoted: false, end: i + 1 };
    } else {
      out += c;
    }
  }
  return { word: out, quoted: false, end: i };
}

/** hstore_in: the pairs a text writes, in the order written (duplicates kept). */
function parsePairs(text: string): HstorePair[] {
  const pairs: HstorePair[] = [];
  let i = 0;
  for (;;) {
    const key = word(text, i, false);
    if (!key) return pairs;
    i = key.end;
    // `=>`, after blanks.
    while (isSpace(text[i])) i++;
    if (i >= text.length) throw unexpectedEnd();
    if (text[i] !== '=') throw syntaxError(text, i);
    i++;
    if (i >= text.length) throw unexpectedEnd();
    if (text[i] !== '>') throw syntaxError(text, i);
    const value = word(text, i + 1, true);
    if (!value) throw unexpectedEnd();
    // An unquoted NULL, in any case, is no value.
    const isNull = !value.quoted && value.word.length === 4 && value.word.toLowerCase() === 'null';
    pairs.push({ key: key.word, value: isNull ? null : value.word });
    i = value.end;
    // A comma, else blanks to the end.
    for (;;) {
      if (i >= text.length) return pairs;
      if (text[i] === ',') {
        i++;
        break;
      }
      if (!isSpace(text[i])) throw syntaxError(text, i);
      i++;
    }
  }
}

/** hstore's key order: the shorter key (in bytes) first, then memcmp of the bytes. */
export function compareKeys(a: string, b: string): number {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length !== y.length ? x.length - y.length : Buffer.compare(x, y);
}

/** hstoreUniquePairs: sorted in hstore's order, the first of each key kept. */
export function pairsOf(pairs: HstorePair[]): HstorePair[] {
  const sorted = pairs.map((p, i) => ({ p, i })).sort((a, b) => compareKeys(a.p.key, b.p.key) || a.i - b.i);
  return sorted.filter((x, n) => n === 0 || sorted[n - 1]!.p.key !== x.p.key).map((x) => x.p);
}

/** hstore_in and then hstore_out: the stored text of an hstore literal. */
export function hstoreIn(text: string): string {
  return hstoreText(pairsOf(parsePairs(text)));
}

/** The pairs of a stored value (its canonical text, which parses back as written). */
export function hstorePairs(stored: string): HstorePair[] {
  return parsePairs(stored);
}

const quoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/** hstore_out: `"key"=>"value", "other"=>NULL`, backslashes and quotes escaped. */
export function hstoreText(pairs: HstorePair[]): string {
  return pairs.map((p) => `${quoted(p.key)}=>${p.value === null ? 'NULL' : quoted(p.value)}`).join(', ');
}

/** hstore_send: the pair count, then each key's and value's length (-1 for NULL) and bytes. */
export function hstoreBinary(stored: string): Buffer {
  const pairs = hstorePairs(stored);
  const parts: Buffer[] = [int32(pairs.length)];
  for (const p of pairs) {
    const key = Buffer.from(p.key);
    parts.push(int32(key.length), key);
    if (p.value === null) parts.push(int32(-1));
    else {
      const value = Buffer.from(p.value);
      parts.push(int32(value.length), value);
    }
  }
  return Buffer.concat(parts);
}

function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}

/** hstore_recv: the pairs of the binary form, made unique; 22004 for a NULL key. */
export function hstoreFromBinary(buf: Buffer): string {
  const count = buf.readInt32BE(0);
  const pairs: HstorePair[] = [];
  let at = 4;
  const read = (): string | null => {
    const len = buf.readInt32BE(at);
    at += 4;
    if (len < 0) return null;
    const s = buf.subarray(at, at + len).toString('utf8');
    at += len;
    return s;
  };
  for (let i = 0; i < count; i++) {
    const key = read();
    if (key === null) throw nullKey();
    pairs.push({ key, value: read() });
  }
  return hstoreText(pairsOf(pairs));
}

export function nullKey(): PgError {
  return new PgError(SqlState.nullValueNotAllowed, 'null value not allowed for hstore key');
}

/** The value of `key`: undefined where there is no such key, null where its value is NULL. */
export function fetchValue(pairs: HstorePair[], key: string): string | null | undefined {
  const found = pairs.find((p) => p.key === key);
  return found ? found.value : undefined;
}

/** hstore_contains: every pair of `tmpl` is in `value` (a NULL value matches a NULL one). */
export function contains(value: HstorePair[], tmpl: HstorePair[]): boolean {
  const byKey = new Map(value.map((p) => [p.key, p.value]));
  return tmpl.every((p) => byKey.has(p.key) && byKey.get(p.key) === p.value);
}

/** hstore_concat: the right operand's pairs win. */
export function concat(a: HstorePair[], b: HstorePair[]): HstorePair[] {
  const keys = new Set(b.map((p) => p.key));
  return pairsOf([...b, ...a.filter((p) => !keys.has(p.key))]);
}

/** hstore_delete_hstore: the pairs of `a` that `b` has not with the same value (NULL equal to NULL). */
export function deletePairs(a: HstorePair[], b: HstorePair[]): HstorePair[] {
  return a.filter((p) => !contains(b, [p]));
}

/**
 * A text whose order (SQLite's BINARY) is hstore_cmp's, the btree class's that ORDER BY uses: an
 * empty hstore first; else the pairs' keys and values as one string of bytes (memcmp, a prefix
 * first), then the pair count, then each key's and value's end offset and whether it is NULL.
 */
export function hstoreSortKey(pairs: HstorePair[]): string {
  if (!pairs.length) return '0';
  const hex8 = (n: number) => n.toString(16).padStart(8, '0');
  let bytes = '';
  let entries = '';
  let end = 0;
  for (const p of pairs) {
    const key = Buffer.from(p.key);
    const value = Buffer.from(p.value ?? '');
    bytes += key.toString('hex') + value.toString('hex');
    end += key.length;
    entries += hex8(end) + '0';
    end += value.length;
    entries += hex8(end) + (p.value === null ? '1' : '0');
  }
  return `1${bytes} ${hex8(pairs.length)}${entries}`;
}

/** hstore_to_json(b): keys and values as JSON strings, NULL as null. */
export function hstoreJson(pairs: HstorePair[]): string {
  return `{${pairs.map((p) => `${JSON.stringify(p.key)}: ${p.value === null ? 'null' : JSON.stringify(p.value)}`).join(', ')}}`;
}

/**
 * hstore_to_json_loose: a value that reads as a number or boolean is written as one. PostgreSQL
 * checks for `t`/`f` and for a number JSON would take (IsValidJsonNumber).
 */
export function hstoreJsonLoose(pairs: HstorePair[]): string {
  const loose = (v: string) => (v === 't' ? 'true' : v === 'f' ? 'false' : /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(v) ? v : JSON.stringify(v));
  return `{${pairs.map((p) => `${JSON.stringify(p.key)}: ${p.value === null ? 'null' : loose(p.value)}`).join(', ')}}`;
}
