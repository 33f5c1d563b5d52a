/**
 * Change capture on a replica's writer connection: temp triggers on every table feed each row
 * image into the state hash, and, for statements of an open PostgreSQL transaction, write an undo
 * record (the old image) into "evsql.undo" in the same SQLite transaction. ROLLBACK of one
 * PostgreSQL transaction — or recovery after a crash — replays its undo records backwards.
 */
import type Database from 'better-sqlite3';
import type { SqliteValue } from '../pg/types/registry.js';
import { StateHash } from './state-hash.js';
import { INTERNAL_PREFIX, isInternalTable, isSessionTemp, sessionTempPrefixOf } from '../dialect/catalog/definitions.js';
import type { SchemaRow } from '../dialect/schema-snapshot.js';
import type { UndoRecord } from './messages.js';
import { replaceTable, restoreTableDefinition, rowidName } from '../dialect/runtime/schema-edit.js';

export { rowidName };

/** evsql's own names (dialect/catalog/definitions.ts): no client statement can name them. */
export const UNDO_TABLE = q(`${INTERNAL_PREFIX}undo`);
const SAVED_PREFIX = `${INTERNAL_PREFIX}saved.`;
/**
 * Undo records of sessions' temporary tables, in the writer's temp schema: a restart loses the
 * tables and these records together, so recovery never meets a record naming a table it lacks.
 * `at` orders them against the file's records: the newest file record when it was written.
 */
export const TEMP_UNDO_TABLE = `temp.${q(`${INTERNAL_PREFIX}temp_undo`)}`;
const TEMP_SAVED_PREFIX = `${INTERNAL_PREFIX}temp_saved.`;
const TRIGGER_PREFIX = `${INTERNAL_PREFIX}capture.`;
const TRIGGER_KINDS = ['i', 'u', 'd'] as const;
const triggerName = (kind: (typeof TRIGGER_KINDS)[number], table: string) => q(`${TRIGGER_PREFIX}${kind}.${table}`);
/**
 * The op of an undo record that changes nothing: a statement broke a deferred foreign key, so the
 * transaction's changes are checked again before it commits (deferred-keys.ts). ROLLBACK TO takes
 * it back with the records after the savepoint.
 */
export const KEY_CHECK_OP = 'F';

export function q(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function lit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** What a schema-change undo record keeps: the schema before, and where the table's rows were saved. */
interface SchemaUndo {
  schema: SchemaRow[];
  table: string | null;
  saved: string | null;
  /** Absent in the file's records (written before temporary tables had undo): main. */
  scope?: SchemaScope;
}

const MAIN: SchemaScope = { schema: 'main', prefix: '' };

/** An undo record as undo() replays it. */
interface UndoRow {
  n: bigint;
  tbl: string;
  op: string;
  rid: bigint;
  img: string | null;
}

/** Where a schema-change record's objects live: the replica's file, or the writer's temp schema (one session's temporary tables). */
interface SchemaScope {
  schema: 'main' | 'temp';
  /** For 'temp': the session's name prefix (sessionTempPrefix). */
  prefix: string;
}

/**
 * Where a temporary table's undo record stands among its transaction's records in the file: how
 * many the transaction has there (`tx`: SQL for its number). A savepoint remembers that count (undoMark).
 */
const filePosition = (tx: string) => `(SELECT count(*) FROM main.${UNDO_TABLE} WHERE tx = ${tx})`;

/** The session prefix of the temporary table a statement (evsql's emitted SQL) names, or null. */
export function sessionTempOf(sql: string, table: string | null): string | null {
  const name = table ?? /"((?:[^"]|"")+)"/.exec(sql)?.[1]?.replace(/""/g, '"');
  return name ? sessionTempPrefixOf(name) : null;
}

/** The table a DDL statement changes or drops, from evsql's own emitted SQL. */
export function ddlTable(sql: string): string | null {
  const m = /^\s*(?:ALTER\s+TABLE|DROP\s+TABLE(?:\s+IF\s+EXISTS)?)\s+(?:main\.)?"((?:[^"]|"")+)"/i.exec(sql);
  return m ? m[1]!.replace(/""/g, '"') : null;
}

/** Encodes a row image for evsql_undo: JSON with bigints and blobs tagged, so it round-trips exactly. */
export function encodeImage(values: readonly SqliteValue[]): string {
  return JSON.stringify(values.map((v) => (typeof v === 'bigint' ? { i: v.toString() } : Buffer.isBuffer(v) ? { b: v.toString('base64') } : v)));
}

