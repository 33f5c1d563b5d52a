-- The twenty-ninth session's graphile-worker sweep, migration 11 onward: what graphile-worker
-- 0.17's migration 11 sends (LOCK TABLE, ALTER COLUMN … TYPE int2, ALTER TABLE … RENAME of tables
-- whose triggers upsert into another schema's table under its own name, new tables beside the
-- renamed ones with generated and identity columns, INCLUDE and partial indexes, a composite
-- job_spec with json and array attributes, add_jobs over unnest(specs)), each migration in a
-- transaction that must roll back whole when it fails, then the general forms behind them: DML
-- targets with aliases in trigger bodies across renames, unnamed keys beside renamed tables'.
CREATE SCHEMA s29g_gw;
CREATE TABLE s29g_gw.job_queues (
  queue_name text NOT NULL PRIMARY KEY,
  job_count int NOT NULL,
  locked_at timestamptz,
  locked_by text
);
CREATE TABLE s29g_gw.jobs (
  id bigserial PRIMARY KEY,
  queue_name text,
  task_identifier text NOT NULL,
  payload json DEFAULT '{}'::json NOT NULL,
  priority int DEFAULT 0 NOT NULL,
  attempts int DEFAULT 0 NOT NULL,
  max_attempts int DEFAULT 25 NOT NULL,
  last_error text,
  locked_at timestamptz,
  locked_by text
);
ALTER TABLE s29g_gw.jobs ADD COLUMN key text UNIQUE CHECK (length(key) > 0);
CREATE FUNCTION s29g_gw.jobs__decrease_job_queue_count() RETURNS trigger AS $$
DECLARE
  v_new_job_count int; BEGIN
  UPDATE s29g_gw.job_queues
    SET job_count = job_queues.job_count - 1
    WHERE queue_name = old.queue_name
    RETURNING job_count INTO v_new_job_count;  IF v_new_job_count <= 0 THEN
    DELETE FROM s29g_gw.job_queues WHERE queue_name = old.queue_name AND job_count <= 0; END IF;  RETURN old; END; $$ LANGUAGE plpgsql;
CREATE FUNCTION s29g_gw.jobs__increase_job_queue_count() RETURNS trigger AS $$
BEGIN
  INSERT INTO s29g_gw.job_queues(queue_name, job_count)
    VALUES(new.queue_name, 1)
    ON CONFLICT (queue_name)
    DO UPDATE
    SET job_count = job_queues.job_count + 1;  RETURN new; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER _500_increase_job_queue_count AFTER INSERT ON s29g_gw.jobs FOR EACH ROW WHEN (NEW.queue_name IS NOT NULL) EXECUTE PROCEDURE s29g_gw.jobs__increase_job_queue_count();
