-- Issue 10's classes not covered before: division by zero, overflow in every integer width and
-- cast, numeric functions at numeric precision, float8 aggregates, arrays and ANY/ALL over arrays,
-- set-returning functions in FROM, string functions, dates and times, NULL ordering, collation,
-- grouping sets, LATERAL.

-- division by zero
-- @must
SELECT 1 / 0;
SELECT 1.5 / 0;
SELECT 1::float8 / 0;
SELECT 5 % 0;
SELECT mod(5.5, 0);
SELECT 0 / 5, 0.0 / 3, -0.0 / 1;
SELECT div(1, 0);
CREATE TABLE cls_div (id int PRIMARY KEY, a int, b numeric(8,2), f float8);
INSERT INTO cls_div VALUES (1, 10, 2.50, 0.5), (2, 7, 0, 0), (3, 0, NULL, NULL);
-- @must
SELECT id, a / b FROM cls_div ORDER BY id;
SELECT id, a / nullif(b, 0) FROM cls_div ORDER BY id;
SELECT id, f / 0 FROM cls_div WHERE f IS NULL;
SELECT sum(a) / count(b) FROM cls_div;
SELECT id FROM cls_div WHERE a / NULLIF(a, 0) = 1 ORDER BY id;
DROP TABLE cls_div;

-- integer overflow raises 22003 in every width, cast and aggregate
-- @must
SELECT 32767::int2 * 2::int2;
SELECT (-32768)::int2 - 1::int2;
SELECT 2147483647 * 2;
SELECT -2147483647 - 2;
SELECT 9223372036854775807 * 2;
SELECT (-9223372036854775807 - 1) - 1;
SELECT 4611686018427387904 * 2;
SELECT 70000::int2;
SELECT 3000000000::int4;
SELECT '99999999999999999999'::int8;
SELECT 2147483648::bigint::int;
SELECT abs(-2147483648);
SELECT @ (-32768)::int2;
SELECT 1e10::int;
SELECT 32767::int2 + 1;
SELECT 2147483647::int4 + 1::int8;
SELECT sum(x) FROM (VALUES (9223372036854775807), (1)) v(x);
SELECT sum(x), avg(x) FROM (VALUES (2147483647), (2147483647)) v(x);
CREATE TABLE cls_ovf (id int PRIMARY KEY, s smallint, i int, b bigint);
-- @must
INSERT INTO cls_ovf VALUES (1, 40000, 1, 1);
INSERT INTO cls_ovf VALUES (2, 1, 2147483648, 1);
INSERT INTO cls_ovf VALUES (3, 32767, 2147483647, 9223372036854775807);
UPDATE cls_ovf SET s = s + 1 WHERE id = 3;
UPDATE cls_ovf SET b = b + 1 WHERE id = 3;
SELECT s::int + 1, i::bigint + 1, b - 1 FROM cls_ovf;
SELECT s * s FROM cls_ovf;
DROP TABLE cls_ovf;

-- numeric functions at numeric precision
SELECT sqrt(2.0), sqrt(16::numeric), sqrt(2::float8);
SELECT power(2.0, 10), power(2::numeric, 0.5), power(1.5, 3), 2.0 ^ 3;
SELECT exp(1.0), ln(10.0), log(100.0), log(2.0, 8.0), log10(1000::numeric);
SELECT exp(1::float8), ln(10::float8), log(100::float8);
SELECT sqrt(-1.0);
SELECT ln(0.0);
SELECT power(0.0, -1);
SELECT cbrt(27::float8), cbrt(2::float8);
SELECT sign(-2.5), sign(0::numeric), sign(3::float8), pi();
SELECT round(123.456::numeric, -1), round(0.0005::numeric, 3), trunc(123.456, -2);
SELECT 10::numeric / 3, 1::numeric / 7, 2 / 3::numeric, 1000000 / 7.0;
SELECT 0.000001 * 0.000001, 123456789.123456789 * 987654321.987654321;
SELECT numeric '1e-20' + 1, 1e20::numeric, 1.0e-5;
SELECT 'NaN'::numeric + 1, 'NaN'::numeric = 'NaN'::numeric, 'NaN'::numeric > 1000;

