/**
 * One SQLite connection to a replica's file and the requests it answers. The writer keeps one
 * SQLite transaction open across batches: each batch runs in its own savepoint (each request in a
 * savepoint inside that), so batch N+1 runs while N is being verified and any suffix of batches can
 * be taken back. It commits when told to, which the coordinator does when every batch it holds is
 * verified. Readers answer reads on the last committed snapshot. A worker thread (worker.ts) runs
 * one host, or the writers of several replicas.
 */
import type Database from 'better-sqlite3';
import { existsSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import xxhash from 'xxhash-wasm';
import { assert } from '../lib/assert.js';
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import { readsCatalog } from '../dialect/catalog/definitions.js';
import { ChangeCapture, ddlTable } from './change-capture.js';
import { CommittedView } from './committed-view.js';
import type { BatchItem, BatchReport, ExecResult, ItemOutput, Op, Reply, ReplicaState, Request, ScrubReport, TableRows, UndoRecord, WireError } from './messages.js';
import { KEPT_ROWS_TABLE, KEPT_ROWS_WIDTH, type Step } from '../dialect/plan.js';
import { MAX_SQLITE_VARIABLES, inlineParameters, quoteIdent } from '../dialect/sqlite-quote.js';
import { CANCEL_SLOT, CHUNK_BYTES, CHUNK_ROWS, SYSTEM_CONTEXT, columnsOf, needsDurability, sharedItems } from './messages.js';
import { applySchemaEdit } from '../dialect/runtime/schema-edit.js';
import { SchemaWatch, type SnapshotCache, readSchema } from '../dialect/schema-snapshot.js';
import { type FunctionScope, settingsOf } from '../dialect/runtime/function-scope.js';
import { CURRVAL_SETTING, LASTVAL_SETTING, sequenceDraws } from '../dialect/runtime/sequence-functions.js';
import { EXPLAIN_PREFIX, planLines } from '../dialect/runtime/explain.js';

import { openReplicaConnection } from './connection.js';
import { toPgError } from './sqlite-errors.js';
import { isPointPlan, queryPlan } from './point-plan.js';
import { explainViolation } from './violations.js';
import { DeferredKeys } from './deferred-keys.js';
import { CommitPositions } from './commit-position.js';
import { copyDatabase } from './file-copy.js';
import { StateHash } from './state-hash.js';
import { WalIndex } from './wal-index.js';
import { setStatementClock } from '../pg/types/timestamp.js';
import { setSessionStyles } from '../pg/types/session-styles.js';

/** EXPLAIN's one column, whatever SQLite's EXPLAIN QUERY PLAN answers. */
const PLAN_COLUMNS = [{ name: 'QUERY PLAN', declType: null }];

export interface HostConfig {
  file: string;
  readonly: boolean;
  synchronous: 'full' | 'normal';
  faults: boolean;
  /** Writers: the most bytes of one statement's rows held for its report (heldRows); past it, 53200. */
  maxResultBytes?: number;
}

function bind(step: Step, params: SqliteValue[]): SqliteValue[] {
  return step.params.map((p) => {
    if (p > params.length) throw new PgError(SqlState.protocolViolation, `bind message supplies ${params.length} parameters, but prepared statement requires ${p}`);
    return params[p - 1]!;
  });
}

const SCHEMA_CHANGE = /^\s*(CREATE|DROP|ALTER)\b/i;
/** The schema changes SQLite may refuse while a trigger names the table's columns (DROP/RENAME COLUMN); the others (CREATE, DROP) never meet a capture trigger. */
const ALTER_TABLE = /^\s*ALTER\s+TABLE\s+(temp\.)?/i;
const VACUUM = /^\s*VACUUM\b/i;

const KEPT_ROWS = `temp.${quoteIdent(KEPT_ROWS_TABLE)}`;

/**
 * A request's result, with whether it changed the schema, about how many bytes its rows hold
 * (counted ones only: heldRows), and the digest of the rows a digest-only writer hashed and let go
 * rather than keep (`folded`: not in `rows`).
 */
type StepsResult = ExecResult & { ddl: boolean; bytes?: number; folded?: Digest };
type Digest = [bigint, bigint];

function addDigest(into: Digest | undefined, d: Digest): Digest {
  return into ? [(into[0] + d[0]) & 0xffffffffffffffffn, (into[1] + d[1]) & 0xffffffffffffffffn] : d;
}

/**
 * About what a row costs in V8's heap: its values' characters or bytes, and a few words per value
 * and per row. The same on every replica for the same rows, so the bound fails a statement alike
 * everywhere and the replicas still agree.
 */
function rowBytes(row: SqliteValue[]): number {
  let bytes = 32;
  for (const v of row) bytes += 16 + (typeof v === 'string' || v instanceof Uint8Array ? v.length : 0);
  return bytes;
}

/** PostgreSQL's words for memory it could not get, naming the bound evsql set. */
function resultTooLarge(bytes: number, max: number): PgError {
  return new PgError(SqlState.outOfMemory, 'out of memory', {
    detail: `Failed on request of size ${bytes} in memory context "ExecutorState": a statement's rows in a transaction that wrote are held whole for verification, at most ${max} bytes (--max-result-memory).`,
  });
}

/** A report of a digest-only replica leaves out the rows of a result larger than this: the carrier sends them. */
const OMIT_ROWS = CHUNK_ROWS;
const OMIT_BYTES = CHUNK_BYTES;

/**
 * A batch this large (serialized) carried large values, which the statements that ran it keep in
 * their registers until they run again (SQLite keeps a register's buffer for reuse), long after.
 */
const LARGE_BATCH = 8 << 20;
/** WAL frames past which the writer checkpoints itself (restartWal), about 16 MB of 4 KiB pages. */
const RESTART_FRAMES = 4000;
/**
 * V8's collector, to finalize the dropped statements now: a thread idle after the batch would not
 * collect them. Exposed at the first large batch only: a server that never sees one runs with
 * V8's flags as started.
 */
let collect: (() => void) | undefined;

function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}

