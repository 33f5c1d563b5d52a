/**
 * A subquery of a query with grouping sets, as one grouping set's member of the union
 * (rewrite.ts groupingSetsQuery) runs it: a grouped expression of the query around it that this set
 * leaves out is NULL there too (`SELECT (SELECT g || '!') … GROUP BY ROLLUP (g)` reads NULL in the
 * total row), where its column alone would be an ungrouped column of the member.
 */
import { AGGREGATES } from './functions.js';
import { type Node, names } from './parse.js';

/** Whether a reference inside the query level `s` may read a column of `s`'s own FROM items. */
export type Hides = (s: Node, ref: Node) => boolean;

/**
 * `q` with each expression `outside` replaces (one this set leaves out) replaced, where none of its
 * columns may belong to a query level between it and the grouped query. An aggregate's arguments
 * stay: they are aggregated, whichever level the aggregate belongs to.
 */
export function subqueryForGroupingSet(q: Node, outside: (n: Node) => Node | undefined, hides: Hides): Node {
  const rewrite = (n: unknown, at: Node[]): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map((x) => rewrite(x, at));
    const node = n as Node;
    if (node.FuncCall && !node.FuncCall.over && AGGREGATES.has(names(node.FuncCall.funcname).at(-1)!)) return node;
    const replaced = at.length > 0 ? outside(node) : undefined;
    // A scalar subquery of its own: SQLite takes an aggregate of the query around for one only
    // directly in a subquery that aggregates (`EXISTS (SELECT 1 FROM u WHERE u.g = min(t.g))` is
    // its misuse of min()).
    if (replaced && !refs(node).some((r) => at.some((s) => hides(s, r)))) return { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: { op: 'SETOP_NONE', targetList: [{ ResTarget: { val: replaced } }] } } } };
    // A query level's own FROM items may hide the grouped level's columns from its expressions.
    const inner = 'fromClause' in node || 'targetList' in node ? [...at, node] : at;
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) out[k] = rewrite(v, inner);
    return out;
  };
  return rewrite(q, []) as Node;
}

function refs(n: unknown): Node[] {
  if (!n || typeof n !== 'object') return [];
  if (Array.isArray(n)) return n.flatMap(refs);
  const node = n as Node;
  return node.ColumnRef ? [node.ColumnRef] : Object.values(node).flatMap(refs);
}
