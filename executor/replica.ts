/**
 * The main thread's handle on one replica: its SQLite file, a writer worker and reader workers.
 * Requests are plain messages; replies come back by id.
 */
import { existsSync, renameSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { hostname } from 'node:os';
import { inspect } from 'node:util';
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { BatchReport, ExecResult, Op, ReplicaState, Reply, Request, ScrubReport, TableRows, UndoRecord } from './messages.js';
import type { SessionContext, Step } from '../dialect/plan.js';
import type { SchemaSnapshot } from '../dialect/schema-snapshot.js';
import { CANCEL_SLOT, SYSTEM_CONTEXT } from './messages.js';
import type { WorkerConfig } from './worker.js';
import type { HostConfig } from './host.js';
import { LocalReader } from './local-reader.js';
import { watchCheckpoints } from './checkpointer.js';
import type { Cancellable, ReplicaLink } from './link.js';

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));
const CANCEL_GRACE_MS = 250;
/** How long closing a thread waits for it to end (SqliteThread.release). */
const THREAD_END_WAIT_MS = 1000;
/** Reader threads kept started for the next snapshot or streamed result. */
const MAX_SPARE_READERS = 2;

/** Threads asked to end whose SQLite statement has not yet returned to JavaScript (a runaway read's). */
const ending = new Set<SqliteThread>();

/**
 * Worker threads asked to end that still run. Node's process.exit() waits for every worker thread
 * to end, and one stopping a read without a cancellation point ends only when SQLite next returns
 * to JavaScript: hours, for a join without a bound (bin/evsql.ts ends the process otherwise then).
 */
export function threadsStillEnding(): number {
  return ending.size;
}

let lastId = 0;
/** Ids of worker requests and of batch items share one space, so a cancel names exactly one. */
export function newRequestId(): number {
  return ++lastId;
}

interface Pending {
  resolve: (r: unknown) => void;
  reject: (e: PgError) => void;
}

/**
 * A worker thread (worker.ts) running one or more SQLite connections (hosts), each reached through
 * its own SqliteWorker. Requests queue in order, across the thread's hosts too.
 */
export class SqliteThread {
  private readonly worker: Worker;
  readonly control: Int32Array;
  readonly hosts: SqliteWorker[];

  /** Requests made in the current synchronous stretch, posted together at its end. */
  private outbox: Request[] = [];

  constructor(configs: HostConfig[]) {
    const shared = new SharedArrayBuffer(4);
    this.control = new Int32Array(shared);
    const config: WorkerConfig = { hosts: configs, shared };
    this.worker = new Worker(WORKER_FILE, { workerData: config });
    this.hosts = configs.map((c, i) => new SqliteWorker(this, i, c.readonly));
    this.worker.on('message', (m: Reply | Reply[]) => {
      for (const reply of Array.isArray(m) ? m : [m]) this.hosts.find((h) => h.answered(reply));
    });
    // What a thread throws need not be an Error (a value thrown, or one that lost its class crossing over).
    this.worker.on('error', (err: unknown) => this.fail(new PgError(SqlState.internalError, `replica worker failed: ${err instanceof Error && err.message ? err.message : inspect(err)}`)));
    this.worker.on('exit', () => this.fail(new PgError(SqlState.adminShutdown, 'replica worker exited')));
  }

  /**
   * A batch goes to every replica in one stretch: the writers sharing this thread get it in one
   * message, deserialized once, instead of one message each.
   */
  post(req: Request): void {
    if (this.outbox.push(req) === 1) queueMicrotask(this.flush);
  }

  private readonly flush = (): void => {
    const reqs = this.outbox;
    this.outbox = [];
    this.worker.postMessage(reqs.length === 1 ? reqs[0] : reqs);
  };

  /** Ends the thread once none of its hosts is in use. */
  async release(): Promise<void> {
    if (!this.hosts.every((h) => h.exited)) return;
    ending.add(this);
    const ended = this.worker.terminate().finally(() => ending.delete(this));
    // A thread inside a runaway SQLite statement may not end for hours: whoever closes it goes on
    // (a replica's writer closes, the server stops) and threadsStillEnding() counts it.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([ended, new Promise((resolve) => (timer = setTimeout(resolve, THREAD_END_WAIT_MS)))]);
    clearTimeout(timer);
  }

