/**
 * CREATE TRIGGER … FOR EACH ROW EXECUTE FUNCTION f(), with f a PL/pgSQL trigger function of the
 * shape trigger-program.ts reads. A trigger runs in two places, each exact:
 *
 * - What SQLite can do inside its own trigger — the function's INSERT/UPDATE/DELETE statements,
 *   RAISE EXCEPTION, and RETURN NULL skipping the row (`RAISE(IGNORE)`) — becomes a SQLite trigger
 *   on the table, one per event, its statements translated like any statement with NEW.x and
 *   OLD.x in place of parameters. Every replica runs it inside the statement that fires it.
 * - What SQLite cannot — assigning NEW's fields in a BEFORE trigger — is written into the
 *   statement that fires it (withTriggerAssignments): `UPDATE t SET a = 1` under a trigger doing
 *   `NEW.updated_at := now()` runs as `UPDATE t SET a = 1, updated_at = now()`, so constraints,
 *   RETURNING and the state hash see the row PostgreSQL would write.
 *
 * SQLite fires a table's triggers newest first, so a table's triggers are created again, in
 * reverse name order, whenever one of them changes: they then fire in name order, as
 * PostgreSQL's do.
 */
import { placeParams } from './param-slots.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType } from '../../pg/types/registry.js';
import { isTriggerFunction } from '../catalog/user-functions.js';
import { type StoredTrigger, type TriggerDefinition, type TriggerEvent, timingText, triggerAnnotation, triggerObjectName } from '../catalog/triggers.js';
import type { SnapshotTrigger } from '../schema-snapshot.js';
import { BUILTIN_SCHEMAS, storedName } from '../catalog/namespaces.js';
import type { Step } from '../plan.js';
import { quoteIdent } from '../sqlite-quote.js';
import { Emitter } from './emit.js';
import { type Node, names, parseTypeName } from './parse.js';
import type { ColumnInfo, TableInfo, TranslatorSchema } from './schema.js';
import { quotedEnd } from './sql-text.js';
import { checkValuesWidth } from './normalize.js';
import { type Guard, type TriggerNotification, type TriggerOp, conjunction, expression, isNotTrue, recordRef, stringConst, triggerProgram } from './trigger-program.js';
import { unsupported } from './unsupported.js';

/** Functions that give another value each time they are computed, within one statement too. */
const VOLATILE = new Set(['random', 'gen_random_uuid', 'uuid_generate_v4', 'nextval', 'clock_timestamp', 'timeofday', 'setseed']);

function callsVolatile(n: unknown): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(callsVolatile);
  const call = (n as Node).FuncCall;
  if (call && VOLATILE.has(names(call.funcname).at(-1)!)) return true;
  return Object.values(n as Node).some(callsVolatile);
}

const NUMBER_COLUMNS = new Set<number>([OID.int2, OID.int4, OID.int8, OID.float4, OID.float8, OID.numeric]);

/** CreateTrigStmt's timing and event bits (PostgreSQL's TRIGGER_TYPE_*). */
const BEFORE = 2;
const INSTEAD = 64;
const EVENT_BITS: Array<[number, TriggerEvent]> = [
  [4, 'insert'],
  [8, 'delete'],
  [16, 'update'],
];
const TRUNCATE = 32;

/** How a statement is translated (translate.ts, passed in: that module imports this one). */
export type TranslateNode = (node: Node, text: string, schema: TranslatorSchema) => { kind: string; steps: Step[]; columns: unknown };

const programs = new Map<string, TriggerOp[]>();

/** The operations of a trigger function's body, parsed once per body. */
export function programOf(body: string): TriggerOp[] {
  let p = programs.get(body);
  if (!p) {
    p = triggerProgram(body);
    if (programs.size > 256) programs.clear();
    programs.set(body, p);
  }
  return p;
}

/** PostgreSQL's refusals of an INSTEAD OF trigger: a view's, row-level, with no WHEN or column list. */
function checkInsteadOf(s: Node, table: TableInfo): void {
  if (!table.view) throw new PgError(SqlState.wrongObjectType, `"${s.relation.relname}" is a table`, { detail: 'Tables cannot have INSTEAD OF triggers.' });
  if (!s.row) throw new PgError(SqlState.featureNotSupported, 'INSTEAD OF triggers must be FOR EACH ROW');
  if (s.whenClause) throw new PgError(SqlState.featureNotSupported, 'INSTEAD OF triggers cannot have WHEN conditions');
  if (s.columns?.length) throw new PgError(SqlState.featureNotSupported, 'INSTEAD OF triggers cannot have column lists');
}

/**
 * The stored name of the trigger function CREATE TRIGGER or DROP FUNCTION names: a qualified one
 * is its schema's; an unqualified one the first of the search path's schemas that has it, else
 * public's (where a trigger function made before they followed the search path is kept).
 */
export function triggerFunctionKey(schema: TranslatorSchema, parts: string[]): string {
  const name = parts.at(-1)!;
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'public' && BUILTIN_SCHEMAS.has(parts[0]!))) throw unsupported(`functions in schema "${parts.at(-2)}"`);
  if (parts.length === 2) {
    if (parts[0] !== 'public' && !schema.hasSchema(parts[0]!)) throw new PgError(SqlState.invalidSchemaName, `schema "${parts[0]}" does not exist`);
    return storedName(parts[0]!, name);
  }
  return schema.searchPath.map((ns) => storedName(ns, name)).find((key) => schema.lookupFunction(key)) ?? name;
}

function triggerFunction(schema: TranslatorSchema, name: string, bodies?: ReadonlyMap<string, string>): string {
  const body = bodies?.get(name);
  if (body !== undefined) return body;
  const f = schema.lookupFunction(name);
  if (!f) throw new PgError(SqlState.undefinedFunction, `function ${name}() does not exist`);
  if (!isTriggerFunction(f)) throw new PgError('42P17', `function ${name} must return type trigger`);
  return f.body;
}

