/**
 * References from one FROM item to another that PostgreSQL refuses while it parses the FROM list
 * (parse_relation.c): a subquery that is not LATERAL naming an item before it (42P01, errorMissingRTE),
 * a LATERAL subquery or a function (LATERAL of itself) on the right of a RIGHT or FULL join
 * naming its left side (42P10, check_lateral_ref_ok), and any of them naming an item after it (42P01). Only qualified names are judged: a bare one
 * may be the subquery's own column.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import type { EmitContext } from './emit-context.js';
import { type Node, names } from './parse.js';

/** Refuses a subquery that is not LATERAL naming one of `earlier`, the FROM items before it. */
export function checkPlainSubquery(em: EmitContext, sub: Node, earlier: string[]): void {
  if (sub.lateral) return;
  const ref = referenceTo(em, sub.subquery, earlier);
  if (ref) {
    throw new PgError(SqlState.undefinedTable, `invalid reference to FROM-clause entry for table "${ref.table}"`, {
      hint: `There is an entry for table "${ref.table}", but it cannot be referenced from this part of the query.`,
      ...ref.at,
    });
  }
}

/**
 * Refuses a subquery (LATERAL or not) or a function naming an item after it in the FROM list
 * (`later`), which PostgreSQL has not added yet when it reads them: missing (42P01).
 */
export function checkLaterReference(em: EmitContext, item: Node, later: Node[]): void {
  const body = item.RangeSubselect ? item.RangeSubselect.subquery : item.RangeFunction?.functions;
  const ref = body && later.length > 0 ? referenceTo(em, body, later.flatMap(itemNames)) : undefined;
  if (ref) throw new PgError(SqlState.undefinedTable, `missing FROM-clause entry for table "${ref.table}"`, ref.at);
}

/** The names a FROM item (a join's items) goes by. */
function itemNames(n: Node): string[] {
  if (n.RangeVar) return [n.RangeVar.alias?.aliasname ?? n.RangeVar.relname];
  if (n.JoinExpr) return n.JoinExpr.alias ? [n.JoinExpr.alias.aliasname] : [...itemNames(n.JoinExpr.larg), ...itemNames(n.JoinExpr.rarg)];
  const alias = (n.RangeSubselect ?? n.RangeFunction)?.alias?.aliasname as string | undefined;
  return alias ? [alias] : [];
}

/** Refuses the right side of a RIGHT or FULL join (`j`) naming one of `left`, its left side's items. */
export function checkLateralJoin(em: EmitContext, j: Node, left: string[]): void {
  if (j.jointype !== 'JOIN_RIGHT' && j.jointype !== 'JOIN_FULL') return;
  const r = j.rarg;
  const body = r.RangeSubselect?.lateral ? r.RangeSubselect.subquery : r.RangeFunction?.functions;
  const ref = body ? referenceTo(em, body, left) : undefined;
  if (ref) {
    throw new PgError(SqlState.invalidColumnReference, `invalid reference to FROM-clause entry for table "${ref.table}"`, {
      detail: 'The combining JOIN type must be INNER or LEFT for a LATERAL reference.',
      ...ref.at,
    });
  }
}

/** The first qualified reference in `n` to one of `tables` that neither `n`'s own FROM items nor the queries around it name. */
function referenceTo(em: EmitContext, n: unknown, tables: string[]): { table: string; at: { position?: number } } | undefined {
  const own = new Set(ownNames(n));
  const outer = (t: string) => {
    for (let sc = em.scope; sc; sc = sc.parent) if (sc.relations.some((r) => r.name === t)) return true;
    return false;
  };
  let found: { table: string; at: { position?: number } } | undefined;
  const visit = (x: unknown): void => {
    if (found || !x || typeof x !== 'object') return;
    const ref = (x as Node).ColumnRef;
    if (ref) {
      const fields = names(ref.fields);
      const table = fields.length >= 2 ? fields.at(-2)! : undefined;
      if (fields.length === 2 && table && tables.includes(table) && !own.has(table) && !outer(table)) {
        found = { table, at: ref.location === undefined ? {} : { position: ref.location + 1 } };
      }
      return;
    }
    Object.values(x).forEach(visit);
  };
  visit(n);
  return found;
}

/** The names the FROM items and CTEs anywhere in `n` go by. */
function ownNames(n: unknown): string[] {
  if (!n || typeof n !== 'object') return [];
  const node = n as Node;
  const named = node.RangeVar
    ? [node.RangeVar.alias?.aliasname ?? node.RangeVar.relname]
    : (node.RangeSubselect ?? node.RangeFunction ?? node.JoinExpr)?.alias
      ? [(node.RangeSubselect ?? node.RangeFunction ?? node.JoinExpr).alias.aliasname]
      : node.CommonTableExpr
        ? [node.CommonTableExpr.ctename]
        : [];
  return [...named, ...Object.values(node).flatMap(ownNames)];
}
