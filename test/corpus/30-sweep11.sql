-- The eleventh session's sweep (issue 10): statements written as an outside tester would write them,
-- in the style of applications and tutorials, in areas earlier sweeps touched lightly: reporting with
-- CTEs and named windows, frames with first/last/nth_value, FILTER and grouping sets, LATERAL,
-- recursive CTEs over trees and graphs with arrays and cycle detection, string functions and their
-- edge cases, encode/decode, the PG15 regexp functions, make_*/date_bin/justify_* and interval
-- forms, text output of types, jsonb paths, containment and record functions, arrays, upserts,
-- UPDATE FROM / DELETE USING / MERGE, constraint errors and the SQLSTATEs of bad input, typing of
-- COALESCE/GREATEST/CASE. Tables are prefixed s11_.

-- schema
create table s11_dept (id int primary key, name text not null unique, parent_id int references s11_dept(id), budget numeric(12,2));
create table s11_emp (id int primary key, name text not null, dept_id int references s11_dept(id), manager_id int references s11_emp(id), salary numeric(10,2) not null check (salary > 0), hired date not null, active boolean not null default true, email varchar(60) unique, tags text[], rating real, constraint s11_emp_name_len check (length(name) between 2 and 40));
create table s11_sale (id serial primary key, emp_id int not null references s11_emp(id), region text not null, product text not null, sold_on date not null, amount numeric(12,2) not null, qty int not null default 1, meta jsonb);
create table s11_edge (src int not null, dst int not null, w int default 1, primary key (src, dst));
create table s11_kv (k text primary key, v int not null check (v >= 0), note text, hits int not null default 0);
create table s11_ev (id bigint primary key, at timestamp not null, dur interval, ok boolean, payload json, code char(3), ratio double precision);
insert into s11_dept values (1, 'Head Office', null, 1000000), (2, 'Engineering', 1, 500000), (3, 'Sales', 1, 250000.50), (4, 'Backend', 2, 200000), (5, 'Frontend', 2, 150000), (6, 'EMEA Sales', 3, 90000), (7, 'Empty Dept', 1, null);
insert into s11_emp values (1, 'Alice Archer', 1, null, 250000, '2015-03-01', true, 'alice@corp.test', '{exec,founder}', 4.9);
insert into s11_emp values (2, 'Bob Baker', 2, 1, 180000, '2016-07-15', true, 'bob@corp.test', '{lead}', 4.5), (3, 'Carol Chen', 3, 1, 150000, '2017-01-10', true, 'carol@corp.test', '{lead,remote}', 4.7), (4, 'Dan Diaz', 4, 2, 120000, '2018-05-20', true, 'dan@corp.test', '{}', 3.9), (5, 'Erin Evans', 4, 4, 95000.50, '2020-11-02', true, 'erin@corp.test', '{remote}', 4.1), (6, 'Frank Fox', 5, 2, 99000, '2019-02-28', false, null, null, 3.2), (7, 'Grace Gil', 5, 6, 87000, '2021-08-16', true, 'grace@corp.test', '{remote,junior}', 4.0), (8, 'Hank Hill', 6, 3, 70000, '2022-01-03', true, 'hank@corp.test', '{junior}', null), (9, 'Ivy Ito', 6, 8, 72000, '2022-01-03', true, 'ivy@corp.test', '{}', 4.4), (10, 'Jon Jones', 3, 3, 65000, '2023-06-30', false, 'jon@corp.test', '{contract}', 2.5), (11, 'Kim Kay', 4, 4, 120000, '2018-05-20', true, 'kim@corp.test', '{remote,lead}', 4.8), (12, 'Lee Lu', null, null, 50000, '2024-02-29', true, 'lee@corp.test', null, null);
insert into s11_sale (emp_id, region, product, sold_on, amount, qty, meta) values
 (3, 'north', 'widget', '2024-01-03', 120.00, 2, '{"channel": "web", "discount": 0.1}'),
 (3, 'north', 'gadget', '2024-01-15', 75.50, 1, '{"channel": "store"}'),
 (8, 'south', 'widget', '2024-01-20', 60.00, 1, '{"channel": "web", "coupon": "NEW10"}'),
 (9, 'south', 'gizmo', '2024-02-01', 300.00, 3, '{"channel": "phone", "tags": ["bulk", "b2b"]}'),
 (9, 'east', 'widget', '2024-02-14', 180.00, 3, null),
 (10, 'west', 'gadget', '2024-02-29', 151.00, 2, '{"channel": "web", "discount": 0.25}'),
 (3, 'east', 'gizmo', '2024-03-01', 99.99, 1, '{"channel": "store", "gift": true}'),
 (8, 'north', 'gadget', '2024-03-10', 75.50, 1, '{}'),
 (8, 'north', 'widget', '2024-03-10', 60.00, 1, '{"channel": "web"}'),
 (9, 'south', 'widget', '2024-03-31', 240.00, 4, '{"channel": "web", "discount": 0.05, "tags": ["repeat"]}'),
 (10, 'west', 'gizmo', '2024-04-01', 0.01, 1, '{"channel": "web", "note": null}'),
 (3, 'west', 'widget', '2024-04-15', 600.00, 10, '{"channel": "phone", "tags": ["bulk"]}'),
 (9, 'east', 'gadget', '2024-04-30', 226.50, 3, '{"channel": "store"}'),
 (8, 'south', 'gizmo', '2024-05-05', 199.98, 2, '{"channel": "web", "discount": 0}'),
 (3, 'north', 'gizmo', '2024-05-20', 99.99, 1, null),
 (10, 'north', 'widget', '2024-06-01', 120.00, 2, '{"channel": "web"}'),
 (9, 'west', 'widget', '2024-06-15', 60.00, 1, '{"channel": "store", "gift": false}'),
 (8, 'east', 'gadget', '2024-06-30', 151.00, 2, '{"channel": "phone"}');
insert into s11_edge (src, dst, w) values (1, 2, 4), (1, 3, 1), (2, 4, 1), (3, 2, 2), (3, 4, 5), (4, 5, 3), (5, 3, 1), (6, 7, 1);
insert into s11_kv values ('a', 1, 'first', 0), ('b', 2, null, 0), ('c', 3, 'third', 5);
insert into s11_ev values (1, '2024-03-10 08:00:00', '01:30:00', true, '{"k": 1, "tags": ["x"]}', 'AB', 0.5), (2, '2024-03-10 09:15:30.25', '45 minutes', false, '{"k": 2}', 'C', 1.0 / 3), (3, '2024-03-11 23:59:59', '2 days 03:00:00', null, null, null, -0.0), (4, '2024-03-12 00:00:00', '-1 hour', true, '[1, 2]', 'XYZ', 1e-7), (5, '2024-12-31 12:30:00', '1 mon 2 days', true, '"str"', 'D  ', 12345678.9);
select count(*), sum(salary), min(hired), max(hired) from s11_emp;
select count(*), sum(amount), sum(qty) from s11_sale;

-- reporting with CTEs
with monthly as (select date_trunc('month', sold_on)::date as m, sum(amount) as total from s11_sale group by 1) select m, total, sum(total) over (order by m) as running, round(100 * total / sum(total) over (), 2) as pct from monthly order by m;
with monthly as (select to_char(sold_on, 'YYYY-MM') as m, sum(amount) as total from s11_sale group by 1) select m, total, total - lag(total) over (order by m) as delta, round((total / lag(total) over (order by m) - 1) * 100, 1) as growth from monthly order by m;
with by_emp as (select emp_id, sum(amount) as total, count(*) as n from s11_sale group by emp_id) select e.name, b.total, b.n, round(b.total / b.n, 2) as avg_sale from by_emp b join s11_emp e on e.id = b.emp_id order by b.total desc;
with ranked as (select region, product, sum(amount) as total, rank() over (partition by region order by sum(amount) desc) as r from s11_sale group by region, product) select region, product, total from ranked where r = 1 order by region;
with top as (select emp_id from s11_sale group by emp_id having sum(amount) > 500) select name from s11_emp where id in (select emp_id from top) order by name;
with d as (select d.name, count(e.id) as headcount, coalesce(sum(e.salary), 0) as payroll from s11_dept d left join s11_emp e on e.dept_id = d.id group by d.id, d.name) select name, headcount, payroll, rank() over (order by payroll desc) from d order by payroll desc, name;
with s as (select region, sum(amount) filter (where product = 'widget') as widgets, sum(amount) filter (where product = 'gadget') as gadgets, sum(amount) filter (where product = 'gizmo') as gizmos from s11_sale group by region) select * from s order by region;
with q as (select extract(quarter from sold_on) as q, region, sum(amount) as total from s11_sale group by 1, 2) select q, string_agg(region || '=' || total, ', ' order by region) from q group by q order by q;
with a as materialized (select * from s11_sale where amount > 100) select count(*), max(amount) from a;
with a as not materialized (select emp_id, amount from s11_sale) select emp_id, max(amount) from a group by emp_id order by emp_id;
with recent as (select * from s11_sale where sold_on >= date '2024-04-01') select product, count(*), avg(amount)::numeric(10,2) from recent group by product order by product;
with x(a, b) as (values (1, 'one'), (2, 'two')) select b, a from x order by a desc;
with x as (select 1 as n), y as (select n + 1 as n from x), z as (select n * 10 as n from y) select * from x, y, z;
with e as (select dept_id, avg(salary) as avg_sal from s11_emp group by dept_id) select s.name, s.salary, round(e.avg_sal, 2) from s11_emp s join e on e.dept_id = s.dept_id where s.salary > e.avg_sal order by s.name;
select e.name, e.salary, d.name as dept from s11_emp e left join s11_dept d on d.id = e.dept_id where e.salary = (select max(salary) from s11_emp e2 where e2.dept_id is not distinct from e.dept_id) order by e.name;

