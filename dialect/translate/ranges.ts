/**
 * The range types in SQL (dialect/runtime/range-functions.ts): their operators, constructors,
 * functions and casts, with the argument types PostgreSQL accepts for each. An untyped literal
 * beside a range is a range, read now as range_in reads it at parse time.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { rangeKind, rangeSubtype } from '../../pg/types/range.js';
import { OID, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { userRangeOid } from '../catalog/user-ranges.js';
import { quoteString } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import { noFunction, noFunctionCall, noOperator } from './no-function.js';
import { type Node, names } from './parse.js';
import { CONSTRUCTORS, MULTIRANGE_CONSTRUCTORS, RANGE_FUNCTIONS, TESTS, isMultirange, isRange } from './range-types.js';
import { multirangeOf, multirangeRange } from '../../pg/types/multirange.js';
import { isNullLiteral, isUnknownLiteral } from './types.js';
import { unsupported } from './unsupported.js';

const COMPARISON = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/** An untyped literal read as the range type, else the operand's SQL. */
function operand(n: Node, sql: string, oid: number): string {
  return isUnknownLiteral(n) ? quoteString(String(decodeTextParam(n.A_Const.sval.sval ?? '', oid))) : sql;
}

/**
 * An operator with a range on one side: comparisons in range_cmp's order (equal ranges of one
 * type but numrange have one text, so `=` stays SQLite's and an index serves it), the tests,
 * `@>`/`<@` of an element of exactly the range's element type, and `+`, `*`, `-`.
 */
export function rangeOperator(op: string, ln: Node, rn: Node, l: string, r: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): string | undefined {
  const oid = (isRange(lt) ? lt : rt)!.oid;
  const subtype = rangeSubtype(oid);
  const kind = rangeKind(oid);
  const untyped = (n: Node) => isUnknownLiteral(n) || isNullLiteral(n);
  const sameType = (isRange(lt) || untyped(ln)) && (isRange(rt) || untyped(rn)) && (lt?.oid === rt?.oid || untyped(ln) || untyped(rn));
  if (op === '@>' && isRange(lt) && rt?.oid === subtype && !isUnknownLiteral(rn)) return `pg_range_has(${l}, ${r}, ${kind})`;
  if (op === '<@' && isRange(rt) && lt?.oid === subtype && !isUnknownLiteral(ln)) return `pg_range_has(${r}, ${l}, ${kind})`;
  if (op === '||') return undefined;
  if (!sameType) throw noOperator(op, lt, rt);
  const [a, b] = [operand(ln, l, oid), operand(rn, r, oid)];
  if (COMPARISON.has(op)) {
    const sqlOp = op === '!=' ? '<>' : op;
    return (sqlOp === '=' || sqlOp === '<>') && subtype !== OID.numeric ? `(${a}) ${sqlOp} (${b})` : `pg_range_cmp(${a}, ${b}, ${kind}) ${sqlOp} 0`;
  }
  if (TESTS.has(op)) return `pg_range_test('${op}', ${a}, ${b}, ${kind})`;
  if (op === '+' || op === '*' || op === '-') return `pg_range_op('${op}', ${a}, ${b}, ${kind})`;
  throw noOperator(op, lt, rt);
}

/**
 * An operator with a multirange on one side: the tests against a multirange or a range of its
 * range type (a range taken as the multirange of it), `@>`/`<@` of an element, comparisons in
 * multirange_cmp's order, and `+`, `-`, `*` of two multiranges.
 */
export function multirangeOperator(op: string, ln: Node, rn: Node, l: string, r: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): string | undefined {
  const oid = (isMultirange(lt) ? lt : rt)!.oid;
  const range = multirangeRange(oid);
  const subtype = rangeSubtype(range);
  if (op === '@>' && isMultirange(lt) && rt?.oid === subtype && !isUnknownLiteral(rn)) return `pg_multirange_has(${l}, ${r}, ${oid})`;
  if (op === '<@' && isMultirange(rt) && lt?.oid === subtype && !isUnknownLiteral(ln)) return `pg_multirange_has(${r}, ${l}, ${oid})`;
  if (op === '||') return undefined;
  const untyped = (n: Node) => isUnknownLiteral(n) || isNullLiteral(n);
  // Each side a multirange of this type (an untyped literal read as one), or for the tests a range of its range type.
  const side = (n: Node, sql: string, t: PgTypeInfo | null): string | undefined => {
    if (isUnknownLiteral(n)) return quoteString(String(decodeTextParam(n.A_Const.sval.sval ?? '', oid)));
    if (untyped(n) || t?.oid === oid) return sql;
    return TESTS.has(op) && t?.oid === range ? `pg_multirange_of(${sql}, ${range})` : undefined;
  };
  const [a, b] = [side(ln, l, lt), side(rn, r, rt)];
  if (a === undefined || b === undefined) throw noOperator(op, lt, rt);
  if (COMPARISON.has(op)) {
    const sqlOp = op === '!=' ? '<>' : op;
    return (sqlOp === '=' || sqlOp === '<>') && range !== OID.numrange ? `(${a}) ${sqlOp} (${b})` : `pg_multirange_cmp(${a}, ${b}, ${oid}) ${sqlOp} 0`;
  }
  if (TESTS.has(op)) return `pg_multirange_test('${op}', ${a}, ${b}, ${oid})`;
  if (op === '+' || op === '*' || op === '-') return `pg_multirange_op('${op}', ${a}, ${b}, ${oid})`;
  throw noOperator(op, lt, rt);
}

