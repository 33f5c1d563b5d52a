/**
 * What a front and its replica processes say to each other over NATS. The log is one JetStream
 * stream: the front appends every batch (whole, once, with each replica's execution order) and
 * the rollbacks and commits the coordinator decides, each naming the replicas it is for; every
 * replica consumes the stream in order and applies the entries meant for it. An entry is
 * identified by (front epoch, n): JetStream drops a re-sent one (its message id), and a replica
 * ignores entries of an older epoch and those at or below the floor its front set at reset.
 * Reports, RPCs and heartbeats go over plain NATS subjects; payloads are v8-serialized (bigints,
 * Buffers and nested objects pass as they are).
 */
import { deserialize, serialize } from 'node:v8';
import { DiscardPolicy, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import type { WireError } from '../../executor/messages.js';

export const STREAM = 'EVSQL_LOG';
export const LOG_SUBJECT = 'evsql.log';

export const subjects = {
  rpc: (replica: number) => `evsql.replica.${replica}.rpc`,
  report: (replica: number) => `evsql.replica.${replica}.report`,
  heartbeat: (replica: number) => `evsql.replica.${replica}.hb`,
  anyReport: 'evsql.replica.*.report',
  anyHeartbeat: 'evsql.replica.*.hb',
};

/** Reports a replica keeps to send again (the newest; a front asks for them within seconds). */
export const KEPT_REPORTS = 1024;

/** How often a replica says it is there, and how long its silence means it is gone. */
export const HEARTBEAT_MS = 500;
export const SILENCE_MS = 10_000;

interface EntryBase {
  epoch: number;
  n: number;
  targets: number[];
}

export type LogEntry =
  | (EntryBase & { kind: 'batch'; seq: number; items: Uint8Array; orders: Record<number, number[]> })
  | (EntryBase & { kind: 'rollback'; from: number })
  | (EntryBase & { kind: 'commit'; upTo: number });

/**
 * Part of a log message too large for one NATS message; the parts follow each other in the
 * stream. `n`: the first entry's.
 */
interface EntryPart {
  part: { n: number; index: number; count: number };
  bytes: Uint8Array;
}

/**
 * The stream messages of entries appended together: one message holding them all (every message
 * costs a Raft append on three servers, a delivery to each replica and an acknowledgement), or its
 * parts when that is larger than a message may be.
 */
export function logMessages(entries: LogEntry[], maxPayload: number): Uint8Array[] {
  const bytes = encode(entries);
  const size = Math.max(1024, maxPayload - 1024);
  if (bytes.length <= size) return [bytes];
  const count = Math.ceil(bytes.length / size);
  return Array.from({ length: count }, (_, index) => encode({ part: { n: entries[0]!.n, index, count }, bytes: bytes.subarray(index * size, (index + 1) * size) } satisfies EntryPart));
}

/** Puts the entries of a log message back together from stream messages; parts missing their beginning are dropped. */
export class EntryJoiner {
  private parts: Uint8Array[] = [];
  private n = -1;

  take(message: Uint8Array): LogEntry[] | null {
    const m = decode<LogEntry[] | EntryPart>(message);
    if (!('part' in m)) return m;
    const { n, index, count } = m.part;
    if (index === 0) {
      this.parts = [];
      this.n = n;
    } else if (n !== this.n || index !== this.parts.length) {
      return null;
    }
    this.parts.push(m.bytes);
    if (index < count - 1) return null;
    const entries = decode<LogEntry[]>(Buffer.concat(this.parts));
    this.parts = [];
    this.n = -1;
    return entries;
  }
}

/** A replica's answer to an entry meant for it (a report message holds those ready together). */
export type EntryReply = { n: number; ok: true; result: unknown } | { n: number; ok: false; error: WireError };

export interface Heartbeat {
  /** It applies entries; false: it lost its place in the log and waits for its front's reset. */
  live: boolean;
  epoch: number;
  /** hostname:pid of the replica process. */
  host: string;
  /**
   * The first stream sequence it could need to replay after a restart (0 while not live): the
   * front never purges the log past it.
   */
  keep: number;
}

/** An entry of the log, named by its front's epoch and number. */
export interface EntryId {
  epoch: number;
  n: number;
}

/**
 * What the replica's state must include before it answers: RPCs travel beside the log, so one
 * reading the committed state for a repair would otherwise overtake a rollback still in the log.
 */
export type Ordered = { after?: EntryId };

/** RPCs answered only once the replica has taken in every entry appended before them. */
export const ORDERED_RPCS: ReadonlySet<string> = new Set(['state', 'schema', 'scrub', 'copyTo', 'bucketRows', 'repair', 'undoLog', 'fault', 'snapshot', 'restore']);

/**
 * The JetStream object store through which a replica's file travels to one that lost its own. A
 * snapshot is deleted once restored; one a failed restore left behind expires after an hour.
 */
export const SNAPSHOTS = 'evsql_snapshots';
export const SNAPSHOT_TTL_MS = 3_600_000;

export type Rpc = Ordered &
  (
  /**
   * Drop what is not committed, ignore entries up to (epoch, floor), report the committed state;
   * first take in the log up to stream sequence `upTo` (what it held when the front asked), so
   * that replicas reset together are reset at one place in it (a while at most: see RESET_CATCH_UP_MS).
   */
  | { op: 'reset'; epoch: number; floor: number; upTo: number }
  | { op: 'state' }
  | { op: 'schema' }
  | { op: 'scrub' }
  | { op: 'copyTo'; path: string }
  /** Puts a consistent copy of its committed state into the SNAPSHOTS store as `name`. */
  | { op: 'snapshot'; name: string }
  /** Replaces its file by snapshot `name` (and deletes it from the store). */
  | { op: 'restore'; name: string }
  | { op: 'bucketRows'; table: string; buckets: number[] }
  | { op: 'repair'; table: string; deleteRowids: bigint[]; insert: unknown[][] }
  | { op: 'undoLog'; set?: unknown[] }
  | { op: 'fault'; kind: 'corrupt' | 'diverge' | 'crash' }
  | { op: 'read'; steps: unknown[]; params: unknown[]; ctx: unknown; id: number; locked?: boolean }
  | { op: 'describe'; steps: unknown[]; ctx: unknown; temps: string[] }
  | { op: 'cancel'; id: number }
  /**
   * Publish again the reports of entries from n = `from` on: reports travel over core NATS, and
   * those sent while the front was reconnecting (its NATS server lost) are gone. No answer.
   */
  | { op: 'reports'; from: number }
  /** Part `index` of a reply too large for one NATS message. */
  | { op: 'part'; token: number; index: number }
  );

export type RpcReply = { ok: true; result: unknown } | { ok: false; error: WireError };

/** The first answer to an RPC whose reply is larger than a NATS message: fetch `count` parts. */
export interface SplitReply {
  split: { token: number; count: number };
}

/**
 * Replies too large for one NATS message (a table's rows for a repair), kept in parts until the
 * front has fetched them all, at most a minute.
 */
export class ReplyParts {
  private next = 1;
  private readonly held = new Map<number, { parts: Uint8Array[]; left: number; timer: NodeJS.Timeout }>();

  /** The bytes themselves when they fit; else a SplitReply, its parts held. */
  split(bytes: Uint8Array, maxPayload: number): Uint8Array {
    const size = Math.max(1024, maxPayload - 1024);
    if (bytes.length <= size) return bytes;
    const parts: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += size) parts.push(bytes.subarray(at, at + size));
    const token = this.next++;
    const timer = setTimeout(() => this.held.delete(token), 60_000);
    timer.unref();
    this.held.set(token, { parts, left: parts.length, timer });
    return encode({ split: { token, count: parts.length } } satisfies SplitReply);
  }

  take(token: number, index: number): Uint8Array {
    const h = this.held.get(token);
    const part = h?.parts[index];
    if (!h || !part) return encode({ ok: false, error: { code: '58030', message: `reply part ${token}/${index} is gone`, fields: {} } } satisfies RpcReply);
    if (--h.left === 0) {
      clearTimeout(h.timer);
      this.held.delete(token);
    }
    return part;
  }
}

