/**
 * What a transaction that wrote holds of its reads' results, through a real server and `pg`: a
 * result larger than a report chunk comes whole and right from the one replica that carries its
 * rows (the others vote with its digest alone), and one past --max-result-memory fails with
 * 53200 as PostgreSQL's out of memory does: the transaction is aborted, nothing of the statement
 * stays, and the server and every replica go on.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

/** Small enough that a few thousand rows of 1 kB pass it, large enough for what the tests keep. */
const BOUND = 2 * 1024 * 1024;
let server: TestServer;
let client: pg.Client;

beforeAll(async () => {
  server = await startServer(['--max-result-memory', String(BOUND)]);
  client = await server.client();
  await client.query('CREATE TABLE r34 (id int PRIMARY KEY, note text)');
}, 90_000);

afterAll(async () => {
  await client?.end();
  await server?.stop();
});

async function code(sql: string): Promise<string | undefined> {
  try {
    await client.query(sql);
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

async function replicasHealthy(): Promise<void> {
  const { rows } = await client.query('SELECT status FROM evsql_replicas ORDER BY id');
  expect(rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
}

describe('reads of a transaction that wrote', () => {
  it('answers a result of more rows than a report leaves in, each row right', async () => {
    await client.query('BEGIN');
    await client.query("INSERT INTO r34 VALUES (1, 'one')");
    const { rows } = await client.query('SELECT g, md5(g::text) AS h FROM generate_series(1, 9000) g ORDER BY g');
    expect(rows.length).toBe(9000);
    expect(rows[0]).toEqual({ g: 1, h: 'c4ca4238a0b923820dcc509a6f75849b' });
    expect(rows[8999]).toEqual({ g: 9000, h: (await client.query("SELECT md5('9000') AS h")).rows[0].h });
    expect(new Set(rows.map((r) => r.g)).size).toBe(9000);
    await client.query('COMMIT');
    await replicasHealthy();
  });

  it('answers many RETURNING rows of an autocommit statement', async () => {
    const { rows, rowCount } = await client.query("INSERT INTO r34 SELECT g, 'n' || g FROM generate_series(100, 6099) g RETURNING id, note");
    expect(rowCount).toBe(6000);
    expect(rows.at(-1)).toEqual({ id: 6099, note: 'n6099' });
    expect((await client.query('SELECT count(*)::int AS n FROM r34')).rows[0].n).toBe(6001);
    await replicasHealthy();
  });

  it('fails a result past --max-result-memory with 53200, aborting the transaction and keeping nothing of it', async () => {
    await client.query('BEGIN');
    await client.query("INSERT INTO r34 VALUES (2, 'two')");
    let error: { code?: string; message?: string; detail?: string } = {};
    try {
      await client.query("SELECT repeat('x', 1000) || g FROM generate_series(1, 100000) g");
    } catch (err) {
      error = err as typeof error;
    }
    expect(error.code).toBe('53200');
    expect(error.message).toBe('out of memory');
    expect(error.detail).toContain(String(BOUND));
    expect(await code('SELECT 1')).toBe('25P02');
    await client.query('ROLLBACK');
    expect((await client.query('SELECT count(*)::int AS n FROM r34 WHERE id = 2')).rows[0].n).toBe(0);
    await replicasHealthy();
  });

  it('fails RETURNING past the bound and takes the statement back whole', async () => {
    expect(await code("UPDATE r34 SET note = repeat('y', 1000) WHERE id >= 100 RETURNING note")).toBe('53200');
    expect((await client.query("SELECT count(*)::int AS n FROM r34 WHERE note LIKE 'y%'")).rows[0].n).toBe(0);
    await client.query('BEGIN');
    await client.query("INSERT INTO r34 VALUES (3, 'three')");
    await client.query('SAVEPOINT s');
    expect(await code("DELETE FROM r34 WHERE id >= 100 RETURNING repeat(note, 200)")).toBe('53200');
    await client.query('ROLLBACK TO SAVEPOINT s');
    expect((await client.query('SELECT count(*)::int AS n FROM r34')).rows[0].n).toBe(6002);
    await client.query('COMMIT');
    await replicasHealthy();
  });

  it('answers below the bound in the same session and in another afterwards', async () => {
    await client.query('BEGIN');
    await client.query("UPDATE r34 SET note = 'z' WHERE id = 1");
    const { rows } = await client.query("SELECT id, note FROM r34 WHERE id < 200 ORDER BY id");
    expect(rows.slice(0, 2)).toEqual([{ id: 1, note: 'z' }, { id: 3, note: 'three' }]);
    await client.query('COMMIT');
    const other = await server.client();
    try {
      expect((await other.query('SELECT count(*)::int AS n FROM r34')).rows[0].n).toBe(6002);
    } finally {
      await other.end();
    }
  });
});
