-- The thirty-second session's graphile-worker sweep: what graphile-worker 0.17's quickAddJob,
-- addJobs, runOnce, a failing task's retry, job keys (replace, preserve_run_at, unsafe_dedupe),
-- WorkerUtils (completeJobs, permanentlyFailJobs, rescheduleJobs, removeJob, forceUnlockWorkers)
-- and a running worker's LISTEN send, against its schema and functions as migrations 11–18 leave
-- them; then the general forms behind them: a set-returning PL/pgSQL call inside a block's
-- statement (with a select list, LIMIT, WHERE, aggregates), arguments of PL/pgSQL calls other
-- than constants (subqueries, expressions of parameters and columns), pg_notify with a computed
-- payload inside a block, a parameter named by its function's name (`add_job.identifier`), a
-- LANGUAGE sql function of several writes; wrong inputs throughout.
CREATE SCHEMA s32g_gw;
CREATE TABLE s32g_gw._private_job_queues (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  queue_name text NOT NULL UNIQUE CHECK (length(queue_name) <= 128),
  locked_at timestamptz,
  locked_by text,
  is_available boolean GENERATED ALWAYS AS ((locked_at IS NULL)) STORED NOT NULL
);
CREATE TABLE s32g_gw._private_tasks (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  identifier text NOT NULL UNIQUE CHECK (length(identifier) <= 128)
);
CREATE TABLE s32g_gw._private_jobs (
  id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  job_queue_id int NULL,
  task_id int NOT NULL,
  payload json DEFAULT '{}'::json NOT NULL,
  priority smallint DEFAULT 0 NOT NULL,
  run_at timestamptz DEFAULT now() NOT NULL,
  attempts smallint DEFAULT 0 NOT NULL,
  max_attempts smallint DEFAULT 25 NOT NULL CONSTRAINT jobs_max_attempts_check CHECK (max_attempts >= 1),
  last_error text,
  created_at timestamptz DEFAULT now() NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  key text UNIQUE CONSTRAINT jobs_key_check CHECK (length(key) > 0 AND length(key) <= 512),
  locked_at timestamptz,
  locked_by text,
  revision integer DEFAULT 0 NOT NULL,
  flags jsonb,
  is_available boolean GENERATED ALWAYS AS (((locked_at IS NULL) AND (attempts < max_attempts))) STORED NOT NULL
);
-- @must
CREATE TYPE s32g_gw.job_spec AS (
  identifier text,
  payload json,
  queue_name text,
  run_at timestamptz,
  max_attempts integer,
  job_key text,
  priority integer,
  flags text[]
);
-- Migration 13 narrows two attributes.
-- @must
ALTER TYPE s32g_gw.job_spec ALTER ATTRIBUTE max_attempts TYPE smallint;
-- @must
ALTER TYPE s32g_gw.job_spec ALTER ATTRIBUTE priority TYPE smallint;
-- The functions of migrations 16–18, as they are made.
-- @must
CREATE FUNCTION s32g_gw.add_jobs(specs s32g_gw.job_spec[], job_key_preserve_run_at boolean DEFAULT false) RETURNS SETOF s32g_gw._private_jobs
    LANGUAGE plpgsql
    AS $$
begin
  -- Ensure all the tasks exist
  insert into s32g_gw._private_tasks as tasks (identifier)
  select distinct spec.identifier
  from unnest(specs) spec
  on conflict do nothing; --
  -- Ensure all the queues exist
  insert into s32g_gw._private_job_queues as job_queues (queue_name)
  select distinct spec.queue_name
  from unnest(specs) spec
  where spec.queue_name is not null
  on conflict do nothing; --
  update s32g_gw._private_jobs as jobs
  set
    key = null,
    attempts = jobs.max_attempts,
    updated_at = now()
  from unnest(specs) spec
  where spec.job_key is not null
  and jobs.key = spec.job_key
  and is_available is not true; --

  perform pg_notify('jobs:insert', '{"r":' || random()::text || ',"count":' || array_length(specs, 1)::text || '}'); --

  return query insert into s32g_gw._private_jobs as jobs (
    job_queue_id,
    task_id,
    payload,
    run_at,
    max_attempts,
    key,
    priority,
    flags
  )
    select
      job_queues.id,
      tasks.id,
      coalesce(spec.payload, '{}'::json),
      coalesce(spec.run_at, now()),
      coalesce(spec.max_attempts, 25),
      spec.job_key,
      coalesce(spec.priority, 0),
      (
        select jsonb_object_agg(flag, true)
        from unnest(spec.flags) as item(flag)
      )
    from unnest(specs) spec
    inner join s32g_gw._private_tasks as tasks
    on tasks.identifier = spec.identifier
    left join s32g_gw._private_job_queues as job_queues
    on job_queues.queue_name = spec.queue_name
  on conflict (key) do update set
    job_queue_id = excluded.job_queue_id,
    task_id = excluded.task_id,
    payload =
      case
      when json_typeof(jobs.payload) = 'array' and json_typeof(excluded.payload) = 'array' then
        (jobs.payload::jsonb || excluded.payload::jsonb)::json
      else
        excluded.payload
      end,
    max_attempts = excluded.max_attempts,
    run_at = (case
      when job_key_preserve_run_at is true and jobs.attempts = 0 then jobs.run_at
      else excluded.run_at
    end),
    priority = excluded.priority,
    revision = jobs.revision + 1,
    flags = excluded.flags,
    -- always reset error/retry state
    attempts = 0,
    last_error = null,
    updated_at = now()
  where jobs.locked_at is null
  returning *; --
