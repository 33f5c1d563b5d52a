/**
 * The user's schema as PostgreSQL would describe it, from what SQLite keeps: tables, views,
 * sequences (behind serial and identity keys), indexes, and constraints with the names
 * PostgreSQL chooses for them. Pure: install.ts reads sqlite_schema and hands the rows here.
 *
 * How SQLite storage maps back:
 * - `INTEGER PRIMARY KEY AUTOINCREMENT` is a serial (or identity) key; its PostgreSQL type and
 *   kind ride in an annotation (dialect/translate/schema.ts), else it is a serial integer. PostgreSQL
 *   would own a sequence `<table>_<column>_seq`; the catalog shows one.
 * - A unique index annotated as a constraint, or named `<table>_pkey` on a table without a primary
 *   key, is ALTER TABLE … ADD PRIMARY KEY / UNIQUE.
 * - PRIMARY KEY and UNIQUE declared in CREATE TABLE have an index of the constraint's name in
 *   PostgreSQL; SQLite's own autoindexes (or the rowid) stand behind them.
 */
import { type UserRange, isRangeView, readRangeView, userRangeOid } from '../../catalog/user-ranges.js';
import { OID, formatType, typeFromDeclared, type PgTypeInfo } from '../../../pg/types/registry.js';
import { quoteIdentifier } from '../../../pg/ident.js';
import { type Display, type PartitionKey, type ViewWrites, readPartitionedMarker, readDisplayMarker, readMatviewMarker, readViewColumnsMarker, readViewWritesMarker } from '../../catalog/markers.js';
import { extensionOfView, isExtensionView } from '../../catalog/extensions.js';
import { isSchemaView, namespaceOid, schemaOfView, schemaViewName, splitStoredName } from '../../catalog/namespaces.js';
import { type SequenceOptions, type SequenceType, isSequenceTable, readSequenceOptions, sequenceOfTable, sequenceOptions } from '../../catalog/sequences.js';
import { type EnumType, enumOid, isEnumView, readEnumView } from '../../catalog/enums.js';
import { type CompositeType, compositeColumnsOf, compositeOid, isCompositeView, readCompositeView } from '../../catalog/composites.js';
import { type UserFunction, isFunctionView, readFunctionView } from '../../catalog/user-functions.js';
import { type StoredTrigger, isTriggerObject, readTriggerObject } from '../../catalog/triggers.js';
import { COLLATION_NAMES, OPCLASS_NAMES } from '../../catalog/index-classes.js';
import { type DroppedColumn, liveAttnums, readDroppedColumns } from '../../catalog/dropped-columns.js';
import { type DomainType, isDomainView, readDomainView } from '../../catalog/domains.js';
import { type CommentTarget, isCommentView, readCommentView } from '../../catalog/comments.js';
import { type AclItem, type RelationAcl, type Role, isObjectAclView, isRoleCatalogView, isRoleView, readAclMarker, readObjectAclView, readRoleView } from '../../catalog/roles.js';
import { NAMESPACE, TEMP_NAMESPACE, TEMP_NAMESPACE_NAME, objectOid } from '../../catalog/oids.js';
import { sessionTempPrefixOf } from '../../catalog/definitions.js';
import type { SchemaRow } from '../../schema-snapshot.js';
import { type ForeignKeyAction, type ParsedConstraint, parseCreateIndex, parseCreateTable, sqliteExprDisplay, tokenize } from './sqlite-ddl.js';
import { type ColumnReference, viewColumnReferences } from './view-depends.js';

export interface MasterRow extends SchemaRow {
  temp: boolean;
}

export interface ViewColumn {
  name: string;
  declType: string | null;
}

export interface Column {
  name: string;
  attnum: number;
  type: PgTypeInfo;
  notNull: boolean;
  /** pg_attrdef's expression, as pg_get_expr prints it; null when there is none. */
  default: Display | null;
  identity: '' | 'a' | 'd';
  /** The generation expression of a generated column. */
  generated: Display | null;
  /** The domain the column was declared with (its type is the domain's base type). */
  domain?: string;
  comment: string | null;
}

export interface Relation {
  oid: number;
  name: string;
  kind: 'r' | 'v' | 'i' | 'S';
  namespace: number;
  schema: string;
  temp: boolean;
  columns: Column[];
  /** Its owner and ACL (GRANT, OWNER TO); absent: the bootstrap superuser's and the default. */
  acl?: RelationAcl;
}

