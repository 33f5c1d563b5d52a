/**
 * What the translator knows of the database's tables: each column's PostgreSQL type, from the
 * schema the writer reports (dialect/schema-snapshot.ts) at startup and after every change. PostgreSQL
 * types expressions, infers parameter types and coerces values written to a column from the
 * catalog; the translator does the same from here.
 *
 * The server builds one from each snapshot and hands it to translate(): a change (DDL, or a
 * rollback undoing DDL) brings a new schema with a new version, which makes every cached
 * translation stale.
 *
 * SQLite assigns ids only to an `INTEGER PRIMARY KEY` column, whose declared type must be exactly
 * INTEGER; the PostgreSQL type and identity kind of such a column ride along in a comment of the
 * CREATE TABLE text, which SQLite keeps verbatim (through RENAME and ADD/DROP COLUMN too).
 */
import { liveAttnums, readDroppedColumns } from '../catalog/dropped-columns.js';
import { defineArrayType, defineUserType, typeFromDeclared, type PgTypeInfo } from '../../pg/types/registry.js';
import { defineUserRange } from '../../pg/types/range.js';
import { type UserRange, isRangeView, readRangeView, userRangeOid } from '../catalog/user-ranges.js';
import type { ExclusionDefinition } from '../catalog/exclusions.js';
import type { SchemaSnapshot, SnapshotForeignKey, SnapshotRelation, SnapshotTrigger, SnapshotUniqueKey } from '../schema-snapshot.js';
import { type Matview, type OnCommit, type PartitionKey, readPartitionedMarker, indexConstraintMarker, readDisplayMarker, readMatviewMarker, readOnCommitMarker, readViewColumnsMarker, readViewScalesMarker, readViewWritesMarker, type ViewWrites } from '../catalog/markers.js';
import { type Table as CatalogTable, tableAloneModel } from '../runtime/catalog/model.js';
import { parseCreateTable } from '../runtime/catalog/sqlite-ddl.js';
import { viewRelations } from '../runtime/catalog/sqlite-ddl.js';
import { extensionOfView, isExtensionView } from '../catalog/extensions.js';
import { type Identity, type SequenceOptions, drawSql, identityAnnotations, isSequenceTable, readSequenceOptions, sequenceOfTable } from '../catalog/sequences.js';
import { type EnumType, enumColumnsOf, enumOid, isEnumView, readEnumView } from '../catalog/enums.js';
import { type UserFunction, isFunctionView, readFunctionView, routineKey, storedFunctionName } from '../catalog/user-functions.js';
import { type StoredTrigger, readTriggerObject } from '../catalog/triggers.js';
import { type DomainType, isDomainView, readDomainView } from '../catalog/domains.js';
import { TEMP_NAMESPACE_NAME, objectOid } from '../catalog/oids.js';
import { commentKeyOfView, isCommentView } from '../catalog/comments.js';
import { type AclItem, type AclObject, type RelationAcl, type Role, isObjectAclView, isRoleCatalogView, isRoleView, readAclMarker, readObjectAclView, readRoleView } from '../catalog/roles.js';
import { isSchemaView, schemaOfView, splitStoredName, storedName } from '../catalog/namespaces.js';
import { quoteIdent } from '../sqlite-quote.js';
import { type CompositeType, compositeArrayOid, compositeColumnsOf, compositeOid, isCompositeView, readCompositeView } from '../catalog/composites.js';


export interface ColumnInfo {
  name: string;
  type: PgTypeInfo;
  notNull: boolean;
  hasDefault: boolean;
  /** The DEFAULT expression as SQLite keeps it (already in the column's stored form), if any. */
  defaultSql?: string;
  /** GENERATED ALWAYS AS (…) STORED: written by no INSERT or UPDATE. */
  generated?: boolean;
  primaryKey: boolean;
  identity: Identity | null;
  /** The sequence a serial or identity column draws from (absent for tables made before evsql had them). */
  sequence?: string;
  /** The table's INTEGER PRIMARY KEY: SQLite's rowid, which takes a NULL written to it as the next rowid. */
  rowid?: boolean;
  /** A view's numeric column of no typmod: the display scale its values print with, where known. */
  scale?: number;
  /** An unconstrained numeric's hidden column of display texts (dialect/catalog/numeric-display.ts). */
  display?: string;
}

export interface TableInfo {
  name: string;
  /** Its name in SQLite: a session's temporary table is stored under a name of that session's. */
  sqlName: string;
  temp: boolean;
  view: boolean;
  /** A materialized view: a table of its rows (dialect/catalog/markers.ts). */
  matview?: Matview;
  /** A view's check option and the columns a write reaches (view-write-through.ts). */
  writes?: ViewWrites;
  /** A temporary table's ON COMMIT action. */
  onCommit?: OnCommit;
  /** A partitioned table's key; its partitions are views of it (translate/partitions.ts). */
  partitioned?: PartitionKey;
  /** A view's query as SQLite stores it (cancel-point.ts reads whether its columns call anything). */
  viewSql?: string;
  columns: ColumnInfo[];
  foreignKeys: SnapshotForeignKey[];
  uniqueKeys: SnapshotUniqueKey[];
  column(name: string): ColumnInfo | undefined;
}

/**
 * The column definition of a serial or identity column, with its annotation: the rowid when it is
 * the primary key, `primaryKey` then the key's constraint name clause (`CONSTRAINT "t_pk" `, or '').
 */
export function identityColumnSql(quotedName: string, pgType: string, identity: Identity, primaryKey: string | false = ''): string {
  return `${quotedName} ${identityColumnType(pgType, identity)} ${primaryKey !== false ? `${primaryKey}PRIMARY KEY` : 'NOT NULL'}`;
}

