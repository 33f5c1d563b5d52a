/**
 * The incremental, order-independent state hash of a replica. Every row hashes (128 bits) into a
 * bucket of its table: added when the row appears, subtracted when it changes or goes. Sums
 * commute, so the buckets after a batch do not depend on the order in which non-conflicting
 * requests ran. The root hashes the schema and every table's buckets.
 *
 * A mark (a batch, a request inside it) keeps each table's buckets as they were when it was taken,
 * copied when the table first changes after it, so a failed request (savepoint) or a rejected
 * batch puts them back: what a mark holds grows with the tables it changed, not with its rows (a
 * journal of every row's hashes held a million-row INSERT's in memory, ~200 bytes a row).
 */
import type { SqliteValue } from '../pg/types/registry.js';
import { assert } from '../lib/assert.js';

export const BUCKETS = 64;

export interface Hasher {
  h64Raw(input: Uint8Array, seed?: bigint): bigint;
  create64(seed?: bigint): { update(input: Uint8Array): unknown; digest(): bigint };
}

/**
 * A row image longer than this is hashed in pieces of it: a WebAssembly hasher's memory grows to
 * the largest input it was given and never shrinks, and one 50 MB value would keep 50 MB per replica.
 */
const HASH_PIECE = 64 * 1024;
const ENCODE_BUFFER = 1024;

const SEED_A = 0x9e3779b97f4a7c15n;
const SEED_B = 0xc2b2ae3d27d4eb4fn;

export class StateHash {
  /** Per table: BUCKETS pairs of 64-bit lanes; BigUint64Array arithmetic wraps mod 2^64. */
  private readonly tables = new Map<string, BigUint64Array>();
  /** Per open mark, oldest first: each table's buckets before its first change since (null: it had none). */
  private marks: Array<Map<string, BigUint64Array | null>> = [];
  private schemaDigest: string;
  private buf = Buffer.allocUnsafe(ENCODE_BUFFER);
  /**
   * Per table: its buckets' digest, or null when every bucket is zero (an empty table counts for
   * nothing); dropped when the table changes. A batch touches few tables, and the root is taken
   * after every batch: only those are hashed again.
   */
  private readonly digests = new Map<string, string | null>();
  /** tableNames(), until a table comes or goes. */
  private names: string[] | null = null;

  constructor(private readonly hasher: Hasher) {
    this.schemaDigest = this.digest(Buffer.alloc(0));
  }

  /** Hash of one row image of `table`: a compact binary encoding, two seeded xxhash64 lanes. */
  rowHash(table: string, values: readonly SqliteValue[]): [bigint, bigint] {
    let pos = this.writeString(0, table);
    for (const v of values) pos = this.writeValue(pos, v);
    const bytes = this.buf.subarray(0, pos);
    if (pos <= HASH_PIECE) return [this.hasher.h64Raw(bytes, SEED_A), this.hasher.h64Raw(bytes, SEED_B)];
    const a = this.hasher.create64(SEED_A);
    const b = this.hasher.create64(SEED_B);
    for (let at = 0; at < pos; at += HASH_PIECE) {
      const piece = bytes.subarray(at, at + HASH_PIECE);
      a.update(piece);
      b.update(piece);
    }
    // Not kept for the next row: a large value's buffer would stay as long as the replica.
    this.buf = Buffer.allocUnsafe(ENCODE_BUFFER);
    return [a.digest(), b.digest()];
  }

  bucketOf(h1: bigint): number {
    return Number(h1 & BigInt(BUCKETS - 1));
  }

  /** A row image appeared (+1) or went away (-1). */
  apply(table: string, values: readonly SqliteValue[], sign: 1 | -1): void {
    const [h1, h2] = this.rowHash(table, values);
    this.add(table, this.bucketOf(h1), h1, h2, sign);
  }

  /** Opens a mark to roll back to; marks nest, and the newest is released or rolled back first. */
  mark(): number {
    this.marks.push(new Map());
    return this.marks.length - 1;
  }

  /** How many marks are open: one at or past this was rolled back, released or committed. */
  get depth(): number {
    return this.marks.length;
  }

  /** The newest mark's changes stay: the mark before it now answers for them. */
  release(mark: number): void {
    assert(mark === this.marks.length - 1, () => `released mark ${mark} of ${this.marks.length}`);
    const kept = this.marks.pop()!;
    const outer = this.marks.at(-1);
    // A table the outer mark has no copy of was unchanged between the two marks: this copy is its.
    if (outer) for (const [table, before] of kept) if (!outer.has(table)) outer.set(table, before);
  }

  /** Puts every table back as it was at `mark`, and closes that mark and every newer one. */
  rollbackTo(mark: number): void {
    assert(mark <= this.marks.length, () => `rollback to mark ${mark} of ${this.marks.length}`);
    for (let i = this.marks.length - 1; i >= mark; i--) {
      for (const [table, before] of this.marks[i]!) {
        if (before) this.tables.set(table, before);
        else this.tables.delete(table);
        this.digests.delete(table);
        this.names = null;
      }
    }
    this.marks.length = mark;
  }

