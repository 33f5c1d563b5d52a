/**
 * What the eighteenth session's sweep (test/corpus/37-sweep18.sql) found evsql answering otherwise
 * than PostgreSQL 15, silently or with another SQLSTATE: checked on the translation and on what
 * SQLite answers for it.
 */
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { OID } from '../../pg/types/registry.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run("CREATE TYPE s18_size AS ENUM ('small', 'medium', 'large')");
  run('CREATE TABLE s18_shirt (id int, size s18_size, g int)');
  run("INSERT INTO s18_shirt VALUES (1, 'large', 1), (2, 'small', 1), (3, 'medium', 2), (4, NULL, 2)");
  run('CREATE TABLE s18_pair (a int, b text)');
  run("INSERT INTO s18_pair VALUES (1, 'x'), (10, 'y'), (9, 'x'), (NULL, 'z'), (1, NULL)");
});

describe('enums compare by their labels’ order', () => {
  it('takes min and max by label order, grouped and over a window frame', () => {
    expect(run('SELECT min(size), max(size) FROM s18_shirt')).toEqual([['small', 'large']]);
    expect(run('SELECT g, min(size), max(size) FROM s18_shirt GROUP BY g ORDER BY g')).toEqual([
      [1n, 'small', 'large'],
      [2n, 'medium', 'medium'],
    ]);
    expect(run('SELECT id, max(size) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s18_shirt ORDER BY id').map((r) => r[1])).toEqual(['large', 'large', 'medium', 'medium']);
  });

  it('takes GREATEST and LEAST by label order', () => {
    expect(run("SELECT greatest('small'::s18_size, 'large'::s18_size), least(size, 'medium') FROM s18_shirt ORDER BY id")).toEqual([
      ['large', 'medium'],
      ['large', 'small'],
      ['large', 'medium'],
      ['large', 'medium'],
    ]);
    expect(fails("SELECT greatest(size, 'huge') FROM s18_shirt")).toBe('22P02');
  });

  it('sorts a result column of a set operation or named by position by label order', () => {
    expect(run("SELECT size FROM s18_shirt UNION SELECT 'medium' ORDER BY 1").map((r) => r[0])).toEqual(['small', 'medium', 'large', null]);
    expect(run('SELECT id, size FROM s18_shirt ORDER BY 2 DESC, 1').map((r) => r[1])).toEqual([null, 'large', 'medium', 'small']);
    expect(run('SELECT size AS s FROM s18_shirt ORDER BY s').map((r) => r[0])).toEqual(['small', 'medium', 'large', null]);
  });

  it('has no LIKE', () => {
    expect(fails("SELECT id FROM s18_shirt WHERE size LIKE 'm%'")).toBe('42883');
    expect(run("SELECT id FROM s18_shirt WHERE size::text LIKE 'm%'")).toEqual([[3n]]);
  });
});

describe('row values', () => {
  it('sort field by field, a NULL field after every value', () => {
    expect(run('SELECT DISTINCT (a, b) FROM s18_pair ORDER BY 1').map((r) => r[0])).toEqual(['(1,x)', '(1,)', '(9,x)', '(10,y)', '(,z)']);
    expect(run('SELECT (a, b) AS r FROM s18_pair ORDER BY r DESC').map((r) => r[0])).toEqual(['(,z)', '(10,y)', '(9,x)', '(1,)', '(1,x)']);
  });
});

