-- The twenty-ninth session's sweep of schema changes as migrations send them (Rails, Django,
-- Alembic, Prisma, Knex, Flyway): ALTER COLUMN … TYPE … USING over a column that views, indexes,
-- checks, foreign keys, generated columns and triggers read; SET/DROP DEFAULT and NOT NULL on
-- populated tables; ADD COLUMN with NOT NULL DEFAULT, GENERATED, CHECK and REFERENCES over
-- existing rows; NOT VALID constraints and VALIDATE CONSTRAINT; renames of what others use, read
-- back through pg_get_viewdef/constraintdef/indexdef, pg_get_serial_sequence, information_schema
-- and psql's \d queries; SET SCHEMA; DROP … RESTRICT/CASCADE; all of it inside transactions
-- rolled back. Also what the twenty-eighth sweep left: CASCADE through serial/identity
-- sequences, enum columns read by views, DROP COLUMN of a primary key column, ALTER VIEW …
-- RENAME COLUMN, view_table_usage / view_column_usage.

-- A Rails-like schema with data.
CREATE TABLE s29_user (id bigserial PRIMARY KEY, email varchar(100) NOT NULL, name text, age int, status text DEFAULT 'active');
INSERT INTO s29_user (email, name, age) VALUES ('a@x.io', 'Ann', 30), ('b@x.io', 'Bob', NULL), ('c@x.io', NULL, 41);
CREATE TABLE s29_post (id serial PRIMARY KEY, user_id bigint NOT NULL REFERENCES s29_user(id), title varchar(50) NOT NULL, body text, score int DEFAULT 0);
INSERT INTO s29_post (user_id, title, body, score) VALUES (1, 'Hello', 'first', 3), (1, 'Again', NULL, 0), (2, 'Bob here', 'hi', 7);
CREATE VIEW s29_post_v AS SELECT p.id, p.title, u.email FROM s29_post p JOIN s29_user u ON u.id = p.user_id;
CREATE INDEX s29_post_title_idx ON s29_post (lower(title));
CREATE INDEX s29_post_hot_idx ON s29_post (score) WHERE score > 5;

