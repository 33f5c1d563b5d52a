/**
 * The rows of every catalog relation that depends on the schema or the session: pg_class,
 * pg_attribute, pg_constraint … and information_schema, from the model of the user's schema plus
 * the built-in rows. Also the texts the catalog functions return (pg_get_constraintdef,
 * pg_get_indexdef, regclass output …), kept in evsql's own lookup tables.
 */
import { multirangeArrayOid, multirangeOid, userRangeArrayOid, userRangeOid } from '../../catalog/user-ranges.js';
import { OID, arrayElementOid, formatType, type PgTypeInfo } from '../../../pg/types/registry.js';
import {
  type Row,
  type Session,
  INFORMATION_SCHEMA_TYPE_ROWS,
  PROC_ROWS,
  OPERATOR_FUNCTION_ROWS,
  OPERATOR_ROWS,
  TYPE_ROWS,
  attributeRow,
  systemAttributeRows,
  authidRows,
  builtinArrayElement, builtinTypeName,
  isPseudoType,
  catalogColumns,
  catalogRelationRows,
  classRow,
  currentDatabaseOid,
  databaseRows,
  NAMESPACE_ROWS,
  OPCLASS_ROWS,
  defaultOpclass,
  roleRows,
  typeStorage,
  ENUM_STORAGE,
  userRows,
  type Value,
} from './builtins.js';
import { RELATIONS, catalogRelation } from '../../catalog/definitions.js';
import { quoteIdentifier } from '../../../pg/ident.js';
import { type Column, type Constraint, type Model, type Relation, type Table, columnAt, sqlDataType } from './model.js';
import { PUBLIC_ROLE, aclItemText, defaultAcl } from '../../catalog/roles.js';
import type { Display, PartitionKey } from '../../catalog/markers.js';
import { partitionBoundText, partitionConstraintText, partitionKeyText } from '../../catalog/partitions.js';
import { enumArrayOid, enumLabelOid, enumOid } from '../../catalog/enums.js';
import { compositeArrayOid, compositeOid, compositeRelOid } from '../../catalog/composites.js';
import { EXTENSIONS, PLPGSQL_LANGUAGE, PREINSTALLED, extensionOid } from '../../catalog/extensions.js';
import { serverStatisticsRows } from './server-statistics.js';
import { TRIGGER_TYPE, functionOid, routineKey } from '../../catalog/user-functions.js';
import { commentKey } from '../../catalog/comments.js';
import { describedObject } from './comment-targets.js';
import { timingText, triggerDefinitionText, triggerFunctionText, triggerOid, triggerType } from '../../catalog/triggers.js';
import { domainOid } from '../../catalog/domains.js';
import { droppedColumnName } from '../../catalog/dropped-columns.js';
import { namespaceOid, splitStoredName } from '../../catalog/namespaces.js';
import { DEFAULT_COLLATION, NAMESPACE, BOOTSTRAP_SUPERUSER, BTREE_AM, GIN_AM, HASH_AM, HEAP_AM, TEMP_NAMESPACE, TEMP_NAMESPACE_NAME, objectOid } from '../../catalog/oids.js';

export interface CatalogContent {
  /** Rows per catalog relation, keyed `schema.name`. */
  relations: Map<string, Row[]>;
  /** pg_get_constraintdef, pg_get_indexdef, pg_get_viewdef texts by OID, plain and pretty. */
  definitions: Row[];
  /** pg_get_indexdef(oid, column, …) texts. */
  indexKeys: Row[];
  /** Output texts of regclass, regtype, regnamespace, regproc and regrole values. */
  names: Row[];
  /** Expressions whose pretty text differs from the plain one pg_attrdef and pg_constraint keep. */
  pretty: Row[];
  /** What pg_get_function_result and _arguments print for CREATE FUNCTION's functions. */
  functionTexts: Row[];
}

const PG_CLASS = 1259;
const PG_REWRITE = 2618;
const PG_NAMESPACE = 2615;
const PG_DATABASE = 1262;
const PG_AUTHID = 1260;
const PG_EXTENSION = 3079;
const PG_LANGUAGE = 2612;
const PG_PROC = 1255;
const SCHEMA_COMMENTS: Record<string, string> = { pg_catalog: 'system catalog schema', pg_toast: 'reserved schema for TOAST tables', public: 'standard public schema' };
const PG_CONSTRAINT = 2606;
const PG_ATTRDEF = 2604;
/** pg_language's sql. */
const SQL_LANGUAGE = 14;
const INTERNAL_LANGUAGE = 12;
const FK_ACTION_RULE: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
const INT_LIMITS: Record<number, [bigint, bigint, number]> = {
  [OID.int2]: [1n, 32767n, 16],
  [OID.int4]: [1n, 2147483647n, 32],
  [OID.int8]: [1n, 9223372036854775807n, 64],
};

const CHARACTER_TYPES: number[] = [OID.varchar, OID.bpchar, OID.text];
const DATETIME_TYPES: number[] = [OID.time, OID.timetz, OID.timestamp, OID.timestamptz, OID.interval];

const yesNo = (b: boolean) => (b ? 'YES' : 'NO');

/**
 * Rows that never change, inserted once per connection into relations that also hold rows from
 * the schema; DYNAMIC_ROWS tells the rebuild which rows to replace.
 */
export function staticContent(): { relations: Map<string, Row[]>; names: Row[] } {
  const catalogRelations = catalogRelationRows();
  const names: Row[] = [];
  for (const r of RELATIONS) names.push({ kind: 'class', oid: r.oid, name: r.schema === 'pg_catalog' ? r.name : `${r.schema}.${r.name}` });
  for (const n of NAMESPACE_ROWS) names.push({ kind: 'namespace', oid: n.oid!, name: quoteIdentifier(String(n.nspname)) });
  for (const t of TYPE_ROWS) names.push({ kind: 'type', oid: t.oid!, name: regtypeText(Number(t.oid)) });
  for (const t of INFORMATION_SCHEMA_TYPE_ROWS) names.push({ kind: 'type', oid: t.oid!, name: `information_schema.${String(t.typname).replace(/^_(.*)$/, '$1[]')}` });
  for (const p of PROC_ROWS) {
    names.push({ kind: 'proc', oid: p.oid!, name: String(p.proname) });
    names.push({ kind: 'procedure', oid: p.oid!, name: signature(String(p.proname), oidList(p.proargtypes), regtypeText) });
  }
  for (const p of OPERATOR_FUNCTION_ROWS) names.push({ kind: 'proc', oid: p.oid!, name: String(p.proname) });
  // regoperout names an operator bare only where its name alone finds it; regoperatorout adds the operand types, NONE for a prefix operator's left.
  const operatorCount = new Map<string, number>();
  for (const o of OPERATOR_ROWS) operatorCount.set(String(o.oprname), (operatorCount.get(String(o.oprname)) ?? 0) + 1);
  for (const o of OPERATOR_ROWS) {
    const name = String(o.oprname);
    names.push({ kind: 'oper', oid: o.oid!, name: operatorCount.get(name) === 1 ? name : `pg_catalog.${name}` });
    names.push({ kind: 'operator', oid: o.oid!, name: `${name}(${Number(o.oprleft) === 0 ? 'NONE' : regtypeText(Number(o.oprleft))},${regtypeText(Number(o.oprright))})` });
  }
  const relations = new Map<string, Row[]>([
    ['pg_catalog.pg_class', catalogRelations.classes],
    ['pg_catalog.pg_attribute', catalogRelations.attributes],
    // public's row is built with the schema (its ACL follows GRANT … ON SCHEMA public).
    ['pg_catalog.pg_namespace', NAMESPACE_ROWS.filter((n) => Number(n.oid) !== NAMESPACE.public)],
    ['pg_catalog.pg_opclass', OPCLASS_ROWS],
  ]);
  return { relations, names };
}

/** For relations holding static rows too: which rows a rebuild replaces (a WHERE clause). */
export const DYNAMIC_ROWS: Record<string, string> = {
  'pg_catalog.pg_class': 'oid >= 16384',
  'pg_catalog.pg_attribute': 'attrelid >= 16384',
  'pg_catalog.pg_namespace': `oid >= 16384 OR oid = ${NAMESPACE.public}`,
  'pg_catalog.pg_opclass': 'oid >= 16384',
  'pg_catalog.pg_type': 'oid >= 16384',
  'pg_catalog.pg_proc': 'oid >= 16384',
  'pg_catalog.pg_range': 'rngtypid >= 16384',
  'evsql.function': 'oid >= 16384',
  'evsql.name': "oid >= 16384 OR kind = 'role'",
};

/** A relation's regclass text: qualified outside public and the session's temporary schema. */
function regclassName(r: { name: string; schema: string; temp: boolean }): string {
  return r.temp || r.schema === 'public' ? quoteIdentifier(r.name) : `${quoteIdentifier(r.schema)}.${quoteIdentifier(r.name)}`;
}

