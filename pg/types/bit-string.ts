/**
 * Bit strings (bit(n), varbit(n)) in evsql's storage form, the text bit_out prints: one '0' or '1'
 * per bit. Its binary order is bitcmp's (the first differing bit, else the shorter first), so
 * SQLite compares, sorts, groups and indexes the stored text as PostgreSQL does the values.
 * Here: bit_in, the length coercions of casts and of assignment, the integer casts, the operators
 * and functions varbit.c defines, and the binary form (bit_send, bit_recv).
 */
import { PgError, SqlState } from '../errors.js';

/** bit_in: a leading b or x for binary or hexadecimal digits, else binary ones. */
export function parseBitString(text: string): string {
  const hex = /^[xX]/.test(text);
  const digits = hex || /^[bB]/.test(text) ? text.slice(1) : text;
  let bits = '';
  for (const ch of digits) {
    if (hex && /[0-9a-fA-F]/.test(ch)) bits += parseInt(ch, 16).toString(2).padStart(4, '0');
    else if (!hex && (ch === '0' || ch === '1')) bits += ch;
    else throw new PgError(SqlState.invalidTextRepresentation, `"${ch}" is not a valid ${hex ? 'hexadecimal' : 'binary'} digit`);
  }
  return bits;
}

/** An explicit cast's length coercion: bit(n) cuts or zero-pads on the right, varbit(n) only cuts. */
export function castBits(bits: string, length: number, fixed: boolean): string {
  if (length < 0) return bits;
  if (bits.length > length) return bits.slice(0, length);
  return fixed ? bits.padEnd(length, '0') : bits;
}

/** Assignment to a bit(n) or varbit(n) column: no cutting or padding, 22026 instead. */
export function assignBits(bits: string, length: number, fixed: boolean): string {
  if (length < 0) return bits;
  if (fixed && bits.length !== length) throw new PgError(SqlState.stringDataLengthMismatch, `bit string length ${bits.length} does not match type bit(${length})`);
  if (!fixed && bits.length > length) throw new PgError(SqlState.stringDataRightTruncation, `bit string too long for type bit varying(${length})`);
  return bits;
}

/** bittoint4 / bittoint8: the bits as an unsigned number in the integer's width, its sign bit the first of exactly that many. */
export function bitsToInteger(bits: string, width: 32 | 64): bigint {
  if (bits.length > width) throw new PgError(SqlState.numericValueOutOfRange, `${width === 64 ? 'bigint' : 'integer'} out of range`);
  return bits === '' ? 0n : BigInt.asIntN(width, BigInt(`0b${bits}`));
}

/** bitfromint4 / bitfromint8: the integer's low `length` bits, its sign repeated above its width. */
export function integerToBits(n: bigint, length: number, width: 32 | 64): string {
  const own = BigInt.asUintN(width, n).toString(2).padStart(width, '0');
  return length <= width ? own.slice(width - length) : own[0]!.repeat(length - width) + own;
}

const OPERATOR_NAMES: Record<string, string> = { '&': 'AND', '|': 'OR', '#': 'XOR' };

/** bitand, bitor, bitxor: bit by bit, of two strings of one length. */
export function bitwise(op: '&' | '|' | '#', a: string, b: string): string {
  if (a.length !== b.length) throw new PgError(SqlState.stringDataLengthMismatch, `cannot ${OPERATOR_NAMES[op]} bit strings of different sizes`);
  let out = '';
  for (let i = 0; i < a.length; i++) {
    const x = a[i] === '1';
    const y = b[i] === '1';
    out += (op === '&' ? x && y : op === '|' ? x || y : x !== y) ? '1' : '0';
  }
  return out;
}

/** bitnot. */
export function invertBits(bits: string): string {
  return bits.replace(/[01]/g, (c) => (c === '1' ? '0' : '1'));
}

/** bitshiftleft (a negative count shifts right, as bitshiftright takes one left): the length kept, zeros shifted in. */
export function shiftBits(bits: string, left: number): string {
  const n = bits.length;
  if (left >= 0) return left >= n ? '0'.repeat(n) : bits.slice(left) + '0'.repeat(left);
  const right = -left;
  return right >= n ? '0'.repeat(n) : '0'.repeat(right) + bits.slice(0, n - right);
}

function checkIndex(bits: string, index: number): void {
  if (index < 0 || index >= bits.length) throw new PgError(SqlState.arraySubscriptError, `bit index ${index} out of valid range (0..${bits.length - 1})`);
}

/** bitgetbit: the bit at a 0-based index from the left. */
export function getBit(bits: string, index: number): number {
  checkIndex(bits, index);
  return bits[index] === '1' ? 1 : 0;
}

/** bitsetbit. */
export function setBit(bits: string, index: number, value: number): string {
  checkIndex(bits, index);
  if (value !== 0 && value !== 1) throw new PgError(SqlState.invalidParameterValue, 'new bit must be 0 or 1');
  return bits.slice(0, index) + value + bits.slice(index + 1);
}

/** bit_send: the length in bits, then the bits packed from each byte's high end, padded with zeros. */
export function bitsToBinary(bits: string): Buffer {
  const out = Buffer.alloc(4 + Math.ceil(bits.length / 8));
  out.writeInt32BE(bits.length, 0);
  for (let i = 0; i < bits.length; i++) if (bits[i] === '1') out[4 + (i >> 3)]! |= 0x80 >> (i & 7);
  return out;
}

/** bit_recv. */
export function bitsFromBinary(buf: Buffer): string {
  const length = buf.readInt32BE(0);
  if (length < 0 || buf.length - 4 < Math.ceil(length / 8)) throw new PgError(SqlState.invalidBinaryRepresentation, 'invalid length in external bit string');
  let bits = '';
  for (let i = 0; i < length; i++) bits += (buf[4 + (i >> 3)]! & (0x80 >> (i & 7))) !== 0 ? '1' : '0';
  return bits;
}