CREATE TRIGGER _500_decrease_job_queue_count AFTER DELETE ON s29g_gw.jobs FOR EACH ROW WHEN (OLD.queue_name IS NOT NULL) EXECUTE PROCEDURE s29g_gw.jobs__decrease_job_queue_count();
CREATE TRIGGER _500_decrease_job_queue_count_update AFTER UPDATE OF queue_name ON s29g_gw.jobs FOR EACH ROW WHEN (NEW.queue_name IS DISTINCT FROM OLD.queue_name AND OLD.queue_name IS NOT NULL) EXECUTE PROCEDURE s29g_gw.jobs__decrease_job_queue_count();
INSERT INTO s29g_gw.jobs (task_identifier, queue_name, key) VALUES ('email', 'q1', 'k1'), ('email', 'q1', NULL), ('sms', NULL, 'k2'), ('sms', 'q2', NULL);
-- @must
SELECT queue_name, job_count FROM s29g_gw.job_queues ORDER BY queue_name;
DELETE FROM s29g_gw.jobs WHERE key = 'k1';
UPDATE s29g_gw.jobs SET queue_name = 'q2' WHERE queue_name = 'q1';
-- @must
SELECT queue_name, job_count FROM s29g_gw.job_queues ORDER BY queue_name;
-- Migration 11 as it starts: in a transaction, locks, a guard, narrower integer columns.
BEGIN;
LOCK TABLE s29g_gw.jobs;
LOCK TABLE s29g_gw.job_queues;
SELECT 1/(CASE WHEN EXISTS (SELECT 1 FROM s29g_gw.jobs WHERE locked_at IS NOT NULL) THEN 0 ELSE 1 END);
ALTER TABLE s29g_gw.jobs ALTER COLUMN attempts TYPE int2, ALTER COLUMN max_attempts TYPE int2, ALTER COLUMN priority TYPE int2;
DROP TRIGGER _500_decrease_job_queue_count_update ON s29g_gw.jobs;
-- The triggers' upsert, UPDATE and DELETE into job_queues are read again by the rename.
-- @must
ALTER TABLE s29g_gw.jobs RENAME TO jobs_legacy;
-- @must
ALTER TABLE s29g_gw.job_queues RENAME TO job_queues_legacy;
-- @must
CREATE TABLE s29g_gw.job_queues (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  queue_name text NOT NULL UNIQUE CHECK (length(queue_name) <= 128),
  locked_at timestamptz,
  locked_by text,
  is_available boolean GENERATED ALWAYS AS ((locked_at IS NULL)) STORED NOT NULL
);
-- @must
CREATE TABLE s29g_gw.tasks (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  identifier text NOT NULL UNIQUE CHECK (length(identifier) <= 128)
);
-- The new jobs' key takes jobs_key_key1: the renamed table kept jobs_key_key (and jobs_pkey).
-- @must
CREATE TABLE s29g_gw.jobs (
  id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  job_queue_id int NULL,
  task_id int NOT NULL,
  payload json DEFAULT '{}'::json NOT NULL,
  priority smallint DEFAULT 0 NOT NULL,
  attempts smallint DEFAULT 0 NOT NULL,
  max_attempts smallint DEFAULT 25 NOT NULL CONSTRAINT jobs_max_attempts_check CHECK (max_attempts >= 1),
  last_error text,
  key text UNIQUE CONSTRAINT jobs_key_check CHECK (length(key) > 0 AND length(key) <= 512),
  locked_at timestamptz,
  locked_by text,
  revision integer DEFAULT 0 NOT NULL,
  flags jsonb,
  is_available boolean GENERATED ALWAYS AS (((locked_at IS NULL) AND (attempts < max_attempts))) STORED NOT NULL
);
-- @must
SELECT conname, contype FROM pg_constraint WHERE connamespace = 's29g_gw'::regnamespace ORDER BY conname;
-- @must
SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 's29g_gw' ORDER BY indexname;
-- @must
CREATE INDEX jobs_main_index ON s29g_gw.jobs USING btree (priority, id) INCLUDE (task_id, job_queue_id) WHERE (is_available = true);
-- @must
CREATE INDEX jobs_no_queue_index ON s29g_gw.jobs USING btree (priority, id) INCLUDE (task_id) WHERE (is_available = true AND job_queue_id IS NULL);
ROLLBACK;
-- The failed migration left nothing: the old tables under their old names, their rows and keys.
-- @must
SELECT table_name FROM information_schema.tables WHERE table_schema = 's29g_gw' ORDER BY table_name;
-- @must
SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 's29g_gw' ORDER BY indexname;
-- @must
SELECT task_identifier, queue_name, key FROM s29g_gw.jobs ORDER BY id;
-- @must
SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 's29g_gw' AND table_name = 'jobs' AND column_name IN ('attempts', 'priority') ORDER BY column_name;
-- @must
INSERT INTO s29g_gw.jobs (task_identifier, key) VALUES ('dup', 'k2');
-- @must
INSERT INTO s29g_gw.jobs (task_identifier, queue_name) VALUES ('email', 'q2');
-- @must
SELECT queue_name, job_count FROM s29g_gw.job_queues ORDER BY queue_name;
-- Migration 11 again, committed this time.
BEGIN;
ALTER TABLE s29g_gw.jobs ALTER COLUMN attempts TYPE int2, ALTER COLUMN max_attempts TYPE int2, ALTER COLUMN priority TYPE int2;
-- @must
ALTER TABLE s29g_gw.jobs RENAME TO jobs_legacy;
-- @must
ALTER TABLE s29g_gw.job_queues RENAME TO job_queues_legacy;
CREATE TABLE s29g_gw.job_queues (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  queue_name text NOT NULL UNIQUE CHECK (length(queue_name) <= 128),
  locked_at timestamptz,
  locked_by text,
  is_available boolean GENERATED ALWAYS AS ((locked_at IS NULL)) STORED NOT NULL
);
CREATE TABLE s29g_gw.tasks (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  identifier text NOT NULL UNIQUE CHECK (length(identifier) <= 128)
);
CREATE TABLE s29g_gw.jobs (
  id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  job_queue_id int NULL,
  task_id int NOT NULL,
  payload json DEFAULT '{}'::json NOT NULL,
  priority smallint DEFAULT 0 NOT NULL,
  attempts smallint DEFAULT 0 NOT NULL,
  max_attempts smallint DEFAULT 25 NOT NULL CONSTRAINT jobs_max_attempts_check CHECK (max_attempts >= 1),
  last_error text,
  key text UNIQUE CONSTRAINT jobs_key_check CHECK (length(key) > 0 AND length(key) <= 512),
  locked_at timestamptz,
  locked_by text,
  revision integer DEFAULT 0 NOT NULL,
  flags jsonb,
  is_available boolean GENERATED ALWAYS AS (((locked_at IS NULL) AND (attempts < max_attempts))) STORED NOT NULL
);
CREATE INDEX jobs_main_index ON s29g_gw.jobs USING btree (priority, id) INCLUDE (task_id, job_queue_id) WHERE (is_available = true);
-- Moving the legacy jobs over, as migration 11 does.
INSERT INTO s29g_gw.tasks (identifier) SELECT DISTINCT task_identifier FROM s29g_gw.jobs_legacy ON CONFLICT DO NOTHING;
INSERT INTO s29g_gw.job_queues (queue_name) SELECT DISTINCT queue_name FROM s29g_gw.jobs_legacy WHERE queue_name IS NOT NULL ON CONFLICT DO NOTHING;
-- @must
INSERT INTO s29g_gw.jobs (job_queue_id, task_id, payload, priority, attempts, max_attempts, last_error, key)
  SELECT job_queues.id, tasks.id, legacy.payload, legacy.priority, legacy.attempts, legacy.max_attempts, legacy.last_error, legacy.key
  FROM s29g_gw.jobs_legacy legacy
  INNER JOIN s29g_gw.tasks ON tasks.identifier = legacy.task_identifier
  LEFT JOIN s29g_gw.job_queues ON job_queues.queue_name = legacy.queue_name
  ORDER BY legacy.id;
