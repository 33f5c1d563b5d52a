-- The thirtieth session's graphile-worker sweep, migration 11 onward: graphile-worker 0.17's
-- job_spec composite (a type of its own schema with json, timestamptz and text[] attributes),
-- arrays of it (`job_spec[]` parameters, `ARRAY[(…)::job_spec]`, `unnest(specs)`), addJobs'
-- `array(select json_populate_recordset(null::job_spec, $1::json))`, add_jobs and add_job as
-- migrations 11–13 create them, `ALTER TYPE … ALTER ATTRIBUTE … TYPE`, then the general forms
-- behind them: composite types with json attributes, arrays of composites, ALTER TYPE
-- ADD/DROP/RENAME ATTRIBUTE, functions taking and returning composite arrays, wrong inputs.
CREATE SCHEMA s30g_gw;
CREATE TABLE s30g_gw.job_queues (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  queue_name text NOT NULL UNIQUE CHECK (length(queue_name) <= 128),
  locked_at timestamptz,
  locked_by text,
  is_available boolean GENERATED ALWAYS AS ((locked_at IS NULL)) STORED NOT NULL
);
CREATE TABLE s30g_gw.tasks (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  identifier text NOT NULL UNIQUE CHECK (length(identifier) <= 128)
);
CREATE TABLE s30g_gw.jobs (
  id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  job_queue_id int NULL,
  task_id int NOT NULL,
  payload json DEFAULT '{}'::json NOT NULL,
  priority smallint DEFAULT 0 NOT NULL,
  run_at timestamptz DEFAULT '2030-01-01 00:00:00+00' NOT NULL,
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
-- Migration 11's type, in graphile-worker's schema.
-- @must
CREATE TYPE s30g_gw.job_spec AS (
  identifier text,
  payload json,
  queue_name text,
  run_at timestamptz,
  max_attempts integer,
  job_key text,
  priority integer,
  flags text[]
);
-- @must
CREATE TYPE s30g_gw.job_spec AS (identifier text);
SELECT typname, typtype FROM pg_type WHERE typname = 'job_spec' AND typnamespace = 's30g_gw'::regnamespace;
-- @must
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's30g_gw.job_spec'::regclass AND attnum > 0 ORDER BY attnum;
-- @must
SELECT 's30g_gw.job_spec'::regtype;
-- @must
SELECT 's30g_gw.job_spec[]'::regtype;
-- @must
SELECT pg_typeof(ROW('a', '{}', NULL, NULL, 1, NULL, 0, NULL)::s30g_gw.job_spec);
-- Values of it: made from ROW(…), from a tuple, from its text; printed as record_out does.
-- @must
SELECT ROW('send_email', '{"to":"a@b.c"}', 'q1', '2030-01-02 03:04:05+00', 5, 'k1', 2, '{urgent,x}')::s30g_gw.job_spec;
-- @must
SELECT ('send_email', '{"to": "a@b.c", "n": [1, 2]}', NULL, NULL, NULL, NULL, NULL, NULL)::s30g_gw.job_spec;
-- @must
SELECT '(a,"{""x"": 1}",,,3,,,"{f1,f2}")'::s30g_gw.job_spec;
-- @must
SELECT ('(a,"{""x"": 1}",,,3,,,"{f1,f2}")'::s30g_gw.job_spec).payload;
-- @must
SELECT ('(a,"{""x"": 1}",,,3,,,"{f1,f2}")'::s30g_gw.job_spec).flags;
-- @must
SELECT (ROW('a', '{"x":1}', 'q', '2030-01-02 03:04:05+00', 5, 'k', 0, '{f1,f2}')::s30g_gw.job_spec).identifier;
-- @must
SELECT (s).identifier, (s).payload, (s).run_at, (s).flags, (s).max_attempts FROM (SELECT ROW('a', '{"x":1}', 'q', '2030-01-02 03:04:05+00', 5, 'k', 0, '{f1,f2}')::s30g_gw.job_spec AS s) x;
-- @must
SELECT (s).payload->>'x' AS x, json_typeof((s).payload), (s).flags[2], array_length((s).flags, 1) FROM (SELECT ROW('a', '{"x":"y"}', 'q', NULL, 5, 'k', 0, '{f1,f2}')::s30g_gw.job_spec AS s) x;
-- @must
SELECT pg_typeof((ROW('a', '{}', NULL, NULL, 1, NULL, 0, NULL)::s30g_gw.job_spec).payload), pg_typeof((ROW('a', '{}', NULL, NULL, 1, NULL, 0, NULL)::s30g_gw.job_spec).flags);
-- @must
SELECT (s).* FROM (SELECT ROW('a', '{"x":1}', 'q', '2030-01-02 03:04:05+00', 5, 'k', 0, '{f1,f2}')::s30g_gw.job_spec AS s) x;
-- @must
SELECT (ROW('a', '[1, 2]', NULL, NULL, NULL, NULL, NULL, NULL)::s30g_gw.job_spec).payload::text;
-- @must
SELECT ROW('a', '{}', NULL, NULL, 1, NULL, 0, NULL)::s30g_gw.job_spec IS NULL, ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)::s30g_gw.job_spec IS NULL;
-- Wrong inputs.
-- @must
SELECT ROW('a', 'not json', NULL, NULL, 1, NULL, 0, NULL)::s30g_gw.job_spec;
SELECT '(a,notjson,,,3,,,)'::s30g_gw.job_spec;
SELECT '(a,{},,,3)'::s30g_gw.job_spec;
SELECT '(a,{},,,3,,,,,)'::s30g_gw.job_spec;
SELECT 'a,b'::s30g_gw.job_spec;
-- @must
SELECT ROW('a', '{}', NULL, 'not a time', 1, NULL, 0, NULL)::s30g_gw.job_spec;
SELECT ROW('a', '{}')::s30g_gw.job_spec;
-- @must
SELECT (ROW('a', '{}', NULL, NULL, 1, NULL, 0, NULL)::s30g_gw.job_spec).nope;
SELECT ROW('a')::s30g_gw.no_such_type;
SELECT NULL::s30g_gw.job_spec[];
-- Arrays of it.
SELECT ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec, ROW('b', '{"k":[1]}', 'q', '2030-01-02 03:04:05+00', 4, 'kb', 1, '{x}')::s30g_gw.job_spec];
SELECT array_length(ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec], 1);
SELECT cardinality(ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec, ROW('b', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec]);
SELECT pg_typeof(ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec]);
SELECT (ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec, ROW('b', '{}', NULL, NULL, 4, NULL, 0, NULL)::s30g_gw.job_spec])[2];
SELECT ((ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec, ROW('b', '{}', NULL, NULL, 4, NULL, 0, NULL)::s30g_gw.job_spec])[2]).max_attempts;
SELECT spec.identifier, spec.max_attempts, spec.payload::text FROM unnest(ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec, ROW('b', '{"z":2}', 'q', NULL, 4, 'kb', 1, '{x}')::s30g_gw.job_spec]) spec ORDER BY 1;
SELECT DISTINCT spec.identifier FROM unnest(ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::s30g_gw.job_spec, ROW('a', '{}', 'q', NULL, 4, 'kb', 1, '{x}')::s30g_gw.job_spec]) spec;
SELECT * FROM unnest(ARRAY[ROW('a', '{"x":1}', 'q', '2030-01-02 03:04:05+00', 3, 'k', 0, '{f}')::s30g_gw.job_spec]);
SELECT count(*) FROM unnest('{"(a,{},,,3,,,)","(b,{},,,4,,,)"}'::s30g_gw.job_spec[]) spec WHERE spec.max_attempts > 3;
SELECT '{"(a,{},,,3,,,)","(b,\"{\\\"y\\\": 2}\",q,,4,,,\"{x,y}\")"}'::s30g_gw.job_spec[];
SELECT (spec).flags FROM unnest('{"(b,{},q,,4,,,\"{x,y}\")"}'::s30g_gw.job_spec[]) spec;
SELECT array_agg(ROW(x::text, '{}', NULL, NULL, x, NULL, 0, NULL)::s30g_gw.job_spec ORDER BY x) FROM generate_series(1, 3) x;
SELECT ARRAY(SELECT ROW(x::text, '{}', NULL, NULL, x, NULL, 0, NULL)::s30g_gw.job_spec FROM generate_series(1, 2) x ORDER BY x);
-- What addJobs sends: json_populate_recordset of the specs' JSON.
SELECT identifier, payload::text, queue_name, run_at, max_attempts, job_key, priority, flags FROM json_populate_recordset(null::s30g_gw.job_spec, '[{"identifier":"a","payload":{"n":1},"queue_name":"q","run_at":"2030-01-02T03:04:05.000Z","max_attempts":3,"job_key":"k","priority":1,"flags":["f1","f2"]},{"identifier":"b"}]') ORDER BY identifier;
SELECT json_populate_recordset(null::s30g_gw.job_spec, '[{"identifier":"a","payload":{"n":1}},{"identifier":"b","flags":["z"]}]');
SELECT array(select json_populate_recordset(null::s30g_gw.job_spec, '[{"identifier":"a","payload":{"n":1}},{"identifier":"b","max_attempts":2}]'));
-- params: ["[{\"identifier\":\"p\",\"payload\":{\"a\":[1,2]},\"max_attempts\":4,\"flags\":[\"x\"]}]"]
SELECT array(select json_populate_recordset(null::s30g_gw.job_spec, $1::json));
SELECT identifier, payload::text FROM json_populate_record(null::s30g_gw.job_spec, '{"identifier":"one","payload":[1,{"a":null}],"extra":1}');
SELECT * FROM json_populate_recordset(null::s30g_gw.job_spec, '[{"identifier":"a","max_attempts":"x"}]');
SELECT * FROM json_populate_recordset(null::s30g_gw.job_spec, '{"identifier":"a"}');
-- Migration 11's add_jobs: a job_spec[] parameter, unnest(specs) three times, SETOF jobs.
-- @must
CREATE FUNCTION s30g_gw.add_jobs(specs s30g_gw.job_spec[], job_key_preserve_run_at boolean DEFAULT false)
RETURNS SETOF s30g_gw.jobs
AS $$
begin
  insert into s30g_gw.tasks (identifier)
  select distinct spec.identifier
  from unnest(specs) spec
  on conflict do nothing;
  insert into s30g_gw.job_queues (queue_name)
  select distinct spec.queue_name
  from unnest(specs) spec
  where spec.queue_name is not null
  on conflict do nothing;
  update s30g_gw.jobs
  set
    key = null,
    attempts = jobs.max_attempts
  from unnest(specs) spec
  where spec.job_key is not null
  and jobs.key = spec.job_key
  and is_available is not true;
  return query insert into s30g_gw.jobs (
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
      coalesce(spec.run_at, '2030-01-01 00:00:00+00'),
      coalesce(spec.max_attempts, 25),
      spec.job_key,
      coalesce(spec.priority, 0),
      (
        select jsonb_object_agg(flag, true)
        from unnest(spec.flags) as item(flag)
      )
    from unnest(specs) spec
    inner join s30g_gw.tasks
    on tasks.identifier = spec.identifier
    left join s30g_gw.job_queues
    on job_queues.queue_name = spec.queue_name
  on conflict (key) do update set
    job_queue_id = excluded.job_queue_id,
    task_id = excluded.task_id,
    payload = excluded.payload,
    max_attempts = excluded.max_attempts,
    run_at = (case
      when job_key_preserve_run_at is true and jobs.attempts = 0 then jobs.run_at
      else excluded.run_at
    end),
    priority = excluded.priority,
    revision = jobs.revision + 1,
    flags = excluded.flags,
    attempts = 0,
    last_error = null
  where jobs.locked_at is null
  returning *;
end;
$$ language plpgsql;
SELECT pg_get_function_arguments('s30g_gw.add_jobs'::regproc), pg_get_function_result('s30g_gw.add_jobs'::regproc);
SELECT key, max_attempts, priority, payload::text, flags, run_at FROM s30g_gw.add_jobs(ARRAY[ROW('bulk', '{"n":1}', 'qb', NULL, 2, 'kb1', 3, '{a,b}')::s30g_gw.job_spec, ROW('bulk', '{"n":2}', NULL, '2030-05-05 00:00:00+00', NULL, NULL, NULL, NULL)::s30g_gw.job_spec]) ORDER BY key;
SELECT key, revision, payload::text FROM s30g_gw.add_jobs(ARRAY[ROW('bulk', '{"n":3}', 'qb', NULL, 2, 'kb1', 3, NULL)::s30g_gw.job_spec]);
-- params: ["[{\"identifier\":\"mail\",\"payload\":{\"to\":\"x\"},\"queue_name\":\"q2\",\"run_at\":\"2030-02-02T00:00:00.000Z\",\"max_attempts\":3,\"job_key\":\"m1\",\"flags\":[\"f\"]},{\"identifier\":\"mail\",\"payload\":{\"to\":\"y\"}}]", false]
select *
from s30g_gw.add_jobs(
  array(
    select json_populate_recordset(null::s30g_gw.job_spec, $1::json)
  ),
  $2::boolean
);
SELECT t.identifier, q.queue_name, j.key, j.payload::text, j.max_attempts, j.revision, j.flags FROM s30g_gw.jobs j JOIN s30g_gw.tasks t ON t.id = j.task_id LEFT JOIN s30g_gw.job_queues q ON q.id = j.job_queue_id ORDER BY j.id;
SELECT identifier FROM s30g_gw.tasks ORDER BY id;
SELECT queue_name FROM s30g_gw.job_queues ORDER BY id;
-- A locked job's key is cleared and a new job made.
UPDATE s30g_gw.jobs SET locked_at = '2030-01-01 00:00:00+00', locked_by = 'w1' WHERE key = 'm1';
SELECT key, revision FROM s30g_gw.add_jobs(ARRAY[ROW('mail', '{"to":"z"}', 'q2', NULL, 3, 'm1', 0, NULL)::s30g_gw.job_spec]);
SELECT key, attempts, max_attempts, locked_by FROM s30g_gw.jobs WHERE task_id = (SELECT id FROM s30g_gw.tasks WHERE identifier = 'mail') ORDER BY id;
-- add_job as migration 11 makes it: ARRAY[(…)::job_spec] of its parameters.
CREATE FUNCTION s30g_gw.add_job(
  identifier text,
  payload json default null::json,
  queue_name text default null::text,
  run_at timestamp with time zone default null::timestamp with time zone,
  max_attempts integer default null::integer,
  job_key text default null::text,
  priority integer default null::integer,
  flags text[] default null::text[],
  job_key_mode text default 'replace'::text
) returns s30g_gw.jobs as $$
declare
  v_job s30g_gw.jobs;
begin
  if (job_key is null or job_key_mode is null or job_key_mode in ('replace', 'preserve_run_at')) then
    select * into v_job
    from s30g_gw.add_jobs(
      ARRAY[(
        identifier,
        payload,
        queue_name,
        run_at,
        max_attempts,
        job_key,
        priority,
        flags
      )::s30g_gw.job_spec],
      (job_key_mode = 'preserve_run_at')
    )
    limit 1;
    return v_job;
  else
    raise exception 'Invalid job_key_mode value, expected ''replace'', ''preserve_run_at'' or ''unsafe_dedupe''.' using errcode = 'GWBKM';
  end if;
end;
$$ language plpgsql;
SELECT key, payload::text, max_attempts FROM s30g_gw.add_job('single', '{"a":1}', job_key => 'sk1', max_attempts => 7);
-- params: ["single", "{\"b\":2}", null, "2030-03-03T00:00:00.000Z", null, "sk1", null, null, null]
select * from s30g_gw.add_job(
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
SELECT key, payload::text, revision, run_at FROM s30g_gw.jobs WHERE key = 'sk1';
SELECT key FROM s30g_gw.add_job('single', '{}', job_key => 'sk2', job_key_mode => 'bogus');
-- Migration 13: the attributes narrowed to smallint.
-- @must
ALTER TYPE s30g_gw.job_spec ALTER ATTRIBUTE max_attempts TYPE smallint;
-- @must
ALTER TYPE s30g_gw.job_spec ALTER ATTRIBUTE priority TYPE smallint;
-- @must
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's30g_gw.job_spec'::regclass AND attnum > 0 ORDER BY attnum;
-- @must
SELECT (ROW('a', '{}', NULL, NULL, 40000, NULL, 0, NULL)::s30g_gw.job_spec).max_attempts;
-- @must
SELECT pg_typeof(('(a,{},,,3,,,)'::s30g_gw.job_spec).max_attempts);
SELECT key, max_attempts FROM s30g_gw.add_jobs(ARRAY[ROW('bulk', '{}', NULL, NULL, 9, 'kb9', 1, NULL)::s30g_gw.job_spec]);
-- @must
ALTER TYPE s30g_gw.job_spec ALTER ATTRIBUTE nope TYPE smallint;
-- @must
ALTER TYPE s30g_gw.no_such_type ALTER ATTRIBUTE priority TYPE smallint;
-- @must
DROP TYPE s30g_gw.job_spec;
-- General forms: a composite with json, jsonb, timestamptz and array attributes, in public.
-- @must
CREATE TYPE s30g_event AS (kind text, body json, meta jsonb, at timestamptz, tags text[], n int);
CREATE TABLE s30g_log (id int PRIMARY KEY, ev s30g_event, evs s30g_event[]);
INSERT INTO s30g_log VALUES (1, ROW('a', '{"x": 1,  "y":[true]}', '{"b":1, "a":2}', '2030-01-02 03:04:05+00', '{t1,"t 2"}', 1)::s30g_event, NULL);
INSERT INTO s30g_log VALUES (2, '(b,"[1, 2]",{},,{},2)', ARRAY[ROW('c', 'null', NULL, NULL, NULL, 3)::s30g_event]);
INSERT INTO s30g_log (id, ev) VALUES (3, NULL);
SELECT id, ev FROM s30g_log ORDER BY id;
SELECT id, (ev).kind, (ev).body::text, (ev).meta, (ev).at, (ev).tags, (ev).n FROM s30g_log ORDER BY id;
SELECT id, evs FROM s30g_log ORDER BY id;
SELECT id, (evs[1]).kind FROM s30g_log WHERE evs IS NOT NULL ORDER BY id;
SELECT (ev).body->'y'->0 FROM s30g_log WHERE id = 1;
SELECT (ev).meta->>'a' FROM s30g_log WHERE id = 1;
SELECT id FROM s30g_log WHERE (ev).tags @> '{t1}' ORDER BY id;
SELECT id FROM s30g_log WHERE 't 2' = ANY((ev).tags) ORDER BY id;
UPDATE s30g_log SET ev.n = 10, ev.tags = '{new}' WHERE id = 1 RETURNING ev;
UPDATE s30g_log SET ev = ROW('z', '{}', '{}', NULL, NULL, 0) WHERE id = 3 RETURNING (ev).kind;
SELECT id, row_to_json(ev)::text FROM s30g_log WHERE ev IS NOT NULL ORDER BY id;
SELECT to_jsonb(ev) FROM s30g_log WHERE id = 2;
SET TIME ZONE 'America/New_York';
SELECT (ev).at FROM s30g_log WHERE id = 1;
SELECT ev FROM s30g_log WHERE id = 1;
RESET TIME ZONE;
SELECT ev FROM s30g_log WHERE id = 1;
-- @must
SELECT ROW('x', '{}', NULL, '2030-01-02 03:04:05+05', NULL, 1)::s30g_event;
-- @must
SELECT ROW('x', ' {"a" : 1 } ', ' {"a" : 1 } ', NULL, NULL, 1)::s30g_event;
-- @must
SELECT ROW('x', '{}', NULL, NULL, ARRAY['a,b', 'c"d', NULL], 1)::s30g_event;
-- @must
SELECT (ROW('x', '{}', NULL, NULL, ARRAY['a,b', 'c"d', NULL], 1)::s30g_event).tags[2];
-- @must
SELECT ROW('x', '"str"', '"s"', NULL, '{}', NULL)::s30g_event = ROW('x', '"str"', '"s"', NULL, '{}', NULL)::s30g_event;
-- ALTER TYPE: ADD, DROP, RENAME ATTRIBUTE, ALTER ATTRIBUTE TYPE, with a column of the type.
-- @must
ALTER TYPE s30g_event ADD ATTRIBUTE extra json;
-- @must
ALTER TYPE s30g_event RENAME ATTRIBUTE extra TO extra2;
SELECT id, ev FROM s30g_log ORDER BY id;
-- @must
ALTER TYPE s30g_event DROP ATTRIBUTE n;
SELECT id, ev FROM s30g_log ORDER BY id;
-- @must
ALTER TYPE s30g_event DROP ATTRIBUTE IF EXISTS nope;
-- @must
ALTER TYPE s30g_event DROP ATTRIBUTE nope;
-- @must
ALTER TYPE s30g_event ADD ATTRIBUTE kind text;
-- @must
ALTER TYPE s30g_event RENAME ATTRIBUTE nope TO x;
-- @must
ALTER TYPE s30g_event RENAME ATTRIBUTE body TO kind;
-- @must
ALTER TYPE s30g_event ADD ATTRIBUTE bad no_such_type;
ALTER TYPE s30g_event ALTER ATTRIBUTE kind TYPE varchar(10);
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's30g_event'::regclass AND attnum > 0 ORDER BY attnum;
ALTER TYPE s30g_event ALTER ATTRIBUTE kind TYPE int;
-- @must
CREATE TYPE s30g_pt AS (x int, y int, label text);
-- @must
ALTER TYPE s30g_pt ALTER ATTRIBUTE x TYPE bigint;
-- @must
SELECT ROW(1, 2, 'a')::s30g_pt, (ROW(5000000000, 2, 'a')::s30g_pt).x;
-- @must
ALTER TYPE s30g_pt ALTER ATTRIBUTE label TYPE varchar(5);
-- @must
SELECT ROW(1, 2, 'abcdefgh')::s30g_pt;
-- @must
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's30g_pt'::regclass AND attnum > 0 ORDER BY attnum;
CREATE TABLE s30g_pts (id int, p s30g_pt);
INSERT INTO s30g_pts VALUES (1, ROW(1, 2, 'a'));
-- @must
ALTER TYPE s30g_pt ALTER ATTRIBUTE y TYPE bigint;
-- @must
ALTER TYPE s30g_pt ADD ATTRIBUTE z int, DROP ATTRIBUTE label;
-- @must
SELECT p FROM s30g_pts;
-- @must
ALTER TYPE s30g_pt ADD ATTRIBUTE w int CASCADE;
-- @must
SELECT p FROM s30g_pts;
-- Functions taking and returning arrays of a composite type.
CREATE FUNCTION s30g_total(ps s30g_pt[]) RETURNS bigint LANGUAGE sql AS $$ SELECT sum((p).x + (p).y) FROM unnest(ps) p $$;
SELECT s30g_total(ARRAY[ROW(1, 2, 0, 0)::s30g_pt, ROW(3, 4, 0, 0)::s30g_pt]);
SELECT s30g_total('{"(1,2,0,0)","(10,20,,)"}');
SELECT s30g_total(NULL);
CREATE FUNCTION s30g_shift(ps s30g_pt[], d int) RETURNS s30g_pt[] LANGUAGE sql AS $$ SELECT array_agg(ROW((p).x + d, (p).y + d, (p).z, (p).w)::s30g_pt ORDER BY (p).x) FROM unnest(ps) p $$;
SELECT s30g_shift(ARRAY[ROW(1, 2, NULL, NULL)::s30g_pt, ROW(3, 4, 5, 6)::s30g_pt], 10);
SELECT (s30g_shift(ARRAY[ROW(1, 2, NULL, NULL)::s30g_pt], 1))[1];
CREATE FUNCTION s30g_first(ps s30g_pt[]) RETURNS s30g_pt LANGUAGE plpgsql AS $$ BEGIN RETURN ps[1]; END $$;
SELECT s30g_first(ARRAY[ROW(7, 8, NULL, NULL)::s30g_pt]);
SELECT (s30g_first(ARRAY[ROW(7, 8, NULL, NULL)::s30g_pt])).y;
CREATE FUNCTION s30g_count_big(ps s30g_pt[]) RETURNS int LANGUAGE plpgsql AS $$
DECLARE n int := 0; p s30g_pt;
BEGIN
  FOREACH p IN ARRAY ps LOOP
    IF p.x > 5 THEN n := n + 1; END IF;
  END LOOP;
  RETURN n;
END $$;
SELECT s30g_count_big(ARRAY[ROW(7, 8, NULL, NULL)::s30g_pt, ROW(1, 8, NULL, NULL)::s30g_pt, ROW(9, 0, NULL, NULL)::s30g_pt]);
CREATE FUNCTION s30g_pts_of(n int) RETURNS SETOF s30g_pt LANGUAGE sql AS $$ SELECT ROW(i, i * 2, NULL, NULL)::s30g_pt FROM generate_series(1, n) i $$;
SELECT * FROM s30g_pts_of(3) ORDER BY x;
SELECT array_agg(p ORDER BY (p).x) FROM s30g_pts_of(2) p;
SELECT s30g_total(ARRAY(SELECT p FROM s30g_pts_of(4) p));
SELECT s30g_total(ARRAY[ROW(1, 2)]);
SELECT s30g_total(ARRAY[1, 2]);
SELECT s30g_total('{"(x,2,,)"}');
-- Composite arrays through the extended protocol, as drivers send them.
-- params: ["{\"(1,2,,)\",\"(3,4,,)\"}"]
SELECT s30g_total($1);
-- params: ["{\"(1,2,,)\",\"(3,4,,)\"}"]
SELECT s30g_total($1::s30g_pt[]);
-- params: ["(5,6,,)"]
SELECT ($1::s30g_pt).y;
-- params: ["{\"(a,\\\"{\\\\\\\"k\\\\\\\": 1}\\\",,,,)\"}"]
SELECT (e).body->>'k' FROM unnest($1::s30g_event[]) e;
-- The catalog's view of them.
-- @must
SELECT typname, typcategory FROM pg_type WHERE typname IN ('s30g_pt', '_s30g_pt', 's30g_event', '_s30g_event') ORDER BY typname;
-- @must
SELECT t.typname, e.typname FROM pg_type t JOIN pg_type e ON e.oid = t.typelem WHERE t.typname IN ('_s30g_pt', '_s30g_event') ORDER BY 1;
SELECT format_type('s30g_pt[]'::regtype, NULL);
-- @must
DROP TYPE s30g_pt;
DROP FUNCTION s30g_total(s30g_pt[]);
-- @must
DROP TYPE s30g_pt CASCADE;
-- Composite types of another schema, by their qualified name.
CREATE SCHEMA s30g_s;
-- @must
CREATE TYPE s30g_s.pair AS (a int, b text);
-- @must
SELECT ROW(1, 'x')::s30g_s.pair, (ROW(1, 'x')::s30g_s.pair).b;
-- @must
SELECT '(2,y)'::s30g_s.pair;
CREATE TABLE s30g_s.holder (id int, p s30g_s.pair);
INSERT INTO s30g_s.holder VALUES (1, ROW(1, 'x')), (2, '(2,y)');
SELECT id, p, (p).a FROM s30g_s.holder ORDER BY id;
-- @must
SELECT ROW(1, 'x')::pair;
SET search_path = s30g_s, public;
-- @must
SELECT ROW(3, 'z')::pair;
RESET search_path;
-- @must
ALTER TYPE s30g_s.pair ADD ATTRIBUTE c int;
SELECT id, p FROM s30g_s.holder ORDER BY id;
-- @must
ALTER TYPE s30g_s.pair RENAME ATTRIBUTE c TO cc;
-- @must
ALTER TYPE s30g_s.pair DROP ATTRIBUTE cc;
SELECT attname FROM pg_attribute WHERE attrelid = 's30g_s.pair'::regclass AND attnum > 0 ORDER BY attnum;
-- @must
CREATE TYPE s30g_s.pair AS (z int);
-- @must
CREATE TYPE s30g_pair AS (z int);
-- @must
SELECT ROW(5)::s30g_pair, ROW(6, 'w')::s30g_s.pair;
-- @must
DROP TYPE s30g_pair;
-- Trigger bodies read names when they run (PostgreSQL), after a rename of the table they write.
CREATE TABLE s30g_counts (k text PRIMARY KEY, n int NOT NULL);
CREATE TABLE s30g_items (id serial PRIMARY KEY, k text);
CREATE FUNCTION s30g_count_item() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO s30g_counts VALUES (NEW.k, 1) ON CONFLICT (k) DO UPDATE SET n = s30g_counts.n + 1; RETURN NEW; END $$;
CREATE TRIGGER s30g_count_item AFTER INSERT ON s30g_items FOR EACH ROW EXECUTE FUNCTION s30g_count_item();
INSERT INTO s30g_items (k) VALUES ('a'), ('a');
-- @must
ALTER TABLE s30g_counts RENAME TO s30g_counts_old;
INSERT INTO s30g_items (k) VALUES ('a');
CREATE TABLE s30g_counts (k text PRIMARY KEY, n int NOT NULL);
INSERT INTO s30g_items (k) VALUES ('b');
SELECT k, n FROM s30g_counts ORDER BY k;
SELECT k, n FROM s30g_counts_old ORDER BY k;
-- What graphile-worker's worker sends once migrated: fetch, complete, fail.
SELECT id, key, attempts FROM s30g_gw.jobs WHERE is_available = true AND run_at <= '2031-01-01 00:00:00+00' ORDER BY priority, run_at, id LIMIT 1;
WITH j AS (SELECT id FROM s30g_gw.jobs WHERE is_available = true AND job_queue_id IS NULL ORDER BY priority, run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) UPDATE s30g_gw.jobs SET attempts = jobs.attempts + 1, locked_by = 'w2', locked_at = '2030-01-01 00:00:00+00' FROM j WHERE jobs.id = j.id RETURNING jobs.key, jobs.attempts;
-- params: ["w2", "boom", [3]]
UPDATE s30g_gw.jobs SET last_error = $2::text, run_at = greatest('2030-01-01 00:00:00+00'::timestamptz, run_at) + (exp(least(attempts, 10)) * interval '1 second'), locked_by = null, locked_at = null WHERE id = ANY($3::bigint[]) AND locked_by = $1::text RETURNING key, last_error, attempts;
-- params: [[1, 2]]
WITH j AS (DELETE FROM s30g_gw.jobs WHERE id = ANY($1::bigint[]) RETURNING *) SELECT key FROM j ORDER BY id;
SELECT count(*) FROM s30g_gw.jobs;
