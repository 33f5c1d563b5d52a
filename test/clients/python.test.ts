/**
 * The Python clients people use, as Debian ships them (python3-psycopg2, -sqlalchemy, -alembic,
 * -django, -asyncpg; .ci/run installs them), each running a small realistic program (the *_app.py
 * files here) against evsql and against PostgreSQL 15. A program prints what it sees; both
 * servers must make it print the same, and it must run to its end.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sideBySide } from '../helpers/side-by-side.js';

/** Debian's interpreter, whose dist-packages hold the clients (a python3 earlier on PATH may not see them). */
const PYTHON = '/usr/bin/python3';

const servers = sideBySide();

async function runProgram(program: string, port: number): Promise<string> {
  const env = { ...process.env, PGHOST: '127.0.0.1', PGPORT: String(port), PGUSER: 'postgres', PGDATABASE: 'postgres', PGPASSWORD: '' };
  try {
    const { stdout } = await promisify(execFile)(PYTHON, [join(import.meta.dirname, program)], { env, timeout: 40_000 });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${program} on port ${port} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** Runs the program against both servers at once; what it prints must be the same. */
async function sameAsPostgres(program: string): Promise<void> {
  const [onEvsql, onPostgres] = await Promise.all([runProgram(program, servers.server.port), runProgram(program, servers.postgres.port)]);
  expect(onPostgres.trimEnd().split('\n').at(-1)).toBe('done');
  expect(onEvsql).toBe(onPostgres);
}

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

  it('asyncpg 0.27: array parameters, binary COPY (copy_records_to_table), cursors, a pool', async () => {
    await sameAsPostgres('asyncpg_app.py');
  });
});