export function createTrigger(schema: TranslatorSchema, s: Node, translateNode: TranslateNode): Step[] {
  const table = schema.lookupTable(s.relation.relname);
  if (!table) throw new PgError(SqlState.undefinedTable, `relation "${s.relation.relname}" does not exist`);
  // PostgreSQL fires a partitioned table's row triggers as its partitions' (TG_TABLE_NAME), and a partition's own on its rows alone.
  if (table.partitioned || table.writes?.partition) throw unsupported('triggers on partitioned tables and partitions');
  // PostgreSQL's CreateTrigger checks the relation's kind against the timing first.
  if (s.timing & INSTEAD) checkInsteadOf(s, table);
  else if (table.view && s.row) throw new PgError(SqlState.wrongObjectType, `"${s.relation.relname}" is a view`, { detail: 'Views cannot have row-level BEFORE or AFTER triggers.' });
  if (s.events & TRUNCATE) throw unsupported('TRUNCATE triggers');
  if (s.isconstraint) throw unsupported('constraint triggers');
  if (s.transitionRels) throw unsupported('transition tables (REFERENCING)');
  if (!s.row) refuseStatementLevel(schema, s, table);
  if (s.args?.length) throw unsupported('trigger function arguments (TG_ARGV)');
  if (table.temp) throw unsupported('triggers on temporary tables');
  const functionName = triggerFunctionKey(schema, names(s.funcname));
  triggerFunction(schema, functionName);
  const existing = schema.triggersOf(table.sqlName).find((t) => t.name === s.trigname);
  if (existing && !s.replace) throw new PgError(SqlState.duplicateObject, `trigger "${s.trigname}" for relation "${s.relation.relname}" already exists`);
  const columns = names(s.columns ?? []);
  for (const c of columns) if (!table.column(c)) throw new PgError(SqlState.undefinedColumn, `column "${c}" of relation "${s.relation.relname}" does not exist`);
  const events = EVENT_BITS.filter(([bit]) => s.events & bit).map(([, e]) => e);
  if (s.whenClause && s.timing & BEFORE) refuseGeneratedNew(s.whenClause, table);
  const when = s.whenClause ? whenText(s.whenClause) : null;
  const programOps = programOf(triggerFunction(schema, functionName));
  const def: StoredTrigger = {
    name: s.trigname,
    table: table.sqlName,
    timing: s.timing & BEFORE ? 'before' : s.timing & INSTEAD ? 'instead' : 'after',
    events,
    columns,
    when,
    function: functionName,
    ...touched(schema, programOps),
    ...(s.row ? {} : { statement: true as const }),
  };
  const others = schema.triggersOf(table.sqlName).filter((t) => t.name !== def.name);
  return rebuildTableTriggers(schema, table, [...others, def], translateNode);
}

/**
 * What a statement-level trigger's steps cannot follow: a view's statements, a WHEN condition, and
 * writes that reach the table from inside another statement (a foreign key's action, another
 * trigger's statements), which PostgreSQL fires it for too.
 */
function refuseStatementLevel(schema: TranslatorSchema, s: Node, table: TableInfo): void {
  if (table.view) throw unsupported('statement-level triggers on a view');
  if (s.whenClause) throw unsupported('a WHEN condition of a statement-level trigger');
  const writes = (action: string) => ['CASCADE', 'SET NULL', 'SET DEFAULT'].includes(action.toUpperCase());
  const cascaded = table.foreignKeys.some((k) => (s.events & 8 && writes(k.onDelete)) || (s.events & 16 && writes(k.onUpdate)));
  if (cascaded) throw unsupported('a statement-level DELETE or UPDATE trigger on a table a foreign key action writes');
  const writer = schema.allTriggers().find((t) => t.writes.includes(table.name));
  if (writer) throw unsupported(`a statement-level trigger on a table the trigger "${writer.name}" writes`);
}

/** DROP TRIGGER of a trigger that exists; undefined for one that does not (the caller's error or NOTICE). */
export function dropTrigger(schema: TranslatorSchema, tableName: string, name: string, translateNode: TranslateNode): Step[] | undefined {
  const table = schema.lookupTable(tableName);
  if (!table || !schema.triggersOf(table.sqlName).some((t) => t.name === name)) return undefined;
  return dropTableTriggers(schema, table.sqlName, new Set([name]), translateNode);
}

/** Drops the named triggers of one table (by its SQLite name) in one rebuild of its triggers. */
export function dropTableTriggers(schema: TranslatorSchema, sqlTable: string, names: ReadonlySet<string>, translateNode: TranslateNode): Step[] {
  const table = schema.tableBySqlName(sqlTable);
  if (!table) return [];
  return rebuildTableTriggers(schema, table, schema.triggersOf(sqlTable).filter((t) => !names.has(t.name)), translateNode);
}

/** ALTER TRIGGER … ON t RENAME TO. */
export function renameTrigger(schema: TranslatorSchema, s: Node, translateNode: TranslateNode): Step[] {
  const table = schema.lookupTable(s.relation.relname);
  if (!table) throw new PgError(SqlState.undefinedTable, `relation "${s.relation.relname}" does not exist`);
  const triggers = schema.triggersOf(table.sqlName);
  if (!triggers.some((t) => t.name === s.subname)) throw new PgError(SqlState.undefinedObject, `trigger "${s.subname}" for table "${table.name}" does not exist`);
  if (triggers.some((t) => t.name === s.newname)) throw new PgError(SqlState.duplicateObject, `trigger "${s.newname}" for relation "${table.name}" already exists`);
  return rebuildTableTriggers(schema, table, triggers.map((t) => (t.name === s.subname ? { ...t, name: s.newname } : t)), translateNode);
}

/** ALTER TABLE … ENABLE/DISABLE TRIGGER name | ALL | USER, each command of the statement in turn. */
export function enableTriggers(schema: TranslatorSchema, relname: string, cmds: Node[], translateNode: TranslateNode): Step[] {
  const table = schema.lookupTable(relname);
  if (!table) throw new PgError(SqlState.undefinedTable, `relation "${relname}" does not exist`);
  if (table.view) {
    const action = String(cmds[0]!.subtype).replace(/^AT_(Enable|Disable)Trig(All|User)?$/, (_, d: string, w?: string) => `${d.toUpperCase()} TRIGGER${w ? ` ${w.toUpperCase()}` : ''}`);
    throw new PgError(SqlState.wrongObjectType, `ALTER action ${action} cannot be performed on relation "${relname}"`, { detail: 'This operation is not supported for views.' });
  }
  let triggers = [...schema.triggersOf(table.sqlName)];
  for (const c of cmds) {
    const m = /^AT_(Enable|Disable)Trig(All|User)?$/.exec(String(c.subtype));
    if (!m) throw unsupported(`ALTER TABLE ${String(c.subtype).replace('AT_', '')}`);
    const disable = m[1] === 'Disable';
    // ALL also means the foreign keys' triggers in PostgreSQL, whose checks SQLite cannot turn off.
    if (m[2] === 'All' && disable && (table.foreignKeys.length || schema.referencingTables(table.name).length)) throw unsupported('DISABLE TRIGGER ALL on a table with foreign keys (their checks would stay on)');
    if (!m[2] && !triggers.some((t) => t.name === c.name)) throw new PgError(SqlState.undefinedObject, `trigger "${c.name}" for table "${table.name}" does not exist`);
    triggers = triggers.map((t) => {
      if (m[2] || t.name === c.name) {
        const { disabled: _was, ...rest } = t;
        return disable ? { ...rest, disabled: true as const } : rest;
      }
      return t;
    });
  }
  return rebuildTableTriggers(schema, table, triggers, translateNode);
}

/**
 * The steps that replace every trigger of the tables whose triggers run `fn` with ones compiled
 * from `body` (CREATE OR REPLACE FUNCTION: PostgreSQL's triggers call the function by oid).
 */
export function recompileCallers(schema: TranslatorSchema, fn: string, body: string, translateNode: TranslateNode): Step[] {
  const tables = new Set(schema.triggersCalling(fn).map((t) => t.table));
  const bodies = new Map([[fn, body]]);
  const steps: Step[] = [];
  for (const sqlName of tables) {
    const table = schema.tableBySqlName(sqlName);
    if (!table) continue;
    const updated = schema.triggersOf(sqlName).map((t) => (t.function === fn ? { ...t, ...touched(schema, programOf(body)) } : t));
    steps.push(...rebuildTableTriggers(schema, table, updated, translateNode, bodies));
  }
  return steps;
}

