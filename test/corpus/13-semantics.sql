-- PostgreSQL semantics evsql computes itself rather than leaving to SQLite: exact numeric storage
-- and arithmetic, integer overflow, float rounding, primary keys, arrays, set-returning functions
-- in the select list, ANY/ALL over subqueries, read-only transactions, intervals.

-- numeric is exact: no double rounding in storage, arithmetic, aggregates or comparisons
-- @must
SELECT 0.1 + 0.2 = 0.3, 0.1 + 0.2, 1.1 * 1.1, 0.3 - 0.1;
-- @must
SELECT round(2.355, 2), round(2.345, 2), round(-2.5), round(0.5), round(1234.5678, -2), trunc(-1.57, 1);
SELECT 123456789012345678901234567890.123 + 1, 12345678901234567.89 * 3, 99999999999999999999 + 1;
SELECT '1.20'::numeric * 2, cast('12.50' AS numeric) * 2, 12.50 * 2, 2.50 - 0.5, 1.000 / 8;
SELECT ceil(-1.5), floor(-1.5), ceil(1.0001), floor(2.9999), abs(-1.50);
SELECT numeric '1.5' > numeric '1.49999999999999999999', 0.1 + 0.2 IN (0.3);
CREATE TABLE sem_num (id int PRIMARY KEY, a numeric, b numeric(10,2), c numeric(30,10));
-- @must
INSERT INTO sem_num VALUES (1, 1.25, 3.456, 12345678901234567890.1234567891), (2, 0.1, 0.2, 0.3), (3, 99999999999999999999.5, 1, 1);
-- @must
SELECT id, b, c FROM sem_num ORDER BY id;
SELECT id, a FROM sem_num ORDER BY id;
-- @must
SELECT id FROM sem_num WHERE a + b = 0.3;
SELECT b + c, c * 2, c - 1, b * b FROM sem_num ORDER BY id;
-- @must
SELECT sum(b), sum(c), avg(b), avg(c), min(c), max(c) FROM sem_num;
SELECT sum(a), avg(a) FROM sem_num;
SELECT c / 3, b / 3 FROM sem_num ORDER BY id;
SELECT round(c, 3), trunc(c, 2), round(b * 1.5, 1) FROM sem_num ORDER BY id;
SELECT c::text, c::float8 FROM sem_num ORDER BY id;
SELECT id, sum(b) OVER (ORDER BY id) FROM sem_num ORDER BY id;
UPDATE sem_num SET b = b * 1.05 WHERE id = 1 RETURNING b;
UPDATE sem_num SET c = c + 0.0000000001 WHERE id = 1 RETURNING c;
SELECT sum(x) FROM (VALUES (0.1), (0.2), (0.3)) v(x);
SELECT avg(x) FROM (VALUES (1), (2), (2)) v(x);
SELECT 0.1::float8::numeric, (1 / 3::float8)::numeric;
-- params: ["0.1", "0.2"]
SELECT $1::numeric + $2::numeric = 0.3;
-- params: ["12345678901234567890.5"]
SELECT $1::numeric(30,2) + 1;
DROP TABLE sem_num;

-- float8 and integers
SELECT round(1.5::float8), round(2.5::float8), round(-2.5::float8), 2.5::float8::int, 3.5::float8::int, (-2.5)::float8::int4;
SELECT 2.5::numeric::int, (-2.5)::numeric::int;
SELECT 'NaN'::float8, '-Infinity'::float8, 'inf'::float8, 'NaN'::numeric;
-- @must
SELECT 2147483647 + 1;
SELECT 9223372036854775807 + 1;
SELECT (-2147483648) * -1;
SELECT 32767::int2 + 1::int2;
CREATE TABLE sem_int (id int PRIMARY KEY, n int, b bigint);
INSERT INTO sem_int VALUES (1, 2147483647, 9223372036854775807), (2, -2147483648, 1);
-- @must
SELECT n + 1 FROM sem_int WHERE id = 1;
SELECT n - 1 FROM sem_int WHERE id = 2;
SELECT -n FROM sem_int WHERE id = 2;
SELECT b * 2 FROM sem_int WHERE id = 1;
-- @must
UPDATE sem_int SET n = n + 1 WHERE id = 1;
SELECT sum(b), avg(n) FROM sem_int;
DROP TABLE sem_int;

