/**
 * json(b)_to_record(set) and json(b)_populate_record(set) in FROM: a row per object of the
 * document (pg_json_records, dialect/runtime/table-functions.ts), each column its key's value read
 * by the column type's input function, as populate_record_field reads it (a string's text, any
 * other value's JSON text; a json or jsonb column the value itself; JSON null or a missing key
 * NULL). The columns are the column definition list's, or the base row type's (a table's).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType, isDeclaredTypeName, typeFromDeclared, type PgTypeInfo } from '../../pg/types/registry.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import { type Node, names } from './parse.js';
import { assertTypeExists } from './type-exists.js';
import { unsupported } from './unsupported.js';
import { compositeOfName, isCompositeArrayField } from './composite-types.js';

export const RECORD_FUNCTIONS = new Set([
  'json_to_record',
  'jsonb_to_record',
  'json_to_recordset',
  'jsonb_to_recordset',
  'json_populate_record',
  'jsonb_populate_record',
  'json_populate_recordset',
  'jsonb_populate_recordset',
]);

/** Column types whose input function evsql's store runs as PostgreSQL's does; arrays, composites and enums are refused. */
const READABLE = new Set<number>([
  OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8, OID.bool, OID.text, OID.varchar, OID.bpchar, OID.name,
  OID.json, OID.jsonb, OID.date, OID.timestamp, OID.timestamptz, OID.time, OID.uuid, OID.interval,
]);

export interface RecordColumn {
  name: string;
  type: PgTypeInfo;
}

export interface RecordCall {
  name: string;
  /** The document argument. */
  doc: Node;
  columns: RecordColumn[];
  /** Over an earlier FROM item's columns: the table-valued function itself, its columns expressions over its value. */
  lateral: boolean;
  alias: string;
}

/** A record function in FROM, its columns resolved; undefined for any other FROM item. */
export function recordCall(em: EmitContext, r: Node): RecordCall | undefined {
  const call = (r.functions as Node[] | undefined)?.[0]?.List?.items?.[0]?.FuncCall;
  if (!call || (r.functions as Node[]).length !== 1) return undefined;
  const name = names(call.funcname).at(-1)!;
  if (!RECORD_FUNCTIONS.has(name)) return undefined;
  const args = (call.args ?? []) as Node[];
  const populate = name.includes('populate');
  if (args.length !== (populate ? 2 : 1)) return undefined;
  const defs = (r.coldeflist ?? []) as Node[];
  if (r.ordinality && defs.length) throw new PgError(SqlState.syntaxError, 'WITH ORDINALITY cannot be used with a column definition list', { hint: 'Put the column definition list inside ROWS FROM().' });
  const columns = populate ? baseColumns(em, name, args[0]!, defs) : definedColumns(em, defs);
  for (const c of columns) {
    // An array column reads a JSON array as its stored form, which array_in's text also becomes.
    if (!READABLE.has(c.type.oid) && !isCompositeArrayField(c.type.oid)) throw unsupported(`${name}() with a column of type ${formatType(c.type.oid, c.type.typmod)}`);
  }
  if (r.ordinality) throw unsupported(`WITH ORDINALITY on ${name}()`);
  const doc = args.at(-1)!;
  return { name, doc, columns, lateral: !!r.lateral || JSON.stringify(args).includes('"ColumnRef"'), alias: (r.alias?.aliasname as string | undefined) ?? name };
}

function definedColumns(em: EmitContext, defs: Node[]): RecordColumn[] {
  if (!defs.length) throw new PgError(SqlState.syntaxError, 'a column definition list is required for functions returning "record"');
  return defs.map((d) => {
    const t = d.ColumnDef.typeName as Node;
    assertTypeExists(em.schema, t);
    // An enum or a domain would be read as its base text, its labels or checks not applied.
    const written = names(t.names).at(-1)!;
    if (!isDeclaredTypeName(written)) throw unsupported(`${written} in the column definition list of a json record function`);
    const mods = ((t.typmods ?? []) as Node[]).map((m) => m.A_Const?.ival?.ival ?? 0);
    let base = names(t.names).filter((p) => p !== 'pg_catalog').join('.');
    if (base === 'char') base = '"char"';
    const declared = `${mods.length ? `${base}(${mods.join(',')})` : base}${t.arrayBounds ? '[]' : ''}`;
    return { name: d.ColumnDef.colname as string, type: typeFromDeclared(declared) };
  });
}

