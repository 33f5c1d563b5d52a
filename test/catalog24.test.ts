/**
 * What the twenty-fourth session's catalog sweep (test/corpus/43-catalog24.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: regprocedure, read from `name(type, …)` and printed so, as psql's \sf and the GUI
 * tools' DDL views name a function for pg_get_functiondef; the expressions pg_get_expr prints from
 * pg_index.indexprs and pg_proc.proargdefaults, as DBeaver's and pgAdmin's property pages read them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query('CREATE SCHEMA s24');
  await c.query("CREATE FUNCTION s24_add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b'");
  await c.query("CREATE FUNCTION s24.f(x numeric(10,2), y text) RETURNS integer LANGUAGE sql AS 'SELECT 1'");
});

describe('regprocedure', () => {
  it('reads a signature, with type aliases and a typmod, and prints it back', async () => {
    expect(await rows("SELECT 's24_add(int, int4)'::regprocedure::text, 's24.f(numeric(10,2), text)'::regprocedure::text, 'lower(text)'::regprocedure::text, pg_typeof('now()'::regprocedure)::text")).toEqual([
      ['s24_add(integer,integer)', 's24.f(numeric,text)', 'lower(text)', 'regprocedure'],
    ]);
  });

  it('names the function pg_get_functiondef prints, from a literal and from a parameter', async () => {
    const def = 'CREATE OR REPLACE FUNCTION public.s24_add(a integer, b integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\nAS $function$SELECT a + b$function$\n';
    expect(await rows("SELECT pg_get_functiondef('s24_add(integer,integer)'::regprocedure)")).toEqual([[def]]);
    expect(await rows('SELECT pg_get_functiondef($1::regprocedure)', ['s24_add(integer, integer)'])).toEqual([[def]]);
  });

  it("finds a type's input function as pg_type names it: ActiveRecord's and pgjdbc's type-map queries", async () => {
    // PostgreSQL 15 answers true, true: _int4's typinput is array_in, int4's is not.
    const sql = (cast: string) => `SELECT bool_or(typname = '_int4'), bool_and(typname <> 'int4') FROM pg_type WHERE typinput = ${cast}`;
    expect(await rows(sql("'array_in(cstring,oid,integer)'::regprocedure"))).toEqual([[true, true]]);
    expect(await rows(sql("'pg_catalog.array_in'::regproc"))).toEqual([[true, true]]);
    expect(await code("SELECT 's24_nothing(int)'::regprocedure")).toBe('42883');
  });

  it('names a function of a schema on the path bare', async () => {
    await c.query('SET search_path = s24, public');
    const shown = await rows("SELECT 'f(numeric,text)'::regprocedure::text, to_regprocedure('f(numeric,text)')::text");
    await c.query('RESET search_path');
    expect(shown).toEqual([['f(numeric,text)', 'f(numeric,text)']]);
  });

  it("refuses what PostgreSQL refuses, and to_regprocedure is NULL for a signature no function has", async () => {
    expect(await code("SELECT 's24_add'::regprocedure")).toBe('22P02');
    expect(await code("SELECT 's24_add(text)'::regprocedure")).toBe('42883');
    expect(await code("SELECT 's24_add(integer,nosuch24)'::regprocedure")).toBe('42704');
    expect(await rows("SELECT to_regprocedure('s24_add(text)'), to_regprocedure(NULL), 0::regprocedure::text")).toEqual([[null, null, '-']]);
  });

  it('places a signature that names no function at its literal, and a relation has_table_privilege reads as text nowhere', async () => {
    const fields = (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string; position?: string }) => [e.code, e.position]);
    expect(await fields("SELECT pg_get_functiondef('s24_nosuch(integer)'::regprocedure)")).toEqual(['42883', '27']);
    expect(await fields("SELECT has_table_privilege('s24.nosuch', 'SELECT')")).toEqual(['42P01', undefined]);
  });

  it('has_function_privilege reads a signature: one no function has is 42883, a name alone 22P02', async () => {
    expect(await rows("SELECT has_function_privilege('s24_add(integer, integer)', 'EXECUTE'), has_function_privilege('lower(text)', 'EXECUTE')")).toEqual([[true, true]]);
    expect(await code("SELECT has_function_privilege('s24_add(text)', 'EXECUTE')")).toBe('42883');
    expect(await code("SELECT has_function_privilege('s24_add', 'EXECUTE')")).toBe('22P02');
  });

  it('to_regclass reads a dotted name as PostgreSQL does: an empty part is 42602, not NULL', async () => {
    expect(await code("SELECT to_regclass('s24..log')")).toBe('42602');
    expect(await code("SELECT to_regclass('')")).toBe('42602');
    expect(await rows("SELECT to_regclass('\"pg_catalog\".pg_class')::text, to_regclass('s24.nosuch')")).toEqual([['pg_class', null]]);
  });
});

describe('pg_get_expr', () => {
  it("prints an index's expression keys without pg_get_indexdef's parentheses, plain and pretty", async () => {
    await c.query('CREATE TABLE s24.things (sku varchar(32), n int)');
    await c.query('CREATE INDEX things_expr ON s24.things (lower(sku), (n + 1))');
    expect(await rows("SELECT pg_get_expr(indexprs, indrelid, true), pg_get_expr(indexprs, indrelid) FROM pg_index WHERE indexrelid = 's24.things_expr'::regclass")).toEqual([
      ['lower(sku::text), n + 1', 'lower((sku)::text), (n + 1)'],
    ]);
  });

  it("prints a function's argument defaults, and NULL for none or a NULL expression", async () => {
    await c.query("CREATE FUNCTION s24_defaults(a int, b text DEFAULT 'x', c numeric DEFAULT 1.5) RETURNS int LANGUAGE sql AS 'SELECT a'");
    expect(await rows("SELECT proname, pg_get_expr(proargdefaults, 0) FROM pg_proc WHERE proname IN ('s24_defaults', 's24_add') ORDER BY 1")).toEqual([
      ['s24_add', null],
      ['s24_defaults', "'x'::text, 1.5"],
    ]);
    expect(await rows('SELECT pg_get_expr(NULL, $1::oid)', [null])).toEqual([[null]]);
  });
});

describe('pg_get_functiondef', () => {
  it('prints a procedure as CREATE PROCEDURE, with no RETURNS and each argument marked IN', async () => {
    await c.query('CREATE TABLE s24.log (id bigint, s text)');
    await c.query("CREATE PROCEDURE s24_close(p_id bigint, q text DEFAULT 'x') LANGUAGE sql AS $$UPDATE s24.log SET s = q WHERE id = p_id$$");
    expect(await rows("SELECT pg_get_functiondef('s24_close'::regproc), pg_get_function_identity_arguments('s24_close'::regproc)")).toEqual([
      ["CREATE OR REPLACE PROCEDURE public.s24_close(IN p_id bigint, IN q text DEFAULT 'x'::text)\n LANGUAGE sql\nAS $procedure$UPDATE s24.log SET s = q WHERE id = p_id$procedure$\n", 'IN p_id bigint, IN q text'],
    ]);
  });
});
