/**
 * Sequences on a running server with replicas: sessions drawing from one sequence, one of them
 * inside a transaction that rolls back, never hold the same value at once (nextval takes the whole
 * database's write lock until its transaction ends), and every replica keeps the same state.
 * What each statement answers is compared with PostgreSQL in test/corpus/17-sequences.sql.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  expect(await server?.stop()).toBe(0);
});

const draw = async (c: { query: (q: string) => Promise<{ rows: Array<{ nextval: string }> }> }) => (await c.query("SELECT nextval('tickets')")).rows[0]!.nextval;

it('gives no value to two sessions at once, across a transaction that rolls back', async () => {
  const a = await server.client();
  const b = await server.client();
  try {
    await a.query('CREATE SEQUENCE tickets');
    await a.query('BEGIN');
    const held = await draw(a);
    // b's draw waits for a's transaction, whichever way it ends.
    const waiting = draw(b);
    await a.query('ROLLBACK');
    const first = await waiting;
    const later = [await draw(a), await draw(b), await draw(a)];
    expect(held).toBe('1');
    expect(new Set([first, ...later]).size).toBe(4);
    expect((await b.query("SELECT currval('tickets') AS v")).rows[0].v).toBe(later[1]);
    expect((await a.query("SELECT last_value FROM pg_sequences WHERE sequencename = 'tickets'")).rows[0].last_value).toBe(later[2]);
  } finally {
    await a.end();
    await b.end();
  }
});

it('keeps sessions apart in a transaction that commits', async () => {
  const a = await server.client();
  const b = await server.client();
  try {
    await a.query('BEGIN');
    const inside = await draw(a);
    const waiting = draw(b);
    await a.query('COMMIT');
    expect(BigInt(await waiting)).toBe(BigInt(inside) + 1n);
  } finally {
    await a.end();
    await b.end();
  }
});