export function catalogContent(model: Model, session: Session): CatalogContent {
  const out = new Map<string, Row[]>(RELATIONS.filter((r) => !FILLED_ELSEWHERE.has(`${r.schema}.${r.name}`)).map((r) => [`${r.schema}.${r.name}`, []]));
  const rel = (name: string) => out.get(name.includes('.') ? name : `pg_catalog.${name}`)!;
  const definitions: Row[] = [];
  const indexKeys: Row[] = [];
  const names: Row[] = [];
  const pretty = new Map<string, string>();
  /** pg_get_expr(…, true) finds an expression's pretty text by its plain text (the stored one). */
  const prettyText = (d: Display) => {
    if (d.pretty !== d.plain) pretty.set(d.plain, d.pretty);
  };
  const owner = session.user;
  const db = session.database;
  // Types of the public schema that information_schema calls USER-DEFINED: enums and citext.
  const enumNames = new Map([...model.enums.map((e): [number, string] => [enumOid(e.name), e.name]), ...(model.extensions.includes('citext') ? [[OID.citext, 'citext'] as [number, string]] : [])]);
  // pg_dump writes COLLATE and SET STORAGE for a column stored otherwise than its type.
  const enumsStored = new Set(enumNames.keys());
  // hstore is USER-DEFINED too, stored as its type says (extended), unlike an enum.
  if (model.extensions.includes('hstore')) enumNames.set(OID.hstore, 'hstore');
  const storageOf = (oid: number) => (enumsStored.has(oid) ? ENUM_STORAGE : typeStorage(oid));
  // Composite types are USER-DEFINED too, stored as typeStorage's varlena default.
  for (const c of model.composites) enumNames.set(compositeOid(c.name), c.name);
  for (const r of model.ranges) enumNames.set(userRangeOid(r.name), r.name);

  const hasTemp = model.tables.some((t) => t.temp);
  if (hasTemp) rel('pg_namespace').push({ oid: TEMP_NAMESPACE, nspname: TEMP_NAMESPACE_NAME, nspowner: BOOTSTRAP_SUPERUSER, nspacl: null });
  rel('pg_authid').push(...authidRows(session, model.roles));
  rel('pg_roles').push(...roleRows(session, model.roles));
  rel('pg_user').push(...userRows(session, model.roles));
  for (const r of model.roles) for (const m of r.members) rel('pg_auth_members').push({ roleid: r.oid, member: m.member, grantor: m.grantor, admin_option: m.admin });
  const roleNames = new Map(rel('pg_authid').map((r) => [Number(r.oid), String(r.rolname)]));
  const roleName = (oid: number) => roleNames.get(oid) ?? `${oid}`;
  const ownerOf = (r: Relation) => roleName(r.acl?.owner ?? BOOTSTRAP_SUPERUSER);
  const aclOf = (r: Relation) => (r.acl?.acl ? r.acl.acl.map((i) => aclItemText(i, roleName)) : null);
  const privileges = privilegeRows(model, db, roleName);
  rel('information_schema.table_privileges').push(...privileges.all);
  rel('information_schema.role_table_grants').push(...privileges.own);
  const datacl = model.objectAcls.get(`database:${db}`);
  rel('pg_database').push(...databaseRows(session).map((d) => (d.oid === currentDatabaseOid(session) ? { ...d, datacl: datacl ? datacl.map((i) => aclItemText(i, roleName)) : null } : d)));
  for (const r of model.roles) {
    if (r.config) rel('pg_db_role_setting').push({ setdatabase: 0, setrole: r.oid, setconfig: r.config });
    if (r.comment !== undefined) rel('pg_shdescription').push({ objoid: r.oid, classoid: PG_AUTHID, description: r.comment });
  }
  // ALTER DATABASE … SET's settings and COMMENT ON DATABASE's comments, which the server keeps with each database.
  for (const d of session.databases?.all ?? []) {
    if (d.settings) rel('pg_db_role_setting').push({ setdatabase: d.oid, setrole: 0, setconfig: d.settings });
    if (d.comment !== undefined) rel('pg_shdescription').push({ objoid: d.oid, classoid: PG_DATABASE, description: d.comment });
  }
  const publicAcl = model.objectAcls.get('schema:public');
  rel('pg_namespace').push(...NAMESPACE_ROWS.filter((n) => Number(n.oid) === NAMESPACE.public).map((n) => (publicAcl ? { ...n, nspacl: publicAcl.map((i) => aclItemText(i, roleName)) } : n)));
  for (const r of RELATIONS) {
    if (r.kind === 'r' && r.schema === 'pg_catalog') rel('pg_tables').push({ schemaname: 'pg_catalog', tablename: r.name, tableowner: owner, tablespace: null, hasindexes: true, hasrules: false, hastriggers: false, rowsecurity: false });
  }
  if (hasTemp) names.push({ kind: 'namespace', oid: TEMP_NAMESPACE, name: TEMP_NAMESPACE_NAME });
  for (const r of rel('pg_authid')) names.push({ kind: 'role', oid: r.oid!, name: quoteIdentifier(String(r.rolname)) });
  // CREATE SCHEMA's schemas, owned by the session's user as evsql knows no other owner.
  const ownerOid = rel('pg_authid').find((r) => r.rolname === owner)?.oid ?? BOOTSTRAP_SUPERUSER;
  for (const n of model.namespaces) {
    rel('pg_namespace').push({ oid: namespaceOid(n), nspname: n, nspowner: ownerOid, nspacl: null });
    names.push({ kind: 'namespace', oid: namespaceOid(n), name: quoteIdentifier(n) });
  }

  // initdb's comments and initial privileges of the built-in schemas: pg_dump leaves them out of a dump.
  // COMMENT ON SCHEMA public replaces initdb's comment; '' (IS NULL) removes it.
  const publicComment = model.comments.has(commentKey({ kind: 'schema', name: 'public' }));
  for (const n of NAMESPACE_ROWS) {
    const description = SCHEMA_COMMENTS[String(n.nspname)];
    if (description && !(publicComment && n.nspname === 'public')) rel('pg_description').push({ objoid: n.oid, classoid: PG_NAMESPACE, objsubid: 0, description });
    if (n.nspname === 'pg_catalog' || n.nspname === 'public') rel('pg_init_privs').push({ objoid: n.oid, classoid: PG_NAMESPACE, objsubid: 0, privtype: 'i', initprivs: n.nspacl });
  }

  const schemas = new Set(['public', ...model.namespaces, ...(hasTemp ? [TEMP_NAMESPACE_NAME] : [])]);
  for (const s of ['information_schema', 'pg_catalog', 'pg_toast', ...schemas]) {
    rel('information_schema.schemata').push({ catalog_name: db, schema_name: s, schema_owner: s === 'public' ? 'pg_database_owner' : owner, default_character_set_catalog: null, default_character_set_schema: null, default_character_set_name: null, sql_path: null });
  }

  // PostgreSQL's information_schema lists the catalogs' own relations too: TypeORM asks it whether
  // pg_class has relispartition before its foreign-key query joins on it.
  for (const r of RELATIONS) {
    const place = { schema: r.schema, name: r.name, kind: r.kind };
    rel('information_schema.tables').push({ table_catalog: db, table_schema: r.schema, table_name: r.name, table_type: r.kind === 'r' ? 'BASE TABLE' : 'VIEW', self_referencing_column_name: null, reference_generation: null, user_defined_type_catalog: null, user_defined_type_schema: null, user_defined_type_name: null, is_insertable_into: yesNo(r.kind === 'r'), is_typed: 'NO', commit_action: null });
    for (const c of catalogColumns(r)) rel('information_schema.columns').push(informationColumn(place, { ...c, default: null, identity: '', generated: null, comment: null }, db, model, enumNames));
  }

  for (const t of model.tables) {
    const checks = t.constraints.filter((c) => c.type === 'c').length;
    const triggers = t.referenced || t.constraints.some((c) => c.type === 'f') || model.triggers.some((g) => g.table === t.stored);
    const rowType = t.temp ? 0 : enumOid(t.stored);
    // A partition is a view of its parent (translate/partitions.ts), shown as the table it is in PostgreSQL.
    const partition = t.writes?.partition;
    const relkind = t.matview ? 'm' : t.partitioned ? 'p' : partition ? 'r' : t.kind;
    const keyTypes = partition ? (model.tables.find((p) => p.name === partition.parent)?.partitioned?.columns ?? []).map((k) => t.columns.find((c) => c.name === k)?.type.oid) : [];
    const partitionRow: Row = partition ? { relispartition: true, relpartbound: partitionBoundText(partition.bound as Record<string, unknown>, keyTypes) } : {};
    const parent = partition ? model.tables.find((p) => p.name === partition.parent) : undefined;
    if (partition && parent?.partitioned) {
      const siblings = model.tables.filter((p) => p !== t && p.writes?.partition?.parent === parent.name).map((p) => p.writes!.partition!.bound as Record<string, unknown>);
      const constraint = partitionConstraintText(partition.bound as Record<string, unknown>, parent.partitioned.columns, keyTypes.map((k) => k ?? 0), parent.oid, siblings);
      if (constraint) definitions.push({ oid: t.oid, definition: constraint, pretty: constraint });
    }
    rel('pg_class').push({ ...classRow({ oid: t.oid, name: t.name, namespace: t.namespace, kind: relkind, natts: t.columns.length + t.dropped.length, am: (t.kind === 'r' && !t.partitioned) || partition ? HEAP_AM : 0, temp: t.temp, hasIndex: t.indexes.length > 0, checks, triggers, rowType, populated: t.matview?.populated ?? true }), relowner: t.acl?.owner ?? BOOTSTRAP_SUPERUSER, relacl: aclOf(t), ...partitionRow });
    names.push({ kind: 'class', oid: t.oid, name: regclassName(t) });
    if (relkind === 'r') rel('pg_attribute').push(...systemAttributeRows(t.oid));
    if (t.partitioned) partitionedRows(model, t, t.partitioned, rel, definitions);
    // A view's and a materialized view's query is its _RETURN rule; its parse tree (ev_action) evsql does not have.
    if ((t.kind === 'v' && !partition) || t.matview) {
      const rule = objectOid('rule', t.stored);
      rel('pg_rewrite').push({ oid: rule, rulename: '_RETURN', ev_class: t.oid, ev_type: '1', ev_enabled: 'O', is_instead: true, ev_qual: '<>', ev_action: null });
      if (t.viewDefinition) definitions.push(returnRuleDefinition(rule, t, t.viewDefinition));
      rel('pg_depend').push(...ruleDependencies(model, rule, t));
    }
    if (t.comment !== null) rel('pg_description').push({ objoid: t.oid, classoid: PG_CLASS, objsubid: 0, description: t.comment });
    // A partition's columns are its parent's: NOT NULL and DEFAULT as the parent declares them (the view has neither).
    const inherited = (c: Column): Column => {
      const own = partition ? parent?.columns.find((p) => p.name === c.name) : undefined;
      return own ? { ...c, notNull: own.notNull, default: own.default ?? c.default } : c;
    };
    const columns = t.columns.map(inherited);
    for (const c of columns) {
      if (c.comment !== null) rel('pg_description').push({ objoid: t.oid, classoid: PG_CLASS, objsubid: c.attnum, description: c.comment });
      // A domain's column is of the domain (its typmod is the domain's own), stored as its base type.
      const declared = c.domain !== undefined ? { oid: domainOid(c.domain), typmod: -1 } : c.type;
      if (c.domain !== undefined && t.kind === 'r') rel('information_schema.column_domain_usage').push({ domain_catalog: db, domain_schema: typePlace(model, c.domain).schema, domain_name: typePlace(model, c.domain).name, table_catalog: db, table_schema: t.schema, table_name: t.name, column_name: c.name });
      rel('pg_attribute').push(attributeRow(t.oid, c.name, c.attnum, declared, c.notNull, c.default !== null || c.generated !== null, c.identity, c.generated !== null ? 's' : '', storageOf(c.type.oid)));
      const expr = c.generated ?? c.default;
      if (expr !== null) {
        rel('pg_attrdef').push({ oid: attrdefOid(t, c), adrelid: t.oid, adnum: c.attnum, adbin: expr.plain });
        rel('pg_depend').push({ classid: PG_ATTRDEF, objid: attrdefOid(t, c), objsubid: 0, refclassid: PG_CLASS, refobjid: t.oid, refobjsubid: c.attnum, deptype: 'a' });
        prettyText(expr);
      }
    }
    for (const d of t.dropped) rel('pg_attribute').push({ ...attributeRow(t.oid, droppedColumnName(d.attnum), d.attnum, { oid: 0, typmod: -1 }, false, false, '', '', storageOf(d.type)), attstattarget: 0, attisdropped: true });
    if (t.matview) {
      // information_schema has no materialized views (its tables and columns views list relkinds r, v, f, p).
      const definition = t.viewDefinition;
      rel('pg_matviews').push({ schemaname: t.schema, matviewname: t.name, matviewowner: ownerOf(t), tablespace: null, hasindexes: t.indexes.length > 0, ispopulated: t.matview.populated, definition: definition?.plain ?? null });
      if (definition) definitions.push({ oid: t.oid, definition: definition.plain, pretty: definition.pretty });
      continue;
    }
    const tableType = t.kind === 'v' && !partition ? 'VIEW' : t.temp ? 'LOCAL TEMPORARY' : 'BASE TABLE';
    // A view is insertable into where a write reaches a column of its table (view-write-through.ts).
    const writable = t.kind === 'r' || !!partition || (t.writes?.columns.some(Boolean) ?? false);
    rel('information_schema.tables').push({ table_catalog: db, table_schema: t.schema, table_name: t.name, table_type: tableType, self_referencing_column_name: null, reference_generation: null, user_defined_type_catalog: null, user_defined_type_schema: null, user_defined_type_name: null, is_insertable_into: yesNo(writable), is_typed: 'NO', commit_action: t.temp ? 'PRESERVE' : null });
    for (const c of columns) rel('information_schema.columns').push(informationColumn(t, c, db, model, enumNames));
    if (t.kind === 'v' && !partition) {
      const instead = (event: 'insert' | 'update' | 'delete') => model.triggers.some((g) => g.table === t.stored && g.timing === 'instead' && g.events.includes(event));
      rel('pg_views').push({ schemaname: t.schema, viewname: t.name, viewowner: ownerOf(t), definition: t.viewDefinition!.plain });
      rel('information_schema.views').push({ table_catalog: db, table_schema: t.schema, table_name: t.name, view_definition: t.viewDefinition!.plain, check_option: t.writes?.check?.toUpperCase() ?? 'NONE', is_updatable: yesNo(writable), is_insertable_into: yesNo(writable), is_trigger_updatable: yesNo(instead('update')), is_trigger_deletable: yesNo(instead('delete')), is_trigger_insertable_into: yesNo(instead('insert')) });
      definitions.push({ oid: t.oid, definition: t.viewDefinition!.plain, pretty: t.viewDefinition!.pretty });
      viewUsageRows(model, t, db, rel);
      continue;
    }
    rel('pg_tables').push({ schemaname: t.schema, tablename: t.name, tableowner: ownerOf(t), tablespace: null, hasindexes: t.indexes.length > 0, hasrules: false, hastriggers: triggers, rowsecurity: false });
    for (const c of t.columns) {
      if (c.notNull) {
        // information_schema lists NOT NULL as a CHECK constraint named after the OIDs.
        const name = `${t.namespace}_${t.oid}_${c.attnum}_not_null`;
        rel('information_schema.table_constraints').push({ constraint_catalog: db, constraint_schema: t.schema, constraint_name: name, table_catalog: db, table_schema: t.schema, table_name: t.name, constraint_type: 'CHECK', is_deferrable: 'NO', initially_deferred: 'NO', enforced: 'YES', nulls_distinct: null });
        rel('information_schema.check_constraints').push({ constraint_catalog: db, constraint_schema: t.schema, constraint_name: name, check_clause: `${quoteIdentifier(c.name)} IS NOT NULL` });
      }
    }
  }

  for (const i of model.indexes) {
    const am = i.method === 'hash' ? HASH_AM : i.method === 'gin' ? GIN_AM : BTREE_AM;
    // A partitioned table's index is a partitioned index (relkind I), which has no pages of its own.
    const partitioned = !!i.table.partitioned;
    rel('pg_class').push({ ...classRow({ oid: i.oid, name: i.name, namespace: i.namespace, kind: partitioned ? 'I' : 'i', natts: i.columns.length, am, temp: i.temp }), ...(partitioned ? { relpages: 0, reltuples: 0 } : BUILT_EMPTY_INDEX[am]) });
    names.push({ kind: 'class', oid: i.oid, name: regclassName(i) });
    for (const c of i.columns) rel('pg_attribute').push(attributeRow(i.oid, c.name, c.attnum, c.type, false, false, '', '', storageOf(c.type.oid)));
    const deparsed = i.keys.flatMap((k) => (k.attnum === 0 && k.deparsed ? [k.deparsed] : []));
    const expressions = deparsed.length ? { plain: deparsed.map((d) => d.plain).join(', '), pretty: deparsed.map((d) => d.pretty).join(', ') } : null;
    rel('pg_index').push({
      indexrelid: i.oid,
      indrelid: i.table.oid,
      indnatts: i.columns.length,
      indnkeyatts: i.keys.length,
      indisunique: i.unique,
      indnullsnotdistinct: false,
      indisprimary: i.primary,
      indisexclusion: false,
      indimmediate: true,
      indisclustered: false,
      indisvalid: true,
      indcheckxmin: false,
      indisready: true,
      indislive: true,
      indisreplident: false,
      indkey: [...i.keys.map((k) => k.attnum), ...i.include].join(' '),
      // Of the keys alone: INCLUDE's columns have no collation, operator class or options.
      indcollation: i.columns.slice(0, i.keys.length).map((c, n) => i.keys[n]!.keyClass?.collation || storageOf(c.type.oid).collation).join(' '),
      indclass: i.columns.slice(0, i.keys.length).map((c, n) => i.keys[n]!.keyClass?.opclass || defaultOpclass(c.type.oid, enumNames.has(c.type.oid))).join(' '),
      // INDOPTION_DESC (1) and INDOPTION_NULLS_FIRST (2).
      indoption: i.keys.map((k) => (k.desc ? 1 : 0) | (k.nullsFirst ? 2 : 0)).join(' '),
      indexprs: expressions ? expressions.plain : null,
      indpred: i.predicate?.plain ?? null,
    });
    if (expressions) prettyText(expressions);
    rel('pg_indexes').push({ schemaname: i.schema, tablename: i.table.name, indexname: i.name, tablespace: null, indexdef: i.definition.plain });
    definitions.push({ oid: i.oid, definition: i.definition.plain, pretty: i.definition.pretty });
    i.keys.forEach((k, n) => indexKeys.push({ indexrelid: i.oid, colno: n + 1, definition: k.display.plain, pretty: k.display.pretty }));
    if (i.predicate) prettyText(i.predicate);
    if (i.constraint) rel('pg_depend').push({ classid: PG_CLASS, objid: i.oid, objsubid: 0, refclassid: PG_CONSTRAINT, refobjid: i.constraint.oid, refobjsubid: 0, deptype: 'i' });
    // CREATE INDEX's index goes with each column it keys or includes (index.c's auto dependencies);
    // the columns its expressions and predicate read are not recorded here.
    else for (const attnum of [...i.keys.map((k) => k.attnum), ...i.include].filter((n) => n !== 0)) rel('pg_depend').push({ classid: PG_CLASS, objid: i.oid, objsubid: 0, refclassid: PG_CLASS, refobjid: i.table.oid, refobjsubid: attnum, deptype: 'a' });
  }

  statisticsRows(model, rel);
  routineRows(model, db, enumNames, rel);
  // As PostgreSQL's view over pg_database: the shared objects' row, then every database's.
  rel('pg_stat_database').push(databaseStatistics(0, null));
  for (const d of rel('pg_database')) rel('pg_stat_database').push(databaseStatistics(Number(d.oid), String(d.datname)));
  serverStatisticsRows(rel, rel('pg_database'));
  out.set('pg_catalog.pg_type', [...enumRows(model, rel('pg_enum'), names), ...extensionTypeRows(model, names), ...rowTypeRows(model, names), ...compositeTypeRows(model, rel, names), ...domainRows(model, rel, definitions, names, db), ...userRangeRows(model, names)]);
  const functionTexts: Row[] = [];
  out.set('pg_catalog.pg_proc', [...functionRows(model, functionTexts, names), ...rangeConstructorRows(model, names)]);
  out.set('pg_catalog.pg_range', model.ranges.map((r) => ({ rngtypid: userRangeOid(r.name), rngsubtype: r.subtype, rngmultitypid: multirangeOid(r), rngcollation: r.collation, rngsubopc: SUBTYPE_OPCLASS[r.subtype] ?? 0, rngcanonical: '-', rngsubdiff: r.subdiff || '-' })));
  for (const f of model.functions) if (f.comment !== undefined) rel('pg_description').push({ objoid: functionOid(routineKey(f)), classoid: PG_PROC, objsubid: 0, description: f.comment });
  triggerRows(model, rel, definitions, db);
  for (const c of model.comments.values()) {
    const o = c.text === '' ? undefined : describedObject(model, c.target);
    if (o) rel('pg_description').push({ ...o, description: c.text });
  }
  for (const [e, info] of Object.entries(PREINSTALLED)) {
    rel('pg_extension').push({ oid: info.oid, extname: e, extowner: BOOTSTRAP_SUPERUSER, extnamespace: NAMESPACE.pg_catalog, extrelocatable: false, extversion: info.version, extconfig: null, extcondition: null });
    rel('pg_description').push({ objoid: info.oid, classoid: PG_EXTENSION, objsubid: 0, description: info.description });
  }
  rel('pg_description').push({ objoid: PLPGSQL_LANGUAGE.oid, classoid: PG_LANGUAGE, objsubid: 0, description: PREINSTALLED.plpgsql!.description });
  availableExtensionRows(model, rel);
  for (const e of model.extensions) {
    const info = EXTENSIONS[e];
    rel('pg_extension').push({ oid: extensionOid(e), extname: e, extowner: BOOTSTRAP_SUPERUSER, extnamespace: NAMESPACE.public, extrelocatable: info?.relocatable ?? true, extversion: info?.version ?? '', extconfig: null, extcondition: null });
    // Its script's COMMENT ON EXTENSION, which psql's \dx shows.
    if (info) rel('pg_description').push({ objoid: extensionOid(e), classoid: PG_EXTENSION, objsubid: 0, description: info.description });
  }

  for (const s of model.sequences) {
    const bits = INT_LIMITS[s.dataType.oid]![2];
    const o = s.options;
    // A sequence's one page holds its one row.
    rel('pg_class').push({ ...classRow({ oid: s.oid, name: s.name, namespace: s.namespace, kind: 'S', natts: 3, am: 0, temp: s.temp }), relpages: 1, reltuples: 1, relowner: s.acl?.owner ?? BOOTSTRAP_SUPERUSER, relacl: aclOf(s) });
    names.push({ kind: 'class', oid: s.oid, name: regclassName(s) });
    rel('pg_attribute').push(...systemAttributeRows(s.oid));
    for (const c of s.columns) rel('pg_attribute').push(attributeRow(s.oid, c.name, c.attnum, c.type, true, false, '', ''));
    rel('pg_sequence').push({ seqrelid: s.oid, seqtypid: s.dataType.oid, seqstart: o.start, seqincrement: o.increment, seqmax: o.max, seqmin: o.min, seqcache: o.cache, seqcycle: o.cycle });
    rel('pg_sequences').push({ schemaname: s.schema, sequencename: s.name, sequenceowner: ownerOf(s), data_type: regtypeText(s.dataType.oid), start_value: o.start, min_value: o.min, max_value: o.max, increment_by: o.increment, cycle: o.cycle, cache_size: o.cache, last_value: s.lastValue });
    if (s.table && s.column) {
      rel('pg_depend').push({ classid: PG_CLASS, objid: s.oid, objsubid: 0, refclassid: PG_CLASS, refobjid: s.table.oid, refobjsubid: s.column.attnum, deptype: s.identity ? 'i' : 'a' });
      // A serial column's default, nextval(), depends on the sequence (Django's get_sequences follows it).
      if (!s.identity) rel('pg_depend').push({ classid: PG_ATTRDEF, objid: attrdefOid(s.table, s.column), objsubid: 0, refclassid: PG_CLASS, refobjid: s.oid, refobjsubid: 0, deptype: 'n' });
    }
    // information_schema leaves out the sequences behind identity columns, as PostgreSQL does.
    if (!s.identity) rel('information_schema.sequences').push({ sequence_catalog: db, sequence_schema: s.schema, sequence_name: s.name, data_type: sqlDataType(s.dataType), numeric_precision: bits, numeric_precision_radix: 2, numeric_scale: 0, start_value: String(o.start), minimum_value: String(o.min), maximum_value: String(o.max), increment: String(o.increment), cycle_option: o.cycle ? 'YES' : 'NO' });
  }

  for (const c of model.constraints) {
    const t = c.table;
    const ref = c.ref;
    rel('pg_constraint').push({
      oid: c.oid,
      conname: c.name,
      connamespace: t.namespace,
      contype: c.type,
      condeferrable: c.deferrable,
      condeferred: c.deferred,
      convalidated: !c.source?.notValid,
      conrelid: t.oid,
      contypid: 0,
      conindid: c.index?.oid ?? 0,
      conparentid: 0,
      confrelid: ref?.table?.oid ?? 0,
      confupdtype: ref ? ref.onUpdate : ' ',
      confdeltype: ref ? ref.onDelete : ' ',
      confmatchtype: ref ? 's' : ' ',
      conislocal: true,
      coninhcount: 0,
      connoinherit: notInherited(c.type, t),
      conkey: c.attnums,
      confkey: ref ? ref.attnums : null,
      conbin: c.check?.plain ?? null,
    });
    definitions.push({ oid: c.oid, definition: c.definition.plain, pretty: c.definition.pretty });
    rel('pg_depend').push(...constraintDependencies(c));
    if (c.check) prettyText(c.check);
    const type = { p: 'PRIMARY KEY', u: 'UNIQUE', c: 'CHECK', f: 'FOREIGN KEY' }[c.type];
    rel('information_schema.table_constraints').push({ constraint_catalog: db, constraint_schema: t.schema, constraint_name: c.name, table_catalog: db, table_schema: t.schema, table_name: t.name, constraint_type: type, is_deferrable: yesNo(c.deferrable), initially_deferred: yesNo(c.deferred), enforced: 'YES', nulls_distinct: c.type === 'p' || c.type === 'u' ? 'YES' : null });
    const usage = (table: Table | null, columns: string[]) => {
      for (const col of columns) rel('information_schema.constraint_column_usage').push({ table_catalog: db, table_schema: table?.schema ?? 'public', table_name: table?.name ?? ref?.name ?? '', column_name: col, constraint_catalog: db, constraint_schema: t.schema, constraint_name: c.name });
    };
    if (c.type === 'c') {
      // As PostgreSQL's view: pg_get_constraintdef without its leading 'CHECK '.
      rel('information_schema.check_constraints').push({ constraint_catalog: db, constraint_schema: t.schema, constraint_name: c.name, check_clause: c.definition.plain.slice('CHECK '.length) });
      usage(t, c.attnums.map((a) => columnAt(t, a)?.name ?? ''));
      continue;
    }
    usage(ref ? ref.table : t, ref ? ref.columns : c.columns);
    const used = ref ? ref.table : t;
    rel('information_schema.constraint_table_usage').push({ table_catalog: db, table_schema: used?.schema ?? 'public', table_name: used?.name ?? ref?.name ?? '', constraint_catalog: db, constraint_schema: t.schema, constraint_name: c.name });
    c.columns.forEach((col, i) => {
      const position = ref && c.index?.constraint ? c.index.constraint.attnums.indexOf(ref.attnums[i]!) + 1 : null;
      rel('information_schema.key_column_usage').push({ constraint_catalog: db, constraint_schema: t.schema, constraint_name: c.name, table_catalog: db, table_schema: t.schema, table_name: t.name, column_name: col, ordinal_position: i + 1, position_in_unique_constraint: ref ? position || null : null });
    });
    if (ref) {
      const unique = c.index?.constraint;
      rel('information_schema.referential_constraints').push({ constraint_catalog: db, constraint_schema: t.schema, constraint_name: c.name, unique_constraint_catalog: unique ? db : null, unique_constraint_schema: unique ? unique.table.schema : null, unique_constraint_name: unique?.name ?? null, match_option: 'NONE', update_rule: FK_ACTION_RULE[ref.onUpdate], delete_rule: FK_ACTION_RULE[ref.onDelete] });
    }
  }
  return { relations: out, definitions, indexKeys, names, pretty: [...pretty].map(([plain, text]) => ({ plain, pretty: text })), functionTexts };
}

