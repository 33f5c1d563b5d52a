/**
 * How far a replica file's WAL has grown and how much of it is copied back into the database file,
 * read from its WAL index (`-shm`) as SQLite lays it out (https://www.sqlite.org/walformat.html):
 * the header's mxFrame at byte 16 and the checkpoint information's nBackfill at byte 96, in the
 * machine's byte order. A read of 100 bytes, where asking SQLite would run a checkpoint.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';

const LITTLE_ENDIAN = endianness() === 'LE';

export interface WalFrames {
  /** Frames in the WAL since it last started from its beginning. */
  frames: number;
  /** Of those, not yet copied into the database file. */
  waiting: number;
}

export class WalIndex {
  private fd: number | null = null;
  private readonly header = Buffer.alloc(100);

  constructor(private readonly file: string) {}

  /** Zero frames until SQLite has made the index. */
  read(): WalFrames {
    this.fd ??= openOrNull(`${this.file}-shm`);
    if (this.fd === null || readSync(this.fd, this.header, 0, this.header.length, 0) < this.header.length) return { frames: 0, waiting: 0 };
    const frames = LITTLE_ENDIAN ? this.header.readUInt32LE(16) : this.header.readUInt32BE(16);
    const backfilled = LITTLE_ENDIAN ? this.header.readUInt32LE(96) : this.header.readUInt32BE(96);
    return { frames, waiting: Math.max(0, frames - backfilled) };
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

function openOrNull(path: string): number | null {
  try {
    return openSync(path, 'r');
  } catch {
    return null;
  }
}
