/**
 * The pipelined Execute-Verify core, pure: events in (a batch dispatched, a replica's report, a
 * commit acknowledged, a replica failed or rejoined, a tick), effects out (execute, roll back,
 * commit, speculate, release, fail, mark down, repair when quiet). No I/O, no clocks, no threads:
 * the shell (pipeline.ts) carries effects out and feeds results back, and the simulation test
 * drives this same class with fake replicas.
 *
 * Several batches are in flight. Every replica executes batches in seq order, each in its own
 * savepoint nested in one open SQLite transaction; a replica commits when every batch it holds is
 * verified (a group commit, since nested savepoints commit together) and one of them has to be on
 * disk or seen by readers — or it holds `commitEvery` of them, or a quiet moment or a reader asks
 * (hurry()). Batches of open transactions alone need no commit: nobody else sees them, and a
 * commit costs each replica more than the batch did. A batch is released in seq
 * order once a quorum verified it and, when it holds a COMMIT or autocommit write (durable) or a
 * schema change (barrier), once a quorum has it on disk. A replica acknowledges commits in the
 * order they were sent, each once it is on disk; several may be outstanding, so batches keep
 * executing while the disk syncs. A verified durable batch whose commit has not gone out to a
 * quorum holds dispatch back, or the commit would never find every open batch verified.
 *
 * When batch N finds no quorum, N and every later batch are rolled back on every replica, N runs
 * again sequentially and the later ones run again in parallel; each rerun is a new attempt, and
 * reports of an older attempt are ignored.
 *
 * A full disk can leave a verified durable batch committed on a minority only. Once a quorum
 * surely lacks it and cannot take it (their commits or repairs failed for want of space) it fails
 * with every later batch (53100 for its clients) instead of waiting for space. Whenever batches
 * fail, a replica whose file may hold one of them is tainted: never healthy, never a repair source,
 * never promoted nor counted toward a quorum on disk until a repair from a healthy replica succeeds.
 */
import { assert } from '../lib/assert.js';
import { type Decision, Verifier } from '../verifier/quorum.js';

export interface CoordinatorOptions {
  replicas: number;
  /** Batches dispatched and not yet released, at most. */
  depth: number;
  /** How long a healthy replica may trail a verified batch before it is marked down (ms). */
  lagMs: number;
  /**
   * The thread each replica's writer runs on, where writers share threads (equal numbers share
   * one); absent, each has its own. A replica that went down comes back on a thread of its own.
   */
  threads?: number[];
  /** Most batches a replica holds uncommitted when none of them asks for a commit. */
  commitEvery?: number;
}

const DEFAULT_COMMIT_EVERY = 32;
/** Uncommitted batches a replica may hold before new ones wait for its commit (canDispatch). */
const HELD_BATCHES = 32;
/** Why batches fail when a quorum cannot take them for want of disk space (the shell answers 53100). */
export const NO_SPACE = 'no space left on device';

/** What a replica reports for one execution of a batch. */
export interface Vote {
  rootBefore: string;
  rootAfter: string;
  outputs: string;
}

export type Mode = 'parallel' | 'sequential';