export interface Table extends Relation {
  kind: 'r' | 'v';
  /** Its SQLite name: a schema's relation is stored as `schema.name` (catalog/namespaces.ts). */
  stored: string;
  constraints: Constraint[];
  indexes: Index[];
  /** Another table's foreign key references this one (PostgreSQL then has triggers on it). */
  referenced: boolean;
  /** pg_get_viewdef. */
  viewDefinition: Display | null;
  /** The columns a view's query reads, where evsql's deparser printed it (pg_depend of its rule). */
  reads?: ColumnReference[];
  comment: string | null;
  /** A materialized view (relkind m), which evsql keeps as a table of its rows: whether it is populated. */
  matview?: { populated: boolean };
  /** A view's check option and the columns a write reaches through it. */
  writes?: ViewWrites;
  /** A partitioned table's key (relkind p); its partitions are views with `writes.partition`. */
  partitioned?: PartitionKey;
  /** The columns DROP COLUMN took: the live ones keep their attnums past them. */
  dropped: DroppedColumn[];
}

export interface Constraint {
  oid: number;
  name: string;
  type: 'p' | 'u' | 'c' | 'f';
  table: Table;
  columns: string[];
  attnums: number[];
  /** CHECK: the expression as PostgreSQL prints it. */
  check: Display | null;
  /** CHECK: the expression as SQLite keeps it (and names it when the constraint fails unnamed). */
  checkSql: string | null;
  /** How CREATE TABLE's text declares it; null for one made by ADD CONSTRAINT as a unique index. */
  source: ParsedConstraint | null;
  ref: { table: Table | null; name: string; columns: string[]; attnums: number[]; onDelete: ForeignKeyAction; onUpdate: ForeignKeyAction } | null;
  deferrable: boolean;
  deferred: boolean;
  /** Its own index (p, u), or the referenced key's index (f). */
  index: Index | null;
  /** pg_get_constraintdef. */
  definition: Display;
}

export interface Index extends Relation {
  kind: 'i';
  table: Table;
  unique: boolean;
  primary: boolean;
  /** `expression`: an expression key's SQLite text (its attnum is 0). */
  /** `type`: an expression key's, where its annotation gives it. */
  /** `keyClass`: the operator class and collation CREATE INDEX named, 0 for the type's default. */
  /** `deparsed`: an expression key as pg_get_expr prints it from pg_index.indexprs, without the key's parentheses. */
  keys: Array<{ attnum: number; display: Display; desc: boolean; nullsFirst: boolean; expression?: string; deparsed?: Display; type?: PgTypeInfo; keyClass?: { opclass: number; collation: number } }>;
  predicate: Display | null;
  /** The access method CREATE INDEX named: btree or hash, both b-trees in SQLite. */
  method: string;
  /** INCLUDE's columns, after the keys among `columns`. */
  include: number[];
  constraint: Constraint | null;
  /** pg_get_indexdef. */
  definition: Display;
}

export interface Sequence extends Relation {
  kind: 'S';
  /** The serial or identity column it stands behind; null for a CREATE SEQUENCE's. */
  table: Table | null;
  column: Column | null;
  dataType: PgTypeInfo;
  identity: boolean;
  lastValue: bigint | null;
  options: SequenceOptions;
}

export interface Model {
  /** The schemas CREATE SCHEMA made. */
  namespaces: string[];
  tables: Table[];
  indexes: Index[];
  sequences: Sequence[];
  constraints: Constraint[];
  enums: EnumType[];
  /** CREATE TYPE … AS RANGE's. */
  ranges: UserRange[];
  composites: CompositeType[];
  /** CREATE EXTENSION's, by name. */
  extensions: string[];
  /** CREATE FUNCTION's. */
  functions: UserFunction[];
  /** CREATE TRIGGER's triggers, each once (SQLite keeps one trigger per event). */
  triggers: StoredTrigger[];
  /** CREATE DOMAIN's. */
  domains: DomainType[];
  /** CREATE ROLE's. */
  roles: Role[];
  /** GRANT's ACLs of databases and the schema public, by `kind:name`. */
  objectAcls: Map<string, AclItem[]>;
  /** COMMENT ON's comments kept apart from their objects (catalog/comments.ts), by key. */
  comments: Map<string, { target: CommentTarget; text: string }>;
}

const NAMEDATALEN = 64;
const INT_TYPES: Record<string, PgTypeInfo> = {
  int2: { oid: 21, typmod: -1 },
  int4: { oid: 23, typmod: -1 },
  int8: { oid: 20, typmod: -1 },
};

/** makeObjectName: `name1_name2_label`, name1 and name2 shortened alike to fit NAMEDATALEN. */
export function makeObjectName(name1: string, name2: string | null, label: string): string {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const overhead = (name2 !== null ? 1 : 0) + (label ? bytes(label) + 1 : 0);
  const avail = NAMEDATALEN - 1 - overhead;
  let n1 = bytes(name1);
  let n2 = name2 !== null ? bytes(name2) : 0;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  let out = clip(name1, n1);
  if (name2 !== null) out += '_' + clip(name2, n2);
  if (label) out += '_' + label;
  return out;
}

