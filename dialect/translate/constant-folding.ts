/**
 * PostgreSQL's planner folds a query's constant subexpressions (eval_const_expressions) before it
 * reads a row, so a division of constants by zero fails with 22012 even where no row would compute
 * it (`SELECT 1/0 FROM t WHERE false`, a CASE branch no row takes, LIMIT 0); SQLite computes an
 * expression only for the rows that reach it. The fold is followed as far as it decides what is
 * folded: a CASE stops at a WHEN that is constantly true and skips one constantly false, COALESCE
 * stops at its first constant that is not NULL, AND and OR at a constant that decides them. A WITH
 * query nothing reads is not planned.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type Node, names } from './parse.js';

/** A folded constant: a number, SQL's NULL (null), a boolean; undefined for anything not constant. */
type Folded = number | boolean | null | undefined;

/** Throws 22012 where PostgreSQL's planner would meet a constant division by zero in the statement (a SELECT, INSERT, UPDATE or DELETE). */
export function checkConstantDivision(statement: Node): void {
  const read = new Set<string>();
  collectRelationNames(statement, read);
  visit(statement, read);
}

function collectRelationNames(n: unknown, out: Set<string>): void {
  if (!n || typeof n !== 'object') return;
  const r = (n as Node).RangeVar;
  if (r && !r.schemaname) out.add(r.relname as string);
  for (const v of Object.values(n)) collectRelationNames(v, out);
}

function visit(n: unknown, read: Set<string>): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    n.forEach((x) => visit(x, read));
    return;
  }
  const node = n as Node;
  if (node.CommonTableExpr) {
    const cte = node.CommonTableExpr;
    if (read.has(cte.ctename) || !cte.ctequery?.SelectStmt) visit(cte.ctequery, read);
    return;
  }
  // EXISTS reads no column of its subquery: simplify_EXISTS_query drops the select list first.
  const exists = node.SubLink?.subLinkType === 'EXISTS_SUBLINK' ? node.SubLink.subselect.SelectStmt : undefined;
  if (exists && !exists.groupClause && !exists.havingClause && !exists.limitCount && (exists.op ?? 'SETOP_NONE') === 'SETOP_NONE') {
    visit({ ...exists, targetList: undefined }, read);
    return;
  }
  if (node.CaseExpr) {
    const c = node.CaseExpr;
    visit(c.arg, read);
    const tested = c.arg ? fold(c.arg) : undefined;
    for (const w of (c.args ?? []) as Node[]) {
      visit(w.CaseWhen.expr, read);
      const value = fold(w.CaseWhen.expr);
      const when = !c.arg ? value : tested === null || value === null ? null : typeof tested === 'number' && typeof value === 'number' ? tested === value : undefined;
      if (when === false || when === null) continue;
      visit(w.CaseWhen.result, read);
      if (when === true) return;
    }
    visit(c.defresult, read);
    return;
  }
  if (node.CoalesceExpr) {
    for (const a of node.CoalesceExpr.args as Node[]) {
      visit(a, read);
      const v = fold(a);
      if (v !== undefined && v !== null) return;
    }
    return;
  }
  if (node.BoolExpr && node.BoolExpr.boolop !== 'NOT_EXPR') {
    const decides = node.BoolExpr.boolop === 'OR_EXPR';
    for (const a of node.BoolExpr.args as Node[]) {
      visit(a, read);
      if (fold(a) === decides) return;
    }
    return;
  }
  const pulled = node.SelectStmt ? pulledUpConstants(node.SelectStmt) : undefined;
  if (pulled) {
    visit(node.SelectStmt.fromClause, read);
    visit(substituted({ ...node.SelectStmt, fromClause: undefined }, pulled), read);
    return;
  }
  const division = divisionOperands(node);
  if (division) {
    division.forEach((x) => visit(x, read));
    const [l, r] = division.map(fold);
    if (typeof l === 'number' && r === 0) throw new PgError(SqlState.divisionByZero, 'division by zero');
    return;
  }
  for (const v of Object.values(node)) visit(v, read);
}

/**
 * The columns of a query's FROM items that PostgreSQL's planner replaces by their expressions
 * (pull_up_simple_values, pull_up_simple_subquery) before it folds constants: of a one-row VALUES
 * or a SELECT of no relation, not on an outer join's nullable side (a PlaceHolderVar keeps those),
 * by name and by `alias.name`.
 */
function pulledUpConstants(s: Node): Map<string, Node> | undefined {
  const out = new Map<string, Node>();
  const items = [...((s.fromClause ?? []) as Node[])];
  for (let item = items.pop(); item; item = items.pop()) {
    const j = item.JoinExpr;
    if (j) {
      if (j.jointype === 'JOIN_INNER' || j.jointype === 'JOIN_LEFT') items.push(j.larg);
      if (j.jointype === 'JOIN_INNER' || j.jointype === 'JOIN_RIGHT') items.push(j.rarg);
      continue;
    }
    for (const [name, e] of subqueryConstants(item.RangeSubselect)) out.set(name, e);
  }
  return out.size ? out : undefined;
}

