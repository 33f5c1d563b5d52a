/**
 * A REPEATABLE READ transaction's snapshot: taken at its first read (PostgreSQL takes it at the
 * first statement; here a write before any read is not part of it), kept to its end. Its reads run on a reader thread of one replica that holds one SQLite read
 * transaction open (committed views installed once, at the start), so every read sees the same
 * committed rows whatever commits meanwhile, and takes no lock.
 *
 * Once the transaction has written, its statements run in the batches, on the newest committed
 * rows and its own (an SQLite snapshot cannot hold its writes). So from its first statement there
 * on, a statement run there that touches (reads or writes) what another transaction committed
 * after the snapshot began fails with 40001, as PostgreSQL's "concurrent update" does for writes: it sees
 * its snapshot's rows or none. LockWaits keeps the written keys of commits while snapshots need them.
 */
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { SessionContext, Step } from '../dialect/plan.js';
import type { ConflictKey } from '../mixer/keys.js';
import type { ExecResult } from '../executor/messages.js';
import { Replica, type SqliteWorker } from '../executor/replica.js';
import type { Pipeline } from './pipeline.js';
import type { LockWaits } from './lock-waits.js';

export class Snapshot {
  private at: { replica: Replica; reader: SqliteWorker } | null = null;
  /** The commit log's position when the snapshot began (LockWaits.snapshotBegins). */
  private since: number | null = null;

  constructor(
    private readonly pipeline: Pipeline,
    private readonly waits: LockWaits,
  ) {}

  async read(steps: Step[], params: SqliteValue[], ctx: SessionContext, id: number, onRunning: (cancel: () => void) => void, locked: boolean): Promise<ExecResult> {
    if (this.at) {
      const { replica, reader } = this.at;
      if (reader.exited) throw new PgError(SqlState.serializationFailure, 'could not serialize access: the replica holding this transaction\'s snapshot stopped', { hint: 'The transaction might succeed if retried.' });
      onRunning(() => reader.cancel(id));
      return replica.readPinned(reader, steps, params, ctx, id, false, locked);
    }
    this.since ??= this.waits.snapshotBegins();
    return this.pipeline.onReader(async (replica) => {
      if (!(replica instanceof Replica)) throw new PgError(SqlState.featureNotSupported, 'REPEATABLE READ is not available with replicas over NATS yet');
      const reader = replica.pinReader();
      onRunning(() => reader.cancel(id));
      try {
        const result = await replica.readPinned(reader, steps, params, ctx, id, true, locked);
        this.at = { replica, reader };
        return result;
      } catch (err) {
        await replica.unpin(reader).catch(() => undefined);
        throw err;
      }
    });
  }

  /** Refuses a statement that runs in the batches when a commit since the snapshot wrote what its `keys` touch. */
  check(keys: ConflictKey[]): void {
    if (this.since !== null && this.waits.changedSince(this.since, keys)) {
      throw new PgError(SqlState.serializationFailure, 'could not serialize access due to concurrent update', { hint: 'The transaction might succeed if retried.' });
    }
  }

  async end(): Promise<void> {
    const at = this.at;
    this.at = null;
    if (this.since !== null) this.waits.snapshotEnds(this.since);
    this.since = null;
    if (at) await at.replica.unpin(at.reader).catch(() => undefined);
  }
}
