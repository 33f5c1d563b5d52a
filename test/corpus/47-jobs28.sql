-- The twenty-eighth session's job-queue sweep: pg-boss 10's fail() (a DELETE and three INSERTs
-- into the job table in one WITH: retried, failed and dead-lettered jobs), graphile-worker 0.17's
-- statement-level trigger that notifies, and its worker's inline statements (fetch with SKIP
-- LOCKED, complete, fail), with other data-modifying WITH shapes around them.
CREATE SCHEMA j28;
CREATE TYPE j28.job_state AS ENUM ('created', 'retry', 'active', 'completed', 'cancelled', 'failed');
CREATE TABLE j28.queue (name text PRIMARY KEY, policy text, retry_limit int, dead_letter text REFERENCES j28.queue (name));
CREATE TABLE j28.job (id uuid NOT NULL DEFAULT gen_random_uuid(), name text NOT NULL REFERENCES j28.queue (name) DEFERRABLE INITIALLY DEFERRED, priority integer NOT NULL DEFAULT 0, data jsonb, state j28.job_state NOT NULL DEFAULT 'created', retry_limit integer NOT NULL DEFAULT 2, retry_count integer NOT NULL DEFAULT 0, retry_delay integer NOT NULL DEFAULT 0, retry_backoff boolean NOT NULL DEFAULT false, start_after timestamptz NOT NULL DEFAULT now(), started_on timestamptz, singleton_key text, singleton_on timestamp, expire_in interval NOT NULL DEFAULT interval '15 minutes', created_on timestamptz NOT NULL DEFAULT now(), completed_on timestamptz, keep_until timestamptz NOT NULL DEFAULT now() + interval '14 days', output jsonb, dead_letter text, policy text, PRIMARY KEY (name, id));
-- @must
CREATE UNIQUE INDEX j28_job_i3 ON j28.job (name, state, COALESCE(singleton_key, '')) WHERE state <= 'active' AND policy = 'stately';
-- @must
INSERT INTO j28.queue (name, policy, retry_limit, dead_letter) VALUES ('dead', 'standard', 0, NULL), ('mail', 'standard', 1, 'dead'), ('plain', 'standard', 1, NULL), ('st', 'stately', 1, NULL);
-- @must
INSERT INTO j28.job (id, name, data, state, retry_limit, retry_count, dead_letter, policy) VALUES
  ('00000000-0000-0000-0000-000000000001', 'mail', '{"n": 1}', 'active', 1, 0, 'dead', 'standard'),
  ('00000000-0000-0000-0000-000000000002', 'mail', '{"n": 2}', 'active', 1, 1, 'dead', 'standard'),
  ('00000000-0000-0000-0000-000000000003', 'plain', '{"n": 3}', 'active', 0, 0, NULL, 'standard'),
  ('00000000-0000-0000-0000-000000000004', 'plain', '{"n": 4}', 'completed', 2, 0, NULL, 'standard'),
  ('00000000-0000-0000-0000-000000000005', 'st', '{"n": 5}', 'active', 2, 0, NULL, 'stately'),
  ('00000000-0000-0000-0000-000000000006', 'st', '{"n": 6}', 'retry', 2, 1, NULL, 'stately'),
  ('00000000-0000-0000-0000-000000000007', 'plain', '{"n": 7}', 'created', 1, 0, NULL, 'standard');
