/**
 * select_common_type's refusal: the branches of CASE, COALESCE, GREATEST/LEAST and the columns of
 * UNION/INTERSECT/EXCEPT must share a type category (42804 `CASE types integer and text cannot be
 * matched`), where SQLite would answer with whatever each row holds. Only the categories of types
 * evsql knows are judged; an untyped literal or NULL takes the others' type and is left out.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, arrayElementOid, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';
import { isNullLiteral, isUnknownLiteral } from './types.js';
import { locationOf } from './node-location.js';

const CATEGORY: Record<number, string> = {
  [OID.int2]: 'N', [OID.int4]: 'N', [OID.int8]: 'N', [OID.numeric]: 'N', [OID.float4]: 'N', [OID.float8]: 'N',
  [OID.text]: 'S', [OID.varchar]: 'S', [OID.bpchar]: 'S', [OID.name]: 'S',
  [OID.date]: 'D', [OID.timestamp]: 'D', [OID.timestamptz]: 'D', [OID.time]: 'D', [OID.timetz]: 'D',
  [OID.interval]: 'T', [OID.bool]: 'B', [OID.inet]: 'I', [OID.cidr]: 'I',
  [OID.jsonb]: 'U', [OID.json]: 'U', [OID.uuid]: 'U', [OID.bytea]: 'U',
};

function category(t: PgTypeInfo): string | undefined {
  return arrayElementOid(t.oid) !== 0 ? 'A' : CATEGORY[t.oid];
}

/** Two types that select_common_type cannot match: different categories, or two different user-defined ('U') types. */
export function unmatchable(a: PgTypeInfo, b: PgTypeInfo): boolean {
  const [x, y] = [category(a), category(b)];
  return x !== undefined && y !== undefined && (x !== y || (x === 'U' && a.oid !== b.oid));
}

/** 42804 when the expressions, in select_common_type's order, cannot take one type. */
export function checkCommonType(em: EmitContext, context: string, nodes: Node[]): void {
  let first: PgTypeInfo | undefined;
  for (const n of nodes) {
    if (isNullLiteral(n) || isUnknownLiteral(n)) continue;
    const t = em.typeOf(n);
    if (!t || t.oid === OID.unknown) return;
    if (!first) first = t;
    // A cast constant (`date '2024-01-01'`) is a constant at its literal, where PostgreSQL points.
    else if (unmatchable(first, t)) throw mismatch(context, first, t, locationOf(n.TypeCast?.arg.A_Const ? n.TypeCast.arg : n));
    // Arrays share a category: the common type stays the first, to which coerce_to_common_type
    // cannot bring an array of elements it could not match (`ARRAY[1]` to text[]).
    else if (category(first) === 'A' && category(t) === 'A' && unmatchable({ oid: arrayElementOid(first.oid), typmod: -1 }, { oid: arrayElementOid(t.oid), typmod: -1 })) {
      throw new PgError(SqlState.cannotCoerce, `${context === 'CASE' ? 'CASE/WHEN' : context} could not convert type ${formatType(t.oid, -1)} to ${formatType(first.oid, -1)}`, { position: (locationOf(n) ?? 0) + 1 });
    }
  }
}

/**
 * ARRAY[…] of a composite type's values, which no other type's value joins (42804, as
 * select_common_type answers), where SQLite would hold it beside the records.
 */
export function checkCompositeElements(em: EmitContext, elements: Node[]): void {
  const typed = elements.filter((e) => !isNullLiteral(e) && !isUnknownLiteral(e)).map((e) => ({ e, type: em.typeOf(e) }));
  const first = typed[0]?.type;
  const other = first && typed.find(({ type }) => type && type.oid !== first.oid);
  if (!other) return;
  // A composite is named as its type is (format_type here knows no such OID).
  const shown = (t: PgTypeInfo) => em.schema.compositeByOid(t.oid)?.name ?? formatType(t.oid, -1);
  const at = locationOf(other.e);
  throw new PgError(SqlState.datatypeMismatch, `ARRAY types ${shown(first)} and ${shown(other.type!)} cannot be matched`, at === undefined ? {} : { position: at + 1 });
}

