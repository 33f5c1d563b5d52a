/**
 * Plain-data messages between the main thread and a replica's worker threads. A writer receives
 * whole batches, never single requests.
 */
import type Database from 'better-sqlite3';
import { deserialize, serialize } from 'node:v8';
import type { SqliteValue } from '../pg/types/registry.js';
import type { PgErrorFields } from '../pg/errors.js';
import type { SchemaSnapshot } from '../dialect/schema-snapshot.js';
import type { SessionContext, Step } from '../dialect/plan.js';

/** The work of one request inside a batch. */
export type Work =
  /** `committed`: a plain read of a transaction that wrote: others' open changes show as last committed. */
  | { kind: 'exec'; steps: Step[]; params: SqliteValue[]; committed?: boolean }
  /** Many rows through one prepared INSERT (COPY FROM). */
  | { kind: 'insertRows'; table: string; sql: string; rows: SqliteValue[][] }
  /** Roll back a PostgreSQL transaction's changes but its first `after` undo records (0: all of them). */
  | { kind: 'undo'; after: number }
  /**
   * COMMIT: drop the transaction's undo records; where a deferred foreign key fails its check
   * (executor/deferred-keys.ts), undo its changes first and fail with the violation.
   */
  | { kind: 'forget' }
  /** A savepoint: report how many undo records the transaction has. */
  | { kind: 'mark' }
  /** SET CONSTRAINTS … IMMEDIATE: the keys immediate now must hold for the transaction's changes (executor/deferred-keys.ts). */
  | { kind: 'check' };

export interface BatchItem {
  id: number;
  /** The PostgreSQL transaction the request belongs to (its changes get undo records), or null. */
  tx: number | null;
  ctx: SessionContext;
  work: Work;
}

/**
 * Whether a batch must be on disk before its outputs are released: it holds a COMMIT or an
 * autocommit statement. Statements inside open transactions need not wait for the disk (a crash
 * before their COMMIT rolls them back anyway).
 */
export function needsDurability(items: readonly BatchItem[]): boolean {
  return items.some((i) => i.tx === null || i.work.kind === 'forget');
}

/** One row of evsql.undo (change-capture.ts). */
export interface UndoRecord {
  n: number;
  tx: number;
  tbl: string;
  op: string;
  rid: bigint;
  img: string | null;
}

export type Op =
  /**
   * Reader: run read-only statements on the committed snapshot, showing rows open transactions
   * changed as last committed (committed-view.ts); `locked`: the session holds read locks;
   * `pin`: the snapshot stays for the next reads, until 'unpin' (REPEATABLE READ); `bounded`: a
   * result of more than a chunk answers `more` and no rows, to be streamed by a reader of its own.
   */
  | { op: 'read'; steps: Step[]; params: SqliteValue[]; locked?: boolean; pin?: boolean; bounded?: boolean }
  /**
   * Reader of its own: begins a snapshot and answers the result's first chunk (CHUNK_ROWS); `more`
   * answers the next one, on the same snapshot, until the last, which ends the snapshot. 'unpin'
   * ends it early.
   */
  | { op: 'stream'; steps: Step[]; params: SqliteValue[]; locked?: boolean }
  | { op: 'more' }
  | { op: 'unpin' }
  /** The declared types of a statement's result columns, without running it; `temps`: the session's temporary tables to create for it (TranslatorSchema.describeTemps). */
  | { op: 'describe'; steps: Step[]; temps: string[] }
  /**
   * Writer: execute a batch in its own savepoint inside the open SQLite transaction, in `order`
   * (indexes into items). `items` is a BatchItem[] serialized once (v8) into shared memory that
   * every replica reads.
   */
  /**
   * `prompt`: an item may answer from the first replica to run it, so its report goes back at once.
   * `digestOnly`: another replica of this batch carries the rows of its large results; this one's
   * report leaves them out (ExecResult.omitted) and votes with their digest alone.
   */
  | { op: 'batch'; seq: number; items: SharedArrayBuffer; order: number[]; prompt?: true; digestOnly?: true }
  /** Writer: take back batch `from` and every later open batch. */
  | { op: 'rollback'; from: number }
  /** Writer: commit every open batch; `upTo` is the newest of them. */
  | { op: 'commit'; upTo: number }
  /** Writer: per-table digests and the root, for comparing replicas. */
  | { op: 'state' }
  /** Writer: rows of a table in some hash buckets, for repair. */
  | { op: 'bucketRows'; table: string; buckets: number[] }
  /** Writer: apply a repair: delete rows by rowid, insert row images, then recompute. */
  | { op: 'repair'; table: string; deleteRowids: bigint[]; insert: SqliteValue[][] }
  /**
   * Writer: the undo records of open transactions, which no state root covers; with `set`, first
   * replaces them (a repaired replica takes its source's, or readers there would show stale rows).
   */
  | { op: 'undoLog'; set?: UndoRecord[] }
  /** Writer: roll back transactions left open by a crash (unless `keepOpen`: Link.recover); report the state. */
  | { op: 'recover'; boot?: number; keepOpen?: boolean }
  /** Writer: a consistent copy of the committed database in a new file (SQLite's VACUUM INTO). */
  | { op: 'copyTo'; path: string }
  /** Writer: the schema as it stands (a batch that changes it reports it itself). */
  | { op: 'schema' }
  /**
   * Fault injection (--fault-injection only): 'corrupt' changes a stored row behind the state
   * hash's back, as a bad disk would; 'diverge' makes the next batch change one written value
   * more, as a concurrency bug would.
   */
  | { op: 'fault'; kind: 'corrupt' | 'diverge' }
  /** Recompute the state hash from the rows; report how many buckets the incremental one had wrong. */
  | { op: 'scrub' }
  /** Closes this host's connection, as its replica's crash or shutdown would; the thread's other hosts go on. */
  | { op: 'close' };

