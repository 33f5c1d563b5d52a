/**
 * What the translator hands the replicas, as plain data that crosses threads: the SQLite
 * statements (steps) that carry out one PostgreSQL statement, and the session facts the
 * PostgreSQL functions installed on every replica read (now(), current_user, settings).
 */
import type { SchemaEdit } from './runtime/schema-edit.js';
import type { SqliteValue } from '../pg/types/registry.js';

export interface Step {
  sql: string;
  /** For each `?` in `sql`, the 1-based parameter number it takes. */
  params: number[];
  /** A change to a table's definition SQLite's ALTER TABLE cannot make; `sql` is empty then. */
  edit?: SchemaEdit;
  /**
   * A write evsql makes on a statement's behalf that PostgreSQL makes without firing triggers
   * (TRUNCATE's delete, ALTER COLUMN … TYPE's conversion, an enum label's rename).
   */
  firesNoTriggers?: true;
  /**
   * A statement of a statement-level trigger's function, run before or after the statement's own
   * steps: neither its rows nor its changes are the statement's answer.
   */
  fired?: true;
  /**
   * A data-modifying WITH query's statement (translate/modifying-with.ts): the rows it returns go
   * to KEPT_ROWS_TABLE as this part's, for the steps after it, not to the client, and its changes
   * are not the statement's count. The rows are gone again when the statement's steps end.
   */
  keep?: number;
}

/**
 * The temporary table of every replica connection that holds the rows a Step.keep step returned,
 * by part, until the statement's steps end: `part` then the columns `c1` … `c<KEPT_ROWS_WIDTH>`.
 * One table made with the connection, since a table per statement would change the schema.
 */
export const KEPT_ROWS_TABLE = 'evsql.kept_rows';
export const KEPT_ROWS_WIDTH = 100;

/** What SQL functions of the running request may ask about its session. */
export interface SessionContext {
  user: string;
  database: string;
  pid: number;
  /** Milliseconds since the epoch: statement_timestamp() of this request, the same on every replica. */
  now: number;
  /** When the request's transaction block began (absent outside one): now() and CURRENT_TIMESTAMP. */
  transactionStart?: number;
  /** Seeds random() and gen_random_uuid() so every replica draws the same values. */
  seed: number;
  /** The request's transaction's ID, txid_current() (wire/session-rules.ts); absent for the server's own work. */
  xid?: number;
  settings: Record<string, string>;
  /** The connection's socket (null addresses over a Unix socket) and the server's start: inet_client_addr(), pg_postmaster_start_time(). */
  endpoint?: Endpoint;
  /** pg_database's rows when the server serves more than its default database, and the session's among them. */
  databases?: ServedDatabases;
  /**
   * The rows of relations only the server knows (pg_stat_activity, pg_locks), for a statement that
   * joins them with relations a replica holds: by `schema.name`, each row by column name.
   */
  serverRows?: ServerRows;
}

export type ServerRows = Record<string, Array<Record<string, SqliteValue>>>;

/** What pg_database says of a database the server serves. */
export interface DatabaseEntry {
  oid: number;
  name: string;
  /** CONNECTION LIMIT: -1 for none. */
  connectionLimit: number;
  allowConnections: boolean;
  isTemplate: boolean;
  /** ALTER DATABASE … SET's settings, as pg_db_role_setting lists them (`work_mem=8MB`); absent for none. */
  settings?: string[];
  /** COMMENT ON DATABASE's; absent for none. */
  comment?: string;
}

export interface ServedDatabases {
  /** The OID of the session's database. */
  current: number;
  all: readonly DatabaseEntry[];
}

export interface Endpoint {
  clientAddr: string | null;
  clientPort: number | null;
  serverAddr: string | null;
  serverPort: number | null;
  /** Milliseconds since the epoch. */
  serverStart: number;
}
