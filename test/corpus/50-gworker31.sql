-- The thirty-first session's graphile-worker sweep: graphile-worker 0.17's schema as migrations
-- 11–18 leave it (`_private_jobs`, `_private_tasks`, `_private_job_queues`, the `jobs` view, the
-- job_spec composite narrowed to smallint), its functions of a composite array (`add_jobs(specs
-- job_spec[])`, `add_job` building `ARRAY[(…)::job_spec]`, remove_job, complete_jobs,
-- permanently_fail_jobs, reschedule_jobs, force_unlock_workers) and what its worker and
-- WorkerUtils send (addJobs' json_populate_recordset, getJobs, completeJobs, failJobs); then the
-- general forms behind them: arrays of a composite type as literals, ARRAY[…], parameters,
-- PL/pgSQL variables, unnest, array_agg, subscripts, functions taking and returning composites
-- and their arrays; wrong inputs throughout.
CREATE SCHEMA s31g_gw;
CREATE TABLE s31g_gw._private_job_queues (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  queue_name text NOT NULL UNIQUE CHECK (length(queue_name) <= 128),
  locked_at timestamptz,
  locked_by text,
  is_available boolean GENERATED ALWAYS AS ((locked_at IS NULL)) STORED NOT NULL
);
CREATE TABLE s31g_gw._private_tasks (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  identifier text NOT NULL UNIQUE CHECK (length(identifier) <= 128)
);
CREATE TABLE s31g_gw._private_jobs (
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
CREATE TYPE s31g_gw.job_spec AS (
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
ALTER TYPE s31g_gw.job_spec ALTER ATTRIBUTE max_attempts TYPE smallint;
-- @must
ALTER TYPE s31g_gw.job_spec ALTER ATTRIBUTE priority TYPE smallint;
-- Arrays of job_spec: literals, ARRAY[…], their text, type and size.
-- @must
SELECT '{}'::s31g_gw.job_spec[];
-- @must
SELECT '{"(a,{},,,3,,,)"}'::s31g_gw.job_spec[];
-- @must
SELECT '{"(a,{},q,\"2030-01-02 03:04:05+00\",3,k,1,\\\"{x,y}\\\")",NULL,"(b,\"[1]\",,,,,,)"}'::s31g_gw.job_spec[];
-- @must
SELECT pg_typeof('{}'::s31g_gw.job_spec[]);
-- @must
SELECT ARRAY[ROW('a', '{}', NULL, '2030-01-01 00:00:00+00', 3, NULL, 0, NULL)::s31g_gw.job_spec];
-- @must
SELECT ARRAY[('a', '{"n":1}', 'q', '2030-01-01 00:00:00+00', 3, 'k', 0, '{f}')::s31g_gw.job_spec, ('b', '{}', NULL, NULL, NULL, NULL, NULL, NULL)::s31g_gw.job_spec];
-- @must
SELECT pg_typeof(ARRAY[('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s31g_gw.job_spec]);
-- @must
SELECT ARRAY[('a', '{}', NULL, NULL, 3, NULL, 0, NULL)]::s31g_gw.job_spec[];
-- @must
SELECT array_length('{"(a,{},,,3,,,)","(b,{},,,4,,,)"}'::s31g_gw.job_spec[], 1);
-- @must
SELECT cardinality('{"(a,{},,,3,,,)","(b,{},,,4,,,)"}'::s31g_gw.job_spec[]);
-- @must
SELECT array_length('{}'::s31g_gw.job_spec[], 1);
-- @must
SELECT NULL::s31g_gw.job_spec[] IS NULL;
-- @must
SELECT ('{"(a,{},,,3,,,)","(b,{},,,4,,,)"}'::s31g_gw.job_spec[])[2];
-- @must
SELECT (('{"(a,{},,,3,,,)","(b,{},,,4,,,)"}'::s31g_gw.job_spec[])[2]).max_attempts;
-- @must
SELECT ('{"(a,{},,,3,,,)"}'::s31g_gw.job_spec[])[5] IS NULL;
-- Wrong inputs of them.
-- @must
SELECT '{"(a,{},,,3,,,)"'::s31g_gw.job_spec[];
-- @must
SELECT '{"(a,{},,,3)"}'::s31g_gw.job_spec[];
-- @must
SELECT '{"(a,nojson,,,3,,,)"}'::s31g_gw.job_spec[];
-- @must
SELECT '{"(a,{},,,x,,,)"}'::s31g_gw.job_spec[];
-- @must
SELECT '{"(a,{},,,99999,,,)"}'::s31g_gw.job_spec[];
-- @must
SELECT 'nope'::s31g_gw.job_spec[];
SELECT '{"(a,{},,,3,,,)"}'::s31g_gw.no_such_type[];
-- @must
SELECT ARRAY[('a', '{}', NULL, NULL, 3, NULL)]::s31g_gw.job_spec[];
-- @must
SELECT ARRAY[1, 2]::s31g_gw.job_spec[];
-- @must
SELECT ARRAY[('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s31g_gw.job_spec, 5];
-- unnest of them: the fields as columns, the alias as the row.
-- @must
SELECT spec.identifier, spec.max_attempts, spec.queue_name FROM unnest('{"(a,{},q,,3,,,)","(b,{},,,4,,,)"}'::s31g_gw.job_spec[]) spec ORDER BY 1;
-- @must
SELECT * FROM unnest('{"(a,\"{\\\"n\\\": 1}\",q,\"2030-01-02 03:04:05+00\",3,k,1,\\\"{x,y}\\\")"}'::s31g_gw.job_spec[]);
-- @must
SELECT DISTINCT spec.identifier FROM unnest('{"(a,{},,,3,,,)","(a,{},,,4,,,)","(b,{},,,4,,,)"}'::s31g_gw.job_spec[]) spec ORDER BY 1;
-- @must
SELECT spec.identifier, spec.payload->>'n' FROM unnest(ARRAY[('a', '{"n":1}', 'q', NULL, 3, 'k', 0, '{f}')::s31g_gw.job_spec, ('b', '{"n":2}', NULL, NULL, NULL, NULL, NULL, NULL)::s31g_gw.job_spec]) spec ORDER BY 1;
-- @must
SELECT spec.identifier, flag FROM unnest('{"(a,{},,,3,,,\\\"{x,y}\\\")","(b,{},,,4,,,)"}'::s31g_gw.job_spec[]) spec, unnest(spec.flags) AS item(flag) ORDER BY 1, 2;
-- @must
SELECT spec.identifier, (SELECT jsonb_object_agg(flag, true) FROM unnest(spec.flags) AS item(flag)) FROM unnest('{"(a,{},,,3,,,\\\"{x,y}\\\")","(b,{},,,4,,,)"}'::s31g_gw.job_spec[]) spec ORDER BY 1;
-- @must
SELECT count(*) FROM unnest('{"(a,{},,,3,,,)","(b,{},,,4,,,)"}'::s31g_gw.job_spec[]) spec WHERE spec.max_attempts > 3;
-- @must
SELECT s.identifier, s.n FROM unnest('{"(a,{},,,3,,,)","(b,{},,,4,,,)"}'::s31g_gw.job_spec[]) WITH ORDINALITY s(identifier, payload, queue_name, run_at, max_attempts, job_key, priority, flags, n) ORDER BY s.n;
-- @must
SELECT count(*) FROM unnest('{}'::s31g_gw.job_spec[]) spec;
-- @must
SELECT count(*) FROM unnest(NULL::s31g_gw.job_spec[]) spec;
-- @must
SELECT spec.nope FROM unnest('{"(a,{},,,3,,,)"}'::s31g_gw.job_spec[]) spec;
-- array_agg of them and ARRAY(SELECT …).
SELECT array_agg(ROW(x::text, '{}', NULL, NULL, x, NULL, 0, NULL)::s31g_gw.job_spec ORDER BY x) FROM generate_series(1, 3) x;
-- @must
SELECT ARRAY(SELECT ROW(x::text, '{}', NULL, NULL, x, NULL, 0, NULL)::s31g_gw.job_spec FROM generate_series(1, 2) x ORDER BY x);
SELECT array_length(array_agg(ROW(x::text, '{}', NULL, NULL, x, NULL, 0, NULL)::s31g_gw.job_spec), 1) FROM generate_series(1, 4) x;
-- What addJobs sends: json_populate_recordset of the specs' JSON into an array.
-- @must
SELECT array(select json_populate_recordset(null::s31g_gw.job_spec, '[{"identifier":"a","payload":{"n":1},"run_at":"2030-01-02T03:04:05.000Z"},{"identifier":"b","max_attempts":2,"flags":["x"]}]'));
-- params: ["[{\"identifier\":\"p\",\"payload\":{\"a\":[1,2]},\"queue_name\":\"q\",\"run_at\":\"2030-01-02T03:04:05.000Z\",\"max_attempts\":4,\"job_key\":\"k\",\"priority\":1,\"flags\":[\"x\"]}]"]
-- @must
SELECT array(select json_populate_recordset(null::s31g_gw.job_spec, $1::json));
-- @must
SELECT spec.identifier, spec.max_attempts FROM unnest(array(select json_populate_recordset(null::s31g_gw.job_spec, '[{"identifier":"a","max_attempts":3},{"identifier":"b"}]'))) spec ORDER BY 1;
-- @must
SELECT array(select json_populate_recordset(null::s31g_gw.job_spec, '[{"identifier":"a","max_attempts":"x"}]'));
-- @must
SELECT array(select json_populate_recordset(null::s31g_gw.job_spec, '[{"identifier":"a","max_attempts":70000}]'));
-- The functions of migrations 16–18, as they are made.
-- @must
CREATE FUNCTION s31g_gw.add_jobs(specs s31g_gw.job_spec[], job_key_preserve_run_at boolean DEFAULT false) RETURNS SETOF s31g_gw._private_jobs
    LANGUAGE plpgsql
    AS $$
begin
  -- Ensure all the tasks exist
  insert into s31g_gw._private_tasks as tasks (identifier)
  select distinct spec.identifier
  from unnest(specs) spec
  on conflict do nothing; --
  -- Ensure all the queues exist
  insert into s31g_gw._private_job_queues as job_queues (queue_name)
  select distinct spec.queue_name
  from unnest(specs) spec
  where spec.queue_name is not null
  on conflict do nothing; --
  update s31g_gw._private_jobs as jobs
  set
    key = null,
    attempts = jobs.max_attempts,
    updated_at = now()
  from unnest(specs) spec
  where spec.job_key is not null
  and jobs.key = spec.job_key
  and is_available is not true; --

  perform pg_notify('jobs:insert', '{"r":' || random()::text || ',"count":' || array_length(specs, 1)::text || '}'); --

  return query insert into s31g_gw._private_jobs as jobs (
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
    inner join s31g_gw._private_tasks as tasks
    on tasks.identifier = spec.identifier
    left join s31g_gw._private_job_queues as job_queues
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
SELECT pg_get_function_identity_arguments('s31g_gw.add_jobs'::regproc);
-- @must
SELECT pg_get_function_arguments('s31g_gw.add_jobs'::regproc);
-- @must
SELECT format_type(proargtypes[0], NULL), format_type(prorettype, NULL), proretset FROM pg_proc WHERE proname = 'add_jobs' AND pronamespace = 's31g_gw'::regnamespace;
-- @must
CREATE FUNCTION s31g_gw.add_job(identifier text, payload json DEFAULT NULL::json, queue_name text DEFAULT NULL::text, run_at timestamp with time zone DEFAULT NULL::timestamp with time zone, max_attempts integer DEFAULT NULL::integer, job_key text DEFAULT NULL::text, priority integer DEFAULT NULL::integer, flags text[] DEFAULT NULL::text[], job_key_mode text DEFAULT 'replace'::text) RETURNS s31g_gw._private_jobs
    LANGUAGE plpgsql
    AS $$
declare
  v_job s31g_gw._private_jobs; --
begin
  if (job_key is null or job_key_mode is null or job_key_mode in ('replace', 'preserve_run_at')) then
    select * into v_job
    from s31g_gw.add_jobs(
      ARRAY[(
        identifier,
        payload,
        queue_name,
        run_at,
        max_attempts::smallint,
        job_key,
        priority::smallint,
        flags
      )::s31g_gw.job_spec],
      (job_key_mode = 'preserve_run_at')
    )
    limit 1; --
    return v_job; --
  elsif job_key_mode = 'unsafe_dedupe' then
    insert into s31g_gw._private_tasks as tasks (identifier)
    values (add_job.identifier)
    on conflict do nothing; --
    if add_job.queue_name is not null then
      insert into s31g_gw._private_job_queues as job_queues (queue_name)
      values (add_job.queue_name)
      on conflict do nothing; --
    end if; --
    insert into s31g_gw._private_jobs as jobs (
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
      from s31g_gw._private_tasks as tasks
      left join s31g_gw._private_job_queues as job_queues
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
CREATE FUNCTION s31g_gw.complete_jobs(job_ids bigint[]) RETURNS SETOF s31g_gw._private_jobs
    LANGUAGE sql
    AS $$
  delete from s31g_gw._private_jobs as jobs
    where id = any(job_ids)
    and (
      locked_at is null
    or
      locked_at < now() - interval '4 hours'
    )
    returning *; --
$$;
-- @must
CREATE FUNCTION s31g_gw.permanently_fail_jobs(job_ids bigint[], error_message text DEFAULT NULL::text) RETURNS SETOF s31g_gw._private_jobs
    LANGUAGE sql
    AS $$
  update s31g_gw._private_jobs as jobs
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
CREATE FUNCTION s31g_gw.reschedule_jobs(job_ids bigint[], run_at timestamp with time zone DEFAULT NULL::timestamp with time zone, priority integer DEFAULT NULL::integer, attempts integer DEFAULT NULL::integer, max_attempts integer DEFAULT NULL::integer) RETURNS SETOF s31g_gw._private_jobs
    LANGUAGE sql
    AS $$
  update s31g_gw._private_jobs as jobs
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
CREATE FUNCTION s31g_gw.remove_job(job_key text) RETURNS s31g_gw._private_jobs
    LANGUAGE plpgsql STRICT
    AS $$
declare
  v_job s31g_gw._private_jobs; --
begin
  delete from s31g_gw._private_jobs as jobs
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
  update s31g_gw._private_jobs as jobs
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
CREATE FUNCTION s31g_gw.force_unlock_workers(worker_ids text[]) RETURNS void
    LANGUAGE sql
    AS $$
update s31g_gw._private_jobs
set locked_at = null, locked_by = null
where locked_by = any(worker_ids); --
update s31g_gw._private_job_queues
set locked_at = null, locked_by = null
where locked_by = any(worker_ids); --
$$;
-- @must
CREATE VIEW s31g_gw.jobs AS (
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
  from s31g_gw._private_jobs as jobs
  inner join s31g_gw._private_tasks as tasks
  on tasks.id = jobs.task_id
  left join s31g_gw._private_job_queues as job_queues
  on job_queues.id = jobs.job_queue_id
);
-- addJobs (WorkerUtils): the specs' JSON through json_populate_recordset into add_jobs.
-- params: ["[{\"identifier\":\"mail\",\"payload\":{\"to\":\"a@b.c\"},\"run_at\":\"2030-01-01T00:00:00.000Z\",\"job_key\":\"k1\"},{\"identifier\":\"mail\",\"payload\":{\"to\":\"d@e.f\"},\"queue_name\":\"q1\",\"run_at\":\"2030-01-01T00:00:00.000Z\",\"max_attempts\":3,\"priority\":2,\"flags\":[\"urgent\"]}]", false]
select id, job_queue_id, task_id, payload::text, priority, run_at, attempts, max_attempts, key, revision, flags
from s31g_gw.add_jobs(
  array(
    select json_populate_recordset(null::s31g_gw.job_spec, $1::json)
  ),
  $2::boolean
);
SELECT id, queue_name, task_identifier, priority, run_at, attempts, max_attempts, key, revision, flags FROM s31g_gw.jobs ORDER BY id;
SELECT identifier FROM s31g_gw._private_tasks ORDER BY id;
SELECT queue_name, is_available FROM s31g_gw._private_job_queues ORDER BY id;
-- The same job key again: the job is replaced, its revision counted.
-- params: ["[{\"identifier\":\"mail\",\"payload\":{\"to\":\"x@y.z\"},\"run_at\":\"2030-02-01T00:00:00.000Z\",\"job_key\":\"k1\",\"max_attempts\":7}]", false]
select id, payload::text, run_at, max_attempts, key, revision
from s31g_gw.add_jobs(
  array(
    select json_populate_recordset(null::s31g_gw.job_spec, $1::json)
  ),
  $2::boolean
);
-- preserve_run_at keeps the run_at of a job not yet tried.
-- params: ["[{\"identifier\":\"mail\",\"payload\":[1],\"run_at\":\"2030-03-01T00:00:00.000Z\",\"job_key\":\"k1\"}]", true]
select id, payload::text, run_at, key, revision
from s31g_gw.add_jobs(
  array(
    select json_populate_recordset(null::s31g_gw.job_spec, $1::json)
  ),
  $2::boolean
);
-- Array payloads of one key are merged.
-- params: ["[{\"identifier\":\"mail\",\"payload\":[2,3],\"run_at\":\"2030-03-01T00:00:00.000Z\",\"job_key\":\"k1\"}]", false]
select payload::text, revision
from s31g_gw.add_jobs(
  array(
    select json_populate_recordset(null::s31g_gw.job_spec, $1::json)
  ),
  $2::boolean
);
-- add_jobs called with ARRAY[…] and a literal.
SELECT key, max_attempts, priority FROM s31g_gw.add_jobs(ARRAY[('report', '{"n":1}', NULL, '2030-01-05 00:00:00+00', 2, 'k2', 1, NULL)::s31g_gw.job_spec]);
SELECT key, payload::text FROM s31g_gw.add_jobs('{"(report,\"{\\\"n\\\": 2}\",,\"2030-01-06 00:00:00+00\",4,k3,0,)"}');
SELECT count(*) FROM s31g_gw.add_jobs('{}'::s31g_gw.job_spec[]);
SELECT count(*) FROM s31g_gw.add_jobs(ARRAY[('nope', '{}', NULL, NULL, 0, NULL, NULL, NULL)::s31g_gw.job_spec]);
SELECT count(*) FROM s31g_gw.add_jobs('{"(x)"}');
SELECT count(*) FROM s31g_gw.add_jobs(ARRAY['a', 'b']);
SELECT count(*) FROM s31g_gw.add_jobs(42);
-- addJob (WorkerUtils): add_job with named arguments.
-- params: ["single", "{\"a\":1}", null, "2030-01-07T00:00:00.000Z", null, "sk1", null, null, null]
select id, key, payload::text, run_at, max_attempts, priority, revision from s31g_gw.add_job(
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
-- params: ["single", "{\"a\":2}", "q2", "2030-01-08T00:00:00.000Z", 9, "sk1", 3, ["f1","f2"], "replace"]
select key, payload::text, run_at, max_attempts, priority, revision, flags from s31g_gw.add_job(
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
-- params: ["single", "{\"a\":3}", null, "2030-01-09T00:00:00.000Z", null, "sk2", null, null, "unsafe_dedupe"]
select key, payload::text, run_at, revision from s31g_gw.add_job(
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
-- params: ["single", "{\"a\":4}", null, "2030-01-10T00:00:00.000Z", null, "sk2", null, null, "unsafe_dedupe"]
select key, payload::text, run_at, revision from s31g_gw.add_job(
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
-- @must
SELECT key FROM s31g_gw.add_job('single', '{}', job_key => 'sk3', job_key_mode => 'bogus');
SELECT key, run_at FROM s31g_gw.add_job('single', '{}', run_at => '2030-01-11 00:00:00+00');
SELECT count(*), count(key), sum(revision) FROM s31g_gw._private_jobs;
-- The worker's task ids, as taskIdentifiers.js makes them.
-- params: [["mail","report","single","later"]]
insert into s31g_gw._private_tasks as tasks (identifier) select unnest($1::text[]) on conflict do nothing;
-- params: [["mail","report","single","later"]]
select id, identifier from s31g_gw._private_tasks as tasks where identifier = any($1::text[]) ORDER BY id;
-- getJobs (useNodeTime), named-queue strategy 2: lock one job and its queue.
-- params: ["worker-1", [1,2,3,4], "2030-06-01T00:00:00.000Z"]
-- @must
with j as (
  select jobs.job_queue_id, jobs.priority, jobs.run_at, jobs.id
    from s31g_gw._private_jobs as jobs
    where jobs.is_available = true
    and run_at <= $3::timestamptz
    and task_id = any($2::int[])
    and (
      jobs.job_queue_id is null
      or
      jobs.job_queue_id in (
        select id
        from s31g_gw._private_job_queues as job_queues
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
  update s31g_gw._private_job_queues as job_queues
    set
      locked_by = $1::text,
      locked_at = $3::timestamptz
    from j
    where job_queues.id = j.job_queue_id
)
  update s31g_gw._private_jobs as jobs
    set
      attempts = jobs.attempts + 1,
      locked_by = $1::text,
      locked_at = $3::timestamptz
    from j
    where jobs.id = j.id
    returning id, key, attempts, locked_by, locked_at, is_available;
-- params: ["worker-1", [1,2,3,4], "2030-06-01T00:00:00.000Z"]
-- @must
with j as (
  select jobs.job_queue_id, jobs.priority, jobs.run_at, jobs.id
    from s31g_gw._private_jobs as jobs
    where jobs.is_available = true
    and run_at <= $3::timestamptz
    and task_id = any($2::int[])
    and (
      jobs.job_queue_id is null
      or
      jobs.job_queue_id in (
        select id
        from s31g_gw._private_job_queues as job_queues
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
  update s31g_gw._private_job_queues as job_queues
    set
      locked_by = $1::text,
      locked_at = $3::timestamptz
    from j
    where job_queues.id = j.job_queue_id
)
  update s31g_gw._private_jobs as jobs
    set
      attempts = jobs.attempts + 1,
      locked_by = $1::text,
      locked_at = $3::timestamptz
    from j
    where jobs.id = j.id
    returning id, key, job_queue_id, attempts, locked_by;
SELECT queue_name, locked_by, is_available FROM s31g_gw._private_job_queues ORDER BY id;
-- A locked job's key given again: a new job is made, the old one keeps running without its key.
SELECT count(*) FROM s31g_gw.add_jobs(ARRAY[('report', '{"n":9}', NULL, '2030-01-05 00:00:00+00', 2, 'k2', 1, NULL)::s31g_gw.job_spec]);
-- @must
SELECT id, key, attempts, max_attempts, locked_by IS NOT NULL AS locked FROM s31g_gw._private_jobs WHERE task_id = 2 ORDER BY id;
-- failJobs: a failed attempt is rescheduled and unlocked.
-- params: ["worker-1", "[{\"jobId\":1,\"message\":\"boom\"}]"]
-- @must
update s31g_gw._private_jobs as jobs
set
last_error = (el->>'message'),
run_at = greatest('2030-06-01T00:00:00.000Z'::timestamptz, run_at) + (exp(least(attempts, 10)) * interval '1 second'),
locked_by = null,
locked_at = null,
payload = coalesce(el->'payload', jobs.payload)
from json_array_elements($2::json) as els(el)
where id = (el->>'jobId')::bigint and locked_by = $1::text;
SELECT id, last_error, run_at, attempts, locked_by FROM s31g_gw._private_jobs WHERE id = 1;
-- completeJobs of a job in a queue: deleted, its queue unlocked.
-- params: [[2], "worker-1"]
-- @must
with j as (
delete from s31g_gw._private_jobs as jobs
using unnest($1::bigint[]) n(n)
where id = n
returning *
)
update s31g_gw._private_job_queues as job_queues
set locked_by = null, locked_at = null
from j
where job_queues.id = j.job_queue_id and job_queues.locked_by = $2::text;
SELECT queue_name, locked_by, is_available FROM s31g_gw._private_job_queues ORDER BY id;
-- WorkerUtils: completeJobs, permanentlyFailJobs, rescheduleJobs.
SELECT id, key FROM s31g_gw.complete_jobs(ARRAY[1, 999]::bigint[]);
-- params: [[4], "Gave up"]
-- @must
select id, last_error, attempts = max_attempts AS spent from s31g_gw.permanently_fail_jobs($1::bigint[], $2::text);
-- @must
SELECT id, last_error FROM s31g_gw.permanently_fail_jobs(ARRAY[5]::bigint[]);
-- params: [[5, 6], "2031-01-01T00:00:00.000Z", 7, 0, 12]
select id, run_at, priority, attempts, max_attempts from s31g_gw.reschedule_jobs($1::bigint[], run_at := $2::timestamptz, priority := $3::int, attempts := $4::int, max_attempts := $5::int) ORDER BY id;
SELECT id, priority FROM s31g_gw.reschedule_jobs(ARRAY[6]::bigint[], priority => 1);
SELECT key, attempts = max_attempts AS spent FROM s31g_gw.remove_job('sk2');
-- @must
SELECT count(*) FROM s31g_gw._private_jobs WHERE key = 'sk2';
SELECT s31g_gw.remove_job('no-such-key') IS NULL;
SELECT s31g_gw.force_unlock_workers(ARRAY['worker-1']);
-- @must
SELECT count(*) FROM s31g_gw._private_jobs WHERE locked_by IS NOT NULL;
SELECT task_identifier, key, attempts, max_attempts, revision FROM s31g_gw.jobs ORDER BY id;
-- General forms: a composite of its own and arrays of it, in public.
-- @must
CREATE TYPE s31g_pt AS (x int, y int, label text);
-- @must
SELECT ARRAY[ROW(1, 2, 'a')::s31g_pt, ROW(3, 4, NULL)::s31g_pt];
-- @must
SELECT '{"(1,2,a)","(3,4,\"b c\")",NULL}'::s31g_pt[];
-- @must
SELECT ('{"(1,2,a)","(3,4,b)"}'::s31g_pt[])[1];
-- @must
SELECT (('{"(1,2,a)","(3,4,b)"}'::s31g_pt[])[2]).label;
-- @must
SELECT p.x + p.y AS s FROM unnest('{"(1,2,a)","(3,4,b)"}'::s31g_pt[]) p ORDER BY s;
-- @must
SELECT (p).label FROM unnest('{"(1,2,a)","(3,4,b)"}'::s31g_pt[]) p ORDER BY 1;
-- @must
SELECT x, y, label FROM unnest('{"(1,2,a)","(3,4,b)"}'::s31g_pt[]) ORDER BY x;
SELECT array_agg(ROW(i, i * i, i::text)::s31g_pt ORDER BY i) FROM generate_series(1, 3) i;
SELECT array_to_json('{"(1,2,a)","(3,4,b)"}'::s31g_pt[]);
SELECT to_json(ARRAY[ROW(1, 2, 'a')::s31g_pt]);
-- @must
SELECT '{"(1,2,a)"}'::s31g_pt[] = '{"(1,2,a)"}'::s31g_pt[];
-- @must
SELECT '{"(1,2,a)"}'::s31g_pt[] IS NOT DISTINCT FROM '{"(1,2,b)"}'::s31g_pt[];
SELECT ROW(1, 2, 'a')::s31g_pt = ANY('{"(1,2,a)","(3,4,b)"}'::s31g_pt[]);
SELECT array_append('{"(1,2,a)"}'::s31g_pt[], ROW(5, 6, 'z')::s31g_pt);
-- @must
SELECT '{"(1,2,a)"}'::s31g_pt[] || ROW(5, 6, 'z')::s31g_pt;
-- @must
SELECT '{"(1,2,a)"}'::s31g_pt[] || '{"(7,8,q)"}'::s31g_pt[];
SELECT array_length(array_remove('{"(1,2,a)","(3,4,b)"}'::s31g_pt[], ROW(1, 2, 'a')::s31g_pt), 1);
SELECT '{"(1,2,a)"}'::s31g_pt[]::text;
-- @must
SELECT '{"(1,2,a)","(3,4,b)"}'::s31g_pt[] @> ARRAY[ROW(3, 4, 'b')::s31g_pt];
-- @must
SELECT '{"(1,2)"}'::s31g_pt[];
-- @must
SELECT '{"(1,x,a)"}'::s31g_pt[];
-- @must
SELECT '{(1,2,a)}'::s31g_pt[];
-- @must
SELECT ARRAY[ROW(1, 2, 'a')::s31g_pt, ROW(1, 2)::s31g_pt];
SELECT ARRAY[ROW(1, 2, 'a')::s31g_pt] || 5;
-- @must
SELECT p.z FROM unnest('{"(1,2,a)"}'::s31g_pt[]) p;
-- A table column of an array of a composite.
CREATE TABLE s31g_paths (id int PRIMARY KEY, pts s31g_pt[]);
INSERT INTO s31g_paths VALUES (1, '{"(1,2,a)","(3,4,b)"}'), (2, ARRAY[ROW(5, 6, 'c')::s31g_pt]), (3, NULL), (4, '{}');
SELECT id, pts, cardinality(pts) FROM s31g_paths ORDER BY id;
SELECT id, (pts[1]).x FROM s31g_paths ORDER BY id;
SELECT p.id, q.label FROM s31g_paths p, unnest(p.pts) q ORDER BY p.id, q.x;
UPDATE s31g_paths SET pts = pts || ROW(9, 9, 'n')::s31g_pt WHERE id = 2 RETURNING pts;
UPDATE s31g_paths SET pts[1] = ROW(0, 0, 'o')::s31g_pt WHERE id = 1 RETURNING pts;
SELECT id FROM s31g_paths WHERE ROW(9, 9, 'n')::s31g_pt = ANY(pts) ORDER BY id;
INSERT INTO s31g_paths VALUES (5, '{"(1,2)"}');
INSERT INTO s31g_paths VALUES (6, ARRAY[1, 2]);
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's31g_paths'::regclass AND attname = 'pts';
SELECT data_type, udt_name FROM information_schema.columns WHERE table_name = 's31g_paths' AND column_name = 'pts';
-- Functions taking and returning composites and their arrays.
CREATE FUNCTION s31g_norm(p s31g_pt) RETURNS int LANGUAGE sql AS $$ SELECT abs(p.x) + abs(p.y) $$;
SELECT s31g_norm(ROW(3, -4, 'a')::s31g_pt);
SELECT s31g_norm('(1,2,z)');
SELECT s31g_norm(p) FROM unnest('{"(1,2,a)","(-3,4,b)"}'::s31g_pt[]) p ORDER BY 1;
CREATE FUNCTION s31g_mk(x int, y int) RETURNS s31g_pt LANGUAGE sql AS $$ SELECT ROW(x, y, x::text || ',' || y::text)::s31g_pt $$;
SELECT s31g_mk(1, 2);
SELECT (s31g_mk(1, 2)).label;
SELECT * FROM s31g_mk(3, 4);
-- @must
CREATE FUNCTION s31g_total(ps s31g_pt[]) RETURNS bigint LANGUAGE sql AS $$ SELECT sum(p.x + p.y) FROM unnest(ps) p $$;
-- @must
SELECT s31g_total('{"(1,2,a)","(3,4,b)"}');
-- @must
SELECT s31g_total(ARRAY[ROW(1, 1, NULL)::s31g_pt]);
-- @must
SELECT s31g_total('{}');
-- @must
SELECT s31g_total(NULL);
-- params: ["{\"(1,2,a)\",\"(10,20,b)\"}"]
-- @must
SELECT s31g_total($1::s31g_pt[]);
-- params: ["{\"(5,5,a)\"}"]
-- @must
SELECT s31g_total($1);
CREATE FUNCTION s31g_grid(n int) RETURNS s31g_pt[] LANGUAGE sql AS $$ SELECT array_agg(ROW(i, i, NULL)::s31g_pt ORDER BY i) FROM generate_series(1, n) i $$;
SELECT s31g_grid(3);
SELECT cardinality(s31g_grid(4)), (s31g_grid(4))[4];
SELECT p.x FROM unnest(s31g_grid(2)) p ORDER BY 1;
CREATE FUNCTION s31g_big(ps s31g_pt[], lim int) RETURNS s31g_pt[] LANGUAGE plpgsql AS $$
DECLARE
  p s31g_pt; --
  out_pts s31g_pt[] := '{}'; --
BEGIN
  FOREACH p IN ARRAY ps LOOP
    IF p.x > lim THEN
      out_pts := out_pts || p; --
    END IF; --
  END LOOP; --
  RETURN out_pts; --
END
$$;
SELECT s31g_big('{"(1,2,a)","(3,4,b)","(5,6,c)"}', 2);
SELECT s31g_big('{}', 2);
-- @must
CREATE FUNCTION s31g_labels(ps s31g_pt[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  acc text := ''; --
  i int; --
BEGIN
  FOR i IN 1 .. coalesce(array_length(ps, 1), 0) LOOP
    acc := acc || coalesce(ps[i].label, '-'); --
  END LOOP; --
  RETURN acc; --
END
$$;
SELECT s31g_labels('{"(1,2,a)","(3,4,)","(5,6,c)"}');
CREATE FUNCTION s31g_pts(n int) RETURNS SETOF s31g_pt LANGUAGE sql AS $$ SELECT ROW(i, -i, 'p' || i)::s31g_pt FROM generate_series(1, n) i $$;
SELECT * FROM s31g_pts(2) ORDER BY x;
SELECT array_agg(p ORDER BY p.x) FROM s31g_pts(3) p;
SELECT count(*) FROM s31g_pts(0);
SELECT s31g_total(ARRAY[1, 2]);
-- @must
SELECT s31g_total('{"(1,2)"}');
SELECT s31g_norm(ROW(1, 2));
SELECT s31g_norm(5);
CREATE FUNCTION s31g_nope(ps s31g_nosuch[]) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
-- DROP of a type a function's argument array uses.
-- @must
DROP TYPE s31g_pt;
-- @must
DROP FUNCTION s31g_total(s31g_pt[]);
-- @must
SELECT count(*) FROM pg_proc WHERE proname = 's31g_total';
DROP TABLE s31g_paths;
DROP TYPE s31g_pt CASCADE;
SELECT count(*) FROM pg_proc WHERE proname IN ('s31g_norm', 's31g_mk', 's31g_grid', 's31g_big', 's31g_labels', 's31g_pts');
SELECT count(*) FROM pg_type WHERE typname IN ('s31g_pt', '_s31g_pt');
