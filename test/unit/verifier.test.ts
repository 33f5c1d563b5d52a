import { describe, expect, it } from 'vitest';
import { AssertionError } from '../../lib/assert.js';
import { type Decision, type Token, Verifier } from '../../verifier/quorum.js';
import { tally } from '../../verifier/tally.js';

/** A token for `seq` whose state after is `after` (and before, the previous root). */
function tok(replica: number, seq: number, after: string, opts: { before?: string; outputs?: string; mode?: Token['mode'] } = {}): Token {
  return { replica, seq, mode: opts.mode ?? 'parallel', rootBefore: opts.before ?? `R${seq - 1}`, rootAfter: after, outputs: opts.outputs ?? `out${seq}` };
}

function commit(seq: number, root: string, quorum: number[], divergent: number[] = [], mode: Token['mode'] = 'parallel'): Decision {
  return { kind: 'commit', seq, root, outputs: `out${seq}`, divergent, quorum, mode };
}

const WAIT = { kind: 'wait' };

describe('Verifier: quorum', () => {
  it('commits as soon as a majority matches, without waiting for the rest', () => {
    const v = new Verifier({ replicas: 3 });
    expect(v.quorum).toBe(2);
    expect(v.onToken(tok(0, 1, 'R1'))).toEqual(WAIT);
    expect(v.onToken(tok(2, 1, 'R1'))).toEqual(commit(1, 'R1', [0, 2]));
    expect(v.nextSeq).toBe(2);
    expect(v.committedRoot).toBe('R1');
    // The straggler agrees: nothing to report.
    expect(v.onToken(tok(1, 1, 'R1'))).toEqual(WAIT);
    expect(v.lateDivergent()).toEqual([]);
  });
  it('names the replicas that disagreed and stops counting them until repaired', () => {
    const v = new Verifier({ replicas: 3 });
    v.onToken(tok(0, 1, 'R1'));
    v.onToken(tok(1, 1, 'bad'));
    expect(v.onToken(tok(2, 1, 'R1'))).toEqual(commit(1, 'R1', [0, 2], [1]));
    expect(v.status(1)).toBe('repairing');
    // A repairing replica does not vote.
    v.onToken(tok(1, 2, 'R2'));
    expect(v.onToken(tok(0, 2, 'R2'))).toEqual(WAIT);
    expect(v.onToken(tok(2, 2, 'R2'))).toEqual(commit(2, 'R2', [0, 2]));
    v.onReplicaUp(1);
    expect(v.status(1)).toBe('healthy');
    v.onToken(tok(1, 3, 'R3'));
    expect(v.onToken(tok(2, 3, 'R3'))).toEqual(commit(3, 'R3', [1, 2]));
  });
  it('outputs are part of the vote', () => {
    const v = new Verifier({ replicas: 3 });
    v.onToken(tok(0, 1, 'R1'));
    v.onToken(tok(1, 1, 'R1', { outputs: 'other' }));
    expect(v.onToken(tok(2, 1, 'R1'))).toEqual(commit(1, 'R1', [0, 2], [1]));
  });
  it('reports a late token that disagrees with a committed batch', () => {
    const v = new Verifier({ replicas: 3 });
    v.onToken(tok(0, 1, 'R1'));
    v.onToken(tok(1, 1, 'R1'));
    expect(v.onToken(tok(2, 1, 'wrong'))).toEqual(WAIT);
    expect(v.lateDivergent()).toEqual([{ replica: 2, seq: 1 }]);
    expect(v.lateDivergent()).toEqual([]);
    expect(v.status(2)).toBe('repairing');
  });
  it('duplicates count once, and a replica keeps its first vote', () => {
    const v = new Verifier({ replicas: 3 });
    expect(v.onToken(tok(0, 1, 'R1'))).toEqual(WAIT);
    expect(v.onToken(tok(0, 1, 'R1'))).toEqual(WAIT);
    expect(v.onToken(tok(0, 1, 'other'))).toEqual(WAIT);
    expect(v.onToken(tok(1, 1, 'R1'))).toEqual(commit(1, 'R1', [0, 1]));
    expect(v.onToken(tok(1, 1, 'R1'))).toEqual(WAIT);
  });
  it('takes its quorum from the voting set: a majority of the replicas in it', () => {
    const v = new Verifier({ replicas: 3 });
    // Only a replica marked down leaves the set.
    expect(() => v.setVoting(2, false)).toThrow(AssertionError);
    v.onReplicaDown(2);
    v.onReplicaDown(1);
    v.setVoting(2, false);
    v.setVoting(1, false);
    expect([v.quorum, v.isVoting(0), v.isVoting(1)]).toEqual([1, true, false]);
    // One voter of one commits alone (a majority of 3 would wait for a second).
    expect(v.onToken(tok(0, 1, 'R1'))).toEqual(commit(1, 'R1', [0]));
    expect(() => v.setVoting(0, false)).toThrow(AssertionError);
    // Out of the set, a replica cannot come back up; in it again, it votes once up.
    expect(() => v.onReplicaUp(1)).toThrow(AssertionError);
    v.setVoting(1, true);
    expect(v.quorum).toBe(2);
    v.onReplicaUp(1);
    expect(v.onToken(tok(0, 2, 'R2'))).toEqual(WAIT);
    expect(v.onToken(tok(1, 2, 'R2'))).toEqual(commit(2, 'R2', [0, 1]));
    expect(() => new Verifier({ replicas: 3, quorum: 2 }).setVoting(0, true)).toThrow(AssertionError);
  });
  it('rejects a quorum size that is not a majority', () => {
    expect(() => new Verifier({ replicas: 4, quorum: 2 })).toThrow(AssertionError);
    expect(() => new Verifier({ replicas: 3, quorum: 4 })).toThrow(AssertionError);
    expect(new Verifier({ replicas: 4 }).quorum).toBe(3);
    expect(new Verifier({ replicas: 1 }).quorum).toBe(1);
    expect(() => new Verifier({ replicas: 3 }).onToken(tok(3, 1, 'R1'))).toThrow(AssertionError);
  });
});

