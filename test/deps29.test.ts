/**
 * What the twenty-ninth session's sweep of schema changes as migrations send them
 * (test/corpus/48-deps29.sql) fixed, on a real server through the `pg` driver; each expected value
 * is PostgreSQL 15's answer to the same statements: renames read back and rolled back, ALTER
 * COLUMN … TYPE over defaults, triggers, generated columns and foreign keys, ADD COLUMN over
 * existing rows, DROP COLUMN of key columns and DROP SEQUENCE … CASCADE of a serial's sequence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;
const notices: string[] = [];

const failure = async (sql: string) => c.query(sql).then(() => undefined, (e: pg.DatabaseError) => ({ code: e.code, message: e.message, ...(e.detail ? { detail: e.detail } : {}) }));

beforeAll(() => {
  c = client();
  c.on('notice', (n) => notices.push(n.message));
});

describe('renames', () => {
  it('ALTER INDEX … RENAME TO a name a key index has is 42P07, and the catalog still answers', async () => {
    await c.query('CREATE TABLE rn (id serial PRIMARY KEY, holder text)');
    await c.query('CREATE INDEX rn_holder_idx ON rn (holder)');
    expect(await failure('ALTER INDEX rn_holder_idx RENAME TO rn_pkey')).toEqual({ code: '42P07', message: 'relation "rn_pkey" already exists' });
    expect(await failure('ALTER INDEX rn_holder_idx RENAME TO rn_id_seq')).toEqual({ code: '42P07', message: 'relation "rn_id_seq" already exists' });
    expect(await rows("SELECT indexname FROM pg_indexes WHERE tablename = 'rn' ORDER BY indexname")).toEqual([['rn_holder_idx'], ['rn_pkey']]);
  });

  it('ROLLBACK of RENAME TO of a table with an index puts it back', async () => {
    await c.query("INSERT INTO rn (holder) VALUES ('ann')");
    await c.query('BEGIN');
    await c.query('ALTER TABLE rn RENAME TO rn2');
    await c.query('ROLLBACK');
    expect(await rows('SELECT id, holder FROM rn')).toEqual([[1, 'ann']]);
    expect(await rows("SELECT tablename, indexname FROM pg_indexes WHERE tablename IN ('rn', 'rn2') ORDER BY indexname")).toEqual([['rn', 'rn_holder_idx'], ['rn', 'rn_pkey']]);
  });

  it('RENAME TO and SET SCHEMA of a table carry through the views and materialized views reading it', async () => {
    await c.query('CREATE TABLE rt (id int PRIMARY KEY, v text)');
    await c.query("INSERT INTO rt VALUES (1, 'rt.v')");
    await c.query("CREATE VIEW rt_v AS SELECT id, v FROM rt WHERE v <> 'rt.x'");
    await c.query('CREATE MATERIALIZED VIEW rt_m AS SELECT rt.id FROM rt');
    await c.query('ALTER TABLE rt RENAME TO rt2');
    expect(await rows("SELECT pg_get_viewdef('rt_v'::regclass)")).toEqual([[" SELECT rt2.id,\n    rt2.v\n   FROM rt2\n  WHERE (rt2.v <> 'rt.x'::text);"]]);
    await c.query('CREATE SCHEMA rt_arch');
    await c.query('ALTER TABLE rt2 SET SCHEMA rt_arch');
    expect(await rows("SELECT pg_get_viewdef('rt_v'::regclass)")).toEqual([[" SELECT rt2.id,\n    rt2.v\n   FROM rt_arch.rt2\n  WHERE (rt2.v <> 'rt.x'::text);"]]);
    await c.query('REFRESH MATERIALIZED VIEW rt_m');
    expect(await rows("SELECT pg_get_viewdef('rt_m'::regclass)")).toEqual([[' SELECT rt2.id\n   FROM rt_arch.rt2;']]);
    await c.query('ALTER TABLE rt_arch.rt2 SET SCHEMA public');
    await c.query('REFRESH MATERIALIZED VIEW rt_m');
    expect(await rows('SELECT * FROM rt_m')).toEqual([[1]]);
  });

  it('RENAME VALUE of an enum label a view compares is refused, not left matching nothing', async () => {
    await c.query("CREATE TYPE rt_mood AS ENUM ('sad', 'happy')");
    await c.query('CREATE TABLE rt_p (id int PRIMARY KEY, mood rt_mood)');
    await c.query("INSERT INTO rt_p VALUES (1, 'happy'), (2, 'sad')");
    await c.query("CREATE VIEW rt_happy AS SELECT id FROM rt_p WHERE mood = 'happy'");
    expect((await failure("ALTER TYPE rt_mood RENAME VALUE 'happy' TO 'glad'"))?.code).toBe('0A000');
    expect(await rows('SELECT id FROM rt_happy')).toEqual([[1]]);
    await c.query("ALTER TYPE rt_mood RENAME VALUE 'sad' TO 'blue'");
    expect(await rows('SELECT id, mood FROM rt_p ORDER BY id')).toEqual([[1, 'happy'], [2, 'blue']]);
  });

  it('ALTER VIEW … RENAME COLUMN of a column the view lacks is 42703', async () => {
    expect(await failure('ALTER VIEW rt_v RENAME COLUMN nope TO x')).toEqual({ code: '42703', message: 'column "nope" does not exist' });
  });
});

describe('ALTER COLUMN … TYPE', () => {
  it('refuses a default no assignment cast converts (42804), unless DROP DEFAULT comes first', async () => {
    await c.query('CREATE TABLE at (id int PRIMARY KEY, score int DEFAULT 0, nick text DEFAULT \'-\')');
    await c.query('INSERT INTO at (id) VALUES (1)');
    expect(await failure('ALTER TABLE at ALTER COLUMN score TYPE boolean USING score > 0')).toEqual({ code: '42804', message: 'default for column "score" cannot be cast automatically to type boolean' });
    expect(await failure('ALTER TABLE at ALTER COLUMN nick TYPE int USING 1')).toEqual({ code: '42804', message: 'default for column "nick" cannot be cast automatically to type integer' });
    await c.query('ALTER TABLE at ALTER COLUMN score DROP DEFAULT, ALTER COLUMN score TYPE boolean USING score > 0, ALTER COLUMN score SET DEFAULT true');
    expect(await rows('SELECT score FROM at')).toEqual([[false]]);
    await c.query('ALTER TABLE at ALTER COLUMN nick TYPE varchar(10)');
    // The default as written, an integer, goes back to integer: the text cast an earlier retyping added is stripped.
    await c.query('CREATE TABLE at_w (id int PRIMARY KEY, p int DEFAULT 3)');
    await c.query('ALTER TABLE at_w ALTER COLUMN p TYPE text');
    await c.query('ALTER TABLE at_w ALTER COLUMN p TYPE integer USING p::integer');
    expect(await rows('INSERT INTO at_w (id) VALUES (1) RETURNING p')).toEqual([[3]]);
  });

  it('refuses a column a trigger names in UPDATE OF (0A000)', async () => {
    await c.query('CREATE FUNCTION at_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$');
    await c.query('CREATE TRIGGER at_t BEFORE UPDATE OF nick ON at FOR EACH ROW EXECUTE FUNCTION at_fn()');
    expect(await failure('ALTER TABLE at ALTER COLUMN nick TYPE text')).toEqual({
      code: '0A000',
      message: 'cannot alter type of a column used in a trigger definition',
      detail: 'trigger at_t on table at depends on column "nick"',
    });
  });

  it('computes a generated column again in its new type, and refuses its default (42601)', async () => {
    await c.query('CREATE TABLE ag (id int PRIMARY KEY, w int, h int, area int GENERATED ALWAYS AS (w * h) STORED)');
    await c.query('INSERT INTO ag (id, w, h) VALUES (1, 2, 3)');
    await c.query('ALTER TABLE ag ALTER COLUMN area TYPE bigint');
    expect(await rows('SELECT area, pg_typeof(area)::text FROM ag')).toEqual([['6', 'bigint']]);
    expect(await failure('ALTER TABLE ag ALTER COLUMN area SET DEFAULT 0')).toEqual({ code: '42601', message: 'column "area" of relation "ag" is a generated column' });
  });

  it('refuses a type a foreign key cannot compare with the other side (42804), on either side', async () => {
    await c.query('CREATE TABLE af_cat (code varchar(10) PRIMARY KEY)');
    await c.query('CREATE TABLE af_prod (id int PRIMARY KEY, cat varchar(10) REFERENCES af_cat(code))');
    expect(await failure('ALTER TABLE af_prod ALTER COLUMN cat TYPE int USING 1')).toEqual({
      code: '42804',
      message: 'foreign key constraint "af_prod_cat_fkey" cannot be implemented',
      detail: 'Key columns "cat" and "code" are of incompatible types: integer and character varying.',
    });
    expect((await failure('ALTER TABLE af_cat ALTER COLUMN code TYPE int USING 1'))?.detail).toBe('Key columns "cat" and "code" are of incompatible types: character varying and integer.');
    await c.query('ALTER TABLE af_cat ALTER COLUMN code TYPE text');
  });
});

describe('ADD COLUMN over existing rows', () => {
  it("takes a cast default ('{}'::jsonb) and a foreign key with a default, and names a violated constraint", async () => {
    await c.query('CREATE TABLE ac_cat (code text PRIMARY KEY)');
    await c.query("INSERT INTO ac_cat VALUES ('b')");
    await c.query('CREATE TABLE ac (id int PRIMARY KEY)');
    await c.query('INSERT INTO ac VALUES (1), (2)');
    await c.query("ALTER TABLE ac ADD COLUMN meta jsonb NOT NULL DEFAULT '{}'::jsonb, ADD COLUMN label text DEFAULT 'x'::text");
    await c.query("ALTER TABLE ac ADD COLUMN cat text DEFAULT 'b' REFERENCES ac_cat (code) ON DELETE SET NULL");
    expect(await rows('SELECT id, meta::text, label, cat FROM ac ORDER BY id')).toEqual([[1, '{}', 'x', 'b'], [2, '{}', 'x', 'b']]);
    expect(await failure("ALTER TABLE ac ADD COLUMN cat2 text DEFAULT 'nope' REFERENCES ac_cat (code)")).toMatchObject({ code: '23503', message: 'insert or update on table "ac" violates foreign key constraint "ac_cat2_fkey"' });
    expect(await failure('ALTER TABLE ac ADD COLUMN rank int DEFAULT 0 CHECK (rank > 0)')).toEqual({ code: '23514', message: 'check constraint "ac_rank_check" of relation "ac" is violated by some row' });
    expect(await rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'ac' ORDER BY ordinal_position")).toEqual([['id'], ['meta'], ['label'], ['cat']]);
  });

  it('refuses UNIQUE … NOT VALID as PostgreSQL does (0A000)', async () => {
    expect(await failure('ALTER TABLE ac ADD CONSTRAINT ac_u UNIQUE (label) NOT VALID')).toEqual({ code: '0A000', message: 'UNIQUE constraints cannot be marked NOT VALID' });
  });
});

describe('DROP of what keys and sequences hold', () => {
  it('DROP COLUMN of a primary key column drops the key; with CASCADE the foreign keys to it', async () => {
    await c.query('CREATE TABLE dk (id int PRIMARY KEY, e text UNIQUE, n int)');
    await c.query("INSERT INTO dk VALUES (1, 'a', 1)");
    await c.query('CREATE TABLE dk_child (id int PRIMARY KEY, dk_id int REFERENCES dk)');
    expect((await failure('ALTER TABLE dk DROP COLUMN id'))?.code).toBe('2BP01');
    notices.length = 0;
    await c.query('ALTER TABLE dk DROP COLUMN id CASCADE');
    expect(notices).toEqual(['drop cascades to constraint dk_child_dk_id_fkey on table dk_child']);
    await c.query('ALTER TABLE dk DROP COLUMN e');
    expect(await rows("SELECT conname FROM pg_constraint WHERE conrelid IN ('dk'::regclass, 'dk_child'::regclass) ORDER BY conname")).toEqual([['dk_child_pkey']]);
    await c.query('INSERT INTO dk_child VALUES (1, 12345)');
    expect(await rows('SELECT * FROM dk')).toEqual([[1]]);
  });

  it('DROP TYPE … CASCADE of an enum drops its columns and the views reading them, in turn', async () => {
    await c.query("CREATE TYPE dt_state AS ENUM ('on', 'off')");
    await c.query('CREATE TABLE dt (id int PRIMARY KEY, st dt_state)');
    await c.query("INSERT INTO dt VALUES (1, 'on')");
    await c.query("CREATE VIEW dt_on AS SELECT id FROM dt WHERE st = 'on'");
    await c.query('CREATE VIEW dt_on_count AS SELECT count(*) FROM dt_on');
    expect((await failure('DROP TYPE dt_state'))?.code).toBe('2BP01');
    notices.length = 0;
    await c.query('DROP TYPE dt_state CASCADE');
    expect(notices).toEqual(['drop cascades to 3 other objects']);
    expect(await rows("SELECT count(*)::int FROM information_schema.views WHERE table_name IN ('dt_on', 'dt_on_count')")).toEqual([[0]]);
    expect(await rows('SELECT * FROM dt')).toEqual([[1]]);
  });

  it("DROP SEQUENCE … CASCADE of a serial's sequence leaves a plain NOT NULL column; an identity's is 2BP01", async () => {
    await c.query('CREATE TABLE ds (id serial PRIMARY KEY, e int GENERATED ALWAYS AS IDENTITY, v int)');
    await c.query('INSERT INTO ds (v) VALUES (1)');
    expect(await failure('DROP SEQUENCE ds_e_seq CASCADE')).toMatchObject({ code: '2BP01', message: 'cannot drop sequence ds_e_seq because column e of table ds requires it' });
    notices.length = 0;
    await c.query('DROP SEQUENCE ds_id_seq CASCADE');
    expect(notices).toEqual(['drop cascades to default value for column id of table ds']);
    expect(await rows("SELECT column_default, is_nullable FROM information_schema.columns WHERE table_name = 'ds' AND column_name = 'id'")).toEqual([[null, 'NO']]);
    expect((await failure('INSERT INTO ds (v) VALUES (2)'))?.code).toBe('23502');
    await c.query('INSERT INTO ds (id, v) VALUES (5, 2)');
    expect(await rows('SELECT id, v FROM ds ORDER BY id')).toEqual([[1, 1], [5, 2]]);
  });
});