-- a primary key is NOT NULL whatever its type
CREATE TABLE sem_pk (code text PRIMARY KEY, v int);
-- @must
INSERT INTO sem_pk VALUES (NULL, 1);
INSERT INTO sem_pk (v) VALUES (2);
CREATE TABLE sem_pk2 (a int, b text, PRIMARY KEY (a, b));
-- @must
INSERT INTO sem_pk2 VALUES (1, NULL);
SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'sem_pk2' ORDER BY ordinal_position;
DROP TABLE sem_pk;
DROP TABLE sem_pk2;

-- arrays
CREATE TABLE sem_arr (id int PRIMARY KEY, tags text[], n int[]);
INSERT INTO sem_arr VALUES (1, '{a,b}', '{1,2}'), (2, '{c}', '{3}'), (3, NULL, '{}');
-- @must
SELECT ARRAY[1,2] || ARRAY[3], ARRAY[1] || 2, 0 || ARRAY[1];
SELECT id, tags || ARRAY['z'], n || 4, tags || '{y}' FROM sem_arr ORDER BY id;
SELECT '\x01'::bytea || '\x02'::bytea;
SELECT cardinality(ARRAY[1,2,3]), array_append(ARRAY[1,2], 3), array_prepend(0, ARRAY[1]), array_cat(ARRAY[1], ARRAY[2]), array_remove(ARRAY[1,2,1], 1);
SELECT string_to_array('a,b,c', ','), array_replace(ARRAY[1,2,1], 1, 9);
SELECT id FROM sem_arr WHERE tags @> ARRAY['a'] ORDER BY id;
SELECT id FROM sem_arr WHERE n && ARRAY[2, 3] ORDER BY id;
SELECT ARRAY[1] <@ ARRAY[1,2], ARRAY[1,2] @> ARRAY[3];
SELECT array_agg(DISTINCT v) FROM (VALUES ('b'), ('a'), ('b')) t(v);
SELECT array_agg(id), jsonb_agg(id) FROM sem_arr WHERE id > 100;

-- set-returning functions in the select list run in lockstep
-- @must
SELECT generate_series(1, 3), generate_series(1, 2);
SELECT unnest(ARRAY[1,2,3]), unnest(ARRAY['a','b']);
SELECT id, unnest(tags) FROM sem_arr ORDER BY id;
SELECT id, generate_series(1, id) FROM sem_arr ORDER BY 1, 2;
SELECT id, unnest(tags) AS t, unnest(n) FROM sem_arr ORDER BY id, t;

-- x op ANY/ALL (subquery): the subquery's same-named column does not capture the outer one
CREATE TABLE sem_sub (id int PRIMARY KEY, n int[], v int);
INSERT INTO sem_sub VALUES (10, NULL, 3), (11, NULL, 7);
-- @must
SELECT id FROM sem_arr WHERE id > ANY (SELECT v FROM sem_sub) ORDER BY id;
SELECT id FROM sem_arr WHERE id < ALL (SELECT v FROM sem_sub) ORDER BY id;
SELECT s.id FROM sem_sub s WHERE v > ALL (SELECT id FROM sem_arr) ORDER BY 1;
DROP TABLE sem_sub;
DROP TABLE sem_arr;

-- read-only transactions and the transaction's own isolation level
CREATE TABLE sem_tx (id int PRIMARY KEY);
BEGIN READ ONLY;
SHOW transaction_read_only;
-- @must
INSERT INTO sem_tx VALUES (1);
ROLLBACK;
BEGIN ISOLATION LEVEL REPEATABLE READ;
SHOW transaction_isolation;
COMMIT;
SHOW transaction_isolation;
DROP TABLE sem_tx;

