/**
 * ts_rank_cd (tsrank.c's calc_rank_cd): the covers of the query in the document, the shortest
 * stretches of the query's lexemes that satisfy it, each scored by its lexemes' weights and the
 * words between them, in double arithmetic rounded to a float at the end.
 */
import { countLength, WEIGHTS } from './rank.js';
import { type OperandCheck, type QueryNode, type TsQuery, tsExecute } from './tsquery.js';
import type { TsVector } from './tsvector.js';

type Operand = Extract<QueryNode, { kind: 'val' }>;

/** get_docrep's DocRepresentation: a position of a lexeme the query names, with the operands naming it. */
interface DocEntry {
  pos: number;
  weight: number;
  lexeme: number;
  items: Operand[];
}

const LOG_LENGTH = 0x01;
const LENGTH = 0x02;
const EXTENT_DISTANCE = 0x04;
const UNIQUE = 0x08;
const LOG_UNIQUE = 0x10;
const RANK_PLUS_ONE = 0x20;

function operandsOf(n: QueryNode, out: Operand[] = []): Operand[] {
  if (n.kind === 'val') out.push(n);
  else if (n.kind === 'not') operandsOf(n.arg, out);
  else if (n.kind === 'op') {
    operandsOf(n.left, out);
    operandsOf(n.right, out);
  }
  return out;
}

/** get_docrep: every position (of an operand's weights) of every lexeme an operand matches, by position, weight and lexeme. */
function documentOf(v: TsVector, q: QueryNode): DocEntry[] {
  const raw: DocEntry[] = [];
  for (const item of operandsOf(q)) {
    v.forEach((l, lexeme) => {
      if (!(item.prefix ? l.word.startsWith(item.word) : l.word === item.word)) return;
      for (const p of l.positions) if (!item.weight || item.weight & (1 << p.weight)) raw.push({ pos: p.pos, weight: p.weight, lexeme, items: [item] });
    });
  }
  raw.sort((a, b) => a.pos - b.pos || a.weight - b.weight || a.lexeme - b.lexeme);
  const doc: DocEntry[] = [];
  for (const e of raw) {
    const last = doc.at(-1);
    if (last && last.pos === e.pos && last.weight === e.weight && last.lexeme === e.lexeme) last.items.push(...e.items);
    else doc.push(e);
  }
  return doc;
}

interface Cover {
  begin: number;
  end: number;
  p: number;
  q: number;
}

/** Cover, over and over: the first end from `start` where the query holds, then back from it the nearest begin where it holds too. */
function coversOf(doc: DocEntry[], query: QueryNode): Cover[] {
  const seen = new Map<Operand, number[]>();
  const check: OperandCheck = (val, data) => {
    const positions = seen.get(val);
    if (!positions) return 'no';
    if (data) data.pos = [...positions];
    return 'yes';
  };
  // fillQueryRepresentationData: a position is added once, at the end the scan moves toward.
  const fill = (e: DocEntry, backward: boolean) => {
    for (const item of e.items) {
      const positions = seen.get(item) ?? [];
      seen.set(item, positions);
      if (positions.at(backward ? 0 : -1) === e.pos) continue;
      if (backward) positions.unshift(e.pos);
      else positions.push(e.pos);
    }
  };
  const covers: Cover[] = [];
  let start = 0;
  for (;;) {
    seen.clear();
    let end = -1;
    for (let i = start; i < doc.length; i++) {
      fill(doc[i]!, false);
      if (tsExecute(query, check)) {
        end = i;
        break;
      }
    }
    if (end < 0) return covers;
    seen.clear();
    let i = end;
    let begin = -1;
    for (; i >= start; i--) {
      fill(doc[i]!, true);
      if (tsExecute(query, check)) {
        begin = i;
        break;
      }
    }
    if (begin >= 0 && doc[begin]!.pos <= doc[end]!.pos) {
      covers.push({ begin, end, p: doc[begin]!.pos, q: doc[end]!.pos });
      start = begin + 1;
    } else {
      start++;
    }
  }
}

/** ts_rank_cd([weights, ]vector, query[, normalization]). */
export function tsRankCd(v: TsVector, q: TsQuery, method: number, weights = WEIGHTS): number {
  if (!q) return 0;
  const doc = documentOf(v, q);
  if (!doc.length) return 0;
  const inverse = weights.map((w) => 1.0 / w);
  let rank = 0;
  let sumDistance = 0;
  let previous = 0;
  let extents = 0;
  for (const c of coversOf(doc, q)) {
    let inverseSum = 0;
    for (let k = c.begin; k <= c.end; k++) inverseSum += inverse[doc[k]!.weight]!;
    const density = (c.end - c.begin + 1) / inverseSum;
    // Positions past the last one share it: a cover may then look shorter than its lexemes.
    let noise = c.q - c.p - (c.end - c.begin);
    if (noise < 0) noise = Math.trunc((c.end - c.begin) / 2);
    rank += density / (1 + noise);
    const middle = (c.q + c.p) / 2.0;
    if (extents > 0 && middle > previous) sumDistance += 1.0 / (middle - previous);
    previous = middle;
    extents++;
  }
  if (method & LOG_LENGTH && v.length > 0) rank /= Math.log(countLength(v) + 1);
  if (method & LENGTH) {
    const len = countLength(v);
    if (len > 0) rank /= len;
  }
  if (method & EXTENT_DISTANCE && extents > 0 && sumDistance > 0) rank /= extents / sumDistance;
  if (method & UNIQUE && v.length > 0) rank /= v.length;
  if (method & LOG_UNIQUE && v.length > 0) rank /= Math.log(v.length + 1) / Math.log(2.0);
  if (method & RANK_PLUS_ONE) rank /= rank + 1;
  return Math.fround(rank);
}
