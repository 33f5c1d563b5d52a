/**
 * The catalog functions catalog queries call (pg_get_constraintdef, format_type, pg_table_size,
 * array_to_string …), as entries of the translator's function table (dialect/translate/functions.ts).
 * Most read the connection's catalog tables and evsql's lookup tables beside them (install.ts);
 * this module imports nothing of the emitter, so the function table can include it.
 */
import { OID } from '../../pg/types/registry.js';
import type { FunctionSpec } from './function-spec.js';
import { currentSchemasSql } from './namespaces.js';
import { HELPER, catalogRelation, sqliteTable } from '../catalog/definitions.js';
import { NAMESPACE, TEMP_NAMESPACE, TEMP_NAMESPACE_NAME } from '../catalog/oids.js';
import { namespaceOid } from '../catalog/namespaces.js';
import { quoteIdentifier } from '../../pg/ident.js';

/**
 * What the index access methods answer in amutils.c (their IndexAmRoutine flags and amproperty
 * functions), by property: the methods that say true, every other one false. A name not listed is
 * NULL; names are matched without regard to case, as PostgreSQL matches them.
 */
const AM_PROPERTIES: Record<string, string[]> = {
  can_order: ['btree'],
  can_unique: ['btree'],
  can_multi_col: ['btree', 'gist', 'gin', 'brin'],
  can_exclude: ['btree', 'hash', 'gist', 'spgist'],
  can_include: ['btree', 'gist', 'spgist'],
};
const INDEX_PROPERTIES: Record<string, string[]> = {
  clusterable: ['btree', 'gist'],
  index_scan: ['btree', 'hash', 'gist', 'spgist'],
  bitmap_scan: ['btree', 'hash', 'gist', 'gin', 'brin', 'spgist'],
  backward_scan: ['btree', 'hash'],
};
// gist's and spgist's distance ordering and index-only scans depend on the operator class (evsql
// makes neither kind of index): these are the answers for ranges and text, which have no distance operator.
const COLUMN_PROPERTIES: Record<string, string[]> = {
  orderable: ['btree'],
  distance_orderable: [],
  returnable: ['btree', 'gist', 'spgist'],
  search_array: ['btree'],
  search_nulls: ['btree', 'gist', 'spgist', 'brin'],
};

/** `CASE lower(property) WHEN … THEN am.amname IN (…) END` over `am`, a pg_am row. */
function amAnswer(properties: Record<string, string[]>, property: string, answer = (p: string, sql: string) => sql): string {
  const when = Object.entries(properties).map(([p, ams]) => ` WHEN '${p}' THEN ${answer(p, ams.length ? `am.amname IN (${ams.map((m) => `'${m}'`).join(', ')})` : '0')}`);
  return `CASE lower(${property})${when.join('')} END`;
}

/**
 * pg_index_column_has_property: a key column's order is its indoption bits (DESC 1, NULLS FIRST 2)
 * where the method orders (btree), false elsewhere; an INCLUDE column answers only orderable,
 * distance_orderable (false) and returnable; a column number the index lacks is NULL.
 */
function indexColumnProperty(index: string, column: string, property: string): string {
  const option = `(SELECT CAST(o.value AS INTEGER) FROM pg_unnest(i.indoption) AS o WHERE o.ordinality = ${column})`;
  const order: Record<string, string[]> = { asc: ['btree'], desc: ['btree'], nulls_first: ['btree'], nulls_last: ['btree'] };
  const bits: Record<string, string> = { asc: `(${option} & 1) = 0`, desc: `(${option} & 1) = 1`, nulls_first: `(${option} & 2) = 2`, nulls_last: `(${option} & 2) = 0` };
  const key = amAnswer({ ...order, ...COLUMN_PROPERTIES }, property, (p, sql) => (bits[p] ? `CASE WHEN ${sql} THEN ${bits[p]} ELSE 0 END` : sql));
  const included = `CASE lower(${property}) WHEN 'orderable' THEN 0 WHEN 'distance_orderable' THEN 0 WHEN 'returnable' THEN am.amname IN (${COLUMN_PROPERTIES.returnable!.map((m) => `'${m}'`).join(', ')}) END`;
  return `(SELECT CASE WHEN ${column} < 1 OR ${column} > i.indnatts THEN NULL WHEN ${column} > i.indnkeyatts THEN ${included} ELSE ${key} END FROM ${table('pg_index')} AS i JOIN ${PG_CLASS} AS c ON c.oid = i.indexrelid JOIN ${table('pg_am')} AS am ON am.oid = c.relam WHERE i.indexrelid = ${index})`;
}

/** The SQLite table of a catalog relation: `pg_class`, `information_schema.tables`. */
export function catalogTable(name: string): string {
  const [schema, rel] = name.startsWith('information_schema.') ? ['information_schema', name.slice('information_schema.'.length)] : ['pg_catalog', name];
  const relation = catalogRelation(schema, rel);
  if (!relation) throw new Error(`no catalog relation ${name}`);
  return sqliteTable(relation);
}

const table = catalogTable;
export const PG_CLASS = table('pg_class');

/** `(SELECT body FROM (SELECT (x0) AS v0, …) AS v)`: each argument's SQL appears once, as its parameters do. */
export function using(args: string[], body: (v: string[]) => string): string {
  const values = args.map((a, i) => `(${a}) AS v${i}`).join(', ');
  return `(SELECT ${body(args.map((_, i) => `v.v${i}`))} FROM (SELECT ${values}) AS v)`;
}

