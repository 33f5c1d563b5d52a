/**
 * CREATE FUNCTION … LANGUAGE sql, DROP FUNCTION, and calls of such functions, which are inlined
 * into the statement that makes them: the body's one SELECT with the arguments in place of its
 * parameters ($n, or the argument's name), as a value of the declared result type — an
 * expression when the body is a bare SELECT of one, else a scalar subquery. Every replica then
 * runs the call as part of the statement, so a function needs nothing of its own at run time.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, arrayElementOid, formatType, isDeclaredTypeName } from '../../pg/types/registry.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { type FunctionCaller, type FunctionType, type UserFunction, TRIGGER_TYPE, functionViewName, functionViewSql, isTriggerFunction, routineKey } from '../catalog/user-functions.js';
import { enumOid } from '../catalog/enums.js';
import { FIRST_NORMAL_OBJECT_ID } from '../catalog/oids.js';
import type { Step } from '../plan.js';
import { quoteIdent } from '../sqlite-quote.js';
import { defaultDisplay } from './deparse.js';
import { noFunctionOf } from './no-function.js';
import { Emitter } from './emit.js';
import { FUNCTIONS, hasAggregate, hasWindowFunction } from './functions.js';
import { checkReservedNames } from './reserved-names.js';
import { resolveSchemas } from './namespaces.js';
import { assertTypeExists } from './type-exists.js';
import { compositeArrayNamed } from './composite-ddl.js';
import { type CompositeType, compositeArrayOid, compositeOid } from '../catalog/composites.js';
import { BUILTIN_SCHEMAS, storedName } from '../catalog/namespaces.js';
import { type Node, names, nodeType, parseQuery, parseTypeName } from './parse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { type OutputColumn, typeOfName } from './types.js';
import { triggerProgram } from './trigger-program.js';
import { checkPlpgsqlRoutine, plpgsqlCall } from './plpgsql-procedures.js';
import type { RowAnswer, RowField, RowTypes } from './block-program.js';
import { inlinedQuery, inlinedValue } from './plpgsql-inline.js';
import { unsupported } from './unsupported.js';
import { callsVolatile } from './volatile-functions.js';
import { chosenIndexName } from './index-name.js';
import { checkDroppable, checkReplaceable, functionCalls, keptExpressions, liveCallers } from './function-dependents.js';

/** PostgreSQL's 42P13. */
const INVALID_FUNCTION_DEFINITION = '42P13';
const DUPLICATE_FUNCTION = '42723';
/** pg_type's oid of the pseudo-type record. */
const OID_RECORD = 2249;
const VOID_TYPE = 2278;
const RECORD_TYPE: Node = { names: [{ String: { sval: 'record' } }], typemod: -1 };
/** proargmodes' letters by the parser's parameter mode. */
const MODES: Record<string, 'i' | 'o' | 'b' | 'v'> = { FUNC_PARAM_IN: 'i', FUNC_PARAM_DEFAULT: 'i', FUNC_PARAM_OUT: 'o', FUNC_PARAM_INOUT: 'b', FUNC_PARAM_VARIADIC: 'v' };
const POLYMORPHIC = new Set(['anyelement', 'anyarray', 'anynonarray', 'anyenum', 'anyrange', 'anymultirange', 'anycompatible', 'anycompatiblearray', 'anycompatiblenonarray', 'anycompatiblerange', 'anycompatiblemultirange']);
/** Calls inside calls inline this deep at most: a function that calls itself would not end. */
const MAX_DEPTH = 16;

function option(s: Node, name: string): Node | undefined {
  return ((s.options ?? []) as Node[]).find((o) => o.DefElem.defname === name)?.DefElem.arg;
}

/** The routine a statement other than CREATE names (`app.f`, or `f` on the search path), if there is one. */
export function lookupRoutine(schema: TranslatorSchema, parts: string[]): UserFunction | undefined {
  return schema.lookupFunction(routineName(schema, parts, false).key);
}

/** pg_catalog, information_schema and the like: no user function lives there. */
const systemSchema = (namespace: string) => namespace !== 'public' && BUILTIN_SCHEMAS.has(namespace);

/** A routine's name as written: its schema (absent for public) and name, and the stored name it is kept and found by. */
interface RoutineName {
  name: string;
  namespace?: string;
  key: string;
}

/**
 * Where CREATE puts a routine, or where DROP and COMMENT find it: the schema written, else the
 * search path's first schema (for CREATE) or first schema holding one of the name; 3F000 for a
 * schema that does not exist.
 */
function routineName(schema: TranslatorSchema, parts: string[], creating: boolean): RoutineName {
  const name = parts.at(-1)!;
  const at = (namespace: string): RoutineName => (namespace === 'public' ? { name, key: name } : { name, namespace, key: storedName(namespace, name) });
  if (parts.length > 2 || (parts.length === 2 && systemSchema(parts[0]!))) throw unsupported(`functions in schema "${parts.at(-2)}"`);
  if (parts.length === 2) {
    if (parts[0] !== 'public' && !schema.hasSchema(parts[0]!)) throw new PgError(SqlState.invalidSchemaName, `schema "${parts[0]}" does not exist`);
    return at(parts[0]!);
  }
  if (creating) return at(schema.searchPath[0] ?? 'public');
  // A trigger function made before they followed the search path is kept in public.
  const stored = schema.lookupFunction(name);
  const trigger = stored && isTriggerFunction(stored) ? at('public') : undefined;
  return schema.searchPath.map(at).find((r) => schema.lookupFunction(r.key)) ?? trigger ?? at(schema.searchPath[0] ?? 'public');
}

function functionType(name: string, type: Node): FunctionType {
  const t = typeOfName({ ...type, setof: undefined });
  return { name, type, oid: t.oid, typmod: t.typmod };
}

/** RETURNS SETOF … or RETURNS TABLE (…). */
function setReturning(s: Node): boolean {
  return !!s.returnType?.setof || ((s.parameters ?? []) as Node[]).some((p) => p.FunctionParameter.mode === 'FUNC_PARAM_TABLE');
}

/** The body's one SELECT of one value (of `width` values, one per OUT parameter). */
function bodySelect(body: string, width = 1): Node {
  const stmts = parseQuery(body);
  const s = stmts.length === 1 ? stmts[0]!.node.SelectStmt : undefined;
  if (!s || (s.op && s.op !== 'SETOP_NONE') || s.valuesLists) throw unsupported('a LANGUAGE sql function body other than one SELECT of one value');
  const found = (s.targetList ?? []).length;
  if (found === 1 && width > 1 && s.targetList[0].ResTarget.val?.ColumnRef?.fields?.some((f: Node) => f.A_Star)) throw unsupported('a function with OUT parameters whose body selects *');
  if (found !== width) {
    if (width === 1) throw unsupported('a LANGUAGE sql function body other than one SELECT of one value');
    throw new PgError(INVALID_FUNCTION_DEFINITION, 'return type mismatch in function declared to return record', { detail: `Final statement returns too ${found < width ? 'few' : 'many'} columns.` });
  }
  return s;
}

/**
 * A body selecting a bare string literal is text to PostgreSQL, which no assignment cast turns
 * into a type outside the string ones: 42P13 when the function is made, as check_sql_fn_retval
 * says, not a failing cast at each call. (void discards the value; a domain or enum is left to the call.)
 */
function checkResultLiteral(select: Node, returns: FunctionType | undefined): void {
  const value = select.targetList[0].ResTarget.val;
  if (!returns || !value?.A_Const?.sval || returns.oid === VOID_TYPE || STRINGS.includes(returns.oid) || returns.oid === OID.name) return;
  const declared = formatType(returns.oid, -1);
  if (declared === '???') return;
  throw new PgError(INVALID_FUNCTION_DEFINITION, `return type mismatch in function declared to return ${declared}`, { detail: 'Actual return type is text.' });
}

export function createFunction(schema: TranslatorSchema, s: Node): Step[] {
  const routine = routineName(schema, names(s.funcname), true);
  const name = routine.name;
  const language = option(s, 'language')?.String?.sval ?? (s.sql_body ? 'sql' : undefined);
  if (language === undefined) throw new PgError(INVALID_FUNCTION_DEFINITION, 'no language specified');
  if (s.is_procedure) return createProcedure(schema, s, routine, language);
  if (language === 'plpgsql' && s.returnType && names(s.returnType.names).at(-1) === 'trigger' && !s.returnType.setof) {
    return createTriggerFunction(schema, s, routine);
  }
  if (language === 'plpgsql' && !setReturning(s)) return createPlpgsqlFunction(schema, s, routine);
  const as = option(s, 'as')?.List?.items as Node[] | undefined;
  // A set-returning PL/pgSQL function returns one query's rows, which its calls inline as a LANGUAGE sql function's.
  const query = language === 'plpgsql' ? inlinedQuery((as?.[0]?.String?.sval as string | undefined) ?? '') : undefined;
  if (language !== 'sql' && language !== 'plpgsql') throw unsupported(`LANGUAGE ${language} (only LANGUAGE sql and plpgsql functions)`);
  const params = ((s.parameters ?? []) as Node[]).map((p) => p.FunctionParameter);
  // A call is inlined as the declared types: a type the call's arguments decide has none to inline as.
  const polymorphic = [...params.map((p) => p.argType), s.returnType].find((t) => t && POLYMORPHIC.has(names(t.names).at(-1)!));
  if (polymorphic) throw unsupported(`polymorphic functions (of ${names(polymorphic.names).at(-1)})`);
  const tableColumns = params.filter((f) => f.mode === 'FUNC_PARAM_TABLE').map((f) => functionType(f.name ?? '', f.argType));
  const outs = params.filter((f) => f.mode === 'FUNC_PARAM_OUT' || f.mode === 'FUNC_PARAM_INOUT').map((f) => functionType(f.name ?? '', f.argType));
  const args = params.filter((f) => f.mode !== 'FUNC_PARAM_TABLE' && f.mode !== 'FUNC_PARAM_OUT').map((f) => inputParameter(schema, f));
  checkParameters(args);
  if (!s.returnType && !outs.length) throw new PgError(INVALID_FUNCTION_DEFINITION, 'function result type must be specified');
  // OUT parameters are the result: one is its type, several a record of them.
  const returnType: Node = s.returnType ?? (outs.length === 1 ? outs[0]!.type : RECORD_TYPE);
  const returnedName = names(returnType.names).filter((p) => p !== 'pg_catalog' && p !== 'public');
  if (outs.length > 1 && returnedName.at(-1) !== 'record') throw new PgError(INVALID_FUNCTION_DEFINITION, 'function result type must be record because of OUT parameters');
  const returnedTable = returnedName.length === 1 ? returnedName[0] : returnedName.length === 2 && schema.hasSchema(returnedName[0]!) ? storedName(returnedName[0]!, returnedName[1]!) : undefined;
  const rowTable = !tableColumns.length && !outs.length && returnedTable !== undefined ? schema.lookupTable(returnedTable) : undefined;
  const returnsComposite = schema.hasComposites() && (compositeOfType(schema, returnType) ?? compositeArrayNamed(schema, returnType)) !== undefined;
  if (!rowTable && !tableColumns.length && !returnsComposite && !['record', 'void'].includes(returnedName.at(-1)!)) assertTypeExists(schema, returnType);
  if (rowTable && (rowTable.view || rowTable.temp)) throw unsupported(`functions returning ${returnType.setof ? 'SETOF ' : ''}a view's or temporary table's row type`);
  const returns = tableColumns.length || outs.length > 1 ? { name: '', type: returnType, oid: OID_RECORD, typmod: -1 } : rowTable ? { name: '', type: returnType, oid: enumOid(rowTable.sqlName), typmod: -1 } : routineType(schema, '', returnType);
  const set: UserFunction['set'] = !returnType.setof ? undefined : tableColumns.length ? { columns: tableColumns } : outs.length ? { columns: outs } : rowTable ? { table: rowTable.name } : { columns: [{ ...returns, name }] };
  const rowOf = rowTable && !set ? rowTable.name : undefined;
  if (returnedName.at(-1) === 'record' && !set && outs.length < 2) throw unsupported('functions returning record without OUT parameters');
  if (!s.sql_body && !as) throw new PgError(INVALID_FUNCTION_DEFINITION, 'no function body specified');
  if (s.sql_body && !s.sql_body.ReturnStmt) throw unsupported('a BEGIN ATOMIC function body');
  const body = s.sql_body ? '' : ((as![0]?.String?.sval as string | undefined) ?? '');
  if (set && s.sql_body) throw unsupported('a RETURN body of a set-returning function');
  if (rowOf && s.sql_body) throw unsupported("a RETURN body of a function returning a table's row type");
  // A void body of writes only (graphile-worker's force_unlock_workers: two UPDATEs) is recorded; a call of it stays 0A000 (inline's bodySelect).
  const voidWrites = language === 'sql' && !s.sql_body && returnedName.at(-1) === 'void' && !returnType.setof && writesOnly(body);
  if (rowOf && language === 'sql') checkRowBody(body, schema.lookupTable(rowOf)!, returnedName.join('.'));
  else if (!s.sql_body && !set && !voidWrites) checkResultLiteral(bodySelect(body, Math.max(outs.length, 1)), outs.length ? undefined : returns);
  const volatility = (option(s, 'volatility')?.String?.sval as string | undefined) ?? 'volatile';
  const f: UserFunction = {
    name,
    ...(routine.namespace ? { schema: routine.namespace } : {}),
    args,
    returns: voidWrites ? { name: '', type: returnType, oid: VOID_TYPE, typmod: -1 } : returns,
    body,
    expression: s.sql_body ? s.sql_body.ReturnStmt.returnval : undefined,
    volatility: volatility === 'immutable' ? 'i' : volatility === 'stable' ? 's' : 'v',
    strict: option(s, 'strict')?.Boolean?.boolval === true,
    ...(set ? { set } : {}),
    ...(rowOf ? { rowOf } : {}),
    ...(language === 'plpgsql' ? { language: 'plpgsql' as const } : {}),
    ...(query !== undefined ? { query } : {}),
    ...(outs.length ? { outs, modes: params.filter((p) => p.mode !== 'FUNC_PARAM_TABLE').map((p) => MODES[p.mode as string] ?? 'i') } : {}),
  };
  // Any other set-returning PL/pgSQL body (RETURN NEXT, RETURN QUERY EXECUTE) runs as a block, alone in its SELECT.
  if (language === 'plpgsql' && query === undefined) {
    checkPlpgsqlRoutine(f, rowTypesOf(schema));
    return recordedFunction(schema, s, routine, f);
  }
  // The body is checked now, as PostgreSQL's check_function_bodies does: a call with NULL arguments is translated.
  const nulls: Node = { args: args.map((): Node => ({ A_Const: { isnull: true } })), func_variadic: true };
  // A body that writes runs only as its call alone in a SELECT (writingCallSelect), which no probe is;
  // a string body that calls itself is taken, as PostgreSQL takes it (not a RETURN body, parsed
  // before the function is there), though its calls are refused (inline).
  if (writingBody(f) || voidWrites || (language === 'sql' && !s.sql_body && callsItself(f, functionCalls(parseQuery(body).map((stmt) => stmt.node))))) return recordedFunction(schema, s, routine, f);
  const rows = set ? setRows(schema, f, nulls, undefined, 0) : f.rowOf ? outRow(schema, f, nulls, undefined, 0) : undefined;
  const probe: Node = rows ? { SelectStmt: { targetList: [{ ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } }], fromClause: [rows], op: 'SETOP_NONE' } } : { SelectStmt: { targetList: [{ ResTarget: { val: inline(schema, f, nulls, 0) } }], op: 'SETOP_NONE' } };
  checkReservedNames(probe);
  // PL/pgSQL's validator reads a body's queries no further than their syntax: a call finds what they name.
  if (query === undefined) new Emitter(schema).select(probe);
  if (rowOf) checkRowColumnTypes(schema, f, nulls, returnedName.join('.'));
  return recordedFunction(schema, s, routine, f);
}

