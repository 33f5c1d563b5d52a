-- The twenty-seventh session's hunt for silent wrong answers: scalar functions in FROM,
-- generate_series/unnest with column aliases and WITH ORDINALITY, date/time functions as reports
-- use them (to_char/to_date/to_timestamp, extract/date_part, date_trunc with a zone, age,
-- justify_*, interval arithmetic across month ends and DST, overlaps), text functions (format,
-- regexp_*, split_part, initcap, translate, left/right, to_hex, quote_*), JSON (jsonb_set/insert,
-- ->> with negative indexes, jsonpath filters, json_agg/jsonb_object_agg, jsonb_to_recordset,
-- output spacing), aggregates with FILTER and ORDER BY inside, and casts between them.
CREATE TABLE s27_ev (id int PRIMARY KEY, who text, kind text, amount numeric(10,2), at timestamptz, d date, tags text[], doc jsonb);
INSERT INTO s27_ev VALUES
 (1, 'ann', 'buy', 10.50, '2024-01-31 23:30:00+00', '2024-01-31', '{a,b}', '{"a": 1, "b": [1, 2, 3], "c": {"d": "x"}}'),
 (2, 'bob', 'sell', 200.00, '2024-02-29 12:00:00+00', '2024-02-29', '{b}', '{"a": 2, "b": [], "c": null}'),
 (3, 'ann', 'buy', NULL, '2024-03-10 06:59:59+00', '2024-03-10', NULL, '{"a": null, "z": "last", "b": [4]}'),
 (4, 'cat', 'refund', -5.25, NULL, NULL, '{}', NULL),
 (5, NULL, 'buy', 0.00, '2023-12-31 00:00:00+00', '2023-12-31', '{c,NULL}', '[1, "two", {"three": 3}]'),
 (6, 'bob', 'buy', 99.99, '2024-11-03 08:30:00+00', '2024-11-03', '{a}', '{"a": 3.10, "b": [1.0, 2.50]}');
