/**
 * Whether PostgreSQL's plan of a cursor's query can run backward (ExecSupportsBackwardScan), which
 * makes a cursor declared with neither SCROLL nor NO SCROLL scrollable (pg_cursors.is_scrollable):
 * scans of a table, a function or VALUES, and sorts and limits over them can; joins, grouping,
 * aggregates, DISTINCT, window functions, set-returning functions in the select list and a SELECT
 * without FROM (a Result of no input) cannot; UNION ALL can where each side can, other set
 * operations cannot.
 */
import { SET_RETURNING } from './emit-expressions.js';
import { AGGREGATES } from './functions.js';
import { type Node, names } from './parse.js';

export function scansBackward(select: Node): boolean {
  if (select.op === 'SETOP_UNION' && select.all) return scansBackward(select.larg) && scansBackward(select.rarg);
  if (select.op && select.op !== 'SETOP_NONE') return false;
  if (select.valuesLists) return true;
  const from = (select.fromClause ?? []) as Node[];
  if (from.length !== 1 || select.groupClause || select.havingClause || select.distinctClause || select.windowClause || forwardOnlyCalls(select.targetList)) return false;
  const item = from[0]!;
  if (item.RangeSubselect) return scansBackward(item.RangeSubselect.subquery.SelectStmt);
  return !!(item.RangeVar || item.RangeFunction);
}

/** An aggregate, window or set-returning call in the select list: its plan node runs forward only. */
function forwardOnlyCalls(targets: unknown): boolean {
  let found = false;
  JSON.stringify(targets ?? [], (key, value: Node) => {
    if (key === 'FuncCall' && (value.over || AGGREGATES.has(names(value.funcname).at(-1) ?? '') || SET_RETURNING.has(names(value.funcname).at(-1) ?? ''))) found = true;
    return value;
  });
  return found;
}
