-- Functions, procedures and triggers as application migrations and job-queue libraries write them (session 25).
create table s25_jobs (id serial primary key, name text not null, state text not null default 'created', priority int not null default 0, data jsonb, singleton_key text unique, retry_count int not null default 0);
create table s25_log (id serial primary key, what text, n int, note text);
-- Overloading: two functions of one name, resolved by argument types.
create function s25_fmt(v int) returns text language sql immutable as $$ select 'int:' || v $$;
create function s25_fmt(v text) returns text language sql immutable as $$ select 'text:' || v $$;
-- @must
select s25_fmt(1), s25_fmt('a'::text);
select s25_fmt('x');
select s25_fmt(2::bigint);
select s25_fmt(null);
-- params: ["q"]
select s25_fmt($1::text);
select proname, pg_get_function_arguments(oid) from pg_proc where proname = 's25_fmt' order by 2;
drop function s25_fmt;
drop function s25_fmt(int);
select s25_fmt(3);
drop function s25_fmt(text);
drop function if exists s25_fmt(text);
create function s25_add(a int, b int default 10) returns int language sql as $$ select a + b $$;
create function s25_add(a int, b int, c int) returns int language sql as $$ select a + b + c $$;
select s25_add(1);
select s25_add(1, 2);
-- params: [10, 2]
select s25_add($1, $2);
select s25_add(1, 2, 3);
drop function s25_add(int, int, int);
-- Default arguments and named notation.
-- @must
select s25_add(5);
select s25_add(a => 1, b => 2);
select s25_add(b := 7, a := 1);
select s25_add(b => 7);
select s25_add(1, b => 4);
select s25_add(c => 1, a => 2);
-- params: [3]
select s25_add($1);
-- params: [3, 4]
select s25_add(a => $1, b => $2);
drop function s25_add(int, int);
-- OUT parameters and RETURNS TABLE.
create function s25_split(full_name text, out first_name text, out last_name text) language sql as $$ select split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $$;
-- @must
select * from s25_split('ada lovelace');
select (s25_split('alan turing')).last_name;
select s25_split('grace hopper');
select s25_split(null);
-- params: ["x y"]
select * from s25_split($1);
create function s25_pending(min_priority int) returns table (job_id int, job_name text) language sql stable as $$ select id, name from s25_jobs where state = 'created' and priority >= min_priority order by id $$;
insert into s25_jobs (name, priority, singleton_key) values ('email', 1, 'e1'), ('report', 5, 'r1'), ('cleanup', 0, null);
-- @must
select * from s25_pending(1);
select job_name from s25_pending(0) where job_id > 1;
-- params: [5]
select * from s25_pending($1);
select count(*) from s25_pending(100);
-- INOUT and OUT procedure parameters.
create procedure s25_bump(inout n int, step int default 1) language plpgsql as $$ begin n := n + step; end $$;
-- @must
call s25_bump(1);
call s25_bump(1, 5);
call s25_bump(null);
-- params: [7]
call s25_bump($1);
create procedure s25_counts(out total int, out pending int) language plpgsql as $$ begin select count(*), count(*) filter (where state = 'created') into total, pending from s25_jobs; end $$;
call s25_counts(null, null);
-- Polymorphic functions.
create function s25_first(anyarray) returns anyelement language sql immutable as $$ select $1[1] $$;
select s25_first(array[3, 2, 1]);
select s25_first(array['b', 'a']);
select s25_first('{}'::int[]);
-- params: ["{4,5}"]
select s25_first($1::int[]);
create function s25_coalesce2(a anyelement, b anyelement) returns anyelement language sql as $$ select coalesce(a, b) $$;
select s25_coalesce2(null::int, 4);
select s25_coalesce2('x'::text, 'y');
select s25_coalesce2(1, 'y');
drop function s25_first(anyarray);
drop function s25_coalesce2(anyelement, anyelement);
-- PL/pgSQL functions as job queues write them.
create function s25_next_job() returns int language plpgsql as $$ declare j int; begin select id into j from s25_jobs where state = 'created' order by priority desc, id limit 1; if j is null then return null; end if; update s25_jobs set state = 'active' where id = j; perform pg_notify('s25_jobs', j::text); return j; end $$;
select s25_next_job();
select s25_next_job();
-- params: []
select s25_next_job();
select id, state from s25_jobs order by id;
create function s25_names(states text[]) returns setof text language plpgsql as $$ declare s text; begin foreach s in array states loop return query select name from s25_jobs where state = s order by id; end loop; end $$;
select * from s25_names(array['active', 'created']);
create function s25_insert_job(n text, k text) returns text language plpgsql as $$ begin insert into s25_jobs (name, singleton_key) values (n, k); return 'inserted'; exception when unique_violation then return 'duplicate'; end $$;
-- @must
select s25_insert_job('email2', 'e1');
select s25_insert_job('fresh', 'f1');
-- params: ["e1"]
select s25_insert_job('dup', $1);
-- params: ["again", "f1"]
select s25_insert_job($1, $2);
create function s25_retry(j int) returns int language plpgsql as $$ declare n int; begin update s25_jobs set retry_count = retry_count + 1 where id = j or j is null; get diagnostics n = row_count; return n; end $$;
select s25_retry(1);
select s25_retry(null);
-- params: [2]
select s25_retry($1);
create function s25_fail(code text) returns void language plpgsql as $$ begin raise exception 'job failed: %', code using errcode = 'P0001', hint = 'retry later'; end $$;
select s25_fail('boom');
create function s25_check(p int) returns int language plpgsql as $$ begin if p < 0 then raise exception using errcode = '22023', message = 'priority must be >= 0'; end if; return p; end $$;
select s25_check(3);
select s25_check(-1);
-- params: [-5]
select s25_check($1);
-- Transition tables in statement-level audit triggers.
create table s25_audit (id serial primary key, op text, n int, ids text);
create function s25_audit_ins() returns trigger language plpgsql as $$ begin insert into s25_audit (op, n, ids) select TG_OP, count(*), string_agg(id::text, ',' order by id) from new_rows; return null; end $$;
create trigger s25_jobs_ins after insert on s25_jobs referencing new table as new_rows for each statement execute function s25_audit_ins();
insert into s25_jobs (name) values ('a1'), ('a2');
select op, n from s25_audit order by id;
drop trigger if exists s25_jobs_ins on s25_jobs;
-- CREATE OR REPLACE while a trigger uses the function.
create function s25_on_update() returns trigger language plpgsql as $$ begin insert into s25_log (what, n) values ('v1', new.id); return new; end $$;
create trigger s25_jobs_upd after update on s25_jobs for each row execute function s25_on_update();
update s25_jobs set priority = priority where id = 1;
create or replace function s25_on_update() returns trigger language plpgsql as $$ begin insert into s25_log (what, n) values ('v2', new.id); return new; end $$;
update s25_jobs set priority = priority where id = 2;
-- @must
select what, n from s25_log order by id;
drop function s25_on_update();
drop trigger s25_jobs_upd on s25_jobs;
drop function s25_on_update();
-- Wrong inputs.
select s25_nosuch(1);
create function s25_bad(int) returns int language sql as $$ select $2 $$;
create function s25_bad2() returns int language sql as $$ select 'x' $$;
drop function s25_nosuch(int);
drop function if exists s25_nosuch(int);
call s25_nosuch();
select s25_split();
select s25_split('a', 'b');
create function s25_split(full_name text, out first_name text, out last_name text) language sql as $$ select '', '' $$;
select proname, pronargs, prorettype::regtype, proretset from pg_proc where proname like 's25%' order by 1;
select routine_name, routine_type, data_type from information_schema.routines where routine_name like 's25%' order by 1;
-- Clean up.
drop procedure s25_bump;
drop procedure s25_counts;
drop function s25_split;
drop function s25_pending(int);
drop function s25_next_job();
drop function s25_names(text[]);
drop function s25_insert_job(text, text);
drop function s25_retry(int);
drop function s25_fail(text);
drop function s25_check(int);
drop table s25_jobs;
drop function s25_audit_ins();
drop table s25_audit;
drop table s25_log;
