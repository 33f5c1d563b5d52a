/**
 * Checks PostgreSQL makes when it plans a query and SQLite does not: a grouped query's select list
 * may name only grouped columns (or columns of a table grouped by its primary key), where SQLite
 * would answer with any row's value.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { AGGREGATES } from './functions.js';
import { columnName } from './column-name.js';

/**
 * 42803 for a bare column of the select list that GROUP BY neither names nor determines. Only the
 * plain case is judged — one table in FROM, GROUP BY of column names — so no valid query is refused.
 */
export function checkGrouping(schema: TranslatorSchema, s: Node): void {
  // `GROUP BY 1` groups by the select list's first item.
  const positional = (g: Node): Node => (g.A_Const?.ival ? ((s.targetList ?? []) as Node[])[(g.A_Const.ival.ival ?? 0) - 1]?.ResTarget.val ?? g : g);
  const group = ((s.groupClause ?? []) as Node[]).map(positional);
  const from = (s.fromClause ?? []) as Node[];
  // An aggregate in the select list, or HAVING, groups the whole table (`SELECT name, count(*) FROM t`).
  const aggregate = (n: Node) => {
    const f = n.FuncCall;
    return f && !f.over && AGGREGATES.has(names(f.funcname).at(-1)!);
  };
  const aggregated = !!s.havingClause || ((s.targetList ?? []) as Node[]).some((t) => aggregate(t.ResTarget.val)) || ((s.sortClause ?? []) as Node[]).some((o) => aggregate(o.SortBy.node));
  if ((group.length === 0 && !aggregated) || from.length !== 1 || !from[0]!.RangeVar || !group.every((g) => g.ColumnRef)) return;
  const relation = from[0]!.RangeVar;
  const table = relation.schemaname && relation.schemaname !== 'public' ? undefined : schema.lookupTable(relation.relname);
  if (!table) return;
  const qualifier = relation.alias?.aliasname ?? relation.relname;
  const targets = (s.targetList ?? []) as Node[];
  const aliases = new Set(targets.map((t) => t.ResTarget.name as string | undefined).filter((n) => n !== undefined));
  const grouped = new Set<string>();
  for (const g of group) {
    const parts = names(g.ColumnRef.fields);
    // A name that is an output column's alias may group by that expression: judge nothing then.
    if (parts.length === 1 && aliases.has(parts[0]!) && !table.column(parts[0]!)) return;
    if (parts.length === 2 && parts[0] !== qualifier) return;
    grouped.add(parts.at(-1)!);
  }
  const keys = table.columns.filter((c) => c.primaryKey).map((c) => c.name);
  if (keys.length > 0 && keys.every((k) => grouped.has(k))) return;
  const judge = (ref: Node | undefined): void => {
    if (!ref) return;
    const parts = names(ref.fields);
    if (parts.length > 2 || (parts.length === 2 && parts[0] !== qualifier) || ref.fields.some((f: Node) => f.A_Star)) return;
    const column = parts.at(-1)!;
    if (!table.column(column) || grouped.has(column)) return;
    throw new PgError(SqlState.groupingError, `column "${qualifier}.${column}" must appear in the GROUP BY clause or be used in an aggregate function`, { position: ref.location + 1 });
  };
  for (const t of targets) judge(t.ResTarget.val.ColumnRef);
  // HAVING and ORDER BY are judged as the select list: their bare columns outside aggregates and
  // subqueries. An ORDER BY name that is an output column's is that column, already judged.
  if (s.havingClause) bareColumns(s.havingClause).forEach(judge);
  for (const sort of (s.sortClause ?? []) as Node[]) {
    const ref = sort.SortBy.node.ColumnRef;
    if (ref && ref.fields.length === 1 && (aliases.has(names(ref.fields)[0]!) || targets.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === names(ref.fields)[0]))) continue;
    bareColumns(sort.SortBy.node).forEach(judge);
  }
}

/** The column references of an expression outside aggregate calls, window calls and subqueries. */
function bareColumns(n: unknown, out: Node[] = []): Node[] {
  if (!n || typeof n !== 'object') return out;
  if (Array.isArray(n)) {
    for (const x of n) bareColumns(x, out);
    return out;
  }
  const node = n as Node;
  if (node.SubLink) return out;
  if (node.FuncCall && (node.FuncCall.over || AGGREGATES.has(names(node.FuncCall.funcname).at(-1)!))) return out;
  if (node.ColumnRef) {
    out.push(node.ColumnRef);
    return out;
  }
  for (const v of Object.values(node)) bareColumns(v, out);
  return out;
}

/**
 * 42P10 for SELECT DISTINCT ordered by a column the select list does not have. Only bare column
 * names are judged, against a select list without `*`, so no valid query is refused.
 */
export function checkDistinctOrder(s: Node): void {
  const distinct = s.distinctClause as Node[] | undefined;
  if (!distinct || distinct.length !== 1 || Object.keys(distinct[0] ?? {}).length !== 0) return;
  const targets = (s.targetList ?? []) as Node[];
  if (targets.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star))) return;
  for (const sort of (s.sortClause ?? []) as Node[]) {
    const ref = sort.SortBy.node.ColumnRef;
    if (!ref || ref.fields.some((f: Node) => f.A_Star)) continue;
    const column = names(ref.fields).at(-1)!;
    // A bare name is a result column's, its name given or PostgreSQL's own (`m::text` is `m`).
    const output = (t: Node) => (ref.fields.length === 1 ? (t.ResTarget.name ?? columnName(t.ResTarget.val)) : t.ResTarget.name) === column;
    if (targets.some((t) => output(t) || (t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === column))) continue;
    throw new PgError(SqlState.invalidColumnReference, 'for SELECT DISTINCT, ORDER BY expressions must appear in select list', { position: ref.location + 1 });
  }
}
