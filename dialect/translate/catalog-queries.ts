/**
 * The translator's side of catalog emulation: catalog relations in FROM become the connection's
 * catalog tables (install.ts), and the functions, casts and constructs catalog queries use
 * (pg_get_constraintdef, `::regclass`, `= ANY (array)`, `ARRAY(SELECT …)`, a LATERAL subquery
 * of one row) are written for SQLite. Arrays are JSON text in SQLite, as everywhere in evsql.
 */
import { isMultirange } from './range-types.js';
import { hstoreSubscript } from './hstore-subscript.js';
import { hstoreRecordField } from './hstore-records.js';
import { compositeOid } from '../catalog/composites.js';
import type { SchemaEdit } from '../runtime/schema-edit.js';
import { storedName } from '../catalog/namespaces.js';
import { TEMP_NAMESPACE_NAME } from '../catalog/oids.js';
import { catalogOnlyTypeOid } from '../runtime/catalog/builtins.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { enumArrayOid, enumOid } from '../catalog/enums.js';
import { domainOid } from '../catalog/domains.js';
import { OID, arrayElementOid, formatType, typeFromDeclared, type PgTypeInfo } from '../../pg/types/registry.js';
import { readAs } from './untyped-literals.js';
import { decodeArrayText } from '../../pg/types/array.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import { jsonRowsFrom } from '../json-each.js';
import { displayColumn } from '../catalog/numeric-display.js';
import { quoteIdentifier } from '../../pg/ident.js';
import type { EmitContext } from './emit-context.js';
import { unsupported } from './unsupported.js';
import { columnName } from './column-name.js';
import { hasAggregate } from './functions.js';
import type { Scope, ScopeColumn, ScopeRelation } from './scope.js';
import type { TranslatorSchema } from './schema.js';
import { type Node, names, nodeType } from './parse.js';
import { recordCall, recordColumnSql, recordDisplaySql } from './json-records.js';
import { decorrelatedLateral } from './lateral-subqueries.js';
import { isRowsLateral, registerRowsLateral, rowsLateralColumn, rowsLateralDisplay } from './lateral-rows.js';
import { JSON_SET_RETURNING, jsonArity, jsonDocument, jsonNamedColumn, sourceText } from './json-set-functions.js';
import { TEXT_SET_RETURNING, textRows } from './text-set-functions.js';
import { timeSeries, timeSeriesType } from './time-series.js';
import { type CatalogRelation, HELPER, catalogRelation, columnNames, columnType, regtypeOid, relationName, sqliteTable } from '../catalog/definitions.js';
import { CATALOG_FUNCTIONS, PG_CLASS, type SearchPath, catalogTable, ignoring, namespaceByName, procedureBySignature, relationByName, shownInPath, using, visibleRelation } from './catalog-functions.js';

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
  // A CTE, or the session's temporary table (pg_temp comes before pg_catalog), hides the catalog's.
  if (schema === undefined && (em.ctes.has(name) || em.schema.lookupTable(name)?.temp)) return undefined;
  const rel = resolve(schema, name);
  if (!rel) return undefined;
  if (r.alias?.colnames) throw unsupported('column aliases on a catalog relation');
  return `${pathShown(em, rel)} AS ${quoteIdent((r.alias?.aliasname as string | undefined) ?? name)}`;
}

/** The columns of catalog relations whose text names relations, shown by the session's search path (shownInPath). */
const NAMING_RELATIONS: Record<string, string[]> = { 'information_schema.columns': ['column_default'], 'information_schema.views': ['view_definition'], 'pg_catalog.pg_views': ['definition'] };

