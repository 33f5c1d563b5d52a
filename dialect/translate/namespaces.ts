/**
 * Schemas: name resolution and the schema statements. A relation of a schema other than public is
 * stored under one SQLite name, `schema.name` (dialect/catalog/namespaces.ts), so resolution is a
 * rewrite of the parse tree before translation: `app.users`, or `users` where app comes first on
 * the session's search_path, becomes the relation `"app.users"` (aliased `users`, so `users.id`
 * still names its columns), and everything after it (translation, the mixer's keys, change
 * capture, the state hash) sees one more table. A name the rewrite leaves alone is resolved as
 * before: public's, the session's temporary tables, the catalog's.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { BUILTIN_SCHEMAS, schemaViewName, splitStoredName, storedName } from '../catalog/namespaces.js';
import { isReservedName } from '../catalog/definitions.js';
import { TEMP_NAMESPACE_NAME } from '../catalog/oids.js';
import { enumViewName } from '../catalog/enums.js';
import { domainViewName } from '../catalog/domains.js';
import { functionViewName, storedFunctionName } from '../catalog/user-functions.js';
import { formatType } from '../../pg/types/registry.js';
import { sequenceTableName } from '../catalog/sequences.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { Step } from '../plan.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

/** Schemas names are resolved in by the catalog's own rules, never rewritten. */
const UNTOUCHED = new Set(['public', 'pg_catalog', 'information_schema', 'pg_temp']);

/** current_schema(): the first schema of the search path that exists. */
export function currentSchemaSql(searchPath: readonly string[]): string {
  return searchPath[0] === undefined ? 'NULL' : `'${searchPath[0].replace(/'/g, "''")}'`;
}

/**
 * current_schemas(implicit): the search path's schemas that exist, with the ones searched first
 * without being listed (the session's temporary schema, pg_catalog) when asked for.
 */
export function currentSchemasSql(implicit: string, implicitSchemas: readonly string[], searchPath: readonly string[]): string {
  const json = (list: string[]) => `'${JSON.stringify(list).replace(/'/g, "''")}'`;
  const path = [...searchPath];
  return `CASE WHEN ${implicit} THEN ${json([...implicitSchemas.filter((s) => !path.includes(s)), ...path])} ELSE ${json(path)} END`;
}

const RELATION_DROPS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_INDEX', 'OBJECT_SEQUENCE', 'OBJECT_MATVIEW']);
const RENAMED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_INDEX', 'OBJECT_SEQUENCE', 'OBJECT_MATVIEW']);

/**
 * The statement with every relation of a schema made named by its SQLite name. Leaves the node as
 * it is where nothing changes (no schema exists, names only public's).
 */
export function resolveSchemas(node: Node, schema: TranslatorSchema): Node {
  const type = Object.keys(node)[0]!;
  const s = node[type];
  const creating = createdRelation(type, s);
  if (creating) checkCreatingIn(creating, schema);
  // A DROP naming a schema that does not exist must not reach public's relation of that name.
  if (!schema.schemaNames().length && !schema.tempTables().length && type !== 'DropStmt') return node;
  const ctes = new Set<string>();
  collectCtes(node, ctes);
  const r = new Resolver(schema, ctes, creating);
  const out = r.walk(node, false) as Node;
  const o = out[type];
  const typeList = TYPE_LISTS[type];
  if (typeList) o[typeList] = r.typeList(s[typeList] as Node[], type.startsWith('Create'));
  if (type === 'IndexStmt' && o.idxname && o.relation !== s.relation) o.idxname = inSchemaOf(schema, o.relation.relname, o.idxname);
  if (type === 'DropStmt' && RELATION_DROPS.has(s.removeType)) o.objects = (s.objects as Node[]).map((x) => r.dropObject(x));
  if (type === 'RenameStmt' && RENAMED_RELATIONS.has(s.renameType) && o.relation && o.relation !== s.relation) o.newname = inSchemaOf(schema, o.relation.relname, s.newname);
  if (type === 'RenameStmt' && s.renameType === 'OBJECT_TYPE' && s.object?.List) o.object = { List: { items: r.typeList(s.object.List.items as Node[], false) } };
  return out;
}

