/**
 * One active front at a time: the front holding the key `active` of the JetStream KV bucket
 * `evsql_fronts` serves; others wait. The holder renews the key RENEWALS_PER_TTL times per TTL
 * (a compare-and-set on its revision); the bucket's TTL removes a key nobody renews, and a waiting
 * front then creates it. The revision that created it is the front's epoch: larger than every
 * earlier front's, so replicas (reset to it) ignore what an older front still appends.
 *
 * Why a short TTL is safe: a renewal sent at time s is applied by NATS at s or later, so the key
 * lives at least until s + TTL by any clock that runs at the same rate, and no other front can
 * create it before then. The holder takes its lease as valid only until s + TTL - TTL/10 for the
 * newest renewal it sent and saw succeed (`holds()`), and the front checks that before it lets a
 * replica's answer release anything to a client. So a front stops acknowledging before its key
 * can lapse, whether it is cut off, stalled or slow; the TTL only bounds how long a standby waits.
 * A holder past that point calls `lost` (the front exits: clients reconnect to the new one).
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import { jetstreamManager } from '@nats-io/jetstream';

const BUCKET = 'evsql_fronts';
const KEY = 'active';
const TAKEN = 'another front holds the key';
/** Renewals per TTL: several may fail or be slow in a row before the lease runs out. */
const RENEWALS_PER_TTL = 8;
/** How often a standby tries to create the key: its wait past the key's lapse. */
const STANDBY_POLL_MS = 100;

export class FrontLease {
  private timer: NodeJS.Timeout | null = null;
  readonly epoch: number;
  /** The lease is this front's until then (Date.now() ms): the newest successful renewal's send time + TTL - margin. */
  private validUntil: number;

  private constructor(
    private readonly kv: KV,
    private readonly owner: Uint8Array,
    private revision: number,
    private readonly ttlMs: number,
    private readonly lost: (reason: string) => void,
    acquiredSentAt: number,
  ) {
    this.epoch = revision;
    this.validUntil = acquiredSentAt + this.lasts;
    let renewing = false;
    this.timer = setInterval(() => {
      if (!this.holds()) return;
      // One renewal at a time: a second one sent while the first is slow would carry a revision
      // the first then moves on, and fail as if another front had the key.
      if (renewing) return;
      renewing = true;
      const sentAt = Date.now();
      this.renew().then(
        () => {
          this.validUntil = Math.max(this.validUntil, sentAt + this.lasts);
        },
        (err: Error) => {
          if (this.timer && err.message === TAKEN) this.stop(`front lease lost: ${err.message}`);
        },
      ).finally(() => {
        renewing = false;
      });
    }, ttlMs / RENEWALS_PER_TTL);
  }

  /** How long after a renewal is sent this front counts on the key: the TTL less a margin for clock rates and timer lateness. */
  private get lasts(): number {
    return this.ttlMs - this.ttlMs / 10;
  }

  /**
   * Whether this front still holds the lease for certain. False once it may have lapsed: then the
   * front gives up (`lost`), and nothing it releases from here on reaches a client.
   */
  holds(): boolean {
    if (this.timer && Date.now() < this.validUntil) return true;
    if (this.timer) this.stop('front lease lost: not renewed in time');
    return false;
  }

  /**
   * Renews the key at the revision last seen. An update that timed out may still have been
   * applied: then the key holds this front's own mark at a newer revision, which it takes up.
   */
  private async renew(): Promise<void> {
    try {
      this.revision = await this.kv.update(KEY, this.owner, this.revision, this.ttlMs / 2);
    } catch (err) {
      if (!/wrong last sequence/i.test((err as Error).message)) throw err;
      const entry = await this.kv.get(KEY);
      if (!entry || entry.operation !== 'PUT' || Buffer.compare(Buffer.from(entry.value), Buffer.from(this.owner)) !== 0) throw new Error(TAKEN);
      this.revision = entry.revision;
    }
  }

  /** Waits until this front holds the lease; `waiting` is called once if another holds it now. */
  static async acquire(nc: NatsConnection, ttlMs: number, waiting: () => void, lost: (reason: string) => void, replicas: number): Promise<FrontLease> {
    const kv = await new Kvm(nc).create(BUCKET, { ttl: ttlMs, history: 1, replicas });
    const jsm = await jetstreamManager(nc);
    const owner = new TextEncoder().encode(`${process.pid}@${Date.now()}`);
    let told = false;
    for (;;) {
      const sentAt = Date.now();
      try {
        // A bucket made by a front of another TTL keeps it. The shorter of the two is the one this
        // front counts on; the bucket takes this front's once it holds the key (no other front then
        // counts on the bucket's).
        const { config } = await jsm.streams.info(`KV_${BUCKET}`);
        const revision = await kv.create(KEY, owner);
        if (config.max_age !== ttlMs * 1e6) await jsm.streams.update(config.name, { ...config, max_age: ttlMs * 1e6 }).catch(() => undefined);
        return new FrontLease(kv, owner, revision, config.max_age > 0 ? Math.min(ttlMs, config.max_age / 1e6) : ttlMs, lost, sentAt);
      } catch {
        // Held by another front; or the bucket does not answer (NATS electing a leader): wait.
        if (!told) waiting();
        told = true;
        await new Promise((resolve) => setTimeout(resolve, STANDBY_POLL_MS));
      }
    }
  }

  private stop(reason: string): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.lost(reason);
  }

  /** Gives the lease up at a clean stop, so that a standby need not wait for the TTL. */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.kv.delete(KEY, { previousSeq: this.revision }).catch(() => undefined);
  }
}
