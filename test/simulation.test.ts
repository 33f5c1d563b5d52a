/**
 * Deterministic simulation of the pipelined Execute-Verify core as shipped: sessions (autocommit
 * and interactive transactions through the real LockTable, locks released as soon as a COMMIT is
 * queued) feed the real Batcher; the real Coordinator (with the real Verifier inside) decides;
 * fake replicas — each a tiny key-value store with a stack of batch savepoints behind an inbox —
 * carry out its effects (execute, roll back from N, commit) in order, with delays, and report back
 * through a network that delays their reports (each replica's in the order it sent them). Several batches are in flight.
 *
 * Faults: a replica computing a wrong value or wrong outputs once (a concurrency bug, caught by the
 * verifier, often as the first reporter whose speculative answer was shown), one running its groups
 * backwards, crashes at any step, a replica that hangs without dying (marked down by tick()), and
 * one batch wrong even sequentially on too many replicas (the cluster halts), slow batches (on
 * writers sharing one thread they run one replica after another, and none of those replicas may be
 * marked down for it: only a hung or dead one), and full disks: for
 * a while some replicas (a majority, at times) refuse their commits — SQLite rolls back, the
 * replica restarts — and fail repairs part way, so that a durable batch may be committed on a
 * minority only (it then fails, and the minority must be repaired, never copied from).
 *
 * After every step the invariants of DESIGN.md are checked against an oracle that executes every
 * released batch sequentially: outputs released in order and equal to the oracle's; a durable batch
 * released only once a quorum has committed it; every commit on any replica equal to the oracle's
 * state at that batch; a speculative answer that passes the COMMIT check equal to the verified one;
 * no repair copies a batch that failed.
 * One seed is one schedule; a failure names its seed.
 * Longer runs: npm run simulate (or EVSQL_SIM_SEEDS=… EVSQL_SIM_BATCHES=… npx vitest run test/simulation.test.ts)
 */
import { describe, expect, it } from 'vitest';
import { type Batch, Batcher, type MixerRequest } from '../mixer/batcher.js';
import { type ConflictKey, UNPINNED, conflicts, keySetOf, partialRowKey, rowKey, rowValues } from '../mixer/keys.js';
import { LockTable } from '../mixer/locks.js';
import { Prng } from '../mixer/prng.js';
import type { Token } from '../verifier/quorum.js';
import { Coordinator, type Effect, NO_SPACE } from '../cluster/coordinator.js';

const SEEDS = Number(process.env.EVSQL_SIM_SEEDS ?? 40);
const FIRST_SEED = Number(process.env.EVSQL_SIM_SEED ?? 1);
const BATCHES = Number(process.env.EVSQL_SIM_BATCHES ?? 300);

// ---------------------------------------------------------------- the data

const TABLES = ['a', 'b', 'c', 'd'];
const ROWS = 10;
/** Table d's rows are addressed by a two-column key (g, n), cell g·5 + n, with keys that pin one of the two (partial keys). */
const GRID = { g: 2, n: 5 };
/** Table c's rows are also addressed by a second key, alt = (3 id + 1) mod 10: the same cell by two key sets. */
const ALT = Array.from({ length: ROWS }, (_, id) => (3 * id + 1) % ROWS);
const BY_ALT = ALT.map((_, a) => ALT.indexOf(a));
const CELLS = TABLES.flatMap((t) => Array.from({ length: ROWS }, (_, id) => `${t}${id}`));

type State = Map<string, number>;

