/**
 * Catalog rows that do not come from the user's schema: built-in types, functions, access
 * methods, collations, namespaces, the catalog relations themselves, and the rows that depend on
 * the session (its user is the bootstrap superuser, its database the one database; settings are
 * its own).
 */
import { OID, arrayElementOid, typeFromDeclared, typeName, type PgTypeInfo } from '../../../pg/types/registry.js';
import { defaultSetting, settingInUnit } from '../../../pg/settings.js';
import { AM, AUTHIDS, BTREE_OPCLASSES, COLLATIONS, INFORMATION_SCHEMA_TYPES, NAMESPACES, OPERATOR_FUNCTIONS, OPERATOR_FUNCTION_NAMES, OPERATORS, PROCS, RANGES, TABLESPACES, TYPES, TYPE_COLUMNS } from './builtin-data.js';
import { POSTGRES_SETTINGS } from '../../../pg/postgres-settings.js';
import { FROZEN_XID, RELATIONS, columnNames, type CatalogRelation } from '../../catalog/definitions.js';
import { BOOTSTRAP_SUPERUSER, BTREE_AM, DATABASE_OID, HEAP_AM, NAMESPACE } from '../../catalog/oids.js';
import type { ServedDatabases } from '../../plan.js';
import { PLPGSQL_LANGUAGE } from '../../catalog/extensions.js';
import { BTREE_OPERATOR_CLASSES } from '../../catalog/index-classes.js';
import type { Role } from '../../catalog/roles.js';

export type Value = string | number | bigint | boolean | null | Value[];
export type Row = Record<string, Value>;

export interface Session {
  user: string;
  database: string;
  databases?: ServedDatabases;
}

function fromColumns(columns: string[], values: Array<Array<unknown>>): Row[] {
  return values.map((v) => Object.fromEntries(columns.map((c, i) => [c, v[i] as Value])));
}

export const TYPE_ROWS: Row[] = fromColumns(TYPE_COLUMNS, TYPES);
const TYPE_BY_OID = new Map(TYPE_ROWS.map((t) => [Number(t.oid), t]));
/** information_schema's domains and their arrays: pg_type's rows, not types a statement names without the schema. */
export const INFORMATION_SCHEMA_TYPE_ROWS: Row[] = fromColumns(TYPE_COLUMNS, INFORMATION_SCHEMA_TYPES);

export interface TypeStorage {
  len: number;
  byval: boolean;
  align: string;
  storage: string;
  collation: number;
}

/** An enum's pg_type storage (enum.c): 4 bytes by value, plain, no collation. */
export const ENUM_STORAGE: TypeStorage = { len: 4, byval: true, align: 'i', storage: 'p', collation: 0 };

const HSTORE_STORAGE: TypeStorage = { len: -1, byval: false, align: 'i', storage: 'x', collation: 0 };

/** What pg_attribute copies from pg_type, for the built-in types. */
export function typeStorage(oid: number): TypeStorage {
  // hstore's (and its array's) row comes with its extension (rows.ts): a varlena of no collation.
  if (oid === OID.hstore || oid === OID.hstore_array) return HSTORE_STORAGE;
  const t = TYPE_BY_OID.get(oid) ?? TYPE_BY_OID.get(OID.text)!;
  return { len: Number(t.typlen), byval: t.typbyval === true, align: String(t.typalign), storage: String(t.typstorage), collation: Number(t.typcollation) };
}

/** The element type of a built-in array type (`_bit`), else 0; not of int2vector's and oidvector's kind. */
export function builtinArrayElement(oid: number): number {
  const t = TYPE_BY_OID.get(oid);
  return t && String(t.typname).startsWith('_') ? Number(t.typelem) : 0;
}

export function builtinTypeName(oid: number): string | undefined {
  const t = TYPE_BY_OID.get(oid);
  return t ? String(t.typname) : undefined;
}

const TYPE_NAMES = new Set(TYPE_ROWS.map((t) => String(t.typname)));

/** Whether PostgreSQL 15 has a built-in type of this pg_type.typname. */
export function isBuiltinTypeName(name: string): boolean {
  return TYPE_NAMES.has(name);
}

/** The built-in types the registry does not know, by name: pseudo-types, and types evsql stores no value of (bit). */
const CATALOG_ONLY_TYPES = new Map(TYPE_ROWS.filter((t) => t.typtype === 'p' || typeName(Number(t.oid)) === '???').map((t) => [String(t.typname), Number(t.oid)]));

