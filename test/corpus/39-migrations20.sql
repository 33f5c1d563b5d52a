-- Sweep 20: a schema walked through twenty-odd migrations the way Rails, Django, Alembic, Prisma,
-- TypeORM, Knex, Flyway, Liquibase and golang-migrate run them (bookkeeping tables, locks, DDL in
-- transactions), each followed by the catalog queries those tools send to read back what they made,
-- and wrong migrations whose errors must leave nothing half-applied. Everything lives in schema
-- mig20 (and mig20_arch), and every catalog query is filtered to them, so earlier files cannot show.
RESET ALL;
RESET ROLE;
SET TimeZone = 'UTC';
CREATE SCHEMA mig20;
CREATE SCHEMA IF NOT EXISTS mig20;
CREATE SCHEMA mig20;
SET search_path = mig20;
SHOW search_path;
SELECT current_schema();
SELECT current_schemas(false);
SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = 'mig20');

-- golang-migrate: its table, its lock, its version row
SELECT pg_advisory_lock(20202020);
CREATE TABLE IF NOT EXISTS "schema_migrations" (version bigint not null primary key, dirty boolean not null);
CREATE TABLE IF NOT EXISTS "schema_migrations" (version bigint not null primary key, dirty boolean not null);
SELECT COUNT(1) FROM information_schema.tables WHERE table_schema = 'mig20' AND table_name = 'schema_migrations' LIMIT 1;
SELECT version, dirty FROM "schema_migrations" LIMIT 1;
BEGIN;
TRUNCATE "schema_migrations";
INSERT INTO "schema_migrations" (version, dirty) VALUES (1, true);
COMMIT;

-- Knex: migrations and its lock row, taken FOR UPDATE inside the migration transaction
create table if not exists "knex_migrations" ("id" serial primary key, "name" varchar(255), "batch" integer, "migration_time" timestamptz);
create table if not exists "knex_migrations_lock" ("index" serial primary key, "is_locked" integer);
select * from "knex_migrations_lock";
insert into "knex_migrations_lock" ("is_locked") values (0);
select table_name, column_name, data_type, column_default, is_nullable from information_schema.columns where table_schema = current_schema() and table_name like 'knex%' order by table_name, ordinal_position;
begin;
select * from "knex_migrations_lock" where "index" = 1 for update;
update "knex_migrations_lock" set "is_locked" = 1 where "is_locked" = 0;
select "name" from "knex_migrations" order by "id" asc;
commit;
select max("batch") as "max_batch" from "knex_migrations";

-- Flyway: its history table made in three statements, read in installed_rank order
SELECT pg_try_advisory_lock(77431708279161);
CREATE TABLE "mig20"."flyway_schema_history" ("installed_rank" INT NOT NULL, "version" VARCHAR(50), "description" VARCHAR(200) NOT NULL, "type" VARCHAR(20) NOT NULL, "script" VARCHAR(1000) NOT NULL, "checksum" INTEGER, "installed_by" VARCHAR(100) NOT NULL, "installed_on" TIMESTAMP NOT NULL DEFAULT now(), "execution_time" INTEGER NOT NULL, "success" BOOLEAN NOT NULL);
ALTER TABLE "mig20"."flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
CREATE INDEX "flyway_schema_history_s_idx" ON "mig20"."flyway_schema_history" ("success");
SELECT t.table_name FROM information_schema.tables t WHERE table_schema = 'mig20' AND table_type = 'BASE TABLE' ORDER BY 1;
INSERT INTO "mig20"."flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success") VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"mig20"', NULL, 'postgres', 0, true);
SELECT "installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success" FROM "mig20"."flyway_schema_history" WHERE "installed_rank" > -1 ORDER BY "installed_rank";
SELECT pg_advisory_unlock(77431708279161);

-- Liquibase: its lock table, taken with a conditional UPDATE
CREATE TABLE mig20.databasechangeloglock (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (ID));
DELETE FROM mig20.databasechangeloglock;
INSERT INTO mig20.databasechangeloglock (ID, LOCKED) VALUES (1, FALSE);
SELECT LOCKED FROM mig20.databasechangeloglock WHERE ID=1;
UPDATE mig20.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = 'host (10.0.0.1)', LOCKGRANTED = '2024-05-01 10:00:00' WHERE ID = 1 AND LOCKED = FALSE;
UPDATE mig20.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = 'other', LOCKGRANTED = '2024-05-01 10:00:01' WHERE ID = 1 AND LOCKED = FALSE;
SELECT ID, LOCKED, LOCKGRANTED, LOCKEDBY FROM mig20.databasechangeloglock ORDER BY ID;
CREATE TABLE mig20.databasechangelog (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10));
SELECT MAX(ORDEREXECUTED) FROM mig20.databasechangelog;

-- Alembic and Django bookkeeping
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
CREATE TABLE "django_migrations" ("id" bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" timestamp with time zone NOT NULL);
SELECT c.relname, CASE WHEN c.relispartition THEN 'p' WHEN c.relkind IN ('m', 'v') THEN 'v' ELSE 't' END, obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('f', 'm', 'p', 'r', 'v') AND n.nspname NOT IN ('pg_catalog', 'pg_toast') AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 1;
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'mig20' AND c.relkind = 'S' ORDER BY 1;

-- migration 1: accounts and their plan enum
BEGIN;
CREATE TYPE plan_kind AS ENUM ('free', 'pro', 'enterprise');
CREATE TABLE accounts (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug varchar(40) NOT NULL,
  name text NOT NULL,
  plan plan_kind NOT NULL DEFAULT 'free',
  seats smallint NOT NULL DEFAULT 1 CHECK (seats > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT accounts_slug_key UNIQUE (slug),
  CONSTRAINT accounts_slug_format CHECK (slug ~ '^[a-z][a-z0-9_-]*$')
);
INSERT INTO alembic_version (version_num) VALUES ('a1b2c3d4e5f6');
COMMIT;
SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid), a.attnotnull, a.attidentity, a.attgenerated FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE a.attrelid = '"accounts"'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
SELECT column_name, ordinal_position, column_default, is_nullable, data_type, character_maximum_length, numeric_precision, numeric_scale, udt_name, is_identity, identity_generation, identity_start, identity_increment FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'accounts' ORDER BY ordinal_position;
SELECT conname, contype, pg_get_constraintdef(oid), pg_get_constraintdef(oid, true), convalidated FROM pg_constraint WHERE conrelid = 'accounts'::regclass ORDER BY conname;
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'mig20' AND tablename = 'accounts' ORDER BY indexname;
SELECT type.typname AS name, n.nspname AS schema, string_agg(enum.enumlabel, ',' ORDER BY enum.enumsortorder) AS value FROM pg_enum AS enum JOIN pg_type AS type ON (type.oid = enum.enumtypid) JOIN pg_namespace n ON type.typnamespace = n.oid WHERE n.nspname = ANY (current_schemas(false)) GROUP BY type.oid, n.nspname, type.typname ORDER BY 1;
SELECT pg_get_serial_sequence('accounts', 'id');
SELECT sequence_name, data_type, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_schema = 'mig20' ORDER BY 1;
INSERT INTO accounts (slug, name) VALUES ('acme', 'Acme'), ('globex', 'Globex'), ('initech', 'Initech') RETURNING id, slug, plan, seats;
INSERT INTO accounts (id, slug, name) VALUES (10, 'bad', 'Bad');
INSERT INTO accounts (slug, name) VALUES ('Bad Slug', 'x');
INSERT INTO accounts (slug, name, seats) VALUES ('zero', 'x', 0);
INSERT INTO accounts (slug, name) VALUES ('acme', 'dup');
SELECT version_num FROM alembic_version;

-- migration 2: users, with named and unnamed checks, a composite unique and a cascading key
BEGIN;
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  email varchar(120) NOT NULL,
  full_name text,
  role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
  age integer CONSTRAINT users_age_range CHECK (age BETWEEN 13 AND 130),
  active boolean DEFAULT true,
  UNIQUE (account_id, email)
);
UPDATE alembic_version SET version_num='b2c3d4e5f6a7' WHERE alembic_version.version_num = 'a1b2c3d4e5f6';
COMMIT;
SELECT conname, contype, pg_get_constraintdef(oid), condeferrable, condeferred, confupdtype, confdeltype, confmatchtype FROM pg_constraint WHERE conrelid = 'users'::regclass ORDER BY conname;
SELECT tc.constraint_name, tc.constraint_type, kcu.column_name, kcu.ordinal_position, tc.is_deferrable, tc.initially_deferred FROM information_schema.table_constraints tc LEFT JOIN information_schema.key_column_usage kcu ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name WHERE tc.table_schema = 'mig20' AND tc.table_name = 'users' AND tc.constraint_name NOT LIKE '%not_null' ORDER BY 1, 4;
SELECT rc.constraint_name, rc.unique_constraint_schema, rc.unique_constraint_name, rc.match_option, rc.update_rule, rc.delete_rule FROM information_schema.referential_constraints rc WHERE rc.constraint_schema = 'mig20' ORDER BY 1;
SELECT cc.constraint_name, cc.check_clause FROM information_schema.check_constraints cc WHERE cc.constraint_schema = 'mig20' AND cc.constraint_name NOT LIKE '%not_null' ORDER BY 1;
SELECT t2.oid::regclass::text AS to_table, a1.attname AS column, a2.attname AS primary_key, c.conname AS name, c.confupdtype AS on_update, c.confdeltype AS on_delete, c.convalidated AS valid, c.condeferrable AS deferrable, c.condeferred AS deferred FROM pg_constraint c JOIN pg_class t1 ON c.conrelid = t1.oid JOIN pg_class t2 ON c.confrelid = t2.oid JOIN pg_attribute a1 ON a1.attnum = c.conkey[1] AND a1.attrelid = t1.oid JOIN pg_attribute a2 ON a2.attnum = c.confkey[1] AND a2.attrelid = t2.oid JOIN pg_namespace t3 ON c.connamespace = t3.oid WHERE c.contype = 'f' AND t1.relname = 'users' AND t3.nspname = ANY (current_schemas(false)) ORDER BY c.conname;
SELECT a.attname FROM (SELECT indrelid, indkey, generate_subscripts(indkey, 1) idx FROM pg_index WHERE indrelid = '"users"'::regclass AND indisprimary) i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[i.idx] ORDER BY i.idx;
SELECT pg_get_serial_sequence('users', 'id'), pg_get_serial_sequence('mig20.users', 'account_id');
SELECT s.relname AS sequence_name, a.attname AS colname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass JOIN pg_attribute a ON d.refobjid = a.attrelid AND d.refobjsubid = a.attnum JOIN pg_class tbl ON tbl.oid = d.refobjid AND tbl.relname = 'users' AND pg_catalog.pg_table_is_visible(tbl.oid) WHERE s.relkind = 'S';
INSERT INTO users (account_id, email, full_name, role, age) VALUES (1, 'ann@acme.test', 'Ann', 'owner', 40), (1, 'bob@acme.test', 'Bob', 'member', 31), (2, 'cy@globex.test', NULL, 'admin', NULL), (3, 'di@initech.test', 'Di', 'member', 25);
INSERT INTO users (account_id, email) VALUES (1, 'ann@acme.test');
INSERT INTO users (account_id, email, role) VALUES (1, 'x@acme.test', 'guest');
INSERT INTO users (account_id, email, age) VALUES (1, 'kid@acme.test', 12);
INSERT INTO users (account_id, email) VALUES (99, 'ghost@nowhere.test');
SELECT id, account_id, email, role, age, active FROM users ORDER BY id;

