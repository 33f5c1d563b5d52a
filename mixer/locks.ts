/**
 * The lock manager for interactive transactions: strict two-phase locking on conflict keys. A
 * transaction's locks are held until it ends (release), whatever it read or wrote; a request whose
 * keys conflict with another transaction's locks waits, and a cycle of waits is broken by aborting
 * its youngest transaction (40P01). Deciding this before the log makes every replica see the same
 * outcome.
 *
 * Holders are indexed by table, key set and row, so acquiring k keys costs O(k × holders that
 * conflict), never a scan over all locks. Pure: no clocks (lock_timeout is the caller's).
 */
import { assert } from '../lib/assert.js';
import { CONFLICTING, CONFLICTING_ACROSS_SETS, type ConflictKey, type LockMode, InexactRows, inSet, joinModes, keySetOf, modesConflict } from './keys.js';

/** Per transaction: how many keys of each mode it holds in a category. */
type Counts = Map<number, Record<LockMode, number>>;

interface TableLocks {
  table: Map<number, LockMode>;
  rows: Map<string, Map<number, LockMode>>;
  /** Row locks by key set; a row lock meets another key set's as keys.ts modesConflictAcrossSets says. */
  sets: Map<string, Counts>;
  inexact: InexactRows;
}

interface Held {
  table: string;
  row: string | undefined;
  /** keySetOf(row), computed once. */
  set: string | undefined;
  mode: LockMode;
}

export class LockTable {
  private readonly star = new Map<number, LockMode>();
  private readonly tables = new Map<string, TableLocks>();
  /** Every lock by transaction and mode: '*' requests conflict with all of them. */
  private readonly all: Counts = new Map();
  private readonly held_ = new Map<number, Map<string, Held>>();
  private readonly waits = new Map<number, number[]>();
  /** Reused by blockers(): most calls find nobody, and then allocate nothing. */
  private readonly found = new Set<number>();

  /**
   * Grants all of `keys` to `tx` (held until release), or none and says whom it waits for.
   * Re-entrant; a key held and asked again is held in the join of both modes (keys.ts joinModes). Locks of `friend` (the transaction a short-lived
   * read lock is taken for) do not count as conflicts.
   */
  acquire(tx: number, keys: ConflictKey[], friend?: number): { granted: true } | { granted: false; waitsFor: number[] } {
    const waitsFor = this.blockers(tx, keys, friend);
    if (waitsFor.length) return { granted: false, waitsFor };
    let mine = this.held_.get(tx);
    if (!mine) this.held_.set(tx, (mine = new Map()));
    for (const key of keys) {
      const id = keyId(key);
      const had = mine.get(id);
      const mode = had ? joinModes(had.mode, key.mode) : key.mode;
      if (had?.mode === mode) continue;
      if (had) this.unindex(tx, had);
      const h: Held = { table: key.table, row: key.row, set: key.row === undefined ? undefined : keySetOf(key.row), mode };
      mine.set(id, h);
      this.index(tx, h);
    }
    return { granted: true };
  }

  /**
   * Transactions other than `tx` (and `friend`) holding locks that conflict with `keys` — each in
   * the mode `tx` would hold it in, joined with what it holds already — ascending.
   */
  blockers(tx: number, keys: ConflictKey[], friend?: number): number[] {
    const found = this.found;
    found.clear();
    const mine = this.held_.get(tx);
    for (const k of keys) {
      const had = mine?.size ? mine.get(keyId(k)) : undefined;
      this.conflicting(had ? joinModes(had.mode, k.mode) : k.mode, k, tx, found);
    }
    if (friend !== undefined) found.delete(friend);
    return found.size === 0 ? [] : [...found].sort((a, b) => a - b);
  }

  /** How many row locks of `table` are held, by anyone: at most how many rows SKIP LOCKED passes over there. */
  rowLocks(table: string): number {
    return this.tables.get(table)?.rows.size ?? 0;
  }

  release(tx: number): void {
    const mine = this.held_.get(tx);
    if (mine) for (const h of mine.values()) this.unindex(tx, h);
    this.held_.delete(tx);
    this.waits.delete(tx);
    assert(!this.all.has(tx) && !this.star.has(tx), () => `transaction ${tx} still indexed after release`);
  }