-- window functions
select name, salary, ntile(4) over (order by salary desc, id) as quartile from s11_emp order by salary desc, id;
select name, salary, percent_rank() over (order by salary), cume_dist() over (order by salary) from s11_emp order by salary, id;
select name, dept_id, salary, rank() over w, dense_rank() over w, row_number() over (partition by dept_id order by salary desc, id) from s11_emp window w as (partition by dept_id order by salary desc) order by dept_id nulls last, salary desc, id;
select name, hired, lag(name, 1, '(none)') over (order by hired, id), lead(name, 2, '(end)') over (order by hired, id) from s11_emp order by hired, id;
select id, amount, lag(amount, 1, 0) over (order by id), lead(amount, 1, amount) over (order by id) from s11_sale order by id;
select id, amount, lag(amount, 0) over (order by id), lead(amount, -1) over (order by id) from s11_sale where id <= 4 order by id;
select id, amount, first_value(amount) over w as first, last_value(amount) over w as last, nth_value(amount, 3) over w as third from s11_sale window w as (order by id) order by id;
select id, amount, first_value(amount) over w as first, last_value(amount) over w as last, nth_value(amount, 3) over w as third from s11_sale window w as (order by id rows between unbounded preceding and unbounded following) order by id;
select id, region, amount, last_value(amount) over (partition by region order by id range between current row and unbounded following) from s11_sale order by region, id;
select id, amount, nth_value(id, 2) over (order by amount desc, id rows between 1 preceding and 1 following) from s11_sale order by amount desc, id;
select id, amount, sum(amount) over (order by id rows between 2 preceding and current row) as moving3, avg(amount) over (order by id rows 2 preceding)::numeric(10,2) as avg3 from s11_sale order by id;
select id, amount, count(*) over (order by amount range between 50 preceding and 50 following) from s11_sale order by amount, id;
select sold_on, amount, sum(amount) over (order by sold_on range between interval '7 days' preceding and current row) from s11_sale order by sold_on, id;
select id, qty, sum(qty) over (order by qty groups between 1 preceding and 1 following) from s11_sale order by qty, id;
select id, qty, sum(qty) over (order by id rows between unbounded preceding and current row exclude current row) from s11_sale order by id;
select id, qty, sum(qty) over (order by qty rows between unbounded preceding and unbounded following exclude ties) from s11_sale order by qty, id;
select id, qty, array_agg(id) over (order by qty range between current row and current row exclude group) from s11_sale order by qty, id;
select region, amount, sum(amount) over (partition by region) as region_total, round(amount / sum(amount) over (partition by region) * 100, 2) as share from s11_sale order by region, id;
select region, product, count(*) over (partition by region, product), count(*) over (partition by region) from s11_sale order by region, product, id;
select distinct region, sum(amount) over (partition by region) from s11_sale order by region;
select region, max(amount) over (partition by region), min(amount) over (partition by region), avg(qty) over (partition by region) from s11_sale where id in (1, 4, 6, 8) order by id;
select name, salary, salary - avg(salary) over () as diff from s11_emp order by id limit 4;
select name, salary, max(salary) over (partition by dept_id) - salary as gap from s11_emp where dept_id is not null order by dept_id, id;
select id, emp_id, row_number() over (partition by emp_id order by sold_on desc, id desc) as recency from s11_sale order by emp_id, recency;
select * from (select id, emp_id, amount, rank() over (partition by emp_id order by amount desc) r from s11_sale) t where r <= 2 order by emp_id, r, id;
select emp_id, sum(amount), rank() over (order by sum(amount) desc), sum(sum(amount)) over () from s11_sale group by emp_id order by 2 desc;
select product, count(*), ntile(2) over (order by count(*) desc, product) from s11_sale group by product order by product;
select id, amount, percent_rank() over (partition by product order by amount), cume_dist() over (partition by product order by amount) from s11_sale order by product, amount, id;
select name, bool_and(active) over (partition by dept_id), bool_or(salary > 100000) over (partition by dept_id) from s11_emp where dept_id is not null order by dept_id, id;
select id, string_agg(product, ',') over (order by id rows between 2 preceding and current row) from s11_sale where id <= 5 order by id;
select id, sum(amount) over w1, max(amount) over w2 from s11_sale window w1 as (partition by region), w2 as (w1 order by id) order by id;
select id, count(*) over w from s11_sale window w as (order by sold_on rows between current row and 2 following) order by id;
select id, sum(qty) over (w rows between 1 preceding and current row) from s11_sale window w as (order by id) order by id;
select id, sum(qty) over (w order by id) from s11_sale window w as (order by region);
select id, rank() over (order by id rows between 1 preceding and current row) from s11_sale where id < 3 order by id;
select id, ntile(0) over (order by id) from s11_sale;
select id, nth_value(amount, 0) over (order by id) from s11_sale;
select id, lag(amount, -1, 'x') over (order by id) from s11_sale;
select row_number() over (), count(*) from s11_sale;
select name, row_number() over (order by name) from s11_emp where row_number() over (order by name) < 3;
select emp_id, avg(amount) filter (where qty > 1) over (partition by emp_id) from s11_sale order by emp_id, id;
select id, first_value(product) over (partition by region order by amount desc, id), last_value(product) over (partition by region order by amount desc, id rows between unbounded preceding and unbounded following) from s11_sale order by region, id;
select x, sum(x) over (order by x), sum(x) over (order by x rows unbounded preceding) from (values (1), (1), (2), (3), (3)) v(x) order by x;
select x, avg(x) over (order by x range between 1 preceding and 1 following) from (values (1.5), (2.0), (2.5), (4.0)) v(x) order by x;
select x, count(*) over (order by x range between 0.5 preceding and 0.5 following) from (values (1::float8), (1.4), (2.0), (3.1)) v(x) order by x;
select d, count(*) over (order by d range between '1 day' preceding and '1 day' following) from (values (date '2024-01-01'), ('2024-01-02'), ('2024-01-04')) v(d) order by d;
select x, lag(x) over (order by x nulls first), lead(x) over (order by x desc nulls last) from (values (1), (null), (3)) v(x) order by x nulls first;
select x, first_value(x) ignore nulls over (order by x) from (values (1), (null)) v(x);
select sum(salary) over (partition by dept_id order by id) from s11_emp where dept_id = 4 order by id;
select dept_id, id, avg(salary) over (partition by dept_id order by id rows between unbounded preceding and current row)::numeric(12,2) from s11_emp where dept_id in (4, 5) order by dept_id, id;

-- FILTER, grouping sets, DISTINCT ON
select count(*) filter (where active) as active, count(*) filter (where not active) as inactive, count(email) filter (where email like '%corp.test'), avg(salary) filter (where dept_id = 4)::numeric(12,2) from s11_emp;
select dept_id, count(*) filter (where 'remote' = any(tags)) as remote, count(*) from s11_emp group by dept_id order by dept_id nulls first;
select product, sum(qty) filter (where region in ('north', 'south')) as ns, sum(qty) filter (where region not in ('north', 'south')) as ew from s11_sale group by product order by product;
select string_agg(name, ', ' order by name) filter (where salary > 100000), array_agg(id order by id desc) filter (where not active) from s11_emp;
select json_agg(id order by id) filter (where rating > 4.5), jsonb_agg(name order by name) filter (where rating is null) from s11_emp;
select count(*) filter (where amount > 1000), sum(amount) filter (where false), max(amount) filter (where qty = 99) from s11_sale;
select region, product, sum(amount) from s11_sale group by grouping sets ((region, product), (region), ()) order by region nulls last, product nulls last;
select region, product, sum(qty), grouping(region), grouping(product), grouping(region, product) from s11_sale group by cube (region, product) order by grouping(region, product), region nulls last, product nulls last;
select extract(month from sold_on) as m, region, count(*) from s11_sale group by rollup (1, 2) order by 1 nulls last, 2 nulls last;
select region, product, count(*) from s11_sale group by region, rollup (product) order by 1, 2 nulls last;
select region, product, count(*) from s11_sale group by grouping sets (region, product) order by region nulls last, product nulls last;
select case when grouping(region) = 1 then 'ALL' else region end as region, sum(amount) from s11_sale group by rollup (region) order by grouping(region), region;
select region, count(*) from s11_sale group by grouping sets ((region), (region)) order by region;
select product, sum(amount) from s11_sale group by grouping sets ((product), ()) having sum(amount) > 1000 order by product nulls last;
select dept_id, active, count(*), sum(salary) from s11_emp group by cube (dept_id, active) having count(*) > 1 order by dept_id nulls last, active nulls last;
select distinct on (region) region, id, amount from s11_sale order by region, amount desc, id;
select distinct on (emp_id) emp_id, sold_on, product from s11_sale order by emp_id, sold_on desc, id desc;
select distinct on (product, region) product, region, amount from s11_sale order by product, region, amount;
select distinct on (dept_id) dept_id, name, salary from s11_emp order by dept_id nulls first, salary desc;
select distinct on (extract(month from sold_on)) extract(month from sold_on) as m, id from s11_sale order by extract(month from sold_on), id desc;
select distinct on (region) region, amount from s11_sale order by amount;
select count(distinct region), count(distinct (region, product)), count(distinct product) from s11_sale;
select count(distinct (emp_id, qty)) from s11_sale where qty > 1;
select count(*), count(meta), count(meta -> 'channel'), count(distinct meta ->> 'channel') from s11_sale;
select region, count(distinct product) as products, array_agg(distinct product order by product) from s11_sale group by region order by region;
select bool_and(active), bool_or(active), every(salary > 50000), every(salary >= 50000) from s11_emp;
select dept_id, every(active), bool_or(rating > 4.6) from s11_emp group by dept_id order by dept_id nulls last;
select bool_and(x), bool_or(x), every(x) from (values (null::boolean), (null)) v(x);
select bool_and(x) from (select true as x where false) t;
select string_agg(product, '|' order by id desc), string_agg(distinct region, ',' order by region) from s11_sale;
select string_agg(name, E'\n' order by id) from s11_emp where id <= 3;
select string_agg(x, ',') from (values ('a'), (null), ('c')) v(x);
select string_agg(x::text, ',') from generate_series(1, 0) x;
select string_agg(name, ',' order by salary desc, name) from s11_emp where dept_id = 4;
select string_agg(decode('6869', 'hex'), '\x2c'::bytea);
select dept_id, max(name), min(name), max(hired), min(email) from s11_emp group by dept_id order by dept_id nulls last;
select avg(rating), sum(rating), min(rating), max(rating) from s11_emp;
select count(*) from s11_emp group by ();
select 1 from s11_emp having count(*) > 5;
select sum(amount) from s11_sale where false;
select region, sum(amount) from s11_sale group by region having count(*) >= 4 and sum(amount) > 500 order by region;
select product, region from s11_sale group by product;

-- LATERAL
select d.name, top.name, top.salary from s11_dept d cross join lateral (select name, salary from s11_emp e where e.dept_id = d.id order by salary desc limit 1) top order by d.id;
select d.name, top.name from s11_dept d left join lateral (select name from s11_emp e where e.dept_id = d.id order by salary desc limit 2) top on true order by d.id, top.name;
select e.name, s.n, s.total from s11_emp e, lateral (select count(*) as n, coalesce(sum(amount), 0) as total from s11_sale where emp_id = e.id) s where e.id in (3, 8, 9, 10, 1) order by e.id;
select e.name, t.tag, t.i from s11_emp e cross join lateral unnest(e.tags) with ordinality as t(tag, i) order by e.id, t.i;
select s.id, k.key, k.value from s11_sale s cross join lateral jsonb_each_text(s.meta) k where s.id <= 4 order by s.id, k.key;
select s.id, t.tag from s11_sale s cross join lateral jsonb_array_elements_text(s.meta -> 'tags') t(tag) order by s.id, t.tag;
select x, y, x * y from generate_series(1, 3) x, lateral generate_series(x, 3) y order by x, y;
select g.d, s.n from generate_series(date '2024-01-01', date '2024-06-01', interval '1 month') g(d) left join lateral (select count(*) n from s11_sale where date_trunc('month', sold_on) = g.d) s on true order by g.d;
select e.name, m.name as manager, m2.name as grand from s11_emp e left join lateral (select * from s11_emp x where x.id = e.manager_id) m on true left join lateral (select * from s11_emp y where y.id = m.manager_id) m2 on true order by e.id;
select v.a, l.b from (values (1), (2)) v(a), lateral (select v.a * 10 as b union all select v.a * 100) l order by 1, 2;
select * from s11_dept d, (select count(*) from s11_emp e where e.dept_id = d.id) c;
select r.region, p.product, coalesce(sum(s.amount), 0) from (select distinct region from s11_sale) r cross join (select distinct product from s11_sale) p left join s11_sale s on s.region = r.region and s.product = p.product group by r.region, p.product order by 1, 2;

