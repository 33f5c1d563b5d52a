-- The twenty-ninth session's hunt for silent wrong answers: what the twenty-eighth left (a scalar
-- function in FROM after a table, numeric scales through ROLLUP, a jsonb UNION, unnest and
-- array_agg(DISTINCT) in a FROM subquery, recursive CTEs, GROUP BY of a cast), then text functions
-- on non-ASCII and edge inputs, C-collation ordering with NULLS FIRST/LAST, LIKE/ILIKE with ESCAPE,
-- integer division and overflow, float8 output and ordering, casts from text, date and timestamp
-- arithmetic, CASE/COALESCE/UNION type resolution with char(n), aggregates over empty inputs and
-- NULLs, and DISTINCT / GROUP BY on floats.
CREATE TABLE s29_t (id int PRIMARY KEY, x numeric, g text, n int);
INSERT INTO s29_t VALUES (1, -2.50, 'a', 3), (2, 1.125, 'a', -7), (3, NULL, 'b', NULL), (4, 10.0, 'b', 0);
CREATE TABLE s29_s (id int PRIMARY KEY, s text, v varchar(5), c char(4), u text);
INSERT INTO s29_s VALUES
 (1, 'héllo wörld', 'ab', 'ab', 'Zebra'),
 (2, 'ÄÖÜ straße', 'abc  ', 'x', 'apple'),
 (3, '', '', '', '_under'),
 (4, NULL, NULL, NULL, NULL),
 (5, 'a%b_c\d', 'a%b', 'a_b', 'Apple'),
 (6, 'O''Reilly "q"', 'z', 'zz  ', 'banana');
CREATE TABLE s29_f (id int PRIMARY KEY, f float8, r real);
INSERT INTO s29_f VALUES (1, 0, 0), (2, '-0', '-0'), (3, 'NaN', 'NaN'), (4, 'Infinity', 'Infinity'), (5, '-Infinity', '-Infinity'), (6, 1.5, 1.5), (7, NULL, NULL), (8, 0.1, 0.1), (9, 1e16, 1e16), (10, 'NaN', 'NaN');
CREATE TABLE s29_d (id int PRIMARY KEY, d date, ts timestamp, tz timestamptz, iv interval);
INSERT INTO s29_d VALUES
 (1, '2024-01-31', '2024-01-31 10:00:00', '2024-01-31 10:00:00+00', '1 day 2 hours'),
 (2, '2024-02-29', '2024-03-01 00:00:00', '2024-02-29 23:59:59.5+00', '-3 days 4 hours'),
 (3, '2023-12-31', '2023-12-31 23:59:59', '2023-12-31 23:59:59+00', '1 mon 15 days'),
 (4, NULL, NULL, NULL, NULL);