/**
 * The statistics views: one row per table, per sequence and per index, with PostgreSQL's zeroes (evsql keeps no
 * access counters) and its nulls where a table has no index or no TOAST table (no column of a
 * variable-length type). Clients read these to introspect (Sequelize's describeTable reads
 * pg_statio_all_tables, drizzle-kit pg_stat_user_indexes).
 */
/** A partitioned table's pg_partitioned_table row, its partitions' pg_inherits rows and its key for pg_get_partkeydef. */
function partitionedRows(model: Model, t: Table, key: PartitionKey, rel: (name: string) => Row[], definitions: Row[]): void {
  const partitions = model.tables.filter((p) => p.writes?.partition?.parent === t.name);
  const fallback = partitions.find((p) => (p.writes!.partition!.bound as { is_default?: boolean }).is_default);
  const attnums = key.columns.map((c) => t.columns.find((col) => col.name === c)?.attnum ?? 0);
  rel('pg_partitioned_table').push({ partrelid: t.oid, partstrat: key.strategy[0], partnatts: key.columns.length, partdefid: fallback?.oid ?? 0, partattrs: attnums.join(' '), partclass: attnums.map(() => 0).join(' '), partcollation: attnums.map(() => 0).join(' '), partexprs: null });
  for (const p of partitions) rel('pg_inherits').push({ inhrelid: p.oid, inhparent: t.oid, inhseqno: 1, inhdetachpending: false });
  const text = partitionKeyText(key);
  definitions.push({ oid: t.oid, definition: text, pretty: text });
}

