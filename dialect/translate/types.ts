/**
 * PostgreSQL's typing of expressions. PostgreSQL picks an operator from its operands' types
 * (`date + integer` adds days, `timestamp - timestamp` is an interval, `numeric / integer` keeps
 * digits that `int / int` drops) and gives every expression a result type; the translator does
 * the same from the column types in scope (name-resolution.ts), so results carry PostgreSQL's
 * type OIDs and values. The SQL whose form follows from these types is typed-sql.ts's.
 *
 * Numeric results also carry PostgreSQL's display scale: statically where the operands tell it
 * (`price * 2` has price's scale, `quantity * unit_price` the sum of both), and for a quotient or
 * an average in a result column by computing it exactly (pg/types/numeric.ts). Inside an expression
 * a quotient stays an SQLite number, so it still compares and sorts as one.
 */
import { userRangeOid } from '../catalog/user-ranges.js';
import { hstoreRecordField } from './hstore-records.js';
import { fieldStarTargets } from './composite-types.js';
import { compositeArrayOfName, compositeArrayTypeInfo, compositeOfName, compositeTypeInfo, fieldSelection, fieldThenSubscript, populatedComposite } from './composite-types.js';
import { OID, arrayElementOid, arrayOidOf, typeFromDeclared, type PgTypeInfo } from '../../pg/types/registry.js';
import { isXid } from './xid-age.js';
import { decimalText, NUMERIC_MAX_TYPMOD_SCALE, parseDecimal, typmodDisplayScale } from '../../pg/types/numeric.js';
import { canonicalUnit } from '../../pg/datetime.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import { type LiteralItems, parseArrayLiteral } from '../../pg/types/array.js';
import { numericArrayDisplay } from '../../pg/types/numeric-array.js';
import type { PgError } from '../../pg/errors.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import type { EmitContext } from './emit-context.js';
import { type Node, isUnknownLiteral, nodeType, names } from './parse.js';
import { commonTypeParams } from './untyped-params.js';
import type { ScopeColumn } from './scope.js';
import { enterRelations, enterSelectScope, leaveScope, seriesType, starColumns, tableRelation } from './name-resolution.js';
import { FUNCTIONS, hasAggregate } from './functions.js';
import { informationSchemaCall } from './information-schema-functions.js';
import { columnName } from './column-name.js';
import { lateralUnnestQuery, selectListArrays } from './select-list-arrays.js';
import { type EnumType, enumArrayOid, enumOid } from '../catalog/enums.js';
import { unsupported } from './unsupported.js';
import { isMultirange, isRange, rangeFunctionType, rangeOperatorType } from './range-types.js';
import { textSearchOperatorType } from './text-search-types.js';
import { trigramOperatorType } from './trigram-operator-types.js';
import { hstoreFunctionType, hstoreOperatorType, hstoreParamType } from './hstore-types.js';
import { checkValuesLengths } from './values-list.js';
import { paramSlot } from './param-slots.js';
import { readLeftSetLiterals } from './untyped-literals.js';

export interface OutputColumn {
  name: string;
  /** Type known from the expression; null means: take the table column's declared type or look at the data. */
  type: PgTypeInfo | null;
  /** For a numeric (or numeric[]'s elements) without a typmod: the fraction digits every value prints with (numericScale). */
  scale?: number;
  /** The type RowDescription names where evsql computes the value as `type` (an enum's array as text[]). */
  shownAs?: number;
  /** The typmod RowDescription names where evsql prints the values by `type`'s (a char(n)'s padding). */
  shownTypmod?: number;
  /**
   * The relation's column (SQLite names) a plain reference reads where SQLite reports no origin for
   * the SQL that reads it (an unconstrained numeric printed with its display text) or another (a
   * view's column, whose origin SQLite finds in the table under it): RowDescription names that
   * relation and attribute, as PostgreSQL's does and JDBC's getTableName and isNullable ask.
   */
  origin?: { table: string; column: string };
}

const t = (oid: number): PgTypeInfo => ({ oid, typmod: -1 });
const BOOL = t(OID.bool);
const TEXT = t(OID.text);
const INT4 = t(OID.int4);
const INT8 = t(OID.int8);
const NUMERIC = t(OID.numeric);
const FLOAT4 = t(OID.float4);
const FLOAT8 = t(OID.float8);
const DATE = t(OID.date);
const TIMESTAMP = t(OID.timestamp);
const TIMESTAMPTZ = t(OID.timestamptz);
const INTERVAL = t(OID.interval);
const JSON_T = t(OID.json);
const JSONB = t(OID.jsonb);
const BIT = t(OID.bit);
const MONEY = t(OID.money);
const VARBIT = t(OID.varbit);

const INTEGERS = new Set<number>([OID.int2, OID.int4, OID.int8]);
const NUMERIC_RANK = [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8] as number[];
const TEXTUAL = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name]);

export const isInt = (x: PgTypeInfo | null): boolean => !!x && INTEGERS.has(x.oid);
export const isFloat = (x: PgTypeInfo | null): boolean => x?.oid === OID.float4 || x?.oid === OID.float8;
export const isNumber = (x: PgTypeInfo | null): boolean => !!x && NUMERIC_RANK.includes(x.oid);
export const is = (x: PgTypeInfo | null, oid: number): boolean => x?.oid === oid;
export const isBitString = (x: PgTypeInfo | null): boolean => x?.oid === OID.bit || x?.oid === OID.varbit;

export { isUnknownLiteral } from './parse.js';

export function isNullLiteral(n: Node | undefined): boolean {
  return n?.A_Const?.isnull === true;
}

/** Arithmetic between numbers: the wider type; float4 with anything but float4 is float8. */
function numericResult(a: PgTypeInfo, b: PgTypeInfo): PgTypeInfo {
  if (a.oid === OID.float4 && b.oid === OID.float4) return FLOAT4;
  if (isFloat(a) || isFloat(b)) return FLOAT8;
  const rank = Math.max(NUMERIC_RANK.indexOf(a.oid), NUMERIC_RANK.indexOf(b.oid));
  return t(NUMERIC_RANK[rank]!);
}

/** select_common_type for CASE, COALESCE, GREATEST/LEAST, VALUES columns: unknowns take the others' type. */
function commonType(em: EmitContext, nodes: Node[]): PgTypeInfo | null {
  let common: PgTypeInfo | null = null;
  let sawLiteral = false;
  for (const n of nodes) {
    if (isNullLiteral(n)) continue;
    if (isUnknownLiteral(n)) {
      sawLiteral = true;
      continue;
    }
    const x = em.typeOf(n);
    if (!x) return null;
    if (!common) common = x;
    else if (common.oid === x.oid) common = common.typmod === x.typmod ? common : t(x.oid);
    // oid is its category's preferred type and every integer converts to it implicitly (psqlODBC's
    // `CASE t.typtype WHEN 'd' THEN t.typbasetype ELSE 0 END` is an oid).
    else if ((is(common, OID.oid) && isInt(x)) || (isInt(common) && is(x, OID.oid))) common = t(OID.oid);
    // The type every other converts to implicitly: float8 over all, then float4 (`coalesce(1, 1.5::real)` is a real).
    else if (isNumber(common) && isNumber(x)) common = isFloat(common) || isFloat(x) ? (is(common, OID.float8) || is(x, OID.float8) ? FLOAT8 : FLOAT4) : numericResult(common, x);
    // The first of the string types, as each converts to the others implicitly, unless it is text, the
    // preferred one; name wins over a char or varchar on either side, as nothing converts it back
    // implicitly (select_common_type: `coalesce(a.attname, pg_get_indexdef(…))` is a name). A char(n)
    // first keeps its typmod: its values print their padding, beside values of text, which lose their
    // trailing blanks (emit-expressions.ts asCommon).
    else if (TEXTUAL.has(common.oid) && TEXTUAL.has(x.oid)) common = is(common, OID.text) ? TEXT : is(common, OID.name) || is(x, OID.name) ? t(OID.name) : is(common, OID.bpchar) ? common : is(common, OID.varchar) ? t(OID.varchar) : TEXT;
    else if ((is(common, OID.date) || is(common, OID.timestamp) || is(common, OID.timestamptz)) && (is(x, OID.date) || is(x, OID.timestamp) || is(x, OID.timestamptz))) {
      common = is(common, OID.timestamptz) || is(x, OID.timestamptz) ? TIMESTAMPTZ : TIMESTAMP;
    }
  }
  // An untyped literal among them is read as that type now, as PostgreSQL coerces it at parse time
  // (`coalesce(1, 'a')` is 22P02, not 1).
  if (common && sawLiteral && (isNumber(common) || is(common, OID.bool) || is(common, OID.uuid))) {
    for (const n of nodes) if (isUnknownLiteral(n)) decodeTextParam(n.A_Const.sval.sval ?? '', common.oid);
  }
  // All untyped (NULLs, literals): select_common_type resolves them as text.
  return common ?? (sawLiteral || (nodes.length > 0 && nodes.every(isNullLiteral)) ? TEXT : null);
}

/** The type of an operator expression `l op r` (l undefined for a prefix operator). */
function operatorType(em: EmitContext, op: string, l: Node | undefined, r: Node): PgTypeInfo | null | undefined {
  const rt = em.typeOf(r);
  if (!l) {
    if (op === '|/' || op === '||/') return FLOAT8;
    // hstore's %% and %#: its pairs as an array.
    if ((op === '%%' || op === '%#') && is(rt, OID.hstore)) return t(OID.text_array);
    if (op === '!!') return textSearchOperatorType(op, null, rt);
    // ~ of a cidr is inetnot's inet.
    if (op === '~' && is(rt, OID.cidr)) return { oid: OID.inet, typmod: -1 };
    if (op === '~' && isBitString(rt)) return BIT;
    return op === '-' || op === '+' || op === '~' || op === '@' ? rt : undefined;
  }
  const lt = em.typeOf(l);
  const hstore = hstoreOperatorType(em, op, l, r, lt, rt);
  if (hstore) return hstore;
  if (isRange(lt) || isRange(rt) || isMultirange(lt) || isMultirange(rt)) return rangeOperatorType(op, lt, rt);
  const textSearch = textSearchOperatorType(op, lt, rt);
  if (textSearch) return textSearch;
  const trigram = trigramOperatorType(em, op, lt, rt);
  if (trigram) return trigram;
  const inet = (t: PgTypeInfo | null) => is(t, OID.inet) || is(t, OID.cidr);
  if (inet(lt) || inet(rt)) {
    if (['<<', '<<=', '>>', '>>=', '&&'].includes(op)) return BOOL;
    if (op === '-' && inet(lt) && inet(rt)) return { oid: OID.int8, typmod: -1 };
    if (op === '+' || op === '-' || op === '&' || op === '|') return { oid: OID.inet, typmod: -1 };
  }
  // The bitwise operators are bit's (a varbit converts to it); || is bitcat's, of varbit.
  if (isBitString(lt) || isBitString(rt)) {
    if (op === '||') return VARBIT;
    if (['&', '|', '#', '<<', '>>'].includes(op)) return BIT;
  }
  switch (op) {
    case '->':
    case '#>':
      return is(lt, OID.json) ? JSON_T : JSONB;
    case '->>':
    case '#>>':
      return TEXT;
    case '@>':
    case '<@':
    case '^@':
    case '?':
    case '?|':
    case '?&':
    case '@?':
    case '@@':
      return BOOL;
    case '#-':
      return JSONB;
    case '||':
      return concatType(lt, rt, l, r);
    case '&&':
      return BOOL;
    case '^':
      return (is(lt, OID.numeric) || is(rt, OID.numeric)) && !isFloat(lt) && !isFloat(rt) ? NUMERIC : FLOAT8;
    case '&':
    case '|':
    case '#':
    case '<<':
    case '>>':
      return lt;
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmeticType(op, lt, rt, l, r);
    default:
      return undefined;
  }
}

/** `||` of arrays, spelled as functions. */
export const ARRAY_CONCAT_FUNCTIONS = new Set(['array_cat', 'array_append', 'array_prepend']);

/** The array functions that take elements out of an array or put others in their place. */
export const ELEMENT_EDITS = new Set(['array_remove', 'array_replace']);

/** Exact number types in the order anycompatible widens them (int2 to numeric). */
const EXACT_RANK: number[] = [OID.int2, OID.int4, OID.int8, OID.numeric];
/** The number types in the order PostgreSQL's common-type resolution prefers them (float8 is the numeric category's preferred type). */
const NUMBER_RANK: number[] = [...EXACT_RANK, OID.float4, OID.float8];

/** `||`: jsonb, an array (array || array, element || array, array || element), bytea, else text. */
/** An untyped literal or NULL beside a bytea: read as a bytea, as PostgreSQL resolves `'x' || b` to bytea || bytea. */
export const untypedBesideBytea = (n: Node | undefined, other: PgTypeInfo | null): boolean => (isUnknownLiteral(n) || isNullLiteral(n)) && is(other, OID.bytea);

