/**
 * The verifier's core: collects each replica's token for a batch and decides. A quorum of healthy
 * replicas with identical (root before, root after, outputs) commits the batch; when no quorum can
 * form any more among the replicas still voting, every replica rolls back and re-executes the batch
 * sequentially; when that too finds no quorum, the cluster halts rather than release anything.
 *
 * Batches are decided in seq order, and a batch's quorum must start from the root the previous
 * batch committed: a batch verified on top of a state that was later rolled back is never released.
 * A replica votes with its first token per (seq, mode); duplicates and stale tokens change nothing.
 *
 * Pure: tokens and replica events in, decisions out; no clocks (timeouts are the caller's).
 */
import { assert } from '../lib/assert.js';
import { tally } from './tally.js';

export interface Token {
  replica: number;
  seq: number;
  mode: 'parallel' | 'sequential';
  rootBefore: string;
  rootAfter: string;
  outputs: string;
}

export type Decision =
  | { kind: 'wait' }
  | {
      kind: 'commit';
      seq: number;
      root: string;
      outputs: string;
      /** Replicas whose token disagreed with the quorum: roll back, then repair from a healthy one. Already marked repairing. */
      divergent: number[];
      /** The replicas whose tokens made the quorum: sources for outputs and repair. */
      quorum: number[];
      mode: Token['mode'];
    }
  /** No quorum possible in parallel mode: every replica rolls back the batch and re-executes it sequentially in the agreed order. */
  | { kind: 'reexecute'; seq: number }
  /** Even sequential execution reached no quorum. */
  | { kind: 'halt'; seq: number; reason: string };

export type ReplicaStatus = 'healthy' | 'repairing' | 'down';

/**
 * A replica found divergent outside a decision: its token for a batch already committed disagrees
 * with it, or its token for a pending batch starts from a root no quorum committed.
 */
export interface LateDivergence {
  replica: number;
  seq: number;
}

interface Pending {
  seq: number;
  mode: Token['mode'];
  votes: { parallel: Map<number, Token>; sequential: Map<number, Token> };
}

interface Committed {
  mode: Token['mode'];
  rootBefore: string;
  fingerprint: string;
  /** Replicas whose vote for this mode is settled (counted, or reported divergent). */
  settled: Set<number>;
}

const WAIT: Decision = Object.freeze({ kind: 'wait' });
/** Committed batches remembered for late tokens; older late tokens are ignored. */
const REMEMBERED = 4096;

/** The smallest majority of `n` voters: two of them always share a voter. */
export function majority(n: number): number {
  return Math.floor(n / 2) + 1;
}

export class Verifier {
  readonly replicas: number;
  private readonly fixedQuorum: number | undefined;
  private readonly statuses: ReplicaStatus[];
  /** The replicas that vote when healthy (membership changes take some out); a quorum is a majority of them. */
  private readonly voting: Set<number>;
  /** The next seq to decide, and the root it must start from (unknown until the first commit unless given). */
  private next: number;
  private root: string | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly committed = new Map<number, Committed>();
  private readonly ready: Decision[] = [];
  private readonly late: LateDivergence[] = [];
  private halted_: Decision | null = null;

  /**
   * `nextSeq` (default 1) is the first batch to decide and `root` the state it starts from, when
   * known (after a restart: the last committed root). Tokens for earlier seqs are stale.
   */
  constructor(opts: { replicas: number; quorum?: number; nextSeq?: number; root?: string }) {
    assert(Number.isInteger(opts.replicas) && opts.replicas >= 1, 'replicas must be a positive integer');
    this.replicas = opts.replicas;
    this.fixedQuorum = opts.quorum;
    this.voting = new Set(Array.from({ length: opts.replicas }, (_, r) => r));
    // Two quorums must share a replica, or two halves could commit different histories.
    assert(Number.isInteger(this.quorum) && this.quorum * 2 > this.replicas && this.quorum <= this.replicas, () => `quorum ${this.quorum} of ${this.replicas} is not a majority`);
    this.statuses = Array.from({ length: opts.replicas }, () => 'healthy');
    this.next = opts.nextSeq ?? 1;
    this.root = opts.root;
  }

  get quorum(): number {
    return this.fixedQuorum ?? majority(this.voting.size);
  }

  isVoting(replica: number): boolean {
    this.check(replica);
    return this.voting.has(replica);
  }

