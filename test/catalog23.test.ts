/**
 * What the twenty-third session's catalog sweep (test/corpus/42-catalog23.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: COMMENT ON the objects whose comments evsql now keeps (kept through renames, gone with
 * the object, undone by ROLLBACK), the system columns pg_attribute lists, the views' _RETURN rules,
 * and the texts psql's \d printed wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);
const described = (texts: string[]) => rows('SELECT description FROM pg_description WHERE description = ANY($1) ORDER BY 1', [texts]);

beforeAll(async () => {
  c = client();
  await c.query('CREATE SCHEMA s23');
  await c.query("CREATE TYPE s23_mood AS ENUM ('sad', 'ok')");
  await c.query("CREATE DOMAIN s23_email AS text CHECK (VALUE LIKE '%@%')");
  await c.query('CREATE TABLE s23.posts (id int PRIMARY KEY, title text, mood s23_mood, score int CONSTRAINT score_ok CHECK (score >= 0))');
  await c.query('CREATE INDEX posts_title_idx ON s23.posts (title)');
  await c.query("CREATE VIEW s23.happy AS SELECT id, title FROM s23.posts WHERE mood = 'ok'");
  await c.query('CREATE SEQUENCE s23.tickets');
  await c.query('CREATE FUNCTION s23_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$');
  await c.query('CREATE TRIGGER posts_touch BEFORE INSERT ON s23.posts FOR EACH ROW EXECUTE FUNCTION s23_touch()');
});

describe('COMMENT ON', () => {
  it('keeps a comment on each kind of object, where obj_description and col_description find it', async () => {
    for (const sql of [
      "COMMENT ON SCHEMA s23 IS 'schema'",
      "COMMENT ON VIEW s23.happy IS 'view'",
      "COMMENT ON COLUMN s23.happy.title IS 'view column'",
      "COMMENT ON SEQUENCE s23.tickets IS 'sequence'",
      "COMMENT ON INDEX s23.posts_title_idx IS 'index'",
      "COMMENT ON TYPE s23_mood IS 'enum'",
      "COMMENT ON DOMAIN s23_email IS 'domain'",
      "COMMENT ON CONSTRAINT score_ok ON s23.posts IS 'constraint'",
      "COMMENT ON TRIGGER posts_touch ON s23.posts IS 'trigger'",
    ]) await c.query(sql);
    expect(await rows(`SELECT obj_description('s23'::regnamespace, 'pg_namespace'), obj_description('s23.happy'::regclass, 'pg_class'), col_description('s23.happy'::regclass, 2),
      obj_description('s23.tickets'::regclass, 'pg_class'), obj_description('s23.posts_title_idx'::regclass, 'pg_class'), obj_description('s23_mood'::regtype, 'pg_type'),
      obj_description('s23_email'::regtype, 'pg_type')`)).toEqual([['schema', 'view', 'view column', 'sequence', 'index', 'enum', 'domain']]);
    expect(await rows("SELECT d.classoid::regclass::text, d.description FROM pg_description d JOIN pg_constraint k ON k.oid = d.objoid WHERE k.conname = 'score_ok'")).toEqual([['pg_constraint', 'constraint']]);
    expect(await rows("SELECT d.classoid::regclass::text, d.description FROM pg_description d JOIN pg_trigger t ON t.oid = d.objoid WHERE t.tgname = 'posts_touch'")).toEqual([['pg_trigger', 'trigger']]);
  });

  it('refuses what is not there or not of that kind with PostgreSQL’s codes', async () => {
    expect(await code("COMMENT ON INDEX s23.nosuch IS 'x'")).toBe('42P01');
    expect(await code("COMMENT ON VIEW s23.posts IS 'x'")).toBe('42809');
    expect(await code("COMMENT ON DOMAIN s23_mood IS 'x'")).toBe('42809');
    expect(await code("COMMENT ON TYPE s23_nosuch IS 'x'")).toBe('42704');
    expect(await code("COMMENT ON CONSTRAINT nosuch ON s23.posts IS 'x'")).toBe('42704');
    expect(await code("COMMENT ON TRIGGER nosuch ON s23.posts IS 'x'")).toBe('42704');
    expect(await code("COMMENT ON SCHEMA nosuch IS 'x'")).toBe('3F000');
  });

  it('moves a comment with a rename and drops it with its object, so one made again has none', async () => {
    await c.query('ALTER VIEW s23.happy RENAME TO cheerful');
    await c.query('ALTER TABLE s23.posts RENAME CONSTRAINT score_ok TO score_positive');
    await c.query('ALTER TRIGGER posts_touch ON s23.posts RENAME TO posts_touched');
    expect(await rows("SELECT obj_description('s23.cheerful'::regclass, 'pg_class'), col_description('s23.cheerful'::regclass, 2)")).toEqual([['view', 'view column']]);
    expect(await described(['constraint', 'trigger'])).toEqual([['constraint'], ['trigger']]);
    await c.query('DROP INDEX s23.posts_title_idx');
    await c.query('CREATE INDEX posts_title_idx ON s23.posts (title)');
    await c.query('DROP TRIGGER posts_touched ON s23.posts');
    expect(await rows("SELECT obj_description('s23.posts_title_idx'::regclass, 'pg_class')")).toEqual([[null]]);
    expect(await described(['index', 'trigger'])).toEqual([]);
  });

  it('is undone by ROLLBACK, and IS NULL removes a comment', async () => {
    await c.query('BEGIN');
    await c.query("COMMENT ON SEQUENCE s23.tickets IS 'changed'");
    await c.query('ROLLBACK');
    expect(await rows("SELECT obj_description('s23.tickets'::regclass, 'pg_class')")).toEqual([['sequence']]);
    await c.query('COMMENT ON SEQUENCE s23.tickets IS NULL');
    expect(await rows("SELECT obj_description('s23.tickets'::regclass, 'pg_class')")).toEqual([[null]]);
  });
});

describe('the catalog psql and schema tools read', () => {
  it("lists a table's system columns in pg_attribute, and none of a view's", async () => {
    expect(await rows("SELECT attname, attnum, atttypid::regtype::text, attlen FROM pg_attribute WHERE attrelid = 's23.posts'::regclass AND attnum < 0 ORDER BY attnum")).toEqual([
      ['tableoid', -6, 'oid', 4], ['cmax', -5, 'cid', 4], ['xmax', -4, 'xid', 4], ['cmin', -3, 'cid', 4], ['xmin', -2, 'xid', 4], ['ctid', -1, 'tid', 6],
    ]);
    expect(await rows("SELECT count(*)::int FROM pg_attribute WHERE attrelid = 's23.cheerful'::regclass AND attnum < 0")).toEqual([[0]]);
  });

  it("has a view's _RETURN rule in pg_rewrite", async () => {
    expect(await rows("SELECT rulename, ev_type, is_instead FROM pg_rewrite WHERE ev_class = 's23.cheerful'::regclass")).toEqual([['_RETURN', '1', true]]);
  });

  it("qualifies a schema's table in pg_get_indexdef's pretty form, and casts a literal to the enum it is compared with in pg_get_viewdef", async () => {
    expect(await rows("SELECT pg_get_indexdef('s23.posts_pkey'::regclass, 0, true)")).toEqual([['CREATE UNIQUE INDEX posts_pkey ON s23.posts USING btree (id)']]);
    // On the session's path, the table is named bare (catalog24 won this back).
    await c.query('SET search_path = s23, public');
    const shown = await rows("SELECT pg_get_indexdef('posts_pkey'::regclass, 0, true), pg_get_indexdef('posts_pkey'::regclass)");
    await c.query('RESET search_path');
    expect(shown).toEqual([['CREATE UNIQUE INDEX posts_pkey ON posts USING btree (id)', 'CREATE UNIQUE INDEX posts_pkey ON s23.posts USING btree (id)']]);
    expect(await rows("SELECT pg_get_viewdef('s23.cheerful'::regclass)")).toEqual([[" SELECT posts.id,\n    posts.title\n   FROM s23.posts\n  WHERE (posts.mood = 'ok'::s23_mood);"]]);
  });

  it("places a regnamespace literal's missing schema at the literal, as PostgreSQL's parser does", async () => {
    const err = await c.query("SELECT 'nosuch23'::regnamespace").then(() => undefined, (e: { code?: string; position?: string }) => e);
    expect([err?.code, err?.position]).toEqual(['3F000', '8']);
  });

  it('types proargmodes "char"[]', async () => {
    const r = await c.query("SELECT proargmodes FROM pg_proc WHERE proname = 's23_touch'");
    expect(r.fields[0]!.dataTypeID).toBe(1002);
  });
});