/** The relation a CREATE makes, if the statement makes one. */
function createdRelation(type: string, s: Node): Node | undefined {
  if (type === 'CreateStmt') return s.relation;
  if (type === 'ViewStmt') return s.view;
  if (type === 'CreateSeqStmt') return s.sequence;
  if (type === 'CreateTableAsStmt') return s.into?.IntoClause?.rel ?? s.into?.rel;
  return undefined;
}

/** CREATE of a relation in a schema that is not there: 3F000, as PostgreSQL's. */
function checkCreatingIn(rv: Node, schema: TranslatorSchema): void {
  const name = rv.schemaname as string | undefined;
  if (name && !UNTOUCHED.has(name) && !schema.hasSchema(name)) {
    throw new PgError(SqlState.invalidSchemaName, `schema "${name}" does not exist`, typeof rv.location === 'number' ? { position: rv.location + 1 } : {});
  }
}

/** A name (an index's, a relation's new name) in the schema of the relation stored as `relation`. */
function inSchemaOf(schema: TranslatorSchema, relation: string, name: string): string {
  const { schema: owner } = splitStoredName(relation, new Set(schema.schemaNames()));
  return storedName(owner, name);
}

function collectCtes(n: unknown, out: Set<string>): void {
  if (Array.isArray(n)) {
    for (const x of n) collectCtes(x, out);
    return;
  }
  if (!n || typeof n !== 'object') return;
  const o = n as Node;
  if (typeof o.ctename === 'string') out.add(o.ctename);
  for (const v of Object.values(o)) collectCtes(v, out);
}

/** The statements that name the enum or domain they make or change by a list of names, and its field. */
const TYPE_LISTS: Record<string, string> = { CreateEnumStmt: 'typeName', AlterEnumStmt: 'typeName', CreateDomainStmt: 'domainname', AlterDomainStmt: 'typeName' };

/** Fields whose RangeVars are FROM items or a DML target, which take an alias. */
const ALIASED_LISTS = new Set(['fromClause', 'usingClause']);

class Resolver {
  private readonly defaultPath: boolean;

  constructor(
    private readonly schema: TranslatorSchema,
    private readonly ctes: ReadonlySet<string>,
    private readonly creating: Node | undefined,
  ) {
    this.defaultPath = schema.searchPath.length === 1 && schema.searchPath[0] === 'public';
  }

  walk(n: unknown, aliased: boolean): unknown {
    if (Array.isArray(n)) return n.map((x) => this.walk(x, aliased));
    if (!n || typeof n !== 'object') return n;
    const o = n as Node;
    if (typeof o.relname === 'string' && ('relpersistence' in o || 'inh' in o)) return this.rangeVar(o, aliased);
    if (Array.isArray(o.names) && 'typemod' in o) return { ...o, names: this.typeList(o.names as Node[], false) };
    const out: Node = {};
    for (const [k, v] of Object.entries(o)) {
      // An upsert's DO UPDATE reads the target under the name as written: SQLite, under an alias of
      // it; so do UPDATE, DELETE and MERGE (`MERGE INTO app.t … ON t.k = …`).
      const dml = (k === 'UpdateStmt' || k === 'DeleteStmt' || k === 'MergeStmt' || (k === 'InsertStmt' && v?.onConflictClause)) && v && typeof v === 'object';
      if (dml) {
        out[k] = this.walk({ ...v, relation: undefined }, false);
        out[k].relation = this.walk(v.relation, true);
        continue;
      }
      // ALTER TYPE of a composite type names it by a RangeVar: a type's name, found as one.
      if ((k === 'AlterTableStmt' && v?.objtype === 'OBJECT_TYPE') || (k === 'RenameStmt' && v?.renameType === 'OBJECT_ATTRIBUTE')) {
        out[k] = { ...(this.walk({ ...v, relation: undefined }, false) as Node), relation: this.typeRangeVar(v.relation) };
        continue;
      }
      const join = k === 'JoinExpr';
      out[k] = join ? this.walk({ ...v }, false) : this.walk(v, ALIASED_LISTS.has(k) || (aliased && k === 'RangeVar'));
      if (join) {
        out[k].larg = this.walk(v.larg, true);
        out[k].rarg = this.walk(v.rarg, true);
      }
    }
    return out;
  }

