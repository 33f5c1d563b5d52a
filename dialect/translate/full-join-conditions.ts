/**
 * PostgreSQL runs a FULL JOIN only as a merge or hash join, so it refuses one whose ON condition
 * has no equality between its two sides among its ANDed terms (0A000, "FULL JOIN is only supported
 * with merge-joinable or hash-joinable join conditions"); SQLite runs any condition, and evsql
 * answered `ON a.k IS NOT DISTINCT FROM b.k` or `ON a.k < b.k` where PostgreSQL refuses.
 * Terms that name no column are constants to the planner and do not count. Where a term's sides
 * cannot be told (an outer or unknown column, a subquery), it may be an equality: not refused.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type Node, names } from './parse.js';
import type { ScopeRelation } from './scope.js';

type Side = 'left' | 'right' | 'unknown';

/** Refuses the FULL join `j` whose sides' relations are `left` and `right` where PostgreSQL cannot plan it. */
export function checkFullJoinCondition(j: Node, left: ScopeRelation[], right: ScopeRelation[]): void {
  if (j.jointype !== 'JOIN_FULL' || !j.quals) return;
  const sideOf = (fields: string[]): Side => {
    const column = fields.at(-1)!;
    const has = (rels: ScopeRelation[]) =>
      fields.length >= 2 ? rels.some((r) => r.name === fields.at(-2)) : rels.some((r) => r.columns?.some((c) => c.name === column));
    const [l, r] = [has(left), has(right)];
    return l === r ? 'unknown' : l ? 'left' : 'right';
  };
  const sides = (n: unknown, out = new Set<Side>()): Set<Side> => {
    if (!n || typeof n !== 'object') return out;
    const node = n as Node;
    if (node.ColumnRef) {
      const fields = names(node.ColumnRef.fields);
      if (fields.length > 0) out.add(sideOf(fields));
    } else if (node.SubLink) out.add('unknown');
    else Object.values(node).forEach((v) => sides(v, out));
    return out;
  };
  const terms = conjuncts(j.quals).filter((t) => sides(t).size > 0);
  if (terms.length === 0 || terms.some((t) => mayJoinByEquality(t, sides))) return;
  throw new PgError(SqlState.featureNotSupported, 'FULL JOIN is only supported with merge-joinable or hash-joinable join conditions');
}

function conjuncts(n: Node): Node[] {
  return n.BoolExpr?.boolop === 'AND_EXPR' ? (n.BoolExpr.args as Node[]).flatMap(conjuncts) : [n];
}

/** Whether `t` is, or may be, `left-side expression = right-side expression`. */
function mayJoinByEquality(t: Node, sides: (n: unknown) => Set<Side>): boolean {
  // NOT (a <> b) is planned as a = b; a NOT is not judged.
  if (t.BoolExpr?.boolop === 'NOT_EXPR') return true;
  const e = t.A_Expr;
  if (!e) return false;
  const op = names(e.name ?? []).at(-1);
  // `x IN (y)` of one item is planned as x = y.
  const single = e.kind === 'AEXPR_IN' && op === '=' && e.rexpr?.List?.items?.length === 1;
  if (!(e.kind === 'AEXPR_OP' && op === '=') && !single) return false;
  const [l, r] = [sides(e.lexpr), sides(e.rexpr)];
  if (l.has('unknown') || r.has('unknown')) return true;
  return l.size === 1 && r.size === 1 && [...l][0] !== [...r][0];
}
