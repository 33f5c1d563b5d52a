/**
 * Temporary tables belong to the session that made them: no other session sees, reads, changes
 * or drops them, and each session may have one of the same name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
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

  // Statements are described on the replicas' readers, which do not hold the temporary tables.
  it('are described for the extended protocol and COPY like any table', async () => {
    await a.query('CREATE TABLE described (k int, note text)');
    await a.query('CREATE TEMP TABLE described (k int, note varchar(3))');
    expect((await a.query('INSERT INTO described VALUES ($1, $2) RETURNING k, note', [1, 'one'])).rows).toEqual([{ k: 1, note: 'one' }]);
    expect((await a.query('SELECT note FROM described WHERE k = $1', [1])).rows).toEqual([{ note: 'one' }]);
    const copyIn = async (sql: string, data: string) => {
      const stream = a.query(copyFrom(sql));
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.on('finish', resolve);
        stream.end(data);
      });
    };
    const copyOut = async (sql: string) => {
      let text = '';
      for await (const chunk of a.query(copyTo(sql))) text += String(chunk);
      return text;
    };
    await copyIn('COPY described FROM STDIN', '2\ttwo\n');
    // `public.` names the permanent table even where the session's temporary one hides it.
    await copyIn('COPY public.described FROM STDIN', '3\tthree\n');
    await expect(copyIn('COPY described FROM STDIN', '4\tfour\n')).rejects.toMatchObject({ code: '22001' });
    expect(await copyOut('COPY described TO STDOUT')).toBe('1\tone\n2\ttwo\n');
    expect(await copyOut('COPY (SELECT k FROM described WHERE k > 1) TO STDOUT')).toBe('2\n');
    expect(await copyOut('COPY public.described TO STDOUT')).toBe('3\tthree\n');
    expect((await b.query('SELECT k, note FROM described')).rows).toEqual([{ k: 3, note: 'three' }]);
  });
});
