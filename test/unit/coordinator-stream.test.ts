/**
 * The coordinator under a steady stream of batches (a long COPY inside a transaction): a replica
 * commits only when every batch it holds is verified, which a stream that always keeps the newest
 * batch in flight never allows. Without a bound its savepoints nested without end — `pgbench -i -s
 * 10` took 724 s, SQLite's in-memory sub-journal walked from its start at every statement — so
 * once a quorum holds HELD_BATCHES (32) the stream waits for their commits.
 */
import { describe, expect, it } from 'vitest';
import { Coordinator, type Effect } from '../../cluster/coordinator.js';

const vote = (seq: number) => ({ rootBefore: `r${seq - 1}`, rootAfter: `r${seq}`, outputs: `o${seq}` });

describe('a steady stream of batches', () => {
  it('pauses dispatch until the replicas commit, then goes on', () => {
    const c = new Coordinator({ replicas: 3, depth: 4, lagMs: 1000 });
    let now = 0;
    const inFlight: number[] = [];
    const commits: Effect[] = [];
    let dispatched = 0;
    const reportAll = (seq: number) => {
      for (let r = 0; r < 3; r++) commits.push(...c.report(r, seq, 1, vote(seq), ++now).filter((e) => e.kind === 'commit'));
    };
    // Keep the pipeline full: a new batch goes out before the oldest in flight is reported, so
    // every replica always holds one unverified batch.
    for (let step = 0; step < 200; step++) {
      while (c.canDispatch() && inFlight.length < 4) {
        inFlight.push(c.dispatch({ durable: false, barrier: false }, ++now).seq);
        dispatched++;
      }
      if (!inFlight.length) break;
      reportAll(inFlight.shift()!);
      for (const e of commits.splice(0)) {
        if (e.kind !== 'commit') continue;
        c.committed(e.replica, e.upTo, ++now);
        expect(e.upTo).toBeGreaterThanOrEqual(32);
      }
      expect(c.committedSeq(0)).toBeGreaterThanOrEqual(dispatched - 32 - 4);
    }
    expect(dispatched).toBeGreaterThan(150);
    expect(c.committedSeq(0)).toBeGreaterThan(100);
  });
});

describe('deadlines of replicas sharing a writer thread', () => {
  it('judge a replica only once the replicas its thread runs before it answered the batch', () => {
    // One thread runs the three replicas in order: 1 starts when 0 answered, 2 when 1 did.
    const c = new Coordinator({ replicas: 3, depth: 4, lagMs: 1000, threads: [0, 0, 0] });
    const seq = c.dispatch({ durable: false, barrier: false }, 0).seq;
    c.report(0, seq, 1, vote(seq), 5000);
    // Replica 1 is slow on a long batch: past its deadline it is marked down, but replica 2 has not begun it.
    const downs = (effects: Effect[]) => effects.filter((e) => e.kind === 'down').map((e) => (e as { replica: number }).replica);
    expect(downs(c.tick(5000 + 5000 + 999))).toEqual([]);
    expect(downs(c.tick(5000 + 5000 + 1000))).toEqual([1]);
    // With replica 1 down, replica 2 is judged from its mates' last answer, as a hung thread holds it too.
    expect(downs(c.tick(5000 + 5000 + 1001))).toEqual([2]);
  });

  it('gives the replica behind a slow mate its own turn', () => {
    const c = new Coordinator({ replicas: 3, depth: 4, lagMs: 1000, threads: [0, 0, 0] });
    const seq = c.dispatch({ durable: false, barrier: false }, 0).seq;
    c.report(0, seq, 1, vote(seq), 5000);
    c.report(1, seq, 1, vote(seq), 10_500);
    // Replica 2 began at 10,500 and may take as long as the first did, and lagMs more.
    expect(c.tick(10_500 + 5000 + 999).filter((e) => e.kind === 'down')).toEqual([]);
    expect(c.tick(10_500 + 5000 + 1000).filter((e) => e.kind === 'down').map((e) => (e as { replica: number }).replica)).toEqual([2]);
  });
});
