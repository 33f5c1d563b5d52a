/**
 * The catalog on a SQLite connection: every catalog relation is a table of the connection's temp
 * schema (`temp."pg_catalog.pg_class"`), which SQLite allows even on a read-only connection and
 * which no other connection sees. Declared with PostgreSQL's column types, the tables give
 * results the right type OIDs. A relation's rows are rebuilt from sqlite_schema when a statement
 * reads it and the schema (or the session's user or database) changed since it was last filled:
 * after a schema change in a big database, filling the hundred-odd relations a catalog query does
 * not read cost more than the query. Each relation's key is kept in the temp schema, so a
 * rolled-back fill is redone. The first catalog query fills in the built-in rows.
 *
 * Also here: the SQL functions the catalog queries call (format_type, pg_size_pretty, the array
 * helpers) and unnest in FROM.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { OID, arrayElementOid, arrayOidOf, formatType, type SqliteValue } from '../../../pg/types/registry.js';
import { AM_ROWS, COLLATION_ROWS, FUNCTION_TEXT_ROWS, INFORMATION_SCHEMA_TYPE_ROWS, LANGUAGE_ROWS, OPERATOR_ROWS, PROC_ROWS, RANGE_ROWS, TABLESPACE_ROWS, TYPE_ROWS, builtinArrayElement, builtinTypeName, catalogOnlyTypeOid, regprocValue, settingRows, type Row, type Session, type Value } from './builtins.js';
import { CATALOG_OBJECT_PATTERNS, COMMITTED_VIEW_MARK, HELPER, RELATIONS, catalogRelation, columnNames, relationName, sqliteTable, type CatalogRelation, isInternalTable, isSessionTemp, regtypeOid, sessionTempPrefix } from '../../catalog/definitions.js';
import { NAMESPACE } from '../../catalog/oids.js';
import { searchPathNames } from '../../catalog/namespaces.js';
import { quoteIdentifier } from '../../../pg/ident.js';
import { PgError, SqlState } from '../../../pg/errors.js';
import { buildModel, type MasterRow, type Model, type ViewColumn } from './model.js';
import { isSequenceTable } from '../../catalog/sequences.js';
import { isDisplayColumn } from '../../catalog/numeric-display.js';
import { DYNAMIC_ROWS, INSTALLED_ONCE, catalogContent, staticContent } from './rows.js';
import { text } from '../arguments.js';
import { JsonNumber, JsonObject, parseJson, type JsonNode } from '../../../pg/types/json.js';
import type { ServerRows } from '../../plan.js';
import { timeZoneRows } from './time-zone-views.js';
import { assert } from '../../../lib/assert.js';

/** Filled when a statement reads them (fillTimeZones). */
const TIME_ZONE_VIEWS = [catalogRelation('pg_catalog', 'pg_timezone_names')!, catalogRelation('pg_catalog', 'pg_timezone_abbrevs')!];

/** What the catalog needs from the request being executed. */
export interface CatalogSession extends Session {
  settings: Record<string, string>;
  /** The session's process id: its temporary tables (sessionTempPrefix) are in its catalog, no other session's. */
  pid: number;
  serverRows?: ServerRows;
}

const HELPER_DDL = [
  `CREATE TEMP TABLE "evsql.definition" (oid INTEGER PRIMARY KEY, definition TEXT, pretty TEXT)`,
  `CREATE TEMP TABLE "evsql.pretty" (plain TEXT PRIMARY KEY, pretty TEXT)`,
  `CREATE TEMP TABLE "evsql.index_key" (indexrelid INTEGER, colno INTEGER, definition TEXT, pretty TEXT, PRIMARY KEY (indexrelid, colno))`,
  `CREATE TEMP TABLE "evsql.function" (oid INTEGER PRIMARY KEY, result TEXT, arguments TEXT, identity_arguments TEXT)`,
  `CREATE TEMP TABLE "evsql.name" (kind TEXT, oid INTEGER, name TEXT, PRIMARY KEY (kind, oid))`,
  `CREATE INDEX temp."evsql.name_by_name" ON "evsql.name" (kind, name)`,
  `CREATE TEMP TABLE "evsql.catalog_state" (part TEXT PRIMARY KEY, key TEXT)`,
];

/** Lookups the catalog queries of psql and the drivers make, by the columns they filter on. */
const INDEXES: Array<[string, string]> = [
  ['pg_catalog.pg_class', 'oid'],
  ['pg_catalog.pg_class', 'relname'],
  ['pg_catalog.pg_attribute', 'attrelid'],
  ['pg_catalog.pg_attrdef', 'adrelid'],
  ['pg_catalog.pg_type', 'oid'],
  ['pg_catalog.pg_proc', 'oid'],
  ['pg_catalog.pg_namespace', 'oid'],
  ['pg_catalog.pg_constraint', 'conrelid'],
  ['pg_catalog.pg_index', 'indrelid'],
  ['pg_catalog.pg_index', 'indexrelid'],
  // Without these SQLite joins through an automatic index, which returns the rows in the order of
  // their values: an enum's labels, a key's columns, sorted by name where PostgreSQL's come in order.
  ['pg_catalog.pg_enum', 'enumtypid'],
  ['information_schema.constraint_column_usage', 'constraint_name'],
  ['information_schema.key_column_usage', 'constraint_name'],
];

