/**
 * The pipeline, wired in one place: requests → mixer (conflict keys, batches) → log → every
 * replica's executor → verifier (tokens, quorum) → outputs released. Also startup recovery, repair
 * of divergent replicas, and the figures behind evsql_replicas / evsql_stats.
 *
 * One batch is in flight at a time; requests arriving meanwhile wait in the batcher and leave
 * together in the next batch, so batches grow with load (group commit).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import type { Translation } from '../dialect/translate/translate.js';
import { Batcher } from '../mixer/batcher.js';
import type { ConflictKey } from '../mixer/keys.js';
import { LockTable } from '../mixer/locks.js';
import type { Rules } from '../mixer/rules.js';
import { SchemaKeys } from '../mixer/schema-keys.js';
import { conflictKeys } from '../mixer/statement-keys.js';
import { Verifier, type Decision, type Token } from '../verifier/quorum.js';
import { tally } from '../verifier/tally.js';
import { type BatchItem, type BatchReport, type ExecResult, type Work, needsDurability, shareItems } from '../executor/messages.js';
import type { SessionContext, Step } from '../dialect/plan.js';
import { Replica, newRequestId } from '../executor/replica.js';
import type { SchemaSnapshot } from '../dialect/schema-snapshot.js';
import { InProcessLog, type LogEntry } from './log.js';

export type ExecMode = 'ev' | 'sequential';

export interface PipelineOptions {
  dataDir: string;
  replicas: number;
  readers: number;
  synchronous: 'full' | 'normal';
  mode: ExecMode;
  maxBatchSize: number;
  maxBatchDelayMs: number;
  rules: Rules;
  log: { warn: (obj: object, msg?: string) => void; info: (obj: object, msg?: string) => void };
  /** Test-only: accept evsql_fault() to crash or tamper with a replica. */
  faults?: boolean;
}

interface Pending {
  item: BatchItem;
  resolve: (r: ExecResult) => void;
  reject: (e: PgError) => void;
}

interface ReplicaStats {
  appliedSeq: number;
  root: string;
  batches: number;
  rollbacks: number;
  repairs: number;
}

/** The whole database: DDL, COPY and anything the mixer cannot analyse. */
export const WHOLE_DATABASE: ConflictKey[] = [{ mode: 'w', table: '*' }];

export class Pipeline {
  private readonly replicas: Replica[] = [];
  private readonly replicaStats: ReplicaStats[] = [];
  private readonly verifier: Verifier;
  private readonly batcher: Batcher;
  readonly locks = new LockTable();
  private readonly log = new InProcessLog();
  private readonly pending = new Map<number, Pending>();
  /** Replicas whose threads died, to restart and repair between batches. */
  private readonly revive = new Set<number>();
  /** Work that must run while no batch is open: fault injection, scrubs. */
  private chores: Array<() => Promise<void>> = [];
  private readonly faults = { shuffle: new Set<number>(), conflict: false };
  private running = false;
  private closing = false;
  private nextTx = 1;
  private readerTurn = 0;
  /** The newest batch whose outputs were released, and the newest each replica has committed. */
  private lastVerified = 0;
  private readonly committed: number[] = [];
  private commitWaiters: Array<{ replica: number; seq: number; resolve: () => void }> = [];
  private readonly counters = { batches: 0, requests: 0, groups: 0, reads: 0, reexecutions: 0, repairs: 0, divergences: 0, halts: 0 };
  /** Microseconds from sending a batch to the verifier's decision, the last 1024 batches. */
  private readonly verifyLatency: number[] = [];
  /**
   * The schema as of the last committed batch (empty until open()): the translator types
   * statements from it, and the mixer's keys come from it.
   */
  schemaSnapshot: SchemaSnapshot = { relations: [], indexes: [] };
  private schema = new SchemaKeys(this.schemaSnapshot);
  onSchemaChange: ((schema: SchemaSnapshot) => void) | undefined;