/**
 * A LANGUAGE sql body returning a table's row: its last statement a SELECT or an INSERT, UPDATE
 * or DELETE … RETURNING of as many columns as the table has (42P13 otherwise, as
 * check_sql_fn_retval says). A `*` is taken to be the table's columns, which the call reads by
 * position. Earlier statements (which PostgreSQL runs first) are refused.
 */
function checkRowBody(body: string, table: { columns: unknown[] }, typeName: string): void {
  const stmts = parseQuery(body);
  if (stmts.length !== 1) throw unsupported("a LANGUAGE sql function body of other than one statement returning a table's row type");
  const type = nodeType(stmts[0]!.node);
  const s = stmts[0]!.node[type];
  const list = (type === 'SelectStmt' ? s.targetList : s.returningList ?? s.returningClause?.exprs) as Node[] | undefined;
  const mismatch = (detail: string) => new PgError(INVALID_FUNCTION_DEFINITION, `return type mismatch in function declared to return ${typeName}`, { detail });
  if (!['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt'].includes(type) || !list) throw mismatch("Function's final statement must be SELECT or INSERT/UPDATE/DELETE RETURNING.");
  if (type === 'SelectStmt' && ((s.op && s.op !== 'SETOP_NONE') || s.valuesLists)) throw unsupported("a set operation or VALUES as the body of a function returning a table's row type");
  const star = list.length === 1 && list[0]!.ResTarget.val?.ColumnRef?.fields?.some((f: Node) => f.A_Star);
  if (!star && list.length !== table.columns.length) throw mismatch(`Final statement returns too ${list.length < table.columns.length ? 'few' : 'many'} columns.`);
}

/**
 * A SELECT body's columns against the row type's: a string where the column is of a type no
 * assignment cast from a string reaches is 42P13, as check_sql_fn_retval says (other casts are
 * left to the call).
 */
function checkRowColumnTypes(schema: TranslatorSchema, f: UserFunction, nulls: Node, typeName: string): void {
  const body = parseQuery(f.body)[0]!.node.SelectStmt;
  const table = schema.lookupTable(f.rowOf!)!;
  const columns = new Emitter(schema).selectColumns({ SelectStmt: argumentSubstitution(f, boundArguments(f, nulls))(resolvedBody(schema, body)) }) ?? [];
  columns.forEach((c, i) => {
    const want = table.columns[i]?.type.oid;
    if (!c.type || want === undefined || !STRINGS.includes(c.type.oid) || STRINGS.includes(want) || want === OID.name) return;
    throw new PgError(INVALID_FUNCTION_DEFINITION, `return type mismatch in function declared to return ${typeName}`, { detail: `Final statement returns ${formatType(c.type.oid, -1)} instead of ${formatType(want, -1)} at column ${i + 1}.` });
  });
}

/** The columns of the record a function returns (RETURNS TABLE's, or its OUT parameters'): their names and types. */
function rowShape(f: UserFunction): string {
  const columns = f.set && 'columns' in f.set ? f.set.columns : (f.outs ?? []);
  return JSON.stringify(columns.map((c) => [c.name, c.oid]));
}

/** The steps that record a new function, or replace the one of its signature (CREATE OR REPLACE). */
function recordedFunction(schema: TranslatorSchema, s: Node, routine: RoutineName, f: UserFunction): Step[] {
  const { existing, overload } = sameSignature(schema, routine.key, f.args);
  if (existing) {
    if (!s.replace) throw new PgError(DUPLICATE_FUNCTION, `function "${f.name}" already exists with same argument types`);
    if (existing.procedure) throw new PgError(SqlState.wrongObjectType, `cannot change routine kind`, { detail: `"${f.name}" is a procedure.` });
    if (existing.returns.oid === OID_RECORD && f.returns.oid === OID_RECORD && rowShape(existing) !== rowShape(f)) {
      throw new PgError(INVALID_FUNCTION_DEFINITION, 'cannot change return type of existing function', { detail: 'Row type defined by OUT parameters is different.', hint: `Use DROP FUNCTION ${f.name}(${f.args.map((a) => formatType(a.oid, -1)).join(',')}) first.` });
    }
    if (existing.returns.oid !== f.returns.oid) throw new PgError(INVALID_FUNCTION_DEFINITION, 'cannot change return type of existing function', { hint: `Use DROP FUNCTION ${f.name} first.` });
    checkReplacedParameters(f.name, existing.args, f.args);
    checkReplaceable(schema, existing, f);
  }
  // CREATE OR REPLACE keeps the function's comment, as PostgreSQL's pg_description row stays, and its callers.
  return recorded({ ...f, comment: existing?.comment, overload: existing?.overload ?? overload, ...(existing?.callers ? { callers: existing.callers } : {}) }, existing !== undefined);
}

/**
 * CREATE FUNCTION … LANGUAGE plpgsql returning one value (or void), of IN parameters: its body,
 * read now as its call will run it (plpgsql-procedures.ts); a call runs only alone in a SELECT.
 */
function createPlpgsqlFunction(schema: TranslatorSchema, s: Node, routine: RoutineName): Step[] {
  const params = ((s.parameters ?? []) as Node[]).map((p) => p.FunctionParameter);
  if (params.some((p) => p.mode !== 'FUNC_PARAM_IN' && p.mode !== 'FUNC_PARAM_DEFAULT')) throw unsupported('OUT, INOUT, TABLE and VARIADIC parameters of a LANGUAGE plpgsql function');
  if (!s.returnType) throw new PgError(INVALID_FUNCTION_DEFINITION, 'function result type must be specified');
  if (names(s.returnType.names).at(-1) === 'record') throw unsupported('a LANGUAGE plpgsql function returning record');
  const rowTable = rowTypeTable(schema, names(s.returnType.names));
  if (rowTable && (rowTable.view || rowTable.temp)) throw unsupported("functions returning a view's or temporary table's row type");
  if (names(s.returnType.names).at(-1) !== 'void' && !rowTable) assertTypeExists(schema, s.returnType);
  const args = params.map((p) => inputParameter(schema, p));
  checkParameters(args);
  const returns = rowTable ? { name: '', type: s.returnType, oid: enumOid(rowTable.sqlName), typmod: -1 } : names(s.returnType.names).at(-1) === 'void' ? { name: '', type: s.returnType, oid: VOID_TYPE, typmod: -1 } : functionType('', s.returnType);
  if (!rowTable && returns.oid !== VOID_TYPE && formatType(returns.oid, -1) === '???') throw unsupported('a LANGUAGE plpgsql function returning an enum or domain type');
  const as = option(s, 'as')?.List?.items as Node[] | undefined;
  if (!as) throw new PgError(INVALID_FUNCTION_DEFINITION, 'no function body specified');
  const volatility = (option(s, 'volatility')?.String?.sval as string | undefined) ?? 'volatile';
  const f: UserFunction = {
    name: routine.name,
    ...(routine.namespace ? { schema: routine.namespace } : {}),
    args,
    returns,
    body: (as[0]?.String?.sval as string | undefined) ?? '',
    language: 'plpgsql',
    volatility: volatility === 'immutable' ? 'i' : volatility === 'stable' ? 's' : 'v',
    strict: option(s, 'strict')?.Boolean?.boolval === true,
    ...(rowTable ? { rowOf: rowTable.name } : {}),
  };
  const fields = rowTable ? rowFields(rowTable) : undefined;
  const block = checkPlpgsqlRoutine(f, rowTypesOf(schema), fields && { fields, selected: fields.map((c) => ({ field: c.name, name: c.name })) });
  // A body that only computes its value inlines into its calls wherever they are, as a LANGUAGE sql function's does (one of a row, or with row variables, runs as its block).
  const value = returns.oid === VOID_TYPE || rowTable || block.rows.length ? undefined : inlinedValue(f.body, returns.type);
  // One calling itself would inline without end: it runs as a block, whose calls nest as PostgreSQL's do.
  const expression = value && !JSON.stringify(value).includes(`"sval":"${routine.name}"`) ? value : undefined;
  return recordedFunction(schema, s, routine, expression ? { ...f, expression } : f);
}

/**
 * A LANGUAGE plpgsql function's call alone in a statement — `SELECT f(…)`, `SELECT CAST(f(…) AS
 * its own result type)` (as a PL/pgSQL assignment or RETURN of another function writes it), or
 * `SELECT * FROM f(…)` — as the block the call runs as, answering the one row (named as the call's
 * column is).
 */
