/**
 * Declarative partitioning. A partitioned table is one SQLite table holding every row; each
 * partition is a view of it restricted to its bound, WITH CASCADED CHECK OPTION, so that a read of
 * either is a read of the one table and a row moved by an UPDATE of the parent stays where it is.
 * Writes through a partition check its bound (view-write-through.ts), and writes of the parent
 * check that some partition takes the row (partitionRoute).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID } from '../../pg/types/registry.js';
import { type PartitionKey, partitionIndexMarker, partitionedMarker, readViewWritesMarker, withViewWrites } from '../catalog/markers.js';
import type { Step } from '../plan.js';
import { createTable, createView, withLikeExpanded } from './ddl.js';
import { ownName } from './namespaces.js';
import { adoptOwn } from './partition-own.js';
import { quoteIdent } from '../sqlite-quote.js';
import { Emitter } from './emit.js';
import { Scope } from './scope.js';
import { type Node, names } from './parse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';
import { quoteString } from '../sqlite-quote.js';
import { and, boundCondition, defaultCondition, infinite, or } from './partition-conditions.js';
import { formatDate, formatTimestamp, parseDate, parseTimestamp } from '../../pg/types/timestamp.js';

const TEXT_TYPES = new Set<number>([OID.text, OID.varchar, OID.bpchar]);

const STRATEGIES: Record<string, PartitionKey['strategy']> = { PARTITION_STRATEGY_RANGE: 'range', PARTITION_STRATEGY_LIST: 'list', PARTITION_STRATEGY_HASH: 'hash' };

/** Key types whose hash functions evsql computes as PostgreSQL does (pg/hash.ts partitionHash): integers and deterministic texts. */
const HASHED_TYPES = new Set(['int2', 'int4', 'int8', 'smallserial', 'serial', 'bigserial', 'serial2', 'serial4', 'serial8', 'text', 'varchar']);

/** CREATE TABLE … PARTITION BY: the table, with its key as an annotation. */
export function createPartitioned(schema: TranslatorSchema, s: Node): Step[] {
  const spec = s.partspec;
  if (s.relation.relpersistence === 't') throw unsupported('temporary partitioned tables');
  const strategy = STRATEGIES[spec.strategy as string]!;
  const elems = (spec.partParams as Node[]).map((p) => p.PartitionElem);
  if (strategy === 'list' && elems.length > 1) throw new PgError(SqlState.invalidObjectDefinition, 'cannot use "list" partition strategy with more than one column');
  const columns = new Map(((s.tableElts ?? []) as Node[]).filter((e) => e.ColumnDef).map((e) => [e.ColumnDef.colname as string, e.ColumnDef.typeName as Node]));
  for (const e of elems) {
    if (!e.name) throw unsupported('a partition key expression');
    if (e.collation || e.opclass) throw unsupported('a partition key collation or operator class');
    const type = columns.get(e.name);
    if (!type) throw new PgError(SqlState.undefinedColumn, `column "${e.name}" named in partition key does not exist`, at(e));
    if (strategy === 'hash' && (type.arrayBounds || !HASHED_TYPES.has(names(type.names).at(-1)!))) throw unsupported(`hash partitioning on a key of type ${names(type.names).at(-1)}`);
  }
  const key: PartitionKey = { strategy, columns: elems.map((e) => e.name as string) };
  const constraints = ((s.tableElts ?? []) as Node[]).flatMap((e) => (e.Constraint ? [e.Constraint] : ((e.ColumnDef?.constraints ?? []) as Node[]).map((c) => ({ ...c.Constraint, keys: [{ String: { sval: e.ColumnDef.colname } }] }))));
  for (const c of constraints) {
    if (c.contype !== 'CONSTR_PRIMARY' && c.contype !== 'CONSTR_UNIQUE') continue;
    const keyed = names(c.keys ?? []);
    const missing = key.columns.find((k) => !keyed.includes(k));
    if (missing !== undefined) {
      throw new PgError(SqlState.featureNotSupported, `unique constraint on partitioned table must include all partitioning columns`, {
        detail: `${c.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE'} constraint on table "${s.relation.relname}" lacks column "${missing}" which is part of the partition key.`,
      });
    }
  }
  const steps = createTable(schema, { ...s, partspec: undefined });
  return [...steps, { sql: '', params: [], edit: { kind: 'partitioned', table: s.relation.relname, marker: partitionedMarker(key) } }];
}

