/**
 * json has no equality or ordering operator in PostgreSQL (jsonb has): grouping, DISTINCT, a set
 * operation other than UNION ALL, a DISTINCT aggregate or a PARTITION BY over json values is
 * 42883 `could not identify an equality operator for type json`, and ORDER BY over them (a
 * query's, an aggregate's, a window's) `could not identify an ordering operator`; SQLite would
 * compare the stored texts, so `{"a":1}` and `{"a": 1}` would be two groups and equal texts one.
 * The clauses are judged in the order PostgreSQL's parse analysis takes them: the select list's
 * aggregates, ORDER BY, GROUP BY, DISTINCT, then the windows.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import type { OutputColumn } from './types.js';
import { names, type Node } from './parse.js';
import { locationOf } from './node-location.js';
import { enterSelectScope, leaveScope } from './name-resolution.js';

const UNCOMPARABLE = new Set<number>([OID.json, OID.json_array]);

type Operator = 'equality' | 'ordering';

function refuse(type: PgTypeInfo, operator: Operator, at: Node | undefined): never {
  const position = at === undefined ? undefined : locationOf(at);
  throw new PgError(SqlState.undefinedFunction, `could not identify an ${operator} operator for type ${formatType(type.oid, -1)}`, {
    ...(position === undefined ? {} : { position: position + 1 }),
    ...(operator === 'ordering' ? { hint: 'Use an explicit ordering operator or modify the query.' } : {}),
  });
}

/** The select's own clauses: its keys of json values refused (42883). */
export function checkJsonKeys(em: EmitContext, s: Node): void {
  const targets = ((s.targetList ?? []) as Node[]).map((t) => t.ResTarget);
  const typeOf = (n: Node): PgTypeInfo | null => {
    try {
      return em.typeOf(n);
    } catch {
      return null;
    }
  };
  // A key may name a result column by position or by its name.
  const keyType = (n: Node): PgTypeInfo | null => {
    const at = n.A_Const?.ival !== undefined ? (n.A_Const.ival.ival ?? 0) : undefined;
    if (at !== undefined) return targets[at - 1] ? typeOf(targets[at - 1].val) : null;
    const own = typeOf(n);
    const field = n.ColumnRef?.fields.length === 1 ? names(n.ColumnRef.fields)[0] : undefined;
    const named = own ?? (field === undefined ? undefined : targets.find((t) => t.name === field));
    return named && 'val' in named ? typeOf(named.val) : (own ?? null);
  };
  const check = (keys: Node[] | undefined, operator: Operator) => {
    for (const k of keys ?? []) {
      const t = keyType(k);
      if (t && UNCOMPARABLE.has(t.oid)) refuse(t, operator, k);
    }
  };
  const sorted = (sortBy: Node[] | undefined) => (sortBy ?? []).map((b) => b.SortBy.node as Node);
  const calls: Node[] = [];
  const collect = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(collect);
    const node = n as Node;
    if (node.SubLink || node.SelectStmt) return;
    if (node.FuncCall) calls.push(node.FuncCall);
    for (const v of Object.values(node)) collect(v);
  };
  collect([s.targetList, s.havingClause]);
  for (const f of calls) {
    if (f.agg_distinct) check(f.args, 'equality');
    check(sorted(f.agg_order), 'ordering');
  }
  check(sorted(s.sortClause), 'ordering');
  const grouped = (g: Node): Node[] => (g.GroupingSet ? ((g.GroupingSet.content ?? []) as Node[]).flatMap(grouped) : g.RowExpr ? (g.RowExpr.args as Node[]) : [g]);
  check(((s.groupClause ?? []) as Node[]).flatMap(grouped), 'equality');
  const distinct = s.distinctClause as Node[] | undefined;
  if (distinct?.length === 1 && Object.keys(distinct[0]!).length === 0) {
    for (const t of targets) {
      const fields = t.val.ColumnRef ? names(t.val.ColumnRef.fields) : [];
      const types = fields.at(-1) === '*' ? (em.scope?.star(fields.length === 2 ? fields[0] : undefined) ?? []).map((c) => c.type) : [typeOf(t.val)];
      const json = types.find((x) => x && UNCOMPARABLE.has(x.oid));
      if (json) refuse(json, 'equality', t.val);
    }
  } else check(distinct, 'equality');
  const windows = [...calls.map((f) => f.over as Node | undefined).filter((w) => w !== undefined), ...((s.windowClause ?? []) as Node[]).map((w) => w.WindowDef)];
  for (const w of windows) {
    check(w.partitionClause, 'equality');
    check(sorted(w.orderClause), 'ordering');
  }
}

/** checkJsonKeys of a select with DISTINCT ON, before emit.ts rewrites it (distinctOnQuery): the select. */
export function checkedDistinctOn(em: EmitContext, s: Node): Node {
  const saved = enterSelectScope(em, s);
  try {
    checkJsonKeys(em, s);
  } finally {
    leaveScope(em, saved);
  }
  return s;
}

/** A set operation that compares its rows (all but UNION ALL): a json column refused, at its left member's expression. */
export function checkJsonSetColumns(s: Node, columns: OutputColumn[]): void {
  if (s.op === 'SETOP_UNION' && s.all) return;
  const i = columns.findIndex((c) => c.type && UNCOMPARABLE.has(c.type.oid));
  if (i < 0) return;
  let leaf = s;
  while (leaf.op && leaf.op !== 'SETOP_NONE') leaf = leaf.larg.SelectStmt ?? leaf.larg;
  refuse(columns[i]!.type!, 'equality', leaf.targetList?.[i]?.ResTarget.val);
}