export function plpgsqlSelect(schema: TranslatorSchema, s: Node): ReturnType<typeof plpgsqlCall> | undefined {
  const bare = !s.whereClause && !s.groupClause && !s.havingClause && !s.sortClause && !s.limitCount && !s.limitOffset && !s.withClause && !s.distinctClause && !s.lockingClause && !s.windowClause && !s.valuesLists && (!s.op || s.op === 'SETOP_NONE');
  const row = bare ? rowCallSelect(schema, s) : undefined;
  if (row) return row;
  const alone = s.targetList?.length === 1 && !s.whereClause && !s.groupClause && !s.havingClause && !s.sortClause && !s.limitCount && !s.limitOffset && !s.withClause && !s.distinctClause && !s.lockingClause && !s.windowClause && !s.valuesLists && (!s.op || s.op === 'SETOP_NONE');
  const target = alone ? s.targetList[0].ResTarget : undefined;
  const found: FoundCall | undefined = !target ? undefined : s.fromClause ? fromCall(s.fromClause, target) : selectedCall(target);
  const call = found?.call;
  const named = call && !call.over && !call.agg_star ? userFunction(schema, call) : undefined;
  const f = named && voidWrites(named) ? writesBlock(named) : named;
  if (!f || f.language !== 'plpgsql' || f.procedure || f.query !== undefined || isTriggerFunction(f)) return undefined;
  if (found!.cast) {
    const t = typeOfName(found!.cast);
    if (t.oid !== f.returns.oid || t.typmod !== f.returns.typmod) return undefined;
  }
  const called = blockCall(f, call!, rowTypesOf(schema));
  if (!called) return undefined;
  if (f !== named) return { ...called, columns: [{ name: found!.name ?? f.name, type: { oid: VOID_TYPE, typmod: -1 } }] };
  if (f.set) return { ...called, columns: setColumns(schema, f, found!.name) };
  return { ...called, columns: called.columns!.map((c) => ({ ...c, name: found!.name ?? c.name })) };
}

/**
 * The block a call runs as. A function that also inlines runs as its block where it can, alone
 * in its SELECT, as it ran before it inlined; a call with other than constant arguments inlines
 * instead, its arguments evaluated in place rather than by a SELECT of them first.
 */
function blockCall(f: UserFunction, call: Node, rowTypes: RowTypes, row?: RowAnswer): ReturnType<typeof plpgsqlCall> | undefined {
  try {
    const called = plpgsqlCall(f, call, boundArguments(f, call), rowTypes, row);
    return f.expression && called.computed.length ? undefined : called;
  } catch (err) {
    if (f.expression && err instanceof PgError && err.code === SqlState.featureNotSupported) return undefined;
    throw err;
  }
}

/** The table a type's name parts (`t`, `s.t`, as the search path finds it) name, whose row type it is. */
function rowTypeTable(schema: TranslatorSchema, written: string[]): TableInfo | undefined {
  const parts = written.filter((p, i, all) => !(i === 0 && all.length === 2 && p === 'public'));
  if (parts.length === 2) return schema.hasSchema(parts[0]!) ? schema.lookupTable(storedName(parts[0]!, parts[1]!)) : undefined;
  // A built-in type's name comes first, as pg_catalog does on the search path.
  if (parts.length !== 1 || isDeclaredTypeName(parts[0]!)) return undefined;
  for (const namespace of schema.searchPath) {
    const table = schema.lookupTable(storedName(namespace, parts[0]!));
    if (table) return table;
  }
  return undefined;
}

/** A table's columns as a row's fields (an enum's or domain's column refused: its type has no name a cast takes). */
function rowFields(table: TableInfo): RowField[] {
  return table.columns.map((c) => {
    const type = formatType(c.type.oid, c.type.typmod);
    if (type === '???') throw unsupported(`a row of table ${table.name}, whose column ${c.name} is of an enum or domain type, in a LANGUAGE plpgsql routine`);
    return { name: c.name, type };
  });
}

/** The tables PL/pgSQL declarations' types name (`v t`, `v s.t`, `v t%ROWTYPE`), as row variables take them. */
export function rowTypesOf(schema: TranslatorSchema): RowTypes {
  return (typeName) => {
    const written = typeName.replace(/%rowtype$/i, '');
    // As the parser reads a type name (`"app".jobs`); one it cannot read is no table's.
    let parts: string[];
    try {
      parts = names(parseTypeName(written).names);
    } catch {
      return undefined;
    }
    const table = rowTypeTable(schema, parts);
    if (table && !table.view) return rowFields(table);
    // A parameter of an array of a composite type, as plpgsql-procedures.ts declares it (`"s.t"[]`): a text[] of record texts,
    // which a cast to it reads (composites.ts). The parser drops a record's DEFAULT: a variable the body declares so stays 0A000.
    return /^"[^"]+"\[\]$/.test(written) && schema.hasComposites() && schema.lookupComposite(parts[0]!) ? 'value' : undefined;
  };
}

/**
 * A LANGUAGE plpgsql function returning a table's row, called alone in a SELECT: `SELECT * FROM
 * f(…) [a]`, `SELECT a.x, y FROM f(…) a`, `SELECT (f(…)).x`, `SELECT (f(…)).*` or `SELECT f(…)`
 * (the row's text) — the block its call runs as, answering those columns of the row its RETURN gives.
 */
function rowCallSelect(schema: TranslatorSchema, s: Node): ReturnType<typeof plpgsqlCall> | undefined {
  const targets = (s.targetList ?? []) as Node[];
  const from = (s.fromClause ?? []) as Node[];
  const r = from.length === 1 ? from[0]!.RangeFunction : undefined;
  const only = r && !r.ordinality && !r.is_rowsfrom && !r.coldeflist && !r.alias?.colnames && r.functions?.length === 1 ? (r.functions[0].List.items as Node[]) : undefined;
  const value = !from.length && targets.length === 1 ? targets[0]!.ResTarget : undefined;
  const ind = value?.val?.A_Indirection;
  const call: Node | undefined = only && !(only[1] && Object.keys(only[1]).length) ? only[0]?.FuncCall : ind?.indirection?.length === 1 ? ind.arg?.FuncCall : value?.val?.FuncCall;
  const f = call && !call.over ? userFunction(schema, call) : undefined;
  if (!f?.rowOf || f.language !== 'plpgsql') return undefined;
  const table = schema.lookupTable(f.rowOf)!;
  const fields = rowFields(table);
  const all = fields.map((c) => ({ field: c.name, name: c.name }));
  const field = (name: string) => {
    if (!fields.some((c) => c.name === name)) throw new PgError(SqlState.undefinedColumn, `column "${name}" does not exist`);
    return name;
  };
  let selected: RowAnswer['selected'];
  if (r) {
    const alias = (r.alias?.aliasname as string | undefined) ?? f.name;
    const columns = targets.map((t) => {
      const ref = t.ResTarget.val?.ColumnRef ? (t.ResTarget.val.ColumnRef.fields as Node[]) : undefined;
      const qualified = ref?.length === 2 && ref[0]!.String?.sval === alias;
      return ref && (ref.length === 1 || qualified) ? ref.at(-1)! : undefined;
    });
    // A list of other than the row's columns is a query of the row (plpgsqlFromCall).
    if (columns.some((c) => !c)) return undefined;
    selected = columns.flatMap((last, i) => (last!.A_Star ? all : [{ field: field(last!.String.sval as string), name: (targets[i]!.ResTarget.name as string | undefined) ?? (last!.String.sval as string) }]));
  } else if (ind) {
    const picked = ind.indirection[0];
    selected = picked.A_Star ? all : [{ field: field(picked.String.sval as string), name: (value!.name as string | undefined) ?? (picked.String.sval as string) }];
  } else {
    selected = { whole: (value!.name as string | undefined) ?? f.name };
  }
  const called = blockCall(f, call!, rowTypesOf(schema), { fields, selected });
  if (!called) return undefined;
  const type = (name: string) => table.columns.find((c) => c.name === name)!.type;
  const columns: OutputColumn[] = 'whole' in selected ? [{ name: selected.whole, type: { oid: OID.text, typmod: -1 } }] : selected.map((c) => ({ name: c.name, type: type(c.field) }));
  return { ...called, columns };
}

/**
 * A LANGUAGE plpgsql function returning a set or a table's row, the one such range of a SELECT's
 * FROM (joined to others perhaps) under a query of its own (`SELECT * INTO v FROM add_jobs(…) LIMIT 1`, `SELECT id, payload::text
 * FROM add_job(…)`, `SELECT count(*) FROM f(…) WHERE …`): the block its call runs as, answering
 * every column of its rows, which the query then reads (plpgsql-rows.ts); undefined for another
 * statement, or where a column's type has no name SQL casts to.
 */
export function plpgsqlFromCall(schema: TranslatorSchema, s: Node): { called: ReturnType<typeof plpgsqlCall>; call: Node; fields: RowField[]; alias: string | undefined } | undefined {
  if (s.intoClause) return undefined;
  const found: Array<{ r: Node; call: Node; f: UserFunction }> = [];
  // The ranges of FROM, those a join joins included.
  const visit = (item: Node): void => {
    if (item.JoinExpr) return [item.JoinExpr.larg, item.JoinExpr.rarg].forEach(visit);
    const r = item.RangeFunction;
    const [first, definition] = (r?.functions?.length === 1 ? r.functions[0].List.items : []) as Node[];
    const call = definition && Object.keys(definition).length ? undefined : first?.FuncCall;
    const f = call && !call.over && !call.agg_star ? userFunction(schema, call) : undefined;
    if (f?.language === 'plpgsql' && !f.procedure && !isTriggerFunction(f) && (f.set || f.rowOf)) found.push({ r, call, f });
  };
  ((s.fromClause ?? []) as Node[]).forEach(visit);
  if (found.length !== 1) return undefined;
  const { r, call, f } = found[0]!;
  // Its arguments run before the statement: they may name no other range (a function in FROM is LATERAL).
  const joined = s.fromClause.length > 1 || !!s.fromClause[0].JoinExpr;
  if (r.lateral || r.ordinality || r.is_rowsfrom || r.coldeflist || r.alias?.colnames || (joined && namesColumns(call.args))) return undefined;
  const alias = r.alias?.aliasname as string | undefined;
  const fields = f.rowOf ? rowFields(schema.lookupTable(f.rowOf)!) : setColumns(schema, f, alias).map((c) => ({ name: c.name, type: c.type ? formatType(c.type.oid, c.type.typmod) : '???' }));
  if (fields.some((c) => c.type === '???')) return undefined;
  const row: RowAnswer | undefined = f.rowOf ? { fields, selected: fields.map((c) => ({ field: c.name, name: c.name })) } : undefined;
  return { called: plpgsqlCall(f, call, boundArguments(f, call), rowTypesOf(schema), row, s), call, fields, alias };
}

/**
 * A LANGUAGE plpgsql function returning a table's row called once inside the list of a SELECT
 * without FROM (`SELECT (add_job(…)).payload::text`, `SELECT remove_job(k) IS NULL`): the block its
 * call runs as, answering the row, which the list then reads as the row of that name
 * (plpgsql-rows.ts). Undefined for another statement, or where two such calls would each run.
 */
export function plpgsqlRowInList(schema: TranslatorSchema, s: Node): ReturnType<typeof plpgsqlFromCall> {
  if (!s.targetList?.length || s.fromClause || s.whereClause || s.groupClause || s.havingClause || s.withClause || s.valuesLists || s.intoClause || (s.op && s.op !== 'SETOP_NONE')) return undefined;
  const calls: Array<{ call: Node; f: UserFunction }> = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object' || (n as Node).SubLink) return;
    const call = (n as Node).FuncCall;
    const f = call && !call.over && !call.agg_star ? userFunction(schema, call) : undefined;
    if (f?.language === 'plpgsql' && f.rowOf && !f.procedure) calls.push({ call, f });
    Object.values(n).forEach(visit);
  };
  visit(s.targetList);
  if (calls.length !== 1) return undefined;
  const { call, f } = calls[0]!;
  const fields = rowFields(schema.lookupTable(f.rowOf!)!);
  const row: RowAnswer = { fields, selected: fields.map((c) => ({ field: c.name, name: c.name })) };
  return { called: plpgsqlCall(f, call, boundArguments(f, call), rowTypesOf(schema), row, s), call, fields, alias: undefined };
}

/** Whether an expression names a column outside its subqueries. */
function namesColumns(n: unknown): boolean {
  if (Array.isArray(n)) return n.some(namesColumns);
  if (!n || typeof n !== 'object' || (n as Node).SubLink) return false;
  return !!(n as Node).ColumnRef || Object.values(n).some(namesColumns);
}

