/**
 * Which FROM items of a write's join a cancellation point may name (emit-query.ts whereWithPoint).
 * The point names a row of each item so that SQLite calls it in the innermost loop; a subquery's or
 * a CTE's row is named by one of its columns. SQLite flattens such a query into the join and puts
 * the column's expression in the point's place: an expression that calls a function (`nextval`,
 * `random()`, a user's function) would then run once more per row combination, a wrong answer.
 * So only a query of base tables' columns, constants, operators and casts is named.
 */
import type { Node } from './parse.js';
import { tokenize, viewRelations } from '../runtime/catalog/sqlite-ddl.js';

/** Nodes that may call something with an effect or another answer each time. */
const CALLS = new Set(['FuncCall', 'SubLink', 'RangeFunction', 'RangeTableFunc', 'RangeTableSample']);

/**
 * Whether every column of `query` is computed of stored columns without a call. `isPlain`: whether
 * a relation the query reads has stored columns only (a table, or a view judged as this query is;
 * not an outer query's CTE); a name its own WITH defines is judged with the rest of the query.
 */
export function namesPlainColumns(query: Node, isPlain: (relname: string) => boolean): boolean {
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
  return visit(query) && relations.every((r) => own.has(r) || isPlain(r));
}

/** Words that may stand before a parenthesis in a view's SQLite query without calling anything. */
const NOT_CALLS = new Set(['WHERE', 'AND', 'OR', 'NOT', 'ON', 'SELECT', 'IN', 'IS', 'WHEN', 'THEN', 'ELSE', 'BY', 'HAVING', 'AS']);

/**
 * namesPlainColumns for a view, from its query as SQLite stores it (`sql`): no function called (a
 * name before a parenthesis) and no subquery in it; `isPlain` judges the relations it reads (a
 * table, or a view judged the same way).
 */
export function viewNamesPlainColumns(sql: string, isPlain: (relname: string) => boolean): boolean {
  const tokens = tokenize(sql).filter((t) => t.kind !== 'comment');
  const body = tokens.findIndex((t) => t.kind === 'word' && t.value.toUpperCase() === 'AS') + 1;
  if (body === 0) return false;
  for (let i = body; i + 1 < tokens.length; i++) {
    const [t, next] = [tokens[i]!, tokens[i + 1]!];
    if (t.kind !== 'punct' || t.value !== '(') continue;
    if (next.kind === 'word' && ['SELECT', 'WITH', 'VALUES'].includes(next.value.toUpperCase())) return false;
    const before = tokens[i - 1]!;
    if (before.kind === 'ident' || (before.kind === 'word' && !NOT_CALLS.has(before.value.toUpperCase()))) return false;
  }
  return viewRelations(sql).every(isPlain);
}
