/**
 * A replica's SQLite worker thread. It owns one connection to the replica's file and executes the
 * requests the main thread sends, one at a time. Statements are prepared once per SQL text.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { PgError, SqlState } from '../proxy/errors.js';
import type { SqliteValue } from '../proxy/pgtypes.js';
import type { ExecResult, Op, Reply, Request, ResultColumn, Step } from './messages.js';
import { CANCEL_SLOT } from './messages.js';
import { type FunctionScope, registerFunctions } from './sql-functions.js';
import { toPgError } from './sqlite-errors.js';

export interface WorkerConfig {
  file: string;
  readonly: boolean;
  synchronous: 'full' | 'normal';
  shared: SharedArrayBuffer;
}

const config = workerData as WorkerConfig;
const control = new Int32Array(config.shared);
const db = new Database(config.file, { readonly: config.readonly });
db.defaultSafeIntegers(true);
if (!config.readonly) {
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${config.synchronous}`);
}
db.pragma('foreign_keys = ON');
// PostgreSQL's LIKE is case-sensitive; SQLite's is not unless told.
db.pragma('case_sensitive_like = ON');
// Never sleep in SQLite's busy handler: the engine serializes writers itself.
db.pragma('busy_timeout = 0');

let scope: FunctionScope | undefined;
let currentId = 0;
registerFunctions(db, () => {
  if (!scope) throw new PgError(SqlState.internalError, 'SQL function called outside a request');
  return scope;
});

const statements = new Map<string, Database.Statement>();
const STATEMENT_CACHE_LIMIT = 2048;

function prepare(sql: string): Database.Statement {
  let stmt = statements.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    if (statements.size >= STATEMENT_CACHE_LIMIT) statements.delete(statements.keys().next().value!);
    statements.set(sql, stmt);
  }
  return stmt;
}

function bind(step: Step, params: SqliteValue[]): SqliteValue[] {
  return step.params.map((p) => {
    if (p > params.length) throw new PgError(SqlState.protocolViolation, `bind message supplies ${params.length} parameters, but prepared statement requires ${p}`);
    return params[p - 1]!;
  });
}

function checkCancelled(): void {
  if (Atomics.load(control, CANCEL_SLOT) === currentId) {
    throw new PgError(SqlState.queryCanceled, 'canceling statement due to user request');
  }
}

function columnsOf(stmt: Database.Statement): ResultColumn[] {
  return stmt.columns().map((c) => ({ name: c.name, declType: c.type }));
}

function runSteps(steps: Step[], params: SqliteValue[]): ExecResult {
  const result: ExecResult = { columns: null, rows: [], changes: 0 };
  for (const step of steps) {
    const stmt = prepare(step.sql);
    const args = bind(step, params);
    if (stmt.reader) {
      const rows = stmt.raw(true).all(...args) as SqliteValue[][];
      result.columns ??= columnsOf(stmt);
      for (const r of rows) result.rows.push(r);
      if (!/^\s*(SELECT|VALUES|WITH)/i.test(step.sql)) result.changes += rows.length;
    } else {
      result.changes += stmt.run(...args).changes;
    }
    checkCancelled();
  }
  return result;
}

/** Runs `body` atomically: as its own transaction in autocommit, else inside a savepoint. */
function atomically<T>(autocommit: boolean, body: () => T): T {
  if (autocommit) {
    db.exec('BEGIN IMMEDIATE');
    try {
      const out = body();
      db.exec('COMMIT');
      return out;
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  }
  db.exec('SAVEPOINT evsql_statement');
  try {
    const out = body();
    db.exec('RELEASE evsql_statement');
    return out;
  } catch (err) {
    db.exec('ROLLBACK TO evsql_statement');
    db.exec('RELEASE evsql_statement');
    throw err;
  }
}

function execute(op: Op): ExecResult {
  switch (op.op) {
    case 'exec':
      if (config.readonly) return runSteps(op.steps, op.params);
      return atomically(op.autocommit, () => runSteps(op.steps, op.params));
    case 'insertRows':
      return atomically(op.autocommit, () => {
        const stmt = prepare(op.sql);
        for (const row of op.rows) stmt.run(...row);
        return { columns: null, rows: [], changes: op.rows.length };
      });
    case 'tx':
      transaction(op.action, op.name);
      return { columns: null, rows: [], changes: 0 };
    case 'describe': {
      const last = op.steps.at(-1);
      const stmt = last ? prepare(last.sql) : undefined;
      return { columns: stmt?.reader ? columnsOf(stmt) : null, rows: [], changes: 0 };
    }
  }
}

function savepointName(name: string | undefined): string {
  return `"${(name ?? '').replace(/"/g, '""')}"`;
}

function transaction(action: string, name?: string): void {
  switch (action) {
    case 'begin':
      db.exec('BEGIN IMMEDIATE');
      return;
    case 'commit':
      db.exec('COMMIT');
      return;
    case 'rollback':
      if (db.inTransaction) db.exec('ROLLBACK');
      return;
    case 'savepoint':
      db.exec(`SAVEPOINT ${savepointName(name)}`);
      return;
    case 'release':
      db.exec(`RELEASE ${savepointName(name)}`);
      return;
    case 'rollback_to':
      db.exec(`ROLLBACK TO ${savepointName(name)}`);
      return;
  }
}

parentPort!.on('message', (req: Request) => {
  currentId = req.id;
  scope = { ctx: req.ctx, cancelled: () => Atomics.load(control, CANCEL_SLOT) === currentId, settings: undefined, rng: req.ctx.seed };
  let reply: Reply;
  try {
    checkCancelled();
    const result = execute(req.op);
    if (scope.settings) result.settings = scope.settings;
    reply = { id: req.id, ok: true, result };
  } catch (err) {
    const e = toPgError(err);
    reply = { id: req.id, ok: false, error: { code: e.code, message: e.message, fields: e.fields } };
  } finally {
    scope = undefined;
  }
  parentPort!.postMessage(reply);
});

process.on('exit', () => db.close());
