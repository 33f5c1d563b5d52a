/**
 * Point reads on the main thread. A read that SQLite answers with a key lookup costs a few
 * microseconds; sending it to a reader thread and back costs several times that in thread hops.
 * So each replica keeps one read-only connection on the main thread, set up like a reader
 * thread's (connection.ts), and answers there the reads whose plan is a primary- or unique-key
 * lookup. Everything else, and every statement it cannot judge, goes to the reader threads.
 *
 * Whether a statement is a point read is decided once per step from SQLite's EXPLAIN QUERY PLAN: every line must be a SEARCH by the rowid or by a UNIQUE,
 * non-partial index with equality on all of its key columns — or the one line is a constant row,
 * and the statement is literals and parameters only (`SELECT 1`). A point read never reads the catalog
 * and calls no function that can run long (pg_sleep), so it needs no cancellation: it is over
 * before a cancel could arrive. Judgements are kept per Step object: a step belongs to one
 * translation, and a translation to one schema version (DDL makes new ones), so a judgement never
 * outlives the schema it was made on. (A statement prepared here re-prepares itself after DDL, so
 * a judgement made just before DDL commits still gives right results.)
 */
import type Database from 'better-sqlite3';
import type { SqliteValue } from '../pg/types/registry.js';
import type { SessionContext, Step } from '../dialect/plan.js';
import { withTimeZone } from '../pg/types/timestamp.js';
import type { FunctionScope } from '../dialect/runtime/function-scope.js';
import { readsCatalog } from '../dialect/catalog/definitions.js';
import { columnsOf, type ExecResult, type ResultColumn } from './messages.js';
import { openReplicaConnection } from './connection.js';
import { toPgError } from './sqlite-errors.js';
import { CommittedView } from './committed-view.js';