export type Effect =
  /** Run batch `seq` on `replica` (its own savepoint), after everything sent to it before. */
  | { kind: 'execute'; replica: number; seq: number; attempt: number; mode: Mode }
  /** Take back batch `from` and every later one the replica holds. */
  | { kind: 'rollback'; replica: number; from: number }
  /**
   * Commit every batch the replica holds, up to and including `upTo`. `spare`: no release waits
   * for it (each durable batch it covers was sent commits by a quorum, or none is there).
   */
  | { kind: 'commit'; replica: number; upTo: number; spare: boolean }
  /** The first report of this attempt: requests of open transactions may answer from it. */
  | { kind: 'speculate'; seq: number; replica: number; attempt: number }
  /** Verified (and durable where needed): every output of the batch goes out, taken from `replica`. */
  | { kind: 'release'; seq: number; replica: number; attempt: number; quorum: number[] }
  /** The batch cannot be verified: its requests fail. */
  | { kind: 'fail'; seq: number; reason: string }
  /**
   * A replica that rejoined became the source (promote): released batches after `after` are on no
   * replica any more (every replica that held them failed before committing them; only batches of
   * open transactions can be, since durable ones are released from disk), and its recovery took
   * back every transaction open in its file. Transactions open now cannot commit.
   */
  | { kind: 'lost'; after: number }
  /** Stop the replica's threads (if running) and start them again; it rejoins through repair. */
  | { kind: 'down'; replica: number; reason: string }
  /**
   * Nothing is executing and every healthy replica committed all it holds (verified batches may
   * still wait for a quorum on disk): repair these, run chores, then resume().
   */
  | { kind: 'quiet'; repairs: Array<{ replica: number; source: number }> };

interface InFlight {
  seq: number;
  /** Holds a COMMIT or an autocommit write: released only when a quorum has it on disk. */
  durable: boolean;
  /** Changes the schema (or takes the whole database): nothing is dispatched behind it until released. */
  barrier: boolean;
  /** Readers wait until a replica has it committed (it ends a transaction that wrote). */
  visible: boolean;
  attempt: number;
  mode: Mode;
  /** Replicas sent the current attempt, and those that reported it. */
  sent: Set<number>;
  reported: Set<number>;
  /** When the current attempt was sent, and when its first report came (the others' deadlines run from then). */
  sentAt: number;
  firstReportAt: number | null;
  verified: { quorum: number[] } | null;
}

interface ReplicaState {
  /** Batches executed or queued on the replica that no commit sent covers yet, in seq order. */
  open: number[];
  /** The newest commit the replica acknowledged: it has every batch up to it on disk. */
  committed: number;
  /** Commits sent and not yet acknowledged, oldest first, and when each was sent. */
  committing: Array<{ upTo: number; since: number }>;
  /** Stopped: gets nothing until it rejoins and is repaired. */
  down: boolean;
  /** Commit as soon as every batch it holds is verified (a durable, barrier or visible one is among them, or a reader waits). */
  hurry: boolean;
  /** The newest batch its file may hold: committed, sent a commit for, or copied by a repair. */
  holds: number;
  /** Failed for want of disk space; cleared by an acknowledged commit or a repair. */
  full: boolean;
  /** Its file may hold a failed batch, or a repair that failed part way left it a mix of two states. */
  tainted: boolean;
  /**
   * The commit position its file records (commit-position.ts) is its newest commit: false from a
   * repair (which copies rows, not the position) until a commit is acknowledged.
   */
  recorded: boolean;
}

export class Coordinator {
  readonly verifier: Verifier;
  private readonly replicas: ReplicaState[];
  private readonly batches = new Map<number, InFlight>();
  /** Released batches some healthy replica has not reported yet: its token is still checked. */
  private readonly trailing = new Map<number, InFlight>();
  private lastSeq = 0;
  private lastReleased = 0;
  /** The newest batch verified by a quorum. */
  private lastVerified = 0;
  /** The newest released batch that a quorum had on disk (durable or a barrier). */
  private lastDurable = 0;
  private chores = 0;
  private readonly needsRepair = new Set<number>();
  /** A 'quiet' effect went out and resume() has not come back. */
  private paused = false;
  private halted: string | null = null;
  private now = 0;
  /** The thread each replica's writer runs on (options.threads), and when each last reported or acknowledged a commit. */
  private readonly thread: number[];
  private readonly heard: number[];

  constructor(readonly options: CoordinatorOptions) {
    assert(Number.isInteger(options.depth) && options.depth >= 1, 'pipeline depth must be a positive integer');
    this.verifier = new Verifier({ replicas: options.replicas });
    this.replicas = Array.from({ length: options.replicas }, () => ({ open: [], committed: 0, committing: [], down: false, hurry: false, holds: 0, full: false, tainted: false, recorded: true }));
    assert(!options.threads || options.threads.length === options.replicas, 'a thread for each replica');
    this.thread = options.threads ? [...options.threads] : this.replicas.map((_, r) => r);
    this.heard = this.replicas.map(() => -Infinity);
  }

