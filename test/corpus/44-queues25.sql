-- Sweep 25: real job-queue and migration libraries against evsql, their statements as sent.
-- pg-boss 9 (its install in one locked transaction, send/fetch/complete/fail/expire/archive,
-- schedules), pg-boss 10 and graphile-worker 0.17 (their installs: PL/pgSQL functions, LIST
-- partitions, trigger functions in their own schema), node-pg-migrate 9 (up/down with a table,
-- an index, a trigger function and a trigger). Names are prefixed q25 so nothing collides.
BEGIN;
SET LOCAL statement_timeout = '30s';
SELECT pg_advisory_xact_lock(
      ('x' || md5(current_database() || '.pgboss.q25boss'))::bit(64)::bigint
  );
CREATE SCHEMA IF NOT EXISTS q25boss;
CREATE TABLE q25boss.version (
      version int primary key,
      maintained_on timestamp with time zone,
      cron_on timestamp with time zone
    );
CREATE TYPE q25boss.job_state AS ENUM (
      'created',
      'retry',
      'active',
      'completed',
      'expired',
      'cancelled',
      'failed'
    );
CREATE TABLE q25boss.job (
      id uuid primary key not null default gen_random_uuid(),
      name text not null,
      priority integer not null default(0),
      data jsonb,
      state q25boss.job_state not null default('created'),
      retryLimit integer not null default(0),
      retryCount integer not null default(0),
      retryDelay integer not null default(0),
      retryBackoff boolean not null default false,
      startAfter timestamp with time zone not null default now(),
      startedOn timestamp with time zone,
      singletonKey text,
      singletonOn timestamp without time zone,
      expireIn interval not null default interval '15 minutes',
      createdOn timestamp with time zone not null default now(),
      completedOn timestamp with time zone,
      keepUntil timestamp with time zone NOT NULL default now() + interval '14 days',
      on_complete boolean not null default false,
      output jsonb
    );
CREATE TABLE q25boss.archive (LIKE q25boss.job);
CREATE TABLE q25boss.schedule (
      name text primary key,
      cron text not null,
      timezone text,
      data jsonb,
      options jsonb,
      created_on timestamp with time zone not null default now(),
      updated_on timestamp with time zone not null default now()
    );
CREATE TABLE q25boss.subscription (
      event text not null,
      name text not null,
      created_on timestamp with time zone not null default now(),
      updated_on timestamp with time zone not null default now(),
      PRIMARY KEY(event, name)
    );
