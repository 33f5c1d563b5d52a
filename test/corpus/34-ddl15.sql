-- DDL an application or an outside tester runs on existing tables: keys dropped and added (the
-- table remade where SQLite keeps the key in its storage), renames that keep PostgreSQL's
-- constraint names, LIKE … INCLUDING, column changes, identity and generated columns, views,
-- indexes, schemas, comments; each checked through the catalog afterwards, and rolled back.

-- a primary key declared in CREATE TABLE, dropped and added again
create table e15_k1 (id int primary key, v text);
insert into e15_k1 values (1, 'a'), (2, 'b');
alter table e15_k1 drop constraint e15_k1_pkey;
insert into e15_k1 values (1, 'dup');
select * from e15_k1 order by id, v;
select conname, contype from pg_constraint where conrelid = 'e15_k1'::regclass order by 1;
select column_name, is_nullable from information_schema.columns where table_name = 'e15_k1' order by ordinal_position;
insert into e15_k1 values (null, 'x');
alter table e15_k1 add primary key (id);
delete from e15_k1 where v = 'dup';
alter table e15_k1 add primary key (id);
alter table e15_k1 add primary key (v);
select conname, contype, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'e15_k1'::regclass order by 1;
insert into e15_k1 values (1, 'again');
select indexname, indexdef from pg_indexes where tablename = 'e15_k1' order by 1;

-- serial and unique keys, composite keys, a key and its replacement in one statement
create table e15_k2 (id serial primary key, v text unique);
insert into e15_k2 (v) values ('x');
alter table e15_k2 drop constraint e15_k2_v_key;
insert into e15_k2 (v) values ('x');
alter table e15_k2 drop constraint e15_k2_pkey;
insert into e15_k2 (v) values ('y');
insert into e15_k2 (id, v) values (1, 'same id');
select * from e15_k2 order by id, v;
select conname from pg_constraint where conrelid = 'e15_k2'::regclass;
create table e15_k3 (a int, b int, c text, primary key (a, b), constraint e15_k3_c unique (c));
insert into e15_k3 values (1, 1, 'p'), (1, 2, 'q');
alter table e15_k3 drop constraint e15_k3_pkey, add constraint e15_k3_pk primary key (a, b, c);
alter table e15_k3 drop constraint e15_k3_c;
select conname, contype, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'e15_k3'::regclass order by 1;
insert into e15_k3 values (1, 1, 'p');
insert into e15_k3 values (1, 1, 'r');
select * from e15_k3 order by a, b, c;
alter table e15_k3 drop constraint e15_k3_nope;
alter table e15_k3 drop constraint if exists e15_k3_nope;

-- a key others reference: refused, or dropped with them
create table e15_k4 (id bigint primary key, n int);
create table e15_k5 (id int, k4id bigint references e15_k4);
create table e15_k6 (id int, k4id bigint, constraint e15_k6_fk foreign key (k4id) references e15_k4 (id) on delete cascade);
insert into e15_k4 values (1, 1), (2, 2);
insert into e15_k5 values (10, 1);
insert into e15_k6 values (20, 2);
alter table e15_k4 drop constraint e15_k4_pkey;
begin;
alter table e15_k4 drop constraint e15_k4_pkey cascade;
select conname from pg_constraint where conrelid in ('e15_k5'::regclass, 'e15_k6'::regclass) order by 1;
rollback;
select conname from pg_constraint where conrelid in ('e15_k5'::regclass, 'e15_k6'::regclass) order by 1;
insert into e15_k5 values (11, 9);

-- a rolled-back change of a referenced table keeps the rows ON DELETE CASCADE would take
begin;
alter table e15_k4 alter column n set not null;
alter table e15_k4 add constraint e15_k4_n_pos check (n > 0);
rollback;
select * from e15_k6;
begin;
alter table e15_k4 rename to e15_k4b;
insert into e15_k4b values (3, 3);
rollback;
select * from e15_k4 order by id;
select * from e15_k6;
alter table e15_k4 drop constraint e15_k4_pkey cascade;
insert into e15_k4 values (1, 5);
select * from e15_k4 order by id, n;

-- a renamed table keeps its constraints' names
create table e15_r1 (id int primary key, v int check (v > 0), w text unique, p int references e15_r1 (id));
alter table e15_r1 rename to e15_r2;
select conname, contype from pg_constraint where conrelid = 'e15_r2'::regclass order by 1;
select constraint_name, constraint_type from information_schema.table_constraints where table_name = 'e15_r2' and constraint_name not like '%not_null' order by 1;
insert into e15_r2 values (1, -1, 'a', null);
insert into e15_r2 values (1, 1, 'a', 7);
alter table e15_r2 drop constraint e15_r1_v_check;
alter table e15_r2 drop constraint e15_r1_pkey;
select conname, contype from pg_constraint where conrelid = 'e15_r2'::regclass order by 1;
alter table e15_r2 rename to e15_r1;
alter table e15_r1 rename to e15_k1;
create table e15_r3 (id int primary key);
alter table e15_r3 rename to e15_r4;
alter index e15_r3_pkey rename to e15_r4_pkey;
select conname from pg_constraint where conrelid = 'e15_r4'::regclass;

