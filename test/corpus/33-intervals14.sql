-- Intervals equal by their spans ('1 day' is '24 hours') in DISTINCT, DISTINCT ON, UNION, GROUP BY and PARTITION BY
-- (the fourteenth session). Tables are prefixed i14_.
create table i14_iv(x interval, n int);
insert into i14_iv values ('1 day', 1), ('24 hours', 1), ('1 mon', 2), ('30 days', 3), ('1 hour', 4);
select x from i14_iv union select interval '60 minutes' order by 1;
select n, x from i14_iv where n = 1 union select 1, interval '1440 minutes' order by 1;
select x from i14_iv union select interval '60 minutes' union select interval '2 hours' order by 1 limit 10;
select count(*) from (select x from i14_iv union select x from i14_iv) u;
select distinct x from i14_iv order by x;
select distinct n, x from i14_iv order by n, x;
select distinct on (x) x, n from i14_iv order by x, n;
select x, count(*) from i14_iv group by x order by x;
select x, row_number() over (partition by x order by n) from i14_iv order by x, 2;
create table i14_iv2(x interval, n int);
insert into i14_iv2 values ('1 day', 1), ('24 hours', 2), ('1 mon', 3), ('30 days', 4);
select n from i14_iv2 where x in ('24 hours', '30 days') order by 1;
select n from i14_iv2 where x in (select interval '1 day') order by 1;
select a.n, b.n from i14_iv2 a join i14_iv2 b on a.x = b.x and a.n < b.n order by 1, 2;
select n from i14_iv2 where x = any(array[interval '24 hours']) order by 1;
select n, case x when '24 hours' then 'day' else 'other' end from i14_iv2 order by 1;
select n from i14_iv2 where x <> '1 day' order by 1;
select n from i14_iv2 where x is distinct from '1 day' order by 1;
select n from i14_iv2 where x between '23 hours' and '25 hours' order by 1;
select n, x = '24 hours' from i14_iv2 order by 1;
select max(x), min(x) from i14_iv2;
select n from i14_iv2 where exists (select 1 from i14_iv2 j2 where j2.x = i14_iv2.x and j2.n <> i14_iv2.n) order by 1;
select n from i14_iv2 where (x, n) in (select interval '24 hours', 1) order by 1;
