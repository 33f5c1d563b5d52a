import { PgError, SqlState } from '../../pg/errors.js';

/** 0A000 naming a construct evsql cannot express in SQLite (rather than a SQLite message). */
export function unsupported(what: string): PgError {
  return new PgError(SqlState.featureNotSupported, `${what} is not supported by evsql`);
}

/**
 * 0A000 for a DEFERRABLE primary key or unique constraint (`contype` CONSTR_PRIMARY or
 * CONSTR_UNIQUE): PostgreSQL checks one at the statement's or the transaction's end, SQLite's
 * unique index at each row, so a swap of two keys in a transaction would fail where it works.
 */
export function deferrableKey(contype: string): PgError {
  return unsupported(`a DEFERRABLE ${contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE'} constraint`);
}
