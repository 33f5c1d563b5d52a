/** How evsql's SQLite functions read their arguments: SQLite hands them text, numbers and blobs alike. */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, type SqliteValue } from '../../pg/types/registry.js';
import { decodeArrayText } from '../../pg/types/array.js';

/** An argument as text; NULL reads as ''. */
export function text(v: SqliteValue): string {
  return v === null ? '' : Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
}

/** A json or jsonb argument, parsed; text that is no JSON fails as it does in PostgreSQL. */
export function parseJsonArgument(v: SqliteValue): unknown {
  try {
    return JSON.parse(text(v));
  } catch {
    throw new PgError(SqlState.invalidTextRepresentation, 'invalid input syntax for type json');
  }
}

/** A text[] argument: stored as evsql stores arrays (JSON), or an array literal ('{a,"b c"}'). */
export function textArrayArgument(v: SqliteValue): Array<string | null> {
  const s = text(v).trim();
  const items: unknown = JSON.parse(s.startsWith('[') ? s : decodeArrayText(s, OID.text, (x) => x));
  if (!Array.isArray(items) || items.some(Array.isArray)) throw new PgError(SqlState.invalidParameterValue, 'wrong number of array subscripts');
  return items.map((k) => (k === null ? null : String(k)));
}

/** The keys of a json path (`#>`, `#>>`): a text[] literal, or an array as evsql stores it (JSON), as drivers send ARRAY['a', 'b']. */
export function jsonPathKeys(path: SqliteValue): string[] {
  const s = text(path).trim();
  if (s.startsWith('[')) {
    const keys: unknown = JSON.parse(s);
    if (Array.isArray(keys)) return keys.map((k) => String(k));
  }
  return s.replace(/^\{|\}$/g, '').split(',').filter((k) => k !== '');
}
