/**
 * The SQL whose form depends on PostgreSQL types (types.ts): operators picked by their operands'
 * types (`date + integer`, `interval * 2`, `numeric / integer`), casts, function calls written
 * from their arguments' types (to_char, extract, the json builders), values as text prints them,
 * and result columns formatted with each value's numeric scale.
 */
import { hstoreAsJson, hstoreCall, hstoreCast } from './hstore.js';
import { isUnaccentDictionary, noDictionary } from '../../pg/unaccent.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { NUMERIC_MAX_DSCALE, typmodDisplayScale } from '../../pg/types/numeric.js';
import { noCast } from '../../pg/types/casts.js';
import { OID, arrayElementOid, formatType, typeLength, typeName, type PgTypeInfo } from '../../pg/types/registry.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { quoteString } from '../sqlite-quote.js';
import { checkEnumLabel } from '../catalog/enums.js';
import type { EmitContext } from './emit-context.js';
import { type Node, names, parseQuery, parseTypeName } from './parse.js';
import { unsupported } from './unsupported.js';
import { noFunction, noFunctionCall, noOperator } from './no-function.js';
import { REGRESSION_AGGREGATES, hasAggregate } from './functions.js';
import { operatorFunctionCall } from './operator-function-calls.js';
import { isMultirange, isRange } from './range-types.js';
import { argumentTypes } from './argument-types.js';
import { multirangeCast, multirangeOperator, rangeCall, rangeCast, rangeOperator } from './ranges.js';
import { textSearchCall, textSearchCast, textSearchOperator } from './text-search.js';
import { isTextSearch } from './text-search-types.js';
import { isRegType, regOutput } from './catalog-queries.js';
import { ignoring } from './catalog-functions.js';
import { isXid, xidAge } from './xid-age.js';
import { domainOid } from '../catalog/domains.js';
import { ARRAY_CONCAT_FUNCTIONS, DEGREE_TRIGONOMETRY, ELEMENT_EDITS, writtenAsElementTexts, TRIGONOMETRY, arrayTextsSql, computedNumeric, floatOfUnknown, is, isDateTime, isFloat, isInt, isNullLiteral, isNullValue, isNumber, isUnknownLiteral, markScaledArray, mixedScaleBranches, numericScale, resolveUnknown, storedDisplay, TEXT_WRITERS, untypedBesideBytea } from './types.js';
import { bitStringCall, bitStringCast, bitStringOperator } from './bit-strings.js';
import { sortsDescending } from './sort-direction.js';
import { moneyCall, moneyCast, moneyOperator } from './money.js';
import { lsnCast, lsnOperator } from './lsn.js';
import { xidCast } from './xid-casts.js';

/** Types whose stored form differs from their text (timestamptz prints in the session's TimeZone, dates and times in its DateStyle, interval in its IntervalStyle): the rest are stored as PostgreSQL prints them. */
const STORED_UNLIKE_TEXT = new Set<number>([OID.money, OID.pg_lsn, OID.bool, OID.numeric, OID.float4, OID.float8, OID.bytea, OID.timestamptz, OID.tstzrange, OID.interval, OID.date, OID.timestamp, OID.tsrange, OID.daterange]);

/**
 * Array elements whose stored form is not their text: array_to_string prints them as their output
 * function does (a timestamptz in the session's zone, a date in its DateStyle, a float's shortest digits).
 */
const PRINTED_ELEMENTS = new Set<number>([OID.float4, OID.float8, OID.date, OID.timestamp, OID.timestamptz, OID.interval]);

/** A typed value as a text column stores it: as the value cast to text prints. */
export function textOf(em: EmitContext, n: Node, sql: string): string {
  return asText(em, n, sql, true);
}

/** A typed value as its output function prints it (booleans `t`/`f`), as a row's field is printed. */
export function outputText(em: EmitContext, n: Node, sql: string): string {
  return asText(em, n, sql, false);
}

/**
 * extract and date_part of a value that is no date, time or interval: 42883 for a type that has
 * none (`extract(day FROM 5)` answered 1), 42725 for an untyped literal or NULL, which could be
 * any of them (`extract(day FROM '2024-01-05')`). An untyped parameter is left to the call.
 */
function notDateTimePart(em: EmitContext, f: Node['FuncCall'], name: string, args: Node[]): void {
  const shown = name === 'extract' ? 'pg_catalog.extract' : name;
  const position = f.location + 1;
  const field = isUnknownLiteral(args[0]) ? null : em.typeOf(args[0]!);
  if (isUnknownLiteral(args[1]) || isNullLiteral(args[1])) {
    throw new PgError(SqlState.ambiguousFunction, `function ${shown}(${formatType(field?.oid ?? OID.unknown, -1)}, unknown) is not unique`, { position, hint: 'Could not choose a best candidate function. You might need to add explicit type casts.' });
  }
  const value = em.typeOf(args[1]!);
  if (value) throw new PgError(SqlState.undefinedFunction, noFunction(shown, [field, value]).message, { position, hint: 'No function matches the given name and argument types. You might need to add explicit type casts.' });
}

/** `text` output of a typed value, as a cast to text (or the output function) prints it. */
function asText(em: EmitContext, n: Node, sql: string, cast: boolean): string {
  const x = em.typeOf(n);
  // A reg* value prints as the name its OID stands for (`'…' || seq::regclass`).
  if (x && cast && isRegType(x.oid)) return regOutput(em, n, sql);
  // char(n) is kept without its padding, which its output (not its cast to text) prints.
  if (!cast && x?.oid === OID.bpchar && x.typmod > 4) return `pg_output(${sql}, ${x.oid}, ${x.typmod})`;
  // text(inet) prints the width that inet_out leaves out (`10.1.2.3/32`).
  if (x && isInet(x)) return cast ? `pg_inet_text(${sql})` : sql;
  if (!x || !(STORED_UNLIKE_TEXT.has(x.oid) || arrayElementOid(x.oid) !== 0)) return sql;
  const scale = x.oid === OID.numeric && x.typmod < 0 ? numericScale(em, n) : undefined;
  const typmod = scale !== undefined ? ((1000 << 16) | scale) + 4 : x.typmod;
  return `${cast ? 'pg_text' : 'pg_output'}(${sql}, ${x.oid}, ${typmod})`;
}

const TIMETZ_COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

const GEOMETRIC_PREFIX = new Set(['!!', '#', '?-', '?|', '@-@', '@@']);

/**
 * An operator whose SQLite form depends on its operands' types; undefined when the emitter's
 * plain form is right. `l` and `r` are the operands' SQL.
 */