/** The LANGUAGE plpgsql function a call names where only its block runs it (it does more than compute a value); undefined for any other. */
export function blockOnlyFunction(schema: TranslatorSchema, call: Node): UserFunction | undefined {
  const f = userFunction(schema, call);
  return f?.language === 'plpgsql' && !f.procedure && !f.set && !f.expression && !isTriggerFunction(f) ? f : undefined;
}

/** A set-returning function's rows' columns: its table's, TABLE's, or one named after the function (or the call's alias). */
function setColumns(schema: TranslatorSchema, f: UserFunction, alias: string | undefined): OutputColumn[] {
  const set = f.set!;
  if ('table' in set) return (schema.lookupTable(set.table)?.columns ?? []).map((c) => ({ name: c.name, type: c.type }));
  if (set.columns.length > 1) return set.columns.map((c) => ({ name: c.name, type: { oid: c.oid, typmod: c.typmod } }));
  return [{ name: alias ?? set.columns[0]!.name, type: { oid: set.columns[0]!.oid, typmod: set.columns[0]!.typmod } }];
}

/** A call a statement is, perhaps cast (to this type name), and its column's name where the statement writes one. */
interface FoundCall {
  call: Node;
  cast?: Node;
  name?: string;
}

/** The call a statement's one target is. */
function selectedCall(target: Node): FoundCall | undefined {
  const cast = target.val?.TypeCast;
  const call = cast ? cast.arg?.FuncCall : target.val?.FuncCall;
  return call ? { call, ...(cast ? { cast: cast.typeName } : {}), ...(target.name ? { name: target.name } : {}) } : undefined;
}

/** `SELECT * FROM f(…) [AS a]`: the call, its column named by the alias where there is one. */
function fromCall(from: Node[], target: Node): FoundCall | undefined {
  const r = from.length === 1 ? from[0]!.RangeFunction : undefined;
  const star = target.val?.ColumnRef?.fields?.length === 1 && target.val.ColumnRef.fields[0].A_Star;
  if (!r || !star || r.lateral || r.ordinality || r.is_rowsfrom || r.coldeflist || r.functions?.length !== 1 || r.alias?.colnames) return undefined;
  const call = r.functions[0].List?.items?.[0]?.FuncCall;
  return call ? { call, ...(r.alias ? { name: r.alias.aliasname } : {}) } : undefined;
}

/**
 * The routine of the name whose input parameters have these types (typmods aside, as PostgreSQL
 * matches a signature), and, where none has and others of the name are kept under it, the
 * argument types a new one is recorded by (an overload).
 */
function sameSignature(schema: TranslatorSchema, key: string, args: FunctionType[]): { existing?: UserFunction; overload?: string } {
  const all = schema.lookupRoutines(key);
  const signature = args.map((a) => a.oid).join(',');
  const existing = all.find((f) => f.args.map((a) => a.oid).join(',') === signature);
  if (existing || !all.some((f) => f.overload === undefined)) return { existing };
  return { overload: signature };
}

/**
 * The procedure's parameters: IN ones with their defaults, and a LANGUAGE plpgsql one's INOUT and
 * OUT ones, whose values at its end are the row CALL returns.
 */
function procedureParameters(schema: TranslatorSchema, s: Node, language: string): Pick<UserFunction, 'args' | 'outs' | 'modes'> {
  const params = ((s.parameters ?? []) as Node[]).map((p) => p.FunctionParameter);
  const output = (f: Node) => f.mode === 'FUNC_PARAM_OUT' || f.mode === 'FUNC_PARAM_INOUT';
  for (const f of params) {
    if (f.mode !== 'FUNC_PARAM_DEFAULT' && f.mode !== 'FUNC_PARAM_IN' && f.mode !== 'FUNC_PARAM_VARIADIC' && !(output(f) && language === 'plpgsql')) throw unsupported(`${language === 'sql' ? 'LANGUAGE sql ' : ''}procedures with ${String(f.mode).replace('FUNC_PARAM_', '')} parameters`);
  }
  const args = params.filter((f) => f.mode !== 'FUNC_PARAM_OUT').map((f) => inputParameter(schema, f));
  checkParameters(args);
  const outs = params.filter(output).map((f) => functionType(f.name ?? '', f.argType));
  return { args, ...(outs.length ? { outs, modes: params.map((p) => MODES[p.mode as string] ?? 'i') } : {}) };
}

/**
 * CREATE PROCEDURE … LANGUAGE sql: its body's INSERT, UPDATE and DELETE statements, which CALL
 * runs as one statement of parts; a SELECT in the body (whose rows PostgreSQL drops, or returns
 * for INOUT parameters) is refused. LANGUAGE plpgsql: its body, which CALL runs as a DO block
 * (plpgsql-procedures.ts).
 */
