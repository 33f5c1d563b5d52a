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
    this.timer = setInterval(() => {
      this.kv.update(KEY, this.owner, this.revision, this.ttlMs / 4).then(
        (next) => {
          this.revision = next;
          renewedAt = Date.now();
        },
        (err: Error) => {
          // Taken by another front (the key moved on), or not renewed for a whole TTL: step down.
          if (/wrong last sequence/i.test(err.message) || Date.now() - renewedAt >= this.ttlMs) this.stop(`front lease lost: ${err.message}`);
        },
      );
    }, ttlMs / 4);
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
