import { describe, expect, it } from 'vitest';
import { AssertionError } from '../../lib/assert.js';
import { type Batch, Batcher, type MixerRequest } from '../../mixer/batcher.js';
import { ConflictIndex } from '../../mixer/conflict-index.js';
import { type ConflictKey, conflicts, freshRowKey, partialRowKey, rowKey, rowKeyPrefix } from '../../mixer/keys.js';
import { Prng } from '../../mixer/prng.js';

const w = (table: string, id?: number): ConflictKey => (id === undefined ? { mode: 'w', table } : { mode: 'w', table, row: rowKey(['id'], [String(id)]) });
const r = (table: string, id?: number): ConflictKey => (id === undefined ? { mode: 'r', table } : { mode: 'r', table, row: rowKey(['id'], [String(id)]) });

function batcher(maxBatchSize = 100, maxDelayMs = 5, seed = 1): Batcher {
  return new Batcher({ maxBatchSize, maxDelayMs, seed });
}

/** Pushes requests (session = id unless given) at time 0 and forces one batch. */
function batchOf(reqs: Array<{ id: number; session?: number; keys: ConflictKey[] }>, b = batcher()): Batch {
  for (const q of reqs) b.push({ id: q.id, session: q.session ?? q.id, keys: q.keys }, 0);
  return b.take(0, 1, true)!;
}

describe('Batcher: groups', () => {
  it('packs requests that conflict with nothing into one group', () => {
    expect(batchOf([{ id: 1, keys: [w('t', 1)] }, { id: 2, keys: [w('t', 2)] }, { id: 3, keys: [r('u')] }]).groups).toEqual([[1, 2, 3]]);
    expect(batchOf([{ id: 1, keys: [r('t')] }, { id: 2, keys: [r('t', 1)] }, { id: 3, keys: [] }]).groups).toEqual([[1, 2, 3]]);
  });
  it('a conflicting request opens the next group, after the last group it conflicts with', () => {
    const b = batchOf([
      { id: 1, keys: [w('a')] },
      { id: 2, keys: [w('a'), w('b')] },
      { id: 3, keys: [w('c')] },
      // Group 0 is free of b, but request 2 in group 1 writes b: 4 must come after it.
      { id: 4, keys: [r('b')] },
      { id: 5, keys: [w('d')] },
    ]);
    expect(b.groups).toEqual([[1, 3, 5], [2], [4]]);
  });
  it('table keys meet row keys; a whole-database write stands alone between the others', () => {
    expect(batchOf([{ id: 1, keys: [w('t', 1)] }, { id: 2, keys: [w('t', 2)] }, { id: 3, keys: [r('t')] }]).groups).toEqual([[1, 2], [3]]);
    expect(batchOf([{ id: 1, keys: [w('t', 1)] }, { id: 2, keys: [r('t')] }, { id: 3, keys: [w('t', 2)] }]).groups).toEqual([[1], [2], [3]]);
    expect(batchOf([{ id: 1, keys: [r('t', 1)] }, { id: 2, keys: [w('*')] }, { id: 3, keys: [r('u')] }]).groups).toEqual([[1], [2], [3]]);
    expect(batchOf([{ id: 1, keys: [r('*')] }, { id: 2, keys: [r('t')] }, { id: 3, keys: [w('t', 1)] }]).groups).toEqual([[1, 2], [3]]);
  });
  it('never puts two requests of one session in a batch, and keeps later conflicting requests behind the one left waiting', () => {
    const b = batcher();
    const reqs: MixerRequest[] = [
      { id: 1, session: 7, keys: [w('a', 1)] },
      { id: 2, session: 7, keys: [w('b', 1)] },
      { id: 3, session: 8, keys: [r('b', 1)] },
      { id: 4, session: 9, keys: [w('c', 1)] },
      { id: 5, session: 8, keys: [w('d', 1)] },
    ];
    for (const q of reqs) b.push(q, 0);
    // 2 waits (session 7 has 1 here); 3 reads what 2 writes, so it waits too, and 5 behind it in session 8.
    expect(b.take(0, 1, true)!.groups).toEqual([[1, 4]]);
    expect(b.waiting).toBe(3);
    expect(b.take(0, 2, true)!.groups).toEqual([[2], [3]]);
    expect(b.take(0, 3, true)!.groups).toEqual([[5]]);
    expect(b.take(0, 4, true)).toBeNull();
  });
  it('takes at most maxBatchSize requests, in arrival order', () => {
    const b = batcher(3);
    for (let i = 1; i <= 7; i++) b.push({ id: i, session: i, keys: [w('t', i)] }, 0);
    expect(b.take(0, 1)!.groups).toEqual([[1, 2, 3]]);
    expect(b.take(0, 2)!.groups).toEqual([[4, 5, 6]]);
    expect(b.waiting).toBe(1);
  });
});