  private rangeVar(rv: Node, aliased: boolean): Node {
    const stored = this.stored(rv);
    if (stored === undefined) return rv;
    const out: Node = { ...rv, relname: stored };
    delete out.schemaname;
    // `implicit`: the alias is the name as written, which a view's text leaves out (viewdef.ts).
    if (aliased && !rv.alias) out.alias = { aliasname: rv.relname, implicit: true };
    return out;
  }

  private typeRangeVar(rv: Node): Node {
    const list = this.typeList([rv.schemaname, rv.relname].filter((x) => x !== undefined).map((sval) => ({ String: { sval } })), false);
    if (list.length !== 1 || (list[0]!.String.sval === rv.relname && !rv.schemaname)) return rv;
    const out: Node = { ...rv, relname: list[0]!.String.sval };
    delete out.schemaname;
    return out;
  }

  /** The SQLite name a RangeVar stands for, where it is not the name as written. */
  private stored(rv: Node): string | undefined {
    const name = rv.relname as string;
    const given = rv.schemaname as string | undefined;
    if (rv.relpersistence === 't') return undefined;
    // pg_temp is the session's temporary schema; public's table a temporary one hides is public.name's.
    if (given === 'pg_temp' || given === TEMP_NAMESPACE_NAME) return this.schema.lookupTable(name)?.temp ? name : undefined;
    if (given === 'public' && rv !== this.creating) return this.schema.publicRelation(name);
    if (given) return !UNTOUCHED.has(given) && this.schema.hasSchema(given) ? storedName(given, name) : undefined;
    if (this.defaultPath || this.ctes.has(name) || name.startsWith('pg_')) return undefined;
    if (rv === this.creating || this.namesCreating(rv)) {
      const into = this.schema.creationSchema();
      return into === 'public' ? undefined : storedName(into, name);
    }
    if (this.schema.lookupTable(name)?.temp) return undefined;
    const found = this.schema.resolveRelation(name);
    return found !== undefined && found !== name ? found : undefined;
  }

  /**
   * The names of an enum, domain or composite type (a TypeName's, or CREATE/ALTER TYPE's and DOMAIN's) as its
   * SQLite name, one name `schema.type`, where it is a schema's type: as a relation's, so the
   * translation, the catalog and the messages (PostgreSQL's qualified type name) go on from there.
   * `creating`: an unqualified name is made in the first schema of the search path.
   */
  typeList(list: Node[], creating: boolean): Node[] {
    const parts = names(list);
    if (parts.length > 2 || list.some((n) => !n.String)) return list;
    const [given, name] = parts.length === 2 ? parts : [undefined, parts[0]!];
    const as = (stored: string) => [{ String: { sval: stored } }];
    if (given !== undefined) return UNTOUCHED.has(given) || !this.schema.hasSchema(given) ? list : as(storedName(given, name));
    if (this.defaultPath) return list;
    if (creating) return this.schema.creationSchema() === 'public' ? list : as(storedName(this.schema.creationSchema(), name));
    for (const s of this.schema.searchPath) {
      const stored = storedName(s, name);
      if (this.schema.lookupEnum(stored) || this.schema.lookupDomain(stored) || this.schema.lookupComposite(stored)) return stored === name ? list : as(stored);
    }
    return list;
  }

  /**
   * A table's REFERENCES to itself by its bare name: PostgreSQL adds the key once the table is made,
   * in the first schema of the path, where the name then finds it.
   */
  private namesCreating(rv: Node): boolean {
    const c = this.creating;
    return c !== undefined && !c.schemaname && c.relpersistence !== 't' && rv.relname === c.relname && !this.schema.lookupTable(rv.relname as string)?.temp;
  }

  /**
   * One object of a DROP of relations: `[schema, name]` or `[name]` as its SQLite name; one of a
   * schema that does not exist as `schema.name`, which names nothing (missingRelation tells it).
   */
  dropObject(o: Node): Node {
    const parts = names(o.List?.items ?? [o]);
    const name = parts.at(-1)!;
    const given = parts.length > 1 ? parts.at(-2) : undefined;
    const absent = given !== undefined && !UNTOUCHED.has(given) && !this.schema.hasSchema(given);
    const stored = absent ? `${given}.${name}` : this.stored(given ? { relname: name, schemaname: given } : { relname: name });
    return stored === undefined ? o : { List: { items: [{ String: { sval: stored } }] } };
  }
}

