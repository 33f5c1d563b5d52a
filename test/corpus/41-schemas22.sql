-- The twenty-second session's sweep of applications with several schemas: schema-per-tenant SaaS,
-- app/audit/reporting schemas, ORMs' multi-schema introspection, search_path per session. Schemas
-- are named s22_*; the file drops what it makes and resets search_path.
-- @must
create schema s22_app;
create schema s22_audit authorization postgres;
create schema if not exists s22_audit;
create schema if not exists s22_reporting;
create schema s22_app;
create schema s22_t1;
create schema s22_t2;
-- @must
create table s22_app.users (id bigserial primary key, email text not null unique, name text, created_at timestamptz not null default now());
create table s22_app.orgs (id serial primary key, name text not null);
create table s22_t1.users (id serial primary key, email text not null, org_id int);
create table s22_t2.users (id serial primary key, email text not null, org_id int);
create index idx_users_email on s22_t1.users (email);
create index idx_users_email on s22_t2.users (email);
create index idx_users_email on s22_t2.users (org_id);
create unique index if not exists idx_users_email on s22_t1.users (email);
select schemaname, tablename, indexname, indexdef from pg_indexes where schemaname in ('s22_app', 's22_t1', 's22_t2') order by schemaname, tablename, indexname;
select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'i' and n.nspname like 's22%' order by 1, 2;
-- params: []
select conname, conrelid::regclass::text, contype from pg_constraint where connamespace in (select oid from pg_namespace where nspname like 's22%') order by 2, 1;
select table_schema, table_name, constraint_name, constraint_type from information_schema.table_constraints where table_schema like 's22%' and constraint_type in ('PRIMARY KEY', 'UNIQUE') order by 1, 2, 3;
-- @must
insert into s22_t1.users (email, org_id) values ('a@t1', 1), ('b@t1', 2);
insert into s22_t2.users (email, org_id) values ('a@t2', 1);
insert into s22_t1.users (id, email) values (1, 'dup@t1');
insert into s22_app.users (email, name) values ('ann@x', 'Ann'), ('bob@x', 'Bob');
insert into s22_app.users (email, name) values ('ann@x', 'Again');
insert into s22_app.users (email) values (null);
-- params: [1, "dup@t2"]
insert into s22_t2.users (id, email) values ($1, $2);
-- params: []
select * from s22_t1.users order by id;
select * from s22_t2.users order by id;
select u.email from s22_t1.users u join s22_t2.users v on v.org_id = u.org_id order by 1;
select count(*) from users;
select * from s22_t3.users;
select * from s22_t1.nosuch;
select pg_get_serial_sequence('s22_t1.users', 'id');
-- params: []
select pg_get_serial_sequence('s22_app.users', 'id');
select pg_get_serial_sequence('s22_app.orgs', 'id');
select pg_get_serial_sequence('s22_t1.users', 'email');
select pg_get_serial_sequence('s22_t1.nosuch', 'id');
select nextval('s22_t1.users_id_seq');
select currval('s22_t1.users_id_seq');
select setval('s22_t2.users_id_seq', 100);
-- params: []
insert into s22_t2.users (email) values ('c@t2') returning id;
select nextval('users_id_seq');
select nextval('s22_t9.users_id_seq');
-- params: ["s22_t1.users_id_seq"]
select nextval($1);
select sequence_schema, sequence_name, data_type from information_schema.sequences where sequence_schema like 's22%' order by 1, 2;
select schemaname, sequencename, last_value from pg_sequences where schemaname like 's22%' order by 1, 2;
create sequence s22_app.invoice_no start 1000 increment 10;
select nextval('s22_app.invoice_no'), nextval('s22_app.invoice_no');
select nextval('"s22_app".invoice_no');
-- params: []
select nextval('s22_app.invoice_no'::regclass);
create sequence s22_app.invoice_no;
create sequence if not exists s22_app.invoice_no;
create table s22_app.invoices (id int primary key default nextval('s22_app.invoice_no'), org_id int references s22_app.orgs (id), total numeric(10,2));
insert into s22_app.orgs (name) values ('acme'), ('globex');
insert into s22_app.invoices (org_id, total) values (1, 10.5), (2, 20) returning id, org_id, total;
insert into s22_app.invoices (org_id, total) values (99, 1);
delete from s22_app.orgs where id = 1;
select column_name, column_default from information_schema.columns where table_schema = 's22_app' and table_name = 'invoices' order by ordinal_position;
-- search_path per session
select current_schema(), current_schemas(false), current_schemas(true);
show search_path;
set search_path to s22_t1, public;
-- @must
show search_path;
-- params: []
select current_schema(), current_schemas(false), current_schemas(true);
select email from users order by id;
insert into users (email) values ('c@t1') returning id, email;
select currval('users_id_seq');
select count(*) from s22_t2.users;
set search_path = s22_t2;
select email from users order by id;
select current_schema();
set search_path = "$user", public;
show search_path;
-- params: []
select current_schema(), current_schemas(false);
select * from users;
set search_path to 's22_t1', 's22_app';
select email from users order by id;
select count(*) from orgs;
reset search_path;
show search_path;
-- SET LOCAL and SET inside a transaction
begin;
set local search_path to s22_t2;
select email from users order by id;
select current_schema();
commit;
select current_schema();
show search_path;
begin;
set search_path to s22_t1;
-- params: []
select count(*) from users;
rollback;
show search_path;
begin;
set search_path to s22_t1;
commit;
show search_path;
select count(*) from users;
reset search_path;
begin;
set local search_path = s22_t1, s22_app;
select count(*) from users;
savepoint sp;
set local search_path = s22_t2;
select count(*) from users;
rollback to savepoint sp;
select count(*) from users;
commit;
select current_schema();
select set_config('search_path', 's22_t2, public', false);
-- params: []
select current_schema();
select count(*) from users;
select set_config('search_path', 's22_t1', true);
select current_schema();
reset search_path;
select current_setting('search_path');
-- enums and domains outside public
create type s22_audit.level as enum ('info', 'warn', 'error');
create type s22_audit.level as enum ('x');
create domain s22_app.email as text check (value like '%@%');
create domain s22_app.positive as int check (value > 0) not null;
create table s22_audit.events (id bigserial primary key, at timestamptz default now(), lvl s22_audit.level not null default 'info', who s22_app.email, qty s22_app.positive default 1, msg text);
insert into s22_audit.events (lvl, who, msg) values ('warn', 'a@x', 'hello'), ('error', 'b@y', 'boom');
insert into s22_audit.events (lvl, who, msg) values ('fatal', 'a@x', 'bad level');
-- params: []
insert into s22_audit.events (lvl, who, msg) values ('info', 'nobody', 'bad email');
insert into s22_audit.events (lvl, qty) values ('info', 0);
insert into s22_audit.events (lvl, qty) values ('info', null);
-- params: ["error", "p@q", "param"]
insert into s22_audit.events (lvl, who, msg) values ($1, $2, $3) returning lvl, who, msg;
select id, lvl, who, qty, msg from s22_audit.events order by id;
select lvl, count(*) from s22_audit.events group by lvl order by lvl;
select id, lvl, who, qty, msg from s22_audit.events where lvl > 'info' order by id;
select 'warn'::s22_audit.level;
-- params: []
select 'nope'::s22_audit.level;
select 'x@y'::s22_app.email;
select 'xy'::s22_app.email;
select enum_range(null::s22_audit.level);
select unnest(enum_range(null::s22_audit.level))::text order by 1;
select pg_typeof(lvl)::text, pg_typeof(who)::text from s22_audit.events limit 1;
select t.typname, n.nspname, t.typtype from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname like 's22%' and t.typtype in ('e', 'd') order by 1;
-- params: []
select e.enumlabel from pg_enum e join pg_type t on t.oid = e.enumtypid join pg_namespace n on n.oid = t.typnamespace where n.nspname = 's22_audit' and t.typname = 'level' order by e.enumsortorder;
select domain_schema, domain_name, data_type from information_schema.domains where domain_schema like 's22%' order by 2;
select column_name, data_type, udt_schema, udt_name, domain_schema, domain_name from information_schema.columns where table_schema = 's22_audit' and table_name = 'events' order by ordinal_position;
alter type s22_audit.level add value 'debug' before 'info';
alter type s22_audit.level add value if not exists 'warn';
select enum_range(null::s22_audit.level);
select format_type(a.atttypid, a.atttypmod) from pg_attribute a where a.attrelid = 's22_audit.events'::regclass and a.attname in ('lvl', 'who') order by a.attnum;
set search_path to s22_audit, public;
select 'error'::level;
select count(*) from events where lvl = 'error';
create type level2 as enum ('a', 'b');
-- params: []
select n.nspname from pg_type t join pg_namespace n on n.oid = t.typnamespace where t.typname = 'level2';
drop type level2;
reset search_path;
select 'error'::level;
create table s22_app.accounts (id int primary key, contact s22_app.email, lvl s22_audit.level);
insert into s22_app.accounts values (1, 'c@d', 'warn');
insert into s22_app.accounts values (2, 'cd', 'warn');
drop domain s22_app.email;
drop type s22_audit.level;
-- same table name in two schemas, primary keys and unique names
create table s22_app.items (id int primary key, sku text unique, org int);
create table s22_reporting.items (id int primary key, sku text unique, qty int);
create table public.s22_items (id int primary key);
insert into s22_app.items values (1, 'A', 1), (2, 'B', 2);
insert into s22_reporting.items values (1, 'A', 5);
insert into s22_reporting.items values (1, 'Z', 5);
-- params: []
insert into s22_reporting.items values (2, 'A', 5);
insert into s22_app.items values (3, 'A', 1);
-- params: [1, "C", 1]
insert into s22_app.items values ($1, $2, $3);
select conname, contype from pg_constraint where conrelid = 's22_reporting.items'::regclass order by 1;
select conname, contype from pg_constraint where conrelid = 's22_app.items'::regclass order by 1;
select indexname from pg_indexes where tablename = 'items' and schemaname like 's22%' order by schemaname, indexname;
select a.sku, a.org, r.qty from s22_app.items a left join s22_reporting.items r using (sku) order by a.id;
select tc.table_schema, tc.constraint_name, kcu.column_name from information_schema.table_constraints tc join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema and kcu.table_name = tc.table_name where tc.table_name = 'items' and tc.table_schema like 's22%' order by 1, 2;
alter table s22_reporting.items drop constraint items_sku_key;
-- params: []
insert into s22_reporting.items values (2, 'A', 5);
insert into s22_app.items values (4, 'A', 1);
alter table s22_reporting.items add constraint items_qty_check check (qty >= 0);
alter table s22_app.items add constraint items_org_check check (org > 0);
insert into s22_reporting.items values (3, 'Q', -1);
insert into s22_app.items values (5, 'Q', 0);
create index items_org_idx on s22_app.items (org);
create index items_org_idx on s22_reporting.items (qty);
drop index s22_reporting.items_org_idx;
drop index items_org_idx;
drop index s22_app.items_org_idx;
alter index s22_app.items_sku_key rename to items_sku_uq;
select indexname from pg_indexes where schemaname = 's22_app' and tablename = 'items' order by 1;
-- cross-schema foreign keys
create table s22_audit.logins (id serial primary key, user_id bigint not null references s22_app.users (id) on delete cascade, at timestamptz default now());
insert into s22_audit.logins (user_id) values (1), (1), (2);
insert into s22_audit.logins (user_id) values (42);
-- params: []
delete from s22_app.users where id = 1;
select user_id, count(*) from s22_audit.logins group by 1 order by 1;
select conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = 's22_audit.logins'::regclass order by 1;
select tc.constraint_name, ccu.table_schema, ccu.table_name, ccu.column_name from information_schema.table_constraints tc join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema where tc.table_schema = 's22_audit' and tc.constraint_type = 'FOREIGN KEY';
select rc.constraint_schema, rc.constraint_name, rc.unique_constraint_schema, rc.unique_constraint_name, rc.delete_rule from information_schema.referential_constraints rc where rc.constraint_schema = 's22_audit';
drop table s22_app.users;
-- views and functions in schemas
create view s22_reporting.user_counts as select 't1' as tenant, count(*) as n from s22_t1.users union all select 't2', count(*) from s22_t2.users;
select * from s22_reporting.user_counts order by 1;
create view s22_reporting.item_view as select id, sku from s22_app.items where org = 1;
select * from s22_reporting.item_view order by id;
-- params: []
select table_schema, table_name from information_schema.views where table_schema like 's22%' order by 2;
select schemaname, viewname from pg_views where schemaname like 's22%' order by 2;
select pg_get_viewdef('s22_reporting.item_view'::regclass);
set search_path to s22_reporting;
select * from item_view order by id;
select n from user_counts where tenant = 't2';
reset search_path;
create function s22_app.user_count() returns bigint language sql as $$ select count(*) from s22_t1.users $$;
select s22_app.user_count();
create function s22_app.double_it(x int) returns int language sql immutable as 'select x * 2';
select s22_app.double_it(21);
-- params: []
select double_it(21);
set search_path = s22_app, public;
select double_it(4);
reset search_path;
create or replace function s22_audit.log_change() returns trigger language plpgsql as $$ begin insert into s22_audit.events (msg) values (tg_table_schema || '.' || tg_table_name || ':' || tg_op); return new; end $$;
create trigger items_log after insert on s22_app.items for each row execute function s22_audit.log_change();
insert into s22_app.items values (10, 'T', 1);
select msg from s22_audit.events where msg like 's22%' order by id;
select routine_schema, routine_name from information_schema.routines where routine_schema like 's22%' order by 2;
select n.nspname, p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname like 's22%' order by 2;
drop function s22_app.double_it(int);
drop function s22_app.double_it(int);
-- ORM introspection (Django, Rails, Prisma, SQLAlchemy shapes)
select c.relname, case c.relkind when 'r' then 't' when 'v' then 'v' when 'm' then 'm' when 'p' then 'p' end from pg_catalog.pg_class c left join pg_catalog.pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'v', 'm', 'p') and n.nspname = 's22_app' order by 1;
-- params: []
select table_name from information_schema.tables where table_schema = 's22_t1' and table_type = 'BASE TABLE' order by 1;
select table_schema, table_name, table_type from information_schema.tables where table_schema in ('s22_app', 's22_audit', 's22_reporting') order by 1, 2;
select c.relname as table_name from pg_class c inner join pg_namespace n on n.oid = c.relnamespace where n.nspname = any(array['s22_t1', 's22_t2']) and c.relkind = 'r' order by n.nspname, 1;
-- params: ["s22_app"]
select table_name from information_schema.tables where table_schema = $1 order by 1;
-- params: [["s22_t1", "s22_t2"]]
select n.nspname as schema, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = any($1) and c.relkind = 'r' order by 1, 2;
select nspname from pg_namespace where nspname !~ '^pg_' and nspname <> 'information_schema' and nspname like 's22%' order by 1;
select schema_name, schema_owner from information_schema.schemata where schema_name like 's22%' order by 1;
select a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 's22_t2' and c.relname = 'users' and a.attnum > 0 and not a.attisdropped order by a.attnum;
select i.relname as index_name, ix.indisunique, ix.indisprimary from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid join pg_namespace n on n.oid = t.relnamespace where n.nspname = 's22_t2' and t.relname = 'users' order by 1;
-- params: []
select 's22_t1.users'::regclass::oid = 's22_t2.users'::regclass::oid;
select 's22_t1.users'::regclass;
select 's22_t9.users'::regclass;
select to_regclass('s22_t1.users')::text, to_regclass('s22_t9.users')::text, to_regclass('users')::text;
select 's22_app.items'::regclass::text;
set search_path = s22_app, public;
select 'items'::regclass::text, 's22_app.items'::regclass::text;
reset search_path;
select relname, relnamespace::regnamespace::text from pg_class where relname = 'items' and relnamespace::regnamespace::text like 's22%' order by 2;
-- params: []
select obj_description('s22_app'::regnamespace, 'pg_namespace');
comment on schema s22_app is 'application tables';
select obj_description('s22_app'::regnamespace, 'pg_namespace');
comment on table s22_app.items is 'catalog items';
select obj_description('s22_app.items'::regclass, 'pg_class');
select has_schema_privilege('s22_app', 'USAGE'), has_table_privilege('s22_app.items', 'SELECT');
-- ALTER TABLE … SET SCHEMA, ALTER SCHEMA RENAME
create table s22_app.moving (id serial primary key, v text);
insert into s22_app.moving (v) values ('x');
alter table s22_app.moving set schema s22_reporting;
select * from s22_reporting.moving;
select * from s22_app.moving;
-- params: []
insert into s22_reporting.moving (v) values ('y') returning id;
select pg_get_serial_sequence('s22_reporting.moving', 'id');
select schemaname, indexname from pg_indexes where tablename = 'moving';
alter table s22_app.nosuch set schema s22_reporting;
alter table if exists s22_app.nosuch set schema s22_reporting;
alter table s22_reporting.moving set schema s22_nowhere;
create table s22_t2.moving (id int);
alter table s22_t2.moving set schema s22_reporting;
drop table s22_t2.moving;
create schema s22_old;
create table s22_old.t (id int primary key, v text);
insert into s22_old.t values (1, 'a');
alter schema s22_old rename to s22_new;
select * from s22_new.t;
select * from s22_old.t;
select nspname from pg_namespace where nspname in ('s22_old', 's22_new');
alter schema s22_nope rename to s22_other;
alter schema s22_new rename to s22_app;
alter schema s22_new rename to pg_s22;
-- temporary tables with foreign keys
create temp table s22_tmp_parent (id int primary key, name text);
create temp table s22_tmp_child (id int primary key, parent_id int references s22_tmp_parent (id) on delete cascade, v text);
-- params: []
insert into s22_tmp_parent values (1, 'p1'), (2, 'p2');
insert into s22_tmp_child values (10, 1, 'a'), (11, 2, 'b');
insert into s22_tmp_child values (12, 3, 'c');
delete from s22_tmp_parent where id = 1;
select * from s22_tmp_child order by id;
select conname, contype from pg_constraint where conrelid = 's22_tmp_child'::regclass order by 1;
create temp table s22_tmp_users (id int primary key, email text unique);
insert into s22_tmp_users values (1, 'a'), (2, 'a');
create temp table s22_tmp_ref (id int references s22_app.orgs (id));
-- params: []
select nspname like 'pg_temp%' from pg_namespace n join pg_class c on c.relnamespace = n.oid where c.relname = 's22_tmp_parent';
select current_schemas(true) = array['pg_catalog', 'public']::name[];
drop table s22_tmp_child, s22_tmp_parent, s22_tmp_users;
-- Rails/Django-style schema_migrations per tenant
create table s22_t1.schema_migrations (version varchar primary key);
create table s22_t2.schema_migrations (version varchar primary key);
insert into s22_t1.schema_migrations values ('20260101'), ('20260102');
insert into s22_t2.schema_migrations values ('20260101');
insert into s22_t2.schema_migrations values ('20260101');
select 't1', count(*) from s22_t1.schema_migrations union all select 't2', count(*) from s22_t2.schema_migrations order by 1;
set search_path to s22_t2;
-- params: ["20260102"]
insert into schema_migrations (version) values ($1);
select version from schema_migrations order by 1;
-- params: []
select exists (select 1 from information_schema.tables where table_schema = current_schema() and table_name = 'schema_migrations');
select to_regclass('schema_migrations') is not null;
reset search_path;
select exists (select 1 from pg_namespace where nspname = 's22_t3');
-- tenant provisioning
create schema s22_t3;
create table s22_t3.users (like s22_t1.users including all);
insert into s22_t3.users (email) values ('z@t3');
create table s22_t3.copy as select * from s22_t1.users where id < 3;
select count(*) from s22_t3.copy;
select indexname from pg_indexes where schemaname = 's22_t3' order by 1;
update s22_t1.users u set org_id = 7 from s22_t2.users v where v.email = 'a@t2' and u.id = 1 returning u.id, u.org_id;
-- params: []
delete from s22_t1.users u using s22_t2.users v where u.org_id = v.org_id returning u.email;
with moved as (delete from s22_t3.users returning email) insert into s22_t2.users (email) select email from moved returning email;
truncate s22_t3.copy;
truncate s22_t1.users, s22_t2.users restart identity;
select count(*) from s22_t1.users;
insert into s22_t1.users (email) values ('after@t1') returning id;
-- DROP SCHEMA
drop schema s22_t3;
drop schema s22_t3 cascade;
select count(*) from pg_namespace where nspname = 's22_t3';
drop schema s22_nope;
drop schema if exists s22_nope;
drop schema if exists s22_nope, s22_t3 cascade;
drop schema public;
drop schema s22_reporting, s22_new cascade;
select table_schema, table_name from information_schema.tables where table_schema like 's22%' order by 1, 2;
drop schema s22_audit cascade;
select count(*) from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = 's22_audit';
select 'info'::s22_audit.level;
drop schema s22_app cascade;
drop schema s22_t1, s22_t2 cascade;
drop table public.s22_items;
-- params: []
select nspname from pg_namespace where nspname like 's22%';
