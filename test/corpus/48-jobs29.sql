-- The twenty-ninth session's job-queue sweep: graphile-worker 0.17's first migration as it sends
-- it (a LANGUAGE sql add_job returning the jobs table's row type from INSERT … RETURNING *, and
-- PL/pgSQL get_job, complete_job and fail_job with row variables of that type), their calls as
-- its worker and its clients make them, then the general forms behind them: SQL and PL/pgSQL
-- functions returning a table's row type or SETOF it, called in FROM and in the select list,
-- `(f()).*` and `(f()).col`, row variables and %ROWTYPE, composite types, their arrays and ALTER TYPE.
CREATE SCHEMA s29_gw;
CREATE TABLE s29_gw.job_queues (
  queue_name text NOT NULL PRIMARY KEY,
  job_count int NOT NULL,
  locked_at timestamptz,
  locked_by text
);
ALTER TABLE s29_gw.job_queues ENABLE ROW LEVEL SECURITY;
CREATE TABLE s29_gw.jobs (
  id bigserial PRIMARY KEY,
  queue_name text,
  task_identifier text NOT NULL,
  payload json DEFAULT '{}'::json NOT NULL,
  priority int DEFAULT 0 NOT NULL,
  run_at timestamptz DEFAULT now() NOT NULL,
  attempts int DEFAULT 0 NOT NULL,
  max_attempts int DEFAULT 25 NOT NULL,
  last_error text
);
ALTER TABLE s29_gw.jobs ENABLE ROW LEVEL SECURITY;
CREATE INDEX ON s29_gw.jobs (priority, run_at, id);
CREATE FUNCTION s29_gw.jobs__decrease_job_queue_count() RETURNS trigger AS $$
DECLARE
  v_new_job_count int; BEGIN
  UPDATE s29_gw.job_queues
    SET job_count = job_queues.job_count - 1
    WHERE queue_name = old.queue_name
    RETURNING job_count INTO v_new_job_count;  IF v_new_job_count <= 0 THEN
    DELETE FROM s29_gw.job_queues WHERE queue_name = old.queue_name AND job_count <= 0; END IF;  RETURN old; END; $$ LANGUAGE plpgsql;
CREATE FUNCTION s29_gw.jobs__increase_job_queue_count() RETURNS trigger AS $$
BEGIN
  INSERT INTO s29_gw.job_queues(queue_name, job_count)
    VALUES(new.queue_name, 1)
    ON CONFLICT (queue_name)
    DO UPDATE
    SET job_count = job_queues.job_count + 1;  RETURN new; END; $$ LANGUAGE plpgsql;
CREATE TRIGGER _500_increase_job_queue_count AFTER INSERT ON s29_gw.jobs FOR EACH ROW EXECUTE PROCEDURE s29_gw.jobs__increase_job_queue_count();
CREATE TRIGGER _500_decrease_job_queue_count AFTER DELETE ON s29_gw.jobs FOR EACH ROW EXECUTE PROCEDURE s29_gw.jobs__decrease_job_queue_count();
-- graphile-worker's first add_job: a LANGUAGE sql function returning the table's row type.
-- @must
CREATE FUNCTION s29_gw.add_job(
  identifier text,
  payload json = '{}',
  queue_name text = null,
  run_at timestamptz = now(),
  max_attempts int = 25
) RETURNS s29_gw.jobs AS $$
  INSERT INTO s29_gw.jobs(task_identifier, payload, queue_name, run_at, max_attempts) VALUES(identifier, payload, queue_name, run_at, max_attempts) RETURNING *; $$ LANGUAGE sql;
