/**
 * The log: the agreed order of batches. In embedded mode it lives in process and only assigns
 * sequence numbers; every replica consumes the batches in that order. (A replica that missed
 * batches is repaired from a healthy one rather than replayed.) Cluster mode puts the same entries
 * on NATS JetStream.
 */
import type { BatchItem } from '../executor/messages.js';

export interface LogEntry {
  seq: number;
  timestamp: number;
  items: BatchItem[];
  /** Groups of indexes into items: within a group requests do not conflict; groups run in order. */
  groups: number[][];
}

export interface Log {
  append(entry: Omit<LogEntry, 'seq'>): LogEntry;
}

export class InProcessLog implements Log {
  private next = 1;

  /** The sequence number the next append will get. */
  get nextSeq(): number {
    return this.next;
  }

  append(entry: Omit<LogEntry, 'seq'>): LogEntry {
    return { ...entry, seq: this.next++ };
  }
}
