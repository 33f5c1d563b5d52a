/**
 * One server and one `pg` client for a test file's statements, started before its tests and
 * stopped after them; `rows` runs a statement and answers its rows as arrays, `failure` its error's
 * SQLSTATE and message (undefined when it succeeds).
 */
import { afterAll, beforeAll } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './server.js';

export interface SharedClient {
  client: () => pg.Client;
  rows: (text: string, values?: unknown[]) => Promise<unknown[][]>;
  failure: (text: string) => Promise<{ code?: string; message?: string } | undefined>;
}

export function sharedClient(): SharedClient {
  let server: TestServer;
  let c: pg.Client;
  beforeAll(async () => {
    server = await startServer();
    c = await server.client();
  });
  afterAll(async () => {
    await c.end();
    await server.stop();
  });
  return {
    client: () => c,
    rows: async (text, values) => (await c.query({ text, values, rowMode: 'array' })).rows,
    failure: (text) =>
      c.query(text).then(
        () => undefined,
        (e: { code?: string; message?: string }) => ({ code: e.code, message: e.message }),
      ),
  };
}
