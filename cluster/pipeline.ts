/**
 * The pipeline's I/O shell: requests → mixer (conflict keys, batches) → log → every replica's
 * executor → coordinator (verifier, commits, releases) → outputs. Also startup recovery, repair of
 * divergent replicas, and the figures behind evsql_replicas / evsql_stats.
 *
 * Every decision is the coordinator's (coordinator.ts, pure): this file only carries its effects
 * out — posting batches, rollbacks and commits to replica threads, answering clients — and feeds
 * what comes back into it. Several batches are in flight; requests arriving while the pipeline is
 * full wait in the batcher and leave together in the next batch, so batches grow with load.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { assert } from '../lib/assert.js';
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { Translation } from '../dialect/translate/translate.js';
import { Batcher } from '../mixer/batcher.js';
import type { ConflictKey } from '../mixer/keys.js';
import { LockTable } from '../mixer/locks.js';
import type { Rules } from '../mixer/rules.js';
import { SchemaKeys } from '../mixer/schema-keys.js';
import { conflictKeys, rowLockKey } from '../mixer/statement-keys.js';
import { tally } from '../verifier/tally.js';
import { majority } from '../verifier/quorum.js';
import { type BatchItem, type BatchReport, type ExecResult, type ItemOutput, type Work, type WireError, needsDurability, shareItems } from '../executor/messages.js';
import type { SessionContext, Step } from '../dialect/plan.js';
import { Replica, type SqliteWorker, initReplicaFile, newRequestId, sharedWriters, writerThreads } from '../executor/replica.js';
import type { ReplicaLink } from '../executor/link.js';
import { furtherOn } from '../executor/commit-position.js';
import type { SchemaSnapshot } from '../dialect/schema-snapshot.js';
import { Coordinator, type Effect, NO_SPACE } from './coordinator.js';
import { InProcessLog, type LogEntry } from './log.js';
import { clockMillis } from '../lib/clock.js';

export type ExecMode = 'ev' | 'sequential';

export interface PipelineOptions {
  dataDir: string;
  replicas: number;
  readers: number;
  /**
   * Worker threads the replicas' writers are dealt over (round-robin); absent: one per replica.
   * Fewer is not the default yet: a replica queued behind the others of its thread is judged by
   * the lag rule as if it were hung (see the README's departures).
   */
  writerThreads?: number;
  synchronous: 'full' | 'normal';
  /** The most bytes of one statement's rows a writer holds for its report (host.ts heldRows); absent: no bound. */
  maxResultBytes?: number;
  mode: ExecMode;
  maxBatchSize: number;
  /** While batches are in flight, how long a request may wait for others to join its batch. */
  maxBatchDelayMs: number;
  /** Batches in flight at most. */
  depth: number;
  /** How long a replica may trail a verified batch before it is marked down and repaired. */
  lagMs?: number;
  rules: Rules;
  log: { warn: (obj: object, msg?: string) => void; info: (obj: object, msg?: string) => void };
  /** Test-only: accept evsql_fault() to crash or tamper with a replica. */
  faults?: boolean;
  /** Replica `index` somewhere else (a replica process over NATS); by default threads over dataDir's files. */
  replicaLink?: (index: number) => ReplicaLink;
  /** Cluster mode: the voting set at start (null: every replica), and where a change of it is kept. Absent: it cannot change. */
  membership?: { voting: number[] | null; save: (voting: number[]) => Promise<void> };
}

interface Pending {
  item: BatchItem;
  /** May answer from the first replica's execution (a statement of an open transaction). */
  speculative: boolean;
  /** Answered speculatively from this replica's execution of this attempt. */
  shown?: { replica: number; attempt: number };
  resolve: (r: ExecResult) => void;
  reject: (e: PgError) => void;
}

interface InFlightEntry {
  entry: LogEntry;
  shared: SharedArrayBuffer;
  attempt: number;
  /** Reports of the current attempt, by replica. */
  reports: Map<number, BatchReport>;
  durable: boolean;
  /** Changes the schema: its answers wait for release, when the translator learns the new schema. */
  barrier: boolean;
  /** Ends a transaction (COMMIT, ROLLBACK, autocommit): what others read changes with it. */
  visible: boolean;
  /** Some request may answer from the first replica's report (Pending.speculative). */
  prompt: boolean;
  sentAt: bigint;
  /**
   * The replica whose report carries the rows of large results in this attempt: the first it was
   * sent to. The others' reports leave them out (ExecResult.omitted) and vote with their digest.
   */
  carrier?: number;
  /** The carrier's batch failed in this attempt: its rows will not come. */
  carrierLost?: boolean;
  /** Released requests (item indexes) whose rows wait for the carrier's report, and the verified outputs digest it must match. */
  awaiting?: { outputs: string; items: number[] };
}

/** What a released request answers when the only replica that held its rows failed before sending them. */
const ROWS_LOST: WireError = {
  code: SqlState.internalError,
  message: "the replica carrying this statement's rows failed before sending them",
  fields: { detail: 'What the statement changed stands as verified; only its result is lost.' },
};

/** A transaction's outputs shown before verification, and whether any differed from the verified one. */
interface Shown {
  pending: number;
  differs: boolean;
  waiters: Array<() => void>;
}

interface ReplicaStats {
  appliedSeq: number;
  /** The root at appliedSeq, and the roots the replica reported for batches it has not committed. */
  root: string;
  uncommitted: Map<number, string>;
  batches: number;
  rollbacks: number;
  repairs: number;
}

/** The whole database: DDL, COPY and anything the mixer cannot analyse. */
export const WHOLE_DATABASE: ConflictKey[] = [{ mode: 'w', table: '*' }];

const DEFAULT_LAG_MS = 5000;
/** How long evsql_add_replica waits for the replica to vote (restart, reset, repair) unless told otherwise. */
const JOIN_WAIT_MS = 60_000;
/** Enough batches to cover a backup's copy of a large database under load (a few kB each). */
const VERIFIED_ROOTS = 16384;