-- recursive CTEs: trees, paths, cycles
with recursive chain as (select id, name, manager_id, 1 as level, name::text as path from s11_emp where manager_id is null and dept_id is not null union all select e.id, e.name, e.manager_id, c.level + 1, c.path || ' > ' || e.name from s11_emp e join chain c on e.manager_id = c.id) select level, path from chain order by path;
with recursive sub as (select id, name, parent_id, array[id] as ids from s11_dept where parent_id is null union all select d.id, d.name, d.parent_id, s.ids || d.id from s11_dept d join sub s on d.parent_id = s.id) select name, ids, array_length(ids, 1) as depth from sub order by ids;
with recursive sub as (select id from s11_dept where id = 2 union all select d.id from s11_dept d join sub on d.parent_id = sub.id) select sum(e.salary), count(*) from s11_emp e where e.dept_id in (select id from sub);
with recursive up as (select id, name, parent_id from s11_dept where id = 6 union all select d.id, d.name, d.parent_id from s11_dept d join up on d.id = up.parent_id) select string_agg(name, ' / ' order by id) from up;
with recursive reports as (select id, manager_id, 0 as depth from s11_emp where id = 2 union all select e.id, e.manager_id, r.depth + 1 from s11_emp e join reports r on e.manager_id = r.id) select depth, count(*) from reports group by depth order by depth;
with recursive paths(node, path, cost) as (select 1, array[1], 0 union all select e.dst, p.path || e.dst, p.cost + e.w from s11_edge e join paths p on e.src = p.node where not e.dst = any(p.path)) select path, cost from paths where node = 5 order by cost, path;
with recursive paths(node, path, cost) as (select 1, array[1], 0 union all select e.dst, p.path || e.dst, p.cost + e.w from s11_edge e join paths p on e.src = p.node where not e.dst = any(p.path)) select node, min(cost) from paths group by node order by node;
with recursive walk(node, path, is_cycle) as (select 3, array[3], false union all select e.dst, w.path || e.dst, e.dst = any(w.path) from s11_edge e join walk w on e.src = w.node where not w.is_cycle) select path, is_cycle from walk order by array_length(path, 1), path;
with recursive walk(node) as (select 1 union all select e.dst from s11_edge e join walk w on e.src = w.node) cycle node set looped using trail select node, looped, trail from walk order by trail;
with recursive walk(node, depth) as (select 1, 0 union all select e.dst, w.depth + 1 from s11_edge e join walk w on e.src = w.node) cycle node set looped to 'Y' default 'N' using trail select node, depth, looped from walk order by depth, node, looped;
with recursive t(id, parent) as (select id, parent_id from s11_dept where parent_id is null union all select d.id, d.parent_id from s11_dept d join t on d.parent_id = t.id) search breadth first by id set ord select id, ord from t order by ord;
with recursive t(id, parent) as (select id, parent_id from s11_dept where parent_id is null union all select d.id, d.parent_id from s11_dept d join t on d.parent_id = t.id) search depth first by id set ord select id from t order by ord;
with recursive reach(n) as (select 6 union select dst from s11_edge join reach on src = n) select array_agg(n order by n) from reach;
with recursive fib(a, b, n) as (select 0::numeric, 1::numeric, 1 union all select b, a + b, n + 1 from fib where n < 100) select a from fib where n = 100;
with recursive r(i, s) as (select 1, 'a'::text union all select i + 1, s || chr(97 + i) from r where i < 5) select s from r order by i;
with recursive r(i) as (select 1 union all select i + 1 from r where i < 3) select i, (select count(*) from r) from r order by i;
with recursive r(d) as (select date '2024-02-27' union all select (d + interval '1 day')::date from r where d < '2024-03-02') select d, extract(dow from d), to_char(d, 'FMDay') from r order by d;
with recursive r(n) as (select 1 union all select n + 1 from r) select n from r limit 5;
with recursive r(n) as (select 1 union all select n + 1 from r where n < 3 union all select 10) select n from r order by n;
with recursive r(n) as (select 1 union all select (select n + 1 from r where n < 3)) select n from r;
with recursive r(n) as (select 1::int union all select n + 0.5 from r where n < 2) select n from r;
with recursive r(x) as (select 'a' union all select x || 'b' from r where length(x) < 3) select x from r;
with recursive r(x) as (select 'a'::varchar(5) union all select (x || 'b')::varchar(5) from r where length(x) < 3) select x from r order by x;

-- strings
select split_part('2024-03-15', '-', -1), split_part('2024-03-15', '-', -3), split_part('2024-03-15', '-', -4), split_part('a,,b', ',', 2), split_part('', ',', 1), split_part('abc', '', 1), split_part('abc', '', -1);
select split_part('a,b', ',', 0);
select split_part(email, '@', 2) as domain, count(*) from s11_emp where email is not null group by 1 order by 1;
select initcap('the QUICK brown fOX'), initcap('o''neil mc-donald'), initcap('hello_world 2nd'), initcap(''), initcap('élan vital');
select translate('12-34-56', '-', ''), translate('abcabc', 'abc', 'AB'), translate('hello', '', 'x'), translate('héllo', 'é', 'e');
select repeat('-', 10), repeat('ab', 1), repeat('', 5), repeat(null, 3), repeat('x', null);
select lpad('abc', 6, 'xy'), lpad('abc', 2, 'xy'), lpad('abc', 5, ''), rpad('abc', 6, 'xy'), rpad('abc', -1), lpad('', 3, 'z'), rpad('é', 3, 'ü');
select lpad(id::text, 4, '0'), rpad(name, 15, '.') || '|' from s11_emp where id < 4 order by id;
select concat_ws(', ', name, email, array_to_string(tags, '/')) from s11_emp where id in (1, 6, 12) order by id;
select concat_ws('', 'a', 'b'), concat_ws(',', null, null), concat_ws(',', 1, 2.5, true, date '2024-01-01'), concat_ws(',');
select concat(), concat(null), concat(null, null) is null, concat('a', array[1, 2], row(1, 'x'));
select quote_ident('select'), quote_ident('user_id'), quote_ident('UserId'), quote_ident('a"b'), quote_ident(''), quote_ident('_x1'), quote_ident('1x');
select quote_literal('O''Reilly'), quote_literal('back\slash'), quote_literal(E'tab\there'), quote_literal(3.50), quote_literal(date '2024-01-01'), quote_literal(null);
select quote_nullable('x'), quote_nullable(null), quote_nullable(42), quote_nullable(true), quote_nullable(E'a\\b');
select md5('hello world'), md5(''), md5('The quick brown fox'), length(md5('x')), md5(name) from s11_emp where id = 1;
select md5('héllo'), md5('a'::bytea);
select encode('hello world'::bytea, 'base64'), encode('hello world'::bytea, 'hex'), encode('hello world'::bytea, 'escape');
select encode('\x00010203ff'::bytea, 'escape'), encode('\x00010203ff'::bytea, 'base64'), encode(''::bytea, 'hex'), encode(E'a\\\\b'::bytea, 'escape');
select decode('68656c6c6f', 'hex'), decode('aGVsbG8gd29ybGQ=', 'base64'), decode('a\\000b', 'escape'), convert_from(decode('aGk=', 'base64'), 'UTF8');
select encode(convert_to('héllo', 'UTF8'), 'hex'), encode(sha256('abc'), 'base64'), encode(repeat('x', 60)::bytea, 'base64');
select decode('abc', 'hex');
select decode('!!!', 'base64');
select encode('abc'::bytea, 'base32');
select decode(' aGVs bG8= ', 'base64'), decode('6A6b', 'hex');
select 'hello'::bytea, '\x68656c6c6f'::bytea, 'a\000b'::bytea, length('\x0102'::bytea), octet_length('abc'::bytea), E'\\xDEADBEEF'::bytea;
select get_byte('\x0a0b0c'::bytea, 1), set_byte('\x0a0b0c'::bytea, 1, 255), substring('\x0102030405'::bytea from 2 for 3), '\x01'::bytea || '\x02'::bytea, position('\x03'::bytea in '\x010203'::bytea);
select length('héllo wörld'), upper('héllo'), lower('ÉCOLE'), ascii('é'), chr(0);
select reverse('héllo'), left('héllo', 2), right('héllo', -1), substr('héllo', 2, 2), strpos('héllo', 'l'), position('ll' in 'héllo');
select overlay('1234567890' placing '***' from 4 for 3), overlay('abc' placing '' from 2 for 1), overlay('abc' placing 'XYZ' from 5);
select btrim('xxhixx', 'x'), ltrim('  hi  '), rtrim('hi...', '.'), trim('x' from 'xhix'), btrim(''), trim(both from '  a b  ');
select 'abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'a' || '' = 'a', 'abc' collate "C" < 'ABC' collate "C";
select upper(null), length(null), coalesce(upper(null), 'n/a'), 'x' || null || 'y', null::text || null;
select to_hex(0), to_hex(4095), to_hex(-255), to_hex(2147483647::bigint * 2), to_ascii('abc');
select string_to_array('a b  c', ' '), string_to_array('abc', null), string_to_array('abc', ''), string_to_array('', ','), string_to_array('1,2,3', ',')::int[];
select array_to_string(array[1, null, 3], ','), array_to_string(array[1, null, 3], ',', 'NULL'), array_to_string(array['a', 'b'], null), array_to_string('{}'::text[], ','), array_to_string(array[[1, 2], [3, 4]], ';');
select format('%s is %s years', 'Bob', 42), format('%-10s|', 'left'), format('%10s|', 'right'), format('%3$s %1$s %2$s', 'a', 'b', 'c'), format('%I', 'Mixed Case');
select format('%L and %L', 'it''s', 5), format('%s', null), format('%I', 'ok_name'), format('[%*s]', 6, 'ab'), format('[%-*s]', 6, 'ab');
select format('insert into %I (%s) values (%L)', 's11_kv', 'k', 'z''s');
select format('%s', 1, 2), format(null), format('%%s');
select format('%I', null);
select format('%2$s', 'a');
select char_length('  '), length('ab  '::char(4)), octet_length('ab'::char(5)), 'ab'::char(4) = 'ab', 'ab'::char(4)::text || '|', concat('ab'::char(4), '|'), ('ab'::char(4) || '|');
select 'abc'::varchar(2), 'abc   '::varchar(3), 'abcd'::char(2), cast('hello' as varchar(3));
select length(repeat('ab', 1000)), left(repeat('xy', 500), 5), md5(repeat('a', 1000));
select unistr('caf\00e9'), 'd' || U&'\0061t\+000061';
select ascii(''), chr(-1);
select chr(1114112);
select repeat('ab', 2147483647);