  private fail(err: PgError): void {
    for (const h of this.hosts) h.fail(err);
  }
}

/** One SQLite connection on a worker thread, maybe sharing the thread with others. */
export class SqliteWorker {
  private readonly pending = new Map<number, Pending>();
  /** Requests sent and not yet answered: the reader pool picks the least busy worker. */
  inFlight = 0;
  exited = false;
  /** Called once if the connection is lost (its thread died, or it was closed). */
  onFailure: ((err: PgError) => void) | undefined;
  /** Called on every answer it gives, before it is handed on. */
  onReply: (() => void) | undefined;

  /** A connection on a thread of its own. */
  static start(file: string, readonly: boolean, synchronous: 'full' | 'normal', faults = false, maxResultBytes?: number): SqliteWorker {
    return new SqliteThread([{ file, readonly, synchronous, faults, maxResultBytes }]).hosts[0]!;
  }

  constructor(private readonly thread: SqliteThread, private readonly host: number, private readonly readonly: boolean) {}

  request<T>(ctx: SessionContext, op: Op, id = newRequestId()): Promise<T> {
    if (this.exited) return Promise.reject(new PgError(SqlState.adminShutdown, 'replica is shut down'));
    this.inFlight++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      this.thread.post(ctx === SYSTEM_CONTEXT ? { id, op, host: this.host } : { id, ctx, op, host: this.host });
    });
  }

  /**
   * Marks request `id` cancelled: the worker stops it at its next check, or refuses to start it.
   * SQLite cannot be interrupted from another thread here (better-sqlite3 has no
   * sqlite3_interrupt), so a read that has not stopped CANCEL_GRACE_MS later (a join of many
   * tables) is stopped by ending its reader thread; a reader holds nothing anyone else needs.
   */
  cancel(id: number): void {
    Atomics.store(this.thread.control, CANCEL_SLOT, id);
    if (!this.readonly || !this.pending.has(id)) return;
    setTimeout(() => {
      const p = this.pending.get(id);
      if (!p || this.exited) return;
      this.pending.delete(id);
      p.reject(new PgError(SqlState.queryCanceled, 'canceling statement due to user request'));
      // The thread ends only when SQLite next returns to JavaScript, which a long join may not do
      // for hours: the reads queued behind it go to another reader now, none come to it again.
      this.fail(new PgError(SqlState.adminShutdown, 'reader thread ended to stop a runaway read'));
      void this.thread.release();
    }, CANCEL_GRACE_MS).unref();
  }

  /** Closes the connection, and its thread with the last of the thread's connections. */
  async close(): Promise<void> {
    if (this.exited) return;
    // Closed means gone now, not when the thread gets round to it.
    this.fail(new PgError(SqlState.adminShutdown, 'replica worker exited'));
    if (this.thread.hosts.some((h) => !h.exited)) this.thread.post({ id: newRequestId(), op: { op: 'close' }, host: this.host });
    await this.thread.release();
  }

  /** Takes the reply if it answers one of this connection's requests. */
  answered(reply: Reply): boolean {
    const p = this.pending.get(reply.id);
    if (!p) return false;
    this.onReply?.();
    this.pending.delete(reply.id);
    this.inFlight--;
    if (reply.ok) p.resolve(reply.result);
    else p.reject(new PgError(reply.error.code, reply.error.message, reply.error.fields));
    return true;
  }

  fail(err: PgError): void {
    if (this.exited) return;
    this.exited = true;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.inFlight = 0;
    this.onFailure?.(err);
  }
}

/**
 * Writer connections for replica files `files`, dealt round-robin over `threads` worker threads.
 * Where the cores are fewer than the replicas' writers and the main thread, writers sharing a
 * thread run a batch one after another for the price of one thread wake-up per batch instead of
 * one per replica (SqliteThread.post sends a stretch's requests as one message).
 */