/** PostgreSQL's refusal of a name CREATE SCHEMA or ALTER SCHEMA … RENAME may not give. */
function checkSchemaName(name: string): void {
  if (name.startsWith('pg_')) throw new PgError(SqlState.reservedName, `unacceptable schema name "${name}"`, { detail: 'The prefix "pg_" is reserved for system schemas.' });
  // Its relations' SQLite names must not reach evsql's own (`evsql.…`) nor read as another schema's.
  if (name.includes('.') || isReservedName(`${name}.x`)) throw new PgError(SqlState.reservedName, `name "${name}" is reserved for evsql's internal use`);
}

function schemaRecord(name: string): Step {
  return { sql: `CREATE VIEW ${quoteIdent(schemaViewName(name))} AS SELECT NULL AS nspowner WHERE 0`, params: [] };
}

/** CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]. */
export function createSchema(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const name = (s.schemaname as string | undefined) ?? (s.authrole?.RoleSpec?.rolename as string | undefined) ?? (s.authrole?.rolename as string | undefined);
  if (name === undefined) throw unsupported('CREATE SCHEMA AUTHORIZATION of a role other than a named one');
  if (s.schemaElts?.length) throw unsupported('CREATE SCHEMA with schema elements');
  if (BUILTIN_SCHEMAS.has(name) || schema.hasSchema(name)) {
    const exists = new PgError(SqlState.duplicateSchema, `schema "${name}" already exists${s.if_not_exists ? ', skipping' : ''}`, s.if_not_exists ? { severity: 'NOTICE' } : {});
    if (!s.if_not_exists) throw exists;
    return { steps: [], notices: [exists] };
  }
  checkSchemaName(name);
  return { steps: [schemaRecord(name)] };
}

/** What a DROP SCHEMA must drop with a schema: its relations, each as PostgreSQL names it in a NOTICE. */
function schemaContents(schema: TranslatorSchema, name: string): Array<{ kind: string; name: string; stored: string }> {
  return schema.schemaRelations(name).map((r) => ({ kind: r.kind, stored: r.name, name: r.name }));
}

/**
 * DROP SCHEMA [IF EXISTS] … [CASCADE]: a schema holding relations is refused (2BP01) unless
 * CASCADE, which drops them first. `dropStatement`: translates a DROP of those relations, by their
 * SQLite names; `dependentsOf`: what outside a relation depends on it, as PostgreSQL names it.
 */