/** An expression that ignores some arguments but keeps their SQL (and so their parameters) in place. */
export function ignoring(ignored: string[], sql: string): string {
  return ignored.some((a) => a.includes('?')) ? `(CASE WHEN 1 THEN ${sql} ELSE coalesce(${ignored.join(', ')}, NULL) END)` : sql;
}

const lookup = (what: string, from: string, where: (v: string) => string) => (a: string[]) => ignoring(a.slice(1), using([a[0]!], ([v]) => `(SELECT ${what} FROM ${from} WHERE ${where(v!)})`));
/** pg_get_constraintdef(oid [, pretty]) and the like: the stored text, pretty when asked. */
const definition = (a: string[]) =>
  ignoring(a.slice(2), using([a[0]!, a[1] ?? '0'], ([o, pretty]) => `(SELECT CASE WHEN ${pretty} THEN pretty ELSE definition END FROM ${HELPER.definition} WHERE oid = ${o})`));
const functionText = (column: string) => lookup(column, HELPER.function, (v) => `oid = ${v}`);
const constant = (sql: string, type: number): FunctionSpec => ({ emit: (a) => ignoring(a, sql), type });
/**
 * pg_*_is_visible as namespace.c decides it: the object's schema is searched (the implicit ones
 * first, then the search path) and no schema searched before it has an object that `same` calls
 * the same, so an unqualified name reaches it; null for an unknown OID.
 */
function visible(catalog: string, namespace: string, same: (other: string, object: string) => string): FunctionSpec {
  return {
    emit: (a, path) => {
      const rank = (ns: string) => searchRank(path, ns);
      const shadowed = `EXISTS (SELECT 1 FROM ${table(catalog)} AS e WHERE ${same('e', 'o')} AND ${rank(`e.${namespace}`)} < ${rank(`o.${namespace}`)})`;
      return lookup(`${rank(`o.${namespace}`)} IS NOT NULL AND NOT ${shadowed}`, `${table(catalog)} AS o`, (v) => `o.oid = ${v}`)(a);
    },
    type: OID.bool,
  };
}
const sameColumn = (column: string) => (e: string, o: string) => `${e}.${column} = ${o}.${column}`;

/**
 * CREATE OR REPLACE FUNCTION as PostgreSQL prints it (ruleutils.c): the header lines, the options
 * that differ from the defaults on one line, the source dollar-quoted with a tag lengthened by x's
 * while the source holds it. A function with a RETURN body keeps no text here: NULL.
 */
function functionDefinition(oid: string): string {
  const nl = 'char(10)';
  const options = `CASE p.provolatile WHEN 'i' THEN ' IMMUTABLE' WHEN 's' THEN ' STABLE' ELSE '' END
    || CASE p.proparallel WHEN 's' THEN ' PARALLEL SAFE' WHEN 'r' THEN ' PARALLEL RESTRICTED' ELSE '' END
    || CASE WHEN p.proisstrict THEN ' STRICT' ELSE '' END || CASE WHEN p.prosecdef THEN ' SECURITY DEFINER' ELSE '' END
    || CASE WHEN p.proleakproof THEN ' LEAKPROOF' ELSE '' END
    || CASE WHEN p.procost <> CASE WHEN l.lanname IN ('internal', 'c') THEN 1 ELSE 100 END THEN printf(' COST %g', p.procost) ELSE '' END
    || CASE WHEN p.prorows > 0 AND p.prorows <> 1000 THEN printf(' ROWS %g', p.prorows) ELSE '' END`;
  const procedure = `p.prokind = 'p'`;
  const tag = `(WITH RECURSIVE t(tag) AS (SELECT CASE WHEN ${procedure} THEN '$procedure' ELSE '$function' END UNION ALL SELECT tag || 'x' FROM t WHERE instr(p.prosrc, tag) > 0) SELECT tag || '$' FROM t ORDER BY length(tag) DESC LIMIT 1)`;
  // A procedure returns nothing: no RETURNS line.
  return `(SELECT 'CREATE OR REPLACE ' || CASE WHEN ${procedure} THEN 'PROCEDURE ' ELSE 'FUNCTION ' END || pg_quote_ident(n.nspname) || '.' || pg_quote_ident(p.proname) || '(' || h.arguments || ')' || ${nl}
    || CASE WHEN ${procedure} THEN '' ELSE ' RETURNS ' || h.result || ${nl} END || ' LANGUAGE ' || pg_quote_ident(l.lanname) || ${nl}
    || (SELECT CASE WHEN o = '' THEN '' ELSE o || ${nl} END FROM (SELECT ${options} AS o))
    || 'AS ' || ${tag} || p.prosrc || ${tag} || ${nl}
    FROM ${table('pg_proc')} AS p JOIN ${table('pg_namespace')} AS n ON n.oid = p.pronamespace JOIN ${table('pg_language')} AS l ON l.oid = p.prolang
    JOIN ${HELPER.function} AS h ON h.oid = p.oid WHERE p.oid = ${oid} AND p.prosrc <> '')`;
}

