/**
 * What the pipeline needs of a replica, wherever it runs: threads in this process (`Replica`) or
 * a replica process reached over NATS JetStream (`cluster/nats/`).
 */
import type { PgError } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { SessionContext, Step } from '../dialect/plan.js';
import type { SchemaSnapshot } from '../dialect/schema-snapshot.js';
import type { BatchReport, ExecResult, ReplicaState, ScrubReport, TableRows, UndoRecord } from './messages.js';

/** Where a read runs, so that it can be cancelled there. */
export interface Cancellable {
  cancel(id: number): void;
}

export interface ReplicaLink extends Cancellable {
  readonly index: number;
  /** Where it runs, as evsql_replicas shows it: `hostname:pid` of its process; null while unknown. */
  readonly host: string | null;
  /** Called once when the replica stops answering (its threads died, its process is gone). */
  onFailure: ((err: PgError) => void) | undefined;
  /** Its writer still runs. */
  readonly alive: boolean;
  /** Every part of it still runs (a replica being torn down loses its parts one by one). */
  readonly intact: boolean;
  /** `locked`: the session holds read locks on what it reads (no committed-view shadowing needed). */
  read(steps: Step[], params: SqliteValue[], ctx: SessionContext, id: number, onWorker?: (w: Cancellable) => void, locked?: boolean): Promise<ExecResult>;
  /**
   * The result of `steps` when this thread can answer them at once (a point read of a replica in
   * this process), else undefined; read() answers everything.
   */
  tryRead?(steps: Step[], params: SqliteValue[], ctx: SessionContext): ExecResult | undefined;
  /** `temps`: CREATE statements of the temporary tables the statement reads (TranslatorSchema.describeTemps). */
  describe(steps: Step[], ctx: SessionContext, temps: string[]): Promise<ExecResult>;
  /**
   * Executes batch `seq` (items serialized by shareItems) in `order`, in its own savepoint.
   * `prompt`: an item answers from the first replica to run it (a speculative output), so the report
   * should not wait to share a message with others. `digestOnly`: the report may leave out the rows
   * of large results (ExecResult.omitted), which another replica's report carries; a link may
   * send them anyway.
   */
  batch(seq: number, items: SharedArrayBuffer, order: number[], prompt?: boolean, digestOnly?: boolean): Promise<BatchReport>;
  rollback(from: number): Promise<void>;
  /** `spare`: no release waits for this commit (others made a quorum); a link may send it late. */
  commit(upTo: number, spare?: boolean): Promise<void>;
  state(): Promise<ReplicaState>;
  /**
   * Rolls back what a crash (or a dead coordinator) left open; reports the committed state. From then on its commits are recorded as server run `boot`'s (commit-position.ts).
   * `keepOpen`: the file is a copy of a running replica's, whose open transactions are still open
   * (a rebuild): they are kept, with their undo records, as the source holds them.
   */
  recover(boot?: number, keepOpen?: boolean): Promise<ReplicaState>;
  copyTo(path: string): Promise<void>;
  /**
   * Replaces its whole state by a copy of `source`'s committed state, between batches; for a
   * replica that cannot be repaired row by row (a lost disk: not one of the source's tables).
   * Absent where the pipeline copies files itself (threads on its disk).
   */
  restoreFrom?(source: ReplicaLink): Promise<ReplicaState>;
  schema(): Promise<SchemaSnapshot>;
  bucketRows(table: string, buckets: number[]): Promise<TableRows>;
  /** Deletes rows by rowid, then inserts rows given as [rowid, ...values]. */
  repair(table: string, deleteRowids: bigint[], insert: SqliteValue[][]): Promise<ReplicaState>;
  /** The undo records of open transactions; with `set`, replaces them (a repair copies the source's). */
  undoLog(set?: UndoRecord[]): Promise<UndoRecord[]>;
  fault(kind: 'corrupt' | 'diverge'): Promise<void>;
  scrub(): Promise<ScrubReport>;
  /** Fault injection: the replica dies as a crash would kill it. */
  crash(): Promise<void>;
  close(): Promise<void>;
}
