/**
 * tsquery (tsquery.c, to_tsany.c, tsquery_cleanup.c, tsvector_op.c): its input and output, the
 * queries to_tsquery, plainto_tsquery, phraseto_tsquery and websearch_to_tsquery make, stop
 * word removal, and matching a tsvector (TS_execute, with positions for phrases).
 */
import { PgError, SqlState } from '../errors.js';
import { type ConfigName, parseWords } from './config.js';
import { type Position, type TsVector, quoteLexeme, readWord } from './tsvector.js';

export type QueryNode =
  | { kind: 'val'; word: string; /** Bit 3 is A … bit 0 is D; 0: any. */ weight: number; prefix: boolean }
  | { kind: 'stop' }
  | { kind: 'not'; arg: QueryNode }
  | { kind: 'op'; op: '&' | '|' | '<->'; distance: number; left: QueryNode; right: QueryNode };

/** A tsquery; null is the empty query (''). */
export type TsQuery = QueryNode | null;

const MAX_DISTANCE = 16384;
const PRIORITY = { '|': 1, '&': 2, '<->': 3, '!': 4 } as const;

/** A notice PostgreSQL sends while making a query; the caller passes it on. */
export type Notify = (message: string) => void;

/** A phrase operator's distance, checked as parse_phrase_operator and tsquery_phrase_distance check it. */
export function phraseDistance(distance: number): number {
  if (distance < 0 || distance > MAX_DISTANCE) throw new PgError(SqlState.invalidParameterValue, `distance in phrase operator must be an integer value between zero and ${MAX_DISTANCE} inclusive`);
  return distance;
}

function syntaxError(input: string): PgError {
  return new PgError(SqlState.syntaxError, `syntax error in tsquery: "${input}"`);
}

export type Operand = (word: string, weight: number, prefix: boolean) => QueryNode;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/** parse_tsquery over gettoken_query_standard: `!` over `<N>` over `&` over `|`, all but `!` from the left. */
function parseQuery(input: string, operand: Operand, notify: Notify): { query: TsQuery; stops: boolean } {
  const text = [...input];
  let i = 0;
  let stops = false;
  const skip = () => {
    while (isSpace(text[i])) i++;
  };
  const value = (): QueryNode => {
    const w = readWord(text, i, true, () => syntaxError(input));
    if (!w) throw new PgError(SqlState.syntaxError, `no operand in tsquery: "${input}"`);
    i = w.end;
    let weight = 0;
    let prefix = false;
    if (text[i] === ':') {
      for (i++; i < text.length; i++) {
        const c = text[i]!.toLowerCase();
        if (c === '*') prefix = true;
        else if (c >= 'a' && c <= 'd') weight |= 1 << (3 - (c.charCodeAt(0) - 97));
        else break;
      }
    }
    const node = operand(w.word, weight, prefix);
    if (hasStop(node)) stops = true;
    return node;
  };
  const unary = (): QueryNode => {
    skip();
    if (text[i] === '!') {
      i++;
      return { kind: 'not', arg: unary() };
    }
    if (text[i] === '(') {
      i++;
      const inner = binary(1);
      skip();
      if (text[i] !== ')') throw syntaxError(input);
      i++;
      return inner;
    }
    if (text[i] === ':') throw syntaxError(input);
    return value();
  };
  const operator = (): { op: '&' | '|' | '<->'; distance: number; length: number } | undefined => {
    skip();
    const c = text[i];
    if (c === '&' || c === '|') return { op: c, distance: 0, length: 1 };
    if (c !== '<') return undefined;
    const m = /^<(-|\d+)>/.exec(text.slice(i, i + 12).join(''));
    if (!m) throw syntaxError(input);
    const distance = m[1] === '-' ? 1 : Number(m[1]);
    return { op: '<->', distance: phraseDistance(distance), length: m[0].length };
  };
  const binary = (min: number): QueryNode => {
    let left = unary();
    for (;;) {
      const o = operator();
      if (!o || PRIORITY[o.op] < min) return left;
      i += o.length;
      const right = binary(PRIORITY[o.op] + 1);
      left = { kind: 'op', op: o.op, distance: o.distance, left, right };
    }
  };
  skip();
  if (i >= text.length) {
    notify(`text-search query doesn't contain lexemes: "${input}"`);
    return { query: null, stops };
  }
  const query = binary(1);
  skip();
  if (i < text.length) throw syntaxError(input);
  return { query, stops };
}

export function hasStop(n: QueryNode): boolean {
  return n.kind === 'stop' || (n.kind === 'not' && hasStop(n.arg)) || (n.kind === 'op' && (hasStop(n.left) || hasStop(n.right)));
}