-- regular expressions
select regexp_replace('Hello World', 'o', '0'), regexp_replace('Hello World', 'o', '0', 'g'), regexp_replace('Hello World', 'L', 'l', 'gi'), regexp_replace('Hello World', 'l', 'L', 'i');
select regexp_replace('john.smith@example.com', '^([^.]+)\.([^@]+)@.*$', '\2, \1'), regexp_replace('a1b2c3', '\d', '', 'g'), regexp_replace('  lots   of   space  ', '\s+', ' ', 'g');
select regexp_replace('abc', '(b)', '[\1\1]'), regexp_replace('abc', 'b', '\\'), regexp_replace('abc', 'b', '&&'), regexp_replace('abc', '(b)', '\0-\&');
select regexp_replace('aaa', 'a', 'b', 2), regexp_replace('aaa', 'a', 'b', 2, 1), regexp_replace('aAaA', 'a', 'x', 1, 0, 'i'), regexp_replace('abcabc', 'b', 'X', 1, 2);
select regexp_replace('foo', '(', 'x');
select regexp_replace('foo', 'o', 'x', 'z');
select regexp_count('the cat sat on the mat', 'at'), regexp_count('AaAa', 'a', 1, 'i'), regexp_count('abc', ''), regexp_count('banana', 'ana'), regexp_count('banana', 'a', 3);
select regexp_instr('the cat sat', 'at'), regexp_instr('the cat sat', 'at', 1, 2), regexp_instr('the cat sat', 'at', 1, 2, 1), regexp_instr('the cat sat', 'dog'), regexp_instr('ABC', 'b', 1, 1, 0, 'i'), regexp_instr('a1b22', '(\d)(\d)', 1, 1, 0, '', 2);
select regexp_substr('the cat sat', '[cs]at'), regexp_substr('the cat sat', '[cs]at', 1, 2), regexp_substr('the cat sat', 'dog'), regexp_substr('key=value', '(\w+)=(\w+)', 1, 1, '', 2), regexp_substr('ABC', 'b', 1, 1, 'i');
select regexp_like('hello', 'ell'), regexp_like('HELLO', 'ell'), regexp_like('HELLO', 'ell', 'i'), regexp_like('a' || chr(10) || 'b', 'a.b'), regexp_like('a' || chr(10) || 'b', 'a.b', 's');
select regexp_match('2024-03-15', '(\d{4})-(\d{2})-(\d{2})'), (regexp_match('2024-03-15', '(\d{4})-(\d{2})'))[2], regexp_match('abc', 'x'), regexp_match('ABC', 'b', 'i'), regexp_match('abc', 'b');
select regexp_matches('a1 b2 c3', '([a-z])(\d)', 'g');
select array_agg(m[1] order by m[1]) from regexp_matches('x=1, y=22, z=333', '(\d+)', 'g') m;
select regexp_split_to_array('one,two;three four', '[,; ]'), regexp_split_to_array('abc', ''), regexp_split_to_array('', ','), regexp_split_to_array('A1b2C', '\d', 'i');
select t, length(t) from regexp_split_to_table('the  quick brown', '\s+') t;
select name from s11_emp where name ~ '^[A-E]' and name !~* 'bob' order by name;
select name, regexp_replace(name, '(\w)\w*\s+(\w+)', '\1. \2') from s11_emp where id <= 5 order by id;
select email, substring(email from '^([^@]+)'), substring(email from '@(.*)$') from s11_emp where id <= 3 order by id;
select 'abc123' ~ '\d+$', 'ABC' ~* 'abc', 'abc' !~ 'b', 'a.c' ~ 'a\.c', 'aXc' ~ 'a\.c', 'foo' ~ '^(foo|bar)$', '' ~ '^$';
select 'x' ~ '[';
select 'price $10' ~ '\$\d+', 'tab	here' ~ '\t', 'Ünïcödé' ~* 'üNÏ', 'ab' ~ 'a{1,2}b{0,}', 'aaa' ~ '^a{2}$';
select 'john@x.com' similar to '%@%.com', 'abc' similar to 'a_c', 'abc' similar to '(a|b)*c', 'ABC' similar to 'abc', 'a+b' similar to 'a\+b';
select 'hello' like 'h_llo', 'hello' like 'H%', 'hello' ilike 'H%', 'h%llo' like 'h\%llo', 'h%llo' like 'h#%llo' escape '#', '100%' like '%!%' escape '!', 'abc' like 'abc%%';
select 'a' like 'a' escape '', 'x_y' like 'x\_y', 'x_y' not ilike 'X_Y';
select 'abc' like 'a' escape 'xx';

-- dates, times and intervals
select make_date(2024, 1, 31), make_date(-44, 3, 15), make_date(2023, 12, 31) + 1, make_time(0, 0, 0), make_time(23, 59, 59.999999);
select make_date(2024, 13, 1);
select make_date(0, 1, 1);
select make_time(24, 0, 0);
select make_timestamp(2024, 2, 29, 23, 59, 59.5), make_timestamp(1999, 12, 31, 0, 0, 0), make_timestamp(2024, 1, 1, 12, 30, 15.123456);
select make_timestamp(2024, 2, 30, 0, 0, 0);
select make_interval(), make_interval(1), make_interval(0, 14), make_interval(weeks => 2), make_interval(days => 1, hours => 25), make_interval(mins => 90), make_interval(secs => 3661.5);
select make_interval(years => -1, months => 13, days => -3, hours => 4, mins => -5, secs => 6.25);
select make_interval(days => 1.5);
select date_bin('15 minutes', timestamp '2024-03-10 09:17:42', timestamp '2000-01-01'), date_bin('1 hour', timestamp '2024-03-10 09:17:42', timestamp '2024-03-10 00:30'), date_bin('7 days', timestamp '2024-03-10 09:17:42', timestamp '2024-01-01');
select date_bin('10 minutes', timestamp '2024-03-10 09:00:00', timestamp '2024-03-10 09:05:00'), date_bin('30 seconds', timestamp '2024-03-10 09:00:59.9', timestamp '2001-01-01'), date_bin('1 minute', timestamp '1999-12-31 23:59:30', timestamp '2000-01-01');
select date_bin('1 month', timestamp '2024-03-10', timestamp '2024-01-01');
select date_bin('0 minutes', timestamp '2024-03-10', timestamp '2024-01-01');
select date_bin('15 minutes', at, timestamp '2024-01-01') as bucket, count(*) from s11_ev group by 1 order by 1;
select justify_hours(interval '27 hours'), justify_hours(interval '-27 hours'), justify_hours(interval '1 day 25:00'), justify_days(interval '35 days'), justify_days(interval '-35 days'), justify_days(interval '1 year 400 days');
select justify_interval(interval '1 mon -1 day'), justify_interval(interval '-1 mon 1 day'), justify_interval(interval '50 days 30 hours'), justify_interval(interval '-2 days 50 hours');
select interval '1 day 2:03:04', interval '2:03', interval '2:03:04.5', interval '1 2:03', interval '-1 day -02:00', interval '1 day -02:00:00';
select interval 'P1Y2M', interval 'P3W', interval 'PT36H', interval 'P1DT12H30M', interval 'P0.5D', interval 'PT1.5S', interval 'P1Y2M3DT4H5M6.7S';
select interval 'P0001-02-03T04:05:06', interval '1 year 2 mons', interval '3 years ago', interval '1 week 2 days', interval '1 millennium', interval '2 centuries 1 decade';
select interval '1.5 years', interval '1.5 months', interval '0.5 weeks', interval '1.25 hours', interval '-1.5 days', interval '10000 minutes';
select interval '1' day, interval '90' minute, interval '1-2' year to month, interval '3 4:05' day to minute, interval '12:34:56.789' hour to second(1), interval '100' second;
select interval 'abc';
select interval '1 fortnight';
select interval '1 day' = interval '24 hours', interval '1 mon' = interval '30 days', interval '1 year' = interval '360 days', interval '1 year' > interval '364 days', interval '-1 day' < interval '0';
select i from (values (interval '1 day'), (interval '25 hours'), (interval '1 mon'), (interval '29 days'), (interval '-1 hour'), (interval '0')) v(i) order by i;
select max(i), min(i), sum(i), avg(i) from (values (interval '1 day'), (interval '25 hours'), (interval '1 mon')) v(i);
select count(distinct i) from (values (interval '1 day'), (interval '24 hours'), (interval '1440 minutes')) v(i);
select extract(epoch from interval '1 day 2 hours'), extract(epoch from interval '1 month'), extract(epoch from interval '1 year'), extract(epoch from interval '-1.5 seconds'), extract(epoch from interval '1 mon 1 day 1 sec');
select extract(hour from interval '27 hours'), extract(day from interval '1 mon 40 days'), extract(month from interval '14 months'), extract(year from interval '14 months'), extract(minute from interval '-1 hour -5 minutes'), extract(second from interval '1 min 2.5 sec');
select date_part('epoch', interval '2 hours'), date_part('day', interval '3 days 4 hours'), extract(millisecond from interval '1.2345 seconds'), extract(microseconds from interval '1.2345 seconds');
select to_char(interval '1 day 02:03:04', 'DD HH24:MI:SS'), to_char(interval '3 hours 5 minutes', 'HH12:MI'), to_char(interval '27 hours', 'HH24'), to_char(interval '1 year 2 months', 'YYYY-MM'), to_char(interval '-5 minutes', 'MI:SS');
select to_char(interval '123 hours 4 minutes 5.678 seconds', 'HH24:MI:SS.MS'), to_char(interval '0', 'HH24:MI:SS'), to_char(interval '2 days', 'DDD "days"'), to_char(interval '45 seconds', 'SSSS');
select to_char(dur, 'HH24"h"MI"m"') from s11_ev order by id;
select (date '2024-03-01', date '2024-03-31') overlaps (date '2024-03-31', date '2024-04-10'), (date '2024-03-01', date '2024-03-31') overlaps (date '2024-03-30', date '2024-04-10'), (timestamp '2024-01-01 10:00', interval '2 hours') overlaps (timestamp '2024-01-01 11:00', interval '1 hour');
select (time '09:00', time '10:00') overlaps (time '10:00', time '11:00'), (date '2024-01-10', date '2024-01-01') overlaps (date '2024-01-05', date '2024-01-06'), (date '2024-01-01', null::date) overlaps (date '2024-01-01', date '2024-01-02');
select a.id, b.id from s11_ev a join s11_ev b on a.id < b.id and (a.at, a.dur) overlaps (b.at, b.dur) order by 1, 2;
select at, at + dur as ends, dur * 2, dur / 3, -dur from s11_ev order by id;
select at::date, at::time, date_trunc('hour', at), extract(dow from at), to_char(at, 'Dy HH12:MI AM') from s11_ev order by id;
select age(timestamp '2024-03-01', timestamp '2023-12-31 12:00'), age(date '2024-02-29', date '2023-02-28'), age(timestamp '2024-01-31', timestamp '2024-03-01'), age(timestamp '2024-01-01', timestamp '2024-01-01');
select date '2024-02-29' + interval '1 year', date '2023-01-31' + interval '1 month', timestamp '2024-03-31 12:00' - interval '1 month', date '2024-03-15' - interval '1 day 12 hours';
select date '2024-03-15' - date '2023-03-15', date '2024-03-15' + 365, date '2024-01-01' - 1, date '2024-03-15' - '2024-03-01'::date;
select timestamp '2024-03-15 10:00' - timestamp '2024-03-14 08:30:15', timestamp '2024-01-01' - timestamp '2024-03-01', (timestamp '2024-03-15 10:00' - timestamp '2024-03-14 08:30:15') * 2;
select time '10:30' - time '08:45', time '08:45' - time '10:30', time '23:00' + interval '2 hours', time '01:00' - interval '2 hours', time '12:00' + time '01:30';
select date '2024-03-15' + time '13:45', time '13:45' + date '2024-03-15', date '2024-03-15' + interval '90 minutes';
select interval '1 hour' + interval '30 minutes', interval '1 day' - interval '1 hour', interval '1 mon' * 1.5, interval '1 day' / 7, interval '1 hour' * -0.5, interval '1 year' / 12;
select interval '1 day' / 0;
select extract(epoch from timestamp '2024-03-15 12:34:56.789'), extract(epoch from date '2024-03-15'), extract(julian from date '2024-03-15'), extract(isoyear from date '2024-12-30'), extract(week from date '2024-12-30');
select to_timestamp(1710505496)::timestamp, to_timestamp(0) at time zone 'UTC', to_timestamp(1710505496.5) at time zone 'UTC', to_timestamp(-1) at time zone 'UTC';
select date '2024-03-15'::timestamp, timestamp '2024-03-15 23:59:59.999999'::date, '2024-03-15 10:11:12'::timestamp::time, time '10:11:12.5'::interval, interval '10:11:12'::time;
select '2024-3-5'::date, '20240305'::date, 'March 5, 2024'::date, '5 Mar 2024'::date, '2024.03.05'::date, '03/05/2024'::date, 'J2460375'::date;
select '2024-03-05 1:02:03 PM'::timestamp, '2024-03-05T13:02:03Z'::timestamp, '2024-03-05 13:02:03+05'::timestamp, 'Tue Mar 05 13:02:03 2024'::timestamp, '2024-03-05 13:02'::timestamp;
select '13:02'::time, '1:02 pm'::time, '13:02:03.123456789'::time, 'allballs'::time, '24:00:00'::time, '040506'::time;
select '2024-03-05 24:00:00'::timestamp, '2024-12-31 23:59:60'::timestamp, 'today'::date = 'today'::date, 'infinity'::timestamp - timestamp '2024-01-01';
select '2024-02-30'::date;
select '2024-00-10'::date;
select '13/25/2024'::date;
select '2024-03-05 25:00'::timestamp;
select 'now-ish'::date;
select '10:61'::time;
select date '10000-01-01', date '4713-01-01 BC', '0099-01-01'::date, date '2024-03-05' - date '0001-01-01';
select date '5874898-01-01';
select timestamp '294277-01-01';
select date_trunc('month', date '2024-03-15'), date_trunc('decade', timestamp '2024-03-15'), date_trunc('century', timestamp '2024-03-15'), date_trunc('millennium', timestamp '2001-03-15'), date_trunc('milliseconds', timestamp '2024-03-15 10:11:12.345678'), date_trunc('second', interval '1 day 02:03:04.5');
select date_trunc('month', interval '1 year 5 months 3 days'), date_trunc('hour', interval '3 days 04:05:06'), date_trunc('fortnight', date '2024-03-15');
select generate_series(timestamp '2024-03-10 00:00', timestamp '2024-03-10 02:00', interval '30 minutes');
select generate_series(date '2024-03-01', date '2024-02-25', interval '-2 days')::date;
select count(*) from generate_series(timestamp '2024-01-01', timestamp '2024-12-31', interval '1 week');
select generate_series(timestamp '2024-01-31', timestamp '2024-04-30', interval '1 month 1 day');
select generate_series(date '2024-01-01', date '2024-01-03', interval '0 days');
select generate_series(1, 10, 3), generate_series(5, 1, -2);
select * from generate_series(1, 3) with ordinality as g(v, n) order by n;
select generate_series(1, 3) as a, generate_series(1, 2) as b;
select * from generate_series(3, 1);
select * from generate_series(1, 5, 2) g cross join generate_series(1, 2) h order by 1, 2;
select generate_series(1::bigint, 3::bigint), pg_typeof(generate_series(1::bigint, 2));
select sum(g) from generate_series(1, 1000000) g;
select generate_series(0.5, 2, 0.5), generate_series(-1.0, 1.0, 1);
select generate_series(1, 3, 0);
select generate_series(1, null);
select isfinite(date '2024-01-01'), isfinite(timestamp 'infinity'), isfinite(interval '1 day'), date '-infinity' < '4713-01-01 BC', 'infinity'::date > '294276-01-01';
select to_char(timestamp '2024-03-05 07:08:09.012345', 'YYYY YYY YY Y IYYY MM MON Mon mon MONTH Month DD D DDD HH HH12 HH24 MI SS MS US AM am TZ');
select to_char(timestamp '2024-03-05 17:08:09', 'FMMonth FMDDth, YYYY "at" FMHH12:MI PM'), to_char(date '2024-03-01', 'DDth DDTH FMDDSP'), to_char(date '2024-03-22', 'FMDDth'), to_char(date '2024-03-23', 'FMDDth');
select to_char(date '2024-03-05', 'Q WW W IW IDDD ID CC'), to_char(date '2024-03-05', 'RM rm'), to_char(timestamp '2024-03-05 00:00:00', 'SSSS SSSSS'), to_char(date '2024-03-05', '"quoted" YYYY \"x\"');
select to_char(timestamp '2024-03-05 12:00:00', 'HH12 AM'), to_char(timestamp '2024-03-05 00:30:00', 'HH12:MI a.m.'), to_char(date '0001-06-01', 'YYYY BC'), to_char(date '0044-03-15 BC', 'YYYY AD');
select to_date('2024/03/05', 'YYYY/MM/DD'), to_date('March 5 2024', 'Month DD YYYY'), to_date('05-MAR-24', 'DD-MON-YY'), to_date('2024 10', 'YYYY IW'), to_date('20240305', 'YYYYMMDD'), to_date('24-065', 'YY-DDD');
select to_timestamp('2024-03-05 13:45:10.5', 'YYYY-MM-DD HH24:MI:SS.MS')::timestamp, to_timestamp('05/03/2024 1:45 PM', 'DD/MM/YYYY HH:MI PM')::timestamp, to_timestamp('2024-03-05', 'YYYY-MM-DD')::timestamp;
select to_date('2024-02-30', 'YYYY-MM-DD');
select to_date('abc', 'YYYY');
select to_timestamp('2024-03-05 25:00', 'YYYY-MM-DD HH24:MI');