/** The steps that drop a table's SQLite triggers and create the ones of `triggers`, newest last in name order. */
function rebuildTableTriggers(schema: TranslatorSchema, table: TableInfo, triggers: StoredTrigger[], translateNode: TranslateNode, bodies?: ReadonlyMap<string, string>): Step[] {
  const steps: Step[] = schema.triggerObjects(table.sqlName).map((o: SnapshotTrigger) => ({ sql: `DROP TRIGGER ${quoteIdent(o.name)}`, params: [] }));
  const sorted = [...triggers].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  checkAssignmentOrder(schema, table, sorted, bodies);
  // Created in reverse name order: SQLite fires the newest first.
  for (const t of sorted.reverse()) {
    const ops = programOf(triggerFunction(schema, t.function, bodies));
    for (const event of t.events) steps.push({ sql: sqliteTrigger(schema, table, t, event, ops, translateNode), params: [] });
  }
  return steps;
}

/**
 * The tables a function's statements write and read, by their stored names (`jobs.job_queues`), as
 * the mixer keys tables: a table of another schema named by its bare name keyed a table of that
 * name in public, so a transaction's trigger writes there took no lock on the table they wrote.
 */
function touched(schema: TranslatorSchema, ops: TriggerOp[]): Pick<TriggerDefinition, 'writes' | 'reads'> {
  const writes = new Set<string>();
  const reads = new Set<string>();
  const stored = (rv: Node): string => {
    const name = String(rv.relname);
    return rv.schemaname ? storedName(String(rv.schemaname), name) : (schema.resolveRelation(name) ?? name);
  };
  const walk = (n: unknown, top: boolean): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => walk(x, false));
    const node = n as Node;
    if (node.RangeVar) reads.add(stored(node.RangeVar));
    for (const [k, v] of Object.entries(node)) if (!(top && k === 'relation')) walk(v, false);
  };
  for (const op of ops) {
    if (op.kind === 'sql') {
      const s = op.statement.InsertStmt ?? op.statement.UpdateStmt ?? op.statement.DeleteStmt;
      writes.add(stored(s.relation));
      walk(s, true);
    } else {
      walk(op, false);
    }
  }
  return { writes: [...writes].sort(), reads: [...reads].filter((r) => !writes.has(r)).sort() };
}

/**
 * A BEFORE trigger's statements see NEW as the row is finally written, since the assignments went
 * into the statement: one that reads a field a later assignment changes would see it too early.
 */
function checkAssignmentOrder(schema: TranslatorSchema, table: TableInfo, triggers: StoredTrigger[], bodies?: ReadonlyMap<string, string>): void {
  for (const event of ['insert', 'update'] as const) {
    const ops = triggers.filter((t) => t.timing === 'before' && t.events.includes(event)).flatMap((t) => programOf(triggerFunction(schema, t.function, bodies)));
    ops.forEach((op, i) => {
      if (op.kind === 'assign' || op.kind === 'return') return;
      const read = newFields(op);
      const later = ops.slice(i + 1).find((o) => o.kind === 'assign' && read.has(o.column));
      if (later?.kind === 'assign') throw unsupported(`a trigger of "${table.name}" that reads NEW.${later.column} before a later assignment to it`);
    });
  }
}

function newFields(n: unknown, out = new Set<string>()): Set<string> {
  if (n === null || typeof n !== 'object') return out;
  if (Array.isArray(n)) {
    for (const x of n) newFields(x, out);
    return out;
  }
  const ref = recordRef(n as Node);
  if (ref?.record === 'new') out.add(ref.field);
  for (const v of Object.values(n as Node)) newFields(v, out);
  return out;
}

/** A BEFORE trigger's WHEN runs before the generated columns are computed: PostgreSQL refuses NEW's (42P17). */
function refuseGeneratedNew(n: unknown, table: TableInfo): void {
  if (!n || typeof n !== 'object') return;
  const node = n as Node;
  const ref = recordRef(node) ?? (wholeRecordStar(node) ? { record: wholeRecordStar(node)!, field: '' } : undefined);
  if (ref?.record === 'new') {
    const generated = ref.field ? table.column(ref.field)?.generated : table.columns.some((c) => c.generated);
    if (generated) {
      throw new PgError('42P17', "BEFORE trigger's WHEN condition cannot reference NEW generated columns", {
        detail: ref.field ? `Column "${ref.field}" is a generated column.` : 'A whole-row reference is used and the table contains generated columns.',
        ...(node.ColumnRef.location === undefined ? {} : { position: node.ColumnRef.location + 1 }),
      });
    }
  }
  Object.values(node).forEach((v) => refuseGeneratedNew(v, table));
}

/** The WHEN condition as text, as pg_get_triggerdef prints it (the simple forms only). */
function whenText(n: Node): string {
  const ref = recordRef(n);
  if (ref) return ref.field ? `${ref.record}.${quoteIdent(ref.field).replace(/^"([a-z_][a-z0-9_]*)"$/, '$1')}` : ref.record;
  if (n.A_Expr) {
    const e = n.A_Expr;
    const op = names(e.name).join('');
    if (e.kind === 'AEXPR_DISTINCT') return `(${whenText(e.lexpr)} IS DISTINCT FROM ${whenText(e.rexpr)})`;
    if (e.kind === 'AEXPR_NOT_DISTINCT') return `(${whenText(e.lexpr)} IS NOT DISTINCT FROM ${whenText(e.rexpr)})`;
    if (e.kind === 'AEXPR_OP' && e.lexpr) return `(${whenText(e.lexpr)} ${op} ${whenText(e.rexpr)})`;
  }
  if (n.BoolExpr) {
    const args = (n.BoolExpr.args as Node[]).map(whenText);
    if (n.BoolExpr.boolop === 'NOT_EXPR') return `(NOT ${args[0]})`;
    return `(${args.join(n.BoolExpr.boolop === 'AND_EXPR' ? ' AND ' : ' OR ')})`;
  }
  if (n.NullTest) return `(${whenText(n.NullTest.arg)} IS ${n.NullTest.nulltesttype === 'IS_NULL' ? '' : 'NOT '}NULL)`;
  if (n.A_Const) {
    const c = n.A_Const;
    if (c.isnull) return 'NULL';
    if (c.sval) return `'${String(c.sval.sval).replace(/'/g, "''")}'::text`;
    if (c.ival) return String(c.ival.ival ?? 0);
    if (c.boolval) return c.boolval.boolval ? 'true' : 'false';
    if (c.fval) return String(c.fval.fval);
    return '0';
  }
  if (n.ColumnRef) return names(n.ColumnRef.fields).join('.');
  throw unsupported('this WHEN condition of a trigger (only comparisons of NEW and OLD fields, constants, AND, OR, NOT and IS NULL)');
}

/** Per-event constants of a trigger function: TG_OP and its kin. */
function triggerVariable(name: string, t: TriggerDefinition, event: TriggerEvent, table: TableInfo): Node | undefined {
  switch (name) {
    case 'tg_op':
      return stringConst(event.toUpperCase());
    case 'tg_name':
      return stringConst(t.name);
    case 'tg_when':
      return stringConst(timingText(t));
    case 'tg_level':
      return stringConst(t.statement ? 'STATEMENT' : 'ROW');
    case 'tg_table_name':
    case 'tg_relname':
      return stringConst(table.name);
    case 'tg_table_schema':
      return stringConst(table.name.includes('.') ? table.name.slice(0, table.name.indexOf('.')) : 'public');
    case 'tg_nargs':
      return { A_Const: { ival: { ival: 0 } } };
    default:
      return undefined;
  }
}