COMMIT;
-- @must
SELECT t.identifier, q.queue_name, j.key, j.attempts, j.max_attempts, j.is_available FROM s29g_gw.jobs j JOIN s29g_gw.tasks t ON t.id = j.task_id LEFT JOIN s29g_gw.job_queues q ON q.id = j.job_queue_id ORDER BY j.id;
-- @must
SELECT queue_name, is_available FROM s29g_gw.job_queues ORDER BY id;
-- @must
SELECT conname, contype FROM pg_constraint WHERE connamespace = 's29g_gw'::regnamespace ORDER BY conname;
-- @must
SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 's29g_gw' ORDER BY indexname;
-- @must
SELECT pg_get_indexdef('s29g_gw.jobs_main_index'::regclass);
-- The legacy tables' triggers: PostgreSQL resolves their bodies' s29g_gw.job_queues when they run
-- (the new table, without job_count: 42703), evsql's SQLite triggers follow the renamed table.
INSERT INTO s29g_gw.jobs_legacy (task_identifier, queue_name) VALUES ('late', 'q9');
SELECT queue_name, job_count FROM s29g_gw.job_queues_legacy ORDER BY queue_name;
DELETE FROM s29g_gw.jobs_legacy WHERE task_identifier = 'late';
-- @must
SELECT queue_name, job_count FROM s29g_gw.job_queues_legacy ORDER BY queue_name;
-- Generated columns follow the row; writing one is refused.
-- @must
UPDATE s29g_gw.jobs SET locked_at = '2024-01-01 00:00:00+00', locked_by = 'w1' WHERE key = 'k2' RETURNING key, is_available;
-- @must
UPDATE s29g_gw.jobs SET attempts = max_attempts WHERE key IS NULL AND task_id = (SELECT id FROM s29g_gw.tasks WHERE identifier = 'email') RETURNING attempts, is_available;
-- @must
SELECT count(*) FROM s29g_gw.jobs WHERE is_available = true;
-- @must
INSERT INTO s29g_gw.jobs (task_id, is_available) VALUES (1, true);
-- @must
UPDATE s29g_gw.jobs SET is_available = false;
-- @must
INSERT INTO s29g_gw.job_queues (id, queue_name) VALUES (99, 'forced');
-- @must
INSERT INTO s29g_gw.jobs (task_id, max_attempts) VALUES (1, 0);
-- @must
INSERT INTO s29g_gw.jobs (task_id, key) VALUES (1, '');
-- @must
INSERT INTO s29g_gw.jobs (task_id, key) VALUES (1, 'k2');
-- @must
INSERT INTO s29g_gw.tasks (identifier) VALUES (repeat('x', 129));
-- job_spec: a composite type of graphile-worker's schema, json and text[] attributes.
CREATE TYPE s29g_gw.job_spec AS (
  identifier text,
  payload json,
  queue_name text,
  run_at timestamptz,
  max_attempts integer,
  job_key text,
  priority integer,
  flags text[]
);
SELECT (ROW('a', '{"x":1}', 'q', NULL, 5, 'k', 0, '{f1,f2}')::s29g_gw.job_spec).identifier;
SELECT (s).identifier, (s).payload::text, (s).flags FROM (SELECT ROW('a', '{"x":1}', 'q', NULL, 5, 'k', 0, '{f1,f2}')::s29g_gw.job_spec AS s) x;
SELECT spec.identifier, spec.max_attempts FROM unnest(ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s29g_gw.job_spec, ROW('b', '{}', 'q', NULL, 4, 'kb', 1, '{x}')::s29g_gw.job_spec]) spec ORDER BY 1;
SELECT DISTINCT spec.identifier FROM unnest(ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s29g_gw.job_spec, ROW('a', '{}', 'q', NULL, 4, 'kb', 1, '{x}')::s29g_gw.job_spec]) spec;
SELECT array_length(ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s29g_gw.job_spec], 1);
CREATE FUNCTION s29g_gw.add_jobs(specs s29g_gw.job_spec[], job_key_preserve_run_at boolean DEFAULT false) RETURNS SETOF s29g_gw.jobs AS $$
begin
  insert into s29g_gw.tasks (identifier) select distinct spec.identifier from unnest(specs) spec on conflict do nothing; insert into s29g_gw.job_queues (queue_name) select distinct spec.queue_name from unnest(specs) spec where spec.queue_name is not null on conflict do nothing; return query insert into s29g_gw.jobs (job_queue_id, task_id, payload, max_attempts, key, priority)
    select job_queues.id, tasks.id, coalesce(spec.payload, '{}'::json), coalesce(spec.max_attempts, 25), spec.job_key, coalesce(spec.priority, 0)
    from unnest(specs) spec inner join s29g_gw.tasks on tasks.identifier = spec.identifier left join s29g_gw.job_queues on job_queues.queue_name = spec.queue_name
    returning *; end; $$ LANGUAGE plpgsql VOLATILE;
