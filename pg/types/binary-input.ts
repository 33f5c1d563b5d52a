/** What binary-format input shares: length checks and the errors PostgreSQL's *_recv raise (22P03, 08P01 for too few bytes). */
import { PgError, SqlState } from '../errors.js';

/** PostgreSQL's pq_getmsg* running past a value's bytes: a protocol violation, whatever the type. */
export function insufficientData(): PgError {
  return new PgError(SqlState.protocolViolation, 'insufficient data left in message');
}

/** PostgreSQL names the parameter; the caller knows its number and may reword the message. */
export function incorrectBinaryFormat(): PgError {
  return new PgError(SqlState.invalidBinaryRepresentation, 'incorrect binary data format');
}

export function need(buf: Buffer, length: number): void {
  if (buf.length < length) throw insufficientData();
}

export function exactLength(buf: Buffer, length: number): void {
  if (buf.length < length) throw insufficientData();
  if (buf.length > length) throw incorrectBinaryFormat();
}
