/**
 * A text read as a bit string and that read as an integer, the one use of type bit evsql carries
 * (`('x' || md5(…))::bit(64)::bigint`, pg-boss's advisory-lock key): bit_in's text (a leading b or
 * x for binary or hexadecimal digits, else binary ones), bit(n)'s explicit length coercion (cut or
 * zero-padded on the right), then bittoint4 / bittoint8 (the n bits as an unsigned number in the
 * integer's width, its sign bit the first of exactly that many).
 */
import { PgError, SqlState } from '../errors.js';

export function bitStringInteger(text: string, length: number, width: 32 | 64): bigint {
  const hex = /^[xX]/.test(text);
  const digits = hex || /^[bB]/.test(text) ? text.slice(1) : text;
  let bits = '';
  for (const ch of digits) {
    if (hex && /[0-9a-fA-F]/.test(ch)) bits += parseInt(ch, 16).toString(2).padStart(4, '0');
    else if (!hex && (ch === '0' || ch === '1')) bits += ch;
    else throw new PgError(SqlState.invalidTextRepresentation, `"${ch}" is not a valid ${hex ? 'hexadecimal' : 'binary'} digit`);
  }
  if (length > width) throw new PgError(SqlState.numericValueOutOfRange, `${width === 64 ? 'bigint' : 'integer'} out of range`);
  const value = BigInt(`0b${bits.slice(0, length).padEnd(length, '0')}`);
  return BigInt.asIntN(width, value);
}
