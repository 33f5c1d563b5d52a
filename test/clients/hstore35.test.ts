/**
 * hstore from the clients that use it, each program run against evsql and against PostgreSQL 15
 * and required to see the same: psycopg2's register_hstore and Django 3.2's HStoreExtension and
 * HStoreField lookups (hstore_app.py), ActiveRecord 6.1's enable_extension and t.hstore with the
 * schema dumper (hstore_app.rb), Sequelize 6's DataTypes.HSTORE (sequelize-hstore-app.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sideBySide } from '../helpers/side-by-side.js';
import { printsTheSame } from './programs.js';
import { sequelizeHstoreProgram } from './sequelize-hstore-app.js';

const servers = sideBySide();

describe('hstore clients', () => {
  it('psycopg2 register_hstore (dicts in and out, hstore[]) and Django 3.2 HStoreField after HStoreExtension', async () => {
    await printsTheSame(servers, '/usr/bin/python3', [join(import.meta.dirname, 'hstore_app.py')]);
  });

  it("ActiveRecord 6.1: enable_extension 'hstore', t.hstore columns as Hashes, operator where clauses, the schema dump", async () => {
    await printsTheSame(servers, '/usr/bin/ruby', [join(import.meta.dirname, 'hstore_app.rb')]);
  });

  it('Sequelize 6 DataTypes.HSTORE: sync, create, Op.contains, update, describeTable', async () => {
    const [onEvsql, onPostgres] = await Promise.all([sequelizeHstoreProgram(servers.server.config()), sequelizeHstoreProgram(servers.postgres.config())]);
    expect(onEvsql).toEqual(onPostgres);
    expect(onEvsql).toContain('contains theme=dark: ann');
  });
});
