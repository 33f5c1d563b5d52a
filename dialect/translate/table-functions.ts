/**
 * Functions in FROM. generate_series (`generate_series(1, 100000) AS aid`) becomes a subquery over
 * the table-valued function every replica registers (dialect/runtime/table-functions.ts); any other
 * known function a one-row subquery. The subquery gives the column the name PostgreSQL gives it:
 * the column alias, else the table alias, else the function's name.
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import { quoteIdent } from '../sqlite-quote.js';
import { displayColumn } from '../catalog/numeric-display.js';
import type { EmitContext } from './emit-context.js';
import { unsupported } from './unsupported.js';
import { TEXT_SET_RETURNING, textRows } from './text-set-functions.js';
import { type Node, names } from './parse.js';
import { catalogRangeFunction, lateralFunction } from './catalog-queries.js';
import { ARRAY_POSITIONS } from './select-list-arrays.js';
import { fitsSignature } from './function-shapes.js';
import { firstAggregate } from './functions.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { timeSeries } from './time-series.js';
import { recordCall, recordRows, recordSubquery } from './json-records.js';
import { JSON_SET_RETURNING, jsonArity, jsonDocument, jsonNamedColumn, sourceText } from './json-set-functions.js';

const INTEGER_RANK = [OID.int2, OID.int4, OID.int8, OID.numeric] as number[];

export function rangeFunction(em: EmitContext, r: Node): string {
  if (r.selectListSrf) return selectListFunction(em, r);
  const lateral = lateralFunction(em, r);
  if (lateral !== undefined) return lateral;
  const catalog = catalogRangeFunction(em, r);
  if (catalog !== undefined) return catalog;
  const record = recordCall(em, r);
  if (record) return record.lateral ? `${recordRows(em, record)} AS ${quoteIdent(record.alias)}` : recordSubquery(em, record);
  if (r.lateral) throw unsupported('LATERAL');
  if (r.is_rowsfrom || (r.functions as Node[]).length !== 1) throw unsupported('ROWS FROM');
  const [call, columnDefs] = r.functions[0].List.items as Node[];
  const args = (call?.FuncCall?.args ?? []) as Node[];
  if (columnDefs && Object.keys(columnDefs).length > 0) throw unsupported('a column definition list');
  const f = call!.FuncCall;
  if (!f) throw unsupported('this expression in FROM');
  // transformRangeFunction: the call is evaluated per row of no query level, which has no groups.
  const aggregate = firstAggregate(call);
  if (aggregate) throw new PgError(SqlState.groupingError, 'aggregate functions are not allowed in functions in FROM', { position: aggregate.location + 1 });
  // No signature takes it in FROM, nor then as a value, where funcCall words the 42883.
  if (!fitsSignature(f, true)) return em.expr(call!);
  const name = names(f.funcname).at(-1)!;
  if (name === ARRAY_POSITIONS) {
    // Not a subquery: a table-valued function's arguments may name the FROM items before it.
    const lengths = ((f.args ?? []) as Node[]).map((a) => `coalesce(pg_cardinality(${em.expr(a)}), 0)`);
    return `pg_generate_series(1, max(0, ${lengths.join(', ')}), 1) AS ${quoteIdent(r.alias?.aliasname ?? name)}`;
  }
  const alias = r.alias?.aliasname as string | undefined;
  const colnames = names(r.alias?.colnames);
  const valueName = quoteIdent(colnames[0] ?? alias ?? name);
  const ordinalityName = quoteIdent(colnames[1] ?? 'ordinality');
  const relation = quoteIdent(alias ?? name);
  if (name === 'generate_series') {
    const select = `value AS ${valueName}${r.ordinality ? `, ordinality AS ${ordinalityName}` : ''}`;
    const series = timeSeries(em, f);
    if (series) return `(SELECT ${select} FROM ${series}) AS ${relation}`;
    if (args.length < 2 || args.length > 3) throw unsupported(`generate_series with ${args.length} arguments`);
    typeUntypedParams(em, args);
    const argSql = args.map((a) => em.expr(a));
    if (argSql.length === 2) argSql.push('1');
    const display = seriesDisplays(f) ? `, ${quoteIdent(displayColumn('value'))} AS ${quoteIdent(displayColumn(colnames[0] ?? alias ?? name))}` : '';
    return `(SELECT ${select}${display} FROM ${seriesCall(f, argSql)}) AS ${relation}`;
  }
  if (TEXT_SET_RETURNING[name] && (args.length === 2 || args.length === 3)) {
    const column = quoteIdent(colnames[0] ?? alias ?? name);
    return `(SELECT value AS ${column}${r.ordinality ? `, ordinality AS ${ordinalityName}` : ''} FROM ${textRows(em, call!.FuncCall)}) AS ${relation}`;
  }
  const json = JSON_SET_RETURNING[name];
  if (json && jsonArity(name, args.length)) {
    const doc = jsonDocument(em, name, args, call!.FuncCall.location);
    const ord = (at: number) => (r.ordinality ? `, ordinality AS ${quoteIdent(colnames[at] ?? 'ordinality')}` : '');
    if (json.kind === 'each') {
      return `(SELECT key AS ${quoteIdent(colnames[0] ?? 'key')}, value AS ${quoteIdent(colnames[1] ?? 'value')}${ord(2)} FROM pg_json_each(${doc}, ${json.asText ? 1 : 0}, '${name}')) AS ${relation}`;
    }
    const column = quoteIdent(colnames[0] ?? (jsonNamedColumn(name) ? (alias ?? name) : 'value'));
    return `(SELECT value AS ${column}${ord(1)} FROM pg_json_elements(${doc}, ${json.asText ? 1 : 0}, ${json.kind === 'keys' ? 1 : 0}, ${sourceText(name)})) AS ${relation}`;
  }
  // evsql's own relation, which the server answers from its status tables (cluster/status-tables.ts).
  if (name === 'evsql_scrub' && args.length === 0) return `evsql_scrub AS ${relation}`;
  if (SET_RETURNING_IN_FROM.has(name)) throw unsupported(`${name}() in FROM`);
  // Any other function in FROM (`SELECT * FROM current_schema()`) is a relation of one row: the
  // query of its call, whose numeric carries its display text as a FROM subquery's does
  // (`abs($1::numeric)` prints the scale it was sent with; name-resolution.ts scalarFunctionColumns).
  if (r.ordinality) throw unsupported(`WITH ORDINALITY on ${name}()`);
  return `(${em.derivedSelect(scalarQuery(call!, colnames[0] ?? alias ?? name))}) AS ${relation}`;
}

/** The one-row query of a scalar function in FROM, its column named as the relation's. */
export function scalarQuery(call: Node, column: string): Node {
  return { SelectStmt: { targetList: [{ ResTarget: { name: column, val: call } }], limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } };
}

