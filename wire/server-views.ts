/**
 * Relations only this server knows (its sessions and their advisory locks, a session's cursors and
 * prepared statements), which no replica holds: a statement naming one runs here, on a small
 * in-memory SQLite database that a subclass fills with the rows of the moment before each run, with
 * evsql's SQL functions. A join with a replica's tables or another catalog relation finds no table
 * here: it runs on a replica, which takes the rows of the moment along (shipped()), or, where a
 * subclass cannot send them, is refused with 0A000.
 */
import Database from 'better-sqlite3';
import { PgError, SqlState } from '../pg/errors.js';
import { withSessionStyles } from '../pg/types/session-styles.js';
import type { SqliteValue } from '../pg/types/registry.js';
import { type CatalogRelation, columnNames, sqliteTable } from '../dialect/catalog/definitions.js';
import { registerFunctions } from '../dialect/runtime/functions.js';
import type { FunctionScope } from '../dialect/runtime/function-scope.js';
import type { ServerRows, SessionContext } from '../dialect/plan.js';
import type { Translation } from '../dialect/translate/translate.js';
import { columnsOf, type ExecResult } from '../executor/messages.js';

export abstract class ServerViews {
  protected readonly db = new Database(':memory:');
  private scope: FunctionScope | undefined;

  /** `mentioned`: a statement's text that names one of the relations; `refusal`: the 0A000 message of a join with others. */
  constructor(
    private readonly mentioned: RegExp,
    private readonly refusal: string,
  ) {
    this.db.defaultSafeIntegers(true);
    registerFunctions(this.db, () => this.scope!);
  }

  /** Fills the relations' tables for a statement of session `ctx`. */
  protected abstract refresh(ctx: SessionContext): void;

  /** The relations' rows for `t`, which joins them with others, to run on a replica; null where it cannot run there. */
  protected shipped(_t: Translation, _ctx: SessionContext): ServerRows | null {
    return null;
  }

  /** Makes relation `rel`'s table; returns its row insert, by column name. */
  protected table(rel: CatalogRelation): Database.Statement {
    const columns = rel.columns.map((c) => {
      const at = c.indexOf(' ');
      return `"${c.slice(0, at)}" ${c.slice(at + 1)}`;
    });
    this.db.exec(`CREATE TEMP TABLE ${sqliteTable(rel)} (${columns.join(', ')})`);
    const names = columnNames(rel);
    return this.db.prepare(`INSERT INTO ${sqliteTable(rel)} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`);
  }

  /** Whether `t`'s text names one of the relations (it may read others too). */
  mentions(t: Translation): boolean {
    return this.mentioned.test(t.text);
  }

  /** Whether `t` is one that query() answers. */
  answers(t: Translation): boolean {
    return t.kind === 'query' && this.mentions(t);
  }

  /**
   * For `t` when it names one of the relations and reads others too: the rows it takes along to
   * the replica that runs it; else null. 0A000 where it cannot run there.
   */
  rowsFor(t: Translation, ctx: SessionContext): ServerRows | null {
    if (!this.mentions(t) || this.prepare(t)) return null;
    const rows = this.shipped(t, ctx);
    if (!rows) throw new PgError(SqlState.featureNotSupported, this.refusal);
    return rows;
  }

  /** The result of `t` when it names one of the relations and reads no other, else null. */
  query(t: Translation, params: SqliteValue[], ctx: SessionContext): ExecResult | null {
    const stmt = this.prepare(t);
    if (!stmt) return null;
    this.refresh(ctx);
    this.scope = { ctx, cancelled: () => false, settings: undefined, rng: ctx.seed };
    const step = t.steps[t.steps.length - 1]!;
    const rows = withSessionStyles(ctx.settings, () => stmt.all(...step.params.map((p) => params[p - 1]!)) as SqliteValue[][]);
    return { columns: columnsOf(stmt), rows, changes: 0 };
  }

  /** The result columns of a statement `query` answers, without running it; else null. */
  columns(t: Translation): ExecResult['columns'] | null {
    const stmt = this.prepare(t);
    return stmt ? columnsOf(stmt) : null;
  }

  /** The statement that answers `t` here; null when `t` names none of the relations, or reads a table or calls a catalog function this database has not. */
  private prepare(t: Translation): Database.Statement | null {
    if (!this.answers(t)) return null;
    try {
      return this.db.prepare(t.steps[t.steps.length - 1]!.sql).raw(true);
    } catch (err) {
      if (/no such (table|function)/.test((err as Error).message)) return null;
      throw err;
    }
  }
}