  /** The seq the next dispatched batch gets. */
  get nextSeq(): number {
    return this.lastSeq + 1;
  }

  get releasedSeq(): number {
    return this.lastReleased;
  }

  get inFlight(): number {
    return this.batches.size;
  }

  committedSeq(replica: number): number {
    return this.replicas[replica]!.committed;
  }

  /** Replicas that execute batches and vote. */
  healthy(): number[] {
    const out: number[] = [];
    for (let r = 0; r < this.replicas.length; r++) if (this.isHealthy(r)) out.push(r);
    return out;
  }

  /** Whether a new batch may be dispatched now. */
  canDispatch(): boolean {
    if (this.paused || this.batches.size >= this.options.depth) return false;
    // A batch that can only fail fails at once, even while repairs are wanted (there may be no
    // source to repair from until space is freed), or waits for those in flight to end.
    if (this.halted !== null || this.healthy().length < this.verifier.quorum) return this.batches.size === 0;
    if (this.wantsQuiet()) return false;
    // A replica commits only once every batch it holds is verified (progress()), which a steady
    // stream of batches (a long COPY) never leaves it: its savepoints then nest without end, and
    // SQLite's cost per statement grows with them. Once a quorum holds HELD_BATCHES the stream
    // waits for their commits (a replica running behind the others holds nobody up).
    let holding = 0;
    for (let r = 0; r < this.replicas.length; r++) if (this.replicas[r]!.open.length >= HELD_BATCHES && this.isHealthy(r)) holding++;
    if (holding >= this.verifier.quorum) return false;
    for (const b of this.batches.values()) {
      if (b.barrier) return false;
      // A verified batch waiting for its commit to go out: that commit needs every open batch verified.
      if (b.durable && b.verified && this.commitsSent(b.seq) < this.verifier.quorum) return false;
    }
    return true;
  }

  /** A durable batch up to `upTo` is not released, and lacks a quorum of commits sent: it waits for one. */
  private releaseWaits(upTo: number): boolean {
    for (const b of this.batches.values()) if (b.seq <= upTo && (b.durable || b.barrier) && this.commitsSent(b.seq) < this.verifier.quorum) return true;
    return false;
  }

  /** Replicas that committed batch `seq` or were sent a commit covering it. */
  private commitsSent(seq: number): number {
    let n = 0;
    this.replicas.forEach((r, i) => {
      if (this.isHealthy(i) && Math.max(r.committed, r.committing.at(-1)?.upTo ?? 0) >= seq) n++;
    });
    return n;
  }

  dispatch(batch: { durable: boolean; barrier: boolean; visible?: boolean }, now: number): { seq: number; effects: Effect[] } {
    assert(this.canDispatch(), 'dispatch while the pipeline is full or paused');
    this.now = now;
    const seq = ++this.lastSeq;
    const effects: Effect[] = [];
    if (this.halted !== null || this.healthy().length < this.verifier.quorum) {
      assert(this.batches.size === 0, 'batches in flight without a quorum');
      effects.push({ kind: 'fail', seq, reason: this.halted ?? 'no quorum of healthy replicas' });
      this.skipTo(seq);
      return { seq, effects };
    }
    const b: InFlight = { seq, durable: batch.durable, barrier: batch.barrier, visible: batch.visible ?? batch.durable, attempt: 1, mode: 'parallel', sent: new Set(), reported: new Set(), sentAt: now, firstReportAt: null, verified: null };
    this.batches.set(seq, b);
    this.send(b, effects);
    return { seq, effects };
  }

