/**
 * Checks PostgreSQL makes when it plans a query and SQLite does not: a grouped query's select list,
 * ORDER BY, DISTINCT ON, window definitions and HAVING may use only grouped expressions, columns of
 * a table whose primary key is grouped, and aggregates (parse_agg.c check_ungrouped_columns), where
 * SQLite would answer with any row's value.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type Node, names } from './parse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { AGGREGATES } from './functions.js';
import { columnName } from './column-name.js';
import { ARRAY_POSITIONS, POSITION_COLUMN } from './select-list-arrays.js';
import { locationOf } from './node-location.js';
import { declaredType } from './types.js';
import { OID, type PgTypeInfo, typeFromDeclared } from '../../pg/types/registry.js';
import { catalogPrimaryKey, catalogRelation, columnNames } from '../catalog/definitions.js';

/** The ordered-set and hypothetical-set aggregates: their arguments before WITHIN GROUP are direct. */
const ORDERED_SET = new Set(['percentile_cont', 'percentile_disc', 'mode', 'rank', 'dense_rank', 'percent_rank', 'cume_dist']);

/** A FROM item as a query level sees it: its columns null where they cannot be told. */
interface Relation {
  alias: string;
  columns: string[] | null;
  /** A table (not a view): its primary key may make its other columns grouped. */
  table?: TableInfo;
  /** A catalog table's primary key, which does the same. */
  catalogKey?: string[];
}

/** One query level's relations, the columns USING merges (null: not to be told), and its CTEs. */
interface Level {
  relations: Relation[];
  merged: Map<string, Relation | null>;
  ctes: Map<string, string[] | null>;
  /** NATURAL between relations whose columns are not all known: no unqualified name can be placed. */
  opaque: boolean;
}

/** A column reference placed: the level (0 the grouped one) and relation it reads. */
interface Placed {
  level: number;
  relation: Relation;
  column: string;
}

interface Grouping {
  schema: TranslatorSchema;
  /** The grouped expressions' canonical forms (canonical). */
  keys: Set<string>;
  /** Whether some grouped expression is not a plain column: then expressions are matched whole. */
  expressions: boolean;
  /** Relations of the grouped level whose primary key is grouped. */
  dependent: Set<Relation>;
  /** Inline window definitions met in the select list, judged after ORDER BY and DISTINCT ON. */
  windows: Node[];
  /** Judging an ordered-set aggregate's direct arguments. */
  direct?: boolean;
}

/**
 * 42803 for a column the grouped query uses outside its aggregates that GROUP BY neither names nor
 * determines, in the order PostgreSQL judges them. A reference that cannot be placed for certain (a
 * relation whose columns are not known here, a name of an outer query) is not judged, and casts and
 * constants are compared loosely, so no query PostgreSQL accepts is refused.
 */
