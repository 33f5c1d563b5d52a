-- The sixteenth session's numeric display scale (issue 10): a computed unconstrained numeric of a
-- subquery, CTE, view or CREATE TABLE AS keeps the scale it prints with (arithmetic of a stored
-- column, a parameter, coalesce, CASE, an aggregate), and nullif of a stored column prints its
-- display text. Tables are prefixed c16_.

create table c16_t (id int primary key, n numeric);
insert into c16_t values (1, 1.20), (2, '3.000'), (3, 2.5), (4, null);
select x from (select n * 2 as x, id from c16_t) s order by id;
select x, y from (select n + 1 as x, n - 0.5 as y, id from c16_t) s order by id;
select s.x * 2 from (select -n as x, id from c16_t) s order by id;
select * from (select id, n * 1 as m from c16_t) s(a, b) order by a;
with c as (select id, n * 2 as d from c16_t) select * from c order by id;
with c as (select id, coalesce(n, 0) as d from c16_t) select d from c order by id;
with c as (select id, case when id > 1 then n else 1.50 end as d from c16_t) select d from c order by id;
select x from (select round(n, 3) as x, id from c16_t) s order by id;
select x from (select abs(n) as x, id from c16_t) s order by id;
select greatest(n, 0), nullif(n, 0), nullif(n, 1.2), nullif(n, 3) from c16_t order by id;
select nullif(n, 0) * 2 from c16_t order by id;
-- params: ["12.50"]
SELECT x FROM (SELECT $1::numeric AS x) s WHERE x > 5;
-- params: ["2.500"]
SELECT x * 2 FROM (SELECT $1::numeric + 1 AS x) s;
create view c16_v as select id, n * 3 as m from c16_t;
select * from c16_v order by id;
select m + 1 from c16_v where id = 2;
create table c16_c as select id, n * 2 as a, n / 4 as b, n + 0.5 as c from c16_t;
select * from c16_c order by id;
select a::text, b::text from c16_c order by id;
select * from (select * from c16_c) s order by id;
create table c16_d as select x from (select n * 2 as x, id from c16_t) s;
select * from c16_d order by x;
select id, x from (select id, n * 2 as x from c16_t) s where x > 3 order by x;
select count(*) from (select n * 2 as x from c16_t) s where x = 6;
create table c16_o (id int, g int, total numeric);
insert into c16_o values (1, 1, 1.20), (2, 1, 3.000), (3, 2, 2.5), (4, 3, null);
create view c16_s as select g, sum(total) as s, sum(total) * 1 as c, max(total) as m, count(*) as k from c16_o group by g;
select * from c16_s order by g;
select s * 2, c + 1 from c16_s order by g;
select * from (select g, sum(total) as s, avg(total) as a from c16_o group by g) x order by g;
with c as (select sum(total) as s, min(total) as lo from c16_o) select * from c;
create table c16_a as select sum(total) as total, avg(total) as average from c16_o;
select * from c16_a;
select * from (select g, sum(total) as s from c16_o group by g having sum(total) > 1) x order by g;