function createProcedure(schema: TranslatorSchema, s: Node, routine: RoutineName, language: string): Step[] {
  const name = routine.name;
  if (language !== 'sql' && language !== 'plpgsql') throw unsupported(`LANGUAGE ${language} procedures`);
  if (s.sql_body) throw unsupported('a BEGIN ATOMIC procedure body');
  const as = option(s, 'as')?.List?.items as Node[] | undefined;
  if (!as) throw new PgError(INVALID_FUNCTION_DEFINITION, 'no function body specified');
  const body = (as[0]?.String?.sval as string | undefined) ?? '';
  if (language === 'sql') {
    for (const stmt of parseQuery(body)) {
      const type = nodeType(stmt.node);
      if (!['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'TransactionStmt'].includes(type)) throw unsupported('a procedure body statement other than INSERT, UPDATE or DELETE');
    }
  }
  const params = procedureParameters(schema, s, language);
  // A procedure with output parameters returns their row: prorettype is record.
  const returns: FunctionType = params.outs ? { name: '', type: RECORD_TYPE, oid: OID_RECORD, typmod: -1 } : { name: '', type: { names: [{ String: { sval: 'void' } }] }, oid: VOID_TYPE, typmod: -1 };
  const f: UserFunction = { name, ...(routine.namespace ? { schema: routine.namespace } : {}), ...params, returns, body, procedure: true, volatility: 'v', strict: false, ...(language === 'plpgsql' ? { language } : {}) };
  if (f.language) checkPlpgsqlRoutine(f, rowTypesOf(schema));
  const { existing, overload } = sameSignature(schema, routine.key, f.args);
  if (existing) {
    if (!s.replace) throw new PgError(DUPLICATE_FUNCTION, `function "${name}" already exists with same argument types`);
    if (!existing.procedure) throw new PgError(SqlState.wrongObjectType, `cannot change routine kind`, { detail: `"${name}" is a function.` });
    checkReplacedParameters(name, existing.args, f.args);
  }
  return recorded({ ...f, comment: existing?.comment, overload: existing?.overload ?? overload }, existing !== undefined);
}

/**
 * CALL: the procedure's body statements with the call's arguments in place, to run in order as
 * one statement. COMMIT or ROLLBACK in the body is PostgreSQL's error for a LANGUAGE sql procedure.
 */
export function procedureCall(schema: TranslatorSchema, call: Node): { statements: Node[] } | ReturnType<typeof plpgsqlCall> {
  const f = userFunction(schema, call);
  const written = names(call.funcname).join('.');
  if (!f) throw new PgError(SqlState.undefinedFunction, `procedure ${written}() does not exist`, { hint: 'No procedure matches the given name and argument types. You might need to add explicit type casts.' });
  if (!f.procedure) {
    // CALL of a function with OUT parameters matches its input parameters or all of them, without
    // defaults, as PostgreSQL's lookup does; another count names no routine.
    const given = ((call.args ?? []) as Node[]).length;
    if (f.modes?.includes('o') && given !== f.args.length && given !== f.modes.length) {
      throw new PgError(SqlState.undefinedFunction, `procedure ${written}() does not exist`, { hint: 'No procedure matches the given name and argument types. You might need to add explicit type casts.' });
    }
    throw new PgError(SqlState.wrongObjectType, `${written}(${f.args.map((a) => formatType(a.oid, -1)).join(', ')}) is not a procedure`, { hint: 'To call a function, use SELECT.' });
  }
  const args = boundArguments(f, f.modes?.includes('o') ? withoutOutArguments(f, call) : call);
  if (f.language === 'plpgsql') return plpgsqlCall(f, call, args, rowTypesOf(schema));
  const substitute = argumentSubstitution(f, args);
  return { statements: parseQuery(f.body).map((stmt) => {
    const control = stmt.node.TransactionStmt;
    if (control) throw new PgError(SqlState.featureNotSupported, `${String(control.kind).replace('TRANS_STMT_', '')} is not allowed in an SQL function`, { where: `SQL function "${f.name}" during startup` });
    return substitute(stmt.node);
  }) };
}

/**
 * A CALL of a procedure with OUT parameters without the arguments written for them, which
 * PostgreSQL requires and does not evaluate; 42883 where one is not written.
 */
function withoutOutArguments(f: UserFunction, call: Node): Node {
  const given = (call.args ?? []) as Node[];
  const positional = given.filter((a) => !a.NamedArgExpr).length;
  const outAt = f.modes!.flatMap((m, i) => (m === 'o' ? [i] : []));
  if (outAt.some((i) => i >= positional)) throw new PgError(SqlState.undefinedFunction, `procedure ${f.name}() does not exist`, { hint: 'No procedure matches the given name and argument types. You might need to add explicit type casts.' });
  return { ...call, args: given.filter((a, i) => a.NamedArgExpr || f.modes![i] !== 'o') };
}

/** A parameter's type as a signature names it: an array of a composite type its array type (composites.ts), else the type typeOfName reads. */
function parameterOid(schema: TranslatorSchema, typeName: Node): number {
  const array = schema.hasComposites() ? compositeArrayNamed(schema, typeName) : undefined;
  if (array) return compositeArrayOid(array.name);
  const composite = schema.hasComposites() ? compositeOfType(schema, typeName) : undefined;
  return composite ? compositeOid(composite.name) : typeOfName(typeName).oid;
}

/** The composite type a parameter's or result's type name names (`t`, `public.t`; not `t[]`). */
function compositeOfType(schema: TranslatorSchema, typeName: Node): CompositeType | undefined {
  const parts = names(typeName.names);
  return !typeName.arrayBounds && (parts.length === 1 || parts[0] === 'public') ? schema.lookupComposite(parts.at(-1)!) : undefined;
}

/** A parameter's or result's type; a composite type's value is its record text, which the body reads fields of (composites.ts). */
function routineType(schema: TranslatorSchema, name: string, type: Node): FunctionType {
  const composite = schema.hasComposites() ? compositeOfType(schema, type) : undefined;
  if (composite) return { name, type, oid: compositeOid(composite.name), typmod: -1 };
  const array = schema.hasComposites() ? compositeArrayNamed(schema, type) : undefined;
  return array ? { name, type, oid: compositeArrayOid(array.name), typmod: -1 } : functionType(name, type);
}

/** An IN, INOUT or VARIADIC parameter: its type (an unknown one 42704, a table's row type refused: either would be kept as text) and DEFAULT. */
function inputParameter(schema: TranslatorSchema, f: Node): FunctionType {
  // An array of a composite type is a text[] of its records' texts, which the body reads as the type's (composites.ts).
  const composite = schema.hasComposites() ? compositeArrayNamed(schema, f.argType) : undefined;
  const row = schema.hasComposites() ? compositeOfType(schema, f.argType) : undefined;
  if (!composite && !row) assertTypeExists(schema, f.argType);
  const type = composite ? { name: f.name ?? '', type: f.argType, oid: compositeArrayOid(composite.name), typmod: -1 } : routineType(schema, f.name ?? '', f.argType);
  return { ...type, ...parameterDefault(f), ...(f.mode === 'FUNC_PARAM_VARIADIC' ? { variadic: true as const } : {}) };
}

/** A parameter's DEFAULT, kept as written and as PostgreSQL prints it (`'hello'::text`). */
function parameterDefault(f: Node): Pick<FunctionType, 'default' | 'defaultText'> {
  if (!f.defexpr) return {};
  const type = typeOfName(f.argType);
  // A string constant is read as the parameter's type now, as PostgreSQL coerces the default (22P02).
  const literal = f.defexpr.A_Const?.sval?.sval as string | undefined;
  if (literal !== undefined) decodeTextParam(literal, type.oid);
  const text = defaultDisplay(f.defexpr, type, () => undefined);
  if (!text) throw unsupported('this parameter DEFAULT expression');
  return { default: f.defexpr, defaultText: text.plain };
}

/** CREATE OR REPLACE may not rename a parameter nor take a default away (PostgreSQL's ProcedureCreate). */
function checkReplacedParameters(name: string, before: FunctionType[], after: FunctionType[]): void {
  before.forEach((a, i) => {
    if (a.name && a.name !== after[i]!.name) throw new PgError(INVALID_FUNCTION_DEFINITION, `cannot change name of input parameter "${a.name}"`, { hint: `Use DROP FUNCTION ${name}(${before.map((b) => formatType(b.oid, -1)).join(',')}) first.` });
  });
  if (after.filter((a) => a.default).length < before.filter((a) => a.default).length) throw new PgError(INVALID_FUNCTION_DEFINITION, 'cannot remove parameter defaults from existing function', { hint: `Use DROP FUNCTION ${name}(${before.map((b) => formatType(b.oid, -1)).join(',')}) first.` });
}

/** What PostgreSQL's CREATE FUNCTION checks of the parameters' defaults and VARIADIC. */
function checkParameters(args: FunctionType[]): void {
  const firstDefault = args.findIndex((a) => a.default);
  if (firstDefault >= 0 && args.slice(firstDefault).some((a) => !a.default)) throw new PgError(INVALID_FUNCTION_DEFINITION, 'input parameters after one with a default value must also have defaults');
  const variadic = args.findIndex((a) => a.variadic);
  if (variadic >= 0 && variadic !== args.length - 1) throw new PgError(INVALID_FUNCTION_DEFINITION, 'VARIADIC parameter must be the last input parameter');
  if (variadic >= 0 && arrayElementOid(args[variadic]!.oid) === 0) throw new PgError(INVALID_FUNCTION_DEFINITION, 'VARIADIC parameter must be an array');
  const seen = new Set<string>();
  for (const a of args.filter((x) => x.name)) {
    if (seen.has(a.name)) throw new PgError(INVALID_FUNCTION_DEFINITION, `parameter name "${a.name}" used more than once`);
    seen.add(a.name);
  }
}

/** RETURNS trigger LANGUAGE plpgsql: the body is read now (trigger-program.ts), as plpgsql's validator does. */
function createTriggerFunction(schema: TranslatorSchema, s: Node, routine: RoutineName): Step[] {
  const { name, key } = routine;
  if ((s.parameters ?? []).length) throw new PgError(INVALID_FUNCTION_DEFINITION, 'trigger functions cannot have declared arguments', { hint: 'The arguments of the trigger can be accessed through TG_NARGS and TG_ARGV instead.' });
  const as = option(s, 'as')?.List?.items as Node[] | undefined;
  if (!as) throw new PgError(INVALID_FUNCTION_DEFINITION, 'no function body specified');
  const body = (as[0]?.String?.sval as string | undefined) ?? '';
  triggerProgram(body);
  const volatility = (option(s, 'volatility')?.String?.sval as string | undefined) ?? 'volatile';
  const f: UserFunction = {
    name,
    ...(routine.namespace ? { schema: routine.namespace } : {}),
    args: [],
    returns: { name: '', type: s.returnType, oid: TRIGGER_TYPE, typmod: -1 },
    body,
    language: 'plpgsql',
    volatility: volatility === 'immutable' ? 'i' : volatility === 'stable' ? 's' : 'v',
    strict: option(s, 'strict')?.Boolean?.boolval === true,
  };
  const existing = schema.lookupFunction(key);
  if (existing) {
    if (existing.args.length) throw unsupported('overloaded functions (a second function of the same name)');
    if (!s.replace) throw new PgError(DUPLICATE_FUNCTION, `function "${name}" already exists with same argument types`);
    if (existing.returns.oid !== TRIGGER_TYPE) throw new PgError(INVALID_FUNCTION_DEFINITION, 'cannot change return type of existing function', { hint: `Use DROP FUNCTION ${key}() first.` });
  }
  // CREATE OR REPLACE keeps the function's comment, as PostgreSQL's pg_description row stays.
  return recorded({ ...f, comment: existing?.comment }, existing !== undefined);
}

/**
 * COMMENT ON FUNCTION name[(args)]: the function recorded again with its comment (NULL or '' drops
 * it). The argument types, when written, must be the function's (42883 otherwise).
 */
export function commentOnFunction(schema: TranslatorSchema, s: Node): Step[] {
  const o = s.object.ObjectWithArgs;
  const { name, key } = routineName(schema, names(o.objname), false);
  const written = ((o.objargs ?? []) as Node[]).map((t) => parameterOid(schema, t.TypeName ?? t));
  const f = namedRoutine(schema.lookupRoutines(key), name, o.args_unspecified ? undefined : written);
  if (!f) {
    if (o.args_unspecified) throw new PgError(SqlState.undefinedFunction, `could not find a function named "${name}"`);
    throw new PgError(SqlState.undefinedFunction, `function ${name}(${written.map((oid) => formatType(oid, -1)).join(', ')}) does not exist`);
  }
  // An empty comment is none; JSON leaves an undefined one out.
  return recorded({ ...f, comment: (s.comment as string | undefined) || undefined }, true);
}

/** The steps that record a function, in place of its earlier record where `replacing`. */
function recorded(f: UserFunction, replacing: boolean): Step[] {
  const record = { sql: functionViewSql(f, quoteIdent), params: [] };
  return replacing ? [{ sql: `DROP VIEW ${quoteIdent(functionViewName(routineKey(f)))}`, params: [] }, record] : [record];
}

/**
 * After DDL whose kept expressions (a DEFAULT, CHECK, index or view) call CREATE FUNCTION
 * functions: each function's record with those objects added to its callers, and the ones since
 * dropped left out.
 */
export function recordedCallers(schema: TranslatorSchema, node: Node): Step[] {
  const added = new Map<string, { f: UserFunction; callers: FunctionCaller[] }>();
  for (const { caller, expression } of keptExpressions(node)) {
    for (const call of functionCalls(expression)) {
      const f = userFunction(schema, call);
      if (!f || f.procedure || isTriggerFunction(f)) continue;
      const entry = added.get(routineKey(f)) ?? { f, callers: liveCallers(schema, f) };
      if (!entry.callers.some((c) => JSON.stringify(c) === JSON.stringify(caller))) entry.callers.push(caller);
      added.set(routineKey(f), entry);
    }
  }
  return [...added.values()].flatMap(({ f, callers }) => recorded({ ...f, callers }, true));
}

/**
 * CREATE INDEX without a name whose keys call CREATE FUNCTION functions: named for the calls as
 * written, as PostgreSQL names it, not for what they inline to (and so its callers' record knows it).
 */
export function namedCallingIndex(schema: TranslatorSchema, node: Node): Node {
  const s = node.IndexStmt;
  if (s.idxname || !functionCalls(s.indexParams).some((call) => userFunction(schema, call))) return node;
  return { IndexStmt: { ...s, idxname: chosenIndexName(schema, s) } };
}

/** The routine of a name with these argument types, or the name's only one where none are written (42725 where it has several). */
function namedRoutine(all: UserFunction[], name: string, types: number[] | undefined): UserFunction | undefined {
  if (types) return all.find((f) => JSON.stringify(types) === JSON.stringify(f.args.map((a) => a.oid)));
  if (all.length > 1) throw new PgError(SqlState.ambiguousFunction, `function name "${name}" is not unique`, { hint: 'Specify the argument list to select the function unambiguously.' });
  return all[0];
}

/**
 * DROP FUNCTION / DROP PROCEDURE [IF EXISTS]: the steps, and the NOTICE for a missing routine IF
 * EXISTS skips. Argument types, where written, must be the routine's; a routine of the other
 * kind is not found by its name alone, and named with its types is 42809.
 */
export function dropFunctions(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[]; dropped: UserFunction[] } {
  const kind = s.removeType === 'OBJECT_PROCEDURE' ? 'procedure' : 'function';
  const steps: Step[] = [];
  const dropped: UserFunction[] = [];
  const notices: PgError[] = [];
  for (const o of s.objects as Node[]) {
    const owa = o.ObjectWithArgs;
    const { name, key } = routineName(schema, names(owa.objname), false);
    const types = owa.args_unspecified ? undefined : ((owa.objargs ?? []) as Node[]).map((t) => parameterOid(schema, t.TypeName ?? t));
    const f = namedRoutine(schema.lookupRoutines(key), name, types);
    const found = f && (types || !!f.procedure === (kind === 'procedure')) ? f : undefined;
    if (found) {
      if (!!found.procedure !== (kind === 'procedure')) throw new PgError(SqlState.wrongObjectType, `${name}(${found.args.map((a) => formatType(a.oid, -1)).join(', ')}) is not a ${kind}`);
      if (s.behavior !== 'DROP_CASCADE') checkDroppable(schema, found);
      dropped.push(found);
      steps.push({ sql: `DROP VIEW ${quoteIdent(functionViewName(routineKey(found)))}`, params: [] });
      continue;
    }
    if (!s.missing_ok) {
      if (!types) throw new PgError(SqlState.undefinedFunction, `could not find a ${kind} named "${name}"`);
      throw new PgError(SqlState.undefinedFunction, `${kind} ${name}(${types.map((oid) => formatType(oid, -1)).join(', ')}) does not exist`);
    }
    // The notice names the argument types as written, after the grammar's renaming (TypeNameListToString): `pg_catalog.int4,text[]`.
    const written = ((owa.objargs ?? []) as Node[]).map((t) => {
      const typeName = t.TypeName ?? t;
      return names(typeName.names).join('.') + (typeName.arrayBounds ? '[]' : '');
    });
    notices.push(new PgError(SqlState.successfulCompletion, `${kind} ${name}(${written.join(',')}) does not exist, skipping`, { severity: 'NOTICE' }));
  }
  return { steps, notices, dropped };
}

/** The statement with every call of a CREATE FUNCTION function inlined. */
export function inlineUserFunctions(schema: TranslatorSchema, node: Node, depth = 0): Node {
  const called = (call: Node): Node => ({ ...call, args: ((call.args ?? []) as Node[]).map(walk) });
  const walk = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.flatMap((x) => expandedStar(x) ?? [walk(x)]);
    // The column keeps the function's name, as PostgreSQL names it.
    const target = n.ResTarget;
    const rowCall = target?.val?.FuncCall ? userFunction(schema, target.val.FuncCall) : undefined;
    // A table's row as a select-list column: the text record_out prints.
    if (rowCall?.rowOf && !rowCall.language) return { ResTarget: { ...target, name: target.name ?? rowCall.name, val: rowValue(schema, rowCall, called(target.val.FuncCall), depth) } };
    if (target && !target.name && rowCall) {
      return { ResTarget: { ...target, name: names(target.val.FuncCall.funcname).at(-1), val: walk(target.val) } };
    }
    // `(f(x)).col` names its column after the field.
    const field = target && !target.name ? selectedField(target.val) : undefined;
    if (field) return { ResTarget: { ...target, name: field.column, val: walk(target.val) } };
    const selected = selectedField(n);
    if (selected) return outValues(schema, selected.f, called(selected.call), depth)[selected.at]!;
    // A set-returning function in FROM: the rows of its body; one with OUT parameters, its one row.
    const from = n.RangeFunction;
    const only = from && !from.ordinality && !from.is_rowsfrom && from.functions?.length === 1 ? (from.functions[0].List.items as Node[]) : undefined;
    const setCall = only && !(only[1] && Object.keys(only[1]).length) ? only[0]?.FuncCall : undefined;
    const setFunction = setCall ? userFunction(schema, setCall) : undefined;
    // LATERAL f(a.id): the rows' subquery reads the items before it as the call did.
    const lateral = (item: Node): Node => (from.lateral ? { RangeSubselect: { ...item.RangeSubselect, lateral: true } } : item);
    // A call in FROM reads the items before it as LATERAL, written or not; its one row's subquery does so where an argument names a column.
    const rowLateral = (item: Node): Node => (JSON.stringify(setCall.args ?? []).includes('"ColumnRef"') ? { RangeSubselect: { ...item.RangeSubselect, lateral: true } } : lateral(item));
    if (setFunction?.set) return lateral(setRows(schema, setFunction, called(setCall), from.alias, depth));
    if (setFunction && resultColumns(schema, setFunction)) return rowLateral(outRow(schema, setFunction, called(setCall), from.alias, depth));
    // A function returning one value of a composite type, in FROM: a row of its fields.
    const composite = setFunction && !setFunction.language && schema.hasComposites() ? schema.compositeByOid(setFunction.returns.oid) : undefined;
    if (composite) {
      const value: Node = { SelectStmt: { targetList: [{ ResTarget: { val: inline(schema, setFunction!, called(setCall), depth) } }], op: 'SETOP_NONE' } };
      return rowLateral(compositeRows(composite, setFunction!.returns.type, value, [], setFunction!.name, from.alias));
    }
    const call = n.FuncCall;
    if (call) {
      const f = userFunction(schema, call);
      if (f) return inline(schema, f, called(call), depth);
    }
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, walk(v)]));
  };
  /** `(f(x)).*` of a function with OUT parameters or returning a table's row in a select list: a column per parameter or table column. */
  const expandedStar = (n: Node): Node[] | undefined => {
    const ind = n?.ResTarget?.val?.A_Indirection;
    const f = ind?.arg?.FuncCall && ind.indirection?.length === 1 && ind.indirection[0].A_Star ? userFunction(schema, ind.arg.FuncCall) : undefined;
    const columns = f && !f.set && !(f.outs && f.outs.length < 2) ? resultColumns(schema, f) : undefined;
    if (!columns) return undefined;
    return outValues(schema, f!, called(ind.arg.FuncCall), depth).map((val, i) => ({ ResTarget: { name: columns[i]!.name, val } }));
  };
  /** `(f(x)).col` of a function with OUT parameters: which one. */
  const selectedField = (n: Node | undefined): { f: UserFunction; call: Node; at: number; column: string } | undefined => {
    const ind = n?.A_Indirection;
    const column = ind?.arg?.FuncCall && ind.indirection?.length === 1 ? (ind.indirection[0].String?.sval as string | undefined) : undefined;
    const f = column !== undefined ? userFunction(schema, ind.arg.FuncCall) : undefined;
    const columns = f && !f.set && !(f.outs && f.outs.length < 2) ? resultColumns(schema, f) : undefined;
    if (!columns) return undefined;
    const at = columns.findIndex((o) => o.name === column);
    if (at < 0) throw new PgError(SqlState.undefinedColumn, `column "${column}" not found in data type ${f!.rowOf ? formatType(f!.returns.oid, -1) : 'record'}`);
    return { f: f!, call: ind.arg.FuncCall, at, column: column! };
  };
  return walk(node);
}