export function checkGrouping(schema: TranslatorSchema, s: Node, outerCtes: ReadonlyMap<string, ReadonlyArray<{ name: string }> | null>): void {
  const groupClause = (s.groupClause ?? []) as Node[];
  // Grouping sets are judged once groupingSetsQuery has spelled them out.
  if (groupClause.some((g) => g.GroupingSet)) return;
  const targets = ((s.targetList ?? []) as Node[]).map((t) => t.ResTarget as Node);
  const level = ownLevel(schema, s, outerCtes);
  const chain = [level];
  const ownAggregate = (n: unknown): boolean => someNode(n, (x) => !!x.FuncCall && isAggregate(x.FuncCall) && aggregateLevel(x.FuncCall, chain) === 0);
  // GROUP BY is read before the select list: its own aggregate is the first error (parseCheckAggregates).
  let inGroupBy: Node | undefined;
  someNode(groupClause, (x) => !!x.FuncCall && isAggregate(x.FuncCall) && aggregateLevel(x.FuncCall, chain) === 0 && (inGroupBy = x.FuncCall) !== undefined);
  if (inGroupBy) throw new PgError(SqlState.groupingError, 'aggregate functions are not allowed in GROUP BY', typeof inGroupBy.location === 'number' ? { position: inGroupBy.location + 1 } : {});
  const grouped = groupClause.length > 0 || !!s.havingClause || ownAggregate([s.targetList, s.sortClause]);
  if (!grouped) return;
  const outputs = targets.map((t) => t.name ?? columnName(t.val));
  // Output names are read as groupedExpressions reads them (a catalog's columns known), so that a
  // rewritten query's item is the expression its select list has.
  const named = [ownLevel(schema, s, outerCtes)];
  const items = groupClause.map((g) => groupItem(g, named, targets, outputs));
  if (items.some((g) => g === undefined)) return;
  const plain = (items as Node[]).map((g) => (stripCasts(g).ColumnRef && !convertedColumn(g, chain) ? place(chain, stripCasts(g).ColumnRef) : undefined));
  const g: Grouping = {
    schema,
    keys: new Set((items as Node[]).map((x) => canonical(x, chain))),
    expressions: plain.some((p) => !p),
    dependent: new Set(),
    windows: [],
  };
  for (const r of level.relations) {
    const key = r.table ? schema.primaryKeyOf(r.table.name) : (r.catalogKey ?? []);
    if (key.length > 0 && key.every((k) => plain.some((p) => p?.relation === r && p.column === k))) g.dependent.add(r);
  }
  for (const t of targets) {
    const star = t.val.ColumnRef?.fields.some((f: Node) => f.A_Star);
    if (star) judgeStar(g, level, t.val.ColumnRef);
    else walk(g, t.val, chain);
  }
  // An ORDER BY or DISTINCT ON name or position of an output column is that column, judged above.
  const outputItem = (n: Node) => n.A_Const?.ival !== undefined || (n.ColumnRef?.fields.length === 1 && outputs.includes(names(n.ColumnRef.fields)[0]!));
  for (const sort of (s.sortClause ?? []) as Node[]) if (!outputItem(sort.SortBy.node)) walk(g, sort.SortBy.node, chain);
  for (const d of (s.distinctClause ?? []) as Node[]) if (Object.keys(d).length > 0 && !outputItem(d)) walk(g, d, chain);
  for (const w of [...((s.windowClause ?? []) as Node[]).map((x) => x.WindowDef), ...g.windows]) walk(g, [w.partitionClause, w.orderClause], chain);
  walk(g, s.havingClause, chain);
}

/**
 * The expressions a query's GROUP BY items stand for, as PostgreSQL resolves them: a position or
 * a name of an output column that no FROM column has is that column's expression; undefined for an
 * item that could stand for either of two.
 */
export function groupedExpressions(schema: TranslatorSchema, s: Node, outerCtes: ReadonlyMap<string, ReadonlyArray<{ name: string }> | null>): Array<Node | undefined> {
  const targets = ((s.targetList ?? []) as Node[]).map((t) => t.ResTarget as Node);
  const outputs = targets.map((t) => t.name ?? columnName(t.val));
  const chain = [ownLevel(schema, s, outerCtes)];
  return ((s.groupClause ?? []) as Node[]).map((g) => groupItem(g, chain, targets, outputs));
}

/** The relations of a query's own FROM, beside the CTEs of the queries around it, which its own WITH may hide. */
function ownLevel(schema: TranslatorSchema, s: Node, outerCtes: ReadonlyMap<string, ReadonlyArray<{ name: string }> | null>): Level {
  return levelOf(schema, s, [], new Map([...outerCtes].map(([name, cs]) => [name, cs?.map((c) => c.name) ?? null])));
}

/** A GROUP BY item as the expression it groups: a position or output name read as its select-list entry. */
function groupItem(g: Node, chain: Level[], targets: Node[], outputs: string[]): Node | undefined {
  if (g.A_Const?.ival !== undefined) return targets[(g.A_Const.ival.ival ?? 0) - 1]?.val;
  const ref = g.ColumnRef;
  if (!ref || ref.fields.length !== 1 || ref.fields[0].A_Star) return g;
  // A FROM column before an output column (findTargetlistEntrySQL92 for GROUP BY); a relation's
  // name is no column (colNameToVar), so an output column of that name comes first.
  const name = names(ref.fields)[0]!;
  if (place(chain, ref)?.column !== '*' && place(chain, ref)) return g;
  if (chain[0]!.relations.some((r) => !r.columns || r.columns.includes(name))) return g;
  const named = targets.filter((_, i) => outputs[i] === name).map((t) => t.val as Node);
  if (named.length === 0) return g;
  return new Set(named.map((n) => canonical(n, chain))).size === 1 ? named[0] : undefined;
}