-- float8 aggregates at float8's rounding
CREATE TABLE cls_flt (g text, f float8, r real);
INSERT INTO cls_flt VALUES ('a', 0.1, 0.1), ('a', 0.2, 0.2), ('a', 0.3, 0.3), ('b', 1e300, 1), ('b', -1e300, 2);
SELECT g, sum(f), avg(f) FROM cls_flt GROUP BY g ORDER BY g;
SELECT g, stddev(f), variance(f), stddev_pop(f), var_samp(f) FROM cls_flt GROUP BY g ORDER BY g;
SELECT sum(r), avg(r) FROM cls_flt;
SELECT f * 10, r * 10 FROM cls_flt WHERE g = 'a' ORDER BY f;
SELECT 0.1::float8 + 0.2::float8, 1e308::float8 * 10;
SELECT 1::real / 3, 0.1::real + 0.2::real, 1e39::real;
DROP TABLE cls_flt;

-- arrays: functions, subscripts, ANY/ALL over arrays
SELECT array_position(ARRAY['a','b','c','b'], 'b'), array_positions(ARRAY[1,2,1], 1), array_length(ARRAY[1,2,3], 1);
SELECT array_ndims(ARRAY[[1,2],[3,4]]), array_dims(ARRAY[[1,2],[3,4]]), array_lower(ARRAY[5,6], 1), array_upper(ARRAY[5,6], 1);
SELECT array_fill(7, ARRAY[3]), array_to_string(ARRAY[1, NULL, 3], ',', '*'), array_to_string(ARRAY['a','b'], '-');
SELECT (ARRAY[1,2,3,4])[2:3], (ARRAY[1,2,3,4])[:2], (ARRAY[[1,2],[3,4]])[2][1];
SELECT (ARRAY[1,2,3])[5], (ARRAY[1,2,3])[0], cardinality('{}'::int[]);
SELECT 2 = ANY (ARRAY[1,2,3]), 5 = ANY (ARRAY[1,2,3]), 2 <> ALL (ARRAY[1,3]), 1 < ALL (ARRAY[2,3]);
SELECT 1 = ANY (ARRAY[2, NULL]), 1 = ALL (ARRAY[1, NULL]), NULL = ANY (ARRAY[1]), 1 = ANY ('{}'::int[]);
SELECT 'b' = ANY ('{a,b}'::text[]), 3 > ANY ('{1,5}');
SELECT ARRAY[1,2] = ARRAY[1,2], ARRAY[1,2] < ARRAY[1,3], ARRAY[2] > ARRAY[1,9], '{1,2}'::int[] = ARRAY[1,2];
SELECT ARRAY[NULL, 1]::int[], ARRAY['a b', 'c"d', NULL, ''], '{"x y", z}'::text[];
SELECT ARRAY[[1,2],[3,4]], array_length(ARRAY[[1,2],[3,4]], 2);
SELECT '{1,2'::int[];
SELECT ARRAY[1, 2] || ARRAY[[3, 4]];
CREATE TABLE cls_arr (id int PRIMARY KEY, tags text[], n int[]);
INSERT INTO cls_arr VALUES (1, '{red,blue}', '{3,1,2}'), (2, '{green}', '{}'), (3, NULL, '{5}');
-- params: [["red", "green"]]
SELECT id FROM cls_arr WHERE tags && $1::text[] ORDER BY id;
-- params: [[1, 5]]
SELECT id FROM cls_arr WHERE id = ANY ($1::int[]) ORDER BY id;
SELECT id, array_length(n, 1), cardinality(n), n[1] FROM cls_arr ORDER BY id;
SELECT id FROM cls_arr WHERE 'blue' = ANY (tags) ORDER BY id;
SELECT id FROM cls_arr WHERE 3 > ALL (n) ORDER BY id;
SELECT x, x > ALL (SELECT v FROM (VALUES (1), (NULL)) s(v)), x < ANY (SELECT v FROM (VALUES (3), (NULL)) s(v)), x = ALL (SELECT 1 WHERE false) FROM (VALUES (0), (2), (5)) t(x) ORDER BY x;
SELECT x FROM (VALUES (0), (2), (5)) t(x) WHERE NOT (x > ALL (SELECT v FROM (VALUES (1), (NULL)) s(v))) ORDER BY x;
UPDATE cls_arr SET n[2] = 9 WHERE id = 1 RETURNING n;
SELECT id, array_to_string(tags, '|') FROM cls_arr ORDER BY tags NULLS FIRST;
SELECT array_agg(id ORDER BY id DESC), array_agg(n[1] ORDER BY id) FROM cls_arr;
DROP TABLE cls_arr;