/** CREATE TABLE … PARTITION OF parent FOR VALUES …: a view of the parent restricted to the bound. */
export function createPartition(schema: TranslatorSchema, s: Node): Step[] {
  const { check, create } = partitionSteps(schema, s, false);
  return [...check, ...create];
}

/**
 * A new partition's steps: `check`, that a default partition beside it holds none of its rows
 * (run before ATTACH gives the parent the attached table's rows), and `create`, its view and the
 * default partition's, made again without the new bound.
 */
function partitionSteps(schema: TranslatorSchema, s: Node, attaching: boolean): { check: Step[]; create: Step[] } {
  const parentVar = (s.inhRelations as Node[])[0]!.RangeVar;
  if (s.tableElts?.length) throw unsupported('column definitions of a partition');
  if (s.partspec) throw unsupported('a partition that is partitioned itself');
  const parent = schema.lookupTable(parentVar.relname);
  if (!parent || parent.view) throw new PgError(SqlState.undefinedTable, `relation "${parentVar.relname}" does not exist`);
  if (!parent.partitioned) throw new PgError(SqlState.invalidObjectDefinition, `"${parentVar.relname}" is not partitioned`);
  if (!attaching && schema.lookupTable(s.relation.relname)) throw new PgError(SqlState.duplicateTable, `relation "${s.relation.relname}" already exists`);
  if (!attaching && parent.partitioned.partitionsForeignKeys?.length) throw unsupported(`a partition of "${parentVar.relname}" without the foreign keys its other partitions have of their own`);
  const keyTypes = parent.partitioned.columns.map((c) => parent.column(c)!.type.oid);
  const bound = canonicalBound(s.partbound as Node, keyTypes);
  const siblings = schema.partitionsOf(parent.name);
  const defaults = siblings.filter((p) => (p.writes!.partition!.bound as Node).is_default);
  if (bound.is_default && defaults.length) throw new PgError(SqlState.invalidObjectDefinition, `partition "${s.relation.relname}" conflicts with existing default partition "${defaults[0]!.name}"`);
  checkBound(parent.partitioned, bound, s.relation.relname, keyTypes);
  if (parent.partitioned.strategy === 'hash') checkHashBound(bound, siblings, s.relation.relname);
  else for (const sibling of siblings) {
    const overlap = overlapping(parent.partitioned, bound, sibling.writes!.partition!.bound as Node, keyTypes);
    if (overlap) throw new PgError(SqlState.invalidObjectDefinition, `partition "${s.relation.relname}" would overlap partition "${sibling.name}"`, at(overlap));
  }
  const view = partitionViewOf(schema, parent, s.relation, parentVar, bound, siblings.map((p) => p.writes!.partition!.bound as Node));
  const steps = partitionView(schema, view, parent.name, bound);
  const fallback = defaults[0];
  if (!fallback) return { check: [], create: steps };
  // The default partition gives up the new bound's rows: none of its rows may fall in it.
  const rest = siblings.filter((p) => p !== fallback).map((p) => p.writes!.partition!.bound as Node);
  const check = partitionRowsSql(schema, parent, and([defaultCondition(parent, rest), boundCondition(parent, bound, null)]));
  const violated = `updated partition constraint for default partition "${fallback.name}" would be violated by some row`;
  const remade = { view: { relname: fallback.name, inh: true, relpersistence: 'p' }, query: { ...view.query, SelectStmt: { ...view.query.SelectStmt, whereClause: defaultCondition(parent, [...rest, bound]) } }, withCheckOption: 'CASCADED_CHECK_OPTION', replace: true };
  return {
    check: [{ sql: `SELECT pg_raise_if(EXISTS (SELECT 1 FROM ${check}), '${SqlState.checkViolation}', ${quoteString(violated)})`, params: [] }],
    create: [...steps, ...partitionView(schema, remade, parent.name, fallback.writes!.partition!.bound as Node)],
  };
}

