-- The twentieth session's fixes of older sweeps (35-semantics16, 35-sweep16, 36-sweep17,
-- 37-sweep18, 30-sweep11): what evsql answered otherwise than PostgreSQL 15, pinned.
RESET ALL;
RESET ROLE;
SET TimeZone = 'UTC';
-- A grouped or DISTINCT numeric[] prints its group's elements at their written scales.
create table o20_na (id int primary key, a numeric[], n numeric, b numeric(6,2));
insert into o20_na values (1, '{1.50,2.000,3}', 1.50, 1.5), (2, array[0.1, 10.00], 2.000, null), (3, '{1,2}', 3, 2.25), (4, '{{1.0,2.00},{3,4.5}}', 4, null);
select a, count(*) from o20_na group by a order by 1;
select distinct a from o20_na order by 1;
select a, count(*) from o20_na group by 1 order by 1;
insert into o20_na values (5, '{1.5,2,3}', 5, null);
-- A numeric[] written from a stored one keeps its elements' scales.
update o20_na set a = a || 9.0 where id = 2;
select a from o20_na where id = 2;
update o20_na set a = a where id = 4;
select a from o20_na where id = 4;
insert into o20_na (id, a) select id + 10, a from o20_na where id in (1, 2);
select id, a from o20_na where id > 10 order by id;
insert into o20_na (id, a) values (20, '{1.50}') on conflict (id) do update set a = excluded.a;
insert into o20_na (id, a) values (20, '{2.50}') on conflict (id) do update set a = excluded.a;
select a from o20_na where id = 20;
-- A UNION ALL of stored numeric[] prints theirs.
select a from o20_na where id = 2 union all select '{1.0}';
select a from o20_na where id = 1 union all select a from o20_na where id = 4;
-- A numeric(p,s) member of a set operation prints its own scale beside unconstrained members.
select x from (select 1.50::numeric(4,2) as x union all select 2.125) u order by 1;
select x from (select b as x from o20_na where b is not null union all select 2.125) u order by 1;
select x from (select b as x from o20_na where b is not null union all select n from o20_na where id = 1) u order by 1;
select * from (select b from o20_na where id = 1 union all select 1.0) u order by 1;
with c as (select b from o20_na where id = 3 union all select 3.0) select * from c order by 1;
create table o20_u as select b from o20_na where id = 1 union all select 1.0;
select * from o20_u order by 1;
-- Arrays whose elements cannot match: 42846 at the one that cannot be converted.
SELECT CASE WHEN true THEN ARRAY[1] ELSE ARRAY['a'] END;
SELECT CASE WHEN true THEN ARRAY[1] ELSE ARRAY[1.5] END;
SELECT coalesce(ARRAY[1], ARRAY['a'::text]);
SELECT greatest(ARRAY[1], ARRAY['x'::text]);
SELECT CASE WHEN true THEN DATE '2024-01-01' ELSE 1 END;
SELECT coalesce(1, CAST('2024-01-01' AS date));
select 1 union select date '2024-01-01';
-- pg_typeof refuses what its argument refuses.
SELECT pg_typeof(ROW(1, 2)::o20_nosuchtype);
SELECT pg_typeof(1::o20_nosuchtype);
SELECT pg_typeof(1.5::numeric(4,2)), pg_typeof(ARRAY[1]);
-- INSERT into a view of more values than its columns.
create table o20_task (id int primary key, title text, prio int);
create view o20_high as select * from o20_task where prio > 5;
INSERT INTO o20_high VALUES (8, 'x', 1, false);
INSERT INTO o20_high (id, title) VALUES (8, 'x', 1);
-- A window's ORDER BY keeps one item per expression.
select x, count(*) over (order by x, x range between 1 preceding and current row) from (values (1), (2), (4)) v(x) order by x;
select x, count(*) over (order by x, x desc range between 1 preceding and current row) from (values (1), (2), (4)) v(x) order by x;
select x, sum(x) over w from (values (1), (2), (2)) v(x) window w as (order by x, x range between 1 preceding and current row) order by x;
-- An integer cast to "char".
select cast(300 as "char");
select 65::"char", 0::"char" = '', (64 + 1)::"char", 127::"char" = chr(127);
select 300::int8::"char";
select 7::smallint::"char";
select x::"char" from (values (97), (null), (98)) v(x);
select -129::"char";
-- ORDER BY a position of an array, interval or jsonb column sorts as the column does.
create table o20_oa (id int, a int[], i interval, j jsonb);
insert into o20_oa values (1, array[2], '1 day', '{"a":1}'), (2, array[10], '23 hours', '2'), (3, null, '25 hours', '[1]');
select a from o20_oa order by 1;
select a, count(*) from o20_oa group by a order by 1;
select distinct a from o20_oa order by 1 desc;
select i from o20_oa order by 1;
select j from o20_oa order by 1;
select id, a from o20_oa order by 2, 1;
create table o20_g (n numeric, a numeric[]);
insert into o20_g values (1.50, '{1.50}'), (2, '{2.0}');
select n, count(*) from o20_g group by 1 order by 1;
select a, count(*) from o20_g group by 1 order by 1;