/** The declared type of a serial or identity column, its annotation with it. */
export function identityColumnType(pgType: string, identity: Identity): string {
  return `INTEGER /* evsql: ${pgType} ${identity === 'serial' ? 'serial' : `identity ${identity}`} */`;
}

/** The key of a permanent table its session's temporary table of the same name hides. */
function hiddenKey(name: string): string {
  return `public.${name}`;
}

/**
 * keyNames' answers by what they follow from (the table's name and CREATE text, the schemas): a
 * named CREATE INDEX asks for every table's, and each schema change makes a new TranslatorSchema,
 * so without it each DDL statement of a big schema parsed every table's CREATE text again.
 */
const keyNamesByDefinition = new Map<string, readonly string[]>();
const KEY_NAMES_CACHE_LIMIT = 20_000;

/** Versions are unique across schemas, so a translation cached for one is never taken for another. */
let lastVersion = 0;

export class TranslatorSchema {
  /** Identifies this schema in the translation cache and in prepared statements' translations. */
  readonly version: number;
  private readonly tables = new Map<string, TableInfo>();
  private readonly enums = new Map<string, EnumType>();
  private readonly ranges = new Map<string, UserRange>();
  /** Composite types by name and by OID: empty unless CREATE TYPE … AS (…) made one, so plain tables pay nothing. */
  private readonly composites = new Map<string, CompositeType>();
  private readonly compositeOids = new Map<number, CompositeType>();
  private readonly domains = new Map<string, DomainType>();
  private readonly extensions = new Set<string>();
  private readonly functions = new Map<string, UserFunction>();
  /** The routines of a name that has several (overloads), by its stored name: empty unless one was made. */
  private readonly overloads = new Map<string, UserFunction[]>();
  /** CREATE TRIGGER's triggers by the SQLite name of their table, in name order (the order PostgreSQL fires them in). */
  private readonly triggerMap = new Map<string, StoredTrigger[]>();
  /** Whether some trigger is FOR EACH STATEMENT: only then does a write look for the ones it fires. */
  private statementTriggers = false;
  private readonly sequences = new Map<string, SequenceOptions>();
  /** Partitions' names by their parent's. */
  private readonly partitionMap = new Map<string, string[]>();
  private readonly roleMap = new Map<string, Role>();
  /** GRANT's ACL of the database or the schema public, by `kind:name`. */
  private readonly objectAclMap = new Map<string, AclItem[]>();
  /** The keys of COMMENT ON's comments kept apart from their objects (catalog/comments.ts). */
  private readonly commentKeys = new Set<string>();
  /** Owner and ACL by the relation's SQLite name (a sequence's table's for a sequence). */
  private readonly acls = new Map<string, RelationAcl>();
  /** The schemas CREATE SCHEMA made (public and the catalog's are not among them). */
  private readonly schemas = new Set<string>();
  private readonly indexes: Set<string>;
  /** One session's view of this schema (forSession), by the session's prefix. */
  private readonly sessions = new Map<string, TranslatorSchema>();
  /** Per SQLite table name, its columns' attnums. */
  private readonly attnums = new Map<string, Map<string, number>>();
  /** The CREATE statements of this session's temporary tables (describeTemps). */
  private readonly tempDefinitions: string[] = [];
  private onCommitList: TableInfo[] | undefined;

  /**
   * `tempPrefix`: the view of one session, whose temporary tables are stored as
   * `${tempPrefix}name` and are seen by their names; other sessions' are not seen at all.
   */
  /**
   * `searchPath`: the schemas unqualified names resolve in, in order, only those that exist
   * (pg_catalog and the session's temporary tables come first regardless).
   */
  readonly searchPath: string[];

