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

async function copyInto(c: pg.Client, sql: string, data: string): Promise<void> {
  const stream = c.query(copyFrom(sql));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    stream.end(data);
  });
}

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
    const copyIn = (sql: string, data: string) => copyInto(a, sql, data);
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

// PostgreSQL undoes a transaction's changes to temporary tables as to any table (checked against
// PostgreSQL 15). Their undo records stay in the writer's temp schema: a restart finds none.
describe('temporary tables in a transaction', () => {
  const rows = async (c: pg.Client, table: string) => (await c.query(`SELECT * FROM ${table} ORDER BY id`)).rows as Array<{ id: number; v: string }>;

  it('lose its changes at ROLLBACK, ROLLBACK TO SAVEPOINT and a failed statement', async () => {
    await a.query('CREATE TEMP TABLE tu (id int PRIMARY KEY, v text)');
    await a.query("INSERT INTO tu VALUES (1, 'a')");
    await a.query('BEGIN');
    await a.query("INSERT INTO tu VALUES (2, 'b')");
    await a.query("UPDATE tu SET v = 'z' WHERE id = 1");
    await a.query('DELETE FROM tu WHERE id = 1');
    await a.query('ROLLBACK');
    expect(await rows(a, 'tu')).toEqual([{ id: 1, v: 'a' }]);

    await a.query('BEGIN');
    await a.query("INSERT INTO tu VALUES (3, 'c')");
    await a.query('SAVEPOINT s');
    await a.query("INSERT INTO tu VALUES (4, 'd')");
    await a.query("UPDATE tu SET v = 'y'");
    await a.query('ROLLBACK TO SAVEPOINT s');
    await a.query("UPDATE tu SET v = 'w' WHERE id = 3");
    await a.query('SAVEPOINT s2');
    await a.query('DELETE FROM tu');
    await a.query('ROLLBACK TO SAVEPOINT s2');
    await a.query('COMMIT');
    expect(await rows(a, 'tu')).toEqual([{ id: 1, v: 'a' }, { id: 3, v: 'w' }]);

    await a.query('BEGIN');
    await a.query("INSERT INTO tu VALUES (5, 'e')");
    expect(await code(a, "INSERT INTO tu VALUES (6, 'f'), (3, 'dup')")).toBe('23505');
    await a.query('COMMIT');
    expect(await rows(a, 'tu')).toEqual([{ id: 1, v: 'a' }, { id: 3, v: 'w' }]);
  });

  it('lose a CREATE, a DROP, an ALTER and a COPY at ROLLBACK', async () => {
    await a.query('BEGIN');
    await a.query('CREATE TEMP TABLE tnew (x int)');
    await a.query('INSERT INTO tnew VALUES (1)');
    await a.query('ROLLBACK');
    expect(await code(a, 'SELECT * FROM tnew')).toBe('42P01');

    await a.query('CREATE TEMP TABLE tkeep (id int, v text)');
    await a.query('CREATE INDEX tkeep_v ON tkeep (v)');
    await a.query("INSERT INTO tkeep VALUES (1, 'one'), (2, 'two')");
    await a.query('BEGIN');
    await a.query('DELETE FROM tkeep WHERE id = 1');
    await a.query('ALTER TABLE tkeep ADD COLUMN w int');
    await a.query('DROP TABLE tkeep');
    await a.query('ROLLBACK');
    expect(await rows(a, 'tkeep')).toEqual([{ id: 1, v: 'one' }, { id: 2, v: 'two' }]);
    expect(await code(a, 'DROP INDEX tkeep_v')).toBeUndefined();

    await a.query('BEGIN');
    await copyInto(a, 'COPY tkeep FROM STDIN', '3\tthree\n4\tfour\n');
    expect((await a.query('SELECT count(*)::int AS n FROM tkeep')).rows).toEqual([{ n: 4 }]);
    await a.query('ROLLBACK');
    expect(await rows(a, 'tkeep')).toEqual([{ id: 1, v: 'one' }, { id: 2, v: 'two' }]);
  });

  it('leave no undo record that a restart would replay', async () => {
    const own = await startServer([], { keepData: true });
    try {
      const c = await own.client();
      c.on('error', () => undefined);
      await c.query('CREATE TABLE perm (id int)');
      await c.query('CREATE TEMP TABLE scratch (id int)');
      await c.query('BEGIN');
      await c.query('INSERT INTO perm VALUES (1)');
      await c.query('INSERT INTO scratch VALUES (1)');
      await c.query('SAVEPOINT s');
      await c.query('INSERT INTO scratch VALUES (2)');
      await c.query('DROP TABLE scratch');
      own.proc.kill('SIGKILL');
      await new Promise((r) => own.proc.once('exit', r));
      await c.end().catch(() => undefined);
      const again = await startServer([], { dataDir: own.dataDir });
      try {
        const d = await again.client();
        expect((await d.query('SELECT count(*)::int AS n FROM perm')).rows).toEqual([{ n: 0 }]);
        expect(await code(d, 'SELECT * FROM scratch')).toBe('42P01');
        await d.end();
      } finally {
        await again.stop();
      }
    } finally {
      await own.stop();
    }
  });
});

