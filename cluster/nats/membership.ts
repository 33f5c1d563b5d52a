/**
 * The cluster's voting set, kept in the JetStream KV bucket `evsql_cluster` (key `voting`, a JSON
 * list of replica ids): a front reads it when it takes the lease and writes it when
 * evsql_add_replica / evsql_remove_replica change it, so a standby taking over starts with the
 * same set. No key: every replica the front has (`--replicas`) votes.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';

const BUCKET = 'evsql_cluster';
const KEY = 'voting';
/** A front reads the set as it takes over, maybe while NATS elects new leaders after a server's loss. */
const PATIENCE_MS = 30_000;

async function patiently<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

export class Membership {
  private constructor(private readonly kv: KV) {}

  static async open(nc: NatsConnection, replicas: number): Promise<Membership> {
    return new Membership(await patiently(() => new Kvm(nc).create(BUCKET, { history: 1, replicas })));
  }

  /** The kept voting set among replicas 0 … slots-1; null when none is kept (or none of those is in it). */
  async voting(slots: number): Promise<number[] | null> {
    const entry = await patiently(() => this.kv.get(KEY));
    if (!entry || entry.operation !== 'PUT') return null;
    const ids = (JSON.parse(entry.string()) as number[]).filter((id) => id < slots);
    return ids.length ? ids : null;
  }

  async save(voting: number[]): Promise<void> {
    await this.kv.put(KEY, JSON.stringify(voting));
  }
}