-- migration 3: projects with a composite key, tasks with composite, deferred and SET DEFAULT keys
BEGIN;
CREATE TABLE projects (
  account_id integer NOT NULL,
  code varchar(12) NOT NULL,
  title text NOT NULL,
  owner_id bigint REFERENCES users ON DELETE SET NULL,
  budget numeric(12,2) DEFAULT 0.00,
  PRIMARY KEY (account_id, code),
  FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE TABLE tasks (
  id integer GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 10),
  account_id integer NOT NULL,
  project_code varchar(12) NOT NULL,
  parent_id integer,
  title text NOT NULL,
  status text NOT NULL DEFAULT 'open',
  priority int DEFAULT 3,
  assignee_id bigint DEFAULT NULL,
  CONSTRAINT tasks_pkey PRIMARY KEY (id),
  CONSTRAINT tasks_project_fk FOREIGN KEY (account_id, project_code) REFERENCES projects (account_id, code) ON UPDATE CASCADE ON DELETE CASCADE,
  CONSTRAINT tasks_parent_fk FOREIGN KEY (parent_id) REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT tasks_assignee_fk FOREIGN KEY (assignee_id) REFERENCES users (id) ON DELETE SET DEFAULT DEFERRABLE
);
INSERT INTO django_migrations (app, name, applied) VALUES ('core', '0001_initial', '2024-05-01 10:00:00+00') RETURNING id, app, name;
COMMIT;
SELECT c.conname, array(SELECT attname FROM unnest(c.conkey) WITH ORDINALITY cols(colid, arridx) JOIN pg_attribute AS ca ON cols.colid = ca.attnum WHERE ca.attrelid = c.conrelid ORDER BY cols.arridx), c.contype, (SELECT fkc.relname || '.' || fka.attname FROM pg_attribute AS fka JOIN pg_class AS fkc ON fka.attrelid = fkc.oid WHERE fka.attrelid = c.confrelid AND fka.attnum = c.confkey[1]), cl.reloptions FROM pg_constraint AS c JOIN pg_class AS cl ON c.conrelid = cl.oid WHERE cl.relname = 'tasks' AND pg_catalog.pg_table_is_visible(cl.oid) ORDER BY 1;
SELECT conname, pg_get_constraintdef(oid), condeferrable, condeferred, confupdtype, confdeltype, conkey, confkey FROM pg_constraint WHERE conrelid IN ('projects'::regclass, 'tasks'::regclass) ORDER BY conname;
SELECT kcu.constraint_name, kcu.table_name, kcu.column_name, kcu.ordinal_position, kcu.position_in_unique_constraint FROM information_schema.key_column_usage kcu WHERE kcu.table_schema = 'mig20' AND kcu.table_name IN ('projects', 'tasks') ORDER BY 1, 4;
SELECT rc.constraint_name, rc.unique_constraint_name, rc.update_rule, rc.delete_rule FROM information_schema.referential_constraints rc WHERE rc.constraint_schema = 'mig20' ORDER BY 1;
SELECT tc.constraint_name, tc.is_deferrable, tc.initially_deferred FROM information_schema.table_constraints tc WHERE tc.table_schema = 'mig20' AND tc.table_name = 'tasks' AND tc.constraint_type = 'FOREIGN KEY' ORDER BY 1;
SELECT column_name, column_default, is_nullable, is_identity, identity_generation, identity_start, identity_increment FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'tasks' ORDER BY ordinal_position;
INSERT INTO projects (account_id, code, title, owner_id, budget) VALUES (1, 'WEB', 'Website', 1, 1000), (1, 'APP', 'Mobile app', 2, 2500.5), (2, 'OPS', 'Operations', 3, NULL);
BEGIN;
INSERT INTO tasks (id, account_id, project_code, parent_id, title) VALUES (1, 1, 'WEB', 2, 'child first');
INSERT INTO tasks (id, account_id, project_code, parent_id, title) VALUES (2, 1, 'WEB', NULL, 'parent second');
COMMIT;
INSERT INTO tasks (account_id, project_code, parent_id, title, assignee_id) VALUES (1, 'WEB', 1, 'design', 2), (1, 'APP', NULL, 'login screen', 2), (2, 'OPS', NULL, 'backups', 3) RETURNING id, title, status, priority;
INSERT INTO tasks (account_id, project_code, parent_id, title) VALUES (1, 'WEB', 777, 'orphan');
BEGIN;
INSERT INTO tasks (account_id, project_code, parent_id, title) VALUES (1, 'WEB', 778, 'orphan later');
SET CONSTRAINTS "tasks_parent_fk" IMMEDIATE;
ROLLBACK;
BEGIN;
SET CONSTRAINTS ALL IMMEDIATE;
INSERT INTO tasks (account_id, project_code, parent_id, title) VALUES (1, 'WEB', 779, 'orphan now');
ROLLBACK;
INSERT INTO tasks (account_id, project_code, title) VALUES (1, 'NOPE', 'no project');
SELECT id, account_id, project_code, parent_id, title, assignee_id FROM tasks ORDER BY id;
UPDATE projects SET code = 'SITE' WHERE account_id = 1 AND code = 'WEB';
SELECT id, project_code FROM tasks ORDER BY id;
DELETE FROM accounts WHERE id = 2;
UPDATE accounts SET id = 20 WHERE id = 2;
DELETE FROM users WHERE id = 2;
SELECT account_id, code, owner_id FROM projects ORDER BY 1, 2;
SELECT id, assignee_id FROM tasks ORDER BY id;
DELETE FROM projects WHERE account_id = 1 AND code = 'APP';
SELECT id, project_code FROM tasks ORDER BY id;