-- casts and the text output of types
select true, false, 't'::boolean, 'yes'::boolean, 'off'::boolean, '1'::boolean, ' TRUE '::boolean, 'n'::boolean, true::text, false::varchar, true::int, 0::boolean, 5::boolean;
select 'maybe'::boolean;
select ''::boolean;
select 2::bigint::boolean;
select true and null, false and null, true or null, not null::boolean, null::boolean is unknown, true is not false, null is distinct from false;
select active, active::text, (not active)::int, case when active then 'Y' else 'N' end from s11_emp where id in (1, 6) order by id;
select 1::int2, 1::int4, 1::int8, 1::float4, 1::float8, 1::numeric, 1::numeric(5,2), 1::money;
select 12.5::money, '$1,234.56'::money, '1234.567'::money, -3::money, 5::money * 2, 10::money / 4, '12.34'::money::numeric;
select sum(x::money) from (values (1.10), (2.20)) v(x);
select B'1010', B'1010'::int, 10::bit(4), x'ff'::bit(8), B'1100' & B'1010', B'1100' | B'0011', ~B'1100', B'1' || B'0', 5::bit(3)::text;
select '1010'::varbit, bit_length(B'10101'), B'1010' << 1, get_bit(B'1010', 0), '101'::bit(5);
select '00:00:00'::time, '12:00'::time(0), '12:00:00.123456'::time(3), '2024-01-01 10:00:00.5'::timestamp(0), 1.23456::real, 1.23456789012::double precision;
select 'abc'::name, 'abc'::char, 'abc'::"char", 'abcdef'::bpchar, 42::oid, 'int4'::regtype, 's11_emp'::regclass, 'int4'::regtype::oid;
select '{1,2,3}'::int[], '{"a b", c, NULL, "NULL"}'::text[], '{{1,2},{3,4}}'::int[], array[1.5, 2]::numeric[], '{}'::int[], array[]::text[], '{t,f}'::bool[];
select array[date '2024-01-01'], array[interval '1 day'], array['a"b', 'c\d', 'e,f', ' g', ''], array[null, 'x'], array[[true]];
select row(1, 'a', null, 2.5, true), row('a b', 'c,d', '', 'x"y'), row(row(1, 2), array[3]), (1, 'x')::text;
select '{"a": 1}'::json, '{"a": 1, "a": 2}'::json, '{"a": 1, "a": 2}'::jsonb, '[1, 2.50, 1e3, -0]'::jsonb, '"x"'::jsonb, 'null'::jsonb, '{"b": 1, "a": {"d": 2, "c": 3}}'::jsonb;
select '  {"a" :  [1,2] }  '::json, '  {"a" :  [1,2] }  '::jsonb, '1.000'::jsonb, '1E2'::jsonb, '0.00001'::jsonb, '123456789012345678901234567890'::jsonb;
select '{"a": 1'::jsonb;
select '{a: 1}'::json;
select '[1, 2,]'::jsonb;
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, 'A0EEBC999C0B4EF8BB6D6BB9BD380A11'::uuid, '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid;
select 'not-a-uuid'::uuid;
select '192.168.0.1'::inet, '10.0.0.0/8'::cidr;
select 1::int::text || '', 1.50::text, 1.50::float8::text, 1e-7::text, 1e21::float8::text, 100::numeric(10,3)::text, (-0.0)::numeric::text, 0.1::real::float8;
select cast('42' as int), cast(' 42 ' as int), cast('+42' as bigint), cast('-0' as smallint), '0x1F'::int, '1_000'::int, '0b101'::int;
select '42.0'::int;
select '4e2'::int;
select ''::int;
select 'abc'::bigint;
select '1.5.5'::numeric;
select '12abc'::float8;
select 'inf'::float8, '-Infinity'::float4, 'NaN'::real, '  1.5  '::float8, '1e-310'::float8, '.5e1'::float8;
select '1e39'::real;
select '1e400'::numeric::float8;
select 32768::smallint;
select '32768'::smallint;
select (-32769)::int2;
select 2147483648::integer;
select '-2147483649'::int;
select 9223372036854775807::int8 + 0, (-9223372036854775807 - 1)::int8, '9223372036854775808'::int8;
select 1e19::bigint;
select 'NaN'::numeric::int;
select 'Infinity'::float8::int;
select 12345.678::numeric(7,2), 12345.678::numeric(6,2);
select 0.00001::numeric(3,5), 123::numeric(3,-1), 99.5::numeric(2,0);
select 100::numeric(2,0);
select 'abc'::char(2), 'abc'::varchar(2);
select cast(date '2024-03-05' as text), cast(timestamp '2024-03-05 10:00' as date), cast('2024-03-05' as timestamp), cast(interval '1 day' as text), cast(time '10:00' as interval);
select cast(1 as text) = '1', cast(true as text), cast('t' as boolean)::text, cast(1.0 as int), cast(-1.5 as int), cast(2.5 as bigint), cast(-2.5 as smallint);
select 1.5::float8::int, 2.5::float8::int, 3.5::float4::int, (-2.5)::float8::bigint, 0.5::real::smallint;
select '{1,2}'::int[] || 3, '{1,2}'::int[]::text[], array['1', '2']::int[], array[1, 2]::float8[], '{1.9, 2.1}'::numeric[]::int[];
select array['a']::int[];
select '{1,2'::int[];
select '{{1,2},{3}}'::int[];
select pg_typeof(1), pg_typeof(1.5), pg_typeof('a'), pg_typeof('a'::text), pg_typeof(null), pg_typeof(array[1]), pg_typeof(now() - now()), pg_typeof(date '2024-01-01' - date '2024-01-01'), pg_typeof(date '2024-01-01' + 1);
select pg_typeof(1::int2 + 1::int2), pg_typeof(1::int2 * 1::int4), pg_typeof(1 + 1::numeric), pg_typeof(1::float4 * 1::numeric), pg_typeof(1.5::numeric * 2::float8), pg_typeof(sum(1::int4)), pg_typeof(avg(1::int8)), pg_typeof(sum(1::numeric));
select pg_typeof(timestamp '2024-01-01' - timestamp '2024-01-01'), pg_typeof(date '2024-01-01' + time '10:00'), pg_typeof(date '2024-01-01' + interval '1 day'), pg_typeof(time '10:00' + interval '1 hour'), pg_typeof(interval '1 day' * 2);
select pg_typeof(coalesce(1, 2.5)), pg_typeof(coalesce(null, 'a')), pg_typeof(greatest(1, 2::bigint)), pg_typeof(least(1.5, 2)), pg_typeof(nullif(1, 2)), pg_typeof(case when true then 1 else 2.0 end), pg_typeof(case when true then 1 end);