export function dropSchemas(
  schema: TranslatorSchema,
  s: Node,
  dropStatement: (sql: string) => Step[],
  dependentsOf: (stored: string) => string[],
  dropTriggers: (sqlTable: string, names: ReadonlySet<string>) => Step[],
): { steps: Step[]; notices: PgError[] } {
  const named = ((s.objects ?? []) as Node[]).map((o) => names([o]).at(-1)!);
  const notices: PgError[] = [];
  const steps: Step[] = [];
  const present: string[] = [];
  for (const name of named) {
    if (name === 'public' || BUILTIN_SCHEMAS.has(name)) throw unsupported(`DROP SCHEMA ${name}`);
    if (schema.hasSchema(name)) {
      present.push(name);
      continue;
    }
    if (!s.missing_ok) throw new PgError(SqlState.invalidSchemaName, `schema "${name}" does not exist`);
    notices.push(new PgError(SqlState.successfulCompletion, `schema "${name}" does not exist, skipping`, { severity: 'NOTICE' }));
  }
  const contents = present.flatMap((name) => schemaContents(schema, name).map((c) => ({ ...c, schema: name })));
  const types = present.flatMap((name) => schema.schemaTypes(name));
  contents.push(...types.map((t) => ({ kind: 'type', stored: t.name, name: t.name, schema: splitStoredName(t.name, new Set(present)).schema })));
  const functions = present.flatMap((name) => schema.schemaFunctions(name));
  contents.push(...functions.map((f) => ({ kind: f.procedure ? 'procedure' : 'function', stored: storedFunctionName(f), name: `${f.schema}.${f.name}(${f.args.map((a) => formatType(a.oid, -1)).join(', ')})`, schema: f.schema! })));
  if (contents.length && s.behavior !== 'DROP_CASCADE') {
    const message = present.length === 1 ? `cannot drop schema ${present[0]} because other objects depend on it` : 'cannot drop desired object(s) because other objects depend on them';
    throw new PgError(SqlState.dependentObjectsStillExist, message, {
      detail: contents.map((c) => `${c.kind} ${c.name} depends on schema ${c.schema}`).join('\n'),
      hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
    });
  }
  const dropped = new Set(contents.filter((c) => c.kind === 'table').map((c) => c.stored));
  // Other schemas' columns of the schemas' types go with them, as PostgreSQL's cascade drops them.
  const columnsOutside = (stored: string) => {
    const users = schema.lookupEnum(stored) ? schema.enumColumns(stored).map((u) => ({ table: u.sqlTable, column: u.column })) : schema.domainColumns(stored);
    return users.filter((u) => !dropped.has(u.table));
  };
  if (contents.length) {
    // Each relation, then what outside the schemas depends on it, as PostgreSQL walks them.
    const inside = new Set(contents.map((c) => `${c.kind} ${c.name}`));
    const listed = new Set<string>();
    for (const c of contents) {
      // A partition (kept as a view) is a table, and goes with its partitioned table unnamed.
      const parent = c.kind === 'view' ? schema.lookupTable(c.stored)?.writes?.partition?.parent : undefined;
      if (parent !== undefined && dropped.has(parent)) continue;
      // A foreign key of a table the schema holds goes with that table.
      const outside = (d: string) => !inside.has(d) && !contents.some((t) => d.endsWith(` on table ${t.name}`));
      const columns = c.kind === 'type' ? columnsOutside(c.stored).map((u) => `column ${u.column} of table ${u.table}`) : [];
      for (const what of [`${parent === undefined ? c.kind : 'table'} ${c.name}`, ...columns, ...dependentsOf(c.stored).filter(outside)]) listed.add(what);
    }
    const lines = [...listed].map((what) => `drop cascades to ${what}`);
    notices.push(
      lines.length === 1
        ? new PgError(SqlState.successfulCompletion, lines[0]!, { severity: 'NOTICE' })
        : new PgError(SqlState.successfulCompletion, `drop cascades to ${lines.length} other objects`, { severity: 'NOTICE', detail: lines.join('\n') }),
    );
    // A trigger of another schema's table that runs one of the schemas' functions goes with it, as PostgreSQL's cascade drops it.
    const triggersOutside = functions.flatMap((f) => schema.triggersCalling(storedFunctionName(f))).filter((t) => !dropped.has(t.table));
    for (const table of new Set(triggersOutside.map((t) => t.table))) {
      steps.push(...dropTriggers(table, new Set(triggersOutside.filter((t) => t.table === table).map((t) => t.name))));
    }
    const stored = (kind: string) => contents.filter((c) => c.kind === kind).map((c) => c.stored);
    const list = (kind: string) => stored(kind).map(quoteIdent);
    const tables = list('table');
    // DROP TABLE … CASCADE drops the views that read the tables, the schema's among them.
    if (tables.length) steps.push(...dropStatement(`DROP TABLE ${tables.join(', ')} CASCADE`));
    for (const v of list('view')) steps.push({ sql: `DROP VIEW IF EXISTS ${v}`, params: [] });
    for (const m of list('materialized view')) steps.push({ sql: `DROP TABLE IF EXISTS ${m}`, params: [] });
    // A sequence only the schema's own tables draw from goes with them (translating its DROP now
    // would find them still there); one drawn from outside is DROP SEQUENCE's to refuse.
    const sequences = contents.filter((c) => c.kind === 'sequence');
    const drawnOutside = sequences.filter((c) => schema.sequenceDependents(c.stored).some((d) => !dropped.has(d.table)));
    if (drawnOutside.length) steps.push(...dropStatement(`DROP SEQUENCE ${drawnOutside.map((c) => quoteIdent(c.stored)).join(', ')}`));
    for (const c of sequences) if (!drawnOutside.includes(c)) steps.push({ sql: `DROP TABLE ${quoteIdent(sequenceTableName(c.stored))}`, params: [] });
    for (const t of types) {
      for (const u of columnsOutside(t.name)) steps.push(...dropStatement(`ALTER TABLE ${quoteIdent(u.table)} DROP COLUMN ${quoteIdent(u.column)}`));
      steps.push({ sql: `DROP VIEW ${quoteIdent(t.kind === 'enum' ? enumViewName(t.name) : domainViewName(t.name))}`, params: [] });
    }
  }
  // One returning a dropped table's row went with the table (DROP TABLE … CASCADE above).
  for (const f of functions) steps.push({ sql: `DROP VIEW IF EXISTS ${quoteIdent(functionViewName(storedFunctionName(f)))}`, params: [] });
  for (const name of present) steps.push({ sql: `DROP VIEW ${quoteIdent(schemaViewName(name))}`, params: [] });
  return { steps, notices };
}

