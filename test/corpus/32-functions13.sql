-- LANGUAGE sql functions returning SETOF a table, SETOF a scalar type and TABLE (…), called in FROM
-- (the thirteenth session). Tables are prefixed s13_.
create table s13_t (id int primary key, name text, score numeric(6,2));
insert into s13_t values (1, 'a', 1.5), (2, 'b', 2.25), (3, 'c', null);
create function s13_top(min_score numeric) returns setof s13_t language sql stable as $$ select * from s13_t where score >= min_score order by score desc $$;
select * from s13_top(1);
select name from s13_top(2) t;
select t.id, t.score from s13_top(0) as t where t.id > 1;
create function s13_pairs(n int) returns table(k int, label text) language sql as $$ select g, 'item ' || g from generate_series(1, n) g $$;
select * from s13_pairs(3);
select k * 10, label from s13_pairs(2) order by k desc;
select * from s13_pairs(2) as p(a, b);
create function s13_ids() returns setof int language sql as 'select id from s13_t order by id';
select * from s13_ids();
select s13_ids from s13_ids() where s13_ids > 1;
create function s13_strict(x int) returns setof int language sql strict as 'select x union all select x + 1';
select * from s13_strict(null);
select * from s13_strict(5);
select p.proname, p.proretset, pg_get_function_result(p.oid) from pg_proc p where proname like 's13%' order by 1;
select count(*) from s13_top(0) a join s13_pairs(3) b on a.id = b.k;
-- * over a set-returning function of one column in FROM lists PostgreSQL's columns (SQLite's own * showed ordinality).
create table lj13 (id int, d jsonb, a int[]);
insert into lj13 values (1, '[1,2]', '{5,6}'), (2, '["x"]', '{7}');
select * from lj13, jsonb_array_elements(lj13.d) e order by id, e.value::text;
select * from lj13, jsonb_array_elements_text(lj13.d) e order by 1, 4;
select e.* from lj13, jsonb_array_elements(lj13.d) e order by 1;
select * from jsonb_array_elements('[1,2]') e;
select * from jsonb_array_elements('[1,2]') with ordinality e;
select * from generate_series(1, 2) g, lj13 order by 1, 2;
select * from unnest(array[1,2]) u;
select * from lj13, unnest(lj13.a) u order by 1, 4;
select * from jsonb_each('{"a":1}') e;
