/**
 * Conflict keys: what a statement reads and writes, as (mode, table[, row]). Two requests whose
 * keys conflict must run in log order; requests whose keys do not may run in any order, and every
 * replica still reaches the same state. So a key set may be larger than needed (less parallelism),
 * never smaller: whatever the mixer cannot analyse becomes a table or whole-database key.
 *
 * A row key names the key columns and their canonical values: `w_id,d_id=["1","3"]`. Its column
 * part (before the first '=') identifies the key set. Row keys over different key sets of one table
 * address rows differently (by id, by email), so they cannot be proven disjoint and conflict (but
 * for an INSERT's, below).
 *
 * A partial row key pins only some columns of its key set, the others written as 0 (canonical
 * values are strings or null, never numbers): `w_id,d_id=~["1",0]` stands for every row of
 * warehouse 1, whatever its district. Two row keys of one key set, either of them partial, meet
 * when they agree on every column both pin. A statement that pins part of a key
 * (`WHERE ol_w_id = 1 AND ol_d_id = 3 AND ol_o_id = 7` on order_line's four-column key) then
 * conflicts only with rows that share those values, instead of taking the whole table.
 *
 * A fresh row key stands for the row an INSERT adds with a key it draws from a sequence (a serial
 * or identity column left out): `id=+[17]`, numbered per execution. Drawn values are unique and
 * never taken back, so two fresh keys of one key set never meet, and concurrent inserts neither
 * wait for each other nor share a group's order as the whole table's key made them do; which value
 * an insert draws is unknown here, so a fresh key meets every other row key of its key set. *
 * An INSERT that names each row it adds in every key set of its table (mode 'i') conflicts with a
 * row key of another key set only when that key's mode is 'w'. Any row the other key could share
 * with the inserted one it also names in the other key set, where the insert's own key meets it;
 * and what else decides the insert — whether its unique checks find a row — changes only by a
 * delete, an insert or a key change, which all write ('w', 'i', or the whole table).
 */
import { assert } from '../lib/assert.js';

/**
 * What a key does to its rows, as PostgreSQL's row lock modes. r: reads their values. k: needs
 * their keys to exist and stay, as a foreign key's check does (FOR KEY SHARE). u: changes them but
 * none of their keys (FOR NO KEY UPDATE). i: adds them, an INSERT naming each row it adds in every
 * key set of the table (see above); on its own rows as w. w: anything else — other inserts, deletes,
 * key changes, and what the analysis cannot tell. A key check and a plain update do not conflict: a
 * transaction that inserts a child row and then updates its parent does not deadlock with another
 * doing the same, as it would if both were a read and a write.
 */
export type LockMode = 'k' | 'r' | 'u' | 'i' | 'w';

const MODES: readonly LockMode[] = ['k', 'r', 'u', 'i', 'w'];

/** Whether keys in modes `a` and `b` on one row conflict. */
export function modesConflict(a: LockMode, b: LockMode): boolean {
  if (a === 'w' || b === 'w' || a === 'i' || b === 'i') return true;
  if (a === 'u') return b !== 'k';
  return b === 'u' && a !== 'k';
}

/** Whether row keys in modes `a` and `b` of two different key sets of one table conflict. */
export function modesConflictAcrossSets(a: LockMode, b: LockMode): boolean {
  return modesConflict(a, b) && (a !== 'i' || b === 'w') && (b !== 'i' || a === 'w');
}

function conflictTable(conflict: (a: LockMode, b: LockMode) => boolean): Readonly<Record<LockMode, readonly LockMode[]>> {
  return Object.fromEntries(MODES.map((a) => [a, MODES.filter((b) => conflict(a, b))])) as Record<LockMode, LockMode[]>;
}

/** For each mode, the modes it conflicts with: what a lock table or batch index looks through for a key. */
export const CONFLICTING = conflictTable(modesConflict);

/** For each mode, the modes of another key set's row keys it conflicts with. */
export const CONFLICTING_ACROSS_SETS = conflictTable(modesConflictAcrossSets);

/**
 * Modes by strength: on one row a mode conflicts with every mode a weaker one conflicts with, so a
 * table key covers row keys of its mode or weaker ones (an 'i' row key is covered only by 'w').
 */
export const MODE_STRENGTH: Readonly<Record<LockMode, number>> = { k: 0, r: 1, u: 2, i: 3, w: 4 };

/** Whether a key in mode `a` stands for one in mode `b` on the same row: it conflicts with all that `b` conflicts with. */
function covers(a: LockMode, b: LockMode): boolean {
  return CONFLICTING[b].every((m) => CONFLICTING[a].includes(m)) && CONFLICTING_ACROSS_SETS[b].every((m) => CONFLICTING_ACROSS_SETS[a].includes(m));
}

const JOIN = Object.fromEntries(MODES.map((a) => [a, Object.fromEntries(MODES.map((b) => [b, covers(a, b) ? a : covers(b, a) ? b : 'w']))])) as Record<LockMode, Record<LockMode, LockMode>>;

/**
 * The one mode a transaction holds a key in after asking for it in `a` and in `b`: the mode that
 * covers the other, else w ('i' and 'r' or 'u': an insert's key meets fewer keys of other key sets
 * than a read's or an update's).
 */
export function joinModes(a: LockMode, b: LockMode): LockMode {
  return JOIN[a][b];
}

/** Whether a key in mode `mode` changes its rows. */
export function writes(mode: LockMode): boolean {
  return mode === 'u' || mode === 'i' || mode === 'w';
}

/** row === undefined: the whole table. table '*': the whole database (with 'w': DDL, unknown statements). */
export interface ConflictKey {
  mode: LockMode;
  table: string;
  row?: string;
}

