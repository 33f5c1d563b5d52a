/**
 * What depends on a CREATE FUNCTION function, as PostgreSQL's pg_depend knows it: a column
 * DEFAULT, a CHECK constraint, an index or a view whose expression calls it. evsql inlines such a
 * call when the DDL runs (user-functions.ts), so nothing in the SQLite schema names the function
 * afterwards; the function's record keeps its callers instead (UserFunction.callers). The
 * record outlives a caller dropped by other DDL, so a caller counts only while its object is
 * still there.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { formatType } from '../../pg/types/registry.js';
import type { FunctionCaller, UserFunction } from '../catalog/user-functions.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { quoteIdent } from '../sqlite-quote.js';
import { firstColumn } from './schema-edit.js';
import { cascadeNotice } from './cascade-notice.js';
import { unsupported } from './unsupported.js';

/** A DDL statement's expressions that outlive it, each with the object that keeps it. */
export function keptExpressions(node: Node): Array<{ caller: FunctionCaller; expression: Node }> {
  const out: Array<{ caller: FunctionCaller; expression: Node }> = [];
  const table = (rv: Node): string => rv.relname as string;
  const fromConstraint = (t: string, c: Node, column?: string): void => {
    if (c.contype === 'CONSTR_DEFAULT' && column && c.raw_expr) out.push({ caller: { kind: 'default', table: t, column }, expression: c.raw_expr });
    // An unnamed CHECK is named as addConstraintEdit names it.
    const name = (c.conname as string | undefined) ?? `${t}_${column ?? firstColumn(c.raw_expr) ?? ''}_check`.replace('__check', '_check');
    if (c.contype === 'CONSTR_CHECK' && c.raw_expr) out.push({ caller: { kind: 'check', table: t, name }, expression: c.raw_expr });
  };
  const fromColumn = (t: string, def: Node): void => {
    for (const c of (def.constraints ?? []) as Node[]) fromConstraint(t, c.Constraint, def.colname as string);
  };
  if (node.IndexStmt) {
    const s = node.IndexStmt;
    out.push({ caller: { kind: 'index', table: table(s.relation), name: s.idxname as string }, expression: { List: { items: [s.indexParams, s.whereClause ?? null] } } });
  } else if (node.ViewStmt) {
    out.push({ caller: { kind: 'view', table: table(node.ViewStmt.view) }, expression: node.ViewStmt.query });
  } else if (node.CreateTableAsStmt?.objtype === 'OBJECT_MATVIEW') {
    out.push({ caller: { kind: 'view', table: table(node.CreateTableAsStmt.into.rel) }, expression: node.CreateTableAsStmt.query });
  } else if (node.CreateStmt && node.CreateStmt.relation.relpersistence !== 't') {
    // A temporary table's callers go with its session; the function's record outlives them.
    const t = table(node.CreateStmt.relation);
    for (const e of (node.CreateStmt.tableElts ?? []) as Node[]) {
      if (e.ColumnDef) fromColumn(t, e.ColumnDef);
      if (e.Constraint) fromConstraint(t, e.Constraint);
    }
  } else if (node.AlterTableStmt) {
    const t = table(node.AlterTableStmt.relation);
    for (const cmd of (node.AlterTableStmt.cmds ?? []) as Node[]) {
      const c = cmd.AlterTableCmd;
      if (c.subtype === 'AT_ColumnDefault' && c.def) out.push({ caller: { kind: 'default', table: t, column: c.name as string }, expression: c.def });
      if (c.subtype === 'AT_AddColumn') fromColumn(t, c.def.ColumnDef);
      if (c.subtype === 'AT_AddConstraint') fromConstraint(t, c.def.Constraint);
    }
  }
  return out;
}

/** Whether the caller's object is still there. */
function present(schema: TranslatorSchema, c: FunctionCaller): boolean {
  const table = schema.lookupTable(c.table);
  switch (c.kind) {
    case 'default':
      return !!table && !table.view && !!table.column(c.column!)?.hasDefault;
    case 'check':
      return !!table && (c.name ? schema.hasConstraint(c.table, c.name) : schema.checkConstraints(c.table).length > 0);
    case 'index':
      return c.name ? schema.indexTable(schema.indexSqlName(c.name)) !== undefined : !!table;
    case 'view':
      return !!table?.view || !!table?.matview;
  }
}

