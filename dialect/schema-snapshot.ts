/**
 * Reads a SQLite database's schema as plain data: the translator needs each column's PostgreSQL
 * type (kept as SQLite's declared type) to type expressions and to coerce values written to a
 * column, as PostgreSQL does. The writer sends a fresh snapshot whenever its schema changes.
 */
import type Database from 'better-sqlite3';
import { isCatalogObject, isInternalTable, isSessionTemp } from './catalog/definitions.js';
import { displayColumn, isDisplayColumn, keepsDisplay } from './catalog/numeric-display.js';
import { isTriggerObject } from './catalog/triggers.js';
import { type ExclusionDefinition, isExclusionObject, readExclusion } from './catalog/exclusions.js';

export interface SnapshotColumn {
  name: string;
  /** SQLite's declared type: the PostgreSQL type, e.g. `numeric(10,2)`, or INTEGER for a rowid key. */
  declType: string;
  notNull: boolean;
  /** The DEFAULT expression as SQLite keeps it, or null. */
  defaultSql: string | null;
  primaryKey: boolean;
  /** Computed from other columns (GENERATED ALWAYS AS): an INSERT gives it no value. */
  generated: boolean;
  /** The hidden column that keeps an unconstrained numeric's display texts (catalog/numeric-display.ts). */
  display?: string;
}

export interface SnapshotForeignKey {
  /** The referenced table. */
  table: string;
  from: string[];
  /** Empty when the reference names no columns: then it means the referenced table's primary key. */
  to: string[];
  /** The actions as SQLite spells them ('NO ACTION', 'CASCADE', ...). */
  onUpdate: string;
  onDelete: string;
}

export interface SnapshotRelation {
  name: string;
  view: boolean;
  temp: boolean;
  /** The CREATE statement SQLite keeps (it carries evsql's annotations on identity columns). */
  sql: string;
  columns: SnapshotColumn[];
  /** The primary key's columns in key order; empty without one. */
  primaryKey: string[];
  foreignKeys: SnapshotForeignKey[];
  /** Unique indexes, SQLite's own for PRIMARY KEY/UNIQUE included ('pk', 'u') and CREATE UNIQUE INDEX ('c'). */
  uniqueKeys: SnapshotUniqueKey[];
}

export interface SnapshotUniqueKey {
  index: string;
  origin: string;
  columns: string[];
  /** A unique index with a WHERE clause. */
  partial?: boolean;
}

export interface SnapshotIndex {
  name: string;
  table: string;
  /** Null for the indexes SQLite makes itself for PRIMARY KEY and UNIQUE. */
  sql: string | null;
}

export interface SchemaSnapshot {
  relations: SnapshotRelation[];
  indexes: SnapshotIndex[];
  /** The SQLite triggers that keep CREATE TRIGGER's triggers (catalog/triggers.ts). */
  triggers?: SnapshotTrigger[];
  /** EXCLUDE constraints, with the table SQLite keeps their triggers with (catalog/exclusions.ts). */
  exclusions?: Array<{ table: string; definition: ExclusionDefinition }>;
}

export interface SnapshotTrigger {
  name: string;
  table: string;
  sql: string;
}

/** A row of sqlite_schema. */
export interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

interface ColumnRow {
  name: string;
  hidden: number | bigint;
  type: string;
  notnull: number | bigint;
  dflt_value: string | null;
  pk: number | bigint;
}

