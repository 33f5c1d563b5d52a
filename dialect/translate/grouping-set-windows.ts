/**
 * Window functions of a query with grouping sets (`rank() OVER (ORDER BY sum(x))` beside
 * `GROUP BY ROLLUP (g)`): a window runs over the grouped rows of all the sets together, which no
 * member of the union (rewrite.ts groupingSetsQuery) sees. So each member computes the grouped
 * expressions the windows and the select list read, as hidden columns, and the query over the
 * union computes the windows and what lies above them.
 */
import { type Node } from './parse.js';
import { hasWindowFunction } from './functions.js';

/** The query over the union: its select list, ORDER BY and WINDOW clause, and the hidden columns each member computes. */
export interface WindowsOverSets {
  hidden: Node[];
  targets: Node[];
  sorts: Node[];
  windows: Node[] | undefined;
}

/** The name of hidden column `i` of each member. */
export const hiddenColumn = (i: number): string => `__evsql_grouped${i + 1}`;

/**
 * The select list and ORDER BY of a grouping-sets query with windows, as the query over its
 * union computes them: every part without a window (an aggregate, a grouped column, grouping(…),
 * a subquery) is a hidden column of the members, computed once however often it is written
 * (`key`: an expression's identity); a window's arguments, PARTITION BY and ORDER BY are too. A
 * constant stays where it is written: a window's offsets and ntile's count must be. `output`: an
 * ORDER BY item that names an output column, which the query over the union sorts by as it is.
 */
export function windowsOverSets(targets: Node[], sorts: Node[], windowClause: Node[] | undefined, key: (n: Node) => string, output: (n: Node) => boolean): WindowsOverSets {
  const hidden: Node[] = [];
  const at = new Map<string, number>();
  const hide = (n: Node): Node => {
    if (n.A_Const || n.ParamRef) return n;
    const k = key(n);
    if (!at.has(k)) at.set(k, hidden.push(n) - 1);
    return { ColumnRef: { fields: [{ String: { sval: hiddenColumn(at.get(k)!) } }] } };
  };
  const windowDef = (w: Node): Node => ({
    ...w,
    partitionClause: (w.partitionClause as Node[] | undefined)?.map(hide),
    orderClause: (w.orderClause as Node[] | undefined)?.map((o) => ({ SortBy: { ...o.SortBy, node: hide(o.SortBy.node) } })),
  });
  // An expression with a window in it: the window over hidden columns, and the parts around it as written.
  const above = (n: unknown): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(above);
    const node = n as Node;
    if (node.FuncCall?.over) {
      const f = node.FuncCall;
      return { FuncCall: { ...f, args: (f.args as Node[] | undefined)?.map(hide), agg_filter: f.agg_filter && hide(f.agg_filter), over: windowDef(f.over) } };
    }
    if (isExpression(node) && !hasWindowFunction(node)) return hide(node);
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) out[k] = above(v);
    return out;
  };
  const outer = (n: Node): Node => (hasWindowFunction(n) ? (above(n) as Node) : hide(n));
  return {
    targets: targets.map((t) => ({ ResTarget: { ...t.ResTarget, val: outer(t.ResTarget.val) } })),
    sorts: sorts.map((o) => (output(o.SortBy.node) ? o : { SortBy: { ...o.SortBy, node: outer(o.SortBy.node) } })),
    windows: windowClause?.map((w) => ({ WindowDef: windowDef(w.WindowDef) })),
    hidden,
  };
}

/** The parse nodes that are values, which a member can compute (a String of a name, a TypeName, a CaseWhen are not). */
const EXPRESSIONS = new Set([
  'A_Expr', 'FuncCall', 'ColumnRef', 'TypeCast', 'CaseExpr', 'CoalesceExpr', 'MinMaxExpr', 'NullTest', 'BoolExpr', 'BooleanTest', 'GroupingFunc',
  'SubLink', 'A_ArrayExpr', 'RowExpr', 'A_Indirection', 'SQLValueFunction', 'NullIfExpr', 'CollateClause',
]);

function isExpression(n: Node): boolean {
  const keys = Object.keys(n);
  return keys.length === 1 && EXPRESSIONS.has(keys[0]!);
}
