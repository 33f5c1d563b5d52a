/**
 * Temporary tables belong to the session that made them: no other session sees, reads, changes
 * or drops them, and each session may have one of the same name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let a: pg.Client;
let b: pg.Client;

async function code(c: pg.Client, sql: string): Promise<string | undefined> {
  try {
    await c.query(sql);
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

beforeAll(async () => {
  server = await startServer();
  a = await server.client();
  b = await server.client();
});

afterAll(async () => {
  await a.end();
  await b.end();
  await server.stop();
});

describe('temporary tables', () => {
  it('are invisible to other sessions', async () => {
    await a.query('CREATE TEMP TABLE secret (v text)');
    await a.query("INSERT INTO secret VALUES ('a''s')");
    for (const sql of ['SELECT * FROM secret', "INSERT INTO secret VALUES ('b')", 'DELETE FROM secret', "UPDATE secret SET v = 'x'", 'DROP TABLE secret', 'TRUNCATE secret', 'ALTER TABLE secret ADD COLUMN w int']) {
      expect(await code(b, sql), sql).toBe('42P01');
    }
    await b.query('BEGIN');
    expect(await code(b, 'SELECT * FROM secret')).toBe('42P01');
    await b.query('ROLLBACK');
    expect((await a.query('SELECT v FROM secret')).rows).toEqual([{ v: "a's" }]);
  });

  it('may have the same name in two sessions, each its own', async () => {
    await b.query('CREATE TEMP TABLE secret (n int)');
    await b.query('INSERT INTO secret VALUES (1), (2)');
    await b.query('CREATE INDEX secret_n ON secret (n)');
    expect(await code(a, 'CREATE INDEX secret_n ON secret (v)')).toBeUndefined();
    expect((await a.query('SELECT v FROM secret')).rows).toEqual([{ v: "a's" }]);
    expect((await b.query('SELECT n FROM secret ORDER BY n')).rows).toEqual([{ n: 1 }, { n: 2 }]);
    await b.query('DROP INDEX secret_n');
    await b.query('DROP TABLE secret');
    expect((await a.query('SELECT count(*)::int AS n FROM secret')).rows).toEqual([{ n: 1 }]);
  });

  it('hide a permanent table of the same name from their own session only', async () => {
    await a.query('CREATE TABLE shared (id int)');
    await a.query('INSERT INTO shared VALUES (7)');
    await a.query('CREATE TEMP TABLE shared (id int)');
    expect((await a.query('SELECT count(*)::int AS n FROM shared')).rows).toEqual([{ n: 0 }]);
    expect((await b.query('SELECT id FROM shared')).rows).toEqual([{ id: 7 }]);
    await b.query('INSERT INTO shared VALUES (8)');
    expect((await a.query('SELECT count(*)::int AS n FROM public.shared')).rows).toEqual([{ n: 2 }]);
  });

});
