import { describe, expect, it } from 'vitest';
import { AssertionError } from '../../lib/assert.js';
import { type ConflictKey, type LockMode, conflicts, freshRowKey, joinModes, partialRowKey, rowKey, rowKeyPrefix } from '../../mixer/keys.js';
import { LockTable } from '../../mixer/locks.js';
import { Prng } from '../../mixer/prng.js';

const w = (table: string, id?: number, set = 'id'): ConflictKey => (id === undefined ? { mode: 'w', table } : { mode: 'w', table, row: rowKey([set], [String(id)]) });
const r = (table: string, id?: number, set = 'id'): ConflictKey => (id === undefined ? { mode: 'r', table } : { mode: 'r', table, row: rowKey([set], [String(id)]) });

describe('joinModes', () => {
  it('holds a key in a mode that meets all either mode meets, and in one of them when one covers the other', () => {
    const modes: LockMode[] = ['k', 'r', 'u', 'i', 'w'];
    const meets = (m: LockMode, across: boolean) =>
      modes.filter((o) => conflicts({ mode: m, table: 't', row: rowKey(['id'], ['1']) }, { mode: o, table: 't', row: across ? rowKey(['code'], ['x']) : rowKey(['id'], ['1']) }));
    for (const a of modes) {
      for (const b of modes) {
        const j = joinModes(a, b);
        expect(joinModes(b, a)).toBe(j);
        for (const across of [false, true]) for (const m of [...meets(a, across), ...meets(b, across)]) expect(meets(j, across)).toContain(m);
      }
    }
    expect(joinModes('r', 'u')).toBe('u');
    expect(joinModes('k', 'i')).toBe('i');
    // An insert's key meets no read of another key set; a read's does meet updates there.
    expect(joinModes('i', 'r')).toBe('w');
  });
  it("a transaction that inserted a row and then updated it waits as the joined key says", () => {
    const l = new LockTable();
    const ins: ConflictKey = { mode: 'i', table: 't', row: rowKey(['id'], ['2']) };
    expect(l.acquire(1, [ins]).granted).toBe(true);
    expect(l.acquire(2, [r('t', 1, 'code'), { mode: 'u', table: 't', row: rowKey(['code'], ['2']) }]).granted).toBe(true);
    expect(l.blockers(3, [w('t', 3, 'code')])).toEqual([1]);
    expect(l.blockers(3, [w('t', 9)])).toEqual([2]);
    // Re-asked as an update of the same key: it would be held as w, which meets the reads and updates of other key sets.
    expect(l.blockers(1, [{ mode: 'u', table: 't', row: rowKey(['id'], ['2']) }])).toEqual([2]);
    expect(l.acquire(1, [{ mode: 'u', table: 't', row: rowKey(['id'], ['2']) }])).toEqual({ granted: false, waitsFor: [2] });
    expect(l.blockers(4, [r('t', 7, 'code')])).toEqual([]);
  });
});

