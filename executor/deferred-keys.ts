/**
 * Foreign keys checked when the client's transaction commits (DEFERRABLE INITIALLY DEFERRED, or
 * deferred by SET CONSTRAINTS), as PostgreSQL checks them. SQLite's own deferred keys cannot
 * serve: its COMMIT ends a group of batches of many clients' transactions, not the client's. So
 * SQLite is given every key as immediate, and a statement of a transaction that fails on one while
 * some key is deferred runs again with SQLite's checks deferred (`PRAGMA defer_foreign_keys`,
 * whose count of violations goes back to zero when it is turned off): the rows it changed — its
 * undo records — are checked here against the keys that are immediate (23503 now, as SQLite
 * would have), and what breaks only deferred keys stays, with a record (change-capture.ts KEY_CHECK_OP) that the
 * transaction must be checked again. At COMMIT, and at SET CONSTRAINTS … IMMEDIATE, a transaction
 * with such a record has every row it changed checked; a violation at COMMIT rolls it back.
 *
 * The check reads the rows as the batch holding the COMMIT finds them, the same on every replica.
 * What it looks up of other tables is under the transaction's locks (a written child row's key
 * check holds its parent row, a deleted parent's holds the referencing table: mixer/analyze.ts),
 * so no other open transaction's change is among what it sees. Referential actions (CASCADE, SET
 * NULL, SET DEFAULT) run at once, as in PostgreSQL, where only the NO ACTION check is deferred.
 */
import type Database from 'better-sqlite3';
import type { SqliteValue } from '../pg/types/registry.js';
import type { PgError } from '../pg/errors.js';
import type { Catalog } from '../dialect/runtime/catalog/install.js';
import type { Constraint, Model, Table } from '../dialect/runtime/catalog/model.js';
import { quoteIdent } from '../dialect/sqlite-quote.js';
import { CONSTRAINT_MODES_SETTING, isDeferred } from '../dialect/catalog/constraint-modes.js';
import { type ChangeCapture, TEMP_UNDO_TABLE, UNDO_TABLE, decodeImage } from './change-capture.js';
import { foreignKeyError, schemaModel } from './violations.js';

/** A row change of the transaction, as its undo record has it. */
interface Change {
  schema: 'main' | 'temp';
  tbl: string;
  op: string;
  rid: bigint;
  img: string | null;
}

/** How many undo records a transaction has, in the file and in the temp schema: where a statement's own begin. */
interface Position {
  main: number;
  temp: number;
}

const START: Position = { main: 0, temp: 0 };

/** The foreign keys of a model, by the table (`schema:stored`) that references and the one referenced. */
interface KeyIndex {
  byChild: Map<string, Constraint[]>;
  byParent: Map<string, Constraint[]>;
  deferrable: Constraint[];
}

const where = (t: Table) => (t.temp ? 'temp' : 'main');
const place = (t: Table) => `${where(t)}:${t.stored}`;

export class DeferredKeys {
  private readonly indexes = new WeakMap<Model, KeyIndex>();
  /** Per key, its prepared checks: of a referencing row ('I', 'U', 'R') and of a referenced key gone ('P'). */
  private readonly checks = new WeakMap<Constraint, Map<string, Database.Statement>>();
  private readonly statements: {
    count: Database.Statement;
    tempCount: Database.Statement;
    records: Database.Statement;
    tempRecords: Database.Statement;
  };

  constructor(
    private readonly db: Database.Database,
    private readonly catalog: Catalog,
    private readonly capture: ChangeCapture,
  ) {
    // Past the first `?` records of every kind (a position counts them all), the row changes.
    const rows = (table: string, schema: string) => `SELECT '${schema}' AS schema, tbl, op, rid, img FROM (SELECT n, tbl, op, rid, img FROM ${table} WHERE tx = ? ORDER BY n LIMIT -1 OFFSET ?) WHERE op IN ('I', 'U', 'D', 'R') ORDER BY n`;
    this.statements = {
      count: db.prepare(`SELECT count(*) FROM main.${UNDO_TABLE} WHERE tx = ?`).pluck().safeIntegers(false),
      tempCount: db.prepare(`SELECT count(*) FROM ${TEMP_UNDO_TABLE} WHERE tx = ?`).pluck().safeIntegers(false),
      records: db.prepare(rows(`main.${UNDO_TABLE}`, 'main')).safeIntegers(true),
      tempRecords: db.prepare(rows(TEMP_UNDO_TABLE, 'temp')).safeIntegers(true),
    };
  }