/** A pseudo-type's OID by name (`'trigger'::regtype`, which pgcli's function list compares with): the registry knows none. */
export function isPseudoType(oid: number): boolean {
  return TYPE_BY_OID.get(oid)?.typtype === 'p';
}

/**
 * The OID of a built-in type only the catalog knows, by name (`'trigger'::regtype`, which pgcli's
 * function list compares with; `'bit'::regtype` and `'bit[]'::regtype`, which PostgREST's does).
 */
export function catalogOnlyTypeOid(name: string): number | undefined {
  const array = /^(.+)\[\]$/.exec(name);
  const oid = CATALOG_ONLY_TYPES.get(array ? array[1]! : name);
  return array && oid !== undefined ? Number(TYPE_BY_OID.get(oid)!.typarray) || undefined : oid;
}

/** pg_proc, and what pg_get_function_result / _arguments / _identity_arguments print for each. */
export const PROC_ROWS: Row[] = PROCS.map(([oid, name, kind, retset, volatile, nargs, rettype, argtypes, variadic, strict]) => ({
  oid,
  proname: name,
  pronamespace: NAMESPACE.pg_catalog,
  proowner: BOOTSTRAP_SUPERUSER,
  prolang: 12,
  procost: 1,
  prorows: retset ? 1000 : 0,
  provariadic: variadic,
  prosupport: '-',
  prokind: kind,
  prosecdef: false,
  proleakproof: false,
  proisstrict: strict,
  proretset: retset,
  provolatile: volatile,
  proparallel: 's',
  pronargs: nargs,
  pronargdefaults: 0,
  prorettype: rettype,
  proargtypes: argtypes,
  prosrc: name,
}));

const PROC_BY_NAME = new Map<string, number>();
for (const p of PROC_ROWS) if (!PROC_BY_NAME.has(String(p.proname))) PROC_BY_NAME.set(String(p.proname), Number(p.oid));

/**
 * A regproc column's value (pg_type.typinput, pg_am.amhandler, pg_range.rngsubdiff …) as PostgreSQL keeps it: the
 * function's OID, 0 for `-`. A name pg_proc does not list (an extension type's citextin) stays a name, which still
 * prints as one.
 */
export function regprocValue(name: string): number | string {
  return name === '-' ? 0 : (PROC_BY_NAME.get(name) ?? name);
}

export const FUNCTION_TEXT_ROWS: Row[] = PROCS.map(([oid, , , , , , , , , , result, args, identity]) => ({ oid, result, arguments: args, identity_arguments: identity }));

export const AM_ROWS = fromColumns(AM.columns, AM.rows);
export const OPCLASS_ROWS: Row[] = BTREE_OPERATOR_CLASSES.map((c) => ({
  oid: c.oid,
  opcmethod: BTREE_AM,
  opcname: c.name,
  opcnamespace: NAMESPACE.pg_catalog,
  opcowner: BOOTSTRAP_SUPERUSER,
  opcfamily: c.family,
  opcintype: c.inputType,
  opcdefault: c.isDefault,
  opckeytype: c.keyType,
}));
const OPCLASS_OF_TYPE = new Map(BTREE_OPCLASSES.map(([oid, , , type]) => [type, oid]));

/**
 * The btree operator class an index key of the type gets (pg_index.indclass), 0 for none:
 * varchar's is text's, arrays' array_ops (anyarray), enums' enum_ops (anyenum).
 */
