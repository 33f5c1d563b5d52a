/**
 * websearch_to_tsquery (tsquery.c's gettoken_query_websearch and parse_or_operator, to_tsany.c):
 * words and "quoted phrases" joined by an implied AND, `or` between them OR, `-` before one NOT;
 * the other operator characters are ignored, and no backslash, quote or weight is special.
 */
import type { ConfigName } from './config.js';
import { type Notify, type QueryNode, type TsQuery, hasStop, morph, withoutStops } from './tsquery.js';

type Token = { kind: 'operand'; node: QueryNode } | { kind: '!' | '&' | '|' };

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
/** ISOPERATOR: the characters that end a word and are otherwise skipped. */
const isOperator = (c: string | undefined) => c !== undefined && '!&|()<'.includes(c);
/** t_isalnum in the C locale. */
const isAlnum = (c: string | undefined) => c !== undefined && /^[0-9A-Za-z]$/.test(c);

/** parse_or_operator: `or` not part of a word, with something other than spaces after it. */
function orAt(text: string[], i: number): boolean {
  if ((text[i] ?? '').toLowerCase() !== 'o' || (text[i + 1] ?? '').toLowerCase() !== 'r') return false;
  const next = text[i + 2];
  if (next === undefined || next === '-' || next === '_' || isAlnum(next)) return false;
  for (let j = i + 3; j < text.length; j++) if (!isSpace(text[j])) return true;
  return false;
}

function tokens(text: string[], operand: (word: string) => QueryNode): Token[] {
  const out: Token[] = [];
  let first = true;
  let wantOperand = true;
  let i = 0;
  while (true) {
    const c = text[i];
    if (wantOperand) {
      if (c === undefined) {
        // An operator with nothing after it takes a stop word, which the cleanup removes.
        if (!first) out.push({ kind: 'operand', node: { kind: 'stop' } });
        return out;
      }
      if (!isSpace(c)) first = false;
      if (c === '-') {
        out.push({ kind: '!' });
        i++;
      } else if (c === '"') {
        const end = text.indexOf('"', i + 1);
        const stop = end < 0 ? text.length : end;
        out.push({ kind: 'operand', node: operand(text.slice(i + 1, stop).join('')) });
        i = end < 0 ? stop : stop + 1;
        wantOperand = false;
      } else if (isOperator(c) || isSpace(c)) {
        i++;
      } else {
        // gettoken_tsvector for a web query: its first character whatever it is, then up to a space, an operator, ':' or '"'.
        let j = i + 1;
        while (j < text.length && !isSpace(text[j]) && !isOperator(text[j]) && text[j] !== ':' && text[j] !== '"') j++;
        out.push({ kind: 'operand', node: operand(text.slice(i, j).join('')) });
        i = j;
        wantOperand = false;
      }
      continue;
    }
    if (c === undefined) return out;
    if (orAt(text, i)) {
      out.push({ kind: '|' });
      i += 2;
      wantOperand = true;
    } else if (isOperator(c) || isSpace(c)) {
      i++;
    } else {
      out.push({ kind: '&' });
      wantOperand = true;
    }
  }
}

const PRIORITY = { '|': 1, '&': 2, '!': 4 } as const;

/** makepol's operator stack: NOT from the right, AND over OR, both from the left. */
function tree(list: Token[]): QueryNode {
  const operands: QueryNode[] = [];
  const ops: Array<'!' | '&' | '|'> = [];
  const apply = (op: '!' | '&' | '|') => {
    if (op === '!') {
      operands.push({ kind: 'not', arg: operands.pop()! });
      return;
    }
    const right = operands.pop()!;
    const left = operands.pop()!;
    operands.push({ kind: 'op', op, distance: 0, left, right });
  };
  const unwind = (op: '!' | '&' | '|') => {
    while (ops.length) {
      const top = PRIORITY[ops.at(-1)!];
      if (op === '!' ? PRIORITY[op] >= top : PRIORITY[op] > top) break;
      apply(ops.pop()!);
    }
  };
  for (const t of list) {
    if (t.kind === 'operand') operands.push(t.node);
    else {
      unwind(t.kind);
      ops.push(t.kind);
    }
  }
  unwind('|');
  return operands[0]!;
}

export function websearchToTsquery(config: ConfigName, input: string, notify: Notify): TsQuery {
  const phrase = morph(config, '<->');
  const list = tokens([...input], (word) => phrase(word, 0, false));
  if (!list.length) {
    notify(`text-search query doesn't contain lexemes: "${input}"`);
    return null;
  }
  const query = tree(list);
  return withoutStops({ query, stops: hasStop(query) }, notify);
}