/** A catalog relation's SQLite table, or where some of its columns name relations and the path lists schemas, a subquery showing them by it. */
function pathShown(em: EmitContext, rel: CatalogRelation): string {
  const naming = NAMING_RELATIONS[`${rel.schema}.${rel.name}`];
  const path = searchPathOf(em);
  if (!naming || path.schemas.every((s) => s === 'public')) return sqliteTable(rel);
  const columns = columnNames(rel).map((c) => (naming.includes(c) ? `${shownInPath(path, quoteIdent(c))} AS ${quoteIdent(c)}` : quoteIdent(c)));
  return `(SELECT ${columns.join(', ')} FROM ${sqliteTable(rel)})`;
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

/** A catalog table's tableoid (pg_dump reads it of every catalog it reads): the table's OID. Views have none. */
export function catalogSystemColumns(schema: string | undefined, name: string): ScopeColumn[] | undefined {
  const rel = resolve(schema, name);
  return rel?.kind === 'r' ? [{ name: 'tableoid', type: { oid: OID.oid, typmod: -1 }, constant: String(rel.oid) }] : undefined;
}

/** A catalog relation as the target of INSERT, UPDATE or DELETE. */
export function catalogWriteTarget(schema: string | undefined): PgError | undefined {
  return schema !== undefined && CATALOG_SCHEMAS.has(schema) ? unsupported('changing the system catalogs') : undefined;
}

// ---------------------------------------------------------------- reg* casts

const REG_KINDS: Record<number, string> = { [OID.regclass]: 'class', [OID.regtype]: 'type', [OID.regnamespace]: 'namespace', [OID.regproc]: 'proc', [OID.regprocedure]: 'procedure', [OID.regoper]: 'oper', [OID.regoperator]: 'operator', [OID.regrole]: 'role' };
const TEXT_TYPES = new Set<number>([OID.text, OID.varchar, OID.name, OID.bpchar]);

/** The text a reg* value prints as (a relation's name for regclass), `-` for 0 (regoperout's `0`), the number if unknown. */
function regText(kind: string, sql: string, path?: SearchPath): string {
  // Under another search path than public, or where a temporary table may hide public's, a
  // relation's name is qualified unless the path finds it (regclassout).
  if (kind === 'class' && path && !(path.schemas.length === 1 && path.schemas[0] === 'public' && !path.implicit.includes(TEMP_NAMESPACE_NAME))) {
    return using([sql], ([v]) => {
      const visible = CATALOG_FUNCTIONS.pg_table_is_visible!.emit!(['c.oid'], path);
      const name = `(SELECT CASE WHEN ${visible} THEN pg_quote_ident(c.relname) ELSE pg_quote_ident(n.nspname) || '.' || pg_quote_ident(c.relname) END FROM ${PG_CLASS} AS c JOIN ${table('pg_namespace')} AS n ON n.oid = c.relnamespace WHERE c.oid = ${v})`;
      return `CASE WHEN ${v} = 0 THEN '-' ELSE coalesce(${name}, CAST(${v} AS TEXT)) END`;
    });
  }
  // A function or type of a schema the path lists is named bare, as regprocout and format_type name one they find.
  const shown = path && (kind === 'proc' || kind === 'procedure' || kind === 'type') ? unqualifiedInPath(path) : 'name';
  const zero = kind === 'oper' || kind === 'operator' ? "'0'" : "'-'";
  return using([sql], ([v]) => `CASE WHEN ${v} = 0 THEN ${zero} ELSE coalesce((SELECT ${shown} FROM ${HELPER.name} WHERE kind = '${kind}' AND oid = ${v}), CAST(${v} AS TEXT)) END`);
}

/** regoperin: the one operator of the name the text `v` holds (schema-qualified or not); several are 42725, none 42883. */
function operatorNamed(v: string): string {
  const where = `oprname = pg_operator_name(${v})`;
  return `(SELECT CASE WHEN count(*) > 1 THEN pg_raise_if(1, '42725', 'more than one operator named ' || ${v}) WHEN count(*) = 0 THEN pg_raise_if(1, '42883', 'operator does not exist: ' || ${v}) ELSE min(oid) END FROM ${table('pg_operator')} WHERE ${where})`;
}

/** regoperatorin: the operator of the name and operand types the text `v`, `name(left,right)`, holds; none is 42883. */
function operatorBySignature(v: string): string {
  return `coalesce((SELECT oid FROM ${table('pg_operator')} WHERE oprname = pg_operator_name(${v}) AND oprleft || ' ' || oprright = pg_operator_argtypes(${v})), pg_raise_if(1, '42883', 'operator does not exist: ' || ${v}))`;
}

/** The column `name` without the leading `schema.` of a schema the path lists (public's are kept bare already). */
function unqualifiedInPath(path: SearchPath): string {
  const prefixes = path.schemas.filter((s) => s !== 'public' && !s.startsWith('pg_')).map((s) => quoteString(`${quoteIdentifier(s)}.`));
  if (!prefixes.length) return 'name';
  return `CASE ${prefixes.map((p) => `WHEN substr(name, 1, length(${p})) = ${p} THEN substr(name, length(${p}) + 1)`).join(' ')} ELSE name END`;
}

function searchPathOf(em: EmitContext): SearchPath {
  return { schemas: em.schema.searchPath, implicit: em.schema.implicitSchemas() };
}

/** The OID of the one function `where` finds; several are regprocin's 42725, none NULL. */
function oneFunctionNamed(where: string, shown: string): string {
  return `SELECT CASE WHEN count(*) > 1 THEN pg_raise_if(1, '42725', 'more than one function named "' || ${shown} || '"') ELSE min(oid) END FROM ${table('pg_proc')} WHERE ${where}`;
}

/** A reg* value read from text at run time (a parameter): an OID as it is, else `lookup` of the name `v`, `code` for none. */
function byNameAtRunTime(sql: string, lookup: (name: string) => string, code: string, what: string): string {
  return using([sql], ([v]) => {
    const found = `(${lookup(v!)})`;
    return `CASE WHEN ${v} IS NULL THEN NULL WHEN typeof(${v}) = 'integer' OR ${v} GLOB '[0-9]*' THEN CAST(${v} AS INTEGER) ELSE coalesce(${found}, pg_raise_if(1, '${code}', '${what} "' || ${v} || '" does not exist')) END`;
  });
}

/**
 * Casts to and from regclass, regtype, regnamespace, regproc, regprocedure, regoper, regoperator and regrole: PostgreSQL reads a name (or an
 * OID) into the OID and prints the OID as the name. Undefined for other casts.
 */
export function regCast(em: EmitContext, arg: Node, target: PgTypeInfo): string | undefined {
  const kind = REG_KINDS[target.oid];
  if (kind === undefined) {
    const from = em.typeOf(arg);
    if (from && REG_KINDS[from.oid] !== undefined && TEXT_TYPES.has(target.oid)) return regText(REG_KINDS[from.oid]!, em.expr(arg), searchPathOf(em));
    return undefined;
  }
  const literal = arg.A_Const?.sval?.sval ?? (arg.A_Const?.sval ? '' : undefined);
  if (literal === undefined) {
    // A parameter comes as text, a name or an OID; an OID-valued expression stays as it is.
    const from = arg.ParamRef ? null : em.typeOf(arg);
    const sql = em.expr(arg);
    if (!from || TEXT_TYPES.has(from.oid)) {
      if (kind === 'class') return relationByName(sql, 'error', searchPathOf(em));
      if (kind === 'type') return `pg_regtype_in(${sql})`;
      if (kind === 'namespace') return byNameAtRunTime(sql, (v) => `SELECT oid FROM ${table('pg_namespace')} WHERE nspname = pg_parse_relname(${v})`, '3F000', 'schema');
      if (kind === 'role') return byNameAtRunTime(sql, (v) => `SELECT oid FROM ${table('pg_authid')} WHERE rolname = pg_parse_relname(${v})`, '42704', 'role');
      if (kind === 'proc') return byNameAtRunTime(sql, (v) => oneFunctionNamed(`proname = pg_parse_relname(${v})`, `${v}`), '42883', 'function');
      if (kind === 'procedure') return byNameAtRunTime(sql, (v) => procedureBySignature(searchPathOf(em), v), '42883', 'function');
      if (kind === 'oper' || kind === 'operator') return using([sql], ([v]) => `CASE WHEN ${v} IS NULL THEN NULL WHEN typeof(${v}) = 'integer' OR ${v} GLOB '[0-9]*' THEN CAST(${v} AS INTEGER) ELSE ${kind === 'oper' ? operatorNamed(v!) : operatorBySignature(v!)} END`);
    }
    return sql;
  }
  if (/^\s*\d+\s*$/.test(literal)) return String(Number(literal));
  switch (kind) {
    case 'class': {
      const { schema, name } = relationName(literal);
      const found =
        schema === null
          ? visibleRelation(searchPathOf(em), quoteString(name))
          : `(SELECT c.oid FROM ${PG_CLASS} AS c WHERE c.relname = ${quoteString(name)} AND c.relnamespace = ${namespaceByName(quoteString(schema))})`;
      // PostgreSQL looks a qualified name's schema up first: one that is not there is 3F000.
      const missing = schema === null ? null : `pg_raise_if(${namespaceByName(quoteString(schema))} IS NULL, '3F000', ${quoteString(`schema "${schema}" does not exist`)})`;
      const notFound = `pg_raise_if(1, '42P01', ${quoteString(`relation "${literal}" does not exist`)})`;
      return `coalesce(${found}, ${missing === null ? notFound : `${missing}, ${notFound}`})`;
    }
    case 'type':
      try {
        return String(typeOid(em, literal));
      } catch (e) {
        // regtypein's 42704 points at the literal.
        throw e instanceof PgError && e.fields.position === undefined && typeof arg.A_Const.location === 'number' ? new PgError(e.code, e.message, { ...e.fields, position: arg.A_Const.location + 1 }) : e;
      }
    case 'procedure':
      return byNameAtRunTime(quoteString(literal), (v) => procedureBySignature(searchPathOf(em), v), '42883', 'function');
    case 'oper':
      return operatorNamed(quoteString(literal));
    case 'operator':
      return operatorBySignature(quoteString(literal));
    case 'namespace':
      return `coalesce((SELECT oid FROM ${table('pg_namespace')} WHERE nspname = ${quoteString(relationName(literal).name)}), pg_raise_if(1, '3F000', ${quoteString(`schema "${literal}" does not exist`)}))`;
    case 'role':
      return `coalesce((SELECT oid FROM ${table('pg_authid')} WHERE rolname = ${quoteString(relationName(literal).name)}), pg_raise_if(1, '42704', ${quoteString(`role "${relationName(literal).name}" does not exist`)}))`;
    default: {
      // A qualified name (pg_catalog.array_in, as pgjdbc writes it) is looked up in its schema.
      const proc = relationName(literal.replace(/\(.*$/s, '').trim());
      const inSchema = proc.schema === null ? '' : ` AND pronamespace = ${namespaceByName(quoteString(proc.schema))}`;
      // regprocin takes a name of one function only (42725 for an overloaded one).
      return `coalesce((${oneFunctionNamed(`proname = ${quoteString(proc.name)}${inSchema}`, quoteString(literal))}), pg_raise_if(1, '42883', ${quoteString(`function "${literal}" does not exist`)}))`;
    }
  }
}

/**
 * Casts to and from regtype[]: `'{int,int8,int2}'::regtype[]` (drizzle-kit tells serial columns
 * so) and `proargtypes::regtype[]` (an oidvector; pgcli lists functions so) are the types' OIDs as
 * an array, `regtype[]::text[]` their names. Undefined for other casts.
 */
export function regtypeArrayCast(em: EmitContext, arg: Node, target: PgTypeInfo): string | undefined {
  if (TEXT_ARRAYS.has(target.oid)) return em.typeOf(arg)?.oid === OID.regtype_array ? regtypeNames(em.expr(arg)) : undefined;
  if (target.oid !== OID.regtype_array) return undefined;
  const literal = arg.A_Const?.sval?.sval as string | undefined;
  if (literal !== undefined) {
    const items = JSON.parse(decodeArrayText(literal, OID.text, (text) => text)) as Array<string | null>;
    const oids = items.map((name) => (name === null ? 'NULL' : String(typeOid(em, name))));
    return `json_array(${oids.join(', ')})`;
  }
  const from = em.typeOf(arg);
  // An oidvector is kept as its text, OIDs between single spaces ('' when empty).
  if (from?.oid === OID.oidvector) {
    return using([em.expr(arg)], ([v]) => `CASE WHEN ${v} IS NULL THEN NULL ELSE (SELECT json_group_array(CAST(value AS INTEGER)) FROM ${jsonRowsFrom('json_each', `'[' || replace(trim(${v}), ' ', ',') || ']'`)}) END`);
  }
  return from?.oid === OID.oid_array ? em.expr(arg) : undefined;
}

/** The OID a type name reads as: a built-in type, one of the schema's enums, or a pseudo-type. */
function typeOid(em: EmitContext, name: string): number {
  // psql's \dfn and \dft name a pseudo-type with its schema: 'pg_catalog.trigger'::pg_catalog.regtype.
  const qualified = relationName(name.trim());
  const pseudo = qualified.schema === 'pg_catalog' ? catalogOnlyTypeOid(qualified.name) : undefined;
  if (pseudo !== undefined) return pseudo;
  const userType = (n: string) => {
    const array = n.endsWith('[]');
    const t = array ? n.slice(0, -2) : n;
    const oid = em.schema.lookupEnum(t) ? enumOid(t) : em.schema.lookupComposite(t) ? compositeOid(t) : em.schema.lookupDomain(t) ? domainOid(t) : undefined;
    // Each has its array type, `_name` (dialect/runtime/catalog/rows.ts).
    return oid !== undefined && array ? enumArrayOid(t) : oid;
  };
  // An array type's pg_type name is its element's with `_` before it (`_mood` is `mood[]`).
  const typeOrArray = (n: string) => {
    const at = n.lastIndexOf('.') + 1;
    return userType(n) ?? (n[at] === '_' ? userType(`${n.slice(0, at)}${n.slice(at + 1)}[]`) : undefined);
  };
  return regtypeOid(name, (own, schema) => {
    if (schema !== null) return typeOrArray(storedName(schema, own));
    // A bare name is the first of the search path's schemas' types of that name.
    for (const s of em.schema.searchPath) {
      const oid = typeOrArray(storedName(s, own));
      if (oid !== undefined) return oid;
    }
    return typeOrArray(own) ?? catalogOnlyTypeOid(own);
  });
}

const TEXT_ARRAYS = new Set<number>([OID.text_array, OID.varchar_array, OID.name_array]);

/** A regtype[] as its types' names, in order. */
function regtypeNames(sql: string): string {
  return using([sql], ([v]) => `CASE WHEN ${v} IS NULL THEN NULL ELSE (SELECT json_group_array(${regText('type', 'e.value')}) FROM ${jsonRowsFrom('json_each', v, 'e')}) END`);
}

export function isRegType(oid: number): boolean {
  return REG_KINDS[oid] !== undefined;
}

/** A result column of a reg* type prints the name its OID stands for. */
export function regOutput(em: EmitContext, val: Node, sql: string): string {
  const type = em.typeOf(val);
  const kind = type ? REG_KINDS[type.oid] : undefined;
  if (kind === undefined) return regColumnOutput(em, type?.oid, sql);
  // pg_typeof() of an aggregate: its type's name beside the aggregate, which a subquery would make its own.
  const f = val.FuncCall;
  const arg = f && names(f.funcname).at(-1) === 'pg_typeof' ? (f.args as Node[] | undefined)?.[0] : undefined;
  if (arg && hasAggregate(arg)) {
    const name = regText(kind, String(em.typeOf(arg)?.oid ?? OID.unknown), searchPathOf(em));
    return `iif((${em.expr(arg)}) IS NULL, ${name}, ${name})`;
  }
  return regColumnOutput(em, type!.oid, sql);
}

/** What a result column of type `oid` prints (`sql` its value): a reg* OID's name, a regtype[]'s names; other types' values as they are. */
export function regColumnOutput(em: EmitContext, oid: number | undefined, sql: string): string {
  if (oid === OID.regtype_array) return regtypeNames(sql);
  const kind = oid === undefined ? undefined : REG_KINDS[oid];
  return kind === undefined ? sql : regText(kind, sql, searchPathOf(em));
}

/** Whether a result column of type `oid` prints other than its stored value (regColumnOutput). */
export function printsRegName(oid: number | undefined): boolean {
  return oid === OID.regtype_array || (oid !== undefined && REG_KINDS[oid] !== undefined);
}

// ---------------------------------------------------------------- arrays

const ARRAY_COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/** LIKE and ILIKE (`~~`, `~~*` and their negations) of a value and one pattern, as the emitter writes them. */
const LIKE_MATCHES: Record<string, (value: string, pattern: string) => string> = {
  '~~': (v, p) => `(${v} LIKE ${p} ESCAPE '\\')`,
  '!~~': (v, p) => `(${v} NOT LIKE ${p} ESCAPE '\\')`,
  '~~*': (v, p) => `pg_ilike(${v}, ${p})`,
  '!~~*': (v, p) => `(1 - pg_ilike(${v}, ${p}))`,
};

/**
 * `x op ANY (array)` and `x op ALL (array)`, over the array's elements (install.ts). `stored`: x
 * and the elements are integers (or texts), equal exactly when their values as SQLite integers
 * (texts) are: `x = ANY` is then SQLite's `x IN (the elements)` and `x <> ALL` its NOT IN, whose
 * NULLs answer as ANY's and ALL's do, and which read the array once and search it (or x's index),
 * not once per row (an `id = ANY($1)` over a table). Each element is cast to the family's storage
 * class: an array literal's elements are texts, and a catalog view's column compares by class.
 */
export function arrayComparison(op: string, any: boolean, l: string, r: string, stored?: 'integer' | 'text'): string {
  // A NULL array's answer is NULL, as of an array of one NULL (`1 = ANY (NULL::int[])`), not an empty array's false.
  const elements = `coalesce(pg_array_json(${r}), '[null]')`;
  const set = () => `(SELECT CAST(value AS ${stored === 'integer' ? 'INTEGER' : 'TEXT'}) FROM ${jsonRowsFrom('json_tree', elements)} WHERE type NOT IN ('array', 'object'))`;
  if (stored && any && op === '=') return `(${l}) IN ${set()}`;
  if (stored && !any && (op === '<>' || op === '!=')) return `(${l}) NOT IN ${set()}`;
  const like = LIKE_MATCHES[op];
  if (like) {
    // Each element's match, then ANY's (ALL's) three-valued answer: an empty array is false (true).
    const m = like(`(${l})`, 'value');
    const answer = any ? 'WHEN max(m) = 1 THEN 1 WHEN count(m) < count(*) THEN NULL ELSE 0' : 'WHEN min(m) = 0 THEN 0 WHEN count(m) < count(*) THEN NULL ELSE 1';
    return `(SELECT CASE WHEN count(*) = 0 THEN ${any ? 0 : 1} ${answer} END FROM (SELECT ${m} AS m FROM ${jsonRowsFrom('json_each', elements)}))`;
  }
  if (!ARRAY_COMPARISONS.has(op)) throw unsupported(`${op} ${any ? 'ANY' : 'ALL'} (array)`);
  return `pg_array_${any ? 'any' : 'all'}(${l}, ${r}, ${quoteString(op === '!=' ? '<>' : op)})`;
}

/** `ARRAY(SELECT …)`: the rows' first column as an array. */
export function arraySubquery(sub: string, type: PgTypeInfo | null | undefined): string {
  // Of arrays: one more dimension, each row's array of the same shape (array_agg's errors).
  if (type && arrayElementOid(type.oid)) return `pg_array_agg_arrays((WITH "array"("element") AS (${sub}) SELECT json_group_array(json("element")) FROM "array"))`;
  return `(WITH "array"("element") AS (${sub}) SELECT json_group_array(${arrayElement('"element"', type)}) FROM "array")`;
}

/** `ARRAY[a, b]` of elements of type `element`: an untyped literal among them read as one (`'-1 mon'` beside an interval is `-1 mons`). */
export function arrayConstructor(em: EmitContext, elements: Node[], element: number): string {
  // A row is kept as the text record_out prints, as a composite type's value is.
  const item = (e: Node) => (e.RowExpr ? em.rowOutput((e.RowExpr.args ?? []) as Node[]) : arrayElement(em.expr(e), em.typeOf(e)));
  return `json_array(${elements.map((e) => readAs(e, element)).map(item).join(', ')})`;
}

/**
 * An element as an array stores it: a boolean as JSON's true or false, as array_in and array_agg
 * store it (not 1 or 0), a numeric in its one form (a literal 2.0 is a REAL, which JSON writes 2.0).
 */
function arrayElement(sql: string, type: PgTypeInfo | null | undefined): string {
  // A bytea is a BLOB, which JSON cannot hold.
  if (type?.oid === OID.bytea) throw unsupported('an array of bytea');
  if (type?.oid === OID.numeric) return `pg_num_element(${sql})`;
  // A char(n) is kept without the padding its value has (ARRAY['a'::char(3)] is {"a  "}).
  if (type?.oid === OID.bpchar && type.typmod > 4) return `pg_output(${sql}, ${OID.bpchar}, ${type.typmod})`;
  return type?.oid === OID.bool ? `CASE (${sql}) WHEN 1 THEN json('true') WHEN 0 THEN json('false') END` : sql;
}

/** Types whose values evsql keeps rows in, as JSON objects (_pg_expandarray's), or does not know. */
const ROW_LIKE = new Set<number>([OID.json, OID.jsonb, OID.record, OID.unknown]);

/** The types other than arrays with a subscript handler (pg_type.typsubscript), and an untyped literal's, which is read as an array. */
const SUBSCRIPTED = new Set<number>([OID.jsonb, OID.name, OID.unknown, OID.int2vector, OID.oidvector]);

/**
 * `array[i]`, `array[i][j]`, and slices `array[lo:hi]` (a subscript beside a slice is `[1:i]`, as in
 * PostgreSQL). `elements`: the array as the operation reads its elements, where that differs from
 * its value (types.ts arrayTextsSql).
 */
export function subscript(em: EmitContext, n: Node, elements: (sql: string) => string = (sql) => sql): string {
  const indirection = n.A_Indirection.indirection as Node[];
  // A field of a row kept as a JSON object (_pg_expandarray's): `(keys).x`.
  const field = indirection.length === 1 ? (indirection[0]!.String?.sval as string | undefined) : undefined;
  const filled = hstoreRecordField(em, n);
  if (filled !== undefined) return em.expr(filled);
  // A field of a FROM item's whole row is its column: `(t).a` is `t.a`.
  const whole = em.scope?.wholeRowField(n);
  if (whole) {
    const column = { ColumnRef: { fields: whole.map((sval) => ({ String: { sval } })), location: n.A_Indirection.arg.ColumnRef.location } };
    if (em.numericSpine.has(n)) em.numericSpine.add(column);
    return em.expr(column);
  }
  if (field !== undefined && n.A_Indirection.arg.ColumnRef) {
    // A column of a type that is no row (text, a number …) has no fields: PostgreSQL's 42809, where
    // reading it as a JSON object failed in SQLite (XX000 malformed JSON).
    const of = em.typeOf(n.A_Indirection.arg)?.oid;
    if (of !== undefined && !ROW_LIKE.has(of) && !em.schema.compositeByOid(of)) {
      throw new PgError(SqlState.wrongObjectType, `column notation .${field} applied to type ${formatType(of, -1)}, which is not a composite type`, { position: n.A_Indirection.arg.ColumnRef.location + 1 });
    }
    return `json_extract(${em.expr(n.A_Indirection.arg)}, ${quoteString(`$."${field.replace(/"/g, '\\"')}"`)})`;
  }
  const ind = indirection.map((i) => i.A_Indices as Node | undefined);
  if (ind.some((i) => !i)) throw unsupported('field selection');
  const argType = em.typeOf(n.A_Indirection.arg)?.oid;
  if (argType === OID.hstore) return hstoreSubscript(em, n.A_Indirection.arg, ind as Node[]);
  if (argType !== undefined && !arrayElementOid(argType) && !SUBSCRIPTED.has(argType)) {
    const at = (Object.values(n.A_Indirection.arg)[0] as { location?: number } | undefined)?.location;
    throw new PgError(SqlState.datatypeMismatch, `cannot subscript type ${formatType(argType, -1)} because it does not support subscripting`, at === undefined ? {} : { position: at + 1 });
  }
  if (argType === OID.jsonb) {
    // jsonb subscripting is jsonb_get_element's, the path of `#>`: `d['a'][0]` is `d #> '{a,0}'`.
    if (ind.some((i) => i!.is_slice)) throw new PgError(SqlState.datatypeMismatch, 'jsonb subscript does not support slices');
    const path = { A_ArrayExpr: { elements: ind.map((i) => ({ TypeCast: { arg: i!.uidx, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } })) } };
    return em.expr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '#>' } }], lexpr: n.A_Indirection.arg, rexpr: path } });
  }
  if (argType === OID.json) throw new PgError(SqlState.datatypeMismatch, 'cannot subscript type json because it does not support subscripting');
  // unnest of a tsvector in the select list (select-list-arrays.ts): its records are FROM's only.
  if (argType === OID.tsvector && ind[0]!.flat) throw tsvectorUnnestRefused();
  const array = elements(em.expr(n.A_Indirection.arg));
  // A subscript is an int4: a numeric or float one rounds to it (`a[1.6]` is `a[2]`).
  const rounded = (b: Node): Node => {
    const x = em.typeOf(b)?.oid;
    const fractional = x === OID.numeric || x === OID.float4 || x === OID.float8;
    return fractional ? { TypeCast: { arg: b, typeName: { names: [{ String: { sval: 'int4' } }], typemod: -1 } } } : b;
  };
  ind.forEach((i, k) => {
    ind[k] = { ...i, uidx: i!.uidx && rounded(i!.uidx), lidx: i!.lidx && rounded(i!.lidx) };
  });
  // A name is an array of its bytes, from 0 (pg_dump's `typname[0] = '_'`).
  if (ind.length === 1 && !ind[0]!.is_slice && em.typeOf(n.A_Indirection.arg)?.oid === OID.name) return `substr(${array}, (${em.expr(ind[0]!.uidx)}) + 1, 1)`;
  const bound = (b: Node | undefined) => (b ? em.expr(b) : 'NULL');
  if (ind.some((i) => i!.is_slice)) {
    const given = ind.map((i) => (i!.is_slice ? `${i!.lidx ? 1 : 0}${i!.uidx ? 1 : 0}` : '01')).join('');
    return `pg_array_slice(${array}, '${given}', ${ind.map((i) => (i!.is_slice ? `${bound(i!.lidx)}, ${bound(i!.uidx)}` : `1, ${bound(i!.uidx)}`)).join(', ')})`;
  }
  const element = ind.length === 1 ? `${ind[0]!.flat ? 'pg_array_flat_get' : 'pg_array_get'}(${array}, ${em.expr(ind[0]!.uidx)})` : `pg_array_subscript(${array}, ${ind.map((i) => em.expr(i!.uidx)).join(', ')})`;
  return storedElement(arrayElementOid(argType ?? 0), element);
}