  constructor(readonly options: PipelineOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    for (let i = 0; i < options.replicas; i++) {
      const file = join(options.dataDir, `replica-${i}.sqlite`);
      // Create the file in WAL mode before the read-only readers open it.
      const init = new Database(file);
      init.pragma('journal_mode = WAL');
      init.close();
      this.replicas.push(this.spawn(i));
      this.committed.push(0);
      this.replicaStats.push({ appliedSeq: 0, root: '', batches: 0, rollbacks: 0, repairs: 0 });
    }
    this.verifier = new Verifier({ replicas: options.replicas });
    const sequential = options.mode === 'sequential';
    this.batcher = new Batcher({ maxBatchSize: sequential ? 1 : options.maxBatchSize, maxDelayMs: options.maxBatchDelayMs, seed: 0x5eed });
  }

  private spawn(i: number): Replica {
    const file = join(this.options.dataDir, `replica-${i}.sqlite`);
    const replica = new Replica(i, file, this.options.mode === 'ev' ? this.options.readers : 1, this.options.synchronous, this.options.faults ?? false);
    replica.writer.onFailure = (err) => this.replicaDown(i, err.message);
    return replica;
  }

  /** Recovers every replica, brings the ones that disagree with the majority in line, loads the schema. */
  async open(): Promise<void> {
    const states = await Promise.all(this.replicas.map((r) => r.recover()));
    const groups = tally(states.map((s, i) => [i, s.root] as const));
    const { value: root, voters: agreeing } = groups[0]!;
    if (agreeing.length < this.verifier.quorum) {
      throw new PgError(SqlState.internalError, `replicas disagree at startup and no majority holds one state (${groups.length} different roots)`);
    }
    states.forEach((s, i) => (this.replicaStats[i]!.root = s.root));
    for (let i = 0; i < this.replicas.length; i++) {
      if (states[i]!.root !== root) await this.repair(i, agreeing[0]!);
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

  /** Reads run on a reader of a healthy replica, against its last committed snapshot. */
  read(steps: Step[], params: SqliteValue[], ctx: SessionContext, id: number, onRunning?: (cancel: () => void) => void): Promise<ExecResult> {
    this.counters.reads++;
    return this.onReader((replica) => replica.read(steps, params, ctx, id, (w) => onRunning?.(() => w.cancel(id))));
  }

  /**
   * Runs `work` on a healthy replica once it has committed every batch whose outputs anyone has
   * seen (read your writes, and no rows a rolled-back batch wrote). A replica that dies under it
   * is no answer: another healthy one is asked.
   */
  private async onReader<T>(work: (replica: Replica) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const replica = this.healthyReplica();
      await this.committedUpTo(replica.index, this.lastVerified);
      try {
        return await work(replica);
      } catch (err) {
        if (replica.intact || attempt >= this.replicas.length) throw err;
      }
    }
  }

  private committedUpTo(replica: number, seq: number): Promise<void> {
    if (this.committed[replica]! >= seq) return Promise.resolve();
    return new Promise((resolve) => this.commitWaiters.push({ replica, seq, resolve }));
  }

  private markCommitted(replica: number, seq: number): void {
    this.committed[replica] = seq;
    const ready = this.commitWaiters.filter((w) => this.committed[w.replica]! >= w.seq || !this.replicas[w.replica]!.alive);
    if (!ready.length) return;
    this.commitWaiters = this.commitWaiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  describe(steps: Step[], ctx: SessionContext): Promise<ExecResult> {
    return this.onReader((replica) => replica.describe(steps, ctx));
  }

  /** Puts a request into the next batch; resolves with its verified output. */
  submit(session: number, tx: number | null, keys: ConflictKey[], ctx: SessionContext, work: Work, id = newRequestId()): Promise<ExecResult> {
    const item: BatchItem = { id, tx, ctx, work };
    this.counters.requests++;
    return new Promise<ExecResult>((resolve, reject) => {
      this.pending.set(id, { item, resolve, reject });
      this.batcher.push({ id, session, keys }, Date.now());
      this.kick();
    });
  }

  /** Cancels request `id` on every replica (it may be running in a batch). */
  cancel(id: number): void {
    for (const r of this.replicas) r.cancel(id);
  }

  private healthyReplica(): Replica {
    const healthy = this.replicas.filter((r, i) => r.intact && this.verifier.status(i) === 'healthy');
    if (!healthy.length) throw new PgError(SqlState.connectionException, 'no healthy replica');
    return healthy[this.readerTurn++ % healthy.length]!;
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    // Let requests that arrive in the same tick join the batch.
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        await this.reviveReplicas();
        for (const chore of this.chores.splice(0)) await chore();
        const batch = this.batcher.take(Date.now(), this.log.nextSeq, true);
        if (!batch) break;
        const ids = batch.groups.flat();
        const items = ids.map((id, index) => {
          const item = this.pending.get(id)!.item;
          // The batch's stamp: every replica computes the same now() and random() for the request.
          return { ...item, ctx: { ...item.ctx, now: batch.timestamp, seed: (batch.seed + index * 0x9e3779b1) >>> 0 } };
        });
        let offset = 0;
        let groups = batch.groups.map((g) => g.map(() => offset++));
        if (this.faults.conflict && groups.length > 1) {
          this.faults.conflict = false;
          groups = [groups.flat()];
        }
        this.counters.groups += groups.length;
        const entry = this.log.append({ timestamp: batch.timestamp, items, groups });
        try {
          await this.execute(entry);
        } catch (err) {
          await this.abandon(entry, err as Error);
        }
      }
    } catch (err) {
      this.options.log.warn({ err: (err as Error).message }, 'batch pipeline failed');
    } finally {
      this.running = false;
      if (this.batcher.waiting || this.revive.size || this.chores.length) this.kick();
    }
  }