export const encode = (value: unknown): Uint8Array => serialize(value);
export const decode = <T>(bytes: Uint8Array): T => deserialize(bytes) as T;

/** The log's size limit unless `evsql start --log-max-bytes` says otherwise. */
export const DEFAULT_LOG_MAX_BYTES = 1 << 30;

/**
 * Creates the log stream if it is missing (retrying while a new NATS cluster elects its leader).
 * Replicated on `replicas` NATS servers (3 on a 3-node cluster: JetStream's Raft keeps the log
 * through the loss of one), so fronts and replicas may all call it. `maxBytes` (a front's
 * setting) is applied to a stream that has another.
 */
export async function ensureStream(jsm: JetStreamManager, replicas: number, maxBytes?: number, patienceMs = 30_000): Promise<void> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    let config: StreamConfig | null = null;
    try {
      config = (await jsm.streams.info(STREAM)).config;
    } catch {
      // Not there yet: create it.
    }
    try {
      if (!config) {
        await jsm.streams.add({
          name: STREAM,
          subjects: [LOG_SUBJECT],
          num_replicas: replicas,
          // A replica that was away longer than these keep cannot replay: it is reset and repaired
          // from another. Within them the front purges what every replica in service committed.
          max_age: 24 * 3600 * 1e9,
          max_bytes: maxBytes ?? DEFAULT_LOG_MAX_BYTES,
          discard: DiscardPolicy.Old,
          duplicate_window: 120 * 1e9,
        });
      } else if (maxBytes !== undefined && config.max_bytes !== maxBytes) {
        await jsm.streams.update(STREAM, { ...config, max_bytes: maxBytes });
      }
      return;
    } catch (err) {
      // A cluster that is still electing its JetStream leader refuses for a moment.
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** The log's NATS replication for a list of server URLs: R3 on a cluster of three or more. */
export const streamReplicas = (servers: string[]): number => (servers.length >= 3 ? 3 : 1);