export function decodeImage(text: string): SqliteValue[] {
  return (JSON.parse(text) as unknown[]).map((v) => {
    if (v && typeof v === 'object') {
      const o = v as { i?: string; b?: string };
      if (o.i !== undefined) return BigInt(o.i);
      if (o.b !== undefined) return Buffer.from(o.b, 'base64');
    }
    return v as SqliteValue;
  });
}

export class ChangeCapture {
  /** The PostgreSQL transaction of the running request, or null for autocommit. */
  currentTx: number | null = null;
  private columns = new Map<string, string[]>();
  private rowids = new Map<string, string>();
  /** Each table's CREATE statement as of the last rebuild or refresh. */
  private tableSql = new Map<string, string>();
  /**
   * The main tables whose capture triggers are in place, as far as this knows: a schema change
   * drops only its own table's, so that refresh() need make again only those (a big schema's
   * triggers all made again after each DDL statement cost most of its time).
   */
  private armed = new Set<string>();
  /** Sessions' temporary tables: undo records, no state hash (no other replica need hold them after a restart). */
  private tempTables = new Set<string>();
  /** The undo tables' statements that run at every transaction's end, prepared once (SQLite re-prepares them after schema changes). */
  private readonly undoStatements: {
    saved: Database.Statement;
    forget: Database.Statement;
    mark: Database.Statement;
    nth: Database.Statement;
    tempSaved: Database.Statement;
    tempForget: Database.Statement;
    tempAny: Database.Statement;
    keyCheck: Database.Statement;
    noteKeyCheck: Database.Statement;
  };