function hash(s: string): string {
  // cyrb53: enough to tell states apart in a test.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

function rootOf(s: State): string {
  return hash(CELLS.map((c) => s.get(c)).join(','));
}

function cellsOf(k: ConflictKey): string[] {
  if (k.table === '*') return CELLS;
  if (k.row === undefined) return CELLS.filter((c) => c.startsWith(k.table));
  const set = keySetOf(k.row);
  if (set === 'g,n') {
    const [g, n] = rowValues(k.row, set);
    return CELLS.filter((c) => {
      const id = Number(c.slice(1));
      return c.startsWith(k.table) && (g === UNPINNED || Number(g) === Math.floor(id / GRID.n)) && (n === UNPINNED || Number(n) === id % GRID.n);
    });
  }
  const v = Number(rowValues(k.row, set)[0]);
  return [`${k.table}${set === 'alt' ? BY_ALT[v] : v}`];
}

function randomKeys(rng: Prng): ConflictKey[] {
  return Array.from({ length: 1 + rng.int(3) }, () => {
    const mode = rng.chance(0.4) ? ('w' as const) : ('r' as const);
    const x = rng.next();
    if (x < 0.01) return { mode, table: '*' };
    const table = rng.pick(TABLES);
    if (x < 0.1) return { mode, table };
    if (table === 'd') {
      const g = String(rng.int(GRID.g));
      const n = String(rng.int(GRID.n));
      const y = rng.next();
      return { mode, table, row: y < 0.5 ? rowKey(['g', 'n'], [g, n]) : partialRowKey(['g', 'n'], y < 0.8 ? [g, undefined] : [undefined, n]) };
    }
    const alt = table === 'c' && rng.chance(0.3);
    return { mode, table, row: rowKey([alt ? 'alt' : 'id'], [String(rng.int(ROWS))]) };
  });
}

function touched(req: MixerRequest): { all: Set<string>; written: Set<string> } {
  const all = new Set<string>();
  const written = new Set<string>();
  for (const k of req.keys) {
    for (const c of cellsOf(k)) {
      all.add(c);
      if (k.mode === 'w') written.add(c);
    }
  }
  return { all, written };
}

function commute(a: MixerRequest, b: MixerRequest): boolean {
  const x = touched(a);
  const y = touched(b);
  return ![...x.written].some((c) => y.all.has(c)) && ![...y.written].some((c) => x.all.has(c));
}

/** A request reads every cell its keys name, then rewrites the cells of its write keys from what it read. */
function execute(s: State, req: MixerRequest): string {
  const { all, written } = touched(req);
  const seen = CELLS.filter((c) => all.has(c)).map((c) => `${c}:${s.get(c)}`);
  const out = hash(`${req.id}|${seen.join(',')}`);
  for (const c of written) s.set(c, (s.get(c)! * 31 + parseInt(out.slice(0, 6), 16)) % 1000003);
  return out;
}

interface Work {
  seq: number;
  mode: Token['mode'];
  state: State;
  outputs: Map<number, string>;
  root: string;
  outputsHash: string;
}

interface Faults {
  /** Replicas that compute one wrong value in parallel mode (a concurrency bug). */
  diverge: Set<number>;
  /** Replicas whose outputs differ in parallel mode, state unharmed. */
  outputs: Set<number>;
  /** A replica that runs its groups in reverse order in parallel mode. */
  shuffle: number | null;
  /** Replicas wrong in both modes. */
  persistent: Set<number>;
}

function run(batch: Batch, reqs: Map<number, MixerRequest>, from: State, mode: Token['mode'], order: Prng | null, replica: number, faults: Faults | null): Work {
  const state = new Map(from);
  const outputs = new Map<number, string>();
  const groups = mode === 'parallel' && faults?.shuffle === replica ? [...batch.groups].reverse() : batch.groups;
  for (const g of groups) {
    const members = [...g];
    // Requests of one group run in a replica-local order: they commute, or the mixer is wrong.
    if (order) for (let i = members.length - 1; i > 0; i--) {
      const j = order.int(i + 1);
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    for (const id of members) outputs.set(id, execute(state, reqs.get(id)!));
  }
  const wrong = faults && (faults.persistent.has(replica) || (mode === 'parallel' && faults.diverge.has(replica)));
  if (wrong) {
    const cell = CELLS.find((c) => state.get(c) !== from.get(c)) ?? CELLS[0]!;
    state.set(cell, state.get(cell)! + replica + 1);
  }
  if (faults && mode === 'parallel' && faults.outputs.has(replica)) outputs.set(batch.groups[0]![0]!, `wrong${replica}`);
  const outputsHash = hash([...outputs.entries()].sort((a, b) => a[0] - b[0]).map((e) => e.join(':')).join(','));
  return { seq: batch.seq, mode, state, outputs, root: rootOf(state), outputsHash };
}

// ---------------------------------------------------------------- the cluster

type Command = Extract<Effect, { kind: 'execute' | 'rollback' | 'commit' }>;

interface OpenBatch {
  seq: number;
  work: Work;
}

interface Replica {
  id: number;
  /** The thread its writer runs on: replicas of one thread handle their messages in post order, one at a time. */
  thread: number;
  /** Its thread runs; a hung one runs but never handles its inbox. */
  alive: boolean;
  hung: boolean;
  /** Durable: survives a crash. */
  committed: State;
  committedSeq: number;
  /** The commit position its file records: its last commit's (a repair copies rows, not the position). */
  positionSeq: number;
  /** Acknowledged commits: on disk. A commit is acknowledged after its sync, later than the batches behind it may report. */
  syncedSeq: number;
  lastAckAt: number;
  /** Batches executed and not committed, each a savepoint on top of the one before. */
  open: OpenBatch[];
  inbox: Array<{ at: number; posted: number; c: Command }>;
  order: Prng;
  restartAt: number | null;
  /** Its disk is full until this step: commits and repairs fail. */
  fullUntil: number;
}

interface Session {
  id: number;
  tx: { id: number; remaining: number } | null;
  blocked: ConflictKey[] | null;
  outstanding: number;
}

interface RequestInfo {
  req: MixerRequest;
  session: number;
  /** In an open transaction, not its COMMIT: may answer speculatively. */
  speculative: boolean;
  /** Ends a transaction or is autocommit: its batch is durable. */
  durable: boolean;
  shown?: { replica: number; attempt: number; output: string };
}

interface Stats {
  released: number;
  requests: number;
  multiGroup: number;
  maxInFlight: number;
  reexecutes: number;
  cascades: number;
  halts: number;
  /** Batches failed because too few replicas were healthy to decide them. */
  quorumLost: number;
  /** Released batches of open transactions lost with every replica that held them. */
  lost: number;
  setAside: number;
  crashes: number;
  hangs: number;
  /** Commits refused on a full disk, and batches failed because a quorum could not take them. */
  refusedCommits: number;
  noSpace: number;
  repairs: number;
  deadlocks: number;
  lockWaits: number;
  speculative: number;
  speculativeWrong: number;
}

const emptyStats = (): Stats => ({
  released: 0,
  requests: 0,
  multiGroup: 0,
  maxInFlight: 0,
  reexecutes: 0,
  cascades: 0,
  halts: 0,
  quorumLost: 0,
  lost: 0,
  setAside: 0,
  crashes: 0,
  hangs: 0,
  refusedCommits: 0,
  noSpace: 0,
  repairs: 0,
  deadlocks: 0,
  lockWaits: 0,
  speculative: 0,
  speculativeWrong: 0,
});

class Simulation {
  private readonly rng: Prng;
  private readonly n: number;
  private readonly coordinator: Coordinator;
  private readonly batcher: Batcher;
  private readonly locks = new LockTable();
  private readonly replicas: Replica[];
  private readonly sessions: Session[];
  private readonly requests = new Map<number, RequestInfo>();
  /** Requests pushed to the batcher and not yet in a batch, in arrival (= id) order. */
  private readonly waiting = new Set<number>();
  /** `cost`: the steps one execution of the batch keeps its thread busy. */
  private readonly batches = new Map<number, { batch: Batch; reqs: Map<number, MixerRequest>; faults: Faults; durable: boolean; barrier: boolean; cost: number }>();
  /** Released batches, for replicas that trail the quorum and execute them later. */
  private readonly releasedBatches = new Map<number, { batch: Batch; reqs: Map<number, MixerRequest>; faults: Faults; cost: number }>();
  /** The step until which each thread is busy executing a slow batch. */
  private readonly busyUntil = new Map<number, number>();
  private posted = 0;
  /** The newest commit sent to each replica. */
  private readonly commitsSent: number[] = [];
  /** Reports of the current attempt of each batch in flight, by replica. */
  private readonly reports = new Map<number, { attempt: number; byReplica: Map<number, Work> }>();
  private network: Array<{ at: number; replica: number; seq: number; attempt: number; work: Work } | { at: number; replica: number; committed: number }> = [];
  private oracle: State;
  private readonly oracleRoots = new Map<number, string>();
  /** Recent oracle states, to go back to when released batches of open transactions are lost. */
  private readonly oracleStates = new Map<number, State>();
  private readonly durableReleased = new Set<number>();
  /** Commits refused on a full disk since the coordinator was last told. */
  private readonly refusals: Array<{ replica: number; upTo: number }> = [];
  /** Commits seen on replicas (or copied by a repair) for batches the oracle has not reached yet. */
  private readonly commitChecks: Array<{ replica: number; seq: number; root: string }> = [];
  private readonly failedSeqs = new Set<number>();
  private lastReleased = 0;
  private nextRequest = 1;
  private nextTx = 1;
  private step = 0;
  private now = 0;
  private lastProgress = 0;
  private halted = false;
  readonly stats = emptyStats();
  readonly trace: string[] = [];

  /** `persistentAt`: make that batch wrong even sequentially on enough replicas to halt the cluster. */
  constructor(
    readonly seed: number,
    private readonly persistentAt?: number,
  ) {
    this.rng = new Prng(seed);
    this.n = seed % 3 === 0 ? 5 : 3;
    const initial: State = new Map(CELLS.map((c) => [c, 0]));
    this.oracle = new Map(initial);
    this.oracleRoots.set(0, rootOf(initial));
    this.oracleStates.set(0, new Map(initial));
    // Every other pair of seeds runs the writers on one shared thread (--writer-threads 1).
    const threads = seed % 4 >= 2 ? Array.from({ length: this.n }, () => 0) : Array.from({ length: this.n }, (_, r) => r);
    this.coordinator = new Coordinator({ replicas: this.n, depth: 4 + this.rng.int(5), lagMs: 40, commitEvery: 1 + this.rng.int(8), threads });
    this.batcher = new Batcher({ maxBatchSize: 1 + this.rng.int(24), maxDelayMs: 1 + this.rng.int(5), seed });
    this.replicas = Array.from({ length: this.n }, (_, id) => ({
      id,
      thread: threads[id]!,
      alive: true,
      hung: false,
      committed: new Map(initial),
      committedSeq: 0,
      positionSeq: 0,
      syncedSeq: 0,
      lastAckAt: 0,
      open: [],
      inbox: [],
      order: new Prng(seed * 31 + id),
      restartAt: null,
      fullUntil: 0,
    }));
    this.sessions = Array.from({ length: 4 + this.rng.int(12) }, (_, id) => ({ id, tx: null, blocked: null, outstanding: 0 }));
  }

  /** Runs until `batches` releases (or a legitimate halt); throws with the seed on any violated invariant. */
  runFor(batches: number): void {
    // After a halt, the batches in flight still end: released if verified before it, else failed.
    while (this.stats.released < batches && !(this.halted && this.coordinator.inFlight === 0)) {
      this.step++;
      this.now += this.rng.int(3);
      this.clients();
      this.mix();
      this.deliver();
      this.replicaSteps();
      for (const f of this.refusals.splice(0)) this.apply(this.coordinator.failed(f.replica, 'could not extend file', this.now, { refused: f.upTo }));
      this.failures();
      this.apply(this.coordinator.tick(this.now));
      this.checkInvariants();
      this.fail(this.step - this.lastProgress < 5000, () => `no batch released for 5000 steps${process.env.DBG ? this.dump() : ''}`);
    }
  }

  private dump(): string {
    const c = this.coordinator as unknown as Record<string, unknown>;
    return JSON.stringify({ c, replicas: this.replicas.map((r) => ({ ...r, committed: undefined, open: r.open.map((o) => o.seq), order: undefined })), sessions: this.sessions, waiting: this.batcher.waiting }, (_, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));
  }

  private fail(ok: boolean, what: string | (() => string)): asserts ok {
    if (!ok) throw new Error(`seed ${this.seed}, step ${this.step}, released ${this.lastReleased}: ${typeof what === 'string' ? what : what()}`);
  }

  // ---------------------------------------------------------------- clients and locks

  private clients(): void {
    for (const s of this.sessions) {
      if (!this.rng.chance(0.3)) continue;
      if (s.blocked) {
        this.issue(s, s.blocked);
      } else if (s.outstanding < (s.tx ? 1 : 2)) {
        if (!s.tx && s.outstanding === 0 && this.rng.chance(0.3)) s.tx = { id: this.nextTx++, remaining: 2 + this.rng.int(3) };
        this.issue(s, randomKeys(this.rng));
      }
    }
  }

  private issue(s: Session, keys: ConflictKey[]): void {
    let ends = true;
    if (!s.tx) {
      // Autocommit: takes no locks, but does not run past an open transaction's.
      if (this.locks.blockers(-1 - s.id, keys).length) {
        s.blocked = keys;
        return;
      }
    } else {
      const tx = s.tx.id;
      const res = this.locks.acquire(tx, keys);
      if (!res.granted) {
        this.stats.lockWaits++;
        s.blocked = keys;
        for (let waitsFor = res.waitsFor; waitsFor.length; waitsFor = this.locks.blockers(tx, keys)) {
          const victim = this.locks.waiting(tx, waitsFor);
          if (victim === null) break;
          this.abort(victim);
          if (victim === tx) break;
        }
        return;
      }
      this.locks.notWaiting(tx);
      this.checkLockExclusion();
      s.tx.remaining--;
      ends = s.tx.remaining === 0;
    }
    s.blocked = null;
    const req: MixerRequest = { id: this.nextRequest++, session: s.id, keys };
    this.requests.set(req.id, { req, session: s.id, speculative: !ends, durable: ends });
    s.outstanding++;
    this.stats.requests++;
    this.waiting.add(req.id);
    this.batcher.push(req, this.now);
    if (ends && s.tx) {
      // Early lock release: the COMMIT is queued, so later conflicting requests are ordered after it.
      this.locks.release(s.tx.id);
      s.tx = null;
    }
  }

  private abort(tx: number): void {
    const s = this.sessions.find((x) => x.tx?.id === tx);
    this.fail(s !== undefined && s.blocked !== null && s.outstanding === 0, () => `deadlock victim ${tx} is not a waiting transaction`);
    this.stats.deadlocks++;
    this.locks.release(tx);
    s.tx = null;
    s.blocked = null;
  }

  private checkLockExclusion(): void {
    const holders = this.locks.holders().map((tx) => this.locks.held(tx));
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        for (const a of holders[i]!) for (const b of holders[j]!) this.fail(!conflicts(a, b), () => `conflicting locks held: ${JSON.stringify([a, b])}`);
      }
    }
  }

  // ---------------------------------------------------------------- mixer and coordinator

  private mix(): void {
    while (this.coordinator.canDispatch()) {
      const batch = this.batcher.take(this.now, this.coordinator.nextSeq, this.rng.chance(0.3));
      if (!batch) return;
      const reqs = new Map<number, MixerRequest>();
      for (const g of batch.groups) for (const id of g) reqs.set(id, this.requests.get(id)!.req);
      this.checkBatch(batch, reqs);
      if (batch.groups.length > 1) this.stats.multiGroup++;
      const faults: Faults = { diverge: new Set(), outputs: new Set(), shuffle: null, persistent: new Set() };
      const x = this.rng.next();
      const someReplica = () => this.rng.int(this.n);
      if (x < 0.05) faults.diverge.add(someReplica());
      else if (x < 0.07) [someReplica(), someReplica()].forEach((r) => faults.diverge.add(r));
      else if (x < 0.1) faults.outputs.add(someReplica());
      else if (x < 0.14) faults.shuffle = someReplica();
      if (batch.seq === this.persistentAt) for (let i = 0; i < this.n - this.coordinator.verifier.quorum + 1; i++) faults.persistent.add(i);
      const durable = [...reqs.keys()].some((id) => this.requests.get(id)!.durable);
      const barrier = [...reqs.values()].some((q) => q.keys.some((k) => k.table === '*'));
      this.trace.push(`B${batch.seq}:${JSON.stringify(batch.groups)}`);
      const { seq, effects } = this.coordinator.dispatch({ durable, barrier }, this.now);
      this.fail(seq === batch.seq, 'the coordinator and the batcher disagree on the seq');
      // Now and then a batch takes a while: under half the lag on one replica, longer than it on several run one after another.
      const cost = this.rng.chance(0.03) ? 10 + this.rng.int(10) : 0;
      this.batches.set(seq, { batch, reqs, faults, durable, barrier, cost });
      this.apply(effects);
      this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.coordinator.inFlight);
    }
  }

  /**
   * Conflicting requests (and requests of one session) keep arrival order: in later groups within
   * the batch, and never taken while an earlier one is left waiting. Requests of one group also
   * touch disjoint cells wherever one writes, checked on the data rather than through conflicts().
   */
  private checkBatch(batch: Batch, reqs: Map<number, MixerRequest>): void {
    const ordered = (a: MixerRequest, b: MixerRequest) => a.session === b.session || a.keys.some((k) => b.keys.some((l) => conflicts(k, l)));
    const position = new Map<number, number>();
    batch.groups.forEach((g, i) => g.forEach((id) => position.set(id, i)));
    for (const a of reqs.values()) {
      for (const b of reqs.values()) {
        if (a.id >= b.id) continue;
        if (ordered(a, b)) this.fail(position.get(a.id)! < position.get(b.id)!, `requests ${a.id} and ${b.id} out of arrival order in batch ${batch.seq}`);
        if (position.get(a.id) === position.get(b.id)) this.fail(commute(a, b), `requests ${a.id} and ${b.id} in one group touch the same cells`);
      }
    }
    this.fail(new Set([...reqs.values()].map((q) => q.session)).size === reqs.size, `two requests of one session in batch ${batch.seq}`);
    for (const id of reqs.keys()) this.waiting.delete(id);
    for (const b of reqs.values()) {
      for (const a of this.waiting) {
        if (a > b.id) break;
        this.fail(!ordered(this.requests.get(a)!.req, b), `request ${b.id} overtook the earlier request ${a}`);
      }
    }
  }

  private apply(effects: Effect[]): void {
    for (const e of effects) {
      switch (e.kind) {
        case 'execute':
          if (e.mode === 'sequential') this.stats.reexecutes++;
          else if (e.attempt > 1) this.stats.cascades++;
          this.send(e.replica, e);
          break;
        case 'rollback':
          this.send(e.replica, e);
          break;
        case 'commit':
          if (e.spare) this.checkSpare(e.replica, e.upTo);
          this.commitsSent[e.replica] = Math.max(this.commitsSent[e.replica] ?? 0, e.upTo);
          // A spare commit may go out late (cluster mode: with the next log message).
          this.send(e.replica, e, e.spare ? this.rng.int(10) : 0);
          break;
        case 'speculate':
          this.speculate(e.seq, e.replica, e.attempt);
          break;
        case 'release':
          this.release(e.seq, e.replica, e.attempt, e.quorum);
          break;
        case 'fail':
          this.failed(e.seq, e.reason);
          break;
        case 'lost':
          // Only batches of open transactions may be lost (their COMMIT then fails): the oracle
          // goes back to the state the surviving replicas hold.
          for (let q = e.after + 1; q <= this.lastReleased; q++) this.fail(!this.durableReleased.has(q), () => `durable batch ${q} lost`);
          this.oracle = new Map(this.oracleStates.get(e.after)!);
          this.stats.lost++;
          break;
        case 'down':
          this.fail(!e.reason.startsWith('missed the deadline') || !this.replicas[e.replica]!.alive || this.replicas[e.replica]!.hung, () => `replica ${e.replica}, neither hung nor dead, marked down: ${e.reason}`);
          this.down(e.replica);
          break;
        case 'quiet':
          this.quiet(e.repairs);
          break;
      }
    }
  }

  private speculate(seq: number, replica: number, attempt: number): void {
    const work = this.reports.get(seq)!.byReplica.get(replica)!;
    this.fail(this.reports.get(seq)!.attempt === attempt, 'speculating from an older attempt');
    for (const id of this.batches.get(seq)!.reqs.keys()) {
      const info = this.requests.get(id)!;
      if (!info.speculative || info.shown) continue;
      info.shown = { replica, attempt, output: work.outputs.get(id)! };
      this.stats.speculative++;
      this.answered(info);
    }
  }

  private release(seq: number, replica: number, attempt: number, quorum: number[]): void {
    const b = this.batches.get(seq)!;
    this.fail(seq > this.lastReleased, () => `batch ${seq} released after ${this.lastReleased}`);
    for (let s = this.lastReleased + 1; s < seq; s++) this.fail(!this.batches.has(s), () => `batch ${seq} released before ${s}`);
    this.fail(quorum.length >= this.coordinator.verifier.quorum, 'released without a quorum');
    if (b.durable) {
      const onDisk = this.replicas.filter((r) => r.syncedSeq >= seq).length;
      this.fail(onDisk >= this.coordinator.verifier.quorum, () => `durable batch ${seq} released with ${onDisk} replicas having it on disk`);
    }
    const work = this.reports.get(seq)!.byReplica.get(replica)!;
    const expected = run(b.batch, b.reqs, this.oracle, 'sequential', null, -1, null);
    for (const [id, out] of expected.outputs) {
      this.fail(work.outputs.get(id) === out, () => `request ${id} of batch ${seq}: released ${work.outputs.get(id)}, the oracle says ${out}`);
      const info = this.requests.get(id)!;
      if (!info.shown) {
        this.answered(info);
        continue;
      }
      // The shell's COMMIT check: the same attempt on a replica of the quorum means equal outputs.
      const passes = info.shown.attempt === attempt && quorum.includes(info.shown.replica);
      if (passes) this.fail(info.shown.output === out, () => `request ${id} was shown ${info.shown!.output}, verified ${out}, and COMMIT would accept it`);
      else this.stats.speculativeWrong++;
    }
    this.oracle = expected.state;
    this.oracleRoots.set(seq, expected.root);
    this.oracleStates.set(seq, new Map(expected.state));
    this.oracleStates.delete(seq - 2000);
    if (b.durable) this.durableReleased.add(seq);
    this.releasedBatches.set(seq, b);
    this.releasedBatches.delete(seq - 2000);
    this.lastReleased = seq;
    this.lastProgress = this.step;
    this.stats.released++;
    this.batches.delete(seq);
    this.reports.delete(seq);
    this.trace.push(`R${seq}`);
  }

  private failed(seq: number, reason: string): void {
    const b = this.batches.get(seq);
    this.fail(b !== undefined, () => `batch ${seq} failed without being in flight`);
    if (reason.startsWith('no quorum')) {
      this.stats.quorumLost++;
    } else if (reason === NO_SPACE) {
      this.stats.noSpace++;
    } else {
      this.fail(this.persistentAt !== undefined, () => `the cluster halted: ${reason}${process.env.DBG ? this.dump() : ""}`);
      this.stats.halts += this.halted ? 0 : 1;
      this.halted = true;
    }
    for (const id of b?.reqs.keys() ?? []) if (!this.requests.get(id)!.shown) this.answered(this.requests.get(id)!);
    // Committed on a minority (or copied from one before it failed): those replicas may go on from
    // it only through a repair, which the checks of their later commits and repairs see.
    this.failedSeqs.add(seq);
    for (let i = this.commitChecks.length - 1; i >= 0; i--) if (this.commitChecks[i]!.seq === seq) this.commitChecks.splice(i, 1);
    this.batches.delete(seq);
    this.reports.delete(seq);
  }

  private answered(info: RequestInfo): void {
    this.sessions[info.session]!.outstanding--;
  }

  // ---------------------------------------------------------------- replicas

  private send(replica: number, c: Command, late = 0): void {
    const r = this.replicas[replica]!;
    const last = r.inbox.at(-1)?.at ?? this.step;
    r.inbox.push({ at: Math.max(last, this.step + this.rng.int(4)) + late, posted: this.posted++, c });
  }

  /** No release waits for a spare commit: every durable batch it covers has a quorum of commits sent before it. */
  private checkSpare(replica: number, upTo: number): void {
    for (const [seq, b] of this.batches) {
      if (seq <= this.lastReleased || seq > upTo || !(b.durable || b.barrier) || this.failedSeqs.has(seq)) continue;
      const before = this.replicas.filter((r) => Math.max(this.commitsSent[r.id] ?? 0, r.committedSeq) >= seq).length;
      this.fail(before >= this.coordinator.verifier.quorum, () => `commit of replica ${replica} up to ${upTo} is spare, but durable batch ${seq} had ${before} commits before it`);
    }
  }

  /** A thread handles its replicas' messages in the order they were posted, one at a time, and none while busy with a slow batch. */
  private replicaSteps(): void {
    for (const thread of new Set(this.replicas.map((r) => r.thread))) {
      const mine = this.replicas.filter((r) => r.thread === thread && r.alive && !r.hung && r.inbox.length);
      while (mine.length && (this.busyUntil.get(thread) ?? 0) <= this.step) {
        const r = mine.reduce((a, b) => (b.inbox[0]!.posted < a.inbox[0]!.posted ? b : a));
        if (r.inbox[0]!.at > this.step) break;
        this.handle(r, r.inbox.shift()!.c);
        if (!r.inbox.length) mine.splice(mine.indexOf(r), 1);
      }
    }
  }

  private handle(r: Replica, c: Command): void {
    switch (c.kind) {
      case 'execute': {
        const b = this.batches.get(c.seq) ?? this.releasedBatches.get(c.seq);
        if (!b) return;
        const from = r.open.at(-1)?.work.state ?? r.committed;
        this.fail(r.open.every((o) => o.seq < c.seq), () => `replica ${r.id} runs batch ${c.seq} after a later one`);
        const work = run(b.batch, b.reqs, from, c.mode, c.mode === 'parallel' ? r.order : null, r.id, c.attempt === 1 || c.mode === 'sequential' ? b.faults : null);
        if (b.cost) this.busyUntil.set(r.thread, this.step + b.cost);
        r.open.push({ seq: c.seq, work });
        this.network.push({ at: this.replyAt(r), replica: r.id, seq: c.seq, attempt: c.attempt, work: { ...work, root: rootOf(from) + '>' + work.root } });
        return;
      }
      case 'rollback': {
        const at = r.open.findIndex((o) => o.seq >= c.from);
        if (at >= 0) r.open.length = at;
        return;
      }
      case 'commit': {
        const top = r.open.at(-1);
        this.fail(top?.seq === c.upTo, () => `replica ${r.id} told to commit up to ${c.upTo}, holds ${top?.seq}`);
        if (this.step < r.fullUntil) {
          // SQLite rolls the transaction back; the shell restarts the replica.
          this.stats.refusedCommits++;
          this.crash(r);
          this.refusals.push({ replica: r.id, upTo: c.upTo });
          return;
        }
        r.committed = top.work.state;
        r.committedSeq = r.positionSeq = c.upTo;
        r.open = [];
        this.commitChecks.push({ replica: r.id, seq: c.upTo, root: rootOf(r.committed) });
        // The sync runs beside the thread: acknowledgements keep their order among themselves only.
        r.lastAckAt = Math.max(r.lastAckAt, this.step) + this.rng.int(6);
        this.network.push({ at: r.lastAckAt, replica: r.id, committed: c.upTo });
        return;
      }
    }
  }

  /** A replica's batch reports arrive in the order it sent them, as a worker thread's messages do. */
  private replyAt(r: Replica): number {
    const done = Math.max(this.step, this.busyUntil.get(r.thread) ?? 0);
    const last = this.network.reduce((at, m) => (m.replica === r.id && !('committed' in m) ? Math.max(at, m.at) : at), done);
    return last + this.rng.int(3);
  }

  private deliver(): void {
    const due = this.network.filter((m) => m.at <= this.step);
    this.network = this.network.filter((m) => m.at > this.step);
    for (const m of due) {
      if (!this.replicas[m.replica]!.alive) continue;
      if ('committed' in m) {
        this.replicas[m.replica]!.syncedSeq = Math.max(this.replicas[m.replica]!.syncedSeq, m.committed);
        this.apply(this.coordinator.committed(m.replica, m.committed, this.now));
        continue;
      }
      let rep = this.reports.get(m.seq);
      if (!rep || rep.attempt < m.attempt) this.reports.set(m.seq, (rep = { attempt: m.attempt, byReplica: new Map() }));
      if (rep.attempt === m.attempt) rep.byReplica.set(m.replica, m.work);
      const [before, after] = m.work.root.split('>') as [string, string];
      const vote: Pick<Token, 'rootBefore' | 'rootAfter' | 'outputs'> = { rootBefore: before, rootAfter: after, outputs: m.work.outputsHash };
      this.apply(this.coordinator.report(m.replica, m.seq, m.attempt, vote, this.now));
    }
  }

  private failures(): void {
    const healthy = this.coordinator.healthy().filter((i) => this.replicas[i]!.alive && !this.replicas[i]!.hung);
    // Never more replicas out than a quorum can spare: then every batch can still be decided.
    const spare = healthy.length > this.coordinator.verifier.quorum;
    const full = this.replicas.some((r) => this.step < r.fullUntil);
    if (spare && this.rng.chance(0.004)) {
      const r = this.replicas[this.rng.pick(healthy)]!;
      this.stats.crashes++;
      this.crash(r);
      this.apply(this.coordinator.failed(r.id, 'crashed', this.now));
    } else if (spare && !full && this.rng.chance(0.002)) {
      // A hang on a shared thread would hang every replica of it: only one alone on its thread hangs.
      const alone = healthy.filter((i) => this.replicas.every((o) => o.id === i || o.thread !== this.replicas[i]!.thread));
      if (alone.length) {
        this.replicas[this.rng.pick(alone)]!.hung = true;
        this.stats.hangs++;
      }
    } else if (!this.replicas.some((r) => r.hung) && this.rng.chance(0.002)) {
      // Any number of replicas, a majority included: their disks fill for a while. Not with a
      // hung replica about, which could be the last healthy one: a repair from a hung source
      // stalls (a known limit).
      const until = this.step + 20 + this.rng.int(300);
      for (const r of this.replicas) if (this.rng.chance(0.6)) r.fullUntil = until;
    }
    for (const r of this.replicas) {
      if (r.restartAt !== null && this.step >= r.restartAt) {
        r.restartAt = null;
        r.alive = true;
        // Recovery syncs the file: what it holds is on disk, acknowledged or not.
        r.syncedSeq = r.committedSeq;
        this.apply(this.coordinator.rejoined(r.id, r.positionSeq));
      }
    }
  }

  private crash(r: Replica): void {
    // It restarts on a thread of its own, as the coordinator assumes.
    r.thread = -1 - r.id;
    r.alive = false;
    r.hung = false;
    r.open = [];
    r.inbox = [];
    r.restartAt = this.step + 20 + this.rng.int(200);
  }

  private down(replica: number): void {
    const r = this.replicas[replica]!;
    if (r.alive) this.crash(r);
  }

  /** Nothing in flight: repair from the source's committed state, then go on. */
  private quiet(repairs: Array<{ replica: number; source: number }>): void {
    const repaired: typeof repairs = [];
    const full: number[] = [];
    for (const { replica, source } of repairs) {
      const [t, s] = [this.replicas[replica]!, this.replicas[source]!];
      this.fail(!this.failedSeqs.has(s.committedSeq), () => `repair of ${replica} from ${source}, which committed batch ${s.committedSeq}, a batch that failed`);
      if (this.step < t.fullUntil) {
        // The copy fails part way: the target holds some of the source's rows.
        for (const cell of CELLS) if (this.rng.chance(0.5)) t.committed.set(cell, s.committed.get(cell)!);
        full.push(replica);
        continue;
      }
      repaired.push({ replica, source });
      // The repair's requests queue behind what was sent to the source before (a worker's FIFO).
      while (s.alive && !s.hung && s.inbox.length) this.handle(s, s.inbox.shift()!.c);
      // The source may hold verified batches not yet released (they wait for a quorum on disk):
      // its state is checked against the oracle when the oracle gets there (commitChecks).
      this.fail(s.open.length === 0 && rootOf(s.committed) === rootOf(this.oracle) || s.committedSeq > this.lastReleased, () => `repair source ${source} holds open batches or differs from the released state${process.env.DBG ? this.dump() : ''}`);
      t.committed = new Map(s.committed);
      t.committedSeq = t.syncedSeq = s.committedSeq;
      t.open = [];
      t.inbox = [];
      this.commitChecks.push({ replica, seq: t.committedSeq, root: rootOf(t.committed) });
      this.stats.repairs++;
    }
    this.stats.setAside += repairs.length;
    this.apply(this.coordinator.resume({ chores: 0, repaired, unrepaired: full, full }, this.now));
  }

  // ---------------------------------------------------------------- invariants

  private checkInvariants(): void {
    // Every commit on any replica holds exactly the oracle's state at that batch.
    for (let i = this.commitChecks.length - 1; i >= 0; i--) {
      const c = this.commitChecks[i]!;
      const want = this.oracleRoots.get(c.seq);
      if (want === undefined) continue;
      this.fail(c.root === want, () => `replica ${c.replica} committed a state the oracle does not have at batch ${c.seq}`);
      this.commitChecks.splice(i, 1);
    }
    this.fail(this.commitChecks.length < 10_000, 'commits never checked against the oracle');
  }
}