/** A VALUES column whose rows cannot take one type (`VALUES (1), (date '2024-01-01')`): 42804, as select_common_type answers. */
export function checkValuesTypes(em: EmitContext, rows: Node[]): void {
  const width = rows[0]?.List.items.length ?? 0;
  for (let i = 0; i < width; i++) checkCommonType(em, 'VALUES', rows.map((row) => row.List.items[i] as Node));
}

export function mismatch(context: string, a: PgTypeInfo, b: PgTypeInfo, location: number | undefined): PgError {
  return new PgError(SqlState.datatypeMismatch, `${context} types ${formatType(a.oid, -1)} and ${formatType(b.oid, -1)} cannot be matched`, location === undefined ? {} : { position: location + 1 });
}

interface SetColumn {
  type: PgTypeInfo | null;
}

/** The plain SELECTs of a set operation tree; undefined when one is no plain SELECT with its own list (VALUES, `*`). */
export function members(s: Node): Node[] | undefined {
  const stmt = (s.SelectStmt ?? s) as Node;
  if (stmt.op && stmt.op !== 'SETOP_NONE') {
    const [l, r] = [members(stmt.larg), members(stmt.rarg)];
    return l && r ? [...l, ...r] : undefined;
  }
  const targets = stmt.targetList as Node[] | undefined;
  if (!targets || targets.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star))) return undefined;
  return [stmt];
}

function isSetOperation(side: Node): boolean {
  const stmt = (side.SelectStmt ?? side) as Node;
  return !!stmt.op && stmt.op !== 'SETOP_NONE';
}

/** A nested set operation's column whose every member is an untyped literal or NULL: text, their common type. */
function nestedText(side: Node, i: number): PgTypeInfo | undefined {
  const all = isSetOperation(side) ? members(side) : undefined;
  return all?.every((m) => literalAt(m, i)) ? { oid: OID.text, typmod: -1 } : undefined;
}

function literalAt(stmt: Node, i: number): boolean {
  const v = (stmt.targetList as Node[] | undefined)?.[i]?.ResTarget.val;
  return !v || isNullLiteral(v) || isUnknownLiteral(v);
}

/**
 * A set operation's side whose column is an untyped literal or NULL, which takes the other side's
 * type. A nested set operation's column has a type already: its own sides' common type, text where
 * both were untyped (`SELECT '5' UNION SELECT '6'` is text, and then 42804 beside an integer).
 */
function untypedAt(side: Node, i: number): boolean {
  return !isSetOperation(side) && literalAt((side.SelectStmt ?? side) as Node, i);
}

/** 42804 for a column of UNION/INTERSECT/EXCEPT whose two sides cannot take one type. */
export function checkSetTypes(s: Node, left: SetColumn[], right: SetColumn[]): void {
  const all = members(s);
  const rightMembers = members(s.rarg);
  if (!all || !rightMembers) return;
  const context = { SETOP_UNION: 'UNION', SETOP_INTERSECT: 'INTERSECT', SETOP_EXCEPT: 'EXCEPT' }[s.op as string] ?? 'UNION';
  left.forEach((l, i) => {
    if (untypedAt(s.larg, i) || untypedAt(s.rarg, i)) return;
    const [lt, rt] = [l.type ?? nestedText(s.larg, i), right[i]?.type ?? nestedText(s.rarg, i)];
    if (!lt || !rt) return;
    // PostgreSQL points at the right side's column, a nested operation's at its first member's.
    if (unmatchable(lt, rt)) throw mismatch(context, lt, rt, locationOf((rightMembers[0]!.targetList as Node[])[i]!.ResTarget.val));
  });
}