describe('DDL PostgreSQL refuses, or evsql cannot keep', () => {
  it('prints a generated numeric at its expression’s scale, and refuses one whose scale it cannot tell', () => {
    run('CREATE TABLE s18_gen (id int, w numeric(6,2), h numeric(6,2), area numeric GENERATED ALWAYS AS (w * h) STORED)');
    run('INSERT INTO s18_gen (id, w, h) VALUES (1, 2, 3.5)');
    expect(run('SELECT area FROM s18_gen')).toEqual([['7.0000']]);
    run('UPDATE s18_gen SET w = 10');
    expect(run('SELECT area FROM s18_gen')).toEqual([['35.0000']]);
    expect(fails('CREATE TABLE s18_gen2 (n numeric(5,1), m numeric GENERATED ALWAYS AS (n / 3) STORED)')).toBe('0A000');
  });

  it('refuses UNIQUE NULLS NOT DISTINCT, which SQLite’s unique indexes cannot keep', () => {
    expect(fails('CREATE TABLE s18_nd (a int, UNIQUE NULLS NOT DISTINCT (a))')).toBe('0A000');
    expect(fails('CREATE TABLE s18_nd (a int UNIQUE NULLS NOT DISTINCT)')).toBe('0A000');
    expect(fails('CREATE UNIQUE INDEX s18_nd_i ON s18_pair (a) NULLS NOT DISTINCT')).toBe('0A000');
  });

  it('checks a view’s column names and what CREATE OR REPLACE VIEW changes', () => {
    expect(fails('CREATE VIEW s18_v (x, y, z) AS SELECT 1, 2')).toBe('42601');
    run('CREATE VIEW s18_v AS SELECT a, b FROM s18_pair');
    expect(fails('CREATE OR REPLACE VIEW s18_v AS SELECT a FROM s18_pair')).toBe('42P16');
    expect(fails('CREATE OR REPLACE VIEW s18_v AS SELECT b, a FROM s18_pair')).toBe('42P16');
    expect(fails('CREATE OR REPLACE VIEW s18_v AS SELECT a::bigint, b FROM s18_pair')).toBe('42P16');
    expect(fails('CREATE OR REPLACE VIEW s18_v AS SELECT a, b, a + 1 AS c FROM s18_pair')).toBeUndefined();
  });

  it('has a generation expression read no generated column', () => {
    expect(fails('CREATE TABLE s18_g3 (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int GENERATED ALWAYS AS (b + 1) STORED)')).toBe('42P17');
  });

  it('drops a key constraint’s index only with the constraint', () => {
    run('CREATE TABLE s18_k (id int PRIMARY KEY, s text UNIQUE)');
    expect(fails('DROP INDEX s18_k_pkey')).toBe('2BP01');
    expect(fails('DROP INDEX IF EXISTS s18_k_s_key')).toBe('2BP01');
    expect(fails('DROP INDEX s18_no_such_index')).toBe('42704');
  });

  it('keeps INCLUDE’s columns for the catalog, and checks them', () => {
    expect(fails('CREATE INDEX s18_k_inc ON s18_k (s) INCLUDE (nope)')).toBe('42703');
    expect(fails('CREATE INDEX s18_k_inc ON s18_k (s) INCLUDE (lower(s))')).toBeDefined();
    run('CREATE INDEX s18_k_inc ON s18_k (s) INCLUDE (id)');
    expect(String(db.prepare("SELECT sql FROM sqlite_master WHERE name = 's18_k_inc'").pluck().get())).toContain('evsql-index-include: ["id"]');
  });

  it('looks a domain’s base type up, and refuses a domain where its check would be lost', () => {
    expect(fails('CREATE DOMAIN s18_bad AS nosuchtype')).toBe('42704');
    run('CREATE DOMAIN s18_posint AS int CHECK (VALUE > 0)');
    expect(fails("CREATE FUNCTION s18_f(x s18_posint) RETURNS int LANGUAGE sql AS 'SELECT x * 2'")).toBe('0A000');
  });
});

describe('statements PostgreSQL refuses', () => {
  it('assigns a column once', () => {
    expect(fails('UPDATE s18_pair SET a = 1, a = 2')).toBe('42601');
    expect(fails('UPDATE s18_pair SET (a, a) = (1, 2)')).toBe('42601');
    expect(fails('UPDATE s18_pair SET a.x = 1')).toBe('42804');
    expect(fails('UPDATE s18_no_such_table SET a.x = 1')).toBe('0A000');
  });

  it('matches an INSERT’s SELECT list to its columns', () => {
    expect(fails('INSERT INTO s18_pair (a, b) SELECT 1')).toBe('42601');
    expect(fails("INSERT INTO s18_pair (a) SELECT 1, 'x'")).toBe('42601');
    expect(fails("INSERT INTO s18_pair SELECT 1, 'x', 3")).toBe('42601');
  });

  it('has no cast between uuid and a number, and bool_and of booleans only', () => {
    expect(fails('SELECT 1::uuid')).toBe('42846');
    expect(fails("SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::int")).toBe('42846');
    expect(fails('SELECT bool_and(a) FROM s18_pair')).toBe('42883');
    expect(run('SELECT bool_and(a > 0), bool_or(b IS NULL) FROM s18_pair')).toEqual([[1, 1]]);
  });

  it('reads a set operation’s untyped literal as the other member’s type', () => {
    expect(fails("SELECT 'a' UNION SELECT 1")).toBe('22P02');
    expect(fails("SELECT 1 UNION SELECT 'a'")).toBe('22P02');
  });

  it('refuses a subquery in RETURNING that reads the changed table, which PostgreSQL reads as before the statement', () => {
    expect(fails('INSERT INTO s18_pair (a) VALUES (2) RETURNING (SELECT count(*) FROM s18_pair)')).toBe('0A000');
    expect(fails('UPDATE s18_pair SET a = a RETURNING EXISTS (SELECT 1 FROM s18_pair p WHERE p.a > 5)')).toBe('0A000');
    expect(fails('DELETE FROM s18_pair WHERE false RETURNING (SELECT max(id) FROM s18_shirt)')).toBeUndefined();
  });
});

describe('declared parameter types', () => {
  it('type the statement as casts would (`$1 + $2` of a date and an interval)', () => {
    const [t] = translate('SELECT $1 + $2', new TranslatorSchema(readSchema(db)), undefined, [OID.date, OID.interval]);
    expect(t!.columns![0]!.type?.oid).toBe(OID.timestamp);
    const [untyped] = translate('SELECT $1 + $2', new TranslatorSchema(readSchema(db)));
    expect(untyped!.columns![0]!.type?.oid).not.toBe(OID.timestamp);
  });
});
