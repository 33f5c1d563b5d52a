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
-- second batch: to_char/to_number patterns, intervals, regexp, numeric text, aggregates and frames over VALUES
SELECT to_char(1234567.891, '9G999G999D99'), to_char(-0.5, '90.9'), to_char(12, '0009'), to_char(1.5, 'FM9.00'), to_char(-12.3, 'S999.9'), to_char(12.3, '999.9PR'), to_char(-12.3, '999.9PR');
SELECT to_char(123, 'RN'), to_char(4, 'FMRN'), to_char(12345, '9.99EEEE'), to_char(0.000123, '9.99EEEE'), to_char(1e20::float8, '9.9EEEE');
SELECT to_char(42, 'FM999th'), to_char(1, 'FMDDth'), to_char(date '2024-03-02', 'FMDDth FMMonth'), to_char(date '2024-03-22', 'DDTH');
SELECT to_char(timestamp '2024-01-01 00:00:00', 'HH HH12 AM'), to_char(timestamp '2024-01-01 12:30:00', 'HH12 PM'), to_char(timestamptz '2024-06-01 12:00+00', 'TZ OF');
SELECT to_char(interval '-1 day -02:03:04', 'HH24:MI:SS'), to_char(interval '100 hours', 'HH24'), to_char(interval '3 months', 'MM DD');
SELECT to_timestamp('2024-02-30', 'YYYY-MM-DD');
SELECT to_date('2024-2-3', 'YYYY-MM-DD'), to_date('20240203', 'YYYYMMDD'), to_timestamp('12:30 PM', 'HH:MI AM');
SELECT to_number('1,234.5', '9G999D9'), to_number('-12', 'S99'), to_number('$1,000', 'L9G999');
SELECT extract(hour FROM timestamptz '2024-01-01 23:30+00'), extract(timezone FROM timestamptz '2024-01-01 23:30+00'), extract(epoch FROM date '2024-01-01');
SELECT extract(epoch FROM time '01:00'), extract(second FROM time '01:02:03.5'), extract(minute FROM interval '90 minutes');
SELECT extract(isoyear FROM date '2024-12-30'), extract(week FROM date '2023-01-01'), extract(isodow FROM date '2023-01-01'), extract(dow FROM timestamp '2023-01-01 10:00');
SELECT date_part('year', interval '25 months'), date_part('day', interval '40 days'), date_part('month', interval '-14 months');
SELECT extract(day FROM date '2024-02-29' - date '2024-01-01');
SELECT make_interval(0, 0, 0, 0, 0, 0, 0.0000005), make_interval(secs => 1e-7), make_interval(mins => 1.5);
SELECT interval '1 day' * 0.5, interval '1 month' * 1.5, interval '1 year' / 7, interval '2 hours' * -1.25;
SELECT interval '27 hours', interval '1 month 30 days' = interval '2 months', interval '1 day' = interval '24 hours', interval '1 day' > interval '23 hours 59 minutes';
SELECT interval 'P1Y2M3DT4H5M6S', interval '1:2', interval '1 2:03', interval '-1 -1:00', interval '1 mon -1 day';
SELECT sum(i), avg(i) FROM (VALUES (interval '1 day'), (interval '12 hours'), (NULL)) v(i);
SELECT timestamp '2024-03-10 02:30' + interval '1 day', timestamptz '2024-01-01 00:00+00' + interval '1 month', date '2024-01-31' + 1;
SELECT '2024-01-01'::date - 1, '2024-01-01 00:00'::timestamp - '2023-12-31'::date, now() - now();
SELECT date_trunc('month', timestamptz '2024-05-15 10:00+00'), date_trunc('hour', interval '1 day 2:34:56'), date_trunc('year', date '2024-06-06');
SELECT isfinite(date 'infinity'), date 'infinity' > date '2024-01-01', timestamp '-infinity', extract(year FROM timestamp 'infinity');
SELECT split_part('a||b||c', '||', 2), split_part('abc', 'abc', 1), split_part('abc', 'abc', 2), split_part('x', 'x', -1);
SELECT translate('abcabc', 'abc', 'A'), translate(NULL, 'a', 'b'), replace('aaa', 'aa', 'b'), replace('abc', '', 'x');
SELECT regexp_replace('abcabc', 'b', 'X', 2), regexp_replace('aaa', 'a*', 'X', 'g'), regexp_replace('', '^', 'X');
SELECT regexp_split_to_array('a1b22c', '\d+'), regexp_split_to_array('abc', ''), regexp_split_to_array('a,b,', ',');
SELECT regexp_count('abcabc', 'bc'), regexp_instr('abcabc', 'c', 1, 2), regexp_substr('abc123', '\d+'), regexp_like('ABC', 'b', 'i');
SELECT substring('abcdef' FROM 2 FOR 3), substring('abcdef' FROM '%#"cd#"%' FOR '#'), substring('abc123' FROM '[0-9]+'), substring('abc' FROM 0 FOR 2);
SELECT 'abc' SIMILAR TO 'abc|x', 'a' SIMILAR TO 'a*', 'ab' SIMILAR TO 'a_', '%' SIMILAR TO '\%', 'abc' SIMILAR TO 'ABC';
SELECT format('%s|%s', 1.50, 2.0::float8), format('%5.2s', 'x'), format('%L', 1.50), format('%L', true), format('%I.%I', 'a', 'B');
SELECT format('%2$s %s', 'a', 'b'), format('%*s|', 4, 'x'), format('%-*s|', 4, 'x');
SELECT quote_literal('it''s'), quote_literal(1.50), quote_ident('a"b'), quote_nullable(NULL), quote_literal(E'back\\slash');
SELECT starts_with('abc', 'ab'), 'abc' ^@ 'b', casefold_exists FROM (SELECT 1 AS casefold_exists) s;
SELECT round(1.005, 2), round(2.675::float8, 2), round(-1.5::numeric), round(1e-20, 25), round(123.456, -1), round(0.0::numeric, 3);
SELECT trunc(-0.5), trunc(0.999, 2), ceil(-1.5), ceiling(1.2::float8), floor(-1.0000001), round(-0.4);
SELECT 1.0 / 3, 2.0 / 3.0, 1 / 7::numeric, 100.0 / 3.00, 1e10 / 3, 0.1 / 0.3, (1.0/3) * 3;
SELECT 2 ^ 0.5, 2.0 ^ 3, (-2.0) ^ 2, 0 ^ 0, 2 ^ -1, 10.0 ^ 20, 1.1 ^ 10;
SELECT exp(0), exp(2.5), ln(2.718281828459045), ln(1), log(10, 1000), log10(0.001), log(0.5);
SELECT sqrt(1e100), sqrt(0.1), sqrt(123456789::numeric), cbrt(-8), sqrt(1::numeric), sqrt(2::numeric(10,4));
SELECT 1.5::float8::text, 0.1::float4::float8, 1e-5::float8, 123456789.123::float8, 1.0::float8, -0.0::float8, 1e15::float8, 1e16::float8 + 1;
SELECT 12345.678::float4, 0.1::float4, 3.0::float4 / 7, 1.0e38::float4, 16777217::float4;
SELECT 1.23456789012345678::float8::numeric, 0.1::float4::numeric, 1e20::float8::numeric, 'NaN'::float8::numeric, 123.0::float8::numeric;
SELECT 2.5::numeric::float8, 1e-400::numeric, 9.999999999999999999e20::numeric::bigint, (2^63)::numeric;
SELECT 12.5::int, 13.5::int, -12.5::int, 2.5::float8::int, 3.5::float8::int, (-2.5)::float8::int, 12.5::smallint, 1e10::bigint;
SELECT 5 % -3, -5 % 3, 5.5 % 2, -5.5 % 2, mod(-5.5, -2), 7 / -2, -7 / 2, (-7)::numeric / 2;
SELECT abs(-2147483648::bigint), @ -5, |/ 25.0, ||/ 27, ~ 5, 5 & 3, 5 | 3, 5 # 3, 1 << 4, -16 >> 2;
SELECT numeric_inc, x FROM (SELECT 1 AS numeric_inc, 2.50 AS x) s;
SELECT factorial(3.0::int), 0!, 10!;
SELECT avg(x), sum(x) FROM (VALUES (1.10), (2.205), (3)) v(x);
SELECT avg(x), sum(x) FROM (VALUES (1::smallint), (2::smallint)) v(x);
SELECT avg(x) FROM (VALUES (1), (2)) v(x);
SELECT stddev_samp(x), var_pop(x) FROM (VALUES (1.0), (2.0), (4.0)) v(x);
SELECT sum(x), avg(x) FROM (VALUES (1e308::float8), (1e308::float8)) v(x);
SELECT min(x), max(x) FROM (VALUES (1.50), (1.5), (1.500)) v(x);
SELECT max(x), min(x) FROM (VALUES ('NaN'::numeric), (1)) v(x);
SELECT count(*) FILTER (WHERE x > 1), array_agg(x) FILTER (WHERE x IS NOT NULL), json_agg(x) FROM (VALUES (1), (NULL), (3)) v(x);
SELECT sum(x) FROM (VALUES (NULL::int)) v(x);
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x), percentile_disc(0.5) WITHIN GROUP (ORDER BY x), mode() WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2), (2), (4)) v(x);
SELECT percentile_cont(ARRAY[0, 0.25, 1]) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2), (10)) v(x);
SELECT x, sum(x) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM (VALUES (1), (2), (2), (3), (5)) v(x) ORDER BY x;
SELECT x, count(*) OVER (ORDER BY x GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM (VALUES (1), (2), (2), (3), (5)) v(x) ORDER BY x;
SELECT x, first_value(x) OVER w, last_value(x) OVER w, nth_value(x, 3) OVER w FROM (VALUES (1), (2), (2), (3), (5)) v(x) WINDOW w AS (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP) ORDER BY x;
SELECT x, percent_rank() OVER (ORDER BY x DESC), cume_dist() OVER (ORDER BY x DESC), ntile(2) OVER (ORDER BY x DESC) FROM (VALUES (1), (2), (2), (NULL)) v(x) ORDER BY x NULLS FIRST;
SELECT x, avg(x) OVER (ORDER BY x ROWS 1 PRECEDING), sum(x::numeric / 3) OVER (ORDER BY x) FROM (VALUES (1), (2), (3)) v(x) ORDER BY x;
SELECT x, x - lag(x) OVER (ORDER BY x), lead(x, 1, 0) OVER (ORDER BY x DESC) FROM (VALUES (1.5), (2.25), (3)) v(x) ORDER BY x;
SELECT x, sum(x) OVER (ORDER BY x RANGE BETWEEN 1.5 PRECEDING AND CURRENT ROW) FROM (VALUES (1.0), (2.0), (2.5), (4.0)) v(x) ORDER BY x;
SELECT d, count(*) OVER (ORDER BY d RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM (VALUES (date '2024-01-01'), (date '2024-01-02'), (date '2024-01-04')) v(d) ORDER BY d;
SELECT x, rank() OVER (ORDER BY x NULLS FIRST), dense_rank() OVER (ORDER BY x DESC NULLS LAST) FROM (VALUES (1), (NULL), (1), (2)) v(x) ORDER BY 2, 3;
SELECT s FROM (VALUES ('a'), ('B'), ('_'), ('-'), ('1'), ('A'), ('b'), (' '), ('~'), ('é'), ('Z')) v(s) ORDER BY s;
SELECT s FROM (VALUES ('a10'), ('a9'), ('a1'), ('A1'), ('a 1')) v(s) ORDER BY s DESC;
SELECT s FROM (VALUES ('x'), (NULL), ('y')) v(s) ORDER BY s DESC;
SELECT s FROM (VALUES ('x'), (NULL), ('y')) v(s) ORDER BY s NULLS FIRST;
SELECT max(s), min(s), string_agg(s, '' ORDER BY s) FROM (VALUES ('ab'), ('aB'), ('Ab'), ('a')) v(s);
SELECT s, s < 'b' FROM (VALUES ('a'), ('B'), ('é')) v(s) ORDER BY s;
SELECT bool_and(x), bool_or(x) FROM (VALUES (NULL::boolean)) v(x);
SELECT every(x) FROM (VALUES (true), (NULL)) v(x);
SELECT count(*), count(x), sum(CASE WHEN x THEN 1 END), avg(CASE WHEN x THEN 1.0 ELSE 0 END) FROM (VALUES (true), (false), (NULL)) v(x);
SELECT x, count(*) FROM (VALUES (true), (false), (NULL), (true)) v(x) GROUP BY x ORDER BY x NULLS FIRST;
SELECT max(x::int), min(x::text), array_agg(DISTINCT x) FROM (VALUES (true), (false), (NULL), (true)) v(x);
SELECT NOT NULL::boolean, NULL::boolean IS NOT TRUE, (NULL::int = 1) IS NULL, NULLIF(1, 1), NULLIF(NULL, 1), coalesce(NULL, NULL, 3);
SELECT 1 = ANY (ARRAY[NULL, 1]), 2 = ANY (ARRAY[NULL, 1]), 1 <> ALL (ARRAY[2, NULL]), 2 = ALL (ARRAY[]::int[]);
SELECT ROW(1, NULL) = ROW(1, NULL), ROW(1, NULL) IS NULL, ROW(NULL, NULL) IS NULL, ROW(1, 2) < ROW(1, 3), ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL);
-- params: ["2024-12-30"]
SELECT extract(isoyear FROM $1::date), extract(week FROM $1::date), to_char($1::date, 'IYYY-IW');
-- params: [1.005, 2]
SELECT round($1::numeric, $2), round($1::float8::numeric, $2);
-- params: ["1.50", "1.5"]
SELECT $1::numeric = $2::numeric, $1::numeric, $2::numeric;
-- params: [3]
SELECT ntile($1) OVER (ORDER BY x), x FROM (VALUES (1), (2), (3), (4), (5)) v(x) ORDER BY x;
-- params: ["a|b|c", "|", -1]
SELECT split_part($1, $2, $3);
-- params: ["%É%"]
SELECT count(*) FROM (VALUES ('éclair'), ('Éclair')) v(s) WHERE s ILIKE $1;
-- params: ["1 day", 2]
SELECT $1::interval * $2, justify_hours($1::interval * 30);
-- params: ["12.50"]
SELECT $1::float8, $1::numeric, $1::float4;
-- params: [true, null]
SELECT $1::boolean AND $2::boolean, $1::boolean OR $2::boolean;
-- extract and date_part of a value that is no date, time or interval
SELECT extract(day FROM 5);
SELECT date_part('day', 2.5);
SELECT extract(day FROM 'x'::text);
SELECT extract(day FROM '2024-01-05');
SELECT extract(day FROM NULL);
SELECT date_part('day', '2024-01-05');
SELECT date_part('day'::text, 5);
SELECT extract(day FROM true);
-- params: ["2024-03-05"]
SELECT extract(day FROM $1::date), date_part('month', $1::date);
-- UNION of numerics equal at different scales, few rows
SELECT a FROM s23_n WHERE id = 2 UNION SELECT b FROM s23_n WHERE id = 2;
SELECT b FROM s23_n WHERE id = 3 UNION SELECT a FROM s23_n WHERE id = 3;
SELECT a, id FROM s23_n WHERE id <= 2 UNION SELECT b, 1 FROM s23_n WHERE id = 2 ORDER BY 2, 1;
SELECT a FROM s23_n WHERE id <= 3 UNION SELECT b FROM s23_n WHERE id = 3 ORDER BY 1;
-- params: []
SELECT 2.50 UNION SELECT 2.5;
-- char(n) beside text at the result
SELECT c FROM s23_c UNION SELECT t FROM s23_c ORDER BY 1;
SELECT c, v FROM s23_c UNION SELECT v, c FROM s23_c ORDER BY 1, 2;
SELECT c FROM s23_c INTERSECT SELECT t FROM s23_c ORDER BY 1;
SELECT c FROM s23_c EXCEPT SELECT v FROM s23_c ORDER BY 1;
SELECT c, 1 AS m FROM s23_c UNION ALL SELECT c::char(3), 2 FROM s23_c ORDER BY 1, 2;
-- params: ["xy"]
SELECT c FROM s23_c UNION ALL SELECT $1::text ORDER BY 1;
SELECT lag(c) OVER (ORDER BY id), first_value(c) OVER (ORDER BY id) FROM s23_c ORDER BY id;
-- third batch: the same areas through the extended protocol, and their edges
-- params: ["2024-02-29 12:00:00"]
SELECT to_char($1::timestamp, 'Day DD Mon YYYY HH12:MI:SS AM'), extract(epoch FROM $1::timestamp);
-- params: ["1 year 2 months 3 days 04:05:06"]
SELECT justify_interval($1::interval), extract(epoch FROM $1::interval), $1::interval / 2;
-- params: [2024, 2, 29]
SELECT make_date($1, $2, $3), make_timestamp($1, $2, $3, 0, 0, 0.5);
-- params: ["2024-01-31", "1 month"]
SELECT $1::date + $2::interval, ($1::date + $2::interval)::date;
-- params: [-1.5, -2.5, 0.5]
SELECT round($1::numeric), round($2::numeric), round($3::numeric), round($1::float8), round($2::float8);
-- params: ["123.456", -1]
SELECT round($1::numeric, $2), trunc($1::numeric, $2);
-- params: [2, 0.5]
SELECT power($1::numeric, $2::numeric), power($1::float8, $2::float8);
-- params: ["Hello World", "o", "0"]
SELECT translate($1, $2, $3), replace($1, $2, $3), position($2 IN $1);
-- params: ["abc", 5, "xy"]
SELECT rpad($1, $2, $3), lpad($1, $2, $3), lpad($1, 2);
-- params: ["foo bar", "(\\w+) (\\w+)", "\\2 \\1"]
SELECT regexp_replace($1, $2, $3);
-- params: ["My Table", "it's"]
SELECT format('SELECT * FROM %I WHERE x = %L', $1, $2);
-- params: [null]
SELECT format('%L', $1::text), quote_nullable($1::text), concat('a', $1::text);
-- params: ["a", "b"]
SELECT $1 < $2, $1::text < $2::text, greatest($1, $2);
-- params: [1, 2, 3]
SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN $1 PRECEDING AND $2 FOLLOWING), ntile($3) OVER (ORDER BY x) FROM (VALUES (1), (2), (3), (4)) v(x) ORDER BY x;
-- params: [true]
SELECT bool_and(x AND $1), bool_or(x OR NOT $1) FROM (VALUES (true), (false)) v(x);
-- params: ["t", "no"]
SELECT $1::boolean, $2::boolean, $1::boolean AND $2::boolean;
-- params: [null, 1]
SELECT coalesce($1::int, $2), nullif($2, $2), $1 IS NULL;
-- params: ["NaN", "Infinity"]
SELECT $1::numeric, $2::float8, $1::float8 = $1::float8, $2::numeric;
SELECT to_char(1.5::float4, '9.99'), to_char(-0.001, 'FM9.999'), to_char(0, 'FM9'), to_char(1000000, '9,999,999'), to_char(12.345, '99V99');
SELECT to_char(timestamp '2024-01-05', 'W WW IW Q CC'), to_char(timestamp '2024-12-31', 'DDD IDDD J'), to_char(timestamp '2020-12-31 23:59:59.999999', 'YYYY-MM-DD"T"HH24:MI:SS.FF6');
SELECT to_timestamp('2024-01-01 10:00:00 +05', 'YYYY-MM-DD HH24:MI:SS TZH'), to_timestamp('1 Jan 2024', 'DD Mon YYYY');
SELECT to_date('2024-W01-1', 'IYYY-"W"IW-ID');
SELECT extract(epoch FROM timestamptz 'epoch'), extract(year FROM timestamp '10000-01-01'), extract(microseconds FROM interval '1.5 seconds');
SELECT age(timestamp '2024-01-31', timestamp '2024-02-29'), age(timestamp '2000-02-29', timestamp '2024-02-28');
SELECT interval '1 year' - interval '1 day', -interval '1 mon 2 days', interval '-0', interval '1 week 1 day';
SELECT justify_hours(interval '-25 hours'), justify_days(interval '30 days'), justify_interval(interval '-1 month 61 days');
SELECT date '2024-02-29' - interval '1 year', date '2023-03-01' - date '2023-02-01', timestamp '2024-01-01' + interval '0.5 days';
SELECT (date '2024-01-01', interval '0 days') OVERLAPS (date '2024-01-01', interval '0 days'), (date '2024-01-02', date '2024-01-01') OVERLAPS (date '2024-01-01', date '2024-01-03');
SELECT split_part('a.b.c', '.', -2), split_part('a..c', '.', 2), split_part('abc', 'b', -1), initcap('a1b c-d e_f g''h'), initcap('ABC123def');
SELECT lpad('héllo', 7, 'ñ'), rpad('日本', 5, '語x'), lpad('日本語', 2), rpad('', 3, 'ab');
SELECT regexp_replace('Hello', 'L', 'x', 'gi'), regexp_replace('hello', 'l+', '<\&>'), regexp_replace('abc', '(a)(b)(c)', '\3\2\1\0');
SELECT 'foobar' SIMILAR TO '%(b|x)a%', 'foo' SIMILAR TO 'f(o)+', 'a+b' SIMILAR TO 'a+b', 'xy' SIMILAR TO '[x-z]{2}', 'x' SIMILAR TO '(x|)';
SELECT round(0.5::float8), round(1.5::float8), round(-0.5::float8), round(2.5::numeric, 0), round(-0.05, 1), round(0.045, 2);
SELECT trunc(123.456, -1), trunc(-123.456, -2), trunc(0.5), trunc(-0.5::float8), trunc(1e20::numeric, -19);
SELECT exp(10.0), exp(-1.0), ln(2.0), log(1000.0), log(2.0, 1024.0), power(1.0001, 10000), power(2.0, -3);
SELECT sqrt(2.0::numeric(20,10)), sqrt(1e-10), sqrt(99.0), factorial(1), 3! * 2, |/ 2;
SELECT 0.1::float8 * 3, 1/3::float8, 2::float8 ^ 0.5, 1e-320::float8, 4.9e-324::float8, 1.7976931348623157e308::float8;
SELECT 1.0::float8::text, 100.0::float4::text, 1e6::float8, 1e21::float8, 0.0001::float8, 123e-10::float8;
SELECT '3.14'::float8::numeric(5,2), 3.145::numeric(5,2), 3.135::numeric(5,2), -3.145::numeric(5,2), 0.005::numeric(3,2);
SELECT x, ntile(4) OVER (ORDER BY x), percent_rank() OVER (ORDER BY x), cume_dist() OVER (ORDER BY x) FROM generate_series(1, 6) x ORDER BY x;
SELECT x, last_value(x) OVER (ORDER BY x / 2), first_value(x) OVER (ORDER BY x / 2 DESC), nth_value(x, 2) OVER (ORDER BY x / 2) FROM generate_series(1, 5) x ORDER BY x;
SELECT x, sum(x) OVER (ORDER BY x / 2 GROUPS CURRENT ROW), sum(x) OVER (ORDER BY x / 2 GROUPS BETWEEN 1 FOLLOWING AND 2 FOLLOWING) FROM generate_series(1, 6) x ORDER BY x;
SELECT x, array_agg(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM generate_series(1, 4) x ORDER BY x;
SELECT x, min(x) OVER (ORDER BY x RANGE BETWEEN 2 PRECEDING AND 1 PRECEDING), count(x) OVER (ORDER BY x RANGE BETWEEN CURRENT ROW AND 2 FOLLOWING) FROM (VALUES (1), (2), (4), (4), (7)) v(x) ORDER BY x;
SELECT s FROM (VALUES ('Ab'), ('aB'), ('AB'), ('ab'), ('a'), ('A'), ('B'), ('b'), ('á'), ('Á')) v(s) ORDER BY lower(s), s;
SELECT s FROM (VALUES ('x-1'), ('x_1'), ('x.1'), ('x 1'), ('x1'), ('X1')) v(s) ORDER BY s;
SELECT string_agg(s, ',' ORDER BY s DESC NULLS FIRST) FROM (VALUES ('b'), (NULL), ('a')) v(s);
SELECT count(DISTINCT x), count(DISTINCT (x, y)), count(ALL x) FROM (VALUES (1, NULL), (1, NULL), (NULL, 1), (2, 2)) v(x, y);
SELECT sum(x) FILTER (WHERE y), avg(x) FILTER (WHERE y IS NULL), bool_and(y) FILTER (WHERE x > 1) FROM (VALUES (1, true), (2, NULL), (3, false)) v(x, y);
SELECT min(x), max(x) FROM (VALUES (true), (NULL)) v(x);
SELECT count(*) FROM (VALUES (NULL), (NULL)) v(x) WHERE x IS NOT DISTINCT FROM NULL;
SELECT avg(x), sum(x) FROM (VALUES (NULL::numeric)) v(x) GROUP BY true;
SELECT array_agg(x ORDER BY x DESC NULLS LAST), array_agg(DISTINCT x) FROM (VALUES (2), (NULL), (1), (2)) v(x);
-- chains of UNIONs of char(n) beside text
SELECT c FROM s23_c UNION SELECT t FROM s23_c UNION SELECT 'q' ORDER BY 1;
SELECT c FROM s23_c UNION ALL SELECT c FROM s23_c UNION ALL SELECT t FROM s23_c ORDER BY 1;
SELECT c FROM s23_c UNION SELECT c FROM s23_c UNION SELECT v FROM s23_c ORDER BY 1;
SELECT c FROM s23_c UNION SELECT t FROM s23_c INTERSECT SELECT 'xy' ORDER BY 1;
-- params: ["q"]
SELECT c FROM s23_c UNION SELECT t FROM s23_c UNION ALL SELECT $1::text ORDER BY 1;
SELECT id FROM s23_c WHERE c IN (SELECT t FROM s23_c UNION SELECT c FROM s23_c UNION SELECT 'q') ORDER BY 1;
DROP TABLE s23_c, s23_n, s23_w, s23_s, s23_b;
