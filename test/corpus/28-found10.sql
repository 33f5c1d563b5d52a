-- Found in the tenth session's list of differences, each checked beside real PostgreSQL 15:
-- RANGE frames with offsets over dates, timestamps and numbers, and more. Tables are prefixed f10_.
-- @must
create table f10_w (id int, d date, ts timestamp, tz timestamptz, n numeric, f float8, i int);
insert into f10_w values (1,'2024-01-01','2024-01-01 10:00','2024-01-01 10:00+00',1.5,1.5,1),(2,'2024-01-02','2024-01-02 09:00','2024-01-02 09:00+00',3,3,3),(3,'2024-01-02','2024-01-02 11:00','2024-01-02 11:00+00',7,7,7),(4,'2024-01-05',null,null,null,null,null),(5,null,'2024-01-03 10:00','2024-01-03 10:00+00',12,12,12),(6,'2024-01-04','2024-01-04 10:00:00.5','2024-01-04 10:00:00.5+00',6,6,6),(7,null,'infinity','-infinity',null,null,null),(8,'infinity','2024-01-03 09:59:59.5','infinity',3,3,3),(9,'0001-01-01 BC','0001-01-02 00:00 BC','0001-01-02 00:00+00 BC',-1,-1,-1),(10,'0001-01-01','0001-01-01 23:00','0001-01-01 23:00+00',-3,-3,-3);
select id, sum(id) over (order by d range between interval '1 day' preceding and current row) from f10_w order by id;
select id, sum(id) over (order by d desc range between interval '1 day' preceding and current row) from f10_w order by id;
select id, sum(id) over (order by d desc nulls last range between current row and '2 days' following) from f10_w order by id;
select id, sum(id) over (order by d nulls first range between interval '1 day' following and interval '3 days' following) from f10_w order by id;
select id, sum(id) over (order by ts range between interval '1 day' preceding and interval '1 hour' following) from f10_w order by id;
select id, sum(id) over (order by ts range between interval '1 day' preceding and interval '1 hour' following exclude current row) from f10_w order by id;
select id, count(*) over (order by tz desc nulls last range between interval '1 day 0.5 seconds' preceding and current row) from f10_w order by id;
select id, count(*) over (order by tz range between interval '366 days' preceding and current row), first_value(id) over (partition by id % 2 order by tz range '1 day' preceding) from f10_w order by id;
select id, sum(id) over (order by ts range between interval '-1 day 25 hours' preceding and current row) from f10_w order by id;
select id, sum(id) over (order by n range between 5 preceding and 5 following) from f10_w order by id;
select id, sum(id) over (order by n desc nulls last range between 1.5 preceding and 2 following) from f10_w order by id;
select id, sum(id) over (order by f range between 5 preceding and 5 following) from f10_w order by id;
select id, sum(id) over (order by f desc range between 0.5 preceding and 2.5 following) from f10_w order by id;
select id, sum(id) over (order by i desc range between 2 preceding and 5 following) from f10_w order by id;
select id, sum(id) over (order by i nulls first range between 2::bigint preceding and 1::smallint following) from f10_w order by id;
select id, sum(id) over (order by i range between 2.5 preceding and current row) from f10_w order by id;
select id, sum(id) over (order by i range between 2::float8 preceding and current row) from f10_w order by id;
select id, sum(id) over (order by d range between 1 preceding and current row) from f10_w order by id;
select id, sum(id) over (order by ts range between interval '-1 hour' preceding and current row) from f10_w order by id;
select id, sum(id) over (order by i range between -1 preceding and current row) from f10_w order by id;
select id, sum(id) over (order by n range between -0.5 preceding and current row) from f10_w order by id;
select id, sum(id) over (order by i range between current row and null following) from f10_w order by id;
select id, sum(id) over (order by id::text range between 1 preceding and current row) from f10_w order by id;
select id, sum(id) over (order by d, id range between interval '1 day' preceding and current row) from f10_w order by id;
select id, sum(id) over (range between 1 preceding and current row) from f10_w order by id;
select '[1:3]={1,2,3}'::int[];
select '[3]={1,2,3}'::int[];
select '[1:2]={1,2,3}'::int[];
select '[1:2][1:1]={{1},{2}}'::int[], array_dims('[1:2][1:1]={{1},{2}}'::int[]);
select '[1:2]={{1},{2}}'::int[];
select '[2:1]={}'::int[];
select '[ 1 : 3 ] = {1,2,3}'::int[];
select '[1:3]'::int[];
select '[1:3]={1,2,3}'::text[];
select '[3:5]={1,2,3}'::int[];
select array_lower('[0:1]={a,b}'::text[], 1);
select '[-1:1]={1,2,3}'::int[];
select '[1:0]={}'::int[];
select 1 union select 2 intersect select 2;
select 1 except select 2 intersect select 2;
(select 1 union select 2) intersect select 2;
select 3 union all select 1 except select 1 intersect select 1;
prepare f10_p(int, int) as select $1 + $2;
execute f10_p(1, 2);
prepare f10_q as select $1 + $2;
prepare f10_r(text) as select concat($1, 'x');
execute f10_r('a');
prepare f10_s as select concat($1, 'x');
prepare f10_t as select not $1;
execute f10_t('true');
-- params: ["%s!"]
select format($1, 'x');
-- params: [1, 2]
select $1 + $2;
-- params: [1, 2]
select $1 * $2;
-- params: [1]
select - $1;
-- params: [1]
select + $1;
-- params: ["a"]
select format('%s', $1);
-- params: ["a", "b"]
select concat($1, $2);
-- params: ["a"]
select json_build_object('a', $1);
-- params: [1]
select count($1);
-- params: ["a"]
select $1 is null;
-- params: ["a"]
select to_json($1);
-- params: [1]
select sum($1);
-- params: ["2024-01-01"]
select to_char($1, 'YYYY');
-- params: [true]
select not $1;
-- params: [true, true]
select $1 and $2;
-- params: [true]
select 1 where $1;
-- params: [true]
select case when $1 then 'y' else 'n' end;
-- params: [1]
select $1 between 1 and 2;
-- params: [-1.5]
select abs($1);
-- params: [1.5]
select round($1);
create table f10_c (c "char", b boolean, d char(1));
insert into f10_c values ('ab', true, 'x'), ('b', false, 'y');
select c, d from f10_c order by c;
select 'xy'::"char", 'xy'::char;
select c::text || 'z', pg_typeof(c) from f10_c order by 1;
select * from f10_c where c = 'a';
select format_type(atttypid, atttypmod) from pg_attribute where attrelid = 'f10_c'::regclass and attnum > 0 order by attnum;
alter table f10_c add column e "char" default 'q';
select e from f10_c;
select array['a'::"char"];
select 'a'::"char" = 'a';
select ''::"char";
select min(b) from f10_c;
select max(b) over () from f10_c;
select '{int4,text}'::regtype[], array_lower('{int4,text}'::regtype[], 1);
create table f10_s (id serial primary key, v int unique);
insert into f10_s (v) values (1);
select currval('f10_s_id_seq');
insert into f10_s (id, v) values (2, 2);
insert into f10_s (v) values (3);
select currval('f10_s_id_seq'), lastval();
insert into f10_s (v) values (1);
select currval('f10_s_id_seq'), lastval();
insert into f10_s (v) values (4);
select * from f10_s order by id;
create sequence f10_q;
select nextval('f10_q') / 0;
select currval('f10_q');
begin;
select nextval('f10_q');
select 1/0;
rollback;
select currval('f10_q'), lastval();
select nextval('f10_q');
create table f10_s2 (id serial primary key, v int unique);
insert into f10_s2 (v) values (1);
begin;
insert into f10_s2 (v) values (1);
rollback;
select currval('f10_s2_id_seq'), lastval();
begin;
select 1;
insert into f10_s2 (v) values (1);
rollback;
select currval('f10_s2_id_seq');
create table f10_w2 (id int, g int, d date, n int);
insert into f10_w2 values (1, 1, '2024-01-01', 1), (2, 1, '2024-01-02', 5), (3, 2, '2024-01-02', 2), (4, 2, '2024-01-04', 3), (5, 1, '2024-01-03', 9);
select id, sum(id) over (w range between interval '1 day' preceding and current row) from f10_w2 window w as (partition by g order by d) order by id;
select id, sum(id) over (w range between 2 preceding and current row), count(*) over w from f10_w2 window w as (order by n) order by id;
select id, sum(id) over w from f10_w2 window w as (order by d desc range between current row and '1 day' following) order by id;
select id, sum(id) over (w range between interval '1 day' preceding and current row) from f10_w2 window w as (partition by g) order by id;
select pg_typeof(current_time), pg_typeof(current_time(2)), pg_typeof(localtime);
select current_time::text like '%+00', length(current_time(0)::text);
select current_time is not null, current_time(1) is not null;
select current_time > '00:00:00+00', current_time::time > '00:00';
select extract(hour from current_time) between 0 and 23;
select current_time - interval '1 hour' is not null;
select array[current_time] is not null;
select current_time = current_time;
select format('%s', current_time) like '%+00';
select now()::date + current_time is not null;
select extract(minute from current_time) between 0 and 59, date_part('hour', current_time) < 24;
select (current_time + interval '1 hour')::text like '%+00', pg_typeof(current_time + interval '1 hour'), pg_typeof(interval '1 hour' + current_time);
select pg_typeof(date '2024-01-01' + current_time), (date '2024-01-01' + current_time)::text like '2024-01-01 %+00';
select current_time::time is not null;
select current_time(0)::text ~ '^\d\d:\d\d:\d\d\+00$';
-- params: [1]
select coalesce($1, 1);
-- params: [3]
select greatest($1, 1), least($1, 2.5);
-- params: ["1"]
select coalesce($1, now());