export function defaultOpclass(oid: number, isEnum: boolean): number {
  const type = isEnum ? ANYENUM : arrayElementOid(oid) ? ANYARRAY : oid === OID.varchar ? OID.text : oid;
  return OPCLASS_OF_TYPE.get(type) ?? 0;
}
const ANYENUM = 3500;
const ANYARRAY = 2277;
export const COLLATION_ROWS = fromColumns(COLLATIONS.columns, COLLATIONS.rows);
export const TABLESPACE_ROWS = fromColumns(TABLESPACES.columns, TABLESPACES.rows);
export const RANGE_ROWS = fromColumns(RANGES.columns, RANGES.rows);
const OPERATOR_FUNCTION_OIDS = new Map(OPERATOR_FUNCTIONS.map(([oid, ...functions]) => [oid, functions]));
// regproc columns hold OIDs (pg_dump reads oprcode::oid); regproc's output finds their names in OPERATOR_FUNCTION_NAMES.
export const OPERATOR_ROWS: Row[] = OPERATORS.map(([oid, oprname, oprkind, oprcanmerge, oprcanhash, oprleft, oprright, oprresult, oprcom, oprnegate]) => {
  const [oprcode, oprrest, oprjoin] = OPERATOR_FUNCTION_OIDS.get(oid)!;
  return { oid, oprname, oprnamespace: NAMESPACE.pg_catalog, oprowner: BOOTSTRAP_SUPERUSER, oprkind, oprcanmerge, oprcanhash, oprleft, oprright, oprresult, oprcom, oprnegate, oprcode, oprrest, oprjoin };
});
/** The names of the functions behind operators that PROC_ROWS does not list, for regproc's output. */
const LISTED_PROCS = new Set(PROC_ROWS.map((p) => Number(p.oid)));
export const OPERATOR_FUNCTION_ROWS: Row[] = OPERATOR_FUNCTION_NAMES.filter(([oid]) => !LISTED_PROCS.has(oid)).map(([oid, name]) => ({ oid, proname: name }));
export const NAMESPACE_ROWS = fromColumns(NAMESPACES.columns, NAMESPACES.rows);
export const LANGUAGE_ROWS: Row[] = [
  { oid: 12, lanname: 'internal', lanowner: BOOTSTRAP_SUPERUSER, lanispl: false, lanpltrusted: false, lanplcallfoid: 0, laninline: 0, lanvalidator: 2246 },
  { oid: 13, lanname: 'c', lanowner: BOOTSTRAP_SUPERUSER, lanispl: false, lanpltrusted: false, lanplcallfoid: 0, laninline: 0, lanvalidator: 2247 },
  { oid: 14, lanname: 'sql', lanowner: BOOTSTRAP_SUPERUSER, lanispl: false, lanpltrusted: true, lanplcallfoid: 0, laninline: 0, lanvalidator: 2248 },
  {
    oid: PLPGSQL_LANGUAGE.oid,
    lanname: 'plpgsql',
    lanowner: BOOTSTRAP_SUPERUSER,
    lanispl: true,
    lanpltrusted: true,
    lanplcallfoid: PLPGSQL_LANGUAGE.callHandler,
    laninline: PLPGSQL_LANGUAGE.inlineHandler,
    lanvalidator: PLPGSQL_LANGUAGE.validator,
  },
];

/** The catalog relations themselves, in pg_class and pg_attribute. */
export function catalogRelationRows(): { classes: Row[]; attributes: Row[] } {
  const classes: Row[] = [];
  const attributes: Row[] = [];
  for (const r of RELATIONS) {
    // An extension's view, in PostgreSQL in the schema it was created in, not pg_catalog.
    if (r.name === 'pg_stat_statements') continue;
    const namespace = r.schema === 'pg_catalog' ? NAMESPACE.pg_catalog : NAMESPACE.information_schema;
    classes.push(classRow({ oid: r.oid, name: r.name, namespace, kind: r.kind, natts: r.columns.length, am: r.kind === 'r' ? HEAP_AM : 0, shared: SHARED.has(r.name) }));
    for (const c of catalogColumns(r)) attributes.push(attributeRow(r.oid, c.name, c.attnum, c.type, c.notNull, false, '', ''));
  }
  return { classes, attributes };
}

/**
 * A catalog relation's columns. A pg_catalog table's are NOT NULL up to its first variable-length
 * one (int2vector and oidvector count as fixed), as genbki marks them; views' and information_schema's never are.
 */
export function catalogColumns(r: CatalogRelation): Array<{ name: string; attnum: number; type: PgTypeInfo; notNull: boolean }> {
  let fixed = r.kind === 'r' && r.schema === 'pg_catalog';
  return columnNames(r).map((name, i) => {
    const type = typeFromDeclared(r.columns[i]!.slice(name.length + 1));
    fixed &&= typeStorage(type.oid).len > 0 || type.oid === OID.int2vector || type.oid === OID.oidvector;
    return { name, attnum: i + 1, type, notNull: fixed };
  });
}

const SHARED = new Set(['pg_authid', 'pg_auth_members', 'pg_database', 'pg_shdescription', 'pg_tablespace']);