/** SQLite's declared type for a catalog column type: `"char"` keeps its quotes only when quoted again. */
function sqliteDeclared(type: string): string {
  return type === '"char"' ? '"""char"""' : type;
}

export class Catalog {
  private readonly inserts = new Map<string, Database.Statement>();
  private readonly readState: Database.Statement;
  private readonly writeState: Database.Statement;
  private readonly readMain: Database.Statement;
  private readonly readTemp: Database.Statement;
  /** format_type's names for the schema's own types (enums and their arrays), by OID. */
  private readonly typeNames = new Map<number, string>();
  /** The user's schema of each of those in one (format_type qualifies them when it is off the search path), and the search path's schemas. */
  private readonly typeSchemas: TypeSchemas = { byOid: new Map(), visible: new Set() };

  /** The schema's rows, by the key of the schema they were made from: the relations a statement reads are filled from them. */
  private content: { key: string; relations: Map<string, Row[]>; helpers: Array<[string, string[], Row[]]> } | undefined;

  /** The relations loadServerRows() filled last. */
  private serverRelations: CatalogRelation[] = [];
  /** When fillTimeZones() last filled the time zone views. */
  private timeZonesFilled: number | undefined;

  constructor(private readonly db: Database.Database) {
    for (const r of RELATIONS) {
      const cols = r.columns.map((c) => {
        const name = c.slice(0, c.indexOf(' '));
        return `"${name}" ${sqliteDeclared(c.slice(name.length + 1))}`;
      });
      db.exec(`CREATE TEMP TABLE "${r.schema}.${r.name}" (${cols.join(', ')})`);
    }
    for (const ddl of HELPER_DDL) db.exec(ddl);
    for (const [table, column] of INDEXES) db.exec(`CREATE INDEX temp."${table}.${column}" ON "${table}" ("${column}")`);
    registerCatalogFunctions(db, this.typeNames, this.typeSchemas);
    this.readState = db.prepare(`SELECT key FROM ${HELPER.state} WHERE part = ?`).pluck();
    this.writeState = db.prepare(`INSERT OR REPLACE INTO ${HELPER.state} (part, key) VALUES (?, ?)`);
    this.readMain = db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_schema ORDER BY rowid');
    // The temp schema also holds the catalog's own tables, change capture's triggers, and every
    // session's temporary tables (a writer's): only the one session's (the parameter, a GLOB) are its.
    this.readTemp = db.prepare(`SELECT type, name, tbl_name, sql FROM temp.sqlite_schema WHERE type <> 'trigger' AND instr(coalesce(sql, ''), '${COMMITTED_VIEW_MARK}') = 0 AND (tbl_name GLOB ? OR ${CATALOG_OBJECT_PATTERNS.map((p) => `name NOT GLOB '${p}'`).join(' AND ')}) ORDER BY rowid`);
  }

  /** The built-in rows, on the first catalog query: a connection that never reads the catalog never pays for them. */
  private fillBuiltins(): void {
    const fixed = staticContent();
    for (const r of RELATIONS) {
      const key = `${r.schema}.${r.name}`;
      const rows = BUILTIN_ROWS[key] ?? fixed.relations.get(key);
      if (rows) this.insert(r, rows);
    }
    this.insertHelper('evsql.function', ['oid', 'result', 'arguments', 'identity_arguments'], FUNCTION_TEXT_ROWS);
    this.insertHelper('evsql.name', ['kind', 'oid', 'name'], fixed.names);
  }

  /** Brings the catalog up to date for the running request; call before statement `sql`, which reads it. */
  refresh(session: CatalogSession, sql: string): void {
    this.fillTimeZones(sql);
    // Keyed on the schema's content: a rolled-back change puts the old schema_version back, so
    // the version alone cannot tell two schemas apart.
    const master = this.masterRows(session.pid);
    this.typeSchemas.visible = new Set(searchPathNames(session.settings.search_path, session.user));
    const lastValues = this.lastValues(master);
    const schemaKey = createHash('sha1').update(JSON.stringify([master, [...lastValues].map(([t, v]) => [t, String(v)]), session.user, session.database, session.databases ?? null])).digest('base64');
    const settingsKey = JSON.stringify(session.settings);
    const unfilled = this.readState.get('builtins') === undefined;
    if (this.content?.key !== schemaKey) this.content = this.build(session, schemaKey, master, lastValues);
    const stale = this.relationsRead(sql).filter((table) => this.readState.get(table) !== schemaKey);
    const settingsStale = this.readState.get('settings') !== settingsKey;
    // After the fill, which empties every relation it makes rows for.
    if (!unfilled && !stale.length && !settingsStale) return this.loadServerRows(session.serverRows);
    this.inTransaction(() => {
      if (unfilled) this.fillBuiltins();
      for (const table of stale) {
        this.fill(table);
        this.writeState.run(table, schemaKey);
      }
      if (settingsStale) {
        const settings = RELATIONS.find((r) => r.schema === 'pg_catalog' && r.name === 'pg_settings')!;
        this.db.exec(`DELETE FROM ${sqliteTable(settings)}`);
        this.insert(settings, settingRows(session.settings));
      }
      this.writeState.run('builtins', 'filled');
      this.writeState.run('settings', settingsKey);
    });
    this.loadServerRows(session.serverRows);
  }