/** tsqueryin: each operand taken as written. */
export function parseTsquery(input: string, notify: Notify): TsQuery {
  return parseQuery(input, (word, weight, prefix) => ({ kind: 'val', word, weight, prefix }), notify).query;
}

/**
 * pushval_morph: an operand's words through the configuration, joined by `joiner` in order, a
 * stop word among them kept as a placeholder that stop word removal turns into distance.
 */
export function morph(config: ConfigName, joiner: '&' | '<->'): Operand {
  return (text, weight, prefix) => {
    const words = parseWords(config, text);
    if (!words.length) return { kind: 'stop' };
    let node: QueryNode | undefined;
    let pos = 0;
    const join = (n: QueryNode) => {
      node = node ? { kind: 'op', op: joiner, distance: joiner === '<->' ? 1 : 0, left: node, right: n } : n;
    };
    for (const w of words) {
      if (pos > 0) for (; pos + 1 < w.pos; pos++) join({ kind: 'stop' });
      pos = w.pos;
      join({ kind: 'val', word: w.word, weight, prefix });
    }
    return node!;
  };
}

/** to_tsquery and its kin once parsed: stop words removed, with a NOTICE when nothing is left. */
export function withoutStops(parsed: { query: TsQuery; stops: boolean }, notify: Notify): TsQuery {
  if (!parsed.query || !parsed.stops) return parsed.query;
  const query = cleanStopwords(parsed.query).node;
  if (!query) notify("text-search query contains only stop words or doesn't contain lexemes, ignored");
  return query;
}

export function toTsquery(config: ConfigName, text: string, notify: Notify): TsQuery {
  return withoutStops(parseQuery(text, morph(config, '<->'), notify), notify);
}

/** plainto_tsquery and phraseto_tsquery: the whole text one operand. */
export function plainToTsquery(config: ConfigName, text: string, phrase: boolean, notify: Notify): TsQuery {
  const node = morph(config, phrase ? '<->' : '&')(text, 0, false);
  return withoutStops({ query: node, stops: hasStop(node) }, notify);
}

/**
 * clean_stopwords_intree: placeholders removed, a phrase operator's distance taking up the
 * positions of the stop words beside it (ladd, radd: what a phrase operator to the left or right
 * still has to add).
 */
function cleanStopwords(node: QueryNode): { node: QueryNode | null; ladd: number; radd: number } {
  if (node.kind === 'val') return { node, ladd: 0, radd: 0 };
  if (node.kind === 'stop') return { node: null, ladd: 0, radd: 0 };
  if (node.kind === 'not') {
    const arg = cleanStopwords(node.arg);
    return { node: arg.node && { kind: 'not', arg: arg.node }, ladd: arg.ladd, radd: arg.radd };
  }
  const l = cleanStopwords(node.left);
  const r = cleanStopwords(node.right);
  const phrase = node.op === '<->';
  const distance = phrase ? node.distance : 0;
  if (!l.node && !r.node) {
    const add = phrase ? l.ladd + distance + r.ladd : Math.max(l.ladd, r.ladd);
    return { node: null, ladd: add, radd: add };
  }
  if (!l.node) return { node: r.node, ladd: phrase ? l.ladd + distance + r.ladd : r.ladd, radd: r.radd };
  if (!r.node) return { node: l.node, ladd: l.ladd, radd: phrase ? l.radd + distance + r.radd : l.radd };
  if (phrase) return { node: { ...node, distance: node.distance + l.radd + r.ladd, left: l.node, right: r.node }, ladd: l.ladd, radd: r.radd };
  return { node: { ...node, left: l.node, right: r.node }, ladd: 0, radd: 0 };
}

/** tsqueryout (infix): parentheses where a lower priority stands under a higher one, and around a phrase on a phrase's right. */
export function formatTsquery(q: TsQuery): string {
  if (!q) return '';
  const out = (n: QueryNode, parent: number, rightOfPhrase: boolean): string => {
    switch (n.kind) {
      case 'val': {
        let s = quoteLexeme(n.word);
        if (n.prefix || n.weight) {
          s += ':' + (n.prefix ? '*' : '');
          for (let bit = 3; bit >= 0; bit--) if (n.weight & (1 << bit)) s += 'DCBA'[bit];
        }
        return s;
      }
      case 'stop':
        throw new Error('stop word placeholder left in a tsquery');
      case 'not':
        return `!${out(n.arg, PRIORITY['!'], false)}`;
      case 'op': {
        const priority = PRIORITY[n.op];
        const paren = priority < parent || (n.op === '<->' && rightOfPhrase);
        const op = n.op === '<->' ? (n.distance === 1 ? '<->' : `<${n.distance}>`) : n.op;
        const s = `${out(n.left, priority, false)} ${op} ${out(n.right, priority, n.op === '<->')}`;
        return paren ? `( ${s} )` : s;
      }
    }
  };
  return out(q, -1, false);
}

