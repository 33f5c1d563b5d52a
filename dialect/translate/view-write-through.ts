/**
 * INSERT, UPDATE and DELETE of an automatically updatable view, rewritten as PostgreSQL's
 * rewriteTargetView rewrites them: into the same statement on the view's relation, a level at a
 * time down to a table, so the statement runs, takes its keys and fires its triggers as one on
 * that table. A view's column is the expression its query selects: a plain column of the relation
 * is written through, any other only read; the view's WHERE is ANDed into an UPDATE's or DELETE's;
 * RETURNING and ON CONFLICT are in the view's terms; what the view does not show takes the table's
 * defaults. WITH CHECK OPTION (the view's, and under CASCADED the views' beneath) is checked on each
 * row written, innermost view first, where SQLite's RETURNING sees the row as stored: a result
 * column the client does not see raises 44000 with the failing row, the table's, as PostgreSQL does.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID } from '../../pg/types/registry.js';
import { splitStoredName } from '../catalog/namespaces.js';
import { columnName } from './column-name.js';
import { checkValuesWidth } from './normalize.js';
import { type Node, names, nodeType } from './parse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';
import { insertWithDefaults, viewDefaults } from './view-defaults.js';
import { partitionRoute } from './partitions.js';
import { NOT_BASE_COLUMN, SINGLE_RELATION, type ViewWrite, firesInsteadOf, notAutoUpdatable, printedQuery, viewWriteError, viewWriteRefused } from './view-writes.js';

/** The statement on the table the view's writes reach; `hidden`: its RETURNING is the check alone, which the client does not see. */
export interface WriteThrough {
  node: Node;
  hidden: boolean;
}

interface ViewColumn {
  name: string;
  /** What the view's query selects for it, in the terms of its relation under the view's qualifier. */
  expr: Node;
  /** The relation's column it is, where it is a plain one: a write reaches it. */
  base?: string;
}

/** A view's WITH CHECK OPTION condition, in the terms of the relation the statement targets so far. */
interface Check {
  view: string;
  cond: Node;
  /** A partition's bound or its parent's partitions (partitions.ts) rather than a view's check option. */
  partition?: 'bound' | 'route';
}

const WRITES: Record<string, ViewWrite> = { InsertStmt: 'insert', UpdateStmt: 'update', DeleteStmt: 'delete' };

/** The view a DML target names, if it names one. */
function targetView(schema: TranslatorSchema, relation: Node | undefined): TableInfo | undefined {
  if (!relation?.relname || (relation.schemaname && relation.schemaname !== 'public')) return undefined;
  const found = schema.lookupTable(relation.relname);
  return found?.view ? found : undefined;
}

/**
 * `node` with its writes of views made writes of their tables: the statement's own and its WITH's
 * data-modifying queries'; undefined where it writes no view.
 */
export function writeThroughView(schema: TranslatorSchema, node: Node): WriteThrough | undefined {
  const type = nodeType(node);
  const ctes = node[type]?.withClause?.ctes as Node[] | undefined;
  const parts = ctes?.map((c) => writeThrough(schema, c.CommonTableExpr.ctequery));
  const top = writeThrough(schema, node);
  if (!parts?.some(Boolean)) return top;
  const written = top?.node ?? node;
  const withClause = { ...written[type].withClause, ctes: ctes!.map((c, i) => (parts[i] ? { CommonTableExpr: { ...c.CommonTableExpr, ctequery: parts[i]!.node } } : c)) };
  return { node: { [type]: { ...written[type], withClause } }, hidden: top?.hidden ?? false };
}