export class Pipeline {
  private readonly replicas: ReplicaLink[] = [];
  /** Replicas whose file this start made empty (it was missing or unreadable): no say in what the data is. */
  private readonly blank = new Set<number>();
  private readonly replicaStats: ReplicaStats[] = [];
  private readonly coordinator: Coordinator;
  private readonly batcher: Batcher;
  readonly locks = new LockTable();
  private readonly log = new InProcessLog();
  private readonly pending = new Map<number, Pending>();
  private readonly inFlight = new Map<number, InFlightEntry>();
  private readonly shown = new Map<number, Shown>();
  /** The newest batch that ran a statement of each open transaction (a lost batch dooms it). */
  private readonly txLastSeq = new Map<number, number>();
  /** Effects waiting to be carried out; one loop carries them, so effects never nest. */
  private readonly effects: Effect[] = [];
  private carrying = false;
  /** Work that must run while no batch is open: fault injection, scrubs. */
  private chores: Array<() => Promise<void>> = [];
  /** Replicas added to the voting set: they vote once repaired (until then the quorum stays as it was); told then, or why not. */
  private readonly joining = new Map<number, Array<(err?: PgError) => void>>();
  /** How many restarts of each replica were begun: only the newest goes on. */
  private readonly restarts: number[] = [];
  /** Replicas whose restarts failed one after another, and how many times: logged once per streak. */
  private readonly failingRestarts = new Map<number, number>();
  private readonly faults = { shuffle: new Set<number>(), conflict: false };
  private closing = false;
  private nextTx = 1;
  private readerTurn = 0;
  private delayTimer: NodeJS.Timeout | null = null;
  private readonly lagTimer: NodeJS.Timeout;
  /** The newest released batch that ended a transaction or changed the schema (a read must find it on its replica). */
  private visibleSeq = 0;
  /**
   * Open transactions that have written (their undo records may be in a replica's committed
   * state), counted by the sessions. One whose end failed is uncounted when its undo as an
   * orphan (below) is released.
   */
  private openWriters = 0;
  /**
   * Transactions whose COMMIT or ROLLBACK failed with its batch: their changes stay on the
   * replicas, undo records and all, but their locks went to later requests when they were
   * queued. The next batch dispatched undoes them first, before anything ordered after them.
   */
  private readonly orphans = new Map<number, BatchItem>();
  /** Reads waiting for a healthy replica: woken after every step, and by the lag timer. */
  private healthyWaiters: Array<() => void> = [];
  /** Set while replicas fail for want of disk space: the batches that fail with them tell clients so (53100). */
  private diskFull: PgError | null = null;
  private commitWaiters: Array<{ replica: number; seq: number; resolve: () => void }> = [];
  private readonly counters = { batches: 0, requests: 0, groups: 0, reads: 0, reexecutions: 0, repairs: 0, divergences: 0, halts: 0, speculative: 0, speculationsWrong: 0 };
  /** Microseconds from sending a batch to its release, the last 1024 batches. */
  private readonly verifyLatency: number[] = [];
  /**
   * The state roots a quorum verified lately, each with the newest batch that left it: every
   * state a replica commits is one of them, so a snapshot copied while batches commit can be
   * checked against them (a backup).
   */
  private readonly verifiedRoots = new Map<string, number>();
  /** This server run, as replicas record their commits (commit-position.ts): later runs are larger. */
  private readonly boot = Date.now();
  /**
   * The schema as of the last released batch (empty until open()): the translator types
   * statements from it, and the mixer's keys come from it.
   */
  schemaSnapshot: SchemaSnapshot = { relations: [], indexes: [] };
  private schema = new SchemaKeys(this.schemaSnapshot);
  onSchemaChange: ((schema: SchemaSnapshot) => void) | undefined;

  constructor(readonly options: PipelineOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    const files: string[] = [];
    for (let i = 0; i < options.replicas; i++) {
      const file = join(options.dataDir, `replica-${i}.sqlite`);
      files.push(file);
      if (!options.replicaLink && !existsSync(file)) this.blank.add(i);
      const unreadable = options.replicaLink ? null : initReplicaFile(file);
      if (unreadable !== null) {
        this.blank.add(i);
        options.log.warn({ replica: i, err: unreadable }, 'replica file unreadable: set aside as .set-aside-*, rebuilt from the others');
      }
    }
    // A replica restarted later gets a thread of its own.
    const threads = options.writerThreads ?? files.length;
    const writers = options.replicaLink ? [] : sharedWriters(files, threads, options.synchronous, options.faults ?? false, options.maxResultBytes);
    for (let i = 0; i < options.replicas; i++) {
      this.replicas.push(this.spawn(i, writers[i]));
      this.replicaStats.push({ appliedSeq: 0, root: '', uncommitted: new Map(), batches: 0, rollbacks: 0, repairs: 0 });
    }
    const lagMs = options.lagMs ?? DEFAULT_LAG_MS;
    this.coordinator = new Coordinator({ replicas: options.replicas, depth: options.depth, lagMs, threads: options.replicaLink ? undefined : writerThreads(options.replicas, threads) });
    const sequential = options.mode === 'sequential';
    this.batcher = new Batcher({ maxBatchSize: sequential ? 1 : options.maxBatchSize, maxDelayMs: options.maxBatchDelayMs, seed: 0x5eed });
    this.lagTimer = setInterval(() => this.carry(this.coordinator.tick(Date.now())), Math.max(50, lagMs / 4)).unref();
  }

  private spawn(i: number, writer?: SqliteWorker): ReplicaLink {
    const file = join(this.options.dataDir, `replica-${i}.sqlite`);
    const replica = this.options.replicaLink?.(i) ?? new Replica(i, file, this.options.mode === 'ev' ? this.options.readers : 1, this.options.synchronous, this.options.faults ?? false, () => this.openWriters > 0, writer, this.options.maxResultBytes);
    replica.onFailure = (err) => {
      if (this.replicas[i] === replica && !this.closing) this.carry(this.coordinator.failed(i, err.message, Date.now()));
    };
    return replica;
  }

  /** Recovers every replica, brings the ones that disagree with the majority in line, loads the schema. */
  async open(): Promise<void> {
    // One that does not answer (a replica process that is away) starts down and rejoins when it can.
    for (let i = 0; i < this.replicas.length; i++) if (this.options.membership?.voting && !this.options.membership.voting.includes(i)) this.leave(i);
    const voting = (i: number) => this.coordinator.verifier.isVoting(i);
    const settled = await Promise.allSettled(this.replicas.map((r, i) => (voting(i) ? r.recover(this.boot) : Promise.reject(new Error('not in the voting set')))));
    const states = settled.map((s) => (s.status === 'fulfilled' ? s.value : null));
    // An empty file made for a lost one agrees with every other empty file: were they a quorum, the
    // intact replicas would be rebuilt empty. Only a data directory with no file yet starts empty.
    const intact = this.replicas.length - this.blank.size;
    if (this.blank.size && intact > 0 && intact < this.coordinator.verifier.quorum) {
      throw new PgError(SqlState.internalError, `replica files ${[...this.blank].join(', ')} were missing or unreadable (set aside as .set-aside-*), and the ${intact} left cannot be known to hold every acknowledged write: restore the data directory from a backup`);
    }
    const voter = (i: number) => intact === 0 || !this.blank.has(i);
    const groups = tally(states.flatMap((s, i) => (s && voter(i) ? [[i, s.root] as const] : [])));
    let { value: root, voters: agreeing } = groups[0] ?? { value: '', voters: [] };
    if (agreeing.length < this.coordinator.verifier.quorum) {
      // Killed while replicas committed at different batches: the one furthest on holds every
      // acknowledged batch, if a quorum of replicas is there to have made them durable.
      const present = states.flatMap((s, i) => (s?.position && voter(i) ? [{ i, root: s.root, position: s.position }] : []));
      const furthest = present.reduce<(typeof present)[number] | undefined>((best, p) => (!best || furtherOn(p.position, best.position) ? p : best), undefined);
      if (present.length < this.coordinator.verifier.quorum || !furthest) {
        const away = settled.find((s) => s.status === 'rejected');
        throw away ? (away.reason as Error) : new PgError(SqlState.internalError, `replicas disagree at startup and no majority holds one state (${groups.length} different roots)`);
      }
      this.options.log.warn({ replica: furthest.i, position: furthest.position }, 'replicas stopped at different batches: the others are brought to the one furthest on');
      root = furthest.root;
      agreeing = [furthest.i];
    }
    for (let i = 0; i < this.replicas.length; i++) {
      const state = states[i];
      if (!state) {
        this.carry(this.coordinator.failed(i, 'not there at startup', Date.now()));
        continue;
      }
      this.replicaStats[i]!.root = state.root;
      if (state.root === root) continue;
      const rows = await this.repair(i, agreeing[0]!).catch((err: Error) => {
        this.options.log.warn({ replica: i, err: err.message }, 'repair failed');
        return null;
      });
      if (rows === null) await this.rebuild(i, agreeing[0]!, root);
    }
    this.setSchema(await this.replicas[agreeing[0]!]!.schema());
  }

