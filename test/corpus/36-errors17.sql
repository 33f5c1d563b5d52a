-- Issue 10, seventeenth session: statements a mutation fuzzer (corpus statements with swapped
-- types, dropped or doubled clauses, odd literals, unknown names, misplaced aggregates, window
-- and set-returning functions, parameters) found answered with XX000, a raw SQLite or JavaScript
-- message, or a wrong SQLSTATE. Each must now get PostgreSQL's error; the server stays up and a
-- failed statement in a transaction leaves nothing behind.

CREATE TABLE e17_emp (id int PRIMARY KEY, bonus float8, g int, v int, t text, j jsonb, a int[]);
INSERT INTO e17_emp VALUES (1, 1.5, 1, 10, 'x', '{"k": 1}', '{1,2}'), (2, NULL, 1, 20, 'y', NULL, NULL), (3, 2, 2, 5, NULL, '[1]', '{3}');
CREATE TABLE e17_kv (k text PRIMARY KEY, v text, n int);

-- Calls no signature of the function's name takes: 42883 before any translation.
select * from unnest(*) as t(n, s);
select * from unnest(*);
select id, length() over (order by g) from e17_emp;
select encode();
select to_timestamp('05-17', 'MM-DD', NULL);
select to_char(1, 1, 0);
select factorial();
select trim_scale();
SELECT octet_length('josé', 'josé');
select lower(*);
select abs(1, 3);
select substring();
select * from lower(1, 2);
-- unnest of several arrays in FROM is ROWS FROM of one unnest each.
select * from unnest(array[1, 2], array['a']) as u(n, s) order by n;

-- A plain function called as an aggregate or a window function: 42809.
select id, round(v) over (order by g) from e17_emp;
select id, format(t) over (order by g) from e17_emp;
select upper(t), reverse(DISTINCT t) from e17_emp;
SELECT id, length(t ORDER BY 1) FROM e17_emp;
select lower('a') filter (where true);
SELECT jsonb_build_object(*);
select to_char(DISTINCT -12.5, 'S99.9');
select generate_series(1, 3 ORDER BY 1);
select count() from e17_emp;
select sum(count()) from e17_emp;
select count(*), count(v), sum(v) filter (where v > 5), string_agg(t, ',' order by t) from e17_emp;

-- ARRAY(subquery) and scalar subqueries of other than one column.
SELECT ARRAY(SELECT 1, 2);
SELECT ARRAY(SELECT pg_typeof(now()), pg_typeof(current_date));
select (SELECT) from e17_emp;
select array(select);
select 1 where 1 in (select);
select 1 where (1, 2) in (select 1);

-- VALUES lists of different lengths.
VALUES (1, 'a'), (2, 'b', NULL);
select * from (values (array['a','b'], array['a','b']), (null)) v(x, y);
insert into e17_kv values ('a', 'b', 1), ('c');

-- VALUES with ORDER BY, LIMIT or OFFSET, alone and written into a table.
values (7), (3) order by 1;
values (7, 'a'), (3, 'b') order by column2 desc limit 1 offset 0;
values (7), (3) order by nosuch;
insert into e17_kv (n, k) values (7, 'v7') ORDER BY nosuch;
insert into e17_kv (n, k) values (7, 'v7'), (8, 'v8') ORDER BY column1 limit 1 returning k, n;

-- A constant other than an integer as a sort, grouping or DISTINCT ON key.
SELECT t FROM e17_emp UNION SELECT 'ZZ' ORDER BY 'abc';
select g, count(*) from e17_emp group by 1 order by null;
select 1 order by true;
select v from e17_emp order by 1.5;
select g from e17_emp group by 'x';
select g from e17_emp group by grouping sets ('a');
select distinct on ('a') g from e17_emp;
select id from e17_emp order by 1;
select id, string_agg(t, ',' order by 'x') from e17_emp group by id order by id;

-- ROWS and GROUPS frame counts are bigints.
select id, sum(v) over (order by id groups between '{}' preceding and current row) from e17_emp;
select id, sum(v) over (order by id rows between '1.5' preceding and current row) from e17_emp;
select id, sum(v) over (order by id rows between '-1' preceding and current row) from e17_emp;
select id, sum(v) over (order by id rows between ' 1 ' preceding and current row) from e17_emp order by id;
select id, sum(v) over (order by id rows '2' preceding) from e17_emp order by id;
select id, sum(v) over (order by id rows between 1.5 preceding and current row) from e17_emp order by id;
select id, sum(v) over (order by id groups between 1 preceding and NULL following) from e17_emp;

-- Column references of four or more names.
select id from e17_emp order by x.y.z.w;
select a.b.c.d.e from e17_emp;

-- Assignment to a field of a column that is no composite, and of a whole row.
update e17_emp set bonus.bonus = coalesce(bonus, 0) + 100 where id in (1, 2) returning id, bonus;
update e17_emp set g.x = 1;
-- evsql refuses the whole row (0A000), where SQLite met the `*` as a syntax error.
update e17_kv set v = e17_kv.* where false;

-- gcd and lcm read an untyped literal as the other argument's type.
SELECT gcd('2024-13-45', 462);
SELECT gcd('12', 462), lcm('4', 6);

-- Subscripts of types without subscripting, and schemas that do not exist.
select (id)[1] from e17_emp;
select (t)[1] from e17_emp;
select j['k'], a[1] from e17_emp order by id;
select 'a'::x.nosuch;
select 1 = '1'::float8.float8;
select 'a'::pg_catalog.text;

-- $0 numbers no parameter; a parameter a string_agg of bytea reads twice is bound twice.
-- params: [1]
select $0;
-- params: ["abc"]
select md5($1), string_agg($1::bytea, 'base64'), quote_literal($1);

-- A failed statement inside a transaction leaves nothing behind; the transaction goes on after ROLLBACK TO.
BEGIN;
INSERT INTO e17_kv VALUES ('t1', 'one', 1);
SAVEPOINT s1;
UPDATE e17_kv SET n = n + 1 WHERE k = 't1' RETURNING (SELECT);
ROLLBACK TO SAVEPOINT s1;
INSERT INTO e17_kv VALUES ('t2', 'two', 2), ('t3');
ROLLBACK TO SAVEPOINT s1;
UPDATE e17_emp SET v = v + 1 WHERE id = 1 RETURNING length() over ();
ROLLBACK TO SAVEPOINT s1;
SELECT k, v, n FROM e17_kv ORDER BY k;
COMMIT;
SELECT k, v, n FROM e17_kv ORDER BY k;
SELECT id, bonus, g, v FROM e17_emp ORDER BY id;
