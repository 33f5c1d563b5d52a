/**
 * The main thread's handle on one replica: its SQLite file, a writer worker and reader workers.
 * Requests are plain messages; replies come back by id.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { PgError, SqlState } from '../proxy/errors.js';
import type { ExecResult, Op, Reply, Request, SessionContext } from './messages.js';
import { CANCEL_SLOT } from './messages.js';
import type { WorkerConfig } from './worker.js';

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));

interface Pending {
  resolve: (r: ExecResult) => void;
  reject: (e: PgError) => void;
}

/** One worker thread with one SQLite connection. Requests queue in order. */
export class SqliteWorker {
  private readonly worker: Worker;
  private readonly control: Int32Array;
  private readonly pending = new Map<number, Pending>();
  private static nextId = 1;
  /** Requests sent and not yet answered: the reader pool picks the least busy worker. */
  inFlight = 0;
  private exited = false;

  constructor(file: string, readonly: boolean, synchronous: 'full' | 'normal') {
    const shared = new SharedArrayBuffer(4);
    this.control = new Int32Array(shared);
    const config: WorkerConfig = { file, readonly, synchronous, shared };
    this.worker = new Worker(WORKER_FILE, { workerData: config });
    this.worker.on('message', (reply: Reply) => this.onReply(reply));
    this.worker.on('error', (err) => this.failAll(new PgError(SqlState.internalError, `replica worker failed: ${err.message}`)));
    this.worker.on('exit', () => {
      this.exited = true;
      this.failAll(new PgError(SqlState.adminShutdown, 'terminating connection due to administrator command'));
    });
  }

  /** Sends a request; `onId` learns its id, so the caller can cancel it. */
  request(ctx: SessionContext, op: Op, onId?: (id: number) => void): Promise<ExecResult> {
    if (this.exited) return Promise.reject(new PgError(SqlState.adminShutdown, 'replica is shut down'));
    const id = SqliteWorker.nextId++;
    onId?.(id);
    this.inFlight++;
    return new Promise<ExecResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const req: Request = { id, ctx, op };
      this.worker.postMessage(req);
    });
  }

  /** Marks request `id` cancelled: the worker stops it at its next check, or refuses to start it. */
  cancel(id: number): void {
    Atomics.store(this.control, CANCEL_SLOT, id);
  }

  async close(): Promise<void> {
    if (this.exited) return;
    await this.worker.terminate();
  }

  private onReply(reply: Reply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    this.inFlight--;
    if (reply.ok) {
      restoreBuffers(reply.result.rows);
      p.resolve(reply.result);
    }
    else p.reject(new PgError(reply.error.code, reply.error.message, reply.error.fields));
  }

  private failAll(err: PgError): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.inFlight = 0;
  }
}

/**
 * A replica: one writer (SQLite allows one) and a few readers that run autocommit queries on the
 * last committed snapshot (WAL) while the writer works.
 */
export class Replica {
  readonly writer: SqliteWorker;
  private readonly readers: SqliteWorker[];

  constructor(readonly file: string, readers: number, synchronous: 'full' | 'normal') {
    this.writer = new SqliteWorker(file, false, synchronous);
    this.readers = [];
    for (let i = 0; i < readers; i++) this.readers.push(new SqliteWorker(file, true, synchronous));
  }

  /** The least busy reader, or the writer when the replica has no readers. */
  reader(): SqliteWorker {
    let best: SqliteWorker | undefined;
    for (const r of this.readers) if (!best || r.inFlight < best.inFlight) best = r;
    return best ?? this.writer;
  }

  async close(): Promise<void> {
    await Promise.all([this.writer.close(), ...this.readers.map((r) => r.close())]);
  }
}

/** Structured cloning turns a worker's Buffers into plain Uint8Arrays; make them Buffers again, without copying. */
function restoreBuffers(rows: unknown[][]): void {
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      if (v instanceof Uint8Array && !Buffer.isBuffer(v)) row[i] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    }
  }
}
