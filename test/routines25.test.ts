/**
 * What the twenty-fifth session's sweep of routines (test/corpus/44-routines25.sql) fixed, on a
 * real server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: overloaded functions, kept and dropped one by one and seen in pg_proc, CALL of a
 * procedure with INOUT/OUT parameters answering their row, and LANGUAGE plpgsql functions called
 * alone in a SELECT, through either protocol.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query('CREATE TABLE r25_jobs (id int PRIMARY KEY, state text)');
  await c.query("INSERT INTO r25_jobs VALUES (1, 'created'), (2, 'active'), (3, 'created')");
});

describe('overloaded functions', () => {
  it('are kept side by side, each called by its argument types, each a pg_proc row', async () => {
    await c.query("CREATE FUNCTION r25_fmt(v int) RETURNS text LANGUAGE sql AS $$ SELECT 'int:' || v $$");
    await c.query("CREATE FUNCTION r25_fmt(v text) RETURNS text LANGUAGE sql AS $$ SELECT 'text:' || v $$");
    expect(await rows("SELECT r25_fmt(1), r25_fmt('a'::text), r25_fmt('x')")).toEqual([['int:1', 'text:a', 'text:x']]);
    expect(await rows("SELECT pg_get_function_arguments(oid) FROM pg_proc WHERE proname = 'r25_fmt' ORDER BY 1")).toEqual([['v integer'], ['v text']]);
    expect(await rows("SELECT count(DISTINCT oid) FROM pg_proc WHERE proname = 'r25_fmt'")).toEqual([['2']]);
  });

  it('are dropped one by one; the name alone is 42725 while it has two', async () => {
    expect(await code('DROP FUNCTION r25_fmt')).toBe('42725');
    await c.query('DROP FUNCTION r25_fmt(int)');
    expect(await code('SELECT r25_fmt(1)')).toBe('42883');
    expect(await rows("SELECT r25_fmt('y')")).toEqual([['text:y']]);
    await c.query('DROP FUNCTION r25_fmt');
    expect(await rows("SELECT count(*) FROM pg_proc WHERE proname = 'r25_fmt'")).toEqual([['0']]);
  });
});

describe('procedures with INOUT and OUT parameters', () => {
  beforeAll(async () => {
    await c.query('CREATE PROCEDURE r25_bump(INOUT n int, step int DEFAULT 1) LANGUAGE plpgsql AS $$ begin n := n + step; end $$');
    await c.query("CREATE PROCEDURE r25_counts(OUT total int, OUT pending int) LANGUAGE plpgsql AS $$ begin select count(*), count(*) filter (where state = 'created') into total, pending from r25_jobs; end $$");
  });

  it('answer the parameters’ values at the end as one row', async () => {
    const r = await c.query({ text: 'CALL r25_bump(1, 5)', rowMode: 'array' });
    expect(r.command).toBe('CALL');
    expect(r.fields.map((f) => [f.name, f.dataTypeID])).toEqual([['n', 23]]);
    expect(r.rows).toEqual([[6]]);
    expect(await rows('CALL r25_bump(NULL)')).toEqual([[null]]);
    expect(await rows('CALL r25_counts(NULL, NULL)')).toEqual([[3, 2]]);
  });

  it('answer it through the extended protocol too', async () => {
    const r = await c.query({ text: 'CALL r25_bump($1)', values: [7], rowMode: 'array' });
    expect(r.rows).toEqual([[8]]);
  });

  it('run in the caller’s transaction', async () => {
    await c.query('BEGIN');
    await c.query("INSERT INTO r25_jobs VALUES (4, 'created')");
    expect(await rows('CALL r25_counts(NULL, NULL)')).toEqual([[4, 3]]);
    await c.query('ROLLBACK');
    expect(await rows('CALL r25_counts(NULL, NULL)')).toEqual([[3, 2]]);
  });
});

describe('LANGUAGE plpgsql functions', () => {
  beforeAll(async () => {
    await c.query('CREATE TABLE r25_keys (k text PRIMARY KEY)');
    await c.query("CREATE FUNCTION r25_add_key(key text) RETURNS text LANGUAGE plpgsql AS $$ begin insert into r25_keys values (key); return 'inserted'; exception when unique_violation then return 'duplicate'; end $$");
    await c.query('CREATE FUNCTION r25_touch(j int) RETURNS int LANGUAGE plpgsql AS $$ declare n int; begin update r25_jobs set state = state where id = j or j is null; get diagnostics n = row_count; return n; end $$');
    await c.query("CREATE FUNCTION r25_check(p int) RETURNS int LANGUAGE plpgsql AS $$ begin if p < 0 then raise exception using errcode = '22023', message = 'priority must be >= 0'; end if; return p; end $$");
    await c.query('CREATE FUNCTION r25_nothing() RETURNS int LANGUAGE plpgsql AS $$ begin perform 1; end $$');
  });

  it('answer their RETURN value as one row, its column named after the function', async () => {
    const r = await c.query({ text: "SELECT r25_add_key('a')", rowMode: 'array' });
    expect(r.fields.map((f) => [f.name, f.dataTypeID])).toEqual([['r25_add_key', 25]]);
    expect(r.rows).toEqual([['inserted']]);
    expect(await rows("SELECT r25_add_key('a')")).toEqual([['duplicate']]);
    expect(await rows('SELECT r25_add_key($1) AS outcome', ['b'])).toEqual([['inserted']]);
    expect(await rows('SELECT k FROM r25_keys ORDER BY k')).toEqual([['a'], ['b']]);
    expect(await rows('SELECT r25_touch(NULL)')).toEqual([[3]]);
    expect(await rows('SELECT r25_touch($1)', [2])).toEqual([[1]]);
  });

  it('raise their errors, and 2F005 where the body ends without RETURN', async () => {
    expect(await rows('SELECT r25_check(3)')).toEqual([[3]]);
    expect(await code('SELECT r25_check(-1)')).toBe('22023');
    expect(await code('SELECT r25_nothing()')).toBe('2F005');
  });

  it('run inside another expression, their RAISE raising there (session 27)', async () => {
    expect(await rows('SELECT r25_check(1) + 1')).toEqual([[2]]);
    expect(await code('SELECT r25_check(-1) + 1')).toBe('22023');
  });
});