-- ALTER COLUMN TYPE of columns that views read: refused, nothing changed.
ALTER TABLE s29_post ALTER COLUMN title TYPE text;
ALTER TABLE s29_user ALTER COLUMN email TYPE text;
SELECT data_type, character_maximum_length FROM information_schema.columns WHERE table_name = 's29_post' AND column_name = 'title';
-- Column a view does not read, with an expression index over it.
ALTER TABLE s29_post ALTER COLUMN body TYPE varchar(20);
ALTER TABLE s29_post ALTER COLUMN body TYPE varchar(2);
SELECT id, body FROM s29_post ORDER BY id;
-- USING over a column an expression index and a partial index read.
ALTER TABLE s29_post ALTER COLUMN score TYPE bigint USING score::bigint;
SELECT pg_get_indexdef('s29_post_hot_idx'::regclass);
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 's29_post' ORDER BY indexname;
SELECT id, score FROM s29_post WHERE score > 5 ORDER BY id;
ALTER TABLE s29_post ALTER COLUMN score TYPE text USING score::text;
SELECT id, score FROM s29_post ORDER BY id;
ALTER TABLE s29_post ALTER COLUMN score TYPE int USING score::int;
SELECT pg_typeof(score), score FROM s29_post ORDER BY id;
ALTER TABLE s29_post ALTER COLUMN score TYPE int USING (score * 10);
SELECT id, score FROM s29_post ORDER BY id;
SELECT id FROM s29_post WHERE score > 5 ORDER BY id;
ALTER TABLE s29_post ALTER COLUMN score TYPE boolean;
-- @must
ALTER TABLE s29_post ALTER COLUMN score TYPE boolean USING score > 0;
-- @must
SELECT id, score FROM s29_post ORDER BY id;
-- A text column to int: failing and working USING.
CREATE TABLE s29_conv (id int PRIMARY KEY, code text, amount text, flag text);
INSERT INTO s29_conv VALUES (1, '10', '1.50', 'yes'), (2, '20', '2', 'no'), (3, 'x', NULL, NULL);
ALTER TABLE s29_conv ALTER COLUMN code TYPE int;
ALTER TABLE s29_conv ALTER COLUMN code TYPE int USING code::int;
SELECT id, code FROM s29_conv ORDER BY id;
ALTER TABLE s29_conv ALTER COLUMN code TYPE int USING CASE WHEN code ~ '^[0-9]+$' THEN code::int END;
SELECT id, code, pg_typeof(code) FROM s29_conv ORDER BY id;
ALTER TABLE s29_conv ALTER COLUMN amount TYPE numeric(10,2) USING amount::numeric;
SELECT id, amount FROM s29_conv ORDER BY id;
ALTER TABLE s29_conv ALTER COLUMN flag TYPE boolean USING flag::boolean;
SELECT id, flag FROM s29_conv ORDER BY id;
ALTER TABLE s29_conv ALTER COLUMN amount TYPE numeric(3,2);
ALTER TABLE s29_conv ALTER COLUMN amount TYPE numeric(4,1);
SELECT id, amount FROM s29_conv ORDER BY id;
-- CHECK over the column being changed.
CREATE TABLE s29_chk (id int PRIMARY KEY, qty text CHECK (length(qty) < 5), price numeric CHECK (price > 0));
INSERT INTO s29_chk VALUES (1, '12', 3.5), (2, '7', 1.25);
ALTER TABLE s29_chk ALTER COLUMN price TYPE int USING price::int;
SELECT id, price FROM s29_chk ORDER BY id;
INSERT INTO s29_chk VALUES (3, '1', 0);
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_chk'::regclass AND contype = 'c' ORDER BY conname;
ALTER TABLE s29_chk ALTER COLUMN price TYPE numeric(5,2) USING price - 3;
SELECT id, price FROM s29_chk ORDER BY id;
-- Foreign keys, both sides.
CREATE TABLE s29_cat (code varchar(10) PRIMARY KEY, label text);
INSERT INTO s29_cat VALUES ('a', 'Alpha'), ('b', 'Beta');
CREATE TABLE s29_prod (id int PRIMARY KEY, cat varchar(10) REFERENCES s29_cat(code), n smallint);
INSERT INTO s29_prod VALUES (1, 'a', 1), (2, 'b', 2), (3, NULL, 3);
-- @must
ALTER TABLE s29_prod ALTER COLUMN cat TYPE int USING 1;
ALTER TABLE s29_prod ALTER COLUMN cat TYPE text;
SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 's29_prod' ORDER BY ordinal_position;
INSERT INTO s29_prod VALUES (4, 'zz', 4);
ALTER TABLE s29_cat ALTER COLUMN code TYPE varchar(20);
INSERT INTO s29_cat VALUES ('long_code_1234', 'Long');
INSERT INTO s29_prod VALUES (4, 'long_code_1234', 4);
SELECT p.id, c.label FROM s29_prod p LEFT JOIN s29_cat c ON c.code = p.cat ORDER BY p.id;
DELETE FROM s29_cat WHERE code = 'a';
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_prod'::regclass ORDER BY conname;
-- A generated column over the column changed.
CREATE TABLE s29_gen (id int PRIMARY KEY, w int, h int, area int GENERATED ALWAYS AS (w * h) STORED);
INSERT INTO s29_gen (id, w, h) VALUES (1, 2, 3), (2, 4, 5);
ALTER TABLE s29_gen ALTER COLUMN w TYPE bigint;
-- @must
ALTER TABLE s29_gen ALTER COLUMN area TYPE bigint;
-- @must
SELECT id, area, pg_typeof(area) FROM s29_gen ORDER BY id;
-- @must
ALTER TABLE s29_gen ALTER COLUMN area SET DEFAULT 0;
ALTER TABLE s29_gen ALTER COLUMN area DROP EXPRESSION;
INSERT INTO s29_gen (id, w, h) VALUES (3, 1, 1);
-- @must
SELECT id, w, h, area FROM s29_gen ORDER BY id;
UPDATE s29_gen SET area = 99 WHERE id = 3;
-- @must
SELECT id, area FROM s29_gen ORDER BY id;
-- A trigger reading the column.
CREATE TABLE s29_trg (id int PRIMARY KEY, v int, log text);
CREATE FUNCTION s29_trg_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.log := 'v=' || NEW.v; RETURN NEW; END $$;
CREATE TRIGGER s29_trg_t BEFORE INSERT OR UPDATE OF v ON s29_trg FOR EACH ROW EXECUTE FUNCTION s29_trg_fn();
INSERT INTO s29_trg VALUES (1, 5, NULL);
-- @must
ALTER TABLE s29_trg ALTER COLUMN v TYPE numeric(6,2);
INSERT INTO s29_trg VALUES (2, 7, NULL);
UPDATE s29_trg SET v = 1.5 WHERE id = 1;
-- @must
SELECT id, v, log FROM s29_trg ORDER BY id;
SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 's29_trg_t';

