/**
 * A numeric[]'s elements at the scales they were written with. An array is stored as the JSON of
 * its elements' canonical forms (array.ts), one text per value so that equal arrays compare equal;
 * an unconstrained numeric[] column keeps beside it, as an unconstrained numeric does
 * (dialect/catalog/numeric-display.ts), the JSON with each element's decimal text (`[1.50,2.000]`),
 * which array_out prints as written.
 */
import { parseArrayLiteral } from './array.js';
import { JsonNumber, parseJson, type JsonNode } from './json.js';
import { decimalStorage, decimalText, numericText, parseNumericText, rescale } from './numeric.js';
import type { SqliteValue } from './registry.js';

type Items = Array<string | null | Items>;

/** An array literal's or a stored JSON array's elements as text; undefined for anything else. */
function itemsOf(v: SqliteValue): Items | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trimStart();
  try {
    if (s.startsWith('{')) return parseArrayLiteral(v) as Items;
    if (!s.startsWith('[')) return undefined;
    const walk = (n: JsonNode): string | null | Items => (Array.isArray(n) ? n.map(walk) : n instanceof JsonNumber ? n.raw : typeof n === 'string' ? n : null);
    const items = walk(parseJson(v));
    return Array.isArray(items) ? items : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON of the items with each element written by `element`; undefined where one is no numeric. */
function writeItems(items: Items, element: (text: string) => string | undefined): string | undefined {
  const out: string[] = [];
  for (const x of items) {
    const w = x === null ? 'null' : Array.isArray(x) ? writeItems(x, element) : element(x);
    if (w === undefined) return undefined;
    out.push(w);
  }
  return `[${out.join(',')}]`;
}

/** An element's canonical form's text: the stored value's digits, a special value's name. */
function canonicalElement(text: string): string | undefined {
  const d = parseNumericText(text);
  return d === undefined ? undefined : typeof d === 'string' ? JSON.stringify(d) : numericText(decimalStorage(d), -1);
}

/** An element as numeric_out prints it, at the scale it was written with. */
function shownElement(text: string): string | undefined {
  const d = parseNumericText(text);
  return d === undefined ? undefined : typeof d === 'string' ? JSON.stringify(d) : decimalText(d);
}

/**
 * What a numeric[]'s display column keeps of a value written as `v` (an array literal, or the JSON
 * of elements written at their scales): the JSON of its elements' decimal texts; null where each
 * prints as stored.
 */
export function numericArrayDisplay(v: SqliteValue): string | null {
  const items = itemsOf(v);
  if (!items) return null;
  const shown = writeItems(items, shownElement);
  return shown === undefined || shown === writeItems(items, canonicalElement) ? null : shown;
}

/** A numeric[] (its elements' decimal texts, `["1.50","100"]`) as JSON of numbers as written: `[1.50,100]`. */
export function numericArrayJson(v: SqliteValue): string | null {
  const items = itemsOf(v);
  return items ? (writeItems(items, shownElement) ?? null) : null;
}

/** Whether a display column's JSON is still the stored array's value (a write may have left it as it was). */
export function numericArrayShows(stored: SqliteValue, display: string): boolean {
  const [a, b] = [itemsOf(stored), itemsOf(display)];
  if (!a || !b) return false;
  const x = writeItems(a, canonicalElement);
  return x !== undefined && x === writeItems(b, canonicalElement);
}

/**
 * A numeric[] as the JSON of its elements' decimal texts, each a JSON string (`["1.50","2"]`):
 * at `scale` where one is given (a numeric(p,s)[]'s), else as the value writes them (a display
 * column's JSON). What takes the array apart reads each element as that text (subscripts,
 * slices, array_to_string), which keeps its scale; array_out prints it as written.
 */
export function numericArrayTexts(v: SqliteValue, scale: number): string | null {
  const items = itemsOf(v);
  if (!items) return null;
  const element = (text: string) => {
    const d = parseNumericText(text);
    if (d === undefined) return undefined;
    return JSON.stringify(typeof d === 'string' ? d : decimalText(scale >= 0 ? rescale(d, scale) : d));
  };
  return writeItems(items, element) ?? null;
}
