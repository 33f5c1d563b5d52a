/**
 * What the mixer needs to know of the schema: the column sets that identify a row of each table
 * (primary key and unique indexes), read from a replica after every schema change.
 */
import type { SchemaInfo, TableKeys } from '../mixer-rules/keys.js';

export class SchemaKeys implements SchemaInfo {
  private tables = new Map<string, TableKeys>();

  /** Rows of (table, key name, column, position), ordered by table, key and position; a table without keys comes with a null key. */
  load(rows: Array<[string, string | null, string | null, bigint | number]>): void {
    const byKey = new Map<string, Map<string, string[]>>();
    for (const [table, key, column] of rows) {
      let keys = byKey.get(table);
      if (!keys) byKey.set(table, (keys = new Map()));
      if (key !== null && column !== null) keys.set(key, [...(keys.get(key) ?? []), column]);
    }
    const tables = new Map<string, TableKeys>();
    for (const [table, keys] of byKey) tables.set(table, { keys: [...keys.values()] });
    this.tables = tables;
  }

  table(name: string): TableKeys | undefined {
    return this.tables.get(name);
  }
}
