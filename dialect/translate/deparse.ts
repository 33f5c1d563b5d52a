/**
 * The text PostgreSQL shows for a column default or CHECK constraint (pg_get_expr and
 * pg_get_constraintdef in pretty mode, which psql's \d uses), computed from the parse tree when
 * the DDL is translated. PostgreSQL prints the analyzed expression: literals carry the type they
 * were resolved to (`'x'::text`), implicit casts show inside operators (`0::numeric`), IN lists
 * become `= ANY (ARRAY[…])`, BETWEEN becomes two comparisons. This follows ruleutils.c for the
 * expressions DDL commonly holds; the SQLite text cannot say these things (it lost `now()` versus
 * `CURRENT_TIMESTAMP`, and the types), so the result rides along in the SQLite schema as an
 * annotation (markers.ts).
 */
import { compositeOid } from '../catalog/composites.js';
import { OID, formatType, typeFromDeclared, arrayOidOf, arrayElementOid, type PgTypeInfo } from '../../pg/types/registry.js';
import { decodeTextParam, encodeText } from '../../pg/types/text-format.js';
import { declaredType } from './types.js';
import { type Node, names, nodeType } from './parse.js';
import { quoteIdentifier, quoteLiteral } from '../../pg/ident.js';
import { type Display, displayMarker } from '../catalog/markers.js';
import { enumOid } from '../catalog/enums.js';
import { splitStoredName } from '../catalog/namespaces.js';
import type { TranslatorSchema } from './schema.js';

/** Column name → type, for the table the expression belongs to. */
export type ColumnTypes = (name: string) => Ty | undefined;

/** A column reference's relation (as the query names it, null for the table itself) and type. */
export type Resolver = (fields: string[]) => { qualifier: string | null; name: string; type: Ty } | undefined;

const ofTable = (columns: ColumnTypes): Resolver => (fields) => {
  const name = fields.at(-1)!;
  const type = columns(name);
  return type && { qualifier: null, name, type };
};

/** `name`: a type the registry does not know (an enum), as format_type prints it. */
/** `name`: an enum's own name; `namespace`: its schema, where that is not public (ruleutils qualifies it). */
export type Ty = PgTypeInfo & { name?: string; namespace?: string };

type Expr =
  | { k: 'var'; qualifier: string | null; name: string; ty: Ty }
  | { k: 'const'; text: string | null; ty: Ty }
  /** `relabel`: a binary-compatible coercion (varchar to text), which PostgreSQL keeps as RelabelType. */
  | { k: 'cast'; arg: Expr; ty: Ty; implicit: boolean; relabel: boolean }
  | { k: 'op'; op: string; l: Expr | null; r: Expr; ty: Ty }
  /** `star`: count(*). */
  | { k: 'func'; name: string; args: Expr[]; ty: Ty; star?: boolean }
  | { k: 'bool'; op: 'AND' | 'OR' | 'NOT'; args: Expr[]; ty: Ty }
  | { k: 'test'; arg: Expr; text: string; ty: Ty }
  | { k: 'distinct'; not: boolean; l: Expr; r: Expr; ty: Ty }
  | { k: 'saop'; op: string; any: boolean; l: Expr; arr: Expr; ty: Ty }
  | { k: 'array'; elems: Expr[]; ty: Ty }
  | { k: 'keyword'; text: string; ty: Ty };

const T = (oid: number): Ty => ({ oid, typmod: -1 });
const UNKNOWN = T(OID.unknown);
const BOOL = T(OID.bool);
const TEXT = T(OID.text);
/** A type the deparser cannot tell: no coercions are made against it. */
const OPAQUE = T(0);

class Unsupported extends Error {}

/**
 * An expression as pg_get_expr prints it: pretty (what psql shows) and plain (what the functions
 * print without their pretty flag, and information_schema shows), which parenthesizes every
 * operator.
 */
export type { Display };

/** The text of a column default, or undefined when the expression is beyond this deparser. */
export function defaultDisplay(expr: Node, column: Ty, columns: ColumnTypes): Display | undefined {
  return attempt(() => coerce(analyze(expr, ofTable(columns)), column));
}

/** The text of a CHECK constraint's expression (without `CHECK (…)`). */
export function checkDisplay(expr: Node, columns: ColumnTypes): Display | undefined {
  return attempt(() => analyze(expr, ofTable(columns)));
}