/**
 * An element taken out of an array as a column of its type stores it: a float's infinities, which
 * an array keeps as their names, are the REALs ±Inf (sorted and compared as numbers; NaN stays
 * the text 'NaN', as a column keeps it). Others are stored alike in both.
 */
function storedElement(element: number, sql: string): string {
  return element === OID.float8 || element === OID.float4 ? `pg_store(${sql}, ${element}, -1)` : sql;
}

// ---------------------------------------------------------------- functions in FROM

/** pg_get_keywords()'s columns (dialect/runtime/table-functions.ts). */
export const KEYWORD_COLUMNS = [
  { name: 'word', type: { oid: OID.text, typmod: -1 } },
  { name: 'catcode', type: { oid: OID.char, typmod: -1 } },
  { name: 'barelabel', type: { oid: OID.bool, typmod: -1 } },
  { name: 'catdesc', type: { oid: OID.text, typmod: -1 } },
  { name: 'baredesc', type: { oid: OID.text, typmod: -1 } },
];

/** unnest(tsvector)'s columns (dialect/runtime/table-functions.ts). */
export const TSVECTOR_UNNEST_COLUMNS = [
  { name: 'lexeme', type: { oid: OID.text, typmod: -1 } },
  { name: 'positions', type: { oid: OID.int2_array, typmod: -1 } },
  { name: 'weights', type: { oid: OID.text_array, typmod: -1 } },
];