  /**
   * Membership: a replica leaves the voting set (it must be down: marked so first) or joins it (it
   * votes once repaired). The quorum follows the set's size; the caller changes it only between
   * batches, when every healthy replica has committed everything, so no decision straddles it.
   */
  setVoting(replica: number, voting: boolean): void {
    this.check(replica);
    assert(this.fixedQuorum === undefined, 'a fixed quorum with a changing voting set');
    assert(voting || this.statuses[replica] === 'down', () => `replica ${replica} leaves the voting set while ${this.statuses[replica]}`);
    if (voting) this.voting.add(replica);
    else this.voting.delete(replica);
    assert(this.voting.size >= 1, 'an empty voting set');
  }

  /** The first undecided seq. */
  get nextSeq(): number {
    return this.next;
  }

  /** The root of the last committed batch (or the one given at start). */
  get committedRoot(): string | undefined {
    return this.root;
  }

  get halted(): Decision | null {
    return this.halted_;
  }

  status(replica: number): ReplicaStatus {
    this.check(replica);
    return this.statuses[replica]!;
  }

  /**
   * Records a token and returns the next decision in seq order, or wait. When tokens of later seqs
   * arrived first, one token can settle several batches: the later decisions wait in order for
   * drain(), which the caller calls after acting on a non-wait decision.
   */
  onToken(t: Token): Decision {
    this.check(t.replica);
    if (this.halted_) return WAIT;
    if (t.seq < this.next) {
      // A late divergent replica votes no more: a pending batch may now be decidable or hopeless.
      if (this.lateToken(t)) this.advance();
      return this.ready.shift() ?? WAIT;
    }
    // Only healthy replicas vote; a repairing replica's state is not yet trusted.
    if (this.statuses[t.replica] !== 'healthy') return WAIT;
    let p = this.pending.get(t.seq);
    if (!p) this.pending.set(t.seq, (p = { seq: t.seq, mode: 'parallel', votes: { parallel: new Map(), sequential: new Map() } }));
    const votes = p.votes[t.mode];
    if (votes.has(t.replica)) return WAIT;
    votes.set(t.replica, t);
    if (t.seq === this.next) this.advance();
    return this.ready.shift() ?? WAIT;
  }

  /** Decisions that became possible after the ones returned, in seq order (empty when tokens arrive in seq order). */
  drain(): Decision[] {
    return this.ready.splice(0);
  }

  /** Replicas found divergent outside a commit decision (already marked repairing): see LateDivergence. */
  lateDivergent(): LateDivergence[] {
    return this.late.splice(0);
  }

  /** A replica that died no longer votes: pending batches may now be decidable or hopeless. Returns every decision, in seq order. */
  onReplicaDown(replica: number): Decision[] {
    this.check(replica);
    this.statuses[replica] = 'down';
    return this.reevaluate();
  }

  /** The replica stops voting until onReplicaUp (repair). Returns decisions this makes possible (a pending batch may become hopeless). */
  markRepairing(replica: number): Decision[] {
    this.check(replica);
    this.statuses[replica] = 'repairing';
    return this.reevaluate();
  }

  /** After repair: the replica holds the last committed state and votes again from the next batch it executes. */
  onReplicaUp(replica: number): void {
    this.check(replica);
    assert(this.voting.has(replica), () => `replica ${replica} is not in the voting set`);
    this.statuses[replica] = 'healthy';
    // Its tokens from before the repair described a state it no longer has.
    for (const p of this.pending.values()) {
      p.votes.parallel.delete(replica);
      p.votes.sequential.delete(replica);
    }
  }

  /**
   * Batches from `seq` on were rolled back and will be executed again (a batch before them is
   * re-executed): the votes they got describe executions that no longer exist.
   */
  forget(seq: number): void {
    assert(seq > this.next, () => `forgetting batch ${seq}, which is not after the undecided ${this.next}`);
    for (const s of [...this.pending.keys()]) if (s >= seq) this.pending.delete(s);
  }

  /**
   * Batches before `seq` will not be decided (they failed and were rolled back): `seq` is the next
   * to decide, from whatever state a quorum starts it from.
   */
  rebase(seq: number): void {
    assert(seq >= this.next, () => `rebasing to batch ${seq}, before the undecided ${this.next}`);
    this.pending.clear();
    this.next = seq;
    this.root = undefined;
  }

  private reevaluate(): Decision[] {
    if (!this.halted_) this.advance();
    return this.drain();
  }

