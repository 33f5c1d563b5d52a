/**
 * Constraint violations reported as PostgreSQL fills them: the constraint's PostgreSQL name, the
 * schema and table, and the detail with the values (`Key (email)=(ann@example.com) already
 * exists.`, `Failing row contains (…)`), which clients parse (Sequelize's UniqueConstraintError
 * reads its `fields` from the detail). SQLite's error names at most the columns, so the failed
 * statement runs once more inside a savepoint that is then rolled back: a temporary BEFORE trigger
 * hands the row being written to a function (the last one before the failure is the failing row),
 * and a foreign key failure reruns with the keys deferred and asks foreign_key_check which row and
 * which key broke. Only a failed write pays for this, and the replicas' state is untouched by it.
 */
import type Database from 'better-sqlite3';
import { quoteIdentifier } from '../pg/ident.js';
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import { encodeText } from '../pg/types/text-format.js';
import type { Catalog } from '../dialect/runtime/catalog/install.js';
import { type Constraint, type Model, type Table, columnAt } from '../dialect/runtime/catalog/model.js';
import { quoteIdent, quoteString } from '../dialect/sqlite-quote.js';
import { toPgError } from './sqlite-errors.js';
import { sequenceDraws } from '../dialect/runtime/sequence-functions.js';

const SAVEPOINT = 'evsql_violation';
const CAPTURE = 'evsql_violation_row';
/** ExecBuildSlotValueDescription's limit on each value of a failing row. */
const MAX_FIELD_LENGTH = 64;

interface SqliteError {
  code?: string;
  message: string;
}

/** The failed statement, as it ran. */
export interface FailedStatement {
  sql: string;
  args: SqliteValue[];
  /** The session that ran it: its temporary tables are in the model. */
  pid?: number;
}

const captured = new WeakMap<Database.Database, { row: SqliteValue[] | null }>();

