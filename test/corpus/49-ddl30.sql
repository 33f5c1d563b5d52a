-- The thirtieth session's sweep of schema changes as migration tools send them (Rails, Django,
-- Prisma migrate, Alembic, Flyway, Knex, TypeORM): ALTER TYPE … ADD VALUE [IF NOT EXISTS]
-- BEFORE/AFTER and RENAME VALUE with the enum's ordering afterwards; ALTER TABLE … SET SCHEMA and
-- ALTER SCHEMA … RENAME; ALTER SEQUENCE (RESTART, INCREMENT, OWNED BY, AS); SET/DROP DEFAULT and
-- NOT NULL; ADD/SET/DROP IDENTITY; ALTER COLUMN TYPE … USING with defaults and indexes; NOT VALID
-- and VALIDATE CONSTRAINT; ADD CONSTRAINT … USING INDEX; ALTER CONSTRAINT … DEFERRABLE; RENAME
-- CONSTRAINT; ALTER INDEX; CREATE/DROP INDEX CONCURRENTLY and IF [NOT] EXISTS; COMMENT ON; several
-- subcommands in one ALTER TABLE and their atomicity; DDL rolled back; the catalog afterwards
-- (information_schema, pg_get_indexdef, pg_get_constraintdef, psql's \d queries).

-- Enums: Prisma's and Rails' ADD VALUE, with positions, and RENAME VALUE.
CREATE TYPE s30d_mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE s30d_person (id int PRIMARY KEY, name text NOT NULL, mood s30d_mood);
INSERT INTO s30d_person VALUES (1, 'ann', 'happy'), (2, 'bob', 'sad'), (3, 'cy', 'ok'), (4, 'di', NULL);
ALTER TYPE s30d_mood ADD VALUE 'ecstatic';
ALTER TYPE s30d_mood ADD VALUE 'awful' BEFORE 'sad';
ALTER TYPE s30d_mood ADD VALUE 'meh' AFTER 'sad';
ALTER TYPE s30d_mood ADD VALUE 'content' BEFORE 'happy';
SELECT enum_range(NULL::s30d_mood);
SELECT enumlabel, enumsortorder FROM pg_enum WHERE enumtypid = 's30d_mood'::regtype ORDER BY enumsortorder;
INSERT INTO s30d_person VALUES (5, 'ed', 'meh'), (6, 'fay', 'ecstatic'), (7, 'gus', 'awful'), (8, 'hal', 'content');
SELECT name, mood FROM s30d_person ORDER BY mood, name;
SELECT name FROM s30d_person WHERE mood > 'sad' ORDER BY mood DESC, name;
ALTER TYPE s30d_mood ADD VALUE 'ok';
ALTER TYPE s30d_mood ADD VALUE IF NOT EXISTS 'ok';
ALTER TYPE s30d_mood ADD VALUE IF NOT EXISTS 'thrilled' AFTER 'happy';
ALTER TYPE s30d_mood ADD VALUE 'zen' BEFORE 'nope';
-- @must
ALTER TYPE s30d_person ADD VALUE 'x';
SELECT enum_range('meh'::s30d_mood, 'content'::s30d_mood);
ALTER TYPE s30d_mood RENAME VALUE 'meh' TO 'so_so';
ALTER TYPE s30d_mood RENAME VALUE 'nope' TO 'x';
ALTER TYPE s30d_mood RENAME VALUE 'ok' TO 'happy';
SELECT name, mood FROM s30d_person WHERE mood IN ('so_so', 'sad') ORDER BY name;
SELECT name FROM s30d_person WHERE mood = 'meh';
-- ADD VALUE in a transaction: the new label cannot be used before COMMIT.
BEGIN;
ALTER TYPE s30d_mood ADD VALUE 'stoic' AFTER 'ok';
SELECT 'stoic'::s30d_mood;
ROLLBACK;
SELECT enum_range(NULL::s30d_mood);
BEGIN;
ALTER TYPE s30d_mood ADD VALUE 'calm' AFTER 'ok';
COMMIT;
SELECT 'calm'::s30d_mood > 'ok'::s30d_mood, 'calm'::s30d_mood < 'content'::s30d_mood;
-- a label added where the enum was made, in one transaction: not usable before COMMIT either
BEGIN;
CREATE TYPE s30d_size AS ENUM ('s', 'm');
ALTER TYPE s30d_size ADD VALUE 'l';
ALTER TYPE s30d_size ADD VALUE 'xs' BEFORE 's';
SELECT enum_range(NULL::s30d_size);
COMMIT;
CREATE TYPE s30d_size AS ENUM ('s', 'm');
ALTER TYPE s30d_size ADD VALUE 'l';
ALTER TYPE s30d_size ADD VALUE 'xs' BEFORE 's';
CREATE TABLE s30d_shirt (id int, size s30d_size);
INSERT INTO s30d_shirt VALUES (1, 'l'), (2, 'xs'), (3, 'm'), (4, 's');
SELECT id, size FROM s30d_shirt ORDER BY size;
CREATE INDEX s30d_shirt_size_idx ON s30d_shirt (size);
ALTER TYPE s30d_size ADD VALUE 'xl';
INSERT INTO s30d_shirt VALUES (5, 'xl');
SELECT id, size FROM s30d_shirt WHERE size > 'm' ORDER BY size;

-- ALTER TABLE … SET SCHEMA and ALTER SCHEMA … RENAME.
CREATE SCHEMA s30d_app;
CREATE TABLE s30d_invoice (id serial PRIMARY KEY, ref varchar(20) UNIQUE, total numeric(10,2) DEFAULT 0 CHECK (total >= 0));
CREATE INDEX s30d_invoice_total_idx ON s30d_invoice (total);
INSERT INTO s30d_invoice (ref, total) VALUES ('A-1', 10.50), ('A-2', 3);
ALTER TABLE s30d_invoice SET SCHEMA s30d_app;
SELECT * FROM s30d_invoice;
SELECT id, ref, total FROM s30d_app.s30d_invoice ORDER BY id;
INSERT INTO s30d_app.s30d_invoice (ref, total) VALUES ('A-3', 7) RETURNING id, ref, total;
INSERT INTO s30d_app.s30d_invoice (ref) VALUES ('A-1');
SELECT pg_get_serial_sequence('s30d_app.s30d_invoice', 'id');
SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE tablename = 's30d_invoice' ORDER BY indexname;
ALTER TABLE s30d_app.s30d_invoice SET SCHEMA s30d_nowhere;
CREATE TABLE s30d_invoice (id int);
ALTER TABLE s30d_invoice SET SCHEMA s30d_app;
DROP TABLE s30d_invoice;
ALTER SCHEMA s30d_app RENAME TO s30d_billing;
SELECT id, ref FROM s30d_billing.s30d_invoice ORDER BY id;
SELECT id FROM s30d_app.s30d_invoice;
INSERT INTO s30d_billing.s30d_invoice (ref, total) VALUES ('B-1', 1) RETURNING id;
SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 's30d%' ORDER BY 1;
CREATE SCHEMA s30d_other;
ALTER SCHEMA s30d_billing RENAME TO s30d_other;
ALTER TABLE s30d_billing.s30d_invoice SET SCHEMA public;
SELECT count(*) FROM s30d_invoice;
DROP SCHEMA s30d_other;

-- Sequences: ALTER SEQUENCE as migrations and data loads send it.
CREATE SEQUENCE s30d_seq;
SELECT nextval('s30d_seq'), nextval('s30d_seq');
ALTER SEQUENCE s30d_seq RESTART WITH 100;
SELECT nextval('s30d_seq');
ALTER SEQUENCE s30d_seq INCREMENT BY 5;
SELECT nextval('s30d_seq'), nextval('s30d_seq');
ALTER SEQUENCE s30d_seq RESTART;
SELECT nextval('s30d_seq');
ALTER SEQUENCE s30d_seq MAXVALUE 60;
SELECT nextval('s30d_seq'), nextval('s30d_seq');
SELECT nextval('s30d_seq');
ALTER SEQUENCE s30d_seq NO MAXVALUE CYCLE;
ALTER SEQUENCE s30d_seq AS smallint;
SELECT data_type, numeric_precision, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_name = 's30d_seq';
-- @must
ALTER SEQUENCE s30d_seq AS integer MAXVALUE 10;
ALTER SEQUENCE s30d_seq AS text;
-- @must
ALTER SEQUENCE s30d_seq MAXVALUE 70000;
-- @must
ALTER SEQUENCE s30d_person RESTART;
ALTER SEQUENCE s30d_seq RENAME TO s30d_seq2;
SELECT nextval('s30d_seq2');
-- OWNED BY: the sequence goes with its column.
CREATE TABLE s30d_ticket (id int NOT NULL, title text);
ALTER SEQUENCE s30d_seq2 OWNED BY s30d_ticket.id;
ALTER TABLE s30d_ticket ALTER COLUMN id SET DEFAULT nextval('s30d_seq2');
SELECT pg_get_serial_sequence('s30d_ticket', 'id');
INSERT INTO s30d_ticket (title) VALUES ('first') RETURNING id > 0;
ALTER SEQUENCE s30d_seq2 OWNED BY s30d_ticket.nope;
ALTER SEQUENCE s30d_seq2 OWNED BY s30d_billing.s30d_invoice.id;
ALTER TABLE s30d_ticket DROP COLUMN id;
SELECT count(*) FROM pg_class WHERE relname = 's30d_seq2';
CREATE SEQUENCE s30d_seq3 OWNED BY s30d_ticket.title;
ALTER SEQUENCE s30d_seq3 OWNED BY NONE;
DROP TABLE s30d_ticket;
SELECT nextval('s30d_seq3');
-- a serial's sequence, restarted as a data load does
CREATE TABLE s30d_tag (id serial PRIMARY KEY, name text);
INSERT INTO s30d_tag (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c');
INSERT INTO s30d_tag (name) VALUES ('clash');
ALTER SEQUENCE s30d_tag_id_seq RESTART WITH 10;
INSERT INTO s30d_tag (name) VALUES ('d') RETURNING id;
SELECT setval('s30d_tag_id_seq', (SELECT max(id) FROM s30d_tag));
INSERT INTO s30d_tag (name) VALUES ('e') RETURNING id;
ALTER SEQUENCE s30d_tag_id_seq AS smallint;

-- SET/DROP DEFAULT and NOT NULL, in the spellings Rails, Django and Knex send.
CREATE TABLE s30d_account (id int PRIMARY KEY, email varchar(50), plan text, seats int, note text);
INSERT INTO s30d_account VALUES (1, 'a@x', 'free', 1, NULL), (2, NULL, NULL, NULL, 'n');
ALTER TABLE "s30d_account" ALTER COLUMN "plan" SET DEFAULT 'free';
ALTER TABLE s30d_account ALTER "seats" SET DEFAULT 1;
INSERT INTO s30d_account (id, email) VALUES (3, 'c@x') RETURNING plan, seats;
ALTER TABLE s30d_account ALTER COLUMN email SET NOT NULL;
UPDATE s30d_account SET email = 'b@x' WHERE email IS NULL;
ALTER TABLE s30d_account ALTER COLUMN email SET NOT NULL;
INSERT INTO s30d_account (id) VALUES (4);
ALTER TABLE s30d_account ALTER COLUMN id DROP NOT NULL;
ALTER TABLE s30d_account ALTER COLUMN seats SET DEFAULT 'many';
-- @must
ALTER TABLE s30d_account ALTER COLUMN seats SET DEFAULT now();
ALTER TABLE s30d_account ALTER COLUMN seats SET DEFAULT '5';
ALTER TABLE s30d_account ALTER COLUMN note SET DEFAULT 'n/a' || '!';
INSERT INTO s30d_account (id, email) VALUES (5, 'e@x') RETURNING plan, seats, note;
ALTER TABLE s30d_account ALTER COLUMN plan DROP DEFAULT;
ALTER TABLE "s30d_account" ALTER COLUMN "email" DROP NOT NULL;
INSERT INTO s30d_account (id) VALUES (6) RETURNING email, plan, seats;
SELECT column_name, column_default, is_nullable FROM information_schema.columns WHERE table_name = 's30d_account' ORDER BY ordinal_position;
-- Django's ADD COLUMN with a default for existing rows, then drops the default.
ALTER TABLE "s30d_account" ADD COLUMN "active" boolean DEFAULT true NOT NULL;
ALTER TABLE "s30d_account" ALTER COLUMN "active" DROP DEFAULT;
SELECT id, active FROM s30d_account ORDER BY id;
INSERT INTO s30d_account (id) VALUES (7);

-- Identity: ADD / SET / DROP on existing columns.
CREATE TABLE s30d_widget (id int, name text);
INSERT INTO s30d_widget VALUES (1, 'a'), (2, 'b');
ALTER TABLE s30d_widget ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE s30d_widget ALTER COLUMN id SET NOT NULL;
ALTER TABLE s30d_widget ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (START WITH 10);
INSERT INTO s30d_widget (name) VALUES ('c') RETURNING id;
INSERT INTO s30d_widget (id, name) VALUES (3, 'explicit') RETURNING id;
SELECT column_name, is_identity, identity_generation, identity_start, identity_increment, column_default FROM information_schema.columns WHERE table_name = 's30d_widget' ORDER BY ordinal_position;
ALTER TABLE s30d_widget ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
ALTER TABLE s30d_widget ALTER COLUMN id SET GENERATED ALWAYS;
INSERT INTO s30d_widget (id, name) VALUES (4, 'refused');
INSERT INTO s30d_widget (id, name) OVERRIDING SYSTEM VALUE VALUES (4, 'overridden') RETURNING id;
INSERT INTO s30d_widget (name) VALUES ('d') RETURNING id;
ALTER TABLE s30d_widget ALTER COLUMN id SET INCREMENT BY 10;
INSERT INTO s30d_widget (name) VALUES ('e') RETURNING id;
ALTER TABLE s30d_widget ALTER COLUMN id SET GENERATED BY DEFAULT SET INCREMENT BY 1 RESTART;
INSERT INTO s30d_widget (name) VALUES ('g') RETURNING id;
SELECT column_name, is_identity, identity_generation, identity_increment FROM information_schema.columns WHERE table_name = 's30d_widget' AND column_name = 'id';
ALTER TABLE s30d_widget ALTER COLUMN name SET GENERATED ALWAYS;
ALTER TABLE s30d_widget ALTER COLUMN name DROP IDENTITY;
ALTER TABLE s30d_widget ALTER COLUMN id DROP IDENTITY;
INSERT INTO s30d_widget (name) VALUES ('no id');
INSERT INTO s30d_widget (id, name) VALUES (500, 'plain') RETURNING id;
SELECT pg_get_serial_sequence('s30d_widget', 'id');
CREATE TABLE s30d_gadget (id int NOT NULL DEFAULT 0, name text);
ALTER TABLE s30d_gadget ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
-- @must
ALTER TABLE s30d_gadget ALTER COLUMN id DROP DEFAULT, ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
-- @must
INSERT INTO s30d_gadget (name) VALUES ('x') RETURNING id;
-- @must
ALTER TABLE s30d_gadget ALTER COLUMN id SET DEFAULT 5;

-- ALTER COLUMN TYPE … USING over defaults and indexes (Rails' change_column, Alembic's alter_column).
CREATE TABLE s30d_item (id int PRIMARY KEY, code text DEFAULT '0', qty varchar(10) DEFAULT '1' NOT NULL, price_cents int, sku varchar(20));
CREATE UNIQUE INDEX s30d_item_sku_idx ON s30d_item (sku);
CREATE INDEX s30d_item_code_idx ON s30d_item (code);
INSERT INTO s30d_item VALUES (1, '17', '3', 1999, 'AB-1'), (2, '4', '12', 250, 'ab-2'), (3, '9', '1', NULL, NULL);
ALTER TABLE s30d_item ALTER COLUMN code TYPE int USING code::int;
ALTER TABLE s30d_item ALTER COLUMN code DROP DEFAULT, ALTER COLUMN code TYPE int USING code::int, ALTER COLUMN code SET DEFAULT 0;
SELECT id, code FROM s30d_item WHERE code > 5 ORDER BY code;
SELECT pg_get_indexdef('s30d_item_code_idx'::regclass);
ALTER TABLE s30d_item ALTER COLUMN qty TYPE int USING qty::integer;
ALTER TABLE s30d_item ADD COLUMN price numeric(10,2);
ALTER TABLE s30d_item ALTER COLUMN price TYPE numeric(10,2) USING price_cents / 100.0;
SELECT id, price FROM s30d_item ORDER BY id;
ALTER TABLE s30d_item ALTER COLUMN sku TYPE varchar(3);
ALTER TABLE s30d_item ALTER COLUMN sku TYPE varchar(40) USING upper(sku);
INSERT INTO s30d_item (id, sku) VALUES (5, 'AB-2');
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 's30d_item' ORDER BY indexname;
ALTER TABLE s30d_item ALTER COLUMN code TYPE boolean USING code <> 0;
ALTER TABLE s30d_item ALTER COLUMN code DROP DEFAULT;
ALTER TABLE s30d_item ALTER COLUMN code TYPE boolean USING code <> 0;
SELECT id, code FROM s30d_item ORDER BY id;
ALTER TABLE s30d_item ALTER COLUMN sku TYPE int USING sku::int;
SELECT column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, column_default, is_nullable FROM information_schema.columns WHERE table_name = 's30d_item' ORDER BY ordinal_position;
CREATE TABLE s30d_event (id int, payload text, at timestamp);
INSERT INTO s30d_event VALUES (1, '{"a": 1}', '2024-01-02 03:04:05'), (2, '[1, 2]', NULL);
ALTER TABLE s30d_event ALTER COLUMN payload TYPE jsonb USING payload::jsonb, ALTER COLUMN at TYPE timestamptz;
SELECT id, payload -> 'a', at FROM s30d_event ORDER BY id;

-- NOT VALID constraints and VALIDATE CONSTRAINT (Rails' validate: false, then validate_foreign_key).
CREATE TABLE s30d_team (id int PRIMARY KEY, name text);
INSERT INTO s30d_team VALUES (1, 'red'), (2, 'blue');
CREATE TABLE s30d_member (id int PRIMARY KEY, team_id int, age int);
INSERT INTO s30d_member VALUES (1, 1, 30), (2, 3, -1), (3, NULL, 40);
ALTER TABLE s30d_member ADD CONSTRAINT s30d_member_age_check CHECK (age >= 0);
ALTER TABLE s30d_member ADD CONSTRAINT s30d_member_age_check CHECK (age >= 0) NOT VALID;
INSERT INTO s30d_member VALUES (4, 1, -5);
INSERT INTO s30d_member VALUES (4, 1, 5);
ALTER TABLE s30d_member ADD CONSTRAINT s30d_member_team_fk FOREIGN KEY (team_id) REFERENCES s30d_team (id);
ALTER TABLE s30d_member ADD CONSTRAINT s30d_member_team_fk FOREIGN KEY (team_id) REFERENCES s30d_team (id) NOT VALID;
INSERT INTO s30d_member VALUES (5, 9, 1);
SELECT conname, contype, convalidated, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's30d_member'::regclass ORDER BY conname;
ALTER TABLE s30d_member VALIDATE CONSTRAINT s30d_member_age_check;
ALTER TABLE s30d_member VALIDATE CONSTRAINT s30d_member_team_fk;
UPDATE s30d_member SET age = 0 WHERE age < 0;
UPDATE s30d_member SET team_id = 2 WHERE team_id = 3;
ALTER TABLE s30d_member VALIDATE CONSTRAINT s30d_member_age_check;
ALTER TABLE s30d_member VALIDATE CONSTRAINT s30d_member_team_fk;
-- @must
ALTER TABLE s30d_member VALIDATE CONSTRAINT s30d_member_pkey;
SELECT conname, convalidated, pg_get_constraintdef(oid, true) FROM pg_constraint WHERE conrelid = 's30d_member'::regclass ORDER BY conname;
DELETE FROM s30d_team WHERE id = 2;

-- ADD CONSTRAINT … USING INDEX (made CONCURRENTLY first, as zero-downtime guides advise).
CREATE TABLE s30d_user (id int NOT NULL, email text, handle text);
INSERT INTO s30d_user VALUES (1, 'a@x', 'ann'), (2, 'b@x', 'bob');
CREATE UNIQUE INDEX CONCURRENTLY s30d_user_id_idx ON s30d_user (id);
-- @must
ALTER TABLE s30d_user ADD CONSTRAINT s30d_user_pkey PRIMARY KEY USING INDEX s30d_user_id_idx;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS s30d_user_email_idx ON s30d_user (email);
-- @must
ALTER TABLE s30d_user ADD CONSTRAINT s30d_user_email_key UNIQUE USING INDEX s30d_user_email_idx;
-- @must
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 's30d_user' ORDER BY indexname;
-- @must
SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's30d_user'::regclass ORDER BY conname;
INSERT INTO s30d_user VALUES (3, 'a@x', 'cy');
INSERT INTO s30d_user VALUES (1, 'c@x', 'cy');
CREATE INDEX s30d_user_handle_idx ON s30d_user (handle);
-- @must
ALTER TABLE s30d_user ADD CONSTRAINT s30d_user_handle_key UNIQUE USING INDEX s30d_user_handle_idx;
CREATE UNIQUE INDEX s30d_user_lower_idx ON s30d_user (lower(handle));
-- @must
ALTER TABLE s30d_user ADD CONSTRAINT s30d_user_lower_key UNIQUE USING INDEX s30d_user_lower_idx;
CREATE TABLE s30d_nullable (k int, v text);
INSERT INTO s30d_nullable VALUES (1, 'a'), (NULL, 'b');
CREATE UNIQUE INDEX s30d_nullable_k_idx ON s30d_nullable (k);
-- @must
ALTER TABLE s30d_nullable ADD CONSTRAINT s30d_nullable_pkey PRIMARY KEY USING INDEX s30d_nullable_k_idx;
DELETE FROM s30d_nullable WHERE k IS NULL;
-- @must
ALTER TABLE s30d_nullable ADD CONSTRAINT s30d_nullable_pkey PRIMARY KEY USING INDEX s30d_nullable_k_idx;
-- @must
SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 's30d_nullable' ORDER BY ordinal_position;
-- @must
INSERT INTO s30d_nullable VALUES (NULL, 'c');

-- ALTER CONSTRAINT … DEFERRABLE, then deferred checking in a transaction.
CREATE TABLE s30d_node (id int PRIMARY KEY, parent_id int CONSTRAINT s30d_node_parent_fk REFERENCES s30d_node (id), label text UNIQUE);
INSERT INTO s30d_node VALUES (1, NULL, 'root');
BEGIN;
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO s30d_node VALUES (3, 2, 'child');
ROLLBACK;
-- @must
ALTER TABLE s30d_node ALTER CONSTRAINT s30d_node_parent_fk DEFERRABLE INITIALLY DEFERRED;
-- @must
SELECT conname, condeferrable, condeferred, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's30d_node'::regclass ORDER BY conname;
BEGIN;
-- @must
INSERT INTO s30d_node VALUES (3, 2, 'child');
-- @must
INSERT INTO s30d_node VALUES (2, 1, 'mid');
-- @must
COMMIT;
BEGIN;
-- @must
INSERT INTO s30d_node VALUES (5, 4, 'orphan');
-- @must
COMMIT;
-- @must
ALTER TABLE s30d_node ALTER CONSTRAINT s30d_node_parent_fk DEFERRABLE INITIALLY IMMEDIATE;
BEGIN;
-- @must
SET CONSTRAINTS s30d_node_parent_fk DEFERRED;
-- @must
INSERT INTO s30d_node VALUES (5, 4, 'orphan');
-- @must
INSERT INTO s30d_node VALUES (4, 1, 'late');
-- @must
COMMIT;
-- @must
ALTER TABLE s30d_node ALTER CONSTRAINT s30d_node_label_key DEFERRABLE;
-- @must
ALTER TABLE s30d_node ALTER CONSTRAINT s30d_node_parent_fk NOT DEFERRABLE;
-- @must
SELECT id, parent_id, label FROM s30d_node ORDER BY id;

-- RENAME CONSTRAINT (TypeORM and Prisma rename keys to their naming schemes).
CREATE TABLE s30d_order (id int PRIMARY KEY, num text UNIQUE, qty int CHECK (qty > 0), node_id int REFERENCES s30d_node (id));
ALTER TABLE "s30d_order" RENAME CONSTRAINT "s30d_order_pkey" TO "PK_s30d_order";
ALTER TABLE s30d_order RENAME CONSTRAINT s30d_order_num_key TO "UQ_s30d_order_num";
ALTER TABLE s30d_order RENAME CONSTRAINT s30d_order_qty_check TO s30d_order_qty_positive;
ALTER TABLE s30d_order RENAME CONSTRAINT s30d_order_node_id_fkey TO "FK_s30d_order_node";
ALTER TABLE s30d_order RENAME CONSTRAINT s30d_order_qty_positive TO "UQ_s30d_order_num";
SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's30d_order'::regclass ORDER BY conname;
INSERT INTO s30d_order VALUES (1, 'n1', 0, NULL);
INSERT INTO s30d_order VALUES (1, 'n1', 1, 77);
INSERT INTO s30d_order VALUES (1, 'n1', 1, NULL);
INSERT INTO s30d_order VALUES (2, 'n1', 1, NULL);
ALTER TABLE s30d_order DROP CONSTRAINT "UQ_s30d_order_num";
INSERT INTO s30d_order VALUES (2, 'n1', 1, NULL);

-- ALTER INDEX forms.
CREATE INDEX s30d_order_qty_idx ON s30d_order (qty);
ALTER INDEX s30d_order_qty_idx RENAME TO s30d_order_quantity_idx;
ALTER INDEX s30d_order_qty_idx RENAME TO s30d_whatever_idx;
ALTER INDEX s30d_order_quantity_idx RENAME TO s30d_order;
-- @must
ALTER INDEX s30d_order_quantity_idx SET (fillfactor = 70);
SELECT pg_get_indexdef('s30d_order_quantity_idx'::regclass);
-- @must
ALTER INDEX s30d_order_quantity_idx RESET (fillfactor);
ALTER INDEX "PK_s30d_order" RENAME TO s30d_order_pk;
SELECT conname, conindid::regclass FROM pg_constraint WHERE conrelid = 's30d_order'::regclass AND contype = 'p';
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 's30d_order' ORDER BY indexname;

-- CREATE / DROP INDEX CONCURRENTLY and IF [NOT] EXISTS, as Flyway and Django send them.
CREATE INDEX CONCURRENTLY s30d_member_age_idx ON s30d_member (age);
CREATE INDEX IF NOT EXISTS s30d_member_age_idx ON s30d_member (team_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS s30d_member_age_idx ON s30d_member (age);
CREATE INDEX IF NOT EXISTS ON s30d_member (age);
CREATE INDEX CONCURRENTLY ON s30d_member (team_id, age DESC);
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 's30d_member' ORDER BY indexname;
BEGIN;
CREATE INDEX CONCURRENTLY s30d_member_tx_idx ON s30d_member (age);
ROLLBACK;
DROP INDEX CONCURRENTLY s30d_member_age_idx;
-- @must
DROP INDEX CONCURRENTLY s30d_member_team_id_age_idx, s30d_order_quantity_idx;
-- @must
DROP INDEX CONCURRENTLY s30d_member_team_id_age_idx CASCADE;
DROP INDEX s30d_member_pkey;
CREATE TABLE s30d_book (id int PRIMARY KEY, title varchar(100), isbn text);
CREATE INDEX "s30d_book_title_like" ON "s30d_book" ("title" varchar_pattern_ops);
CREATE INDEX "s30d_book_isbn_like" ON "s30d_book" ("isbn" text_pattern_ops);
SELECT pg_get_indexdef('s30d_book_title_like'::regclass), pg_get_indexdef('s30d_book_isbn_like'::regclass);
REINDEX TABLE s30d_book;
-- @must
REINDEX INDEX s30d_nope_idx;

-- COMMENT ON, read back as psql's \d+ and the ORMs' introspection do.
COMMENT ON TABLE s30d_book IS 'Books we sell';
COMMENT ON COLUMN s30d_book.title IS 'Title as printed';
COMMENT ON COLUMN "s30d_book"."isbn" IS 'ISBN-13';
COMMENT ON INDEX s30d_book_title_like IS 'for LIKE prefix search';
COMMENT ON CONSTRAINT s30d_book_pkey ON s30d_book IS 'the key';
SELECT obj_description('s30d_book'::regclass, 'pg_class'), col_description('s30d_book'::regclass, 2), col_description('s30d_book'::regclass, 3);
SELECT obj_description('s30d_book_title_like'::regclass, 'pg_class'), obj_description('s30d_tag_id_seq'::regclass, 'pg_class');
SELECT d.description FROM pg_description d JOIN pg_constraint c ON c.oid = d.objoid WHERE c.conname = 's30d_book_pkey';
SELECT a.attname, pg_catalog.col_description(a.attrelid, a.attnum) FROM pg_attribute a WHERE a.attrelid = 's30d_book'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
COMMENT ON COLUMN s30d_book.nope IS 'x';
COMMENT ON TABLE s30d_nope IS 'x';
COMMENT ON COLUMN s30d_book.isbn IS NULL;
COMMENT ON COLUMN s30d_book.title IS '';
SELECT col_description('s30d_book'::regclass, 2), col_description('s30d_book'::regclass, 3);
ALTER TABLE s30d_book RENAME TO s30d_volume;
ALTER TABLE s30d_volume RENAME COLUMN title TO name;
SELECT obj_description('s30d_volume'::regclass, 'pg_class');
BEGIN;
COMMENT ON TABLE s30d_volume IS 'temporary thought';
ROLLBACK;
SELECT obj_description('s30d_volume'::regclass, 'pg_class');

-- Several subcommands in one ALTER TABLE: all or nothing.
CREATE TABLE s30d_profile (id int PRIMARY KEY, bio text, age int, city text);
INSERT INTO s30d_profile VALUES (1, 'hi', NULL, 'Oslo'), (2, NULL, 20, 'Rome');
ALTER TABLE s30d_profile ADD COLUMN country text DEFAULT 'NO', DROP COLUMN city, ALTER COLUMN age SET NOT NULL;
SELECT column_name FROM information_schema.columns WHERE table_name = 's30d_profile' ORDER BY ordinal_position;
SELECT * FROM s30d_profile ORDER BY id;
ALTER TABLE s30d_profile ADD COLUMN score int, ADD CONSTRAINT s30d_profile_score_check CHECK (score >= 0), ALTER COLUMN bio SET DEFAULT '';
INSERT INTO s30d_profile (id, score) VALUES (3, -1);
INSERT INTO s30d_profile (id, score) VALUES (3, 4) RETURNING bio, score, city;
ALTER TABLE s30d_profile ADD COLUMN nick text, ADD COLUMN nick text;
ALTER TABLE s30d_profile ADD COLUMN nick text, ADD CONSTRAINT s30d_profile_nick_check CHECK (nick <> ''), ADD CONSTRAINT s30d_profile_bio_check CHECK (bio <> 'hi');
SELECT conname FROM pg_constraint WHERE conrelid = 's30d_profile'::regclass ORDER BY conname;
ALTER TABLE s30d_profile ADD COLUMN IF NOT EXISTS bio text, ADD COLUMN IF NOT EXISTS tz text DEFAULT 'UTC';
ALTER TABLE s30d_profile DROP COLUMN IF EXISTS fax, DROP COLUMN IF EXISTS tz;
ALTER TABLE s30d_profile RENAME COLUMN bio TO about, ADD COLUMN x int;
ALTER TABLE s30d_profile ALTER COLUMN age TYPE bigint, ALTER COLUMN age SET DEFAULT 18, ADD CONSTRAINT s30d_profile_age_check CHECK (age < 200);
INSERT INTO s30d_profile (id) VALUES (4) RETURNING age;
ALTER TABLE s30d_profile ADD COLUMN u text, ADD CONSTRAINT s30d_profile_u_key UNIQUE (u), ADD CONSTRAINT s30d_profile_u_key UNIQUE (age);
SELECT column_name, data_type, column_default, is_nullable FROM information_schema.columns WHERE table_name = 's30d_profile' ORDER BY ordinal_position;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's30d_profile'::regclass ORDER BY conname;

-- DDL inside transactions, rolled back or partly kept by a savepoint.
BEGIN;
CREATE TABLE s30d_tmp (id int PRIMARY KEY, v text);
INSERT INTO s30d_tmp VALUES (1, 'a');
ALTER TABLE s30d_tmp ADD COLUMN w int DEFAULT 7;
CREATE INDEX s30d_tmp_v_idx ON s30d_tmp (v);
ALTER TABLE s30d_profile ADD COLUMN in_tx int;
ALTER TABLE s30d_profile RENAME COLUMN bio TO summary;
ALTER TABLE s30d_member RENAME CONSTRAINT s30d_member_age_check TO s30d_member_age_nonneg;
ALTER SEQUENCE s30d_tag_id_seq RESTART WITH 1000;
COMMENT ON TABLE s30d_profile IS 'in tx';
-- @must
ROLLBACK;
-- @must
SELECT count(*) FROM pg_class WHERE relname IN ('s30d_tmp', 's30d_tmp_v_idx');
-- @must
SELECT column_name FROM information_schema.columns WHERE table_name = 's30d_profile' ORDER BY ordinal_position;
-- @must
SELECT conname FROM pg_constraint WHERE conrelid = 's30d_member'::regclass AND contype = 'c';
BEGIN;
ALTER TABLE s30d_profile ADD COLUMN kept int DEFAULT 1;
SAVEPOINT s1;
-- @must
ALTER TABLE s30d_profile ALTER COLUMN bio SET NOT NULL;
ROLLBACK TO SAVEPOINT s1;
ALTER TABLE s30d_profile ALTER COLUMN kept SET NOT NULL;
SAVEPOINT s2;
ALTER TABLE s30d_profile DROP COLUMN kept;
ROLLBACK TO s2;
COMMIT;
SELECT id, kept FROM s30d_profile ORDER BY id;
-- @must
SELECT column_name, is_nullable, column_default FROM information_schema.columns WHERE table_name = 's30d_profile' AND column_name IN ('bio', 'kept') ORDER BY column_name;
BEGIN;
ALTER TABLE s30d_profile ADD COLUMN doomed int;
ALTER TABLE s30d_profile ALTER COLUMN nope SET NOT NULL;
SELECT 1;
COMMIT;
SELECT count(*) FROM information_schema.columns WHERE table_name = 's30d_profile' AND column_name = 'doomed';
BEGIN;
ALTER TABLE s30d_person ALTER COLUMN mood TYPE text;
UPDATE s30d_person SET mood = 'brand new' WHERE id = 1;
SELECT mood FROM s30d_person WHERE id = 1;
ROLLBACK;
SELECT mood FROM s30d_person WHERE id = 1;
BEGIN;
-- @must
ALTER TABLE s30d_user DROP CONSTRAINT s30d_user_pkey;
-- @must
ALTER TABLE s30d_user ADD PRIMARY KEY (email);
ROLLBACK;
-- @must
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's30d_user'::regclass AND contype = 'p';

-- The catalog afterwards, through psql's \d queries and the extended protocol ORMs use.
-- params: []
SELECT c.oid IS NOT NULL, n.nspname, c.relname FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname OPERATOR(pg_catalog.~) '^(s30d_profile)$' COLLATE pg_catalog.default AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 2, 3;
-- params: []
-- @must
SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) FROM pg_catalog.pg_attrdef d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef), a.attnotnull, a.attidentity, a.attgenerated FROM pg_catalog.pg_attribute a WHERE a.attrelid = 's30d_profile'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- @must
SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, i.indisreplident FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x')) WHERE c.oid = 's30d_user'::regclass AND c.oid = i.indrelid AND i.indexrelid = c2.oid ORDER BY i.indisprimary DESC, c2.relname;
SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r WHERE r.conrelid = 's30d_profile'::regclass AND r.contype = 'c' ORDER BY 1;
SELECT conname, conrelid::pg_catalog.regclass AS ontable, pg_catalog.pg_get_constraintdef(oid, true) AS condef FROM pg_catalog.pg_constraint r WHERE r.conrelid = 's30d_member'::regclass AND r.contype = 'f' AND conparentid = 0 ORDER BY conname;
-- params: ["s30d_item"]
SELECT column_name, data_type, udt_name, column_default, is_nullable, ordinal_position FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position;
-- params: ["s30d_member"]
SELECT tc.constraint_name, tc.constraint_type, kcu.column_name, ccu.table_name AS foreign_table, ccu.column_name AS foreign_column FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema LEFT JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND tc.constraint_type = 'FOREIGN KEY' WHERE tc.table_name = $1 ORDER BY tc.constraint_name, kcu.column_name;
SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typname IN ('s30d_mood', 's30d_size') ORDER BY t.typname, e.enumsortorder;
SELECT check_clause FROM information_schema.check_constraints WHERE constraint_name LIKE 's30d_profile%' ORDER BY constraint_name;
-- @must
SELECT table_name, column_name, is_identity, identity_generation FROM information_schema.columns WHERE table_name IN ('s30d_widget', 's30d_gadget') ORDER BY table_name, ordinal_position;

-- What is left behind.
DROP TABLE s30d_profile, s30d_order, s30d_node, s30d_nullable, s30d_user, s30d_member, s30d_team, s30d_event, s30d_item, s30d_gadget, s30d_widget, s30d_account, s30d_tag, s30d_invoice, s30d_shirt, s30d_person, s30d_volume;
DROP TYPE s30d_mood, s30d_size;
DROP SCHEMA s30d_billing;
DROP SEQUENCE s30d_seq3;
-- @must
SELECT count(*) FROM pg_class WHERE relname LIKE 's30d%';
