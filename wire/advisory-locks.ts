/**
 * Advisory locks (pg_advisory_lock and its kin, exclusive only), as PostgreSQL keeps them: a lock
 * is a key, held by one session at a time, which may hold it several times at session level
 * (until as many unlocks, or its end) and at transaction level (until its transaction ends); the
 * lock is free once both counts are 0. They live on the server and not on the replicas because
 * every session of a cluster speaks to its one active front; a front that fails over drops its
 * sessions, and with them their locks, as a PostgreSQL restart does. A waiter waits until the key
 * is free, lock_timeout passes (55P03), it is cancelled (57014), or its wait would close a cycle
 * of advisory-lock waits (40P01). Socket-free: the connection answers the statement.
 */
import { PgError, SqlState } from '../pg/errors.js';

export type AdvisoryLevel = 'session' | 'transaction';

interface Hold {
  pid: number;
  session: number;
  transaction: number;
}

interface Waiter {
  pid: number;
  /** When the wait began (ms), pg_locks' waitstart. */
  since: number;
  /** Tries to take the key; true once taken. */
  retry: () => boolean;
}

export class AdvisoryLocks {
  private readonly holds = new Map<string, Hold>();
  private readonly waiters = new Map<string, Waiter[]>();
  /** The key each waiting session waits for. */
  private readonly waitingFor = new Map<number, string>();

  /** pg_try_advisory_lock: takes the key if it is free or already this session's. */
  tryLock(key: string, pid: number, level: AdvisoryLevel): boolean {
    let hold = this.holds.get(key);
    if (hold && hold.pid !== pid) return false;
    if (!hold) this.holds.set(key, (hold = { pid, session: 0, transaction: 0 }));
    hold[level]++;
    return true;
  }

  /** pg_advisory_lock: takes the key, waiting while another session holds it. */
  lock(key: string, pid: number, level: AdvisoryLevel, timeoutMs: number, onCancel: (cancel: (err: PgError) => void) => void): Promise<void> {
    if (this.tryLock(key, pid, level)) return Promise.resolve();
    if (this.closesCycle(key, pid)) {
      return Promise.reject(new PgError(SqlState.deadlockDetected, 'deadlock detected', { detail: `Process ${pid} waits for an advisory lock held by a process that waits for it.` }));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { pid, since: Date.now(), retry: () => this.tryLock(key, pid, level) && (finish(), resolve(), true) };
      const finish = () => {
        clearTimeout(timer);
        this.waitingFor.delete(pid);
        const queue = this.waiters.get(key)!.filter((w) => w !== waiter);
        if (queue.length) this.waiters.set(key, queue);
        else this.waiters.delete(key);
      };
      const fail = (err: PgError) => {
        finish();
        reject(err);
      };
      const timer = setTimeout(() => fail(new PgError(SqlState.lockNotAvailable, 'canceling statement due to lock timeout')), timeoutMs);
      this.waitingFor.set(pid, key);
      this.waiters.set(key, [...(this.waiters.get(key) ?? []), waiter]);
      onCancel(fail);
    });
  }

  /** The keys held and waited for, as pg_locks lists them: one entry per holder, and one per waiter (since: when it began to wait). */
  listed(): Array<LockTag & { pid: number; granted: boolean; since: number | null }> {
    const held = [...this.holds].map(([key, h]) => ({ ...lockTag(key), pid: h.pid, granted: true, since: null }));
    const waiting = [...this.waiters].flatMap(([key, ws]) => ws.map((w) => ({ ...lockTag(key), pid: w.pid, granted: false, since: w.since })));
    return [...held, ...waiting];
  }

  /** pg_advisory_unlock: one session-level hold let go; false when the session held none. */
  unlock(key: string, pid: number): boolean {
    const hold = this.holds.get(key);
    if (!hold || hold.pid !== pid || hold.session === 0) return false;
    hold.session--;
    this.settle(key, hold);
    return true;
  }

  /** At a transaction's end its transaction-level holds go; at the session's end (or pg_advisory_unlock_all) its session-level ones. */
  releaseAll(pid: number, level: AdvisoryLevel): void {
    for (const [key, hold] of this.holds) {
      if (hold.pid !== pid || hold[level] === 0) continue;
      hold[level] = 0;
      this.settle(key, hold);
    }
  }

  private settle(key: string, hold: Hold): void {
    if (hold.session > 0 || hold.transaction > 0) return;
    this.holds.delete(key);
    // The first waiter takes it, in arrival order.
    for (const w of this.waiters.get(key) ?? []) if (w.retry()) return;
  }

  /** Whether `pid` waiting for `key` would wait, through the holders' own waits, for itself. */
  private closesCycle(key: string, pid: number): boolean {
    const seen = new Set<number>();
    for (let holder = this.holds.get(key)?.pid; holder !== undefined && !seen.has(holder); ) {
      if (holder === pid) return true;
      seen.add(holder);
      const next = this.waitingFor.get(holder);
      holder = next === undefined ? undefined : this.holds.get(next)?.pid;
    }
    return false;
  }
}

/** How pg_locks names an advisory lock's key. */
export interface LockTag {
  classid: bigint;
  objid: bigint;
  objsubid: number;
}

/**
 * pg_locks' classid, objid and objsubid of a key (`1:n` for a bigint, `2:a,b` for two integers,
 * connection.ts advisoryKey): a bigint's high and low 32 bits with objsubid 1, two integers as
 * they are with objsubid 2, as unsigned oids.
 */
export function lockTag(key: string): LockTag {
  const [kind, values] = key.split(':') as [string, string];
  const unsigned = (v: string, bits: number) => BigInt.asUintN(bits, BigInt(v));
  if (kind === '1') {
    const u = unsigned(values, 64);
    return { classid: u >> 32n, objid: u & 0xffffffffn, objsubid: 1 };
  }
  const [a, b] = values.split(',') as [string, string];
  return { classid: unsigned(a, 32), objid: unsigned(b, 32), objsubid: 2 };
}