function statisticsRows(model: Model, rel: (name: string) => Row[]): void {
  for (const t of model.tables) {
    if (t.kind !== 'r') continue;
    const indexed = t.indexes.length > 0;
    const toast = t.columns.some((c) => typeStorage(c.type.oid).len === -1);
    const counter = (present: boolean) => (present ? 0 : null);
    const names = { relid: t.oid, schemaname: t.schema, relname: t.name };
    const activity = {
      ...names, seq_scan: 0, seq_tup_read: 0, idx_scan: counter(indexed), idx_tup_fetch: counter(indexed), n_tup_ins: 0, n_tup_upd: 0, n_tup_del: 0, n_tup_hot_upd: 0,
      n_live_tup: 0, n_dead_tup: 0, n_mod_since_analyze: 0, n_ins_since_vacuum: 0, vacuum_count: 0, autovacuum_count: 0, analyze_count: 0, autoanalyze_count: 0,
    };
    const io = {
      ...names, heap_blks_read: 0, heap_blks_hit: 0, idx_blks_read: counter(indexed), idx_blks_hit: counter(indexed),
      toast_blks_read: counter(toast), toast_blks_hit: counter(toast), tidx_blks_read: counter(toast), tidx_blks_hit: counter(toast),
    };
    for (const view of ['pg_stat_all_tables', 'pg_stat_user_tables', 'pg_stat_xact_all_tables', 'pg_stat_xact_user_tables']) rel(view).push(activity);
    for (const view of ['pg_statio_all_tables', 'pg_statio_user_tables']) rel(view).push(io);
  }
  for (const s of model.sequences) {
    for (const view of ['pg_statio_all_sequences', 'pg_statio_user_sequences']) rel(view).push({ relid: s.oid, schemaname: s.schema, relname: s.name, blks_read: 0, blks_hit: 0 });
  }
  // pg_stat_user_functions stays empty: PostgreSQL counts calls only under track_functions, off by default.
  for (const i of model.indexes) {
    const names = { relid: i.table.oid, indexrelid: i.oid, schemaname: i.schema, relname: i.table.name, indexrelname: i.name };
    for (const view of ['pg_stat_all_indexes', 'pg_stat_user_indexes']) rel(view).push({ ...names, idx_scan: 0, idx_tup_read: 0, idx_tup_fetch: 0 });
    for (const view of ['pg_statio_all_indexes', 'pg_statio_user_indexes']) rel(view).push({ ...names, idx_blks_read: 0, idx_blks_hit: 0 });
  }
}

/**
 * pg_stat_database: the shared objects' row (datid 0) and the database's, with PostgreSQL's
 * columns and zeroes for the counters evsql does not keep (nulls where PostgreSQL has none:
 * checksums off, never reset).
 */
function databaseStatistics(datid: number, datname: string | null): Row {
  const zero = Object.fromEntries(
    ['numbackends', 'xact_commit', 'xact_rollback', 'blks_read', 'blks_hit', 'tup_returned', 'tup_fetched', 'tup_inserted', 'tup_updated', 'tup_deleted', 'conflicts', 'temp_files', 'temp_bytes', 'deadlocks', 'sessions', 'sessions_abandoned', 'sessions_fatal', 'sessions_killed'].map((c) => [c, 0]),
  );
  const time = Object.fromEntries(['blk_read_time', 'blk_write_time', 'session_time', 'active_time', 'idle_in_transaction_time'].map((c) => [c, 0]));
  return { datid, datname, ...zero, ...time, checksum_failures: null, checksum_last_failure: null, stats_reset: null };
}