/** The longest prefix of at most `n` UTF-8 bytes that ends on a character boundary. */
function clip(s: string, n: number): string {
  let out = '';
  for (const ch of s) {
    if (Buffer.byteLength(out + ch, 'utf8') > n) break;
    out += ch;
  }
  return out;
}

/**
 * ChooseRelationName / ChooseConstraintName: the name, else with 1, 2, … appended to the label.
 * `prefix`: the schema's (or session's) prefix of the SQLite names in `taken`, since PostgreSQL
 * looks for a free name in the relation's own schema only.
 */
function chooseName(name1: string, name2: string | null, label: string, taken: Set<string>, prefix = ''): string {
  for (let pass = 0; ; pass++) {
    const name = makeObjectName(name1, name2, pass === 0 ? label : `${label}${pass}`);
    if (!taken.has(prefix + name)) {
      taken.add(prefix + name);
      return name;
    }
  }
}

/** The readable text of an expression whose PostgreSQL text was not annotated. */
const display = (sql: string): Display => {
  const text = sqliteExprDisplay(sql, quoteIdentifier);
  return { pretty: text, plain: text };
};
const same = (text: string): Display => ({ pretty: text, plain: text });

/**
 * The model of one table alone, its constraints named as the catalog names them: a table of a
 * schema (of `schemas`, stored as `schema.name`) by its own name, not by its SQLite name.
 */
export function tableAloneModel(r: { name: string; sql: string | null; temp: boolean }, schemas: Iterable<string>, indexes: Array<{ name: string; sql: string | null }> = []): Model {
  const inSchema = r.temp ? undefined : [...schemas].find((s) => r.name.startsWith(`${s}.`));
  const rows: MasterRow[] = [{ type: 'table', name: r.name, tbl_name: r.name, sql: r.sql, temp: r.temp }, ...indexes.map((i) => ({ type: 'index', name: i.name, tbl_name: r.name, sql: i.sql, temp: r.temp }))];
  if (inSchema !== undefined) rows.push({ type: 'view', name: schemaViewName(inSchema), tbl_name: schemaViewName(inSchema), sql: null, temp: false });
  return buildModel(rows, () => [], new Map());
}