-- intervals, times and dates
SELECT sum(x), avg(x) FROM (VALUES (interval '1 day'), (interval '2 hours')) v(x);
SELECT time '10:00' - time '08:30';
SELECT timestamp '2024-01-01 00:00' = date '2024-01-01', date '2024-01-02' > timestamp '2024-01-01 23:59';
SELECT age(timestamp '2024-03-01', timestamp '2024-01-31'), age(timestamp '2024-01-31', timestamp '2024-03-01');
SELECT date_trunc('hour', interval '3 days 4 hours 5 minutes'), date_trunc('year', interval '2 years 5 months');
SELECT '2024-01-01 10:00:00.123456'::timestamp(2), '2024-01-01 10:00:00.5'::timestamp(0);
SELECT substring('foobar' FROM 'o+b'), substring('foobar' FROM 'f(o+)'), substring('foobar' FROM 2 FOR 3);

-- computed numerics sort, compare and convert as numbers, whatever their number of digits
CREATE TABLE sem_ord (id int PRIMARY KEY, g text, price numeric(10,2), q int);
INSERT INTO sem_ord VALUES (1, 'a', 10.00, 3), (2, 'a', 9.50, 7), (3, 'b', 100.25, 3), (4, 'b', 2.10, 1), (5, 'c', 33.33, 9), (6, 'c', 9.99, 2);
-- @must
SELECT g, avg(price) FROM sem_ord GROUP BY g ORDER BY avg(price);
SELECT g, avg(price) AS a FROM sem_ord GROUP BY g ORDER BY a DESC;
-- @must
SELECT id, price / q AS unit FROM sem_ord ORDER BY unit;
SELECT id, price / q FROM sem_ord ORDER BY price / q DESC;
SELECT id FROM sem_ord ORDER BY price / 3;
SELECT DISTINCT price / q FROM sem_ord ORDER BY 1;
SELECT percent FROM (SELECT id, 100.0 * price / (SELECT sum(price) FROM sem_ord) AS percent FROM sem_ord) s ORDER BY percent;
SELECT id, 100.0 * price / sum(price) OVER () FROM sem_ord ORDER BY 2 DESC;
SELECT g FROM sem_ord GROUP BY g HAVING avg(price) > 20 ORDER BY g;
SELECT id FROM sem_ord WHERE price > (SELECT avg(price) FROM sem_ord) ORDER BY id;
SELECT id, cast(price / q AS int), (price / q)::float8 FROM sem_ord ORDER BY id;
SELECT id, mod(price / 3, 2), price % 3 FROM sem_ord ORDER BY id;
SELECT power(avg(price), 2) > 0, sqrt(avg(price)) > 0, max(price / q), min(price / q) FROM sem_ord;
DROP TABLE sem_ord;

-- a result computed from a quotient or an average prints with the display scale PostgreSQL carries through
SELECT (1.5 / 2) + 1, (10.0 / 4) - 0.5, 2 * (7.0 / 2), -(1.0 / 4) + 1;
SELECT avg(x) * 2, avg(x) + 1, 1 - avg(x) FROM (VALUES (1.0), (2.0)) v(x);
SELECT (1.0 / 3) + (2.0 / 3), 100 * (3.0 / 4), (3.0 / 4) * (1.0 / 2), round((1.0 / 3) * 3, 5);

-- functions and operators of common SQL
SELECT justify_interval(interval '1 mon -1 hour'), make_time(1, 2, 3.5), isfinite(date '2024-01-01'), isfinite('infinity'::timestamp);
SELECT div(9, 4), div(-7.5, 2), gcd(12, 18), lcm(4, 6), width_bucket(5, 0, 10, 5), scale(1.230), trim_scale(1.2300), min_scale(1.2300);
SELECT bit_length('abc'), starts_with('hello', 'he'), 'abc' ^@ 'ab';
SELECT * FROM generate_series(timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-01 03:00+00', interval '90 minutes');
SELECT g FROM generate_series(timestamp '2024-01-31', timestamp '2024-05-01', interval '1 month') g;
SELECT count(*) FROM generate_series(date '2024-01-01', date '2024-12-31', '1 day') d;
SELECT x, o FROM generate_series(timestamp '2024-01-03', timestamp '2024-01-01', interval '-1 day') WITH ORDINALITY AS t(x, o);
SELECT generate_series(date '2024-01-01', date '2024-01-02', interval '12 hours');
SELECT jsonb_build_object('a', 1.50, 'b', 2, 'c', 'x', 'd', true, 'e', NULL, 'f', 12345678901234567);
SELECT json_build_object('a', 1.50, 'b', 9007199254740993), to_jsonb(1.50), jsonb_build_array(1, 1.0, 'a');
SELECT (ARRAY[10, 20, 30])[2], ARRAY[1, 2];

-- ordered-set aggregates
CREATE TABLE sem_wg (g text, v numeric(6,2), n int, f float8);
INSERT INTO sem_wg VALUES ('a', 1.5, 1, 0.5), ('a', 2.5, 2, 1.5), ('a', 10, 2, 2.5), ('b', 4, 7, 1), ('b', NULL, NULL, NULL);
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FROM sem_wg;
SELECT g, percentile_cont(0.25) WITHIN GROUP (ORDER BY n), percentile_disc(0.5) WITHIN GROUP (ORDER BY v), mode() WITHIN GROUP (ORDER BY n) FROM sem_wg GROUP BY g ORDER BY g;
SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY f DESC), percentile_disc(0) WITHIN GROUP (ORDER BY g), mode() WITHIN GROUP (ORDER BY g) FROM sem_wg;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n) FILTER (WHERE g = 'a') FROM sem_wg;
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY v) FROM sem_wg WHERE false;
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY v) FROM sem_wg;
DROP TABLE sem_wg;