/** The extensions CREATE EXTENSION takes, each in the one version evsql has: plpgsql (installed in every database) and EXTENSIONS. */
function availableExtensionRows(model: Model, rel: (name: string) => Row[]): void {
  const plpgsql = PREINSTALLED.plpgsql!;
  rel('pg_available_extensions').push({ name: 'plpgsql', default_version: plpgsql.version, installed_version: plpgsql.version, comment: plpgsql.description });
  rel('pg_available_extension_versions').push({ name: 'plpgsql', version: plpgsql.version, installed: true, superuser: true, trusted: true, relocatable: false, schema: 'pg_catalog', comment: plpgsql.description });
  for (const [name, info] of Object.entries(EXTENSIONS)) {
    const installed = model.extensions.includes(name);
    rel('pg_available_extensions').push({ name, default_version: info.version, installed_version: installed ? info.version : null, comment: info.description });
    rel('pg_available_extension_versions').push({ name, version: info.version, installed, superuser: true, trusted: true, relocatable: info.relocatable, comment: info.description });
  }
}

/** information_schema.routines and .parameters for CREATE FUNCTION's functions, as PostgreSQL's views describe them. */
function routineRows(model: Model, db: string, enumNames: Map<number, string>, rel: (name: string) => Row[]): void {
  const typeFacts = (oid: number) => {
    const enumName = enumNames.get(oid);
    return {
      // A pseudo-type (a trigger function's trigger) is named as it is: format_type knows only data types.
      data_type: enumName !== undefined ? 'USER-DEFINED' : isPseudoType(oid) ? builtinTypeName(oid)! : sqlDataType({ oid, typmod: -1 }),
      schema: enumName !== undefined ? 'public' : 'pg_catalog',
      udt: enumName ?? builtinTypeName(oid) ?? 'text',
    };
  };
  const nulls = (columns: string[]) => Object.fromEntries(columns.map((c) => [c, null]));
  const routineColumns = catalogRelation('information_schema', 'routines')!.columns.map((c) => c.split(' ')[0]!);
  const parameterColumns = catalogRelation('information_schema', 'parameters')!.columns.map((c) => c.split(' ')[0]!);
  for (const f of model.functions) {
    const specific = `${f.name}_${functionOid(routineKey(f))}`;
    const names = { specific_catalog: db, specific_schema: f.schema ?? 'public', specific_name: specific };
    // A procedure has no result: its data_type and udt columns are NULL.
    const result = f.procedure ? { data_type: null, schema: null, udt: null } : typeFacts(f.returns.oid);
    rel('information_schema.routines').push({
      ...nulls(routineColumns),
      ...names,
      routine_catalog: db,
      routine_schema: f.schema ?? 'public',
      routine_name: f.name,
      routine_type: f.procedure ? 'PROCEDURE' : 'FUNCTION',
      data_type: result.data_type,
      type_udt_catalog: f.procedure ? null : db,
      type_udt_schema: result.schema,
      type_udt_name: result.udt,
      dtd_identifier: f.procedure ? null : '0',
      routine_body: f.language === 'plpgsql' ? 'EXTERNAL' : 'SQL',
      routine_definition: f.body,
      external_language: f.language === 'plpgsql' ? 'PLPGSQL' : 'SQL',
      parameter_style: 'GENERAL',
      is_deterministic: yesNo(f.volatility === 'i'),
      sql_data_access: 'MODIFIES',
      is_null_call: f.procedure ? null : yesNo(f.strict),
      schema_level_routine: 'YES',
      max_dynamic_result_sets: 0,
      security_type: 'INVOKER',
      as_locator: 'NO',
      is_udt_dependent: 'NO',
    });
    declaredParameters(f).forEach((a, i) => {
      const type = typeFacts(a.oid);
      rel('information_schema.parameters').push({
        ...nulls(parameterColumns),
        ...names,
        ordinal_position: i + 1,
        parameter_mode: a.mode === 'b' ? 'INOUT' : a.mode === 'o' || a.mode === 't' ? 'OUT' : 'IN',
        is_result: 'NO',
        as_locator: 'NO',
        parameter_name: a.name || null,
        data_type: type.data_type,
        udt_catalog: db,
        udt_schema: type.schema,
        udt_name: type.udt,
        dtd_identifier: String(i + 1),
        parameter_default: a.defaultText ?? null,
      });
    });
  }
}

/** pg_type's rows for citext and hstore (and hstore[]) while their extensions are there, as CREATE EXTENSION makes them. */
function extensionTypeRows(model: Model, names: Row[]): Row[] {
  const base = {
    typnamespace: NAMESPACE.public, typowner: BOOTSTRAP_SUPERUSER, typlen: -1, typbyval: false, typtype: 'b', typispreferred: false, typisdefined: true, typdelim: ',', typrelid: 0,
    typmodin: '-', typmodout: '-', typanalyze: '-', typalign: 'i', typstorage: 'x', typnotnull: false, typbasetype: 0, typtypmod: -1, typndims: 0, typdefaultbin: null, typdefault: null, typacl: null,
  };
  const rows: Row[] = [];
  if (model.extensions.includes('citext')) {
    names.push({ kind: 'type', oid: OID.citext, name: 'citext' });
    rows.push({
      ...base, oid: OID.citext, typname: 'citext', typcategory: 'S', typsubscript: '-', typelem: 0, typarray: 0, typinput: 'citextin', typoutput: 'citextout', typreceive: 'citextrecv', typsend: 'citextsend',
      typcollation: DEFAULT_COLLATION,
    });
  }
  if (model.extensions.includes('hstore')) {
    names.push({ kind: 'type', oid: OID.hstore, name: 'hstore' }, { kind: 'type', oid: OID.hstore_array, name: 'hstore[]' });
    rows.push(
      {
        ...base, oid: OID.hstore, typname: 'hstore', typcategory: 'U', typsubscript: 'hstore_subscript_handler', typelem: 0, typarray: OID.hstore_array, typinput: 'hstore_in', typoutput: 'hstore_out',
        typreceive: 'hstore_recv', typsend: 'hstore_send', typcollation: 0,
      },
      {
        ...base, oid: OID.hstore_array, typname: '_hstore', typcategory: 'A', typsubscript: 'array_subscript_handler', typelem: OID.hstore, typarray: 0, typinput: 'array_in', typoutput: 'array_out',
        typreceive: 'array_recv', typsend: 'array_send', typanalyze: 'array_typanalyze', typcollation: 0,
      },
    );
  }
  return rows;
}

/**
 * An enum's or domain's schema and own name, from its SQLite name (`schema.type` for a schema's,
 * as a relation's), and its name as regtype prints it.
 */
function typePlace(model: Model, stored: string): { schema: string; name: string; namespace: number; shown: string } {
  const { schema, name } = splitStoredName(stored, new Set(model.namespaces));
  const publicType = schema === 'public';
  return { schema, name, namespace: publicType ? NAMESPACE.public : namespaceOid(schema), shown: publicType ? quoteIdentifier(name) : `${quoteIdentifier(schema)}.${quoteIdentifier(name)}` };
}

/** pg_type's rows for the enum types and their array types (the built-in rows stay), and pg_enum's. */
function enumRows(model: Model, pgEnum: Row[], names: Row[]): Row[] {
  const types: Row[] = [];
  const base = { typowner: BOOTSTRAP_SUPERUSER, typispreferred: false, typisdefined: true, typdelim: ',', typrelid: 0, typmodin: '-', typmodout: '-', typalign: 'i', typnotnull: false, typbasetype: 0, typtypmod: -1, typndims: 0, typcollation: 0, typdefaultbin: null, typdefault: null, typacl: null };
  for (const e of model.enums) {
    const oid = enumOid(e.name);
    const array = enumArrayOid(e.name);
    const place = typePlace(model, e.name);
    types.push({ ...base, oid, typnamespace: place.namespace, typname: place.name, typlen: ENUM_STORAGE.len, typbyval: ENUM_STORAGE.byval, typtype: 'e', typcategory: 'E', typsubscript: '-', typelem: 0, typarray: array, typinput: 'enum_in', typoutput: 'enum_out', typreceive: 'enum_recv', typsend: 'enum_send', typanalyze: '-', typstorage: ENUM_STORAGE.storage });
    types.push({ ...base, oid: array, typnamespace: place.namespace, typname: `_${place.name}`, typlen: -1, typbyval: false, typtype: 'b', typcategory: 'A', typsubscript: 'array_subscript_handler', typelem: oid, typarray: 0, typinput: 'array_in', typoutput: 'array_out', typreceive: 'array_recv', typsend: 'array_send', typanalyze: 'array_typanalyze', typstorage: 'x' });
    names.push({ kind: 'type', oid, name: place.shown }, { kind: 'type', oid: array, name: `${place.shown}[]` });
    for (const [place, l] of e.labels.entries()) pgEnum.push({ oid: enumLabelOid(e.name, place), enumtypid: oid, enumsortorder: l.sortOrder, enumlabel: l.label });
  }
  return types;
}

/**
 * pg_type's rows for CREATE DOMAIN's domains (typtype d, over their base type's row) and
 * pg_constraint's and information_schema.check_constraints' for their CHECKs, as psql's \dD and pg_dump read them.
 */