function writeThrough(schema: TranslatorSchema, node: Node): WriteThrough | undefined {
  const type = nodeType(node);
  const write = WRITES[type];
  if (!write) return undefined;
  let s = node[type];
  let view = targetView(schema, s.relation);
  if (!view) return write === 'delete' || !schema.hasPartitions() ? undefined : routed(schema, s, type, []);
  const checks: Check[] = [];
  let cascading = false;
  for (let level = 0; view; level++) {
    // A view's INSTEAD OF trigger takes the write, before any rewriting of it (PostgreSQL's view_has_instead_trigger).
    if (firesInsteadOf(schema, view.sqlName, write)) return insteadOf(s, type, view, checks, level === 0);
    const step = rewriteLevel(schema, write, s, view, checks, cascading, level === 0);
    s = step.statement;
    cascading = step.cascading;
    view = targetView(schema, s.relation);
  }
  if (write === 'delete') return { node: { [type]: s }, hidden: false };
  return routed(schema, s, type, checks) ?? { node: { [type]: s }, hidden: false };
}

/** The write of a table with the views' checks, and a partitioned table's check that a partition takes the row. */
function routed(schema: TranslatorSchema, s: Node, type: string, checks: Check[]): WriteThrough | undefined {
  const table = s.relation?.relname ? schema.lookupTable(s.relation.relname) : undefined;
  const route = table?.partitioned && partitionRoute(schema, table, (s.relation.alias?.aliasname ?? s.relation.relname) as string);
  if (route) checks.push({ view: table.name, cond: route, partition: 'route' });
  if (!checks.length) return undefined;
  if (!table) throw unsupported('WITH CHECK OPTION of a view of this relation');
  return withChecks(s, type, table, checks);
}

/**
 * The write of a view with an INSTEAD OF trigger, left to SQLite's INSTEAD OF trigger of it
 * (triggers.ts). SQLite counts none of its rows as changed, so the statement returns a row for
 * each the trigger did not skip (RETURN NULL), which the client sees as the count alone where it
 * asked for no RETURNING.
 */
function insteadOf(s: Node, type: string, view: TableInfo, checks: Check[], first: boolean): WriteThrough | undefined {
  // A view above it with a check option would check rows the trigger wrote somewhere else.
  if (checks.length) throw unsupported(`WITH CHECK OPTION of a view over view "${view.name}" with an INSTEAD OF trigger`);
  if (s.whereClause?.CurrentOfExpr) throw unsupported(`WHERE CURRENT OF through view "${view.name}"`);
  if (s.onConflictClause) throw unsupported(`ON CONFLICT on view "${view.name}" with an INSTEAD OF trigger`);
  const written = withOwnDefaults(s, type, view);
  const returned = s.returningClause?.exprs ?? s.returningList;
  if (returned) return { node: { [type]: written }, hidden: false };
  const one = { ResTarget: { val: { A_Const: { ival: { ival: 1 } } } } };
  return { node: { [type]: { ...written, returningList: [one] } }, hidden: true };
}

/**
 * An INSERT's or UPDATE's DEFAULTs, and an INSERT's columns left out, given the view's own
 * defaults (view-defaults.ts); an INSERT names its columns, as the view's SQLite columns may be
 * more than its own (a numeric's display texts).
 */
function withOwnDefaults(s: Node, type: string, view: TableInfo): Node {
  const defaults = viewDefaults(view);
  if (type === 'UpdateStmt') {
    const targetList = (s.targetList as Node[]).map((t) => (t.ResTarget.val.SetToDefault && defaults.has(t.ResTarget.name) ? { ResTarget: { ...t.ResTarget, val: structuredClone(defaults.get(t.ResTarget.name)!) } } : t));
    return defaults.size ? { ...s, targetList } : s;
  }
  if (type !== 'InsertStmt') return s;
  const width = sourceWidth(s.selectStmt?.SelectStmt);
  if (!s.cols && width === Infinity) throw unsupported(`INSERT … SELECT * into view "${view.name}" with an INSTEAD OF trigger`);
  const listed = (s.cols as Node[] | undefined) ?? view.columns.slice(0, width).map((c) => ({ ResTarget: { name: c.name, location: s.relation.location } }));
  const { s: source, cols } = insertWithDefaults(s, listed, defaults);
  return { ...source, cols };
}

