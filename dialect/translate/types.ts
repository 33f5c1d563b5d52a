/**
 * PostgreSQL's typing of expressions, and the operators and functions whose SQLite form depends on
 * it. PostgreSQL picks an operator from its operands' types (`date + integer` adds days,
 * `timestamp - timestamp` is an interval, `numeric / integer` keeps digits that `int / int`
 * drops) and gives every expression a result type; the translator does the same from the column
 * types in scope (scope.ts), so results carry PostgreSQL's type OIDs and values.
 *
 * Numeric results also carry PostgreSQL's display scale: statically where the operands tell it
 * (`price * 2` has price's scale, `quantity * unit_price` the sum of both), and for a quotient or
 * an average in a result column by computing it exactly (pg/types/numeric.ts). Inside an expression
 * a quotient stays an SQLite number, so it still compares and sorts as one.
 */
import { literalScale, typmodDisplayScale } from '../../pg/types/numeric.js';
import { OID, arrayElementOid, arrayOidOf, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import { type Emitter, type OutputColumn, typeOfName, unsupported } from './emit.js';
import { type Node, nodeType, names } from './parse.js';
import { selectColumns } from './scope.js';

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

const INTEGERS = new Set<number>([OID.int2, OID.int4, OID.int8]);
const NUMERIC_RANK = [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8] as number[];
const TEXTUAL = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name]);

const isInt = (x: PgTypeInfo | null): boolean => !!x && INTEGERS.has(x.oid);
const isFloat = (x: PgTypeInfo | null): boolean => x?.oid === OID.float4 || x?.oid === OID.float8;
const isNumber = (x: PgTypeInfo | null): boolean => !!x && NUMERIC_RANK.includes(x.oid);
const is = (x: PgTypeInfo | null, oid: number): boolean => x?.oid === oid;

/** A string literal: PostgreSQL's `unknown`, which takes the type its context asks for. */
function isUnknownLiteral(n: Node | undefined): boolean {
  return n?.A_Const?.sval !== undefined;
}

function isNullLiteral(n: Node | undefined): boolean {
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
export function commonType(em: Emitter, nodes: Node[]): PgTypeInfo | null {
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
    else if (isNumber(common) && isNumber(x)) common = numericResult(common, x);
    else if (TEXTUAL.has(common.oid) && TEXTUAL.has(x.oid)) common = TEXT;
    else if ((is(common, OID.date) || is(common, OID.timestamp) || is(common, OID.timestamptz)) && (is(x, OID.date) || is(x, OID.timestamp) || is(x, OID.timestamptz))) {
      common = is(common, OID.timestamptz) || is(x, OID.timestamptz) ? TIMESTAMPTZ : TIMESTAMP;
    }
  }
  return common ?? (sawLiteral ? TEXT : null);
}