export function sharedWriters(files: string[], threads: number, synchronous: 'full' | 'normal', faults: boolean, maxResultBytes?: number): SqliteWorker[] {
  const writers: SqliteWorker[] = [];
  const placed = writerThreads(files.length, threads);
  for (const t of new Set(placed)) {
    const mine = files.flatMap((file, i) => (placed[i] === t ? [i] : []));
    const thread = new SqliteThread(mine.map((i) => ({ file: files[i]!, readonly: false, synchronous, faults, maxResultBytes })));
    mine.forEach((i, k) => (writers[i] = thread.hosts[k]!));
  }
  return writers;
}

/** The thread sharedWriters puts each of `replicas` writers on. */
export function writerThreads(replicas: number, threads: number): number[] {
  const n = Math.min(threads, replicas);
  return Array.from({ length: replicas }, (_, i) => i % n);
}

/** This process as evsql_replicas names where a replica runs. */
export const processHost = (): string => `${hostname()}:${process.pid}`;


/**
 * A replica: one writer (SQLite allows one) and a few readers that run reads on the last
 * committed snapshot (WAL) while the writer works; point reads are answered on the main thread.
 */
export class Replica implements ReplicaLink {
  readonly writer: SqliteWorker;
  private readonly readers: SqliteWorker[] = [];
  private readonly local: LocalReader;
  /** Reader threads that hold a REPEATABLE READ transaction's snapshot, and those free to. */
  private readonly pinned = new Set<SqliteWorker>();
  private readonly spare: SqliteWorker[] = [];
  /** Threads of this process. */
  readonly host = processHost();
  private readonly stopCheckpoints: () => Promise<void>;

  /**
   * `openWrites`: whether some open transaction may have changes in the committed state (LocalReader).
   * `writer`: its writer's connection on a thread shared with other replicas' writers; else it gets a thread of its own.
   * `maxResultBytes`: HostConfig's, for a writer of its own.
   */
  constructor(readonly index: number, readonly file: string, readers: number, private readonly synchronous: 'full' | 'normal', faults = false, openWrites: () => boolean = () => true, writer?: SqliteWorker, maxResultBytes?: number) {
    // First, as it opens the file on this thread and may throw (a full disk): no thread is started yet to be left running.
    this.local = new LocalReader(file, openWrites);
    this.writer = writer ?? SqliteWorker.start(file, false, synchronous, faults, maxResultBytes);
    for (let i = 0; i < readers; i++) this.readers.push(SqliteWorker.start(file, true, synchronous));
    this.writer.onReply = () => this.local.release();
    if (readers) this.spare.push(SqliteWorker.start(file, true, synchronous));
    this.stopCheckpoints = watchCheckpoints(file);
  }

  /** The least busy reader; the writer has none to spare for reads. */
  private reader(): SqliteWorker {
    // A reader ended to stop a runaway read is replaced.
    for (let i = 0; i < this.readers.length; i++) if (this.readers[i]!.exited && !this.writer.exited) this.readers[i] = SqliteWorker.start(this.file, true, this.synchronous);
    let best: SqliteWorker | undefined;
    for (const r of this.readers) if (!r.exited && (!best || r.inFlight < best.inFlight)) best = r;
    if (!best) throw new PgError(SqlState.internalError, 'replica has no reader threads');
    return best;
  }

  /** `onWorker` hears which thread runs the read (to cancel it); a point read on the main thread runs at once. */
  tryRead(steps: Step[], params: SqliteValue[], ctx: SessionContext): ExecResult | undefined {
    return this.local.tryRead(steps, params, ctx);
  }

