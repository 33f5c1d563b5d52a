-- The twelfth session's numeric display scale (issue 10): a value stored in an unconstrained numeric
-- column prints with the scale it was written with (a hidden display column per such column), in
-- result columns, `*`, RETURNING, arithmetic, sum/avg/min/max and casts to text, while `=`, UNIQUE,
-- indexes and ORDER BY stay numeric. Tables are prefixed ns12_.

create table ns12_n (id int primary key, n numeric);
insert into ns12_n values (1, 1.20), (2, '3.000'), (3, 2.5e3);
select n, n*2, n+1.5 from ns12_n order by id;
select sum(n), avg(n) from ns12_n;
select min(n), max(n), sum(n * 2) from ns12_n;
select * from ns12_n order by id;
select id, n from ns12_n where n = 1.2;
select id, n::text, n::text || 'x' from ns12_n order by id;
select id, -n, abs(n), n - n, n * n from ns12_n order by id;
insert into ns12_n (id, n) select id + 10, n * 2 from ns12_n;
select * from ns12_n order by n, id;
insert into ns12_n values (4, 2.5);
insert into ns12_n values (5, 2.500);
select * from ns12_n where n = 2.5 order by id;
select count(*), count(distinct n) from ns12_n;
delete from ns12_n where id = 5;
create unique index ns12_n_u on ns12_n (n);
insert into ns12_n values (6, 2.50);
select id, n from ns12_n where n > 2.4 and n < 2.6 order by id;
update ns12_n set n = n * 10 where id = 1 returning *;
update ns12_n set n = 7.000 where id = 2 returning n, id;
update ns12_n set n = 7 where id = 2 returning n;
insert into ns12_n values (7, 8.10) on conflict (id) do update set n = excluded.n returning *;
insert into ns12_n values (7, 9.100) on conflict (id) do update set n = excluded.n returning *;
insert into ns12_n values (8, 1.0000) returning n, n + 1;
select a.id, a.n, b.n from ns12_n a join ns12_n b on a.id = b.id order by a.id;
select * from ns12_n a join ns12_n b on a.id = b.id where a.id < 3 order by a.id;
select * from (select * from ns12_n) s order by id;
select id, n from (select id, n from ns12_n) s order by id;
select id, coalesce(n, 0) from ns12_n order by id;
select n from ns12_n order by n desc limit 3;
create table ns12_m (id int, n numeric(10,2), k numeric);
insert into ns12_m select id, n, n from ns12_n;
select * from ns12_m order by id;
insert into ns12_m values (100, 1, 1.0), (101, 2.5, '2.50'), (102, null, null);
select id, k, k * 3 from ns12_m where id >= 100 order by id;
update ns12_m set k = null where id = 100 returning k;
select id, k from ns12_m where id >= 100 order by id;
select column_name, data_type from information_schema.columns where table_name = 'ns12_n' order by ordinal_position;
select attname from pg_attribute where attrelid = 'ns12_n'::regclass and attnum > 0 order by attnum;
drop table ns12_m;
drop table ns12_n;
