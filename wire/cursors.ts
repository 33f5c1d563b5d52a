/**
 * SQL-level cursors of one session: DECLARE … CURSOR, FETCH and MOVE in every direction, CLOSE.
 * A cursor holds its query's rows, as the extended protocol's portals do (statements.ts): the
 * query ran once, at DECLARE, on the snapshot a read sees. Positions follow PostgreSQL's
 * (PerformPortalFetch): 0 is before the first row, n + 1 after the last.
 */
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { CursorSpec } from '../dialect/translate/translate.js';
import type { ColumnType } from './results.js';

/** PostgreSQL's FETCH_ALL: FETCH ALL, FORWARD ALL, BACKWARD ALL. */
const FETCH_ALL = 2147483647;
/** A bound on open cursors per session, as on prepared statements and portals. */
export const MAX_CURSORS = 10_000;

export interface Cursor {
  columns: ColumnType[];
  rows: SqliteValue[][];
  /** Result format for every column: 1 for a BINARY cursor. */
  format: number;
  /** NO SCROLL refuses backward moves; evsql holds the rows, so SCROLL and the default allow them. */
  noScroll: boolean;
  hold: boolean;
  position: number;
  /** What pg_cursors shows: the query string that declared it, when, and whether it is scrollable. */
  statement: string;
  created: number;
  scrollable: boolean;
  /** A cursor over one table's rows: the table and each row's primary key, for WHERE CURRENT OF (dialect/translate/current-of.ts). */
  current?: { table: string; keys: SqliteValue[][]; locked: boolean };
}

export class CursorStore {
  private readonly cursors = new Map<string, Cursor>();
  /** Cursors declared in the transaction block now open: a rollback takes them, WITH HOLD or not. */
  private readonly declaredInBlock = new Set<string>();
  /** The block's open savepoints, each with the cursors declared since: ROLLBACK TO closes those, as PostgreSQL's AtSubAbort_Portals drops a subtransaction's portals. */
  private savepoints: Array<{ name: string; declared: Set<string> }> = [];

  /** Before DECLARE runs its query: the name must be free and the session under its bound. */
  assertNew(name: string): void {
    if (this.cursors.has(name)) throw new PgError(SqlState.duplicateCursor, `cursor "${name}" already exists`);
    if (this.cursors.size >= MAX_CURSORS) throw new PgError(SqlState.programLimitExceeded, `too many open cursors in this session (limit ${MAX_CURSORS}); CLOSE some`);
  }

  /** `inBlock`: declared inside a transaction block (outside one, WITH HOLD's implicit transaction has committed). */
  declare(name: string, cursor: Omit<Cursor, 'position'>, inBlock: boolean): void {
    this.assertNew(name);
    this.cursors.set(name, { ...cursor, position: 0 });
    if (inBlock) this.declaredInBlock.add(name);
    this.savepoints.at(-1)?.declared.add(name);
  }

  /** After SAVEPOINT, RELEASE or ROLLBACK TO of the (existing) savepoint `name`. */
  savepoint(action: 'savepoint' | 'release' | 'rollback_to', name: string): void {
    if (action === 'savepoint') {
      this.savepoints.push({ name, declared: new Set() });
      return;
    }
    const at = this.savepoints.map((s) => s.name).lastIndexOf(name);
    if (at < 0) return;
    const since = this.savepoints.slice(at).flatMap((s) => [...s.declared]);
    if (action === 'rollback_to') {
      for (const cursor of since) this.cursors.delete(cursor);
      this.savepoints.length = at + 1;
      this.savepoints[at]!.declared = new Set();
    } else {
      // Released, they are the enclosing savepoint's (or the block's).
      this.savepoints.length = at;
      for (const cursor of since) this.savepoints.at(-1)?.declared.add(cursor);
    }
  }

  has(name: string): boolean {
    return this.cursors.has(name);
  }

  /** The open cursors, as pg_cursors lists them. */
  list(): Array<[string, Cursor]> {
    return [...this.cursors];
  }

  get(name: string): Cursor {
    const cursor = this.cursors.get(name);
    if (!cursor) throw new PgError(SqlState.invalidCursorName, `cursor "${name}" does not exist`);
    return cursor;
  }

  /** CLOSE name, or CLOSE ALL (null). */
  close(name: string | null): void {
    if (name === null) this.cursors.clear();
    else if (!this.cursors.delete(name)) throw new PgError(SqlState.invalidCursorName, `cursor "${name}" does not exist`);
  }