/** Functions of a whole row that a trigger function may give NEW or OLD. */
const ROW_TO_JSON = new Set(['to_jsonb', 'to_json', 'row_to_json']);

/**
 * The record a whole-row argument is for the event: NEW, OLD, or coalesce(NEW, OLD); null where
 * it is NULL (OLD on INSERT, NEW on DELETE); undefined for any other expression.
 */
function eventRecord(n: Node, event: TriggerEvent): 'new' | 'old' | null | undefined {
  const has = (r: 'new' | 'old') => (r === 'new' ? event !== 'delete' : event !== 'insert');
  const ref = recordRef(n);
  if (ref && !ref.field) return has(ref.record) ? ref.record : null;
  const args = n.CoalesceExpr?.args as Node[] | undefined;
  if (!args?.length) return undefined;
  const records = args.map((a) => recordRef(a));
  if (records.some((r) => !r || r.field)) return undefined;
  return records.map((r) => r!.record).find(has) ?? null;
}

/** `NEW.*` or `OLD.*`: the record. */
function wholeRecordStar(n: Node | undefined): 'new' | 'old' | undefined {
  const fields = n?.ColumnRef?.fields as Node[] | undefined;
  if (fields?.length !== 2 || !fields[1]!.A_Star) return undefined;
  const record = String(fields[0]!.String?.sval ?? '').toLowerCase();
  return record === 'new' || record === 'old' ? record : undefined;
}

/** `NEW IS [NOT] DISTINCT FROM OLD` as the comparison of every column, as a row comparison is. */
function expandRowComparison(n: Node, table: TableInfo): Node | undefined {
  const e = n.A_Expr;
  if (!e || (e.kind !== 'AEXPR_DISTINCT' && e.kind !== 'AEXPR_NOT_DISTINCT' && !(e.kind === 'AEXPR_OP' && ['=', '<>'].includes(names(e.name).join(''))))) return undefined;
  // `OLD.* IS DISTINCT FROM NEW.*` compares the records whole, as `OLD IS DISTINCT FROM NEW` does.
  const whole = (x: Node) => recordRef(x) ?? (wholeRecordStar(x) ? { record: wholeRecordStar(x)!, field: '' } : undefined);
  const l = whole(e.lexpr);
  const r = whole(e.rexpr);
  if (!l || !r || l.field || r.field) return undefined;
  if (e.kind === 'AEXPR_OP') throw unsupported('comparing NEW and OLD with = or <> (use IS DISTINCT FROM)');
  const field = (record: string, c: ColumnInfo): Node => ({ ColumnRef: { fields: [{ String: { sval: record } }, { String: { sval: c.name } }] } });
  const per = table.columns.map((c): Node => ({ A_Expr: { kind: 'AEXPR_DISTINCT', name: [{ String: { sval: '=' } }], lexpr: field(l.record, c), rexpr: field(r.record, c) } }));
  const any: Node = per.length === 1 ? per[0]! : { BoolExpr: { boolop: 'OR_EXPR', args: per } };
  return e.kind === 'AEXPR_DISTINCT' ? any : { BoolExpr: { boolop: 'NOT_EXPR', args: [any] } };
}

/**
 * A copy of `n` with NEW's and OLD's fields given by `field`, the trigger variables by their
 * constants, and whole-row comparisons of NEW and OLD spelled out.
 */
function substitute(schema: TranslatorSchema, n: Node, t: TriggerDefinition, event: TriggerEvent, table: TableInfo, field: (record: 'new' | 'old', column: ColumnInfo) => Node, vars: Variables): Node {
  const columns = table.columns;
  const fieldRef = (record: string, c: ColumnInfo): Node => ({ ColumnRef: { fields: [{ String: { sval: record } }, { String: { sval: c.name } }] } });
  const walk = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object') return x;
    // NEW.* in a VALUES or select list: its columns, in order.
    if (Array.isArray(x)) {
      return x.flatMap((item: Node) => {
        const star = wholeRecordStar(item?.ResTarget?.val ?? item);
        if (!star) return [walk(item)];
        return columns.map((c) => walk(item.ResTarget ? { ResTarget: { ...item.ResTarget, name: undefined, val: fieldRef(star, c) } } : fieldRef(star, c)));
      });
    }
    const node = x as Node;
    const expanded = expandRowComparison(node, table);
    if (expanded) return walk(expanded);
    // to_jsonb(NEW) and its kin: the object of NEW's columns, as a row's JSON is.
    const call = node.FuncCall;
    const fn = call && !call.agg_star && (call.args ?? []).length === 1 ? names(call.funcname).at(-1) : undefined;
    const whole = fn && ROW_TO_JSON.has(fn) ? eventRecord(call.args[0], event) : undefined;
    if (whole !== undefined) {
      const type = { names: [{ String: { sval: fn === 'to_jsonb' ? 'jsonb' : 'json' } }], typemod: -1 };
      if (whole === null) return { TypeCast: { arg: { A_Const: { isnull: true } }, typeName: type } };
      if (fn === 'to_jsonb') return walk({ FuncCall: { funcname: [{ String: { sval: 'jsonb_build_object' } }], args: columns.flatMap((c) => [stringConst(c.name), fieldRef(whole, c)]), funcformat: 'COERCE_EXPLICIT_CALL' } });
      // json keeps the columns' order and prints a row compactly: the row of a FROM item of NEW's fields.
      const row: Node = { SelectStmt: { targetList: columns.map((c) => ({ ResTarget: { name: c.name, val: fieldRef(whole, c) } })), op: 'SETOP_NONE' } };
      const select: Node = { SelectStmt: { targetList: [{ ResTarget: { val: { FuncCall: { funcname: [{ String: { sval: fn } }], args: [{ ColumnRef: { fields: [{ String: { sval: 'evsql_row' } }] } }], funcformat: 'COERCE_EXPLICIT_CALL' } } } }], fromClause: [{ RangeSubselect: { subquery: row, alias: { aliasname: 'evsql_row' } } }], op: 'SETOP_NONE' } };
      return walk({ SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: select } });
    }
    // How deep the trigger runs is known only as it runs: a trigger its own body's writes fire is one
    // deeper. The session's text travels only with a statement whose own text calls current_query().
    const called = call ? names(call.funcname).at(-1) : undefined;
    if (called === 'pg_trigger_depth' || called === 'current_query') throw unsupported(`${called}() in a trigger function`);
    const ref = recordRef(node);
    if (ref) {
      if (!ref.field) throw unsupported(`NEW or OLD as a whole row in a trigger function`);
      const column = table.column(ref.field);
      if (!column) throw new PgError(SqlState.undefinedColumn, `record "${ref.record}" has no field "${ref.field}"`);
      // NEW is NULL in a DELETE trigger, OLD in an INSERT trigger.
      if ((ref.record === 'new' && event === 'delete') || (ref.record === 'old' && event === 'insert')) return { TypeCast: { arg: { A_Const: { isnull: true } }, typeName: typeNameOf(schema, column) } };
      return field(ref.record, column);
    }
    if (node.ColumnRef) {
      const parts = names(node.ColumnRef.fields);
      const variable = parts.length === 1 ? vars.value(parts[0]!) : undefined;
      if (variable) return variable;
      const constant = parts.length === 1 ? triggerVariable(parts[0]!.toLowerCase(), t, event, table) : undefined;
      if (constant) return constant;
      if (parts.length === 1 && ['found', 'tg_argv', 'tg_relid'].includes(parts[0]!.toLowerCase())) throw unsupported(`${parts[0]!.toUpperCase()} in a trigger function`);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
  };
  return walk(n) as Node;
}

