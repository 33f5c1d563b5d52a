/**
 * Plain-data messages between the main thread and a replica's worker threads.
 */
import type { SqliteValue } from '../proxy/pgtypes.js';
import type { PgErrorFields } from '../proxy/errors.js';

export interface Step {
  sql: string;
  /** For each `?` in `sql`, the 1-based index into the request's parameters. */
  params: number[];
}

/** What SQL functions of the running request may ask about its session. */
export interface SessionContext {
  user: string;
  database: string;
  pid: number;
  /** Milliseconds since the epoch: now() and CURRENT_TIMESTAMP of this request, the same on every replica. */
  now: number;
  /** Seeds random() and gen_random_uuid() so every replica draws the same values. */
  seed: number;
  settings: Record<string, string>;
}

export type TxAction = 'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollback_to';

export type Op =
  /** Run statements; inside an open transaction unless `autocommit`, then as one transaction. */
  | { op: 'exec'; steps: Step[]; params: SqliteValue[]; autocommit: boolean }
  /** Insert many rows with one prepared statement (COPY FROM). */
  | { op: 'insertRows'; sql: string; rows: SqliteValue[][]; autocommit: boolean }
  | { op: 'tx'; action: TxAction; name?: string }
  /** The declared types of a statement's result columns, without running it. */
  | { op: 'describe'; steps: Step[] };

export interface Request {
  id: number;
  ctx: SessionContext;
  op: Op;
}

export interface ResultColumn {
  name: string;
  /** SQLite's declared type of the table column it comes from, if any. */
  declType: string | null;
}

export interface ExecResult {
  columns: ResultColumn[] | null;
  rows: SqliteValue[][];
  changes: number;
  /** set_config() calls made by the statement, to apply to the session. */
  settings?: Record<string, string>;
}

export interface WireError {
  code: string;
  message: string;
  fields: PgErrorFields;
}

export type Reply = { id: number; ok: true; result: ExecResult } | { id: number; ok: false; error: WireError };

/** Layout of the SharedArrayBuffer a worker shares with the main thread. */
export const CANCEL_SLOT = 0;