// SQLite's messages name the table as stored (`evsql.temp.<pid>.t`): read as PostgreSQL's, that
// was table "evsql", column "temp", and a second index of one name was XX000.
describe('errors about temporary tables', () => {
  it('name the table, its constraint and its index as the session knows them', async () => {
    await a.query('CREATE TEMP TABLE terr (id int PRIMARY KEY, v text NOT NULL, u int UNIQUE)');
    await a.query("INSERT INTO terr VALUES (1, 'a', 1)");
    await expect(a.query("INSERT INTO terr VALUES (1, 'b', 2)")).rejects.toMatchObject({ code: '23505', message: 'duplicate key value violates unique constraint "terr_pkey"', table: 'terr', constraint: 'terr_pkey' });
    await expect(a.query("INSERT INTO terr VALUES (2, 'b', 1)")).rejects.toMatchObject({ code: '23505', constraint: 'terr_u_key' });
    await expect(a.query('INSERT INTO terr VALUES (3, NULL, 3)')).rejects.toMatchObject({ code: '23502', message: 'null value in column "v" of relation "terr" violates not-null constraint', column: 'v' });
    await a.query('CREATE INDEX terr_v ON terr (v)');
    await expect(a.query('CREATE INDEX terr_v ON terr (v)')).rejects.toMatchObject({ code: '42P07', message: 'relation "terr_v" already exists' });
  });
});

// ALTER COLUMN and ADD/DROP CONSTRAINT edit the table's stored text: they looked for temporary
// tables in the file (42P01).
describe('ALTER COLUMN and constraints of a temporary table', () => {
  it('sets NOT NULL, a default and a type, and ROLLBACK takes them back', async () => {
    await a.query('CREATE TEMP TABLE talter (id int, v text)');
    await a.query("INSERT INTO talter VALUES (1, 'a'), (2, NULL)");
    await expect(a.query('ALTER TABLE talter ALTER COLUMN v SET NOT NULL')).rejects.toMatchObject({ code: '23502', message: 'column "v" of relation "talter" contains null values' });
    await a.query('ALTER TABLE talter ALTER COLUMN id SET DEFAULT 7');
    await a.query("INSERT INTO talter (v) VALUES ('d')");
    await a.query('BEGIN');
    await a.query('ALTER TABLE talter ALTER COLUMN id SET NOT NULL');
    await a.query('ALTER TABLE talter ALTER COLUMN id TYPE bigint');
    expect(await code(a, "INSERT INTO talter VALUES (NULL, 'n')")).toBe('23502');
    await a.query('ROLLBACK');
    await a.query("INSERT INTO talter VALUES (NULL, 'n')");
    expect((await a.query('SELECT id, v FROM talter ORDER BY id NULLS LAST, v')).rows).toEqual([
      { id: 1, v: 'a' },
      { id: 2, v: null },
      { id: 7, v: 'd' },
      { id: null, v: 'n' },
    ]);
  });

  it('adds and drops CHECK constraints, named as PostgreSQL names them', async () => {
    await a.query('CREATE TEMP TABLE tcheck (id int, c int CHECK (c > 0))');
    await a.query('INSERT INTO tcheck VALUES (1, 1), (-1, 2)');
    await expect(a.query('ALTER TABLE tcheck ADD CONSTRAINT tcheck_pos CHECK (id > 0)')).rejects.toMatchObject({ code: '23514', message: 'check constraint "tcheck_pos" of relation "tcheck" is violated by some row' });
    await a.query('ALTER TABLE tcheck ADD CHECK (id > -5)');
    expect(await code(a, 'INSERT INTO tcheck VALUES (-9, 1)')).toBe('23514');
    await a.query('BEGIN');
    await a.query('ALTER TABLE tcheck DROP CONSTRAINT tcheck_c_check');
    await a.query('ALTER TABLE tcheck DROP CONSTRAINT tcheck_id_check');
    await a.query('INSERT INTO tcheck VALUES (-9, -9)');
    await a.query('ROLLBACK');
    expect(await code(a, 'INSERT INTO tcheck VALUES (1, -9)')).toBe('23514');
    await expect(a.query('ALTER TABLE tcheck DROP CONSTRAINT nope')).rejects.toMatchObject({ code: '42704', message: 'constraint "nope" of relation "tcheck" does not exist' });
  });
});
