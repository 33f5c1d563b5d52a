/**
 * DO blocks as migrations write them, under what the corpus (33-doblock14.sql) cannot show: that
 * a failed block leaves nothing behind in autocommit and fails the transaction block it runs in,
 * its RAISE NOTICEs reaching the client with their CONTEXT, blocks of concurrent clients, and the
 * replicas ending alike — each ran the block's statements in the same order.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { rejection, startServer, stateRoots, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

const tables = async (client: pg.Client) => (await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).rows.map((r) => r.table_name as string);

beforeAll(async () => {
  server = await startServer(['--replicas', '3'], { startMs: 60_000 });
  c = await server.client();
});

afterAll(async () => {
  await c?.end();
  await server?.stop();
});

it('runs a migration block whose later statements use what the earlier made, and sends its notices', async () => {
  const notices: Array<{ severity?: string; message?: string; where?: string }> = [];
  c.on('notice', (n) => notices.push({ severity: n.severity, message: n.message, where: n.where }));
  const migrate = `DO $$
DECLARE n int;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN
    CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
  END IF;
  CREATE TABLE IF NOT EXISTS people (id serial PRIMARY KEY, name text NOT NULL, m mood);
  CREATE INDEX IF NOT EXISTS people_name ON people (name);
  INSERT INTO people (name, m) VALUES ('ann', 'ok'), ('bob', 'happy');
  SELECT count(*) INTO n FROM people;
  RAISE NOTICE 'people: %', n;
END $$`;
  const done = await c.query(migrate);
  expect(done.command).toBe('DO');
  expect(notices).toEqual([{ severity: 'NOTICE', message: 'people: 2', where: 'PL/pgSQL function inline_code_block line 11 at RAISE' }]);
  // Run again: the type is there, the table and index skipped, two more rows.
  await c.query(migrate);
  expect(notices.at(-1)?.message).toBe('people: 4');
  // CASE over a variable, and a row loop into a RECORD whose fields keep their types.
  await c.query(`DO $$ DECLARE r record; BEGIN FOR r IN SELECT id, m FROM people ORDER BY id LOOP
  CASE r.m WHEN 'ok', 'sad' THEN RAISE NOTICE '% is fine', r.id; ELSE RAISE NOTICE '% is %', r.id, r.m; END CASE;
END LOOP; END $$`);
  expect(notices.slice(-4).map((n) => n.message)).toEqual(['1 is fine', '2 is happy', '3 is fine', '4 is happy']);
  c.removeAllListeners('notice');
});

it('takes back all of a failed block in autocommit: tables, rows and type', async () => {
  const before = await tables(c);
  const err = await rejection(() =>
    c.query(`DO $$ BEGIN
  CREATE TABLE gone (a int);
  INSERT INTO gone VALUES (1);
  CREATE TYPE gone_t AS ENUM ('x');
  UPDATE people SET name = 'changed';
  RAISE EXCEPTION 'no: %', 42 USING ERRCODE = 'check_violation';
END $$`),
  );
  expect(err).toMatchObject({ code: '23514', message: 'no: 42', where: 'PL/pgSQL function inline_code_block line 6 at RAISE' });
  expect(await tables(c)).toEqual(before);
  expect((await c.query("SELECT count(*)::int AS n FROM pg_type WHERE typname = 'gone_t'")).rows[0].n).toBe(0);
  expect((await c.query("SELECT count(*)::int AS n FROM people WHERE name = 'changed'")).rows[0].n).toBe(0);
  // An error of one of its statements: PostgreSQL's SQLSTATE, the statement in the CONTEXT.
  const dup = await rejection(() => c.query("DO $$ BEGIN INSERT INTO people (id, name) VALUES (100, 'x'); INSERT INTO people (id, name) VALUES (100, 'y'); END $$"));
  expect(dup).toMatchObject({ code: '23505', where: `SQL statement "INSERT INTO people (id, name) VALUES (100, 'y')"\nPL/pgSQL function inline_code_block line 1 at SQL statement` });
  expect((await c.query('SELECT count(*)::int AS n FROM people WHERE id = 100')).rows[0].n).toBe(0);
});

it('fails the transaction block it runs in, as a statement does, and ROLLBACK TO a savepoint takes it back', async () => {
  await c.query('BEGIN');
  await c.query("INSERT INTO people (name) VALUES ('kept')");
  await c.query('SAVEPOINT s');
  const err = await rejection(() => c.query("DO $$ BEGIN INSERT INTO people (name) VALUES ('in block'); PERFORM 1 / 0; END $$"));
  expect(err).toMatchObject({ code: '22012', where: 'SQL statement "SELECT 1 / 0"\nPL/pgSQL function inline_code_block line 1 at PERFORM' });
  expect(await rejection(() => c.query('SELECT 1'))).toMatchObject({ code: '25P02' });
  await c.query('ROLLBACK TO SAVEPOINT s');
  // A block's EXCEPTION handler takes back its own part only.
  await c.query(`DO $$ BEGIN
  INSERT INTO people (name) VALUES ('outer');
  BEGIN
    INSERT INTO people (name) VALUES ('inner');
    INSERT INTO people (id, name) VALUES (1, 'taken');
  EXCEPTION WHEN unique_violation THEN
    INSERT INTO people (name) VALUES ('handled');
  END;
END $$`);
  await c.query('COMMIT');
  const names = (await c.query("SELECT name FROM people WHERE name IN ('kept', 'in block', 'outer', 'inner', 'handled') ORDER BY id")).rows.map((r) => r.name);
  expect(names).toEqual(['kept', 'outer', 'handled']);
  // Failed in a block that ROLLBACK ends: nothing of it stays.
  await c.query('BEGIN');
  await rejection(() => c.query("DO $$ BEGIN CREATE TABLE tx_gone (a int); RAISE EXCEPTION 'stop'; END $$"));
  await c.query('ROLLBACK');
  expect(await tables(c)).not.toContain('tx_gone');
});

it('runs a block through the extended protocol (a named prepared statement), twice', async () => {
  const q = { name: 'do_prepared', text: "DO $$ BEGIN INSERT INTO people (name) VALUES ('prepared'); END $$" };
  expect((await c.query(q)).command).toBe('DO');
  await c.query(q);
  expect((await c.query("SELECT count(*)::int AS n FROM people WHERE name = 'prepared'")).rows[0].n).toBe(2);
});

it('refuses what it cannot run before running any of it', async () => {
  const err = await rejection(() => c.query("DO $$ DECLARE a int[] := '{1,2}'; x int; BEGIN INSERT INTO people (name) VALUES ('refused'); FOREACH x IN ARRAY a LOOP NULL; END LOOP; END $$"));
  expect(err).toMatchObject({ code: '0A000', message: 'FOREACH over array in a DO block is not supported by evsql' });
  expect((await c.query("SELECT count(*)::int AS n FROM people WHERE name = 'refused'")).rows[0].n).toBe(0);
});

it('leaves the three replicas alike after blocks of concurrent clients', async () => {
  const clients = await Promise.all([1, 2, 3, 4].map(() => server.client()));
  await c.query('CREATE TABLE counters (k int PRIMARY KEY, v int NOT NULL)');
  await Promise.all(
    clients.map((client, i) =>
      (async () => {
        for (let round = 0; round < 5; round++) {
          await client.query(`DO $$ DECLARE cur int; BEGIN
  SELECT v INTO cur FROM counters WHERE k = ${i};
  IF NOT FOUND THEN INSERT INTO counters VALUES (${i}, 1);
  ELSIF cur >= 3 THEN UPDATE counters SET v = 0 WHERE k = ${i};
  ELSE UPDATE counters SET v = cur + 1 WHERE k = ${i};
  END IF;
  FOR j IN 1..2 LOOP INSERT INTO people (name) VALUES ('c${i}-' || j); END LOOP;
  IF ${round} = 4 AND ${i} = 0 THEN RAISE EXCEPTION 'last round of client 0'; END IF;
END $$`).catch((err: { code?: string }) => {
            if (err.code !== 'P0001') throw err;
          });
        }
      })(),
    ),
  );
  await Promise.all(clients.map((client) => client.end()));
  expect((await c.query('SELECT k, v FROM counters ORDER BY k')).rows).toEqual([
    { k: 0, v: 0 },
    { k: 1, v: 1 },
    { k: 2, v: 1 },
    { k: 3, v: 1 },
  ]);
  expect((await c.query("SELECT count(*)::int AS n FROM people WHERE name LIKE 'c%-%'")).rows[0].n).toBe(38);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});
