/**
 * What the twenty-ninth session's graphile-worker sweep (test/corpus/48-gworker29.sql) fixed, on a
 * real server through the `pg` driver; each expected value is PostgreSQL 15's answer: migration
 * 11's renames of tables whose triggers upsert into another schema's table (SQLite re-reads the
 * triggers and could not resolve the target's alias there), its ROLLBACK when it fails, and the
 * names of the new tables' keys beside the renamed tables'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
});

afterAll(async () => {
  await c?.end();
  if (server) expect(await server.stop()).toBe(0);
});

const rows = async (sql: string) => (await c.query(sql)).rows;
const failure = async (sql: string) => {
  const e = await c.query(sql).then(
    () => undefined,
    (err: { code?: string; message: string; position?: string }) => err,
  );
  return e && { code: e.code, message: e.message, position: e.position };
};

describe('a trigger writing another table under an alias survives ALTER TABLE … RENAME', () => {
  beforeAll(async () => {
    await c.query('CREATE SCHEMA gw29g');
    await c.query('CREATE TABLE gw29g.job_queues (queue_name text PRIMARY KEY, job_count int NOT NULL)');
    await c.query('CREATE TABLE gw29g.jobs (id serial PRIMARY KEY, queue_name text)');
    // graphile-worker's own trigger functions: the schema's tables named with their schema, read bare.
    await c.query(`CREATE FUNCTION gw29g.inc() RETURNS trigger AS $$ BEGIN
      INSERT INTO gw29g.job_queues (queue_name, job_count) VALUES (new.queue_name, 1)
        ON CONFLICT (queue_name) DO UPDATE SET job_count = job_queues.job_count + 1;
      RETURN new; END $$ LANGUAGE plpgsql`);
    await c.query(`CREATE FUNCTION gw29g.dec() RETURNS trigger AS $$ BEGIN
      UPDATE gw29g.job_queues SET job_count = job_queues.job_count - 1 WHERE queue_name = old.queue_name;
      DELETE FROM gw29g.job_queues AS q WHERE q.queue_name = old.queue_name AND q.job_count <= 0;
      RETURN old; END $$ LANGUAGE plpgsql`);
    await c.query('CREATE TRIGGER _500_inc AFTER INSERT ON gw29g.jobs FOR EACH ROW EXECUTE PROCEDURE gw29g.inc()');
    await c.query('CREATE TRIGGER _500_dec AFTER DELETE ON gw29g.jobs FOR EACH ROW EXECUTE PROCEDURE gw29g.dec()');
  });

  it('renames the table and its triggers keep counting (an upsert, an UPDATE and a DELETE under aliases)', async () => {
    await c.query("INSERT INTO gw29g.jobs (queue_name) VALUES ('a'), ('a'), ('b')");
    // Was XX000 "no such column: job_queues.job_count": SQLite re-reads every trigger on a rename.
    await c.query('ALTER TABLE gw29g.jobs RENAME TO jobs_legacy');
    await c.query("INSERT INTO gw29g.jobs_legacy (queue_name) VALUES ('a')");
    await c.query("DELETE FROM gw29g.jobs_legacy WHERE queue_name = 'b'");
    expect(await rows('SELECT queue_name, job_count FROM gw29g.job_queues ORDER BY queue_name')).toEqual([{ queue_name: 'a', job_count: 3 }]);
  });

  it('reads an aliased upsert, UPDATE and DELETE outside triggers as before', async () => {
    await c.query('CREATE TABLE tally29g (k text PRIMARY KEY, n int NOT NULL)');
    expect(await rows("INSERT INTO tally29g AS t VALUES ('x', 1) ON CONFLICT (k) DO UPDATE SET n = t.n + 10 RETURNING t.k, t.n, (xmax = 0) AS inserted")).toEqual([{ k: 'x', n: 1, inserted: true }]);
    expect(await rows("INSERT INTO tally29g AS t VALUES ('x', 1) ON CONFLICT (k) DO UPDATE SET n = t.n + excluded.n WHERE t.n < 100 RETURNING n, (xmax = 0) AS inserted")).toEqual([{ n: 2, inserted: false }]);
    expect(await rows("UPDATE tally29g AS t SET n = t.n * 2 WHERE t.k = 'x' RETURNING t.n")).toEqual([{ n: 4 }]);
    await c.query("INSERT INTO tally29g VALUES ('y', 5), ('z', 7)");
    // A subquery's FROM names the table too: its k is its own row's, t.k the target's.
    expect(await rows("UPDATE tally29g AS t SET n = (SELECT count(*) FROM tally29g WHERE k <> t.k) WHERE t.k = 'y' RETURNING n")).toEqual([{ n: 2 }]);
    expect(await rows("DELETE FROM tally29g AS t WHERE t.k = 'z' RETURNING t.*")).toEqual([{ k: 'z', n: 7 }]);
  });

  it("runs MERGE's DELETE step, whose target goes by its own name without a source", async () => {
    await c.query('CREATE TABLE merge29g (k int PRIMARY KEY, v int)');
    await c.query('INSERT INTO merge29g VALUES (1, 1), (2, 2), (3, 3)');
    const merged = await c.query('MERGE INTO merge29g p USING (VALUES (1, NULL::int), (2, 20), (4, 40)) s(k, v) ON p.k = s.k WHEN MATCHED AND s.v IS NULL THEN DELETE WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.k, s.v)');
    expect(merged.rowCount).toBe(3);
    expect(await rows('SELECT k, v FROM merge29g ORDER BY k')).toEqual([
      { k: 2, v: 20 },
      { k: 3, v: 3 },
      { k: 4, v: 40 },
    ]);
  });

  it("refuses the table's own name under an alias in DO UPDATE (42P01), which SQLite took for the target", async () => {
    const sql = "INSERT INTO tally29g AS t VALUES ('x', 1) ON CONFLICT (k) DO UPDATE SET n = tally29g.n + 10";
    expect(await failure(sql)).toEqual({ code: '42P01', message: 'invalid reference to FROM-clause entry for table "tally29g"', position: String(sql.indexOf('tally29g.n') + 1) });
    expect(await rows("SELECT n FROM tally29g WHERE k = 'x'")).toEqual([{ n: 4 }]);
  });
});

describe('a migration that renames tables and fails rolls back whole', () => {
  it('puts the renamed table back with its rows and the index an ADD COLUMN … UNIQUE made', async () => {
    await c.query('CREATE TABLE r29g (id int PRIMARY KEY, k text)');
    await c.query('ALTER TABLE r29g ADD COLUMN k2 text UNIQUE');
    await c.query("INSERT INTO r29g VALUES (1, 'a', 'b')");
    await c.query('BEGIN');
    await c.query('ALTER TABLE r29g RENAME TO r29g_legacy');
    await c.query('CREATE TABLE r29g (id int PRIMARY KEY, k2 text UNIQUE)');
    expect((await failure('SELECT 1/0'))?.code).toBe('22012');
    // Was 42P07 "relation r29g_k2_key already exists", and the rename stayed.
    await c.query('ROLLBACK');
    expect(await rows("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'r29g%' ORDER BY 1")).toEqual([{ table_name: 'r29g' }]);
    expect(await rows('SELECT id, k, k2 FROM r29g')).toEqual([{ id: 1, k: 'a', k2: 'b' }]);
    expect((await failure("INSERT INTO r29g VALUES (2, 'x', 'b')"))?.code).toBe('23505');
  });
});

describe("CREATE TABLE's unnamed keys beside a renamed table's", () => {
  it('take the next free name, as ChooseConstraintName', async () => {
    await c.query('CREATE TABLE k29g (id int PRIMARY KEY, key text UNIQUE)');
    await c.query('ALTER TABLE k29g RENAME TO k29g_legacy');
    await c.query('CREATE TABLE k29g (id int PRIMARY KEY, key text UNIQUE, other text, UNIQUE (key, other))');
    expect(await rows("SELECT conname, conrelid::regclass::text AS rel FROM pg_constraint WHERE conname LIKE 'k29g%' ORDER BY 1")).toEqual([
      { conname: 'k29g_key_key', rel: 'k29g_legacy' },
      { conname: 'k29g_key_key1', rel: 'k29g' },
      { conname: 'k29g_key_other_key', rel: 'k29g' },
      { conname: 'k29g_pkey', rel: 'k29g_legacy' },
      { conname: 'k29g_pkey1', rel: 'k29g' },
    ]);
    // Each key is its own table's: the same value goes into both tables.
    await c.query("INSERT INTO k29g VALUES (1, 'a', 'b')");
    await c.query("INSERT INTO k29g_legacy VALUES (1, 'a')");
    expect((await failure("INSERT INTO k29g VALUES (2, 'a', 'c')"))?.message).toBe('duplicate key value violates unique constraint "k29g_key_key1"');
  });

  it("refuses a table of an index's name (42P07)", async () => {
    expect(await failure('CREATE TABLE k29g_pkey (id int)')).toEqual({ code: '42P07', message: 'relation "k29g_pkey" already exists', position: undefined });
  });
});