export function buildModel(rows: MasterRow[], viewColumns: (name: string, temp: boolean) => ViewColumn[], lastValues: Map<string, bigint>): Model {
  const model: Model = { namespaces: rows.filter((r) => r.type === 'view' && isSchemaView(r.name)).map((r) => schemaOfView(r.name)), tables: [], indexes: [], sequences: [], constraints: [], enums: rows.filter((r) => r.type === 'view' && isEnumView(r.name)).map((r) => readEnumView(r.name, r.sql ?? '')), ranges: rows.filter((r) => r.type === 'view' && isRangeView(r.name)).map((r) => readRangeView(r.name, r.sql ?? '')), composites: rows.filter((r) => r.type === 'view' && isCompositeView(r.name)).map((r) => readCompositeView(r.name, r.sql ?? '')), extensions: [], functions: [], triggers: [], domains: [], roles: [], objectAcls: new Map(), comments: new Map() };
  model.extensions = rows.filter((r) => r.type === 'view' && isExtensionView(r.name)).map((r) => extensionOfView(r.name));
  model.functions = rows.filter((r) => r.type === 'view' && isFunctionView(r.name)).flatMap((r) => readFunctionView(r.sql ?? '') ?? []);
  for (const r of rows) {
    const t = r.type === 'trigger' && !r.temp && isTriggerObject(r.name) ? readTriggerObject(r.tbl_name, r.sql ?? '') : undefined;
    if (t && !model.triggers.some((o) => o.table === t.table && o.name === t.name)) model.triggers.push(t);
  }
  model.domains = rows.filter((r) => r.type === 'view' && isDomainView(r.name)).flatMap((r) => readDomainView(r.sql ?? '') ?? []);
  model.roles = rows.filter((r) => r.type === 'view' && isRoleView(r.name)).flatMap((r) => readRoleView(r.sql ?? '') ?? []);
  for (const r of rows) {
    if (r.type !== 'view' || !isObjectAclView(r.name)) continue;
    const o = readObjectAclView(r.name, r.sql ?? '');
    model.objectAcls.set(o.key, o.acl);
  }
  for (const r of rows) {
    const c = r.type === 'view' && isCommentView(r.name) ? readCommentView(r.name, r.sql ?? '') : undefined;
    if (c) model.comments.set(c.key, { target: c.target, text: c.text });
  }
  const aclOf = (sql: string | null) => (sql?.includes('/* evsql-acl: ') ? { acl: readAclMarker(sql) } : {});
  const enumNames = new Set(model.enums.map((e) => e.name));
  const schemas = new Set(model.namespaces);
  // A relation of another schema than public is stored as `schema.name` (catalog/namespaces.ts).
  const place = (stored: string) => {
    const { schema, name } = splitStoredName(stored, schemas);
    return { name, schema, namespace: schema === 'public' ? NAMESPACE.public : namespaceOid(schema) };
  };
  const regclassLiteral = (stored: string) => {
    const p = place(stored);
    return p.schema === 'public' ? quoteRegclassLiteral(p.name) : `'${`${quoteIdentifier(p.schema)}.${quoteIdentifier(p.name)}`.replace(/'/g, "''")}'`;
  };
  // A user range's column is declared with its name, which typeFromDeclared knows only where a translator read the schema.
  const rangeNames = new Set(model.ranges.map((r) => r.name));
  const columnType = (enumType: string | null, decl: string | null): PgTypeInfo =>
    enumType !== null && enumNames.has(enumType) ? { oid: enumOid(enumType), typmod: -1 } : decl !== null && rangeNames.has(decl) ? { oid: userRangeOid(decl), typmod: -1 } : typeFromDeclared(decl);
  const relationNames = new Set(rows.filter((r) => r.type !== 'trigger').map((r) => r.name));
  const parsed = new Map<Table, ParsedConstraint[]>();
  const byName = new Map<string, Table>();
  // A serial or identity column's sequence (since evsql made them), by `table.column`.
  const owned = new Map<string, string>();
  for (const r of rows) {
    const o = r.type === 'table' && isSequenceTable(r.name) ? readSequenceOptions(r.sql ?? '').owned : undefined;
    if (o) owned.set(o, sequenceOfTable(r.name));
  }

  for (const r of rows) {
    if (r.type === 'table' && isSequenceTable(r.name)) {
      const stored = sequenceOfTable(r.name);
      const options = readSequenceOptions(r.sql ?? '');
      const oid = objectOid('class', stored);
      model.sequences.push({ oid, ...place(stored), kind: 'S', temp: false, columns: sequenceColumns(), table: null, column: null, dataType: INT_TYPES[options.type]!, identity: false, lastValue: lastValues.get(r.name) ?? null, options, ...aclOf(r.sql) });
      continue;
    }
    if ((r.type !== 'table' && r.type !== 'view') || isEnumView(r.name) || isRangeView(r.name) || isCompositeView(r.name) || isExtensionView(r.name) || isFunctionView(r.name) || isDomainView(r.name) || isRoleCatalogView(r.name) || isSchemaView(r.name) || isCommentView(r.name)) continue;
    // A session's temporary table is stored under its session's prefix (sessionTempPrefix).
    const tempName = () => r.name.slice(sessionTempPrefixOf(r.name)?.length ?? 0);
    const base = { ...aclOf(r.sql), ...(r.temp ? { name: tempName(), namespace: TEMP_NAMESPACE, schema: TEMP_NAMESPACE_NAME } : place(r.name)), stored: r.name, temp: r.temp, constraints: [], indexes: [], referenced: false };
    if (r.type === 'view') {
      const declared = readViewColumnsMarker(r.sql ?? '');
      const writes = readViewWritesMarker(r.sql ?? '');
      const columns = viewColumns(r.name, r.temp).map((c, i): Column => ({ name: c.name, attnum: i + 1, type: model.composites.some((x) => x.name === declared?.[i]) ? { oid: compositeOid(declared![i]!), typmod: -1 } : columnType(declared?.[i] ?? null, declared?.[i] ?? (c.declType || null)), notNull: false, default: writes?.defaultTexts?.[c.name] ?? null, identity: '', generated: null, comment: null }));
      const printed = printedView(r.sql ?? '');
      const table: Table = { ...base, oid: objectOid('class', r.name), kind: 'v', columns, viewDefinition: printed ?? viewBody(r.sql ?? ''), comment: null, dropped: [], ...(writes ? { writes } : {}), ...(printed ? { reads: viewColumnReferences(printed.plain) } : {}) };
      model.tables.push(table);
      byName.set(r.name, table);
      continue;
    }
    const t = parseCreateTable(r.name, r.sql ?? '');
    const matview = readMatviewMarker(r.sql ?? '');
    const table: Table = { ...base, oid: objectOid('class', r.name), kind: 'r', columns: [], viewDefinition: matview?.definition ?? null, comment: t.comment, dropped: readDroppedColumns(r.sql ?? ''), ...(matview?.definition ? { reads: viewColumnReferences(matview.definition.plain) } : {}) };
    const attnums = liveAttnums(t.columns.length, table.dropped);
    const composite = model.composites.length ? compositeColumnsOf(r.sql ?? '') : undefined;
    if (matview) table.matview = { populated: matview.populated };
    const partitioned = r.temp ? undefined : readPartitionedMarker(r.sql ?? '');
    if (partitioned) table.partitioned = partitioned;
    for (const c of t.columns) {
      const auto = c.identity ?? (c.autoincrement ? { type: 'int4', kind: 'serial' as const } : null);
      const column: Column = {
        name: c.name,
        attnum: attnums[table.columns.length]!,
        type: composite?.has(c.name) ? { oid: compositeOid(composite.get(c.name)!), typmod: -1 } : columnType(c.enumType, auto ? auto.type : c.declType || null),
        notNull: c.notNull,
        default: c.domainDefault ? null : (c.defaultDisplay ?? (c.defaultSql !== null ? display(c.defaultSql) : null)),
        identity: auto && auto.kind !== 'serial' ? auto.kind : '',
        generated: c.generatedSql !== null ? (c.generatedDisplay ?? display(c.generatedSql)) : null,
        comment: c.comment,
      };
      const domain = t.domains.get(c.name);
      if (domain !== undefined) column.domain = domain;
      table.columns.push(column);
      const own = auto ? owned.get(`${r.name}.${c.name}`) : undefined;
      if (own !== undefined) {
        if (auto!.kind === 'serial') column.default = same(`nextval(${regclassLiteral(own)}::regclass)`);
      } else if (auto) {
        const name = chooseName(table.temp ? table.name : r.name, c.name, 'seq', relationNames);
        const dataType = INT_TYPES[auto.type] ?? INT_TYPES.int4!;
        model.sequences.push({
          oid: objectOid('class', table.temp ? storedPrefix(table) + name : name),
          name,
          kind: 'S',
          namespace: table.namespace,
          schema: table.schema,
          temp: table.temp,
          columns: sequenceColumns(),
          table,
          column,
          dataType,
          identity: auto.kind !== 'serial',
          lastValue: lastValues.get(r.name) ?? null,
          options: sequenceOptions(name, { type: (auto.type in INT_TYPES ? auto.type : 'int4') as SequenceType }),
        });
        if (auto.kind === 'serial') column.default = same(`nextval(${regclassLiteral(name)}::regclass)`);
      }
    }
    model.tables.push(table);
    byName.set(r.name, table);
    parsed.set(table, t.constraints);
  }
  for (const seq of model.sequences) {
    const owned = seq.options.owned ?? '';
    const [tableName, columnName] = owned ? [owned.slice(0, owned.lastIndexOf('.')), owned.slice(owned.lastIndexOf('.') + 1)] : [];
    const table = tableName !== undefined ? byName.get(tableName) : undefined;
    const column = table?.columns.find((c) => c.name === columnName);
    if (!table || !column) continue;
    seq.table = table;
    seq.column = column;
    seq.identity = column.identity !== '';
  }

  // Constraints declared in CREATE TABLE, in PostgreSQL's order: keys first (they make indexes),
  // then checks, then foreign keys.
  const constraintNames = new Map<Table, Set<string>>();
  const namesOf = (t: Table) => constraintNames.get(t) ?? constraintNames.set(t, new Set(t.constraints.map((c) => c.name))).get(t)!;
  for (const [table, list] of parsed) {
    for (const kind of ['p', 'u', 'c', 'f'] as const) {
      for (const p of list.filter((c) => c.type === kind)) {
        const attnums = p.columns.map((c) => attnumOf(table, c));
        let name = p.name;
        if (name === null) {
          if (kind === 'p') name = chooseName(table.name, null, 'pkey', relationNames, storedPrefix(table));
          // PostgreSQL's key name counts INCLUDE's columns in (ChooseIndexColumnNames).
          else if (kind === 'u') name = chooseName(table.name, [...p.columns, ...p.include].join('_'), 'key', relationNames, storedPrefix(table));
          else if (kind === 'f') name = chooseName(table.name, p.columns.join('_'), 'fkey', namesOf(table));
          else {
            const vars = checkColumns(p.checkSql ?? '', table);
            name = chooseName(table.name, vars.length === 1 ? vars[0]! : null, 'check', namesOf(table));
          }
        }
        namesOf(table).add(name);
        const con: Constraint = {
          oid: objectOid('constraint', `${table.stored}.${name}`),
          name,
          type: kind,
          table,
          columns: p.columns,
          attnums,
          check: kind === 'c' ? (p.checkDisplay ?? display(p.checkSql ?? '')) : null,
          checkSql: kind === 'c' ? p.checkSql : null,
          source: p,
          ref: kind === 'f' ? { table: null, name: p.refTable ?? '', columns: p.refColumns, attnums: [], onDelete: p.onDelete, onUpdate: p.onUpdate } : null,
          deferrable: p.deferrable,
          deferred: p.deferred,
          index: null,
          definition: same(''),
        };
        if (kind === 'c') con.attnums = checkColumns(p.checkSql ?? '', table).map((c) => attnumOf(table, c));
        if (kind === 'p' || kind === 'u') {
          con.index = keyIndex(table, name, con, con.attnums, p.include.map((c) => attnumOf(table, c)));
          if (kind === 'p') for (const a of attnums) if (columnAt(table, a)) columnAt(table, a)!.notNull = true;
        }
        table.constraints.push(con);
        model.constraints.push(con);
      }
    }
  }

  for (const r of rows) {
    if (r.type !== 'index' || r.sql === null) continue;
    const table = byName.get(r.tbl_name);
    if (!table) continue;
    const p = parseCreateIndex(r.name, r.tbl_name, r.sql);
    const keys = p.columns.map((c) => {
      const nullsFirst = c.nullsFirst ?? c.desc;
      const keyClass = c.keyClass ? { keyClass: c.keyClass } : {};
      if (c.column !== null) return { attnum: attnumOf(table, c.column), display: same(quoteIdentifier(c.column)), desc: c.desc, nullsFirst, ...keyClass };
      // pg_get_indexdef prints a function call as it is and any other expression in parentheses.
      const text = c.display ?? display(c.expression ?? '');
      const key = (t: string) => (isCall(t) ? t : `(${t})`);
      return { attnum: 0, display: { pretty: key(text.pretty), plain: key(text.plain) }, deparsed: text, desc: c.desc, nullsFirst, ...keyClass, ...(c.expression !== null ? { expression: c.expression } : {}), ...(c.type ? { type: c.type } : {}) };
    });
    const hasPk = table.constraints.some((c) => c.type === 'p');
    const kind = p.unique && keys.every((k) => k.attnum > 0) && !p.where ? (p.constraint ?? (r.name === `${table.name}_pkey` && !hasPk ? 'p' : null)) : null;
    if (kind) {
      const attnums = keys.map((k) => k.attnum);
      const con: Constraint = {
        oid: objectOid('constraint', `${table.stored}.${r.name}`),
        name: localName(table, r.name),
        type: kind,
        table,
        columns: attnums.map((a) => columnAt(table, a)?.name ?? ''),
        attnums,
        check: null,
        checkSql: null,
        source: null,
        ref: null,
        deferrable: false,
        deferred: false,
        index: null,
        definition: same(''),
      };
      con.index = keyIndex(table, localName(table, r.name), con, attnums, p.include.map((c) => attnumOf(table, c)));
      if (kind === 'p') for (const a of attnums) columnAt(table, a)!.notNull = true;
      table.constraints.push(con);
      model.constraints.push(con);
      continue;
    }
    const index = newIndex(table, r.name, p.unique, false, keys, p.where !== null ? (p.whereDisplay ?? display(p.where)) : null, null, p.method, p.include.map((c) => attnumOf(table, c)));
    table.indexes.push(index);
  }

  for (const con of model.constraints) {
    if (con.type === 'f' && con.ref) {
      const target = byName.get(con.ref.name) ?? null;
      con.ref.table = target;
      if (target) {
        target.referenced = true;
        if (!con.ref.columns.length) con.ref.columns = target.constraints.find((c) => c.type === 'p')?.columns ?? [];
        con.ref.attnums = con.ref.columns.map((c) => attnumOf(target, c));
        const want = con.ref.attnums.join(' ');
        con.index = target.constraints.find((c) => (c.type === 'p' || c.type === 'u') && [...c.attnums].sort().join(' ') === [...con.ref!.attnums].sort().join(' '))?.index ?? null;
        if (!con.index) con.index = target.indexes.find((i) => i.unique && i.keys.map((k) => k.attnum).join(' ') === want) ?? null;
      }
    }
    con.definition = constraintDefinition(con);
  }
  for (const t of model.tables) for (const i of t.indexes) model.indexes.push(i);
  return model;
}

