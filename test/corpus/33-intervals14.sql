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