function walk(g: Grouping, n: unknown, chain: Level[]): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) walk(g, x, chain);
    return;
  }
  const node = n as Node;
  const depth = chain.length - 1;
  // A grouped expression, whole; only at the grouped level (check_ungrouped_columns_walker).
  if (depth === 0 && g.expressions && g.keys.has(canonical(node, chain))) return;
  if (node.ColumnRef) return judge(g, node.ColumnRef, chain);
  if (node.GroupingFunc) return;
  const f = node.FuncCall;
  if (f?.over) {
    walk(g, [f.args, f.agg_filter], chain);
    if (depth === 0) g.windows.push(f.over);
    else walk(g, [f.over.partitionClause, f.over.orderClause], chain);
    return;
  }
  if (f && isAggregate(f)) {
    const owner = aggregateLevel(f, chain);
    // The grouped level's own aggregate: only an ordered-set aggregate's direct arguments are its
    // (WITHIN GROUP of another function is 42883, found later, as PostgreSQL finds it first).
    if (owner === 0) return f.agg_within_group && ORDERED_SET.has(names(f.funcname).at(-1)!) ? walk({ ...g, direct: true }, f.args, chain) : undefined;
    if (owner !== depth) return;
  }
  if (node.SubLink) {
    walk(g, node.SubLink.testexpr, chain);
    return walkQuery(g, node.SubLink.subselect, chain);
  }
  for (const v of Object.values(node)) walk(g, v, chain);
}

/** A subquery: its own level, whose references to the grouped level must be to grouped columns. */
function walkQuery(g: Grouping, q: Node, chain: Level[]): void {
  const s = q.SelectStmt ?? q;
  if (s.op && s.op !== 'SETOP_NONE') {
    walkQuery(g, s.larg, chain);
    walkQuery(g, s.rarg, chain);
    return;
  }
  const inner = [...chain, levelOf(g.schema, s, chain)];
  for (const cte of (s.withClause?.ctes ?? []) as Node[]) walkQuery(g, cte.CommonTableExpr.ctequery, inner);
  walkFrom(g, s.fromClause, inner);
  const outputs = ((s.targetList ?? []) as Node[]).map((t) => t.ResTarget.name ?? columnName(t.ResTarget.val));
  // ORDER BY and GROUP BY may name an output column of the subquery's own.
  const own = (n: Node) => n.ColumnRef?.fields.length === 1 && !place(inner.slice(-1), n.ColumnRef) && outputs.includes(names(n.ColumnRef.fields)[0]!);
  walk(g, [s.targetList, s.whereClause, s.havingClause, s.valuesLists, s.limitCount, s.limitOffset], inner);
  for (const x of (s.groupClause ?? []) as Node[]) if (!own(x)) walk(g, x, inner);
  for (const x of (s.sortClause ?? []) as Node[]) if (!own(x.SortBy.node)) walk(g, x.SortBy.node, inner);
  for (const x of (s.distinctClause ?? []) as Node[]) if (!own(x)) walk(g, x, inner);
  for (const w of (s.windowClause ?? []) as Node[]) walk(g, [w.WindowDef.partitionClause, w.WindowDef.orderClause], inner);
}

function walkFrom(g: Grouping, items: Node[] | undefined, chain: Level[]): void {
  for (const item of items ?? []) {
    if (item.RangeSubselect) walkQuery(g, item.RangeSubselect.subquery, chain);
    else if (item.JoinExpr) {
      walkFrom(g, [item.JoinExpr.larg, item.JoinExpr.rarg], chain);
      walk(g, item.JoinExpr.quals, chain);
    } else if (item.RangeFunction) walk(g, item.RangeFunction.functions, chain);
  }
}

function judge(g: Grouping, ref: Node, chain: Level[]): void {
  const placed = place(chain, ref);
  if (!placed || placed.level !== 0 || g.dependent.has(placed.relation)) return;
  if (g.keys.has(columnKey(placed, chain))) return;
  const column = `"${placed.relation.alias}.${placed.column}"`;
  const message = chain.length === 1 ? `column ${column} must appear in the GROUP BY clause or be used in an aggregate function` : `subquery uses ungrouped column ${column} from outer query`;
  const detail = g.direct ? 'Direct arguments of an ordered-set aggregate must use only grouped columns.' : undefined;
  throw new PgError(SqlState.groupingError, message, { position: ref.location + 1, ...(detail ? { detail } : {}) });
}

