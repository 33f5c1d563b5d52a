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
