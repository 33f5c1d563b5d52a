/**
 * Waiting for locks: the lock table decides, this waits. A waiter retries when any lock is
 * released; a wait-for cycle aborts the youngest transaction on it with 40P01; a wait longer than
 * lock_timeout gets 55P03; a cancel gets 57014.
 */
import { PgError, SqlState } from '../pg/errors.js';
import type { ConflictKey } from '../mixer/keys.js';
import type { LockTable } from '../mixer/locks.js';

interface Waiter {
  tx: number;
  retry: () => void;
  fail: (err: PgError) => void;
}

export class LockWaits {
  private readonly waiters = new Map<number, Waiter>();
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