-- scalar functions in FROM
-- @must
SELECT * FROM abs(-2.50);
-- @must
SELECT * FROM round(2.567, 2);
-- @must
SELECT x FROM abs(-2.50) x;
-- @must
SELECT pg_typeof(x)::text FROM abs(-2.50) AS x;
SELECT * FROM upper('abc');
SELECT u FROM upper('abc') AS u;
SELECT * FROM lower('ABC') AS t(l);
SELECT * FROM length('hello');
-- @must
SELECT pg_typeof(x)::text FROM now() x;
SELECT pg_typeof(d)::text FROM current_date d;
-- @must
SELECT * FROM current_schema();
SELECT * FROM to_char(date '2024-03-05', 'YYYY-MM-DD');
-- @must
SELECT * FROM make_date(2024, 2, 29);
-- @must
SELECT * FROM date_trunc('month', timestamp '2024-05-17 10:11:12');
SELECT a + 1 FROM abs(-3) a;
SELECT * FROM coalesce(NULL::int, 7);
-- generate_series / unnest with aliases and ordinality
SELECT * FROM generate_series(1, 3) AS t(a);
SELECT a FROM generate_series(1, 3) AS t(a) ORDER BY a;
SELECT t.a * 2 FROM generate_series(1, 3) t(a) ORDER BY 1;
SELECT * FROM generate_series(1, 3) WITH ORDINALITY;
SELECT * FROM generate_series(10, 30, 10) WITH ORDINALITY AS t(v, n);
SELECT v, n FROM generate_series(10, 30, 10) WITH ORDINALITY AS t(v, n) ORDER BY n DESC;
SELECT * FROM unnest(ARRAY['x','y','z']) AS u(letter);
SELECT * FROM unnest(ARRAY['x','y',NULL]) WITH ORDINALITY AS u(letter, pos) ORDER BY pos;
SELECT * FROM unnest(ARRAY[1,2], ARRAY['a','b','c']) AS u(n, s) ORDER BY s;
SELECT * FROM generate_series(1, 2) g;
SELECT g FROM generate_series(1, 2) g ORDER BY g;
SELECT * FROM generate_series(date '2024-01-30', date '2024-02-02', interval '1 day') AS d(day);
SELECT pg_typeof(day)::text FROM generate_series(date '2024-01-30', date '2024-01-30', interval '1 day') AS d(day);
SELECT e.id, u.tag, u.i FROM s27_ev e, unnest(e.tags) WITH ORDINALITY u(tag, i) ORDER BY e.id, u.i;
-- to_char
SELECT to_char(timestamp '2024-03-05 14:07:09.123456', 'YYYY-MM-DD HH24:MI:SS.MS');
SELECT to_char(timestamp '2024-03-05 14:07:09.123456', 'HH12:MI AM Day Mon DDth');
SELECT to_char(timestamp '2024-03-05 04:07:09', 'FMHH12:MI pm FMDay FMMonth');
SELECT to_char(date '2024-03-05', 'IYYY-IW-ID');
SELECT to_char(date '2021-01-03', 'IYYY IW ID WW W DDD J Q');
SELECT to_char(date '2024-12-30', 'YYYY WW IYYY IW');
SELECT to_char(timestamp '2024-03-05 00:00:00', 'DY dy Dy MON mon RM rm');
SELECT to_char(interval '1 day 03:04:05', 'HH24:MI:SS');
SELECT to_char(interval '27 hours 5 minutes', 'HH24 "hours" MI "min"');
SELECT to_char(1234567.891, '9,999,999.99');
SELECT to_char(-12.5, 'S999.99');
SELECT to_char(0.5, '0.00');
SELECT to_char(12, '000');
SELECT to_char(1234.5, 'FM9999.00');
SELECT to_char(123.456, '999D99');
SELECT to_char(-5, '999PR');
SELECT to_char(485, 'RN');
SELECT to_char(3, 'FMRN');
SELECT to_char(1e6::float8, '9.99EEEE');
SELECT to_char(12345, '99');
SELECT to_char(amount, 'FM999,990.00') FROM s27_ev ORDER BY id;
SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') FROM s27_ev ORDER BY id;
-- params: ["2024-07-04 09:05:00", "Dy, DD Mon YYYY HH24:MI"]
SELECT to_char($1::timestamp, $2);
-- to_date / to_timestamp
SELECT to_date('05 Mar 2024', 'DD Mon YYYY');
SELECT to_date('2024-060', 'YYYY-DDD');
SELECT to_date('20240229', 'YYYYMMDD');
SELECT to_date('2024-02-30', 'YYYY-MM-DD');
SELECT to_date('2024 10', 'IYYY IW');
SELECT to_timestamp('2024-03-05 14:07:09', 'YYYY-MM-DD HH24:MI:SS');
SELECT to_timestamp('05/03/2024 2:07 PM', 'DD/MM/YYYY HH:MI AM');
SELECT to_timestamp(1700000000);
SELECT to_timestamp(1700000000.5);
SELECT to_timestamp(0)::date;
-- @must
SELECT to_timestamp('1700000000', 'J');
-- params: ["31.12.2023", "DD.MM.YYYY"]
SELECT to_date($1, $2);
-- extract / date_part
SELECT extract(epoch FROM timestamptz '2024-03-05 12:00:00+00');
SELECT extract(epoch FROM timestamp '2024-03-05 12:00:00.25');
SELECT extract(epoch FROM date '2024-03-05');
SELECT extract(epoch FROM interval '1 day 2 hours');
SELECT extract(epoch FROM interval '1 month');
SELECT extract(dow FROM date '2024-03-10'), extract(isodow FROM date '2024-03-10');
SELECT extract(week FROM date '2024-12-30'), extract(isoyear FROM date '2024-12-30');
SELECT extract(week FROM date '2021-01-01'), extract(isoyear FROM date '2021-01-01');
SELECT extract(doy FROM date '2024-12-31'), extract(quarter FROM date '2024-12-31');
SELECT extract(julian FROM date '2024-03-05');
SELECT extract(century FROM date '2000-12-31'), extract(millennium FROM date '2001-01-01'), extract(decade FROM date '2024-01-01');
SELECT extract(microseconds FROM time '10:11:12.345'), extract(milliseconds FROM time '10:11:12.345'), extract(second FROM time '10:11:12.345');
SELECT extract(hour FROM interval '49 hours'), extract(day FROM interval '49 hours'), extract(minute FROM interval '-90 minutes');
SELECT extract(month FROM interval '14 months'), extract(year FROM interval '14 months');
SELECT extract(timezone FROM timestamptz '2024-03-05 12:00:00+00');
SELECT date_part('year', date '2024-03-05'), date_part('epoch', timestamp '1970-01-02');
SELECT pg_typeof(date_part('day', date '2024-03-05'))::text, pg_typeof(extract(day FROM date '2024-03-05'))::text;
SELECT date_part('dow', d), extract(isodow FROM d), extract(week FROM d) FROM s27_ev WHERE d IS NOT NULL ORDER BY id;
-- params: ["2024-02-29"]
SELECT extract(doy FROM $1::date);
SELECT extract(foo FROM date '2024-03-05');
-- date_trunc
SELECT date_trunc('week', timestamp '2024-03-10 15:00');
SELECT date_trunc('quarter', date '2024-05-17');
SELECT date_trunc('year', timestamptz '2024-05-17 10:00+00');
SELECT date_trunc('day', timestamptz '2024-03-10 06:59:59+00', 'America/New_York');
SELECT date_trunc('day', timestamptz '2024-11-03 08:30:00+00', 'America/New_York');
SELECT date_trunc('hour', interval '3 days 04:35:10');
SELECT date_trunc('decade', timestamp '2024-05-17'), date_trunc('century', timestamp '2024-05-17'), date_trunc('millennium', timestamp '2024-05-17');
SELECT date_trunc('month', d)::date, count(*) FROM s27_ev WHERE d IS NOT NULL GROUP BY 1 ORDER BY 1;
SELECT date_trunc('fortnight', timestamp '2024-05-17');
-- age, justify, intervals
SELECT age(timestamp '2024-03-31', timestamp '2024-02-29');
SELECT age(timestamp '2024-03-01', timestamp '2024-01-31');
SELECT age(date '2024-02-29', date '2023-02-28');
SELECT age(timestamp '2020-01-01', timestamp '2024-03-15 12:00');
SELECT justify_days(interval '65 days'), justify_hours(interval '50 hours'), justify_interval(interval '1 mon -1 day');
SELECT justify_interval(interval '-1 mon 35 days 25 hours');
SELECT date '2024-01-31' + interval '1 month', timestamp '2024-01-31 10:00' + interval '1 month';
SELECT date '2024-03-31' - interval '1 month', date '2024-02-29' + interval '1 year';
SELECT timestamp '2024-01-31' + interval '1 month 1 day', timestamp '2024-01-31' + interval '1 day 1 month';
SELECT date '2024-03-05' - date '2024-02-05', date '2024-03-05' + 7, date '2024-03-05' - 1;
SELECT timestamp '2024-03-05 10:00' - timestamp '2024-01-01 09:30';
SELECT interval '1 day' * 1.5, interval '1 month' / 3, interval '10 days' / 4;
SELECT interval '1 year 2 months 3 days 04:05:06.5', interval '-1 day +02:00', interval 'P1Y2M3DT4H5M6S';
SELECT interval '90 minutes', interval '36 hours', interval '1.5 months', interval '0.5 years';
SELECT interval '1 day' = interval '24 hours', interval '1 month' = interval '30 days', interval '1 month' > interval '29 days';
SELECT time '23:30' + interval '1 hour', time '10:00' - time '08:15';
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-31', date '2024-03-01');
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-02-01', date '2024-03-01');
SELECT (timestamp '2024-01-01', interval '1 day') OVERLAPS (timestamp '2024-01-01 12:00', interval '1 hour');
-- @must
SELECT (date '2024-01-01', NULL::date) OVERLAPS (date '2023-01-01', date '2024-06-01');
SELECT make_interval(days => 10, hours => 3), make_interval(months => 1, secs => 1.5);
SELECT sum(at - timestamptz '2023-12-31 00:00+00') FROM s27_ev;
SELECT avg(interval '1 day' * id) FROM s27_ev;
-- params: ["2 days 3 hours"]
SELECT $1::interval * 2;
-- time zones and DST
SET TimeZone = 'America/New_York';
SELECT timestamptz '2024-03-10 01:30:00' + interval '1 hour';
SELECT timestamptz '2024-03-10 01:30:00' + interval '1 day';
SELECT timestamptz '2024-03-09 12:00:00' + interval '24 hours', timestamptz '2024-03-09 12:00:00' + interval '1 day';
SELECT timestamptz '2024-11-03 00:30:00' + interval '2 hours';
SELECT timestamptz '2024-11-04 00:00:00' - timestamptz '2024-11-03 00:00:00';
SELECT age(timestamptz '2024-03-11 00:00', timestamptz '2024-03-10 00:00');
SELECT at, extract(hour FROM at), date_trunc('day', at) FROM s27_ev WHERE at IS NOT NULL ORDER BY id;
SELECT to_char(at, 'YYYY-MM-DD HH24:MI TZ OF') FROM s27_ev WHERE at IS NOT NULL ORDER BY id;
SELECT extract(timezone_hour FROM timestamptz '2024-07-01 12:00'), extract(timezone FROM timestamptz '2024-01-01 12:00');
SELECT timestamp '2024-03-10 02:30:00' AT TIME ZONE 'America/New_York';
SELECT timestamptz '2024-07-01 12:00:00+00' AT TIME ZONE 'Europe/Berlin';
SELECT date_trunc('month', timestamptz '2024-11-15 12:00');
SELECT d::timestamptz FROM s27_ev WHERE id = 6;
SELECT generate_series(timestamptz '2024-03-09 00:00', timestamptz '2024-03-12 00:00', interval '1 day');
-- params: ["2024-11-03 01:30:00"]
SELECT $1::timestamptz;
RESET TimeZone;
-- format and quoting
SELECT format('Hello %s, you are %s', 'ann', 42);
SELECT format('%I.%I', 'public', 'My Table'), format('%I', 'plain'), format('%L', 'it''s'), format('%L', NULL), format('%s', NULL);
SELECT format('%2$s %1$s %2$s', 'a', 'b');
SELECT format('[%10s][%-10s]', 'right', 'left');
SELECT format('%s %s', 'only one');
SELECT format('%%literal %s', 1), format('%s', ARRAY[1,2]), format('%L', 3.50);
SELECT format('%*s|', 6, 'x'), format('%-*s|', 6, 'x');
SELECT format('INSERT INTO %I VALUES (%L, %L)', 't', 'O''Brien', 1.5);
-- params: ["%s-%s", "a", "b"]
SELECT format($1, $2, $3);
SELECT quote_ident('Foo Bar'), quote_ident('foo'), quote_ident('select'), quote_literal('O''Reilly'), quote_literal(42), quote_nullable(NULL), quote_literal(E'back\\slash');
-- regexp
SELECT regexp_matches('foo123bar45', '\d+', 'g');
SELECT regexp_matches('foo123bar45', '\d+');
SELECT regexp_matches('aBc ABC abc', 'abc', 'gi');
SELECT regexp_matches('key=val; k2=v2', '(\w+)=(\w+)', 'g');
SELECT regexp_matches('nothing', '\d');
SELECT regexp_match('2024-03-05', '(\d+)-(\d+)-(\d+)');
SELECT (regexp_match('2024-03-05', '(\d+)-(\d+)'))[2];
SELECT regexp_split_to_table('a, b,c ,, d', '\s*,\s*');
SELECT regexp_split_to_array('one  two three', '\s+'), regexp_split_to_array('abc', '');
SELECT * FROM regexp_split_to_table('x1y22z', '\d+') WITH ORDINALITY AS t(part, n) ORDER BY n;
SELECT regexp_replace('aaa bbb', 'a', 'X'), regexp_replace('aaa bbb', 'a', 'X', 'g'), regexp_replace('Hello World', '(\w+) (\w+)', '\2 \1');
SELECT regexp_replace('ABC abc', 'b', '_', 'gi');
SELECT regexp_count('banana', 'an'), regexp_instr('banana', 'an', 1, 2), regexp_substr('banana', 'a.', 1, 2);
SELECT 'abc' ~ 'B', 'abc' ~* 'B', 'abc' !~ 'z', 'a.c' SIMILAR TO 'a_c', substring('foobar' from 'o(.)b');
-- params: ["[aeiou]", "g"]
SELECT regexp_replace('education', $1, '*', $2);
-- split_part, initcap, translate, left/right, to_hex
SELECT split_part('a,b,c', ',', 2), split_part('a,b,c', ',', -1), split_part('a,b,c', ',', -3), split_part('a,b,c', ',', 5), split_part('a,b,c', ',', -4);
SELECT split_part('a,b,c', ',', 0);
SELECT split_part('', ',', 1), split_part('abc', '', 1), split_part('abc', '', -1);
SELECT initcap('hello wORLD foo-bar o''neil 3rd'), initcap(NULL);
SELECT translate('12345', '143', 'ax'), translate('hello', 'l', ''), translate('abc', '', 'x');
SELECT left('abcdef', 2), left('abcdef', -2), right('abcdef', 2), right('abcdef', -2), left('abc', 10), right('abc', -10);
SELECT to_hex(255), to_hex(-1), to_hex(0), to_hex(9223372036854775807), to_hex(-1::bigint);
SELECT lpad('7', 3, '0'), rpad('ab', 5, 'xy'), lpad('abcdef', 3), repeat('ab', 3), reverse('abc'), repeat('x', -1);
SELECT btrim('xxhixx', 'x'), ltrim('  hi'), rtrim('hi!!', '!'), trim(both 'ab' from 'abhiba');
SELECT position('b' in 'abc'), strpos('abc', 'z'), substr('abcdef', 3), substr('abcdef', 0, 3), substring('abcdef' from -1 for 3);
SELECT concat('a', NULL, 1, true), concat_ws(', ', 'a', NULL, 'b'), 'a' || NULL, 'x' || 1 || 2.50;
SELECT chr(65), ascii('A'), md5('abc'), length('héllo'), octet_length('héllo'), bit_length('a');
SELECT starts_with('foobar', 'foo'), starts_with('foo', ''), starts_with(NULL, 'a');
-- params: ["hello world", -3]
SELECT left($1, $2::int), right($1, $2::int);
-- JSON paths and operators
SELECT jsonb_set('{"a": 1, "b": {"c": 2}}', '{b,c}', '3');
SELECT jsonb_set('{"a": 1}', '{x,y}', '3');
SELECT jsonb_set('{"a": [1, 2, 3]}', '{a,-1}', '"last"');
SELECT jsonb_set('{"a": [1, 2, 3]}', '{a,10}', '4');
SELECT jsonb_set('{"a": [1, 2, 3]}', '{a,-10}', '0');
SELECT jsonb_set('{"a": 1}', '{b}', '2', false);
SELECT jsonb_set('{"a": 1}', '{a}', NULL);
SELECT jsonb_set_lax('{"a": 1}', '{a}', NULL), jsonb_set_lax('{"a": 1}', '{a}', NULL, true, 'delete_key');
SELECT jsonb_insert('{"a": [1, 2]}', '{a,0}', '0'), jsonb_insert('{"a": [1, 2]}', '{a,0}', '9', true), jsonb_insert('{"a": [1, 2]}', '{a,-1}', '9');
SELECT jsonb_insert('{"a": 1}', '{b}', '2');
SELECT jsonb_insert('{"a": 1}', '{a}', '2');
SELECT '[1, 2, 3]'::jsonb ->> -1, '[1, 2, 3]'::jsonb -> -3, '[1, 2, 3]'::jsonb -> -4, '[1, 2, 3]'::json ->> -1;
SELECT '{"a": {"b": [10, 20]}}'::jsonb #> '{a,b,-1}', '{"a": {"b": [10, 20]}}'::jsonb #>> '{a,b,1}', '{"a": {"b": [10, 20]}}'::jsonb #>> '{a}';
SELECT doc -> 'b' -> -1, doc ->> 'a', doc -> 'c' ->> 'd' FROM s27_ev ORDER BY id;
SELECT '{"a": 1, "b": 2}'::jsonb - 'a', '[1, 2, 3]'::jsonb - 1, '[1, 2, 3]'::jsonb - -1, '{"a": {"b": 1, "c": 2}}'::jsonb #- '{a,b}';
SELECT '{"a":1, "b" :  [1,2,{"c":null}]}'::jsonb, '{"a":1, "b" :  [1,2,{"c":null}]}'::json;
SELECT '{"b": 1, "a": 2, "aa": 3, "a": 4}'::jsonb, '{"b": 1, "a": 2, "a": 4}'::json;
SELECT '[1.50, 1e2, -0, 0.0, 1E-3]'::jsonb, '{"k": 1.50}'::jsonb -> 'k', ('{"k": 1.50}'::jsonb ->> 'k')::numeric;
SELECT jsonb_pretty('{"a": [1, {"b": 2}], "c": {}}');
SELECT '"a\u0041\n"'::jsonb, '"a\u0041\n"'::jsonb #>> '{}';
-- params: ["{\"x\": [1, 2, 3]}", "{x,-1}"]
SELECT $1::jsonb #> $2::text[];
-- jsonpath
SELECT jsonb_path_query('{"a": [1, 5, 10]}', '$.a[*] ? (@ > 2)');
SELECT jsonb_path_query_array('{"a": [1, 5, 10]}', '$.a[*] ? (@ > 2)'), jsonb_path_query_first('{"a": [1, 5, 10]}', '$.a[*] ? (@ > 2)');
SELECT jsonb_path_exists('{"a": [1, 5, 10]}', '$.a[*] ? (@ > 20)'), jsonb_path_match('{"a": 5}', '$.a > 2');
SELECT jsonb_path_query('{"items": [{"n": "x", "p": 3}, {"n": "y", "p": 8}]}', '$.items[*] ? (@.p > $min).n', '{"min": 5}');
SELECT jsonb_path_query('{"a": [1, 2, 3]}', '$.a[last]'), jsonb_path_query('{"a": [1, 2, 3]}', '$.a.size()');
SELECT jsonb_path_query('{"s": "Hello"}', '$.s ? (@ like_regex "^h" flag "i")');
SELECT jsonb_path_query('{"a": 1}', 'strict $.b');
SELECT jsonb_path_query('{"a": 1}', 'lax $.b');
SELECT id, jsonb_path_query_array(doc, '$.b[*] ? (@ >= 2)') FROM s27_ev WHERE doc IS NOT NULL ORDER BY id;
SELECT doc @? '$.b[*] ? (@ == 2)', doc @@ '$.a == 1' FROM s27_ev WHERE id IN (1, 2) ORDER BY id;
-- JSON aggregates and record functions
SELECT json_agg(who ORDER BY id), jsonb_agg(who ORDER BY id) FROM s27_ev;
SELECT json_agg(amount ORDER BY id) FILTER (WHERE kind = 'buy'), jsonb_agg(DISTINCT kind) FROM s27_ev;
SELECT jsonb_object_agg(id, who ORDER BY id) FROM s27_ev;
SELECT json_object_agg(kind, amount ORDER BY id) FROM s27_ev WHERE kind <> 'buy';
SELECT jsonb_object_agg(kind, id) FROM s27_ev;
SELECT jsonb_object_agg(who, id) FROM s27_ev;
SELECT json_agg(x) FROM (SELECT id, who FROM s27_ev WHERE id < 3 ORDER BY id) x;
SELECT jsonb_agg(x) FROM (SELECT id, amount, at FROM s27_ev WHERE id IN (1, 5) ORDER BY id) x;
SELECT json_agg(id) FROM s27_ev WHERE false;
SELECT * FROM jsonb_to_recordset('[{"a": 1, "b": "x"}, {"a": 2, "c": true}]') AS r(a int, b text, c boolean);
SELECT * FROM json_to_recordset('[{"a": 1.50, "b": [1, 2]}]') AS r(a numeric, b jsonb);
SELECT * FROM jsonb_to_record('{"a": "2024-03-05", "b": null}') AS r(a date, b int);
SELECT * FROM jsonb_each('{"b": 1, "a": [2], "c": null}') ORDER BY key;
SELECT * FROM jsonb_each_text('{"b": 1, "a": [2], "c": null}') ORDER BY key;
SELECT * FROM jsonb_array_elements('[1, "a", null, {"x": 1}]') WITH ORDINALITY AS t(v, n) ORDER BY n;
SELECT jsonb_array_elements_text('[1, "a", null]');
SELECT jsonb_object_keys('{"b": 1, "a": 2, "aa": 3}');
SELECT json_build_object('a', 1, 'b', NULL, 'c', ARRAY[1, 2]), jsonb_build_object('z', 1.50, 'a', now() IS NOT NULL);
SELECT json_build_array(1, 'a', NULL, 2.50), jsonb_build_array(), json_object('{a, 1, b, 2}');
SELECT to_json('text'::text), to_jsonb(1.50), to_json(date '2024-03-05'), to_jsonb(timestamp '2024-03-05 10:00'), to_json(ARRAY['a', NULL]);
SELECT row_to_json(t) FROM (SELECT 1 AS a, 'x' AS b, NULL::int AS c) t;
SELECT jsonb_strip_nulls('{"a": null, "b": {"c": null, "d": 1}}'), jsonb_typeof('1.5'), json_typeof('null'), jsonb_array_length('[1, 2]');
SELECT '{"a": 1}'::jsonb || '{"b": 2}', '[1]'::jsonb || '2', '{"a": 1}'::jsonb || '[2]';
SELECT '{"a": 1, "b": 2}'::jsonb @> '{"a": 1}', '{"a": 1}'::jsonb ? 'a', '{"a": 1, "b": 2}'::jsonb ?| ARRAY['x', 'b'], '{"a": 1}'::jsonb ?& ARRAY['a', 'b'];
-- params: ["{\"n\": 5}"]
SELECT ($1::jsonb ->> 'n')::int + 1;
-- aggregates with FILTER and ORDER BY
SELECT string_agg(who, ', ' ORDER BY who DESC NULLS LAST), string_agg(DISTINCT who, '|' ORDER BY who) FROM s27_ev;
SELECT kind, string_agg(who, ',' ORDER BY id) FILTER (WHERE amount > 0) FROM s27_ev GROUP BY kind ORDER BY kind;
SELECT array_agg(amount ORDER BY amount NULLS FIRST), array_agg(who ORDER BY id) FILTER (WHERE who IS NULL) FROM s27_ev;
SELECT array_agg(tags ORDER BY id) FROM s27_ev WHERE tags IS NOT NULL AND cardinality(tags) = 1;
SELECT count(*) FILTER (WHERE amount IS NULL), count(amount), sum(amount) FILTER (WHERE kind = 'buy'), avg(amount) FILTER (WHERE amount > 0) FROM s27_ev;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount), percentile_disc(0.5) WITHIN GROUP (ORDER BY amount) FROM s27_ev;
SELECT percentile_cont(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY amount), percentile_disc(ARRAY[0, 1]) WITHIN GROUP (ORDER BY amount) FROM s27_ev;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d), percentile_disc(0.5) WITHIN GROUP (ORDER BY at) FROM s27_ev;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY interval '1 day' * id) FROM s27_ev;
SELECT mode() WITHIN GROUP (ORDER BY who), mode() WITHIN GROUP (ORDER BY kind) FROM s27_ev;
SELECT kind, percentile_cont(0.5) WITHIN GROUP (ORDER BY amount DESC) FROM s27_ev GROUP BY kind ORDER BY kind;
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY amount) FROM s27_ev;
SELECT rank(10) WITHIN GROUP (ORDER BY amount), dense_rank(10) WITHIN GROUP (ORDER BY amount), percent_rank(10) WITHIN GROUP (ORDER BY amount), cume_dist(10) WITHIN GROUP (ORDER BY amount) FROM s27_ev;
SELECT bool_and(amount > 0), bool_or(amount > 100), every(kind = 'buy') FILTER (WHERE who = 'ann') FROM s27_ev;
SELECT min(d), max(at), min(who), max(tags), min(amount) FILTER (WHERE false) FROM s27_ev;
SELECT sum(id) FILTER (WHERE id > 10), count(*) FILTER (WHERE id > 10), array_agg(id) FILTER (WHERE id > 10), string_agg(who, ',') FILTER (WHERE id > 10) FROM s27_ev;
SELECT stddev(amount), variance(amount), stddev_pop(amount), var_samp(amount) FROM s27_ev;
SELECT corr(id, amount), regr_slope(amount, id), covar_pop(id, amount) FROM s27_ev;
SELECT avg(amount), sum(amount), avg(id), sum(id::int8), avg(id::float8) FROM s27_ev;
SELECT who, count(*), sum(amount) FROM s27_ev GROUP BY who ORDER BY count(*) DESC, who NULLS LAST;
-- params: [","]
SELECT string_agg(kind, $1 ORDER BY id) FROM s27_ev;
-- params: [0.9]
SELECT percentile_cont($1::float8) WITHIN GROUP (ORDER BY id) FROM s27_ev;
-- casts between them
SELECT '2024-03-05'::date::text, '2024-03-05 10:00'::timestamp::date, '10:11:12.5'::time::text, '2024-03-05'::date::timestamptz::text;
SELECT '1 day'::interval::text, '25:00'::interval, '1:2'::interval, '100'::interval;
SELECT 1.50::text, 1.50::float8::text, '1.50'::numeric::int, 2.5::int, (-2.5)::int, 3.5::int, '3.7'::float8::int;
SELECT 'true'::boolean::text, 'yes'::boolean, 1::boolean, true::int;
SELECT '{"a": 1}'::json::jsonb, '{"a":1,  "a":2}'::json::jsonb, '5'::jsonb::int, '"x"'::jsonb::text, '1.50'::jsonb::numeric, 'true'::jsonb::boolean;
SELECT '"x"'::jsonb::int;
SELECT ARRAY[1, 2]::text, '{1,2}'::int[]::text[], ARRAY['a b', 'c']::text, ARRAY[1.50, 2]::text;
SELECT to_jsonb(ARRAY[[1, 2], [3, 4]]), array_to_json(ARRAY[1.0, NULL]), array_to_string(ARRAY['a', NULL, 'c'], ',', '*');
SELECT 12::money::text, '1.005'::numeric(10,2), 1e20::numeric::text, 0.1::float4::float8;
SELECT cast('2024-02-30' AS date);
SELECT cast('abc' AS int);
SELECT timestamptz '2024-03-05 12:00+00' = timestamp '2024-03-05 12:00', date '2024-03-05' = timestamp '2024-03-05 00:00';
DROP TABLE s27_ev;
-- Scalar functions in FROM beside tables, with aliases and parameters
CREATE TABLE s27_f (id int, x numeric(6,3), t text);
INSERT INTO s27_f VALUES (1, -2.5, 'ab'), (2, 3.125, NULL);
-- @must
SELECT * FROM abs(-2.50) AS t(x);
SELECT f.id, a FROM s27_f f, abs(f.x) a ORDER BY f.id;
SELECT f.id, a.* FROM s27_f f CROSS JOIN LATERAL round(f.x, 1) a ORDER BY f.id;
SELECT * FROM s27_f f, upper(f.t) u ORDER BY f.id;
SELECT u FROM upper('a') u WHERE u = 'A';
SELECT * FROM round(2.567, 2) r JOIN s27_f f ON f.x < r ORDER BY id;
-- params: ["2.567"]
SELECT * FROM round($1::numeric, 2);
-- params: [5]
SELECT * FROM abs($1::int) a;
-- @must
SELECT x + 1 FROM abs(-2.50) x;
SELECT a.abs FROM abs(-2.50) a;
SELECT abs FROM abs(-2.50);
SELECT * FROM nullif(1, 1);
SELECT * FROM length(NULL::text) l;
SELECT n FROM to_char(now(), 'YYYY') AS n WHERE false;
SELECT * FROM abs(-2.50) a, abs(-1.5) b;
SELECT count(*) FROM abs(-2.50) a;
SELECT * FROM array_append(ARRAY[1.50], 2.0) a;
SELECT * FROM to_jsonb(1.50) j;
SELECT * FROM make_interval(days => 2) i;
SELECT * FROM jsonb_build_object('a', 1.50) j;
SELECT * FROM numrange(1.5, 2.50) r;
SELECT * FROM sqrt(2::numeric) s;
-- @must
SELECT * FROM sum(1);
SELECT * FROM row_number() OVER ();
DROP TABLE s27_f;
-- OVERLAPS with NULL ends
-- @must
SELECT (date '2024-01-01', NULL::date) OVERLAPS (date '2023-01-01', date '2024-06-01');
-- @must
SELECT (date '2024-01-01', NULL::date) OVERLAPS (date '2024-02-01', date '2024-06-01');
-- @must
SELECT (NULL::date, date '2024-01-01') OVERLAPS (date '2023-01-01', date '2024-06-01');
SELECT (NULL::date, NULL::date) OVERLAPS (date '2023-01-01', date '2024-06-01');
SELECT (date '2023-01-01', NULL::date) OVERLAPS (date '2023-01-01', date '2024-06-01');
SELECT (date '2023-01-01', date '2023-06-01') OVERLAPS (date '2024-01-01', NULL::date);
SELECT (date '2025-01-01', date '2023-06-01') OVERLAPS (date '2024-01-01', NULL::date);
SELECT (timestamp '2024-01-01', NULL::interval) OVERLAPS (timestamp '2023-01-01', interval '2 years');
SELECT (time '10:00', time '12:00') OVERLAPS (time '11:00', NULL::time);
SELECT (timestamptz '2024-01-01 00:00+00', NULL::timestamptz) OVERLAPS (timestamptz '2023-12-31 00:00+00', timestamptz '2024-01-02 00:00+00');
-- @must
-- params: ["2024-01-01", null, "2023-01-01", "2024-06-01"]
SELECT ($1::date, $2::date) OVERLAPS ($3::date, $4::date);
-- Reports over timestamps, zones, interval styles, JSON and aggregates
CREATE TABLE s27_t (id int PRIMARY KEY, g text, v numeric, f float8, ts timestamp, tz timestamptz, j jsonb);
INSERT INTO s27_t VALUES (1, 'a', 1.50, 0.1, '2024-01-31 23:59:59.999999', '2024-03-10 06:30:00+00', '{"k": [1, 2], "n": 1.0}'),
 (2, 'a', 2.25, 1e20, '2024-02-29 00:00:00', '2024-11-03 05:30:00+00', '{"k": [], "n": 2}'),
 (3, 'b', NULL, -0.0, '1999-12-31 12:00:00', NULL, '{"k": null}'),
 (4, 'b', 10, 'NaN', NULL, '2024-06-30 22:00:00+00', NULL),
 (5, NULL, 3.000, 'Infinity', '2024-07-04 04:05:06.7', '2024-12-31 23:59:59+00', '{"k": [3]}');
