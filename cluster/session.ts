/**
 * One client session's view of the replicated database. A PostgreSQL transaction is not an SQLite
 * transaction: its writes and locking reads take locks on their conflict keys (two-phase locking,
 * held until its COMMIT/ROLLBACK is queued), run in whatever batch comes next, and leave undo
 * records so ROLLBACK can take back this transaction alone; readers show those rows as last
 * committed from the undo records, so plain reads take no lock (but under SERIALIZABLE).
 * Autocommit statements take their locks only until they are queued.
 *
 * Inside a transaction a statement may answer from the first replica that ran it (speculative,
 * `evsql.speculative`): nothing of an open transaction is visible to others or durable. COMMIT
 * first waits for every such answer to be verified, and fails with 40001 if one differed.
 */
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { SkipLockedPlan, Translation } from '../dialect/translate/translate.js';
import { type ConflictKey, writes } from '../mixer/keys.js';
import { type ExecResult, type Work, wholeResult } from '../executor/messages.js';
import type { SessionContext, Step } from '../dialect/plan.js';
import { newRequestId } from '../executor/replica.js';
import type { Pipeline } from './pipeline.js';
import type { LockWaits } from './lock-waits.js';
import { Snapshot } from './snapshot.js';

export interface RunOptions {
  ctx: SessionContext;
  lockTimeoutMs: number;
}

interface Savepoint {
  name: string;
  mark: number;
}

let lastSession = 0;

/** What an autocommit statement asks the lock table as: a transaction that holds nothing. */
const NO_TRANSACTION = -1;

export class Session {
  private readonly id = ++lastSession;
  private tx: number | null = null;
  private retainReads = false;
  /** REPEATABLE READ: the snapshot its reads share. */
  private snapshot: Snapshot | null = null;
  /** The transaction changed something: COMMIT/ROLLBACK must go through the log. */
  private wrote = false;
  private savepoints: Savepoint[] = [];
  private running: { id: number; cancel: () => void } | null = null;
  private waitCancel: (() => void) | null = null;

  constructor(
    private readonly pipeline: Pipeline,
    private readonly waits: LockWaits,
  ) {}

  get inTransaction(): boolean {
    return this.tx !== null;
  }

  /** The running statement waits for another transaction's locks (pg_stat_activity's wait_event). */
  get waitingForLock(): boolean {
    return this.waitCancel !== null;
  }

  /**
   * BEGIN takes nothing yet: each statement locks what it touches. Under READ COMMITTED (the
   * default, as in PostgreSQL) and REPEATABLE READ a plain read takes no lock and waits for no
   * writer; REPEATABLE READ reads one snapshot. Under SERIALIZABLE read locks last until the
   * transaction ends.
   */
  begin(isolation = 'read committed'): void {
    this.retainReads = isolation === 'serializable';
    this.snapshot = isolation === 'repeatable read' ? new Snapshot(this.pipeline, this.waits) : null;
    this.tx = this.pipeline.newTransaction();
    this.wrote = false;
    this.savepoints = [];
  }

  /**
   * The result of an autocommit-style plain read when a replica on this thread answers it at once
   * (a point read), else undefined: exec() runs everything. What exec() would do, without its
   * promises: a plain read outside a REPEATABLE READ snapshot and a transaction that wrote.
   */
  tryRead(t: Translation, params: SqliteValue[], opts: RunOptions): ExecResult | undefined {
    if (!this.plainRead(t) || this.retainReads || this.snapshot || (this.tx !== null && this.wrote)) return undefined;
    try {
      return this.pipeline.tryRead(t.steps, params, opts.ctx);
    } catch (err) {
      // A schema change an open transaction holds: exec() waits for it.
      if (err instanceof PgError && err.code === SqlState.objectInUse) return undefined;
      throw err;
    }
  }