-- pg-boss 10's failJobsById, as its fail() sends it.
-- @must
-- params: ["mail", "{00000000-0000-0000-0000-000000000001}", "{\"message\": \"boom\"}"]
WITH deleted_jobs AS (
  DELETE FROM j28.job
  WHERE name = $1 AND id IN (SELECT UNNEST($2::uuid[])) AND state < 'completed'
  RETURNING *
),
retried_jobs AS (
  INSERT INTO j28.job (id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after, started_on, singleton_key, singleton_on, expire_in, created_on, completed_on, keep_until, dead_letter, policy, output)
  SELECT id, name, priority, data,
    CASE WHEN retry_count < retry_limit THEN 'retry'::j28.job_state ELSE 'failed'::j28.job_state END as state,
    retry_limit, retry_count, retry_delay, retry_backoff,
    CASE WHEN retry_count = retry_limit THEN start_after WHEN NOT retry_backoff THEN now() + retry_delay * interval '1'
      ELSE now() + (retry_delay * 2 ^ LEAST(16, retry_count + 1) / 2 + retry_delay * 2 ^ LEAST(16, retry_count + 1) / 2 * random()) * interval '1' END as start_after,
    started_on, singleton_key, singleton_on, expire_in, created_on,
    CASE WHEN retry_count < retry_limit THEN NULL ELSE now() END as completed_on,
    keep_until, dead_letter, policy, $3::jsonb
  FROM deleted_jobs
  ON CONFLICT DO NOTHING
  RETURNING *
),
failed_jobs as (
  INSERT INTO j28.job (id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff, start_after, started_on, singleton_key, singleton_on, expire_in, created_on, completed_on, keep_until, dead_letter, policy, output)
  SELECT id, name, priority, data, 'failed'::j28.job_state as state, retry_limit, retry_count, retry_delay, retry_backoff, start_after, started_on, singleton_key, singleton_on, expire_in, created_on, now() as completed_on, keep_until, dead_letter, policy, $3::jsonb
  FROM deleted_jobs
  WHERE id NOT IN (SELECT id from retried_jobs)
  RETURNING *
),
results as (
  SELECT * FROM retried_jobs
  UNION ALL
  SELECT * FROM failed_jobs
),
dlq_jobs as (
  INSERT INTO j28.job (name, data, output, retry_limit, keep_until)
  SELECT dead_letter, data, output, retry_limit, keep_until + (keep_until - start_after)
  FROM results
  WHERE state = 'failed' AND dead_letter IS NOT NULL AND NOT name = dead_letter
)
SELECT COUNT(*) FROM results;
-- @must
SELECT name, data, state, retry_count, output, completed_on IS NULL AS open FROM j28.job ORDER BY name, data->>'n';
-- The second failure of a job past its retry limit: failed, and a copy in its dead letter queue.
-- @must
-- params: ["mail", "{00000000-0000-0000-0000-000000000002,00000000-0000-0000-0000-000000000009}", "{\"message\": \"again\"}"]
WITH deleted_jobs AS (
  DELETE FROM j28.job WHERE name = $1 AND id IN (SELECT UNNEST($2::uuid[])) AND state < 'completed' RETURNING *
), retried_jobs AS (
  INSERT INTO j28.job (id, name, data, state, retry_limit, retry_count, dead_letter, policy, output, start_after, keep_until)
  SELECT id, name, data, CASE WHEN retry_count < retry_limit THEN 'retry'::j28.job_state ELSE 'failed'::j28.job_state END, retry_limit, retry_count, dead_letter, policy, $3::jsonb, start_after, keep_until
  FROM deleted_jobs ON CONFLICT DO NOTHING RETURNING *
), failed_jobs AS (
  INSERT INTO j28.job (id, name, data, state, retry_limit, retry_count, dead_letter, policy, output, start_after, keep_until)
  SELECT id, name, data, 'failed'::j28.job_state, retry_limit, retry_count, dead_letter, policy, $3::jsonb, start_after, keep_until
  FROM deleted_jobs WHERE id NOT IN (SELECT id FROM retried_jobs) RETURNING *
), results AS (
  SELECT * FROM retried_jobs UNION ALL SELECT * FROM failed_jobs
), dlq_jobs AS (
  INSERT INTO j28.job (name, data, output, retry_limit, keep_until)
  SELECT dead_letter, data, output, retry_limit, keep_until + (keep_until - start_after) FROM results
  WHERE state = 'failed' AND dead_letter IS NOT NULL AND NOT name = dead_letter
)
SELECT COUNT(*) FROM results;
-- @must
SELECT name, data, state, retry_count, output FROM j28.job ORDER BY name, data->>'n', state;
-- @must
SELECT count(*) FROM j28.job WHERE name = 'dead' AND keep_until > now() + interval '20 days';
-- A job already completed is not failed; an unknown queue fails nothing.
-- @must
-- params: ["plain", "{00000000-0000-0000-0000-000000000004}", null]
WITH deleted_jobs AS (
  DELETE FROM j28.job WHERE name = $1 AND id IN (SELECT UNNEST($2::uuid[])) AND state < 'completed' RETURNING *
), retried_jobs AS (
  INSERT INTO j28.job (id, name, data, state, retry_limit, retry_count, policy, output)
  SELECT id, name, data, CASE WHEN retry_count < retry_limit THEN 'retry'::j28.job_state ELSE 'failed'::j28.job_state END, retry_limit, retry_count, policy, $3::jsonb
  FROM deleted_jobs ON CONFLICT DO NOTHING RETURNING *
)
SELECT COUNT(*) FROM retried_jobs;
-- @must
WITH deleted_jobs AS (
  DELETE FROM j28.job WHERE name = 'nowhere' AND state < 'completed' RETURNING *
), retried_jobs AS (
  INSERT INTO j28.job (id, name, data, state) SELECT id, name, data, 'retry' FROM deleted_jobs ON CONFLICT DO NOTHING RETURNING *
)
SELECT COUNT(*) FROM retried_jobs;
-- A job with no retries left: the retried INSERT makes it failed at once, the failed INSERT has nothing left.
-- @must
WITH deleted_jobs AS (
  DELETE FROM j28.job WHERE name = 'plain' AND data->>'n' = '3' AND state < 'completed' RETURNING *
), retried_jobs AS (
  INSERT INTO j28.job (id, name, data, state, retry_limit, retry_count, policy, output)
  SELECT id, name, data, CASE WHEN retry_count < retry_limit THEN 'retry'::j28.job_state ELSE 'failed'::j28.job_state END, retry_limit, retry_count, policy, '{"m": 3}'
  FROM deleted_jobs ON CONFLICT DO NOTHING RETURNING *
), failed_jobs AS (
  INSERT INTO j28.job (id, name, data, state, retry_limit, retry_count, policy, output)
  SELECT id, name, data, 'failed', retry_limit, retry_count, policy, '{"m": 3}' FROM deleted_jobs WHERE id NOT IN (SELECT id FROM retried_jobs) RETURNING *
)
SELECT r.state, (SELECT count(*) FROM failed_jobs) AS failed FROM retried_jobs r;
-- The stately queue: the retried copy of the active job collides with the job already in retry,
-- so ON CONFLICT skips it and the failed INSERT keeps it as failed.
-- @must
WITH deleted_jobs AS (
  DELETE FROM j28.job WHERE name = 'st' AND id = '00000000-0000-0000-0000-000000000005' AND state < 'completed' RETURNING *
), retried_jobs AS (
  INSERT INTO j28.job (id, name, data, state, retry_limit, retry_count, policy, output)
  SELECT id, name, data, CASE WHEN retry_count < retry_limit THEN 'retry'::j28.job_state ELSE 'failed'::j28.job_state END, retry_limit, retry_count, policy, '{"m": 5}'
  FROM deleted_jobs ON CONFLICT DO NOTHING RETURNING *
), failed_jobs AS (
  INSERT INTO j28.job (id, name, data, state, retry_limit, retry_count, policy, output)
  SELECT id, name, data, 'failed', retry_limit, retry_count, policy, '{"m": 5}' FROM deleted_jobs WHERE id NOT IN (SELECT id FROM retried_jobs) RETURNING *
), results AS (
  SELECT * FROM retried_jobs UNION ALL SELECT * FROM failed_jobs
)
SELECT state, data FROM results;
-- @must
SELECT name, data, state, output FROM j28.job WHERE name IN ('st', 'plain') ORDER BY name, data->>'n';
-- pg-boss 10's retry, cancel, resume and deleteJob of what is left.
-- @must
-- params: ["st", "{00000000-0000-0000-0000-000000000005}"]
WITH results AS (UPDATE j28.job SET state = 'retry', retry_limit = retry_limit + 1 WHERE name = $1 AND id IN (SELECT UNNEST($2::uuid[])) AND state = 'failed' RETURNING 1) SELECT COUNT(*) FROM results;
-- @must
-- params: ["st", "{00000000-0000-0000-0000-000000000006}"]
WITH results AS (UPDATE j28.job SET state = 'retry', retry_limit = retry_limit + 1 WHERE name = $1 AND id IN (SELECT UNNEST($2::uuid[])) AND state = 'failed' RETURNING 1) SELECT COUNT(*) FROM results;
-- @must
WITH results AS (UPDATE j28.job SET completed_on = now(), state = 'cancelled' WHERE name = 'plain' AND state < 'completed' RETURNING 1) SELECT COUNT(*) FROM results;
-- @must
WITH results AS (UPDATE j28.job SET completed_on = NULL, state = 'created' WHERE name = 'plain' AND state = 'cancelled' RETURNING 1) SELECT COUNT(*) FROM results;
-- @must
WITH results AS (DELETE FROM j28.job WHERE name = 'plain' AND data->>'n' = '7' RETURNING 1) SELECT COUNT(*) FROM results;
-- @must
SELECT name, data, state FROM j28.job ORDER BY name, data->>'n', state;
-- pg-boss 10's deleteQueue of a queue that still has jobs: the deferred key refuses it at commit.
DELETE FROM j28.queue WHERE name = 'plain';
-- @must
DELETE FROM j28.job WHERE name = 'plain';
-- @must
DELETE FROM j28.queue WHERE name = 'plain' RETURNING name;
-- Other data-modifying WITH shapes on one table.
CREATE TABLE j28.ledger (id int PRIMARY KEY, account text NOT NULL, amount numeric(10,2) NOT NULL, kind text NOT NULL DEFAULT 'entry');
-- @must
INSERT INTO j28.ledger VALUES (1, 'a', 10.00, 'entry'), (2, 'a', -3.50, 'entry'), (3, 'b', 7.25, 'entry');
-- A move: the row deleted and written back under a new key.
-- @must
WITH d AS (DELETE FROM j28.ledger WHERE id = 2 RETURNING *) INSERT INTO j28.ledger (id, account, amount, kind) SELECT id + 100, account, amount, 'moved' FROM d RETURNING id, kind;
-- A reversal: the rows updated, and their negations inserted.
-- @must
WITH u AS (UPDATE j28.ledger SET kind = 'reversed' WHERE account = 'b' RETURNING *) INSERT INTO j28.ledger (id, account, amount, kind) SELECT id + 200, account, -amount, 'reversal' FROM u RETURNING id, amount;
-- An INSERT, then one more row made from each it returned.
-- @must
WITH a AS (INSERT INTO j28.ledger VALUES (10, 'c', 1.00) RETURNING id, account) INSERT INTO j28.ledger (id, account, amount, kind) SELECT id + 1, account, 0, 'fee' FROM a RETURNING id, kind;
-- @must
WITH a AS (INSERT INTO j28.ledger VALUES (20, 'd', 2.00), (21, 'd', 3.00) RETURNING *), b AS (INSERT INTO j28.ledger SELECT id + 10, account, amount * 2, 'double' FROM a RETURNING *) SELECT (SELECT count(*) FROM a) AS a, (SELECT sum(amount) FROM b) AS b;
-- The second INSERT collides with a row the first wrote: 23505, and nothing stays.
-- @must
WITH a AS (INSERT INTO j28.ledger VALUES (40, 'e', 1.00) RETURNING id) INSERT INTO j28.ledger (id, account, amount) SELECT id, 'e', 2.00 FROM a;
-- @must
SELECT count(*) FROM j28.ledger WHERE id = 40;
-- A deleted row put back with ON CONFLICT DO NOTHING: its key is free again.
-- @must
WITH d AS (DELETE FROM j28.ledger WHERE id = 1 RETURNING *) INSERT INTO j28.ledger SELECT id, account, amount + 1, 'again' FROM d ON CONFLICT DO NOTHING RETURNING id, amount, kind;
-- ON CONFLICT DO NOTHING against a row no part deleted: skipped.
-- @must
WITH d AS (DELETE FROM j28.ledger WHERE id = 10 RETURNING *) INSERT INTO j28.ledger SELECT 11, account, amount, 'clash' FROM d ON CONFLICT DO NOTHING RETURNING id;
-- @must
SELECT id, account, amount, kind FROM j28.ledger ORDER BY id;
-- @must
-- params: [3, "z"]
WITH d AS (DELETE FROM j28.ledger WHERE id = $1 RETURNING *) INSERT INTO j28.ledger SELECT id + 1000, $2, amount, kind FROM d RETURNING id, account;
-- @must
-- params: [999, "z"]
WITH d AS (DELETE FROM j28.ledger WHERE id = $1 RETURNING *) INSERT INTO j28.ledger SELECT id + 1000, $2, amount, kind FROM d RETURNING id, account;
-- RETURNING * of DELETE … USING and UPDATE … FROM: the target's columns, then the listed items'.
-- @must
DELETE FROM j28.ledger AS l USING unnest('{11,999}'::int[]) n(n) WHERE l.id = n RETURNING *;
-- @must
-- params: ["{20,21}"]
WITH d AS (DELETE FROM j28.ledger USING unnest($1::int[]) AS n(k) WHERE id = k RETURNING *) SELECT k, id, amount FROM d ORDER BY k;
CREATE TABLE j28.rates (account text PRIMARY KEY, rate numeric(4,2));
-- @must
INSERT INTO j28.rates VALUES ('d', 1.50), ('z', 2.00);
-- @must
UPDATE j28.ledger SET amount = amount * r.rate FROM j28.rates r WHERE r.account = ledger.account RETURNING *;
-- @must
UPDATE j28.ledger AS l SET kind = 'rated' FROM j28.rates AS r WHERE r.account = l.account AND r.rate > 1.75 RETURNING *, r.rate * 2 AS twice;
-- @must
DELETE FROM j28.ledger USING generate_series(30, 31) AS g WHERE id = g RETURNING *;
-- A subquery in the list: evsql cannot tell its columns here.
UPDATE j28.rates SET rate = v.r FROM (VALUES ('z', 3.00)) AS v(a, r) WHERE rates.account = v.a RETURNING *;
-- Two INSERTs of rows of their own: still refused by evsql (which goes first is PostgreSQL's plan).
CREATE TABLE j28.scratch (id int PRIMARY KEY);
WITH a AS (INSERT INTO j28.scratch VALUES (50) RETURNING id) INSERT INTO j28.scratch VALUES (51);
-- A serial table: both INSERTs drawing from the sequence is refused too.
CREATE TABLE j28.events (id serial PRIMARY KEY, what text);
WITH a AS (INSERT INTO j28.events (what) VALUES ('a') RETURNING id) INSERT INTO j28.events (what) SELECT 'after ' || id FROM a;
-- One drawing and one of given keys: in that order.
CREATE TABLE j28.events2 (id serial PRIMARY KEY, what text);
-- @must
WITH a AS (INSERT INTO j28.events2 (what) VALUES ('b') RETURNING id) INSERT INTO j28.events2 (id, what) SELECT id + 100, 'copy' FROM a RETURNING id, what;
-- @must
-- params: ["c"]
WITH a AS (INSERT INTO j28.events2 (what) VALUES ($1) RETURNING id, what) INSERT INTO j28.events2 (id, what) SELECT id + 100, what || ' copy' FROM a RETURNING id, what;
-- @must
SELECT id, what FROM j28.events2 ORDER BY id;
-- @must
SELECT id, account, amount, kind FROM j28.ledger ORDER BY id;
-- graphile-worker's first migration's trigger functions: a statement-level trigger that notifies the workers.
CREATE TABLE j28.gw_jobs (id bigserial PRIMARY KEY, queue_name text, task_identifier text NOT NULL, payload json DEFAULT '{}'::json NOT NULL, priority int DEFAULT 0 NOT NULL, attempts int DEFAULT 0 NOT NULL, max_attempts int DEFAULT 25 NOT NULL, last_error text);
-- @must
CREATE FUNCTION j28.tg_jobs__notify_new_jobs() RETURNS trigger AS $$
begin
  perform pg_notify('jobs:insert', ''); return new; end
$$ LANGUAGE plpgsql;
-- @must
CREATE TRIGGER _900_notify_worker AFTER INSERT ON j28.gw_jobs FOR EACH STATEMENT EXECUTE PROCEDURE j28.tg_jobs__notify_new_jobs();
-- @must
INSERT INTO j28.gw_jobs (task_identifier, payload) VALUES ('send_email', '{"to": "a@example.com"}');
-- @must
INSERT INTO j28.gw_jobs (task_identifier, queue_name) VALUES ('a', 'q'), ('b', 'q') RETURNING id, task_identifier;
-- @must
INSERT INTO j28.gw_jobs (task_identifier) SELECT 'never' WHERE false;
-- @must
-- params: ["resize", "{\"w\": 100}"]
INSERT INTO j28.gw_jobs (task_identifier, payload) VALUES ($1, $2::json) RETURNING task_identifier, payload::text;
-- @must
INSERT INTO j28.gw_jobs (task_identifier) VALUES (NULL);
-- @must
UPDATE j28.gw_jobs SET attempts = attempts + 1 WHERE task_identifier = 'a' RETURNING attempts;
-- @must
SELECT id, queue_name, task_identifier, payload::text, attempts FROM j28.gw_jobs ORDER BY id;
-- One function for several events, notifying only for some.
-- @must
CREATE FUNCTION j28.tg_changes() RETURNS trigger AS $$
begin
  if tg_op = 'DELETE' then perform pg_notify('jobs:delete', 'gone'); end if; return null; end
$$ LANGUAGE plpgsql;
-- @must
CREATE TRIGGER _910_changes AFTER INSERT OR DELETE ON j28.gw_jobs FOR EACH STATEMENT EXECUTE FUNCTION j28.tg_changes();
-- @must
INSERT INTO j28.gw_jobs (task_identifier) VALUES ('c');
-- @must
DELETE FROM j28.gw_jobs WHERE task_identifier = 'c' RETURNING task_identifier;
-- @must
BEGIN;
-- @must
INSERT INTO j28.gw_jobs (task_identifier) VALUES ('in_tx');
-- @must
SELECT count(*) FROM j28.gw_jobs WHERE task_identifier = 'in_tx';
-- @must
ROLLBACK;
-- @must
SELECT count(*) FROM j28.gw_jobs WHERE task_identifier = 'in_tx';
-- A NULL payload is sent as empty, as pg_notify takes it.
-- @must
CREATE FUNCTION j28.tg_null_payload() RETURNS trigger AS $$ begin perform pg_notify('jobs:any', null); return null; end; $$ LANGUAGE plpgsql;
-- @must
CREATE TRIGGER _920_null AFTER UPDATE ON j28.gw_jobs FOR EACH STATEMENT EXECUTE FUNCTION j28.tg_null_payload();
-- @must
UPDATE j28.gw_jobs SET priority = 1 WHERE id < 0;
-- An empty channel: pg_notify's error when the trigger runs, failing the statement.
-- @must
CREATE FUNCTION j28.tg_empty() RETURNS trigger AS $$ begin perform pg_notify('', 'x'); return null; end; $$ LANGUAGE plpgsql;
CREATE TABLE j28.empty_ch (k int);
-- @must
CREATE TRIGGER t_empty AFTER INSERT ON j28.empty_ch FOR EACH STATEMENT EXECUTE FUNCTION j28.tg_empty();
-- @must
INSERT INTO j28.empty_ch VALUES (1);
-- @must
SELECT count(*) FROM j28.empty_ch;
-- A trigger function that notifies from a row-level trigger, or computes its payload: evsql refuses them.
CREATE FUNCTION j28.tg_row_notify() RETURNS trigger AS $$ begin perform pg_notify('jobs:row', new.id::text); return new; end; $$ LANGUAGE plpgsql;
CREATE FUNCTION j28.tg_row_const() RETURNS trigger AS $$ begin perform pg_notify('jobs:row', ''); return new; end; $$ LANGUAGE plpgsql;
CREATE TRIGGER _930_row AFTER INSERT ON j28.gw_jobs FOR EACH ROW EXECUTE FUNCTION j28.tg_row_const();
-- @must
INSERT INTO j28.gw_jobs (task_identifier) VALUES ('d') RETURNING task_identifier;
DROP TRIGGER IF EXISTS _930_row ON j28.gw_jobs;
-- @must
DROP TRIGGER _910_changes ON j28.gw_jobs;
-- @must
DROP TRIGGER _900_notify_worker ON j28.gw_jobs;
-- @must
DROP FUNCTION j28.tg_jobs__notify_new_jobs();
-- @must
INSERT INTO j28.gw_jobs (task_identifier) VALUES ('e') RETURNING task_identifier;
-- graphile-worker 0.17's tables as its later migrations leave them, and its worker's statements.
CREATE TABLE j28._private_job_queues (id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY, queue_name text NOT NULL UNIQUE CHECK (length(queue_name) <= 128), locked_at timestamptz, locked_by text, is_available boolean GENERATED ALWAYS AS ((locked_at IS NULL)) STORED NOT NULL);
CREATE TABLE j28._private_tasks (id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY, identifier text NOT NULL UNIQUE CHECK (length(identifier) <= 128));
-- @must
CREATE TABLE j28._private_jobs (id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY, job_queue_id int NULL, task_id int NOT NULL, payload json DEFAULT '{}'::json NOT NULL, priority smallint DEFAULT 0 NOT NULL, run_at timestamptz DEFAULT now() NOT NULL, attempts smallint DEFAULT 0 NOT NULL, max_attempts smallint DEFAULT 25 NOT NULL CONSTRAINT jobs_max_attempts_check CHECK (max_attempts >= 1), last_error text, created_at timestamptz DEFAULT now() NOT NULL, updated_at timestamptz DEFAULT now() NOT NULL, key text UNIQUE CONSTRAINT jobs_key_check CHECK (length(key) > 0 AND length(key) <= 512), locked_at timestamptz, locked_by text, revision integer DEFAULT 0 NOT NULL, flags jsonb, is_available boolean GENERATED ALWAYS AS (((locked_at IS NULL) AND (attempts < max_attempts))) STORED NOT NULL);
-- @must
CREATE INDEX jobs_main_index ON j28._private_jobs USING btree (priority, run_at) INCLUDE (id, task_id, job_queue_id) WHERE (is_available = true);
-- @must
INSERT INTO j28._private_tasks (identifier) VALUES ('ok'), ('bad') ON CONFLICT DO NOTHING;
-- @must
INSERT INTO j28._private_tasks (identifier) VALUES ('ok') ON CONFLICT DO NOTHING RETURNING id;
-- @must
INSERT INTO j28._private_job_queues (queue_name) VALUES ('serial') ON CONFLICT DO NOTHING;
-- @must
INSERT INTO j28._private_jobs (task_id, payload, max_attempts, run_at) VALUES (1, '{"x": 1}', 25, now() - interval '1 second'), (2, '{"y": 1}', 2, now() - interval '1 second');
-- @must
INSERT INTO j28._private_jobs (job_queue_id, task_id, payload, run_at) VALUES (1, 1, '{"q": 1}', now() - interval '1 second'), (1, 1, '{"q": 2}', now() - interval '1 second');
-- @must
INSERT INTO j28._private_jobs (task_id, max_attempts) VALUES (1, 0);
-- @must
INSERT INTO j28._private_jobs (task_id, key) VALUES (1, '');
-- @must
INSERT INTO j28._private_jobs (task_id, is_available) VALUES (1, false);
-- The worker's fetch (its named-queue strategy 2): the available jobs' queues locked, SKIP LOCKED.
-- @must
-- params: ["worker-1", "{1,2}"]
with j as (
  select jobs.job_queue_id, jobs.priority, jobs.run_at, jobs.id
    from j28._private_jobs as jobs
    where jobs.is_available = true
    and run_at <= now()
    and task_id = any($2::int[])
    and (
      jobs.job_queue_id is null
      or
      jobs.job_queue_id in (
        select id
        from j28._private_job_queues as job_queues
        where job_queues.is_available = true
        for update
        skip locked
      )
    )
    order by priority asc, run_at asc, id asc
    limit 1
    for update
    skip locked
),
q as (
  update j28._private_job_queues as job_queues
    set
      locked_by = $1::text,
      locked_at = now()
    from j
    where job_queues.id = j.job_queue_id
)
  update j28._private_jobs as jobs
    set
      attempts = jobs.attempts + 1,
      locked_by = $1::text,
      locked_at = now()
    from j
    where jobs.id = j.id
    returning jobs.id, task_id, payload::text, attempts, locked_by, is_available;
-- The fetch as the worker sends it with its own clock (useNodeTime), every column returned.
-- @must
INSERT INTO j28._private_jobs (task_id, payload, run_at, created_at, updated_at) VALUES (3, '{"t": 3}', '2026-01-01 00:00+00', '2026-01-01 00:00+00', '2026-01-01 00:00+00') RETURNING id;
-- @must
-- params: ["worker-2", "{3}", "2026-06-01T00:00:00.000Z"]
with j as (
  select jobs.job_queue_id, jobs.priority, jobs.run_at, jobs.id
    from j28._private_jobs as jobs
    where jobs.is_available = true
    and run_at <= $3::timestamptz
    and task_id = any($2::int[])
    and (
      jobs.job_queue_id is null
      or
      jobs.job_queue_id in (
        select id
        from j28._private_job_queues as job_queues
        where job_queues.is_available = true
        for update
        skip locked
      )
    )
    order by priority asc, run_at asc
    limit 1
    for update
    skip locked
),
q as (
  update j28._private_job_queues as job_queues
    set
      locked_by = $1::text,
      locked_at = $3::timestamptz
    from j
    where job_queues.id = j.job_queue_id
)
  update j28._private_jobs as jobs
    set
      attempts = jobs.attempts + 1,
      locked_by = $1::text,
      locked_at = $3::timestamptz
    from j
    where jobs.id = j.id
    returning *;
-- @must
SELECT id, job_queue_id, task_id, attempts, locked_by, is_available FROM j28._private_jobs ORDER BY id;
-- The same column in the table and the FROM: RETURNING's bare name is ambiguous.
-- @must
WITH j AS (SELECT id FROM j28._private_jobs WHERE id = 2) UPDATE j28._private_jobs AS jobs SET attempts = jobs.attempts FROM j WHERE jobs.id = j.id RETURNING id;
-- @must
SELECT queue_name, locked_by, is_available FROM j28._private_job_queues ORDER BY id;
-- Complete a job without a queue.
-- @must
-- params: [1]
delete from j28._private_jobs as jobs where id = $1::bigint;
-- Complete jobs with queues: delete them, and unlock their queues.
-- @must
UPDATE j28._private_jobs SET locked_by = 'worker-1', locked_at = now() WHERE id = 3;
-- @must
UPDATE j28._private_job_queues SET locked_by = 'worker-1', locked_at = now() WHERE id = 1;
-- @must
-- params: ["{3}", "worker-1"]
with j as (
delete from j28._private_jobs as jobs
using unnest($1::bigint[]) n(n)
where id = n
returning *
)
update j28._private_job_queues as job_queues
set locked_by = null, locked_at = null
from j
where job_queues.id = j.job_queue_id and job_queues.locked_by = $2::text;
-- @must
SELECT queue_name, locked_by, is_available FROM j28._private_job_queues ORDER BY id;
-- Fail a job: its error kept, its run_at pushed back, and its queue unlocked.
-- @must
UPDATE j28._private_jobs SET locked_by = 'worker-1', locked_at = now(), attempts = attempts + 1 WHERE id IN (2, 4);
-- @must
-- params: ["{2}", "nope", "worker-1"]
with j as (
update j28._private_jobs as jobs
set
last_error = $2::text,
run_at = greatest(now(), run_at) + (exp(least(attempts, 10)) * interval '1 second'),
locked_by = null,
locked_at = null
where id = any($1::bigint[]) and locked_by = $3::text
returning *
), queues as (
update j28._private_job_queues as job_queues
set locked_by = null, locked_at = null
from j
where job_queues.id = j.job_queue_id and job_queues.locked_by = $3::text
)
select id, last_error, attempts, locked_by, is_available, run_at > now() as later from j;
-- The batched fail, payloads replaced from a JSON array.
-- @must
-- params: ["worker-1", "[{\"jobId\": 4, \"message\": \"boom\", \"payload\": {\"q\": 22}}, {\"jobId\": 99, \"message\": \"none\"}]"]
update j28._private_jobs as jobs
set
last_error = (el->>'message'),
run_at = greatest(now(), run_at) + (exp(least(attempts, 10)) * interval '1 second'),
locked_by = null,
locked_at = null,
payload = coalesce(el->'payload', jobs.payload)
from json_array_elements($2::json) as els(el)
where id = (el->>'jobId')::bigint and locked_by = $1::text;
-- @must
SELECT id, task_id, payload::text, attempts, max_attempts, last_error, locked_by, is_available FROM j28._private_jobs ORDER BY id;
-- @must
SELECT count(*) FROM j28._private_jobs WHERE is_available AND run_at <= now();
-- Wrong inputs a client sends.
-- @must
-- params: ["worker-1", "not json"]
update j28._private_jobs as jobs set last_error = (el->>'message') from json_array_elements($2::json) as els(el) where id = (el->>'jobId')::bigint and locked_by = $1::text;
-- @must
-- params: ["{x}", "worker-1"]
delete from j28._private_jobs as jobs using unnest($1::bigint[]) n(n) where id = n and locked_by = $2;
-- @must
UPDATE j28._private_jobs SET is_available = true WHERE id = 2;
-- @must
DROP SCHEMA j28 CASCADE;