-- CREATE TABLE … (LIKE …)
create table e15_l1 (id serial primary key, a text not null default 'x', b int check (b > 0), c int generated always as (b * 2) stored, unique (a));
comment on column e15_l1.a is 'the a';
create index e15_l1_b on e15_l1 (b desc);
create table e15_l2 (like e15_l1 including all);
select column_name, column_default, is_nullable, is_generated, generation_expression from information_schema.columns where table_name = 'e15_l2' order by ordinal_position;
select conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'e15_l2'::regclass order by 1;
select indexname, indexdef from pg_indexes where tablename = 'e15_l2' order by 1;
select col_description('e15_l2'::regclass, 2);
insert into e15_l2 (id, b) values (1, 5);
insert into e15_l2 (id, b) values (2, -5);
select * from e15_l2;
create table e15_l3 (like e15_l1 including defaults including constraints);
select column_name, column_default, is_generated from information_schema.columns where table_name = 'e15_l3' order by ordinal_position;
insert into e15_l3 (id, b, c) values (1, 5, 99);
select * from e15_l3;
create table e15_l4 (like e15_l1 including indexes, extra int);
select indexname, indexdef from pg_indexes where tablename = 'e15_l4' order by 1;
create table e15_l5 (like e15_l1 excluding all);
select column_name, column_default from information_schema.columns where table_name = 'e15_l5' order by ordinal_position;
create table e15_l6 (id int generated by default as identity primary key, t text);
create table e15_l7 (like e15_l6 including identity);
insert into e15_l7 (t) values ('a'), ('b') returning id, t;
create table e15_l8 (like e15_nope);

-- column changes
create table e15_a1 (id int primary key, v text);
insert into e15_a1 values (1, '10'), (2, '20');
alter table e15_a1 add column n int not null default 0, add column m text check (m <> '');
alter table e15_a1 add column r int references e15_a1 (id) on delete set null;
alter table e15_a1 alter column v type int using v::int, alter column v set not null;
select * from e15_a1 order by id;
alter table e15_a1 alter column v set data type numeric(6,2);
select v from e15_a1 order by id;
alter table e15_a1 drop column m, drop column n;
alter table e15_a1 rename v to val;
alter table if exists e15_nope add column x int;
alter table e15_a1 add column if not exists val int;
alter table e15_a1 drop column if exists nope;
alter table e15_a1 add column d date default current_date not null;
select count(*) from e15_a1 where d = current_date;
alter table e15_a1 add column ts timestamptz not null default now();
select count(*) from e15_a1 where ts = now();
select column_name, data_type, is_nullable from information_schema.columns where table_name = 'e15_a1' order by ordinal_position;

-- CHECK and FOREIGN KEY constraints NOT VALID, then validated
create table e15_c1 (id int, v int);
insert into e15_c1 values (1, null), (2, 5);
alter table e15_c1 add constraint e15_c1_v_nn check (v is not null) not valid;
insert into e15_c1 values (3, null);
alter table e15_c1 validate constraint e15_c1_v_nn;
update e15_c1 set v = 0 where v is null;
alter table e15_c1 validate constraint e15_c1_v_nn;
alter table e15_c1 validate constraint e15_c1_nope;
alter table e15_c1 add primary key (id);
create table e15_c2 (id int, c1 int);
insert into e15_c2 values (1, 99);
alter table e15_c2 add constraint e15_c2_fk foreign key (c1) references e15_c1 (id) not valid;
alter table e15_c2 validate constraint e15_c2_fk;
update e15_c2 set c1 = 1;
alter table e15_c2 validate constraint e15_c2_fk;
alter table e15_c2 rename constraint e15_c2_fk to e15_c2_c1_ref;
select conname, contype from pg_constraint where conrelid = 'e15_c2'::regclass order by 1;

-- identity and generated columns
create table e15_i1 (a int not null, b text);
alter table e15_i1 alter column a add generated always as identity;
insert into e15_i1 (b) values ('x');
insert into e15_i1 (a, b) values (5, 'y');
select * from e15_i1;
alter table e15_i1 alter column a drop identity;
insert into e15_i1 (b) values ('y');
insert into e15_i1 (a, b) values (7, 'z');
alter table e15_i1 alter column a drop identity;
alter table e15_i1 alter column a drop identity if exists;
select column_name, is_identity, column_default from information_schema.columns where table_name = 'e15_i1' order by ordinal_position;
select * from e15_i1 order by a;
create table e15_i2 (id int generated always as identity primary key, t text);
insert into e15_i2 (t) values ('a');
alter table e15_i2 alter column id drop identity;
insert into e15_i2 values (1, 'b');
insert into e15_i2 values (2, 'b');
select * from e15_i2 order by id;
create table e15_g1 (a int, b int generated always as (a * 10) stored);
insert into e15_g1 (a) values (1), (2);
alter table e15_g1 add column c int generated always as (a + 1) stored;
select * from e15_g1 order by a;
alter table e15_g1 alter column b drop expression;
insert into e15_g1 (a, b) values (3, 7);
update e15_g1 set a = 10 where a = 1;
select * from e15_g1 order by a;
select column_name, is_generated, generation_expression from information_schema.columns where table_name = 'e15_g1' order by ordinal_position;
alter table e15_g1 alter column a drop expression;
alter table e15_g1 alter column a drop expression if exists;

