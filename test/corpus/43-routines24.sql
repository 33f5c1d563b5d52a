-- Functions, procedures and statement-level triggers as application migrations and audit setups write them (session 24).
create table s24_orders (id serial primary key, customer text not null, total numeric(10,2) not null default 0, status text default 'new');
create table s24_audit (id serial primary key, tbl text, op text, lvl text, tg_when text, note text);
create function s24_stmt_audit() returns trigger language plpgsql as $$ begin insert into s24_audit (tbl, op, lvl, tg_when) values (TG_TABLE_NAME, TG_OP, TG_LEVEL, TG_WHEN); return null; end $$;
-- @must
create trigger s24_orders_stmt after insert or update or delete on s24_orders for each statement execute function s24_stmt_audit();
insert into s24_orders (customer, total) values ('ann', 10), ('bob', 20);
update s24_orders set status = 'paid' where customer = 'ann';
update s24_orders set status = 'void' where customer = 'nobody';
delete from s24_orders where customer = 'nobody';
-- @must
select tbl, op, lvl, tg_when from s24_audit order by id;
-- params: ["cy", "30.50"]
insert into s24_orders (customer, total) values ($1, $2);
-- params: ["cy"]
delete from s24_orders where customer = $1;
select op, count(*) from s24_audit group by op order by op;
insert into s24_orders (customer, total) values ('dan', 5) returning id, customer;
update s24_orders set total = total + 1 where customer = 'dan' returning total;
select count(*) from s24_audit;
begin;
insert into s24_orders (customer) values ('eve');
rollback;
select count(*) from s24_audit;
insert into s24_orders (customer, total) values (null, 1);
select count(*) from s24_audit;
select tgname, tgtype, tgenabled from pg_trigger where tgname like 's24%' order by 1;
select trigger_name, event_manipulation, action_orientation, action_timing, action_statement from information_schema.triggers where trigger_name like 's24%' order by 1, 2;
select pg_get_triggerdef(oid) from pg_trigger where tgname = 's24_orders_stmt';
create function s24_before_stmt() returns trigger language plpgsql as $$ begin if TG_OP = 'DELETE' then raise exception 'deletes from % are not allowed', TG_TABLE_NAME; end if; insert into s24_audit (tbl, op, lvl, tg_when, note) values (TG_TABLE_NAME, TG_OP, TG_LEVEL, TG_WHEN, 'before'); return null; end $$;
create trigger s24_orders_guard before insert or delete on s24_orders for each statement execute function s24_before_stmt();
delete from s24_orders where id = 1;
select count(*) from s24_orders;
insert into s24_orders (customer) values ('fay');
select op, tg_when, note from s24_audit order by id desc limit 2;
alter table s24_orders disable trigger s24_orders_guard;
delete from s24_orders where customer = 'fay';
alter table s24_orders enable trigger s24_orders_guard;
drop trigger s24_orders_guard on s24_orders;
drop trigger if exists s24_orders_guard on s24_orders;
create trigger s24_orders_stmt after insert on s24_orders for each statement execute function s24_stmt_audit();
create or replace trigger s24_orders_stmt after insert or delete on s24_orders for each statement execute function s24_stmt_audit();
update s24_orders set status = 'x' where id < 0;
select count(*) from s24_audit where op = 'UPDATE';
create function s24_truncate_audit() returns trigger language plpgsql as $$ begin insert into s24_audit (op) values ('T'); return null; end $$;
create trigger s24_orders_trunc after truncate on s24_orders for each statement execute function s24_truncate_audit();
create trigger s24_orders_new after insert on s24_orders referencing new table as new_rows for each statement execute function s24_stmt_audit();
create trigger s24_orders_old after delete on s24_orders referencing old table as old_rows for each row execute function s24_stmt_audit();
create trigger s24_orders_bad after insert on s24_orders for each statement execute function s24_nothing();
create table s24_items (id int primary key, qty int);
create function s24_count_items() returns trigger language plpgsql as $$ declare n int; begin select count(*) into n from s24_items; insert into s24_audit (tbl, op, note) values (TG_TABLE_NAME, TG_OP, 'rows=' || n); return null; end $$;
create trigger s24_items_count after insert or delete on s24_items for each statement execute function s24_count_items();
insert into s24_items values (1, 1), (2, 2), (3, 3);
delete from s24_items where id = 2;
-- params: [4, 4]
insert into s24_items values ($1, $2);
select note from s24_audit where tbl = 's24_items' order by id;
insert into s24_items values (1, 1);
select note from s24_audit where tbl = 's24_items' order by id;
insert into s24_items values (5, 5) on conflict (id) do update set qty = excluded.qty;
drop table s24_items;
select count(*) from pg_trigger where tgname = 's24_items_count';
-- overloading as migrations write it
create function s24_fmt(v int) returns text language sql as $$ select 'int:' || v $$;
create function s24_fmt(v text) returns text language sql as $$ select 'text:' || v $$;
select s24_fmt(1);
select s24_fmt('a'::text);
drop function s24_fmt;
drop function s24_fmt(text);
drop function if exists s24_fmt(int);
-- plpgsql procedures as migrations write them
create procedure s24_archive(days int) language plpgsql as $$ begin delete from s24_orders where status = 'void'; insert into s24_audit (op, note) values ('ARCHIVE', 'days=' || days); end $$;
call s24_archive(30);
-- params: [7]
call s24_archive($1);
select note from s24_audit where op = 'ARCHIVE' order by id;
create procedure s24_bump(inout n int) language plpgsql as $$ begin n := n + 1; end $$;
call s24_bump(41);
create procedure s24_count_orders(inout n bigint) language sql as $$ select count(*) from s24_orders $$;
call s24_count_orders(null);
drop procedure if exists s24_bump;
drop procedure if exists s24_count_orders;
drop procedure if exists s24_archive;
select tbl, op, lvl, tg_when, note from s24_audit order by id;
drop trigger s24_orders_stmt on s24_orders;
drop trigger s24_orders_stmt on s24_orders;
drop function s24_stmt_audit();
drop function s24_before_stmt();
drop function s24_truncate_audit();
drop function s24_count_items();
drop table s24_orders;
drop table s24_audit;