-- COALESCE, NULLIF, GREATEST, LEAST, CASE typing
select coalesce(null, null, 3), coalesce(1, null), coalesce(null::int, 2.5), coalesce(null, 'x'), coalesce(rating, 0) from s11_emp where id in (1, 8) order by id;
select coalesce(1, 'a');
select coalesce('1', 2), coalesce(null, '2024-01-01'::date, '2024-02-01'), coalesce(email, name) from s11_emp where id = 6;
select coalesce(1, 1 / 0), coalesce(null, 1 / 1);
select nullif(1, 1), nullif(1, 2), nullif('a', 'A'), nullif(null, 1), nullif(0, 0.0), nullif(email, 'bob@corp.test') from s11_emp where id = 2;
select nullif(1, 'a');
select 10 / nullif(0, 0), coalesce(10 / nullif(0, 0), -1);
select greatest(1, 5, 3), least(1, 5, 3), greatest(1, null, 3), least(null, null::int), greatest('apple', 'banana', 'Cherry'), least(date '2024-01-01', '2023-06-01'), greatest(1, 2.5, 2::bigint);
select greatest(1, 'a');
select greatest(interval '1 day', interval '23 hours'), least(time '10:00', time '09:00'), greatest(true, false), least(array[1, 2], array[1, 1]), greatest(salary, 100000) from s11_emp where id in (1, 12) order by id;
select case when salary > 150000 then 'high' when salary > 90000 then 'mid' else 'low' end as band, count(*) from s11_emp group by 1 order by 1;
select case dept_id when 4 then 'backend' when 5 then 'frontend' end, case when dept_id is null then 'none' end from s11_emp where id in (4, 6, 12, 1) order by id;
select case when true then 1 else 'a' end;
select case when false then 1 else '2' end, case when true then '1' else 2 end;
select case when true then 1 else 2.5 end, case when false then 1 else 2.5 end, case 1 when 1.0 then 'match' else 'no' end;
select case when 1 = 1 then null else 1 end, case null when null then 'a' else 'b' end, case when null then 'a' else 'b' end;
select case when id > 100 then 1 / 0 else id end from s11_emp where id = 1;
select case when true then date '2024-01-01' else '2024-02-01' end, case when false then now()::date else null end is null;
select case when x > 0 then 'pos' when x < 0 then 'neg' else 'zero' end from (values (1), (-1), (0), (null)) v(x) order by x nulls last;
select id, case when rating >= 4.5 then 'A' when rating >= 4 then 'B' when rating is not null then 'C' end as grade from s11_emp order by id;
select sum(case when active then 1 else 0 end), sum(case when active then salary end), avg(case when dept_id = 4 then salary end)::numeric(12,2) from s11_emp;
select 1 where null;
select 1 where 'true';
select 1 where 1;
select * from s11_emp where name;

-- jsonb
select id, meta ->> 'channel', (meta ->> 'discount')::numeric, meta -> 'tags' -> 0, meta #>> '{tags,1}', meta ? 'gift' from s11_sale where id <= 6 order by id;
select count(*) from s11_sale where meta @> '{"channel": "web"}';
select id from s11_sale where meta @> '{"tags": ["bulk"]}' order by id;
select id from s11_sale where meta -> 'tags' ? 'repeat' order by id;
select id from s11_sale where meta ?| array['gift', 'coupon'] order by id;
select id from s11_sale where meta ?& array['channel', 'discount'] order by id;
select id from s11_sale where not meta ? 'channel' or meta is null order by id;
select '[1, 2, 3]'::jsonb @> '[3, 1]', '[1, 2, 3]'::jsonb @> '[[1]]', '[1, [2, 3]]'::jsonb @> '[[3]]', '{"a": [1, 2]}'::jsonb @> '{"a": [2]}', '{"a": 1}'::jsonb <@ '{"a": 1, "b": 2}', '1'::jsonb @> '1', '[1]'::jsonb @> '1';
select '{"a": {"b": 1, "c": 2}}'::jsonb @> '{"a": {"b": 1}}', '[{"a": 1}, {"b": 2}]'::jsonb @> '[{"a": 1}]', '"abc"'::jsonb @> '"abc"', '{"a": null}'::jsonb @> '{"a": null}', '[]'::jsonb @> '[]', '{}'::jsonb <@ '{}';
select '["a", "b"]'::jsonb ? 'a', '{"a": 1}'::jsonb ? 'b', '"a"'::jsonb ? 'a', '[1, 2]'::jsonb ? '1', '{"a": 1}'::jsonb ?| '{}', '{"a": 1}'::jsonb ?& '{}';
select jsonb_path_query('{"items": [{"p": 5, "n": "a"}, {"p": 15, "n": "b"}, {"p": 25, "n": "c"}]}', '$.items[*] ? (@.p > 10).n');
select jsonb_path_query_array('{"items": [{"p": 5}, {"p": 15}, {"p": 25}]}', '$.items[*].p ? (@ >= 15)'), jsonb_path_query_first('{"a": [3, 4]}', '$.a[*]'), jsonb_path_exists('{"a": [3, 4]}', '$.a[*] ? (@ > 3)'), jsonb_path_match('{"a": 5}', '$.a > 3');
select jsonb_path_query('{"a": [1, 2, 3, 4, 5]}', '$.a[*] ? (@ > $min && @ < $max)', '{"min": 1, "max": 5}');
select jsonb_path_query('[{"name": "x", "tags": ["a", "b"]}, {"name": "y", "tags": []}]', '$[*] ? (exists(@.tags[*] ? (@ == "b"))).name');
select jsonb_path_query('{"s": "Hello World"}', '$.s ? (@ like_regex "^hello" flag "i")'), jsonb_path_query('{"s": "abc"}', '$.s ? (@ starts with "ab")');
select jsonb_path_query('{"a": {"b": {"c": 1}}}', '$.**.c'), jsonb_path_query('[1, 2, 3]', '$[last]'), jsonb_path_query('[1, 2, 3]', '$[0 to 1]'), jsonb_path_query('{"a": 1.5}', '$.a.floor()'), jsonb_path_query('[1, "a", null]', '$[*].type()');
select jsonb_path_query('{"a": [1, 2]}', '$.a.size()'), jsonb_path_query('"12.5"', '$.double()'), jsonb_path_query('-3', '$.abs()'), jsonb_path_query('{"x": 1, "y": 2}', '$.keyvalue()');
select jsonb_path_query('{"a": 1}', 'strict $.b');
select jsonb_path_query('{"a": 1}', 'lax $.b');
select jsonb_path_query('{"a": 1}', '$.a +');
select id from s11_sale where meta @? '$.tags[*] ? (@ == "bulk")' order by id;
select id from s11_sale where meta @@ '$.discount > 0.05' order by id;
select id, jsonb_path_query_first(meta, '$.discount') from s11_sale where jsonb_path_exists(meta, '$.discount') order by id;
select jsonb_strip_nulls('{"a": 1, "b": null, "c": {"d": null, "e": 2}, "f": [null, {"g": null}]}'), json_strip_nulls('{"a": null, "b": [null]}');
select jsonb_pretty('{"b": [1, 2, {"c": {}}], "a": null, "d": []}');
select jsonb_pretty('[]'), jsonb_pretty('"x"'), jsonb_pretty('{"a": {"b": {"c": [1, [2]]}}}');
select jsonb_agg(x order by x desc), jsonb_agg(distinct x), json_agg(x) filter (where x > 1) from (values (1), (3), (2), (3)) v(x);
select jsonb_agg(t order by t.id) from (select id, region from s11_sale where id <= 2) t;
select json_agg(t) from (select 1 as a, 'x' as b where false) t;
select jsonb_agg(null::int), jsonb_agg(x) from (values (null::text), ('a')) v(x);
select jsonb_object_agg(region, total order by region) from (select region, sum(amount) total from s11_sale group by region) t;
select jsonb_object_agg(k, v), json_object_agg(k, v) from (values ('b', 1), ('a', 2), ('b', 3)) t(k, v);
select jsonb_object_agg(k, v) from (values (null::text, 1)) t(k, v);
select json_object_agg(name, salary order by id) filter (where dept_id = 4) from s11_emp;
select jsonb_object_agg(product, cnt) from (select product, count(*) cnt from s11_sale group by product) t;
select * from jsonb_populate_record(null::s11_kv, '{"k": "z", "v": 9, "note": "from json", "extra": 1}');
select * from jsonb_populate_record(null::s11_kv, '{"k": "z", "v": "nine"}');
select * from jsonb_populate_recordset(null::s11_kv, '[{"k": "p", "v": 1}, {"k": "q", "v": 2, "hits": 7}]') order by k;
select * from json_populate_record(null::s11_kv, '{"k": "j", "v": 3.0}');
select * from json_to_record('{"a": 1, "b": "two", "c": [1, 2], "d": {"x": 1}}') as r(a int, b text, c int[], d jsonb);
select * from jsonb_to_record('{"a": "2024-03-05", "b": 1.5, "c": true, "missing": 1}') as r(a date, b numeric, c boolean, d text);
select * from json_to_recordset('[{"id": 1, "name": "a"}, {"id": 2, "name": "b", "x": 0}, {"id": 3}]') as r(id int, name text) order by id;
select * from jsonb_to_recordset('[{"q": 2, "p": 9.5}, {"q": 1, "p": 0.5}]') as r(q int, p numeric) order by q;
select r.* from s11_sale s, jsonb_to_record(s.meta) as r(channel text, discount numeric) where s.id <= 4 order by s.id;
select * from jsonb_to_record('{"a": "x"}') as r(a int);
select jsonb_build_object('total', sum(amount), 'n', count(*), 'max', max(amount)) from s11_sale;
select json_build_object('name', name, 'tags', tags, 'hired', hired, 'salary', salary, 'active', active) from s11_emp where id in (1, 6) order by id;
select to_jsonb(e) - 'tags' - 'rating' from s11_emp e where id = 2;
select row_to_json(t), to_json(t) from (select id, region, amount, sold_on from s11_sale where id = 1) t;
select to_jsonb(1.50::numeric), to_jsonb(1.5::float8), to_jsonb('a'::text), to_jsonb(true), to_jsonb(null::int), to_jsonb(interval '1 day'), to_jsonb(time '10:00'), to_jsonb(array[[1, 2], [3, 4]]);
select jsonb_set(meta, '{discount}', '0.5') from s11_sale where id = 1;
select jsonb_set('{"a": [1, 2, 3]}', '{a,-1}', '"last"'), jsonb_set('{"a": [1]}', '{a,5}', '9'), jsonb_set('{"a": 1}', '{a}', 'null'), jsonb_set('[1, 2]', '{0}', '{"x": 1}'), jsonb_set('{"a": 1}', '{}', '2');
select jsonb_set('{"a": 1}', '{a}', null);
select jsonb_insert('[1, 2, 3]', '{-1}', '4', true), jsonb_insert('{"a": {"b": 1}}', '{a,c}', '2');
select jsonb_insert('{"a": 1}', '{a}', '2');
select '{"a": 1, "b": 2}'::jsonb - 'a', '[1, 2, 3]'::jsonb - 1, '[1, 2, 3]'::jsonb - -1, '["a", "b"]'::jsonb - 'a', '{"a": {"b": 1}}'::jsonb #- '{a,b}', '[1, 2]'::jsonb || '[3]', '{"a": 1}'::jsonb || '{"a": 2, "b": 3}', '[1]'::jsonb || '2', '{"a": 1}'::jsonb || '[1]';
select '"x"'::jsonb - 'x';
select '{"a": 1}'::jsonb -> 'a' = '1', '{"a": "1"}'::jsonb ->> 'a' = '1', '[1, 2]'::jsonb -> 5, '[1, 2]'::jsonb -> -1, '{"a": 1}'::jsonb -> 0, '[1, 2]'::jsonb ->> 'a', '{"a": [1, {"b": 2}]}'::jsonb #> '{a,1,b}';
select '{"a": 1}'::json -> 'a', '{"a": "x"}'::json ->> 'a', '[1, 2]'::json -> 1, '{"a": {"b": 1}}'::json #>> '{a,b}', '{"a": 1, "a": 2}'::json ->> 'a';
select jsonb_each.key, jsonb_each.value from jsonb_each('{"b": [1], "a": {"x": 1}}') order by 1;
select key, value, jsonb_typeof(value) from jsonb_each('{"n": 1, "s": "x", "b": false, "z": null, "a": [], "o": {}}') order by key;
select * from json_each_text('{"a": 1, "b": null, "c": "x"}') order by key;
select jsonb_array_length('[]'), jsonb_array_length('[1, [2, 3]]'), json_array_length('[1, 2]'), jsonb_typeof('1e5'), jsonb_typeof('-0');
select jsonb_array_length('{}');
select value from jsonb_array_elements('[3, 1, 2]') order by value;
select value::int * 2 from jsonb_array_elements_text('["1", "2", "3"]') order by 1 desc;
select x from jsonb_array_elements('[{"a": 2}, {"a": 1}]') x order by x -> 'a';
select array_agg(k order by k) from jsonb_object_keys('{"b": 1, "a": 2, "c": 3}') k;
select jsonb_object_keys(meta), count(*) from s11_sale where meta is not null group by 1 order by 1;
select jsonb_build_array(), jsonb_build_object(), json_build_array(1, 'a', null), jsonb_build_object('a', 1, 'a', 2), jsonb_build_object(1, 2);
select jsonb_build_object('a');
select jsonb_build_object(null, 1);
select json_object('{a, 1, b, 2}'), json_object('{a, b}', '{1, 2}'), jsonb_object('{{a, 1}, {b, null}}');
select '{"a": 2}'::jsonb = '{"a": 2.0}'::jsonb, '[1, 2]'::jsonb = '[2, 1]'::jsonb, '{"a": 1, "b": 2}'::jsonb = '{"b": 2, "a": 1}'::jsonb, '1'::jsonb < '"a"'::jsonb, 'null'::jsonb < 'false'::jsonb;
select x from (values ('{"a": 1}'::jsonb), ('[1]'), ('"s"'), ('1'), ('true'), ('null'), ('{}'), ('[]'), ('{"a": 1, "b": 0}')) v(x) order by x;
select meta -> 'channel', count(*) from s11_sale group by meta -> 'channel' order by meta -> 'channel' nulls first;
select (meta ->> 'gift')::boolean, (meta -> 'discount')::numeric, (meta -> 'discount')::float8 from s11_sale where id in (1, 7, 14) order by id;
select ('{"a": "x"}'::jsonb -> 'a')::text, ('{"a": "x"}'::jsonb ->> 'a')::text, ('{"a": 5}'::jsonb -> 'a')::int, ('{"a": true}'::jsonb -> 'a')::bool;
select ('{"a": "x"}'::jsonb -> 'a')::int;
select ('[1]'::jsonb)::int;
select jsonb_typeof(payload::jsonb), payload::text from s11_ev order by id;
select payload -> 'k', payload ->> 'tags', json_typeof(payload) from s11_ev order by id;
select id, jsonb_path_query_array(meta, '$.keyvalue().key') from s11_sale where id in (1, 4) order by id;