function typeNameOf(schema: TranslatorSchema, c: ColumnInfo): Node {
  const formatted = formatType(c.type.oid, c.type.typmod);
  const text = formatted === '???' ? quoteIdent(schema.enumByOid(c.type.oid)?.name ?? 'text') : formatted;
  return parseTypeName(text);
}

/** A SQLite trigger's body reads NEW and OLD by name: each stands in a statement as a parameter of the column's type until then. */
class RecordParams {
  constructor(private readonly schema: TranslatorSchema) {}

  private readonly byKey = new Map<string, number>();
  private readonly refs: string[] = [];

  field = (record: 'new' | 'old', c: ColumnInfo): Node => {
    const key = `${record}.${c.name}`;
    let n = this.byKey.get(key);
    if (n === undefined) {
      this.refs.push(`${record.toUpperCase()}.${quoteIdent(c.name)}`);
      n = this.refs.length;
      this.byKey.set(key, n);
    }
    return { TypeCast: { arg: { ParamRef: { number: n } }, typeName: typeNameOf(this.schema, c) } };
  };

  /** SQLite text with each `?` (for params[i]) made the field it stands for. */
  inline(emitted: string, emittedParams: number[]): string {
    const { sql, params } = placeParams(emitted, emittedParams);
    let out = '';
    let at = 0;
    let i = 0;
    let q = 0;
    while (i < sql.length) {
      const c = sql[i]!;
      if (c === "'" || c === '"' || c === '`') {
        i = Math.min(quotedEnd(sql, i, c), sql.length);
        continue;
      }
      if (c === '?') {
        const n = Math.abs(params[q++] ?? 0);
        const ref = this.refs[n - 1];
        if (ref === undefined) throw new PgError(SqlState.internalError, `a trigger statement's parameter $${n} is no field of NEW or OLD`);
        out += sql.slice(at, i) + ref;
        at = ++i;
        continue;
      }
      i++;
    }
    return out + sql.slice(at);
  }
}

/**
 * DECLARE's variables as the expressions they hold, substituted where they are read. An
 * expression that reads a table is read again there, so it must not be read past a statement of
 * the function that writes (which could change what it reads); nor may it be volatile.
 */
class Variables {
  private readonly held = new Map<string, { value: Node; reads: boolean; stale: boolean }>();

  /** `v := value` (value already substituted) where `guard` holds, else v keeps what it had. */
  set(name: string, value: Node, guard: Node | null): void {
    if (callsVolatile(value)) throw unsupported(`a volatile value in the variable ${name} of a trigger function`);
    const before = this.held.get(name);
    const next = guard === null || !before ? value : { CaseExpr: { args: [{ CaseWhen: { expr: guard, result: value } }], defresult: before.value } };
    this.held.set(name, { value: next, reads: readsTables(next), stale: false });
  }

  /** A statement of the function ran: what the variables read may have changed. */
  wrote(): void {
    for (const v of this.held.values()) if (v.reads) v.stale = true;
  }

  value(name: string): Node | undefined {
    const v = this.held.get(name);
    if (v?.stale) throw unsupported(`reading the variable ${name} of a trigger function after a statement that writes, when its value reads a table`);
    return v ? structuredClone(v.value) : undefined;
  }
}

function readsTables(n: unknown): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(readsTables);
  if ((n as Node).RangeVar || (n as Node).SubLink) return true;
  return Object.values(n as Node).some(readsTables);
}

/** A statement-level trigger's function has no row: NEW and OLD are NULL there. */
function noRecord(): never {
  throw unsupported('NEW and OLD in the function of a statement-level trigger');
}

/** The SQLite statements of a trigger's function for one event, in order, the trigger's WHEN aside. */
function triggerBody(schema: TranslatorSchema, table: TableInfo, t: StoredTrigger, event: TriggerEvent, ops: TriggerOp[], translateNode: TranslateNode, params: RecordParams): string[] {
  const vars = new Variables();
  const sub = (n: Node) => substitute(schema, n, t, event, table, t.statement ? noRecord : params.field, vars);
  const expr = (n: Node): string => {
    const em = new Emitter(schema);
    return params.inline(em.expr(sub(n)), em.params);
  };
  const guardSql = (g: Guard): string | null => {
    const c = conjunction(g);
    return c ? expr(c) : null;
  };
  const body: string[] = [];
  for (const op of t.disabled ? [] : ops.filter((o) => !excludedBy(o.guard, event))) {
    switch (op.kind) {
      case 'assign':
        if (t.statement) noRecord();
        if (t.timing === 'before' && event === 'delete') throw unsupported('assigning NEW in a BEFORE DELETE trigger');
        // The statement's RETURNING shows the row as written to the view, not NEW as assigned.
        if (t.timing === 'instead') throw unsupported('assigning NEW in an INSTEAD OF trigger');
        break;
      case 'return': {
        // A statement-level trigger's value is ignored, as an AFTER trigger's is.
        if (t.timing === 'after' || t.statement) break;
        // RETURN of a NULL row skips the row: NULL itself, NEW on DELETE, OLD on INSERT.
        const skips = op.row === 'null' || (op.row === 'new' && event === 'delete') || (op.row === 'old' && event === 'insert');
        if (op.row === 'old' && event === 'update') throw unsupported(`RETURN OLD from a ${t.timing === 'instead' ? 'INSTEAD OF' : 'BEFORE'} UPDATE trigger`);
        if (!skips) break;
        const g = guardSql(op.guard);
        body.push(g === null ? 'SELECT RAISE(IGNORE)' : `SELECT RAISE(IGNORE) WHERE ${g}`);
        break;
      }
      case 'raise': {
        // LOG and DEBUG go to the server's log only, which has none of a trigger's messages.
        if (op.level === 'LOG' || op.level === 'DEBUG') break;
        const g = guardSql(op.guard) ?? '1';
        const optional = (n: Node | null) => (n ? expr(n) : 'NULL');
        const context = `'${`PL/pgSQL function ${t.function}()${op.line ? ` line ${op.line} at RAISE` : ''}`.replace(/'/g, "''")}'`;
        const args = `'${op.code}', ${expr(op.message)}, ${optional(op.detail)}, ${optional(op.hint)}, ${context}`;
        body.push(op.level === 'EXCEPTION' ? `SELECT pg_raise_if(${g}, ${args})` : `SELECT pg_raise_notice(${g}, '${op.level}', ${args})`);
        break;
      }
      case 'sql':
        body.push(...statementSql(schema, op, sub, params, translateNode));
        vars.wrote();
        break;
      case 'let':
        vars.set(op.name, sub(op.value), conjunction(op.guard.map(sub)));
        break;
      case 'notify':
        // Sent by the session once the statement ran (statementTriggerNotifications); a row trigger's would depend on the rows.
        if (!t.statement) throw unsupported('pg_notify in the function of a row-level trigger');
        if (!impliedBy(op.guard, event)) throw unsupported('pg_notify under IF other than of TG_OP in a trigger function');
        break;
    }
  }
  return body;
}