  /** The catalog's tables the statement names (its relations' and the lookup tables the translator joins), by their temp-schema names. */
  private relationsRead(sql: string): string[] {
    const tables: string[] = [];
    for (const key of this.content!.relations.keys()) if (sql.includes(`temp."${key}"`)) tables.push(key);
    for (const [key] of HELPER_TABLES) if (sql.includes(`temp."${key}"`)) tables.push(key);
    return tables;
  }

  /** The user's schema as PostgreSQL would describe it, read now (constraint names, column types); `pid`'s temporary tables in it. */
  model(pid: number | null, master = this.masterRows(pid), lastValues = this.lastValues(master)): Model {
    const viewColumns = (name: string, temp: boolean): ViewColumn[] => {
      try {
        // A numeric's display column a view's query carries is no column of the view's to its clients.
        return (this.db.prepare(`SELECT name, type AS declType FROM pragma_table_info(?, ?)`).all(name, temp ? 'temp' : 'main') as ViewColumn[]).filter((c) => !isDisplayColumn(c.name));
      } catch {
        // A view over a table dropped since has no columns to tell.
        return [];
      }
    };
    return buildModel(master.filter((r) => isSessionTemp(r.tbl_name) || (!isInternalTable(r.name) && !isInternalTable(r.tbl_name))), viewColumns, lastValues);
  }

  /** The schema's rows, and format_type's names of its types. */
  private build(session: Session, key: string, master: MasterRow[], lastValues: Map<string, bigint>): NonNullable<Catalog['content']> {
    const content = catalogContent(this.model(null, master, lastValues), session);
    this.typeNames.clear();
    this.typeSchemas.byOid.clear();
    const schemaNames = new Map((content.relations.get('pg_catalog.pg_namespace') ?? []).filter((n) => !BUILT_IN_NAMESPACES.has(Number(n.oid))).map((n) => [Number(n.oid), String(n.nspname)]));
    for (const t of content.relations.get('pg_catalog.pg_type') ?? []) {
      const elem = Number(t.typelem);
      this.typeNames.set(Number(t.oid), elem ? `${quoteIdentifier(String(t.typname).slice(1))}[]` : quoteIdentifier(String(t.typname)));
      const schema = schemaNames.get(Number(t.typnamespace));
      if (schema !== undefined) this.typeSchemas.byOid.set(Number(t.oid), schema);
    }
    const helpers = HELPER_TABLES.map(([table, columns, part]): [string, string[], Row[]] => [table, columns, content[part]]);
    return { key, relations: content.relations, helpers };
  }

  /** Replaces one relation's (or lookup table's) rows made from the schema with those of this.content. */
  private fill(table: string): void {
    const content = this.content!;
    this.db.exec(`DELETE FROM temp."${table}"${DYNAMIC_ROWS[table] ? ` WHERE ${DYNAMIC_ROWS[table]}` : ''}`);
    const rows = content.relations.get(table);
    if (rows) return this.insert(catalogRelation(...splitKey(table))!, rows);
    const [, columns, helperRows] = content.helpers.find(([t]) => t === table)!;
    this.insertHelper(table, columns, helperRows);
  }

  private masterRows(pid: number | null): MasterRow[] {
    const main = (this.readMain.all() as MasterRow[]).map((r) => ({ ...r, temp: false }));
    const temp = (this.readTemp.all(pid === null ? '' : `${sessionTempPrefix(pid)}*`) as MasterRow[]).map((r) => ({ ...r, temp: true }));
    return [...main, ...temp];
  }

  /** The last value each serial or identity key has taken, by table. */
  private lastValues(master: MasterRow[]): Map<string, bigint> {
    const out = new Map<string, bigint>();
    // A CREATE SEQUENCE's, by its table, once nextval has drawn one.
    for (const r of master) {
      if (r.temp || r.type !== 'table' || !isSequenceTable(r.name)) continue;
      const last = this.db.prepare(`SELECT last_value FROM main.${quoteIdentifier(r.name)} WHERE pid = 0 AND is_called`).pluck().get() as bigint | number | undefined;
      if (last !== undefined) out.set(r.name, BigInt(last));
    }
    if (!master.some((r) => r.name === 'sqlite_sequence' && !r.temp)) return out;
    for (const [table, seq] of this.db.prepare('SELECT name, seq FROM main.sqlite_sequence').raw().all() as Array<[string, bigint | number]>) out.set(table, BigInt(seq));
    return out;
  }

