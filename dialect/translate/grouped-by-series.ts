/**
 * GROUP BY a set-returning function of the select list (`SELECT unnest(tags) AS tag, count(*) FROM
 * t GROUP BY tag`, or GROUP BY 1, or the call itself; a tag cloud): PostgreSQL runs the function
 * below the grouping (ProjectSet under Agg), each of its values a row to group. The call moves into
 * FROM as a lateral item over each row (`FROM t, unnest(t.tags) AS "__evsql_set"("value")`), and
 * each of its calls in the query becomes that item's column. One such function only (several run
 * in lockstep), with no other set-returning function left in the query, and one of a single
 * column; others are left to the rewrites and refusals after (grouped-series.ts runs a function
 * above the grouping).
 */
import { columnName } from './column-name.js';
import { names, type Node } from './parse.js';

const SET = '__evsql_set';
const COLUMN = 'value';

/** Set-returning functions of one column, which FROM runs as it runs them in the select list. */
const SINGLE_COLUMN = new Set([
  'unnest', 'generate_series', 'generate_subscripts', 'jsonb_object_keys', 'json_object_keys', 'jsonb_array_elements', 'json_array_elements',
  'jsonb_array_elements_text', 'json_array_elements_text', 'regexp_split_to_table', 'regexp_matches', 'string_to_table',
]);

/** A node as text without its locations: two calls written alike are the same call. */
const shape = (n: unknown): string => JSON.stringify(n, (k, v) => (k === 'location' ? undefined : v));

export function groupedBySeriesQuery(s: Node, keys: Array<Node | undefined>, returnsSet: (n: unknown) => boolean): Node | undefined {
  const groupClause = (s.groupClause ?? []) as Node[];
  if (groupClause.length === 0 || groupClause.some((g) => g.GroupingSet) || s.distinctClause || s.lockingClause || s.intoClause || (s.op && s.op !== 'SETOP_NONE')) return undefined;
  // The set-returning calls of a part of this query (not of its subqueries, each a query of its own).
  const calls = (n: unknown, found: Node[] = []): Node[] => {
    if (!n || typeof n !== 'object') return found;
    if (Array.isArray(n)) {
      for (const x of n) calls(x, found);
      return found;
    }
    const node = n as Node;
    if (node.SubLink) return found;
    // The call itself, not one (upper(unnest(a))) with such a call among its arguments.
    if (node.FuncCall && returnsSet(node) && !returnsSet(node.FuncCall.args ?? [])) found.push(node);
    for (const v of Object.values(node)) calls(v, found);
    return found;
  };
  const grouped = calls(keys);
  if (grouped.length === 0) return undefined;
  const call = grouped[0]!;
  const key = shape(call);
  if (calls([s.targetList, groupClause, s.havingClause, s.sortClause, grouped]).some((c) => shape(c) !== key)) return undefined;
  const f = call.FuncCall;
  const name = names(f.funcname).at(-1)!;
  if (!SINGLE_COLUMN.has(name) || (name === 'unnest' && f.args?.length !== 1) || f.over || f.agg_filter) return undefined;
  const column: Node = { ColumnRef: { fields: [{ String: { sval: SET } }, { String: { sval: COLUMN } }] } };
  const replace = (n: unknown): unknown => {
    if (!n || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(replace);
    const node = n as Node;
    if (node.SubLink) return node;
    if (node.FuncCall && shape(node) === key) return column;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v)]));
  };
  // A target that was the call keeps the call's name (`unnest`), not the column's.
  const targetList = ((s.targetList ?? []) as Node[]).map((t) => {
    const val = replace(t.ResTarget.val) as Node;
    return val === t.ResTarget.val || t.ResTarget.name ? { ResTarget: { ...t.ResTarget, val } } : { ResTarget: { ...t.ResTarget, name: columnName(t.ResTarget.val), val } };
  });
  // Another set-returning function left (one above the grouping, or around this one): not this rewrite's.
  if (returnsSet([targetList, s.havingClause, s.sortClause])) return undefined;
  const item = { RangeFunction: { lateral: true, functions: [{ List: { items: [call, {}] } }], alias: { aliasname: SET, colnames: [{ String: { sval: COLUMN } }] } } };
  return {
    ...s,
    targetList,
    fromClause: [...((s.fromClause ?? []) as Node[]), item],
    groupClause: replace(groupClause),
    havingClause: replace(s.havingClause),
    sortClause: replace(s.sortClause),
  };
}