/** A call of a multirange constructor, of multirange() or range_agg() of a range, or of a range function of a multirange; undefined when it is none. */
function multirangeCall(em: EmitContext, name: string, args: Node[], types: Array<PgTypeInfo | null>): string | undefined {
  const constructed = MULTIRANGE_CONSTRUCTORS[name];
  if (constructed !== undefined) {
    const range = multirangeRange(constructed);
    if (types.some((t, i) => !(t?.oid === range || (t === null && isNullLiteral(args[i]))))) throw noFunctionCall(em, name, args);
    return args.length ? `pg_multirange_make(${[constructed, ...args.map((a) => em.expr(a))].join(', ')})` : `'{}'`;
  }
  const first = types[0] ?? null;
  if ((name === 'multirange' || name === 'range_agg') && args.length === 1 && isRange(first) && multirangeOf(first!.oid)) {
    return name === 'multirange' ? `pg_multirange_of(${em.expr(args[0]!)}, ${first!.oid})` : `pg_range_agg(${em.expr(args[0]!)}, ${first!.oid})`;
  }
  if (!isMultirange(first)) return undefined;
  if (!(RANGE_FUNCTIONS.has(name) || name === 'range_merge')) {
    if (name === 'range_intersect_agg' || name === 'unnest') throw unsupported(`${name}() of a multirange`);
    return undefined;
  }
  if (args.length !== 1) throw noFunctionCall(em, name, args);
  return `pg_multirange_fn('${name}', ${em.expr(args[0]!)}, ${first!.oid})`;
}

/** The argument types each element type's constructor takes: its own and those that convert to it implicitly. */
const CONSTRUCTOR_ARGUMENTS: Record<number, number[]> = {
  [OID.int4]: [OID.int2, OID.int4],
  [OID.int8]: [OID.int2, OID.int4, OID.int8],
  [OID.numeric]: [OID.int2, OID.int4, OID.int8, OID.numeric],
  [OID.date]: [OID.date],
  [OID.timestamp]: [OID.date, OID.timestamp],
  [OID.timestamptz]: [OID.date, OID.timestamp, OID.timestamptz],
  [OID.int2]: [OID.int2],
  [OID.float4]: [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4],
  [OID.float8]: [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8],
  [OID.text]: [OID.text, OID.varchar, OID.bpchar],
  [OID.varchar]: [OID.text, OID.varchar, OID.bpchar],
};

function elementTypes(subtype: number): number[] {
  return CONSTRUCTOR_ARGUMENTS[subtype] ?? [subtype];
}

/** The range type a constructor's name makes, a built-in's or a user range's; undefined when it is none. */
export function constructorOf(em: EmitContext, f: Node, name: string): number | undefined {
  const parts = names(f.funcname);
  if (parts.length > 1 && parts[0] !== 'pg_catalog' && parts[0] !== 'public') return undefined;
  if (parts.length > 1 && parts[0] === 'public') return em.schema.lookupRange(name) ? userRangeOid(name) : undefined;
  return CONSTRUCTORS[name] ?? (parts.length === 1 && em.schema.lookupRange(name) ? userRangeOid(name) : undefined);
}

function oidOfPublic(em: EmitContext, f: Node, name: string): boolean {
  return names(f.funcname)[0] === 'public' && !!em.schema.lookupRange(name);
}

/**
 * A call of a range constructor or function; undefined when it is none (lower() of text).
 * `text` writes an argument as its output prints it, so a numeric bound keeps its scale.
 */