  constructor(
    private readonly snapshot: SchemaSnapshot,
    readonly tempPrefix = '',
    sharedVersion?: number,
    searchPath?: string[],
  ) {
    for (const r of snapshot.relations) if (isSchemaView(r.name)) this.schemas.add(schemaOfView(r.name));
    const existing = (searchPath ?? ['public']).filter((s) => s === 'public' || this.schemas.has(s));
    // Public's relations are found whatever the path says (a name no schema on it has is looked up
    // there): a path naming no schema that exists (pg_dump's '') is public, which pg_dump then writes
    // into its dump, and the names it writes bare restore on PostgreSQL too.
    this.searchPath = existing.length ? existing : ['public'];
    const defaultPath = this.searchPath.length === 1 && this.searchPath[0] === 'public';
    this.indexes = new Set(snapshot.indexes.map((i) => i.name));
    const own = (r: { name: string; temp: boolean }) => r.temp && tempPrefix !== '' && r.name.startsWith(tempPrefix);
    const ownTemp = snapshot.relations.some(own);
    // A session with no temporary table sees what every session sees: its translations are shared.
    this.version = ownTemp || sharedVersion === undefined || !defaultPath ? ++lastVersion : sharedVersion;
    for (const r of snapshot.relations) {
      if (isEnumView(r.name)) {
        const e = readEnumView(r.name, r.sql);
        this.enums.set(e.name, e);
      }
      if (isRangeView(r.name)) {
        const u = readRangeView(r.name, r.sql);
        this.ranges.set(u.name, u);
        defineUserRange(userRangeOid(u.name), u.subtype);
        defineUserType(userRangeOid(u.name), u.name);
      }
      if (isCompositeView(r.name)) {
        const c = readCompositeView(r.name, r.sql);
        this.composites.set(c.name, c);
        this.compositeOids.set(compositeOid(c.name), c);
        defineArrayType(compositeOid(c.name), compositeArrayOid(c.name), c.name);
      }
      if (isExtensionView(r.name)) this.extensions.add(extensionOfView(r.name));
      const f = isFunctionView(r.name) ? readFunctionView(r.sql) : undefined;
      if (f) this.functions.set(routineKey(f), f);
      const d = isDomainView(r.name) ? readDomainView(r.sql) : undefined;
      if (d) this.domains.set(d.name, d);
      if (isSequenceTable(r.name)) this.sequences.set(sequenceOfTable(r.name), readSequenceOptions(r.sql));
      const role = isRoleView(r.name) ? readRoleView(r.sql) : undefined;
      if (role) this.roleMap.set(role.name, role);
      if (isObjectAclView(r.name)) {
        const o = readObjectAclView(r.name, r.sql);
        this.objectAclMap.set(o.key, o.acl);
      }
      if (isCommentView(r.name)) this.commentKeys.add(commentKeyOfView(r.name));
      if (r.sql.includes('/* evsql-acl: ')) this.acls.set(r.name, readAclMarker(r.sql));
    }
    for (const f of this.functions.values()) {
      if (f.overload === undefined) continue;
      const name = storedFunctionName(f);
      const plain = this.functions.get(name);
      this.overloads.set(name, [...(this.overloads.get(name) ?? (plain ? [plain] : [])), f]);
    }
    for (const t of snapshot.triggers ?? []) {
      const d = readTriggerObject(t.table, t.sql);
      if (!d) continue;
      const list = this.triggerMap.get(t.table) ?? [];
      if (!list.some((o) => o.name === d.name)) list.push(d);
      this.triggerMap.set(t.table, list);
      if (d.statement) this.statementTriggers = true;
    }
    for (const list of this.triggerMap.values()) list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const owned = new Map<string, string>();
    for (const [name, o] of this.sequences) if (o.owned) owned.set(o.owned, name);
    for (const r of snapshot.relations) {
      if (isEnumView(r.name) || isRangeView(r.name) || isCompositeView(r.name) || isExtensionView(r.name) || isFunctionView(r.name) || isDomainView(r.name) || isSequenceTable(r.name) || isRoleCatalogView(r.name) || isSchemaView(r.name) || isCommentView(r.name)) continue;
      if (r.temp && !own(r)) continue;
      // SQLite keeps a temporary table's CREATE without its TEMP.
      if (r.temp && !r.view) this.tempDefinitions.push(r.sql.replace(/^CREATE TABLE/i, 'CREATE TEMP TABLE'));
      const name = r.temp ? r.name.slice(tempPrefix.length) : r.name;
      const annotated = identityAnnotations(r.sql);
      // A view's column types ride in the catalog's annotation: SQLite cannot tell an expression's.
      const viewTypes = r.view ? (readViewColumnsMarker(r.sql) ?? []) : [];
      const viewScales = r.view ? readViewScalesMarker(r.sql) : (readMatviewMarker(r.sql)?.scales ?? []);
      const enumTyped = r.view ? new Map<string, string>() : enumColumnsOf(r.sql);
      const compositeTyped = r.view || !this.composites.size ? undefined : compositeColumnsOf(r.sql);
      const keys = r.columns.filter((c) => c.primaryKey);
      const columns = r.columns.map((c, i): ColumnInfo => {
        const a = annotated.get(c.name);
        const sequence = a && !r.temp ? owned.get(`${r.name}.${c.name}`) : undefined;
        return {
          name: c.name,
          type: compositeTyped?.has(c.name) ? { oid: compositeOid(compositeTyped.get(c.name)!), typmod: -1 } : r.view && this.composites.has(viewTypes[i] ?? '') ? { oid: compositeOid(viewTypes[i]!), typmod: -1 } : this.columnType(r.view ? (viewTypes[i] ?? undefined) : enumTyped.get(c.name), viewTypes[i] ?? a?.type ?? (c.declType || null)),
          notNull: c.notNull || c.primaryKey,
          hasDefault: c.defaultSql !== null || a !== undefined,
          ...(c.defaultSql !== null ? { defaultSql: c.defaultSql } : {}),
          ...(c.generated ? { generated: true } : {}),
          primaryKey: c.primaryKey,
          ...(c.primaryKey && keys.length === 1 && /^integer$/i.test(c.declType ?? '') && !r.view ? { rowid: true } : {}),
          identity: a?.identity ?? null,
          ...(sequence !== undefined ? { sequence } : {}),
          ...(viewScales[i] != null ? { scale: viewScales[i]! } : {}),
          ...(c.display !== undefined ? { display: c.display } : {}),
        };
      });
      const byName = new Map(columns.map((c) => [c.name, c]));
      const matview = r.view ? undefined : readMatviewMarker(r.sql);
      const onCommit = r.temp ? readOnCommitMarker(r.sql) : undefined;
      const writes = r.view ? readViewWritesMarker(r.sql) : undefined;
      const partitioned = r.view || r.temp ? undefined : readPartitionedMarker(r.sql);
      if (partitioned && !this.partitionMap.has(name)) this.partitionMap.set(name, []);
      if (writes?.partition) this.partitionMap.set(writes.partition.parent, [...(this.partitionMap.get(writes.partition.parent) ?? []), name]);
      const info: TableInfo = { name, sqlName: r.name, temp: r.temp, view: r.view, ...(matview ? { matview } : {}), ...(writes ? { writes } : {}), ...(onCommit ? { onCommit } : {}), ...(partitioned ? { partitioned } : {}), ...(r.view ? { viewSql: r.sql } : {}), columns, foreignKeys: r.foreignKeys, uniqueKeys: r.uniqueKeys, column: (c) => byName.get(c) };
      // A temp table hides a permanent one of the same name, as in PostgreSQL's search path;
      // public.name still reaches that one (publicRelation).
      const other = this.tables.get(name);
      if (other && other.temp !== r.temp) this.tables.set(hiddenKey(name), r.temp ? other : info);
      if (!other?.temp || r.temp) this.tables.set(name, info);
      const attnums = liveAttnums(columns.length, r.view ? [] : readDroppedColumns(r.sql));
      this.attnums.set(r.name, new Map(columns.map((c, i) => [c.name, attnums[i]!])));
    }
  }