function wireError(err: unknown) {
  const e = toPgError(err);
  return { code: e.code, message: e.message, fields: e.fields };
}

/** A failed request's error with the sequence draws it made, which outlive it (set_config()'s do not). */
function withDraws(error: WireError, settings: Record<string, string> | undefined): WireError {
  const drawn = Object.entries(settings ?? {}).filter(([k]) => k.startsWith(CURRVAL_SETTING) || k === LASTVAL_SETTING);
  return drawn.length ? { ...error, fields: { ...error.fields, drawn: Object.fromEntries(drawn) } } : error;
}

interface OpenBatch {
  seq: number;
  /** The state hash's mark taken before the batch, to roll back to. */
  mark: number;
  /** The hash was rebuilt during or after it: its mark means nothing any more. */
  ddl: boolean;
  durable: boolean;
  rootAfter: string;
}

/** What execute() returns when the reply goes out later, by itself. */
const DEFERRED = Symbol('deferred');

const STATEMENT_CACHE_LIMIT = 2048;

/** One SQLite connection answering requests: a replica's writer, or one of its readers. */
export interface Host {
  handle(req: Request): void;
  close(): void;
}

/**
 * Opens `config.file` for one host; `control` is its thread's cancel slot, `send` posts a reply
 * (`prompt`: someone waits on it alone, so it should not wait for others to share its message).
 */