/** The type of an operator expression `l op r` (l undefined for a prefix operator). */
function operatorType(em: Emitter, op: string, l: Node | undefined, r: Node): PgTypeInfo | null | undefined {
  const rt = em.typeOf(r);
  if (!l) {
    if (op === '|/' || op === '||/') return FLOAT8;
    return op === '-' || op === '+' || op === '~' || op === '@' ? rt : undefined;
  }
  const lt = em.typeOf(l);
  switch (op) {
    case '->':
    case '#>':
      return is(lt, OID.json) ? JSON_T : JSONB;
    case '->>':
    case '#>>':
      return TEXT;
    case '@>':
    case '<@':
    case '?':
    case '?|':
    case '?&':
      return BOOL;
    case '||':
      return is(lt, OID.jsonb) || is(rt, OID.jsonb) ? JSONB : TEXT;
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

function arithmeticType(op: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null, l: Node, r: Node): PgTypeInfo | null {
  [lt, rt] = resolveUnknown(op, l, r, lt, rt);
  if (!lt || !rt) return null;
  if (is(lt, OID.jsonb) && op === '-') return JSONB;
  const dt = dateTimeResult(op, lt, rt);
  if (dt !== undefined) return dt;
  if (isNumber(lt) && isNumber(rt)) return lt.oid === rt.oid && lt.oid !== OID.numeric ? t(lt.oid) : numericResult(lt, rt);
  return null;
}

function isDateTime(x: PgTypeInfo): boolean {
  return x.oid === OID.date || x.oid === OID.timestamp || x.oid === OID.timestamptz || x.oid === OID.time;
}

/**
 * An unknown literal takes the other operand's type, except that only an interval can be added
 * to a date/time (`ts - 'literal'` is a difference of timestamps, as in PostgreSQL).
 */
function resolveUnknown(op: string, l: Node, r: Node, lt: PgTypeInfo | null, rt: PgTypeInfo | null): [PgTypeInfo | null, PgTypeInfo | null] {
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
  if ((op === '+' || op === '-') && l === OID.date && r === OID.interval) return TIMESTAMP;
  if (op === '+' && l === OID.interval && r === OID.date) return TIMESTAMP;
  if (op === '+' && (l === OID.date && r === OID.time || l === OID.time && r === OID.date)) return TIMESTAMP;
  if ((op === '+' || op === '-') && (l === OID.timestamp || l === OID.timestamptz || l === OID.time) && r === OID.interval) return t(l);
  if (op === '+' && l === OID.interval && (r === OID.timestamp || r === OID.timestamptz || r === OID.time)) return t(r);
  if (op === '-' && l === r && (l === OID.timestamp || l === OID.timestamptz || l === OID.time)) return INTERVAL;
  if ((op === '+' || op === '-') && l === OID.interval && r === OID.interval) return INTERVAL;
  if ((op === '*' || op === '/') && l === OID.interval && isNumber(rt)) return INTERVAL;
  if (op === '*' && isNumber(lt) && r === OID.interval) return INTERVAL;
  if (isDateTime(lt) || isDateTime(rt) || l === OID.interval || r === OID.interval) return null;
  return undefined;
}

const AGGREGATE_SAME = new Set(['min', 'max', 'first_value', 'last_value', 'nth_value', 'lag', 'lead', 'abs', 'mode']);
const FLOAT_UNLESS_NUMERIC = new Set(['sqrt', 'exp', 'ln', 'log', 'log10', 'power', 'pow', 'cbrt', 'sign']);

/** Types of the functions types.ts writes itself (typedCall), which the function table does not list. */
const FUNCTION_TYPES: Record<string, PgTypeInfo> = {
  age: INTERVAL,
  to_timestamp: TIMESTAMPTZ,
  date_part: FLOAT8,
  extract: NUMERIC,
  jsonb_build_object: JSONB,
  jsonb_build_array: JSONB,
  json_build_object: JSON_T,
  json_build_array: JSON_T,
  to_jsonb: JSONB,
  to_json: JSON_T,
  jsonb_agg: JSONB,
  json_agg: JSON_T,
  jsonb_object_agg: JSONB,
  json_object_agg: JSON_T,
  pg_typeof: t(OID.regtype),
  format: TEXT,
};

function functionType(em: Emitter, f: Node): PgTypeInfo | null | undefined {
  const name = names(f.funcname).at(-1)!;
  const args = (f.args ?? []) as Node[];
  const first = args[0] ? em.typeOf(args[0]) : null;
  if (name === 'sum') {
    if (is(first, OID.int2) || is(first, OID.int4)) return INT8;
    if (is(first, OID.int8) || is(first, OID.numeric)) return NUMERIC;
    return first && (isFloat(first) || is(first, OID.interval)) ? t(first.oid) : first ? null : undefined;
  }
  if (name === 'avg') {
    if (isInt(first) || is(first, OID.numeric)) return NUMERIC;
    if (isFloat(first)) return FLOAT8;
    return is(first, OID.interval) ? INTERVAL : undefined;
  }
  // min/max compare varchar as text, and say so in their type.
  if ((name === 'min' || name === 'max') && is(first, OID.varchar)) return TEXT;
  if (AGGREGATE_SAME.has(name)) return first ? (is(first, OID.numeric) ? NUMERIC : t(first.oid)) : undefined;
  if (name === 'array_agg') return first ? t(arrayOidOf(first.oid) || OID.text_array) : null;
  if (name === 'date_trunc') {
    const x = args[1] ? em.typeOf(args[1]) : null;
    return is(x, OID.timestamp) || is(x, OID.interval) ? t(x!.oid) : TIMESTAMPTZ;
  }
  if (name === 'round' || name === 'trunc') return args.length > 1 || is(first, OID.numeric) ? NUMERIC : first ? FLOAT8 : undefined;
  if (name === 'ceil' || name === 'ceiling' || name === 'floor') return is(first, OID.numeric) ? NUMERIC : first ? FLOAT8 : undefined;
  if (FLOAT_UNLESS_NUMERIC.has(name)) return is(first, OID.numeric) ? NUMERIC : FLOAT8;
  if (name === 'timezone') return is(args[1] ? em.typeOf(args[1]) : null, OID.timestamptz) ? TIMESTAMP : TIMESTAMPTZ;
  if (name === 'mod') {
    const second = args[1] ? em.typeOf(args[1]) : null;
    return first && second && isNumber(first) && isNumber(second) ? numericResult(first, second) : undefined;
  }
  return FUNCTION_TYPES[name];
}

/**
 * The type of an expression where these rules tell more than the emitter's own; undefined
 * where they have no opinion.
 */
export function expressionType(em: Emitter, n: Node): PgTypeInfo | null | undefined {
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
      if (e.kind === 'AEXPR_NULLIF') return nullifType(em, e.lexpr);
      if (e.kind !== 'AEXPR_OP') return undefined;
      return operatorType(em, names(e.name).at(-1) ?? '', e.lexpr, e.rexpr);
    }
    case 'FuncCall':
      return n.FuncCall.agg_star ? undefined : functionType(em, n.FuncCall);
    case 'CaseExpr': {
      const c = n.CaseExpr;
      return commonType(em, [...(c.args as Node[]).map((w) => w.CaseWhen.result), c.defresult ?? { A_Const: { isnull: true } }]);
    }
    case 'CoalesceExpr':
      return commonType(em, n.CoalesceExpr.args);
    case 'MinMaxExpr':
      return commonType(em, n.MinMaxExpr.args);
    case 'NullIfExpr':
      return nullifType(em, n.NullIfExpr.args[0]);
    case 'SubLink':
      if (n.SubLink.subLinkType !== 'EXPR_SUBLINK') return undefined;
      return selectColumns(em, n.SubLink.subselect)?.[0]?.type ?? null;
    default:
      return undefined;
  }
}