describe('LockTable: exclusion', () => {
  it('shares reads, excludes writes', () => {
    const l = new LockTable();
    expect(l.acquire(1, [r('t', 1)])).toEqual({ granted: true });
    expect(l.acquire(2, [r('t', 1), r('t')])).toEqual({ granted: true });
    expect(l.acquire(3, [w('t', 1)])).toEqual({ granted: false, waitsFor: [1, 2] });
    expect(l.acquire(3, [w('t', 2)])).toEqual({ granted: false, waitsFor: [2] });
    expect(l.acquire(3, [w('u'), w('t', 2, 'email')])).toEqual({ granted: false, waitsFor: [1, 2] });
    l.release(2);
    expect(l.acquire(3, [w('t', 2)])).toEqual({ granted: true });
    expect(l.acquire(4, [r('t', 2)])).toEqual({ granted: false, waitsFor: [3] });
    expect(l.acquire(4, [r('t', 3)])).toEqual({ granted: true });
  });
  it('row keys of another key set conflict, of the same set only when equal', () => {
    const l = new LockTable();
    l.acquire(1, [w('t', 1)]);
    expect(l.blockers(2, [r('t', 2)])).toEqual([]);
    expect(l.blockers(2, [r('t', 1, 'email')])).toEqual([1]);
    expect(l.blockers(2, [r('u', 1, 'email')])).toEqual([]);
  });
  it('the whole database', () => {
    const l = new LockTable();
    l.acquire(1, [r('a', 1)]);
    l.acquire(2, [w('b')]);
    expect(l.blockers(3, [r('*')])).toEqual([2]);
    expect(l.blockers(3, [w('*')])).toEqual([1, 2]);
    l.release(1);
    l.release(2);
    expect(l.acquire(3, [r('*')])).toEqual({ granted: true });
    expect(l.blockers(4, [r('c', 9)])).toEqual([]);
    expect(l.blockers(4, [w('c', 9)])).toEqual([3]);
  });
  it('grants all or nothing', () => {
    const l = new LockTable();
    l.acquire(1, [w('t', 1)]);
    expect(l.acquire(2, [w('t', 2), w('t', 1)]).granted).toBe(false);
    expect(l.held(2)).toEqual([]);
    expect(l.blockers(3, [w('t', 2)])).toEqual([]);
  });
  it('is re-entrant and upgrades a read to a write', () => {
    const l = new LockTable();
    l.acquire(1, [r('t', 1), r('t', 1)]);
    expect(l.acquire(1, [w('t', 1)])).toEqual({ granted: true });
    expect(l.held(1)).toEqual([w('t', 1)]);
    expect(l.acquire(1, [r('t', 1)])).toEqual({ granted: true });
    expect(l.held(1)).toEqual([w('t', 1)]);
    l.acquire(2, [r('u')]);
    l.acquire(3, [r('u')]);
    expect(l.acquire(2, [w('u')])).toEqual({ granted: false, waitsFor: [3] });
    expect(l.held(2)).toEqual([r('u')]);
  });
  it('blockers() takes nothing; release ends everything of a transaction', () => {
    const l = new LockTable();
    expect(l.blockers(1, [w('t')])).toEqual([]);
    expect(l.held(1)).toEqual([]);
    l.acquire(1, [w('t'), w('u', 1), r('*')]);
    expect(l.holders()).toEqual([1]);
    l.release(1);
    expect(l.holders()).toEqual([]);
    expect(l.blockers(2, [w('*')])).toEqual([]);
  });
});

describe('LockTable: deadlocks', () => {
  it('a two-transaction cycle aborts the younger', () => {
    const l = new LockTable();
    l.acquire(1, [w('a', 1)]);
    l.acquire(2, [w('b', 1)]);
    const one = l.acquire(1, [w('b', 1)]);
    expect(one).toEqual({ granted: false, waitsFor: [2] });
    expect(l.waiting(1, [2])).toBeNull();
    const two = l.acquire(2, [w('a', 1)]);
    expect(two).toEqual({ granted: false, waitsFor: [1] });
    expect(l.waiting(2, [1])).toBe(2);
    l.release(2);
    expect(l.acquire(1, [w('b', 1)])).toEqual({ granted: true });
    l.notWaiting(1);
  });
  it('a longer cycle, closed by an older transaction, aborts its youngest member', () => {
    const l = new LockTable();
    for (const tx of [5, 6, 7, 8]) l.acquire(tx, [w('t', tx)]);
    expect(l.waiting(6, [7])).toBeNull();
    expect(l.waiting(7, [8])).toBeNull();
    expect(l.waiting(8, [6])).toBe(8);
    // 5 waits for 6, which is on no cycle through 5.
    l.notWaiting(8);
    expect(l.waiting(5, [6])).toBeNull();
    expect(l.waiting(8, [5])).toBe(8);
  });
  it('upgrades deadlock too', () => {
    const l = new LockTable();
    l.acquire(1, [r('t', 1)]);
    l.acquire(2, [r('t', 1)]);
    const a = l.acquire(1, [w('t', 1)]);
    expect(a.granted).toBe(false);
    expect(l.waiting(1, (a as { waitsFor: number[] }).waitsFor)).toBeNull();
    const b = l.acquire(2, [w('t', 1)]);
    expect(l.waiting(2, (b as { waitsFor: number[] }).waitsFor)).toBe(2);
  });
  it('no cycle through edges that are gone', () => {
    const l = new LockTable();
    expect(l.waiting(1, [2])).toBeNull();
    l.release(1);
    expect(l.waiting(2, [1])).toBeNull();
    expect(() => l.waiting(3, [3])).toThrow(AssertionError);
  });
});