interface Context {
  schema: TranslatorSchema;
  /** How the statement names the view (its alias, else its name): the relation is under it now. */
  ref: string;
  view: string;
  columns: Map<string, ViewColumn>;
  /** How the view's query names its relation, which its expressions qualify columns with. */
  inner: string;
  /** The relation's columns the view does not show, which the statement's bare names cannot reach. */
  hidden: Set<string>;
  /** The statement names other relations (UPDATE … FROM, DELETE … USING), whose columns a bare name may be. */
  joined: boolean;
  /** Bare names are the statement's own (the first level; below it every reference is qualified). */
  bare: boolean;
  /** The view's column defaults (view-defaults.ts), by column name. */
  defaults: Map<string, Node>;
}

/** One level: the statement on the view's relation. */
function rewriteLevel(schema: TranslatorSchema, write: ViewWrite, s: Node, view: TableInfo, checks: Check[], cascading: boolean, first: boolean): { statement: Node; cascading: boolean } {
  // The parser's width check comes before the rewriter's refusals.
  if (first && write === 'insert') checkValuesWidth(s, s.cols ? (s.cols as Node[]).map((c) => c.ResTarget.name as string) : view.columns.map((c) => c.name));
  // Messages name a view of another schema than public by its own name.
  const name = splitStoredName(view.name, new Set(schema.schemaNames())).name;
  const q = printedQuery(schema, schema.viewQueryText(view.sqlName));
  if (!q) throw viewWriteError(schema, name, view.sqlName, write, []);
  const reason = notAutoUpdatable(q, write !== 'delete');
  if (reason) throw viewWriteRefused(name, write, reason);
  const from = q.fromClause[0].RangeVar as Node;
  const relation = schema.lookupTable(from.relname);
  if (relation?.matview) throw viewWriteRefused(name, write, SINGLE_RELATION);
  // A view made before evsql wrote through views has no record of its check option.
  if (!view.writes) throw unsupported(`a write through view "${name}", made by an older evsql (CREATE OR REPLACE VIEW remakes it)`);
  const inner = (from.alias?.aliasname ?? from.relname) as string;
  const targets = q.targetList as Node[];
  if (targets.length !== view.columns.length) throw unsupported(`a write through view "${name}"`);
  const columns = new Map<string, ViewColumn>();
  targets.forEach((t, i) => {
    const ref = t.ResTarget.val.ColumnRef;
    const plain = ref?.fields.length === 2 && ref.fields[1].String && names(ref.fields)[0] === inner;
    const column = view.columns[i]!.name;
    columns.set(column, { name: column, expr: t.ResTarget.val, ...(plain ? { base: ref.fields[1].String.sval as string } : {}) });
  });
  const ref = (s.relation.alias?.aliasname ?? s.relation.relname) as string;
  const ctx: Context = {
    schema,
    ref,
    view: name,
    columns,
    inner,
    hidden: new Set((relation?.columns ?? []).map((c) => c.name).filter((c) => !columns.has(c))),
    joined: !!(s.fromClause?.length || s.usingClause?.length),
    bare: first,
    defaults: viewDefaults(view),
  };
  const target: Node = { ...from, alias: ref === from.relname ? undefined : { aliasname: ref }, location: s.relation.location };
  // The checks of the views above, now in the terms of this one's relation.
  for (const c of checks) c.cond = substitute(c.cond, ctx, NO_SCOPE, false);
  const own = view.writes?.check ?? null;
  if ((own || cascading) && q.whereClause && write !== 'delete') checks.unshift({ view: name, cond: requalify(q.whereClause, inner, ref, s.relation.location), ...(view.writes?.partition ? { partition: 'bound' as const } : {}) });
  const next = cascading || own === 'cascaded';
  const statement = write === 'insert' ? insertThrough(s, ctx, target) : updateOrDelete(s, ctx, target, q.whereClause, write);
  return { statement, cascading: next };
}

/** A copy of a view expression with its relation's columns qualified by `to` (null: bare), placed at `at`. */
function requalify(expr: Node, inner: string, to: string | null, at: number | undefined): Node {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const o = n as Node;
    if (o.ColumnRef && o.ColumnRef.fields.length === 2 && o.ColumnRef.fields[0].String?.sval === inner) {
      const column = o.ColumnRef.fields[1];
      return { ColumnRef: { fields: to === null ? [column] : [{ String: { sval: to } }, column], location: at ?? -1 } };
    }
    const out: Node = {};
    for (const [k, v] of Object.entries(o)) out[k] = k === 'location' && at !== undefined ? at : walk(v);
    return out;
  };
  return walk(expr) as Node;
}