/** The relation kinds without storage of their own, whose relfilenode is 0: views, composite types, partitioned tables and indexes. */
const STORAGELESS_KINDS = new Set(['v', 'c', 'p', 'I']);

export function classRow(c: { oid: number; name: string; namespace: number; kind: string; natts: number; am: number; shared?: boolean; temp?: boolean; hasIndex?: boolean; checks?: number; triggers?: boolean; rowType?: number; populated?: boolean }): Row {
  return {
    oid: c.oid,
    relname: c.name,
    relnamespace: c.namespace,
    reltype: c.rowType ?? 0,
    reloftype: 0,
    relowner: BOOTSTRAP_SUPERUSER,
    relam: c.am,
    relfilenode: STORAGELESS_KINDS.has(c.kind) ? 0 : c.oid,
    reltablespace: 0,
    relpages: 0,
    reltuples: -1,
    relallvisible: 0,
    reltoastrelid: 0,
    relhasindex: c.hasIndex ?? false,
    relisshared: c.shared ?? false,
    relpersistence: c.temp ? 't' : 'p',
    relkind: c.kind,
    relnatts: c.natts,
    relchecks: c.checks ?? 0,
    // A view's and a materialized view's query is their _RETURN rule.
    relhasrules: c.kind === 'v' || c.kind === 'm',
    relhastriggers: c.triggers ?? false,
    relhassubclass: false,
    relrowsecurity: false,
    relforcerowsecurity: false,
    relispopulated: c.populated ?? true,
    relreplident: c.kind === 'r' || c.kind === 'm' ? 'd' : 'n',
    relispartition: false,
    relrewrite: 0,
    // A table's (a materialized view's, a TOAST table's) rows are as old as the horizon; other relations have none.
    relfrozenxid: c.kind === 'r' || c.kind === 'm' || c.kind === 't' ? String(FROZEN_XID) : '0',
    relminmxid: c.kind === 'r' || c.kind === 'm' ? '1' : '0',
  };
}

/** `t`: how the column's type is stored, when pg_type's built-in rows do not say (an enum). */
/** A heap relation's system columns (a table's, a materialized view's, a sequence's), as heap.c's SysAtt lists them: attnum -1 to -6. */
const SYSTEM_COLUMNS: Array<[string, number]> = [['ctid', 27], ['xmin', 28], ['cmin', 29], ['xmax', 28], ['cmax', 29], ['tableoid', 26]];

export function systemAttributeRows(relid: number): Row[] {
  return SYSTEM_COLUMNS.map(([name, oid], i) => ({ ...attributeRow(relid, name, -1 - i, { oid, typmod: -1 }, true, false, '', ''), attstattarget: 0 }));
}

export function attributeRow(relid: number, name: string, attnum: number, type: PgTypeInfo, notNull: boolean, hasDefault: boolean, identity: string, generated: string, t = typeStorage(type.oid)): Row {
  const array = TYPE_BY_OID.get(type.oid)?.typcategory === 'A';
  return {
    attrelid: relid,
    attname: name,
    atttypid: type.oid,
    attstattarget: -1,
    attlen: t.len,
    attnum,
    attndims: array ? 1 : 0,
    attcacheoff: -1,
    atttypmod: type.typmod,
    attbyval: t.byval,
    attalign: t.align,
    attstorage: t.storage,
    attcompression: '',
    attnotnull: notNull,
    atthasdef: hasDefault,
    atthasmissing: false,
    attidentity: identity,
    attgenerated: generated,
    attisdropped: false,
    attislocal: true,
    attinhcount: 0,
    attcollation: t.collation,
  };
}

/** Roles: the bootstrap superuser is the session's user; the predefined roles as in PostgreSQL; then CREATE ROLE's. */
export function authidRows(session: Session, roles: Role[] = []): Row[] {
  const builtin = fromColumns(AUTHIDS.columns, AUTHIDS.rows).map((r) => (Number(r.oid) === BOOTSTRAP_SUPERUSER ? { ...r, rolname: session.user } : r));
  const made = roles.map((r) => ({
    oid: r.oid,
    rolname: r.name,
    rolsuper: r.super,
    rolinherit: r.inherit,
    rolcreaterole: r.createrole,
    rolcreatedb: r.createdb,
    rolcanlogin: r.login,
    rolreplication: r.replication,
    rolbypassrls: r.bypassrls,
    rolconnlimit: r.connlimit,
    rolpassword: r.password,
    rolvaliduntil: r.validUntil,
  }));
  return [...builtin, ...made];
}