/**
 * A set-returning function moved from the select list (rewrite.ts): the table-valued function
 * itself, which may take the columns of the FROM items before it; or, for several in lockstep,
 * the counter to the longest one's length.
 */
function selectListFunction(em: EmitContext, r: Node): string {
  const relation = quoteIdent(r.alias.aliasname);
  const seriesArgs = (f: Node) => {
    const args = f.args as Node[];
    typeUntypedParams(em, args);
    return [...args.map((a) => em.expr(a)), ...(args.length === 2 ? ['1'] : [])].join(', ');
  };
  const isUnnest = (f: Node) => names(f.funcname).at(-1) === 'unnest';
  const json = (f: Node) => JSON_SET_RETURNING[names(f.funcname).at(-1)!];
  const length = (f: Node) => {
    if (TEXT_SET_RETURNING[names(f.funcname).at(-1)!]) return `(SELECT count(*) FROM ${textRows(em, f)})`;
    const j = json(f);
    if (j) return `pg_json_count(${jsonDocument(em, names(f.funcname).at(-1)!, f.args, f.location)}, ${j.kind === 'keys' ? 1 : 0})`;
    return isUnnest(f) ? `pg_cardinality(${em.expr(f.args[0])})` : `pg_series_length(${seriesArgs(f)})`;
  };
  if (r.srfRows) {
    const lengths = (r.srfRows as Node[]).map((f) => `coalesce(${length(f)}, 0)`);
    return `pg_generate_series(1, max(${lengths.join(', ')}), 1) AS ${relation}`;
  }
  const f = r.functions[0].List.items[0].FuncCall;
  if (isUnnest(f)) return `pg_unnest(${em.expr(f.args[0])}) AS ${relation}`;
  if (TEXT_SET_RETURNING[names(f.funcname).at(-1)!]) return `${textRows(em, f)} AS ${relation}`;
  const j = json(f);
  if (j) return `pg_json_elements(${jsonDocument(em, names(f.funcname).at(-1)!, f.args, f.location)}, ${j.asText ? 1 : 0}, ${j.kind === 'keys' ? 1 : 0}, ${sourceText(names(f.funcname).at(-1)!)}) AS ${relation}`;
  return `${timeSeries(em, f) ?? seriesCall(f, [seriesArgs(f)])} AS ${relation}`;
}

