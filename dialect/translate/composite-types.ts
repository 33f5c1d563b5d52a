/**
 * The types of composite values (CREATE TYPE … AS (…), dialect/catalog/composites.ts): which
 * composite type a type name or an expression is of, and the fields a value of one has.
 */
import { OID, type PgTypeInfo, arrayElementOid } from '../../pg/types/registry.js';
import { type CompositeType, compositeArrayOid, compositeOid } from '../catalog/composites.js';
import type { EmitContext } from './emit-context.js';
import { type Node, names } from './parse.js';
import { unsupported } from './unsupported.js';

/**
 * Attribute types whose output text evsql prints, and whose input it reads back, as PostgreSQL
 * does. A timestamptz field prints in the session's TimeZone when its record is made, so a record
 * of one is never stored (storedComposite), where PostgreSQL would print it in the reader's zone.
 */
export const COMPOSITE_FIELD_TYPES = new Set<number>([OID.int2, OID.int4, OID.int8, OID.text, OID.varchar, OID.bpchar, OID.bool, OID.date, OID.numeric, OID.float4, OID.float8, OID.timestamp, OID.timestamptz, OID.uuid, OID.json, OID.jsonb]);

/** Array attribute types whose text evsql prints and reads back as PostgreSQL does: arrays of text, integers and booleans. */
const COMPOSITE_ARRAY_ELEMENTS = new Set<number>([OID.int2, OID.int4, OID.int8, OID.text, OID.bool]);

export function isCompositeArrayField(oid: number): boolean {
  return COMPOSITE_ARRAY_ELEMENTS.has(arrayElementOid(oid));
}

/** The composite type a TypeName names (`pt`, `public.pt`), if it names one of the schema's. */
export function compositeOfName(em: EmitContext, t: Node): CompositeType | undefined {
  return t.arrayBounds ? undefined : namedComposite(em, t);
}

/** The composite type whose array a TypeName names (`pt[]`); an array of more dimensions is 0A000. */
export function compositeArrayOfName(em: EmitContext, t: Node): CompositeType | undefined {
  const c = t.arrayBounds ? namedComposite(em, t) : undefined;
  if (c && t.arrayBounds.length > 1) throw unsupported(`multidimensional arrays of composite type ${c.name}`);
  return c;
}

function namedComposite(em: EmitContext, t: Node): CompositeType | undefined {
  const parts = names(t.names);
  return parts.length > 1 && parts[0] !== 'public' ? undefined : em.schema.lookupComposite(parts.at(-1)!);
}

/** A composite type as a table column's type: 0A000 where an attribute's text would go stale stored (a timestamptz's zone). */
export function storedComposite(c: CompositeType): CompositeType {
  const zoned = c.attributes.find((a) => a.oid === OID.timestamptz);
  if (zoned) throw unsupported(`a column of composite type ${c.name}, whose attribute ${zoned.name} is of type timestamp with time zone`);
  return c;
}

export function compositeTypeInfo(c: CompositeType): PgTypeInfo {
  return { oid: compositeOid(c.name), typmod: -1 };
}

/** An array of the type, which evsql holds as a text[] of its elements' record texts. */
export function compositeArrayTypeInfo(c: CompositeType): PgTypeInfo {
  return { oid: compositeArrayOid(c.name), typmod: -1 };
}

/** The composite type whose array `n` is a value of. */
export function compositeArrayOf(em: EmitContext, n: Node): CompositeType | undefined {
  const elem = arrayElementOid(em.typeOf(n)?.oid ?? 0);
  return elem ? em.schema.compositeByOid(elem) : undefined;
}

/** `unnest(a)` of an array of a composite type (in FROM): the type, whose attributes are its columns. */
export function unnestedComposite(em: EmitContext, call: Node | undefined): CompositeType | undefined {
  const args = (call?.args ?? []) as Node[];
  if (!em.schema.hasComposites() || args.length !== 1 || names(call!.funcname).at(-1) !== 'unnest') return undefined;
  return compositeArrayOf(em, args[0]!);
}

const POPULATE_RECORDSET = new Set(['json_populate_recordset', 'jsonb_populate_recordset']);
const POPULATE = new Set([...POPULATE_RECORDSET, 'json_populate_record', 'jsonb_populate_record']);

