/**
 * Deterministic simulation of Execute-Verify over the pure cores: sessions (autocommit and
 * interactive transactions through the LockTable) feed the Batcher; simulated replicas, each a tiny
 * key-value store behind an inbox, execute every batch with replica-local orders inside groups and
 * send tokens through a network that delays, reorders and duplicates them; the Verifier decides.
 * Faults: a replica computing a wrong value or wrong outputs once (a concurrency bug), one running
 * its groups backwards, one that is wrong even sequentially, crashes with late detection, restarts
 * repaired from a healthy replica plus the log.
 *
 * After every step the invariants of DESIGN.md are checked against an oracle that executes every
 * committed batch sequentially. One seed is one schedule; a failure names its seed.
 * Longer runs: EVSQL_SIM_SEEDS=200 EVSQL_SIM_BATCHES=3000 npx vitest run test/simulation.test.ts
 */
import { describe, expect, it } from 'vitest';
import { type Batch, Batcher, type MixerRequest } from '../mixer/batcher.js';
import { type ConflictKey, conflicts, rowKey } from '../mixer/keys.js';
import { LockTable } from '../mixer/locks.js';
import { Prng } from '../mixer/prng.js';
import { type Decision, type Token, Verifier } from '../verifier/quorum.js';

const SEEDS = Number(process.env.EVSQL_SIM_SEEDS ?? 40);
const FIRST_SEED = Number(process.env.EVSQL_SIM_SEED ?? 1);
const BATCHES = Number(process.env.EVSQL_SIM_BATCHES ?? 300);

// ---------------------------------------------------------------- the data

const TABLES = ['a', 'b', 'c'];
const ROWS = 10;
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
  const [set, values] = k.row.split('=');
  const v = Number(JSON.parse(values!)[0]);
  return [`${k.table}${set === 'alt' ? BY_ALT[v] : v}`];
}