/**
 * ALTER TABLE … SET SCHEMA and ALTER SCHEMA … RENAME TO: relations move by their SQLite names.
 * `renameStatement`: translates an ALTER … RENAME TO of a relation by its SQLite names (the
 * sequences a table owns follow it, as in PostgreSQL).
 */
export function setSchema(schema: TranslatorSchema, s: Node, renameStatement: (sql: string) => Step[]): { steps: Step[]; notices?: PgError[] } {
  const target = s.newschema as string;
  if (!UNTOUCHED.has(target) && !schema.hasSchema(target)) throw new PgError(SqlState.invalidSchemaName, `schema "${target}" does not exist`);
  if (target !== 'public' && UNTOUCHED.has(target)) throw unsupported(`SET SCHEMA ${target}`);
  const rv = s.relation as Node;
  const stored = rv.relname as string;
  const table = schema.lookupTable(stored);
  const sequence = !table && schema.sequence(stored) ? stored : undefined;
  if ((!table || table.temp) && !sequence) {
    const written = [rv.schemaname, rv.relname].filter(Boolean).join('.');
    if (s.missing_ok) return { steps: [], notices: [new PgError(SqlState.successfulCompletion, `relation "${written}" does not exist, skipping`, { severity: 'NOTICE' })] };
    throw new PgError(SqlState.undefinedTable, `relation "${written}" does not exist`);
  }
  const schemas = new Set(schema.schemaNames());
  const { schema: from, name } = splitStoredName(stored, schemas);
  if (from === target) return { steps: [] };
  return { steps: moveRelation(schema, stored, storedName(target, name), renameStatement, schemas) };
}

function moveRelation(schema: TranslatorSchema, stored: string, to: string, renameStatement: (sql: string) => Step[], schemas: ReadonlySet<string>): Step[] {
  const { schema: toSchema } = splitStoredName(to, schemas);
  const table = schema.lookupTable(stored);
  if (table?.view) throw unsupported('moving a view to another schema');
  if (!table) return renameStatement(`ALTER SEQUENCE ${quoteIdent(stored)} RENAME TO ${quoteIdent(to)}`);
  const steps = renameStatement(`ALTER TABLE ${quoteIdent(stored)} RENAME TO ${quoteIdent(to)}`);
  for (const seq of schema.sequenceNames().filter((n) => schema.sequence(n)!.owned?.startsWith(`${stored}.`))) {
    const moved = storedName(toSchema, splitStoredName(seq, schemas).name);
    if (moved !== seq) steps.push(...renameStatement(`ALTER SEQUENCE ${quoteIdent(seq)} RENAME TO ${quoteIdent(moved)}`));
  }
  for (const index of schema.schemaIndexes(splitStoredName(stored, schemas).schema).filter((i) => i.table === stored)) {
    const moved = storedName(toSchema, splitStoredName(index.name, schemas).name);
    if (moved !== index.name && !index.name.startsWith('sqlite_autoindex')) steps.push({ sql: '', params: [], edit: { kind: 'renameIndex', table: to, from: index.name, to: moved } });
  }
  return steps;
}

