/**
 * The translator's side of catalog emulation: catalog relations in FROM become the connection's
 * catalog tables (install.ts), and the functions, casts and constructs catalog queries use
 * (pg_get_constraintdef, `::regclass`, `= ANY (array)`, `ARRAY(SELECT …)`, a LATERAL subquery
 * of one row) are written for SQLite. Arrays are JSON text in SQLite, as everywhere in evsql.
 */
import type { SchemaEdit } from '../runtime/schema-edit.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { enumOid } from '../catalog/enums.js';
import { OID, typeFromDeclared, type PgTypeInfo } from '../../pg/types/registry.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import { unsupported } from './unsupported.js';
import { type Node, names, nodeType } from './parse.js';
import { type CatalogRelation, HELPER, catalogRelation, columnNames, columnType, regtypeOid, relationName, sqliteTable } from '../catalog/definitions.js';
import { PG_CLASS, SEARCH_ORDER, VISIBLE_NAMESPACES, catalogTable, ignoring, relationByName, using } from './catalog-functions.js';

const CATALOG_SCHEMAS = new Set(['pg_catalog', 'information_schema']);

const table = catalogTable;

// ---------------------------------------------------------------- relations

/**
 * A catalog relation named in FROM, as the SQLite table holding it; undefined for any other name.
 * An unknown `pg_catalog.x` or `information_schema.x` is 42P01, as in PostgreSQL.
 */
export function catalogFromItem(em: EmitContext, r: Node): string | undefined {
  const schema = r.schemaname as string | undefined;
  const name = r.relname as string;
  if (schema === undefined && em.ctes.has(name)) return undefined;
  const rel = resolve(schema, name);
  if (!rel) return undefined;
  if (r.alias?.colnames) throw unsupported('column aliases on a catalog relation');
  return `${sqliteTable(rel)} AS ${quoteIdent((r.alias?.aliasname as string | undefined) ?? name)}`;
}

function resolve(schema: string | undefined, name: string): CatalogRelation | undefined {
  if (schema !== undefined && !CATALOG_SCHEMAS.has(schema)) return undefined;
  const rel = catalogRelation(schema, name);
  if (!rel && schema !== undefined) throw new PgError(SqlState.undefinedTable, `relation "${schema}.${name}" does not exist`);
  return rel;
}

/** The columns of a catalog relation, for typing names that refer to it; undefined for other names. */
export function catalogColumns(schema: string | undefined, name: string): Array<{ name: string; type: PgTypeInfo }> | undefined {
  const rel = resolve(schema, name);
  return rel && columnNames(rel).map((c) => ({ name: c, type: typeFromDeclared(columnType(rel, c)!) }));
}

/** A catalog relation as the target of INSERT, UPDATE or DELETE. */
export function catalogWriteTarget(schema: string | undefined): PgError | undefined {
  return schema !== undefined && CATALOG_SCHEMAS.has(schema) ? unsupported('changing the system catalogs') : undefined;
}

// ---------------------------------------------------------------- reg* casts

const REG_KINDS: Record<number, string> = { [OID.regclass]: 'class', [OID.regtype]: 'type', [OID.regnamespace]: 'namespace', [OID.regproc]: 'proc' };
const TEXT_TYPES = new Set<number>([OID.text, OID.varchar, OID.name, OID.bpchar]);

/** The text a reg* value prints as (a relation's name for regclass), `-` for 0, the number if unknown. */
function regText(kind: string, sql: string): string {
  return using([sql], ([v]) => `CASE WHEN ${v} = 0 THEN '-' ELSE coalesce((SELECT name FROM ${HELPER.name} WHERE kind = '${kind}' AND oid = ${v}), CAST(${v} AS TEXT)) END`);
}

/**
 * Casts to and from regclass, regtype, regnamespace and regproc: PostgreSQL reads a name (or an
 * OID) into the OID and prints the OID as the name. Undefined for other casts.
 */