-- @must
CREATE FUNCTION s29_gw.get_job(worker_id text, task_identifiers text[] = null, job_expiry interval = interval '4 hours') RETURNS s29_gw.jobs AS $$
DECLARE
  v_job_id bigint; v_queue_name text; v_default_job_max_attempts text = '25'; v_row s29_gw.jobs; BEGIN
  IF worker_id IS NULL OR length(worker_id) < 10 THEN
    RAISE EXCEPTION 'invalid worker id'; END IF;  SELECT job_queues.queue_name, jobs.id INTO v_queue_name, v_job_id
    FROM s29_gw.jobs
    INNER JOIN s29_gw.job_queues USING (queue_name)
    WHERE (locked_at IS NULL OR locked_at < (now() - job_expiry))
    AND run_at <= now()
    AND attempts < max_attempts
    AND (task_identifiers IS NULL OR task_identifier = any(task_identifiers))
    ORDER BY priority ASC, run_at ASC, id ASC
    LIMIT 1
    FOR UPDATE OF job_queues
    SKIP LOCKED;  IF v_queue_name IS NULL THEN
    RETURN NULL; END IF;  UPDATE s29_gw.job_queues
    SET
      locked_by = worker_id,
      locked_at = now()
    WHERE job_queues.queue_name = v_queue_name;  UPDATE s29_gw.jobs
    SET attempts = attempts + 1
    WHERE id = v_job_id
    RETURNING * INTO v_row;  RETURN v_row; END; $$ LANGUAGE plpgsql;
-- @must
CREATE FUNCTION s29_gw.complete_job(worker_id text, job_id bigint) RETURNS s29_gw.jobs AS $$
DECLARE
  v_row s29_gw.jobs; BEGIN
  DELETE FROM s29_gw.jobs
    WHERE id = job_id
    RETURNING * INTO v_row;  UPDATE s29_gw.job_queues
    SET locked_by = null, locked_at = null
    WHERE queue_name = v_row.queue_name AND locked_by = worker_id;  RETURN v_row; END; $$ LANGUAGE plpgsql;
-- @must
CREATE FUNCTION s29_gw.fail_job(worker_id text, job_id bigint, error_message text) RETURNS s29_gw.jobs AS $$
DECLARE
  v_row s29_gw.jobs; BEGIN
  UPDATE s29_gw.jobs
    SET
      last_error = error_message,
      run_at = greatest(now(), run_at) + (exp(least(attempts, 10))::text || ' seconds')::interval
    WHERE id = job_id
    RETURNING * INTO v_row;  UPDATE s29_gw.job_queues
    SET locked_by = null, locked_at = null
    WHERE queue_name = v_row.queue_name AND locked_by = worker_id;  RETURN v_row; END; $$ LANGUAGE plpgsql;