export function typedOperator(em: EmitContext, op: string, e: Node, l: string, r: string): string | undefined {
  const ln = e.lexpr as Node | undefined;
  const rn = e.rexpr as Node;
  const rt = em.typeOf(rn);
  const textSearch = textSearchOperator(em, op, ln, rn, ln ? l : undefined, r, ln ? em.typeOf(ln) : null, rt);
  if (textSearch !== undefined) return textSearch;
  const bits = bitStringOperator(em, op, ln, rn, ln ? l : undefined, r);
  if (bits !== undefined) return bits;
  const money = moneyOperator(em, op, ln, rn, ln ? l : undefined, r);
  if (money !== undefined) return money;
  const lsn = lsnOperator(em, op, ln, rn, ln ? l : undefined, r);
  if (lsn !== undefined) return lsn;
  // timetz compares by timetz_cmp's order, which its stored text does not sort by.
  if (ln && TIMETZ_COMPARISONS.has(op) && (is(em.typeOf(ln), OID.timetz) || is(rt, OID.timetz))) return `(pg_timetz_key(${l}) ${op === '!=' ? '<>' : op} pg_timetz_key(${r}))`;
  if (!ln) {
    if ((op === '-' || op === '+') && (isUnknownLiteral(rn) || isNullLiteral(rn))) {
      throw new PgError(SqlState.ambiguousFunction, `operator is not unique: ${op} unknown`, {
        hint: 'Could not choose a best candidate operator. You might need to add an explicit type cast.',
      });
    }
    // `-1::int2::text` is the minus of a text (:: binds tighter), which PostgreSQL has no operator for.
    if ((op === '-' || op === '+') && rt && rt.oid !== OID.unknown && !isNumber(rt) && !is(rt, OID.interval)) {
      throw new PgError(SqlState.undefinedFunction, `operator does not exist: ${op} ${formatType(rt.oid, -1)}`, {
        hint: 'No operator matches the given name and argument type. You might need to add an explicit type cast.',
      });
    }
    // PostgreSQL 15's other prefix operators are of tsquery (!!) and the geometric types, which evsql has none of.
    if (GEOMETRIC_PREFIX.has(op) && rt && rt.oid !== OID.unknown) {
      throw new PgError(SqlState.undefinedFunction, `operator does not exist: ${op} ${formatType(rt.oid, -1)}`, {
        hint: 'No operator matches the given name and argument type. You might need to add an explicit type cast.',
      });
    }
    if (op === '-' && is(rt, OID.interval)) return `pg_interval_mul(${r}, -1)`;
    if (op === '-' && is(rt, OID.numeric)) return em.numericSpine.has(e) ? `pg_num_text('-', 0, ${r}, 0, -1)` : `pg_num_neg(${r})`;
    if (op === '-' && isInt(rt)) return `pg_int_check(- (${r}), ${rt!.oid})`;
    // SQLite's minus of 0.0 is 0.0; float8um gives -0.
    if (op === '-' && isFloat(rt)) return `pg_float_arith('*', ${r}, -1)`;
    if (op === '~' && isInet(rt)) return `pg_inet_bits('~', ${r}, NULL)`;
    if (op === '~' && rt && rt.oid !== OID.unknown && !isInt(rt)) {
      throw new PgError(SqlState.undefinedFunction, `operator does not exist: ~ ${formatType(rt.oid, -1)}`, {
        hint: 'No operator matches the given name and argument type. You might need to add an explicit type cast.',
      });
    }
    if (op === '~') return `(~ ${r})`;
    if (op === '|/') return `pg_float_math('sqrt', ${r})`;
    if (op === '||/') return `pg_float_math('cbrt', ${r})`;
    if (op === '@' && isInt(rt)) return `pg_int_check(abs(${r}), ${rt!.oid})`;
    // numeric's abs keeps the scale (@ -5.0 is 5.0).
    if (op === '@' && is(rt, OID.numeric)) return em.numericSpine.has(e) ? `pg_num_text('abs', 0, ${r}, 0, -1)` : `pg_num_abs(${r})`;
    if (op === '@') return `pg_float_math('abs', ${r})`;
    return undefined;
  }
  // A NULL written bare is as untyped as a quoted literal.
  const untyped = (n: Node) => isUnknownLiteral(n) || isNullLiteral(n);
  if (/^[-+*/%^]$/.test(op) && untyped(ln) && untyped(rn)) {
    throw new PgError(SqlState.ambiguousFunction, `operator is not unique: unknown ${op} unknown`, {
      hint: 'Could not choose a best candidate operator. You might need to add explicit type casts.',
    });
  }
  // date + unknown: date + integer, date + interval and date + time all take it.
  if (op === '+' && (untyped(ln) || untyped(rn)) && [em.typeOf(ln), rt].some((t) => is(t, OID.date))) {
    const side = (n: Node) => (untyped(n) ? 'unknown' : 'date');
    throw new PgError(SqlState.ambiguousFunction, `operator is not unique: ${side(ln)} + ${side(rn)}`, { hint: 'Could not choose a best candidate operator. You might need to add explicit type casts.' });
  }
  // "char" beside a string, an untyped literal or NULL: textcat, anytextcat and textanycat all take it ("char" converts to text).
  if (op === '||' && [[ln, rn], [rn, ln]].some(([c, other]) => is(em.typeOf(c!), OID.char) && (untyped(other!) || is(em.typeOf(other!), OID.char) || typeCategory(em.typeOf(other!)?.oid ?? 0) === 'string'))) {
    const side = (n: Node) => (untyped(n) ? 'unknown' : is(em.typeOf(n), OID.bpchar) ? 'character' : formatType(em.typeOf(n)!.oid, -1));
    throw new PgError(SqlState.ambiguousFunction, `operator is not unique: ${side(ln)} || ${side(rn)}`, { hint: 'Could not choose a best candidate operator. You might need to add explicit type casts.' });
  }
  const [lt, rtt] = resolveUnknown(op, ln, rn, em.typeOf(ln), rt);
  if (isMultirange(lt) || isMultirange(rtt)) {
    const multirange = multirangeOperator(op, ln, rn, l, r, lt, rtt);
    if (multirange !== undefined) return multirange;
  } else if (isRange(lt) || isRange(rtt)) {
    const range = rangeOperator(op, ln, rn, l, r, lt, rtt);
    if (range !== undefined) return range;
  }
  const result = em.typeOf({ A_Expr: e });
  // time + time: both time + interval and interval + time would take it (time converts to interval).
  if (op === '+' && is(lt, OID.time) && is(rtt, OID.time)) {
    throw new PgError(SqlState.ambiguousFunction, 'operator is not unique: time without time zone + time without time zone', { hint: 'Could not choose a best candidate operator. You might need to add explicit type casts.' });
  }
  if (ARITHMETIC_OPS.has(op) && !(op === '-' && is(lt, OID.jsonb)) && (noArithmetic(lt, ln) || noArithmetic(rtt, rn))) throw noOperator(op, typeAsWritten(em, ln), typeAsWritten(em, rn));
  // anynonarray || text: with no text (nor unknown, nor "char", which converts to text) on either side there is no `||`.
  if (op === '||' && lt && rtt && !isUnknownLiteral(ln) && !isUnknownLiteral(rn) && !concatenable(lt) && !concatenable(rtt)) throw noOperator(op, lt, rtt);
  // anycompatiblearray's || needs a common type of the elements: none of a number and a string, say.
  if (op === '||' && (isArray(lt) || isArray(rtt)) && !isNullLiteral(ln) && !isNullLiteral(rn) && !isUnknownLiteral(ln) && !isUnknownLiteral(rn)) {
    const [lc, rc] = [lt, rtt].map((x) => x && typeCategory(arrayElementOid(x.oid) || x.oid));
    if (lc && rc && lc !== rc) throw noOperator(op, lt, rtt);
  }
  if (CONTAINMENT.has(op) && isArray(lt) !== isArray(rtt) && lt && rtt && !isUnknownLiteral(ln) && !isUnknownLiteral(rn) && !isNullLiteral(ln) && !isNullLiteral(rn)) throw noOperator(op, lt, rtt);
  // Arrays compare and contain only arrays of their own element type: no number array becomes another.
  // Nor does any array become one of another category (`text[] && integer[]`).
  const sameCategory = () => typeCategory(arrayElementOid(lt!.oid)) === typeCategory(arrayElementOid(rtt!.oid));
  if ((COMPARISON.has(op) || CONTAINMENT.has(op)) && isArray(lt) && isArray(rtt) && lt!.oid !== rtt!.oid && (!sameCategory() || [lt!, rtt!].every((t) => isNumber({ oid: arrayElementOid(t.oid) ?? 0, typmod: -1 })))) throw noOperator(op, lt, rtt);
  // Nor does an array of one string type become another's (`varchar[] = text[]`), where both types are sure: written casts, ARRAY of untyped literals.
  if ((COMPARISON.has(op) || CONTAINMENT.has(op)) && isArray(lt) && isArray(rtt) && lt!.oid !== rtt!.oid && writtenArray(ln) && writtenArray(rn)) throw noOperator(op, lt, rtt);
  // json -> int: an element; -> text: a key; no other right operand (not bigint, not numeric).
  if ((op === '->' || op === '->>') && (is(lt, OID.json) || is(lt, OID.jsonb)) && rtt && !isUnknownLiteral(rn) && !isNullLiteral(rn) && !JSON_SUBSCRIPTS.has(rtt.oid)) throw noOperator(op, lt, rtt);
  // json, unlike jsonb, has no comparison operators at all (an untyped literal beside it stays unknown in the message).
  if (COMPARISON.has(op) && (is(lt, OID.json) || is(rtt, OID.json))) throw noOperator(op, typeAsWritten(em, ln), typeAsWritten(em, rn));
  if (COMPARISON.has(op) && [lt, rtt].some((x) => x && XID_TYPES.has(x.oid)) && !XID_COMPARISONS[op === '!=' ? '<>' : op]!.has(`${lt?.oid}:${rtt?.oid}`)) throw noOperator(op, lt, rtt);
  if (COMPARISON.has(op) && incomparable(em, lt, rtt, ln, rn)) throw noOperator(op, lt, rtt, false, (oid) => em.schema.enumByOid(oid)?.name);
  if (op !== '||' && (isInet(lt) || isInet(rtt))) return inetOperator(op, l, r, lt, rtt);
  if ((op === '<<' || op === '>>') && isInt(lt) && isInt(rtt)) return `pg_int_shift('${op}', ${l}, ${r}, ${lt!.oid})`;
  if (is(lt, OID.citext) || is(rtt, OID.citext)) {
    // citext against citext (or an untyped literal) ignores case; against text it is text's comparison,
    // whichever side the column is on (SQLite would take the left column's collation).
    if (COMPARISON.has(op)) return `(${l}) ${op === '!=' ? '<>' : op} (${r}) COLLATE ${is(lt, OID.citext) && is(rtt, OID.citext) ? 'NOCASE' : 'BINARY'}`;
    if (op === '~' || op === '!~') return `pg_regex(${l}, ${r}, 1) = ${op === '~' ? 1 : 0}`;
  }
  if (COMPARISON.has(op) && is(lt, OID.interval) && is(rtt, OID.interval)) return `pg_interval_cmp(${l}, ${r}) ${op === '!=' ? '<>' : op} 0`;
  if (COMPARISON.has(op) && is(lt, OID.jsonb) && is(rtt, OID.jsonb)) return `pg_jsonb_cmp(${l}, ${r}) ${op === '!=' ? '<>' : op} 0`;
  if (COMPARISON.has(op) && (isArray(lt) || isArray(rtt))) {
    // Equal arrays have one storage text; order is array_cmp's, element by element.
    const oid = (isArray(lt) ? lt : rtt)!.oid;
    const [a, b] = [comparedElements(oid, arrayOperand(em, ln, l, oid)), comparedElements(oid, arrayOperand(em, rn, r, oid))];
    const sqlOp = op === '!=' ? '<>' : op;
    return sqlOp === '=' || sqlOp === '<>' ? `(${a}) ${sqlOp} (${b})` : `pg_array_cmp(${a}, ${b}${em.rowElements(oid) ? ', 1' : ''}) ${sqlOp} 0`;
  }
  // char(n) beside varchar compares as char(n) (varchar casts to bpchar implicitly): trailing blanks do not count.
  if (COMPARISON.has(op) && is(lt, OID.bpchar) && is(rtt, OID.varchar) && !isUnknownLiteral(rn)) return `(${l}) ${op === '!=' ? '<>' : op} rtrim(${r}, ' ')`;
  if (COMPARISON.has(op) && is(lt, OID.varchar) && is(rtt, OID.bpchar) && !isUnknownLiteral(ln)) return `rtrim(${l}, ' ') ${op === '!=' ? '<>' : op} (${r})`;
  if (COMPARISON.has(op)) {
    const numeric = numericComparison(em, op === '!=' ? '<>' : op, ln, rn, lt, rtt, l, r);
    if (numeric !== undefined) return numeric;
  }
  // Beside a timestamptz, a date or timestamp operand came converted already (Emitter.operand).
  if (COMPARISON.has(op) && is(lt, OID.timestamp) && is(rtt, OID.date)) return `(${l}) ${op === '!=' ? '<>' : op} (${midnight(r, lt!)})`;
  if (COMPARISON.has(op) && is(lt, OID.date) && is(rtt, OID.timestamp)) return `(${midnight(l, rtt!)}) ${op === '!=' ? '<>' : op} (${r})`;
  const numeric = is(result, OID.numeric);
  if (op === '%' && (isFloat(lt) || isFloat(rtt))) throw noOperator(op, lt, rtt);
  // No date/time type multiplies, divides or takes a remainder (intervals multiply, elsewhere).
  if ((op === '*' || op === '/' || op === '%') && ((lt && isDateTime(lt)) || (rtt && isDateTime(rtt)))) throw noOperator(op, lt, rtt);
  if (isFloat(result) && ARITHMETIC.has(op)) {
    // A numeric of many digits becomes the nearest double, as float8(numeric) makes it.
    const real = (n: Node, sql: string) => (computedNumeric(em, n) ? `pg_num_key(${sql})` : sql);
    return `pg_float_arith('${op}', ${real(ln, l)}, ${real(rn, r)}${is(result, OID.float4) ? ', 1' : ''})`;
  }
  if (op === '^') return mathCall(em, { A_Expr: e }, e, 'power', [ln, rn], [l, r]);
  if (numeric && em.numericSpine.has(e) && op !== '/') return `pg_num_text('${op}', ${l}, ${r}, ${numericScale(em, ln) ?? -1}, ${numericScale(em, rn) ?? -1})`;
  // SQLite computes integers in 64 bits and turns an overflow into a REAL: PostgreSQL raises 22003.
  if ((op === '+' || op === '-' || op === '*') && isInt(result) && isInt(lt) && isInt(rtt)) return `pg_int_check((${l}) ${op} (${r}), ${result!.oid})`;
  switch (op) {
    case '+':
    case '-':
      if (numeric) return `pg_num_${op === '+' ? 'add' : 'sub'}(${l}, ${r})`;
      return dateTimeArithmetic(op === '+' ? 1 : -1, lt, rtt, result, l, r);
    case '*':
      if (is(lt, OID.interval)) return `pg_interval_mul(${l}, ${r})`;
      if (is(rtt, OID.interval)) return `pg_interval_mul(${r}, ${l})`;
      return numeric ? `pg_num_mul(${l}, ${r})` : undefined;
    case '/':
      if (is(lt, OID.interval)) return `pg_interval_div(${l}, ${r})`;
      if (numeric) {
        const fn = em.numericSpine.has(e) ? 'pg_numeric_div' : 'pg_num_div';
        return `${fn}(${l}, ${r}, ${numericScale(em, ln) ?? -1}, ${numericScale(em, rn) ?? -1})`;
      }
      // The one integer quotient out of range: the smallest value divided by -1.
      if (isInt(result) && isInt(lt) && isInt(rtt)) return `pg_int_check(pg_div(${l}, ${r}), ${result!.oid})`;
      if (is(result, OID.float4)) return `pg_float_arith('/', ${l}, ${r}, 1)`;
      return isFloat(result) ? `pg_fdiv(${l}, ${r})` : undefined;
    case '%':
      return numeric ? `pg_num_mod(${l}, ${r})` : `pg_mod(${l}, ${r})`;
    case '||':
      if (is(result, OID.jsonb)) return `pg_jsonb_concat(${l}, ${r})`;
      if (em.numericSpine.has(e)) return elementTextsConcat(em, [ln, rn], [l, r]);
      if (result && arrayElementOid(result.oid)) return `pg_array_cat(${arrayOperand(em, ln, l, result.oid)}, ${arrayOperand(em, rn, r, result.oid)})`;
      if (is(result, OID.bytea)) {
        const bytea = (n: Node, sql: string, other: Node) => (untypedBesideBytea(n, em.typeOf(other)) ? `pg_cast(${sql}, ${OID.bytea}, -1)` : sql);
        return `pg_bytea_cat(${bytea(ln, l, rn)}, ${bytea(rn, r, ln)})`;
      }
      return `${asText(em, ln, l, true)} || ${asText(em, rn, r, true)}`;
    case '#>':
      return is(lt, OID.jsonb) ? `pg_jsonb_path(${l}, ${r})` : `pg_json_path(${l}, ${r})`;
    case '->':
      return is(lt, OID.jsonb) ? `pg_jsonb_get(${l}, ${r})` : undefined;
    case '->>':
      return is(lt, OID.jsonb) ? `pg_jsonb_get_text(${l}, ${r})` : undefined;
    case '#>>':
      return is(lt, OID.jsonb) ? `pg_jsonb_path_text(${l}, ${r})` : undefined;
    case '^@':
      return `pg_starts_with(${l}, ${r})`;
    case '@>':
    case '<@':
    case '&&': {
      const oid = (isArray(lt) ? lt : isArray(rtt) ? rtt : undefined)?.oid;
      if (op !== '&&' && oid === undefined) return op === '<@' ? `pg_json_contains(${r}, ${l})` : undefined;
      const [a, b] = [ln, rn].map((n, i) => comparedElements(oid ?? OID.text_array, arrayOperand(em, n, [l, r][i]!, oid ?? OID.text_array)));
      return op === '&&' ? `pg_array_overlap(${a}, ${b})` : op === '@>' ? `pg_array_contains(${a}, ${b})` : `pg_array_contains(${b}, ${a})`;
    }
    case '?':
      return `pg_jsonb_exists(${l}, ${r})`;
    case '?|':
    case '?&':
      return `pg_jsonb_exists_${op === '?|' ? 'any' : 'all'}(${l}, ${arrayOperand(em, rn, r, OID.text_array)})`;
    case '#-':
      return `pg_jsonb_delete_path(${l}, ${arrayOperand(em, rn, r, OID.text_array)})`;
    // The operators are the functions with silent true: errors in the data answer NULL.
    case '@?':
      return `pg_jsonb_path_exists(${l}, ${r}, '{}', 1)`;
    case '@@':
      return `pg_jsonb_path_match(${l}, ${r}, '{}', 1)`;
    case '#':
      return `((${l}) | (${r})) - ((${l}) & (${r}))`;
    default:
      return undefined;
  }
}

const COMPARISON = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

export function isInet(t: PgTypeInfo | null | undefined): boolean {
  return !!t && (t.oid === OID.inet || t.oid === OID.cidr);
}

/**
 * An operator over inet or cidr (network.c): comparisons in network_cmp's order (one stored text
 * per value, so equality of one type stays SQLite's, and an index serves it), containment, moving
 * an address by an integer, and the bitwise & and |; 42883 for the rest.
 */
function inetOperator(op: string, l: string, r: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): string {
  if (COMPARISON.has(op)) {
    const sqlOp = op === '!=' ? '<>' : op;
    return (op === '=' || sqlOp === '<>') && lt?.oid === rt?.oid ? `(${l}) ${sqlOp} (${r})` : `pg_inet_key(${l}) ${sqlOp} pg_inet_key(${r})`;
  }
  if (isInet(lt) && isInet(rt) && ['<<', '<<=', '>>', '>>=', '&&'].includes(op)) return `pg_inet_op('${op}', ${l}, ${r})`;
  if (op === '-' && isInet(lt) && isInet(rt)) return `pg_inet_sub(${l}, ${r})`;
  if ((op === '&' || op === '|') && isInet(lt) && isInet(rt)) return `pg_inet_bits('${op}', ${l}, ${r})`;
  if ((op === '+' || op === '-') && isInet(lt) && isInt(rt)) return `pg_inet_add(${l}, ${op === '-' ? `-(${r})` : r})`;
  if (op === '+' && isInt(lt) && isInet(rt)) return `pg_inet_add(${r}, ${l})`;
  throw noOperator(op, lt, rt);
}
const ARITHMETIC_OPS = new Set(['+', '-', '*', '/', '%']);

/** Array containment and overlap: both operands arrays (an element is no array, 42883). */
const CONTAINMENT = new Set(['@>', '<@', '&&']);

/** The right operand types of json's `->`/`->>`: a key or an index (int2 widens to int4 implicitly). */
const JSON_SUBSCRIPTS = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name, OID.unknown, OID.int2, OID.int4]);

/** Types with no arithmetic operator at all, but for `jsonb - key`. */
const NO_ARITHMETIC = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name, OID.bool, OID.uuid, OID.json, OID.bytea, OID.jsonb, OID.xid, OID.cid, OID.xid8]);

const XID_TYPES = new Set<number>([OID.xid, OID.cid, OID.xid8]);
/**
 * xid.c's comparisons: an xid or a cid, whose values wrap round, only equal or not (an xid to an
 * int4 too, xideqint4); an xid8 ordered, with another xid8.
 */
const XID_EQUALITY = new Set([`${OID.xid}:${OID.xid}`, `${OID.xid}:${OID.int4}`, `${OID.cid}:${OID.cid}`, `${OID.xid8}:${OID.xid8}`]);
const XID_ORDER = new Set([`${OID.xid8}:${OID.xid8}`]);
const XID_COMPARISONS: Record<string, Set<string>> = { '=': XID_EQUALITY, '<>': XID_EQUALITY, '<': XID_ORDER, '>': XID_ORDER, '<=': XID_ORDER, '>=': XID_ORDER };

/** Whether operand `n` of type `t` rules out every arithmetic operator (`jsonb - key` is handled before). */
function noArithmetic(t: PgTypeInfo | null, n: Node): boolean {
  if (!t || isUnknownLiteral(n) || isNullLiteral(n)) return false;
  return NO_ARITHMETIC.has(t.oid) || isArray(t);
}

/** Functions of numbers alone (trunc's macaddr forms aside), whichever argument. */
const NUMBER_FUNCTIONS = new Set([...TRIGONOMETRY, ...DEGREE_TRIGONOMETRY, 'abs', 'ceil', 'ceiling', 'floor', 'round', 'trunc', 'sqrt', 'cbrt', 'exp', 'ln', 'log', 'log10', 'power', 'pow', 'sign', 'degrees', 'radians', 'mod', 'div', 'gcd', 'lcm', 'factorial', 'scale', 'min_scale', 'trim_scale']);
const NUMBER_OIDS = new Set<number>([OID.int2, OID.int4, OID.int8, OID.float4, OID.float8, OID.numeric]);

/**
 * 42883 for a call that gives a number parameter a value no implicit cast makes a number of
 * (`abs('x'::text)`, `repeat('a', n::text)`, `round(x, true)`): SQLite would read it as one.
 * The parameters are NUMBER_FUNCTIONS' all, and argument-types.ts's number positions.
 */
function checkNumberArguments(em: EmitContext, f: Node, name: string, args: Node[]): void {
  const declared = argumentTypes(name, args.length);
  const number = (i: number) => NUMBER_FUNCTIONS.has(name) || NUMBER_OIDS.has(declared?.[i] ?? OID.unknown);
  const notNumber = (a: Node) => {
    const t = em.typeOf(a);
    return noArithmetic(t, a) || (!!t && (isDateTime(t) || t.oid === OID.interval));
  };
  // The message names the arguments as written (`repeat(unknown, text)`), not as cast to their parameters.
  if (args.some((a, i) => number(i) && notNumber(a))) throw noFunctionCall(em, names(f.funcname).join('.'), f.args ?? []);
}

/** An array whose type the statement writes: a cast to an array type, or ARRAY[…] of untyped literals alone (a text[]). */
function writtenArray(n: Node): boolean {
  if (n.TypeCast) return !!n.TypeCast.typeName.arrayBounds;
  const items = n.A_ArrayExpr?.elements as Node[] | undefined;
  return !!items?.length && items.every(isUnknownLiteral);
}

/** An operand's type as PostgreSQL names it in the error: an untyped literal is `unknown`. */
function typeAsWritten(em: EmitContext, n: Node): PgTypeInfo | null {
  return isUnknownLiteral(n) ? { oid: OID.unknown, typmod: -1 } : em.typeOf(n);
}

/** Operands `||` takes: text (any operand beside it is cast to text), arrays, jsonb, bytea. */
/** The type categories of the elements `||` may find no common type of; undefined for the rest. */
function typeCategory(oid: number): string | undefined {
  if (isNumber({ oid, typmod: -1 })) return 'number';
  if (oid === OID.text || oid === OID.varchar || oid === OID.bpchar || oid === OID.name) return 'string';
  if (oid === OID.date || oid === OID.timestamp || oid === OID.timestamptz) return 'datetime';
  return oid === OID.bool ? 'bool' : undefined;
}