SELECT to_char(ts, 'YYYY-MM-DD HH24:MI:SS.US'), to_char(ts, 'FF1 FF2 FF3 FF6'), to_char(ts, 'SSSS SSSSS') FROM s27_t ORDER BY id;
SELECT to_char(ts, 'CC Y,YYY YYY YY Y'), to_char(ts, 'Month|Mon|MM|DDD|D|ID') FROM s27_t ORDER BY id;
SELECT to_char(ts, 'DDth DDTH Mth FMDDth') FROM s27_t ORDER BY id;
SELECT to_char(tz, 'YYYY-MM-DD HH24:MI:SS TZH:TZM') FROM s27_t ORDER BY id;
SELECT to_char(ts, 'YYYY "Q"Q "W"WW') FROM s27_t ORDER BY id;
SELECT to_char(ts, 'a.m. P.M. am') FROM s27_t ORDER BY id;
SELECT to_char(v, '999.999'), to_char(v, 'FM999.999'), to_char(v, '0000.0'), to_char(v, '9.9EEEE') FROM s27_t ORDER BY id;
SELECT to_char(f, '999D99') FROM s27_t ORDER BY id;
SELECT to_char(v, 'L999.99'), to_char(v, 'SG999'), to_char(-v, 'MI999'), to_char(v, '999th') FROM s27_t ORDER BY id;
SELECT to_char(interval '-3 days 04:05:06', 'DD HH24:MI:SS'), to_char(interval '400 days', 'DDD'), to_char(interval '2 years 3 months', 'YYYY MM');
SELECT to_date('2024-2-5', 'YYYY-MM-DD'), to_date('  2024 02 05', 'YYYY MM DD'), to_date('24-02-05', 'YY-MM-DD'), to_date('99-02-05', 'YY-MM-DD');
SELECT to_date('February 5, 2024', 'Month DD, YYYY'), to_date('feb 5 2024', 'mon dd yyyy');
SELECT to_timestamp('2024-03-05 14:07:09.123', 'YYYY-MM-DD HH24:MI:SS.MS'), to_timestamp('2024-03-05 14:07:09.123456', 'YYYY-MM-DD HH24:MI:SS.US');
SELECT to_timestamp('2024-03-05 14:07 +05:30', 'YYYY-MM-DD HH24:MI TZH:TZM');
SELECT to_date('2024-13-01', 'YYYY-MM-DD');
SELECT to_timestamp('25:00', 'HH24:MI');
SELECT to_date('', 'YYYY');
SELECT extract(epoch FROM ts), extract(epoch FROM tz), extract(second FROM ts), extract(microseconds FROM ts) FROM s27_t ORDER BY id;
SELECT date_part('epoch', ts), date_part('second', ts), date_part('julian', ts) FROM s27_t ORDER BY id;
SELECT extract(julian FROM timestamp '2024-03-05 12:00'), extract(julian FROM timestamptz '2024-03-05 12:00+00');
SELECT extract(epoch FROM interval '-1 day'), extract(epoch FROM interval '1 year'), extract(epoch FROM interval '1.5 months');
SELECT extract(year FROM date '0001-01-01' - 1), to_char(date '0001-01-01' - 1, 'YYYY BC'), date '0001-01-01' - 1;
SELECT extract(century FROM date '0001-12-31'), extract(millennium FROM date '2000-12-31'), extract(decade FROM date '0005-01-01');
SELECT extract(dow FROM tz), extract(day FROM tz), extract(hour FROM tz) FROM s27_t ORDER BY id;
SET TimeZone = 'Europe/Berlin';
SELECT tz, extract(hour FROM tz), extract(timezone FROM tz), date_trunc('day', tz), date_trunc('month', tz), tz::date, tz::time FROM s27_t ORDER BY id;
SELECT date_trunc('day', tz, 'UTC'), date_trunc('hour', tz, 'Asia/Kolkata') FROM s27_t ORDER BY id;
SELECT tz AT TIME ZONE 'UTC', (tz AT TIME ZONE 'UTC') AT TIME ZONE 'America/Los_Angeles' FROM s27_t ORDER BY id;
SELECT timestamptz '2024-03-31 01:30' + interval '1 hour', timestamptz '2024-03-30 02:30' + interval '1 day', timestamptz '2024-10-27 02:30';
SELECT timestamptz '2024-03-31 03:00' - timestamptz '2024-03-30 03:00', age(timestamptz '2024-03-31 03:00', timestamptz '2024-03-30 03:00');
SELECT to_char(timestamptz '2024-07-01 12:00', 'TZ tz OF'), to_char(timestamptz '2024-01-01 12:00', 'TZ');
SELECT timestamptz '2024-01-31 12:00' + interval '1 month', date_trunc('week', timestamptz '2024-03-31 12:00');
SELECT '2024-07-01 12:00'::timestamptz::text, '2024-07-01 12:00 UTC'::timestamptz, '2024-07-01 12:00 EST'::timestamptz, '2024-07-01 12:00 America/New_York'::timestamptz;
SELECT generate_series(timestamptz '2024-10-26 12:00', timestamptz '2024-10-28 12:00', interval '1 day');
SELECT generate_series(timestamptz '2024-10-27 00:00', timestamptz '2024-10-27 04:00', interval '1 hour');
RESET TimeZone;
SET IntervalStyle = 'iso_8601';
SELECT interval '1 year 2 months 3 days 04:05:06.5', interval '-1 day', interval '0';
SET IntervalStyle = 'sql_standard';
SELECT interval '1 year 2 months', interval '3 days 04:05:06', interval '-1 year -2 months', interval '1 day -1 hour';
SET IntervalStyle = 'postgres_verbose';
SELECT interval '1 year 2 months 3 days 04:05:06.5', interval '-1 day 02:00';
RESET IntervalStyle;
SET DateStyle = 'SQL, DMY';
SELECT date '2024-03-05', timestamp '2024-03-05 10:00', '05/03/2024'::date;
SET DateStyle = 'German';
SELECT date '2024-03-05', timestamptz '2024-03-05 10:00+00';
RESET DateStyle;
SELECT interval '1 mon' * 0.5, interval '1 day' * 0.3, interval '1 hour' / 7, interval '1 mon 1 day' / 2, interval '3 days' * -1;
SELECT interval '1 day 25 hours' + interval '1 mon 40 days', - interval '1 mon 2 days 03:00';
SELECT sum(interval '1 mon') FILTER (WHERE id > 2), avg(interval '25 hours') FROM s27_t;
SELECT justify_interval(interval '1 mon -35 days'), justify_hours(interval '-25 hours'), justify_days(interval '-35 days');
SELECT age(timestamp '2024-02-29', timestamp '2023-03-31'), age(timestamp '2024-03-30', timestamp '2024-01-31'), age(date '2024-01-01', date '2024-12-31');
SELECT date '2024-02-29' + interval '1 year' - interval '1 year', (date '2024-01-31' + interval '1 month')::date;
SELECT timestamp '2024-12-31 23:59:59.9999995', timestamp '2024-01-01 00:00:00.1234567';
SELECT date_bin(interval '15 minutes', timestamp '2024-03-05 10:37:12', timestamp '2024-01-01'), date_bin(interval '1 day', timestamptz '2024-03-05 10:37:12+00', timestamptz '2024-01-01 06:00+00');
SELECT make_timestamp(2024, 2, 29, 23, 59, 59.5), make_timestamptz(2024, 7, 1, 12, 0, 0, 'America/New_York'), make_time(1, 2, 3.5);
SELECT isfinite(date 'infinity'), date 'infinity' > date '2024-01-01', timestamp '-infinity', extract(year FROM timestamp 'infinity');
SELECT date_trunc('month', timestamp 'infinity');
SELECT format('%s|%s|%s', 1.50, 2.0::float8, interval '1 day'), format('%s', true), format('%L', true), format('%s', '{"a":1}'::jsonb), format('%I', 'a"b');
SELECT format('%3$s %1$s', 'a', 'b'), format('%1$s %s', 'a', 'b');
SELECT format('%5$s', 'a');
SELECT format('%z', 'a');
SELECT format('%-5s|%5s|', NULL, NULL), format('%L', ''), format('%I', '');
SELECT format('%s %s', VARIADIC ARRAY['x', 'y']), format('%1$s', VARIADIC ARRAY[]::text[]);
SELECT regexp_matches('abcabc', '(a)(b)?', 'g'), regexp_matches('ABab', '[a-z]', 'gi');
SELECT regexp_matches('x', '(y)?x');
SELECT array_agg(m[1] ORDER BY m[1]) FROM regexp_matches('c1 b2 a3', '([a-z])\d', 'g') AS m;
SELECT regexp_replace('a.b.c', '\.', '-', 'g'), regexp_replace('abc', '(b)', '[\1\&]'), regexp_replace('aaa', 'a', 'b', 2), regexp_replace('Hello', 'L', 'x', 'i');
SELECT regexp_split_to_array('a1b2c', '\d'), regexp_split_to_array('', ','), regexp_split_to_array('a,b', ',', 'i'), string_to_array('a,,b', ','), string_to_array('a,,b', ',', '');
SELECT split_part('abc~@~def~@~ghi', '~@~', -2), split_part(NULL, ',', 1), split_part('a', NULL, 1);
SELECT translate('aaa', 'a', 'bc'), translate(NULL, 'a', 'b'), translate('abc', 'abc', 'a');
SELECT left('', 1), left('abc', 0), right('abc', 0), left(NULL, 1), right('héllo', 3), left('héllo', -1);
SELECT to_hex(2147483647), to_hex(-2147483648), to_hex(256::smallint), to_hex(4294967296);
SELECT quote_ident('a"b'), quote_ident('A'), quote_ident('_x1'), quote_ident('1x'), quote_ident('user'), quote_ident('ñ'), quote_literal(NULL), quote_nullable('x'), quote_literal(ARRAY[1,2]);
SELECT substring('Thomas' from '...$'), substring('Thomas' similar '%#"o_a#"_' escape '#'), substring('abc' from 'z');
SELECT overlay('Txxxxas' placing 'hom' from 2 for 4), overlay('abc' placing 'X' from 5), position('' in 'abc'), strpos('', '');
SELECT length(repeat('ab', 3)::char(10)), 'ab'::char(5) || 'c', length('ab '::char(5)), 'a  '::varchar(2);
SELECT upper(j ->> 'n'), j -> 'k' -> -1, j #>> '{k,0}', jsonb_array_length(j -> 'k') FROM s27_t ORDER BY id;
SELECT jsonb_array_length(j -> 'k') FROM s27_t WHERE id = 3;
SELECT '[1,2,3]'::json -> -1, '{"a":1}'::json -> 'a', '{"a":1}'::json ->> 'b', '[1,2]'::jsonb -> 'a', '{"a":1}'::jsonb -> 0;
SELECT '{"a": 1.0, "b": 1e3, "c": 0.00001, "d": 1E+2, "e": -0.0}'::jsonb;
SELECT '{"a": 1.0, "b": 1e3, "c": 0.00001}'::json, '  [1 , 2]  '::json, '{"a":"\u00e9\t"}'::jsonb, '{"a":"\u00e9\t"}'::json;
SELECT '{"bb": 1, "a": 2, "ccc": 3, "c": 4}'::jsonb, jsonb_object_keys('{"bb": 1, "a": 2, "ccc": 3, "c": 4}');
SELECT jsonb_set('[1, 2]', '{5}', '3'), jsonb_set('{"a": null}', '{a, b}', '1'), jsonb_set('{"a": "x"}', '{a, 0}', '1'), jsonb_set('1', '{}', '2');
SELECT jsonb_set('{"a": [1]}', '{a, 0, b}', '1');
SELECT jsonb_set('{"a": 1}', '{}', '2'), jsonb_insert('[1,2]', '{5}', '3'), jsonb_insert('[1,2]', '{-5}', '0');
SELECT jsonb_set(j, '{n}', to_jsonb(v)) FROM s27_t ORDER BY id;
SELECT j || jsonb_build_object('v', v, 'f', f) FROM s27_t ORDER BY id;
SELECT jsonb_agg(f ORDER BY id), json_agg(v ORDER BY id), jsonb_agg(ts ORDER BY id), json_agg(tz ORDER BY id) FROM s27_t;
SELECT jsonb_object_agg(g, v ORDER BY id) FROM s27_t WHERE g IS NOT NULL;
SELECT jsonb_object_agg(coalesce(g, 'none'), j ORDER BY id) FROM s27_t;
SELECT json_object_agg(id, f ORDER BY id), jsonb_object_agg(id, ts ORDER BY id) FROM s27_t;
-- @must
SELECT g, json_agg(json_build_object('id', id, 'v', v) ORDER BY id) FROM s27_t GROUP BY g ORDER BY g NULLS FIRST;
SELECT jsonb_agg(t ORDER BY id) FROM s27_t t WHERE id <= 2;
SELECT json_agg(t.*) FROM (SELECT id, f FROM s27_t ORDER BY id) t;
SELECT to_jsonb(f), to_json(v), to_jsonb(ts), to_jsonb(tz), to_json(interval '1 day'), to_jsonb('a'::char(3)) FROM s27_t ORDER BY id;
SELECT row_to_json(row(1, 'a', NULL)), row_to_json(t, true) FROM (SELECT 1 AS a, ARRAY[1,2] AS b) t;
SELECT json_build_object('a', f, 'b', ts) FROM s27_t ORDER BY id;
SELECT jsonb_path_query(j, '$.k[*] ? (@ > 1)'), id FROM s27_t ORDER BY id, 1;
SELECT jsonb_path_query('[1, 2.5, "3", null, true]', '$[*] ? (@.type() == "number")');
SELECT jsonb_path_query('{"a": [{"b": 1}, {"b": 2}, {"c": 3}]}', '$.a[*].b'), jsonb_path_query_array('{"a": [1,2,3,4]}', '$.a[1 to last]');
SELECT jsonb_path_query('{"a": 2}', '$.a * 3 + 1'), jsonb_path_query('{"x": "2024-03-05"}', '$.x.datetime()'), jsonb_path_query('[1,2,3]', '$.max()');
SELECT jsonb_path_query('{"a": "abc"}', '$.a ? (@ starts with "ab")'), jsonb_path_exists('{"a": null}', '$.a ? (@ == null)'), jsonb_path_query('{"a": [1,2]}', '$.a.**');
SELECT jsonb_path_query('[1,2,3]', '$[*] ? (@ > $x)', '{"x": 1}', true), jsonb_path_query_first('[]', '$[0]');
SELECT jsonb_path_query('{}', '$.a.b', '{}', true);
SELECT jsonb_path_query('{"a": 1}', '$.a ? (@ > "x")');
SELECT jsonb_path_query('{"a": 1}', 'strict $.a ? (@ > "x")');
SELECT * FROM jsonb_to_recordset('[{"a": "1.50", "t": "2024-03-05 10:00"}, {"a": 2}]') AS r(a numeric, t timestamp);
SELECT * FROM jsonb_to_recordset('[{"a": [1,2]}, {"a": {"x": 1}}]') AS r(a text);
SELECT * FROM jsonb_to_recordset('[{"a": "x"}]') AS r(a int);
SELECT * FROM jsonb_to_recordset('[{"A": 1, "a": 2}]') AS r(a int, "A" int);
SELECT * FROM json_to_recordset('[{"a": true}, {"a": "t"}, {}]') AS r(a boolean);
SELECT * FROM jsonb_populate_recordset(NULL::s27_t, '[{"id": 9, "v": "1.50", "j": {"z": 1}}]');
SELECT string_agg(g, '' ORDER BY id DESC), string_agg(v::text, '+' ORDER BY v DESC NULLS FIRST) FROM s27_t;
SELECT array_agg(DISTINCT g ORDER BY g DESC NULLS LAST), array_agg(v ORDER BY f NULLS FIRST, id) FROM s27_t;
SELECT array_agg(j ORDER BY id), array_agg(ts ORDER BY id) FILTER (WHERE ts IS NOT NULL) FROM s27_t;
SELECT g, array_agg(id ORDER BY id) FILTER (WHERE v > 2), count(*) FILTER (WHERE f > 0) FROM s27_t GROUP BY g ORDER BY g NULLS LAST;
SELECT percentile_cont(0.3) WITHIN GROUP (ORDER BY v), percentile_disc(0.3) WITHIN GROUP (ORDER BY v), percentile_cont(0.3) WITHIN GROUP (ORDER BY f) FROM s27_t;
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY g), percentile_disc(0.5) WITHIN GROUP (ORDER BY ts), percentile_disc(0.5) WITHIN GROUP (ORDER BY j) FROM s27_t;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ts) FROM s27_t;
SELECT percentile_cont(0) WITHIN GROUP (ORDER BY v), percentile_cont(1) WITHIN GROUP (ORDER BY v), percentile_cont(NULL) WITHIN GROUP (ORDER BY v) FROM s27_t;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FILTER (WHERE g = 'b'), mode() WITHIN GROUP (ORDER BY g) FILTER (WHERE id < 3) FROM s27_t;
SELECT mode() WITHIN GROUP (ORDER BY v), mode() WITHIN GROUP (ORDER BY v DESC), mode() WITHIN GROUP (ORDER BY f) FROM s27_t;
SELECT g, mode() WITHIN GROUP (ORDER BY id DESC) FROM s27_t GROUP BY g ORDER BY g NULLS FIRST;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2), (3), (4)) v(x);
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1.10), (2.25)) v(x);
SELECT percentile_cont(ARRAY[0.5, NULL]) WITHIN GROUP (ORDER BY id) FROM s27_t;
SELECT sum(v) FILTER (WHERE v > 100), avg(v), avg(v) FILTER (WHERE g = 'a'), sum(f), avg(f) FILTER (WHERE f < 1e10), max(f), min(f) FROM s27_t;
SELECT count(DISTINCT g) FILTER (WHERE id > 1), count(DISTINCT (g, v)), sum(DISTINCT v) FROM s27_t;
SELECT id, sum(v) FILTER (WHERE g = 'a') OVER (ORDER BY id), string_agg(g, ',') OVER (ORDER BY id) FROM s27_t ORDER BY id;
SELECT bit_and(id), bit_or(id), bit_xor(id), bool_and(v > 1) FILTER (WHERE v IS NOT NULL) FROM s27_t;
SELECT v::text, v::float8, v::int, f::numeric, f::text, f::int FROM s27_t WHERE id IN (1, 2, 3) ORDER BY id;
SELECT f::numeric FROM s27_t WHERE id = 4;
SELECT ts::date, ts::time, ts::timestamptz, tz::timestamp, tz::date, ts::text FROM s27_t ORDER BY id;
SELECT j::text, j->>'k', (j->'n')::numeric, (j->'n')::float8, (j->'n')::int, j->'k' = '[]', (j->'k')::text::int[] FROM s27_t WHERE id IN (1, 2) ORDER BY id;
SELECT '2024-03-05T10:00:00Z'::timestamptz, '2024-03-05T10:00:00.5+02'::timestamptz, '20240305'::date, 'Mar 5 2024'::date, 'epoch'::timestamp, 'today'::date = current_date;
SELECT '1 day 2:03'::interval, '-1:30'::interval, 'P1DT2H'::interval, '1 week'::interval, '1.5 days'::interval, '1 mon 1.5 days'::interval, '@ 1 hour ago'::interval;
SELECT '12:34:56.789'::time(1), '2024-03-05 10:00:00.555'::timestamp(2), 1.005::numeric(4,2), 0.125::numeric(3,2), (-0.125)::numeric(3,2), 2.5::numeric(2,0);
SELECT ARRAY[0.1::float8, 1e20, 1.5e-7]::text, ARRAY['2024-03-05'::date]::text, ARRAY[interval '1 day']::text, ARRAY['{"a":1}'::jsonb]::text, ARRAY[NULL, 'NULL', '']::text;
SELECT '{1.50,2}'::numeric[], '{a,"b c",NULL,"NULL"}'::text[], '{"a":[1.50]}'::jsonb #> '{a,0}', ('{"a":[1.50]}'::jsonb #>> '{a,0}')::numeric * 2;
-- params: ["2024-03-05 10:00:00+02", "Europe/Berlin"]
SELECT $1::timestamptz AT TIME ZONE $2;
-- params: ["1 mon", "2024-01-31"]
SELECT $2::date + $1::interval, $2::timestamp + $1::interval * 2;
-- params: ["{\"a\": [1, 2]}", "{a,1}", "9"]
SELECT jsonb_set($1::jsonb, $2::text[], $3::jsonb), jsonb_insert($1::jsonb, $2, $3);
-- params: ["a,b,,c", ",", -1]
SELECT split_part($1, $2, $3), string_to_array($1, $2), regexp_split_to_array($1, $2);
-- params: ["YYYY-MM-DD HH24:MI:SS", "2024-03-05 01:02:03"]
SELECT to_timestamp($2, $1), to_char(to_timestamp($2, $1), $1);
-- params: [0.25]
SELECT percentile_disc($1) WITHIN GROUP (ORDER BY v), percentile_cont($1) WITHIN GROUP (ORDER BY v) FROM s27_t;
DROP TABLE s27_t;
-- Text cast to arrays
CREATE TABLE s27_a (id int, t text, vc varchar(20), ia int[]);
INSERT INTO s27_a VALUES (1, '{1,2}', '{a,"b c"}', '{1}'), (2, '[1, 2]', '[x]', NULL), (3, NULL, NULL, '{}'), (4, '[1:2]={3,4}', '{}', '{5,NULL}');
SELECT id, t::int[] FROM s27_a WHERE id IN (1, 3) ORDER BY id;
SELECT id, vc::text[] FROM s27_a WHERE id IN (1, 3) ORDER BY id;
-- @must
SELECT t::int[] FROM s27_a WHERE id = 2;
-- @must
SELECT vc::text[] FROM s27_a WHERE id = 2;
SELECT t::int[] FROM s27_a WHERE id = 4;
SELECT ia::text::int[], (ia::text || '')::int[] FROM s27_a ORDER BY id;
SELECT ('{' || '1,2' || '}')::int[], ('{"a":1}'::jsonb -> 'a')::text::int;
SELECT '{2.5}'::text::int[];
SELECT t::varchar(3)[] FROM s27_a WHERE id = 1;
-- params: ["{7,8}"]
SELECT $1::text::int[], $1::int[];
-- @must
-- params: ["[7,8]"]
SELECT $1::text::int[];
UPDATE s27_a SET ia = t::int[] WHERE id = 1 RETURNING ia;
DROP TABLE s27_a;
-- JSON and text built of unconstrained numerics: grouped, in CTEs and FROM subqueries
CREATE TABLE s27_n (id int, g text, v numeric, w numeric(6,3), j jsonb);
INSERT INTO s27_n VALUES (1, 'a', 1.50, 1.5, '{"x": 1.0}'), (2, 'a', 2.25, 2, '[]'), (3, NULL, 3.000, NULL, NULL), (4, 'b', 10, 0.1, '{"x": 2}');
-- @must
SELECT j FROM (SELECT jsonb_build_object('v', v) AS j FROM s27_n) s ORDER BY j;
-- @must
WITH c AS (SELECT id, jsonb_build_object('v', v, 'w', w) AS j FROM s27_n) SELECT jsonb_agg(j ORDER BY id) FROM c;
WITH c AS (SELECT id, to_json(v) AS j, v || '' AS t, format('%s', v) AS f, concat(v, '|') AS k FROM s27_n) SELECT * FROM c ORDER BY id;
-- @must
SELECT count(DISTINCT j), count(DISTINCT t) FROM (SELECT jsonb_build_object('v', v) AS j, v || '' AS t FROM s27_n UNION ALL SELECT '{"v": 1.5}', '1.5') s;
-- @must
SELECT t FROM (SELECT v || '' AS t FROM s27_n) s WHERE t = '1.50';
SELECT j FROM (SELECT jsonb_build_object('v', v) AS j FROM s27_n) s WHERE j = '{"v": 1.5}';
SELECT j FROM (SELECT jsonb_build_object('v', v) AS j FROM s27_n) s WHERE j @> '{"v": 3}';
-- @must
SELECT g, jsonb_agg(j ORDER BY id) FROM (SELECT id, g, jsonb_build_object('v', v) AS j FROM s27_n) s GROUP BY g ORDER BY g;
SELECT DISTINCT j FROM (SELECT jsonb_build_object('v', v) AS j FROM s27_n) s ORDER BY j;
SELECT * FROM (SELECT DISTINCT jsonb_build_object('v', v) AS j FROM s27_n) s ORDER BY j;
SELECT * FROM (SELECT g, jsonb_agg(v ORDER BY id) AS a, jsonb_build_object('s', sum(v)) AS b FROM s27_n GROUP BY g) s ORDER BY g;
SELECT x.j || y.j FROM (SELECT id, j || jsonb_build_object('v', v) AS j FROM s27_n) x JOIN (SELECT id, jsonb_build_object('w', w) AS j FROM s27_n) y USING (id) ORDER BY x.id;
INSERT INTO s27_n (id, j) SELECT 10 + id, jsonb_build_object('v', v) FROM (SELECT id, v FROM s27_n WHERE id < 3) s RETURNING j;
SELECT id, j FROM s27_n WHERE id > 10 ORDER BY id;
CREATE VIEW s27_v AS SELECT id, jsonb_build_object('v', v) AS j, v || '!' AS t FROM s27_n;
-- @must
SELECT * FROM s27_v ORDER BY id;
-- @must
SELECT (SELECT jsonb_build_object('v', v) FROM s27_n WHERE id = 1), (SELECT v || '' FROM s27_n WHERE id = 3);
-- @must
SELECT id FROM s27_n WHERE jsonb_build_object('v', v) IN (SELECT jsonb_build_object('v', v) FROM s27_n WHERE id = 1);
DROP VIEW s27_v;
SELECT json_object_agg(id, v ORDER BY id), jsonb_object_agg(id, v ORDER BY id) FROM s27_n;
SELECT g, json_object_agg(id, w ORDER BY id), jsonb_object_agg(id, to_jsonb(v) ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
SELECT g, jsonb_agg(jsonb_build_object('v', v, 'w', w, 's', v * 2) ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
SELECT g, sum(v), jsonb_build_object('t', sum(v), 'g', g), json_agg(v ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
SELECT v, json_agg(json_build_object('id', id, 'v', v) ORDER BY id) FROM s27_n GROUP BY v ORDER BY v;
SELECT DISTINCT g, json_agg(json_build_array(v)) OVER (PARTITION BY g ORDER BY id) FROM s27_n ORDER BY 1, 2;
SELECT g, array_agg(to_jsonb(v) ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
-- @must
SELECT g, jsonb_agg(j ORDER BY id) FROM (SELECT id, g, jsonb_build_object('v', v) AS j FROM s27_n) s GROUP BY g ORDER BY g;
SELECT g, count(*), jsonb_agg(jsonb_build_object('v', v) ORDER BY id) FILTER (WHERE v > 2) FROM s27_n GROUP BY ROLLUP (g) ORDER BY g NULLS LAST, 2;
SELECT json_build_object('v', v) FROM s27_n ORDER BY id;
SELECT json_agg(json_build_object('v', v) ORDER BY id) FROM s27_n;
-- @must
SELECT g, json_agg(json_build_object('v', v) ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
SELECT g, json_agg(v ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
-- @must
SELECT g, jsonb_agg(jsonb_build_object('v', v) ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
SELECT g, json_agg(json_build_array(v, id)) FROM s27_n GROUP BY g ORDER BY g;
SELECT json_agg(json_build_array(v)) FROM s27_n;
SELECT g, array_agg(v ORDER BY id), string_agg(v::text, ',' ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
SELECT g, json_agg(to_json(v) ORDER BY id), jsonb_agg(to_jsonb(v) ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
-- @must
SELECT g, json_object_agg(id, v ORDER BY id), jsonb_object_agg(id, v ORDER BY id) FROM s27_n GROUP BY g ORDER BY g;
SELECT g, max(v), min(v), sum(v) FROM s27_n GROUP BY g ORDER BY g;
SELECT g, json_agg(x ORDER BY id) FROM (SELECT id, g, v FROM s27_n) x GROUP BY g ORDER BY g;
DROP TABLE s27_n;
-- Aggregates in functions in FROM, and to_timestamp's range
-- @must
SELECT * FROM sum(1);
-- @must
SELECT * FROM abs(sum(1));
SELECT * FROM generate_series(1, count(*));
SELECT * FROM abs((SELECT sum(1)));
SELECT * FROM count(*) c;
-- @must
SELECT to_timestamp('1700000000', 'J');
-- @must
SELECT to_timestamp('2460000', 'J');
SELECT to_timestamp('300000-01-01', 'YYYY-MM-DD');
SELECT to_timestamp('294276-12-31 23:00', 'YYYY-MM-DD HH24:MI');
SELECT to_timestamp('4714-11-24 00:00 BC', 'YYYY-MM-DD HH24:MI BC');
SELECT to_timestamp('4714-11-23 23:00 BC', 'YYYY-MM-DD HH24:MI BC');
SELECT to_date('1700000000', 'J');
-- Through the extended protocol
CREATE TABLE s27_p (id int PRIMARY KEY, v numeric, at timestamptz, doc jsonb, note text);
-- params: [1, "1.50", "2024-01-31 10:00:00+00", "{\"a\": [1, 2.50]}", "first"]
INSERT INTO s27_p VALUES ($1, $2, $3, $4, $5);
-- params: [2, "3.000", "2024-03-10 07:30:00+00", "{\"a\": []}", null]
INSERT INTO s27_p VALUES ($1, $2, $3, $4, $5);
-- params: [3, null, null, null, "third"]
INSERT INTO s27_p VALUES ($1, $2, $3, $4, $5);
-- params: ["1 month"]
SELECT id, at + $1::interval FROM s27_p ORDER BY id;
-- params: ["America/New_York"]
SELECT id, date_trunc('day', at, $1) FROM s27_p ORDER BY id;
-- params: ["day"]
SELECT id, date_trunc($1, at) FROM s27_p ORDER BY id;
-- params: ["epoch"]
SELECT id, date_part($1, at) FROM s27_p ORDER BY id;
-- params: ["YYYY-MM-DD HH24:MI"]
SELECT id, to_char(at, $1) FROM s27_p ORDER BY id;
-- params: ["FM999.000"]
SELECT id, to_char(v, $1) FROM s27_p ORDER BY id;
-- params: ["2024-03-05", "2024-03-01", "2024-03-10"]
SELECT ($1::date, $1::date + 1) OVERLAPS ($2::date, $3::date);
-- params: ["{a,0}", "9"]
SELECT id, jsonb_set(doc, $1::text[], $2::jsonb) FROM s27_p ORDER BY id;
-- params: ["$.a[*] ? (@ > 2)"]
SELECT id, jsonb_path_query_array(doc, $1::jsonpath) FROM s27_p ORDER BY id;
-- params: [-1]
SELECT id, doc -> 'a' ->> $1::int FROM s27_p ORDER BY id;
-- params: ["%s has %L"]
SELECT id, format($1, note, v) FROM s27_p ORDER BY id;
-- params: ["(\\d+)"]
SELECT regexp_matches('a1b22c333', $1, 'g');
-- params: ["a-b-c", "-", -2]
SELECT split_part($1, $2, $3);
-- params: [", "]
SELECT string_agg(note, $1 ORDER BY id) FILTER (WHERE note IS NOT NULL) FROM s27_p;
-- params: [0.5]
SELECT percentile_cont($1::float8) WITHIN GROUP (ORDER BY v), percentile_disc($1::float8) WITHIN GROUP (ORDER BY v) FROM s27_p;
-- params: ["v"]
SELECT json_agg(json_build_object($1::text, v) ORDER BY id) FROM s27_p;
-- params: ["v"]
WITH c AS (SELECT id, jsonb_build_object($1::text, v) AS j FROM s27_p) SELECT j FROM c ORDER BY id;
-- params: ["2.567"]
SELECT * FROM round($1::numeric, 2) r;
-- params: ["-4.50"]
SELECT x, pg_typeof(x)::text FROM abs($1::numeric) x;
-- params: ["{1,2}"]
SELECT t::int[] FROM (SELECT $1::text AS t) s;
-- params: ["1700000000"]
SELECT to_timestamp($1, 'J');
-- params: [1700000000]
SELECT to_timestamp($1::float8);
DROP TABLE s27_p;
