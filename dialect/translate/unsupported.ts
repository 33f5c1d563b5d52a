import { PgError, SqlState } from '../../pg/errors.js';

/** 0A000 naming a construct evsql cannot express in SQLite (rather than a SQLite message). */
export function unsupported(what: string): PgError {
  return new PgError(SqlState.featureNotSupported, `${what} is not supported by evsql`);
}
