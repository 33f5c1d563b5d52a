-- The twenty-fourth session's hunt for silent wrong answers: window peers and frames over NULLs and
-- ties, GROUPING SETS/ROLLUP/CUBE with grouping(), DISTINCT ON, NULLS FIRST/LAST and text ordering,
-- multibyte string functions, integer overflow, signed division, text-to-number casts, date/time
-- across month ends, intervals, booleans, bytea, generate_series, arrays with other lower bounds,
-- row comparisons and COALESCE/NULLIF type resolution.
CREATE TABLE s24_w (id int PRIMARY KEY, g text, v int, f float8, n numeric);
INSERT INTO s24_w VALUES (1, 'a', 10, 1.5, 1.10), (2, 'a', 10, NULL, 2.5), (3, 'a', NULL, 3, NULL), (4, 'b', 5, 4.25, 0), (5, 'b', 7, 4.25, -1.5), (6, NULL, 7, NULL, 3), (7, 'b', NULL, 0, 10.000), (8, NULL, NULL, -2, NULL);
-- @must
SELECT id, v, rank() OVER (ORDER BY v), dense_rank() OVER (ORDER BY v) FROM s24_w ORDER BY id;
SELECT id, v, rank() OVER (ORDER BY v DESC NULLS LAST) FROM s24_w ORDER BY id;
SELECT id, v, row_number() OVER (PARTITION BY g ORDER BY v NULLS FIRST, id) FROM s24_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v) FROM s24_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM s24_w ORDER BY v, id;
SELECT id, count(v) OVER (ORDER BY v RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM s24_w ORDER BY id;
SELECT id, count(*) OVER (ORDER BY v RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM s24_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v NULLS FIRST RANGE BETWEEN 3 PRECEDING AND CURRENT ROW) FROM s24_w ORDER BY id;
SELECT id, avg(v) OVER (PARTITION BY g) FROM s24_w ORDER BY id;
SELECT id, first_value(v) OVER (ORDER BY v DESC), last_value(v) OVER (ORDER BY v DESC) FROM s24_w ORDER BY id;
SELECT id, lag(v, 1, -1) OVER (ORDER BY id), lead(v, 2) OVER (ORDER BY id) FROM s24_w ORDER BY id;
SELECT id, nth_value(v, 2) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM s24_w ORDER BY id;
SELECT id, percent_rank() OVER (ORDER BY v), cume_dist() OVER (ORDER BY v) FROM s24_w ORDER BY id;
SELECT id, ntile(3) OVER (ORDER BY v, id) FROM s24_w ORDER BY id;
SELECT id, sum(f) OVER (ORDER BY f GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s24_w ORDER BY id;
SELECT id, sum(v) OVER (ORDER BY v ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM s24_w ORDER BY v, id;
SELECT id, max(n) OVER (ORDER BY n RANGE BETWEEN 1.5 PRECEDING AND 1.5 FOLLOWING) FROM s24_w ORDER BY id;
SELECT id, sum(n) OVER w, count(n) OVER w FROM s24_w WINDOW w AS (PARTITION BY g ORDER BY id) ORDER BY id;
SELECT g, v, sum(v) OVER (PARTITION BY g ORDER BY v RANGE UNBOUNDED PRECEDING) FROM s24_w ORDER BY g NULLS FIRST, v NULLS FIRST, id;
SELECT id, v, count(*) FILTER (WHERE v > 5) OVER (ORDER BY id) FROM s24_w ORDER BY id;
SELECT id, string_agg(g, ',') OVER (ORDER BY id) FROM s24_w ORDER BY id;
SELECT id, array_agg(v) OVER (ORDER BY v NULLS FIRST, id ROWS 2 PRECEDING) FROM s24_w ORDER BY v NULLS FIRST, id;
-- params: [2]
SELECT id, lag(v, $1::int) OVER (ORDER BY id) FROM s24_w ORDER BY id;
SELECT id, rank() OVER (ORDER BY f NULLS FIRST), dense_rank() OVER (ORDER BY g DESC) FROM s24_w ORDER BY id;
SELECT sum(v) OVER (), avg(n) OVER () FROM s24_w LIMIT 2;
SELECT id, avg(v) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s24_w ORDER BY id;
-- grouping sets
-- @must
SELECT g, v, count(*), grouping(g, v) FROM s24_w GROUP BY ROLLUP (g, v) ORDER BY g NULLS FIRST, v NULLS FIRST, 4;
SELECT g, v, sum(n) FROM s24_w GROUP BY CUBE (g, v) ORDER BY 1, 2, 3;
SELECT g, grouping(g), count(v) FROM s24_w GROUP BY GROUPING SETS ((g), ()) ORDER BY 1 NULLS FIRST, 2;
SELECT g, v, grouping(v), grouping(g) FROM s24_w GROUP BY GROUPING SETS (g, v) ORDER BY 3, 4, 1, 2;
SELECT CASE WHEN grouping(g) = 1 THEN 'total' ELSE coalesce(g, '(null)') END AS label, sum(v) FROM s24_w GROUP BY ROLLUP (g) ORDER BY 1;
SELECT g, count(*) FROM s24_w GROUP BY ROLLUP (g) HAVING count(*) > 2 ORDER BY 1;
SELECT g, v, count(*) FROM s24_w GROUP BY g, ROLLUP (v) ORDER BY 1, 2, 3;
SELECT g, avg(v), grouping(g) FROM s24_w GROUP BY CUBE (g) ORDER BY 3, 1;
SELECT g, v, count(*) FROM s24_w GROUP BY GROUPING SETS ((g, v), (g), ()) ORDER BY 1, 2, 3;
SELECT g, sum(v), rank() OVER (ORDER BY sum(v) DESC NULLS LAST) FROM s24_w GROUP BY ROLLUP (g) ORDER BY 3, 1;
SELECT grouping(g, v, id) FROM s24_w GROUP BY GROUPING SETS ((g), (v), (id), ()) ORDER BY 1 LIMIT 5;
SELECT g, count(DISTINCT v) FROM s24_w GROUP BY ROLLUP (g) ORDER BY 1;
-- distinct on
-- @must
SELECT DISTINCT ON (g) g, id, v FROM s24_w ORDER BY g, v DESC NULLS LAST, id;
SELECT DISTINCT ON (g) g, id FROM s24_w ORDER BY g NULLS FIRST, id DESC;
SELECT DISTINCT ON (v) v, id FROM s24_w ORDER BY v, id;
SELECT DISTINCT ON (g, v) g, v, id FROM s24_w ORDER BY g, v, id;
SELECT DISTINCT ON (f) f FROM s24_w ORDER BY f DESC;
SELECT DISTINCT ON (g) g, n FROM s24_w ORDER BY g, n NULLS FIRST LIMIT 2;
SELECT DISTINCT ON (g) g, v FROM s24_w ORDER BY v, g;
SELECT DISTINCT g FROM s24_w ORDER BY g NULLS FIRST;
SELECT DISTINCT v, g FROM s24_w ORDER BY 1 DESC, 2;
-- ordering of text
CREATE TABLE s24_t (id int PRIMARY KEY, s text);
INSERT INTO s24_t VALUES (1, 'apple'), (2, 'Apple'), (3, 'äpple'), (4, 'apple-pie'), (5, 'apple pie'), (6, 'APPLE'), (7, '_apple'), (8, ''), (9, NULL), (10, 'Zebra'), (11, 'zebra'), (12, 'éclair'), (13, 'eclair'), (14, '10'), (15, '9'), (16, '日本語'), (17, 'Ａ');
-- @must
SELECT id, s FROM s24_t ORDER BY s, id;
SELECT id FROM s24_t ORDER BY s DESC NULLS LAST, id;
SELECT id FROM s24_t ORDER BY s NULLS FIRST, id;
SELECT id FROM s24_t ORDER BY lower(s), id;
SELECT id FROM s24_t ORDER BY upper(s), id;
SELECT min(s), max(s) FROM s24_t;
SELECT s < 'apple', s > 'Z' FROM s24_t ORDER BY id;
SELECT id FROM s24_t WHERE s BETWEEN 'A' AND 'a' ORDER BY id;
SELECT id FROM s24_t ORDER BY s COLLATE "C", id;
SELECT upper(s), lower(s) FROM s24_t WHERE s ~ '^[ -~]*$' ORDER BY id;
SELECT initcap(s) FROM s24_t WHERE s ~ '^[ -~]*$' ORDER BY id;
SELECT string_agg(s, '|' ORDER BY s DESC) FROM s24_t;
SELECT id FROM s24_t WHERE s ILIKE 'APPLE%' ORDER BY id;
SELECT id FROM s24_t WHERE s ~* '^E' ORDER BY id;
SELECT id FROM s24_t WHERE lower(s) = 'äpple';
SELECT upper('straße x'), lower('ISTANBUL');
-- multibyte strings
-- @must
SELECT length('日本語テキスト'), octet_length('日本語テキスト'), bit_length('é'), char_length('naïve');
SELECT substr('héllo wörld', 2, 4), substr('héllo', 0, 3), substr('héllo', -1, 3), substring('héllo' from 3);
SELECT substr('abc', 2, -1);
SELECT position('ö' in 'héllo wörld'), strpos('日本語', '語'), position('' in 'abc');
SELECT left('héllo', 2), left('héllo', -2), right('héllo', 2), right('héllo', -2), left('ab', 0);
SELECT lpad('日本', 5, 'ab'), rpad('日本', 5, '語'), lpad('héllo', 3), rpad('x', 4, ''), lpad('x', -1);
SELECT lpad('abc', 2147483647, 'x') IS NULL;
SELECT rpad('abc', 600000000) IS NULL;
SELECT initcap('hello WORLD foo-bar o''neil 3rd a_b x1y'), initcap('ECOLE normale');
SELECT split_part('a,b,c', ',', -1), split_part('a,b,c', ',', -3), split_part('a,b,c', ',', -4), split_part('a,b,c', ',', 4);
SELECT split_part('日本|語|テ', '|', 2), split_part('abc', '', 1), split_part('', ',', 1);
SELECT split_part('a,b', ',', 0);
SELECT reverse('héllo'), repeat('é', 3), repeat('x', -1), replace('ababab', 'ab', 'é');
SELECT translate('héllo', 'él', 'EL'), translate('abc', 'abc', 'x');
SELECT overlay('héllo' placing 'XY' from 2 for 3), overlay('abc' placing 'Z' from 5);
SELECT btrim('  é x  '), ltrim('xxéxx', 'x'), rtrim('héé', 'é'), trim(both 'é' from 'ééaé');
SELECT ascii('é'), chr(233), chr(26085), ascii('');
SELECT chr(0);
SELECT md5('é'), encode('é'::bytea, 'hex'), encode(convert_to('é', 'UTF8'), 'base64');
SELECT starts_with('héllo', 'hé'), 'héllo' LIKE 'h_llo', 'héllo' LIKE 'h__llo';
SELECT regexp_replace('Hello World', 'o', '0', 'g'), regexp_replace('Hello World', 'O', '0', 'gi'), regexp_replace('Hello', 'l', 'L');
SELECT regexp_replace('abc abc', '(a)(b)', '\2\1', 'g'), regexp_replace('aaa', 'a*?', 'X', 'g');
SELECT regexp_match('foo123bar45', '(\d+)'), regexp_match('foo', '(\d+)'), regexp_match('FOO', 'o+', 'i');
SELECT regexp_matches('a1b22c333', '\d+', 'g');
SELECT array_agg(m) FROM regexp_matches('k=v; x=y', '(\w)=(\w)', 'g') AS m;
SELECT regexp_split_to_array('a, b,c ,d', '\s*,\s*'), regexp_split_to_array('héllo', '');
SELECT regexp_split_to_table('one  two', '\s+');
SELECT 'abc' ~ 'B', 'abc' ~* 'B', 'abc' !~ 'b', 'ab\nc' ~ 'b.c';
SELECT regexp_replace(E'line1\nline2', '^l', 'L', 'gn'), regexp_replace(E'a\nb', '.', 'x', 'g');
SELECT regexp_count('ababab', 'ab');
-- @must
SELECT 'x' ~ '\y', 'foo bar' ~ '\mbar\M', 'abc' ~ '\Aab', 'ab' ~ 'a\Z', 'a b' ~ 'a\b', 'a\b' ~ 'a\Bb', 'foobar' ~ '[[:<:]]bar', 'foo bar' ~ '[[:<:]]bar[[:>:]]';
SELECT regexp_replace('foo bar', '\y', '|', 'g'), regexp_replace('foo bar', '\M', '>', 'g'), regexp_replace('a-b_c', '\Y', '.', 'g'), regexp_replace('one two', '\m(\w)', '<\1>', 'g');
SELECT 'q' ~ '\q';
SELECT 'a]' ~ '[]]', ']' ~ '^[^]]$', 'a{,3}' ~ 'a{,3}', 'aaa' ~ '^a{2,}$';
SELECT 'a{1' ~ 'a{1';
SELECT 'a.b' ~ '[.]', 'a-b' ~ '[a\-z]', '^' ~ '[\^]', 'x' ~ '[[:alpha:][:digit:]]';
SELECT 'abab' ~ '^(ab)\1$', 'foo' ~ '(?=f)foo', 'foo' ~ 'f(?!x)', 'xfoo' ~ '(?<=x)f', 'foo' ~ '(?<!x)f';
-- params: ["a]", "[]]"]
SELECT $1 ~ $2, regexp_replace($1, $2, '!');
SELECT substring('hello world' from '\m(w\w*)'), regexp_match('x=1, y=22', '\y(\d+)\Z'), 'ab' ~* '\mAB\M';
-- params: ["foo bar", "\\mbar"]
SELECT $1 ~ $2, regexp_replace($1, '\y', '|', 'g');
SELECT substring('foobar' from 'o(.)b'), substring('foobar' from '#"o_b#"%' for '#'), substring('héllo' similar 'h%' escape '\');
SELECT quote_literal('it''s'), quote_ident('Hello'), quote_ident('abc'), quote_nullable(NULL);
SELECT concat('a', NULL, 1, 2.50, true), concat_ws('-', 'a', NULL, 'b'), 'a' || NULL;
SELECT format('%s|%I|%L|%5s|%-5s|', 'x', 'Y z', NULL, 'ab', 'cd');
SELECT to_hex(255), to_hex(-1), to_hex(9223372036854775807);
-- params: ["日本語テキスト", 3]
SELECT left($1, $2::int), length($1), substr($1, $2::int);
-- params: ["a,b,c", -2]
SELECT split_part($1, ',', $2);
-- integer overflow
-- @must
SELECT 2147483647 + 1;
SELECT 2147483647::int4 + 1::int4;
SELECT (-2147483648)::int4 - 1;
SELECT 32767::int2 + 1::int2;
SELECT 32767::int2 * 2::int2;
SELECT (-32768)::int2 / (-1)::int2;
SELECT (-2147483648)::int4 / (-1)::int4;
SELECT (-2147483648)::int4 % (-1)::int4;
SELECT (-9223372036854775808)::int8 / -1;
SELECT (-9223372036854775808)::int8 % -1;
SELECT 9223372036854775807::int8 + 1;
SELECT 9223372036854775807::int8 * 2;
SELECT -(-2147483648)::int4;
SELECT abs((-2147483648)::int4);
SELECT abs((-32768)::int2);
SELECT @ (-9223372036854775808)::int8;
SELECT 100000::int4 * 100000::int4;
SELECT 100000 * 100000;
SELECT 2147483647::int4 + 1::int8;
SELECT 1::int2 << 20, 1 << 31, 1 << 32, 1::int8 << 63;
SELECT 32767::int2 + 1;
SELECT 40000::int2;
SELECT '40000'::int2;
SELECT 2147483648::int4;
SELECT 3000000000::int8::int4;
SELECT 1e10::int4;
SELECT 2147483647.5::int4, 2147483646.5::int4, (-2.5)::int4, 2.5::int4, 3.5::int2;
SELECT 2.5::float8::int4, 3.5::float8::int4, (-2.5)::float8::int8, 0.5::float4::int2;
SELECT 'NaN'::float8::int4;
SELECT 'Infinity'::float8::int8;
SELECT 'NaN'::numeric::int4;
CREATE TABLE s24_i (id int PRIMARY KEY, a int4, b int8, c int2);
INSERT INTO s24_i VALUES (1, 2147483647, 9223372036854775807, 32767), (2, 2147483647, 9223372036854775807, 32767), (3, -5, -7, -3), (4, NULL, NULL, NULL);
-- @must
SELECT sum(a), sum(b), sum(c) FROM s24_i;
SELECT avg(a), avg(b), avg(c) FROM s24_i;
SELECT pg_typeof(sum(a)), pg_typeof(sum(b)), pg_typeof(sum(c)), pg_typeof(avg(c)) FROM s24_i;
SELECT sum(a) OVER (ORDER BY id), sum(b) OVER (ORDER BY id) FROM s24_i ORDER BY id;
SELECT a + a FROM s24_i WHERE id = 1;
SELECT b + 1 FROM s24_i WHERE id = 1;
SELECT c + c FROM s24_i WHERE id = 1;
SELECT a * 2::int8 FROM s24_i WHERE id = 1;
SELECT -a, -b, -c FROM s24_i WHERE id = 3;
SELECT a / 2, b / 2, c / 2, a % 7, b % 7 FROM s24_i ORDER BY id;
SELECT stddev(a), variance(c), stddev_pop(b) FROM s24_i;
SELECT sum(a::int8) FROM s24_i;
SELECT max(a) + 1 FROM s24_i;
SELECT count(*) * 2147483647 FROM s24_i;
UPDATE s24_i SET a = a + 1 WHERE id = 1;
SELECT a FROM s24_i ORDER BY id;
INSERT INTO s24_i VALUES (5, 2147483648, 0, 0);
INSERT INTO s24_i VALUES (6, 0, 0, 32768);
SELECT bit_and(a), bit_or(c), bit_xor(b) FROM s24_i;
SELECT 7 / 2, -7 / 2, 7 / -2, -7 / -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3;
SELECT -7::int8 / 2, (-7)::int2 % 3::int2, (-7)::int8 % 3;
SELECT 7.0 / 2, -7.0 / 2, -7.5 % 2, 7.5 % -2, mod(-7, 3), mod(-7.5, 2), div(-7, 2), div(-7.5, 2);
SELECT -7.0::float8 / 2, mod(-7::int8, 3::int8);
SELECT 1 / 0;
SELECT 1.0 / 0;
SELECT 1::float8 / 0;
SELECT 5 % 0;
SELECT 0.0 / 0.0;
SELECT 'NaN'::float8 / 0;
SELECT 'Infinity'::float8 / 'Infinity'::float8, 'Infinity'::float8 - 'Infinity'::float8, 'Infinity'::float8 * 0;
SELECT 'NaN'::numeric + 1, 'NaN'::numeric = 'NaN'::numeric, 'NaN'::float8 > 1e308::float8;
SELECT 1e308::float8 * 10;
SELECT 1e-320::float8;
SELECT 2 ^ 10, 2 ^ -1, (-8) ^ (1.0/3);
SELECT 10 ^ 400;
SELECT 10::numeric ^ 400 > 0;
SELECT factorial(21), factorial(0);
SELECT gcd(-12, 18), lcm(4, 6), gcd(0, 0), gcd((-2147483648)::int4, 0);
SELECT ln(1e-100), log(1e-300), log(2, 1e-400);
SELECT sqrt(1e-400), exp(-200::numeric), power(10::numeric, -350), 1e-300 * 1e-300;
-- @must
SELECT sum(x) FROM (VALUES (1e308::float8), (1e308)) v(x);
SELECT sum(x) OVER (ORDER BY x) FROM (VALUES (1e308::float8), (1e308)) v(x);
SELECT sum(x), avg(x) FROM (VALUES (1e308::float8), ('Infinity')) v(x);
SELECT avg(x) FROM (VALUES (1e200::float8), (-1e200)) v(x);
SELECT sum(x) FROM (VALUES (3e38::float4), (3e38::float4)) v(x);
SELECT 1e308::float8 + 1e308::float8;
-- params: [1e308, 1e308]
SELECT $1::float8 + $2::float8;
-- casts from text
-- @must
SELECT ' 12 '::int4, '+12'::int4, '-0'::int4, '0012'::int8, '  -5'::int2;
SELECT '1e3'::int4;
SELECT '1.5'::int4;
SELECT ''::int4;
SELECT '12abc'::int4;
SELECT '0x1F'::int4;
SELECT '1_000'::int4;
SELECT ' 1.50 '::numeric, '+1.5'::numeric, '1e3'::numeric, '1E-3'::numeric, '.5'::numeric, '5.'::numeric, '-0.0'::numeric;
SELECT 'NaN'::numeric, 'nan'::numeric, ' NaN '::numeric;
SELECT 'Infinity'::numeric;
SELECT '-inf'::numeric;
SELECT '1e3'::float8, ' 1.5 '::float8, 'NaN'::float8, 'nan'::float8, 'Infinity'::float8, '-inf'::float8, 'infinity'::float4, '+Inf'::float8;
SELECT '1.0000001'::float4, '3.14159265358979'::float4, '1e40'::float4;
SELECT '1e400'::float8;
SELECT '1e-400'::float8;
SELECT 'abc'::float8;
SELECT '12.345'::numeric(5,2), '999.995'::numeric(5,2);
SELECT '1234.5'::numeric(5,2);
SELECT 12.345::numeric(4,0), 0.5::numeric(1,0), 1.5::numeric(1,0), (-0.5)::numeric(1,0);
SELECT 1.25::float8::numeric(3,1), 1.35::float4::numeric(3,1), 0.1::float4::float8, 0.1::float4::numeric;
SELECT 12345678901234567890::numeric::float8, 1.1::float8::text, 100000000000000000000::float8::text, 1e15::float8, 1e16::float8, 123456789012345.6::float8;
SELECT 0.1::float8 + 0.2::float8, 1/3::float8, 2::float4 / 3::float4;
SELECT (-0.0)::float8, -0.0::float8, 0.0::float8 * -1;
SELECT 1.5::text::int4;
SELECT '12'::text::int4 + 1, 12::text || 'x', 1.50::text, 1.5::float8::text, true::text, 12::int8::text;
SELECT int4 '42', numeric '0.10', float8 '1.10', int8 '-9223372036854775808';
SELECT '9223372036854775808'::int8;
SELECT '-9223372036854775809'::int8;
SELECT '  ' :: numeric;
SELECT cast('1,000' as numeric);
SELECT '$1.50'::money;
-- params: ["42", " 7 ", "1.50"]
SELECT $1::int4 + 1, $2::int8, $3::numeric;
-- params: ["1e3"]
SELECT $1::float8, $1::numeric;
-- params: ["1e3"]
SELECT $1::int4;
-- booleans
-- @must
SELECT 't'::bool, 'TRUE'::bool, ' yes '::bool, 'on'::bool, '1'::bool, 'f'::bool, 'no'::bool, 'off'::bool, '0'::bool, 'Tr'::bool, 'of'::bool;
SELECT 'y'::bool, 'n'::bool, 'ye'::bool;
SELECT 'o'::bool;
SELECT 'maybe'::bool;
SELECT '2'::bool;
SELECT 1::bool, 0::bool, 5::bool;
SELECT true::int, false::int4;
SELECT true AND NULL, false AND NULL, true OR NULL, NOT NULL::bool, NULL::bool IS UNKNOWN, NULL::bool IS NOT TRUE;
SELECT true > false, bool_and(x), bool_or(x), every(x) FROM (VALUES (true), (NULL), (false)) v(x);
SELECT true::text, false::varchar, true || '';
-- params: ["yes", "0"]
SELECT $1::bool, $2::bool;
-- bytea
-- @must
SELECT '\x414243'::bytea, 'abc'::bytea, '\\'::bytea, 'a\\b'::bytea, '\101'::bytea;
SELECT E'\\xDEADbeef'::bytea, length('\x00ff'::bytea), octet_length('é'::bytea);
SELECT '\x4'::bytea;
SELECT '\xzz'::bytea;
SELECT '\8'::bytea;
SELECT 'abc'::bytea || '\x00'::bytea, substring('\x01020304'::bytea from 2 for 2), position('\x03'::bytea in '\x01020304'::bytea);
SELECT get_byte('\x0102'::bytea, 1), set_byte('\x0102'::bytea, 0, 255), get_bit('\x80'::bytea, 7);
SELECT encode('\x00ff10'::bytea, 'escape'), encode('a\\b'::bytea, 'escape'), decode('AP8Q', 'base64'), decode('00ff', 'hex');
SELECT decode('\\001abc', 'escape');
SELECT '\x61'::bytea::text, convert_from('\xc3a9'::bytea, 'UTF8');
SELECT '\x0102'::bytea < '\x02'::bytea, '\x'::bytea = ''::bytea, md5('\x00'::bytea);
SELECT sha256('abc'::bytea);
-- @must
SELECT 'x' || '\x00'::bytea, '\x01'::bytea || 'y', '\x01'::bytea || '\x02', 'x' || NULL::bytea, NULL || '\x01'::bytea;
SELECT 'abc' || 'def', 'x' || 1, '\x01'::bytea || '\x02'::bytea;
SELECT length('\x01'::bytea || '\x0203'), ('\x01'::bytea || '\x02') = '\x0102'::bytea;
-- generate_series
-- @must
SELECT * FROM generate_series(1, 10, 3);
SELECT * FROM generate_series(10, 1, -4);
SELECT * FROM generate_series(1, 3, -1);
SELECT count(*) FROM generate_series(5, 5);
SELECT * FROM generate_series(1, 5, 0);
SELECT * FROM generate_series(0.5, 2, 0.5);
SELECT * FROM generate_series(1.1, 2.0, 0.3);
SELECT * FROM generate_series(1::numeric, 2, 0.25);
SELECT * FROM generate_series('2024-01-30'::date, '2024-05-01'::date, '1 month');
SELECT * FROM generate_series('2024-01-31'::timestamp, '2024-06-01', '1 month');
SELECT * FROM generate_series('2024-03-09 12:00'::timestamp, '2024-03-11 12:00', '12 hours');
SELECT * FROM generate_series('2024-01-01 00:00+00'::timestamptz, '2024-01-01 03:00+00', '90 minutes');
SELECT * FROM generate_series('2024-01-03'::timestamp, '2024-01-01', '-1 day');
SELECT * FROM generate_series('2024-01-01'::timestamp, '2024-01-02', '0 days');
SELECT * FROM generate_series(1, 3) WITH ORDINALITY AS t(x, n);
SELECT x, pg_typeof(x) FROM generate_series(1::int8, 2) x;
SELECT pg_typeof(x) FROM generate_series('2024-01-01'::date, '2024-01-01'::date, '1 day') x;
SELECT * FROM generate_series(2147483646, 2147483647);
SELECT sum(x) FROM generate_series(1, 100000) x;
SELECT generate_series(1, 3), generate_series(1, 2);
SELECT * FROM generate_series(NULL::int, 3);
-- params: [1, 7, 2]
SELECT * FROM generate_series($1::int, $2::int, $3::int);
-- dates and times
-- @must
SELECT '2024-01-31'::date + interval '1 month', '2024-03-31'::date - interval '1 month', '2023-01-31'::date + interval '1 month';
SELECT '2024-02-29'::date + interval '1 year', '2024-02-29'::timestamp - interval '1 year', '2024-02-29'::date + 365;
SELECT '2024-01-31'::timestamp + interval '1 month 1 day', '2024-01-31'::timestamp + interval '1 day 1 month';
SELECT '2024-03-10 01:30'::timestamp + interval '1 hour', '2024-03-10 01:30-05'::timestamptz + interval '1 day';
SELECT '2024-03-31'::date - '2024-02-29'::date, '2024-01-01'::date - 1, '2024-01-01'::date - '2023-12-31'::date;
SELECT '2024-03-31 10:00'::timestamp - '2024-02-29 12:00'::timestamp, '2024-01-01'::timestamp - '2023-01-01'::timestamp;
SELECT age('2024-03-31'::timestamp, '2024-02-29'::timestamp), age('2024-02-29'::timestamp, '2024-03-31'::timestamp), age('2024-01-31', '2023-02-28');
SELECT age('2024-05-31'::date, '2024-02-29'::date);
SELECT date_trunc('month', '2024-02-29 13:45'::timestamp), date_trunc('week', '2024-01-01'::timestamp), date_trunc('quarter', '2024-05-15'::date), date_trunc('year', '2024-12-31 23:59:59.999'::timestamp);
SELECT date_trunc('day', '2024-03-10 15:00+00'::timestamptz), date_trunc('hour', '2024-03-10 02:30:59.5'::timestamp);
SELECT extract(dow FROM '2024-03-10'::date), extract(isodow FROM '2024-03-10'::date), extract(week FROM '2024-12-30'::date), extract(isoyear FROM '2021-01-01'::date), extract(doy FROM '2024-12-31'::date);
SELECT extract(epoch FROM '2024-03-10 01:30'::timestamp), extract(epoch FROM interval '1 month'), extract(epoch FROM '2024-01-01'::date);
SELECT extract(century FROM '2000-12-31'::date), extract(millennium FROM '2001-01-01'::date), extract(decade FROM '1999-06-01'::date);
SELECT '2024-02-30'::date;
SELECT '2023-02-29'::date;
SELECT '2024-13-01'::date;
SELECT '24:00:00'::time, '2024-01-01 24:00'::timestamp, '23:59:60'::time;
SELECT '2024-01-01 23:59:60'::timestamp;
SELECT 'epoch'::timestamp, 'infinity'::date, '-infinity'::timestamp < '1900-01-01', 'infinity'::date + 1;
SELECT 'today'::date = current_date, 'allballs'::time;
SELECT '0001-01-01 BC'::date, '0001-01-01'::date - 1, '4713-01-01 BC'::date;
SELECT make_date(2024, 2, 29), make_date(-44, 3, 15), make_timestamp(2024, 1, 31, 23, 59, 59.999999);
SELECT make_date(2023, 2, 29);
SELECT '2024-01-31'::date + 1, '2024-12-31'::date + 1, date '2024-02-28' + 2;
SELECT '10:00'::time + interval '15 hours', '10:00'::time - '11:00'::time, '23:00'::time + '02:00'::time;
SELECT '2024-06-30'::date + '23:59'::time, ('2024-01-01'::date + 1)::text;
SELECT '2024-01-15'::date < '2024-01-15 00:00:01'::timestamp, '2024-01-15'::date = '2024-01-15 00:00'::timestamp;
SELECT to_char('2024-03-10 01:30'::timestamp, 'YYYY-MM-DD HH24:MI Day Mon'), to_char('2024-03-10'::date, 'IYYY-IW-ID');
SELECT '2024-03-10 07:30:00+00'::timestamptz AT TIME ZONE 'America/New_York', '2024-03-10 01:30'::timestamp AT TIME ZONE 'America/New_York';
SELECT '2024-03-10 02:30'::timestamp AT TIME ZONE 'America/New_York', '2024-11-03 01:30'::timestamp AT TIME ZONE 'America/New_York';
SELECT '2024-03-09 12:00 America/New_York'::timestamptz + interval '1 day';
SELECT timezone('Europe/Berlin', '2024-10-27 00:30+00'::timestamptz), timezone('UTC', '2024-10-27 02:30'::timestamp);
SELECT '2024-01-01 12:00:00.123456789'::timestamp, '12:00:00.5555555'::time, '2024-01-01 12:00:00.1234565'::timestamp;
SELECT '2024-01-01 12:00:00.9999999'::timestamp;
SELECT '2024-01-01'::timestamp(0) + interval '0.6 second', '12:34:56.789'::time(1), '2024-01-01 00:00:00.45'::timestamp(1);
SELECT date_part('month', interval '14 months'), extract(month FROM interval '-14 months'), extract(hour FROM interval '25 hours'), extract(day FROM interval '40 days');
SELECT to_timestamp(0), to_timestamp(1.5), to_timestamp(-1);
SELECT to_timestamp('Infinity'::float8), to_timestamp('-Infinity'::float8);
SELECT isfinite('infinity'::date), isfinite(interval '1 day'), isfinite('2024-01-01'::timestamp);
-- params: ["2024-01-31", "1 month"]
SELECT $1::date + $2::interval;
-- params: ["2024-02-29 12:00:00"]
SELECT $1::timestamp + interval '1 year', date_trunc('month', $1::timestamp);
-- intervals
-- @must
SELECT justify_hours(interval '27 hours'), justify_hours(interval '-27 hours'), justify_days(interval '35 days'), justify_days(interval '-35 days');
SELECT justify_interval(interval '1 month -1 hour'), justify_interval(interval '-1 month 1 day'), justify_interval(interval '1 mon -40 days 30 hours');
SELECT justify_days(interval '1 year 370 days'), justify_hours(interval '1 day 48 hours 30 minutes');
SELECT interval '1.5 months', interval '1.5 years', interval '0.5 days', interval '1.25 weeks', interval '-1.5 hours';
SELECT interval '1 day' = interval '24 hours', interval '1 month' = interval '30 days', interval '1 year' > interval '360 days';
SELECT interval '1 month' * 1.5, interval '1 day' / 3, interval '1 hour' * -2.5, interval '1 mon 1 day' / 2;
SELECT interval '3 days' / 0;
SELECT interval '100 years' * 1e10;
SELECT interval '1:30', interval '90 minutes', interval '1 day 2:03:04.5', interval 'P1Y2M3DT4H5M6S', interval '-1 day +2 hours', interval '@ 1 hour ago';
SELECT interval '1' hour, interval '1:2' minute to second, interval '2 3' day to hour;
SELECT sum(x), avg(x) FROM (VALUES (interval '1 month'), (interval '35 days'), (NULL), (interval '-2 hours')) v(x);
SELECT min(x), max(x) FROM (VALUES (interval '1 month'), (interval '30 days'), (interval '29 days 25 hours')) v(x);
SELECT interval '1 month' - interval '1 day', - interval '1 mon -1 day', interval '25 hours' + interval '1 month';
SELECT '2024-01-31'::date - interval '1 month 1 day', ('2024-03-31'::date - '1 month'::interval)::date;
SELECT date_bin('15 minutes', '2024-01-01 10:37:10'::timestamp, '2024-01-01'::timestamp), date_bin('1 hour', '2024-01-01 10:37'::timestamp, '2000-01-01 00:30'::timestamp);
SELECT interval '1 year 2 months' :: text, interval '-0.001 seconds', interval '1 millisecond' * 1000;
-- arrays with other bounds
SELECT ('[0:2]={1,2,3}'::int[])[0], ('[0:2]={1,2,3}'::int[])[3], array_lower('[0:2]={1,2,3}'::int[], 1), array_upper('[0:2]={1,2,3}'::int[], 1);
SELECT '[0:2]={1,2,3}'::int[], array_dims('[0:2]={1,2,3}'::int[]), array_length('[-2:0]={a,b,c}'::text[], 1), cardinality('[5:6]={1,2}'::int[]);
SELECT ('[0:2]={1,2,3}'::int[])[1:2], ('[0:4]={1,2,3,4,5}'::int[])[:1], ('[0:4]={1,2,3,4,5}'::int[])[3:];
SELECT ('[-2:0]={a,b,c}'::text[])[-1], ('{1,2,3}'::int[])[0], ('{1,2,3}'::int[])[2:1], ('{1,2,3}'::int[])[-5:2];
SELECT array_dims(('[0:4]={1,2,3,4,5}'::int[])[1:3]), array_lower(('[3:5]={7,8,9}'::int[])[4:5], 1);
SELECT '[0:1]={1,2}'::int[] || 3, 0 || '[0:1]={1,2}'::int[], '[0:1]={1,2}'::int[] || '{3,4}'::int[], array_dims('[0:1]={1,2}'::int[] || 3);
SELECT array_dims(0 || '[0:1]={1,2}'::int[]);
SELECT '[0:1]={1,2}'::int[] = '{1,2}'::int[], array_position('[0:2]={a,b,c}'::text[], 'b'), array_positions('[3:5]={1,2,1}'::int[], 1);
SELECT array_to_string('[0:2]={1,NULL,3}'::int[], ',', '*'), unnest('[0:2]={1,2,3}'::int[]);
SELECT array_upper('{{1,2},{3,4}}'::int[], 2), array_dims('{{1,2},{3,4}}'::int[]), array_ndims('{}'::int[]), array_dims('{}'::int[]), array_length('{}'::int[], 1), cardinality('{}'::int[]);
SELECT ('{{1,2},{3,4}}'::int[])[2][1], ('{{1,2},{3,4}}'::int[])[2], ('{{1,2},{3,4}}'::int[])[1:2][2];
SELECT array_append('[2:3]={1,2}'::int[], 9), array_prepend(9, '[2:3]={1,2}'::int[]), array_cat('[2:3]={1,2}'::int[], '[5:5]={3}'::int[]);
SELECT array_dims(array_prepend(9, '[2:3]={1,2}'::int[]));
SELECT array_remove('{1,NULL,2,NULL}'::int[], NULL), array_replace('[0:1]={1,1}'::int[], 1, 5), array_dims(array_replace('[0:1]={1,1}'::int[], 1, 5));
SELECT '{1,2}'::int[] @> '{2,2}', '{NULL}'::int[] @> '{NULL}', ARRAY[1,NULL] = ARRAY[1,NULL], ARRAY[1,2] < ARRAY[1,2,0], ARRAY[NULL]::int[] IS NULL;
SELECT array_fill(7, ARRAY[2], ARRAY[0]), array_fill('x'::text, ARRAY[2,2]);
SELECT array_agg(x ORDER BY x DESC NULLS FIRST) FROM (VALUES (1), (NULL), (3)) v(x);
-- @must
SELECT ARRAY[1.5] || 2, 2 || ARRAY[1.50], ARRAY[1.50, 2] || 3, array_append(ARRAY[1.5], 2), ARRAY[1.5]::numeric[] || 2::int8;
SELECT array_append(NULL, 1), array_prepend(1, NULL), array_cat(NULL, ARRAY[1]), NULL || ARRAY[1], ARRAY[1] || NULL;
SELECT array_append(NULL, 'a'::text), array_prepend(2.5, NULL), array_append(ARRAY[1], NULL);
-- params: [2]
SELECT ARRAY[1.5] || $1::int, array_append(NULL, $1::int);
CREATE TABLE s24_a (id int PRIMARY KEY, a int[]);
INSERT INTO s24_a VALUES (1, '[0:2]={10,20,30}');
INSERT INTO s24_a VALUES (2, '{1,2}'), (3, NULL), (4, '{}'), (5, '{{1,2},{3,4}}');
SELECT id, a, a[0], a[1], array_lower(a, 1), array_upper(a, 1) FROM s24_a ORDER BY id;
UPDATE s24_a SET a[5] = 99 WHERE id = 2;
UPDATE s24_a SET a[0] = 5 WHERE id = 5;
UPDATE s24_a SET a[-1] = 5 WHERE id = 2;
UPDATE s24_a SET a[2][3] = 9 WHERE id = 5;
UPDATE s24_a SET a = a || 7 WHERE id = 4;
SELECT id, a, array_dims(a) FROM s24_a ORDER BY id;
UPDATE s24_a SET a[1:2] = '{7,8}' WHERE id = 4;
SELECT a, array_dims(a) FROM s24_a WHERE id = 4;
-- params: [2]
SELECT a[$1::int], a[$1::int:] FROM s24_a ORDER BY id;
SELECT id, a[1][2], a[2:2][1:1], array_upper(a, 2) FROM s24_a ORDER BY id;
-- rows and IS DISTINCT FROM
-- @must
SELECT ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL), ROW(1, NULL) = ROW(1, NULL), ROW(1, 2) = ROW(1, NULL), ROW(1, 2) <> ROW(2, NULL);
SELECT ROW(1, NULL) IS NOT DISTINCT FROM ROW(1, NULL), ROW(NULL, NULL) IS NULL, ROW(1, NULL) IS NULL, ROW(1, NULL) IS NOT NULL, NOT (ROW(1, NULL) IS NULL);
SELECT ROW(1, 2) < ROW(1, 3), ROW(1, NULL) < ROW(2, 0), ROW(1, NULL) < ROW(1, 0), ROW(2, 1) > ROW(1, NULL);
SELECT (1, 'a') IN ((1, 'a'), (2, 'b')), (1, NULL) IN ((1, 2)), (1, NULL) NOT IN ((2, 2));
SELECT id FROM s24_w WHERE (g, v) IS DISTINCT FROM ('a', 10) ORDER BY id;
SELECT id FROM s24_w WHERE (g, v) IS NOT DISTINCT FROM (NULL, 7) ORDER BY id;
SELECT id FROM s24_w WHERE (g, v) = ('b', 5) OR (g, v) > ('b', 6) ORDER BY id;
SELECT a.id, b.id FROM s24_w a JOIN s24_w b ON (a.g, a.v) IS NOT DISTINCT FROM (b.g, b.v) AND a.id < b.id ORDER BY 1, 2;
SELECT NULL IS DISTINCT FROM NULL, 1 IS DISTINCT FROM NULL, 'a'::text IS DISTINCT FROM 'a'::varchar, 1.0 IS DISTINCT FROM 1;
SELECT t FROM (SELECT ROW(g, v) AS t FROM s24_w) s ORDER BY t;
SELECT count(DISTINCT (g, v)) FROM s24_w;
-- params: ["a", 10]
SELECT id FROM s24_w WHERE (g, v) IS NOT DISTINCT FROM ($1, $2::int) ORDER BY id;
-- COALESCE / NULLIF / CASE type resolution
-- @must
SELECT coalesce(NULL, 1, 2.5), pg_typeof(coalesce(NULL, 1, 2.5)), coalesce(1::int2, 2::int8), pg_typeof(coalesce(1::int2, 2::int8));
SELECT coalesce(NULL, NULL), pg_typeof(coalesce(NULL, NULL)), coalesce('1', 2), pg_typeof(coalesce('1', 2));
SELECT coalesce('a', 1);
SELECT coalesce(1, 'a');
SELECT coalesce(1.5, 2::float8), pg_typeof(coalesce(1.5, 2::float8)), coalesce(NULL::text, 'x' || 'y');
SELECT nullif(1, 1), nullif(1, 2), nullif(NULL, 1), nullif('a', 'A'), pg_typeof(nullif(1, 1.0)), nullif(1, 1.0);
SELECT nullif(2::int2, 2.0), pg_typeof(nullif(2::int2, 2.5)), nullif('', ''), nullif(1.50, 1.5);
SELECT nullif('1', 1);
SELECT CASE WHEN true THEN 1 ELSE 2.0 END, pg_typeof(CASE WHEN true THEN 1 ELSE 2.0 END), CASE WHEN false THEN 1 END;
SELECT CASE 1 WHEN 1.0 THEN 'one' ELSE 'other' END, CASE NULL WHEN NULL THEN 'n' ELSE 'x' END;
SELECT CASE WHEN true THEN 'a' ELSE 1 END;
SELECT CASE WHEN true THEN '2024-01-01' ELSE now() END;
SELECT greatest(1, 2.5, NULL), least(NULL, NULL::int), pg_typeof(greatest(1::int2, 2)), greatest('a', 'B'), least(1, '2');
SELECT coalesce(v, 0) / 3, coalesce(n, 0), coalesce(f, n::float8) FROM s24_w ORDER BY id;
SELECT coalesce(g, v::text), nullif(g, 'a') FROM s24_w ORDER BY id;
SELECT pg_typeof(coalesce(v, n)), coalesce(v, n) FROM s24_w ORDER BY id LIMIT 3;
SELECT pg_typeof(coalesce(v, f)), coalesce(v, f) FROM s24_w ORDER BY id;
SELECT coalesce(NULL::int, 1) + 2147483647;
SELECT 1 = ANY (ARRAY[1, NULL]), 2 = ANY (ARRAY[1, NULL]), 2 <> ALL (ARRAY[1, NULL]), 1 = ALL ('{}'::int[]);
SELECT 2 IN (1, NULL), 2 NOT IN (1, NULL), NULL IN (1), 1 IN (1, NULL);
-- params: [null, 5]
SELECT coalesce($1::int, $2::int), nullif($2::int, 5);
-- params: [null]
SELECT coalesce($1::text, 'dflt'), $1::int IS NULL;
-- aggregates over NULLs and empties
-- @must
SELECT sum(v), avg(v), count(v), count(*), min(v), max(v) FROM s24_w WHERE false;
SELECT sum(x), avg(x) FROM (VALUES (1.10), (2.205), (NULL)) v(x);
SELECT avg(x) FROM (VALUES (1), (2), (2)) v(x);
SELECT avg(x::int8), sum(x::int8) / count(x) FROM (VALUES (1), (2), (2)) v(x);
SELECT avg(f), sum(f), avg(n), sum(n) FROM s24_w;
SELECT string_agg(g, ',' ORDER BY g DESC NULLS LAST), array_agg(DISTINCT g) FROM s24_w;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v), percentile_disc(0.5) WITHIN GROUP (ORDER BY v), mode() WITHIN GROUP (ORDER BY v) FROM s24_w;
SELECT percentile_cont(ARRAY[0, 0.25, 1]) WITHIN GROUP (ORDER BY f) FROM s24_w;
SELECT count(DISTINCT f), sum(DISTINCT v), avg(DISTINCT v) FROM s24_w;
SELECT corr(v, f), regr_slope(f, v), covar_samp(v, f) FROM s24_w;
SELECT stddev_samp(x), var_pop(x) FROM (VALUES (1.0)) v(x);
SELECT g, count(*) FROM s24_w GROUP BY g HAVING sum(v) IS NULL ORDER BY 1;
SELECT sum(v) FILTER (WHERE g IS NULL), count(*) FILTER (WHERE v IS NULL) FROM s24_w;
-- LIMIT / OFFSET and command tags
-- @must
SELECT id FROM s24_w ORDER BY v NULLS FIRST, id LIMIT 3 OFFSET 2;
SELECT id FROM s24_w ORDER BY v LIMIT 0;
SELECT id FROM s24_w ORDER BY id LIMIT NULL OFFSET NULL;
SELECT id FROM (SELECT id FROM s24_w ORDER BY v DESC FETCH FIRST 2 ROWS WITH TIES) s ORDER BY id;
SELECT id FROM s24_w ORDER BY id OFFSET -1;
SELECT id FROM s24_w ORDER BY id LIMIT -1;
UPDATE s24_w SET v = v WHERE v IS NULL;
DELETE FROM s24_w WHERE v > 100;
INSERT INTO s24_w SELECT id + 100, g, v, f, n FROM s24_w WHERE g = 'a';
WITH d AS (DELETE FROM s24_w WHERE id > 100 RETURNING id) SELECT count(*) FROM d;
UPDATE s24_w SET n = n * 2 WHERE g IS NOT DISTINCT FROM NULL RETURNING id, n;
SELECT id, n FROM s24_w ORDER BY n NULLS FIRST, id;
SELECT id, n FROM s24_w ORDER BY n DESC, id;
SELECT id, f FROM s24_w ORDER BY f DESC NULLS LAST, id;
SELECT id, f FROM s24_w ORDER BY -f, id;
SELECT 'NaN'::float8 > 'Infinity'::float8, 'NaN'::numeric > 1e100, x FROM (VALUES ('NaN'::float8), ('Infinity'), ('-Infinity'), (NULL), (0)) v(x) ORDER BY x;
SELECT x FROM (VALUES ('NaN'::numeric), (1), (NULL), (-1)) v(x) ORDER BY x DESC;
-- the extended protocol across the topics
-- params: ["a"]
SELECT id, v, rank() OVER (ORDER BY v NULLS FIRST) FROM s24_w WHERE g = $1 ORDER BY id;
-- params: [1]
SELECT id, sum(v) OVER (ORDER BY id ROWS BETWEEN $1::int PRECEDING AND CURRENT ROW) FROM s24_w ORDER BY id;
-- params: [5]
SELECT id, count(*) OVER (ORDER BY v RANGE BETWEEN $1::int PRECEDING AND CURRENT ROW) FROM s24_w ORDER BY id;
-- params: ["b"]
SELECT g, count(*), grouping(g) FROM s24_w WHERE g IS DISTINCT FROM $1 GROUP BY ROLLUP (g) ORDER BY 1, 3;
-- params: [7]
SELECT DISTINCT ON (g) g, id FROM s24_w WHERE v IS DISTINCT FROM $1::int ORDER BY g, id DESC;
-- params: ["apple"]
SELECT id FROM s24_t WHERE s > $1 ORDER BY s, id;
-- params: ["APPLE%"]
SELECT id FROM s24_t WHERE s ILIKE $1 ORDER BY id;
-- params: ["héllo wörld", "ö"]
SELECT position($2 in $1), strpos($1, $2), length($1), octet_length($1), upper(left($1, 1));
-- params: ["日本語", 2, "*"]
SELECT lpad($1, $2::int + 4, $3), rpad($1, $2::int, $3), right($1, -$2::int);
-- params: ["a|b|c", "|", -1]
SELECT split_part($1, $2, $3::int), split_part($1, $2, -$3::int);
-- params: ["x=1, y=22", "(\\w)=(\\d+)"]
SELECT regexp_matches($1, $2, 'g');
-- params: ["Hello World", "o"]
SELECT regexp_replace($1, $2, '0', 'gi'), regexp_count($1, $2), initcap(lower($1));
-- params: [2147483647, 1]
SELECT $1::int4 + $2::int4;
-- params: [9223372036854775807]
SELECT $1::int8 * 2;
-- params: ["-7", "2"]
SELECT $1::int / $2::int, $1::int % $2::int, mod($1::numeric, $2::numeric), div($1::numeric, $2::numeric);
-- params: [" +12 ", "1e3", "NaN", "-Infinity"]
SELECT $1::int4, $2::numeric, $3::float8, $4::float8;
-- params: ["1e3"]
SELECT $1::int8;
-- params: ["12.345", "999.995"]
SELECT $1::numeric(5,2), $2::numeric(6,2);
-- params: ["off", "TRUE", " y"]
SELECT $1::bool, $2::bool, $3::bool;
-- params: ["maybe"]
SELECT $1::bool;
-- params: ["\\x00ff", "abc"]
SELECT $1::bytea, $2::bytea, length($1::bytea), $2::bytea || $1::bytea;
-- params: ["2024-01-31", "2024-03-31"]
SELECT $1::date + interval '1 month', $2::date - interval '1 month', $2::date - $1::date, age($2::date, $1::date);
-- params: ["2024-02-29 10:00", "1 year"]
SELECT $1::timestamp + $2::interval, $1::timestamp - $2::interval, date_trunc('year', $1::timestamp);
-- params: ["27 hours", "35 days", "1 mon -1 hour"]
SELECT justify_hours($1::interval), justify_days($2::interval), justify_interval($3::interval);
-- params: ["2024-01-01", "2024-01-02", "6 hours"]
SELECT * FROM generate_series($1::timestamp, $2::timestamp, $3::interval);
-- params: [0.5, 2, 0.5]
SELECT * FROM generate_series($1::numeric, $2::numeric, $3::numeric);
-- params: [10, 1, -3]
SELECT * FROM generate_series($1::int, $2::int, $3::int);
-- params: ["{1,2,3}", 2]
SELECT ($1::int[])[$2::int], ($1::int[])[$2::int:], array_upper($1::int[], 1), array_dims($1::int[]);
-- params: ["{{1,2},{3,4}}"]
SELECT ($1::int[])[2][1], array_dims($1::int[]), array_length($1::int[], 2), cardinality($1::int[]);
-- params: [1, null]
SELECT ROW($1::int, $2::int) IS DISTINCT FROM ROW(1, NULL), ROW($1::int, $2::int) = ROW(1, NULL), ROW($1::int, $2::int) IS NULL;
-- params: [null, "2.5"]
-- @must
SELECT coalesce($1::int, $2::numeric), nullif($2::numeric, 2.50), greatest($1::int, 2);
-- params: ["2.5", "2.50"]
SELECT nullif($1::numeric, 2.5), nullif($1::numeric, $2::numeric), nullif($2::numeric, 2.5::numeric), nullif(2.5, $2::numeric), coalesce(nullif($1::numeric, 0), 1);
-- params: [null]
SELECT nullif($1::text, ''), coalesce($1::int, 0) + 1, $1::bool IS NOT TRUE;
-- params: [3]
SELECT id FROM s24_w ORDER BY v DESC NULLS LAST, id LIMIT $1::int;
-- params: [2, 2]
SELECT id FROM s24_w ORDER BY id LIMIT $1::int OFFSET $2::int;
-- params: [-1]
SELECT id FROM s24_w ORDER BY id LIMIT $1::int;
-- params: ["a"]
UPDATE s24_w SET n = n WHERE g = $1;
-- params: [1e308, 1e308]
SELECT sum(x) FROM (VALUES ($1::float8), ($2::float8)) v(x);
-- params: ["x"]
SELECT $1 || '\x00'::bytea;
DROP TABLE s24_w, s24_t, s24_i, s24_a;