/** `err` in PostgreSQL's terms, with the fields PostgreSQL gives a constraint violation. */
export function explainViolation(db: Database.Database, catalog: Catalog, err: unknown, failed: FailedStatement): PgError {
  const code = (err as SqliteError | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return toPgError(err);
  const plain = toPgError(err);
  // A domain's violation names the domain, not the row (dialect/catalog/domains.ts).
  if (plain.fields.dataType !== undefined) return plain;
  try {
    const model = schemaModel(db, catalog, failed.pid ?? null);
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return foreignKeyViolation(db, model, failed) ?? plain;
    return rowViolation(db, model, err as SqliteError, plain, failed) ?? plain;
  } catch {
    // The explanation is a courtesy: the violation itself is what the client must get.
    return plain;
  }
}

interface CachedModel {
  /** Prepared once: `db.pragma()` prepares its statement at every call (15 µs for the two), and DeferredKeys.mayDefer asks before every step of a transaction. */
  readonly versions: readonly [Database.Statement, Database.Statement];
  version: string;
  model: Model | undefined;
}

const models = new WeakMap<Database.Database, CachedModel>();

/** The catalog's model of the schema, kept while the schema stays as it is: an app may fail writes often. */
export function schemaModel(db: Database.Database, catalog: Catalog, pid: number | null = null): Model {
  let cached = models.get(db);
  if (!cached) {
    cached = { versions: [db.prepare('PRAGMA main.schema_version').pluck(), db.prepare('PRAGMA temp.schema_version').pluck()], version: '', model: undefined };
    models.set(db, cached);
  }
  const version = `${cached.versions[0].get()}/${cached.versions[1].get()}/${pid}`;
  if (cached.model && cached.version === version) return cached.model;
  cached.version = version;
  cached.model = catalog.model(pid);
  return cached.model;
}

/** Unique, not-null and check violations: the row the statement was writing when it failed. */
function rowViolation(db: Database.Database, model: Model, err: SqliteError, plain: PgError, failed: FailedStatement): PgError | null {
  const table = findTable(model, plain.fields.table ?? targetTable(failed.sql));
  if (!table) return null;
  const row = failingRow(db, table, failed);
  if (!row) return null;
  const fields = { schema: table.schema, table: table.name };
  if (plain.code === SqlState.uniqueViolation) {
    const key = uniqueKey(table, plain.fields.constraint, err.message);
    if (!key) return null;
    const values = key.keys.map((k) => (k.expression === undefined ? valueText(table, k.attnum, row[table.columns.indexOf(columnAt(table, k.attnum)!)]!) : expressionText(db, table, k.expression, row)));
    if (values.includes(undefined)) return null;
    return new PgError(SqlState.uniqueViolation, `duplicate key value violates unique constraint "${key.name}"`, {
      ...fields,
      constraint: key.name,
      detail: `Key (${key.keys.map((k) => k.display).join(', ')})=(${values.join(', ')}) already exists.`,
    });
  }
  const detail = `Failing row contains (${table.columns.map((c, i) => truncate(valueText(table, c.attnum, row[i]!) ?? 'null')).join(', ')}).`;
  if (plain.code === SqlState.notNullViolation) return new PgError(plain.code, plain.message, { ...fields, column: plain.fields.column, detail });
  if (plain.code === SqlState.checkViolation) {
    const named = plain.fields.constraint;
    const check = table.constraints.find((c) => c.type === 'c' && (c.name === named || c.checkSql === named));
    if (!check) return null;
    return new PgError(plain.code, `new row for relation "${table.name}" violates check constraint "${check.name}"`, { ...fields, constraint: check.name, detail });
  }
  return null;
}

/** Runs the statement again with a trigger handing over each row it writes; the last one failed. */
function failingRow(db: Database.Database, table: Table, failed: FailedStatement): SqliteValue[] | null {
  const state = capturing(db);
  const columns = table.columns.map((c) => `NEW.${quoteIdent(c.name)}`);
  // A serial key's value is not chosen yet in a BEFORE trigger; PostgreSQL's row shows the next one.
  // (A table made before serial columns had sequences; since, the statement names the drawn value.)
  const legacy = /\bAUTOINCREMENT\b/i.test((db.prepare('SELECT sql FROM main.sqlite_schema WHERE name = ?').pluck().get(table.stored) as string | undefined) ?? '');
  const auto = legacy ? table.columns.find((c) => c.default?.plain.startsWith('nextval(') || c.identity !== '') : undefined;
  const next = auto ? `(SELECT coalesce(max(seq), 0) + 1 FROM main.sqlite_sequence WHERE name = ${quoteString(table.stored)})` : 'NULL';
  const on = `${table.temp ? 'temp' : 'main'}.${quoteIdent(table.stored)}`;
  return inSavepoint(db, () => {
    for (const event of rowEvents(failed.sql)) {
      db.exec(`CREATE TEMP TRIGGER "${CAPTURE}_${event.toLowerCase()}" BEFORE ${event} ON ${on} BEGIN SELECT ${CAPTURE}(${next}, ${columns.join(', ')}); END`);
    }
    state.row = null;
    rerun(db, failed);
    const row = state.row as SqliteValue[] | null;
    if (!row) return null;
    const [nextKey, ...values] = row;
    const at = auto ? table.columns.indexOf(auto) : -1;
    if (auto && nextKey !== null && (values[at] === null || values[at] === -1n)) values[at] = nextKey;
    return values;
  });
}

interface BrokenReference {
  constraint: Constraint;
  /** The referencing row's key values, in the constraint's column order. */
  values: SqliteValue[];
  /** The referencing row was written by the statement (else the referenced one went away). */
  written: boolean;
}

function foreignKeyViolation(db: Database.Database, model: Model, failed: FailedStatement): PgError | null {
  const broken = brokenReference(db, model, failed);
  return broken && foreignKeyError(broken.constraint, broken.values, broken.written);
}

/**
 * PostgreSQL's error for foreign key `constraint` broken by a referencing row `written` with key
 * `values`, or else by the referenced row of those values going away.
 */
export function foreignKeyError(constraint: Constraint, values: SqliteValue[], written: boolean): PgError {
  const child = constraint.table;
  const parent = constraint.ref!.table!;
  const fields = { schema: child.schema, table: child.name, constraint: constraint.name };
  const text = values.map((v, i) => valueText(child, constraint.attnums[i]!, v) ?? 'null').join(', ');
  if (written) {
    return new PgError(SqlState.foreignKeyViolation, `insert or update on table "${child.name}" violates foreign key constraint "${constraint.name}"`, {
      ...fields,
      detail: `Key (${constraint.columns.map(quoteIdentifier).join(', ')})=(${text}) is not present in table "${parent.name}".`,
    });
  }
  return new PgError(SqlState.foreignKeyViolation, `update or delete on table "${parent.name}" violates foreign key constraint "${constraint.name}" on table "${child.name}"`, {
    ...fields,
    detail: `Key (${constraint.ref!.columns.map(quoteIdentifier).join(', ')})=(${text}) is still referenced from table "${child.name}".`,
  });
}

interface ForeignKeyCheckRow {
  table: string;
  rowid: number | bigint | null;
  fkid: number | bigint;
}

/** Reruns the statement with foreign keys deferred, so it completes and foreign_key_check can tell what broke. */
function brokenReference(db: Database.Database, model: Model, failed: FailedStatement): BrokenReference | null {
  const deferred = db.pragma('defer_foreign_keys', { simple: true });
  db.pragma('defer_foreign_keys = ON');
  try {
    const found = inSavepoint(db, () => {
      rerun(db, failed);
      // PostgreSQL checks the keys in the order they were declared and reports the first broken one.
      let first: { constraint: Constraint; rowid: number | bigint } | null = null;
      // Without a schema the pragma checks main's tables only; a session's temporary ones are temp's.
      for (const v of ['main', 'temp'].flatMap((s) => db.pragma(`${s}.foreign_key_check`) as ForeignKeyCheckRow[])) {
        const table = findTable(model, v.table);
        if (!table || v.rowid === null) continue;
        const constraint = declaredKey(db, table, Number(v.fkid));
        if (constraint && (!first || model.constraints.indexOf(constraint) < model.constraints.indexOf(first.constraint))) first = { constraint, rowid: v.rowid };
      }
      return first && { ...first, after: keyValues(db, first.constraint, first.rowid) };
    });
    if (!found?.after) return null;
    const before = keyValues(db, found.constraint, found.rowid);
    const written = !before || before.some((v, i) => v !== found.after![i]);
    return { constraint: found.constraint, values: found.after, written };
  } finally {
    db.pragma(`defer_foreign_keys = ${deferred ? 'ON' : 'OFF'}`);
  }
}

/** The model's constraint behind SQLite's foreign key number `fkid` of `table`. */
function declaredKey(db: Database.Database, table: Table, fkid: number): Constraint | undefined {
  const from = db.prepare('SELECT "from" FROM pragma_foreign_key_list(?, ?) WHERE id = ? ORDER BY seq').pluck().all(table.stored, table.temp ? 'temp' : 'main', fkid) as string[];
  return table.constraints.find((c) => c.type === 'f' && c.ref?.table && c.columns.join('\0') === from.join('\0'));
}

function keyValues(db: Database.Database, constraint: Constraint, rowid: number | bigint): SqliteValue[] | null {
  const t = constraint.table;
  const row = db.prepare(`SELECT ${constraint.columns.map(quoteIdent).join(', ')} FROM ${t.temp ? 'temp' : 'main'}.${quoteIdent(t.stored)} WHERE rowid = ?`).raw().get(rowid) as SqliteValue[] | undefined;
  return row ?? null;
}

/** The unique key SQLite's message means: by the columns it names, or the index it names. */
interface UniqueKey {
  name: string;
  /** Each key as PostgreSQL's detail names it: a column, or an index's expression (its SQLite text with it). */
  keys: Array<{ display: string; attnum: number; expression?: string }>;
}

function uniqueKey(table: Table, named: string | undefined, message: string): UniqueKey | null {
  const cols = /^UNIQUE constraint failed: ((?:(?:\w+\.)?\w+\.\w+(?:, )?)+)$/.exec(message)?.[1]?.split(', ').map((c) => c.slice(c.lastIndexOf('.') + 1));
  const same = (attnums: number[]) => cols !== undefined && attnums.map((a) => columnAt(table, a)?.name).join('\0') === cols.join('\0');
  const column = (attnum: number) => ({ display: quoteIdentifier(columnAt(table, attnum)!.name), attnum });
  const constraint = table.constraints.find((c) => (c.type === 'p' || c.type === 'u') && same(c.attnums));
  if (constraint) return { name: constraint.name, keys: constraint.attnums.map(column) };
  // SQLite names an expression index's failure by the index (`unique lower(email)`, Rails' case-insensitive keys).
  const index = table.indexes.find((i) => i.unique && (i.name === named || same(i.keys.map((k) => k.attnum))) && i.keys.every((k) => k.attnum > 0 || k.expression !== undefined));
  return index ? { name: index.name, keys: index.keys.map((k) => (k.attnum > 0 ? column(k.attnum) : { display: k.display.plain, attnum: 0, expression: k.expression! })) } : null;
}

/**
 * A text expression key's value for the failing row (lower(email), the common case): the
 * expression evaluated over the row's values. Another type's value would need the expression's
 * PostgreSQL type to print (a numeric's scale): undefined, and the error goes without its detail.
 */
function expressionText(db: Database.Database, table: Table, expression: string, row: SqliteValue[]): string | undefined {
  const columns = table.columns.map((c) => `? AS ${quoteIdent(c.name)}`).join(', ');
  const value = db.prepare(`SELECT ${expression} FROM (SELECT ${columns}) AS ${quoteIdent(table.name)}`).pluck().get(...row) as SqliteValue;
  return typeof value === 'string' ? value : undefined;
}

function valueText(table: Table, attnum: number, value: SqliteValue): string | null {
  const type = columnAt(table, attnum)!.type;
  return encodeText(value, type.oid, type.typmod);
}

function truncate(text: string): string {
  const chars = [...text];
  return chars.length > MAX_FIELD_LENGTH ? `${chars.slice(0, MAX_FIELD_LENGTH).join('')}...` : text;
}

function findTable(model: Model, name: string | undefined | null): Table | undefined {
  if (!name) return undefined;
  const tables = model.tables.filter((t) => t.kind === 'r' && t.stored === name);
  // A session's temporary table hides the permanent one of its name.
  return tables.find((t) => t.temp) ?? tables[0];
}

/** Which writes of a row the statement makes: each trigger is a schema change, which every prepared statement pays for. */
function rowEvents(sql: string): string[] {
  const verb = /\b(INSERT|UPDATE|DELETE)\b/i.exec(sql)?.[1]?.toUpperCase();
  if (verb === 'UPDATE') return ['UPDATE'];
  return /\bON\s+CONFLICT\b[\s\S]*\bDO\s+UPDATE\b/i.test(sql) ? ['INSERT', 'UPDATE'] : ['INSERT'];
}

/** The table an INSERT, UPDATE or DELETE writes (SQLite's CTEs cannot write, so the first such keyword is it). */
function targetTable(sql: string): string | null {
  const m = /\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:(?:main|temp)\.)?("(?:[^"]|"")+"|\w+)/i.exec(sql);
  if (!m) return null;
  const name = m[1]!;
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name;
}

function rerun(db: Database.Database, failed: FailedStatement): void {
  const stmt = db.prepare(failed.sql);
  try {
    sequenceDraws(db).replaying(() => (stmt.reader ? stmt.raw(true).all(...failed.args) : stmt.run(...failed.args)));
  } catch {
    // Expected: it fails again, at the same row.
  }
}

function inSavepoint<T>(db: Database.Database, body: () => T): T {
  db.exec(`SAVEPOINT ${SAVEPOINT}`);
  try {
    return body();
  } finally {
    db.exec(`ROLLBACK TO ${SAVEPOINT}; RELEASE ${SAVEPOINT}`);
  }
}

function capturing(db: Database.Database): { row: SqliteValue[] | null } {
  let state = captured.get(db);
  if (!state) {
    const s = { row: null as SqliteValue[] | null };
    db.function(CAPTURE, { varargs: true, deterministic: false }, (...values: unknown[]) => {
      s.row = values as SqliteValue[];
      return null;
    });
    captured.set(db, (state = s));
  }
  return state;
}
