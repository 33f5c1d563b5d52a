/**
 * What the twenty-sixth session's sweep (test/corpus/45-tools26.sql) made evsql answer about
 * views: one over the catalog is refused (0A000) rather than SQLite's "cannot reference objects in
 * database temp", and CREATE OR REPLACE VIEW finds a missing relation (42P01) and a relation that
 * is no view (42809) before it compares the view's columns; pg_get_viewdef prints GROUP BY's and
 * ORDER BY's positions and output names as the expressions they stand for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';
import { viewDefinition } from '../../dialect/translate/viewdef.js';
import { parseQuery } from '../../dialect/translate/parse.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { settingInUnit } from '../../pg/settings.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE s26u_t (id int PRIMARY KEY, name text)');
  run('CREATE VIEW s26u_v AS SELECT id, name FROM s26u_t');
  run('CREATE MATERIALIZED VIEW s26u_m AS SELECT id FROM s26u_t');
});

describe('a view over the catalog', () => {
  it('is refused naming the catalog relation, however it is reached', () => {
    expect(fails('CREATE VIEW s26u_c AS SELECT relname FROM pg_class')).toBe('0A000');
    expect(fails("CREATE VIEW s26u_c AS SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).toBe('0A000');
    expect(fails('CREATE VIEW s26u_c AS SELECT t.id, (SELECT count(*) FROM pg_catalog.pg_attribute) FROM s26u_t t')).toBe('0A000');
    expect(fails("CREATE OR REPLACE VIEW s26u_v AS SELECT id, name, obj_description('s26u_t'::regclass, 'pg_class') FROM s26u_t")).toBe('0A000');
  });
});

describe('CREATE OR REPLACE VIEW', () => {
  it('answers a missing relation before the columns it would drop, as PostgreSQL analyses the query first', () => {
    expect(fails('CREATE OR REPLACE VIEW s26u_v AS SELECT id FROM s26u_nowhere')).toBe('42P01');
    expect(fails('WITH s26u_nowhere AS (SELECT 1 AS id) SELECT id FROM s26u_nowhere')).toBeUndefined();
    expect(fails('CREATE OR REPLACE VIEW s26u_v AS WITH s26u_nowhere AS (SELECT 1 AS id) SELECT id FROM s26u_nowhere')).toBe('42P16');
    expect(fails('CREATE OR REPLACE VIEW s26u_v AS SELECT id FROM s26u_t')).toBe('42P16');
  });

  it('refuses to replace a table or a materialized view (42809)', () => {
    expect(fails('CREATE OR REPLACE VIEW s26u_t AS SELECT 1')).toBe('42809');
    expect(fails('CREATE OR REPLACE VIEW s26u_m AS SELECT 1')).toBe('42809');
  });
});

describe('pg_get_viewdef of GROUP BY and ORDER BY', () => {
  const def = (query: string) => {
    const schema = new TranslatorSchema(readSchema(db));
    return viewDefinition(schema, parseQuery(query)[0]!.node, []);
  };

  it('prints the expression a position or an output name stands for, parenthesized as PostgreSQL 15 does', () => {
    run('CREATE TABLE s26u_o (id int, customer_id int, note text)');
    // PostgreSQL 15's pg_get_viewdef(v, true) and pg_get_viewdef(v) of the same view.
    expect(def("SELECT customer_id, count(*) AS n, customer_id + 1 AS c1, coalesce(note, 'x') AS nn FROM s26u_o GROUP BY 1, 3, note ORDER BY 2 DESC, 1, nn, lower(note)")).toEqual({
      pretty: " SELECT s26u_o.customer_id,\n    count(*) AS n,\n    s26u_o.customer_id + 1 AS c1,\n    COALESCE(s26u_o.note, 'x'::text) AS nn\n   FROM s26u_o\n  GROUP BY s26u_o.customer_id, (s26u_o.customer_id + 1), s26u_o.note\n  ORDER BY (count(*)) DESC, s26u_o.customer_id, (COALESCE(s26u_o.note, 'x'::text)), (lower(s26u_o.note));",
      plain: " SELECT s26u_o.customer_id,\n    count(*) AS n,\n    (s26u_o.customer_id + 1) AS c1,\n    COALESCE(s26u_o.note, 'x'::text) AS nn\n   FROM s26u_o\n  GROUP BY s26u_o.customer_id, (s26u_o.customer_id + 1), s26u_o.note\n  ORDER BY (count(*)) DESC, s26u_o.customer_id, COALESCE(s26u_o.note, 'x'::text), (lower(s26u_o.note));",
    });
    expect(def('SELECT * FROM s26u_o ORDER BY 2, 3 DESC')?.plain).toBe(' SELECT s26u_o.id,\n    s26u_o.customer_id,\n    s26u_o.note\n   FROM s26u_o\n  ORDER BY s26u_o.customer_id, s26u_o.note DESC;');
  });

  it('leaves to the stored text what it does not follow: a position past the columns, a constant, a cast', () => {
    expect(def('SELECT id FROM s26u_o ORDER BY 2')).toBeUndefined();
    expect(def("SELECT 'a' AS k, id FROM s26u_o ORDER BY 1")).toBeUndefined();
    expect(def('SELECT id FROM s26u_o ORDER BY id::text')).toBeUndefined();
  });
});

describe('pg_settings.setting', () => {
  it('is the number in the setting’s unit that PostgreSQL 15 shows, where SHOW prints a unit', () => {
    expect(settingInUnit('4MB', 'kB')).toBe('4096');
    expect(settingInUnit('64', 'kB')).toBe('64');
    expect(settingInUnit('1GB', 'kB')).toBe('1048576');
    expect(settingInUnit('5s', 'ms')).toBe('5000');
    expect(settingInUnit('2min', 'ms')).toBe('120000');
    expect(settingInUnit('0', 'ms')).toBe('0');
    expect(settingInUnit('on', null)).toBe('on');
    expect(settingInUnit(null, 'ms')).toBeNull();
  });
});

describe('CREATE MATERIALIZED VIEW and CREATE TABLE AS of an enum column', () => {
  it('make the column of the enum (it was a syntax error at "???")', () => {
    run("CREATE TYPE s26u_st AS ENUM ('new', 'paid')");
    run('CREATE TABLE s26u_e (id int, status s26u_st)');
    expect(fails('CREATE MATERIALIZED VIEW s26u_em AS SELECT status, count(*) AS n FROM s26u_e GROUP BY 1')).toBeUndefined();
    expect(fails('CREATE TABLE s26u_et AS SELECT id, status FROM s26u_e')).toBeUndefined();
    expect(fails("INSERT INTO s26u_et VALUES (1, 'bogus')")).toBe('22P02');
  });
});