/** The CREATE VIEW of a partition of `parent`, `siblings` the bounds of its other partitions. */
function partitionViewOf(schema: TranslatorSchema, parent: TableInfo, relation: Node, parentVar: Node, bound: Node, siblings: Node[]): Node {
  const cond = bound.is_default ? defaultCondition(parent, siblings.filter((b) => !b.is_default)) : boundCondition(parent, bound, null);
  // A parent of another schema is read by its stored name (`s.jobs`) but called by its own, as a
  // FROM names it: the view's text then reads `jobs.id`, which writes through the view resolve.
  const called = ownName(schema, parent.name);
  const own = !parentVar.alias && called !== parentVar.relname ? { alias: { aliasname: called, implicit: true } } : {};
  return {
    view: relation,
    query: { SelectStmt: { targetList: [{ ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } }], fromClause: [{ RangeVar: { ...parentVar, inh: true, ...own } }], whereClause: cond, limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } },
    withCheckOption: 'CASCADED_CHECK_OPTION',
  };
}

/** The partition `name`'s view made again, of `parent` as `schema` has it now (partition-alter.ts). */
export function partitionViewSteps(schema: TranslatorSchema, parent: TableInfo, name: string, bound: Node, siblings: Node[]): Step[] {
  const relation = { relname: name, inh: true, relpersistence: 'p' };
  const view = partitionViewOf(schema, parent, relation, { relname: parent.name, inh: true, relpersistence: 'p' }, bound, siblings.filter((b) => b !== bound));
  return partitionView(schema, view, parent.name, bound);
}

/** CREATE VIEW of a partition, its annotation naming its parent and bound. */
function partitionView(schema: TranslatorSchema, view: Node, parent: string, bound: Node): Step[] {
  return createView(schema, view).map((step) => {
    const writes = step.sql.startsWith('CREATE VIEW') ? readViewWritesMarker(step.sql) : undefined;
    return writes ? { ...step, sql: withViewWrites(step.sql, { ...writes, partition: { parent, bound } }) } : step;
  });
}

/** `parent WHERE cond` in SQLite's terms. */
function partitionRowsSql(schema: TranslatorSchema, parent: TableInfo, cond: Node): string {
  const em = new Emitter(schema);
  em.scope = new Scope([{ name: parent.name, columns: parent.columns.map((c) => ({ name: c.name, type: c.type })) }], null);
  return `${em.rangeVar({ relname: parent.name, inh: true, relpersistence: 'p' }, false)} WHERE ${em.expr(cond)}`;
}

/**
 * The condition a row of a partitioned table meets where some partition takes it, in the terms of
 * `ref`; undefined where a default partition takes every row.
 */
export function partitionRoute(schema: TranslatorSchema, table: TableInfo, ref: string): Node | undefined {
  const bounds = schema.partitionsOf(table.name).map((p) => p.writes!.partition!.bound as Node);
  if (bounds.some((b) => b.is_default)) return undefined;
  return bounds.length ? or(bounds.map((b) => boundCondition(table, b, ref))) : { A_Const: { boolval: {} } };
}

/** PostgreSQL's error position: where the parser found the node. */
function at(n: Node): { position?: number } {
  const location = (n.A_Const ?? n.ColumnRef ?? n).location;
  return typeof location === 'number' && location >= 0 ? { position: location + 1 } : {};
}

