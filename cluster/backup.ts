/**
 * `SELECT evsql_backup('/path/file.sqlite')`: a consistent, verified copy of the replicated
 * database taken while the server serves, without stopping writes. One healthy replica's reader
 * writes its last committed snapshot — a batch boundary holding every batch whose outputs were
 * released — with SQLite's `VACUUM INTO`. The copy's state root, recomputed from its rows, must
 * be a root a quorum verified for one of the recent batches, or the one a quorum of replicas held
 * just before or just after the copy (a copy that matches none is deleted and taken again). Then the PostgreSQL transactions still open in the
 * copy are undone in it, as at a replica's start, so it holds committed transactions only.
 * `evsql restore` seeds a data directory from such a file.
 */
import { keepSchemaText, SCHEMA_TEXT_SQL, type SchemaText } from '../executor/file-copy.js';
import Database from 'better-sqlite3';
import { existsSync, statSync, unlinkSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import xxhash from 'xxhash-wasm';
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { SessionContext } from '../dialect/plan.js';
import type { Translation } from '../dialect/translate/translate.js';
import type { ExecResult } from '../executor/messages.js';
import { registerFunctions } from '../dialect/runtime/functions.js';
import { ChangeCapture } from '../executor/change-capture.js';
import { newRequestId } from '../executor/replica.js';
import { StateHash } from '../executor/state-hash.js';
import type { Pipeline } from './pipeline.js';

/** `evsql_backup('literal')` or `evsql_backup($n)`. */
const BACKUP = /\bevsql_backup\(\s*(?:'((?:[^']|'')*)'|\$(\d+))\s*\)/i;
const COLUMNS: NonNullable<ExecResult['columns']> = [{ name: 'evsql_backup', declType: 'text' }];
/** A replica that disagrees with the quorum may be the one copied; each try is one copy. */
const ATTEMPTS = 5;

export class Backups {
  constructor(private readonly pipeline: Pipeline) {}

  /** The result of `t` when it calls evsql_backup(), else null. */
  async query(t: Translation, params: SqliteValue[], ctx: SessionContext): Promise<ExecResult | null> {
    if (!this.calls(t)) return null;
    const m = BACKUP.exec(t.text)!;
    const path = m[1] !== undefined ? m[1].replace(/''/g, "'") : params[Number(m[2]) - 1];
    if (typeof path !== 'string') throw new PgError(SqlState.invalidParameterValue, 'evsql_backup() takes the backup file\'s path as text');
    const { root, bytes, seq } = await this.take(path, ctx);
    return { columns: COLUMNS, rows: [[`${path}: ${bytes} bytes, batch ${seq}, state root ${root}, verified`]], changes: 0 };
  }

  columns(t: Translation): ExecResult['columns'] | null {
    return this.calls(t) ? COLUMNS : null;
  }

  /** Whether `t` calls evsql_backup(), which query() answers. */
  calls(t: Translation): boolean {
    return t.kind === 'query' && BACKUP.test(t.text);
  }

  /** A copy of the database at `path` whose state a quorum of replicas verified, its open transactions undone. */
  async take(path: string, ctx: SessionContext): Promise<{ root: string; bytes: number; seq: number }> {
    if (!isAbsolute(path)) throw new PgError(SqlState.invalidParameterValue, `backup file "${path}" must be an absolute path`);
    if (existsSync(path)) throw new PgError('58P02', `could not create file "${path}": File exists`);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const before = this.agreed();
      await this.pipeline.read([{ sql: 'VACUUM INTO ?', params: [1] }], [path], ctx, newRequestId());
      keepSchemaText(path, (await this.pipeline.read([{ sql: SCHEMA_TEXT_SQL, params: [] }], [], ctx, newRequestId())).rows as SchemaText[]);
      const after = this.agreed();
      const settled = await settle(path, ctx, (root) => this.pipeline.verifiedSeq(root) ?? [before, after].find((a) => a?.root === root)?.seq);
      if (settled) return { root: settled.root, bytes: statSync(path).size, seq: settled.at };
      unlinkSync(path);
    }
    throw new PgError('55000', `could not take a verified backup in ${ATTEMPTS} attempts: no copy matched the state a quorum of replicas agreed on`);
  }

  /** The state root a quorum of healthy replicas holds, and its batch; null without a quorum. */
  private agreed(): { root: string; seq: number } | null {
    const rows = this.pipeline.replicaRows();
    const healthy = rows.filter((r) => r[1] === 'healthy');
    for (const [, , seq, root] of healthy) {
      if (healthy.filter((r) => r[3] === root).length >= Math.floor(rows.length / 2) + 1) return { root: String(root), seq: Number(seq) };
    }
    return null;
  }
}

/**
 * Checks the snapshot at `file` and makes it a backup: its state root, recomputed from its rows,
 * must be one `matches` accepts (else null, and the file is left as it was); then the PostgreSQL
 * transactions that were open in it are undone, as a replica does at start, so the file holds
 * committed transactions only. Returns the root after that, and what `matches` returned.
 */
async function settle<T>(file: string, ctx: SessionContext, matches: (root: string) => T | undefined): Promise<{ root: string; at: T } | null> {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.defaultSafeIntegers(true);
    // Undoing a row re-checks its table's constraints, which may call evsql's SQL functions.
    registerFunctions(db, () => ({ ctx, cancelled: () => false, settings: undefined, rng: ctx.seed }));
    const hash = new StateHash(await xxhash());
    const capture = new ChangeCapture(db, hash);
    capture.rebuild();
    const at = matches(hash.root());
    if (at === undefined) return null;
    const open = capture.openTransactions();
    if (open.length) {
      db.exec('BEGIN IMMEDIATE');
      for (const tx of open) capture.undo(tx, 0);
      db.exec('COMMIT');
      hash.commit();
    }
    return { root: hash.root(), at };
  } finally {
    db.close();
  }
}

/** The state root of a database file, recomputed from its rows as a replica does at start. */
export async function stateRoot(file: string): Promise<string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.defaultSafeIntegers(true);
    const hash = new StateHash(await xxhash());
    new ChangeCapture(db, hash).rebuild();
    return hash.root();
  } finally {
    db.close();
  }
}