describe('Verifier: re-execution and halt', () => {
  it('re-executes as soon as no quorum can form, then decides on sequential tokens', () => {
    const v = new Verifier({ replicas: 3 });
    v.onToken(tok(0, 1, 'a'));
    expect(v.onToken(tok(1, 1, 'b'))).toEqual(WAIT);
    expect(v.onToken(tok(2, 1, 'c'))).toEqual({ kind: 'reexecute', seq: 1 });
    // Late parallel tokens change nothing now.
    expect(v.onToken(tok(0, 1, 'a'))).toEqual(WAIT);
    v.onToken(tok(0, 1, 'R1', { mode: 'sequential' }));
    expect(v.onToken(tok(1, 1, 'R1', { mode: 'sequential' }))).toEqual(commit(1, 'R1', [0, 1], [], 'sequential'));
    // A late parallel token of a re-executed batch is not a divergence; a late sequential one is.
    v.onToken(tok(2, 1, 'c'));
    expect(v.lateDivergent()).toEqual([]);
    v.onToken(tok(2, 1, 'x', { mode: 'sequential' }));
    expect(v.lateDivergent()).toEqual([{ replica: 2, seq: 1 }]);
  });
  it('with five replicas, 2-2-1 cannot reach three', () => {
    const v = new Verifier({ replicas: 5 });
    for (const [r, root] of [[0, 'a'], [1, 'a'], [2, 'b'], [3, 'b']] as const) expect(v.onToken(tok(r, 1, root))).toEqual(WAIT);
    expect(v.onToken(tok(4, 1, 'c'))).toEqual({ kind: 'reexecute', seq: 1 });
  });
  it('halts when sequential execution reaches no quorum either', () => {
    const v = new Verifier({ replicas: 3 });
    v.onToken(tok(0, 1, 'a'));
    v.onToken(tok(1, 1, 'b'));
    v.onToken(tok(2, 1, 'c'));
    v.onToken(tok(0, 1, 'a', { mode: 'sequential' }));
    v.onToken(tok(1, 1, 'b', { mode: 'sequential' }));
    const d = v.onToken(tok(2, 1, 'c', { mode: 'sequential' }));
    expect(d).toMatchObject({ kind: 'halt', seq: 1 });
    expect(v.halted).toEqual(d);
    expect(v.onToken(tok(0, 2, 'x'))).toEqual(WAIT);
  });
  it('a replica going down can make a batch hopeless or decidable', () => {
    const v = new Verifier({ replicas: 3 });
    v.onToken(tok(0, 1, 'a'));
    v.onToken(tok(1, 1, 'b'));
    expect(v.onReplicaDown(2)).toEqual([{ kind: 'reexecute', seq: 1 }]);
    expect(v.status(2)).toBe('down');
    v.onToken(tok(0, 1, 'R1', { mode: 'sequential' }));
    // A down replica's tokens are ignored.
    expect(v.onToken(tok(2, 1, 'R1', { mode: 'sequential' }))).toEqual(WAIT);
    expect(v.onToken(tok(1, 1, 'R1', { mode: 'sequential' }))).toEqual(commit(1, 'R1', [0, 1], [], 'sequential'));
  });
  it('with fewer voters than a quorum it waits for repair instead of re-executing', () => {
    const v = new Verifier({ replicas: 3 });
    v.onToken(tok(0, 1, 'R1'));
    expect(v.onReplicaDown(1)).toEqual([]);
    expect(v.onReplicaDown(2)).toEqual([]);
    v.markRepairing(2);
    v.onReplicaUp(2);
    expect(v.onToken(tok(2, 1, 'R1'))).toEqual(commit(1, 'R1', [0, 2]));
  });
  it('marking a replica repairing re-evaluates what is pending', () => {
    const v = new Verifier({ replicas: 3 });
    v.onToken(tok(0, 1, 'a'));
    v.onToken(tok(1, 1, 'b'));
    expect(v.markRepairing(2)).toEqual([{ kind: 'reexecute', seq: 1 }]);
  });
});