-- set-returning functions in FROM
SELECT * FROM generate_series(1, 10, 3);
SELECT * FROM generate_series(5, 1, -2);
SELECT * FROM generate_series(1.0, 2.0, 0.5);
SELECT * FROM generate_series(1, 3) AS g(n) WHERE n > 1;
SELECT * FROM unnest(ARRAY['a','b','c']) WITH ORDINALITY AS t(v, i);
SELECT * FROM unnest(ARRAY[1,2], ARRAY['x','y','z']) AS t(a, b);
SELECT * FROM generate_subscripts(ARRAY['a','b','c'], 1) s;
SELECT a.n, b.n FROM generate_series(1, 2) a(n) CROSS JOIN generate_series(1, 2) b(n) ORDER BY 1, 2;
SELECT count(*), sum(g) FROM generate_series(1, 1000) g;
SELECT generate_series(1, 3) AS g ORDER BY g DESC;
SELECT g, g * 2 FROM generate_series(1, 3) g WHERE g % 2 = 1;
SELECT * FROM generate_series(1, 0);
SELECT generate_series(1, 2), 'x';

-- string functions
SELECT lpad('7', 3, '0'), rpad('ab', 5, '-'), lpad('abcdef', 3), repeat('ab', 3), reverse('abc');
SELECT initcap('hello wORLD foo-bar'), upper('straße'), lower('ÀB'), length('héllo'), octet_length('héllo');
SELECT split_part('a,b,c', ',', 2), split_part('a,b,c', ',', 5), split_part('a,b,c', ',', -1);
SELECT left('abcdef', 2), right('abcdef', 2), left('abc', -1), right('abc', -1);
SELECT position('c' IN 'abcabc'), strpos('abcabc', 'ca'), substr('abcdef', 3), substr('abcdef', 0, 3);
SELECT ltrim('  xx  '), rtrim('xxyy', 'y'), btrim('--a--', '-'), trim(both 'x' FROM 'xxaxx'), trim(leading FROM '  a');
SELECT translate('hello', 'el', 'ip'), replace('aaa', 'a', 'bb'), chr(65), ascii('A'), md5('abc');
SELECT concat('a', NULL, 1, true), concat_ws('-', 'a', NULL, 'b'), 'a' || NULL, 'x' || 1 || true;
SELECT quote_ident('Foo bar'), quote_ident('foo'), quote_literal('it''s'), quote_nullable(NULL);
SELECT format('%s-%s', 1, NULL), format('%I.%L', 'My Table', 'v'), format('%%');
SELECT 'abc' < 'abd', 'B' < 'a', 'a' < 'B', 'abc' LIKE 'A%', 'abc' ILIKE 'A%';
SELECT string_agg(v, ',' ORDER BY v DESC) FROM (VALUES ('a'), ('c'), ('b')) t(v);
SELECT to_hex(255), to_hex(-1), encode('abc'::bytea, 'hex'), encode('abc', 'base64'), decode('616263', 'hex');
SELECT 'abc'::char(5) || 'x', length('ab  '::char(4)), 'ab'::varchar(1);
SELECT starts_with('abc', ''), 'abc' SIMILAR TO 'a%', 'abc' ~ '^a.c$', 'ABC' ~* 'b', 'abc' !~ 'z';
SELECT regexp_replace('a1b22c', '[0-9]+', '#', 'g'), regexp_replace('aaa', 'a', 'b'), regexp_replace('Hello', 'l', 'L', 'g');