function domainRows(model: Model, rel: (name: string) => Row[], definitions: Row[], names: Row[], db: string): Row[] {
  return model.domains.flatMap((d) => {
    const oid = domainOid(d.name);
    const array = enumArrayOid(d.name);
    const base = TYPE_ROWS.find((t) => Number(t.oid) === d.baseOid) ?? TYPE_ROWS.find((t) => Number(t.oid) === OID.text)!;
    const place = typePlace(model, d.name);
    names.push({ kind: 'type', oid, name: place.shown }, { kind: 'type', oid: array, name: `${place.shown}[]` });
    rel('information_schema.domains').push({
      domain_catalog: db, domain_schema: place.schema, domain_name: place.name, ...typeFacts({ oid: d.baseOid, typmod: d.baseTypmod }, undefined), domain_default: d.defaultText,
      udt_catalog: db, udt_schema: 'pg_catalog', udt_name: builtinTypeName(d.baseOid) ?? 'text', scope_catalog: null, scope_schema: null, scope_name: null, maximum_cardinality: null, dtd_identifier: '1',
    });
    for (const check of d.checks) {
      const conOid = objectOid('constraint', `${d.name}.${check.name}`);
      const shown = check.display ?? { pretty: 'CHECK (…)', plain: 'CHECK (…)' };
      const clause = shown.plain.replace(/^CHECK \((.*)\)$/s, '$1');
      rel('information_schema.check_constraints').push({ constraint_catalog: db, constraint_schema: place.schema, constraint_name: check.name, check_clause: shown.plain.slice('CHECK '.length) });
      rel('information_schema.domain_constraints').push({ constraint_catalog: db, constraint_schema: place.schema, constraint_name: check.name, domain_catalog: db, domain_schema: place.schema, domain_name: place.name, is_deferrable: 'NO', initially_deferred: 'NO' });
      rel('pg_constraint').push({
        oid: conOid, conname: check.name, connamespace: place.namespace, contype: 'c', condeferrable: false, condeferred: false, convalidated: true, conrelid: 0, contypid: oid, conindid: 0, conparentid: 0,
        confrelid: 0, confupdtype: ' ', confdeltype: ' ', confmatchtype: ' ', conislocal: true, coninhcount: 0, connoinherit: false, conkey: null, confkey: null, conbin: clause,
      });
      definitions.push({ oid: conOid, definition: shown.plain, pretty: shown.pretty });
    }
    const domain = {
      ...base, oid, typname: place.name, typnamespace: place.namespace, typowner: BOOTSTRAP_SUPERUSER, typtype: 'd', typispreferred: false, typrelid: 0, typsubscript: '-', typelem: 0, typarray: array,
      typinput: 'domain_in', typreceive: 'domain_recv', typanalyze: '-', typnotnull: d.notNull, typbasetype: d.baseOid, typtypmod: d.baseTypmod, typndims: 0, typdefaultbin: d.defaultText, typdefault: d.defaultText, typacl: null,
    };
    // Its array type, as CREATE DOMAIN makes one (of the base type's alignment and collation).
    const arrayType = {
      ...domain, oid: array, typname: `_${place.name}`, typlen: -1, typbyval: false, typtype: 'b', typcategory: 'A', typsubscript: 'array_subscript_handler', typelem: oid, typarray: 0, typinput: 'array_in', typoutput: 'array_out',
      typreceive: 'array_recv', typsend: 'array_send', typanalyze: 'array_typanalyze', typstorage: 'x', typnotnull: false, typbasetype: 0, typtypmod: -1, typdefaultbin: null, typdefault: null,
    };
    return [domain, arrayType];
  });
}

/** The default btree operator class of a user range's subtype (pg_range.rngsubopc). */
const SUBTYPE_OPCLASS: Record<number, number> = { [OID.int2]: 1979, [OID.int4]: 1978, [OID.int8]: 3124, [OID.numeric]: 3125, [OID.float4]: 10012, [OID.float8]: 3123, [OID.date]: 3122, [OID.timestamp]: 3128, [OID.timestamptz]: 3127, [OID.text]: 3126, [OID.varchar]: 3126 };

/** pg_type's rows for CREATE TYPE … AS RANGE's types: the range, the multirange PostgreSQL makes beside it, and their array types. */
function userRangeRows(model: Model, names: Row[]): Row[] {
  const base = { typowner: BOOTSTRAP_SUPERUSER, typispreferred: false, typisdefined: true, typdelim: ',', typlen: -1, typbyval: false, typrelid: 0, typmodin: '-', typmodout: '-', typstorage: 'x', typnotnull: false, typbasetype: 0, typtypmod: -1, typndims: 0, typcollation: 0, typdefaultbin: null, typdefault: null, typacl: null };
  return model.ranges.flatMap((r) => {
    const place = typePlace(model, r.name);
    const multirange = typePlace(model, r.multirange);
    // A range is aligned as its subtype, at least to 4 bytes.
    const typalign = [OID.float8, OID.int8, OID.timestamp, OID.timestamptz].includes(r.subtype as never) ? 'd' : 'i';
    const [oid, array, multi, multiArray] = [userRangeOid(r.name), userRangeArrayOid(r.name), multirangeOid(r), multirangeArrayOid(r)];
    const arrayRow = (elem: number, o: number, name: string) => ({ ...base, oid: o, typnamespace: place.namespace, typname: `_${name}`, typalign, typtype: 'b', typcategory: 'A', typsubscript: 'array_subscript_handler', typelem: elem, typarray: 0, typinput: 'array_in', typoutput: 'array_out', typreceive: 'array_recv', typsend: 'array_send', typanalyze: 'array_typanalyze' });
    names.push({ kind: 'type', oid, name: place.shown }, { kind: 'type', oid: array, name: `${place.shown}[]` }, { kind: 'type', oid: multi, name: multirange.shown }, { kind: 'type', oid: multiArray, name: `${multirange.shown}[]` });
    return [
      { ...base, oid, typnamespace: place.namespace, typname: place.name, typalign, typtype: 'r', typcategory: 'R', typsubscript: '-', typelem: 0, typarray: array, typinput: 'range_in', typoutput: 'range_out', typreceive: 'range_recv', typsend: 'range_send', typanalyze: 'range_typanalyze' },
      arrayRow(oid, array, place.name),
      { ...base, oid: multi, typnamespace: place.namespace, typname: multirange.name, typalign, typtype: 'm', typcategory: 'R', typsubscript: '-', typelem: 0, typarray: multiArray, typinput: 'multirange_in', typoutput: 'multirange_out', typreceive: 'multirange_recv', typsend: 'multirange_send', typanalyze: 'multirange_typanalyze' },
      arrayRow(multi, multiArray, multirange.name),
    ];
  });
}

/** pg_proc's rows for a user range's constructors (of two and three arguments) and its multirange's (of none, one, and a VARIADIC array). */
function rangeConstructorRows(model: Model, names: Row[]): Row[] {
  return model.ranges.flatMap((r) => {
    const [range, multi] = [userRangeOid(r.name), multirangeOid(r)];
    const row = (name: string, key: string, returns: number, args: number[], src: string, variadic = 0) => {
      const oid = objectOid('function', `${name}:${key}`);
      names.push({ kind: 'proc', oid, name: quoteIdentifier(name) });
      return {
        oid, proname: name, pronamespace: NAMESPACE.public, proowner: BOOTSTRAP_SUPERUSER, prolang: INTERNAL_LANGUAGE, procost: 1, prorows: 0, provariadic: variadic, prosupport: '-', prokind: 'f', prosecdef: false, proleakproof: false,
        proisstrict: src !== 'range_constructor2' && src !== 'range_constructor3' && src !== 'multirange_constructor0', proretset: false, provolatile: 'i', proparallel: 's', pronargs: args.length, pronargdefaults: 0, proargdefaults: null,
        prorettype: returns, proargtypes: args.join(' '), prosrc: src, proargnames: null,
      };
    };
    return [
      row(r.name, '2', range, [r.subtype, r.subtype], 'range_constructor2'),
      row(r.name, '3', range, [r.subtype, r.subtype, OID.text], 'range_constructor3'),
      row(r.multirange, '0', multi, [], 'multirange_constructor0'),
      row(r.multirange, '1', multi, [range], 'multirange_constructor1'),
      row(r.multirange, 'variadic', multi, [userRangeArrayOid(r.name)], 'multirange_constructor2', range),
    ];
  });
}

/**
 * pg_type's rows for the composite type of each table and view and its array type, named as the
 * relation (pg_class.reltype; Prisma's introspection reads only relations that have one). A
 * temporary table's would live in its session's schema: it has none here.
 */
function rowTypeRows(model: Model, names: Row[]): Row[] {
  const types: Row[] = [];
  const base = { typnamespace: NAMESPACE.public, typowner: BOOTSTRAP_SUPERUSER, typispreferred: false, typisdefined: true, typdelim: ',', typlen: -1, typbyval: false, typmodin: '-', typmodout: '-', typanalyze: '-', typalign: 'd', typstorage: 'x', typnotnull: false, typbasetype: 0, typtypmod: -1, typndims: 0, typcollation: 0, typdefaultbin: null, typdefault: null, typacl: null };
  for (const t of model.tables) {
    if (t.temp) continue;
    const [oid, array] = [enumOid(t.stored), enumArrayOid(t.stored)];
    types.push({ ...base, oid, typnamespace: t.namespace, typname: t.name, typtype: 'c', typcategory: 'C', typrelid: t.oid, typsubscript: '-', typelem: 0, typarray: array, typinput: 'record_in', typoutput: 'record_out', typreceive: 'record_recv', typsend: 'record_send' });
    types.push({ ...base, oid: array, typnamespace: t.namespace, typname: `_${t.name}`, typtype: 'b', typcategory: 'A', typrelid: 0, typsubscript: 'array_subscript_handler', typelem: oid, typarray: 0, typinput: 'array_in', typoutput: 'array_out', typreceive: 'array_recv', typsend: 'array_send', typanalyze: 'array_typanalyze' });
    names.push({ kind: 'type', oid, name: quoteIdentifier(t.name) }, { kind: 'type', oid: array, name: `${quoteIdentifier(t.name)}[]` });
  }
  return types;
}

/**
 * pg_type's rows for CREATE TYPE … AS (…)'s types and their array types, with the pg_class row
 * (relkind 'c') and pg_attribute rows PostgreSQL makes for each.
 */
function compositeTypeRows(model: Model, rel: (name: string) => Row[], names: Row[]): Row[] {
  const types: Row[] = [];
  const base = { typowner: BOOTSTRAP_SUPERUSER, typispreferred: false, typisdefined: true, typdelim: ',', typlen: -1, typbyval: false, typmodin: '-', typmodout: '-', typanalyze: '-', typalign: 'd', typstorage: 'x', typnotnull: false, typbasetype: 0, typtypmod: -1, typndims: 0, typcollation: 0, typdefaultbin: null, typdefault: null, typacl: null };
  for (const c of model.composites) {
    const place = typePlace(model, c.name);
    const [oid, array, relid] = [compositeOid(c.name), compositeArrayOid(c.name), compositeRelOid(c.name)];
    types.push({ ...base, oid, typnamespace: place.namespace, typname: place.name, typtype: 'c', typcategory: 'C', typrelid: relid, typsubscript: '-', typelem: 0, typarray: array, typinput: 'record_in', typoutput: 'record_out', typreceive: 'record_recv', typsend: 'record_send' });
    types.push({ ...base, oid: array, typnamespace: place.namespace, typname: `_${place.name}`, typtype: 'b', typcategory: 'A', typrelid: 0, typsubscript: 'array_subscript_handler', typelem: oid, typarray: 0, typinput: 'array_in', typoutput: 'array_out', typreceive: 'array_recv', typsend: 'array_send', typanalyze: 'array_typanalyze' });
    names.push({ kind: 'type', oid, name: place.shown }, { kind: 'type', oid: array, name: `${place.shown}[]` });
    rel('pg_class').push({ ...classRow({ oid: relid, name: place.name, namespace: place.namespace, kind: 'c', natts: c.attributes.length, am: 0, rowType: oid }), relowner: BOOTSTRAP_SUPERUSER, relacl: null });
    names.push({ kind: 'class', oid: relid, name: place.shown });
    c.attributes.forEach((a, i) => rel('pg_attribute').push(attributeRow(relid, a.name, i + 1, { oid: a.oid, typmod: a.typmod }, false, false, '', '')));
  }
  return types;
}