  /** Whether a statement of transaction `tx` may fail on a key and run again (rerun()): a key is deferred now. */
  mayDefer(tx: number | null, settings: Record<string, string>): boolean {
    if (tx === null) return false;
    const modes = settings[CONSTRAINT_MODES_SETTING];
    return this.keys().deferrable.some((c) => deferredNow(c, modes));
  }

  /** Whether a statement of transaction `tx` that failed with `err` may run again with deferred keys. */
  applies(err: unknown, tx: number | null, settings: Record<string, string>): boolean {
    return (err as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' && this.mayDefer(tx, settings);
  }

  /**
   * Runs the failed statement (`run`) of transaction `tx` again with SQLite's key checks deferred;
   * a row it changed that breaks a key immediate now is PostgreSQL's 23503, else the transaction
   * is marked for the check at its end. `run` draws the sequence values its first run drew.
   */
  rerun(tx: number, settings: Record<string, string>, run: () => void): void {
    const before = this.position(tx);
    this.deferring(tx, settings, run, () => this.changes(tx, before));
  }

  /** rerun() of a row COPY inserts (`insert`, which answers its rowid), which has no undo record of its own. */
  rerunInsert(tx: number, settings: Record<string, string>, table: string, insert: () => bigint): void {
    let rid = 0n;
    this.deferring(tx, settings, () => (rid = insert()), () => [{ schema: 'main', tbl: table, op: 'I', rid, img: null }]);
  }

  private deferring(tx: number, settings: Record<string, string>, run: () => void, changes: () => Change[]): void {
    const was = this.db.pragma('defer_foreign_keys', { simple: true });
    this.db.pragma('defer_foreign_keys = ON');
    try {
      run();
    } finally {
      this.db.pragma(`defer_foreign_keys = ${was ? 'ON' : 'OFF'}`);
    }
    const modes = settings[CONSTRAINT_MODES_SETTING];
    const broken = this.firstViolation(changes(), (c) => !deferredNow(c, modes));
    if (broken) throw broken;
    this.capture.noteKeyCheck(tx);
  }

  /** COMMIT of `tx`: the first violation among its changes when a deferred key was broken since; null when every key holds. */
  atCommit(tx: number): PgError | null {
    if (!this.capture.keyCheckPending(tx)) return null;
    return this.firstViolation(this.changes(tx, START), () => true);
  }

  /** SET CONSTRAINTS … IMMEDIATE in `tx`: the keys immediate now must hold for what it changed. */
  checkNow(tx: number, settings: Record<string, string>): void {
    if (!this.capture.keyCheckPending(tx)) return;
    const modes = settings[CONSTRAINT_MODES_SETTING];
    const broken = this.firstViolation(this.changes(tx, START), (c) => !deferredNow(c, modes));
    if (broken) throw broken;
  }

  private position(tx: number): Position {
    return { main: this.statements.count.get(tx) as number, temp: this.statements.tempCount.get(tx) as number };
  }

  /** The row changes of `tx` past `from`, oldest first (the temporary tables' after the file's). */
  private changes(tx: number, from: Position): Change[] {
    return [...(this.statements.records.all(tx, from.main) as Change[]), ...(this.statements.tempRecords.all(tx, from.temp) as Change[])];
  }

  private keys(): KeyIndex {
    const model = schemaModel(this.db, this.catalog);
    let index = this.indexes.get(model);
    if (!index) {
      index = { byChild: new Map(), byParent: new Map(), deferrable: [] };
      for (const c of model.constraints) {
        const parent = c.ref?.table;
        if (c.type !== 'f' || !parent || c.ref!.columns.length !== c.columns.length) continue;
        push(index.byChild, place(c.table), c);
        push(index.byParent, place(parent), c);
        if (c.deferrable) index.deferrable.push(c);
      }
      this.indexes.set(model, index);
    }
    return index;
  }

  /**
   * The first change that breaks a key `checked` selects, as PostgreSQL's error; in the order of
   * the changes, as PostgreSQL fires the checks it queued, a referenced row's before a referencing one's.
   */
  private firstViolation(changes: Change[], checked: (c: Constraint) => boolean): PgError | null {
    const { byChild, byParent } = this.keys();
    for (const change of changes) {
      const at = `${change.schema}:${change.tbl}`;
      if (change.op === 'D' || change.op === 'U') {
        for (const c of byParent.get(at) ?? []) {
          const broken = checked(c) && this.referencedGone(c, change);
          if (broken) return foreignKeyError(c, broken, false);
        }
      }
      if (change.op !== 'D') {
        for (const c of byChild.get(at) ?? []) {
          const broken = checked(c) && this.referenceMissing(c, change);
          if (broken) return foreignKeyError(c, broken, true);
        }
      }
    }
    return null;
  }

  /**
   * A row the change wrote whose key (no part NULL: MATCH SIMPLE) no referenced row has: its key
   * values. An update is checked only when it changed the key, as PostgreSQL's
   * RI_FKey_fk_upd_check_required decides; 'R' stands for every row COPY added past its rowid.
   */
  private referenceMissing(c: Constraint, change: Change): SqliteValue[] | null {
    const child = c.table;
    const parent = c.ref!.table!;
    const statement = this.check(c, change.op, () => {
      const cols = c.columns.map((col) => `c.${quoteIdent(col)}`);
      const rowid = `c.${this.capture.rowidOf(child.stored)}`;
      const unchanged = change.op === 'U' ? ` AND NOT (${cols.map((col) => `${col} IS ?`).join(' AND ')})` : '';
      return (
        `SELECT ${cols.join(', ')} FROM ${where(child)}.${quoteIdent(child.stored)} AS c WHERE ${rowid} ${change.op === 'R' ? '>' : '='} ?${unchanged} ` +
        `AND ${cols.map((col) => `${col} IS NOT NULL`).join(' AND ')} ` +
        `AND NOT EXISTS (SELECT 1 FROM ${where(parent)}.${quoteIdent(parent.stored)} AS p WHERE ${c.ref!.columns.map((col, i) => `p.${quoteIdent(col)} = ${cols[i]}`).join(' AND ')}) LIMIT 1`
      );
    });
    const old = change.op === 'U' ? this.imageValues(child, c.columns, change.img) : [];
    return (statement.raw(true).get(change.rid, ...old) as SqliteValue[] | undefined) ?? null;
  }

  /**
   * The key of a referenced row the change deleted or updated, when no row has that key now and a
   * referencing row still does: its values.
   */
  private referencedGone(c: Constraint, change: Change): SqliteValue[] | null {
    const parent = c.ref!.table!;
    const key = this.imageValues(parent, c.ref!.columns, change.img);
    if (key.some((v) => v === null)) return null;
    const statement = this.check(c, 'P', () => {
      const match = (cols: string[]) => cols.map((col) => `${quoteIdent(col)} = ?`).join(' AND ');
      return (
        `SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM ${where(parent)}.${quoteIdent(parent.stored)} WHERE ${match(c.ref!.columns)}) ` +
        `AND EXISTS (SELECT 1 FROM ${where(c.table)}.${quoteIdent(c.table.stored)} WHERE ${match(c.columns)})`
      );
    });
    return statement.get(...key, ...key) === undefined ? null : key;
  }

  /** The values of `columns` in a row image of `table`'s (as its undo record keeps them). */
  private imageValues(table: Table, columns: string[], img: string | null): SqliteValue[] {
    const values = decodeImage(img ?? '[]');
    const stored = this.capture.tableColumns(table.stored);
    return columns.map((col) => values[stored.indexOf(col)] ?? null);
  }

  private check(c: Constraint, kind: string, sql: () => string): Database.Statement {
    let byKind = this.checks.get(c);
    if (!byKind) this.checks.set(c, (byKind = new Map()));
    let statement = byKind.get(kind);
    if (!statement) byKind.set(kind, (statement = this.db.prepare(sql())));
    return statement;
  }
}

function deferredNow(c: Constraint, modes: string | undefined): boolean {
  return isDeferred(modes, { schema: c.table.schema, name: c.name, deferrable: c.deferrable, deferred: c.deferred });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