function randomKeys(rng: Prng): ConflictKey[] {
  return Array.from({ length: 1 + rng.int(3) }, () => {
    const mode = rng.chance(0.4) ? ('w' as const) : ('r' as const);
    const x = rng.next();
    if (x < 0.01) return { mode, table: '*' };
    const table = rng.pick(TABLES);
    if (x < 0.1) return { mode, table };
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

type Message = { kind: 'batch'; seq: number; mode: Token['mode'] } | { kind: 'decision'; d: Decision };

interface Replica {
  id: number;
  alive: boolean;
  /** Durable: survives a crash. */
  committed: State;
  committedSeq: number;
  work: Work | null;
  inbox: Array<{ at: number; m: Message }>;
  order: Prng;
  detectAt: number | null;
  repairAt: number | null;
}

interface Session {
  id: number;
  tx: { id: number; remaining: number } | null;
  blocked: ConflictKey[] | null;
  outstanding: number;
}

interface Stats {
  commits: number;
  requests: number;
  multiGroup: number;
  reexecutes: number;
  halts: number;
  divergent: number;
  lateDivergent: number;
  crashes: number;
  repairs: number;
  deadlocks: number;
  lockWaits: number;
}

class Simulation {
  private readonly rng: Prng;
  private readonly n: number;
  private readonly verifier: Verifier;
  private readonly batcher: Batcher;
  private readonly locks = new LockTable();
  private readonly replicas: Replica[];
  private readonly sessions: Session[];
  /** Every request, kept after its batch commits for log replay. */
  private readonly requests = new Map<number, MixerRequest>();
  private readonly requestTx = new Map<number, number | null>();
  /** Requests pushed to the batcher and not yet in a batch, in arrival (= id) order. */
  private readonly waiting = new Set<number>();
  /** Committed batches in order: the log a restarted replica replays. */
  private readonly log: Batch[] = [];
  private readonly oracleRoots: string[];
  private oracle: State;
  private current: { batch: Batch; reqs: Map<number, MixerRequest>; mode: Token['mode']; faults: Faults } | null = null;
  private network: Array<{ at: number; t: Token }> = [];
  /** Tokens the verifier received, by seq and mode: a commit must be backed by a quorum of them. */
  private readonly delivered = new Map<string, Token[]>();
  private nextSeq = 1;
  private nextRequest = 1;
  private nextTx = 1;
  private step = 0;
  private now = 0;
  private lastProgress = 0;
  private halted = false;
  readonly stats: Stats = { commits: 0, requests: 0, multiGroup: 0, reexecutes: 0, halts: 0, divergent: 0, lateDivergent: 0, crashes: 0, repairs: 0, deadlocks: 0, lockWaits: 0 };
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
    this.oracleRoots = [rootOf(initial)];
    this.verifier = new Verifier({ replicas: this.n, root: rootOf(initial) });
    this.batcher = new Batcher({ maxBatchSize: 1 + this.rng.int(24), maxDelayMs: 1 + this.rng.int(5), seed });
    this.replicas = Array.from({ length: this.n }, (_, id) => ({
      id,
      alive: true,
      committed: new Map(initial),
      committedSeq: 0,
      work: null,
      inbox: [],
      order: new Prng(seed * 31 + id),
      detectAt: null,
      repairAt: null,
    }));
    this.sessions = Array.from({ length: 4 + this.rng.int(12) }, (_, id) => ({ id, tx: null, blocked: null, outstanding: 0 }));
  }

  /** Runs until `batches` commits (or a legitimate halt); throws with the seed on any violated invariant. */
  runFor(batches: number): void {
    while (this.stats.commits < batches && !this.halted) {
      this.step++;
      this.now += this.rng.int(3);
      this.clients();
      this.mix();
      this.deliverTokens();
      this.replicaSteps();
      this.failures();
      this.checkInvariants();
      this.fail(this.step - this.lastProgress < 3000, 'no batch committed for 3000 steps');
    }
  }

  private fail(ok: boolean, what: string | (() => string)): asserts ok {
    if (!ok) throw this.error(typeof what === 'string' ? what : what());
  }

  private error(what: string): Error {
    return new Error(`seed ${this.seed}, step ${this.step}, seq ${this.nextSeq}: ${what}`);
  }

  // ---------------------------------------------------------------- clients and locks

  private clients(): void {
    for (const s of this.sessions) {
      if (!this.rng.chance(0.3)) continue;
      if (s.blocked) {
        this.issue(s, s.blocked);
      } else if (s.outstanding < (s.tx ? 1 : 2)) {
        if (!s.tx && s.outstanding === 0 && this.rng.chance(0.15)) s.tx = { id: this.nextTx++, remaining: 2 + this.rng.int(3) };
        this.issue(s, randomKeys(this.rng));
      }
    }
  }

  private issue(s: Session, keys: ConflictKey[]): void {
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
    }
    s.blocked = null;
    const req: MixerRequest = { id: this.nextRequest++, session: s.id, keys };
    this.requests.set(req.id, req);
    this.requestTx.set(req.id, s.tx && s.tx.remaining === 0 ? s.tx.id : null);
    s.outstanding++;
    this.waiting.add(req.id);
    this.batcher.push(req, this.now);
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

  // ---------------------------------------------------------------- mixer and log

  private mix(): void {
    // One batch at a time: a replica's writer holds a batch until it is verified.
    if (this.current || this.halted) return;
    const batch = this.batcher.take(this.now, this.nextSeq, this.rng.chance(0.1));
    if (!batch) return;
    const reqs = new Map<number, MixerRequest>();
    for (const g of batch.groups) for (const id of g) reqs.set(id, this.requests.get(id)!);
    this.checkBatch(batch, reqs);
    if (batch.groups.length > 1) this.stats.multiGroup++;
    const faults: Faults = { diverge: new Set(), outputs: new Set(), shuffle: null, persistent: new Set() };
    const x = this.rng.next();
    const someReplica = () => this.rng.int(this.n);
    if (x < 0.08) faults.diverge.add(someReplica());
    else if (x < 0.11) [someReplica(), someReplica()].forEach((r) => faults.diverge.add(r));
    else if (x < 0.14) faults.outputs.add(someReplica());
    else if (x < 0.2) faults.shuffle = someReplica();
    if (batch.seq === this.persistentAt) for (let i = 0; i < this.n - this.verifier.quorum + 1; i++) faults.persistent.add(i);
    this.current = { batch, reqs, mode: 'parallel', faults };
    this.trace.push(`B${batch.seq}:${JSON.stringify(batch.groups)}`);
    for (const r of this.replicas) if (r.alive && this.verifier.status(r.id) === 'healthy') this.send(r, { kind: 'batch', seq: batch.seq, mode: 'parallel' });
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
        this.fail(!ordered(this.requests.get(a)!, b), `request ${b.id} overtook the earlier request ${a}`);
      }
    }
  }

  // ---------------------------------------------------------------- replicas

  private send(r: Replica, m: Message): void {
    r.inbox.push({ at: this.step + this.rng.int(3), m });
  }

  private replicaSteps(): void {
    for (const r of this.replicas) {
      // A replica handles its inbox in order, like a log consumer.
      while (r.alive && r.inbox.length && r.inbox[0]!.at <= this.step) this.handle(r, r.inbox.shift()!.m);
    }
  }

  private handle(r: Replica, m: Message): void {
    const cur = this.current;
    if (m.kind === 'batch') {
      if (!cur || cur.batch.seq !== m.seq || this.verifier.status(r.id) !== 'healthy') return;
      r.work = run(cur.batch, cur.reqs, r.committed, m.mode, m.mode === 'parallel' ? r.order : null, r.id, cur.faults);
      this.emit({ replica: r.id, seq: m.seq, mode: m.mode, rootBefore: rootOf(r.committed), rootAfter: r.work.root, outputs: r.work.outputsHash });
      return;
    }
    const d = m.d;
    if (d.kind === 'reexecute') {
      r.work = null;
      this.handle(r, { kind: 'batch', seq: d.seq, mode: 'sequential' });
    } else if (d.kind === 'commit') {
      const w = r.work;
      r.work = null;
      if (w && w.seq === d.seq && w.root === d.root && w.outputsHash === d.outputs) {
        r.committed = w.state;
        r.committedSeq = d.seq;
      } else if (this.verifier.status(r.id) === 'healthy' && r.committedSeq < d.seq) {
        // The replica sees the committed root is not its own: it rolls back and asks for repair.
        this.onDecisions(this.verifier.markRepairing(r.id));
        this.scheduleRepair(r);
      }
    }
  }

  private emit(t: Token): void {
    const delay = () => (this.rng.chance(0.03) ? 10 + this.rng.int(40) : this.rng.int(4));
    this.network.push({ at: this.step + delay(), t });
    if (this.rng.chance(0.05)) this.network.push({ at: this.step + delay(), t: { ...t } });
  }

  private deliverTokens(): void {
    const due = this.network.filter((x) => x.at <= this.step);
    this.network = this.network.filter((x) => x.at > this.step);
    for (let i = due.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      [due[i], due[j]] = [due[j]!, due[i]!];
    }
    for (const { t } of due) {
      if (this.verifier.status(t.replica) === 'healthy' && t.seq >= this.verifier.nextSeq) {
        const key = `${t.seq}/${t.mode}`;
        this.delivered.set(key, [...(this.delivered.get(key) ?? []), t]);
      }
      const d = this.verifier.onToken(t);
      this.onDecisions(d.kind === 'wait' ? [] : [d, ...this.verifier.drain()]);
      for (const late of this.verifier.lateDivergent()) {
        this.stats.lateDivergent++;
        this.scheduleRepair(this.replicas[late.replica]!);
      }
    }
  }

  private onDecisions(ds: Decision[]): void {
    for (const d of ds) this.onDecision(d);
  }

  private onDecision(d: Decision): void {
    if (d.kind === 'wait') return;
    const cur = this.current;
    if (!cur || d.seq !== cur.batch.seq) throw this.error(`decision ${JSON.stringify(d)} is not for the batch in flight`);
    this.trace.push(JSON.stringify(d));
    if (d.kind === 'halt') {
      // Only a batch that is wrong even sequentially on enough replicas may stop the cluster.
      this.fail(cur.faults.persistent.size > 0, () => `halt without a persistent fault: ${d.reason}`);
      this.stats.halts++;
      this.halted = true;
      return;
    }
    if (d.kind === 'reexecute') {
      this.stats.reexecutes++;
      cur.mode = 'sequential';
      for (const r of this.replicas) if (r.alive) this.send(r, { kind: 'decision', d });
      return;
    }
    this.checkCommit(d, cur.batch, cur.reqs);
    this.stats.commits++;
    this.stats.divergent += d.divergent.length;
    for (const id of d.divergent) this.scheduleRepair(this.replicas[id]!);
    this.current = null;
    this.nextSeq++;
    this.lastProgress = this.step;
    for (const r of this.replicas) if (r.alive) this.send(r, { kind: 'decision', d });
    // The outputs go to the clients; a transaction whose last statement ran commits and unlocks.
    for (const id of cur.reqs.keys()) {
      const s = this.sessions[this.requests.get(id)!.session]!;
      s.outstanding--;
      this.stats.requests++;
      const tx = this.requestTx.get(id);
      if (tx !== null && tx !== undefined && s.tx?.id === tx) {
        this.locks.release(tx);
        s.tx = null;
      }
      this.requestTx.delete(id);
    }
  }

  /** The released outputs are a quorum's, and they are what sequential execution in log order gives. */
  private checkCommit(d: Extract<Decision, { kind: 'commit' }>, batch: Batch, reqs: Map<number, MixerRequest>): void {
    const votes = (this.delivered.get(`${d.seq}/${d.mode}`) ?? []).filter((t) => t.rootAfter === d.root && t.outputs === d.outputs);
    const voters = new Set(votes.map((t) => t.replica));
    this.fail(voters.size >= this.verifier.quorum && d.quorum.every((q) => voters.has(q)), `commit of ${d.seq} without a quorum of matching tokens`);
    const expected = run(batch, reqs, this.oracle, 'sequential', null, -1, null);
    this.fail(expected.root === d.root && expected.outputsHash === d.outputs, `batch ${d.seq} committed a result sequential execution does not give`);
    this.oracle = expected.state;
    this.oracleRoots[d.seq] = expected.root;
    this.log[d.seq] = batch;
    this.delivered.delete(`${d.seq}/parallel`);
    this.delivered.delete(`${d.seq}/sequential`);
  }

  // ---------------------------------------------------------------- failures and repair

  private failures(): void {
    const unavailable = this.replicas.filter((r) => !r.alive || this.verifier.status(r.id) !== 'healthy').length;
    // Mostly within what a quorum tolerates; now and then one more, so the cluster must wait for repair.
    const limit = this.n - this.verifier.quorum + (this.rng.chance(0.1) ? 1 : 0);
    if (this.rng.chance(0.004) && unavailable < limit) {
      const r = this.rng.pick(this.replicas.filter((x) => x.alive));
      r.alive = false;
      r.inbox = [];
      r.work = null;
      r.detectAt = this.step + 1 + this.rng.int(30);
      r.repairAt = null;
      this.stats.crashes++;
    }
    for (const r of this.replicas) {
      if (r.detectAt !== null && r.detectAt <= this.step) {
        r.detectAt = null;
        this.onDecisions(this.verifier.onReplicaDown(r.id));
        this.scheduleRepair(r);
      }
      if (r.repairAt !== null && r.repairAt <= this.step) this.repair(r);
    }
  }

  private scheduleRepair(r: Replica): void {
    if (r.repairAt === null && r.detectAt === null) r.repairAt = this.step + 1 + this.rng.int(20);
  }

  /**
   * Restart (if crashed) and repair: the most advanced durable state that is correct, plus the
   * committed batches after it replayed from the log in order.
   */
  private repair(r: Replica): void {
    if (this.verifier.status(r.id) === 'down') this.onDecisions(this.verifier.markRepairing(r.id));
    const sources = this.replicas.filter((x) => this.oracleRoots[x.committedSeq] === rootOf(x.committed));
    this.fail(sources.length > 0, 'no replica holds a correct committed state');
    const source = sources.reduce((a, b) => (b.committedSeq > a.committedSeq ? b : a));
    let state = new Map(source.committed);
    for (let seq = source.committedSeq + 1; seq < this.nextSeq; seq++) {
      const batch = this.log[seq]!;
      const reqs = new Map(batch.groups.flat().map((id) => [id, this.requests.get(id)!]));
      state = run(batch, reqs, state, 'sequential', null, r.id, null).state;
    }
    this.fail(rootOf(state) === this.oracleRoots[this.nextSeq - 1], 'replaying the log does not reproduce the committed state');
    r.alive = true;
    r.committed = state;
    r.committedSeq = this.nextSeq - 1;
    r.work = null;
    r.inbox = [];
    r.repairAt = null;
    this.stats.repairs++;
    this.verifier.onReplicaUp(r.id);
    // A batch in flight is executed by the repaired replica too, in the mode it is at.
    if (this.current) this.send(r, { kind: 'batch', seq: this.current.batch.seq, mode: this.current.mode });
  }

  // ---------------------------------------------------------------- invariants

  private checkInvariants(): void {
    for (const r of this.replicas) {
      // Every replica that reports healthy holds exactly the committed state of the seq it is at.
      if (!r.alive || this.verifier.status(r.id) !== 'healthy') continue;
      this.fail(rootOf(r.committed) === this.oracleRoots[r.committedSeq], () => `healthy replica ${r.id} differs at seq ${r.committedSeq}`);
    }
    this.fail(this.verifier.nextSeq === this.nextSeq, 'the verifier and the log disagree on the next seq');
  }
}