function sequenceColumns(): Column[] {
  const col = (name: string, attnum: number, oid: number): Column => ({ name, attnum, type: { oid, typmod: -1 }, notNull: true, default: null, identity: '', generated: null, comment: null });
  return [col('last_value', 1, 20), col('log_cnt', 2, 20), col('is_called', 3, 16)];
}

function attnumOf(table: Table, column: string): number {
  return table.columns.find((c) => c.name === column)?.attnum ?? 0;
}

/** The table's column of this attnum: after a DROP COLUMN, not the attnum-th. */
export function columnAt(table: Relation, attnum: number): Column | undefined {
  return table.columns.find((c) => c.attnum === attnum);
}

/** The table's columns a CHECK expression names (evsql quotes every name it writes). */
function checkColumns(sql: string, table: Table): string[] {
  const out: string[] = [];
  for (const t of tokenize(sql)) {
    if (t.kind === 'ident' && table.columns.some((c) => c.name === t.value) && !out.includes(t.value)) out.push(t.value);
  }
  return out;
}

function keyIndex(table: Table, name: string, con: Constraint, attnums: number[], include: number[]): Index {
  const keys = attnums.map((a) => ({ attnum: a, display: same(quoteIdentifier(columnAt(table, a)?.name ?? '')), desc: false, nullsFirst: false }));
  const index = newIndex(table, storedPrefix(table) + name, true, con.type === 'p', keys, null, con, 'btree', include);
  table.indexes.push(index);
  return index;
}