function concatenable(t: PgTypeInfo): boolean {
  return t.oid === OID.text || t.oid === OID.varchar || t.oid === OID.bpchar || t.oid === OID.name || t.oid === OID.char || t.oid === OID.unknown || t.oid === OID.jsonb || t.oid === OID.bytea || isArray(t);
}

/** Whether `a = b` has no operator (text against a number, a date against a uuid): IN and CASE compare item by item then, to raise it. */
export function incomparableOperands(em: EmitContext, a: Node, b: Node): boolean {
  return incomparable(em, em.typeOf(a), em.typeOf(b), a, b);
}

/**
 * Types among which PostgreSQL compares, through its operators and implicit casts; none compares
 * with a type of another family, where SQLite would compare the stored forms (true is 1, a date
 * is its text, a number is less than any text). Each enum is a family of its own.
 */
const COMPARISON_FAMILIES: ReadonlyArray<readonly number[]> = [
  [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8],
  [OID.text, OID.varchar, OID.bpchar, OID.name],
  [OID.bool],
  [OID.date, OID.timestamp, OID.timestamptz],
  [OID.uuid],
  [OID.jsonb],
  [OID.bytea],
];

/** Whether a comparison of these operands has no operator (42883). */
export function incomparable(em: EmitContext, lt: PgTypeInfo | null, rt: PgTypeInfo | null, ln: Node, rn: Node): boolean {
  const family = (t: PgTypeInfo | null) => (!t ? undefined : em.schema.enumByOid(t.oid) ? `enum ${t.oid}` : String(COMPARISON_FAMILIES.findIndex((f) => f.includes(t.oid))));
  const [a, b] = [family(lt), family(rt)];
  return a !== undefined && b !== undefined && a !== '-1' && b !== '-1' && a !== b && typeWritten(em, ln) && typeWritten(em, rn);
}

/**
 * Only an operand whose type is written (a column, a cast, a number, true or false, a subquery
 * of one, a key or path of such a json or jsonb value: `attrs -> 'weight' > 100`) is told apart:
 * an inferred type may be a guess.
 */
function typeWritten(em: EmitContext, x: Node): boolean {
  if (x.ColumnRef || x.TypeCast || x.A_Const?.boolval || x.A_Const?.ival || x.A_Const?.fval) return true;
  const op = x.A_Expr?.kind === 'AEXPR_OP' && x.A_Expr.lexpr ? names(x.A_Expr.name).join('.') : undefined;
  if (op !== undefined && JSON_KEY_OPERATORS.has(op)) {
    const json = em.typeOf(x.A_Expr.lexpr);
    return (is(json, OID.json) || is(json, OID.jsonb)) && typeWritten(em, x.A_Expr.lexpr);
  }
  const query = x.SubLink?.subLinkType === 'EXPR_SUBLINK' ? x.SubLink.subselect.SelectStmt : undefined;
  return !!query && (!query.op || query.op === 'SETOP_NONE') && query.targetList?.length === 1 && typeWritten(em, query.targetList[0].ResTarget.val);
}
const JSON_KEY_OPERATORS = new Set(['->', '->>', '#>', '#>>']);
const ARITHMETIC = new Set(['+', '-', '*']);



/** A date beside a timestamp is that day's midnight, in the timestamp's stored form (for timestamptz, in the session's zone). */
export function midnight(date: string, timestamp: PgTypeInfo): string {
  const local = `pg_date_time(${date}, '00:00:00')`;
  return timestamp.oid === OID.timestamptz ? `pg_local_tstz(${local})` : local;
}

/** A timestamp or date compared with a timestamptz (`target`): the timestamptz it is, read in the session's zone. */
export function asTimestamptz(x: PgTypeInfo | null, target: PgTypeInfo | null, sql: string): string {
  if (!is(target, OID.timestamptz)) return sql;
  return is(x, OID.timestamp) ? `pg_local_tstz(${sql})` : is(x, OID.date) ? midnight(sql, target!) : sql;
}

function isArray(x: PgTypeInfo | null): boolean {
  return !!x && arrayElementOid(x.oid) !== 0;
}

/**
 * An operand of an array operator as storage JSON: an array as it is, an untyped literal read as
 * the array type, an element as a one-element array.
 */
function arrayOperand(em: EmitContext, n: Node, sql: string, arrayOid: number): string {
  if (em.schema.compositeByOid(arrayElementOid(arrayOid))) return compositeArrayOperand(em, n, sql, arrayOid);
  if (isUnknownLiteral(n)) return quoteString(decodeTextParam(n.A_Const.sval.sval, arrayOid) as string);
  if (isArray(em.typeOf(n)) || isNullLiteral(n)) return sql;
  // A numeric in its one form, as array_in stores it (a literal 2.0 is a REAL, which JSON writes 2.0).
  if (is(em.typeOf(n), OID.numeric)) return `json_array(pg_num_element(${sql}))`;
  return `json_array(${is(em.typeOf(n), OID.bool) ? `CASE (${sql}) WHEN 1 THEN json('true') WHEN 0 THEN json('false') END` : sql})`;
}

/** An operand of `||` with an array of a composite type: the array, or one of its elements (0A000 for a literal, which would be read as another type). */
function compositeArrayOperand(em: EmitContext, n: Node, sql: string, arrayOid: number): string {
  if (isNullLiteral(n)) return sql;
  if (isUnknownLiteral(n)) throw unsupported(`an untyped literal beside an array of composite type ${typeName(arrayOid)}`);
  const type = em.typeOf(n)?.oid;
  if (type === arrayOid) return sql;
  if (type === arrayElementOid(arrayOid)) return `json_array(${sql})`;
  throw unsupported(`|| of an array of a composite type and ${formatType(type ?? OID.unknown, -1)}`);
}

/**
 * An array's elements as its operators compare them: an interval[]'s by interval_cmp's span (its
 * texts differ for equal intervals: '1 day' and '24 hours').
 */
export function comparedElements(arrayOid: number, sql: string): string {
  return arrayElementOid(arrayOid) === OID.interval ? `pg_ranks(${sql}, 'interval')` : sql;
}

/**
 * `||` or array_cat, array_append, array_prepend of numeric[] whose elements print their own
 * scales (types.ts markTakenApart): each array operand as its elements' decimal texts, each
 * numeric one as its own.
 */
function elementTextsConcat(em: EmitContext, operands: Node[], sqls: string[]): string {
  const operand = (n: Node, i: number) => {
    // An integer element (`ARRAY[1.5] || 2`) joins as the numeric it becomes: an array of it, as a numeric's.
    if (isInt(em.typeOf(n))) return `json_array(${sqls[i]})`;
    if (!is(em.typeOf(n), OID.numeric)) return arrayTextsSql(em, n, sqls[i]!);
    return `json_array(${numericElementText(em, n, sqls[i]!)})`;
  };
  return `pg_array_cat(${operands.map(operand).join(', ')})`;
}

/** A numeric element joining an array of its elements' decimal texts: its own text, with its scale. */
function numericElementText(em: EmitContext, n: Node, sql: string): string {
  return em.numericSpine.has(n) || !is(em.typeOf(n), OID.numeric) ? sql : `pg_numeric_text(${sql}, ${numericScale(em, n) ?? -1})`;
}

/**
 * array_remove or array_replace of a numeric[] whose elements print their own scales (types.ts
 * markTakenApart): over the array's decimal texts, a replacement written with its own scale.
 */
function elementTextsEdit(em: EmitContext, name: string, args: Node[]): string {
  const [array, ...elements] = args;
  return `pg_${name}(${[arrayTextsSql(em, array!, em.expr(array!)), ...elements.map((e, i) => (i === 1 ? numericElementText(em, e, em.expr(e)) : em.expr(e)))].join(', ')})`;
}

/**
 * Whether a value of type `t` may be a numeric of more digits than a REAL keeps, which is stored
 * as a BLOB of its text (pg/types/numeric.ts) and which SQLite orders after every number.
 */
export function mayBeBlob(t: PgTypeInfo | null): boolean {
  return is(t, OID.numeric) && (t!.typmod < 4 || (t!.typmod - 4) >> 16 > 15);
}

const MIRRORED: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/**
 * A comparison of numbers of which one is a numeric, exact where SQLite's order is not: a BLOB
 * (see mayBeBlob) compared with anything, a numeric constant or parameter with a column. Equality
 * of stored values stays SQLite's: storage is canonical (one form for each value). A column
 * against a constant or a parameter keeps a range on the column SQLite's index serves — bounded
 * by the nearest REAL on the far side of the value (pg_num_bound), plus the BLOBs, which an index
 * holds after every number, for `<` — with the exact test on top, native unless a BLOB is in it.
 * Undefined when SQLite's own comparison is right.
 */
export function numericComparison(em: EmitContext, op: string, ln: Node, rn: Node, lt: PgTypeInfo | null, rt: PgTypeInfo | null, l: string, r: string): string | undefined {
  if (!isNumber(lt) || !isNumber(rt)) return undefined;
  // Beside a float a numeric or a bigint is cast to float8 (implicitly; float4 = numeric is float48eq): its digits past a double's do not count.
  const doubles = besideFloat(lt, rt, l, r);
  if (doubles) return `(${doubles[0]}) ${op} (${doubles[1]})`;
  if (!(is(lt, OID.numeric) || is(rt, OID.numeric))) return undefined;
  const exact = (a: string, b: string, o: string) => `pg_num_cmp(${a}, ${b}) ${o} 0`;
  const stored = (n: Node) => !!(n.ColumnRef || n.A_Const || n.ParamRef);
  if (!stored(ln) || !stored(rn)) return exact(l, r, op);
  if (op === '=' || op === '<>') return undefined;
  const column = ln.ColumnRef ? 'l' : rn.ColumnRef ? 'r' : undefined;
  if (!column || (ln.ColumnRef && rn.ColumnRef) || /\?/.test(column === 'l' ? l : r)) {
    return mayBeBlob(lt) || mayBeBlob(rt) || !(ln.ColumnRef && rn.ColumnRef) ? exact(l, r, op) : undefined;
  }
  const [c, v, ct, o] = column === 'l' ? [l, r, lt, op] : [r, l, rt, MIRRORED[op]!];
  const below = o === '<' || o === '<=';
  const range = `${c} ${o} pg_num_bound(${v}, ${below ? 1 : 0})`;
  const blobs = mayBeBlob(ct);
  const sql = `(${blobs && below ? `(${range} OR ${c} >= x'')` : range} AND (${blobs ? `typeof(${c}) <> 'blob' AND ` : ''}typeof(${v}) <> 'blob' OR ${exact(c, v, o)}))`;
  // The value's SQL stands three times: a parameter's slot in it binds at each (param-slots.ts).
  return sql;
}

/**
 * A float and a numeric or a bigint compared (=, <, IS DISTINCT FROM, NULLIF): the other's SQL as
 * the float8 PostgreSQL's implicit cast makes it (SQLite compares a bigint past 2^53 with a REAL
 * exactly); undefined for other operands.
 */
export function besideFloat(lt: PgTypeInfo | null, rt: PgTypeInfo | null, l: string, r: string): [string, string] | undefined {
  const castToFloat = (t: PgTypeInfo | null) => is(t, OID.numeric) || is(t, OID.int8);
  if (!((isFloat(lt) && castToFloat(rt)) || (castToFloat(lt) && isFloat(rt)))) return undefined;
  return [isFloat(lt) ? l : asDouble(l), isFloat(rt) ? r : asDouble(r)];
}

/** A numeric's SQL as the float it casts to (a CASE or COALESCE of floats and numerics is a float). */
export function numericAsFloat(sql: string, float: PgTypeInfo): string {
  return float.oid === OID.float8 ? asDouble(sql) : `pg_store(${sql}, ${float.oid}, -1)`;
}

/** A numeric's SQL as the float8 it casts to; a literal SQLite reads as a REAL of all its digits is that already. */
function asDouble(sql: string): string {
  return /^-?\d*\.?\d+(?:e[-+]?\d+)?$/i.test(sql) && sql.replace(/e.*$/i, '').replace(/\D/g, '').replace(/^0+/, '').length <= 15 ? sql : `pg_store(${sql}, ${OID.float8}, -1)`;
}

function dateTimeArithmetic(sign: number, lt: PgTypeInfo | null, rt: PgTypeInfo | null, result: PgTypeInfo | null, l: string, r: string): string | undefined {
  if (!lt || !rt) return undefined;
  const a = lt.oid;
  const b = rt.oid;
  if (a === OID.jsonb && sign < 0) return isArray(rt) ? `pg_jsonb_delete_keys(${l}, ${r})` : `pg_jsonb_delete(${l}, ${r})`;
  if (a === OID.date && isInt(rt)) return `pg_date_add(${l}, ${sign} * (${r}))`;
  if (isInt(lt) && b === OID.date && sign > 0) return `pg_date_add(${r}, ${l})`;
  if (a === OID.date && b === OID.date && sign < 0) return `pg_date_diff(${l}, ${r})`;
  if (a === OID.date && b === OID.interval) return `pg_date_add_interval(${l}, ${r}, ${sign})`;
  if (a === OID.interval && b === OID.date && sign > 0) return `pg_date_add_interval(${r}, ${l}, 1)`;
  if (a === OID.date && b === OID.time) return sign > 0 ? `pg_date_time(${l}, ${r})` : `pg_date_add_interval(${l}, ${r}, -1)`;
  if (a === OID.time && b === OID.date && sign > 0) return `pg_date_time(${r}, ${l})`;
  if ((a === OID.timestamp || a === OID.timestamptz) && b === OID.interval) return `pg_timestamp_add(${l}, ${r}, ${sign}, ${a === OID.timestamptz ? 1 : 0})`;
  if (a === OID.interval && (b === OID.timestamp || b === OID.timestamptz) && sign > 0) return `pg_timestamp_add(${r}, ${l}, 1, ${b === OID.timestamptz ? 1 : 0})`;
  // A time's text is also its interval's.
  if ((a === OID.timestamp || a === OID.timestamptz) && b === OID.time) return `pg_timestamp_add(${l}, ${r}, ${sign}, ${a === OID.timestamptz ? 1 : 0})`;
  if (a === OID.time && (b === OID.timestamp || b === OID.timestamptz) && sign > 0) return `pg_timestamp_add(${r}, ${l}, 1, ${b === OID.timestamptz ? 1 : 0})`;
  if (a === OID.time && b === OID.interval) return `pg_time_add(${l}, ${r}, ${sign})`;
  // A timetz moves its clock and keeps its zone; on a date it is the instant (datetimetz_timestamptz).
  if (a === OID.timetz && b === OID.interval) return `pg_timetz_add(${l}, ${r}, ${sign})`;
  if (a === OID.interval && b === OID.timetz && sign > 0) return `pg_timetz_add(${r}, ${l}, 1)`;
  if (a === OID.date && b === OID.timetz && sign > 0) return `pg_date_timetz(${l}, ${r})`;
  if (a === OID.timetz && b === OID.date && sign > 0) return `pg_date_timetz(${r}, ${l})`;
  if (a === OID.interval && b === OID.time && sign > 0) return `pg_time_add(${r}, ${l}, 1)`;
  if (sign < 0 && a === b && (a === OID.timestamp || a === OID.timestamptz)) return `pg_timestamp_diff(${l}, ${r}, ${a === OID.timestamptz ? 1 : 0})`;
  if (a === OID.interval && b === OID.interval) return `pg_interval_add(${l}, ${r}, ${sign})`;
  if (a === OID.time && b === OID.time && sign < 0) return `pg_time_diff(${l}, ${r})`;
  // A date and a timestamp, or a timestamp and a timestamptz: the first converts to the second (a
  // date to its midnight, a timestamp to timestamptz in the session's zone, UTC), then their difference.
  const moment = (x: number) => x === OID.date || x === OID.timestamp || x === OID.timestamptz;
  if (sign < 0 && moment(a) && moment(b) && a !== b) {
    const tz = a === OID.timestamptz || b === OID.timestamptz;
    const as = (x: number, sql: string) => (x === OID.date ? midnight(sql, { oid: tz ? OID.timestamptz : OID.timestamp, typmod: -1 }) : x === OID.timestamp && tz ? `pg_local_tstz(${sql})` : sql);
    return `pg_timestamp_diff(${as(a, l)}, ${as(b, r)}, ${tz ? 1 : 0})`;
  }
  if (result === null && (isDateTime(lt) || isDateTime(rt) || [a, b].some((x) => x === OID.interval || x === OID.timetz))) {
    // No other + or - of dates, times and intervals exists (timestamp + integer, date + numeric).
    throw noOperator(sign > 0 ? '+' : '-', lt, rt);
  }
  return undefined;
}

