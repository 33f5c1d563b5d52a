/**
 * What the thirty-second session's graphile-worker sweep (test/corpus/51-gworker32.sql) fixed, on a
 * real server through the `pg` driver, as graphile-worker 0.17's quickAddJob, addJobs, worker and
 * WorkerUtils send it against its own functions; each expected value is PostgreSQL 15's answer.
 * add_job calls add_jobs inside its body (`select * into v_job from add_jobs(…) limit 1`), addJobs
 * computes its argument (`array(select json_populate_recordset(…, $1::json))`), both notify
 * `jobs:insert` with a computed payload, which a listening worker receives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { rejection, startServer, stateRoots, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;
let listener: pg.Client;
const notified: Array<{ channel: string; payload: string | undefined }> = [];

/** Values as the server sends their text, not as the driver would parse them. */
const texts = async (text: string, values?: unknown[]) => (await c.query({ text, values, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

const SCHEMA = [
  'CREATE SCHEMA gw32',
  'CREATE TABLE gw32._private_job_queues (id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY, queue_name text NOT NULL UNIQUE, locked_at timestamptz, locked_by text)',
  'CREATE TABLE gw32._private_tasks (id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY, identifier text NOT NULL UNIQUE)',
  `CREATE TABLE gw32._private_jobs (id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY, job_queue_id int, task_id int NOT NULL, payload json DEFAULT '{}'::json NOT NULL,
    priority smallint DEFAULT 0 NOT NULL, run_at timestamptz DEFAULT now() NOT NULL, attempts smallint DEFAULT 0 NOT NULL, max_attempts smallint DEFAULT 25 NOT NULL CHECK (max_attempts >= 1),
    last_error text, key text UNIQUE CHECK (length(key) > 0), locked_at timestamptz, locked_by text, revision integer DEFAULT 0 NOT NULL, flags jsonb,
    is_available boolean GENERATED ALWAYS AS (((locked_at IS NULL) AND (attempts < max_attempts))) STORED NOT NULL)`,
  'CREATE TYPE gw32.job_spec AS (identifier text, payload json, queue_name text, run_at timestamptz, max_attempts smallint, job_key text, priority smallint, flags text[])',
  `CREATE FUNCTION gw32.add_jobs(specs gw32.job_spec[], job_key_preserve_run_at boolean DEFAULT false) RETURNS SETOF gw32._private_jobs LANGUAGE plpgsql AS $$
begin
  insert into gw32._private_tasks as tasks (identifier) select distinct spec.identifier from unnest(specs) spec on conflict do nothing;
  insert into gw32._private_job_queues as job_queues (queue_name) select distinct spec.queue_name from unnest(specs) spec where spec.queue_name is not null on conflict do nothing;
  perform pg_notify('jobs:insert', '{"count":' || array_length(specs, 1)::text || '}');
  return query insert into gw32._private_jobs as jobs (job_queue_id, task_id, payload, run_at, max_attempts, key, priority, flags)
    select job_queues.id, tasks.id, coalesce(spec.payload, '{}'::json), coalesce(spec.run_at, now()), coalesce(spec.max_attempts, 25), spec.job_key, coalesce(spec.priority, 0),
      (select jsonb_object_agg(flag, true) from unnest(spec.flags) as item(flag))
    from unnest(specs) spec inner join gw32._private_tasks as tasks on tasks.identifier = spec.identifier
    left join gw32._private_job_queues as job_queues on job_queues.queue_name = spec.queue_name
  on conflict (key) do update set payload = excluded.payload, max_attempts = excluded.max_attempts,
    run_at = (case when job_key_preserve_run_at is true and jobs.attempts = 0 then jobs.run_at else excluded.run_at end),
    priority = excluded.priority, revision = jobs.revision + 1, flags = excluded.flags, attempts = 0, last_error = null
  where jobs.locked_at is null
  returning *;
end;
$$`,
  `CREATE FUNCTION gw32.add_job(identifier text, payload json DEFAULT NULL::json, queue_name text DEFAULT NULL::text, run_at timestamptz DEFAULT NULL, max_attempts integer DEFAULT NULL,
    job_key text DEFAULT NULL, priority integer DEFAULT NULL, flags text[] DEFAULT NULL, job_key_mode text DEFAULT 'replace') RETURNS gw32._private_jobs LANGUAGE plpgsql AS $$
declare
  v_job gw32._private_jobs;
begin
  if (job_key is null or job_key_mode is null or job_key_mode in ('replace', 'preserve_run_at')) then
    select * into v_job
    from gw32.add_jobs(ARRAY[(identifier, payload, queue_name, run_at, max_attempts::smallint, job_key, priority::smallint, flags)::gw32.job_spec], (job_key_mode = 'preserve_run_at'))
    limit 1;
    return v_job;
  elsif job_key_mode = 'unsafe_dedupe' then
    insert into gw32._private_tasks as tasks (identifier) values (add_job.identifier) on conflict do nothing;
    insert into gw32._private_jobs as jobs (task_id, payload, run_at, key)
      select tasks.id, coalesce(add_job.payload, '{}'::json), coalesce(add_job.run_at, now()), add_job.job_key
      from gw32._private_tasks as tasks where tasks.identifier = add_job.identifier
    on conflict (key) do update set revision = jobs.revision + 1
    returning * into v_job;
    if v_job.revision = 0 then
      perform pg_notify('jobs:insert', '{"count":1}');
    end if;
    return v_job;
  else
    raise exception 'Invalid job_key_mode value' using errcode = 'GWBKM';
  end if;
end;
$$`,
  `CREATE FUNCTION gw32.force_unlock_workers(worker_ids text[]) RETURNS void LANGUAGE sql AS $$
update gw32._private_jobs set locked_at = null, locked_by = null where locked_by = any(worker_ids);
update gw32._private_job_queues set locked_at = null, locked_by = null where locked_by = any(worker_ids);
$$`,
];

// As graphile-worker's addJob sends it.
const ADD_JOB = `select * from gw32.add_job(identifier => $1::text, payload => $2::json, queue_name => $3::text, run_at => $4::timestamptz,
  max_attempts => $5::int, job_key => $6::text, priority => $7::int, flags => $8::text[], job_key_mode => $9::text)`;
const ADD_JOBS = 'select * from gw32.add_jobs(array(select json_populate_recordset(null::gw32.job_spec, $1::json)), $2::boolean)';

beforeAll(async () => {
  server = await startServer(['--replicas', '2']);
  c = await server.client();
  listener = await server.client();
  listener.on('notification', (n) => notified.push({ channel: n.channel, payload: n.payload }));
  await listener.query('LISTEN "jobs:insert"');
  for (const statement of SCHEMA) await c.query(statement);
});

afterAll(async () => {
  await listener?.end();
  await c?.end();
  await server?.stop();
});

/** The notifications the listener has had once the server's have arrived. */
const received = async () => {
  await listener.query('SELECT 1');
  return notified.splice(0).map((n) => `${n.channel} ${n.payload}`);
};

describe("graphile-worker's add_job, which calls add_jobs inside its body", () => {
  it('adds a job as addJob sends it, its flags a text[] parameter (0A000 before: a set-returning call under LIMIT in a block)', async () => {
    const { rows } = await c.query(ADD_JOB, ['mail', '{"to":"a"}', 'q1', '2030-01-01T00:00:00.000Z', 3, 'k1', 5, ['urgent', 'x y'], null]);
    expect(rows.map((r) => [r.id, r.key, r.payload, r.max_attempts, r.priority, r.revision, r.flags, r.job_queue_id])).toEqual([['1', 'k1', { to: 'a' }, 3, 5, 0, { urgent: true, 'x y': true }, 1]]);
    expect(await received()).toEqual(['jobs:insert {"count":1}']);
  });

  it('replaces the job of a key, preserve_run_at keeping its run_at', async () => {
    expect(await texts('select id, key, payload, revision, run_at from gw32.add_job($1::text, $2::json, run_at => $3::timestamptz, job_key => $4::text)', ['mail', '{"n":2}', '2031-01-01T00:00:00Z', 'k1'])).toEqual([['1', 'k1', '{"n":2}', '1', '2031-01-01 00:00:00+00']]);
    expect(await texts("SELECT revision, run_at FROM gw32.add_job('mail', '[3]', run_at => '2040-01-01 00:00:00+00', job_key => 'k1', job_key_mode => 'preserve_run_at')")).toEqual([['2', '2031-01-01 00:00:00+00']]);
  });

  it('names its parameters by its own name in unsafe_dedupe (add_job.identifier; 42P01 before)', async () => {
    expect(await texts("SELECT key, payload, revision FROM gw32.add_job('report', '{\"a\":1}', job_key => 'k2', job_key_mode => 'unsafe_dedupe')")).toEqual([['k2', '{"a":1}', '0']]);
    expect(await texts("SELECT key, payload, revision FROM gw32.add_job('report', '{\"a\":2}', job_key => 'k2', job_key_mode => 'unsafe_dedupe')")).toEqual([['k2', '{"a":1}', '1']]);
    expect((await rejection(() => c.query("SELECT * FROM gw32.add_job('report', job_key => 'k3', job_key_mode => 'nope')")))?.code).toBe('GWBKM');
  });

  it('is read whole in an expression of a list, called once (0A000 before)', async () => {
    expect(await texts("SELECT (gw32.add_job('mail', '{\"n\":4}', run_at => '2030-01-01 00:00:00+00')).payload::text, 1")).toEqual([['{"n":4}', '1']]);
    expect(await texts("SELECT count(*) FROM gw32._private_jobs WHERE payload::text = '{\"n\":4}'")).toEqual([['1']]);
  });

  it('takes arguments computed from parameters and subqueries, evaluated before its body (0A000 before)', async () => {
    expect(await texts("SELECT key, payload::text, priority FROM gw32.add_job((SELECT 'mail'), json_build_object('n', $1::int), job_key => 'k' || $1::text, priority => $1::int - 19, run_at => '2030-01-01 00:00:00+00')", [20])).toEqual([['k20', '{"n" : 20}', '1']]);
    // A computed argument of a type that reaches no parameter: no function is found.
    const wrong = await rejection(() => c.query("SELECT * FROM gw32.add_job('mail', max_attempts => 'x' || 'y')"));
    expect({ code: wrong?.code, message: wrong?.message, position: wrong?.position }).toEqual({ code: '42883', message: 'function gw32.add_job(unknown, max_attempts => text) does not exist', position: '15' });
  });


  it("takes its work back, and its notification, when the query of its row fails", async () => {
    expect((await rejection(() => c.query("SELECT id FROM gw32.add_job('mail', job_key => 'k9', run_at => '2030-01-01 00:00:00+00') WHERE 1 / (id - id) = 1")))?.code).toBe('22012');
    expect(await texts("SELECT count(*) FROM gw32._private_jobs WHERE key = 'k9'")).toEqual([['0']]);
  });
});

describe("graphile-worker's addJobs, its specs' JSON computed into add_jobs' argument", () => {
  it('adds the jobs, its rows read under ORDER BY and a select list (0A000 before)', async () => {
    const specs = [
      { identifier: 'mail', payload: { n: 5 }, run_at: '2030-02-01T00:00:00.000Z', job_key: 'k5' },
      { identifier: 'fails', payload: { n: 6 }, run_at: '2030-02-01T00:00:00.000Z', max_attempts: 2 },
    ];
    expect(await texts(`${ADD_JOBS} ORDER BY key`, [JSON.stringify(specs), false])).toHaveLength(2);
    // One from each add_jobs and unsafe_dedupe's first add_job so far, each statement its own transaction.
    expect(await received()).toEqual([...Array.from({ length: 5 }, () => 'jobs:insert {"count":1}'), 'jobs:insert {"count":2}']);
    expect(await texts(`select t.identifier, j.key, j.payload::text, j.max_attempts from gw32.add_jobs(array(select json_populate_recordset(null::gw32.job_spec, $1::json)), $2::boolean) j join gw32._private_tasks t on t.id = j.task_id`, [JSON.stringify([{ identifier: 'mail', payload: [1], job_key: 'k5', run_at: '2030-03-01T00:00:00Z' }]), true])).toEqual([['mail', 'k5', '[1]', '25']]);
    expect(await texts('select count(*), max(revision) from gw32.add_jobs(array(select json_populate_recordset(null::gw32.job_spec, $1::json)), $2::boolean)', ['[]', false])).toEqual([['0', null]]);
    // An empty array's length is NULL, and so the payload, which pg_notify sends as ''.
    expect(await received()).toEqual(['jobs:insert {"count":1}', 'jobs:insert ']);
  });

  it('counts, filters and limits a set-returning PL/pgSQL function inside another block', async () => {
    await c.query(`CREATE FUNCTION gw32.added(specs gw32.job_spec[]) RETURNS text LANGUAGE plpgsql AS $$
declare
  n bigint;
  keys text;
begin
  select count(*), string_agg(coalesce(j.key, '-'), ',' order by j.id) into n, keys from gw32.add_jobs(specs) j where j.max_attempts > 1;
  return n || ':' || keys;
end $$`);
    expect(await texts(`SELECT gw32.added(ARRAY[('mail', '{}', NULL, '2030-01-01 00:00:00+00', 1, 'k7', 0, NULL)::gw32.job_spec, ('mail', '{}', NULL, '2030-01-01 00:00:00+00', 3, 'k8', 0, NULL)::gw32.job_spec])`)).toEqual([['1:k8']]);
    expect(await received()).toEqual(['jobs:insert {"count":2}']);
  });
});

describe('WorkerUtils.forceUnlockWorkers: a void LANGUAGE sql function of two UPDATEs', () => {
  it('runs both, its value NULL (0A000 before)', async () => {
    await c.query("UPDATE gw32._private_jobs SET locked_by = 'w1', locked_at = now() WHERE key = 'k1'");
    await c.query("UPDATE gw32._private_job_queues SET locked_by = 'w1', locked_at = now()");
    expect(await texts('select gw32.force_unlock_workers($1::text[])', [['w1']])).toEqual([[null]]);
    expect(await texts("SELECT (SELECT count(*) FROM gw32._private_jobs WHERE locked_by IS NOT NULL), (SELECT count(*) FROM gw32._private_job_queues WHERE locked_by IS NOT NULL)")).toEqual([['0', '0']]);
    expect(new Set(await stateRoots(c)).size).toBe(1);
  });
});

describe('pg_notify with a computed payload', () => {
  it('notifies from a DO block and a SELECT, at commit (0A000 before)', async () => {
    await c.query(`DO $$ declare n int := 2; begin perform pg_notify('jobs:' || 'insert', '{"count":' || n::text || '}'); end $$`);
    await c.query('BEGIN');
    await c.query("SELECT pg_notify('jobs:insert', 'a' || 'b')");
    expect(await received()).toEqual(['jobs:insert {"count":2}']);
    await c.query('COMMIT');
    expect(await received()).toEqual(['jobs:insert ab']);
    expect((await rejection(() => c.query("DO $$ begin perform pg_notify('', 'x' || 'y'); end $$")))?.code).toBe('22023');
    // What an EXCEPTION block notified before its error goes with its work.
    await c.query("DO $$ begin begin perform pg_notify('jobs:insert', 'dropped' || 1); perform 1 / 0; exception when division_by_zero then perform pg_notify('jobs:insert', 'kept' || 2); end; end $$");
    expect(await received()).toEqual(['jobs:insert kept2']);
  });
});
