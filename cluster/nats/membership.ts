/**
 * The cluster's voting set, kept in the JetStream KV bucket `evsql_cluster` (key `voting`, a JSON
 * list of replica ids, or null for "every replica the front has", `--replicas`): a front reads it
 * when it takes the lease and writes it when evsql_add_replica / evsql_remove_replica change it,
 * so a standby taking over starts with the same set.
 *
 * Every write is a compare-and-set on the revision this front last read or wrote, and a front
 * taking over writes the set back as it read it: the revision moves with every takeover, so a
 * front that lost its lease (and has not exited yet) cannot overwrite what its successor keeps.
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import { PgError, SqlState } from '../../pg/errors.js';

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
  /** The key's revision as this front last read or wrote it; 0: no key. */
  private revision = 0;

  private constructor(private readonly kv: KV) {}

  static async open(nc: NatsConnection, replicas: number): Promise<Membership> {
    return new Membership(await patiently(() => new Kvm(nc).create(BUCKET, { history: 1, replicas })));
  }

  /**
   * The kept voting set among replicas 0 … slots-1 (null when none is kept, or none of those is in
   * it), claimed for this front: written back unchanged at the revision read.
   */
  async claim(slots: number): Promise<number[] | null> {
    const kept = await patiently(async () => {
      const entry = await this.kv.get(KEY);
      this.revision = entry?.revision ?? 0;
      const kept = entry?.operation === 'PUT' ? (JSON.parse(entry.string()) as number[] | null) : null;
      await this.write(kept);
      return kept;
    });
    const ids = kept?.filter((id) => id < slots) ?? [];
    return ids.length ? ids : null;
  }

  /** Keeps `voting`, unless another front wrote the set since this one claimed it. */
  async save(voting: number[]): Promise<void> {
    try {
      await this.write(voting);
    } catch (err) {
      if (!/wrong last sequence|key exists/i.test((err as Error).message)) throw err;
      throw new PgError(SqlState.objectNotInPrerequisiteState, 'the voting set was changed by another front: this front no longer holds the front lease');
    }
  }

  private async write(voting: number[] | null): Promise<void> {
    const value = JSON.stringify(voting);
    this.revision = this.revision ? await this.kv.update(KEY, value, this.revision) : await this.kv.create(KEY, value);
  }
}