/** unnest(tsvector) anywhere but over a value in FROM: its records have no other path in evsql. */
export const tsvectorUnnestRefused = () => unsupported('unnest(tsvector) in the select list or over an earlier FROM item');

/**
 * An array unnest in FROM takes apart. A numeric[] whose elements print their own scales (a
 * parameter, ARRAY[1.50, 2.0]) is taken apart as their decimal texts: each row's value is read
 * back from its text, which the column's display carries (name-resolution.ts unnestColumn).
 */
function unnestedArray(em: EmitContext, a: Node): { sql: string; column: (value: string, name: string) => string } {
  const texts = em.elementTexts(a);
  const element = arrayElementOid(em.typeOf(a)?.oid ?? 0);
  if (texts === undefined) return { sql: em.expr(a), column: (value, name) => `${storedElement(element, value)} AS ${quoteIdent(name)}` };
  return { sql: texts, column: (value, name) => `pg_store(${value}, ${OID.numeric}, -1) AS ${quoteIdent(name)}, ${value} AS ${quoteIdent(displayColumn(name))}` };
}

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
  // Its rows would be the text's pieces, typed text: refused until unnest takes its ranges apart.
  if (name === 'unnest' && args.length === 1 && isMultirange(em.typeOf(args[0]!))) throw unsupported('unnest() of a multirange');
  if (name === 'unnest' && args.length === 1 && em.typeOf(args[0]!)?.oid === OID.tsvector) {
    const columns = TSVECTOR_UNNEST_COLUMNS.map((c, i) => `${c.name} AS ${quoteIdent(colnames[i] ?? c.name)}`).join(', ');
    const numbered = r.ordinality ? `, ordinality AS ${quoteIdent(colnames[3] ?? 'ordinality')}` : '';
    return `(SELECT ${columns}${numbered} FROM pg_tsvector_unnest(${em.expr(args[0]!)})) AS ${relation}`;
  }
  if (name === 'unnest' && args.length === 1) {
    // A column definition list is a record-returning function's: unnest of an array of rows returns
    // rows of a known shape, which the list may not restate; of any other array, no record.
    const defs = r.coldeflist as Node[] | undefined;
    if (defs?.length) {
      if (em.rowElements(em.typeOf(args[0]!)?.oid ?? 0)) throw new PgError(SqlState.datatypeMismatch, 'function return row and query-specified return row do not match');
      const at = defs[0]!.ColumnDef?.location as number | undefined;
      throw new PgError(SqlState.syntaxError, 'a column definition list is only allowed for functions returning "record"', at !== undefined && at >= 0 ? { position: at + 1 } : {});
    }
    const array = unnestedArray(em, args[0]!);
    return `(SELECT ${array.column('value', colnames[0] ?? alias ?? name)}${ordinality} FROM pg_unnest(${array.sql})) AS ${relation}`;
  }
  if (name === 'unnest' && args.length > 1) {
    // Several arrays side by side, the shorter ones padded with NULLs: joined on their ordinality.
    // Each array is emitted where it is read, in the text's order, so its parameters are numbered so.
    const count = `max(${args.map((a) => `coalesce(pg_cardinality(${em.expr(a)}), 0)`).join(', ')})`;
    const arrays = args.map((a) => unnestedArray(em, a));
    const values = arrays.map((a, i) => a.column(`"u${i}".value`, colnames[i] ?? 'unnest')).join(', ');
    const joins = arrays.map((a, i) => ` LEFT JOIN pg_unnest(${a.sql}) AS "u${i}" ON "u${i}".ordinality = "n".value`).join('');
    const ord = r.ordinality ? `, "n".value AS ${quoteIdent(colnames[args.length] ?? 'ordinality')}` : '';
    return `(SELECT ${values}${ord} FROM pg_generate_series(1, ${count}, 1) AS "n"${joins}) AS ${relation}`;
  }
  if (name === 'generate_subscripts' && args.length === 2) {
    // From the dimension's lower bound: an int2vector's and oidvector's (indkey, indclass) is 0.
    const [array, dim] = [em.expr(args[0]!), em.expr(args[1]!)];
    return `(SELECT value AS ${valueName}${ordinality} FROM pg_generate_series(coalesce(pg_array_lower(${array}, ${dim}), 1), coalesce(pg_array_upper(${array}, ${dim}), 0), 1)) AS ${relation}`;
  }
  if (name === 'pg_options_to_table' && args.length === 1) {
    // The options arrays hold `name=value` texts (reloptions, attfdwoptions).
    return `(SELECT substr(value, 1, instr(value, '=') - 1) AS option_name, substr(value, instr(value, '=') + 1) AS option_value FROM pg_unnest(${em.expr(args[0]!)})) AS ${relation}`;
  }
  if (name === 'pg_get_keywords' && args.length === 0) {
    const columns = KEYWORD_COLUMNS.map((c, i) => `${quoteIdent(c.name)} AS ${quoteIdent(colnames[i] ?? c.name)}`).join(', ');
    return `(SELECT ${columns}${r.ordinality ? `, row_number() OVER () AS ${quoteIdent(colnames[KEYWORD_COLUMNS.length] ?? 'ordinality')}` : ''} FROM pg_get_keywords()) AS ${relation}`;
  }
  if (name === 'pg_partition_ancestors' && args.length === 1) {
    // A partitioned table or a partition, then its parent; nothing for a relation of no partition tree.
    const [classes, inherits] = [PG_CLASS, catalogTable('pg_inherits')];
    const self = `SELECT a.x AS relid, 0 AS level FROM a WHERE EXISTS (SELECT 1 FROM ${classes} AS c WHERE c.oid = a.x AND c.relkind = 'p') OR EXISTS (SELECT 1 FROM ${inherits} AS i WHERE i.inhrelid = a.x)`;
    const parents = `SELECT i.inhparent, 1 FROM ${inherits} AS i, a WHERE i.inhrelid = a.x`;
    const relid: Node = { TypeCast: { arg: args[0], typeName: { names: [{ String: { sval: 'regclass' } }], typemod: -1 } } };
    return `(WITH a AS (SELECT (${em.expr(relid)}) AS x) SELECT relid AS ${quoteIdent(colnames[0] ?? 'relid')}${r.ordinality ? `, row_number() OVER (ORDER BY level) AS ${quoteIdent(colnames[1] ?? 'ordinality')}` : ''} FROM (${self} UNION ALL ${parents}) ORDER BY level) AS ${relation}`;
  }
  if (name === 'pg_partition_tree' && args.length === 1) {
    // The root, then its partitions (one level: evsql has no partition that is partitioned itself).
    const [classes, inherits] = [PG_CLASS, catalogTable('pg_inherits')];
    const root = `SELECT a.x AS relid, (SELECT i.inhparent FROM ${inherits} AS i WHERE i.inhrelid = a.x) AS parentrelid, NOT EXISTS (SELECT 1 FROM ${classes} AS c WHERE c.oid = a.x AND c.relkind = 'p') AS isleaf, 0 AS level FROM a WHERE EXISTS (SELECT 1 FROM ${classes} AS c WHERE c.oid = a.x AND c.relkind = 'p') OR EXISTS (SELECT 1 FROM ${inherits} AS i WHERE i.inhrelid = a.x)`;
    const leaves = `SELECT i.inhrelid, i.inhparent, 1, 1 FROM ${inherits} AS i, a WHERE i.inhparent = a.x`;
    const relid: Node = { TypeCast: { arg: args[0], typeName: { names: [{ String: { sval: 'regclass' } }], typemod: -1 } } };
    const columns = ['relid', 'parentrelid', 'isleaf', 'level'].map((c, i) => `${c} AS ${quoteIdent(colnames[i] ?? c)}`).join(', ');
    return `(WITH a AS (SELECT (${em.expr(relid)}) AS x) SELECT ${columns}${r.ordinality ? `, row_number() OVER (ORDER BY level) AS ${quoteIdent(colnames[4] ?? 'ordinality')}` : ''} FROM (${root} UNION ALL ${leaves}) ORDER BY level) AS ${relation}`;
  }
  if (name === 'pg_partition_ancestors' || name === 'pg_partition_tree') {
    return `(SELECT ${ignoring(args.map((a) => em.expr(a)), 'NULL')} AS ${valueName}${r.ordinality ? `, NULL AS ${quoteIdent(colnames[1] ?? 'ordinality')}` : ''} WHERE 0) AS ${relation}`;
  }
  return undefined;
}