/** What a table's SQLite name adds to its name: its schema's (`app.`) or its session's (sessionTempPrefix), '' in public. */
function storedPrefix(table: Table): string {
  return table.stored.slice(0, table.stored.length - table.name.length);
}

/** An index's name within its table's schema (its SQLite name carries the schema's or the session's prefix). */
function localName(table: Table, stored: string): string {
  const prefix = storedPrefix(table);
  return prefix !== '' && stored.startsWith(prefix) ? stored.slice(prefix.length) : stored;
}

function newIndex(table: Table, stored: string, unique: boolean, primary: boolean, keys: Index['keys'], predicate: Display | null, constraint: Constraint | null, method = 'btree', include: number[] = []): Index {
  const name = localName(table, stored);
  const taken = new Set<string>();
  const columns = keys.map((k, i): Column => {
    const col = columnAt(table, k.attnum);
    // A hash index keeps the key's hash code: PostgreSQL's column of it is an integer; a GIN index over a tsvector keeps its lexemes as text.
    const type = method === 'hash' ? { oid: 23, typmod: -1 } : method === 'gin' ? { oid: 25, typmod: -1 } : (col?.type ?? k.type ?? { oid: 25, typmod: -1 });
    return { name: indexColumnName(col?.name ?? expressionColumnName(k.display.plain), taken), attnum: i + 1, type, notNull: false, default: null, identity: '', generated: null, comment: null };
  });
  for (const attnum of include) {
    const col = columnAt(table, attnum);
    columns.push({ name: indexColumnName(col?.name ?? '', taken), attnum: columns.length + 1, type: col?.type ?? { oid: 25, typmod: -1 }, notNull: false, default: null, identity: '', generated: null, comment: null });
  }
  const included = include.length ? ` INCLUDE (${include.map((a) => quoteIdentifier(columnAt(table, a)?.name ?? '')).join(', ')})` : '';
  const text = (form: keyof Display) => {
    const nulls = (k: Index['keys'][number]) => (k.nullsFirst === k.desc ? '' : k.nullsFirst ? ' NULLS FIRST' : ' NULLS LAST');
    const cols = keys.map((k) => k.display[form] + keyClassText(k.keyClass) + (k.desc ? ' DESC' : '') + nulls(k)).join(', ');
    const where = predicate === null ? '' : ` WHERE ${predicate[form]}`;
    // Pretty, the table is named as the default path finds it (public's and the session's temporary
    // ones bare, as regclass shows them), and pg_get_indexdef drops the schema of one the session's
    // path lists; plain, always with its schema.
    const on = form === 'pretty' && (table.temp || table.schema === 'public') ? quoteIdentifier(table.name) : qualified(table);
    return `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${quoteIdentifier(name)} ON ${on} USING ${method} (${cols})${included}${where}`;
  };
  const definition = { pretty: text('pretty'), plain: text('plain') };
  return { oid: objectOid('class', stored), name, kind: 'i', namespace: table.namespace, schema: table.schema, temp: table.temp, columns, table, unique, primary, keys, predicate, constraint, definition, method, include };
}