  /**
   * A batch the pipeline itself failed on (a bug, not a verdict): its requests get the error
   * rather than wait for ever, and every replica takes the batch back.
   */
  private async abandon(entry: LogEntry, err: Error): Promise<void> {
    this.options.log.warn({ seq: entry.seq, err: err.message }, 'batch abandoned');
    await Promise.all(this.replicas.map((r) => (r.alive ? r.finish(entry.seq, false).catch(() => undefined) : undefined)));
    for (const item of entry.items) {
      this.settle(item.id, { ok: false, error: { code: SqlState.internalError, message: `batch ${entry.seq} failed: ${err.message}`, fields: {} } });
    }
  }

  /** Execution order on one replica: groups in order, requests within a group in a replica-local order. */
  private order(entry: LogEntry, replica: number, sequential: boolean): number[] {
    if (sequential) return entry.groups.flat();
    if (this.faults.shuffle.has(replica) && entry.groups.length > 1) {
      this.faults.shuffle.delete(replica);
      return [...entry.groups].reverse().flat();
    }
    let x = (entry.seq * 2654435761 + replica * 40503 + 1) >>> 0;
    const rand = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 0x100000000;
    };
    return entry.groups.flatMap((g) => {
      const g2 = [...g];
      for (let i = g2.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [g2[i], g2[j]] = [g2[j]!, g2[i]!];
      }
      return g2;
    });
  }

  private async execute(entry: LogEntry): Promise<void> {
    this.counters.batches++;
    let result = await this.runOnVoters(entry, 'parallel');
    if (result.decision.kind === 'reexecute') {
      this.counters.reexecutions++;
      await Promise.all(result.voters.map((i) => this.finish(i, entry.seq, false)));
      result = await this.runOnVoters(entry, 'sequential');
    }
    const { decision, reports, voters } = result;
    if (decision.kind !== 'commit') {
      this.counters.halts++;
      await Promise.all(voters.map((i) => this.finish(i, entry.seq, false)));
      const err = new PgError(SqlState.internalError, `replicas could not agree on batch ${entry.seq}`);
      for (const item of entry.items) this.settle(item.id, { ok: false, error: { code: err.code, message: err.message, fields: {} } });
      this.options.log.warn({ seq: entry.seq, decision: decision.kind }, 'batch rejected');
      return;
    }
    const agreeing = voters.filter((i) => !decision.divergent.includes(i) && reports.get(i)?.rootAfter === decision.root);
    this.lastVerified = entry.seq;
    const commits = Promise.all(agreeing.map((i) => this.finish(i, entry.seq, true).then(() => this.markCommitted(i, entry.seq))));
    // Outputs of a durable batch wait for the disk; others need only the verdict. Each worker
    // takes its commit before the next batch, since messages to it stay in order.
    if (needsDurability(entry.items)) await commits;
    for (const i of agreeing) {
      const s = this.replicaStats[i]!;
      s.appliedSeq = entry.seq;
      s.root = decision.root;
      s.batches++;
    }
    const report = reports.get(agreeing[0]!)!;
    entry.items.forEach((item, index) => this.settle(item.id, report.items[index]!));
    if (report.schema) this.setSchema(report.schema);
    for (const i of voters.filter((v) => !agreeing.includes(v))) {
      this.counters.divergences++;
      await this.finish(i, entry.seq, false);
      this.options.log.warn({ replica: i, seq: entry.seq }, 'replica diverged; repairing');
      await this.repair(i, agreeing[0]!);
    }
  }

  /** Sends the batch to every healthy replica and feeds their tokens to the verifier until it decides. */
  private async runOnVoters(entry: LogEntry, mode: 'parallel' | 'sequential'): Promise<{ decision: Decision; reports: Map<number, BatchReport>; voters: number[] }> {
    const voters = this.voters();
    const reports = new Map<number, BatchReport>();
    let decision: Decision = { kind: 'wait' };
    const sent = process.hrtime.bigint();
    const shared = shareItems(entry.items);
    const decided = () => {
      this.verifyLatency.push(Number(process.hrtime.bigint() - sent) / 1000);
      if (this.verifyLatency.length > 1024) this.verifyLatency.shift();
    };
    await Promise.all(
      voters.map(async (i) => {
        let d: Decision | Decision[];
        try {
          const report = await this.replicas[i]!.batch(entry.seq, shared, this.order(entry, i, mode === 'sequential'));
          reports.set(i, report);
          const token: Token = { replica: i, seq: entry.seq, mode, rootBefore: report.rootBefore, rootAfter: report.rootAfter, outputs: report.outputs };
          d = this.verifier.onToken(token);
        } catch (err) {
          this.options.log.warn({ replica: i, err: (err as Error).message }, 'replica failed during a batch');
          d = this.verifier.onReplicaDown(i);
        }
        for (const x of Array.isArray(d) ? d : [d]) {
          if (x.kind !== 'wait' && decision.kind === 'wait') {
            decision = x;
            decided();
          }
        }
      }),
    );
    if (decision.kind === 'wait') decision = { kind: 'halt', seq: entry.seq, reason: 'no quorum of replicas answered' };
    return { decision, reports, voters: [...reports.keys()] };
  }

  /** The replicas that vote on a batch or a scrub: alive and healthy. */
  private voters(): number[] {
    return this.replicas.map((_, i) => i).filter((i) => this.replicas[i]!.alive && this.verifier.status(i) === 'healthy');
  }

  private async finish(replica: number, seq: number, commit: boolean): Promise<void> {
    try {
      await this.replicas[replica]!.finish(seq, commit);
      if (!commit) this.replicaStats[replica]!.rollbacks++;
    } catch (err) {
      this.replicaDown(replica, (err as Error).message);
    }
  }

  private settle(id: number, output: BatchReport['items'][number]): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (output.ok) p.resolve(output.result);
    else p.reject(new PgError(output.error.code, output.error.message, output.error.fields));
  }

  /**
   * Brings replica `target` to the state of healthy replica `source`: compares table digests, and
   * for each table that differs, deletes the rows the source lacks and inserts the ones it has.
   */
  private async repair(target: number, source: number): Promise<number> {
    this.verifier.markRepairing(target);
    this.counters.repairs++;
    this.replicaStats[target]!.repairs++;
    const [to, from] = [this.replicas[target]!, this.replicas[source]!];
    const [have, want] = await Promise.all([to.state(), from.state()]);
    const tables = new Set([...Object.keys(have.tables), ...Object.keys(want.tables)]);
    let rows = 0;
    for (const table of tables) {
      if (have.tables[table] === want.tables[table]) continue;
      const [mine, theirs] = await Promise.all([to.bucketRows(table, []), from.bucketRows(table, [])]);
      const wanted = new Map<string, number>();
      for (const r of theirs.rows) wanted.set(r.h, (wanted.get(r.h) ?? 0) + 1);
      const remove: bigint[] = [];
      for (const r of mine.rows) {
        const n = wanted.get(r.h) ?? 0;
        if (n > 0) wanted.set(r.h, n - 1);
        else remove.push(r.rowid);
      }
      const insert = theirs.rows.filter((r) => {
        const n = wanted.get(r.h) ?? 0;
        if (n > 0) {
          wanted.set(r.h, n - 1);
          return true;
        }
        return false;
      });
      await to.repair(table, remove, insert.map((r) => r.values));
      rows += remove.length + insert.length;
    }
    const after = await to.state();
    if (after.root !== want.root) {
      this.options.log.warn({ replica: target, have: after.root, want: want.root }, 'repair did not converge (schema differs?); replica marked down');
      this.replicaDown(target, 'repair did not converge');
      return rows;
    }
    this.replicaStats[target]!.root = after.root;
    this.replicaStats[target]!.appliedSeq = this.replicaStats[source]!.appliedSeq;
    // The source answered state() after every commit posted to it, so the copy holds them all.
    this.markCommitted(target, this.lastVerified);
    this.verifier.onReplicaUp(target);
    this.options.log.info({ replica: target, rows }, 'replica repaired');
    return rows;
  }

  private replicaDown(replica: number, reason: string): void {
    if (this.closing || this.verifier.status(replica) === 'down') return;
    this.options.log.warn({ replica, reason }, 'replica down');
    this.verifier.onReplicaDown(replica);
    // Reads waiting on it go on, and fail there, rather than wait for ever.
    this.markCommitted(replica, this.committed[replica]!);
    if (this.replicas[replica]!.alive) return;
    // A replica whose thread died comes back: restarted, then repaired from a healthy one.
    setTimeout(() => {
      if (this.closing) return;
      this.revive.add(replica);
      this.kick();
    }, 200).unref();
  }

  /** Restarts dead replicas and repairs them; runs between batches, so the healthy state holds still. */
  private async reviveReplicas(): Promise<void> {
    for (const i of [...this.revive]) {
      this.revive.delete(i);
      const source = this.replicas.findIndex((r, j) => j !== i && r.alive && this.verifier.status(j) === 'healthy');
      if (source < 0) continue;
      await this.replicas[i]!.close();
      this.replicas[i] = this.spawn(i);
      try {
        await this.replicas[i]!.recover();
        await this.repair(i, source);
        this.options.log.info({ replica: i }, 'replica rejoined');
      } catch (err) {
        this.options.log.warn({ replica: i, err: (err as Error).message }, 'replica could not rejoin');
      }
    }
  }

  /** Runs `work` between batches, when no replica has a batch open. */
  private betweenBatches<T>(work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.chores.push(() => work().then(resolve, reject));
      this.kick();
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
          await Promise.all([r.writer.close(), r.close()]);
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
   * evsql_scrub(): every healthy replica recomputes its state hash from its rows; the buckets its
   * incremental hash had wrong are counted, and replicas whose recomputed state is not the
   * majority's are repaired. Returns (replica, divergent_pages, repaired_rows).
   */
  scrub(): Promise<SqliteValue[][]> {
    return this.betweenBatches(async () => {
      const voters = this.voters();
      const reports = await Promise.all(voters.map((i) => this.replicas[i]!.scrub()));
      const majority = tally(voters.map((i, k) => [i, reports[k]!.state.root] as const))[0]?.voters ?? [];
      const rows: SqliteValue[][] = [];
      for (const [k, i] of voters.entries()) {
        let repaired = 0;
        // A repair records the replica's root itself; the others' recomputed root is the truth.
        if (!majority.includes(i) && majority.length) {
          this.counters.divergences++;
          repaired = await this.repair(i, majority[0]!);
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

  /** Rows of evsql_replicas: id, status, applied_seq, state_root, batches, rollbacks, repairs. */
  replicaRows(): SqliteValue[][] {
    return this.replicas.map((r, i) => {
      const s = this.replicaStats[i]!;
      const status = r.alive ? this.verifier.status(i) : 'down';
      return [BigInt(i), status, BigInt(s.appliedSeq), s.root, BigInt(s.batches), BigInt(s.rollbacks), BigInt(s.repairs)];
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
      ['transactions_holding_locks', String(this.locks.holders().length)],
    ];
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.replicas.map((r) => r.close()));
  }
}