CREATE INDEX archive_id_idx ON q25boss.archive(id);
ALTER TABLE q25boss.archive ADD archivedOn timestamptz NOT NULL DEFAULT now();
CREATE INDEX archive_archivedon_idx ON q25boss.archive(archivedon);
CREATE INDEX job_name ON q25boss.job (name text_pattern_ops);
CREATE INDEX job_fetch ON q25boss.job (name text_pattern_ops, startAfter) WHERE state < 'active';
CREATE UNIQUE INDEX job_singletonOn ON q25boss.job (name, singletonOn) WHERE state < 'expired' AND singletonKey IS NULL;
CREATE UNIQUE INDEX job_singletonKeyOn ON q25boss.job (name, singletonOn, singletonKey) WHERE state < 'expired';
CREATE UNIQUE INDEX job_singletonKey ON q25boss.job (name, singletonKey) WHERE state < 'completed' AND singletonOn IS NULL AND NOT singletonKey LIKE '\_\_pgboss\_\_singleton\_queue%';
CREATE UNIQUE INDEX job_singleton_queue ON q25boss.job (name, singletonKey) WHERE state < 'active' AND singletonOn IS NULL AND singletonKey LIKE '\_\_pgboss\_\_singleton\_queue%';
INSERT INTO q25boss.version(version) VALUES ('21');
COMMIT;
-- What the install made: the partial unique indexes compare the enum by its labels' order.
SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'q25boss' ORDER BY indexname;
SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'q25boss' AND table_name = 'archive' ORDER BY ordinal_position;
SELECT version::int/(version::int-21) from q25boss.version;
SELECT version::int/(version::int-20) from q25boss.version;
-- send: insertJob, then a singleton (the partial unique index turns the second one away).
-- params: ["00000000-0000-4000-8000-000000000001", "q25-mail", 0, 2, null, "00:15:00", "{\"to\":\"a@example.com\"}", null, null, 0, 0, false, "14 days", false]
INSERT INTO q25boss.job (id, name, priority, state, retryLimit, startAfter, expireIn, data, singletonKey, singletonOn, retryDelay, retryBackoff, keepUntil, on_complete)
SELECT id, name, priority, state, retryLimit, startAfter, expireIn, data, singletonKey, singletonOn, retryDelay, retryBackoff, keepUntil, on_complete
FROM
( SELECT *,
    CASE
      WHEN right(keepUntilValue, 1) = 'Z' THEN CAST(keepUntilValue as timestamp with time zone)
      ELSE startAfter + CAST(COALESCE(keepUntilValue,'0') as interval)
      END as keepUntil
  FROM
  ( SELECT *,
      CASE
        WHEN right(startAfterValue, 1) = 'Z' THEN CAST(startAfterValue as timestamp with time zone)
        ELSE now() + CAST(COALESCE(startAfterValue,'0') as interval)
        END as startAfter
    FROM
    ( SELECT
        $1::uuid as id,
        $2::text as name,
        $3::int as priority,
        'created'::q25boss.job_state as state,
        $4::int as retryLimit,
        $5::text as startAfterValue,
        CAST($6 as interval) as expireIn,
        $7::jsonb as data,
        $8::text as singletonKey,
        CASE
          WHEN $9::integer IS NOT NULL THEN 'epoch'::timestamp + '1 second'::interval * ($9 * floor((date_part('epoch', now()) + $10) / $9))
          ELSE NULL
          END as singletonOn,
        $11::int as retryDelay,
        $12::bool as retryBackoff,
        $13::text as keepUntilValue,
        $14::boolean as on_complete
    ) j1
  ) j2
) j3
ON CONFLICT DO NOTHING
RETURNING id;
INSERT INTO q25boss.job (id, name, singletonKey, on_complete) VALUES ('00000000-0000-4000-8000-000000000002', 'q25-mail', 'nightly', true), ('00000000-0000-4000-8000-000000000003', 'q25-mail', '__pgboss__singleton_queue', false) ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO q25boss.job (id, name, singletonKey) VALUES ('00000000-0000-4000-8000-000000000004', 'q25-mail', 'nightly') ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO q25boss.job (id, name, singletonKey) VALUES ('00000000-0000-4000-8000-000000000005', 'q25-mail', 'nightly');
INSERT INTO q25boss.job (id, name, singletonKey) VALUES ('00000000-0000-4000-8000-000000000006', 'q25-mail', '__pgboss__singleton_queue') ON CONFLICT DO NOTHING RETURNING id;
INSERT INTO q25boss.job (id, name, singletonKey, state) VALUES ('00000000-0000-4000-8000-000000000007', 'q25-mail', 'nightly', 'completed') RETURNING id, state;
-- fetch: the next jobs by priority, skipping locked ones.
-- params: ["q25-mail", 2]
WITH nextJob as (
  SELECT id
  FROM q25boss.job j
  WHERE state < 'active'
    AND name LIKE $1
    AND startAfter < now()
  ORDER BY priority desc, createdOn, id
  LIMIT $2
  FOR UPDATE SKIP LOCKED
)
UPDATE q25boss.job j SET
  state = 'active',
  startedOn = now(),
  retryCount = CASE WHEN state = 'retry' THEN retryCount + 1 ELSE retryCount END
FROM nextJob
WHERE j.id = nextJob.id
RETURNING j.id, j.name, j.state, j.data, EXTRACT(epoch FROM expireIn) as expire_in_seconds;
SELECT id, state, retryCount FROM q25boss.job ORDER BY id;
-- complete: the job's state, and its completion job made from the UPDATE's rows in one statement.
-- params: [["00000000-0000-4000-8000-000000000002"], "{\"sent\":true}"]
WITH results AS (
  UPDATE q25boss.job
  SET completedOn = now(),
    state = 'completed',
    output = $2::jsonb
  WHERE id IN (SELECT UNNEST($1::uuid[]))
    AND state = 'active'
  RETURNING *
), completion_jobs as (
  INSERT INTO q25boss.job (name, data, keepUntil)
  SELECT
    '__state__completed__' || name,
    jsonb_build_object(
      'request', jsonb_build_object('id', id, 'name', name, 'data', data),
      'response', $2::jsonb,
      'state', state,
      'retryCount', retryCount,
      'failed', CASE WHEN state = 'completed' THEN false ELSE true END
    ),
    keepUntil + (keepUntil - startAfter)
  FROM results
  WHERE NOT name LIKE '__state__completed__%'
    AND on_complete
)
SELECT COUNT(*) FROM results;
SELECT name, state, data, output FROM q25boss.job ORDER BY name, id;
-- @must
SELECT name, state, count(*) size FROM q25boss.job GROUP BY rollup(name), rollup(state) ORDER BY 1, 2;
-- expire: an UPDATE's rows, then the main statement inserting into the same table.
UPDATE q25boss.job SET startedOn = now() - interval '1 hour', retryLimit = 0 WHERE id = '00000000-0000-4000-8000-000000000001';
UPDATE q25boss.job SET on_complete = true WHERE id = '00000000-0000-4000-8000-000000000001';
WITH results AS (
  UPDATE q25boss.job
  SET state = CASE
      WHEN retryCount < retryLimit THEN 'retry'::q25boss.job_state
      ELSE 'expired'::q25boss.job_state
      END,
    completedOn = CASE WHEN retryCount < retryLimit THEN NULL ELSE now() END
  WHERE state = 'active'
    AND (startedOn + expireIn) < now()
  RETURNING *
)
INSERT INTO q25boss.job (name, data, keepUntil)
SELECT
  '__state__completed__' || name,
  jsonb_build_object('request', jsonb_build_object('id', id, 'name', name), 'state', state, 'failed', true),
  keepUntil + (keepUntil - startAfter)
