/**
 * The front's side of cluster mode: the pipeline's replicas are `RemoteReplica` links to replica
 * processes, and what the coordinator sends them goes through the JetStream log. The effects of
 * one coordinator step (execute batch N on every healthy replica, commit up to N on each) arrive
 * one replica at a time; consecutive ones that say the same thing are merged into one entry
 * naming all their replicas, so a batch is appended once, whole, with each replica's order.
 * Entries are published in call order on one connection, so the stream holds them in that order.
 */
import { connect, createInbox, headers, type Msg, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { PgError, SqlState } from '../../pg/errors.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import type { SessionContext, Step } from '../../dialect/plan.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';
import type { BatchReport, ExecResult, ReplicaState, ScrubReport, TableRows, UndoRecord } from '../../executor/messages.js';
import type { Cancellable, ReplicaLink } from '../../executor/link.js';
import { restoreBuffers } from '../../executor/replica.js';
import { FrontLease } from './lease.js';
import { Membership } from './membership.js';
import { DEFAULT_LOG_MAX_BYTES, HEARTBEAT_MS, LOG_SUBJECT, ORDERED_RPCS, SILENCE_MS, STREAM, type EntryReply, type Heartbeat, type LogEntry, type Rpc, type RpcReply, type SplitReply, decode, encode, logMessages, ensureStream, streamReplicas, subjects } from './protocol.js';

type Log = { info: (obj: object, msg?: string) => void; warn: (obj: object, msg?: string) => void };

/** A message of the log sent to the stream, `after` the message it must follow there. */
interface Outgoing {
  id: string;
  bytes: Uint8Array;
  after: string | null;
  sentAt: number;
}

/** An entry still to be published, with the items' shared buffer it was made from (to merge by). */
interface Queued {
  entry: LogEntry;
  shared?: SharedArrayBuffer;
}

/** What JetStream answers an append with. */
type PubAck = { stream?: string; error?: { description?: string } };

type Append =
  | { kind: 'batch'; seq: number; shared: SharedArrayBuffer; order: number[] }
  | { kind: 'rollback'; from: number }
  | { kind: 'commit'; upTo: number; spare?: boolean };

const RPC_TIMEOUT_MS = 60_000;
/**
 * How long a replica process may trail a verified batch before the front marks it down (the
 * pipeline's lagMs; 5 s for threads): a NATS server's loss holds every replica back for seconds
 * (consumers placed on it replaced, appends waiting for a new leader), and marking them all down
 * at once would turn a pause into resets and repairs.
 */
export const REPLICA_LAG_MS = 20_000;
/**
 * A front silent this long loses its lease to a standby: most of a failover's time. Short is safe
 * (lease.ts: a front stops releasing anything before its key can lapse); shorter still, a loaded
 * machine's pauses would hand the lease over when nothing failed.
 */
const LEASE_TTL_MS = 2000;
/** A statement may run long; statement_timeout cancels it on the replica. */
const READ_TIMEOUT_MS = 3_600_000;
/**
 * How long a reset waits for a replica process that is not there (yet): long enough for processes
 * started together, short enough that a front starts (or takes over) without one that is away.
 */
const RESET_PATIENCE_MS = 5_000;
/** One reset's answer: it reopens the replica's file, which is quick; longer, the replica is not there. */
const RESET_TIMEOUT_MS = 10_000;
/** An entry a replica has not answered in this long: its report may be lost; it is asked to send it again. */
const REPORT_PATIENCE_MS = 1_500;
/** Heartbeats missed in a row by a replica that a front taking over does not wait for. */
const AWAY_MS = 4 * HEARTBEAT_MS;
/** How soon appends the stream did not take are sent again. */
const RETRY_EVERY_MS = 250;
/** An append the stream has not acknowledged in this long is taken as lost (a JetStream publish's timeout). */
const ACK_TIMEOUT_MS = 5_000;
/** How often the front purges what every replica in service has committed from the log. */
const PURGE_EVERY_MS = 2_000;
/**
 * How long a spare commit (the slowest replica's, a quorum's being out) waits for the next entry
 * to share its log message: every log message costs an append, a Raft round and three deliveries.
 * Reads go to replicas that committed what they must see meanwhile (Pipeline.healthyReplica).
 */
const SPARE_COMMIT_MS = 20;

export class NatsFront {
  private n = 0;
  private queue: Queued[] = [];
  /** Spare commits waiting for the next flush, made while the queue was empty (so they come first). */
  private spare: Queued[] = [];
  private spareTimer: NodeJS.Timeout | null = null;
  /** Messages sent to the stream and not acknowledged yet, by id, in order. */
  private readonly outgoing = new Map<string, Outgoing>();
  /**
   * The subject prefix the stream acknowledges appends on: one subscription for all of them, where
   * a JetStream publish (a request each) costs a reply subscription, a timer and an error object.
   */
  private readonly acks = createInbox();
  /** The id of the last message sent: the next one is stored only after it. */
  private lastId: string | null = null;
  /** Failed appends wait to be sent again: new ones wait with them. */
  private retrying = false;
  /** Appends fail since the last one went in (said once). */
  private failing = false;
  private closed = false;
  private readonly links = new Map<number, RemoteReplica>();
  private readonly watchdog: NodeJS.Timeout;
  private readonly purger: NodeJS.Timeout;
  private readonly overdue: NodeJS.Timeout;
  /** The log holds nothing before this stream sequence (this front's purges). */
  private purgedTo = 0;
  private purging = false;

  private constructor(
    readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    readonly log: Log,
    private readonly lease: FrontLease,
    private readonly heard: Map<number, { at: number; beat: Heartbeat }>,
    private readonly listeningSince: number,
    /** It waited for another front's lease (and heard the replicas meanwhile). */
    private readonly stoodBy: boolean,
    /** The voting set, as evsql_add_replica / evsql_remove_replica leave it. */
    readonly membership: Membership,
  ) {
    nc.subscribe(subjects.anyReport, {
      callback: (err, msg) => {
        // What a report settles may reach a client: not once another front may hold the lease.
        if (err || !this.lease.holds()) return;
        const link = this.links.get(replicaOf(msg));
        if (link) for (const reply of decode<EntryReply[]>(msg.data)) link.settle(reply);
      },
    });
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const link of this.links.values()) link.check(now);
    }, REPORT_PATIENCE_MS / 3).unref();
    this.purger = setInterval(() => void this.purge(), PURGE_EVERY_MS).unref();
    nc.subscribe(`${this.acks}.>`, {
      callback: (err, msg) => {
        if (!err) this.acknowledged(msg);
      },
    });
    this.overdue = setInterval(() => {
      const first = this.outgoing.values().next().value;
      if (first && Date.now() - first.sentAt > ACK_TIMEOUT_MS) this.stalled(new Error(`no acknowledgement of append ${first.id} in ${ACK_TIMEOUT_MS} ms`));
    }, ACK_TIMEOUT_MS / 5).unref();
  }

  /**
   * Connects, and returns once this front holds the front lease (a standby waits here). `lost`:
   * the lease went to another front; this one must stop serving.
   */
  static async connect(servers: string[], log: Log, lost: (reason: string) => void, logMaxBytes = DEFAULT_LOG_MAX_BYTES, leaseTtlMs = LEASE_TTL_MS): Promise<NatsFront> {
    // noAsyncTraces: a stack captured for every log append cost more CPU than the append itself.
    const nc = await connect({ servers, maxReconnectAttempts: -1, waitOnFirstConnect: true, noAsyncTraces: true, name: 'evsql-front' });
    const jsm = await jetstreamManager(nc);
    await ensureStream(jsm, streamReplicas(servers), logMaxBytes);
    // Heartbeats heard while standing by: at takeover, a replica silent all along is not waited for.
    const heard = new Map<number, { at: number; beat: Heartbeat }>();
    let front: NatsFront | null = null;
    nc.subscribe(subjects.anyHeartbeat, {
      callback: (err, msg) => {
        if (err) return;
        const replica = replicaOf(msg);
        const now = Date.now();
        const beat = decode<Heartbeat>(msg.data);
        heard.set(replica, { at: now, beat });
        front?.links.get(replica)?.beat(beat, now);
      },
    });
    const listeningSince = Date.now();
    // Opened while standing by: a takeover then only claims the set.
    const membership = await Membership.open(nc, streamReplicas(servers));
    let stoodBy = false;
    const standingBy = () => {
      stoodBy = true;
      log.warn({}, 'another front is active: standing by for its lease');
    };
    const lease = await FrontLease.acquire(nc, leaseTtlMs, standingBy, lost, streamReplicas(servers));
    log.info({ epoch: lease.epoch }, 'front lease held');
    front = new NatsFront(nc, jsm, log, lease, heard, listeningSince, stoodBy, membership);
    return front;
  }

  /**
   * Replica `index` is not there to wait for: it has said nothing for a while, as long as this
   * front has listened. A front that stood by heard who was there while the active one served: a
   * replica silent for a few heartbeats since is away (one that answers its reset is reset
   * whatever this says). A front that never stood by waits longer for processes started with it.
   */
  silent(index: number, now: number): boolean {
    const quiet = this.stoodBy ? AWAY_MS : SILENCE_MS;
    return now - this.listeningSince >= quiet && now - (this.heard.get(index)?.at ?? 0) >= quiet;
  }

  /** Where replica `index` says it runs; null before it was heard. */
  hostOf(index: number): string | null {
    return this.heard.get(index)?.beat.host ?? null;
  }

  /**
   * Purges the log up to the first entry a replica in service could still need (each says so in
   * its heartbeats, after this front reset it). A replica that is down does not hold the log
   * back: if what it needs is gone when it returns, it is reset and repaired row by row.
   */
  private async purge(): Promise<void> {
    const serving = [...this.links.values()].filter((l) => l.serving);
    if (!serving.length || this.purging) return;
    const keeps = serving.map((l) => {
      const beat = this.heard.get(l.index)?.beat;
      return beat?.live && beat.epoch === this.epoch ? beat.keep : 0;
    });
    const keep = Math.min(...keeps);
    if (keep <= this.purgedTo + 1) return;
    this.purging = true;
    try {
      await this.jsm.streams.purge(STREAM, { seq: keep });
      this.purgedTo = keep - 1;
      this.log.info({ upTo: keep - 1 }, 'log purged');
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'log purge failed');
    } finally {
      this.purging = false;
    }
  }

  /** The stream sequence of the log's newest message (0: not known now, NATS electing, say). */
  async logEnd(): Promise<number> {
    return (await this.jsm.streams.info(STREAM).catch(() => null))?.state.last_seq ?? 0;
  }

  /** Orders this front's entries after those of any front before it. */
  get epoch(): number {
    return this.lease.epoch;
  }

  /** The pipeline's handle on replica `index`; it replaces any earlier one. */
  link(index: number): ReplicaLink {
    const link = new RemoteReplica(this, index);
    this.links.set(index, link);
    return link;
  }

  forget(link: RemoteReplica): void {
    if (this.links.get(link.index) === link) this.links.delete(link.index);
  }

  /** Entries so far: a reset tells a replica to ignore those up to here. */
  get appended(): number {
    return this.n;
  }

  /** Appends (or joins) an entry for `link`'s replica; resolves with the replica's answer to it. */
  append(link: RemoteReplica, a: Append): Promise<unknown> {
    const last = this.queue.at(-1);
    if (last && !last.entry.targets.includes(link.index) && sameEntry(last, a)) {
      last.entry.targets.push(link.index);
      if (a.kind === 'batch' && last.entry.kind === 'batch') last.entry.orders[link.index] = a.order;
      return link.expect(last.entry.n);
    }
    const spare = a.kind === 'commit' && a.spare && this.queue.length === 0;
    const latest = this.spare.at(-1);
    if (spare && latest && !latest.entry.targets.includes(link.index) && sameEntry(latest, a)) {
      latest.entry.targets.push(link.index);
      return link.expect(latest.entry.n);
    }
    const base = { epoch: this.epoch, n: ++this.n, targets: [link.index] };
    const entry: LogEntry =
      a.kind === 'batch'
        ? { ...base, kind: 'batch', seq: a.seq, items: new Uint8Array(0), orders: { [link.index]: a.order } }
        : a.kind === 'rollback'
          ? { ...base, kind: 'rollback', from: a.from }
          : { ...base, kind: 'commit', upTo: a.upTo };
    if (spare) {
      this.spare.push({ entry });
      this.spareTimer ??= setTimeout(() => this.flush(), SPARE_COMMIT_MS);
      return link.expect(entry.n);
    }
    if (this.queue.length === 0) queueMicrotask(() => this.flush());
    this.queue.push({ entry, shared: a.kind === 'batch' ? a.shared : undefined });
    return link.expect(entry.n);
  }

  private flush(): void {
    // Spare commits first: every entry queued since has a larger n.
    const queue = this.spare.length ? [...this.spare, ...this.queue] : this.queue;
    this.spare = [];
    if (this.spareTimer) clearTimeout(this.spareTimer);
    this.spareTimer = null;
    if (!queue.length) return;
    this.queue = [];
    // A copy: a SharedArrayBuffer does not serialize across processes.
    for (const { entry, shared } of queue) if (entry.kind === 'batch') entry.items = Buffer.from(new Uint8Array(shared!));
    const entries = queue.map((q) => q.entry);
    const first = entries[0]!;
    for (const [i, bytes] of logMessages(entries, this.nc.info?.max_payload ?? 1 << 20).entries()) {
      const m: Outgoing = { id: `${first.epoch}.${first.n}.${i}`, bytes, after: this.lastId, sentAt: 0 };
      this.lastId = m.id;
      this.outgoing.set(m.id, m);
      if (!this.retrying) this.send(m);
    }
  }

  /**
   * Appends one message, stored only right after the one before it: a message the stream did not
   * take (its leader was lost, say) keeps every later one out, so the log never holds an entry
   * whose predecessors are missing (a commit after a lost rollback would commit both attempts).
   */
  private send(m: Outgoing): void {
    const h = headers();
    h.set('Nats-Msg-Id', m.id);
    if (m.after !== null) h.set('Nats-Expected-Last-Msg-Id', m.after);
    m.sentAt = Date.now();
    try {
      this.nc.publish(LOG_SUBJECT, m.bytes, { reply: `${this.acks}.${m.id}`, headers: h });
    } catch (err) {
      this.stalled(err as Error);
    }
  }

  /** The stream's answer to an append: stored (or stored before: a duplicate), or refused. */
  private acknowledged(msg: Msg): void {
    const id = msg.subject.slice(this.acks.length + 1);
    if (!this.outgoing.has(id)) return;
    let ack: PubAck | null = null;
    try {
      ack = msg.data.length ? (JSON.parse(Buffer.from(msg.data).toString('utf8')) as PubAck) : null;
    } catch {
      ack = null;
    }
    if (ack?.stream) {
      if (this.failing) this.log.info({ id }, 'log appends go in again');
      this.failing = false;
      this.outgoing.delete(id);
      return;
    }
    // An empty answer is a status: no JetStream there (503) while NATS elects, say.
    this.stalled(new Error(ack?.error?.description ?? `append ${id} refused (${msg.headers?.code ?? 'no answer'})`));
  }

  /**
   * An append failed: a moment later (the others in flight have failed behind it), what the
   * stream lacks is sent again in order — one it took already is acknowledged again from its
   * message id — until it takes them. Nothing can go on without the log: a front cut off from
   * NATS for good loses its lease meanwhile, and exits.
   */
  private stalled(err: Error): void {
    if (this.retrying) return;
    this.retrying = true;
    if (!this.failing) this.log.warn({ err: err.message }, 'log append failed; sending again until it goes in');
    else this.log.info({ err: err.message }, 'log append failed again');
    this.failing = true;
    setTimeout(() => {
      this.retrying = false;
      if (!this.closed) for (const m of [...this.outgoing.values()]) this.send(m);
    }, RETRY_EVERY_MS);
  }

  async rpc<T>(replica: number, rpc: Rpc, timeout = RPC_TIMEOUT_MS): Promise<T> {
    // What the replica does for the RPC follows every entry made before it (reads: the pipeline
    // waited for the commits they must see).
    if (this.spare.length && rpc.op !== 'read' && rpc.op !== 'describe') this.flush();
    const ask = async (rpc: Rpc): Promise<Uint8Array> => {
      try {
        return (await this.nc.request(subjects.rpc(replica), encode(rpc), { timeout })).data;
      } catch (err) {
        throw new PgError(SqlState.connectionException, `replica ${replica} did not answer (${rpc.op}): ${(err as Error).message}`);
      }
    };
    let data = await ask(ORDERED_RPCS.has(rpc.op) ? { ...rpc, after: { epoch: this.epoch, n: this.n } } : rpc);
    const first = decode<RpcReply | SplitReply>(data);
    if ('split' in first) {
      const { token, count } = first.split;
      const parts: Uint8Array[] = [];
      for (let index = 0; index < count; index++) parts.push(await ask({ op: 'part', token, index }));
      data = Buffer.concat(parts);
    }
    const reply = decode<RpcReply>(data);
    if (!this.lease.holds()) throw new PgError(SqlState.adminShutdown, 'this front no longer holds the front lease');
    if (!reply.ok) throw new PgError(reply.error.code, reply.error.message, reply.error.fields);
    return reply.result as T;
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    clearInterval(this.purger);
    clearInterval(this.overdue);
    this.flush();
    this.closed = true;
    await this.lease.release();
    await this.nc.drain();
  }
}

