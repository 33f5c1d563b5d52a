/**
 * A one-replica evsql and a PostgreSQL 15 for a test file that compares them: started before its
 * tests, stopped after.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
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

/**
 * Runs `statements` in order on one connection to each of the two, answering each with `answer`:
 * expects the two lists of answers equal, and returns evsql's.
 */
export async function sameAnswers<S, A>(both: SideBySide, statements: S[], answer: (c: pg.Client, s: S) => Promise<A>): Promise<A[]> {
  const run = async (config: pg.ClientConfig) => {
    const c = new pg.Client(config);
    await c.connect();
    const out: A[] = [];
    for (const s of statements) out.push(await answer(c, s));
    await c.end();
    return out;
  };
  const [evsql, postgres] = await Promise.all([run(both.server.config()), run(both.postgres.config())]);
  expect(evsql).toEqual(postgres);
  return evsql;
}