  /** A table column's pg_class oid and attnum (as the catalog numbers them), by its SQLite names. */
  columnOrigin(sqlTable: string, column: string): { tableOid: number; attnum: number } | undefined {
    const attnum = this.attnums.get(sqlTable)?.get(column);
    return attnum === undefined ? undefined : { tableOid: objectOid('class', sqlTable), attnum };
  }

  /** A column's type: the enum its annotation names, else from its declared type. */
  private columnType(enumType: string | undefined, decl: string | null): PgTypeInfo {
    return enumType !== undefined && this.enums.has(enumType) ? { oid: enumOid(enumType), typmod: -1 } : typeFromDeclared(decl);
  }

  /** A role made by CREATE ROLE, by its name. */
  role(name: string): Role | undefined {
    return this.roleMap.get(name);
  }

  roles(): Role[] {
    return [...this.roleMap.values()];
  }

  /** A relation's owner and ACL, by its SQLite name. */
  relationAcl(sqlName: string): RelationAcl | undefined {
    return this.acls.get(sqlName);
  }

  /** The ACL GRANT gave a database or schema; undefined while it is the default. */
  objectAcl(kind: AclObject, name: string): AclItem[] | undefined {
    return this.objectAclMap.get(`${kind}:${name}`);
  }

  /** Every database and schema ACL GRANT gave, by `kind:name`. */
  /** The keys of the comments kept apart from their objects: DDL then keeps them with their objects. */
  comments(): ReadonlySet<string> {
    return this.commentKeys;
  }

  objectAcls(): Map<string, AclItem[]> {
    return this.objectAclMap;
  }

  /** Every relation with an owner or ACL of its own, by SQLite name. */
  relationAcls(): Map<string, RelationAcl> {
    return this.acls;
  }

  /** The permanent tables' and views' names (a temporary table that hides one, too). */
  /** Whether any table is partitioned. */
  hasPartitions(): boolean {
    return this.partitionMap.size > 0;
  }

  /** The partitions of a partitioned table, in name order. */
  partitionsOf(parent: string): TableInfo[] {
    return (this.partitionMap.get(parent) ?? []).sort().map((p) => this.tables.get(p)!).filter(Boolean);
  }

  tableNames(): string[] {
    return [...this.tables.values()].filter((t) => !t.temp).map((t) => t.name);
  }

  /** The sequences' names. */
  sequenceNames(): string[] {
    return [...this.sequences.keys()];
  }

  /** A sequence's options (CREATE SEQUENCE), by its name. */
  sequence(name: string): SequenceOptions | undefined {
    return this.sequences.get(name);
  }

  hasExtension(name: string): boolean {
    return this.extensions.has(name);
  }

  /** A function by its stored name (`schema.name` outside public). */
  lookupFunction(name: string): UserFunction | undefined {
    return this.functions.get(name) ?? this.overloads.get(name)?.[0];
  }

  /** Every routine of a stored name: one, or its overloads (none for a name no routine has). */
  lookupRoutines(name: string): UserFunction[] {
    const several = this.overloads.get(name);
    if (several) return several;
    const one = this.functions.get(name);
    return one ? [one] : [];
  }

  /** Every routine, overloads included. */
  routines(): UserFunction[] {
    return [...new Set([...this.functions.values(), ...[...this.overloads.values()].flat()])];
  }

  /** The functions of a schema other than public. */
  schemaFunctions(namespace: string): UserFunction[] {
    return [...this.functions.values()].filter((f) => f.schema === namespace);
  }

  /** The triggers of a table, by its SQLite name, in the order PostgreSQL fires them. */
  triggersOf(sqlTable: string): readonly StoredTrigger[] {
    return this.triggerMap.get(sqlTable) ?? [];
  }

  /** The SQLite triggers that keep a table's triggers (all of them with no table given). */
  triggerObjects(sqlTable: string): SnapshotTrigger[] {
    return (this.snapshot.triggers ?? []).filter((o) => o.table === sqlTable);
  }

  /** The table (as SQLite names it) of an EXCLUDE constraint, if there is one of that name. */
  exclusionTable(name: string): string | undefined {
    return this.snapshot.exclusions?.find((x) => x.definition.name === name)?.table;
  }

  /** The EXCLUDE constraints of a table (as SQLite names it). */
  exclusions(sqlTable: string): ExclusionDefinition[] {
    return (this.snapshot.exclusions ?? []).filter((x) => x.table === sqlTable).map((x) => x.definition);
  }

  /** Every EXCLUDE constraint, with its table as PostgreSQL names it. */
  allExclusions(): Array<{ table: string; definition: ExclusionDefinition }> {
    return (this.snapshot.exclusions ?? []).map((x) => ({ table: x.definition.table, definition: x.definition }));
  }

  allTriggerObjects(): readonly SnapshotTrigger[] {
    return this.snapshot.triggers ?? [];
  }

  /** A column's DEFAULT as PostgreSQL text (the annotation CREATE TABLE kept), or null. */
  defaultText(sqlTable: string, column: string): string | null {
    const r = this.snapshot.relations.find((x) => x.name === sqlTable && !x.view);
    return r ? (parseCreateTable(r.name, r.sql).columns.find((c) => c.name === column)?.defaultDisplay?.plain ?? null) : null;
  }

  /** A table by the name SQLite knows it by. */
  tableBySqlName(sqlTable: string): TableInfo | undefined {
    return [...this.tables.values()].find((t) => t.sqlName === sqlTable);
  }

