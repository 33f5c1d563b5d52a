-- The twenty-eighth session's hunt for silent wrong answers: what the twenty-seventh left (scalar
-- functions in FROM reading earlier items, numeric scales through subqueries, UNION members and
-- ROLLUP), then reports' window functions (frames with offsets and EXCLUDE, ntile, percent_rank,
-- cume_dist, lag/lead defaults, first/last/nth_value, named windows, windows over aggregates),
-- numeric arithmetic and rounding, arrays, ranges, bytea, boolean and bit aggregates, DISTINCT ON,
-- GROUPING SETS with GROUPING(), and FETCH FIRST … WITH TIES.
CREATE TABLE s28_sale (id int PRIMARY KEY, region text, rep text, amt numeric, qty int, d date, ok boolean, flags int);
INSERT INTO s28_sale VALUES
 (1, 'east', 'ann', 10.50, 3, '2024-01-05', true, 5),
 (2, 'east', 'bob', 20.00, 1, '2024-01-05', true, 3),
 (3, 'east', 'ann', NULL, 2, '2024-02-10', false, 7),
 (4, 'west', 'cat', 7.25, 5, '2024-02-11', true, 1),
 (5, 'west', 'cat', 7.25, NULL, '2024-03-01', NULL, 6),
 (6, 'west', 'dan', 100.125, 4, '2024-03-15', true, 12),
 (7, 'north', 'eve', 0.0, 2, NULL, false, NULL),
 (8, 'east', 'bob', 15.50, 3, '2024-03-20', true, 9);
