-- Functions and procedures as applications' migrations create them (the twenty-third session):
-- parameter defaults and named arguments, OUT/INOUT parameters and RETURNS TABLE, functions in a
-- schema, CREATE OR REPLACE, DROP with and without argument types, VARIADIC, overloading,
-- procedures and CALL, statement-level triggers, and the catalogs that list them. Names s23_.
create table s23_accounts (id int primary key, owner text not null, balance numeric(12,2) not null default 0);
insert into s23_accounts values (1, 'ann', 100), (2, 'bob', 50.5), (3, 'cy', 0);
-- Parameter defaults and calls that omit them.
create function s23_add(a int, b int default 3) returns int language sql immutable as $$ select a + b $$;
select s23_add(1);
select s23_add(1, 10);
select s23_add(a => 1);
select s23_add(b => 5, a => 2);
select s23_add(a := 4, b := 4);
select s23_add(1, b => 7);
select s23_add(b => 7);
select s23_add(c => 1);
select s23_add();
select s23_add(1, 2, 3);
select s23_add(null);
select s23_add(null, null);
-- params: [5]
select s23_add($1);
-- params: [5, 6]
select s23_add(a => $1, b => $2);
create function s23_greet(name text, greeting text default 'hello', punct text = '!') returns text language sql as $$ select greeting || ', ' || name || punct $$;
select s23_greet('ann');
select s23_greet('ann', 'hi');
-- params: ["zed"]
select s23_greet($1);
-- params: ["zed", null]
select s23_greet($1, $2);
select s23_greet('ann', punct => '?');
select s23_greet(greeting => 'hey', name => 'bob');
select owner, s23_greet(owner) from s23_accounts order by id;
create function s23_bad_default(a int default 1, b int) returns int language sql as $$ select a + b $$;
create function s23_bad_default2(a int default 'x') returns int language sql as $$ select a $$;
create function s23_fee(amount numeric, rate numeric default 0.015) returns numeric language sql immutable return round(amount * rate, 2);
select s23_fee(1000);
select s23_fee(1000, 0.02);
-- params: ["250.50"]
select s23_fee($1);
select id, s23_fee(balance) from s23_accounts order by id;
-- OUT and INOUT parameters, RETURNS TABLE.
create function s23_split(full_name text, out first text, out last text) language sql as $$ select split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $$;
select * from s23_split('ada lovelace');
select first from s23_split('alan turing');
-- params: ["edsger dijkstra"]
select * from s23_split($1);
select s23_split('grace hopper');
select (s23_split('grace hopper')).last;
select (s23_split('grace hopper')).*;
create function s23_minmax(out lo numeric, out hi numeric) language sql stable as $$ select min(balance), max(balance) from s23_accounts $$;
select * from s23_minmax();
select s23_minmax();
create function s23_double(inout x int) language sql as $$ select x * 2 $$;
select s23_double(21);
select * from s23_double(4);
create function s23_stats(min_balance numeric) returns table(n bigint, total numeric) language sql stable as $$ select count(*), sum(balance) from s23_accounts where balance >= min_balance $$;
select * from s23_stats(1);
select n from s23_stats(0);
-- params: ["60"]
select * from s23_stats($1);
select s23_stats(0);
select (s23_stats(0)).total;
create function s23_owners(min_id int default 1) returns table(id int, owner text) language sql stable as $$ select id, owner from s23_accounts where id >= min_id order by id $$;
select * from s23_owners();
select * from s23_owners(2);
select * from s23_owners(min_id => 3);
-- params: [2]
select * from s23_owners($1);
select count(*) from s23_owners();
-- Functions in a schema other than public.
create schema s23_app;
create function s23_app.tax(amount numeric) returns numeric language sql immutable as $$ select amount * 0.2 $$;
select s23_app.tax(100);
select tax(100);
set search_path = s23_app, public;
select tax(50);
-- params: ["10"]
select tax($1);
select s23_add(1);
reset search_path;
create function s23_app.s23_add(a int, b int default 100) returns int language sql as $$ select a + b + 1000 $$;
select s23_add(1);
select s23_app.s23_add(1);
set search_path = s23_app, public;
select s23_add(1);
reset search_path;
select n.nspname, p.proname, pg_get_function_arguments(p.oid) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where p.proname in ('tax', 's23_add') order by 1, 2;
drop function s23_app.s23_add(int, int);
create table s23_app.rates (code text primary key, pct numeric);
insert into s23_app.rates values ('std', 20), ('low', 5);
create function s23_app.rate(c text) returns numeric language sql stable as $$ select pct from s23_app.rates where code = c $$;
select s23_app.rate('std'), s23_app.rate('none');
drop schema s23_app;
drop schema s23_app cascade;
select s23_app.tax(1);
select count(*) from pg_proc where proname in ('tax', 'rate');
-- CREATE OR REPLACE changing the body.
create function s23_version() returns text language sql as $$ select 'v1' $$;
select s23_version();
create or replace function s23_version() returns text language sql as $$ select 'v2' $$;
select s23_version();
create function s23_version() returns text language sql as $$ select 'v3' $$;
create or replace function s23_version() returns int language sql as $$ select 3 $$;
select prosrc from pg_proc where proname = 's23_version';
create or replace function s23_add(a int, b int default 4) returns int language sql immutable as $$ select a + b $$;
select s23_add(1);
create or replace function s23_add(x int, b int default 4) returns int language sql immutable as $$ select x + b $$;
-- Overloading by argument types.
create function s23_fmt(v int) returns text language sql as $$ select 'int:' || v $$;
create function s23_fmt(v text) returns text language sql as $$ select 'text:' || v $$;
create function s23_fmt(v int, w int) returns text language sql as $$ select 'two:' || (v + w) $$;
select s23_fmt(1);
select s23_fmt('a');
select s23_fmt(1, 2);
-- params: [7]
select s23_fmt($1::int);
-- params: ["t"]
select s23_fmt($1::text);
select s23_fmt(1.5);
select s23_fmt('1'::text);
select s23_fmt(2::bigint);
select s23_fmt(id) from s23_accounts order by id;
select proname, pg_get_function_identity_arguments(oid) from pg_proc where proname = 's23_fmt' order by 2;
drop function s23_fmt;
drop function s23_fmt(numeric);
drop function if exists s23_fmt(numeric);
drop function s23_fmt(text);
select s23_fmt('a');
drop function s23_fmt(int, int);
drop function s23_fmt;
select s23_fmt(1);
drop function s23_fmt(int);
drop function s23_nothing;
drop function s23_nothing(int);
drop function if exists s23_nothing;
-- VARIADIC.
create function s23_total(variadic nums numeric[]) returns numeric language sql as $$ select sum(x) from unnest(nums) x $$;
select s23_total(1, 2, 3.5);
select s23_total(10);
select s23_total(variadic array[1, 2]);
-- params: ["{4,5,6}"]
select s23_total(variadic $1::numeric[]);
select s23_total();
create function s23_join(sep text, variadic parts text[]) returns text language sql as $$ select array_to_string(parts, sep) $$;
select s23_join('-', 'a', 'b', 'c');
select s23_join(', ', variadic array['x', 'y']);
-- params: ["/", "p", "q"]
select s23_join($1, $2, $3);
select pg_get_function_arguments('s23_join'::regproc);
-- Procedures and CALL.
create table s23_log (id serial primary key, msg text, at_step int);
create procedure s23_note(m text, step int default 0) language sql as $$ insert into s23_log (msg, at_step) values (m, step) $$;
call s23_note('first');
call s23_note('second', 2);
call s23_note(step => 3, m => 'third');
-- params: ["fourth", 4]
call s23_note($1, $2);
select msg, at_step from s23_log order by id;
call s23_note();
call s23_nothing();
select s23_note('x');
create procedure s23_transfer(src int, dst int, amt numeric) language sql as $$ update s23_accounts set balance = balance - amt where id = src; update s23_accounts set balance = balance + amt where id = dst $$;
call s23_transfer(1, 2, 25);
-- params: [2, 1, "0.5"]
call s23_transfer($1, $2, $3);
select id, balance from s23_accounts order by id;
begin;
call s23_transfer(2, 3, 10);
select id, balance from s23_accounts order by id;
rollback;
select id, balance from s23_accounts order by id;
call s23_transfer(3, 1, 'abc');
create procedure s23_counts(inout n bigint) language sql as $$ select count(*) from s23_log $$;
call s23_counts(null);
call s23_counts(0);
-- params: [null]
call s23_counts($1);
create procedure s23_plp(m text) language plpgsql as $$ begin insert into s23_log (msg) values (m); end $$;
call s23_plp('from plpgsql');
select count(*) from s23_log where msg = 'from plpgsql';
create procedure s23_commit_inside() language sql as $$ insert into s23_log (msg) values ('c'); commit $$;
create procedure s23_plp_commit() language plpgsql as $$ begin insert into s23_log (msg) values ('pc'); commit; end $$;
call s23_plp_commit();
begin;
call s23_plp_commit();
rollback;
select count(*) from s23_log where msg = 'pc';
create or replace procedure s23_note(m text, step int default 0) language sql as $$ insert into s23_log (msg, at_step) values (upper(m), step) $$;
call s23_note('replaced');
select msg from s23_log order by id desc limit 1;
drop function s23_note;
drop procedure s23_note;
drop procedure s23_note;
drop procedure if exists s23_note;
drop procedure s23_transfer(int, int, numeric);
-- Statement-level triggers.
create table s23_audit (tbl text, op text, n int);
create function s23_stmt_audit() returns trigger language plpgsql as $$ begin insert into s23_audit values (TG_TABLE_NAME, TG_OP, 0); return null; end $$;
create trigger s23_acc_stmt after insert or update or delete on s23_accounts for each statement execute function s23_stmt_audit();
insert into s23_accounts values (4, 'dee', 1), (5, 'eve', 2);
update s23_accounts set balance = balance + 1 where id > 100;
delete from s23_accounts where id = 5;
-- params: [1]
update s23_accounts set owner = owner where id = $1;
select tbl, op, n from s23_audit order by op;
create function s23_stmt_count() returns trigger language plpgsql as $$ begin insert into s23_audit select TG_TABLE_NAME, TG_OP, count(*) from new_rows; return null; end $$;
create trigger s23_acc_new after insert on s23_accounts referencing new table as new_rows for each statement execute function s23_stmt_count();
insert into s23_accounts values (6, 'fay', 1), (7, 'gus', 2);
select tbl, op, n from s23_audit where n > 0;
select tgname, tgtype from pg_trigger where tgname like 's23_acc%' order by 1;
select trigger_name, event_manipulation, action_orientation, action_timing from information_schema.triggers where trigger_name like 's23_acc%' order by 1, 2;
drop trigger s23_acc_new on s23_accounts;
drop trigger s23_acc_stmt on s23_accounts;
-- The catalogs.
select proname, prokind, pronargs, pronargdefaults, proretset, provolatile from pg_proc where proname like 's23%' order by proname, pronargs;
select proname, proargnames, proargmodes from pg_proc where proname in ('s23_split', 's23_double', 's23_stats', 's23_add') order by 1;
select pg_get_function_arguments(oid), pg_get_function_result(oid) from pg_proc where proname in ('s23_split', 's23_stats', 's23_greet') order by proname;
select routine_name, routine_type, data_type from information_schema.routines where routine_name like 's23%' order by 1, 2;
select p.specific_name like 's23_greet_%', p.ordinal_position, p.parameter_mode, p.parameter_name, p.data_type, p.parameter_default from information_schema.parameters p join information_schema.routines r using (specific_name) where r.routine_name = 's23_greet' order by 2;
select p.ordinal_position, p.parameter_mode, p.parameter_name from information_schema.parameters p join information_schema.routines r using (specific_name) where r.routine_name = 's23_split' order by 1;
-- params: ["s23_add"]
select proname, pronargs from pg_proc where proname = $1;
-- params: ["s23_split"]
select routine_name, data_type from information_schema.routines where routine_name = $1;
-- Cleanup.
drop function s23_add;
drop function s23_greet, s23_fee;
drop function s23_split, s23_minmax, s23_double, s23_stats, s23_owners, s23_version, s23_total, s23_join;
drop procedure if exists s23_counts, s23_plp, s23_commit_inside, s23_plp_commit;
drop function s23_stmt_audit, s23_stmt_count;
drop function if exists s23_bad_default, s23_bad_default2;
drop table s23_accounts, s23_log, s23_audit;
select count(*) from pg_proc where proname like 's23%';