function subqueryConstants(sub: Node | undefined): Array<[string, Node]> {
  const q = sub?.subquery?.SelectStmt;
  if (!q || sub!.lateral || !sub!.alias || q.withClause || (q.op ?? 'SETOP_NONE') !== 'SETOP_NONE') return [];
  let columns: Array<[string, Node]>;
  if (q.valuesLists) {
    if (q.valuesLists.length !== 1) return [];
    columns = (q.valuesLists[0].List.items as Node[]).map((e, i) => [`column${i + 1}`, e]);
  } else {
    if (q.fromClause || q.whereClause || q.groupClause || q.havingClause || q.distinctClause || q.limitCount || q.limitOffset || q.sortClause || q.windowClause) return [];
    const targets = ((q.targetList ?? []) as Node[]).map((t) => t.ResTarget);
    if (targets.some((t) => !t.name)) return [];
    columns = targets.map((t) => [t.name as string, t.val]);
  }
  const aliases = names(sub!.alias.colnames ?? []);
  return columns.flatMap(([name, e], i): Array<[string, Node]> => {
    const column = aliases[i] ?? name;
    return fold(e) === undefined ? [] : [[column, e], [`${sub!.alias.aliasname}.${column}`, e]];
  });
}

/** `n` with the pulled-up columns replaced by their expressions; a subquery's names are its own. */
function substituted(n: unknown, columns: Map<string, Node>): unknown {
  if (!n || typeof n !== 'object') return n;
  if (Array.isArray(n)) return n.map((x) => substituted(x, columns));
  const node = n as Node;
  if (node.SubLink || node.RangeSubselect) return node;
  const ref = node.ColumnRef ? columns.get(names(node.ColumnRef.fields).join('.')) : undefined;
  if (ref) return ref;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, substituted(v, columns)]));
}

/** The operands of `/`, `%`, div() or mod(). */
function divisionOperands(n: Node): [Node, Node] | undefined {
  const e = n.A_Expr;
  if (e?.kind === 'AEXPR_OP' && e.lexpr && ['/', '%'].includes(names(e.name).join('.'))) return [e.lexpr, e.rexpr];
  const f = n.FuncCall;
  const name = f && !f.over && !f.agg_star ? names(f.funcname).join('.').replace(/^pg_catalog\./, '') : undefined;
  return (name === 'div' || name === 'mod') && f.args?.length === 2 ? [f.args[0], f.args[1]] : undefined;
}

/** A literal's number; undefined for text no number type reads, or a value a double cannot tell from zero. */
function numberOf(text: string): number | undefined {
  if (!/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text)) return undefined;
  const v = Number(text);
  return v === 0 && /[1-9]/.test(text.replace(/e.*$/i, '')) ? undefined : v;
}

const NUMBER_TYPES = new Set(['int2', 'int4', 'int8', 'integer', 'smallint', 'bigint', 'numeric', 'decimal', 'float4', 'float8', 'real', 'double precision']);
const COMPARISONS: Record<string, (a: number, b: number) => boolean> = { '=': (a, b) => a === b, '<>': (a, b) => a !== b, '!=': (a, b) => a !== b, '<': (a, b) => a < b, '>': (a, b) => a > b, '<=': (a, b) => a <= b, '>=': (a, b) => a >= b };

/** The constant an expression folds to, where it is a number, boolean or NULL of literals. */
function fold(n: Node | undefined): Folded {
  if (!n) return undefined;
  const c = n.A_Const;
  if (c) {
    if (c.isnull) return null;
    if (c.ival) return c.ival.ival ?? 0;
    if (c.fval) return numberOf(c.fval.fval);
    if (c.boolval) return c.boolval.boolval ?? false;
    return undefined;
  }
  const cast = n.TypeCast;
  if (cast) {
    const type = names(cast.typeName.names).at(-1)!;
    const v = cast.arg.A_Const?.sval ? numberOf(cast.arg.A_Const.sval.sval ?? '') : fold(cast.arg);
    return NUMBER_TYPES.has(type) && (typeof v === 'number' || v === null) ? v : type === 'bool' && typeof v === 'boolean' ? v : undefined;
  }
  const e = n.A_Expr;
  if (e?.kind === 'AEXPR_OP') {
    const op = names(e.name).join('.');
    const r = fold(e.rexpr);
    if (!e.lexpr) return op === '-' && typeof r === 'number' ? -r : op === '+' && typeof r === 'number' ? r : undefined;
    const l = fold(e.lexpr);
    if (l === null || r === null) return ['+', '-', '*', '/', '%', ...Object.keys(COMPARISONS)].includes(op) && l !== undefined && r !== undefined ? null : undefined;
    if (typeof l !== 'number' || typeof r !== 'number') return undefined;
    if (op in COMPARISONS) return COMPARISONS[op]!(l, r);
    // Arithmetic only where a double computes it exactly, as numeric would.
    const exact = (x: number) => (Number.isSafeInteger(l) && Number.isSafeInteger(r) && Number.isSafeInteger(x) ? x : undefined);
    return op === '+' ? exact(l + r) : op === '-' ? exact(l - r) : op === '*' ? exact(l * r) : undefined;
  }
  const b = n.BoolExpr;
  if (b?.boolop === 'NOT_EXPR') {
    const v = fold(b.args[0]);
    return typeof v === 'boolean' ? !v : v === null ? null : undefined;
  }
  return undefined;
}
