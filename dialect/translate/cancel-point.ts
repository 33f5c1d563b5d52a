/**
 * Which FROM items of a write's join a cancellation point may name (emit-query.ts whereWithPoint).
 * The point names a row of each item so that SQLite calls it in the innermost loop; a subquery's or
 * a CTE's row is named by one of its columns. SQLite flattens such a query into the join and puts
 * the column's expression in the point's place: an expression that calls a function (`nextval`,
 * `random()`, a user's function) would then run once more per row combination, a wrong answer.
 * So only a query of base tables' columns, constants, operators and casts is named.
 */
import type { Node } from './parse.js';

/** Nodes that may call something with an effect or another answer each time. */
const CALLS = new Set(['FuncCall', 'SubLink', 'RangeFunction', 'RangeTableFunc', 'RangeTableSample']);

/**
 * Whether every column of `query` is computed of base tables' columns without a call. `isTable`:
 * whether a relation name the query reads is a table (not a view, not an outer query's CTE, whose
 * columns may call anything); a name its own WITH defines is judged with the rest of the query.
 */
export function namesPlainColumns(query: Node, isTable: (relname: string) => boolean): boolean {
  const own = new Set<string>();
  const relations: string[] = [];
  const visit = (n: unknown): boolean => {
    if (n === null || typeof n !== 'object') return true;
    if (Array.isArray(n)) return n.every(visit);
    for (const [k, v] of Object.entries(n)) {
      if (CALLS.has(k)) return false;
      if (k === 'CommonTableExpr') own.add((v as Node).ctename);
      if (k === 'RangeVar') relations.push((v as Node).relname);
      if (!visit(v)) return false;
    }
    return true;
  };
  return visit(query) && relations.every((r) => own.has(r) || isTable(r));
}
