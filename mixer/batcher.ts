/**
 * Batch formation as Eve does it: waiting requests are taken in arrival order and each goes into
 * the first parallel group after the last group holding a request it conflicts with. Requests in
 * one group never conflict, so a replica may run a group in any order (or concurrently) and reach
 * the same state; groups run one after another.
 *
 * A request that cannot join this batch (its session already has one here, or the batch is full)
 * waits for the next, and so does every later request that conflicts with a waiting one: requests
 * that conflict are executed in arrival order, always.
 *
 * Pure: time comes in as `now`, randomness from a seeded generator.
 */
import { assert } from '../lib/assert.js';
import { ConflictIndex } from './conflict-index.js';
import type { ConflictKey } from './keys.js';
import { Prng } from './prng.js';

export interface MixerRequest {
  id: number;
  session: number;
  keys: ConflictKey[];
}

export interface Batch {
  seq: number;
  /** ms; every request of the batch sees this as its now(): never less than the previous batch's. */
  timestamp: number;
  /** Seeds the batch's random() and gen_random_uuid() on every replica alike. */
  seed: number;
  /** Groups of request ids; requests within one group never conflict; groups run in order. */
  groups: number[][];
}

interface Waiting {
  req: MixerRequest;
  arrived: number;
}

export class Batcher {
  private readonly maxBatchSize: number;
  private readonly maxDelayMs: number;
  private readonly prng: Prng;
  private queue: Waiting[] = [];
  private lastTimestamp = -Infinity;
  private lastSeq = -Infinity;
  private lastArrival = -Infinity;
  private readonly ids = new Set<number>();

  constructor(opts: { maxBatchSize: number; maxDelayMs: number; seed: number }) {
    assert(Number.isInteger(opts.maxBatchSize) && opts.maxBatchSize >= 1, 'maxBatchSize must be a positive integer');
    assert(opts.maxDelayMs >= 0, 'maxDelayMs must not be negative');
    this.maxBatchSize = opts.maxBatchSize;
    this.maxDelayMs = opts.maxDelayMs;
    this.prng = new Prng(opts.seed);
  }

  get waiting(): number {
    return this.queue.length;
  }

  push(req: MixerRequest, now: number): void {
    assert(!this.ids.has(req.id), () => `request ${req.id} pushed twice`);
    // Arrival order is the order of push; a clock that steps back must not reorder it.
    const arrived = Math.max(now, this.lastArrival);
    this.lastArrival = arrived;
    this.ids.add(req.id);
    this.queue.push({ req, arrived });
  }

  /** Whether a batch is due: full, or the oldest request waited maxDelayMs. */
  due(now: number): boolean {
    const oldest = this.queue[0];
    return oldest !== undefined && (this.queue.length >= this.maxBatchSize || now - oldest.arrived >= this.maxDelayMs);
  }

  /** Milliseconds until the oldest waiting request makes a batch due (0: due now), or null with none waiting. */
  nextDueIn(now: number): number | null {
    const oldest = this.queue[0];
    if (!oldest) return null;
    return this.due(now) ? 0 : oldest.arrived + this.maxDelayMs - now;
  }

  take(now: number, seq: number, force = false): Batch | null {
    if (this.queue.length === 0 || (!force && !this.due(now))) return null;
    assert(seq > this.lastSeq, () => `batch seq ${seq} after ${this.lastSeq}`);
    const placed = new ConflictIndex();
    // Keys of the requests left waiting: later requests that conflict with them must wait too.
    const deferred = new ConflictIndex();
    // Sessions with a request placed or left waiting: their later requests wait, keeping session order.
    const sessions = new Set<number>();
    const groups: number[][] = [];
    const left: Waiting[] = [];
    let taken = 0;
    let i = 0;
    for (; i < this.queue.length && taken < this.maxBatchSize; i++) {
      const w = this.queue[i]!;
      const { req } = w;
      if (sessions.has(req.session) || deferred.conflictLevelOf(req.keys) >= 0) {
        deferred.addAll(req.keys, 0);
        sessions.add(req.session);
        left.push(w);
        continue;
      }
      const g = placed.conflictLevelOf(req.keys) + 1;
      assert(g <= groups.length, 'a request can only open the next group');
      if (g === groups.length) groups.push([]);
      groups[g]!.push(req.id);
      placed.addAll(req.keys, g);
      sessions.add(req.session);
      this.ids.delete(req.id);
      taken++;
    }
    for (; i < this.queue.length; i++) left.push(this.queue[i]!);
    this.queue = left;
    assert(taken > 0, 'the oldest waiting request always fits an empty batch');
    const timestamp = Math.max(now, this.lastTimestamp);
    this.lastTimestamp = timestamp;
    this.lastSeq = seq;
    return { seq, timestamp, seed: this.prng.nextUint32(), groups };
  }
}
