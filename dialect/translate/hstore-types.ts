/**
 * Which of the hstore extension's operators and functions an expression names, and their result
 * types (hstore.ts writes them as SQL): by the operands' types, as PostgreSQL resolves them.
 */
import { OID, arrayElementOid, type PgTypeInfo } from '../../pg/types/registry.js';
import { HSTORE_FUNCTIONS } from '../catalog/extensions.js';
import type { EmitContext } from './emit-context.js';
import { type Node, isUnknownLiteral } from './parse.js';

const t = (oid: number): PgTypeInfo => ({ oid, typmod: -1 });
const HSTORE = t(OID.hstore);

export const isHstore = (x: PgTypeInfo | null | undefined) => x?.oid === OID.hstore;
export const untyped = (n: Node | undefined) => isUnknownLiteral(n) || (!!n?.A_Const && !!n.A_Const.isnull);
export const isTextual = (x: PgTypeInfo | null | undefined) => !x || x.oid === OID.text || x.oid === OID.varchar || x.oid === OID.bpchar || x.oid === OID.name || x.oid === OID.unknown;
const TEXT_ELEMENTS = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name]);
export const isTextArray = (x: PgTypeInfo | null | undefined) => !!x && TEXT_ELEMENTS.has(arrayElementOid(x.oid));

/** The operators hstore has with an hstore on the left, by the right operand's kind. */
export function rightKind(em: EmitContext, n: Node): 'hstore' | 'text' | 'array' | 'unknown' | 'other' {
  if (untyped(n)) return 'unknown';
  const x = em.typeOf(n);
  if (isHstore(x)) return 'hstore';
  if (isTextArray(x)) return 'array';
  return isTextual(x) ? 'text' : 'other';
}

/** The type of `l op r` where an operand is an hstore; undefined where no hstore operator applies. */
export function hstoreOperatorType(em: EmitContext, op: string, l: Node, r: Node, lt: PgTypeInfo | null, rt: PgTypeInfo | null): PgTypeInfo | undefined {
  if (!isHstore(lt) && !(isHstore(rt) && untyped(l))) return undefined;
  const kind = isHstore(lt) ? rightKind(em, r) : 'hstore';
  switch (op) {
    case '->':
      return kind === 'array' ? t(OID.text_array) : t(OID.text);
    case '?':
    case '?|':
    case '?&':
    case '@>':
    case '<@':
    case '=':
    case '<>':
    case '!=':
      return t(OID.bool);
    case '||':
      return kind === 'hstore' || kind === 'unknown' ? HSTORE : undefined;
    case '-':
      return HSTORE;
    default:
      return undefined;
  }
}

/**
 * A parameter's type beside an hstore operand (`lt` the left operand's type, `rt` the right's): a
 * key for `->` and `?`, keys for `?|` and `?&`, else an hstore, as PostgreSQL resolves `h - $1`.
 */
export function hstoreParamType(op: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): PgTypeInfo | undefined {
  if (isHstore(rt) && !isHstore(lt)) return ['@>', '<@', '||', '=', '<>', '!='].includes(op) ? HSTORE : undefined;
  if (!isHstore(lt)) return undefined;
  if (op === '->' || op === '?') return t(OID.text);
  if (op === '?|' || op === '?&') return t(OID.text_array);
  return ['@>', '<@', '||', '-', '=', '<>', '!='].includes(op) ? HSTORE : undefined;
}

/** hstore's functions' result types; undefined for another function or before CREATE EXTENSION hstore. */
export function hstoreFunctionType(em: EmitContext, name: string): PgTypeInfo | undefined {
  if (!HSTORE_FUNCTIONS.includes(name) || !em.schema.hasExtension('hstore')) return undefined;
  switch (name) {
    case 'akeys':
    case 'avals':
    case 'slice_array':
    case 'hstore_to_array':
    case 'hstore_to_matrix':
      return t(OID.text_array);
    case 'skeys':
    case 'svals':
    case 'fetchval':
      return t(OID.text);
    case 'exist':
    case 'exists_any':
    case 'exists_all':
    case 'defined':
    case 'isexists':
    case 'isdefined':
    case 'hs_contains':
    case 'hs_contained':
      return t(OID.bool);
    case 'hstore_to_json':
    case 'hstore_to_json_loose':
      return t(OID.json);
    case 'hstore_to_jsonb':
    case 'hstore_to_jsonb_loose':
      return t(OID.jsonb);
    case 'each':
    case 'populate_record':
      return undefined;
    default:
      return HSTORE;
  }
}