/** The composite type a json(b)_populate_record(set) call's base, `NULL::t`, is of. */
export function populatedComposite(em: EmitContext, f: Node): CompositeType | undefined {
  if (!em.schema.hasComposites() || f.args?.length !== 2 || !POPULATE.has(names(f.funcname).at(-1)!)) return undefined;
  const base = (f.args[0] as Node).TypeCast;
  return base?.arg.A_Const?.isnull ? compositeOfName(em, base.typeName) : undefined;
}

/**
 * `SELECT json_populate_recordset(NULL::t, doc)`, the select list's one item (graphile-worker's
 * addJobs reads its specs so): the records of the call in FROM, each row made a value of t.
 */
export function populatedCompositeQuery(em: EmitContext, s: Node): Node | undefined {
  const targets = (s.targetList ?? []) as Node[];
  const f = targets.length === 1 ? targets[0]!.ResTarget.val.FuncCall : undefined;
  if (!f || s.fromClause || s.groupClause || s.distinctClause || !POPULATE_RECORDSET.has(names(f.funcname).at(-1)!)) return undefined;
  const c = populatedComposite(em, f);
  if (!c) return undefined;
  const alias = '__evsql_records';
  const fields = c.attributes.map((a) => ({ ColumnRef: { fields: [{ String: { sval: alias } }, { String: { sval: a.name } }] } }));
  const row = { TypeCast: { arg: { RowExpr: { args: fields, row_format: 'COERCE_EXPLICIT_CALL' } }, typeName: f.args[0].TypeCast.typeName } };
  const records = { RangeFunction: { functions: [{ List: { items: [{ FuncCall: f }, {}] } }], alias: { aliasname: alias } } };
  return { ...s, targetList: [{ ResTarget: { ...targets[0]!.ResTarget, name: targets[0]!.ResTarget.name ?? names(f.funcname).at(-1), val: row } }], fromClause: [records] };
}

/** The composite type of `(v).f`'s value, with the field's name, when `n` selects a field of one. */
export function fieldSelection(em: EmitContext, n: Node): { c: CompositeType; field: string } | undefined {
  const ind = n.A_Indirection;
  if (!em.schema.hasComposites() || ind.indirection.length !== 1 || !ind.indirection[0].String) return undefined;
  const c = em.schema.compositeByOid(em.typeOf(ind.arg)?.oid ?? 0);
  return c ? { c, field: ind.indirection[0].String.sval as string } : undefined;
}

const splitSelections = new WeakMap<Node, Node>();

/**
 * `(v).f[i]` of a composite value as `((v).f)[i]`: the field, then its subscripts, which the parser
 * gives as one indirection.
 */
export function fieldThenSubscript(em: EmitContext, n: Node): Node | undefined {
  const ind = n.A_Indirection;
  if (!em.schema.hasComposites() || ind.indirection.length < 2 || !ind.indirection[0].String || !ind.indirection.slice(1).every((i: Node) => i.A_Indices)) return undefined;
  if (!em.schema.compositeByOid(em.typeOf(ind.arg)?.oid ?? 0)) return undefined;
  let split = splitSelections.get(n);
  if (!split) {
    split = { A_Indirection: { arg: { A_Indirection: { arg: ind.arg, indirection: [ind.indirection[0]] } }, indirection: ind.indirection.slice(1) } };
    splitSelections.set(n, split);
  }
  return split;
}

/** The fields of a value of a composite type as field selections (`(v).f`), when `n` is one. */
export function compositeFields(em: EmitContext, n: Node): { c: CompositeType; fields: Node[] } | undefined {
  if (!em.schema.hasComposites()) return undefined;
  const c = em.schema.compositeByOid(em.typeOf(n)?.oid ?? 0);
  return c && { c, fields: c.attributes.map((a) => ({ A_Indirection: { arg: n, indirection: [{ String: { sval: a.name } }] } })) };
}

/** `(v).*` of a composite value in a select list: one target per field, named after its attribute. */
export function fieldStarTargets(em: EmitContext, target: Node): Node[] | undefined {
  const ind = target.ResTarget.val.A_Indirection;
  if (!ind || !ind.indirection.at(-1)?.A_Star) return undefined;
  const arg: Node = ind.indirection.length === 1 ? ind.arg : { A_Indirection: { arg: ind.arg, indirection: ind.indirection.slice(0, -1) } };
  const composite = compositeFields(em, arg);
  return composite?.fields.map((val, i) => ({ ResTarget: { name: composite.c.attributes[i]!.name, val, location: target.ResTarget.location } }));
}