/** Relation sizes from SQLite's pages: the table's b-tree, its indexes', or both. */
function relationSize(parts: 'table' | 'indexes' | 'both'): FunctionSpec {
  // Another schema's relation is stored as `schema.name` (catalog/namespaces.ts).
  const stored = `CASE WHEN c.relnamespace = ${NAMESPACE.public} THEN c.relname ELSE (SELECT nspname FROM ${table('pg_namespace')} WHERE oid = c.relnamespace) || '.' || c.relname END`;
  const indexes = `SELECT name FROM main.sqlite_schema WHERE type = 'index' AND tbl_name = ${stored}`;
  const which = { table: `s.name = ${stored}`, indexes: `s.name IN (${indexes})`, both: `(s.name = ${stored} OR s.name IN (${indexes}))` }[parts];
  return {
    // An OID no relation has is NULL (PostgreSQL's answer for a relation dropped while it is read).
    emit: (a) =>
      ignoring(
        a.slice(1),
        using([a[0]!], ([v]) => `(SELECT CASE WHEN EXISTS (SELECT 1 FROM ${PG_CLASS} WHERE oid = ${v}) THEN (SELECT coalesce(sum(s.pgsize), 0) FROM ${PG_CLASS} AS c, dbstat AS s WHERE c.oid = ${v} AND s.aggregate = 1 AND ${which}) END)`),
      ),
    type: OID.int8,
  };
}

/** The session's search path, as a FunctionSpec's emit gets it: the schemas searched first without being listed, then the listed ones. */
export interface SearchPath {
  schemas: readonly string[];
  implicit: readonly string[];
}

/**
 * Catalog text that names relations (a default's nextval('s.seq'::regclass), a foreign key's
 * REFERENCES, a view's FROM) as the session's search path shows them: the catalog keeps another
 * schema's relation qualified, as the default path (public) shows it, and ruleutils.c leaves a name
 * of a schema the path lists unqualified. Not told apart: a name a schema earlier on the path
 * hides, which PostgreSQL would qualify.
 */
export function shownInPath(path: SearchPath, text: string): string {
  const listed = path.schemas.filter((s) => s !== 'public' && !(s in BUILTIN_NAMESPACES));
  const literal = (t: string) => `'${t.replace(/'/g, "''")}'`;
  return listed.reduce((sql, schema) => {
    const prefix = `${quoteIdentifier(schema)}.`;
    return [' ', '(', "'"].reduce((inner, before) => `replace(${inner}, ${literal(before + prefix)}, ${literal(before)})`, sql);
  }, text);
}

/** The schemas searched, in order (namespace.c's activeSearchPath). */
function searchOrder(path: SearchPath): string[] {
  return [...path.implicit.filter((s) => !path.schemas.includes(s)), ...path.schemas];
}

const BUILTIN_NAMESPACES: Record<string, number> = { ...NAMESPACE, [TEMP_NAMESPACE_NAME]: TEMP_NAMESPACE };

/** Where the schema of OID `namespace` comes in the search order; NULL where it is not searched. */
export function searchRank(path: SearchPath, namespace: string): string {
  return `CASE ${namespace} ${searchOrder(path).map((s, i) => `WHEN ${BUILTIN_NAMESPACES[s] ?? namespaceOid(s)} THEN ${i}`).join(' ')} END`;
}

/** The function regprocedure's text `v`, `name(type, …)`, names: of that name and argument types, in its schema or the first on the path; NULL for none. */
export function procedureBySignature(path: SearchPath, v: string): string {
  const name = `pg_procedure_name(${v})`;
  const where = `p.proname = pg_parse_relname(${name}) AND p.proargtypes = pg_procedure_argtypes(${v}) AND CASE WHEN pg_parse_relschema(${name}) IS NULL THEN ${searchRank(path, 'p.pronamespace')} IS NOT NULL ELSE p.pronamespace = ${namespaceByName(`pg_parse_relschema(${name})`)} END`;
  return `SELECT p.oid FROM ${table('pg_proc')} AS p WHERE ${where} ORDER BY ${searchRank(path, 'p.pronamespace')} LIMIT 1`;
}

/** The relation `name` unqualified names: the first of the search path's schemas that has one. */
export function visibleRelation(path: SearchPath, name: string): string {
  return `(SELECT c.oid FROM ${PG_CLASS} AS c WHERE c.relname = ${name} AND ${searchRank(path, 'c.relnamespace')} IS NOT NULL ORDER BY ${searchRank(path, 'c.relnamespace')} LIMIT 1)`;
}

/** The OID of the schema named by SQL text `name`; pg_temp is the session's temporary schema. */
export function namespaceByName(name: string): string {
  return `(SELECT oid FROM ${table('pg_namespace')} WHERE nspname = (CASE WHEN ${name} = 'pg_temp' THEN '${TEMP_NAMESPACE_NAME}' ELSE ${name} END))`;
}

/** The OID of a relation named by a text value at run time (a parameter, an expression). */
export function relationByName(text: string, missing: 'error' | 'null', path: SearchPath): string {
  return using([text], ([v]) => {
    // A qualified name (`app.users`) is looked up in its schema, any other on the search path.
    const qualified = `(SELECT c.oid FROM ${PG_CLASS} AS c WHERE c.relname = pg_parse_relname(${v}) AND c.relnamespace = ${namespaceByName(`pg_parse_relschema(${v})`)})`;
    const found = `CASE WHEN pg_parse_relschema(${v}) IS NULL THEN ${visibleRelation(path, `pg_parse_relname(${v})`)} ELSE ${qualified} END`;
    // PostgreSQL looks a qualified name's schema up first: one that is not there is 3F000.
    const schemaMissing = `pg_parse_relschema(${v}) IS NOT NULL AND ${namespaceByName(`pg_parse_relschema(${v})`)} IS NULL`;
    const notFound = `CASE WHEN ${schemaMissing} THEN pg_raise_if(1, '3F000', 'schema "' || pg_parse_relschema(${v}) || '" does not exist') ELSE pg_raise_if(1, '42P01', 'relation "' || ${v} || '" does not exist') END`;
    const byName = missing === 'error' ? `coalesce(${found}, ${notFound})` : found;
    return `CASE WHEN ${v} IS NULL THEN NULL WHEN typeof(${v}) = 'integer' OR ${v} GLOB '[0-9]*' THEN CAST(${v} AS INTEGER) ELSE ${byName} END`;
  });
}

