/**
 * Values the client sends as parameters (Bind) or COPY fields, decoded for the type they are bound
 * to: text for text-like or unknown types as it came, other types by their input functions. A
 * numeric the statement only prints (`display`, Translation.displayParams) keeps its display scale
 * as decimal text, the form a printed quotient has (pg/types/numeric.ts); a numeric[] its literal.
 */
import { PgError, SqlState } from '../pg/errors.js';
import { OID, type SqliteValue } from '../pg/types/registry.js';
import { decodeBinaryParam } from '../pg/types/binary-format.js';
import { decodeTextParam } from '../pg/types/text-format.js';
import { decimalStorage, decimalText, numericRecv, parseNumericInput, type Decimal, type NumericSpecial } from '../pg/types/numeric.js';

function numericDisplay(d: Decimal | NumericSpecial): SqliteValue {
  return typeof d === 'string' ? decimalStorage(d) : decimalText(d);
}

export function decodeText(text: string, oid: number, display = false): SqliteValue {
  if (display && oid === OID.numeric) return numericDisplay(parseNumericInput(text));
  // A numeric[] keeps its literal, whose elements' scales its display column keeps (pg_numeric_display_of);
  // where the statement also stores it, pg_store reads it as array_in does.
  if (display && oid === OID.numeric_array) {
    decodeTextParam(text, oid);
    return text;
  }
  return oid === 0 || oid === OID.text || oid === OID.varchar || oid === OID.unknown ? text : decodeTextParam(text, oid);
}

/** `index`: the parameter's position, for the error message. */
export function decodeBinary(raw: Buffer, oid: number, index: number, display = false): SqliteValue {
  try {
    return display && oid === OID.numeric ? numericDisplay(numericRecv(raw)) : decodeBinaryParam(raw, oid);
  } catch (err) {
    // Too few bytes is pq_getmsg*'s error, which PostgreSQL reports as it is.
    if (err instanceof PgError && err.code === SqlState.protocolViolation) throw err;
    throw new PgError(SqlState.invalidBinaryRepresentation, `incorrect binary data format in bind parameter ${index + 1}`);
  }
}