  hasTriggers(): boolean {
    return this.triggerMap.size > 0;
  }

  hasStatementTriggers(): boolean {
    return this.statementTriggers;
  }

  /** Every trigger of every table. */
  allTriggers(): StoredTrigger[] {
    return [...this.triggerMap.values()].flat();
  }

  /** Every trigger that runs `fn`. */
  triggersCalling(fn: string): StoredTrigger[] {
    return this.allTriggers().filter((t) => t.function === fn);
  }

  hasFunctions(): boolean {
    return this.functions.size > 0;
  }

  hasDomains(): boolean {
    return this.domains.size > 0;
  }

  lookupDomain(name: string): DomainType | undefined {
    return this.domains.get(name);
  }

  /** The domains over the type of OID `oid`. */
  domainsOver(oid: number): DomainType[] {
    return [...this.domains.values()].filter((d) => d.baseOid === oid);
  }

  /** The tables and columns declared with domain `name`, and whether each has a default of its own (not the domain's). */
  domainColumns(name: string): Array<{ table: string; column: string; ownDefault: boolean }> {
    const out: Array<{ table: string; column: string; ownDefault: boolean }> = [];
    for (const r of this.snapshot.relations) {
      if (r.view) continue;
      const parsed = parseCreateTable(r.name, r.sql);
      for (const [column, domain] of parsed.domains) {
        const c = parsed.columns.find((x) => x.name === column);
        if (domain === name) out.push({ table: r.name, column, ownDefault: !!c && c.defaultSql !== null && !c.domainDefault });
      }
    }
    return out;
  }

  /** A view's CREATE VIEW statement as SQLite keeps it, annotations and all, by the view's SQLite name. */
  viewStatement(sqlName: string): string | undefined {
    return this.snapshot.relations.find((r) => r.view && r.name === sqlName)?.sql;
  }

  /**
   * A view's query as PostgreSQL shows it (CREATE VIEW's annotation), else SQLite's CREATE VIEW
   * statement of it, by the view's SQLite name.
   */
  viewQueryText(sqlName: string): string | undefined {
    const sql = this.snapshot.relations.find((r) => r.view && r.name === sqlName)?.sql;
    const at = sql?.lastIndexOf('/* evsql-pg: ') ?? -1;
    return at < 0 ? sql : (readDisplayMarker(sql!.slice(at).trim())?.plain ?? sql);
  }

  hasComposites(): boolean {
    return this.composites.size > 0;
  }

  lookupComposite(name: string): CompositeType | undefined {
    return this.composites.get(name);
  }

  /** The composite type whose OID this is (a map lookup: asked of every typed value that could be one). */
  compositeByOid(oid: number): CompositeType | undefined {
    return this.compositeOids.get(oid);
  }

  /** The composite types with an attribute of this type. */
  compositesUsing(oid: number): CompositeType[] {
    return [...this.composites.values()].filter((c) => c.attributes.some((a) => a.oid === oid));
  }

  /** A range type of the user's (CREATE TYPE … AS RANGE). */
  lookupRange(name: string): UserRange | undefined {
    return this.ranges.get(name);
  }

  userRanges(): UserRange[] {
    return [...this.ranges.values()];
  }

  lookupEnum(name: string): EnumType | undefined {
    return this.enums.get(name);
  }

  /** The enum type whose OID this is. */
  enumByOid(oid: number): EnumType | undefined {
    for (const e of this.enums.values()) if (enumOid(e.name) === oid) return e;
    return undefined;
  }

  /** The table columns whose type is the enum. */
  enumColumns(name: string): Array<{ table: string; sqlTable: string; column: string }> {
    return this.typeColumns(enumOid(name));
  }

  /** The table columns of a type. */
  typeColumns(oid: number): Array<{ table: string; sqlTable: string; column: string }> {
    const out: Array<{ table: string; sqlTable: string; column: string }> = [];
    for (const t of this.tables.values()) if (!t.view) for (const c of t.columns) if (c.type.oid === oid) out.push({ table: t.name, sqlTable: t.sqlName, column: c.name });
    return out;
  }

  /**
   * The schema as the session whose temporary tables are named with `tempPrefix` sees it, with its
   * search_path (`searchPath`: the schema names it lists, `$user` already replaced).
   */
  forSession(tempPrefix: string, searchPath?: string[]): TranslatorSchema {
    const key = `${tempPrefix}\u0000${searchPath?.join('\u0000') ?? 'public'}`;
    let view = this.sessions.get(key);
    if (!view) this.sessions.set(key, (view = new TranslatorSchema(this.snapshot, tempPrefix, this.version, searchPath)));
    return view;
  }

  /** The schemas searched before the search path's own: the session's temporary schema, where it has tables, and pg_catalog. */
  implicitSchemas(): string[] {
    return this.tempTables().length ? [TEMP_NAMESPACE_NAME, 'pg_catalog'] : ['pg_catalog'];
  }

  hasSchema(name: string): boolean {
    return this.schemas.has(name);
  }

  schemaNames(): string[] {
    return [...this.schemas];
  }

  /** The schema an unqualified CREATE puts its object in: the first of the search path (public where none exists). */
  creationSchema(): string {
    return this.searchPath[0] ?? 'public';
  }

  /** The SQLite name an unqualified relation name stands for: the first schema of the search path that has it. */
  resolveRelation(name: string): string | undefined {
    for (const s of this.searchPath) {
      const stored = storedName(s, name);
      if (this.tables.has(stored) || this.sequences.has(stored) || this.indexes.has(stored)) return stored;
    }
    return undefined;
  }

