/**
 * What the thirtieth session's sweep of schema changes as migration tools send them
 * (test/corpus/49-ddl30.sql) fixed, on a real server through the `pg` driver; each expected value
 * is PostgreSQL 15's answer to the same statements: ROLLBACK of rows written before a schema
 * change, ADD CONSTRAINT … USING INDEX, identity columns added to a column with a default,
 * defaults of the wrong type, ALTER SEQUENCE bounds against the value held, and wrong objects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;
const notices: string[] = [];

const failure = async (sql: string) =>
  c.query(sql).then(
    () => undefined,
    (e: pg.DatabaseError) => ({ code: e.code, message: e.message, ...(e.position ? { position: e.position } : {}) }),
  );

beforeAll(() => {
  c = client();
  c.on('notice', (n) => notices.push(n.message));
});

describe('ROLLBACK of a transaction that wrote rows and then changed the table', () => {
  it('takes back an INSERT, UPDATE and DELETE around an ADD COLUMN with a default', async () => {
    await c.query('CREATE TABLE rb (id int PRIMARY KEY, v text)');
    await c.query("INSERT INTO rb VALUES (1, 'a')");
    await c.query('BEGIN');
    await c.query("INSERT INTO rb VALUES (2, 'b')");
    await c.query("UPDATE rb SET v = 'z' WHERE id = 1");
    await c.query("ALTER TABLE rb ADD COLUMN w text DEFAULT 'x'::text");
    await c.query('DELETE FROM rb WHERE id = 1');
    await c.query('ROLLBACK');
    expect(await rows('SELECT * FROM rb ORDER BY id')).toEqual([[1, 'a']]);
    // The rows put back are the table's again: the key takes 2 once more.
    await c.query("INSERT INTO rb VALUES (2, 'b')");
    expect(await rows('SELECT count(*)::int FROM rb')).toEqual([[2]]);
  });

  it('ROLLBACK TO SAVEPOINT takes back rows written after the savepoint and the change after them', async () => {
    await c.query('CREATE TABLE rb_sp (id int PRIMARY KEY, v text)');
    await c.query('BEGIN');
    await c.query("INSERT INTO rb_sp VALUES (1, 'kept')");
    await c.query('SAVEPOINT s1');
    await c.query("INSERT INTO rb_sp VALUES (2, 'gone')");
    await c.query('ALTER TABLE rb_sp ADD COLUMN w int DEFAULT 5');
    await c.query('ROLLBACK TO SAVEPOINT s1');
    await c.query('COMMIT');
    expect(await rows('SELECT * FROM rb_sp ORDER BY id')).toEqual([[1, 'kept']]);
  });

  it('drops a table made, filled and altered in the transaction', async () => {
    await c.query('BEGIN');
    await c.query('CREATE TABLE rb_new (id int PRIMARY KEY, v text)');
    await c.query("INSERT INTO rb_new VALUES (1, 'a')");
    await c.query('ALTER TABLE rb_new ADD COLUMN w int DEFAULT 7');
    await c.query('CREATE INDEX rb_new_v_idx ON rb_new (v)');
    await c.query('ROLLBACK');
    expect(await rows("SELECT relname FROM pg_class WHERE relname LIKE 'rb_new%'")).toEqual([]);
  });
});

describe('ADD CONSTRAINT … USING INDEX', () => {
  it('makes a unique index the key, renamed to the constraint, a primary key NOT NULL', async () => {
    await c.query('CREATE TABLE ui (id int, email text, handle text)');
    await c.query("INSERT INTO ui VALUES (1, 'a@x', 'ann'), (2, 'b@x', 'bob')");
    await c.query('CREATE UNIQUE INDEX CONCURRENTLY ui_id_idx ON ui (id)');
    notices.length = 0;
    await c.query('ALTER TABLE ui ADD CONSTRAINT ui_pkey PRIMARY KEY USING INDEX ui_id_idx');
    expect(notices).toEqual(['ALTER TABLE / ADD CONSTRAINT USING INDEX will rename index "ui_id_idx" to "ui_pkey"']);
    await c.query('CREATE UNIQUE INDEX ui_email_key ON ui (email)');
    await c.query('ALTER TABLE ui ADD UNIQUE USING INDEX ui_email_key');
    expect(await rows("SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'ui'::regclass ORDER BY conname")).toEqual([
      ['ui_email_key', 'u', 'UNIQUE (email)'],
      ['ui_pkey', 'p', 'PRIMARY KEY (id)'],
    ]);
    expect(await rows("SELECT indexname FROM pg_indexes WHERE tablename = 'ui' ORDER BY indexname")).toEqual([['ui_email_key'], ['ui_pkey']]);
    expect(await rows("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'ui' AND column_name = 'id'")).toEqual([['NO']]);
    expect(await failure("INSERT INTO ui VALUES (NULL, 'c@x', 'cy')")).toMatchObject({ code: '23502' });
    expect(await failure("INSERT INTO ui VALUES (3, 'a@x', 'cy')")).toMatchObject({ code: '23505', message: 'duplicate key value violates unique constraint "ui_email_key"' });
  });

  it("refuses an index that is not unique, has expressions or a predicate, or is missing, at the constraint's position", async () => {
    await c.query('CREATE INDEX ui_handle_idx ON ui (handle)');
    await c.query('CREATE UNIQUE INDEX ui_lower_idx ON ui (lower(handle))');
    await c.query('CREATE UNIQUE INDEX ui_part_idx ON ui (handle) WHERE id > 0');
    const add = (index: string) => failure(`ALTER TABLE ui ADD CONSTRAINT ui_k UNIQUE USING INDEX ${index}`);
    expect(await add('ui_handle_idx')).toEqual({ code: '42809', message: '"ui_handle_idx" is not a unique index', position: '20' });
    expect(await add('ui_lower_idx')).toEqual({ code: '42809', message: 'index "ui_lower_idx" contains expressions', position: '20' });
    expect(await add('ui_part_idx')).toEqual({ code: '42809', message: '"ui_part_idx" is a partial index', position: '20' });
    expect(await add('ui_nope')).toEqual({ code: '42704', message: 'index "ui_nope" does not exist', position: '20' });
    expect(await add('ui_pkey')).toEqual({ code: '55000', message: 'index "ui_pkey" is already associated with a constraint', position: '20' });
  });

  it('refuses a primary key over NULLs (23502) and changes nothing', async () => {
    await c.query('CREATE TABLE un (k int, v text)');
    await c.query("INSERT INTO un VALUES (1, 'a'), (NULL, 'b')");
    await c.query('CREATE UNIQUE INDEX un_k_idx ON un (k)');
    expect(await failure('ALTER TABLE un ADD CONSTRAINT un_pkey PRIMARY KEY USING INDEX un_k_idx')).toEqual({ code: '23502', message: 'column "k" of relation "un" contains null values' });
    expect(await rows("SELECT indexname FROM pg_indexes WHERE tablename = 'un'")).toEqual([['un_k_idx']]);
  });
});

describe('ALTER CONSTRAINT … DEFERRABLE', () => {
  it('defers a foreign key, declared or unnamed, until COMMIT, and back', async () => {
    await c.query('CREATE TABLE nd (id int PRIMARY KEY, parent_id int CONSTRAINT nd_parent_fk REFERENCES nd (id), label text UNIQUE)');
    await c.query('CREATE TABLE nd_ref (id int PRIMARY KEY, nd_id int REFERENCES nd (id) ON DELETE CASCADE)');
    await c.query("INSERT INTO nd VALUES (1, NULL, 'root')");
    await c.query('ALTER TABLE nd ALTER CONSTRAINT nd_parent_fk DEFERRABLE INITIALLY DEFERRED');
    await c.query('ALTER TABLE nd_ref ALTER CONSTRAINT nd_ref_nd_id_fkey DEFERRABLE');
    expect(await rows("SELECT conname, condeferrable, condeferred, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('nd'::regclass, 'nd_ref'::regclass) ORDER BY conname")).toEqual([
      ['nd_parent_fk', true, true, 'FOREIGN KEY (parent_id) REFERENCES nd(id) DEFERRABLE INITIALLY DEFERRED'],
      ['nd_ref_nd_id_fkey', true, false, 'FOREIGN KEY (nd_id) REFERENCES nd(id) ON DELETE CASCADE DEFERRABLE'],
    ]);
    await c.query('BEGIN');
    await c.query("INSERT INTO nd VALUES (3, 2, 'child')");
    await c.query("INSERT INTO nd VALUES (2, 1, 'mid')");
    await c.query('COMMIT');
    await c.query('BEGIN');
    await c.query("INSERT INTO nd VALUES (5, 4, 'orphan')");
    expect(await failure('COMMIT')).toMatchObject({ code: '23503', message: 'insert or update on table "nd" violates foreign key constraint "nd_parent_fk"' });
    await c.query('ALTER TABLE nd ALTER CONSTRAINT nd_parent_fk NOT DEFERRABLE');
    expect(await failure("INSERT INTO nd VALUES (5, 4, 'orphan')")).toMatchObject({ code: '23503' });
    // Its ON DELETE action stays.
    await c.query('INSERT INTO nd_ref VALUES (1, 3)');
    await c.query('DELETE FROM nd WHERE id = 3');
    expect(await rows('SELECT count(*)::int FROM nd_ref')).toEqual([[0]]);
    expect(await failure('ALTER TABLE nd ALTER CONSTRAINT nd_label_key DEFERRABLE')).toEqual({ code: '42809', message: 'constraint "nd_label_key" of relation "nd" is not a foreign key constraint' });
    expect(await failure('ALTER TABLE nd ALTER CONSTRAINT nd_nope DEFERRABLE')).toEqual({ code: '42704', message: 'constraint "nd_nope" of relation "nd" does not exist' });
  });
});

describe('identity columns and defaults', () => {
  it('takes DROP DEFAULT and ADD GENERATED … AS IDENTITY in one statement, and then refuses a default (42601)', async () => {
    await c.query('CREATE TABLE ig (id int NOT NULL DEFAULT 0, name text)');
    expect(await failure('ALTER TABLE ig ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY')).toEqual({ code: '55000', message: 'column "id" of relation "ig" already has a default value' });
    await c.query('ALTER TABLE ig ALTER COLUMN id DROP DEFAULT, ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY');
    expect(await rows("INSERT INTO ig (name) VALUES ('x') RETURNING id")).toEqual([[1]]);
    expect(await failure('ALTER TABLE ig ALTER COLUMN id SET DEFAULT 5')).toEqual({ code: '42601', message: 'column "id" of relation "ig" is an identity column' });
    expect(await failure('ALTER TABLE ig ALTER COLUMN id DROP NOT NULL')).toEqual({ code: '42601', message: 'column "id" of relation "ig" is an identity column' });
    // The type is checked before the column's NULLs, as PostgreSQL makes the sequence first.
    expect(await failure('ALTER TABLE ig ALTER COLUMN name ADD GENERATED ALWAYS AS IDENTITY')).toEqual({ code: '22023', message: 'identity column type must be smallint, integer, or bigint' });
  });

  it('refuses a default no assignment cast takes to the column (42804), in CREATE TABLE, ADD COLUMN and SET DEFAULT', async () => {
    const wrong = (column: string, type: string) => ({ code: '42804', message: `column "${column}" is of type integer but default expression is of type ${type}` });
    expect(await failure('CREATE TABLE dt (a int DEFAULT now())')).toEqual(wrong('a', 'timestamp with time zone'));
    await c.query("CREATE TABLE dt (a int, b int DEFAULT 1.5, t text DEFAULT now(), d date DEFAULT now(), n numeric DEFAULT 2, s int DEFAULT '5')");
    expect(await failure('ALTER TABLE dt ADD COLUMN c int DEFAULT now()')).toEqual(wrong('c', 'timestamp with time zone'));
    expect(await failure("ALTER TABLE dt ALTER COLUMN a SET DEFAULT 'x'::text")).toEqual(wrong('a', 'text'));
    expect(await rows('INSERT INTO dt (a) VALUES (0) RETURNING b, s')).toEqual([[2, 5]]);
  });

  it("copies an enum column's default with LIKE … INCLUDING DEFAULTS, the enum in another schema (pg-boss's job table)", async () => {
    await c.query('CREATE SCHEMA dl');
    await c.query("CREATE TYPE dl.state AS ENUM ('created', 'done')");
    await c.query("CREATE TABLE dl.job (id int, state dl.state NOT NULL DEFAULT 'created')");
    await c.query('CREATE TABLE dl.job_a (LIKE dl.job INCLUDING DEFAULTS)');
    expect(await rows('INSERT INTO dl.job_a (id) VALUES (1) RETURNING state')).toEqual([['created']]);
  });
});

describe('serial and identity columns retyped', () => {
  it("makes a serial or identity key bigint, an identity's sequence with it, and rolls it back", async () => {
    await c.query('CREATE TABLE sr (id serial PRIMARY KEY, v text)');
    await c.query('CREATE TABLE idt (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text)');
    await c.query("INSERT INTO sr (v) VALUES ('a')");
    await c.query("INSERT INTO idt (v) VALUES ('a')");
    await c.query('BEGIN');
    await c.query('ALTER TABLE sr ALTER COLUMN id TYPE bigint');
    await c.query('ROLLBACK');
    expect(await rows("SELECT data_type FROM information_schema.columns WHERE table_name = 'sr' AND column_name = 'id'")).toEqual([['integer']]);
    await c.query('ALTER TABLE sr ALTER COLUMN id TYPE bigint USING id::bigint');
    await c.query('ALTER TABLE idt ALTER COLUMN id TYPE bigint');
    expect(await rows("SELECT sequencename, data_type, max_value FROM pg_sequences WHERE sequencename IN ('sr_id_seq', 'idt_id_seq') ORDER BY 1")).toEqual([
      ['idt_id_seq', 'bigint', '9223372036854775807'],
      ['sr_id_seq', 'integer', '2147483647'],
    ]);
    expect(await rows("SELECT table_name, data_type, column_default, is_identity FROM information_schema.columns WHERE table_name IN ('sr', 'idt') AND column_name = 'id' ORDER BY 1")).toEqual([
      ['idt', 'bigint', null, 'YES'],
      ['sr', 'bigint', "nextval('sr_id_seq'::regclass)", 'NO'],
    ]);
    expect(await rows("INSERT INTO sr (v) VALUES ('b') RETURNING id")).toEqual([['2']]);
    expect(await failure('ALTER TABLE idt ALTER COLUMN id TYPE text')).toEqual({ code: '22023', message: 'identity column type must be smallint, integer, or bigint' });
  });

  it("leaves a serial that drops its default a plain NOT NULL column owning its sequence", async () => {
    await c.query('ALTER TABLE sr ALTER COLUMN id DROP DEFAULT');
    expect(await rows("SELECT column_default, is_nullable, pg_get_serial_sequence('sr', 'id') FROM information_schema.columns WHERE table_name = 'sr' AND column_name = 'id'")).toEqual([[null, 'NO', 'public.sr_id_seq']]);
    expect(await failure("INSERT INTO sr (v) VALUES ('c')")).toMatchObject({ code: '23502', message: 'null value in column "id" of relation "sr" violates not-null constraint' });
  });
});

describe('ALTER COLUMN … TYPE … USING', () => {
  it("reads the row's columns of their types: a timestamp made timestamptz AT TIME ZONE 'UTC'", async () => {
    await c.query('CREATE TABLE tz (id int PRIMARY KEY, at timestamp, price numeric(8,2))');
    await c.query("INSERT INTO tz VALUES (1, '2024-01-01 10:00:00', 10.5)");
    await c.query("ALTER TABLE tz ALTER COLUMN at TYPE timestamptz USING at AT TIME ZONE 'UTC'");
    expect(await rows('SELECT at::text FROM tz')).toEqual([['2024-01-01 10:00:00+00']]);
    await c.query('ALTER TABLE tz ALTER COLUMN price TYPE text USING price');
    expect(await rows('SELECT price FROM tz')).toEqual([['10.50']]);
  });
});

describe('ALTER SEQUENCE and ALTER TYPE of the wrong objects', () => {
  it('checks new bounds against the value the sequence holds (22023)', async () => {
    await c.query('CREATE SEQUENCE sq');
    await c.query("SELECT setval('sq', 16)");
    expect(await failure('ALTER SEQUENCE sq AS integer MAXVALUE 10')).toEqual({ code: '22023', message: 'RESTART value (16) cannot be greater than MAXVALUE (10)' });
    expect(await failure('ALTER SEQUENCE sq MINVALUE 20')).toEqual({ code: '22023', message: 'START value (1) cannot be less than MINVALUE (20)' });
    await c.query('ALTER SEQUENCE sq MAXVALUE 16');
    expect(await rows("SELECT data_type, max_value FROM pg_sequences WHERE sequencename = 'sq'")).toEqual([['bigint', '16']]);
  });

  it('names a table given for a sequence or an enum (42809)', async () => {
    expect(await failure('ALTER SEQUENCE rb RESTART')).toEqual({ code: '42809', message: '"rb" is not a sequence' });
    expect(await failure("ALTER TYPE rb ADD VALUE 'x'")).toEqual({ code: '42809', message: 'rb is not an enum' });
    expect(await failure('ALTER TABLE rb VALIDATE CONSTRAINT rb_pkey')).toEqual({ code: '42809', message: 'constraint "rb_pkey" of relation "rb" is not a foreign key or check constraint' });
  });

  it('takes ALTER INDEX … SET/RESET of storage parameters as CREATE INDEX … WITH takes them, of an index that is there', async () => {
    await c.query('CREATE INDEX rb_v_idx ON rb (v)');
    expect((await c.query('ALTER INDEX rb_v_idx SET (fillfactor = 70)')).command).toBe('ALTER');
    await c.query('ALTER INDEX rb_v_idx RESET (fillfactor)');
    expect(await failure('ALTER INDEX rb SET (fillfactor = 70)')).toEqual({ code: '42809', message: '"rb" is not an index' });
    expect(await failure('ALTER INDEX rb_nope_idx SET (fillfactor = 70)')).toEqual({ code: '42P01', message: 'relation "rb_nope_idx" does not exist' });
  });

  it('refuses DROP INDEX CONCURRENTLY of several indexes or with CASCADE (0A000), and REINDEX of no index (42P01)', async () => {
    expect(await failure('DROP INDEX CONCURRENTLY ui_handle_idx, ui_lower_idx')).toEqual({ code: '0A000', message: 'DROP INDEX CONCURRENTLY does not support dropping multiple objects' });
    expect(await failure('DROP INDEX CONCURRENTLY ui_handle_idx CASCADE')).toEqual({ code: '0A000', message: 'DROP INDEX CONCURRENTLY does not support CASCADE' });
    expect(await failure('REINDEX INDEX nope_idx')).toEqual({ code: '42P01', message: 'relation "nope_idx" does not exist' });
  });
});