end; --
$$;
-- @must
CREATE FUNCTION s32g_gw.add_job(identifier text, payload json DEFAULT NULL::json, queue_name text DEFAULT NULL::text, run_at timestamp with time zone DEFAULT NULL::timestamp with time zone, max_attempts integer DEFAULT NULL::integer, job_key text DEFAULT NULL::text, priority integer DEFAULT NULL::integer, flags text[] DEFAULT NULL::text[], job_key_mode text DEFAULT 'replace'::text) RETURNS s32g_gw._private_jobs
    LANGUAGE plpgsql
    AS $$
declare
  v_job s32g_gw._private_jobs; --
begin
  if (job_key is null or job_key_mode is null or job_key_mode in ('replace', 'preserve_run_at')) then
    select * into v_job
    from s32g_gw.add_jobs(
      ARRAY[(
        identifier,
        payload,
        queue_name,
        run_at,
        max_attempts::smallint,
        job_key,
        priority::smallint,
        flags
      )::s32g_gw.job_spec],
      (job_key_mode = 'preserve_run_at')
    )
    limit 1; --
    return v_job; --
  elsif job_key_mode = 'unsafe_dedupe' then
    insert into s32g_gw._private_tasks as tasks (identifier)
    values (add_job.identifier)
    on conflict do nothing; --
    if add_job.queue_name is not null then
      insert into s32g_gw._private_job_queues as job_queues (queue_name)
      values (add_job.queue_name)
      on conflict do nothing; --
    end if; --
    insert into s32g_gw._private_jobs as jobs (
      job_queue_id,
      task_id,
      payload,
      run_at,
      max_attempts,
      key,
      priority,
      flags
    )
      select
        job_queues.id,
        tasks.id,
        coalesce(add_job.payload, '{}'::json),
        coalesce(add_job.run_at, now()),
        coalesce(add_job.max_attempts::smallint, 25::smallint),
        add_job.job_key,
        coalesce(add_job.priority::smallint, 0::smallint),
        (
          select jsonb_object_agg(flag, true)
          from unnest(add_job.flags) as item(flag)
        )
      from s32g_gw._private_tasks as tasks
      left join s32g_gw._private_job_queues as job_queues
      on job_queues.queue_name = add_job.queue_name
      where tasks.identifier = add_job.identifier
    on conflict (key)
      do update set
        revision = jobs.revision + 1,
        updated_at = now()
      returning *
      into v_job; --
    if v_job.revision = 0 then
      perform pg_notify('jobs:insert', '{"r":' || random()::text || ',"count":1}'); --
    end if; --
    return v_job; --
  else
    raise exception 'Invalid job_key_mode value, expected ''replace'', ''preserve_run_at'' or ''unsafe_dedupe''.' using errcode = 'GWBKM'; --
  end if; --
end; --
$$;
-- @must
CREATE FUNCTION s32g_gw.complete_jobs(job_ids bigint[]) RETURNS SETOF s32g_gw._private_jobs
    LANGUAGE sql
    AS $$
  delete from s32g_gw._private_jobs as jobs
    where id = any(job_ids)
    and (
      locked_at is null
    or
      locked_at < now() - interval '4 hours'
    )
    returning *; --
$$;
-- @must
CREATE FUNCTION s32g_gw.permanently_fail_jobs(job_ids bigint[], error_message text DEFAULT NULL::text) RETURNS SETOF s32g_gw._private_jobs
    LANGUAGE sql
    AS $$
  update s32g_gw._private_jobs as jobs
    set
      last_error = coalesce(error_message, 'Manually marked as failed'),
      attempts = max_attempts,
      updated_at = now()
    where id = any(job_ids)
    and (
      locked_at is null
    or
      locked_at < NOW() - interval '4 hours'
    )
    returning *; --
$$;
-- @must
CREATE FUNCTION s32g_gw.reschedule_jobs(job_ids bigint[], run_at timestamp with time zone DEFAULT NULL::timestamp with time zone, priority integer DEFAULT NULL::integer, attempts integer DEFAULT NULL::integer, max_attempts integer DEFAULT NULL::integer) RETURNS SETOF s32g_gw._private_jobs
    LANGUAGE sql
    AS $$
  update s32g_gw._private_jobs as jobs
    set
      run_at = coalesce(reschedule_jobs.run_at, jobs.run_at),
      priority = coalesce(reschedule_jobs.priority::smallint, jobs.priority),
      attempts = coalesce(reschedule_jobs.attempts::smallint, jobs.attempts),
      max_attempts = coalesce(reschedule_jobs.max_attempts::smallint, jobs.max_attempts),
      updated_at = now()
    where id = any(job_ids)
    and (
      locked_at is null
    or
      locked_at < NOW() - interval '4 hours'
    )
    returning *; --