-- Its clients add jobs: in FROM, in the select list, by named arguments, through parameters.
-- @must
SELECT * FROM s29_gw.add_job('send_email', '{"to":"a@example.com"}', 'mail', '2020-01-01 00:00:00+00');
-- @must
SELECT id, task_identifier, payload, queue_name, attempts, max_attempts FROM s29_gw.add_job('send_email', '{"to":"b@example.com"}', 'mail', '2020-01-01 00:00:01+00');
SELECT s29_gw.add_job('resize', '{"w":10}', 'img', '2020-01-01 00:00:02+00', 3);
-- @must
SELECT (s29_gw.add_job('resize', '{"w":20}', 'img', '2020-01-01 00:00:03+00')).id;
SELECT (s29_gw.add_job('noop', run_at => '2020-01-01 00:00:04+00')).*;
SELECT j.id, j.queue_name FROM s29_gw.add_job(identifier => 'noop', queue_name => 'misc', run_at => '2020-01-01 00:00:05+00') AS j;
-- params: ["report", "{\"day\": 1}", "misc", "2020-01-01 00:00:06+00"]
SELECT * FROM s29_gw.add_job(identifier => $1::text, payload => $2::json, queue_name => $3::text, run_at => $4::timestamptz);
-- @must
-- params: ["report", "{\"day\": 2}"]
SELECT id, task_identifier, payload FROM s29_gw.add_job($1, $2, run_at => '2020-01-01 00:00:07+00');
SELECT id, queue_name, task_identifier, payload, priority, attempts, max_attempts, last_error FROM s29_gw.jobs ORDER BY id;
-- @must
SELECT queue_name, job_count FROM s29_gw.job_queues ORDER BY queue_name;
-- @must
SELECT * FROM s29_gw.add_job(NULL);
SELECT * FROM s29_gw.add_job('x', 'not json');
SELECT * FROM s29_gw.add_job();
SELECT * FROM s29_gw.add_job('x', nope => 1);
-- @must
SELECT count(*) FROM s29_gw.jobs;
-- The worker takes a job, fails one, completes one.
-- @must
SELECT id, task_identifier, attempts FROM s29_gw.get_job('worker-0000000001', ARRAY['send_email']);
-- @must
SELECT queue_name, job_count, locked_by, locked_at IS NOT NULL AS locked FROM s29_gw.job_queues ORDER BY queue_name;
-- @must
SELECT (s29_gw.get_job('worker-0000000002')).task_identifier;
-- @must
SELECT id, attempts FROM s29_gw.get_job('worker-0000000003', ARRAY['resize']);
-- @must
SELECT * FROM s29_gw.get_job('worker-0000000004', ARRAY['no_such_task']);
SELECT s29_gw.get_job('worker-0000000004', ARRAY['no_such_task']);
SELECT s29_gw.get_job('worker-0000000004', ARRAY['no_such_task']) IS NULL;
-- @must
SELECT * FROM s29_gw.get_job('short');
-- @must
SELECT * FROM s29_gw.get_job(NULL);
-- @must
SELECT id, task_identifier, attempts, last_error FROM s29_gw.fail_job('worker-0000000001', 1, 'smtp down');
-- @must
SELECT queue_name, locked_by FROM s29_gw.job_queues ORDER BY queue_name;
-- @must
SELECT id, attempts, last_error, run_at > '2020-01-01 00:00:00+00' AS later FROM s29_gw.jobs WHERE id = 1;
-- @must
SELECT id, task_identifier FROM s29_gw.complete_job('worker-0000000003', 3);
-- @must
SELECT (s29_gw.complete_job('worker-0000000002', 2)).id;
-- @must
SELECT * FROM s29_gw.complete_job('worker-0000000002', 999);
-- @must
SELECT queue_name, job_count, locked_by FROM s29_gw.job_queues ORDER BY queue_name;
SELECT id, task_identifier, attempts FROM s29_gw.jobs ORDER BY id;
-- @must
-- params: ["worker-0000000005", 4]
SELECT id, task_identifier FROM s29_gw.complete_job($1, $2);
-- params: ["worker-0000000005", 5, "boom"]
SELECT id, attempts, last_error FROM s29_gw.fail_job($1, $2, $3);
BEGIN;
SELECT id FROM s29_gw.add_job('in_tx', queue_name => 'tx', run_at => '2020-01-01 00:00:08+00');
-- @must
SELECT queue_name, job_count FROM s29_gw.job_queues WHERE queue_name = 'tx';
ROLLBACK;
SELECT count(*) FROM s29_gw.jobs WHERE task_identifier = 'in_tx';
SELECT count(*) FROM s29_gw.job_queues WHERE queue_name = 'tx';
-- The catalog says what the functions return.
-- @must
SELECT p.proname, pg_get_function_result(p.oid), p.proretset, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 's29_gw' ORDER BY p.proname;
-- @must
SELECT pg_get_function_arguments(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 's29_gw' AND p.proname = 'add_job';
-- @must
SELECT t.typname, t.typtype FROM pg_proc p JOIN pg_type t ON t.oid = p.prorettype WHERE p.proname = 'complete_job';
-- LANGUAGE sql functions returning a table's row type: SELECT bodies.
CREATE TABLE s29_item (id int PRIMARY KEY, name text NOT NULL, qty int, price numeric(8,2));
INSERT INTO s29_item VALUES (1, 'bolt', 10, 0.25), (2, 'nut', NULL, 0.10), (3, 'washer', 5, NULL), (4, 'gear, big', 1, 12.50);
-- @must
CREATE FUNCTION s29_item_by_id(i int) RETURNS s29_item LANGUAGE sql AS $$ SELECT * FROM s29_item WHERE id = i $$;
-- @must
CREATE FUNCTION s29_first_item() RETURNS s29_item LANGUAGE sql STABLE AS $$ SELECT * FROM s29_item ORDER BY id $$;
CREATE FUNCTION s29_items_over(q int) RETURNS SETOF s29_item LANGUAGE sql AS $$ SELECT * FROM s29_item WHERE qty > q ORDER BY id $$;
-- @must
SELECT * FROM s29_item_by_id(1);
-- @must
SELECT * FROM s29_item_by_id(42);
SELECT s29_item_by_id(2);
SELECT s29_item_by_id(4);
SELECT s29_item_by_id(42);
SELECT s29_item_by_id(42) IS NULL;
-- @must
SELECT (s29_item_by_id(3)).name;
-- @must
SELECT (s29_item_by_id(3)).*;
-- @must
SELECT (s29_item_by_id(42)).*;
SELECT s29_item_by_id(1).name;
-- @must
SELECT name, price FROM s29_item_by_id(4);
-- @must
SELECT i.name FROM s29_item_by_id(1) AS i;
-- @must
SELECT i.* FROM s29_item_by_id(2) i;
-- @must
SELECT * FROM s29_item_by_id(1) AS i(a, b);
-- @must
SELECT * FROM s29_first_item();
-- @must
SELECT (s29_first_item()).price;
-- @must
SELECT * FROM s29_item_by_id(1) WHERE qty > 100;
SELECT * FROM s29_items_over(4);
SELECT name FROM s29_items_over(0) ORDER BY name DESC;
SELECT s29_items_over(4);
SELECT (s29_items_over(4)).name ORDER BY 1;
SELECT count(*) FROM s29_items_over(-1);
-- @must
SELECT o.id, x.name FROM s29_item o, s29_item_by_id(o.id) x WHERE o.id < 3 ORDER BY o.id;
-- @must
SELECT o.id, x.name FROM s29_item o CROSS JOIN LATERAL s29_item_by_id(o.id + 1) x ORDER BY o.id;
-- @must
SELECT id, (s29_item_by_id(id)).qty FROM s29_item ORDER BY id;
-- @must
-- params: [3]
SELECT * FROM s29_item_by_id($1);
-- @must
-- params: [4]
SELECT (s29_item_by_id($1)).name;
-- LANGUAGE sql functions that write and return the row.
CREATE SEQUENCE s29_item_seq START 100;
-- @must
CREATE FUNCTION s29_new_item(n text, q int = 0) RETURNS s29_item LANGUAGE sql AS $$ INSERT INTO s29_item (id, name, qty) VALUES (nextval('s29_item_seq'), n, q) RETURNING * $$;
-- @must
CREATE FUNCTION s29_restock(i int, more int) RETURNS s29_item LANGUAGE sql AS $$ UPDATE s29_item SET qty = coalesce(qty, 0) + more WHERE id = i RETURNING * $$;
-- @must
CREATE FUNCTION s29_drop_item(i int) RETURNS s29_item LANGUAGE sql AS $$ DELETE FROM s29_item WHERE id = i RETURNING * $$;
-- @must
CREATE FUNCTION s29_touch_all() RETURNS SETOF s29_item LANGUAGE sql AS $$ UPDATE s29_item SET qty = qty WHERE qty IS NOT NULL RETURNING * $$;
-- @must
SELECT * FROM s29_new_item('spring', 7);
SELECT s29_new_item('pin');
-- @must
SELECT (s29_new_item('clip', 2)).id;
-- @must
SELECT * FROM s29_restock(2, 4);
SELECT s29_restock(1, 1);
-- @must
SELECT * FROM s29_restock(999, 1);
-- @must
SELECT (s29_restock(3, 1)).qty;
-- @must
SELECT * FROM s29_drop_item(102);
-- @must
SELECT * FROM s29_drop_item(102);
-- @must
SELECT id, name FROM s29_touch_all() ORDER BY id;
-- @must
SELECT * FROM s29_item ORDER BY id;
-- @must
-- params: ["cog", 9]
SELECT id, name, qty FROM s29_new_item($1, $2);
-- @must
SELECT * FROM s29_new_item(NULL);
-- @must
SELECT * FROM s29_item ORDER BY id;
-- A function with a body that does not return the row is refused at CREATE.
-- @must
CREATE FUNCTION s29_bad1() RETURNS s29_item LANGUAGE sql AS $$ SELECT 1 $$;
-- @must
CREATE FUNCTION s29_bad2() RETURNS s29_item LANGUAGE sql AS $$ SELECT id, name FROM s29_item $$;
-- @must
CREATE FUNCTION s29_bad3() RETURNS s29_item LANGUAGE sql AS $$ INSERT INTO s29_item (id, name) VALUES (900, 'x') $$;
CREATE FUNCTION s29_bad4() RETURNS s29_nosuch LANGUAGE sql AS $$ SELECT 1 $$;
-- @must
CREATE FUNCTION s29_bad5() RETURNS s29_item LANGUAGE sql AS $$ SELECT name, id, qty, price FROM s29_item $$;
SELECT count(*) FROM pg_proc WHERE proname LIKE 's29_bad%';
-- PL/pgSQL functions returning a table's row type: row variables, %ROWTYPE, RETURN of a row, NULL.
-- @must
CREATE FUNCTION s29_pl_get(i int) RETURNS s29_item LANGUAGE plpgsql AS $$
DECLARE
  r s29_item; BEGIN
  SELECT * INTO r FROM s29_item WHERE id = i; RETURN r; END; $$;
-- @must
CREATE FUNCTION s29_pl_get_rt(i int) RETURNS s29_item LANGUAGE plpgsql AS $$
DECLARE
  r s29_item%ROWTYPE; BEGIN
  SELECT * INTO r FROM s29_item WHERE id = i; IF NOT FOUND THEN
    RETURN NULL; END IF; RETURN r; END; $$;
-- @must
CREATE FUNCTION s29_pl_strict(i int) RETURNS s29_item LANGUAGE plpgsql AS $$
DECLARE
  r s29_item; BEGIN
  SELECT * INTO STRICT r FROM s29_item WHERE id = i; RETURN r; END; $$;
-- @must
CREATE FUNCTION s29_pl_name(i int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  r s29_item; BEGIN
  SELECT * INTO r FROM s29_item WHERE id = i; IF r.id IS NULL THEN
    RETURN 'none'; END IF; RETURN r.name || ':' || coalesce(r.qty, -1); END; $$;
-- @must
CREATE FUNCTION s29_pl_bump(i int) RETURNS s29_item LANGUAGE plpgsql AS $$
DECLARE
  v s29_item; BEGIN
  UPDATE s29_item SET qty = coalesce(qty, 0) + 1 WHERE id = i RETURNING * INTO v; IF v.id IS NULL THEN
    RAISE EXCEPTION 'no item %', i USING ERRCODE = 'no_data_found'; END IF; RETURN v; END; $$;
-- @must
CREATE FUNCTION s29_pl_unset() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  r s29_item; BEGIN
  RETURN coalesce(r.name, 'unset') || ' ' || (r.id IS NULL); END; $$;
-- @must
CREATE FUNCTION s29_pl_loop() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  r s29_item; acc text := ''; BEGIN
  FOR r IN SELECT * FROM s29_item WHERE id < 5 ORDER BY id LOOP
    acc := acc || r.name || ';'; END LOOP; RETURN acc; END; $$;
-- @must
CREATE FUNCTION s29_pl_nofield(i int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  r s29_item; BEGIN
  SELECT * INTO r FROM s29_item WHERE id = i; RETURN r.nosuch; END; $$;
-- @must
SELECT * FROM s29_pl_get(1);
-- @must
SELECT * FROM s29_pl_get(42);
SELECT s29_pl_get(4);
SELECT s29_pl_get(42);
-- @must
SELECT (s29_pl_get(2)).name;
-- @must
SELECT (s29_pl_get(2)).*;
-- @must
SELECT name, qty FROM s29_pl_get(3);
-- @must
SELECT * FROM s29_pl_get_rt(1);
-- @must
SELECT * FROM s29_pl_get_rt(42);
SELECT s29_pl_get_rt(42) IS NULL;
-- @must
SELECT * FROM s29_pl_strict(1);
-- @must
SELECT * FROM s29_pl_strict(42);
-- @must
SELECT s29_pl_name(1);
-- @must
SELECT s29_pl_name(2);
-- @must
SELECT s29_pl_name(42);
-- @must
SELECT * FROM s29_pl_bump(3);
-- @must
SELECT * FROM s29_pl_bump(42);
-- @must
SELECT s29_pl_unset();
-- @must
SELECT s29_pl_loop();
-- @must
SELECT s29_pl_nofield(1);
-- @must
-- params: [1]
SELECT * FROM s29_pl_get($1);
-- @must
-- params: [2]
SELECT (s29_pl_get($1)).qty;
-- @must
SELECT qty FROM s29_item WHERE id = 3;
-- A PL/pgSQL function returning a row whose RETURN is of another shape.
-- @must
CREATE FUNCTION s29_pl_wrong() RETURNS s29_item LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
-- @must
SELECT * FROM s29_pl_wrong();
-- @must
CREATE FUNCTION s29_pl_noreturn() RETURNS s29_item LANGUAGE plpgsql AS $$ DECLARE r s29_item; BEGIN SELECT * INTO r FROM s29_item WHERE id = 1; END $$;
-- @must
SELECT * FROM s29_pl_noreturn();
-- Set-returning PL/pgSQL of the row type.
CREATE FUNCTION s29_pl_cheap(lim numeric) RETURNS SETOF s29_item LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY SELECT * FROM s29_item WHERE price < lim ORDER BY id; END; $$;
-- @must
SELECT * FROM s29_pl_cheap(1);
SELECT name FROM s29_pl_cheap(100) ORDER BY name;
-- Composite types, their arrays, ALTER TYPE: graphile-worker's job_spec.
CREATE TYPE s29_gw.job_spec AS (identifier text, payload json, queue_name text, run_at timestamptz, max_attempts smallint, job_key text, priority smallint, flags text[]);
SELECT (ROW('a', '{}', NULL, NULL, NULL, NULL, NULL, NULL)::s29_gw.job_spec).identifier;
SELECT ('(b,"{""k"":1}",q,,5,,,)'::s29_gw.job_spec).payload::text;
SELECT ('(b,"{""k"":1}",q,,5,,,)'::s29_gw.job_spec).max_attempts;
SELECT ARRAY[ROW('a', '{}', NULL, NULL, NULL, NULL, NULL, NULL)::s29_gw.job_spec];
SELECT cardinality(ARRAY[ROW('a', '{}', NULL, NULL, NULL, NULL, NULL, NULL)::s29_gw.job_spec, ROW('b', '{}', NULL, NULL, NULL, NULL, NULL, NULL)::s29_gw.job_spec]);
SELECT s.identifier, s.queue_name FROM unnest(ARRAY[ROW('a', '{}', 'q1', NULL, NULL, NULL, NULL, NULL)::s29_gw.job_spec, ROW('b', '{}', 'q2', NULL, NULL, NULL, NULL, NULL)::s29_gw.job_spec]) s ORDER BY 1;
SELECT * FROM unnest('{"(a,{},q1,,,,,)","(b,{},q2,,3,k,,)"}'::s29_gw.job_spec[]) ORDER BY identifier;
-- params: ["{\"(a,{},q1,,,,,)\",\"(b,{},q2,,3,k,,)\"}"]
SELECT identifier, max_attempts, job_key FROM unnest($1::s29_gw.job_spec[]) ORDER BY identifier;
-- params: ["{\"(a,{},q1,,,,,)\",\"(b,{},q2,,3,k,,)\"}"]
SELECT spec.identifier, coalesce(spec.max_attempts, 25) FROM unnest($1::s29_gw.job_spec[]) spec ORDER BY 1;
SELECT (unnest('{"(a,{},q1,,,,,)"}'::s29_gw.job_spec[])).identifier;
SELECT '{"(a,{},q1,,,,,)"}'::s29_gw.job_spec[];
SELECT pg_typeof('{"(a,{},q1,,,,,)"}'::s29_gw.job_spec[]);
SELECT '(a,{},q1,,x,,,)'::s29_gw.job_spec;
SELECT '(a,{},q1)'::s29_gw.job_spec;
ALTER TYPE s29_gw.job_spec ADD ATTRIBUTE note text;
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's29_gw.job_spec'::regclass AND attnum > 0 ORDER BY attnum;
SELECT ('(a,{},q1,,,,,,hello)'::s29_gw.job_spec).note;
ALTER TYPE s29_gw.job_spec DROP ATTRIBUTE note;
ALTER TYPE s29_gw.job_spec ALTER ATTRIBUTE max_attempts TYPE int;
SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's29_gw.job_spec'::regclass AND attnum > 0 ORDER BY attnum;
ALTER TYPE s29_gw.job_spec RENAME ATTRIBUTE flags TO tags;
SELECT attname FROM pg_attribute WHERE attrelid = 's29_gw.job_spec'::regclass AND attnum > 0 ORDER BY attnum;
ALTER TYPE s29_gw.job_spec ADD ATTRIBUTE identifier text;
ALTER TYPE s29_gw.job_spec DROP ATTRIBUTE nosuch;
ALTER TYPE s29_gw.job_spec DROP ATTRIBUTE IF EXISTS nosuch;
ALTER TYPE s29_gw.nosuch ADD ATTRIBUTE x int;
-- A LANGUAGE sql function taking composite arrays, as add_jobs does, in its simplest form.
CREATE TABLE s29_gw.spec_log (identifier text, queue_name text, max_attempts int);
CREATE FUNCTION s29_gw.log_specs(specs s29_gw.job_spec[]) RETURNS SETOF s29_gw.spec_log LANGUAGE sql AS $$
  INSERT INTO s29_gw.spec_log (identifier, queue_name, max_attempts)
  SELECT spec.identifier, spec.queue_name, coalesce(spec.max_attempts, 25) FROM unnest(specs) spec
  RETURNING *
$$;
SELECT * FROM s29_gw.log_specs('{"(a,{},q1,,,,,)","(b,{},q2,,3,k,,)"}') ORDER BY identifier;
-- params: ["{\"(c,{},q3,,,,,)\"}"]
SELECT * FROM s29_gw.log_specs($1::s29_gw.job_spec[]);
SELECT * FROM s29_gw.spec_log ORDER BY identifier;
-- Record types of tables used as values.
SELECT ROW(1, 'x', 2, 3.5)::s29_item;
SELECT (ROW(1, 'x', 2, 3.5)::s29_item).name;
-- @must
SELECT i FROM s29_item i WHERE i.id = 1;
SELECT i::text FROM s29_item i WHERE id = 4;
SELECT (i).name FROM s29_item i WHERE id = 2;
-- @must
SELECT row_to_json(i) FROM s29_item i WHERE id = 1;
SELECT to_jsonb(s29_item_by_id(1));
SELECT row_to_json(s29_pl_get(1));
SELECT (x).id FROM (SELECT s29_item_by_id(3) AS x) q;
-- Dropping a type or table that functions return.
-- @must
DROP TABLE s29_item;
-- @must
DROP FUNCTION s29_item_by_id(int);
-- @must
DROP FUNCTION s29_first_item, s29_items_over, s29_new_item, s29_restock, s29_drop_item, s29_touch_all;
-- @must
DROP FUNCTION s29_pl_get, s29_pl_get_rt, s29_pl_strict, s29_pl_name, s29_pl_bump, s29_pl_unset, s29_pl_loop, s29_pl_nofield, s29_pl_wrong, s29_pl_noreturn, s29_pl_cheap;
-- @must
DROP TABLE s29_item;
DROP SEQUENCE s29_item_seq;
DROP TYPE s29_gw.job_spec;
DROP FUNCTION s29_gw.log_specs;
DROP TYPE s29_gw.job_spec;
DROP SCHEMA s29_gw CASCADE;
-- @must
SELECT count(*) FROM pg_proc WHERE proname LIKE 's29%' OR proname IN ('add_job', 'get_job', 'complete_job', 'fail_job');