CREATE TABLE s29_e (id int, v int, x numeric, b boolean, s text);
-- what the twenty-eighth session left
SELECT t.id, a FROM s29_t t, abs(t.x) a ORDER BY t.id;
SELECT t.id, a.abs FROM s29_t t, abs(t.x) a ORDER BY t.id;
SELECT g, sum(x) AS total FROM s29_t GROUP BY ROLLUP (g) ORDER BY g NULLS LAST;
SELECT coalesce(g, 'all') AS g, sum(x) AS total FROM s29_t GROUP BY ROLLUP (g) ORDER BY 1;
SELECT j::text FROM (SELECT jsonb_build_object('v', x) AS j FROM s29_t WHERE id = 1 UNION SELECT '{"v": 1.0}'::jsonb) s ORDER BY 1;
SELECT u FROM (SELECT unnest(ARRAY[1.50, 2.0, NULL]) AS u) s ORDER BY u NULLS FIRST;
-- @must
SELECT a FROM (SELECT array_agg(DISTINCT x ORDER BY x) AS a FROM s29_t) s;
-- @must
WITH RECURSIVE r(i, v) AS (SELECT 1, 1.50 UNION ALL SELECT i + 1, v * 2 FROM r WHERE i < 3) SELECT i, v FROM r ORDER BY i;
-- @must
SELECT n::text AS k, count(*) FROM s29_t GROUP BY n::text ORDER BY n;
SELECT n::text AS k, count(*) FROM s29_t GROUP BY n::text ORDER BY 1;
-- format
SELECT format('%s|%5s|%-5s|', 'ab', 'cd', 'ef');
SELECT format('[%10s]', 'héllo');
SELECT format('[%-10s]', 'wörld');
SELECT format('%I.%I', 'my table', 'Col');
SELECT format('%I', 'plain');
SELECT format('%L, %L, %L', 'it''s', NULL, 12.50);
SELECT format('%s and %s', 'one', NULL);
SELECT format('%2$s %1$s', 'a', 'b');
SELECT format('%*s|', 6, 'x');
SELECT format('%-*s|', 6, 'x');
SELECT format('100%%');
SELECT format('%s', ARRAY[1, 2]);
SELECT format('%I', NULL);
SELECT format('%z', 1);
SELECT format('%s %s', 'a');
-- lpad / rpad
SELECT lpad('héllo', 8, '*'), rpad('héllo', 8, 'ab'), lpad('héllo', 3), rpad('héllo', 2);
SELECT lpad('x', -1, 'a'), rpad('x', 0), lpad('abc', 5, ''), lpad('', 3, 'zy');
SELECT lpad('ÄÖÜ', 5, 'ß') || '|';
-- split_part
SELECT split_part('a,b,c', ',', 2), split_part('a,b,c', ',', 4), split_part('a,b,c', ',', -1), split_part('a,b,c', ',', -3);
SELECT split_part('a,b,c', ',', -4) IS NULL, split_part('a,,c', ',', 2) = '';
SELECT split_part('a,b', ',', 0);
SELECT split_part('abc', '', 1), split_part('abc', '', 2), split_part('ä→ö→ü', '→', 3);
-- regexp_replace
SELECT regexp_replace('Hello World', 'o', '0');
SELECT regexp_replace('Hello World', 'o', '0', 'g');
SELECT regexp_replace('Hello World', 'L', 'x', 'gi');
SELECT regexp_replace('John Smith', '(\w+) (\w+)', '\2, \1');
SELECT regexp_replace('abc', 'b', '[\&]');
SELECT regexp_replace('aaa', 'a*?', 'X', 'g');
SELECT regexp_replace('straße', 'ß', 'ss');
SELECT regexp_replace('a.b.c', '.', '-', 'g');
SELECT regexp_replace('a.b.c', '\.', '-', 'g');
SELECT regexp_replace('abc', '(', 'x');
SELECT regexp_replace('2024-01-31', '(\d+)-(\d+)-(\d+)', '\3/\2/\1');
-- regexp_matches / regexp_match / substring
SELECT regexp_matches('a1b22c333', '\d+', 'g') ORDER BY 1;
SELECT regexp_matches('a1b22c333', '(\d)(\d)?', 'g');
SELECT regexp_match('foobarbequebaz', 'ba(.)');
SELECT regexp_match('abc', 'x') IS NULL;
SELECT (regexp_match('key=val', '(\w+)=(\w+)'))[2];
SELECT substring('Thomas' from '...$'), substring('Thomas' from 'o(.)a'), substring('Thomas' from 2 for 3);
SELECT substring('héllo' from 2 for 2), substring('abc' from 0 for 2), substring('abc' from -1);
SELECT substring('abc' from 2 for -1);
SELECT regexp_split_to_array('a1b2c', '\d'), regexp_split_to_array('hello', '');
SELECT x FROM regexp_split_to_table('one  two three', '\s+') x ORDER BY x;
SELECT 'abc' ~ 'B', 'abc' ~* 'B', 'abc' !~ 'b', 'Ä' ~* 'ä';
-- translate / initcap / case
SELECT translate('12345', '143', 'ax'), translate('héllo', 'é', 'e'), translate('abc', '', 'x');
SELECT initcap('hello wORLD foo-bar o''neil 3rd'), initcap('élan ähnlich'), initcap('');
SELECT upper('straße'), lower('ÄÖÜ'), upper('héllo');
-- position / strpos / left / right / repeat / reverse / length
SELECT position('ö' in 'wörld'), strpos('wörld', 'ld'), position('' in 'abc'), strpos('abc', 'x');
SELECT left('héllo', 2), right('héllo', 2), left('héllo', -2), right('héllo', -2), left('abc', 0), right('abc', 10);
SELECT repeat('ab', 3), repeat('x', 0), repeat('x', -2) = '', repeat('ö', 2);
SELECT reverse('héllo'), length('héllo'), char_length('ÄÖÜ'), octet_length('ÄÖÜ'), bit_length('ab');
SELECT length(c), octet_length(c), c || '|' FROM s29_s ORDER BY id;
SELECT length(v), v || '|' FROM s29_s ORDER BY id;
SELECT trim('  x  ') || '|', ltrim('xxaxx', 'x'), rtrim('xxaxx', 'x'), btrim('ääaää', 'ä'), trim(both 'ab' from 'abxba');
SELECT overlay('Txxxxas' placing 'hom' from 2 for 4), overlay('héllo' placing 'E' from 2);
SELECT starts_with('héllo', 'hé'), 'abc' || NULL IS NULL, concat('a', NULL, 1, 2.50), concat_ws('-', 'a', NULL, 'b');
-- md5 / encode / decode / to_hex / chr / ascii
SELECT md5(''), md5('héllo'), md5('abc');
SELECT encode('héllo'::bytea, 'hex'), encode('héllo'::bytea, 'base64'), encode('a\000b'::bytea, 'escape');
SELECT convert_from(decode('aMOpbGxv', 'base64'), 'UTF8'), decode('414243', 'hex'), decode('x\\y', 'escape');
SELECT decode('4G', 'hex');
SELECT decode('abc', 'hex');
SELECT encode('\x00ff'::bytea, 'base64'), decode('AP8=', 'base64');
SELECT to_hex(255), to_hex(-1), to_hex(0), to_hex(9223372036854775807), to_hex(-9223372036854775808);
SELECT to_hex(-2::int), to_hex(-2::bigint);
SELECT chr(65), chr(233), chr(8364), ascii('A'), ascii('é'), ascii('€'), ascii('');
SELECT chr(0);
SELECT chr(-1);
SELECT quote_ident('Foo'), quote_ident('foo bar'), quote_ident('select'), quote_literal('it''s'), quote_literal(42.50), quote_nullable(NULL);
-- ordering text in the C collation
SELECT u FROM s29_s ORDER BY u COLLATE "C";
SELECT u FROM s29_s ORDER BY u COLLATE "C" DESC;
SELECT u FROM s29_s ORDER BY u COLLATE "C" NULLS FIRST;
SELECT u FROM s29_s ORDER BY u COLLATE "C" DESC NULLS LAST;
SELECT s FROM s29_s ORDER BY s COLLATE "C" NULLS FIRST, id;
SELECT min(u COLLATE "C"), max(u COLLATE "C") FROM s29_s;
SELECT 'a' < 'B' COLLATE "C", 'Z' < 'a' COLLATE "C", 'é' > 'z' COLLATE "C";
SELECT c FROM s29_s ORDER BY c COLLATE "C" NULLS FIRST, id;
-- LIKE / ILIKE with ESCAPE
SELECT id FROM s29_s WHERE s LIKE 'a\%b%' ORDER BY id;
SELECT id FROM s29_s WHERE s LIKE 'a#%b#_c%' ESCAPE '#' ORDER BY id;
SELECT id FROM s29_s WHERE s LIKE '%\\%' ORDER BY id;
SELECT id FROM s29_s WHERE s LIKE '%\d' ESCAPE '' ORDER BY id;
SELECT id FROM s29_s WHERE s ILIKE 'HÉ%' ORDER BY id;
SELECT id FROM s29_s WHERE s ILIKE 'äöü%' ORDER BY id;
SELECT id FROM s29_s WHERE u NOT LIKE '%a%' ORDER BY id;
SELECT id FROM s29_s WHERE u NOT ILIKE '%A%' ORDER BY id;
SELECT 'abc' LIKE 'ABC', 'abc' ILIKE 'ABC', 'a_c' LIKE 'a\_c', 'abc' LIKE 'a\_c', 'ab' LIKE 'a_', 'ä' LIKE '_';
SELECT 'abc' LIKE 'a%' ESCAPE 'ab';
SELECT 'a%' LIKE 'a%%' ESCAPE '%';
SELECT 'abc' SIMILAR TO 'a(b|x)c', 'abc' SIMILAR TO 'a', 'a.c' SIMILAR TO 'a.c';
SELECT 'foo' ~~ 'f%', 'foo' !~~ 'f%', 'FOO' ~~* 'f%', 'FOO' !~~* 'f%';
-- integer division and modulo
SELECT 7 / 2, -7 / 2, 7 / -2, -7 / -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3;
SELECT n / 2, n % 2, n / -2 FROM s29_t ORDER BY id;
SELECT 7 / 0;
SELECT 7 % 0;
SELECT 7.0 / 0;
SELECT -2147483648 / -1;
SELECT (-2147483648)::int / -1;
SELECT (-2147483648)::int % -1;
SELECT (-9223372036854775808)::bigint / -1;
SELECT (-32768)::smallint / (-1)::smallint;
SELECT 5::smallint / 2::smallint, pg_typeof(5::smallint / 2::smallint), pg_typeof(5::smallint + 1);
SELECT div(-7, 2), mod(-7, 2), div(7.5, -2), mod(7.5, -2);
-- overflow
SELECT 2147483647 + 1;
SELECT 2147483647::int + 1;
SELECT (2147483647::int + 1::bigint);
SELECT 32767::smallint + 1::smallint;
SELECT 32767::smallint * 2::smallint;
SELECT 9223372036854775807 + 1;
SELECT 9223372036854775807::bigint * 2;
SELECT -(-9223372036854775808)::bigint;
SELECT -(-2147483648)::int;
SELECT abs((-2147483648)::int);
SELECT abs(-2147483648::bigint);
SELECT 100000 * 100000;
SELECT 100000::bigint * 100000;
SELECT 46341 * 46341;
SELECT 2147483647 - (-1);
SELECT 40000::int2;
SELECT '40000'::int2;
SELECT 3000000000::int4;
SELECT '9223372036854775808'::int8;
SELECT 9223372036854775808::int8;
SELECT 2.5::int, 3.5::int, (-2.5)::int, 2.5::float8::int, 3.5::float8::int, (-0.5)::float8::int;
SELECT 1e10::float8::int;
SELECT 'NaN'::float8::int;
SELECT sum(v) FROM (VALUES (2147483647), (1)) t(v);
SELECT pg_typeof(sum(v)) FROM (VALUES (1::int)) t(v);
SELECT sum(v), pg_typeof(sum(v)) FROM (VALUES (9223372036854775807::bigint), (1::bigint)) t(v);
SELECT sum(v::smallint), pg_typeof(sum(v::smallint)) FROM (VALUES (32767), (32767)) t(v);
SELECT sum(v) OVER (ORDER BY k) FROM (VALUES (1, 9223372036854775807::bigint), (2, 1::bigint)) t(k, v) ORDER BY k;
SELECT avg(v), pg_typeof(avg(v)) FROM (VALUES (9223372036854775807::bigint), (9223372036854775807::bigint)) t(v);
-- float8 output
SELECT 0.1::float8 + 0.2::float8, 1e16::float8, 1e15::float8, 123456789012345678::float8, 1.0e-5::float8, 1e-4::float8;
SELECT '-0'::float8, -0.0::float8, 0.0::float8 * -1, 'NaN'::float8, 'inf'::float8, '-Infinity'::float8;
SELECT 1/3::float8, 2/3::float8, 100::float8 / 3, 1e300::float8 * 10;
SELECT 1e308::float8 * 10;
SELECT 'Infinity'::float8 - 'Infinity'::float8, 'Infinity'::float8 * 0;
SELECT 0::float8 / 0;
SELECT 0.1::real, 1.1::real * 3, 16777217::real, 1e20::real, '-0'::real;
SELECT 3.0::float8, 2.5e-7::float8, 123.456e10::float8, 1.7976931348623157e308::float8;
SELECT f, f::text FROM s29_f ORDER BY id;
SELECT id, f FROM s29_f ORDER BY f, id;
SELECT id, f FROM s29_f ORDER BY f DESC, id;
SELECT id, f FROM s29_f ORDER BY f NULLS FIRST, id;
SELECT id, r FROM s29_f ORDER BY r DESC NULLS LAST, id;
SELECT max(f), min(f), count(*) FILTER (WHERE f = 'NaN') FROM s29_f;
SELECT id FROM s29_f WHERE f > 1e300 ORDER BY id;
SELECT id FROM s29_f WHERE f = 0 ORDER BY id;
SELECT 'NaN'::float8 = 'NaN'::float8, 'NaN'::float8 > 'Infinity'::float8, '-0'::float8 = 0::float8;
SELECT 'NaN'::numeric, 'NaN'::numeric > 1e100, 'NaN'::numeric = 'NaN'::numeric;
SELECT sum(f), avg(f) FROM s29_f WHERE f BETWEEN -1 AND 2;
SELECT sum(f) FROM s29_f;
SELECT round(2.5::float8), round(3.5::float8), round(-2.5::float8), round(2.5), round(-2.5), trunc(-2.7::float8);
SELECT ceil(-0.5::float8), floor(-0.5), ceil(-0.5), sign(-0.0::float8), abs('-0'::float8);
SELECT float8 '1e16' + 1, (1e16::float8)::numeric, 0.1::float8::numeric, 1e16::float8::bigint;
SELECT to_char(1e16::float8, '9.99EEEE'), (1.5::float8)::text || 'x', cast(1e-7::float8 AS text);
-- casts from text
SELECT ' 12 '::int, '+7'::int, '-0'::int, '007'::int, ' 12 '::bigint, ' 3 '::smallint;
SELECT '1e3'::int;
SELECT '1.5'::int;
SELECT '0x1F'::int;
SELECT ''::int;
SELECT '1 2'::int;
SELECT '12abc'::int;
SELECT ' 1.50 '::numeric, '1e3'::numeric, '-.5'::numeric, '5.'::numeric, '+0.0'::numeric;
SELECT 'abc'::numeric;
SELECT ' 1.5e2 '::float8, '.5'::float8, '1e-400'::float8;
SELECT 'infinity'::float8, '  -INF  '::float8, 'nan'::float8;
SELECT 'yes'::boolean, 'off'::boolean, 't '::boolean, ' TRUE'::boolean, 'on'::boolean, 'n'::boolean, '1'::boolean, '0'::boolean;
SELECT 'of'::boolean;
SELECT 'o'::boolean;
SELECT 'tr'::boolean, 'fa'::boolean, 'ye'::boolean;
SELECT '2'::boolean;
SELECT 1::boolean, 0::boolean, 5::boolean, true::int, false::text, true::text;
SELECT ' 2024-01-05 '::date, '20240105'::date, 'Jan 5 2024'::date;
SELECT '2024-02-30'::date;
SELECT '  1 day  '::interval, '1.5 days'::interval, '-1 day +2 hours'::interval, 'P1Y2M3DT4H'::interval;
SELECT 'abc'::char(2), 'abc'::varchar(2), 'a  '::char(3) = 'a', length('a  '::char(3)), length('a  '::varchar(3));
SELECT CAST('ab  ' AS char(5)) || 'x', CAST('ab' AS char(5))::text || 'x', 'ab'::char(5)::varchar || 'x';
SELECT '12.5'::numeric(3,1), '12.55'::numeric(4,1), '-12.45'::numeric(4,1);
SELECT '123.5'::numeric(3,1);
SELECT 12.345::numeric(5,2)::text, 0.005::numeric(3,2), 1e-3::numeric(2,2);
-- date and timestamp arithmetic
SELECT date '2024-03-01' - date '2024-02-01', pg_typeof(date '2024-03-01' - date '2024-02-01');
SELECT date '2024-01-31' + 1, 1 + date '2024-02-28', date '2024-03-01' - 1;
SELECT date '2024-01-31' + interval '1 month', date '2024-01-31' + interval '1 day', pg_typeof(date '2024-01-31' + interval '1 month');
SELECT date '2023-01-31' + interval '1 month', date '2024-03-31' - interval '1 month';
SELECT timestamp '2024-03-02 00:00' - timestamp '2024-01-01 12:00';
SELECT timestamp '2024-01-01 10:00' - timestamp '2024-01-02 09:00';
SELECT timestamp '2024-01-01' - timestamp '2024-01-01';
SELECT timestamp '2024-01-02 01:00' - timestamp '2024-01-01 02:30:15.5';
SELECT d - lag(d) OVER (ORDER BY id) FROM s29_d ORDER BY id;
SELECT ts - lag(ts) OVER (ORDER BY id) FROM s29_d ORDER BY id;
SELECT id, ts - timestamp '2024-01-01' FROM s29_d ORDER BY id;
SELECT id, d + iv FROM s29_d ORDER BY id;
SELECT id, ts + iv, ts - iv FROM s29_d ORDER BY id;
SELECT interval '1 day' * 1.5, interval '1 month' * 0.5, interval '1 hour' * 2.5, interval '10 days' / 3, interval '1 mon' / 7;
SELECT interval '3 days' * -1, -interval '1 day 2 hours', interval '1 day' - interval '25 hours';
SELECT interval '25 hours' = interval '1 day 1 hour', interval '30 days' = interval '1 month', interval '1 day' > interval '23 hours';
SELECT justify_hours(interval '27 hours'), justify_days(interval '35 days'), justify_interval(interval '1 mon -1 hour'), justify_hours(interval '-27 hours');
SELECT justify_interval(interval '-1 mon 31 days'), justify_days(interval '-35 days');
SELECT age(timestamp '2024-03-31', timestamp '2024-01-31'), age(timestamp '2024-03-01', timestamp '2024-01-31 12:00');
SELECT age(date '2024-02-29', date '2023-02-28'), age(timestamp '2023-01-01', timestamp '2024-02-15 10:00');
SELECT extract(epoch FROM interval '1 day 2 hours'), extract(epoch FROM interval '1 month'), extract(epoch FROM interval '1 year');
SELECT extract(epoch FROM date '2024-01-01'), extract(epoch FROM timestamp '2024-01-01 00:00:01.5'), extract(epoch FROM timestamptz '1970-01-02 00:00+00');
SELECT extract(day FROM interval '40 days'), extract(hour FROM interval '27 hours'), extract(month FROM interval '14 months'), extract(year FROM interval '14 months');
SELECT extract(dow FROM date '2024-01-07'), extract(isodow FROM date '2024-01-07'), extract(doy FROM date '2024-12-31'), extract(week FROM date '2024-12-30'), extract(quarter FROM date '2024-11-01');
SELECT date_part('epoch', interval '90 minutes'), date_part('minute', interval '90 minutes'), pg_typeof(date_part('minute', interval '90 minutes')), pg_typeof(extract(minute FROM interval '90 minutes'));
SELECT date_trunc('hour', interval '2 days 3 hours 40 minutes'), date_trunc('day', interval '2 days 3 hours'), date_trunc('month', interval '1 year 5 months 3 days');
SELECT date_trunc('month', date '2024-02-29'), date_trunc('week', timestamp '2024-01-03 10:00'), date_trunc('quarter', timestamp '2024-05-15'), date_trunc('year', timestamp '2024-05-15 01:02');
SELECT x FROM generate_series(timestamp '2024-01-31', timestamp '2024-06-30', interval '1 month') x ORDER BY x;
SELECT x FROM generate_series(date '2024-01-31', date '2024-05-31', interval '1 month') x ORDER BY x;
SELECT x FROM generate_series(timestamp '2024-01-01', timestamp '2024-01-02', interval '8 hours') x ORDER BY x;
SELECT x FROM generate_series(timestamp '2024-01-03', timestamp '2024-01-01', interval '-1 day') x ORDER BY x DESC;
SELECT count(*) FROM generate_series(timestamp '2024-01-01', timestamp '2023-01-01', interval '1 day');
SELECT x::date FROM generate_series(timestamp '2024-02-29', timestamp '2028-03-01', interval '1 year') x ORDER BY x;
SELECT make_date(2024, 2, 29), make_interval(days => 10, hours => 3), make_timestamp(2024, 1, 31, 23, 59, 59.5);
SELECT date '2024-01-01' + time '10:30', date '2024-01-01' - interval '1 hour', pg_typeof(date '2024-01-01' - interval '1 hour');
SELECT time '23:00' + interval '2 hours', time '10:00' - time '12:30', timestamp '2024-01-01 10:00' + time '01:00';
SELECT to_char(interval '27 hours 5 minutes', 'HH24:MI'), to_char(date '2024-03-05', 'Day DD Mon YYYY'), to_char(timestamp '2024-03-05 15:04:05', 'YYYY-MM-DD HH12:MI:SS AM');
SELECT d, d > '2024-02-01', d BETWEEN '2024-01-01' AND '2024-12-31' FROM s29_d ORDER BY d NULLS FIRST;
SELECT max(ts) - min(ts), max(d) - min(d), avg(iv), sum(iv) FROM s29_d;
-- CASE / COALESCE / UNION type resolution
SELECT CASE WHEN true THEN 1 ELSE 2.50 END, CASE WHEN false THEN 1 ELSE 2.50 END, pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END);
SELECT coalesce(NULL, 1, 2.50), coalesce(n, 1.50) FROM s29_t ORDER BY id;
SELECT coalesce(x, 0), coalesce(x, 0.000) FROM s29_t ORDER BY id;
SELECT v FROM (SELECT 1 AS v UNION ALL SELECT 2.50) s ORDER BY v;
SELECT v, pg_typeof(v) FROM (SELECT 1 AS v UNION SELECT 2.0) s ORDER BY v;
SELECT v FROM (SELECT 1 AS v UNION SELECT 1.0) s;
SELECT v FROM (SELECT 1::float8 AS v UNION ALL SELECT 2::int) s ORDER BY v;
SELECT 1 UNION SELECT 'a';
SELECT 'a' UNION SELECT 1;
SELECT v || '|' FROM (SELECT 'ab'::char(4) AS v UNION ALL SELECT 'cd'::varchar(5)) s ORDER BY 1;
SELECT v || '|', pg_typeof(v) FROM (SELECT 'ab'::char(4) AS v UNION ALL SELECT 'cd'::char(4)) s ORDER BY 1;
SELECT CASE WHEN id < 3 THEN c ELSE v END || '|' FROM s29_s ORDER BY id;
SELECT coalesce(c, 'none') || '|', coalesce(v, 'none') || '|' FROM s29_s ORDER BY id;
SELECT c = 'ab', c = 'ab  ', c || 'x', c::text || 'x', concat(c, 'x'), c < 'ab ' FROM s29_s WHERE id = 1;
SELECT 'ab'::char(4) = 'ab'::varchar, 'ab '::varchar = 'ab'::varchar, 'ab'::char(2) < 'ab '::char(3), 'ab'::char(4) LIKE 'ab';
SELECT 'ab'::char(4) LIKE 'ab%', 'ab'::char(4) ~ 'b$', length('ab'::char(4) || 'c'), upper('ab'::char(4)) || '|';
-- @must
SELECT c, count(*) FROM (VALUES ('a'::char(3)), ('a  '), ('a')) t(c) GROUP BY c;
SELECT DISTINCT v FROM (VALUES ('a'::varchar(3)), ('a  '), ('a')) t(v) ORDER BY v;
SELECT id FROM s29_s WHERE c = 'zz' ORDER BY id;
SELECT id FROM s29_s WHERE c IN ('ab', 'x  ') ORDER BY id;
SELECT max(c) || '|', min(c) || '|' FROM s29_s;
SELECT string_agg(c, ',' ORDER BY id) FROM s29_s;
SELECT CASE n WHEN 3 THEN 'three' WHEN -7 THEN 'minus' END, CASE WHEN n > 0 THEN 'pos' WHEN n < 0 THEN 'neg' ELSE 'zero' END FROM s29_t ORDER BY id;
SELECT CASE 1 WHEN 1.0 THEN 'eq' ELSE 'ne' END, CASE 'a' WHEN 'a ' THEN 'eq' ELSE 'ne' END, CASE 'a'::char(2) WHEN 'a' THEN 'eq' ELSE 'ne' END;
SELECT greatest(1, 2.50, NULL), least('b', 'a', NULL), greatest(NULL::int, NULL), least(x, 0) FROM s29_t ORDER BY id;
SELECT nullif(1, 1.0), nullif('a', 'b'), nullif(n, 3) FROM s29_t ORDER BY id;
SELECT CASE WHEN true THEN 'a' ELSE 1 END;
SELECT CASE WHEN false THEN 1 ELSE 'x' END;
SELECT ARRAY[1, 2.50], ARRAY[1::int, 2::bigint], pg_typeof(ARRAY[1, 2.5]);
-- aggregates over empty inputs and NULLs
SELECT sum(v), avg(v), min(v), max(v), count(v), count(*) FROM s29_e;
SELECT sum(x), avg(x), bool_and(b), bool_or(b), every(b), array_agg(v), string_agg(s, ',') FROM s29_e;
SELECT coalesce(sum(v), 0), coalesce(array_agg(v), '{}') FROM s29_e;
SELECT id, sum(v) FROM s29_e GROUP BY id;
SELECT sum(v) FROM s29_e HAVING count(*) = 0;
SELECT count(*) FROM s29_e HAVING sum(v) IS NULL;
INSERT INTO s29_e VALUES (1, 1, 1.5, true, 'b'), (1, 2, NULL, NULL, NULL), (2, NULL, 2.25, false, 'a'), (2, 4, 3, true, 'c'), (3, NULL, NULL, NULL, NULL);
SELECT avg(v), avg(v::bigint), avg(v::smallint), avg(x), avg(v::float8), avg(v::numeric(10,2)) FROM s29_e;
SELECT avg(v) FROM (VALUES (1), (2)) t(v);
SELECT avg(v) FROM (VALUES (1), (1), (1)) t(v);
SELECT avg(v) FROM (VALUES (2), (4)) t(v);
SELECT avg(v), sum(v) FROM (VALUES (1.50), (2.25)) t(v);
SELECT avg(v) FROM (VALUES (1.0), (2.0), (2.0)) t(v);
SELECT id, avg(v), sum(x), bool_and(b), bool_or(b), count(b) FROM s29_e GROUP BY id ORDER BY id;
SELECT array_agg(v), array_agg(v ORDER BY v), array_agg(v ORDER BY v DESC NULLS LAST), array_agg(v ORDER BY v NULLS FIRST) FROM s29_e;
SELECT array_agg(s ORDER BY s), string_agg(s, ',' ORDER BY s DESC), string_agg(s, '') FROM s29_e;
SELECT array_agg(DISTINCT v), array_agg(DISTINCT v ORDER BY v DESC), count(DISTINCT v), count(DISTINCT id) FROM s29_e;
SELECT count(DISTINCT (id, v)), count((id, v)), count(ROW(NULL, NULL)), count(*) FROM s29_e;
SELECT count(DISTINCT ROW(v, s)) FROM s29_e;
SELECT count(DISTINCT (v, b)) FROM s29_e;
SELECT string_agg(DISTINCT s, ',' ORDER BY s) FROM s29_e;
SELECT string_agg(v::text, ',') FILTER (WHERE v > 1), array_agg(x) FILTER (WHERE x IS NOT NULL) FROM s29_e;
SELECT id, array_agg(x ORDER BY x NULLS FIRST) FROM s29_e GROUP BY id ORDER BY id;
SELECT sum(x), sum(x) / count(*), max(x) - min(x) FROM s29_e;
SELECT id, json_agg(v ORDER BY v), jsonb_agg(x) FROM s29_e GROUP BY id ORDER BY id;
SELECT min(b), max(b) FROM s29_e;
SELECT bool_and(b) FILTER (WHERE id = 3), bool_or(b) FILTER (WHERE id = 2) FROM s29_e;
SELECT count(*) FILTER (WHERE false), sum(v) FILTER (WHERE false), array_agg(v) FILTER (WHERE false) FROM s29_e;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v), percentile_disc(0.5) WITHIN GROUP (ORDER BY v), mode() WITHIN GROUP (ORDER BY id) FROM s29_e;
SELECT stddev(v), variance(v), stddev_pop(v), var_samp(x) FROM s29_e;
SELECT stddev(v) FROM (VALUES (1)) t(v);
-- DISTINCT / GROUP BY on floats
SELECT DISTINCT f FROM s29_f ORDER BY f;
SELECT f, count(*) FROM s29_f GROUP BY f ORDER BY f;
SELECT r, count(*) FROM s29_f GROUP BY r ORDER BY r;
SELECT count(DISTINCT f), count(DISTINCT r) FROM s29_f;
SELECT f FROM s29_f WHERE id IN (1, 2) UNION SELECT f FROM s29_f WHERE id IN (1, 2);
SELECT f FROM s29_f WHERE id IN (3, 10) UNION SELECT 'NaN'::float8;
SELECT f FROM s29_f WHERE id = 1 INTERSECT SELECT '-0'::float8;
SELECT f FROM s29_f WHERE id IN (3, 4, 6) EXCEPT SELECT 'NaN'::float8 ORDER BY 1;
SELECT DISTINCT ON (f) f, id FROM s29_f ORDER BY f, id;
SELECT array_agg(DISTINCT f) FROM s29_f;
SELECT f = ANY (ARRAY['NaN'::float8]), f IN (0, 'NaN') FROM s29_f ORDER BY id;
SELECT id FROM s29_f WHERE f IN (SELECT f FROM s29_f WHERE id = 3) ORDER BY id;
SELECT a.id, b.id FROM s29_f a JOIN s29_f b ON a.f = b.f AND a.id < b.id ORDER BY 1, 2;
SELECT v, count(*) FROM (VALUES (0.1::float8 + 0.2::float8), (0.3::float8), (0.30::float8)) t(v) GROUP BY v ORDER BY v;
SELECT v, count(*) FROM (VALUES (1.0), (1.00), (1)) t(v) GROUP BY v;
SELECT DISTINCT v FROM (VALUES (1.0), (1.00), (1)) t(v);
SELECT v FROM (VALUES (2.0), (2)) t(v) UNION SELECT 2.000;
-- parameters through the extended protocol
-- params: ["héllo", 3]
SELECT left($1, $2::int), right($1, -$2::int), lpad($1, $2 + 4, '·');
-- params: [" 12 "]
SELECT $1::int + 1;
-- params: ["1e3"]
SELECT $1::int;
-- params: ["yes"]
SELECT $1::boolean;
-- params: ["2147483647"]
SELECT $1::int + 1;
-- params: ["-0"]
SELECT $1::float8, $1::float8 = 0;
-- params: ["2024-01-31", "1 month"]
SELECT $1::date + $2::interval;
-- params: ["#"]
SELECT id FROM s29_s WHERE s LIKE 'a#%b%' ESCAPE $1 ORDER BY id;
-- params: ["ab"]
SELECT id FROM s29_s WHERE c = $1 ORDER BY id;
-- params: ["ab"]
SELECT id FROM s29_s WHERE c = $1::char(4) ORDER BY id;
-- params: ["%I-%L", "x y", "it's"]
SELECT format($1, $2, $3);
-- params: [-7, 2]
SELECT $1::int / $2::int, $1::int % $2::int;
-- params: ["1.50"]
SELECT avg(v) FROM (VALUES ($1::numeric), (2)) t(v);
-- params: ["a,b,c", -2]
SELECT split_part($1, ',', $2);
-- found while fixing: text made of a stored numeric outside the select list's own spine, justify_*
-- with mixed signs, set operations of unnamed columns under a column list
-- @must
SELECT id FROM s29_t WHERE x || '' = '10.0';
-- @must
SELECT id FROM s29_t WHERE format('%s', x) LIKE '%.50' ORDER BY id;
-- @must
SELECT id, upper(x || 'e'), length(x || ''), lower(format('%s', x)), replace(x || '', '.', ',') FROM s29_t ORDER BY id;
-- @must
SELECT CASE WHEN x || '' LIKE '%.0' THEN 'whole' ELSE 'frac' END FROM s29_t ORDER BY id;
-- @must
SELECT string_agg(format('%s', x), ',' ORDER BY id), string_agg(g || '=' || x, ';' ORDER BY id), array_agg(concat(x, '') ORDER BY id) FROM s29_t;
-- @must
SELECT g, string_agg(x || '', ',' ORDER BY id), max(x || ''), min(format('%s', x)) FROM s29_t GROUP BY g HAVING string_agg(x || '', ',') LIKE '%0%' ORDER BY g;
-- @must
SELECT string_agg(x || '', ',') OVER (ORDER BY id) FROM s29_t ORDER BY id;
-- @must
SELECT justify_hours(interval '1 day -3 hours'), justify_hours(interval '-1 day 3 hours'), justify_hours(interval '-60 days 80 hours');
-- @must
SELECT justify_days(interval '1 mon -35 days'), justify_days(interval '-1 mon 10 days'), justify_days(interval '2 mons -10 days');
-- @must
SELECT id, justify_hours(iv * 20), justify_days(iv * 30) FROM s29_d ORDER BY id;
-- @must
SELECT a, b FROM (SELECT 1.50, 2.0 UNION ALL SELECT 2.0, 3.000) s(a, b) ORDER BY a;
-- @must
WITH c(a, b) AS (SELECT 1.50, 2.0 UNION ALL SELECT 2.0, 3.000) SELECT a + b, a FROM c ORDER BY a;
SELECT * FROM (SELECT 1.50, 2.0 UNION ALL SELECT 2.0, 3.000) s ORDER BY 1;
-- @must
SELECT g, array_to_string(array_agg(x ORDER BY id), ';') FROM s29_t GROUP BY g ORDER BY g;
-- @must
SELECT id FROM s29_t WHERE array_to_string(ARRAY[x], '') = '10.0';
-- @must
SELECT jsonb_build_object('v', x) ->> 'v', json_build_object('v', x) -> 'v' FROM s29_t ORDER BY id;
-- @must
SELECT quote_literal(x), quote_nullable(x) FROM s29_t ORDER BY id;
-- @must
SELECT ARRAY[x]::text[], ARRAY[x, 1.0]::varchar[], (ARRAY[x]::text[])[1] || '!' FROM s29_t ORDER BY id;
-- @must
SELECT array_agg(x ORDER BY id)::text[] FROM s29_t;
-- @must
SELECT x * 2, count(*) FROM s29_t GROUP BY 1 ORDER BY 1;
-- @must
SELECT x * 2 AS d, count(*) FROM s29_t GROUP BY d ORDER BY d;
-- @must
SELECT DISTINCT x * 1, abs(x) FROM s29_t ORDER BY 1;