function checkBound(key: PartitionKey, bound: Node, name: string, types: number[]): void {
  if (bound.is_default) {
    if (key.strategy === 'hash') throw new PgError(SqlState.invalidTableDefinition, 'a hash-partitioned table may not have a default partition');
    return;
  }
  const given = bound.strategy === 'r' ? 'range' : bound.strategy === 'l' ? 'list' : 'hash';
  if (given !== key.strategy) throw new PgError(SqlState.invalidTableDefinition, `invalid bound specification for a ${key.strategy} partition`, at(bound));
  if (given === 'hash') {
    if (!(bound.modulus > 0)) throw new PgError(SqlState.invalidTableDefinition, 'modulus for hash partition must be an integer value greater than zero');
    if ((bound.remainder ?? 0) >= bound.modulus) throw new PgError(SqlState.invalidTableDefinition, 'remainder for hash partition must be less than modulus');
  } else if (given === 'range') {
    for (const datums of [bound.lowerdatums, bound.upperdatums] as Node[][]) {
      if (datums.length !== key.columns.length) throw new PgError(SqlState.invalidTableDefinition, `${datums === bound.lowerdatums ? 'FROM' : 'TO'} must specify exactly one value per partitioning column`);
      for (const d of datums) if (!d.A_Const && !infinite(d)) throw unsupported('a partition bound that is not a constant');
      const first = datums.findIndex((d) => infinite(d));
      const after = first < 0 ? undefined : datums.slice(first + 1).find((d) => infinite(d) !== infinite(datums[first]!));
      if (after) throw new PgError(SqlState.datatypeMismatch, `every bound following ${infinite(datums[first]!)!.toUpperCase()} must also be ${infinite(datums[first]!)!.toUpperCase()}`, at(after));
    }
    const lower = bound.lowerdatums as Node[];
    const upper = bound.upperdatums as Node[];
    if (compareRange(lower, upper, types) >= 0) throw new PgError(SqlState.invalidObjectDefinition, `empty range bound specified for partition "${name}"`, at(lower[0]!));
  } else {
    for (const d of bound.listdatums as Node[]) if (!d.A_Const) throw unsupported('a partition bound that is not a constant');
  }
}

/**
 * A hash bound beside its siblings, as check_new_partition_bound (partbounds.c): each modulus a
 * factor of the next larger one, checked against the nearest smaller and larger bounds in
 * (modulus, remainder) order; and no remainder slot of the greatest modulus taken twice.
 */
function checkHashBound(bound: Node, siblings: TableInfo[], name: string): void {
  if (!siblings.length) return;
  const hash = (b: Node) => ({ modulus: b.modulus as number, remainder: (b.remainder ?? 0) as number });
  const mine = hash(bound);
  const others = siblings.map((p) => ({ name: p.name, ...hash(p.writes!.partition!.bound as Node) })).sort((a, b) => a.modulus - b.modulus || a.remainder - b.remainder);
  const factor = (detail: string) => new PgError(SqlState.invalidObjectDefinition, 'every hash partition modulus must be a factor of the next larger modulus', { detail });
  const offset = others.filter((o) => o.modulus < mine.modulus || (o.modulus === mine.modulus && o.remainder <= mine.remainder)).length - 1;
  const next = others[offset + 1];
  if (offset >= 0 && mine.modulus % others[offset]!.modulus !== 0) {
    throw factor(`The new modulus ${mine.modulus} is not divisible by ${others[offset]!.modulus}, the modulus of existing partition "${others[offset]!.name}".`);
  }
  if (next && next.modulus % mine.modulus !== 0) throw factor(`The new modulus ${mine.modulus} is not a factor of ${next.modulus}, the modulus of existing partition "${next.name}".`);
  const greatest = others.at(-1)!.modulus;
  for (let slot = mine.remainder % greatest; slot < greatest; slot += mine.modulus) {
    const taken = others.find((o) => slot % o.modulus === o.remainder);
    if (taken) throw new PgError(SqlState.invalidObjectDefinition, `partition "${name}" would overlap partition "${taken.name}"`, at(bound));
  }
}

