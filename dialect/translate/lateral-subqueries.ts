/**
 * LATERAL subqueries of many rows, which SQLite cannot run (it has no LATERAL), when the FROM
 * items before them reach in only through equalities of their WHERE — the top rows of each group
 * (`LEFT JOIN LATERAL (SELECT … FROM emp e WHERE e.dept_id = d.id ORDER BY salary DESC LIMIT 2) top
 * ON true`). The subquery then runs once for every group: each equality's inner side becomes a
 * hidden column the join matches against its outer side, and LIMIT/OFFSET become bounds on each
 * row's number in its group (row_number() over those columns, in the subquery's ORDER BY). The
 * rows an outer row meets are the ones PostgreSQL's per-row run returns; among rows tied in the
 * ORDER BY, which ones LIMIT keeps is unspecified in both.
 */
import { resolveOutput } from './column-name.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';

/** Columns the rewrite adds to a subquery; name resolution keeps them out of `*`. */
export const LATERAL_HIDDEN = '__evsql_lateral_';
const ROW_NUMBER = `${LATERAL_HIDDEN}rn`;

type Side = 'inner' | 'outer' | 'none';

/**
 * The subquery as a plain one, with the join conditions that stand for its correlation; undefined
 * when it refers to the outer items other than by such equalities, or is not a plain SELECT.
 */
export function decorrelatedLateral(sub: Node, outer: string[], schema: TranslatorSchema): { subselect: Node; on: Node[] } | undefined {
  const s = sub.subquery?.SelectStmt;
  if (!s || !sub.alias || (s.op && s.op !== 'SETOP_NONE') || (s.havingClause && !s.groupClause) || JSON.stringify(s.groupClause ?? []).includes('GroupingSet') || s.distinctClause || s.windowClause || s.withClause || s.valuesLists || s.lockingClause) return undefined;
  const limit = constantCount(s.limitCount);
  const offset = constantCount(s.limitOffset);
  if (limit === null || offset === null || s.limitOption === 'LIMIT_OPTION_WITH_TIES') return undefined;
  const inner = innerRelations((s.fromClause ?? []) as Node[], schema);
  if (!inner) return undefined;
  const side = (n: Node): Side | undefined => sideOf(n, inner, outer);
  const targets = (s.targetList ?? []) as Node[];
  // A window function runs over its group's rows, partitioned by the hidden columns below; a named
  // window is the subquery's, whose WINDOW clause is refused above.
  if (windows([targets, s.sortClause]).some((w) => w.name || w.refname)) return undefined;
  const sorted = ((s.sortClause ?? []) as Node[]).map((o) => ({ ...o.SortBy, node: resolveOutput(o.SortBy.node, targets) }));
  // A join inside the subquery whose ON reaches outside is correlated too.
  const grouping = [...((s.groupClause ?? []) as Node[]), ...(s.havingClause ? [s.havingClause] : [])];
  if (![...targets.map((t) => t.ResTarget.val), ...sorted.map((o) => o.node), ...inner.quals, ...grouping].every((n) => isInner(side(n)))) return undefined;
  const kept: Node[] = [];
  const keys: Array<{ inner: Node; outer: Node }> = [];
  for (const c of conjuncts(s.whereClause)) {
    const at = side(c);
    if (isInner(at)) {
      kept.push(c);
      continue;
    }
    const equality = c.A_Expr?.kind === 'AEXPR_OP' && names(c.A_Expr.name).join('.') === '=' ? c.A_Expr : undefined;
    if (!equality) return undefined;
    const [l, r] = [side(equality.lexpr), side(equality.rexpr)];
    if (l === 'inner' && r === 'outer') keys.push({ inner: equality.lexpr, outer: equality.rexpr });
    else if (l === 'outer' && r === 'inner') keys.push({ inner: equality.rexpr, outer: equality.lexpr });
    else return undefined;
  }
  const alias = sub.alias.aliasname as string;
  const partitioned = <T>(n: T): T => withPartitions(n, keys.map((k) => k.inner));
  const sorts = partitioned(sorted);
  const hidden: Node[] = keys.map((k, i) => ({ ResTarget: { name: `${LATERAL_HIDDEN}k${i + 1}`, val: k.inner } }));
  const on: Node[] = keys.map((k, i) => op('=', ref(alias, `${LATERAL_HIDDEN}k${i + 1}`), k.outer));
  if (limit !== undefined || offset !== undefined) {
    const over = { partitionClause: keys.map((k) => k.inner), orderClause: sorts.map((o) => ({ SortBy: o })), frameOptions: 1058 };
    hidden.push({ ResTarget: { name: ROW_NUMBER, val: { FuncCall: { funcname: [{ String: { sval: 'row_number' } }], over } } } });
    if (offset) on.push(op('>', ref(alias, ROW_NUMBER), count(offset)));
    if (limit !== undefined) on.push(op('<=', ref(alias, ROW_NUMBER), count((offset ?? 0) + limit)));
  }
  const where = kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : { BoolExpr: { boolop: 'AND_EXPR', args: kept } };
  // Grouped, the groups are those of each outer row's rows: the hidden columns lead GROUP BY. (An
  // aggregate without GROUP BY, or a grouping set of no columns, answers a row where there are
  // none, which no group gives: refused above.)
  const groupClause = s.groupClause ? [...keys.map((k) => k.inner), ...(s.groupClause as Node[])] : undefined;
  const plain = { ...s, targetList: [...partitioned(targets), ...hidden], groupClause, whereClause: where, sortClause: undefined, limitCount: undefined, limitOffset: undefined, limitOption: 'LIMIT_OPTION_DEFAULT' };
  return { subselect: { ...sub, lateral: false, subquery: { SelectStmt: plain } }, on };
}

