-- The twenty-eighth session's sweep of schema changes where PostgreSQL tracks dependencies, as
-- migration tools and DBAs run them: DROP of tables, columns, views, functions, types, sequences and
-- schemas that something else uses (2BP01, and with CASCADE exactly what PostgreSQL drops), DROP …
-- IF EXISTS of missing objects, CREATE OR REPLACE VIEW/FUNCTION changing their shape, ALTER COLUMN
-- TYPE of a column a view reads, and RENAME of what views, foreign keys, indexes and triggers name.
-- Views over views.
-- @must
CREATE TABLE d28_item (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2), qty int DEFAULT 0);
-- @must
INSERT INTO d28_item VALUES (1, 'apple', 1.50, 10), (2, 'pear', 2.00, 0), (3, 'fig', NULL, 5);
-- @must
CREATE VIEW d28_v1 AS SELECT id, name, price FROM d28_item WHERE qty > 0;
-- @must
CREATE VIEW d28_v2 AS SELECT id, upper(name) AS uname FROM d28_v1;
-- @must
CREATE VIEW d28_v3 AS SELECT count(*) AS n FROM d28_v2;
-- @must
SELECT * FROM d28_v3;
-- @must
DROP TABLE d28_item;
-- @must
DROP VIEW d28_v1;
-- @must
DROP VIEW d28_v1, d28_v2;
-- @must
-- params: []
SELECT table_name FROM information_schema.views WHERE table_name LIKE 'd28\_v%' ORDER BY table_name;
-- @must
DROP VIEW d28_v2 CASCADE;
-- @must
SELECT table_name FROM information_schema.views WHERE table_name LIKE 'd28\_v%' ORDER BY table_name;
-- @must
-- params: []
SELECT * FROM d28_v1 ORDER BY id;
-- @must
DROP VIEW d28_v1;
-- @must
CREATE VIEW d28_v1 AS SELECT id, name, price FROM d28_item WHERE qty > 0;
-- @must
CREATE VIEW d28_v2 AS SELECT v.id, v.name, i.qty FROM d28_v1 v JOIN d28_item i USING (id);
-- @must
DROP TABLE d28_item CASCADE;
-- @must
SELECT count(*) FROM information_schema.views WHERE table_name IN ('d28_v1', 'd28_v2');
-- @must
-- params: []
SELECT count(*) FROM information_schema.tables WHERE table_name = 'd28_item';
-- Columns that views, indexes and constraints use.
-- @must
CREATE TABLE d28_item (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2), qty int DEFAULT 0, note text);
-- @must
INSERT INTO d28_item VALUES (1, 'apple', 1.50, 10, 'x'), (2, 'pear', 2.00, 0, NULL), (3, 'fig', NULL, 5, 'y');
-- @must
CREATE VIEW d28_cheap AS SELECT id, name FROM d28_item WHERE price < 2;
-- @must
ALTER TABLE d28_item DROP COLUMN price;
-- @must
ALTER TABLE d28_item DROP COLUMN name;
-- @must
SELECT column_name FROM information_schema.columns WHERE table_name = 'd28_item' ORDER BY ordinal_position;
-- @must
ALTER TABLE d28_item ALTER COLUMN price TYPE numeric(12,2);
-- @must
ALTER TABLE d28_item ALTER COLUMN price SET DEFAULT 1;
-- @must
ALTER TABLE d28_item RENAME COLUMN price TO unit_price;
-- @must
-- params: []
SELECT pg_get_viewdef('d28_cheap'::regclass, true);
-- @must
SELECT * FROM d28_cheap ORDER BY id;
-- @must
ALTER TABLE d28_item DROP COLUMN unit_price CASCADE;
-- @must
-- params: []
SELECT count(*) FROM information_schema.views WHERE table_name = 'd28_cheap';
-- @must
CREATE INDEX d28_item_lname ON d28_item (lower(name));
-- @must
ALTER TABLE d28_item DROP COLUMN qty;
-- @must
SELECT indexname FROM pg_indexes WHERE tablename = 'd28_item' ORDER BY indexname;
-- @must
ALTER TABLE d28_item RENAME COLUMN name TO title;
-- @must
-- params: []
SELECT indexdef FROM pg_indexes WHERE tablename = 'd28_item' ORDER BY indexname;
-- @must
ALTER TABLE d28_item ADD CONSTRAINT d28_title_len CHECK (length(title) > 1);
-- @must
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'd28_title_len';
-- @must
ALTER TABLE d28_item DROP COLUMN title;
-- @must
-- params: []
SELECT conname FROM pg_constraint WHERE conrelid = 'd28_item'::regclass ORDER BY conname;
-- @must
SELECT indexname FROM pg_indexes WHERE tablename = 'd28_item' ORDER BY indexname;
ALTER TABLE d28_item DROP COLUMN id;
-- params: []
SELECT count(*) FROM pg_indexes WHERE tablename = 'd28_item';
-- @must
DROP TABLE d28_item;
-- Foreign keys.
-- @must
CREATE TABLE d28_cust (id int PRIMARY KEY, email text UNIQUE);
-- @must
CREATE TABLE d28_ord (id int PRIMARY KEY, cust_id int REFERENCES d28_cust (id), email text REFERENCES d28_cust (email));
-- @must
INSERT INTO d28_cust VALUES (1, 'a@x'), (2, 'b@x');
-- @must
INSERT INTO d28_ord VALUES (10, 1, 'a@x'), (11, 2, NULL);
-- @must
DROP TABLE d28_cust;
-- @must
ALTER TABLE d28_cust DROP COLUMN id;
-- @must
ALTER TABLE d28_cust DROP CONSTRAINT d28_cust_email_key;
-- @must
ALTER TABLE d28_cust RENAME TO d28_customer;
-- @must
ALTER TABLE d28_customer RENAME COLUMN id TO cid;
-- @must
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'd28_ord'::regclass ORDER BY conname;
-- @must
INSERT INTO d28_ord VALUES (12, 3, NULL);
-- @must
ALTER TABLE d28_ord RENAME COLUMN cust_id TO customer_id;
-- @must
-- params: []
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'd28_ord_cust_id_fkey';
-- @must
ALTER TABLE d28_customer DROP CONSTRAINT d28_cust_email_key CASCADE;
-- @must
SELECT conname FROM pg_constraint WHERE conrelid = 'd28_ord'::regclass ORDER BY conname;
-- @must
DROP TABLE d28_customer CASCADE;
-- @must
-- params: []
SELECT conname FROM pg_constraint WHERE conrelid = 'd28_ord'::regclass ORDER BY conname;
-- @must
SELECT id, customer_id, email FROM d28_ord ORDER BY id;
-- @must
DROP TABLE d28_ord;
-- Sequences: a DEFAULT nextval, serial columns, OWNED BY.
-- @must
CREATE SEQUENCE d28_seq START 100;
-- @must
CREATE TABLE d28_tick (id bigint DEFAULT nextval('d28_seq'), s serial, label text);
-- @must
INSERT INTO d28_tick (label) VALUES ('a');
-- @must
DROP SEQUENCE d28_seq;
-- @must
DROP SEQUENCE d28_seq CASCADE;
-- @must
-- params: []
SELECT column_name, column_default FROM information_schema.columns WHERE table_name = 'd28_tick' ORDER BY ordinal_position;
-- @must
INSERT INTO d28_tick (label) VALUES ('b');
-- @must
SELECT id, s, label FROM d28_tick ORDER BY s;
-- @must
-- params: []
SELECT count(*) FROM pg_class WHERE relname = 'd28_seq';
ALTER TABLE d28_tick ALTER COLUMN s DROP DEFAULT;
DROP SEQUENCE d28_tick_s_seq;
SELECT count(*) FROM pg_class WHERE relname = 'd28_tick_s_seq';
-- @must
CREATE SEQUENCE d28_own;
-- @must
ALTER SEQUENCE d28_own OWNED BY d28_tick.id;
-- @must
ALTER TABLE d28_tick DROP COLUMN id;
-- @must
-- params: []
SELECT count(*) FROM pg_class WHERE relname = 'd28_own';
-- @must
DROP TABLE d28_tick;
-- Enums and domains as column types.
-- @must
CREATE TYPE d28_mood AS ENUM ('sad', 'ok', 'happy');
-- @must
CREATE DOMAIN d28_posint AS int CHECK (VALUE > 0);
-- @must
CREATE TABLE d28_person (id int PRIMARY KEY, mood d28_mood DEFAULT 'ok', age d28_posint, nick text);
-- @must
INSERT INTO d28_person VALUES (1, 'happy', 30, 'a'), (2, NULL, NULL, 'b');
-- @must
DROP TYPE d28_mood;
-- @must
DROP DOMAIN d28_posint;
-- @must
DROP TYPE d28_posint;
-- @must
CREATE VIEW d28_moods AS SELECT id, mood FROM d28_person;
DROP TYPE d28_mood CASCADE;
SELECT column_name FROM information_schema.columns WHERE table_name = 'd28_person' ORDER BY ordinal_position;
-- params: []
SELECT count(*) FROM information_schema.views WHERE table_name = 'd28_moods';
-- @must
DROP DOMAIN d28_posint CASCADE;
DROP TABLE d28_person;
-- Functions used by indexes, triggers, CHECK and DEFAULT.
-- @must
CREATE TABLE d28_doc (id int PRIMARY KEY, body text, n int, stamp text);
-- @must
CREATE FUNCTION d28_norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(t)) $$;
-- @must
CREATE INDEX d28_doc_norm ON d28_doc (d28_norm(body));
-- @must
DROP FUNCTION d28_norm(text);
-- @must
DROP FUNCTION d28_norm(text) CASCADE;
-- @must
SELECT indexname FROM pg_indexes WHERE tablename = 'd28_doc' ORDER BY indexname;
-- @must
CREATE FUNCTION d28_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.stamp := 'touched'; RETURN NEW; END $$;
-- @must
CREATE TRIGGER d28_doc_touch BEFORE INSERT OR UPDATE ON d28_doc FOR EACH ROW EXECUTE FUNCTION d28_touch();
-- @must
INSERT INTO d28_doc (id, body) VALUES (1, ' Hello ');
-- @must
DROP FUNCTION d28_touch();
-- @must
-- params: []
SELECT tgname FROM pg_trigger WHERE tgrelid = 'd28_doc'::regclass AND NOT tgisinternal ORDER BY tgname;
-- @must
ALTER TABLE d28_doc RENAME TO d28_docs;
-- @must
SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'd28_doc_touch';
-- @must
ALTER TABLE d28_docs DROP COLUMN stamp;
-- @must
DROP FUNCTION d28_touch() CASCADE;
-- @must
-- params: []
SELECT count(*) FROM pg_trigger WHERE tgname = 'd28_doc_touch';
-- @must
INSERT INTO d28_docs (id, body) VALUES (2, 'x');
-- @must
CREATE FUNCTION d28_pos(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > 0 $$;
-- @must
ALTER TABLE d28_docs ADD CONSTRAINT d28_n_pos CHECK (d28_pos(n));
-- @must
DROP FUNCTION d28_pos(int);
CREATE OR REPLACE FUNCTION d28_pos(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > -10 $$;
-- @must
DROP FUNCTION d28_pos(int) CASCADE;
-- @must
SELECT conname FROM pg_constraint WHERE conrelid = 'd28_docs'::regclass ORDER BY conname;
-- @must
INSERT INTO d28_docs (id, n) VALUES (5, -100);
-- @must
CREATE FUNCTION d28_dflt() RETURNS int LANGUAGE sql AS $$ SELECT 7 $$;
-- @must
ALTER TABLE d28_docs ALTER COLUMN n SET DEFAULT d28_dflt();
-- @must
DROP FUNCTION d28_dflt();
CREATE OR REPLACE FUNCTION d28_dflt() RETURNS int LANGUAGE sql AS $$ SELECT 8 $$;
-- @must
DROP FUNCTION d28_dflt() CASCADE;
-- @must
-- params: []
SELECT column_default FROM information_schema.columns WHERE table_name = 'd28_docs' AND column_name = 'n';
-- @must
INSERT INTO d28_docs (id) VALUES (7);
-- @must
SELECT id, n FROM d28_docs ORDER BY id;
-- @must
DROP TABLE d28_docs;
-- Functions calling functions and views calling functions.
-- @must
CREATE FUNCTION d28_twice(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
-- @must
CREATE VIEW d28_fv AS SELECT d28_twice(g) AS t FROM generate_series(1, 3) g;
-- @must
DROP FUNCTION d28_twice(int);
-- @must
-- params: []
SELECT * FROM d28_fv ORDER BY t;
-- @must
DROP FUNCTION d28_twice(int) CASCADE;
-- @must
SELECT count(*) FROM information_schema.views WHERE table_name = 'd28_fv';
-- CREATE OR REPLACE VIEW changing its columns.
-- @must
CREATE TABLE d28_acct (id int PRIMARY KEY, owner text, bal numeric, opened date);
-- @must
INSERT INTO d28_acct VALUES (1, 'ann', 10, '2026-01-01'), (2, 'bob', 0, NULL);
-- @must
CREATE VIEW d28_av AS SELECT id, owner FROM d28_acct;
-- @must
CREATE OR REPLACE VIEW d28_av AS SELECT id, owner, bal FROM d28_acct;
-- @must
-- params: []
SELECT * FROM d28_av ORDER BY id;
-- @must
CREATE OR REPLACE VIEW d28_av AS SELECT id, bal FROM d28_acct;
-- @must
CREATE OR REPLACE VIEW d28_av AS SELECT id::bigint AS id, owner, bal FROM d28_acct;
-- @must
CREATE OR REPLACE VIEW d28_av AS SELECT id, owner, bal, opened FROM d28_acct WHERE bal > 0;
-- @must
SELECT * FROM d28_av ORDER BY id;
-- @must
CREATE VIEW d28_av2 AS SELECT id, bal FROM d28_av;
-- @must
CREATE OR REPLACE VIEW d28_av AS SELECT id, owner, bal, opened, 1 AS extra FROM d28_acct;
-- @must
-- params: []
SELECT * FROM d28_av2 ORDER BY id;
-- @must
ALTER TABLE d28_acct ALTER COLUMN bal TYPE numeric(10,2);
ALTER VIEW d28_av RENAME COLUMN extra TO one;
SELECT column_name FROM information_schema.columns WHERE table_name = 'd28_av' ORDER BY ordinal_position;
ALTER VIEW d28_av RENAME TO d28_accounts_view;
-- params: []
SELECT pg_get_viewdef('d28_av2'::regclass, true);
-- @must
ALTER TABLE d28_acct RENAME TO d28_account;
SELECT pg_get_viewdef('d28_accounts_view'::regclass, true);
-- params: []
SELECT table_name, view_definition FROM information_schema.views WHERE table_name IN ('d28_accounts_view', 'd28_av2') ORDER BY table_name;
-- @must
-- params: []
DROP TABLE d28_account;
-- @must
-- params: ["d28_av2"]
SELECT count(*) FROM information_schema.views WHERE table_name = $1;
-- @must
-- params: []
DROP TABLE d28_account CASCADE;
-- @must
-- params: ["d28_account", "d28_accounts_view", "d28_av2"]
SELECT count(*) FROM information_schema.tables WHERE table_name IN ($1, $2, $3);
-- CREATE OR REPLACE FUNCTION changing its shape.
-- @must
CREATE FUNCTION d28_f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a + 1 $$;
-- @must
CREATE OR REPLACE FUNCTION d28_f(a int) RETURNS bigint LANGUAGE sql AS $$ SELECT a + 1 $$;
-- @must
CREATE OR REPLACE FUNCTION d28_f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a + 2 $$;
-- @must
SELECT d28_f(1);
-- @must
CREATE OR REPLACE FUNCTION d28_f(a int, OUT r int, OUT s int) LANGUAGE sql AS $$ SELECT a, a $$;
-- @must
CREATE OR REPLACE FUNCTION d28_f(a int) RETURNS int LANGUAGE sql AS $$ SELECT a + 5 $$;
-- @must
CREATE FUNCTION d28_t(a int) RETURNS TABLE (x int, y text) LANGUAGE sql AS $$ SELECT a, 'y' $$;
-- @must
CREATE OR REPLACE FUNCTION d28_t(a int) RETURNS TABLE (x int, z text) LANGUAGE sql AS $$ SELECT a, 'z' $$;
-- @must
CREATE OR REPLACE FUNCTION d28_t(a int) RETURNS TABLE (x int, y varchar) LANGUAGE sql AS $$ SELECT a, 'v'::varchar $$;
-- @must
CREATE OR REPLACE FUNCTION d28_t(a int) RETURNS TABLE (x int, y text) LANGUAGE sql AS $$ SELECT a + 1, 'w' $$;
-- @must
-- params: []
SELECT * FROM d28_t(1);
-- @must
CREATE TABLE d28_pt (id int);
-- @must
CREATE OR REPLACE PROCEDURE d28_f(a int) LANGUAGE sql AS $$ DELETE FROM d28_pt WHERE id = a $$;
-- @must
CREATE PROCEDURE d28_p(a int) LANGUAGE sql AS $$ DELETE FROM d28_pt WHERE id = a $$;
-- @must
CREATE OR REPLACE FUNCTION d28_p(a int) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
-- @must
DROP FUNCTION d28_p(int);
-- @must
DROP PROCEDURE d28_f(int);
-- @must
DROP PROCEDURE d28_p(int);
-- @must
DROP TABLE d28_pt;
-- @must
DROP FUNCTION d28_f(bigint);
-- @must
DROP FUNCTION d28_f(int), d28_t(int);
-- @must
SELECT count(*) FROM pg_proc WHERE proname IN ('d28_f', 'd28_t', 'd28_p');
-- DROP … IF EXISTS of missing objects.
-- @must
DROP TABLE IF EXISTS d28_nope;
-- @must
DROP VIEW IF EXISTS d28_nope;
-- @must
DROP SEQUENCE IF EXISTS d28_nope;
-- @must
DROP TYPE IF EXISTS d28_nope;
-- @must
DROP FUNCTION IF EXISTS d28_nope(int);
-- @must
DROP SCHEMA IF EXISTS d28_nope;
-- @must
DROP TRIGGER IF EXISTS d28_nope ON d28_nope;
-- @must
DROP TABLE d28_nope;
-- @must
DROP VIEW d28_nope;
-- @must
DROP FUNCTION d28_nope(int);
-- Dropping the wrong kind of object.
-- @must
CREATE TABLE d28_k (id int PRIMARY KEY, v text);
-- @must
CREATE VIEW d28_kv AS SELECT id FROM d28_k;
-- @must
CREATE SEQUENCE d28_ks;
-- @must
DROP VIEW d28_k;
-- @must
DROP TABLE d28_kv;
-- @must
DROP SEQUENCE d28_k;
-- @must
DROP INDEX d28_k;
-- @must
DROP VIEW IF EXISTS d28_k;
-- @must
DROP TABLE IF EXISTS d28_kv;
-- @must
DROP TYPE d28_k;
-- Triggers and indexes follow renames.
-- @must
CREATE FUNCTION d28_kt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v := coalesce(NEW.v, 'none'); RETURN NEW; END $$;
-- @must
CREATE TRIGGER d28_k_fill BEFORE INSERT ON d28_k FOR EACH ROW WHEN (NEW.id > 0) EXECUTE FUNCTION d28_kt();
-- @must
CREATE INDEX d28_k_v ON d28_k (v) WHERE id > 10;
-- @must
CREATE UNIQUE INDEX d28_k_lv ON d28_k (lower(v));
-- @must
ALTER TABLE d28_k RENAME COLUMN v TO val;
-- @must
ALTER TABLE d28_k RENAME COLUMN id TO kid;
-- @must
-- params: []
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'd28_k' ORDER BY indexname;
-- @must
SELECT pg_get_triggerdef(oid, true) FROM pg_trigger WHERE tgname = 'd28_k_fill';
-- @must
-- params: []
SELECT pg_get_viewdef('d28_kv'::regclass, true);
-- @must
ALTER INDEX d28_k_v RENAME TO d28_k_val;
-- @must
ALTER TRIGGER d28_k_fill ON d28_k RENAME TO d28_k_default;
-- @must
ALTER TABLE d28_k RENAME TO d28_kk;
-- @must
SELECT tablename, indexname FROM pg_indexes WHERE tablename IN ('d28_k', 'd28_kk') ORDER BY indexname;
-- @must
-- params: []
SELECT tgname FROM pg_trigger WHERE tgrelid = 'd28_kk'::regclass AND NOT tgisinternal;
-- @must
INSERT INTO d28_kk (kid) VALUES (1);
-- @must
SELECT kid, val FROM d28_kk ORDER BY kid;
-- @must
-- params: []
SELECT * FROM d28_kv ORDER BY kid;
-- @must
DROP INDEX d28_k_val;
-- @must
ALTER TABLE d28_kk DROP CONSTRAINT d28_k_pkey;
-- @must
DROP TRIGGER d28_k_fill ON d28_kk;
-- @must
DROP TRIGGER d28_k_default ON d28_kk;
-- @must
DROP FUNCTION d28_kt();
-- @must
DROP VIEW d28_kv;
-- @must
DROP TABLE d28_kk;
-- @must
DROP SEQUENCE d28_ks;
-- Schemas.
-- @must
CREATE SCHEMA d28s;
-- @must
CREATE TABLE d28s.t (id int PRIMARY KEY, v text);
-- @must
CREATE VIEW d28_sv AS SELECT id FROM d28s.t;
-- @must
CREATE FUNCTION d28s.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
-- @must
DROP SCHEMA d28s;
-- @must
DROP TABLE d28s.t;
-- @must
DROP SCHEMA d28s CASCADE;
-- @must
SELECT count(*) FROM information_schema.views WHERE table_name = 'd28_sv';
-- @must
-- params: []
SELECT count(*) FROM pg_namespace WHERE nspname = 'd28s';
-- Materialized views over tables and views.
-- @must
CREATE TABLE d28_m (id int, g text);
-- @must
INSERT INTO d28_m VALUES (1, 'a'), (2, 'a'), (3, 'b');
-- @must
CREATE MATERIALIZED VIEW d28_mv AS SELECT g, count(*) AS n FROM d28_m GROUP BY g;
-- @must
DROP TABLE d28_m;
-- @must
DROP VIEW d28_mv;
-- @must
ALTER TABLE d28_m ALTER COLUMN g TYPE varchar(5);
-- @must
ALTER TABLE d28_m RENAME COLUMN g TO grp;
-- @must
SELECT pg_get_viewdef('d28_mv'::regclass, true);
-- @must
REFRESH MATERIALIZED VIEW d28_mv;
-- @must
-- params: []
SELECT g, n FROM d28_mv ORDER BY g;
-- @must
ALTER TABLE d28_m DROP COLUMN grp;
-- @must
DROP TABLE d28_m CASCADE;
-- @must
SELECT count(*) FROM pg_matviews WHERE matviewname = 'd28_mv';
-- What evsql refused to drop above goes now (nothing is left in PostgreSQL).
-- @must
DROP VIEW IF EXISTS d28_moods;
-- @must
DROP TABLE IF EXISTS d28_person;
-- @must
DROP TYPE IF EXISTS d28_mood;
