/**
 * What the twenty-fifth session's sweep (test/corpus/44-routines25.sql) fixed, where the
 * translation is pure: which of several routines of a name a call runs, DROP of an overloaded
 * name, a CALL of a procedure with INOUT/OUT parameters answering their row, and LANGUAGE
 * plpgsql functions called alone in a SELECT.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import type { TranslatorSchema } from '../../dialect/translate/schema.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { schemaAfter } from '../helpers/schema-after.js';

let schema: TranslatorSchema;

beforeAll(async () => {
  await loadParser();
  schema = schemaAfter([
    'CREATE TABLE t (id int PRIMARY KEY, name text)',
    "CREATE FUNCTION f(v int) RETURNS text LANGUAGE sql AS $$ SELECT 'int-body' || v $$",
    "CREATE FUNCTION f(v text) RETURNS text LANGUAGE sql AS $$ SELECT 'text-body' || v $$",
    'CREATE FUNCTION g(a int, b int DEFAULT 10) RETURNS int LANGUAGE sql AS $$ SELECT a + b + 1000 $$',
    'CREATE FUNCTION g(a int, b int, c int) RETURNS int LANGUAGE sql AS $$ SELECT a + b + c + 2000 $$',
    "CREATE FUNCTION h(bigint) RETURNS text LANGUAGE sql AS $$ SELECT 'big-body' $$",
    "CREATE FUNCTION h(numeric) RETURNS text LANGUAGE sql AS $$ SELECT 'num-body' $$",
    "CREATE FUNCTION k(bigint) RETURNS text LANGUAGE sql AS $$ SELECT 'big-body' $$",
    "CREATE FUNCTION k(float8) RETURNS text LANGUAGE sql AS $$ SELECT 'f8-body' $$",
    'CREATE PROCEDURE bump(INOUT n int, step int DEFAULT 1) LANGUAGE plpgsql AS $$ begin n := n + step; end $$',
    'CREATE PROCEDURE counts(OUT total int, OUT named int) LANGUAGE plpgsql AS $$ begin select count(*), count(name) into total, named from t; end $$',
    'CREATE FUNCTION next_id(step int DEFAULT 1) RETURNS int LANGUAGE plpgsql AS $$ declare n int; begin select max(id) into n from t; return coalesce(n, 0) + step; end $$',
    'CREATE FUNCTION add_row(v int) RETURNS int LANGUAGE plpgsql AS $$ begin insert into t (id) values (v); return v; end $$',
  ]);
});

const sql = (text: string) => translate(text, schema)[0]!.steps.map((s) => s.sql).join(';');
const code = (text: string) => sqlstate(() => translate(text, schema));

describe('overloaded functions', () => {
  it('run the one whose parameters the written argument types match', () => {
    expect(sql('SELECT f(1)')).toContain('int-body');
    expect(sql('SELECT f(1)')).not.toContain('text-body');
    expect(sql("SELECT f('a'::text)")).toContain('text-body');
    expect(sql('SELECT f(2::smallint)')).toContain('int-body');
  });

  it('read an untyped literal or NULL as text where a candidate takes text, else as float8 among numbers', () => {
    expect(sql("SELECT f('x')")).toContain('text-body');
    expect(sql('SELECT f(NULL)')).toContain('text-body');
    expect(sql("SELECT k('1')")).toContain('f8-body');
  });

  it('choose by the number of arguments, counting defaults and named ones', () => {
    expect(sql('SELECT g(1)')).toContain('1000');
    expect(sql('SELECT g(1, 2)')).toContain('1000');
    expect(sql('SELECT g(1, 2, 3)')).toContain('2000');
    expect(sql('SELECT g(c => 1, a => 2, b => 3)')).toContain('2000');
  });

  it('prefer float8 for a number no candidate takes exactly, and are 42725 where nothing decides', () => {
    expect(sql('SELECT k(1)')).toContain('f8-body');
    expect(code('SELECT h(1)')).toBe('42725');
    expect(code('SELECT f(2::bigint)')).toBe('42883');
  });

  it('refuse an argument whose type only the translation knows where it would decide (0A000)', () => {
    expect(code('SELECT f(id) FROM t')).toBe('0A000');
    // Where the count of arguments decides, any argument will do.
    expect(sql('SELECT g(id, id, id) FROM t')).toContain('2000');
  });

  it('are dropped one by one by their argument types; the name alone is 42725', () => {
    expect(code('DROP FUNCTION f')).toBe('42725');
    expect(sql('DROP FUNCTION f(text)')).toContain('pg_proc:f(25)');
    expect(sql('DROP FUNCTION f(int)')).toMatch(/"pg_proc:f"$/);
    expect(code('DROP FUNCTION f(bigint)')).toBe('42883');
  });

  it('are 42723 again for the same argument types, and polymorphic ones are refused', () => {
    expect(code("CREATE FUNCTION f(w int) RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$")).toBe('42723');
    expect(code('CREATE FUNCTION first_of(anyarray) RETURNS anyelement LANGUAGE sql AS $$ SELECT $1[1] $$')).toBe('0A000');
  });

  it('are 42P13 at CREATE where the body selects a string literal for a type no assignment cast reaches', () => {
    expect(code("CREATE FUNCTION lit_int() RETURNS int LANGUAGE sql AS $$ SELECT 'x' $$")).toBe('42P13');
    expect(code("CREATE FUNCTION lit_date() RETURNS date LANGUAGE sql AS $$ SELECT '2020-01-01' $$")).toBe('42P13');
    expect(code("CREATE FUNCTION lit_varchar() RETURNS varchar LANGUAGE sql AS $$ SELECT 'x' $$")).toBeUndefined();
    expect(code('CREATE FUNCTION num_int() RETURNS int LANGUAGE sql AS $$ SELECT 1.5 $$')).toBeUndefined();
  });
});

describe('procedures with INOUT and OUT parameters', () => {
  it('answer their row: the CALL has their columns', () => {
    const [t] = translate('CALL bump(1)', schema);
    expect(t!.columns).toEqual([{ name: 'n', type: { oid: 23, typmod: -1 } }]);
    expect(translate('CALL counts(NULL, NULL)', schema)[0]!.columns!.map((c) => c.name)).toEqual(['total', 'named']);
  });

  it('need an argument written for each OUT parameter (42883 without)', () => {
    expect(code('CALL counts()')).toBe('42883');
    expect(code('CALL counts(NULL)')).toBe('42883');
  });

  it('take a RETURN in the body: the row is selected when the body ends, however it ends', () => {
    expect(code('CREATE PROCEDURE early(INOUT n int) LANGUAGE plpgsql AS $$ begin if n > 0 then return; end if; n := 1; end $$')).toBeUndefined();
  });
});

describe('LANGUAGE plpgsql functions', () => {
  it('run alone in a SELECT as a block answering one column named after the call', () => {
    const [t] = translate('SELECT next_id(5)', schema);
    expect(t!.kind).toBe('do');
    expect(t!.tag).toBe('SELECT 1');
    expect(t!.columns).toEqual([{ name: 'next_id', type: { oid: 23, typmod: -1 } }]);
    expect(translate('SELECT next_id() AS n', schema)[0]!.columns![0]!.name).toBe('n');
    expect(translate('SELECT next_id($1)', schema)[0]!.paramTypes).toEqual([23]);
  });

  it('inline elsewhere where the body only computes its value; one that writes runs per row nowhere (0A000); a RETURN with a value in a void one is 42601', () => {
    expect(translate('SELECT * FROM t WHERE id = next_id()', schema)[0]!.kind).not.toBe('do');
    expect(translate('SELECT next_id(1) + 1', schema)[0]!.kind).not.toBe('do');
    // In a list evaluated once, the writer runs first, as a block.
    expect(translate('SELECT add_row(1) + 1', schema)[0]!.kind).toBe('do');
    expect(code('SELECT * FROM t WHERE id = add_row(2)')).toBe('0A000');
    expect(code('CREATE FUNCTION v() RETURNS void LANGUAGE plpgsql AS $$ begin return 1; end $$')).toBe('42601');
  });

  it('refuse what they cannot answer exactly at CREATE (0A000)', () => {
    expect(code('CREATE FUNCTION s() RETURNS SETOF int LANGUAGE plpgsql AS $$ begin return next 1; end $$')).toBeUndefined();
    expect(code('CREATE FUNCTION o(OUT a int) LANGUAGE plpgsql AS $$ begin a := 1; end $$')).toBe('0A000');
    // STRICT is answered by the inlined call's NULL test, and by a block's test of its arguments before its body (jobs29).
    expect(code('CREATE FUNCTION st(a int) RETURNS int LANGUAGE plpgsql STRICT AS $$ begin return a; end $$')).toBeUndefined();
    expect(code('CREATE FUNCTION st2(a int) RETURNS int LANGUAGE plpgsql STRICT AS $$ begin insert into t (id) values (a); return a; end $$')).toBeUndefined();
  });
});