/** pg_trigger's rows for CREATE TRIGGER's triggers, and pg_get_triggerdef's texts. */
function triggerRows(model: Model, rel: (name: string) => Row[], definitions: Row[], db: string): void {
  const schemas = new Set(model.namespaces);
  for (const g of model.triggers) {
    const t = model.tables.find((x) => x.stored === g.table);
    if (!t) continue;
    const oid = triggerOid(g.table, g.name);
    const attnums = g.columns.map((c) => t.columns.find((col) => col.name === c)?.attnum ?? 0);
    rel('pg_trigger').push({
      oid, tgrelid: t.oid, tgparentid: 0, tgname: g.name, tgfoid: functionOid(g.function), tgtype: triggerType(g), tgenabled: g.disabled ? 'D' : 'O', tgisinternal: false,
      tgconstrrelid: 0, tgconstrindid: 0, tgconstraint: 0, tgdeferrable: false, tginitdeferred: false, tgnargs: 0, tgattr: attnums.join(' '), tgargs: '',
      tgqual: null, tgoldtable: null, tgnewtable: null,
    });
    // One row per event, numbered among the table's triggers of that event and timing, in firing (name) order.
    for (const event of g.events) {
      const peers = model.triggers.filter((o) => o.table === g.table && o.timing === g.timing && o.statement === g.statement && o.events.includes(event)).map((o) => o.name).sort();
      rel('information_schema.triggers').push({
        trigger_catalog: db, trigger_schema: t.schema, trigger_name: g.name, event_manipulation: event.toUpperCase(), event_object_catalog: db, event_object_schema: t.schema,
        event_object_table: t.name, action_order: peers.indexOf(g.name) + 1, action_condition: g.when, action_statement: `EXECUTE FUNCTION ${triggerFunctionText(g.function, schemas, quoteIdentifier)}()`,
        action_orientation: g.statement ? 'STATEMENT' : 'ROW', action_timing: timingText(g), action_reference_old_table: null, action_reference_new_table: null, action_reference_old_row: null, action_reference_new_row: null, created: null,
      });
    }
    const qualified = `${quoteIdentifier(t.schema)}.${quoteIdentifier(t.name)}`;
    definitions.push({ oid, definition: triggerDefinitionText(g, qualified, quoteIdentifier, false, schemas), pretty: triggerDefinitionText(g, t.schema === 'public' ? quoteIdentifier(t.name) : qualified, quoteIdentifier, true, schemas) });
  }
}

/** pg_get_function_result's text: `trigger`, `integer`, `SETOF t`, `TABLE(a integer, b text)`. */
function functionResult(model: Model, f: Model['functions'][number]): string | null {
  if (f.procedure) return null;
  if (f.returns.oid === TRIGGER_TYPE) return 'trigger';
  // A pseudo-type, which format_type here does not know (it said ???).
  if (f.returns.oid === OID.void) return 'void';
  // The table's stored name: another schema's is `schema.name`, shown qualified.
  const tableName = (stored: string) => {
    const table = model.tables.find((t) => t.stored === stored);
    return table ? regclassName(table) : quoteIdentifier(stored);
  };
  if (f.rowOf) return tableName(f.rowOf);
  if (!f.set) return formatType(f.returns.oid, f.returns.typmod);
  if (f.outs) return `SETOF ${f.outs.length > 1 ? 'record' : formatType(f.outs[0]!.oid, f.outs[0]!.typmod)}`;
  if ('table' in f.set) return `SETOF ${tableName(f.set.table)}`;
  if (f.returns.oid === 2249) return `TABLE(${f.set.columns.map((c) => `${quoteIdentifier(c.name)} ${formatType(c.oid, c.typmod)}`).join(', ')})`;
  return `SETOF ${formatType(f.returns.oid, f.returns.typmod)}`;
}

type DeclaredParameter = { name: string; oid: number; typmod: number; mode: 'i' | 'o' | 'b' | 'v' | 't'; defaultText?: string };

/** A function's parameters as declared, in order: IN, OUT, INOUT, VARIADIC, and RETURNS TABLE's columns. */
function declaredParameters(f: Model['functions'][number]): DeclaredParameter[] {
  const table = f.set && 'columns' in f.set && f.returns.oid === 2249 && !f.outs ? f.set.columns.map((c): DeclaredParameter => ({ ...c, mode: 't' })) : [];
  if (!f.modes) return [...f.args.map((a): DeclaredParameter => ({ ...a, mode: a.variadic ? 'v' : 'i' })), ...table];
  let input = 0;
  let output = 0;
  return f.modes.map((mode): DeclaredParameter => {
    if (mode === 'o') return { ...f.outs![output++]!, mode };
    if (mode === 'b') output++;
    return { ...f.args[input++]!, mode };
  });
}

const MODE_WORDS = { i: '', o: 'OUT ', b: 'INOUT ', v: 'VARIADIC ', t: '' };

/** pg_proc's rows for CREATE FUNCTION's functions (the built-in rows stay), and their texts for pg_get_function_result / _arguments. */
function functionRows(model: Model, texts: Row[], names: Row[]): Row[] {
  // A parameter of an array of a composite type, which format_type here does not know, named as its pg_type row is.
  const compositeArrays = new Map(model.composites.map((c) => [compositeArrayOid(c.name), `${typePlace(model, c.name).shown}[]`]));
  return model.functions.map((f) => {
    const oid = functionOid(routineKey(f));
    const declared = declaredParameters(f);
    // A procedure's arguments are all marked with their mode, IN too (print_function_arguments).
    const text = (p: DeclaredParameter) => `${f.procedure && p.mode === 'i' ? 'IN ' : MODE_WORDS[p.mode]}${p.name ? `${quoteIdentifier(p.name)} ` : ''}${compositeArrays.get(p.oid) ?? formatType(p.oid, p.typmod)}`;
    const identity = declared.filter((p) => p.mode !== 'o' && p.mode !== 't').map(text).join(', ');
    const args = declared.filter((p) => p.mode !== 't').map((p) => (p.defaultText ? `${text(p)} DEFAULT ${p.defaultText}` : text(p))).join(', ');
    texts.push({ oid, result: functionResult(model, f), arguments: args, identity_arguments: identity });
    const variadic = f.args.at(-1)?.variadic ? arrayElementOid(f.args.at(-1)!.oid) : 0;
    const modes = declared.some((p) => p.mode !== 'i') ? declared.map((p) => p.mode) : null;
    // Another schema's function is named qualified, as regproc prints one off the search path.
    const name = f.schema ? `${quoteIdentifier(f.schema)}.${quoteIdentifier(f.name)}` : quoteIdentifier(f.name);
    const typeNames = new Map(names.filter((n) => n.kind === 'type').map((n) => [Number(n.oid), String(n.name)]));
    names.push({ kind: 'proc', oid, name });
    names.push({ kind: 'procedure', oid, name: signature(name, f.args.map((a) => a.oid), (t) => typeNames.get(t) ?? regtypeText(t)) });
    return {
      oid, proname: f.name, pronamespace: f.schema ? namespaceOid(f.schema) : NAMESPACE.public, proowner: BOOTSTRAP_SUPERUSER, prolang: f.language === 'plpgsql' ? PLPGSQL_LANGUAGE.oid : SQL_LANGUAGE, procost: 100, prorows: 0, provariadic: variadic,
      prosupport: '-', prokind: f.procedure ? 'p' : 'f', prosecdef: false, proleakproof: false, proisstrict: f.strict, proretset: f.set !== undefined, provolatile: f.volatility, proparallel: 'u',
      pronargs: f.args.length, pronargdefaults: f.args.filter((a) => a.default).length,
      // The defaults' texts, as pg_get_expr prints the list PostgreSQL keeps there.
      proargdefaults: f.args.some((a) => a.defaultText) ? f.args.flatMap((a) => (a.defaultText ? [a.defaultText] : [])).join(', ') : null, prorettype: f.returns.oid, proargtypes: f.args.map((a) => a.oid).join(' '), prosrc: f.body,
      // As PostgreSQL: every argument's name ('' for an unnamed one) once one has a name.
      proargnames: declared.some((p) => p.name) ? declared.map((p) => p.name) : null,
      ...(modes ? { proargmodes: modes, proallargtypes: declared.map((p) => p.oid) } : {}),
    };
  });
}

/** Relations whose rows never change, which install.ts fills once per connection. */
export const INSTALLED_ONCE = new Set(['pg_catalog.pg_type', 'pg_catalog.pg_proc', 'pg_catalog.pg_am', 'pg_catalog.pg_collation', 'pg_catalog.pg_tablespace', 'pg_catalog.pg_language', 'pg_catalog.pg_range', 'pg_catalog.pg_operator']);
/** Relations install.ts fills: the built-in ones, pg_settings from the session's settings, and the time zone views when read (time-zone-views.ts). */
export const FILLED_ELSEWHERE = new Set([...INSTALLED_ONCE, 'pg_catalog.pg_settings', 'pg_catalog.pg_timezone_names', 'pg_catalog.pg_timezone_abbrevs']);

function attrdefOid(t: Table, c: Column): number {
  return objectOid('attrdef', `${t.stored}.${c.name}`);
}

/** regprocedure output: the function's name (as regproc prints it) and its argument types' names. */
function signature(name: string, argtypes: number[], typeName: (oid: number) => string): string {
  return `${name}(${argtypes.map(typeName).join(',')})`;
}

function oidList(vector: Value | undefined): number[] {
  const text = String(vector ?? '').trim();
  return text === '' ? [] : text.split(/\s+/).map(Number);
}

/** regtype output: format_type without a type modifier. */
export function regtypeText(oid: number): string {
  if (oid === OID.bpchar) return 'character';
  // An array as regtypeout prints it, of its element's name (`character[]`, `bit[]`).
  const element = builtinArrayElement(oid);
  if (element) return `${regtypeText(element)}[]`;
  const text = formatType(oid, -1);
  // A name only the catalog knows is quoted as format_type quotes it (`"any"`).
  const name = builtinTypeName(oid);
  return text === '???' ? (name === undefined ? String(oid) : quoteIdentifier(name)) : text;
}