function sameEntry(q: Queued, a: Append): boolean {
  const e = q.entry;
  if (e.kind !== a.kind) return false;
  if (a.kind === 'batch') return e.kind === 'batch' && e.seq === a.seq && q.shared === a.shared;
  if (a.kind === 'rollback') return e.kind === 'rollback' && e.from === a.from;
  return e.kind === 'commit' && e.upTo === a.upTo;
}

const replicaOf = (msg: Msg): number => Number(msg.subject.split('.')[2]);

/** A replica process, as the pipeline sees it. */
export class RemoteReplica implements ReplicaLink {
  onFailure: ((err: PgError) => void) | undefined;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: PgError) => void; since: number }>();
  /** When this front last asked the replica to send its reports again. */
  private askedAt = 0;
  private failed = false;
  private closed = false;
  /** Reset by this front: from then on, its silence is a failure. */
  private joined = false;
  private lastBeat = Date.now();

  constructor(
    private readonly front: NatsFront,
    readonly index: number,
  ) {}

  get alive(): boolean {
    return !this.failed && !this.closed;
  }

  get intact(): boolean {
    return this.alive;
  }

  /** Reset by this front and applying its entries. */
  get serving(): boolean {
    return this.joined && this.alive;
  }

  get host(): string | null {
    return this.front.hostOf(this.index);
  }

  /**
   * A failed link's process may still answer, from a state the pipeline no longer follows (its
   * log consumer stalled, say): nothing is read there (the pipeline asks another replica).
   */
  private mustBeUp(): void {
    if (!this.alive) throw new PgError(SqlState.connectionException, `replica ${this.index} is down`);
  }

  expect(n: number): Promise<unknown> {
    if (!this.alive) return Promise.reject(new PgError(SqlState.adminShutdown, `replica ${this.index} is down`));
    return new Promise((resolve, reject) => this.pending.set(n, { resolve, reject, since: Date.now() }));
  }

  /** A replica's answer to entry n (a replaying replica answers some twice: the first counts). */
  settle(reply: EntryReply): void {
    const p = this.pending.get(reply.n);
    if (!p) return;
    this.pending.delete(reply.n);
    if (reply.ok) p.resolve(reply.result);
    else p.reject(new PgError(reply.error.code, reply.error.message, reply.error.fields));
  }

  beat(hb: Heartbeat, now: number): void {
    this.lastBeat = now;
    if (this.joined && (!hb.live || hb.epoch !== this.front.epoch)) this.fail(`replica ${this.index} lost its place in the log`);
  }

  check(now: number): void {
    if (this.joined && now - this.lastBeat > SILENCE_MS) return this.fail(`replica ${this.index} silent for ${now - this.lastBeat} ms`);
    const [oldest] = this.pending;
    if (!oldest || now - oldest[1].since < REPORT_PATIENCE_MS || now - this.askedAt < REPORT_PATIENCE_MS) return;
    this.askedAt = now;
    this.front.nc.publish(subjects.rpc(this.index), encode({ op: 'reports', from: oldest[0] } satisfies Rpc));
  }

  private fail(reason: string): void {
    if (!this.alive) return;
    this.failed = true;
    this.front.log.warn({ replica: this.index, reason }, 'replica link failed');
    const err = new PgError(SqlState.connectionException, reason);
    this.rejectAll(err);
    this.onFailure?.(err);
  }

  private rejectAll(err: PgError): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  async batch(seq: number, shared: SharedArrayBuffer, order: number[]): Promise<BatchReport> {
    const report = (await this.front.append(this, { kind: 'batch', seq, shared, order })) as BatchReport;
    for (const o of report.items) if (o.ok) restoreBuffers(o.result.rows);
    return report;
  }

  async rollback(from: number): Promise<void> {
    await this.front.append(this, { kind: 'rollback', from });
  }

  async commit(upTo: number, spare = false): Promise<void> {
    await this.front.append(this, { kind: 'commit', upTo, spare });
  }

  /** Resets the replica process to this front's log (waiting a while for it to be there). */
  async recover(): Promise<ReplicaState> {
    const deadline = Date.now() + RESET_PATIENCE_MS;
    for (;;) {
      try {
        // Each try bounded: a replica cut off by a partition still has its subscription on the server, which forwards the request into the void.
        const state = await this.front.rpc<ReplicaState>(this.index, { op: 'reset', epoch: this.front.epoch, floor: this.front.appended, upTo: await this.front.logEnd() }, RESET_TIMEOUT_MS);
        this.lastBeat = Date.now();
        this.joined = true;
        return state;
      } catch (err) {
        if (this.closed || Date.now() > deadline || this.front.silent(this.index, Date.now())) throw err;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  async read(steps: Step[], params: SqliteValue[], ctx: SessionContext, id: number, onWorker?: (w: Cancellable) => void, locked = false): Promise<ExecResult> {
    this.mustBeUp();
    onWorker?.(this);
    const result = await this.front.rpc<ExecResult>(this.index, { op: 'read', steps, params, ctx, id, locked }, READ_TIMEOUT_MS);
    restoreBuffers(result.rows);
    return result;
  }

  async describe(steps: Step[], ctx: SessionContext, temps: string[]): Promise<ExecResult> {
    this.mustBeUp();
    return this.front.rpc<ExecResult>(this.index, { op: 'describe', steps, ctx, temps });
  }

  cancel(id: number): void {
    this.front.nc.publish(subjects.rpc(this.index), encode({ op: 'cancel', id } satisfies Rpc));
  }

  state(): Promise<ReplicaState> {
    return this.front.rpc(this.index, { op: 'state' });
  }

  schema(): Promise<SchemaSnapshot> {
    return this.front.rpc(this.index, { op: 'schema' });
  }

  scrub(): Promise<ScrubReport> {
    return this.front.rpc(this.index, { op: 'scrub' });
  }

  copyTo(): Promise<void> {
    return Promise.reject(new PgError(SqlState.featureNotSupported, 'copying a replica process\'s file is not supported in cluster mode'));
  }

  /** Through the JetStream object store: the source puts a snapshot there, this replica takes it. */
  async restoreFrom(source: ReplicaLink): Promise<ReplicaState> {
    const name = `${this.front.epoch}.${this.front.appended}.${source.index}-to-${this.index}`;
    await this.front.rpc(source.index, { op: 'snapshot', name });
    const state = await this.front.rpc<ReplicaState>(this.index, { op: 'restore', name });
    this.front.log.info({ replica: this.index, source: source.index, root: state.root }, 'replica restored from a snapshot');
    return state;
  }

  async bucketRows(table: string, buckets: number[]): Promise<TableRows> {
    const rows = await this.front.rpc<TableRows>(this.index, { op: 'bucketRows', table, buckets });
    for (const r of rows.rows) restoreBuffers([r.values]);
    return rows;
  }

  repair(table: string, deleteRowids: bigint[], insert: SqliteValue[][]): Promise<ReplicaState> {
    return this.front.rpc(this.index, { op: 'repair', table, deleteRowids, insert });
  }

  undoLog(set?: UndoRecord[]): Promise<UndoRecord[]> {
    return this.front.rpc(this.index, { op: 'undoLog', set });
  }

  fault(kind: 'corrupt' | 'diverge'): Promise<void> {
    return this.front.rpc(this.index, { op: 'fault', kind });
  }

  crash(): Promise<void> {
    return this.front.rpc(this.index, { op: 'fault', kind: 'crash' });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.front.forget(this);
    this.rejectAll(new PgError(SqlState.adminShutdown, `replica ${this.index} link closed`));
  }
}