export function rangeCall(em: EmitContext, f: Node, name: string, args: Node[], text: (n: Node) => string): string | undefined {
  if (names(f.funcname).length > 1 && names(f.funcname)[0] !== 'pg_catalog' && !(oidOfPublic(em, f, name))) return undefined;
  const oid = constructorOf(em, f, name);
  // An untyped parameter is of the type the constructor takes there: the element type, then text.
  if (oid !== undefined) {
    args.forEach((a, i) => {
      const param = a.ParamRef?.number as number | undefined;
      if (param !== undefined && !em.paramTypes.has(param)) em.paramTypes.set(param, { oid: i < 2 ? rangeSubtype(oid) : OID.text, typmod: -1 });
    });
  }
  const types = args.map((a) => (isUnknownLiteral(a) || isNullLiteral(a) ? null : em.typeOf(a)));
  const multi = oid === undefined && names(f.funcname).length === 1 ? multirangeCall(em, name, args, types) : undefined;
  if (multi !== undefined) return multi;
  if (oid !== undefined) {
    const accepted = elementTypes(rangeSubtype(oid));
    const flagsOk = args.length < 3 || types[2] === null || [OID.text, OID.varchar].includes(types[2]!.oid as never);
    if (args.length < 2 || args.length > 3 || !flagsOk || types.slice(0, 2).some((x) => x !== null && !accepted.includes(x.oid))) throw noFunctionCall(em, name, args);
    const bound = (a: Node) => (isUnknownLiteral(a) ? quoteString(String(decodeTextParam(a.A_Const.sval.sval ?? '', rangeSubtype(oid)))) : text(a));
    return `pg_range_make(${rangeKind(oid)}, ${bound(args[0]!)}, ${bound(args[1]!)}, ${args[2] ? em.expr(args[2]) : "'[)'"})`;
  }
  if (name === 'range_agg' || name === 'multirange') throw unsupported(`${name}() of a user range (its multirange)`);
  const range = types[0];
  if (RANGE_FUNCTIONS.has(name) || name === 'range_merge' || name === 'range_intersect_agg') {
    if (!isRange(range)) {
      if (name === 'lower' || name === 'upper') return undefined;
      if (args.length === 1 && isUnknownLiteral(args[0])) {
        throw new PgError(SqlState.ambiguousFunction, `function ${name}(unknown) is not unique`, { hint: 'Could not choose a best candidate function. You might need to add explicit type casts.' });
      }
      throw noFunctionCall(em, name, args);
    }
  } else {
    // No other function takes a range (min and max have no range's).
    if (isRange(range) && (name === 'min' || name === 'max')) throw noFunction(name, [range]);
    return undefined;
  }
  const r = rangeKind(range!.oid);
  if (name === 'range_merge') {
    if (args.length !== 2 || !(types[1]?.oid === range!.oid || isUnknownLiteral(args[1]))) throw noFunctionCall(em, name, args);
    return `pg_range_op('merge', ${em.expr(args[0]!)}, ${operand(args[1]!, em.expr(args[1]!), range!.oid)}, ${r})`;
  }
  if (args.length !== 1) throw noFunctionCall(em, name, args);
  if (name === 'range_intersect_agg') return `pg_range_intersect_agg(${em.expr(args[0]!)}, ${r})`;
  // A numrange's bound computed into a result column keeps the scale it was written with (`[1.0,2)` has 1.0).
  const printed = (name === 'lower' || name === 'upper') && em.numericSpine.has(f);
  return `pg_range_fn('${name}${printed ? '_text' : ''}', ${em.expr(args[0]!)}, ${r})`;
}

/** A cast to a multirange type: a literal read now, text at run time, a range of its range type as the multirange of it. */
export function multirangeCast(em: EmitContext, arg: Node, sql: string, target: PgTypeInfo): string {
  const literal = arg.A_Const?.sval?.sval as string | undefined;
  if (literal !== undefined) return quoteString(String(decodeTextParam(literal, target.oid)));
  const from = em.typeOf(arg);
  if (from?.oid === target.oid || isNullLiteral(arg)) return sql;
  if (from?.oid === multirangeRange(target.oid)) return `pg_multirange_of(${sql}, ${from.oid})`;
  if (!from || [OID.text, OID.varchar, OID.bpchar, OID.unknown].includes(from.oid as never)) return `pg_multirange_in(${sql}, ${target.oid})`;
  throw new PgError(SqlState.cannotCoerce, `cannot cast type ${formatType(from.oid, -1)} to ${formatType(target.oid, -1)}`);
}

/**
 * A cast to a range type: a literal read now, text (or a value of a type not known here) at run
 * time, the same type as it is; 42846 from any other type.
 */
export function rangeCast(em: EmitContext, arg: Node, sql: string, target: PgTypeInfo): string {
  const literal = arg.A_Const?.sval?.sval as string | undefined;
  if (literal !== undefined) return quoteString(String(decodeTextParam(literal, target.oid)));
  const from = em.typeOf(arg);
  if (from?.oid === target.oid || isNullLiteral(arg)) return sql;
  if (!from || [OID.text, OID.varchar, OID.bpchar, OID.unknown].includes(from.oid as never)) return `pg_range_in(${sql}, ${rangeKind(target.oid)})`;
  throw new PgError(SqlState.cannotCoerce, `cannot cast type ${formatType(from.oid, -1)} to ${formatType(target.oid, -1)}`);
}