/** information_schema's description of a data type, as columns and domains give it. */
function typeFacts(type: PgTypeInfo, enumName: string | undefined) {
  const text = CHARACTER_TYPES.includes(type.oid);
  // A bit string's typmod is its length itself (_pg_char_max_length).
  const bits = (type.oid === OID.bit || type.oid === OID.varbit) && type.typmod > 0 ? type.typmod : null;
  const maxLength = (type.oid === OID.varchar || type.oid === OID.bpchar) && type.typmod > 4 ? type.typmod - 4 : bits;
  const numeric = numericFacts(type);
  return {
    data_type: enumName !== undefined ? 'USER-DEFINED' : sqlDataType(type),
    character_maximum_length: maxLength,
    character_octet_length: text ? (maxLength !== null ? maxLength * 4 : 1073741824) : null,
    numeric_precision: numeric?.[0] ?? null,
    numeric_precision_radix: numeric?.[1] ?? null,
    numeric_scale: numeric?.[2] ?? null,
    datetime_precision: type.oid === OID.date ? 0 : DATETIME_TYPES.includes(type.oid) ? (type.typmod >= 0 && type.oid !== OID.interval ? type.typmod : 6) : null,
    interval_type: null,
    interval_precision: null,
    character_set_catalog: null,
    character_set_schema: null,
    character_set_name: null,
    collation_catalog: null,
    collation_schema: null,
    collation_name: null,
  };
}

function informationColumn(t: Pick<Table, 'schema' | 'name' | 'kind' | 'writes'>, c: Column, db: string, model: Model, enumNames: Map<number, string>): Row {
  const type = c.type;
  const enumName = enumNames.get(type.oid);
  const sequence = model.sequences.find((s) => s.table === t && s.column === c);
  const enumPlace = enumName !== undefined ? typePlace(model, enumName) : undefined;
  const domainPlace = c.domain !== undefined ? typePlace(model, c.domain) : undefined;
  const udt = enumPlace?.name ?? builtinTypeName(type.oid) ?? 'text';
  const facts = typeFacts(type, enumName);
  return {
    table_catalog: db,
    table_schema: t.schema,
    table_name: t.name,
    column_name: c.name,
    ordinal_position: c.attnum,
    column_default: c.identity ? null : (c.default?.plain ?? null),
    // As information_schema's view: a column of a NOT NULL domain is not nullable either.
    is_nullable: yesNo(!c.notNull && !model.domains.some((d) => d.name === c.domain && d.notNull)),
    data_type: facts.data_type,
    character_maximum_length: facts.character_maximum_length,
    character_octet_length: facts.character_octet_length,
    numeric_precision: facts.numeric_precision,
    numeric_precision_radix: facts.numeric_precision_radix,
    numeric_scale: facts.numeric_scale,
    datetime_precision: facts.datetime_precision,
    interval_type: null,
    interval_precision: null,
    character_set_catalog: null,
    character_set_schema: null,
    character_set_name: null,
    collation_catalog: null,
    collation_schema: null,
    collation_name: null,
    domain_catalog: c.domain !== undefined ? db : null,
    domain_schema: domainPlace?.schema ?? null,
    domain_name: domainPlace?.name ?? null,
    udt_catalog: db,
    udt_schema: enumPlace?.schema ?? 'pg_catalog',
    udt_name: udt,
    scope_catalog: null,
    scope_schema: null,
    scope_name: null,
    maximum_cardinality: null,
    dtd_identifier: String(c.attnum),
    is_self_referencing: 'NO',
    is_identity: yesNo(c.identity !== ''),
    identity_generation: c.identity === 'a' ? 'ALWAYS' : c.identity === 'd' ? 'BY DEFAULT' : null,
    identity_start: c.identity && sequence ? String(sequence.options.start) : null,
    identity_increment: c.identity && sequence ? String(sequence.options.increment) : null,
    identity_maximum: c.identity && sequence ? String(sequence.options.max) : null,
    identity_minimum: c.identity && sequence ? String(sequence.options.min) : null,
    identity_cycle: yesNo(c.identity ? (sequence?.options.cycle ?? false) : false),
    is_generated: c.generated !== null ? 'ALWAYS' : 'NEVER',
    generation_expression: c.generated?.plain ?? null,
    is_updatable: yesNo(t.kind === 'r' || (t.writes?.columns[c.attnum - 1] ?? false)),
  };
}

/** numeric_precision, _radix and _scale. */
function numericFacts(type: PgTypeInfo): [number | null, number, number | null] | null {
  switch (type.oid) {
    case OID.int2:
      return [16, 2, 0];
    case OID.int4:
      return [32, 2, 0];
    case OID.int8:
      return [64, 2, 0];
    case OID.float4:
      return [24, 2, null];
    case OID.float8:
      return [53, 2, null];
    case OID.numeric:
      return type.typmod >= 4 ? [((type.typmod - 4) >> 16) & 0xffff, 10, (type.typmod - 4) & 0xffff] : [null, 10, null];
    default:
      return null;
  }
}

const PRIVILEGE_TYPES: Array<[string, string]> = [['a', 'INSERT'], ['r', 'SELECT'], ['w', 'UPDATE'], ['d', 'DELETE'], ['D', 'TRUNCATE'], ['x', 'REFERENCES'], ['t', 'TRIGGER']];

/**
 * information_schema.table_privileges (every grant, as a superuser sees them) and
 * role_table_grants (those whose grantor or grantee is the session's user or a role it belongs
 * to): one row per privilege of each aclitem of each table and view, the default ACL's included.
 */
function privilegeRows(model: Model, db: string, roleName: (oid: number) => string): { all: Row[]; own: Row[] } {
  const all: Row[] = [];
  const own: Row[] = [];
  const enabled = new Set([BOOTSTRAP_SUPERUSER]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of model.roles) {
      if (!enabled.has(r.oid) && r.members.some((m) => enabled.has(m.member))) {
        enabled.add(r.oid);
        grew = true;
      }
    }
  }
  for (const t of model.tables) {
    if (t.matview) continue;
    const owner = t.acl?.owner ?? BOOTSTRAP_SUPERUSER;
    for (const [grantee, letters, grantor] of t.acl?.acl ?? defaultAcl('table', owner)) {
      for (const [letter, type] of PRIVILEGE_TYPES) {
        const at = letters.indexOf(letter);
        if (at < 0) continue;
        const grantable = letters[at + 1] === '*' || grantee === owner;
        const row = { grantor: roleName(grantor), grantee: grantee === PUBLIC_ROLE ? 'PUBLIC' : roleName(grantee), table_catalog: db, table_schema: t.schema, table_name: t.name, privilege_type: type, is_grantable: yesNo(grantable), with_hierarchy: yesNo(type === 'SELECT') };
        all.push(row);
        if (enabled.has(grantor) || enabled.has(grantee)) own.push(row);
      }
    }
  }
  return { all, own };
}

/** pg_get_ruledef of a view's _RETURN rule: its query after the rule's head, the view qualified but where pretty finds it on the path. */
function returnRuleDefinition(oid: number, t: Table, query: Display): { oid: number; definition: string; pretty: string } {
  const qualified = `${quoteIdentifier(t.schema)}.${quoteIdentifier(t.name)}`;
  const head = (name: string) => `CREATE RULE "_RETURN" AS\n    ON SELECT TO ${name} DO INSTEAD `;
  return { oid, definition: head(qualified) + query.plain, pretty: head(t.schema === 'public' ? quoteIdentifier(t.name) : qualified) + query.pretty };
}

/**
 * pg_depend of a view's _RETURN rule: on the view (internal, and normal as its query's own
 * relation) and on each column its query reads, by which pg_dump orders a view after its tables.
 */
/**
 * pg_depend of a table's constraint, as CreateConstraintEntry records them: on each of its columns
 * (auto; on the whole table where a CHECK reads none), a CHECK's expression on the columns it reads,
 * a foreign key on the referenced key's index and columns (normal). pgloader's `drop indexes` finds
 * the foreign keys to drop before a primary key's index through these.
 */
function constraintDependencies(c: Constraint): Row[] {
  const row = (refobjid: number, refobjsubid: number, deptype: string): Row => ({ classid: PG_CONSTRAINT, objid: c.oid, objsubid: 0, refclassid: PG_CLASS, refobjid, refobjsubid, deptype });
  const own = c.attnums.length ? c.attnums.map((a) => row(c.table.oid, a, 'a')) : [row(c.table.oid, 0, 'a')];
  if (c.type === 'c') return [...own, ...c.attnums.map((a) => row(c.table.oid, a, 'n'))];
  const referenced = c.ref?.table;
  if (!referenced) return own;
  return [...own, ...(c.index ? [row(c.index.oid, 0, 'n')] : []), ...c.ref!.attnums.map((a) => row(referenced.oid, a, 'n'))];
}

function ruleDependencies(model: Model, rule: number, t: Table): Row[] {
  const row = (refobjid: number, refobjsubid: number, deptype: string): Row => ({ classid: PG_REWRITE, objid: rule, objsubid: 0, refclassid: PG_CLASS, refobjid, refobjsubid, deptype });
  const reads = (t.reads ?? []).flatMap((r) => {
    const read = model.tables.find((x) => x.schema === r.schema && x.name === r.relation && !x.temp);
    const column = read?.columns.find((c) => c.name === r.column);
    return read && column ? [row(read.oid, column.attnum, 'n')] : [];
  });
  return [row(t.oid, 0, 'i'), row(t.oid, 0, 'n'), ...reads];
}

/**
 * information_schema.view_column_usage and view_table_usage: what the view's rule depends on
 * (ruleDependencies), of tables, views and partitioned tables, not materialized views.
 */
function viewUsageRows(model: Model, t: Table, db: string, rel: (name: string) => Row[]): void {
  const tables = new Set<string>();
  for (const r of t.reads ?? []) {
    const read = model.tables.find((x) => x.schema === r.schema && x.name === r.relation && !x.temp && !x.matview);
    if (!read?.columns.some((c) => c.name === r.column)) continue;
    const usage = { view_catalog: db, view_schema: t.schema, view_name: t.name, table_catalog: db, table_schema: read.schema, table_name: read.name };
    rel('information_schema.view_column_usage').push({ ...usage, column_name: r.column });
    if (!tables.has(read.stored)) rel('information_schema.view_table_usage').push(usage);
    tables.add(read.stored);
  }
}

/**
 * A B-tree's and a GIN index's relpages and reltuples as PostgreSQL's index build leaves them on an
 * empty table (the metapage, and GIN's root): the build counts the table's rows, which evsql keeps
 * no statistics of, so an index made with its table (getIndexInfo's CARDINALITY and PAGES) reads as
 * PostgreSQL's does. A hash index's first buckets follow the planner's estimate of the table: left
 * at the -1 and 0 of a relation not yet counted.
 */
const BUILT_EMPTY_INDEX: Record<number, { relpages: number; reltuples: number }> = { [BTREE_AM]: { relpages: 1, reltuples: 0 }, [GIN_AM]: { relpages: 2, reltuples: 0 } };

/**
 * pg_constraint.connoinherit as PostgreSQL sets it: a key's, an exclusion's and a foreign key's
 * are not inherited, but a partitioned table's keys are (its foreign keys are copied to each
 * partition instead), and a partition's own are; a CHECK is inherited.
 */
function notInherited(type: string, t: Table): boolean {
  if (type === 'c' || t.writes?.partition) return false;
  return t.partitioned ? type !== 'f' : true;
}