/** `*` or `t.*` in the grouped select list: each column it stands for, at the star. */
function judgeStar(g: Grouping, level: Level, ref: Node): void {
  const parts = names(ref.fields).slice(0, -1);
  const relations = parts.length === 0 ? level.relations : level.relations.filter((r) => r.alias === parts.at(-1));
  if (parts.length === 0 && level.merged.size > 0) return;
  for (const r of relations) {
    if (!r.columns) return;
    for (const column of r.columns) {
      if (g.dependent.has(r) || g.keys.has(columnKey({ level: 0, relation: r, column }, [level]))) continue;
      throw new PgError(SqlState.groupingError, `column "${r.alias}.${column}" must appear in the GROUP BY clause or be used in an aggregate function`, { position: ref.location + 1 });
    }
  }
}

function isAggregate(f: Node): boolean {
  return !f.over && (AGGREGATES.has(names(f.funcname).at(-1)!) || !!(f.agg_star || f.agg_distinct || f.agg_order || f.agg_filter || f.agg_within_group));
}

/**
 * The level an aggregate belongs to: the innermost of the levels its arguments' columns read (a
 * constant's, the level it is written in); undefined where one of them cannot be placed.
 */
function aggregateLevel(f: Node, chain: Level[]): number | undefined {
  let owner = -1;
  let known = true;
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object' || !known) return;
    if (Array.isArray(n)) return n.forEach(visit);
    const node = n as Node;
    if (node.SubLink) known = false;
    else if (node.ColumnRef) {
      const placed = place(chain, node.ColumnRef);
      if (!placed) known = false;
      else owner = Math.max(owner, placed.level);
    } else Object.values(node).forEach(visit);
  };
  visit([f.args, f.agg_order, f.agg_filter]);
  return !known ? undefined : owner < 0 ? chain.length - 1 : owner;
}

/**
 * Where a column reference reads, innermost level first (a relation's name alone or `t.*` inside an
 * expression: its whole row, column `*`); undefined where that cannot be told for certain.
 */
function place(chain: Level[], ref: Node): Placed | undefined {
  const parts = names(ref.fields);
  if (parts.length > 3 || parts.slice(0, -1).includes('*') || (parts.length === 1 && parts[0] === '*')) return undefined;
  if (parts.length > 1) {
    const [alias, column] = parts.slice(-2) as [string, string];
    for (let level = chain.length - 1; level >= 0; level--) {
      const hits = chain[level]!.relations.filter((r) => r.alias === alias);
      if (hits.length === 0) continue;
      const r = hits[0]!;
      return hits.length === 1 && (column === '*' || r.columns?.includes(column)) ? { level, relation: r, column } : undefined;
    }
    return undefined;
  }
  // A column of any level before a relation's name (transformColumnRef).
  const column = parts[0]!;
  for (let level = chain.length - 1; level >= 0; level--) {
    const l = chain[level]!;
    if (l.opaque) return undefined;
    if (l.merged.has(column)) {
      const r = l.merged.get(column);
      return r ? { level, relation: r, column } : undefined;
    }
    const hits = l.relations.filter((r) => r.columns?.includes(column));
    if (l.relations.some((r) => !r.columns) || hits.length > 1) return undefined;
    if (hits.length === 1) return { level, relation: hits[0]!, column };
  }
  for (let level = chain.length - 1; level >= 0; level--) {
    const hits = chain[level]!.relations.filter((r) => r.alias === column);
    if (hits.length > 0) return hits.length === 1 ? { level, relation: hits[0]!, column: '*' } : undefined;
  }
  return undefined;
}

// ------------------------------------------------------------------------------ levels

function levelOf(schema: TranslatorSchema, s: Node, outer: Level[], ctes = new Map<string, string[] | null>()): Level {
  const level: Level = { relations: [], merged: new Map(), ctes, opaque: false };
  for (const cte of (s.withClause?.ctes ?? []) as Node[]) {
    const c = cte.CommonTableExpr;
    const named = c.aliascolnames ? names(c.aliascolnames) : null;
    level.ctes.set(c.ctename, named ?? outputNames(c.ctequery));
  }
  const scope = [...outer, level];
  for (const item of (s.fromClause ?? []) as Node[]) fromItem(schema, item, scope, level);
  return level;
}