-- migration 4: indexes of every kind Django, Rails and Prisma write
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
CREATE INDEX users_account_active_idx ON users (account_id) WHERE active;
CREATE INDEX IF NOT EXISTS tasks_status_idx ON tasks (status, priority DESC NULLS LAST);
CREATE INDEX IF NOT EXISTS tasks_status_idx ON tasks (status);
CREATE INDEX tasks_status_idx ON tasks (status);
CREATE INDEX tasks_account_inc_idx ON tasks (account_id) INCLUDE (title, status);
CREATE INDEX "users_email_like" ON "users" ("email" varchar_pattern_ops);
CREATE INDEX projects_title_pattern ON projects (title text_pattern_ops);
CREATE INDEX tasks_prio_nulls_first ON tasks (priority ASC NULLS FIRST, id DESC);
BEGIN;
CREATE INDEX CONCURRENTLY tasks_parent_idx ON tasks (parent_id);
ROLLBACK;
CREATE INDEX CONCURRENTLY tasks_parent_idx ON tasks (parent_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS tasks_parent_idx ON tasks (parent_id);
ALTER INDEX tasks_parent_idx RENAME TO tasks_parent_id_idx;
ALTER INDEX IF EXISTS nonexistent_idx RENAME TO whatever_idx;
ALTER INDEX nonexistent_idx RENAME TO whatever_idx;
CREATE INDEX ON tasks (assignee_id);
CREATE INDEX ON tasks (lower(title));
CREATE INDEX ON tasks (account_id, project_code);
CREATE INDEX ON tasks (account_id, project_code);
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'mig20' AND tablename IN ('users', 'tasks', 'projects') ORDER BY tablename, indexname;
SELECT distinct i.relname, d.indisunique, d.indkey, pg_get_indexdef(d.indexrelid), pg_catalog.obj_description(i.oid, 'pg_class') AS comment FROM pg_class t INNER JOIN pg_index d ON t.oid = d.indrelid INNER JOIN pg_class i ON d.indexrelid = i.oid LEFT JOIN pg_namespace n ON n.oid = t.relnamespace WHERE i.relkind IN ('i', 'I') AND d.indisprimary = 'f' AND t.relname = 'tasks' AND n.nspname = ANY (current_schemas(false)) ORDER BY i.relname;
SELECT ic.relname, ix.indnatts, ix.indnkeyatts, ix.indisunique, ix.indisprimary, ix.indoption, pg_get_expr(ix.indpred, ix.indrelid), pg_get_expr(ix.indexprs, ix.indrelid) FROM pg_index ix JOIN pg_class ic ON ic.oid = ix.indexrelid WHERE ix.indrelid = 'users'::regclass ORDER BY 1;
SELECT indexname, array_agg(attname ORDER BY arridx), indisunique, indisprimary, array_agg(ordering ORDER BY arridx), amname, exprdef FROM (SELECT c2.relname as indexname, idx.*, attr.attname, am.amname, CASE WHEN idx.indexprs IS NOT NULL THEN pg_get_indexdef(idx.indexrelid) END AS exprdef, CASE am.amname WHEN 'btree' THEN CASE (option & 1) WHEN 1 THEN 'DESC' ELSE 'ASC' END END as ordering FROM (SELECT * FROM pg_index i, unnest(i.indkey, i.indoption) WITH ORDINALITY koi(key, option, arridx)) idx LEFT JOIN pg_class c ON idx.indrelid = c.oid LEFT JOIN pg_class c2 ON idx.indexrelid = c2.oid LEFT JOIN pg_am am ON c2.relam = am.oid LEFT JOIN pg_attribute attr ON attr.attrelid = c.oid AND attr.attnum = idx.key WHERE c.relname = 'tasks' AND pg_catalog.pg_table_is_visible(c.oid)) s2 GROUP BY indexname, indisunique, indisprimary, amname, exprdef ORDER BY 1;
SELECT pg_get_indexdef('tasks_status_idx'::regclass), pg_get_indexdef('tasks_status_idx'::regclass, 2, true), pg_get_indexdef('tasks_account_inc_idx'::regclass, 0, true);
INSERT INTO users (account_id, email) VALUES (3, 'ANN@acme.test');
DROP INDEX users_pkey;
DROP INDEX accounts_slug_key CASCADE;
DROP INDEX IF EXISTS no_such_index;
DROP INDEX no_such_index;
DROP INDEX tasks_prio_nulls_first CASCADE;
DROP INDEX CONCURRENTLY tasks_lower_idx;
DROP INDEX tasks_account_id_project_code_idx, tasks_account_id_project_code_idx1;
SELECT indexname FROM pg_indexes WHERE schemaname = 'mig20' AND tablename = 'tasks' ORDER BY 1;
INSERT INTO knex_migrations (name, batch, migration_time) VALUES ('20240501_indexes.js', 1, '2024-05-01 10:05:00+00');

-- migration 5: columns added, renamed and dropped; ordinal positions keep their gaps
BEGIN;
ALTER TABLE users ADD COLUMN nickname varchar(30);
ALTER TABLE users ADD COLUMN signup_source text NOT NULL DEFAULT 'web';
ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname varchar(30);
ALTER TABLE users RENAME COLUMN full_name TO display_name;
ALTER TABLE users DROP COLUMN active;
COMMIT;
SELECT column_name, ordinal_position, column_default, is_nullable, data_type, character_maximum_length FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'users' ORDER BY ordinal_position;
SELECT attname, attnum, attisdropped FROM pg_attribute WHERE attrelid = 'users'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT * FROM users ORDER BY id;
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'mig20' AND tablename = 'users' ORDER BY 1;
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ADD COLUMN must_have text NOT NULL;
ALTER TABLE users ADD COLUMN score integer NOT NULL DEFAULT 0, ADD COLUMN level integer DEFAULT 1 CHECK (level > 0);
ALTER TABLE users DROP COLUMN nope;
ALTER TABLE users DROP COLUMN IF EXISTS nope;
ALTER TABLE users RENAME COLUMN nickname TO email;
ALTER TABLE users RENAME COLUMN nope TO other;
ALTER TABLE users RENAME nickname TO handle;
ALTER TABLE users DROP COLUMN id;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'users'::regclass ORDER BY 1;
SELECT id, email, handle, score, level FROM users ORDER BY id;
ALTER TABLE accounts DROP COLUMN seats;
SELECT conname FROM pg_constraint WHERE conrelid = 'accounts'::regclass ORDER BY 1;
INSERT INTO "schema_migrations" (version, dirty) VALUES (5, false);

-- migration 6: column types changed, with USING, with defaults in the way, and ones that fail
CREATE TYPE task_status AS ENUM ('open', 'doing', 'done');
ALTER TABLE tasks ALTER COLUMN priority TYPE smallint;
SELECT format_type(atttypid, atttypmod), pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE attrelid = 'tasks'::regclass AND attname = 'priority';
ALTER TABLE tasks ALTER COLUMN priority TYPE text;
SELECT priority, pg_typeof(priority) FROM tasks ORDER BY id;
ALTER TABLE tasks ALTER COLUMN priority TYPE integer;
ALTER TABLE tasks ALTER COLUMN priority TYPE integer USING priority::integer;
SELECT id, priority FROM tasks ORDER BY id;
ALTER TABLE tasks ALTER COLUMN status TYPE task_status USING status::task_status;
ALTER TABLE tasks ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status TYPE task_status USING status::task_status, ALTER COLUMN status SET DEFAULT 'open';
SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE a.attrelid = 'tasks'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
SELECT column_name, data_type, udt_name, column_default FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'tasks' AND column_name IN ('status', 'priority') ORDER BY 1;
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'mig20' AND indexname = 'tasks_status_idx';
INSERT INTO tasks (account_id, project_code, title, status) VALUES (1, 'SITE', 'bad status', 'closed');
ALTER TABLE projects ALTER COLUMN budget TYPE numeric(14,3);
ALTER TABLE projects ALTER COLUMN budget TYPE numeric(4,1);
SELECT code, budget FROM projects ORDER BY 1;
ALTER TABLE users ALTER COLUMN email TYPE varchar(200);
ALTER TABLE users ALTER COLUMN email TYPE varchar(5);
ALTER TABLE users ALTER COLUMN email SET DATA TYPE text;
SELECT column_name, data_type, character_maximum_length FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'users' AND column_name = 'email';
ALTER TABLE projects ADD COLUMN legacy_ref text;
UPDATE projects SET legacy_ref = CASE code WHEN 'SITE' THEN '17' ELSE 'n/a' END;
ALTER TABLE projects ALTER COLUMN legacy_ref TYPE integer USING legacy_ref::integer;
ALTER TABLE projects ALTER COLUMN legacy_ref TYPE integer USING NULLIF(legacy_ref, 'n/a')::integer;
SELECT code, legacy_ref, pg_typeof(legacy_ref) FROM projects ORDER BY code;
ALTER TABLE projects ALTER COLUMN legacy_ref TYPE boolean;
ALTER TABLE projects ALTER COLUMN legacy_ref TYPE boolean USING legacy_ref IS NOT NULL;
ALTER TABLE projects ALTER COLUMN legacy_ref TYPE timestamptz USING '2024-01-01'::timestamptz;
ALTER TABLE tasks ALTER COLUMN assignee_id TYPE integer;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'tasks_assignee_fk';
ALTER TABLE tasks ALTER COLUMN id TYPE bigint;
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'tasks'::regclass AND attname IN ('id', 'parent_id') ORDER BY attnum;
ALTER TABLE tasks ALTER COLUMN parent_id TYPE bigint;
SELECT data_type FROM information_schema.sequences WHERE sequence_schema = 'mig20' AND sequence_name = 'tasks_id_seq';

-- migration 7: defaults and NOT NULL set and dropped (Knex and TypeORM write them one per statement)
alter table "users" alter column "signup_source" drop default;
alter table "users" alter column "signup_source" drop not null;
alter table "users" alter column "display_name" set default 'anonymous';
alter table "users" alter column "display_name" set not null;
UPDATE users SET display_name = 'anonymous' WHERE display_name IS NULL;
alter table "users" alter column "display_name" set not null;
alter table "users" alter column "age" set default 18;
alter table "users" alter column "age" set default 'eighteen';
alter table "users" alter column "score" set default (1 + 1);
alter table "users" alter column "nope" set default 1;
SELECT column_name, column_default, is_nullable FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'users' ORDER BY ordinal_position;
SELECT a.attname AS column_name, NOT (a.attnotnull OR (t.typtype = 'd' AND t.typnotnull)) AS is_nullable, pg_get_expr(ad.adbin, ad.adrelid) AS column_default, CASE WHEN collname = 'default' THEN NULL ELSE collname END AS collation, a.attidentity != '' AS is_autofield, col_description(a.attrelid, a.attnum) AS column_comment FROM pg_attribute a LEFT JOIN pg_attrdef ad ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum LEFT JOIN pg_collation co ON a.attcollation = co.oid JOIN pg_type t ON a.atttypid = t.oid JOIN pg_class c ON a.attrelid = c.oid JOIN pg_namespace n ON c.relnamespace = n.oid WHERE c.relkind IN ('f', 'm', 'p', 'r', 'v') AND c.relname = 'users' AND n.nspname NOT IN ('pg_catalog', 'pg_toast') AND pg_catalog.pg_table_is_visible(c.oid) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
INSERT INTO users (account_id, email) VALUES (3, 'eve@initech.test') RETURNING display_name, age, score, signup_source;
INSERT INTO users (account_id, email, display_name) VALUES (3, 'fay@initech.test', NULL);
alter table "users" alter column "display_name" drop default;
alter table "users" alter column "display_name" drop default;
alter table "tasks" alter column "id" drop not null;
alter table "projects" alter column "code" drop not null;
alter table "users" alter column "age" set not null;
SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname IN ('age', 'display_name', 'signup_source') ORDER BY 1;

-- migration 8: constraints added NOT VALID, the bad rows found, then VALIDATE CONSTRAINT
INSERT INTO tasks (account_id, project_code, title, priority) VALUES (1, 'SITE', 'urgent', 0), (1, 'SITE', 'later', 9);
ALTER TABLE tasks ADD CONSTRAINT tasks_priority_range CHECK (priority BETWEEN 1 AND 5);
ALTER TABLE tasks ADD CONSTRAINT tasks_priority_range CHECK (priority BETWEEN 1 AND 5) NOT VALID;
SELECT conname, convalidated, pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'tasks_priority_range';
INSERT INTO tasks (account_id, project_code, title, priority) VALUES (1, 'SITE', 'new bad', 7);
ALTER TABLE tasks VALIDATE CONSTRAINT tasks_priority_range;
UPDATE tasks SET priority = LEAST(GREATEST(priority, 1), 5) WHERE priority NOT BETWEEN 1 AND 5;
ALTER TABLE tasks VALIDATE CONSTRAINT tasks_priority_range;
ALTER TABLE tasks VALIDATE CONSTRAINT tasks_priority_range;
ALTER TABLE tasks VALIDATE CONSTRAINT no_such_constraint;
SELECT conname, convalidated FROM pg_constraint WHERE conname = 'tasks_priority_range';
CREATE TABLE time_entries (id serial PRIMARY KEY, task_id bigint, minutes integer NOT NULL);
INSERT INTO time_entries (task_id, minutes) VALUES (100, 30), (5000, 15), (NULL, 5);
ALTER TABLE time_entries ADD CONSTRAINT time_entries_task_fk FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE;
ALTER TABLE time_entries ADD CONSTRAINT time_entries_task_fk FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE NOT VALID;
SELECT conname, convalidated, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'time_entries'::regclass ORDER BY 1;
SELECT tc.constraint_name, tc.constraint_type, tc.enforced FROM information_schema.table_constraints tc WHERE tc.table_schema = 'mig20' AND tc.table_name = 'time_entries' AND tc.constraint_name NOT LIKE '%not_null' ORDER BY 1;
INSERT INTO time_entries (task_id, minutes) VALUES (6000, 1);
ALTER TABLE time_entries VALIDATE CONSTRAINT time_entries_task_fk;
DELETE FROM time_entries WHERE task_id NOT IN (SELECT id FROM tasks);
ALTER TABLE time_entries VALIDATE CONSTRAINT time_entries_task_fk;
SELECT conname, convalidated FROM pg_constraint WHERE conrelid = 'time_entries'::regclass ORDER BY 1;
ALTER TABLE time_entries ADD CONSTRAINT time_entries_minutes_pos CHECK (minutes > 0) NOT VALID, VALIDATE CONSTRAINT time_entries_task_fk;
ALTER TABLE time_entries ADD CONSTRAINT time_entries_uq UNIQUE (task_id, minutes) NOT VALID;
ALTER TABLE time_entries ADD CONSTRAINT time_entries_uq UNIQUE (task_id, minutes);
ALTER TABLE time_entries ADD UNIQUE (task_id, minutes);
SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'time_entries'::regclass ORDER BY 1;
ALTER TABLE time_entries ADD CONSTRAINT time_entries_ref FOREIGN KEY (minutes) REFERENCES tasks (priority);
ALTER TABLE time_entries ADD CONSTRAINT time_entries_ref FOREIGN KEY (minutes) REFERENCES accounts (slug);
ALTER TABLE time_entries ADD CONSTRAINT time_entries_ref FOREIGN KEY (minutes) REFERENCES no_table (id);
ALTER TABLE time_entries ADD CONSTRAINT time_entries_ref FOREIGN KEY (nope) REFERENCES tasks (id);
SELECT count(*) FROM pg_constraint WHERE conname = 'time_entries_ref';

-- migration 9: constraints renamed and dropped, several actions in one ALTER, renames and schema moves
ALTER TABLE users RENAME CONSTRAINT users_age_range TO users_age_check_range;
ALTER TABLE users RENAME CONSTRAINT users_age_range TO users_age_check_range;
ALTER TABLE users RENAME CONSTRAINT users_age_check_range TO users_role_check;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_nonexistent_check;
ALTER TABLE users DROP CONSTRAINT users_nonexistent_check;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_level_check;
ALTER TABLE users RENAME CONSTRAINT users_pkey TO users_pk;
SELECT conname, contype FROM pg_constraint WHERE conrelid = 'users'::regclass ORDER BY 1;
SELECT indexname FROM pg_indexes WHERE schemaname = 'mig20' AND tablename = 'users' ORDER BY 1;
ALTER TABLE projects ADD COLUMN archived boolean NOT NULL DEFAULT false, ADD COLUMN archived_at timestamptz, ADD CONSTRAINT projects_archived_ck CHECK (archived OR archived_at IS NULL), DROP COLUMN legacy_ref, ALTER COLUMN title SET DATA TYPE varchar(200);
SELECT column_name, data_type, character_maximum_length, column_default, is_nullable FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'projects' ORDER BY ordinal_position;
ALTER TABLE projects ADD COLUMN ghost int, ADD COLUMN ghost int;
ALTER TABLE projects ADD COLUMN half int, ALTER COLUMN nope SET NOT NULL;
SELECT count(*) FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'projects' AND column_name IN ('ghost', 'half');
ALTER TABLE IF EXISTS no_such_table ADD COLUMN x int;
ALTER TABLE IF EXISTS no_such_table RENAME TO other_table;
ALTER TABLE no_such_table ADD COLUMN x int;
CREATE TABLE tmp_imports (id int PRIMARY KEY, payload text);
ALTER TABLE tmp_imports RENAME TO imports;
ALTER TABLE imports RENAME TO users;
SELECT relname FROM pg_class WHERE relnamespace = 'mig20'::regnamespace AND relname LIKE '%imports%' ORDER BY 1;
SELECT conname FROM pg_constraint WHERE conrelid = 'imports'::regclass;
CREATE SCHEMA mig20_arch;
ALTER TABLE imports SET SCHEMA mig20_arch;
ALTER TABLE imports SET SCHEMA mig20_arch;
ALTER TABLE IF EXISTS imports SET SCHEMA mig20_arch;
SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema LIKE 'mig20%' AND table_name = 'imports';
SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE schemaname LIKE 'mig20%' AND tablename = 'imports';
INSERT INTO mig20_arch.imports VALUES (1, 'x');
SELECT * FROM mig20_arch.imports;
SELECT * FROM imports;
ALTER TABLE mig20_arch.imports SET SCHEMA no_schema;

-- migration 10: identity columns added, switched, restarted and dropped
CREATE TABLE invoices (id integer NOT NULL, account_id integer NOT NULL REFERENCES accounts ON DELETE CASCADE, number text NOT NULL, amount numeric(12,2) NOT NULL DEFAULT 0);
INSERT INTO invoices (id, account_id, number, amount) VALUES (1, 1, 'INV-1', 10), (2, 1, 'INV-2', 20);
ALTER TABLE invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
ALTER TABLE invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
ALTER TABLE invoices ALTER COLUMN number ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);
INSERT INTO invoices (account_id, number) VALUES (1, 'INV-3');
ALTER TABLE invoices ALTER COLUMN id RESTART WITH 10;
INSERT INTO invoices (account_id, number) VALUES (1, 'INV-10') RETURNING id;
INSERT INTO invoices (id, account_id, number) VALUES (50, 1, 'INV-50');
INSERT INTO invoices (id, account_id, number) OVERRIDING SYSTEM VALUE VALUES (50, 1, 'INV-50') RETURNING id;
UPDATE invoices SET id = 51 WHERE id = 50;
UPDATE invoices SET id = DEFAULT WHERE id = 50 RETURNING id;
SELECT attname, attidentity FROM pg_attribute WHERE attrelid = 'invoices'::regclass AND attnum > 0 ORDER BY attnum;
SELECT column_name, is_identity, identity_generation, identity_start, identity_increment, identity_maximum, identity_minimum, identity_cycle, column_default FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'invoices' ORDER BY ordinal_position;
ALTER TABLE invoices ALTER COLUMN id SET GENERATED BY DEFAULT;
INSERT INTO invoices (id, account_id, number) VALUES (60, 1, 'INV-60');
ALTER TABLE invoices ALTER COLUMN id SET INCREMENT BY 5, ALTER COLUMN id RESTART;
INSERT INTO invoices (account_id, number) VALUES (1, 'INV-R1'), (1, 'INV-R2') RETURNING id;
ALTER TABLE invoices ALTER COLUMN id SET GENERATED ALWAYS SET MAXVALUE 1000 SET START WITH 900 RESTART;
INSERT INTO invoices (account_id, number) VALUES (1, 'INV-900') RETURNING id;
SELECT column_name, identity_generation, identity_start, identity_increment, identity_maximum FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'invoices' AND column_name = 'id';
SELECT seqstart, seqincrement, seqmax, seqmin, seqcycle FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('invoices', 'id')::regclass;
SELECT schemaname, sequencename, data_type, start_value, min_value, max_value, increment_by, cycle, last_value FROM pg_sequences WHERE schemaname = 'mig20' ORDER BY sequencename;
ALTER TABLE invoices ALTER COLUMN amount DROP IDENTITY;
ALTER TABLE invoices ALTER COLUMN amount DROP IDENTITY IF EXISTS;
ALTER TABLE invoices ALTER COLUMN id DROP IDENTITY;
SELECT pg_get_serial_sequence('invoices', 'id');
INSERT INTO invoices (account_id, number) VALUES (1, 'INV-noid');
SELECT column_name, is_identity, column_default FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'invoices' ORDER BY ordinal_position;
SELECT id, number, amount FROM invoices ORDER BY id;
ALTER TABLE invoices ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (START WITH 2000);
ALTER TABLE invoices ALTER COLUMN number SET GENERATED ALWAYS;
ALTER TABLE invoices ADD COLUMN seq bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 7);
SELECT number, seq FROM invoices ORDER BY seq;
ALTER TABLE invoices ADD COLUMN nullable_ident int GENERATED ALWAYS AS IDENTITY NULL;
ALTER TABLE invoices ALTER COLUMN amount ADD GENERATED ALWAYS AS IDENTITY;