  report(replica: number, seq: number, attempt: number, vote: Vote, now: number): Effect[] {
    this.now = now;
    const b = this.batches.get(seq) ?? this.trailing.get(seq);
    const effects: Effect[] = [];
    if (b && b.attempt === attempt && b.sent.has(replica) && !b.reported.has(replica)) {
      this.heard[replica] = now;
      b.reported.add(replica);
      if (b.reported.size === 1) {
        b.firstReportAt = now;
        effects.push({ kind: 'speculate', seq, replica, attempt });
      }
      // A trailing replica's token for a released batch is checked against the quorum's.
      this.apply([this.verifier.onToken({ replica, seq, mode: b.mode, ...vote })], effects);
      this.untrail(b);
    }
    this.progress(effects);
    return effects;
  }

  committed(replica: number, upTo: number, now: number): Effect[] {
    this.now = now;
    const r = this.replicas[replica]!;
    const effects: Effect[] = [];
    // An acknowledgement from before the replica failed: the commits it answers are forgotten.
    const at = r.committing.findIndex((c) => c.upTo === upTo);
    if (at < 0) return effects;
    // Commits are cumulative: one up to N holds every earlier one. A replica process restarted at
    // once (cluster mode) answers no commit it made before it died, only the ones after.
    r.committing.splice(0, at + 1);
    this.heard[replica] = now;
    r.committed = upTo;
    r.full = false;
    r.recorded = true;
    this.progress(effects);
    return effects;
  }

  /**
   * The replica's threads died or it failed a request: it votes no more until repaired. `disk`: it
   * failed for want of space; `refused`, the commit its SQLite refused (a refused COMMIT writes no
   * commit frame), so its file holds nothing that commit covers beyond the commits sent before it.
   */
  failed(replica: number, reason: string, now: number, disk?: { refused: number | null }): Effect[] {
    this.now = now;
    const effects: Effect[] = [];
    const r = this.replicas[replica]!;
    if (r.down) return effects;
    if (disk) {
      r.full = true;
      const refused = disk.refused;
      if (refused !== null) r.holds = Math.max(r.committed, ...r.committing.filter((c) => c.upTo < refused).map((c) => c.upTo));
    }
    r.down = true;
    r.open = [];
    r.committing = [];
    this.thread[replica] = -1 - replica;
    this.needsRepair.delete(replica);
    this.forgetSent(replica);
    effects.push({ kind: 'down', replica, reason });
    this.apply(this.verifier.onReplicaDown(replica), effects);
    this.progress(effects);
    return effects;
  }

  /**
   * A stopped replica runs again (recovered from its file): it is repaired at the next quiet
   * moment. `at`: the newest batch its file records a commit of, as recovered.
   */
  rejoined(replica: number, at?: number): Effect[] {
    const r = this.replicas[replica]!;
    assert(r.down, () => `replica ${replica} rejoined without being down`);
    r.down = false;
    // Commits sent and never acknowledged either made it to the file or not: now it is known which
    // (and on disk: recovery syncs what it found).
    if (at !== undefined && r.recorded && !r.tainted && at >= r.committed && at <= r.holds) r.committed = r.holds = at;
    this.needsRepair.add(replica);
    const effects: Effect[] = [];
    this.progress(effects);
    return effects;
  }

  /** Someone waits for replicas to commit what they hold (a reader): commit as soon as it is verified. */
  hurry(): Effect[] {
    const effects: Effect[] = [];
    for (const r of this.replicas) r.hurry = true;
    this.progress(effects);
    return effects;
  }

  /** Work that needs no batch open anywhere (fault injection, scrub): a 'quiet' effect says when. */
  quiesce(): Effect[] {
    this.chores++;
    const effects: Effect[] = [];
    this.progress(effects);
    return effects;
  }

  /**
   * During a quiet period, evsql_scrub() recomputed every healthy replica's state hash from its
   * rows: where the live hashes had all gone stale alike, the committed root is one no replica
   * holds any more, so the next batch starts from whatever state a quorum holds now.
   */
  recomputed(): void {
    assert(this.paused && this.batches.size === 0, 'states recomputed outside a quiet period');
    if (this.halted === null) this.verifier.rebase(this.lastSeq + 1);
  }