  private inTransaction(body: () => void): void {
    if (this.db.inTransaction) {
      body();
      return;
    }
    this.db.exec('BEGIN');
    try {
      body();
      this.db.exec('COMMIT');
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  /**
   * The time zone views, for a statement that reads them: their rows take Intl a second to make
   * (time-zone-views.ts), which a connection pays only if it asks, and again an hour on.
   */
  private fillTimeZones(sql: string): void {
    if (!TIME_ZONE_VIEWS.some((r) => sql.includes(sqliteTable(r)))) return;
    const now = Date.now();
    if (this.timeZonesFilled !== undefined && now - this.timeZonesFilled < 3_600_000) return;
    const rows = timeZoneRows(now);
    for (const [r, list] of [[TIME_ZONE_VIEWS[0]!, rows.names], [TIME_ZONE_VIEWS[1]!, rows.abbrevs]] as const) {
      this.db.exec(`DELETE FROM ${sqliteTable(r)}`);
      this.insert(r, list);
    }
    this.timeZonesFilled = now;
  }

  /**
   * The relations only the server knows hold the rows the running statement brought, and none
   * once a statement brings none: a view over pg_stat_activity must not find an earlier
   * statement's sessions.
   */
  private loadServerRows(rows: ServerRows | undefined): void {
    if (!rows && !this.serverRelations.length) return;
    for (const r of this.serverRelations) this.db.exec(`DELETE FROM ${sqliteTable(r)}`);
    this.serverRelations = [];
    for (const [key, list] of Object.entries(rows ?? {})) {
      const r = catalogRelation(...splitKey(key));
      assert(r !== undefined, () => `rows for ${key}, which is no catalog relation`);
      this.insert(r, list as Row[]);
      this.serverRelations.push(r);
    }
  }

  private insert(r: CatalogRelation, rows: Row[]): void {
    const columns = columnNames(r);
    const types = r.columns.map((c, i) => c.slice(columns[i]!.length + 1));
    const stmt = this.statement(`${r.schema}.${r.name}`, columns);
    for (const row of rows) stmt.run(columns.map((c, i) => storeValue(row[c] ?? null, types[i]!)));
  }

  private insertHelper(table: string, columns: string[], rows: readonly Row[]): void {
    const stmt = this.statement(table, columns);
    for (const row of rows) stmt.run(columns.map((c) => storeValue(row[c] ?? null, 'text')));
  }

  private statement(table: string, columns: string[]): Database.Statement {
    let stmt = this.inserts.get(table);
    if (!stmt) {
      stmt = this.db.prepare(`INSERT INTO temp."${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      this.inserts.set(table, stmt);
    }
    return stmt;
  }
}

/** The lookup tables made from the schema: their names, columns, and the part of catalogContent that fills them. */
const HELPER_TABLES: Array<[string, string[], 'definitions' | 'pretty' | 'indexKeys' | 'names' | 'functionTexts']> = [
  ['evsql.definition', ['oid', 'definition', 'pretty'], 'definitions'],
  ['evsql.pretty', ['plain', 'pretty'], 'pretty'],
  ['evsql.index_key', ['indexrelid', 'colno', 'definition', 'pretty'], 'indexKeys'],
  ['evsql.name', ['kind', 'oid', 'name'], 'names'],
  ['evsql.function', ['oid', 'result', 'arguments', 'identity_arguments'], 'functionTexts'],
];

function splitKey(key: string): [string, string] {
  const at = key.indexOf('.');
  return [key.slice(0, at), key.slice(at + 1)];
}

const BUILTIN_ROWS: Record<string, Row[]> = {
  'pg_catalog.pg_type': [...TYPE_ROWS, ...INFORMATION_SCHEMA_TYPE_ROWS],
  'pg_catalog.pg_proc': PROC_ROWS,
  'pg_catalog.pg_am': AM_ROWS,
  'pg_catalog.pg_collation': COLLATION_ROWS,
  'pg_catalog.pg_tablespace': TABLESPACE_ROWS,
  'pg_catalog.pg_language': LANGUAGE_ROWS,
  'pg_catalog.pg_range': RANGE_ROWS,
  'pg_catalog.pg_operator': OPERATOR_ROWS,
};
for (const key of INSTALLED_ONCE) if (!BUILTIN_ROWS[key]) throw new Error(`no built-in rows for ${key}`);

/** A catalog value in evsql's storage convention for the column's type. */
function storeValue(v: Value, type: string): SqliteValue {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (type === 'regproc' && typeof v === 'string') return regprocValue(v);
  if (type === 'int2vector' || type === 'oidvector') return Array.isArray(v) ? v.join(' ') : String(v);
  if (type.endsWith('[]')) return JSON.stringify(Array.isArray(v) ? v : parseArrayLiteral(String(v)));
  if (Array.isArray(v)) return JSON.stringify(v);
  return v;
}

// ---------------------------------------------------------------- arrays

/** The length of each dimension of a (rectangular) array's items; none for an empty array. */
export function arrayDimensions(items: unknown[]): number[] {
  const dims: number[] = [];
  for (let x: unknown = items; Array.isArray(x) && x.length > 0; x = x[0]) dims.push(x.length);
  return dims;
}

/**
 * An array value in any of the forms catalog queries meet: evsql's JSON storage, PostgreSQL's
 * literal (`{a,"b c"}`, a parameter or a constant), or the space-separated int2vector/oidvector.
 */
export function arrayItems(v: SqliteValue): unknown[] | null {
  if (v === null) return null;
  const s = Buffer.isBuffer(v) ? v.toString('utf8') : String(v).trim();
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = LONG_DIGITS.test(s) ? exactJson(parseJson(s)) : JSON.parse(s);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // Not JSON after all: read it as a literal below.
    }
  }
  if (s.startsWith('{') || s.includes('={')) return parseArrayLiteral(s);
  return s === '' ? [] : s.split(/\s+/).map((x) => (/^-?\d+$/.test(x) ? Number(x) : x));
}

/** A run of digits that may be an integer past 2^53, which a double does not hold (an int8[]'s element). */
const LONG_DIGITS = /\d{16}/;

/** Parsed JSON as JSON.parse gives it, but with each integer a double does not hold exactly a bigint. */
function exactJson(node: JsonNode): unknown {
  if (node instanceof JsonNumber) {
    const n = Number(node.raw);
    // Past an int8's range it is a float's whole value (-1e20 written out), which stays a double.
    return Number.isSafeInteger(n) || !/^-?\d+$/.test(node.raw) || Math.abs(n) > 2 ** 63 ? n : BigInt(node.raw);
  }
  if (Array.isArray(node)) return node.map(exactJson);
  return node instanceof JsonObject ? Object.fromEntries(node.entries.map(([k, v]) => [k, exactJson(v)])) : node;
}

/** Array items (arrayItems') as the storage JSON: a bigint's digits as a JSON number. */
export function storedArrayJson(items: unknown): string {
  if (Array.isArray(items)) return `[${items.map(storedArrayJson).join(',')}]`;
  return typeof items === 'bigint' ? items.toString() : (JSON.stringify(items) ?? 'null');
}

/** A one-dimensional array literal; elements stay text, NULL becomes null. */
function parseArrayLiteral(s: string): Array<string | null> {
  const body = s.slice(s.indexOf('{') + 1, s.lastIndexOf('}'));
  const out: Array<string | null> = [];
  let i = 0;
  while (i < body.length) {
    if (body[i] === '"') {
      let item = '';
      i++;
      while (i < body.length && body[i] !== '"') {
        if (body[i] === '\\') i++;
        item += body[i++] ?? '';
      }
      out.push(item);
      i = body.indexOf(',', i);
      if (i < 0) break;
      i++;
      continue;
    }
    // Unquoted, as array_in reads it: a backslash takes the next character as it is (a comma too).
    let item = '';
    let escaped = false;
    let lastEscaped = false;
    while (i < body.length && body[i] !== ',') {
      lastEscaped = body[i] === '\\';
      if (lastEscaped) {
        escaped = true;
        i++;
      }
      item += body[i++] ?? '';
    }
    const trimmed = lastEscaped ? item.trimStart() : item.trim();
    out.push(!escaped && /^null$/i.test(trimmed) ? null : trimmed);
    i++;
  }
  return out;
}

/** An array element as an SQLite value: integers as INTEGER, booleans 0/1, nested values as JSON. */
function elementValue(v: unknown): SqliteValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  // A whole double past 2^53 is a float's (1e300): an int8's is a bigint already (arrayItems).
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : v;
  if (typeof v === 'bigint') return v;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function arrayText(items: unknown[], sep: string, nullText: string | null): string {
  // A multidimensional array's elements in storage order (`{{1,2},{3,4}}` is 1;2;3;4).
  return (items.flat(Infinity) as unknown[])
    .filter((x) => x !== null || nullText !== null)
    .map((x) => (x === null ? nullText : typeof x === 'boolean' ? (x ? 't' : 'f') : typeof x === 'object' ? JSON.stringify(x) : String(x)))
    .join(sep);
}

/**
 * Compares a value with an array element: numerically when either is a number (array literals
 * give text elements), else as text. Null when either is null, as SQL comparisons are.
 */
export function compareElement(value: SqliteValue, element: unknown): number | null {
  if (value === null || element === null || element === undefined) return null;
  const e = typeof element === 'boolean' ? (element ? 1 : 0) : element;
  // An int8 past 2^53 (a bigint on either side) is compared exactly, as a double cannot tell its neighbours apart.
  if (typeof e === 'bigint' || (typeof value === 'bigint' && (value > MAX_SAFE || value < -MAX_SAFE))) {
    const [x, y] = [exactInteger(value), exactInteger(e)];
    if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof value === 'bigint' || typeof value === 'number' || typeof e === 'number') {
    const a = Number(value);
    const b = Number(e);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return a < b ? -1 : a > b ? 1 : 0;
  }
  const a = text(value);
  const b = typeof e === 'object' ? JSON.stringify(e) : String(e);
  return a < b ? -1 : a > b ? 1 : 0;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** An integer's exact value: a bigint, a double that is a whole number; undefined for anything else. */
function exactInteger(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v;
  return typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : undefined;
}

const COMPARE: Record<string, (c: number) => boolean> = {
  '=': (c) => c === 0,
  '<>': (c) => c !== 0,
  '<': (c) => c < 0,
  '>': (c) => c > 0,
  '<=': (c) => c <= 0,
  '>=': (c) => c >= 0,
};

/** `value op ANY (array)` (any = true) or `value op ALL (array)`, with SQL's three-valued logic. */
function arrayMatch(value: SqliteValue, array: SqliteValue, op: SqliteValue, any: boolean): SqliteValue {
  // A multi-dimensional array is compared element by element, in storage order.
  const items = arrayItems(array)?.flat(Infinity) ?? null;
  const test = COMPARE[text(op)];
  if (items === null || !test) return null;
  let unknown = false;
  for (const item of items) {
    const c = compareElement(value, item);
    if (c === null) unknown = true;
    else if (test(c) === any) return any ? 1n : 0n;
  }
  return unknown ? null : any ? 0n : 1n;
}

/** pg_size_pretty, as PostgreSQL 15 computes it (halves rounded away from zero). */
export function sizePretty(bytes: number): string {
  const limit = 10 * 1024;
  const limit2 = limit * 2 - 1;
  if (Math.abs(bytes) < limit) return `${bytes} bytes`;
  // One extra bit is kept for rounding.
  let size = Math.floor(bytes / 512);
  for (const unit of ['kB', 'MB', 'GB', 'TB']) {
    if (Math.abs(size) < limit2) return `${Math.trunc((size + (size < 0 ? -1 : 1)) / 2)} ${unit}`;
    size = Math.floor(size / 1024);
  }
  return `${Math.trunc((size + (size < 0 ? -1 : 1)) / 2)} PB`;
}

const SIZE_UNITS: Record<string, bigint> = { bytes: 1n, kb: 1n << 10n, mb: 1n << 20n, gb: 1n << 30n, tb: 1n << 40n, pb: 1n << 50n };

/** pg_size_bytes (dbsize.c): a number, an optional unit of pg_size_pretty's, rounded to whole bytes. */
export function sizeBytes(input: string): bigint {
  const invalid = (extra: { detail?: string; hint?: string } = {}) => new PgError(SqlState.invalidParameterValue, `invalid size: "${input}"`, extra);
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(.*?)\s*$/.exec(input);
  if (!m) throw invalid();
  const unit = m[2]!;
  const multiplier = unit === '' ? 1n : SIZE_UNITS[unit.toLowerCase()];
  if (multiplier === undefined) throw invalid({ detail: `Invalid size unit: "${unit}".`, hint: 'Valid units are "bytes", "kB", "MB", "GB", "TB", and "PB".' });
  const value = Number(m[1]) * Number(multiplier);
  return BigInt(Math.sign(value) * Math.round(Math.abs(value)));
}

// public is a user schema here: its types are qualified off the search path (pg_dump's empty one).
const BUILT_IN_NAMESPACES = new Set<number>([NAMESPACE.pg_catalog, NAMESPACE.pg_toast, NAMESPACE.information_schema]);

const NAME_PART = String.raw`\s*(?:"(?:[^"]|"")*"|[^."]+)\s*`;
const QUALIFIED_NAME = new RegExp(`^${NAME_PART}(?:\\.${NAME_PART})*$`);

/** A dotted name read from text as stringToQualifiedNameList reads it: an empty part (`a..b`, `a.`, '') is 42602. */
function qualifiedName(input: string): { schema: string | null; name: string } {
  if (!QUALIFIED_NAME.test(input)) throw new PgError(SqlState.invalidName, 'invalid name syntax');
  return relationName(input);
}

/** parseNameAndArgTypes: `name(type, …)` split into the name and the types' texts (a type's own parentheses kept). */
function procedureSignature(input: string): { name: string; args: string[] } {
  const open = input.indexOf('(');
  if (open < 0) throw new PgError(SqlState.invalidTextRepresentation, 'expected a left parenthesis');
  const inner = input.trimEnd();
  if (!inner.endsWith(')')) throw new PgError(SqlState.invalidTextRepresentation, 'expected a right parenthesis');
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = start; i < inner.length - 1; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0) {
      args.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  const last = inner.slice(start, inner.length - 1);
  if (args.length || last.trim() !== '') args.push(last);
  if (args.some((a) => a.trim() === '')) throw new PgError(SqlState.invalidTextRepresentation, 'expected a type name');
  return { name: input.slice(0, open).trim(), args: args.map((a) => a.trim()) };
}

interface TypeSchemas {
  byOid: Map<number, string>;
  visible: Set<string>;
}

function registerCatalogFunctions(db: Database.Database, typeNames: ReadonlyMap<number, string>, typeSchemas: TypeSchemas): void {
  const fn = (name: string, impl: (...args: SqliteValue[]) => SqliteValue, varargs = false) => db.function(name, { deterministic: true, safeIntegers: true, varargs }, impl as (...args: unknown[]) => unknown);
  fn('pg_format_type', (oid, typmod) => {
    if (oid === null) return null;
    const t = Number(oid);
    // No type: a dropped column's (pg_attribute.atttypid), a domain's or enum's typbasetype.
    if (t === 0) return '-';
    // Without a typmod, bpchar is SQL's character; with -1 given, bpchar (format_type_extended).
    if (t === OID.bpchar && typmod === null) return 'character';
    const format = (t: number): string => {
      // bit with typmod -1 given is not BIT, which means bit(1): format_type quotes it (format_type_extended).
      if (typmod !== null && Number(typmod) < 0 && (t === OID.bit || t === arrayOidOf(OID.bit))) return t === OID.bit ? '"bit"' : '"bit"[]';
      const known = formatType(t, typmod === null ? -1 : Number(typmod));
      if (known !== '???') return known;
      const own = typeNames.get(t);
      const schema = typeSchemas.byOid.get(t);
      if (own !== undefined) return schema !== undefined && !typeSchemas.visible.has(schema) ? `${quoteIdentifier(schema)}.${own}` : own;
      const elem = arrayElementOid(t) || builtinArrayElement(t);
      if (elem) return `${format(elem)}[]`;
      return builtinTypeName(t) ?? '???';
    };
    return format(t);
  });
  fn('pg_size_pretty', (n) => (n === null ? null : sizePretty(Number(n))));
  fn('pg_size_bytes', (s) => (s === null ? null : sizeBytes(text(s))));
  fn('pg_encoding_to_char', (n) => (n === null ? null : (({ 0: 'SQL_ASCII', 6: 'UTF8' }) as Record<number, string>)[Number(n)] ?? ''));
  fn('pg_quote_ident', (s) => (s === null ? null : quoteIdentifier(text(s))));
  fn('pg_array_json', (a) => {
    const items = arrayItems(a);
    return items === null ? null : storedArrayJson(items);
  });
  fn('pg_array_to_string', (a, sep, nullText) => {
    const items = arrayItems(a);
    return items === null || sep === null ? null : arrayText(items, text(sep), nullText === undefined || nullText === null ? null : text(nullText));
  }, true);
  // array_position(a, elem [, start]): the first match at or after start.
  // array_position_common's order of checks: a multidimensional array is refused, an empty one or
  // a NULL sought in an array without NULLs answers NULL, and only then is a NULL start an error.
  fn('pg_array_position', (a, elem, start) => {
    const items = arrayItems(a);
    if (items === null) return null;
    if (items.some(Array.isArray)) throw new PgError(SqlState.featureNotSupported, 'searching for elements in multidimensional arrays is not supported');
    if (items.length === 0 || (elem === null && !items.includes(null))) return null;
    if (start === null) throw new PgError(SqlState.nullValueNotAllowed, 'initial position must not be null');
    const from = start === undefined ? 0 : Number(start) - 1;
    // IS NOT DISTINCT FROM, as array_position compares: a NULL finds the first NULL.
    const at = items.findIndex((x, i) => i >= from && (elem === null ? x === null : x !== null && compareElement(elem, x) === 0));
    return at < 0 ? null : BigInt(at + 1);
  }, true);
  fn('pg_array_any', (value, array, op) => arrayMatch(value, array, op, true));
  fn('pg_array_all', (value, array, op) => arrayMatch(value, array, op, false));
  // Arrays here have one dimension and start at 1; int2vector and oidvector (pg_index.indkey,
  // indclass: space-separated, not JSON or a literal) start at 0.
  const isVector = (a: SqliteValue) => typeof a !== 'string' || !/^\s*[[{]/.test(a);
  const arrayLength = (a: SqliteValue, dim: SqliteValue) => {
    const items = arrayItems(a);
    const length = items === null || dim === null ? undefined : arrayDimensions(items)[Number(dim) - 1];
    return length === undefined ? null : BigInt(length);
  };
  fn('pg_array_upper', (a, dim) => {
    const length = arrayLength(a, dim);
    return length !== null && isVector(a) ? length - 1n : length;
  });
  fn('pg_array_lower', (a, dim) => (arrayLength(a, dim) === null ? null : isVector(a) ? 0n : 1n));
  fn('pg_array_length', arrayLength);
  fn('pg_array_get', (a, index) => {
    const items = arrayItems(a);
    if (items === null || index === null) return null;
    const item = items[Number(index) - (isVector(a) ? 0 : 1)];
    // One subscript of a multidimensional array names no element: NULL, as in PostgreSQL.
    return Array.isArray(item) ? null : elementValue(item);
  });
  fn('pg_array_flat_get', (a, index) => {
    const items = arrayItems(a);
    if (items === null || index === null) return null;
    return elementValue((items as unknown[]).flat(Infinity)[Number(index) - (isVector(a) ? 0 : 1)]);
  });
  fn('pg_parse_relname', (s) => (s === null ? null : qualifiedName(text(s)).name));
  fn('pg_parse_relschema', (s) => (s === null ? null : qualifiedName(text(s)).schema));
  // A role's or a schema's name, which is one identifier: a qualified one is invalid syntax too (regrolein, regnamespacein).
  fn('pg_parse_unqualified', (s) => {
    if (s === null) return null;
    const { schema, name } = qualifiedName(text(s));
    if (schema !== null) throw new PgError(SqlState.invalidName, 'invalid name syntax');
    return name;
  });
  const regtypeIn = (s: SqliteValue): bigint | null => {
    if (s === null) return null;
    if (typeof s === 'bigint' || /^\s*\d+\s*$/.test(text(s))) return BigInt(text(s).trim());
    // typeNames holds an array type as its element's name and `[]`.
    const shown = (name: string) => (name.endsWith('[]') ? `${quoteIdentifier(name.slice(0, -2))}[]` : quoteIdentifier(name));
    const own = (name: string, schema: string | null) => [...typeNames].find(([oid, n]) => n === shown(name) && (schema === null || (typeSchemas.byOid.get(oid) ?? 'public') === schema))?.[0];
    // An array type's pg_type name is its element's with `_` before it (`_mood` is `mood[]`).
    const ownOrArray = (name: string, schema: string | null) => own(name, schema) ?? (name.startsWith('_') ? own(`${name.slice(1)}[]`, schema) : undefined);
    return BigInt(regtypeOid(text(s), (name, schema) => ownOrArray(name, schema) ?? (schema === null ? catalogOnlyTypeOid(name) : undefined)));
  };
  fn('pg_regtype_in', regtypeIn);
  // regprocedure's text, `name(type, …)`: its name, and its argument types as proargtypes keeps them.
  fn('pg_procedure_name', (s) => (s === null ? null : procedureSignature(text(s)).name));
  fn('pg_procedure_argtypes', (s) => (s === null ? null : procedureSignature(text(s)).args.map((a) => String(regtypeIn(a))).join(' ')));
  // regoperator's text, `name(left,right)`: the name without pg_catalog (every operator's schema), and the operands as
  // `oprleft oprright` (NONE is a prefix operator's missing left), regoperatorin's errors.
  fn('pg_operator_name', (s) => (s === null ? null : (text(s).includes('(') ? procedureSignature(text(s)).name : text(s).trim()).replace(/^pg_catalog\./, '')));
  fn('pg_operator_argtypes', (s) => {
    if (s === null) return null;
    const { args } = procedureSignature(text(s));
    if (args.length < 2) throw new PgError(SqlState.undefinedParameter, 'missing argument', { hint: 'Use NONE to denote the missing argument of a unary operator.' });
    if (args.length > 2) throw new PgError(SqlState.tooManyArguments, 'too many arguments', { hint: 'Provide two argument types for operator.' });
    return args.map((a) => (a.toLowerCase() === 'none' ? '0' : String(regtypeIn(a)))).join(' ');
  });
  // to_regtype: a name that names no type is NULL rather than 42704.
  fn('pg_to_regtype', (s) => {
    try {
      return regtypeIn(s);
    } catch (e) {
      if ((e as { code?: string }).code === '42704') return null;
      throw e;
    }
  });
  db.table('pg_unnest', {
    columns: ['value', 'ordinality'],
    parameters: ['__evsql_array'],
    safeIntegers: true,
    *rows(...params: unknown[]) {
      const items = arrayItems(params[0] as SqliteValue);
      if (!items) return;
      let n = 0n;
      // A multidimensional array unnests to its elements in storage order.
      for (const v of (items as unknown[]).flat(Infinity)) yield [elementValue(v), ++n];
    },
  });
}