  /** The changes since the last commit are durable: forget how to undo them. */
  commit(): void {
    this.marks = [];
  }

  /** Replaces a table's buckets (after DDL or repair, from a full scan). */
  resetTable(table: string): void {
    this.dropTable(table);
  }

  dropTable(table: string): void {
    this.keepForMark(table);
    this.tables.delete(table);
    this.digests.delete(table);
    this.names = null;
  }

  /** Before a table's first change since the newest mark: a copy of its buckets for that mark. */
  private keepForMark(table: string): void {
    const newest = this.marks.at(-1);
    if (!newest || newest.has(table)) return;
    newest.set(table, this.tables.get(table)?.slice() ?? null);
  }

  setSchema(text: string): void {
    this.schemaDigest = this.digest(Buffer.from(text));
  }

  buckets(table: string): BigUint64Array {
    return this.tables.get(table) ?? new BigUint64Array(BUCKETS * 2);
  }

  tableNames(): string[] {
    return (this.names ??= [...this.tables.keys()].sort()).slice();
  }

  /** Hex digest of one table's buckets: equal tables, equal digests. */
  tableDigest(table: string): string {
    const b = this.buckets(table);
    return this.digest(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  }

  /** The Merkle root over the schema and every non-empty table's bucket digest. */
  root(): string {
    const parts = [this.schemaDigest];
    for (const name of (this.names ??= [...this.tables.keys()].sort())) {
      let d = this.digests.get(name);
      if (d === undefined) {
        const b = this.tables.get(name)!;
        d = b.every((x) => x === 0n) ? null : this.tableDigest(name);
        this.digests.set(name, d);
      }
      if (d !== null) parts.push(name, d);
    }
    return this.digest(Buffer.from(parts.join('\u0000')));
  }

  /** 128-bit hex digest of arbitrary bytes, e.g. a batch's outputs. */
  digest(bytes: Uint8Array): string {
    return this.hasher.h64Raw(bytes, SEED_A).toString(16).padStart(16, '0') + this.hasher.h64Raw(bytes, SEED_B).toString(16).padStart(16, '0');
  }

  /**
   * Digest of a result's rows as a multiset: replicas may return rows in different orders where
   * the statement leaves the order open (rowids follow each replica's execution order), and that
   * is no disagreement.
   */
  valuesDigest(label: string, rows: readonly (readonly SqliteValue[])[]): [bigint, bigint] {
    let h1 = 0n;
    let h2 = 0n;
    for (const r of rows) {
      const [a, b] = this.rowHash(label, r);
      h1 = (h1 + a) & 0xffffffffffffffffn;
      h2 = (h2 + b) & 0xffffffffffffffffn;
    }
    return [h1, h2];
  }

  private add(table: string, bucket: number, h1: bigint, h2: bigint, sign: 1 | -1): void {
    this.keepForMark(table);
    let b = this.tables.get(table);
    if (!b) {
      b = new BigUint64Array(BUCKETS * 2);
      this.tables.set(table, b);
      this.names = null;
    }
    this.digests.delete(table);
    if (sign === 1) {
      b[bucket * 2]! += h1;
      b[bucket * 2 + 1]! += h2;
    } else {
      b[bucket * 2]! -= h1;
      b[bucket * 2 + 1]! -= h2;
    }
  }

  private ensure(n: number): void {
    if (n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(n, this.buf.length * 2));
    this.buf.copy(next);
    this.buf = next;
  }

  private writeString(pos: number, s: string): number {
    const len = Buffer.byteLength(s);
    this.ensure(pos + 5 + len);
    this.buf[pos] = 3;
    this.buf.writeUInt32LE(len, pos + 1);
    this.buf.write(s, pos + 5, 'utf8');
    return pos + 5 + len;
  }

  private writeValue(pos: number, v: SqliteValue): number {
    if (v === null || v === undefined) {
      this.ensure(pos + 1);
      this.buf[pos] = 0;
      return pos + 1;
    }
    if (typeof v === 'bigint') {
      this.ensure(pos + 9);
      this.buf[pos] = 1;
      this.buf.writeBigInt64LE(BigInt.asIntN(64, v), pos + 1);
      return pos + 9;
    }
    if (typeof v === 'number') {
      this.ensure(pos + 9);
      this.buf[pos] = 2;
      this.buf.writeDoubleLE(v, pos + 1);
      return pos + 9;
    }
    if (typeof v === 'string') return this.writeString(pos, v);
    this.ensure(pos + 5 + v.length);
    this.buf[pos] = 4;
    this.buf.writeUInt32LE(v.length, pos + 1);
    Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(this.buf, pos + 5);
    return pos + 5 + v.length;
  }
}
