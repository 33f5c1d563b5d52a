/**
 * The catalog on a SQLite connection, directly: it follows the schema through transactions that
 * roll back, keeps evsql's own tables out, and answers for the session. What it prints is compared
 * with PostgreSQL itself in test/catalog.test.ts. The SQL comes from the translator, as a
 * client's statement would.
 */
import Database from 'better-sqlite3';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FunctionScope } from '../../dialect/runtime/function-scope.js';
import { registerFunctions } from '../../dialect/runtime/functions.js';
import { Catalog } from '../../dialect/runtime/catalog/install.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';

const session = { user: 'alice', database: 'shop', settings: { search_path: 'public' } };
/** The translator knows no tables: the catalog reads the connection's own schema. */
const NO_TABLES = new TranslatorSchema({ relations: [], indexes: [] });
let db: Database.Database;
let catalog: Catalog;

beforeAll(async () => {
  await loadParser();
});

beforeEach(() => {
  db = new Database(':memory:');
  db.defaultSafeIntegers(true);
  const scope: FunctionScope = { ctx: { ...session, pid: 1, now: 0, seed: 1 }, cancelled: () => false, settings: undefined, rng: 1 };
  registerFunctions(db, () => scope);
  catalog = new Catalog(db);
});

/** Runs PostgreSQL statements the way the worker does: translated, catalog refreshed first. */
function sql(text: string, params: SqliteValue[] = []): SqliteValue[][] {
  let rows: SqliteValue[][] = [];
  for (const t of translate(text, NO_TABLES)) {
    for (const step of t.steps) {
      if (step.edit) throw new Error('schema edits are not run here');
      catalog.refresh(session, step.sql);
      const stmt = db.prepare(step.sql);
      const args = step.params.map((p) => params[p - 1]!);
      if (stmt.reader) rows = stmt.raw(true).all(...args) as SqliteValue[][];
      else stmt.run(...args);
    }
  }
  return rows;
}

const relnames = () => sql("select relname from pg_class where relnamespace = 'public'::regnamespace order by 1").map((r) => r[0]);

describe('catalog on a connection', () => {
  it('sees a transaction’s own DDL and forgets it when the transaction rolls back', () => {
    sql('create table kept (id serial primary key)');
    db.exec('BEGIN');
    sql('create table dropped (x int)');
    expect(relnames()).toEqual(['dropped', 'kept', 'kept_id_seq', 'kept_pkey']);
    db.exec('ROLLBACK');
    expect(relnames()).toEqual(['kept', 'kept_id_seq', 'kept_pkey']);
  });

  it('rebuilds when a rolled-back schema change leaves the same schema_version behind', () => {
    db.exec('BEGIN');
    sql('create table first_try (x int)');
    expect(relnames()).toEqual(['first_try']);
    db.exec('ROLLBACK');
    sql('create table second_try (x int)');
    expect(relnames()).toEqual(['second_try']);
  });

  it('leaves evsql’s and SQLite’s own tables out', () => {
    db.exec('CREATE TABLE "evsql.undo" (x)');
    sql('create table evsql_mine (x int)');
    sql('create table t (id serial primary key)');
    expect(relnames()).toEqual(['evsql_mine', 't', 't_id_seq', 't_pkey']);
    expect(sql("select table_name from information_schema.tables where table_name like 'sqlite%' or table_name like 'evsql%'")).toEqual([['evsql_mine']]);
  });

  it('answers for the session’s user and database', () => {
    expect(sql('select pg_get_userbyid(10), current_database()')).toEqual([['alice', 'shop']]);
    expect(sql("select table_catalog from information_schema.tables where table_name = 'pg_class'")).toEqual([['shop']]);
    sql('create table t (x int)');
    expect(sql("select table_catalog, table_schema from information_schema.tables where table_name = 't'")).toEqual([['shop', 'public']]);
  });

  it('casts between OIDs and names', () => {
    sql('create table "Mixed Case" (x int)');
    expect(sql(`select '"Mixed Case"'::regclass::text, 'pg_class'::regclass::text, 'information_schema.tables'::regclass::text, 0::regclass::text, 'bigint'::regtype::text`)).toEqual([
      ['"Mixed Case"', 'pg_class', 'information_schema.tables', '-', 'bigint'],
    ]);
    expect(() => sql("select 'nosuch'::regclass")).toThrow(expect.objectContaining({ code: '42P01' }));
    expect(() => sql("select 'nosuch'::regtype")).toThrow(expect.objectContaining({ code: '42704' }));
  });

  it('compares with arrays in any of their forms', () => {
    expect(sql("select 2 = any('{1,2}'), 'b' = any('{a,b}'), 3 = any('[1,2]'), 1 = all('1 1'), 1 < all('{2,3}'), null = any('{1}'), 1 = any('{NULL,2}')")).toEqual([[1n, 1n, 0n, 1n, 1n, null, null]]);
  });
});