-- SET/DROP DEFAULT and NOT NULL on populated tables.
ALTER TABLE s29_user ALTER COLUMN age SET NOT NULL;
ALTER TABLE s29_user ALTER COLUMN name SET NOT NULL;
UPDATE s29_user SET name = 'unknown' WHERE name IS NULL;
ALTER TABLE s29_user ALTER COLUMN name SET NOT NULL;
SELECT column_name, is_nullable, column_default FROM information_schema.columns WHERE table_name = 's29_user' ORDER BY ordinal_position;
INSERT INTO s29_user (email) VALUES ('d@x.io');
-- params: ["d@x.io"]
INSERT INTO s29_user (email, name) VALUES ($1, NULL);
ALTER TABLE s29_user ALTER COLUMN name DROP NOT NULL;
ALTER TABLE s29_user ALTER COLUMN id DROP NOT NULL;
ALTER TABLE s29_user ALTER COLUMN status SET DEFAULT 'new';
INSERT INTO s29_user (email, name) VALUES ('e@x.io', 'Eve') RETURNING id, status;
ALTER TABLE s29_user ALTER COLUMN status DROP DEFAULT;
INSERT INTO s29_user (email, name) VALUES ('f@x.io', 'Fay') RETURNING id, status;
ALTER TABLE s29_user ALTER COLUMN status SET DEFAULT 42;
ALTER TABLE s29_user ALTER COLUMN age SET DEFAULT 'abc';
ALTER TABLE s29_user ALTER COLUMN nope SET DEFAULT 1;
ALTER TABLE s29_user ALTER COLUMN nope DROP NOT NULL;
ALTER TABLE s29_user ALTER COLUMN age SET DEFAULT 18, ALTER COLUMN age SET NOT NULL;
UPDATE s29_user SET age = DEFAULT WHERE age IS NULL;
ALTER TABLE s29_user ALTER COLUMN age SET DEFAULT 18, ALTER COLUMN age SET NOT NULL;
SELECT email, age, status FROM s29_user ORDER BY id;
SELECT a.attname, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = 's29_user'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;

-- ADD COLUMN over existing rows.
ALTER TABLE s29_post ADD COLUMN views int NOT NULL;
ALTER TABLE s29_post ADD COLUMN views int NOT NULL DEFAULT 0;
SELECT id, views FROM s29_post ORDER BY id;
ALTER TABLE s29_post ADD COLUMN slug text NOT NULL DEFAULT 'x' UNIQUE;
SELECT column_name FROM information_schema.columns WHERE table_name = 's29_post' ORDER BY ordinal_position;
ALTER TABLE s29_post ADD COLUMN rank int CHECK (rank > 0);
-- @must
ALTER TABLE s29_post ADD COLUMN rank2 int DEFAULT 0 CHECK (rank2 > 0);
ALTER TABLE s29_post ADD COLUMN rank2 int DEFAULT 1 CHECK (rank2 > 0);
SELECT id, rank, rank2 FROM s29_post ORDER BY id;
ALTER TABLE s29_post ADD COLUMN title_len int GENERATED ALWAYS AS (length(title)) STORED;
SELECT id, title_len FROM s29_post ORDER BY id;
ALTER TABLE s29_post ADD COLUMN bad int GENERATED ALWAYS AS (1 / (score::int - score::int)) STORED;
ALTER TABLE s29_post ADD COLUMN cat_code varchar(10) REFERENCES s29_cat(code);
-- @must
ALTER TABLE s29_post ADD COLUMN cat2 varchar(10) DEFAULT 'nope' REFERENCES s29_cat(code);
-- @must
ALTER TABLE s29_post ADD COLUMN cat3 varchar(10) DEFAULT 'b' REFERENCES s29_cat(code) ON DELETE SET NULL;
-- @must
SELECT id, cat_code, cat3 FROM s29_post ORDER BY id;
-- @must
SELECT column_name FROM information_schema.columns WHERE table_name = 's29_post' ORDER BY ordinal_position;
ALTER TABLE s29_post ADD COLUMN IF NOT EXISTS views int;
ALTER TABLE s29_post ADD COLUMN views int;
-- @must
ALTER TABLE s29_post ADD COLUMN uid uuid DEFAULT '00000000-0000-0000-0000-000000000001'::uuid NOT NULL;
-- @must
SELECT count(DISTINCT uid) FROM s29_post;
ALTER TABLE s29_post ADD COLUMN seqno bigserial;
SELECT id, seqno FROM s29_post ORDER BY id;
SELECT pg_get_serial_sequence('s29_post', 'seqno');
ALTER TABLE s29_post ADD COLUMN ident int GENERATED BY DEFAULT AS IDENTITY;
SELECT id, ident FROM s29_post ORDER BY id;
-- Several actions in one ALTER: one fails, none applied.
ALTER TABLE s29_post ADD COLUMN a1 int DEFAULT 1, ADD COLUMN a2 int NOT NULL;
SELECT count(*) FROM information_schema.columns WHERE table_name = 's29_post' AND column_name IN ('a1', 'a2');
ALTER TABLE s29_post ADD COLUMN a1 int DEFAULT 1, ADD CONSTRAINT s29_a1_chk CHECK (a1 > 5);
SELECT count(*) FROM information_schema.columns WHERE table_name = 's29_post' AND column_name = 'a1';
SELECT count(*) FROM pg_constraint WHERE conname = 's29_a1_chk';