/** The windows of the window functions in `n`. */
function windows(n: unknown): Node[] {
  if (!n || typeof n !== 'object') return [];
  const over = (n as Node).FuncCall?.over as Node | undefined;
  return [...(over ? [over] : []), ...Object.values(n).flatMap(windows)];
}

/** `n` with each window function's partitions led by `keys`: the rows of one outer row's run. */
function withPartitions<T>(n: T, keys: Node[]): T {
  if (!n || typeof n !== 'object' || keys.length === 0) return n;
  if (Array.isArray(n)) return n.map((x) => withPartitions(x, keys)) as T;
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) out[k] = withPartitions(v, keys);
  if (out.FuncCall?.over) out.FuncCall = { ...out.FuncCall, over: { ...out.FuncCall.over, partitionClause: [...keys, ...(out.FuncCall.over.partitionClause ?? [])] } };
  return out as T;
}

/** A LIMIT or OFFSET: undefined when absent, its count when a constant, null otherwise (LIMIT ALL, a parameter, an expression). */
function constantCount(n: Node | undefined): number | undefined | null {
  if (!n) return undefined;
  const v = n.A_Const?.ival;
  return v && (v.ival ?? 0) >= 0 ? (v.ival ?? 0) : null;
}

/** The subquery's FROM items by name with, for a bare column name, whether one of them has it; undefined for items that may reach outside (functions, subqueries). */
function innerRelations(from: Node[], schema: TranslatorSchema): { names: Set<string>; has: (column: string) => boolean; quals: Node[] } | undefined {
  const named = new Set<string>();
  const tables: Array<NonNullable<ReturnType<TranslatorSchema['lookupTable']>>> = [];
  const quals: Node[] = [];
  const walk = (n: Node): boolean => {
    if (n.JoinExpr) {
      if (n.JoinExpr.quals) quals.push(n.JoinExpr.quals);
      return !n.JoinExpr.usingClause && !n.JoinExpr.isNatural && walk(n.JoinExpr.larg) && walk(n.JoinExpr.rarg);
    }
    const table = n.RangeVar && !n.RangeVar.schemaname ? schema.lookupTable(n.RangeVar.relname) : undefined;
    if (!table) return false;
    named.add(n.RangeVar.alias?.aliasname ?? n.RangeVar.relname);
    tables.push(table);
    return true;
  };
  if (from.length === 0 || !from.every(walk)) return undefined;
  return { names: named, has: (column) => tables.some((t) => !!t.column(column)), quals };
}

/**
 * Which FROM items an expression's columns come from: only the subquery's ('inner'), only the
 * outer ones ('outer'), neither (a constant); undefined for both, a column of neither, or a
 * nested subquery (whose bare names could be either's).
 */
function sideOf(n: Node, inner: { names: Set<string>; has: (column: string) => boolean }, outer: string[]): Side | undefined {
  let seen: Side = 'none';
  let ok = true;
  const visit = (x: Node): void => {
    if (!ok || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    if (x.SubLink) {
      ok = false;
      return;
    }
    if (x.ColumnRef) {
      const fields = names(x.ColumnRef.fields);
      const at: Side | undefined =
        fields.length === 2 ? (inner.names.has(fields[0]!) ? 'inner' : outer.includes(fields[0]!) ? 'outer' : undefined)
        : fields.length === 1 ? (fields[0] === '*' || inner.has(fields[0]!) ? 'inner' : undefined)
        : undefined;
      if (at === undefined || (seen !== 'none' && seen !== at)) ok = false;
      else seen = at;
      return;
    }
    for (const v of Object.values(x)) if (v && typeof v === 'object') visit(v as Node);
  };
  visit(n);
  return ok ? seen : undefined;
}

function isInner(side: Side | undefined): boolean {
  return side === 'inner' || side === 'none';
}

function conjuncts(n: Node | undefined): Node[] {
  if (!n) return [];
  if (n.BoolExpr?.boolop === 'AND_EXPR') return (n.BoolExpr.args as Node[]).flatMap(conjuncts);
  return [n];
}

function ref(relation: string, column: string): Node {
  return { ColumnRef: { fields: [{ String: { sval: relation } }, { String: { sval: column } }] } };
}

function op(name: string, lexpr: Node, rexpr: Node): Node {
  return { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: name } }], lexpr, rexpr } };
}

function count(n: number): Node {
  return { A_Const: { ival: { ival: n } } };
}