-- indexes, dropped with their column; views reading a column
create table e15_x1 (id int primary key, a int, b text);
create index concurrently if not exists e15_x1_b on e15_x1 (b);
create index if not exists e15_x1_b on e15_x1 (b);
create unique index e15_x1_lower on e15_x1 (lower(b)) where a > 0;
create index e15_x1_inc on e15_x1 (a) include (b);
create index on e15_x1 (a, b);
select indexname from pg_indexes where tablename = 'e15_x1' order by 1;
alter index e15_x1_lower rename to e15_x1_lower2;
alter index if exists e15_x1_nope rename to e15_x1_nope2;
drop index if exists e15_x1_nope;
drop index concurrently e15_x1_inc;
create view e15_xv as select id, b from e15_x1;
alter table e15_x1 drop column b;
alter table e15_x1 drop column b cascade;
select indexname from pg_indexes where tablename = 'e15_x1' order by 1;
select count(*) from pg_views where viewname = 'e15_xv';
alter table e15_x1 drop column a;
select column_name from information_schema.columns where table_name = 'e15_x1';

-- views, materialized views, sequences renamed
create table e15_v1 (id int, v text);
insert into e15_v1 values (1, 'one');
create view e15_vw as select * from e15_v1;
alter view e15_vw rename to e15_vw2;
select * from e15_vw2;
select * from e15_vw;
alter view e15_nope rename to e15_nope2;
alter table e15_vw2 rename to e15_vw3;
select viewname from pg_views where viewname like 'e15_vw%';
create materialized view e15_mv as select v from e15_v1;
insert into e15_v1 values (2, 'two');
select * from e15_mv;
refresh materialized view e15_mv;
select * from e15_mv order by v;
alter materialized view e15_mv rename to e15_mv2;
select * from e15_mv2 order by v;
drop materialized view e15_mv2;
create sequence e15_sq1;
alter sequence e15_sq1 rename to e15_sq2;
select nextval('e15_sq2');
alter table e15_v1 rename to e15_vw3;

-- schemas, qualified names, search_path, comments, TRUNCATE
create schema e15_s;
create table e15_s.t (id serial primary key, v text);
insert into e15_s.t (v) values ('in schema');
set search_path = e15_s, public;
select * from t;
reset search_path;
comment on table e15_s.t is 'a table in a schema';
comment on column e15_s.t.v is 'a column';
select obj_description('e15_s.t'::regclass), col_description('e15_s.t'::regclass, 2);
comment on table e15_nope is 'x';
truncate e15_s.t restart identity cascade;
insert into e15_s.t (v) values ('again');
select * from e15_s.t;
alter table e15_s.t rename to t2;
select * from e15_s.t2;
alter table e15_s.t2 add column w int default 1;
select * from e15_s.t2;

-- temporary tables
create temp table e15_tt (id int primary key, v int unique);
insert into e15_tt values (1, 1);
alter table e15_tt drop constraint e15_tt_pkey;
insert into e15_tt values (1, 2);
alter table e15_tt drop constraint e15_tt_v_key;
insert into e15_tt values (1, 2);
comment on table e15_tt is 'temp';
select * from e15_tt order by id, v;
drop table e15_tt;

-- NOT VALID shown in the catalog until validated
create table e15_nv (id int, v int);
insert into e15_nv values (1, -1);
alter table e15_nv add constraint e15_nv_pos check (v > 0) not valid;
select conname, convalidated, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'e15_nv'::regclass order by 1;
update e15_nv set v = 1;
alter table e15_nv validate constraint e15_nv_pos;
select conname, convalidated, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'e15_nv'::regclass order by 1;

-- domains altered
create domain e15_posint as int check (value > 0);
create table e15_dm (id int, x e15_posint);
insert into e15_dm values (1, 3), (2, 150);
alter domain e15_posint add constraint e15_posint_small check (value < 100);
delete from e15_dm where x > 100;
alter domain e15_posint add constraint e15_posint_small check (value < 100);
insert into e15_dm values (3, 200);
select 200::e15_posint;
alter domain e15_posint add constraint e15_posint_small check (value < 50);
alter domain e15_posint add check (value <> 13);
insert into e15_dm values (4, 13);
select conname, pg_get_constraintdef(oid) from pg_constraint where contypid = 'e15_posint'::regtype order by 1;
alter domain e15_posint drop constraint e15_posint_small;
insert into e15_dm values (5, 200);
alter domain e15_posint drop constraint e15_posint_small;
alter domain e15_posint drop constraint if exists e15_posint_small;
select x from e15_dm order by id;
alter domain e15_nope add check (value > 0);
