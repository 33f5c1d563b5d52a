/**
 * One database the server serves: its replicas (a pipeline over a data directory of its own), the
 * schema its statements are translated against, its lock waits, the tables and functions the
 * server answers for it (evsql_replicas, evsql_backup(), …), and the LISTEN/NOTIFY channels its
 * sessions share — PostgreSQL's are per database too.
 */
import { TranslatorSchema } from '../dialect/translate/schema.js';
import type { Translation } from '../dialect/translate/translate.js';
import type { DatabaseEntry, ServerRows, SessionContext } from '../dialect/plan.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { ExecResult } from '../executor/messages.js';
import { Pipeline, type PipelineOptions } from '../cluster/pipeline.js';
import { LockWaits } from '../cluster/lock-waits.js';
import { Session } from '../cluster/session.js';
import { StatusTables } from '../cluster/status-tables.js';
import { Backups } from '../cluster/backup.js';
import { NotificationHub } from './notifications.js';

/** The queries the server answers the same in every database (pg_stat_activity, pg_cursors, …). */
export interface ServerAnswers {
  answers(t: Translation): boolean;
  query(t: Translation, params: SqliteValue[], ctx: SessionContext): ExecResult | null;
  columns(t: Translation): ExecResult['columns'] | null;
  mentions(t: Translation): boolean;
  rowsFor(t: Translation, ctx: SessionContext): ServerRows | null;
}

export class ServedDatabase {
  readonly pipeline: Pipeline;
  readonly waits: LockWaits;
  readonly notifications = new NotificationHub();
  private current: TranslatorSchema;
  private readonly status: StatusTables;
  readonly backups: Backups;
  /** Per translation (statements are translated once and kept): whether the server answers it itself. */
  private readonly answeredHere = new WeakMap<Translation, boolean>();
  /** Translations whose text names a relation only this server knows: the rest skip serverRows() at once. */
  private readonly namesServerRelations = new WeakMap<Translation, boolean>();

  constructor(
    readonly entry: DatabaseEntry,
    options: PipelineOptions,
    private readonly shared: ServerAnswers[],
  ) {
    this.pipeline = new Pipeline(options);
    this.current = new TranslatorSchema(this.pipeline.schemaSnapshot);
    this.pipeline.onSchemaChange = (snapshot) => {
      this.current = new TranslatorSchema(snapshot);
    };
    this.waits = new LockWaits(this.pipeline.locks);
    this.status = new StatusTables(this.pipeline);
    this.backups = new Backups(this.pipeline);
  }

  /** Recovers the replicas (a new database's are made empty). */
  open(): Promise<void> {
    return this.pipeline.open();
  }

  close(): Promise<void> {
    return this.pipeline.close();
  }

  newSession(): Session {
    return new Session(this.pipeline, this.waits);
  }

  /** The schema statements are translated against now: a new one after every schema change. */
  schema(): TranslatorSchema {
    return this.current;
  }

  /** Answers queries the server itself answers (evsql_replicas, pg_stat_activity …); null, at once, for any other statement. */
  statusQuery(t: Translation, params: SqliteValue[], ctx: () => SessionContext): Promise<ExecResult | null> | null {
    let answers = this.answeredHere.get(t);
    if (answers === undefined) this.answeredHere.set(t, (answers = this.shared.some((a) => a.answers(t)) || this.backups.calls(t) || this.status.answers(t)));
    if (!answers) return null;
    const c = ctx();
    return (async () => {
      for (const a of this.shared) {
        const result = a.query(t, params, c);
        if (result) return result;
      }
      return (await this.backups.query(t, params, c)) ?? this.status.query(t, params, c);
    })();
  }

  /** The rows of relations only this server knows that `t` takes along to the replica that runs it (server-views.ts), or null. */
  serverRows(t: Translation, ctx: SessionContext): ServerRows | null {
    let names = this.namesServerRelations.get(t);
    if (names === undefined) this.namesServerRelations.set(t, (names = this.shared.some((a) => a.mentions(t))));
    if (!names) return null;
    for (const a of this.shared) {
      const rows = a.rowsFor(t, ctx);
      if (rows) return rows;
    }
    return null;
  }

  /** The result columns of a statement statusQuery answers (Describe), or null for any other. */
  statusColumns(t: Translation): ExecResult['columns'] | null {
    for (const a of this.shared) {
      const columns = a.columns(t);
      if (columns) return columns;
    }
    return this.backups.columns(t) ?? this.status.columns(t);
  }
}
