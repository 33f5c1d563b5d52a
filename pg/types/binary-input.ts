/** What binary-format input shares: length checks and the 22P03 errors PostgreSQL's *_recv raise. */
import { PgError, SqlState } from '../errors.js';

export function insufficientData(): PgError {
  return new PgError(SqlState.invalidBinaryRepresentation, 'insufficient data left in message');
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
