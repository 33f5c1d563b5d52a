/**
 * What the twenty-seventh session's PL/pgSQL sweep (test/corpus/46-plpgsql27.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: PL/pgSQL functions called inside expressions, DEFAULT, CHECK, UPDATE and LATERAL,
 * set-returning ones, and arguments naming a column that a function body's table also has.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query("CREATE TABLE p27_acc (id int PRIMARY KEY, status text NOT NULL, balance numeric NOT NULL)");
  await c.query("INSERT INTO p27_acc VALUES (1, 'open', 10), (2, 'closed', 20), (3, 'open', -5)");
  await c.query("CREATE TABLE p27_ord (id int PRIMARY KEY, account_id int NOT NULL, amount numeric NOT NULL)");
  await c.query('INSERT INTO p27_ord VALUES (1, 1, 5), (2, 1, 7), (3, 2, 1)');
});

describe('a function whose body reads a table, called with a column of the caller', () => {
  it('reads the caller’s column, not the body table’s column of the same name (LANGUAGE plpgsql and sql)', async () => {
    await c.query("CREATE FUNCTION p27_is_open(acc int) RETURNS boolean LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN exists (SELECT 1 FROM p27_acc WHERE id = acc AND status = 'open'); END $$");
    await c.query('CREATE FUNCTION p27_orders(acc int) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM p27_ord WHERE account_id = acc $$');
    expect(await rows('SELECT id FROM p27_acc WHERE p27_is_open(id) ORDER BY id')).toEqual([[1], [3]]);
    expect(await rows('SELECT id, p27_orders(id) FROM p27_acc ORDER BY id')).toEqual([[1, '2'], [2, '1'], [3, '0']]);
    // An aggregate argument put into the body's subquery would count that subquery's rows.
    expect(await code('SELECT p27_orders(count(*)::int) FROM p27_acc')).toBe('0A000');
  });
});

describe('a PL/pgSQL function computing a value', () => {
  it('runs inside expressions, UPDATE, DEFAULT and CHECK', async () => {
    await c.query("CREATE FUNCTION p27_clamp(v int, hi int DEFAULT 100) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN IF v < 0 THEN RETURN 0; ELSIF v > hi THEN RETURN hi; END IF; RETURN v; END $$");
    expect(await rows('SELECT p27_clamp(150) + 1, p27_clamp(p27_clamp(-3) + 5, hi => 4)')).toEqual([[101, 4]]);
    await c.query('CREATE TABLE p27_posts (id int PRIMARY KEY, score int DEFAULT p27_clamp(500) CHECK (p27_clamp(score) = score))');
    await c.query('INSERT INTO p27_posts (id) VALUES (1)');
    expect(await code('INSERT INTO p27_posts VALUES (2, 101)')).toBe('23514');
    await c.query('UPDATE p27_posts SET score = p27_clamp(score - 60) WHERE id = 1');
    expect(await rows('SELECT score FROM p27_posts')).toEqual([[40]]);
  });

  it('raises its RAISE EXCEPTION’s error where the raising branch is taken', async () => {
    await c.query("CREATE FUNCTION p27_pos(v int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF v < 0 THEN RAISE EXCEPTION 'negative value: %', v USING ERRCODE = '22003'; END IF; RETURN v; END $$");
    expect(await rows('SELECT p27_pos(id) + 1 FROM p27_acc ORDER BY id')).toEqual([[2], [3], [4]]);
    const err = await c.query('SELECT id, p27_pos(balance::int) FROM p27_acc').then(() => undefined, (e: { code?: string; message?: string }) => e);
    expect([err?.code, err?.message]).toEqual(['22003', 'negative value: -5']);
  });
});

describe('a PL/pgSQL function that writes, inside a list evaluated once', () => {
  it('runs once per call, left to right, its value in the expression', async () => {
    await c.query('CREATE TABLE p27_log (id serial PRIMARY KEY, msg text)');
    await c.query('CREATE FUNCTION p27_log_it(m text) RETURNS int LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN INSERT INTO p27_log (msg) VALUES (m) RETURNING id INTO n; RETURN n; END $$');
    const r = await c.query("SELECT p27_log_it('a') + 100 AS x, coalesce(p27_log_it('b'), 0), p27_log_it('c')");
    expect([r.fields.map((f) => f.name), r.rows.map((row) => Object.values(row))]).toEqual([['x', 'coalesce', 'p27_log_it'], [[101, 2, 3]]]);
    expect(await rows('SELECT msg FROM p27_log ORDER BY id')).toEqual([['a'], ['b'], ['c']]);
    expect(await code("SELECT CASE WHEN false THEN p27_log_it('d') END")).toBe('0A000');
    expect(await rows('SELECT count(*) FROM p27_log')).toEqual([['3']]);
  });
});

describe('set-returning PL/pgSQL functions', () => {
  it('of one RETURN QUERY join and take LATERAL arguments', async () => {
    await c.query('CREATE FUNCTION p27_orders_of(acc int) RETURNS TABLE(order_id int, amount numeric) LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN QUERY SELECT o.id, o.amount FROM p27_ord o WHERE o.account_id = acc; END $$');
    expect(await rows('SELECT a.id, t.order_id FROM p27_acc a, LATERAL p27_orders_of(a.id) t ORDER BY 1, 2')).toEqual([[1, 1], [1, 2], [2, 3]]);
  });

  it('of RETURN NEXT and RETURN QUERY EXECUTE answer every row, or none', async () => {
    await c.query('CREATE FUNCTION p27_squares(n int) RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN FOR i IN 1..n LOOP RETURN NEXT i * i; END LOOP; END $$');
    await c.query("CREATE FUNCTION p27_status(s text) RETURNS SETOF int LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY EXECUTE 'SELECT id FROM p27_acc WHERE status = $1 ORDER BY id' USING s; END $$");
    expect(await rows('SELECT * FROM p27_squares(3)')).toEqual([[1], [4], [9]]);
    const none = await c.query('SELECT * FROM p27_squares(0)');
    expect([none.rowCount, none.fields.map((f) => f.name)]).toEqual([0, ['p27_squares']]);
    expect(await rows("SELECT * FROM p27_status('open')")).toEqual([[1], [3]]);
    // Joined, its rows are read as a query of them (the thirty-second session; 0A000 before).
    expect(await rows('SELECT s, a.id FROM p27_squares(2) s JOIN p27_acc a ON a.id <= s ORDER BY 1, 2')).toEqual([[1, 1], [4, 1], [4, 2], [4, 3]]);
  });
});