-- NOT VALID constraints, then VALIDATE.
CREATE TABLE s29_ord (id int PRIMARY KEY, qty int, cust int);
INSERT INTO s29_ord VALUES (1, 5, 1), (2, -1, 2), (3, 2, 99);
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_qty_chk CHECK (qty > 0);
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_qty_chk CHECK (qty > 0) NOT VALID;
SELECT conname, convalidated, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_ord'::regclass ORDER BY conname;
INSERT INTO s29_ord VALUES (4, 0, 1);
INSERT INTO s29_ord VALUES (4, 3, 1);
ALTER TABLE s29_ord VALIDATE CONSTRAINT s29_ord_qty_chk;
UPDATE s29_ord SET qty = 1 WHERE qty <= 0;
ALTER TABLE s29_ord VALIDATE CONSTRAINT s29_ord_qty_chk;
SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 's29_ord'::regclass ORDER BY conname;
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_cust_fk FOREIGN KEY (cust) REFERENCES s29_user(id);
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_cust_fk FOREIGN KEY (cust) REFERENCES s29_user(id) NOT VALID;
SELECT conname, convalidated, pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 's29_ord_cust_fk';
INSERT INTO s29_ord VALUES (5, 1, 98);
ALTER TABLE s29_ord VALIDATE CONSTRAINT s29_ord_cust_fk;
DELETE FROM s29_ord WHERE cust = 99;
ALTER TABLE s29_ord VALIDATE CONSTRAINT s29_ord_cust_fk;
SELECT conname, convalidated FROM pg_constraint WHERE conname = 's29_ord_cust_fk';
ALTER TABLE s29_ord VALIDATE CONSTRAINT s29_nope;
-- @must
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_pk2 UNIQUE (qty) NOT VALID;
ALTER TABLE s29_ord ALTER COLUMN qty SET NOT NULL;
ALTER TABLE s29_ord DROP CONSTRAINT s29_ord_qty_chk;
ALTER TABLE s29_ord DROP CONSTRAINT s29_ord_qty_chk;
ALTER TABLE s29_ord DROP CONSTRAINT IF EXISTS s29_ord_qty_chk;
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_qty_uq UNIQUE (qty);
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_id_uq UNIQUE (id);
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_id_uq UNIQUE (cust);

