/**
 * Composite values from the thirty-seventh session's sweep (test/corpus/56-composite37.sql), on a
 * real server through the `pg` driver; each expected value is PostgreSQL 15's answer: LANGUAGE sql
 * functions taking and returning composites (RETURNS t, SETOF t, in FROM), INSERT of a composite
 * column's fields, comparisons with a row and with ANY, a composite column's CHECK and DEFAULT, and
 * attributes of unconstrained numeric.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string, values?: unknown[]) => c.query(sql, values).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query('CREATE TYPE t37_point AS (x integer, y integer)');
  await c.query('CREATE TYPE t37_person AS (first text, last text, age integer)');
  await c.query('CREATE TYPE t37_measure AS (val numeric, unit text)');
  await c.query('CREATE TABLE t37_pts (id int PRIMARY KEY, p t37_point, who t37_person)');
  await c.query("INSERT INTO t37_pts VALUES (1, ROW(1, 2), ROW('Ada', 'L', 36)), (2, ROW(1, 10), NULL), (3, ROW(2, 0), NULL), (4, ROW(-1, 5), NULL), (5, NULL, NULL)");
});

describe('LANGUAGE sql functions of composite values', () => {
  it('reads a composite parameter field by field, from a row, a literal, a column or a parameter', async () => {
    await c.query('CREATE FUNCTION t37_norm(p t37_point) RETURNS integer LANGUAGE sql AS $$ SELECT abs(p.x) + abs(p.y) $$');
    await c.query('CREATE FUNCTION t37_sq(t37_point) RETURNS integer LANGUAGE sql AS $$ SELECT ($1).x * ($1).x + ($1).y * ($1).y $$');
    expect(await rows("SELECT t37_norm(ROW(3, -4)::t37_point), t37_norm('(1,1)'), t37_sq(ROW(3, 4)::t37_point), t37_norm(NULL)")).toEqual([[7, 2, 25, null]]);
    expect(await rows('SELECT id, t37_norm(p) FROM t37_pts ORDER BY id')).toEqual([[1, 3], [2, 11], [3, 2], [4, 6], [5, null]]);
    expect(await rows('SELECT id FROM t37_pts WHERE t37_norm(p) > 5 ORDER BY id')).toEqual([[2], [4]]);
    expect(await rows('SELECT t37_norm($1::t37_point) AS n', ['(3,4)'])).toEqual([[7]]);
    // A row of other width fails its cast to the parameter's type; a number is no point at all.
    expect(await c.query('SELECT t37_norm(ROW(1, 2, 3))').catch((e: { code: string; position: string }) => [e.code, e.position])).toEqual(['42846', '17']);
    expect(await code('SELECT t37_norm(42)')).toBe('42883');
    // A relation of the body named as the parameter is what `p.x` reads, as PostgreSQL resolves a column first.
    await c.query('CREATE TABLE t37_shadow (x integer)');
    await c.query('INSERT INTO t37_shadow VALUES (40)');
    await c.query('CREATE FUNCTION t37_shadowed(p t37_point) RETURNS integer LANGUAGE sql AS $$ SELECT p.x + q.x FROM t37_shadow p, t37_shadow q $$');
    expect(await rows('SELECT t37_shadowed(ROW(1, 2)::t37_point)')).toEqual([[80]]);
  });

  it('returns a composite value, whose fields a caller selects and FROM spreads into columns', async () => {
    await c.query('CREATE FUNCTION t37_mk(a integer, b integer) RETURNS t37_point LANGUAGE sql AS $$ SELECT ROW(a, b)::t37_point $$');
    await c.query('CREATE FUNCTION t37_swap(p t37_point) RETURNS t37_point LANGUAGE sql AS $$ SELECT ROW(p.y, p.x)::t37_point $$');
    expect(await rows('SELECT t37_mk(1, 2)::text AS v, (t37_mk(5, 6)).x, t37_swap(t37_swap(ROW(1, 2)::t37_point))::text AS w')).toEqual([['(1,2)', 5, '(1,2)']]);
    const r = await c.query('SELECT * FROM t37_mk(7, 8)');
    expect(r.fields.map((f) => f.name)).toEqual(['x', 'y']);
    expect(r.rows).toEqual([{ x: 7, y: 8 }]);
    expect(await rows('SELECT m.y FROM t37_mk(7, 8) AS m')).toEqual([[8]]);
    expect(await rows('SELECT (t37_swap(p)).x FROM t37_pts WHERE id = 2')).toEqual([[10]]);
  });

  it('returns SETOF a composite type as rows of its fields', async () => {
    await c.query('CREATE FUNCTION t37_grid(n integer) RETURNS SETOF t37_point LANGUAGE sql AS $$ SELECT ROW(i, i * i)::t37_point FROM generate_series(1, n) i $$');
    await c.query('CREATE FUNCTION t37_of(lo integer) RETURNS SETOF t37_point LANGUAGE sql AS $$ SELECT p FROM t37_pts WHERE (p).x >= lo ORDER BY id $$');
    expect(await rows('SELECT * FROM t37_grid(3)')).toEqual([[1, 1], [2, 4], [3, 9]]);
    expect(await rows('SELECT g.x + g.y FROM t37_grid(4) g WHERE y > 3 ORDER BY 1')).toEqual([[6], [12], [20]]);
    expect(await rows('SELECT x, y FROM t37_of(1)')).toEqual([[1, 2], [1, 10], [2, 0]]);
    expect(await rows('SELECT count(*)::int FROM t37_of(100)')).toEqual([[0]]);
  });

  it('finds a function of a composite parameter by its type for DROP FUNCTION', async () => {
    await c.query('CREATE FUNCTION t37_gone(p t37_point) RETURNS integer LANGUAGE sql AS $$ SELECT p.x $$');
    await c.query('DROP FUNCTION t37_gone(t37_point)');
    expect(await code('SELECT t37_gone(ROW(1, 1)::t37_point)')).toBe('42883');
  });

  it('drops the functions of a composite type with DROP TYPE … CASCADE, and refuses DROP TYPE without it', async () => {
    await c.query('CREATE TYPE t37_tmp AS (a integer)');
    await c.query('CREATE FUNCTION t37_tmp_a(v t37_tmp) RETURNS integer LANGUAGE sql AS $$ SELECT v.a $$');
    expect(await code('DROP TYPE t37_tmp')).toBe('2BP01');
    expect(await rows('SELECT t37_tmp_a(ROW(4)::t37_tmp)')).toEqual([[4]]);
    await c.query('DROP TYPE t37_tmp CASCADE');
    expect(await code('SELECT t37_tmp_a(NULL)')).toBe('42883');
    expect(await rows("SELECT count(*)::int FROM pg_proc WHERE proname = 't37_tmp_a'")).toEqual([[0]]);
  });
});

describe('composite columns', () => {
  it("writes INSERT's field targets as one value, the fields not given NULL", async () => {
    await c.query('CREATE TABLE t37_ins (id serial, p t37_point, who t37_person)');
    expect(await rows("INSERT INTO t37_ins (p.x, who.first, p.y) VALUES (1, 'Solo', 2), (3, NULL, NULL) RETURNING p::text, who::text")).toEqual([
      ['(1,2)', '(Solo,,)'],
      ['(3,)', '(,,)'],
    ]);
    expect(await rows('INSERT INTO t37_ins (p.y) SELECT x FROM generate_series(7, 8) x RETURNING p::text')).toEqual([['(,7)'], ['(,8)']]);
    expect(await code('INSERT INTO t37_ins (p.z) VALUES (1)')).toBe('42703');
    expect(await code('INSERT INTO t37_ins (p.x, p.x) VALUES (1, 2)')).toBe('42601');
  });

  it('compares a composite with a row and with ANY of an array, field by field', async () => {
    expect(await rows('SELECT id FROM t37_pts WHERE p = ROW(1, 2) ORDER BY id')).toEqual([[1]]);
    expect(await rows('SELECT id FROM t37_pts WHERE p = (1, 10) ORDER BY id')).toEqual([[2]]);
    expect(await rows('SELECT id FROM t37_pts WHERE p = ANY (ARRAY[ROW(1, 10)::t37_point, ROW(-1, 5)::t37_point]) ORDER BY id')).toEqual([[2], [4]]);
    expect(await rows('SELECT id FROM t37_pts WHERE p <> ALL (ARRAY[ROW(1, 2)::t37_point]) ORDER BY id')).toEqual([[2], [3], [4]]);
  });

  it('formats a composite value as its record text, and refuses comparing two types whose fields differ', async () => {
    expect(await rows("SELECT format('%s|%L|%I', p, p, p), concat('p', p), concat_ws('-', p, p) FROM t37_pts WHERE id = 4")).toEqual([['(-1,5)|\'(-1,5)\'|"(-1,5)"', 'p(-1,5)', '(-1,5)-(-1,5)']]);
    expect(await code("SELECT ROW(1, 2)::t37_point = ROW('a', 'b', 1)::t37_person")).toBe('42804');
    expect(await code('SELECT ROW(1, 2)::t37_point = ROW(1, 2)::t37_measure')).toBe('42804');
  });

  it('writes a NULL composite value as null in json_agg', async () => {
    expect(await rows('SELECT json_agg(p ORDER BY id) FROM t37_pts WHERE id >= 3')).toEqual([[[{ x: 2, y: 0 }, { x: -1, y: 5 }, null]]]);
    // json_agg_transfn's text: a line break before each value after the first, none before a null.
    expect(await rows('SELECT json_agg(p ORDER BY id DESC)::text FROM t37_pts WHERE id >= 3')).toEqual([['[null, \n {"x":-1,"y":5}, \n {"x":2,"y":0}]']]);
  });

  it("checks a CHECK of a composite column's field, and writes a literal DEFAULT", async () => {
    await c.query("CREATE TABLE t37_chk (id int, p t37_point CHECK ((p).x >= 0) DEFAULT '(5,5)')");
    await c.query('INSERT INTO t37_chk VALUES (1, ROW(1, 1))');
    expect(await code('INSERT INTO t37_chk VALUES (2, ROW(-1, 1))')).toBe('23514');
    await c.query('INSERT INTO t37_chk (id) VALUES (3)');
    expect(await rows('SELECT id, p::text FROM t37_chk ORDER BY id')).toEqual([[1, '(1,1)'], [3, '(5,5)']]);
    expect(await rows("SELECT column_default FROM information_schema.columns WHERE table_name = 't37_chk' AND column_name = 'p'")).toEqual([["'(5,5)'::t37_point"]]);
    expect(await code('CREATE TABLE t37_bad (p t37_point DEFAULT 5)')).toBe('42804');
  });

  it('keeps an unconstrained numeric attribute at its own scale in the record, equal by value', async () => {
    await c.query('CREATE TABLE t37_meas (id int PRIMARY KEY, m t37_measure)');
    await c.query("INSERT INTO t37_meas VALUES (1, ROW(1.50, 'kg')), (2, '(3.000,m)'), (3, ROW(0.1234567, 'g'))");
    expect(await rows('SELECT id, m::text FROM t37_meas ORDER BY id')).toEqual([[1, '(1.50,kg)'], [2, '(3.000,m)'], [3, '(0.1234567,g)']]);
    expect(await rows("SELECT '(1.50,kg)'::t37_measure = '(1.5,kg)'::t37_measure AS eq, id FROM t37_meas WHERE m = ROW(1.5, 'kg')::t37_measure")).toEqual([[true, 1]]);
    expect(await rows('SELECT id FROM t37_meas ORDER BY m')).toEqual([[3], [1], [2]]);
    expect(await rows('SELECT sum((m).val)::text FROM t37_meas')).toEqual([['4.6234567']]);
  });
});
