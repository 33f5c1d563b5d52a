/**
 * Which operators are pg_trgm's, and their result types (trigram-operators.ts translates them):
 * text operands only, while the extension is created.
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import { TRIGRAM_OPERATORS } from '../../pg/trigrams.js';
import type { EmitContext } from './emit-context.js';
import { isString } from './text-search-types.js';

export function isTrigramOperator(em: EmitContext, op: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): boolean {
  return TRIGRAM_OPERATORS[op] !== undefined && isString(lt) && isString(rt) && em.schema.hasExtension('pg_trgm');
}

/** A trigram operator's result: a distance is real, a match boolean; undefined for any other operator. */
export function trigramOperatorType(em: EmitContext, op: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): PgTypeInfo | undefined {
  if (!isTrigramOperator(em, op, lt, rt)) return undefined;
  return { oid: TRIGRAM_OPERATORS[op]!.distance ? OID.float4 : OID.bool, typmod: -1 };
}