-- migration 11: sequences owned by columns, altered, and dropped with their column
CREATE SEQUENCE invoice_number_seq START 1000 INCREMENT 10 MINVALUE 1000 MAXVALUE 1030 NO CYCLE;
CREATE SEQUENCE invoice_number_seq;
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq;
ALTER TABLE invoices ADD COLUMN ref integer;
ALTER SEQUENCE invoice_number_seq OWNED BY invoices.ref;
ALTER TABLE invoices ALTER COLUMN ref SET DEFAULT nextval('invoice_number_seq');
SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 'invoices'::regclass AND a.attname = 'ref';
SELECT column_default FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'invoices' AND column_name = 'ref';
SELECT pg_get_serial_sequence('invoices', 'ref');
INSERT INTO invoices (account_id, number) VALUES (1, 'S1'), (1, 'S2'), (1, 'S3'), (1, 'S4') RETURNING ref;
INSERT INTO invoices (account_id, number) VALUES (1, 'S5') RETURNING ref;
ALTER SEQUENCE invoice_number_seq MAXVALUE 2000 INCREMENT BY 100;
SELECT nextval('invoice_number_seq'), currval('invoice_number_seq');
ALTER SEQUENCE invoice_number_seq RESTART WITH 1500;
SELECT nextval('invoice_number_seq');
SELECT setval('invoice_number_seq', 1990), nextval('invoice_number_seq');
ALTER SEQUENCE invoice_number_seq CYCLE;
SELECT nextval('invoice_number_seq'), nextval('invoice_number_seq');
ALTER SEQUENCE invoice_number_seq MINVALUE 5000;
ALTER SEQUENCE IF EXISTS no_such_seq RESTART;
ALTER SEQUENCE no_such_seq RESTART;
ALTER SEQUENCE invoice_number_seq AS smallint;
SELECT sequence_name, data_type, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_schema = 'mig20' ORDER BY 1;
SELECT s.relname AS sequence_name, a.attname AS colname, d.deptype FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass JOIN pg_attribute a ON d.refobjid = a.attrelid AND d.refobjsubid = a.attnum JOIN pg_class tbl ON tbl.oid = d.refobjid AND tbl.relname = 'invoices' AND pg_catalog.pg_table_is_visible(tbl.oid) WHERE s.relkind = 'S' ORDER BY 1;
ALTER TABLE invoices DROP COLUMN ref;
SELECT count(*) FROM pg_class WHERE relname = 'invoice_number_seq' AND relnamespace = 'mig20'::regnamespace;
CREATE SEQUENCE loose_seq;
CREATE TABLE counters (id int DEFAULT nextval('loose_seq'), label text);
DROP SEQUENCE loose_seq;
DROP SEQUENCE loose_seq CASCADE;
SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'counters' ORDER BY 1;
DROP TABLE counters;
CREATE TABLE serials (a serial, b bigserial, c smallserial);
SELECT column_name, data_type, column_default FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'serials' ORDER BY ordinal_position;
SELECT sequencename, data_type, max_value FROM pg_sequences WHERE schemaname = 'mig20' AND sequencename LIKE 'serials%' ORDER BY 1;
ALTER SEQUENCE serials_a_seq RENAME TO serials_a_renamed_seq;
SELECT column_default FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'serials' AND column_name = 'a';
DROP TABLE serials;
SELECT count(*) FROM pg_class WHERE relnamespace = 'mig20'::regnamespace AND relname LIKE 'serials%';