interface ForeignKeyRow {
  id: number | bigint;
  table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

/**
 * What the last snapshot read of each main table, by its definition and its indexes' (all a
 * table's columns, keys and unique indexes follow from): a schema change then reads again only
 * the tables it changed, not every table of a big schema. Views and temporary tables are read
 * every time (a view's column types follow from the tables it reads).
 */
export interface SnapshotCache {
  tables: Map<string, SnapshotRelation>;
}

export function readSchema(db: Database.Database, cache: SnapshotCache = { tables: new Map() }): SchemaSnapshot {
  const relations: SnapshotRelation[] = [];
  const indexes: SnapshotIndex[] = [];
  const triggers: SnapshotTrigger[] = [];
  const exclusions = new Map<string, { table: string; definition: ExclusionDefinition }>();
  const read = pragmas(db);
  const cached = new Map<string, SnapshotRelation>();
  for (const schema of ['main', 'temp'] as const) {
    const rows = db.prepare(`SELECT type, name, tbl_name, sql FROM ${schema}.sqlite_schema ORDER BY rowid`).all() as SchemaRow[];
    const indexesOf = new Map<string, string[]>();
    for (const r of rows) if (r.type === 'index') indexesOf.set(r.tbl_name, [...(indexesOf.get(r.tbl_name) ?? []), r.name, r.sql ?? '']);
    for (const r of rows) {
      if (r.type === 'trigger' && isExclusionObject(r.name)) {
        const definition = readExclusion(r.sql ?? '');
        if (definition) exclusions.set(definition.name, { table: r.tbl_name, definition });
        continue;
      }
      // The temp schema also holds the catalog's tables (dialect/runtime/catalog/), which are not the
      // user's, and evsql's own objects are no part of it either; sessions' temporary tables are
      // (TranslatorSchema.forSession tells whose).
      const sessionTemp = schema === 'temp' && isSessionTemp(r.tbl_name);
      if (!sessionTemp && (isCatalogObject(r.name) || isInternalTable(r.name) || isInternalTable(r.tbl_name))) continue;
      if (r.type === 'index') {
        indexes.push({ name: r.name, table: r.tbl_name, sql: r.sql });
        continue;
      }
      if (r.type === 'trigger' && schema === 'main' && isTriggerObject(r.name)) {
        triggers.push({ name: r.name, table: r.tbl_name, sql: r.sql ?? '' });
        continue;
      }
      if (r.type !== 'table' && r.type !== 'view') continue;
      const key = schema === 'main' && r.type === 'table' ? JSON.stringify([r.name, r.sql, indexesOf.get(r.name) ?? []]) : undefined;
      const relation = (key !== undefined && cache.tables.get(key)) || readRelation(read, r, schema);
      if (key !== undefined) cached.set(key, relation);
      relations.push(relation);
    }
  }
  cache.tables = cached;
  return { relations, indexes, ...(triggers.length ? { triggers } : {}), ...(exclusions.size ? { exclusions: [...exclusions.values()] } : {}) };
}

/** The pragmas one snapshot runs per relation, prepared once for all of them. */
function pragmas(db: Database.Database) {
  return {
    columns: db.prepare('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?, ?)'),
    foreignKeys: db.prepare('SELECT id, "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?, ?) ORDER BY id, seq'),
    uniqueIndexes: db.prepare('SELECT name, origin, partial FROM pragma_index_list(?, ?) WHERE "unique" = 1 ORDER BY seq'),
    indexColumns: db.prepare('SELECT name FROM pragma_index_info(?, ?) ORDER BY seqno').pluck(),
  };
}

type Pragmas = ReturnType<typeof pragmas>;

function readRelation(read: Pragmas, r: SchemaRow, schema: 'main' | 'temp'): SnapshotRelation {
  const all = columnRows(read, r.name, schema);
  const hidden = new Set(all.filter((c) => isDisplayColumn(c.name)).map((c) => c.name));
  const rows = all.filter((c) => !hidden.has(c.name));
  const columns = rows.map((c): SnapshotColumn => ({
    name: c.name,
    declType: c.type,
    notNull: Number(c.notnull) !== 0,
    defaultSql: c.dflt_value,
    primaryKey: Number(c.pk) !== 0,
    generated: Number(c.hidden) !== 0,
    // A view's carried by its query (whose column SQLite may type otherwise) is the view's all the same.
    ...((keepsDisplay(c.type) || r.type === 'view') && hidden.has(displayColumn(c.name)) ? { display: displayColumn(c.name) } : {}),
  }));
  const primaryKey = rows.filter((c) => Number(c.pk) !== 0).sort((a, b) => Number(a.pk) - Number(b.pk)).map((c) => c.name);
  const fkRows = r.type === 'table' ? (read.foreignKeys.all(r.name, schema) as ForeignKeyRow[]) : [];
  const foreignKeys = new Map<number, SnapshotForeignKey>();
  for (const fk of fkRows) {
    const id = Number(fk.id);
    let entry = foreignKeys.get(id);
    if (!entry) foreignKeys.set(id, (entry = { table: fk.table, from: [], to: [], onUpdate: fk.on_update, onDelete: fk.on_delete }));
    entry.from.push(fk.from);
    if (fk.to !== null) entry.to.push(fk.to);
  }
  const uniqueKeys = r.type === 'table' ? readUniqueKeys(read, r.name, schema) : [];
  return { name: r.name, view: r.type === 'view', temp: schema === 'temp', sql: r.sql ?? '', columns, primaryKey, foreignKeys: [...foreignKeys.values()], uniqueKeys };
}

function readUniqueKeys(read: Pragmas, table: string, schema: string): SnapshotUniqueKey[] {
  const indexes = read.uniqueIndexes.all(table, schema) as Array<{ name: string; origin: string; partial: number | bigint }>;
  return indexes.map((i) => ({
    index: i.name,
    origin: i.origin,
    ...(Number(i.partial) ? { partial: true } : {}),
    columns: read.indexColumns.all(i.name, schema) as string[],
  }));
}

function columnRows(read: Pragmas, name: string, schema: string): ColumnRow[] {
  try {
    const rows = read.columns.all(name, schema) as ColumnRow[];
    // hidden 1 is a virtual table's hidden column; 2 and 3 are generated columns, which are real.
    return rows.filter((c) => Number(c.hidden) !== 1);
  } catch {
    // A view over a table dropped since has no columns to tell.
    return [];
  }
}

/**
 * Tells whether the schema changed since the last call: SQLite bumps schema_version on every
 * change, and a rolled-back change puts the old value back.
 */
export class SchemaWatch {
  private last: string | undefined;
  private readonly main: Database.Statement;
  private readonly temp: Database.Statement;

  constructor(db: Database.Database) {
    this.main = db.prepare('PRAGMA main.schema_version').pluck();
    this.temp = db.prepare('PRAGMA temp.schema_version').pluck();
    this.last = this.version();
  }

  private version(): string {
    return `${this.main.get()}:${this.temp.get()}`;
  }

  changed(): boolean {
    const v = this.version();
    if (v === this.last) return false;
    this.last = v;
    return true;
  }
}