function concatType(lt: PgTypeInfo | null, rt: PgTypeInfo | null, l?: Node, r?: Node): PgTypeInfo {
  if (is(lt, OID.jsonb) || is(rt, OID.jsonb)) return JSONB;
  // array || array (or element) is anycompatiblearray's: of exact numbers, the wider element type.
  const [le, re] = [lt && (arrayElementOid(lt.oid) || lt.oid), rt && (arrayElementOid(rt.oid) || rt.oid)];
  if (le && re && (arrayElementOid(lt!.oid) || arrayElementOid(rt!.oid)) && EXACT_RANK.includes(le) && EXACT_RANK.includes(re)) {
    return t(arrayOidOf(EXACT_RANK[Math.max(EXACT_RANK.indexOf(le), EXACT_RANK.indexOf(re))]!));
  }
  if (lt && arrayElementOid(lt.oid)) return t(lt.oid);
  if (rt && arrayElementOid(rt.oid)) return t(rt.oid);
  return (is(lt, OID.bytea) || untypedBesideBytea(l, rt)) && (is(rt, OID.bytea) || untypedBesideBytea(r, lt)) ? t(OID.bytea) : TEXT;
}

function arithmeticType(op: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null, l: Node, r: Node): PgTypeInfo | null {
  // A bare NULL is as untyped as a quoted literal: `1 + NULL` is an integer.
  const asLiteral = (n: Node) => (isNullLiteral(n) ? { A_Const: { sval: { sval: '' } } } : n);
  [lt, rt] = resolveUnknown(op, asLiteral(l), asLiteral(r), lt, rt);
  if (!lt || !rt) return null;
  if (is(lt, OID.jsonb) && op === '-') return JSONB;
  if (is(lt, OID.money) || is(rt, OID.money)) return moneyResult(op, lt, rt);
  const lsn = lsnResult(op, lt, rt);
  if (lsn !== undefined) return lsn;
  const dt = dateTimeResult(op, lt, rt);
  if (dt !== undefined) return dt;
  if (isNumber(lt) && isNumber(rt)) return lt.oid === rt.oid && lt.oid !== OID.numeric ? t(lt.oid) : numericResult(lt, rt);
  return null;
}

/** pg_lsn.c's operators: pg_lsn - pg_lsn is a numeric, pg_lsn ± a number (a number + pg_lsn) a pg_lsn; undefined without a pg_lsn. */
export function lsnResult(op: string, lt: PgTypeInfo, rt: PgTypeInfo): PgTypeInfo | null | undefined {
  if (!is(lt, OID.pg_lsn) && !is(rt, OID.pg_lsn)) return undefined;
  if (op === '-' && is(lt, OID.pg_lsn) && is(rt, OID.pg_lsn)) return t(OID.numeric);
  if ((op === '+' || op === '-') && is(lt, OID.pg_lsn) && isNumber(rt)) return t(OID.pg_lsn);
  return op === '+' && isNumber(lt) && is(rt, OID.pg_lsn) ? t(OID.pg_lsn) : null;
}

/** cash.c's operators: money ± money, money times or divided by a number (a number times money), money / money a float8. */
function moneyResult(op: string, lt: PgTypeInfo, rt: PgTypeInfo): PgTypeInfo | null {
  const money = is(lt, OID.money) && is(rt, OID.money);
  if (op === '+' || op === '-') return money ? MONEY : null;
  if (op === '/' && money) return FLOAT8;
  if (op === '/' || op === '*') return (is(lt, OID.money) && isNumber(rt)) || (op === '*' && isNumber(lt) && is(rt, OID.money)) ? MONEY : null;
  return null;
}

export function isDateTime(x: PgTypeInfo): boolean {
  return x.oid === OID.date || x.oid === OID.timestamp || x.oid === OID.timestamptz || x.oid === OID.time;
}

/**
 * An unknown literal takes the other operand's type, except that only an interval can be added
 * to a date/time (`ts - 'literal'` is a difference of timestamps, as in PostgreSQL).
 */
export function resolveUnknown(op: string, l: Node, r: Node, lt: PgTypeInfo | null, rt: PgTypeInfo | null): [PgTypeInfo | null, PgTypeInfo | null] {
  if (isUnknownLiteral(l) && rt) lt = op === '+' && isDateTime(rt) ? INTERVAL : rt;
  if (isUnknownLiteral(r) && lt) rt = op === '+' && isDateTime(lt) ? INTERVAL : lt;
  return [lt, rt];
}

/** Result types of PostgreSQL's date/time operators; undefined when neither side is a date/time. */
function dateTimeResult(op: string, lt: PgTypeInfo, rt: PgTypeInfo): PgTypeInfo | null | undefined {
  const l = lt.oid;
  const r = rt.oid;
  if (op === '+' && (isInt(rt) && l === OID.date || isInt(lt) && r === OID.date)) return DATE;
  if (op === '-' && l === OID.date && isInt(rt)) return DATE;
  if (op === '-' && l === OID.date && r === OID.date) return INT4;
  // A date converts to timestamp(tz), a timestamp to timestamptz: their difference is an interval.
  const moment = (x: number) => x === OID.date || x === OID.timestamp || x === OID.timestamptz;
  if (op === '-' && moment(l) && moment(r)) return INTERVAL;
  if ((op === '+' || op === '-') && l === OID.date && r === OID.interval) return TIMESTAMP;
  if (op === '+' && l === OID.interval && r === OID.date) return TIMESTAMP;
  if (op === '+' && (l === OID.date && r === OID.time || l === OID.time && r === OID.date)) return TIMESTAMP;
  // date - time is date - interval (time converts to interval implicitly).
  if (op === '-' && l === OID.date && r === OID.time) return TIMESTAMP;
  // current_time, a timetz: moved by an interval it stays one; on a date it is a timestamptz.
  if ((op === '+' || op === '-') && l === OID.timetz && r === OID.interval) return t(l);
  if (op === '+' && l === OID.interval && r === OID.timetz) return t(r);
  if (op === '+' && (l === OID.date && r === OID.timetz || l === OID.timetz && r === OID.date)) return t(OID.timestamptz);
  if ((op === '+' || op === '-') && (l === OID.timestamp || l === OID.timestamptz || l === OID.time) && r === OID.interval) return t(l);
  // time converts implicitly to interval: timestamp + time is timestamp + interval.
  if ((op === '+' || op === '-') && (l === OID.timestamp || l === OID.timestamptz) && r === OID.time) return t(l);
  if (op === '+' && l === OID.time && (r === OID.timestamp || r === OID.timestamptz)) return t(r);
  if (op === '+' && l === OID.interval && (r === OID.timestamp || r === OID.timestamptz || r === OID.time)) return t(r);
  if (op === '-' && l === r && (l === OID.timestamp || l === OID.timestamptz || l === OID.time)) return INTERVAL;
  if ((op === '+' || op === '-') && l === OID.interval && r === OID.interval) return INTERVAL;
  if ((op === '*' || op === '/') && l === OID.interval && isNumber(rt)) return INTERVAL;
  if (op === '*' && isNumber(lt) && r === OID.interval) return INTERVAL;
  if (isDateTime(lt) || isDateTime(rt) || l === OID.interval || r === OID.interval) return null;
  return undefined;
}

const VARIANCE = new Set(['stddev', 'stddev_samp', 'stddev_pop', 'variance', 'var_samp', 'var_pop']);
const AGGREGATE_SAME = new Set(['min', 'max', 'first_value', 'last_value', 'nth_value', 'lag', 'lead', 'abs']);
const FLOAT_UNLESS_NUMERIC = new Set(['sqrt', 'exp', 'ln', 'log', 'log10', 'power', 'pow', 'cbrt', 'sign']);

/** Types of the functions typed-sql.ts writes itself (typedCall), which the function table does not list. */
const FUNCTION_TYPES: Record<string, PgTypeInfo> = {
  age: INTERVAL,
  timeofday: TEXT,
  to_timestamp: TIMESTAMPTZ,
  date_part: FLOAT8,
  extract: NUMERIC,
  jsonb_build_object: JSONB,
  jsonb_build_array: JSONB,
  json_build_object: JSON_T,
  json_build_array: JSON_T,
  to_jsonb: JSONB,
  to_json: JSON_T,
  row_to_json: JSON_T,
  jsonb_agg: JSONB,
  json_agg: JSON_T,
  jsonb_object_agg: JSONB,
  json_object_agg: JSON_T,
  pg_typeof: t(OID.regtype),
  format: TEXT,
};

