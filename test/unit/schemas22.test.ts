/**
 * What the twenty-second session's sweep of multi-schema applications (test/corpus/41-schemas22.sql)
 * found, where a piece is pure.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, type MasterRow } from '../../dialect/runtime/catalog/model.js';
import { schemaViewName } from '../../dialect/catalog/namespaces.js';
import { enumViewName, enumViewSql } from '../../dialect/catalog/enums.js';
import { quoteIdent } from '../../dialect/sqlite-quote.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { sqlstate } from '../helpers/sqlstate.js';

let schema: TranslatorSchema;

beforeAll(async () => {
  await loadParser();
  const db = new Database(':memory:');
  db.exec(`CREATE VIEW "${schemaViewName('audit')}" AS SELECT NULL AS nspowner WHERE 0`);
  db.exec(enumViewSql({ name: 'audit.level', labels: [{ label: 'info', sortOrder: 1 }, { label: 'warn', sortOrder: 2 }] }, quoteIdent));
  schema = new TranslatorSchema(readSchema(db));
  db.close();
});

const sqlOf = (text: string, s: TranslatorSchema) => translate(text, s)[0]!.steps.map((x) => x.sql).join('; ');

const table = (name: string, sql: string): MasterRow => ({ type: 'table', name, tbl_name: name, sql, temp: false });
const schemaRow = (name: string): MasterRow => ({ type: 'view', name: schemaViewName(name), tbl_name: schemaViewName(name), sql: null, temp: false });

describe('key names per schema', () => {
  it('names two schemas\' tables of one name users_pkey and users_email_key each, as PostgreSQL scopes them', () => {
    const model = buildModel(
      [schemaRow('t1'), schemaRow('t2'), table('users', 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE)'), table('t1.users', 'CREATE TABLE "t1.users" (id INTEGER PRIMARY KEY, email TEXT UNIQUE)'), table('t2.users', 'CREATE TABLE "t2.users" (id INTEGER PRIMARY KEY, email TEXT UNIQUE)')],
      () => [],
      new Map(),
    );
    const names = model.constraints.map((c) => `${c.table.schema}.${c.name}`).sort();
    expect(names).toEqual(['public.users_email_key', 'public.users_pkey', 't1.users_email_key', 't1.users_pkey', 't2.users_email_key', 't2.users_pkey']);
  });

  it('still numbers a key whose name its own schema already holds', () => {
    const model = buildModel(
      [schemaRow('b'), table('b.other', 'CREATE TABLE "b.other" (x INTEGER)'), { type: 'index', name: 'b.items_pkey', tbl_name: 'b.other', sql: 'CREATE INDEX "b.items_pkey" ON "b.other" (x)', temp: false }, table('items', 'CREATE TABLE items (id INTEGER PRIMARY KEY)'), table('b.items', 'CREATE TABLE "b.items" (id INTEGER PRIMARY KEY)')],
      () => [],
      new Map(),
    );
    expect(model.constraints.map((c) => `${c.table.schema}.${c.name}`).sort()).toEqual(['b.items_pkey1', 'public.items_pkey']);
  });
});

describe('enums and domains of a schema', () => {
  it('are kept under their SQLite name schema.type, made where the search path says', () => {
    expect(sqlOf("CREATE TYPE audit.kind AS ENUM ('a')", schema)).toContain(quoteIdent(enumViewName('audit.kind')));
    expect(sqlOf("CREATE TYPE kind AS ENUM ('a')", schema.forSession('', ['audit', 'public']))).toContain(quoteIdent(enumViewName('audit.kind')));
    expect(sqlOf('CREATE DOMAIN audit.email AS text CHECK (VALUE LIKE \'%@%\')', schema)).toContain('pg_domain:audit.email');
  });

  it('are found qualified, or unqualified on the search path, and refused in a schema that does not exist (3F000)', () => {
    expect(translate("SELECT 'warn'::audit.level", schema)[0]!.columns?.[0]?.name).toBe('level');
    expect(sqlstate(() => translate("SELECT 'nope'::audit.level", schema))).toBe('22P02');
    expect(sqlstate(() => translate("SELECT 'warn'::level", schema))).toBe('42704');
    expect(sqlstate(() => translate("SELECT 'warn'::level", schema.forSession('', ['audit', 'public'])))).toBeUndefined();
    expect(sqlstate(() => translate("CREATE TYPE nowhere.kind AS ENUM ('a')", schema))).toBe('3F000');
    expect(sqlstate(() => translate("CREATE TYPE audit.level AS ENUM ('a')", schema))).toBe('42710');
  });
});