-- arrays
select id, tags, array_length(tags, 1), cardinality(tags), tags[1], tags[2:], tags[:1], 'remote' = any(tags) from s11_emp order by id;
select array_agg(name order by salary desc), array_agg(distinct dept_id order by dept_id), array_agg(tags order by id) filter (where id in (2, 3)) from s11_emp;
select array_agg(tags) from s11_emp where id in (4, 5);
select dept_id, array_agg(id order by id) from s11_emp group by dept_id order by dept_id nulls first;
select array_agg(x) from (values (array[1, 2]), (array[3, 4])) v(x);
select array_agg(x) from (values (array[1, 2]), (array[3])) v(x);
select unnest(array[1, 2, 3]), unnest(array['a', 'b']);
select * from unnest(array[1, 2, 3], array['a', 'b']) as t(n, s) order by n;
select * from unnest(array[[1, 2], [3, 4]]) x;
select unnest(tags) as tag, count(*) from s11_emp group by tag order by count(*) desc, tag;
select e.name from s11_emp e where tags @> array['remote'] order by e.name;
select e.name from s11_emp e where tags && array['lead', 'exec'] order by e.name;
select array[1, 2] @> array[2], array[1, 2] <@ array[1, 2, 3], array[1, 2] && array[3], array[1, null] @> array[null::int], array[]::int[] <@ array[1];
select array[1, 2, 3] = array[1, 2, 3], array[1, 2] < array[1, 3], array[1, 2] < array[1, 2, 0], array[2] > array[1, 9], array[1, null] = array[1, null], array[]::int[] < array[1];
select x from (values (array[2, 1]), (array[1, 2, 3]), (array[1]), (array[]::int[]), (array[1, null])) v(x) order by x;
select array_append(array[1, 2], 3), array_prepend(0, array[1]), array_cat(array[1], array[2, 3]), array[1] || array[[2]], array[[1, 2]] || array[3, 4], 0 || array[1];
select array_remove(array[1, 2, 1, null], 1), array_remove(array[1, null], null), array_replace(array[1, 2, 1], 1, 9), array_position(array['a', 'b', 'a'], 'a', 2), array_positions(array[1, 2, 1], 1), array_position(array[1], 5);
select array_dims(array[[1, 2, 3], [4, 5, 6]]), array_ndims(array[[1]]), array_lower(array[1, 2], 1), array_upper(array[1, 2], 1), array_length(array[[1, 2], [3, 4]], 2), array_length(array[]::int[], 1), cardinality(array[[1, 2], [3, 4]]);
select array_fill(0, array[2, 3]), array_fill('x'::text, array[2], array[0]), '[0:2]={a,b,c}'::text[], ('[0:2]={a,b,c}'::text[])[0], array_lower('[0:2]={a,b,c}'::text[], 1);
select (array[[1, 2], [3, 4]])[2][1], (array[[1, 2], [3, 4]])[2], (array[[1, 2], [3, 4]])[1:2][2], (array[1, 2, 3])[5], (array[1, 2, 3])[0], (array[1, 2, 3])[2:1];
select trim_array(array[1, 2, 3], 1), trim_array(array[1, 2], 0), trim_array(array[[1, 2], [3, 4]], 1);
select trim_array(array[1, 2], 3);
select string_to_array('x,y', ',') || 'z'::text, array['a'] || null::text, array[1] || null::int[], array_cat(null, array[1]);
select array(select id from s11_emp where dept_id = 4 order by id), array(select name from s11_emp where false), array(select array[id, dept_id] from s11_emp where id < 3 order by id);
select array[1, 2.5], array[1, '2'], array['a', null], array[null, null], array[array[1], array[2]];
select array[1, 'a'];
select array[[1], [2, 3]];
select generate_subscripts(array['a', 'b', 'c'], 1), array_to_string(array_agg(x order by x), '') from (values ('q')) v(x) group by 1 order by 1;
select num_nonnulls(1, null, 'a'), num_nulls(1, null, null), num_nulls(variadic array[1, null]);
select 3 = any(array[1, 2, 3]), 4 = all(array[4, 4]), 1 = any(array[null, 1]), 2 = any(array[null, 1]), 2 <> all(array[1, null]), 'b' = any('{a,b}'::text[]), 1 = any(null::int[]);
select id from s11_emp where id = any(array[1, 3, 5]) order by id;
select id from s11_emp where dept_id <> all(array[4, 5]) order by id;
select name from s11_emp where name ilike any(array['a%', '%Z']) order by name;
update s11_emp set tags = array_append(tags, 'reviewed') where id = 5 returning tags;
update s11_emp set tags[1] = 'LEAD' where id = 2 returning tags;
update s11_emp set tags = tags || '{x}' where tags is null and id = 6 returning tags;
select tags[1] from s11_emp where id = 2;
select array_agg(distinct t order by t) from s11_emp, unnest(tags) t;
select '{1,2,3}'::int[] @> '{3}', '{a,b}'::text[] = '{a,b}', array_length('{}'::int[], 1) is null, coalesce(array_length('{}'::int[], 1), 0);