function columnExpr(c: ViewColumn, ctx: Context, to: string | null, at: number | undefined): Node {
  return requalify(c.expr, ctx.inner, to, at);
}

/** The names a subquery's own FROM items give, which hide the view's. */
interface Scope {
  relations: Set<string>;
  columns: Set<string> | 'all';
}

const NO_SCOPE: Scope = { relations: new Set(), columns: new Set() };

/** A subquery's FROM items' names and columns, added to the scope it is in. */
function subqueryScope(schema: TranslatorSchema, select: Node, outer: Scope): Scope {
  const relations = new Set(outer.relations);
  let columns: Set<string> | 'all' = outer.columns === 'all' ? 'all' : new Set(outer.columns);
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object') return;
    const o = n as Node;
    if (o.RangeVar) {
      relations.add(o.RangeVar.alias?.aliasname ?? o.RangeVar.relname);
      const t = schema.lookupTable(o.RangeVar.relname);
      if (!t) columns = 'all';
      else if (columns !== 'all') for (const c of t.columns) columns.add(c.name);
      return;
    }
    if (o.RangeSubselect || o.RangeFunction) {
      if (o.RangeSubselect?.alias) relations.add(o.RangeSubselect.alias.aliasname);
      if (o.RangeFunction?.alias) relations.add(o.RangeFunction.alias.aliasname);
      columns = 'all';
      return;
    }
    if (o.JoinExpr) {
      visit(o.JoinExpr.larg);
      visit(o.JoinExpr.rarg);
    }
  };
  visit(select.fromClause ?? []);
  return { relations, columns };
}

/**
 * `n` with its references to the view's columns replaced by what the view selects for them; in
 * ON CONFLICT (`conflict`) EXCLUDED's too, and a bare name is ambiguous there as PostgreSQL finds.
 */
function substitute(n: Node, ctx: Context, scope: Scope, conflict: boolean): Node {
  const walk = (x: unknown, sc: Scope): unknown => {
    if (Array.isArray(x)) return x.map((y) => walk(y, sc));
    if (!x || typeof x !== 'object') return x;
    const o = x as Node;
    if (o.ColumnRef) return columnRef(o, ctx, sc, conflict);
    if (o.SelectStmt) {
      const inner = subqueryScope(ctx.schema, o.SelectStmt, sc);
      return { SelectStmt: walk(o.SelectStmt, inner) };
    }
    const out: Node = {};
    for (const [k, v] of Object.entries(o)) out[k] = walk(v, sc);
    return out;
  };
  return walk(n, scope) as Node;
}

function columnRef(o: Node, ctx: Context, scope: Scope, conflict: boolean): Node {
  const fields = o.ColumnRef.fields as Node[];
  const at = o.ColumnRef.location as number | undefined;
  const position = at === undefined || at < 0 ? {} : { position: at + 1 };
  const parts = names(fields);
  if (fields.length === 1 && fields[0]!.String) {
    const name = parts[0]!;
    if (!ctx.bare || (scope.columns === 'all' || scope.columns.has(name))) return o;
    const c = ctx.columns.get(name);
    if (c && conflict) throw new PgError(SqlState.ambiguousColumn, `column reference "${name}" is ambiguous`, position);
    if (c) return columnExpr(c, ctx, ctx.ref, at);
    if (name === ctx.ref && !ctx.joined) throw unsupported(`the whole row of view "${ctx.view}"`);
    // The view hides its relation's name as it hides its other columns.
    if ((ctx.hidden.has(name) || name === ctx.inner) && !ctx.joined) throw new PgError(SqlState.undefinedColumn, `column "${name}" does not exist`, position);
    return o;
  }
  if (fields.length !== 2 || scope.relations.has(parts[0]!)) return o;
  if (conflict && parts[0] === 'excluded' && fields[1]!.String) {
    const c = ctx.columns.get(parts[1]!);
    return c ? columnExpr(c, ctx, 'excluded', at) : o;
  }
  if (parts[0] !== ctx.ref) return o;
  if (!fields[1]!.String) throw unsupported(`${ctx.ref}.* of view "${ctx.view}" in this place`);
  const c = ctx.columns.get(parts[1]!);
  if (!c) throw new PgError(SqlState.undefinedColumn, `column ${ctx.ref}.${parts[1]} does not exist`, position);
  return columnExpr(c, ctx, ctx.ref, at);
}

