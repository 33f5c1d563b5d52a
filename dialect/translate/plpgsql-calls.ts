/**
 * Calls of LANGUAGE plpgsql functions that only a block can run (they write, loop, catch errors)
 * inside the expressions of a SELECT that evaluates its list once — no FROM, WHERE or grouping:
 * `SELECT f('x') + 100`, `SELECT f('a') AS a, f('b') AS b`. The statement runs as a block that
 * assigns each call's value to a variable in the order PostgreSQL evaluates them (left to right),
 * then selects the list with the variables in the calls' places, so each function runs once, as
 * PostgreSQL runs it, inside the statement. A call that might not be evaluated (a CASE branch, an
 * AND or OR operand, COALESCE past its first argument) or a statement with parameters ($n) is
 * left to the translation, which refuses it.
 */
import { formatType } from '../../pg/types/registry.js';
import type { UserFunction } from '../catalog/user-functions.js';
import { type DoBlock, doBlock } from './block-program.js';
import { type Node, names, parseQuery } from './parse.js';
import type { OutputColumn } from './types.js';

/** A statement as a block: what it runs, and its columns. */
export interface CallsBlock {
  block: DoBlock;
  columns: OutputColumn[];
}

/**
 * The statement's block, or undefined where it is not a once-evaluated SELECT calling such a
 * function. `blockOnly` finds the function a call names where only its block runs it;
 * `columnsOf` gives the columns of a statement the translation runs as any other.
 */
export function callsBlock(statement: Node, text: string, blockOnly: (call: Node) => UserFunction | undefined, columnsOf: (select: Node) => OutputColumn[] | null): CallsBlock | undefined {
  if (!once(statement) || !callsAny(statement.targetList, blockOnly)) return undefined;
  // The text parsed again: the statement's own offsets, which the calls' texts are cut by.
  const stmts = parseQuery(text);
  const s = stmts.length === 1 ? stmts[0]!.node.SelectStmt : undefined;
  if (!s || !once(s) || JSON.stringify(s).includes('"ParamRef"')) return undefined;
  const calls: Array<{ call: Node; f: UserFunction }> = [];
  let evaluated = true;
  const collect = (n: Node, always: boolean): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => collect(x, always));
    if (n.SubLink) return;
    const f = n.FuncCall ? blockOnly(n.FuncCall) : undefined;
    if (f) {
      if (!always) evaluated = false;
      calls.push({ call: n.FuncCall, f });
      return;
    }
    // Operands evaluated only as the others decide.
    if (n.CaseExpr || n.BoolExpr) return Object.values(n).forEach((v) => collect(v, false));
    if (n.CoalesceExpr) return ((n.CoalesceExpr.args ?? []) as Node[]).forEach((a, i) => collect(a, always && i === 0));
    Object.values(n).forEach((v) => collect(v, always));
  };
  collect(s.targetList, true);
  if (!calls.length || !evaluated) return undefined;
  calls.sort((a, b) => (a.call.location as number) - (b.call.location as number));
  // Each call's text is its own, from its name to its closing parenthesis.
  const spans = calls.map(({ call }) => ({ start: call.location as number, end: closing(text, call.location as number) }));
  if (spans.some((sp) => sp.end < 0)) return undefined;
  const variable = (i: number) => `evsql_call${i + 1}`;
  const replaced = (from: number, to: number): string => {
    let out = '';
    let at = from;
    spans.forEach((sp, i) => {
      if (sp.start < from || sp.end > to) return;
      out += `${text.slice(at, sp.start)}${variable(i)}`;
      at = sp.end;
    });
    return out + text.slice(at, to);
  };
  const typed = (f: UserFunction) => formatType(f.returns.oid, f.returns.typmod);
  if (calls.some(({ f }) => typed(f) === '???')) return undefined;
  const outputs = (s.targetList as Node[]).map((t) => {
    const r = t.ResTarget;
    const valueText = replaced(r.location as number, end(text, r));
    return `${valueText} AS "${columnName(r, calls).replace(/"/g, '""')}"`;
  });
  // The columns' types are those of the list with each call a NULL of its result type.
  const nulled = substitutedCalls(s, new Map(calls.map(({ call, f }) => [call, { TypeCast: { arg: { A_Const: { isnull: true } }, typeName: f.returns.type } }])));
  const columns = columnsOf({ SelectStmt: { ...nulled, targetList: (nulled.targetList as Node[]).map((t, i) => ({ ResTarget: { ...t.ResTarget, name: columnName(s.targetList[i].ResTarget, calls) } })) } });
  if (!columns) return undefined;
  let tag = '$evsql$';
  for (let i = 0; text.includes(tag); i++) tag = `$evsql${i}$`;
  const declared = calls.map(({ f }, i) => `${variable(i)} ${typed(f)};`).join(' ');
  const assigned = spans.map((sp, i) => `${variable(i)} := ${text.slice(sp.start, sp.end)};`).join(' ');
  return { block: doBlock(`DO ${tag}DECLARE ${declared} BEGIN ${assigned} END${tag}`, { outputs }), columns };
}

function callsAny(n: Node, blockOnly: (call: Node) => UserFunction | undefined): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some((x) => callsAny(x, blockOnly));
  if (n.FuncCall && blockOnly(n.FuncCall)) return true;
  return Object.values(n).some((v) => callsAny(v, blockOnly));
}

/** A SELECT whose list PostgreSQL evaluates once. */
function once(s: Node): boolean {
  return !!s.targetList?.length && !s.fromClause && !s.whereClause && !s.groupClause && !s.havingClause && !s.sortClause && !s.limitCount && !s.limitOffset && !s.withClause && !s.distinctClause && !s.lockingClause && !s.windowClause && !s.valuesLists && (!s.op || s.op === 'SETOP_NONE');
}

/** The column a target names: its alias; a call's, or a cast of one's, the function's name (FigureColname); else the list's own. */
function columnName(r: Node, calls: Array<{ call: Node }>): string {
  if (r.name) return r.name as string;
  const value = r.val?.TypeCast?.arg ?? r.val;
  const call = calls.find((c) => c.call === value?.FuncCall)?.call;
  if (call) return names(call.funcname).at(-1)!;
  if (r.val?.FuncCall) return names(r.val.FuncCall.funcname).at(-1)!;
  if (r.val?.CoalesceExpr) return 'coalesce';
  if (r.val?.TypeCast) return names(r.val.TypeCast.typeName.names).at(-1)!;
  return '?column?';
}

function substitutedCalls(n: Node, by: Map<Node, Node>): Node {
  if (n === null || typeof n !== 'object') return n;
  if (Array.isArray(n)) return n.map((x) => substitutedCalls(x, by));
  if (n.FuncCall && by.has(n.FuncCall)) return by.get(n.FuncCall)!;
  return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, substitutedCalls(v, by)]));
}

/** Where a target's text ends: before the next target's comma, or before AS and its alias, or the statement's end. */
function end(text: string, r: Node): number {
  let depth = 0;
  for (let i = r.location as number; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') i = quoted(text, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === ',') return i;
    else if (depth === 0 && r.name && /\s/.test(c) && /^\s+as\s/i.test(text.slice(i))) return i;
  }
  return text.length;
}

/** The offset past a call's closing parenthesis, from its name's start; -1 where the text has none. */
export function closing(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') i = quoted(text, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The offset of a quoted string's or identifier's closing quote (a doubled quote is one inside it). */
function quoted(text: string, open: number): number {
  const q = text[open]!;
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] !== q) continue;
    if (text[i + 1] === q) i++;
    else return i;
  }
  return text.length;
}