describe('LockTable against a brute-force model', () => {
  it('random acquire, release and waits: exclusion holds, blockers are exact, cycles are real', () => {
    const rng = new Prng(3);
    const l = new LockTable();
    const model = new Map<number, Map<string, ConflictKey>>();
    const waits = new Map<number, number[]>();
    const id = (k: ConflictKey) => `${k.table}|${k.row ?? ''}`;
    let fresh = 0;
    const randomKey = (): ConflictKey => {
      const mode = rng.pick(['k', 'r', 'r', 'u', 'i', 'w', 'w'] as const);
      const x = rng.next();
      if (x < 0.02) return { mode, table: '*' };
      const table = rng.pick(['a', 'b']);
      if (x < 0.12) return { mode, table };
      if (x < 0.5) return { mode, table, row: rowKey([rng.chance(0.15) ? 'alt' : 'id'], [String(rng.int(5))]) };
      // An insert's drawn key (keys.ts): always a write, numbered per execution.
      if (x < 0.6) return { mode: 'w', table, row: freshRowKey(rowKeyPrefix(['id']), ++fresh) };
      // Key set (g, n): full keys and keys pinning one of its columns.
      const g = String(rng.int(3));
      const n = String(rng.int(3));
      const y = rng.next();
      return { mode, table, row: y < 0.5 ? rowKey(['g', 'n'], [g, n]) : partialRowKey(['g', 'n'], y < 0.75 ? [g, undefined] : [undefined, n]) };
    };
    // A key asked again is asked in the mode it would be held in.
    const joined = (tx: number, k: ConflictKey): ConflictKey => {
      const had = model.get(tx)?.get(id(k));
      return had ? { ...k, mode: joinModes(had.mode, k.mode) } : k;
    };
    const expectedBlockers = (tx: number, keys: ConflictKey[]) =>
      [...model.entries()].filter(([t, held]) => t !== tx && [...held.values()].some((h) => keys.some((k) => conflicts(h, joined(tx, k))))).map(([t]) => t).sort((a, b) => a - b);
    const onCycle = (from: number): Set<number> => {
      // Transactions on some wait cycle through `from`, by exhaustive search.
      const members = new Set<number>();
      const walk = (at: number, path: number[]) => {
        for (const n of waits.get(at) ?? []) {
          if (n === from) path.forEach((p) => members.add(p));
          else if (!path.includes(n)) walk(n, [...path, n]);
        }
      };
      walk(from, [from]);
      return members;
    };
    const seen = { granted: 0, waited: 0, deadlocks: 0 };
    for (let step = 0; step < 8000; step++) {
      const tx = 1 + rng.int(8);
      if (rng.chance(0.15)) {
        l.release(tx);
        model.delete(tx);
        waits.delete(tx);
        continue;
      }
      const keys = Array.from({ length: 1 + rng.int(3) }, randomKey);
      const expected = expectedBlockers(tx, keys);
      expect(l.blockers(tx, keys)).toEqual(expected);
      const res = l.acquire(tx, keys);
      if (res.granted) {
        seen.granted++;
        expect(expected).toEqual([]);
        const held = model.get(tx) ?? new Map<string, ConflictKey>();
        for (const k of keys) {
          const had = held.get(id(k));
          held.set(id(k), { ...k, mode: had ? joinModes(had.mode, k.mode) : k.mode });
        }
        model.set(tx, held);
        l.notWaiting(tx);
        waits.delete(tx);
      } else {
        seen.waited++;
        expect(res.waitsFor).toEqual(expected);
        // Abort victims until no cycle through tx remains (or tx itself is aborted).
        for (let waitsFor = res.waitsFor; waitsFor.length; waitsFor = expectedBlockers(tx, keys)) {
          waits.set(tx, waitsFor);
          const victim = l.waiting(tx, waitsFor);
          const cycle = onCycle(tx);
          if (victim === null) {
            expect(cycle.size).toBe(0);
            break;
          }
          seen.deadlocks++;
          expect(victim).toBe(Math.max(...cycle));
          l.release(victim);
          model.delete(victim);
          waits.delete(victim);
          if (victim === tx) break;
        }
      }
      // Exclusion: no two transactions hold conflicting locks, and held() mirrors the model.
      const holders = [...model.values()].map((h) => [...h.values()]);
      let clashes = 0;
      for (let i = 0; i < holders.length; i++) {
        for (let j = i + 1; j < holders.length; j++) {
          for (const a of holders[i]!) for (const b of holders[j]!) if (conflicts(a, b)) clashes++;
        }
      }
      if (clashes) expect.fail(`step ${step}: ${clashes} pairs of conflicting locks held`);
      if (step % 97 === 0) {
        for (const [t, held] of model) {
          const sort = (ks: ConflictKey[]) => ks.map((k) => `${k.mode}${id(k)}`).sort();
          expect(sort(l.held(t))).toEqual(sort([...held.values()]));
        }
      }
    }
    // The schedule exercised every path.
    expect(Math.min(seen.granted, seen.waited, seen.deadlocks)).toBeGreaterThan(50);
  });
});