  newTransaction(): number {
    return this.nextTx++;
  }

  /** The conflict keys of a statement; in sequential mode every statement takes the whole database. */
  keysFor(t: Translation, params: SqliteValue[]): ConflictKey[] {
    if (this.options.mode === 'sequential') return WHOLE_DATABASE;
    return conflictKeys(t, params, this.schema, this.options.rules);
  }

  /** The row lock SELECT … FOR UPDATE SKIP LOCKED takes on a row it found (statement-keys.ts rowLockKey). */
  rowLockKey(table: string, column: string, value: SqliteValue): ConflictKey | undefined {
    return rowLockKey(this.schema, table, column, value);
  }

  /** Reads run on a reader of a healthy replica, against its last committed snapshot; `locked`: the session holds read locks. */
  read(steps: Step[], params: SqliteValue[], ctx: SessionContext, id: number, onRunning?: (cancel: () => void) => void, locked = false): Promise<ExecResult> {
    this.counters.reads++;
    return this.onReader((replica) => replica.read(steps, params, ctx, id, (w) => onRunning?.(() => w.cancel(id)), locked));
  }

  /**
   * A read answered on this thread, without a promise, when a healthy replica here has committed
   * everything a read must see and the statement is one of its point reads; else undefined (read()).
   */
  tryRead(steps: Step[], params: SqliteValue[], ctx: SessionContext): ExecResult | undefined {
    const replica = this.healthyReplica();
    // None healthy: read() waits for one.
    if (!replica?.tryRead || this.coordinator.committedSeq(replica.index) < this.visibleSeq) return undefined;
    const result = replica.tryRead(steps, params, ctx);
    if (result) this.counters.reads++;
    return result;
  }