/**
 * Whether converting `from` to `to` takes a timestamptz's wall-clock time in the session's zone
 * (pg_tstz_local): its date, time and timestamp, cast or assigned.
 */
export function wallClockOf(from: PgTypeInfo | null, to: PgTypeInfo): boolean {
  return is(from, OID.timestamptz) && (to.oid === OID.date || to.oid === OID.time || to.oid === OID.timestamp);
}

/** 42846 for a cast PostgreSQL has none of (no cast from integer to an enum). */
export function checkCastable(em: EmitContext, source: PgTypeInfo | null, target: PgTypeInfo): void {
  const enumName = (oid: number) => em.schema.enumByOid(oid)?.name;
  if (source && noCast(source.oid, target.oid, (oid) => enumName(oid) !== undefined)) {
    const shown = (oid: number) => enumName(oid) ?? formatType(oid, -1);
    throw new PgError(SqlState.cannotCoerce, `cannot cast type ${shown(source.oid)} to ${shown(target.oid)}`);
  }
}

/** A cast whose SQLite form depends on the value's type; undefined for the emitter's plain cast. */
export function typedCast(em: EmitContext, arg: Node, sql: string, target: PgTypeInfo): string | undefined {
  if (isRange(target)) return rangeCast(em, arg, sql, target);
  if (isMultirange(target)) return multirangeCast(em, arg, sql, target);
  const source = em.typeOf(arg);
  const textSearch = isTextSearch(target) || isTextSearch(source) ? textSearchCast(em, arg, sql, source, target) : undefined;
  if (textSearch !== undefined) return textSearch;
  const hstore = hstoreCast(em, arg, sql, target);
  if (hstore !== undefined) return hstore;
  checkCastable(em, source, target);
  const own = bitStringCast(arg, sql, source, target) ?? moneyCast(arg, sql, source, target) ?? lsnCast(arg, sql, source, target) ?? xidCast(arg, sql, source, target);
  if (own !== undefined) return own;
  if (target.oid === OID.time && (is(source, OID.timestamp) || is(source, OID.timestamptz))) {
    // timestamp_time: an infinite timestamp has no time of day.
    const finite = `nullif(nullif(${sql}, 'infinity'), '-infinity')`;
    return `pg_cast(${wallClockOf(source, target) ? `pg_tstz_local(${finite})` : finite}, ${target.oid}, ${target.typmod})`;
  }
  if (wallClockOf(source, target)) return `pg_cast(pg_tstz_local(${sql}), ${target.oid}, ${target.typmod})`;
  if (target.oid === OID.timetz && is(source, OID.timestamptz)) return `pg_store(pg_tstz_timetz(${sql}), ${OID.timetz}, ${target.typmod})`;
  // A result column prints a numeric[] parameter's elements at the scales they were sent with (markScaleSpine).
  if (target.oid === OID.numeric_array && target.typmod < 0 && em.numericSpine.has(arg)) return `pg_numeric_array_in(${sql})`;
  // A numeric[] to text[]: each element's text, with the scale it prints (`ARRAY[amount]::text[]`).
  if (is(source, OID.numeric_array) && (target.oid === OID.text_array || target.oid === OID.varchar_array) && target.typmod < 0) return arrayTextsSql(em, arg, sql);
  // A boolean's cast to text is `true` (booltext), where its output is `t`: a bool[]'s elements cast each.
  if (is(source, OID.bool_array) && (target.oid === OID.text_array || target.oid === OID.varchar_array || target.oid === OID.bpchar_array)) return `pg_store(pg_bool_array_words(${sql}), ${target.oid}, ${target.typmod})`;
  switch (target.oid) {
    case OID.cidr:
      // inet to cidr clears the host bits (network()), where cidr's input refuses them.
      return is(source, OID.inet) ? `pg_inet_network(${sql})` : undefined;
    case OID.text:
    case OID.varchar:
    case OID.bpchar:
    case OID.char: {
      const text = asText(em, arg, sql, true);
      if (target.oid === OID.text) return text === sql ? undefined : text;
      return `pg_cast_chars(${text}, ${target.oid}, ${target.typmod})`;
    }
    case OID.numeric: {
      const from = em.typeOf(arg);
      // A result column prints text read as a numeric at the scale it was written with (markScaleSpine).
      const asText = em.numericSpine.has(arg) && target.typmod < 0;
      const value = isFloat(from) ? `pg_float_numeric(${sql}, ${is(from, OID.float4) ? 6 : 15}, ${asText ? 1 : 0})` : sql;
      if (is(from, OID.jsonb)) {
        const read = `pg_jsonb_numeric(${sql}, ${asText ? 1 : 0})`;
        return target.typmod >= 4 ? `pg_store(${read}, ${OID.numeric}, ${target.typmod})` : read;
      }
      if (asText && !isNumber(from)) return `pg_numeric_in(${sql})`;
      // Text is read by numeric_in: SQLite's CAST would turn many digits into a REAL.
      return target.typmod >= 4 || !isNumber(from) ? `pg_store(${value}, ${OID.numeric}, ${target.typmod})` : value;
    }
    case OID.float4:
    case OID.float8: {
      // float8in reads 'NaN' and 'Infinity', which SQLite's CAST makes 0; a numeric or a float8
      // beyond the target's range is 22003, where SQLite makes it an infinity.
      const from = em.typeOf(arg);
      return isInt(from) || (isFloat(from) && target.oid === OID.float8) ? undefined : `pg_store(${sql}, ${target.oid}, -1)`;
    }
    case OID.int2:
    case OID.int4:
    case OID.int8:
      // float8 to integer rounds half to even (rint); numeric rounds half away from zero, which
      // pg_cast_int does for a stored one, pg_num_round for one computed as decimal text
      // (extract(epoch …)::bigint).
      if (isFloat(source)) return `pg_cast_int(pg_float_integral(${sql}), ${target.oid})`;
      if (!is(source, OID.numeric)) return undefined;
      return `pg_numeric_int(${arg.A_Const || arg.ColumnRef ? sql : `pg_num_round(${sql}, 0, 0)`}, ${target.oid})`;
    case OID.time:
      // interval_time: the interval's time part within a day.
      return is(source, OID.interval) ? `pg_time_add('00:00:00', ${sql}, 1)` : undefined;
    default: {
      if (arrayElementOid(target.oid) === 0) return undefined;
      const same = arrayElementOid(em.typeOf(arg)?.oid ?? 0) === arrayElementOid(target.oid);
      return elementTypmod(arrayValue(em, arg, sql, target) ?? (same ? sql : undefined), target);
    }
  }
}

/** An array cast to an array type, its element type's typmod aside. */
function arrayValue(em: EmitContext, arg: Node, sql: string, target: PgTypeInfo): string | undefined {
  // An array literal is read by array_in now, as PostgreSQL reads it at parse time (22P02 for a malformed one).
  const literal = arg.A_Const?.sval?.sval as string | undefined;
  if (literal !== undefined) return quoteString(String(decodeTextParam(literal, target.oid)));
  const from = em.typeOf(arg);
  // ARRAY[…] cast to an integer array casts each element from its own type, as PostgreSQL's parser
  // does: in ARRAY[2.5::float8, -2.5]::int[] the float rounds half to even, the numeric away from zero.
  const element = arrayElementOid(target.oid);
  const fromElement = arrayElementOid(from?.oid ?? 0);
  if (arg.A_ArrayExpr && INTEGER_WIDTH[element] !== undefined && (fromElement === OID.float8 || fromElement === OID.float4)) {
    const typeName = parseTypeName(formatType(element, -1));
    const cast = (n: Node): Node => (n.A_ArrayExpr ? { A_ArrayExpr: { ...n.A_ArrayExpr, elements: ((n.A_ArrayExpr.elements ?? []) as Node[]).map(cast) } } : { TypeCast: { arg: n, typeName } });
    return em.expr(cast(arg));
  }
  // A text is read by array_in: pg_store would keep one that looks like an array's stored JSON (`'[1, 2]'`, 22P02 in PostgreSQL).
  if (is(from, OID.text) || is(from, OID.varchar)) return `pg_array_in(${sql}, ${target.oid})`;
  if (is(from, OID.unknown)) return `pg_store(${sql}, ${target.oid}, -1)`;
  return from ? arrayCast(sql, from, target) : undefined;
}

/**
 * An array cast to `varchar(2)[]` or `numeric(4,2)[]`: each element cast to the typmod as an
 * explicit cast does (a longer string truncated, a numeric rounded and range-checked).
 */
function elementTypmod(array: string | undefined, target: PgTypeInfo): string | undefined {
  if (target.typmod < 0 || array === undefined) return array;
  const element = arrayElementOid(target.oid);
  return element === OID.varchar || element === OID.bpchar ? `pg_cast_chars(${array}, ${target.oid}, ${target.typmod})` : `pg_store(${array}, ${target.oid}, ${target.typmod})`;
}

const INTEGER_WIDTH: Record<number, number> = { [OID.int2]: 2, [OID.int4]: 4, [OID.int8]: 8 };

/**
 * An array cast to an array of another element type: through the elements' text where the
 * target's input reads it as the element cast would (to text; an integer to a wider one, a numeric
 * or a float; a numeric to a float, which numeric_float8 itself does); refused where the element
 * cast computes (`array[1.5]::int[]` rounds each element) rather than answered unconverted.
 */
function arrayCast(sql: string, from: PgTypeInfo, target: PgTypeInfo): string | undefined {
  const a = arrayElementOid(from.oid);
  const b = arrayElementOid(target.oid);
  if (a === 0 || a === b) return undefined;
  const widens = INTEGER_WIDTH[a] !== undefined && (INTEGER_WIDTH[b] ?? 0) >= INTEGER_WIDTH[a]!;
  const viaText =
    a === OID.text || a === OID.varchar || b === OID.text || b === OID.varchar || widens ||
    ((INTEGER_WIDTH[a] !== undefined || a === OID.numeric) && (b === OID.numeric || b === OID.float8 || b === OID.float4));
  if ((a === OID.numeric || a === OID.float8 || a === OID.float4) && INTEGER_WIDTH[b] !== undefined) return `pg_array_integers(${sql}, ${target.oid}, ${a})`;
  if (!viaText) throw unsupported(`a cast from ${formatType(from.oid, -1)} to ${formatType(target.oid, -1)}`);
  return `pg_store(pg_output(${sql}, ${from.oid}, -1), ${target.oid}, -1)`;
}

/** A value inside a JSON document SQLite builds: booleans as true/false, json as a document. */
function jsonValue(em: EmitContext, n: Node): string {
  // A row as an object (`jsonb_build_object('r', t)`), as jsonb's constructors write composites.
  const row = wholeRowJson(em, n) ?? rowExprJson(em, n) ?? compositeJson(em, n);
  if (row !== undefined) return `json(${row})`;
  const x = em.typeOf(n);
  // A numeric[] with its elements' scales, as to_json writes them ([1.50]); a char(n)[]'s with their padding; a json[]'s elements as JSON.
  if (x && ARRAYS_WRITTEN_BY_ELEMENT.has(arrayElementOid(x.oid) ?? 0)) return `json(${arrayJson(em, n)})`;
  const sql = em.expr(n);
  // A numeric goes into JSON as the number PostgreSQL prints: SQLite's JSON holds no BLOB.
  if (is(x, OID.numeric)) return `json(pg_json_numeric(${asText(em, n, sql, false)}))`;
  // A float as float8out prints it (SQLite writes 1.0 for 1); an infinity or a NaN (stored as the text 'NaN') as a string, as PostgreSQL's.
  if (isFloat(x)) return `CASE WHEN typeof(${sql}) <> 'text' AND abs(${sql}) < 1e309 THEN json(pg_output(${sql}, ${x!.oid}, -1)) ELSE pg_output(${sql}, ${x!.oid}, -1) END`;
  if (is(x, OID.bool)) return `CASE (${sql}) WHEN 1 THEN json('true') WHEN 0 THEN json('false') END`;
  if (is(x, OID.json) || is(x, OID.jsonb) || isArray(x)) return `json(${sql})`;
  if (is(x, OID.timestamp) || is(x, OID.timestamptz)) return `pg_json_datetime(${sql}, ${is(x, OID.timestamptz) ? 1 : 0})`;
  // An interval as the session's IntervalStyle prints it; a range as range_out does, its bounds in the session's DateStyle and TimeZone.
  if (is(x, OID.interval) || isRange(x)) return `pg_output(${sql}, ${x!.oid}, -1)`;
  // bytea as bytea_output prints it (SQLite's JSON holds no BLOB), char(n) with its padding, money as cash_out does.
  if (is(x, OID.bytea) || is(x, OID.bpchar) || is(x, OID.money)) return outputText(em, n, sql);
  return sql;
}

/** A composite value as a JSON object of its fields (NULL for a NULL value), as to_json writes it. */
function compositeJson(em: EmitContext, n: Node): string | undefined {
  const c = em.schema.hasComposites() ? em.schema.compositeByOid(em.typeOf(n)?.oid ?? 0) : undefined;
  if (!c) return undefined;
  const members = c.attributes.map((a, i) => `${quoteString((i ? ',' : '{') + JSON.stringify(a.name) + ':')} || ${jsonMember(em, { A_Indirection: { arg: n, indirection: [{ String: { sval: a.name } }] } })}`);
  return `iif((${em.expr(n)}) IS NULL, NULL, ${members.length ? `${members.join(' || ')} || '}'` : "'{}'"})`;
}

/** The functions that take a FROM item's whole row (`row_to_json(t)`) and write it as a JSON object. */
const ROW_JSON = new Set(['row_to_json', 'to_json', 'to_jsonb', 'json_agg', 'jsonb_agg']);

/**
 * `t` naming a FROM item's whole row (no column of that name in reach, as PostgreSQL resolves a
 * column first) as the JSON text of its columns; undefined when it names no such row.
 */
function wholeRowJson(em: EmitContext, n: Node): string | undefined {
  const fields = n.ColumnRef?.fields as Node[] | undefined;
  // `t.*` as a function's argument is t's whole row, as `t` is.
  const star = fields?.length === 2 && !!fields[1]!.A_Star;
  const name = fields?.length === 1 || star ? (fields![0]!.String?.sval as string | undefined) : undefined;
  if (name === undefined || !em.scope || (!star && em.scope.column([name]))) return undefined;
  const columns = em.scope.star(name);
  if (!columns || columns.some((c) => c.name === '*')) return undefined;
  // A stored numeric's member written with its display text where the row is (types.ts markScaleSpine).
  const shown = em.numericSpine.has(n);
  const value = (c: string) => {
    const ref = { ColumnRef: { fields: [{ String: { sval: name } }, { String: { sval: c } }] } };
    if (shown && storedDisplay(em, ref)) em.numericSpine.add(ref);
    return jsonMember(em, ref);
  };
  const members = columns.map((c, i) => `${quoteString((i ? ',' : '{') + JSON.stringify(c.name) + ':')} || ${value(c.name)}`);
  return `(${members.length ? members.join(' || ') + " || '}'" : "'{}'"})`;
}