-- migration 12: generated columns
ALTER TABLE invoices ADD COLUMN tax numeric(12,2) GENERATED ALWAYS AS (round(amount * 0.2, 2)) STORED;
ALTER TABLE invoices ADD COLUMN total numeric(12,2) GENERATED ALWAYS AS (amount + tax) STORED;
ALTER TABLE invoices ADD COLUMN label text GENERATED ALWAYS AS (upper(number) || ' #' || id) STORED;
ALTER TABLE invoices ADD COLUMN stamp timestamptz GENERATED ALWAYS AS (now()) STORED;
UPDATE invoices SET amount = amount + 5 WHERE number = 'INV-1';
SELECT number, amount, tax, label FROM invoices WHERE number IN ('INV-1', 'INV-2') ORDER BY number;
INSERT INTO invoices (account_id, number, amount, tax) VALUES (1, 'G1', 100, 1);
INSERT INTO invoices (account_id, number, amount, tax) VALUES (1, 'G1', 100, DEFAULT) RETURNING tax, label;
UPDATE invoices SET tax = 0 WHERE number = 'G1';
SELECT attname, attgenerated, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = 'invoices'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
SELECT column_name, is_generated, generation_expression, column_default FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'invoices' ORDER BY ordinal_position;
ALTER TABLE invoices ALTER COLUMN label DROP EXPRESSION;
ALTER TABLE invoices ALTER COLUMN label DROP EXPRESSION IF EXISTS;
ALTER TABLE invoices ALTER COLUMN number DROP EXPRESSION;
INSERT INTO invoices (account_id, number, amount, label) VALUES (1, 'G2', 1, 'free text') RETURNING label, tax;
SELECT column_name, is_generated FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'invoices' AND column_name IN ('label', 'tax') ORDER BY 1;
ALTER TABLE invoices DROP COLUMN amount;
ALTER TABLE invoices ALTER COLUMN amount TYPE numeric(14,2);
SELECT number, amount, tax FROM invoices WHERE number = 'INV-1';

-- migration 13: enums grown BEFORE and AFTER, values renamed, and the errors
ALTER TYPE task_status ADD VALUE 'review' BEFORE 'done';
ALTER TYPE task_status ADD VALUE 'backlog' BEFORE 'open';
ALTER TYPE task_status ADD VALUE 'archived' AFTER 'done';
ALTER TYPE task_status ADD VALUE 'blocked' AFTER 'doing';
ALTER TYPE task_status ADD VALUE IF NOT EXISTS 'review';
ALTER TYPE task_status ADD VALUE 'review';
ALTER TYPE task_status ADD VALUE 'x' BEFORE 'nope';
ALTER TYPE task_status RENAME VALUE 'doing' TO 'in_progress';
ALTER TYPE task_status RENAME VALUE 'doing' TO 'started';
ALTER TYPE task_status RENAME VALUE 'open' TO 'review';
SELECT enumlabel FROM pg_enum WHERE enumtypid = 'task_status'::regtype ORDER BY enumsortorder;
SELECT enum_range(NULL::task_status), enum_first(NULL::task_status), enum_last(NULL::task_status);
SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'mig20' AND "t"."typname" = 'task_status' ORDER BY "e"."enumsortorder";
UPDATE tasks SET status = 'review' WHERE id = 1;
UPDATE tasks SET status = 'in_progress' WHERE id = 2;
SELECT id, status FROM tasks WHERE status > 'open' ORDER BY status, id;
SELECT status, count(*) FROM tasks GROUP BY status ORDER BY status;
BEGIN;
ALTER TYPE plan_kind ADD VALUE 'team' AFTER 'pro';
UPDATE accounts SET plan = 'team' WHERE id = 1;
ROLLBACK;
BEGIN;
ALTER TYPE plan_kind ADD VALUE 'team' AFTER 'pro';
COMMIT;
UPDATE accounts SET plan = 'team' WHERE id = 1;
SELECT slug, plan FROM accounts ORDER BY plan, slug;
CREATE TYPE plan_kind AS ENUM ('x');
CREATE TYPE mood AS ENUM ('sad', 'sad');
CREATE TYPE mood AS ENUM ();
ALTER TYPE mood RENAME TO feeling;
ALTER TYPE feeling ADD VALUE 'ok';
SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = 'mig20'::regnamespace GROUP BY t.typname ORDER BY 1;
DROP TYPE feeling;
DROP TYPE task_status;
DROP TYPE IF EXISTS no_such_type;

-- migration 14: domains
CREATE DOMAIN email_address AS varchar(254) CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE DOMAIN positive_amount AS numeric(12,2) NOT NULL DEFAULT 0 CONSTRAINT positive_amount_check CHECK (VALUE >= 0);
CREATE TABLE contacts (id serial PRIMARY KEY, email email_address NOT NULL, credit positive_amount);
INSERT INTO contacts (email) VALUES ('a@b.test') RETURNING email, credit;
INSERT INTO contacts (email) VALUES ('not-an-email');
INSERT INTO contacts (email, credit) VALUES ('c@d.test', -1);
INSERT INTO contacts (email, credit) VALUES ('c@d.test', NULL);
SELECT column_name, data_type, domain_schema, domain_name, udt_name, column_default, is_nullable, character_maximum_length FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'contacts' ORDER BY ordinal_position;
SELECT a.attname, format_type(a.atttypid, a.atttypmod), t.typtype, t.typnotnull, format_type(t.typbasetype, t.typtypmod) FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = 'contacts'::regclass AND a.attnum > 0 ORDER BY a.attnum;
SELECT domain_name, data_type, character_maximum_length, numeric_precision, numeric_scale, domain_default FROM information_schema.domains WHERE domain_schema = 'mig20' ORDER BY 1;
SELECT constraint_name, check_clause FROM information_schema.check_constraints WHERE constraint_schema = 'mig20' AND constraint_name LIKE '%amount%' OR constraint_name LIKE 'email_address%' ORDER BY 1;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contypid IN ('email_address'::regtype, 'positive_amount'::regtype) ORDER BY 1;
ALTER DOMAIN email_address ADD CONSTRAINT email_lower CHECK (VALUE = lower(VALUE));
INSERT INTO contacts (email) VALUES ('Upper@Case.test');
UPDATE contacts SET email = 'Upper@case.test' WHERE id = 1;
ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_cap CHECK (VALUE < 1000) NOT VALID;
ALTER DOMAIN positive_amount VALIDATE CONSTRAINT positive_amount_cap;
ALTER DOMAIN positive_amount DROP CONSTRAINT positive_amount_cap;
ALTER DOMAIN positive_amount DROP CONSTRAINT IF EXISTS positive_amount_cap;
ALTER DOMAIN positive_amount SET DEFAULT 5;
INSERT INTO contacts (email) VALUES ('e@f.test') RETURNING credit;
ALTER DOMAIN email_address DROP NOT NULL;
ALTER DOMAIN positive_amount DROP NOT NULL;
INSERT INTO contacts (email, credit) VALUES ('g@h.test', NULL) RETURNING credit;
ALTER TABLE users ALTER COLUMN email TYPE email_address;
ALTER TABLE users ALTER COLUMN email TYPE email_address USING lower(email);
SELECT column_name, domain_name FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'users' AND column_name = 'email';
DROP DOMAIN email_address;
CREATE DOMAIN email_address AS text;

