/**
 * pg_cursors and pg_prepared_statements: a session's own cursors and named prepared statements,
 * which no replica knows, so statements reading them run here, as pg_stat_activity's do
 * (activity.ts), on a small in-memory SQLite database given the calling session's rows. A join
 * with a replica's tables or other catalog relations is refused with 0A000.
 */
import Database from 'better-sqlite3';
import { PgError, SqlState } from '../pg/errors.js';
import { withSessionStyles } from '../pg/types/session-styles.js';
import { formatType, type SqliteValue } from '../pg/types/registry.js';
import { type CatalogRelation, HELPER, catalogRelation, columnNames, sqliteTable } from '../dialect/catalog/definitions.js';
import { registerFunctions } from '../dialect/runtime/functions.js';
import type { FunctionScope } from '../dialect/runtime/function-scope.js';
import { formatTimestamp } from '../dialect/runtime/sql-functions.js';
import type { SessionContext } from '../dialect/plan.js';
import type { Translation } from '../dialect/translate/translate.js';
import { columnsOf, type ExecResult } from '../executor/messages.js';
import type { Connection } from './connection.js';

const MENTIONS = /\bpg_(cursors|prepared_statements)\b/i;
const CURSORS = catalogRelation('pg_catalog', 'pg_cursors')!;
const PREPARED = catalogRelation('pg_catalog', 'pg_prepared_statements')!;

export class SessionViews {
  private readonly db = new Database(':memory:');
  private scope: FunctionScope | undefined;
  private readonly inserts = new Map<CatalogRelation, Database.Statement>();
  private readonly typeName: Database.Statement;

  constructor(private readonly byPid: (pid: number) => Connection | undefined) {
    this.db.defaultSafeIntegers(true);
    registerFunctions(this.db, () => this.scope!);
    for (const rel of [CURSORS, PREPARED]) {
      const columns = rel.columns.map((c) => {
        const at = c.indexOf(' ');
        return `"${c.slice(0, at)}" ${c.slice(at + 1)}`;
      });
      this.db.exec(`CREATE TEMP TABLE "pg_catalog.${rel.name}" (${columns.join(', ')})`);
      const names = columnNames(rel);
      this.inserts.set(rel, this.db.prepare(`INSERT INTO ${sqliteTable(rel)} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`));
    }
    // regtype[]'s output reads the type names (parameter_types).
    this.db.exec(`CREATE TABLE ${HELPER.name} (kind TEXT, oid INTEGER, name TEXT)`);
    this.typeName = this.db.prepare(`INSERT INTO ${HELPER.name} (kind, oid, name) VALUES ('type', ?, ?)`);
  }

  /** Whether `t` is one that query() answers. */
  answers(t: Translation): boolean {
    return t.kind === 'query' && MENTIONS.test(t.text);
  }

  /** The result of `t` when it reads the session's cursors or prepared statements, else null. */
  query(t: Translation, params: SqliteValue[], ctx: SessionContext): ExecResult | null {
    const stmt = this.prepare(t);
    if (!stmt) return null;
    this.refresh(this.byPid(ctx.pid));
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

  private prepare(t: Translation): Database.Statement | null {
    if (!this.answers(t)) return null;
    try {
      return this.db.prepare(t.steps[t.steps.length - 1]!.sql).raw(true);
    } catch (err) {
      if (/no such table/.test((err as Error).message)) {
        throw new PgError(SqlState.featureNotSupported, 'evsql answers pg_cursors and pg_prepared_statements only in statements that read no other table');
      }
      throw err;
    }
  }

  private refresh(conn: Connection | undefined): void {
    for (const table of [sqliteTable(CURSORS), sqliteTable(PREPARED), HELPER.name]) this.db.exec(`DELETE FROM ${table}`);
    if (!conn) return;
    const { cursors, prepared } = conn.sessionObjects();
    for (const [name, c] of cursors) {
      this.inserts.get(CURSORS)!.run({ name, statement: c.statement, is_holdable: c.hold ? 1 : 0, is_binary: c.format === 1 ? 1 : 0, is_scrollable: c.scrollable ? 1 : 0, creation_time: formatTimestamp(c.created, true) });
    }
    const types = new Set<number>();
    for (const [name, p] of prepared) {
      for (const oid of p.paramTypes) types.add(oid);
      this.inserts.get(PREPARED)!.run({
        name,
        statement: p.origin.text,
        prepare_time: formatTimestamp(p.origin.at, true),
        parameter_types: JSON.stringify(p.paramTypes),
        from_sql: p.origin.fromSql ? 1 : 0,
        generic_plans: 0,
        custom_plans: p.plans,
      });
    }
    for (const oid of types) this.typeName.run(oid, formatType(oid, -1) === '???' ? String(oid) : formatType(oid, -1));
  }
}