describe('Batcher: timing and stamps', () => {
  it('is due when full or when the oldest request waited maxDelayMs', () => {
    const b = batcher(3, 5);
    expect(b.take(100, 1)).toBeNull();
    expect(b.nextDueIn(100)).toBeNull();
    b.push({ id: 1, session: 1, keys: [] }, 100);
    b.push({ id: 2, session: 2, keys: [] }, 103);
    expect(b.due(104)).toBe(false);
    expect(b.nextDueIn(104)).toBe(1);
    expect(b.take(104, 1)).toBeNull();
    expect(b.take(105, 1)!.groups).toEqual([[1, 2]]);
    for (let i = 3; i <= 5; i++) b.push({ id: i, session: i, keys: [] }, 106);
    expect(b.due(106)).toBe(true);
    b.push({ id: 6, session: 6, keys: [] }, 106);
    expect(b.take(106, 2)!.groups).toEqual([[3, 4, 5]]);
    expect(b.take(106, 3, true)!.groups).toEqual([[6]]);
  });
  it('timestamps never go back; seeds follow the seed given, alike on every node', () => {
    const stamps = (seed: number) => {
      const b = batcher(1, 0, seed);
      const out: Array<[number, number]> = [];
      [10, 5, 20].forEach((now, i) => {
        b.push({ id: i, session: i, keys: [] }, now);
        const batch = b.take(now, i + 1)!;
        out.push([batch.timestamp, batch.seed]);
      });
      return out;
    };
    const a = stamps(42);
    expect(a.map((x) => x[0])).toEqual([10, 10, 20]);
    expect(stamps(42)).toEqual(a);
    expect(stamps(43).map((x) => x[1])).not.toEqual(a.map((x) => x[1]));
    expect(new Set(a.map((x) => x[1])).size).toBe(3);
  });
  it('refuses a seq that does not grow and an id pushed twice', () => {
    const b = batcher();
    b.push({ id: 1, session: 1, keys: [] }, 0);
    expect(() => b.push({ id: 1, session: 2, keys: [] }, 0)).toThrow(AssertionError);
    b.take(0, 5, true);
    b.push({ id: 2, session: 1, keys: [] }, 0);
    expect(() => b.take(0, 5, true)).toThrow(AssertionError);
  });
});

/** Random keys over few tables and rows, three key sets (one of two columns, with partial keys), and rare whole-database keys. */
let freshKeys = 0;

function randomKeys(rng: Prng): ConflictKey[] {
  const keys: ConflictKey[] = [];
  const n = 1 + rng.int(3);
  for (let i = 0; i < n; i++) {
    const mode = rng.pick(['k', 'r', 'r', 'u', 'i', 'w', 'w'] as const);
    const x = rng.next();
    if (x < 0.03) keys.push({ mode, table: '*' });
    else if (x < 0.15) keys.push({ mode, table: rng.pick(['a', 'b', 'c']) });
    else if (x < 0.6) keys.push({ mode, table: rng.pick(['a', 'b', 'c']), row: rowKey([rng.chance(0.2) ? 'alt' : 'id'], [String(rng.int(6))]) });
    // An insert's drawn key (keys.ts): always a write, numbered per execution.
    else if (x < 0.7) keys.push({ mode: 'w', table: rng.pick(['a', 'b', 'c']), row: freshRowKey(rowKeyPrefix(['id']), ++freshKeys) });
    else keys.push({ mode, table: rng.pick(['a', 'b', 'c']), row: gridKey(rng) });
  }
  return keys;
}

describe('Batcher and ConflictIndex against the pairwise definition', () => {
  it('ConflictIndex finds exactly the highest conflicting level', () => {
    const rng = new Prng(7);
    for (let round = 0; round < 300; round++) {
      const index = new ConflictIndex();
      const placed: Array<{ k: ConflictKey; level: number }> = [];
      for (let i = 0; i < 30; i++) {
        const probe = randomKeys(rng)[0]!;
        const expected = Math.max(-1, ...placed.filter((p) => conflicts(p.k, probe)).map((p) => p.level));
        expect(index.conflictLevel(probe)).toBe(expected);
        const level = rng.int(6);
        index.add(probe, level);
        placed.push({ k: probe, level });
      }
    }
  });
  it('random arrivals: groups are conflict-free, conflicting requests keep arrival order, sessions appear once per batch', () => {
    const rng = new Prng(11);
    const b = batcher(16, 3, 5);
    const byId = new Map<number, MixerRequest>();
    const done = new Map<number, [number, number]>();
    let id = 0;
    for (let seq = 1; seq <= 300; seq++) {
      const arrivals = rng.int(12);
      for (let i = 0; i < arrivals; i++) {
        const q = { id: ++id, session: rng.int(12), keys: randomKeys(rng) };
        byId.set(q.id, q);
        b.push(q, seq);
      }
      const batch = b.take(seq, seq, rng.chance(0.3));
      if (!batch) continue;
      const sessions = new Set<number>();
      batch.groups.forEach((g, gi) => {
        expect(g.length).toBeGreaterThan(0);
        for (const a of g) {
          const qa = byId.get(a)!;
          expect(sessions.has(qa.session)).toBe(false);
          sessions.add(qa.session);
          done.set(a, [seq, gi]);
          for (const c of g) {
            if (c !== a) expect(qa.keys.some((k) => byId.get(c)!.keys.some((l) => conflicts(k, l)))).toBe(false);
          }
        }
      });
    }
    // Every pair of requests that conflict (or share a session) ran in arrival order.
    const ids = [...done.keys()].sort((x, y) => x - y);
    const outOfOrder: Array<[number, number]> = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = byId.get(ids[i]!)!;
        const c = byId.get(ids[j]!)!;
        const [sa, ga] = done.get(a.id)!;
        const [sc, gc] = done.get(c.id)!;
        if (sa < sc || (sa === sc && ga < gc)) continue;
        if (a.session === c.session || a.keys.some((k) => c.keys.some((l) => conflicts(k, l)))) outOfOrder.push([a.id, c.id]);
      }
    }
    expect(outOfOrder).toEqual([]);
    // Nothing is dropped: every request ran or still waits.
    expect(done.size + b.waiting).toBe(id);
  });
});

/** A row key of key set (g, n), full or pinning one column. */
function gridKey(rng: Prng): string {
  const g = String(rng.int(3));
  const n = String(rng.int(3));
  const x = rng.next();
  return x < 0.5 ? rowKey(['g', 'n'], [g, n]) : partialRowKey(['g', 'n'], x < 0.75 ? [g, undefined] : [undefined, n]);
}