-- errors PostgreSQL raises where SQLite answers
CREATE TABLE sem_err (id int PRIMARY KEY, g text, v int, p numeric(6,2));
INSERT INTO sem_err VALUES (1, 'a', 1, 1.50), (2, 'a', 2, 2.25), (3, 'b', 3, NULL);
-- @must
SELECT (SELECT v FROM sem_err);
SELECT id, (SELECT v FROM sem_err b WHERE b.g = a.g AND b.id <> a.id) FROM sem_err a ORDER BY id;
SELECT (SELECT v FROM sem_err WHERE id = 2), (SELECT v FROM sem_err WHERE id = 99), (SELECT p FROM sem_err WHERE id = 1) * 2;
SELECT * FROM sem_err LIMIT -1;
SELECT * FROM sem_err OFFSET -1;
-- params: [-1]
SELECT id FROM sem_err ORDER BY id LIMIT $1;
SELECT format('|%5s|%-5s|', 'ab', 'cd'), format('%3$s %1$s', 'a', 'b', 'c'), format('|%*s|', 6, 'x'), format('%1$s %1$s %s', 'a', 'b');
SELECT format('%x', 1);
DROP TABLE sem_err;
SELECT 'a_b' LIKE 'a\_b', 'a%b' LIKE 'a#%b' ESCAPE '#', 'axb' LIKE 'a#%b' ESCAPE '#', 'abc' ~~ 'a%', 'abc' !~~ 'b%', 'ABC' ~~* 'a%';
SELECT 'a' + 1;
SELECT '5' + 1, 2 * '3.5', '10' / 4, 1.5 + '2.25', '7' % 3, 1 - '1e2';
SELECT 1 + '2147483647';

-- json set-returning functions, in FROM (also over an earlier FROM item) and in the select list
CREATE TABLE sem_json (id int PRIMARY KEY, doc jsonb, j json);
INSERT INTO sem_json VALUES (1, '{"b": [1, 2], "a": "x", "c": null}', '{"z": 1, "y": "w"}'), (2, '{"a": 1.50}', '[1, "two", null]');
SELECT * FROM jsonb_each('{"a": 1, "b": [1,2]}') ORDER BY key;
SELECT key, value FROM jsonb_each_text('{"a": "1", "b": "x", "c": null}') ORDER BY key;
SELECT * FROM jsonb_array_elements('[1, "a", null, {"k": 2}]');
SELECT value FROM jsonb_array_elements_text('[1, "a", null]');
SELECT * FROM jsonb_object_keys('{"b": 1, "a": 2}');
SELECT jsonb_array_elements_text('[1, "a"]'), jsonb_object_keys('{"b": 1, "a": 2}');
SELECT id, jsonb_object_keys(doc) FROM sem_json ORDER BY id, 2;
SELECT id, jsonb_array_elements(doc->'b') FROM sem_json ORDER BY id;
SELECT sem_json.id, e.key, e.value FROM sem_json, jsonb_each(sem_json.doc) e ORDER BY 1, 2;
SELECT * FROM json_each_text('{"x": "1"}');
SELECT * FROM json_array_elements('[1, 2]') WITH ORDINALITY;
SELECT * FROM jsonb_array_elements('{"a": 1}');
SELECT sum(value::int) FROM jsonb_array_elements_text('[1, 2, 3]');
DROP TABLE sem_json;

