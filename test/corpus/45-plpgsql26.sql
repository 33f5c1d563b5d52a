-- PL/pgSQL functions beyond triggers, as pg-boss 10 and graphile-worker write them (session 26).
create schema s26_gw;
create table s26_gw.jobs (id bigserial primary key, queue_name text, task_identifier text not null, payload json not null default '{}'::json, attempts int not null default 0, max_attempts int not null default 25, run_at timestamptz not null default now(), locked_at timestamptz, locked_by text, last_error text, created_at timestamptz not null default now(), updated_at timestamptz not null default now());
create table s26_gw.job_queues (queue_name text primary key, job_count int not null, locked_at timestamptz, locked_by text);
-- Trigger functions in another schema than public, as graphile-worker makes them.
create function s26_gw.tg__update_timestamp() returns trigger as $$ begin new.updated_at = greatest(now(), old.updated_at + interval '1 millisecond'); return new; end; $$ language plpgsql;
-- @must
create trigger _100_timestamps before update on s26_gw.jobs for each row execute procedure s26_gw.tg__update_timestamp();
create function s26_gw.jobs__increase_job_queue_count() returns trigger as $$ begin insert into s26_gw.job_queues(queue_name, job_count) values(new.queue_name, 1) on conflict (queue_name) do update set job_count = job_queues.job_count + 1; return new; end; $$ language plpgsql;
-- @must
create trigger _500_increase_job_queue_count after insert on s26_gw.jobs for each row when (new.queue_name is not null) execute procedure s26_gw.jobs__increase_job_queue_count();
create trigger _500_bad after insert on s26_gw.jobs for each row execute procedure s26_gw.no_such_function();
create trigger _500_bad after insert on s26_gw.jobs for each row execute procedure s26_nosuchschema.f();
create trigger _500_bad after insert on s26_gw.jobs for each row execute procedure jobs__increase_job_queue_count();
-- @must
insert into s26_gw.jobs (queue_name, task_identifier) values ('q1', 'hello'), ('q1', 'hello'), (null, 'bye'), ('q2', 'x');
-- @must
select queue_name, job_count from s26_gw.job_queues order by 1;
-- params: ["q1"]
select job_count from s26_gw.job_queues where queue_name = $1;
-- params: ["q3", "hello"]
insert into s26_gw.jobs (queue_name, task_identifier) values ($1, $2) returning queue_name, attempts;
-- params: ["q3"]
select job_count from s26_gw.job_queues where queue_name = $1;
-- params: [null, "nulls"]
insert into s26_gw.jobs (queue_name, task_identifier) values ($1, $2);
update s26_gw.jobs set attempts = attempts + 1 where task_identifier = 'bye';
-- @must
select count(*) from s26_gw.jobs where updated_at > created_at;
-- params: ["bye"]
update s26_gw.jobs set attempts = attempts + 1 where task_identifier = $1 returning attempts, updated_at > created_at;
select tgname, tgfoid::regproc::text from pg_trigger where tgrelid = 's26_gw.jobs'::regclass order by 1;
select pg_get_triggerdef(oid) from pg_trigger where tgrelid = 's26_gw.jobs'::regclass order by tgname;
-- params: ["s26_gw"]
select trigger_name, action_timing, event_manipulation from information_schema.triggers where trigger_schema = $1 order by 1, 3;
select action_statement from information_schema.triggers where event_object_table = 'jobs' and event_object_schema = 's26_gw' order by trigger_name;
select proname, nspname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where proname like 'tg\_\_%' or proname like 'jobs\_\_%' order by 1;
-- A second function of one name in public does not change which one the trigger runs.
create function tg__update_timestamp() returns trigger as $$ begin new.attempts = 99; return new; end; $$ language plpgsql;
update s26_gw.jobs set last_error = 'e' where task_identifier = 'x';
select attempts, last_error from s26_gw.jobs where task_identifier = 'x';
drop function tg__update_timestamp();
-- CREATE OR REPLACE of a schema's trigger function changes what its triggers do.
create or replace function s26_gw.tg__update_timestamp() returns trigger as $$ begin new.updated_at = now(); new.last_error = coalesce(new.last_error, 'touched'); return new; end; $$ language plpgsql;
update s26_gw.jobs set attempts = 0 where task_identifier = 'x';
-- @must
select attempts, last_error from s26_gw.jobs where task_identifier = 'x';
create function s26_gw.tg__update_timestamp() returns trigger as $$ begin return new; end; $$ language plpgsql;
drop function s26_gw.tg__update_timestamp();
drop function s26_gw.tg__update_timestamp() cascade;
select count(*) from pg_trigger where tgrelid = 's26_gw.jobs'::regclass;
update s26_gw.jobs set last_error = null where task_identifier = 'x';
select last_error from s26_gw.jobs where task_identifier = 'x';
-- A trigger function found through the search path.
set search_path = s26_gw, public;
create function tg_mark() returns trigger as $$ begin new.locked_by = 'path'; return new; end; $$ language plpgsql;
create trigger _200_mark before insert on jobs for each row execute function tg_mark();
insert into jobs (task_identifier) values ('pathy');
select locked_by from jobs where task_identifier = 'pathy';
select p.proname, n.nspname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where proname = 'tg_mark';
reset search_path;
drop trigger _200_mark on s26_gw.jobs;
drop function tg_mark();
drop function s26_gw.tg_mark();
-- UPDATE … RETURNING … INTO in a trigger function, as graphile-worker's first migration writes it.
create function s26_gw.jobs__decrease_job_queue_count() returns trigger as $$ declare v_new_job_count int; begin update s26_gw.job_queues set job_count = job_queues.job_count - 1 where queue_name = old.queue_name returning job_count into v_new_job_count; if v_new_job_count <= 0 then delete from s26_gw.job_queues where queue_name = old.queue_name and job_count <= 0; end if; return old; end; $$ language plpgsql;
-- Statement-level trigger with PERFORM pg_notify, as graphile-worker's.
create function s26_gw.tg_jobs__notify_new_jobs() returns trigger as $$ begin perform pg_notify('jobs:insert', ''); return new; end; $$ language plpgsql;
create trigger _900_notify_worker after insert on s26_gw.jobs for each statement execute procedure s26_gw.tg_jobs__notify_new_jobs();
insert into s26_gw.jobs (task_identifier) values ('notify');
-- A trigger function in a schema that is dropped with it.
create schema s26_gone;
create table s26_gone.t (a int, b int);
create function s26_gone.tg_b() returns trigger as $$ begin new.b = new.a * 2; return new; end; $$ language plpgsql;
create trigger tb before insert on s26_gone.t for each row execute function s26_gone.tg_b();
insert into s26_gone.t (a) values (4);
create table s26_outside (a int, b int);
create trigger tb before insert on s26_outside for each row execute function s26_gone.tg_b();
insert into s26_outside (a) values (5);
-- @must
select a, b from s26_gone.t;
drop schema s26_gone;
drop schema s26_gone cascade;
select count(*) from pg_proc where proname = 'tg_b';
select count(*) from pg_trigger where tgrelid = 's26_outside'::regclass;
-- @must
insert into s26_outside (a) values (6);
select a, b from s26_outside order by a;
drop table s26_outside;
-- PL/pgSQL functions as pg-boss 10 writes them: EXECUTE format(…) DDL, WITH … SELECT INTO, RETURN in IF.
create table s26_queue (name text primary key, policy text, partition_name text, created_on timestamptz not null default now());
create function s26_create_queue(queue_name text, options json) returns void as $$ declare table_name varchar := 's26_j' || substr(encode(sha224(queue_name::bytea), 'hex'), 1, 8); queue_created_on timestamptz; begin with q as ( insert into s26_queue (name, policy, partition_name) values (queue_name, options->>'policy', table_name) on conflict do nothing returning created_on ) select created_on into queue_created_on from q; if queue_created_on is null then return; end if; execute format('create table %I (id int primary key, name text, data text)', table_name); execute format('alter table %I add constraint cjc check (name=%L)', table_name, queue_name); end; $$ language plpgsql;
-- @must
select s26_create_queue('alpha', '{"policy":"standard"}');
-- @must
select name, policy, partition_name from s26_queue;
select s26_create_queue('alpha', '{"policy":"short"}');
-- params: ["beta", "{\"policy\":\"short\"}"]
select s26_create_queue($1, $2);
select name, policy from s26_queue order by 1;
-- params: ["beta"]
select s26_create_queue($1, '{}');
-- params: ["gamma", null]
select s26_create_queue($1, $2);
-- params: ["gamma"]
select name, policy, partition_name is not null from s26_queue where name = $1;
select table_name from information_schema.tables where table_name like 's26\_j%' order by 1;
create function s26_delete_queue(queue_name text) returns void as $$ declare table_name varchar; begin with deleted as ( delete from s26_queue where name = queue_name returning partition_name ) select partition_name from deleted into table_name; execute format('drop table if exists %I', table_name); end; $$ language plpgsql;
-- @must
select s26_delete_queue('alpha');
select s26_delete_queue('nope');
select count(*) from information_schema.tables where table_name like 's26\_j%';
-- EXECUTE … USING, INTO, GET DIAGNOSTICS, PERFORM, FOR … IN SELECT … LOOP.
create table s26_items (id int primary key, grp text, qty int);
insert into s26_items values (1, 'a', 5), (2, 'a', 7), (3, 'b', 1), (4, null, 2);
create function s26_bump(g text, by_n int) returns int as $$ declare n int; begin execute 'update s26_items set qty = qty + $1 where grp = $2' using by_n, g; get diagnostics n = row_count; return n; end; $$ language plpgsql;
-- @must
select s26_bump('a', 10);
select s26_bump('zzz', 1);
select s26_bump(null, 1);
-- params: ["b", 3]
select s26_bump($1, $2);
select id, qty from s26_items order by id;
create function s26_total(g text) returns int as $$ declare r record; total int := 0; begin for r in select qty from s26_items where grp = g order by id loop total := total + r.qty; end loop; return total; end; $$ language plpgsql;
-- @must
select s26_total('a');
-- params: ["b"]
select s26_total($1);
select s26_total('none');
create function s26_dyn_count(tbl text, g text) returns bigint as $$ declare c bigint; begin execute format('select count(*) from %I where grp = $1', tbl) into c using g; return c; end; $$ language plpgsql;
-- @must
select s26_dyn_count('s26_items', 'a');
select s26_dyn_count('s26_no_table', 'a');
-- params: ["s26_items", "b"]
select s26_dyn_count($1, $2);
create function s26_touch(i int) returns void as $$ begin perform 1 from s26_items where id = i; if not found then raise exception 'item % not found', i using errcode = 'P0002'; end if; update s26_items set qty = qty * 2 where id = i; end; $$ language plpgsql;
select s26_touch(3);
select s26_touch(99);
-- params: [4]
select s26_touch($1);
-- params: [null]
select s26_touch($1);
select qty from s26_items where id = 3;
-- Functions inside larger queries: WHERE, the select list beside columns, a CTE, FROM, another function.
create function s26_double(x int) returns int as $$ begin return x * 2; end; $$ language plpgsql immutable;
select id, s26_double(qty) from s26_items order by id;
select id from s26_items where qty > s26_double(5) order by id;
select s26_double(3) + 1;
with t as (select s26_double(21) as v) select v from t;
select * from s26_double(4);
select s26_total('a') as a, s26_total('b') as b;
create function s26_quad(x int) returns int as $$ begin return s26_double(s26_double(x)); end; $$ language plpgsql;
select s26_quad(3);
select s26_double(null);
-- A function calling another: an assignment, PERFORM, RETURN of its value; recursion.
create function s26_chain(x int) returns int as $$ declare y int; begin y := s26_double(x); perform s26_double(y); if y > 10 then return s26_double(y); end if; return y; end; $$ language plpgsql;
-- @must
select s26_chain(3);
select s26_chain(10);
create function s26_into(x int) returns int as $$ declare y int; begin select s26_double(x) into y; return y + 1; end; $$ language plpgsql;
select s26_into(4);
select * from s26_chain(2);
select * from s26_chain(2) as c;
-- params: [5]
select * from s26_chain($1);
-- params: [4]
select s26_chain($1);
create function s26_rr(x int, n int) returns int as $$ declare y int; begin if x >= n then return x; end if; y := x + 1; return s26_rr(y, n); end; $$ language plpgsql;
select s26_rr(1, 50);
-- params: [1, 20]
select s26_rr($1, $2);
select s26_rr(1, 5000);
create function s26_numeric_half(x int) returns numeric as $$ begin return x / 2.0; end; $$ language plpgsql;
create function s26_rounded(x int) returns int as $$ declare y int; begin y := s26_numeric_half(x); return y; end; $$ language plpgsql;
select s26_rounded(5);
-- params: [11]
select s26_double($1);
-- RETURN QUERY, RETURN QUERY EXECUTE, RETURN NEXT, SETOF.
create function s26_items_of(g text) returns setof s26_items as $$ begin return query select * from s26_items where grp = g order by id; end; $$ language plpgsql;
select * from s26_items_of('a');
create function s26_ids(g text) returns table (id int, qty int) as $$ begin return query execute 'select id, qty from s26_items where grp = $1 order by id' using g; end; $$ language plpgsql;
select * from s26_ids('a');
create function s26_series(n int) returns setof int as $$ begin for i in 1..n loop return next i; end loop; end; $$ language plpgsql;
select * from s26_series(3);
-- Wrong inputs.
select s26_double('x');
select s26_double(1, 2);
select s26_create_queue('gamma');
create function s26_noreturn(x int) returns int as $$ begin x := x + 1; end; $$ language plpgsql;
select s26_noreturn(1);
create function s26_broken(x int) returns int as $$ begin retrun x; end; $$ language plpgsql;
create function s26_raise(x int) returns int as $$ begin if x < 0 then raise exception 'negative: %', x using errcode = '22023', hint = 'use a positive number'; end if; return x; end; $$ language plpgsql;
select s26_raise(-1);
-- params: [5]
select s26_raise($1);
-- Clean up.
drop function s26_raise(int);
drop function s26_noreturn(int);
drop function if exists s26_broken(int);
drop function if exists s26_series(int);
drop function if exists s26_ids(text);
drop function if exists s26_items_of(text);
drop function s26_rounded(int);
drop function s26_numeric_half(int);
drop function s26_rr(int, int);
drop function s26_into(int);
drop function s26_chain(int);
drop function s26_quad(int);
drop function s26_double(int);
drop function s26_touch(int);
drop function s26_dyn_count(text, text);
drop function s26_total(text);
drop function s26_bump(text, int);
select s26_delete_queue('beta');
drop function s26_delete_queue(text);
drop function s26_create_queue(text, json);
drop table s26_items;
drop table s26_queue cascade;
drop schema s26_gw cascade;