  /**
   * `current`: the statement translated again for the schema as it is once the locks are held,
   * for DDL, whose IF NOT EXISTS another session's DDL it waited for may have made a no-op.
   */
  async exec(t: Translation, params: SqliteValue[], opts: RunOptions, current?: () => Translation): Promise<ExecResult> {
    if (t.skipLocked && this.pipeline.options.mode === 'ev') return this.skipLocked(t.skipLocked, params, opts);
    // An autocommit plain read takes no lock and is ordered after nothing: it needs no keys.
    let keys: ConflictKey[] | undefined;
    const keysOf = () => (keys ??= this.pipeline.keysFor(t, params));
    const readOnly = this.plainRead(t);
    // A transaction's own writes may not be committed on any replica yet: its reads go through
    // the batches, in order after them, instead of to a reader's committed snapshot. Under
    // REPEATABLE READ only its reads of tables it wrote do: the others keep to its snapshot.
    const onReader = readOnly && !(this.tx !== null && this.wrote && (!this.snapshot || this.touchesWritten(keysOf())));
    const brief = readOnly && !this.retainReads;
    if (onReader && brief) {
      // A plain read takes no lock and waits for no writer: the reader shows rows open
      // transactions changed as last committed. Only an open transaction's schema change (55006)
      // makes it wait for that transaction's locks, as ALTER TABLE's lock holds PostgreSQL's readers.
      try {
        return await this.read(t, params, opts, false);
      } catch (err) {
        if (!(err instanceof PgError && err.code === SqlState.objectInUse)) throw err;
      }
    }
    if (brief && !onReader) {
      // Through the batches, to see its own writes, but with no lock either: keys only order it
      // there. The batcher orders it after every write and end that conflicts and came before, so
      // only a transaction that holds a conflicting write lock now can have rows it would see
      // uncommitted; only then do the replicas build committed views (a schema change on the writer).
      const committed = this.pipeline.locks.blockers(this.tx!, keysOf()).length > 0;
      return this.write(keysOf(), opts.ctx, { kind: 'exec', steps: t.steps, params, committed });
    }
    if (onReader) {
      const locking = keysOf();
      return this.locked(locking, opts, brief, async () => {
        await this.waits.settled(locking);
        return this.read(t, params, opts, true);
      });
    }
    const writing = keysOf();
    if (t.lockWait === 'nowait') this.lockNow(writing);
    if (!current) return this.locked(writing, opts, brief, () => this.write(writing, opts.ctx, { kind: 'exec', steps: t.steps, params }), true);
    // Translated again once what it waited for has run, and holding its locks until it has run too.
    return this.locked(writing, opts, brief, async () => {
      await this.waits.settled(writing);
      return this.write(writing, opts.ctx, { kind: 'exec', steps: current().steps, params });
    });
  }

  /** NOWAIT: 55P03 at once where another transaction holds a lock the statement needs. */
  private lockNow(keys: ConflictKey[]): void {
    const held = keys.find((k) => this.pipeline.locks.blockers(this.tx ?? NO_TRANSACTION, [k]).length > 0);
    if (held) throw new PgError(SqlState.lockNotAvailable, `could not obtain lock on row in relation "${held.table}"`);
  }

  /**
   * SELECT … FOR UPDATE SKIP LOCKED: reads which rows the statement would lock (as a plain read:
   * the last committed rows and the transaction's own), takes in that order the row locks no other
   * transaction holds, up to its LIMIT, and runs the statement over the rows taken. A row changed
   * between the read and the statement's turn is judged again by its WHERE there, as PostgreSQL
   * re-checks a row it waited for.
   */
  private async skipLocked(plan: SkipLockedPlan, params: SqliteValue[], opts: RunOptions): Promise<ExecResult> {
    const limit = plan.limit === null ? null : typeof plan.limit === 'number' ? plan.limit : params[plan.limit.param - 1];
    const wanted = limit === null || limit === undefined ? null : Number(limit);
    // Only rows someone holds a lock on can be passed over: that many more than the LIMIT are enough.
    const reach = wanted === null || !(wanted >= 0) ? null : BigInt(wanted + this.pipeline.locks.rowLocks(plan.table));
    const found = await wholeResult(await this.exec(plan.candidates, [...params, reach], opts));
    const keys: ConflictKey[] = [];
    const taken: string[] = [];
    for (const [value] of found.rows) {
      if (wanted !== null && keys.length >= wanted) break;
      // A key value the mixer cannot name a row by locks the table, as the statement would have.
      const key = this.pipeline.rowLockKey(plan.table, plan.column, value!) ?? { mode: 'w', table: plan.table };
      if (this.pipeline.locks.blockers(this.tx ?? NO_TRANSACTION, [key]).length > 0) continue;
      keys.push(key);
      taken.push(typeof value === 'bigint' ? value.toString() : JSON.stringify(value));
    }
    if (plan.single && taken.length > 1) throw new PgError(SqlState.cardinalityViolation, 'more than one row returned by a subquery used as an expression');
    const work: Work = { kind: 'exec', steps: plan.restricted.steps, params: [...params, `[${taken.join(',')}]`] };
    // An UPDATE or DELETE over the rows taken may write more than them (triggers, keys' actions): the mixer's keys of it, pinned to those rows.
    const locking = plan.restricted.kind === 'dml' ? this.pipeline.keysFor(plan.restricted, work.params) : keys;
    return this.locked(locking, opts, false, () => this.write(locking, opts.ctx, work), true);
  }

