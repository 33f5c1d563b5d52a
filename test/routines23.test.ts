/**
 * What the twenty-third session's sweep of functions and procedures (test/corpus/42-routines23.sql)
 * fixed, on a real server through the `pg` driver; each expected value is PostgreSQL 15's answer to
 * the same statement: procedures and CALL (in and out of a transaction, through the extended
 * protocol), parameter defaults and named arguments, OUT parameters read as a record and as
 * columns, and functions in a schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query('CREATE TABLE acc (id int PRIMARY KEY, balance numeric(12,2) NOT NULL)');
  await c.query('INSERT INTO acc VALUES (1, 100), (2, 50.5)');
  await c.query('CREATE PROCEDURE transfer(src int, dst int, amt numeric DEFAULT 1) LANGUAGE sql AS $$ UPDATE acc SET balance = balance - amt WHERE id = src; UPDATE acc SET balance = balance + amt WHERE id = dst $$');
});

describe('CALL of a LANGUAGE sql procedure', () => {
  it("runs the body's statements with the arguments in place, through either protocol", async () => {
    expect((await c.query('CALL transfer(1, 2, 25)')).command).toBe('CALL');
    await c.query({ text: 'CALL transfer($1, $2, amt => $3)', values: [2, 1, '0.5'] });
    await c.query('CALL transfer(dst => 1, src => 2)');
    expect(await rows('SELECT id, balance FROM acc ORDER BY id')).toEqual([[1, '76.50'], [2, '74.00']]);
  });

  it('is undone with its transaction, and a bad argument runs none of it', async () => {
    await c.query('BEGIN');
    await c.query('CALL transfer(1, 2, 10)');
    expect(await rows('SELECT balance FROM acc WHERE id = 2')).toEqual([['84.00']]);
    await c.query('ROLLBACK');
    expect(await code("CALL transfer(1, 2, 'abc')")).toBe('22P02');
    expect(await rows('SELECT id, balance FROM acc ORDER BY id')).toEqual([[1, '76.50'], [2, '74.00']]);
  });
});

describe('functions', () => {
  it('take defaults and named arguments', async () => {
    await c.query("CREATE FUNCTION greet(name text, greeting text DEFAULT 'hello', punct text = '!') RETURNS text LANGUAGE sql AS $$ SELECT greeting || ', ' || name || punct $$");
    expect(await rows("SELECT greet('ann'), greet('ann', punct => '?'), greet(greeting => 'hey', name => 'bob')")).toEqual([['hello, ann!', 'hello, ann?', 'hey, bob!']]);
    expect(await rows('SELECT greet($1), greet($1, $2)', ['zed', null])).toEqual([['hello, zed!', null]]);
    expect(await rows("SELECT pg_get_function_arguments('greet'::regproc), pronargdefaults FROM pg_proc WHERE proname = 'greet'")).toEqual([["name text, greeting text DEFAULT 'hello'::text, punct text DEFAULT '!'::text", 2]]);
  });

  it('with OUT parameters give a record in a select list and a row of columns in FROM', async () => {
    await c.query('CREATE FUNCTION minmax(OUT lo numeric, OUT hi numeric) LANGUAGE sql STABLE AS $$ SELECT min(balance), max(balance) FROM acc $$');
    const r = await c.query('SELECT minmax()');
    expect(r.fields[0]!.dataTypeID).toBe(2249);
    expect(r.rows).toEqual([{ minmax: '(74.00,76.50)' }]);
    expect(await rows('SELECT * FROM minmax()')).toEqual([['74.00', '76.50']]);
    expect(await rows('SELECT (minmax()).hi')).toEqual([['76.50']]);
  });

  it('in a schema are found qualified and through search_path, and go with DROP SCHEMA … CASCADE', async () => {
    await c.query('CREATE SCHEMA app');
    await c.query('CREATE FUNCTION app.tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 0.2 $$');
    expect(await rows('SELECT app.tax(100)')).toEqual([['20.0']]);
    expect(await code('SELECT tax(100)')).toBe('42883');
    await c.query('SET search_path = app, public');
    expect(await rows('SELECT tax(50)')).toEqual([['10.0']]);
    await c.query('RESET search_path');
    expect(await rows("SELECT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.proname = 'tax'")).toEqual([['app']]);
    expect(await code('DROP SCHEMA app')).toBe('2BP01');
    await c.query('DROP SCHEMA app CASCADE');
    expect(await rows("SELECT count(*) FROM pg_proc WHERE proname = 'tax'")).toEqual([['0']]);
  });
});