/** ALTER SCHEMA name RENAME TO new: the record, and every relation of the schema moved. */
export function renameSchema(schema: TranslatorSchema, s: Node, renameStatement: (sql: string) => Step[]): Step[] {
  const from = s.subname as string;
  const to = s.newname as string;
  if (!schema.hasSchema(from)) {
    if (BUILTIN_SCHEMAS.has(from)) throw unsupported(`ALTER SCHEMA ${from} RENAME`);
    throw new PgError(SqlState.invalidSchemaName, `schema "${from}" does not exist`);
  }
  if (BUILTIN_SCHEMAS.has(to) || schema.hasSchema(to)) throw new PgError(SqlState.duplicateSchema, `schema "${to}" already exists`);
  checkSchemaName(to);
  const schemas = new Set([...schema.schemaNames(), to]);
  const steps: Step[] = [schemaRecord(to)];
  // Columns name a schema's enum or domain by its SQLite name, which has the schema's in it.
  if (schema.schemaTypes(from).length) throw unsupported('ALTER SCHEMA … RENAME of a schema holding types or domains');
  for (const r of schema.schemaRelations(from)) {
    if (r.kind === 'view' || r.kind === 'materialized view') throw unsupported('ALTER SCHEMA … RENAME of a schema holding views');
    steps.push(...moveRelation(schema, r.name, storedName(to, splitStoredName(r.name, schemas).name), renameStatement, schemas));
  }
  for (const seq of schema.sequenceNames()) {
    const owner = schema.sequence(seq)!.owned;
    // Owned sequences moved with their tables above.
    if (owner === undefined || !seq.startsWith(`${from}.`) || owner.startsWith(`${from}.`)) continue;
    steps.push(...renameStatement(`ALTER SEQUENCE ${quoteIdent(seq)} RENAME TO ${quoteIdent(storedName(to, seq.slice(from.length + 1)))}`));
  }
  steps.push({ sql: `DROP VIEW ${quoteIdent(schemaViewName(from))}`, params: [] });
  return steps;
}

/**
 * The SQLite name of the enum or domain a statement's names give, once resolveSchemas made a
 * schema's one name: names still qualified are of a schema that does not exist (3F000) or of a
 * built-in one other than public (0A000).
 */
export function typeStoredName(parts: string[], what: string): string {
  const given = parts.length > 1 ? parts.at(-2)! : 'public';
  if (given === 'public') return parts.at(-1)!;
  if (BUILTIN_SCHEMAS.has(given)) throw unsupported(`${what} in schema ${given}`);
  throw new PgError(SqlState.invalidSchemaName, `schema "${given}" does not exist`);
}

/** A type's or relation's own name, its schema's prefix left off its SQLite name (messages name it so). */
export function ownName(schema: TranslatorSchema, stored: string): string {
  return splitStoredName(stored, new Set(schema.schemaNames())).name;
}

/** The SQLite name of the relation a regclass text names (`'app.s'`, `'s'` on the search path); undefined where it cannot name one. */
export function regclassStoredName(schema: TranslatorSchema, text: string): string | undefined {
  const parts = text.split('.').map((p) => (/^".*"$/.test(p) ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase()));
  if (parts.length === 2 && schema.hasSchema(parts[0]!)) return storedName(parts[0]!, parts[1]!);
  // PostgreSQL looks the schema up first: naming one that is not there is 3F000.
  if (parts.length === 2 && !BUILTIN_SCHEMAS.has(parts[0]!) && parts[0] !== 'pg_temp') throw new PgError(SqlState.invalidSchemaName, `schema "${parts[0]}" does not exist`);
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'public')) return undefined;
  return parts.length === 1 ? (schema.resolveRelation(parts[0]!) ?? parts[0]) : parts[1];
}

/**
 * DROP of a relation that is not there, by the name the rewrite left (its SQLite name): as
 * PostgreSQL words it, by its own name, or the schema where that is what is missing.
 */
export function missingRelation(schema: TranslatorSchema, kind: string, stored: string, skipping: boolean): PgError {
  const schemas = new Set(schema.schemaNames());
  const { schema: owner, name } = splitStoredName(stored, schemas);
  const dot = stored.indexOf('.');
  const absentSchema = owner === 'public' && dot > 0 && !schema.lookupTable(stored) ? stored.slice(0, dot) : undefined;
  const message = absentSchema !== undefined ? `schema "${absentSchema}" does not exist` : `${kind} "${name}" does not exist`;
  if (skipping) return new PgError(SqlState.successfulCompletion, `${message}, skipping`, { severity: 'NOTICE' });
  return new PgError(absentSchema !== undefined ? SqlState.invalidSchemaName : kind === 'index' ? SqlState.undefinedObject : SqlState.undefinedTable, message);
}
