/**
 * One replica process (`evsql replica`): a local Replica (writer and reader threads over one
 * SQLite file) fed from the JetStream log. It applies, in stream order, the entries its front
 * meant for it, publishes each entry's outcome (a batch's report, a commit's acknowledgement),
 * answers the front's RPCs (reset, state, repair, reads …) and says it is alive every
 * HEARTBEAT_MS.
 *
 * Where it resumes after a restart: before each commit it records in `position.json` the stream
 * position of that commit entry and the state root the commit leads to (and the previous pair).
 * At start, the root SQLite recovered names the position: replaying the stream from a position
 * whose recorded root equals the recovered one re-executes exactly what was not committed, so
 * nothing is applied twice and nothing is missed. A root that matches neither (a wiped file, a
 * repair not yet recorded, a lost position file) means the replica lost its place: it applies
 * nothing, says so in its heartbeat, and waits for its front to reset and repair it.
 */
import { closeSync, createReadStream, createWriteStream, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline as pipeStreams } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { connect, type NatsConnection, type Msg } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JetStreamClient, type JetStreamManager, type JsMsg } from '@nats-io/jetstream';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { PgError, SqlState } from '../../pg/errors.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import type { SessionContext, Step } from '../../dialect/plan.js';
import { wholeResult, type ReplicaState, type UndoRecord, type WireError } from '../../executor/messages.js';
import { Replica, initReplicaFile, processHost } from '../../executor/replica.js';
import { EntryJoiner, HEARTBEAT_MS, KEPT_REPORTS, LOG_SUBJECT, ReplyParts, SNAPSHOTS, SNAPSHOT_TTL_MS, STREAM, type EntryId, type EntryReply, type Heartbeat, type LogEntry, type Rpc, type RpcReply, decode, encode, ensureStream, streamReplicas, subjects } from './protocol.js';

/** A pull's lifetime; the server's idle heartbeats come every half of it. */
const CONSUMER_EXPIRES_MS = 2_000;
/** Heartbeats missed in a row before the consumer is replaced. */
const CONSUMER_PATIENCE = 3;
/** How often a replica checks that its consumer delivers what the stream holds. */
const STALL_CHECK_MS = 2_000;
/**
 * How long a reset waits for the log to reach where the front saw its end. Replicas reset at the
 * same place hold the same committed state (a new front then repairs nothing); one whose consumer
 * lags or is stuck is reset where it is, and repaired.
 */
const RESET_CATCH_UP_MS = 3_000;
/** position.json's size: two marks with their roots fit well inside. */
const POSITION_BYTES = 512;

export interface ReplicaServerOptions {
  id: number;
  dataDir: string;
  servers: string[];
  readers: number;
  synchronous: 'full' | 'normal';
  faults: boolean;
  log: { info: (obj: object, msg?: string) => void; warn: (obj: object, msg?: string) => void };
}

/**
 * A stream position and the state root the replica has once it committed everything up to it.
 * `n`: the commit entry's, when later entries of the same log message are still to be applied.
 */
interface Mark {
  stream: number;
  root: string;
  n?: number;
}

interface Position {
  epoch: number;
  floor: number;
  cur: Mark;
  prev: Mark | null;
}

export class ReplicaServer {
  private replica: Replica;
  private readonly file: string;
  private readonly positionFile: string;
  private positionFd: number | null = null;
  private epoch = 0;
  private floor = 0;
  /** Applying entries; false until a position is known (from the file, or a reset). */
  private live = false;
  private position: Position | null = null;
  /** The stream sequence of the last entry seen. */
  private lastSeen = 0;
  /** Root after each open (uncommitted) batch, by batch seq, once its report comes. */
  private readonly roots = new Map<number, Promise<string>>();
  /** Settles when every entry handed to the writer so far is answered. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Set while an RPC that needs the writer to itself runs; entries wait for it. */
  private busy: Promise<void> | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private messages: ConsumerMessages | null = null;
  private js: JetStreamClient | null = null;
  private jsm: JetStreamManager | null = null;
  private stallTimer: NodeJS.Timeout | null = null;
  /** lastSeen at the previous stall check, and whether one runs. */
  private checkedSeen = -1;
  private checking = false;
  private refollowing: Promise<void> | null = null;
  private nc: NatsConnection | null = null;
  private stopping = false;
  private readonly parts = new ReplyParts();
  /** The newest reports published, by entry n, for a front that lost them to ask again. */
  private readonly reports = new Map<number, EntryReply>();
  /** Reports ready and not yet published: those ready together go in one message. */
  private unsent: EntryReply[] = [];
  private readonly joiner = new EntryJoiner();
  /** The newest entry taken in from the log (whoever it was for). */
  private seen: EntryId = { epoch: 0, n: 0 };
  private seenWaiters: Array<{ after: EntryId; resolve: () => void }> = [];
  /** Resets waiting for the log to reach a stream sequence. */
  private streamWaiters: Array<{ seq: number; resolve: () => void }> = [];
  private snapshots: Promise<ObjectStore> | null = null;

