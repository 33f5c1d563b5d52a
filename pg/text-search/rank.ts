/**
 * ts_rank (tsrank.c's calc_rank) in its float4 arithmetic: each float operation rounded to a
 * float, the double ones (exp, sqrt, log, the constants written as doubles) rounded where C
 * stores them into a float.
 */
import { PgError, SqlState } from '../errors.js';
import type { QueryNode, TsQuery } from './tsquery.js';
import { type Lexeme, type Position, type TsVector, LAST_POS, compareLexemes } from './tsvector.js';

const f = Math.fround;
/** D, C, B, A. */
export const WEIGHTS = [f(0.1), f(0.2), f(0.4), f(1.0)];

const LOG_LENGTH = 0x01;
const LENGTH = 0x02;
const UNIQUE = 0x08;
const LOG_UNIQUE = 0x10;
const RANK_PLUS_ONE = 0x20;

type Operand = Extract<QueryNode, { kind: 'val' }>;

/** SortAndUniqItems: the query's operands (those under NOT too), sorted by their text, one of each text. */
function operands(q: QueryNode): Operand[] {
  const all: Operand[] = [];
  const walk = (n: QueryNode) => {
    if (n.kind === 'val') all.push(n);
    else if (n.kind === 'not') walk(n.arg);
    else if (n.kind === 'op') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(q);
  const distinct = new Set<string>();
  const prefixes = new Set<string>();
  for (const o of all) (o.prefix ? prefixes : distinct).add(o.word);
  // One of each text: a text given both as a prefix and not would depend on qsort's order.
  for (const p of prefixes) if (distinct.has(p)) throw new PgError(SqlState.featureNotSupported, 'ts_rank of a query naming a word both as a prefix and not is not supported by evsql');
  const seen = new Map<string, Operand>();
  for (const o of all) if (!seen.has(o.word)) seen.set(o.word, o);
  return [...seen.values()].sort((a, b) => compareLexemes(a.word, b.word));
}

/** find_wordentry: the lexeme, or with a prefix every lexeme it begins. */
function entries(v: TsVector, o: Operand): Lexeme[] {
  return v.filter((l) => (o.prefix ? l.word.startsWith(o.word) : l.word === o.word));
}

function wordDistance(w: number): number {
  if (w > 100) return f(1e-30);
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(w) / 1.5 - 2)));
}

function rankOr(v: TsVector, items: Operand[], weights: number[]): number {
  let res = f(0);
  const none: Position[] = [{ pos: 0, weight: 0 }];
  for (const item of items) {
    for (const e of entries(v, item)) {
      const post = e.positions.length ? e.positions : none;
      let resj = f(0);
      let wjm = f(-1);
      let jm = 0;
      post.forEach((p, j) => {
        const w = weights[p.weight]!;
        resj = f(resj + f(w / ((j + 1) * (j + 1))));
        if (w > wjm) {
          wjm = w;
          jm = j;
        }
      });
      res = f(res + f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685);
    }
  }
  return items.length > 0 ? f(res / items.length) : res;
}

function rankAnd(v: TsVector, items: Operand[], weights: number[]): number {
  if (items.length < 2) return rankOr(v, items, weights);
  const none: Position[] = [{ pos: LAST_POS, weight: 0 }];
  const pos: Array<Position[] | undefined> = [];
  let res = f(-1);
  items.forEach((item, i) => {
    for (const e of entries(v, item)) {
      pos[i] = e.positions.length ? e.positions : none;
      const post = pos[i]!;
      for (let k = 0; k < i; k++) {
        const ct = pos[k];
        if (!ct) continue;
        for (const a of post) {
          for (const b of ct) {
            let dist = Math.abs(a.pos - b.pos);
            if (dist || post === none || ct === none) {
              if (!dist) dist = LAST_POS + 1;
              const curw = f(Math.sqrt(f(f(weights[a.weight]! * weights[b.weight]!) * wordDistance(dist))));
              res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw));
            }
          }
        }
      }
    }
  });
  return res;
}

/** Each lexeme's positions, one for a lexeme without any (cnt_length). */
export const countLength = (v: TsVector) => v.reduce((n, l) => n + Math.max(1, l.positions.length), 0);

/**
 * getWeights: the D, C, B and A weights of a weights array (its first four elements, a negative
 * one leaving the default), each float4; null elements are those the array has as SQL nulls.
 */
export function rankWeights(array: unknown): number[] {
  if (!Array.isArray(array) || array.some(Array.isArray)) throw new PgError(SqlState.arraySubscriptError, 'array of weight must be one-dimensional');
  if (array.length < WEIGHTS.length) throw new PgError(SqlState.arraySubscriptError, 'array of weight is too short');
  if (array.includes(null)) throw new PgError(SqlState.nullValueNotAllowed, 'array of weight must not contain nulls');
  return WEIGHTS.map((d, i) => {
    const w = f(Number(array[i]));
    if ((w >= 0 ? w : d) > 1.0) throw new PgError(SqlState.invalidParameterValue, 'weight out of range');
    return w >= 0 ? w : d;
  });
}

/** ts_rank([weights, ]vector, query[, normalization]). */
export function tsRank(v: TsVector, q: TsQuery, method: number, weights = WEIGHTS): number {
  if (!v.length || !q) return 0;
  const items = operands(q);
  let res = q.kind === 'op' && (q.op === '&' || q.op === '<->') ? rankAnd(v, items, weights) : rankOr(v, items, weights);
  if (res < 0) res = f(1e-20);
  if (method & LOG_LENGTH) res = f(res / (Math.log(countLength(v) + 1) / Math.log(2.0)));
  if (method & LENGTH) {
    const len = countLength(v);
    if (len > 0) res = f(res / len);
  }
  if (method & UNIQUE) res = f(res / v.length);
  if (method & LOG_UNIQUE) res = f(res / (Math.log(v.length + 1) / Math.log(2.0)));
  if (method & RANK_PLUS_ONE) res = f(res / f(res + 1));
  return res;
}
