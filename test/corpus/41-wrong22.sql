-- The twenty-second session's silent differences: char(n) in set operations and IN (subquery),
-- to_char of negative zero, numeric display scales through UPDATE … SET = (subquery), CASE and
-- aggregates of float8::numeric, an enum label renamed under a column default, and a wider sweep
-- (mixed-type CASE/COALESCE/UNION, scales through functions/windows/views/CTEs, integer division
-- signs, float formatting, NULL ordering, DISTINCT over scales, date/interval arithmetic, jsonb
-- numbers, arrays of special values, untyped parameters against numeric and char columns).
CREATE TABLE s22_c (id int PRIMARY KEY, c char(5), v varchar(10), t text);
INSERT INTO s22_c VALUES (1, 'ab', 'ab', 'ab'), (2, 'ab ', 'ab ', 'ab '), (3, NULL, 'x', 'x  '), (4, 'x', NULL, NULL);
SELECT c FROM s22_c UNION SELECT v FROM s22_c ORDER BY 1;
SELECT c FROM s22_c UNION SELECT t FROM s22_c ORDER BY 1;
SELECT '[' || c || ']' FROM (SELECT c FROM s22_c UNION SELECT t FROM s22_c) u ORDER BY 1;
SELECT c FROM s22_c INTERSECT SELECT v FROM s22_c ORDER BY 1;
SELECT c FROM s22_c INTERSECT SELECT t FROM s22_c ORDER BY 1;
SELECT c FROM s22_c EXCEPT SELECT t FROM s22_c ORDER BY 1;
SELECT t FROM s22_c EXCEPT SELECT c FROM s22_c ORDER BY 1;
SELECT v FROM s22_c EXCEPT SELECT c FROM s22_c ORDER BY 1;
SELECT id, c FROM s22_c UNION ALL SELECT id + 10, t FROM s22_c ORDER BY 1;
SELECT length(u.c) FROM (SELECT c FROM s22_c UNION SELECT t FROM s22_c) u ORDER BY 1;
SELECT id FROM s22_c WHERE t IN (SELECT c FROM s22_c) ORDER BY 1;
SELECT id FROM s22_c WHERE c IN (SELECT t FROM s22_c) ORDER BY 1;
SELECT id FROM s22_c WHERE v IN (SELECT c FROM s22_c) ORDER BY 1;
SELECT id FROM s22_c WHERE c NOT IN (SELECT v FROM s22_c WHERE v IS NOT NULL) ORDER BY 1;
SELECT id FROM s22_c WHERE t = ANY (SELECT c FROM s22_c) ORDER BY 1;
SELECT id, c = t, c = v, t = c, c < 'ab ' FROM s22_c ORDER BY 1;
SELECT id, c || '|', v || '|', t || '|', length(c), octet_length(c), upper(c) || '|' FROM s22_c ORDER BY 1;
SELECT id, concat(c, '|'), c::text || '|', rtrim(c) || '|', lpad(c, 7) || '|', replace(c, ' ', '_') FROM s22_c ORDER BY 1;
SELECT id, substr(c, 1, 4) || '|', position(' ' in c), c LIKE 'ab', c LIKE 'ab %' FROM s22_c ORDER BY 1;
SELECT count(DISTINCT c), count(DISTINCT t), count(DISTINCT v) FROM s22_c;
SELECT coalesce(c, t) || '|', coalesce(t, c) || '|' FROM s22_c ORDER BY id;
SELECT CASE WHEN id = 1 THEN c ELSE t END || '|' FROM s22_c ORDER BY id;
SELECT id, greatest(c, t) || '|', least(t, c) || '|', coalesce(c, v) = 'x', CASE WHEN id > 2 THEN t ELSE c END = 'x' FROM s22_c ORDER BY id;
SELECT max(c), min(c), max(t), string_agg(c, ',' ORDER BY id), array_agg(c ORDER BY id) FROM s22_c;
SELECT id, lag(c) OVER (ORDER BY id), first_value(c) OVER (ORDER BY id) FROM s22_c ORDER BY id;
SELECT row(c, t), row(id, v) FROM s22_c ORDER BY id;
-- params: ["ab"]
SELECT id FROM s22_c WHERE c = $1 ORDER BY 1;
-- params: ["ab   "]
SELECT id FROM s22_c WHERE c = $1 ORDER BY 1;
-- params: ["ab   "]
SELECT id FROM s22_c WHERE v = $1 ORDER BY 1;
-- params: ["ab"]
SELECT id, $1 || c || '|' FROM s22_c WHERE c IS NOT NULL ORDER BY 1;
-- params: ["ab "]
SELECT c FROM s22_c WHERE c IS NOT NULL UNION SELECT $1::text ORDER BY 1;
-- params: ["x  "]
SELECT id FROM s22_c WHERE v IN (SELECT c FROM s22_c WHERE c = $1) ORDER BY 1;
-- params: ["x"]
SELECT id, coalesce(c, $1) || '|', coalesce(t, $1) || '|' FROM s22_c ORDER BY 1;
-- params: ["ab", "x"]
SELECT id FROM s22_c WHERE c IN ($1, $2) ORDER BY 1;
-- to_char of negative zero and friends
-- params: ["-0.04", "9.9"]
SELECT to_char($1::float8, $2), to_char($1::numeric, $2);
SELECT to_char(-0.0::float8, '9.9'), to_char(0.0::float8, '9.9'), to_char(-0.04::float8, '9.9'), to_char(-0.04, '9.9');
SELECT to_char(-0.0::float8, 'FM9.9'), to_char(-0.0::numeric, '9.9'), to_char(-0.001::float8, '0.00'), to_char(-1.5::float8, 'S9.9');
SELECT to_char(-0.0::float4, '9.9'), to_char(-0.4::float8, '9'), to_char(-0.4, '9'), to_char(-0.4::float8, 'FM990.00');
SELECT to_char(0.0, 'FM9.9'), to_char(0.5, 'FM9.9'), to_char(0, 'FM99.99'), to_char(0.04, 'FM9.9'), to_char(0, 'FM9,999.99'), to_char(0.0::float8, 'FM9.99'), to_char(0, 'FMS9.9'), to_char(0, 'FM9.90'), to_char(-0.04::float4, '9.9');
SELECT -0.0::float8, 0.0::float8 * -1, '-0'::float8, -0.0, 0 * -1.5, round(-0.4), round(-0.4::float8);
-- numeric display scale through UPDATE … SET = (SELECT …)
CREATE TABLE s22_n (id int PRIMARY KEY, n numeric, m numeric(8,3), f float8, i int);
INSERT INTO s22_n VALUES (1, 1.50, 2.5, 3, 7), (2, 2, 1, 1.5, -7), (3, NULL, NULL, NULL, NULL), (4, 0.1000, 0.0005, -0.0, 0);
CREATE TABLE s22_src (k int, p numeric(10,4), q numeric);
INSERT INTO s22_src VALUES (1, 12.5, 3.250), (2, 7, 4);
UPDATE s22_n SET n = (SELECT p FROM s22_src WHERE k = 1) WHERE id = 1;
UPDATE s22_n SET n = (SELECT q FROM s22_src WHERE k = 1), m = (SELECT q FROM s22_src WHERE k = 2) WHERE id = 2;
UPDATE s22_n SET n = (SELECT max(p) FROM s22_src) * 2 WHERE id = 3;
SELECT id, n, m FROM s22_n ORDER BY id;
UPDATE s22_n SET n = (SELECT sum(q) FROM s22_src) WHERE id = 4;
UPDATE s22_n SET n = s.p FROM s22_src s WHERE s.k = 2 AND s22_n.id = 1;
-- params: [2]
UPDATE s22_n SET n = (SELECT q FROM s22_src WHERE k = $1) WHERE id = 2;
-- params: [1]
SELECT id, n, (SELECT p FROM s22_src WHERE k = $1) FROM s22_n WHERE id <= 2 ORDER BY id;
SELECT id, n, n * 2 FROM s22_n ORDER BY id;
INSERT INTO s22_n (id, n) SELECT 10 + k, p FROM s22_src;
INSERT INTO s22_n (id, n) VALUES (20, (SELECT avg(q) FROM s22_src));
SELECT id, n FROM s22_n WHERE id >= 10 ORDER BY id;
-- float8::numeric in CASE and aggregates
DELETE FROM s22_n WHERE id >= 10;
UPDATE s22_n SET n = 1.50, m = 2.5, f = 3 WHERE id = 1;
UPDATE s22_n SET n = 2, m = 1, f = 1.5 WHERE id = 2;
SELECT id, f::numeric, CASE WHEN id = 1 THEN f::numeric ELSE 0 END, CASE WHEN id > 0 THEN f::numeric END FROM s22_n ORDER BY id;
SELECT sum(f::numeric), max(f::numeric), min(f::numeric), avg(f::numeric) FROM s22_n;
-- params: ["2.5"]
SELECT id, f::numeric * $1::numeric, coalesce(f::numeric, $1::numeric), CASE WHEN f > $1::float8 THEN f::numeric ELSE n END FROM s22_n ORDER BY id;
SELECT sum(f::numeric(10,2)), sum(f)::numeric, sum(i::numeric), coalesce(f::numeric, 0) FROM s22_n GROUP BY f ORDER BY 1;
SELECT 3::float8::numeric, 2.50::float8::numeric, 1e20::float8::numeric, 1e-5::float8::numeric, 123456789012345678::float8::numeric;
SELECT (0.1::float8 + 0.2::float8)::numeric, 1.5::float4::numeric, 100::float4::numeric;
SELECT id, sum(f::numeric) OVER (ORDER BY id), f::numeric * 2 FROM s22_n ORDER BY id;
SELECT id, coalesce(n, f::numeric), greatest(n, f::numeric), CASE WHEN f IS NULL THEN n ELSE f::numeric END FROM s22_n ORDER BY id;
SELECT id, ARRAY[n, m], ARRAY[n], row(n, m), row(n)::text, ARRAY[n, 1.5] FROM s22_n ORDER BY id;
SELECT to_json(s22_n.*), row_to_json(t.*) FROM s22_n JOIN s22_n t USING (id) ORDER BY s22_n.id;
SELECT jsonb_agg(s22_n.* ORDER BY id) FROM s22_n;
-- enum label renamed under a default
CREATE TYPE s22_mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE s22_e (id int PRIMARY KEY, m s22_mood DEFAULT 'ok', m2 s22_mood DEFAULT 'happy'::s22_mood);
INSERT INTO s22_e (id) VALUES (1);
ALTER TYPE s22_mood RENAME VALUE 'ok' TO 'fine';
ALTER TYPE s22_mood RENAME VALUE 'happy' TO 'glad';
INSERT INTO s22_e (id) VALUES (2);
SELECT id, m, m2, m < 'glad', m::text FROM s22_e ORDER BY id;
SELECT column_name, column_default FROM information_schema.columns WHERE table_name = 's22_e' ORDER BY ordinal_position;
INSERT INTO s22_e VALUES (3, 'ok');
INSERT INTO s22_e VALUES (4, 'sad', 'glad');
-- params: ["fine"]
SELECT id FROM s22_e WHERE m = $1::s22_mood ORDER BY id;
SELECT id, m, m2 FROM s22_e WHERE m = 'fine' OR m2 = 'glad' ORDER BY id;
UPDATE s22_e SET m = DEFAULT WHERE id = 4;
SELECT id, m FROM s22_e ORDER BY id;
-- mixed-type CASE / COALESCE / set operations
SELECT CASE WHEN true THEN 1 ELSE 2.5 END, CASE WHEN false THEN 1 ELSE 2.50 END, coalesce(NULL, 1, 2.5), coalesce(1::smallint, 2::bigint) + 0;
SELECT 1 UNION SELECT 2.50 ORDER BY 1;
SELECT 1.0 UNION SELECT 1 ORDER BY 1;
SELECT 1::int UNION ALL SELECT 2.5::float8 ORDER BY 1;
SELECT 1.5 UNION SELECT 1.50 UNION SELECT 2 ORDER BY 1;
SELECT x FROM (VALUES (1), (2.5), (NULL)) v(x) ORDER BY 1;
SELECT x FROM (VALUES (1.0), (2), (3.25)) v(x) ORDER BY 1;
SELECT pg_typeof(x) FROM (VALUES (1), (2.5)) v(x) LIMIT 1;
SELECT CASE WHEN id = 1 THEN i ELSE f END FROM s22_n ORDER BY id;
SELECT CASE WHEN id = 1 THEN 'x' ELSE NULL END, CASE id WHEN 1 THEN true ELSE false END FROM s22_n ORDER BY id;
SELECT greatest(1, 2.5, NULL), least(3, 2.50), greatest('a'::text, 'b'), greatest(1::float8, 2) FROM s22_n WHERE id = 1;
-- numeric scales through functions, windows, subqueries, CTEs, views
SELECT round(2.5), round(2.567, 2), round(-2.5), trunc(2.567, 1), ceil(2.1), floor(-2.1), abs(-2.50), sign(-2.50);
SELECT round(2.5::float8), round(-2.5::float8), round(3.5::float8), trunc(-2.7::float8), 7.0 / 2, 7 / 2.0, 1 / 3.0, 10.00 / 4;
SELECT mod(-7, 3), -7 % 3, 7 % -3, -7 / 2, 7 / -2, (-7)::numeric % 3, mod(-7.5, 2), div(-7, 2), div(7.5, 2);
SELECT sqrt(2.0), sqrt(4), power(2, 10), power(2.0, 3), exp(1.0), ln(10.0), log(100), log(2.0, 8.0);
SELECT 2 ^ 3, 2.0 ^ 3, (-8) ^ (1.0/3), 10 ^ -2, 0.1 * 3, 1.10 + 2.205, 1.5 * 1.50, -0.5 * 2;
SELECT id, sum(n) OVER (), avg(n) OVER (), n - lag(n) OVER (ORDER BY id), first_value(n) OVER (ORDER BY id DESC) FROM s22_n ORDER BY id;
SELECT avg(m), sum(m), stddev(m), variance(m), avg(i), sum(i), avg(f), sum(f) FROM s22_n;
WITH c AS (SELECT n * 1.0 AS x FROM s22_n) SELECT x, x / 3 FROM c ORDER BY 1;
WITH c AS (SELECT sum(m) AS s, count(*) AS k FROM s22_n) SELECT s / k, s::float8 / k, s * 1 FROM c;
CREATE VIEW s22_v AS SELECT id, n * 2 AS n2, m / 2 AS mh, f * 1.5 AS f15, coalesce(n, 0) AS nz FROM s22_n;
SELECT * FROM s22_v ORDER BY id;
SELECT (SELECT max(m) FROM s22_n), (SELECT avg(m) FROM s22_n), (SELECT m FROM s22_n WHERE id = 4);
-- params: ["2.500"]
SELECT id, n + $1, m = $1, coalesce(n, $1) FROM s22_n ORDER BY id;
-- params: [1.5]
SELECT id FROM s22_n WHERE n > $1 OR m < $1 ORDER BY id;
-- params: ["0.10"]
SELECT $1::numeric, $1::numeric * 3, round($1::numeric, 3);
-- DISTINCT on numerics of different scales
SELECT DISTINCT x FROM (VALUES (1.0), (1.00), (2)) v(x) ORDER BY 1;
SELECT count(DISTINCT x), sum(DISTINCT x) FROM (VALUES (1.0), (1.00), (2)) v(x);
SELECT sum(DISTINCT x), sum(DISTINCT x) * 2, count(DISTINCT x) FROM (VALUES (1.0), (1.0), (2), (NULL)) v(x);
SELECT sum(DISTINCT n), sum(DISTINCT m), sum(DISTINCT i) FROM s22_n;
SELECT x, count(*) FROM (VALUES (1.5), (1.50), (2.0)) v(x) GROUP BY x ORDER BY 1;
-- float formatting
SELECT 1e16::float8, 1e15::float8, 123456789012345.6::float8, 1e-5::float8, 1e-4::float8, 0.1::float4, 1.0e20::float4, 'NaN'::float8, '-Infinity'::float8;
SELECT 1/3::float8, 2/3::float4, 1e300::float8 * 10, 5e-324::float8, 100::float8, -0.0::float4, 1.5e-7::float8;
SELECT 12345678.9::float4, 0.000123::float8 * 1, 3.0::float8, 1e6::float8, 9007199254740993::float8;
SELECT f, f * 10, f / 3 FROM s22_n ORDER BY id;
-- NULL ordering and aggregates
SELECT n FROM s22_n ORDER BY n;
SELECT n FROM s22_n ORDER BY n DESC;
SELECT n FROM s22_n ORDER BY n NULLS FIRST;
SELECT n FROM s22_n ORDER BY n DESC NULLS LAST;
SELECT id, i FROM s22_n ORDER BY i DESC, id;
SELECT count(n), count(*), sum(n), max(n), min(n), avg(n), string_agg(n::text, ',' ORDER BY n), array_agg(n ORDER BY n) FROM s22_n;
SELECT sum(n), avg(n), max(n), count(n), bool_and(n > 0), array_agg(n), string_agg(n::text, ',') FROM s22_n WHERE false;
SELECT array_agg(n ORDER BY n DESC), array_agg(i ORDER BY i NULLS FIRST), max(n) FILTER (WHERE id > 1) FROM s22_n;
SELECT row_number() OVER (ORDER BY n DESC), n FROM s22_n ORDER BY 1;
SELECT rank() OVER (ORDER BY n NULLS FIRST), n FROM s22_n ORDER BY 1, 2;
-- timestamps and intervals
SELECT timestamp '2024-01-31 10:00' + interval '1 month', date '2024-01-31' + interval '1 month', date '2024-03-01' - date '2024-02-01', date '2024-03-01' - 1;
SELECT timestamp '2024-03-01' - timestamp '2024-02-01 12:30', interval '1 day' * 1.5, interval '1 hour' / 3, interval '90 minutes', interval '1 year 2 months 3 days 04:05:06.7';
SELECT interval '-1 day 02:00', interval '36 hours', justify_hours(interval '36 hours'), justify_days(interval '35 days'), interval '1 month' - interval '1 day';
SELECT age(timestamp '2024-03-15', timestamp '2023-01-31'), timestamp '2024-01-01' + interval '0.5 seconds', extract(epoch FROM interval '1 day 1 hour');
SELECT extract(dow FROM date '2024-06-02'), extract(doy FROM date '2024-12-31'), extract(week FROM date '2024-12-30'), date_part('month', timestamp '2024-05-05'), extract(second FROM timestamp '2024-01-01 00:00:01.5');
SELECT date_trunc('month', timestamp '2024-05-17 13:14:15'), date_trunc('week', date '2024-05-17'), date_trunc('hour', interval '3 days 04:05:06');
SELECT timestamptz '2024-06-01 12:00+02', timestamptz '2024-06-01 12:00+02' AT TIME ZONE 'UTC', (timestamp '2024-06-01 12:00')::date, '2024-02-30'::date IS NULL;
-- params: ["2024-01-15"]
SELECT $1::date + 30, $1::date - interval '1 day', $1::timestamp + interval '1 hour 30 minutes';
-- boolean, jsonb, arrays
SELECT true, false, NULL::boolean, 't'::boolean::text, 1 < 2, 'yes'::boolean, true::int, (1 = 1) IS TRUE;
SELECT '{"a": 1.50, "b": 1e3, "c": 0.0, "d": -0, "e": 1E-7, "f": 100000000000000000000}'::jsonb;
SELECT '[1.0, 2.50, 3]'::jsonb -> 1, ('{"x": 2.50}'::jsonb ->> 'x')::numeric * 2, to_jsonb(1.50), to_jsonb(1.5::float8), jsonb_build_object('n', 2.500, 'f', 1e16::float8);
SELECT to_jsonb(array[1.0, 2.50]), json_build_array(1.50, NULL, true), jsonb_agg(n ORDER BY id), jsonb_agg(m ORDER BY id) FROM s22_n;
SELECT ARRAY[1.5, NULL, 2.50], ARRAY['NaN'::float8, 'Infinity', -0.0], ARRAY['', 'a b', NULL, 'NULL', 'x"y', 'a,b'], ARRAY[true, NULL];
SELECT ARRAY[1, 2] || 3.5, array_length(ARRAY[]::int[], 1), cardinality(ARRAY[[1, 2], [3, 4]]), ARRAY[[1.0, 2], [3, 4.50]];
SELECT '{}'::int[], ARRAY[NULL]::text[], ARRAY['2024-01-01'::date], ARRAY[interval '1 day'], ARRAY['{}'::jsonb];
-- integer overflow and casts
SELECT 2147483647::int + 0, (-2147483648)::int / -1::bigint, 32767::smallint * 1, 9223372036854775807::bigint - 1, 5 / 2 * 2.0, 5 / 2.0 * 2;
SELECT 2.5::int, 3.5::int, -2.5::int, 2.5::float8::int, 3.5::float8::int, -2.5::float8::int, '  12 '::int, 1.99::bigint, 0.5::smallint;
SELECT 10::numeric(5,2), 10.005::numeric(5,2), -10.005::numeric(5,2), 1.5::numeric(3,0), 2.5::numeric(3,0), 123::numeric(10,-1);
DROP VIEW s22_v;
DROP TABLE s22_c, s22_n, s22_src, s22_e;
DROP TYPE s22_mood;