-- migration 15: views created, replaced, and in the way of other changes
CREATE VIEW open_tasks AS SELECT t.id, t.title, t.status, p.title AS project FROM tasks t JOIN projects p ON p.account_id = t.account_id AND p.code = t.project_code WHERE t.status <> 'archived';
SELECT id, title, status, project FROM open_tasks ORDER BY id;
SELECT table_name, view_definition, check_option, is_updatable, is_insertable_into FROM information_schema.views WHERE table_schema = 'mig20' ORDER BY 1;
SELECT pg_get_viewdef('open_tasks'::regclass, true);
SELECT viewname, definition FROM pg_views WHERE schemaname = 'mig20';
CREATE OR REPLACE VIEW open_tasks AS SELECT t.id, t.title, t.status, p.title AS project, t.priority FROM tasks t JOIN projects p ON p.account_id = t.account_id AND p.code = t.project_code WHERE t.status <> 'archived';
CREATE OR REPLACE VIEW open_tasks AS SELECT t.id, t.title FROM tasks t;
CREATE OR REPLACE VIEW open_tasks AS SELECT t.id::text AS id, t.title, t.status, p.title AS project, t.priority FROM tasks t JOIN projects p ON p.account_id = t.account_id AND p.code = t.project_code;
CREATE OR REPLACE VIEW open_tasks AS SELECT t.id, t.title AS name, t.status, p.title AS project, t.priority FROM tasks t JOIN projects p ON p.account_id = t.account_id AND p.code = t.project_code;
SELECT column_name, data_type, ordinal_position FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'open_tasks' ORDER BY ordinal_position;
CREATE VIEW open_tasks AS SELECT 1 AS one;
CREATE VIEW simple_users AS SELECT id, account_id, email, display_name, role FROM users WHERE role <> 'owner' WITH CHECK OPTION;
INSERT INTO simple_users (account_id, email, display_name) VALUES (1, 'view@acme.test', 'Vi') RETURNING role;
INSERT INTO simple_users (account_id, email, display_name, role) VALUES (1, 'boss@acme.test', 'Bo', 'owner');
SELECT table_name, check_option, is_updatable FROM information_schema.views WHERE table_schema = 'mig20' ORDER BY 1;
SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'mig20' ORDER BY 1;
ALTER TABLE tasks DROP COLUMN priority;
ALTER TABLE tasks ALTER COLUMN title TYPE varchar(300);
ALTER TABLE tasks RENAME COLUMN title TO summary;
SELECT pg_get_viewdef('open_tasks'::regclass, true);
SELECT id, name FROM open_tasks ORDER BY id LIMIT 2;
ALTER VIEW open_tasks RENAME TO active_tasks;
ALTER VIEW active_tasks RENAME COLUMN project TO project_title;
SELECT column_name FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'active_tasks' ORDER BY ordinal_position;
DROP TABLE projects;
DROP VIEW active_tasks;
CREATE VIEW active_tasks AS SELECT id, summary FROM tasks;
DROP VIEW IF EXISTS no_such_view;
DROP VIEW tasks;
DROP TABLE active_tasks;

-- migration 16: comments on table, column, index, constraint, view, type, schema and sequence
COMMENT ON TABLE tasks IS 'Work items';
COMMENT ON COLUMN tasks.summary IS 'One-line summary';
COMMENT ON COLUMN tasks.status IS 'Lifecycle state';
COMMENT ON INDEX tasks_status_idx IS 'Filters by state';
COMMENT ON CONSTRAINT tasks_priority_range ON tasks IS 'Priority between 1 and 5';
COMMENT ON VIEW active_tasks IS 'What is left';
COMMENT ON TYPE plan_kind IS 'Billing plans';
COMMENT ON SCHEMA mig20 IS 'Sweep 20';
COMMENT ON SEQUENCE tasks_id_seq IS 'Task numbers';
COMMENT ON COLUMN tasks.nope IS 'x';
COMMENT ON TABLE no_such_table IS 'x';
COMMENT ON CONSTRAINT no_such ON tasks IS 'x';
SELECT obj_description('tasks'::regclass, 'pg_class'), obj_description('tasks'::regclass), obj_description('tasks_status_idx'::regclass, 'pg_class'), obj_description('active_tasks'::regclass, 'pg_class'), obj_description('tasks_id_seq'::regclass, 'pg_class');
SELECT col_description('tasks'::regclass, attnum), attname FROM pg_attribute WHERE attrelid = 'tasks'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT obj_description(oid, 'pg_constraint') FROM pg_constraint WHERE conname = 'tasks_priority_range';
SELECT obj_description('plan_kind'::regtype, 'pg_type'), obj_description('mig20'::regnamespace, 'pg_namespace');
SELECT pg_catalog.obj_description(c.oid, 'pg_class') AS comment FROM pg_catalog.pg_class c WHERE c.relname = 'tasks' AND c.relnamespace = 'mig20'::regnamespace;
SELECT d.description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid WHERE c.relname = 'tasks' AND c.relnamespace = 'mig20'::regnamespace AND d.classoid = 'pg_class'::regclass ORDER BY d.objsubid;
COMMENT ON COLUMN tasks.status IS NULL;
COMMENT ON TABLE tasks IS '';
SELECT obj_description('tasks'::regclass, 'pg_class'), col_description('tasks'::regclass, (SELECT attnum FROM pg_attribute WHERE attrelid = 'tasks'::regclass AND attname = 'status'));
ALTER TABLE tasks RENAME COLUMN summary TO headline;
SELECT col_description('tasks'::regclass, attnum) FROM pg_attribute WHERE attrelid = 'tasks'::regclass AND attname = 'headline';
ALTER TABLE tasks RENAME COLUMN headline TO summary;

