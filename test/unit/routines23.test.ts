/**
 * What the twenty-third session's sweep of functions and procedures (test/corpus/42-routines23.sql)
 * fixed, where the translation is pure: how a call binds its arguments, which routine DROP finds,
 * and what PostgreSQL refuses at CREATE; every SQLSTATE is PostgreSQL 15's for the same statement.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaViewName } from '../../dialect/catalog/namespaces.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { schemaAfter } from '../helpers/schema-after.js';

let schema: TranslatorSchema;

beforeAll(async () => {
  await loadParser();
  schema = schemaAfter(
    [
      'CREATE TABLE log (id int PRIMARY KEY, msg text, step int)',
      'CREATE FUNCTION add(a int, b int DEFAULT 3) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$',
      'CREATE FUNCTION big(n bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT n $$',
      'CREATE FUNCTION total(VARIADIC nums numeric[]) RETURNS numeric LANGUAGE sql AS $$ SELECT sum(x) FROM unnest(nums) x $$',
      "CREATE FUNCTION split(full_name text, OUT first text, OUT last text) LANGUAGE sql AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $$",
      'CREATE PROCEDURE note(m text, step int DEFAULT 0) LANGUAGE sql AS $$ INSERT INTO log (id, msg, step) VALUES (1, m, step) $$',
      'CREATE PROCEDURE bad() LANGUAGE sql AS $$ INSERT INTO log (id) VALUES (2); COMMIT $$',
      'CREATE FUNCTION app.tax(amount numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT amount * 0.2 $$',
    ],
    // The schema app, as CREATE SCHEMA makes it.
    (db) => db.exec(`CREATE VIEW "${schemaViewName('app')}" AS SELECT NULL AS nspowner WHERE 0`),
  );
});

const code = (text: string, s = schema) => sqlstate(() => translate(text, s));

describe('a call binds its arguments', () => {
  it('positional, named (=> and :=) and defaulted alike; an unknown name, a missing argument or one too many finds no function', () => {
    for (const ok of ['SELECT add(1)', 'SELECT add(1, 2)', 'SELECT add(a => 1)', 'SELECT add(b := 2, a := 1)', 'SELECT add(1, b => 7)']) expect(code(ok), ok).toBeUndefined();
    for (const missing of ['SELECT add()', 'SELECT add(b => 1)', 'SELECT add(c => 1)', 'SELECT add(1, 2, 3)', 'SELECT add(1, a => 2)']) expect(code(missing), missing).toBe('42883');
  });

  it('finds no f(int) for an argument no implicit cast takes there, where the cast would have rounded 1.5', () => {
    expect(code('SELECT add(1.5)')).toBe('42883');
    expect(code("SELECT add('1'::text)")).toBe('42883');
    expect(code('SELECT add(2::bigint)')).toBe('42883');
    expect(code("SELECT add('1')")).toBeUndefined();
    expect(code('SELECT add(2::smallint)')).toBeUndefined();
    // An integer constant beyond int4 is int8 to the parser, a fraction numeric.
    expect(code('SELECT big(3000000000)')).toBeUndefined();
    expect(code('SELECT big(30000000000000000000)')).toBe('42883');
    expect(code('SELECT add(3000000000)')).toBe('42883');
  });

  it('gathers VARIADIC trailing arguments into the array, takes an array after VARIADIC, and needs one at least', () => {
    expect(code('SELECT total(1, 2, 3.5)')).toBeUndefined();
    expect(code('SELECT total(VARIADIC ARRAY[1, 2])')).toBeUndefined();
    expect(code('SELECT total()')).toBe('42883');
  });

  it('reads OUT parameters as fields, and an unknown field is 42703', () => {
    expect(translate("SELECT (split('a b')).last", schema)[0]!.columns!.map((c) => c.name)).toEqual(['last']);
    expect(translate("SELECT (split('a b')).*", schema)[0]!.columns!.map((c) => c.name)).toEqual(['first', 'last']);
    expect(translate("SELECT * FROM split('a b')", schema)[0]!.columns!.map((c) => c.name)).toEqual(['first', 'last']);
    expect(code("SELECT (split('a b')).middle")).toBe('42703');
  });
});

describe('procedures', () => {
  it('CALL runs the body as the statement, with the arguments in place', () => {
    const t = translate("CALL note('x')", schema)[0]!;
    expect(t.tag).toBe('CALL');
    expect(t.kind).toBe('dml');
    expect(t.steps.map((s) => s.sql).join(';')).toContain('INSERT INTO');
    expect(translate('CALL note($1, step => $2)', schema)[0]!.paramCount).toBe(2);
  });

  it("are PostgreSQL's errors where a body commits, where SELECT calls one, or CALL a function", () => {
    expect(code('CALL bad()')).toBe('0A000');
    expect(code("SELECT note('x')")).toBe('42809');
    expect(code('CALL add(1)')).toBe('42809');
    expect(code('CALL nothing()')).toBe('42883');
  });

  it('refuses what they cannot run exactly: COMMIT in plpgsql, a SELECT in the body, INOUT parameters', () => {
    expect(code('CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN NULL; COMMIT; END $$')).toBe('0A000');
    expect(code('CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$')).toBe('0A000');
    expect(code('CREATE PROCEDURE p(INOUT n int) LANGUAGE sql AS $$ INSERT INTO log (id) VALUES (n) $$')).toBe('0A000');
  });
});

describe('DROP FUNCTION and DROP PROCEDURE', () => {
  it('compare the argument types written, and find a routine of the other kind by name only as missing', () => {
    expect(code('DROP FUNCTION add(numeric, int)')).toBe('42883');
    expect(code('DROP FUNCTION add(int, int)')).toBeUndefined();
    expect(code('DROP FUNCTION note')).toBe('42883');
    expect(code('DROP FUNCTION note(text, int)')).toBe('42809');
    expect(code('DROP PROCEDURE add')).toBe('42883');
    expect(code('DROP PROCEDURE note')).toBeUndefined();
  });
});

describe("CREATE FUNCTION's checks", () => {
  it('are 42P13 for a parameter without a default after one with, a VARIADIC not last, a renamed parameter; 22P02 for a default its type cannot read', () => {
    expect(code('CREATE FUNCTION f(a int DEFAULT 1, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$')).toBe('42P13');
    expect(code('CREATE FUNCTION f(VARIADIC a int[], b int) RETURNS int LANGUAGE sql AS $$ SELECT b $$')).toBe('42P13');
    expect(code('CREATE OR REPLACE FUNCTION add(x int, b int DEFAULT 3) RETURNS int LANGUAGE sql AS $$ SELECT x + b $$')).toBe('42P13');
    expect(code("CREATE FUNCTION f(a int DEFAULT 'x') RETURNS int LANGUAGE sql AS $$ SELECT a $$")).toBe('22P02');
  });
});

describe('functions in a schema', () => {
  it('are found qualified or through the search path, and a missing schema is 3F000', () => {
    expect(code('SELECT app.tax(1)')).toBeUndefined();
    expect(code('SELECT tax(1)')).toBe('42883');
    expect(code('SELECT tax(1)', schema.forSession('', ['app', 'public']))).toBeUndefined();
    expect(code('SELECT nope.tax(1)')).toBe('3F000');
  });

  it('hold DROP SCHEMA back without CASCADE (2BP01)', () => {
    expect(code('DROP SCHEMA app')).toBe('2BP01');
    expect(code('DROP SCHEMA app CASCADE')).toBeUndefined();
  });
});