// ---------------------------------------------------------------- LATERAL

/**
 * `CROSS JOIN LATERAL (SELECT expr AS n) AS o`, a subquery of one row without FROM (pgbench's
 * partition query): SQLite has no LATERAL, so references to o.n are written as the expression
 * itself and the join goes away; a LATERAL subquery with FROM that yields at most one row (an
 * aggregate, LIMIT 1) is inlined the same way, each reference a correlated scalar subquery.
 * Other LATERAL subqueries stay unsupported.
 */
// By the scope of the query whose FROM has them: a subquery of it reads them, a CTE or a query
// beside it does not.
const laterals = new WeakMap<Scope, Map<string, Map<string, Node>>>();
/** The emitters that inlined any, so that other statements' column references skip the lookup. */
const inlining = new WeakSet<EmitContext>();

const AGGREGATE_CALL = /"funcname":\[\{"String":\{"sval":"(count|sum|avg|min|max|array_agg|string_agg|json_agg|jsonb_agg|bool_and|bool_or|every)"\}\}\]/;

/** How many rows a LATERAL subquery yields: 'one' (an aggregate without GROUP BY), 'at most one' (LIMIT 1), else 'many'. */
function lateralRows(s: Node): 'one' | 'at most one' | 'many' {
  if (!s || (s.op && s.op !== 'SETOP_NONE') || s.groupClause || s.havingClause || s.valuesLists) return 'many';
  const limitOne = s.limitCount?.A_Const?.ival?.ival === 1 && !s.limitOffset;
  if (!s.fromClause && !s.whereClause) return 'one';
  // An aggregate of its own level: one in a scalar subquery of its select list aggregates that subquery's rows.
  if (!s.windowClause && hasAggregate(s.targetList) && !JSON.stringify(s.targetList).includes('"over"')) return 'one';
  return limitOne ? 'at most one' : 'many';
}