/** The relations a FROM item brings into `level`, with the columns they show: those it returns. */
function fromItem(schema: TranslatorSchema, item: Node, scope: Level[], level: Level): Relation[] {
  const add = (r: Relation): Relation[] => {
    level.relations.push(r);
    return [r];
  };
  const renamed = (columns: string[] | null, alias: Node | undefined) => {
    const as = alias?.colnames ? names(alias.colnames) : [];
    return columns && as.length <= columns.length ? [...as, ...columns.slice(as.length)] : null;
  };
  if (item.RangeVar) {
    const rv = item.RangeVar;
    const alias = rv.alias?.aliasname ?? rv.relname;
    const cte = rv.schemaname ? undefined : [...scope].reverse().find((l) => l.ctes.has(rv.relname))?.ctes;
    if (cte) return add({ alias, columns: renamed(cte.get(rv.relname) ?? null, rv.alias) });
    const table = !rv.schemaname || rv.schemaname === 'public' ? schema.lookupTable(rv.relname) : undefined;
    if (!table) {
      // A catalog relation's columns are known too (pgcli's `GROUP BY Word` over pg_proc names its
      // output column), and its primary key, as PostgreSQL 15 judges a grouped query over one.
      const catalog = !rv.schemaname || rv.schemaname === 'pg_catalog' || rv.schemaname === 'information_schema' ? catalogRelation(rv.schemaname, rv.relname) : undefined;
      return add({ alias, columns: catalog ? renamed(columnNames(catalog), rv.alias) : null, ...(catalog ? { catalogKey: catalogPrimaryKey(catalog) } : {}) });
    }
    return add({ alias, columns: renamed(table.columns.map((c) => c.name), rv.alias), ...(table.view || table.matview ? {} : { table }) });
  }
  if (item.RangeSubselect) return add({ alias: item.RangeSubselect.alias?.aliasname ?? '', columns: renamed(outputNames(item.RangeSubselect.subquery), item.RangeSubselect.alias) });
  if (item.JoinExpr) {
    const j = item.JoinExpr;
    // An aliased join hides the relations in it.
    if (j.alias) return add({ alias: j.alias.aliasname, columns: null });
    const left = fromItem(schema, j.larg, scope, level);
    const right = fromItem(schema, j.rarg, scope, level);
    const shown = (rs: Relation[]) => (rs.every((r) => r.columns) ? new Set(rs.flatMap((r) => r.columns!)) : null);
    let using: string[] = j.usingClause ? names(j.usingClause) : [];
    if (j.isNatural) {
      const [l, r] = [shown(left), shown(right)];
      if (!l || !r) level.opaque = true;
      else using = [...l].filter((c) => r.has(c));
    }
    // A merged column reads the left side's (the right's for RIGHT JOIN); FULL JOIN's is neither.
    for (const column of using) {
      // A USING column a side lacks is an error of its own, PostgreSQL's first.
      if ([left, right].some((rs) => shown(rs)?.has(column) === false)) level.opaque = true;
      const side = j.jointype === 'JOIN_RIGHT' ? right : left;
      const from = level.merged.get(column) ?? side.find((r) => r.columns?.includes(column)) ?? null;
      level.merged.set(column, j.jointype === 'JOIN_FULL' ? null : from);
    }
    return [...left, ...right];
  }
  const fn = item.RangeFunction?.functions?.length === 1 ? item.RangeFunction.functions[0].List?.items?.[0]?.FuncCall : undefined;
  const alias = item.RangeFunction?.alias?.aliasname ?? fn?.funcname?.at(-1)?.String?.sval ?? '';
  // The positions lateralUnnestQuery puts for an unnest over a FROM item's column: one column.
  if (fn && names(fn.funcname).at(-1) === ARRAY_POSITIONS) return add({ alias, columns: [POSITION_COLUMN] });
  return add({ alias, columns: null });
}

/** A query's output column names; null where a `*` hides them. */
function outputNames(q: Node): string[] | null {
  const s = q.SelectStmt ?? q;
  if (s.op && s.op !== 'SETOP_NONE') return outputNames(s.larg);
  if (s.valuesLists) return ((s.valuesLists[0]?.List?.items ?? []) as Node[]).map((_, i) => `column${i + 1}`);
  const targets = (s.targetList ?? []) as Node[];
  if (!s.targetList || targets.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star))) return null;
  return targets.map((t) => t.ResTarget.name ?? columnName(t.ResTarget.val));
}

// ------------------------------------------------------------------------------ comparing expressions

function stripCasts(n: Node): Node {
  return n.TypeCast ? stripCasts(n.TypeCast.arg) : n;
}

