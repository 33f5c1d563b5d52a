-- json set-returning functions in FROM over an earlier FROM item's columns, with column aliases,
-- ORDINALITY and LATERAL written (the fourteenth session). Tables are prefixed l14_.
create table l14_docs(id int primary key, tags jsonb, attrs jsonb);
insert into l14_docs values (1, '["a","b"]', '{"x":1,"y":"two"}'), (2, '[{"k":1},{"k":2}]', '{}'), (3, '[]', null);
select d.id, e.k, e.v from l14_docs d, jsonb_each(d.attrs) as e(k, v) order by 1, 2;
select d.id, e.* from l14_docs d, jsonb_each_text(d.attrs) with ordinality as e(k, v, n) order by 1, 2;
select * from l14_docs d, jsonb_array_elements_text(d.tags) t order by 1, 4;
select d.id, k from l14_docs d, jsonb_object_keys(d.attrs) k order by 1, 2;
select d.id, k.key from l14_docs d cross join lateral jsonb_object_keys(d.attrs) as k(key) order by 1, 2;
select d.id, e.value from l14_docs d left join lateral jsonb_array_elements(d.tags) e on true order by 1, 2;
select d.id, (select count(*) from jsonb_array_elements(d.tags) x(v)) from l14_docs d order by 1;
select d.id, e.v ->> 'k' as k from l14_docs d, jsonb_array_elements(d.tags) with ordinality e(v, i) where e.i = 2 order by 1;
select d.id, t from l14_docs d, jsonb_array_elements_text(d.tags) as t order by 1, 2;
select id from l14_docs d where exists (select 1 from jsonb_array_elements_text(d.tags) v(s) where v.s = 'b');
select d.id, e.v, pg_typeof(e.v) from l14_docs d join lateral jsonb_array_elements(d.tags) as e(v) on true where d.id = 2;
select d.id, p from l14_docs d, jsonb_path_query(d.tags, '$[*].k') as p order by 1, 2;
select d.id, j.key, j.value from l14_docs d, json_each(d.attrs::json) j order by 1, 2;
select d.id, e.v from l14_docs d, jsonb_array_elements(d.tags -> 0 -> 'none') as e(v) order by 1;
select d.id, e.n from l14_docs d, jsonb_array_elements_text(coalesce(d.tags, '[]')) with ordinality as e(s, n) where e.s = 'b';
-- params: [2]
select e.v ->> 'k' from l14_docs d, jsonb_array_elements(d.tags) e(v) where d.id = $1 order by 1;
select d.id, u.x, u.i from l14_docs d, unnest(array[d.id, d.id * 10]) with ordinality as u(x, i) order by 1, 3;
create table l14_tags(doc int, tag text);
insert into l14_tags select d.id, t from l14_docs d, jsonb_array_elements_text(d.tags) as t where jsonb_typeof(d.tags -> 0) = 'string';
select * from l14_tags order by 1, 2;
select d.id, e.x from l14_docs d, jsonb_each(d.attrs) as e(k, x, extra) order by 1;
-- LATERAL subqueries of many rows correlated by equalities (the top rows of each group), decorrelated
create table l14_dept(id int primary key, name text);
create table l14_emp(id int primary key, name text, dept_id int, salary numeric(8,2), manager_id int);
insert into l14_dept values (1,'eng'),(2,'ops'),(3,'empty');
insert into l14_emp values (1,'ann',1,100,null),(2,'bob',1,90,1),(3,'cy',1,80,1),(4,'di',2,70,1),(5,'ed',2,75,4);
select d.name, top.name from l14_dept d left join lateral (select name from l14_emp e where e.dept_id = d.id order by salary desc limit 2) top on true order by d.id, top.name;
select d.name, top.* from l14_dept d cross join lateral (select name, salary from l14_emp e where e.dept_id = d.id order by salary limit 1 offset 1) top order by d.id;
select * from l14_dept d, lateral (select * from l14_emp where l14_emp.dept_id = d.id and salary > 72) x order by d.id, x.id;
select e.name, m.name as manager, m2.name as grand from l14_emp e left join lateral (select * from l14_emp x where x.id = e.manager_id) m on true left join lateral (select * from l14_emp y where y.id = m.manager_id) m2 on true order by e.id;
select d.id, t.total from l14_dept d left join lateral (select sum(salary) as total from l14_emp where dept_id = d.id) t on true order by 1;
select d.id, t.n from l14_dept d join lateral (select e.name as n, e.salary from l14_emp e where e.dept_id = d.id order by e.salary desc limit 2) t on t.salary > 85 order by 1, 2;
select d.id, t.n from l14_dept d left join lateral (select e.name as n from l14_emp e join l14_emp m on m.id = e.manager_id where e.dept_id = d.id and m.name = 'ann' order by 1 limit 5) t on true order by 1, 2;
select d.id, t.n from l14_dept d, lateral (select e.name as n from l14_emp e where e.dept_id = d.id or e.salary > 95) t order by 1, 2;
select d.name, c.cnt from l14_dept d, lateral (select count(*) cnt from l14_emp where dept_id = d.id) c order by 1;
-- params: [1]
select t.name from l14_dept d cross join lateral (select name from l14_emp e where e.dept_id = d.id order by salary desc, name limit 2) t where d.id = $1 order by 1;
select d.id, t.name from l14_dept d left join lateral (select name from l14_emp e where e.dept_id = d.id and e.name <> 'bob' order by salary desc limit 1) as t(nm) on true order by 1;
select d.id, t.nm from l14_dept d left join lateral (select name, salary from l14_emp e where d.id = e.dept_id order by salary desc limit 1) as t(nm) on true order by 1;
select d.id, t.name, t.salary from l14_dept d left join lateral (select name, salary from l14_emp e where e.dept_id = d.id order by salary desc fetch first 1 rows only) t on true order by 1;
