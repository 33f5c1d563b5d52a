/**
 * What PostgreSQL refuses in DDL that SQLite would accept, checked against the schema before the
 * statement runs: a foreign key to a table that does not exist, truncating a table another table's
 * foreign key still references, a second primary key; and what a replica could
 * not apply: more columns than PostgreSQL or change capture takes, or none of SQLite's rowid names
 * left free.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { matviewsReadingColumn } from './view-column-rename.js';
import { unsupported } from './unsupported.js';
import { type Node, names, parsedExpression } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { ROWID_NAMES, leavesRowidFree } from '../catalog/definitions.js';
import { splitStoredName, storedName } from '../catalog/namespaces.js';
import { OID, type PgTypeInfo, formatType, isDeclaredTypeName, typeFromDeclared } from '../../pg/types/registry.js';

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

/** PostgreSQL's system columns, whose names no column of a table may take. */
const SYSTEM_COLUMNS = new Set(['tableoid', 'cmax', 'xmax', 'cmin', 'xmin', 'ctid']);

/** A table whose columns are named `columns` can be stored and captured. */
function checkColumns(table: string, columns: string[]): void {
  // An upsert's `RETURNING (xmax = 0)` reads the system column (upsert-inserted.ts).
  const system = columns.find((c) => SYSTEM_COLUMNS.has(c));
  if (system !== undefined) throw new PgError(SqlState.duplicateColumn, `column name "${system}" conflicts with a system column name`);
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
  const generatedNames = new Set(((s.tableElts ?? []) as Node[]).filter((e) => ((e.ColumnDef?.constraints ?? []) as Node[]).some((k) => k.Constraint.contype === 'CONSTR_GENERATED')).map((e) => e.ColumnDef.colname as string));
  for (const c of constraints(s)) if (c.contype === 'CONSTR_GENERATED') checkGenerationExpression(c.raw_expr, (col) => generatedNames.has(col));
  if (constraints(s).filter((c) => c.contype === 'CONSTR_PRIMARY').length > 1) throw new PgError(INVALID_TABLE_DEFINITION, `multiple primary keys for table "${self}" are not allowed`);
  const declared = new Map(((s.tableElts ?? []) as Node[]).filter((e) => e.ColumnDef?.typeName).map((e) => [e.ColumnDef.colname as string, declaredOid(e.ColumnDef.typeName)]));
  for (const e of (s.tableElts ?? []) as Node[]) {
    for (const k of (e.ColumnDef?.constraints ?? []) as Node[]) {
      if (k.Constraint.contype === 'CONSTR_FOREIGN') checkKeyTypes(schema, k.Constraint, `${self}_${e.ColumnDef.colname}_fkey`, [e.ColumnDef.colname], declared);
    }
    if (e.Constraint?.contype === 'CONSTR_FOREIGN') checkKeyTypes(schema, e.Constraint, e.Constraint.conname ?? `${self}_${names(e.Constraint.fk_attrs).join('_')}_fkey`, names(e.Constraint.fk_attrs), declared);
  }
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

/**
 * A foreign key added to a table whose statement-level DELETE or UPDATE triggers its action would
 * have to fire (PostgreSQL fires them for a cascade's writes; evsql's run around the statement
 * only): 0A000, as the trigger made after such a key is (triggers.ts).
 */
function refuseActionOnStatementTriggers(schema: TranslatorSchema, sqlTable: string, fk: Node): void {
  // 'c' CASCADE, 'n' SET NULL, 'd' SET DEFAULT write the referencing rows; 'a' and 'r' only check.
  const writes = (action: string | undefined) => action === 'c' || action === 'n' || action === 'd';
  const fired = schema.triggersOf(sqlTable).some((t) => t.statement && ((writes(fk.fk_del_action) && t.events.includes('delete')) || (writes(fk.fk_upd_action) && t.events.includes('update'))));
  if (fired) throw unsupported('a foreign key action that writes a table with statement-level DELETE or UPDATE triggers');
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
      if (target !== undefined) refuseActionOnStatementTriggers(schema, table.sqlName, con);
      if (con.contype === 'CONSTR_GENERATED') checkGenerationExpression(con.raw_expr, (col) => table.column(col)?.generated === true);
      const unknown = con.contype === 'CONSTR_CHECK' ? columnRefs(con.raw_expr).find((r) => r !== name && !table.columns.some((col) => col.name === r)) : undefined;
      if (unknown !== undefined) throw new PgError(SqlState.undefinedColumn, `column "${unknown}" does not exist`);
    }
  }
  const added = adds.map((c) => c.AlterTableCmd.def.ColumnDef.colname as string);
  if (added.length) checkColumns(table.name, [...table.columns.map((c) => c.name), ...added]);
  const named = (s.cmds as Node[]).some((c) => c.AlterTableCmd.subtype === 'AT_AddConstraint' && c.AlterTableCmd.def?.Constraint?.conname);
  const existing = named ? schema.constraintNames(table.name) : [];
  const taken = named ? schema.takenRelationNames() : new Set<string>();
  const inSchema = (name: string) => storedName(splitStoredName(table.name, new Set(schema.schemaNames())).schema, name);
  const columnTypes = new Map(table.columns.map((c) => [c.name, c.type.oid]));
  for (const c of adds) columnTypes.set(c.AlterTableCmd.def.ColumnDef.colname, declaredOid(c.AlterTableCmd.def.ColumnDef.typeName));
  for (const c of s.cmds as Node[]) {
    const con = c.AlterTableCmd.subtype === 'AT_AddConstraint' ? c.AlterTableCmd.def?.Constraint : undefined;
    if (!con) continue;
    // A key's index takes its name among the schema's relations, which PostgreSQL makes first.
    if (con.conname && (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE') && !con.indexname && taken.has(inSchema(con.conname))) throw new PgError(SqlState.duplicateTable, `relation "${con.conname}" already exists`);
    if (con.conname && existing.includes(con.conname)) throw new PgError(SqlState.duplicateObject, `constraint "${con.conname}" for relation "${shownName(schema, table.name)}" already exists`);
    if (con.contype !== 'CONSTR_FOREIGN') continue;
    refuseActionOnStatementTriggers(schema, table.sqlName, con);
    const columns = names(con.fk_attrs);
    const unknown = columns.find((k) => !columnTypes.has(k));
    if (unknown !== undefined) throw new PgError(SqlState.undefinedColumn, `column "${unknown}" referenced in foreign key constraint does not exist`);
    checkKeyTypes(schema, con, con.conname ?? `${shownName(schema, table.name)}_${columns.join('_')}_fkey`, columns, columnTypes);
  }
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
  if (!table) return;
  if (table.column(s.subname) && s.newname !== s.subname && table.column(s.newname)) {
    throw new PgError(SqlState.duplicateColumn, `column "${s.newname}" of relation "${shownName(schema, table.name)}" already exists`);
  }
  checkColumns(table.name, table.columns.map((c) => (c.name === s.subname ? (s.newname as string) : c.name)));
}

/**
 * ALTER TABLE … DROP COLUMN: what depends on the column (a generated column reading it, another
 * table's foreign key to it) refuses the drop (2BP01), as PostgreSQL's without CASCADE; with
 * CASCADE the foreign keys go with it (ddl.ts), a generated column evsql cannot drop exactly.
 */
export function checkDropColumn(schema: TranslatorSchema, tableName: string, cmd: Node): void {
  const table = schema.lookupTable(tableName);
  const column = table?.column(cmd.name);
  if (!table || !column) return;
  const shown = shownName(schema, table.name);
  const foreignKeys = schema.foreignKeysOnColumn(tableName, cmd.name).filter((f) => f.table !== tableName);
  const dependents = [
    ...schema.generatedColumns(tableName).filter((g) => g.name !== cmd.name && readsColumn(g.expression, cmd.name)).map((g) => `column ${g.name} of table ${shown} depends on column ${cmd.name} of table ${shown}`),
    ...foreignKeys.map((f) => `constraint ${f.constraint} on table ${shownName(schema, f.table)} depends on column ${cmd.name} of table ${shown}`),
  ];
  if (dependents.length && cmd.behavior !== 'DROP_CASCADE') {
    throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop column ${cmd.name} of table ${shown} because other objects depend on it`, {
      detail: dependents.join('\n'),
      hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
    });
  }
  if (dependents.length > foreignKeys.length) throw unsupported('DROP COLUMN … CASCADE of a column a generated column depends on');
}

/**
 * ALTER COLUMN … TYPE of a column a view, a generated column or a trigger's UPDATE OF or WHEN
 * reads: refused (0A000) as PostgreSQL refuses it; SQLite would leave them reading the column as
 * it was. `type`: the type it is given.
 */
export function checkAlterColumnType(schema: TranslatorSchema, tableName: string, cmd: Node, cmds: Node[], type: PgTypeInfo & { name?: string }): void {
  const table = schema.lookupTable(tableName);
  const column = table?.column(cmd.name);
  if (!table || !column) return;
  // The default is cast to the new type as an assignment is, whatever USING says (no cast makes an
  // enum of another type's value, nor a boolean of an integer). A DROP DEFAULT of the column in the statement goes first.
  const dropped = cmds.some((c) => c.AlterTableCmd.subtype === 'AT_ColumnDefault' && c.AlterTableCmd.name === cmd.name && !c.AlterTableCmd.def);
  const enumType = type.name === undefined ? undefined : schema.lookupEnum(type.name);
  const written = enumType ? undefined : writtenDefaultType(schema, tableName, cmd.name);
  const castable = enumType ? column.type.oid === type.oid : written === undefined || assignable(written, type.oid);
  if (column.hasDefault && !dropped && !castable) {
    throw new PgError(SqlState.datatypeMismatch, `default for column "${cmd.name}" cannot be cast automatically to type ${enumType?.name ?? formatType(type.oid, -1)}`);
  }
  const view = schema.viewsReadingColumn(tableName, cmd.name)[0];
  const matview = view === undefined ? matviewsReadingColumn(schema, tableName, cmd.name)[0] : undefined;
  if (view !== undefined || matview !== undefined) {
    throw new PgError(SqlState.featureNotSupported, 'cannot alter type of a column used by a view or rule', { detail: `rule _RETURN on ${view !== undefined ? `view ${view}` : `materialized view ${matview}`} depends on column "${cmd.name}"` });
  }
  const generated = schema.generatedColumns(tableName).find((g) => g.name !== cmd.name && readsColumn(g.expression, cmd.name));
  if (generated) {
    throw new PgError(SqlState.featureNotSupported, 'cannot alter type of a column used by a generated column', { detail: `Column "${generated.name}" of table "${shownName(schema, table.name)}" depends on column "${cmd.name}".` });
  }
  checkRetypedKeys(schema, tableName, cmd.name, type.oid);
  const field = new RegExp(`\\b(?:[nN][eE][wW]|[oO][lL][dD])\\.(?:${escapeRegExp(cmd.name)}|"${escapeRegExp(cmd.name.replace(/"/g, '""'))}")(?![\\w"])`);
  const trigger = schema.triggersOf(table.sqlName).find((t) => t.columns.includes(cmd.name) || (t.when !== null && field.test(t.when)));
  if (trigger) {
    throw new PgError(SqlState.featureNotSupported, 'cannot alter type of a column used in a trigger definition', { detail: `trigger ${trigger.name} on table ${shownName(schema, table.name)} depends on column "${cmd.name}"` });
  }
}

export const STRINGS = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name]);
const NUMBERS = new Set<number>([OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8]);
const MOMENTS = new Set<number>([OID.date, OID.time, OID.timestamp, OID.timestamptz, OID.interval]);

/**
 * Whether pg_cast has an implicit or assignment cast (or I/O conversion to a string) from one
 * type to the other, which ALTER COLUMN … TYPE without USING needs: not from a string to
 * anything but a string, nor between booleans, numbers and dates/times.
 */
export function assignable(from: number, to: number): boolean {
  if (from === to || STRINGS.has(to)) return true;
  if (STRINGS.has(from)) return false;
  const kind = (oid: number) => (NUMBERS.has(oid) ? 'number' : MOMENTS.has(oid) ? 'moment' : oid === OID.bool ? 'bool' : 'other');
  const [a, b] = [kind(from), kind(to)];
  return a === 'other' || b === 'other' || a === b;
}

/** A generation expression that reads a generated column: 42P17, as PostgreSQL refuses it. */
export function checkGenerationExpression(expression: Node, generated: (column: string) => boolean): void {
  const used = columnRefs(expression).find(generated);
  if (used !== undefined) throw new PgError(SqlState.invalidObjectDefinition, `cannot use generated column "${used}" in column generation expression`);
}

/** The CHECK constraints of table `tableName` that read `column`, which PostgreSQL drops with it. */
export function checksReadingColumn(schema: TranslatorSchema, tableName: string, column: string): string[] {
  return schema.checkConstraints(tableName).flatMap((c) => (readsColumn(c.expression, column) ? [c.name] : []));
}

/** Whether an expression as the catalog prints it names `column` (bare or quoted). */
function readsColumn(expression: string, column: string): boolean {
  return new RegExp(`(^|[^\\w"])(${escapeRegExp(column)}|"${escapeRegExp(column.replace(/"/g, '""'))}")($|[^\\w"])`).test(expression);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A relation's name as PostgreSQL's messages show it: without its schema. */
function shownName(schema: TranslatorSchema, stored: string): string {
  return splitStoredName(stored, new Set(schema.schemaNames())).name;
}

/** The type OID a column definition's type name declares; 0 where evsql does not know it here. */
function declaredOid(typeName: Node | undefined): number {
  const name = typeName ? names(typeName.names ?? []).at(-1) : undefined;
  if (name === undefined || typeName?.arrayBounds?.length || !isDeclaredTypeName(name)) return 0;
  return typeFromDeclared(name).oid;
}

/** Types no implicit cast joins, by the kind of value they hold; a type not listed is not judged. */
const KEY_TYPE_KINDS = new Map<number, string>([
  [OID.text, 'string'], [OID.varchar, 'string'], [OID.bpchar, 'string'], [OID.name, 'string'],
  [OID.int2, 'number'], [OID.int4, 'number'], [OID.int8, 'number'], [OID.numeric, 'number'], [OID.float4, 'number'], [OID.float8, 'number'],
  [OID.bool, 'boolean'], [OID.uuid, 'uuid'], [OID.date, 'datetime'], [OID.timestamp, 'datetime'], [OID.timestamptz, 'datetime'],
]);

/**
 * The type of column `column`'s default as it was written, which PostgreSQL casts to the column's
 * new type (ALTER COLUMN … TYPE strips the implicit casts an earlier one added: an integer column's
 * `DEFAULT 3` made text stays the integer 3): a constant's or a cast's, as the catalog prints it;
 * undefined where that does not tell (a string constant, a function call).
 */
function writtenDefaultType(schema: TranslatorSchema, tableName: string, column: string): number | undefined {
  const text = schema.catalogTable(tableName)?.columns.find((c) => c.name === column)?.default?.plain;
  if (!text) return undefined;
  const written = parsedExpression(text);
  const constant = written.A_Const as Node | undefined;
  if (constant) return 'ival' in constant ? OID.int4 : 'fval' in constant ? OID.numeric : 'boolval' in constant ? OID.bool : undefined;
  const cast = written.TypeCast?.typeName as Node | undefined;
  return cast ? typeFromDeclared(names(cast.names).at(-1)!).oid : undefined;
}

/**
 * ALTER COLUMN … TYPE of a column a foreign key compares, on either side, with the other side's
 * column: the kinds of values no equality joins are 42804, as in ADD CONSTRAINT (checkKeyTypes).
 */
function checkRetypedKeys(schema: TranslatorSchema, tableName: string, column: string, oid: number): void {
  const kind = KEY_TYPE_KINDS.get(oid);
  if (kind === undefined) return;
  const typeOf = (table: string, c: string) => schema.lookupTable(table)?.column(c)?.type.oid ?? 0;
  // Pairs of (referencing column and its type, referenced column and its type), by constraint.
  const pairs: Array<{ name: string; from: [string, number]; to: [string, number] }> = [];
  for (const c of schema.catalogTable(tableName)?.constraints ?? []) {
    const at = c.type === 'f' ? c.columns.indexOf(column) : -1;
    if (at < 0) continue;
    const refTable = c.ref!.name;
    const to = (c.ref!.columns.length ? c.ref!.columns : schema.primaryKeyOf(refTable))[at];
    if (to !== undefined) pairs.push({ name: c.name, from: [column, oid], to: [to, typeOf(refTable, to)] });
  }
  for (const f of schema.foreignKeysOnColumn(tableName, column)) {
    const c = schema.catalogTable(f.table)?.constraints.find((x) => x.name === f.constraint);
    if (!c || f.table === tableName) continue;
    const at = (c.ref!.columns.length ? c.ref!.columns : schema.primaryKeyOf(tableName)).indexOf(column);
    if (at >= 0) pairs.push({ name: c.name, from: [c.columns[at]!, typeOf(f.table, c.columns[at]!)], to: [column, oid] });
  }
  for (const { name, from, to } of pairs) {
    const [a, b] = [KEY_TYPE_KINDS.get(from[1]), KEY_TYPE_KINDS.get(to[1])];
    if (a === undefined || b === undefined || a === b) continue;
    throw new PgError(SqlState.datatypeMismatch, `foreign key constraint "${name}" cannot be implemented`, {
      detail: `Key columns "${from[0]}" and "${to[0]}" are of incompatible types: ${formatType(from[1], -1)} and ${formatType(to[1], -1)}.`,
    });
  }
}

/**
 * A foreign key whose columns and referenced columns hold kinds of values no equality joins
 * (text and bigint): 42804, as PostgreSQL refuses it; SQLite would compare them as they are.
 */
function checkKeyTypes(schema: TranslatorSchema, con: Node, name: string, columns: string[], types: ReadonlyMap<string, number>): void {
  const target = schema.lookupTable(con.pktable.relname as string);
  if (!target) return;
  const referenced = con.pk_attrs ? names(con.pk_attrs) : schema.primaryKeyOf(target.name);
  // PostgreSQL finds the referenced key before it compares types: no unique key of those columns is 42830 (schema-edit.ts).
  if (con.pk_attrs && !schema.isUniqueKey(target.name, referenced)) return;
  columns.forEach((column, i) => {
    const ref = referenced[i] === undefined ? undefined : target.column(referenced[i]!);
    const from = types.get(column) ?? 0;
    if (!ref) return;
    const [a, b] = [KEY_TYPE_KINDS.get(from), KEY_TYPE_KINDS.get(ref.type.oid)];
    if (a === undefined || b === undefined || a === b) return;
    throw new PgError(SqlState.datatypeMismatch, `foreign key constraint "${name}" cannot be implemented`, {
      detail: `Key columns "${column}" and "${ref.name}" are of incompatible types: ${formatType(from, -1)} and ${formatType(ref.type.oid, -1)}.`,
    });
  });
}
