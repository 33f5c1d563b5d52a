-- Row triggers with PL/pgSQL trigger functions (the thirteenth session): BEFORE triggers that
-- assign NEW's fields, skip a row or raise; AFTER triggers that write an audit table and keep
-- counters; WHEN conditions, UPDATE OF, firing order by name, ON CONFLICT, INSERT … SELECT,
-- RETURNING, the catalog (pg_trigger, pg_get_triggerdef), DROP TRIGGER and DROP FUNCTION.
-- Tables are prefixed t13_. Function bodies are written on one line: the corpus ends a
-- statement at a line ending in a semicolon.
create table t13_items (id int primary key, name text not null, qty int default 0, price numeric(10,2) default 1.50, updated text default 'never', version int default 1);
create table t13_audit (n serial primary key, item int, op text, old_qty int, new_qty int, who text);
create table t13_totals (k text primary key, items int not null default 0, qty int not null default 0);
insert into t13_totals values ('all', 0, 0);
create function t13_touch() returns trigger language plpgsql as $$ begin new.updated := 'touched'; new.version := old.version + 1; return new; end $$;
create trigger t13_items_touch before update on t13_items for each row execute function t13_touch();
create function t13_log() returns trigger language plpgsql as $$ begin if tg_op = 'DELETE' then insert into t13_audit(item, op, old_qty, who) values (old.id, tg_op, old.qty, tg_table_name || '/' || tg_when); return old; elsif tg_op = 'UPDATE' then insert into t13_audit(item, op, old_qty, new_qty, who) values (new.id, tg_op, old.qty, new.qty, tg_name); else insert into t13_audit(item, op, new_qty, who) values (new.id, tg_op, new.qty, tg_level); end if; return new; end $$;
create trigger t13_items_log after insert or update or delete on t13_items for each row execute procedure t13_log();
create function t13_count() returns trigger language plpgsql as $$ begin if tg_op = 'INSERT' then update t13_totals set items = items + 1, qty = qty + new.qty where k = 'all'; elsif tg_op = 'DELETE' then update t13_totals set items = items - 1, qty = qty - old.qty where k = 'all'; else update t13_totals set qty = qty - old.qty + new.qty where k = 'all'; end if; return null; end $$;
create trigger t13_items_count after insert or update or delete on t13_items for each row execute function t13_count();
-- @must
insert into t13_items (id, name, qty) values (1, 'apple', 5), (2, 'pear', 7) returning *;
-- @must
update t13_items set qty = qty + 1 where id = 1 returning id, qty, updated, version;
update t13_items set name = 'Pear' where id = 2;
update t13_items set qty = 0 where id = 99;
delete from t13_items where id = 2 returning id, name;
-- @must
select * from t13_items order by id;
-- @must
select n, item, op, old_qty, new_qty, who from t13_audit order by n;
select * from t13_totals;
create function t13_check() returns trigger language plpgsql as $$ begin if new.qty < 0 then raise exception 'quantity % of item % is negative', new.qty, new.name using errcode = 'check_violation', hint = 'Give zero or more.'; end if; if new.qty > 1000 then return null; end if; return new; end $$;
create trigger t13_items_check before insert or update on t13_items for each row execute function t13_check();
insert into t13_items (id, name, qty) values (3, 'plum', -1);
insert into t13_items (id, name, qty) values (4, 'fig', 1), (5, 'kiwi', -3);
insert into t13_items (id, name, qty) values (6, 'date', 5000), (7, 'lime', 2) returning id, name;
update t13_items set qty = -2 where id = 1;
update t13_items set qty = 2000 where id = 1;
select id, name, qty, version from t13_items order by id;
select count(*) from t13_audit;
select * from t13_totals;
-- BEFORE triggers fire in name order: a_ before b_, each seeing the other's assignments.
create function t13_upper() returns trigger language plpgsql as $$ begin new.name := upper(new.name); return new; end $$;
create function t13_suffix() returns trigger language plpgsql as $$ begin new.name := new.name || '!'; if new.qty is null then new.qty := 42; end if; return new; end $$;
create trigger b_suffix before insert on t13_items for each row execute function t13_suffix();
create trigger a_upper before insert on t13_items for each row execute function t13_upper();
insert into t13_items (id, name, qty) values (10, 'melon', null), (11, 'berry', 3) returning id, name, qty;
insert into t13_items (id, name) select 20 + g, 'x' || g from generate_series(1, 3) g returning id, name, qty;
insert into t13_items (id, name) values (30, 'grape') on conflict (id) do nothing returning name;
insert into t13_items (id, name, qty) values (10, 'again', 1) on conflict (id) do update set qty = t13_items.qty + excluded.qty returning id, name, qty, updated, version;
-- WHEN and UPDATE OF: the trigger fires only for the rows and columns it names.
create table t13_prices (id int primary key, price numeric(10,2), changed int default 0, note text default '');
create function t13_bump() returns trigger language plpgsql as $$ begin new.changed := old.changed + 1; return new; end $$;
create trigger t13_prices_bump before update of price on t13_prices for each row when (old.price is distinct from new.price) execute function t13_bump();
insert into t13_prices (id, price) values (1, 10), (2, 20);
update t13_prices set price = 10 where id = 1;
update t13_prices set price = 25 where id = 2;
update t13_prices set note = 'x';
update t13_prices set price = price * 2, note = 'y' where id = 1 returning *;
select * from t13_prices order by id;
-- NEW IS DISTINCT FROM OLD, and a function that ends without RETURN.
create table t13_rows (id int primary key, a int, b text, seen int default 0);
create function t13_changed() returns trigger language plpgsql as $$ begin if new is distinct from old then new.seen := old.seen + 1; end if; return new; end $$;
create trigger t13_rows_changed before update on t13_rows for each row execute function t13_changed();
insert into t13_rows (id, a, b) values (1, 1, 'x');
update t13_rows set a = 1;
update t13_rows set b = null;
select * from t13_rows;
create function t13_noreturn() returns trigger language plpgsql as $$ begin if new.a > 100 then return new; end if; end $$;
create trigger t13_rows_noreturn before insert on t13_rows for each row execute function t13_noreturn();
insert into t13_rows (id, a) values (2, 500);
insert into t13_rows (id, a) values (3, 5);
select id, a from t13_rows order by id;
-- TRUNCATE and ALTER COLUMN … TYPE rewrite rows without firing triggers.
create table t13_tr (id int primary key, v int);
create table t13_tr_log (what text);
create function t13_tr_log() returns trigger language plpgsql as $$ begin insert into t13_tr_log values (tg_op); return null; end $$;
create trigger t13_tr_log after insert or update or delete on t13_tr for each row execute function t13_tr_log();
insert into t13_tr values (1, 1), (2, 2);
alter table t13_tr alter column v type bigint;
update t13_tr set v = v + 1 where id = 1;
truncate t13_tr;
select what, count(*) from t13_tr_log group by what order by what;
-- The catalog.
select tgname, tgtype, tgenabled, tgisinternal, tgnargs from pg_trigger where tgrelid = 't13_items'::regclass order by tgname;
select pg_get_triggerdef(oid) from pg_trigger where tgname = 't13_prices_bump';
select pg_get_triggerdef(oid, true) from pg_trigger where tgname = 't13_prices_bump';
select relhastriggers from pg_class where relname in ('t13_items', 't13_audit') order by relname;
select proname, prorettype::regtype, l.lanname from pg_proc p join pg_language l on l.oid = p.prolang where proname = 't13_touch';
select p.proname from pg_trigger t join pg_proc p on p.oid = t.tgfoid where t.tgname = 't13_items_log';
-- Errors.
create trigger t13_items_touch before update on t13_items for each row execute function t13_touch();
create trigger t13_x before update on t13_nope for each row execute function t13_touch();
create trigger t13_x before update on t13_items for each row execute function t13_nope();
select t13_touch();
drop function t13_touch();
drop trigger t13_nope on t13_items;
drop trigger if exists t13_nope on t13_items;
drop trigger t13_items_touch on t13_items;
update t13_items set qty = 3 where id = 1 returning updated, version;
drop function t13_log() cascade;
insert into t13_items (id, name, qty) values (40, 'last', 1);
select count(*) from t13_audit;
select tgname from pg_trigger where tgrelid = 't13_items'::regclass order by tgname;
-- CREATE OR REPLACE FUNCTION changes what the triggers that call it do.
create or replace function t13_upper() returns trigger language plpgsql as $$ begin new.name := lower(new.name); return new; end $$;
insert into t13_items (id, name, qty) values (41, 'MiXeD', 1) returning name;
drop table t13_items;
select count(*) from pg_trigger where tgname like 't13_items%';
-- ALTER TRIGGER … RENAME, ENABLE/DISABLE TRIGGER, CREATE OR REPLACE TRIGGER, information_schema.triggers.
create table t13_tt (id int primary key, v int, note text);
create function t13_tt_f() returns trigger language plpgsql as $$ begin new.note := 'set'; return new; end $$;
create trigger t13_tt_t before insert on t13_tt for each row execute function t13_tt_f();
alter trigger t13_tt_t on t13_tt rename to t13_tt_t2;
alter table t13_tt disable trigger t13_tt_t2;
alter table t13_tt enable trigger all;
select event_object_table, trigger_name, event_manipulation, action_timing, action_orientation, action_statement from information_schema.triggers where trigger_name like 't13_t%' order by 2, 3;
create or replace trigger t13_tt_t2 after insert on t13_tt for each row execute function t13_tt_f();
insert into t13_tt values (1, 1) returning *;
drop table t13_tt cascade;
select count(*) from pg_trigger where tgname like 't13_tt%';
select count(*) from pg_proc where proname = 't13_tt_f';
create table t13_t7 (id int primary key, v int, note text);
create function t13_t7_f() returns trigger language plpgsql as $$ begin new.note := 'set'; return new; end $$;
create trigger t13_t7_a before insert on t13_t7 for each row execute function t13_t7_f();
create trigger t13_t7_b after insert or delete on t13_t7 for each row when (1 = 1) execute function t13_t7_f();
alter table t13_t7 disable trigger t13_t7_a;
insert into t13_t7 values (1, 1) returning *;
select tgname, tgenabled from pg_trigger where tgname like 't13_t7%' order by 1;
alter table t13_t7 enable trigger user;
insert into t13_t7 values (2, 1) returning *;
alter table t13_t7 disable trigger all;
insert into t13_t7 values (3, 1) returning *;
alter table t13_t7 enable trigger all;
select event_object_table, trigger_name, event_manipulation, action_order, action_condition, action_timing, action_orientation, action_statement from information_schema.triggers where trigger_name like 't13_t%' order by 2, 3;
alter trigger t13_t7_b on t13_t7 rename to t13_t7_a;
alter trigger nope on t13_t7 rename to x;
-- A generic audit trigger: to_jsonb(OLD), row_to_json(coalesce(NEW, OLD)), RETURN coalesce(NEW, OLD), NEW.* and OLD.*.
create table t13_acc (id int primary key, owner text, balance numeric(10,2), tags text[]);
create table t13_acc_history (id int, owner text, balance numeric(10,2), tags text[]);
create table t13_changes (n serial primary key, tbl text, op text, before jsonb, after jsonb, j json);
create function t13_audit_all() returns trigger language plpgsql as $$ begin insert into t13_changes (tbl, op, before, after, j) values (tg_table_name, tg_op, to_jsonb(old), to_jsonb(new), row_to_json(coalesce(new, old))); return coalesce(new, old); end $$;
create function t13_keep() returns trigger language plpgsql as $$ begin insert into t13_acc_history values (old.*); insert into t13_acc_history select new.*; return new; end $$;
create trigger t13_acc_audit after insert or update or delete on t13_acc for each row execute function t13_audit_all();
create trigger t13_acc_keep before update on t13_acc for each row execute function t13_keep();
insert into t13_acc values (1, 'ann', 10.50, '{a,b}'), (2, 'bob', 0, null);
update t13_acc set balance = balance + 1 where id = 1;
delete from t13_acc where id = 2;
select n, tbl, op, before, after, j from t13_changes order by n;
select * from t13_acc_history;
-- DROP FUNCTION … CASCADE of a function two triggers of one table call.
create table t13_two (id int primary key, a int, b int);
create function t13_two_f() returns trigger language plpgsql as $$ begin new.b := coalesce(new.a, 0) * 2; return new; end $$;
create trigger t13_two_1 before insert on t13_two for each row execute function t13_two_f();
create trigger t13_two_2 before update on t13_two for each row execute function t13_two_f();
insert into t13_two (id, a) values (1, 5) returning *;
update t13_two set a = 7 returning *;
drop function t13_two_f();
drop function t13_two_f() cascade;
insert into t13_two (id, a) values (2, 5) returning *;
select count(*) from pg_trigger where tgname like 't13_two%';
-- DECLARE'd variables: defaults, := and SELECT … INTO, read by assignments, RAISE and statements.
create table v13_lists (id int primary key, name text, items int default 0, cap int default 3);
create table v13_items (id int primary key, list_id int, label text, pos int, note text);
insert into v13_lists (id, name) values (1, 'groceries'), (2, 'chores');
create function v13_item_check() returns trigger language plpgsql as $$ declare n int; lim int := 3; tag text; begin select count(*) into n from v13_items where list_id = new.list_id; select cap into lim from v13_lists where id = new.list_id; if n >= lim then raise exception 'list % is full (% of %)', new.list_id, n, lim; end if; tag := upper(new.label) || '#' || (n + 1); new.pos := n + 1; new.note := tag; return new; end $$;
create trigger v13_item_check before insert on v13_items for each row execute function v13_item_check();
create function v13_item_count() returns trigger language plpgsql as $$ declare delta int; begin if tg_op = 'INSERT' then delta := 1; else delta := -1; end if; update v13_lists set items = items + delta where id = coalesce(new.list_id, old.list_id); return null; end $$;
create trigger v13_item_count after insert or delete on v13_items for each row execute function v13_item_count();
insert into v13_items (id, list_id, label) values (1, 1, 'milk') returning *;
insert into v13_items (id, list_id, label) values (2, 1, 'eggs') returning *;
insert into v13_items (id, list_id, label) values (3, 1, 'tea'), (4, 2, 'dishes') returning *;
insert into v13_items (id, list_id, label) values (5, 1, 'jam');
delete from v13_items where id = 4;
select * from v13_lists order by id;
select * from v13_items order by id;
-- Triggers on a table of another schema.
create schema app13;
create table app13.t (id int primary key, v int, at text);
create function app13_touch() returns trigger language plpgsql as $$ begin new.at := 'x' || new.v; return new; end $$;
create trigger t_touch before insert or update on app13.t for each row execute function app13_touch();
insert into app13.t values (1, 5) returning *;
select tgname, tgrelid::regclass from pg_trigger where tgname like 't_touch%';
drop trigger t_touch on app13.t;
insert into app13.t values (2, 5) returning *;
create trigger t_touch2 before insert on app13.t for each row execute function app13_touch();
alter trigger t_touch2 on app13.t rename to t_touch3;
alter table app13.t disable trigger t_touch3;
insert into app13.t values (3, 5) returning *;
select tgname, tgenabled from pg_trigger where tgname like 't_touch%';
-- RAISE NOTICE, WARNING and INFO reach the client; LOG and DEBUG do not.
create table n13_t (id int primary key, v int);
create function n13_say() returns trigger language plpgsql as $$ begin raise notice 'row % becomes %', new.id, new.v; if new.v > 10 then raise warning 'big value %', new.v using hint = 'Keep it small.'; end if; raise info 'info %', tg_op; raise log 'not sent'; raise debug 'nor this'; return new; end $$;
create trigger n13_say before insert or update on n13_t for each row execute function n13_say();
insert into n13_t values (1, 5), (2, 50);
update n13_t set v = v + 1 where id = 1;
begin;
insert into n13_t values (3, 1);
commit;
select * from n13_t order by id;