function simulate(seed: number, batches: number, opts: { persistentAt?: number } = {}): Simulation {
  const sim = new Simulation(seed, opts.persistentAt);
  sim.runFor(batches);
  return sim;
}

describe('deterministic simulation of the pipelined core: mixer + lock table + coordinator (+ verifier)', () => {
  const seeds = Array.from({ length: SEEDS }, (_, i) => FIRST_SEED + i);
  const totals = emptyStats();

  // Long runs (see the header) take their time: about a millisecond per batch on a loaded machine.
  const budget = Math.max(60_000, SEEDS * BATCHES * 2);
  it(`${SEEDS} schedules of ${BATCHES} batches keep every invariant`, { timeout: budget }, () => {
    for (const seed of seeds) {
      const s = simulate(seed, BATCHES).stats;
      for (const k of Object.keys(totals) as (keyof Stats)[]) totals[k] = k === 'maxInFlight' ? Math.max(totals[k], s[k]) : totals[k] + s[k];
    }
    if (process.env.EVSQL_SIM_VERBOSE) console.log(totals);
    // The schedules reached every path they are meant to test.
    expect(totals.halts).toBe(0);
    expect(totals.maxInFlight).toBeGreaterThanOrEqual(4);
    for (const k of Object.keys(totals) as (keyof Stats)[]) if (k !== 'halts' && k !== 'lost' && k !== 'quorumLost') expect(totals[k], k).toBeGreaterThan(0);
  });

  it('a batch wrong even sequentially on too many replicas halts the cluster, releasing nothing of it', () => {
    for (const seed of [FIRST_SEED, FIRST_SEED + 2]) {
      const sim = simulate(seed, BATCHES, { persistentAt: 40 });
      expect(sim.stats.halts).toBe(1);
      expect(sim.stats.released).toBe(39);
    }
  });

  it('a seed replays the same schedule', () => {
    expect(simulate(FIRST_SEED, 100).trace).toEqual(simulate(FIRST_SEED, 100).trace);
  });
});