/** The notifications a statement-level trigger sends for one event. */
export function statementTriggerNotifications(schema: TranslatorSchema, t: StoredTrigger, event: TriggerEvent): TriggerNotification[] {
  return programOf(triggerFunction(schema, t.function)).flatMap((op) => (op.kind === 'notify' && !excludedBy(op.guard, event) ? [{ channel: op.channel, payload: op.payload }] : []));
}

/** The steps a statement-level trigger runs for one event: its function's statements, which read no row. */
export function statementTriggerSteps(schema: TranslatorSchema, table: TableInfo, t: StoredTrigger, event: TriggerEvent, translateNode: TranslateNode): Step[] {
  const ops = programOf(triggerFunction(schema, t.function));
  return triggerBody(schema, table, t, event, ops, translateNode, new RecordParams(schema)).map((sql) => ({ sql, params: [], fired: true as const }));
}

/** The SQLite trigger of one event of a trigger: WHEN, then the function's operations SQLite runs; one that never fires for a statement-level trigger. */
function sqliteTrigger(schema: TranslatorSchema, table: TableInfo, t: StoredTrigger, event: TriggerEvent, ops: TriggerOp[], translateNode: TranslateNode): string {
  const params = new RecordParams(schema);
  const expr = (n: Node): string => {
    const em = new Emitter(schema);
    return params.inline(em.expr(n), em.params);
  };
  // Compiled also for a statement-level trigger: what cannot run is refused when the trigger is made.
  const compiled = triggerBody(schema, table, t, event, ops, translateNode, params);
  const body = t.statement ? [] : compiled;
  const when = t.when === null || t.disabled || t.statement ? null : expr(substitute(schema, expression(t.when), t, event, table, params.field, new Variables()));
  const timing = timingText(t);
  const on = event === 'update' && t.columns.length ? `UPDATE OF ${t.columns.map(quoteIdent).join(', ')}` : event.toUpperCase();
  const name = uniqueObjectName(schema, t.name, event, table.sqlName);
  const stmts = body.length ? body : ['SELECT 1 WHERE 0'];
  // Only a client's statement fires it, never evsql writing rows back (executor/connection.ts).
  const guard = body.length ? ` WHEN pg_fires_triggers()${when === null ? '' : ` AND (${when})`}` : ' WHEN 0';
  const { table: _table, ...definition } = t;
  return `CREATE TRIGGER ${quoteIdent(name)} ${triggerAnnotation(definition)} ${timing} ${on} ON ${quoteIdent(table.sqlName)} FOR EACH ROW${guard} BEGIN ${stmts.map((s) => `${s};`).join(' ')} END`;
}

/**
 * Whether the guard cannot hold for the event: one of its conditions is false by TG_OP alone
 * (`IF TG_OP = 'DELETE' THEN … RETURN OLD` of a function several events share).
 */
function excludedBy(guard: Guard, event: TriggerEvent): boolean {
  return guard.some((g) => truthByEvent(g, event) === false);
}

/** Whether the guard holds for the event by TG_OP alone (`IF TG_OP = 'DELETE' THEN PERFORM pg_notify(…)`). */
function impliedBy(guard: Guard, event: TriggerEvent): boolean {
  return guard.every((g) => truthByEvent(g, event) === true);
}

/** A condition's value for the event where TG_OP alone decides it. */
function truthByEvent(condition: Node, event: TriggerEvent): boolean | undefined {
  const truth = (n: Node): boolean | undefined => {
    const e = n.A_Expr;
    if (e?.kind === 'AEXPR_OP' && ['=', '<>'].includes(names(e.name).join(''))) {
      const [op, other] = isTgOp(e.lexpr) ? [e.lexpr, e.rexpr] : isTgOp(e.rexpr) ? [e.rexpr, e.lexpr] : [];
      const value = other?.A_Const?.sval?.sval as string | undefined;
      if (!op || value === undefined) return undefined;
      return (value === event.toUpperCase()) === (names(e.name).join('') === '=');
    }
    const test = n.BooleanTest;
    if (test?.booltesttype === 'IS_TRUE' || test?.booltesttype === 'IS_NOT_TRUE') {
      const v = truth(test.arg);
      return v === undefined ? undefined : test.booltesttype === 'IS_TRUE' ? v : !v;
    }
    const b = n.BoolExpr;
    if (!b) return undefined;
    const args = (b.args as Node[]).map(truth);
    if (b.boolop === 'NOT_EXPR') return args[0] === undefined ? undefined : !args[0];
    if (b.boolop === 'AND_EXPR') return args.includes(false) ? false : args.every((a) => a === true) ? true : undefined;
    return args.includes(true) ? true : args.every((a) => a === false) ? false : undefined;
  };
  return truth(condition);
}

function isTgOp(n: Node | undefined): boolean {
  const fields = n?.ColumnRef?.fields as Node[] | undefined;
  return fields?.length === 1 && String(fields[0]!.String?.sval).toLowerCase() === 'tg_op';
}

function uniqueObjectName(schema: TranslatorSchema, trigger: string, event: TriggerEvent, table: string): string {
  // A name another table's trigger keeps from before a rename, unless it is this table's own (dropped first).
  const taken = new Set(schema.allTriggerObjects().filter((o) => o.table !== table).map((o) => o.name));
  let n = 0;
  while (taken.has(triggerObjectName(trigger, event, table, n))) n++;
  return triggerObjectName(trigger, event, table, n);
}

/** A function's INSERT/UPDATE/DELETE as SQLite statements for a trigger body, under its guard. */
function statementSql(schema: TranslatorSchema, op: Extract<TriggerOp, { kind: 'sql' }>, sub: (n: Node) => Node, params: RecordParams, translateNode: TranslateNode): string[] {
  const guard = conjunction(op.guard);
  let node = op.statement;
  if (guard) {
    if (node.InsertStmt) {
      const s = node.InsertStmt;
      if (!s.selectStmt) throw unsupported('INSERT … DEFAULT VALUES under a condition in a trigger function');
      const source: Node = { RangeSubselect: { subquery: s.selectStmt, alias: { aliasname: 'evsql_rows' } } };
      node = { InsertStmt: { ...s, selectStmt: { SelectStmt: { targetList: [{ ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } }], fromClause: [source], whereClause: guard, op: 'SETOP_NONE' } } } };
    } else {
      const key = node.UpdateStmt ? 'UpdateStmt' : 'DeleteStmt';
      const s = node[key];
      node = { [key]: { ...s, whereClause: s.whereClause ? { BoolExpr: { boolop: 'AND_EXPR', args: [guard, s.whereClause] } } : guard } };
    }
  }
  const target = schema.lookupTable(String((node.InsertStmt ?? node.UpdateStmt ?? node.DeleteStmt).relation.relname));
  if (target && schema.triggersOf(target.sqlName).some((x) => x.statement)) throw unsupported(`a trigger function writing "${target.name}", which has statement-level triggers`);
  const t = translateNode(sub(node), 'trigger statement', schema);
  if (t.kind !== 'dml' || t.columns) throw unsupported('this statement in a trigger function');
  return t.steps.map((st) => {
    if (st.edit || !st.sql) throw unsupported('this statement in a trigger function');
    // A trigger's statements keep no rows between them.
    if (st.keep !== undefined) throw unsupported('a data-modifying WITH query in a trigger function');
    // SQLite refuses a WITH clause and a schema-qualified target in a trigger's statements.
    if (/^\s*WITH\b/i.test(st.sql)) throw unsupported('this statement in a trigger function (it needs a WITH clause in SQLite)');
    return params.inline(st.sql, st.params);
  });
}