/**
 * A cast of a table's column to another type (`n::text` of an integer n, `x::numeric(10,2)` of a
 * numeric x, `v::varchar` of a varchar(5)): the type it converts to, as PostgreSQL's tree keeps it,
 * which is no longer the column (`GROUP BY n::text` does not group n). A cast to the column's own
 * type is the column, as PostgreSQL drops it; where the column's type is not known, the cast is not
 * judged.
 */
function convertedColumn(n: Node, chain: Level[]): PgTypeInfo | undefined {
  const ref = n.TypeCast?.arg.ColumnRef;
  const placed = ref && place(chain, ref);
  const from = placed && placed.relation.table?.column(placed.column)?.type;
  if (!from) return undefined;
  const declared = declaredType(n.TypeCast.typeName);
  const to = typeFromDeclared(declared);
  // A name the registry does not know (an enum, a domain) reads as text: not to be compared.
  if (to.oid === OID.text && declared !== 'text') return undefined;
  return to.oid !== from.oid || to.typmod !== from.typmod ? to : undefined;
}

/**
 * An expression's form for comparing with GROUP BY's: columns by where they read (the grouped
 * level's by relation), without positions, casts other than a column's conversion, or the spelling
 * of constants and function names — looser than PostgreSQL's equal() of analyzed trees, so two it
 * finds equal are equal here.
 */
function canonical(n: Node, chain: Level[]): string {
  const form = (x: unknown): unknown => {
    if (!x || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map(form);
    const node = x as Node;
    if (node.TypeCast) {
      const to = convertedColumn(node, chain);
      return to ? { cast: to, arg: form(node.TypeCast.arg) } : form(node.TypeCast.arg);
    }
    if (node.A_Const) return { c: node.A_Const.isnull ? null : String(Object.values(Object.values(node.A_Const).find((v) => v && typeof v === 'object') ?? {})[0] ?? '') };
    if (node.ColumnRef) {
      const placed = place(chain, node.ColumnRef);
      return placed ? JSON.parse(columnKey(placed, chain)) : `?${names(node.ColumnRef.fields).join('.')}`;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'location' || k === 'funcformat') continue;
      out[k] = k === 'funcname' ? names(v as Node[]).at(-1) : form(v);
    }
    return out;
  };
  return JSON.stringify(form(n));
}

/** A placed column's canonical form. */
function columnKey(p: Placed, chain: Level[]): string {
  return JSON.stringify(`${p.column}@${p.level}.${chain[p.level]!.relations.indexOf(p.relation)}`);
}

function someNode(n: unknown, test: (x: Node) => boolean): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some((x) => someNode(x, test));
  const node = n as Node;
  if (node.SubLink) return false;
  return test(node) || Object.values(node).some((v) => someNode(v, test));
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
    // An expression must be one of the select list's (`ORDER BY upper(x)` beside `DISTINCT x`, which
    // SQLite would sort by): the same tree, its columns named by their last names. A COLLATE of one
    // is that one; a row (sorted field by field) and a parameter are left as they were.
    const key = (sort.SortBy.node.CollateClause?.arg ?? sort.SortBy.node) as Node;
    if (key.FuncCall || key.A_Expr || key.TypeCast || key.CaseExpr || key.CoalesceExpr || key.SubLink) {
      if (targets.some((t) => sameExpression(t.ResTarget.val, key))) continue;
      const at = locationOf(sort.SortBy.node);
      throw new PgError(SqlState.invalidColumnReference, 'for SELECT DISTINCT, ORDER BY expressions must appear in select list', at === undefined ? {} : { position: at + 1 });
    }
    if (!ref || ref.fields.some((f: Node) => f.A_Star)) continue;
    const column = names(ref.fields).at(-1)!;
    // A bare name is a result column's, its name given or PostgreSQL's own (`m::text` is `m`).
    const output = (t: Node) => (ref.fields.length === 1 ? (t.ResTarget.name ?? columnName(t.ResTarget.val)) : t.ResTarget.name) === column;
    if (targets.some((t) => output(t) || (t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === column))) continue;
    throw new PgError(SqlState.invalidColumnReference, 'for SELECT DISTINCT, ORDER BY expressions must appear in select list', { position: ref.location + 1 });
  }
}