  /**
   * After 'quiet': the chores ran and the repairs ended — `repaired` brought in line with
   * `source`'s committed state, `unrepaired` not (they are marked down, tainted: a repair copies
   * table by table); `full`: those of them that failed for want of disk space.
   */
  resume(result: { chores: number; repaired: Array<{ replica: number; source: number }>; unrepaired: number[]; full?: number[] }, now: number): Effect[] {
    assert(this.paused, 'resume without a quiet period');
    this.now = now;
    this.paused = false;
    this.chores -= result.chores;
    assert(this.chores >= 0, 'more chores ran than were asked for');
    const effects: Effect[] = [];
    for (const { replica, source } of result.repaired) {
      this.needsRepair.delete(replica);
      const [r, from] = [this.replicas[replica]!, this.replicas[source]!];
      assert(!from.tainted, () => `replica ${replica} repaired from tainted replica ${source}`);
      r.committed = from.committed;
      r.holds = from.holds;
      r.full = false;
      r.tainted = false;
      r.recorded = false;
      this.verifier.onReplicaUp(replica);
    }
    for (const replica of result.unrepaired) {
      this.needsRepair.delete(replica);
      this.replicas[replica]!.tainted = true;
      effects.push(...this.failed(replica, 'repair did not converge', now, result.full?.includes(replica) ? { refused: null } : undefined));
    }
    this.progress(effects);
    return effects;
  }

  /**
   * Marks down healthy replicas that have not reported a batch lagMs after another replica did: a
   * hung thread holds nobody up, and a batch waiting for it gets decided without it. The deadline
   * grows by what the batch took the first replica to answer (a long batch takes the others as
   * long), and a replica sharing a thread starts its turn only when its thread-mates answered (they
   * run before it): under load, a slow batch on a shared thread is no hung replica.
   */
  tick(now: number): Effect[] {
    this.now = now;
    // Judged on the state as it is before any is marked down: marking one down may run a batch
    // again, and the others have not missed the new attempt's deadline.
    const late = new Map<number, string>();
    const unreported = new Set<number>();
    for (const b of [...this.batches.values(), ...this.trailing.values()]) {
      for (const r of b.sent) if (!b.reported.has(r)) unreported.add(r);
      if (b.firstReportAt === null) continue;
      const allowed = this.options.lagMs + (b.firstReportAt - b.sentAt);
      for (const r of b.sent) {
        if (b.reported.has(r) || late.has(r) || !this.isHealthy(r) || this.waitsForMate(b, r)) continue;
        if (now - Math.max(b.firstReportAt, this.matesHeard(r)) >= allowed) late.set(r, `missed the deadline of batch ${b.seq}`);
      }
    }
    this.replicas.forEach((rep, r) => {
      const oldest = rep.committing[0];
      // Behind a batch it has not answered, the batch's deadline is the one that counts.
      if (!oldest || unreported.has(r) || !this.isHealthy(r)) return;
      if (now - Math.max(oldest.since, this.heard[r]!, this.matesHeard(r)) >= this.options.lagMs) late.set(r, `missed the deadline of its commit up to batch ${oldest.upTo}`);
    });
    const effects: Effect[] = [];
    for (const [r, reason] of late) effects.push(...this.failed(r, reason, now));
    return effects;
  }

  /**
   * Whether a healthy replica that runs before `r` on its thread (the thread runs a batch's
   * replicas in order) has not answered batch `b` yet: `r` has not begun it, and is judged once
   * that one answers or is marked down. A slow batch on a shared thread marked down every
   * replica behind the slow one at once, though none of them had started.
   */
  private waitsForMate(b: InFlight, r: number): boolean {
    for (const m of b.sent) if (m < r && this.thread[m] === this.thread[r] && !b.reported.has(m) && this.isHealthy(m)) return true;
    return false;
  }

