-- The twenty-ninth session's second hunt for silent wrong answers: what the first left (float8 -0
-- stored in a table, textcat, the position of a 42883 in a || chain, a scalar function in FROM
-- reading an earlier item, GROUP BY coalesce of a stored numeric), then bit strings and boolean
-- operators, integer overflow in aggregates and window sums, round/trunc of negative halves and of
-- float8 vs numeric, to_char of negative numbers and intervals, ORDER BY with mixed case and
-- COLLATE "C", LIKE on NULLs and empty patterns, IN / NOT IN with NULLs, BETWEEN SYMMETRIC,
-- IS DISTINCT FROM on rows, CASE without ELSE, NULLIF, GREATEST/LEAST, and month ends and leap days.
CREATE TABLE s29w_f (id int PRIMARY KEY, f float8, r real);
INSERT INTO s29w_f VALUES (1, '-0', '-0'), (2, 0, 0), (3, -1.5, -1.5), (4, NULL, NULL);
SELECT id, f, r FROM s29w_f ORDER BY id;
SELECT id, f::text, r::text FROM s29w_f ORDER BY id;
SELECT f FROM s29w_f WHERE id = 1;
SELECT id FROM s29w_f WHERE f = 0 ORDER BY id;
SELECT -f FROM s29w_f WHERE id = 2;
UPDATE s29w_f SET f = -f WHERE id = 2;
SELECT id, f FROM s29w_f ORDER BY id;
SELECT 1 / f FROM s29w_f WHERE id = 3;
SELECT sum(f), min(f), max(f) FROM s29w_f;
SELECT DISTINCT f FROM s29w_f WHERE f = 0;
-- params: ["-0"]
INSERT INTO s29w_f VALUES (5, $1::float8, $1::real);
SELECT id, f, r FROM s29w_f WHERE id = 5;
-- @must
SELECT textcat('ab', 'cd');
-- @must
SELECT textcat('ab', NULL) IS NULL;
-- @must
SELECT 'a' || 1 || 2.50 || true || NULL, 1 || 2;
SELECT 'x' || 1, 1 || 'x';
CREATE TABLE s29w_t (id int PRIMARY KEY, x numeric, n int, g text);
INSERT INTO s29w_t VALUES (1, -2.50, 3, 'a'), (2, 1.125, NULL, 'a'), (3, NULL, 2147483647, 'B'), (4, 10.0, 2147483647, 'b'), (5, 0.0, -2147483648, 'A');
-- @must
SELECT t.id, a FROM s29w_t t, abs(t.x) a ORDER BY t.id;
-- @must
SELECT t.id, u FROM s29w_t t, upper(t.g) u ORDER BY t.id;
-- @must
SELECT * FROM s29w_t t, abs(t.x) AS a(v) WHERE v > 1 ORDER BY t.id;
-- @must
SELECT t.id, v FROM s29w_t t, LATERAL (SELECT abs(t.x) AS v) a WHERE a.v > 1 ORDER BY t.id;
-- @must
SELECT * FROM s29w_t t, LATERAL (SELECT t.x AS v, t.x * 2 AS w) a WHERE v < w ORDER BY t.id;
SELECT t.id, l FROM s29w_t t, length(t.g || 'xy') l, abs(-2.50) c ORDER BY 1;
SELECT coalesce(x, 0) AS c, count(*) FROM s29w_t GROUP BY coalesce(x, 0) ORDER BY 1;
SELECT coalesce(x, 0.00) FROM s29w_t ORDER BY id;
-- @must
SELECT coalesce(x, 0) AS c, count(*) FROM s29w_t WHERE id <> 5 GROUP BY coalesce(x, 0) ORDER BY 1;
-- @must
SELECT coalesce(x, 0) FROM s29w_t WHERE id <> 5 GROUP BY 1 ORDER BY 1;
-- @must
SELECT g, coalesce(sum(x), 0), coalesce(max(x), 0) FROM s29w_t GROUP BY g ORDER BY g;
-- @must
SELECT lower(g), coalesce(sum(x), 0.00) FROM s29w_t GROUP BY lower(g) ORDER BY 1;
SELECT textcat(1, 'a');
SELECT x FROM s29w_t GROUP BY x ORDER BY x NULLS FIRST;
-- bit strings and boolean operators
SELECT B'1010' & B'0110', B'1010' | B'0110', B'1010' # B'0110';
SELECT ~ B'1010', B'1010' << 1, B'1010' >> 2;
SELECT B'101'::bit(3)::int, 5::bit(4), 5::bit(8)::text;
SELECT B'1010' & B'011';
SELECT length(B'10101'), bit_length(B'10101');
SELECT B'1010' = B'1010', B'1010' < B'1011';
SELECT true AND NULL, false AND NULL, true OR NULL, false OR NULL, NOT NULL::boolean;
SELECT NULL::boolean IS TRUE, NULL::boolean IS NOT FALSE, NULL::boolean IS UNKNOWN;
SELECT true < false, true > false, true::int, false::int;
SELECT bool_and(b), bool_or(b), every(b) FROM (VALUES (true), (NULL::boolean), (false)) v(b);
SELECT bool_and(b), bool_or(b) FROM (VALUES (NULL::boolean)) v(b);
SELECT 't'::boolean, 'yes'::boolean, 'off'::boolean, '0'::boolean;
SELECT 'maybe'::boolean;
SELECT 5 & 3, 5 | 3, 5 # 3, ~5, 1 << 4, -16 >> 2;
-- integer overflow in aggregates and window sums
SELECT sum(n) FROM s29w_t;
SELECT pg_typeof(sum(n)) FROM s29w_t;
SELECT sum(n::int8) FROM s29w_t;
SELECT sum(v) FROM (VALUES (9223372036854775807::int8), (1::int8)) t(v);
SELECT pg_typeof(sum(v)) FROM (VALUES (1::int8)) t(v);
SELECT avg(v) FROM (VALUES (9223372036854775807::int8), (9223372036854775807::int8)) t(v);
SELECT id, sum(n) OVER (ORDER BY id) FROM s29w_t ORDER BY id;
SELECT sum(v) OVER (), v FROM (VALUES (9223372036854775807::int8), (1::int8)) t(v) ORDER BY v;
SELECT sum(v::int2) FROM (VALUES (32767), (32767)) t(v);
SELECT 2147483647 + 1;
SELECT 9223372036854775807::int8 + 1;
SELECT (-2147483648)::int / -1;
SELECT (-32768)::int2 * -1::int2;
SELECT abs(-2147483648::int);
SELECT -(-9223372036854775808)::int8;
SELECT count(*) * 2147483647 FROM s29w_t;
SELECT max(n) + 1 FROM s29w_t;
SELECT sum(x), avg(x) FROM s29w_t;
-- round / trunc of negative halves, float8 vs numeric
SELECT round(-2.5), round(-0.5), round(2.5), round(0.5);
SELECT round(-2.5::float8), round(-0.5::float8), round(2.5::float8), round(0.5::float8), round(1.5::float8);
SELECT round(-2.45, 1), round(2.45, 1), round(-1.005, 2), round(1234.5, -1), round(-1250, -2);
SELECT trunc(-2.7), trunc(2.7), trunc(-2.789, 2), trunc(-2.7::float8), trunc(1234.56, -2);
SELECT ceil(-0.5), floor(-0.5), ceil(-0.5::float8), floor(0.5::float8);
SELECT round(x, 1), trunc(x, 1) FROM s29w_t ORDER BY id;
SELECT round(-2.5::numeric, 0), round(2.675::float8 * 100) / 100;
SELECT pg_typeof(round(2.5::float8)), pg_typeof(round(2.5)), pg_typeof(trunc(2.5::real));
SELECT round(1e20::float8), trunc(-1e20::float8);
SELECT sign(-2.5), sign(0.0), sign(-0.0::float8), abs(-0.0);
SELECT mod(-7, 3), mod(7, -3), -7 % 3, mod(-7.5, 2), div(-7, 2);
-- to_char of negative numbers and intervals
SELECT to_char(-1234.5, '9999.99'), to_char(-1234.5, 'FM9999.99'), to_char(-5, '999');
SELECT to_char(-1234.567, '9,999.99'), to_char(-0.5, '0.9'), to_char(-12, 'S999');
SELECT to_char(-12, '999MI'), to_char(-12, '999PR'), to_char(12, '999PR'), to_char(-12, 'FM999PR');
SELECT to_char(-12.3, 'FM00000.00'), to_char(0, '999'), to_char(-0.01, 'FM9.99');
SELECT to_char(123456789, '999'), to_char(-3.14159::float8, '9.999');
SELECT to_char(interval '1 day 2 hours 3 minutes', 'DD HH24:MI:SS');
SELECT to_char(interval '-3 hours -15 minutes', 'HH24:MI');
SELECT to_char(interval '25 hours', 'HH24'), to_char(interval '90 minutes', 'MI');
SELECT to_char(interval '1 year 2 months 3 days', 'YYYY-MM-DD');
-- ORDER BY with mixed-case text and COLLATE "C"
CREATE TABLE s29w_s (id int PRIMARY KEY, s text);
INSERT INTO s29w_s VALUES (1, 'apple'), (2, 'Apple'), (3, 'banana'), (4, 'Banana'), (5, '_x'), (6, 'a b'), (7, 'ab'), (8, NULL), (9, ''), (10, 'Z');
SELECT s FROM s29w_s ORDER BY s COLLATE "C", id;
SELECT s FROM s29w_s ORDER BY s COLLATE "C" DESC NULLS LAST, id;
SELECT s FROM s29w_s ORDER BY lower(s) COLLATE "C", s COLLATE "C";
SELECT min(s COLLATE "C"), max(s COLLATE "C") FROM s29w_s;
SELECT s FROM s29w_s WHERE s COLLATE "C" < 'a' ORDER BY s COLLATE "C";
SELECT 'a' < 'B' COLLATE "C", 'Z' < 'a' COLLATE "C";
SELECT s FROM s29w_s WHERE s COLLATE "C" BETWEEN 'A' AND 'Z' ORDER BY id;
-- LIKE on NULLs and empty patterns
SELECT id FROM s29w_s WHERE s LIKE '' ORDER BY id;
SELECT id FROM s29w_s WHERE s LIKE '%' ORDER BY id;
SELECT id FROM s29w_s WHERE s NOT LIKE 'a%' ORDER BY id;
SELECT NULL LIKE 'a', 'a' LIKE NULL, '' LIKE '', '' LIKE '%', 'a' LIKE '';
SELECT 'abc' LIKE 'ABC', 'abc' ILIKE 'ABC', 'abc' NOT ILIKE 'A%';
SELECT id FROM s29w_s WHERE s LIKE 'a_' ORDER BY id;
SELECT id FROM s29w_s WHERE s LIKE '\_%' ORDER BY id;
SELECT 'a_b' LIKE 'a\_b', 'axb' LIKE 'a\_b', 'a%' LIKE 'a#%' ESCAPE '#';
SELECT 'ab' LIKE 'a\';
SELECT 'ab' ~~ 'a%', 'ab' !~~ 'a%', 'AB' ~~* 'a%';
-- IN lists with NULLs, NOT IN with a subquery returning NULL
SELECT 1 IN (1, NULL), 2 IN (1, NULL), 2 NOT IN (1, NULL), NULL IN (1, 2), 1 NOT IN (2, 3);
SELECT id FROM s29w_t WHERE n IN (3, NULL) ORDER BY id;
SELECT id FROM s29w_t WHERE n NOT IN (3, NULL) ORDER BY id;
SELECT id FROM s29w_t WHERE n NOT IN (SELECT n FROM s29w_t WHERE id > 1) ORDER BY id;
SELECT id FROM s29w_t WHERE n NOT IN (SELECT n FROM s29w_t WHERE id = 1) ORDER BY id;
SELECT id FROM s29w_t WHERE n IN (SELECT n FROM s29w_t WHERE id > 2) ORDER BY id;
SELECT id, n NOT IN (SELECT n FROM s29w_t WHERE id IN (1, 2)) FROM s29w_t ORDER BY id;
SELECT id, n IN (SELECT n FROM s29w_t WHERE id IN (1, 2)) FROM s29w_t ORDER BY id;
SELECT 1 NOT IN (SELECT NULL::int WHERE false), NULL::int NOT IN (SELECT 1 WHERE false);
SELECT id FROM s29w_t WHERE NOT EXISTS (SELECT 1 FROM s29w_t u WHERE u.n = s29w_t.n AND u.id <> s29w_t.id) ORDER BY id;
SELECT (1, 2) IN ((1, 2), (3, NULL)), (1, 3) IN ((1, 2), (3, NULL)), (3, 4) NOT IN ((1, 2), (3, NULL));
SELECT 1 = ANY (ARRAY[1, NULL]), 2 = ANY (ARRAY[1, NULL]), 2 <> ALL (ARRAY[1, NULL]), 2 <> ALL ('{}'::int[]);
-- BETWEEN SYMMETRIC
SELECT 5 BETWEEN 10 AND 1, 5 BETWEEN SYMMETRIC 10 AND 1, 5 NOT BETWEEN SYMMETRIC 10 AND 1;
SELECT id FROM s29w_t WHERE x BETWEEN SYMMETRIC 2 AND -3 ORDER BY id;
SELECT id FROM s29w_t WHERE x NOT BETWEEN SYMMETRIC 2 AND -3 ORDER BY id;
SELECT NULL BETWEEN 1 AND 2, 1 BETWEEN NULL AND 2, 3 BETWEEN NULL AND 2, 1 BETWEEN SYMMETRIC NULL AND 2;
SELECT 'b' BETWEEN 'a' AND 'c', 'B' BETWEEN 'a' AND 'c' COLLATE "C";
SELECT id FROM s29w_t WHERE n BETWEEN ASYMMETRIC 0 AND 5 ORDER BY id;
-- IS DISTINCT FROM on rows
SELECT (1, NULL) IS DISTINCT FROM (1, NULL), (1, NULL) IS NOT DISTINCT FROM (1, NULL), (1, 2) IS DISTINCT FROM (1, NULL);
SELECT ROW(1, 'a') IS DISTINCT FROM ROW(1, 'b'), ROW(NULL, NULL) IS NOT DISTINCT FROM ROW(NULL, NULL);
SELECT (1, NULL) = (1, NULL), (1, 2) = (1, NULL), (1, 2) <> (2, NULL), (1, 2) < (1, 3), (1, NULL) < (2, 0);
SELECT ROW(1, NULL) IS NULL, ROW(NULL, NULL) IS NULL, ROW(1, NULL) IS NOT NULL, ROW(1, 2) IS NOT NULL;
SELECT a.id, b.id FROM s29w_t a JOIN s29w_t b ON (a.n, a.g) IS NOT DISTINCT FROM (b.n, b.g) ORDER BY a.id, b.id;
SELECT id FROM s29w_t WHERE n IS DISTINCT FROM 3 ORDER BY id;
SELECT NULL IS DISTINCT FROM NULL, 1 IS DISTINCT FROM NULL, NULL::int IS NOT DISTINCT FROM 1;
SELECT (1, 2) IS DISTINCT FROM (1, 2, 3);
-- CASE without ELSE, NULLIF
SELECT id, CASE WHEN n > 0 THEN 'pos' WHEN n < 0 THEN 'neg' END FROM s29w_t ORDER BY id;
SELECT id, CASE n WHEN 3 THEN 'three' WHEN NULL THEN 'null' END FROM s29w_t ORDER BY id;
SELECT CASE WHEN false THEN 1 END, pg_typeof(CASE WHEN false THEN 1 END);
SELECT CASE WHEN true THEN 1 ELSE 2.5 END, CASE WHEN false THEN 1 ELSE 2.50 END;
SELECT CASE 1 WHEN 1.0 THEN 'eq' ELSE 'ne' END;
SELECT CASE WHEN true THEN 'a' ELSE 1 END;
SELECT NULLIF(1, 1), NULLIF(1, 2), NULLIF(NULL, 1), NULLIF('a', 'A'), NULLIF(1.0, 1);
SELECT id, NULLIF(n, 3), NULLIF(g, 'a') FROM s29w_t ORDER BY id;
SELECT NULLIF(0, 0.0), pg_typeof(NULLIF(1, 1.5)), NULLIF(1, 1.5);
SELECT 10 / NULLIF(0, 0), coalesce(10 / NULLIF(n - 3, 0), -1) FROM s29w_t WHERE id = 1;
SELECT NULLIF('a', 1);
-- GREATEST / LEAST with NULLs and mixed types
SELECT greatest(1, NULL, 3), least(1, NULL, 3), greatest(NULL, NULL::int), least(NULL::int);
SELECT greatest(1, 2.5), least(1, 2.5), pg_typeof(greatest(1, 2.5)), greatest(1, 2.50, 2);
SELECT greatest('a', 'B'), least('a', 'B'), greatest('a' COLLATE "C", 'B');
SELECT id, greatest(n, 0), least(x, 0) FROM s29w_t ORDER BY id;
SELECT greatest(1, '2'), least('10', 9);
SELECT greatest(1, 'a');
SELECT greatest(1.5::float8, 2), least(-0.0::float8, 0), greatest(date '2024-01-01', '2024-02-01');
SELECT greatest(true, false), least(true, NULL);
SELECT greatest(1::int2, 70000), pg_typeof(greatest(1::int2, 2::int8));
-- month ends and leap days
SELECT '2024-01-31'::date + interval '1 month', '2024-01-31'::date + interval '2 months';
SELECT '2024-02-29'::date + interval '1 year', '2024-02-29'::date - interval '1 year', '2024-02-29'::date + interval '4 years';
SELECT '2023-01-31'::date + interval '1 month', '2024-03-31'::date - interval '1 month';
SELECT timestamp '2024-01-31 12:00' + interval '1 month 1 day', timestamp '2024-01-31 12:00' + interval '1 day 1 month';
SELECT age(date '2024-03-01', date '2024-02-01'), age(date '2024-03-01', date '2023-03-01'), age(date '2024-03-31', date '2024-02-29');
SELECT age(timestamp '2024-03-01', timestamp '2024-01-31'), age(timestamp '2023-03-01', timestamp '2023-01-31');
SELECT age(timestamp '2024-01-31', timestamp '2024-03-01'), age(timestamp '2025-02-28', timestamp '2024-02-29');
SELECT date '2024-03-01' - date '2024-02-01', date '2023-03-01' - date '2023-02-01', date '2024-12-31' - date '2024-01-01';
SELECT date '2024-02-28' + 1, date '2023-02-28' + 1, date '2024-03-01' - 1;
SELECT extract(doy FROM date '2024-12-31'), extract(day FROM date '2024-02-29'), extract(dow FROM date '2024-02-29');
SELECT date_trunc('month', timestamp '2024-02-29 13:00'), date_trunc('year', date '2024-02-29');
SELECT (date_trunc('month', date '2024-02-10') + interval '1 month - 1 day')::date;
SELECT '2023-02-29'::date;
SELECT '2024-02-30'::date;
SELECT make_date(2024, 2, 29), make_date(2023, 2, 29);
SELECT interval '1 month' * 2, interval '1 month' / 2, interval '31 days' = interval '1 month', interval '30 days' = interval '1 month';
SELECT justify_days(interval '35 days'), justify_hours(interval '27 hours'), justify_interval(interval '1 month -1 day');
SELECT '2024-01-31'::timestamp + interval '1 month' - interval '1 month';
SELECT generate_series(timestamp '2024-01-31', timestamp '2024-05-31', interval '1 month');
SELECT d, d + interval '1 month' FROM (VALUES (date '2024-01-29'), (date '2024-01-30'), (date '2024-01-31')) v(d) ORDER BY d;
