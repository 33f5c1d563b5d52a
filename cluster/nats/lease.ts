/**
 * One active front at a time: the front holding the key `active` of the JetStream KV bucket
 * `evsql_fronts` serves; others wait. The holder renews the key every TTL/4 (a compare-and-set
 * on its revision); the bucket's TTL removes a key nobody renews, and a waiting front then
 * creates it. The revision that created it is the front's epoch: larger than every earlier
 * front's, so replicas (reset to it) ignore what an older front still appends.
 *
 * A holder that cannot renew for a TTL, or finds the key taken, calls `lost` (the front exits:
 * clients reconnect to the new one).
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';

const BUCKET = 'evsql_fronts';
const KEY = 'active';
const TAKEN = 'another front holds the key';

export class FrontLease {
  private timer: NodeJS.Timeout | null = null;
  readonly epoch: number;

  private constructor(
    private readonly kv: KV,
    private readonly owner: Uint8Array,
    private revision: number,
    private readonly ttlMs: number,
    private readonly lost: (reason: string) => void,
  ) {
    this.epoch = revision;
    let renewedAt = Date.now();
    let renewing = false;
    this.timer = setInterval(() => {
      // One renewal at a time: a second one sent while the first is slow would carry a revision
      // the first then moves on, and fail as if another front had the key.
      if (renewing) return;
      renewing = true;
      this.renew().then(
        () => {
          renewedAt = Date.now();
        },
        (err: Error) => {
          if (this.timer && (err.message === TAKEN || Date.now() - renewedAt >= this.ttlMs)) this.stop(`front lease lost: ${err.message}`);
        },
      ).finally(() => {
        renewing = false;
      });
    }, ttlMs / 4);
  }

  /**
   * Renews the key at the revision last seen. An update that timed out may still have been
   * applied: then the key holds this front's own mark at a newer revision, which it takes up.
   */
  private async renew(): Promise<void> {
    try {
      this.revision = await this.kv.update(KEY, this.owner, this.revision, this.ttlMs / 4);
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
    const owner = new TextEncoder().encode(`${process.pid}@${Date.now()}`);
    let told = false;
    for (;;) {
      try {
        const revision = await kv.create(KEY, owner);
        return new FrontLease(kv, owner, revision, ttlMs, lost);
      } catch {
        // Held by another front; or the bucket does not answer (NATS electing a leader): wait.
        if (!told) waiting();
        told = true;
        await new Promise((resolve) => setTimeout(resolve, Math.min(500, ttlMs / 4)));
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