// ------------------------------------------------------------------ assignments

/**
 * The statement with the assignments of the BEFORE triggers it fires written into it: each
 * assigned column's value becomes the expression the triggers leave in NEW, guarded by their
 * conditions, in the order PostgreSQL runs them.
 */
export function withTriggerAssignments(schema: TranslatorSchema, node: Node): Node {
  const walk = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object') return x;
    if (Array.isArray(x)) return x.map(walk);
    const n = Object.fromEntries(Object.entries(x as Node).map(([k, v]) => [k, walk(v)])) as Node;
    if (n.InsertStmt) return { ...n, InsertStmt: rewriteInsert(schema, n.InsertStmt) };
    if (n.UpdateStmt) return { ...n, UpdateStmt: rewriteUpdate(schema, n.UpdateStmt) };
    return n;
  };
  return walk(node) as Node;
}

/** Whether a table has BEFORE triggers on `event` that assign NEW's fields. */
export function assignsOn(schema: TranslatorSchema, sqlTable: string, event: TriggerEvent): boolean {
  return schema.triggersOf(sqlTable).some((t) => t.timing === 'before' && t.events.includes(event) && !t.disabled && programOf(triggerFunction(schema, t.function)).some((o) => o.kind === 'assign'));
}

/**
 * NEW's fields after the table's BEFORE triggers on `event` ran, for one row: `initial` gives a
 * field before them. Returns the assigned columns' final expressions.
 */
function assignedRow(schema: TranslatorSchema, table: TableInfo, event: 'insert' | 'update', initial: (c: ColumnInfo) => Node, old: (c: ColumnInfo) => Node, setColumns: ReadonlySet<string> | null): Map<string, Node> {
  const current = new Map<string, Node>();
  const valueOf = (c: ColumnInfo) => {
    const v = current.get(c.name) ?? initial(c);
    // A trigger's expression reading NEW.x computes x's value again: a volatile one would differ.
    if (callsVolatile(v)) throw unsupported(`a BEFORE trigger reading NEW.${c.name}, which the statement gives a volatile value`);
    // NEW holds the value as the column's type (`7.125` of a numeric(10,2) is 7.13 there); a number
    // type's cast is its assignment's, which a varchar(n)'s is not (that one truncates).
    return NUMBER_COLUMNS.has(c.type.oid) ? { TypeCast: { arg: structuredClone(v), typeName: typeNameOf(schema, c) } } : structuredClone(v);
  };
  for (const t of schema.triggersOf(table.sqlName)) {
    if (t.timing !== 'before' || !t.events.includes(event) || t.disabled) continue;
    if (event === 'update' && t.columns.length && setColumns && !t.columns.some((c) => setColumns.has(c))) continue;
    const ops = programOf(triggerFunction(schema, t.function));
    if (!ops.some((o) => o.kind === 'assign')) continue;
    const field = (record: 'new' | 'old', c: ColumnInfo) => (record === 'new' ? valueOf(c) : old(c));
    const vars = new Variables();
    const sub = (n: Node) => substitute(schema, n, t, event, table, field, vars);
    const when = t.when === null ? [] : [sub(expression(t.when))];
    const skipped: Guard = [];
    // The assignments are computed with the row, before the function's statements run.
    let wrote = false;
    for (const op of ops) {
      if (op.kind === 'sql') {
        wrote = true;
        vars.wrote();
        continue;
      }
      if (op.kind === 'let') {
        vars.set(op.name, sub(op.value), conjunction([...when, ...op.guard.map(sub), ...skipped]));
        continue;
      }
      if (op.kind === 'return') {
        // Past a RETURN the function has ended: later assignments apply only where it did not.
        const g = conjunction([...when, ...op.guard.map(sub)]);
        if (g === null) break;
        skipped.push(isNotTrue(g));
        continue;
      }
      if (op.kind !== 'assign') continue;
      const column = table.column(op.column);
      if (!column) throw new PgError(SqlState.undefinedColumn, `record "new" has no field "${op.column}"`);
      if (column.generated) throw new PgError('42P17', `cannot assign to generated column "${op.column}"`);
      const value = sub(op.value);
      if (wrote && readsTables(value)) throw unsupported(`a BEFORE trigger assigning NEW.${op.column} from a table after a statement of its own`);
      const g = conjunction([...when, ...op.guard.map(sub), ...skipped]);
      current.set(column.name, g === null ? value : { CaseExpr: { args: [{ CaseWhen: { expr: g, result: value } }], defresult: valueOf(column) } });
    }
  }
  return current;
}

/** The columns the table's BEFORE triggers on `event` assign, in table order. */
function assignedColumns(schema: TranslatorSchema, table: TableInfo, event: TriggerEvent): string[] {
  const assigned = new Set<string>();
  for (const t of schema.triggersOf(table.sqlName)) {
    if (t.timing !== 'before' || !t.events.includes(event) || t.disabled) continue;
    for (const op of programOf(triggerFunction(schema, t.function))) if (op.kind === 'assign') assigned.add(op.column);
  }
  return table.columns.filter((c) => assigned.has(c.name)).map((c) => c.name);
}

function columnRef(qualifier: string, column: string): Node {
  return { ColumnRef: { fields: [{ String: { sval: qualifier } }, { String: { sval: column } }] } };
}

function triggerTable(schema: TranslatorSchema, relation: Node, event: 'insert' | 'update'): TableInfo | undefined {
  if (relation.schemaname && relation.schemaname !== 'public' && relation.schemaname !== 'pg_temp') return undefined;
  const table = schema.lookupTable(relation.relname);
  return table && !table.view && !table.temp && assignsOn(schema, table.sqlName, event) ? table : undefined;
}

function rewriteUpdate(schema: TranslatorSchema, s: Node): Node {
  const table = triggerTable(schema, s.relation, 'update');
  if (!table) return s;
  return { ...s, targetList: assignedSetList(schema, table, s.relation.alias?.aliasname ?? s.relation.relname, (s.targetList ?? []) as Node[]) };
}