/**
 * A query whose FROM has a LATERAL subquery of at most one row after a comma or in an inner join:
 * the same query with the subquery LEFT JOINed (inlineLateral) and an EXISTS of it in WHERE, which
 * drops the rows it has none for, as the inner join does. Undefined when there is none.
 */
export function lateralJoins(s: Node, schema: TranslatorSchema): Node | undefined {
  const from = (s.fromClause ?? []) as Node[];
  if (!JSON.stringify(from).includes('"lateral":true')) return undefined;
  // LATERAL on the first FROM item has nothing before it to refer to: a plain subquery.
  if (from[0]?.RangeSubselect?.lateral) return { ...s, fromClause: [{ RangeSubselect: { ...from[0].RangeSubselect, lateral: false } }, ...from.slice(1)] };
  const conditions: Node[] = [];
  const flattened = new Map<string, Map<string, Node>>();
  let decorrelations = 0;
  const join = (j: Node): Node => {
    const sub = j.rarg?.RangeSubselect;
    const trueQuals = !j.quals || j.quals.A_Const?.boolval?.boolval === true;
    const flat = sub?.lateral && ['JOIN_INNER', 'JOIN_LEFT'].includes(j.jointype) ? flatLateral(sub, from, schema, s) : undefined;
    if (flat) {
      // One table filtered by the outer row: the table joined ON that filter, its columns inlined.
      flattened.set(sub.alias.aliasname, flat.columns);
      const quals = [...(flat.where ? [flat.where] : []), ...(trueQuals ? [] : [j.quals])];
      const on = quals.length === 0 ? { A_Const: { boolval: { boolval: true } } } : quals.length === 1 ? quals[0] : { BoolExpr: { boolop: 'AND_EXPR', args: quals } };
      return { JoinExpr: { ...j, larg: item(j.larg), rarg: flat.table, quals: on } };
    }
    const decorrelated = sub?.lateral && !flat && ['JOIN_INNER', 'JOIN_LEFT'].includes(j.jointype) && lateralRows(sub.subquery?.SelectStmt) === 'many' ? decorrelatedLateral(sub, fromNames(from), schema) : undefined;
    if (decorrelated) {
      decorrelations++;
      const on = [...decorrelated.on, ...(trueQuals ? [] : [j.quals])];
      const quals = on.length === 0 ? { A_Const: { boolval: { boolval: true } } } : on.length === 1 ? on[0] : { BoolExpr: { boolop: 'AND_EXPR', args: on } };
      return { JoinExpr: { ...j, larg: item(j.larg), rarg: { RangeSubselect: decorrelated.subselect }, quals } };
    }
    if (sub?.lateral && j.jointype === 'JOIN_INNER' && trueQuals && lateralRows(sub.subquery?.SelectStmt) === 'at most one') {
      conditions.push({ SubLink: { subLinkType: 'EXISTS_SUBLINK', subselect: sub.subquery } });
      return { JoinExpr: { ...j, larg: item(j.larg), jointype: 'JOIN_LEFT', quals: undefined } };
    }
    return { JoinExpr: { ...j, larg: item(j.larg), rarg: item(j.rarg) } };
  };
  const item = (n: Node): Node => (n.JoinExpr ? join(n.JoinExpr) : n);
  // `a, LATERAL (…) x` is `a CROSS JOIN LATERAL (…) x`.
  const folded: Node[] = [];
  for (const f of from) {
    if (f.RangeSubselect?.lateral && folded.length > 0) folded.push({ JoinExpr: { jointype: 'JOIN_INNER', larg: folded.pop()!, rarg: f } });
    else folded.push(f);
  }
  const fromClause = folded.map(item);
  if (conditions.length === 0 && folded.length === from.length && flattened.size === 0 && decorrelations === 0) return undefined;
  const where = [...(s.whereClause ? [s.whereClause] : []), ...conditions];
  const out: Node = { ...s, fromClause, whereClause: where.length > 1 ? { BoolExpr: { boolop: 'AND_EXPR', args: where } } : where[0] };
  if (!flattened.size) return out;
  // A result column that was `x.v` keeps the name v.
  const targetList = ((out.targetList ?? []) as Node[]).map((t) => {
    const ref = t.ResTarget?.val?.ColumnRef ? names(t.ResTarget.val.ColumnRef.fields) : [];
    return !t.ResTarget.name && ref.length === 2 && flattened.has(ref[0]!) ? { ResTarget: { ...t.ResTarget, name: ref[1] } } : t;
  });
  return inlineQualified({ ...out, targetList }, flattened);
}

/**
 * A LATERAL subquery that is one table filtered (`SELECT c.n AS v FROM t c WHERE c.id = l.id + 1`),
 * whose alias names no other FROM item: the table, its WHERE and its columns as expressions. Not
 * one of window functions, which would run over the whole join's rows, nor one `query` (the
 * query around it) reads as a whole row or through `*`, which would read the table's columns.
 */
function flatLateral(sub: Node, from: Node[], schema: TranslatorSchema, query: Node): { table: Node; where: Node | undefined; columns: Map<string, Node> } | undefined {
  const s = sub.subquery?.SelectStmt;
  // A set operation (or VALUES) has no target list of its own: not one table filtered.
  if (!s?.targetList || !sub.alias || lateralRows(s) !== 'many' || s.groupClause || s.sortClause || s.limitCount || s.limitOffset || s.distinctClause || s.windowClause || s.withClause) return undefined;
  if (JSON.stringify(s.targetList).includes('"over":') || readsWholeRow({ ...query, fromClause: undefined }, sub.alias.aliasname)) return undefined;
  const table = (s.fromClause as Node[] | undefined)?.length === 1 ? s.fromClause[0].RangeVar : undefined;
  if (!table) return undefined;
  const name = (table.alias?.aliasname as string | undefined) ?? table.relname;
  if (fromNames(from).includes(name)) return undefined;
  const info = table.schemaname ? undefined : schema.lookupTable(table.relname);
  if (!info) return undefined;
  // Joined to the query, the table's columns would meet its bare names (`SELECT id …`, 42702).
  if (bareNames({ ...query, fromClause: undefined }).some((c) => !!info.column(c))) return undefined;
  // Moved out of the subquery, a bare name of the table's own column would meet the outer tables' columns.
  const own = (n: Node): Node => qualifyColumns(n, name, (c) => !!info.column(c));
  const aliases = names(sub.alias.colnames);
  const columns = new Map<string, Node>();
  for (const [i, t] of (s.targetList as Node[]).entries()) {
    const rt = t.ResTarget;
    if (rt.val.ColumnRef && names(rt.val.ColumnRef.fields).at(-1) === '*') return undefined;
    columns.set(aliases[i] ?? rt.name ?? (rt.val.ColumnRef ? names(rt.val.ColumnRef.fields).at(-1)! : '?column?'), own(rt.val));
  }
  return { table: s.fromClause[0], where: s.whereClause ? own(s.whereClause) : undefined, columns };
}

/** Whether `n` reads relation `alias` as a row: `*`, `alias.*` or `alias` alone (outside nested subqueries, whose own `*` is theirs). */
function readsWholeRow(n: unknown, alias: string): boolean {
  if (!n || typeof n !== 'object') return false;
  if ((n as Node).SubLink) return false;
  const ref = (n as Node).ColumnRef;
  if (ref) {
    const fields = (ref.fields as Node[]).map((f) => (f.A_Star ? '*' : (f.String?.sval as string)));
    return (fields.length === 1 && (fields[0] === '*' || fields[0] === alias)) || (fields.length === 2 && fields[0] === alias && fields[1] === '*');
  }
  return Object.values(n).some((v) => readsWholeRow(v, alias));
}

/** The unqualified column names `n` refers to, outside nested subqueries. */
function bareNames(n: unknown): string[] {
  if (!n || typeof n !== 'object' || (n as Node).SubLink) return [];
  const ref = (n as Node).ColumnRef;
  if (ref) return ref.fields.length === 1 && ref.fields[0].String ? [ref.fields[0].String.sval as string] : [];
  return Object.values(n).flatMap(bareNames);
}