-- Renames that others use, read back.
CREATE TABLE s29_acct (id serial PRIMARY KEY, owner text NOT NULL CHECK (owner <> ''), balance numeric(12,2) DEFAULT 0);
INSERT INTO s29_acct (owner, balance) VALUES ('ann', 10), ('bob', 20);
CREATE VIEW s29_rich AS SELECT id, owner, balance FROM s29_acct WHERE balance > 15;
CREATE INDEX s29_acct_owner_idx ON s29_acct (owner);
CREATE TABLE s29_tx (id int PRIMARY KEY, acct_id int REFERENCES s29_acct(id), amt numeric);
INSERT INTO s29_tx VALUES (1, 1, 5), (2, 2, -3);
ALTER TABLE s29_acct RENAME COLUMN owner TO holder;
SELECT pg_get_viewdef('s29_rich'::regclass);
SELECT * FROM s29_rich ORDER BY id;
SELECT pg_get_indexdef('s29_acct_owner_idx'::regclass);
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_acct'::regclass ORDER BY conname;
ALTER TABLE s29_acct RENAME TO s29_account;
-- @must
SELECT pg_get_viewdef('s29_rich'::regclass);
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_tx'::regclass ORDER BY conname;
SELECT pg_get_serial_sequence('s29_account', 'id');
INSERT INTO s29_account (holder) VALUES ('cy') RETURNING id;
INSERT INTO s29_tx VALUES (3, 3, 1);
INSERT INTO s29_tx VALUES (4, 30, 1);
ALTER SEQUENCE s29_acct_id_seq RENAME TO s29_account_id_seq;
SELECT pg_get_serial_sequence('s29_account', 'id');
SELECT column_default FROM information_schema.columns WHERE table_name = 's29_account' AND column_name = 'id';
INSERT INTO s29_account (holder) VALUES ('dee') RETURNING id;
SELECT nextval('s29_account_id_seq');
SELECT nextval('s29_acct_id_seq');
ALTER INDEX s29_acct_owner_idx RENAME TO s29_account_holder_idx;
SELECT indexname FROM pg_indexes WHERE tablename = 's29_account' ORDER BY indexname;
ALTER INDEX s29_acct_pkey RENAME TO s29_account_pkey;
SELECT conname FROM pg_constraint WHERE conrelid = 's29_account'::regclass ORDER BY conname;
ALTER TABLE s29_account RENAME CONSTRAINT s29_acct_owner_check TO s29_account_holder_check;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_account'::regclass ORDER BY conname;
INSERT INTO s29_account (holder) VALUES ('');
ALTER TABLE s29_account RENAME CONSTRAINT s29_nope TO s29_other;
ALTER TABLE s29_tx RENAME CONSTRAINT s29_tx_acct_id_fkey TO s29_tx_account_fk;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_tx'::regclass ORDER BY conname;
ALTER TABLE s29_account RENAME COLUMN holder TO id;
ALTER TABLE s29_account RENAME COLUMN nope TO x;
ALTER TABLE s29_account RENAME TO s29_tx;
-- @must
ALTER INDEX s29_account_holder_idx RENAME TO s29_account_pkey;
ALTER TABLE IF EXISTS s29_nothing RENAME TO s29_other;
-- @must
ALTER VIEW s29_rich RENAME COLUMN holder TO who;
SELECT * FROM s29_rich ORDER BY id;
-- @must
SELECT pg_get_viewdef('s29_rich'::regclass);
-- @must
ALTER VIEW s29_rich RENAME COLUMN nope TO x;
ALTER VIEW s29_rich RENAME TO s29_wealthy;
-- @must
SELECT table_name FROM information_schema.views WHERE table_name LIKE 's29\_%' ORDER BY table_name;
-- @must
SELECT view_name, table_name FROM information_schema.view_table_usage WHERE view_name LIKE 's29\_%' ORDER BY view_name, table_name;
-- @must
SELECT view_name, table_name, column_name FROM information_schema.view_column_usage WHERE view_name LIKE 's29\_%' ORDER BY view_name, table_name, column_name;
-- psql's \d query for a table's indexes and constraints after renames.
-- @must
SELECT c2.relname, i.indisprimary, i.indisunique, pg_get_indexdef(i.indexrelid, 0, true) FROM pg_class c, pg_class c2, pg_index i WHERE c.oid = 's29_account'::regclass AND c.oid = i.indrelid AND i.indexrelid = c2.oid ORDER BY i.indisprimary DESC, c2.relname;
-- @must
SELECT r.conname, pg_get_constraintdef(r.oid, true) FROM pg_constraint r WHERE r.conrelid = 's29_account'::regclass AND r.contype = 'c' ORDER BY 1;
-- @must
SELECT conname, conrelid::regclass::text, pg_get_constraintdef(c.oid, true) FROM pg_constraint c WHERE c.confrelid = 's29_account'::regclass AND c.contype = 'f' ORDER BY 1;

-- Enums: rename and add values that columns and views use.
CREATE TYPE s29_mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE s29_person (id int PRIMARY KEY, mood s29_mood DEFAULT 'ok');
INSERT INTO s29_person VALUES (1, 'sad'), (2, 'happy'), (3, DEFAULT);
CREATE VIEW s29_happy AS SELECT id FROM s29_person WHERE mood = 'happy';
ALTER TYPE s29_mood RENAME VALUE 'happy' TO 'glad';
SELECT id, mood FROM s29_person ORDER BY id;
-- @must
SELECT * FROM s29_happy ORDER BY id;
SELECT enumlabel FROM pg_enum WHERE enumtypid = 's29_mood'::regtype ORDER BY enumsortorder;
ALTER TYPE s29_mood RENAME VALUE 'nope' TO 'x';
ALTER TYPE s29_mood RENAME VALUE 'ok' TO 'sad';
ALTER TYPE s29_mood ADD VALUE 'meh' BEFORE 'ok';
ALTER TYPE s29_mood ADD VALUE IF NOT EXISTS 'meh';
SELECT enum_range(NULL::s29_mood);
SELECT id, mood FROM s29_person ORDER BY mood, id;
ALTER TYPE s29_mood RENAME TO s29_feeling;
SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = 's29_person' ORDER BY ordinal_position;
INSERT INTO s29_person VALUES (4, 'meh');
SELECT id, mood::text FROM s29_person ORDER BY id;
DROP TYPE s29_feeling;
ALTER TABLE s29_person ALTER COLUMN mood TYPE text;
DROP VIEW s29_happy;
ALTER TABLE s29_person ALTER COLUMN mood TYPE text;
SELECT id, mood, pg_typeof(mood) FROM s29_person ORDER BY id;
SELECT column_default FROM information_schema.columns WHERE table_name = 's29_person' AND column_name = 'mood';
DROP TYPE s29_feeling;