/** populate_record's base: a NULL of a table's row type, whose columns the result has. */
function baseColumns(em: EmitContext, name: string, base: Node, defs: Node[]): RecordColumn[] {
  if (defs.length) throw new PgError(SqlState.syntaxError, 'a column definition list is redundant for a function returning a named composite type');
  const cast = base.TypeCast;
  const composite = cast && em.schema.hasComposites() ? compositeOfName(em, cast.typeName) : undefined;
  if (composite && cast.arg.A_Const?.isnull) return composite.attributes.map((a) => ({ name: a.name, type: { oid: a.oid, typmod: a.typmod } }));
  const typeName = cast ? names(cast.typeName.names) : [];
  if (!cast || typeName.length > 2 || (typeName.length === 2 && typeName[0] !== 'public')) throw unsupported(`${name}() with a base other than NULL of a table's row type`);
  const table = em.schema.lookupTable(typeName.at(-1)!);
  if (!table) throw new PgError(SqlState.undefinedObject, `type "${typeName.join('.')}" does not exist`);
  if (!cast.arg.A_Const?.isnull) throw unsupported(`${name}() with a base row that is not NULL`);
  return table.columns.map((c) => ({ name: c.name, type: c.type }));
}

/** The document as its function reads it: a jsonb function's as jsonb (an untyped literal read as jsonb). */
export function recordDocument(em: EmitContext, call: RecordCall): string {
  // An untyped parameter is the function's document type, as PostgreSQL infers it.
  const param = call.doc.ParamRef?.number as number | undefined;
  if (param !== undefined && !em.paramTypes.has(param)) em.paramTypes.set(param, { oid: call.name.startsWith('jsonb') ? OID.jsonb : OID.json, typmod: -1 });
  const sql = em.expr(call.doc);
  return call.name.startsWith('jsonb') && em.typeOf(call.doc)?.oid !== OID.jsonb ? `pg_jsonb(${sql})` : sql;
}

/** The table-valued function of the call's objects: one row each (`set`), or one row (NULL for a NULL document). */
export function recordRows(em: EmitContext, call: RecordCall): string {
  // '' for NULL: a table-valued function's NULL argument would match no row (its hidden column = NULL).
  return `pg_json_records(coalesce(${recordDocument(em, call)}, ''), ${call.name.endsWith('set') ? 1 : 0}, ${quoteString(call.name)})`;
}

/** A column's value from its object's text (`value`): the key's value through the type's input function. */
export function recordColumnSql(value: string, c: RecordColumn): string {
  const json = c.type.oid === OID.json || c.type.oid === OID.jsonb;
  return `pg_store(pg_json_record_field(${value}, ${quoteString(c.name)}, ${json ? 1 : 0}), ${c.type.oid}, ${c.type.typmod})`;
}

/** An unconstrained numeric column's text as written in the document (`1.50`), which it prints. */
export function recordDisplaySql(value: string, c: RecordColumn): string | undefined {
  return c.type.oid === OID.numeric && c.type.typmod < 0 ? `pg_numeric_in(pg_json_record_field(${value}, ${quoteString(c.name)}, 0))` : undefined;
}

/** The hidden column of an unconstrained numeric column's display text. */
export function recordDisplayColumn(name: string): string {
  return `${name}.evsql.display`;
}

/** The FROM item of a call that is not LATERAL: a subquery naming the columns (and display columns). */
export function recordSubquery(em: EmitContext, call: RecordCall): string {
  const value = '"evsql.r".value';
  const cols = call.columns.flatMap((c) => {
    const display = recordDisplaySql(value, c);
    return [`${recordColumnSql(value, c)} AS ${quoteIdent(c.name)}`, ...(display ? [`${display} AS ${quoteIdent(recordDisplayColumn(c.name))}`] : [])];
  });
  return `(SELECT ${cols.join(', ')} FROM ${recordRows(em, call)} AS "evsql.r") AS ${quoteIdent(call.alias)}`;
}