$$;
-- @must
CREATE FUNCTION s32g_gw.remove_job(job_key text) RETURNS s32g_gw._private_jobs
    LANGUAGE plpgsql STRICT
    AS $$
declare
  v_job s32g_gw._private_jobs; --
begin
  delete from s32g_gw._private_jobs as jobs
    where key = job_key
    and (
      locked_at is null
    or
      locked_at < NOW() - interval '4 hours'
    )
  returning * into v_job; --
  if not (v_job is null) then
    perform pg_notify('jobs:insert', '{"r":' || random()::text || ',"count":-1}'); --
    return v_job; --
  end if; --
  update s32g_gw._private_jobs as jobs
  set
    key = null,
    attempts = jobs.max_attempts,
    updated_at = now()
  where key = job_key
  returning * into v_job; --
  return v_job; --
end; --
$$;
-- @must
CREATE FUNCTION s32g_gw.force_unlock_workers(worker_ids text[]) RETURNS void
    LANGUAGE sql
    AS $$
update s32g_gw._private_jobs
set locked_at = null, locked_by = null
where locked_by = any(worker_ids); --
update s32g_gw._private_job_queues
set locked_at = null, locked_by = null
where locked_by = any(worker_ids); --
$$;
-- @must
CREATE VIEW s32g_gw.jobs AS (
  select
    jobs.id,
    job_queues.queue_name,
    tasks.identifier as task_identifier,
    jobs.priority,
    jobs.run_at,
    jobs.attempts,
    jobs.max_attempts,
    jobs.last_error,
    jobs.created_at,
    jobs.updated_at,
    jobs.key,
    jobs.locked_at,
    jobs.locked_by,
    jobs.revision,
    jobs.flags
  from s32g_gw._private_jobs as jobs
  inner join s32g_gw._private_tasks as tasks
  on tasks.id = jobs.task_id
  left join s32g_gw._private_job_queues as job_queues
  on job_queues.id = jobs.job_queue_id
);
-- The worker listens before it looks for jobs.
LISTEN "jobs:insert";
LISTEN "worker:migrate";
-- quickAddJob / addJob: add_job with named, cast parameters; it calls add_jobs inside its body.
-- params: ["hello", "{\"n\":1}", null, null, null, null, null, null, null]
-- @must
select id, key, payload::text, max_attempts, priority, revision, flags, attempts, last_error, run_at <= now() AS due from s32g_gw.add_job(
          identifier => $1::text,
          payload => $2::json,
          queue_name => $3::text,
          run_at => $4::timestamptz,
          max_attempts => $5::int,
          job_key => $6::text,
          priority => $7::int,
          flags => $8::text[],
          job_key_mode => $9::text
        );
-- A job key, a queue, flags, max_attempts and priority.
-- params: ["hello", "{\"n\":2}", "q1", null, 3, "k2", 5, ["a","b"], null]
-- @must
select id, key, payload::text, max_attempts, priority, revision, flags::text, job_queue_id IS NOT NULL AS queued from s32g_gw.add_job(
          identifier => $1::text,
          payload => $2::json,
          queue_name => $3::text,
          run_at => $4::timestamptz,
          max_attempts => $5::int,
          job_key => $6::text,
          priority => $7::int,
          flags => $8::text[],
          job_key_mode => $9::text
        );
-- The same key again replaces the job (its revision counted).
-- params: ["hello", "{\"n\":3}", null, "2030-01-01T00:00:00.000Z", null, "k2", null, null, null]
-- @must
select id, key, payload::text, max_attempts, priority, revision, flags, run_at from s32g_gw.add_job(
          identifier => $1::text,
          payload => $2::json,
          queue_name => $3::text,
          run_at => $4::timestamptz,
          max_attempts => $5::int,
          job_key => $6::text,
          priority => $7::int,
          flags => $8::text[],
          job_key_mode => $9::text
        );
-- preserve_run_at keeps the run_at of a job not yet tried.
-- params: ["hello", "{\"n\":4}", null, "2031-01-01T00:00:00.000Z", null, "k2", null, null, "preserve_run_at"]
-- @must
select id, key, payload::text, revision, run_at from s32g_gw.add_job(
          identifier => $1::text,
          payload => $2::json,
          queue_name => $3::text,
          run_at => $4::timestamptz,
          max_attempts => $5::int,
          job_key => $6::text,
          priority => $7::int,
          flags => $8::text[],
          job_key_mode => $9::text
        );
