/**
 * COPY's binary format (wire/copy-binary.ts): rows read from data cut anywhere, NULLs, the
 * trailer, the errors PostgreSQL gives for a bad signature or a wrong field count, and COPY TO's
 * bytes read back.
 */
import { describe, expect, it } from 'vitest';
import { BINARY_COPY_TRAILER, BinaryCopyInParser, binaryCopyHeader, binaryCopyRow } from '../../wire/copy-binary.js';
import { OID } from '../../pg/types/registry.js';

const TYPES = [OID.int4, OID.text, OID.float8];
const COLUMNS = TYPES.map((oid) => ({ oid, typmod: -1 }));

function field(bytes: Buffer | null): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(bytes ? bytes.length : -1);
  return bytes ? Buffer.concat([length, bytes]) : length;
}

function row(...fields: Array<Buffer | null>): Buffer {
  const count = Buffer.alloc(2);
  count.writeInt16BE(fields.length);
  return Buffer.concat([count, ...fields.map(field)]);
}

const int4 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const float8 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(n);
  return b;
};

describe('COPY FROM … (FORMAT binary)', () => {
  const data = Buffer.concat([binaryCopyHeader(), row(int4(1), Buffer.from('ä b'), float8(0.5)), row(int4(-7), null, null), BINARY_COPY_TRAILER]);

  it('reads rows from data cut at every byte', () => {
    for (let cut = 0; cut <= data.length; cut++) {
      const p = new BinaryCopyInParser(TYPES);
      const rows = [...p.push(data.subarray(0, cut)), ...p.push(data.subarray(cut)), ...p.end()];
      expect(rows).toEqual([[1n, 'ä b', 0.5], [-7n, null, null]]);
    }
  });

  it('skips a header extension and ignores what follows the trailer', () => {
    const header = binaryCopyHeader();
    header.writeInt32BE(3, header.length - 4);
    const p = new BinaryCopyInParser([OID.int4]);
    expect([...p.push(Buffer.concat([header, Buffer.from('xyz'), row(int4(5)), BINARY_COPY_TRAILER, Buffer.from('junk')])), ...p.end()]).toEqual([[5n]]);
  });

  it('refuses a bad signature, a wrong field count and data cut short (22P04)', () => {
    expect(() => new BinaryCopyInParser(TYPES).push(Buffer.from('PGCOPY\nxx\r\n\0\0\0\0\0\0\0\0\0'))).toThrow(expect.objectContaining({ code: '22P04', message: 'COPY file signature not recognized' }));
    expect(() => new BinaryCopyInParser(TYPES).push(Buffer.concat([binaryCopyHeader(), row(int4(1))]))).toThrow(expect.objectContaining({ code: '22P04', message: 'row field count is 1, expected 3' }));
    const cut = new BinaryCopyInParser(TYPES);
    cut.push(data.subarray(0, 30));
    expect(() => cut.end()).toThrow(expect.objectContaining({ code: '22P04' }));
  });

  it('reads back what COPY TO writes', () => {
    const written = Buffer.concat([binaryCopyHeader(), binaryCopyRow([3, 'x', 1.25], COLUMNS), binaryCopyRow([null, '', null], COLUMNS), BINARY_COPY_TRAILER]);
    const p = new BinaryCopyInParser(TYPES);
    expect([...p.push(written), ...p.end()]).toEqual([[3n, 'x', 1.25], [null, '', null]]);
  });
});