-- dates and times
SELECT extract(year FROM timestamp '2024-02-29 13:45:10.5'), extract(dow FROM date '2024-05-19'), extract(epoch FROM timestamp '2024-01-01');
SELECT date_part('month', date '2024-07-04'), extract(doy FROM date '2024-12-31'), extract(week FROM date '2024-01-01'), extract(quarter FROM date '2024-08-01');
SELECT extract(hour FROM interval '3 days 5 hours'), extract(epoch FROM interval '1 day 2 hours'), extract(isodow FROM date '2024-05-19');
SELECT date '2024-01-31' + 1, date '2024-03-01' - date '2024-02-01', date '2024-01-31' + interval '1 month';
SELECT timestamp '2024-01-31 10:00' + interval '1 month 1 day', timestamp '2024-03-31' - interval '1 month';
SELECT interval '1 day' * 3, interval '1 hour' / 4, interval '90 minutes', interval '1 year 13 months', -interval '1 day';
SELECT interval '25 hours', interval '1.5 days', interval '36 hours' = interval '1 day 12 hours', interval '1 month' > interval '29 days';
SELECT date_trunc('month', timestamp '2024-05-17 13:14:15'), date_trunc('week', timestamp '2024-05-17 13:14:15'), date_trunc('quarter', date '2024-05-17');
SELECT to_char(timestamp '2024-05-07 09:05:03', 'YYYY-MM-DD HH24:MI:SS'), to_char(date '2024-05-07', 'DD Mon YYYY'), to_char(timestamp '2024-05-07 15:00', 'HH12 AM');
SELECT to_date('2024-05-17', 'YYYY-MM-DD'), to_timestamp('2024-05-17 10:11', 'YYYY-MM-DD HH24:MI'), to_timestamp(0);
SELECT make_timestamp(2024, 2, 29, 12, 30, 15.5), make_date(2024, 13, 1);
SELECT timestamp '2024-05-17 10:00' - timestamp '2024-05-15 08:30', age(date '2024-05-17', date '2000-02-29');
SELECT '2024-02-30'::date;
SELECT timestamptz '2024-05-17 10:00:00+02', timestamptz '2024-05-17 10:00:00+02' AT TIME ZONE 'UTC', timestamp '2024-05-17 10:00' AT TIME ZONE '+02';
SELECT date '2024-05-17' BETWEEN date '2024-01-01' AND date '2024-12-31', (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-15', date '2024-03-01');
SELECT 'infinity'::date > date '2024-01-01', '-infinity'::timestamp, 'epoch'::timestamp;
SELECT time '23:59:59' + interval '2 seconds', time '10:00' + interval '1 hour', '10:30'::time < '9:00'::time;
SELECT to_char(1234567.891, '9,999,999.99'), to_char(5, '000'), to_char(-12.5, 'S99.9');
SELECT now() - now(), current_date - current_date, now() >= timestamp '2024-01-01';

-- NULL ordering
CREATE TABLE cls_null (id int PRIMARY KEY, v int, t text);
INSERT INTO cls_null VALUES (1, 3, 'b'), (2, NULL, NULL), (3, 1, 'a'), (4, NULL, 'c'), (5, 2, NULL);
-- @must
SELECT id, v FROM cls_null ORDER BY v, id;
-- @must
SELECT id, v FROM cls_null ORDER BY v DESC, id;
SELECT id, v FROM cls_null ORDER BY v NULLS FIRST, id;
SELECT id, v FROM cls_null ORDER BY v DESC NULLS LAST, id;
SELECT id, t FROM cls_null ORDER BY t DESC NULLS LAST, id DESC;
SELECT max(v), min(t), count(v), count(*), sum(v) FILTER (WHERE v IS NULL) FROM cls_null;
SELECT id, row_number() OVER (ORDER BY v DESC, id) FROM cls_null ORDER BY id;
SELECT id FROM cls_null ORDER BY t, v NULLS FIRST LIMIT 3;
SELECT array_agg(v ORDER BY v), array_agg(v ORDER BY v DESC NULLS LAST) FROM cls_null;
SELECT DISTINCT v FROM cls_null ORDER BY v;
SELECT v, count(*) FROM cls_null GROUP BY v ORDER BY v NULLS FIRST;
SELECT NULL = NULL, NULL IS NULL, NULL IS DISTINCT FROM 1, 1 IS NOT DISTINCT FROM 1, coalesce(NULL, NULL, 3);
DROP TABLE cls_null;

-- collation: the database's C collation orders by code point
CREATE TABLE cls_coll (id int PRIMARY KEY, s text);
INSERT INTO cls_coll VALUES (1, 'banana'), (2, 'Apple'), (3, 'apple'), (4, 'Banana'), (5, 'éclair'), (6, 'zebra'), (7, '_x'), (8, '10'), (9, '9');
SELECT s FROM cls_coll ORDER BY s;
SELECT s FROM cls_coll ORDER BY s COLLATE "C" DESC;
SELECT s FROM cls_coll ORDER BY lower(s), s;
SELECT min(s), max(s) FROM cls_coll;
SELECT s FROM cls_coll WHERE s > 'B' ORDER BY s;
SELECT s FROM cls_coll WHERE s COLLATE "C" < 'a' ORDER BY s;
SELECT 'a' < 'B' COLLATE "C", 'Z' < 'a';
SELECT s, rank() OVER (ORDER BY s) FROM cls_coll ORDER BY s;
SELECT upper(s) FROM cls_coll ORDER BY 1;
DROP TABLE cls_coll;

-- grouping sets, rollup, cube
CREATE TABLE cls_gs (region text, product text, qty int);
INSERT INTO cls_gs VALUES ('n', 'a', 1), ('n', 'b', 2), ('s', 'a', 3), ('s', 'a', 4);
SELECT region, product, sum(qty) FROM cls_gs GROUP BY ROLLUP (region, product) ORDER BY region, product;
SELECT region, product, sum(qty) FROM cls_gs GROUP BY CUBE (region, product) ORDER BY region, product;
SELECT region, product, sum(qty) FROM cls_gs GROUP BY GROUPING SETS ((region), (product), ()) ORDER BY region, product;
SELECT region, sum(qty), grouping(region) FROM cls_gs GROUP BY ROLLUP (region) ORDER BY region;
SELECT region, count(*) FROM cls_gs GROUP BY GROUPING SETS (region, ()) HAVING count(*) > 2 ORDER BY region;

-- LATERAL
CREATE TABLE cls_lat (id int PRIMARY KEY, n int);
INSERT INTO cls_lat VALUES (1, 2), (2, 0), (3, 3);
SELECT l.id, g FROM cls_lat l, LATERAL generate_series(1, l.n) g ORDER BY 1, 2;
SELECT l.id, x.m FROM cls_lat l CROSS JOIN LATERAL (SELECT max(g.qty) * l.n AS m FROM cls_gs g) x ORDER BY l.id;
SELECT l.id, x.s FROM cls_lat l CROSS JOIN LATERAL (SELECT sum(g) AS s FROM generate_series(1, l.n) g) x ORDER BY l.id;
SELECT l.id, x.v FROM cls_lat l LEFT JOIN LATERAL (SELECT c.id * 10 AS v FROM cls_lat c WHERE c.id > l.id ORDER BY c.id LIMIT 1) x ON true ORDER BY l.id;
SELECT l.id, x.v FROM cls_lat l JOIN LATERAL (SELECT c.n AS v FROM cls_lat c WHERE c.id = l.id + 1) x ON true ORDER BY l.id;
SELECT l.id, t.v FROM cls_lat l, LATERAL unnest(ARRAY[l.id, l.n]) t(v) ORDER BY 1, 2;
DROP TABLE cls_lat;
DROP TABLE cls_gs;

-- data-modifying statements in WITH
CREATE TABLE cls_src (id int PRIMARY KEY, v text);
CREATE TABLE cls_dst (id int PRIMARY KEY, v text);
INSERT INTO cls_src VALUES (1, 'a'), (2, 'b'), (3, 'c');
WITH d AS (DELETE FROM cls_src WHERE id < 3 RETURNING *) INSERT INTO cls_dst SELECT * FROM d;
SELECT * FROM cls_dst ORDER BY id;
WITH u AS (UPDATE cls_src SET v = 'z' RETURNING id, v) SELECT * FROM u;
WITH i AS (INSERT INTO cls_dst VALUES (9, 'n') RETURNING id) SELECT id * 2 FROM i;
SELECT * FROM cls_src ORDER BY id;
DROP TABLE cls_src;
DROP TABLE cls_dst;
CREATE TABLE cls_src2 (id int PRIMARY KEY, v text, n int);
CREATE TABLE cls_dst2 (id int PRIMARY KEY, v text);
INSERT INTO cls_src2 VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30), (4, 'd', 40);
WITH moved AS (DELETE FROM cls_src2 s WHERE s.n > 25 RETURNING s.id, upper(s.v) AS v) INSERT INTO cls_dst2 (id, v) SELECT id, v FROM moved;
-- params: [15]
WITH gone(k, w) AS (DELETE FROM cls_src2 WHERE n < $1 RETURNING id * 100, v) INSERT INTO cls_dst2 SELECT k, w FROM gone WHERE k > 0;
WITH d AS (DELETE FROM cls_src2 WHERE id = 99 RETURNING *) INSERT INTO cls_dst2 SELECT id, v FROM d;
SELECT * FROM cls_src2 ORDER BY id;
SELECT * FROM cls_dst2 ORDER BY id;
DROP TABLE cls_src2;
DROP TABLE cls_dst2;
