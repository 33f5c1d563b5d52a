/**
 * What the twenty-first session's SaaS sweep (test/corpus/40-app21.sql) found evsql answering
 * otherwise than PostgreSQL 15: checked on the translation and on what SQLite answers for it.
 */
import type Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashText } from '../../pg/hash.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';
import { sqlstate } from '../helpers/sqlstate.js';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE a21_counters (k text PRIMARY KEY, n int NOT NULL)');
  run('CREATE TABLE a21_users (id int PRIMARY KEY, email text NOT NULL, deleted_at int)');
  run('CREATE UNIQUE INDEX a21_users_email ON a21_users (lower(email)) WHERE deleted_at IS NULL');
  run("CREATE TABLE a21_tasks (id int PRIMARY KEY, tags text[] NOT NULL DEFAULT '{}', note text, touched int NOT NULL DEFAULT 0)");
});

describe('INSERT … ON CONFLICT DO UPDATE', () => {
  it('counts several rows per key of an expression, as the arbiter index computes it', () => {
    expect(fails("INSERT INTO a21_users (id, email) VALUES (1, 'a@x'), (2, 'A@X') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET id = excluded.id")).toBe('21000');
    expect(run("INSERT INTO a21_users (id, email) VALUES (1, 'a@x'), (2, 'b@x') ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET id = excluded.id RETURNING id")).toEqual([[1n], [2n]]);
    // Rows outside the index's predicate propose no key to it.
    expect(run("INSERT INTO a21_users (id, email, deleted_at) VALUES (3, 'c@x', 1), (4, 'C@X', 2) ON CONFLICT (lower(email)) WHERE deleted_at IS NULL DO UPDATE SET id = excluded.id RETURNING id")).toEqual([[3n], [4n]]);
  });

  it('reads the rows of a SELECT with joins, which SQLite would take ON CONFLICT for a join constraint of', () => {
    expect(run("INSERT INTO a21_counters (k, n) SELECT a.k, 1 FROM (SELECT 'x' AS k) a JOIN (SELECT 'x' AS k) b ON a.k = b.k ON CONFLICT (k) DO UPDATE SET n = a21_counters.n + 1 RETURNING n")).toEqual([[1n]]);
    expect(run("INSERT INTO a21_counters (k, n) SELECT a.k, 1 FROM (SELECT 'x' AS k) a JOIN (SELECT 'x' AS k) b ON a.k = b.k ON CONFLICT (k) DO UPDATE SET n = a21_counters.n + 1 RETURNING n")).toEqual([[2n]]);
  });
});

describe('arrays', () => {
  it('reads an array literal given to array_cat as its elements', () => {
    expect(run("SELECT array_cat(ARRAY['a', 'b'], '{c,d}'), array_cat('{z}', ARRAY['a'])")).toEqual([['["a","b","c","d"]', '["z","a"]']]);
  });

  it('has no operator between arrays of different categories', () => {
    expect(fails('SELECT tags && ARRAY[1, 2] FROM a21_tasks')).toBe('42883');
    expect(fails("SELECT ARRAY[1] @> ARRAY['1'::text]")).toBe('42883');
    expect(run("SELECT count(*) FROM a21_tasks WHERE tags && ARRAY['a']")).toEqual([[0n]]);
  });

  it('takes a GIN index of an array or a jsonb by its default operator class only', () => {
    expect(run('CREATE INDEX a21_tasks_tags ON a21_tasks USING gin (tags)')).toEqual([]);
    expect(fails('CREATE INDEX a21_tasks_tags2 ON a21_tasks USING gin (tags array_ops)')).toBe('0A000');
  });
});

describe('a BEFORE trigger’s WHEN', () => {
  it('compares OLD.* and NEW.* whole', () => {
    run('CREATE FUNCTION a21_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := OLD.touched + 1; RETURN NEW; END $$');
    run('CREATE TRIGGER a21_tasks_touch BEFORE UPDATE ON a21_tasks FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION a21_touch()');
    run("INSERT INTO a21_tasks (id, note) VALUES (1, 'x')");
    expect(run("UPDATE a21_tasks SET note = 'x' RETURNING touched")).toEqual([[0n]]);
    expect(run("UPDATE a21_tasks SET note = 'y' RETURNING touched")).toEqual([[1n]]);
  });

  it('may not read NEW’s generated columns (42P17)', () => {
    run('CREATE TABLE a21_gen (a int, b int GENERATED ALWAYS AS (a * 2) STORED)');
    expect(fails('CREATE TRIGGER a21_gen_t BEFORE UPDATE ON a21_gen FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION a21_touch()')).toBe('42P17');
    expect(fails('CREATE TRIGGER a21_gen_t BEFORE UPDATE ON a21_gen FOR EACH ROW WHEN (NEW.b > 0) EXECUTE FUNCTION a21_touch()')).toBe('42P17');
  });
});

describe('hashtext', () => {
  it('is PostgreSQL’s hash_bytes of the text', () => {
    expect(['org:acme:billing', '', 'a', 'hello world, twelve+', 'abcdefghijkl', '日本語テキスト'].map(hashText)).toEqual([412557190, -1477818771, 1075015857, 2004688975, -1586087212, -1595187616]);
    expect(run("SELECT hashtext('org:acme:billing')")).toEqual([[412557190n]]);
  });
});

describe('data-modifying WITH queries through a table with triggers', () => {
  it('are ordered by the tables the triggers write, not refused for any', () => {
    run('CREATE TABLE a21_log (what text)');
    run('CREATE TABLE a21_items (id int PRIMARY KEY, n int)');
    run("CREATE FUNCTION a21_log_it() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO a21_log VALUES ('item'); RETURN NEW; END $$");
    run('CREATE TRIGGER a21_items_log AFTER INSERT ON a21_items FOR EACH ROW EXECUTE FUNCTION a21_log_it()');
    const translated = (sql: string) => sqlstate(() => translate(sql, new TranslatorSchema(readSchema(db))));
    expect(translated("WITH i AS (INSERT INTO a21_items VALUES (1, 1) RETURNING id) INSERT INTO a21_counters (k, n) SELECT 'item' || id, 1 FROM i RETURNING k")).toBeUndefined();
    expect(translated("WITH i AS (INSERT INTO a21_items VALUES (2, 1) RETURNING id) INSERT INTO a21_log SELECT 'x' FROM i")).toBe('0A000');
  });
});
