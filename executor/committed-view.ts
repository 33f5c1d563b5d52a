/**
 * What a reader shows of rows that open transactions changed: their last committed version.
 *
 * The writer keeps one SQLite transaction across batches and commits groups of verified batches,
 * and a PostgreSQL transaction spans batches: so the committed snapshot a reader's connection sees
 * can hold an open transaction's writes. It always holds their undo records too (written by the
 * same triggers in the same SQLite transaction, change-capture.ts). So inside one read
 * transaction a reader first asks which tables have undo records and, for each, shadows the table
 * with a temporary view of the same name (temp objects come first in SQLite's name lookup): the
 * rows no open transaction touched, and for each touched row the image its oldest undo record
 * kept — none for a row an open transaction inserted, the old row for one it updated or deleted.
 * SQLite pushes a key predicate into both arms of the UNION ALL, so a point read stays a lookup
 * (the second arm reads only that table's undo records).
 *
 * The views stay while their table has undo records: creating or dropping one changes the
 * connection's schema, which re-prepares every statement the connection holds. On the main
 * thread's connection (`keep`), whose reads are key lookups and short ranges, a view stays until
 * the schema changes — over a table without undo records it shows the table as it is — since
 * views made and dropped as writing transactions came and went cost a seventh of the main thread
 * under sysbench oltp_read_write; a reader thread's scans would pay an index probe per row for it. An open transaction's schema change ('S' records) is
 * not undone this way: such a read fails with 55006 and the session reads again after waiting for
 * that transaction's locks, as PostgreSQL's readers wait for ALTER TABLE's lock.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import { COMMITTED_VIEW_MARK } from '../dialect/catalog/definitions.js';
import { KEY_CHECK_OP, UNDO_TABLE, decodeImage, lit, q, rowidName } from './change-capture.js';

const UNDO = `main.${UNDO_TABLE}`;
const ROW_OPS = "('I', 'U', 'D')";

interface Column {
  name: string;
  type: string;
  pk: number;
  hidden: number;
}

export class CommittedView {
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly schemaVersion: Database.Statement;
  private readonly savepoint: Database.Statement;
  private readonly rollback: Database.Statement;
  private readonly release: Database.Statement;
  /** Prepared at first use: a reader may open before the writer has created the undo table. */
  private othersTables: Database.Statement | undefined;
  private pending: Database.Statement | undefined;
  /** The schema version the views in `tables` were made on. */
  private installed = '';
  private tables: string[] = [];
  private lastImage: string | undefined;
  private lastValues: SqliteValue[] = [];

  constructor(private readonly db: Database.Database, private readonly keep = false) {
    this.begin = db.prepare('BEGIN');
    this.commit = db.prepare('COMMIT');
    this.schemaVersion = db.prepare('PRAGMA main.schema_version').pluck();
    this.savepoint = db.prepare('SAVEPOINT evsql_committed');
    this.rollback = db.prepare('ROLLBACK TO evsql_committed');
    this.release = db.prepare('RELEASE evsql_committed');
    db.function('evsql_before', { deterministic: true, safeIntegers: true }, (img: unknown, k: unknown) => {
      if (img !== this.lastImage) {
        this.lastValues = decodeImage(img as string);
        this.lastImage = img as string;
      }
      return this.lastValues[Number(k)] ?? null;
    });
  }

  /**
   * Runs `read` in one read transaction that sees the committed version of every row. With
   * `ignoreSchemaChanges`, open transactions' schema changes are shown rather than refused (the
   * caller holds locks that exclude them).
   */
  read<T>(read: () => T, ignoreSchemaChanges = false): T {
    // A pinned snapshot: its views were checked against the schema, and made, when it began.
    if (this.db.inTransaction) return read();
    this.begin.run();
    try {
      this.install(ignoreSchemaChanges);
      return read();
    } finally {
      if (this.db.inTransaction) this.commit.run();
    }
  }

  /** Starts a read transaction that later reads keep (REPEATABLE READ's snapshot) until unpin(). */
  pin(ignoreSchemaChanges = false): void {
    if (this.db.inTransaction) return;
    this.begin.run();
    try {
      this.install(ignoreSchemaChanges);
    } catch (err) {
      this.commit.run();
      throw err;
    }
  }

  unpin(): void {
    if (this.db.inTransaction) this.commit.run();
  }

  /**
   * On the writer, inside the batches: runs `read` for transaction `tx`, which sees its own
   * changes and other open transactions' rows as last committed. The views live in a savepoint
   * rolled back after the read, so the writer's schema (and its statements, and the schema the
   * writer reports) is as before.
   */
  readAs<T>(tx: number, read: () => T): T {
    this.othersTables ??= this.db.prepare(`SELECT DISTINCT tbl FROM ${UNDO} WHERE tx <> ? AND op NOT IN ('S', 'M', '${KEY_CHECK_OP}')`).pluck();
    const tables = this.othersTables.all(tx) as string[];
    if (!tables.length) return read();
    this.savepoint.run();
    try {
      for (const t of tables) {
        const sql = this.viewSql(t, tx);
        if (sql === null) throw new PgError(SqlState.objectInUse, `table "${t}" has changes no committed view can hide`);
        this.db.exec(sql);
      }
      return read();
    } finally {
      this.rollback.run();
      this.release.run();
    }
  }

  /** Runs `body` with the tables themselves in view (to judge a statement's plan on them); the views come back at the next read. */
  bare<T>(body: () => T): T {
    this.dropViews();
    return body();
  }

  private dropViews(): void {
    for (const t of this.tables) this.db.exec(`DROP VIEW IF EXISTS temp.${q(t)}`);
    this.tables = [];
    this.installed = '';
  }

  private install(ignoreSchemaChanges: boolean): void {
    const rows = this.pendingTables();
    const tables: string[] = [];
    for (const [table, schemaChange] of rows) {
      if (schemaChange && !ignoreSchemaChanges) throw new PgError(SqlState.objectInUse, 'an open transaction changes the schema');
      if (table) tables.push(table);
    }
    if (!tables.length && !this.tables.length) return;
    // A view made before a schema change would show the table's old columns.
    const version = String(this.schemaVersion.get());
    if (version !== this.installed || (!this.keep && this.tables.some((t) => !tables.includes(t)))) this.dropViews();
    this.installed = version;
    for (const t of tables) {
      if (this.tables.includes(t)) continue;
      const sql = this.viewSql(t);
      if (sql === null) {
        if (ignoreSchemaChanges) continue;
        throw new PgError(SqlState.objectInUse, `table "${t}" has changes no committed view can hide`);
      }
      this.db.exec(sql);
      this.tables.push(t);
    }
  }

  /** Tables with undo records, each with whether an open transaction changed the schema ('S' names its table, or ''). */
  private pendingTables(): Array<[string, boolean]> {
    if (!this.pending) {
      try {
        this.pending = this.db.prepare(`SELECT tbl, max(op = 'S') FROM ${UNDO} GROUP BY tbl ORDER BY tbl`).raw(true).safeIntegers(false);
      } catch {
        // The writer creates the undo table when it starts: until then no transaction is open.
        return [];
      }
    }
    return (this.pending.all() as Array<[string, number]>).map(([t, s]) => [t, s === 1]);
  }

  /**
   * The view that shows `table` as committed — all but `own`'s changes, when given — or null when
   * its rows cannot be rebuilt from images (generated columns).
   */
  private viewSql(table: string, own?: number): string | null {
    const cols = this.db.prepare(`SELECT name, type, pk, hidden FROM pragma_table_xinfo(${lit(table)}, 'main') ORDER BY cid`).safeIntegers(false).all() as Column[];
    if (!cols.length || cols.some((c) => c.hidden !== 0)) return null;
    const rowid = rowidName(this.db, table);
    const t = lit(table);
    const others = (alias: string) => (own === undefined ? '' : ` AND ${alias}.tx <> ${own}`);
    // The column that is the rowid (INTEGER PRIMARY KEY) is the undo record's rid: a lookup by it
    // stays an index search in the second arm too.
    const keys = cols.filter((c) => c.pk > 0);
    const alias = keys.length === 1 && keys[0]!.type.toUpperCase() === 'INTEGER' ? keys[0]!.name : null;
    const names = cols.map((c) => q(c.name)).join(', ');
    const before = cols.map((c, i) => (c.name === alias ? 'u.rid' : `evsql_before(u.img, ${i})`)).join(', ');
    return (
      `CREATE TEMP VIEW ${q(table)} (${names}) AS ${COMMITTED_VIEW_MARK} ` +
      `SELECT ${cols.map((c) => `r.${q(c.name)}`).join(', ')} FROM main.${q(table)} AS r ` +
      `WHERE NOT EXISTS (SELECT 1 FROM ${UNDO} AS u WHERE u.tbl = ${t} AND u.rid = r.${rowid} AND u.op IN ${ROW_OPS}${others('u')}) ` +
      // Rows past a bulk insert's mark ('R') are that open transaction's.
      `AND r.${rowid} <= (SELECT coalesce(min(m.rid), 9223372036854775807) FROM ${UNDO} AS m WHERE m.tbl = ${t} AND m.op = 'R'${others('m')}) ` +
      `UNION ALL SELECT ${before} FROM ${UNDO} AS u ` +
      `WHERE u.tbl = ${t} AND u.op IN ('U', 'D')${others('u')} ` +
      `AND NOT EXISTS (SELECT 1 FROM ${UNDO} AS f WHERE f.tbl = ${t} AND f.rid = u.rid AND f.n < u.n AND f.op IN ${ROW_OPS}) ` +
      `AND NOT EXISTS (SELECT 1 FROM ${UNDO} AS b WHERE b.tbl = ${t} AND b.op = 'R' AND b.n < u.n AND b.rid < u.rid)`
    );
  }
}
