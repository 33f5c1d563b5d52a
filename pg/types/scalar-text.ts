/**
 * The text of a stored value whose JavaScript type is not its column's (a bigint in a text column,
 * a blob read as text), which every type's output falls back on; and JSON that tolerates bigints.
 */
import { formatFloat8 } from './float.js';
import type { ArrayValue, SqliteValue } from './registry.js';

/** Text of a value whose JavaScript type does not match the column's type. */
export function scalarText(value: SqliteValue | ArrayValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21 ? String(value) : formatFloat8(value);
  // SQLite's CAST(blob AS TEXT) reads the bytes as UTF-8.
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return jsonOf(value);
}

/** JSON of a JavaScript value that may hold bigints, which JSON.stringify rejects. */
export function jsonOf(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
