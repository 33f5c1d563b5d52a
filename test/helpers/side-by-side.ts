/**
 * A one-replica evsql and a PostgreSQL 15 for a test file that compares them: started before its
 * tests, stopped after.
 */
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type TestPostgres } from './postgres.js';
import { startServer, type TestServer } from './server.js';

export interface SideBySide {
  server: TestServer;
  postgres: TestPostgres;
}

/** The two servers, filled in by the file's beforeAll. */
export function sideBySide(): SideBySide {
  const both = {} as SideBySide;
  beforeAll(async () => {
    [both.server, both.postgres] = await Promise.all([startServer(['--replicas', '1']), startPostgres()]);
  });
  afterAll(async () => {
    await Promise.all([both.server?.stop(), both.postgres?.stop()]);
  });
  return both;
}
