/**
 * Untyped literals ('-1 mon', '01/03/2024') beside values of a type whose stored form is not the
 * text as written: read with that type's input function, as PostgreSQL resolves an unknown to
 * its neighbours' type, rather than kept as the text.
 */
import { OID, typeName } from '../../pg/types/registry.js';
import type { Node } from './parse.js';

/**
 * The types whose input function rewrites the text (`-1 mons`, `2024-01-03`, a uuid's case, jsonb's
 * key order, a float's `-Infinity`, money's `$1`, a bit string's `x1F`), or whose values SQLite
 * holds as numbers a text never equals and sorts after (an integer's `'9'` and `'02'`, a numeric's
 * `'1.50'`, a boolean's `'t'`).
 */
const READ_TYPES = new Set<number>([
  OID.interval, OID.date, OID.time, OID.timetz, OID.timestamp, OID.timestamptz, OID.uuid, OID.jsonb, OID.inet, OID.cidr,
  OID.float4, OID.float8, OID.money, OID.pg_lsn, OID.bit, OID.varbit, OID.int2, OID.int4, OID.int8, OID.numeric, OID.bool,
  OID.hstore,
]);

/** `e` cast to `oid` where it is an untyped literal the type's input rewrites; `e` otherwise. */
export function readAs(e: Node, oid: number | undefined): Node {
  if (oid === undefined || !READ_TYPES.has(oid) || !e.A_Const?.sval) return e;
  return { TypeCast: { arg: e, typeName: { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: typeName(oid) } }], typemod: -1 } } };
}

/** A set operation's member's untyped literal columns read as the other member's columns' types; whether any was. */
export function readSetLiterals(types: ReadonlyArray<{ oid: number } | null | undefined>, member: Node): boolean {
  const targets = ((member.SelectStmt ?? member).targetList ?? []) as Node[];
  let read = false;
  targets.forEach((t, i) => {
    const val = t.ResTarget?.val as Node | undefined;
    if (!val) return;
    t.ResTarget.val = readAs(val, types[i]?.oid);
    if (t.ResTarget.val === val) return;
    // The literal's column keeps its name: a cast would name it after the type.
    t.ResTarget.name ??= '?column?';
    read = true;
  });
  return read;
}

/**
 * A set operation's left member's untyped literal columns read as the right member's types, where
 * the left is one SELECT that may be emitted again once the right is (without parameters,
 * subqueries or a WITH, which would be written twice); whether any was.
 */
export function readLeftSetLiterals(types: ReadonlyArray<{ oid: number } | null | undefined>, member: Node): boolean {
  const s = member.SelectStmt ?? member;
  if ((s.op && s.op !== 'SETOP_NONE') || s.withClause || !(s.targetList as Node[] | undefined)?.some((t) => t.ResTarget?.val?.A_Const?.sval !== undefined)) return false;
  const text = JSON.stringify(s);
  if (text.includes('"ParamRef"') || text.includes('"SubLink"') || text.includes('"RangeSubselect"')) return false;
  return readSetLiterals(types, member);
}
