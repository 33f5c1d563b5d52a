/**
 * What the twenty-eighth session's sweep of dependency-tracked schema changes
 * (test/corpus/47-deps28.sql) fixed, on a real server through the `pg` driver; each expected value
 * is PostgreSQL 15's answer to the same statements: DROP FUNCTION of a function a DEFAULT, CHECK,
 * index or view calls, CREATE OR REPLACE FUNCTION changing a row type, and RENAME COLUMN of what
 * views, materialized views, triggers and foreign keys name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;
const notices: Array<{ message: string; detail?: string }> = [];

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(() => {
  c = client();
  c.on('notice', (n) => notices.push({ message: n.message, ...(n.detail ? { detail: n.detail } : {}) }));
});

describe('DROP FUNCTION of a function other objects call', () => {
  it('is 2BP01 naming each caller, and with CASCADE drops exactly them', async () => {
    await c.query('CREATE TABLE fd (id int PRIMARY KEY, body text, n int)');
    await c.query('CREATE FUNCTION fd_pos(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > 0 $$');
    await c.query('CREATE FUNCTION fd_seven() RETURNS int LANGUAGE sql AS $$ SELECT 7 $$');
    await c.query('ALTER TABLE fd ADD CONSTRAINT fd_n_pos CHECK (fd_pos(n)), ADD CHECK (fd_pos(id))');
    await c.query('ALTER TABLE fd ALTER COLUMN n SET DEFAULT fd_seven()');
    await c.query('CREATE INDEX ON fd (fd_pos(n))');
    await c.query('CREATE VIEW fd_v AS SELECT id, fd_pos(n) AS pos FROM fd');
    const err = await c.query('DROP FUNCTION fd_pos(int)').catch((e: pg.DatabaseError) => e);
    expect((err as pg.DatabaseError).code).toBe('2BP01');
    expect((err as pg.DatabaseError).message).toBe('cannot drop function fd_pos(integer) because other objects depend on it');
    expect((err as pg.DatabaseError).detail).toBe(
      [
        'constraint fd_n_pos on table fd depends on function fd_pos(integer)',
        'constraint fd_id_check on table fd depends on function fd_pos(integer)',
        'index fd_fd_pos_idx depends on function fd_pos(integer)',
        'view fd_v depends on function fd_pos(integer)',
      ].join('\n'),
    );
    expect(await code('DROP FUNCTION fd_seven()')).toBe('2BP01');
    // The same body again, as a migration re-run sends it, is taken; a new one the callers would not see is not.
    await c.query('CREATE OR REPLACE FUNCTION fd_seven() RETURNS int LANGUAGE sql AS $$ SELECT 7 $$');
    expect(await code('CREATE OR REPLACE FUNCTION fd_seven() RETURNS int LANGUAGE sql AS $$ SELECT 8 $$')).toBe('0A000');

    notices.length = 0;
    await c.query('DROP FUNCTION fd_pos(int) CASCADE');
    expect(notices).toEqual([{ message: 'drop cascades to 4 other objects', detail: expect.stringContaining('drop cascades to index fd_fd_pos_idx') }]);
    expect(await rows("SELECT conname FROM pg_constraint WHERE conrelid = 'fd'::regclass ORDER BY conname")).toEqual([['fd_pkey']]);
    expect(await rows("SELECT indexname FROM pg_indexes WHERE tablename = 'fd' ORDER BY indexname")).toEqual([['fd_pkey']]);
    expect(await rows("SELECT count(*)::int FROM information_schema.views WHERE table_name = 'fd_v'")).toEqual([[0]]);
    await c.query('INSERT INTO fd (id, n) VALUES (-1, -5)');

    await c.query('DROP FUNCTION fd_seven() CASCADE');
    expect(await rows("SELECT column_default FROM information_schema.columns WHERE table_name = 'fd' AND column_name = 'n'")).toEqual([[null]]);
    await c.query('INSERT INTO fd (id) VALUES (2)');
    expect(await rows('SELECT id, n FROM fd ORDER BY id')).toEqual([[-1, -5], [2, null]]);
  });

  it('is free again once its callers are gone', async () => {
    await c.query('CREATE TABLE fg (id int, n int)');
    await c.query('CREATE FUNCTION fg_one() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$');
    await c.query('ALTER TABLE fg ALTER COLUMN n SET DEFAULT fg_one()');
    await c.query('ALTER TABLE fg ALTER COLUMN n DROP DEFAULT');
    await c.query('DROP FUNCTION fg_one()');
    expect(await rows("SELECT count(*)::int FROM pg_proc WHERE proname = 'fg_one'")).toEqual([[0]]);
  });
});

describe('CREATE OR REPLACE FUNCTION', () => {
  it('refuses a new row type (42P13) and a change of routine kind (42809)', async () => {
    await c.query("CREATE FUNCTION rt(a int) RETURNS TABLE (x int, y text) LANGUAGE sql AS $$ SELECT a, 'y' $$");
    expect(await code("CREATE OR REPLACE FUNCTION rt(a int) RETURNS TABLE (x int, z text) LANGUAGE sql AS $$ SELECT a, 'z' $$")).toBe('42P13');
    expect(await code("CREATE OR REPLACE FUNCTION rt(a int) RETURNS TABLE (x int, y varchar) LANGUAGE sql AS $$ SELECT a, 'v'::varchar $$")).toBe('42P13');
    await c.query("CREATE OR REPLACE FUNCTION rt(a int) RETURNS TABLE (x int, y text) LANGUAGE sql AS $$ SELECT a + 1, 'w' $$");
    expect(await rows('SELECT * FROM rt(1)')).toEqual([[2, 'w']]);
    await c.query('CREATE TABLE rp_t (id int)');
    await c.query('CREATE PROCEDURE rp(a int) LANGUAGE sql AS $$ DELETE FROM rp_t WHERE id = a $$');
    expect(await code('CREATE OR REPLACE FUNCTION rp(a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$')).toBe('42809');
  });
});

describe('RENAME COLUMN', () => {
  it("renames the column in views' and triggers' definitions, keeping the names PostgreSQL keeps", async () => {
    await c.query('CREATE TABLE rk (id int PRIMARY KEY, v text, p int)');
    await c.query('CREATE TABLE rk_ref (id int PRIMARY KEY)');
    await c.query('ALTER TABLE rk ADD FOREIGN KEY (p) REFERENCES rk_ref (id)');
    await c.query('CREATE VIEW rk_v AS SELECT k.id, k.v AS vv FROM rk k WHERE k.id > 0');
    await c.query("CREATE FUNCTION rk_t() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v := coalesce(NEW.v, 'none'); RETURN NEW; END $$");
    await c.query('CREATE TRIGGER rk_fill BEFORE INSERT OR UPDATE OF v ON rk FOR EACH ROW WHEN (NEW.id > 0) EXECUTE FUNCTION rk_t()');
    await c.query('ALTER TABLE rk RENAME COLUMN id TO kid');
    await c.query('ALTER TABLE rk RENAME COLUMN v TO val');
    await c.query('ALTER TABLE rk RENAME COLUMN p TO parent');
    expect(await rows("SELECT pg_get_viewdef('rk_v'::regclass, true)")).toEqual([[' SELECT k.kid AS id,\n    k.val AS vv\n   FROM rk k\n  WHERE k.kid > 0;']]);
    expect(await rows("SELECT pg_get_triggerdef(oid, true) FROM pg_trigger WHERE tgname = 'rk_fill'")).toEqual([['CREATE TRIGGER rk_fill BEFORE INSERT OR UPDATE OF val ON rk FOR EACH ROW WHEN (new.kid > 0) EXECUTE FUNCTION rk_t()']]);
    expect(await rows("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'rk'::regclass AND contype = 'f'")).toEqual([['rk_p_fkey', 'FOREIGN KEY (parent) REFERENCES rk_ref(id)']]);
    // Both compile the trigger again from its definition.
    await c.query('ALTER TRIGGER rk_fill ON rk RENAME TO rk_default');
    await c.query("CREATE OR REPLACE FUNCTION rk_t() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.val := coalesce(NEW.val, 'nil'); RETURN NEW; END $$");
    await c.query('INSERT INTO rk (kid) VALUES (1), (-1)');
    expect(await rows('SELECT kid, val FROM rk ORDER BY kid')).toEqual([[-1, null], [1, 'nil']]);
  });

  it("renames it in a materialized view's query, which REFRESH runs again; ALTER TYPE and DROP of it are refused", async () => {
    await c.query('CREATE TABLE rm (id int, g text)');
    await c.query("INSERT INTO rm VALUES (1, 'a'), (2, 'a'), (3, 'b')");
    await c.query('CREATE MATERIALIZED VIEW rm_mv AS SELECT g, count(*) AS n FROM rm GROUP BY g');
    expect(await code('ALTER TABLE rm ALTER COLUMN g TYPE varchar(5)')).toBe('0A000');
    await c.query('ALTER TABLE rm RENAME COLUMN g TO grp');
    await c.query("INSERT INTO rm VALUES (4, 'c')");
    await c.query('REFRESH MATERIALIZED VIEW rm_mv');
    expect(await rows('SELECT g, n FROM rm_mv ORDER BY g')).toEqual([['a', '2'], ['b', '1'], ['c', '1']]);
    expect(await rows("SELECT pg_get_viewdef('rm_mv'::regclass, true)")).toEqual([[' SELECT rm.grp AS g,\n    count(*) AS n\n   FROM rm\n  GROUP BY rm.grp;']]);
    expect(await code('ALTER TABLE rm DROP COLUMN grp')).toBe('2BP01');
  });
});

describe('sequences and what depends on them', () => {
  it('DROP SEQUENCE … CASCADE drops the defaults drawing from it; DROP COLUMN drops the sequences the column owns', async () => {
    await c.query('CREATE SEQUENCE sq START 100');
    await c.query("CREATE TABLE sq_t (id bigint DEFAULT nextval('sq'), label text)");
    await c.query("CREATE TABLE sq_u (id int DEFAULT nextval('sq'::regclass))");
    await c.query("INSERT INTO sq_t (label) VALUES ('a')");
    expect(await code('DROP SEQUENCE sq')).toBe('2BP01');
    notices.length = 0;
    await c.query('DROP SEQUENCE sq CASCADE');
    expect(notices).toEqual([{ message: 'drop cascades to 2 other objects', detail: 'drop cascades to default value for column id of table sq_t\ndrop cascades to default value for column id of table sq_u' }]);
    await c.query("INSERT INTO sq_t (label) VALUES ('b')");
    expect(await rows('SELECT id, label FROM sq_t ORDER BY label')).toEqual([['100', 'a'], [null, 'b']]);
    await c.query('CREATE SEQUENCE sq_own OWNED BY sq_t.id');
    await c.query('ALTER TABLE sq_t DROP COLUMN id');
    expect(await rows("SELECT count(*)::int FROM pg_class WHERE relname IN ('sq', 'sq_own')")).toEqual([[0]]);
  });
});

describe('DROP TYPE of an enum', () => {
  it('with CASCADE drops the columns of it; a function of it keeps it (2BP01)', async () => {
    await c.query("CREATE TYPE em AS ENUM ('sad', 'ok')");
    await c.query("CREATE TABLE em_t (id int, mood em DEFAULT 'ok', nick text)");
    await c.query("INSERT INTO em_t VALUES (1, 'sad', 'a')");
    expect(await code('DROP TYPE em')).toBe('2BP01');
    await c.query('DROP TYPE em CASCADE');
    expect(await rows('SELECT * FROM em_t')).toEqual([[1, 'a']]);
    await c.query("CREATE TYPE em AS ENUM ('sad', 'ok')");
    await c.query("CREATE FUNCTION em_f(m em) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT m::text $$");
    expect(await code('DROP TYPE em')).toBe('2BP01');
    expect(await code('DROP DOMAIN em')).toBe('42809');
  });
});

describe('DROP … IF EXISTS of a relation of another kind', () => {
  it('is 42809, not skipped', async () => {
    await c.query('CREATE TABLE dk (id int)');
    await c.query('CREATE VIEW dk_v AS SELECT id FROM dk');
    expect(await code('DROP VIEW IF EXISTS dk')).toBe('42809');
    expect(await code('DROP TABLE IF EXISTS dk_v')).toBe('42809');
    expect(await code('DROP INDEX dk')).toBe('42809');
    expect(await code('DROP SEQUENCE IF EXISTS dk')).toBe('42809');
    expect(await code('DROP TYPE IF EXISTS dk')).toBe('2BP01');
    expect(await rows("SELECT count(*)::int FROM information_schema.tables WHERE table_name IN ('dk', 'dk_v')")).toEqual([[2]]);
  });
});
