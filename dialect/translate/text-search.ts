/**
 * Full text search in SQL (dialect/runtime/text-search-functions.ts): the types of its functions
 * and operators, their calls with the argument types PostgreSQL accepts, `@@` between a tsvector,
 * a tsquery and text, and the casts. A configuration is a literal read now, as regconfigin reads
 * it at parse time, or the session's default_text_search_config read when the call runs.
 */
import { configNamed, dictionaryNamed } from '../../pg/text-search/config.js';
import { OID, arrayElementOid, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { quoteString } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import { noFunctionCall, noOperator } from './no-function.js';
import { type Node, names } from './parse.js';
import { REFUSED_TEXT_SEARCH_FUNCTIONS, isString, isTextSearch } from './text-search-types.js';
import { isNullLiteral, isUnknownLiteral } from './types.js';
import { unsupported } from './unsupported.js';

/** The configuration argument: a literal (or a literal cast to regconfig) checked now. */
function configArgument(n: Node): string {
  return quoteString(configNamed(regLiteral(n, 'regconfig', 'configuration')));
}

/** A literal, or a literal cast to `type` (a reg* type), naming a text search object. */
function regLiteral(n: Node, type: string, what: string): string {
  const literal = n.A_Const?.sval?.sval ?? (n.TypeCast && names(n.TypeCast.typeName.names).at(-1) === type ? n.TypeCast.arg?.A_Const?.sval?.sval : undefined);
  if (typeof literal !== 'string') throw unsupported(`a text search ${what} other than a literal`);
  return literal;
}

/** The session's default_text_search_config, read when the statement runs. */
const DEFAULT_CONFIG = 'pg_ts_default_config()';

/** A call of a text search function; undefined when `name` is none of them or its arguments another function's (length(text)). */
export function textSearchCall(em: EmitContext, name: string, args: Node[]): string | undefined {
  if (REFUSED_TEXT_SEARCH_FUNCTIONS.has(name)) throw unsupported(`${name}()`);
  const types = args.map((a) => (isUnknownLiteral(a) || isNullLiteral(a) ? null : em.typeOf(a)));
  const one = (oid: number) => args.length === 1 && (types[0] === null || types[0]!.oid === oid);
  switch (name) {
    case 'to_tsvector':
    case 'to_tsquery':
    case 'plainto_tsquery':
    case 'phraseto_tsquery':
    case 'websearch_to_tsquery': {
      const last = types.at(-1) ?? null;
      if (name === 'to_tsvector' && (last?.oid === OID.json || last?.oid === OID.jsonb)) return jsonTsvector(em, args, types, last.oid, undefined);
      if (args.length < 1 || args.length > 2 || !isString(last)) throw noFunctionCall(em, name, args);
      const config = args.length === 2 ? configArgument(args[0]!) : DEFAULT_CONFIG;
      return `pg_${name}(${config}, ${em.expr(args.at(-1)!)})`;
    }
    case 'json_to_tsvector':
    case 'jsonb_to_tsvector': {
      const oid = name === 'json_to_tsvector' ? OID.json : OID.jsonb;
      const doc = types.at(-2) ?? null;
      const filter = types.at(-1) ?? null;
      if (args.length < 2 || args.length > 3 || (doc !== null && doc.oid !== oid) || (filter !== null && filter.oid !== OID.jsonb)) throw noFunctionCall(em, name, args);
      return jsonTsvector(em, args.slice(0, -1), types.slice(0, -1), oid, em.expr(args.at(-1)!));
    }
    case 'ts_lexize': {
      if (args.length !== 2 || (types[1] !== null && !isString(types[1]))) throw noFunctionCall(em, name, args);
      return `pg_ts_lexize(${quoteString(dictionaryNamed(regLiteral(args[0]!, 'regdictionary', 'dictionary')))}, ${em.expr(args[1]!)})`;
    }
    case 'length':
      return args.length === 1 && types[0]?.oid === OID.tsvector ? `pg_ts_length(${em.expr(args[0]!)})` : undefined;
    case 'strip':
      if (!one(OID.tsvector)) throw noFunctionCall(em, name, args);
      return `pg_ts_strip(${tsOperand(args[0]!, em.expr(args[0]!), OID.tsvector)})`;
    case 'ts_delete': {
      const lexemes = types[1] ?? null;
      const ok = args.length === 2 && (types[0] === null || types[0].oid === OID.tsvector) && (lexemes === null || isString(lexemes) || lexemes.oid === OID.text_array);
      if (!ok) throw noFunctionCall(em, name, args);
      return `pg_ts_delete(${tsOperand(args[0]!, em.expr(args[0]!), OID.tsvector)}, ${em.expr(args[1]!)}, ${lexemes?.oid === OID.text_array ? 1 : 0})`;
    }
    case 'ts_filter': {
      const ok = args.length === 2 && (types[0] === null || types[0].oid === OID.tsvector) && (types[1] === null || types[1].oid === OID.char_array);
      if (!ok) throw noFunctionCall(em, name, args);
      return `pg_ts_filter(${tsOperand(args[0]!, em.expr(args[0]!), OID.tsvector)}, ${em.expr(args[1]!)})`;
    }
    case 'array_to_tsvector':
      if (!one(OID.text_array)) throw noFunctionCall(em, name, args);
      return `pg_array_to_tsvector(${em.expr(args[0]!)})`;
    case 'tsvector_to_array':
      if (!one(OID.tsvector)) throw noFunctionCall(em, name, args);
      return `pg_tsvector_to_array(${tsOperand(args[0]!, em.expr(args[0]!), OID.tsvector)})`;
    case 'get_current_ts_config':
      if (args.length) throw noFunctionCall(em, name, args);
      // regconfigout leaves out pg_catalog, where the built-in configurations are.
      return `substr(${DEFAULT_CONFIG}, ${'pg_catalog.'.length + 1})`;
    case 'numnode':
    case 'querytree':
      if (!one(OID.tsquery)) throw noFunctionCall(em, name, args);
      return `pg_ts_${name}(${tsOperand(args[0]!, em.expr(args[0]!), OID.tsquery)})`;
    case 'setweight': {
      const ok = (args.length === 2 || args.length === 3) && (types[0] === null || types[0].oid === OID.tsvector) && (types[1] === null || types[1].oid === OID.char);
      if (!ok || (args.length === 3 && types[2] !== null && types[2].oid !== OID.text_array)) throw noFunctionCall(em, name, args);
      return `pg_ts_setweight(${[tsOperand(args[0]!, em.expr(args[0]!), OID.tsvector), ...args.slice(1).map((a) => em.expr(a))].join(', ')})`;
    }
    case 'tsquery_phrase': {
      const ok = (args.length === 2 || args.length === 3) && types.slice(0, 2).every((t) => t === null || t.oid === OID.tsquery);
      if (!ok || (args.length === 3 && types[2] !== null && ![OID.int2, OID.int4].includes(types[2].oid as never))) throw noFunctionCall(em, name, args);
      return `pg_tsquery_op('<->', ${tsOperand(args[0]!, em.expr(args[0]!), OID.tsquery)}, ${tsOperand(args[1]!, em.expr(args[1]!), OID.tsquery)}${args[2] ? `, ${isUnknownLiteral(args[2]) ? `pg_cast(${em.expr(args[2])}, ${OID.int4}, -1)` : em.expr(args[2])}` : ''})`;
    }
    case 'ts_rank':
    case 'ts_rank_cd': {
      // ts_rank([weights real[], ]vector, query[, normalization]): three untyped arguments fit either.
      if (args.length === 3 && types.every((t) => t === null)) {
        throw new PgError(SqlState.ambiguousFunction, `function ${name}(unknown, unknown, unknown) is not unique`, { hint: 'Could not choose a best candidate function. You might need to add explicit type casts.' });
      }
      const weighted = args.length === 4 || (types[0] !== null && arrayElementOid(types[0].oid) !== 0) || (types[0] === null && args.length === 3 && (types[1]?.oid === OID.tsvector || types[2]?.oid === OID.tsquery));
      const [rest, restTypes] = weighted ? [args.slice(1), types.slice(1)] : [args, types];
      const ok = (rest.length === 2 || rest.length === 3) && (restTypes[0] === null || restTypes[0].oid === OID.tsvector) && (restTypes[1] === null || restTypes[1].oid === OID.tsquery);
      const weightsOk = !weighted || types[0] === null || WEIGHT_ARRAYS.has(types[0].oid);
      if (!ok || !weightsOk || (rest.length === 3 && restTypes[2] !== null && ![OID.int2, OID.int4].includes(restTypes[2].oid as never))) throw noFunctionCall(em, name, args);
      const weights = weighted ? `, ${isUnknownLiteral(args[0]) ? `pg_cast(${em.expr(args[0]!)}, ${OID.float4_array}, -1)` : em.expr(args[0]!)}` : '';
      return `pg_${name}(${tsOperand(rest[0]!, em.expr(rest[0]!), OID.tsvector)}, ${tsOperand(rest[1]!, em.expr(rest[1]!), OID.tsquery)}, ${rest[2] ? em.expr(rest[2]) : 0}${weights})`;
    }
    default:
      return undefined;
  }
}

/**
 * to_tsvector over a json or jsonb document (`args` the configuration, if given, and the document):
 * its strings, or with `filter` (a jsonb's SQL) what that names; jsonb's in jsonb's key order.
 */
function jsonTsvector(em: EmitContext, args: Node[], types: Array<PgTypeInfo | null>, oid: number, filter: string | undefined): string {
  if (args.length < 1 || args.length > 2) throw noFunctionCall(em, 'to_tsvector', args);
  const config = args.length === 2 ? configArgument(args[0]!) : DEFAULT_CONFIG;
  const doc = em.expr(args.at(-1)!);
  return `pg_json_to_tsvector(${config}, ${oid === OID.jsonb && types.at(-1)?.oid !== OID.jsonb ? `pg_jsonb(${doc})` : doc}, ${filter ?? `'"string"'`})`;
}

/** An operand of a text search type (`sql` its SQL): an untyped literal read by the type's input function. */
function tsOperand(n: Node, sql: string, oid: number): string {
  if (!isUnknownLiteral(n)) return sql;
  // tsqueryin's NOTICE for a query without lexemes comes from the runtime's reading.
  return oid === OID.tsquery ? `pg_tsquery_in(${sql})` : `pg_cast(${sql}, ${OID.tsvector}, -1)`;
}

/** The arrays real[] takes implicitly: of the integers, numeric and real. */
const WEIGHT_ARRAYS = new Set<number>([OID.float4_array, OID.int2_array, OID.int4_array, OID.int8_array, OID.numeric_array]);

const TSVECTOR = { oid: OID.tsvector, typmod: -1 };
const TSQUERY = { oid: OID.tsquery, typmod: -1 };
const COMPARISON = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/** An operator with a text search type on a side, or `@@`; undefined when it is not theirs. */
export function textSearchOperator(em: EmitContext, op: string, ln: Node | undefined, rn: Node, l: string | undefined, r: string, lt: PgTypeInfo | null, rt: PgTypeInfo | null): string | undefined {
  const untyped = (n: Node | undefined) => isUnknownLiteral(n) || isNullLiteral(n);
  if (!ln || l === undefined) {
    if (op !== '!!' || !(rt?.oid === OID.tsquery || untyped(rn))) return undefined;
    return `pg_tsquery_op('!!', ${tsOperand(rn, r, OID.tsquery)}, NULL)`;
  }
  const [ltt, rtt] = [untyped(ln) ? null : lt, untyped(rn) ? null : rt];
  if ((op === '@@' || op === '@@@') && [lt, rt].some((t) => t?.oid === OID.json || t?.oid === OID.jsonb || t?.oid === OID.jsonpath)) return undefined;
  if (op === '@@' || op === '@@@') {
    // An untyped parameter beside a tsvector is a tsquery, beside a tsquery a tsvector.
    for (const [n, other] of [[ln, rtt], [rn, ltt]] as const) {
      const param = n.ParamRef?.number as number | undefined;
      if (param !== undefined && !em.paramTypes.has(param) && isTextSearch(other)) em.paramTypes.set(param, other!.oid === OID.tsvector ? TSQUERY : TSVECTOR);
    }
    const vector = (n: Node, t: PgTypeInfo | null, sql: string) => (t?.oid === OID.tsvector ? sql : `pg_to_tsvector(${DEFAULT_CONFIG}, ${sql})`);
    if (ltt?.oid === OID.tsquery && (rtt === null || rtt.oid === OID.tsvector)) return `pg_ts_match(${tsOperand(rn, r, OID.tsvector)}, ${l})`;
    if (ltt?.oid === OID.tsvector || isString(ltt)) {
      if (rtt?.oid === OID.tsquery) return `pg_ts_match(${vector(ln, ltt, l)}, ${r})`;
      if (ltt?.oid === OID.tsvector && rtt === null) return `pg_ts_match(${l}, ${tsOperand(rn, r, OID.tsquery)})`;
      if (isString(ltt) && isString(rtt)) return `pg_ts_match(${vector(ln, ltt, l)}, pg_plainto_tsquery(${DEFAULT_CONFIG}, ${r}))`;
    }
    throw noOperator(op, lt, rt);
  }
  if (!isTextSearch(ltt) && !isTextSearch(rtt)) return undefined;
  const oid = (isTextSearch(ltt) ? ltt : rtt)!.oid;
  const same = (ltt === null || ltt.oid === oid) && (rtt === null || rtt.oid === oid);
  if (!same) throw noOperator(op, lt, rt);
  const [a, b] = [tsOperand(ln, l, oid), tsOperand(rn, r, oid)];
  // Equal values have one output text; their order (tsvector_cmp, tsquery_cmp) is not the text's.
  if (op === '=' || op === '<>' || op === '!=') return `(${a}) ${op === '!=' ? '<>' : op} (${b})`;
  if (COMPARISON.has(op)) throw unsupported(`${op} between ${formatType(oid, -1)} values`);
  if (op === '||' && oid === OID.tsvector) return `pg_ts_concat(${a}, ${b})`;
  if ((op === '&&' || op === '||' || op === '<->') && oid === OID.tsquery) return `pg_tsquery_op('${op}', ${a}, ${b})`;
  if (op === '@>' && oid === OID.tsquery) return `pg_tsquery_contains(${a}, ${b})`;
  if (op === '<@' && oid === OID.tsquery) return `pg_tsquery_contains(${b}, ${a})`;
  throw noOperator(op, lt, rt);
}

/** A cast to or from a text search type: from and to the string types only. */
export function textSearchCast(em: EmitContext, arg: Node, sql: string, source: PgTypeInfo | null, target: PgTypeInfo): string | undefined {
  if (isTextSearch(target)) {
    if (source?.oid === target.oid) return sql;
    if (!isString(source) && !isNullLiteral(arg)) throw new PgError(SqlState.cannotCoerce, `cannot cast type ${formatType(source!.oid, -1)} to ${formatType(target.oid, -1)}`);
    return target.oid === OID.tsquery ? `pg_tsquery_in(${sql})` : `pg_cast(${sql}, ${OID.tsvector}, -1)`;
  }
  if (isTextSearch(source) && !isString(target)) throw new PgError(SqlState.cannotCoerce, `cannot cast type ${formatType(source!.oid, -1)} to ${formatType(target.oid, -1)}`);
  return undefined;
}
