-- Data-modifying statements in WITH (PostgreSQL's "Data-Modifying Statements in WITH"): the shapes
-- applications and ORMs write, each part on the statement's one snapshot, RETURNING in every
-- place, errors that leave nothing behind, and the statements evsql refuses (0A000).

create table d14_parent (id serial primary key, name text not null unique, score int default 0);
create table d14_child (id serial primary key, parent_id int not null references d14_parent (id), tag text, qty int check (qty >= 0), price numeric(10,2));
create table d14_log (id bigserial primary key, what text, n int);
create table d14_archive (id int primary key, name text, score int);
create table d14_cascade (id int primary key, parent_id int references d14_parent (id) on delete cascade);

-- a parent and its children in one statement
with ins as (insert into d14_parent (name) values ('ann') returning id) insert into d14_child (parent_id, tag, qty, price) select id, 'first', 1, 9.5 from ins;
with ins as (insert into d14_parent (name) values ('bob'), ('cid') returning id, name) insert into d14_child (parent_id, tag, qty, price) select id, name || '-kid', 2, 3.25 from ins returning parent_id, tag, qty, price;
with ins as (insert into d14_parent (name, score) values ('dee', 4) returning *) insert into d14_child (parent_id, tag, qty) select id, 'from-' || name, score from ins returning *;
select p.name, c.tag, c.qty, c.price from d14_parent p join d14_child c on c.parent_id = p.id order by p.id, c.id;

-- a WITH query feeding another, the main query reading the last
with a as (insert into d14_parent (name) values ('eve') returning id), b as (insert into d14_child (parent_id, tag, qty) select id, 'e1', 5 from a returning id, parent_id, tag) select tag, parent_id = (select id from a) as linked from b;
with a as (insert into d14_parent (name) values ('fay') returning id, name), b as (insert into d14_child (parent_id, tag, qty) select id, name, 6 from a returning tag, qty), c as (insert into d14_log (what, n) select tag, qty from b returning what, n) select * from c;
select what, n from d14_log order by id;

-- UPDATE in WITH, the main query aggregating, joining, filtering, ordering its rows
with u as (update d14_child set qty = qty + 1 where qty < 3 returning *) select count(*) from u;
with u as (update d14_child set qty = qty * 2 where tag like '%kid' returning parent_id, qty) select p.name, u.qty from u join d14_parent p on p.id = u.parent_id order by p.name;
with u as (update d14_parent set score = score + 10 where name in ('ann', 'bob', 'cid') returning name, score) select name, score from u where score > 10 order by name desc;
with u as (update d14_parent set score = score + 1 returning score) select sum(score), min(score), max(score), avg(score)::numeric(10,2) from u;
with u as (update d14_child set price = price + 1 where price is not null returning tag, price) select tag, price, price * 2 as twice from u order by tag;
with u as (update d14_parent set score = 0 where name = 'nobody' returning *) select count(*), coalesce(sum(score), -1) from u;
with u as (update d14_parent set score = score + 1 where name = 'ann' returning id, score) select u.score, (select count(*) from d14_child c where c.parent_id = u.id) as kids from u;
with u(pid, s) as (update d14_parent set score = score - 1 where name = 'ann' returning id, score) select s from u;
with u as (update d14_child set tag = upper(tag) where tag = 'first' returning tag) select string_agg(tag, ',') from u;

-- DELETE in WITH
insert into d14_parent (name, score) values ('old1', 1), ('old2', 2), ('old3', 3);
with d as (delete from d14_parent where name like 'old%' returning *) select name, score from d order by score desc;
with d as (delete from d14_log where n > 5 returning what) select what from d order by what;
with d as (delete from d14_log where n > 1000 returning *) select * from d;
select what, n from d14_log order by id;

-- moving rows: DELETE feeding an INSERT, and the main query an INSERT reading several WITH queries
insert into d14_parent (name, score) values ('mv1', 11), ('mv2', 12);
with d as (delete from d14_parent where name like 'mv%' returning id, name, score) insert into d14_archive select * from d returning name, score;
select name, score from d14_archive order by id;
with d as (delete from d14_archive where score = 11 returning name), l as (insert into d14_log (what, n) values ('archive-trim', 1) returning id) select 'trimmed ' || name as what, (select count(*) from l) as n from d;

-- several WITH queries, each a different table, beside plain WITH queries
with p as (select id from d14_parent where name = 'bob'), u as (update d14_parent set score = 100 where id in (select id from p) returning id), l as (insert into d14_log (what, n) select 'bumped', id from u returning n) select (select count(*) from u) as updated, (select count(*) from l) as logged;
with c as (select 7 as q), a as (insert into d14_log (what, n) select 'q', q from c returning n), b as (update d14_archive set score = score + 1 returning score) select (select n from a), (select count(*) from b);
with t as (select name from d14_parent where score >= 100) update d14_child set tag = t.name from d14_parent p, t where d14_child.parent_id = p.id and p.name = t.name returning d14_child.tag;

-- a WITH query nothing reads still runs, once, to completion
with gone as (delete from d14_log where what = 'q') select 1 as one;
select count(*) from d14_log where what = 'q';
with i as (insert into d14_log (what, n) values ('unread', 1) returning id) select 'main' as m;
select count(*) from d14_log where what = 'unread';
with i as (insert into d14_log (what, n) values ('unread2', 2)), j as (update d14_archive set score = 0 returning score) select count(*) from j;
select what, n from d14_log where what like 'unread%' order by id;

-- the main statement an UPDATE or DELETE using a WITH query
with x as (insert into d14_log (what, n) values ('for-bob', 3) returning n) update d14_parent set score = score + x.n from x where d14_parent.name = 'bob' returning name, score;
with x as (insert into d14_log (what, n) values ('drop-eve', 0) returning what) delete from d14_child where tag = 'e1' and exists (select 1 from x) returning tag;
with x as (update d14_archive set name = name || '!' returning id) delete from d14_log where what = 'archive-trim' returning what;
with x as (insert into d14_archive values (50, 'fifty', 50) returning id) update d14_log set n = (select id from x) where what = 'for-bob' returning what, n;

-- the snapshot: the main query sees the tables as the statement began
with u as (update d14_parent set score = 999 where name = 'ann' returning score) select name, score from d14_parent where name = 'ann';
select score from d14_parent where name = 'ann';
with i as (insert into d14_parent (name) values ('gil') returning id) select count(*) from d14_parent where name = 'gil';
select count(*) from d14_parent where name = 'gil';
with d as (delete from d14_log where what = 'for-bob' returning n) select (select count(*) from d14_log where what = 'for-bob') as before, (select count(*) from d) as deleted;
begin;
with u as (update d14_archive set score = -1 returning id) select a.score, u.id from d14_archive a join u on u.id = a.id order by a.id;
rollback;

-- get or create: the row inserted, else the one there as the statement began
create table d14_tag (id serial primary key, name text unique, weight numeric);
with new as (insert into d14_tag (name, weight) values ('red', 1.50) on conflict (name) do nothing returning id) select id from new union all select id from d14_tag where name = 'red';
with new as (insert into d14_tag (name, weight) values ('red', 9) on conflict (name) do nothing returning id) select id from new union all select id from d14_tag where name = 'red';
with up as (insert into d14_tag (name, weight) values ('red', 2.25), ('blue', 10) on conflict (name) do update set weight = excluded.weight returning name, weight) select name, weight, weight > 2 as heavy, weight * 2 as twice from up order by name;
with u as (update d14_tag set weight = weight + 0.5 returning name, weight) select name, weight, weight = 2.75 as exact, weight + 0 as same from u where weight > 3 or name = 'red' order by weight;
with u as (update d14_tag set weight = weight - 0.5 returning weight) select sum(weight), max(weight), min(weight) from u;

-- through the extended protocol
-- params: ["hal", 7]
with ins as (insert into d14_parent (name, score) values ($1, $2) returning id, name) insert into d14_child (parent_id, tag, qty) select id, name || '-p', $2 from ins returning tag, qty;
-- params: [7]
with u as (update d14_child set qty = qty + 1 where qty = $1 returning qty) select count(*), max(qty) from u;
-- params: ["hal"]
with d as (delete from d14_child where tag = $1 || '-p' returning parent_id) select p.name from d join d14_parent p on p.id = d.parent_id;
-- params: [100, "x"]
with u as (update d14_parent set score = score + 1 where score >= $1 returning name), l as (insert into d14_log (what, n) select $2 || name, 1 from u order by name returning what) select what from l order by what;

-- errors leave nothing behind
select count(*) from d14_parent;
with ins as (insert into d14_parent (name) values ('ivy') returning id) insert into d14_child (parent_id, tag, qty) select id, 'bad', -1 from ins;
with ins as (insert into d14_parent (name) values ('ivy') returning id) insert into d14_child (parent_id, tag, qty) select id + 1000, 'orphan', 1 from ins;
with ins as (insert into d14_parent (name) values ('ann') returning id) insert into d14_log (what, n) select 'dup', id from ins;
with l as (insert into d14_log (what, n) values ('before-dup', 1) returning id) insert into d14_parent (name) values ('ann') returning id;
with u as (update d14_child set qty = -5 where tag = 'first' returning id) insert into d14_log (what, n) select 'neg', id from u;
with d as (delete from d14_parent where name = 'ann' returning id) insert into d14_log (what, n) select 'gone', id from d;
select count(*) from d14_parent;
select count(*) from d14_parent where name = 'ivy';
select count(*) from d14_log where what in ('dup', 'before-dup', 'neg', 'gone');
select qty from d14_child where tag = 'FIRST';
begin;
with ins as (insert into d14_parent (name) values ('jo') returning id) insert into d14_child (parent_id, tag, qty) select id, 'jo-kid', 1 from ins returning tag;
select count(*) from d14_parent where name = 'jo';
rollback;
select count(*) from d14_parent where name = 'jo';
begin;
with ins as (insert into d14_parent (name) values ('kim') returning id) insert into d14_child (parent_id, tag, qty) select id, 'kim-kid', 1 from ins;
with ins as (insert into d14_parent (name) values ('kim') returning id) select * from ins;
rollback;
select count(*) from d14_parent where name = 'kim';

-- cascades and the order of foreign keys
insert into d14_parent (name) values ('lee');
insert into d14_cascade select 1, id from d14_parent where name = 'lee';
with d as (delete from d14_parent where name = 'lee' returning id) select count(*) from d;
select count(*) from d14_cascade;
insert into d14_parent (name) values ('max');
with c as (insert into d14_child (parent_id, tag, qty) select id, 'max-kid', 1 from d14_parent where name = 'max' returning parent_id) select count(*) from c;
with d as (delete from d14_child where tag = 'max-kid' returning parent_id) delete from d14_parent where id in (select parent_id from d) returning name;

-- what PostgreSQL itself refuses
with d as (delete from d14_log where what = 'x') select * from d;
with d as (update d14_log set n = 1 where false) select count(*) from d;
select * from (with d as (delete from d14_log where false returning *) select * from d) s;
select (with u as (update d14_log set n = 1 where false returning n) select count(*) from u);

-- what evsql refuses rather than answer otherwise: one table written twice
begin;
with a as (insert into d14_log (what, n) values ('a', 1) returning id) insert into d14_log (what, n) select 'b', id from a;
rollback;
begin;
with a as (update d14_parent set score = 1 where name = 'bob' returning id), b as (update d14_parent set score = 2 where name = 'cid' returning id) select count(*) from a;
rollback;

select p.name, p.score from d14_parent p order by p.id;
select tag, qty, price from d14_child order by id;
select what, n from d14_log order by id;
select id, name, score from d14_archive order by id;
