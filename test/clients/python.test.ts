/**
 * The Python clients people use, as Debian ships them (python3-psycopg2, -psycopg, -sqlalchemy,
 * -alembic, -django, -asyncpg; .ci/run installs them), each running a small realistic program
 * (the *_app.py files here) against evsql and against PostgreSQL 15. A program prints what it sees; both
 * servers must make it print the same, and it must run to its end.
 */
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { sideBySide } from '../helpers/side-by-side.js';
import { printsTheSame } from './programs.js';

/** Debian's interpreter, whose dist-packages hold the clients (a python3 earlier on PATH may not see them). */
const PYTHON = '/usr/bin/python3';

const servers = sideBySide();
const sameAsPostgres = (program: string) => printsTheSame(servers, PYTHON, [join(import.meta.dirname, program)]);

// One after another: Alembic's autogenerate and Django's introspection see every table in the database.
describe('Python clients', () => {
  it('psycopg2 2.9: parameters of many types, execute_values, diagnostics, named (server-side) cursors', async () => {
    await sameAsPostgres('psycopg2_app.py');
  });

  it('SQLAlchemy 1.4: create_all with an Enum, ORM queries, the Inspector', async () => {
    await sameAsPostgres('sqlalchemy_app.py');
  });

  it('Alembic 1.8: autogenerate, upgrade, autogenerate again (no changes), a change, downgrade', async () => {
    await sameAsPostgres('alembic_app.py');
  });

  it("Django 3.2: migrate of the built-in apps, introspection, JSONField lookups, .iterator()", async () => {
    await sameAsPostgres('django_app.py');
  });

  it("Django 3.2's test runner: CREATE DATABASE test_postgres over a leftover one, migrate into it, TestCase and TransactionTestCase, DROP DATABASE", async () => {
    await sameAsPostgres('django_tests_app.py');
  });

  it("Django 3.2's ORM after migrate: lookups in a non-UTC TIME_ZONE, F() and Q(), aggregates, subqueries, window functions, DISTINCT ON, set operations, iterator(), bulk operations, select_for_update, savepoints, contrib.postgres aggregates and ArrayField, JSONField keys, raw SQL, cascading deletes", async () => {
    await sameAsPostgres('django_orm_app.py');
  });

  it('psycopg 3.1: server-side binding, binary parameters and results, pipelines (one failing), COPY in and out (binary too), prepared statements, nested transactions, named cursors', async () => {
    await sameAsPostgres('psycopg_app.py');
  });

  it('asyncpg 0.27: array parameters, binary COPY (copy_records_to_table), cursors, a pool', async () => {
    await sameAsPostgres('asyncpg_app.py');
  });
});