/** The names a FROM list's items (and those of its joins) go by. */
function fromNames(from: Node[]): string[] {
  const out: string[] = [];
  const collect = (n: Node) => {
    if (n.JoinExpr) [n.JoinExpr.larg, n.JoinExpr.rarg].forEach(collect);
    else if (n.RangeVar) out.push(n.RangeVar.alias?.aliasname ?? n.RangeVar.relname);
    else if (n.RangeSubselect?.alias || n.RangeFunction?.alias) out.push((n.RangeSubselect ?? n.RangeFunction).alias.aliasname);
  };
  from.forEach(collect);
  return out;
}

/** Bare column references to the table's own columns qualified with its name, outside nested subqueries. */
function qualifyColumns(n: Node, table: string, has: (column: string) => boolean): Node {
  if (Array.isArray(n)) return n.map((x) => (x && typeof x === 'object' ? qualifyColumns(x, table, has) : x)) as unknown as Node;
  if (n.SubLink) return n;
  if (n.ColumnRef && n.ColumnRef.fields.length === 1 && n.ColumnRef.fields[0].String && has(n.ColumnRef.fields[0].String.sval)) {
    return { ColumnRef: { ...n.ColumnRef, fields: [{ String: { sval: table } }, n.ColumnRef.fields[0]] } };
  }
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) out[k] = v && typeof v === 'object' ? qualifyColumns(v, table, has) : v;
  return out;
}

/** References `x.c` to flattened LATERAL subqueries' columns replaced by their expressions. */
function inlineQualified(n: Node, relations: Map<string, Map<string, Node>>): Node {
  if (n.ColumnRef) {
    const fields = names(n.ColumnRef.fields);
    const columns = fields.length === 2 ? relations.get(fields[0]!) : undefined;
    if (!columns) return n;
    const to = columns.get(fields[1]!);
    if (!to) throw new PgError(SqlState.undefinedColumn, `column ${fields.join('.')} does not exist`);
    return to;
  }
  if (Array.isArray(n)) return n.map((x) => (x && typeof x === 'object' ? inlineQualified(x, relations) : x)) as unknown as Node;
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) out[k] = v && typeof v === 'object' ? inlineQualified(v, relations) : v;
  return out;
}

/** Whether a join's right side is such a subquery; its columns are then registered for inlining. */
export function inlineLateral(em: EmitContext, j: Node): boolean {
  const sub = j.rarg?.RangeSubselect;
  if (!sub?.lateral) return false;
  const s = sub.subquery?.SelectStmt;
  const rows = lateralRows(s);
  const single = rows !== 'many' && !s.fromClause && !s.whereClause;
  const trueQuals = !j.quals || j.quals.A_Const?.boolval?.boolval === true;
  const joinOk = j.jointype === 'JOIN_LEFT' || (j.jointype === 'JOIN_INNER' && rows === 'one');
  if (!sub.alias) throw unsupported('LATERAL');
  // Gathered as JSON instead (lateral-rows.ts).
  if (rows === 'many' || !trueQuals || !joinOk) return false;
  checkOuterAggregates(s);
  const aliases = names(sub.alias.colnames);
  const columns = new Map<string, Node>();
  const at = em.scope!;
  markColumnRefs(s.targetList, new Set(laterals.get(at)?.keys()));
  (s.targetList as Node[]).forEach((t, i) => {
    const rt = t.ResTarget;
    const name = aliases[i] ?? rt.name ?? columnName(rt.val);
    // A subquery with FROM: each column a correlated scalar subquery of that column alone. Beside
    // an aggregate, a column of none (`SELECT l.g, count(*) FROM …`, the outer row's value) is
    // still one of an aggregated query's one row: HAVING alone keeps it so.
    const aggregated = rows === 'one' && !AGGREGATE_CALL.test(JSON.stringify(rt.val)) ? { havingClause: { A_Const: { boolval: { boolval: true } } } } : {};
    const scalar: Node = { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: { ...s, targetList: [{ ResTarget: { ...rt, name } }], ...aggregated } } } };
    columns.set(name, single ? rt.val : scalar);
  });
  let map = laterals.get(at);
  if (!map) laterals.set(at, (map = new Map()));
  map.set(sub.alias.aliasname, columns);
  inlining.add(em);
  return true;
}

/**
 * An aggregate of the outer FROM items' columns alone belongs to the outer query (its level is its
 * arguments'), whose FROM the subquery is in: 42803, as parseCheckAggregates says. Only qualified
 * names are judged: a bare one may be either's.
 */
function checkOuterAggregates(s: Node): void {
  const inner = fromNames((s.fromClause ?? []) as Node[]);
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object' || (n as Node).SubLink) return;
    const f = (n as Node).FuncCall;
    if (f && !f.over && AGGREGATE_CALL.test(JSON.stringify({ funcname: f.funcname }))) {
      const refs: string[][] = [];
      const collect = (x: unknown): void => {
        if (!x || typeof x !== 'object') return;
        if ((x as Node).ColumnRef) refs.push(names((x as Node).ColumnRef.fields));
        else Object.values(x).forEach(collect);
      };
      collect([f.args, f.agg_filter, f.agg_order]);
      if (refs.length > 0 && refs.every((r) => r.length === 2 && !inner.includes(r[0]!))) {
        throw new PgError(SqlState.groupingError, 'aggregate functions are not allowed in FROM clause of their own query level', f.location === undefined ? {} : { position: f.location + 1 });
      }
    }
    Object.values(n).forEach(visit);
  };
  visit(s.targetList);
}

/** The column references written inside an inlined LATERAL subquery's select list, each with the inlined subqueries before it. */
const insideLateral = new WeakMap<Node, ReadonlySet<string>>();

function markColumnRefs(n: unknown, before: ReadonlySet<string>): void {
  if (!n || typeof n !== 'object') return;
  if ((n as Node).ColumnRef) insideLateral.set(n as Node, before);
  Object.values(n).forEach((x) => markColumnRefs(x, before));
}

/**
 * An inlined column's expression for one reference: a copy, so that the display marks one
 * reference's output puts on its nodes (markScaleSpine) are not another's (`SELECT l.v … WHERE
 * l.v > 1` compares the value, not its printed text); its column references keep their place.
 */
export function lateralCopy(value: Node): Node {
  const copy = structuredClone(value);
  const carry = (from: unknown, to: unknown) => {
    if (!from || typeof from !== 'object') return;
    const before = insideLateral.get(from as Node);
    if (before) insideLateral.set(to as Node, before);
    for (const k of Object.keys(from)) carry((from as Node)[k], (to as Node)[k]);
  };
  carry(value, copy);
  return copy;
}

/** Registers the inlined LATERAL subqueries and the LATERAL functions of a FROM list before its SELECT list is written. */
export function registerLaterals(em: EmitContext, from: Node[] | undefined): void {
  const walk = (n: Node) => {
    if (n.RangeFunction) registerLateralFunction(em, n.RangeFunction);
    if (nodeType(n) !== 'JoinExpr') return;
    walk(n.JoinExpr.larg);
    walk(n.JoinExpr.rarg);
    if (!inlineLateral(em, n.JoinExpr)) registerRowsLateral(em, n.JoinExpr);
  };
  for (const f of from ?? []) walk(f);
}

/** The inlined LATERAL subqueries' columns, of one alias or of all in FROM order: what `l.*` and `*` stand for. */
export function inlinedLateralColumns(em: EmitContext, alias?: string): Array<{ name: string; value: Node }> {
  const out: Array<{ name: string; value: Node }> = [];
  for (const [a, columns] of (em.scope && laterals.get(em.scope)) ?? []) {
    if (alias === undefined || a === alias) for (const [name, value] of columns) out.push({ name, value });
  }
  return out;
}

/** The aliases of the inlined LATERAL subqueries, which SQLite's own `*` does not see. */
export function inlinedLateralAliases(em: EmitContext): string[] {
  return [...((em.scope && laterals.get(em.scope))?.keys() ?? [])];
}

/** The expression a reference to an inlined LATERAL column stands for. */
export function lateralColumn(em: EmitContext, ref: Node): Node | undefined {
  if (!inlining.has(em)) return undefined;
  const fields = names(ref.ColumnRef.fields);
  if (fields.length === 2) {
    // The nearest FROM item of that name: a subquery's own (`FROM t o` inside `LATERAL (…) o`) hides the one outside.
    for (let sc = em.scope; sc; sc = sc.parent) {
      const columns = laterals.get(sc)?.get(fields[0]!);
      if (columns) return columns.get(fields[1]!);
      if (sc.relations.some((r) => r.name === fields[0])) return undefined;
    }
    return undefined;
  }
  // Unqualified: the one inlined subquery with that column, where no other FROM item may have one;
  // a reference inside such a subquery reads the FROM items before it, inlined ones too.
  let home = em.scope;
  while (home && !laterals.has(home)) home = home.parent;
  const inlined = home ? laterals.get(home) : undefined;
  if (fields.length !== 1 || !inlined) return undefined;
  const name = fields[0]!;
  const before = insideLateral.get(ref);
  const other = (r: ScopeRelation) => !(home!.relations.includes(r) && inlined.has(r.name)) && (!r.columns || r.columns.some((c) => c.name === name));
  // The levels out to the query that has them may hide them; inside them, those outside too.
  const levels: ScopeRelation[] = [];
  for (let sc = em.scope; sc; sc = sc === home && !before ? null : sc.parent) levels.push(...sc.relations);
  if (levels.some(other)) return undefined;
  const found = [...inlined].filter(([alias]) => !before || before.has(alias)).flatMap(([, columns]) => columns.get(name) ?? []);
  return found.length === 1 ? found[0] : undefined;
}

