/**
 * What every SQLite connection to a replica's file sets up, whether a worker thread's or the main
 * thread's point reader: pragmas, PostgreSQL's functions and the catalog. Kept in one place so a
 * read answered on the main thread behaves exactly as one answered by a reader thread.
 */
import Database from 'better-sqlite3';
import { PgError, SqlState } from '../pg/errors.js';
import { Catalog } from '../dialect/runtime/catalog/install.js';
import type { FunctionScope } from '../dialect/runtime/function-scope.js';
import { registerFunctions } from '../dialect/runtime/functions.js';
import { KEPT_ROWS_TABLE, KEPT_ROWS_WIDTH } from '../dialect/plan.js';
import { quoteIdent } from '../dialect/sqlite-quote.js';

export interface ReplicaConnection {
  db: Database.Database;
  catalog: Catalog;
}

/** `scope`: the request running now, which the PostgreSQL functions read (undefined between requests). */
export function openReplicaConnection(file: string, readonly: boolean, scope: () => FunctionScope | undefined): ReplicaConnection {
  const db = new Database(file, { readonly });
  try {
    return { db, catalog: setUp(db, readonly, scope) };
  } catch (err) {
    // Its first statements found no room (SQLite's shared-memory index on a full disk): the file is
    // let go now, not whenever the handle is collected, as the restart that opened it is tried again.
    db.close();
    throw err;
  }
}

/** What every replica connection is given: its settings, PostgreSQL's functions and catalog. */
function setUp(db: Database.Database, readonly: boolean, scope: () => FunctionScope | undefined): Catalog {
  db.defaultSafeIntegers(true);
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    // Checkpoints sync the database file; commits do not, since SQLite cannot change the level inside
    // the transaction that batches share: a commit that must be durable syncs the WAL itself.
    db.pragma('synchronous = normal');
    // Every batch runs in a savepoint, so nearly every transaction's savepoint journal outgrows
    // SQLite's 64 KiB in-memory limit and spills to a temporary file that is created, written and
    // deleted again at each commit: a fifth of a writer's CPU under pgbench. In memory it holds the
    // old images of the pages the uncommitted batches changed, which the commit frees.
    db.pragma('temp_store = MEMORY');
    // The checkpoint thread copies the WAL back (checkpointer.ts): here a checkpoint would run
    // inside a COMMIT, the writer thread waiting for its copy and its fsyncs.
    db.pragma('wal_autocheckpoint = 0');
  }
  db.pragma('foreign_keys = ON');
  // PostgreSQL's LIKE is case-sensitive; SQLite's is not unless told.
  db.pragma('case_sensitive_like = ON');
  // Never sleep in SQLite's busy handler: the mixer orders writers itself.
  db.pragma('busy_timeout = 0');
  registerFunctions(db, () => {
    const s = scope();
    if (!s) throw new PgError(SqlState.internalError, 'SQL function called outside a request');
    return s;
  });
  // The WHEN of every SQLite trigger that keeps a CREATE TRIGGER (dialect/translate/triggers.ts); false outside a request.
  db.function('pg_fires_triggers', { deterministic: false }, () => (scope()?.firesTriggers ? 1 : 0));
  // The PostgreSQL catalog, as this connection's temp tables (before any SchemaWatch: they are schema too).
  const catalog = new Catalog(db);
  const kept = Array.from({ length: KEPT_ROWS_WIDTH }, (_, i) => `, c${i + 1}`).join('');
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${quoteIdent(KEPT_ROWS_TABLE)} (part INTEGER${kept})`);
  return catalog;
}