/** RETURNING in the view's terms: `*` and `v.*` are its columns; a column keeps its name. */
function returning(s: Node, ctx: Context): Node | undefined {
  const list = (s.returningClause?.exprs ?? s.returningList) as Node[] | undefined;
  if (!list) return undefined;
  const exprs = list.flatMap((t): Node[] => {
    const rt = t.ResTarget;
    const fields = rt.val.ColumnRef?.fields as Node[] | undefined;
    const star = fields?.at(-1)?.A_Star && (fields.length === 1 ? !ctx.joined : names(fields)[0] === ctx.ref);
    if (star) return [...ctx.columns.values()].map((c) => ({ ResTarget: { name: c.name, val: columnExpr(c, ctx, ctx.ref, rt.location), location: rt.location } }));
    return [{ ResTarget: { ...rt, name: rt.name ?? columnName(rt.val), val: substitute(rt.val, ctx, NO_SCOPE, false) } }];
  });
  return { ...s.returningClause, exprs };
}

function columnError(write: 'insert' | 'update', column: string, view: string): PgError {
  return new PgError(SqlState.featureNotSupported, `cannot ${write === 'insert' ? 'insert into' : 'update'} column "${column}" of view "${view}"`, { detail: NOT_BASE_COLUMN });
}

/** The view's columns named, mapped to the relation's; refused as PostgreSQL refuses, in the view's column order. */
function mapColumns(targets: Node[], ctx: Context, write: 'insert' | 'update', also: Node[] = []): Node[] {
  for (const t of [...targets, ...also]) {
    const rt = t.ResTarget;
    if (!ctx.columns.has(rt.name)) throw new PgError(SqlState.undefinedColumn, `column "${rt.name}" of relation "${ctx.view}" does not exist`, rt.location >= 0 ? { position: rt.location + 1 } : {});
  }
  const written = new Set([...targets, ...also].map((t) => t.ResTarget.name as string));
  for (const c of ctx.columns.values()) if (written.has(c.name) && c.base === undefined) throw columnError(write, c.name, ctx.view);
  return targets.map((t) => ({ ResTarget: { ...t.ResTarget, name: ctx.columns.get(t.ResTarget.name)!.base } }));
}

/** Two of the view's columns that are one column of the relation, both written (42601). */
function checkAssignedOnce(targets: Node[]): void {
  const seen = new Set<string>();
  for (const t of targets) {
    const rt = t.ResTarget;
    if (rt.indirection) continue;
    if (seen.has(rt.name)) throw new PgError(SqlState.syntaxError, `multiple assignments to same column "${rt.name}"`);
    seen.add(rt.name);
  }
}

/** How many values each row of an INSERT's source has (Infinity where a `*` leaves it untold). */
function sourceWidth(select: Node | undefined): number {
  if (!select) return 0;
  if (select.op && select.op !== 'SETOP_NONE') return sourceWidth(select.larg);
  if (select.valuesLists) return (select.valuesLists[0].List.items as Node[]).length;
  const targets = (select.targetList ?? []) as Node[];
  return targets.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star)) ? Infinity : targets.length;
}