/**
 * row_to_json and to_json print a row compactly (`{"a":1,"b":"b"}`), json and jsonb members as
 * they print; json_agg puts a line break before each row after the first, as json_agg_transfn does for composites.
 */
function rowJsonCall(em: EmitContext, f: Node, name: string, row: string, nullable = false): string {
  switch (name) {
    case 'to_jsonb':
      return `pg_jsonb(${row})`;
    case 'jsonb_agg':
      return `pg_jsonb(${filtered(em, f, `json_group_array(${aggregateInput(em, f, `json(${row})`)})`)})`;
    case 'json_agg': {
      if (f.agg_distinct) throw unsupported('json_agg(DISTINCT …) of rows');
      const order = f.agg_order ? ` ORDER BY ${(f.agg_order as Node[]).map((s) => em.sortBy(s)).join(', ')}` : '';
      if (!nullable) {
        return `'[' || ${filtered(em, f, `group_concat(${row}, ', 
 '${order})`)} || ']'`;
      }
      // A NULL value is written as null, and without the line break a row after the first takes.
      const items = filtered(em, f, `group_concat(iif((${row}) IS NULL, 'null', char(10) || ' ' || (${row})), ', '${order})`);
      return `'[' || iif(substr(${items}, 1, 2) = char(10) || ' ', substr(${items}, 3), ${items}) || ']'`;
    }
    default:
      return row;
  }
}

/** SQLite's compact JSON as jsonb prints it, or as json_build_object()/json_agg() print json. */
function jsonText(name: string, sql: string): string {
  return name.startsWith('jsonb') || name === 'to_jsonb' ? `pg_jsonb(${sql})` : name === 'to_json' ? sql : `pg_json_build_text(${sql})`;
}

/**
 * percentile_cont, percentile_disc and mode() WITHIN GROUP (ORDER BY x): aggregates that sort the
 * group's values themselves (dialect/runtime/typed-functions.ts), numbers as numbers.
 */
const HYPOTHETICAL = new Set(['rank', 'dense_rank', 'percent_rank', 'cume_dist']);

/**
 * rank(v) … cume_dist(v) WITHIN GROUP (ORDER BY x): where the hypothetical row v would rank among
 * the group's rows, counted with the sort's own comparison and its NULLS FIRST/LAST (nulls last
 * ascending, first descending, unless written).
 */
function hypotheticalSet(em: EmitContext, name: string, v: Node, sort: Node): string {
  if (JSON.stringify([v, sort.node]).includes('"ParamRef"')) throw unsupported(`${name}() WITHIN GROUP with a parameter`);
  const desc = sortsDescending(sort);
  const nullsFirst = sort.sortby_nulls === 'SORTBY_NULLS_FIRST' || (sort.sortby_nulls !== 'SORTBY_NULLS_LAST' && desc);
  const op = (sval: string) => em.expr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval } }], lexpr: sort.node, rexpr: v } });
  const x = () => em.expr(sort.node);
  const h = () => em.expr(v);
  // x sorts before v; x is v's peer.
  const before = () =>
    nullsFirst
      ? `(CASE WHEN (${x()}) IS NULL THEN (${h()}) IS NOT NULL WHEN (${h()}) IS NULL THEN 0 ELSE ${op(desc ? '>' : '<')} END)`
      : `(CASE WHEN (${h()}) IS NULL THEN (${x()}) IS NOT NULL WHEN (${x()}) IS NULL THEN 0 ELSE ${op(desc ? '>' : '<')} END)`;
  const peer = () => `(CASE WHEN (${x()}) IS NULL THEN (${h()}) IS NULL ELSE coalesce(${op('=')}, 0) END)`;
  const count = (test: string) => `coalesce(sum(CASE WHEN ${test} THEN 1 ELSE 0 END), 0)`;
  switch (name) {
    case 'rank':
      return `(1 + ${count(before())})`;
    case 'dense_rank':
      return `(1 + count(DISTINCT CASE WHEN ${before()} THEN ${x()} END) + coalesce(max(CASE WHEN ${before()} AND (${x()}) IS NULL THEN 1 ELSE 0 END), 0))`;
    case 'percent_rank':
      return `(CASE WHEN count(*) = 0 THEN 0.0 ELSE CAST(${count(before())} AS REAL) / count(*) END)`;
    default:
      return `(CAST(${count(`(${before()} OR ${peer()})`)} + 1 AS REAL) / (count(*) + 1))`;
  }
}

/** PostgreSQL's ordered-set and hypothetical-set aggregates: WITHIN GROUP of any other function finds none. */
const ORDERED_SET = new Set(['percentile_cont', 'percentile_disc', 'mode', 'rank', 'dense_rank', 'percent_rank', 'cume_dist']);

/** Plain aggregates of one argument, which `agg() WITHIN GROUP (ORDER BY x)` finds as agg(x) (42809 then). */
/** The types PostgreSQL 15 has no min() and max() of. */
const NO_MIN_MAX = new Set<number>([OID.bool, OID.json, OID.jsonb, OID.uuid, OID.bytea]);

const ONE_ARGUMENT_AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'array_agg', 'json_agg', 'jsonb_agg', 'bool_and', 'bool_or', 'every', 'bit_and', 'bit_or', 'stddev', 'stddev_samp', 'stddev_pop', 'variance', 'var_samp', 'var_pop']);

export function orderedSetAggregate(em: EmitContext, f: Node, name: string, args: Node[]): string {
  const order = (f.agg_order ?? []) as Node[];
  const at = { position: f.location + 1 };
  // A plain aggregate (count, sum) is one, but not an ordered-set one.
  if (!ORDERED_SET.has(name) && ONE_ARGUMENT_AGGREGATES.has(name) && args.length === 0 && order.length === 1) throw new PgError(SqlState.wrongObjectType, `${name} is not an ordered-set aggregate, so it cannot have WITHIN GROUP`, at);
  const noSuchFunction = () => new PgError(SqlState.undefinedFunction, noFunctionCall(em, name, [...args, ...order.map((o) => o.SortBy.node as Node)]).message, { ...at, hint: 'No function matches the given name and argument types. You might need to add explicit type casts.' });
  if (!ORDERED_SET.has(name)) throw noSuchFunction();
  if (f.over) throw new PgError(SqlState.featureNotSupported, `OVER is not supported for ordered-set aggregate ${name}`, at);
  // A hypothetical row has a value for each sort key; percentile_* take a fraction, mode() nothing.
  if (args.length !== (HYPOTHETICAL.has(name) ? order.length : name === 'mode' ? 0 : 1)) throw noSuchFunction();
  if (order.length !== 1) throw unsupported(`${name}() WITHIN GROUP with ${order.length} sort keys`);
  const sort = order[0]!.SortBy;
  const desc = sortsDescending(sort) ? 1 : 0;
  if (HYPOTHETICAL.has(name) && args.length === 1) return hypotheticalSet(em, name, args[0]!, sort);
  // percentile_cont(ARRAY[a, b]) is the array of each fraction's percentile, NULL over no values.
  const fractions = (name === 'percentile_cont' || name === 'percentile_disc') && args.length === 1 ? (args[0]!.A_ArrayExpr?.elements as Node[] | undefined) : undefined;
  if (fractions?.length) {
    const each = fractions.map((fraction) => ({ FuncCall: { ...f, args: [fraction] } }));
    const none = { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: { FuncCall: { funcname: [{ String: { sval: 'count' } }], args: [sort.node] } }, rexpr: { A_Const: { ival: { ival: 0 } } } } };
    const array = { A_ArrayExpr: { elements: each } };
    // A result column prints percentile_disc's values at the sorted values' scale, as ARRAY[…] of them does.
    if (em.outputRoot?.FuncCall === f) markScaledArray(em, array);
    return `(CASE WHEN ${em.expr(none)} THEN NULL ELSE ${em.expr(array)} END)`;
  }
  const value = em.expr(sort.node);
  // A numeric sorts exactly (its BLOBs as numbers); a type whose stored text sorts otherwise, by its key.
  const key = name === 'mode' || name === 'percentile_disc' || name === 'percentile_cont' ? em.typedSortKeyOf(sort.node) : undefined;
  const suffix = key !== undefined ? '_keyed' : is(em.typeOf(sort.node), OID.numeric) ? '_numeric' : '';
  const keyed = key !== undefined ? `${value}, ${key}` : value;
  if (name === 'mode' && args.length === 0) return `pg_mode${suffix}(${keyed}, ${desc})`;
  if ((name === 'percentile_cont' || name === 'percentile_disc') && args.length === 1 && !isArray(em.typeOf(args[0]!))) {
    const sorted = em.typeOf(sort.node);
    // percentile_cont interpolates float8 and interval only.
    if (name === 'percentile_cont' && !isNumber(sorted) && !is(sorted, OID.interval) && sorted) throw new PgError(SqlState.undefinedFunction, noFunctionCall(em, name, [args[0]!, sort.node]).message, at);
    if (name === 'percentile_cont' && is(sorted, OID.interval)) return `pg_percentile_cont_interval(${em.expr(args[0]!)}, ${keyed}, ${desc})`;
    if (name === 'percentile_cont' && !isNumber(sorted)) throw unsupported('percentile_cont over values that are not numbers');
    return name === 'percentile_disc' ? `pg_percentile_disc${suffix}(${em.expr(args[0]!)}, ${keyed}, ${desc})` : `pg_percentile_cont(${em.expr(args[0]!)}, ${value}, ${desc})`;
  }
  throw unsupported(`${name}() WITHIN GROUP`);
}

/**
 * The argument of an aggregate building an array, with its DISTINCT and ORDER BY: PostgreSQL
 * sorts to find distinct values, so DISTINCT without ORDER BY yields them in order.
 */
function aggregateOrder(em: EmitContext, f: Node): string {
  return f.agg_order ? ' ORDER BY ' + (f.agg_order as Node[]).map((s) => em.sortBy(s)).join(', ') : '';
}

/** A json object's key: the value's text, a numeric's with its scale (`jsonb_build_object(1.50, …)` is {"1.50": …}). */
function keyText(em: EmitContext, n: Node): string {
  const x = em.typeOf(n);
  if (is(x, OID.numeric)) return asText(em, n, em.expr(n), true);
  return `pg_text(${em.expr(n)}, ${x?.oid ?? OID.text}, -1)`;
}

/**
 * A value as json's constructors write it into their text (datum_to_json): json as written, jsonb
 * as it prints, an array or a row compactly (array_to_json's and row_to_json's `[1,2]`), any other
 * value as a JSON scalar; NULL as null.
 */
function jsonMember(em: EmitContext, n: Node): string {
  const row = wholeRowJson(em, n) ?? rowExprJson(em, n);
  if (row !== undefined) return row;
  const composite = compositeJson(em, n);
  if (composite !== undefined) return `coalesce(${composite}, 'null')`;
  const x = em.typeOf(n);
  if (is(x, OID.json) || is(x, OID.jsonb) || isArray(x)) return `coalesce(${arrayJson(em, n)}, 'null')`;
  // An hstore is the object its cast to json makes.
  if (is(x, OID.hstore)) return `coalesce(pg_hstore_to_json(${em.expr(n)}), 'null')`;
  return `json_quote(${jsonValue(em, n)})`;
}

/** A json, jsonb or array value as JSON: an array of timestamps with to_json's timestamps (`2024-01-01T10:00:00`). */
function arrayJson(em: EmitContext, n: Node): string {
  const type = em.typeOf(n);
  const element = arrayElementOid(type?.oid ?? 0);
  // ARRAY[1.50] (elements of one scale) as to_json writes it: [1.50]; of different scales
  // (`ARRAY[1.50, 2.5]`) written with them.
  const scale = element === OID.numeric && type!.typmod < 0 ? em.elementScale(n) : undefined;
  if (element === OID.numeric && type!.typmod < 0 && scale === undefined) markScaledArray(em, n);
  const sql = em.expr(n);
  // Elements taken apart as their decimal texts go into JSON as the numbers those texts are.
  if (writtenAsElementTexts(em, n)) return `pg_numeric_array_json(${sql})`;
  if (element === OID.numeric && type!.typmod >= 4) return `pg_json_numeric_array(${sql}, ${typmodDisplayScale(type!.typmod)})`;
  if (scale !== undefined) return `pg_json_numeric_array(${sql}, ${scale})`;
  if (element === OID.bpchar && type!.typmod > 4) return `pg_pad_chars(${sql}, ${type!.typmod})`;
  // A json[] or jsonb[] holds each element's text: to_json writes the JSON that text is, not a string of it.
  if (element === OID.json || element === OID.jsonb) return `pg_json_of_json_array(${sql})`;
  // A float's element as float8out or float4out prints it (1.5e-07, a real's own digits, extra_float_digits).
  if (element === OID.float8 || element === OID.float4) return `pg_json_float_array(${sql}, ${element})`;
  return element === OID.timestamp || element === OID.timestamptz ? `pg_json_datetime_array(${sql}, ${element === OID.timestamptz ? 1 : 0})` : sql;
}

/** Arrays whose JSON arrayJson writes element by element. */
const ARRAYS_WRITTEN_BY_ELEMENT = new Set<number>([OID.numeric, OID.bpchar, OID.json, OID.jsonb, OID.timestamp, OID.timestamptz, OID.float8, OID.float4]);

/** ROW(…) as row_to_json writes it: its fields named f1, f2, … */
function rowExprJson(em: EmitContext, n: Node): string | undefined {
  const fields = n.RowExpr?.args as Node[] | undefined;
  if (!fields) return undefined;
  const members = fields.map((a, i) => `${quoteString((i ? ',' : '{') + `"f${i + 1}":`)} || ${jsonMember(em, a)}`);
  return `(${members.length ? members.join(' || ') + " || '}'" : "'{}'"})`;
}

/** Aggregate calls whose FILTER the typed translation placed on the aggregate inside its wrapper. */
export const FILTER_PLACED = new WeakSet<Node>();

/** An aggregate call with its FILTER, for a translation that wraps the aggregate in a function. */
function filtered(em: EmitContext, f: Node, call: string): string {
  if (!f.agg_filter) return call;
  FILTER_PLACED.add(f);
  return `${call} FILTER (WHERE ${em.expr(f.agg_filter)})`;
}

/** A DISTINCT aggregate of numerics as one of each value, not of each display text (pg_distinct_numbers). */
function distinctNumbers(f: Node, x: PgTypeInfo | null, agg: () => string): string | undefined {
  return f.agg_distinct && is(x, OID.numeric) ? `pg_distinct_numbers(${agg()})` : undefined;
}

function aggregateInput(em: EmitContext, f: Node, value: string): string {
  // DISTINCT sorts ascending with NULL last, as PostgreSQL's sort for it does (SQLite puts NULL first).
  // jsonb sorts in its own order (pg_jsonb_sort_key), not as its text.
  // A number goes in as its JSON text: it sorts as the number.
  const arg = f.agg_distinct && f.args?.length === 1 ? (f.args[0] as Node) : undefined;
  const t = arg ? em.typeOf(arg) : null;
  const key = !arg ? value : is(t, OID.jsonb) ? `pg_jsonb_sort_key(${em.expr(arg)})` : is(t, OID.numeric) ? `pg_num_key(${em.expr(arg)}), pg_num_residue(${em.expr(arg)})` : isFloat(t) ? em.expr(arg) : value;
  const order = f.agg_order ? (f.agg_order as Node[]).map((s) => em.sortBy(s)).join(', ') : f.agg_distinct ? `(${value}) IS NULL, ${key}` : '';
  return `${f.agg_distinct ? 'DISTINCT ' : ''}${value}${order ? ` ORDER BY ${order}` : ''}`;
}

/** bytea's trim functions, which strip bytes at one end or both. */
const BYTEA_TRIMS: Record<string, string> = { btrim: 'both', ltrim: 'leading', rtrim: 'trailing' };