  constructor(
    private readonly db: Database.Database,
    readonly hash: StateHash,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS ${UNDO_TABLE} (n INTEGER PRIMARY KEY AUTOINCREMENT, tx INTEGER NOT NULL, tbl TEXT NOT NULL, op TEXT NOT NULL, rid INTEGER NOT NULL, img TEXT)`);
    db.exec(`CREATE INDEX IF NOT EXISTS ${q(`${INTERNAL_PREFIX}undo_tx`)} ON ${UNDO_TABLE} (tx, n)`);
    // Readers look up a row's undo records to show its committed version (committed-view.ts).
    db.exec(`CREATE INDEX IF NOT EXISTS ${q(`${INTERNAL_PREFIX}undo_row`)} ON ${UNDO_TABLE} (tbl, rid, n)`);
    db.exec(`CREATE TABLE IF NOT EXISTS ${TEMP_UNDO_TABLE} (n INTEGER PRIMARY KEY, tx INTEGER NOT NULL, tbl TEXT NOT NULL, op TEXT NOT NULL, rid INTEGER NOT NULL, img TEXT, at INTEGER NOT NULL)`);
    db.exec(`CREATE INDEX IF NOT EXISTS temp.${q(`${INTERNAL_PREFIX}temp_undo_tx`)} ON ${q(`${INTERNAL_PREFIX}temp_undo`)} (tx, n)`);
    this.undoStatements = {
      saved: db.prepare(`SELECT n FROM ${UNDO_TABLE} WHERE tx = ? AND op = 'S'`).pluck().safeIntegers(false),
      forget: db.prepare(`DELETE FROM ${UNDO_TABLE} WHERE tx = ?`),
      mark: db.prepare(`SELECT count(*) FROM ${UNDO_TABLE} WHERE tx = ?`).pluck().safeIntegers(false),
      nth: db.prepare(`SELECT n FROM ${UNDO_TABLE} WHERE tx = ? ORDER BY n LIMIT 1 OFFSET ?`).pluck().safeIntegers(true),
      tempSaved: db.prepare(`SELECT n FROM ${TEMP_UNDO_TABLE} WHERE tx = ? AND op = 'S'`).pluck().safeIntegers(false),
      tempForget: db.prepare(`DELETE FROM ${TEMP_UNDO_TABLE} WHERE tx = ?`),
      tempAny: db.prepare(`SELECT 1 FROM ${TEMP_UNDO_TABLE} WHERE tx = ? LIMIT 1`).pluck(),
      keyCheck: db.prepare(`SELECT 1 FROM ${UNDO_TABLE} WHERE tx = ? AND op = '${KEY_CHECK_OP}' LIMIT 1`).pluck(),
      noteKeyCheck: db.prepare(`INSERT INTO ${UNDO_TABLE} (tx, tbl, op, rid, img) VALUES (?, '', '${KEY_CHECK_OP}', 0, NULL)`),
    };
    db.function('evsql_capture', { varargs: true, deterministic: false, safeIntegers: true }, (table: unknown, sign: unknown, ...values: unknown[]) => {
      this.hash.apply(table as string, values as SqliteValue[], sign === 1n ? 1 : -1);
      return null;
    });
    db.function('evsql_tx', { deterministic: false, safeIntegers: true }, () => (this.currentTx === null ? null : BigInt(this.currentTx)));
    db.function('evsql_image', { varargs: true, deterministic: false, safeIntegers: true }, (...values: unknown[]) => encodeImage(values as SqliteValue[]));
  }

  userTables(): string[] {
    const rows = this.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return rows.filter((n) => !isInternalTable(n));
  }

  schemaText(): string {
    return this.schemaRows()
      .sort((a, b) => (a.type === b.type ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.type < b.type ? -1 : 1))
      .map((r) => `${r.type} ${r.name} ${r.sql ?? ''}`)
      .join('\n');
  }

  /**
   * Drops every capture trigger. SQLite refuses ALTER TABLE … DROP/RENAME COLUMN while a trigger
   * names the column, so schema changes run without them; rebuild() puts them back.
   */
  dropTriggers(): void {
    const temp = this.db.prepare("SELECT name FROM sqlite_temp_schema WHERE type = 'trigger' AND substr(name, 1, ?) = ?").pluck().all(TRIGGER_PREFIX.length, TRIGGER_PREFIX) as string[];
    for (const t of temp) this.db.exec(`DROP TRIGGER temp.${q(t)}`);
    this.armed.clear();
    this.columns.clear();
    this.rowids.clear();
  }

  /**
   * Before a schema change step: drops the capture triggers it could trip over, those of the
   * table it changes (`table`; 'all' where the step does not say which), and of every session's
   * temporary table (few). The other tables' stay, and keep capturing what the step writes there
   * (a foreign key's action): the state hash and the undo records see it as at any statement.
   */
  dropTriggersFor(table: string | 'all' | null): void {
    if (table === 'all') return this.dropTriggers();
    for (const t of this.tempTables) this.dropTriggersOf(t);
    // Whatever `armed` says: a failed statement's rollback puts back triggers it had dropped.
    if (table === null) return;
    this.armed.delete(table);
    this.dropTriggersOf(table);
  }

  private dropTriggersOf(table: string): void {
    for (const kind of TRIGGER_KINDS) this.db.exec(`DROP TRIGGER IF EXISTS temp.${triggerName(kind, table)}`);
    this.columns.delete(table);
    this.rowids.delete(table);
  }

  /** Puts the capture triggers back after dropTriggers(), without rehashing. */
  reinstallTriggers(): void {
    for (const table of this.tableSql.keys()) this.installTriggers(table, 'main');
    for (const table of this.tempTables) this.installTriggers(table, 'temp');
  }

  /**
   * Fault injection: changes one stored value of the first non-empty table (with or without the
   * triggers in place, as the caller chose).
   */
  alterOneRow(): void {
    for (const table of this.tableSql.keys()) {
      const col = this.tableColumns(table)[0];
      if (!col) continue;
      const changed = this.db
        .prepare(`UPDATE main.${q(table)} SET ${q(col)} = CASE typeof(${q(col)}) WHEN 'integer' THEN ${q(col)} + 1000003 WHEN 'real' THEN ${q(col)} + 0.5 WHEN 'text' THEN ${q(col)} || '~' ELSE ${q(col)} END WHERE ${this.rowidOf(table)} = (SELECT max(${this.rowidOf(table)}) FROM main.${q(table)})`)
        .run().changes;
      if (changed) return;
    }
  }

  /** (Re)creates the triggers of every table and recomputes the whole state hash from the data. */
  rebuild(): void {
    this.dropTriggers();
    for (const name of this.hash.tableNames()) this.hash.dropTable(name);
    this.tableSql = this.tableDefinitions();
    for (const table of this.tableSql.keys()) {
      this.installTriggers(table, 'main');
      this.rehashTable(table);
    }
    this.installTempTriggers();
    this.hash.setSchema(this.schemaText());
    this.hash.commit();
  }

  /**
   * After a schema change: triggers again for the tables whose definition changed (or that are
   * new) and those whose triggers the change dropped, and only those are hashed anew from their
   * rows; an index or a view costs no scan, and the other tables' triggers stay. A table whose
   * triggers were dropped is hashed anew even when its definition stayed: what the request wrote
   * there since (ALTER SEQUENCE … RESTART's update after its options' edit) went uncaptured, and
   * the live root must stay the one a copy of the file recomputes.
   */
  refresh(): void {
    const now = this.tableDefinitions();
    for (const name of this.hash.tableNames()) if (!now.has(name)) this.hash.dropTable(name);
    // A table renamed with its triggers in place took them along: they still carry its old name.
    for (const table of this.armed) {
      if (now.has(table)) continue;
      this.armed.delete(table);
      this.dropTriggersOf(table);
    }
    for (const [table, sql] of now) {
      if (this.tableSql.get(table) === sql && this.armed.has(table)) continue;
      this.dropTriggersOf(table);
      this.installTriggers(table, 'main');
      this.hash.resetTable(table);
      this.rehashTable(table);
    }
    this.tableSql = now;
    this.installTempTriggers();
    this.hash.setSchema(this.schemaText());
  }

  private installTempTriggers(): void {
    for (const table of this.tempTables) this.dropTriggersOf(table);
    const names = this.db.prepare("SELECT name FROM temp.sqlite_schema WHERE type = 'table'").pluck().all() as string[];
    this.tempTables = new Set(names.filter(isSessionTemp));
    for (const table of this.tempTables) this.installTriggers(table, 'temp');
  }

  private tableDefinitions(): Map<string, string> {
    const rows = this.db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").raw(true).all() as [string, string][];
    return new Map(rows.filter(([name]) => !isInternalTable(name)));
  }

  tableColumns(table: string): string[] {
    let cols = this.columns.get(table);
    if (!cols) {
      cols = (this.db.prepare(`SELECT name FROM pragma_table_xinfo(${lit(table)}) WHERE hidden = 0 ORDER BY cid`).pluck().all() as string[]);
      this.columns.set(table, cols);
    }
    return cols;
  }

  /**
   * The name that addresses `table`'s rowids, quoted: a user column named `rowid` hides that
   * name, so each table is addressed by the first of SQLite's names its columns leave free.
   */
  rowidOf(table: string): string {
    let rowid = this.rowids.get(table);
    if (rowid === undefined) {
      rowid = rowidName(this.db, table);
      this.rowids.set(table, rowid);
    }
    return rowid;
  }

  /** A temporary table ('temp') gets undo records only: the state hash covers what every replica holds, also after a restart. */
  private installTriggers(table: string, schema: 'main' | 'temp'): void {
    const cols = this.tableColumns(table);
    const t = `${schema}.${q(table)}`;
    const image = (alias: string) => cols.map((c) => `${alias}.${q(c)}`).join(', ');
    const capture = (alias: string, sign: number) => (schema === 'temp' ? '' : `SELECT evsql_capture(${lit(table)}, ${sign}${cols.length ? ', ' + image(alias) : ''});`);
    const rowid = this.rowidOf(table);
    const into = schema === 'main' ? `main.${UNDO_TABLE} (tx, tbl, op, rid, img)` : `${TEMP_UNDO_TABLE} (tx, tbl, op, rid, img, at)`;
    const at = schema === 'main' ? '' : `, ${filePosition('evsql_tx()')}`;
    const undo = (op: string, alias: string, withImage: boolean) =>
      `INSERT INTO ${into} SELECT evsql_tx(), ${lit(table)}, '${op}', ${alias}.${rowid}, ${withImage ? `evsql_image(${image(alias)})` : 'NULL'}${at} WHERE evsql_tx() IS NOT NULL;`;
    const name = (kind: (typeof TRIGGER_KINDS)[number]) => triggerName(kind, table);
    this.db.exec(`CREATE TEMP TRIGGER ${name('i')} AFTER INSERT ON ${t} BEGIN ${capture('NEW', 1)} ${undo('I', 'NEW', false)} END`);
    this.db.exec(`CREATE TEMP TRIGGER ${name('u')} AFTER UPDATE ON ${t} BEGIN ${capture('OLD', -1)} ${capture('NEW', 1)} ${undo('U', 'OLD', true)} END`);
    this.db.exec(`CREATE TEMP TRIGGER ${name('d')} AFTER DELETE ON ${t} BEGIN ${capture('OLD', -1)} ${undo('D', 'OLD', true)} END`);
    if (schema === 'main') this.armed.add(table);
  }

  private rehashTable(table: string): void {
    const cols = this.tableColumns(table);
    if (!cols.length) return;
    const stmt = this.db.prepare(`SELECT ${cols.map(q).join(', ')} FROM main.${q(table)}`).raw(true);
    stmt.safeIntegers(true);
    for (const row of stmt.iterate() as Iterable<SqliteValue[]>) this.hash.apply(table, row, 1);
  }

  /**
   * The user's schema objects: SQLite's own and evsql's (undo records, saved rows) are no part of
   * it. In the temp schema: one session's temporary tables and their indexes.
   */
  private schemaRows(scope: SchemaScope = MAIN): SchemaRow[] {
    if (scope.schema === 'temp') {
      const rows = this.db.prepare("SELECT type, name, tbl_name, sql FROM temp.sqlite_schema WHERE type IN ('table', 'index')").all() as SchemaRow[];
      return rows.filter((r) => r.tbl_name.startsWith(scope.prefix));
    }
    const rows = this.db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_schema').all() as SchemaRow[];
    return rows.filter((r) => !isInternalTable(r.name) && !isInternalTable(r.tbl_name));
  }

  /**
   * Before a schema change inside a PostgreSQL transaction: an undo record with the whole schema,
   * and a copy of the rows of the table the statement alters or drops, so ROLLBACK can put both
   * back. (Row undo records of that table stay valid: rowids are kept.) A change of a session's
   * temporary tables (`sql` names one) saves that session's temporary tables, in the temp schema.
   */
  saveSchema(tx: number, table: string | null, sql: string): void {
    const prefix = sessionTempOf(sql, table);
    const scope: SchemaScope = prefix === null ? MAIN : { schema: 'temp', prefix };
    const s = scope.schema;
    const schema = this.schemaRows(scope);
    const exists = table !== null && schema.some((o) => o.type === 'table' && o.name === table);
    const n =
      s === 'main'
        ? this.db.prepare(`INSERT INTO ${UNDO_TABLE} (tx, tbl, op, rid, img) VALUES (?, ?, 'S', 0, NULL)`).run(tx, table ?? '').lastInsertRowid
        : this.db.prepare(`INSERT INTO ${TEMP_UNDO_TABLE} (tx, tbl, op, rid, img, at) VALUES (?, ?, 'S', 0, NULL, ${filePosition(String(tx))})`).run(tx, table ?? '').lastInsertRowid;
    const saved = exists ? `${s === 'main' ? SAVED_PREFIX : TEMP_SAVED_PREFIX}${n}` : null;
    if (saved) this.db.exec(`CREATE ${s === 'temp' ? 'TEMP ' : ''}TABLE ${s}.${q(saved)} AS SELECT ${this.rowidOf(table!)} AS "evsql.rowid", * FROM ${s}.${q(table!)}`);
    const img: SchemaUndo = { schema, table: exists ? table : null, saved, ...(s === 'temp' ? { scope } : {}) };
    this.db.prepare(`UPDATE ${s === 'main' ? UNDO_TABLE : TEMP_UNDO_TABLE} SET img = ? WHERE n = ?`).run(JSON.stringify(img), n);
  }

  /** Puts the schema back as a 'S' record saved it; the caller rebuilds triggers and the hash. */
  private restoreSchema(img: SchemaUndo): void {
    const scope = img.scope ?? MAIN;
    const s = scope.schema;
    // A temporary table's CREATE statement, as stored, would create it in the file.
    const create = (sql: string) => (s === 'temp' ? sql.replace(/^CREATE TABLE/i, 'CREATE TEMP TABLE') : sql);
    const now = this.schemaRows(scope);
    const before = new Map(img.schema.map((o) => [`${o.type}:${o.name}`, o]));
    const changedTable = (o: SchemaRow) => o.type === 'table' && (o.name === img.table || before.get(`table:${o.name}`)?.sql !== o.sql);
    // Dropping a table others reference deletes its rows first, which an immediate foreign key
    // refuses (23503); the restore puts them back. `foreign_keys = OFF` would do nothing here: it
    // is a no-op inside a transaction, and undo always runs in one.
    const deferred = this.db.pragma('defer_foreign_keys', { simple: true });
    this.db.pragma('defer_foreign_keys = ON');
    try {
      // Triggers before views: dropping a view drops its INSTEAD OF triggers with it.
      for (const type of ['trigger', 'view'] as const) {
        for (const o of now) if (o.type === type) this.db.exec(`DROP ${type.toUpperCase()} main.${q(o.name)}`);
      }
      // A table made or renamed in the transaction holds indexes that go with it (a RENAME TO keeps
      // their names): they go first, or making the table again under its old name with its
      // indexes would find their names taken.
      for (const o of now) if (o.type === 'index' && o.sql && !before.has(`table:${o.tbl_name}`)) this.db.exec(`DROP INDEX ${s}.${q(o.name)}`);
      const present = new Set((this.db.prepare(`SELECT type || ':' || name FROM ${s}.sqlite_schema`).pluck().all() as string[]));
      for (const o of img.schema) {
        if (o.type !== 'table' || present.has(`table:${o.name}`)) continue;
        this.db.exec(create(o.sql!));
        restoreTableDefinition(this.db, o.name, o.sql!);
        // Its unique indexes before its rows: a row put back into a table others reference is
        // looked up in them (for the deferred foreign keys), and without its key's index SQLite
        // refuses with "foreign key mismatch" (a key added by ALTER TABLE is such an index).
        for (const i of img.schema) if (i.type === 'index' && i.tbl_name === o.name && i.sql) this.db.exec(i.sql);
        if (o.name === img.table && img.saved) {
          const cols = (this.db.prepare(`SELECT name FROM pragma_table_xinfo(${lit(o.name)}, '${s}') WHERE hidden = 0 ORDER BY cid`).pluck().all() as string[]).map(q).join(', ');
          this.db.exec(`INSERT INTO ${s}.${q(o.name)} (${this.rowidOf(o.name)}, ${cols}) SELECT "evsql.rowid", ${cols} FROM ${s}.${q(img.saved)}`);
        }
      }
      // A table the statement changed, or changed as a side effect (SQLite rewrote its REFERENCES
      // when the table it references was renamed), is made again in place, with the rows saved or
      // its own: dropping it would run the ON DELETE actions of the tables referencing it. Before
      // the tables made in the transaction are dropped, so that none of these references them then.
      for (const o of now) {
        const old = before.get(`table:${o.name}`);
        if (!changedTable(o) || !old) continue;
        // Its indexes are made again below, over the rows put back.
        for (const i of now) if (i.type === 'index' && i.tbl_name === o.name && i.sql) this.db.exec(`DROP INDEX ${s}.${q(i.name)}`);
        if (o.name === img.table && img.saved) replaceTable(this.db, o.name, old.sql!, img.saved, '"evsql.rowid"');
        else replaceTable(this.db, o.name, old.sql!, o.name, this.rowidOf(o.name));
        // Its capture triggers stay with it and name the columns it had: the older row records
        // replayed next (an INSERT before an ADD COLUMN) would fail on them. undo() makes every
        // table's triggers again once it is done.
        this.dropTriggersOf(o.name);
      }
      for (const o of now) if (o.type === 'table' && !before.has(`table:${o.name}`)) this.db.exec(`DROP TABLE ${s}.${q(o.name)}`);
      const indexes = new Set((this.db.prepare(`SELECT name FROM ${s}.sqlite_schema WHERE type = 'index'`).pluck().all() as string[]));
      for (const o of now) if (o.type === 'index' && o.sql && !before.has(`index:${o.name}`) && indexes.has(o.name)) this.db.exec(`DROP INDEX ${s}.${q(o.name)}`);
      for (const o of img.schema) {
        if (o.sql && (o.type === 'index' || o.type === 'view' || o.type === 'trigger')) this.db.exec(o.sql.replace(/^CREATE (UNIQUE )?INDEX /i, 'CREATE $1INDEX IF NOT EXISTS '));
      }
      if (img.saved) this.db.exec(`DROP TABLE ${s}.${q(img.saved)}`);
    } finally {
      this.db.pragma(`defer_foreign_keys = ${deferred ? 'ON' : 'OFF'}`);
    }
    this.columns.clear();
    this.rowids.clear();
  }

  /**
   * Bulk inserts of a transaction (COPY) are undone by one record, "delete the rows past this
   * rowid", instead of one per row: the inserting transaction holds the table's write lock, so
   * no one else adds rows meanwhile. Call before the inserts run.
   */
  recordInsertRange(tx: number, table: string): void {
    const temp = this.tempTables.has(table);
    if (!temp && !this.tableSql.has(table)) return;
    const max = this.db.prepare(`SELECT coalesce(max(${this.rowidOf(table)}), 0) FROM ${temp ? 'temp' : 'main'}.${q(table)}`).pluck().get() as bigint;
    if (temp) this.db.prepare(`INSERT INTO ${TEMP_UNDO_TABLE} (tx, tbl, op, rid, img, at) VALUES (?, ?, 'R', ?, NULL, ${filePosition(String(tx))})`).run(tx, table, max);
    else this.db.prepare(`INSERT INTO ${UNDO_TABLE} (tx, tbl, op, rid, img) VALUES (?, ?, 'R', ?, NULL)`).run(tx, table, max);
  }

  /**
   * Undoes transaction `tx`'s changes but those of its first `kept` undo records in the file (0:
   * all), newest first: the file's records past those, and its temporary tables' records written
   * since (`at` ≥ `kept`, see undoMark).
   */
  undo(tx: number, kept: number): { records: number; schemaRestored: boolean } {
    const after = kept === 0 ? 0n : ((this.undoStatements.nth.get(tx, kept - 1) as bigint | undefined) ?? null);
    const records = after === null ? [] : (this.db.prepare(`SELECT n, tbl, op, rid, img FROM ${UNDO_TABLE} WHERE tx = ? AND n > ? ORDER BY n DESC`).safeIntegers(true).all(tx, after) as UndoRow[]);
    const temps = this.db.prepare(`SELECT n, tbl, op, rid, img FROM ${TEMP_UNDO_TABLE} WHERE tx = ? AND at >= ? ORDER BY n DESC`).safeIntegers(true).all(tx, kept) as UndoRow[];
    const saved = this.currentTx;
    this.currentTx = null;
    let restored: 'main' | 'temp' | null = null;
    // One statement per table and kind of record, prepared once: a bulk UPDATE's rollback replays
    // as many records as it changed rows.
    const statements = new Map<string, Database.Statement>();
    // A transaction that broke a deferred foreign key went through states that break it, which
    // the undo passes through again (a parent row deleted before the child inserted ahead of it).
    // Turning the deferral off again forgets what SQLite counted.
    const deferred = this.keyCheckPending(tx) && !this.db.pragma('defer_foreign_keys', { simple: true });
    if (deferred) this.db.pragma('defer_foreign_keys = ON');
    try {
      for (const r of records) if (this.undoRecord(r, 'main', statements)) restored = 'main';
      for (const r of temps) if (this.undoRecord(r, 'temp', statements)) restored ??= 'temp';
      if (after !== null) this.db.prepare(`DELETE FROM ${UNDO_TABLE} WHERE tx = ? AND n > ?`).run(tx, after);
      this.db.prepare(`DELETE FROM ${TEMP_UNDO_TABLE} WHERE tx = ? AND at >= ?`).run(tx, kept);
      // Temporary tables are in no hash: triggers for them again suffice.
      if (restored === 'main') this.rebuild();
      else if (restored === 'temp') this.refresh();
    } finally {
      if (deferred) this.db.pragma('defer_foreign_keys = OFF');
      this.currentTx = saved;
    }
    return { records: records.length + temps.length, schemaRestored: restored !== null };
  }

  /** Replays one undo record on `schema`'s table; true when it restored a schema (which empties `statements`). */
  private undoRecord(r: UndoRow, schema: 'main' | 'temp', statements: Map<string, Database.Statement>): boolean {
    if (r.op === 'M' || r.op === KEY_CHECK_OP) return false;
    if (r.op === 'S') {
      this.restoreSchema(JSON.parse(r.img!) as SchemaUndo);
      statements.clear();
      return true;
    }
    const t = `${schema}.${q(r.tbl)}`;
    const cols = this.tableColumns(r.tbl);
    const rowid = this.rowidOf(r.tbl);
    const statement = (sql: () => string) => {
      const key = `${r.op}${t}`;
      let st = statements.get(key);
      if (!st) statements.set(key, (st = this.db.prepare(sql())));
      return st;
    };
    if (r.op === 'R') {
      statement(() => `DELETE FROM ${t} WHERE ${rowid} > ?`).run(r.rid);
    } else if (r.op === 'I') {
      statement(() => `DELETE FROM ${t} WHERE ${rowid} = ?`).run(r.rid);
    } else if (r.op === 'U') {
      statement(() => `UPDATE ${t} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE ${rowid} = ?`).run(...decodeImage(r.img!), r.rid);
    } else {
      statement(() => `INSERT INTO ${t} (${rowid}, ${cols.map(q).join(', ')}) VALUES (?, ${cols.map(() => '?').join(', ')})`).run(r.rid, ...decodeImage(r.img!));
    }
    return false;
  }

  /** A statement of `tx` broke a deferred foreign key: its changes are checked again before it commits. */
  noteKeyCheck(tx: number): void {
    this.undoStatements.noteKeyCheck.run(tx);
  }

  keyCheckPending(tx: number): boolean {
    return this.undoStatements.keyCheck.get(tx) !== undefined;
  }

  /** The transaction ended: its undo records, and the rows saved for schema undo, are no longer needed. */
  forget(tx: number): void {
    const saved = this.undoStatements.saved.all(tx) as number[];
    for (const n of saved) this.db.exec(`DROP TABLE IF EXISTS main.${q(`${SAVED_PREFIX}${n}`)}`);
    this.undoStatements.forget.run(tx);
    const tempSaved = this.undoStatements.tempSaved.all(tx) as number[];
    for (const n of tempSaved) this.db.exec(`DROP TABLE IF EXISTS temp.${q(`${TEMP_SAVED_PREFIX}${n}`)}`);
    this.undoStatements.tempForget.run(tx);
  }

  /**
   * What a savepoint remembers: how many undo records `tx` has in the file; rolling back to it
   * keeps that many. A count, not the newest record's number: a record's number depends on what
   * other transactions' requests ran before it, and the mark is part of SAVEPOINT's output, which
   * the replicas must agree on (before every replica ran a group in one order, the numbers
   * differed between them). When the transaction has temporary tables' records, their `at` (the
   * count when they were written) may equal the count for records written before and after the
   * savepoint alike, so a record of no change ('M') is written first and counted.
   */
  undoMark(tx: number): number {
    if (this.undoStatements.tempAny.get(tx) !== undefined) this.db.prepare(`INSERT INTO ${UNDO_TABLE} (tx, tbl, op, rid, img) VALUES (?, '', 'M', 0, NULL)`).run(tx);
    return this.undoStatements.mark.get(tx) as number;
  }

  /** Every undo record, oldest first. */
  undoRecords(): UndoRecord[] {
    return this.db.prepare(`SELECT n, tx, tbl, op, rid, img FROM ${UNDO_TABLE} ORDER BY n`).safeIntegers(true).all().map((r) => {
      const x = r as { n: bigint; tx: bigint; tbl: string; op: string; rid: bigint; img: string | null };
      return { ...x, n: Number(x.n), tx: Number(x.tx) };
    });
  }

  /** Replaces the undo records with `records` (a repair copies its source's), in the caller's transaction. */
  replaceUndo(records: UndoRecord[]): void {
    this.db.prepare(`DELETE FROM ${UNDO_TABLE}`).run();
    const ins = this.db.prepare(`INSERT INTO ${UNDO_TABLE} (n, tx, tbl, op, rid, img) VALUES (?, ?, ?, ?, ?, ?)`);
    for (const r of records) ins.run(r.n, r.tx, r.tbl, r.op, r.rid, r.img);
  }

  /** Transactions that were open when the replica stopped. */
  openTransactions(): number[] {
    return this.db.prepare(`SELECT DISTINCT tx FROM ${UNDO_TABLE} ORDER BY tx`).pluck().safeIntegers(false).all() as number[];
  }

  /** Rows of `table` whose hash falls in `buckets`, with their rowids (for repair). */
  rowsInBuckets(table: string, buckets: Set<number>): Array<{ rowid: bigint; values: SqliteValue[]; h: string }> {
    const cols = this.tableColumns(table);
    const stmt = this.db.prepare(`SELECT ${this.rowidOf(table)}, ${cols.map(q).join(', ')} FROM main.${q(table)}`).raw(true);
    stmt.safeIntegers(true);
    const out: Array<{ rowid: bigint; values: SqliteValue[]; h: string }> = [];
    for (const row of stmt.iterate() as Iterable<SqliteValue[]>) {
      const values = row.slice(1);
      const [h1, h2] = this.hash.rowHash(table, values);
      if (buckets.has(this.hash.bucketOf(h1))) out.push({ rowid: row[0] as bigint, values, h: `${h1}:${h2}` });
    }
    return out;
  }
}