function insertThrough(s: Node, ctx: Context, target: Node): Node {
  const given = s.cols as Node[] | undefined;
  if (given) {
    const seen = new Set<string>();
    for (const c of given) {
      const rt = c.ResTarget;
      if (seen.has(rt.name) && !rt.indirection && ctx.columns.has(rt.name)) throw new PgError(SqlState.duplicateColumn, `column "${rt.name}" specified more than once`, { position: rt.location + 1 });
      seen.add(rt.name);
    }
  }
  const width = sourceWidth(s.selectStmt?.SelectStmt);
  const listed = given ?? [...ctx.columns.values()].slice(0, width).map((c) => ({ ResTarget: { name: c.name, location: s.relation.location } }));
  const { s: source, cols } = insertWithDefaults(s, listed, ctx.defaults);
  const conflict = s.onConflictClause as Node | undefined;
  const set = (conflict?.targetList ?? []) as Node[];
  const mapped = mapColumns(cols, ctx, 'insert', set);
  checkAssignedOnce(mapped);
  const out: Node = { ...source, relation: target, cols: mapped };
  if (conflict) out.onConflictClause = onConflict(conflict, ctx);
  const ret = returning(s, ctx);
  if (ret) out.returningClause = ret;
  delete out.returningList;
  return out;
}

function onConflict(c: Node, ctx: Context): Node {
  const out: Node = { ...c };
  // The view has no constraints of its own to name.
  if (c.infer?.conname) throw new PgError(SqlState.undefinedObject, `constraint "${c.infer.conname}" for table "${ctx.view}" does not exist`);
  if (c.infer?.indexElems) {
    const elems = (c.infer.indexElems as Node[]).map((e) => {
      const column = e.IndexElem.name === undefined ? undefined : ctx.columns.get(e.IndexElem.name);
      if (!column) return e.IndexElem.expr ? { IndexElem: { ...e.IndexElem, expr: substitute(e.IndexElem.expr, ctx, NO_SCOPE, false) } } : e;
      if (column.base === undefined) throw new PgError(SqlState.invalidColumnReference, 'there is no unique or exclusion constraint matching the ON CONFLICT specification');
      return { IndexElem: { ...e.IndexElem, name: column.base } };
    });
    // An index's predicate names the table's columns bare.
    const where = c.infer.whereClause && requalify(substitute(c.infer.whereClause, ctx, NO_SCOPE, false), ctx.ref, null, undefined);
    out.infer = { ...c.infer, indexElems: elems, ...(where ? { whereClause: where } : {}) };
  }
  if (c.action === 'ONCONFLICT_UPDATE') {
    const set = mapColumns(c.targetList ?? [], ctx, 'insert');
    checkAssignedOnce(set);
    out.targetList = assigned(set, c.targetList ?? [], ctx, true);
    if (c.whereClause) out.whereClause = substitute(c.whereClause, ctx, NO_SCOPE, true);
  }
  return out;
}

/**
 * SET's values in the relation's terms (`set` mapped from `written`, the view's). DEFAULT is the
 * view column's default (view-defaults.ts), else NULL, as PostgreSQL writes.
 */
function assigned(set: Node[], written: Node[], ctx: Context, conflict: boolean): Node[] {
  return set.map((t, i) => {
    const val = t.ResTarget.val;
    const own = val.SetToDefault ? ctx.defaults.get(written[i]!.ResTarget.name) : undefined;
    return { ResTarget: { ...t.ResTarget, val: own ? structuredClone(own) : val.SetToDefault ? { A_Const: { isnull: true, location: -1 } } : substitute(val, ctx, NO_SCOPE, conflict) } };
  });
}

function updateOrDelete(s: Node, ctx: Context, target: Node, viewWhere: Node | undefined, write: ViewWrite): Node {
  if (s.whereClause?.CurrentOfExpr) throw unsupported(`WHERE CURRENT OF through view "${ctx.view}"`);
  const out: Node = { ...s, relation: target };
  if (write === 'update') {
    const set = mapColumns(s.targetList, ctx, 'update');
    checkAssignedOnce(set);
    out.targetList = assigned(set, s.targetList, ctx, false);
  }
  const own = s.whereClause ? substitute(s.whereClause, ctx, NO_SCOPE, false) : undefined;
  const quals = viewWhere ? requalify(viewWhere, ctx.inner, ctx.ref, s.relation.location) : undefined;
  const where = own && quals ? { BoolExpr: { boolop: 'AND_EXPR', args: [own, quals], location: -1 } } : (own ?? quals);
  if (where) out.whereClause = where;
  const ret = returning(s, ctx);
  if (ret) out.returningClause = ret;
  delete out.returningList;
  return out;
}