export function regCast(em: EmitContext, arg: Node, target: PgTypeInfo): string | undefined {
  const kind = REG_KINDS[target.oid];
  if (kind === undefined) {
    const from = em.typeOf(arg);
    if (from && REG_KINDS[from.oid] !== undefined && TEXT_TYPES.has(target.oid)) return regText(REG_KINDS[from.oid]!, em.expr(arg));
    return undefined;
  }
  const literal = arg.A_Const?.sval?.sval ?? (arg.A_Const?.sval ? '' : undefined);
  if (literal === undefined) {
    // A parameter comes as text, a name or an OID; an OID-valued expression stays as it is.
    const from = arg.ParamRef ? null : em.typeOf(arg);
    const sql = em.expr(arg);
    if (!from || TEXT_TYPES.has(from.oid)) {
      if (kind === 'class') return relationByName(sql, 'error');
      if (kind === 'type') return `pg_regtype_in(${sql})`;
    }
    return sql;
  }
  if (/^\s*\d+\s*$/.test(literal)) return String(Number(literal));
  switch (kind) {
    case 'class': {
      const { schema, name } = relationName(literal);
      const namespace = schema === null ? `c.relnamespace IN ${VISIBLE_NAMESPACES}` : `c.relnamespace = (SELECT oid FROM ${table('pg_namespace')} WHERE nspname = ${quoteString(schema)})`;
      const found = `(SELECT c.oid FROM ${PG_CLASS} AS c WHERE c.relname = ${quoteString(name)} AND ${namespace} ORDER BY ${SEARCH_ORDER} LIMIT 1)`;
      return `coalesce(${found}, pg_raise_if(1, '42P01', ${quoteString(`relation "${literal}" does not exist`)}))`;
    }
    case 'type':
      return String(regtypeOid(literal, (name) => (em.schema.lookupEnum(name) ? enumOid(name) : undefined)));
    case 'namespace':
      return `coalesce((SELECT oid FROM ${table('pg_namespace')} WHERE nspname = ${quoteString(relationName(literal).name)}), pg_raise_if(1, '3F000', ${quoteString(`schema "${literal}" does not exist`)}))`;
    default:
      return `coalesce((SELECT oid FROM ${table('pg_proc')} WHERE proname = ${quoteString(literal.replace(/\(.*$/s, '').trim())} LIMIT 1), pg_raise_if(1, '42883', ${quoteString(`function "${literal}" does not exist`)}))`;
  }
}

/** A result column of a reg* type prints the name its OID stands for. */
export function regOutput(em: EmitContext, val: Node, sql: string): string {
  const type = em.typeOf(val);
  const kind = type ? REG_KINDS[type.oid] : undefined;
  return kind === undefined ? sql : regText(kind, sql);
}

// ---------------------------------------------------------------- arrays

const ARRAY_COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/** `x op ANY (array)` and `x op ALL (array)`, over the array's elements (install.ts). */
export function arrayComparison(op: string, any: boolean, l: string, r: string): string {
  if (!ARRAY_COMPARISONS.has(op)) throw unsupported(`${op} ${any ? 'ANY' : 'ALL'} (array)`);
  return `pg_array_${any ? 'any' : 'all'}(${l}, ${r}, ${quoteString(op === '!=' ? '<>' : op)})`;
}

/** `ARRAY(SELECT …)`: the rows' first column as an array. */
export function arraySubquery(sub: string): string {
  return `(WITH "array"("element") AS (${sub}) SELECT json_group_array("element") FROM "array")`;
}

/** `ARRAY[a, b]`. */
export function arrayConstructor(em: EmitContext, elements: Node[]): string {
  return `json_array(${elements.map((e) => em.expr(e)).join(', ')})`;
}

/** `array[i]` (one subscript). */
export function subscript(em: EmitContext, n: Node): string {
  const ind = n.A_Indirection.indirection as Node[];
  // A field of a row kept as a JSON object (_pg_expandarray's): `(keys).x`.
  const field = ind.length === 1 ? (ind[0]!.String?.sval as string | undefined) : undefined;
  if (field !== undefined && n.A_Indirection.arg.ColumnRef) return `json_extract(${em.expr(n.A_Indirection.arg)}, ${quoteString(`$."${field.replace(/"/g, '\\"')}"`)})`;
  if (ind.length !== 1 || !ind[0]!.A_Indices || ind[0]!.A_Indices.is_slice) throw unsupported('slices, field selection and several subscripts');
  return `pg_array_get(${em.expr(n.A_Indirection.arg)}, ${em.expr(ind[0]!.A_Indices.uidx)})`;
}

// ---------------------------------------------------------------- functions in FROM

