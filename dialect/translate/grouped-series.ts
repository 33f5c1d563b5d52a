/**
 * A set-returning function in the select list of a grouped query (`SELECT g, generate_series(1,
 * count(*)) FROM t GROUP BY g`): PostgreSQL runs it over each group's row after grouping
 * (ProjectSet above Agg). The query becomes one over the grouped query, which computes the other
 * result columns and the functions' arguments; the set-returning functions then run over its rows
 * as over any table's (selectListSeries, selectListArrays). Its ORDER BY sorts the groups before
 * the functions run (each group's rows stay in series order), as PostgreSQL's plan does where no
 * key is a function's value; where one is, the rows are sorted after, as PostgreSQL sorts them.
 * LIMIT and OFFSET count the rows the functions make. An argument of json or jsonb (`jsonb_agg(n)`)
 * goes through the grouped query as its text, which keeps its numbers' scales, as a result column's
 * does. Left to the refusal elsewhere: a function inside an expression, DISTINCT, window functions,
 * locking, `*`, and an argument of numeric[] whose elements' scales one cannot tell (`array_agg(n)`
 * of an unconstrained numeric), which a query's column does not carry.
 */
import { columnName } from './column-name.js';
import { hasAggregate, hasWindowFunction } from './functions.js';
import { names, type Node } from './parse.js';
import { OID, formatType } from '../../pg/types/registry.js';
import type { OutputColumn } from './types.js';

const GROUPED = '__evsql_grouped';

export function groupedSeriesQuery(s: Node, returnsSet: (n: unknown) => boolean, columnsOf: (query: Node) => OutputColumn[] | null): Node | undefined {
  const targets = ((s.targetList ?? []) as Node[]).map((t) => t.ResTarget);
  if (!returnsSet(targets.map((t) => t.val))) return undefined;
  if (!s.groupClause && !s.havingClause && !hasAggregate(targets.map((t) => t.val))) return undefined;
  if (s.distinctClause || s.lockingClause || s.intoClause || (s.op && s.op !== 'SETOP_NONE') || s.windowClause?.length || hasWindowFunction(s.targetList)) return undefined;
  const isSeries = (v: Node) => !!v.FuncCall && returnsSet(v) && !returnsSet(v.FuncCall.args ?? []);
  if (targets.some((t) => t.val.ColumnRef?.fields.some((f: Node) => f.A_Star) || (returnsSet(t.val) && !isSeries(t.val)))) return undefined;
  const column = (name: string): Node => ({ ColumnRef: { fields: [{ String: { sval: GROUPED } }, { String: { sval: name } }] } });
  const inner: Node[] = [];
  // Each function argument's place in the grouped query and in its call.
  const slots: Array<{ at: number; args: Node[]; j: number }> = [];
  const outer = targets.map((t, i) => {
    const name = t.name ?? columnName(t.val);
    if (!isSeries(t.val)) {
      inner.push({ ResTarget: { name: `__evsql_g${i}`, val: t.val } });
      return { ResTarget: { name, val: column(`__evsql_g${i}`) } };
    }
    const args = ((t.val.FuncCall.args ?? []) as Node[]).map((a, j) => {
      inner.push({ ResTarget: { name: `__evsql_g${i}_${j}`, val: a } });
      return column(`__evsql_g${i}_${j}`);
    });
    args.forEach((_, j) => slots.push({ at: inner.length - args.length + j, args, j }));
    return { ResTarget: { name, val: { FuncCall: { ...t.val.FuncCall, args } } } };
  });
  // A key names a result column by position or (a bare name) by its name.
  const named = (k: Node): number | undefined => {
    const at = k.A_Const?.ival !== undefined ? (k.A_Const.ival.ival ?? 0) - 1 : undefined;
    if (at !== undefined) return at >= 0 && at < targets.length ? at : undefined;
    const field = k.ColumnRef?.fields.length === 1 ? names(k.ColumnRef.fields)[0] : undefined;
    const i = field === undefined ? -1 : outer.findIndex((t) => t.ResTarget.name === field);
    return i < 0 ? undefined : i;
  };
  // The arguments' types, as the grouped query gives them.
  const types = columnsOf({ SelectStmt: { ...s, targetList: inner, sortClause: undefined } });
  const cast = (val: Node, to: string): Node => ({ TypeCast: { arg: val, typeName: { names: [{ String: { sval: to } }], typemod: -1 } } });
  for (const { at, args, j } of slots) {
    const type = types?.[at];
    if (type?.type?.oid === OID.numeric_array && type.type.typmod < 0 && type.scale === undefined) return undefined;
    if (type?.type?.oid !== OID.json && type?.type?.oid !== OID.jsonb) continue;
    args[j] = cast(args[j]!, formatType(type.type.oid, -1));
    inner[at]!.ResTarget.val = cast(inner[at]!.ResTarget.val, 'text');
  }
  const sorts = (s.sortClause ?? []) as Node[];
  const afterSeries = sorts.some((b) => {
    const i = named(b.SortBy.node);
    return i !== undefined && isSeries(targets[i]!.val);
  });
  // Sorted after the functions run, every key must be a result column.
  if (afterSeries && sorts.some((b) => named(b.SortBy.node) === undefined)) return undefined;
  const innerSorts = afterSeries ? undefined : sorts.map((b) => {
    const i = named(b.SortBy.node);
    return i === undefined ? b : { SortBy: { ...b.SortBy, node: { ColumnRef: { fields: [{ String: { sval: `__evsql_g${i}` } }] } } } };
  });
  const grouped = { ...s, targetList: inner, sortClause: innerSorts?.length ? innerSorts : undefined, limitCount: undefined, limitOffset: undefined, withClause: undefined };
  return {
    targetList: outer,
    fromClause: [{ RangeSubselect: { subquery: { SelectStmt: grouped }, alias: { aliasname: GROUPED } } }],
    ...(afterSeries ? { sortClause: sorts } : {}),
    ...(s.withClause ? { withClause: s.withClause } : {}),
    limitCount: s.limitCount,
    limitOffset: s.limitOffset,
    limitOption: s.limitOption,
    op: 'SETOP_NONE',
  };
}
