/**
 * What the mixer needs to know of the schema: for each table its columns and their types, the
 * column sets that identify a row (primary key first, then unique indexes), and the foreign keys
 * between tables. Read from a replica after every schema change.
 */
import type { ColumnInfo, ForeignKey, SchemaInfo, TableKeys } from '../mixer/keys.js';

/** The reads that feed load(), as SQL for a replica's reader. */
export const SCHEMA_QUERIES = {
  columns: `SELECT m.name, c.name, c.type FROM sqlite_schema m, pragma_table_xinfo(m.name) c
    WHERE m.type = 'table' AND c.hidden = 0 AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'evsql_%' ORDER BY m.name, c.cid`,
  keys: `SELECT m.name, '', p.name, p.pk FROM sqlite_schema m, pragma_table_info(m.name) p WHERE m.type = 'table' AND p.pk > 0
    UNION ALL
    SELECT m.name, il.name, ii.name, ii.seqno FROM sqlite_schema m, pragma_index_list(m.name) il, pragma_index_info(il.name) ii
    WHERE m.type = 'table' AND il."unique" = 1 AND il.origin <> 'pk'
    ORDER BY 1, 2, 4`,
  foreignKeys: `SELECT m.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete FROM sqlite_schema m, pragma_foreign_key_list(m.name) f
    WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq`,
};

type Row = unknown[];

export class SchemaKeys implements SchemaInfo {
  private tables = new Map<string, TableKeys>();
  /** Bumped on every load: the mixer caches analyses per schema version. */
  version = 0;

  load(columns: Row[], keys: Row[], foreignKeys: Row[]): void {
    const tables = new Map<string, TableKeys & { columns: ColumnInfo[]; foreignKeys: ForeignKey[]; referencedBy: ForeignKey[] }>();
    const table = (name: string) => {
      let t = tables.get(name);
      if (!t) tables.set(name, (t = { keys: [], columns: [], foreignKeys: [], referencedBy: [] }));
      return t;
    };
    for (const [name, column, type] of columns as [string, string, string][]) table(name).columns.push({ name: column, type });
    // The primary key comes with an empty name and sorts first, as the mixer wants it.
    const sets = new Map<string, string[]>();
    for (const [name, key, column] of keys as [string, string, string][]) {
      const id = `${name}\u0000${key}`;
      if (!sets.has(id)) {
        sets.set(id, []);
        table(name).keys.push(sets.get(id)!);
      }
      sets.get(id)!.push(column);
    }
    const fks = new Map<string, ForeignKey>();
    for (const [name, id, refTable, from, to, onUpdate, onDelete] of foreignKeys as [string, bigint, string, string, string | null, string, string][]) {
      const k = `${name}\u0000${id}`;
      let fk = fks.get(k);
      if (!fk) {
        fk = { table: name, columns: [], refTable, refColumns: [], onUpdate, onDelete };
        fks.set(k, fk);
        table(name).foreignKeys.push(fk);
        table(refTable).referencedBy.push(fk);
      }
      fk.columns.push(from);
      // A reference without columns names the parent's primary key.
      fk.refColumns.push(to ?? table(refTable).keys[0]?.[fk.columns.length - 1] ?? from);
    }
    this.tables = tables;
    this.version++;
  }

  table(name: string): TableKeys | undefined {
    return this.tables.get(name);
  }
}