export async function openHost(config: HostConfig, control: Int32Array, send: (reply: Reply, prompt: boolean) => void): Promise<Host> {
  let scope: FunctionScope | undefined;
  let currentId = 0;
  const { db, catalog } = openReplicaConnection(config.file, config.readonly, () => scope);

  const hasher = await xxhash();
  const hash = new StateHash(hasher);
  const capture = config.readonly ? null : new ChangeCapture(db, hash);
  const position = config.readonly ? null : new CommitPositions(db);
  const committed = new CommittedView(db);
  const deferredKeys = capture && new DeferredKeys(db, catalog, capture);
  const draws = sequenceDraws(db);
  capture?.rebuild();

  // Only the writer changes the schema; it reports every change with the reply that made it.
  const schemaWatch = config.readonly ? null : new SchemaWatch(db);
  const snapshots: SnapshotCache = { tables: new Map() };

  const statements = new Map<string, Database.Statement>();

  const schemaVersion = db.prepare('PRAGMA schema_version').pluck();
  /** Any statement that reads a table makes SQLite check its schema, and reload one the writer changed. */
  const schemaCheck = db.prepare('SELECT 1 FROM sqlite_schema LIMIT 0');
  let preparedAtSchema: unknown;

  /**
   * A cached statement for `sql`, prepared against the schema as committed now. SQLite prepares
   * against the schema it last loaded, and better-sqlite3 takes a statement's columns from that
   * preparation, not from the recompilation the step makes: a reader's `SELECT *` on a table the
   * writer dropped and created again would describe and return the old table's columns.
   */
  function prepare(sql: string): Database.Statement {
    // Only a reader's schema changes behind its back; the writer clears its statements at its own
    // schema changes and their rollback, and a check per statement there would cost every batch.
    const version = config.readonly ? schemaVersion.get() : preparedAtSchema;
    if (version !== preparedAtSchema) {
      schemaCheck.get();
      statements.clear();
      preparedAtSchema = version;
    }
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      if (statements.size >= STATEMENT_CACHE_LIMIT) statements.delete(statements.keys().next().value!);
      statements.set(sql, stmt);
    }
    return stmt;
  }

  /** Prepared statements that read at most one row (point-plan.ts): read whole, uncounted. */
  const pointReads = new WeakMap<Database.Statement, boolean>();
  /** A digest-only writer's label for the running request's rows (outputsDigest's): past OMIT_ROWS or OMIT_BYTES they are hashed and let go. */
  let foldAs: string | undefined;

  /**
   * Adds a reading step's rows to `result`; returns how many it read. A writer holds a result
   * whole for its report, so past config.maxResultBytes the statement fails (53200) before more
   * is read; a digest-only writer keeps none of a large result's rows, only their digest. A point
   * read (most statements) is read in one call, which costs half of reading row by row. Nothing
   * reaches `result` before the last row: a step that fails is run again (runDeferring).
   */
  function heldRows(stmt: Database.Statement, step: Step, args: SqliteValue[], result: StepsResult): number {
    const max = config.maxResultBytes;
    let point = max === undefined || pointReads.get(stmt);
    if (point === undefined) {
      const plan = queryPlan(db, step.sql, step.params.length);
      pointReads.set(stmt, (point = plan !== null && isPointPlan(db, step.sql, plan)));
    }
    if (point) {
      const all = stmt.raw(true).all(...args) as SqliteValue[][];
      for (const r of all) result.rows.push(r);
      return all.length;
    }
    const rows: SqliteValue[][] = [];
    let bytes = result.bytes ?? 0;
    let count = 0;
    let folded: Digest | undefined;
    for (const row of stmt.raw(true).iterate(...args) as IterableIterator<SqliteValue[]>) {
      bytes += rowBytes(row);
      if (bytes > max!) throw resultTooLarge(bytes, max!);
      count++;
      if (folded) {
        folded = addDigest(folded, hash.valuesDigest(foldAs!, [row]));
        continue;
      }
      rows.push(row);
      if (foldAs !== undefined && (result.rows.length + rows.length > OMIT_ROWS || bytes > OMIT_BYTES)) {
        folded = hash.valuesDigest(foldAs, rows);
        rows.length = 0;
      }
    }
    result.bytes = bytes;
    if (folded) result.folded = addDigest(result.folded, folded);
    for (const r of rows) result.rows.push(r);
    return count;
  }

  function checkCancelled(): void {
    if (Atomics.load(control, CANCEL_SLOT) === currentId) {
      throw new PgError(SqlState.queryCanceled, 'canceling statement due to user request');
    }
  }


  /** Keeps the rows a Step.keep step returns as its part's, for the steps after it. */
  function keepRows(stmt: Database.Statement, args: SqliteValue[], part: number): void {
    if (!stmt.reader) {
      stmt.run(...args);
      return;
    }
    const width = stmt.columns().length;
    if (width > KEPT_ROWS_WIDTH) throw new PgError(SqlState.internalError, `a kept step returns ${width} columns, more than ${KEPT_ROWS_WIDTH}`);
    const insert = prepare(`INSERT INTO ${KEPT_ROWS} (part${Array.from({ length: width }, (_, i) => `, c${i + 1}`).join('')}) VALUES (?${', ?'.repeat(width)})`);
    for (const row of stmt.raw(true).all(...args) as SqliteValue[][]) insert.run(part, ...row);
  }


  function runSteps(steps: Step[], params: SqliteValue[]): StepsResult {
    try {
      return runEach(steps, params);
    } finally {
      if (steps.some((s) => s.keep !== undefined)) prepare(`DELETE FROM ${KEPT_ROWS}`).run();
    }
  }

  /** The main table whose capture triggers a schema change step must not meet: null for none (a session's temporary tables' are always dropped), 'all' where the step does not say which. */
  function tableChanged(step: Step): string | 'all' | null {
    if (step.edit) return 'table' in step.edit ? step.edit.table : null;
    const alter = ALTER_TABLE.exec(step.sql);
    if (!alter || alter[1]) return null;
    return ddlTable(step.sql) ?? 'all';
  }

  function runEach(steps: Step[], params: SqliteValue[]): StepsResult {
    const result: StepsResult = { columns: null, rows: [], changes: 0, ddl: false };
    for (const step of steps) {
      const tx = capture?.currentTx ?? null;
      const schemaChange = step.edit !== undefined || SCHEMA_CHANGE.test(step.sql);
      if (tx !== null && schemaChange) capture!.saveSchema(tx, step.edit && 'table' in step.edit ? step.edit.table : ddlTable(step.sql), step.sql);
      // A failed step's savepoint rollback restores the triggers; success rebuilds them (runBatch).
      if (schemaChange) capture?.dropTriggersFor(tableChanged(step));
      if (step.edit) {
        applySchemaEdit(db, step.edit);
        result.ddl = true;
        statements.clear();
        continue;
      }
      if (readsCatalog(step.sql)) catalog.refresh(scope!.ctx, step.sql);
      draws.step();
      if (scope) {
        scope.firesTriggers = !step.firesNoTriggers;
        scope.upserted = undefined;
      }
      const stmt = prepare(step.sql);
      const args = bind(step, params);
      const run = () => {
        if (step.keep !== undefined) {
          keepRows(stmt, args, step.keep);
        } else if (step.fired) {
          if (stmt.reader) stmt.raw(true).all(...args);
          else stmt.run(...args);
        } else if (stmt.reader && step.sql.startsWith(EXPLAIN_PREFIX)) {
          result.columns ??= PLAN_COLUMNS;
          for (const r of planLines(step.sql.slice(EXPLAIN_PREFIX.length), stmt.raw(true).all(...args) as SqliteValue[][])) result.rows.push(r);
        } else if (stmt.reader) {
          const count = heldRows(stmt, step, args, result);
          result.columns ??= columnsOf(stmt);
          // A DML step's RETURNING rows are its changes (also under a WITH of queries); a query's
          // and the INSERT … SELECT pair's DELETE (translate.ts deleteThenInsert) count none.
          if (!/^\s*(SELECT|VALUES)/i.test(step.sql) && !step.sql.startsWith('WITH "evsql.moved"')) result.changes += count;
        } else {
          result.changes += stmt.run(...args).changes;
        }
        // Also when SQLite's statement returns rows: an ALTER TABLE … ADD COLUMN with a CHECK is a
        // reader to SQLite (it reads the rows to test them), and then the triggers stayed dropped.
        if (schemaChange) {
          result.ddl = true;
          statements.clear();
        }
      };
      const notices = scope?.notices?.length ?? 0;
      const settings = scope?.ctx.settings ?? {};
      try {
        runDeferring(tx, settings, run, () => {
          // The first run's notices are said again by the second.
          if (scope?.notices) scope.notices.length = notices;
          deferredKeys!.rerun(tx!, settings, () => draws.replaying(run));
        });
      } catch (err) {
        throw explainViolation(db, catalog, err, { sql: step.sql, args, pid: scope!.ctx.pid });
      } finally {
        if (scope) scope.firesTriggers = false;
      }
      checkCancelled();
    }
    return result;
  }

  /**
   * `run`, and where it fails on a foreign key deferred now, `again` (DeferredKeys.rerun). The failed
   * run's capture triggers had reached the state hash, and a function's effect is no part of SQLite's
   * rollback of the statement: a hash mark, taken only where a key may be deferred, takes them back.
   */
  function runDeferring(tx: number | null, settings: Record<string, string>, run: () => void, again: () => void): void {
    const mark = deferredKeys?.mayDefer(tx, settings) ? hash.mark() : undefined;
    try {
      run();
    } catch (err) {
      if (mark === undefined || !deferredKeys!.applies(err, tx, settings)) throw err;
      hash.rollbackTo(mark);
      again();
    } finally {
      if (mark !== undefined && mark < hash.depth) hash.release(mark);
    }
  }


  // ------------------------------------------------------------------ streamed reads (readers)

  /**
   * The rows of a streamed result not sent yet. Its statement keeps the read transaction, and so
   * the snapshot, open until the last row or endStream(); the thread serves nothing else meanwhile.
   */
  let stream: IterableIterator<SqliteValue[]> | null = null;

  /** The one statement of a read whose rows can stream; the catalog is refreshed per run, its reads are small. */
  function streamable(steps: Step[]): Step | undefined {
    const step = steps.length === 1 ? steps[0]! : undefined;
    return step && !step.edit && !readsCatalog(step.sql) && !VACUUM.test(step.sql) && !step.sql.startsWith(EXPLAIN_PREFIX) ? step : undefined;
  }

  /** Runs `step` and answers its first chunk; `stream` keeps the rest when there is more. */
  function firstChunk(step: Step, params: SqliteValue[]): ExecResult {
    draws.step();
    const stmt = prepare(step.sql);
    if (!stmt.reader) return runSteps([step], params);
    stream = stmt.raw(true).iterate(...bind(step, params)) as IterableIterator<SqliteValue[]>;
    const rows = nextChunk();
    return { columns: columnsOf(stmt), rows, changes: 0, more: stream !== null };
  }

  /** Up to CHUNK_ROWS rows and about CHUNK_BYTES of values (one row may hold more). */
  function nextChunk(): SqliteValue[][] {
    const rows: SqliteValue[][] = [];
    let bytes = 0;
    try {
      while (rows.length < CHUNK_ROWS && bytes < CHUNK_BYTES) {
        const next = stream!.next();
        if (next.done) {
          stream = null;
          break;
        }
        rows.push(next.value);
        for (const v of next.value) bytes += typeof v === 'string' || v instanceof Uint8Array ? v.length : 8;
      }
      checkCancelled();
    } catch (err) {
      endStream();
      throw err;
    }
    return rows;
  }

  /** Stops the streamed statement and ends its snapshot. */
  function endStream(): void {
    stream?.return?.();
    stream = null;
    committed.unpin();
  }


  // ------------------------------------------------------------------ batches (writer)

  /** Batches executed and not yet committed, oldest first; their savepoints nest in this order. */
  const open: OpenBatch[] = [];
  /** The per-request savepoint, prepared once: every request of a batch of several runs inside one. */
  const request = config.readonly
    ? undefined
    : { savepoint: db.prepare('SAVEPOINT evsql_request'), release: db.prepare('RELEASE evsql_request'), rollback: db.prepare('ROLLBACK TO evsql_request') };
  /**
   * Transaction control, prepared once (parsing it per batch cost more than the batch's UPDATE).
   * Every batch's savepoint has the same name: SQLite addresses the innermost, and a rollback of
   * the newest k batches unwinds k of them.
   */
  const txControl = config.readonly
    ? undefined
    : {
        begin: db.prepare('BEGIN IMMEDIATE'),
        commit: db.prepare('COMMIT'),
        rollback: db.prepare('ROLLBACK'),
        batch: db.prepare('SAVEPOINT evsql_batch'),
        rollbackBatch: db.prepare('ROLLBACK TO evsql_batch'),
        releaseBatch: db.prepare('RELEASE evsql_batch'),
      };
  /** Fault injection: the next batch changes one more value than its requests did. */
  let divergeNext = false;
  /** The root after the newest batch (committed or open); undefined after anything that may change it. */
  let lastRoot: string | undefined;

  let walFd: number | null = null;
  /**
   * A refused COMMIT (a full disk) may or may not have rolled SQLite's transaction back: the batches
   * queued behind it and their commit must not run on what is left, so nothing runs until the
   * thread is replaced (the replica restarts from its file).
   */
  let commitFailure: unknown = null;

  function wal(): number {
    return (walFd ??= openSync(`${config.file}-wal`, 'r'));
  }

  const walIndex = new WalIndex(config.file);

  /**
   * The checkpoint thread copies the WAL back into the file (checkpointer.ts), but SQLite starts
   * the WAL from its beginning again only at a write that finds all of it copied, which a writer
   * that never pauses seldom offers: past RESTART_FRAMES this connection copies the rest itself,
   * after a commit, and the next batch's write restarts the WAL. One checkpoint that blocks the
   * writer per RESTART_FRAMES frames, where SQLite's autocheckpoint blocks it per 1,000.
   */
  function restartWal(): void {
    if (walIndex.read().frames < RESTART_FRAMES) return;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A full disk: the WAL keeps growing until space comes back, as under SQLite's autocheckpoint.
    }
  }

  /**
   * Commits, and with synchronous = full makes the commit durable before returning: fdatasync of
   * the WAL it went to. fdatasync, as PostgreSQL's wal_sync_method on Linux: it writes the frames
   * and the file's size when it grew, and skips the inode's times, which need a journal commit.
   */
  function commit(durable = true): void {
    txControl!.commit.run();
    restartWal();
    if (!durable || config.synchronous !== 'full') return;
    fdatasyncSync(wal());
  }

  /**
   * Batch commits acknowledged once on disk, in the order they came. The WAL syncs beside this
   * thread (libuv's pool), so batches run while the disk works; one sync covers every commit made
   * before it started (a group commit), and an acknowledgement never overtakes an earlier one.
   */
  const unacknowledged: Array<{ id: number; durable: boolean }> = [];
  /** How many of the oldest unacknowledged commits the sync in flight covers; 0 when none runs. */
  let syncing = 0;

  function acknowledge(id: number, durable: boolean): void {
    unacknowledged.push({ id, durable: durable && config.synchronous === 'full' });
    syncWal();
  }

  function syncWal(): void {
    if (syncing > 0) return;
    if (!unacknowledged.some((a) => a.durable)) {
      for (const a of unacknowledged.splice(0)) send({ id: a.id, ok: true, result: undefined } satisfies Reply, false);
      return;
    }
    syncing = unacknowledged.length;
    fdatasync(wal(), (err) => {
      const done = unacknowledged.splice(0, syncing);
      syncing = 0;
      // Not 53100 even on ENOSPC: that says SQLite refused the commit, and after a failed fsync what reached the disk is unknown.
      const error = err && { code: SqlState.ioError, message: `could not fdatasync file "${config.file}-wal": ${err.message}`, fields: {} };
      for (const a of done) send((error ? { id: a.id, ok: false, error } : { id: a.id, ok: true, result: undefined }) satisfies Reply, false);
      syncWal();
    });
  }

  /** `refused`: the request failed, though what it did stays (a COMMIT that rolled its transaction back). */
  function runItem(item: BatchItem): Partial<StepsResult> & ExecResult & { refused?: WireError } {
    const c = capture!;
    const w = item.work;
    switch (w.kind) {
      case 'exec':
        return w.committed ? committed.readAs(item.tx!, () => runSteps(w.steps, w.params)) : runSteps(w.steps, w.params);
      case 'insertRows': {
        const stmt = prepare(w.sql);
        if (item.tx !== null) {
          c.recordInsertRange(item.tx, w.table);
          c.currentTx = null;
        }
        // Not every row need be inserted: COPY FROM … WHERE tests each in the statement.
        let changes = 0;
        for (const [index, row] of w.rows.entries()) {
          draws.step();
          try {
            runDeferring(
              item.tx,
              item.ctx.settings,
              () => (changes += stmt.run(...row).changes),
              () =>
                deferredKeys!.rerunInsert(item.tx!, item.ctx.settings, w.table, () => {
                  const done = draws.replaying(() => stmt.run(...row));
                  changes += done.changes;
                  return BigInt(done.lastInsertRowid);
                }),
            );
          } catch (failed) {
            const e = toPgError(explainViolation(db, catalog, failed, { sql: w.sql, args: row, pid: item.ctx.pid }));
            throw new PgError(e.code, e.message, { ...e.fields, row: index });
          }
        }
        checkCancelled();
        return { columns: null, rows: [], changes };
      }
      case 'undo': {
        const { records, schemaRestored } = c.undo(item.tx!, w.after);
        return { columns: null, rows: [], changes: records, ddl: schemaRestored };
      }
      case 'forget': {
        // A deferred key broken at COMMIT: the transaction is rolled back instead, and COMMIT fails.
        const refused = deferredKeys!.atCommit(item.tx!);
        const undone = refused ? c.undo(item.tx!, 0) : undefined;
        c.forget(item.tx!);
        return { columns: null, rows: [], changes: 0, ddl: undone?.schemaRestored, ...(refused ? { refused: wireError(refused) } : {}) };
      }
      case 'check':
        deferredKeys!.checkNow(item.tx!, item.ctx.settings);
        return { columns: null, rows: [], changes: 0 };
      case 'mark':
        return { columns: null, rows: [], changes: 0, mark: c.undoMark(item.tx!) };
    }
  }

  /** `digestOnly`: the report leaves out the rows of large results (OMIT_ROWS, OMIT_BYTES); their digest is in its token. */
  function runBatch(seq: number, items: BatchItem[], order: number[], digestOnly: boolean): BatchReport {
    const newest = open.at(-1);
    if (newest && newest.seq >= seq) throw new PgError(SqlState.internalError, `batch ${seq} started after batch ${newest.seq}`);
    const rootBefore = (lastRoot ??= hash.root());
    if (!newest) txControl!.begin.run();
    txControl!.batch.run();
    const batch: OpenBatch = { seq, mark: hash.mark(), ddl: false, durable: needsDurability(items), rootAfter: rootBefore };
    open.push(batch);
    // Filled in `order`; pushed into `outputs` in item order after, since an array with holes as V8
    // sees one (made by a length) crosses back to the main thread as a sparse array, key by key.
    const byIndex: ItemOutput[] = new Array(items.length);
    const omit: ExecResult[] = [];
    /** By item index: the digests of rows let go (StepsResult.folded). */
    const folds: Array<Digest | undefined> = [];
    // A batch of one request (most are) needs no savepoint of its own: the batch's takes it back.
    const own = items.length > 1 ? request! : undefined;
    for (const index of order) {
      const item = items[index]!;
      currentId = item.id;
      scope = { ctx: item.ctx, cancelled: () => Atomics.load(control, CANCEL_SLOT) === currentId, settings: undefined, rng: item.ctx.seed };
      capture!.currentTx = item.tx;
      const mark = hash.mark();
      draws.ready();
      own?.savepoint.run();
      if (digestOnly) foldAs = `out${index}`;
      try {
        setSessionStyles(item.ctx.settings);
        setStatementClock(item.ctx.transactionStart ?? item.ctx.now);
        checkCancelled();
        const result = runItem(item);
        own?.release.run();
        // Unless an undo that put a schema back rebuilt the hash, which commits the marks (ChangeCapture.undo).
        if (mark < hash.depth) hash.release(mark);
        if (result.ddl) {
          // The marks keep buckets, not the schema's digest nor the triggers: an open batch is rolled back by rebuilding.
          for (const b of open) b.ddl = true;
          capture!.refresh();
          draws.reload();
        }
        delete result.ddl;
        if (scope.settings) Object.assign(result, settingsOf(scope));
        if (scope.notices) result.notices = scope.notices.map(wireError);
        const { refused, bytes, folded, ...done } = result;
        byIndex[index] = refused ? { ok: false, error: refused } : { ok: true, result: done };
        folds[index] = folded;
        if (digestOnly && (folded || done.rows.length > OMIT_ROWS || (bytes ?? 0) > OMIT_BYTES)) omit.push(done);
      } catch (err) {
        // A full disk is this replica's, not the request's (another may have room), and SQLite may
        // have rolled the whole transaction back with it, as with an I/O error: the replica fails,
        // as at a refused COMMIT.
        if (toPgError(err).code === SqlState.diskFull || !db.inTransaction) throw (commitFailure = toPgError(err));
        if (own) {
          own.rollback.run();
          own.release.run();
        } else {
          txControl!.rollbackBatch.run();
        }
        if (mark < hash.depth) hash.rollbackTo(mark);
        byIndex[index] = { ok: false, error: withDraws(wireError(err), scope?.settings) };
      } finally {
        capture!.currentTx = null;
        scope = undefined;
        foldAs = undefined;
        // A drawn value stays drawn, whatever became of the request (sequence-functions.ts).
        draws.flush();
      }
    }
    if (divergeNext) {
      divergeNext = false;
      capture!.alterOneRow();
    }
    const outputs: ItemOutput[] = [];
    for (let i = 0; i < items.length; i++) {
      assert(byIndex[i] !== undefined, () => `batch ${seq}: item ${i} is in no place of its order`);
      outputs.push(byIndex[i]!);
    }
    const rootAfter = hash.root();
    batch.rootAfter = lastRoot = rootAfter;
    const report: BatchReport = { seq, rootBefore, rootAfter, outputs: outputsDigest(outputs, folds), items: outputs };
    for (const result of omit) {
      result.rows = [];
      result.omitted = true;
    }
    if (schemaWatch!.changed()) report.schema = readSchema(db, snapshots);
    return report;
  }

  /** Digest of every request's output, in the batch's item order (not the execution order); `folds`: the digests of rows not kept. */
  function outputsDigest(outputs: ItemOutput[], folds: Array<Digest | undefined>): string {
    const parts: string[] = [];
    let h1 = 0n;
    let h2 = 0n;
    outputs.forEach((o, i) => {
      if (o.ok) {
        const [a, b] = addDigest(folds[i], hash.valuesDigest(`out${i}`, o.result.rows));
        h1 ^= a;
        h2 ^= b;
        parts.push(`${i}:ok:${o.result.changes}:${(o.result.columns ?? []).map((c) => c.name).join(',')}:${o.result.mark ?? ''}:${(o.result.notices ?? []).map((n) => n.message).join('\u0000')}`);
      } else {
        parts.push(`${i}:err:${o.error.code}`);
      }
    });
    parts.push(h1.toString(16), h2.toString(16));
    return hash.digest(Buffer.from(parts.join('|')));
  }

  /** Takes back batch `from` and every later one; nothing when the replica holds none of them. */
  function rollbackFrom(from: number): void {
    const at = open.findIndex((b) => b.seq >= from);
    if (at < 0) return;
    const first = open[at]!;
    const rebuild = open.slice(at).some((b) => b.ddl);
    if (at === 0) {
      txControl!.rollback.run();
    } else {
      for (let n = open.length - at; n > 0; n--) {
        txControl!.rollbackBatch.run();
        txControl!.releaseBatch.run();
      }
    }
    open.length = at;
    lastRoot = undefined;
    draws.forget();
    if (rebuild) {
      // A schema change changed what the marks do not keep: recompute from the data.
      capture!.rebuild();
      for (const b of open) b.ddl = true;
    } else {
      hash.rollbackTo(first.mark);
    }
    statements.clear();
    // The proxy learns schemas from released batches only: a rolled-back change needs no report.
    schemaWatch!.changed();
  }

  /**
   * Commits every open batch; the reply (request `id`) goes out once it is on disk when one of them
   * holds a COMMIT or an autocommit write. A batch that needs no durability skips the sync; the next
   * durable commit syncs the WAL up to it.
   */
  function commitUpTo(upTo: number, id: number): typeof DEFERRED {
    const newest = open.at(-1);
    if (!newest || newest.seq !== upTo) throw new PgError(SqlState.internalError, `commit up to batch ${upTo}, but the newest open batch is ${newest?.seq ?? 'none'}`);
    position!.record(upTo);
    // Not synced here: the acknowledgement waits for the sync when a batch needs it.
    try {
      commit(false);
    } catch (err) {
      commitFailure = err;
      throw err;
    }
    hash.commit();
    acknowledge(id, open.some((b) => b.durable));
    open.length = 0;
    return DEFERRED;
  }

  /** Work on the committed state (repair, scrub, recovery, faults) finds no batch open. */
  function assertQuiet(what: string): void {
    if (open.length) throw new PgError(SqlState.internalError, `${what} while batch ${open[0]!.seq} is open`);
    lastRoot = undefined;
    draws.forget();
  }

  function state(): ReplicaState {
    const tables: Record<string, string> = {};
    for (const t of hash.tableNames()) tables[t] = hash.tableDigest(t);
    return { root: hash.root(), tables };
  }

  function bucketRows(table: string, buckets: number[]): TableRows {
    const wanted = new Set<number>();
    const b = hash.buckets(table);
    if (buckets.length) for (const x of buckets) wanted.add(x);
    else for (let i = 0; i < b.length / 2; i++) wanted.add(i);
    return { rows: capture!.rowsInBuckets(table, wanted) };
  }

  function repair(table: string, deleteRowids: bigint[], insert: SqliteValue[][]): ReplicaState {
    assertQuiet('repair');
    const cols = capture!.tableColumns(table);
    const t = `"${table.replace(/"/g, '""')}"`;
    // The rows are the source's, which kept its keys: a check would only trip over a parent repaired
    // after its child, and an ON DELETE action would change another table behind the repair's back.
    // SQLite reads the pragma outside a transaction only.
    db.pragma('foreign_keys = OFF');
    txControl!.begin.run();
    try {
      const del = db.prepare(`DELETE FROM main.${t} WHERE ${capture!.rowidOf(table)} = ?`);
      for (const r of deleteRowids) del.run(r);
      // Each row comes with the rowid it has on the source: the undo records copied with it name rows by rowid.
      const ins = db.prepare(`INSERT INTO main.${t} (${[capture!.rowidOf(table), ...cols.map((c) => `"${c.replace(/"/g, '""')}"`)].join(', ')}) VALUES (?${', ?'.repeat(cols.length)})`);
      for (const row of insert) ins.run(...row);
      commit();
      hash.commit();
    } catch (err) {
      // A full disk may have rolled the transaction back already (SQLITE_FULL at COMMIT).
      if (db.inTransaction) txControl!.rollback.run();
      capture!.rebuild();
      throw err;
    } finally {
      db.pragma('foreign_keys = ON');
    }
    return state();
  }

  /** Recomputes the hash from the rows: buckets the incremental hash had wrong reveal silent corruption. */
  function scrub(): ScrubReport {
    assertQuiet('scrub');
    const before = new Map(hash.tableNames().map((t) => [t, Buffer.from(hash.buckets(t).buffer.slice(0))]));
    capture!.rebuild();
    let divergentPages = 0;
    const tables = new Set([...before.keys(), ...hash.tableNames()]);
    for (const t of tables) {
      const now = hash.buckets(t);
      const was = before.get(t);
      for (let b = 0; b < now.length / 2; b++) {
        const same = was !== undefined && was.readBigUInt64LE(b * 16) === now[b * 2] && was.readBigUInt64LE(b * 16 + 8) === now[b * 2 + 1];
        if (!same && !(was === undefined && now[b * 2] === 0n && now[b * 2 + 1] === 0n)) divergentPages++;
      }
    }
    return { divergentPages, state: state() };
  }

  /** Transactions open at the last stop are aborted, the same way on every replica. */
  function undoLog(set: UndoRecord[] | undefined): UndoRecord[] {
    if (set) {
      assertQuiet('an undo log copy');
      db.exec('BEGIN IMMEDIATE');
      capture!.replaceUndo(set);
      commit();
    }
    return capture!.undoRecords();
  }

  /** Also starts the server run `boot`: the commits from here on are recorded as that run's. */
  function recover(boot: number | undefined, keepOpen: boolean): ReplicaState {
    assertQuiet('recovery');
    const before = position!.current();
    if (boot !== undefined) position!.boot = boot;
    const txs = keepOpen ? [] : capture!.openTransactions();
    if (txs.length) {
      txControl!.begin.run();
      for (const tx of txs) capture!.undo(tx, 0);
      commit();
      hash.commit();
    }
    // The coordinator counts the commit found as on disk, acknowledged before the restart or not.
    if (config.synchronous === 'full' && existsSync(`${config.file}-wal`)) fdatasyncSync(wal());
    return { ...state(), position: before };
  }


  function execute(op: Op, id: number): unknown {
    if (!db.open) throw new PgError(SqlState.adminShutdown, 'replica is shut down');
    if (commitFailure !== null) throw commitFailure;
    switch (op.op) {
      case 'read': {
        if (!config.readonly) throw new PgError(SqlState.internalError, 'reads go to reader threads');
        // A backup copies the snapshot as stored, undo records and all (backup.ts undoes them in the copy).
        if (op.steps.every((s) => VACUUM.test(s.sql))) return runSteps(op.steps, op.params);
        if (op.pin) committed.pin(op.locked);
        const step = op.bounded ? streamable(op.steps) : undefined;
        if (!step) return committed.read(() => runSteps(op.steps, op.params), op.locked);
        // This thread serves every session's reads: a result too large for one message is run
        // again on a reader of its own ('stream'), which may wait for a slow client.
        return committed.read(() => {
          const first = firstChunk(step, op.params);
          if (!first.more) return first;
          endStream();
          return { columns: first.columns, rows: [], changes: 0, more: true } satisfies ExecResult;
        }, op.locked);
      }
      case 'stream': {
        const step = streamable(op.steps);
        committed.pin(op.locked);
        try {
          const first = step ? firstChunk(step, op.params) : runSteps(op.steps, op.params);
          if (!first.more) committed.unpin();
          return first;
        } catch (err) {
          endStream();
          throw err;
        }
      }
      case 'more': {
        if (!stream) return { columns: null, rows: [], changes: 0 } satisfies ExecResult;
        const rows = nextChunk();
        if (!stream) committed.unpin();
        return { columns: null, rows, changes: 0, more: stream !== null } satisfies ExecResult;
      }
      case 'unpin':
        endStream();
        return null;
      case 'describe': {
        // The statement's own last step: the data-modifying WITH queries' (Step.keep) and the statement-level triggers' (Step.fired) answer nobody.
        const last = op.steps.filter((s) => s.keep === undefined && !s.fired).at(-1);
        // On the tables: a committed view would refuse to prepare a write (RETURNING is described too).
        // The temporary tables exist for the prepare only.
        const columns = committed.bare(() => {
          if (!last) return null;
          if (op.temps.length) db.exec('SAVEPOINT evsql_describe');
          try {
            for (const sql of op.temps) db.exec(sql);
            // Not kept among the prepared statements: its temporary tables go with the rollback.
            // Past SQLite's parameters a statement runs with its values inlined (wire/connection.ts); the columns are the same with NULLs.
            const sql = last.params.length > MAX_SQLITE_VARIABLES ? inlineParameters(last, []).sql : last.sql;
            const stmt = op.temps.length ? db.prepare(sql) : prepare(sql);
            if (last.sql.startsWith(EXPLAIN_PREFIX)) return PLAN_COLUMNS;
            return stmt.reader ? columnsOf(stmt) : null;
          } finally {
            if (op.temps.length) db.exec('ROLLBACK TO evsql_describe; RELEASE evsql_describe');
          }
        });
        return { columns, rows: [], changes: 0 } satisfies ExecResult;
      }
      case 'batch': {
        const report = runBatch(op.seq, sharedItems(op.items), op.order, op.digestOnly === true);
        if (op.items.byteLength >= LARGE_BATCH) {
          statements.clear();
          collectGarbage();
        }
        return report;
      }
      case 'rollback':
        return rollbackFrom(op.from);
      case 'commit':
        return commitUpTo(op.upTo, id);
      case 'state':
        return state();
      case 'bucketRows':
        return bucketRows(op.table, op.buckets);
      case 'repair':
        return repair(op.table, op.deleteRowids, op.insert);
      case 'recover':
        return recover(op.boot, op.keepOpen === true);
      case 'undoLog':
        return undoLog(op.set);
      case 'schema':
        return readSchema(db, snapshots);
      case 'copyTo':
        assertQuiet('a copy');
        copyDatabase(db, op.path);
        return null;
      case 'fault':
        if (!config.faults) throw new PgError(SqlState.featureNotSupported, 'fault injection is off');
        if (op.kind === 'diverge') {
          divergeNext = true;
          return null;
        }
        // Behind the hash's back: no capture triggers while the row changes.
        assertQuiet('fault injection');
        capture!.dropTriggers();
        txControl!.begin.run();
        capture!.alterOneRow();
        commit();
        capture!.reinstallTriggers();
        return null;
      case 'scrub':
        return scrub();
    }
  }

  function handle(req: Request): void {
    currentId = req.id;
    const ctx = req.ctx ?? SYSTEM_CONTEXT;
    scope = { ctx, cancelled: () => Atomics.load(control, CANCEL_SLOT) === currentId, settings: undefined, rng: ctx.seed };
    let reply: Reply;
    try {
      setSessionStyles(ctx.settings);
      setStatementClock(ctx.transactionStart ?? ctx.now);
      checkCancelled();
      const result = execute(req.op, req.id);
      if (result === DEFERRED) return;
      if ((req.op.op === 'read' || req.op.op === 'stream') && scope?.settings) Object.assign(result as ExecResult, settingsOf(scope));
      // A read's functions may notice too (to_tsquery of stop words only).
      if ((req.op.op === 'read' || req.op.op === 'stream') && scope?.notices) (result as ExecResult).notices = scope.notices.map(wireError);
      reply = { id: req.id, ok: true, result };
    } catch (err) {
      reply = { id: req.id, ok: false, error: wireError(err) };
    } finally {
      scope = undefined;
    }
    send(reply, req.op.op !== 'batch' || req.op.prompt === true);
  }

  return {
    handle,
    close: () => {
      walIndex.close();
      if (db.open) db.close();
    },
  };
}
