/**
 * Roles made with CREATE ROLE against the sessions that would act as them: every session acts as
 * a superuser and enforces no privileges, so a session never becomes a role that is not one. A
 * NOLOGIN role is refused at login as PostgreSQL refuses it (28000), a LOGIN role that is not a
 * superuser with 0A000, and SET ROLE / SET SESSION AUTHORIZATION take only the session's own user.
 * What the statements record is replicated: every replica ends with the same state root.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

async function code(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

beforeAll(async () => {
  server = await startServer([]);
  c = await server.client();
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

it('refuses to log in as a role that is not a superuser, and lets a superuser role in', async () => {
  await c.query('CREATE ROLE rt_nologin');
  await c.query("CREATE ROLE rt_login LOGIN PASSWORD 'pw'");
  await c.query('CREATE ROLE rt_super SUPERUSER LOGIN');
  const login = async (user: string) => {
    const other = await server.client({ user });
    await other.query('SELECT 1');
    await other.end();
  };
  expect(await code(() => login('rt_nologin'))).toBe('28000');
  expect(await code(() => login('rt_login'))).toBe('0A000');
  expect(await code(() => login('rt_super'))).toBeUndefined();
  expect(await code(() => login('postgres'))).toBeUndefined();
});

it('takes SET ROLE and SET SESSION AUTHORIZATION only to the session’s own user', async () => {
  expect(await code(() => c.query('SET ROLE rt_login'))).toBe('0A000');
  expect(await code(() => c.query('SET ROLE rt_super'))).toBe('0A000');
  expect(await code(() => c.query('SET SESSION AUTHORIZATION rt_login'))).toBe('0A000');
  expect(await code(() => c.query('SET ROLE rt_unknown'))).toBe('22023');
  expect(await code(() => c.query('SET SESSION AUTHORIZATION rt_unknown'))).toBe('22023');
  await c.query('SET ROLE postgres');
  expect((await c.query('SHOW role')).rows).toEqual([{ role: 'postgres' }]);
  await c.query('RESET ROLE');
  expect((await c.query('SHOW role')).rows).toEqual([{ role: 'none' }]);
  expect((await c.query('SELECT current_user')).rows).toEqual([{ current_user: 'postgres' }]);
});

it('keeps a SCRAM secret, never the password, and the replicas agree', async () => {
  const { rows } = await c.query("SELECT rolpassword FROM pg_authid WHERE rolname = 'rt_login'");
  expect(rows[0].rolpassword).toMatch(/^SCRAM-SHA-256\$4096:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
  await c.query('DROP ROLE rt_nologin, rt_login, rt_super');
  const roots = (await c.query('SELECT state_root FROM evsql_replicas ORDER BY id')).rows.map((r) => r.state_root as string);
  expect(new Set(roots).size).toBe(1);
  expect((await c.query("SELECT count(*)::int AS n FROM pg_roles WHERE rolname LIKE 'rt_%'")).rows[0].n).toBe(0);
});
