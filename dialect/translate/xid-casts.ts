/**
 * Casts to xid, cid and xid8 (integers in storage, pg/types/xid.ts): a literal read now as xidin
 * reads it (`'abc'::xid` is 0), a text at run time, an xid8 to the xid of its low 32 bits.
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import { parseXid, parseXid8 } from '../../pg/types/xid.js';
import { type Node, isUnknownLiteral } from './parse.js';
import { is } from './types.js';

/** The SQL of a cast to an xid type; undefined from the same type or to another. */
export function xidCast(arg: Node, sql: string, source: PgTypeInfo | null, target: PgTypeInfo): string | undefined {
  if ((target.oid !== OID.xid && target.oid !== OID.cid && target.oid !== OID.xid8) || is(source, target.oid)) return undefined;
  if (isUnknownLiteral(arg)) {
    const text = String(arg.A_Const.sval?.sval ?? '');
    return String(target.oid === OID.xid8 ? parseXid8(text) : parseXid(text));
  }
  if (is(source, OID.xid8)) return `((${sql}) & ${0xffffffff})`;
  // xidin reads text; pg/types/casts.ts has refused the rest.
  return `pg_store(${sql}, ${target.oid}, -1)`;
}
