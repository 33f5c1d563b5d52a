/** How evsql's SQLite functions read their arguments: SQLite hands them text, numbers and blobs alike. */
import { PgError, SqlState } from '../../pg/errors.js';
import type { SqliteValue } from '../../pg/types/registry.js';

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