/** A role named by a text value (or given by OID) at run time; 42704 for none. */
function roleByValue(v: string): string {
  return using([v], ([x]) => `CASE WHEN typeof(${x}) = 'integer' THEN ${x} ELSE coalesce((SELECT oid FROM ${table('pg_authid')} WHERE rolname = ${x}), pg_raise_if(1, '42704', 'role "' || ${x} || '" does not exist')) END`);
}

/** The roles whose privileges a role holds: itself and, through INHERIT, the roles it belongs to, as a JSON array of names. */
function inheritedRoles(role: string): string {
  return `(WITH RECURSIVE up(oid) AS (SELECT ${role} UNION SELECT am.roleid FROM ${table('pg_auth_members')} AS am JOIN up ON am.member = up.oid WHERE (SELECT rolinherit FROM ${table('pg_authid')} WHERE oid = up.oid)) SELECT json_group_array(a.rolname) FROM up JOIN ${table('pg_authid')} AS a ON a.oid = up.oid)`;
}

/**
 * has_table_privilege, has_sequence_privilege, has_schema_privilege: by the object's ACL in the
 * catalog (its default when null); the session's own user is a superuser and holds every one.
 */
function privilegeCheck(kind: 'table' | 'sequence' | 'schema'): FunctionSpec {
  return {
    emit: (a, path) => {
      const [role, object, privileges] = a.length === 3 ? [roleByValue(a[0]!), a[1]!, a[2]!] : ['10', a[0]!, a[1]!];
      const found =
        kind === 'schema'
          ? using([object], ([o]) => `coalesce((SELECT n.oid FROM ${table('pg_namespace')} AS n WHERE n.oid = ${o} OR n.nspname = ${o}), pg_raise_if(1, '3F000', 'schema "' || ${o} || '" does not exist'))`)
          : relationByName(object, 'error', path);
      const acl = kind === 'schema' ? `(SELECT nspacl FROM ${table('pg_namespace')} WHERE oid = o.id)` : `(SELECT relacl FROM ${PG_CLASS} WHERE oid = o.id)`;
      const owner = kind === 'schema' ? `(SELECT nspowner FROM ${table('pg_namespace')} WHERE oid = o.id)` : `(SELECT relowner FROM ${PG_CLASS} WHERE oid = o.id)`;
      const aclKind = kind === 'schema' ? `'schema'` : `CASE (SELECT relkind FROM ${PG_CLASS} WHERE oid = o.id) WHEN 'S' THEN 'sequence' ELSE 'table' END`;
      return using([role, privileges], ([r, p]) => `(SELECT pg_acl_allows(${acl}, (SELECT rolname FROM ${table('pg_authid')} WHERE oid = ${owner}), ${aclKind}, ${inheritedRoles(r)}, (SELECT rolsuper FROM ${table('pg_authid')} WHERE oid = ${r}), ${p}) FROM (SELECT ${found} AS id) AS o)`);
    },
    type: OID.bool,
  };
}

/** acldefault's privileges by object kind, PostgreSQL 15's (acl.c): PUBLIC's and the owner's. */
const ACL_DEFAULTS: Record<string, [string, string]> = {
  c: ['', ''],
  r: ['', 'arwdDxt'],
  s: ['', 'rwU'],
  d: ['Tc', 'CTc'],
  f: ['X', 'X'],
  l: ['U', 'U'],
  L: ['', 'rw'],
  n: ['', 'UC'],
  p: ['', 'sA'],
  t: ['', 'C'],
  F: ['', 'U'],
  S: ['', 'U'],
  T: ['U', 'U'],
};

/**
 * pg_relation_is_updatable's mask (1 << CMD_UPDATE | 1 << CMD_INSERT | 1 << CMD_DELETE = 28): a
 * table takes all three, a view what information_schema.views says of it (evsql's views that take
 * writes take all three), anything else none.
 */
function relationUpdatable(oid: string): string {
  const view = `(SELECT v.is_updatable = 'YES' AND v.is_insertable_into = 'YES' FROM ${table('information_schema.views')} AS v JOIN ${PG_CLASS} AS c ON c.relname = v.table_name JOIN ${table('pg_namespace')} AS n ON n.oid = c.relnamespace AND n.nspname = v.table_schema WHERE c.oid = ${oid})`;
  return `(SELECT CASE c.relkind WHEN 'r' THEN 28 WHEN 'p' THEN 28 WHEN 'v' THEN CASE WHEN ${view} THEN 28 ELSE 0 END ELSE 0 END FROM ${PG_CLASS} AS c WHERE c.oid = ${oid})`;
}