  /**
   * Runs `work` on a healthy replica once it has committed every batch whose committed changes
   * anyone has been told of (read your writes, and no rows a rolled-back batch wrote). A replica
   * that dies under it is no answer: another healthy one is asked.
   */
  async onReader<T>(work: (replica: ReplicaLink) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const replica = this.healthyReplica() ?? (await this.someHealthy());
      const seq = this.visibleSeq;
      await this.committedUpTo(replica.index, seq);
      // Woken because it went down without those commits (its link may still answer, stale): ask another.
      if (this.coordinator.committedSeq(replica.index) < seq) continue;
      try {
        return await work(replica);
      } catch (err) {
        if (replica.intact || attempt >= this.replicas.length) throw err;
      }
    }
  }

  private committedUpTo(replica: number, seq: number): Promise<void> {
    if (this.coordinator.committedSeq(replica) >= seq) return Promise.resolve();
    const caughtUp = new Promise<void>((resolve) => this.commitWaiters.push({ replica, seq, resolve }));
    this.carry(this.coordinator.hurry());
    return caughtUp;
  }

  /** Wakes reads waiting for a replica's commits; one that went down wakes them too, to fail there. */
  private wakeReaders(): void {
    for (const w of this.healthyWaiters.splice(0)) w();
    if (!this.commitWaiters.length) return;
    const healthy = new Set(this.coordinator.healthy());
    const ready = this.commitWaiters.filter((w) => this.coordinator.committedSeq(w.replica) >= w.seq || !healthy.has(w.replica));
    if (!ready.length) return;
    this.commitWaiters = this.commitWaiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  describe(steps: Step[], ctx: SessionContext, temps: string[]): Promise<ExecResult> {
    return this.onReader((replica) => replica.describe(steps, ctx, temps));
  }

  /**
   * Puts a request into the next batch; resolves with its verified output or, when `speculative`,
   * with the first replica's (the session checks it at COMMIT through verifiedOutputs()).
   */
  submit(session: number, tx: number | null, keys: ConflictKey[], ctx: SessionContext, work: Work, id = newRequestId(), speculative = false): Promise<ExecResult> {
    const item: BatchItem = { id, tx, ctx, work };
    this.counters.requests++;
    return new Promise<ExecResult>((resolve, reject) => {
      this.pending.set(id, { item, speculative: speculative && tx !== null, resolve, reject });
      this.batcher.push({ id, session, keys }, Date.now());
      this.pump();
    });
  }

  /**
   * Waits until every output transaction `tx` was shown before verification is verified; true
   * when each equals the verified output (the transaction may commit), false otherwise.
   */
  async verifiedOutputs(tx: number): Promise<boolean> {
    const s = this.shown.get(tx);
    if (!s) return true;
    if (s.pending) await new Promise<void>((resolve) => s.waiters.push(resolve));
    this.shown.delete(tx);
    return !s.differs;
  }

  /** A transaction wrote for the first time. */
  transactionWrote(): void {
    this.openWriters++;
  }

  /** A transaction that wrote ended, its end released (so committed where readers read). */
  transactionEnded(): void {
    this.openWriters--;
    assert(this.openWriters >= 0, 'more writing transactions ended than began');
  }

  /** Cancels request `id` on every replica (it may be running in a batch). */
  cancel(id: number): void {
    for (const r of this.replicas) r.cancel(id);
  }

  private healthyReplica(): ReplicaLink | undefined {
    const healthy = this.coordinator.healthy().map((i) => this.replicas[i]!).filter((r) => r.intact);
    const turn = this.readerTurn++;
    // Taking turns among those that committed what a read must see: one whose commit goes out
    // late (a spare one, in cluster mode) would hold the read back.
    for (let i = 0; i < healthy.length; i++) {
      const replica = healthy[(turn + i) % healthy.length]!;
      if (this.coordinator.committedSeq(replica.index) >= this.visibleSeq) return replica;
    }
    return healthy.length ? healthy[turn % healthy.length] : undefined;
  }

  /**
   * None is healthy (between losing the last one and promoting one that rejoined, or while
   * repairs run): waits up to lagMs for one.
   */
  private async someHealthy(): Promise<ReplicaLink> {
    const deadline = Date.now() + (this.options.lagMs ?? DEFAULT_LAG_MS);
    for (;;) {
      await new Promise<void>((resolve) => this.healthyWaiters.push(resolve));
      const replica = this.healthyReplica();
      if (replica) return replica;
      if (Date.now() >= deadline || this.closing) throw new PgError(SqlState.connectionException, 'no healthy replica');
    }
  }

  /**
   * Dispatches batches while the coordinator has room. With nothing in flight a batch leaves at
   * once; with batches in flight, waiting lets more requests join (up to maxBatchDelayMs).
   */
  private pump(): void {
    while (this.batcher.waiting && !this.closing && this.coordinator.canDispatch()) {
      const now = clockMillis();
      if (this.coordinator.inFlight > 0 && !this.batcher.due(now)) {
        this.delayTimer ??= setTimeout(() => {
          this.delayTimer = null;
          this.pump();
        }, this.batcher.nextDueIn(now)!);
        return;
      }
      this.dispatch(now);
    }
  }

  private dispatch(now: number): void {
    const batch = this.batcher.take(now, this.coordinator.nextSeq, true)!;
    const ids = batch.groups.flat();
    let barrier = false;
    // Pushed: an array map() makes has holes as V8 sees it, which crosses to every replica as a
    // sparse array, serialized and read key by key.
    const items: BatchItem[] = [];
    for (const o of this.orphans.values()) items.push({ ...o, ctx: { ...o.ctx, now: batch.timestamp } });
    for (const [index, id] of ids.entries()) {
      const item = this.pending.get(id)!.item;
      barrier ||= item.work.kind === 'exec' && item.work.steps.some((s) => s.edit !== undefined || /^\s*(CREATE|DROP|ALTER)\b/i.test(s.sql));
      // The batch's stamp: every replica computes the same now() and random() for the request.
      items.push({ ...item, ctx: { ...item.ctx, now: batch.timestamp, seed: (batch.seed + index * 0x9e3779b1) >>> 0 } });
    }
    // The orphans' undos went first: their own group, positions 0 … size − 1.
    let offset = 0;
    let groups = [Array.from({ length: this.orphans.size }, () => offset++), ...batch.groups.map((g) => g.map(() => offset++))].filter((g) => g.length);
    if (this.faults.conflict && groups.length > 1) {
      this.faults.conflict = false;
      groups = [groups.flat()];
    }
    this.counters.batches++;
    this.counters.groups += groups.length;
    const durable = needsDurability(items);
    const visible = durable || items.some((i) => i.work.kind === 'undo' && i.work.after === 0);
    const { seq, effects } = this.coordinator.dispatch({ durable, barrier, visible }, now);
    const entry = this.log.append({ timestamp: batch.timestamp, items, groups });
    assert(entry.seq === seq, () => `the log gave batch ${seq} the seq ${entry.seq}`);
    this.inFlight.set(seq, { entry, shared: shareItems(items), attempt: 1, reports: new Map(), durable, barrier, visible, prompt: ids.some((id) => this.pending.get(id)!.speculative), sentAt: process.hrtime.bigint() });
    this.carry(effects);
  }

  /** Carries effects out in order; effects they lead to queue behind them. */
  private carry(effects: Effect[]): void {
    this.effects.push(...effects);
    if (this.carrying) return;
    this.carrying = true;
    try {
      for (let e = this.effects.shift(); e; e = this.effects.shift()) this.effect(e);
    } finally {
      this.carrying = false;
    }
    this.wakeReaders();
    this.pump();
  }

  private effect(e: Effect): void {
    switch (e.kind) {
      case 'execute': {
        const f = this.inFlight.get(e.seq)!;
        if (e.attempt !== f.attempt) {
          f.attempt = e.attempt;
          f.reports.clear();
          f.carrier = undefined;
          f.carrierLost = false;
          if (e.mode === 'sequential') this.counters.reexecutions++;
        }
        f.carrier ??= e.replica;
        const carries = () => f.attempt === e.attempt && f.carrier === e.replica;
        const replica = this.replicas[e.replica]!;
        const reported = replica.batch(e.seq, f.shared, this.order(f.entry, e.replica, e.mode === 'sequential'), f.prompt, e.replica !== f.carrier).then(
          (report) => {
            if (f.attempt === e.attempt) {
              f.reports.set(e.replica, report);
              this.replicaStats[e.replica]!.uncommitted.set(e.seq, report.rootAfter);
            }
            if (carries()) this.deliverRows(f, report);
            this.carry(this.coordinator.report(e.replica, e.seq, e.attempt, report, Date.now()));
          },
          (err: Error) => {
            if (carries()) {
              f.carrierLost = true;
              this.deliverRows(f, null);
            }
            this.replicaFailed(replica, e.replica, err);
          },
        );
        this.guard(reported, `batch ${e.seq} on replica ${e.replica}`);
        return;
      }
      case 'rollback': {
        const replica = this.replicas[e.replica]!;
        const stats = this.replicaStats[e.replica]!;
        stats.rollbacks++;
        for (const seq of stats.uncommitted.keys()) if (seq >= e.from) stats.uncommitted.delete(seq);
        this.guard(replica.rollback(e.from).catch((err: Error) => this.replicaFailed(replica, e.replica, err)), `rollback on replica ${e.replica}`);
        return;
      }
      case 'commit': {
        const replica = this.replicas[e.replica]!;
        const committed = replica.commit(e.upTo, e.spare).then(
          () => {
            const s = this.replicaStats[e.replica]!;
            s.batches += e.upTo - s.appliedSeq;
            s.appliedSeq = e.upTo;
            s.root = s.uncommitted.get(e.upTo) ?? s.root;
            for (const seq of s.uncommitted.keys()) if (seq <= e.upTo) s.uncommitted.delete(seq);
            this.carry(this.coordinator.committed(e.replica, e.upTo, Date.now()));
          },
          (err: Error) => this.replicaFailed(replica, e.replica, err, e.upTo),
        );
        this.guard(committed, `commit up to batch ${e.upTo} on replica ${e.replica}`);
        return;
      }
      case 'speculate':
        return this.speculate(e.seq, e.replica, e.attempt);
      case 'release':
        return this.release(e.seq, e.replica, e.attempt, e.quorum);
      case 'fail': {
        const f = this.inFlight.get(e.seq);
        this.inFlight.delete(e.seq);
        this.counters.halts++;
        this.options.log.warn({ seq: e.seq, reason: e.reason }, 'batch failed');
        const full = this.diskFull ?? (e.reason === NO_SPACE ? new PgError(SqlState.diskFull, `could not commit batch ${e.seq}: ${NO_SPACE}`) : null);
        const error = full ? { code: full.code, message: full.message, fields: full.fields } : { code: SqlState.internalError, message: `batch ${e.seq} failed: ${e.reason}`, fields: {} };
        for (const item of f?.entry.items ?? []) {
          if (item.tx !== null && releasesLocks(item)) this.orphans.set(item.tx, { id: newRequestId(), tx: item.tx, ctx: item.ctx, work: { kind: 'undo', after: 0 } });
          this.settle(item.id, { ok: false, error }, null);
        }
        return;
      }
      case 'lost':
        return this.lost(e.after);
      case 'down':
        return this.down(e.replica, e.reason);
      case 'quiet':
        this.guard(this.quiet(e.repairs), 'quiet moment');
        return;
    }
  }

  /**
   * Work the pipeline starts and does not wait for: a failure there (a bug, an assertion) is
   * logged instead of being an unhandled rejection, which would end the server and every session.
   */
  private guard(work: Promise<unknown>, what: string): void {
    work.catch((err: Error) => this.options.log.warn({ err: err.message, stack: err.stack }, `${what} failed`));
  }

  /** `commit`: the failed request was the commit up to that batch (53100 there: SQLite refused it). */
  private replicaFailed(replica: ReplicaLink, index: number, err: Error, commit?: number): void {
    // A request to a replica already replaced fails with its old threads: nothing to report.
    if (this.replicas[index] !== replica || this.closing) return;
    this.options.log.warn({ replica: index, err: err.message }, 'replica failed');
    const full = this.noteDiskFull(err);
    this.carry(this.coordinator.failed(index, err.message, Date.now(), full ? { refused: commit ?? null } : undefined));
  }

  /** Whether `err` is a full disk; the batches that fail until the next release then say so (53100). */
  private noteDiskFull(err: unknown): boolean {
    if (!(err instanceof PgError) || err.code !== SqlState.diskFull) return false;
    this.diskFull = err;
    return true;
  }

  /** Answers the requests of open transactions from the first replica that executed the batch. */
  private speculate(seq: number, replica: number, attempt: number): void {
    const f = this.inFlight.get(seq)!;
    if (f.barrier) return;
    const report = f.reports.get(replica)!;
    f.entry.items.forEach((item, index) => {
      const p = this.pending.get(item.id);
      // Rows left out of this report come with the release.
      if (!p?.speculative || p.shown || isOmitted(report.items[index]!)) return;
      p.shown = { replica, attempt };
      let s = this.shown.get(item.tx!);
      if (!s) this.shown.set(item.tx!, (s = { pending: 0, differs: false, waiters: [] }));
      s.pending++;
      this.counters.speculative++;
      answer(p, report.items[index]!);
    });
  }

  private release(seq: number, replica: number, attempt: number, quorum: number[]): void {
    const f = this.inFlight.get(seq)!;
    this.inFlight.delete(seq);
    this.diskFull = null;
    const report = f.reports.get(replica)!;
    this.verifyLatency.push(Number(process.hrtime.bigint() - f.sentAt) / 1000);
    if (this.verifyLatency.length > 1024) this.verifyLatency.shift();
    this.verifiedRoots.delete(report.rootAfter);
    this.verifiedRoots.set(report.rootAfter, seq);
    if (this.verifiedRoots.size > VERIFIED_ROOTS) this.verifiedRoots.delete(this.verifiedRoots.keys().next().value!);
    if (f.visible || report.schema) this.visibleSeq = seq;
    if (report.schema) this.setSchema(report.schema);
    for (const item of f.entry.items) {
      if (item.tx === null) continue;
      if (releasesLocks(item)) {
        this.txLastSeq.delete(item.tx);
        if (this.orphans.delete(item.tx)) this.transactionEnded();
      } else this.txLastSeq.set(item.tx, seq);
    }
    // The same attempt on a replica of the quorum: every output equals the verified one.
    f.entry.items.forEach((item, index) => {
      const output = verifiedOutput(f, report, index);
      if (output) this.settle(item.id, output, (shown) => shown.attempt === attempt && quorum.includes(shown.replica));
      else (f.awaiting ??= { outputs: report.outputs, items: [] }).items.push(index);
    });
    // The carrier already reported outputs other than the verified ones, or failed.
    if (f.awaiting && (f.carrierLost || f.reports.has(f.carrier!))) this.deliverRows(f, null);
  }

  /**
   * Answers the released requests waiting for the carrier's rows: from its report when its outputs
   * are the verified ones (so are the rows, by their digest), else (null: it failed) ROWS_LOST.
   */
  private deliverRows(f: InFlightEntry, report: BatchReport | null): void {
    const awaiting = f.awaiting;
    if (!awaiting) return;
    f.awaiting = undefined;
    const verified = report?.outputs === awaiting.outputs;
    for (const index of awaiting.items) this.settle(f.entry.items[index]!.id, verified ? report.items[index]! : { ok: false, error: ROWS_LOST }, null);
  }

  /**
   * Gives request `id` its final output, or — when it was answered speculatively — records whether
   * what it was shown matched (`matches`; null: the batch failed, so nothing shown is verified).
   */
  private settle(id: number, output: ItemOutput, matches: ((shown: { replica: number; attempt: number }) => boolean) | null): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (!p.shown) return answer(p, output);
    const s = this.shown.get(p.item.tx!)!;
    if (!matches?.(p.shown)) {
      s.differs = true;
      this.counters.speculationsWrong++;
    }
    if (--s.pending === 0) for (const w of s.waiters.splice(0)) w();
  }

  /**
   * A replica that rejoined became the source: open transactions fail at COMMIT (40001), those
   * with statements in batches no replica holds any more and those its recovery took back alike
   * (every one with a statement in a released batch or one in flight).
   */
  private lost(after: number): void {
    this.options.log.warn({ after }, 'open transactions lost with the replicas that held them');
    const items = [...this.inFlight.values()].flatMap((f) => f.entry.items.filter((i) => i.tx !== null));
    // Ending already: a COMMIT that the source holds committed, or that fails and is undone as an orphan.
    const ending = new Set([...this.orphans.keys(), ...items.filter(releasesLocks).map((i) => i.tx)]);
    for (const tx of new Set([...this.txLastSeq.keys(), ...items.map((i) => i.tx!)])) {
      if (ending.has(tx)) continue;
      let s = this.shown.get(tx);
      if (!s) this.shown.set(tx, (s = { pending: 0, differs: false, waiters: [] }));
      s.differs = true;
    }
  }

  /** Stops a replica's threads if they still run and brings it back, to be repaired at the next quiet moment. */
  private down(index: number, reason: string): void {
    if (!this.failingRestarts.has(index)) this.options.log.warn({ replica: index, reason }, 'replica down');
    // A restart begun later (a join called off and asked again) supersedes this one: it decides.
    const restart = (this.restarts[index] = (this.restarts[index] ?? 0) + 1);
    const current = () => this.restarts[index] === restart;
    const old = this.replicas[index]!;
    setTimeout(() => {
      if (this.closing) return;
      // Its threads gone or not (a close that fails leaves nothing to wait for), the replica restarts.
      const closed = old.close().catch((err: Error) => this.options.log.warn({ replica: index, err: err.message }, 'replica did not close cleanly'));
      this.guard(closed.then(async () => {
        if (this.closing || this.leftTheSet(index) || !current()) return;
        // Opening the file fails at once, on this thread, where its local reader finds no room for
        // SQLite's shared-memory index (a full disk), as recovering it fails later on the writer's:
        // both are a restart to try again, not an exception that ends the server.
        const restarted = async () => {
          const fresh = this.spawn(index);
          this.replicas[index] = fresh;
          return fresh.recover(this.boot);
        };
        const recovered = await restarted().then(
          (state) => state,
          (err: Error) => {
            // Try again (a thread that cannot start now may start later: its file is still locked by a
            // long batch of the thread it shared); it stays down meanwhile. Said once, not every try.
            const tries = (this.failingRestarts.get(index) ?? 0) + 1;
            this.failingRestarts.set(index, tries);
            if (tries === 1) this.options.log.warn({ replica: index, err: err.message }, 'replica could not restart; retrying');
            if (current()) setTimeout(() => this.down(index, 'restart failed'), 1000).unref();
            return null;
          },
        );
        // Outside the catch: a failure from here on is a bug to surface, not a restart to retry
        // (retrying would restart a replica that already rejoined, again and again).
        if (!recovered || this.closing || this.leftTheSet(index) || !current()) return;
        const tries = this.failingRestarts.get(index);
        this.failingRestarts.delete(index);
        if (tries) this.options.log.warn({ replica: index, tries: tries + 1 }, 'replica restarted after failed tries');
        // The newest batch of this run its file committed (none yet: the state it started with).
        const at = recovered.position && (recovered.position.boot === this.boot ? recovered.position.seq : 0);
        this.carry(this.coordinator.rejoined(index, at));
        this.options.log.info({ replica: index }, 'replica restarted; repairing');
      }), `restart of replica ${index}`);
    }, 200).unref();
  }

  /** Nothing is in flight: repairs and chores run, then batches flow again. */
  private async quiet(repairs: Array<{ replica: number; source: number }>): Promise<void> {
    const repaired: Array<{ replica: number; source: number }> = [];
    const unrepaired: number[] = [];
    const full: number[] = [];
    for (const r of repairs) {
      this.counters.divergences++;
      try {
        if ((await this.repair(r.replica, r.source)) !== null) repaired.push(r);
        else unrepaired.push(r.replica);
      } catch (err) {
        this.options.log.warn({ replica: r.replica, err: (err as Error).message }, 'repair failed');
        unrepaired.push(r.replica);
        if (this.noteDiskFull(err)) full.push(r.replica);
      }
    }
    const chores = this.chores.splice(0);
    try {
      for (const r of repaired) if (this.joining.has(r.replica)) await this.voteFrom(r.replica);
      for (const chore of chores) await chore();
    } finally {
      // Batches flow again whatever failed here: a pipeline left quiet would hold every write for good.
      this.carry(this.coordinator.resume({ chores: chores.length, repaired, unrepaired, full }, Date.now()));
    }
  }

  /**
   * Execution order on one replica: groups in order, and within a group the same order on every
   * replica. Requests of a group commute as far as the data goes, but not as far as SQLite's
   * bookkeeping does: the rowid an insert gets (max + 1) and the number of an undo record depend
   * on what ran before it in the group, and those decide the order of a scan without ORDER BY
   * (`INSERT … SELECT … LIMIT 5`, `DELETE … RETURNING`, ties of an ORDER BY) and what a SAVEPOINT
   * remembers. Run in a replica-local order, those differed between replicas that the state hash
   * (which sees values, not rowids) called equal, and re-executing sequentially could not bring
   * them together: the cluster halted. A replica's writer is one thread, so one order costs nothing.
   */
  private order(entry: LogEntry, replica: number, sequential: boolean): number[] {
    if (sequential) return entry.groups.flat();
    if (this.faults.shuffle.has(replica) && entry.groups.length > 1) {
      this.faults.shuffle.delete(replica);
      return [...entry.groups].reverse().flat();
    }
    // Requests that released their locks when queued (autocommit, COMMIT, ROLLBACK) run first in
    // their group. The mixer puts whoever waited for those locks in a later group; should a wrong
    // rule put them together, "the waiter, then the undo it waited for" would commit a history no
    // serial order gives. Run first, every order left is a serial one.
    return entry.groups.flatMap((g) => {
      const releasing = g.filter((i) => releasesLocks(entry.items[i]!));
      return releasing.length ? [...releasing, ...g.filter((i) => !releasesLocks(entry.items[i]!))] : g;
    });
  }

  /**
   * Brings replica `target` to the state of healthy replica `source`: compares table digests, and
   * for each table that differs, deletes the rows the source lacks and inserts the ones it has.
   * Runs only while nothing is in flight. Returns the rows changed, or null when the copy did not
   * converge (the caller marks the replica down).
   */
  private async repair(target: number, source: number): Promise<number | null> {
    this.counters.repairs++;
    this.replicaStats[target]!.repairs++;
    const from = this.replicas[source]!;
    let to = this.replicas[target]!;
    const [held, want] = await Promise.all([to.state(), from.state()]);
    // Another schema (a lost disk, a DDL batch committed while the replica was down) cannot be
    // repaired row by row: the replica becomes a copy of the source's state — through its link
    // where the link takes one (a replica process), else as a copy of the source's file.
    let have = held;
    if (JSON.stringify(await to.schema()) !== JSON.stringify(await from.schema())) {
      if (to.restoreFrom) have = await to.restoreFrom(from);
      else {
        await this.rebuild(target, source, want.root);
        to = this.replicas[target]!;
        have = await to.state();
      }
    }
    const tables = new Set([...Object.keys(have.tables), ...Object.keys(want.tables)]);
    let rows = 0;
    for (const table of tables) {
      if (have.tables[table] === want.tables[table]) continue;
      const [mine, theirs] = await Promise.all([to.bucketRows(table, []), from.bucketRows(table, [])]);
      // Rows match by rowid and content: the source's undo records, copied below, name rows by rowid.
      const key = (r: { rowid: bigint; h: string }) => `${r.rowid}:${r.h}`;
      const wanted = new Set(theirs.rows.map(key));
      const held = new Set(mine.rows.map(key));
      const remove = mine.rows.filter((r) => !wanted.has(key(r))).map((r) => r.rowid);
      const insert = theirs.rows.filter((r) => !held.has(key(r)));
      await to.repair(table, remove, insert.map((r) => [r.rowid, ...r.values]));
      rows += remove.length + insert.length;
    }
    await to.undoLog(await from.undoLog());
    const after = await to.state();
    if (after.root !== want.root) {
      this.options.log.warn({ replica: target, have: after.root, want: want.root }, 'repair did not converge (schema differs?)');
      return null;
    }
    this.replicaStats[target]!.root = after.root;
    this.replicaStats[target]!.appliedSeq = this.replicaStats[source]!.appliedSeq;
    this.options.log.info({ replica: target, rows }, 'replica repaired');
    return rows;
  }

  /**
   * Replaces replica `target`'s file by a copy of `source`'s (a replica whose schema differs, e.g.
   * one that missed a DDL commit at a stop or while it was down, cannot be repaired row by row),
   * at startup or between batches. The old file is kept beside it for inspection.
   */
  private async rebuild(target: number, source: number, root: string): Promise<void> {
    const file = join(this.options.dataDir, `replica-${target}.sqlite`);
    const copy = `${file}.rebuild`;
    rmSync(copy, { force: true });
    await this.replicas[source]!.copyTo(copy);
    const old = this.replicas[target]!;
    // Stopped on purpose: not a failure for the coordinator.
    old.onFailure = undefined;
    await old.close();
    renameSync(file, `${file}.set-aside-${Date.now()}`);
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    renameSync(copy, file);
    this.replicas[target] = this.spawn(target);
    // The source's open transactions are open still: the copy keeps them, as the source does.
    const state = await this.replicas[target]!.recover(this.boot, true);
    if (state.root !== root) throw new PgError(SqlState.internalError, `replica ${target} could not be rebuilt from replica ${source}`);
    this.replicaStats[target]!.root = state.root;
    this.options.log.warn({ replica: target, source }, 'replica rebuilt from a copy of another (its schema differed); the old file is kept as .set-aside-*');
  }

  /** Runs `work` while no batch is open anywhere. */
  private betweenBatches<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.chores.push(() => work().then(resolve, reject));
      this.carry(this.coordinator.quiesce());
    });
  }

  /**
   * Fault injection (--fault-injection only). crash: the replica's threads die. corrupt: a stored
   * row changes behind the state hash's back (only evsql_scrub() can find it). diverge: the
   * replica's next batch writes one value more. shuffle: it runs its next batch's groups in reverse
   * order. conflict: the mixer's next batch puts all requests in one group, as a wrong rule would.
   */
  injectFault(kind: string, replica: number): Promise<string> {
    if (!this.options.faults) throw new PgError(SqlState.featureNotSupported, 'fault injection is off (start evsql with --fault-injection)');
    const r = this.replicas[replica];
    if (!r) throw new PgError(SqlState.invalidParameterValue, `no replica ${replica}`);
    return this.betweenBatches(async () => {
      switch (kind) {
        case 'crash':
          await r.crash();
          break;
        case 'corrupt':
        case 'diverge':
          await r.fault(kind);
          break;
        case 'shuffle':
          this.faults.shuffle.add(replica);
          break;
        case 'conflict':
          this.faults.conflict = true;
          break;
        default:
          throw new PgError(SqlState.invalidParameterValue, `unknown fault "${kind}"`);
      }
      return `${kind} replica ${replica}`;
    });
  }

  /**
   * evsql_add_replica / evsql_remove_replica (cluster mode): replica `i` leaves the voting set
   * between batches (stopped, no longer restarted), or joins it: restarted, reset and repaired, it
   * votes from the quiet moment of its repair on (counted in the quorum before it could vote,
   * nothing would commit meanwhile). The quorum is a majority of the set. Resolves with the set
   * once the change is in effect and kept. A join not in effect within `waitMs` is called off, as
   * is one that a removal overtakes.
   */
  changeVoting(i: number, join: boolean, waitMs = JOIN_WAIT_MS): Promise<number[]> {
    const membership = this.options.membership;
    if (!membership) throw new PgError(SqlState.featureNotSupported, 'the voting set changes only in cluster mode (evsql start --nats)');
    if (!Number.isInteger(i) || !this.replicas[i]) throw new PgError(SqlState.invalidParameterValue, `no replica ${i} (replicas are 0 to ${this.replicas.length - 1}: evsql start --replicas)`);
    const verifier = this.coordinator.verifier;
    if (join) {
      if (verifier.isVoting(i)) return Promise.resolve(this.votingSet());
      return new Promise((resolve, reject) => {
        // At a quiet moment: a repair under way ends first, and the replica then votes or stays out.
        const timer = setTimeout(() => void this.betweenBatches(async () => this.callOffJoin(i, new PgError(SqlState.queryCanceled, `replica ${i} did not join the voting set within ${waitMs / 1000} s: the join is called off`))), waitMs).unref();
        const told = (err?: PgError) => {
          clearTimeout(timer);
          if (err) reject(err);
          else resolve(this.votingSet());
        };
        const waiters = this.joining.get(i);
        if (waiters) waiters.push(told);
        else {
          this.joining.set(i, [told]);
          this.down(i, 'joining the voting set');
        }
      });
    }
    return this.betweenBatches(async () => {
      if (!verifier.isVoting(i)) {
        this.callOffJoin(i, new PgError(SqlState.queryCanceled, `replica ${i} was removed from the voting set before it joined`));
        return this.votingSet();
      }
      const left = this.votingSet().filter((r) => r !== i);
      const healthy = this.coordinator.healthy().filter((r) => r !== i);
      // Else nothing commits until a replica is repaired, or nothing could ever vote.
      if (healthy.length < majority(left.length)) throw new PgError(SqlState.objectNotInPrerequisiteState, `removing replica ${i} leaves ${healthy.length} healthy of ${left.length} voting replicas, fewer than a quorum`);
      // Kept first: a front that lost the lease to another must not change what that one decides.
      await membership.save(left);
      this.leave(i);
      return this.votingSet();
    });
  }

  /** A join still under way stops: the replica stays out, stopped, and those waiting for it are told `why`. */
  private callOffJoin(i: number, why: PgError): void {
    const waiters = this.joining.get(i);
    if (!waiters || this.coordinator.verifier.isVoting(i)) return;
    this.joining.delete(i);
    this.carry(this.coordinator.failed(i, 'its join was called off', Date.now()));
    for (const told of waiters) told(why);
  }

  /** Out of the voting set and not joining it: it stays stopped. */
  private leftTheSet(i: number): boolean {
    return !this.coordinator.verifier.isVoting(i) && !this.joining.has(i);
  }

  private votingSet(): number[] {
    return this.replicas.flatMap((_, r) => (this.coordinator.verifier.isVoting(r) ? [r] : []));
  }

  /** Replica `i` stops and leaves the voting set. */
  private leave(i: number): void {
    this.carry(this.coordinator.failed(i, 'removed from the voting set', Date.now()));
    this.coordinator.verifier.setVoting(i, false);
  }

  /** A joining replica, repaired: it votes from now on, and the set is kept so. */
  private async voteFrom(i: number): Promise<void> {
    this.coordinator.verifier.setVoting(i, true);
    // It votes either way; a front taking over would read the set before it, and leave it out.
    const kept = await this.options.membership!.save(this.votingSet()).then(
      () => undefined,
      (err: Error) => {
        this.options.log.warn({ err: err.message }, 'the voting set could not be kept');
        return err instanceof PgError ? err : new PgError(SqlState.connectionException, `the voting set could not be kept: ${err.message}`);
      },
    );
    this.options.log.info({ replica: i, voting: this.votingSet() }, 'replica joined the voting set');
    for (const told of this.joining.get(i)!) told(kept);
    this.joining.delete(i);
  }

  /**
   * evsql_scrub(): every healthy replica recomputes its state hash from its rows; the buckets its
   * incremental hash had wrong are counted, and replicas whose recomputed state is not the
   * majority's are repaired. Returns (replica, divergent_pages, repaired_rows).
   */
  scrub(): Promise<SqliteValue[][]> {
    return this.betweenBatches(async () => {
      const voters = this.coordinator.healthy();
      const reports = await Promise.all(voters.map((i) => this.replicas[i]!.scrub()));
      const majority = tally(voters.map((i, k) => [i, reports[k]!.state.root] as const))[0]?.voters ?? [];
      this.coordinator.recomputed();
      const rows: SqliteValue[][] = [];
      for (const [k, i] of voters.entries()) {
        let repaired = 0;
        // A repair records the replica's root itself; the others' recomputed root is the truth.
        if (!majority.includes(i) && majority.length >= this.coordinator.verifier.quorum) {
          this.counters.divergences++;
          const rows = await this.repair(i, majority[0]!);
          if (rows === null) this.carry(this.coordinator.failed(i, 'repair did not converge', Date.now()));
          repaired = rows ?? 0;
        } else {
          this.replicaStats[i]!.root = reports[k]!.state.root;
        }
        rows.push([BigInt(i), BigInt(reports[k]!.divergentPages), BigInt(repaired)]);
      }
      return rows;
    });
  }

  private setSchema(snapshot: SchemaSnapshot): void {
    this.schemaSnapshot = snapshot;
    this.schema = new SchemaKeys(snapshot);
    this.onSchemaChange?.(snapshot);
  }

  /**
   * Rows of evsql_replicas (as replicaRows) as
   * of the newest released commit: healthy replicas are given up to lagMs to have it too.
   */
  async settledReplicaRows(): Promise<SqliteValue[][]> {
    const caughtUp = Promise.all(this.coordinator.healthy().map((r) => this.committedUpTo(r, this.visibleSeq)));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([caughtUp, new Promise((resolve) => (timer = setTimeout(resolve, this.options.lagMs ?? DEFAULT_LAG_MS)))]);
    clearTimeout(timer);
    return this.replicaRows();
  }

  /** The newest batch a quorum verified `root` after, among the last VERIFIED_ROOTS batches. */
  verifiedSeq(root: string): number | undefined {
    return this.verifiedRoots.get(root);
  }

  /** Rows of evsql_replicas as they stand now: (id, status, applied_seq, state_root, batches, rollbacks, repairs, host, lag). */
  replicaRows(): SqliteValue[][] {
    return this.replicas.map((r, i) => {
      const s = this.replicaStats[i]!;
      const status = !this.coordinator.verifier.isVoting(i) ? (this.joining.has(i) ? 'joining' : 'removed') : r.alive ? this.coordinator.verifier.status(i) : 'down';
      const lag = Math.max(0, this.coordinator.releasedSeq - s.appliedSeq);
      return [BigInt(i), status, BigInt(s.appliedSeq), s.root, BigInt(s.batches), BigInt(s.rollbacks), BigInt(s.repairs), r.host, BigInt(lag)];
    });
  }

  /** Rows of evsql_stats: name, value. */
  statRows(): SqliteValue[][] {
    const c = this.counters;
    const sorted = [...this.verifyLatency].sort((a, b) => a - b);
    const pct = (p: number) => (sorted.length ? String(Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!)) : '0');
    const rollbacks = this.replicaStats.reduce((n, s) => n + s.rollbacks, 0);
    return [
      ['mode', this.options.mode],
      ['replicas', String(this.replicas.length)],
      ['batches', String(c.batches)],
      ['requests', String(c.requests)],
      ['avg_batch_size', c.batches ? (c.requests / c.batches).toFixed(2) : '0'],
      ['parallel_groups', String(c.groups)],
      ['rollbacks', String(rollbacks)],
      ['divergences', String(c.divergences)],
      ['verify_latency_p50_us', pct(0.5)],
      ['verify_latency_p99_us', pct(0.99)],
      ['reads', String(c.reads)],
      ['reexecutions', String(c.reexecutions)],
      ['repairs', String(c.repairs)],
      ['halts', String(c.halts)],
      ['speculative_outputs', String(c.speculative)],
      ['speculative_outputs_wrong', String(c.speculationsWrong)],
      ['transactions_holding_locks', String(this.locks.holders().length)],
    ];
  }

  async close(): Promise<void> {
    // Every healthy replica commits what a quorum did, so that they agree when they start again.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.betweenBatches(async () => undefined), new Promise((resolve) => (timer = setTimeout(resolve, this.options.lagMs ?? DEFAULT_LAG_MS)))]);
    clearTimeout(timer);
    this.closing = true;
    this.wakeReaders();
    clearInterval(this.lagTimer);
    if (this.delayTimer) clearTimeout(this.delayTimer);
    await Promise.all(this.replicas.map((r) => r.close()));
  }
}

/**
 * Request `index`'s output: the released report's, else, where that left its rows out, another
 * report's of this attempt with the same outputs digest (so its rows are the verified ones);
 * undefined when only the carrier's, still to come, will hold them.
 */
function verifiedOutput(f: InFlightEntry, released: BatchReport, index: number): ItemOutput | undefined {
  const own = released.items[index]!;
  if (!isOmitted(own)) return own;
  for (const report of f.reports.values()) {
    const output = report.items[index]!;
    if (report.outputs === released.outputs && !isOmitted(output)) return output;
  }
  return undefined;
}

function isOmitted(output: ItemOutput): boolean {
  return output.ok && output.result.omitted === true;
}

function answer(p: Pending, output: ItemOutput): void {
  if (output.ok) p.resolve(output.result);
  else p.reject(new PgError(output.error.code, output.error.message, output.error.fields));
}

/** The request ends its transaction (or is one), and its locks went to others when it was queued. */
function releasesLocks(item: BatchItem): boolean {
  return item.tx === null || item.work.kind === 'forget' || (item.work.kind === 'undo' && item.work.after === 0);
}
