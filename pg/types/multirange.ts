/**
 * The built-in multirange types (multirangetypes.c): multirange_in's syntax, the canonical form
 * multirange_canonicalize keeps (its ranges sorted, the empty ones dropped, those that overlap or
 * touch merged), multirange_cmp's order, and the operators and functions over multiranges.
 * A multirange is stored as multirange_out prints it: `{[1,3),[5,7)}`. Pure.
 */
import { PgError, SqlState } from '../errors.js';
import { isSpace } from './input-syntax.js';
import {
  type DecodeElement, type Range, type RangeBound, compareRanges, containsElement, formatRange, makeRange, parseRange, rangeIntersection, rangeKey, rangeTest, rangeUnion,
} from './range.js';
import { OID } from './registry.js';

const RANGES = new Map<number, number>([
  [OID.int4multirange, OID.int4range],
  [OID.int8multirange, OID.int8range],
  [OID.nummultirange, OID.numrange],
  [OID.tsmultirange, OID.tsrange],
  [OID.tstzmultirange, OID.tstzrange],
  [OID.datemultirange, OID.daterange],
]);

/** The range type a multirange type is of; 0 when `oid` is none. */
export function multirangeRange(oid: number): number {
  return RANGES.get(oid) ?? 0;
}

/** The multirange type over a range type; 0 when there is none. */
export function multirangeOf(range: number): number {
  for (const [m, r] of RANGES) if (r === range) return m;
  return 0;
}

function malformed(text: string, detail: string): PgError {
  return new PgError(SqlState.invalidTextRepresentation, `malformed multirange literal: "${text}"`, { detail });
}

/** multirange_in: `{` ranges separated by commas `}`, each read by range_in. */
export function parseMultirange(text: string, oid: number, decodeElement: DecodeElement): Range[] {
  const range = multirangeRange(oid);
  let pos = 0;
  const skip = () => {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
  };
  skip();
  if (text[pos] !== '{') throw malformed(text, 'Missing left brace.');
  pos++;
  skip();
  const ranges: Range[] = [];
  if (text[pos] === '}') pos++;
  else {
    for (;;) {
      const start = pos;
      if (text.slice(pos, pos + 5).toLowerCase() === 'empty') pos += 5;
      else {
        if (text[pos] !== '[' && text[pos] !== '(') throw malformed(text, 'Expected range start.');
        let quoted = false;
        pos++;
        while (pos < text.length && (quoted || (text[pos] !== ']' && text[pos] !== ')'))) {
          if (text[pos] === '\\') pos++;
          else if (text[pos] === '"') quoted = !quoted;
          pos++;
        }
        if (pos >= text.length) throw malformed(text, 'Unexpected end of input.');
        pos++;
      }
      ranges.push(parseRange(text.slice(start, pos), range, decodeElement));
      skip();
      if (text[pos] === ',') {
        pos++;
        skip();
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        break;
      }
      throw malformed(text, 'Expected comma or end of multirange.');
    }
  }
  skip();
  if (pos < text.length) throw malformed(text, 'Junk after closing right brace.');
  return canonical(range, ranges);
}

/** multirange_canonicalize: sorted, without empty ranges, those that overlap or are adjacent merged. */
export function canonical(range: number, ranges: Range[]): Range[] {
  const sorted = ranges.filter((r) => !r.empty).sort((a, b) => compareRanges(range, a, b));
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && (rangeTest('&&', range, last, r) || rangeTest('-|-', range, last, r))) out[out.length - 1] = rangeUnion(range, last, r, false);
    else out.push(r);
  }
  return out;
}

export function formatMultirange(ranges: Range[]): string {
  return `{${ranges.map((r) => formatRange(r)).join(',')}}`;
}

/** multirange_cmp: range by range, then the one with fewer ranges first. */
export function compareMultiranges(range: number, a: Range[], b: Range[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareRanges(range, a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** multirange_cmp's order as text: each range's key after a '1', ended by a '0'. */
export function multirangeKey(range: number, m: Range[]): string {
  return m.map((r) => '1' + rangeKey(range, r)).join('') + '0';
}

const UNBOUNDED: RangeBound = { value: null, inclusive: false };

/** `a` less `b`: what lies below b's lower bound and above its upper bound. */
function rangeMinus(range: number, a: Range, b: Range): Range[] {
  if (!rangeTest('&&', range, a, b)) return [a];
  const below = b.lower.value === null ? [] : [rangeIntersection(range, a, makeRange(range, UNBOUNDED, { value: b.lower.value, inclusive: !b.lower.inclusive }))];
  const above = b.upper.value === null ? [] : [rangeIntersection(range, a, makeRange(range, { value: b.upper.value, inclusive: !b.upper.inclusive }, UNBOUNDED))];
  return [...below, ...above].filter((r) => !r.empty);
}

/** `+`, `-` and `*` of two multiranges. */
export function multirangeOperation(op: string, range: number, a: Range[], b: Range[]): Range[] {
  switch (op) {
    case '+':
      return canonical(range, [...a, ...b]);
    case '*':
      return canonical(range, a.flatMap((x) => b.map((y) => rangeIntersection(range, x, y))));
    default:
      return canonical(range, a.flatMap((x) => b.reduce<Range[]>((pieces, y) => pieces.flatMap((p) => rangeMinus(range, p, y)), [x])));
  }
}

/** The boolean operators between two multiranges: `@>`, `<@`, `&&`, `<<`, `>>`, `&<`, `&>`, `-|-`. */
export function multirangeTest(op: string, range: number, a: Range[], b: Range[]): boolean {
  switch (op) {
    case '@>':
      return b.every((y) => a.some((x) => rangeTest('@>', range, x, y)));
    case '<@':
      return multirangeTest('@>', range, b, a);
    case '&&':
      return a.some((x) => b.some((y) => rangeTest('&&', range, x, y)));
    default: {
      if (!a.length || !b.length) return false;
      // The others compare the multiranges' spans, as range_merge gives them.
      return rangeTest(op, range, merged(range, a), merged(range, b));
    }
  }
}

/** `@>` of an element. */
export function multirangeContainsElement(range: number, m: Range[], value: string): boolean {
  return m.some((r) => containsElement(range, r, value));
}

/** range_merge of a multirange: from its first range's lower bound to its last's upper; empty for none. */
export function merged(range: number, m: Range[]): Range {
  if (!m.length) return { empty: true, lower: UNBOUNDED, upper: UNBOUNDED };
  return makeRange(range, m[0]!.lower, m.at(-1)!.upper);
}
