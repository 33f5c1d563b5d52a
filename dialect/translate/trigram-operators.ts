/**
 * pg_trgm's operators over text (`name % 'word'`, `ORDER BY name <-> 'word'`), which exist only
 * while the extension is created: `%` of two texts is otherwise no operator, and of numbers modulo.
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import { TRIGRAM_OPERATORS } from '../../pg/trigrams.js';
import { isTrigramOperator } from './trigram-operator-types.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';
import { isString } from './text-search-types.js';
import { noOperator } from './no-function.js';
import { isUnknownLiteral } from './types.js';

/**
 * The SQL of a trigram operator `l op r`; undefined when `e` is no such operator. Without the
 * extension, text <-> text is no operator (42883), as `%` of texts is (typed-sql.ts).
 */
export function trigramOperator(em: EmitContext, op: string, e: Node, l: string, r: string): string | undefined {
  if (!e.lexpr) return undefined;
  const [lt, rt] = [em.typeOf(e.lexpr), em.typeOf(e.rexpr)];
  if (isTrigramOperator(em, op, lt, rt)) return `pg_trgm_op('${op}', ${l}, ${r})`;
  const typedString = (n: Node, t: PgTypeInfo | null) => !!t && t.oid !== OID.unknown && isString(t) && !isUnknownLiteral(n);
  if (TRIGRAM_OPERATORS[op] && isString(lt) && isString(rt) && (typedString(e.lexpr, lt) || typedString(e.rexpr, rt))) {
    throw noOperator(op, isUnknownLiteral(e.lexpr) ? null : lt, isUnknownLiteral(e.rexpr) ? null : rt);
  }
  return undefined;
}