CREATE TABLE s28_n (id int PRIMARY KEY, x numeric, y numeric(10,3), f float8, i int, b bigint);
INSERT INTO s28_n VALUES (1, 2.50, 1.5, 1.5, -7, 9223372036854775807), (2, -3.125, -2.25, -0.1, 7, -9223372036854775808), (3, NULL, NULL, NULL, NULL, NULL), (4, 0.00, 0, 0, 0, 0);
-- what the twenty-seventh session left
SELECT t.id, a FROM s28_n t, abs(t.x) a ORDER BY t.id;
SELECT t.id, a.abs FROM s28_n t, abs(t.x) a ORDER BY t.id;
-- @must
-- params: ["-4.50"]
SELECT * FROM abs($1::numeric);
-- @must
SELECT * FROM array_append(ARRAY[1.50], 2.0);
-- @must
SELECT (SELECT jsonb_build_object('v', x) FROM s28_n WHERE id = 1)::text || '!';
SELECT coalesce((SELECT x::text FROM s28_n WHERE id = 1), 'none') AS t;
SELECT * FROM (SELECT jsonb_build_object('v', x)::text AS j FROM s28_n WHERE id = 1 UNION SELECT '{}') s ORDER BY j;
SELECT region, sum(amt), json_build_object('s', sum(amt))::text FROM s28_sale GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
-- @must
SELECT x || '' AS t FROM s28_n WHERE id <= 2 UNION ALL SELECT '7.0' ORDER BY t;
-- @must
-- params: ["-4.50"]
SELECT a, a * 2, a || '' FROM abs($1::numeric) a;
-- params: ["2.5670"]
SELECT * FROM round($1::numeric, 2), abs($1::numeric) x;
-- params: ["3.10", 2]
SELECT * FROM power($1::numeric, $2::int);
-- @must
SELECT * FROM power(3.10, 2);
SELECT * FROM (SELECT power(3.10, 2) p, sqrt(3.10) s, 3.10 ^ 2 AS c, exp(1.0) e, ln(10.0) l, log(2.0, 8.0) g, div(7.5, 2) d, ceil(2.50) f, sign(-2.50) n) s;
-- @must
WITH c AS (SELECT power(2.50, 3) p, sqrt(2.0) q) SELECT p, q, p + 1 FROM c;
SELECT p FROM (SELECT power(x, 2) p FROM s28_n WHERE x IS NOT NULL) s ORDER BY p;
SELECT coalesce((SELECT x || '' FROM s28_n WHERE id = 1), 'none'), length((SELECT x::text FROM s28_n WHERE id = 4));
SELECT id FROM s28_n WHERE (SELECT x || '' FROM s28_n WHERE id = 1) = '2.50' ORDER BY id;
SELECT id, upper((SELECT x || 'x' FROM s28_n n2 WHERE n2.id = n.id)) FROM s28_n n ORDER BY id;
SELECT (SELECT json_agg(x ORDER BY id) FROM s28_n)::text;
-- @must
SELECT x || '' AS t FROM s28_n WHERE id <= 2 UNION SELECT '2.50' ORDER BY t;
SELECT x || '' AS t FROM s28_n EXCEPT SELECT '2.50' ORDER BY t;
SELECT format('%s', x) AS t FROM s28_n WHERE id = 1 UNION ALL SELECT 'a' ORDER BY t;
-- window functions
SELECT id, amt, sum(amt) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s28_sale ORDER BY id;
SELECT id, amt, avg(amt) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM s28_sale ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s28_sale ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s28_sale ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING EXCLUDE GROUP) FROM s28_sale ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty, id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE CURRENT ROW) FROM s28_sale ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES) FROM s28_sale ORDER BY id;
SELECT id, ntile(3) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, ntile(5) OVER (PARTITION BY region ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, ntile(0) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, ntile(NULL) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, percent_rank() OVER (ORDER BY amt), cume_dist() OVER (ORDER BY amt) FROM s28_sale ORDER BY id;
SELECT id, percent_rank() OVER (PARTITION BY region ORDER BY qty), cume_dist() OVER (PARTITION BY region ORDER BY qty) FROM s28_sale ORDER BY id;
SELECT id, rank() OVER w, dense_rank() OVER w, row_number() OVER (ORDER BY amt DESC NULLS LAST, id) FROM s28_sale WINDOW w AS (ORDER BY amt DESC NULLS LAST) ORDER BY id;
SELECT id, lag(amt, 1, 0) OVER (ORDER BY id), lead(amt, 2, -1) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, lag(qty, 1, 0.5) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, lag(rep, 3) OVER (PARTITION BY region ORDER BY id), lead(rep) OVER (PARTITION BY region ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, lag(amt, -1) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, lag(amt, NULL) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, first_value(amt) OVER w, last_value(amt) OVER w, nth_value(amt, 2) OVER w FROM s28_sale WINDOW w AS (PARTITION BY region ORDER BY id) ORDER BY id;
SELECT id, last_value(amt) OVER (PARTITION BY region ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s28_sale ORDER BY id;
SELECT id, nth_value(rep, 3) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s28_sale ORDER BY id;
SELECT id, nth_value(rep, 0) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, first_value(amt) OVER (ORDER BY amt NULLS FIRST, id) FROM s28_sale ORDER BY id;
SELECT id, sum(amt) OVER w2 FROM s28_sale WINDOW w1 AS (PARTITION BY region), w2 AS (w1 ORDER BY id) ORDER BY id;
SELECT id, sum(amt) OVER (w ROWS 1 PRECEDING) FROM s28_sale WINDOW w AS (ORDER BY id) ORDER BY id;
SELECT region, sum(amt) AS s, rank() OVER (ORDER BY sum(amt) DESC) FROM s28_sale GROUP BY region ORDER BY region;
SELECT region, count(*), sum(count(*)) OVER () AS total, round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct FROM s28_sale GROUP BY region ORDER BY region;
SELECT region, avg(amt), avg(avg(amt)) OVER () FROM s28_sale GROUP BY region ORDER BY region;
SELECT d, sum(amt) AS day, sum(sum(amt)) OVER (ORDER BY d) AS running FROM s28_sale WHERE d IS NOT NULL GROUP BY d ORDER BY d;
SELECT id, d, count(*) OVER (ORDER BY d RANGE BETWEEN '10 days' PRECEDING AND CURRENT ROW) FROM s28_sale ORDER BY id;
SELECT id, amt, sum(amt) OVER (ORDER BY amt RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING) FROM s28_sale ORDER BY id;
SELECT id, amt, max(amt) OVER (ORDER BY amt DESC RANGE BETWEEN 3 PRECEDING AND CURRENT ROW) FROM s28_sale ORDER BY id;
SELECT id, count(amt) OVER (), count(*) OVER (), avg(qty) OVER () FROM s28_sale ORDER BY id;
SELECT id, string_agg(rep, ',') OVER (ORDER BY id ROWS 2 PRECEDING) FROM s28_sale ORDER BY id;
SELECT id, array_agg(qty) OVER (PARTITION BY region ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, sum(qty) FILTER (WHERE ok) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, bool_and(ok) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
SELECT id, min(d) OVER (PARTITION BY rep), max(d) OVER (PARTITION BY rep) FROM s28_sale ORDER BY id;
SELECT id, row_number() OVER () > 0 FROM s28_sale ORDER BY id;
SELECT * FROM (SELECT id, region, row_number() OVER (PARTITION BY region ORDER BY amt DESC NULLS LAST, id) AS rn FROM s28_sale) t WHERE rn = 1 ORDER BY region;
SELECT id, amt - lag(amt) OVER (ORDER BY id) AS delta FROM s28_sale ORDER BY id;
SELECT id, sum(amt) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING) FROM s28_sale ORDER BY id;
SELECT id, sum(amt) OVER (ORDER BY id ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) FROM s28_sale ORDER BY id;
SELECT id, avg(amt) OVER (ORDER BY id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM s28_sale ORDER BY id;
SELECT id, pg_typeof(avg(qty) OVER ())::text, pg_typeof(sum(qty) OVER ())::text, pg_typeof(count(*) OVER ())::text FROM s28_sale WHERE id = 1;
SELECT id, rank() OVER (ORDER BY ok), dense_rank() OVER (ORDER BY ok NULLS FIRST) FROM s28_sale ORDER BY id;
-- params: [2]
SELECT id, lag(amt, $1) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
-- @must
-- params: [2, "9.99"]
SELECT id, lead(amt, $1, $2::numeric) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
-- params: [3]
SELECT id, ntile($1) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
-- numeric arithmetic and rounding
SELECT round(1234.5678, -2), round(1250, -2), round(-1250.5, -2), round(5.5), round(-5.5), round(2.5::float8), round(-0.5);
SELECT trunc(1234.5678, -2), trunc(-1234.5678, 2), trunc(9.99), trunc(-9.99, 0), trunc(1.5::float8);
SELECT round(x, 1), round(x, -1), trunc(x, 1) FROM s28_n ORDER BY id;
SELECT round(y), round(y, 5), y * 2, y / 3 FROM s28_n ORDER BY id;
SELECT div(7, 2), div(-7, 2), div(7, -2), div(-7.5, 2), mod(-7, 3), mod(7, -3), mod(-7.5, 2), -7 % 3, 7 % -3;
SELECT i / 2, i % 2, i::numeric / 2 FROM s28_n ORDER BY id;
SELECT power(2, 10), power(2.0, 10), power(2, 0.5), power(-2, 3), power(2.5, 2), 2 ^ 3, 2.0 ^ -1;
SELECT power(0, 0), power(0.0, 0), power(-8, 1.0 / 3);
SELECT power(-8.0, 0.5);
-- @must
SELECT power(0.00, 2), 0.0 ^ 3, power(0, 0.5), power(0.000000000000000000001, 2);
SELECT id, power(x, 2), x ^ 3 FROM s28_n ORDER BY id;
SELECT sqrt(2), sqrt(2.0), sqrt(16), sqrt(16.00), sqrt(0.0001);
SELECT sqrt(-1);
SELECT sqrt(-1.0);
SELECT exp(1), exp(1.0), exp(0.0), exp(2.5);
SELECT ln(10), ln(10.0), ln(1.0), log(100), log(100.0), log(2, 8), log(2.0, 8.0), log10(1000);
SELECT ln(0);
SELECT ln(0.0);
SELECT log(-1.0);
SELECT cbrt(27), cbrt(-8.0), abs(-0.0), sign(-2.5), sign(0.0), sign(3), ceil(-1.5), floor(-1.5), ceiling(1.01);
SELECT 1 / 0;
SELECT 1.0 / 0;
SELECT 1.0::float8 / 0;
SELECT 5 % 0;
SELECT mod(5.0, 0);
SELECT div(1, 0.0);
SELECT 2147483647 + 1;
SELECT 2147483647::int + 1::bigint;
SELECT -2147483648::int;
SELECT (-2147483648)::int / -1;
SELECT 9223372036854775807::bigint + 1;
SELECT b * 2 FROM s28_n WHERE id = 1;
SELECT -b FROM s28_n WHERE id = 2;
SELECT abs(b) FROM s28_n WHERE id = 2;
SELECT 32767::smallint + 1::smallint;
SELECT sum(b) FROM s28_n;
SELECT sum(i), avg(i), sum(x), avg(x), avg(y), sum(f) FROM s28_n;
SELECT 1.1::float8, 0.1::float8 + 0.2::float8, 1e20::float8, 1e-5::float8, 123456789012345678::float8, 1.0::float4 / 3;
SELECT 0.1::float4, 1e100::float8::numeric, 1.5::float8::numeric, (0.1 + 0.2)::float8::numeric, 12345.678::float4::numeric;
SELECT 'NaN'::float8, 'Infinity'::float8, '-inf'::float8, 'NaN'::numeric, 'NaN'::float8::numeric;
SELECT 'Infinity'::float8::numeric;
SELECT 1e300::float8 * 1e300::float8;
SELECT 2.5::int, 3.5::int, -2.5::int, 2.5::float8::int, 3.5::float8::int, (-2.5)::float8::int;
SELECT 1.99::bigint, '2.5'::numeric::smallint, 32767.5::smallint;
SELECT 10::numeric / 3, 1::numeric / 3 * 3, 10.00 / 4, 1 / 3.0, 2 / 3::numeric(10,2), 100::numeric / 7;
SELECT 1.50 * 2.00, 1.5 + 1.50, 1.500 - 1.5, -0.00, 0.10 * 10;
SELECT numeric '1e-10', 1e5::numeric, 1.0e3, 123.456e-2, 0.000001 * 1000000;
SELECT scale(1.500), scale(x), precision_dummy FROM (SELECT 1 AS precision_dummy) q, s28_n WHERE id = 1;
SELECT scale(1.500), scale(x) FROM s28_n ORDER BY id;
SELECT min_scale(1.500), trim_scale(1.500), trim_scale(100.00);
SELECT width_bucket(5.35, 0.024, 10.06, 5), width_bucket(-1, 0, 10, 5), width_bucket(11, 0, 10, 5);
SELECT gcd(12, 18), lcm(4, 6), gcd(-12, 18), factorial(5);
SELECT 12345678901234567890::numeric * 98765432109876543210::numeric;
SELECT round(123.456::numeric(6,2), 1), 123.456::numeric(6,2), 99.999::numeric(4,2);
SELECT 999.995::numeric(5,2);
SELECT x::numeric(5,1), x::int FROM s28_n ORDER BY id;
-- params: ["2.345", 2]
SELECT round($1::numeric, $2), trunc($1::numeric, $2);
-- params: ["-7", "2"]
SELECT div($1::numeric, $2::numeric), mod($1::int, $2::int), $1::int / $2::int;
-- params: [0]
SELECT 10 / $1::int;
-- params: ["1.10"]
SELECT $1::numeric * 3, $1::numeric + 0, $1::float8 * 3;
-- arrays
CREATE TABLE s28_arr (id int PRIMARY KEY, a int[], t text[], m int[][]);
INSERT INTO s28_arr VALUES (1, '{1,2,3,2}', '{x,y,NULL}', '{{1,2},{3,4}}'), (2, '{}', '{}', '{}'), (3, NULL, NULL, NULL), (4, '{5,NULL,5}', '{"a b",c}', '{{5,6,7}}');
SELECT id, array_position(a, 2), array_positions(a, 2), array_position(a, 2, 3), array_position(a, NULL) FROM s28_arr ORDER BY id;
SELECT id, array_remove(a, 2), array_replace(a, 5, 0), array_remove(a, NULL) FROM s28_arr ORDER BY id;
SELECT id, cardinality(a), array_length(a, 1), array_ndims(m), array_dims(m), array_lower(m, 2), array_upper(m, 2), cardinality(m) FROM s28_arr ORDER BY id;
SELECT id, a[2], a[2:3], a[:2], a[3:], a[0], a[5], a[3:1] FROM s28_arr ORDER BY id;
SELECT id, m[1][2], m[2], m[1:1], m[1:2][2] FROM s28_arr ORDER BY id;
SELECT '{{1,2},{3,4}}'::int[], ARRAY[[1,2],[3,4]], ARRAY[ARRAY[1],ARRAY[2]], '[0:2]={1,2,3}'::int[], array_lower('[0:2]={1,2,3}'::int[], 1);
SELECT '{{1,2},{3}}'::int[];
SELECT ARRAY[[1,2],[3]];
SELECT ('[0:2]={1,2,3}'::int[])[0], array_dims('[0:2]={1,2,3}'::int[]), '[0:2]={1,2,3}'::int[] = '{1,2,3}'::int[];
SELECT 1 = ANY('{1,NULL}'::int[]), 2 = ANY('{1,NULL}'::int[]), 2 <> ALL('{1,NULL}'::int[]), 1 <> ALL('{1,NULL}'::int[]), 1 = ANY('{}'::int[]), 1 = ALL('{}'::int[]), NULL::int = ANY('{1}'::int[]);
SELECT id, 2 = ANY(a), 5 > ALL(a), 5 = ALL(a) FROM s28_arr ORDER BY id;
SELECT ARRAY[1,2] < ARRAY[1,3], ARRAY[1,2] < ARRAY[1,2,0], ARRAY[2] > ARRAY[1,9], ARRAY[1,NULL] = ARRAY[1,NULL], ARRAY[]::int[] < ARRAY[0], ARRAY[1,2] = ARRAY[[1,2]];
SELECT id FROM s28_arr WHERE a > '{1,2}' ORDER BY id;
SELECT id, a @> '{2}', a <@ '{1,2,3,4}', a && '{3,9}' FROM s28_arr ORDER BY id;
SELECT id, a || 9, 0 || a, a || '{7,8}'::int[], array_cat(a, NULL), array_prepend(0, a) FROM s28_arr ORDER BY id;
SELECT id, array_to_string(t, '|'), array_to_string(t, '|', '*'), array_to_string(m, ',') FROM s28_arr ORDER BY id;
SELECT string_to_array('a,b,,c', ','), string_to_array('a,b,,c', ',', ''), string_to_array('abc', NULL), string_to_array('', ',');
SELECT id, t FROM s28_arr ORDER BY id;
SELECT ARRAY['a"b', 'c,d', 'NULL', '', ' e'], ARRAY[1.50, 2], ARRAY[true, NULL], ARRAY['2024-01-01'::date];
SELECT array_fill(7, ARRAY[2]), array_fill(0, ARRAY[2,2]), array_fill('x'::text, ARRAY[2], ARRAY[3]);
SELECT (SELECT array_agg(v ORDER BY v) FROM unnest(ARRAY[3,1,2]) v), array_agg(DISTINCT qty ORDER BY qty) FROM s28_sale;
SELECT array_agg(a ORDER BY id) FROM s28_arr WHERE id IN (1, 4);
SELECT unnest('{{1,2},{3,4}}'::int[]) ORDER BY 1;
SELECT array_length('{}'::int[], 1), cardinality('{}'::int[]), array_dims('{}'::int[]), array_upper('{}'::int[], 1), array_ndims('{}'::int[]);
SELECT trim_array(ARRAY[1,2,3], 1), array_sample_dummy FROM (SELECT 1 AS array_sample_dummy) q;
-- params: ["{1,2,3}", 2]
SELECT array_position($1::int[], $2::int), $2::int = ANY($1::int[]), cardinality($1::int[]);
-- params: [[4, 5, null]]
SELECT $1::int[], array_length($1::int[], 1), array_remove($1::int[], NULL);
-- @must
SELECT x FROM unnest(ARRAY[1.50, 2.0, 3]) x ORDER BY x;
SELECT x, n FROM unnest('{1.50,NULL,2.0}'::numeric[]) WITH ORDINALITY AS u(x, n) ORDER BY n;
SELECT sum(x), max(x), x2 FROM unnest(ARRAY[1.50, 2.0]) x, (SELECT 1 AS x2) o GROUP BY x2;
SELECT x * 2 AS d, x || '' AS t FROM unnest(ARRAY[1.50, 2.0]) x ORDER BY x;
-- params: ["{1.50,2.0,NULL}"]
SELECT x FROM unnest($1::numeric[]) x ORDER BY x NULLS LAST;
-- @must
-- params: ["{1,2,3}", "{1.50,2.0,0.000}"]
SELECT * FROM unnest($1::int[], $2::numeric[]) AS u(a, b) ORDER BY a;
CREATE TABLE s28_bulk (id int PRIMARY KEY, amt numeric, p numeric(8,2), tags text[]);
-- params: ["{1,2}", "{1.50,2.0}"]
INSERT INTO s28_bulk (id, amt, p) SELECT a, b, b FROM unnest($1::int[], $2::numeric[]) AS u(a, b);
-- params: ["{3,4}", "{3.50,4.000}"]
INSERT INTO s28_bulk (id, amt) SELECT * FROM unnest($1::int[], $2::numeric[]);
-- params: ["{5.50,6.0}"]
INSERT INTO s28_bulk (id, amt) SELECT 4 + n, x FROM unnest($1::numeric[]) WITH ORDINALITY AS u(x, n);
INSERT INTO s28_bulk (id, amt) SELECT 6 + n, x FROM unnest(ARRAY[7.70, 8.0]) WITH ORDINALITY AS u(x, n);
-- @must
SELECT id, amt, p, amt * 2, amt::text FROM s28_bulk ORDER BY id;
SELECT sum(amt), max(amt), min(amt) FROM s28_bulk;
-- @must
SELECT * FROM (SELECT ARRAY[1.50, 2.0] a) s;
WITH c AS (SELECT ARRAY[1.50, 2.0, NULL] a) SELECT a, a[1], a[2:3], cardinality(a) FROM c;
SELECT * FROM (SELECT array_append(ARRAY[1.50], 2.0) AS a, '{0.10,3}'::numeric[] AS b) s;
-- params: ["{1.50,2.0}"]
SELECT * FROM (SELECT $1::numeric[] AS a) s;
-- @must
WITH t AS (SELECT region, array_agg(amt ORDER BY id) vs FROM s28_sale GROUP BY region) SELECT region, vs, vs[1], cardinality(vs) FROM t ORDER BY region;
SELECT * FROM (SELECT array_agg(amt ORDER BY id) FILTER (WHERE amt > 10) vs FROM s28_sale) t;
INSERT INTO s28_bulk (id, amt, tags) SELECT 100, max(amt), array_agg(rep ORDER BY id) FROM s28_sale;
-- @must
SELECT region, jsonb_build_object('region', region, 'amounts', array_agg(amt ORDER BY id)) FROM s28_sale GROUP BY region ORDER BY region;
SELECT json_build_object('amounts', array_agg(amt ORDER BY id), 'n', count(*)) FROM s28_sale;
-- ranges
SELECT int4range(1, 10), int4range(1, 10, '[]'), int4range(1, 10, '(]'), int4range(5, 5), int4range(NULL, 3), numrange(1.5, 2.50), daterange('2024-01-01', '2024-01-31', '[]');
SELECT int4range(10, 1);
SELECT lower(int4range(1, 10, '(]')), upper(int4range(1, 10, '[]')), isempty(int4range(5, 5)), lower_inc(int4range(1, 10)), upper_inc(numrange(1, 2, '[]')), lower_inf(int4range(NULL, 3)), upper_inf(int4range(1, NULL));
SELECT lower('empty'::int4range), upper_inf('empty'::int4range), 'empty'::int4range, numrange(1.0, 1.0), numrange(1.0, 1.0, '[]');
SELECT int4range(1, 10) @> 5, int4range(1, 10) @> 10, int4range(1, 10) @> int4range(2, 3), 5 <@ int4range(1, 5), int4range(1, 5) && int4range(5, 9), int4range(1, 5) -|- int4range(5, 9), int4range(1, 5, '[]') -|- int4range(5, 9);
SELECT int4range(1, 5) + int4range(3, 9), int4range(1, 9) * int4range(3, 12), int4range(1, 9) - int4range(3, 12), int4range(1, 5) << int4range(6, 9), int4range(1, 5) &< int4range(3, 4);
SELECT int4range(1, 3) + int4range(5, 9);
SELECT int4range(1, 9) - int4range(3, 5);
SELECT numrange(1.0, 2.0) @> 1.99, numrange(NULL, NULL), numrange(0.5, NULL, '[]'), '[1.50,3)'::numrange, '(,)'::int4range;
SELECT daterange('2024-01-01', '2024-02-01') @> '2024-01-31'::date, upper(daterange('2024-01-01', '2024-01-31', '[]')), daterange('2024-01-01', NULL) && daterange('2025-01-01', '2025-02-01');
SELECT tstzrange('2024-01-01 00:00+00', '2024-01-02 00:00+00') @> '2024-01-01 12:00+00'::timestamptz, isempty(tstzrange('2024-01-01 00:00+00', '2024-01-01 00:00+00'));
SELECT int4range(1, 5) = int4range(1, 4, '[]'), int4range(1, 5) < int4range(2, 3), 'empty'::int4range < int4range(1, 2), int4range(NULL, 2) < int4range(1, 2);
SELECT range_merge(int4range(1, 3), int4range(7, 9)), int4range(1, 3) * int4range(5, 9);
SELECT id, d, daterange(d, d + 7) @> '2024-01-07'::date FROM s28_sale ORDER BY id;
SELECT range_agg(r) FROM (VALUES (int4range(1, 3)), (int4range(2, 5)), (int4range(8, 9))) v(r);
SELECT range_intersect_agg(r) FROM (VALUES (int4range(1, 7)), (int4range(2, 5))) v(r);
SELECT '[1,5]'::int4range, '[1,5)'::numrange, '(1,5]'::int8range, '[2024-01-01,2024-01-05]'::daterange;
SELECT '[5,1]'::int4range;
-- params: ["[3,7)", 5]
SELECT $1::int4range @> $2::int, upper($1::int4range), lower($1::int4range);
-- bytea
SELECT '\x414243'::bytea, 'abc'::bytea, '\000\001'::bytea, E'\\xDEADBEEF'::bytea, ''::bytea;
SELECT encode('abc'::bytea, 'hex'), encode('abc'::bytea, 'base64'), encode('a\000b'::bytea, 'escape'), encode('\xff01'::bytea, 'escape');
SELECT decode('616263', 'hex'), decode('YWJj', 'base64'), decode('a\\000b', 'escape'), convert_from(decode('616263', 'hex'), 'UTF8');
SELECT decode('6g', 'hex');
SELECT decode('abc', 'base64');
SELECT encode('abc'::bytea, 'rot13');
SELECT get_byte('abc'::bytea, 1), set_byte('abc'::bytea, 0, 65), length('abc'::bytea), octet_length('\x0001'::bytea), 'ab'::bytea || '\x00'::bytea;
SELECT get_byte('abc'::bytea, 3);
SELECT substring('abcdef'::bytea FROM 2 FOR 3), position('\x63'::bytea IN 'abc'::bytea), md5('abc'::bytea), sha256('abc'::bytea);
SELECT 'abc'::bytea < 'abd'::bytea, '\x00'::bytea > ''::bytea, 'abc'::bytea = '\x616263'::bytea;
SELECT encode(decode('SGVsbG8gV29ybGQ=', 'base64'), 'escape'), encode(sha256(''::bytea), 'hex');
SELECT encode(repeat('x', 60)::bytea, 'base64');
-- params: ["\\x0102ff"]
SELECT $1::bytea, get_byte($1::bytea, 2), encode($1::bytea, 'base64');
-- boolean and bit aggregates
SELECT bool_and(ok), bool_or(ok), every(ok), bool_and(ok) FILTER (WHERE ok), bool_or(NULL::boolean) FROM s28_sale;
SELECT region, bool_and(ok), every(amt > 5), bool_or(qty > 4) FROM s28_sale GROUP BY region ORDER BY region;
SELECT bit_and(flags), bit_or(flags), bit_xor(flags), bit_and(NULL::int), bit_or(flags) FILTER (WHERE flags > 100) FROM s28_sale;
SELECT region, bit_and(flags), bit_or(flags) FROM s28_sale GROUP BY region ORDER BY region;
SELECT bit_and(b), bit_or(b) FROM s28_n;
SELECT pg_typeof(bit_and(flags))::text, pg_typeof(bit_or(qty::smallint))::text FROM s28_sale;
SELECT 5 & 3, 5 | 3, 5 # 3, ~5, 1 << 4, 256 >> 2, -8 >> 1;
SELECT B'1010' & B'0110', B'1010' | B'0001', ~B'1010', B'1010' << 1, '1010'::bit(4)::int, 10::bit(6);
SELECT count(*) FILTER (WHERE ok IS NULL), count(*) FILTER (WHERE NOT ok), count(ok) FROM s28_sale;
SELECT ok, count(*) FROM s28_sale GROUP BY ok ORDER BY ok NULLS FIRST;
SELECT true AND NULL, false AND NULL, true OR NULL, NULL IS UNKNOWN, NOT NULL::boolean, 't'::boolean, 'yes'::boolean, 'off'::boolean;
SELECT 'maybe'::boolean;
SELECT true > false, true::int, 0::boolean, 2::boolean, true::text, 'TRUE'::boolean::text;
-- DISTINCT ON
SELECT DISTINCT ON (region) region, rep, amt FROM s28_sale ORDER BY region, amt DESC NULLS LAST, id;
SELECT DISTINCT ON (region) region, id FROM s28_sale ORDER BY region, id DESC;
SELECT DISTINCT ON (rep) rep, d FROM s28_sale ORDER BY rep, d NULLS FIRST, id;
SELECT DISTINCT ON (region, ok) region, ok, id FROM s28_sale ORDER BY region, ok, id;
SELECT DISTINCT ON (region) region, id FROM s28_sale ORDER BY id;
SELECT DISTINCT ON (amt) amt, id FROM s28_sale ORDER BY amt NULLS FIRST, id;
SELECT DISTINCT ON (qty % 2) qty % 2 AS par, id FROM s28_sale ORDER BY qty % 2, id;
SELECT count(*) FROM (SELECT DISTINCT ON (region) * FROM s28_sale ORDER BY region, id) t;
SELECT DISTINCT amt FROM s28_sale ORDER BY amt NULLS FIRST;
SELECT DISTINCT ok FROM s28_sale ORDER BY ok;
-- GROUPING SETS, CUBE, GROUPING()
SELECT region, rep, sum(qty), GROUPING(region), GROUPING(rep), GROUPING(region, rep) FROM s28_sale GROUP BY GROUPING SETS ((region, rep), (region), ()) ORDER BY region NULLS LAST, rep NULLS LAST;
SELECT region, ok, count(*) FROM s28_sale GROUP BY CUBE (region, ok) ORDER BY region NULLS LAST, ok NULLS LAST, 3;
SELECT CASE WHEN GROUPING(region) = 1 THEN 'ALL' ELSE region END AS r, sum(amt) FROM s28_sale GROUP BY ROLLUP (region) ORDER BY 1;
SELECT region, rep, count(*) FROM s28_sale GROUP BY ROLLUP (region, rep) HAVING count(*) > 1 ORDER BY region NULLS LAST, rep NULLS LAST;
SELECT region, sum(amt), avg(qty) FROM s28_sale GROUP BY GROUPING SETS ((region), ()) ORDER BY region NULLS FIRST;
SELECT GROUPING(region), region, count(*) FROM s28_sale GROUP BY GROUPING SETS (region, rep) ORDER BY 1, 2 NULLS LAST, 3;
SELECT rep, region, count(*) FROM s28_sale GROUP BY GROUPING SETS (region, rep) ORDER BY rep NULLS FIRST, region NULLS FIRST;
SELECT extract(month FROM d) AS m, region, sum(qty) FROM s28_sale GROUP BY ROLLUP (extract(month FROM d), region) ORDER BY m NULLS LAST, region NULLS LAST, 3;
SELECT region, count(*), rank() OVER (ORDER BY count(*) DESC, region) FROM s28_sale GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
SELECT count(*) FROM s28_sale GROUP BY ();
SELECT sum(amt) FROM s28_sale WHERE false GROUP BY ROLLUP (region);
SELECT region, max(amt) FROM s28_sale GROUP BY ROLLUP (region), ok ORDER BY region NULLS LAST, 2 NULLS LAST;
-- FETCH FIRST … WITH TIES, LIMIT/OFFSET
SELECT * FROM (SELECT id, qty FROM s28_sale ORDER BY qty FETCH FIRST 2 ROWS WITH TIES) t ORDER BY id;
SELECT id, qty FROM s28_sale ORDER BY qty DESC NULLS LAST FETCH FIRST 1 ROW WITH TIES;
SELECT id, amt FROM s28_sale ORDER BY amt FETCH FIRST 3 ROWS WITH TIES;
SELECT id, region FROM s28_sale ORDER BY region OFFSET 1 FETCH NEXT 2 ROWS WITH TIES;
SELECT id FROM s28_sale ORDER BY id FETCH FIRST ROW ONLY;
SELECT id FROM s28_sale ORDER BY id OFFSET 2 ROWS FETCH FIRST 3 ROWS ONLY;
SELECT id FROM s28_sale FETCH FIRST 2 ROWS WITH TIES;
SELECT id FROM s28_sale ORDER BY id LIMIT 0;
SELECT id FROM s28_sale ORDER BY id LIMIT NULL;
SELECT id FROM s28_sale ORDER BY id LIMIT ALL OFFSET 6;
SELECT id FROM s28_sale ORDER BY id LIMIT -1;
SELECT id FROM s28_sale ORDER BY id OFFSET -1;
SELECT id FROM s28_sale ORDER BY id OFFSET 100;
SELECT id FROM s28_sale ORDER BY id LIMIT 2.5;
-- params: [2]
SELECT * FROM (SELECT id, qty FROM s28_sale ORDER BY qty FETCH FIRST $1 ROWS WITH TIES) t ORDER BY id;
-- params: [2, 3]
SELECT id FROM s28_sale ORDER BY id LIMIT $1 OFFSET $2;
-- params: [null]
SELECT id FROM s28_sale ORDER BY id LIMIT $1::bigint;
-- mixed report queries
SELECT region, to_char(sum(amt), 'FM999990.00') AS total, round(avg(amt), 2) AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY amt) AS med FROM s28_sale GROUP BY region ORDER BY region;
SELECT date_trunc('month', d)::date AS month, count(*), sum(amt), sum(sum(amt)) OVER (ORDER BY date_trunc('month', d)) FROM s28_sale WHERE d IS NOT NULL GROUP BY 1 ORDER BY 1;
SELECT rep, sum(amt) / nullif(sum(qty), 0) AS per_unit FROM s28_sale GROUP BY rep ORDER BY rep;
SELECT rep, round(sum(amt) / nullif(sum(qty), 0), 3) AS per_unit FROM s28_sale GROUP BY rep ORDER BY rep;
SELECT id, amt, round(amt * 100.0 / sum(amt) OVER (PARTITION BY region), 1) AS share FROM s28_sale ORDER BY id;
SELECT id, qty, qty - avg(qty) OVER () AS dev FROM s28_sale ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY id) / sum(qty) OVER () AS frac FROM s28_sale ORDER BY id;
SELECT id, (sum(qty) OVER (ORDER BY id))::numeric / sum(qty) OVER () AS frac FROM s28_sale ORDER BY id;
SELECT id, stddev(qty) OVER (), variance(amt) OVER (PARTITION BY region) FROM s28_sale ORDER BY id;
SELECT stddev(amt), stddev_pop(amt), var_samp(qty), var_pop(qty), corr(qty, amt), regr_slope(amt, qty) FROM s28_sale;
SELECT region, stddev(amt) FROM s28_sale GROUP BY region ORDER BY region;
SELECT id, amt FROM s28_sale WHERE amt > ALL (SELECT amt FROM s28_sale WHERE region = 'west') ORDER BY id;
SELECT id, amt FROM s28_sale WHERE amt > ALL (SELECT amt FROM s28_sale WHERE region = 'east') ORDER BY id;
SELECT id FROM s28_sale WHERE amt NOT IN (SELECT amt FROM s28_sale WHERE region = 'east') ORDER BY id;
SELECT id, qty FROM s28_sale WHERE qty IN (SELECT qty FROM s28_sale WHERE region = 'west') ORDER BY id;
-- through the extended protocol
-- params: ["east"]
SELECT id, amt, sum(amt) OVER (ORDER BY id) FROM s28_sale WHERE region = $1 ORDER BY id;
-- params: ["east"]
SELECT rep, sum(amt), count(*) FROM s28_sale WHERE region = $1 GROUP BY rep ORDER BY rep;
-- params: ["5.5"]
SELECT id, amt FROM s28_sale WHERE amt > $1::numeric ORDER BY id;
-- params: ["1.25"]
SELECT id, amt * $1::numeric, amt + $1::numeric, round(amt / $1::numeric, 3) FROM s28_sale ORDER BY id;
-- params: ["0.50"]
SELECT id, coalesce(amt, $1::numeric) FROM s28_sale ORDER BY id;
-- params: ["0.50"]
SELECT id, greatest(amt, $1::numeric), least(amt, $1::numeric) FROM s28_sale ORDER BY id;
-- params: ["2.50"]
SELECT id, amt || '' AS t FROM s28_sale WHERE id <= 2 UNION ALL SELECT 0, $1::numeric || '' ORDER BY id;
-- params: [2]
SELECT DISTINCT ON (region) region, id, amt FROM s28_sale WHERE qty >= $1 ORDER BY region, id;
-- params: [2]
SELECT id, nth_value(amt, $1) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s28_sale ORDER BY id;
-- params: [1]
SELECT id, sum(qty) OVER (ORDER BY id ROWS BETWEEN $1 PRECEDING AND $1 FOLLOWING) FROM s28_sale ORDER BY id;
-- params: ["10 days"]
SELECT id, count(*) OVER (ORDER BY d RANGE BETWEEN $1::interval PRECEDING AND CURRENT ROW) FROM s28_sale ORDER BY id;
-- params: [[1, 2, 3]]
SELECT id FROM s28_sale WHERE id = ANY($1::int[]) ORDER BY id;
-- params: [[1, null]]
SELECT id FROM s28_sale WHERE id <> ALL($1::int[]) ORDER BY id;
-- @must
-- params: ["{1.50,2.0}"]
SELECT $1::numeric[], array_append($1::numeric[], 3.000), cardinality($1::numeric[]);
-- params: ["[1.5,2.50)"]
SELECT $1::numrange, lower($1::numrange), upper($1::numrange), $1::numrange @> 2.0;
-- params: ["aGVsbG8="]
SELECT decode($1, 'base64'), encode(decode($1, 'base64'), 'hex');
-- params: [true]
SELECT count(*) FILTER (WHERE ok = $1), bool_and(ok = $1) FROM s28_sale;
-- params: [7, 3]
SELECT div($1::int, $2::int), mod(-$1::int, $2::int), $1::int / $2::int, $1::numeric / $2::int, power($1::numeric, $2::int);
-- params: ["123.4567", -1]
SELECT round($1::numeric, $2), trunc($1::numeric, $2), round($1::float8);
-- params: ["1e3"]
SELECT $1::numeric, $1::float8, $1::numeric * 1;
-- params: ["2147483647"]
SELECT $1::int + 1;
-- params: ["east"]
SELECT region, rep, sum(qty) FROM s28_sale WHERE region <> $1 GROUP BY ROLLUP (region, rep) ORDER BY region NULLS LAST, rep NULLS LAST;
-- params: [3]
SELECT id, ntile($1) OVER (ORDER BY id), percent_rank() OVER (ORDER BY id), cume_dist() OVER (ORDER BY id) FROM s28_sale ORDER BY id;
-- params: ["0.0"]
SELECT id, lag(amt, 1, $1::numeric) OVER (PARTITION BY region ORDER BY id) FROM s28_sale ORDER BY id;
-- params: ["9.990"]
SELECT id, lag(amt, 1, $1) OVER (ORDER BY id) FROM s28_sale ORDER BY id;
-- params: ["9.990"]
SELECT id, lag(amt, 1, $1::numeric) OVER (ORDER BY id) || '' FROM s28_sale ORDER BY id;
-- @must
SELECT n * 10 + x FROM unnest(ARRAY[1, 2]) WITH ORDINALITY AS u(x, n) ORDER BY n;
DROP TABLE s28_sale;
DROP TABLE s28_n;
DROP TABLE s28_arr;
DROP TABLE s28_bulk;