/** Functions of text whose first argument PostgreSQL does not convert from a number, boolean or date/time. */
const TEXT_FUNCTIONS = new Set(['substr', 'substring', 'upper', 'lower', 'initcap', 'ltrim', 'rtrim', 'btrim', 'lpad', 'rpad', 'replace', 'reverse', 'repeat', 'split_part', 'strpos', 'left', 'right', 'translate', 'ascii', 'md5', 'starts_with']);

/**
 * Functions that always build their text result anew; others (replace() without a match, a
 * column's own datum, a 1-byte header where short) may answer a datum as it was stored.
 */
const FRESH_TEXT_FUNCTIONS = new Set(['lower', 'upper', 'initcap', 'concat', 'concat_ws', 'repeat', 'lpad', 'rpad', 'md5', 'to_char', 'format', 'chr', 'string_agg']);

const RELABELED_TO_TEXT = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.json]);

/** A text or varchar value PostgreSQL makes anew, as a datum with a 4-byte header (pg_column_size). */
function freshText(em: EmitContext, n: Node): boolean {
  const type = em.typeOf(n);
  if (type?.oid !== OID.text && type?.oid !== OID.varchar) return false;
  const c = n.TypeCast;
  // A cast from varchar or json is binary-coercible: the datum stays as it was.
  if (c) return !!c.arg.A_Const || !RELABELED_TO_TEXT.has(em.typeOf(c.arg)?.oid ?? OID.text);
  if (n.A_Expr) return n.A_Expr.kind === 'AEXPR_OP' && names(n.A_Expr.name).at(-1) === '||';
  return !!n.FuncCall && !n.FuncCall.over && FRESH_TEXT_FUNCTIONS.has(names(n.FuncCall.funcname).at(-1)!);
}

/** The types that cast to text implicitly (an untyped NULL's is unknown). */
const STRING_TYPES = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name, OID.citext, OID.unknown]);

/**
 * The calls PostgreSQL finds no function for (42883) or several (42725), where SQLite would
 * answer: sum/avg of text or a boolean, upper() of a number.
 */
function checkArgumentKinds(name: string, args: Node[], types: Array<PgTypeInfo | null>, written: string[]): void {
  const x = types[0];
  const qualified = written.length > 1;
  const ambiguous = () => new PgError(SqlState.ambiguousFunction, `function ${name}(${types.map((t, i) => (isUnknownLiteral(args[i]) ? 'unknown' : formatType(t?.oid ?? OID.unknown, -1))).join(', ')}) is not unique`, { hint: 'Could not choose a best candidate function. You might need to add explicit type casts.' });
  // trunc(macaddr) and trunc(macaddr8) beside the numbers' leave an untyped literal no best candidate, as int4 and int8 do an int2 for to_hex.
  if (name === 'trunc' && args.length === 1 && isUnknownLiteral(args[0])) throw ambiguous();
  if (name === 'to_hex' && is(x, OID.int2)) throw ambiguous();
  // age(timestamp) and age(timestamptz) leave an untyped literal no best candidate.
  if (name === 'age' && args.length === 1 && isUnknownLiteral(args[0])) throw ambiguous();
  // No min/max of booleans (bool_and/bool_or are theirs), json, jsonb, uuid or bytea; the grouping-set rewrite's pg_catalog.min is a NULL of any type.
  if ((name === 'min' || name === 'max') && x && NO_MIN_MAX.has(x.oid) && !qualified) throw noFunction(name, types);
  // bool_and(boolean) alone: no cast makes a boolean of a number or a string value.
  if ((name === 'bool_and' || name === 'bool_or' || name === 'every') && x && x.oid !== OID.bool && x.oid !== OID.unknown && !isUnknownLiteral(args[0])) throw noFunction(name, types);
  if ((name === 'sum' || name === 'avg') && args.length === 1) {
    if (isUnknownLiteral(args[0])) throw ambiguous();
    // sum(money) is cash_pl's: SQLite's sum of the cent counts.
    if (x && !isNumber(x) && x.oid !== OID.interval && x.oid !== OID.unknown && !(name === 'sum' && x.oid === OID.money)) throw noFunction(name, types);
  }
  // corr(), regr_slope() and the rest take two float8s: a string, boolean or date has no cast to it.
  if (REGRESSION_AGGREGATES.includes(name) && types.some((t, i) => t && !isNumber(t) && t.oid !== OID.unknown && !isUnknownLiteral(args[i]))) throw noFunction(name, types);
  // The message names the function as written (`substring(x FROM 2)` is pg_catalog.substring's syntax).
  if (TEXT_FUNCTIONS.has(name) && x && (isNumber(x) || x.oid === OID.bool || isDateTime(x) || x.oid === OID.interval || isArray(x) || x.oid === OID.json || x.oid === OID.jsonb)) throw noFunction(written.join('.'), types);
  // sha224() … sha512() take bytea only: no value of another type (text included) is cast to it implicitly.
  if (BYTEA_DIGESTS.has(name) && x && x.oid !== OID.bytea && x.oid !== OID.unknown && !isUnknownLiteral(args[0])) throw noFunction(written.join('.'), types);
  // regdictionary input, where PostgreSQL reads the literal.
  const dictionary = name === 'unaccent' && args.length === 2 && isUnknownLiteral(args[0]) ? (args[0]!.A_Const.sval?.sval as string | undefined) : undefined;
  if (dictionary !== undefined && !isUnaccentDictionary(dictionary)) throw noDictionary(dictionary, args[0]!.A_Const.location + 1);
  const strings = STRING_ARGUMENTS[name] ?? 0;
  if (types.slice(0, strings).some((t, i) => t && !STRING_TYPES.has(t.oid) && !isUnknownLiteral(args[i]))) throw noFunction(written.join('.'), types);
}

/** pg_trgm's, fuzzystrmatch's and unaccent's functions, by how many leading arguments are text (only a string type casts to it implicitly). */
const STRING_ARGUMENTS: Record<string, number> = { unaccent: 1, similarity: 2, word_similarity: 2, strict_word_similarity: 2, show_trgm: 1, soundex: 1, text_soundex: 1, difference: 2, levenshtein: 2, levenshtein_less_equal: 2 };

const BYTEA_DIGESTS = new Set(['sha224', 'sha256', 'sha384', 'sha512']);

/**
 * enum_first, enum_last and enum_range of an enum type's value: from the type's labels, the value
 * itself ignored but for enum_range's bounds, which must be labels or NULL written out. The range
 * is a text[] (evsql has no arrays of enums), which prints as the enum array does.
 */
function enumCall(em: EmitContext, name: string, args: Node[]): string {
  // enum_range(NULL, 'ok'::mood): the type is the argument's that has one.
  const e = args.map((a) => em.typeOf(a)).map((t) => (t ? em.schema.enumByOid(t.oid) : undefined)).find((x) => x);
  if (!e || args.length > (name === 'enum_range' ? 2 : 1)) throw noFunction(name, args.map((a) => em.typeOf(a)));
  let labels = e.labels.map((l) => l.label);
  if (!labels.length && name !== 'enum_range') throw new PgError(SqlState.objectNotInPrerequisiteState, `enum ${e.name} contains no values`);
  const keep = args.map((a) => em.expr(a));
  if (name === 'enum_range' && args.length === 2) {
    const bound = (a: Node): number | null => {
      if (a.A_Const?.isnull || a.TypeCast?.arg.A_Const?.isnull) return null;
      const label = a.TypeCast?.arg.A_Const?.sval?.sval ?? a.A_Const?.sval?.sval;
      if (label === undefined) throw unsupported('enum_range() of bounds other than labels or NULL');
      const at = labels.indexOf(label);
      if (at < 0) throw new PgError(SqlState.invalidTextRepresentation, `invalid input value for enum ${e.name}: "${label}"`);
      return at;
    };
    const [lo, hi] = [bound(args[0]!), bound(args[1]!)];
    labels = labels.slice(lo ?? 0, hi === null ? labels.length : hi + 1);
  }
  const read = name === 'enum_range' ? labels : name === 'enum_first' ? labels.slice(0, 1) : labels.slice(-1);
  // Each label read must be committed (enum_range_internal's check_safe_enum_use).
  for (const label of read) checkEnumLabel(e, label);
  const value = name === 'enum_range' ? quoteString(JSON.stringify(labels)) : quoteString(read[0] ?? '');
  return ignoring(keep, value);
}

/**
 * A function call whose SQLite form depends on its arguments' types, or that evsql writes
 * itself; undefined to let the function table (functions.ts) write it.
 */