export function conflicts(a: ConflictKey, b: ConflictKey): boolean {
  if (!modesConflict(a.mode, b.mode)) return false;
  if (a.table === '*' || b.table === '*') return true;
  if (a.table !== b.table) return false;
  if (a.row === undefined || b.row === undefined || a.row === b.row) return true;
  const set = keySetOf(a.row);
  if (set !== keySetOf(b.row)) return modesConflictAcrossSets(a.mode, b.mode);
  const fresh = Number(isFresh(a.row, set)) + Number(isFresh(b.row, set));
  if (fresh > 0) return fresh === 1;
  return (isPartial(a.row, set) || isPartial(b.row, set)) && rowsMeet(rowValues(a.row, set), rowValues(b.row, set));
}

/** Written for a key column a partial row key does not pin. */
export const UNPINNED = 0;

export type RowValues = readonly (string | null | typeof UNPINNED)[];

/** Whether `row`, a row key of key set `set`, pins only part of it. */
export function isPartial(row: string, set: string): boolean {
  return row.charCodeAt(set.length + 1) === 126; /* '~' */
}

/** Whether `row`, a row key of key set `set`, is fresh: a row an insert adds with a drawn key. */
export function isFresh(row: string, set: string): boolean {
  return row.charCodeAt(set.length + 1) === 43; /* '+' */
}

/** The `n`th fresh row key of a key set (`prefix`, from rowKeyPrefix): the caller numbers them uniquely. */
export function freshRowKey(prefix: string, n: number): string {
  return `${prefix}+[${n}]`;
}

/** The values of `row`, a row key of key set `set` that is not fresh. */
export function rowValues(row: string, set: string): RowValues {
  return JSON.parse(row.slice(set.length + (isPartial(row, set) ? 2 : 1))) as RowValues;
}

/** Whether two row keys of one key set can name a common row: they agree wherever both pin a value. */
export function rowsMeet(a: RowValues, b: RowValues): boolean {
  assert(a.length === b.length, 'row keys of one key set have one value per column');
  for (let i = 0; i < a.length; i++) if (a[i] !== UNPINNED && b[i] !== UNPINNED && a[i] !== b[i]) return false;
  return true;
}

/** The key-set part of a row key: the column names before the first '='; a row without '=' is a set of its own. */
export function keySetOf(row: string): string {
  const i = row.indexOf('=');
  return i < 0 ? row : row.slice(0, i);
}

/** The row string for a key set (columns in the set's canonical order) and canonical values. */
export function rowKey(columns: readonly string[], values: readonly (string | null)[]): string {
  assert(columns.length === values.length && columns.length > 0, 'a row key needs one value per key column');
  return rowKeyPrefix(columns) + JSON.stringify(values);
}

/** Whether `row` is a row key of key set `set`, without slicing it. */
export function inSet(row: string, set: string): boolean {
  return row.length > set.length && row.charCodeAt(set.length) === 61 /* '=' */ && row.startsWith(set);
}

/**
 * The row keys among one table's that meet others they are not equal to — partial and fresh ones —
 * for finding the row keys of one key set that a key meets (in a lock table, in a batch's index):
 * every row key for a partial or fresh key; for a full key, the partial keys that agree and the
 * fresh ones. Parsed values are kept while the row key is.
 */
export class InexactRows {
  private readonly partials = new Set<string>();
  private readonly fresh = new Set<string>();
  private readonly values = new Map<string, RowValues>();

  added(row: string, set: string): void {
    if (isPartial(row, set)) this.partials.add(row);
    else if (isFresh(row, set)) this.fresh.add(row);
  }

  removed(row: string): void {
    this.partials.delete(row);
    this.fresh.delete(row);
    this.values.delete(row);
  }

  /** Whether `meeting` can find anything for `row`: callers on hot paths skip it (and its closure) otherwise. */
  canMeet(row: string, set: string): boolean {
    return this.partials.size > 0 || this.fresh.size > 0 || isPartial(row, set) || isFresh(row, set);
  }

  /** Calls `visit` with each key of `rows` (all of the table's row keys) but `row` itself, of `row`'s key set `set`, that meets `row` without being equal to it. */
  meeting(row: string, set: string, rows: ReadonlyMap<string, unknown>, visit: (other: string) => void): void {
    if (isFresh(row, set)) {
      for (const other of rows.keys()) if (inSet(other, set) && !isFresh(other, set)) visit(other);
      return;
    }
    for (const other of this.fresh) if (inSet(other, set)) visit(other);
    const mine = rowValues(row, set);
    for (const other of isPartial(row, set) ? rows.keys() : this.partials) {
      if (other === row || !inSet(other, set) || isFresh(other, set)) continue;
      let values = this.values.get(other);
      if (!values) this.values.set(other, (values = rowValues(other, set)));
      if (rowsMeet(mine, values)) visit(other);
    }
  }
}

/** A row key pinning only the columns whose value is given (the others undefined), at least one of them. */
export function partialRowKey(columns: readonly string[], values: readonly (string | null | undefined)[]): string {
  assert(columns.length === values.length && values.some((v) => v !== undefined) && values.includes(undefined), 'a partial row key pins some key columns, not all');
  return `${rowKeyPrefix(columns)}~${JSON.stringify(values.map((v) => (v === undefined ? UNPINNED : v)))}`;
}

/** The column part of a row key, with its '=': names escaped so that ',' and '=' only separate. */
export function rowKeyPrefix(columns: readonly string[]): string {
  return `${columns.map(encodeURIComponent).join(',')}=`;
}