  /** When another replica on `r`'s thread last answered: -Infinity where `r` has a thread of its own. */
  private matesHeard(r: number): number {
    let at = -Infinity;
    for (let m = 0; m < this.thread.length; m++) if (m !== r && this.thread[m] === this.thread[r]) at = Math.max(at, this.heard[m]!);
    return at;
  }

  // ---------------------------------------------------------------- internals

  private isHealthy(r: number): boolean {
    return !this.replicas[r]!.down && this.verifier.status(r) === 'healthy';
  }

  private wantsQuiet(): boolean {
    return this.chores > 0 || this.needsRepair.size > 0;
  }

  private send(b: InFlight, effects: Effect[]): void {
    for (const r of this.healthy()) {
      const rep = this.replicas[r]!;
      assert(!rep.tainted, () => `tainted replica ${r} is healthy`);
      assert(rep.open.length === 0 || rep.open.at(-1)! < b.seq, () => `replica ${r} would run batch ${b.seq} after ${rep.open.at(-1)}`);
      rep.open.push(b.seq);
      rep.hurry ||= b.durable || b.barrier || b.visible;
      b.sent.add(r);
      effects.push({ kind: 'execute', replica: r, seq: b.seq, attempt: b.attempt, mode: b.mode });
    }
  }

  /** Acts on the verifier's decisions (and the late divergences it found), in seq order. */
  private apply(decisions: Decision[], effects: Effect[]): void {
    const all = [...decisions, ...this.verifier.drain()];
    for (const d of all) {
      switch (d.kind) {
        case 'wait':
          break;
        case 'commit': {
          const b = this.batches.get(d.seq);
          assert(b !== undefined, () => `verified batch ${d.seq} is not in flight`);
          assert(d.seq === this.lastVerified + 1, () => `batch ${d.seq} verified after ${this.lastVerified}`);
          b.verified = { quorum: d.quorum };
          this.lastVerified = d.seq;
          for (const r of d.divergent) this.setAside(r, effects);
          break;
        }
        case 'reexecute':
          this.rerun(d.seq, effects);
          break;
        case 'halt':
          this.halted = d.reason;
          this.failFrom(d.seq, d.reason, effects);
          break;
      }
    }
    for (const late of this.verifier.lateDivergent()) this.setAside(late.replica, effects);
    // Too few voters left: batches in flight that are not verified never will be; fail them so that
    // the pipeline goes quiet and repairs can run. Verified ones wait: the replicas that committed
    // them are the repairs' sources, and a repaired quorum makes them durable.
    if (this.healthy().length < this.verifier.quorum) {
      const first = [...this.batches.values()].filter((b) => !b.verified).sort((a, b) => a.seq - b.seq)[0];
      if (first) this.failFrom(first.seq, 'no quorum of healthy replicas', effects);
    }
  }

  /**
   * No healthy replica is left: one that rejoined becomes the source the others are repaired from,
   * if its file is known to hold exactly what it committed (no commit of unknown fate) and that
   * holds every released durable batch — the newest of them, or the most of a quorum that rejoined
   * (each released batch was on disk on a quorum, and two quorums meet). Tainted replicas are
   * neither counted nor chosen. Batches it lacks fail.
   */
  private promote(effects: Effect[]): void {
    const rejoined = [...this.needsRepair].filter((r) => !this.replicas[r]!.down && !this.replicas[r]!.tainted);
    if (!rejoined.length) return;
    const committed = (r: number) => this.replicas[r]!.committed;
    const most = Math.max(...rejoined.map(committed));
    const exact = rejoined.filter((r) => this.replicas[r]!.holds === committed(r));
    if (!exact.length) return;
    const best = exact.reduce((a, b) => (committed(b) > committed(a) ? b : a));
    if (committed(best) < this.lastDurable && !(rejoined.length >= this.verifier.quorum && committed(best) === most)) return;
    this.needsRepair.delete(best);
    this.verifier.onReplicaUp(best);
    effects.push({ kind: 'lost', after: Math.min(committed(best), this.lastReleased) });
    const lacking = [...this.batches.keys()].filter((s) => s > committed(best)).sort((a, b) => a - b)[0];
    if (lacking !== undefined) this.failFrom(lacking, 'no quorum of healthy replicas', effects);
    else if (this.halted === null) this.verifier.rebase(this.lastSeq + 1);
  }

