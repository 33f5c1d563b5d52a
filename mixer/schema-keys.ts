/**
 * What the mixer needs to know of the schema: for each table its columns and their types, the
 * column sets that identify a row (primary key first, then unique indexes), and the foreign keys
 * between tables. Built from the schema snapshot the writer reports (dialect/schema-snapshot.ts)
 * at startup and after every change, the same one the translator types statements from.
 */
import type { SchemaSnapshot } from '../dialect/schema-snapshot.js';
import { identityAnnotations, isSequenceTable, readSequenceOptions } from '../dialect/catalog/sequences.js';
import { readTriggerObject } from '../dialect/catalog/triggers.js';
import { readViewWritesMarker } from '../dialect/catalog/markers.js';

export interface ColumnInfo {
  name: string;
  /** The declared type as SQLite keeps it ('int4', 'numeric(10,2)', 'INTEGER'): decides how key values compare. */
  type: string;
}

/** A foreign key of `table` (columns) referencing `refTable` (refColumns); actions as SQLite spells them. */
export interface ForeignKey {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete?: string;
  onUpdate?: string;
}

export interface TableKeys {
  /** Column sets that identify a row: the primary key first, then unique keys. */
  keys: string[][];
  /**
   * All columns in declared order, with their types. Without them, INSERT without a column list
   * gets a table key and key values are compared by a type-agnostic form that gives up on values
   * that may be dates, times or other typed literals.
   */
  columns?: ColumnInfo[];
  /** This table's foreign keys: a write here reads the referenced rows. Must be given when foreign keys exist. */
  foreignKeys?: ForeignKey[];
  /** Other tables' foreign keys that reference this table: a delete or key update here reaches them. */
  referencedBy?: ForeignKey[];
  /** Serial and identity columns: an INSERT that leaves one out (or gives DEFAULT) draws a value no row has yet. */
  drawn?: string[];
  /** The tables a write here writes and reads through its triggers' statements (catalog/triggers.ts). */
  triggerWrites?: string[];
  triggerReads?: string[];
  /**
   * Unique indexes whose rows `keys` cannot tell: over an expression (`lower(email)`: no key set
   * here, an INSERT's values cannot pin it), over a generated column, or with a WHERE clause (which
   * rows it holds depends on other columns). An INSERT's success then depends on more than rows
   * sharing its key values, and an UPDATE of any column may change a key.
   */
  hiddenUniqueness?: 'expression' | 'derived';
  /** An EXCLUDE constraint: whether a write succeeds depends on the table's other rows. */
  exclusion?: boolean;
  /**
   * A partition: the partitioned table whose rows it shows (a view of it, translate/partitions.ts).
   * Its keys are the parent's, on the parent's rows, so that a partition and its parent always meet.
   */
  partitionOf?: string;
}

export interface SchemaInfo {
  /** undefined for a name that is not a table (views, unknown names): reads of it get {r, '*'}. */
  table(name: string): TableKeys | undefined;
  /** Change it whenever the schema changes if the object is reused: analyses are cached per (SchemaInfo, version). */
  version?: number;
}

type Table = TableKeys & { columns: ColumnInfo[]; foreignKeys: ForeignKey[]; referencedBy: ForeignKey[]; drawn: string[]; triggerWrites: string[]; triggerReads: string[] };

/** The mixer's view of one snapshot; a schema change makes a new one, so it needs no version. */
export class SchemaKeys implements SchemaInfo {
  private readonly tables = new Map<string, Table>();

  constructor(snapshot: SchemaSnapshot) {
    const table = (name: string) => {
      let t = this.tables.get(name);
      if (!t) this.tables.set(name, (t = { keys: [], columns: [], foreignKeys: [], referencedBy: [], drawn: [], triggerWrites: [], triggerReads: [] }));
      return t;
    };
    // Temporary tables belong to one connection and views identify no rows: neither takes keys.
    // Tables, and each table's unique indexes after its primary key, in name order: an analysis
    // takes the first key set a statement pins, and keys reached through foreign keys come out in
    // this order, so neither may depend on the order objects were created in.
    const relations = snapshot.relations.filter((r) => !r.view && !r.temp).sort((a, b) => compare(a.name, b.name));
    // A column draws from a sequence when the translator's would (translate/schema.ts): annotated, and owned by one.
    const owned = new Set<string>();
    for (const r of relations) if (isSequenceTable(r.name)) owned.add(readSequenceOptions(r.sql).owned ?? '');
    for (const r of relations) {
      const t = table(r.name);
      for (const c of r.columns) if (!c.generated) t.columns.push({ name: c.name, type: c.declType });
      for (const c of identityAnnotations(r.sql).keys()) if (owned.has(`${r.name}.${c}`)) t.drawn.push(c);
      if (r.primaryKey.length) t.keys.push(r.primaryKey);
      const unique = r.uniqueKeys.filter((u) => u.origin !== 'pk').sort((a, b) => compare(a.index, b.index));
      const generated = new Set(r.columns.filter((c) => c.generated).map((c) => c.name));
      for (const u of unique) {
        // pragma_index_info names no column for an expression.
        if (u.columns.some((c) => c === null)) {
          t.hiddenUniqueness = 'expression';
          continue;
        }
        if (t.hiddenUniqueness === undefined && (u.partial || u.columns.some((c) => generated.has(c)))) t.hiddenUniqueness = 'derived';
        t.keys.push(u.columns);
      }
    }
    for (const e of snapshot.exclusions ?? []) {
      const t = this.tables.get(e.table);
      if (t) t.exclusion = true;
    }
    for (const o of snapshot.triggers ?? []) {
      const d = readTriggerObject(o.table, o.sql);
      const t = d && this.tables.get(o.table);
      if (!d || !t) continue;
      t.triggerWrites = [...new Set([...t.triggerWrites, ...d.writes])].sort(compare);
      t.triggerReads = [...new Set([...t.triggerReads, ...d.reads])].sort(compare);
    }
    for (const r of relations) {
      for (const k of r.foreignKeys) {
        // A reference without columns names the parent's primary key.
        const parentKey = table(k.table).keys[0];
        const fk: ForeignKey = { table: r.name, columns: k.from, refTable: k.table, refColumns: k.from.map((from, i) => k.to[i] ?? parentKey?.[i] ?? from), onUpdate: k.onUpdate, onDelete: k.onDelete };
        table(r.name).foreignKeys.push(fk);
        table(k.table).referencedBy.push(fk);
      }
    }
    for (const r of snapshot.relations) {
      const parent = r.view && !r.temp ? readViewWritesMarker(r.sql)?.partition?.parent : undefined;
      const keys = parent === undefined ? undefined : this.tables.get(parent);
      if (keys) this.tables.set(r.name, { ...keys, partitionOf: parent });
    }
  }

  table(name: string): TableKeys | undefined {
    return this.tables.get(name);
  }
}

/** Code-unit order, as SQLite's BINARY collation sorts names. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