/** The display scale of a numeric or integer literal; undefined for anything else. */
export function literalScale(n: Node): number | undefined {
  // `0.5::numeric` keeps the literal's scale, `x::numeric(5,2)` has its typmod's.
  const cast = n.TypeCast;
  if (cast && names(cast.typeName.names).at(-1) === 'numeric') {
    const typmods = (cast.typeName.typmods ?? []) as Node[];
    if (typmods.length) return Math.max(0, typmods[1]?.A_Const?.ival?.ival ?? 0);
    return cast.arg.A_Const ? literalScale(cast.arg) : undefined;
  }
  const c = n.A_Const;
  if (c?.ival !== undefined) return 0;
  const text = c?.fval?.fval as string | undefined;
  return text === undefined || /e/i.test(text) ? undefined : text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/**
 * The scales of a series's start and step where the start is written with fewer fraction digits
 * than the step: its first value prints another scale than the rest (pg_numeric_series).
 */
export function seriesDisplays(call: Node): [number, number] | undefined {
  const args = (call.args ?? []) as Node[];
  if (args.length !== 3) return undefined;
  const start = literalScale(args[0]!);
  const step = literalScale(args[2]!);
  return start !== undefined && step !== undefined && start < step ? [start, step] : undefined;
}

/** The series in FROM: generate_series, or pg_numeric_series with each row's display text. */
function seriesCall(f: Node, args: string[]): string {
  const scales = seriesDisplays(f);
  return scales ? `pg_numeric_series(${[...args, ...scales].join(', ')})` : `pg_generate_series(${args.join(', ')})`;
}

/** Set-returning functions evsql does not run; as scalars they would yield one wrong row. */
export const SET_RETURNING_IN_FROM = new Set([
  'unnest',
  'generate_subscripts',
  'json_to_recordset',
  'jsonb_to_recordset',
]);

/**
 * PostgreSQL resolves `generate_series(1, $1)` to the integer version: an untyped parameter takes
 * the widest numeric type among the other arguments, int4 when none is known.
 */
function typeUntypedParams(em: EmitContext, args: Node[]): void {
  let widest: PgTypeInfo = { oid: OID.int4, typmod: -1 };
  for (const a of args) {
    const t = em.typeOf(a);
    if (t?.oid === OID.timestamp || t?.oid === OID.timestamptz || t?.oid === OID.date) throw unsupported('generate_series over timestamps');
    if (t && INTEGER_RANK.indexOf(t.oid) > INTEGER_RANK.indexOf(widest.oid)) widest = { oid: t.oid, typmod: -1 };
  }
  for (const a of args) {
    if (a.ParamRef && !em.paramTypes.has(a.ParamRef.number)) em.paramTypes.set(a.ParamRef.number, widest);
  }
}