describe('Verifier: order and chaining', () => {
  it('decides in seq order: a later batch that is ready waits for the earlier one, then comes from drain()', () => {
    const v = new Verifier({ replicas: 3 });
    expect(v.onToken(tok(0, 2, 'R2'))).toEqual(WAIT);
    expect(v.onToken(tok(1, 2, 'R2'))).toEqual(WAIT);
    expect(v.onToken(tok(1, 3, 'R3'))).toEqual(WAIT);
    expect(v.onToken(tok(2, 3, 'R3'))).toEqual(WAIT);
    v.onToken(tok(0, 1, 'R1'));
    expect(v.onToken(tok(1, 1, 'R1'))).toEqual(commit(1, 'R1', [0, 1]));
    expect(v.drain()).toEqual([commit(2, 'R2', [0, 1]), commit(3, 'R3', [1, 2])]);
    expect(v.drain()).toEqual([]);
  });
  it('a quorum must start from the root the previous batch committed; a replica that starts elsewhere is set aside', () => {
    const v = new Verifier({ replicas: 3 });
    // Batch 2 ran on replicas 0 and 1 on top of a batch-1 state that is then not the one committed
    // (the coordinator forgets votes of batches it reruns, so such a vote means a wrong state).
    v.onToken(tok(0, 2, 'X2', { before: 'X1' }));
    v.onToken(tok(1, 2, 'X2', { before: 'X1' }));
    v.onToken(tok(0, 1, 'R1'));
    expect(v.onToken(tok(2, 1, 'R1'))).toEqual(commit(1, 'R1', [0, 2]));
    // Nothing of 2 is decided on those votes; both replicas vote no more until repaired.
    expect(v.drain()).toEqual([]);
    expect(v.lateDivergent()).toEqual([{ replica: 0, seq: 2 }, { replica: 1, seq: 2 }]);
    expect([v.status(0), v.status(1), v.status(2)]).toEqual(['repairing', 'repairing', 'healthy']);
    v.onReplicaUp(0);
    v.onToken(tok(0, 2, 'R2', { before: 'R1' }));
    expect(v.onToken(tok(2, 2, 'R2', { before: 'R1' }))).toEqual(commit(2, 'R2', [0, 2]));
  });
  it('starts where it is told; earlier tokens are stale', () => {
    const v = new Verifier({ replicas: 3, nextSeq: 10, root: 'R9' });
    expect(v.onToken(tok(0, 9, 'R9'))).toEqual(WAIT);
    v.onToken(tok(0, 10, 'R10', { before: 'bad' }));
    v.onToken(tok(1, 10, 'R10'));
    expect(v.onToken(tok(2, 10, 'R10'))).toEqual(commit(10, 'R10', [1, 2]));
    expect(v.lateDivergent()).toEqual([{ replica: 0, seq: 10 }]);
  });
});

describe('tally', () => {
  it('groups voters by value, the largest group first', () => {
    expect(tally([[0, 'a'], [1, 'b'], [2, 'b'], [3, 'c'], [4, 'b']])).toEqual([
      { value: 'b', voters: [1, 2, 4] },
      { value: 'a', voters: [0] },
      { value: 'c', voters: [3] },
    ]);
  });
  it('breaks a tie in favour of the value voted first, whatever the values', () => {
    expect(tally([[2, 'z'], [0, 'a'], [1, 'z'], [3, 'a']])).toEqual([
      { value: 'z', voters: [2, 1] },
      { value: 'a', voters: [0, 3] },
    ]);
  });
  it('has no group without votes', () => {
    expect(tally([])).toEqual([]);
  });
});