/** unnest(array) and the partition functions in FROM; undefined for other functions. */
export function catalogRangeFunction(em: EmitContext, r: Node): string | undefined {
  const call = (r.functions as Node[] | undefined)?.[0]?.List?.items?.[0]?.FuncCall;
  if (!call || (r.functions as Node[]).length !== 1) return undefined;
  const fname = names(call.funcname);
  const name = fname.at(-1)!;
  if (fname.length > 1 && fname[0] !== 'pg_catalog') return undefined;
  const alias = r.alias?.aliasname as string | undefined;
  const colnames = names(r.alias?.colnames);
  const valueName = quoteIdent(colnames[0] ?? alias ?? name);
  const ordinality = r.ordinality ? `, ordinality AS ${quoteIdent(colnames[1] ?? 'ordinality')}` : '';
  const relation = quoteIdent(alias ?? name);
  const args = (call.args ?? []) as Node[];
  if (name === 'unnest' && args.length === 1) return `(SELECT value AS ${valueName}${ordinality} FROM pg_unnest(${em.expr(args[0]!)})) AS ${relation}`;
  if (name === 'pg_partition_ancestors' || name === 'pg_partition_tree') {
    return `(SELECT ${ignoring(args.map((a) => em.expr(a)), 'NULL')} AS ${valueName}${r.ordinality ? `, NULL AS ${quoteIdent(colnames[1] ?? 'ordinality')}` : ''} WHERE 0) AS ${relation}`;
  }
  return undefined;
}

// ---------------------------------------------------------------- LATERAL

/**
 * `CROSS JOIN LATERAL (SELECT expr AS n) AS o`, a subquery of one row without FROM (pgbench's
 * partition query): SQLite has no LATERAL, so references to o.n are written as the expression
 * itself and the join goes away. Other LATERAL subqueries stay unsupported.
 */
const laterals = new WeakMap<EmitContext, Map<string, Map<string, Node>>>();

/** Whether a join's right side is such a subquery; its columns are then registered for inlining. */
export function inlineLateral(em: EmitContext, j: Node): boolean {
  const sub = j.rarg?.RangeSubselect;
  if (!sub?.lateral) return false;
  const s = sub.subquery?.SelectStmt;
  const single = s && !s.fromClause && !s.whereClause && !s.groupClause && !s.valuesLists && (!s.op || s.op === 'SETOP_NONE');
  const trueQuals = !j.quals || j.quals.A_Const?.boolval?.boolval === true;
  if (!single || !trueQuals || !['JOIN_INNER', 'JOIN_LEFT'].includes(j.jointype) || !sub.alias) throw unsupported('LATERAL');
  const aliases = names(sub.alias.colnames);
  const columns = new Map<string, Node>();
  (s.targetList as Node[]).forEach((t, i) => {
    const rt = t.ResTarget;
    const name = aliases[i] ?? rt.name ?? (rt.val.ColumnRef ? names(rt.val.ColumnRef.fields).at(-1) : undefined) ?? '?column?';
    columns.set(name, rt.val);
  });
  let map = laterals.get(em);
  if (!map) laterals.set(em, (map = new Map()));
  map.set(sub.alias.aliasname, columns);
  return true;
}

/** Registers the inlined LATERAL subqueries of a FROM list before its SELECT list is written. */
export function registerLaterals(em: EmitContext, from: Node[] | undefined): void {
  const walk = (n: Node) => {
    if (nodeType(n) !== 'JoinExpr') return;
    walk(n.JoinExpr.larg);
    walk(n.JoinExpr.rarg);
    inlineLateral(em, n.JoinExpr);
  };
  for (const f of from ?? []) walk(f);
}

/** The expression a reference to an inlined LATERAL column stands for. */
export function lateralColumn(em: EmitContext, fields: string[]): Node | undefined {
  if (fields.length !== 2) return undefined;
  return laterals.get(em)?.get(fields[0]!)?.get(fields[1]!);
}

// ---------------------------------------------------------------- COMMENT ON

/**
 * COMMENT ON TABLE / COLUMN as a schema edit that annotates the table's definition, where the
 * catalog finds it (pg_description); undefined for other objects, whose comments are accepted
 * and not kept.
 */
export function commentEdit(s: Node): SchemaEdit | undefined {
  if (s.objtype !== 'OBJECT_TABLE' && s.objtype !== 'OBJECT_COLUMN') return undefined;
  const parts = names(s.object.List.items);
  const column = s.objtype === 'OBJECT_COLUMN' ? parts.pop()! : null;
  const table = parts.pop()!;
  const schema = parts.pop();
  if (schema !== undefined && schema !== 'public') throw new PgError(SqlState.undefinedTable, `relation "${schema}.${table}" does not exist`);
  return { kind: 'comment', table, column, text: (s.comment as string | undefined) ?? null };
}
