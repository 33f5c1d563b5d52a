/**
 * Values the client sends as parameters (Bind) or COPY fields, decoded for the type they are bound
 * to: text for text-like or unknown types as it came, other types by their input functions.
 */
import { PgError, SqlState } from '../pg/errors.js';
import { OID, type SqliteValue } from '../pg/types/registry.js';
import { decodeBinaryParam } from '../pg/types/binary-format.js';
import { decodeTextParam } from '../pg/types/text-format.js';

export function decodeText(text: string, oid: number): SqliteValue {
  return oid === 0 || oid === OID.text || oid === OID.varchar || oid === OID.unknown ? text : decodeTextParam(text, oid);
}

/** `index`: the parameter's position, for the error message. */
export function decodeBinary(raw: Buffer, oid: number, index: number): SqliteValue {
  try {
    return decodeBinaryParam(raw, oid);
  } catch {
    throw new PgError(SqlState.invalidBinaryRepresentation, `incorrect binary data format in bind parameter ${index + 1}`);
  }
}