const ROWID_SEARCH = /^SEARCH \S+(?: AS \S+)? USING INTEGER PRIMARY KEY \(rowid=\?\)$/;
const INDEX_SEARCH = /^SEARCH \S+(?: AS \S+)? USING (?:COVERING )?INDEX (\S+) \(([^()]*)\)$/;
const EQUALITY = /^(\S+)=\?$/;
/** Functions whose run time a statement's plan does not bound. */
const SLOW_FUNCTION = /\bpg_sleep(?:_for|_until)?\s*\(/i;
/**
 * Judging a statement prepares it here, on the main thread, and SQLite's planner is quadratic in
 * an OR list's terms (20,000 take seconds): a statement this long is no point read anyway.
 */
const POINT_READ_MAX_SQL = 4096;

interface PointRead {
  stmt: Database.Statement;
  columns: ResultColumn[];
}

export class LocalReader {
  private readonly db: Database.Database;
  private scope: FunctionScope | undefined;
  /** Per step: the prepared point read, or null when the step is not one. */
  private readonly plans = new WeakMap<Step, PointRead | null>();
  /** Any statement run starts a read transaction, which reloads a schema the writer changed. */
  private readonly schemaCheck: Database.Statement;
  private readonly committed: CommittedView;
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  /**
   * A read transaction kept open from one point read to the next: taking a WAL snapshot costs
   * more than the lookup. It is let go whenever the writer answers anything (release()) — every
   * commit, repair or recovery is answered, and readers wait for those answers before reading —
   * so a kept snapshot is never older than what the pipeline knows to be committed.
   */
  private held = false;

  /**
   * `openWrites` says whether an open transaction may have written: when none may, no committed
   * state holds another transaction's uncommitted rows, and a point read needs no committed view.
   */
  constructor(file: string, private readonly openWrites: () => boolean = () => true) {
    this.db = openReplicaConnection(file, true, () => this.scope).db;
    this.committed = new CommittedView(this.db);
    this.schemaCheck = this.db.prepare('SELECT 1 FROM sqlite_schema LIMIT 0');
    this.begin = this.db.prepare('BEGIN');
    this.commit = this.db.prepare('COMMIT');
  }

  /** Lets the kept snapshot go: the next read sees the newest committed state. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    if (this.db.inTransaction) this.commit.run();
  }

  /** The result of `steps` when they are one point read, else undefined (the caller asks a reader thread). */
  tryRead(steps: Step[], params: SqliteValue[], ctx: SessionContext, locked = false): ExecResult | undefined {
    if (steps.length !== 1) return undefined;
    const step = steps[0]!;
    if (step.params.some((p) => p > params.length)) return undefined;
    const point = this.pointRead(step);
    if (!point) return undefined;
    const args = step.params.map((p) => params[p - 1]!);
    this.scope = { ctx, cancelled: () => false, settings: undefined, rng: ctx.seed };
    const openWrites = this.openWrites();
    if (openWrites) this.release();
    else if (!this.held && !this.committed.hasViews) {
      this.begin.run();
      this.held = true;
    }
    try {
      const rows = this.committed.read(() => withTimeZone(ctx.settings.timezone, () => point.stmt.all(...args) as SqliteValue[][]), locked);
      const result: ExecResult = { columns: point.columns, rows, changes: 0 };
      if (this.scope.settings) result.settings = this.scope.settings;
      return result;
    } catch (err) {
      throw toPgError(err);
    } finally {
      this.scope = undefined;
    }
  }

  close(): void {
    this.release();
    if (this.db.open) this.db.close();
  }

  private pointRead(step: Step): PointRead | null {
    let point = this.plans.get(step);
    if (point === undefined) {
      point = this.judge(step);
      this.plans.set(step, point);
    }
    return point;
  }

  /** Judged on the tables themselves: read through the committed views, a key lookup stays one (committed-view.ts). */
  private judge(step: Step): PointRead | null {
    return this.committed.bare(() => this.judgeBare(step));
  }

  private judgeBare(step: Step): PointRead | null {
    if (step.edit || step.sql.length > POINT_READ_MAX_SQL || !/^\s*SELECT\b/i.test(step.sql) || readsCatalog(step.sql) || SLOW_FUNCTION.test(step.sql)) return null;
    let stmt: Database.Statement;
    let plan: string[];
    try {
      stmt = this.prepareFresh(step.sql);
      if (!stmt.reader) return null;
      plan = this.db
        .prepare(`EXPLAIN QUERY PLAN ${step.sql}`)
        .all(...step.params.map(() => null))
        .map((r) => (r as { detail: string }).detail);
    } catch {
      // The reader thread raises the statement's error, as for any read.
      return null;
    }
    // One constant row: the statement reads no table. Literals and parameters alone (a pool's
    // `SELECT 1`) are answered here; a function call could build a value of any size, not here.
    const constant = plan.length === 1 && plan[0] === 'SCAN CONSTANT ROW';
    if (constant ? step.sql.includes('(') : !plan.length || !plan.every((line) => this.isKeyLookup(line))) return null;
    stmt.raw(true);
    return { stmt, columns: columnsOf(stmt) };
  }

  /**
   * Prepares against the schema as committed now: SQLite prepares against the schema it last
   * loaded, and a `SELECT *` prepared on a stale one would name the columns of before the DDL.
   */
  private prepareFresh(sql: string): Database.Statement {
    this.schemaCheck.get();
    return this.db.prepare(sql);
  }

  /** A SEARCH by rowid, or by a unique index with equality on every key column. */
  private isKeyLookup(line: string): boolean {
    if (ROWID_SEARCH.test(line)) return true;
    const m = INDEX_SEARCH.exec(line);
    if (!m) return false;
    const equal = new Set<string>();
    for (const term of m[2]!.split(' AND ')) {
      const e = EQUALITY.exec(term);
      if (!e) return false;
      equal.add(e[1]!);
    }
    const index = this.db
      .prepare(`SELECT l."unique" AS u, l.partial AS p FROM sqlite_schema s, pragma_index_list(s.tbl_name) l WHERE s.type = 'index' AND s.name = ? AND l.name = s.name`)
      .get(m[1]) as { u: bigint; p: bigint } | undefined;
    if (!index || index.u !== 1n || index.p !== 0n) return false;
    const keys = this.db.prepare('SELECT name FROM pragma_index_xinfo(?) WHERE key = 1').pluck().all(m[1]) as Array<string | null>;
    return keys.length > 0 && keys.every((k) => k !== null && equal.has(k));
  }
}