/** The columns of LATERAL functions by relation and name: the table-valued function's own column each stands for. */
const functionLaterals = new WeakMap<EmitContext, Map<string, Map<string, string>>>();
const functionDisplays = new WeakMap<EmitContext, Map<string, Map<string, string>>>();

/**
 * generate_series, unnest, a json or a string's set-returning function in FROM over an earlier FROM item's
 * columns (LATERAL, written or implied as PostgreSQL implies it for functions): the table-valued
 * function itself, which may take them; references to its columns (`g`, `t.v`, `e.value`) are
 * written as its own (key, value, ordinality).
 */
function lateralCall(em: EmitContext, r: Node): { name: string; args: Node[]; alias: string; location?: number } | undefined {
  const call = (r.functions as Node[] | undefined)?.[0]?.List?.items?.[0]?.FuncCall;
  if (!call || (r.functions as Node[]).length !== 1) return undefined;
  const name = names(call.funcname).at(-1)!;
  const args = (call.args ?? []) as Node[];
  if (!r.lateral && !JSON.stringify(args).includes('"ColumnRef"')) return undefined;
  const times: number[] = [OID.date, OID.timestamp, OID.timestamptz, OID.interval];
  const series = name === 'generate_series' && (args.length === 2 || args.length === 3) && (args.every((a) => !times.includes(em.typeOf(a)?.oid ?? 0)) || !!timeSeriesType(em, call));
  const json = name in JSON_SET_RETURNING && jsonArity(name, args.length);
  const text = name in TEXT_SET_RETURNING && (args.length === 2 || args.length === 3);
  if (!series && !json && !text && !(name === 'unnest' && args.length === 1)) return undefined;
  if (name === 'unnest' && em.typeOf(args[0]!)?.oid === OID.tsvector) throw tsvectorUnnestRefused();
  if (name === 'unnest' && isMultirange(em.typeOf(args[0]!))) throw unsupported('unnest() of a multirange');
  return { name, args, alias: (r.alias?.aliasname as string | undefined) ?? name, location: call.location };
}

/** A LATERAL function's columns as PostgreSQL names them (column aliases first), each with the table-valued function's own column it is. */
function lateralColumns(call: { name: string; alias: string }, colnames: string[]): Array<[string, string]> {
  const json = JSON_SET_RETURNING[call.name];
  if (json?.kind === 'each') return [[colnames[0] ?? 'key', 'key'], [colnames[1] ?? 'value', 'value'], [colnames[2] ?? 'ordinality', 'ordinality']];
  const value = colnames[0] ?? (json && !jsonNamedColumn(call.name) ? 'value' : call.alias);
  return [[value, 'value'], [colnames[1] ?? 'ordinality', 'ordinality']];
}

/** Registers a LATERAL function's columns (registerLaterals), before any reference to them is written. */
function registerLateralFunction(em: EmitContext, r: Node): void {
  const record = recordCall(em, r);
  if (record?.lateral) {
    const value = `${quoteIdent(record.alias)}.value`;
    const columns = new Map(record.columns.map((c) => [c.name, recordColumnSql(value, c)]));
    const displays = new Map(record.columns.flatMap((c) => {
      const display = recordDisplaySql(value, c);
      return display ? [[c.name, display] as const] : [];
    }));
    let map = functionLaterals.get(em);
    if (!map) functionLaterals.set(em, (map = new Map()));
    map.set(record.alias, columns);
    let shown = functionDisplays.get(em);
    if (!shown) functionDisplays.set(em, (shown = new Map()));
    shown.set(record.alias, displays);
    return;
  }
  const call = lateralCall(em, r);
  if (!call) return;
  const relation = quoteIdent(call.alias);
  const columns = new Map(lateralColumns(call, names(r.alias?.colnames)).map(([name, own]) => [name, `${relation}.${own}`]));
  let map = functionLaterals.get(em);
  if (!map) functionLaterals.set(em, (map = new Map()));
  map.set(call.alias, columns);
}

/** The FROM item of a LATERAL function; undefined for other functions in FROM. */
export function lateralFunction(em: EmitContext, r: Node): string | undefined {
  const call = lateralCall(em, r);
  if (!call) return undefined;
  const json = JSON_SET_RETURNING[call.name];
  if (json) {
    const doc = jsonDocument(em, call.name, call.args, call.location);
    const rows = json.kind === 'each' ? `pg_json_each(${doc}, ${json.asText ? 1 : 0}, '${call.name}')` : `pg_json_elements(${doc}, ${json.asText ? 1 : 0}, ${json.kind === 'keys' ? 1 : 0}, ${sourceText(call.name)})`;
    return `${rows} AS ${quoteIdent(call.alias)}`;
  }
  if (TEXT_SET_RETURNING[call.name]) return `${textRows(em, { funcname: [{ String: { sval: call.name } }], args: call.args })} AS ${quoteIdent(call.alias)}`;
  const time = call.name === 'generate_series' ? timeSeries(em, { args: call.args }) : undefined;
  if (time) return `${time} AS ${quoteIdent(call.alias)}`;
  const args = call.args.map((a) => em.expr(a));
  const sql = call.name === 'unnest' ? `pg_unnest(${args[0]})` : `pg_generate_series(${args.join(', ')}${args.length === 2 ? ', 1' : ''})`;
  return `${sql} AS ${quoteIdent(call.alias)}`;
}

/** The SQL of a reference to a LATERAL function's column, qualified (`t.v`) or not (`g`). */
export function lateralFunctionColumn(em: EmitContext, fields: string[]): string | undefined {
  return lateralLookup(functionLaterals.get(em), fields) ?? rowsLateralColumn(em, fields);
}

/** The display text of a LATERAL record function's unconstrained numeric column (json-records.ts), which it prints. */
export function lateralFunctionDisplay(em: EmitContext, fields: string[]): string | undefined {
  return lateralLookup(functionDisplays.get(em), fields) ?? rowsLateralDisplay(em, fields);
}

/** Whether a FROM item of that name is a LATERAL function whose columns are expressions. */
export function isLateralFunction(em: EmitContext, relation: string): boolean {
  return (functionLaterals.get(em)?.has(relation) ?? false) || isRowsLateral(em, relation);
}

function lateralLookup(map: Map<string, Map<string, string>> | undefined, fields: string[]): string | undefined {
  if (!map) return undefined;
  if (fields.length === 2) return map.get(fields[0]!)?.get(fields[1]!);
  if (fields.length !== 1) return undefined;
  for (const columns of map.values()) {
    const sql = columns.get(fields[0]!);
    if (sql) return sql;
  }
  return undefined;
}

// ---------------------------------------------------------------- COMMENT ON

/**
 * COMMENT ON TABLE / COLUMN as a schema edit that annotates the table's definition, where the
 * catalog finds it (pg_description); other objects' comments are kept apart (comments.ts).
 */
export function commentEdit(s: Node, schema: TranslatorSchema): SchemaEdit {
  const parts = names(s.object.List.items);
  const column = s.objtype === 'OBJECT_COLUMN' ? parts.pop()! : null;
  const name = parts.pop()!;
  const namespace = parts.pop();
  if (namespace !== undefined && namespace !== 'public' && !schema.hasSchema(namespace)) throw new PgError(SqlState.invalidSchemaName, `schema "${namespace}" does not exist`);
  // Another schema's table is stored as `schema.name`; an unqualified name is a temporary table's or the search path's.
  const temp = namespace === undefined ? schema.lookupTable(name) : undefined;
  const table = temp?.temp ? temp.sqlName : namespace === undefined ? (schema.resolveRelation(name) ?? name) : storedName(namespace, name);
  return { kind: 'comment', table, column, text: (s.comment as string | undefined) ?? null };
}
