/**
 * COPY's binary format (asyncpg's copy_records_to_table sends it): an 11-byte signature, flags,
 * a header extension, then per row a 16-bit field count and each field as a 32-bit length (-1:
 * NULL) and the value in its type's binary form, ended by a count of -1. Pure: bytes in, decoded
 * rows out (and rows in, bytes out); copy.ts owns the messages.
 */
import { PgError, SqlState } from '../pg/errors.js';
import { decodeBinaryParam, encodeBinary } from '../pg/types/binary-format.js';
import type { SqliteValue } from '../pg/types/registry.js';
import { decimalText, displayText, numericRecv } from '../pg/types/numeric.js';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Signature, flags, header extension length. */
const HEADER_LENGTH = SIGNATURE.length + 8;
/** Flag bit 16: OIDs included, which PostgreSQL 12+ refuses. */
const WITH_OIDS = 1 << 16;

function badFormat(message: string): PgError {
  return new PgError(SqlState.badCopyFileFormat, message);
}

/**
 * Reads COPY FROM STDIN's binary data as it arrives; rows come out decoded for the columns' types,
 * then, for each field of `shown` (numerics that keep their display scale), what its display column
 * keeps of the value at the scale it was sent with (numeric_recv's dscale): `2.500`, or NULL.
 */
export class BinaryCopyInParser {
  private buf: Buffer = Buffer.alloc(0);
  private headerDone = false;
  private trailerSeen = false;

  constructor(
    private readonly types: readonly number[],
    private readonly shown: readonly number[] = [],
  ) {}

  push(chunk: Buffer): SqliteValue[][] {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    return this.drain();
  }

  end(): SqliteValue[][] {
    const rows = this.drain();
    if (!this.trailerSeen && (this.buf.length > 0 || !this.headerDone)) throw badFormat('unexpected EOF in COPY data');
    return rows;
  }

  private drain(): SqliteValue[][] {
    const rows: SqliteValue[][] = [];
    let pos = 0;
    const b = this.buf;
    if (!this.headerDone) {
      if (b.length < HEADER_LENGTH) return rows;
      if (!b.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw badFormat('COPY file signature not recognized');
      const flags = b.readInt32BE(SIGNATURE.length);
      if (flags & WITH_OIDS) throw badFormat('invalid COPY file header (WITH OIDS)');
      if ((flags >>> 16) & ~1) throw badFormat('unrecognized critical flags in COPY file header');
      const extension = b.readInt32BE(SIGNATURE.length + 4);
      if (extension < 0) throw badFormat('invalid COPY file header (missing length)');
      if (b.length < HEADER_LENGTH + extension) return rows;
      pos = HEADER_LENGTH + extension;
      this.headerDone = true;
    }
    while (!this.trailerSeen && b.length - pos >= 2) {
      const count = b.readInt16BE(pos);
      if (count === -1) {
        this.trailerSeen = true;
        pos += 2;
        break;
      }
      if (count !== this.types.length) throw badFormat(`row field count is ${count}, expected ${this.types.length}`);
      const row: SqliteValue[] = [];
      const displays: SqliteValue[] = this.shown.map(() => null);
      let at = pos + 2;
      for (let i = 0; i < count; i++) {
        if (b.length - at < 4) break;
        const length = b.readInt32BE(at);
        at += 4;
        if (length === -1) {
          row.push(null);
          continue;
        }
        if (length < 0) throw badFormat('invalid field size');
        if (b.length - at < length) break;
        const field = b.subarray(at, at + length);
        row.push(decodeBinaryParam(field, this.types[i]!));
        const shownAt = this.shown.indexOf(i);
        if (shownAt >= 0) {
          const d = numericRecv(field);
          displays[shownAt] = typeof d === 'string' ? null : displayText(decimalText(d));
        }
        at += length;
      }
      if (row.length < count) break;
      rows.push(displays.length ? [...row, ...displays] : row);
      pos = at;
    }
    // Data after the trailer is ignored, as PostgreSQL reads no further.
    this.buf = this.trailerSeen ? Buffer.alloc(0) : b.subarray(pos);
    return rows;
  }
}

/** The binary format's header, sent first by COPY TO. */
export function binaryCopyHeader(): Buffer {
  const h = Buffer.alloc(HEADER_LENGTH);
  SIGNATURE.copy(h);
  return h;
}

/** One row in the binary format. */
export function binaryCopyRow(values: readonly SqliteValue[], types: ReadonlyArray<{ oid: number; typmod: number }>): Buffer {
  const parts: Buffer[] = [Buffer.alloc(2)];
  parts[0]!.writeInt16BE(values.length);
  values.forEach((v, i) => {
    const encoded = v === null ? null : encodeBinary(v, types[i]!.oid, types[i]!.typmod);
    const length = Buffer.alloc(4);
    length.writeInt32BE(encoded === null ? -1 : encoded.length);
    parts.push(length);
    if (encoded) parts.push(encoded);
  });
  return Buffer.concat(parts);
}

/** The trailer that ends COPY TO's binary data. */
export const BINARY_COPY_TRAILER = Buffer.from([0xff, 0xff]);
