/**
 * Schemas' name resolution (dialect/translate/namespaces.ts), translated against a real SQLite
 * schema: which SQLite relation each name stands for, by qualification and search_path.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { schemaViewName, searchPathNames } from '../../dialect/catalog/namespaces.js';

let schema: TranslatorSchema;

beforeAll(async () => {
  await loadParser();
  const db = new Database(':memory:');
  db.exec(`CREATE VIEW "${schemaViewName('app')}" AS SELECT NULL AS nspowner WHERE 0`);
  db.exec('CREATE TABLE "app.users" (id INTEGER PRIMARY KEY, name TEXT)');
  db.exec('CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)');
  db.exec('CREATE TABLE "app.only_app" (x INTEGER)');
  schema = new TranslatorSchema(readSchema(db));
  db.close();
});

const sqlOf = (text: string, s: TranslatorSchema) => translate(text, s)[0]!.steps.map((x) => x.sql).join('; ');

describe('schema name resolution', () => {
  it('reads search_path as PostgreSQL lists it: quoted names kept, others folded, $user the user', () => {
    expect(searchPathNames('"$user", public', 'ann')).toEqual(['ann', 'public']);
    expect(searchPathNames('App, "My Schema",public', 'ann')).toEqual(['app', 'My Schema', 'public']);
    expect(searchPathNames('', 'ann')).toEqual([]);
  });

  it('names a qualified relation by its SQLite name, aliased by its own so its columns stay reachable', () => {
    expect(sqlOf('SELECT users.name FROM app.users', schema)).toContain('FROM "app.users" AS "users"');
    expect(sqlOf('SELECT email FROM users', schema)).toMatch(/FROM "?users"?(?! AS)/);
    expect(sqlOf('SELECT email FROM public.users', schema)).not.toContain('app.users');
  });

  it('resolves an unqualified name in the first schema of the search path that has it', () => {
    const app = schema.forSession('', ['app', 'public']);
    expect(app.version).not.toBe(schema.forSession('', ['public']).version);
    expect(sqlOf('SELECT name FROM users', app)).toContain('"app.users"');
    expect(sqlOf('SELECT x FROM only_app', app)).toContain('"app.only_app"');
    expect(sqlOf('SELECT email FROM public.users', app)).not.toContain('app.users');
    // A schema that does not exist is skipped; pg_catalog's names are never a schema's.
    expect(schema.forSession('', ['nope', 'public']).searchPath).toEqual(['public']);
    // Off the search path, the name stays as written (and SQLite finds no such table when it runs).
    expect(sqlOf('SELECT x FROM only_app', schema)).not.toContain('app.only_app');
  });

  it('creates an unqualified relation in the first existing schema of the search path', () => {
    const app = schema.forSession('', ['nope', 'app', 'public']);
    expect(sqlOf('CREATE TABLE fresh (x int)', app)).toContain('"app.fresh"');
    expect(() => sqlOf('CREATE TABLE nope.t (x int)', schema)).toThrow(/schema "nope" does not exist/);
  });

  it('refuses schema names that are PostgreSQL\'s or would reach evsql\'s own relations', () => {
    expect(() => translate('CREATE SCHEMA pg_x', schema)).toThrow(/unacceptable schema name "pg_x"/);
    expect(() => translate('CREATE SCHEMA evsql', schema)).toThrow(/reserved/);
    expect(() => translate('CREATE SCHEMA app', schema)).toThrow(/schema "app" already exists/);
  });
});