/** NULLIF is typed by its first argument, compared as text when that is a varchar. */
function nullifType(em: Emitter, first: Node): PgTypeInfo | null {
  const x = em.typeOf(first);
  return is(x, OID.varchar) ? TEXT : x;
}

// ------------------------------------------------------------------------------ numeric scale

function typmodScale(x: PgTypeInfo | null): number | undefined {
  if (!x) return undefined;
  if (INTEGERS.has(x.oid)) return 0;
  if (x.oid === OID.numeric && x.typmod >= 4) return typmodDisplayScale(x.typmod);
  return undefined;
}

function sameScale(em: Emitter, nodes: Node[]): number | undefined {
  let scale: number | undefined;
  for (const n of nodes) {
    if (isNullLiteral(n)) continue;
    const s = numericScale(em, n);
    if (s === undefined || (scale !== undefined && s !== scale)) return undefined;
    scale = s;
  }
  return scale;
}

/**
 * The display scale of a numeric expression when every value it yields has the same one; numeric
 * keeps a scale per value, so expressions mixing scales (or quotients) have none to tell.
 */
export function numericScale(em: Emitter, n: Node): number | undefined {
  switch (nodeType(n)) {
    case 'A_Const':
      if (n.A_Const.ival !== undefined) return 0;
      return n.A_Const.fval !== undefined ? literalScale(n.A_Const.fval.fval) : undefined;
    case 'ColumnRef':
      return typmodScale(em.typeOf(n)) ?? em.scope?.column(names(n.ColumnRef.fields))?.scale;
    case 'ParamRef':
      return typmodScale(em.typeOf(n));
    case 'SubLink':
      return n.SubLink.subLinkType === 'EXPR_SUBLINK' ? selectColumns(em, n.SubLink.subselect)?.[0]?.scale : undefined;
    case 'TypeCast': {
      const target = typeOfName(n.TypeCast.typeName);
      if (target.oid === OID.numeric && target.typmod < 0) return numericScale(em, n.TypeCast.arg);
      return typmodScale(target);
    }
    case 'A_Expr': {
      const e = n.A_Expr;
      if (e.kind !== 'AEXPR_OP') return undefined;
      const op = names(e.name).at(-1);
      const r = numericScale(em, e.rexpr);
      if (!e.lexpr) return op === '-' || op === '+' ? r : undefined;
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
      if (name === 'sum' || name === 'min' || name === 'max' || name === 'abs' || name === 'first_value' || name === 'last_value') return args[0] ? numericScale(em, args[0]) : undefined;
      if ((name === 'lag' || name === 'lead') && args.length === 1) return numericScale(em, args[0]!);
      if (name === 'round' || name === 'trunc') {
        if (args.length === 1) return 0;
        const places = args[1]?.A_Const?.ival;
        return places !== undefined ? Math.max(0, places.ival ?? 0) : undefined;
      }
      if (name === 'ceil' || name === 'ceiling' || name === 'floor' || name === 'count') return 0;
      return undefined;
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
 * The branches of a COALESCE, CASE, GREATEST or LEAST that yield numerics of different scales
 * (`coalesce(sum(total), 0)`): PostgreSQL prints each value with its own, so at the root of a
 * result column each branch is formatted with its scale. Undefined where that is not needed.
 */
export function mixedScaleOutput(em: Emitter, n: Node): string | undefined {
  const branches = mixedScaleBranches(em, n);
  if (!branches) return undefined;
  const scaled = (b: Node) => (isNullLiteral(b) ? 'NULL' : `pg_numeric_text(${em.expr(b)}, ${numericScale(em, b)})`);
  if (n.CoalesceExpr) return `coalesce(${branches.map(scaled).join(', ')})`;
  if (n.MinMaxExpr) {
    const args = branches.map((b) => `${em.expr(b)}, ${numericScale(em, b) ?? 0}`);
    return `pg_scaled_${n.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least'}(${args.join(', ')})`;
  }
  const c = n.CaseExpr;
  let sql = 'CASE';
  if (c.arg) sql += ' ' + em.expr(c.arg);
  for (const w of c.args as Node[]) sql += ` WHEN ${em.expr(w.CaseWhen.expr)} THEN ${scaled(w.CaseWhen.result)}`;
  return sql + (c.defresult ? ` ELSE ${scaled(c.defresult)}` : '') + ' END';
}

function mixedScaleBranches(em: Emitter, n: Node): Node[] | undefined {
  const branches: Node[] | undefined = n.CoalesceExpr?.args ?? n.MinMaxExpr?.args ?? (n.CaseExpr ? [...(n.CaseExpr.args as Node[]).map((w) => w.CaseWhen.result), ...(n.CaseExpr.defresult ? [n.CaseExpr.defresult] : [])] : undefined);
  const type = branches ? em.typeOf(n) : null;
  if (!branches || !is(type, OID.numeric) || type!.typmod >= 0 || numericScale(em, n) !== undefined) return undefined;
  return branches.every((b) => isNullLiteral(b) || numericScale(em, b) !== undefined) ? branches : undefined;
}

/** Whether a result column's root is a quotient or average that types.ts computes as formatted text. */
export function isFormattedOutput(em: Emitter, n: Node): boolean {
  if (!is(em.typeOf(n), OID.numeric)) return false;
  if (mixedScaleBranches(em, n)) return true;
  if (n.A_Expr) return n.A_Expr.kind === 'AEXPR_OP' && names(n.A_Expr.name).at(-1) === '/' && !!n.A_Expr.lexpr;
  const f = n.FuncCall;
  return !!f && names(f.funcname).at(-1) === 'avg' && !f.agg_distinct && !f.agg_order;
}

/** A result column: its name, type and, for a numeric, the display scale its values print with. */
export function outputColumn(em: Emitter, name: string, n: Node): OutputColumn {
  const type = em.typeOf(n);
  if (type?.oid !== OID.numeric || type.typmod >= 0) return { name, type };
  const scale = numericScale(em, n);
  return scale === undefined ? { name, type } : { name, type, scale };
}

// ------------------------------------------------------------------------------ emission

/** Types whose stored form differs from their text: the rest are stored as PostgreSQL prints them. */
const STORED_UNLIKE_TEXT = new Set<number>([OID.bool, OID.numeric, OID.float4, OID.float8, OID.bytea]);

/** A typed value as a text column stores it: as the value cast to text prints. */
export function textOf(em: Emitter, n: Node, sql: string): string {
  return asText(em, n, sql, true);
}

/** `text` output of a typed value, as a cast to text (or the output function) prints it. */
function asText(em: Emitter, n: Node, sql: string, cast: boolean): string {
  const x = em.typeOf(n);
  if (!x || !(STORED_UNLIKE_TEXT.has(x.oid) || arrayElementOid(x.oid) !== 0)) return sql;
  const scale = x.oid === OID.numeric && x.typmod < 0 ? numericScale(em, n) : undefined;
  const typmod = scale !== undefined ? ((1000 << 16) | scale) + 4 : x.typmod;
  return `${cast ? 'pg_text' : 'pg_output'}(${sql}, ${x.oid}, ${typmod})`;
}

/**
 * An operator whose SQLite form depends on its operands' types; undefined when the emitter's
 * plain form is right. `l` and `r` are the operands' SQL.
 */
export function typedOperator(em: Emitter, op: string, e: Node, l: string, r: string): string | undefined {
  const ln = e.lexpr as Node | undefined;
  const rn = e.rexpr as Node;
  const rt = em.typeOf(rn);
  if (!ln) {
    if (op === '-' && is(rt, OID.interval)) return `pg_interval_mul(${r}, -1)`;
    if (op === '~') return `(~ ${r})`;
    if (op === '|/') return `sqrt(${r})`;
    if (op === '@') return `abs(${r})`;
    return undefined;
  }
  const [lt, rtt] = resolveUnknown(op, ln, rn, em.typeOf(ln), rt);
  const result = em.typeOf({ A_Expr: e });
  if (COMPARISON.has(op) && is(lt, OID.interval) && is(rtt, OID.interval)) return `pg_interval_cmp(${l}, ${r}) ${op === '!=' ? '<>' : op} 0`;
  switch (op) {
    case '+':
    case '-':
      return dateTimeArithmetic(op === '+' ? 1 : -1, lt, rtt, result, l, r);
    case '*':
      if (is(lt, OID.interval)) return `pg_interval_mul(${l}, ${r})`;
      if (is(rtt, OID.interval)) return `pg_interval_mul(${r}, ${l})`;
      return undefined;
    case '/':
      if (is(lt, OID.interval)) return `pg_interval_div(${l}, ${r})`;
      if (is(result, OID.numeric)) {
        if (em.outputRoot?.A_Expr === e && isFormattedOutput(em, em.outputRoot)) return `pg_numeric_div(${l}, ${r}, ${numericScale(em, ln) ?? -1}, ${numericScale(em, rn) ?? -1})`;
        return `pg_fdiv(${l}, ${r})`;
      }
      return isFloat(result) ? `pg_fdiv(${l}, ${r})` : undefined;
    case '%':
      return `pg_mod(${l}, ${r})`;
    case '||':
      if (is(result, OID.jsonb)) return `pg_jsonb_concat(${l}, ${r})`;
      return `${asText(em, ln, l, true)} || ${asText(em, rn, r, true)}`;
    case '#>':
      return `pg_json_path(${l}, ${r})`;
    case '<@':
      return `pg_json_contains(${r}, ${l})`;
    case '?':
      return `pg_jsonb_exists(${l}, ${r})`;
    case '#':
      return `((${l}) | (${r})) - ((${l}) & (${r}))`;
    default:
      return undefined;
  }
}

const COMPARISON = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

function dateTimeArithmetic(sign: number, lt: PgTypeInfo | null, rt: PgTypeInfo | null, result: PgTypeInfo | null, l: string, r: string): string | undefined {
  if (!lt || !rt) return undefined;
  const a = lt.oid;
  const b = rt.oid;
  if (a === OID.jsonb && sign < 0) return `pg_jsonb_delete(${l}, ${r})`;
  if (a === OID.date && isInt(rt)) return `pg_date_add(${l}, ${sign} * (${r}))`;
  if (isInt(lt) && b === OID.date && sign > 0) return `pg_date_add(${r}, ${l})`;
  if (a === OID.date && b === OID.date && sign < 0) return `pg_date_diff(${l}, ${r})`;
  if (a === OID.date && b === OID.interval) return `pg_date_add_interval(${l}, ${r}, ${sign})`;
  if (a === OID.interval && b === OID.date && sign > 0) return `pg_date_add_interval(${r}, ${l}, 1)`;
  if (a === OID.date && b === OID.time && sign > 0) return `pg_date_time(${l}, ${r})`;
  if (a === OID.time && b === OID.date && sign > 0) return `pg_date_time(${r}, ${l})`;
  if ((a === OID.timestamp || a === OID.timestamptz) && b === OID.interval) return `pg_timestamp_add(${l}, ${r}, ${sign}, ${a === OID.timestamptz ? 1 : 0})`;
  if (a === OID.interval && (b === OID.timestamp || b === OID.timestamptz) && sign > 0) return `pg_timestamp_add(${r}, ${l}, 1, ${b === OID.timestamptz ? 1 : 0})`;
  if (a === OID.time && b === OID.interval) return `pg_time_add(${l}, ${r}, ${sign})`;
  if (a === OID.interval && b === OID.time && sign > 0) return `pg_time_add(${r}, ${l}, 1)`;
  if (sign < 0 && a === b && (a === OID.timestamp || a === OID.timestamptz)) return `pg_timestamp_diff(${l}, ${r}, ${a === OID.timestamptz ? 1 : 0})`;
  if (a === OID.interval && b === OID.interval) return `pg_interval_add(${l}, ${r}, ${sign})`;
  if (result === null && (isDateTime(lt) || isDateTime(rt) || a === OID.interval || b === OID.interval)) {
    throw unsupported(`operator ${formatType(a, -1)} ${sign > 0 ? '+' : '-'} ${formatType(b, -1)}`);
  }
  return undefined;
}

/** A cast whose SQLite form depends on the value's type; undefined for the emitter's plain cast. */
export function typedCast(em: Emitter, arg: Node, sql: string, target: PgTypeInfo): string | undefined {
  switch (target.oid) {
    case OID.text:
    case OID.varchar:
    case OID.bpchar: {
      const text = asText(em, arg, sql, true);
      if (target.oid === OID.text) return text === sql ? undefined : text;
      return `pg_cast_chars(${text}, ${target.oid}, ${target.typmod})`;
    }
    case OID.numeric:
      return target.typmod >= 4 ? `pg_store(${sql}, ${OID.numeric}, ${target.typmod})` : undefined;
    default:
      return undefined;
  }
}

/** A value inside a JSON document SQLite builds: booleans as true/false, json as a document. */
function jsonValue(em: Emitter, n: Node): string {
  const x = em.typeOf(n);
  const sql = em.expr(n);
  if (is(x, OID.bool)) return `CASE (${sql}) WHEN 1 THEN json('true') WHEN 0 THEN json('false') END`;
  if (is(x, OID.json) || is(x, OID.jsonb)) return `json(${sql})`;
  return sql;
}

/** SQLite's compact JSON as jsonb prints it, or as json_build_object()/json_agg() print json. */
function jsonText(name: string, sql: string): string {
  return name.startsWith('jsonb') || name === 'to_jsonb' ? `pg_jsonb(${sql})` : name === 'to_json' ? sql : `pg_json_build_text(${sql})`;
}

/** Arguments printed with their type's output function (concat() and format()). */
const OUTPUT_ARGUMENTS = new Set(['concat', 'concat_ws', 'format']);

/**
 * A function call whose SQLite form depends on its arguments' types, or that evsql writes
 * itself; undefined to let the function table (functions.ts) write it.
 */
export function typedCall(em: Emitter, f: Node, name: string, args: Node[]): string | undefined {
  const argType = (i: number) => (args[i] ? em.typeOf(args[i]!) : null);
  const kindOf = (x: PgTypeInfo | null): string | undefined =>
    x ? ({ [OID.date]: 'date', [OID.timestamp]: 'timestamp', [OID.timestamptz]: 'timestamptz', [OID.time]: 'time', [OID.interval]: 'interval' } as Record<number, string>)[x.oid] : undefined;
  switch (name) {
    case 'extract':
    case 'date_part': {
      const kind = kindOf(argType(1)) ?? (isUnknownLiteral(args[1]) ? 'timestamptz' : undefined);
      if (!kind) return undefined;
      const call = `pg_extract_field(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, '${kind}')`;
      return name === 'date_part' ? `CAST(${call} AS REAL)` : call;
    }
    case 'date_trunc': {
      const x = argType(1);
      if (is(x, OID.date)) return `pg_date_trunc(${em.expr(args[0]!)}, (${em.expr(args[1]!)}) || ' 00:00:00+00')`;
      return undefined;
    }
    case 'age': {
      const withTz = is(argType(0), OID.timestamptz) ? 1 : 0;
      if (args.length === 2) return `pg_age(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, ${withTz})`;
      return undefined;
    }
    case 'avg':
      if (isFloat(argType(0)) && !f.agg_distinct && !f.agg_order) return `pg_float_avg(${em.expr(args[0]!)})`;
      return em.outputRoot?.FuncCall === f && isFormattedOutput(em, em.outputRoot) ? `pg_avg_numeric(${em.expr(args[0]!)})` : undefined;
    case 'sum':
      // PostgreSQL adds floats one by one; SQLite's sum compensates rounding, which shows in the last digits.
      return isFloat(argType(0)) && !f.agg_distinct && !f.agg_order ? `pg_float_sum(${em.expr(args[0]!)})` : undefined;
    case 'min':
    case 'max':
      // Interval text does not sort as intervals do.
      return is(argType(0), OID.interval) && !f.agg_distinct ? `pg_interval_${name}(${em.expr(args[0]!)})` : undefined;
    case 'pg_typeof': {
      // A regtype is an OID; the catalog prints it as the type's name.
      const x = argType(0);
      return x ? String(x.oid) : undefined;
    }
    case 'array_agg': {
      if (f.agg_distinct) throw unsupported('array_agg(DISTINCT …)');
      const order = f.agg_order ? ' ORDER BY ' + (f.agg_order as Node[]).map((s) => em.sortBy(s)).join(', ') : '';
      return `json_group_array(${jsonValue(em, args[0]!)}${order})`;
    }
    case 'string_agg': {
      if (!f.agg_distinct) return undefined;
      // SQLite's DISTINCT aggregates take one argument: the default separator is the only one.
      if (args[1]?.A_Const?.sval?.sval !== ',') throw unsupported('string_agg(DISTINCT …) with a separator other than a comma');
      const order = f.agg_order ? ' ORDER BY ' + (f.agg_order as Node[]).map((s) => em.sortBy(s)).join(', ') : '';
      return `group_concat(DISTINCT ${em.expr(args[0]!)}${order})`;
    }
    case 'to_char': {
      const x = argType(0);
      const kind = kindOf(x);
      if (kind === 'date' || kind === 'timestamp' || kind === 'timestamptz') return `pg_to_char_time(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, '${kind}')`;
      if (isNumber(x)) return `pg_to_char_number(${em.expr(args[0]!)}, ${em.expr(args[1]!)})`;
      return undefined;
    }
    case 'to_timestamp':
      return args.length === 2 ? `pg_to_timestamp_text(${em.expr(args[0]!)}, ${em.expr(args[1]!)})` : `pg_to_timestamp(${em.expr(args[0]!)})`;
    case 'timezone': {
      const x = argType(1);
      if (!is(x, OID.timestamptz) && !is(x, OID.timestamp)) throw unsupported('AT TIME ZONE on a value that is not a timestamp');
      return `pg_at_time_zone(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, ${is(x, OID.timestamptz) ? 1 : 0})`;
    }
    case 'jsonb_build_object':
    case 'json_build_object':
      return jsonText(name, `json_object(${args.map((a, i) => (i % 2 === 0 ? `pg_text(${em.expr(a)}, ${em.typeOf(a)?.oid ?? OID.text}, -1)` : jsonValue(em, a))).join(', ')})`);
    case 'jsonb_build_array':
    case 'json_build_array':
      return jsonText(name, `json_array(${args.map((a) => jsonValue(em, a)).join(', ')})`);
    case 'to_jsonb':
    case 'to_json':
      return jsonText(name, `json_array(${jsonValue(em, args[0]!)}) -> 0`);
    case 'jsonb_agg':
    case 'json_agg': {
      const order = f.agg_order ? ' ORDER BY ' + (f.agg_order as Node[]).map((s) => em.sortBy(s)).join(', ') : '';
      return jsonText(name, `json_group_array(${jsonValue(em, args[0]!)}${order})`);
    }
    case 'jsonb_object_agg':
    case 'json_object_agg': {
      const order = f.agg_order ? ' ORDER BY ' + (f.agg_order as Node[]).map((s) => em.sortBy(s)).join(', ') : '';
      return jsonText(name, `json_group_object(${em.expr(args[0]!)}, ${jsonValue(em, args[1]!)}${order})`);
    }
    default:
      if (OUTPUT_ARGUMENTS.has(name)) {
        const fn = name === 'concat' ? 'pg_concat' : name === 'concat_ws' ? 'pg_concat_ws' : 'pg_format';
        return `${fn}(${args.map((a) => asText(em, a, em.expr(a), false)).join(', ')})`;
      }
      return undefined;
  }
}