-- migration 17: schemas and search_path
CREATE SCHEMA IF NOT EXISTS billing;
CREATE TABLE billing.plans (code text PRIMARY KEY, price numeric(8,2) NOT NULL);
CREATE TABLE plans (code text PRIMARY KEY, note text);
INSERT INTO billing.plans VALUES ('pro', 49), ('team', 99);
INSERT INTO plans VALUES ('pro', 'shadow');
SELECT * FROM plans ORDER BY code;
SET search_path = billing, mig20;
SELECT * FROM plans ORDER BY code;
SELECT current_schema(), current_schemas(false);
SHOW search_path;
CREATE TABLE plan_features (plan_code text REFERENCES plans, feature text);
SELECT table_schema, table_name FROM information_schema.tables WHERE table_name LIKE 'plan%' AND table_schema IN ('mig20', 'billing') ORDER BY 1, 2;
SELECT c.relname, n.nspname, pg_table_is_visible(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname IN ('plans', 'plan_features', 'tasks') AND n.nspname IN ('mig20', 'billing') ORDER BY 2, 1;
SELECT 'plans'::regclass::text, 'mig20.plans'::regclass::text, 'tasks'::regclass::text;
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'plan_features_plan_code_fkey';
SET search_path TO mig20;
SELECT 'plans'::regclass::text, 'billing.plans'::regclass::text;
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'plan_features_plan_code_fkey';
SELECT indexdef FROM pg_indexes WHERE schemaname = 'billing' ORDER BY indexname;
SELECT nspname FROM pg_namespace WHERE nspname IN ('mig20', 'mig20_arch', 'billing') ORDER BY 1;
SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'mig20%' OR schema_name = 'billing' ORDER BY 1;
ALTER SCHEMA mig20_arch RENAME TO mig20_archive;
SELECT * FROM mig20_archive.imports;
DROP SCHEMA billing;
DROP SCHEMA billing RESTRICT;
DROP SCHEMA IF EXISTS no_such_schema;
DROP SCHEMA no_such_schema;
CREATE SCHEMA billing;
DROP SCHEMA billing CASCADE;
SELECT count(*) FROM pg_class WHERE relnamespace = 'mig20'::regnamespace AND relname = 'plan_features';
SET search_path = "$user", mig20;
SELECT current_schemas(false);
SET search_path = mig20;

-- migration 18: TRUNCATE with RESTART IDENTITY and CASCADE
CREATE TABLE tags (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text UNIQUE NOT NULL);
CREATE TABLE task_tags (task_id bigint REFERENCES tasks ON DELETE CASCADE, tag_id integer REFERENCES tags ON DELETE RESTRICT, PRIMARY KEY (task_id, tag_id));
INSERT INTO tags (name) VALUES ('bug'), ('feature'), ('chore');
INSERT INTO task_tags VALUES (100, 1), (100, 2), (110, 3);
DELETE FROM tags WHERE name = 'bug';
TRUNCATE tags;
TRUNCATE tags RESTART IDENTITY;
TRUNCATE tags, task_tags RESTART IDENTITY;
SELECT count(*) FROM task_tags;
INSERT INTO tags (name) VALUES ('again') RETURNING id;
INSERT INTO task_tags VALUES (100, 1);
TRUNCATE TABLE tags RESTART IDENTITY CASCADE;
SELECT (SELECT count(*) FROM tags), (SELECT count(*) FROM task_tags);
INSERT INTO tags (name) VALUES ('fresh') RETURNING id;
TRUNCATE tags CONTINUE IDENTITY CASCADE;
INSERT INTO tags (name) VALUES ('continued') RETURNING id;
BEGIN;
TRUNCATE tags RESTART IDENTITY CASCADE;
INSERT INTO tags (name) VALUES ('inside') RETURNING id;
ROLLBACK;
SELECT id, name FROM tags ORDER BY id;
INSERT INTO tags (name) VALUES ('after rollback') RETURNING id;
TRUNCATE ONLY tags CASCADE;
TRUNCATE no_such_table;
TRUNCATE "schema_migrations";
INSERT INTO "schema_migrations" (version, dirty) VALUES (18, false);

-- migration 19: DROP with RESTRICT and CASCADE
DROP TABLE tags;
DROP TABLE tags RESTRICT;
DROP TABLE tags CASCADE;
SELECT conname FROM pg_constraint WHERE conrelid = 'task_tags'::regclass ORDER BY 1;
DROP TABLE IF EXISTS tags, no_such_table;
DROP TABLE task_tags, no_such_table;
SELECT count(*) FROM pg_class WHERE relname = 'task_tags' AND relnamespace = 'mig20'::regnamespace;
DROP TABLE task_tags;
DROP TABLE tasks;
SELECT tc.table_name, tc.constraint_name FROM information_schema.table_constraints tc WHERE tc.table_schema = 'mig20' AND tc.constraint_type = 'FOREIGN KEY' ORDER BY 1, 2;
BEGIN;
DROP TABLE users CASCADE;
SELECT table_name FROM information_schema.tables WHERE table_schema = 'mig20' ORDER BY 1;
SELECT conname FROM pg_constraint WHERE connamespace = 'mig20'::regnamespace AND contype = 'f' ORDER BY 1;
ROLLBACK;
SELECT table_name FROM information_schema.tables WHERE table_schema = 'mig20' ORDER BY 1;
SELECT conname FROM pg_constraint WHERE connamespace = 'mig20'::regnamespace AND contype = 'f' ORDER BY 1;
DROP VIEW simple_users CASCADE;
DROP TYPE plan_kind;
DROP TYPE plan_kind RESTRICT;
DROP DOMAIN positive_amount CASCADE;
SELECT column_name FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'contacts' ORDER BY ordinal_position;

-- migration 20: DDL is transactional; a failing migration leaves nothing behind
BEGIN;
CREATE TABLE audit_events (id bigserial PRIMARY KEY, kind text NOT NULL);
ALTER TABLE users ADD COLUMN audit_id bigint REFERENCES audit_events;
CREATE INDEX users_audit_idx ON users (audit_id);
CREATE TYPE audit_kind AS ENUM ('login', 'logout');
COMMENT ON TABLE audit_events IS 'rolled back';
ROLLBACK;
SELECT count(*) FROM pg_class WHERE relnamespace = 'mig20'::regnamespace AND relname IN ('audit_events', 'audit_events_id_seq', 'users_audit_idx');
SELECT count(*) FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'users' AND column_name = 'audit_id';
SELECT count(*) FROM pg_type WHERE typname = 'audit_kind';
BEGIN;
ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN phone text;
ALTER TABLE users ADD COLUMN fax text;
ROLLBACK;
SELECT count(*) FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'users' AND column_name IN ('phone', 'fax');
BEGIN;
ALTER TABLE users RENAME COLUMN display_name TO shown_name;
ALTER TABLE users ALTER COLUMN age DROP NOT NULL;
SAVEPOINT step2;
ALTER TABLE users ALTER COLUMN age TYPE integer USING (age / 0);
ROLLBACK TO SAVEPOINT step2;
ALTER TABLE users ADD CONSTRAINT users_shown_name_len CHECK (length(shown_name) < 100);
COMMIT;
SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'users' AND column_name IN ('shown_name', 'display_name', 'age') ORDER BY 1;
SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'users_shown_name_len';
BEGIN;
DROP TABLE invoices;
CREATE TABLE invoices (id int);
ROLLBACK;
SELECT count(*) FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'invoices';
BEGIN;
ALTER TABLE accounts RENAME TO tenants;
ALTER TABLE tenants ADD COLUMN region text NOT NULL DEFAULT 'eu';
SELECT region FROM tenants ORDER BY id LIMIT 1;
SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'users_account_id_fkey';
ROLLBACK;
SELECT to_regclass('mig20.tenants'), to_regclass('mig20.accounts')::text;
SELECT column_name FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'accounts' ORDER BY ordinal_position;

-- wrong migrations: each error leaves the schema as it was
CREATE TABLE users (id int);
CREATE TABLE IF NOT EXISTS users (id int);
CREATE INDEX users_email_like ON users (email);
CREATE UNIQUE INDEX users_pk ON invoices (number);
ALTER TABLE users ADD CONSTRAINT users_pk UNIQUE (email);
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (true);
CREATE TYPE plan_kind AS ENUM ('a');
CREATE SEQUENCE tasks_id_seq;
CREATE VIEW users AS SELECT 1;
CREATE TABLE dup_cols (a int, a text);
CREATE TABLE bad_fk (x int REFERENCES users (display_name));
CREATE TABLE bad_fk (x text REFERENCES users (id));
CREATE TABLE bad_default (x int DEFAULT 'abc');
CREATE TABLE bad_check (x int CHECK (y > 0));
CREATE TABLE bad_type (x no_such_type);
CREATE TABLE two_pk (a int PRIMARY KEY, b int PRIMARY KEY);
SELECT count(*) FROM pg_class WHERE relnamespace = 'mig20'::regnamespace AND relname IN ('dup_cols', 'bad_fk', 'bad_default', 'bad_check', 'bad_type', 'two_pk');
ALTER TABLE users ALTER COLUMN email TYPE integer USING email::integer;
ALTER TABLE users ALTER COLUMN shown_name TYPE integer;
ALTER TABLE users ALTER COLUMN role TYPE plan_kind USING role::plan_kind;
UPDATE users SET age = NULL WHERE id = 3;
ALTER TABLE users ALTER COLUMN age SET NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_age_positive CHECK (age > 20);
CREATE UNIQUE INDEX users_account_unique ON users (account_id);
ALTER TABLE users ADD CONSTRAINT users_account_unique UNIQUE (account_id);
ALTER TABLE users ADD PRIMARY KEY (email);
INSERT INTO invoices (id, account_id, number) VALUES (7000, 3, 'ORPHAN-ish');
ALTER TABLE invoices ADD CONSTRAINT invoices_user_fk FOREIGN KEY (account_id) REFERENCES users (id);
SELECT count(*) FROM pg_indexes WHERE schemaname = 'mig20' AND indexname = 'users_account_unique';
SELECT conname FROM pg_constraint WHERE conrelid IN ('users'::regclass, 'invoices'::regclass) ORDER BY 1;
SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull FROM pg_attribute a WHERE a.attrelid = 'users'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
INSERT INTO "schema_migrations" (version, dirty) VALUES (20, true);
SELECT version, dirty FROM "schema_migrations" ORDER BY version;

-- what the tools read back at the end: psql's \d, TypeORM, SQLAlchemy, Prisma
SELECT n.nspname, c.relname FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname OPERATOR(pg_catalog.~) '^(tasks)$' COLLATE pg_catalog.default AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 1, 2;
SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) FROM pg_catalog.pg_attrdef d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef), a.attnotnull, (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation, a.attidentity, a.attgenerated FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'tasks'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, i.indisreplident FROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x')) WHERE c.oid = 'tasks'::regclass AND c.oid = i.indrelid AND i.indexrelid = c2.oid ORDER BY i.indisprimary DESC, c2.relname;
SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true) FROM pg_catalog.pg_constraint r WHERE r.conrelid = 'tasks'::regclass AND r.contype = 'c' ORDER BY 1;
SELECT true as sametable, conname, pg_catalog.pg_get_constraintdef(r.oid, true) as condef, conrelid::pg_catalog.regclass AS ontable FROM pg_catalog.pg_constraint r WHERE r.conrelid = 'tasks'::regclass AND r.contype = 'f' AND conparentid = 0 ORDER BY conname;
SELECT conname, conrelid::pg_catalog.regclass AS ontable, pg_catalog.pg_get_constraintdef(oid, true) AS condef FROM pg_catalog.pg_constraint c WHERE confrelid IN (SELECT pg_catalog.pg_partition_ancestors('tasks'::regclass) UNION ALL VALUES ('tasks'::regclass)) AND contype = 'f' AND conparentid = 0 ORDER BY conname;
SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "cnst"."conname" AS "constraint_name", pg_get_constraintdef("cnst"."oid") AS "expression", CASE "cnst"."contype" WHEN 'p' THEN 'PRIMARY' WHEN 'u' THEN 'UNIQUE' WHEN 'c' THEN 'CHECK' WHEN 'x' THEN 'EXCLUDE' END AS "constraint_type", "a"."attname" AS "column_name" FROM "pg_constraint" "cnst" INNER JOIN "pg_class" "t" ON "t"."oid" = "cnst"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "cnst"."connamespace" LEFT JOIN "pg_attribute" "a" ON "a"."attrelid" = "cnst"."conrelid" AND "a"."attnum" = ANY ("cnst"."conkey") WHERE "t"."relkind" IN ('r', 'p') AND (("ns"."nspname" = 'mig20' AND "t"."relname" = 'users') OR ("ns"."nspname" = 'mig20' AND "t"."relname" = 'tasks')) AND "cnst"."contype" <> 'f' ORDER BY 2, 3, 6;
SELECT "con"."conname" AS "constraint_name", "con"."nspname" AS "table_schema", "con"."relname" AS "table_name", "att2"."attname" AS "column_name", "ns"."nspname" AS "referenced_table_schema", "cl"."relname" AS "referenced_table_name", "att"."attname" AS "referenced_column_name", "con"."confdeltype" AS "on_delete", "con"."confupdtype" AS "on_update", "con"."condeferrable" AS "deferrable", "con"."condeferred" AS "deferred" FROM (SELECT UNNEST ("con1"."conkey") AS "parent", UNNEST ("con1"."confkey") AS "child", "con1"."confrelid", "con1"."conrelid", "con1"."conname", "con1"."contype", "ns"."nspname", "cl"."relname", "con1"."condeferrable", CASE WHEN "con1"."condeferred" THEN 'INITIALLY DEFERRED' ELSE 'INITIALLY IMMEDIATE' END as condeferred, CASE "con1"."confdeltype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confdeltype", CASE "con1"."confupdtype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confupdtype" FROM "pg_class" "cl" INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_constraint" "con1" ON "con1"."conrelid" = "cl"."oid" WHERE "con1"."contype" = 'f' AND (("ns"."nspname" = 'mig20' AND "cl"."relname" = 'tasks')) ) "con" INNER JOIN "pg_attribute" "att" ON "att"."attrelid" = "con"."confrelid" AND "att"."attnum" = "con"."child" INNER JOIN "pg_class" "cl" ON "cl"."oid" = "con"."confrelid" AND "cl"."relispartition" = 'f' INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_attribute" "att2" ON "att2"."attrelid" = "con"."conrelid" AND "att2"."attnum" = "con"."parent" ORDER BY 1, 4;
SELECT pg_catalog.pg_attribute.attname AS name, pg_catalog.format_type(pg_catalog.pg_attribute.atttypid, pg_catalog.pg_attribute.atttypmod) AS format_type, (SELECT pg_catalog.pg_get_expr(pg_catalog.pg_attrdef.adbin, pg_catalog.pg_attrdef.adrelid) FROM pg_catalog.pg_attrdef WHERE pg_catalog.pg_attrdef.adrelid = pg_catalog.pg_attribute.attrelid AND pg_catalog.pg_attrdef.adnum = pg_catalog.pg_attribute.attnum AND pg_catalog.pg_attribute.atthasdef) AS "default", pg_catalog.pg_attribute.attnotnull AS not_null, pg_catalog.pg_class.relname AS table_name, pg_catalog.pg_description.description AS comment, pg_catalog.pg_attribute.attgenerated AS generated, (SELECT json_build_object('always', pg_catalog.pg_attribute.attidentity = 'a', 'start', pg_catalog.pg_sequence.seqstart, 'increment', pg_catalog.pg_sequence.seqincrement, 'minvalue', pg_catalog.pg_sequence.seqmin, 'maxvalue', pg_catalog.pg_sequence.seqmax, 'cache', pg_catalog.pg_sequence.seqcache, 'cycle', pg_catalog.pg_sequence.seqcycle) AS json_build_object_1 FROM pg_catalog.pg_sequence WHERE pg_catalog.pg_attribute.attidentity != '' AND pg_catalog.pg_sequence.seqrelid = CAST(CAST(pg_catalog.pg_get_serial_sequence(CAST(CAST(pg_catalog.pg_attribute.attrelid AS REGCLASS) AS TEXT), pg_catalog.pg_attribute.attname) AS REGCLASS) AS OID)) AS identity_options FROM pg_catalog.pg_class LEFT OUTER JOIN pg_catalog.pg_attribute ON pg_catalog.pg_class.oid = pg_catalog.pg_attribute.attrelid AND pg_catalog.pg_attribute.attnum > 0 AND NOT pg_catalog.pg_attribute.attisdropped LEFT OUTER JOIN pg_catalog.pg_description ON pg_catalog.pg_description.objoid = pg_catalog.pg_attribute.attrelid AND pg_catalog.pg_description.objsubid = pg_catalog.pg_attribute.attnum JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace WHERE pg_catalog.pg_class.relkind = ANY (ARRAY['r', 'p', 'f', 'v', 'm']) AND pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != 'pg_catalog' AND pg_catalog.pg_class.relname IN ('tasks', 'invoices') ORDER BY pg_catalog.pg_class.relname, pg_catalog.pg_attribute.attnum;
SELECT oid.namespace, info.table_name, info.column_name, format_type(att.atttypid, att.atttypmod) as formatted_type, info.numeric_precision, info.numeric_scale, info.numeric_precision_radix, info.datetime_precision, info.data_type, info.udt_schema as type_schema_name, info.udt_name as full_data_type, pg_get_expr(attdef.adbin, attdef.adrelid) AS column_default, info.is_nullable, info.is_identity, info.character_maximum_length, col_description(att.attrelid, ordinal_position) AS description FROM information_schema.columns info JOIN pg_attribute att ON att.attname = info.column_name JOIN (SELECT pg_class.oid, relname, pg_namespace.nspname as namespace FROM pg_class JOIN pg_namespace on pg_namespace.oid = pg_class.relnamespace AND pg_namespace.nspname = ANY (ARRAY['mig20'])) as oid on oid.oid = att.attrelid AND relname = info.table_name AND namespace = info.table_schema LEFT OUTER JOIN pg_attrdef attdef ON attdef.adrelid = att.attrelid AND attdef.adnum = att.attnum AND table_schema = namespace WHERE table_schema = ANY (ARRAY['mig20']) AND info.table_name IN ('tasks', 'accounts', 'contacts') ORDER BY namespace, table_name, ordinal_position;
-- params: [["mig20"]]
SELECT t.relname AS table_name, n.nspname AS namespace, obj_description(t.oid, 'pg_class') AS description, t.relkind FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = ANY ($1) AND t.relkind IN ('r', 'p', 'v') ORDER BY n.nspname, t.relname;
-- params: [["mig20"]]
SELECT t.typname AS name, e.enumlabel AS value, n.nspname AS namespace FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ANY ($1) ORDER BY e.enumsortorder;
-- params: ["mig20", "users"]
SELECT COUNT(1) FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2 LIMIT 1;
SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_name = 'tasks' AND table_schema = current_schema();
SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'users' AND table_schema = current_schema() AND column_name = 'shown_name';
SELECT pg_get_indexdef(indexrelid, k + 1, true) FROM pg_index, generate_subscripts(indkey, 1) AS k WHERE indexrelid = 'tasks_status_idx'::regclass ORDER BY k;

-- the bookkeeping closed: TypeORM's table, Rails' tables, locks released
CREATE TABLE "migrations" ("id" SERIAL NOT NULL, "timestamp" bigint NOT NULL, "name" character varying NOT NULL, CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY ("id"));
INSERT INTO "migrations"("timestamp", "name") VALUES ($$1714557600000$$, $$Init1714557600000$$), (1714557700000, 'AddTags1714557700000');
SELECT * FROM "mig20"."migrations" "migrations" ORDER BY "id" DESC;
CREATE TABLE "ar_internal_metadata" ("key" character varying NOT NULL PRIMARY KEY, "value" character varying, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
INSERT INTO "ar_internal_metadata" ("key", "value", "created_at", "updated_at") VALUES ('environment', 'test', '2024-05-01 10:00:00.123456', '2024-05-01 10:00:00.123456') ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updated_at" = excluded."updated_at" RETURNING "key";
SELECT "ar_internal_metadata".* FROM "ar_internal_metadata" WHERE "ar_internal_metadata"."key" = 'environment' LIMIT 1;
SELECT column_name, datetime_precision, data_type FROM information_schema.columns WHERE table_schema = 'mig20' AND table_name = 'ar_internal_metadata' ORDER BY ordinal_position;
INSERT INTO django_migrations (app, name, applied) VALUES ('core', '0002_tasks', '2024-05-02 10:00:00+00'), ('core', '0003_indexes', '2024-05-03 10:00:00+00');
SELECT app, name FROM django_migrations ORDER BY id;
INSERT INTO mig20.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1', 'dev', 'db/changelog.xml', '2024-05-01 10:00:00', 1, '9:abc', 'createTable tableName=accounts', '', 'EXECUTED', NULL, NULL, '4.25.0', '4557600000');
SELECT FILENAME, AUTHOR, ID, MD5SUM, DATEEXECUTED, ORDEREXECUTED, EXECTYPE FROM mig20.databasechangelog ORDER BY DATEEXECUTED ASC, ORDEREXECUTED ASC;
UPDATE mig20.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;
INSERT INTO knex_migrations (name, batch, migration_time) VALUES ('20240520_final.js', 2, '2024-05-20 10:00:00+00');
update "knex_migrations_lock" set "is_locked" = 0;
select "name", "batch" from "knex_migrations" order by "id";
INSERT INTO "mig20"."flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success") VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', -1234567, 'postgres', 12, true);
SELECT "installed_rank", "version", "script", "success" FROM "mig20"."flyway_schema_history" ORDER BY "installed_rank";
BEGIN;
SELECT pg_advisory_xact_lock(42);
SELECT pg_try_advisory_xact_lock(42);
COMMIT;
SELECT pg_try_advisory_lock(20202020);
SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' ORDER BY objid;
SELECT pg_advisory_unlock(20202020), pg_advisory_unlock(20202020), pg_advisory_unlock(20202020);
SELECT pg_advisory_unlock_all();
TRUNCATE "schema_migrations";
INSERT INTO "schema_migrations" (version, dirty) VALUES (20, false);
SELECT version, dirty FROM "schema_migrations" LIMIT 1;
SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = 'mig20'::regnamespace ORDER BY 1;
RESET search_path;