const text = (sval: string): Node => ({ A_Const: { sval: { sval } } });
const concat = (l: Node, r: Node): Node => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '||' } }], lexpr: l, rexpr: r, location: -1 } });

/** A column's value as the failing row prints it (its output function's text; null as `null`). */
function printed(ref: string, column: TableInfo['columns'][number]): Node {
  const value: Node = { ColumnRef: { fields: [{ String: { sval: ref } }, { String: { sval: column.name } }], location: -1 } };
  const asText: Node =
    column.type.oid === OID.bool
      ? { CaseExpr: { arg: value, args: [{ CaseWhen: { expr: { A_Const: { boolval: { boolval: true } } }, result: text('t') } }, { CaseWhen: { expr: { A_Const: { boolval: {} } }, result: text('f') } }] } }
      : { TypeCast: { arg: value, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } };
  return { CoalesceExpr: { args: [asText, text('null')] } };
}

/**
 * RETURNING with a leading `*` (or `ref.*`) written out as the table's columns, so that the check
 * can wrap the first of them; refused where `*` would also reach the tables of FROM or USING.
 */
function starExpanded(exprs: Node[], s: Node, table: TableInfo, ref: string): Node[] {
  const fields = exprs[0]?.ResTarget.val.ColumnRef?.fields as Node[] | undefined;
  if (!fields?.at(-1)?.A_Star) return exprs;
  if (fields.length === 1 && (s.fromClause?.length || s.usingClause?.length)) throw unsupported('RETURNING * of a write that checks its rows, with FROM or USING');
  const columns = table.columns.map((c) => ({ ResTarget: { name: c.name, val: { ColumnRef: { fields: [{ String: { sval: ref } }, { String: { sval: c.name } }], location: -1 } }, location: -1 } }));
  return [...columns, ...exprs.slice(1)];
}

const CHECK_MESSAGES = {
  view: (name: string) => `new row violates check option for view "${name}"`,
  bound: (name: string) => `new row for relation "${name}" violates partition constraint`,
  route: (name: string) => `no partition of relation "${name}" found for row`,
};

/** The statement with its rows checked against the views' conditions as RETURNING sees them. */
function withChecks(s: Node, type: string, table: TableInfo, checks: Check[]): WriteThrough {
  const ref = (s.relation.alias?.aliasname ?? s.relation.relname) as string;
  const row = table.columns.map((c) => printed(ref, c)).reduce((l, r) => concat(concat(l, text(', ')), r));
  const detail = concat(concat(text('Failing row contains ('), row), text(').'));
  const check: Node = {
    FuncCall: {
      funcname: [{ String: { sval: 'evsql_view_check' } }],
      args: [detail, ...checks.flatMap((c) => [c.cond, text(c.partition ? SqlState.checkViolation : SqlState.withCheckOptionViolation), text(CHECK_MESSAGES[c.partition ?? 'view'](c.view))])],
      funcformat: 'COERCE_EXPLICIT_CALL',
      location: -1,
    },
  };
  // The first result column's value once the check passed: a CASE prints it as it is (a numeric's scale too).
  const checked = (value: Node): Node => ({ CaseExpr: { args: [{ CaseWhen: { expr: check, result: value } }], location: -1 } });
  const exprs = starExpanded((s.returningClause?.exprs ?? []) as Node[], s, table, ref);
  const hidden = exprs.length === 0;
  const first = exprs[0]?.ResTarget;
  const list = hidden ? [{ ResTarget: { val: check, location: -1 } }] : [{ ResTarget: { ...first, name: first.name ?? columnName(first.val), val: checked(first.val) } }, ...exprs.slice(1)];
  return { node: { [type]: { ...s, returningClause: { ...s.returningClause, exprs: list } } }, hidden };
}