  /** The columns whose default draws from sequence `name` or that own it (serial, identity): what depends on it. */
  sequenceDependents(name: string): Array<{ table: string; column: string }> {
    const draw = drawSql(name);
    return this.tableNames().flatMap((t) => (this.lookupTable(t)?.columns ?? []).filter((c) => c.sequence === name || c.defaultSql?.includes(draw)).map((c) => ({ table: t, column: c.name })));
  }

  /** The enums and domains of schema `name`, by their SQLite names (`schema.type`). */
  schemaTypes(name: string): Array<{ name: string; kind: 'enum' | 'domain' }> {
    const prefix = storedName(name, '');
    return [...[...this.enums.keys()].map((n) => ({ name: n, kind: 'enum' as const })), ...[...this.domains.keys()].map((n) => ({ name: n, kind: 'domain' as const }))].filter((t) => t.name.startsWith(prefix));
  }

  /** The relations stored in schema `name`, in the order they were made: tables, views, sequences. */
  schemaRelations(name: string): Array<{ name: string; kind: 'table' | 'view' | 'materialized view' | 'sequence' }> {
    const prefix = storedName(name, '');
    const out: Array<{ name: string; kind: 'table' | 'view' | 'materialized view' | 'sequence' }> = [];
    for (const r of this.snapshot.relations) {
      if (isSequenceTable(r.name)) {
        const seq = sequenceOfTable(r.name);
        if (seq.startsWith(prefix) && !this.sequences.get(seq)?.owned) out.push({ name: seq, kind: 'sequence' });
        continue;
      }
      if (r.temp || !r.name.startsWith(prefix)) continue;
      const t = this.tables.get(r.name);
      if (t) out.push({ name: r.name, kind: t.view ? 'view' : t.matview ? 'materialized view' : 'table' });
    }
    return out;
  }

  /** The indexes (SQLite names) of the tables stored in schema `name`. */
  schemaIndexes(name: string): Array<{ name: string; table: string }> {
    const prefix = storedName(name, '');
    return this.snapshot.indexes.filter((i) => i.table.startsWith(prefix)).map((i) => ({ name: i.name, table: i.table }));
  }

  /**
   * The name `public.name` is looked up by where the session's temporary table of that name hides
   * public's (undefined where none does): the hidden table, or nothing of that name.
   */
  publicRelation(name: string): string | undefined {
    return this.tables.get(name)?.temp ? hiddenKey(name) : undefined;
  }

  /** The session's temporary tables, by the names it knows them by. */
  tempTables(): string[] {
    return [...this.tables.values()].filter((t) => t.temp).map((t) => t.name);
  }

  /** The session's temporary tables made with ON COMMIT DROP or DELETE ROWS: what its every COMMIT acts on. */
  onCommitTables(): TableInfo[] {
    return (this.onCommitList ??= [...this.tables.values()].filter((t) => t.onCommit !== undefined));
  }

  /**
   * What a replica's reader must create to describe a statement of this session: temporary tables
   * live on the writers only (reads of them go the writers' way, `lockingRead`), but statements are
   * described on readers. None for a statement that reads no temporary table.
   */
  describeTemps(lockingRead: boolean): string[] {
    return lockingRead ? this.tempDefinitions : [];
  }

  /** The SQLite name of the table an index (by its SQLite name) is on; undefined when there is no such index. */
  indexTable(sqlName: string): string | undefined {
    return this.snapshot.indexes.find((i) => i.name === sqlName)?.table;
  }

  /** The SQLite name of an index the session names: its temporary tables' indexes carry its prefix. */
  indexSqlName(name: string): string {
    return this.tempPrefix && this.indexes.has(this.tempPrefix + name) ? this.tempPrefix + name : name;
  }

  /**
   * Relation names PostgreSQL would find taken: tables, indexes, and the indexes behind the keys
   * CREATE TABLE declared (`t_pkey`, `t_col_key`, which SQLite names otherwise).
   */
  takenRelationNames(): Set<string> {
    const taken = new Set<string>([...this.indexes, ...this.tables.keys()]);
    for (const t of this.tables.values()) {
      for (const k of t.uniqueKeys) {
        if (k.origin === 'pk') taken.add(`${t.name}_pkey`);
        else if (k.origin === 'u') taken.add(`${t.name}_${k.columns.join('_')}_key`);
      }
      // A key's index has the key's name, as declared or renamed since.
      if (!t.temp) for (const name of this.keyNames(t.name)) taken.add(storedName(splitStoredName(t.name, this.schemas).schema, name));
    }
    return taken;
  }

  /** The names of table `name`'s primary and unique keys, as PostgreSQL names them. */
  keyNames(name: string): readonly string[] {
    const r = this.relationOf(name);
    if (!r) return [];
    const key = JSON.stringify([r.name, r.sql, r.temp, [...this.schemas]]);
    let names = keyNamesByDefinition.get(key);
    if (!names) {
      names = tableAloneModel(r, this.schemas).constraints.filter((c) => c.type === 'p' || c.type === 'u').map((c) => c.name);
      if (keyNamesByDefinition.size >= KEY_NAMES_CACHE_LIMIT) keyNamesByDefinition.clear();
      keyNamesByDefinition.set(key, names);
    }
    return names;
  }

  /** The names of table `name`'s constraints, as PostgreSQL names them. */
  constraintNames(name: string): string[] {
    const r = this.relationOf(name);
    if (!r) return [];
    const prefix = r.name.slice(0, r.name.length - name.length);
    return tableAloneModel(r, this.schemas).constraints.map((c) => (c.name.startsWith(prefix) ? c.name.slice(prefix.length) : c.name));
  }

  lookupTable(name: string): TableInfo | undefined {
    return this.tables.get(name);
  }

  /**
   * This schema as it will be once a statement's earlier steps changed `table`'s columns: what a
   * later step of the statement is translated against (a partitioned table's partitions made again).
   */
  withTable(table: TableInfo): TranslatorSchema {
    return this.withTables(new Map(this.tables).set(table.name, table));
  }

