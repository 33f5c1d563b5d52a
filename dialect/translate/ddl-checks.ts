/**
 * What PostgreSQL refuses in DDL that SQLite would accept, checked against the schema before the
 * statement runs: a foreign key to a table that does not exist, truncating a table another table's
 * foreign key still references, a second primary key; and what a replica could
 * not apply: more columns than PostgreSQL or change capture takes, or none of SQLite's rowid names
 * left free.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { unsupported } from './unsupported.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { ROWID_NAMES, leavesRowidFree } from '../catalog/definitions.js';

const INVALID_TABLE_DEFINITION = '42P16';

function constraints(s: Node): Node[] {
  const out: Node[] = [];
  for (const e of (s.tableElts ?? []) as Node[]) {
    if (e.Constraint) out.push(e.Constraint);
    for (const c of (e.ColumnDef?.constraints ?? []) as Node[]) out.push(c.Constraint);
  }
  return out;
}

/** PostgreSQL's limit (MaxHeapAttributeNumber). */
const PG_MAX_COLUMNS = 1600;
/**
 * evsql's: change capture passes a row's values to one SQLite function call, whose arguments
 * SQLite caps at 1,000 (SQLITE_MAX_FUNCTION_ARG), two of them the table and the sign.
 */
const MAX_COLUMNS = 998;

/** A table whose columns are named `columns` can be stored and captured. */
function checkColumns(table: string, columns: string[]): void {
  if (columns.length > PG_MAX_COLUMNS) throw new PgError(SqlState.tooManyColumns, `tables can have at most ${PG_MAX_COLUMNS} columns`);
  if (columns.length > MAX_COLUMNS) throw new PgError(SqlState.tooManyColumns, `tables can have at most ${MAX_COLUMNS} columns in evsql`);
  if (!leavesRowidFree(columns)) {
    throw new PgError(SqlState.featureNotSupported, `table "${table}" cannot have columns named ${ROWID_NAMES.join(', ')} all at once in evsql`, {
      detail: 'evsql addresses rows by one of these names.',
    });
  }
}

