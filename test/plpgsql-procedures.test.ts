/**
 * LANGUAGE plpgsql procedures under what the corpus (43-routines24.sql) cannot show: CALL through
 * the extended protocol with $n arguments, a body that fails midway (nothing of it stays), a CALL
 * inside a transaction that rolls back, on every replica alike.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { rejection, startServer, stateRoots, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

beforeAll(async () => {
  server = await startServer(['--replicas', '3']);
  c = await server.client();
  await c.query('CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL CHECK (qty >= 0))');
  await c.query('CREATE TABLE moves (n serial PRIMARY KEY, sku text NOT NULL, delta int NOT NULL)');
  await c.query(`CREATE PROCEDURE move(p_sku text, p_delta int DEFAULT 1) LANGUAGE plpgsql AS $$
    begin
      if not exists (select 1 from stock where sku = p_sku) then
        insert into stock (sku, qty) values (p_sku, 0);
      end if;
      update stock set qty = qty + p_delta where sku = p_sku;
      insert into moves (sku, delta) values (p_sku, p_delta);
    end $$`);
});

afterAll(async () => {
  await c?.end();
  await server?.stop();
});

it('runs a CALL with $n, named and defaulted arguments', async () => {
  await c.query('CALL move($1, $2)', ['a', 5]);
  await c.query("CALL move('a')");
  await c.query('CALL move(p_delta => $2, p_sku => $1)', ['b', 2]);
  expect((await c.query('SELECT sku, qty FROM stock ORDER BY sku')).rows).toEqual([
    { sku: 'a', qty: 6 },
    { sku: 'b', qty: 2 },
  ]);
  expect((await c.query('SELECT count(*)::int AS n FROM moves')).rows[0].n).toBe(3);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('leaves nothing of a CALL whose body fails midway, and of one in a transaction rolled back', async () => {
  const err = await rejection(() => c.query('CALL move($1, $2)', ['a', -100]));
  expect(err?.code).toBe('23514');
  await c.query('BEGIN');
  await c.query("CALL move('c', 3)");
  await c.query('ROLLBACK');
  expect((await c.query('SELECT sku, qty FROM stock ORDER BY sku')).rows).toEqual([
    { sku: 'a', qty: 6 },
    { sku: 'b', qty: 2 },
  ]);
  expect((await c.query('SELECT count(*)::int AS n FROM moves')).rows[0].n).toBe(3);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('refuses with 0A000 what it cannot run exactly, when the procedure is made', async () => {
  const commit = await rejection(() => c.query("CREATE PROCEDURE commits() LANGUAGE plpgsql AS $$ begin insert into moves (sku, delta) values ('x', 0); commit; end $$"));
  expect(commit?.code).toBe('0A000');
  expect((await c.query("SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'move' AND prokind = 'p' AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql')")).rows[0].n).toBe(1);
});

it('runs a CALL whose arguments are expressions, evaluated before the body (0A000 before)', async () => {
  await c.query("CALL move(upper('d'), length('abc') * $1)", [2]);
  expect((await c.query("SELECT sku, qty FROM stock WHERE sku = 'D'")).rows).toEqual([{ sku: 'D', qty: 6 }]);
  // A subquery's error is the statement's; the body never ran.
  expect((await rejection(() => c.query("CALL move('e', (SELECT 1 / 0))")))?.code).toBe('22012');
  expect((await c.query("SELECT count(*)::int AS n FROM stock WHERE sku = 'e'")).rows[0].n).toBe(0);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});
