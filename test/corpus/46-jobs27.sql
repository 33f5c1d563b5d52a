-- The twenty-seventh session's job-queue sweep: pg-boss 10's partitioned job table (a queue's
-- table with its own primary key, foreign keys, partial unique indexes and check, attached as a
-- partition), its insert's parameter typing, and graphile-worker's trigger functions.
CREATE SCHEMA j27;
CREATE TYPE j27.job_state AS ENUM ('created', 'retry', 'active', 'completed', 'cancelled', 'failed');
CREATE TABLE j27.queue (name text PRIMARY KEY, policy text, retry_limit int, retry_delay int, retry_backoff bool, expire_seconds int, retention_minutes int, dead_letter text REFERENCES j27.queue (name), partition_name text, created_on timestamptz NOT NULL DEFAULT now());
-- @must
CREATE TABLE j27.job (id uuid NOT NULL DEFAULT gen_random_uuid(), name text NOT NULL, priority integer NOT NULL DEFAULT 0, data jsonb, state j27.job_state NOT NULL DEFAULT 'created', retry_limit integer NOT NULL DEFAULT 2, retry_count integer NOT NULL DEFAULT 0, singleton_key text, singleton_on timestamp, expire_in interval NOT NULL DEFAULT interval '15 minutes', start_after timestamptz NOT NULL DEFAULT now(), keep_until timestamptz NOT NULL DEFAULT now() + interval '14 days', output jsonb, dead_letter text, policy text) PARTITION BY LIST (name);
-- @must
ALTER TABLE j27.job ADD PRIMARY KEY (name, id);
-- @must
INSERT INTO j27.queue (name, policy, partition_name) VALUES ('mail', 'standard', 'j_mail'), ('single', 'singleton', 'j_single'), ('dlq', NULL, NULL);
-- @must
CREATE TABLE j27.j_mail (LIKE j27.job INCLUDING DEFAULTS);
-- @must
ALTER TABLE j27.j_mail ADD PRIMARY KEY (name, id);
-- @must
ALTER TABLE j27.j_mail ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES j27.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
-- @must
ALTER TABLE j27.j_mail ADD CONSTRAINT dlq_fkey FOREIGN KEY (dead_letter) REFERENCES j27.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
-- @must
CREATE UNIQUE INDEX j_mail_i1 ON j27.j_mail (name, COALESCE(singleton_key, '')) WHERE state = 'created' AND policy = 'short';
-- @must
CREATE UNIQUE INDEX j_mail_i2 ON j27.j_mail (name, COALESCE(singleton_key, '')) WHERE state = 'active' AND policy = 'singleton';
-- @must
CREATE UNIQUE INDEX j_mail_i4 ON j27.j_mail (name, singleton_on, COALESCE(singleton_key, '')) WHERE state <> 'cancelled' AND singleton_on IS NOT NULL;
-- @must
CREATE INDEX j_mail_i5 ON j27.j_mail (name, start_after) INCLUDE (priority, id) WHERE state < 'active';
-- @must
ALTER TABLE j27.j_mail ADD CONSTRAINT cjc CHECK (name = 'mail');
-- @must
INSERT INTO j27.j_mail (name, data, state, policy) VALUES ('mail', '{"n": 1}', 'active', 'singleton');
-- @must
ALTER TABLE j27.job ATTACH PARTITION j27.j_mail FOR VALUES IN ('mail');
-- @must
SELECT name, data, state, policy FROM j27.job;
-- @must
INSERT INTO j27.job (name, data, state, policy) VALUES ('mail', '{"n": 2}', 'active', 'singleton');
-- @must
INSERT INTO j27.job (name, data, state, policy) VALUES ('mail', '{"n": 3}', 'created', 'singleton');
-- @must
INSERT INTO j27.job (name, data) VALUES ('single', '{"n": 4}');
-- @must
INSERT INTO j27.job (name, data, dead_letter) VALUES ('mail', '{"n": 5}', 'nowhere');
-- @must
INSERT INTO j27.job (name, data, dead_letter) VALUES ('mail', '{"n": 6}', 'dlq');
-- @must
INSERT INTO j27.job (name, singleton_key, singleton_on) VALUES ('mail', 'k', '2026-01-01 00:00'), ('mail', 'k', '2026-01-01 00:01');
-- @must
INSERT INTO j27.job (name, singleton_key, singleton_on) VALUES ('mail', 'k', '2026-01-01 00:00');
-- @must
INSERT INTO j27.job (name, singleton_key, singleton_on) VALUES ('mail', 'k', '2026-01-01 00:00') ON CONFLICT DO NOTHING RETURNING name;
-- @must
SELECT name, singleton_key, singleton_on, state FROM j27.j_mail WHERE singleton_on IS NOT NULL ORDER BY singleton_on;
-- @must
UPDATE j27.job SET state = 'active', policy = 'singleton' WHERE data = '{"n": 3}';
-- @must
UPDATE j27.job SET state = 'cancelled', singleton_key = 'k' WHERE singleton_on = '2026-01-01 00:01' RETURNING singleton_key, state;
-- @must
UPDATE j27.job SET singleton_on = '2026-01-01 00:00' WHERE singleton_on = '2026-01-01 00:01';
-- @must
SELECT count(*), count(*) FILTER (WHERE state = 'active') FROM j27.job WHERE name = 'mail';
-- @must
INSERT INTO j27.job (name, data, policy, state) VALUES ('mail', '{"n": 7}', 'short', 'created'), ('mail', '{"n": 8}', 'short', 'created');
-- @must
INSERT INTO j27.job (name, data, policy, state, singleton_key) VALUES ('mail', '{"n": 9}', 'short', 'created', 'a'), ('mail', '{"n": 10}', 'short', 'created', 'b');
-- @must
SELECT data FROM j27.job WHERE policy = 'short' ORDER BY data->>'n';
-- A second queue's table, with the same foreign keys.
-- @must
CREATE TABLE j27.j_single (LIKE j27.job INCLUDING DEFAULTS);
-- @must
ALTER TABLE j27.j_single ADD PRIMARY KEY (name, id);
-- @must
ALTER TABLE j27.j_single ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES j27.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
-- @must
ALTER TABLE j27.j_single ADD CONSTRAINT dlq_fkey FOREIGN KEY (dead_letter) REFERENCES j27.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
-- @must
CREATE UNIQUE INDEX j_single_i2 ON j27.j_single (name, COALESCE(singleton_key, '')) WHERE state = 'active' AND policy = 'singleton';
-- @must
ALTER TABLE j27.j_single ADD CONSTRAINT cjc CHECK (name = 'single');
-- @must
ALTER TABLE j27.job ATTACH PARTITION j27.j_single FOR VALUES IN ('single');
-- @must
INSERT INTO j27.job (name, state, policy) VALUES ('single', 'active', 'singleton'), ('single', 'created', 'singleton') RETURNING name, state;
-- @must
INSERT INTO j27.job (name, state, policy) VALUES ('single', 'active', 'singleton');
-- @must
INSERT INTO j27.job (name, state, policy) VALUES ('mail', 'active', 'singleton');
-- @must
SELECT name, state, count(*) FROM j27.job GROUP BY name, state ORDER BY name, state;
-- @must
SELECT name, state FROM j27.j_single ORDER BY state;
-- @must
DELETE FROM j27.queue WHERE name = 'single';
-- @must
DELETE FROM j27.queue WHERE name = 'dlq';
-- @must
BEGIN;
-- @must
INSERT INTO j27.job (name) VALUES ('later');
-- @must
INSERT INTO j27.queue (name) VALUES ('later');
-- @must
COMMIT;
-- @must
BEGIN;
-- @must
INSERT INTO j27.job (name) VALUES ('never');
-- @must
COMMIT;
-- Tables with keys of their own that are not pg-boss's shape.
-- @must
CREATE TABLE j27.j_other (LIKE j27.job INCLUDING DEFAULTS);
-- @must
ALTER TABLE j27.j_other ADD CONSTRAINT other_check CHECK (priority > 0);
ALTER TABLE j27.job ATTACH PARTITION j27.j_other FOR VALUES IN ('other');
-- @must
CREATE TABLE j27.j_nokeys (LIKE j27.job INCLUDING DEFAULTS);
ALTER TABLE j27.job ATTACH PARTITION j27.j_nokeys FOR VALUES IN ('nokeys');
CREATE TABLE j27.j_made PARTITION OF j27.job FOR VALUES IN ('made');
SELECT indexname, tablename FROM pg_indexes WHERE schemaname = 'j27' ORDER BY 1;
SELECT conname, conrelid::regclass::text FROM pg_constraint WHERE connamespace = 'j27'::regnamespace ORDER BY 1, 2;
-- Dropping a queue's table drops its rows and its indexes: a new one of the same name is free.
-- @must
DELETE FROM j27.job WHERE name = 'single';
-- @must
DROP TABLE IF EXISTS j27.j_single;
-- @must
SELECT name, count(*) FROM j27.job GROUP BY name ORDER BY name;
-- @must
CREATE TABLE j27.j_single (LIKE j27.job INCLUDING DEFAULTS);
-- @must
ALTER TABLE j27.j_single ADD PRIMARY KEY (name, id);
-- @must
ALTER TABLE j27.j_single ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES j27.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
-- @must
ALTER TABLE j27.j_single ADD CONSTRAINT dlq_fkey FOREIGN KEY (dead_letter) REFERENCES j27.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
-- @must
CREATE UNIQUE INDEX j_single_i2 ON j27.j_single (name, COALESCE(singleton_key, '')) WHERE state = 'active' AND policy = 'singleton';
-- @must
ALTER TABLE j27.job ATTACH PARTITION j27.j_single FOR VALUES IN ('single');
-- @must
INSERT INTO j27.job (name, state, policy) VALUES ('single', 'active', 'singleton');
-- @must
INSERT INTO j27.job (name, state, policy) VALUES ('single', 'active', 'singleton');
-- pg-boss 10's insert: $5 and $12 are texts (right() types them first), cast later to timestamptz or interval.
-- params: ["mail", "{\"a\": 1}", null, "2026-01-01T00:00:00Z", null]
-- @must
INSERT INTO j27.job (name, data, priority, start_after, keep_until) SELECT j.name, data, priority, start_after, CASE WHEN right(keep_until, 1) = 'Z' THEN CAST(keep_until AS timestamptz) ELSE start_after + CAST(COALESCE(keep_until, '14 days') AS interval) END FROM (SELECT $1 AS name, $2::jsonb AS data, COALESCE($3::int, 0) AS priority, CASE WHEN right($4, 1) = 'Z' THEN CAST($4 AS timestamptz) ELSE now() + CAST(COALESCE($4, '0') AS interval) END AS start_after, $5 AS keep_until) j JOIN j27.queue q ON j.name = q.name RETURNING name, data, start_after, keep_until;
-- params: ["mail", "{\"a\": 2}", 3, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"]
-- @must
INSERT INTO j27.job (name, data, priority, start_after, keep_until) SELECT j.name, data, priority, start_after, CASE WHEN right(keep_until, 1) = 'Z' THEN CAST(keep_until AS timestamptz) ELSE start_after + CAST(COALESCE(keep_until, '14 days') AS interval) END FROM (SELECT $1 AS name, $2::jsonb AS data, COALESCE($3::int, 0) AS priority, CASE WHEN right($4, 1) = 'Z' THEN CAST($4 AS timestamptz) ELSE now() + CAST(COALESCE($4, '0') AS interval) END AS start_after, $5 AS keep_until) j JOIN j27.queue q ON j.name = q.name RETURNING name, data, priority, start_after, keep_until;
-- params: ["mail", "{\"a\": 3}", null, "2026-01-01T00:00:00Z", "30 days"]
-- @must
INSERT INTO j27.job (name, data, priority, start_after, keep_until) SELECT j.name, data, priority, start_after, CASE WHEN right(keep_until, 1) = 'Z' THEN CAST(keep_until AS timestamptz) ELSE start_after + CAST(COALESCE(keep_until, '14 days') AS interval) END FROM (SELECT $1 AS name, $2::jsonb AS data, COALESCE($3::int, 0) AS priority, CASE WHEN right($4, 1) = 'Z' THEN CAST($4 AS timestamptz) ELSE now() + CAST(COALESCE($4, '0') AS interval) END AS start_after, $5 AS keep_until) j JOIN j27.queue q ON j.name = q.name RETURNING name, data, keep_until;
-- params: ["nosuch", "{}", null, "2026-01-01T00:00:00Z", null]
-- @must
INSERT INTO j27.job (name, data, priority, start_after) SELECT j.name, data, priority, start_after FROM (SELECT $1 AS name, $2::jsonb AS data, COALESCE($3::int, 0) AS priority, CASE WHEN right($4, 1) = 'Z' THEN CAST($4 AS timestamptz) ELSE now() + CAST(COALESCE($4, '0') AS interval) END AS start_after) j JOIN j27.queue q ON j.name = q.name RETURNING name;
-- params: ["not a time"]
-- @must
SELECT CASE WHEN right($1, 1) = 'Z' THEN CAST($1 AS timestamptz) ELSE '2026-01-01'::timestamptz + CAST(COALESCE($1, '0') AS interval) END;
-- params: ["5 minutes"]
-- @must
SELECT CASE WHEN right($1, 1) = 'Z' THEN CAST($1 AS timestamptz) ELSE '2026-01-01'::timestamptz + CAST(COALESCE($1, '0') AS interval) END;
-- params: [null]
-- @must
SELECT CASE WHEN right($1, 1) = 'Z' THEN CAST($1 AS timestamptz) ELSE '2026-01-01'::timestamptz + CAST(COALESCE($1, '0') AS interval) END;
-- params: ["12"]
-- @must
SELECT length($1), $1::int + 1, $1::numeric * 2;
-- params: ["abc"]
-- @must
SELECT upper($1), $1::int;
-- params: ["2026-03-01"]
-- @must
SELECT left($1, 4), $1::date + 1;
-- @must
SELECT name, data, priority, start_after, keep_until FROM j27.job WHERE data ? 'a' ORDER BY data->>'a';
-- pg-boss 10's fetch, complete and size queries through the extended protocol.
-- params: ["mail", 2]
-- @must
SELECT data->>'a' AS a, priority, state FROM j27.job WHERE name = $1 AND state < 'active' AND data ? 'a' ORDER BY priority DESC, data->>'a' LIMIT $2;
-- params: ["mail", "completed", "{\"done\": true}"]
-- @must
UPDATE j27.job SET state = $2::j27.job_state, output = $3::jsonb WHERE name = $1 AND data ? 'a' AND state < 'active' RETURNING data->>'a' AS a, state, output;
-- params: ["mail"]
-- @must
SELECT state, count(*)::int FROM j27.job WHERE name = $1 GROUP BY state ORDER BY state;
-- params: ["mail", "created"]
-- @must
SELECT count(*)::int FROM j27.j_mail WHERE name = $1 AND state < $2::j27.job_state;
-- params: ["single", "created"]
-- @must
SELECT count(*)::int FROM j27.j_mail WHERE name = $1 AND state = $2;
-- params: ["nosuch"]
-- @must
SELECT count(*)::int FROM j27.job WHERE name = $1;
-- params: ["mail", "bogus"]
-- @must
SELECT count(*) FROM j27.job WHERE name = $1 AND state = $2::j27.job_state;
-- params: [null, "mail"]
-- @must
SELECT count(*)::int FROM j27.job WHERE name = COALESCE($1, $2);
-- A partition's (and a view's) enum column is of the enum: ordered and compared by the labels' order.
-- @must
SELECT state, count(*) FROM j27.j_mail GROUP BY state ORDER BY state;
-- @must
SELECT data->>'n' AS n, state FROM j27.j_mail WHERE state < 'active' AND data ? 'n' ORDER BY state, n;
-- @must
SELECT max(state), min(state), pg_typeof(max(state)) FROM j27.j_mail;
-- @must
CREATE VIEW j27.open_jobs AS SELECT name, state, priority FROM j27.job WHERE state <= 'active';
-- @must
SELECT state, count(*) FROM j27.open_jobs GROUP BY state ORDER BY state DESC;
-- @must
SELECT attname, atttypid::regtype::text FROM pg_attribute WHERE attrelid = 'j27.open_jobs'::regclass AND attnum > 0 ORDER BY attnum;
-- @must
SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'j27' AND table_name = 'open_jobs' ORDER BY ordinal_position;
-- params: ["retry"]
-- @must
SELECT count(*) FROM j27.open_jobs WHERE state > $1;
-- @must
DROP VIEW j27.open_jobs;
-- graphile-worker's job_queues count: UPDATE … RETURNING … INTO in its trigger functions.
-- @must
CREATE TABLE j27.job_queues (queue_name text NOT NULL PRIMARY KEY, job_count int NOT NULL, locked_at timestamptz, locked_by text);
-- @must
CREATE TABLE j27.gjobs (id bigserial PRIMARY KEY, queue_name text, task_identifier text NOT NULL, attempts int NOT NULL DEFAULT 0);
-- @must
CREATE FUNCTION j27.jobs__decrease_job_queue_count() RETURNS trigger AS $$ declare v_new_job_count int; begin update j27.job_queues set job_count = job_queues.job_count - 1 where queue_name = old.queue_name returning job_count into v_new_job_count; if v_new_job_count <= 0 then delete from j27.job_queues where queue_name = old.queue_name and job_count <= 0; end if; return old; end; $$ LANGUAGE plpgsql;
-- @must
CREATE FUNCTION j27.jobs__increase_job_queue_count() RETURNS trigger AS $$ begin insert into j27.job_queues(queue_name, job_count) values(new.queue_name, 1) on conflict (queue_name) do update set job_count = job_queues.job_count + 1; return new; end; $$ LANGUAGE plpgsql;
-- @must
CREATE TRIGGER _500_increase_job_queue_count AFTER INSERT ON j27.gjobs FOR EACH ROW WHEN (new.queue_name IS NOT NULL) EXECUTE PROCEDURE j27.jobs__increase_job_queue_count();
-- @must
CREATE TRIGGER _500_decrease_job_queue_count AFTER DELETE ON j27.gjobs FOR EACH ROW WHEN (old.queue_name IS NOT NULL) EXECUTE PROCEDURE j27.jobs__decrease_job_queue_count();
-- @must
CREATE TRIGGER _500_increase_job_queue_count_update AFTER UPDATE OF queue_name ON j27.gjobs FOR EACH ROW WHEN (new.queue_name IS DISTINCT FROM old.queue_name AND new.queue_name IS NOT NULL) EXECUTE PROCEDURE j27.jobs__increase_job_queue_count();
-- @must
CREATE TRIGGER _500_decrease_job_queue_count_update AFTER UPDATE OF queue_name ON j27.gjobs FOR EACH ROW WHEN (new.queue_name IS DISTINCT FROM old.queue_name AND old.queue_name IS NOT NULL) EXECUTE PROCEDURE j27.jobs__decrease_job_queue_count();
-- @must
INSERT INTO j27.gjobs (queue_name, task_identifier) VALUES ('a', 'send'), ('a', 'send'), ('b', 'send'), (NULL, 'other') RETURNING id, queue_name;
-- @must
SELECT queue_name, job_count FROM j27.job_queues ORDER BY queue_name;
-- @must
DELETE FROM j27.gjobs WHERE id = 1;
-- @must
SELECT queue_name, job_count FROM j27.job_queues ORDER BY queue_name;
-- @must
UPDATE j27.gjobs SET queue_name = 'c' WHERE queue_name = 'b';
-- @must
SELECT queue_name, job_count FROM j27.job_queues ORDER BY queue_name;
-- params: ["a"]
-- @must
DELETE FROM j27.gjobs WHERE queue_name = $1 RETURNING id;
-- @must
SELECT queue_name, job_count FROM j27.job_queues ORDER BY queue_name;
-- @must
DELETE FROM j27.gjobs;
-- @must
SELECT count(*) FROM j27.job_queues;
-- More than one row from UPDATE … RETURNING … INTO is an error even without STRICT; none with STRICT.
-- @must
CREATE TABLE j27.counters (k int, n int);
-- @must
INSERT INTO j27.counters VALUES (1, 0), (1, 0), (2, 0);
-- @must
CREATE TABLE j27.bump_log (task text, v int);
-- @must
CREATE FUNCTION j27.bump() RETURNS trigger AS $$ declare v int; begin update j27.counters set n = n + 1 where k = new.attempts returning n into v; insert into j27.bump_log values (new.task_identifier, v); return new; end; $$ LANGUAGE plpgsql;
-- @must
CREATE TRIGGER bump AFTER INSERT ON j27.gjobs FOR EACH ROW EXECUTE PROCEDURE j27.bump();
-- @must
INSERT INTO j27.gjobs (task_identifier, attempts) VALUES ('x2', 2) RETURNING task_identifier, attempts;
-- @must
INSERT INTO j27.gjobs (task_identifier, attempts) VALUES ('y2', 2), ('z2', 2) RETURNING task_identifier;
-- @must
INSERT INTO j27.gjobs (task_identifier, attempts) VALUES ('x1', 1) RETURNING task_identifier;
-- @must
INSERT INTO j27.gjobs (task_identifier, attempts) VALUES ('x5', 5) RETURNING task_identifier;
-- @must
SELECT k, n FROM j27.counters ORDER BY k, n;
-- @must
SELECT task, v FROM j27.bump_log ORDER BY task;
-- @must
CREATE OR REPLACE FUNCTION j27.bump() RETURNS trigger AS $$ declare v int; begin update j27.counters set n = n + 10 where k = new.attempts returning n * 2 into strict v; insert into j27.bump_log values (new.task_identifier, v); return new; end; $$ LANGUAGE plpgsql;
-- @must
INSERT INTO j27.gjobs (task_identifier, attempts) VALUES ('s2', 2) RETURNING task_identifier;
-- @must
INSERT INTO j27.gjobs (task_identifier, attempts) VALUES ('s7', 7) RETURNING task_identifier;
-- @must
SELECT k, n FROM j27.counters ORDER BY k, n;
-- @must
SELECT task, v FROM j27.bump_log ORDER BY task;
-- An UPDATE whose SET changes what its WHERE reads cannot be read again (refused).
CREATE OR REPLACE FUNCTION j27.bump() RETURNS trigger AS $$ declare v int; begin update j27.counters set k = k + 100 where k = new.attempts returning n into v; insert into j27.bump_log values (new.task_identifier, v); return new; end; $$ LANGUAGE plpgsql;
INSERT INTO j27.gjobs (task_identifier, attempts) VALUES ('k2', 2) RETURNING task_identifier;
-- @must
DROP TRIGGER bump ON j27.gjobs;
-- graphile-worker's new-job notification: PERFORM in a trigger function (still refused).
CREATE FUNCTION j27.tg_jobs__notify_new_jobs() RETURNS trigger AS $$ begin perform pg_notify('jobs:insert', ''); return new; end; $$ LANGUAGE plpgsql;
CREATE TRIGGER _900_notify_worker AFTER INSERT ON j27.gjobs FOR EACH STATEMENT EXECUTE PROCEDURE j27.tg_jobs__notify_new_jobs();
INSERT INTO j27.gjobs (task_identifier) VALUES ('notified');
-- A foreign key declared on the parent is every partition's: a partition attached with the same one, or without, keeps to it.
-- @must
CREATE TABLE j27.runs (k int NOT NULL, job text REFERENCES j27.queue (name)) PARTITION BY LIST (k);
-- @must
CREATE TABLE j27.runs_1 (k int NOT NULL, job text);
-- @must
ALTER TABLE j27.runs_1 ADD CONSTRAINT runs_job_fkey FOREIGN KEY (job) REFERENCES j27.queue (name);
-- @must
ALTER TABLE j27.runs ATTACH PARTITION j27.runs_1 FOR VALUES IN (1);
-- @must
CREATE TABLE j27.runs_2 (k int NOT NULL, job text);
-- @must
ALTER TABLE j27.runs ATTACH PARTITION j27.runs_2 FOR VALUES IN (2);
-- @must
INSERT INTO j27.runs VALUES (1, 'mail'), (2, 'mail'), (2, NULL);
-- @must
INSERT INTO j27.runs VALUES (2, 'nope');
-- @must
INSERT INTO j27.runs_1 VALUES (1, 'nope');
-- @must
CREATE TABLE j27.runs_3 (k int NOT NULL, job text REFERENCES j27.queue (name) ON DELETE CASCADE);
ALTER TABLE j27.runs ATTACH PARTITION j27.runs_3 FOR VALUES IN (3);
-- @must
SELECT k, job FROM j27.runs ORDER BY k, job;
-- @must
DROP SCHEMA j27 CASCADE;
