-- count(t.*) of a table's rows: matched rows counted even when all their columns are NULL, rows an outer
-- join made up not (the fourteenth session). Tables are prefixed c_.
create table c_a(id int primary key, v int);
create table c_b(id int, a_id int, note text);
insert into c_a values (1, null), (2, 5), (3, null);
insert into c_b values (null, 1, null), (2, 1, 'x'), (3, 2, null);
select a.id, count(b.*) from c_a a left join c_b b on b.a_id = a.id group by a.id order by 1;
select count(a.*), count(*) from c_a a;
select a.id, count(b.*) filter (where b.note is null) from c_a a left join c_b b on b.a_id = a.id group by a.id order by 1;
select a.id, (select count(b.*) from c_b b where b.a_id = a.id) from c_a a order by 1;
select count(b.*) over (partition by a.id) from c_a a left join c_b b on b.a_id = a.id order by 1;