export function typedCall(em: EmitContext, f: Node, name: string, args: Node[]): string | undefined {
  const operator = operatorFunctionCall(em, name, args);
  if (operator !== undefined) return operator;
  const hstore = hstoreCall(em, name, args) ?? hstoreAsJson(em, f, name, args);
  if (hstore !== undefined) return hstore;
  checkNumberArguments(em, f, name, args);
  // SQLite's trim reads a BLOB as text, ending at its first zero byte.
  if (BYTEA_TRIMS[name] && args.length === 2 && is(em.typeOf(args[0]!), OID.bytea)) return `pg_bytea_trim(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, '${BYTEA_TRIMS[name]}')`;
  if (ROW_JSON.has(name) && args.length === 1) {
    const row = wholeRowJson(em, args[0]!) ?? (name === 'json_agg' ? undefined : rowExprJson(em, args[0]!));
    if (row !== undefined) return rowJsonCall(em, f, name, row);
    // json_agg writes a NULL composite value as null, which group_concat would leave out.
    const composite = compositeJson(em, args[0]!);
    if (composite !== undefined) return rowJsonCall(em, f, name, composite, true);
  }
  if (floatOfUnknown(name, args)) {
    const float8 = { TypeCast: { arg: args[0], typeName: { names: [{ String: { sval: 'float8' } }], typemod: -1 } } };
    return em.expr({ FuncCall: { ...f, args: [float8] } });
  }
  const trigonometry = TRIGONOMETRY.has(name) || DEGREE_TRIGONOMETRY.has(name);
  if (trigonometry && args.length === (name === 'atan2' || name === 'atan2d' ? 2 : 1)) {
    const floats = args.map((a) => em.expr({ TypeCast: { arg: a, typeName: { names: [{ String: { sval: 'float8' } }], typemod: -1 } } }));
    if (DEGREE_TRIGONOMETRY.has(name)) return `pg_trigd('${name}', ${floats.join(', ')})`;
    // SQLite's math functions are the C library's, as float.c calls them; pg_trig adds its checks.
    return `pg_trig('${name}', ${floats.join(', ')}, ${name === 'cot' ? 'tan' : name}(${floats.join(', ')}))`;
  }
  const printed = name === 'array_to_string' && args.length >= 2 ? arrayElementOid(em.typeOf(args[0]!)?.oid ?? 0) : 0;
  if (PRINTED_ELEMENTS.has(printed)) return `pg_array_to_string(${[`pg_array_texts(${em.expr(args[0]!)}, ${printed})`, ...args.slice(1).map((a) => em.expr(a))].join(', ')})`;
  // A char(n)[]'s elements are printed with their padding (`a |bb`), which storage leaves off.
  const chars = printed === OID.bpchar ? em.typeOf(args[0]!)!.typmod : -1;
  if (chars > 4) return `pg_array_to_string(${[`pg_pad_chars(${em.expr(args[0]!)}, ${chars})`, ...args.slice(1).map((a) => em.expr(a))].join(', ')})`;
  if (em.numericSpine.has(f) && name === 'array_to_string') return `pg_array_to_string(${[arrayTextsSql(em, args[0]!, em.expr(args[0]!)), ...args.slice(1).map((a) => em.expr(a))].join(', ')})`;
  if (em.numericSpine.has(f) && ARRAY_CONCAT_FUNCTIONS.has(name)) return elementTextsConcat(em, args, args.map((a) => em.expr(a)));
  if (em.numericSpine.has(f) && ELEMENT_EDITS.has(name)) return elementTextsEdit(em, name, args);
  // An array literal (`array_cat(tags, '{x}')`) in the stored form, as `||` reads it.
  const typed = name === 'array_cat' && args.length === 2 ? args.find((a) => !isUnknownLiteral(a)) : undefined;
  const catType = typed && args.some(isUnknownLiteral) ? em.typeOf(typed) : null;
  if (catType && arrayElementOid(catType.oid)) return `pg_array_cat(${args.map((a) => arrayOperand(em, a, em.expr(a), catType.oid)).join(', ')})`;
  const range = rangeCall(em, f, name, args, (a) => outputText(em, a, em.expr(a)));
  if (range !== undefined) return range;
  const textSearch = textSearchCall(em, name, args);
  if (textSearch !== undefined) return textSearch;
  const bits = bitStringCall(em, name, args, (a) => em.expr(a));
  if (bits !== undefined) return bits;
  const money = moneyCall(em, name, args);
  if (money !== undefined) return money;
  const argType = (i: number) => (args[i] ? em.typeOf(args[i]!) : null);
  checkArgumentKinds(name, args, args.map((_, i) => argType(i)), names(f.funcname));
  if (REGRESSION_AGGREGATES.includes(name)) {
    // SQLite runs an aggregate as a window function only with an inverse, and DISTINCT over one argument.
    if (f.over) throw unsupported(`${name}() as a window function`);
    if (f.agg_distinct) throw unsupported(`${name}(DISTINCT …)`);
  }
  const kindOf = (x: PgTypeInfo | null): string | undefined =>
    x ? ({ [OID.date]: 'date', [OID.timestamp]: 'timestamp', [OID.timestamptz]: 'timestamptz', [OID.time]: 'time', [OID.timetz]: 'timetz', [OID.interval]: 'interval' } as Record<number, string>)[x.oid] : undefined;
  switch (name) {
    case 'extract':
    case 'date_part': {
      const kind = kindOf(argType(1));
      if (!kind) notDateTimePart(em, f, name, args);
      if (!kind) return undefined;
      return `${name === 'date_part' ? 'pg_date_part' : 'pg_extract_field'}(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, '${kind}')`;
    }
    case 'substring': {
      const from = argType(1);
      // An untyped parameter is text here, as PostgreSQL resolves substring(text, unknown): a pattern.
      const param = args[1]?.ParamRef?.number as number | undefined;
      if (param !== undefined && !em.paramTypes.has(param) && args.length === 2) em.paramTypes.set(param, { oid: OID.text, typmod: -1 });
      const textual = isUnknownLiteral(args[1]) || is(from, OID.text) || is(from, OID.varchar) || (param !== undefined && em.paramTypes.get(param)?.oid === OID.text);
      // substring(s SIMILAR p ESCAPE e): the part of the match between the escape-double-quote separators.
      if (args.length === 3 && textual) return `pg_substring_similar(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, ${em.expr(args[2]!)})`;
      const pattern = args.length === 2 && textual;
      return pattern ? `pg_substring_regex(${em.expr(args[0]!)}, ${em.expr(args[1]!)})` : undefined;
    }
    case 'date_trunc': {
      const x = argType(1);
      if (is(x, OID.interval)) return `pg_interval_trunc(${em.expr(args[0]!)}, ${em.expr(args[1]!)})`;
      if (is(x, OID.date)) return `pg_date_trunc(${em.expr(args[0]!)}, pg_cast(${em.expr(args[1]!)}, ${OID.timestamptz}, -1))`;
      if (args.length === 3 && (is(x, OID.timestamptz) || isUnknownLiteral(args[1]))) {
        // An untyped literal is a timestamptz read in the session's zone, not the one named.
        const ts = is(x, OID.timestamptz) ? em.expr(args[1]!) : `pg_cast(${em.expr(args[1]!)}, ${OID.timestamptz}, -1)`;
        return `pg_date_trunc_zone(${em.expr(args[0]!)}, ${ts}, ${em.expr(args[2]!)})`;
      }
      return undefined;
    }
    case 'to_number':
      // A result column prints the number at the scale its digits were read with (`1.50`).
      return em.numericSpine.has(f) && args.length === 2 ? `pg_to_number_text(${em.expr(args[0]!)}, ${em.expr(args[1]!)})` : undefined;
    case 'date_bin': {
      if (args.length !== 3) return undefined;
      const withTz = is(argType(1), OID.timestamptz) || is(argType(2), OID.timestamptz) ? 1 : 0;
      return `pg_date_bin(${args.map((a) => em.expr(a)).join(', ')}, ${withTz})`;
    }
    case 'timeofday': {
      // timeofday()'s text is strftime's "%a %b %d %H:%M:%S.%06d %Y %Z" of the clock, in the session's zone.
      const clock = parseQuery("SELECT to_char(clock_timestamp(), 'Dy Mon DD HH24:MI:SS.US YYYY TZ')")[0]!.node.SelectStmt.targetList[0].ResTarget.val as Node;
      return args.length === 0 ? em.expr(clock) : undefined;
    }
    case 'mxid_age':
      return args.length === 1 && isXid(em, args[0]) ? xidAge(em.expr(args[0]!), true) : undefined;
    case 'age': {
      if (args.length === 1 && isXid(em, args[0])) return xidAge(em.expr(args[0]!), false);
      const withTz = is(argType(0), OID.timestamptz) ? 1 : 0;
      if (args.length === 2) return `pg_age(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, ${withTz})`;
      // age(x) is age(current_date at midnight, x), as pg_catalog's SQL definition of it.
      if (args.length === 1 && (withTz || is(argType(0), OID.timestamp))) {
        const midnight = parseQuery(`SELECT CAST(CURRENT_DATE AS ${withTz ? 'timestamptz' : 'timestamp'})`)[0]!.node.SelectStmt.targetList[0].ResTarget.val as Node;
        return `pg_age(${em.expr(midnight)}, ${em.expr(args[0]!)}, ${withTz})`;
      }
      // age(date) is age(timestamptz), the preferred of the two a date converts to: its midnight in the session's zone.
      if (args.length === 1 && is(argType(0), OID.date)) {
        const today = parseQuery('SELECT CAST(CURRENT_DATE AS timestamptz)')[0]!.node.SelectStmt.targetList[0].ResTarget.val as Node;
        return `pg_age(${em.expr(today)}, ${midnight(em.expr(args[0]!), { oid: OID.timestamptz, typmod: -1 })}, 1)`;
      }
      return undefined;
    }
    case 'avg': {
      if (is(argType(0), OID.interval)) return `pg_interval_avg(${f.agg_distinct ? 'DISTINCT ' : ''}${em.expr(args[0]!)})`;
      // float8_accum's overflow checks where no window needs an inverse transition.
      if (isFloat(argType(0)) && !f.agg_distinct && !f.agg_order) return `${f.over ? 'pg_float_avg' : 'pg_float_accum_avg'}(${em.expr(args[0]!)})`;
      if (!isNumber(argType(0))) return undefined;
      const fn = em.numericSpine.has(f) ? (f.over ? 'pg_numeric_window_avg_text' : 'pg_avg_numeric') : 'pg_num_avg';
      return `${fn}(${f.agg_distinct ? 'DISTINCT ' : ''}${em.expr(args[0]!)})`;
    }
    case 'sum':
      if (is(argType(0), OID.interval)) return `pg_interval_sum(${f.agg_distinct ? 'DISTINCT ' : ''}${em.expr(args[0]!)})`;
      // PostgreSQL adds floats one by one; SQLite's sum compensates rounding, which shows in the last digits.
      if (is(argType(0), OID.float4) && !f.agg_distinct && !f.agg_order && !f.over) return `pg_float4_sum(${em.expr(args[0]!)})`;
      if (isFloat(argType(0)) && !f.agg_distinct && !f.agg_order) return `pg_float_sum(${em.expr(args[0]!)})`;
      // A result column's sum of values that keep their scales (markScaleSpine): at the largest of them.
      if (em.numericSpine.has(f)) return `pg_numeric_${f.over ? 'window_' : f.agg_distinct ? 'distinct_' : ''}sum_text(${em.expr(args[0]!)})`;
      // sum(int8) is a numeric, which SQLite's 64-bit sum would overflow.
      return is(argType(0), OID.numeric) || is(argType(0), OID.int8) ? `pg_numeric_sum(${f.agg_distinct ? 'DISTINCT ' : ''}${em.expr(args[0]!)})` : undefined;
    case 'stddev':
    case 'stddev_samp':
    case 'stddev_pop':
    case 'variance':
    case 'var_samp':
    case 'var_pop': {
      // Exact over numerics and integers, at the input's display scale as PostgreSQL computes them.
      if (!isNumber(argType(0)) || f.agg_distinct || f.agg_order) return undefined;
      const kind = name === 'stddev' ? 'stddev_samp' : name === 'variance' ? 'var_samp' : name;
      if (isFloat(argType(0))) return f.over ? undefined : `pg_float_${kind}(${em.expr(args[0]!)})`;
      return `pg_numeric_${kind}(${em.expr(args[0]!)}, ${numericScale(em, args[0]!) ?? -1})`;
    }
    case 'min':
    case 'max':
      // Interval text does not sort as intervals do, nor numerics stored as BLOBs as numbers.
      if (is(argType(0), OID.numeric)) return `pg_numeric_${f.over ? 'window_' : ''}${name}(${em.expr(args[0]!)})`;
      if (isArray(argType(0))) return `pg_array_${em.rowElements(argType(0)!.oid) ? 'row_' : ''}${name}(${em.expr(args[0]!)})`;
      if (isInet(argType(0)) && f.over) throw unsupported(`${name}() of inet as a window function`);
      if (isInet(argType(0))) return `pg_inet_${name}(${em.expr(args[0]!)})`;
      if (is(argType(0), OID.timetz)) return `pg_timetz_${name}(${em.expr(args[0]!)})`;
      if (argType(0) && em.schema.enumByOid(argType(0)!.oid)) {
        const labels = em.schema.enumByOid(argType(0)!.oid)!.labels.map((l) => l.label);
        return `pg_enum_${name}(${em.expr(args[0]!)}, ${quoteString(JSON.stringify(labels))})`;
      }
      return is(argType(0), OID.interval) && !f.agg_distinct ? `pg_interval_${name}(${em.expr(args[0]!)})` : undefined;
    case 'pg_column_size': {
      // A fixed-size type's datum is its length; an untyped literal is a C string (its bytes and a NUL).
      // A variable-length datum's header is 1 or 4 bytes as PostgreSQL happens to hold it: not known here.
      if (args.length !== 1) throw noFunction(name, args.map((_, i) => argType(i)));
      const value = em.expr(args[0]!);
      const literal = args[0]!.A_Const?.sval?.sval as string | undefined;
      const size = literal !== undefined && isUnknownLiteral(args[0]) ? Buffer.byteLength(literal) + 1 : typeLength(argType(0)?.oid ?? OID.text);
      // A text PostgreSQL makes anew (a typed literal, `||`, lower(), a cast to text) has a 4-byte header.
      if (size <= 0 && freshText(em, args[0]!)) return `CASE WHEN (${value}) IS NULL THEN NULL ELSE 4 + length(CAST((${value}) AS BLOB)) END`;
      if (size <= 0) throw unsupported('pg_column_size() of a variable-length value');
      return `CASE WHEN (${value}) IS NULL THEN NULL ELSE ${size} END`;
    }
    case 'text':
      return args.length === 1 && isInet(argType(0)) ? `pg_inet_text(${em.expr(args[0]!)})` : undefined;
    case 'abbrev':
      return isInet(argType(0)) ? `pg_inet_abbrev(${em.expr(args[0]!)}, ${is(argType(0), OID.cidr) ? 1 : 0})` : undefined;
    case 'set_masklen':
      return isInet(argType(0)) ? `pg_inet_set_masklen(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, ${is(argType(0), OID.cidr) ? 1 : 0})` : undefined;
    case 'round':
    case 'trunc': {
      const x = argType(0);
      if (isFloat(x) && args.length === 1) return name === 'round' ? `pg_float_round(${em.expr(args[0]!)})` : `pg_float_math('trunc', ${em.expr(args[0]!)})`;
      if (isFloat(x)) throw noFunction(name, [x, argType(1)]);
      if (!isNumber(x)) return undefined;
      const rounded = `pg_num_round(${em.expr(args[0]!)}, ${args[1] ? em.expr(args[1]) : 0}, ${name === 'trunc' ? 1 : 0})`;
      // Places known only as it runs (markScaleSpine): the result's scale is theirs.
      return em.numericSpine.has(f) ? `pg_numeric_text(${rounded}, min(max(${em.expr(args[1]!)}, 0), ${NUMERIC_MAX_DSCALE}))` : rounded;
    }
    case 'ceil':
    case 'ceiling':
    case 'floor':
      if (is(argType(0), OID.numeric)) return `pg_num_ceil(${em.expr(args[0]!)}, ${name === 'floor' ? 0 : 1})`;
      // SQLite's own take a stored NaN (the text 'NaN') for NULL.
      return isFloat(argType(0)) ? `pg_float_math('${name === 'floor' ? 'floor' : 'ceil'}', ${em.expr(args[0]!)})` : undefined;
    case 'sign':
      return isFloat(argType(0)) ? `pg_float_math('sign', ${em.expr(args[0]!)})` : undefined;
    case 'scale': {
      // The display scale: the type's or the literal's when it tells, else the digits of the value's
      // text, which prints the scale a stored value, a parameter or an aggregate carries.
      if (args.length !== 1 || !is(argType(0), OID.numeric)) return undefined;
      const known = numericScale(em, args[0]!);
      if (known !== undefined) return `CASE WHEN (${em.expr(args[0]!)}) IS NULL THEN NULL ELSE ${known} END`;
      return `pg_text_scale(${em.expr({ TypeCast: { arg: args[0], typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } })})`;
    }
    case 'lead':
    case 'lag': {
      // An untyped default is read as the values' type (`lag(d, 1, '2024-01-01')` a date; of a
      // numeric the scales' spine decides, markScaleSpine).
      const valueType = argType(0);
      if (args.length === 3 && isUnknownLiteral(args[2]) && valueType && valueType.oid !== OID.unknown && valueType.oid !== OID.numeric && !arrayElementOid(valueType.oid)) {
        const typed = { TypeCast: { arg: args[2], typeName: { names: [{ String: { sval: typeName(valueType.oid) } }], typemod: -1 } } };
        return `${name}(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, ${em.expr(typed)})`;
      }
      // A result column of values and a default of different scales (markScaleSpine): each printed with its own.
      if (!em.numericSpine.has(f)) return undefined;
      // A stored column (no scale of its own) comes as its display text (markScaleSpine).
      const scaled = (a: Node) => (numericScale(em, a) === undefined ? em.expr(a) : `pg_numeric_text(${em.expr(a)}, ${numericScale(em, a)})`);
      return `${name}(${scaled(args[0]!)}, ${em.expr(args[1]!)}, ${scaled(args[2]!)})`;
    }
    case 'textcat':
      // textcat(text, text) is `||` of two strings (functions.ts); no implicit cast makes a text of a number, a date or a boolean.
      if (args.length !== 2 || args.some((a, i) => !isUnknownLiteral(a) && argType(i) && !STRING_TYPES.has(argType(i)!.oid))) throw noFunctionCall(em, name, args);
      return undefined;
    case 'length':
    case 'char_length':
    case 'character_length':
      // No length() takes a number: PostgreSQL does not cast one to text for it.
      if (isNumber(argType(0))) throw noFunction(name, [argType(0)]);
      if (name === 'length' && args.length === 2 && is(argType(0), OID.bytea)) return `pg_bytea_length(${em.expr(args[0]!)}, ${em.expr(args[1]!)})`;
      return undefined;
    case 'make_interval': {
      // Named arguments (`make_interval(days => 3)`) go to their places; the others are 0.
      const slots = ['years', 'months', 'weeks', 'days', 'hours', 'mins', 'secs'];
      const values = slots.map(() => '0');
      // All but secs are int4s: a bigint or a fractional number there finds no function.
      const typeOfArg = (a: Node) => em.typeOf(a.NamedArgExpr ? a.NamedArgExpr.arg : a);
      const notInt4 = (a: Node, i: number) => (a.NamedArgExpr ? slots.indexOf(a.NamedArgExpr.name) : i) !== 6 && isNumber(typeOfArg(a)) && typeOfArg(a)!.oid !== OID.int2 && typeOfArg(a)!.oid !== OID.int4;
      if (args.some(notInt4)) {
        const typeName = (a: Node) => formatType(typeOfArg(a)?.oid ?? OID.unknown, -1);
        const list = args.map((a) => (a.NamedArgExpr ? `${a.NamedArgExpr.name} => ${typeName(a)}` : typeName(a))).join(', ');
        throw new PgError(SqlState.undefinedFunction, `function make_interval(${list}) does not exist`, { hint: 'No function matches the given name and argument types. You might need to add explicit type casts.' });
      }
      args.forEach((a, i) => {
        const at = a.NamedArgExpr ? slots.indexOf(a.NamedArgExpr.name) : i;
        if (at < 0) throw new PgError(SqlState.undefinedFunction, `function make_interval(${a.NamedArgExpr.name} => …) does not exist`);
        values[at] = em.expr(a.NamedArgExpr ? a.NamedArgExpr.arg : a);
      });
      return `pg_make_interval(${values.join(', ')})`;
    }
    case 'sqrt':
    case 'cbrt':
    case 'exp':
    case 'ln':
    case 'log':
    case 'log10':
    case 'power':
    case 'pow':
      return mathCall(em, { FuncCall: f }, f, name, args, args.map((a) => em.expr(a)));
    case 'count':
      // count(DISTINCT (a, b)): rows as their record text, equal when their fields' stored forms are
      // (one per value); a row of NULLs is a row, counted.
      if (f.agg_distinct && !f.agg_order && args.length === 1 && args[0]!.RowExpr) return `count(DISTINCT pg_record_out(${(args[0]!.RowExpr.args as Node[]).map((a) => em.expr(a)).join(', ')}))`;
      return undefined;
    case 'array_to_json':
      // It is to_json of the array, broken into lines where pretty_bool asks.
      if (args.length > 2) return undefined;
      const json = em.expr({ FuncCall: { ...f, args: [args[0]], funcname: [{ String: { sval: 'to_json' } }] } });
      return args.length === 1 ? json : `pg_json_pretty_array(${json}, ${em.expr(args[1]!)})`;
    case 'json_extract_path':
    case 'jsonb_extract_path':
    case 'json_extract_path_text':
    case 'jsonb_extract_path_text': {
      // VARIADIC text[] takes one element at least: without a path there is no such function.
      if (args.length < 2) throw noFunctionCall(em, name, args);
      // The variadic path is #>'s (or #>>'s) text[].
      const op = name.endsWith('_text') ? '#>>' : '#>';
      const path = { A_ArrayExpr: { elements: args.slice(1).map((a) => (isUnknownLiteral(a) ? { TypeCast: { arg: a, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } } : a)) } };
      const doc = name.startsWith('jsonb') || !isUnknownLiteral(args[0]) ? args[0] : { TypeCast: { arg: args[0], typeName: { names: [{ String: { sval: 'json' } }], typemod: -1 } } };
      const cast = name.startsWith('jsonb') && isUnknownLiteral(args[0]) ? { TypeCast: { arg: args[0], typeName: { names: [{ String: { sval: 'jsonb' } }], typemod: -1 } } } : doc;
      return em.expr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: op } }], lexpr: cast, rexpr: path } });
    }
    case 'to_hex':
      return args.length === 1 ? `pg_to_hex(${em.expr(args[0]!)}, ${is(argType(0), OID.int8) ? 64 : 32})` : undefined;
    case 'abs':
      if (isInt(argType(0))) return `pg_int_check(abs(${em.expr(args[0]!)}), ${argType(0)!.oid})`;
      // SQLite's abs keeps -0 and takes the text 'NaN' for 0.
      if (!is(argType(0), OID.numeric)) return is(argType(0), OID.float8) || is(argType(0), OID.float4) ? `pg_float_math('abs', ${em.expr(args[0]!)})` : undefined;
      return em.numericSpine.has(f) ? `pg_num_text('abs', 0, ${em.expr(args[0]!)}, 0, -1)` : `pg_num_abs(${em.expr(args[0]!)})`;
    case 'gcd':
    case 'lcm': {
      if (args.length !== 2) return undefined;
      const result = em.typeOf({ FuncCall: f });
      const [a, b] = [em.expr(args[0]!), em.expr(args[1]!)];
      if (is(result, OID.numeric)) return `pg_num_${name}(${a}, ${b})`;
      return `pg_${name}(${a}, ${b}, ${result?.oid ?? OID.int8})`;
    }
    case 'mod': {
      if (isFloat(argType(0)) || isFloat(argType(1))) throw noFunction(name, [argType(0), argType(1)]);
      if (!is(em.typeOf({ FuncCall: f }), OID.numeric)) return undefined;
      const [a, b] = [em.expr(args[0]!), em.expr(args[1]!)];
      return em.numericSpine.has(f) ? `pg_num_text('%', ${a}, ${b}, ${numericScale(em, args[0]!) ?? -1}, ${numericScale(em, args[1]!) ?? -1})` : `pg_num_mod(${a}, ${b})`;
    }
    case 'enum_first':
    case 'enum_last':
    case 'enum_range':
      return enumCall(em, name, args);
    case 'pg_typeof': {
      // A regtype is an OID; the catalog prints it as the type's name. A cast to a domain (withDomainCasts) is of the domain.
      const unknown = isUnknownLiteral(args[0]) || (args[0]?.TypeCast && names(args[0].TypeCast.typeName.names).at(-1) === 'unknown');
      const x = unknown ? { oid: OID.unknown } : (args[0]?.FuncCall?.domain ? { oid: domainOid(args[0].FuncCall.domain) } : argType(0));
      if (!x) return undefined;
      // Of an aggregate the query stays an aggregate query: one row, not one per input row.
      if (args[0] && hasAggregate(args[0])) return `iif((${em.expr(args[0])}) IS NULL, ${x.oid}, ${x.oid})`;
      // The argument is not evaluated, but what PostgreSQL refuses in it is refused (`ROW(1, 2)::nosuchtype`, 42704).
      if (args[0] && !JSON.stringify(args[0]).includes('"ParamRef"')) em.expr(args[0]);
      return String(x.oid);
    }
    case 'array_agg': {
      if (is(argType(0), OID.bytea)) throw unsupported('an array of bytea');
      // An array of a table's row type, whose elements array_to_json and unnest would take apart: evsql keeps none.
      // So is `array_agg(t.*)`, t's whole row as `t` is.
      const ref = args[0]!.ColumnRef ? names(args[0]!.ColumnRef.fields) : [];
      const whole = ref.length === 1 || (ref.length === 2 && ref[1] === '*') ? ref[0] : undefined;
      if (whole !== undefined && em.scope?.wholeRowValue(whole)) throw unsupported('array_agg of a whole row');
      // A numeric of no scale to print (none known, or 0) goes in as array_in stores it (pg_num_element: a
      // numeric of more digits than a REAL holds as a JSON string), so that equal arrays are one text.
      const stored = is(argType(0), OID.numeric) && !em.numericSpine.has(args[0]!) && !numericScale(em, args[0]!);
      // A row goes in as the text record_out prints (an element of record[]), which SQLite's row value is not.
      const row = args[0]!.RowExpr?.args as Node[] | undefined;
      // A json or jsonb value is an element as its text (a JSON string), as ARRAY[…] stores it: a
      // document of its own would read back as a nested array (`[1, 2]` as {{1,2}}) or an object.
      const json = is(argType(0), OID.json) || is(argType(0), OID.jsonb);
      const element = row ? em.rowOutput(row) : stored ? `pg_num_element(${em.expr(args[0]!)})` : json ? em.expr(args[0]!) : jsonValue(em, args[0]!);
      const agg = `json_group_array(${aggregateInput(em, f, element)})`;
      // Of arrays: each must be one of the same dimensions (array_agg_array_transfn's errors).
      if (isArray(argType(0))) return `pg_array_agg_arrays(${filtered(em, f, agg)})`;
      return distinctNumbers(f, argType(0), () => filtered(em, f, agg)) ?? agg;
    }
    case 'string_agg': {
      // string_agg(text, text) and (bytea, bytea) only: no number, date or boolean is cast to text for it.
      const value = argType(0);
      if (value && (isNumber(value) || isDateTime(value) || arrayElementOid(value.oid) !== 0 || ([OID.bool, OID.interval, OID.json, OID.jsonb, OID.uuid] as number[]).includes(value.oid))) throw noFunctionCall(em, name, args);
      // group_concat would join bytea as text and answer a text: the values joined as hex, with one separator.
      if (is(argType(0), OID.bytea)) {
        const constant = (n: Node | undefined): boolean => !!n && (!!n.A_Const || (!!n.TypeCast && constant(n.TypeCast.arg)));
        if (f.agg_distinct || !constant(args[1])) throw unsupported('string_agg of bytea with DISTINCT or a separator other than a constant');
        // Emitted twice, once for each place: each emission binds its own parameters.
        const value = `iif((${em.expr(args[0]!)}) IS NULL, NULL, hex(${em.expr(args[0]!)}))`;
        // An untyped separator is a bytea's input text (`'\x00'` is one zero byte), not the bytes of its text.
        const separator = isUnknownLiteral(args[1]) ? { TypeCast: { arg: args[1], typeName: { names: [{ String: { sval: 'bytea' } }], typemod: -1 }, location: -1 } } : args[1]!;
        return `unhex(pg_join_distinct(${filtered(em, f, `json_group_array(${aggregateInput(em, f, value)})`)}, hex(${em.expr(separator)})))`;
      }
      if (!f.agg_distinct) return undefined;
      // SQLite's DISTINCT aggregates take one argument: the distinct values as a JSON array, joined after.
      // Without ORDER BY the values come sorted, as PostgreSQL's DISTINCT sorts them to find duplicates.
      const sorts = (f.agg_order as Node[] | undefined) ?? [{ SortBy: { node: args[0], sortby_dir: 'SORTBY_DEFAULT', sortby_nulls: 'SORTBY_NULLS_DEFAULT' } }];
      const order = ' ORDER BY ' + sorts.map((s) => em.sortBy(s)).join(', ');
      return `pg_join_distinct(${filtered(em, f, `json_group_array(DISTINCT ${em.expr(args[0]!)}${order})`)}, ${em.expr(args[1]!)})`;
    }
    case 'quote_literal':
    case 'quote_nullable':
      // quote_literal(anyelement) quotes the value's text: `true`, `3.50`.
      // A parameter is the text the client sent.
      return args.length === 1 && !args[0]!.ParamRef ? `pg_${name}(${asText(em, args[0]!, em.expr(args[0]!), true)})` : undefined;
    case 'overlaps': {
      // (start, interval) is (start, start + interval); mixed dates and timestamps compare as
      // timestamps (pg_overlaps orders the values' stored text, which within one type sorts as they do).
      if (args.length !== 4) return undefined;
      const types = args.map((_, i) => argType(i)?.oid);
      const points = types.filter((o, i) => o !== OID.interval && !isUnknownLiteral(args[i]));
      if (!types.includes(OID.interval) && new Set(points).size <= 1) return undefined;
      const target = points.includes(OID.timestamptz) ? 'timestamptz' : points.length && points.every((o) => o === OID.time) ? 'time' : 'timestamp';
      const cast = (arg: Node): Node => ({ TypeCast: { arg, typeName: { names: [{ String: { sval: target } }], typemod: -1 } } });
      const ends = args.map((a, i) => (i % 2 === 1 && types[i] === OID.interval ? { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '+' } }], lexpr: cast(args[i - 1]!), rexpr: a } } : cast(a)));
      return `pg_overlaps(${ends.map((e) => em.expr(e)).join(', ')})`;
    }
    case 'to_char': {
      const x = argType(0);
      const kind = kindOf(x);
      if (kind === 'date' || kind === 'timestamp' || kind === 'timestamptz') return `pg_to_char_time(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, '${kind}')`;
      if (isNumber(x)) return `pg_to_char_number(${em.expr(args[0]!)}, ${em.expr(args[1]!)}, ${is(x, OID.float8) ? 15 : is(x, OID.float4) ? 6 : 0})`;
      // A time goes to to_char(interval) by its implicit cast to interval.
      if (kind === 'interval' || is(x, OID.time)) return `pg_to_char_interval(${em.expr(args[0]!)}, ${em.expr(args[1]!)})`;
      return undefined;
    }
    case 'to_timestamp':
      return args.length === 2 ? `pg_to_timestamp_text(${em.expr(args[0]!)}, ${em.expr(args[1]!)})` : `pg_to_timestamp(${em.expr(args[0]!)})`;
    case 'timezone': {
      const x = argType(1);
      if (is(x, OID.timetz)) return `pg_timetz_zone(${em.expr(args[1]!)}, ${em.expr(args[0]!)}, ${is(argType(0), OID.interval) ? 1 : 0})`;
      if (!is(x, OID.timestamptz) && !is(x, OID.timestamp) && !is(x, OID.date)) throw unsupported('AT TIME ZONE on a value that is not a timestamp');
      const value = is(x, OID.date) ? `pg_cast(${em.expr(args[1]!)}, ${OID.timestamptz}, -1)` : em.expr(args[1]!);
      return `pg_at_time_zone(${em.expr(args[0]!)}, ${value}, ${is(x, OID.timestamp) ? 0 : 1}, ${is(argType(0), OID.interval) ? 1 : 0})`;
    }
    case 'json_build_object': {
      if (args.length % 2 !== 0) throw new PgError(SqlState.invalidParameterValue, 'argument list must have even number of elements', { hint: 'The arguments of json_build_object() must consist of alternating keys and values.' });
      const members = [];
      for (let i = 0; i < args.length; i += 2) members.push(`pg_json_key(${keyText(em, args[i]!)}, ${i + 1}) || ' : ' || ${jsonMember(em, args[i + 1]!)}`);
      return `'{' || ${members.length ? members.join(" || ', ' || ") + ' || ' : ''}'}'`;
    }
    case 'json_build_array':
      return `'[' || ${args.length ? args.map((a) => jsonMember(em, a)).join(" || ', ' || ") + ' || ' : ''}']'`;
    case 'jsonb_build_object':
      return jsonText(name, `json_object(${args.map((a, i) => (i % 2 === 0 ? keyText(em, a) : jsonValue(em, a))).join(', ')})`);
    case 'jsonb_build_array':
      return jsonText(name, `json_array(${args.map((a) => jsonValue(em, a)).join(', ')})`);
    case 'to_jsonb':
    case 'to_json': {
      // to_json of json is the text as written, of jsonb as it prints.
      if (name === 'to_json' && (is(argType(0), OID.json) || is(argType(0), OID.jsonb) || isArray(argType(0)))) return arrayJson(em, args[0]!);
      // NULL in, NULL out (a NULL inside a document is JSON's null).
      const arg = em.expr(args[0]!);
      return `CASE WHEN (${arg}) IS NULL THEN NULL ELSE ${jsonText(name, `json_array(${jsonValue(em, args[0]!)}) -> 0`)} END`;
    }
    case 'json_agg': {
      if (f.agg_distinct) {
        const agg = () => filtered(em, f, `json_group_array(${aggregateInput(em, f, jsonValue(em, args[0]!))})`);
        return jsonText(name, distinctNumbers(f, argType(0), agg) ?? agg());
      }
      const structured = args[0]!.RowExpr ? '1' : isArray(argType(0)) ? `(${em.expr(args[0]!)}) IS NOT NULL` : '0';
      return `pg_json_agg_text(${jsonMember(em, args[0]!)}, ${structured}${aggregateOrder(em, f)})`;
    }
    case 'jsonb_agg': {
      const agg = () => filtered(em, f, `json_group_array(${aggregateInput(em, f, jsonValue(em, args[0]!))})`);
      return jsonText(name, distinctNumbers(f, argType(0), agg) ?? agg());
    }
    case 'json_object_agg':
      return `pg_json_object_agg_text(${keyText(em, args[0]!)}, ${jsonMember(em, args[1]!)}${aggregateOrder(em, f)})`;
    case 'jsonb_object_agg': {
      // Over no rows it is NULL; over any, an object of at least one key.
      return jsonText(name, `nullif(${filtered(em, f, `json_group_object(pg_jsonb_object_key(${keyText(em, args[0]!)}), ${jsonValue(em, args[1]!)}${aggregateOrder(em, f)})`)}, '{}')`);
    }
    default:
      if (TEXT_WRITERS.has(name)) {
        // concat and concat_ws take "any" VARIADIC: at least one value after concat_ws's separator.
        if (args.length < (name === 'concat_ws' ? 2 : 1)) throw noFunction(name, args.map((a) => em.typeOf(a)));
        const fn = name === 'concat' ? 'pg_concat' : name === 'concat_ws' ? 'pg_concat_ws' : 'pg_format';
        return `${fn}(${args.map((a) => asText(em, a, em.expr(a), false)).join(', ')})`;
      }
      return undefined;
  }
}

