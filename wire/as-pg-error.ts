/**
 * Whatever a statement throws, as the error the client is sent: a bug or a library error becomes
 * an internal error (XX000) rather than ending the connection.
 */
import { engineLimitError, PgError, SqlState } from '../pg/errors.js';

export function asPgError(err: unknown): PgError {
  if (err instanceof PgError) return err;
  return engineLimitError(err) ?? new PgError(SqlState.internalError, err instanceof Error ? err.message : String(err));
}