/**
 * tsq_mcontains (`@>`): no fewer items than `ex`, and every lexeme of `ex` among the query's,
 * whatever operators join them.
 */
export function tsqueryContains(query: TsQuery, ex: TsQuery): boolean {
  const items = (q: TsQuery): QueryNode[] => (!q ? [] : q.kind === 'not' ? [q, ...items(q.arg)] : q.kind === 'op' ? [q, ...items(q.left), ...items(q.right)] : [q]);
  const [mine, theirs] = [items(query), items(ex)];
  if (mine.length < theirs.length) return false;
  const words = new Set(mine.flatMap((n) => (n.kind === 'val' ? [n.word] : [])));
  return theirs.every((n) => n.kind !== 'val' || words.has(n.word));
}

/** numnode: operands and operators. */
export function numnode(q: TsQuery): number {
  const count = (n: QueryNode): number => (n.kind === 'not' ? 1 + count(n.arg) : n.kind === 'op' ? 1 + count(n.left) + count(n.right) : 1);
  return q ? count(q) : 0;
}

/**
 * querytree: the query an index could search for, negations removed (clean_NOT): `T` when
 * nothing is left of a non-empty query.
 */
export function querytree(q: TsQuery): string {
  if (!q) return '';
  const clean = (n: QueryNode): QueryNode | null => {
    if (n.kind === 'not') return null;
    if (n.kind !== 'op') return n;
    const l = clean(n.left);
    const r = clean(n.right);
    if (n.op === '|') return l && r ? { ...n, left: l, right: r } : null;
    return l && r ? { ...n, left: l, right: r } : l ?? r;
  };
  const cleaned = clean(q);
  return cleaned ? formatTsquery(cleaned) : 'T';
}

export type Ternary = 'yes' | 'no' | 'maybe';

/** Whether the document has an operand, and with `data` where (its positions ascending). */
export type OperandCheck = (val: Extract<QueryNode, { kind: 'val' }>, data: PhraseData | null) => Ternary;

export interface PhraseData {
  pos: number[];
  negate: boolean;
  width: number;
}

/** checkcondition_str: whether the vector has the operand (of its weights), with its positions when `data` asks for them. */
function checkOperand(v: TsVector, val: Extract<QueryNode, { kind: 'val' }>, data: PhraseData | null): Ternary {
  const matching = v.filter((l) => (val.prefix ? l.word.startsWith(val.word) : l.word === val.word));
  let result: Ternary = 'no';
  const all: number[] = [];
  for (const l of matching) {
    if (!l.positions.length) {
      if (!data) return 'yes';
      return 'maybe';
    }
    const chosen = val.weight ? l.positions.filter((p: Position) => val.weight & (1 << p.weight)) : l.positions;
    if (!chosen.length) continue;
    if (!data) return 'yes';
    all.push(...chosen.map((p) => p.pos));
    result = 'yes';
  }
  if (data && result === 'yes') data.pos = [...new Set(all)].sort((a, b) => a - b);
  return result;
}

const L_ONLY = 1;
const R_ONLY = 2;
const BOTH = 4;

/** TS_phrase_output: merge-join the two position lists, emitting those `emit` asks for. */
function phraseOutput(data: PhraseData | null, l: PhraseData, r: PhraseData, emit: number, lOffset: number, rOffset: number): Ternary {
  let li = 0;
  let ri = 0;
  const out: number[] = [];
  while (li < l.pos.length || ri < r.pos.length) {
    let lp: number;
    let rp: number;
    if (li < l.pos.length) lp = l.pos[li]! + lOffset;
    else {
      if (!(emit & R_ONLY)) break;
      lp = Infinity;
    }
    if (ri < r.pos.length) rp = r.pos[ri]! + rOffset;
    else {
      if (!(emit & L_ONLY)) break;
      rp = Infinity;
    }
    let output = 0;
    if (lp < rp) {
      if (emit & L_ONLY) output = lp;
      li++;
    } else if (lp === rp) {
      if (emit & BOTH) output = rp;
      li++;
      ri++;
    } else {
      if (emit & R_ONLY) output = rp;
      ri++;
    }
    if (output > 0) {
      if (!data) return 'yes';
      out.push(output);
    }
  }
  if (data) data.pos = out;
  return data && out.length ? 'yes' : 'no';
}