-- unsafe_dedupe names its parameters by the function's name (add_job.identifier).
-- params: ["hello", "{\"n\":5}", null, "2030-01-02T00:00:00.000Z", null, "k5", null, null, "unsafe_dedupe"]
-- @must
select id, key, payload::text, revision, run_at from s32g_gw.add_job(
          identifier => $1::text,
          payload => $2::json,
          queue_name => $3::text,
          run_at => $4::timestamptz,
          max_attempts => $5::int,
          job_key => $6::text,
          priority => $7::int,
          flags => $8::text[],
          job_key_mode => $9::text
        );
-- params: ["hello", "{\"n\":55}", "q5", "2030-01-03T00:00:00.000Z", null, "k5", null, null, "unsafe_dedupe"]
-- @must
select id, key, payload::text, revision, run_at from s32g_gw.add_job(
          identifier => $1::text,
          payload => $2::json,
          queue_name => $3::text,
          run_at => $4::timestamptz,
          max_attempts => $5::int,
          job_key => $6::text,
          priority => $7::int,
          flags => $8::text[],
          job_key_mode => $9::text
        );
-- params: ["hello", "{\"n\":6}", null, null, null, "k6", null, null, "nope"]
-- @must
select id from s32g_gw.add_job(
          identifier => $1::text,
          payload => $2::json,
          queue_name => $3::text,
          run_at => $4::timestamptz,
          max_attempts => $5::int,
          job_key => $6::text,
          priority => $7::int,
          flags => $8::text[],
          job_key_mode => $9::text
        );
