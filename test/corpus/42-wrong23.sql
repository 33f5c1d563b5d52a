-- The twenty-third session's hunt for silent wrong answers: char(n) beside text in UNION ALL,
-- numerics of equal value and different scales in UNION/DISTINCT/GROUP BY, date/time, string and
-- numeric functions at their edges, window frames, text ordering, booleans and NULLs in aggregates.
CREATE TABLE s23_c (id int PRIMARY KEY, c char(5), t text, v varchar(8));
INSERT INTO s23_c VALUES (1, 'ab', 'xy', 'p'), (2, 'abc  ', 'z ', 'q  '), (3, NULL, NULL, NULL);
-- @must
SELECT c FROM s23_c WHERE id = 1 UNION ALL SELECT t FROM s23_c WHERE id = 1;
SELECT t FROM s23_c UNION ALL SELECT c FROM s23_c ORDER BY 1;
SELECT c || '|' FROM (SELECT c FROM s23_c UNION ALL SELECT t FROM s23_c) s ORDER BY 1;
SELECT length(x), octet_length(x) FROM (SELECT c AS x FROM s23_c UNION ALL SELECT t FROM s23_c) s ORDER BY 1, 2;
SELECT c FROM s23_c UNION ALL SELECT v FROM s23_c ORDER BY 1;
SELECT c FROM s23_c UNION ALL SELECT 'lit' ORDER BY 1;
SELECT min(c), max(c) FROM s23_c;
SELECT max(c) || '|' FROM s23_c;
-- params: []
SELECT min(c) AS m FROM s23_c;
CREATE TABLE s23_n (id int PRIMARY KEY, a numeric, b numeric);
INSERT INTO s23_n VALUES (1, 1.0, 1.00), (2, 1.00, 1.0), (3, 2.5, 2.50), (4, NULL, 3);
-- @must
SELECT a FROM s23_n WHERE id = 1 UNION SELECT b FROM s23_n WHERE id = 1;
SELECT DISTINCT x FROM (SELECT a AS x FROM s23_n UNION ALL SELECT b FROM s23_n) s ORDER BY 1;
SELECT x, count(*) FROM (SELECT a AS x FROM s23_n UNION ALL SELECT b FROM s23_n) s GROUP BY x ORDER BY 1;
SELECT a FROM s23_n UNION SELECT b FROM s23_n ORDER BY 1;
SELECT 1.0 UNION SELECT 1.00;
SELECT 1.00 UNION SELECT 1.0;
SELECT DISTINCT a FROM s23_n ORDER BY 1;
SELECT a, count(*) FROM s23_n GROUP BY a ORDER BY 1;
SELECT count(DISTINCT a) FROM s23_n;
SELECT a FROM s23_n INTERSECT SELECT b FROM s23_n ORDER BY 1;
SELECT a FROM s23_n EXCEPT SELECT b FROM s23_n ORDER BY 1;
-- date/time
SELECT to_char(timestamp '2024-12-30 13:05:09.123456', 'YYYY-MM-DD HH24:MI:SS.US IYYY IW ID DDD J Q WW W');
SELECT to_char(timestamp '2021-01-03 00:00:00', 'IYYY-IW-ID YYYY-WW Dy Day Mon Month FMMonth');
SELECT to_char(timestamp '2024-02-29 23:59:59', 'HH12:MI AM a.m. pm TZ SSSS FF3 MS');
SELECT to_char(interval '1 day 25:03:04', 'DD HH24 MI SS');
SELECT to_char(date '0001-01-01', 'YYYY AD BC CC');
SELECT to_timestamp('2024-03-05 14:07', 'YYYY-MM-DD HH24:MI');
SELECT to_date('05 Mar 2024', 'DD Mon YYYY');
SELECT to_date('2024-13-01', 'YYYY-MM-DD');
SELECT to_timestamp(1700000000.5);
SELECT to_date('2024 060', 'YYYY DDD');
SELECT extract(epoch FROM timestamp '2024-01-01 00:00:00.5');
SELECT extract(epoch FROM timestamptz '2024-01-01 00:00:00+02');
SELECT extract(epoch FROM interval '1 year 2 months 3 days');
SELECT extract(julian FROM date '2024-01-01'), extract(julian FROM timestamp '2024-01-01 12:00');
SELECT extract(isoyear FROM date '2021-01-03'), extract(week FROM date '2021-01-03'), extract(week FROM date '2024-12-30');
SELECT extract(dow FROM date '2024-03-10'), extract(isodow FROM date '2024-03-10'), extract(doy FROM date '2024-12-31');
SELECT extract(century FROM date '2000-12-31'), extract(century FROM date '2001-01-01'), extract(millennium FROM date '2001-01-01'), extract(decade FROM date '1999-06-01');
SELECT extract(quarter FROM date '2024-10-01'), extract(microseconds FROM time '12:00:01.25'), extract(milliseconds FROM time '12:00:01.25');
SELECT date_part('epoch', timestamp '1970-01-01 00:00:01'), date_part('second', timestamp '2024-01-01 00:00:07.5');
SELECT extract(year FROM interval '-1 year -2 months'), extract(month FROM interval '14 months'), extract(hour FROM interval '30 hours');
SELECT extract(century FROM date '0001-01-01 BC'), extract(year FROM date '0001-01-01 BC');
SELECT make_timestamp(2024, 2, 29, 12, 30, 45.5), make_date(2024, 2, 29), make_time(23, 59, 59.999);
SELECT make_timestamp(2023, 2, 29, 0, 0, 0);
SELECT make_interval(years => 1, months => 2, days => 3, hours => 4, mins => 5, secs => 6.5);
SELECT make_interval(days => -1), make_interval(weeks => 2);
SELECT justify_days(interval '65 days'), justify_hours(interval '50 hours'), justify_interval(interval '1 month -1 hour');
SELECT justify_interval(interval '-1 month 35 days'), justify_days(interval '-40 days');
SELECT interval '1 year 2 months 3 days 04:05:06.5', interval '-1 day +02:00', interval '0';
SELECT interval '1.5 years', interval '1.5 months', interval '36 hours' * 2, interval '1 day' / 3;
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-31', date '2024-03-01');
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-02-01', date '2024-03-01');
SELECT (timestamp '2024-01-01', interval '1 day') OVERLAPS (timestamp '2024-01-01 23:00', interval '1 hour');
SELECT (date '2024-01-01', NULL::date) OVERLAPS (date '2024-01-01', date '2024-01-02');
SELECT date '2024-01-31' + interval '1 month', date '2024-03-31' - interval '1 month', timestamp '2024-02-29' + interval '1 year';
SELECT age(timestamp '2024-03-01', timestamp '2023-02-28'), age(date '2024-01-01', date '2024-03-15');
SELECT date_trunc('week', timestamp '2024-01-07 10:00'), date_trunc('quarter', date '2024-05-15'), date_trunc('decade', timestamp '2024-05-15');
SELECT date_bin(interval '15 minutes', timestamp '2024-01-01 10:37', timestamp '2024-01-01 00:05');
SELECT date '2024-03-01' - date '2024-02-01', timestamp '2024-03-01' - timestamp '2024-02-01 12:00';
-- params: ["2024-02-29"]
SELECT extract(doy FROM $1::date), $1::date + 1;
-- params: ["2024-01-01 10:00", "1 day 2 hours"]
SELECT $1::timestamp + $2::interval;
-- params: ["YYYY/MM/DD"]
SELECT to_char(date '2024-07-04', $1);
-- strings
SELECT split_part('a,b,c', ',', -1), split_part('a,b,c', ',', -3), split_part('a,b,c', ',', -4), split_part('a,b,c', ',', 4);
SELECT split_part('a,b,c', ',', 0);
SELECT split_part('', ',', 1), split_part('abc', '', 1), split_part('abc', '', -1);
SELECT initcap('hello wORLD foo-bar o''neil 3rd x_y'), initcap('ÉCOLE élève');
SELECT translate('12345', '143', 'ax'), translate('abc', '', 'x'), translate('héllo', 'é', 'e');
SELECT lpad('ab', 5, 'é'), rpad('héllo', 3), lpad('x', 0), lpad('abc', -1), rpad('ab', 6, 'xyz'), lpad('ab', 4, '');
SELECT regexp_replace('aAbBaA', 'a', 'x', 'gi'), regexp_replace('aAbBaA', 'a', 'x'), regexp_replace('aAbBaA', 'a', 'x', 'i');
SELECT regexp_replace('john smith', '(\w+) (\w+)', '\2, \1'), regexp_replace('abc', 'b', '[\&]', 'g'), regexp_replace('abc', '(b)', '\\1');
SELECT regexp_replace('a.b.c', '.', '-', 'g'), regexp_replace('foo123bar45', '\d+', '#', 'g');
SELECT regexp_matches('abcabc', '(b)(c)', 'g');
SELECT regexp_match('foobar', 'o(b)?'), regexp_match('x', 'y');
SELECT 'abc' SIMILAR TO 'a%', 'abc' SIMILAR TO '(a|b)%c', 'abc' SIMILAR TO 'b%', 'a_c' SIMILAR TO 'a\_c', 'abc' SIMILAR TO 'a.c';
SELECT 'aaa' SIMILAR TO 'a{2,3}', 'ab' SIMILAR TO '[a-c]+', NULL SIMILAR TO 'a';
SELECT format('%I %L %s', 'My Table', 'it''s', NULL), format('%I', 'abc'), format('%L', NULL), format('%I', 'select');
SELECT format('%1$s %1$s %2$s', 'a', 'b'), format('%-5s|%5s|', 'ab', 'cd'), format('%s', ARRAY[1,2]);
SELECT format('%I', NULL);
SELECT reverse('héllo'), left('héllo', -2), right('héllo', -2), repeat('ab', -1), substr('héllo', 0, 3);
SELECT position('l' IN 'hello'), strpos('héllo', 'l'), overlay('abcdef' PLACING 'XY' FROM 3 FOR 1);
SELECT btrim('xxabcxx', 'x'), ltrim('  a '), rtrim('a  ', ' '), trim(both 'ab' FROM 'abcab');
SELECT concat_ws(',', 'a', NULL, 'b'), concat('a', NULL, 1), 'a' || NULL;
SELECT string_agg(x, ',' ORDER BY x DESC) FROM (VALUES ('b'), ('a'), (NULL), ('c')) v(x);
SELECT upper('straße'), lower('ÀÉÎ'), length('héllo'), octet_length('héllo'), bit_length('é');
SELECT md5('abc'), chr(233), ascii('é'), to_hex(-1), to_hex(255::bigint);
-- params: ["a,b,c", -2]
SELECT split_part($1, ',', $2);
-- params: ["x", 4, "ab"]
SELECT lpad($1, $2, $3);
-- params: ["The Quick", "quick", "slow"]
SELECT regexp_replace($1, $2, $3, 'i');
-- numeric
SELECT round(-2.5), round(-0.5), round(2.5), round(-2.45, 1), round(-2.5::float8), round(2.5::float8), round(-3.5::float8);
SELECT round(1234.5678, -2), round(-1250, -2), round(1250, -2), round(0.5, 0);
SELECT trunc(1234.5678, -2), trunc(-1234.5678, 2), trunc(-1234.5678), trunc(99.99, -3), trunc(5.5::float8);
SELECT power(2, 0.5), power(2.0, 10), power(-8, 1.0/3), power(10, -2), power(2::numeric, 100);
SELECT exp(1.0), exp(1), ln(10), ln(10.0), log(100), log(2, 64), log(2.0, 8);
SELECT sqrt(2), sqrt(2.0), sqrt(2::float8), sqrt(16::numeric), sqrt(0.0001), cbrt(27);
SELECT sqrt(-1);
SELECT ln(0);
SELECT factorial(0), factorial(20), factorial(25), 5!;
SELECT factorial(-1);
SELECT 1e300::float8 * 10;
SELECT 0.1::float8 + 0.2::float8, 0.1 + 0.2, (0.1::float8 + 0.2::float8)::numeric, 1.0e-10::float8, 1e16::float8, 123456789012345678::float8;
SELECT 3.14159::float4, 1.1::float4 + 2.2::float4, (1.1::float4)::float8, 100000000::float4;
SELECT '1e-7'::numeric, '1.500'::numeric, 'NaN'::numeric, 1.5::numeric(10,0), -0.0::numeric, '-0'::float8;
SELECT 10 / 3.0, 10::numeric / 4, 1 / 3::numeric, 2::numeric / 3 * 3, mod(-7, 3), -7 % 3, mod(7.5, 2);
SELECT div(-7, 2), div(7.5, 2), abs(-0.0), sign(-3.2), ceil(-0.5), floor(-0.5), ceil(1.0001);
SELECT 'Infinity'::float8 - 'Infinity'::float8, 'NaN'::float8 = 'NaN'::float8, 'NaN'::numeric > 1;
SELECT gcd(12, 18), lcm(4, 6), scale(1.2300), min_scale(1.2300), trim_scale(1.2300);
SELECT width_bucket(5.35, 0.024, 10.06, 5), width_bucket(0, 1, 10, 3), width_bucket(10, 1, 10, 3);
SELECT 2147483647 + 1;
SELECT (-2147483648)::int / -1;
SELECT 9223372036854775807::bigint + 1;
SELECT 32767::smallint + 1::smallint;
SELECT 5 / 0.0;
SELECT avg(x), sum(x), stddev(x), variance(x) FROM (VALUES (1), (2), (4)) v(x);
SELECT avg(x::float8), stddev_pop(x::float8), var_samp(x) FROM (VALUES (1.5), (2.5)) v(x);
-- params: [2.5, 0]
SELECT round($1::numeric, $2);
-- params: ["-2.5"]
SELECT round($1::float8);
-- params: [17]
SELECT factorial($1);
-- windows
CREATE TABLE s23_w (id int PRIMARY KEY, g text, v int);
INSERT INTO s23_w VALUES (1,'a',10),(2,'a',20),(3,'a',20),(4,'a',30),(5,'b',5),(6,'b',NULL),(7,'b',5),(8,'c',1);
SELECT id, sum(v) OVER (ORDER BY v ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s23_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s23_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) FROM s23_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) FROM s23_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP) FROM s23_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES) FROM s23_w ORDER BY id;
SELECT id, ntile(3) OVER (ORDER BY id), ntile(5) OVER (PARTITION BY g ORDER BY id) FROM s23_w ORDER BY id;
SELECT id, percent_rank() OVER (ORDER BY v), cume_dist() OVER (ORDER BY v) FROM s23_w ORDER BY id;
SELECT id, rank() OVER w, dense_rank() OVER w, row_number() OVER w FROM s23_w WINDOW w AS (PARTITION BY g ORDER BY v) ORDER BY id;
SELECT id, first_value(v) OVER (ORDER BY id), last_value(v) OVER (ORDER BY id), nth_value(v, 2) OVER (ORDER BY id) FROM s23_w ORDER BY id;
SELECT id, last_value(v) OVER (ORDER BY v) FROM s23_w ORDER BY id;
SELECT id, last_value(v) OVER (PARTITION BY g ORDER BY v ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM s23_w ORDER BY id;
SELECT id, lag(v, 2, -1) OVER (ORDER BY id), lead(v) OVER (PARTITION BY g ORDER BY id) FROM s23_w ORDER BY id;
SELECT id, count(*) OVER (), count(v) OVER (PARTITION BY g), avg(v) OVER (PARTITION BY g) FROM s23_w ORDER BY id;
SELECT id, v, sum(v) OVER (ORDER BY v NULLS FIRST) FROM s23_w ORDER BY id;
SELECT id, ntile(0) OVER () FROM s23_w;
-- params: [2]
SELECT id, nth_value(v, $1) OVER (PARTITION BY g ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s23_w ORDER BY id;
-- params: [1]
SELECT id, sum(v) OVER (ORDER BY id ROWS BETWEEN $1 PRECEDING AND CURRENT ROW) FROM s23_w ORDER BY id;
-- ordering of text
CREATE TABLE s23_s (s text);
INSERT INTO s23_s VALUES ('apple'), ('Apple'), ('APPLE'), ('banana'), ('Banana'), ('éclair'), ('eclair'), ('Zebra'), ('_under'), ('-dash'), ('a b'), ('ab'), ('10'), ('9'), (''), (NULL), ('ñ'), ('z');
SELECT s FROM s23_s ORDER BY s;
SELECT s FROM s23_s ORDER BY s DESC;
SELECT s FROM s23_s ORDER BY lower(s), s;
SELECT min(s), max(s) FROM s23_s;
SELECT s FROM s23_s WHERE s > 'Z' ORDER BY s;
SELECT s FROM s23_s WHERE s BETWEEN 'a' AND 'b' ORDER BY 1;
SELECT s FROM s23_s ORDER BY s COLLATE "C";
SELECT 'a' < 'B', 'é' > 'z', 'abc' < 'abcd', '' < ' ';
SELECT s FROM s23_s WHERE s ILIKE 'É%' ORDER BY 1;
SELECT upper(s) FROM s23_s WHERE s LIKE '%clair' ORDER BY 1;
-- booleans and NULLs in aggregates
CREATE TABLE s23_b (id int PRIMARY KEY, b boolean, n int);
INSERT INTO s23_b VALUES (1, true, 1), (2, false, NULL), (3, NULL, 3), (4, true, NULL);
SELECT bool_and(b), bool_or(b), every(b), count(b), count(*), count(n) FROM s23_b;
SELECT bool_and(b), bool_or(b), sum(n), avg(n), max(b), min(n) FROM s23_b WHERE id > 10;
SELECT min(b), max(b) FROM s23_b;
SELECT b, count(*) FROM s23_b GROUP BY b ORDER BY b;
SELECT b, count(*) FROM s23_b GROUP BY b ORDER BY b DESC NULLS LAST;
SELECT sum(b::int), avg(b::int), count(*) FILTER (WHERE b), count(*) FILTER (WHERE NOT b) FROM s23_b;
SELECT array_agg(b ORDER BY id), array_agg(n ORDER BY n NULLS FIRST), string_agg(b::text, '/' ORDER BY id) FROM s23_b;
SELECT bool_and(n > 0), bool_or(n > 2) FROM s23_b;
SELECT count(DISTINCT b), count(DISTINCT n) FROM s23_b;
SELECT b IS TRUE, b IS NOT FALSE, b IS UNKNOWN, NOT b FROM s23_b ORDER BY id;
SELECT sum(n) FILTER (WHERE b IS NOT TRUE), max(n) FILTER (WHERE b) FROM s23_b;
SELECT coalesce(sum(n), 0), coalesce(max(b), false) FROM s23_b WHERE n < 0;
SELECT n IN (1, NULL), n NOT IN (1, NULL), NULL = NULL, NULL IS DISTINCT FROM NULL FROM s23_b ORDER BY id;
SELECT true AND NULL, false AND NULL, true OR NULL, false OR NULL;
SELECT 'yes'::boolean, 'off'::boolean, ' t '::boolean, '1'::boolean;
SELECT 'maybe'::boolean;
SELECT b, b::text, b::int FROM s23_b ORDER BY id;
-- params: [null]
SELECT count(*) FROM s23_b WHERE b = $1;
-- params: ["t"]
SELECT count(*) FROM s23_b WHERE b = $1;
-- params: [true, 2]
SELECT count(*) FILTER (WHERE b = $1), sum(n) FILTER (WHERE n > $2) FROM s23_b;
-- params: [null, null]
SELECT coalesce($1, $2);
-- params: ["1.50"]
SELECT $1::numeric * 2, $1 || 'x';
-- params: ["2.5"]
SELECT sum(n) + $1 FROM s23_b;
-- params: ["10"]
SELECT $1 > '9';
DROP TABLE s23_c, s23_n, s23_w, s23_s, s23_b;
