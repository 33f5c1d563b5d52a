/**
 * pg_cursors and pg_prepared_statements: a session's own cursors and named prepared statements,
 * which no replica knows, answered here (server-views.ts) from the calling session's rows.
 */
import type Database from 'better-sqlite3';
import { formatType } from '../pg/types/registry.js';
import { HELPER, catalogRelation, sqliteTable } from '../dialect/catalog/definitions.js';
import { formatTimestamp } from '../dialect/runtime/sql-functions.js';
import type { SessionContext } from '../dialect/plan.js';
import type { Connection } from './connection.js';
import { ServerViews } from './server-views.js';

const MENTIONS = /\bpg_(cursors|prepared_statements)\b/i;
const CURSORS = catalogRelation('pg_catalog', 'pg_cursors')!;
const PREPARED = catalogRelation('pg_catalog', 'pg_prepared_statements')!;

export class SessionViews extends ServerViews {
  private readonly insertCursor: Database.Statement;
  private readonly insertPrepared: Database.Statement;
  private readonly typeName: Database.Statement;

  constructor(private readonly byPid: (pid: number) => Connection | undefined) {
    super(MENTIONS, 'evsql answers pg_cursors and pg_prepared_statements only in statements that read no other table');
    this.insertCursor = this.table(CURSORS);
    this.insertPrepared = this.table(PREPARED);
    // regtype[]'s output reads the type names (parameter_types).
    this.db.exec(`CREATE TABLE ${HELPER.name} (kind TEXT, oid INTEGER, name TEXT)`);
    this.typeName = this.db.prepare(`INSERT INTO ${HELPER.name} (kind, oid, name) VALUES ('type', ?, ?)`);
  }

  protected refresh(ctx: SessionContext): void {
    const conn = this.byPid(ctx.pid);
    for (const table of [sqliteTable(CURSORS), sqliteTable(PREPARED), HELPER.name]) this.db.exec(`DELETE FROM ${table}`);
    if (!conn) return;
    const { cursors, prepared } = conn.sessionObjects();
    for (const [name, c] of cursors) {
      this.insertCursor.run({ name, statement: c.statement, is_holdable: c.hold ? 1 : 0, is_binary: c.format === 1 ? 1 : 0, is_scrollable: c.scrollable ? 1 : 0, creation_time: formatTimestamp(c.created, true) });
    }
    const types = new Set<number>();
    for (const [name, p] of prepared) {
      for (const oid of p.paramTypes) types.add(oid);
      this.insertPrepared.run({
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