-- A payload that is no JSON, a max_attempts out of range, an identifier too long.
-- params: ["hello", "{nope", null, null, null, null, null, null, null]
select id from s32g_gw.add_job(identifier => $1::text, payload => $2::json, queue_name => $3::text, run_at => $4::timestamptz, max_attempts => $5::int, job_key => $6::text, priority => $7::int, flags => $8::text[], job_key_mode => $9::text);
-- params: ["hello", "{}", null, null, 70000, null, null, null, null]
select id from s32g_gw.add_job(identifier => $1::text, payload => $2::json, queue_name => $3::text, run_at => $4::timestamptz, max_attempts => $5::int, job_key => $6::text, priority => $7::int, flags => $8::text[], job_key_mode => $9::text);
-- params: ["hello", "{}", null, null, 0, null, null, null, null]
select id from s32g_gw.add_job(identifier => $1::text, payload => $2::json, queue_name => $3::text, run_at => $4::timestamptz, max_attempts => $5::int, job_key => $6::text, priority => $7::int, flags => $8::text[], job_key_mode => $9::text);
-- params: ["hello", "{}", null, null, null, "", null, null, null]
select id from s32g_gw.add_job(identifier => $1::text, payload => $2::json, queue_name => $3::text, run_at => $4::timestamptz, max_attempts => $5::int, job_key => $6::text, priority => $7::int, flags => $8::text[], job_key_mode => $9::text);
-- @must
SELECT count(*), count(key), sum(revision) FROM s32g_gw._private_jobs;
-- add_job called as SQL writes it: positional, named, with defaults, its row's fields.
-- @must
SELECT key, payload::text, revision FROM s32g_gw.add_job('hello', '{"n":7}', job_key => 'k7', run_at => '2030-01-04 00:00:00+00');
-- @must
SELECT (s32g_gw.add_job('hello', '{"n":8}', run_at => '2030-01-05 00:00:00+00')).payload::text;
-- @must
SELECT s32g_gw.add_job('hello', '{"n":9}', job_key => 'k9', run_at => '2030-01-06 00:00:00+00') IS NOT NULL;
-- @must
SELECT key, revision FROM s32g_gw.add_job('hello', job_key => 'k7', job_key_mode => 'preserve_run_at', run_at => '2040-01-01 00:00:00+00');
-- @must
SELECT run_at FROM s32g_gw._private_jobs WHERE key = 'k7';
-- Arguments other than constants: expressions, casts of expressions, subqueries.
-- @must
SELECT key, payload::text FROM s32g_gw.add_job('hel' || 'lo', json_build_object('n', 10), job_key => 'k' || (5 * 2)::text, run_at => '2030-01-01 00:00:00+00'::timestamptz + interval '1 day');
-- @must
SELECT key, max_attempts FROM s32g_gw.add_job((SELECT 'hello'), '{}', job_key => 'k11', max_attempts => (SELECT count(*) FROM s32g_gw._private_tasks)::int + 1, run_at => '2030-01-01 00:00:00+00');
-- @must
SELECT key, payload::text FROM s32g_gw.add_job(upper('hello'), '[1]', job_key => lower('K12'), run_at => '2030-01-01 00:00:00+00');
-- params: ["hello", 20]
-- @must
SELECT key, payload::text, priority FROM s32g_gw.add_job($1::text, json_build_object('n', $2::int), job_key => 'k' || $2::text, priority => $2::int - 19, run_at => '2030-01-01 00:00:00+00');
-- params: ["hello", "k21"]
-- @must
SELECT key, payload::text FROM s32g_gw.add_job($1, job_key => $2, run_at => '2030-01-01 00:00:00+00');
-- addJobs: the specs' JSON through json_populate_recordset into add_jobs.
-- params: ["[{\"identifier\":\"fails\",\"payload\":{\"n\":30},\"max_attempts\":2,\"run_at\":\"2000-01-01T00:00:00.000Z\"},{\"identifier\":\"spawn\",\"payload\":{\"n\":31},\"job_key\":\"k31\",\"run_at\":\"2000-01-01T00:00:00.000Z\"},{\"identifier\":\"hello\",\"payload\":[1],\"job_key\":\"k32\",\"run_at\":\"2030-01-01T00:00:00.000Z\"}]", null]
select id, job_queue_id, task_id, payload, priority, attempts, max_attempts, last_error, key, locked_by, revision, flags, is_available
from s32g_gw.add_jobs(
  array(
    select json_populate_recordset(null::s32g_gw.job_spec, $1::json)
  ),
  $2::boolean
) ORDER BY id;
-- params: ["[{\"identifier\":\"hello\",\"payload\":[2],\"job_key\":\"k32\",\"run_at\":\"2032-01-01T00:00:00.000Z\"}]", true]
select id, key, payload::text, revision, run_at
from s32g_gw.add_jobs(
  array(
    select json_populate_recordset(null::s32g_gw.job_spec, $1::json)
  ),
  $2::boolean
);
-- params: ["[]", false]
-- @must
select count(*) from s32g_gw.add_jobs(array(select json_populate_recordset(null::s32g_gw.job_spec, $1::json)), $2::boolean);
-- params: ["[{\"identifier\":\"hello\",\"max_attempts\":\"many\"}]", false]
select count(*) from s32g_gw.add_jobs(array(select json_populate_recordset(null::s32g_gw.job_spec, $1::json)), $2::boolean);
-- params: ["not json", false]
select count(*) from s32g_gw.add_jobs(array(select json_populate_recordset(null::s32g_gw.job_spec, $1::json)), $2::boolean);
-- The same, written inline.
-- @must
SELECT key, payload::text FROM s32g_gw.add_jobs(array(select json_populate_recordset(null::s32g_gw.job_spec, '[{"identifier":"hello","payload":{"n":33},"job_key":"k33","run_at":"2030-01-01T00:00:00Z"}]')));
-- @must
SELECT count(*) FROM s32g_gw.add_jobs(ARRAY(SELECT ROW(t.identifier, '{}', NULL, '2030-01-01 00:00:00+00', 1, 'k34' || t.identifier, 0, NULL)::s32g_gw.job_spec FROM s32g_gw._private_tasks t WHERE t.identifier = 'hello'));
SELECT id, task_identifier, queue_name, priority, attempts, max_attempts, key, revision, flags FROM s32g_gw.jobs ORDER BY id;
-- @must
SELECT identifier FROM s32g_gw._private_tasks ORDER BY id;
-- @must
SELECT queue_name, is_available FROM s32g_gw._private_job_queues ORDER BY id;
-- runOnce: the task identifiers, then get_job, complete_job, fail_job as the worker sends them.
-- params: [["hello","fails","spawn"]]
insert into s32g_gw._private_tasks as tasks (identifier) select unnest($1::text[]) on conflict do nothing;
-- params: [["hello","fails","spawn"]]
select id, identifier from s32g_gw._private_tasks as tasks where identifier = any($1::text[]) ORDER BY id;
-- params: ["worker-a", [1,2,3]]
-- @must
with j as (
  select jobs.job_queue_id, jobs.priority, jobs.run_at, jobs.id
    from s32g_gw._private_jobs as jobs
    where jobs.is_available = true
    and run_at <= now()
    and task_id = any($2::int[])
    and (
      jobs.job_queue_id is null
      or
      jobs.job_queue_id in (
        select id
        from s32g_gw._private_job_queues as job_queues
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
  update s32g_gw._private_job_queues as job_queues
    set
      locked_by = $1::text,
      locked_at = now()
    from j
    where job_queues.id = j.job_queue_id
)
  update s32g_gw._private_jobs as jobs
    set
      attempts = jobs.attempts + 1,
      locked_by = $1::text,
      locked_at = now()
    from j
    where jobs.id = j.id
    returning id, job_queue_id, task_id, payload::text, priority, attempts, max_attempts, key, locked_by, revision, is_available;
-- params: ["1"]
-- @must
delete from s32g_gw._private_jobs as jobs
    where id = $1::bigint;
-- params: ["worker-a", [1,2,3]]
-- @must
with j as (
  select jobs.job_queue_id, jobs.priority, jobs.run_at, jobs.id
    from s32g_gw._private_jobs as jobs
    where jobs.is_available = true
    and run_at <= now()
    and task_id = any($2::int[])
    and (
      jobs.job_queue_id is null
      or
      jobs.job_queue_id in (
        select id
        from s32g_gw._private_job_queues as job_queues
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
  update s32g_gw._private_job_queues as job_queues
    set
      locked_by = $1::text,
      locked_at = now()
    from j
    where job_queues.id = j.job_queue_id
)
  update s32g_gw._private_jobs as jobs
    set
      attempts = jobs.attempts + 1,
      locked_by = $1::text,
      locked_at = now()
    from j
    where jobs.id = j.id
    returning id, task_id, payload::text, attempts, max_attempts, key, locked_by;
-- The failing task: its error kept, run_at pushed back, unlocked.
-- @must
SELECT id FROM s32g_gw._private_jobs WHERE locked_by = 'worker-a';
-- @must
update s32g_gw._private_jobs as jobs
set
last_error = (el->>'message'),
run_at = greatest(now(), run_at) + (exp(least(attempts, 10)) * interval '1 second'),
locked_by = null,
locked_at = null,
payload = coalesce(el->'payload', jobs.payload)
from json_array_elements((SELECT json_agg(json_build_object('jobId', id::text, 'message', 'boom 30')) FROM s32g_gw._private_jobs WHERE locked_by = 'worker-a')) as els(el)
where id = (el->>'jobId')::bigint and locked_by = 'worker-a';
-- @must
SELECT t.identifier, j.attempts, j.max_attempts, j.last_error, j.run_at > now() AS later, j.locked_by, j.is_available FROM s32g_gw._private_jobs j JOIN s32g_gw._private_tasks t ON t.id = j.task_id WHERE j.last_error IS NOT NULL ORDER BY j.id;
-- A job key given again while its job is locked: a new job, the old one loses its key.
-- @must
UPDATE s32g_gw._private_jobs SET locked_by = 'worker-b', locked_at = now() WHERE key = 'k31';
-- @must
SELECT key, revision FROM s32g_gw.add_job('spawn', '{"n":35}', job_key => 'k31', run_at => '2030-01-01 00:00:00+00');
-- @must
SELECT key, attempts = max_attempts AS spent, locked_by FROM s32g_gw._private_jobs WHERE task_id = (SELECT id FROM s32g_gw._private_tasks WHERE identifier = 'spawn') ORDER BY id;
-- forceUnlockWorkers, a LANGUAGE sql void function of two UPDATEs.
-- params: [["worker-b"]]
-- @must
select s32g_gw.force_unlock_workers($1::text[]);
-- @must
SELECT count(*) FROM s32g_gw._private_jobs WHERE locked_by IS NOT NULL;
-- WorkerUtils: rescheduleJobs, completeJobs, permanentlyFailJobs, removeJob.
-- params: [["2"], "2000-01-01T00:00:00.000Z", 1, null, null]
-- @must
select id, key, priority, attempts, max_attempts, run_at from s32g_gw.reschedule_jobs(
            $1::bigint[],
            run_at := $2::timestamptz,
            priority := $3::int,
            attempts := $4::int,
            max_attempts := $5::int
          );
-- params: [["2", "999"]]
-- @must
select id, key, payload::text from s32g_gw.complete_jobs($1::bigint[]);
-- params: [["3"], "given up"]
-- @must
select id, last_error, attempts = max_attempts AS spent from s32g_gw.permanently_fail_jobs($1::bigint[], $2::text);
-- params: [["4"], null]
-- @must
select id, last_error from s32g_gw.permanently_fail_jobs($1::bigint[], $2::text);
-- params: ["k9"]
-- @must
select id, key, payload::text from s32g_gw.remove_job($1::text);
-- params: ["no-such-key"]
-- @must
select id, key from s32g_gw.remove_job($1::text);
-- @must
SELECT s32g_gw.remove_job(NULL) IS NULL;
-- @must
SELECT count(*) FROM s32g_gw._private_jobs WHERE key = 'k9';
SELECT task_identifier, key, attempts, max_attempts, revision, last_error FROM s32g_gw.jobs ORDER BY id;
UNLISTEN "jobs:insert";
UNLISTEN "worker:migrate";
-- General forms: a set-returning PL/pgSQL function called inside another block's statements.
-- @must
CREATE TABLE s32g_items (id int PRIMARY KEY, name text NOT NULL, qty int NOT NULL DEFAULT 0);
-- @must
CREATE FUNCTION s32g_put(names text[], start int DEFAULT 1) RETURNS SETOF s32g_items LANGUAGE plpgsql AS $$
begin
  perform 1; --
  return query insert into s32g_items (id, name, qty) select start + i - 1, n, i * 10 from unnest(names) with ordinality as u(n, i) returning *; --
end; --
$$;
-- @must
CREATE FUNCTION s32g_first(names text[], start int) RETURNS s32g_items LANGUAGE plpgsql AS $$
declare
  v s32g_items; --
begin
  select * into v from s32g_put(names, start) limit 1; --
  return v; --
end; --
$$;
-- @must
SELECT id, name, qty FROM s32g_first(ARRAY['a', 'b', 'c'], 1);
-- @must
SELECT id, name, qty FROM s32g_items ORDER BY id;
-- @must
CREATE FUNCTION s32g_count(names text[], start int) RETURNS bigint LANGUAGE plpgsql AS $$
declare
  n bigint; --
begin
  select count(*) into n from s32g_put(names, start); --
  return n; --
end; --
$$;
-- @must
SELECT s32g_count(ARRAY['d', 'e'], 10);
-- @must
CREATE FUNCTION s32g_names(names text[], start int) RETURNS text LANGUAGE plpgsql AS $$
declare
  t text; --
begin
  select string_agg(p.name || '=' || p.qty, ',' order by p.id) into t from s32g_put(names, start) as p where p.qty > 10; --
  return t; --
end; --
$$;
-- @must
SELECT s32g_names(ARRAY['f', 'g', 'h'], 20);
-- @must
CREATE FUNCTION s32g_loop(names text[], start int) RETURNS text LANGUAGE plpgsql AS $$
declare
  r record; --
  t text := ''; --
begin
  for r in select id, name from s32g_put(names, start) order by id desc loop
    t := t || r.name || r.id; --
  end loop; --
  return t; --
end; --
$$;
-- @must
SELECT s32g_loop(ARRAY['i', 'j'], 30);
-- @must
CREATE FUNCTION s32g_perform(names text[], start int) RETURNS int LANGUAGE plpgsql AS $$
begin
  perform * from s32g_put(names, start); --
  return (select count(*) from s32g_items where id >= start); --
end; --
$$;
-- @must
SELECT s32g_perform(ARRAY['k', 'l', 'm'], 40);
-- @must
CREATE FUNCTION s32g_none(names text[], start int) RETURNS text LANGUAGE plpgsql AS $$
declare
  v s32g_items; --
begin
  select * into v from s32g_put(names, start) limit 1; --
  if not found then
    return 'none'; --
  end if; --
  return v.name; --
end; --
$$;
-- @must
SELECT s32g_none('{}', 50);
-- @must
SELECT s32g_none(NULL, 50);
-- The inner call fails: the outer statement fails with it, nothing kept.
-- @must
SELECT s32g_first(ARRAY['dup'], 1);
-- @must
SELECT count(*) FROM s32g_items WHERE name = 'dup';
-- Its rows selected with a list, WHERE and ORDER BY at the top level.
-- @must
SELECT name FROM s32g_put(ARRAY['n', 'o', 'p'], 60) WHERE qty >= 20 ORDER BY name DESC;
-- @must
SELECT count(*), sum(qty) FROM s32g_put(ARRAY['q', 'r'], 70);
-- @must
SELECT p.id + 1 AS next, upper(p.name) FROM s32g_put(ARRAY['s'], 80) AS p;
-- @must
SELECT * FROM s32g_put(ARRAY['t', 'u'], 90) LIMIT 1;
-- @must
SELECT count(*) FROM s32g_items;
-- Arguments other than constants, for a set-returning function and one of a row.
-- @must
SELECT name FROM s32g_put(ARRAY['v' || 'w'], 100 + 1);
-- @must
SELECT name FROM s32g_put((SELECT array_agg(name || '2' ORDER BY id) FROM s32g_items WHERE id < 3), (SELECT max(id) FROM s32g_items) + 1) ORDER BY id;
-- params: [["x", "y"], 200]
-- @must
SELECT id, name FROM s32g_put($1::text[], $2::int + 1) ORDER BY id;
-- params: ["z", 300]
-- @must
SELECT id, name FROM s32g_put(ARRAY[$1::text, $1 || '2'], $2) ORDER BY id;
-- params: [["aa"], 400]
-- @must
SELECT name FROM s32g_first($1, $2);
-- params: [["ab"], "x"]
SELECT name FROM s32g_first($1, $2::int);
-- @must
SELECT name FROM s32g_first(ARRAY[(SELECT 'ac')], length('abc') * 100 + 100);
-- @must
SELECT name FROM s32g_first(ARRAY['ad'], (SELECT 1 / 0));
-- @must
SELECT name FROM s32g_first(ARRAY['ae'], (SELECT id FROM s32g_items));
-- @must
SELECT count(*) FROM s32g_items WHERE name IN ('ab', 'ad', 'ae');
-- A PL/pgSQL function of a scalar result with computed arguments.
-- @must
CREATE FUNCTION s32g_label(n int, tag text DEFAULT 'x') RETURNS text LANGUAGE plpgsql AS $$
begin
  if n < 0 then
    raise exception 'negative: %', n using errcode = '22023'; --
  end if; --
  return tag || ':' || n; --
end; --
$$;
-- @must
SELECT s32g_label(2 + 3);
-- @must
SELECT s32g_label(abs(-7), tag => upper('y'));
-- @must
SELECT s32g_label((SELECT count(*)::int FROM s32g_items WHERE id < 3), 'c');
-- params: [4]
-- @must
SELECT s32g_label($1::int * 2, 'p' || $1::text);
-- params: [-1]
-- @must
SELECT s32g_label($1::int - 1);
-- @must
SELECT s32g_label(length('abcd') - 10);
SELECT s32g_label('a' || 'b');
SELECT s32g_label(1, 2 + 2);
-- pg_notify with a computed payload inside a block, as add_jobs and remove_job send it.
-- @must
CREATE FUNCTION s32g_ping(n int) RETURNS int LANGUAGE plpgsql AS $$
begin
  perform pg_notify('s32g:' || 'chan', '{"count":' || n::text || '}'); --
  perform pg_notify('s32g_chan', format('%s-%s', n, n * 2)); --
  return n; --
end; --
$$;
LISTEN "s32g:chan";
LISTEN s32g_chan;
-- @must
SELECT s32g_ping(3);
-- @must
DO $$ begin perform pg_notify('s32g_chan', 'n=' || (select count(*) from s32g_items)::text); end $$;
-- @must
DO $$ begin perform pg_notify('s32g_chan', '{"r":' || random()::text || '}'); end $$;
-- @must
DO $$ begin perform pg_notify(NULL, 'x'); end $$;
-- @must
DO $$ begin perform pg_notify('', 'x'); end $$;
-- @must
DO $$ begin perform pg_notify('s32g_chan', repeat('x', 8000)); end $$;
-- @must
DO $$ begin perform pg_notify('s32g_chan', NULL); end $$;
-- @must
DO $$ declare c text := 's32g_chan'; begin perform pg_notify(c, c || '!'); end $$;
-- @must
SELECT pg_notify('s32g_chan', 'a' || 'b');
UNLISTEN *;
-- A parameter named by its function's name, as add_job's unsafe_dedupe branch names them.
-- @must
CREATE FUNCTION s32g_qual(name text, qty int DEFAULT 1) RETURNS text LANGUAGE plpgsql AS $$
declare
  v int; --
begin
  insert into s32g_items (id, name, qty) values (1000 + s32g_qual.qty, s32g_qual.name, s32g_qual.qty) on conflict (id) do nothing; --
  select count(*) into v from s32g_items where s32g_items.name = s32g_qual.name; --
  if s32g_qual.qty > 5 then
    return 'big ' || s32g_qual.name || v; --
  end if; --
  return s32g_qual.name || v; --
end; --
$$;
-- @must
SELECT s32g_qual('qa');
-- @must
SELECT s32g_qual('qb', 9);
-- @must
SELECT s32g_qual('qa');
-- @must
SELECT id, name, qty FROM s32g_items WHERE id > 1000 ORDER BY id;
-- @must
CREATE FUNCTION s32g_qual2(name text) RETURNS text LANGUAGE plpgsql AS $$
begin
  return s32g_qual2.nosuch; --
end; --
$$;
-- @must
SELECT s32g_qual2('x');
-- A LANGUAGE sql void function of several writes, called.
-- @must
CREATE FUNCTION s32g_bump(ids int[], by_n int) RETURNS void LANGUAGE sql AS $$
update s32g_items set qty = qty + by_n where id = any(ids); --
delete from s32g_items where id = any(ids) and qty > 1000; --
$$;
-- @must
SELECT s32g_bump(ARRAY[1, 2], 5);
-- @must
SELECT id, qty FROM s32g_items WHERE id IN (1, 2) ORDER BY id;
-- params: [[2], 2000]
-- @must
SELECT s32g_bump($1::int[], $2::int);
-- @must
SELECT id, qty FROM s32g_items WHERE id IN (1, 2) ORDER BY id;
-- @must
SELECT s32g_bump(ARRAY[1], NULL);
SELECT s32g_bump(ARRAY['a'], 1);
-- @must
SELECT s32g_bump(ARRAY[1]);
-- Wrong calls of add_jobs and add_job.
-- @must
SELECT * FROM s32g_gw.add_jobs(array(select 1));
-- @must
SELECT * FROM s32g_gw.add_jobs(array(select json_populate_recordset(null::s32g_gw.job_spec, '[{"identifier":"hello"}]')), 'maybe');
-- @must
SELECT * FROM s32g_gw.add_job();
-- @must
SELECT * FROM s32g_gw.add_job('hello', nosuch => 1);
-- @must
SELECT * FROM s32g_gw.add_job('hello', payload => '{', run_at => '2030-01-01 00:00:00+00');
-- @must
SELECT key FROM s32g_gw.add_job('hello', run_at => 'soon');
-- @must
SELECT key FROM s32g_gw.add_job(NULL, run_at => '2030-01-01 00:00:00+00');
-- @must
SELECT * FROM s32g_gw.add_job('hello', '{}', 'q1', '2030-01-01 00:00:00+00', 1, 'kk', 0, ARRAY['f'], 'replace', 'extra');
-- @must
SELECT count(*) FROM s32g_gw._private_jobs;