FROM results
WHERE state = 'expired'
  AND NOT name LIKE '__state__completed__%'
  AND on_complete;
SELECT name, state, data FROM q25boss.job WHERE name LIKE '\_\_state\_\_%' ORDER BY data::text;
-- A second writer of the table that reads it, or two UPDATEs: still refused.
WITH a AS (UPDATE q25boss.job SET priority = 1 WHERE name = 'q25-mail' RETURNING id), b AS (UPDATE q25boss.job SET priority = 2 WHERE id IN (SELECT id FROM a) RETURNING id) SELECT count(*) FROM b;
WITH a AS (DELETE FROM q25boss.job WHERE state = 'expired' AND false RETURNING *) INSERT INTO q25boss.job (name, data) SELECT name || '-again', data FROM a ON CONFLICT DO NOTHING;
-- cancel, resume, schedules, subscriptions.
-- params: [["00000000-0000-4000-8000-000000000003", "00000000-0000-4000-8000-000000000099"]]
with results as (UPDATE q25boss.job SET completedOn = now(), state = 'cancelled' WHERE id IN (SELECT UNNEST($1::uuid[])) AND state < 'completed' RETURNING 1) SELECT COUNT(*) from results;
-- params: ["q25-mail", "*/5 * * * *", "UTC", "{\"s\":1}", "{}"]
INSERT INTO q25boss.schedule (name, cron, timezone, data, options) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (name) DO UPDATE SET cron = EXCLUDED.cron, timezone = EXCLUDED.timezone, data = EXCLUDED.data, options = EXCLUDED.options, updated_on = now();
INSERT INTO q25boss.schedule (name, cron, timezone, data, options) VALUES ('q25-mail', '0 * * * *', 'UTC', null, '{}') ON CONFLICT (name) DO UPDATE SET cron = EXCLUDED.cron, timezone = EXCLUDED.timezone, data = EXCLUDED.data, options = EXCLUDED.options, updated_on = now();
SELECT name, cron, timezone, data, options FROM q25boss.schedule;
INSERT INTO q25boss.subscription (event, name) VALUES ('q25-evt', 'q25-mail') ON CONFLICT (event, name) DO UPDATE SET event = EXCLUDED.event, name = EXCLUDED.name, updated_on = now();
SELECT name FROM q25boss.subscription WHERE event = 'q25-evt';
SELECT round(date_part('epoch', '2026-01-01 00:00:00+00'::timestamptz) * 1000) as time;
-- archive: a DELETE's rows into the archive (a LIKE copy of the job table).
WITH archived_rows AS (
  DELETE FROM q25boss.job
  WHERE (state <> 'failed' AND completedOn < (now() + interval '1 hour')) OR (state = 'cancelled')
  RETURNING *
)
INSERT INTO q25boss.archive (id, name, priority, data, state, retryLimit, retryCount, retryDelay, retryBackoff, startAfter, startedOn, singletonKey, singletonOn, expireIn, createdOn, completedOn, keepUntil, on_complete, output)
SELECT id, name, priority, data, state, retryLimit, retryCount, retryDelay, retryBackoff, startAfter, startedOn, singletonKey, singletonOn, expireIn, createdOn, completedOn, keepUntil, on_complete, output
FROM archived_rows;
SELECT id, name, state, output FROM q25boss.archive ORDER BY id;
SELECT count(*) FROM q25boss.job;
-- A changed label order would leave the indexes' predicates stale: refused here.
ALTER TYPE q25boss.job_state ADD VALUE 'q25-paused' BEFORE 'active';
-- The idiom's edges: bit_in's digits, bit(n)'s cut and padding, bittoint4/8's range.
SELECT ('x' || 'ff')::bit(4)::int, ('x' || 'f')::bit(8)::int, ('b' || '101')::bit(3)::int, '101'::text::bit(3)::int4, ('x' || 'ffffffff')::bit(32)::int, ('x' || 'ffffffffffffffff')::bit(64)::bigint;
SELECT ('X' || 'AB')::bit(8)::int, ''::text::bit(4)::int, NULL::text::bit(8)::int, ('x' || md5('q25'))::bit(64)::bigint;
SELECT ('x' || 'fg')::bit(8)::int;
SELECT '12'::text::bit(8)::int;
SELECT ('x' || 'ff')::bit(40)::int;
SELECT ('x' || 'ff')::bit(72)::bigint;
-- params: ["xdeadbeef"]
SELECT $1::text::bit(32)::int;
-- Advisory locks keyed by an expression; a key of the wrong type finds no function.
SELECT pg_advisory_xact_lock(('x' || md5(current_database() || '.pgboss.q25boss'))::bit(64)::bigint);
SELECT pg_try_advisory_lock(('x' || md5('q25-lock'))::bit(64)::bigint);
SELECT pg_advisory_unlock(('x' || md5('q25-lock'))::bit(64)::bigint);
SELECT pg_try_advisory_lock(length('q25'), 7 * 6);
SELECT pg_advisory_unlock(length('q25'), 42);
-- params: [41]
SELECT pg_try_advisory_xact_lock($1 + 1);
SELECT pg_advisory_lock('q25' || 'x');
SELECT pg_advisory_lock(1.5 + 1);
SELECT pg_advisory_lock(length('a'), 2::bigint + 1);
SELECT pg_advisory_unlock_all();
-- pg-boss 10's install: a LIST-partitioned job table and PL/pgSQL functions that make partitions.
CREATE TABLE q25boss.job10 (id uuid not null default gen_random_uuid(), name text not null, state q25boss.job_state not null default('created')) PARTITION BY LIST (name);
CREATE FUNCTION q25boss.create_queue(queue_name text, options json) RETURNS VOID AS $$ DECLARE table_name varchar := 'j' || encode(sha224(queue_name::bytea), 'hex'); BEGIN EXECUTE format('CREATE TABLE q25boss.%I (LIKE q25boss.job10 INCLUDING DEFAULTS)', table_name); EXECUTE format('ALTER TABLE q25boss.job10 ATTACH PARTITION q25boss.%I FOR VALUES IN (%L)', table_name, queue_name); END; $$ LANGUAGE plpgsql;
SELECT q25boss.create_queue('q25', '{}');
DROP TABLE q25boss.job10;
-- graphile-worker 0.17's first migration: row security, trigger functions in its schema.
CREATE SCHEMA q25gw;
create table q25gw.job_queues (queue_name text not null primary key, job_count int not null, locked_at timestamptz, locked_by text);
alter table q25gw.job_queues enable row level security;
alter table q25gw.job_queues force row level security;
alter table q25gw.job_queues no force row level security;
alter table q25gw.job_queues disable row level security;
alter table q25gw.job_queues enable row level security;
alter table q25gw.no_such_table enable row level security;
INSERT INTO q25gw.job_queues (queue_name, job_count) VALUES ('q25', 1);
SELECT queue_name, job_count FROM q25gw.job_queues;
create table q25gw.jobs (id bigserial primary key, queue_name text not null, task_identifier text not null, payload json default '{}'::json not null, priority int default 0 not null, run_at timestamptz default now() not null, attempts int default 0 not null, max_attempts int default 25 not null, last_error text, created_at timestamp with time zone not null default now(), updated_at timestamp with time zone not null default now());
alter table q25gw.jobs enable row level security;
create index on q25gw.jobs (priority, run_at, id);
create function q25gw.tg__update_timestamp() returns trigger as $$ begin new.updated_at = greatest(now(), old.updated_at + interval '1 millisecond'); return new; end; $$ language plpgsql;
create trigger _100_timestamps before update on q25gw.jobs for each row execute procedure q25gw.tg__update_timestamp();
create function q25gw.add_job(identifier text, payload json = '{}', queue_name text = null, run_at timestamptz = now(), max_attempts int = 25) returns q25gw.jobs as $$ declare v_job q25gw.jobs; begin insert into q25gw.jobs(task_identifier, payload, queue_name, run_at, max_attempts) values(identifier, payload, coalesce(queue_name, 'q25'), run_at, max_attempts) returning * into v_job; return v_job; end; $$ language plpgsql volatile;
SELECT task_identifier, payload, attempts FROM q25gw.add_job('hello', '{"name":"q25"}');
DROP SCHEMA q25gw CASCADE;
-- node-pg-migrate 9: its migrations table, then a migration's up and down.
CREATE TABLE IF NOT EXISTS "public"."q25_pgmigrations" ( id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
SELECT id, name, run_on FROM "public"."q25_pgmigrations" ORDER BY run_on, id;
CREATE TABLE "q25_items" ("id" serial PRIMARY KEY, "name" varchar(100) NOT NULL, "created_at" timestamptz DEFAULT current_timestamp NOT NULL, "updated_at" timestamptz);
CREATE UNIQUE INDEX "q25_items_name_unique_index" ON "q25_items" ("name");
CREATE OR REPLACE FUNCTION "q25_touch"() RETURNS trigger AS $pga$BEGIN NEW.updated_at = now(); RETURN NEW; END;$pga$ VOLATILE LANGUAGE plpgsql;
CREATE TRIGGER "q25_items_touch" BEFORE UPDATE ON "q25_items" FOR EACH ROW EXECUTE PROCEDURE "q25_touch"();
ALTER TABLE "q25_items" ADD "qty" integer DEFAULT 0;
-- params: ["1_init"]
INSERT INTO "public"."q25_pgmigrations" (name, run_on) VALUES ($1, NOW());
INSERT INTO q25_items (name) VALUES ('a');
INSERT INTO q25_items (name) VALUES ('a');
UPDATE q25_items SET qty = 2 WHERE name = 'a';
SELECT name, qty, updated_at IS NOT NULL AS touched FROM q25_items;
DROP TRIGGER "q25_items_touch" ON "q25_items";
DROP FUNCTION "q25_touch"();
DROP TABLE "q25_items";
-- params: ["1_init"]
DELETE FROM "public"."q25_pgmigrations" WHERE name = $1;
SELECT count(*) FROM "public"."q25_pgmigrations";
DROP TABLE q25_pgmigrations;
-- ON CONFLICT naming a partial index by its predicate: an enum's order, a LIKE.
CREATE TYPE q25_st AS ENUM ('created', 'active', 'completed');
CREATE TABLE q25_u (k text, s q25_st DEFAULT 'created', n int);
CREATE UNIQUE INDEX q25_u_k ON q25_u (k) WHERE s < 'completed';
CREATE UNIQUE INDEX q25_u_n ON q25_u (n) WHERE k LIKE 'a%';
INSERT INTO q25_u VALUES ('a', 'created', 1) ON CONFLICT (k) WHERE s < 'completed' DO NOTHING;
INSERT INTO q25_u VALUES ('a', 'created', 2) ON CONFLICT (k) WHERE s < 'completed' DO UPDATE SET n = 9;
INSERT INTO q25_u VALUES ('a', 'completed', 3), ('a', 'completed', 4);
INSERT INTO q25_u VALUES ('ab', 'created', 9) ON CONFLICT (n) WHERE k LIKE 'a%' DO NOTHING;
INSERT INTO q25_u VALUES ('ab', 'created', 9) ON CONFLICT (n) WHERE k LIKE 'b%' DO NOTHING;
INSERT INTO q25_u VALUES ('b_c', 'created', 9), ('bxc', 'created', 9);
-- @must
SELECT k, s, n FROM q25_u ORDER BY k, n;
DROP TABLE q25_u;
DROP TYPE q25_st;
-- An enum of another schema, as catalog text names it.
CREATE SCHEMA q25v;
CREATE TYPE q25v.st AS ENUM ('a', 'b');
CREATE TABLE q25v.t (s q25v.st DEFAULT 'a', k text);
CREATE INDEX q25v_t_k ON q25v.t (k) WHERE s > 'a';
CREATE VIEW q25v.vv AS SELECT k FROM q25v.t WHERE s = 'a';
SELECT pg_get_viewdef('q25v.vv'::regclass);
SELECT indexdef FROM pg_indexes WHERE indexname = 'q25v_t_k';
SELECT column_default FROM information_schema.columns WHERE table_schema = 'q25v' AND column_name = 's';
DROP SCHEMA q25v CASCADE;
DROP SCHEMA q25boss CASCADE;
