/**
 * What the twenty-ninth session's job-queue sweep (test/corpus/48-jobs29.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer: functions
 * returning a table's row type as graphile-worker 0.17's migrations write them — a LANGUAGE sql
 * add_job whose body is INSERT … RETURNING *, PL/pgSQL get_job/complete_job/remove_job with row
 * variables — and the general forms behind them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
  await c.query('CREATE SCHEMA gw29');
  await c.query('CREATE TABLE gw29.job_queues (queue_name text PRIMARY KEY, job_count int NOT NULL, locked_by text)');
  await c.query("CREATE TABLE gw29.jobs (id bigserial PRIMARY KEY, queue_name text, task_identifier text NOT NULL, payload json DEFAULT '{}' NOT NULL, attempts int DEFAULT 0 NOT NULL, key text UNIQUE, last_error text)");
  await c.query(`CREATE FUNCTION gw29.count_job() RETURNS trigger AS $$ begin
    insert into gw29.job_queues (queue_name, job_count) values (new.queue_name, 1) on conflict (queue_name) do update set job_count = job_queues.job_count + 1;
    return new; end $$ LANGUAGE plpgsql`);
  await c.query('CREATE TRIGGER _500_count AFTER INSERT ON gw29.jobs FOR EACH ROW EXECUTE PROCEDURE gw29.count_job()');
  await c.query(`CREATE FUNCTION gw29.add_job(identifier text, payload json = '{}', queue_name text = 'default') RETURNS gw29.jobs AS $$
    insert into gw29.jobs (task_identifier, payload, queue_name) values (identifier, payload, queue_name) returning *;
  $$ LANGUAGE sql`);
  await c.query('CREATE TABLE item29 (id int PRIMARY KEY, name text NOT NULL, qty int)');
  await c.query("INSERT INTO item29 VALUES (1, 'bolt', 10), (2, 'nut', NULL), (3, 'gear, big', 1)");
  await c.query('CREATE FUNCTION item29_by_id(i int) RETURNS item29 LANGUAGE sql AS $$ SELECT * FROM item29 WHERE id = i $$');
});

afterAll(async () => {
  await c?.end();
  if (server) expect(await server.stop()).toBe(0);
});

describe('a LANGUAGE sql function returning a table row from a SELECT', () => {
  it('is one row in FROM, of NULLs where the body finds none', async () => {
    expect((await c.query('SELECT * FROM item29_by_id(3)')).rows).toEqual([{ id: 3, name: 'gear, big', qty: 1 }]);
    expect((await c.query('SELECT name, qty FROM item29_by_id(42) AS i')).rows).toEqual([{ name: null, qty: null }]);
  });

  it('gives a field with (f()).col, every field with (f()).*, and its row as a value', async () => {
    expect((await c.query('SELECT (item29_by_id(2)).name')).rows).toEqual([{ name: 'nut' }]);
    expect((await c.query('SELECT (item29_by_id(1)).*')).rows).toEqual([{ id: 1, name: 'bolt', qty: 10 }]);
    const whole = await c.query('SELECT item29_by_id(3), item29_by_id(42) AS none');
    expect(whole.rows).toEqual([{ item29_by_id: '(3,"gear, big",1)', none: null }]);
  });

  it("reads a column argument in the caller's row, not the body's table's column of that name", async () => {
    // `WHERE id = i` with `id` put for i compared the table's id with itself: every row found row 1.
    expect((await c.query('SELECT id, (item29_by_id(id)).qty FROM item29 ORDER BY id')).rows).toEqual([
      { id: 1, qty: 10 },
      { id: 2, qty: null },
      { id: 3, qty: 1 },
    ]);
    expect((await c.query('SELECT o.id, x.name FROM item29 o, item29_by_id(o.id + 1) x ORDER BY o.id')).rows).toEqual([
      { id: 1, name: 'nut' },
      { id: 2, name: 'gear, big' },
      { id: 3, name: null },
    ]);
  });

  it('is checked at CREATE: a body of another width, or one that returns nothing, is 42P13', async () => {
    await expect(c.query('CREATE FUNCTION bad29a() RETURNS item29 LANGUAGE sql AS $$ SELECT 1 $$')).rejects.toMatchObject({ code: '42P13', detail: 'Final statement returns too few columns.' });
    await expect(c.query("CREATE FUNCTION bad29b() RETURNS item29 LANGUAGE sql AS $$ INSERT INTO item29 VALUES (9, 'x', 1) $$")).rejects.toMatchObject({
      code: '42P13',
      detail: "Function's final statement must be SELECT or INSERT/UPDATE/DELETE RETURNING.",
    });
  });
});

describe('a LANGUAGE sql function returning a table row from INSERT/UPDATE/DELETE … RETURNING', () => {
  it("runs graphile-worker's first add_job once, its trigger with it, in FROM and through parameters", async () => {
    expect((await c.query("SELECT id, task_identifier, payload, queue_name FROM gw29.add_job('mail', '{\"to\": 1}')")).rows).toEqual([{ id: '1', task_identifier: 'mail', payload: { to: 1 }, queue_name: 'default' }]);
    const named = await c.query('SELECT j.id, j.queue_name FROM gw29.add_job(identifier => $1::text, queue_name => $2::text) AS j', ['resize', 'img']);
    expect(named.rows).toEqual([{ id: '2', queue_name: 'img' }]);
    expect((await c.query('SELECT (gw29.add_job($1)).id', ['noop'])).rows).toEqual([{ id: '3' }]);
    expect((await c.query('SELECT queue_name, job_count FROM gw29.job_queues ORDER BY queue_name')).rows).toEqual([
      { queue_name: 'default', job_count: 2 },
      { queue_name: 'img', job_count: 1 },
    ]);
  });

  it('is one row of NULLs where its UPDATE finds no row, and its row as a value', async () => {
    await c.query('CREATE FUNCTION restock29(i int, more int) RETURNS item29 LANGUAGE sql AS $$ UPDATE item29 SET qty = coalesce(qty, 0) + more WHERE id = i RETURNING * $$');
    expect((await c.query('SELECT * FROM restock29(999, 1)')).rows).toEqual([{ id: null, name: null, qty: null }]);
    expect((await c.query('SELECT restock29(2, 4)')).rows).toEqual([{ restock29: '(2,nut,4)' }]);
  });

  it("refuses (f()).*, which PostgreSQL runs once per column, and a call inside an expression", async () => {
    await expect(c.query("SELECT (gw29.add_job('x')).*")).rejects.toMatchObject({ code: '0A000' });
    await expect(c.query("SELECT coalesce((gw29.add_job('x')).id, 0) + 1")).rejects.toMatchObject({ code: '0A000' });
    expect((await c.query("SELECT count(*)::int AS n FROM gw29.jobs WHERE task_identifier = 'x'")).rows).toEqual([{ n: 0 }]);
  });
});

describe('a LANGUAGE plpgsql function returning a table row', () => {
  beforeAll(async () => {
    await c.query(`CREATE FUNCTION gw29.complete_job(worker_id text, job_id bigint) RETURNS gw29.jobs AS $$
      declare v_row gw29.jobs;
      begin
        delete from gw29.jobs where id = job_id returning * into v_row;
        update gw29.job_queues set locked_by = null where queue_name = v_row.queue_name and locked_by = worker_id;
        return v_row;
      end $$ LANGUAGE plpgsql`);
    // graphile-worker 0.17's remove_job: STRICT, and `v_job is null` of a row variable.
    await c.query(`CREATE FUNCTION gw29.remove_job(job_key text) RETURNS gw29.jobs AS $$
      declare v_job "gw29".jobs;
      begin
        delete from gw29.jobs where key = job_key returning * into v_job;
        if not (v_job is null) then return v_job; end if;
        update gw29.jobs set key = null, attempts = 99 where key = job_key returning * into v_job;
        return v_job;
      end $$ LANGUAGE plpgsql STRICT`);
    await c.query(`CREATE FUNCTION item29_get(i int) RETURNS item29 LANGUAGE plpgsql AS $$
      declare r public.item29;
      begin
        select * into r from item29 where id = i;
        if not found then return null; end if;
        r.qty := coalesce(r.qty, 0) * 100;
        return r;
      end $$`);
    await c.query(`CREATE FUNCTION item29_label(i int) RETURNS text LANGUAGE plpgsql AS $$
      declare r item29%ROWTYPE;
      begin
        select * into r from item29 where id = i;
        return coalesce(r.name, 'none') || ':' || coalesce(r.qty, -1);
      end $$`);
  });

  it('answers what the call selects of the row its RETURN gives', async () => {
    expect((await c.query("SELECT id, task_identifier FROM gw29.complete_job('w', 1)")).rows).toEqual([{ id: '1', task_identifier: 'mail' }]);
    expect((await c.query("SELECT * FROM gw29.complete_job('w', 1)")).rows).toEqual([{ id: null, queue_name: null, task_identifier: null, payload: null, attempts: null, key: null, last_error: null }]);
    expect((await c.query('SELECT (item29_get($1)).qty', [3])).rows).toEqual([{ qty: 100 }]);
    expect((await c.query('SELECT item29_get(1)')).rows).toEqual([{ item29_get: '(1,bolt,1000)' }]);
    expect((await c.query('SELECT item29_get(42)')).rows).toEqual([{ item29_get: null }]);
  });

  it('reads a row variable that was never assigned as NULLs, and one assigned by its fields', async () => {
    expect((await c.query('SELECT item29_label(3) AS a, item29_label(42) AS b')).rows).toEqual([{ a: 'gear, big:1', b: 'none:-1' }]);
  });

  it('runs a STRICT one only where no argument is NULL, and tests a whole row variable with IS NULL', async () => {
    expect((await c.query('SELECT * FROM gw29.remove_job(NULL)')).rows).toEqual([{ id: null, queue_name: null, task_identifier: null, payload: null, attempts: null, key: null, last_error: null }]);
    await c.query("INSERT INTO gw29.jobs (task_identifier, key, queue_name) VALUES ('keyed', 'k1', 'default')");
    expect((await c.query("SELECT task_identifier, key FROM gw29.remove_job('k1')")).rows).toEqual([{ task_identifier: 'keyed', key: 'k1' }]);
    expect((await c.query("SELECT count(*)::int AS n FROM gw29.jobs WHERE key = 'k1'")).rows).toEqual([{ n: 0 }]);
  });

  it('of a scalar, STRICT, runs its body only where no argument is NULL', async () => {
    await c.query('CREATE FUNCTION item29_add(i int, n text) RETURNS int LANGUAGE plpgsql STRICT AS $$ begin insert into item29 (id, name) values (i, n); return i * 2; end $$');
    expect((await c.query("SELECT item29_add(NULL, 'x') AS a")).rows).toEqual([{ a: null }]);
    expect((await c.query('SELECT item29_add($1, $2) AS a', [7, null])).rows).toEqual([{ a: null }]);
    expect((await c.query("SELECT item29_add(8, 'y') AS a")).rows).toEqual([{ a: 16 }]);
    expect((await c.query('SELECT id FROM item29 WHERE id > 3 ORDER BY id')).rows).toEqual([{ id: 8 }]);
  });

  it("takes a parameter's DEFAULT now(), as graphile-worker's get_job(…, now timestamptz = now()) has it", async () => {
    await c.query('CREATE FUNCTION item29_at(i int, at timestamptz = now()) RETURNS item29 LANGUAGE plpgsql AS $$ declare r public.item29; begin select * into r from item29 where id = i and at <= now(); return r; end $$');
    expect((await c.query('SELECT name FROM item29_at(1)')).rows).toEqual([{ name: 'bolt' }]);
    expect((await c.query('SELECT name FROM item29_at(1, $1)', ['2999-01-01 00:00:00+00'])).rows).toEqual([{ name: null }]);
  });

  it('is 2F005 when its body ends without RETURN, and 42804 for RETURN of a scalar', async () => {
    await c.query('CREATE FUNCTION item29_noreturn() RETURNS item29 LANGUAGE plpgsql AS $$ begin perform 1; end $$');
    await expect(c.query('SELECT * FROM item29_noreturn()')).rejects.toMatchObject({ code: '2F005' });
    await c.query('CREATE FUNCTION item29_scalar() RETURNS item29 LANGUAGE plpgsql AS $$ begin return 1; end $$');
    await expect(c.query('SELECT * FROM item29_scalar()')).rejects.toMatchObject({ code: '42804' });
  });

  it("keeps its table from DROP TABLE (2BP01), and goes with it under CASCADE", async () => {
    await c.query('CREATE TABLE gone29 (id int)');
    await c.query('CREATE FUNCTION gone29_first() RETURNS gone29 LANGUAGE sql AS $$ SELECT * FROM gone29 LIMIT 1 $$');
    await expect(c.query('DROP TABLE gone29')).rejects.toMatchObject({ code: '2BP01', detail: 'function gone29_first() depends on type gone29' });
    await c.query('DROP TABLE gone29 CASCADE');
    expect((await c.query("SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'gone29_first'")).rows).toEqual([{ n: 0 }]);
  });

  it("says in pg_proc that it returns the table's row type", async () => {
    const r = await c.query("SELECT proname, pg_get_function_result(p.oid) AS result, proretset FROM pg_proc p WHERE proname IN ('add_job', 'complete_job') ORDER BY proname");
    expect(r.rows).toEqual([
      { proname: 'add_job', result: 'gw29.jobs', proretset: false },
      { proname: 'complete_job', result: 'gw29.jobs', proretset: false },
    ]);
  });
});