/** The function's callers whose objects are still there. */
export function liveCallers(schema: TranslatorSchema, f: UserFunction): FunctionCaller[] {
  return (f.callers ?? []).filter((c) => present(schema, c));
}

/** The caller as PostgreSQL's DETAIL names it. */
function described(schema: TranslatorSchema, c: FunctionCaller): string {
  switch (c.kind) {
    case 'default':
      return `default value for column ${c.column} of table ${c.table}`;
    case 'check':
      return `constraint ${c.name ?? schema.checkConstraints(c.table)[0]?.name ?? c.table} on table ${c.table}`;
    case 'index':
      return `index ${c.name ?? c.table}`;
    case 'view':
      return `${schema.lookupTable(c.table)?.matview ? 'materialized view' : 'view'} ${c.table}`;
  }
}

export function signature(f: UserFunction): string {
  return `${f.name}(${f.args.map((a) => formatType(a.oid, -1)).join(', ')})`;
}

/** DROP FUNCTION of a function something still calls, without CASCADE: PostgreSQL's 2BP01. */
export function checkDroppable(schema: TranslatorSchema, f: UserFunction): void {
  const callers = liveCallers(schema, f);
  if (!callers.length) return;
  const name = signature(f);
  throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop function ${name} because other objects depend on it`, {
    detail: callers.map((c) => `${described(schema, c)} depends on function ${name}`).join('\n'),
    hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
  });
}

/**
 * DROP FUNCTION … CASCADE: the statements that drop what calls the functions (one ALTER TABLE a
 * table, so its rebuilds do not undo each other), and PostgreSQL's NOTICE naming them.
 */
export function droppedCallers(schema: TranslatorSchema, functions: UserFunction[]): { statements: string[]; notices: PgError[] } {
  const callers = functions.flatMap((f) => liveCallers(schema, f).map((c) => ({ c, f })));
  if (!callers.length) return { statements: [], notices: [] };
  const relation = (stored: string): string => {
    const dot = stored.indexOf('.');
    return dot > 0 && schema.hasSchema(stored.slice(0, dot)) ? `${quoteIdent(stored.slice(0, dot))}.${quoteIdent(stored.slice(dot + 1))}` : quoteIdent(stored);
  };
  const alters = new Map<string, string[]>();
  const statements: string[] = [];
  for (const { c } of callers) {
    if (c.kind === 'view') statements.push(`DROP ${schema.lookupTable(c.table)?.matview ? 'MATERIALIZED VIEW' : 'VIEW'} IF EXISTS ${relation(c.table)} CASCADE`);
    else if (c.kind === 'index') statements.push(`DROP INDEX IF EXISTS ${quoteIdent(c.name ?? '')}`);
    else {
      const cmd = c.kind === 'default' ? `ALTER COLUMN ${quoteIdent(c.column!)} DROP DEFAULT` : `DROP CONSTRAINT IF EXISTS ${quoteIdent(c.name ?? schema.checkConstraints(c.table)[0]!.name)}`;
      alters.set(c.table, [...(alters.get(c.table) ?? []), cmd]);
    }
  }
  for (const [table, cmds] of alters) statements.unshift(`ALTER TABLE ${relation(table)} ${[...new Set(cmds)].join(', ')}`);
  return { statements, notices: [cascadeNotice(callers.map(({ c }) => `drop cascades to ${described(schema, c)}`))] };
}

/**
 * CREATE OR REPLACE FUNCTION of a function whose callers inlined its body: PostgreSQL's callers
 * would run the new body, evsql's keep the one they inlined, so a new body is refused while
 * they are there (the same body again, as a migration re-run sends it, is not).
 */
export function checkReplaceable(schema: TranslatorSchema, before: UserFunction, after: UserFunction): void {
  const same = before.body === after.body && JSON.stringify(before.expression) === JSON.stringify(after.expression) && before.query === after.query;
  const caller = same ? undefined : liveCallers(schema, before)[0];
  if (caller) throw unsupported(`CREATE OR REPLACE FUNCTION of a function ${described(schema, caller)} calls`);
}

/** The function calls in a node (each FuncCall's name parts), for the caller to resolve. */
export function functionCalls(node: Node): Node[] {
  const out: Node[] = [];
  const walk = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as Node;
    if (o.FuncCall && names(o.FuncCall.funcname).length) out.push(o.FuncCall);
    for (const v of Object.values(o)) walk(v);
  };
  walk(node);
  return out;
}
