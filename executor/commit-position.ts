/**
 * Where a replica's committed state stands: the server run (`boot`, the run's start time) and the
 * newest batch of that run it committed, written in the same SQLite transaction as the batches.
 * Replicas commit on their own, so a server killed at any moment can leave three replicas at
 * three batches: at the next start the one furthest on holds every acknowledged batch (each was
 * durable on a quorum, and commits only ever hold verified batches), and the others are brought
 * in line with it. Kept in an internal table, outside the state hash.
 */
import type Database from 'better-sqlite3';
import { INTERNAL_PREFIX } from '../dialect/catalog/definitions.js';
import type { CommitPosition } from './messages.js';

const TABLE = `"${INTERNAL_PREFIX}position"`;

export class CommitPositions {
  private readonly write: Database.Statement;
  private readonly read: Database.Statement;
  /** The run this replica now commits in; 0 until the server tells it (recover). */
  boot = 0;

  constructor(db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (k INTEGER PRIMARY KEY CHECK (k = 0), boot INTEGER NOT NULL, seq INTEGER NOT NULL)`);
    db.exec(`INSERT OR IGNORE INTO ${TABLE} VALUES (0, 0, 0)`);
    this.write = db.prepare(`UPDATE ${TABLE} SET boot = ?, seq = ? WHERE k = 0`);
    this.read = db.prepare(`SELECT boot, seq FROM ${TABLE} WHERE k = 0`).safeIntegers(false);
  }

  /** Inside the transaction that commits batches up to `seq`. */
  record(seq: number): void {
    if (this.boot) this.write.run(this.boot, seq);
  }

  current(): CommitPosition {
    return this.read.get() as CommitPosition;
  }
}

/** Whether `a` is further on than `b`. */
export function furtherOn(a: CommitPosition, b: CommitPosition): boolean {
  return a.boot > b.boot || (a.boot === b.boot && a.seq > b.seq);
}
