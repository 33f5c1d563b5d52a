-- The twenty-sixth session's hunt for silent wrong answers: LATERAL joins, recursive CTEs with
-- SEARCH/CYCLE and UNION termination, FULL/RIGHT joins with USING over NULLs, INTERSECT/EXCEPT ALL,
-- VALUES of mixed types, lag/lead with defaults, named windows, windows over empty inputs, array
-- functions (positions, remove/replace, slices, several unnests, empty arrays), range types, and
-- reporting queries mixing these.
CREATE TABLE s26_sales (id int PRIMARY KEY, region text, rep text, amount numeric(10,2), qty int, sold date);
INSERT INTO s26_sales VALUES
 (1, 'east', 'ann', 100.00, 2, '2024-01-05'),
 (2, 'east', 'bob', 250.50, 5, '2024-01-20'),
 (3, 'west', 'cat', 75.25, 1, '2024-02-01'),
 (4, 'west', NULL, NULL, 3, '2024-02-14'),
 (5, NULL, 'dan', 300.00, NULL, '2024-03-01'),
 (6, 'east', 'ann', 100.00, 2, '2024-03-15'),
 (7, 'north', 'eve', 0.00, 0, NULL),
 (8, 'west', 'cat', 75.25, 4, '2024-03-30');
CREATE TABLE s26_a (k int, v text);
CREATE TABLE s26_b (k int, w text);
INSERT INTO s26_a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'anull'), (4, 'a4'), (4, 'a4b');
INSERT INTO s26_b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bnull'), (4, 'b4');
CREATE TABLE s26_tree (id int PRIMARY KEY, parent int, name text);
INSERT INTO s26_tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 3, 'b1'), (7, 6, 'b1x');
CREATE TABLE s26_edge (src int, dst int);
INSERT INTO s26_edge VALUES (1, 2), (2, 3), (3, 1), (3, 4), (4, 4);
CREATE TABLE s26_arr (id int PRIMARY KEY, ia int[], ta text[]);
INSERT INTO s26_arr VALUES (1, '{1,2,3,2,NULL}', '{a,b,NULL}'), (2, '{}', '{}'), (3, NULL, NULL), (4, '{{1,2},{3,4}}', '{{x,y},{z,w}}'), (5, '{5}', '{"with space","q\"t"}');
-- LATERAL
-- @must
SELECT s.region, t.rep, t.amount FROM (SELECT DISTINCT region FROM s26_sales) s, LATERAL (SELECT rep, amount FROM s26_sales x WHERE x.region = s.region ORDER BY amount DESC NULLS LAST, id LIMIT 1) t ORDER BY s.region NULLS FIRST;
SELECT s.region, t.rep FROM (SELECT DISTINCT region FROM s26_sales) s LEFT JOIN LATERAL (SELECT rep FROM s26_sales x WHERE x.region = s.region AND x.amount > 200 ORDER BY id LIMIT 1) t ON true ORDER BY s.region NULLS LAST;
SELECT a.k, l.n FROM s26_a a CROSS JOIN LATERAL (SELECT count(*) AS n FROM s26_b b WHERE b.k = a.k) l ORDER BY a.k NULLS FIRST, a.v;
SELECT a.k, l.n FROM s26_a a, LATERAL (SELECT sum(b.k) AS n FROM s26_b b WHERE b.k <= a.k) l ORDER BY a.v;
SELECT id, x FROM s26_arr, LATERAL unnest(ia) AS x ORDER BY id, x NULLS FIRST;
SELECT id, x, o FROM s26_arr LEFT JOIN LATERAL unnest(ia) WITH ORDINALITY AS u(x, o) ON true ORDER BY id, o;
SELECT g, l.sq FROM generate_series(1, 4) g, LATERAL (SELECT g * g AS sq) l WHERE l.sq > 3 ORDER BY g;
SELECT r.region, top.amount FROM (VALUES ('east'), ('west'), ('south')) r(region) LEFT JOIN LATERAL (SELECT amount FROM s26_sales WHERE region = r.region ORDER BY amount DESC LIMIT 2) top ON true ORDER BY 1, 2 DESC;
-- recursive CTEs
-- @must
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT n FROM t ORDER BY n;
WITH RECURSIVE t(n) AS (SELECT 1 UNION SELECT (n % 3) + 1 FROM t) SELECT n FROM t ORDER BY n;
WITH RECURSIVE reach(node) AS (SELECT 1 UNION SELECT e.dst FROM s26_edge e JOIN reach r ON e.src = r.node) SELECT node FROM reach ORDER BY node;
WITH RECURSIVE sub(id, name, depth, path) AS (SELECT id, name, 0, name FROM s26_tree WHERE parent IS NULL UNION ALL SELECT t.id, t.name, s.depth + 1, s.path || '/' || t.name FROM s26_tree t JOIN sub s ON t.parent = s.id) SELECT id, name, depth, path FROM sub ORDER BY path;
WITH RECURSIVE sub(id, depth) AS (SELECT id, 0 FROM s26_tree WHERE parent IS NULL UNION ALL SELECT t.id, s.depth + 1 FROM s26_tree t JOIN sub s ON t.parent = s.id) SELECT depth, count(*) FROM sub GROUP BY depth ORDER BY depth;
WITH RECURSIVE sub(id, name) AS (SELECT id, name FROM s26_tree WHERE id = 1 UNION ALL SELECT t.id, t.name FROM s26_tree t JOIN sub s ON t.parent = s.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, name FROM sub ORDER BY ord;
WITH RECURSIVE sub(id, name) AS (SELECT id, name FROM s26_tree WHERE id = 1 UNION ALL SELECT t.id, t.name FROM s26_tree t JOIN sub s ON t.parent = s.id) SEARCH BREADTH FIRST BY id SET ord SELECT id, name FROM sub ORDER BY ord;
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM s26_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM s26_edge e JOIN g ON e.src = g.dst) CYCLE src SET is_cycle USING path SELECT src, dst, is_cycle FROM g ORDER BY path;
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM s26_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM s26_edge e JOIN g ON e.src = g.dst) CYCLE src SET is_cycle USING path SELECT src, dst, is_cycle, path FROM g ORDER BY path;
WITH RECURSIVE fib(a, b) AS (SELECT 0::bigint, 1::bigint UNION ALL SELECT b, a + b FROM fib WHERE b < 100) SELECT a FROM fib ORDER BY a;
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n * 2 FROM t WHERE n < 1073741824) SELECT max(n), count(*) FROM t;
WITH RECURSIVE t(n) AS (SELECT 2147483646 UNION ALL SELECT n + 1 FROM t WHERE n < 2147483647 + 0::bigint) SELECT n FROM t ORDER BY n;
WITH RECURSIVE t(n) AS (SELECT 1.5 UNION ALL SELECT n + 1 FROM t WHERE n < 4) SELECT n FROM t ORDER BY n;
WITH RECURSIVE t(s) AS (SELECT 'a'::text UNION ALL SELECT s || 'b' FROM t WHERE length(s) < 4) SELECT s FROM t ORDER BY s;
WITH RECURSIVE t(n) AS (SELECT NULL::int UNION SELECT n FROM t) SELECT n FROM t;
WITH RECURSIVE t(n) AS (VALUES (1), (1) UNION SELECT n + 1 FROM t WHERE n < 3) SELECT n FROM t ORDER BY n;
WITH RECURSIVE t(n) AS (VALUES (1), (1) UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT n, count(*) FROM t GROUP BY n ORDER BY n;
-- FULL / RIGHT joins with USING
-- @must
SELECT k, v, w FROM s26_a FULL JOIN s26_b USING (k) ORDER BY k NULLS FIRST, v NULLS FIRST, w NULLS FIRST;
SELECT k, v, w FROM s26_a RIGHT JOIN s26_b USING (k) ORDER BY k NULLS FIRST, w, v;
SELECT s26_a.k AS ak, s26_b.k AS bk, k FROM s26_a FULL JOIN s26_b USING (k) ORDER BY v NULLS LAST, w NULLS LAST;
SELECT count(*), count(k), count(v), count(w) FROM s26_a FULL JOIN s26_b USING (k);
SELECT k, v, w FROM s26_a NATURAL FULL JOIN (SELECT k, w FROM s26_b) b ORDER BY k NULLS LAST, v NULLS LAST, w NULLS LAST;
SELECT x.k, count(*) FROM s26_a x FULL JOIN s26_b y ON x.k = y.k GROUP BY x.k ORDER BY x.k NULLS FIRST;
SELECT a.v, b.w FROM s26_a a FULL JOIN s26_b b ON a.k = b.k AND a.v <> 'a4' ORDER BY a.v NULLS FIRST, b.w NULLS FIRST;
SELECT a.v, b.w FROM s26_a a RIGHT JOIN s26_b b ON a.k = b.k WHERE a.v IS NULL ORDER BY b.w;
SELECT j.k, j.v FROM (s26_a FULL JOIN s26_b USING (k)) AS j ORDER BY j.k NULLS FIRST, j.v NULLS FIRST;
SELECT coalesce(a.k, b.k) AS k, a.v, b.w FROM s26_a a FULL JOIN s26_b b ON a.k IS NOT DISTINCT FROM b.k ORDER BY 1 NULLS FIRST, 2, 3;
-- set operations with ALL and NULLs
-- @must
SELECT k FROM s26_a INTERSECT ALL SELECT k FROM s26_b ORDER BY k NULLS FIRST;
SELECT k FROM s26_a EXCEPT ALL SELECT k FROM s26_b ORDER BY k NULLS FIRST;
SELECT k FROM s26_a INTERSECT SELECT k FROM s26_b ORDER BY k NULLS FIRST;
SELECT k FROM s26_a EXCEPT SELECT k FROM s26_b ORDER BY k;
SELECT x FROM (VALUES (1), (1), (1), (NULL), (NULL)) a(x) EXCEPT ALL SELECT x FROM (VALUES (1), (NULL)) b(x) ORDER BY x;
SELECT x FROM (VALUES (1), (1), (2), (NULL), (NULL)) a(x) INTERSECT ALL SELECT x FROM (VALUES (1), (1), (1), (NULL)) b(x) ORDER BY x;
SELECT 1 UNION SELECT 2 INTERSECT SELECT 2 ORDER BY 1;
SELECT 1 UNION ALL SELECT 1 EXCEPT SELECT 1;
(SELECT 1 UNION ALL SELECT 1) EXCEPT ALL SELECT 1;
SELECT 1 AS x UNION SELECT 2.5 ORDER BY x;
SELECT 1::int2 UNION SELECT 100000 ORDER BY 1;
SELECT NULL UNION SELECT 1;
SELECT 'a' UNION SELECT NULL ORDER BY 1;
SELECT 1, 'x' INTERSECT ALL SELECT 1, 'x';
SELECT region FROM s26_sales EXCEPT ALL SELECT region FROM s26_sales WHERE id > 4 ORDER BY 1;
SELECT region, rep FROM s26_sales INTERSECT ALL SELECT region, rep FROM s26_sales WHERE amount = 100 OR rep IS NULL ORDER BY 1, 2;
-- VALUES with mixed types
-- @must
VALUES (1, 'a'), (2.5, 'b');
VALUES (1), (NULL), (3::bigint);
SELECT pg_typeof(x) FROM (VALUES (1), (2.0)) v(x) LIMIT 1;
SELECT x, pg_typeof(x) FROM (VALUES (1::int2), (2)) v(x) ORDER BY x;
VALUES ('1'), (2);
VALUES (1), ('x');
VALUES (true), ('yes');
VALUES (1, 2), (3);
SELECT * FROM (VALUES (1, 'a'), (NULL, NULL)) v(a, b) ORDER BY a NULLS FIRST;
SELECT x, x + 1 FROM (VALUES (2147483647)) v(x);
SELECT x FROM (VALUES (1.50), (2), (0.125)) v(x) ORDER BY x;
SELECT v.* FROM (VALUES (date '2024-01-01'), ('2024-02-29')) v(d) ORDER BY 1;
-- lag / lead / first_value / named windows
-- @must
SELECT id, amount, lag(amount) OVER w, lead(amount, 2) OVER w, lag(amount, 1, 0) OVER w FROM s26_sales WINDOW w AS (ORDER BY id) ORDER BY id;
SELECT id, lag(qty, 1, -1) OVER (PARTITION BY region ORDER BY id), lead(rep, 1, 'none') OVER (PARTITION BY region ORDER BY id) FROM s26_sales ORDER BY id;
SELECT id, lag(amount, 1, 1.5) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
SELECT id, lead(qty, 0) OVER (ORDER BY id), lag(qty, 3, 99) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
SELECT id, lag(qty, -1) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
SELECT id, lag(id, NULL) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
SELECT id, first_value(rep) OVER w, last_value(rep) OVER w, nth_value(rep, 2) OVER w FROM s26_sales WINDOW w AS (PARTITION BY region ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY id;
SELECT id, sum(qty) OVER w1, count(*) OVER w2 FROM s26_sales WINDOW w1 AS (ORDER BY id), w2 AS (w1 ROWS 1 PRECEDING) ORDER BY id;
SELECT id, rank() OVER w, dense_rank() OVER w, row_number() OVER w FROM s26_sales WINDOW w AS (PARTITION BY region ORDER BY amount DESC, id) ORDER BY id;
SELECT id, sum(amount) OVER (w ORDER BY sold) FROM s26_sales WINDOW w AS (PARTITION BY region) ORDER BY id;
SELECT id, ntile(3) OVER (ORDER BY id), ntile(10) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
SELECT id, percent_rank() OVER (ORDER BY amount), cume_dist() OVER (ORDER BY amount) FROM s26_sales ORDER BY id;
SELECT count(*) OVER (), sum(qty) OVER () FROM s26_sales WHERE false;
SELECT max(x) OVER (), x FROM (SELECT 1 AS x WHERE false) s;
SELECT sum(qty) OVER (ORDER BY id RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s26_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY sold RANGE BETWEEN '15 days' PRECEDING AND CURRENT ROW) FROM s26_sales ORDER BY id;
SELECT id, avg(amount) OVER (PARTITION BY region ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM s26_sales ORDER BY id;
SELECT id, string_agg(rep, ',') OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM s26_sales ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY amount GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP) FROM s26_sales ORDER BY id;
SELECT id, count(*) FILTER (WHERE qty > 1) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
SELECT region, sum(amount), rank() OVER (ORDER BY sum(amount) DESC NULLS LAST) FROM s26_sales GROUP BY region ORDER BY 3, 1;
SELECT region, sum(amount) / sum(sum(amount)) OVER () AS share FROM s26_sales GROUP BY region ORDER BY region NULLS LAST;
SELECT id, lag(amount) OVER (ORDER BY id) IS NULL, lead(amount, 1, amount) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
SELECT id, qty - lag(qty) OVER (ORDER BY id) AS delta FROM s26_sales ORDER BY id;
SELECT * FROM (SELECT id, region, row_number() OVER (PARTITION BY region ORDER BY amount DESC NULLS LAST, id) AS rn FROM s26_sales) s WHERE rn = 1 ORDER BY region NULLS FIRST;
-- grouping sets
-- @must
SELECT region, rep, sum(qty), grouping(region, rep) FROM s26_sales GROUP BY ROLLUP (region, rep) ORDER BY region NULLS LAST, rep NULLS LAST, 4;
SELECT region, count(*), grouping(region) FROM s26_sales GROUP BY CUBE (region) ORDER BY 3, 1 NULLS FIRST;
SELECT region, rep, count(*) FROM s26_sales GROUP BY GROUPING SETS ((region), (rep), ()) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
SELECT CASE WHEN grouping(region) = 1 THEN 'ALL' ELSE coalesce(region, '(none)') END AS r, sum(amount) FROM s26_sales GROUP BY ROLLUP (region) ORDER BY 1;
SELECT region, sum(amount) FROM s26_sales GROUP BY ROLLUP (region) HAVING sum(amount) > 100 ORDER BY 1 NULLS LAST, 2;
SELECT count(*) FROM s26_sales GROUP BY GROUPING SETS ((), ());
SELECT region, rep, count(*) FROM s26_sales GROUP BY region, ROLLUP (rep) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3;
-- DISTINCT ON
-- @must
SELECT DISTINCT ON (region) region, rep, amount FROM s26_sales ORDER BY region, amount DESC NULLS LAST, id;
SELECT DISTINCT ON (region) region, id FROM s26_sales ORDER BY region DESC, id DESC;
SELECT DISTINCT ON (rep, region) rep, region, id FROM s26_sales ORDER BY rep NULLS FIRST, region, id;
SELECT DISTINCT ON (qty % 2) qty % 2, id FROM s26_sales ORDER BY qty % 2, id;
-- NULL ordering defaults
-- @must
SELECT id, qty FROM s26_sales ORDER BY qty DESC, id;
SELECT id, qty FROM s26_sales ORDER BY qty, id DESC;
SELECT id, region FROM s26_sales ORDER BY region DESC NULLS LAST, id;
SELECT id, amount FROM s26_sales ORDER BY amount NULLS FIRST, id LIMIT 3;
SELECT rep FROM s26_sales ORDER BY rep DESC LIMIT 2;
SELECT array_agg(qty ORDER BY qty DESC) FROM s26_sales;
SELECT string_agg(rep, ',' ORDER BY rep DESC NULLS LAST) FROM s26_sales;
-- integer edges and division
-- @must
SELECT (-32768)::int2 / (-1)::int2;
SELECT (-2147483648) / -1;
SELECT (-9223372036854775808)::bigint / -1;
SELECT (-2147483648) % -1, (-9223372036854775808)::bigint % -1, (-32768)::int2 % (-1)::int2;
SELECT abs((-2147483648)::int4);
SELECT abs((-32768)::int2);
SELECT -(-9223372036854775808)::bigint;
SELECT 32767::int2 + 1::int2;
SELECT 32767::int2 + 1;
SELECT 2147483647 * 2::int2;
SELECT 1 / 0;
SELECT 1::int2 / 0::int2;
SELECT 1::bigint % 0;
SELECT 1.0 / 0;
SELECT 1::float8 / 0;
SELECT 0::float8 / 0::float8;
SELECT 5 % 0.0;
SELECT -7 / 2, -7 % 2, 7 / -2, 7 % -2, -7 / -2, -7 % -2;
SELECT -7.5 % 2, 7.5 % -2, mod(-7, 3), mod(7::bigint, -3), div(-7, 2), div(-7.5, 2);
SELECT 9 / 4 * 1.0, 9 * 1.0 / 4, 9::numeric / 4;
SELECT (-2147483648)::int4 * -1;
SELECT 4611686018427387904::bigint * 2;
SELECT @ (-5), |/ 16, ||/ 27, 2 ^ 10, (-2) ^ 3;
SELECT 5 & 3, 5 | 3, 5 # 3, ~5, 1 << 31, 1::bigint << 63, -8 >> 1;
SELECT gcd(12, 18), lcm(4, 6), gcd(0, 0), gcd(-2147483648, 0);
-- text to int, booleans
-- @must
SELECT ' 42 '::int, '+7'::int, '-0'::int, '  -12'::bigint, '007'::int2;
SELECT '4 2'::int;
SELECT '1.0'::int;
SELECT ''::int;
SELECT '2147483648'::int;
SELECT '-32769'::int2;
SELECT 'yes'::bool, 'on'::bool, ' t '::bool, 'OFF'::bool, '0'::bool, 'Y'::bool, 'n'::bool, 'tr'::bool;
SELECT 'o'::bool;
SELECT 'maybe'::bool;
SELECT true::int, false::int, 1::bool, 0::bool, 5::bool;
SELECT true AND NULL, false AND NULL, true OR NULL, false OR NULL, NOT NULL::bool;
SELECT true > false, true < NULL, bool_and(x), bool_or(x), every(x) FROM (VALUES (true), (NULL), (false)) v(x);
SELECT 'true'::text::bool, true::text, false::varchar;
-- CASE / COALESCE / GREATEST types
-- @must
SELECT CASE WHEN id > 4 THEN 1 ELSE 2.5 END FROM s26_sales ORDER BY id LIMIT 6;
SELECT CASE WHEN true THEN 1 ELSE NULL END, CASE WHEN false THEN 'x' END, CASE 1 WHEN 1 THEN 2::int2 ELSE 3::bigint END;
SELECT CASE id WHEN 1 THEN 'one' WHEN NULL THEN 'null' ELSE NULL END FROM s26_sales ORDER BY id LIMIT 3;
SELECT CASE WHEN false THEN 1 ELSE 'x' END;
SELECT COALESCE(qty, amount, 0) FROM s26_sales ORDER BY id;
SELECT COALESCE(NULL, NULL)::text IS NULL, COALESCE(NULL, 1, 1/0);
SELECT NULLIF(1, 1.0), NULLIF('a', 'a'), NULLIF(qty, 2) FROM s26_sales ORDER BY id LIMIT 3;
SELECT GREATEST(1, 2.5, NULL), LEAST(1, 2.5), GREATEST('b', 'a', NULL), LEAST(NULL::int, NULL);
SELECT GREATEST(qty, amount) FROM s26_sales ORDER BY id;
SELECT GREATEST(1, 'x');
SELECT LEAST(date '2024-01-01', '2023-06-01'), GREATEST(now()::date, '9999-01-01')::text;
-- generate_series
-- @must
SELECT generate_series(timestamp '2024-01-31', '2024-05-31', '1 month');
SELECT generate_series('2024-03-09 00:00'::timestamp, '2024-03-09 12:00', '5 hours');
SELECT x FROM generate_series(0.5, 2.0, 0.5) x;
SELECT x FROM generate_series(10, 1, -3) x;
SELECT x FROM generate_series(1, 3, 0) x;
SELECT x FROM generate_series(1.0, 2, 0.3) x;
SELECT count(*) FROM generate_series(1, 0) x;
SELECT x FROM generate_series(2147483645, 2147483647) x;
SELECT generate_series(date '2024-02-27', date '2024-03-02', interval '1 day');
-- arrays
-- @must
SELECT array_position(ARRAY[1,2,3,2], 2), array_position(ARRAY[1,2,3,2], 2, 3), array_position(ARRAY[1,NULL,3], NULL), array_position(ARRAY[1,2], 9);
SELECT array_positions(ARRAY[1,2,3,2,NULL], 2), array_positions(ARRAY[1,NULL,NULL], NULL), array_positions(ARRAY[1], 5);
SELECT id, array_position(ia, 2), array_positions(ta, NULL) FROM s26_arr ORDER BY id;
SELECT array_remove(ARRAY[1,2,3,2], 2), array_remove(ARRAY[1,NULL,3], NULL), array_remove(ARRAY['a','b'], 'z');
SELECT array_replace(ARRAY[1,2,3,2], 2, 9), array_replace(ARRAY[1,NULL], NULL, 0), array_replace(ARRAY['x','y'], 'y', NULL);
SELECT id, array_remove(ia, 2), array_replace(ia, NULL, -1) FROM s26_arr ORDER BY id;
SELECT array_remove(ARRAY[[1,2],[3,4]], 2);
SELECT cardinality(ARRAY[]::int[]), array_length(ARRAY[]::int[], 1), array_ndims(ARRAY[]::int[]), array_dims(ARRAY[]::int[]), array_upper(ARRAY[]::int[], 1);
SELECT id, cardinality(ia), array_length(ia, 1), array_length(ia, 2), array_ndims(ia), array_dims(ia), array_lower(ia, 1) FROM s26_arr ORDER BY id;
SELECT (ARRAY[1,2,3])[2:5], (ARRAY[1,2,3])[0:1], (ARRAY[1,2,3])[4:5], (ARRAY[1,2,3])[3:1], (ARRAY[1,2,3])[:2], (ARRAY[1,2,3])[2:];
SELECT (ARRAY[1,2,3])[0], (ARRAY[1,2,3])[4], (ARRAY[1,2,3])[NULL], (ARRAY[1,2,3])[-1];
SELECT id, ia[2:3], ia[1], ta[2], ia[1][2] FROM s26_arr ORDER BY id;
SELECT id, ia[1:1][1:2], ta[2:2] FROM s26_arr WHERE id = 4;
SELECT * FROM unnest(ARRAY[1,2,3], ARRAY['a','b']) AS u(n, s) ORDER BY n;
SELECT * FROM unnest(ARRAY[1,2], ARRAY['x','y','z'], ARRAY[true]) WITH ORDINALITY ORDER BY 4;
SELECT unnest(ARRAY[1,2,3]), unnest(ARRAY['a','b']);
SELECT unnest(ARRAY[[1,2],[3,4]]);
SELECT ARRAY[[1,2],[3,4]], ARRAY[ARRAY['a','b'],ARRAY[NULL,'c d']], '{{1,2},{3,4}}'::int[];
SELECT ia, ta FROM s26_arr ORDER BY id;
SELECT ARRAY[1,2] || ARRAY[[3,4]], ARRAY[[1,2]] || ARRAY[3,4], array_cat(ARRAY[[1]], ARRAY[[2]]);
SELECT ARRAY[1,2] = ARRAY[1,2], ARRAY[1,2] < ARRAY[1,3], ARRAY[1,2] < ARRAY[1,2,0], ARRAY[1,NULL] = ARRAY[1,NULL], ARRAY[]::int[] = '{}';
SELECT ARRAY[1,2,3] @> ARRAY[3,1], ARRAY[1,2] <@ ARRAY[2], ARRAY[1,2] && ARRAY[2,5], ARRAY[1,NULL] @> ARRAY[NULL]::int[];
SELECT 2 = ANY(ARRAY[1,2]), 3 = ANY(ARRAY[1,NULL]), 3 <> ALL(ARRAY[1,NULL]), 1 = ALL(ARRAY[]::int[]), 1 = ANY('{}'::int[]);
SELECT array_to_string(ARRAY[1,NULL,3], ','), array_to_string(ARRAY[1,NULL,3], ',', '*'), array_to_string(ARRAY[[1,2],[3,4]], '-');
SELECT string_to_array('a,b,,c', ','), string_to_array('a,b,,c', ',', ''), string_to_array('abc', NULL), string_to_array('', ',');
SELECT array_fill(7, ARRAY[2,2]), array_fill('x'::text, ARRAY[3]);
SELECT array_agg(x) FROM (VALUES (ARRAY[1,2]), (ARRAY[3,4])) v(x);
SELECT array_agg(ia) FROM s26_arr WHERE id IN (1, 5);
SELECT array_agg(x ORDER BY x DESC NULLS LAST) FROM unnest(ARRAY[3,NULL,1,2]) x;
SELECT id, ia IS NULL, ia = '{}', coalesce(array_length(ia, 1), 0) FROM s26_arr ORDER BY id;
SELECT ARRAY(SELECT rep FROM s26_sales ORDER BY id DESC LIMIT 3);
SELECT ARRAY(SELECT 1 WHERE false), ARRAY(SELECT NULL::int);
SELECT trim_array(ARRAY[1,2,3,4], 2), trim_array(ARRAY[1], 1);
SELECT array_prepend(0, ARRAY[1]), array_append(ARRAY['a'], 'b'), 0 || ARRAY[1,2], ARRAY['x'] || 'y'::text;
SELECT ARRAY[1.5, 2], ARRAY[1, 2.50], ARRAY['2024-01-01'::date, '2024-02-01'];
SELECT ARRAY['a b', 'c"d', 'e\f', '', 'NULL', NULL];
SELECT (ARRAY['x','y'])[1:1] = ARRAY['x'], array_length(ARRAY[[1,2,3],[4,5,6]], 2);
-- ranges
-- @must
SELECT int4range(1, 5), int4range(1, 5, '[]'), int4range(5, 1 + 4, '(]'), int4range(NULL, 3), int4range(3, NULL, '()');
SELECT '[1,5)'::int4range @> 3, '[1,5)'::int4range @> 5, int4range(1,5) && int4range(4,8), int4range(1,5) * int4range(3,9), int4range(1,5) + int4range(5,7);
SELECT lower(int4range(1,5)), upper(int4range(1,5,'[]')), isempty(int4range(3,3)), lower_inc('(1,5]'::int4range), upper_inf(int4range(1, NULL));
SELECT int4range(1, 5) - int4range(2, 3);
SELECT tsrange('2024-01-01', '2024-02-01') @> '2024-01-15'::timestamp, numrange(1.5, 2.50), daterange('2024-01-01', '2024-01-31', '[]');
SELECT int4range(5, 1);
SELECT int4range(1,3) < int4range(1,4), int4range(1,5) << int4range(6,8), int4range(1,5) -|- int4range(5,9);
-- extended protocol
-- params: [2]
SELECT id, lag(qty, $1::int, -1) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
-- params: ["east"]
SELECT s.id, l.c FROM s26_sales s, LATERAL (SELECT count(*) AS c FROM s26_sales x WHERE x.region = s.region AND x.id <= s.id) l WHERE s.region = $1 ORDER BY s.id;
-- params: [3]
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < $1) SELECT array_agg(n ORDER BY n) FROM t;
-- params: [2]
SELECT array_position(ia, $1) FROM s26_arr ORDER BY id;
-- params: [2]
SELECT array_remove(ia, $1) FROM s26_arr ORDER BY id;
-- params: [2, 9]
SELECT array_replace(ia, $1, $2) FROM s26_arr ORDER BY id;
-- params: ["{1,2,3}", 2, 3]
SELECT ($1::int[])[$2:$3], ($1::int[])[$3:$2];
-- params: [" 42 "]
SELECT $1::int;
-- params: ["yes"]
SELECT $1::bool;
-- params: ["-2147483648"]
SELECT $1::int / -1;
-- params: [-7, 2]
SELECT $1::int / $2::int, $1::int % $2::int;
-- params: [null]
SELECT coalesce($1::int, 5), nullif($1::text, 'a') IS NULL;
-- params: ["2024-01-31", "1 month"]
SELECT generate_series($1::timestamp, $1::timestamp + interval '3 months', $2::interval);
-- params: [4]
SELECT k, v, w FROM s26_a FULL JOIN s26_b USING (k) WHERE k = $1 ORDER BY v, w;
-- params: [1]
SELECT k FROM s26_a WHERE k > $1 INTERSECT ALL SELECT k FROM s26_b ORDER BY k;
-- params: [2]
SELECT id, ntile($1) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
-- params: [3]
SELECT int4range(1, $1::int) @> 2, int4range($1::int, 10) * int4range(1, 5);
-- params: ["{a,b,NULL}"]
SELECT array_positions($1::text[], NULL), cardinality($1::text[]);
-- params: [1.5]
SELECT lead(amount, 1, $1) OVER (ORDER BY id) FROM s26_sales ORDER BY id;
-- params: ["b"]
SELECT GREATEST('a', $1), LEAST($1, 'c');
-- params: []
SELECT DISTINCT ON (region) region, id FROM s26_sales ORDER BY region NULLS FIRST, id DESC;
-- params: [1]
SELECT nth_value(id, $1) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM s26_sales ORDER BY id;
-- params: ["east"]
SELECT region, count(*) FROM s26_sales WHERE region <> $1 GROUP BY ROLLUP (region) ORDER BY 1 NULLS LAST;
-- params: [0]
SELECT 10 / $1::int;
-- params: ["1.5"]
SELECT x FROM generate_series(1, 4, $1::numeric) x;
-- Reporting queries over numerics, floats, dates and small integers: RANGE frames with offsets of
-- each type, grouping sets of expressions, LATERAL aggregates, set operations, ranges.
CREATE TABLE s26_m (id int PRIMARY KEY, g text, x numeric, f float8, d date, t timestamp, i2 int2, i8 bigint);
INSERT INTO s26_m VALUES (1,'a',1.5,1.5,'2024-01-01','2024-01-01 10:00',1,10),(2,'a',2.50,NULL,'2024-01-03','2024-01-01 11:30',2,20),(3,'a',NULL,3,'2024-01-03',NULL,NULL,NULL),(4,'b',10,-1,'2024-02-01','2024-01-02 00:00',4,40),(5,'b',10.0,'NaN','2024-02-10','2024-01-02 00:00',5,50),(6,'c',-3,'Infinity',NULL,'2024-01-05 00:00',-6,-60);
SELECT id, sum(x) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY x RANGE BETWEEN 2.5 PRECEDING AND CURRENT ROW) FROM s26_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY f RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY d RANGE BETWEEN '2 days' PRECEDING AND '2 days' FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY t RANGE BETWEEN '90 minutes' PRECEDING AND CURRENT ROW) FROM s26_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY x DESC RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, count(*) OVER (ORDER BY x NULLS FIRST RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s26_m ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM s26_m ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY x RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM s26_m ORDER BY id;
SELECT id, first_value(id) OVER (ORDER BY x GROUPS 1 PRECEDING), last_value(id) OVER (ORDER BY x, id GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, nth_value(id, 3) OVER (ORDER BY id), nth_value(id, 2) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, sum(i2) OVER (PARTITION BY g), pg_typeof(sum(i2) OVER ()), avg(i2) OVER (PARTITION BY g) FROM s26_m ORDER BY id;
SELECT id, sum(i8) OVER (ORDER BY id), avg(i8) OVER (ORDER BY id ROWS 1 PRECEDING) FROM s26_m ORDER BY id;
SELECT id, sum(f) OVER (ORDER BY id), avg(f) OVER (ORDER BY id ROWS 1 PRECEDING), max(f) OVER () FROM s26_m ORDER BY id;
SELECT id, min(d) OVER w, max(t) OVER w, count(d) OVER w FROM s26_m WINDOW w AS (PARTITION BY g) ORDER BY id;
SELECT id, lag(x, 1, 0) OVER (ORDER BY id), lag(d, 1, '2000-01-01') OVER (ORDER BY id), lag(f, 2, 0.5) OVER (ORDER BY id) FROM s26_m ORDER BY id;
SELECT id, lag(i2, 1, 100000) OVER (ORDER BY id) FROM s26_m ORDER BY id;
SELECT id, lead(g, 1, 'zz') OVER (PARTITION BY g ORDER BY id), lead(t) OVER (ORDER BY t NULLS FIRST, id) FROM s26_m ORDER BY id;
SELECT id, row_number() OVER (), count(*) OVER (ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM (SELECT id FROM s26_m ORDER BY id DESC) s ORDER BY id;
SELECT id, percent_rank() OVER (PARTITION BY g ORDER BY x), cume_dist() OVER (PARTITION BY g ORDER BY x), ntile(2) OVER (PARTITION BY g ORDER BY id) FROM s26_m ORDER BY id;
SELECT g, x, rank() OVER (PARTITION BY g ORDER BY x DESC) FROM s26_m ORDER BY g, x DESC;
SELECT id, sum(x) FILTER (WHERE x > 0) OVER (ORDER BY id), count(f) FILTER (WHERE f <> 'NaN') OVER () FROM s26_m ORDER BY id;
SELECT g, grouping(g), sum(x), avg(x), count(x) FROM s26_m GROUP BY ROLLUP (g) ORDER BY grouping(g), g;
SELECT g, extract(month FROM d) AS m, sum(x) FROM s26_m GROUP BY CUBE (g, extract(month FROM d)) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST;
SELECT g, i2 > 0 AS pos, count(*), grouping(g, i2 > 0) FROM s26_m GROUP BY GROUPING SETS ((g, i2 > 0), (g), ()) ORDER BY 4, 1, 2;
SELECT g FROM s26_m GROUP BY ROLLUP (g) HAVING grouping(g) = 1 OR count(*) > 2 ORDER BY g;
SELECT coalesce(g, 'total'), sum(i8) FROM s26_m GROUP BY ROLLUP (g) ORDER BY grouping(g), 1;
SELECT g, d, count(*) FROM s26_m GROUP BY GROUPING SETS (g, d) ORDER BY g NULLS LAST, d NULLS LAST, 3;
SELECT DISTINCT ON (g) g, x FROM s26_m ORDER BY g, x DESC NULLS LAST;
SELECT DISTINCT ON (g) g, x FROM s26_m ORDER BY g, x DESC;
SELECT DISTINCT ON (d) d, id FROM s26_m ORDER BY d DESC NULLS FIRST, id;
SELECT DISTINCT g, x FROM s26_m ORDER BY g, x;
SELECT x, count(*) FROM s26_m GROUP BY x ORDER BY x NULLS FIRST;
SELECT m.id, s.cnt FROM s26_m m LEFT JOIN LATERAL (SELECT count(*) AS cnt, sum(x) AS sx FROM s26_m n WHERE n.g = m.g AND n.id < m.id) s ON true ORDER BY m.id;
SELECT m.id, s.sx FROM s26_m m LEFT JOIN LATERAL (SELECT sum(x) AS sx FROM s26_m n WHERE n.g = m.g AND n.id < m.id) s ON true ORDER BY m.id;
SELECT m.id, s.v FROM s26_m m CROSS JOIN LATERAL (VALUES (m.x), (m.x * 2)) s(v) ORDER BY 1, 2;
SELECT m.id, s.* FROM s26_m m, LATERAL (SELECT m.x + 1 AS y, m.f * 2 AS z) s ORDER BY 1;
SELECT m.id, s.n FROM s26_m m, LATERAL generate_series(1, m.i2) s(n) ORDER BY 1, 2;
SELECT m.g, (SELECT max(x) FROM s26_m n WHERE n.g = m.g) FROM s26_m m GROUP BY m.g ORDER BY 1;
WITH RECURSIVE t(n, s) AS (SELECT 1, 1.0 UNION ALL SELECT n + 1, s / 2 FROM t WHERE n < 4) SELECT n, s FROM t ORDER BY n;
WITH RECURSIVE t(d) AS (SELECT date '2024-01-30' UNION ALL SELECT d + 1 FROM t WHERE d < '2024-02-02') SELECT d FROM t ORDER BY d;
WITH RECURSIVE t(ts) AS (SELECT timestamp '2024-01-31' UNION ALL SELECT ts + interval '1 month' FROM t WHERE ts < '2024-05-01') SELECT ts FROM t ORDER BY ts;
WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT n FROM t LIMIT 5;
WITH RECURSIVE t(n, a) AS (SELECT 1, ARRAY[1] UNION ALL SELECT n + 1, a || (n + 1) FROM t WHERE n < 3) SELECT n, a FROM t ORDER BY n;
WITH RECURSIVE t(n) AS (SELECT 1::int2 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT n, pg_typeof(n) FROM t ORDER BY n;
WITH t AS (SELECT g, sum(x) s FROM s26_m GROUP BY g) SELECT g, s, s / (SELECT sum(s) FROM t) FROM t ORDER BY g;
SELECT x FROM s26_m INTERSECT SELECT 10 ORDER BY 1;
SELECT x FROM s26_m EXCEPT ALL SELECT 10.00 ORDER BY 1;
SELECT i2 FROM s26_m UNION SELECT i8 FROM s26_m ORDER BY 1 NULLS FIRST;
SELECT f FROM s26_m INTERSECT ALL SELECT f FROM s26_m ORDER BY 1;
SELECT d FROM s26_m UNION ALL SELECT t FROM s26_m ORDER BY 1 NULLS FIRST LIMIT 4;
SELECT g FROM s26_m UNION SELECT 'b'::varchar UNION SELECT NULL ORDER BY 1;
SELECT 1 UNION SELECT 1.0 UNION SELECT 1.00 ORDER BY 1;
SELECT NULL INTERSECT SELECT NULL;
SELECT NULL::int EXCEPT SELECT 1;
VALUES (1::int2, 'a'), (100000, NULL), (NULL, 'c') ORDER BY 1 NULLS FIRST;
SELECT a, b, pg_typeof(a), pg_typeof(b) FROM (VALUES (1, 1.5::float4), (2::bigint, 2)) v(a, b) ORDER BY a;
VALUES (1.5, 'x'::varchar(3)), (2, 'yyyy');
SELECT * FROM (VALUES (1, '2024-01-01'::date), (2, NULL)) v(a, b) WHERE b IS NULL;
VALUES (ARRAY[1,2]), (ARRAY[3]), (NULL);
SELECT 1::int2 + 1::int2, pg_typeof(1::int2 + 1::int2), pg_typeof(1::int2 * 2), pg_typeof(1::int2 + 1::bigint), pg_typeof(2::int2 / 1::int2);
SELECT 7::int2 / 2::int2, -7::int2 % 3::int2, 7::bigint / -2, (-7)::bigint % 3;
SELECT -32768::int2;
SELECT (-32768)::int2 * (-1)::int2;
SELECT 9223372036854775807::bigint + 1;
SELECT (-9223372036854775807)::bigint - 2;
SELECT 3037000500::bigint * 3037000500::bigint;
SELECT abs((-9223372036854775808)::bigint);
SELECT -((-2147483648)::int4);
SELECT 2147483647::int4 + 1::int2;
SELECT 100000::int4 * 100000::int4;
SELECT (-2147483648)::int4 / (-1)::int2;
SELECT 1::numeric / 3, 2::numeric / 3 * 3, 10::numeric / 4, 1 / 3::numeric(10,2), 1.000 / 3;
SELECT 1e20::numeric / 7, 1::float8 / 3, 1::float4 / 3, 10 / 4.0;
SELECT 5.5 % 2, -5.5 % 2, 5 % -3.0, mod(5.5, -2), 0.0 % 1;
SELECT 0 / 0.0;
SELECT 1::float4 / 0;
SELECT 0::numeric % 0;
SELECT mod(1, 0);
SELECT div(1, 0.0);
SELECT 'NaN'::numeric / 0;
SELECT 'Infinity'::float8 / 0;
SELECT ' -12 '::int2, '+0'::bigint, ' +3'::numeric, ' 1.5 '::float8, '  -Infinity'::float8, ' 7'::int8;
SELECT '1_000'::int;
SELECT '0x1F'::int;
SELECT '- 1'::int;
SELECT '12abc'::int;
SELECT '9223372036854775808'::bigint;
SELECT '32767'::int2, '-32768'::int2;
SELECT 'TRUE'::bool, 'f'::bool, 'yEs'::bool, ' no'::bool, '1 '::bool, 'of'::bool;
SELECT 'true '::boolean AND 'on'::boolean;
SELECT ''::bool;
SELECT CASE WHEN x > 5 THEN 'big' WHEN x > 0 THEN 'small' END, CASE g WHEN 'a' THEN 1 WHEN 'b' THEN 2.5 ELSE NULL END FROM s26_m ORDER BY id;
SELECT CASE WHEN id = 1 THEN 1::int2 ELSE 70000 END FROM s26_m ORDER BY id LIMIT 2;
SELECT CASE WHEN id > 0 THEN d ELSE t END FROM s26_m ORDER BY id LIMIT 2;
SELECT CASE WHEN false THEN 1 END + 1, CASE WHEN true THEN NULL ELSE 2 END IS NULL;
SELECT COALESCE(x, f), COALESCE(i2, i8), COALESCE(d, t), COALESCE(f, 0) FROM s26_m ORDER BY id;
SELECT COALESCE(x, 'NaN'), COALESCE(g, 1::text), NULLIF(x, 10), NULLIF(f, 'NaN') FROM s26_m ORDER BY id;
SELECT GREATEST(x, f), LEAST(i2, i8, 0), GREATEST(d, t), LEAST(g, 'b') FROM s26_m ORDER BY id;
SELECT GREATEST(1, NULL, 3), LEAST(NULL, NULL, 2), GREATEST('NaN'::float8, 1), LEAST('NaN'::numeric, 1), GREATEST(-0.0::float8, 0);
SELECT pg_typeof(GREATEST(1, 2::int2)), pg_typeof(COALESCE(1, 2.5)), pg_typeof(COALESCE(NULL, 'x')), pg_typeof(NULLIF(1::int2, 2));
SELECT generate_series(timestamptz '2024-03-30 00:00+00', '2024-04-02 00:00+00', '1 day');
SELECT generate_series(timestamp '2024-01-01', '2024-01-01 01:00', '-10 minutes');
SELECT generate_series(timestamp '2024-01-01', '2024-01-01 01:00', '0 minutes');
SELECT x FROM generate_series(1.5, 0, -0.5) x;
SELECT x FROM generate_series(0, 1, 0.25) x;
SELECT x FROM generate_series(1, 10, 4) x;
SELECT x FROM generate_series(-3, 3, 2) x;
SELECT x FROM generate_series(1::bigint, 3) x;
SELECT generate_series(1, 3), generate_series(1, 2);
SELECT x FROM generate_series('NaN'::numeric, 3) x;
SELECT x FROM generate_series(1, 'Infinity'::numeric) x LIMIT 2;
SELECT x FROM generate_series(1, NULL) x;
SELECT count(*), min(x), max(x) FROM generate_series(timestamp '2024-01-31', '2024-12-31', '1 month') x;
SELECT x FROM generate_series(date '2024-01-31', date '2024-04-30', '1 month') x;
SELECT x, ord FROM generate_series(10, 30, 10) WITH ORDINALITY AS s(x, ord);
SELECT (ARRAY[1,2,3,4,5])[2:3][1:1], (ARRAY[[1,2],[3,4]])[2][1], (ARRAY[[1,2],[3,4]])[2:2], (ARRAY[[1,2],[3,4]])[1:2][2:2], (ARRAY[[1,2],[3,4]])[3:4];
SELECT (ARRAY[[1,2],[3,4]])[1], (ARRAY[[1,2],[3,4]])[:1][:1], (ARRAY['a','b'])[-5:10];
SELECT array_length(ARRAY[[1,2],[3,4]], 0), array_length(ARRAY[1], 3), array_lower(ARRAY[1], 2), array_upper(ARRAY[[1,2]], 2);
SELECT cardinality(ARRAY[[1,2],[3,4]]), cardinality('{}'::text[]), cardinality(NULL::int[]), array_ndims('{{{1}}}'::int[]);
SELECT unnest(NULL::int[]), 1;
SELECT count(*) FROM unnest('{}'::int[]);
SELECT * FROM unnest(ARRAY[1,2], NULL::text[]) AS u(a, b);
SELECT * FROM unnest(ARRAY[[1,2],[3,4]], ARRAY['x']) AS u(a, b);
SELECT unnest(ARRAY[1,2]) + 10 ORDER BY 1 DESC;
SELECT array_positions(ARRAY['a','b','a'], 'a'), array_position(ARRAY['a','b'], 'b', 2), array_position(ARRAY[1.0, 2.50], 2.5);
SELECT array_remove(ARRAY[1.5, 1.50, 2], 1.5), array_replace(ARRAY[1.5, 2], 1.50, 3), array_remove(NULL::int[], 1), array_remove('{}'::int[], 1);
SELECT array_cat(ARRAY[1], NULL), array_cat(NULL::int[], NULL), ARRAY[1] || NULL::int[], ARRAY[NULL::int] || ARRAY[1];
SELECT ARRAY[1,2] || ARRAY[[3,4],[5,6]], ARRAY[[1]] || ARRAY[[2],[3]];
SELECT ARRAY[1] || ARRAY[[1,2]];
SELECT array_dims(ARRAY[[1,2,3],[4,5,6]]), array_dims(ARRAY[ARRAY[1]]), array_to_string(ARRAY[[1,NULL],[3,4]], ',', 'N');
SELECT ARRAY[[1,2],[3]];
SELECT '{{1,2},{3}}'::int[];
SELECT '{1,2'::int[];
SELECT ARRAY['{', '}', ',', '\', ' '], ARRAY['NULL'::text, 'null'], ARRAY[''];
SELECT ARRAY[1.50::numeric, 2], ARRAY[1::float8 / 3], ARRAY[true, NULL], ARRAY['2024-01-01 10:00'::timestamp];
SELECT array_agg(g ORDER BY id) FILTER (WHERE x IS NOT NULL), array_agg(DISTINCT g), array_agg(x ORDER BY x NULLS FIRST) FROM s26_m;
SELECT g, array_agg(id ORDER BY id DESC), array_length(array_agg(id), 1) FROM s26_m GROUP BY g ORDER BY g;
SELECT array_agg(ARRAY[id, i2] ORDER BY id) FROM s26_m WHERE id < 3;
SELECT array_agg(ARRAY[1]) FROM s26_m WHERE false;
SELECT 1 = ANY(NULL::int[]), 1 = ALL(NULL::int[]), NULL::int = ANY(ARRAY[1]), NULL::int = ALL('{}'), 2 > ALL(ARRAY[1, NULL]), 2 > ANY(ARRAY[1, NULL]);
SELECT id FROM s26_m WHERE id = ANY(ARRAY[1, 3, NULL]) ORDER BY id;
SELECT id FROM s26_m WHERE id <> ALL(ARRAY[1, 3, NULL]) ORDER BY id;
SELECT id FROM s26_m WHERE id NOT IN (1, 3, NULL) ORDER BY id;
SELECT id FROM s26_m WHERE id NOT IN (SELECT i2 FROM s26_m) ORDER BY id;
SELECT id FROM s26_m WHERE x IN (10.00, 2.5) ORDER BY id;
SELECT int4range(1, 10) @> int4range(2, 3), int4range(1,10) <@ int4range(0, 20), int4range(1, 2) = int4range(1, 1, '[]'), int4range(1, 1) = 'empty';
SELECT numrange(1.0, 2.0) && numrange(2.0, 3.0), numrange(1.0, 2.0, '[]') && numrange(2.0, 3.0), numrange(NULL, 1.5) @> -1e10;
SELECT int4range(1, 5) + int4range(7, 9);
SELECT int8range(1, 3, '[]'), int4range(-5, NULL, '(]'), numrange(1.50, 3), daterange('2024-01-01', NULL), tsrange(NULL, NULL);
SELECT upper(int4range(1, 3, '[]')), lower(int4range(NULL, 3)), isempty('empty'::int4range), lower('empty'::int4range), upper_inc(int4range(1,5,'[]')), lower_inf('(,5)'::int4range);
SELECT range_merge(int4range(1,3), int4range(5,7)), int4range(1,5) * int4range(6,8), int4range(2,4) - int4range(1,3), int4range(1,5) - int4range(1,5);
SELECT '[1,5]'::int4range, '(1,5)'::int4range, '[1.5,2]'::numrange, ' [ 3 , 4 ) '::int4range, '(,)'::int4range;
SELECT '[5,1]'::int4range;
SELECT int4range(1,3) < int4range(2,3), int4range(NULL, 3) < int4range(1, 3), 'empty'::int4range < int4range(1,2), int4range(1,5) &< int4range(2,6), int4range(3,5) &> int4range(2,6);
SELECT r FROM (VALUES (int4range(1,5)), (int4range(NULL,2)), ('empty'), (int4range(1,3)), (int4range(2, NULL))) v(r) ORDER BY r;
SELECT tsrange('2024-01-01 10:00', '2024-01-01 12:00') * tsrange('2024-01-01 11:00', NULL), daterange('2024-01-01', '2024-01-05') @> '2024-01-05'::date;
SELECT daterange('2024-01-01', '2024-01-01', '[]'), daterange('2024-01-01', '2024-01-02', '(]'), upper(daterange('2024-01-01', '2024-01-10', '[]'));
SELECT id, count(*) OVER (PARTITION BY g ORDER BY x RANGE BETWEEN CURRENT ROW AND CURRENT ROW) FROM s26_m ORDER BY id;
SELECT id, string_agg(g, '') OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY id ROWS BETWEEN 2 FOLLOWING AND 1 FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY id ROWS BETWEEN 0 PRECEDING AND 0 FOLLOWING) FROM s26_m ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY id ROWS -1 PRECEDING) FROM s26_m ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY id RANGE BETWEEN -1 PRECEDING AND CURRENT ROW) FROM s26_m ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY x, id RANGE 1 PRECEDING) FROM s26_m ORDER BY id;
SELECT id, sum(id) OVER (ORDER BY g RANGE 1 PRECEDING) FROM s26_m ORDER BY id;
SELECT id, ntile(0) OVER () FROM s26_m;
SELECT id, ntile(NULL) OVER (ORDER BY id) FROM s26_m ORDER BY id;
SELECT id, nth_value(id, 0) OVER () FROM s26_m;
SELECT id, ntile(4) OVER (ORDER BY id) FROM s26_m WHERE id < 3 ORDER BY id;
SELECT sum(count(*)) OVER (), g FROM s26_m GROUP BY g ORDER BY g;
SELECT g, count(*), lag(count(*)) OVER (ORDER BY g), count(*) - lag(count(*), 1, 0::bigint) OVER (ORDER BY g) FROM s26_m GROUP BY g ORDER BY g;
SELECT id, avg(x) OVER (), avg(x) OVER (PARTITION BY g) FROM s26_m ORDER BY id;
-- INTERSECT/EXCEPT of numerics carrying their display scales, a right member with repeated names
-- @must
SELECT x, g FROM s26_m EXCEPT SELECT 10, 'b' ORDER BY 1, 2;
SELECT x, g FROM s26_m EXCEPT ALL SELECT 10, 'b' ORDER BY 1, 2;
SELECT x FROM s26_m EXCEPT ALL SELECT 1 ORDER BY 1;
SELECT x FROM s26_m INTERSECT ALL SELECT x FROM s26_m WHERE id < 3 ORDER BY 1;
-- FULL JOIN conditions PostgreSQL cannot plan
SELECT count(*) FROM s26_m a FULL JOIN s26_m b ON a.id < b.id;
SELECT count(*) FROM s26_m a FULL JOIN s26_m b ON a.id = b.id OR a.g = b.g;
SELECT count(*) FROM s26_m a FULL JOIN s26_m b ON a.id = 1;
SELECT count(*) FROM s26_m a FULL JOIN s26_m b ON a.id = b.id AND a.x < b.x;
SELECT count(*) FROM s26_m a FULL JOIN s26_m b ON true;
-- the extended protocol over the reporting queries
-- params: [1]
SELECT id, sum(x) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING), x + $1 FROM s26_m ORDER BY id;
-- params: ["a"]
SELECT g, sum(x), avg(x) FROM s26_m WHERE g <> $1 GROUP BY ROLLUP (g) ORDER BY g NULLS LAST;
-- params: [2]
SELECT m.id, s.sx FROM s26_m m LEFT JOIN LATERAL (SELECT sum(x) AS sx FROM s26_m n WHERE n.g = m.g AND n.id <= m.id + $1) s ON true ORDER BY m.id;
-- params: ["b"]
SELECT g, (SELECT max(x) FROM s26_m n WHERE n.g = m.g) FROM s26_m m WHERE g <> $1 GROUP BY g ORDER BY 1;
-- params: [0]
SELECT x FROM s26_m WHERE id > $1 EXCEPT ALL SELECT 10 ORDER BY 1;
-- params: [3]
SELECT x FROM s26_m INTERSECT ALL SELECT x FROM s26_m WHERE id < $1 ORDER BY 1;
-- params: ["0"]
SELECT COALESCE(x, $1), NULLIF(x, $1::numeric) FROM s26_m ORDER BY id;
-- params: [2.5]
SELECT GREATEST(x, $1), LEAST(i2, $1) FROM s26_m ORDER BY id;
-- params: [-7, 2]
SELECT $1::int2 / $2::int2, $1::bigint % $2::bigint, mod($1::numeric, $2::numeric), div($1::numeric, $2::numeric);
-- params: ["32767"]
SELECT $1::int2 + 1::int2;
-- params: [" on "]
SELECT $1::bool, NOT $1::bool;
-- params: ["2024-01-31", "2024-04-30"]
SELECT x FROM generate_series($1::date, $2::date, '1 month') x;
-- params: [2, 3]
SELECT (ARRAY[[1,2,3],[4,5,6]])[$1:$2][$1:$2];
-- params: ["{{1,2},{3,4}}"]
SELECT array_dims($1::int[]), cardinality($1::int[]), array_length($1::int[], 2);
-- params: [1]
SELECT * FROM unnest(ARRAY[1, 2], ARRAY['x']) WITH ORDINALITY AS u(a, b, o) WHERE o >= $1 ORDER BY o;
-- params: ["[2,4)"]
SELECT $1::int4range @> 3, $1::int4range * int4range(3, 10), upper($1::int4range);
-- params: [1]
SELECT id, first_value(x) OVER w, last_value(x) OVER w FROM s26_m WINDOW w AS (ORDER BY id ROWS BETWEEN $1 PRECEDING AND CURRENT ROW) ORDER BY id;
-- params: [2]
SELECT DISTINCT ON (g) g, id FROM s26_m WHERE id >= $1 ORDER BY g, id DESC;
-- params: ["a", "z"]
SELECT coalesce(a.g, b.g) FROM (SELECT g FROM s26_m WHERE g = $1) a FULL JOIN (SELECT g FROM s26_m WHERE g < $2) b USING (g) ORDER BY 1;
-- params: [5]
WITH RECURSIVE t(n) AS (SELECT 1 UNION SELECT n + 2 FROM t WHERE n + 2 <= $1) SELECT n FROM t ORDER BY n;
DROP TABLE s26_m;
DROP TABLE s26_sales, s26_a, s26_b, s26_tree, s26_edge, s26_arr;