-- SET SCHEMA.
CREATE SCHEMA s29_arch;
CREATE TABLE s29_old (id serial PRIMARY KEY, v text);
INSERT INTO s29_old (v) VALUES ('one'), ('two');
CREATE VIEW s29_old_v AS SELECT id, v FROM s29_old;
ALTER TABLE s29_old SET SCHEMA s29_arch;
SELECT * FROM s29_old;
SELECT * FROM s29_arch.s29_old ORDER BY id;
SELECT * FROM s29_old_v ORDER BY id;
-- @must
SELECT pg_get_viewdef('s29_old_v'::regclass);
-- @must
SELECT table_schema, table_name FROM information_schema.tables WHERE table_name = 's29_old';
-- @must
SELECT schemaname, indexname FROM pg_indexes WHERE tablename = 's29_old';
-- @must
SELECT sequence_schema, sequence_name FROM information_schema.sequences WHERE sequence_name = 's29_old_id_seq';
INSERT INTO s29_arch.s29_old (v) VALUES ('three') RETURNING id;
ALTER TABLE s29_old SET SCHEMA public;
ALTER TABLE s29_arch.s29_old SET SCHEMA s29_nope;
ALTER TABLE IF EXISTS s29_nothing SET SCHEMA s29_arch;
DROP SCHEMA s29_arch;
DROP SCHEMA s29_arch RESTRICT;
DROP SCHEMA s29_arch CASCADE;
-- @must
SELECT count(*) FROM information_schema.views WHERE table_name = 's29_old_v';

-- What deps28 left: serial and identity sequences, PK columns, enum columns in views.
CREATE TABLE s29_ser (id serial PRIMARY KEY, other int, ext bigint GENERATED ALWAYS AS IDENTITY);
INSERT INTO s29_ser (other) VALUES (1), (2);
DROP SEQUENCE s29_ser_id_seq;
DROP SEQUENCE s29_ser_ext_seq;
-- @must
DROP SEQUENCE s29_ser_id_seq CASCADE;
-- @must
SELECT column_default FROM information_schema.columns WHERE table_name = 's29_ser' AND column_name = 'id';
INSERT INTO s29_ser (id, other) VALUES (10, 3);
SELECT id, other, ext FROM s29_ser ORDER BY id;
-- @must
ALTER TABLE s29_ser DROP COLUMN id;
-- @must
SELECT column_name FROM information_schema.columns WHERE table_name = 's29_ser' ORDER BY ordinal_position;
-- @must
SELECT count(*) FROM pg_constraint WHERE conrelid = 's29_ser'::regclass AND contype = 'p';
INSERT INTO s29_ser (other) VALUES (3);
INSERT INTO s29_ser (other) VALUES (3);
SELECT count(*) FROM s29_ser;
ALTER TABLE s29_ser ALTER COLUMN ext DROP IDENTITY;
-- @must
SELECT count(*) FROM pg_class WHERE relname = 's29_ser_ext_seq';
ALTER TABLE s29_ser ALTER COLUMN ext DROP IDENTITY IF EXISTS;
CREATE TABLE s29_par (id int PRIMARY KEY, n text);
CREATE TABLE s29_chi (id int PRIMARY KEY, par_id int REFERENCES s29_par(id));
ALTER TABLE s29_par DROP COLUMN id;
-- @must
ALTER TABLE s29_par DROP COLUMN id CASCADE;
-- @must
SELECT conname FROM pg_constraint WHERE conrelid IN ('s29_par'::regclass, 's29_chi'::regclass) ORDER BY conname;
-- @must
INSERT INTO s29_chi VALUES (1, 12345);
CREATE TYPE s29_state AS ENUM ('on', 'off');
CREATE TABLE s29_dev (id int PRIMARY KEY, st s29_state);
CREATE VIEW s29_dev_on AS SELECT id FROM s29_dev WHERE st = 'on';
DROP TYPE s29_state;
-- @must
DROP TYPE s29_state CASCADE;
-- @must
SELECT column_name FROM information_schema.columns WHERE table_name = 's29_dev' ORDER BY ordinal_position;
-- @must
SELECT count(*) FROM information_schema.views WHERE table_name = 's29_dev_on';

