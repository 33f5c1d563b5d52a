/**
 * For batch formation: keys placed so far, each at a level (a group's index), answering "what is
 * the highest level holding a key that conflicts with this one" in O(1) per key (O(key sets of
 * the table) for a row key) instead of comparing against every placed key. Levels only grow, so
 * each category keeps its maximum. The answer agrees with keys.ts `conflicts` on every pair.
 */
import { CONFLICTING, CONFLICTING_ACROSS_SETS, type ConflictKey, InexactRows, type LockMode, keySetOf } from './keys.js';

/** Highest level of a key in each mode in a category; -1: none. */
type Levels = Record<LockMode, number>;

interface TableLevels {
  /** Every key of the table, table or row. */
  all: Levels;
  table: Levels;
  /** Row keys by key set, for the rule of different key sets (keys.ts modesConflictAcrossSets). */
  sets: Map<string, Levels>;
  rows: Map<string, Levels>;
  inexact: InexactRows;
}

const NONE = -1;

function levels(): Levels {
  return { k: NONE, r: NONE, u: NONE, i: NONE, w: NONE };
}

function raise(l: Levels, mode: LockMode, level: number): void {
  if (level > l[mode]) l[mode] = level;
}

/** The highest level in `l` of a mode that `mode` conflicts with (`table`: CONFLICTING, or another key set's CONFLICTING_ACROSS_SETS). */
function against(l: Levels, mode: LockMode, table = CONFLICTING): number {
  let level = NONE;
  for (const m of table[mode]) if (l[m] > level) level = l[m];
  return level;
}

export class ConflictIndex {
  private readonly all = levels();
  private readonly star = levels();
  private readonly tables = new Map<string, TableLevels>();

  /** The highest level holding a key that conflicts with `k`, or -1. */
  conflictLevel(k: ConflictKey): number {
    if (k.table === '*') return against(this.all, k.mode);
    let level = against(this.star, k.mode);
    const t = this.tables.get(k.table);
    if (!t) return level;
    if (k.row === undefined) return Math.max(level, against(t.all, k.mode));
    level = Math.max(level, against(t.table, k.mode));
    const row = t.rows.get(k.row);
    if (row) level = Math.max(level, against(row, k.mode));
    const set = keySetOf(k.row);
    for (const [s, l] of t.sets) if (s !== set) level = Math.max(level, against(l, k.mode, CONFLICTING_ACROSS_SETS));
    // Of the same key set: rows a partial or fresh key meets, and partial or fresh keys a full key meets (keys.ts).
    if (t.inexact.canMeet(k.row, set)) t.inexact.meeting(k.row, set, t.rows, (other) => (level = Math.max(level, against(t.rows.get(other)!, k.mode))));
    return level;
  }

  /** The highest level conflicting with any of `keys`, or -1. */
  conflictLevelOf(keys: readonly ConflictKey[]): number {
    let level = NONE;
    for (const k of keys) level = Math.max(level, this.conflictLevel(k));
    return level;
  }

  add(k: ConflictKey, level: number): void {
    raise(this.all, k.mode, level);
    if (k.table === '*') {
      raise(this.star, k.mode, level);
      return;
    }
    let t = this.tables.get(k.table);
    if (!t) {
      t = { all: levels(), table: levels(), sets: new Map(), rows: new Map(), inexact: new InexactRows() };
      this.tables.set(k.table, t);
    }
    raise(t.all, k.mode, level);
    if (k.row === undefined) {
      raise(t.table, k.mode, level);
      return;
    }
    const set = keySetOf(k.row);
    let s = t.sets.get(set);
    if (!s) t.sets.set(set, (s = levels()));
    raise(s, k.mode, level);
    let r = t.rows.get(k.row);
    if (!r) {
      t.rows.set(k.row, (r = levels()));
      t.inexact.added(k.row, set);
    }
    raise(r, k.mode, level);
  }

  addAll(keys: readonly ConflictKey[], level: number): void {
    for (const k of keys) this.add(k, level);
  }
}