  constructor(private readonly options: ReplicaServerOptions) {
    mkdirSync(options.dataDir, { recursive: true });
    this.file = join(options.dataDir, 'replica.sqlite');
    this.positionFile = join(options.dataDir, 'position.json');
    initReplicaFile(this.file);
    this.replica = this.open();
  }

  private open(): Replica {
    const replica = new Replica(this.options.id, this.file, this.options.readers, this.options.synchronous, this.options.faults);
    replica.onFailure = (err) => {
      if (this.stopping || replica !== this.replica) return;
      // Its threads died: what is open is lost; the front resets it.
      this.options.log.warn({ err: err.message }, 'replica threads failed; waiting for a reset');
      this.live = false;
    };
    return replica;
  }

  /** Recovers the file, finds its place in the log, and starts serving. */
  async start(): Promise<void> {
    // Not recover(): transactions open in the committed state are the log's, and replay goes on with them.
    const state = await this.replica.state();
    const start = this.resumeAt(state.root);
    const nc = (this.nc = await connect({ servers: this.options.servers, maxReconnectAttempts: -1, waitOnFirstConnect: true, noAsyncTraces: true, name: `evsql-replica-${this.options.id}` }));
    const jsm = await jetstreamManager(nc);
    await ensureStream(jsm, streamReplicas(this.options.servers));
    nc.subscribe(subjects.rpc(this.options.id), {
      callback: (err, msg) => {
        if (!err) this.onRpc(msg);
      },
    });
    const js = jetstream(nc);
    const info = await jsm.streams.info(STREAM);
    let opts: { deliver_policy: DeliverPolicy; opt_start_seq?: number };
    if (start !== null && start >= info.state.first_seq) {
      opts = { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: start };
      this.lastSeen = start - 1;
    } else {
      if (start !== null) this.options.log.warn({ start, first: info.state.first_seq }, 'the log no longer holds this replica\'s place; waiting for a reset');
      this.live = false;
      opts = { deliver_policy: DeliverPolicy.New };
    }
    this.js = js;
    this.jsm = jsm;
    await this.follow(opts);
    this.stallTimer = setInterval(() => void this.checkStall(), STALL_CHECK_MS);
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.beat();
    this.options.log.info({ replica: this.options.id, live: this.live, start, root: state.root }, 'replica serving');
  }

  /** The stream sequence to replay from, given the recovered root; null when the place is lost. */
  private resumeAt(root: string): number | null {
    let position: Position | null = null;
    try {
      position = JSON.parse(readFileSync(this.positionFile, 'utf8')) as Position;
    } catch {
      position = null;
    }
    const mark = position && [position.cur, position.prev].find((m) => m?.root === root);
    if (!position || !mark) return null;
    this.position = position;
    this.epoch = position.epoch;
    this.live = true;
    if (mark.n === undefined) {
      this.floor = position.floor;
      return mark.stream + 1;
    }
    // Its message again, for the entries after the commit (those up to it are applied).
    this.floor = Math.max(position.floor, mark.n);
    return mark.stream;
  }

  /**
   * Overwrites the record in place, padded to a fixed size: no rename, no fsync, one write per
   * commit. A torn or stale record (power loss) is harmless: its root then matches nothing and
   * the replica waits for a reset.
   */
  private record(position: Position): void {
    this.position = position;
    const text = JSON.stringify(position);
    this.positionFd ??= openSync(this.positionFile, 'w');
    writeSync(this.positionFd, text.padEnd(Math.max(POSITION_BYTES, text.length)), 0);
  }