-- DROP … RESTRICT / CASCADE on what migrations remove.
CREATE TABLE s29_a (id int PRIMARY KEY);
CREATE TABLE s29_b (id int PRIMARY KEY, a_id int REFERENCES s29_a(id));
CREATE VIEW s29_ab AS SELECT b.id, b.a_id FROM s29_b b JOIN s29_a a ON a.id = b.a_id;
INSERT INTO s29_a VALUES (1), (2);
INSERT INTO s29_b VALUES (10, 1), (20, 2);
DROP TABLE s29_a RESTRICT;
DROP TABLE s29_a;
DROP TABLE s29_a CASCADE;
-- @must
SELECT conname FROM pg_constraint WHERE conrelid = 's29_b'::regclass ORDER BY conname;
-- @must
SELECT count(*) FROM information_schema.views WHERE table_name = 's29_ab';
SELECT * FROM s29_b ORDER BY id;
INSERT INTO s29_b VALUES (30, 999);
DROP INDEX s29_b_pkey;
ALTER TABLE s29_b DROP CONSTRAINT s29_b_pkey;
INSERT INTO s29_b VALUES (30, 1), (30, 2);
SELECT count(*) FROM s29_b WHERE id = 30;
ALTER TABLE s29_b ADD PRIMARY KEY (id);
DELETE FROM s29_b WHERE id = 30;
ALTER TABLE s29_b ADD PRIMARY KEY (id);
-- @must
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_b'::regclass ORDER BY conname;
DROP TABLE IF EXISTS s29_nothing, s29_b;
-- @must
SELECT count(*) FROM information_schema.tables WHERE table_name IN ('s29_a', 's29_b');

-- Inside transactions, rolled back: schema and data as before.
BEGIN;
ALTER TABLE s29_conv ADD COLUMN extra int NOT NULL DEFAULT 7;
ALTER TABLE s29_conv RENAME COLUMN code TO code2;
ALTER TABLE s29_conv ALTER COLUMN amount TYPE text;
UPDATE s29_conv SET amount = 'x';
SELECT id, code2, amount, extra FROM s29_conv ORDER BY id;
ROLLBACK;
-- @must
SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 's29_conv' ORDER BY ordinal_position;
SELECT id, code, amount FROM s29_conv ORDER BY id;
BEGIN;
DROP TABLE s29_tx;
ALTER TABLE s29_account RENAME TO s29_acc2;
CREATE INDEX s29_acc2_bal ON s29_acc2 (balance);
-- @must
ROLLBACK;
-- @must
SELECT count(*) FROM s29_tx;
-- @must
SELECT count(*) FROM pg_indexes WHERE indexname = 's29_acc2_bal';
-- @must
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's29_tx'::regclass ORDER BY conname;
BEGIN;
ALTER TABLE s29_ord ADD CONSTRAINT s29_ord_big CHECK (qty > 100) NOT VALID;
ALTER TABLE s29_ord VALIDATE CONSTRAINT s29_ord_big;
SELECT 1;
ROLLBACK;
-- @must
SELECT count(*) FROM pg_constraint WHERE conname = 's29_ord_big';
BEGIN;
ALTER TYPE s29_mood RENAME TO s29_x;
ROLLBACK;
BEGIN;
CREATE TYPE s29_color AS ENUM ('red', 'green');
CREATE TABLE s29_paint (id int PRIMARY KEY, c s29_color);
INSERT INTO s29_paint VALUES (1, 'red');
ALTER TYPE s29_color RENAME VALUE 'red' TO 'crimson';
SELECT c FROM s29_paint;
ROLLBACK;
-- @must
SELECT count(*) FROM pg_type WHERE typname = 's29_color';
BEGIN;
SAVEPOINT s1;
ALTER TABLE s29_person ADD COLUMN nick text NOT NULL;
ROLLBACK TO SAVEPOINT s1;
ALTER TABLE s29_person ADD COLUMN nick text NOT NULL DEFAULT '-';
SAVEPOINT s2;
-- @must
ALTER TABLE s29_person ALTER COLUMN nick SET DATA TYPE int USING nick::int;
ROLLBACK TO SAVEPOINT s2;
SELECT id, nick FROM s29_person ORDER BY id;
COMMIT;
SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_name = 's29_person' ORDER BY ordinal_position;
BEGIN;
ALTER TABLE s29_user ALTER COLUMN age DROP NOT NULL;
ALTER TABLE s29_user ALTER COLUMN age DROP DEFAULT;
INSERT INTO s29_user (email) VALUES ('g@x.io');
ROLLBACK;
-- @must
SELECT column_name, is_nullable, column_default FROM information_schema.columns WHERE table_name = 's29_user' AND column_name = 'age';
SELECT count(*) FROM s29_user WHERE email = 'g@x.io';
BEGIN;
ALTER TABLE s29_gen SET SCHEMA public;
ALTER TABLE s29_gen RENAME TO s29_gen2;
SELECT count(*) FROM s29_gen2;
ROLLBACK;
SELECT count(*) FROM s29_gen;