-- upserts, RETURNING, UPDATE FROM, DELETE USING, MERGE
insert into s11_kv (k, v) values ('a', 10) on conflict (k) do update set v = excluded.v, hits = s11_kv.hits + 1 returning k, v, hits;
insert into s11_kv (k, v) values ('a', 20) on conflict (k) do update set v = excluded.v where s11_kv.v < 5 returning k, v;
insert into s11_kv (k, v) values ('a', 20) on conflict (k) do update set v = excluded.v where excluded.v > s11_kv.v returning k, v, hits;
insert into s11_kv (k, v, note) values ('d', 4, 'new'), ('b', 22, 'changed') on conflict (k) do update set v = excluded.v + s11_kv.v, note = coalesce(excluded.note, s11_kv.note) returning *;
insert into s11_kv (k, v) values ('e', 5) on conflict do nothing returning k;
insert into s11_kv (k, v) values ('e', 6) on conflict do nothing returning k;
insert into s11_kv (k, v) values ('e', 6) on conflict (k) do nothing;
insert into s11_kv as t (k, v) values ('e', 7) on conflict (k) do update set v = t.v + excluded.v, hits = t.hits + 1 returning t.k, t.v, t.hits;
insert into s11_kv (k, v) values ('f', 1), ('f', 2) on conflict (k) do update set v = excluded.v;
insert into s11_kv (k, v) values ('g', -1) on conflict (k) do nothing;
insert into s11_kv (k, v) values ('a', 1) on conflict (v) do nothing;
insert into s11_kv (k, v) values ('a', 1) on conflict (k) do update set k = 'b';
insert into s11_kv (k, v) values ('h', 8) on conflict on constraint s11_kv_pkey do update set v = 0 returning v;
insert into s11_kv (k, v) values ('h', 9) on conflict on constraint s11_kv_pkey do update set v = excluded.v * 2 returning v, excluded.v;
insert into s11_kv (k, v) select 'i' || g, g from generate_series(1, 3) g returning k, v;
insert into s11_kv (k, v) select k || '2', v * 10 from s11_kv where k in ('a', 'b') order by k returning k, v;
insert into s11_kv (k, v) values ('j', 1) returning k || '!' as shout, v + 1, hits, note is null;
insert into s11_kv default values;
insert into s11_kv (k) values ('z');
insert into s11_kv (k, v) values (null, 1);
insert into s11_kv (k, v, hits) values ('y', 1, null);
insert into s11_kv values ('w', 1, 'x', 0, 'extra');
insert into s11_kv (k, v) values ('w');
insert into s11_kv (k, v, nope) values ('w', 1, 2);
select k, v, note, hits from s11_kv order by k;
update s11_kv set v = v + 1 where k like 'i%' returning k, v;
update s11_kv set note = 'bulk', hits = hits + 1 where v > 100 returning k;
update s11_kv set v = -1 where k = 'a';
update s11_kv set v = null where k = 'a';
update s11_kv set nope = 1;
update s11_kv k set v = k.v * 2 where k.k = 'c' returning k.*;
update s11_emp e set salary = e.salary * 1.05 from s11_dept d where d.id = e.dept_id and d.name = 'Backend' returning e.name, e.salary, d.name;
update s11_emp e set rating = s.avg_amt::real / 100 from (select emp_id, avg(amount) avg_amt from s11_sale group by emp_id) s where s.emp_id = e.id and e.id in (8, 10) returning e.id, e.rating;
update s11_kv set (v, note) = (100, 'row') where k = 'd' returning v, note;
update s11_kv set (v, note) = (select 7, 'sub') where k = 'd' returning v, note;
update s11_kv set v = default where k = 'd';
update s11_kv set hits = default where k = 'd' returning hits;
delete from s11_kv where k in ('i1', 'i2') returning k, v;
delete from s11_kv using (values ('i3'), ('j')) x(k) where s11_kv.k = x.k returning s11_kv.k;
delete from s11_sale s using s11_emp e where s.emp_id = e.id and e.active = false and s.amount < 1 returning s.id, e.name;
delete from s11_kv where false returning *;
delete from s11_kv k where k.k = 'zzz';
with moved as (delete from s11_kv where k like '%2' returning k, v) insert into s11_kv (k, v, note) select upper(k), v, 'moved' from moved returning k, v, note;
with u as (update s11_kv set hits = hits + 10 where k = 'b' returning *) select k, hits from u;
with s as (select k from s11_kv where v > 50 order by k limit 1) update s11_kv set note = 'max' from s where s11_kv.k = s.k returning s11_kv.k;
merge into s11_kv t using (values ('a', 5), ('m', 6)) s(k, v) on t.k = s.k when matched then update set v = t.v + s.v when not matched then insert (k, v) values (s.k, s.v);
merge into s11_kv t using (select 'b' as k) s on t.k = s.k when matched and t.v > 1000 then delete when matched then update set hits = t.hits + 1;
merge into s11_kv t using (values ('c')) s(k) on t.k = s.k when matched then delete;
merge into s11_kv t using (values ('n', 1)) s(k, v) on t.k = s.k when not matched then do nothing;
select k, v, note, hits from s11_kv order by k;
truncate s11_edge;
select count(*) from s11_edge;
insert into s11_edge values (1, 2), (2, 3) returning src, dst, w;
insert into s11_edge values (1, 2);
insert into s11_edge (src) values (5);

-- constraints and the errors of bad input
insert into s11_emp (id, name, salary, hired) values (20, 'Zed', 0, '2024-01-01');
insert into s11_emp (id, name, salary, hired) values (20, 'Z', 10, '2024-01-01');
insert into s11_emp (id, name, salary, hired) values (20, null, 10, '2024-01-01');
insert into s11_emp (id, name, salary) values (20, 'Zed Zane', 10);
insert into s11_emp (id, name, salary, hired, email) values (20, 'Zed Zane', 10, '2024-01-01', 'alice@corp.test');
insert into s11_emp (id, name, salary, hired, dept_id) values (20, 'Zed Zane', 10, '2024-01-01', 99);
insert into s11_emp (id, name, salary, hired, manager_id) values (20, 'Zed Zane', 10, '2024-01-01', 20) returning id, manager_id;
insert into s11_emp (id, name, salary, hired) values (1, 'Dup Dupe', 10, '2024-01-01');
insert into s11_emp (id, name, salary, hired) values (21, 'Big Pay', 123456789.99, '2024-01-01');
insert into s11_emp (id, name, salary, hired) values (21, 'Odd Date', 10, '2024-02-30');
insert into s11_emp (id, name, salary, hired) values (21, 'Bad Money', 'ten', '2024-01-01');
insert into s11_emp (id, name, salary, hired) values ('x21', 'Bad Id', 10, '2024-01-01');
insert into s11_emp (id, name, salary, hired, active) values (21, 'Bad Bool', 10, '2024-01-01', 'sometimes');
insert into s11_emp (id, name, salary, hired, email) values (21, 'Long Mail', 10, '2024-01-01', repeat('m', 61));
insert into s11_emp (id, name, salary, hired, tags) values (21, 'Bad Tags', 10, '2024-01-01', 'remote');
insert into s11_emp (id, name, salary, hired, rating) values (21, 'Rated Ray', 10, '2024-01-01', '4.25') returning rating;
update s11_emp set salary = -1 where id = 21;
update s11_emp set name = '' where id = 21;
update s11_emp set dept_id = 42 where id = 21;
update s11_emp set email = 'bob@corp.test' where id = 21;
update s11_emp set id = 2 where id = 21;
delete from s11_dept where id = 4;
delete from s11_emp where id = 2;
delete from s11_emp where id in (20, 21) returning id;
alter table s11_kv add constraint s11_kv_small check (v < 1000);
alter table s11_kv add constraint s11_kv_small check (v < 100000);
insert into s11_kv (k, v) values ('big', 100000);
alter table s11_kv drop constraint s11_kv_small;
alter table s11_kv drop constraint s11_kv_small;
alter table s11_kv drop constraint if exists s11_kv_small;
alter table s11_kv alter column note set not null;
alter table s11_kv add column created date default '2024-01-01';
select k, created from s11_kv where k = 'a';
alter table s11_kv add column flag boolean not null;
alter table s11_kv add column flag boolean not null default false;
alter table s11_kv rename column flag to is_flagged;
select k, is_flagged from s11_kv where k = 'a';
alter table s11_kv drop column is_flagged;
alter table s11_kv drop column is_flagged;
select * from s11_nope;
select nope from s11_emp;
select e.nope from s11_emp e;
select s11_emp.name from s11_emp e;
select name from s11_emp, s11_dept;
select id from s11_emp join s11_dept on true;
select x.* from s11_emp;
select count(*) from s11_emp where hired > 'soon';
select count(*) from s11_emp where salary > 'lots';
select count(*) from s11_emp where active = 'maybe';
select count(*) from s11_emp where id = '1.5';
select count(*) from s11_emp where id = 1.5;
select count(*) from s11_emp where name = 1;
select count(*) from s11_emp where tags = 'x';
select salary + 'a' from s11_emp;
select hired + hired from s11_emp;
select name - 1 from s11_emp;
select sqrt('x');
select length(1);
select substr(12345, 2, 2);
select lower(array['A']);
select nosuchfunc(1);
select sum(name) from s11_emp;
select avg(hired) from s11_emp;
select max(tags) from s11_emp;
select round(1.5, 'a');
select date '2024-01-01' + date '2024-01-02';
select interval '1 day' + 1;
select timestamp '2024-01-01' + 1;
select 'a' + 1;
select 1 + '1', '1' + '1';
select -'1', - 'a';
select now() - '1 day'::interval is not null;
select 1::int / 0::int, 1;
select 2::int4 ^ 1000;
select 10::int2 * 10000::int2;
select 9223372036854775807::bigint + 1;
select power(10::float8, 400);
select exp(1000);
select ln(0);
select log(0);
select sqrt(-4);
select 0.0 ^ -1;
select (-8)::float8 ^ (1.0 / 3);
select factorial(-1);
select abs(-9223372036854775808);
select '1 day'::interval * 1e30;
select date '2024-01-01' + 10000000;
select timestamp '2024-01-01' + interval '300000 years';
select to_char(now(), 'Q') is not null, length(to_char(1, '9')) = 2;
select cast('2024-13-01' as date);
select cast('24:00:01' as time);
select cast('1 dey' as interval);
select cast('{"a":' as json);
select cast('abc' as bytea), cast('\xzz' as bytea);
select '\xzz'::bytea;
select cast(300 as "char");
select 'é'::"char", 'ab'::"char";

-- extended protocol, as drivers send it
-- params: [4]
select name, salary from s11_emp where dept_id = $1 order by id;
-- params: ["remote"]
select name from s11_emp where $1 = any(tags) order by name;
-- params: ["{remote,lead}"]
select name from s11_emp where tags @> $1::text[] order by name;
-- params: ["2024-02-01", "2024-03-31"]
select count(*), sum(amount) from s11_sale where sold_on between $1 and $2;
-- params: ["{\"channel\": \"store\"}"]
select id from s11_sale where meta @> $1 order by id;
-- params: ["$.tags[*] ? (@ == \"bulk\")"]
select id from s11_sale where jsonb_path_exists(meta, $1::jsonpath) order by id;
-- params: ["north", 2]
select id, amount from s11_sale where region = $1 order by amount desc, id limit $2;
-- params: ["15 minutes"]
select date_bin($1::interval, timestamp '2024-03-10 09:17:42', timestamp '2024-01-01');
-- params: ["x", 3]
insert into s11_kv (k, v) values ($1, $2) on conflict (k) do update set v = s11_kv.v + excluded.v returning k, v;
-- params: ["x", 4]
insert into s11_kv (k, v) values ($1, $2) on conflict (k) do update set v = s11_kv.v + excluded.v returning k, v;
-- params: ["x"]
delete from s11_kv where k = $1 returning v;
-- params: [1, 3]
select * from generate_series($1::int, $2::int) g order by g desc;
-- params: ["a,b,,c", ","]
select string_to_array($1, $2), split_part($1, $2, -1);
-- params: ["Hello World", "o", "0"]
select regexp_replace($1, $2, $3, 'g'), regexp_count($1, $2);
-- params: [null, 5]
select coalesce($1::int, $2::int), nullif($2::int, 5), greatest($1::int, $2::int);
-- params: ["2024-03-05", 7]
select $1::date + $2::int, make_date(2024, 3, $2::int);
-- params: ["1 day 2 hours"]
select extract(epoch from $1::interval), justify_hours($1::interval * 13);
-- params: ["t"]
select count(*) from s11_emp where active = $1;
-- params: ["abc"]
select md5($1), encode($1::bytea, 'base64'), quote_literal($1), quote_ident($1);

-- cleanup
drop table s11_sale;
drop table s11_emp, s11_dept;
drop table s11_edge, s11_kv, s11_ev;
drop table s11_kv;
drop table if exists s11_kv;