  /** A read that takes no row locks (not FOR UPDATE/SHARE) where readers answer reads (not in sequential mode). */
  private plainRead(t: Translation): boolean {
    return t.kind === 'query' && !t.lockingRead && this.pipeline.options.mode === 'ev';
  }

  private touchesWritten(keys: ConflictKey[]): boolean {
    const written = new Set(this.pipeline.locks.held(this.tx!).filter((k) => writes(k.mode)).map((k) => k.table));
    return written.has('*') || keys.some((k) => k.table === '*' || written.has(k.table));
  }

  private read(t: Translation, params: SqliteValue[], opts: RunOptions, locked: boolean): Promise<ExecResult> {
    const id = newRequestId();
    const onRunning = (cancel: () => void) => (this.running = { id, cancel });
    const read = this.snapshot ? this.snapshot.read(t.steps, params, opts.ctx, id, onRunning, locked) : this.pipeline.read(t.steps, params, opts.ctx, id, onRunning, locked);
    return this.track(id, read);
  }

  /** COPY FROM: many rows into one table, in batches. */
  insertRows(table: string, sql: string, rows: SqliteValue[][], opts: RunOptions): Promise<ExecResult> {
    const keys: ConflictKey[] = [{ mode: 'w', table }];
    return this.locked(keys, opts, false, () => this.write(keys, opts.ctx, { kind: 'insertRows', table, sql, rows }), true);
  }

  /** `temps`: TranslatorSchema.describeTemps. */
  describe(steps: Step[], ctx: SessionContext, temps: string[]): Promise<ExecResult> {
    return this.pipeline.describe(steps, ctx, temps);
  }

  async end(action: 'commit' | 'rollback', ctx: SessionContext): Promise<void> {
    const tx = this.tx;
    if (tx === null) return;
    this.tx = null;
    this.savepoints = [];
    const snapshot = this.snapshot;
    this.snapshot = null;
    await snapshot?.end();
    if (!this.wrote) return this.waits.release(tx);
    let work: Work = action === 'commit' ? { kind: 'forget' } : { kind: 'undo', after: 0 };
    let failure: PgError | null = null;
    try {
      if (!(await this.pipeline.verifiedOutputs(tx)) && action === 'commit') {
        work = { kind: 'undo', after: 0 };
        failure = new PgError(SqlState.serializationFailure, 'could not serialize access due to concurrent update', {
          detail: 'A result this transaction was shown before verification differs from the verified one.',
          hint: 'The transaction might succeed if retried.',
        });
      }
    } catch (err) {
      this.waits.release(tx);
      throw err;
    }
    const done = this.pipeline.submit(this.id, tx, this.pipeline.locks.held(tx), ctx, work);
    // Queued: later writers are ordered after it by the batcher; readers wait for `done`.
    this.waits.releaseQueued(tx, done);
    try {
      await done;
    } catch (err) {
      // A COMMIT refused by a deferred foreign key's check rolled the transaction back: it ended
      // all the same (a failed batch's transactions end when the pipeline undoes them).
      if (err instanceof PgError && err.code === SqlState.foreignKeyViolation) this.pipeline.transactionEnded();
      throw err;
    }
    this.pipeline.transactionEnded();
    if (failure) throw failure;
  }

