/**
 * What the twenty-second session's sweep of multi-schema applications (test/corpus/41-schemas22.sql)
 * found, where a piece is pure.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, type MasterRow } from '../../dialect/runtime/catalog/model.js';
import { schemaViewName } from '../../dialect/catalog/namespaces.js';

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