/** Whether two expressions are written alike: locations aside, and a column by its last name (`t.x` is `x`). */
function sameExpression(a: Node, b: Node): boolean {
  const shape = (n: Node) => JSON.stringify(n, (k, v: unknown) => (k === 'location' ? undefined : (v as Node | null)?.ColumnRef ? { ColumnRef: names((v as Node).ColumnRef.fields).at(-1) } : v));
  return shape(a) === shape(b);
}

/**
 * 42601 for a constant other than an integer as an ORDER BY, GROUP BY or DISTINCT ON item of any
 * query level (findTargetlistEntrySQL92), where SQLite would sort by the value or refuse it in
 * words of its own.
 */
export function checkConstantKeys(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const s = (node as Node).SelectStmt as Node | undefined;
  if (s) {
    const check = (items: Node[], clause: string) => {
      for (const item of items) {
        const c = item.A_Const;
        if (c && c.ival === undefined) throw new PgError(SqlState.syntaxError, `non-integer constant in ${clause}`, { position: c.location + 1 });
      }
    };
    const grouped = (items: Node[]): Node[] => items.flatMap((g) => (g.GroupingSet ? grouped((g.GroupingSet.content ?? []) as Node[]) : [g]));
    check(((s.sortClause ?? []) as Node[]).map((n) => n.SortBy.node), 'ORDER BY');
    check(grouped((s.groupClause ?? []) as Node[]), 'GROUP BY');
    check((s.distinctClause ?? []) as Node[], 'DISTINCT ON');
  }
  for (const v of Object.values(node)) checkConstantKeys(v);
}

/** 42712 for a WITH that names two queries alike (SQLite's own refusal has no SQLSTATE): at the second. */
export function checkWithNames(ctes: Node[]): void {
  const seen = new Set<string>();
  for (const c of ctes) {
    const cte = c.CommonTableExpr;
    if (seen.has(cte.ctename)) throw new PgError(SqlState.duplicateAlias, `WITH query name "${cte.ctename}" specified more than once`, cte.location >= 0 ? { position: cte.location + 1 } : {});
    seen.add(cte.ctename);
  }
}

/**
 * Whether a FROM item of `s` has, or may have, the column a reference names (a qualified one: a
 * relation of that name), so that the reference may read it and not a query around `s`.
 */
export function fromMayName(schema: TranslatorSchema, s: Node, ref: Node): boolean {
  const parts = names(ref.fields);
  const level = levelOf(schema, s, []);
  if (parts.length > 1) return level.relations.some((r) => r.alias === parts.at(-2));
  const column = parts[0]!;
  return level.opaque || level.merged.has(column) || level.relations.some((r) => !r.columns || r.columns.includes(column) || r.alias === column);
}

/**
 * Whether a subquery of `s`'s select list or HAVING calls an aggregate of `s`'s own level, one whose
 * arguments read only `s`'s columns (`SELECT (SELECT sum(t.x) FROM u) FROM t`): that makes `s` an
 * aggregate query, as its own aggregate would.
 */
export function aggregateInSubquery(schema: TranslatorSchema, s: Node): boolean {
  const outer = [levelOf(schema, s, [])];
  const inQuery = (q: Node, chain: Level[]): boolean => {
    const sub = q.SelectStmt ?? q;
    if (sub.op && sub.op !== 'SETOP_NONE') return inQuery(sub.larg, chain) || inQuery(sub.rarg, chain);
    const inner = [...chain, levelOf(schema, sub, chain)];
    return found([sub.targetList, sub.whereClause, sub.havingClause, sub.sortClause], inner);
  };
  const found = (n: unknown, chain: Level[]): boolean => {
    if (!n || typeof n !== 'object') return false;
    if (Array.isArray(n)) return n.some((x) => found(x, chain));
    const node = n as Node;
    if (node.SubLink) return found(node.SubLink.testexpr, chain) || inQuery(node.SubLink.subselect, chain);
    if (node.FuncCall && isAggregate(node.FuncCall) && chain.length > 1 && aggregateLevel(node.FuncCall, chain) === 0) return true;
    return Object.values(node).some((v) => found(v, chain));
  };
  return found([s.targetList, s.havingClause], outer);
}

/** Whether two column references of `s`'s level read the same column of one of its FROM items (`g`, `t.g`). */
export function sameColumn(schema: TranslatorSchema, s: Node, a: Node, b: Node): boolean {
  const chain = [levelOf(schema, s, [])];
  const [x, y] = [place(chain, a), place(chain, b)];
  return !!x && !!y && x.relation === y.relation && x.column === y.column && x.column !== '*';
}