  /** WHERE CURRENT OF: the primary key of the row the cursor stands on, as PostgreSQL's execCurrentOf finds it. */
  currentKey(name: string, table: string): SqliteValue[] {
    const cursor = this.get(name);
    if (!cursor.current) throw new PgError(SqlState.featureNotSupported, 'WHERE CURRENT OF a cursor other than a plain select of one table with an integer or text primary key is not supported by evsql');
    if (cursor.current.table !== table) {
      const why = cursor.current.locked ? 'does not have a FOR UPDATE/SHARE reference to table' : 'is not a simply updatable scan of table';
      throw new PgError(SqlState.invalidCursorState, `cursor "${name}" ${why} "${table}"`);
    }
    if (cursor.position < 1 || cursor.position > cursor.rows.length) throw new PgError(SqlState.invalidCursorState, `cursor "${name}" is not positioned on a row`);
    return cursor.current.keys[cursor.position - 1]!;
  }

  /** At the end of a transaction: only WITH HOLD cursors outlive it, and a rollback takes those it declared. */
  endTransaction(committed: boolean): void {
    for (const [name, c] of this.cursors) if (!c.hold || (!committed && this.declaredInBlock.has(name))) this.cursors.delete(name);
    this.declaredInBlock.clear();
    this.savepoints = [];
  }

  clear(): void {
    this.cursors.clear();
    this.declaredInBlock.clear();
    this.savepoints = [];
  }
}

/** What portalCursor needs of an extended-protocol portal (statements.ts). */
interface RunPortal {
  columns: ColumnType[] | null;
  result: { rows: SqliteValue[][] } | null;
  resultFormats: number[];
  position: number;
  stmt: { origin: { text: string; at: number } };
}

/**
 * A portal that has run, as FETCH and MOVE see it: PostgreSQL's portals and cursors share one
 * namespace, and asyncpg's cursors Execute a named portal and MOVE it by SQL. Forward only, like
 * a protocol portal; its position is the portal's own, so Execute goes on from where MOVE left it.
 */
export function portalCursor(portal: RunPortal | undefined): Cursor | undefined {
  if (!portal?.result || !portal.columns) return undefined;
  const { columns, result } = portal;
  return {
    columns,
    rows: result.rows,
    format: portal.resultFormats.length === 1 ? portal.resultFormats[0]! : 0,
    noScroll: true,
    statement: portal.stmt.origin.text,
    created: portal.stmt.origin.at,
    scrollable: false,
    hold: false,
    get position() {
      return portal.position;
    },
    set position(p: number) {
      portal.position = p;
    },
  };
}

/** The rows FETCH returns (MOVE skips them) and moves the cursor past them. */
export function fetchRows(cursor: Cursor, given: CursorSpec): SqliteValue[][] {
  // FORWARD -k is BACKWARD k, and BACKWARD -k is FORWARD k.
  const flip = (given.count ?? 1) < 0 && (given.direction === 'FETCH_FORWARD' || given.direction === 'FETCH_BACKWARD');
  const spec: CursorSpec = flip ? { ...given, direction: given.direction === 'FETCH_FORWARD' ? 'FETCH_BACKWARD' : 'FETCH_FORWARD', count: -given.count! } : given;
  const n = cursor.rows.length;
  const count = spec.count ?? 1;
  const backward = (spec.direction === 'FETCH_BACKWARD' && count > 0) || (spec.direction === 'FETCH_RELATIVE' && count < 0);
  const absolute = spec.direction === 'FETCH_ABSOLUTE' || spec.direction === 'FETCH_RELATIVE';
  if (cursor.noScroll && (backward || (spec.direction === 'FETCH_ABSOLUTE' && (count <= 0 || count <= cursor.position)))) {
    throw new PgError(SqlState.objectNotInPrerequisiteState, 'cursor can only scan forward', { hint: 'Declare it with SCROLL option to enable backward scan.' });
  }
  if (absolute || count === 0) {
    // One row at most: ABSOLUTE k, RELATIVE k, and FORWARD 0 / BACKWARD 0 (the current row).
    const target = spec.direction === 'FETCH_ABSOLUTE' ? (count >= 0 ? count : n + 1 + count) : cursor.position + (absolute ? count : 0);
    cursor.position = Math.max(0, Math.min(target, n + 1));
    return cursor.position >= 1 && cursor.position <= n ? [cursor.rows[cursor.position - 1]!] : [];
  }
  const k = count === FETCH_ALL ? n + 1 : count;
  const p = cursor.position;
  if (spec.direction === 'FETCH_BACKWARD') {
    const stop = Math.max(p - k, 0);
    const out: SqliteValue[][] = [];
    for (let i = Math.min(p - 1, n); i >= Math.max(stop, 1); i--) out.push(cursor.rows[i - 1]!);
    cursor.position = stop;
    return out;
  }
  cursor.position = Math.min(p + k, n + 1);
  return cursor.rows.slice(p, Math.min(p + k, n));
}
