-- Numeric display scales of the eleventh session: values that keep their own scale through arrays,
-- multi-row VALUES, set operations and generate_series. Tables are prefixed sc11_.
create table sc11_t (id int primary key, x numeric(10,2), y numeric(8,3), u numeric);
insert into sc11_t values (1, 1.5, 2.25, 1.50), (2, 2, 3.1, 2.500), (3, null, 0, 3);
-- numeric[]: ARRAY[…] and array literals print each element at its own scale
-- @must
select array[1.50, 2.5];
-- @must
select array[1.50, 2.50];
-- @must
select array[1.50, null, 2.5], array[null::numeric, 2.50];
-- @must
select array[array[1.50, 2], array[3, 4.0]];
-- @must
select array[-1.50, 2], array[.5, 1.50], array[1e2, 1.50];
-- @must
select array[1.50, 'NaN'::numeric], array[1.50, 12345678901234567890.123];
-- @must
select array['Infinity'::numeric, 1.50, 2];
-- @must
select array[x, y] from sc11_t order by id;
-- @must
select array[x, 1.5] from sc11_t order by id;
-- @must
select array[1.5::numeric(10,2)];
-- @must
select distinct array[1.50, 2.5];
-- @must
select array[1.50] = array[1.5], array[1.50] @> array[1.5], 1.5 = any(array[1.50]);
-- @must
select '{1.50}'::numeric[], '{1.50,2,3.000}'::numeric[], '{1.50, 2.50}'::numeric[];
-- @must
select '{1.50,NULL,"2.0"}'::numeric[], '{{1.50},{2}}'::numeric[], '{1.5}'::numeric(10,2)[];
-- @must
select a from (select array[1.50, 2.50] as a) s;
-- @must
select (array[1.50, 2.5])[1], (array[1.50, 2.5])[2];
-- @must
select (array[x, y])[1] from sc11_t order by id;
-- @must
select unnest(array[1.50, 2.50]);
-- @must
select * from unnest(array[1.50, 2.50]) u(v) where v > 2;
-- @must
select to_jsonb(array[1.50]), to_json(array[1.50, 2.50]), array_to_json(array[1.50, 2.50]);
-- @must
select to_jsonb(array[x]) from sc11_t order by id;
-- @must
select jsonb_build_object('a', array[1.50, 2.50]), jsonb_build_array(array[1.25, 2.50]);
-- @must
select to_jsonb(array[1.50]) = '[1.5]'::jsonb, to_jsonb(array[1.50, 2.50]) = '[1.5, 2.5]'::jsonb;
-- @must
select to_jsonb(array['NaN'::numeric]), to_jsonb(null::numeric[]);
-- @must
select array(select 1.50);
-- a numeric[] as text keeps its elements' scales, wherever the text goes
-- @must
select array[1.50, 2.5]::text, array[1.50, 2.50]::text, '{1.50,2.5}'::numeric[]::text;
-- @must
select array[x, 1.5]::varchar from sc11_t order by id;
-- @must
select array[1.50, 2.5]::text = '{1.5,2.5}', array[1.50, 2.5]::text = '{1.50,2.5}', length(array[1.50, 2.5]::text);
-- @must
select to_jsonb(array[1.50, 2.5]), to_json(array[1.50, 2]), jsonb_build_object('a', array[1.50, 2]);
-- @must
select to_jsonb(array[1.50, 2.5]) = '[1.5, 2.5]'::jsonb;
-- @must
select array_agg(x order by id), array_agg(y order by id), array_agg(x * 2 order by id) from sc11_t;
-- multi-row VALUES: a column of one scale prints it, of several each row's own
-- @must
values (1.5), (2.50);
-- @must
values (1.50), (2.50);
-- @must
values (1), (2.50);
-- @must
values (1.5), (2.50), (null) order by 1;
-- @must
values (1.5, 'a'), (2.50, 'b') order by 2 desc;
-- @must
values (1.5::numeric(10,2)), (2.255);
-- @must
select * from (values (1.50), (2.50)) v(x);
-- @must
select v from (values (1.50)) t(v) group by v;
-- @must
select (values (1.50)) as v;
-- @must
select nullif(1.50, 2);
-- @must
create table sc11_v (x numeric(10,2));
-- @must
insert into sc11_v values (1.5), (2.555), (3);
-- @must
select x from sc11_v order by x;
-- set operations: members of different typmods give a numeric whose values keep their scales
-- @must
select 1.5 union all select 2.50;
-- @must
select 1.50 union all select 2.50;
-- @must
select 1.5 as a union all select 2.50 order by a desc;
-- @must
select 10.5 as v union all select 9.50 order by v;
-- @must
select 1.5 as v union all select 2.50 union all select 10.125 order by 1 limit 2;
-- @must
select 1.5 as v, 'a' as t union all select 2.50, 'b' order by t desc;
-- @must
with c as (select 2 as k) select 1.5 as v union all select 2.50 from c order by v desc;
-- @must
select x from sc11_t union all select 2.255 order by 1;
-- @must
select 2.255 union all select x from sc11_t order by 1;
-- @must
select x from sc11_t union all select y from sc11_t order by 1;
-- @must
select x from sc11_t union all select 1.5 order by 1 nulls first;
-- @must
select x from sc11_t union all select y from sc11_t union all values (7), (null), (0.5) order by 1 desc;
-- @must
select x, id from sc11_t union all select 1.5, 9 order by id;
-- @must
select 1 union all select 2.50;
-- @must
select id from sc11_t union all select 2.50 order by 1;
-- @must
select 1 as a, 2.5::float8 as b union all select 2.5::float8, 1;
-- @must
select 12345678901234567890.5 as v union all select 12345678901234567890.25 order by v;
-- @must
select 'NaN'::numeric as v union all select 2.50 order by v;
-- @must
select '-inf'::numeric as v union all select 2.50 union all select 1.0 order by v;
-- @must
values ('NaN'::numeric), (1.50), (2.5);
-- @must
select 1.5 as v union all select 2.50 offset 1;
-- @must
select distinct 1.5 as v union all select 2.50;
-- @must
select count(*) from (select 1.5 as v union all select 2.50) s;
-- (1.5 and 1.50 are one row: which one PostgreSQL keeps depends on its plan)
select 1.5 union select 1.50;
-- @must
select 1.50 except select 2.5;
-- @must
select 1.50 except all select 2.5;
-- @must
select x from sc11_t except select 2.255 order by 1;
-- (1.5 and 1.50 are one row: which one PostgreSQL keeps depends on its plan)
select 1.5 intersect select 1.50;
-- numeric generate_series: the start's scale, then the larger of it and the step's
-- @must
select generate_series(1, 2, 0.3);
-- @must
select generate_series(1.0, 3.0);
-- @must
select generate_series(1.0, 2.0, 0.5);
-- @must
select generate_series(0.5, 2.05, 0.5);
-- @must
select generate_series(1, 3.00), generate_series(1.5, 3);
-- @must
select * from generate_series(1.0, 3.0) g;
-- @must
select g * 2 from generate_series(1.0, 3.0) g;
-- the same family, printed right before this session
-- @must
select coalesce(x, 1.5) from sc11_t order by id;
-- @must
select greatest(1.5, 2.50), least(1.50, 2.5);
-- @must
select case when id = 1 then 1.5 else 2.50 end from sc11_t order by id;
-- @must
select case when id = 1 then 10.5 else 9.50 end as c from sc11_t order by c;
-- @must
with c as (select 1.50 as x) select x from c;
-- @must
select s.x + 1 from (select 1.50 as x) s;
-- @must
create view sc11_cv as select 1.50 as x, 2.5 as y;
-- @must
select * from sc11_cv;
-- @must
with c as (select round(x, 2) as r from sc11_t) select r from c;
-- @must
select 1.50::text::numeric, (1.50::text)::numeric + 1, x::text::numeric from sc11_t order by id;
-- @must
select (select 1.50), -1.50, 1.50 * 2;
-- @must
select jsonb_build_array(1.50, 2.5), to_jsonb(1.50), row(1.50, 2.5);
-- still printed at another scale than PostgreSQL's (README: numeric display scale)
select array_to_string(array[1.50, 2.5], ','), (array[1.50, 2.5]::text)::numeric[], string_to_array('1.50,2', ',')::numeric[], array_append(array[1.50], 2.0), array[1.50] || 2.0, (select min(v) from (values (1.50), (2.5)) t(v)), (select max(v) from (values (1.5), (2.50)) t(v)), (select sum(v) from (values (1.50), (2.5)) t(v));
select unnest(array[1.50, 2.5]);
select * from unnest('{1.50,2}'::numeric[]) u(v);
select a from (select array[1.50, 2.5] as a) s;
select array_agg(u order by id) from sc11_t;
select * from (values (1.0), (2.50)) v(x);
select * from (values (1.5::numeric(10,2)), (2.255)) v(x);
select x from (select 1.50 as x union all select 2.5) s;
select 1.5 as v union all (select 2.50 order by 1 limit 1);
select 1.5 union all select 2.50 union select 3.000;
select 1.5 union select 2.50 order by 1;
select x from sc11_t union select 2.255 order by 1;
select x from sc11_t union all select u from sc11_t order by 1;
select * from generate_series(1, 2, 0.30) g;
with c as (select case when g > 1 then 1.50 else 2.5 end as x from generate_series(1, 2) g) select x from c;
select * from sc11_t union all select 9, 1.5, 2.5, 3 order by 1;
-- @must
drop view sc11_cv;
-- @must
drop table sc11_t, sc11_v;