  async read(steps: Step[], params: SqliteValue[], ctx: SessionContext, id: number, onWorker?: (w: Cancellable) => void, locked = false): Promise<ExecResult> {
    const point = this.local.tryRead(steps, params, ctx, locked);
    if (point) return point;
    for (let attempt = 1; ; attempt++) {
      const r = this.reader();
      onWorker?.(r);
      try {
        const result = await r.request<ExecResult>(ctx, { op: 'read', steps, params, locked, bounded: true }, id);
        if (result.more) return await this.stream(steps, params, ctx, id, onWorker, locked);
        restoreBuffers(result.rows);
        return result;
      } catch (err) {
        // Queued behind another session's runaway read on a reader ended to stop it: run again.
        if (!r.exited || attempt > 1 || (err as PgError).code === SqlState.queryCanceled) throw err;
      }
    }
  }

  /**
   * A result too large for one message, streamed from a reader thread of its own that holds the
   * statement's snapshot until the last chunk is asked for or the stream is closed: it waits for
   * the client without holding up other sessions' reads, and what is in memory is one chunk.
   */
  private async stream(steps: Step[], params: SqliteValue[], ctx: SessionContext, id: number, onWorker: ((w: Cancellable) => void) | undefined, locked: boolean): Promise<ExecResult> {
    const w = this.pinReader();
    onWorker?.(w);
    let open = true;
    const end = () => {
      if (!open) return;
      open = false;
      void this.unpin(w).catch(() => undefined);
    };
    const chunk = async (op: Op): Promise<ExecResult> => {
      try {
        const r = await w.request<ExecResult>(ctx, op, id);
        restoreBuffers(r.rows);
        if (!r.more) end();
        return r;
      } catch (err) {
        end();
        throw err;
      }
    };
    const first = await chunk({ op: 'stream', steps, params, locked });
    if (!first.more) return first;
    delete first.more;
    first.rest = {
      next: async () => {
        while (open) {
          const r = await chunk({ op: 'more' });
          if (r.rows.length) return r.rows;
        }
        return null;
      },
      close: end,
    };
    return first;
  }

  /**
   * A reader thread of its own for one transaction's snapshot: its first read (`pin`) begins the
   * snapshot, later reads keep it, unpin() ends it. Threads are kept for the next snapshot, and
   * one is always started ahead: a thread takes a while to start, the first read should not.
   */
  pinReader(): SqliteWorker {
    let w = this.spare.pop();
    while (w?.exited) w = this.spare.pop();
    w ??= SqliteWorker.start(this.file, true, this.synchronous);
    if (!this.spare.length) this.spare.push(SqliteWorker.start(this.file, true, this.synchronous));
    this.pinned.add(w);
    return w;
  }

  async readPinned(w: SqliteWorker, steps: Step[], params: SqliteValue[], ctx: SessionContext, id: number, pin: boolean, locked: boolean): Promise<ExecResult> {
    const result = await w.request<ExecResult>(ctx, { op: 'read', steps, params, locked, pin }, id);
    restoreBuffers(result.rows);
    return result;
  }

  async unpin(w: SqliteWorker): Promise<void> {
    if (!this.pinned.delete(w) || w.exited) return;
    await w.request(SYSTEM_CONTEXT, { op: 'unpin' });
    // Many sessions streaming at once each took a thread: the ones past a few spares end.
    if (this.spare.length < MAX_SPARE_READERS) this.spare.push(w);
    else await w.close();
  }

  describe(steps: Step[], ctx: SessionContext, temps: string[]): Promise<ExecResult> {
    return this.reader().request<ExecResult>(ctx, { op: 'describe', steps, temps });
  }

  async batch(seq: number, items: SharedArrayBuffer, order: number[], prompt = false, digestOnly = false): Promise<BatchReport> {
    const op: Op = { op: 'batch', seq, items, order };
    if (prompt) op.prompt = true;
    if (digestOnly) op.digestOnly = true;
    const report = await this.writer.request<BatchReport>(SYSTEM_CONTEXT, op);
    for (const o of report.items) if (o.ok) restoreBuffers(o.result.rows);
    return report;
  }

  rollback(from: number): Promise<void> {
    return this.writer.request<void>(SYSTEM_CONTEXT, { op: 'rollback', from });
  }

  commit(upTo: number): Promise<void> {
    return this.writer.request<void>(SYSTEM_CONTEXT, { op: 'commit', upTo });
  }