const emptyData = (): PhraseData => ({ pos: [], negate: false, width: 0 });

/** TS_phrase_execute: a match with the positions where it ends, or a negation's "everywhere but". */
function phraseExecute(n: QueryNode, v: OperandCheck, data: PhraseData | null): Ternary {
  if (n.kind === 'val') return v(n, data);
  if (n.kind === 'stop') return 'no';
  if (n.kind === 'not') {
    const d = data!;
    switch (phraseExecute(n.arg, v, d)) {
      case 'no':
        d.negate = true;
        return 'yes';
      case 'yes':
        if (d.pos.length) {
          d.negate = !d.negate;
          return 'yes';
        }
        d.negate = false;
        return 'no';
      default:
        return 'maybe';
    }
  }
  const l = emptyData();
  const r = emptyData();
  if (n.op !== '|') {
    const lm = phraseExecute(n.left, v, l);
    if (lm === 'no') return 'no';
    const rm = phraseExecute(n.right, v, r);
    if (rm === 'no') return 'no';
    if (lm === 'maybe' || rm === 'maybe') return 'maybe';
    let lOffset: number;
    let rOffset: number;
    if (n.op === '<->') {
      lOffset = n.distance + r.width;
      rOffset = 0;
      if (data) data.width = n.distance + l.width + r.width;
    } else {
      const width = Math.max(l.width, r.width);
      lOffset = width - l.width;
      rOffset = width - r.width;
      if (data) data.width = width;
    }
    if (l.negate && r.negate) {
      phraseOutput(data, l, r, BOTH | L_ONLY | R_ONLY, lOffset, rOffset);
      if (data) data.negate = true;
      return 'yes';
    }
    if (l.negate) return phraseOutput(data, l, r, R_ONLY, lOffset, rOffset);
    if (r.negate) return phraseOutput(data, l, r, L_ONLY, lOffset, rOffset);
    return phraseOutput(data, l, r, BOTH, lOffset, rOffset);
  }
  const lm = phraseExecute(n.left, v, l);
  const rm = phraseExecute(n.right, v, r);
  if (lm === 'no' && rm === 'no') return 'no';
  if (lm === 'maybe' || rm === 'maybe') return 'maybe';
  if (lm === 'no') l.width = 0;
  if (rm === 'no') r.width = 0;
  const width = Math.max(l.width, r.width);
  const d = data!;
  d.width = width;
  const [lOffset, rOffset] = [width - l.width, width - r.width];
  if (l.negate && r.negate) {
    phraseOutput(d, l, r, BOTH, lOffset, rOffset);
    d.negate = true;
    return 'yes';
  }
  if (l.negate || r.negate) {
    phraseOutput(d, l, r, l.negate ? L_ONLY : R_ONLY, lOffset, rOffset);
    d.negate = true;
    return 'yes';
  }
  return phraseOutput(d, l, r, BOTH | L_ONLY | R_ONLY, lOffset, rOffset);
}

/** TS_execute_recurse without TS_EXEC_PHRASE_NO_POS: a phrase without positions to check does not match. */
function execute(n: QueryNode, v: OperandCheck): Ternary {
  switch (n.kind) {
    case 'val':
      return v(n, null);
    case 'stop':
      return 'no';
    case 'not': {
      const a = execute(n.arg, v);
      return a === 'no' ? 'yes' : a === 'yes' ? 'no' : 'maybe';
    }
    case 'op': {
      if (n.op === '<->') return phraseExecute(n, v, null) === 'yes' ? 'yes' : 'no';
      const l = execute(n.left, v);
      if (n.op === '&') {
        if (l === 'no') return 'no';
        const r = execute(n.right, v);
        return r === 'no' ? 'no' : r === 'yes' ? l : 'maybe';
      }
      if (l === 'yes') return 'yes';
      const r = execute(n.right, v);
      return r === 'no' ? l : r;
    }
  }
}

/** tsvector @@ tsquery (ts_match_vq): an empty vector or query matches nothing. */
export function matches(v: TsVector, q: TsQuery): boolean {
  if (!v.length || !q) return false;
  return tsExecute(q, (val, data) => checkOperand(v, val, data));
}

/** TS_execute with the operands' presence and positions as `check` gives them (ts_rank_cd's covers). */
export function tsExecute(q: QueryNode, check: OperandCheck): boolean {
  return execute(q, check) !== 'no';
}