SELECT key, max_attempts, priority FROM s29g_gw.add_jobs(ARRAY[ROW('bulk', '{"n":1}', 'qb', NULL, 2, 'kb1', 3, NULL)::s29g_gw.job_spec, ROW('bulk', '{"n":2}', NULL, NULL, NULL, NULL, NULL, NULL)::s29g_gw.job_spec]) ORDER BY key;
-- Later migrations change the type: ALTER TYPE … ADD ATTRIBUTE, RENAME ATTRIBUTE.
ALTER TYPE s29g_gw.job_spec ADD ATTRIBUTE extra text;
ALTER TYPE s29g_gw.job_spec RENAME ATTRIBUTE extra TO extra2;
SELECT attname FROM pg_attribute WHERE attrelid = 's29g_gw.job_spec'::regclass AND attnum > 0 ORDER BY attnum;
-- The general forms: a DML target under an alias in a trigger's body across a rename.
CREATE SCHEMA s29g_a;
CREATE TABLE s29g_a.counts (name text PRIMARY KEY, n int NOT NULL DEFAULT 0, total numeric(10,2) NOT NULL DEFAULT 0);
CREATE TABLE s29g_a.events (id serial PRIMARY KEY, name text NOT NULL, amount numeric(10,2) NOT NULL DEFAULT 1);
CREATE FUNCTION s29g_a.count_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO s29g_a.counts AS c (name, n, total) VALUES (NEW.name, 1, NEW.amount) ON CONFLICT (name) DO UPDATE SET n = c.n + 1, total = c.total + excluded.total WHERE c.name = excluded.name; ELSIF TG_OP = 'UPDATE' THEN
    UPDATE s29g_a.counts AS c SET total = c.total - OLD.amount + NEW.amount WHERE c.name = NEW.name; ELSE
    DELETE FROM s29g_a.counts AS c WHERE c.name = OLD.name AND c.n <= 1; UPDATE s29g_a.counts SET n = counts.n - 1 WHERE counts.name = OLD.name; END IF; RETURN NULL; END $$;
