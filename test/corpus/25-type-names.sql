-- A type name names a type: an unknown one is 42704 wherever it is written (it was kept as text,
-- and a cast to it answered its argument unchanged). Tables are prefixed tn_.
create table tn_bad (id int primary key, x nosuchtype);
select count(*) from pg_class where relname = 'tn_bad';
create table tn_ok (id int primary key, t varchar(3), f double precision, ts timestamp(3) with time zone, s bigserial);
alter table tn_ok add column y nosuchtype;
alter table tn_ok add column y nosuchtype[];
alter table tn_ok alter column t type nosuchtype;
alter table tn_ok add column z pg_catalog.int4;
insert into tn_ok (id, t, f, z) values (1, 'abc', 1.5, 7);
select id, t, f, s, z from tn_ok;
select 1::nosuchtype;
select cast('x' as nosuchtype);
select '{1}'::nosuchtype[];
select 1::pg_catalog.nosuchtype;
select 1::public.nosuchtype;
select 1::pg_catalog.int8, '7'::int4, '{1,2}'::_int4, 'a'::name, 'b'::pg_catalog.text;
select null::regprocedure is null, null::xid is null;
select x::nosuchtype from (values (1)) v(x);
create type tn_mood as enum ('sad', 'ok');
create table tn_e (m tn_mood, n public.tn_mood);
insert into tn_e values ('ok', 'sad');
select m::text, n::text, 'ok'::tn_mood::text, 'ok'::public.tn_mood::text, m < n from tn_e;
drop table tn_e;
drop type tn_mood;
select 'ok'::tn_mood;
drop table tn_ok;