  /** Decides the lowest pending seqs as far as the tokens allow, queueing the decisions in order. */
  private advance(): void {
    for (;;) {
      const p = this.pending.get(this.next);
      if (!p) return;
      const d = this.decide(p);
      if (d.kind === 'wait') return;
      this.ready.push(d);
      if (d.kind === 'halt') {
        this.halted_ = d;
        return;
      }
      // After a commit the next seq may be ready; after a re-execution the same seq waits for
      // sequential tokens, some of which may be here already.
    }
  }

  private decide(p: Pending): Decision {
    const votes = p.votes[p.mode];
    // A replica whose vote starts from another root than the committed one holds a state no quorum
    // agreed on: it votes no more until repaired (reported like a late divergence), rather than
    // count against every group and turn a decidable batch into a re-execution or a halt.
    if (this.root !== undefined) {
      for (const r of this.voters()) {
        const t = votes.get(r);
        if (t && t.rootBefore !== this.root) {
          this.statuses[r] = 'repairing';
          this.late.push({ replica: r, seq: p.seq });
        }
      }
    }
    const voters = this.voters();
    const ballots: Array<[number, string]> = [];
    let counted = 0;
    for (const r of voters) {
      const t = votes.get(r);
      if (!t) continue;
      counted++;
      ballots.push([r, fingerprint(t)]);
    }
    // Two groups cannot both reach a quorum, so which of two equal groups comes first is moot.
    const [best] = tally(ballots);
    if (best && best.voters.length >= this.quorum) return this.commit(p, best.value, best.voters);
    const possible = (best?.voters.length ?? 0) + (voters.length - counted);
    if (possible >= this.quorum) return WAIT;
    if (voters.length < this.quorum) {
      // Too few replicas vote at all: nothing can commit until repaired ones come back.
      return WAIT;
    }
    if (p.mode === 'parallel') {
      p.mode = 'sequential';
      return { kind: 'reexecute', seq: p.seq };
    }
    return { kind: 'halt', seq: p.seq, reason: `sequential re-execution of batch ${p.seq} reached no quorum of ${this.quorum} among ${voters.length} healthy replicas` };
  }

  private commit(p: Pending, f: string, quorum: number[]): Decision {
    const votes = p.votes[p.mode];
    const t = votes.get(quorum[0]!)!;
    assert(quorum.length >= this.quorum, 'a commit needs a quorum');
    assert(p.seq === this.next, () => `committing ${p.seq} before ${this.next}`);
    assert(this.root === undefined || t.rootBefore === this.root, 'a commit must start from the committed root');
    const divergent: number[] = [];
    const settled = new Set(quorum);
    for (const r of this.voters()) {
      const v = votes.get(r);
      if (v && fingerprint(v) !== f) divergent.push(r);
    }
    for (const r of divergent) {
      this.statuses[r] = 'repairing';
      settled.add(r);
    }
    this.pending.delete(p.seq);
    this.committed.set(p.seq, { mode: p.mode, rootBefore: t.rootBefore, fingerprint: f, settled });
    if (this.committed.size > REMEMBERED) this.committed.delete(this.committed.keys().next().value!);
    this.root = t.rootAfter;
    this.next = p.seq + 1;
    return { kind: 'commit', seq: p.seq, root: t.rootAfter, outputs: t.outputs, divergent, quorum: [...quorum].sort((a, b) => a - b), mode: p.mode };
  }

  /** Checks a token of a decided batch; true when it disagreed (the replica is now repairing). */
  private lateToken(t: Token): boolean {
    const c = this.committed.get(t.seq);
    // Parallel tokens of a batch that was re-executed may differ: that is why it was re-executed.
    if (!c || t.mode !== c.mode || c.settled.has(t.replica) || this.statuses[t.replica] !== 'healthy') return false;
    c.settled.add(t.replica);
    if (fingerprint(t) === c.fingerprint) return false;
    this.statuses[t.replica] = 'repairing';
    this.late.push({ replica: t.replica, seq: t.seq });
    return true;
  }

  private voters(): number[] {
    const out: number[] = [];
    this.statuses.forEach((s, r) => {
      if (s === 'healthy') out.push(r);
    });
    return out;
  }

  private check(replica: number): void {
    assert(Number.isInteger(replica) && replica >= 0 && replica < this.replicas, () => `no replica ${replica}`);
  }
}

function fingerprint(t: Token): string {
  return JSON.stringify([t.rootBefore, t.rootAfter, t.outputs]);
}
