/**
 * A consistent copy of a replica's committed database in a new file, for a rebuild or a backup.
 * SQLite's VACUUM INTO makes it by running each object's CREATE statement again, and SQLite keeps
 * a statement's text only up to its last token: the annotations evsql writes after a table's
 * closing parenthesis (COMMENT ON TABLE, a materialized view's query, dialect/runtime/schema-edit.ts)
 * would be lost, so the copy's schema — and its state root — would differ from the source's. The
 * copy gets the source's schema text back, as the schema edits write it. evsql_backup() copies
 * on a reader (cluster/backup.ts) and reads the text after.
 */
import Database from 'better-sqlite3';

/** A schema object's type, name and SQL text, as sqlite_schema holds them. */
export type SchemaText = [type: string, name: string, sql: string];

/** Source's schema text, for keepSchemaText. */
export const SCHEMA_TEXT_SQL = 'SELECT type, name, sql FROM main.sqlite_schema WHERE sql IS NOT NULL';

export function copyDatabase(db: Database.Database, path: string): void {
  const source = db.prepare(SCHEMA_TEXT_SQL).raw(true).all() as SchemaText[];
  db.prepare('VACUUM INTO ?').run(path);
  keepSchemaText(path, source);
}

/** Writes `source`'s text over the copy's where the copy's lacks its end, as the schema edits write it (schema_version bumped). */
export function keepSchemaText(path: string, source: readonly SchemaText[]): void {
  const copy = new Database(path);
  try {
    const now = new Map((copy.prepare(SCHEMA_TEXT_SQL).raw(true).all() as SchemaText[]).map(([type, name, sql]) => [`${type}\u0000${name}`, sql]));
    // Only text VACUUM cut off after the last token: a source read at another moment than the copy
    // (evsql_backup's) may hold a schema the copy does not, which stays the copy's.
    const lost = source.filter(([type, name, sql]) => {
      const copied = now.get(`${type}\u0000${name}`);
      return copied !== undefined && copied !== sql && sql.startsWith(copied);
    });
    if (!lost.length) return;
    const version = copy.pragma('schema_version', { simple: true }) as number | bigint;
    copy.unsafeMode(true);
    copy.pragma('writable_schema = ON');
    const write = copy.prepare('UPDATE main.sqlite_schema SET sql = ? WHERE type = ? AND name = ?');
    copy.transaction(() => {
      for (const [type, name, sql] of lost) write.run(sql, type, name);
    })();
    copy.pragma(`schema_version = ${BigInt(version) + 1n}`);
    copy.pragma('writable_schema = RESET');
  } finally {
    copy.close();
  }
}