/**
 * A bound's datums as the key types' input and output functions give them back, so that spellings
 * of one value (`'2024-1-1'`, `'2024-01-01 00:00'`) compare, overlap and print as that value: a
 * date as `YYYY-MM-DD`, a timestamp in its stored form (a timestamptz's in UTC). Bad input is the
 * type's own error (22007, 22008).
 */
function canonicalBound(bound: Node, types: number[]): Node {
  if (bound.is_default || bound.strategy === 'h') return bound;
  const fix = (d: Node, i: number): Node => {
    const text = d.A_Const?.sval?.sval as string | undefined;
    const type = types[bound.strategy === 'l' ? 0 : i];
    if (text === undefined) return d;
    if (type === OID.date) return { A_Const: { ...d.A_Const, sval: { sval: formatDate(parseDate(text)) } } };
    if (type === OID.timestamp || type === OID.timestamptz) return { A_Const: { ...d.A_Const, sval: { sval: formatTimestamp(parseTimestamp(text, type === OID.timestamptz), type === OID.timestamptz) } } };
    return d;
  };
  if (bound.strategy === 'l') return { ...bound, listdatums: (bound.listdatums as Node[]).map((d) => fix(d, 0)) };
  return { ...bound, lowerdatums: (bound.lowerdatums as Node[]).map(fix), upperdatums: (bound.upperdatums as Node[]).map(fix) };
}

/** A list datum as overlaps compare it: its value as comparable gives it, NULL as null. */
function listValue(d: Node, type: number): unknown {
  const c = d.A_Const;
  if (c.isnull) return null;
  const value = comparable(d, type) ?? c.boolval?.boolval ?? (c.boolval ? false : undefined);
  if (value === undefined) throw unsupported('list partition bounds other than texts, numbers, dates and timestamps');
  return value;
}

const DATE_TYPES = new Set<number>([OID.date, OID.timestamp, OID.timestamptz]);

/**
 * A canonical constant's value for ordering bounds under its key's type: a number; a text key's
 * text (the C collation's byte order, which UTF-16 order matches outside the astral planes); a date
 * or timestamp's canonical text, which orders as its value does; undefined where evsql cannot order it.
 */
function comparable(d: Node, type: number): number | string | undefined {
  const c = d.A_Const;
  if (!c) return undefined;
  if (TEXT_TYPES.has(type)) return String(c.sval?.sval ?? c.ival?.ival ?? c.fval?.fval ?? 0);
  if (c.ival) return Number(c.ival.ival ?? 0);
  if (c.fval) return Number(c.fval.fval);
  if (c.sval) {
    const text = c.sval.sval as string;
    if (DATE_TYPES.has(type)) return /^\d{4}-/.test(text) ? text : undefined;
    if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(text)) return Number(text);
  }
  return undefined;
}

