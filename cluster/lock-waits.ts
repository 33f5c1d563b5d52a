/**
 * Waiting for locks: the lock table decides, this waits. A waiter retries when any lock is
 * released; a wait-for cycle aborts the youngest transaction on it with 40P01; a wait longer than
 * lock_timeout gets 55P03; a cancel gets 57014.
 *
 * A transaction's locks go as soon as its COMMIT (or ROLLBACK, or an autocommit write) is queued
 * in the batcher: writers that come later are ordered after it by the batcher anyway. Readers that
 * take locks (SERIALIZABLE, or a read held back by an open schema change) do not go through the
 * batcher but read committed snapshots, so until the queued end is released its written keys
 * still hold them back (settled()). Plain reads take no locks at all (session.ts). The ends also
 * form a log that REPEATABLE READ snapshots check their transactions' statements against.
 */
import { PgError, SqlState } from '../pg/errors.js';
import { type ConflictKey, conflicts, writes } from '../mixer/keys.js';
import type { LockTable } from '../mixer/locks.js';

interface Waiter {
  tx: number;
  retry: () => void;
  fail: (err: PgError) => void;
}

interface Ending {
  written: ConflictKey[];
  done: Promise<unknown>;
  settled: boolean;
}

export class LockWaits {
  private readonly waiters = new Map<number, Waiter>();
  private readonly ending = new Set<Ending>();
  /**
   * Transaction ends that wrote, in queue order: those not settled yet, and settled ones an open
   * snapshot began before. `logBase` is the position of its first entry.
   */
  private readonly log: Ending[] = [];
  private logBase = 0;
  /** Where each open REPEATABLE READ snapshot began in the log. */
  private readonly snapshots: number[] = [];
  /** Since start: waits begun, and how many ended in a deadlock or a lock timeout (for /metrics). */
  readonly counts = { waits: 0, deadlocks: 0, timeouts: 0 };

  constructor(readonly locks: LockTable) {}

  /**
   * Waits for and takes `keys` for `tx`. With `friend`, `tx` is a short read lock taken on behalf
   * of that transaction: its locks are no conflict, and a wait counts as the friend's in deadlock
   * detection (the friend waits for the read).
   */
  acquire(tx: number, keys: ConflictKey[], timeoutMs: number, onWait: (cancel: () => void) => void, friend?: number): Promise<void> {
    const first = this.locks.acquire(tx, keys, friend);
    if (first.granted) return Promise.resolve();
    this.counts.waits++;
    return new Promise<void>((resolve, reject) => {
      const waiterId = friend ?? tx;
      const done = (err?: PgError) => {
        clearTimeout(timer);
        this.waiters.delete(waiterId);
        this.locks.notWaiting(waiterId);
        if (err) reject(err);
        else resolve();
      };
      const waiter: Waiter = {
        tx: waiterId,
        retry: () => {
          const r = this.locks.acquire(tx, keys, friend);
          if (r.granted) done();
          else this.wait(waiter, r.waitsFor);
        },
        fail: done,
      };
      const timer = setTimeout(() => {
        this.counts.timeouts++;
        done(new PgError(SqlState.lockNotAvailable, 'canceling statement due to lock timeout'));
      }, timeoutMs);
      onWait(() => done(new PgError(SqlState.queryCanceled, 'canceling statement due to user request')));
      this.waiters.set(waiterId, waiter);
      this.wait(waiter, first.waitsFor);
    });
  }

  /**
   * `tx`'s end is queued and settles with `done`: its locks go now, and readers of what it wrote
   * wait in settled() until `done`.
   */
  releaseQueued(tx: number, done: Promise<unknown>): void {
    const written = this.locks.held(tx).filter((k) => writes(k.mode));
    if (written.length) {
      const e: Ending = { written, done, settled: false };
      this.ending.add(e);
      this.log.push(e);
      const drop = () => {
        this.ending.delete(e);
        e.settled = true;
        this.prune();
      };
      done.then(drop, drop);
    }
    this.release(tx);
  }

  /** Resolves when no queued transaction end that wrote what `keys` read is outstanding. */
  async settled(keys: ConflictKey[]): Promise<void> {
    for (;;) {
      let pending: Ending | undefined;
      for (const e of this.ending) if (e.written.some((w) => keys.some((k) => conflicts(w, k)))) pending = e;
      if (!pending) return;
      await pending.done.catch(() => undefined);
    }
  }

  /**
   * A snapshot begins: returns its position in the log. Every end from there on counts as after
   * it — the ends not settled yet too, since the snapshot may or may not hold them.
   */
  snapshotBegins(): number {
    const unsettled = this.log.findIndex((e) => !e.settled);
    const at = this.logBase + (unsettled < 0 ? this.log.length : unsettled);
    this.snapshots.push(at);
    return at;
  }

  snapshotEnds(at: number): void {
    const i = this.snapshots.indexOf(at);
    if (i >= 0) this.snapshots.splice(i, 1);
    this.prune();
  }

  /** Whether a transaction end queued at or after log position `since` wrote what `keys` touch. */
  changedSince(since: number, keys: ConflictKey[]): boolean {
    for (let i = Math.max(0, since - this.logBase); i < this.log.length; i++) {
      if (this.log[i]!.written.some((w) => keys.some((k) => conflicts(w, k)))) return true;
    }
    return false;
  }

  private prune(): void {
    const keep = this.snapshots.length ? Math.min(...this.snapshots) : Infinity;
    while (this.log.length && this.log[0]!.settled && this.logBase < keep) {
      this.log.shift();
      this.logBase++;
    }
  }

  /** Ends a transaction's hold on its locks and lets waiters try again. */
  release(tx: number): void {
    this.locks.release(tx);
    for (const w of [...this.waiters.values()]) w.retry();
  }

  private wait(waiter: Waiter, waitsFor: number[]): void {
    const victim = this.locks.waiting(waiter.tx, waitsFor);
    if (victim === null) return;
    this.counts.deadlocks++;
    const err = new PgError(SqlState.deadlockDetected, 'deadlock detected', { detail: `Transaction ${victim} waits in a cycle of lock waits.` });
    this.waiters.get(victim)?.fail(err);
  }
}