  /**
   * Records that `tx` waits for `waitsFor` (replacing what it waited for before) and looks for wait
   * cycles through it: returns the youngest (highest id) transaction on any of them, to abort with
   * 40P01, or null. Only a new edge can close a cycle, and every new edge starts at `tx`. When the
   * victim is not `tx`, another cycle through `tx` may remain: after releasing the victim, call
   * this again with what `tx` now waits for.
   */
  waiting(tx: number, waitsFor: number[]): number | null {
    assert(!waitsFor.includes(tx), () => `transaction ${tx} cannot wait for itself`);
    this.waits.set(tx, [...waitsFor].sort((a, b) => a - b));
    // Transactions reachable from tx; those that also reach back to tx are on a cycle with it.
    const reachable = new Set<number>();
    const stack = [tx];
    while (stack.length) {
      for (const next of this.waits.get(stack.pop()!) ?? []) {
        if (!reachable.has(next)) {
          reachable.add(next);
          stack.push(next);
        }
      }
    }
    if (!reachable.has(tx)) return null;
    const onCycle = new Set([tx]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const n of reachable) {
        if (!onCycle.has(n) && (this.waits.get(n) ?? []).some((m) => onCycle.has(m))) {
          onCycle.add(n);
          grew = true;
        }
      }
    }
    return Math.max(...onCycle);
  }

  notWaiting(tx: number): void {
    this.waits.delete(tx);
  }

  /** What `tx` waits for, as last recorded by waiting(). */
  waitsFor(tx: number): readonly number[] {
    return this.waits.get(tx) ?? [];
  }

  held(tx: number): ConflictKey[] {
    return [...(this.held_.get(tx)?.values() ?? [])].map((h) => (h.row === undefined ? { mode: h.mode, table: h.table } : { mode: h.mode, table: h.table, row: h.row }));
  }

  /** Transactions holding any lock. */
  holders(): number[] {
    return [...this.held_.keys()].filter((tx) => this.held_.get(tx)!.size > 0);
  }

  private conflicting(mode: LockMode, k: ConflictKey, self: number, out: Set<number>): void {
    if (k.table === '*') {
      for (const [tx, c] of this.all) if (tx !== self && countsConflict(c, mode)) out.add(tx);
      return;
    }
    // Most categories are empty for most keys: the size checks spare creating iterators.
    if (this.star.size) holding(this.star, self, mode, out);
    const t = this.tables.get(k.table);
    if (!t) return;
    if (t.table.size) holding(t.table, self, mode, out);
    // A table key meets every row key; a row key meets row keys of other key sets. The usual case,
    // a row key of the only key set held on the table, needs no look at the sets.
    const row = k.row;
    const only = t.sets.size === 1 ? t.sets.keys().next().value! : undefined;
    const set = row === undefined ? undefined : only !== undefined && inSet(row, only) ? only : keySetOf(row);
    if (row === undefined || set !== only) {
      for (const [s, counts] of t.sets) {
        if (s === set) continue;
        for (const [tx, c] of counts) if (tx !== self && countsConflict(c, mode, row === undefined ? CONFLICTING : CONFLICTING_ACROSS_SETS)) out.add(tx);
      }
    }
    if (row === undefined) return;
    const holders = t.rows.get(row);
    if (holders) holding(holders, self, mode, out);
    // Of the same key set: rows a partial or fresh key meets, and partial or fresh keys a full key meets (keys.ts).
    if (t.inexact.canMeet(row, set!)) t.inexact.meeting(row, set!, t.rows, (other) => holding(t.rows.get(other)!, self, mode, out));
  }

  private index(tx: number, h: Held): void {
    count(this.all, tx, h.mode, 1);
    const k = h;
    if (k.table === '*') {
      this.star.set(tx, h.mode);
      return;
    }
    let t = this.tables.get(k.table);
    if (!t) this.tables.set(k.table, (t = { table: new Map(), rows: new Map(), sets: new Map(), inexact: new InexactRows() }));
    if (k.row === undefined) {
      t.table.set(tx, h.mode);
      return;
    }
    const set = h.set!;
    let holders = t.rows.get(k.row);
    if (!holders) {
      t.rows.set(k.row, (holders = new Map()));
      t.inexact.added(k.row, set);
    }
    holders.set(tx, h.mode);
    let counts = t.sets.get(set);
    if (!counts) t.sets.set(set, (counts = new Map()));
    count(counts, tx, h.mode, 1);
  }

  private unindex(tx: number, h: Held): void {
    count(this.all, tx, h.mode, -1);
    const k = h;
    if (k.table === '*') {
      assert(this.star.get(tx) === h.mode, 'star lock index out of step');
      this.star.delete(tx);
      return;
    }
    const t = this.tables.get(k.table);
    assert(t, () => `no lock index for table ${k.table}`);
    if (k.row === undefined) {
      assert(t.table.get(tx) === h.mode, 'table lock index out of step');
      t.table.delete(tx);
    } else {
      const holders = t.rows.get(k.row);
      assert(holders?.get(tx) === h.mode, 'row lock index out of step');
      holders.delete(tx);
      if (holders.size === 0) {
        t.rows.delete(k.row);
        t.inexact.removed(k.row);
      }
      const set = h.set!;
      const counts = t.sets.get(set)!;
      count(counts, tx, h.mode, -1);
      if (counts.size === 0) t.sets.delete(set);
    }
    if (t.table.size === 0 && t.sets.size === 0) this.tables.delete(k.table);
  }
}

/** Adds the holders in `modes` other than `self` that a key in `mode` conflicts with. */
function holding(modes: Map<number, LockMode>, self: number, mode: LockMode, out: Set<number>): void {
  for (const [tx, m] of modes) if (tx !== self && modesConflict(mode, m)) out.add(tx);
}

/** Whether a transaction holding keys as counted in `c` holds one that a key in `mode` conflicts with (by `table`: CONFLICTING, or CONFLICTING_ACROSS_SETS for another key set's row keys). */
function countsConflict(c: Record<LockMode, number>, mode: LockMode, table = CONFLICTING): boolean {
  for (const m of table[mode]) if (c[m] > 0) return true;
  return false;
}

function keyId(k: ConflictKey): string {
  return k.row === undefined ? `${k.table}\u0000` : `${k.table}\u0000\u0001${k.row}`;
}

function count(counts: Counts, tx: number, mode: LockMode, delta: 1 | -1): void {
  let c = counts.get(tx);
  if (!c) counts.set(tx, (c = { k: 0, r: 0, u: 0, i: 0, w: 0 }));
  c[mode] += delta;
  assert(c[mode] >= 0, 'lock count below zero');
  if (c.k === 0 && c.r === 0 && c.u === 0 && c.i === 0 && c.w === 0) counts.delete(tx);
}