-- Django-style migration: add a nullable FK column, backfill, set NOT NULL, add index, in one transaction.
BEGIN;
ALTER TABLE s29_prod ADD COLUMN owner_id bigint NULL;
ALTER TABLE s29_prod ADD CONSTRAINT s29_prod_owner_id_fk FOREIGN KEY (owner_id) REFERENCES s29_user (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX s29_prod_owner_id_idx ON s29_prod (owner_id);
UPDATE s29_prod SET owner_id = 1;
ALTER TABLE s29_prod ALTER COLUMN owner_id SET NOT NULL;
COMMIT;
SELECT id, owner_id FROM s29_prod ORDER BY id;
SELECT conname, condeferrable, condeferred, pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 's29_prod_owner_id_fk';
-- Deferred FK violated at COMMIT: nothing of the transaction stays.
BEGIN;
ALTER TABLE s29_prod ADD COLUMN note text;
UPDATE s29_prod SET owner_id = 777 WHERE id = 2;
COMMIT;
-- @must
SELECT count(*) FROM information_schema.columns WHERE table_name = 's29_prod' AND column_name = 'note';
SELECT id, owner_id FROM s29_prod ORDER BY id;
-- Alembic batch: rename column and change its type together in one ALTER.
ALTER TABLE s29_prod ALTER COLUMN n TYPE int, ALTER COLUMN n SET DEFAULT 0;
ALTER TABLE s29_prod RENAME COLUMN n TO quantity;
SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_name = 's29_prod' ORDER BY ordinal_position;
-- params: [5]
UPDATE s29_prod SET quantity = quantity + $1 WHERE id = 1 RETURNING quantity;
-- params: []
SELECT id, quantity FROM s29_prod ORDER BY id;
-- Prisma: drop default, change type with USING, re-add default.
ALTER TABLE s29_post ALTER COLUMN views DROP DEFAULT, ALTER COLUMN views SET DATA TYPE bigint USING views::bigint, ALTER COLUMN views SET DEFAULT 1;
-- @must
INSERT INTO s29_post (user_id, title) VALUES (2, 'New') RETURNING views, pg_typeof(views);
-- Knex: rename a table that a view reads, then the view still works.
ALTER TABLE s29_post RENAME TO s29_article;
-- @must
SELECT * FROM s29_post_v ORDER BY id;
-- @must
SELECT pg_get_viewdef('s29_post_v'::regclass);
-- @must
SELECT pg_get_serial_sequence('s29_article', 'id');
-- @must
-- params: ["s29_article"]
SELECT indexname FROM pg_indexes WHERE tablename = $1 ORDER BY indexname;
DROP TABLE s29_article;
DROP TABLE s29_article CASCADE;
-- @must
SELECT count(*) FROM information_schema.views WHERE table_name = 's29_post_v';
DROP TABLE s29_user;
-- Partition's own index shown on its own table, not the parent's.
CREATE TABLE s29_ev (id int, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE s29_ev_2024 PARTITION OF s29_ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX s29_ev_2024_kind ON s29_ev_2024 (kind);
CREATE INDEX s29_ev_at ON s29_ev (at);
SELECT tablename, indexname FROM pg_indexes WHERE tablename LIKE 's29\_ev%' ORDER BY tablename, indexname;
ALTER INDEX s29_ev_2024_kind RENAME TO s29_ev_2024_kind_idx;
SELECT tablename, indexname FROM pg_indexes WHERE tablename LIKE 's29\_ev%' ORDER BY tablename, indexname;
DROP TABLE s29_ev;
-- @must
SELECT count(*) FROM pg_class WHERE relname LIKE 's29\_ev%';