/** The order of two range bounds' datums (MINVALUE lowest, MAXVALUE highest), refused where not known. */
function compareRange(a: Node[], b: Node[], types: number[]): number {
  const rank = (d: Node) => (infinite(d) === 'minvalue' ? -1 : infinite(d) === 'maxvalue' ? 1 : 0);
  for (let i = 0; i < a.length; i++) {
    const [ra, rb] = [rank(a[i]!), rank(b[i]!)];
    if (ra !== rb) return ra - rb;
    // Past MINVALUE or MAXVALUE the later datums do not matter.
    if (ra !== 0) return 0;
    const x = comparable(a[i]!, types[i]!);
    const y = comparable(b[i]!, types[i]!);
    if (x === undefined || y === undefined || typeof x !== typeof y) throw unsupported('range partition bounds other than numbers, texts, dates and timestamps');
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The datum of bound `a` where it overlaps bound `b`, if it does. */
function overlapping(key: PartitionKey, a: Node, b: Node, types: number[]): Node | undefined {
  if (a.is_default || b.is_default) return undefined;
  if (key.strategy === 'range') return compareRange(a.lowerdatums, b.upperdatums, types) < 0 && compareRange(b.lowerdatums, a.upperdatums, types) < 0 ? a.lowerdatums[0] : undefined;
  const text = (d: Node) => JSON.stringify(listValue(d, types[0]!));
  const theirs = new Set((b.listdatums as Node[]).map(text));
  return (a.listdatums as Node[]).find((d) => theirs.has(text(d)));
}

const relationName = (o: Node): string => names(o.List?.items ?? [o]).at(-1)!;

/**
 * DROP TABLE of partitions or partitioned tables: the partitions (a parent's with it) are views,
 * dropped as views, a partition's rows deleted from its parent; undefined where the statement
 * names neither.
 */
export function partitionDrop(schema: TranslatorSchema, s: Node): { steps: Step[]; views: Node; tables: Node } | undefined {
  const objects = (s.objects ?? []) as Node[];
  const info = objects.map((o) => schema.lookupTable(relationName(o)));
  if (!info.some((t) => t?.partitioned || t?.writes?.partition)) return undefined;
  const views = new Set<string>();
  const steps: Step[] = [];
  for (const t of info) {
    if (t?.writes?.partition) {
      views.add(t.name);
      if (!info.some((p) => p?.name === t.writes!.partition!.parent)) steps.push(partitionDelete(schema, t));
      const marker = partitionIndexMarker(t.sqlName);
      for (const index of schema.indexDefinitions(t.writes.partition.parent)) if (index.sql.endsWith(marker)) steps.push({ sql: `DROP INDEX ${quoteIdent(index.name)}`, params: [] });
    }
    if (t?.partitioned) for (const p of schema.partitionsOf(t.name)) views.add(p.name);
  }
  const object = (name: string): Node => ({ List: { items: [{ String: { sval: name } }] } });
  return {
    steps,
    views: { ...s, removeType: 'OBJECT_VIEW', objects: [...views].map(object) },
    tables: { ...s, objects: objects.filter((o, i) => !info[i]?.writes?.partition) },
  };
}

/** The delete of a partition's rows from its parent. */
function partitionDelete(schema: TranslatorSchema, partition: TableInfo): Step {
  const parent = schema.lookupTable(partition.writes!.partition!.parent)!;
  const bound = partition.writes!.partition!.bound as Node;
  const cond = bound.is_default ? defaultCondition(parent, schema.partitionsOf(parent.name).map((p) => p.writes!.partition!.bound as Node).filter((b) => !b.is_default)) : boundCondition(parent, bound, null);
  return { sql: `DELETE FROM ${partitionRowsSql(schema, parent, cond)}`, params: [], firesNoTriggers: true };
}

/** TRUNCATE of partitions: each a delete of its parent's rows within its bound; `rest` the statement's other relations. */
export function truncatePartitions(schema: TranslatorSchema, s: Node): { steps: Step[]; rest: Node } {
  const steps: Step[] = [];
  const rest: Node[] = [];
  for (const r of s.relations as Node[]) {
    const t = schema.lookupTable(r.RangeVar.relname);
    if (t?.partitioned && !r.RangeVar.inh) {
      throw new PgError(SqlState.wrongObjectType, 'cannot truncate only a partitioned table', { hint: 'Do not specify the ONLY keyword, or use TRUNCATE ONLY on the partitions directly.' });
    }
    if (!t?.writes?.partition) {
      rest.push(r);
      continue;
    }
    steps.push(partitionDelete(schema, t));
  }
  return { steps, rest: { ...s, relations: rest } };
}

/**
 * What ALTER TABLE may do to a partitioned table: its constraints and columns (partition-alter.ts
 * makes the partitions' views again where the columns change), attach or detach a partition.
 */
const PARENT_ALTERS = new Set(['AT_AddConstraint', 'AT_DropConstraint', 'AT_AttachPartition', 'AT_DetachPartition', 'AT_DetachPartitionFinalize', 'AT_AddColumn', 'AT_DropColumn', 'AT_AlterColumnType', 'AT_SetNotNull', 'AT_DropNotNull', 'AT_ColumnDefault']);

/**
 * ALTER TABLE … ATTACH / DETACH PARTITION; undefined for other ALTER TABLEs, refused where they
 * would change a partitioned table's columns, which its partitions' views would not follow, and
 * where they would add or drop a partition's own column (PostgreSQL's errors).
 */
export function alterPartitions(schema: TranslatorSchema, s: Node): Step[] | undefined {
  const parent = s.relation?.relname ? schema.lookupTable(s.relation.relname) : undefined;
  const cmds = (s.cmds as Node[]).map((c) => c.AlterTableCmd);
  if (parent?.writes?.partition) {
    const own = cmds.find((c) => c.subtype === 'AT_AddColumn' || c.subtype === 'AT_DropColumn');
    if (own?.subtype === 'AT_AddColumn') throw new PgError(SqlState.wrongObjectType, 'cannot add column to a partition');
    if (own) throw new PgError(SqlState.invalidTableDefinition, `cannot drop inherited column "${own.name}"`);
    const retyped = cmds.find((c) => c.subtype === 'AT_AlterColumnType');
    if (retyped) throw new PgError(SqlState.invalidTableDefinition, `cannot alter inherited column "${retyped.name}"`);
    return undefined;
  }
  if (!parent?.partitioned) return undefined;
  const other = cmds.find((c) => !PARENT_ALTERS.has(c.subtype));
  if (other) throw unsupported(`ALTER TABLE ${String(other.subtype).replace('AT_', '')} of a partitioned table`);
  const partitionCmds = cmds.filter((c) => c.subtype === 'AT_AttachPartition' || c.subtype === 'AT_DetachPartition' || c.subtype === 'AT_DetachPartitionFinalize');
  if (!partitionCmds.length) return undefined;
  if (cmds.length > 1) throw unsupported('ALTER TABLE with ATTACH or DETACH PARTITION beside other changes');
  const cmd = partitionCmds[0]!.def.PartitionCmd;
  return partitionCmds[0]!.subtype === 'AT_AttachPartition' ? attach(schema, parent, cmd) : detach(schema, parent, cmd, partitionCmds[0]!.subtype === 'AT_DetachPartitionFinalize');
}

/** DETACH PARTITION: the view becomes a table like its parent, holding the rows of its bound. */
function detach(schema: TranslatorSchema, parent: TableInfo, cmd: Node, finalize: boolean): Step[] {
  const name = cmd.name.relname as string;
  // A detach here is whole at once: none is ever left pending for FINALIZE to complete.
  if (finalize) throw new PgError(SqlState.objectNotInPrerequisiteState, `cannot complete detaching partition "${name}"`, { detail: "There's no pending concurrent detach." });
  if (cmd.concurrent && schema.partitionsOf(parent.name).some((p) => (p.writes!.partition!.bound as Node).is_default)) {
    throw new PgError(SqlState.objectNotInPrerequisiteState, 'cannot detach partitions concurrently when a default partition exists');
  }
  const partition = schema.lookupTable(name);
  if (!partition?.writes?.partition || partition.writes.partition.parent !== parent.name) throw new PgError(SqlState.undefinedTable, `relation "${name}" is not a partition of relation "${parent.name}"`);
  if (schema.viewsReading(name).length) throw unsupported(`DETACH PARTITION of "${name}", which views read`);
  if (parent.partitioned!.partitionsForeignKeys?.length || schema.indexDefinitions(parent.name).some((i) => i.sql.endsWith(partitionIndexMarker(partition.sqlName)))) {
    throw unsupported(`DETACH PARTITION of "${name}", whose own foreign keys or indexes its parent holds`);
  }
  const rows = partitionDelete(schema, partition).sql.slice('DELETE FROM '.length);
  const like = { relation: { relname: name, inh: true, relpersistence: 'p' }, tableElts: [{ TableLikeClause: { relation: { relname: parent.name, inh: true, relpersistence: 'p' }, options: 0x7fffffff } }], oncommit: 'ONCOMMIT_NOOP' };
  const columns = parent.columns.map((c) => quoteIdent(c.name)).join(', ');
  return [
    { sql: `DROP VIEW ${quoteIdent(partition.sqlName)}`, params: [] },
    ...createTable(schema.without(name), withLikeExpanded(schema, like)),
    { sql: `INSERT INTO ${quoteIdent(name)} (${columns}) SELECT ${columns} FROM ${rows}`, params: [] },
    { sql: `DELETE FROM ${rows}`, params: [], firesNoTriggers: true },
  ];
}

/** ATTACH PARTITION: a table of the parent's columns gives its rows to the parent and becomes a view of them. */
function attach(schema: TranslatorSchema, parent: TableInfo, cmd: Node): Step[] {
  const name = cmd.name.relname as string;
  const table = schema.lookupTable(name);
  if (!table) throw new PgError(SqlState.undefinedTable, `relation "${name}" does not exist`);
  if (table.writes?.partition) throw new PgError(SqlState.wrongObjectType, `"${name}" is already a partition`);
  if (table.view || table.temp || table.partitioned || table.matview) throw unsupported(`ATTACH PARTITION of "${name}", which is not a plain table`);
  if (schema.viewsReading(name).length || schema.referencingTables(name).length || schema.triggersOf(table.sqlName).length) {
    throw unsupported(`ATTACH PARTITION of "${name}", which views, other tables' foreign keys or triggers use`);
  }
  for (const c of table.columns) {
    const p = parent.column(c.name);
    if (!p) throw new PgError(SqlState.datatypeMismatch, `table "${name}" contains column "${c.name}" not found in parent "${parent.name}"`, { detail: 'The new partition may contain only the columns present in parent.' });
    if (p.type.oid !== c.type.oid || p.type.typmod !== c.type.typmod) throw new PgError(SqlState.datatypeMismatch, `child table "${name}" has different type for column "${c.name}"`);
  }
  const missing = parent.columns.find((c) => !table.column(c.name));
  if (missing) throw new PgError(SqlState.datatypeMismatch, `child table is missing column "${missing.name}"`);
  const { check, create } = partitionSteps(schema, { relation: { relname: name, inh: true, relpersistence: 'p' }, inhRelations: [{ RangeVar: { relname: parent.name, inh: true, relpersistence: 'p' } }], partbound: cmd.bound }, true);
  const bound = cmd.bound as Node;
  const cond = bound.is_default ? defaultCondition(parent, schema.partitionsOf(parent.name).map((p) => p.writes!.partition!.bound as Node)) : boundCondition(parent, bound, null);
  const em = new Emitter(schema);
  em.scope = new Scope([{ name, columns: table.columns.map((c) => ({ name: c.name, type: c.type })) }], null);
  const outside = `SELECT pg_raise_if(EXISTS (SELECT 1 FROM ${quoteIdent(table.sqlName)} WHERE NOT coalesce(${em.expr(cond)}, 0)), '${SqlState.checkViolation}', ${quoteString(`partition constraint of relation "${name}" is violated by some row`)})`;
  const columns = parent.columns.map((c) => quoteIdent(c.name)).join(', ');
  em.scope = new Scope([{ name: parent.name, columns: parent.columns.map((c) => ({ name: c.name, type: c.type })) }], null);
  const own = adoptOwn(schema, parent, table, bound, em.expr(cond));
  return [
    { sql: outside, params: [] },
    ...check,
    ...own.before,
    { sql: `INSERT INTO ${quoteIdent(parent.sqlName)} (${columns}) SELECT ${columns} FROM ${quoteIdent(table.sqlName)}`, params: [] },
    { sql: `DROP TABLE ${quoteIdent(table.sqlName)}`, params: [] },
    ...own.after,
    ...create,
  ];
}
