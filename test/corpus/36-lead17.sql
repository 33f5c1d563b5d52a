-- What the seventeenth session's lead found by hand: = ANY and <> ALL of an integer or text array
-- are SQLite's IN and NOT IN (read once, not per row), with ANY's and ALL's NULLs; other types
-- and operators keep the element-by-element comparison. Then numerics of more digits than a
-- float8 holds in an array constructor (XX000 "JSON cannot hold BLOB values" before).
create table any17(id int primary key, t text, v varchar(5), b bigint);
insert into any17 select g, 'x'||g, 'v'||(g%10), g*1000000000000 from generate_series(1,20) g;
select id from any17 where id = any('{1,3,5}') order by id;
select id from any17 where id = any(array[2,4,null]) order by id;
select id = any('{}'::int[]) as e, null::int = any('{}'::int[]) as n, null::int = any('{1}'::int[]) as n1, 1 = any('{2,null}'::int[]) as n2, 2 = any('{2,null}'::int[]) as t from any17 where id = 1;
select id from any17 where id = any('{{1,2},{3,4}}'::int[]) order by id;
select id from any17 where t = any('{x1,x2,"x 3",NULL}') order by id;
select id from any17 where v = any(array['v1','v2']::varchar[]) order by id;
select id from any17 where b = any('{1000000000000,3000000000000}'::bigint[]) order by id;
select id from any17 where id::int8 = any('{9223372036854775807,1}'::int8[]) order by id;
select id from any17 where id <> all('{1,2}') and id < 5 order by id;
select id from any17 where id = any(null::int[]);
select count(*) from any17 where id = any(array(select generate_series(1, 10)));
prepare any17_p(int[]) as select count(*) from any17 where id = any($1);
execute any17_p('{1,2,3,100}');
execute any17_p(null);
select id from any17 where id::int2 = any('{1,2}'::int4[]) order by id;
select 1 = any('{1.0}'::numeric[]);
select id from any17 where id <> all('{1,2,null}') order by id;
select id from any17 where id != all('{}'::int[]) and id < 3 order by id;
select null::int <> all('{}'::int[]) as t, null::int <> all('{1}'::int[]) as n, 1 <> all('{1,null}'::int[]) as f, 3 <> all('{1,null}'::int[]) as n2;
select id from any17 where t <> all(array['x1','x2']) and id < 5 order by id;
select id from any17 where id = any('{}') order by id;
select 'b' = any('{a,b}'::char(1)[]) as c, 2.0 = any('{1,2}'::numeric[]) as n, 'x1'::varchar = any('{x1}'::text[]) as v;
-- params: ["{1,2,3,null}"]
select count(*) from any17 where id = any($1::int[]);
-- params: ["{x1,x5}"]
select id from any17 where t <> all($1::text[]) and id < 7 order by id;
select array[12345678901234567890.123];
select array[99999999999999999.5, 1.25];
select array[12345678901234567890.123]::text;
select (array[12345678901234567890.123, 2])[1];
select array[12345678901234567890.123] = '{12345678901234567890.123}'::numeric[];
create table ld17_bn(a numeric[], n numeric);
insert into ld17_bn values (array[1.5, 12345678901234567890.123], 12345678901234567890.123);
insert into ld17_bn values ('{12345678901234567890.123}', 1);
select a, a[2] from ld17_bn order by n;
select array[n] from ld17_bn order by n;
select unnest(array[12345678901234567890.123, 1]);
select array_to_string(array[12345678901234567890.123], ',');
select array[12345678901234567890.123]::float8[];