export const CATALOG_FUNCTIONS: Record<string, FunctionSpec> = {
  pg_table_is_visible: visible('pg_class', 'relnamespace', sameColumn('relname')),
  pg_type_is_visible: visible('pg_type', 'typnamespace', sameColumn('typname')),
  pg_function_is_visible: visible('pg_proc', 'pronamespace', (e, o) => `${e}.proname = ${o}.proname AND ${e}.proargtypes = ${o}.proargtypes`),
  pg_operator_is_visible: visible('pg_operator', 'oprnamespace', (e, o) => `${e}.oprname = ${o}.oprname AND ${e}.oprleft = ${o}.oprleft AND ${e}.oprright = ${o}.oprright`),
  pg_opclass_is_visible: visible('pg_opclass', 'opcnamespace', (e, o) => `${e}.opcname = ${o}.opcname AND ${e}.opcmethod = ${o}.opcmethod`),
  pg_opfamily_is_visible: visible('pg_opfamily', 'opfnamespace', (e, o) => `${e}.opfname = ${o}.opfname AND ${e}.opfmethod = ${o}.opfmethod`),
  pg_conversion_is_visible: visible('pg_conversion', 'connamespace', sameColumn('conname')),
  pg_collation_is_visible: visible('pg_collation', 'collnamespace', sameColumn('collname')),
  pg_statistics_obj_is_visible: visible('pg_statistic_ext', 'stxnamespace', sameColumn('stxname')),
  pg_ts_config_is_visible: visible('pg_ts_config', 'cfgnamespace', sameColumn('cfgname')),
  pg_ts_dict_is_visible: visible('pg_ts_dict', 'dictnamespace', sameColumn('dictname')),
  pg_ts_parser_is_visible: visible('pg_ts_parser', 'prsnamespace', sameColumn('prsname')),
  pg_ts_template_is_visible: visible('pg_ts_template', 'tmplnamespace', sameColumn('tmplname')),
  pg_get_userbyid: {
    emit: (a) => using([a[0]!], ([v]) => `coalesce((SELECT rolname FROM ${table('pg_authid')} WHERE oid = ${v}), 'unknown (OID=' || ${v} || ')')`),
    type: OID.name,
  },
  format_type: { sqlite: 'pg_format_type', type: OID.text },
  // pg_dump reads it beside every ACL; evsql's ACLs are all NULL (the defaults), so it is only printed.
  acldefault: {
    emit: (a) =>
      using(a, ([kind, owner]) => {
        const role = `coalesce((SELECT rolname FROM ${table('pg_authid')} WHERE oid = ${owner}), '')`;
        const entries = Object.entries(ACL_DEFAULTS).map(([k, [world, own]]) => {
          const items = [...(world ? [`'=${world}/' || r.n`] : []), ...(own ? [`r.n || '=${own}/' || r.n`] : [])];
          return `WHEN '${k}' THEN json_array(${items.join(', ')})`;
        });
        return `(SELECT CASE ${kind} ${entries.join(' ')} ELSE pg_raise_if(1, '22023', 'unrecognized object type abbreviation: ' || ${kind}) END FROM (SELECT ${role} AS n) AS r)`;
      }),
    type: OID.text_array,
  },
  // The catalog keeps expressions as plain text; the pretty text, where it differs, is beside it.
  pg_get_expr: {
    emit: (a, path) =>
      shownInPath(
        path,
        a.length < 3
          ? ignoring(a.slice(1), a[0]!)
          : ignoring([a[1]!], using([a[0]!, a[2]!], ([e, pretty]) => `CASE WHEN ${pretty} THEN coalesce((SELECT pretty FROM ${HELPER.pretty} WHERE plain = ${e}), ${e}) ELSE ${e} END`)),
      ),
    type: OID.text,
  },
  pg_get_constraintdef: { emit: (a, path) => shownInPath(path, definition(a)), type: OID.text },
  // pg_get_viewdef(text), which an untyped literal calls, names the view (pg_get_viewdef_name).
  pg_get_viewdef: { emit: (a, path) => shownInPath(path, definition([relationByName(a[0]!, 'error', path), ...a.slice(1)])), type: OID.text },
  // Pretty, the table is named as the search path finds it; plain, always with its schema.
  pg_get_triggerdef: {
    emit: (a, path) => ignoring(a.slice(2), using([a[0]!, a[1] ?? '0'], ([o, pretty]) => `(SELECT CASE WHEN ${pretty} THEN ${shownInPath(path, 'pretty')} ELSE definition END FROM ${HELPER.definition} WHERE oid = ${o})`)),
    type: OID.text,
  },
  pg_get_ruledef: { emit: definition, type: OID.text },
  pg_get_statisticsobjdef_columns: { emit: definition, type: OID.text },
  // A partitioned table's key is its definition (catalog/rows.ts); NULL for any other relation (a view's or an index's is theirs), as in PostgreSQL.
  pg_get_partkeydef: {
    emit: (a) => ignoring(a.slice(1), using([a[0]!], ([o]) => `(SELECT definition FROM ${HELPER.definition} WHERE oid = ${o} AND EXISTS (SELECT 1 FROM ${PG_CLASS} WHERE oid = ${o} AND relkind = 'p'))`)),
    type: OID.text,
  },
  // A partition's constraint is its definition (catalog/rows.ts); NULL for any other relation, and for a default partition alone beside none.
  pg_get_partition_constraintdef: {
    emit: (a) => using([a[0]!], ([o]) => `(SELECT definition FROM ${HELPER.definition} WHERE oid = ${o} AND EXISTS (SELECT 1 FROM ${PG_CLASS} WHERE oid = ${o} AND relispartition))`),
    type: OID.text,
  },
  // The parent names no more than the key's types, which the values' own types are: the hash is theirs.
  satisfies_hash_partition: { emit: (a) => ignoring([a[0]!], `pg_hash_partition(${a.slice(1).join(', ')})`), type: OID.bool },
  // Pretty, the whole definition names the table as the search path finds it; plain, with its schema.
  pg_get_indexdef: {
    emit: (a, path) =>
      ignoring(
        a.slice(3),
        using([a[0]!, a[1] ?? '0', a[2] ?? '0'], ([o, col, pretty]) => {
          const text = (shown: string) => `CASE WHEN ${pretty} THEN ${shown} ELSE definition END`;
          // A column number past the index's columns is '' (ruleutils.c prints no key for it).
          const key = `coalesce((SELECT ${text('pretty')} FROM ${HELPER.indexKey} WHERE indexrelid = ${o} AND colno = ${col}), CASE WHEN EXISTS (SELECT 1 FROM ${HELPER.indexKey} WHERE indexrelid = ${o}) THEN '' END)`;
          return `CASE WHEN ${col} = 0 THEN (SELECT ${text(shownInPath(path, 'pretty'))} FROM ${HELPER.definition} WHERE oid = ${o}) ELSE ${key} END`;
        }),
      ),
    type: OID.text,
  },
  pg_get_functiondef: { emit: (a) => using(a, ([o]) => functionDefinition(o!)), type: OID.text },
  pg_get_function_result: { emit: functionText('result'), type: OID.text },
  pg_get_function_arguments: { emit: functionText('arguments'), type: OID.text },
  pg_get_function_identity_arguments: { emit: functionText('identity_arguments'), type: OID.text },
  // Only functions written in SQL with a body have one; evsql has none.
  pg_get_function_sqlbody: { emit: definition, type: OID.text },
  pg_get_serial_sequence: {
    emit: (a, path) =>
      using(a, ([t, c]) => {
        const owned = `${table('pg_depend')} AS d JOIN ${PG_CLASS} AS s ON s.oid = d.objid JOIN ${table('pg_namespace')} AS n ON n.oid = s.relnamespace JOIN ${table('pg_attribute')} AS a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid`;
        const found = `(SELECT pg_quote_ident(n.nspname) || '.' || pg_quote_ident(s.relname) FROM ${owned} WHERE d.refobjid = r.oid AND a.attname = ${c} AND s.relkind = 'S')`;
        const column = `EXISTS (SELECT 1 FROM ${table('pg_attribute')} WHERE attrelid = r.oid AND attname = ${c} AND NOT attisdropped)`;
        const missing = `pg_raise_if(1, '42703', 'column "' || ${c} || '" of relation "' || (SELECT relname FROM ${PG_CLASS} WHERE oid = r.oid) || '" does not exist')`;
        return `(SELECT CASE WHEN ${c} IS NULL THEN NULL WHEN ${column} THEN ${found} ELSE ${missing} END FROM (SELECT ${relationByName(t!, 'error', path)} AS oid) AS r)`;
      }),
    type: OID.text,
  },
  obj_description: {
    emit: (a) =>
      a.length === 1
        ? lookup('description', table('pg_description'), (v) => `objoid = ${v} AND objsubid = 0`)(a)
        : using(a, ([o, cat]) => `(SELECT description FROM ${table('pg_description')} WHERE objoid = ${o} AND objsubid = 0 AND classoid = (SELECT oid FROM ${HELPER.name} WHERE kind = 'class' AND name = pg_parse_relname(${cat})))`),
    type: OID.text,
  },
  col_description: { emit: (a) => using(a, ([o, n]) => `(SELECT description FROM ${table('pg_description')} WHERE objoid = ${o} AND classoid = 1259 AND objsubid = ${n})`), type: OID.text },
  shobj_description: { emit: lookup('description', table('pg_shdescription'), (v) => `objoid = ${v}`), type: OID.text },
  pg_encoding_to_char: { sqlite: 'pg_encoding_to_char', type: OID.name },
  pg_char_to_encoding: { emit: (a) => `CASE upper(${a[0]}) WHEN 'UTF8' THEN 6 WHEN 'SQL_ASCII' THEN 0 ELSE -1 END`, type: OID.int4 },
  // Strict: NULL for NULL (DBD::Pg's table_info reads it of a LEFT JOINed pg_tablespace); '' for the default tablespaces.
  pg_tablespace_location: { emit: (a) => using(a, ([o]) => `CASE WHEN ${o} IS NULL THEN NULL ELSE '' END`), type: OID.text },
  getdatabaseencoding: constant("'UTF8'", OID.name),
  pg_relation_size: relationSize('table'),
  pg_table_size: relationSize('table'),
  pg_total_relation_size: relationSize('both'),
  pg_indexes_size: relationSize('indexes'),
  // The session's database is the one there is: another name is 3D000, another OID NULL.
  pg_database_size: {
    emit: (a) =>
      using(a, ([d]) => {
        const own = `(SELECT 1 FROM ${table('pg_database')} WHERE datname = ${d} OR oid = ${d})`;
        const missing = `CASE WHEN typeof(${d}) = 'integer' THEN NULL ELSE pg_raise_if(1, '3D000', 'database "' || ${d} || '" does not exist') END`;
        return `CASE WHEN ${d} IS NULL THEN NULL WHEN EXISTS ${own} THEN (SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()) ELSE ${missing} END`;
      }),
    type: OID.int8,
  },
  pg_size_pretty: { sqlite: 'pg_size_pretty', type: OID.text },
  pg_relation_is_publishable: {
    emit: lookup(`relkind IN ('r', 'p') AND relnamespace NOT IN (${NAMESPACE.pg_catalog}, ${NAMESPACE.information_schema}, ${TEMP_NAMESPACE})`, PG_CLASS, (v) => `oid = ${v}`),
    type: OID.bool,
  },
  pg_partition_ancestors: constant('NULL', OID.regclass),
  // A partitioned table is its own root, a partition's is its parent (evsql has one level); any other relation has none.
  pg_partition_root: {
    emit: (a, path) => using([relationByName(a[0]!, 'error', path)], ([o]) => `(SELECT CASE WHEN EXISTS (SELECT 1 FROM ${PG_CLASS} WHERE oid = ${o} AND relkind = 'p') THEN ${o} ELSE (SELECT inhparent FROM ${table('pg_inherits')} WHERE inhrelid = ${o}) END)`),
    type: OID.regclass,
  },
  array_to_string: { sqlite: 'pg_array_to_string', type: OID.text },
  array_position: { sqlite: 'pg_array_position', type: OID.int4 },
  array_positions: { sqlite: 'pg_array_positions', type: OID.int4_array },
  array_ndims: { sqlite: 'pg_array_ndims', type: OID.int4 },
  array_dims: { sqlite: 'pg_array_dims', type: OID.text },
  array_fill: { sqlite: 'pg_array_fill' },
  array_upper: { sqlite: 'pg_array_upper', type: OID.int4 },
  array_lower: { sqlite: 'pg_array_lower', type: OID.int4 },
  array_length: { sqlite: 'pg_array_length', type: OID.int4 },
  array_append: { emit: (a) => `pg_array_cat(${a[0]}, json_array(pg_num_element(${a[1]})))`, type: 'arg' },
  array_prepend: { emit: (a) => `pg_array_cat(json_array(pg_num_element(${a[0]})), ${a[1]})` },
  array_cat: { sqlite: 'pg_array_cat', type: 'arg' },
  array_remove: { sqlite: 'pg_array_remove', type: 'arg' },
  trim_array: { sqlite: 'pg_trim_array', type: 'arg' },
  array_replace: { sqlite: 'pg_array_replace', type: 'arg' },
  cardinality: { sqlite: 'pg_cardinality', type: OID.int4 },
  string_to_array: { sqlite: 'pg_string_to_array', type: OID.text_array },
  current_schemas: { emit: (a, path) => currentSchemasSql(a[0]!, path.implicit, path.schemas), type: OID.name_array },
  quote_ident: { sqlite: 'pg_quote_ident', type: OID.text },
  to_regclass: { emit: (a, path) => relationByName(a[0]!, 'null', path), type: OID.regclass },
  // The session has a temporary schema while it has temporary tables; no other session's is seen.
  pg_my_temp_schema: { emit: (a, path) => ignoring(a, path.implicit.includes(TEMP_NAMESPACE_NAME) ? String(TEMP_NAMESPACE) : '0'), type: OID.oid },
  pg_is_other_temp_schema: { emit: (a) => `(CASE WHEN ${a[0]} IS NULL THEN NULL ELSE 0 END)`, type: OID.bool },
  // The text the client sent, as pg_stat_activity shows it for the session (the server's rows of the moment: wire/activity.ts).
  current_query: { emit: () => `(SELECT query FROM ${table('pg_stat_activity')} WHERE pid = pg_backend_pid())`, type: OID.text },
  has_table_privilege: privilegeCheck('table'),
  has_column_privilege: {
    // The session's user is a superuser: true for a column of the relation, 42703 for a name none has.
    emit: (a, path) => {
      const [object, column, privileges] = a.length === 4 ? a.slice(1) : a;
      return using([relationByName(object!, 'error', path), column!, privileges!], ([r, c]) => {
        const attribute = `SELECT 1 FROM ${table('pg_attribute')} WHERE attrelid = ${r} AND NOT attisdropped AND (attname = ${c} OR (typeof(${c}) = 'integer' AND attnum = ${c}))`;
        const relname = `(SELECT relname FROM ${PG_CLASS} WHERE oid = ${r})`;
        return `CASE WHEN ${r} IS NULL OR ${c} IS NULL THEN NULL WHEN EXISTS (${attribute}) THEN 1 WHEN typeof(${c}) = 'integer' THEN NULL ELSE pg_raise_if(1, '42703', 'column "' || ${c} || '" of relation "' || ${relname} || '" does not exist') END`;
      });
    },
    type: OID.bool,
  },
  has_any_column_privilege: privilegeCheck('table'),
  has_type_privilege: constant('1', OID.bool),
  to_regtype: { emit: (a) => `pg_to_regtype(${a[0]})`, type: OID.regtype },
  to_regnamespace: { emit: (a) => using(a, ([v]) => `(SELECT oid FROM ${table('pg_namespace')} WHERE nspname = pg_parse_unqualified(${v}))`), type: OID.regnamespace },
  to_regrole: { emit: (a) => using(a, ([v]) => `(SELECT oid FROM ${table('pg_authid')} WHERE rolname = pg_parse_unqualified(${v}))`), type: OID.regrole },
  // NULL where no function or several of the name are found, as regprocin would be ambiguous.
  to_regproc: {
    emit: (a, path) =>
      using(a, ([v]) => {
        const where = `p.proname = pg_parse_relname(${v}) AND CASE WHEN pg_parse_relschema(${v}) IS NULL THEN ${searchRank(path, 'p.pronamespace')} IS NOT NULL ELSE p.pronamespace = ${namespaceByName(`pg_parse_relschema(${v})`)} END`;
        return `(SELECT CASE WHEN count(*) = 1 THEN min(p.oid) END FROM ${table('pg_proc')} AS p WHERE ${where})`;
      }),
    type: OID.regproc,
  },
  to_regprocedure: { emit: (a, path) => using(a, ([v]) => `(${procedureBySignature(path, v!)})`), type: OID.regprocedure },
  // NULL where regoperin and regoperatorin would find no operator (or, for to_regoper, several).
  to_regoper: { emit: (a) => using(a, ([v]) => `(SELECT CASE WHEN count(*) = 1 THEN min(oid) END FROM ${table('pg_operator')} WHERE oprname = pg_operator_name(${v}))`), type: OID.regoper },
  to_regoperator: { emit: (a) => using(a, ([v]) => `(SELECT oid FROM ${table('pg_operator')} WHERE oprname = pg_operator_name(${v}) AND oprleft || ' ' || oprright = pg_operator_argtypes(${v}))`), type: OID.regoperator },
  // Its OIDs as the types' names, as oidvectortypes prints a function's argument types.
  oidvectortypes: { emit: (a) => using(a, ([v]) => `(SELECT group_concat(pg_format_type(k.value, NULL), ', ') FROM pg_unnest(${v}) AS k)`), type: OID.text },
  pg_size_bytes: { sqlite: 'pg_size_bytes', type: OID.int8 },
  pg_index_column_has_property: { emit: (a) => using(a, ([i, n, p]) => indexColumnProperty(i!, n!, p!)), type: OID.bool },
  pg_index_has_property: { emit: (a) => using(a, ([i, p]) => `(SELECT ${amAnswer(INDEX_PROPERTIES, p!)} FROM ${PG_CLASS} AS c JOIN ${table('pg_am')} AS am ON am.oid = c.relam WHERE c.oid = ${i} AND c.relkind IN ('i', 'I'))`), type: OID.bool },
  pg_indexam_has_property: { emit: (a) => using(a, ([o, p]) => `(SELECT ${amAnswer(AM_PROPERTIES, p!)} FROM ${table('pg_am')} AS am WHERE am.oid = ${o} AND am.amtype = 'i')`), type: OID.bool },
  // evsql keeps no statistics of scans: every counter is zero, as on a server just started.
  pg_stat_get_numscans: constant('0', OID.int8),
  pg_relation_is_updatable: { emit: (a) => ignoring(a.slice(1), using([a[0]!], ([r]) => relationUpdatable(r!))), type: OID.int4 },
  pg_column_is_updatable: {
    emit: (a) => ignoring(a.slice(2), using([a[0]!, a[1]!], ([r, n]) => `(SELECT CASE WHEN ${relationUpdatable(r!)} = 28 THEN coalesce((SELECT col.is_updatable = 'YES' FROM ${table('information_schema.columns')} AS col JOIN ${PG_CLASS} AS c ON c.relname = col.table_name JOIN ${table('pg_namespace')} AS n ON n.oid = c.relnamespace AND n.nspname = col.table_schema WHERE c.oid = ${r} AND col.ordinal_position = ${n}), 0) ELSE 0 END)`)),
    type: OID.bool,
  },
  has_schema_privilege: privilegeCheck('schema'),
  has_database_privilege: constant('1', OID.bool),
  has_sequence_privilege: privilegeCheck('sequence'),
  // The session's user is a superuser: true for a function there is (NULL for an OID of none). Of a
  // signature, the name is looked up (42883 where no function has it); its argument types are not told apart.
  has_function_privilege: {
    emit: (a, path) =>
      using([a.length === 3 ? a[1]! : a[0]!], ([f]) => {
        // A signature (regprocedure's text) of a function pg_proc lists; of a built-in one, whose
        // overloads pg_proc does not all list, its name is taken as enough.
        const builtin = `EXISTS (SELECT 1 FROM ${table('pg_proc')} WHERE proname = pg_parse_relname(pg_procedure_name(${f})) AND pronamespace = ${NAMESPACE.pg_catalog})`;
        const byName = `CASE WHEN EXISTS (${procedureBySignature(path, f!)}) OR ${builtin} THEN 1 ELSE pg_raise_if(1, '42883', 'function "' || ${f} || '" does not exist') END`;
        // An OID: a built-in one (pg_cast's castfunc among them) is taken as there, pg_proc not listing them all.
        const byOid = `CASE WHEN ${f} > 0 AND (${f} < 16384 OR EXISTS (SELECT 1 FROM ${table('pg_proc')} WHERE oid = ${f})) THEN 1 END`;
        return `CASE WHEN ${f} IS NULL THEN NULL WHEN typeof(${f}) = 'integer' THEN ${byOid} ELSE ${byName} END`;
      }),
    type: OID.bool,
  },
  pg_has_role: {
    emit: (a) => {
      const [role, group, mode] = a.length === 3 ? [roleByValue(a[0]!), roleByValue(a[1]!), a[2]!] : ['10', roleByValue(a[0]!), a[1]!];
      return using([role, group, mode], ([r, g, m]) => {
        const kind = `upper(trim(${m}))`;
        const check = `CASE WHEN ${kind} IN ('MEMBER', 'MEMBER WITH ADMIN OPTION', 'MEMBER WITH GRANT OPTION') THEN 0 WHEN ${kind} IN ('USAGE', 'USAGE WITH ADMIN OPTION', 'USAGE WITH GRANT OPTION') THEN 1 ELSE pg_raise_if(1, '22023', 'unrecognized privilege type: "' || ${m} || '"') END`;
        const closure = `WITH RECURSIVE up(oid) AS (SELECT ${r} UNION SELECT am.roleid FROM ${table('pg_auth_members')} AS am JOIN up ON am.member = up.oid WHERE ${check} = 0 OR (SELECT rolinherit FROM ${table('pg_authid')} WHERE oid = up.oid)) SELECT oid FROM up`;
        return `(coalesce((SELECT rolsuper FROM ${table('pg_authid')} WHERE oid = ${r}), 0) OR ${g} IN (${closure}))`;
      });
    },
    type: OID.bool,
  },
};