  /**
   * The oldest unreleased batch, verified and waiting for a quorum on disk, that a quorum of
   * replicas surely lack and cannot take for want of space, fails with every later one: waiting
   * would hold its clients until an operator frees space. Not while repairs run: one copying from a
   * replica that holds the batch would leave its target holding it unseen.
   */
  private abandonUndurable(effects: Effect[]): void {
    if (this.paused || !this.replicas.some((r) => r.full)) return;
    // Dispatched in seq order and only deleted since: the first is the oldest.
    const first = this.batches.values().next().value;
    if (!first?.verified || !(first.durable || first.barrier)) return;
    if (this.replicas.filter((r) => r.full && r.holds < first.seq).length < this.verifier.quorum) return;
    this.failFrom(first.seq, NO_SPACE, effects);
  }

  /** A divergent replica stops executing, takes back what it holds and waits for repair. */
  private setAside(replica: number, effects: Effect[]): void {
    const r = this.replicas[replica]!;
    if (r.down) return;
    if (r.open.length) effects.push({ kind: 'rollback', replica, from: r.open[0]! });
    r.open = [];
    r.committing = [];
    this.forgetSent(replica);
    this.needsRepair.add(replica);
  }

  /** The replica will report none of the batches sent to it. */
  private forgetSent(replica: number): void {
    for (const b of [...this.batches.values(), ...this.trailing.values()]) {
      b.sent.delete(replica);
      this.untrail(b);
    }
  }

  private untrail(b: InFlight): void {
    if (this.trailing.has(b.seq) && [...b.sent].every((r) => b.reported.has(r))) this.trailing.delete(b.seq);
  }

  /** Batch `seq` runs again sequentially, and every later batch runs again after it. */
  private rerun(seq: number, effects: Effect[]): void {
    const later = [...this.batches.values()].filter((b) => b.seq >= seq).sort((a, b) => a.seq - b.seq);
    assert(later[0]?.seq === seq, () => `re-executing batch ${seq}, which is not in flight`);
    if (this.lastSeq > seq) this.verifier.forget(seq + 1);
    for (const r of this.healthy()) {
      const rep = this.replicas[r]!;
      const at = rep.open.indexOf(seq);
      if (at >= 0) {
        effects.push({ kind: 'rollback', replica: r, from: seq });
        rep.open.length = at;
      }
    }
    for (const b of later) {
      b.attempt++;
      b.mode = b.seq === seq ? 'sequential' : 'parallel';
      b.sent.clear();
      b.reported.clear();
      b.sentAt = this.now;
      b.firstReportAt = null;
      this.send(b, effects);
    }
  }

  /** Batches from `seq` on fail; replicas take them back. */
  private failFrom(seq: number, reason: string, effects: Effect[]): void {
    for (let r = 0; r < this.replicas.length; r++) {
      const rep = this.replicas[r]!;
      const at = rep.open.findIndex((s) => s >= seq);
      if (at < 0 || rep.down) continue;
      effects.push({ kind: 'rollback', replica: r, from: rep.open[at]! });
      rep.open.length = at;
    }
    for (const b of [...this.batches.values()].sort((a, b) => a.seq - b.seq)) {
      if (b.seq < seq) continue;
      this.batches.delete(b.seq);
      effects.push({ kind: 'fail', seq: b.seq, reason });
    }
    this.skipTo(this.lastSeq);
    // Committed there before the quorum gave it up: brought back by a repair, as a divergent one.
    this.replicas.forEach((r, i) => {
      if (r.holds < seq || r.tainted) return;
      r.tainted = true;
      if (!this.isHealthy(i)) return;
      this.setAside(i, effects);
      this.apply(this.verifier.markRepairing(i), effects);
    });
  }