/** An index expression's type (PostgreSQL's pg_attribute row of the index column); undefined beyond this deparser. */
export function expressionType(expr: Node, columns: ColumnTypes): Ty | undefined {
  try {
    return analyze(expr, ofTable(columns)).ty;
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

function attempt(f: () => Expr): Display | undefined {
  try {
    return display(f());
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

function display(x: Expr): Display {
  return { pretty: new Printer(true).print(x, false), plain: new Printer(false).print(x, false) };
}

/**
 * For the view deparser (viewdef.ts): an analyzed expression's texts, its type, and whether it is
 * a plain column reference (and of which column). Throws Unsupported beyond this deparser.
 */
export function analyzeExpression(n: Node, resolve: Resolver): { display: Display; type: Ty; column: string | null } {
  const x = analyze(n, resolve);
  return { display: display(x), type: x.ty, column: x.k === 'var' ? x.name : null };
}

export { Unsupported };

// ---------------------------------------------------------------- analysis (types, coercions)

const NUMERIC_RANK: number[] = [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8];
const INTEGERS: number[] = [OID.int2, OID.int4, OID.int8];
const STRINGS: number[] = [OID.text, OID.varchar, OID.bpchar, OID.name];
const DATETIMES: number[] = [OID.date, OID.timestamp, OID.timestamptz];
const COMPARISONS = new Set(['=', '<>', '<', '>', '<=', '>=', '~~', '!~~', '~~*', '!~~*', '~', '!~', '~*', '!~*']);

/** Functions DDL commonly calls: argument types they coerce to, and the result type. */
const FUNCTIONS: Record<string, { args: number[]; ret: number | 'arg' }> = {
  length: { args: [OID.text], ret: OID.int4 },
  char_length: { args: [OID.text], ret: OID.int4 },
  character_length: { args: [OID.text], ret: OID.int4 },
  octet_length: { args: [OID.text], ret: OID.int4 },
  lower: { args: [OID.text], ret: OID.text },
  upper: { args: [OID.text], ret: OID.text },
  initcap: { args: [OID.text], ret: OID.text },
  btrim: { args: [OID.text, OID.text], ret: OID.text },
  ltrim: { args: [OID.text, OID.text], ret: OID.text },
  rtrim: { args: [OID.text, OID.text], ret: OID.text },
  md5: { args: [OID.text], ret: OID.text },
  reverse: { args: [OID.text], ret: OID.text },
  replace: { args: [OID.text, OID.text, OID.text], ret: OID.text },
  substr: { args: [OID.text, OID.int4, OID.int4], ret: OID.text },
  split_part: { args: [OID.text, OID.text, OID.int4], ret: OID.text },
  left: { args: [OID.text, OID.int4], ret: OID.text },
  right: { args: [OID.text, OID.int4], ret: OID.text },
  lpad: { args: [OID.text, OID.int4, OID.text], ret: OID.text },
  rpad: { args: [OID.text, OID.int4, OID.text], ret: OID.text },
  strpos: { args: [OID.text, OID.text], ret: OID.int4 },
  int4range: { args: [OID.int4, OID.int4, OID.text], ret: OID.int4range },
  int8range: { args: [OID.int8, OID.int8, OID.text], ret: OID.int8range },
  numrange: { args: [OID.numeric, OID.numeric, OID.text], ret: OID.numrange },
  daterange: { args: [OID.date, OID.date, OID.text], ret: OID.daterange },
  tsrange: { args: [OID.timestamp, OID.timestamp, OID.text], ret: OID.tsrange },
  tstzrange: { args: [OID.timestamptz, OID.timestamptz, OID.text], ret: OID.tstzrange },
  now: { args: [], ret: OID.timestamptz },
  transaction_timestamp: { args: [], ret: OID.timestamptz },
  statement_timestamp: { args: [], ret: OID.timestamptz },
  clock_timestamp: { args: [], ret: OID.timestamptz },
  gen_random_uuid: { args: [], ret: OID.uuid },
  uuid_generate_v4: { args: [], ret: OID.uuid },
  random: { args: [], ret: OID.float8 },
  nextval: { args: [OID.regclass], ret: OID.int8 },
  date_trunc: { args: [OID.text, OID.timestamptz], ret: OID.timestamptz },
  abs: { args: [], ret: 'arg' },
  count: { args: [], ret: OID.int8 },
  min: { args: [], ret: 'arg' },
  max: { args: [], ret: 'arg' },
  avg: { args: [], ret: OID.numeric },
  to_tsvector: { args: [OID.regconfig, OID.text], ret: OID.tsvector },
  to_tsquery: { args: [OID.regconfig, OID.text], ret: OID.tsquery },
  plainto_tsquery: { args: [OID.regconfig, OID.text], ret: OID.tsquery },
  phraseto_tsquery: { args: [OID.regconfig, OID.text], ret: OID.tsquery },
};
const TEXT_SEARCH_MAKERS = new Set(['to_tsvector', 'to_tsquery', 'plainto_tsquery', 'phraseto_tsquery']);

const SQL_VALUE_FUNCTIONS: Record<string, [string, number]> = {
  SVFOP_CURRENT_DATE: ['CURRENT_DATE', OID.date],
  SVFOP_CURRENT_TIME: ['CURRENT_TIME', OID.timetz],
  SVFOP_CURRENT_TIMESTAMP: ['CURRENT_TIMESTAMP', OID.timestamptz],
  SVFOP_LOCALTIME: ['LOCALTIME', OID.time],
  SVFOP_LOCALTIMESTAMP: ['LOCALTIMESTAMP', OID.timestamp],
  SVFOP_CURRENT_ROLE: ['CURRENT_ROLE', OID.name],
  SVFOP_CURRENT_USER: ['CURRENT_USER', OID.name],
  SVFOP_USER: ['USER', OID.name],
  SVFOP_SESSION_USER: ['SESSION_USER', OID.name],
  SVFOP_CURRENT_CATALOG: ['CURRENT_CATALOG', OID.name],
  SVFOP_CURRENT_SCHEMA: ['CURRENT_SCHEMA', OID.name],
};

function analyze(n: Node, resolve: Resolver): Expr {
  const a = (x: Node) => analyze(x, resolve);
  switch (nodeType(n)) {
    case 'ColumnRef': {
      const fields = names(n.ColumnRef.fields);
      if (fields.includes('*')) throw new Unsupported();
      const found = resolve(fields);
      return found ? { k: 'var', qualifier: found.qualifier, name: found.name, ty: found.type } : { k: 'var', qualifier: null, name: fields.at(-1)!, ty: OPAQUE };
    }
    case 'A_Const':
      return constant(n.A_Const);
    case 'TypeCast':
      return explicitCast(a(n.TypeCast.arg), typeFromDeclared(declaredType(n.TypeCast.typeName)));
    case 'A_Expr':
      return aExpr(n.A_Expr, a);
    case 'BoolExpr': {
      const op = ({ AND_EXPR: 'AND', OR_EXPR: 'OR', NOT_EXPR: 'NOT' } as const)[n.BoolExpr.boolop as 'AND_EXPR'];
      return { k: 'bool', op, args: (n.BoolExpr.args as Node[]).map((x) => coerce(a(x), BOOL)), ty: BOOL };
    }
    case 'NullTest':
      return { k: 'test', arg: a(n.NullTest.arg), text: n.NullTest.nulltesttype === 'IS_NULL' ? 'IS NULL' : 'IS NOT NULL', ty: BOOL };
    case 'BooleanTest': {
      const text = String(n.BooleanTest.booltesttype).replace(/_/g, ' ');
      return { k: 'test', arg: coerce(a(n.BooleanTest.arg), BOOL), text, ty: BOOL };
    }
    case 'SQLValueFunction': {
      const [text, oid] = SQL_VALUE_FUNCTIONS[String(n.SQLValueFunction.op).replace(/_N$/, '')] ?? [];
      if (!text) throw new Unsupported();
      const typmod = n.SQLValueFunction.typmod;
      return { k: 'keyword', text: typmod !== undefined && typmod >= 0 ? `${text}(${typmod})` : text, ty: T(oid!) };
    }
    case 'FuncCall':
      return funcCall(n.FuncCall, a);
    case 'CoalesceExpr':
    case 'MinMaxExpr': {
      const node = n.CoalesceExpr ?? n.MinMaxExpr;
      const args = (node.args as Node[]).map(a);
      const ty = commonType(args);
      const name = n.CoalesceExpr ? 'COALESCE' : node.op === 'IS_GREATEST' ? 'GREATEST' : 'LEAST';
      return { k: 'func', name, args: args.map((x) => coerce(x, ty)), ty };
    }
    case 'A_ArrayExpr': {
      const elems = ((n.A_ArrayExpr.elements ?? []) as Node[]).map(a);
      if (!elems.length) throw new Unsupported();
      const ty = commonType(elems);
      return { k: 'array', elems: elems.map((x) => coerce(x, ty)), ty: T(arrayOidOf(ty.oid) || OID.text_array) };
    }
    default:
      throw new Unsupported();
  }
}

function constant(c: Node): Expr {
  if (c.isnull) return { k: 'const', text: null, ty: UNKNOWN };
  if (c.ival) {
    const v = c.ival.ival ?? 0;
    return { k: 'const', text: String(v), ty: T(Math.abs(v) > 2147483647 ? OID.int8 : OID.int4) };
  }
  if (c.fval) {
    const text = c.fval.fval as string;
    // As make_const: an integer too large for int4 that fits int8 is an int8, else numeric.
    const big = /^-?\d+$/.test(text) && BigInt(text) <= 9223372036854775807n && BigInt(text) >= -9223372036854775808n;
    return { k: 'const', text, ty: T(big ? OID.int8 : OID.numeric) };
  }
  if (c.boolval) return { k: 'const', text: c.boolval.boolval ? 't' : 'f', ty: BOOL };
  if (c.sval) return { k: 'const', text: c.sval.sval ?? '', ty: UNKNOWN };
  throw new Unsupported();
}

function explicitCast(arg: Expr, ty: Ty): Expr {
  if (arg.k === 'const' && (arg.ty.oid === OID.unknown || sameType(arg.ty, { oid: ty.oid, typmod: -1 }))) {
    // A literal is converted when parsed; a length or precision modifier stays a separate cast.
    const typed = resolveConst(arg, anyTypmod(ty));
    return ty.typmod >= 0 ? { k: 'cast', arg: typed, ty, implicit: false, relabel: false } : typed;
  }
  if (sameType(arg.ty, ty)) return arg;
  return { k: 'cast', arg, ty, implicit: false, relabel: false };
}

function aExpr(e: Node, a: (x: Node) => Expr): Expr {
  const op = names(e.name).at(-1) ?? '';
  switch (e.kind) {
    case 'AEXPR_OP':
      if (!e.lexpr) {
        const r = a(e.rexpr);
        return { k: 'op', op, l: null, r, ty: r.ty };
      }
      return binary(op, a(e.lexpr), a(e.rexpr));
    case 'AEXPR_LIKE':
    case 'AEXPR_ILIKE':
      return binary(op, a(e.lexpr), a(e.rexpr));
    case 'AEXPR_DISTINCT':
    case 'AEXPR_NOT_DISTINCT': {
      const cmp = binary('=', a(e.lexpr), a(e.rexpr)) as Extract<Expr, { k: 'op' }>;
      return { k: 'distinct', not: e.kind === 'AEXPR_NOT_DISTINCT', l: cmp.l!, r: cmp.r, ty: BOOL };
    }
    case 'AEXPR_BETWEEN':
    case 'AEXPR_NOT_BETWEEN': {
      const [lo, hi] = (e.rexpr.List.items as Node[]).map(a);
      const l = a(e.lexpr);
      if (e.kind === 'AEXPR_BETWEEN') return { k: 'bool', op: 'AND', args: [binary('>=', l, lo!), binary('<=', l, hi!)], ty: BOOL };
      return { k: 'bool', op: 'OR', args: [binary('<', l, lo!), binary('>', l, hi!)], ty: BOOL };
    }
    case 'AEXPR_IN':
      return inList(op, a(e.lexpr), (e.rexpr.List.items as Node[]).map(a));
    default:
      throw new Unsupported();
  }
}

/** IN (…) and NOT IN (…): PostgreSQL makes `= ANY (ARRAY[…])` of two or more values, else `=`. */
function inList(op: string, l: Expr, items: Expr[]): Expr {
  const any = op === '=';
  if (items.length === 1) return binary(op, l, items[0]!);
  const scalar = commonType([l, ...items]);
  const elems = items.map((x) => coerce(x, scalar));
  const arr: Expr = { k: 'array', elems, ty: T(arrayOidOf(scalar.oid) || OID.text_array) };
  const cmp = binary(op, { ...l }, { k: 'const', text: null, ty: scalar }) as Extract<Expr, { k: 'op' }>;
  const elemTy = cmp.r.ty;
  const array = sameType(elemTy, scalar) ? arr : { k: 'cast' as const, arg: arr, ty: T(arrayOidOf(elemTy.oid)), implicit: true, relabel: false };
  return { k: 'saop', op, any, l: cmp.l!, arr: array, ty: BOOL };
}

function funcCall(f: Node, a: (x: Node) => Expr): Expr {
  const fname = names(f.funcname).filter((p) => p !== 'pg_catalog');
  if (fname.length !== 1 || f.over || f.agg_order || f.agg_filter || f.agg_distinct) throw new Unsupported();
  const name = fname[0]!;
  if (f.agg_star) {
    if (name !== 'count') throw new Unsupported();
    return { k: 'func', name, args: [], ty: T(OID.int8), star: true };
  }
  const args = ((f.args ?? []) as Node[]).map(a);
  // to_tsvector(text) and to_tsvector(regconfig, text), and the tsquery makers alike.
  const spec = TEXT_SEARCH_MAKERS.has(name) && args.length === 1 ? { args: [OID.text], ret: FUNCTIONS[name]!.ret } : FUNCTIONS[name];
  if (!spec) return { k: 'func', name, args: args.map((x) => (x.ty.oid === OID.unknown ? resolveConst(x, TEXT) : x)), ty: OPAQUE };
  const coerced = args.map((x, i) => {
    const want = spec.args[Math.min(i, spec.args.length - 1)];
    if (want === undefined) return x;
    // length(bpchar) and the like exist: a char(n) argument is not converted to text.
    if (want === OID.text && x.ty.oid === OID.bpchar && /length$/.test(name)) return x;
    return coerce(x, T(want));
  });
  const ty = spec.ret === 'arg' ? (coerced[0]?.ty ?? OPAQUE) : T(spec.ret);
  return { k: 'func', name, args: coerced, ty };
}

/** jsonb's operators whose right side is a key or path, not a document: its type and the result's. */
const JSONB_KEY_OPERATORS: Record<string, [number, number]> = {
  '?': [OID.text, OID.bool],
  '?|': [OID.text_array, OID.bool],
  '?&': [OID.text_array, OID.bool],
  '->': [OID.text, OID.jsonb],
  '->>': [OID.text, OID.text],
  '#>': [OID.text_array, OID.jsonb],
  '#>>': [OID.text_array, OID.text],
};

/** Operator resolution for the common operators: the types both sides are brought to. */
function binary(op: string, l: Expr, r: Expr): Expr {
  if (op === '@@') return textSearchMatch(l, r);
  const key = l.ty.oid === OID.jsonb && r.ty.oid === OID.unknown ? JSONB_KEY_OPERATORS[op] : undefined;
  if (key) return { k: 'op', op, l, r: coerce(r, T(key[0])), ty: T(key[1]) };
  let lt = l.ty;
  let rt = r.ty;
  const unknownL = lt.oid === OID.unknown;
  const unknownR = rt.oid === OID.unknown;
  if (unknownL && unknownR) {
    lt = rt = TEXT;
  } else if (unknownL || unknownR) {
    const known = unknownL ? rt : lt;
    const target = known.oid === OID.varchar || (op === '||' && STRINGS.includes(known.oid)) ? TEXT : anyTypmod(known);
    if (known.oid === 0) {
      lt = rt = known;
    } else {
      lt = unknownL ? target : known.oid === OID.varchar ? TEXT : lt;
      rt = unknownR ? target : known.oid === OID.varchar ? TEXT : rt;
    }
  } else if (op === '||') {
    if (STRINGS.includes(lt.oid)) lt = TEXT;
    if (STRINGS.includes(rt.oid)) rt = TEXT;
  } else {
    [lt, rt] = commonOperands(op, lt, rt);
  }
  const left = coerce(l, lt);
  const right = coerce(r, rt);
  let ty: Ty;
  if (COMPARISONS.has(op)) ty = BOOL;
  else if (op === '||') ty = TEXT;
  else ty = lt.oid === 0 ? rt : lt;
  return { k: 'op', op, l: left, r: right, ty };
}

/** tsvector @@ tsquery either way round, an untyped side read as the other's counterpart. */
function textSearchMatch(l: Expr, r: Expr): Expr {
  const counterpart = (t: Ty) => T(t.oid === OID.tsvector ? OID.tsquery : OID.tsvector);
  const lt = l.ty.oid === OID.unknown ? counterpart(r.ty) : l.ty;
  const rt = r.ty.oid === OID.unknown ? counterpart(l.ty) : r.ty;
  if (!((lt.oid === OID.tsvector && rt.oid === OID.tsquery) || (lt.oid === OID.tsquery && rt.oid === OID.tsvector))) throw new Unsupported();
  return { k: 'op', op: '@@', l: coerce(l, lt), r: coerce(r, rt), ty: BOOL };
}

function commonOperands(op: string, lt: Ty, rt: Ty): [Ty, Ty] {
  // varchar has no operators of its own: it compares as text.
  if (STRINGS.includes(lt.oid) && STRINGS.includes(rt.oid) && (lt.oid !== rt.oid || lt.oid === OID.varchar)) return [TEXT, TEXT];
  if (lt.oid === 0 || rt.oid === 0 || lt.oid === rt.oid) return [lt, rt];
  const ln = NUMERIC_RANK.indexOf(lt.oid);
  const rn = NUMERIC_RANK.indexOf(rt.oid);
  if (ln >= 0 && rn >= 0) {
    // int2/int4/int8 have cross-type operators, as do float4/float8.
    if (INTEGERS.includes(lt.oid) && INTEGERS.includes(rt.oid)) return [lt, rt];
    const floats = [OID.float4, OID.float8] as number[];
    if (floats.includes(lt.oid) && floats.includes(rt.oid)) return [lt, rt];
    if (floats.includes(lt.oid)) return [lt, T(OID.float8)];
    if (floats.includes(rt.oid)) return [T(OID.float8), rt];
    const wide = T(NUMERIC_RANK[Math.max(ln, rn)]!);
    return [wide, wide];
  }
  const ld = DATETIMES.indexOf(lt.oid);
  const rd = DATETIMES.indexOf(rt.oid);
  // date, timestamp and timestamptz compare across types (date_lt_timestamp, timestamp_lt_timestamptz, …).
  if (ld >= 0 && rd >= 0 && COMPARISONS.has(op)) return [lt, rt];
  if (ld >= 0 && rd >= 0) {
    const wide = T(DATETIMES[Math.max(ld, rd)]!);
    return [wide, wide];
  }
  return [lt, rt];
}

/** select_common_type: the type a list of expressions is resolved to (CASE, COALESCE, IN, ARRAY). */
function commonType(list: Expr[]): Ty {
  let ty: Ty | undefined;
  for (const x of list) {
    if (x.ty.oid === OID.unknown) continue;
    if (!ty) {
      ty = anyTypmod(x.ty);
      continue;
    }
    if (x.ty.oid === ty.oid || x.ty.oid === 0) continue;
    const a = NUMERIC_RANK.indexOf(ty.oid);
    const b = NUMERIC_RANK.indexOf(x.ty.oid);
    if (a >= 0 && b >= 0) ty = T(NUMERIC_RANK[Math.max(a, b)]!);
    else if (STRINGS.includes(ty.oid) && STRINGS.includes(x.ty.oid)) ty = TEXT;
  }
  return ty ?? TEXT;
}

function sameType(a: Ty, b: Ty): boolean {
  return a.oid === b.oid && a.typmod === b.typmod;
}

/** Implicit coercion: a literal takes the type; anything else gets a cast node that may print. */
function coerce(x: Expr, ty: Ty): Expr {
  if (ty.oid === 0 || x.ty.oid === 0 || ty.oid === OID.unknown) return x;
  if (x.k === 'const' && x.ty.oid === OID.unknown) return resolveConst(x, anyTypmod(ty));
  if (x.ty.oid === ty.oid) return x;
  const relabel = (x.ty.oid === OID.varchar && ty.oid === OID.text) || (arrayElementOid(x.ty.oid) === OID.varchar && arrayElementOid(ty.oid) === OID.text);
  return { k: 'cast', arg: x, ty: anyTypmod(ty), implicit: true, relabel };
}

function anyTypmod(ty: Ty): Ty {
  return { ...ty, typmod: -1 };
}

function typeText(ty: Ty): string {
  if (ty.name === undefined) return formatType(ty.oid, ty.typmod);
  return ty.namespace === undefined ? quoteIdentifier(ty.name) : `${quoteIdentifier(ty.namespace)}.${quoteIdentifier(ty.name)}`;
}

/** A literal converted to a type when parsed, its text normalized as the type's output prints it. */
function resolveConst(c: Expr, ty: Ty): Expr {
  if (c.k !== 'const') return c;
  if (c.text === null) return { k: 'const', text: null, ty };
  let text = c.text;
  if (ty.oid !== OID.text && ty.oid !== OID.varchar && ty.oid !== OID.bpchar && ty.oid !== OID.regclass) {
    try {
      text = encodeText(decodeTextParam(c.text, ty.oid), ty.oid) ?? c.text;
    } catch {
      text = c.text;
    }
  }
  return { k: 'const', text, ty };
}

// ---------------------------------------------------------------- printing (ruleutils)

/** get_rule_expr, pretty (PRETTY_PAREN: parentheses only where needed) or plain (around every operator). */
class Printer {
  constructor(private readonly pretty: boolean) {}

  print(x: Expr, showImplicit: boolean): string {
    const open = this.pretty ? '' : '(';
    const close = this.pretty ? '' : ')';
    switch (x.k) {
      case 'var':
        return x.qualifier === null ? quoteIdentifier(x.name) : `${quoteIdentifier(x.qualifier)}.${quoteIdentifier(x.name)}`;
      case 'const':
        return constText(x, 0);
      case 'keyword':
        return x.text;
      case 'cast':
        if (x.implicit && !showImplicit) return this.paren(x.arg, x, false);
        return this.coercion(x);
      case 'op':
        if (!x.l) return `${open}${x.op} ${this.paren(x.r, x, true)}${close}`;
        return `${open}${this.paren(x.l, x, true)} ${x.op} ${this.paren(x.r, x, true)}${close}`;
      case 'func':
        return `${x.name}(${x.star ? '*' : x.args.map((a) => this.print(a, true)).join(', ')})`;
      case 'bool':
        if (x.op === 'NOT') return `${open}NOT ${this.paren(x.args[0]!, x, false)}${close}`;
        return `${open}${x.args.map((a) => this.paren(a, x, false)).join(` ${x.op} `)}${close}`;
      case 'test':
        return `${open}${this.paren(x.arg, x, true)} ${x.text}${close}`;
      case 'distinct':
        return `${open}${this.paren(x.l, x, true)} IS ${x.not ? 'NOT ' : ''}DISTINCT FROM ${this.paren(x.r, x, true)}${close}`;
      case 'saop':
        return `${open}${this.paren(x.l, x, true)} ${x.op} ${x.any ? 'ANY' : 'ALL'} (${this.paren(x.arr, x, true)})${close}`;
      case 'array':
        return `ARRAY[${x.elems.map((e) => this.print(e, true)).join(', ')}]`;
    }
  }

  /** get_rule_expr_paren: in pretty mode, parentheses around a child that needs them. */
  private paren(x: Expr, parent: Expr, showImplicit: boolean): string {
    const text = this.print(x, showImplicit);
    return !this.pretty || isSimple(x, parent, showImplicit) ? text : `(${text})`;
  }

  /** get_coercion_expr: a constant of the very type prints bare, anything else in parentheses if need be. */
  private coercion(x: Extract<Expr, { k: 'cast' }>): string {
    const arg = x.arg;
    let inner: string;
    if (arg.k === 'const' && arg.ty.oid === x.ty.oid && arg.ty.typmod === -1) inner = constText(arg, -1);
    else inner = this.pretty ? this.paren(arg, x, false) : `(${this.print(arg, false)})`;
    return `${inner}::${typeText(x.ty)}`;
  }
}

/** get_const_expr; showtype -1 never labels the type, 0 labels it where the literal alone would not tell. */
function constText(c: Extract<Expr, { k: 'const' }>, showtype: number): string {
  const label = `::${typeText(c.ty)}`;
  if (c.text === null) return showtype >= 0 && c.ty.oid !== OID.unknown ? `NULL${label}` : 'NULL';
  let out: string;
  let needLabel = false;
  switch (c.ty.oid) {
    case OID.int4:
      if (c.text.startsWith('-')) {
        out = quoteLiteral(c.text);
        needLabel = true;
      } else out = c.text;
      break;
    case OID.numeric:
      if (/^\d/.test(c.text) && /[eE.]/.test(c.text)) out = c.text;
      else {
        out = quoteLiteral(c.text);
        needLabel = true;
      }
      needLabel ||= c.ty.typmod >= 0;
      break;
    case OID.bool:
      return c.text === 't' ? 'true' : 'false';
    case OID.unknown:
      return quoteLiteral(c.text);
    default:
      out = quoteLiteral(c.text);
      needLabel = true;
  }
  return showtype >= 0 && needLabel ? out + label : out;
}

const LOW_PRIORITY = ['+', '-'];
const HIGH_PRIORITY = ['*', '/', '%'];

/** isSimpleNode: whether a child prints without parentheses under its parent. */
function isSimple(x: Expr, parent: Expr, showImplicit: boolean): boolean {
  switch (x.k) {
    case 'var':
    case 'const':
    case 'keyword':
    case 'func':
    case 'array':
      return true;
    case 'cast':
      if (x.implicit && !showImplicit) return isSimple(x.arg, parent, false);
      return x.relabel ? isSimple(x.arg, x, false) : true;
    case 'op':
      if (parent.k === 'op') {
        if (!x.l || !parent.l) return false;
        const lo = LOW_PRIORITY.includes(x.op);
        const hi = HIGH_PRIORITY.includes(x.op);
        const parentLo = LOW_PRIORITY.includes(parent.op);
        const parentHi = HIGH_PRIORITY.includes(parent.op);
        if (!(lo || hi) || !(parentLo || parentHi)) return false;
        if (hi && parentLo) return true;
        if (lo && parentHi) return false;
        return parent.l === x;
      }
      return simpleUnder(parent);
    case 'test':
    case 'distinct':
      return simpleUnder(parent);
    case 'bool':
      if (parent.k === 'bool') {
        if (x.op === 'OR') return parent.op === 'OR';
        return parent.op === 'AND' || parent.op === 'OR';
      }
      return simpleUnder(parent);
    case 'saop':
      return false;
  }
}

/** Parents that separate their children by their own syntax (function parentheses, AND/OR, commas). */
function simpleUnder(parent: Expr): boolean {
  return parent.k === 'func' || parent.k === 'bool' || parent.k === 'array';
}

// ---------------------------------------------------------------- annotations for the DDL translator

const SERIAL_TYPES: Record<string, string> = { serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8', smallserial: 'int2', serial2: 'int2' };

function columnDefType(schema: TranslatorSchema, col: Node): Ty {
  const name = names(col.typeName.names).filter((p) => p !== 'pg_catalog').join('.');
  const e = enumNamed(schema, col.typeName);
  if (e !== undefined) return { oid: enumOid(e), typmod: -1, name: e };
  // A composite column's CHECK and DEFAULT read its fields (`CHECK ((p).x >= 0)`), which a text has none of.
  const parts = names(col.typeName.names);
  const composite = schema.hasComposites() && !col.typeName.arrayBounds && (parts.length === 1 || parts[0] === 'public') ? schema.lookupComposite(parts.at(-1)!) : undefined;
  if (composite) return { oid: compositeOid(composite.name), typmod: -1, name: composite.name };
  return typeFromDeclared(SERIAL_TYPES[name] !== undefined && !col.typeName.arrayBounds ? SERIAL_TYPES[name] : declaredType(col.typeName));
}

/** The enum type a column's type names (unqualified or in public, not an array of it). */
export function enumNamed(schema: TranslatorSchema, typeName: Node): string | undefined {
  const parts = names(typeName.names);
  const name = parts.at(-1)!;
  return (parts.length === 1 || parts[0] === 'public') && !typeName.arrayBounds && schema.lookupEnum(name) ? name : undefined;
}

/** The column types of a CREATE TABLE's elements, plus those of `existing` (for ALTER TABLE). */
export function columnTypesOf(schema: TranslatorSchema, elements: Node[], existing: ColumnTypes = () => undefined): ColumnTypes {
  const types = new Map<string, Ty>();
  for (const e of elements) if (e.ColumnDef) types.set(e.ColumnDef.colname, columnDefType(schema, e.ColumnDef));
  return (name) => types.get(name) ?? existing(name);
}

/** The annotation a DEFAULT (or generation) expression carries: its PostgreSQL text. */
export function defaultAnnotation(expr: Node, column: string, columns: ColumnTypes): string {
  const type = columns(column);
  return displayMarker(type ? defaultDisplay(expr, type, columns) : undefined);
}

/** The annotation a CHECK expression, an index expression or an index predicate carries. */
export function expressionAnnotation(expr: Node, columns: ColumnTypes): string {
  return displayMarker(checkDisplay(expr, columns));
}

/** The column types of an existing table, as the translator knows them. */
export function tableColumnTypes(schema: TranslatorSchema, table: string): ColumnTypes {
  return (name) => {
    const type = schema.lookupTable(table)?.column(name)?.type;
    const e = type && schema.enumByOid(type.oid);
    if (!e) return type;
    const own = splitStoredName(e.name, new Set(schema.schemaNames()));
    return own.schema === 'public' ? { ...type, name: e.name } : { ...type, name: own.name, namespace: own.schema };
  };
}