CREATE TRIGGER s29g_count AFTER INSERT OR UPDATE OR DELETE ON s29g_a.events FOR EACH ROW EXECUTE FUNCTION s29g_a.count_event();
INSERT INTO s29g_a.events (name, amount) VALUES ('a', 1.50), ('a', 2.25), ('b', 4);
-- @must
SELECT name, n, total FROM s29g_a.counts ORDER BY name;
-- @must
ALTER TABLE s29g_a.events RENAME TO events_old;
-- @must
INSERT INTO s29g_a.events_old (name, amount) VALUES ('a', 10), ('c', 1);
-- @must
UPDATE s29g_a.events_old SET amount = amount + 1 WHERE name = 'b';
-- @must
DELETE FROM s29g_a.events_old WHERE name = 'c';
-- @must
SELECT name, n, total FROM s29g_a.counts ORDER BY name;
-- PostgreSQL reads a trigger body's names when it runs: after these renames NEW.amount and
-- s29g_a.counts name nothing there (42703, 42P01), where evsql's SQLite triggers follow them.
ALTER TABLE s29g_a.events_old RENAME COLUMN amount TO amt;
-- @must
CREATE TABLE s29g_a.other (id int);
-- @must
ALTER TABLE s29g_a.other RENAME TO other2;
INSERT INTO s29g_a.events_old (name, amt) VALUES ('a', 10), ('c', 1);
UPDATE s29g_a.events_old SET amt = amt + 1 WHERE name = 'b';
DELETE FROM s29g_a.events_old WHERE name = 'c';
SELECT name, n, total FROM s29g_a.counts ORDER BY name;
-- @must
ALTER TABLE s29g_a.counts RENAME TO counts2;
INSERT INTO s29g_a.events_old (name, amt) VALUES ('a', 1);
-- The same in public, an alias of a table of the search path.
CREATE TABLE s29g_tally (k text PRIMARY KEY, n int NOT NULL);
CREATE TABLE s29g_hits (id serial PRIMARY KEY, k text);
CREATE FUNCTION s29g_hit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO s29g_tally AS t VALUES (NEW.k, 1) ON CONFLICT (k) DO UPDATE SET n = t.n + 1; UPDATE s29g_tally AS t2 SET n = t2.n WHERE t2.k = NEW.k; RETURN NEW; END $$;
CREATE TRIGGER s29g_hit AFTER INSERT ON s29g_hits FOR EACH ROW EXECUTE FUNCTION s29g_hit();
INSERT INTO s29g_hits (k) VALUES ('x'), ('x'), ('y');
-- @must
ALTER TABLE s29g_hits RENAME TO s29g_hits2;
-- @must
INSERT INTO s29g_hits2 (k) VALUES ('x');
-- @must
SELECT k, n FROM s29g_tally ORDER BY k;
-- Aliased targets outside triggers: the alias, not the table's name, names the row.
-- @must
INSERT INTO s29g_tally AS t VALUES ('x', 1) ON CONFLICT (k) DO UPDATE SET n = t.n + 10 RETURNING t.k, t.n;
-- @must
INSERT INTO s29g_tally AS t VALUES ('z', 1) ON CONFLICT (k) DO UPDATE SET n = t.n + 10 RETURNING k, n, (xmax = 0) AS inserted;
-- @must
INSERT INTO s29g_tally AS t VALUES ('x', 1) ON CONFLICT (k) DO UPDATE SET n = s29g_tally.n + 10;
-- @must
INSERT INTO s29g_tally AS t VALUES ('x', 1) ON CONFLICT (k) DO UPDATE SET n = t.n + 1 WHERE t.n > 1000 RETURNING n;
-- @must
UPDATE s29g_tally AS t SET n = t.n * 2 WHERE t.k = 'y' RETURNING t.n;
-- @must
UPDATE s29g_tally AS t SET n = s29g_tally.n WHERE t.k = 'y';
-- @must
UPDATE s29g_tally AS t SET n = (SELECT count(*) FROM s29g_tally WHERE k <> t.k) WHERE t.k = 'y' RETURNING n;
-- @must
UPDATE s29g_tally AS t SET n = o.n FROM s29g_tally o WHERE o.k = 'z' AND t.k = 'y' RETURNING t.k, t.n;
-- @must
DELETE FROM s29g_tally AS t WHERE t.k = 'z' RETURNING t.*;
-- @must
DELETE FROM s29g_tally AS t WHERE EXISTS (SELECT 1 FROM s29g_hits2 h WHERE h.k = t.k AND h.k = 'nothing');
-- @must
SELECT k, n FROM s29g_tally ORDER BY k;
CREATE TABLE s29g_num (k int PRIMARY KEY, v numeric);
-- @must
INSERT INTO s29g_num AS x VALUES (1, 1.50) ON CONFLICT (k) DO UPDATE SET v = x.v + 1 RETURNING x.v;
-- @must
INSERT INTO s29g_num AS x VALUES (1, 1.50) ON CONFLICT (k) DO UPDATE SET v = x.v + excluded.v RETURNING x.*, (xmax = 0) AS inserted;
-- @must
UPDATE s29g_num AS x SET v = x.v * 2 RETURNING x.v;
-- Transactions that rename and roll back.
CREATE TABLE s29g_r (id int PRIMARY KEY, k text);
ALTER TABLE s29g_r ADD COLUMN k2 text UNIQUE;
CREATE INDEX s29g_r_k_idx ON s29g_r (k);
INSERT INTO s29g_r VALUES (1, 'a', 'b');
BEGIN;
-- @must
ALTER TABLE s29g_r RENAME TO s29g_r_old;
-- @must
INSERT INTO s29g_r_old VALUES (2, 'a', 'c');
-- @must
CREATE TABLE s29g_r (id int PRIMARY KEY, k2 text UNIQUE);
-- @must
SELECT indexname, tablename FROM pg_indexes WHERE tablename LIKE 's29g_r%' ORDER BY indexname;
-- @must
ROLLBACK;
-- @must
SELECT indexname, tablename FROM pg_indexes WHERE tablename LIKE 's29g_r%' ORDER BY indexname;
-- @must
SELECT * FROM s29g_r ORDER BY id;
-- @must
INSERT INTO s29g_r VALUES (3, 'x', 'b');
BEGIN;
-- @must
ALTER TABLE s29g_r RENAME TO s29g_r_old;
-- @must
ALTER TABLE s29g_r_old RENAME COLUMN k TO kk;
SAVEPOINT s1;
-- @must
ALTER TABLE s29g_r_old RENAME TO s29g_r_older;
ROLLBACK TO SAVEPOINT s1;
-- @must
SELECT table_name FROM information_schema.tables WHERE table_name LIKE 's29g_r%' ORDER BY 1;
ROLLBACK;
-- @must
SELECT column_name FROM information_schema.columns WHERE table_name = 's29g_r' ORDER BY ordinal_position;
-- An error inside the migration's transaction takes the renames back too.
BEGIN;
ALTER TABLE s29g_r RENAME TO s29g_r_legacy;
CREATE TABLE s29g_r (id int PRIMARY KEY, k2 text UNIQUE);
SELECT 1/0;
ROLLBACK;
-- @must
SELECT table_name FROM information_schema.tables WHERE table_name LIKE 's29g_r%' ORDER BY 1;
-- @must
SELECT conname FROM pg_constraint WHERE conrelid = 's29g_r'::regclass ORDER BY 1;
-- Unnamed keys beside a renamed table's: the next free name.
CREATE TABLE s29g_k (id int PRIMARY KEY, key text UNIQUE);
ALTER TABLE s29g_k RENAME TO s29g_k_legacy;
-- @must
CREATE TABLE s29g_k (id int PRIMARY KEY, key text UNIQUE, other text, UNIQUE (key, other));
-- @must
SELECT conname, conrelid::regclass FROM pg_constraint WHERE conname LIKE 's29g_k%' ORDER BY 1;
-- @must
SELECT indexname FROM pg_indexes WHERE tablename IN ('s29g_k', 's29g_k_legacy') ORDER BY 1;
-- @must
INSERT INTO s29g_k VALUES (1, 'a', 'b'), (2, 'a', 'c');
-- @must
INSERT INTO s29g_k_legacy VALUES (1, 'a'), (2, 'a');
-- @must
ALTER TABLE s29g_k DROP CONSTRAINT s29g_k_key_key1;
-- @must
ALTER TABLE s29g_k ADD UNIQUE (key);
-- @must
SELECT conname FROM pg_constraint WHERE conrelid = 's29g_k'::regclass ORDER BY 1;
-- @must
CREATE TABLE s29g_kk (id int PRIMARY KEY);
CREATE TABLE s29g_kk_pkey (id int);
ALTER TABLE s29g_kk RENAME TO s29g_kk_old;
-- @must
CREATE TABLE s29g_kk (id int PRIMARY KEY);
-- @must
SELECT conname FROM pg_constraint WHERE conrelid IN ('s29g_kk'::regclass, 's29g_kk_old'::regclass) ORDER BY 1;
-- @must
CREATE TABLE s29g_kk (id int PRIMARY KEY);
-- @must
CREATE TEMP TABLE s29g_kk (id int PRIMARY KEY, v text UNIQUE);
-- @must
SELECT count(*) FROM pg_indexes WHERE tablename = 's29g_kk';
DROP TABLE s29g_kk;
-- What graphile-worker's client sends after the migrations, against the legacy tables.
-- @must
SELECT id, breaking FROM (VALUES (11, true), (12, false)) v(id, breaking) ORDER BY id;
-- @must
SELECT 1/(CASE WHEN EXISTS (SELECT 1 FROM s29g_gw.jobs_legacy WHERE locked_at IS NOT NULL) THEN 0 ELSE 1 END);
-- @must
SELECT pg_notify('worker:migrate', '{"migrationNumber":11,"breaking":true}');
-- @must
LOCK TABLE s29g_gw.jobs;