export function roleRows(session: Session, roles: Role[] = []): Row[] {
  const config = new Map(roles.map((r) => [r.oid, r.config]));
  return authidRows(session, roles).map((r) => ({ ...r, rolpassword: '********', rolconfig: config.get(Number(r.oid)) ?? null }));
}

export function userRows(session: Session, roles: Role[] = []): Row[] {
  return authidRows(session, roles)
    .filter((r) => r.rolcanlogin === true)
    .map((r) => ({ usename: r.rolname, usesysid: r.oid, usecreatedb: r.rolcreatedb, usesuper: r.rolsuper, userepl: r.rolreplication, usebypassrls: r.rolbypassrls, passwd: '********', valuntil: r.rolvaliduntil, useconfig: null }));
}

/** A pg_database row as initdb makes them (encoding UTF8, the C locale), by name and oid. */
function databaseRow(oid: number, datname: string, template: boolean, allowConnections: boolean): Row {
  return {
    oid,
    datname,
    datdba: BOOTSTRAP_SUPERUSER,
    encoding: 6,
    datlocprovider: 'c',
    datistemplate: template,
    datallowconn: allowConnections,
    datconnlimit: -1,
    datfrozenxid: String(FROZEN_XID),
    datminmxid: '1',
    dattablespace: 1663,
    datcollate: 'C',
    datctype: 'C',
    daticulocale: null,
    datcollversion: null,
    datacl: null,
  };
}

/** initdb's template databases, with their oids and ACLs in PostgreSQL 15 (`\l` lists them). */
const TEMPLATES: ReadonlyArray<{ oid: number; name: string; allowConnections: boolean }> = [
  { oid: 1, name: 'template1', allowConnections: true },
  { oid: 4, name: 'template0', allowConnections: false },
];
const TEMPLATE_DATABASE_ACL = ['=c/postgres', 'postgres=CTc/postgres'];

/** The OID of the session's database. */
export function currentDatabaseOid(session: Session): number {
  return session.databases?.current ?? DATABASE_OID;
}

/**
 * The session's database (by the name it connected with: the default one answers to several),
 * the others the server serves, and the templates of another name.
 */
export function databaseRows(session: Session): Row[] {
  const current = currentDatabaseOid(session);
  const templates = TEMPLATES.filter((t) => t.name !== session.database).map((t) => ({ ...databaseRow(t.oid, t.name, true, t.allowConnections), datacl: TEMPLATE_DATABASE_ACL }));
  const others = (session.databases?.all ?? []).filter((d) => d.oid !== current).map((d) => ({ ...databaseRow(d.oid, d.name, d.isTemplate, d.allowConnections), datconnlimit: d.connectionLimit }));
  const own = session.databases?.all.find((d) => d.oid === current);
  const row = { ...databaseRow(current, session.database, own?.isTemplate ?? TEMPLATES.some((t) => t.name === session.database), own?.allowConnections ?? true), datconnlimit: own?.connectionLimit ?? -1 };
  return [row, ...others, ...templates];
}

/**
 * pg_settings from the session's changed settings (keys lower-case), evsql's defaults for the
 * rest (as SHOW reads them: TimeZone UTC, not PostgreSQL's boot value GMT) and PostgreSQL's descriptions.
 */
export function settingRows(settings: Record<string, string>): Row[] {
  return POSTGRES_SETTINGS.map(([name, unit, category, shortDesc, extraDesc, context, vartype, min, max, enumvals, boot]) => {
    const key = String(name).toLowerCase();
    const reset = defaultSetting(key) ?? (boot as string | null);
    const value = settings[key] ?? reset;
    return {
      name,
      setting: settingInUnit(value, unit as string | null),
      unit,
      category,
      short_desc: shortDesc,
      extra_desc: extraDesc,
      context,
      vartype,
      source: key in settings ? 'session' : 'default',
      min_val: min,
      max_val: max,
      enumvals: enumvals as Value,
      boot_val: boot,
      reset_val: settingInUnit(reset, unit as string | null),
      sourcefile: null,
      sourceline: null,
      pending_restart: false,
    };
  });
}
