/**
 * ALTER TABLE changes SQLite cannot make itself but that leave every stored row as it is: adding
 * or dropping a FOREIGN KEY or CHECK constraint; a column's NOT NULL, DEFAULT or declared type
 * (ALTER COLUMN … TYPE converts the values with an UPDATE after the edit). SQLite documents editing the table's CREATE TABLE
 * text in sqlite_schema for changes of this kind (https://www.sqlite.org/lang_altertable.html,
 * "Making Other Kinds Of Table Schema Changes"). Unlike copying the table into a new one, the edit
 * keeps rowids, indexes and triggers, and never fires the ON DELETE actions of tables that
 * reference this one. It runs inside the statement's transaction, so a failure takes it back.
 * Existing rows are checked against a new constraint before the statement completes, as
 * PostgreSQL checks them.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../../pg/errors.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { INITIALLY_DEFERRED_MARKER, NOT_VALID_MARKER, commentMarker, displayMarker, indexIncludeMarker, readDisplayMarker, readIndexIncludeMarker, withMatviewMarker, withPartitionedMarker, withoutCommentMarkers } from '../catalog/markers.js';
import { withDroppedColumns } from '../catalog/dropped-columns.js';
import { quoteIdentifier } from '../../pg/ident.js';
import { quoteIdent } from '../sqlite-quote.js';
import { INTERNAL_PREFIX, ROWID_NAMES, SESSION_TEMP_PREFIXES, isSessionTemp } from '../catalog/definitions.js';
import { type Constraint, buildModel, tableAloneModel } from './catalog/model.js';
import { isSchemaView, schemaOfView } from '../catalog/namespaces.js';
import { DOMAIN_DEFAULT_MARKER } from '../catalog/domains.js';
import { parseCreateTable } from './catalog/sqlite-ddl.js';
import { type RelationAcl, withAclMarker } from '../catalog/roles.js';
import type { CommentRename } from '../catalog/comments.js';
import { keepComments } from './comment-keeping.js';
import { withTriggerDefinition } from '../catalog/triggers.js';

/** Plain data, built by the translator (dialect/translate/schema-edit.ts) and carried in a Step. */
export type SchemaEdit =
  | {
      kind: 'addConstraint';
      table: string;
      name: string;
      /** The table constraint as SQLite text: `CONSTRAINT "name" FOREIGN KEY (…) REFERENCES …`. */
      definition: string;
      /** Check the rows already there (false for NOT VALID). */
      validate: boolean;
      foreignKey?: { columns: string[]; refTable: string; refColumns: string[] | null };
      /** The CHECK expression as SQLite text. */
      check?: string;
      /** The name is PostgreSQL's choice, not the statement's: when taken, the next free one (`t_a_check1`), as ChooseConstraintName. */
      chosen?: boolean;
      /** What a row breaking the check is told, other than a table constraint's message (a domain's: ALTER DOMAIN … ADD CONSTRAINT), and its SQLSTATE other than 23514. */
      violation?: string;
      violationCode?: string;
    }
  | { kind: 'dropConstraint'; table: string; name: string; missingOk: boolean }
  /**
   * ALTER COLUMN: SET/DROP NOT NULL (`notNull`), SET/DROP DEFAULT (`defaultClause`: SQLite text
   * `DEFAULT (…) /* evsql-pg: … *\/`, null to drop), TYPE (`type`: the new declared type).
   */
  | { kind: 'alterColumn'; table: string; column: string; notNull?: boolean; defaultClause?: string | null; type?: string; dropExpression?: true }
  /**
   * ADD COLUMN that SQLite's own does not take (a STORED generated column, a default that is an
   * expression, a foreign key with a default): the table made again with it, `definition` as SQLite text. `column`: the
   * column, when the rows are then checked against its CHECK and FOREIGN KEY constraints (which
   * the copy of the rows skips), as PostgreSQL checks them over the existing rows.
   */
  | { kind: 'addColumn'; table: string; definition: string; column?: string }
  /** Before SQLite drops a column: its attnum and type, which the catalog keeps (catalog/dropped-columns.ts). */
  | { kind: 'dropColumn'; table: string; column: string }
  /** COMMENT ON TABLE / COLUMN: an annotation the catalog reads (dialect/catalog/markers.ts); null removes it. */
  | { kind: 'comment'; table: string; column: string | null; text: string | null }
  /**
   * After RENAME COLUMN (which SQLite applies to the SQL of the table and its indexes, but not to
   * the annotations beside it): the PostgreSQL texts of its defaults, checks, generated columns,
   * index expressions and predicates name the column by its new name.
   */
  | { kind: 'renameInDisplays'; table: string; from: string; to: string }
  /** ALTER INDEX … RENAME TO: SQLite has none, so the index is made again under the new name. */
  | { kind: 'renameIndex'; table: string; from: string; to: string }
  /** ALTER TABLE … RENAME CONSTRAINT: the name written into the table's definition, or its index renamed. */
  | { kind: 'renameConstraint'; table: string; from: string; to: string }
  /**
   * ALTER TABLE … RENAME TO: the names its unnamed constraints have now (chosen from the old name,
   * which PostgreSQL keeps) written into it, then the rename, in one step: one saved schema undoes both.
   */
  | { kind: 'renameTable'; table: string; to: string }
  /** ALTER VIEW … RENAME TO: its row in sqlite_schema renamed (a view has no b-tree). */
  | { kind: 'renameView'; table: string; to: string }
  /** Before RENAME COLUMN: the names its unnamed constraints have now (chosen from the old column name, which PostgreSQL keeps) written into the table. */
  | { kind: 'nameConstraints'; table: string }
  /** A view's PostgreSQL text (its last annotation) replaced: RENAME COLUMN of a table it reads. */
  | { kind: 'viewDisplay'; table: string; marker: string }
  /** ALTER TABLE … ALTER CONSTRAINT of a foreign key: its deferral written anew (`deferred` implies deferrable). */
  | { kind: 'alterConstraint'; table: string; name: string; deferrable: boolean; deferred: boolean }
  /** ALTER TABLE … VALIDATE CONSTRAINT: the rows checked against a CHECK or FOREIGN KEY constraint added NOT VALID. */
  | { kind: 'validateConstraint'; table: string; name: string }
  /** REFRESH MATERIALIZED VIEW: its annotation (populated or not) replaced. */
  | { kind: 'matview'; table: string; marker: string }
  /** CREATE TEMP TABLE … ON COMMIT: its annotation (dialect/catalog/markers.ts) after the table's definitions. */
  | { kind: 'onCommit'; table: string; marker: string }
  | { kind: 'partitioned'; table: string; marker: string }
  /** GRANT, REVOKE, OWNER TO: a relation's owner and ACL annotation replaced (dialect/catalog/roles.ts). */
  | { kind: 'acl'; table: string; view: boolean; acl: RelationAcl }
  /** After DDL in a schema with comments kept apart from their objects: those moved by `rename`, those of objects gone dropped (comment-keeping.ts). */
  | { kind: 'keepComments'; rename?: CommentRename };