/** A context for requests that run on no session's behalf (batches carry each item's own). */
export const SYSTEM_CONTEXT: SessionContext = { user: 'evsql', database: 'evsql', pid: 0, now: 0, seed: 1, settings: {} };

export interface Request {
  id: number;
  /** Absent: SYSTEM_CONTEXT, not sent with every batch, commit and rollback. */
  ctx?: SessionContext;
  op: Op;
  /** Which of its thread's hosts answers (worker.ts); the first when absent. */
  host?: number;
}

/** Serializes a batch's items once for all replicas: posting the object would clone it per replica. */
export function shareItems(items: BatchItem[]): SharedArrayBuffer {
  const bytes = serialize(items);
  const shared = new SharedArrayBuffer(bytes.length);
  bytes.copy(Buffer.from(shared));
  return shared;
}

/**
 * The batch this thread read in its current stretch. Writers sharing a thread get one batch in one
 * message, so the same buffer: it is read once for all of them (hosts only read the items they are
 * given), and let go when the stretch ends, since a batch may carry a value of many megabytes.
 */
let lastRead: { shared: SharedArrayBuffer; items: BatchItem[] } | undefined;

export function sharedItems(shared: SharedArrayBuffer): BatchItem[] {
  if (lastRead?.shared !== shared) {
    if (!lastRead) queueMicrotask(() => (lastRead = undefined));
    lastRead = { shared, items: deserialize(Buffer.from(shared)) as BatchItem[] };
  }
  return lastRead.items;
}

export interface ResultColumn {
  name: string;
  /** SQLite's declared type of the table column it comes from, if any. */
  declType: string | null;
  /** The table (as SQLite names it) and column a plain column reference comes from. */
  origin?: { table: string; column: string };
}

/** The result columns of a prepared statement, as a result names them. */
export function columnsOf(stmt: Database.Statement): ResultColumn[] {
  return stmt.columns().map((c) => (c.table !== null && c.column !== null ? { name: c.name, declType: c.type, origin: { table: c.table, column: c.column } } : { name: c.name, declType: c.type }));
}

/**
 * How many rows, and about how many bytes of values, a reader sends in one message: a result
 * larger than that is streamed in chunks of it (ExecResult.rest), never held whole.
 */
export const CHUNK_ROWS = 4096;
export const CHUNK_BYTES = 1 << 20;

/** The rest of a result streamed from the reader that holds its snapshot, one chunk at a time. */
export interface RowStream {
  /** The next rows; null once there are none. */
  next(): Promise<SqliteValue[][] | null>;
  /** Lets the snapshot go before the last row (the client closed the portal, the session ended). */
  close(): void;
}

export interface ExecResult {
  columns: ResultColumn[] | null;
  /** The rows, or the first of them when `rest` streams the others. */
  rows: SqliteValue[][];
  /** Main thread only: where the rows after `rows` come from. */
  rest?: RowStream;
  /** From a reader: the result goes on past `rows`: more than a chunk (CHUNK_ROWS). */
  more?: boolean;
  /** From a digest-only replica (Op 'batch'): the rows were left out of its report; its token holds their digest. */
  omitted?: true;
  changes: number;
  /** set_config() calls made by the statement, to apply to the session. */
  settings?: Record<string, string>;
  /** The names among `settings` set with is_local (FunctionScope.localSettings). */
  localSettings?: string[];
  /** What the statement's triggers said with RAISE NOTICE, WARNING or INFO, and its functions' notices, in order. */
  notices?: WireError[];
  /** For 'mark': how many undo records the transaction has. */
  mark?: number;
}

/** Reads the rest of a streamed result into `rows`, for whoever needs it whole. */
export async function wholeResult(result: ExecResult): Promise<ExecResult> {
  const rest = result.rest;
  delete result.rest;
  for (let rows = await rest?.next(); rows; rows = await rest!.next()) for (const r of rows) result.rows.push(r);
  return result;
}

export interface WireError {
  code: string;
  message: string;
  fields: PgErrorFields;
}

export type ItemOutput = { ok: true; result: ExecResult } | { ok: false; error: WireError };

/** What a replica reports for a batch: the token's hashes and each request's output. */
export interface BatchReport {
  seq: number;
  rootBefore: string;
  rootAfter: string;
  outputs: string;
  items: ItemOutput[];
  /** The writer's schema, when the batch changed it. */
  schema?: SchemaSnapshot;
}

export interface ScrubReport {
  /** Buckets whose incremental hash disagreed with the rows. */
  divergentPages: number;
  state: ReplicaState;
}

/** A replica's newest committed batch and the server run it was in (commit-position.ts). */
export interface CommitPosition {
  boot: number;
  seq: number;
}

export interface ReplicaState {
  root: string;
  tables: Record<string, string>;
  /** As the replica stood before this recovery; absent where it is not kept (replica processes). */
  position?: CommitPosition;
}

export interface TableRows {
  rows: Array<{ rowid: bigint; values: SqliteValue[]; h: string }>;
}

export type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: WireError };

/** Layout of the SharedArrayBuffer a worker shares with the main thread. */
export const CANCEL_SLOT = 0;
