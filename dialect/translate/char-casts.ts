/**
 * char(n) casts: an integer to "char", and a char(n) as pattern matching sees it.
 *
 * A cast of an integer to "char": PostgreSQL has int4's only (i4tochar), the character of that
 * code (65::"char" is A, 0 the empty "char"), 22003 outside -128..127; int2 and int8 have no
 * cast to "char" (42846). A negative code is a byte above 127, which "char" keeps as a byte no
 * text holds: refused (0A000).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType } from '../../pg/types/registry.js';
import { quoteString } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';
import { outputText } from './typed-sql.js';

/** The SQL of a value of type `from` (`sql()`) cast to "char"; undefined where `from` is no integer. */
export function integerToChar(from: number | undefined, sql: () => string): string | undefined {
  if (from === OID.int2 || from === OID.int8) throw new PgError(SqlState.cannotCoerce, `cannot cast type ${formatType(from, -1)} to "char"`);
  if (from !== OID.int4) return undefined;
  const raise = (code: string, message: string) => `pg_raise_if(1, '${code}', ${quoteString(message)})`;
  const cases = [
    `WHEN v < -128 OR v > 127 THEN ${raise(SqlState.numericValueOutOfRange, '"char" out of range')}`,
    `WHEN v < 0 THEN ${raise(SqlState.featureNotSupported, 'a "char" of a negative integer (a byte above 127) is not supported by evsql')}`,
    `WHEN v = 0 THEN ''`,
  ];
  return `(SELECT CASE ${cases.join(' ')} ELSE char(v) END FROM (SELECT ${sql()} AS v))`;
}

const PATTERN_KINDS = new Set(['AEXPR_LIKE', 'AEXPR_ILIKE', 'AEXPR_SIMILAR']);
const PATTERN_OPERATORS = new Set(['~', '!~', '~*', '!~*', '~~', '!~~', '~~*', '!~~*']);

/**
 * The subject `sql` of `e` as pattern matching sees it: a char(n), kept without its padding,
 * with it ('ab'::char(4) LIKE 'ab' is false, ~ 'ab  $' true), as bpcharlike and bpcharregexeq read it.
 */
export function patternSubject(em: EmitContext, e: Node, op: string, sql: string): string {
  const matches = PATTERN_KINDS.has(e.kind) || (e.kind === 'AEXPR_OP' && PATTERN_OPERATORS.has(op));
  return matches && e.lexpr && em.typeOf(e.lexpr)?.oid === OID.bpchar ? outputText(em, e.lexpr, sql) : sql;
}