/** The trigonometric functions of radians, float8's, which SQLite computes with the C library's functions as PostgreSQL does. */
export const TRIGONOMETRY = new Set(['sin', 'cos', 'tan', 'cot', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']);
/** In degrees: float.c's own reductions (runtime/float-functions.ts pg_trigd), exact at 30, 45 and 60 degrees. */
export const DEGREE_TRIGONOMETRY = new Set(['sind', 'cosd', 'tand', 'cotd', 'asind', 'acosd', 'atand', 'atan2d']);

/** Functions of text that take and give bytea as well. */
const BYTEA_OF_BYTEA = new Set(['btrim', 'ltrim', 'rtrim', 'overlay', 'string_agg']);

/** Functions of one number whose untyped literal argument PostgreSQL reads as float8, numeric's preferred type. */
const FLOAT_OF_UNKNOWN = new Set(['abs', 'round', 'ceil', 'ceiling', 'floor', 'sign', 'sqrt', 'cbrt', 'exp', 'ln', 'log10']);

/** `round('2.5')` is round(float8): the literal is a float8 (22P02 when it is none), rounded half to even. */
export function floatOfUnknown(name: string, args: Node[]): boolean {
  return args.length === 1 && FLOAT_OF_UNKNOWN.has(name) && isUnknownLiteral(args[0]);
}

/** The functions of a bit string that make one (varbit.c's): of type bit, a varbit converting to it. */
const BIT_OF_BIT = new Set(['substring', 'overlay', 'set_bit', 'bit_and', 'bit_or', 'bit_xor']);

/** The user range a call of its constructor makes (`floatrange(1, 2)`, `public.floatrange(…)`). */
function userRangeConstructor(em: EmitContext, f: Node, name: string): number | undefined {
  const parts = names(f.funcname);
  return (parts.length === 1 || parts[0] === 'public') && em.schema.lookupRange(name) ? userRangeOid(name) : undefined;
}

function functionType(em: EmitContext, f: Node): PgTypeInfo | null | undefined {
  const name = names(f.funcname).at(-1)!;
  const args = (f.args ?? []) as Node[];
  const hstore = hstoreFunctionType(em, name);
  if (hstore) return hstore;
  const first = args[0] ? (floatOfUnknown(name, args) ? FLOAT8 : em.typeOf(args[0])) : null;
  if (BYTEA_OF_BYTEA.has(name) && is(first, OID.bytea)) return t(OID.bytea);
  if (BIT_OF_BIT.has(name) && isBitString(first)) return BIT;
  const range = rangeFunctionType(name, first, userRangeConstructor(em, f, name));
  if (range !== undefined) return range;
  // In a select list, as in FROM: the widest of its arguments' types.
  if (name === 'generate_series' && (args.length === 2 || args.length === 3)) return seriesType(em, f);
  if (name === 'sum') {
    if (is(first, OID.money)) return MONEY;
    if (is(first, OID.int2) || is(first, OID.int4)) return INT8;
    if (is(first, OID.int8) || is(first, OID.numeric)) return NUMERIC;
    return first && (isFloat(first) || is(first, OID.interval)) ? t(first.oid) : first ? null : undefined;
  }
  if (VARIANCE.has(name) && isFloat(first)) return FLOAT8;
  if (name === 'avg') {
    if (isInt(first) || is(first, OID.numeric)) return NUMERIC;
    if (isFloat(first)) return FLOAT8;
    return is(first, OID.interval) ? INTERVAL : undefined;
  }
  // min/max compare varchar as text, and say so in their type.
  if ((name === 'min' || name === 'max') && is(first, OID.varchar)) return TEXT;
  // There is min(inet) and no min(cidr).
  if ((name === 'min' || name === 'max') && is(first, OID.cidr)) return { oid: OID.inet, typmod: -1 };
  // lag(anycompatible, integer, anycompatible): the values' and the default's common type (`lag(i, 1, 2.5)` a numeric).
  if ((name === 'lag' || name === 'lead') && args.length === 3) {
    const common = commonType(em, [args[0]!, args[2]!]);
    if (common) return t(common.oid);
  }
  // A char(n)'s values keep their padding, which evsql's storage has not: its typmod prints it
  // (PostgreSQL describes the column with none).
  if (AGGREGATE_SAME.has(name)) return first ? (is(first, OID.numeric) ? NUMERIC : is(first, OID.bpchar) ? first : t(first.oid)) : undefined;
  if (f.agg_within_group) {
    const sorted = f.agg_order?.[0]?.SortBy?.node;
    if (name === 'rank' || name === 'dense_rank') return INT8;
    if (name === 'percent_rank' || name === 'cume_dist') return FLOAT8;
    // percentile_cont interpolates float8 or interval, as the values sorted are.
    const cont = sorted && em.typeOf(sorted)?.oid === OID.interval ? INTERVAL : FLOAT8;
    if (args[0]?.A_ArrayExpr && (name === 'percentile_cont' || name === 'percentile_disc')) {
      const element = name === 'percentile_cont' ? cont : sorted ? em.typeOf(sorted) : null;
      return element ? t(arrayOidOf(element.oid) || OID.text_array) : null;
    }
    if (name === 'percentile_cont') return cont;
    return name === 'mode' || name === 'percentile_disc' ? (sorted ? em.typeOf(sorted) : null) : undefined;
  }
  // anycompatiblearray's, as `||` of the same operands: of exact numbers, the wider element type.
  if (ARRAY_CONCAT_FUNCTIONS.has(name) && args.length === 2 && !args.some((a) => isNullLiteral(a))) return concatType(em.typeOf(args[0]!), em.typeOf(args[1]!));
  // A NULL array beside an element is an array of the element's type (array_append(NULL, 1) is int[]).
  const nullArrayOf = name === 'array_append' ? args[1] : name === 'array_prepend' ? args[0] : undefined;
  if (nullArrayOf && args.length === 2 && isNullLiteral(args[name === 'array_append' ? 0 : 1])) {
    const element = em.typeOf(nullArrayOf);
    const array = element && arrayOidOf(element.oid);
    if (array) return t(array);
  }
  if (name === 'array_prepend') return args[1] ? em.typeOf(args[1]) : null;
  // Each row of regexp_matches is the match's groups (ARRAY(SELECT regexp_matches(…)) is two-dimensional).
  if (name === 'regexp_matches') return t(OID.text_array);
  if (name === 'array_fill') return first ? t(arrayOidOf(first.oid) || OID.text_array) : null;
  // array_agg of arrays is an array of one more dimension, of the same type.
  if (name === 'array_agg') return first ? t(arrayElementOid(first.oid) ? first.oid : arrayOidOf(first.oid) || OID.text_array) : null;
  if (name === 'date_bin') return is(args[1] ? em.typeOf(args[1]) : null, OID.timestamptz) ? TIMESTAMPTZ : TIMESTAMP;
  if (name === 'date_trunc') {
    const x = args[1] ? em.typeOf(args[1]) : null;
    return is(x, OID.timestamp) || is(x, OID.interval) ? t(x!.oid) : TIMESTAMPTZ;
  }
  if ((name === 'age' || name === 'mxid_age') && args.length === 1 && isXid(em, args[0])) return t(OID.int4);
  if (name === 'round' || name === 'trunc') return args.length > 1 || is(first, OID.numeric) ? NUMERIC : first ? FLOAT8 : undefined;
  if (name === 'ceil' || name === 'ceiling' || name === 'floor') return is(first, OID.numeric) ? NUMERIC : first ? FLOAT8 : undefined;
  // log(b, x) exists for numeric only: integers convert to it.
  if (name === 'log' && args.length === 2) return NUMERIC;
  if (TRIGONOMETRY.has(name) || DEGREE_TRIGONOMETRY.has(name)) return FLOAT8;
  if (FLOAT_UNLESS_NUMERIC.has(name)) {
    // power(numeric, numeric) is picked when an argument is a numeric and none a float.
    const types = args.map((a) => em.typeOf(a));
    return types.some((x) => is(x, OID.numeric)) && !types.some(isFloat) && name !== 'cbrt' ? NUMERIC : FLOAT8;
  }
  // A date is read as a timestamptz (date_timestamptz), so it gives a timestamp too.
  if (name === 'timezone' && is(args[1] ? em.typeOf(args[1]) : null, OID.timetz)) return t(OID.timetz);
  if (name === 'timezone') return is(args[1] ? em.typeOf(args[1]) : null, OID.timestamptz) || is(args[1] ? em.typeOf(args[1]) : null, OID.date) ? TIMESTAMP : TIMESTAMPTZ;
  if (name === 'mod' || name === 'gcd' || name === 'lcm') {
    // They take two of one type: an untyped literal takes the other's, as the function call's emit casts it.
    const [a, b] = [args[0], args[1]].map((x) => (x && !isUnknownLiteral(x) ? em.typeOf(x) : null));
    const [l, r] = [a ?? b, b ?? a];
    return l && r && isNumber(l) && isNumber(r) ? numericResult(l, r) : undefined;
  }
  return FUNCTION_TYPES[name];
}

/**
 * The type of an expression where these rules tell more than typeOf's plain ones; undefined
 * where they have no opinion.
 */
function expressionType(em: EmitContext, n: Node): PgTypeInfo | null | undefined {
  switch (nodeType(n)) {
    case 'A_Const': {
      // An integer literal is int4 when it fits, else int8, else numeric (the parser's make_const).
      const c = n.A_Const;
      const text = c.ival !== undefined ? String(c.ival.ival ?? 0) : c.fval?.fval;
      if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
      const v = BigInt(text);
      if (v >= -2147483648n && v <= 2147483647n) return INT4;
      return v >= -(2n ** 63n) && v < 2n ** 63n ? INT8 : NUMERIC;
    }
    case 'A_Expr': {
      const e = n.A_Expr;
      if (e.kind === 'AEXPR_NULLIF') return nullifType(em, e.lexpr, e.rexpr);
      if (e.kind !== 'AEXPR_OP') return undefined;
      return operatorType(em, names(e.name).at(-1) ?? '', e.lexpr, e.rexpr);
    }
    case 'FuncCall': {
      const helper = informationSchemaCall(n.FuncCall);
      if (helper) return em.typeOf(helper);
      return n.FuncCall.agg_star ? undefined : functionType(em, n.FuncCall);
    }
    case 'CaseExpr': {
      const c = n.CaseExpr;
      // ELSE first, as transformCaseExpr hands them to select_common_type.
      return commonType(em, [c.defresult ?? { A_Const: { isnull: true } }, ...(c.args as Node[]).map((w) => w.CaseWhen.result)]);
    }
    case 'CoalesceExpr':
      return commonType(em, n.CoalesceExpr.args);
    case 'MinMaxExpr':
      return commonType(em, n.MinMaxExpr.args);
    case 'NullIfExpr':
      return nullifType(em, n.NullIfExpr.args[0], n.NullIfExpr.args[1]);
    case 'SubLink':
      if (n.SubLink.subLinkType !== 'EXPR_SUBLINK') return undefined;
      return selectColumns(em, n.SubLink.subselect)?.[0]?.type ?? null;
    default:
      return undefined;
  }
}

/** NULLIF is typed by its first argument (both, when that is an untyped literal), compared as text when that is a varchar. */
function nullifType(em: EmitContext, first: Node, second: Node): PgTypeInfo | null {
  const x = isNullLiteral(first) || isUnknownLiteral(first) ? commonType(em, [first, second]) : em.typeOf(first);
  // The `=` chosen for an integer and a numeric or float (or a numeric and a float8) takes the first
  // converted to the second's type, and NULLIF returns it so (`nullif(1, 2.0)` is a numeric).
  const y = em.typeOf(second);
  if ((isInt(x) && (is(y, OID.numeric) || isFloat(y))) || (is(x, OID.numeric) && is(y, OID.float8))) return t(y!.oid);
  return is(x, OID.varchar) ? TEXT : x;
}

/** What PostgreSQL would report as the type of an expression, where it can be told. */
export function typeOf(em: EmitContext, n: Node): PgTypeInfo | null {
  const typed = expressionType(em, n);
  if (typed !== undefined) return typed;
  switch (nodeType(n)) {
    case 'ColumnRef': {
      const fields = names(n.ColumnRef.fields);
      return em.scope?.column(fields)?.type ?? (fields.length === 1 ? em.scope?.wholeRowValue(fields[0]!)?.type : undefined) ?? null;
    }
    case 'A_Const': {
      const c = n.A_Const;
      if (c.ival) return Math.abs(c.ival.ival ?? 0) > 2147483647 ? INT8 : INT4;
      if (c.fval) return /^-?\d+$/.test(c.fval.fval) ? INT8 : NUMERIC;
      if (c.boolval) return BOOL;
      if (c.sval) return TEXT;
      if (c.bsval) return BIT;
      return null;
    }
    case 'TypeCast':
      return enumTypeOfName(em, n.TypeCast.typeName) ?? compositeCastType(em, n.TypeCast.typeName) ?? typeOfName(n.TypeCast.typeName);
    case 'FuncCall': {
      const name = names(n.FuncCall.funcname).at(-1)!;
      if (n.FuncCall.agg_star) return name === 'count' ? INT8 : null;
      const populated = populatedComposite(em, n.FuncCall);
      if (populated) return compositeTypeInfo(populated);
      const spec = FUNCTIONS[name];
      if (spec?.type === 'arg') {
        // A polymorphic argument written as NULL takes its type from the next (`array_cat(NULL, a)`).
        const [first, second] = (n.FuncCall.args ?? []) as Node[];
        const x = first ? em.typeOf(first) : null;
        return (!x || x.oid === OID.unknown) && second && isNullLiteral(first) ? em.typeOf(second) : x;
      }
      // substr(bytea, …) is bytea; of anything else, text.
      if ((name === 'substr' || name === 'substring') && n.FuncCall.args?.[0] && is(em.typeOf(n.FuncCall.args[0]), OID.bytea)) return t(OID.bytea);
      if (spec?.type === 'sum') {
        const t = n.FuncCall.args?.[0] ? em.typeOf(n.FuncCall.args[0]) : null;
        if (t?.oid === OID.int4 || t?.oid === OID.int2) return INT8;
        if (t?.oid === OID.int8) return NUMERIC;
        return t?.oid === OID.float8 || t?.oid === OID.float4 ? FLOAT8 : null;
      }
      return spec?.type !== undefined ? { oid: spec.type, typmod: -1 } : null;
    }
    case 'ParamRef':
      return em.paramTypes.get(n.ParamRef.number) ?? null;
    case 'RowExpr':
      return t(OID.record);
    case 'SQLValueFunction': {
      const op = n.SQLValueFunction.op as string;
      if (op.startsWith('SVFOP_CURRENT_TIMESTAMP')) return { oid: OID.timestamptz, typmod: -1 };
      if (op.startsWith('SVFOP_LOCALTIMESTAMP')) return { oid: OID.timestamp, typmod: -1 };
      if (op === 'SVFOP_CURRENT_DATE') return { oid: OID.date, typmod: -1 };
      if (op.startsWith('SVFOP_CURRENT_TIME')) return { oid: OID.timetz, typmod: -1 };
      if (op.includes('TIME')) return { oid: OID.time, typmod: -1 };
      return { oid: OID.name, typmod: -1 };
    }
    case 'A_Expr': {
      const e = n.A_Expr;
      const op = names(e.name).at(-1);
      if (e.kind !== 'AEXPR_OP') return e.kind === 'AEXPR_NULLIF' ? em.typeOf(e.lexpr) : BOOL;
      if (['=', '<>', '!=', '<', '>', '<=', '>=', '~', '!~', '~*', '!~*', '~~', '!~~', '~~*', '!~~*', '@>'].includes(op!)) return BOOL;
      if (op === '||') return concatType(em.typeOf(e.lexpr), em.typeOf(e.rexpr), e.lexpr, e.rexpr);
      if (op === '->>' || op === '#>>') return TEXT;
      if (!e.lexpr) return em.typeOf(e.rexpr);
      const lt = em.typeOf(e.lexpr);
      const rt = em.typeOf(e.rexpr);
      if (lt && rt && lt.oid === rt.oid) return lt.oid === OID.numeric ? NUMERIC : { oid: lt.oid, typmod: -1 };
      if (lt && rt) return wider(lt, rt);
      return null;
    }
    case 'BoolExpr':
    case 'NullTest':
    case 'BooleanTest':
      return BOOL;
    case 'SubLink':
      if (n.SubLink.subLinkType === 'ARRAY_SUBLINK') return arraySubqueryType(selectColumns(em, n.SubLink.subselect)?.[0]?.type ?? null);
      return n.SubLink.subLinkType === 'EXPR_SUBLINK' ? null : BOOL;
    case 'A_ArrayExpr':
      return arrayConstructorType(em, n.A_ArrayExpr.elements ?? []);
    case 'A_Indirection':
      return subscriptType(em, n);
    case 'CoalesceExpr':
    case 'MinMaxExpr':
      return firstKnownType(em, n.CoalesceExpr?.args ?? n.MinMaxExpr.args);
    case 'CaseExpr': {
      const c = n.CaseExpr;
      return firstKnownType(em, [...(c.args as Node[]).map((w) => w.CaseWhen.result), ...(c.defresult ? [c.defresult] : [])]);
    }
    default:
      return null;
  }
}

function firstKnownType(em: EmitContext, list: Node[]): PgTypeInfo | null {
  for (const a of list) {
    const t = em.typeOf(a);
    if (t && !(a.A_Const && a.A_Const.isnull)) return t;
  }
  return null;
}

function wider(a: PgTypeInfo, b: PgTypeInfo): PgTypeInfo | null {
  const rank = [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8] as number[];
  const ra = rank.indexOf(a.oid);
  const rb = rank.indexOf(b.oid);
  if (ra < 0 || rb < 0) return null;
  return { oid: rank[Math.max(ra, rb)]!, typmod: -1 };
}

/**
 * As PostgreSQL does, an untyped parameter takes the type of the other operand where that type
 * is known (`count(*) > $1`, `$1::int + $2`, `col = $1`), so its text is decoded as that type.
 */
export function inferParamTypes(em: EmitContext, l: Node | undefined, r: Node | undefined, overArray = false, op?: string): void {
  const typeOfOperand = (n: Node | undefined) => (n ? em.typeOf(n) : null);
  const paramOf = (n: Node | undefined) => n?.ParamRef?.number as number | undefined;
  const lp = paramOf(l);
  const rp = paramOf(r);
  // In `x op ANY (array)` x is of the array's element type.
  const element = (x: PgTypeInfo | null) => (x && arrayElementOid(x.oid) ? t(arrayElementOid(x.oid)) : null);
  const array = (x: PgTypeInfo | null) => (x && arrayOidOf(x.oid) ? t(arrayOidOf(x.oid)) : null);
  const lt = overArray ? array(typeOfOperand(l)) : typeOfOperand(l);
  const rt = overArray ? element(typeOfOperand(r)) : typeOfOperand(r);
  // A parameter has no typmod: beside a numeric(10,2) it is a numeric of its own scale ($1 * $2 of
  // 19.99 and 3 is 59.97, not 59.9700).
  // varchar has no operators of its own: it is compared, matched and concatenated as text.
  // Nor have the reg* types: they compare as oid does, so a name bound there is 22P02 (oidin's).
  const untyped = (x: PgTypeInfo) => (x.oid === OID.numeric ? { oid: x.oid, typmod: -1 } : x.oid === OID.varchar ? TEXT : op !== undefined && REG_TYPES.has(x.oid) ? OID_TYPE : x);
  // A moment plus an unknown: timestamp(tz) + interval and time + interval are its only candidates.
  const moved = (x: PgTypeInfo) => (op === '+' && MOVABLE.has(x.oid) ? INTERVAL : untyped(x));
  // An interval is scaled by a float8 (interval_mul, interval_div; float8 * interval).
  const scaling = (x: PgTypeInfo) => (x.oid === OID.interval && (op === '*' || op === '/') ? FLOAT8 : moved(x));
  // Beside an hstore, what its operator takes there: a key, keys, or an hstore.
  const hstore = op && !overArray ? hstoreParamType(op, lt, rt) : undefined;
  if (hstore && rp && !em.paramTypes.has(rp)) em.paramTypes.set(rp, hstore);
  if (hstore && lp && !em.paramTypes.has(lp)) em.paramTypes.set(lp, hstore);
  if (lp && rt && !em.paramTypes.has(lp)) em.paramTypes.set(lp, op === '*' ? scaling(rt) : moved(rt));
  if (rp && lt && !em.paramTypes.has(rp)) em.paramTypes.set(rp, scaling(lt));
}

const MOVABLE = new Set<number>([OID.timestamp, OID.timestamptz, OID.time, OID.timetz]);
const REG_TYPES = new Set<number>([OID.regproc, OID.regprocedure, OID.regoper, OID.regoperator, OID.regclass, OID.regtype, OID.regnamespace, OID.regrole]);
const OID_TYPE = t(OID.oid);

/** The type of `ARRAY(SELECT x …)`: an array of x's type. */
function arraySubqueryType(first: PgTypeInfo | null): PgTypeInfo {
  return t((first && (arrayElementOid(first.oid) ? first.oid : arrayOidOf(first.oid))) || OID.text_array);
}

/** The type of `ARRAY[a, b]`: an array of the first known element type. */
function arrayConstructorType(em: EmitContext, elements: Node[]): PgTypeInfo {
  const types = elements.map((e) => (e.A_Const?.sval ? TEXT : em.typeOf(e)));
  const first = types.find((x) => x !== null);
  // Elements of number types are of the widest of them (ARRAY[1, 2.5] is numeric[], ARRAY[2.5, 1::float8] float8[]), sub-arrays too.
  const ranks = types.filter((x) => x !== null).map((x) => NUMBER_RANK.indexOf(arrayElementOid(x!.oid) || x!.oid));
  if (first && ranks.every((r) => r >= 0)) {
    const widest = NUMBER_RANK[Math.max(...ranks)]!;
    if (widest !== (arrayElementOid(first.oid) || first.oid)) return t(arrayOidOf(widest));
  }
  // ARRAY[[1,2],[3,4]]: sub-arrays make a multi-dimensional array of the same type.
  if (first && arrayElementOid(first.oid) !== 0) return first;
  return t((first && (arrayElementOid(first.oid) ? first.oid : arrayOidOf(first.oid))) || OID.text_array);
}

/** The type of `array[i]`: the array's element type. */
function subscriptType(em: EmitContext, n: Node): PgTypeInfo | null {
  const filled = hstoreRecordField(em, n);
  if (filled) return em.typeOf(filled);
  const selected = fieldSelection(em, n);
  if (selected) {
    const a = selected.c.attributes.find((x) => x.name === selected.field);
    return a ? { oid: a.oid, typmod: a.typmod } : null;
  }
  const split = fieldThenSubscript(em, n);
  if (split) return em.typeOf(split);
  const field = em.scope?.wholeRowField(n);
  if (field) return em.scope?.column(field)?.type ?? null;
  const x = em.typeOf(n.A_Indirection.arg);
  if (x?.oid === OID.jsonb) return x;
  if (x?.oid === OID.hstore) return TEXT;
  if ((n.A_Indirection.indirection as Node[]).some((i) => i.A_Indices?.is_slice)) return x;
  const e = enumArrayOf(em, n.A_Indirection.arg);
  if (e) return { oid: enumOid(e.name), typmod: -1 };
  const elem = x?.oid === OID.int2vector ? OID.int2 : x?.oid === OID.oidvector ? OID.oid : x ? arrayElementOid(x.oid) : 0;
  // An element keeps the array's typmod, as PostgreSQL's subscripting does (numeric(6,2)[]'s prints 1.50).
  return elem ? { oid: elem, typmod: x && arrayElementOid(x.oid) ? x.typmod : -1 } : null;
}

/**
 * An array of an enum would be a text[] to evsql: labels unchecked, sorted as text, typed text[]
 * (PostgreSQL checks and orders them as the enum): refused instead.
 */
export function enumArray(type: string): PgError {
  return unsupported(`arrays of enum type ${type}`);
}

/** An array's elements are JSON, where a cent count and a money's text would be told apart only by guessing: refused. */
export function moneyArrays(): PgError {
  return unsupported('arrays of type money');
}

function compositeCastType(em: EmitContext, t: Node): PgTypeInfo | null {
  if (!em.schema.hasComposites()) return null;
  const c = compositeOfName(em, t);
  if (c) return compositeTypeInfo(c);
  const array = compositeArrayOfName(em, t);
  return array ? compositeArrayTypeInfo(array) : null;
}

/** The enum type a TypeName names (`mood`, `public.mood`), if it names one of the schema's. */
export function enumTypeOfName(em: EmitContext, t: Node): PgTypeInfo | null {
  const parts = names(t.names);
  if (parts.length > 1 && parts[0] !== 'public') return null;
  const e = em.schema.lookupEnum(parts.at(-1)!);
  if (e && t.arrayBounds) throw enumArray(e.name);
  return e ? { oid: enumOid(e.name), typmod: -1 } : null;
}

const UNSUPPORTED_TYPES =
  /^(macaddr8?|point|line|lseg|box|path|polygon|circle|aclitem|txid_snapshot|pg_snapshot|regcollation)\b/;

/** The declared PostgreSQL type a TypeName node denotes. */
export function typeOfName(t: Node): PgTypeInfo {
  const declared = declaredType(t);
  // Types evsql would keep as text print as given where PostgreSQL normalizes (point '1,2' prints
  // (1,2)): refused rather than printed differently.
  const unknown = UNSUPPORTED_TYPES.exec(declared);
  if (unknown) throw unsupported(`type ${unknown[1]}`);
  const type = typeFromDeclared(declared);
  if (type.oid === OID.money_array) throw moneyArrays();
  // Arrays of ranges are not written: array_cmp's order and array_out's quoting over range elements.
  if (isRange({ oid: arrayElementOid(type.oid), typmod: -1 })) throw unsupported(`arrays of ${declared.replace(/\[\]$/, '')}`);
  return type;
}

/** The canonical type text kept as the SQLite declared type, e.g. `numeric(10,2)`, `bpchar(120)`, `int4`. */
export function declaredType(t: Node): string {
  const parts = names(t.names).filter((p) => p !== 'pg_catalog');
  let name = parts.join('.');
  const mods = ((t.typmods ?? []) as Node[]).map((m) => m.A_Const?.ival?.ival ?? 0);
  if (name === 'bpchar' && mods.length === 0 && !t.typmods) name = 'bpchar';
  // The grammar's CHAR is pg_catalog.bpchar: a bare `char` is the one-byte type "char".
  if (name === 'char') name = '"char"';
  let decl = mods.length ? `${name}(${mods.join(',')})` : name;
  // The grammar gives an interval's field range, then its precision: both kept (`interval day` is
  // (8,65535)), where one number alone would read as a precision.
  if (name === 'interval' && mods.length === 1) decl = `interval(${mods[0]},65535)`;
  if (t.arrayBounds) decl += '[]';
  return decl;
}

// ------------------------------------------------------------------------------ numeric scale

function typmodScale(x: PgTypeInfo | null): number | undefined {
  if (!x) return undefined;
  if (INTEGERS.has(x.oid)) return 0;
  if (x.oid === OID.numeric && x.typmod >= 4) return typmodDisplayScale(x.typmod);
  return undefined;
}

/** Fraction digits of a numeric literal as written ('1.50' has 2, '1e3' none). */
const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

function literalScale(text: string): number {
  const m = /^[+-]?\d*(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

function sameScale(em: EmitContext, nodes: Node[]): number | undefined {
  let scale: number | undefined;
  for (const n of nodes) {
    // A NULL, cast or not, yields no value to print.
    if (isNullLiteral(n) || isNullLiteral(n.TypeCast?.arg)) continue;
    const s = numericScale(em, n);
    if (s === undefined || (scale !== undefined && s !== scale)) return undefined;
    scale = s;
  }
  return scale;
}

/** The scale of extract()'s numeric: seconds and epochs to the microsecond (a date's epoch is whole), milliseconds to the microsecond. */
function extractScale(field: string, source: PgTypeInfo | null): number | undefined {
  const unit = canonicalUnit(field);
  if (unit === 'epoch') return is(source, OID.date) ? 0 : 6;
  if (unit === 'second') return 6;
  if (unit === 'milliseconds') return 3;
  return unit === 'julian' || unit === undefined ? undefined : 0;
}

/**
 * The display scale of a numeric expression when every value it yields has the same one; numeric
 * keeps a scale per value, so expressions mixing scales (or quotients) have none to tell.
 */
export function numericScale(em: EmitContext, n: Node): number | undefined {
  if (isInt(em.typeOf(n))) return 0;
  switch (nodeType(n)) {
    case 'A_Const':
      if (n.A_Const.ival !== undefined) return 0;
      if (n.A_Const.fval !== undefined) return literalScale(n.A_Const.fval.fval);
      // An untyped literal read as a numeric (`'1.5' + 1.5`) keeps the digits it was written with.
      return typeof n.A_Const.sval?.sval === 'string' && NUMERIC_TEXT.test(n.A_Const.sval.sval) ? literalScale(n.A_Const.sval.sval.trim()) : undefined;
    case 'ColumnRef': {
      const inlined = em.lateralValue(n);
      if (inlined) return numericScale(em, inlined);
      return typmodScale(em.typeOf(n)) ?? em.scope?.column(names(n.ColumnRef.fields))?.scale;
    }
    case 'ParamRef':
      return typmodScale(em.typeOf(n));
    case 'SubLink': {
      const first = n.SubLink.subLinkType === 'EXPR_SUBLINK' ? selectColumns(em, n.SubLink.subselect)?.[0] : undefined;
      return first ? (first.scale ?? typmodScale(first.type)) : undefined;
    }
    case 'TypeCast': {
      const target = typeOfName(n.TypeCast.typeName);
      if (target.oid === OID.numeric && target.typmod < 0) {
        const sval = n.TypeCast.arg.A_Const?.sval?.sval as string | undefined;
        // 'NaN' and the infinities have none.
        if (sval !== undefined) return NUMERIC_TEXT.test(sval) ? literalScale(sval.trim()) : undefined;
        // cash_numeric's scale is the currency's two fraction digits.
        if (is(em.typeOf(n.TypeCast.arg), OID.money)) return 2;
        return numericScale(em, n.TypeCast.arg);
      }
      return typmodScale(target);
    }
    case 'A_Expr': {
      const e = n.A_Expr;
      // nullif answers its first argument.
      if (e.kind === 'AEXPR_NULLIF') return numericScale(em, e.lexpr);
      if (e.kind !== 'AEXPR_OP') return undefined;
      const op = names(e.name).at(-1);
      const r = numericScale(em, e.rexpr);
      if (!e.lexpr) return op === '-' || op === '+' || op === '@' ? r : undefined;
      const l = numericScale(em, e.lexpr);
      if (l === undefined || r === undefined) return undefined;
      if (op === '+' || op === '-' || op === '%') return Math.max(l, r);
      return op === '*' ? l + r : undefined;
    }
    case 'FuncCall': {
      const f = n.FuncCall;
      const name = names(f.funcname).at(-1)!;
      const args = (f.args ?? []) as Node[];
      if (f.agg_star) return 0;
      if (name === 'sum' || name === 'min' || name === 'max' || name === 'abs' || name === 'first_value' || name === 'last_value' || name === 'nth_value') return args[0] ? numericScale(em, args[0]) : undefined;
      if ((name === 'lag' || name === 'lead') && args.length <= 2) return args[0] ? numericScale(em, args[0]) : undefined;
      // percentile_disc and mode answer one of the sorted values.
      if ((name === 'percentile_disc' || name === 'mode') && f.agg_within_group && f.agg_order?.length === 1) return numericScale(em, f.agg_order[0].SortBy.node);
      // With a default of the values' scale (a default of another scale is markScaleSpine's).
      if ((name === 'lag' || name === 'lead') && args.length === 3) {
        const scale = numericScale(em, args[0]!);
        // A NULL default yields no value to print.
        return isNullValue(args[2]!) || scale === numericScale(em, args[2]!) ? scale : undefined;
      }
      if (name === 'round' || name === 'trunc') {
        if (args.length === 1) return 0;
        // Places past what a typmod carries (1000) are known only as it runs, as a computed one's are.
        const places = args[1]?.A_Const?.ival;
        return places !== undefined && (places.ival ?? 0) <= NUMERIC_MAX_TYPMOD_SCALE ? Math.max(0, places.ival ?? 0) : undefined;
      }
      if (name === 'ceil' || name === 'ceiling' || name === 'floor' || name === 'count') return 0;
      if (name === 'extract' && args.length === 2) return extractScale(String(args[0]!.A_Const?.sval?.sval ?? '').toLowerCase(), em.typeOf(args[1]!));
      // numeric_mod, numeric_gcd and numeric_lcm answer at the larger of the arguments' scales.
      if ((name === 'mod' || name === 'gcd' || name === 'lcm') && args.length === 2) {
        const l = numericScale(em, args[0]!);
        const r = numericScale(em, args[1]!);
        return l === undefined || r === undefined ? undefined : Math.max(l, r);
      }
      return undefined;
    }
    case 'A_Indirection': {
      // A composite's numeric(p,s) field prints its attribute's scale.
      const ind = n.A_Indirection.indirection as Node[];
      if (ind.length === 1 && ind[0]!.String) return typmodScale(em.typeOf(n));
      // An element of an array whose elements print one scale, or a constant subscript of ARRAY[…].
      if (ind.length !== 1 || !ind[0]!.A_Indices || ind[0]!.A_Indices.is_slice || !is(em.typeOf(n.A_Indirection.arg), OID.numeric_array)) return undefined;
      const array = scaleKeepingCast(n.A_Indirection.arg) ? n.A_Indirection.arg.TypeCast.arg : n.A_Indirection.arg;
      const elements = array.A_ArrayExpr?.elements as Node[] | undefined;
      const at = ind[0]!.A_Indices.uidx?.A_Const?.ival;
      const element = elements && at ? elements[(at.ival ?? 0) - 1] : undefined;
      if (element && !element.A_ArrayExpr) return numericScale(em, element);
      return arrayScale(em, n.A_Indirection.arg);
    }
    case 'CaseExpr': {
      const c = n.CaseExpr;
      return sameScale(em, [...(c.args as Node[]).map((w) => w.CaseWhen.result), ...(c.defresult ? [c.defresult] : [])]);
    }
    case 'CoalesceExpr':
      return sameScale(em, n.CoalesceExpr.args);
    case 'MinMaxExpr':
      return sameScale(em, n.MinMaxExpr.args);
    default:
      return undefined;
  }
}

/**
 * `'NaN'::numeric`, `'Infinity'::numeric`, or an untyped 'NaN' that a numeric column reads
 * (`VALUES (1.0), ('NaN')`): constants without a scale, which print the same beside any.
 */
export function isNumericSpecial(n: Node): boolean {
  const special = (sval: unknown) => typeof sval === 'string' && /^\s*[-+]?(nan|inf|infinity)\s*$/i.test(sval);
  if (isUnknownLiteral(n)) return special(n.A_Const.sval.sval);
  return special(n.TypeCast?.arg.A_Const?.sval?.sval) && is(typeOfName(n.TypeCast.typeName), OID.numeric);
}

/** The values COALESCE, GREATEST, LEAST or CASE answers one of. */
function valueBranches(n: Node): Node[] | undefined {
  return n.CoalesceExpr?.args ?? n.MinMaxExpr?.args ?? (n.CaseExpr ? [...(n.CaseExpr.args as Node[]).map((w) => w.CaseWhen.result), ...(n.CaseExpr.defresult ? [n.CaseExpr.defresult] : [])] : undefined);
}

/** NULL, or NULL cast (`null::numeric`): a branch that prints no scale. */
export function isNullValue(n: Node): boolean {
  return isNullLiteral(n) || (!!n.TypeCast && isNullLiteral(n.TypeCast.arg));
}

export function mixedScaleBranches(em: EmitContext, n: Node, stored = false, sent = stored): Node[] | undefined {
  const branches = valueBranches(n);
  const type = branches ? em.typeOf(n) : null;
  if (!branches || !is(type, OID.numeric) || type!.typmod >= 0 || numericScale(em, n) !== undefined) return undefined;
  // `stored`: a branch may be a stored numeric printed with its display text; `sent`: a parameter
  // printed with the text it was sent as (`coalesce(n, $1)`), one text in all the rows of a group.
  const param = (b: Node) => !!b.ParamRef || (!!b.TypeCast?.arg.ParamRef && typeOfName(b.TypeCast.typeName).typmod < 0);
  // A branch of branches of their own scales (`CASE … ELSE coalesce(n, 2.5) END`) prints as they do,
  // and where values may print their own, one that prints its own (a quotient, `n / 4`).
  const own = (b: Node) => stored && markScaleSpine(em, b, new WeakSet<Node>());
  const known = (b: Node): boolean => isNullValue(b) || numericScale(em, b) !== undefined || (stored && storedDisplay(em, b) !== undefined) || (sent && param(b)) || !!mixedScaleBranches(em, b, stored, sent) || own(b);
  return branches.every(known) ? branches : undefined;
}

/** Whether a result column's root is a quotient or average that typed-sql.ts computes as formatted text. */
export function isFormattedOutput(em: EmitContext, n: Node): boolean {
  if (!is(em.typeOf(n), OID.numeric)) return false;
  if (mixedScaleBranches(em, n)) return true;
  if (n.A_Expr) return n.A_Expr.kind === 'AEXPR_OP' && names(n.A_Expr.name).at(-1) === '/' && !!n.A_Expr.lexpr;
  const f = n.FuncCall;
  return !!f && names(f.funcname).at(-1) === 'avg' && !f.agg_distinct && !f.agg_order;
}

/**
 * A numeric that may come as a BLOB (more digits than a REAL keeps) or as the text of a printed
 * quotient: anything but a constant or a parameter.
 */
export function computedNumeric(em: EmitContext, n: Node): boolean {
  return !n.A_Const && !n.ParamRef && em.typeOf(n)?.oid === OID.numeric;
}

/**
 * Where values read from text may print their own scales: everywhere ('all'), only inside aggregates
 * (under GROUP BY, whose keys make values equal at different scales one group), or nowhere (DISTINCT,
 * which makes such rows one).
 */
export type OwnScales = 'all' | 'aggregated' | 'none';

const SPINE_OPERATORS = new Set(['+', '-', '*', '/', '%']);
/** Functions that write their arguments as text, each as its type's output function prints it. */
export const TEXT_WRITERS = new Set(['concat', 'concat_ws', 'format']);
/** Those and the functions that quote their argument's text (`quote_literal(3.50)` is '3.50'). */
export const ARGUMENT_TEXTS = new Set([...TEXT_WRITERS, 'quote_literal', 'quote_nullable']);
/** Window functions that answer one of their rows' values. */
export const VALUE_WINDOW_FUNCTIONS = new Set(['first_value', 'last_value', 'nth_value', 'lag', 'lead']);
const JSON_WRITERS = new Set(['to_json', 'to_jsonb', 'array_to_json', 'json_build_array', 'jsonb_build_array', 'json_build_object', 'jsonb_build_object']);
const VALUE_AGGREGATES = new Set(['array_agg', 'json_agg', 'jsonb_agg']);
const OBJECT_AGGREGATES = new Set(['json_object_agg', 'jsonb_object_agg']);
/** Aggregates that answer one of their text values or their texts joined. */
const TEXT_AGGREGATES = new Set(['string_agg', 'min', 'max']);
const ROW_JSON_WRITERS = new Set(['row_to_json', 'to_json', 'to_jsonb', 'json_agg', 'jsonb_agg']);
/**
 * The types whose values a cast to numeric reads as text with its digits (a jsonb number keeps its
 * own, a float the 15 or 6 significant digits float8_numeric prints: `1.5::float8::numeric * 2` is 3.0).
 */
const NUMERIC_TEXT_SOURCES = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.jsonb, OID.float4, OID.float8]);
const SCALE_FROM_VALUE = new Set(['sqrt', 'exp', 'ln', 'log', 'log10', 'power', 'pow']);

/**
 * Marks the numeric + - * / and avg() nodes on the path from a result column's root down to its
 * quotients and averages, when it has any: their display scale depends on the values (numeric_div's
 * select_div_scale), so typed-sql.ts computes them as decimal text instead of storage values,
 * which would drop trailing zeros the result prints (`(1.5 / 2) + 1` is 1.75000000000000000000).
 */
export function markScaleSpine(em: EmitContext, n: Node, spine: WeakSet<Node>, ownScales: OwnScales = 'all'): boolean {
  // JSON built of a stored numeric writes it as numeric_out prints it, with its scale; scale() tells it.
  const called = n.FuncCall && !n.FuncCall.agg_star && !n.FuncCall.over ? names(n.FuncCall.funcname).at(-1)! : undefined;
  // In a grouped query's result too (`jsonb_build_object('total', coalesce(sum(n), 0))`), as its numeric
  // columns print; under GROUP BY a key is written with its group's display text (the ColumnRef rule below).
  if (called !== undefined && (JSON_WRITERS.has(called) || called === 'scale') && ownScales !== 'none') {
    for (const a of (n.FuncCall.args ?? []) as Node[]) {
      if (ownScales === 'all' && storedDisplay(em, a)) spine.add(a);
      // An expression of one (`n * 2`) is written as it prints, with the scale its values give it.
      // So is array_agg of numerics (`jsonb_build_object('totals', array_agg(total))`).
      else if (mixedScaleBranches(em, a, ownScales === 'all') || is(em.typeOf(a), OID.numeric) || is(em.typeOf(a), OID.numeric_array)) markScaleSpine(em, a, spine, ownScales);
    }
  }
  // JSON made of JSON (`jsonb_set(j, p, to_jsonb(n))`, `j || to_jsonb(n)`) keeps what its operands wrote.
  const isJson = (x: Node | undefined) => !!x && (is(em.typeOf(x), OID.jsonb) || is(em.typeOf(x), OID.json));
  if (ownScales === 'all' && isJson(n)) {
    const operands = n.FuncCall && !n.FuncCall.over ? n.FuncCall.args : n.A_Expr?.kind === 'AEXPR_OP' ? [n.A_Expr.lexpr, n.A_Expr.rexpr] : undefined;
    for (const x of (operands ?? []) as Node[]) if (isJson(x)) markScaleSpine(em, x, spine, ownScales);
  }
  // So does a whole row written as JSON (`row_to_json(t)`, typed-sql.ts wholeRowJson), in an aggregate's too.
  // (The JSON constructors take a whole row as an object too: `jsonb_build_object('r', t)`.)
  const rowJson = n.FuncCall && !n.FuncCall.over && (ROW_JSON_WRITERS.has(names(n.FuncCall.funcname).at(-1)!) || JSON_WRITERS.has(names(n.FuncCall.funcname).at(-1)!));
  const aggregated = rowJson && names(n.FuncCall.funcname).at(-1)!.endsWith('_agg');
  if (rowJson && (ownScales === 'all' || (aggregated && ownScales === 'aggregated'))) for (const a of (n.FuncCall.args ?? []) as Node[]) if (a.ColumnRef?.fields.length === 1 || (a.ColumnRef?.fields.length === 2 && a.ColumnRef.fields[1].A_Star)) spine.add(a);
  // `$1::numeric * $2`: the parameter takes the other operand's type now, as emitting it would later.
  const op = n.A_Expr?.kind === 'AEXPR_OP' && n.A_Expr.lexpr ? n.A_Expr : undefined;
  if (op && SPINE_OPERATORS.has(names(op.name).at(-1)!) && (op.lexpr.ParamRef || op.rexpr.ParamRef)) inferParamTypes(em, op.lexpr, op.rexpr, false, names(op.name).at(-1));
  // array_agg writes each value as numeric_out prints it, at its own scale (`{1.50,2.5}`), under
  // DISTINCT too, where pg_distinct_numbers makes 2.5 and 2.5 one (typed-sql.ts distinctNumbers).
  // So do json_agg and jsonb_agg, whose values are written as to_json writes them, and the
  // json(b)_object_agg values; JSON built of each row's numerics (`json_agg(json_build_object('v', v))`)
  // keeps their scales in a grouped query too, where they are no group's key.
  // Text aggregated (`string_agg(name || ': ' || amount, ', ')`, `max(format('%s', n))`) is each row's
  // text as the select list would write it, over a window too.
  const funcName = n.FuncCall ? names(n.FuncCall.funcname).at(-1)! : undefined;
  const textual = !!funcName && TEXT_AGGREGATES.has(funcName);
  const aggregate = n.FuncCall && (!n.FuncCall.over || textual) ? funcName : undefined;
  const agg = aggregate && (VALUE_AGGREGATES.has(aggregate) || textual) ? (n.FuncCall.args?.[0] as Node | undefined) : aggregate && OBJECT_AGGREGATES.has(aggregate) ? (n.FuncCall.args?.[1] as Node | undefined) : undefined;
  const written = agg && (is(em.typeOf(agg), OID.text) || (!textual && (is(em.typeOf(agg), OID.numeric) || isJson(agg))));
  if (written) markScaleSpine(em, agg, spine, ownScales === 'aggregated' ? 'all' : ownScales);
  if (ownScales === 'all' && markTakenApart(em, n, spine)) return true;
  // Text made of numerics (`'x' || n`, concat, format) writes each as numeric_out prints it, with its
  // scale; under GROUP BY a key with its group's display text, under DISTINCT its own.
  const textOperands = is(em.typeOf(n), OID.text) ? (n.A_Expr?.kind === 'AEXPR_OP' && n.A_Expr.lexpr && names(n.A_Expr.name).at(-1) === '||' ? [n.A_Expr.lexpr, n.A_Expr.rexpr] : n.FuncCall && !n.FuncCall.over && ARGUMENT_TEXTS.has(names(n.FuncCall.funcname).at(-1)!) ? n.FuncCall.args : undefined) : undefined;
  // Under DISTINCT too, which compares the texts (2 and 2.00 write two).
  if (textOperands) {
    for (const x of textOperands as Node[]) if (is(em.typeOf(x), OID.numeric) || is(em.typeOf(x), OID.text)) markScaleSpine(em, x, spine, ownScales === 'none' ? 'all' : ownScales);
  }
  // An unconstrained numeric[] column's elements print the scales they were written with (its
  // display column); a grouped one its group's, as a numeric's below.
  if (is(em.typeOf(n), OID.numeric_array) && (ownScales === 'all' || (ownScales === 'aggregated' && n.ColumnRef)) && storedDisplay(em, n)) {
    spine.add(n);
    if (ownScales === 'aggregated') em.groupedDisplays.add(n);
    return true;
  }
  // So does a numeric[] parameter's, bound as the literal it was sent as (translate.ts displayedParams).
  if (sentNumericArray(n) && ownScales === 'all') {
    spine.add(n.TypeCast.arg);
    return true;
  }
  // `coalesce(n, $1)`: the parameter takes the other branches' type now, as emitting it would later.
  const values = valueBranches(n);
  if (values) commonTypeParams(em, values);
  if (!is(em.typeOf(n), OID.numeric)) return false;
  const mark = (x: Node) => markScaleSpine(em, x, spine, ownScales);
  // numeric(x) of a numeric without a typmod changes nothing: the value keeps its scale.
  const c = n.TypeCast;
  // `$1::numeric` prints the value with the scale it was given in ('12.50'), as a quotient prints its own.
  if (c?.arg.ParamRef && typeOfName(c.typeName).typmod < 0) {
    spine.add(c.arg);
    return true;
  }
  // So does a parameter its Parse (or PREPARE) declared numeric.
  if (n.ParamRef) {
    spine.add(n);
    return true;
  }
  // Text read by numeric_in (`(doc ->> 'n')::numeric`) keeps the scale it was written with, as a
  // parameter does; not where values equal at different scales must be one (DISTINCT, GROUP BY):
  // their decimal texts would differ.
  if (ownScales === 'all' && textReadAsNumeric(em, n)) {
    spine.add(c.arg);
    return true;
  }
  // A value read from an unconstrained numeric column keeps the scale it was written with (its
  // display column); not where values equal at different scales must be one, as for text.
  if (ownScales === 'all' && storedDisplay(em, n)) {
    spine.add(n);
    return true;
  }
  // Outside the aggregates of a grouped query, the group's display text, which all its rows must share.
  if (ownScales === 'aggregated' && n.ColumnRef && storedDisplay(em, n)) {
    spine.add(n);
    em.groupedDisplays.add(n);
    return true;
  }
  if (c && typeOfName(c.typeName).typmod < 0 && is(em.typeOf(c.arg), OID.numeric)) return mark(c.arg);
  // NULLIF answers its first argument: a stored numeric's prints its display text, one of branches
  // of their own scales or a quotient theirs (emit-expressions.ts compares the stored form).
  if (n.A_Expr?.kind === 'AEXPR_NULLIF' && ownScales === 'all' && (storedDisplay(em, n.A_Expr.lexpr) || markScaleSpine(em, n.A_Expr.lexpr, new WeakSet<Node>()))) {
    if (!mark(n.A_Expr.lexpr)) spine.add(n.A_Expr.lexpr);
    spine.add(n.A_Expr);
    return true;
  }
  // COALESCE, CASE … of branches of different scales: each value printed with its own (typed-sql.ts
  // mixedScaleOutput), a stored numeric's with its display text where values may print their own.
  // Outside a grouped query's aggregates (`GROUP BY coalesce(x, 0)`), the text its group's rows share,
  // each row's printed as outside a group (a stored branch with its display text); one over an
  // aggregate (`coalesce(sum(n), 0)`) has one value per group already.
  const grouped = ownScales === 'aggregated' && !hasAggregate(n);
  const branches = mixedScaleBranches(em, n, ownScales !== 'none', ownScales !== 'none');
  if (branches) {
    const marked = (b: Node) => (grouped ? markScaleSpine(em, b, spine) : mark(b));
    for (const b of branches) if (numericScale(em, b) === undefined && !isNullValue(b) && !marked(b)) spine.add(b);
    spine.add(n);
    if (grouped) em.groupedDisplays.add(n);
    return true;
  }
  // A scalar subquery prints its value with the display text its query carries beside it (emit-expressions.ts subLink),
  // in a grouped query too: its value is no group's key, one per group as it runs.
  if (n.SubLink?.subLinkType === 'EXPR_SUBLINK' && ownScales !== 'none' && numericScale(em, n) === undefined && em.carriedDisplays(n.SubLink.subselect)?.[0] !== undefined) {
    spine.add(n);
    return true;
  }
  const e = n.A_Expr;
  if (e && e.kind === 'AEXPR_OP' && !e.lexpr && (names(e.name).at(-1) === '-' || names(e.name).at(-1) === '@')) {
    if (!mark(e.rexpr)) return false;
    spine.add(e);
    return true;
  }
  if (e && e.kind === 'AEXPR_OP' && e.lexpr && SPINE_OPERATORS.has(names(e.name).at(-1)!)) {
    const left = mark(e.lexpr);
    const right = mark(e.rexpr);
    if (!left && !right && names(e.name).at(-1) !== '/') return false;
    spine.add(e);
    return true;
  }
  const call = n.FuncCall;
  const callName = call ? names(call.funcname).at(-1) : undefined;
  if ((callName === 'lead' || callName === 'lag') && call.args?.length === 3) {
    const [value, fallback] = [numericScale(em, call.args[0]), numericScale(em, call.args[2])];
    // A stored column's values print their display texts beside a default of its scale.
    const stored = value === undefined && ownScales === 'all' && storedDisplay(em, call.args[0]) !== undefined;
    // A parameter's default (read as the values' type, whatever it was declared as by now) prints the scale it was sent with.
    const sent = fallback === undefined && (call.args[2].ParamRef ? !!spine.add(call.args[2]) : numericParam(em, call.args[2]) && mark(call.args[2]));
    // Both undefined is a stored column beside a parameter: each prints its own.
    if ((value === undefined && !stored) || (fallback === undefined && !sent) || (value !== undefined && value === fallback)) return false;
    if (stored) spine.add(call.args[0]);
    spine.add(call);
    return true;
  }
  // round(n, places) of places known only as it runs (a parameter, a column) prints at that scale.
  if ((callName === 'round' || callName === 'trunc') && call.args?.length === 2 && numericScale(em, n) === undefined) {
    spine.add(call);
    return true;
  }
  // A window function answering one of the values answers it with its scale.
  if (call?.over && VALUE_WINDOW_FUNCTIONS.has(callName!) && (callName === 'nth_value' ? call.args?.length === 2 : call.args?.length <= 2) && ownScales === 'all') return mark(call.args[0]);
  // ^ and these functions pick their result's scale from the values, as a quotient does.
  if (e && e.kind === 'AEXPR_OP' && e.lexpr && names(e.name).at(-1) === '^') {
    spine.add(e);
    return true;
  }
  const f = n.FuncCall;
  // A numrange's bound keeps the scale it was written with (ranges.ts reads it as its text); not
  // where values equal at different scales must be one.
  if (f && (callName === 'lower' || callName === 'upper') && ownScales === 'all' && f.args?.length === 1 && isRange(em.typeOf(f.args[0]))) {
    spine.add(f);
    return true;
  }
  // to_number's digits tell its scale, as numeric_in's do; not where equal values must be one.
  if (f && callName === 'to_number' && ownScales === 'all') {
    spine.add(f);
    return true;
  }
  // An aggregate's values are no group's key.
  const inAggregate = (x: Node) => markScaleSpine(em, x, spine, ownScales === 'aggregated' && !f.over ? 'all' : ownScales);
  // percentile_disc and mode answer one of their values, with its scale, as min and max do.
  if (f && (callName === 'percentile_disc' || callName === 'mode') && f.agg_order?.length === 1 && !f.over) {
    if (!inAggregate(f.agg_order[0].SortBy.node)) return false;
    spine.add(f);
    return true;
  }
  if (f && ((names(f.funcname).at(-1) === 'avg' && !f.agg_order) || SCALE_FROM_VALUE.has(names(f.funcname).at(-1)!))) {
    // An average's scale follows its sum's.
    if (callName === 'avg' && f.args?.length === 1 && !f.agg_distinct) inAggregate(f.args[0]);
    // sqrt, exp, ln, log and power take their result's scale from their arguments' (`exp(n / 100)`).
    if (callName !== 'avg') for (const a of (f.args ?? []) as Node[]) if (is(em.typeOf(a), OID.numeric)) markScaleSpine(em, a, spine, ownScales);
    spine.add(f);
    return true;
  }
  // min/max answer one of their values, with its scale, and sum the largest of its values' scales
  // (a moving sum the largest of its frame's, sum(DISTINCT …) that of one of equal values: typed-sql.ts).
  if (f && (callName === 'min' || callName === 'max') && f.args?.length === 1) {
    if (!inAggregate(f.args[0])) return false;
    spine.add(f);
    return true;
  }
  if (f && callName === 'sum' && f.args?.length === 1 && !(f.agg_distinct && f.agg_order)) {
    if (!inAggregate(f.args[0])) return false;
    spine.add(f);
    return true;
  }
  if (f && names(f.funcname).at(-1) === 'abs' && f.args?.length === 1) {
    if (!mark(f.args[0])) return false;
    spine.add(f);
    return true;
  }
  if (f && names(f.funcname).at(-1) === 'mod' && f.args?.length === 2) {
    const left = mark(f.args[0]);
    const right = mark(f.args[1]);
    if (!left && !right) return false;
    spine.add(f);
    return true;
  }
  return false;
}

/**
 * A numeric[] taken apart or joined (`a[1]`, `a[1:2]`, `a || b`, array_cat, array_to_string)
 * whose elements print their own scales: a numeric(p,s)[]'s, which the result's type loses, an
 * unconstrained column's display texts, ARRAY[…]'s. Marked, the operation reads each element as
 * its decimal text (arrayTextsSql), which keeps its scale.
 */
function markTakenApart(em: EmitContext, n: Node, spine: WeakSet<Node>): boolean {
  const call = n.FuncCall && !n.FuncCall.over && !n.FuncCall.agg_star ? names(n.FuncCall.funcname).at(-1) : undefined;
  const args = (n.FuncCall?.args ?? []) as Node[];
  if (call === 'array_to_string' && args[0] && markArrayScales(em, args[0], spine)) {
    spine.add(n.FuncCall);
    return true;
  }
  const type = em.typeOf(n);
  if (!type || type.typmod >= 0) return false;
  // array_remove and array_replace keep the elements they do not touch as written (`{1.50}`).
  if (call && ELEMENT_EDITS.has(call) && type.oid === OID.numeric_array && args[0] && markArrayScales(em, args[0], spine)) {
    spine.add(n.FuncCall);
    return true;
  }
  const ind = n.A_Indirection?.indirection as Node[] | undefined;
  // An element of an array of one scale prints it (numericScale), as a slice of one does (arrayScale).
  if (ind?.length === 1 && ind[0]!.A_Indices && arrayScale(em, n.A_Indirection.arg) === undefined && markArrayScales(em, n.A_Indirection.arg, spine)) {
    spine.add(n);
    return true;
  }
  const concat = n.A_Expr?.kind === 'AEXPR_OP' && n.A_Expr.lexpr && names(n.A_Expr.name).at(-1) === '||' ? [n.A_Expr.lexpr, n.A_Expr.rexpr] : call && ARRAY_CONCAT_FUNCTIONS.has(call) && args.length === 2 ? args : undefined;
  if (!concat || type.oid !== OID.numeric_array || concat.some((x: Node) => isNullValue(x))) return false;
  const marked = concat.map((x: Node) => (is(em.typeOf(x), OID.numeric) ? numericScale(em, x) !== undefined || markScaleSpine(em, x, spine) : markArrayScales(em, x, spine)));
  if (!marked.some((m: boolean) => m)) return false;
  spine.add(n.A_Expr ?? n.FuncCall);
  return true;
}

/**
 * Whether a numeric[] is emitted as the JSON of its elements' decimal texts (`["1.50"]`), as
 * markTakenApart made `||`, array_cat and its kin, array_remove, array_replace and a slice write it.
 */
export function writtenAsElementTexts(em: EmitContext, n: Node): boolean {
  if (!is(em.typeOf(n), OID.numeric_array)) return false;
  if (n.A_Indirection) return em.numericSpine.has(n);
  if (n.A_Expr) return names(n.A_Expr.name).at(-1) === '||' && em.numericSpine.has(n.A_Expr);
  const call = n.FuncCall ? names(n.FuncCall.funcname).at(-1)! : undefined;
  return !!call && (ARRAY_CONCAT_FUNCTIONS.has(call) || ELEMENT_EDITS.has(call)) && em.numericSpine.has(n.FuncCall);
}

/** Whether a numeric[]'s elements print their own scales where it is taken apart (markTakenApart). */
function markArrayScales(em: EmitContext, n: Node, spine: WeakSet<Node>): boolean {
  const type = em.typeOf(n);
  if (!is(type, OID.numeric_array)) return false;
  if (arrayScale(em, n) !== undefined) return true;
  if (storedDisplay(em, n)) {
    spine.add(n);
    return true;
  }
  if (sentNumericArray(n)) {
    spine.add(n.TypeCast.arg);
    // Its elements' texts are what is read of it, written to a display column too (`INSERT … SELECT * FROM unnest($1::numeric[])`).
    if (spine === em.numericSpine) em.sentArrays.add(n.TypeCast.arg);
    return true;
  }
  if (n.A_ArrayExpr || scaleKeepingCast(n) || numericArrayLiteral(n)) {
    if (!elementScales(em, n)?.some((x) => x !== null)) return false;
    markScaledArray(em, n);
    return true;
  }
  // array_agg of numerics that print their own scales (a stored column's) has them as its elements.
  const aggregated = n.FuncCall && !n.FuncCall.over && names(n.FuncCall.funcname).at(-1) === 'array_agg' ? (n.FuncCall.args?.[0] as Node | undefined) : undefined;
  if (aggregated) return markScaleSpine(em, aggregated, spine);
  return markTakenApart(em, n, spine);
}

/** EmitContext.elementTexts: a numeric[] of no one scale whose elements print their own, as their texts. */
export function elementTexts(em: EmitContext, n: Node, probe: boolean): string | undefined {
  const type = em.typeOf(n);
  if (!is(type, OID.numeric_array) || arrayScale(em, n) !== undefined || !markArrayScales(em, n, probe ? new WeakSet<Node>() : em.numericSpine)) return undefined;
  return probe ? '' : arrayTextsSql(em, n, em.expr(n));
}

/**
 * The SQL of a numeric[] a marked operation takes apart (markTakenApart): the JSON of its elements'
 * decimal texts, at its typmod's scale where it has one.
 */
export function arrayTextsSql(em: EmitContext, n: Node, sql: string): string {
  const type = em.typeOf(n);
  if (!is(type, OID.numeric_array)) return sql;
  return `pg_numeric_array_texts(${sql}, ${arrayScale(em, n) ?? -1})`;
}

/**
 * A reference to a table's unconstrained numeric column: the SQL of its hidden column of display
 * texts (dialect/catalog/numeric-display.ts), qualified by the relation SQLite knows it by.
 */
export function storedDisplay(em: EmitContext, n: Node): string | undefined {
  const fields = n.ColumnRef ? names(n.ColumnRef.fields) : em.scope?.wholeRowField(n);
  if (!fields) return undefined;
  const d = em.scope?.column(fields.length === 3 ? fields.slice(1) : fields)?.display;
  return d ? (d.sql ?? `${quoteIdent(d.relation)}.${quoteIdent(d.column)}`) : undefined;
}

/** A stored numeric printed with its display text (pg_numeric_display), which most values lack: those cost no call. */
export function displayedSql(value: string, display: string): string {
  return `iif(${display} IS NULL, ${value}, pg_numeric_display(${value}, ${display}))`;
}

/** `x::numeric` of a text or jsonb value other than a literal (whose scale numericScale knows). */
function textReadAsNumeric(em: EmitContext, n: Node): boolean {
  const c = n.TypeCast;
  return !!c && !c.arg.A_Const && NUMERIC_TEXT_SOURCES.has(em.typeOf(c.arg)?.oid ?? 0) && is(typeOfName(c.typeName), OID.numeric) && typeOfName(c.typeName).typmod < 0;
}

/**
 * A numeric cast to text (`((doc ->> 'n')::numeric * 2)::text`) or written to a text column prints
 * each value's scale, as numeric_out does: its scale spine is computed as decimal text, which the
 * text keeps, as a result column's is.
 */
export function markTextScale(em: EmitContext, n: Node): void {
  markScaledArray(em, n);
  markScaleSpine(em, n, em.numericSpine);
}

/** A result column: its name, type and, for a numeric, the display scale its values print with. */
export function outputColumn(em: EmitContext, name: string, n: Node): OutputColumn {
  const column = outputColumnType(em, name, n);
  const fields = n.ColumnRef ? names(n.ColumnRef.fields) : undefined;
  const origin = fields && em.scope?.column(fields.length === 3 ? fields.slice(1) : fields)?.origin;
  return origin ? { ...column, origin } : column;
}

function outputColumnType(em: EmitContext, name: string, n: Node): OutputColumn {
  const type = em.typeOf(n);
  const e = enumArrayOf(em, n);
  if (e) return { name, type, shownAs: enumArrayOid(e.name) };
  // min(c), lag(c) … of a char(n) print its padding by its typmod (functionType); PostgreSQL's
  // values have it, and it describes the function's bpchar with none.
  if (type?.oid === OID.bpchar && type.typmod >= 0 && n.FuncCall) return { name, type, shownTypmod: -1 };
  if ((type?.oid !== OID.numeric && type?.oid !== OID.numeric_array) || type.typmod >= 0) return { name, type };
  const scale = type.oid === OID.numeric ? numericScale(em, n) : arrayScale(em, n);
  return scale === undefined ? { name, type } : { name, type, scale };
}

/**
 * array_agg of an enum and enum_range are arrays of the enum type, which evsql computes as text[]
 * (their texts are alike): the result column is said to be of the enum's array type, as
 * PostgreSQL's is (a client reads a text[] as an array, an enum array as its text), and an
 * element taken from one is of the enum type, which sorts by label order.
 */
function enumArrayOf(em: EmitContext, n: Node): EnumType | undefined {
  const f = n.FuncCall;
  const name = f && names(f.funcname).at(-1);
  if (name !== 'array_agg' && name !== 'enum_range') return undefined;
  const args = (f.args ?? []) as Node[];
  return (name === 'enum_range' ? args : args.slice(0, 1)).map((a) => em.schema.enumByOid(em.typeOf(a)?.oid ?? 0)).find((x) => x);
}

// ------------------------------------------------------------------------------ numeric[] scale

/**
 * The display scales of the elements of a numeric[] built where its elements are seen (ARRAY[…],
 * an array literal), in order through its dimensions (null for a NULL element, OWN_SCALE for a
 * numeric parameter, bound as the text it was sent as); undefined where one does not tell.
 */
function elementScales(em: EmitContext, n: Node): Array<number | null> | undefined {
  // `ARRAY[1.50, 2]::numeric[]` keeps its elements' scales.
  if (scaleKeepingCast(n)) return elementScales(em, n.TypeCast.arg);
  if (n.A_ArrayExpr) {
    const out: Array<number | null> = [];
    for (const e of (n.A_ArrayExpr.elements ?? []) as Node[]) {
      if (!e.A_ArrayExpr && arrayElementOid(em.typeOf(e)?.oid ?? 0)) return undefined;
      const scale = e.A_ArrayExpr || isNullLiteral(e) || (e.TypeCast && isNullLiteral(e.TypeCast.arg)) || isNumericSpecial(e) ? null : ownScaleElement(em, e) ? OWN_SCALE : numericScale(em, e);
      const s = e.A_ArrayExpr ? elementScales(em, e) : scale === undefined ? undefined : [scale];
      if (!s) return undefined;
      out.push(...s);
    }
    return out;
  }
  const items = numericArrayLiteral(n);
  if (!items) return undefined;
  const flat = items.flat(MAX_DIMENSIONS) as Array<string | null>;
  return flat.every((t) => t === null || NUMERIC_TEXT.test(t)) ? flat.map((t) => (t === null ? null : literalScale(t.trim()))) : undefined;
}

const MAX_DIMENSIONS = 6;

/** An element's scale that only its value tells: pg_numeric_array keeps the one its text has. */
const OWN_SCALE = -1;

/**
 * An element printed with the scale its value has: a numeric parameter's, sent with it, or an
 * unconstrained numeric column's, written with it (its display text: `ARRAY[n]` of 1.50 is {1.50}).
 */
function ownScaleElement(em: EmitContext, e: Node): boolean {
  // percentile_disc(ARRAY[…]) is an array of such calls, each answering one of the values with its scale.
  const f = e.FuncCall;
  const name = f && names(f.funcname).at(-1);
  if ((name === 'percentile_disc' || name === 'mode') && f.agg_order?.length === 1 && !f.over) return ownScaleElement(em, f.agg_order[0].SortBy.node);
  return numericParam(em, e) || (storedDisplay(em, e) !== undefined && numericScale(em, e) === undefined);
}

/** `$1` of a numeric, or `$1::numeric`: printed with the scale it was sent with (markScaleSpine). */
function numericParam(em: EmitContext, e: Node): boolean {
  const param = e.ParamRef ?? (e.TypeCast && typeOfName(e.TypeCast.typeName).typmod < 0 ? e.TypeCast.arg.ParamRef : undefined);
  return !!param && is(em.typeOf(e), OID.numeric);
}

/** `$1::numeric[]`: bound as the literal it was sent as, its elements at their scales (translate.ts displayedParams). */
function sentNumericArray(n: Node): boolean {
  const target = n.TypeCast?.arg.ParamRef ? typeOfName(n.TypeCast.typeName) : undefined;
  return !!target && is(target, OID.numeric_array) && target.typmod < 0;
}

/** A cast of ARRAY[…] to a numeric[] of no typmod. */
function scaleKeepingCast(n: Node): boolean {
  return !!n.TypeCast?.arg.A_ArrayExpr && typeOfName(n.TypeCast.typeName).oid === OID.numeric_array && typeOfName(n.TypeCast.typeName).typmod < 0;
}

/** `'{1.50,2}'::numeric[]`: the literal's elements. */
function numericArrayLiteral(n: Node): LiteralItems | undefined {
  const c = n.TypeCast;
  const text = c?.arg.A_Const?.sval?.sval as string | undefined;
  if (text === undefined || !c.typeName.arrayBounds || typeOfName(c.typeName).oid !== OID.numeric_array || typeOfName(c.typeName).typmod >= 0) return undefined;
  try {
    return parseArrayLiteral(text);
  } catch {
    return undefined;
  }
}

/** The one scale every element of a numeric[] prints with (`ARRAY[1.50, 2.25]`, a column of such). */
export function arrayScale(em: EmitContext, n: Node): number | undefined {
  const type = em.typeOf(n);
  if (is(type, OID.numeric_array) && type!.typmod >= 4) return typmodDisplayScale(type!.typmod);
  if (n.ColumnRef) return em.scope?.column(names(n.ColumnRef.fields))?.scale;
  const ind = n.A_Indirection?.indirection as Node[] | undefined;
  if (ind?.length && ind.every((i) => i.A_Indices?.is_slice)) return arrayScale(em, n.A_Indirection.arg);
  if (n.SubLink?.subLinkType === 'ARRAY_SUBLINK') {
    const first = selectColumns(em, n.SubLink.subselect)?.[0];
    return first ? outputScale(first) : undefined;
  }
  // array_agg's elements are its argument's values, at its scale.
  const agg = n.FuncCall && names(n.FuncCall.funcname).at(-1) === 'array_agg' ? (n.FuncCall.args?.[0] as Node | undefined) : undefined;
  if (agg) return numericScale(em, agg);
  // percentile_disc(ARRAY[…]) answers values of the sorted column, at its scale.
  const f = n.FuncCall;
  if (f && names(f.funcname).at(-1) === 'percentile_disc' && f.agg_order?.length === 1 && is(type, OID.numeric_array)) return numericScale(em, f.agg_order[0].SortBy.node);
  const scales = elementScales(em, n)?.filter((s) => s !== null);
  return scales?.length && scales[0] !== OWN_SCALE && scales.every((s) => s === scales[0]) ? scales[0]! : undefined;
}

/**
 * A numeric[] built from elements of known scales (ARRAY[…], an array literal) whose text is
 * wanted, as a cast to text or to_json writes it: marked for mixedScaleArray to
 * write its JSON with each element's scale, which that text keeps (`{1.50,2.5}`).
 */
export function markScaledArray(em: EmitContext, n: Node): void {
  if (is(em.typeOf(n), OID.numeric_array) && em.typeOf(n)!.typmod < 0 && (n.A_ArrayExpr || scaleKeepingCast(n) || numericArrayLiteral(n))) em.numericSpine.add(n);
}

/**
 * What an unconstrained numeric[] column's display column keeps of a value written to it
 * (pg/types/numeric-array.ts): an array literal's, a parameter's or ARRAY[…]'s elements at their
 * scales; NULL where they print as stored or cannot be told.
 */
export function arrayDisplaySql(em: EmitContext, n: Node): string {
  const text = (n.A_Const?.sval?.sval ?? (numericArrayLiteral(n) ? n.TypeCast.arg.A_Const.sval.sval : undefined)) as string | undefined;
  if (text !== undefined) {
    const shown = numericArrayDisplay(text);
    return shown === null ? 'NULL' : quoteString(shown);
  }
  // Bound as the literal it was sent as (translate.ts displayedParams).
  if (n.ParamRef) {
    em.params.push(-n.ParamRef.number);
    return `pg_numeric_display_of(${paramSlot(-n.ParamRef.number)})`;
  }
  // A stored one (`SET a = a`, `excluded.a`) or an expression of one (`a || 9.0`) prints its elements as written.
  if (n.A_ArrayExpr || scaleKeepingCast(n)) markScaledArray(em, n);
  else if (!markScaleSpine(em, n, em.numericSpine)) return 'NULL';
  return `pg_numeric_display_of(${em.expr(n)})`;
}

/**
 * A result column's numeric[] whose elements print different scales (`ARRAY[1.50, 2.5]`): its
 * JSON written with each at its own, which array_out prints as written; undefined where one
 * scale or none tells. Only a result column: elsewhere arrays compare as their stored JSON.
 */
export function mixedScaleArray(em: EmitContext, n: Node, sql: (e: Node) => string): string | undefined {
  const marked = em.numericSpine.has(n);
  if ((!marked && em.outputRoot !== n) || !is(em.typeOf(n), OID.numeric_array) || em.typeOf(n)!.typmod >= 0) return undefined;
  const scales = elementScales(em, n)?.filter((s) => s !== null);
  if (!scales || (marked ? scales.length === 0 : new Set(scales).size < 2 && !scales.includes(OWN_SCALE))) return undefined;
  const items = numericArrayLiteral(n);
  if (items) {
    const json = (x: LiteralItems | string | null): string => (x === null ? 'null' : Array.isArray(x) ? `[${x.map(json).join(',')}]` : decimalText(parseDecimal(x.trim())!));
    return `json(${quoteString(json(items))})`;
  }
  const build = (a: Node): string => {
    const elements = (a.A_ArrayExpr.elements ?? []) as Node[];
    if (elements.some((e) => e.A_ArrayExpr)) return `json_array(${elements.map(build).join(', ')})`;
    return `json(pg_numeric_array(${elements.map((e) => (isNullLiteral(e) ? 'NULL, 0' : ownScaleElement(em, e) && markScaleSpine(em, e, em.numericSpine) ? `${sql(e)}, ${OWN_SCALE}` : `${sql(e)}, ${numericScale(em, e) ?? 0}`)).join(', ')}))`;
  };
  return build(scaleKeepingCast(n) ? n.TypeCast.arg : n);
}

// ------------------------------------------------------------------------------ queries

/**
 * The columns of a set operation: the left member's, where each value keeps its own scale, so a
 * column whose members print different scales (`SELECT 1.5 UNION SELECT 2`) has none.
 */
const INT_WIDTHS: number[] = [OID.int2, OID.int4, OID.int8];
const DATETIME_RANKS: number[] = [OID.date, OID.timestamp, OID.timestamptz];

export function setColumns<C extends OutputColumn>(left: C[], right: OutputColumn[], except = false): C[] {
  return left.map((left, i) => {
    const other = right[i];
    // An integer beside a numeric or a float is one (`SELECT 1 UNION ALL SELECT 2.50`), as select_common_type makes it.
    // So is a smaller integer beside a wider one (int4 beside int8 is int8).
    const widened = isInt(left.type) && other && (is(other.type, OID.numeric) || isFloat(other.type) || (isInt(other.type) && INT_WIDTHS.indexOf(other.type!.oid) > INT_WIDTHS.indexOf(left.type!.oid)));
    // A numeric beside a float is a float (`SELECT 1.10 UNION SELECT 2.5::float8` prints 1.1), as is a real beside a double precision: no scale of its own.
    const floated = other && isFloat(other.type) && (is(left.type, OID.numeric) || (is(left.type, OID.float4) && is(other.type, OID.float8)));
    if (floated) {
      const { scale: _, ...rest } = left;
      return { ...rest, type: { oid: other.type!.oid, typmod: -1 } } as C;
    }
    // A left member's NULL takes the other's type (`SELECT NULL UNION SELECT 1` is an int4), as select_common_type skips unknowns;
    // so does a date or timestamp beside a later kind of the three (date < timestamp < timestamptz), which it casts to implicitly.
    const later = other && DATETIME_RANKS.indexOf(left.type?.oid ?? 0) >= 0 && DATETIME_RANKS.indexOf(other.type?.oid ?? 0) > DATETIME_RANKS.indexOf(left.type!.oid);
    // Two NULLs make a text (`SELECT NULL UNION SELECT NULL`), as select_common_type resolves unknowns alone.
    if (!left.type && other && !other.type) return { ...left, type: { oid: OID.text, typmod: -1 } } as C;
    const c = widened || later || (!left.type && other?.type) ? { ...left, type: { oid: other!.type!.oid, typmod: -1 } } : left;
    if (c.type?.oid !== OID.numeric || !other) {
      // Members of another type or typmod give none (select_common_typmod): a timestamp(0) beside a timestamp(3) keeps its digits.
      // A char(n) keeps its typmod here: its members' padding is the emitter's (paddedSetColumns).
      const mixed = c.type && c.type.typmod >= 0 && c.type.oid !== OID.bpchar && other && (other.type?.oid !== c.type.oid || other.type.typmod !== c.type.typmod);
      return mixed ? ({ ...c, type: { oid: c.type!.oid, typmod: -1 } } as C) : c;
    }
    // Members of different typmods give a numeric of none (select_common_typmod): each value keeps
    // its own scale, which the left member's typmod would round (2.255 beside a numeric(10,2)).
    // EXCEPT answers rows of its left member only.
    const [l, r] = [outputScale(c), outputScale(other)];
    const scale = l !== undefined && (l === r || except) ? l : undefined;
    if (c.type.typmod >= 0 && other.type?.oid === OID.numeric && other.type.typmod === c.type.typmod) return c;
    const { scale: _, ...rest } = c;
    return { ...rest, type: { oid: OID.numeric, typmod: -1 }, ...(scale !== undefined ? { scale } : {}) } as C;
  });
}

/** The fraction digits every value of a result column prints with, where one tells. */
export function outputScale(c: OutputColumn): number | undefined {
  return c.scale ?? (isInt(c.type) ? 0 : typmodScale(c.type));
}

/**
 * The columns of a multi-row VALUES: the first row's types, where a numeric of rows of different
 * typmods has none (as a set operation's), and prints the scale all its rows have, if one.
 */
export function valuesColumns(em: EmitContext, rows: Node[][]): OutputColumn[] {
  checkValuesLengths(rows.map((items) => ({ List: { items } })));
  return rows[0]!.map((e, i) => {
    const name = `column${i + 1}`;
    const cells = rows.map((r) => r[i]!);
    // Untyped literals and NULLs take the type of the typed values, as select_common_type skips them.
    const first = em.typeOf(cells.find((v) => !isUnknownLiteral(v) && !isNullLiteral(v)) ?? e);
    // `VALUES (1), (2.50)` is a numeric column, as a set operation's common type makes it.
    const type = rows.length > 1 && isNumber(first) ? (commonType(em, cells) ?? first) : first;
    if (type?.oid !== OID.numeric) return { name, type };
    const typmod = cells.every((v) => isNullLiteral(v) || em.typeOf(v)?.typmod === type.typmod) ? type.typmod : -1;
    const scale = typmod < 0 ? sameScale(em, cells) : undefined;
    return { name, type: { oid: OID.numeric, typmod }, ...(scale !== undefined ? { scale } : {}) };
  });
}

/**
 * The output columns of a query without emitting it: what a subquery or CTE contributes to the
 * scope of the query around it. Null when a `*` covers columns that cannot be told.
 */
export function selectColumns(em: EmitContext, node: Node): ScopeColumn[] | null {
  // A set operation's members come as bare SelectStmt bodies, which carry `op`.
  const s = node.SelectStmt ?? (node.op ? node : undefined);
  if (!s) return returningColumns(em, node);
  if (s.op && s.op !== 'SETOP_NONE') {
    // The right member's types first: the left's untyped literals take them, as the emitter reads them.
    const r = selectColumns(em, s.rarg);
    if (r) readLeftSetLiterals(r.map((c) => c.type), s.larg);
    const l = selectColumns(em, s.larg);
    return l && r ? setColumns(l, r, s.op === 'SETOP_EXCEPT') : l;
  }
  const arrays = selectListArrays(s) ?? lateralUnnestQuery(s);
  if (arrays) return selectColumns(em, { SelectStmt: arrays });
  const saved = enterSelectScope(em, s);
  try {
    if (s.valuesLists) return valuesColumns(em, (s.valuesLists as Node[]).map((l) => l.List.items as Node[]));
    return targetColumns(em, s.targetList ?? []);
  } finally {
    leaveScope(em, saved);
  }
}

function targetColumns(em: EmitContext, list: Node[]): ScopeColumn[] | null {
  const out: ScopeColumn[] = [];
  if (em.schema.hasComposites()) list = list.flatMap((t) => fieldStarTargets(em, t) ?? [t]);
  for (const t of list) {
    const rt = t.ResTarget;
    const val = rt.val as Node;
    if (val.ColumnRef && names(val.ColumnRef.fields).at(-1) === '*') {
      const star = starColumns(em, val.ColumnRef.fields);
      if (!star) return null;
      out.push(...star);
      continue;
    }
    const { type, scale, origin } = outputColumn(em, rt.name ?? columnName(val), val);
    out.push({ name: rt.name ?? columnName(val), type, scale, ...(origin ? { origin } : {}) });
  }
  return out;
}

/** A data-modifying CTE: its RETURNING list over the target table. */
function returningColumns(em: EmitContext, node: Node): ScopeColumn[] | null {
  const s = node[nodeType(node)];
  const list = (s?.returningClause?.exprs ?? s?.returningList) as Node[] | undefined;
  if (!list || !s.relation) return null;
  // UPDATE … FROM's and DELETE … USING's relations are in scope too: RETURNING names their columns (starReturning).
  const listed = (s.fromClause ?? s.usingClause) as Node[] | undefined;
  const saved = listed?.length ? enterSelectScope(em, { fromClause: [{ RangeVar: s.relation }, ...listed] }) : enterRelations(em, [tableRelation(em, s.relation)]);
  try {
    return targetColumns(em, list);
  } finally {
    leaveScope(em, saved);
  }
}
