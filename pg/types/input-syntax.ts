/**
 * What the types' input functions share: the character classes of PostgreSQL's scanners and the
 * 22P02 error they raise for malformed input.
 */
import { PgError, SqlState } from '../errors.js';

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** C's isspace() in the C locale. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

export function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

export function invalidSyntax(typeLabel: string, text: string): PgError {
  return new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type ${typeLabel}: "${text}"`);
}