function simulate(seed: number, batches: number, opts: { persistentAt?: number } = {}): Simulation {
  const sim = new Simulation(seed, opts.persistentAt);
  sim.runFor(batches);
  return sim;
}

describe('deterministic simulation of mixer + lock manager + verifier', () => {
  const seeds = Array.from({ length: SEEDS }, (_, i) => FIRST_SEED + i);
  const totals: Stats = { commits: 0, requests: 0, multiGroup: 0, reexecutes: 0, halts: 0, divergent: 0, lateDivergent: 0, crashes: 0, repairs: 0, deadlocks: 0, lockWaits: 0 };

  // Long runs (see the header) take their time: about a millisecond per batch on a loaded machine.
  const budget = Math.max(60_000, SEEDS * BATCHES * 2);
  it(`${SEEDS} schedules of ${BATCHES} batches keep every invariant`, { timeout: budget }, () => {
    for (const seed of seeds) {
      const s = simulate(seed, BATCHES).stats;
      for (const k of Object.keys(totals) as (keyof Stats)[]) totals[k] += s[k];
    }
    if (process.env.EVSQL_SIM_VERBOSE) console.log(totals);
    // The schedules reached every path they are meant to test.
    expect(totals.halts).toBe(0);
    for (const k of Object.keys(totals) as (keyof Stats)[]) if (k !== 'halts') expect(totals[k], k).toBeGreaterThan(0);
  });

  it('a batch wrong even sequentially on too many replicas halts the cluster, releasing nothing of it', () => {
    for (const seed of [FIRST_SEED, FIRST_SEED + 2]) {
      const sim = simulate(seed, BATCHES, { persistentAt: 40 });
      expect(sim.stats.halts).toBe(1);
      expect(sim.stats.commits).toBe(39);
    }
  });

  it('a seed replays the same schedule', () => {
    expect(simulate(FIRST_SEED, 100).trace).toEqual(simulate(FIRST_SEED, 100).trace);
  });
});