/** An UPDATE's (or ON CONFLICT DO UPDATE's) SET list with the triggers' assignments in it. */
function assignedSetList(schema: TranslatorSchema, table: TableInfo, qualifier: string, targets: Node[]): Node[] {
  targets = targets.map(singleAssignment);
  if (targets.some((r) => r.MultiAssignRef || r.ResTarget?.val?.MultiAssignRef || r.ResTarget?.indirection?.length)) {
    throw unsupported(`SET (…) = (…) or SET of an element or field on a table with BEFORE UPDATE triggers that assign NEW`);
  }
  const set = new Map<string, Node>(targets.map((r) => [String(r.ResTarget.name), r.ResTarget.val as Node]));
  const row = assignedRow(
    schema,
    table,
    'update',
    (c) => {
      const v = set.get(c.name);
      return v && !v.SetToDefault ? v : v?.SetToDefault ? defaultFor(schema, table, c) : columnRef(qualifier, c.name);
    },
    (c) => columnRef(qualifier, c.name),
    new Set(set.keys()),
  );
  const out = targets.map((r) => (row.has(r.ResTarget.name) ? { ResTarget: { ...r.ResTarget, val: row.get(r.ResTarget.name) } } : r));
  for (const [name, val] of row) if (!set.has(name)) out.push({ ResTarget: { name, val } });
  return out;
}

/**
 * One column of `SET (a, b) = (…)` as a SET of its own, which the triggers' assignments can join:
 * the row's item, or the subquery reduced to that column (run once per column, so only one that
 * calls nothing volatile, and a plain SELECT whose list is written out). Else left as it is.
 */
function singleAssignment(r: Node): Node {
  const m = r.ResTarget?.val?.MultiAssignRef;
  if (!m) return r;
  const at = (m.colno as number) - 1;
  const row = m.source.RowExpr?.args as Node[] | undefined;
  if (row?.[at]) return { ResTarget: { ...r.ResTarget, val: row[at] } };
  const link = m.source.SubLink;
  const sub = link?.subselect?.SelectStmt;
  const list = sub && (!sub.op || sub.op === 'SETOP_NONE') ? (sub.targetList as Node[] | undefined) : undefined;
  if (!list || list.length !== m.ncolumns || list.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star))) return r;
  if (link.subLinkType !== 'EXPR_SUBLINK' || callsVolatile(link)) return r;
  return { ResTarget: { ...r.ResTarget, val: { SubLink: { ...link, subselect: { SelectStmt: { ...sub, targetList: [list[at]] } } } } } };
}

/**
 * A column's value where the statement leaves it to its default: its DEFAULT expression, which
 * SQLite computes again for the row, so only one that gives the same value twice will do.
 */
function defaultFor(schema: TranslatorSchema, table: TableInfo, c: ColumnInfo): Node {
  if (!c.hasDefault) return { TypeCast: { arg: { A_Const: { isnull: true } }, typeName: typeNameOf(schema, c) } };
  const text = c.identity || c.sequence ? null : schema.defaultText(table.sqlName, c.name);
  const value = text === null ? undefined : expression(text);
  if (!value || callsVolatile(value)) throw unsupported(`a BEFORE trigger reading NEW.${c.name}, which the statement leaves to its default`);
  return { TypeCast: { arg: value, typeName: typeNameOf(schema, c) } };
}

function rewriteInsert(schema: TranslatorSchema, s: Node): Node {
  const table = triggerTable(schema, s.relation, 'insert');
  const conflict = s.onConflictClause?.action === 'ONCONFLICT_UPDATE' ? triggerTable(schema, s.relation, 'update') : undefined;
  let out = s;
  if (conflict) {
    const c = s.onConflictClause;
    out = { ...out, onConflictClause: { ...c, targetList: assignedSetList(schema, conflict, s.relation.alias?.aliasname ?? s.relation.relname, (c.targetList ?? []) as Node[]) } };
  }
  if (!table) return out;
  const written = (s.cols ?? []) as Node[];
  const select = s.selectStmt?.SelectStmt as Node | undefined;
  const named = written.length ? written.map((r) => String(r.ResTarget.name)) : table.columns.filter((c) => !c.generated).map((c) => c.name);
  checkValuesWidth(s, named);
  // Without a column list the values fill the leading columns, and the rest take their defaults (`INSERT INTO t VALUES (1)`).
  const targets = select && (!select.op || select.op === 'SETOP_NONE') ? (select.targetList as Node[] | undefined) : undefined;
  const spelled = targets && !targets.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star)) ? targets.length : undefined;
  const columns = written.length ? named : named.slice(0, select?.valuesLists ? (select.valuesLists[0].List.items as Node[]).length : spelled);
  if (written.some((r) => r.ResTarget.indirection?.length)) throw unsupported('INSERT of an element or field on a table with BEFORE INSERT triggers that assign NEW');
  const assignedFor = (value: (c: ColumnInfo) => Node | undefined) => assignedRow(schema, table, 'insert', (c) => value(c) ?? defaultFor(schema, table, c), (c) => defaultFor(schema, table, c), null);
  const extra = assignedColumns(schema, table, 'insert').filter((c) => !columns.includes(c));
  const cols = [...columns, ...extra].map((name): Node => ({ ResTarget: { name } }));
  if (!select || select.valuesLists) {
    const rows = select ? (select.valuesLists as Node[]).map((l) => l.List.items as Node[]) : [[]];
    const valuesLists = rows.map((items) => {
      const given = new Map(columns.map((c, i) => [c, items[i]]));
      const row = assignedFor((c) => {
        const v = given.get(c.name);
        return v && !v.SetToDefault ? v : undefined;
      });
      return { List: { items: [...columns.map((c, i) => row.get(c) ?? items[i]!), ...extra.map((c) => row.get(c)!)] } };
    });
    return { ...out, cols, selectStmt: { SelectStmt: { valuesLists, op: 'SETOP_NONE' } } };
  }
  // INSERT … SELECT: the rows come from a subquery whose columns are named as the target's. Its
  // ORDER BY, which orders the rows' serial values, would not survive being a subquery.
  if (select.sortClause) throw unsupported('INSERT … SELECT … ORDER BY on a table with BEFORE INSERT triggers that assign NEW');
  const alias = 'evsql_new';
  const row = assignedFor((c) => (columns.includes(c.name) ? columnRef(alias, c.name) : undefined));
  const targetList = [...columns.map((c) => row.get(c) ?? columnRef(alias, c)), ...extra.map((c) => row.get(c)!)].map((val): Node => ({ ResTarget: { val } }));
  const source: Node = { RangeSubselect: { subquery: s.selectStmt, alias: { aliasname: alias, colnames: columns.map((c) => ({ String: { sval: c } })) } } };
  return { ...out, cols, selectStmt: { SelectStmt: { targetList, fromClause: [source], op: 'SETOP_NONE' } } };
}

/** MERGE's statements are not the text the assignments go into: refused on a table whose BEFORE triggers assign NEW. */
export function refuseAssigningTriggers(schema: TranslatorSchema, relname: string, what: string): void {
  const table = schema.lookupTable(relname);
  if (table && (assignsOn(schema, table.sqlName, 'insert') || assignsOn(schema, table.sqlName, 'update'))) {
    throw unsupported(`${what} on a table with BEFORE triggers that assign NEW`);
  }
}

/** COPY FROM writes its rows outside change capture's per-row records, which a trigger's writes need: refused on a table with triggers. */
export function refuseTriggers(schema: TranslatorSchema, relname: string, what: string): void {
  const table = schema.lookupTable(relname);
  if (table && schema.triggersOf(table.sqlName).length) throw unsupported(`${what} on a table with triggers`);
}

