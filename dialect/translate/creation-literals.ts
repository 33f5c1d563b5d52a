/**
 * Date and time literals in what the schema keeps (a CHECK constraint, an index's predicate, a
 * view), read when the object is made, as PostgreSQL's analysis folds them into constants then:
 * `tz >= '2024-01-01'` made under America/New_York means 05:00 UTC in every later session, and
 * `d >= '07/04/2024'` made under DateStyle DMY means April 7th. evsql would otherwise keep the text
 * as written and read it in the session that evaluates it — or, in a CHECK SQLite evaluates
 * untyped, compare it as text with the stored value ('2024-07-05' >= '07/04/2024' is true).
 */
import { OID } from '../../pg/types/registry.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import type { ColumnTypes } from './deparse.js';
import { type Node, isUnknownLiteral, names } from './parse.js';
import { typeOfName } from './types.js';

/** Types whose input reads the session's TimeZone or DateStyle; their stored forms read alike in any. */
const SESSION_READ = new Set<number>([OID.date, OID.time, OID.timestamp, OID.timestamptz, OID.timetz]);
/** Of those, the ones whose stored texts sort as their values, so an untyped comparison of them is right. */
const TEXT_ORDERED = new Set<number>([OID.date, OID.time, OID.timestamp, OID.timestamptz]);
const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/**
 * `expr` with its session-read literals in their stored forms: a literal cast to such a type
 * (`timestamptz '2024-07-04 12:00'`), and with `columns`, an untyped literal compared with a column
 * of a type whose stored texts sort as its values (`=`, `<`, … , BETWEEN, IN).
 */
export function literalsReadAtCreation(expr: Node, columns?: ColumnTypes): Node {
  const columnType = (n: Node | undefined): number | undefined => {
    const fields = n?.ColumnRef?.fields as Node[] | undefined;
    const name = fields && fields.length <= 2 ? (fields.at(-1)!.String?.sval as string | undefined) : undefined;
    return name === undefined || !columns ? undefined : columns(name)?.oid;
  };
  const visit = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(visit);
    if (!n || typeof n !== 'object') return n;
    const node = n as Node;
    const cast = node.TypeCast;
    if (cast && isUnknownLiteral(cast.arg) && !cast.typeName.arrayBounds) {
      const oid = typeOfName(cast.typeName).oid;
      if (SESSION_READ.has(oid)) return { TypeCast: { ...cast, arg: stored(cast.arg, oid) } };
    }
    const e = node.A_Expr;
    if (e && (e.kind === 'AEXPR_OP' ? COMPARISONS.has(names(e.name).at(-1) ?? '') : /^AEXPR_(NOT_)?BETWEEN|^AEXPR_IN$/.test(e.kind))) {
      const left = columnType(e.lexpr);
      const right = columnType(e.rexpr);
      const read = (side: Node, oid: number | undefined): Node => {
        if (oid === undefined || !TEXT_ORDERED.has(oid)) return visit(side) as Node;
        if (side.List) return { List: { items: (side.List.items as Node[]).map((x) => (isUnknownLiteral(x) ? stored(x, oid) : visit(x))) } };
        return isUnknownLiteral(side) ? stored(side, oid) : (visit(side) as Node);
      };
      return { A_Expr: { ...e, lexpr: read(e.lexpr, right), rexpr: e.rexpr && read(e.rexpr, left) } };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v)]));
  };
  return visit(expr) as Node;
}

/** A string literal in the type's stored form; as written where it does not read (its error is the cast's, when it runs). */
function stored(literal: Node, oid: number): Node {
  try {
    const value = decodeTextParam(literal.A_Const.sval.sval ?? '', oid);
    return typeof value === 'string' ? { A_Const: { ...literal.A_Const, sval: { sval: value } } } : literal;
  } catch {
    return literal;
  }
}
