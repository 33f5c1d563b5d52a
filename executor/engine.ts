/**
 * The engine behind the proxy: it runs each session's statements on the replica and decides who
 * may write. This is the single-replica, agree-then-execute form: one open transaction owns the
 * writer until it ends, and every other writing session waits its turn (up to lock_timeout).
 * Autocommit queries run on reader threads against the last committed snapshot and wait for no one.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PgError, SqlState } from '../proxy/errors.js';
import type { SqliteValue } from '../proxy/pgtypes.js';
import type { ExecResult, Op, SessionContext, Step, TxAction } from './messages.js';
import { Replica, type SqliteWorker } from './replica.js';

export interface EngineOptions {
  dataDir: string;
  replicas: number;
  readers: number;
  synchronous: 'full' | 'normal';
}

interface Waiter {
  session: EngineSession;
  grant: () => void;
}

/** FIFO ownership of the replica's writer. */
class WriterLock {
  owner: EngineSession | null = null;
  private readonly queue: Waiter[] = [];

  acquire(session: EngineSession, timeoutMs: number, signal: { cancelled: boolean; wake?: () => void }): Promise<void> {
    if (this.owner === session) return Promise.resolve();
    if (!this.owner) {
      this.owner = session;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        session,
        grant: () => {
          clearTimeout(timer);
          signal.wake = undefined;
          resolve();
        },
      };
      const giveUp = (err: PgError) => {
        clearTimeout(timer);
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
        signal.wake = undefined;
        reject(err);
      };
      const timer = setTimeout(() => giveUp(new PgError(SqlState.lockNotAvailable, 'canceling statement due to lock timeout')), timeoutMs);
      signal.wake = () => giveUp(new PgError(SqlState.queryCanceled, 'canceling statement due to user request'));
      this.queue.push(waiter);
    });
  }

  release(session: EngineSession): void {
    if (this.owner !== session) return;
    const next = this.queue.shift();
    this.owner = next ? next.session : null;
    next?.grant();
  }
}

export class Engine {
  private readonly replica: Replica;
  readonly lock = new WriterLock();

  constructor(readonly options: EngineOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    const file = join(options.dataDir, 'replica-0.sqlite');
    // Create the file in WAL mode before the read-only readers open it.
    const init = new Database(file);
    init.pragma('journal_mode = WAL');
    init.close();
    this.replica = new Replica(file, options.readers, options.synchronous);
  }

  session(): EngineSession {
    return new EngineSession(this);
  }

  get writer(): SqliteWorker {
    return this.replica.writer;
  }

  reader(): SqliteWorker {
    return this.replica.reader();
  }

  close(): Promise<void> {
    return this.replica.close();
  }
}

export interface RunOptions {
  ctx: SessionContext;
  lockTimeoutMs: number;
  /** Autocommit statements that only read may run on a reader thread. */
  readOnly: boolean;
}

/** One client session's view of the engine: its transaction and the request it is running. */
export class EngineSession {
  private inTx = false;
  private running: { worker: SqliteWorker; id: number } | null = null;
  private readonly signal: { cancelled: boolean; wake?: () => void } = { cancelled: false };

  constructor(private readonly engine: Engine) {}

  get inTransaction(): boolean {
    return this.inTx;
  }

  /** Runs statements: in the open transaction, or else as one autocommit transaction. */
  async exec(steps: Step[], params: SqliteValue[], opts: RunOptions): Promise<ExecResult> {
    if (!this.inTx && opts.readOnly) return this.send(this.engine.reader(), opts.ctx, { op: 'exec', steps, params, autocommit: true });
    return this.write(opts, { op: 'exec', steps, params, autocommit: !this.inTx });
  }

  async insertRows(sql: string, rows: SqliteValue[][], opts: RunOptions): Promise<ExecResult> {
    return this.write(opts, { op: 'insertRows', sql, rows, autocommit: !this.inTx });
  }

  /** Result column declared types of a statement, without running it. */
  describe(steps: Step[], ctx: SessionContext): Promise<ExecResult> {
    return this.send(this.engine.reader(), ctx, { op: 'describe', steps });
  }

  /** BEGIN takes nothing yet: the writer is claimed by the transaction's first statement. */
  begin(): void {
    this.inTx = true;
  }

  async end(action: 'commit' | 'rollback', ctx: SessionContext): Promise<void> {
    this.inTx = false;
    if (this.engine.lock.owner !== this) return;
    try {
      await this.send(this.engine.writer, ctx, { op: 'tx', action });
    } finally {
      this.engine.lock.release(this);
    }
  }

  async savepoint(action: Exclude<TxAction, 'begin' | 'commit' | 'rollback'>, name: string, opts: RunOptions): Promise<void> {
    await this.claim(opts);
    await this.send(this.engine.writer, opts.ctx, { op: 'tx', action, name });
  }

  /** Cancels the running statement, or the wait for the writer. */
  cancel(): void {
    this.signal.cancelled = true;
    this.signal.wake?.();
    if (this.running) this.running.worker.cancel(this.running.id);
  }

  private async write(opts: RunOptions, op: Op): Promise<ExecResult> {
    const autocommit = !this.inTx;
    await this.claim(opts);
    try {
      return await this.send(this.engine.writer, opts.ctx, op);
    } finally {
      if (autocommit) this.engine.lock.release(this);
    }
  }

  private async claim(opts: RunOptions): Promise<void> {
    this.signal.cancelled = false;
    const owned = this.engine.lock.owner === this;
    await this.engine.lock.acquire(this, opts.lockTimeoutMs, this.signal);
    if (!owned && this.inTx) await this.send(this.engine.writer, opts.ctx, { op: 'tx', action: 'begin' });
  }

  private async send(worker: SqliteWorker, ctx: SessionContext, op: Op): Promise<ExecResult> {
    try {
      return await worker.request(ctx, op, (id) => {
        this.running = { worker, id };
      });
    } finally {
      this.running = null;
    }
  }

  /** Ends whatever the session left open (client went away). */
  async close(ctx: SessionContext): Promise<void> {
    if (this.inTx || this.engine.lock.owner === this) await this.end('rollback', ctx);
  }
}