  /** This schema once a statement's earlier steps dropped the relation `name` (a partition's view DETACH makes a table of). */
  without(name: string): TranslatorSchema {
    const tables = new Map(this.tables);
    tables.delete(name);
    return this.withTables(tables);
  }

  /** This schema with other relations, all else shared with it. */
  private withTables(tables: Map<string, TableInfo>): TranslatorSchema {
    const next = Object.create(this) as TranslatorSchema;
    (next as unknown as { tables: Map<string, TableInfo> }).tables = tables;
    return next;
  }

  /**
   * Whether a relation's name differs from `name` in case alone: SQLite would find it under
   * `name`, where PostgreSQL's names are case-sensitive ("CaseT" is not caset).
   */
  hasCaseVariant(name: string): boolean {
    const folded = name.toLowerCase();
    for (const key of this.tables.keys()) if (key !== name && key.toLowerCase() === folded) return true;
    return false;
  }

  /**
   * The columns of `name`'s primary key, in key order: SQLite's own, or those of the unique index
   * ALTER TABLE … ADD PRIMARY KEY made (SQLite cannot add a key to a table); [] when it has none or
   * is not known.
   */
  primaryKeyOf(name: string): string[] {
    const table = this.tables.get(name);
    if (!table) return [];
    const r = this.snapshot.relations.find((x) => x.name === table.sqlName);
    if (!r) return [];
    if (r.primaryKey.length) return r.primaryKey;
    const marked = new Set(this.snapshot.indexes.filter((i) => i.table === table.sqlName && i.sql?.endsWith(indexConstraintMarker('p'))).map((i) => i.name));
    return r.uniqueKeys.find((k) => marked.has(k.index))?.columns ?? [];
  }

  /** Table `name`'s CREATE INDEX statements (SQLite's), a primary key's with its columns. */
  indexDefinitions(name: string): Array<{ name: string; sql: string; primary: boolean; columns: string[] }> {
    const table = this.tables.get(name);
    const r = table && this.snapshot.relations.find((x) => x.name === table.sqlName);
    if (!r) return [];
    return this.snapshot.indexes
      .filter((i) => i.table === r.name && i.sql !== null)
      .map((i) => ({ name: i.name, sql: i.sql!, primary: i.sql!.endsWith(indexConstraintMarker('p')), columns: r.uniqueKeys.find((k) => k.index === i.name)?.columns ?? [] }));
  }

  /** Whether `columns`, in any order, are `name`'s primary key or one of its unique keys: what a foreign key may reference (42830 otherwise). */
  isUniqueKey(name: string, columns: readonly string[]): boolean {
    const sameSet = (key: readonly string[]) => key.length === columns.length && key.every((c) => columns.includes(c));
    return sameSet(this.primaryKeyOf(name)) || !!this.tables.get(name)?.uniqueKeys.some((k) => sameSet(k.columns));
  }

  /** The views whose text reads relation `name` (by its SQLite name), in the schema's order. */
  viewsReading(name: string): string[] {
    const sqlName = this.tables.get(name)?.sqlName ?? name;
    return this.snapshot.relations.filter((r) => r.view && !r.temp && this.tables.get(r.name)?.view && viewRelations(r.sql).includes(sqlName)).map((r) => r.name);
  }