/**
 * The values of a function's OUT parameters for a call: its body's select list with the
 * arguments in place, each as a scalar subquery of the body's first row when the body reads a
 * relation (then evaluated once per column: a body calling a volatile function is refused).
 */
function outValues(schema: TranslatorSchema, f: UserFunction, call: Node, depth: number): Node[] {
  if (depth >= MAX_DEPTH) throw new PgError(SqlState.programLimitExceeded, 'stack depth limit exceeded');
  const outs = resultColumns(schema, f)!;
  if (writingBody(f)) throw unsupported(`a LANGUAGE sql function whose body writes (${f.name}) called other than alone in a SELECT (SELECT * FROM ${f.name}(…))`);
  if (f.language === 'plpgsql') throw unsupported(`a LANGUAGE plpgsql function returning a row (${f.name}) called other than alone in a SELECT (SELECT * FROM ${f.name}(…))`);
  const args = boundArguments(f, call);
  const body = resolvedBody(schema, f.rowOf ? rowSelect(f.body, outs.length) : bodySelect(f.body, outs.length));
  // Arguments naming the caller's columns are read in its scope, as inline()'s are.
  const scope = argumentScope(args, { SelectStmt: body }, depth);
  const s = argumentSubstitution(f, scope.args)(body);
  const bare = !s.fromClause && !s.whereClause && !s.groupClause && !s.havingClause && !s.sortClause && !s.limitCount && !s.withClause && !s.distinctClause;
  if (!bare && outs.length > 1 && callsVolatile(s)) throw unsupported(`a function with OUT parameters (${f.name}) whose body calls a volatile function`);
  const one: Node = { A_Const: { ival: { ival: 1 } } };
  return (s.targetList as Node[]).map((t, i) => {
    const value: Node = bare ? t.ResTarget.val : { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: { ...s, targetList: [t], limitCount: s.limitCount ?? one, limitOption: 'LIMIT_OPTION_COUNT' } } } };
    const inlined = inlineUserFunctions(schema, value, depth + 1);
    const cast = outs[i]!.type ? { TypeCast: { arg: inlined, typeName: outs[i]!.type } } : inlined;
    const typed = scope.from ? { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: { targetList: [{ ResTarget: { val: cast } }], fromClause: [scope.from], op: 'SETOP_NONE' } } } } : cast;
    return f.strict && args.length ? { CaseExpr: { args: [{ CaseWhen: { expr: anyNull(args), result: { A_Const: { isnull: true } } } }], defresult: typed } } : typed;
  });
}

/**
 * The columns of the one row a function returns in FROM: its OUT parameters, or the columns of
 * the table whose row type it returns (a column of an enum or domain type is taken as its body
 * gives it). Undefined for a function of one value, or of a set.
 */
function resultColumns(schema: TranslatorSchema, f: UserFunction): Array<{ name: string; type?: Node }> | undefined {
  if (f.outs) return f.outs;
  const table = f.rowOf ? schema.lookupTable(f.rowOf) : undefined;
  return table?.columns.map((c) => {
    const text = formatType(c.type.oid, c.type.typmod);
    return text === '???' ? { name: c.name } : { name: c.name, type: parseTypeName(text) };
  });
}

/** The body of a LANGUAGE sql function returning a table's row (or SETOF it) that is an INSERT, UPDATE or DELETE … RETURNING; undefined for any other. */
function writingBody(f: UserFunction): Node | undefined {
  if (f.language === 'plpgsql' || f.procedure || !(f.rowOf || (f.set && 'table' in f.set))) return undefined;
  const stmts = parseQuery(f.body);
  const node = stmts.length === 1 ? stmts[0]!.node : undefined;
  return node && (node.InsertStmt || node.UpdateStmt || node.DeleteStmt) ? node : undefined;
}

/** A LANGUAGE sql function returning void whose body only writes (graphile-worker's force_unlock_workers). */
function voidWrites(f: UserFunction): boolean {
  return !f.language && !f.procedure && !f.set && f.returns.oid === VOID_TYPE && writesOnly(f.body);
}

/**
 * Such a function as the PL/pgSQL block its call runs: its statements in order, its parameters
 * the block's variables, as the SQL function binds them; its value NULL, which the call's void
 * column gives (a LANGUAGE sql function's void is NULL, a PL/pgSQL one's the empty string).
 */
function writesBlock(f: UserFunction): UserFunction {
  return { ...f, language: 'plpgsql', returns: { ...f.returns, oid: OID.text, typmod: -1 }, body: `BEGIN ${f.body.replace(/(?:\s|--[^\n]*)+$/, '').replace(/;$/, '')}; RETURN NULL; END` };
}

/** A body of INSERT, UPDATE and DELETE statements only. */
function writesOnly(body: string): boolean {
  const stmts = parseQuery(body);
  return stmts.length > 0 && stmts.every(({ node }) => node.InsertStmt || node.UpdateStmt || node.DeleteStmt);
}

/**
 * The SELECT body of a function returning a table's row as a SELECT of one column per table
 * column: as written, or, where it selects `*`, reading its row's columns by position.
 */
function rowSelect(body: string, width: number): Node {
  const s = parseQuery(body)[0]!.node.SelectStmt;
  if (!s.targetList[0].ResTarget.val?.ColumnRef?.fields?.some((f: Node) => f.A_Star)) return s;
  const q = 'evsql_row';
  const colnames = Array.from({ length: width }, (_, i) => ({ String: { sval: `c${i + 1}` } }));
  const targetList = colnames.map((c): Node => ({ ResTarget: { val: { ColumnRef: { fields: [{ String: { sval: q } }, c] } } } }));
  return { targetList, fromClause: [{ RangeSubselect: { subquery: { SelectStmt: s }, alias: { aliasname: q, colnames } } }], op: 'SETOP_NONE' };
}

/**
 * A call of a function returning a table's row as a select-list column: the text record_out
 * prints of its body's first row, NULL where the body finds no row (as PostgreSQL's is NULL, not
 * a row of NULLs). Its column is text, not the row type PostgreSQL names.
 */
function rowValue(schema: TranslatorSchema, f: UserFunction, call: Node, depth: number): Node {
  const row: Node = { TypeCast: { arg: { RowExpr: { args: outValues(schema, f, call, depth), row_format: 'COERCE_EXPLICIT_CALL' } }, typeName: parseTypeName('text') } };
  const body = argumentSubstitution(f, boundArguments(f, call))(resolvedBody(schema, parseQuery(f.body)[0]!.node.SelectStmt));
  const found: Node = { SubLink: { subLinkType: 'EXISTS_SUBLINK', subselect: { SelectStmt: inlineUserFunctions(schema, body, depth + 1) } } };
  return { CaseExpr: { args: [{ CaseWhen: { expr: found, result: row } }] } };
}

/**
 * A SELECT that is only a call of a LANGUAGE sql function whose body writes (writingBody) —
 * `SELECT * FROM f(…) [AS a]`, `SELECT a.x, … FROM f(…) a`, `SELECT (f(…)).x`, `SELECT f(…)`
 * (its row's text) — as `WITH evsql_fn AS (body) SELECT … FROM evsql_fn a`, which runs as the body's
 * statement returning what the SELECT lists (rewrite.ts dataModifyingProjection), once, as
 * PostgreSQL runs the body once for the call. Undefined for any other SELECT: such a call
 * elsewhere (per row, inside an expression) is 0A000 where it is inlined.
 */
export function writingCallSelect(schema: TranslatorSchema, s: Node): Node | undefined {
  if (s.groupClause || s.havingClause || s.withClause || s.distinctClause || s.lockingClause || s.windowClause || s.valuesLists || (s.op && s.op !== 'SETOP_NONE')) return undefined;
  const targets = (s.targetList ?? []) as Node[];
  const from = (s.fromClause ?? []) as Node[];
  const r = from.length === 1 ? from[0]!.RangeFunction : undefined;
  const only = r && !r.lateral && !r.ordinality && !r.is_rowsfrom && !r.coldeflist && r.functions?.length === 1 ? (r.functions[0].List.items as Node[]) : undefined;
  const value = !from.length && targets.length === 1 ? targets[0]!.ResTarget : undefined;
  const ind = value?.val?.A_Indirection;
  const call: Node | undefined = only && !(only[1] && Object.keys(only[1]).length) ? only[0]?.FuncCall : ind?.indirection?.length === 1 ? ind.arg?.FuncCall : value?.val?.FuncCall;
  const f = call ? userFunction(schema, call) : undefined;
  const body = f && writingBody(f);
  if (!body) return undefined;
  const alias = r ? ((r.alias?.aliasname as string | undefined) ?? f!.name) : f!.name;
  if (r?.alias?.colnames) throw unsupported(`column aliases on a call of a function whose body writes (${f!.name})`);
  const column = (field: Node): Node => ({ ColumnRef: { fields: [{ String: { sval: alias } }, field] } });
  const table = schema.lookupTable(f!.rowOf ?? (f!.set as { table: string }).table)!;
  // `*` is the call's columns only, not the row a row-returning call is joined to.
  let targetList = targets.map((t) => (t.ResTarget.val?.ColumnRef?.fields?.length === 1 && t.ResTarget.val.ColumnRef.fields[0].A_Star ? { ResTarget: { ...t.ResTarget, val: column({ A_Star: {} }) } } : t));
  if (!r) {
    const field = ind?.indirection[0];
    if (field?.A_Star) throw unsupported(`(${f!.name}(…)).* of a function whose body writes, which PostgreSQL calls once per column (SELECT * FROM ${f!.name}(…) calls it once)`);
    // The whole row: the text record_out prints, as rowValue's.
    const row: Node = { TypeCast: { arg: { RowExpr: { args: table.columns.map((c) => column({ String: { sval: c.name } })), row_format: 'COERCE_EXPLICIT_CALL' } }, typeName: parseTypeName('text') } };
    targetList = [{ ResTarget: { ...value, name: value!.name ?? (field?.String ? field.String.sval : f!.name), val: field ? column(field) : row } }];
  }
  const ctequery = argumentSubstitution(f!, boundArguments(f!, call!))(resolveSchemas(body, schema));
  const cte: Node = { CommonTableExpr: { ctename: 'evsql_fn', aliascolnames: table.columns.map((c) => ({ String: { sval: c.name } })), ctequery } };
  const rows: Node = { RangeVar: { relname: 'evsql_fn', inh: true, relpersistence: 'p', alias: { aliasname: alias } } };
  // A row-returning call is one row, of NULLs where the body returns none (an UPDATE or DELETE that finds no row).
  const one: Node = { RangeSubselect: { subquery: { SelectStmt: { targetList: [{ ResTarget: { name: 'evsql_one', val: { A_Const: { ival: { ival: 1 } } } } }], op: 'SETOP_NONE' } }, alias: { aliasname: 'evsql_one' } } };
  const source = f!.rowOf ? { JoinExpr: { jointype: 'JOIN_LEFT', larg: one, rarg: rows, quals: { A_Const: { boolval: { boolval: true } } } } } : rows;
  const { whereClause, sortClause, limitCount, limitOffset, limitOption } = s;
  return { SelectStmt: { targetList, fromClause: [source], withClause: { ctes: [cte] }, op: 'SETOP_NONE', ...{ whereClause, sortClause, limitCount, limitOffset, limitOption } } };
}