/** CREATE TABLE: every referenced table exists (or is the table itself); the columns fit. */
export function checkCreateTable(schema: TranslatorSchema, s: Node): void {
  const self = s.relation.relname as string;
  const columns = ((s.tableElts ?? []) as Node[]).filter((e) => e.ColumnDef).map((e) => e.ColumnDef.colname as string);
  checkColumns(self, columns);
  // A key of the table's own columns: LIKE and the inherited add columns the list does not show.
  const ownColumns = !((s.tableElts ?? []) as Node[]).some((e) => e.TableLikeClause) && !s.inhRelations?.length;
  for (const c of constraints(s)) {
    const missing = ownColumns && (c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE') ? names(c.keys ?? []).find((k) => !columns.includes(k)) : undefined;
    if (missing) throw new PgError(SqlState.undefinedColumn, `column "${missing}" named in key does not exist`);
    if (c.contype !== 'CONSTR_FOREIGN') continue;
    const target = c.pktable.relname as string;
    if (target !== self && !schema.lookupTable(target)) throw new PgError(SqlState.undefinedTable, `relation "${target}" does not exist`);
  }
}

/** TRUNCATE: no table outside the statement references one of the tables (DROP: ddl.ts dropDependents). */
function checkNotReferenced(schema: TranslatorSchema, tables: string[], refuse: (table: string, by: string) => PgError): void {
  for (const t of tables) {
    const by = schema.referencingTables(t).find((r) => !tables.includes(r));
    if (!by) continue;
    throw refuse(t, by);
  }
}

export function checkTruncate(schema: TranslatorSchema, s: Node): void {
  // CASCADE truncates the referencing tables too (ddl.ts).
  if (s.behavior === 'DROP_CASCADE') return;
  const tables = (s.relations as Node[]).map((r) => r.RangeVar.relname as string);
  checkNotReferenced(schema, tables, (t, by) =>
    new PgError(SqlState.featureNotSupported, 'cannot truncate a table referenced in a foreign key constraint', {
      detail: `Table "${by}" references "${t}".`,
      hint: `Truncate table "${by}" at the same time, or use TRUNCATE ... CASCADE.`,
    }),
  );
}

/** ALTER TABLE … ADD PRIMARY KEY on a table that has one; columns added beyond the limits or constrained by what does not exist. */
export function checkAlterTable(schema: TranslatorSchema, s: Node): void {
  const table = schema.lookupTable(s.relation.relname);
  if (!table) return;
  const adds = (s.cmds as Node[]).filter((c) => c.AlterTableCmd.subtype === 'AT_AddColumn');
  for (const c of adds) {
    const name = c.AlterTableCmd.def.ColumnDef.colname as string;
    if (!c.AlterTableCmd.missing_ok && table.columns.some((col) => col.name === name)) {
      throw new PgError(SqlState.duplicateColumn, `column "${name}" of relation "${table.name}" already exists`);
    }
    // SQLite's ADD COLUMN checks neither a REFERENCES target nor a CHECK's columns.
    for (const k of (c.AlterTableCmd.def.ColumnDef.constraints ?? []) as Node[]) {
      const con = k.Constraint;
      const target = con.contype === 'CONSTR_FOREIGN' ? (con.pktable.relname as string) : undefined;
      if (target !== undefined && target !== table.name && !schema.lookupTable(target)) throw new PgError(SqlState.undefinedTable, `relation "${target}" does not exist`);
      const unknown = con.contype === 'CONSTR_CHECK' ? columnRefs(con.raw_expr).find((r) => r !== name && !table.columns.some((col) => col.name === r)) : undefined;
      if (unknown !== undefined) throw new PgError(SqlState.undefinedColumn, `column "${unknown}" does not exist`);
    }
  }
  const added = adds.map((c) => c.AlterTableCmd.def.ColumnDef.colname as string);
  if (added.length) checkColumns(table.name, [...table.columns.map((c) => c.name), ...added]);
  // A DROP CONSTRAINT of the primary key before it in the statement makes room for another.
  const primary = schema.primaryKeyOf(table.name);
  let hasPrimary = primary.length > 0;
  for (const c of s.cmds as Node[]) {
    const cmd = c.AlterTableCmd;
    const con = cmd.def?.Constraint;
    const dropped = cmd.subtype === 'AT_DropConstraint' ? (schema.keyConstraintColumns(table.name, cmd.name) ?? table.uniqueKeys.find((k) => k.index === cmd.name)?.columns) : undefined;
    if (dropped && dropped.length === primary.length && dropped.every((col) => primary.includes(col))) hasPrimary = false;
    if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_PRIMARY') {
      if (hasPrimary) throw new PgError(INVALID_TABLE_DEFINITION, `multiple primary keys for table "${table.name}" are not allowed`);
      hasPrimary = true;
    }
  }
}

/** The unqualified column names an expression reads, outside its subqueries. */
function columnRefs(n: unknown): string[] {
  if (!n || typeof n !== 'object' || (n as Node).SubLink) return [];
  if (Array.isArray(n)) return n.flatMap(columnRefs);
  const ref = (n as Node).ColumnRef;
  if (ref) return ref.fields.length === 1 && ref.fields[0].String ? [ref.fields[0].String.sval as string] : [];
  return Object.values(n).flatMap(columnRefs);
}

/** ALTER TABLE … RENAME COLUMN: the new name must leave a rowid name free. */
export function checkRenameColumn(schema: TranslatorSchema, s: Node): void {
  if (s.renameType !== 'OBJECT_COLUMN') return;
  const table = schema.lookupTable(s.relation.relname);
  if (table) checkColumns(table.name, table.columns.map((c) => (c.name === s.subname ? (s.newname as string) : c.name)));
}
