/**
 * evsql_replicas and evsql_stats: the pipeline's own figures as tables a client can query with
 * ordinary SQL. Each query loads the current figures into a small in-memory SQLite database and
 * runs the translated statement there.
 */
import Database from 'better-sqlite3';
import type { SqliteValue } from '../pg/types/registry.js';
import type { Translation } from '../dialect/translate/translate.js';
import { columnsOf, type ExecResult } from '../executor/messages.js';
import { toPgError } from '../executor/sqlite-errors.js';
import { PgError, SqlState } from '../pg/errors.js';
import { withSessionStyles } from '../pg/types/session-styles.js';
import { registerFunctions } from '../dialect/runtime/functions.js';
import type { FunctionScope } from '../dialect/runtime/function-scope.js';
import type { SessionContext } from '../dialect/plan.js';
import type { Pipeline } from './pipeline.js';

const MENTIONS = /\bevsql_(replicas|stats)\b/i;
/** `SELECT evsql_fault('crash' | 'corrupt' | 'diverge' | 'shuffle' | 'conflict', replica)`, with --fault-injection only. */
const FAULT = /\bevsql_fault\(\s*'(\w+)'\s*,\s*(\d+)\s*\)/i;
const SCRUB = /\bevsql_scrub\(\s*\)/i;
/**
 * `SELECT evsql_add_replica(id [, wait_seconds])` / `SELECT evsql_remove_replica(id)`: the voting
 * set, in cluster mode.
 */
const VOTING = /\bevsql_(add|remove)_replica\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)/i;

export class StatusTables {
  private readonly db = new Database(':memory:');
  private scope: FunctionScope | undefined;

  constructor(private readonly pipeline: Pipeline) {
    this.db.defaultSafeIntegers(true);
    // The translator's casts and functions (count(*)::int is pg_cast_int(…)), as on a replica.
    registerFunctions(this.db, () => this.scope!);
    this.db.exec(`CREATE TABLE evsql_replicas (id int8, host text, status text, lag int8, applied_seq int8, state_root text, batches int8, rollbacks int8, repairs int8);
      CREATE TABLE evsql_stats (name text, value text);
      CREATE TABLE evsql_scrub (replica int4, divergent_pages int8, repaired_rows int8);`);
    // The translator makes `FROM evsql_scrub()` the table above; in a select list it stays a call, which PostgreSQL would answer as records.
    this.db.function('evsql_scrub', () => {
      throw new PgError(SqlState.featureNotSupported, 'evsql_scrub() in a select list is not supported by evsql', { hint: 'Use SELECT * FROM evsql_scrub().' });
    });
  }

  /** Whether `t` is one that query() answers: it reads the status tables or calls one of evsql's functions. */
  answers(t: Translation): boolean {
    return t.kind === 'query' && (FAULT.test(t.text) || VOTING.test(t.text) || SCRUB.test(t.text) || MENTIONS.test(t.text));
  }

  /** The result of `t` when it reads the status tables or injects a fault, else null. */
  async query(t: Translation, params: SqliteValue[], ctx: SessionContext): Promise<ExecResult | null> {
    if (t.kind !== 'query') return null;
    const fault = FAULT.exec(t.text);
    if (fault) {
      const done = await this.pipeline.injectFault(fault[1]!.toLowerCase(), Number(fault[2]));
      return { columns: [{ name: 'evsql_fault', declType: 'text' }], rows: [[done]], changes: 0 };
    }
    const voting = VOTING.exec(t.text);
    if (voting) {
      const join = voting[1]!.toLowerCase() === 'add';
      if (voting[3] !== undefined && (!join || Number(voting[3]) < 1)) throw new PgError(SqlState.invalidParameterValue, join ? 'evsql_add_replica waits at least 1 second' : 'evsql_remove_replica takes only a replica id');
      const set = await this.pipeline.changeVoting(Number(voting[2]), join, voting[3] === undefined ? undefined : Number(voting[3]) * 1000);
      return { columns: [{ name: `evsql_${voting[1]!.toLowerCase()}_replica`, declType: 'text' }], rows: [[`{${set.join(',')}}`]], changes: 0 };
    }
    const scrubbing = SCRUB.test(t.text);
    if (!scrubbing && !MENTIONS.test(t.text)) return null;
    // Prepared first: a statement SQLite refuses does no scrub.
    const step = t.steps[t.steps.length - 1]!;
    const stmt = this.prepare(step.sql);
    if (scrubbing) {
      this.db.exec('DELETE FROM evsql_scrub');
      const ins = this.db.prepare('INSERT INTO evsql_scrub VALUES (?, ?, ?)');
      for (const r of await this.pipeline.scrub()) ins.run(...r);
    }
    if (MENTIONS.test(t.text)) {
      this.db.exec('DELETE FROM evsql_replicas; DELETE FROM evsql_stats;');
      const ins = this.db.prepare('INSERT INTO evsql_replicas (id, status, applied_seq, state_root, batches, rollbacks, repairs, host, lag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      for (const r of await this.pipeline.settledReplicaRows()) ins.run(...r);
      const stat = this.db.prepare('INSERT INTO evsql_stats VALUES (?, ?)');
      for (const r of this.pipeline.statRows()) stat.run(...r);
    }
    this.scope = { ctx, cancelled: () => false, settings: undefined, rng: ctx.seed };
    try {
      const rows = withSessionStyles(ctx.settings, () => stmt.all(...step.params.map((p) => params[p - 1]!)) as SqliteValue[][]);
      return { columns: columnsOf(stmt), rows, changes: 0 };
    } catch (err) {
      throw toPgError(err);
    } finally {
      this.scope = undefined;
    }
  }

  /** The result columns of a status-table query, without running it (Describe); else null. */
  columns(t: Translation): ExecResult['columns'] | null {
    if (t.kind !== 'query' || FAULT.test(t.text) || VOTING.test(t.text) || !(SCRUB.test(t.text) || MENTIONS.test(t.text))) return null;
    return columnsOf(this.prepare(t.steps[t.steps.length - 1]!.sql));
  }

  private prepare(sql: string): Database.Statement {
    try {
      return this.db.prepare(sql).raw(true);
    } catch (err) {
      throw toPgError(err);
    }
  }
}
