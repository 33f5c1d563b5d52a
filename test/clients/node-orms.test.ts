/**
 * The Node ORMs and drivers people use (devDependencies), each running a small realistic program
 * (*-app.ts here) against evsql and against PostgreSQL 15: drizzle-kit push twice and
 * drizzle-orm queries, TypeORM synchronize twice and repositories, Sequelize sync({ alter })
 * twice and findOrCreate, MikroORM's schema generator and migrator, postgres.js, Kysely's
 * Migrator and introspection, pg-promise, slonik; and drizzle-kit pull, TypeORM's schema diff,
 * Sequelize's queryInterface and knex over a schema written in SQL. A program returns what it saw; both servers
 * must make it see the same.
 */
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { sideBySide } from '../helpers/side-by-side.js';
import { drizzleProgram } from './drizzle-app.js';
import { introspectionProgram } from './introspection-app.js';
import { kyselyProgram } from './kysely-app.js';
import { mikroOrmProgram } from './mikroorm-app.js';
import { pgPromiseProgram } from './pg-promise-app.js';
import { postgresJsProgram } from './postgresjs-app.js';
import { sequelizeProgram } from './sequelize-app.js';
import { slonikProgram } from './slonik-app.js';
import { typeormProgram } from './typeorm-app.js';

const servers = sideBySide();

async function sameAsPostgres(program: (config: pg.ClientConfig) => Promise<string[]>): Promise<string[]> {
  const [onEvsql, onPostgres] = await Promise.all([program(servers.server.config()), program(servers.postgres.config())]);
  expect(onEvsql).toEqual(onPostgres);
  return onEvsql;
}

// One after another, MikroORM and drizzle-kit first: MikroORM's dropSchema drops every enum type
// of the schema, and drizzle-kit's push reads them all and asks (a prompt, which cannot run
// here) whether a new one renames one it does not know. MikroORM leaves nothing behind.
describe('Node ORMs', () => {
  it('MikroORM 6: schema generator create then an empty update, migrations up/down/up, unit of work with relations, em.transactional, a unique violation', async () => {
    const seen = await sameAsPostgres(mikroOrmProgram);
    expect(seen).toContain('schema update after create: []');
    expect(seen).toContain('migration needed: false, next diff {"up":[],"down":[]}');
  });

  it('drizzle-kit 0.31 push twice (nothing to change the second time), drizzle-orm 0.45 queries', async () => {
    const seen = await sameAsPostgres(drizzleProgram);
    expect(seen.slice(0, 2)).toEqual(['first push: [✓] Changes applied', 'second push: [i] No changes detected']);
  });

  it('TypeORM 1.1 synchronize twice with a uuid key, an enum, text[], relations', async () => {
    const seen = await sameAsPostgres(typeormProgram);
    expect(seen).toContain('second synchronize: 0 statements');
  });

  it('Sequelize 6 sync({ alter: true }) twice, findOrCreate, UniqueConstraintError.fields, transactions', async () => {
    const seen = await sameAsPostgres(sequelizeProgram);
    expect(seen).toContain('findOrCreate conflict true {"email":"ann@example.com"}');
  });

  it('postgres.js 3: helpers with arrays and jsonb, ANY, violations, sql.begin, cursor, unsafe, LISTEN/NOTIFY', async () => {
    const seen = await sameAsPostgres(postgresJsProgram);
    expect(seen).toContain('unique 23505 pj_items_name_key pj_items Key (name)=(apple) already exists.');
    expect(seen).toContain('notification hello');
  });

  it('Kysely 0.28: its Migrator (under pg_advisory_lock) up, again, down and up, introspection.getTables, upserts, transactions', async () => {
    const seen = await sameAsPostgres(kyselyProgram);
    expect(seen).toContain('again: []');
    expect(seen.find((l) => l.startsWith('introspection public.ky_posts'))).toBe('introspection public.ky_posts id:int8=+ author_id:int4 title:text score:numeric? meta:jsonb?= published:bool=');
  });

  it('pg-promise 12: formatting filters, helpers.insert/update, result-specific methods, tasks, nested tx, batch, prepared statements', async () => {
    const seen = await sameAsPostgres(pgPromiseProgram);
    expect(seen).toContain('tx inner rolled back; lines 3, status shipped');
  });

  it('slonik 47: pg_type read at connect for its type parsers, sql.unnest/array/jsonb/interval tokens, row-count rules, nested transactions', async () => {
    const seen = await sameAsPostgres(slonikProgram);
    expect(seen).toContain('transaction nested rolled back, 3 rows, deploy total 19');
  });

  it('a schema written in SQL: drizzle-kit pull, TypeORM synchronize (its diff empty after), Sequelize describeTable/showAllSchemas/sync({ alter }), knex', async () => {
    const seen = await sameAsPostgres(introspectionProgram);
    expect(seen[0]).toContain('primaryKey({ columns: [table.orderId, table.line], name: "in_items_pkey"})');
    expect(seen.find((l) => l.startsWith('describeTable in_customers'))).toContain('"special":["sad","ok","happy"]');
    expect(seen).toContain('typeorm after synchronize: 0 statements');
  });
});