-- regular expressions
SELECT regexp_match('foobar', 'o(b)'), regexp_match('foobar', 'x'), regexp_match('foobar', 'O+', 'i'), regexp_split_to_array('a1b2c', '[0-9]');
SELECT overlay('abcdef' PLACING 'XY' FROM 2 FOR 3), overlay('abcdef' PLACING 'XY' FROM 2), (regexp_match('key=val', '(\w+)=(\w+)'))[2];
SELECT regexp_matches('a1b2', '[0-9]', 'g');
SELECT regexp_matches('a1b2', '([a-z])([0-9])', 'g');
SELECT regexp_matches('a1b2', '[0-9]');
SELECT * FROM regexp_split_to_table('a,b,c', ',');
SELECT regexp_split_to_table('a b  c', '\s+');
SELECT x FROM regexp_split_to_table('a,b', ',') AS x;

-- SELECT * over USING and NATURAL joins lists the joined columns once, first
CREATE TABLE sem_ua (id int, g text, v int);
CREATE TABLE sem_ub (x int, g text, w int);
INSERT INTO sem_ua VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);
INSERT INTO sem_ub VALUES (7, 'a', 1), (8, 'b', 2), (9, 'z', 3);
-- @must
SELECT * FROM sem_ua JOIN sem_ub USING (g) ORDER BY id;
SELECT * FROM sem_ua LEFT JOIN sem_ub USING (g) ORDER BY id;
SELECT * FROM sem_ua RIGHT JOIN sem_ub USING (g) ORDER BY x;
SELECT * FROM sem_ua FULL JOIN sem_ub USING (g) ORDER BY g;
SELECT *, 1 AS one FROM sem_ua a JOIN sem_ub b USING (g) ORDER BY a.id;
SELECT * FROM sem_ua NATURAL JOIN sem_ub ORDER BY id;
DROP TABLE sem_ua;
DROP TABLE sem_ub;

-- variance and standard deviation of numerics and integers, exactly
CREATE TABLE sem_var (g text, a numeric(10,2), b int, c numeric);
INSERT INTO sem_var VALUES ('x', 10.50, 1, 1.5), ('x', 20.25, 2, 2.25), ('x', 5.00, 7, 3), ('y', 1, 3, 10), ('y', NULL, NULL, NULL);
SELECT stddev(a), variance(a), stddev_pop(a), var_pop(a) FROM sem_var;
SELECT g, stddev(b), variance(b), stddev_samp(c), var_samp(c) FROM sem_var GROUP BY g ORDER BY g;
SELECT variance(x) FROM (VALUES (1), (1), (1)) t(x);
SELECT stddev(x), var_pop(x) FROM (VALUES (2.0), (4.0), (4.0), (4.0), (5.0), (5.0), (7.0), (9.0)) t(x);
SELECT round(stddev(a), 2), stddev(a) > 5 FROM sem_var;
DROP TABLE sem_var;

-- a grouped query names only grouped columns, or columns its grouped primary key determines
CREATE TABLE sem_grp (id int PRIMARY KEY, g text, v int);
INSERT INTO sem_grp VALUES (1, 'a', 1), (2, 'a', 2), (3, 'b', 3);
-- @must
SELECT g, v FROM sem_grp GROUP BY g;
SELECT sem_grp.g, sem_grp.v FROM sem_grp GROUP BY sem_grp.g;
SELECT id, g, v FROM sem_grp GROUP BY id ORDER BY id;
SELECT g AS grp, sum(v) FROM sem_grp GROUP BY grp ORDER BY 1;
SELECT x.g, x.v FROM sem_grp x GROUP BY x.g, x.v ORDER BY 1, 2;
SELECT * FROM sem_grp GROUP BY id ORDER BY id;
DROP TABLE sem_grp;