/** A function with OUT parameters or returning a table's row in FROM: its one row (NULLs where the body has none), a column per parameter or table column. */
function outRow(schema: TranslatorSchema, f: UserFunction, call: Node, alias: Node | undefined, depth: number): Node {
  const columns = resultColumns(schema, f)!;
  const targetList = outValues(schema, f, call, depth).map((val, i): Node => ({ ResTarget: { name: columns[i]!.name, val } }));
  const given = alias as { aliasname?: string; colnames?: Node[] } | undefined;
  return { RangeSubselect: { subquery: { SelectStmt: { targetList, op: 'SETOP_NONE' } }, alias: { aliasname: given?.aliasname ?? f.name, ...(given?.colnames ? { colnames: given.colnames } : {}) } } };
}

/** The CREATE FUNCTION function a call names; a built-in of the name comes first, as pg_catalog does in the search path. */
function userFunction(schema: TranslatorSchema, call: Node): UserFunction | undefined {
  const parts = names(call.funcname);
  const name = parts.at(-1)!;
  if (parts.length > 2 || (parts.length === 2 && systemSchema(parts[0]!)) || (parts.length === 1 && FUNCTIONS[name])) return undefined;
  if (parts.length === 2 && parts[0] !== 'public' && !schema.hasSchema(parts[0]!)) throw new PgError(SqlState.invalidSchemaName, `schema "${parts[0]}" does not exist`);
  const path = parts.length === 2 ? [parts[0]!] : schema.searchPath;
  for (const namespace of path) {
    const found = schema.lookupRoutines(storedName(namespace, name));
    if (found.length === 1) return found[0];
    if (found.length) return chosenOverload(found, call, name);
  }
  return undefined;
}

function inline(schema: TranslatorSchema, f: UserFunction, call: Node, depth: number): Node {
  if (f.procedure) {
    const position = typeof call.location === 'number' ? { position: call.location + 1 } : {};
    throw new PgError(SqlState.wrongObjectType, `${names(call.funcname).join('.')}(${f.args.map((a) => formatType(a.oid, -1)).join(', ')}) is a procedure`, { hint: 'To call a procedure, use CALL.', ...position });
  }
  if (isTriggerFunction(f)) throw new PgError(SqlState.featureNotSupported, 'trigger functions can only be called as triggers', { where: `compilation of PL/pgSQL function "${f.name}" near line 1` });
  if (f.language === 'plpgsql' && !f.expression && !f.set) throw unsupported(`a LANGUAGE plpgsql function (${f.name}) called other than alone in a SELECT (SELECT ${f.name}(…))`);
  if (f.set) throw unsupported(`a set-returning CREATE FUNCTION function (${f.name}) outside FROM`);
  if (depth >= MAX_DEPTH) throw new PgError(SqlState.programLimitExceeded, 'stack depth limit exceeded');
  if (f.outs && f.outs.length > 1) return { RowExpr: { args: outValues(schema, f, call, depth), row_format: 'COERCE_EXPLICIT_CALL' } };
  if (f.rowOf) throw unsupported(`a function returning a table's row (${f.name}) as a value other than a column of a select list`);
  const args = boundArguments(f, call);
  const cast = (arg: Node, type: FunctionType): Node => ({ TypeCast: { arg, typeName: type.type } });
  let body: Node;
  if (f.expression) body = f.expression as Node;
  else {
    const s = resolvedBody(schema, bodySelect(f.body));
    const bare = !s.fromClause && !s.whereClause && !s.groupClause && !s.havingClause && !s.sortClause && !s.limitCount && !s.withClause && !s.distinctClause;
    body = bare ? s.targetList[0].ResTarget.val : { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: s } } };
  }
  // Inlined calls have no end where a body calls itself: whatever its CASE guard decides runs only
  // later. (A RETURN body cannot: its own name is unknown as it is created, 42883 as in PostgreSQL.)
  const calls = functionCalls(body);
  if (!f.expression && callsItself(f, calls)) throw unsupported(`a LANGUAGE sql function that calls itself (${f.name})`);
  // The session's text travels only with a statement whose own text calls it (wire/activity.ts).
  if (calls.some((c) => names(c.funcname).at(-1) === 'current_query')) throw unsupported('current_query() in a function body');
  const scope = argumentScope(args, body, depth);
  let value = argumentSubstitution(f, scope.args)(body);
  value = cast(inlineUserFunctions(schema, value, depth + 1), f.returns);
  if (scope.from) value = { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: { targetList: [{ ResTarget: { val: value } }], fromClause: [scope.from], op: 'SETOP_NONE' } } } };
  if (!f.strict || args.length === 0) return value;
  return { CaseExpr: { args: [{ CaseWhen: { expr: anyNull(args), result: { A_Const: { isnull: true } } } }], defresult: value } };
}

/** Whether a body's `calls` (functionCalls) call `f` (its name, as many arguments): recursion, which inlining cannot do. */
function callsItself(f: UserFunction, calls: Node[]): boolean {
  return calls.some((c) => names(c.funcname).at(-1) === f.name && (c.args?.length ?? 0) === f.args.length);
}

/**
 * Where a body's subquery reads a relation, an argument naming a column of the calling query
 * would find the relation's column of that name first once put in the body (`WHERE id = acc`
 * called as `f(id)`). Such arguments are read once, in the caller's scope, into a row of their
 * own that the body reads them from: `(SELECT body FROM (SELECT id AS a1) evsql_args)`.
 */
function argumentScope(args: Node[], body: Node, depth: number): { args: Node[]; from?: Node } {
  const readsColumns = (a: Node) => JSON.stringify(a).includes('"ColumnRef"');
  const aggregates = (a: Node) => hasAggregate(a) || hasWindowFunction(a);
  if (!args.some((a) => readsColumns(a) || aggregates(a)) || !JSON.stringify(body).includes('"fromClause"')) return { args };
  // An aggregate put one level down would aggregate that level's rows, not the caller's.
  if (args.some(aggregates)) throw unsupported('an aggregate or window function as the argument of a function whose body reads a table');
  const alias = `evsql_args${depth}`;
  const targetList: Node[] = [];
  const inner = args.map((a, i) => {
    if (!readsColumns(a)) return a;
    targetList.push({ ResTarget: { name: `a${i + 1}`, val: a } });
    return { ColumnRef: { fields: [{ String: { sval: alias } }, { String: { sval: `a${i + 1}` } }] } };
  });
  return { args: inner, from: { RangeSubselect: { subquery: { SelectStmt: { targetList, op: 'SETOP_NONE' } }, alias: { aliasname: alias } } } };
}

/** A body's SELECT with its schema-qualified relations found, as a statement's are before its calls are inlined. */
function resolvedBody(schema: TranslatorSchema, body: Node): Node {
  return resolveSchemas({ SelectStmt: body }, schema).SelectStmt;
}

/**
 * Each parameter's value as the call binds it, as a value of the parameter's type: the positional
 * arguments, then the named ones (`b => 1`, `b := 1`), then the defaults of those left out; a
 * VARIADIC parameter takes the trailing arguments as its array (or, after VARIADIC, the array).
 */
function boundArguments(f: UserFunction, call: Node): Node[] {
  // A row given for a composite parameter is coerced where it is written: its error (42846) points at it.
  const at = (a: Node | undefined, i: number) => (a?.RowExpr && f.args[i]!.oid >= FIRST_NORMAL_OBJECT_ID && typeof a.RowExpr.location === 'number' ? { location: a.RowExpr.location } : {});
  return argumentSlots(f, call).map((a, i): Node => ({ TypeCast: { arg: a ?? f.args[i]!.default, typeName: f.args[i]!.type, ...at(a, i) } }));
}

/** The call's argument each parameter takes (undefined where its default does); 42883 where the call does not fit the parameters. */
function argumentSlots(f: UserFunction, call: Node): (Node | undefined)[] {
  const given = (call.args ?? []) as Node[];
  const missing = () => noCall(f, call);
  const variadic = f.args.at(-1)?.variadic && !call.func_variadic ? f.args.length - 1 : -1;
  const positional = given.filter((a) => !a.NamedArgExpr);
  const slots: (Node | undefined)[] = f.args.map((_, i) => (i === variadic ? undefined : positional[i]));
  if (variadic >= 0 && positional.length > variadic) slots[variadic] = { A_ArrayExpr: { elements: positional.slice(variadic) } };
  else if (positional.length > f.args.length) throw missing();
  for (const a of given.filter((x) => x.NamedArgExpr)) {
    const at = f.args.findIndex((p) => p.name === a.NamedArgExpr.name);
    if (at < 0 || at === variadic || slots[at]) throw missing();
    slots[at] = a.NamedArgExpr.arg;
  }
  slots.forEach((a, i) => {
    if (a ? !implicitlyPasses(a, f.args[i]!) : !f.args[i]!.default) throw missing();
  });
  return slots;
}

/**
 * 42883 for a call no function fits, its arguments' types as the parse tree tells them (`unknown`
 * for an untyped literal or an expression) or as `computed` gives them, by argument.
 */
function noCall(f: UserFunction, call: Node, computed: Map<Node, number> = new Map()): PgError {
  const typed = (a: Node) => formatType(toldType(a) ?? computed.get(a) ?? UNKNOWN, -1);
  return noFunctionOf(names(call.funcname).join('.'), ((call.args ?? []) as Node[]).map((a) => (a.NamedArgExpr ? `${a.NamedArgExpr.name} => ${typed(a.NamedArgExpr.arg)}` : typed(a))), f.procedure ? 'procedure' : 'function');
}

/**
 * 42883 unless each argument the call computes (its type known once the SELECT of them is
 * translated: `types`, in the order of `computedParams`) reaches its parameter by an implicit
 * cast, as function lookup asks (`f(1, 2 + 2)` finds no `f(int, text)`).
 */
export function checkComputedArguments(schema: TranslatorSchema, call: Node, computedParams: number[], types: number[]): void {
  const f = userFunction(schema, call)!;
  const slots = argumentSlots(f, call);
  // An array reaches only its own type (`array(select 1)` no job_spec[]).
  const fits = (type: number, param: FunctionType) => type === param.oid || (!arrayElementOid(type) && !arrayElementOid(param.oid) && typePasses(type, param));
  if (computedParams.every((p, k) => fits(types[k]!, f.args[p]!))) return;
  throw noCall(f, call, new Map(computedParams.map((p, k) => [slots[p]!, types[k]!])));
}

/**
 * Whether an argument whose type the parse tree tells (a literal, a cast) reaches the parameter
 * by an implicit cast, as function lookup asks: `f(1.5)` finds no `f(int)`. Other arguments are
 * left to the call's cast.
 */
function implicitlyPasses(arg: Node, param: FunctionType): boolean {
  // An ARRAY[…] reaches an array parameter alone (or one of a type made here, a domain over an array),
  // whose elements its own reach; of untyped literals alone it is a text[].
  if (arg.A_ArrayExpr) {
    const element = arrayElementOid(param.oid);
    if (param.oid >= FIRST_NORMAL_OBJECT_ID || !element) return param.oid >= FIRST_NORMAL_OBJECT_ID;
    const items = (arg.A_ArrayExpr.elements ?? []) as Node[];
    const text: Node = { TypeCast: { arg: { A_Const: { sval: { sval: '' } } }, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } };
    return (items.every((e) => toldType(e) === UNKNOWN) ? [text] : items).every((e) => implicitlyPasses(e, { ...param, oid: element }));
  }
  // A cast to the parameter's own type made here (a composite, which typeOfName does not know) passes.
  if (arg.TypeCast && param.oid >= FIRST_NORMAL_OBJECT_ID && sameTypeName(arg.TypeCast.typeName, param.type)) return true;
  return typePasses(toldType(arg), param);
}