  /**
   * The views reading table `name` whose SQLite query names its column `column` (quoted, as the
   * translation writes every column): dropping the column breaks them, as it must not in PostgreSQL.
   */
  viewsReadingColumn(name: string, column: string): string[] {
    const quoted = quoteIdent(column);
    return this.viewsReading(name).filter((v) => {
      const sql = this.snapshot.relations.find((r) => r.name === this.tables.get(v)?.sqlName)?.sql ?? '';
      return sql.replace(/\/\*.*?\*\//gs, '').replace(/'(?:[^']|'')*'/g, '').includes(quoted);
    });
  }

  /** The SQLite names of the indexes (CREATE INDEX's) of table `name` whose keys or predicate name column `column`. */
  indexesOnColumn(name: string, column: string): string[] {
    const sqlName = this.tables.get(name)?.sqlName;
    const quoted = quoteIdent(column);
    return this.snapshot.indexes.filter((i) => i.table === sqlName && i.sql !== null && i.sql.slice(i.sql.indexOf('(')).replace(/\/\*.*?\*\//gs, '').replace(/'(?:[^']|'')*'/g, '').includes(quoted)).map((i) => i.name);
  }

  /** The indexes of table `name` whose predicate compares an enum by its labels' order, which it holds (ddl.ts predicateScope). */
  enumOrderIndexes(name: string): string[] {
    const sqlName = this.tables.get(name)?.sqlName;
    return this.snapshot.indexes.filter((i) => i.table === sqlName && i.sql?.includes('pg_enum_rank(')).map((i) => i.name);
  }

  /** The materialized views whose query reads relation `name` (its RangeVars name it). */
  matviewsReading(name: string): string[] {
    const reads = (n: unknown): boolean => {
      if (Array.isArray(n)) return n.some(reads);
      if (n === null || typeof n !== 'object') return false;
      const rv = (n as Record<string, { relname?: string; schemaname?: string }>).RangeVar;
      if (rv && rv.relname === name && (!rv.schemaname || rv.schemaname === 'public')) return true;
      return Object.values(n).some(reads);
    };
    return [...this.tables.values()].filter((t) => t.matview && !t.temp && reads(t.matview.query)).map((t) => t.name);
  }

  /** The columns of table `name`'s PRIMARY KEY or UNIQUE constraint declared in its definition, by the name the catalog shows. */
  keyConstraintColumns(name: string, constraint: string): string[] | undefined {
    const r = this.relationOf(name);
    if (!r) return undefined;
    const model = tableAloneModel(r, this.schemas);
    // A session's temporary table's default names carry its prefix, as the table's own name does.
    const prefix = r.name.slice(0, r.name.length - name.length);
    return model.constraints.find((c) => (c.type === 'p' || c.type === 'u') && (c.name === constraint || c.name === prefix + constraint))?.columns;
  }

  /**
   * The constraints called `name` of every table the session sees, each with its schema (the
   * catalog's name for the session's temporary tables') and whether it is DEFERRABLE: SET CONSTRAINTS.
   */
  constraintsCalled(name: string): Array<{ schema: string; deferrable: boolean }> {
    const out: Array<{ schema: string; deferrable: boolean }> = [];
    const seen = new Set<string>();
    for (const t of this.tables.values()) {
      const r = !t.view && !seen.has(t.sqlName) ? this.snapshot.relations.find((x) => x.name === t.sqlName) : undefined;
      seen.add(t.sqlName);
      if (!r) continue;
      const prefix = r.name.slice(0, r.name.length - t.name.length);
      for (const c of tableAloneModel(r, this.schemas).constraints) if (c.name === name || c.name === prefix + name) out.push({ schema: c.table.schema, deferrable: c.deferrable });
    }
    return out;
  }

  /** Whether table `name` has a constraint (or an index, which DROP CONSTRAINT of a key drops) called `constraint`. */
  hasConstraint(name: string, constraint: string): boolean {
    const r = this.relationOf(name);
    if (!r) return false;
    const model = tableAloneModel(r, this.schemas);
    const prefix = r.name.slice(0, r.name.length - name.length);
    return model.constraints.some((c) => c.name === constraint || c.name === prefix + constraint) || this.snapshot.indexes.some((i) => i.table === r.name && i.name === constraint);
  }

  /** The names of the foreign keys of table `name` that reference table `referenced`, as PostgreSQL names them. */
  foreignKeysTo(name: string, referenced: string): string[] {
    const r = this.relationOf(name);
    if (!r) return [];
    const model = tableAloneModel(r, this.schemas);
    const target = this.tables.get(referenced)?.sqlName ?? referenced;
    return model.constraints.filter((c) => c.type === 'f' && c.ref?.name === target).map((c) => c.name);
  }

  /** Table `name` as the catalog describes it (its defaults, checks and indexes in PostgreSQL's text), for CREATE TABLE … (LIKE …). */
  catalogTable(name: string): CatalogTable | undefined {
    const r = this.relationOf(name);
    if (!r || r.view) return undefined;
    return tableAloneModel(r, this.schemas, this.snapshot.indexes.filter((i) => i.table === r.name && i.sql !== null)).tables[0];
  }

  /** Table `name`'s relation in the snapshot, by the name the session uses. */
  private relationOf(name: string): SnapshotRelation | undefined {
    const table = this.tables.get(name);
    return table && this.snapshot.relations.find((x) => x.name === table.sqlName);
  }

  /**
   * The foreign keys (their tables and PostgreSQL's names) that reference table `name`'s columns
   * `key` (in any order), as a key's DROP CONSTRAINT finds what depends on its index.
   */
  foreignKeysOnKey(name: string, key: string[]): Array<{ table: string; constraint: string }> {
    return this.foreignKeysWhere(name, (columns) => columns.length === key.length && columns.every((c) => key.includes(c)));
  }

  /** The foreign keys (their tables and PostgreSQL's names) whose referenced columns include table `name`'s `column`. */
  foreignKeysOnColumn(name: string, column: string): Array<{ table: string; constraint: string }> {
    return this.foreignKeysWhere(name, (columns) => columns.includes(column));
  }

  private foreignKeysWhere(name: string, referenced: (columns: string[]) => boolean): Array<{ table: string; constraint: string }> {
    const target = this.tables.get(name);
    if (!target) return [];
    const out: Array<{ table: string; constraint: string }> = [];
    for (const t of this.tables.values()) {
      if (!t.foreignKeys.some((fk) => fk.table === target.sqlName && referenced(fk.to.length ? fk.to : this.primaryKeyOf(name)))) continue;
      const r = this.snapshot.relations.find((x) => x.name === t.sqlName)!;
      const model = tableAloneModel(r, this.schemas);
      for (const c of model.constraints) if (c.type === 'f' && c.ref?.name === target.sqlName && referenced(c.ref.columns.length ? c.ref.columns : this.primaryKeyOf(name))) out.push({ table: t.name, constraint: c.name });
    }
    return out;
  }

  /** Table `name`'s CHECK constraints and their expressions, as pg_get_constraintdef prints them. */
  checkConstraints(name: string): Array<{ name: string; expression: string }> {
    const r = this.relationOf(name);
    if (!r) return [];
    return tableAloneModel(r, this.schemas).constraints.flatMap((c) => (c.type === 'c' && c.check ? [{ name: c.name, expression: c.check.plain }] : []));
  }

  /** Table `name`'s generated columns and their expressions, as pg_get_expr prints them. */
  generatedColumns(name: string): Array<{ name: string; expression: string }> {
    const r = this.relationOf(name);
    if (!r) return [];
    return tableAloneModel(r, this.schemas).tables[0]?.columns.flatMap((c) => (c.generated ? [{ name: c.name, expression: c.generated.plain }] : [])) ?? [];
  }

  /** Tables whose foreign keys reference `name`, other than itself. */
  referencingTables(name: string): string[] {
    const out: string[] = [];
    for (const t of this.tables.values()) if (t.name !== name && t.foreignKeys.some((fk) => fk.table === name)) out.push(t.name);
    return out;
  }
}