  /** After a change outside the log (reset, repair, scrub): the committed state belongs here. */
  private recordHere(root: string): void {
    this.record({ epoch: this.epoch, floor: this.floor, cur: { stream: this.lastSeen, root }, prev: null });
  }

  private beat(): void {
    const mark = this.position && (this.position.prev ?? this.position.cur);
    // The older mark: a crash between recording a commit and making it durable resumes there.
    const hb: Heartbeat = { live: this.live, epoch: this.epoch, host: processHost(), keep: this.live && mark ? mark.stream + (mark.n === undefined ? 1 : 0) : 0 };
    this.nc?.publish(subjects.heartbeat(this.options.id), encode(hb));
  }

  /**
   * Runs `work` alone: after every entry handed to the writer has finished, with no new entry
   * handed over until it ends (a reset replaces the writer; a repair must see committed state).
   */
  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.busy) await this.busy;
    let release!: () => void;
    this.busy = new Promise((resolve) => (release = resolve));
    try {
      await this.tail;
      return await work();
    } finally {
      this.busy = null;
      release();
    }
  }

  /** Reads the log from where `opts` says, with an ordered consumer. */
  private async follow(opts: { deliver_policy: DeliverPolicy; opt_start_seq?: number }): Promise<void> {
    const consumer = await this.js!.consumers.get(STREAM, { filter_subjects: LOG_SUBJECT, ...opts });
    const messages = (this.messages = await consumer.consume({ expires: CONSUMER_EXPIRES_MS }));
    void this.consume(messages);
    void this.watch(messages);
  }

  /**
   * The consumer lives on one NATS server: when that server dies, the client library waits for it
   * to come back. Missed heartbeats (a second each) for CONSUMER_PATIENCE say so: a new consumer,
   * placed on a server that is there, goes on from the last entry seen.
   */
  private async watch(messages: ConsumerMessages): Promise<void> {
    for await (const s of messages.status()) {
      if (['next', 'debug', 'heartbeat', 'discard'].includes(s.type)) continue;
      this.options.log.info({ status: s }, 'log consumer');
      if (s.type !== 'heartbeats_missed' || s.count < CONSUMER_PATIENCE || messages !== this.messages) continue;
      await this.refollow();
      return;
    }
  }

  /**
   * A consumer that a restarted NATS server restored may deliver nothing and miss no heartbeat:
   * when the stream holds entries past the last one seen, and none came since the previous check,
   * it is replaced. (Not while an RPC holds the writer: entries wait for it on purpose.)
   */
  private async checkStall(): Promise<void> {
    if (this.stopping || this.busy || this.checking) return;
    this.checking = true;
    const seen = this.lastSeen;
    try {
      const last = (await this.jsm!.streams.info(STREAM)).state.last_seq;
      if (last > seen && seen === this.checkedSeen && !this.busy) {
        this.options.log.info({ seen, last }, 'log consumer delivers nothing; replacing it');
        await this.refollow();
      }
    } catch {
      // NATS electing a leader: the next check.
    } finally {
      this.checkedSeen = seen;
      this.checking = false;
    }
  }

  /** A new consumer in place of the current one, from the entry after the last one seen. */
  private refollow(): Promise<void> {
    // One at a time: two at once (a stall check, missed heartbeats) would leave a consumer behind.
    this.refollowing ??= this.replaceConsumer().finally(() => (this.refollowing = null));
    return this.refollowing;
  }

  private async replaceConsumer(): Promise<void> {
    this.messages?.stop();
    // What the stopped consumer still hands over (a message its loop held while a reset ran) is
    // its successor's to deliver, from the entry after the last one seen now: taken in here as
    // well, it would come again, look like a gap, and cost the replica its place in the log.
    this.messages = null;
    const from = this.lastSeen > 0 ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: this.lastSeen + 1 } : { deliver_policy: DeliverPolicy.New };
    while (!this.stopping) {
      try {
        await this.follow(from);
        this.options.log.info({ from: this.lastSeen + 1 }, 'log consumer replaced');
        return;
      } catch (err) {
        this.options.log.warn({ err: (err as Error).message }, 'cannot replace the log consumer yet');
        await new Promise((resolve) => setTimeout(resolve, CONSUMER_EXPIRES_MS / 2));
      }
    }
  }

  private async consume(messages: ConsumerMessages): Promise<void> {
    for await (const m of messages) {
      while (this.busy) await this.busy;
      // A replaced consumer's last deliveries: its successor delivers them again.
      if (messages !== this.messages) return;
      this.apply(m);
    }
  }

  /**
   * Hands the message's entries to the writer at once, without waiting for the ones before them:
   * the writer runs its requests in order, and never waits for this thread between two batches.
   */
  private apply(m: JsMsg): void {
    if (this.live && m.seq !== this.lastSeen + 1) {
      // Entries it never saw were purged or discarded (it was behind the log's limits): its place is lost.
      this.options.log.warn({ expected: this.lastSeen + 1, got: m.seq }, 'entries missing from the log; waiting for a reset');
      this.live = false;
    }
    this.lastSeen = m.seq;
    if (this.streamWaiters.length) this.streamReached();
    for (const e of this.joiner.take(m.data) ?? []) this.take(e, m.seq);
  }

  private take(e: LogEntry, stream: number): void {
    this.saw(e);
    if (!this.live || e.epoch !== this.epoch || e.n <= this.floor || !e.targets.includes(this.options.id)) return;
    let done: Promise<unknown>;
    try {
      done = this.execute(e, stream);
    } catch (err) {
      done = Promise.reject(err);
    }
    const reply = done.then(
      (result): EntryReply => ({ n: e.n, ok: true, result }),
      (err): EntryReply => ({ n: e.n, ok: false, error: wireError(err) }),
    );
    this.tail = reply
      .then((r) => this.report(r))
      .catch((err: Error) => this.options.log.warn({ n: e.n, err: err.message }, 'cannot report an entry'));
  }

  private report(r: EntryReply): void {
    this.reports.set(r.n, r);
    if (this.reports.size > KEPT_REPORTS) this.reports.delete(this.reports.keys().next().value!);
    if (!this.unsent.length) setImmediate(() => this.publishReports());
    this.unsent.push(r);
  }

  private publishReports(): void {
    const unsent = this.unsent;
    this.unsent = [];
    const bytes = encode(unsent);
    // Together only while that fits in a message (one report too large for it fails alone).
    if (unsent.length === 1 || bytes.length <= (this.nc!.info?.max_payload ?? 1 << 20)) return this.nc!.publish(subjects.report(this.options.id), bytes);
    for (const r of unsent) this.nc!.publish(subjects.report(this.options.id), encode([r]));
  }

  private execute(e: LogEntry, stream: number): Promise<unknown> {
    const id = this.options.id;
    switch (e.kind) {
      case 'batch': {
        const shared = new SharedArrayBuffer(e.items.byteLength);
        new Uint8Array(shared).set(e.items);
        const report = this.replica.batch(e.seq, shared, e.orders[id]!);
        this.roots.set(
          e.seq,
          report.then((r) => r.rootAfter),
        );
        return report;
      }
      case 'rollback':
        for (const seq of this.roots.keys()) if (seq >= e.from) this.roots.delete(seq);
        return this.replica.rollback(e.from);
      case 'commit': {
        const root = this.roots.get(e.upTo);
        if (root === undefined) {
          this.live = false;
          throw new PgError(SqlState.internalError, `replica ${id} was told to commit batch ${e.upTo}, which it does not hold`);
        }
        for (const seq of this.roots.keys()) if (seq <= e.upTo) this.roots.delete(seq);
        // Recorded when the batch's root is known, before or after the writer commits: a crash
        // before the commit resumes at the previous mark, one after it here (or, in the moment
        // between commit and record, matches no mark and waits for a reset).
        const recorded = root.then((r) => this.record({ epoch: this.epoch, floor: this.floor, cur: { stream, root: r, n: e.n }, prev: this.position?.cur ?? null }));
        return Promise.all([recorded, this.replica.commit(e.upTo)]).then(() => undefined);
      }
    }
  }

  private onRpc(msg: Msg): void {
    const rpc = decode<Rpc>(msg.data);
    if (rpc.op === 'cancel') return this.replica.cancel(rpc.id);
    if (rpc.op === 'reports') {
      for (const [n, r] of this.reports) if (n >= rpc.from) this.nc!.publish(subjects.report(this.options.id), encode([r]));
      return;
    }
    if (rpc.op === 'part') return this.respond(msg, this.parts.take(rpc.token, rpc.index));
    this.answer(rpc).then(
      (result) => this.respond(msg, this.parts.split(encode({ ok: true, result } satisfies RpcReply), this.nc!.info?.max_payload ?? 1 << 20)),
      (err) => this.respond(msg, encode({ ok: false, error: wireError(err) } satisfies RpcReply)),
    );
  }

  private respond(msg: Msg, bytes: Uint8Array): void {
    try {
      msg.respond(bytes);
    } catch (err) {
      this.options.log.warn({ err: (err as Error).message }, 'cannot answer an RPC');
    }
  }

  /** Notes the newest entry taken in, and wakes the RPCs that waited for it. */
  private saw(e: EntryId): void {
    if (e.epoch < this.seen.epoch || (e.epoch === this.seen.epoch && e.n <= this.seen.n)) return;
    this.seen = { epoch: e.epoch, n: e.n };
    const ready = this.seenWaiters.filter((w) => this.hasSeen(w.after));
    if (!ready.length) return;
    this.seenWaiters = this.seenWaiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve();
  }

  private streamReached(): void {
    const ready = this.streamWaiters.filter((w) => w.seq <= this.lastSeen);
    this.streamWaiters = this.streamWaiters.filter((w) => w.seq > this.lastSeen);
    for (const w of ready) w.resolve();
  }

  /** Resolves once the log is taken in up to stream sequence `seq`, or after `ms`. */
  private reached(seq: number, ms: number): Promise<void> {
    if (this.lastSeen >= seq) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.streamWaiters.push({ seq, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  private hasSeen(a: EntryId): boolean {
    return this.seen.epoch > a.epoch || (this.seen.epoch === a.epoch && this.seen.n >= a.n);
  }

  /** Resolves once every entry up to `after` is taken in (and so handed to the writer before what follows). */
  private caughtUp(after: EntryId | undefined): Promise<void> {
    if (!after || after.n === 0 || this.hasSeen(after)) return Promise.resolve();
    return new Promise((resolve) => this.seenWaiters.push({ after, resolve }));
  }

  private async answer(rpc: Exclude<Rpc, { op: 'cancel' | 'part' | 'reports' }>): Promise<unknown> {
    await this.caughtUp(rpc.after);
    const r = () => this.replica;
    switch (rpc.op) {
      // Reads and descriptions run on the readers beside the writer's work.
      case 'read':
        // One reply carries the whole result (ReplyParts splits it).
        return wholeResult(await r().read(rpc.steps as Step[], rpc.params as SqliteValue[], rpc.ctx as SessionContext, rpc.id, undefined, rpc.locked));
      case 'describe':
        return r().describe(rpc.steps as Step[], rpc.ctx as SessionContext, rpc.temps);
      case 'reset':
        await this.reached(rpc.upTo, RESET_CATCH_UP_MS);
        return this.exclusive(() => this.reset(rpc.epoch, rpc.floor));
      case 'state':
        return this.exclusive(() => r().state());
      case 'schema':
        return this.exclusive(() => r().schema());
      case 'bucketRows':
        return this.exclusive(() => r().bucketRows(rpc.table, rpc.buckets));
      case 'copyTo':
        return this.exclusive(() => r().copyTo(rpc.path));
      case 'snapshot':
        return this.exclusive(() => this.snapshot(rpc.name));
      case 'restore':
        return this.exclusive(() => this.restore(rpc.name));
      case 'repair':
        return this.exclusive(async () => {
          const state = await r().repair(rpc.table, rpc.deleteRowids, rpc.insert as SqliteValue[][]);
          this.recordHere(state.root);
          return state;
        });
      case 'undoLog':
        return this.exclusive(() => r().undoLog(rpc.set as UndoRecord[] | undefined));
      case 'scrub':
        return this.exclusive(async () => {
          const report = await r().scrub();
          this.recordHere(report.state.root);
          return report;
        });
      case 'fault':
        if (rpc.kind === 'crash') {
          if (!this.options.faults) throw new PgError(SqlState.featureNotSupported, 'fault injection is off');
          setImmediate(() => process.kill(process.pid, 'SIGKILL'));
          return Promise.resolve();
        }
        return this.exclusive(() => r().fault(rpc.kind as 'corrupt' | 'diverge'));
    }
  }

  /** Drops what is not committed, and follows the front's entries after (epoch, floor). */
  private async reset(epoch: number, floor: number): Promise<unknown> {
    // PG transactions open in the committed state are its front's: a front resetting it again
    // still holds them (undoing them here would undo them everywhere should every replica be
    // reset); for a new front they are a dead front's, rolled back.
    const settle = () => (epoch === this.epoch ? this.replica.state() : this.replica.recover());
    let state: ReplicaState;
    try {
      // In place while its threads run: new ones take seconds to start on a busy machine, and a
      // new front resets every replica before it serves.
      if (!this.replica.alive) throw new Error('its threads are gone');
      await this.replica.rollback(0);
      state = await settle();
    } catch {
      // Stopped on purpose, and before the new threads open the file: its open write transaction goes.
      this.replica.onFailure = undefined;
      await this.replica.close();
      this.replica = this.open();
      state = await settle();
    }
    this.epoch = epoch;
    this.floor = floor;
    this.roots.clear();
    this.reports.clear();
    this.live = true;
    this.recordHere(state.root);
    this.beat();
    // Reset because it fell behind, maybe: its consumer may be one that a restarted NATS server
    // restored and that delivers nothing more. A new one costs little; not waited for (while NATS
    // elects, making one takes seconds): it goes on from the last entry seen, so it delivers what
    // the front appends after hearing of the reset whenever it is there.
    void this.refollow();
    this.options.log.info({ replica: this.options.id, epoch, floor, root: state.root }, 'reset by the front');
    return state;
  }

  private store(): Promise<ObjectStore> {
    this.snapshots ??= new Objm(this.nc!).create(SNAPSHOTS, { ttl: SNAPSHOT_TTL_MS * 1e6, replicas: streamReplicas(this.options.servers) }).catch((err: Error) => {
      this.snapshots = null;
      throw err;
    });
    return this.snapshots;
  }

  /** Puts a consistent copy of the committed state (VACUUM INTO, between batches) into the snapshot store. */
  private async snapshot(name: string): Promise<{ bytes: number }> {
    const copy = `${this.file}.snapshot`;
    rmSync(copy, { force: true });
    try {
      await this.replica.copyTo(copy);
      const info = await (await this.store()).put({ name }, Readable.toWeb(createReadStream(copy)) as ReadableStream<Uint8Array>);
      this.options.log.info({ name, bytes: info.size }, 'snapshot stored');
      return { bytes: info.size };
    } finally {
      rmSync(copy, { force: true });
    }
  }

  /**
   * Takes snapshot `name` for its file (one that lost its disk has no tables to repair row by row).
   * Its position goes on from the last entry taken in: the front asks for this between batches,
   * when the snapshot's source had committed everything up to there.
   */
  private async restore(name: string): Promise<ReplicaState> {
    const store = await this.store();
    const result = await store.get(name);
    if (!result) throw new PgError(SqlState.internalError, `snapshot ${name} is not in the ${SNAPSHOTS} object store`);
    const copy = `${this.file}.restore`;
    await pipeStreams(Readable.fromWeb(result.data as WebReadableStream<Uint8Array>), createWriteStream(copy));
    const failed = await result.error;
    if (failed) throw new PgError(SqlState.internalError, `snapshot ${name} could not be read: ${failed.message}`);
    // Stopped on purpose, and before the file changes under its threads.
    this.replica.onFailure = undefined;
    await this.replica.close();
    // Kept for inspection, as a rebuilt embedded replica's file is.
    renameSync(this.file, `${this.file}.set-aside-${Date.now()}`);
    for (const suffix of ['-wal', '-shm']) rmSync(this.file + suffix, { force: true });
    renameSync(copy, this.file);
    this.replica = this.open();
    const state = await this.replica.state();
    this.roots.clear();
    this.recordHere(state.root);
    await store.delete(name).catch((err: Error) => this.options.log.warn({ name, err: err.message }, 'cannot delete a restored snapshot'));
    this.options.log.info({ name, root: state.root }, 'restored from a snapshot');
    return state;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.stallTimer) clearInterval(this.stallTimer);
    this.messages?.stop();
    await this.tail;
    await this.nc?.drain();
    await this.replica.close();
    if (this.positionFd !== null) closeSync(this.positionFd);
  }
}

function wireError(err: unknown): WireError {
  if (err instanceof PgError) return { code: err.code, message: err.message, fields: err.fields };
  return { code: SqlState.internalError, message: (err as Error).message, fields: {} };
}