  /** SET CONSTRAINTS … IMMEDIATE: the replicas check the transaction's changes against the keys immediate now (`opts.ctx`'s). */
  async checkConstraints(opts: RunOptions): Promise<void> {
    if (this.tx === null || !this.wrote) return;
    await this.pipeline.submit(this.id, this.tx, this.pipeline.locks.held(this.tx), opts.ctx, { kind: 'check' });
  }

  async savepoint(action: 'savepoint' | 'release' | 'rollback_to', name: string, opts: RunOptions): Promise<void> {
    const tx = this.tx!;
    const at = this.savepoints.map((s) => s.name).lastIndexOf(name);
    if (action !== 'savepoint' && at < 0) throw new PgError('3B001', `savepoint "${name}" does not exist`);
    if (action === 'release') {
      this.savepoints.length = at;
      return;
    }
    if (action === 'rollback_to') {
      // ROLLBACK TO keeps the savepoint itself and destroys the later ones.
      this.savepoints.length = at + 1;
      if (this.wrote) await this.pipeline.submit(this.id, tx, this.pipeline.locks.held(tx), opts.ctx, { kind: 'undo', after: this.savepoints[at]!.mark });
      return;
    }
    const mark = this.wrote ? (await this.pipeline.submit(this.id, tx, [], opts.ctx, { kind: 'mark' })).mark ?? 0 : 0;
    this.savepoints.push({ name, mark });
  }

  private async abort(ctx: SessionContext): Promise<void> {
    const tx = this.tx!;
    this.savepoints = [];
    if (!this.wrote) return this.waits.release(tx);
    this.wrote = false;
    await this.pipeline.verifiedOutputs(tx);
    const done = this.pipeline.submit(this.id, tx, this.pipeline.locks.held(tx), ctx, { kind: 'undo', after: 0 });
    this.waits.releaseQueued(tx, done);
    await done;
    this.pipeline.transactionEnded();
  }

  /** Cancels the running statement, or the wait for its locks. */
  cancel(): void {
    this.waitCancel?.();
    if (this.running) {
      this.pipeline.cancel(this.running.id);
      this.running.cancel();
    }
  }

  async close(ctx: SessionContext): Promise<void> {
    if (this.tx !== null) await this.end('rollback', ctx);
  }

  private write(keys: ConflictKey[], ctx: SessionContext, work: Work): Promise<ExecResult> {
    this.snapshot?.check(keys);
    if (this.tx !== null && !this.wrote) {
      this.wrote = true;
      this.pipeline.transactionWrote();
    }
    const id = newRequestId();
    const speculative = ctx.settings['evsql.speculative'] !== 'off';
    return this.track(id, this.pipeline.submit(this.id, this.tx, keys, ctx, work, id, speculative), () => this.pipeline.cancel(id));
  }

  private async track(id: number, p: Promise<ExecResult>, cancel: () => void = () => undefined): Promise<ExecResult> {
    this.running = { id, cancel };
    try {
      return await p;
    } finally {
      this.running = null;
    }
  }

  /**
   * Runs `body` holding locks on `keys`: the transaction's (kept until it ends) or, in autocommit
   * or for a `brief` read, a one-statement transaction's — released when the statement is done,
   * or for a `queued` one (body() queues it in the batcher synchronously) as soon as it is queued.
   */
  private async locked(keys: ConflictKey[], opts: RunOptions, brief: boolean, body: () => Promise<ExecResult>, queued = false): Promise<ExecResult> {
    const own = this.tx === null || brief;
    const tx = own ? this.pipeline.newTransaction() : this.tx!;
    try {
      await this.waits.acquire(tx, keys, opts.lockTimeoutMs, (cancel) => (this.waitCancel = cancel), this.tx !== null && brief ? this.tx : undefined);
    } catch (err) {
      // A deadlock victim's transaction is over at once, as in PostgreSQL: undo it and free its
      // locks so the others go on; the client still ends it with ROLLBACK.
      if (this.tx !== null && err instanceof PgError && err.code === SqlState.deadlockDetected) await this.abort(opts.ctx);
      throw err;
    } finally {
      this.waitCancel = null;
    }
    if (own && queued) {
      const done = body();
      this.waits.releaseQueued(tx, done);
      return done;
    }
    try {
      return await body();
    } finally {
      if (own) this.waits.release(tx);
    }
  }
}