export function applySchemaEdit(db: Database.Database, edit: SchemaEdit): void {
  if (edit.kind === 'keepComments') {
    keepComments(db, edit.rename);
    return;
  }
  if (edit.kind === 'renameIndex') {
    renameIndex(db, edit.table, edit.from, edit.to);
    return;
  }
  if (edit.kind === 'acl') {
    const type = edit.view ? 'view' : 'table';
    const sql = db.prepare(`SELECT sql FROM ${schemaOf(edit.table)}.sqlite_schema WHERE type = ? AND name = ?`).pluck().get(type, edit.table) as string | undefined;
    if (sql === undefined) throw new PgError(SqlState.undefinedTable, `relation "${edit.table}" does not exist`);
    writeSchemaSql(db, edit.table, type, edit.table, withAclMarker(sql, edit.acl));
    return;
  }
  if (edit.kind === 'matview') {
    writeTableSql(db, edit.table, withMatviewMarker(tableSql(db, edit.table), edit.marker));
    return;
  }
  if (edit.kind === 'dropColumn') {
    const table = tableModel(db, edit.table).model.tables.find((t) => t.stored === edit.table);
    const column = table?.columns.find((c) => c.name === edit.column);
    if (table && column) writeTableSql(db, edit.table, withDroppedColumns(tableSql(db, edit.table), [...table.dropped, { attnum: column.attnum, type: column.type.oid }]));
    return;
  }
  if (edit.kind === 'onCommit') {
    writeTableSql(db, edit.table, tableSql(db, edit.table) + edit.marker);
    return;
  }
  if (edit.kind === 'partitioned') {
    writeTableSql(db, edit.table, withPartitionedMarker(tableSql(db, edit.table), edit.marker));
    return;
  }
  if (edit.kind === 'renameConstraint') {
    renameConstraint(db, edit.table, edit.from, edit.to);
    return;
  }
  if (edit.kind === 'renameView') {
    const sql = db.prepare("SELECT sql FROM main.sqlite_schema WHERE type = 'view' AND name = ?").pluck().get(edit.table) as string;
    const head = /^CREATE\s+VIEW\s+(?:"(?:[^"]|"")*"|\S+)/i.exec(sql)!;
    writeSchemaSql(db, edit.table, 'view', edit.table, `CREATE VIEW ${quoteIdent(edit.to)}${sql.slice(head[0].length)}`, edit.to);
    return;
  }
  if (edit.kind === 'viewDisplay') {
    const sql = db.prepare("SELECT sql FROM main.sqlite_schema WHERE type = 'view' AND name = ?").pluck().get(edit.table) as string;
    const at = sql.lastIndexOf('/* evsql-pg: ');
    writeSchemaSql(db, edit.table, 'view', edit.table, sql.slice(0, at).trimEnd() + edit.marker + sql.slice(sql.indexOf(' */', at) + 3));
    return;
  }
  if (edit.kind === 'validateConstraint') {
    const con = tableModel(db, edit.table).own.find((c) => c.name === edit.name);
    if (con) checkConstraint(db, edit.table, con);
    const parts = splitDefinitions(tableSql(db, edit.table));
    writeTableSql(db, edit.table, joinDefinitions({ ...parts, defs: parts.defs.map((d) => (constraintNameOf(d) === edit.name ? d.replace(NOT_VALID_MARKER, '') : d)) }));
    return;
  }
  if (edit.kind === 'alterConstraint') {
    // An unnamed key is found by the name the catalog gives it once that is written in.
    nameConstraints(db, edit.table);
    const clause = edit.deferred ? `DEFERRABLE INITIALLY IMMEDIATE${INITIALLY_DEFERRED_MARKER}` : edit.deferrable ? 'DEFERRABLE INITIALLY IMMEDIATE' : '';
    const parts = splitDefinitions(tableSql(db, edit.table));
    writeTableSql(db, edit.table, joinDefinitions({ ...parts, defs: parts.defs.map((d) => withForeignKeyDeferral(d, edit.name, clause.trim())) }));
    return;
  }
  if (edit.kind === 'nameConstraints') {
    nameConstraints(db, edit.table);
    return;
  }
  if (edit.kind === 'renameTable') {
    nameConstraints(db, edit.table);
    db.exec(`ALTER TABLE ${schemaOf(edit.table)}.${quoteIdent(edit.table)} RENAME TO ${quoteIdent(edit.to)}`);
    return;
  }
  const sql = tableSql(db, edit.table);
  if (edit.kind === 'renameInDisplays') {
    const rename = (text: string) => renamedInDisplays(text, edit.from, edit.to);
    writeTableSql(db, edit.table, rename(sql));
    const indexes = db.prepare(`SELECT name, sql FROM ${schemaOf(edit.table)}.sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(edit.table) as Array<{ name: string; sql: string }>;
    for (const index of indexes) {
      const renamed = rename(index.sql);
      if (renamed !== index.sql) writeSchemaSql(db, edit.table, 'index', index.name, renamed);
    }
    const triggers = db.prepare(`SELECT name, sql FROM ${schemaOf(edit.table)}.sqlite_schema WHERE type = 'trigger' AND tbl_name = ?`).all(edit.table) as Array<{ name: string; sql: string }>;
    for (const trigger of triggers) {
      const renamed = renamedInTrigger(trigger.sql, edit.from, edit.to);
      if (renamed !== trigger.sql) writeSchemaSql(db, edit.table, 'trigger', trigger.name, renamed);
    }
    return;
  }
  // What errors call the table: a session's temporary table by its own name.
  const shown = edit.table.replace(SESSION_TEMP_PREFIXES, '');
  const parts = splitDefinitions(sql);
  if (edit.kind === 'alterColumn') {
    const at = columnDefinition(parts, edit.table, edit.column);
    if (edit.notNull && db.prepare(`SELECT 1 FROM ${quoteIdent(edit.table)} WHERE ${quoteIdent(edit.column)} IS NULL LIMIT 1`).get()) {
      throw new PgError(SqlState.notNullViolation, `column "${edit.column}" of relation "${shown}" contains null values`, { table: shown, column: edit.column });
    }
    // Rows stored before ADD COLUMN … DEFAULT lack the column and read the current default: write
    // the value into them first, or changing the default would change them.
    if (edit.defaultClause !== undefined) db.prepare(`UPDATE ${quoteIdent(edit.table)} SET ${quoteIdent(edit.column)} = ${quoteIdent(edit.column)}`).run();
    const defs = parts.defs.map((d, i) => (i === at ? alteredColumn(d, edit) : d));
    // A column that stops being SQLite's rowid (DROP IDENTITY of a key) is stored in its rows; one
    // no longer generated (DROP EXPRESSION) is stored as any other.
    if (edit.dropExpression || isRowidAlias(parts.defs[at]!) !== isRowidAlias(defs[at]!)) replaceTable(db, edit.table, joinDefinitions({ ...parts, defs }), edit.table, rowidName(db, edit.table));
    else writeTableSql(db, edit.table, joinDefinitions({ ...parts, defs }));
    return;
  }
  if (edit.kind === 'addColumn') {
    // After the columns, before the table's constraints.
    const at = parts.defs.findIndex((d) => /^(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN)$/i.test(tokens(d)[0] ?? ''));
    const defs = at < 0 ? [...parts.defs, edit.definition] : [...parts.defs.slice(0, at), edit.definition, ...parts.defs.slice(at)];
    replaceTable(db, edit.table, joinDefinitions({ ...parts, defs }), edit.table, rowidName(db, edit.table));
    if (edit.column !== undefined) for (const con of tableModel(db, edit.table).own) if (con.columns.includes(edit.column)) checkConstraint(db, edit.table, con);
    return;
  }
  if (edit.kind === 'comment') {
    const annotation = edit.text === null ? '' : commentMarker(edit.text);
    if (edit.column === null) {
      writeTableSql(db, edit.table, joinDefinitions({ ...parts, tail: withoutCommentMarkers(parts.tail) + annotation }));
      return;
    }
    const at = columnDefinition(parts, edit.table, edit.column);
    const defs = parts.defs.map((d, i) => (i === at ? withoutCommentMarkers(d) + annotation : d));
    writeTableSql(db, edit.table, joinDefinitions({ ...parts, defs }));
    return;
  }
  if (edit.kind === 'addConstraint') {
    const taken = (name: string) => parts.defs.some((d) => constraintNameOf(d) === name) || indexExists(db, name, edit.table);
    let name = edit.name;
    for (let n = 1; edit.chosen && taken(name); n++) name = `${edit.name}${n}`;
    if (taken(name)) throw new PgError(SqlState.duplicateObject, `constraint "${name}" for relation "${shown}" already exists`);
    const definition = edit.definition.replace(quoteIdent(edit.name), quoteIdent(name)) + (edit.validate ? '' : NOT_VALID_MARKER);
    if (edit.foreignKey) checkReferencedKey(db, edit.foreignKey.refTable, edit.foreignKey.refColumns);
    writeTableSql(db, edit.table, joinDefinitions({ ...parts, defs: [...parts.defs, definition] }));
    if (edit.validate && edit.foreignKey) checkForeignKey(db, edit.table, name, edit.foreignKey);
    if (edit.validate && edit.check !== undefined) checkRows(db, edit.table, shown, name, edit.check, edit.violation, edit.violationCode);
    return;
  }
  // A key CREATE TABLE declared is kept by SQLite in the table's b-tree or an automatic index: the
  // table is made again without it. Its columns stay NOT NULL, as PostgreSQL leaves them.
  const prefix = edit.table.slice(0, edit.table.length - shown.length);
  const key = tableModel(db, edit.table).own.find((c) => (c.type === 'p' || c.type === 'u') && c.source !== null && (c.name === edit.name || c.name === prefix + edit.name));
  const write = (defs: string[]) => {
    if (!key) return writeTableSql(db, edit.table, joinDefinitions({ ...parts, defs }));
    const kept = key.type === 'p' ? defs.map((d, i) => (key.columns.some((c) => i === columnDefinition({ ...parts, defs }, shown, c)) ? alteredColumn(d, { kind: 'alterColumn', table: edit.table, column: '', notNull: true }) : d)) : defs;
    replaceTable(db, edit.table, joinDefinitions({ ...parts, defs: kept }), edit.table, rowidName(db, edit.table));
  };
  const at = parts.defs.findIndex((d) => constraintNameOf(d) === edit.name);
  if (at >= 0) {
    write(parts.defs.filter((_, i) => i !== at));
    return;
  }
  // ADD CONSTRAINT … UNIQUE / PRIMARY KEY on an existing table is a unique index of that name.
  if (indexExists(db, edit.name, edit.table)) {
    db.exec(`DROP INDEX ${quoteIdent(edit.name)}`);
    return;
  }
  const unnamed = withoutUnnamedConstraint(db, parts, shown, sql, edit.name);
  if (unnamed) {
    write(unnamed);
    return;
  }
  const onColumn = parts.defs.findIndex((d) => tokens(d).some((t, i, all) => t.toUpperCase() === 'CONSTRAINT' && unquote(all[i + 1] ?? '') === edit.name));
  if (onColumn >= 0) {
    // A column's named constraint (as RENAME CONSTRAINT names one): the clause and its name go.
    const pieces = tokens(parts.defs[onColumn]!, true);
    const at = pieces.findIndex((t, i) => t.toUpperCase() === 'CONSTRAINT' && unquote(pieces[i + 1] ?? '') === edit.name);
    const def = [...pieces.slice(0, at), withoutColumnConstraint(pieces.slice(at + 2).join(' '), pieces[at + 2]!.toUpperCase() as ClauseWord)].join(' ');
    write(parts.defs.map((d, i) => (i === onColumn ? def : d)));
    return;
  }
  if (!edit.missingOk) throw new PgError(SqlState.undefinedObject, `constraint "${edit.name}" of relation "${shown}" does not exist`);
}

/**
 * The definitions without the constraint CREATE TABLE declared unnamed and PostgreSQL calls
 * `name` (`t_col_fkey`, `t_col_check`, `t_pkey`: ORMs drop them by that name), or null when there
 * is none.
 */
function withoutUnnamedConstraint(db: Database.Database, parts: Definitions, table: string, sql: string, name: string): string[] | null {
  const model = tableAloneModel({ name: table, sql, temp: false }, schemaNames(db));
  const source = model.tables[0]?.constraints.find((c) => c.name === name)?.source;
  if (!source || source.name !== null) return null;
  if (source.column === null) {
    const same = (d: string) => {
      if (!/^(PRIMARY|UNIQUE|FOREIGN|CHECK)\b/i.test(d)) return false;
      const c = parseCreateTable(table, `CREATE TABLE t (${d})`).constraints[0];
      return c !== undefined && JSON.stringify({ ...c, checkDisplay: null }) === JSON.stringify({ ...source, checkDisplay: null });
    };
    const at = parts.defs.findIndex(same);
    return at < 0 ? null : parts.defs.filter((_, i) => i !== at);
  }
  const at = columnDefinition(parts, table, source.column);
  return parts.defs.map((d, i) => (i === at ? withoutColumnConstraint(d, CONSTRAINT_CLAUSE[source.type]) : d));
}

type ClauseWord = (typeof CONSTRAINT_CLAUSE)[keyof typeof CONSTRAINT_CLAUSE];

/** A column definition without its first PRIMARY KEY, UNIQUE, REFERENCES … or CHECK (…) clause (and the annotation that follows a CHECK). */
function withoutColumnConstraint(def: string, word: ClauseWord): string {
  const pieces = tokens(def, true);
  const start = pieces.findIndex((p) => p.toUpperCase() === word);
  let end = start + (word === 'UNIQUE' ? 1 : 2);
  const at = (i: number) => pieces[i]?.toUpperCase();
  if (word === 'PRIMARY') {
    while (/^(ASC|DESC|AUTOINCREMENT)$/.test(at(end) ?? '')) end++;
  } else if (word === 'CHECK') {
    if (pieces[end]?.startsWith('/*')) end++;
  } else if (word === 'REFERENCES') {
    if (pieces[end]?.startsWith('(')) end++;
    for (;;) {
      if (at(end) === 'ON') end += at(end + 2) === 'SET' || at(end + 2) === 'NO' ? 4 : 3;
      else if (at(end) === 'MATCH') end += 2;
      else if (at(end) === 'DEFERRABLE' || (at(end) === 'NOT' && at(end + 1) === 'DEFERRABLE')) end += at(end) === 'NOT' ? 2 : 1;
      else if (at(end) === 'INITIALLY') end += 2;
      else break;
    }
  }
  return [...pieces.slice(0, start), ...pieces.slice(end)].join(' ');
}

/**
 * Definition `def` with the deferral of its foreign key `name` (`DEFERRABLE INITIALLY …` and the
 * annotation of a deferred one, after the REFERENCES clause's actions) replaced by `clause`, which
 * may be empty; a definition without that constraint comes back as it was.
 */
function withForeignKeyDeferral(def: string, name: string, clause: string): string {
  const pieces = tokens(def, true);
  const named = pieces.findIndex((p, i) => p.toUpperCase() === 'CONSTRAINT' && unquote(pieces[i + 1] ?? '') === name);
  const start = named < 0 ? -1 : pieces.findIndex((p, i) => i > named && p.toUpperCase() === 'REFERENCES');
  if (start < 0) return def;
  const at = (i: number) => pieces[i]?.toUpperCase();
  let end = start + 2;
  if (pieces[end]?.startsWith('(')) end++;
  for (;;) {
    if (at(end) === 'ON') end += at(end + 2) === 'SET' || at(end + 2) === 'NO' ? 4 : 3;
    else if (at(end) === 'MATCH') end += 2;
    else break;
  }
  let after = end;
  for (;;) {
    if (at(after) === 'DEFERRABLE' || pieces[after] === INITIALLY_DEFERRED_MARKER.trim()) after++;
    else if (at(after) === 'NOT' && at(after + 1) === 'DEFERRABLE') after += 2;
    else if (at(after) === 'INITIALLY') after += 2;
    else break;
  }
  return [...pieces.slice(0, end), ...(clause ? [clause] : []), ...pieces.slice(after)].join(' ');
}

/** Whether a column definition makes the column SQLite's rowid: `INTEGER PRIMARY KEY`. */
function isRowidAlias(def: string): boolean {
  const words = tokens(def).map((t) => t.toUpperCase());
  return words[1] === 'INTEGER' && words.some((w, i) => w === 'PRIMARY' && words[i + 1] === 'KEY');
}

/** Which of the table's definitions is the column's. */
function columnDefinition(parts: Definitions, table: string, column: string): number {
  const at = parts.defs.findIndex((d) => unquote(tokens(d)[0] ?? '') === column && !/^(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN)$/i.test(tokens(d)[0] ?? ''));
  if (at < 0) throw new PgError(SqlState.undefinedColumn, `column "${column}" of relation "${table}" does not exist`);
  return at;
}

/** Words that end a column's type and start its constraints. */
const CONSTRAINT_WORDS = /^(CONSTRAINT|NOT|NULL|DEFAULT|PRIMARY|UNIQUE|CHECK|REFERENCES|GENERATED|AS|COLLATE)$/i;

/** A column definition with ALTER COLUMN's change made: its pieces, annotations kept in place. */
function alteredColumn(def: string, edit: Extract<SchemaEdit, { kind: 'alterColumn' }>): string {
  let pieces = tokens(def, true);
  const isComment = (p: string | undefined) => p !== undefined && p.startsWith('/*');
  let typeEnd = 1;
  // The type's own annotations go with it: an enum's, and a serial or identity column's kind (`/* evsql: int8 identity always */`).
  const ofType = (p: string | undefined) => !isComment(p) || p!.startsWith('/* evsql-enum-type:') || p!.startsWith('/* evsql: ');
  while (typeEnd < pieces.length && !CONSTRAINT_WORDS.test(pieces[typeEnd]!) && ofType(pieces[typeEnd])) typeEnd++;
  if (edit.type !== undefined) {
    pieces = [pieces[0]!, edit.type, ...pieces.slice(typeEnd)];
    typeEnd = 2;
  }
  const notNullAt = pieces.findIndex((p, i) => p.toUpperCase() === 'NOT' && pieces[i + 1]?.toUpperCase() === 'NULL');
  if (edit.notNull === true && notNullAt < 0) pieces.splice(typeEnd, 0, 'NOT NULL');
  if (edit.notNull === false && notNullAt >= 0) pieces.splice(notNullAt, 2);
  if (edit.dropExpression) {
    // GENERATED ALWAYS AS (…) STORED, or AS (…) STORED, and the annotation of its PostgreSQL text.
    const start = pieces.findIndex((p) => /^(GENERATED|AS)$/i.test(p));
    let end = pieces.findIndex((p, i) => i > start && /^(STORED|VIRTUAL)$/i.test(p)) + 1;
    if (pieces[end]?.startsWith('/* evsql-pg:')) end++;
    pieces.splice(start, end - start);
  }
  if (edit.defaultClause !== undefined) {
    const at = pieces.findIndex((p) => p.toUpperCase() === 'DEFAULT');
    // The annotation after the expression goes with it: its PostgreSQL text, or that it is the domain's.
    if (at >= 0) pieces.splice(at, pieces[at + 2]?.startsWith('/* evsql-pg:') || pieces[at + 2] === DOMAIN_DEFAULT_MARKER ? 3 : 2);
    if (edit.defaultClause !== null) pieces.splice(typeEnd, 0, edit.defaultClause);
  }
  return pieces.join(' ');
}

/** Where `table` is stored: a session's temporary table in the connection's temp schema. */
function schemaOf(table: string): 'main' | 'temp' {
  return isSessionTemp(table) ? 'temp' : 'main';
}

function tableSql(db: Database.Database, table: string): string {
  const sql = db.prepare(`SELECT sql FROM ${schemaOf(table)}.sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(table) as string | undefined;
  if (sql === undefined) throw new PgError(SqlState.undefinedTable, `relation "${table}" does not exist`);
  return sql;
}

function indexExists(db: Database.Database, name: string, table: string): boolean {
  return db.prepare(`SELECT 1 FROM ${schemaOf(table)}.sqlite_schema WHERE type = 'index' AND name = ? AND tbl_name = ?`).get(name, table) !== undefined;
}

function writeTableSql(db: Database.Database, table: string, sql: string): void {
  writeSchemaSql(db, table, 'table', table, sql);
}

/**
 * A table made again from its saved definition (ROLLBACK of a schema change) gets that definition
 * back whole: CREATE TABLE drops what follows its last token, where the edits above keep
 * annotations (a table's COMMENT, a materialized view's query).
 */
export function restoreTableDefinition(db: Database.Database, table: string, sql: string): void {
  const stored = db.prepare(`SELECT sql FROM ${schemaOf(table)}.sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(table) as string | undefined;
  if (stored !== undefined && stored !== sql) writeTableSql(db, table, sql);
}

/** The name that addresses `table`'s rowids, quoted: the first of SQLite's names its columns leave free. */
export function rowidName(db: Database.Database, table: string): string {
  const taken = new Set(db.prepare('SELECT lower(name) FROM pragma_table_xinfo(?)').pluck().all(table) as string[]);
  const free = ROWID_NAMES.find((n) => !taken.has(n));
  if (!free) throw new Error(`table ${table} has columns named ${ROWID_NAMES.join(', ')}: its rows cannot be addressed`);
  return quoteIdent(free);
}

/** The table replaceTable fills before it takes the place of the one replaced. */
const REPLACEMENT = `${INTERNAL_PREFIX}replacement`;

/**
 * Makes `table` anew from the definition `sql` (its name and columns unchanged or not), filled
 * with the rows table `source` of its schema holds, rowids kept from its column `rowid`: for
 * changes whose storage differs (a key SQLite keeps in the table's own b-tree or an automatic
 * index), and for putting a table back at ROLLBACK. The new table is built under another name,
 * then the two swap their b-trees in sqlite_schema and the other name is dropped: dropping or
 * renaming the table itself would delete its rows first, which runs the ON DELETE actions of the
 * tables referencing it (a CASCADE would empty them), or rewrite their REFERENCES. The table's
 * own indexes and triggers stay (its rows and rowids are those the indexes hold, or the caller
 * makes them again).
 */
export function replaceTable(db: Database.Database, table: string, sql: string, source: string, rowid: string): void {
  const schema = schemaOf(table);
  const renamed = (text: string) => joinDefinitions({ ...splitDefinitions(text), head: `CREATE TABLE ${quoteIdent(REPLACEMENT)} (` });
  const old = tableSql(db, table);
  db.exec(renamed(sql).replace(/^CREATE TABLE/, `CREATE ${schema === 'temp' ? 'TEMP ' : ''}TABLE`));
  // The columns both have: one ADD COLUMN adds takes its default.
  const had = new Set(db.prepare(`SELECT name FROM pragma_table_xinfo(?, '${schema}')`).pluck().all(source) as string[]);
  const columns = (db.prepare(`SELECT name FROM pragma_table_xinfo(?, '${schema}') WHERE hidden = 0 ORDER BY cid`).pluck().all(REPLACEMENT) as string[]).filter((c) => had.has(c)).map(quoteIdent).join(', ');
  // The rows were the table's: a NOT VALID check they break stays broken, as in PostgreSQL.
  const ignoring = db.pragma('ignore_check_constraints', { simple: true });
  const deferred = db.pragma('defer_foreign_keys', { simple: true });
  db.pragma('ignore_check_constraints = ON');
  db.pragma('defer_foreign_keys = ON');
  try {
    db.exec(`INSERT INTO ${schema}.${quoteIdent(REPLACEMENT)} (${rowidName(db, REPLACEMENT)}, ${columns}) SELECT ${rowid}, ${columns} FROM ${schema}.${quoteIdent(source)}`);
  } finally {
    db.pragma(`ignore_check_constraints = ${ignoring ? 'ON' : 'OFF'}`);
    db.pragma(`defer_foreign_keys = ${deferred ? 'ON' : 'OFF'}`);
  }
  // SQLite names a key's automatic index after its table: they change tables with the b-trees,
  // written again after both tables' rows (SQLite reads an index's row after its table's).
  const automatic = db.prepare(`SELECT name, tbl_name, rootpage FROM ${schema}.sqlite_schema WHERE type = 'index' AND sql IS NULL AND tbl_name IN (?, ?)`).raw(true).all(table, REPLACEMENT) as [string, string, number][];
  const version = db.pragma(`${schema}.schema_version`, { simple: true }) as number | bigint;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    const roots = new Map(db.prepare(`SELECT name, rootpage FROM ${schema}.sqlite_schema WHERE type = 'table' AND name IN (?, ?)`).raw(true).all(table, REPLACEMENT) as [string, number][]);
    const swap = db.prepare(`UPDATE ${schema}.sqlite_schema SET rootpage = ?, sql = ? WHERE type = 'table' AND name = ?`);
    swap.run(roots.get(REPLACEMENT), sql, table);
    swap.run(roots.get(table), renamed(old), REPLACEMENT);
    db.prepare(`DELETE FROM ${schema}.sqlite_schema WHERE type = 'index' AND sql IS NULL AND tbl_name IN (?, ?)`).run(table, REPLACEMENT);
    const add = db.prepare(`INSERT INTO ${schema}.sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('index', ?, ?, ?, NULL)`);
    for (const [name, owner, root] of automatic) {
      const to = owner === table ? REPLACEMENT : table;
      add.run(`sqlite_autoindex_${to}${name.slice(`sqlite_autoindex_${owner}`.length)}`, to, root);
    }
    db.pragma(`${schema}.schema_version = ${BigInt(version) + 1n}`);
  } finally {
    db.pragma('writable_schema = RESET');
    db.unsafeMode(false);
  }
  db.exec(`DROP TABLE ${schema}.${quoteIdent(REPLACEMENT)}`);
}

/** The documented procedure: write the new text, bump schema_version, reload the schema. */
function writeSchemaSql(db: Database.Database, table: string, type: 'table' | 'index' | 'view' | 'trigger', name: string, sql: string, renamed = name): void {
  const schema = schemaOf(table);
  const version = db.pragma(`${schema}.schema_version`, { simple: true }) as number | bigint;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare(`UPDATE ${schema}.sqlite_schema SET sql = ?, name = ?, tbl_name = CASE WHEN type IN ('index', 'trigger') THEN tbl_name ELSE ? END WHERE type = ? AND name = ?`).run(sql, renamed, renamed, type, name);
    db.pragma(`${schema}.schema_version = ${BigInt(version) + 1n}`);
  } finally {
    db.pragma('writable_schema = RESET');
    db.unsafeMode(false);
  }
}

/** PostgreSQL requires the referenced columns to be the primary key or carry a unique constraint. */
function checkReferencedKey(db: Database.Database, refTable: string, refColumns: string[] | null): void {
  const info = db.prepare(`PRAGMA table_info(${quoteIdent(refTable)})`).all() as Array<{ name: string; pk: number | bigint }>;
  if (info.length === 0) throw new PgError(SqlState.undefinedTable, `relation "${refTable}" does not exist`);
  const pk = info.filter((c) => Number(c.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk)).map((c) => c.name);
  if (refColumns === null) {
    if (pk.length === 0) throw new PgError(SqlState.undefinedObject, `there is no primary key for referenced table "${refTable}"`);
    return;
  }
  const wanted = [...refColumns].sort().join('\u0000');
  const keys = [pk];
  for (const idx of db.prepare(`PRAGMA index_list(${quoteIdent(refTable)})`).all() as Array<{ name: string; unique: number | bigint; partial: number | bigint }>) {
    if (Number(idx.unique) !== 1 || Number(idx.partial) !== 0) continue;
    keys.push((db.prepare(`PRAGMA index_info(${quoteIdent(idx.name)})`).all() as Array<{ name: string | null }>).map((c) => c.name ?? ''));
  }
  if (!keys.some((k) => k.length > 0 && [...k].sort().join('\u0000') === wanted)) {
    throw new PgError('42830', `there is no unique constraint matching given keys for referenced table "${refTable}"`);
  }
}

function checkForeignKey(db: Database.Database, table: string, name: string, fk: { columns: string[]; refTable: string }): void {
  const violations = db.prepare(`PRAGMA foreign_key_check(${quoteIdent(table)})`).all() as Array<{ rowid: bigint | number | null; parent: string }>;
  const bad = violations.find((v) => v.parent === fk.refTable);
  if (!bad) return;
  let detail: string | undefined;
  if (bad.rowid !== null) {
    const values = db.prepare(`SELECT ${fk.columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(table)} WHERE rowid = ?`).raw(true).get(bad.rowid) as SqliteValue[];
    detail = `Key (${fk.columns.join(', ')})=(${values.map((v) => String(v)).join(', ')}) is not present in table "${fk.refTable}".`;
  }
  throw new PgError(SqlState.foreignKeyViolation, `insert or update on table "${table}" violates foreign key constraint "${name}"`, { detail, table, constraint: name });
}

/** The table's rows against a CHECK or FOREIGN KEY constraint (23514, 23503); other kinds are kept by their indexes. */
function checkConstraint(db: Database.Database, table: string, con: Constraint): void {
  if (con.type === 'c') checkRows(db, table, table.replace(SESSION_TEMP_PREFIXES, ''), con.name, con.checkSql!);
  if (con.type === 'f') checkForeignKey(db, table, con.name, { columns: con.columns, refTable: con.ref!.name });
}

function checkRows(db: Database.Database, table: string, shown: string, name: string, check: string, message = `check constraint "${name}" of relation "${shown}" is violated by some row`, code: string = SqlState.checkViolation): void {
  const violated = db.prepare(`SELECT 1 FROM ${quoteIdent(table)} WHERE NOT (${check}) LIMIT 1`).get();
  if (violated) throw new PgError(code, message, { table: shown, constraint: name });
}

interface Definitions {
  /** `CREATE TABLE "t" (` */
  head: string;
  defs: string[];
  /** `)` and whatever follows it (`STRICT`, `WITHOUT ROWID`). */
  tail: string;
}

/** Splits CREATE TABLE text at the commas of its outermost parentheses. */
function splitDefinitions(sql: string): Definitions {
  let depth = 0;
  let start = -1;
  let last = 0;
  const defs: string[] = [];
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    const skip = skipQuoted(sql, i);
    if (skip > i) {
      i = skip - 1;
      continue;
    }
    if (ch === '(') {
      depth++;
      if (depth === 1) start = last = i + 1;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) {
        defs.push(sql.slice(last, i).trim());
        return { head: sql.slice(0, start), defs, tail: sql.slice(i) };
      }
    } else if (ch === ',' && depth === 1) {
      defs.push(sql.slice(last, i).trim());
      last = i + 1;
    }
  }
  throw new PgError(SqlState.internalError, 'unexpected table definition in sqlite_schema');
}

function joinDefinitions(d: Definitions): string {
  return `${d.head}${d.defs.join(', ')}${d.tail}`;
}

/** The end of a quoted identifier, string or comment starting at `i`; `i` itself when none does. */
function skipQuoted(sql: string, i: number): number {
  const ch = sql[i]!;
  const close = ch === '"' ? '"' : ch === "'" ? "'" : ch === '`' ? '`' : ch === '[' ? ']' : null;
  if (close) {
    let j = i + 1;
    for (;;) {
      const k = sql.indexOf(close, j);
      if (k < 0) return sql.length;
      // A doubled quote is an escaped one (not so for brackets).
      if (close !== ']' && sql[k + 1] === close) {
        j = k + 2;
        continue;
      }
      return k + 1;
    }
  }
  if (ch === '-' && sql[i + 1] === '-') {
    const k = sql.indexOf('\n', i);
    return k < 0 ? sql.length : k + 1;
  }
  if (ch === '/' && sql[i + 1] === '*') {
    const k = sql.indexOf('*/', i + 2);
    return k < 0 ? sql.length : k + 2;
  }
  return i;
}

/** The words, quoted names and parenthesized groups of one definition, at its top level; its comments too if asked. */
function tokens(def: string, withComments = false): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < def.length) {
    const ch = def[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const skip = skipQuoted(def, i);
    if (skip > i) {
      if (withComments || (!def.startsWith('--', i) && !def.startsWith('/*', i))) out.push(def.slice(i, skip));
      i = skip;
      continue;
    }
    if (ch === '(') {
      let depth = 0;
      let j = i;
      for (; j < def.length; j++) {
        const s = skipQuoted(def, j);
        if (s > j) {
          j = s - 1;
          continue;
        }
        if (def[j] === '(') depth++;
        else if (def[j] === ')' && --depth === 0) break;
      }
      out.push(def.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    const m = /^[^\s()"'`[]+/.exec(def.slice(i))!;
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

function unquote(token: string): string {
  const q = token[0];
  if (q === '"' || q === '`') return token.slice(1, -1).replaceAll(q + q, q);
  if (q === '[') return token.slice(1, -1);
  return token;
}

/** The name of a table-level `CONSTRAINT name …` definition, else null. */
function constraintNameOf(def: string): string | null {
  const t = tokens(def);
  return t[0]?.toUpperCase() === 'CONSTRAINT' && t[1] !== undefined ? unquote(t[1]) : null;
}

const DISPLAY_MARKER = /\/\* evsql-pg: (.*?) \*\//gs;

/** `sql` with the column `from` named `to` in the PostgreSQL texts its annotations carry. */
function renamedInDisplays(sql: string, from: string, to: string): string {
  const shown = sql.replace(DISPLAY_MARKER, (marker) => {
    const display = readDisplayMarker(marker);
    if (!display) return marker;
    return displayMarker({ pretty: renamedIdentifier(display.pretty, from, to), plain: renamedIdentifier(display.plain, from, to) }).trimStart();
  });
  // An index's INCLUDE columns, which SQLite's RENAME COLUMN does not see in the annotation.
  return shown.replace(INCLUDE_MARKER, (marker) => {
    const columns = readIndexIncludeMarker(marker);
    return columns ? indexIncludeMarker(columns.map((c) => (c === from ? to : c))).trimStart() : marker;
  });
}

/**
 * A trigger's PostgreSQL definition after RENAME COLUMN of its table: its WHEN's `NEW.col` and
 * `OLD.col` and its UPDATE OF columns, which SQLite renames in the trigger's body but not in the
 * annotation that pg_get_triggerdef shows and the trigger is compiled again from.
 */
function renamedInTrigger(sql: string, from: string, to: string): string {
  const name = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bare = /^[a-z_][a-z0-9_$]*$/.test(from) ? `${name}(?![a-z0-9_$])|` : '';
  const ref = new RegExp(`'(?:[^']|'')*'|\\b(new|old)(\\s*\\.\\s*)(?:${bare}"${name.replace(/"/g, '""')}")`, 'gi');
  return withTriggerDefinition(sql, (t) => ({
    ...t,
    when: t.when === null ? null : t.when.replace(ref, (m, row: string | undefined, dot: string) => (row === undefined ? m : `${row}${dot}${quoteIdentifier(to)}`)),
    columns: t.columns.map((c) => (c === from ? to : c)),
  }));
}

const INCLUDE_MARKER = /\/\* evsql-index-include: \[.*?\] \*\//g;

/** An expression's text with the identifier `from` (bare or quoted, outside string literals) as `to`, quoted as PostgreSQL quotes it. */
function renamedIdentifier(text: string, from: string, to: string): string {
  const name = /^[a-z_][a-z0-9_$]*$/.test(from) ? `${from}(?![a-z0-9_$])` : '(?!)';
  const pattern = new RegExp(`'(?:[^']|'')*'|"((?:[^"]|"")*)"|(?<![a-z0-9_$])${name}`, 'g');
  return text.replace(pattern, (m, quoted: string | undefined) => {
    if (m.startsWith("'")) return m;
    if (quoted !== undefined) return quoted.replace(/""/g, '"') === from ? quoteIdentifier(to) : m;
    return quoteIdentifier(to);
  });
}

function renameIndex(db: Database.Database, table: string, from: string, to: string): void {
  const schema = schemaOf(table);
  const sql = db.prepare(`SELECT sql FROM ${schema}.sqlite_schema WHERE type = 'index' AND name = ?`).pluck().get(from) as string | null | undefined;
  if (sql === undefined) throw new PgError(SqlState.undefinedTable, `relation "${from}" does not exist`);
  if (db.prepare(`SELECT 1 FROM ${schema}.sqlite_schema WHERE name = ?`).get(to)) throw new PgError(SqlState.duplicateTable, `relation "${to}" already exists`);
  if (sql === null) throw new PgError(SqlState.featureNotSupported, `renaming the index of a PRIMARY KEY or UNIQUE constraint declared in CREATE TABLE is not supported by evsql`);
  const head = /^(CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?)(?:"(?:[^"]|"")*"|\S+)/i.exec(sql);
  if (!head) throw new Error(`unexpected index SQL: ${sql}`);
  db.exec(`DROP INDEX ${schema}.${quoteIdent(from)}`);
  // Unqualified, SQLite makes the index in its table's schema.
  db.exec(head[1] + quoteIdent(to) + sql.slice(head[0].length));
}

/** The clause that starts a column constraint of each kind. */
const CONSTRAINT_CLAUSE = { p: 'PRIMARY', u: 'UNIQUE', c: 'CHECK', f: 'REFERENCES' } as const;

/**
 * RENAME CONSTRAINT by the name PostgreSQL shows (the catalog model's, which chooses the default
 * names of unnamed ones): a name in the table's text is replaced, an unnamed constraint gets
 * `CONSTRAINT "to"` written before it, and a key added by ALTER TABLE (a unique index) has its
 * index renamed. A key's index carries its constraint's name, as in PostgreSQL.
 */
function renameConstraint(db: Database.Database, table: string, from: string, to: string): void {
  const shown = table.replace(SESSION_TEMP_PREFIXES, '');
  const { master, model, own } = tableModel(db, table);
  // A session's temporary table's default names carry its prefix, as the table's own name does.
  const prefix = table.slice(0, table.length - shown.length);
  const con = own.find((c) => c.name === from || c.name === prefix + from);
  if (!con) throw new PgError(SqlState.undefinedObject, `constraint "${from}" for table "${shown}" does not exist`);
  // A key's new name is its index's: PostgreSQL finds the relation taken before the constraint.
  const keyed = con.type === 'p' || con.type === 'u';
  if (keyed && (master.some((r) => r.name === to) || model.constraints.some((c) => (c.type === 'p' || c.type === 'u') && c.name === to))) {
    throw new PgError(SqlState.duplicateTable, `relation "${to}" already exists`);
  }
  if (own.some((c) => c.name === to || c.name === prefix + to)) throw new PgError(SqlState.duplicateObject, `constraint "${to}" for relation "${shown}" already exists`);
  const source = con.source;
  if (!source) {
    renameIndex(db, table, con.name, prefix + to);
    return;
  }
  writeConstraintName(db, table, source, to);
}

/** The schemas CREATE SCHEMA made (catalog/namespaces.ts). */
function schemaNames(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM main.sqlite_schema WHERE type = 'view'`).pluck().all() as string[]).filter(isSchemaView).map(schemaOfView);
}

function tableModel(db: Database.Database, table: string) {
  const schema = schemaOf(table);
  const master = (db.prepare(`SELECT type, name, tbl_name, sql FROM ${schema}.sqlite_schema`).all() as Array<{ type: string; name: string; tbl_name: string; sql: string | null }>).map((r) => ({ ...r, temp: schema === 'temp' }));
  const model = buildModel(master, () => [], new Map());
  return { master, model, own: model.tables.find((t) => t.stored === table)?.constraints ?? [] };
}

/** Each constraint of the table's definition without a name of its own gets the one the catalog gives it now. */
function nameConstraints(db: Database.Database, table: string): void {
  // A temporary table's default names carry the session's prefix, which no written name may.
  if (table !== table.replace(SESSION_TEMP_PREFIXES, '')) return;
  const done = new Set<string>();
  for (;;) {
    const con = tableModel(db, table).own.find((c) => c.source && c.source.name === null && !done.has(c.name));
    if (!con) return;
    done.add(con.name);
    writeConstraintName(db, table, con.source!, con.name);
  }
}

/** `CONSTRAINT "to"` written for the constraint `source` stands for in the table's definition. */
function writeConstraintName(db: Database.Database, table: string, source: NonNullable<ReturnType<typeof tableModel>['own'][number]['source']>, to: string): void {
  const shown = table.replace(SESSION_TEMP_PREFIXES, '');
  const parts = splitDefinitions(tableSql(db, table));
  const named = `CONSTRAINT ${quoteIdent(to)}`;
  let defs: string[];
  if (source.name !== null) {
    defs = parts.defs.map((d) => {
      const pieces = tokens(d, true);
      const at = pieces.findIndex((p, i) => p.toUpperCase() === 'CONSTRAINT' && unquote(pieces[i + 1] ?? '') === source.name);
      return at < 0 ? d : [...pieces.slice(0, at + 1), quoteIdent(to), ...pieces.slice(at + 2)].join(' ');
    });
  } else if (source.column !== null) {
    const at = columnDefinition(parts, table, source.column);
    const pieces = tokens(parts.defs[at]!, true);
    const word = CONSTRAINT_CLAUSE[source.type];
    const clause = pieces.findIndex((p, i) => p.toUpperCase() === word && pieces[i - 2]?.toUpperCase() !== 'CONSTRAINT');
    pieces.splice(clause, 0, named);
    defs = parts.defs.map((d, i) => (i === at ? pieces.join(' ') : d));
  } else {
    const same = (d: string) => {
      if (!/^(PRIMARY|UNIQUE|FOREIGN|CHECK)\b/i.test(d)) return false;
      const c = parseCreateTable(shown, `CREATE TABLE t (${d})`).constraints[0];
      return c !== undefined && JSON.stringify({ ...c, checkDisplay: null }) === JSON.stringify({ ...source, checkDisplay: null });
    };
    const at = parts.defs.findIndex(same);
    defs = parts.defs.map((d, i) => (i === at ? `${named} ${d}` : d));
  }
  writeTableSql(db, table, joinDefinitions({ ...parts, defs }));
}
