/**
 * Reads on the main thread. A read that SQLite answers with a key lookup costs a few
 * microseconds; sending it to a reader thread and back costs several times that in thread hops
 * and context switches (on a loaded machine, a hundred microseconds or more). So each replica
 * keeps one read-only connection on the main thread, set up like a reader thread's
 * (connection.ts), and answers there the reads that SQLite answers from index searches alone.
 * Everything else, and every statement it cannot judge, goes to the reader threads.
 *
 * A statement is judged once per step from SQLite's EXPLAIN QUERY PLAN:
 * - a point read (point-plan.ts): every line is a SEARCH by the rowid or by a UNIQUE, non-partial index with
 *   equality on all of its key columns — or the one line is a constant row, and the statement is
 *   literals and parameters only (`SELECT 1`);
 * - a bounded read: every line is a SEARCH of some index or rowid range (a `BETWEEN`, a key
 *   prefix, a join probing an index), or a temporary B-tree sorting or de-duplicating what those
 *   found. No line scans a whole table. Such a read runs with a LIMIT one past LOCAL_MAX_ROWS
 *   around it: one that reaches it is given up and its statement sent to the readers from then
 *   on, which stream large results; so is one that took longer than LOCAL_BUDGET_NS twice in a
 *   row (a range that turned out wide: once could be the thread losing its core on a loaded
 *   machine), so a slow read holds the main thread up twice, not again. (Reading row by row
 *   instead would bound the rows exactly, at twice the cost of a 100-row range.)
 * Neither kind reads the catalog or calls a function that can run long (pg_sleep), so they need
 * no cancellation. Judgements are kept per Step object: a step belongs to one translation, and a
 * translation to one schema version (DDL makes new ones), so a judgement never outlives the
 * schema it was made on. (A statement prepared here re-prepares itself after DDL, so a judgement
 * made just before DDL commits still gives right results.)
 */
import type Database from 'better-sqlite3';
import type { SqliteValue } from '../pg/types/registry.js';
import type { SessionContext, Step } from '../dialect/plan.js';
import { hasSessionStyles, withSessionStyles } from '../pg/types/session-styles.js';
import { type FunctionScope, settingsOf } from '../dialect/runtime/function-scope.js';
import { readsCatalog } from '../dialect/catalog/definitions.js';
import { columnsOf, type ExecResult, type ResultColumn } from './messages.js';
import { openReplicaConnection } from './connection.js';
import { toPgError } from './sqlite-errors.js';
import { CommittedView } from './committed-view.js';
import { isPointPlan, queryPlan } from './point-plan.js';

/** A search of a rowid or index range, any terms: the rows it visits are bounded by keys, not by the table. */
const RANGE_SEARCH = /^SEARCH \S+(?: AS \S+)? USING (?:INTEGER PRIMARY KEY|(?:COVERING )?INDEX \S+) \([^()]*\)$/;
/** Sorting or de-duplicating the rows searches found. */
const TEMP_TREE = /^USE TEMP B-TREE FOR (?:ORDER BY|DISTINCT|GROUP BY|RIGHT PART OF ORDER BY|LAST TERM OF ORDER BY)$/;
/**
 * A bounded read that ran longer than this twice in a row is sent to the readers from then on: its
 * range was wider than the main thread should hold every other session up for.
 */
const LOCAL_BUDGET_NS = 2_000_000n;
/** Most rows a bounded read answers here; more are streamed by a reader thread. */
const LOCAL_MAX_ROWS = 1000;
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
  /** Not a key lookup but searches of ranges: `stmt` is the statement under a LIMIT, run under the row and time bounds. */
  bounded: boolean;
}

export class LocalReader {
  private readonly db: Database.Database;
  private scope: FunctionScope | undefined;
  /** Per step: the prepared point read, or null when the step is not one. */
  private readonly plans = new WeakMap<Step, PointRead | null>();
  /** Bounded reads whose last run took longer than LOCAL_BUDGET_NS. */
  private readonly slow = new WeakSet<Step>();
  /** Any statement run starts a read transaction, which reloads a schema the writer changed. */
  private readonly schemaCheck: Database.Statement;
  private readonly committed: CommittedView;
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
    this.committed = new CommittedView(this.db, true);
    this.schemaCheck = this.db.prepare('SELECT 1 FROM sqlite_schema LIMIT 0');
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
    else if (!this.held) {
      // Through the committed views it may have (they stay once made): pin() checks them against the schema first.
      this.committed.pin();
      this.held = true;
    }
    try {
      const run = () => (point.bounded ? this.boundedRows(step, point, args) : (point.stmt.all(...args) as SqliteValue[][]));
      // The main thread reads in the default styles between requests: a session that changed none needs nothing set.
      const rows = this.committed.read(() => (hasSessionStyles(ctx.settings) ? withSessionStyles(ctx.settings, run) : run()), locked);
      if (!rows) return undefined;
      const result: ExecResult = { columns: point.columns, rows, changes: 0 };
      if (this.scope.settings) Object.assign(result, settingsOf(this.scope));
      if (this.scope.notices) result.notices = this.scope.notices.map((n) => ({ code: n.code, message: n.message, fields: n.fields }));
      return result;
    } catch (err) {
      throw toPgError(err);
    } finally {
      this.scope = undefined;
    }
  }

  /** The rows of a bounded read, or null (and the step sent to the readers from now on) past its bounds. */
  private boundedRows(step: Step, point: PointRead, args: SqliteValue[]): SqliteValue[][] | null {
    const started = process.hrtime.bigint();
    const rows = point.stmt.all(...args) as SqliteValue[][];
    if (rows.length > LOCAL_MAX_ROWS) {
      this.plans.set(step, null);
      return null;
    }
    if (process.hrtime.bigint() - started <= LOCAL_BUDGET_NS) this.slow.delete(step);
    else if (this.slow.has(step)) this.plans.set(step, null);
    else this.slow.add(step);
    return rows;
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
    try {
      stmt = this.prepareFresh(step.sql);
    } catch {
      // The reader thread raises the statement's error, as for any read.
      return null;
    }
    const plan = stmt.reader ? queryPlan(this.db, step.sql, step.params.length) : null;
    if (!plan) return null;
    if (isPointPlan(this.db, step.sql, plan)) return { stmt: stmt.raw(true), columns: columnsOf(stmt), bounded: false };
    if (!plan.some((line) => RANGE_SEARCH.test(line)) || !plan.every((line) => RANGE_SEARCH.test(line) || TEMP_TREE.test(line))) return null;
    try {
      // SQLite keeps the inner ORDER BY for rows an outer SELECT * passes through.
      const capped = this.db.prepare(`SELECT * FROM (${step.sql}\n) LIMIT ${LOCAL_MAX_ROWS + 1}`).raw(true);
      return { stmt: capped, columns: columnsOf(stmt), bounded: true };
    } catch {
      return null;
    }
  }

  /**
   * Prepares against the schema as committed now: SQLite prepares against the schema it last
   * loaded, and a `SELECT *` prepared on a stale one would name the columns of before the DDL.
   */
  private prepareFresh(sql: string): Database.Statement {
    this.schemaCheck.get();
    return this.db.prepare(sql);
  }
}