  state(): Promise<ReplicaState> {
    return this.writer.request<ReplicaState>(SYSTEM_CONTEXT, { op: 'state' });
  }

  recover(boot?: number, keepOpen?: boolean): Promise<ReplicaState> {
    return this.writer.request<ReplicaState>(SYSTEM_CONTEXT, { op: 'recover', boot, keepOpen });
  }

  copyTo(path: string): Promise<void> {
    return this.writer.request<void>(SYSTEM_CONTEXT, { op: 'copyTo', path });
  }

  schema(): Promise<SchemaSnapshot> {
    return this.writer.request<SchemaSnapshot>(SYSTEM_CONTEXT, { op: 'schema' });
  }

  async bucketRows(table: string, buckets: number[]): Promise<TableRows> {
    const rows = await this.writer.request<TableRows>(SYSTEM_CONTEXT, { op: 'bucketRows', table, buckets });
    for (const r of rows.rows) restoreBuffers([r.values]);
    return rows;
  }

  repair(table: string, deleteRowids: bigint[], insert: SqliteValue[][]): Promise<ReplicaState> {
    return this.writer.request<ReplicaState>(SYSTEM_CONTEXT, { op: 'repair', table, deleteRowids, insert });
  }

  /** The open transactions' undo records; with `set`, replaced by those first. */
  undoLog(set?: UndoRecord[]): Promise<UndoRecord[]> {
    return this.writer.request<UndoRecord[]>(SYSTEM_CONTEXT, { op: 'undoLog', set });
  }

  fault(kind: 'corrupt' | 'diverge'): Promise<void> {
    return this.writer.request<void>(SYSTEM_CONTEXT, { op: 'fault', kind });
  }

  scrub(): Promise<ScrubReport> {
    return this.writer.request<ScrubReport>(SYSTEM_CONTEXT, { op: 'scrub' });
  }

  /** Cancels request `id` wherever it runs on this replica. */
  cancel(id: number): void {
    this.writer.cancel(id);
    for (const r of this.readers) r.cancel(id);
    for (const r of this.pinned) r.cancel(id);
  }

  get onFailure(): ((err: PgError) => void) | undefined {
    return this.writer.onFailure;
  }

  set onFailure(handler: ((err: PgError) => void) | undefined) {
    this.writer.onFailure = handler;
  }

  /** The writer goes first, so the failure is the writer's, as in a real crash. */
  crash(): Promise<void> {
    return Promise.all([this.writer.close(), this.close()]).then(() => undefined);
  }

  get alive(): boolean {
    return !this.writer.exited;
  }

  /** Its writer runs: a reader that ended (to stop a runaway read) is replaced when next needed. */
  get intact(): boolean {
    return !this.writer.exited;
  }

  async close(): Promise<void> {
    this.local.close();
    // The writer last: the last connection to close copies the WAL into the file and removes it.
    await Promise.all([this.stopCheckpoints(), ...[...this.readers, ...this.pinned, ...this.spare].map((r) => r.close())]);
    await this.writer.close();
  }
}

/** Structured cloning turns a worker's Buffers into plain Uint8Arrays; make them Buffers again, without copying. */
export function restoreBuffers(rows: unknown[][]): void {
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (v instanceof Uint8Array && !Buffer.isBuffer(v)) row[i] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    }
  }
}


/**
 * Creates a replica's file in WAL mode before its read-only readers open it. A file SQLite cannot
 * open or that fails its quick check (truncated, damaged pages) is set aside with its WAL, kept
 * for inspection, and an empty one takes its place, which startup rebuilds from the others as it
 * does a lost file (Pipeline.open). Returns why it was set aside, or null.
 */
export function initReplicaFile(file: string): string | null {
  let why: string | null = null;
  try {
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') why = String(check);
    } finally {
      db.close();
    }
  } catch (err) {
    why = (err as Error).message;
  }
  if (why !== null) {
    const aside = `${file}.set-aside-${Date.now()}`;
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    const fresh = new Database(file);
    fresh.pragma('journal_mode = WAL');
    fresh.close();
  }
  return why;
}