/** A key's COLLATE and operator class as pg_get_indexdef prints them where they are not its type's defaults. */
function keyClassText(keyClass: { opclass: number; collation: number } | undefined): string {
  if (!keyClass) return '';
  const collation = keyClass.collation ? ` COLLATE ${quoteIdentifier(COLLATION_NAMES.get(keyClass.collation) ?? '')}` : '';
  return collation + (keyClass.opclass ? ` ${OPCLASS_NAMES.get(keyClass.opclass) ?? ''}` : '');
}

/** An index expression's column name as PostgreSQL's FigureIndexColname gives it: a function call's name, else expr. */
function expressionColumnName(text: string): string {
  return isCall(text) ? /^(?:[\w]+\.)*(\w+)\(/.exec(text)![1]!.toLowerCase() : 'expr';
}

/** ChooseIndexColumnNames: a name taken by an earlier column of the index gets the first free number appended. */
function indexColumnName(name: string, taken: Set<string>): string {
  let chosen = name;
  for (let n = 1; taken.has(chosen); n++) chosen = `${name}${n}`;
  taken.add(chosen);
  return chosen;
}

/** Whether an expression's text is one function call: `lower(x)`, not `lower(x) || y`. */
function isCall(text: string): boolean {
  const open = /^[\w.]+\(/.exec(text);
  if (!open || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = open[0].length - 1; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i === text.length - 1;
  }
  return false;
}

/** A relation's name with its schema's; a temporary one's is pg_temp, as PostgreSQL's get_namespace_name_or_temp names it. */
export function qualified(r: { schema: string; name: string; temp?: boolean }): string {
  return `${quoteIdentifier(r.temp ? 'pg_temp' : r.schema)}.${quoteIdentifier(r.name)}`;
}

function quoteRegclassLiteral(name: string): string {
  return `'${quoteIdentifier(name).replace(/'/g, "''")}'`;
}

const ACTION_TEXT: Record<ForeignKeyAction, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/** pg_get_constraintdef, pretty and plain. */
function constraintDefinition(con: Constraint): Display {
  const shown = keyOrCheckDefinition(con);
  return con.source?.notValid ? { pretty: `${shown.pretty} NOT VALID`, plain: `${shown.plain} NOT VALID` } : shown;
}

function keyOrCheckDefinition(con: Constraint): Display {
  const cols = (list: string[]) => list.map(quoteIdentifier).join(', ');
  const include = con.index?.include.length ? ` INCLUDE (${cols(con.index.include.map((a) => columnAt(con.table, a)?.name ?? ''))})` : '';
  switch (con.type) {
    case 'p':
      return same(`PRIMARY KEY (${cols(con.columns)})${include}`);
    case 'u':
      return same(`UNIQUE (${cols(con.columns)})${include}`);
    case 'c':
      return { pretty: `CHECK (${con.check!.pretty})`, plain: `CHECK (${con.check!.plain})` };
    case 'f': {
      const ref = con.ref!;
      // Named as the default search path (public) finds it: another schema's table with its schema.
      const target = ref.table && !ref.table.temp && ref.table.schema !== 'public' ? qualified(ref.table) : quoteIdentifier(ref.table?.name ?? ref.name);
      let def = `FOREIGN KEY (${cols(con.columns)}) REFERENCES ${target}(${cols(ref.columns)})`;
      if (ref.onUpdate !== 'a') def += ` ON UPDATE ${ACTION_TEXT[ref.onUpdate]}`;
      if (ref.onDelete !== 'a') def += ` ON DELETE ${ACTION_TEXT[ref.onDelete]}`;
      if (con.deferrable) def += ' DEFERRABLE';
      if (con.deferred) def += ' INITIALLY DEFERRED';
      return same(def);
    }
  }
}

/** The text evsql's deparser printed for a view (translate/viewdef.ts), kept in its marker. */
function printedView(sql: string): Display | undefined {
  for (const t of tokenize(sql)) {
    const shown = t.kind === 'comment' ? readDisplayMarker(t.value) : undefined;
    if (shown) return shown;
  }
  return undefined;
}

/** pg_get_viewdef of `CREATE VIEW name [(cols)] AS SELECT …` the deparser did not print: the SELECT as SQLite keeps it. */
function viewBody(sql: string): Display {
  const tokens = tokenize(sql);
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && t.value === '(') depth++;
    if (t.kind === 'punct' && t.value === ')') depth--;
    if (depth === 0 && t.kind === 'word' && t.value.toUpperCase() === 'AS') {
      const end = tokens.find((x) => x.kind === 'comment' && x.start > t.end)?.start;
      return same(sql.slice(t.end, end).trim());
    }
  }
  return same(sql);
}

/** information_schema's data_type: format_type without modifiers, 'ARRAY' for arrays. */
export function sqlDataType(type: PgTypeInfo): string {
  const text = formatType(type.oid, -1);
  // information_schema's rule is an element type and a variable length: int2vector and oidvector are ARRAYs too.
  if (text.endsWith('[]') || type.oid === OID.int2vector || type.oid === OID.oidvector) return 'ARRAY';
  return text === 'bpchar' ? 'character' : text;
}
