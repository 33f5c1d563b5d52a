/**
 * ALTER TABLE of a partitioned table's columns: PostgreSQL changes the parent and every partition
 * alike. The parent's one SQLite table takes the change; each partition is a view of it whose
 * annotations (column types, writable columns, PostgreSQL text) name the columns as they were, so
 * the views are dropped before the change and made again after it, of the table as it is then.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import type { Step } from '../plan.js';
import { retypedAs } from './ddl.js';
import { quoteIdent } from '../sqlite-quote.js';
import { type Node, names } from './parse.js';
import { partitionViewSteps } from './partitions.js';
import type { ColumnInfo, TableInfo, TranslatorSchema } from './schema.js';

/** The commands that change which columns the table has, or their names or types. */
const RESHAPING = new Set(['AT_AddColumn', 'AT_DropColumn', 'AT_AlterColumnType']);

/** ALTER TABLE [ONLY] of a partitioned table refused as PostgreSQL refuses it: the key's columns, and ONLY where partitions would differ from their parent. */
export function checkPartitionedAlter(schema: TranslatorSchema, parent: TableInfo, s: Node, cmds: Node[]): void {
  const key = parent.partitioned!.columns;
  // The parser leaves inh out where it is false: `ALTER TABLE ONLY`.
  const only = !s.relation.inh && schema.partitionsOf(parent.name).length > 0;
  const fail = (message: string, hint?: string) => new PgError(SqlState.invalidTableDefinition, message, hint ? { hint } : {});
  for (const c of cmds) {
    const constraint = c.subtype === 'AT_AddConstraint' ? c.def?.Constraint : undefined;
    if (constraint?.contype === 'CONSTR_PRIMARY' || constraint?.contype === 'CONSTR_UNIQUE') checkUniqueKey(parent, names(constraint.keys ?? []), constraint.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE');
    if (c.subtype === 'AT_DropColumn' && key.includes(c.name)) throw fail(`cannot drop column "${c.name}" because it is part of the partition key of relation "${parent.name}"`);
    if (c.subtype === 'AT_AlterColumnType' && key.includes(c.name)) throw fail(`cannot alter column "${c.name}" because it is part of the partition key of relation "${parent.name}"`);
    if (!only) continue;
    if (c.subtype === 'AT_AddColumn') throw fail('column must be added to child tables too');
    if (c.subtype === 'AT_DropColumn') throw fail('cannot drop column from only the partitioned table when partitions exist', 'Do not specify the ONLY keyword.');
    if (c.subtype === 'AT_AlterColumnType') throw fail(`type of inherited column "${c.name}" must be changed in child tables too`);
    if (c.subtype === 'AT_SetNotNull') throw fail('constraint must be added to child tables too', 'Do not specify the ONLY keyword.');
    if (c.subtype === 'AT_DropNotNull') throw fail('cannot remove constraint from only the partitioned table when partitions exist', 'Do not specify the ONLY keyword.');
  }
}

/** A unique index or constraint of a partitioned table holds every key column, as each partition's index can only check its own rows. */
export function checkUniqueKey(parent: TableInfo, columns: string[], kind: 'PRIMARY KEY' | 'UNIQUE'): void {
  const missing = parent.partitioned!.columns.find((k) => !columns.includes(k));
  if (missing === undefined) return;
  throw new PgError(SqlState.featureNotSupported, 'unique constraint on partitioned table must include all partitioning columns', {
    detail: `${kind} constraint on table "${parent.name}" lacks column "${missing}" which is part of the partition key.`,
  });
}

/** Whether the commands change the columns the partitions' views show. */
export function reshapesPartitions(schema: TranslatorSchema, parent: TableInfo, cmds: Node[]): boolean {
  return schema.partitionsOf(parent.name).length > 0 && cmds.some((c) => RESHAPING.has(c.subtype));
}

/** The parent as the commands leave it: its columns added, dropped or retyped in order. */
export function reshapedTable(schema: TranslatorSchema, parent: TableInfo, cmds: Node[]): TableInfo {
  let columns: ColumnInfo[] = [...parent.columns];
  for (const c of cmds) {
    if (c.subtype === 'AT_AddColumn' && c.def?.ColumnDef && !columns.some((x) => x.name === c.def.ColumnDef.colname)) {
      columns.push({ name: c.def.ColumnDef.colname, type: retypedAs(schema, c.def.ColumnDef), notNull: false, hasDefault: false, primaryKey: false, identity: null });
    }
    if (c.subtype === 'AT_DropColumn') columns = columns.filter((x) => x.name !== c.name);
    if (c.subtype === 'AT_AlterColumnType') columns = columns.map((x) => (x.name === c.name ? { ...x, type: retypedAs(schema, c.def.ColumnDef) } : x));
  }
  return withColumns(parent, columns, parent.partitioned!.columns);
}

/** The parent with a column renamed, its key's name too. */
export function renamedTable(parent: TableInfo, from: string, to: string): TableInfo {
  const rename = (n: string) => (n === from ? to : n);
  return withColumns(
    parent,
    parent.columns.map((c) => ({ ...c, name: rename(c.name) })),
    parent.partitioned!.columns.map(rename),
  );
}

function withColumns(parent: TableInfo, columns: ColumnInfo[], key: string[]): TableInfo {
  return { ...parent, columns, partitioned: { ...parent.partitioned!, columns: key }, column: (name: string) => columns.find((c) => c.name === name) };
}

/** `steps`, the parent's change, between dropping its partitions' views and making them again of `after`. */
export function remakingPartitions(schema: TranslatorSchema, parent: TableInfo, after: TableInfo, steps: Step[]): Step[] {
  const partitions = schema.partitionsOf(parent.name);
  const next = schema.withTable(after);
  const siblings = partitions.map((p) => p.writes!.partition!.bound as Node);
  const dropped = new Set(partitions.map((p) => p.sqlName));
  return [
    ...partitions.map((p) => ({ sql: `DROP VIEW ${quoteIdent(p.sqlName)}`, params: [] })),
    // The views are made again whole: edits of their annotations (a renamed column's text) have nothing left to edit.
    ...steps.filter((step) => !(step.edit && 'table' in step.edit && dropped.has(step.edit.table) && step.edit.kind === 'viewDisplay')),
    ...partitions.flatMap((p) => partitionViewSteps(next, after, p.name, p.writes!.partition!.bound as Node, siblings)),
  ];
}
