-- LATERAL subqueries and set-returning functions in FROM over earlier FROM items (the
-- twenty-third session): top-N per group, aggregates, LEFT JOIN LATERAL keeping rows, nested
-- LATERALs, json/array functions over a column, UPDATE … FROM and DELETE … USING, CTEs,
-- parameters, NULLs and the errors PostgreSQL raises. Names are prefixed s23_.
create table s23_cust(id int primary key, name text not null, region text, credit numeric(10,2), vip boolean, tags jsonb, prefs json);
create table s23_ord(id int primary key, cust_id int references s23_cust(id), placed timestamp, total numeric(10,2), status text, items jsonb);
create table s23_line(ord_id int, sku text, qty int, price numeric(8,3));
insert into s23_cust values (1, 'acme', 'eu', 1000.50, true, '["b2b","eu"]', '{"lang":"de","tz":"CET"}'), (2, 'bolt', 'us', 250, false, '[]', '{"lang":"en"}'), (3, 'crux', null, null, null, null, null), (4, 'dyn', 'eu', 0.1, true, '["x"]', '{}');
insert into s23_ord values (10, 1, '2026-01-03 10:00', 120.00, 'paid', '[{"sku":"a","qty":2},{"sku":"b","qty":1}]'), (11, 1, '2026-01-05 09:30', 80.5, 'open', '[{"sku":"c","qty":5}]'), (12, 1, '2026-02-01 00:00', 300, 'paid', '[]'), (13, 2, '2026-01-10 12:00', 45.25, 'paid', null), (14, 2, null, null, 'void', '[{"sku":"a"}]'), (15, 4, '2026-03-01 08:00', 10, 'open', '[{"sku":"z","qty":1}]');
insert into s23_line values (10, 'a', 2, 10.5), (10, 'b', 1, 99), (11, 'c', 5, 16.1), (12, 'd', 1, 300), (13, 'a', 3, 15.083), (15, 'z', 1, 10), (99, 'orphan', 1, 1);
-- top-N per group
-- @must
select c.name, o.id, o.total from s23_cust c cross join lateral (select id, total from s23_ord where cust_id = c.id order by total desc limit 2) o order by c.id, o.total desc;
select c.name, o.id, o.total from s23_cust c left join lateral (select id, total from s23_ord where cust_id = c.id order by total desc nulls last limit 2) o on true order by c.id, o.id;
select c.name, o.* from s23_cust c, lateral (select id, placed from s23_ord o where o.cust_id = c.id order by placed desc limit 1) o order by 1;
select c.id, o.id from s23_cust c left join lateral (select id from s23_ord where cust_id = c.id order by placed asc nulls first limit 1) o on true order by 1;
select c.name, o.id, o.status from s23_cust c cross join lateral (select * from s23_ord o where o.cust_id = c.id and o.status <> 'void' order by o.placed limit 2 offset 1) o order by 1, 2;
select c.id, latest.placed, latest.total from s23_cust c left join lateral (select placed, total from s23_ord where s23_ord.cust_id = c.id order by placed desc nulls last, id limit 1) as latest on true order by c.id;
-- aggregates inside
-- @must
select c.name, s.n, s.sum_total from s23_cust c cross join lateral (select count(*) as n, sum(total) as sum_total from s23_ord where cust_id = c.id) s order by 1;
select c.name, s.* from s23_cust c, lateral (select count(*), sum(total), avg(total), max(placed), min(status) from s23_ord o where o.cust_id = c.id) s order by 1;
select c.name, s.avg_total, pg_typeof(s.avg_total) from s23_cust c left join lateral (select avg(total) as avg_total from s23_ord o where o.cust_id = c.id) s on true order by 1;
select c.name, s.paid from s23_cust c cross join lateral (select count(*) filter (where status = 'paid') as paid from s23_ord where cust_id = c.id) s where s.paid > 0 order by 1;
select c.name, s.status, s.n from s23_cust c join lateral (select status, count(*) as n from s23_ord where cust_id = c.id group by status) s on true order by 1, 2;
select c.name, s.total_qty from s23_cust c left join lateral (select sum(l.qty) as total_qty from s23_ord o join s23_line l on l.ord_id = o.id where o.cust_id = c.id) s on true order by 1;
select c.name, b.bool_and from s23_cust c, lateral (select bool_and(total > 50) from s23_ord where cust_id = c.id) b order by 1;
select c.name, s.names from s23_cust c left join lateral (select string_agg(status, ',' order by id) as names from s23_ord where cust_id = c.id) s on true order by 1;
-- LEFT JOIN LATERAL keeps rows without lateral rows
select c.name, o.id from s23_cust c left join lateral (select id from s23_ord where cust_id = c.id and total > 100) o on true order by 1, 2;
select c.name, o.id from s23_cust c left join lateral (select id, total from s23_ord where cust_id = c.id) o on o.total > 50 order by 1, 2;
select c.name, o.id is null as none from s23_cust c left join lateral (select id from s23_ord where cust_id = c.id limit 1) o on true order by 1;
select count(*) from s23_cust c left join lateral (select 1 from s23_ord where cust_id = c.id) o on true;
-- references that are not simple equalities
select c.name, o.id from s23_cust c cross join lateral (select id from s23_ord o where o.total > c.credit / 10 order by id limit 2) o order by 1, 2;
select c.name, o.id from s23_cust c, lateral (select id from s23_ord where cust_id = c.id or total > 250) o order by 1, 2;
select c.name, x.v from s23_cust c, lateral (select c.credit * 2 as v) x order by 1;
select c.name, x.label from s23_cust c cross join lateral (select c.name || '-' || o.id as label from s23_ord o where o.cust_id = c.id order by o.id limit 1) x order by 1;
select c.name, x.* from s23_cust c, lateral (select o.id, o.total - coalesce(c.credit, 0) as diff from s23_ord o where o.cust_id = c.id order by 1 limit 2) x order by 1, 2;
select c.name, r.rank from s23_cust c, lateral (select count(*) + 1 as rank from s23_cust c2 where c2.credit > c.credit) r order by 2, 1;
-- nested LATERALs
select c.name, o.id, l.sku from s23_cust c cross join lateral (select id from s23_ord where cust_id = c.id order by id limit 2) o cross join lateral (select sku from s23_line where ord_id = o.id order by sku limit 1) l order by 1, 2, 3;
select c.name, o.id, l.qty from s23_cust c left join lateral (select id from s23_ord where cust_id = c.id) o on true left join lateral (select sum(qty) as qty from s23_line where ord_id = o.id) l on true order by 1, 2;
select c.name, x.id, x.skus from s23_cust c, lateral (select o.id, (select count(*) from s23_line l where l.ord_id = o.id) as skus from s23_ord o where o.cust_id = c.id) x order by 1, 2;
select c.name, y.n from s23_cust c, lateral (select * from lateral (select count(*) as n from s23_ord where cust_id = c.id) z) y order by 1;
-- set-returning functions over an earlier item's column
-- @must
select c.name, t.tag from s23_cust c cross join lateral jsonb_array_elements_text(c.tags) as t(tag) order by 1, 2;
select c.name, t from s23_cust c left join lateral jsonb_array_elements_text(c.tags) t on true order by 1, 2;
select o.id, e.value ->> 'sku' as sku, (e.value ->> 'qty')::int as qty from s23_ord o, lateral jsonb_array_elements(o.items) e order by 1, 2;
select o.id, i.sku, i.qty from s23_ord o cross join lateral jsonb_to_recordset(o.items) as i(sku text, qty int) order by 1, 2;
select o.id, i.* from s23_ord o, json_to_recordset(o.items::json) as i(sku text, qty numeric) order by 1, 2;
select c.name, p.key, p.value from s23_cust c, lateral json_each_text(c.prefs) p order by 1, 2;
select c.name, p.key, p.value, pg_typeof(p.value) from s23_cust c cross join lateral jsonb_each(c.prefs::jsonb) p order by 1, 2;
select c.id, g from s23_cust c cross join lateral generate_series(1, c.id) g order by 1, 2;
select c.id, g.d from s23_cust c, lateral generate_series(date '2026-01-01', date '2026-01-01' + c.id, interval '1 day') as g(d) where c.id < 3 order by 1, 2;
select o.id, u.x, u.n from s23_ord o, lateral unnest(array[o.total, o.total * 2]) with ordinality u(x, n) order by 1, 3;
select o.id, s from s23_ord o left join lateral unnest(string_to_array(o.status, 'a')) s on true order by 1, 2;
select c.id, g from s23_cust c left join lateral generate_series(1, c.credit::int / 400) g on true order by 1, 2;
select c.id, e.ordinality, e.value from s23_cust c, jsonb_array_elements(c.tags) with ordinality e order by 1, 2;
-- a subquery over a function over the outer column
select c.name, x.n from s23_cust c, lateral (select count(*) as n from jsonb_array_elements(c.tags)) x order by 1;
select o.id, x.qty from s23_ord o left join lateral (select sum((e ->> 'qty')::int) as qty from jsonb_array_elements(o.items) e) x on true order by 1;
select o.id, x.sku from s23_ord o cross join lateral (select e ->> 'sku' as sku from jsonb_array_elements(o.items) e order by 1 desc limit 1) x order by 1;
-- output types
select c.id, o.total, o.placed, o.paid from s23_cust c cross join lateral (select total, placed, status = 'paid' as paid from s23_ord where cust_id = c.id order by id limit 1) o order by 1;
select c.id, x.t from s23_cust c left join lateral (select total * 1.5 as t from s23_ord where cust_id = c.id order by id limit 1) x on true order by 1;
select c.id, x.items from s23_cust c left join lateral (select items from s23_ord where cust_id = c.id order by id limit 1) x on true order by 1;
select c.id, x.d from s23_cust c left join lateral (select placed::date as d from s23_ord where cust_id = c.id order by id desc limit 1) x on true order by 1;
select c.id, x.price from s23_cust c left join lateral (select l.price from s23_ord o join s23_line l on l.ord_id = o.id where o.cust_id = c.id order by l.price desc limit 1) x on true order by 1;
-- parameters through the extended protocol
-- params: [2]
select c.name, o.id from s23_cust c cross join lateral (select id from s23_ord where cust_id = c.id order by id limit $1) o order by 1, 2;
-- params: ["paid"]
select c.name, o.id from s23_cust c left join lateral (select id from s23_ord where cust_id = c.id and status = $1) o on true order by 1, 2;
-- params: [1]
select o.id, o.total from s23_cust c, lateral (select id, total from s23_ord where cust_id = c.id order by total desc limit 1) o where c.id = $1;
-- params: [50]
select c.name, s.n from s23_cust c cross join lateral (select count(*) as n from s23_ord where cust_id = c.id and total > $1) s order by 1;
-- params: [null]
select c.name, o.id from s23_cust c left join lateral (select id from s23_ord where cust_id = c.id and status = $1) o on true order by 1, 2;
-- params: [3]
select c.id, g from s23_cust c, lateral generate_series(1, $1::int) g where c.id = 1 order by 2;
-- params: ["eu"]
select c.name, t.tag from s23_cust c cross join lateral jsonb_array_elements_text(c.tags) t(tag) where c.region = $1 order by 1, 2;
-- params: [100]
select c.name, o.id from s23_cust c cross join lateral (select id from s23_ord o where o.total < $1 and o.cust_id <> c.id order by id limit 2) o order by 1, 2;
-- params: [1, 1]
select c.name, o.id from s23_cust c left join lateral (select id from s23_ord where cust_id = c.id order by id limit $1 offset $2) o on true order by 1, 2;
-- params: ["2026-01-04"]
select c.name, o.placed from s23_cust c cross join lateral (select placed from s23_ord where cust_id = c.id and placed > $1::timestamp order by placed limit 1) o order by 1;
-- params: [2]
select c.id, g from s23_cust c cross join lateral generate_series(c.id, c.id + $1) g where c.id < 3 order by 1, 2;
-- params: ["b2b"]
select c.name from s23_cust c where exists (select 1 from jsonb_array_elements_text(c.tags) t where t = $1);
-- params: [-1]
select c.name, o.id from s23_cust c cross join lateral (select id from s23_ord where cust_id = c.id order by id limit $1) o;
-- params: [0.5]
select c.name, x.v from s23_cust c left join lateral (select c.credit * $1::numeric as v) x on true order by 1;
-- params: ["open"]
select c.name, x.n from s23_cust c, lateral (select count(*) filter (where status = $1) as n, max(total) as top from s23_ord where cust_id = c.id) x order by 1;
-- in CTEs
with top as (select c.name, o.id, o.total from s23_cust c cross join lateral (select id, total from s23_ord where cust_id = c.id order by total desc limit 1) o) select * from top order by total desc;
with r as (select id, region from s23_cust where region is not null) select r.region, x.n from r cross join lateral (select count(*) as n from s23_ord o where o.cust_id = r.id) x order by 1, 2;
with recent as (select * from s23_ord where placed > '2026-01-04') select c.name, x.id from s23_cust c left join lateral (select id from recent where recent.cust_id = c.id order by id limit 1) x on true order by 1;
select c.name, x.id from s23_cust c, lateral (with mine as (select id from s23_ord where cust_id = c.id) select id from mine order by id limit 1) x order by 1;
-- in UPDATE … FROM and DELETE … USING
create table s23_summary(cust_id int primary key, last_total numeric(10,2), n int);
insert into s23_summary select id, null, 0 from s23_cust;
update s23_summary s set last_total = x.total from s23_cust c cross join lateral (select total from s23_ord where cust_id = c.id order by placed desc nulls last limit 1) x where s.cust_id = c.id;
select * from s23_summary order by 1;
update s23_summary s set n = x.n from s23_cust c, lateral (select count(*) as n from s23_ord where cust_id = c.id) x where s.cust_id = c.id returning s.cust_id, s.n;
delete from s23_line l using s23_ord o cross join lateral (select 1 from s23_cust c where c.id = o.cust_id and c.vip) v where l.ord_id = o.id and o.status = 'open' returning l.sku;
select * from s23_line order by 1, 2;
insert into s23_summary select c.id + 100, x.total, 1 from s23_cust c cross join lateral (select total from s23_ord where cust_id = c.id order by id limit 1) x returning *;
-- LATERAL in views and EXISTS
create view s23_latest as select c.id, c.name, o.id as ord_id, o.total from s23_cust c left join lateral (select id, total from s23_ord where cust_id = c.id order by placed desc nulls last limit 1) o on true;
select * from s23_latest order by id;
select * from s23_latest where total > 50 order by id;
select c.name from s23_cust c where exists (select 1 from lateral (select id from s23_ord where cust_id = c.id) o) order by 1;
-- wrong inputs and the errors PostgreSQL raises
select c.name, o.id from s23_cust c cross join (select id from s23_ord where cust_id = c.id) o;
select c.name, o.id from s23_cust c, (select id from s23_ord o where o.cust_id = c.id limit 1) o;
select c.name, o.id from s23_cust c right join lateral (select id from s23_ord where cust_id = c.id) o on true;
select c.name, o.id from s23_cust c full join lateral (select id from s23_ord where cust_id = c.id) o on true;
select o.id from lateral (select id from s23_ord where cust_id = c.id) o, s23_cust c;
select c.name, x.nope from s23_cust c cross join lateral (select id from s23_ord where cust_id = c.id) x;
select c.name, x.id from s23_cust c cross join lateral (select id from s23_ord where cust_id = c.idd) x;
select c.name, t from s23_cust c cross join lateral jsonb_array_elements_text(c.prefs) t;
select c.id, g from s23_cust c cross join lateral generate_series(1, c.name) g;
select c.name, x.id from s23_cust c join lateral (select id from s23_ord where cust_id = c.id) x;
select * from s23_cust c cross join lateral (select id from s23_ord where cust_id = c.id) x, lateral (select 1) x;
select c.name, x.v from s23_cust c, lateral (select 1 / (c.id - 3) as v) x order by 1;
select c.name, g from s23_cust c, lateral generate_series(1, 2) g, lateral (select c.id + g as s) s order by 1, 2;
-- a whole-row reference and union inside
select c.id, x from s23_cust c cross join lateral (select id, total from s23_ord where cust_id = c.id order by id limit 1) x order by 1;
select c.id, u.k from s23_cust c cross join lateral (select 'ord' as k from s23_ord where cust_id = c.id union all select 'self') u order by 1, 2;
select c.id, d.v from s23_cust c left join lateral (select distinct status as v from s23_ord where cust_id = c.id) d on true order by 1, 2;
select c.id, w.id, w.rn from s23_cust c cross join lateral (select id, row_number() over (order by total) as rn from s23_ord where cust_id = c.id) w order by 1, 3;
select c.id, x.v from s23_cust c cross join lateral (values (c.id), (c.id * 10)) x(v) order by 1, 2;
drop view s23_latest;
drop table s23_summary, s23_line, s23_ord, s23_cust;