function sameTypeName(a: Node, b: Node): boolean {
  const bare = (t: Node) => names(t.names).filter((p) => p !== 'public');
  return bare(a).join('.') === bare(b).join('.') && !a.arrayBounds === !b.arrayBounds;
}

/** Whether a value of type `told` (undefined: not known) reaches the parameter by an implicit cast. */
function typePasses(told: number | undefined, param: FunctionType): boolean {
  if (told === undefined || told === UNKNOWN || told === param.oid) return true;
  if (NUMBERS.includes(told)) return NUMBERS.indexOf(param.oid) > NUMBERS.indexOf(told);
  if (STRINGS.includes(told)) return STRINGS.includes(param.oid) || param.oid === OID.name;
  return told !== OID.bool;
}

/** An argument's type where the parse tree tells it (a literal's, a cast's; UNKNOWN for a string literal or NULL); undefined for another expression. */
function toldType(arg: Node): number | undefined {
  const c = arg.A_Const;
  if (c?.sval || c?.isnull) return UNKNOWN;
  return c?.ival !== undefined && !c.fval && !c.boolval ? OID.int4 : c?.fval ? numberConstantType(String(c.fval.fval)) : c?.boolval ? OID.bool : arg.TypeCast ? typeOfName(arg.TypeCast.typeName).oid : undefined;
}
const UNKNOWN = OID.unknown;

/**
 * Which of several routines of a name a call runs, by PostgreSQL's rules (func_select_candidate):
 * those the arguments fit, then those matching most written types exactly, then those taking
 * most of the others as their category's preferred type (float8, text), then at each untyped
 * literal the string type where one takes it, else float8 where all take numbers; 42725 where more than one is left. An
 * argument whose type only the translation knows (a column, an expression, a parameter) is
 * refused where it would have to decide.
 */
function chosenOverload(candidates: UserFunction[], call: Node, name: string): UserFunction {
  const fitting = candidates.flatMap((f) => {
    try {
      return [{ f, slots: argumentSlots(f, call) }];
    } catch (e) {
      if (e instanceof PgError && e.code === SqlState.undefinedFunction) return [];
      throw e;
    }
  });
  // None fits: the first one's binding then says so, as 42883.
  if (fitting.length < 2) return fitting[0]?.f ?? candidates[0]!;
  const told = (slots: (Node | undefined)[]) => slots.map((a) => (a ? toldType(a) : undefined));
  if (fitting.some(({ slots }) => slots.some((a) => a && toldType(a) === undefined))) throw unsupported(`a call of overloaded function ${name} with an argument other than a literal or a cast (cast it to the parameter's type)`);
  const most = <T>(list: T[], score: (x: T) => number): T[] => {
    const best = Math.max(...list.map(score));
    return list.filter((x) => score(x) === best);
  };
  const exact = most(fitting, ({ f, slots }) => told(slots).filter((t, i) => t === f.args[i]!.oid).length);
  let left = most(exact, ({ f, slots }) => told(slots).filter((t, i) => t !== f.args[i]!.oid && preferred(t, f.args[i]!.oid)).length);
  for (let i = 0; i < Math.max(...left.map(({ slots }) => slots.length)) && left.length > 1; i++) {
    if (left.some(({ slots }) => slots[i] === undefined || toldType(slots[i]!) !== UNKNOWN)) continue;
    const strings = left.filter(({ f }) => STRINGS.includes(f.args[i]!.oid));
    const floats = left.every(({ f }) => NUMBERS.includes(f.args[i]!.oid)) ? left.filter(({ f }) => f.args[i]!.oid === OID.float8) : [];
    left = strings.length ? strings : floats.length ? floats : left;
  }
  if (left.length > 1) {
    const shown = ((call.args ?? []) as Node[]).map((a) => {
      const t = toldType(a.NamedArgExpr?.arg ?? a);
      return t === undefined ? 'unknown' : formatType(t, -1);
    });
    throw new PgError(SqlState.ambiguousFunction, `function ${name}(${shown.join(', ')}) is not unique`, { hint: 'Could not choose a best candidate function. You might need to add explicit type casts.' });
  }
  return left[0]!.f;
}

/** Whether a parameter is the preferred type of the category of a written argument's type. */
function preferred(told: number | undefined, param: number): boolean {
  return (NUMBERS.includes(told!) && param === OID.float8) || (STRINGS.includes(told!) && param === OID.text);
}

/** A number constant beyond int4: int8 while an integer fits it, as the parser types it, else numeric. */
function numberConstantType(text: string): number {
  return /^-?\d+$/.test(text) && BigInt(text) >= -(2n ** 63n) && BigInt(text) < 2n ** 63n ? OID.int8 : OID.numeric;
}
/** The numeric types in the order their implicit casts go (int2 → … → float8), and the string types, which cast among themselves. */
const NUMBERS: number[] = [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8];
const STRINGS: number[] = [OID.text, OID.varchar, OID.bpchar];

/** STRICT: the condition under which a call gives NULL (no rows for a set-returning one). */
function anyNull(args: Node[]): Node {
  const tests = args.map((a): Node => ({ NullTest: { arg: a, nulltesttype: 'IS_NULL' } }));
  return tests.length === 1 ? tests[0]! : { BoolExpr: { boolop: 'OR_EXPR', args: tests } };
}

/**
 * A set-returning function called in FROM: its body's SELECT with the arguments in place, as a
 * subquery named after the function (or the call's alias) whose columns have the declared names
 * and types.
 */
function setRows(schema: TranslatorSchema, f: UserFunction, call: Node, alias: Node | undefined, depth: number): Node {
  if (writingBody(f)) throw unsupported(`a LANGUAGE sql function whose body writes (${f.name}) called other than alone in a SELECT (SELECT * FROM ${f.name}(…))`);
  if (f.language === 'plpgsql' && f.query === undefined) throw unsupported(`a set-returning LANGUAGE plpgsql function (${f.name}) of other than one RETURN QUERY called other than alone (SELECT * FROM ${f.name}(…))`);
  if (depth >= MAX_DEPTH) throw new PgError(SqlState.programLimitExceeded, 'stack depth limit exceeded');
  const args = boundArguments(f, call);
  const stmts = parseQuery(f.query ?? f.body);
  const body = stmts.length === 1 ? stmts[0]!.node.SelectStmt : undefined;
  if (!body) throw unsupported('a set-returning LANGUAGE sql function body other than one SELECT');
  const inner: Node = { SelectStmt: inlineUserFunctions(schema, argumentSubstitution(f, args)(resolvedBody(schema, body)), depth + 1) };
  const set = f.set!;
  const only = 'columns' in set && set.columns.length === 1 ? set.columns[0]! : undefined;
  const composite = only && schema.hasComposites() ? schema.compositeByOid(only.oid) : undefined;
  if (composite) return compositeRows(composite, only!.type, inner, f.strict ? args : [], f.name, alias);
  const columns = 'table' in set ? (schema.lookupTable(set.table)?.columns.map((c) => ({ name: c.name, type: undefined })) ?? []) : set.columns.map((c) => ({ name: c.name, type: c.type }));
  const q = 'evsql_fn';
  const targetList = columns.map((c, i): Node => {
    const ref: Node = { ColumnRef: { fields: [{ String: { sval: q } }, { String: { sval: `c${i + 1}` } }] } };
    return { ResTarget: { name: c.name, val: c.type ? { TypeCast: { arg: ref, typeName: c.type } } : ref } };
  });
  const source: Node = { RangeSubselect: { subquery: inner, alias: { aliasname: q, colnames: columns.map((_, i) => ({ String: { sval: `c${i + 1}` } })) } } };
  const rows: Node = { SelectStmt: { targetList, fromClause: [source], op: 'SETOP_NONE', ...(f.strict && args.length ? { whereClause: { BoolExpr: { boolop: 'NOT_EXPR', args: [anyNull(args)] } } } : {}) } };
  const given_ = alias as { aliasname?: string; colnames?: Node[] } | undefined;
  return { RangeSubselect: { subquery: rows, alias: { aliasname: given_?.aliasname ?? f.name, ...(given_?.colnames ? { colnames: given_.colnames } : {}) } } };
}

/**
 * The rows of a function returning SETOF a composite type, a column per attribute as PostgreSQL
 * expands them in FROM: the body's one value's fields, or its columns where it selects one per
 * attribute (each cast to the attribute's type).
 */
function compositeRows(c: CompositeType, type: Node, inner: Node, strictArgs: Node[], name: string, alias: Node | undefined): Node {
  const q = 'evsql_fn';
  const width = (inner.SelectStmt.targetList ?? []).length;
  const spread = width === c.attributes.length && width > 1;
  const column = (i: number): Node => ({ ColumnRef: { fields: [{ String: { sval: q } }, { String: { sval: `c${i + 1}` } }] } });
  const whole: Node = { TypeCast: { arg: column(0), typeName: { ...type, setof: undefined } } };
  const targetList = c.attributes.map(
    (a, i): Node => ({ ResTarget: { name: a.name, val: spread ? { TypeCast: { arg: column(i), typeName: parseTypeName(a.typeText) } } : { A_Indirection: { arg: whole, indirection: [{ String: { sval: a.name } }] } } } }),
  );
  const source: Node = { RangeSubselect: { subquery: inner, alias: { aliasname: q, colnames: Array.from({ length: spread ? width : 1 }, (_, i) => ({ String: { sval: `c${i + 1}` } })) } } };
  const rows: Node = { SelectStmt: { targetList, fromClause: [source], op: 'SETOP_NONE', ...(strictArgs.length ? { whereClause: { BoolExpr: { boolop: 'NOT_EXPR', args: [anyNull(strictArgs)] } } } : {}) } };
  const given = alias as { aliasname?: string; colnames?: Node[] } | undefined;
  return { RangeSubselect: { subquery: rows, alias: { aliasname: given?.aliasname ?? name, ...(given?.colnames ? { colnames: given.colnames } : {}) } } };
}

/** The body's parameters ($n, or the argument's name) replaced by the call's arguments. */
function argumentSubstitution(f: UserFunction, args: Node[]): (n: Node) => Node {
  const byName = new Map<string, number>();
  f.args.forEach((a, i) => a.name && byName.set(a.name, i));
  // A relation of the body named as a parameter is what `p.x` names, as PostgreSQL resolves a column before a parameter.
  const ranges = new Set<string>();
  const substitute = (n: Node): Node => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(substitute);
    if (n.ParamRef) {
      const i = (n.ParamRef.number as number) - 1;
      if (i >= args.length) throw new PgError(SqlState.undefinedParameter, `there is no parameter $${i + 1}`);
      return args[i]!;
    }
    const ref = n.ColumnRef ? names(n.ColumnRef.fields) : undefined;
    const at = ref?.length === 1 ? byName.get(ref[0]!) : ref?.length === 2 && ref[0] === f.name ? byName.get(ref[1]!) : undefined;
    if (at !== undefined) return args[at]!;
    // `p.x` (or `f.p.x`) of a parameter of a composite type is the field of its value, as PostgreSQL's SQL function parser reads it.
    const row = ref && ref.length >= 2 ? (ref.length === 3 && ref[0] === f.name ? ref.slice(1) : ref.length === 2 ? ref : undefined) : undefined;
    const rowAt = row && !ranges.has(row[0]!) ? byName.get(row[0]!) : undefined;
    if (rowAt !== undefined && f.args[rowAt]!.oid >= FIRST_NORMAL_OBJECT_ID) return { A_Indirection: { arg: args[rowAt]!, indirection: [{ String: { sval: row![1]! } }] } };
    return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, substitute(v)]));
  };
  const collect = (n: Node): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(collect);
    if (n.RangeVar) ranges.add((n.RangeVar.alias?.aliasname ?? n.RangeVar.relname) as string);
    if (n.RangeSubselect?.alias || n.RangeFunction?.alias) ranges.add((n.RangeSubselect ?? n.RangeFunction).alias.aliasname as string);
    Object.values(n).forEach(collect);
  };
  return (n: Node): Node => {
    collect(n);
    return substitute(n);
  };
}