/**
 * sqrt, cbrt, exp, ln, log and power: of numerics at numeric's precision and scales, else of float8
 * with PostgreSQL's checks. `spineKey` is the node markScaleSpine marks.
 */
function mathCall(em: EmitContext, n: Node, spineKey: Node, name: string, args: Node[], sql: string[]): string {
  const fn = name === 'pow' ? 'power' : name === 'log' && args.length === 1 ? 'log10' : name;
  if (!is(em.typeOf(n), OID.numeric)) return `pg_float_math('${fn}', ${sql.join(', ')})`;
  const scaled = args.map((a, i) => `${sql[i]}, ${numericScale(em, a) ?? -1}`).join(', ');
  return `${em.numericSpine.has(spineKey) ? 'pg_numeric_math' : 'pg_num_math'}('${fn}', ${scaled})`;
}

/**
 * The branches of a COALESCE, CASE, GREATEST or LEAST that yield numerics of different scales
 * (`coalesce(sum(total), 0)`): PostgreSQL prints each value with its own, so at the root of a
 * result column each branch is formatted with its scale. Undefined where that is not needed.
 */
export function mixedScaleOutput(em: EmitContext, n: Node): string | undefined {
  const branches = mixedScaleBranches(em, n, em.numericSpine.has(n));
  if (!branches) return undefined;
  // A stored numeric's branch (in the spine) prints its display text where it has one.
  const scaled = (b: Node) => {
    if (isNullValue(b)) return 'NULL';
    const scale = numericScale(em, b);
    return scale === undefined ? em.expr(b) : `pg_numeric_text(${em.expr(b)}, ${scale})`;
  };
  if (n.CoalesceExpr) return `coalesce(${branches.map(scaled).join(', ')})`;
  if (n.MinMaxExpr) {
    // A stored branch comes with its display text, at the scale it was written with (-1).
    const args = branches.map((b) => (isNullValue(b) ? 'NULL, 0' : `${em.expr(b)}, ${numericScale(em, b) ?? -1}`));
    return `pg_scaled_${n.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least'}(${args.join(', ')})`;
  }
  const c = n.CaseExpr;
  let sql = 'CASE';
  if (c.arg) sql += ' ' + em.expr(c.arg);
  for (const w of c.args as Node[]) sql += ` WHEN ${em.expr(w.CaseWhen.expr)} THEN ${scaled(w.CaseWhen.result)}`;
  return sql + (c.defresult ? ` ELSE ${scaled(c.defresult)}` : '') + ' END';
}
