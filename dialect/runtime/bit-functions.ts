/**
 * Bit string functions and operators (varbit.c) over values stored as bit_out's text
 * (pg/types/bit-string.ts): the casts of dialect/translate/bit-strings.ts, `&`, `|`, `#`, `~`,
 * `<<`, `>>`, get_bit, set_bit, and the aggregates bit_and, bit_or and bit_xor.
 */
import type Database from 'better-sqlite3';
import { bitsToInteger, bitwise, castBits, getBit, integerToBits, invertBits, parseBitString, setBit, shiftBits } from '../../pg/types/bit-string.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { text } from './arguments.js';

const width = (v: SqliteValue) => (Number(v) === 64 ? 64 : 32);

export function registerBitFunctions(db: Database.Database): void {
  const options = { deterministic: true, safeIntegers: true, varargs: true };
  const strict = (name: string, f: (...args: SqliteValue[]) => SqliteValue) =>
    db.function(name, options, ((...args: SqliteValue[]) => (args.some((a) => a === null) ? null : f(...args))) as (...args: unknown[]) => unknown);
  // A stored bit string reads as itself through bit_in; text is read by it.
  strict('pg_bit_cast', (v, length, fixed) => castBits(parseBitString(text(v)), Number(length), Number(fixed) === 1));
  strict('pg_bit_int', (v, w) => bitsToInteger(text(v), width(w)));
  strict('pg_bit_from_int', (v, length, w) => integerToBits(BigInt(v as bigint), Number(length), width(w)));
  strict('pg_bit_op', (op, a, b) => bitwise(text(op) as '&' | '|' | '#', text(a), text(b)));
  strict('pg_bit_not', (v) => invertBits(text(v)));
  strict('pg_bit_shift', (v, left) => shiftBits(text(v), Number(left)));
  strict('pg_bit_get', (v, index) => BigInt(getBit(text(v), Number(index))));
  strict('pg_bit_set', (v, index, value) => setBit(text(v), Number(index), Number(value)));
  for (const op of ['&', '|', '#'] as const) {
    const name = { '&': 'and', '|': 'or', '#': 'xor' }[op];
    db.aggregate(`pg_bit_${name}_agg`, {
      start: null,
      step: (acc: SqliteValue, v: SqliteValue) => (v === null ? acc : acc === null ? text(v) : bitwise(op, text(acc), text(v))),
      deterministic: true,
    });
  }
}
