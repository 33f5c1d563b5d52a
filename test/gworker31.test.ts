/**
 * What the thirty-first session's graphile-worker sweep (test/corpus/50-gworker31.sql) fixed, on a
 * real server through the `pg` driver; each expected value is PostgreSQL 15's answer: arrays of
 * graphile-worker's job_spec composite (literals, ARRAY[…], parameters, unnest, addJobs'
 * json_populate_recordset) and a PL/pgSQL function taking one, as its migrations make add_jobs.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();

const failure = async (text: string) => {
  const e = await client().query(text).then(
    () => undefined,
    (err: { code?: string; message: string; position?: string }) => err,
  );
  return e && { code: e.code, message: e.message, position: e.position };
};

/** Values as the server sends their text, not as the driver would parse them. */
const texts = async (text: string, values?: unknown[]) => (await client().query({ text, values, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

const TWO = `'{"(a,{},,,3,,,)","(b,{},,,4,,,)"}'::gw31.job_spec[]`;

describe("arrays of graphile-worker's job_spec", () => {
  it('are made from ARRAY[…] of its rows and from literals, printed as array_out prints records (was 0A000)', async () => {
    await client().query('CREATE SCHEMA gw31');
    await client().query('CREATE TYPE gw31.job_spec AS (identifier text, payload json, queue_name text, run_at timestamptz, max_attempts smallint, job_key text, priority smallint, flags text[])');
    expect(await texts(`SELECT ARRAY[ROW('mail', '{"to": "a@b.c"}', 'q1', '2030-01-02 03:04:05+00', 5, 'k1', 2, '{urgent,"x y"}')::gw31.job_spec, ROW('b', '{}', NULL, NULL, NULL, NULL, NULL, NULL)::gw31.job_spec]`)).toEqual([
      ['{"(mail,\\"{\\"\\"to\\"\\": \\"\\"a@b.c\\"\\"}\\",q1,\\"2030-01-02 03:04:05+00\\",5,k1,2,\\"{urgent,\\"\\"x y\\"\\"}\\")","(b,{},,,,,,)"}'],
    ]);
    expect(await texts(`SELECT '{"(a,{},,,3,,,)",NULL,"(b,\\"[1]\\",q,,4,,,\\"{x,y}\\")"}'::gw31.job_spec[]`)).toEqual([['{"(a,{},,,3,,,)",NULL,"(b,[1],q,,4,,,\\"{x,y}\\")"}']]);
    expect(await texts("SELECT ARRAY(SELECT ROW('mail', '{}', 'q1', '2030-01-02 03:04:05+05', 5, 'k1', 2, '{urgent}')::gw31.job_spec)")).toEqual([['{"(mail,{},q1,\\"2030-01-01 22:04:05+00\\",5,k1,2,{urgent})"}']]);
  });

  it("are typed as the type's array, counted and subscripted to a record whose fields read back", async () => {
    const typed = await client().query(`SELECT ${TWO} AS specs`);
    const [{ typarray }] = (await client().query("SELECT typarray FROM pg_type WHERE oid = 'gw31.job_spec'::regtype")).rows as Array<{ typarray: number }>;
    expect(typed.fields[0]!.dataTypeID).toBe(typarray);
    expect(await texts(`SELECT pg_typeof('{}'::gw31.job_spec[])::text, array_length(${TWO}, 1), cardinality('{}'::gw31.job_spec[])`)).toEqual([['gw31.job_spec[]', '2', '0']]);
    expect(await texts(`SELECT (${TWO})[2], ((${TWO})[2]).max_attempts`)).toEqual([['(b,{},,,4,,,)', '4']]);
  });

  it('are taken apart by unnest in FROM, a column per attribute', async () => {
    const both = `'{"(a,\\"{\\"\\"n\\"\\": 1}\\",,,3,,,\\"{x,y}\\")","(b,{},,,4,,,)"}'::gw31.job_spec[]`;
    expect(await texts(`SELECT spec.identifier, spec.max_attempts, spec.payload->>'n', flag FROM unnest(${both}) spec LEFT JOIN unnest(spec.flags) AS item(flag) ON true ORDER BY 1, 4`)).toEqual([
      ['a', '3', '1', 'x'],
      ['a', '3', '1', 'y'],
      ['b', '4', null, null],
    ]);
    const star = await client().query({ text: `SELECT * FROM unnest('{"(a,{},q,\\"2030-01-02 03:04:05+00\\",3,k,1,\\"{x}\\")"}'::gw31.job_spec[]) WITH ORDINALITY`, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } });
    expect(star.fields.map((f) => f.name)).toEqual(['identifier', 'payload', 'queue_name', 'run_at', 'max_attempts', 'job_key', 'priority', 'flags', 'ordinality']);
    expect(star.rows).toEqual([['a', '{}', 'q', '2030-01-02 03:04:05+00', '3', 'k', '1', '{x}', '1']]);
    // A parameter sent as array_out's text, as drivers send an array.
    expect(await texts('SELECT count(*) FROM unnest($1::gw31.job_spec[]) s WHERE s.max_attempts > 3', ['{"(a,{},,,3,,,)","(b,{},,,4,,,)","(c,{},,,5,,,)"}'])).toEqual([['2']]);
  });

  it('refuse wrong inputs as PostgreSQL does, and what would read their records as text (0A000)', async () => {
    expect(await failure(`SELECT '{"(a,nojson,,,3,,,)"}'::gw31.job_spec[]`)).toMatchObject({ code: '22P02', message: 'invalid input syntax for type json', position: '8' });
    expect(await failure(`SELECT '{"(a,{},,,3)"}'::gw31.job_spec[]`)).toMatchObject({ code: '22P02', message: 'malformed record literal: "(a,{},,,3)"', position: '8' });
    expect(await failure("SELECT 'nope'::gw31.job_spec[]")).toMatchObject({ code: '22P02', message: 'malformed array literal: "nope"', position: '8' });
    expect(await failure("SELECT ARRAY[ROW('a', '{}', NULL, NULL, 3, NULL, 0, NULL)::gw31.job_spec, 5]")).toEqual({ code: '42804', message: 'ARRAY types gw31.job_spec and integer cannot be matched', position: '75' });
    expect(await failure('SELECT ARRAY[1, 2]::gw31.job_spec[]')).toEqual({ code: '42846', message: 'cannot cast type integer to gw31.job_spec', position: '14' });
    // PostgreSQL answers these from the records' fields; evsql's array holds their texts.
    expect(await failure(`SELECT array_to_json(${TWO})`)).toMatchObject({ code: '0A000' });
    expect(await failure(`SELECT to_json(${TWO})`)).toMatchObject({ code: '0A000' });
    expect(await failure(`SELECT (${TWO})::text`)).toMatchObject({ code: '0A000' });
  });

  it("are made by addJobs' json_populate_recordset of the specs' JSON (was 0A000)", async () => {
    const specs = [{ identifier: 'p', payload: { a: [1, 2] }, queue_name: 'q', run_at: '2030-01-02T03:04:05.000Z', max_attempts: 4, job_key: 'k', priority: 1, flags: ['x', 'y z'] }, { identifier: 'r' }];
    expect(await texts('SELECT array(select json_populate_recordset(null::gw31.job_spec, $1::json))', [JSON.stringify(specs)])).toEqual([
      ['{"(p,\\"{\\"\\"a\\"\\":[1,2]}\\",q,\\"2030-01-02 03:04:05+00\\",4,k,1,\\"{x,\\"\\"y z\\"\\"}\\")","(r,,,,,,,)"}'],
    ]);
    expect(await texts(`SELECT identifier, payload::text, run_at, max_attempts, flags FROM json_populate_recordset(null::gw31.job_spec, '[{"identifier":"a","payload":[1],"run_at":"2030-01-02T03:04:05Z","max_attempts":3,"flags":["f"]},{"identifier":"b"}]') ORDER BY 1`)).toEqual([
      ['a', '[1]', '2030-01-02 03:04:05+00', '3', '{f}'],
      ['b', null, null, null, null],
    ]);
    expect(await failure(`SELECT array(select json_populate_recordset(null::gw31.job_spec, '[{"identifier":"a","max_attempts":70000}]'))`)).toMatchObject({ code: '22003', message: 'value "70000" is out of range for type smallint' });
  });
});

describe('a PL/pgSQL function of a job_spec[], as graphile-worker makes add_jobs', () => {
  it('is made, named by pg_get_function_arguments, and runs over unnest(specs) (was 0A000)', async () => {
    await client().query('CREATE TABLE gw31.tasks (id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY, identifier text NOT NULL UNIQUE)');
    await client().query('CREATE TABLE gw31.jobs (id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY, task_id int NOT NULL, payload json NOT NULL, run_at timestamptz NOT NULL, max_attempts smallint NOT NULL, key text UNIQUE, priority smallint NOT NULL, flags jsonb, revision int NOT NULL DEFAULT 0)');
    // Its body ends in a comment after END, which hid the block's close (42601).
    await client().query(`CREATE FUNCTION gw31.add_jobs(specs gw31.job_spec[], job_key_preserve_run_at boolean DEFAULT false) RETURNS SETOF gw31.jobs LANGUAGE plpgsql AS $$
begin
  insert into gw31.tasks (identifier)
  select distinct spec.identifier from unnest(specs) spec
  on conflict do nothing;
  return query insert into gw31.jobs as jobs (task_id, payload, run_at, max_attempts, key, priority, flags)
    select tasks.id, coalesce(spec.payload, '{}'::json), spec.run_at, coalesce(spec.max_attempts, 25), spec.job_key, coalesce(spec.priority, 0),
      (select jsonb_object_agg(flag, true) from unnest(spec.flags) as item(flag))
    from unnest(specs) spec inner join gw31.tasks on tasks.identifier = spec.identifier
  on conflict (key) do update set payload = excluded.payload, run_at = (case when job_key_preserve_run_at is true then jobs.run_at else excluded.run_at end), revision = jobs.revision + 1
  returning *;
end; -- add_jobs
$$`);
    expect(await texts("SELECT pg_get_function_arguments('gw31.add_jobs'::regproc), pg_get_function_identity_arguments('gw31.add_jobs'::regproc)")).toEqual([
      ['specs gw31.job_spec[], job_key_preserve_run_at boolean DEFAULT false', 'specs gw31.job_spec[], job_key_preserve_run_at boolean'],
    ]);
    expect(await texts(`SELECT * FROM gw31.add_jobs(ARRAY[ROW('mail', '{"n": 1}', NULL, '2030-01-05 00:00:00+00', 2, 'k1', 1, '{a,b}')::gw31.job_spec, ROW('report', '{}', NULL, '2030-01-06 00:00:00+00', NULL, NULL, NULL, NULL)::gw31.job_spec])`)).toEqual([
      ['1', '1', '{"n": 1}', '2030-01-05 00:00:00+00', '2', 'k1', '1', '{"a": true, "b": true}', '0'],
      ['2', '2', '{}', '2030-01-06 00:00:00+00', '25', null, '0', null, '0'],
    ]);
    // The same job key replaces the job; preserve_run_at keeps its run_at.
    expect(await texts(`SELECT * FROM gw31.add_jobs('{"(mail,\\"[2]\\",,\\"2030-02-01 00:00:00+00\\",,k1,,)"}', true)`)).toEqual([['1', '1', '[2]', '2030-01-05 00:00:00+00', '2', 'k1', '1', '{"a": true, "b": true}', '1']]);
    expect(await texts('SELECT t.identifier, j.payload::text, j.key, j.revision FROM gw31.jobs j JOIN gw31.tasks t ON t.id = j.task_id ORDER BY j.id')).toEqual([
      ['mail', '[2]', 'k1', '1'],
      ['report', '{}', null, '0'],
    ]);
    expect(await texts('SELECT * FROM gw31.add_jobs(NULL)')).toEqual([]);
  });

  it("takes $n arguments as drivers write them, named and cast (`specs => $1::t[]`; 0A000 before: the call's own cast around the driver's hid the parameter)", async () => {
    await client().query("CREATE FUNCTION gw31.f(specs gw31.job_spec[], at timestamp with time zone DEFAULT NULL, tag text DEFAULT NULL) RETURNS SETOF text LANGUAGE plpgsql AS $$ begin return query select spec.identifier || ':' || spec.max_attempts || ':' || coalesce(tag, '-') || ':' || coalesce(at::text, '-') from unnest(specs) spec order by 1; end $$");
    expect(await texts('SELECT * FROM gw31.f(specs => $1::gw31.job_spec[], at => $2::timestamptz, tag => $3::text)', ['{"(a,{},,,3,,,)","(b,{},,,4,,,)"}', '2030-01-01T00:00:00Z', 't1'])).toEqual([
      ['a:3:t1:2030-01-01 00:00:00+00'],
      ['b:4:t1:2030-01-01 00:00:00+00'],
    ]);
    expect(await texts('SELECT * FROM gw31.f($1::gw31.job_spec[])', ['{"(c,{},,,5,,,)"}'])).toEqual([['c:5:-:-']]);
  });
});

describe("a LANGUAGE sql void function of several writes, as graphile-worker's migration 15 makes force_unlock_workers", () => {
  it('is made (was 0A000 at CREATE), and its call runs every statement of its body (the thirty-second session)', async () => {
    await client().query(`CREATE FUNCTION gw31.force_unlock_workers(worker_ids text[]) RETURNS void AS $$
update gw31.jobs set revision = 0 where key = any(worker_ids);
update gw31.tasks set identifier = identifier where identifier = any(worker_ids);
$$ LANGUAGE sql VOLATILE`);
    expect(await texts("SELECT pg_get_function_result('gw31.force_unlock_workers'::regproc)")).toEqual([['void']]);
    // A PL/pgSQL one's result was ??? too.
    await client().query('CREATE FUNCTION gw31.noop() RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$');
    expect(await texts("SELECT pg_get_function_result('gw31.noop'::regproc)")).toEqual([['void']]);
    await client().query("UPDATE gw31.jobs SET revision = 5 WHERE key = 'k1'");
    // A LANGUAGE sql function's void is NULL.
    expect(await texts("SELECT gw31.force_unlock_workers(ARRAY['k1', 'mail'])")).toEqual([[null]]);
    expect(await texts("SELECT revision FROM gw31.jobs WHERE key = 'k1'")).toEqual([['0']]);
    // A body that reads is still checked as one SELECT of one value.
    expect(await failure('CREATE FUNCTION gw31.two_selects() RETURNS void AS $$ SELECT 1; SELECT 2 $$ LANGUAGE sql')).toMatchObject({ code: '0A000' });
  });
});