  /** Batches up to `seq` are decided one way or another: the next dispatched one is the next to verify. */
  private skipTo(seq: number): void {
    assert([...this.batches.values()].every((b) => b.verified), 'skipping batches not verified');
    this.lastVerified = Math.max(this.lastVerified, seq);
    if (this.halted === null) this.verifier.rebase(seq + 1);
    // Released or failed: the release order steps over the failed ones.
    if (this.batches.size === 0) this.lastReleased = Math.max(this.lastReleased, seq);
  }

  /** Commits what can be committed, releases what can be released, and goes quiet when asked. */
  private progress(effects: Effect[]): void {
    // First: what these fail, set aside or promote changes what each replica may commit.
    this.abandonUndurable(effects);
    // Not while repairs run: their sources may yet fail them, and batches they lack would fail.
    if (this.healthy().length === 0 && !this.paused) this.promote(effects);
    for (let r = 0; r < this.replicas.length; r++) {
      const rep = this.replicas[r]!;
      if (rep.down || !rep.open.length || !this.isHealthy(r)) continue;
      const last = rep.open.at(-1)!;
      if (last > this.lastVerified) continue;
      // Its own reports are in for everything it holds: it agreed, or it would have been set aside.
      if (!rep.open.every((s) => (this.batches.get(s) ?? this.trailing.get(s))?.reported.has(r) ?? true)) continue;
      if (!rep.hurry && !this.wantsQuiet() && rep.open.length < (this.options.commitEvery ?? DEFAULT_COMMIT_EVERY)) continue;
      const spare = !this.releaseWaits(last);
      rep.committing.push({ upTo: last, since: this.now });
      rep.holds = Math.max(rep.holds, last);
      rep.open = [];
      rep.hurry = false;
      effects.push({ kind: 'commit', replica: r, upTo: last, spare });
    }
    while (this.lastReleased < this.lastSeq) {
      const b = this.batches.get(this.lastReleased + 1);
      if (!b) {
        // Failed: nothing of it goes out, and it holds nobody back.
        this.lastReleased++;
        continue;
      }
      if (!b.verified) break;
      if ((b.durable || b.barrier) && this.replicas.filter((r) => !r.tainted && r.committed >= b.seq).length < this.verifier.quorum) break;
      if (b.durable || b.barrier) this.lastDurable = b.seq;
      const source = b.verified.quorum.find((r) => b.reported.has(r))!;
      effects.push({ kind: 'release', seq: b.seq, replica: source, attempt: b.attempt, quorum: b.verified.quorum });
      this.lastReleased = b.seq;
      this.batches.delete(b.seq);
      this.trailing.set(b.seq, b);
      this.untrail(b);
    }
    if (this.paused || !this.wantsQuiet() || [...this.batches.values()].some((b) => !b.verified)) return;
    if (this.replicas.some((r, i) => !r.down && this.isHealthy(i) && (r.open.length || r.committing.length))) return;
    const sources = this.healthy().sort((a, b) => this.replicas[b]!.committed - this.replicas[a]!.committed);
    const repairs = sources.length ? [...this.needsRepair].filter((r) => !this.replicas[r]!.down).map((replica) => ({ replica, source: sources[0]! })) : [];
    // Nothing to repair from yet (every replica down or set aside): wait for them to rejoin.
    if (!repairs.length && this.chores === 0) return;
    // Even a repair that fails may have copied part of its source's state.
    for (const { replica, source } of repairs) this.replicas[replica]!.holds = Math.max(this.replicas[replica]!.holds, this.replicas[source]!.holds);
    this.paused = true;
    effects.push({ kind: 'quiet', repairs });
  }
}
