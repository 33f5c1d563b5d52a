/**
 * Untyped literals ('-1 mon', '01/03/2024') beside values of a type whose stored form is not the
 * text as written: read with that type's input function, as PostgreSQL resolves an unknown to
 * its neighbours' type, rather than kept as the text.
 */
import { OID, typeName } from '../../pg/types/registry.js';
import type { Node } from './parse.js';

/** The types whose input function rewrites the text (`-1 mons`, `2024-01-03`, a uuid's case, jsonb's key order, a float's `-Infinity`, money's `$1`, a bit string's `x1F`). */
const READ_TYPES = new Set<number>([OID.interval, OID.date, OID.time, OID.timetz, OID.timestamp, OID.timestamptz, OID.uuid, OID.jsonb, OID.inet, OID.cidr, OID.float4, OID.float8, OID.money, OID.pg_lsn, OID.bit, OID.varbit]);

/** `e` cast to `oid` where it is an untyped literal the type's input rewrites; `e` otherwise. */
export function readAs(e: Node, oid: number | undefined): Node {
  if (oid === undefined || !READ_TYPES.has(oid) || !e.A_Const?.sval) return e;
  return { TypeCast: { arg: e, typeName: { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: typeName(oid) } }], typemod: -1 } } };
}

/** A set operation's right member's untyped literal columns read as the left member's columns' types. */
export function readSetLiterals(types: ReadonlyArray<{ oid: number } | null | undefined>, member: Node): void {
  const targets = ((member.SelectStmt ?? member).targetList ?? []) as Node[];
  targets.forEach((t, i) => {
    if (t.ResTarget?.val) t.ResTarget.val = readAs(t.ResTarget.val, types[i]?.oid);
  });
}
