-- The twenty-fifth session's hunt for silent wrong answers: json/jsonb operators, functions, output
-- formats and ordering; to_char/to_number/to_date/to_timestamp templates; date_trunc/extract of
-- every field; make_*/age/overlaps; ordered and filtered aggregates, percentiles and mode; LIKE
-- with ESCAPE, SIMILAR TO, regexp_matches/regexp_split_to_table; format() and quoting; encodings
-- and digests; numeric rounding, scale functions, width_bucket and float8 output.
CREATE TABLE s25_doc (id int PRIMARY KEY, j jsonb, t json, n numeric, ts timestamp, tz timestamptz, d date, s text);
INSERT INTO s25_doc VALUES
 (1, '{"a": 1, "b": [1, 2, {"c": "x"}], "d": null}', '{"b": 2,  "a": 1, "a": 3}', 1.50, '2024-02-29 13:45:07.123456', '2024-02-29 13:45:07+00', '2024-02-29', 'ab%c'),
 (2, '[1, "two", 3.50, true, null, {"k": [10, 20]}]', '[1,  2 , "x"]', -2.5, '1999-12-31 23:59:59.999', '1999-12-31 23:59:59.999+00', '1999-12-31', 'a\b'),
 (3, '"scalar"', '"s"', 0, '2000-01-01 00:00:00', '2000-01-01 00:00:00+00', '2000-01-01', NULL),
 (4, NULL, NULL, NULL, NULL, NULL, NULL, 'x_y'),
 (5, '{"a": {"b": {"c": 5}}, "tags": ["x", "y"], "n": 1.0}', '{"n": 1.0e2}', 12345.678, '1970-01-01 00:00:00', '1970-01-01 00:00:00+00', '0044-03-15', 'Hello World'),
 (6, '{"z": 1, "a": 2, "aa": 3, "b": null}', '{}', 1e-5, '2021-01-03 12:00:00', '2021-01-03 12:00:00+00', '2021-01-03', '');
-- @must
SELECT id, j -> 'a', j ->> 'a', j -> 1, j ->> 1 FROM s25_doc ORDER BY id;
SELECT id, j #> '{b,2,c}', j #>> '{b,2,c}', j #> '{a,b}', j #>> '{a,b,c}' FROM s25_doc ORDER BY id;
SELECT id, j -> -1, j ->> -2, j -> 'b' -> -1 FROM s25_doc ORDER BY id;
SELECT id, j @> '{"a": 1}', j <@ '{"a": 1, "b": [1,2,{"c":"x"}], "d": null, "e": 1}' FROM s25_doc ORDER BY id;
SELECT id, j ? 'a', j ?| array['z', 'tags'], j ?& array['a', 'b'] FROM s25_doc ORDER BY id;
SELECT id, j ? 'two' FROM s25_doc ORDER BY id;
SELECT '[1,2,3]'::jsonb @> '[3,1]', '[1,2,[3]]'::jsonb @> '[[3]]', '[1,2]'::jsonb @> '1', '{"a":[1,2]}'::jsonb @> '{"a":[2]}';
SELECT '"abc"'::jsonb @> '"abc"', '1'::jsonb <@ '[1]', '{"a":1}'::jsonb <@ '{"a":1}';
SELECT '{"a":1}'::jsonb || '{"b":2}', '[1,2]'::jsonb || '[3]', '[1]'::jsonb || '{"a":1}', '{"a":1}'::jsonb || '"x"';
SELECT '1'::jsonb || '2'::jsonb, '{"a":1,"b":2}'::jsonb || '{"a":null}';
SELECT '{"a":1,"b":2}'::jsonb - 'a', '["a","b","a"]'::jsonb - 'a', '[1,2,3]'::jsonb - 1, '[1,2,3]'::jsonb - -1;
SELECT '{"a":1,"b":2,"c":3}'::jsonb - array['a','c'], '[1,2,3]'::jsonb - 10;
SELECT '{"a":{"b":{"c":1,"d":2}}}'::jsonb #- '{a,b,c}', '[1,[2,3]]'::jsonb #- '{1,0}', '{"a":1}'::jsonb #- '{x,y}';
SELECT '"x"'::jsonb - 'x';
SELECT jsonb_set('{"a":1}', '{b}', '2'), jsonb_set('{"a":1}', '{b}', '2', false), jsonb_set('{"a":{"x":1}}', '{a,y}', '"v"');
SELECT jsonb_set('[1,2,3]', '{1}', '"z"'), jsonb_set('[1,2,3]', '{-1}', '9'), jsonb_set('[1,2,3]', '{10}', '9'), jsonb_set('[1,2,3]', '{-10}', '0');
SELECT jsonb_set('{"a":1}', '{x,y}', '2'), jsonb_set('{"a":1}', '{a}', NULL), jsonb_set_lax('{"a":1}', '{a}', NULL);
SELECT jsonb_set_lax('{"a":1}', '{a}', NULL, true, 'delete_key'), jsonb_set_lax('{"a":1}', '{a}', NULL, true, 'return_target');
SELECT jsonb_insert('[1,2,3]', '{1}', '"new"'), jsonb_insert('[1,2,3]', '{1}', '"new"', true), jsonb_insert('{"a":[1,2]}', '{a,0}', '0');
SELECT jsonb_insert('{"a":1}', '{b}', '2');
SELECT jsonb_insert('{"a":1}', '{a}', '2');
SELECT jsonb_path_query_array('{"a":[1,2,3,4]}', '$.a[*] ? (@ > $min)', '{"min": 2}');
SELECT jsonb_path_exists('{"a":[1,2,3]}', '$.a[*] ? (@ == 2)'), jsonb_path_match('{"a":5}', '$.a > 3'), jsonb_path_query_first('{"a":[7,8]}', '$.a[1]');
SELECT * FROM jsonb_path_query('{"items":[{"p":1},{"p":5},{"p":3}]}', '$.items[*].p ? (@ >= $x)', '{"x": 3}');
SELECT jsonb_path_query_array('[1, "a", null, 2.5]', 'strict $[*] ? (@.type() == "number")');
SELECT jsonb_path_exists('{"a":1}', 'lax $.b'), jsonb_path_query_array('{"a":"x"}', '$.a.size()');
-- params: ["{\"a\":[1,2,3]}", "$.a[*] ? (@ > 1)"]
SELECT jsonb_path_query_array($1::jsonb, $2::jsonpath);
SELECT jsonb_agg(x ORDER BY x DESC) FROM (VALUES (1), (NULL), (3)) v(x);
SELECT jsonb_agg(x), json_agg(x) FROM (VALUES ('a'), (NULL)) v(x);
SELECT jsonb_agg(x) FROM (VALUES (1)) v(x) WHERE false;
SELECT jsonb_object_agg(k, v) FROM (VALUES ('b', 1), ('a', 2), ('b', 3)) t(k, v);
SELECT json_object_agg(k, v) FROM (VALUES ('b', 1), ('a', 2), ('b', 3)) t(k, v);
SELECT jsonb_object_agg(k, v) FROM (VALUES ('a', NULL::int), ('c', 1)) t(k, v);
SELECT jsonb_object_agg(k, v) FROM (VALUES (NULL::text, 1)) t(k, v);
SELECT json_agg(id ORDER BY id DESC) FILTER (WHERE id > 2) FROM s25_doc;
SELECT jsonb_agg(j ORDER BY id) FROM s25_doc WHERE id <= 3;
SELECT jsonb_agg(DISTINCT j) FROM (VALUES ('1'::jsonb), ('"a"'), ('1'), ('null')) v(j);
-- @must
SELECT id, t, t::text FROM s25_doc ORDER BY id;
SELECT id, t::jsonb FROM s25_doc ORDER BY id;
SELECT '{"b":1, "a":2, "a":3}'::json, '{"b":1, "a":2, "a":3}'::jsonb;
SELECT '{"aaa":1, "b":2, "cc":3}'::jsonb, '{"b":2,"aaa":1}'::jsonb = '{"aaa":1,"b":2}'::jsonb;
SELECT '  [1 ,2]  '::json, '  [1 ,2]  '::jsonb, '1.000'::jsonb, '1e2'::jsonb, '-0'::jsonb, '1E-3'::jsonb;
SELECT '"\u0041\n"'::jsonb, '"\u0041\n"'::json, '"\u00e9"'::jsonb;
SELECT '{"a":1}'::json -> 'a', '{"a":1,"a":2}'::json ->> 'a', '[1,2]'::json -> 5;
SELECT '{"a":[1,2]}'::json #> '{a,1}', '{"a":[1,2]}'::json #>> '{a}';
SELECT id FROM s25_doc WHERE j IS NOT NULL ORDER BY j, id;
SELECT j FROM (VALUES ('1'::jsonb), ('"a"'), ('null'), ('true'), ('false'), ('[]'), ('{}'), ('[1,2]'), ('{"a":1}'), ('2.5'), ('""'), ('[0]')) v(j) ORDER BY j;
SELECT '{"a":1,"b":2}'::jsonb > '{"a":1}'::jsonb, '[1,2,3]'::jsonb < '[2]'::jsonb, '{"b":1}'::jsonb > '{"a":2}'::jsonb, '"b"'::jsonb > '"ab"'::jsonb;
SELECT '1.0'::jsonb = '1'::jsonb, '1.10'::jsonb = '1.1'::jsonb, '[1.0]'::jsonb = '[1]'::jsonb;
SELECT max(j::text), min(j::text) FROM s25_doc;
SELECT to_jsonb('2024-02-29 13:45:07.5'::timestamp), to_json('2024-02-29 13:45:07'::timestamp), to_jsonb('2024-02-29'::date);
SELECT to_jsonb('2024-02-29 13:45:07+00'::timestamptz), to_json('2024-02-29 13:45:07.120+00'::timestamptz);
SELECT to_jsonb(1.50::numeric), to_jsonb(1e20::numeric), to_jsonb(1.5::float8), to_jsonb('NaN'::float8), to_jsonb('Infinity'::numeric);
SELECT to_jsonb(ARRAY[1,2,NULL]), to_jsonb(ARRAY[['a','b'],['c','d']]), to_json(ARRAY[1.50, 2]);
SELECT to_jsonb(row(1, 'x', NULL)), to_json(row(1.50, true)), to_jsonb('x'::text), to_jsonb(NULL::text), to_json(true);
SELECT to_jsonb(s) FROM s25_doc ORDER BY id;
SELECT row_to_json(r) FROM (SELECT id, n, d FROM s25_doc WHERE id IN (1, 2) ORDER BY id) r;
SELECT to_jsonb(r) FROM (SELECT id, ts, tz FROM s25_doc WHERE id IN (2, 5) ORDER BY id) r;
SELECT json_build_object('a', 1, 'b', NULL, 'a', 2), jsonb_build_object('a', 1, 'b', NULL, 'a', 2);
SELECT json_build_array(1, 'x', NULL, 1.50), jsonb_build_array(1, 'x', NULL, 1.50, now()::date - now()::date);
SELECT json_object('{a,1,b,2}'), jsonb_object('{a,1,b,NULL}'), jsonb_object('{a,b}', '{1,2}');
SELECT * FROM jsonb_array_elements('[1, "a", null, {"b": 2}, [3]]');
SELECT * FROM jsonb_array_elements_text('[1, "a", null, {"b": 2}, [3], "x\"y"]');
SELECT value, pg_typeof(value) FROM json_array_elements('[1,  "a" , null]');
SELECT * FROM jsonb_each('{"b": 1, "a": "x", "c": null, "d": [1]}');
SELECT * FROM jsonb_each_text('{"b": 1, "a": "x", "c": null, "d": [1]}');
SELECT * FROM json_each('{"b": 1, "a":  "x", "b": 2}');
SELECT * FROM jsonb_object_keys('{"b": 1, "aa": 2, "a": 3}');
SELECT id, e FROM s25_doc, jsonb_array_elements(j -> 'b') e ORDER BY id, e;
SELECT jsonb_array_elements('{"a":1}');
SELECT jsonb_each('[1]');
SELECT jsonb_strip_nulls('{"a":1,"b":null,"c":{"d":null,"e":[null,1]}}'), json_strip_nulls('{"a":null, "b": 1}');
SELECT jsonb_pretty('{"a":1,"b":[1,2,{"c":null}],"d":{}}');
SELECT jsonb_pretty('[]'), jsonb_pretty('"x"'), jsonb_pretty('{"a":[]}');
SELECT id, jsonb_typeof(j), json_typeof(t) FROM s25_doc ORDER BY id;
SELECT jsonb_typeof('1.5'), jsonb_typeof('null'), jsonb_typeof(NULL), jsonb_typeof('true');
SELECT jsonb_array_length('[1,[2,3],null]'), json_array_length('[]');
SELECT jsonb_array_length('{"a":1}');
SELECT '1'::jsonb::int, '1.7'::jsonb::numeric, 'true'::jsonb::bool, '2.5'::jsonb::float8;
SELECT '1.7'::jsonb::int;
SELECT '"1"'::jsonb::int;
SELECT 'null'::jsonb::int;
SELECT '[1]'::jsonb::numeric;
SELECT '"true"'::jsonb::bool;
SELECT '1e10'::jsonb::int;
SELECT ('{"a":"2"}'::jsonb ->> 'a')::int + 1, ('{"a":2}'::jsonb -> 'a')::int * 2;
SELECT '{bad'::jsonb;
SELECT '{"a":1,}'::json;
-- params: ["{\"k\": [1, 2]}", "k"]
SELECT $1::jsonb -> $2, $1::jsonb ->> $2, $1::jsonb ? $2;
-- params: ["{a,1}"]
SELECT '{"a":[5,6]}'::jsonb #>> $1::text[];
-- params: ["{\"z\":1}"]
UPDATE s25_doc SET j = j || $1::jsonb WHERE id = 6 RETURNING j;
UPDATE s25_doc SET j = jsonb_set(j, '{a,b,c}', '6') WHERE id = 5 RETURNING j;
SELECT id FROM s25_doc WHERE j @> '{"tags": ["y"]}' ORDER BY id;
SELECT id FROM s25_doc WHERE j ->> 'a' = '1' OR (j -> 'z')::int = 1 ORDER BY id;
SELECT j -> 'a' ->> 'b' FROM s25_doc WHERE id = 5;
SELECT jsonb_extract_path(j, 'a', 'b'), jsonb_extract_path_text(j, 'b', '1') FROM s25_doc WHERE id IN (1, 5) ORDER BY id;
SELECT json_extract_path_text('{"a":{"b":"x"}}', 'a', 'b'), json_extract_path('{"a":[1]}', 'a', '0');
SELECT to_json('a"b\c'::text), to_jsonb(E'tab\there'::text), to_json(E'\x01'::text);
SELECT jsonb_build_object('ts', '2024-01-01 10:00'::timestamp, 'n', 3.140::numeric);
SELECT json_typeof('{"a":1}'::json -> 'a'), '{"a":1}'::jsonb -> 'a' = '1';
-- to_char / to_number / to_date / to_timestamp
-- @must
SELECT to_char(ts, 'YYYY-MM-DD HH24:MI:SS.MS'), to_char(ts, 'YYYY-MM-DD HH24:MI:SS.US') FROM s25_doc ORDER BY id;
SELECT to_char(ts, 'Day DD Mon YYYY'), to_char(ts, 'FMDay FMDD FMMonth'), to_char(ts, 'DY dy Dy MON mon') FROM s25_doc ORDER BY id;
SELECT to_char(ts, 'IYYY-IW-ID'), to_char(ts, 'Q'), to_char(ts, 'J'), to_char(ts, 'DDD'), to_char(ts, 'WW W') FROM s25_doc ORDER BY id;
SELECT to_char(ts, 'HH12:MI AM'), to_char(ts, 'hh12 pm'), to_char(ts, 'A.M.'), to_char(ts, 'SSSS'), to_char(ts, 'CC') FROM s25_doc ORDER BY id;
SELECT to_char(ts, 'DDth'), to_char(ts, 'FMDDth'), to_char(ts, 'FMDDTH'), to_char(ts, 'MMth') FROM s25_doc ORDER BY id;
SELECT to_char(tz, 'YYYY-MM-DD"T"HH24:MI:SSOF'), to_char(tz, 'TZ') FROM s25_doc ORDER BY id;
SELECT to_char(d, 'YYYY/MM/DD'), to_char(d, 'Month'), to_char(d, 'RM'), to_char(d, 'FMRM') FROM s25_doc ORDER BY id;
SELECT to_char(1234567.891, '9G999G999D99'), to_char(-1234.5, '9,999.99'), to_char(0.5, '0.99'), to_char(0.5, '9.99');
SELECT to_char(-12.3, '999.99MI'), to_char(12.3, '999.99MI'), to_char(-12.3, '999.99PR'), to_char(12.3, '999.99PR'), to_char(-12.3, 'S999.99');
SELECT to_char(12.3, 'FM999.990'), to_char(12, 'FM999.99'), to_char(0, 'FM999'), to_char(0, '999'), to_char(1234, '99');
SELECT to_char(5, '9th'), to_char(21, 'FM99th'), to_char(112, 'FM999TH'), to_char(3, '0009'), to_char(-3, '0009');
SELECT to_char(123.456::float8, '999D9'), to_char(2.5::float8, '9'), to_char(3.5::float8, '9'), to_char(2.5::numeric, '9'), to_char(-2.5, '9');
SELECT to_char(1e20::numeric, '9.99EEEE'), to_char(0.000123, '9.999EEEE'), to_char(12345, 'RN'), to_char(4, 'FMRN');
SELECT to_char(n, 'FM9999990.00') FROM s25_doc ORDER BY id;
SELECT to_char(interval '1 day 02:03:04', 'HH24:MI:SS'), to_char(interval '50 hours', 'HH24 DD'), to_char(interval '3 months', 'MM');
SELECT to_number('12,345.67', '99G999D99'), to_number('-12.3', 'S99.9'), to_number('12.3-', '99.9MI'), to_number('<12.3>', '99.9PR');
SELECT to_number('$1,234', 'L9G999'), to_number('1 234', '9 999'), to_number('abc', '999'), to_number('', '999');
SELECT to_number('12345', '99'), to_number('0.5', '9.99'), to_number('  42', '999');
SELECT to_date('2024-02-30', 'YYYY-MM-DD');
SELECT to_date('2024-13-01', 'YYYY-MM-DD');
SELECT to_date('05 Mar 2024', 'DD Mon YYYY'), to_date('2024 060', 'YYYY DDD'), to_date('2024-W10-3', 'IYYY-"W"IW-ID'), to_date('20240229', 'YYYYMMDD');
SELECT to_date('1 1 99', 'DD MM YY'), to_date('1 1 70', 'DD MM YY'), to_date('2451545', 'J'), to_date('March 5, 2024', 'Month DD, YYYY');
SELECT to_timestamp('2024-02-29 13:45:07.123', 'YYYY-MM-DD HH24:MI:SS.MS'), to_timestamp('01/02/2024 11:30 PM', 'MM/DD/YYYY HH:MI AM');
SELECT to_timestamp(0), to_timestamp(1700000000.5), to_timestamp(-1), to_timestamp('Infinity'::float8);
SELECT to_timestamp('2024-01-01 25:00', 'YYYY-MM-DD HH24:MI');
SELECT to_timestamp('2024', 'YYYY'), to_timestamp('12:30', 'HH24:MI');
-- params: ["2024-07-04", "YYYY-MM-DD"]
SELECT to_date($1, $2), to_char(to_date($1, $2), 'FMMonth FMDDth, YYYY');
-- params: [1234.5, "FM9G999D00"]
SELECT to_char($1::numeric, $2);
-- date_trunc / extract / date_part
-- @must
SELECT date_trunc('month', ts), date_trunc('week', ts), date_trunc('quarter', ts), date_trunc('year', ts) FROM s25_doc ORDER BY id;
SELECT date_trunc('decade', ts), date_trunc('century', ts), date_trunc('millennium', ts), date_trunc('second', ts), date_trunc('milliseconds', ts) FROM s25_doc ORDER BY id;
SELECT date_trunc('day', tz), date_trunc('hour', tz), date_trunc('week', d), pg_typeof(date_trunc('day', d)) FROM s25_doc ORDER BY id;
SELECT date_trunc('hour', interval '2 days 03:45:10'), date_trunc('month', interval '1 year 5 months 3 days'), date_trunc('year', interval '15 months');
SELECT date_trunc('fortnight', now());
SELECT date_trunc('day', '2024-03-10 15:00:00+00'::timestamptz, 'America/New_York');
SELECT extract(epoch FROM ts), extract(isodow FROM ts), extract(dow FROM ts), extract(doy FROM ts), extract(julian FROM ts) FROM s25_doc ORDER BY id;
SELECT extract(century FROM ts), extract(millennium FROM ts), extract(decade FROM ts), extract(isoyear FROM ts), extract(week FROM ts), extract(quarter FROM ts) FROM s25_doc ORDER BY id;
SELECT extract(second FROM ts), extract(milliseconds FROM ts), extract(microseconds FROM ts), extract(minute FROM ts) FROM s25_doc ORDER BY id;
SELECT extract(epoch FROM tz), extract(timezone FROM tz), extract(hour FROM tz) FROM s25_doc ORDER BY id;
SELECT extract(epoch FROM d), extract(century FROM d), extract(julian FROM d), extract(year FROM d) FROM s25_doc ORDER BY id;
SELECT extract(hour FROM d);
SELECT date_part('epoch', ts), date_part('dow', ts), date_part('second', ts), pg_typeof(date_part('year', ts)) FROM s25_doc ORDER BY id;
SELECT extract(epoch FROM interval '1 year 2 months 3 days 04:05:06.5'), extract(day FROM interval '40 days'), extract(month FROM interval '14 months'), extract(year FROM interval '-14 months');
SELECT extract(century FROM interval '250 years'), extract(millennium FROM interval '2500 years'), extract(decade FROM interval '25 years'), extract(quarter FROM interval '7 months');
SELECT extract(hour FROM interval '-25 hours'), extract(minute FROM interval '90 minutes'), extract(microseconds FROM interval '1.5 seconds'), date_part('epoch', interval '1 month');
SELECT extract(dow FROM interval '1 day');
SELECT extract(century FROM date '0001-01-01'), extract(century FROM date '0001-01-01' - 1), extract(millennium FROM date '2000-12-31'), extract(millennium FROM date '2001-01-01');
SELECT extract(isoyear FROM date '2021-01-03'), extract(week FROM date '2021-01-03'), extract(week FROM date '2020-12-31'), extract(isodow FROM date '2021-01-03');
SELECT extract(epoch FROM timestamp 'infinity'), extract(year FROM date '-infinity'), date_trunc('day', timestamp 'infinity');
-- params: ["2024-05-06 07:08:09"]
SELECT extract(doy FROM $1::timestamp), date_trunc('minute', $1::timestamp);
-- make_* / age / overlaps
SELECT make_date(2024, 2, 29), make_date(-44, 3, 15), make_timestamp(2024, 1, 2, 3, 4, 5.678901), make_time(23, 59, 59.999999);
SELECT make_date(2023, 2, 29);
SELECT make_date(0, 1, 1);
SELECT make_timestamptz(2024, 7, 1, 12, 0, 0, 'UTC'), make_timestamptz(2024, 7, 1, 12, 0, 0, '+02'), make_timestamptz(2024, 1, 1, 0, 0, 0);
SELECT make_interval(1, 2, 3, 4, 5, 6, 7.5), make_interval(days => 10), make_interval(secs => 90.25), make_interval(weeks => -1, hours => 25);
SELECT make_interval(years => 1, months => -13), make_interval();
SELECT age('2024-03-31'::timestamp, '2024-02-29'::timestamp), age('2024-03-01'::date, '2023-02-28'::date), age('2024-01-31 10:00'::timestamp, '2024-03-01 12:30'::timestamp);
SELECT age('2000-02-29'::date, '1999-03-31'::date), age(timestamp '2024-05-15 00:00', timestamp '2020-05-31 23:59:59.5');
SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-02-01', date '2024-03-01'), (date '2024-01-01', date '2024-02-02') OVERLAPS (date '2024-02-01', date '2024-03-01');
SELECT (timestamp '2024-01-01', interval '1 day') OVERLAPS (timestamp '2024-01-01 12:00', timestamp '2024-01-01 12:00'), (date '2024-01-05', date '2024-01-01') OVERLAPS (date '2024-01-02', date '2024-01-03');
SELECT (date '2024-01-01', NULL::date) OVERLAPS (date '2024-01-01', date '2024-01-02'), (date '2024-01-01', NULL::date) OVERLAPS (date '2024-02-01', date '2024-02-02');
-- aggregates
CREATE TABLE s25_agg (id int PRIMARY KEY, g text, v int, x numeric, b bool, s text, f float8);
INSERT INTO s25_agg VALUES (1, 'a', 3, 1.5, true, 'pear', 1.5), (2, 'a', 1, 2.25, true, 'apple', NULL), (3, 'a', NULL, NULL, NULL, NULL, 2), (4, 'b', 7, 10, false, 'fig', 4), (5, 'b', 7, 10.0, true, 'Fig', 4), (6, 'b', 2, -3, NULL, 'apple', 0.5), (7, 'c', NULL, NULL, NULL, NULL, NULL), (8, 'a', 3, 0.5, false, 'pear', 8);
-- @must
SELECT g, string_agg(s, ',' ORDER BY s), string_agg(DISTINCT s, '|' ORDER BY s DESC), string_agg(s, ',' ORDER BY id) FILTER (WHERE v > 2) FROM s25_agg GROUP BY g ORDER BY g;
SELECT g, array_agg(v ORDER BY v NULLS FIRST), array_agg(DISTINCT v), array_agg(v) FILTER (WHERE b) FROM s25_agg GROUP BY g ORDER BY g;
SELECT g, array_agg(s ORDER BY v DESC, id) FROM s25_agg GROUP BY g ORDER BY g;
SELECT string_agg(s, NULL ORDER BY id), string_agg(NULL::text, ','), array_agg(NULL::int), string_agg(s, ', ' ORDER BY s NULLS FIRST) FROM s25_agg;
SELECT g, percentile_cont(0.5) WITHIN GROUP (ORDER BY v), percentile_disc(0.5) WITHIN GROUP (ORDER BY v), percentile_cont(0.25) WITHIN GROUP (ORDER BY x) FROM s25_agg GROUP BY g ORDER BY g;
SELECT percentile_cont(ARRAY[0, 0.25, 0.5, 1]) WITHIN GROUP (ORDER BY f), percentile_disc(ARRAY[0.1, 0.9]) WITHIN GROUP (ORDER BY s) FROM s25_agg;
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x), percentile_cont(0.5) WITHIN GROUP (ORDER BY v DESC), percentile_cont(0.3) WITHIN GROUP (ORDER BY f) FROM s25_agg;
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY v) FROM s25_agg;
SELECT g, mode() WITHIN GROUP (ORDER BY v), mode() WITHIN GROUP (ORDER BY s) FROM s25_agg GROUP BY g ORDER BY g;
SELECT mode() WITHIN GROUP (ORDER BY v DESC), mode() WITHIN GROUP (ORDER BY x) FROM s25_agg;
SELECT g, bool_and(b), bool_or(b), every(b), bool_and(v > 0) FROM s25_agg GROUP BY g ORDER BY g;
SELECT bit_and(v), bit_or(v), bit_xor(v), bit_and(v) FILTER (WHERE v > 100) FROM s25_agg;
SELECT g, count(DISTINCT s), count(DISTINCT lower(s)), count(*) FILTER (WHERE b IS NULL), sum(x) FILTER (WHERE x > 0) FROM s25_agg GROUP BY g ORDER BY g;
SELECT avg(x), sum(x), avg(v), sum(f), avg(f), stddev(v), variance(x) FROM s25_agg;
SELECT g, min(s), max(s), min(x), max(x) FROM s25_agg GROUP BY g ORDER BY g;
SELECT array_agg(x ORDER BY x), array_agg(DISTINCT x ORDER BY x) FROM s25_agg WHERE g = 'b';
SELECT jsonb_agg(x ORDER BY id), json_agg(f ORDER BY id) FROM s25_agg;
SELECT jsonb_object_agg(s, v ORDER BY id) FILTER (WHERE s IS NOT NULL AND g = 'b') FROM s25_agg;
-- params: [","]
SELECT string_agg(s, $1 ORDER BY id) FROM s25_agg WHERE g = 'a';
-- params: [0.5]
SELECT percentile_cont($1::float8) WITHIN GROUP (ORDER BY v) FROM s25_agg;
SELECT count(*), sum(v), string_agg(s, ','), bool_and(b), array_agg(v), jsonb_agg(v) FROM s25_agg WHERE false;
-- LIKE / SIMILAR / regexp
-- @must
SELECT s, s LIKE 'ab\%c', s LIKE 'ab#%c' ESCAPE '#', s LIKE 'a\\b', s ILIKE 'HELLO%', s LIKE '%' FROM s25_doc ORDER BY id;
SELECT 'x_y' LIKE 'x\_y', 'xzy' LIKE 'x\_y', 'x_y' LIKE 'x$_y' ESCAPE '$', 'abc' LIKE 'abc\', 'abc\' LIKE 'abc\\';
SELECT 'abc' LIKE 'a%' ESCAPE '', 'a%c' LIKE 'a%c' ESCAPE '', 'AbC' ILIKE 'a_c', 'abc' NOT ILIKE 'A%', 'ab' LIKE 'a_%_';
SELECT 'abc' LIKE 'a' ESCAPE 'xy';
SELECT 'abc' ~~ 'a%', 'abc' ~~* 'A%', 'abc' !~~ 'b%', NULL LIKE 'a', 'a' LIKE NULL;
SELECT 'abc' SIMILAR TO 'a(b|x)c', 'abc' SIMILAR TO 'a', 'abc' SIMILAR TO '%b%', 'a_c' SIMILAR TO 'a\_c', 'aaa' SIMILAR TO 'a{2,3}', 'ab' SIMILAR TO '[a-b]+';
SELECT 'a.c' SIMILAR TO 'a.c', 'abc' SIMILAR TO 'a.c', 'a|b' SIMILAR TO 'a#|b' ESCAPE '#', 'abcd' NOT SIMILAR TO 'ab%';
SELECT regexp_matches('foo1bar22baz333', '\d+', 'g');
SELECT regexp_matches('foo1bar22', '(\d)(\d)?', 'g');
SELECT regexp_matches('abc', 'x'), regexp_matches('ABC', 'b', 'i');
SELECT array_length(regexp_matches('a1b2', '([a-z])(\d)'), 1), (regexp_matches('k=v', '(\w)=(\w)'))[2];
SELECT regexp_split_to_table('a,b,,c', ',');
SELECT regexp_split_to_table('hello world', '\s*');
SELECT regexp_split_to_array('a1b22c', '\d+'), regexp_split_to_array('', ','), regexp_split_to_array('abc', ''), regexp_split_to_array('A-b-C', '-B-', 'i');
SELECT regexp_replace('aaa', 'a', 'b'), regexp_replace('aaa', 'a', 'b', 'g'), regexp_replace('abc', '(b)', '[\1]'), regexp_replace('abc', 'b', '\&\&');
SELECT regexp_match('x=1, y=2', '(\w)=(\d)'), regexp_match('none', '\d');
SELECT substring('foobar' from 'o(.)b'), substring('foobar' from '#"o_b#"%' for '#'), substring('abc' similar 'a#"b#"c' escape '#');
-- params: ["a.b.c", "\\."]
SELECT regexp_split_to_array($1, $2);
-- format / quoting / concat
-- @must
SELECT format('%s-%s', 'a', NULL), format('%I.%I', 'public', 'My Table'), format('%L', 'O''Reilly'), format('%L', NULL), format('%I', 'abc');
SELECT format('%2$s %1$s', 'world', 'hello'), format('|%10s|%-10s|', 'x', 'y'), format('%%'), format('%s', ARRAY[1,2]), format('%s %s', 1.50, true);
SELECT format('%3$s %s', 'a', 'b', 'c'), format('%1$s %s', 'a', 'b'), format('%*s|', 5, 'x'), format('%-*s|', 4, 'ab');
SELECT format('%I', NULL);
SELECT format('%s %s', 'only');
SELECT format('%x', 1);
SELECT format(NULL), format('x'), format('%s', VARIADIC ARRAY['a', 'b']), format('%L', 12.50), format('%L', E'a\\b');
SELECT quote_ident('abc'), quote_ident('ABC'), quote_ident('a"b'), quote_ident('select'), quote_ident('_x1'), quote_ident('1x'), quote_ident('');
SELECT quote_literal('it''s'), quote_literal(E'back\\slash'), quote_literal(NULL), quote_literal(42), quote_nullable(NULL), quote_nullable('x'), quote_nullable(1.50);
SELECT concat_ws(',', 'a', NULL, 'b', ''), concat_ws(NULL, 'a', 'b'), concat('a', NULL, 1, 1.50, true), concat(), concat_ws('-');
SELECT concat_ws(',', VARIADIC ARRAY['x', NULL, 'y']), concat(NULL, NULL), concat_ws(',', NULL);
SELECT md5('abc'), md5(''), md5(NULL), sha256('abc'::bytea), sha224(''::bytea), sha512('x'::bytea) IS NOT NULL;
SELECT encode('hello'::bytea, 'base64'), encode('hello'::bytea, 'hex'), encode(E'a\\000b\\377'::bytea, 'escape'), encode(sha256('x'), 'hex');
SELECT decode('aGVsbG8=', 'base64'), decode('68656c6c6f', 'hex'), decode('a\000b', 'escape'), convert_from(decode('aGVsbG8=', 'base64'), 'UTF8');
SELECT decode('xyz', 'hex');
SELECT decode('a', 'base64');
SELECT encode(repeat('a', 60)::bytea, 'base64');
SELECT decode('  aGVs  bG8=', 'base64'), decode('AB CD', 'hex');
SELECT translate('hello', 'el', 'ip'), translate('hello', 'lo', 'x'), translate('abc', '', 'x'), translate(NULL, 'a', 'b');
SELECT repeat('ab', 3), repeat('x', 0), repeat('x', -1), reverse('abc'), reverse(''), reverse(NULL);
SELECT starts_with('alphabet', 'alph'), starts_with('alphabet', ''), starts_with('a', 'ab'), starts_with(NULL, 'a');
SELECT left('abc', -1), right('abc', -1), initcap('hello wORLD-foo bar_baz'), ascii('A'), chr(65), btrim('xxaxx', 'x'), ltrim('  a '), rtrim('a  ');
SELECT split_part('a,b,c', ',', 2), split_part('a,b', ',', 5), strpos('hello', 'l'), position('' in 'abc'), overlay('Txxxxas' placing 'hom' from 2 for 4);
SELECT length('héllo'), octet_length('héllo'), bit_length('abc'), char_length(NULL), lpad('ab', 5, 'xy'), rpad('abcdef', 3), lpad('a', 3, '');
-- params: ["%s=%L", "k", "v'1"]
SELECT format($1, $2, $3);
-- params: ["My Col"]
SELECT quote_ident($1), quote_literal($1);
-- numeric rounding
-- @must
SELECT round(2.5), round(-2.5), round(2.5::float8), round(-2.5::float8), round(3.5::float8), round(0.5::float8);
SELECT round(1234.5678, -2), round(1250, -2), round(-1250, -2), round(1234.5678, 2), trunc(1234.5678, -2), trunc(-1234.5678, 1);
SELECT round(1.005, 2), round(1.005::float8 * 100) / 100, trunc(5.9), trunc(-5.9), trunc(5.9::float8), ceil(-0.5), floor(-0.5), ceil(-0.5::float8);
SELECT round(123.456, 10), round(0.0, 3), trunc(0.001, 2), round(99.5), round(-0.4), round(1e-20, 25);
SELECT round(2.5::float8, 0);
SELECT round(12.345::numeric, 1), round(n, 1), trunc(n), round(n, -1) FROM s25_doc ORDER BY id;
SELECT width_bucket(5.35, 0.024, 10.06, 5), width_bucket(0, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(-1, 0, 10, 5), width_bucket(5, 10, 0, 5);
SELECT width_bucket(5.0::float8, 0, 10, 3), width_bucket(now()::date, ARRAY['2020-01-01'::date, '2030-01-01']), width_bucket(7, ARRAY[1, 5, 10]);
SELECT width_bucket(5, 0, 10, 0);
SELECT scale(1.50), scale(1), scale(1e-5), scale(NULL::numeric), scale(100::numeric), scale(-0.000);
SELECT min_scale(1.500), min_scale(100), min_scale(0.00), trim_scale(1.500), trim_scale(100.0), trim_scale(0.000), trim_scale(-1.10);
SELECT div(9, 4), div(-9, 4), div(9.5, 2), mod(9, 4), mod(-9, 4), mod(9.5, 2), mod(-9.5, 2), div(7.0, 0.3);
SELECT mod(5, 0);
SELECT div(1, 0.0);
SELECT 9.5 % 2, -7 % 3, 7.0 % -3, 1 / 3.0, 10 / 4, 10.0 / 4, 2 ^ 10, 2.0 ^ 0.5;
SELECT power(2, -2), power(-8, 1.0/3), power(0, 0), power(2.0, 3), power(-2, 3), power(1.5::numeric, 2), pg_typeof(power(2, 3));
SELECT power(-8.0, 0.5);
SELECT power(0.0, -1);
SELECT sqrt(2), sqrt(2::numeric), sqrt(0), sqrt(16.0), sqrt(1e-10::numeric), cbrt(27), cbrt(-8);
SELECT sqrt(-1);
SELECT exp(1), exp(0), exp(1::numeric), exp(-1000::float8), exp(700), ln(1), log(100), log(2, 8), log10(1000);
SELECT exp(1000::float8);
SELECT exp(1000::numeric) > 0;
SELECT 1e15::float8, 1e16::float8, 1e17::float8, 123456789012345678::float8, 1.5e15::float8, 12345678901234567::float8;
SELECT -0::float8, '-0'::float8, 0 * -1::float8, -0.0::numeric, '-0'::numeric, round(-0.4::float8), (-0.0)::float8;
SELECT 0.1::float8 + 0.2::float8, 1/3::float8, 1e-5::float8, 1e-4::float8, 100000::float8 * 100000, 2::float8 ^ 60;
SELECT 1.0e16::float4, 1234567::float4, 1e-40::float4, 3.4e38::float4 * 10;
SELECT random_normal();
SELECT abs(-0.0), sign(-3.5), sign(0::float8), gcd(12, 18), lcm(4, 6), factorial(5), 5!;
SELECT 1.50 * 2, 1.50 + 1, 1.50::float8 * 2, (0.1 + 0.2) = 0.3, 1e3::numeric, 1.5e3, 2.00 / 3, 1 / 3.00;
SELECT numeric '1e-3', numeric 'NaN' + 1, 'NaN'::numeric = 'NaN'::numeric, 'Infinity'::numeric / 2, round('NaN'::numeric, 2);
-- params: [2.5, -1]
SELECT round($1::numeric), round($1::numeric, $2::int), trunc($1::float8);
-- params: [1234.5678, 2]
SELECT round($1::numeric, $2), trim_scale($1::numeric), scale($1::numeric);
SELECT sum(x), avg(x), round(avg(x), 2) FROM s25_agg WHERE g = 'b';
-- second pass: values read back from tables and through more functions
CREATE TABLE s25_ev (id int PRIMARY KEY, payload jsonb, meta json, at timestamptz, amount numeric(12,2), qty int, note text);
INSERT INTO s25_ev VALUES (1, '{"user": {"id": 7, "name": "Ann"}, "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}], "total": 12.50}', '{"v": 1, "v": 2}', '2024-03-10 01:30:00+00', 12.5, 3, 'first'),
 (2, '{"user": {"id": 8, "name": null}, "items": [], "total": 0}', '[]', '2024-03-10 07:30:00+00', 0, NULL, NULL),
 (3, '{"user": {"id": 7}, "items": [{"sku": "C", "qty": 10}], "total": 99.999, "flags": {"vip": true}}', 'null', '2024-11-03 06:00:00+00', 99.99, 10, 'third'),
 (4, '{"items": null}', '{"a": [1, {"b": null}]}', NULL, -5.5, -1, '');
-- @must
SELECT id, payload -> 'user' ->> 'name', (payload #>> '{user,id}')::int, payload -> 'items' -> 0 ->> 'sku', jsonb_array_length(payload -> 'items') FROM s25_ev ORDER BY id;
SELECT id, payload ->> 'total', (payload ->> 'total')::numeric * 2, payload -> 'total', (payload -> 'flags' ->> 'vip')::bool FROM s25_ev ORDER BY id;
SELECT payload #>> '{user,id}' AS uid, count(*), sum(amount), jsonb_agg(id ORDER BY id) FROM s25_ev GROUP BY 1 ORDER BY 1 NULLS FIRST;
SELECT e.id, i ->> 'sku', (i ->> 'qty')::int FROM s25_ev e, jsonb_array_elements(e.payload -> 'items') i ORDER BY e.id, 2;
SELECT e.id, i.sku, i.qty FROM s25_ev e CROSS JOIN LATERAL jsonb_to_recordset(e.payload -> 'items') AS i(sku text, qty int) ORDER BY 1, 2;
SELECT * FROM jsonb_to_record('{"a": 1, "b": "x", "c": [1,2], "d": null}') AS r(a int, b text, c jsonb, d numeric, e text);
SELECT * FROM json_populate_record(NULL::s25_ev, '{"id": 9, "amount": 1.234, "note": "n"}');
SELECT id, jsonb_object_keys(payload) FROM s25_ev WHERE id < 3 ORDER BY 1, 2;
SELECT id, meta, meta::text, meta::jsonb FROM s25_ev ORDER BY id;
SELECT id, payload - 'items' #- '{user,name}' FROM s25_ev ORDER BY id;
SELECT id, jsonb_build_object('id', id, 'at', at, 'amount', amount, 'note', note) FROM s25_ev ORDER BY id;
SELECT id, json_build_object('amount', amount, 'qty', qty) FROM s25_ev ORDER BY id;
SELECT to_jsonb(e) - 'payload' - 'meta' FROM s25_ev e ORDER BY id;
SELECT row_to_json(e) FROM (SELECT id, amount, at FROM s25_ev ORDER BY id) e;
SELECT jsonb_agg(e ORDER BY e.id) FROM (SELECT id, amount FROM s25_ev) e;
SELECT json_agg(e) FROM (SELECT id, note FROM s25_ev WHERE id > 2 ORDER BY id) e;
SELECT jsonb_object_agg(id, amount ORDER BY id), json_object_agg(id, note ORDER BY id) FROM s25_ev;
SELECT id, payload @> '{"user": {"id": 7}}', payload ? 'flags', payload -> 'items' @> '[{"sku": "C"}]' FROM s25_ev ORDER BY id;
SELECT id, jsonb_path_query_array(payload, '$.items[*].qty'), jsonb_path_exists(payload, '$.items[*] ? (@.qty > $n)', jsonb_build_object('n', qty)) FROM s25_ev ORDER BY id;
SELECT id, jsonb_path_query_first(payload, '$.user.name'), jsonb_path_match(payload, 'exists($.flags)') FROM s25_ev ORDER BY id;
SELECT id, jsonb_path_query_array(payload, '$.items[*] ? (@.sku like_regex "^[AB]")') FROM s25_ev ORDER BY id;
SELECT jsonb_path_query_array('[1, 2.5, "3", null]', '$[*] * 2');
SELECT jsonb_path_query_array('[1, 2.5]', '$[*].ceiling()'), jsonb_path_query_array('{"a": "2024-01-02"}', '$.a.datetime()');
SELECT jsonb_path_query('{"a": [1,2]}', 'strict $.b');
SELECT jsonb_path_query('{"a": 1}', '$.a ? (@ > $x)', '{}');
SELECT jsonb_path_exists('{"a": 1}', '$.a ? (@ > $x)', '{"x": 0}', true), jsonb_path_query_array('{"a": 1}', '$.*');
-- params: [7]
SELECT id FROM s25_ev WHERE (payload -> 'user' ->> 'id')::int = $1 ORDER BY id;
-- params: ["{\"user\": {\"id\": 8}}"]
SELECT id FROM s25_ev WHERE payload @> $1::jsonb ORDER BY id;
-- params: ["{items,0,qty}"]
SELECT id, payload #> $1 FROM s25_ev ORDER BY id;
UPDATE s25_ev SET payload = jsonb_set(payload, '{user,name}', to_jsonb(note)) WHERE id IN (1, 2) RETURNING id, payload -> 'user';
UPDATE s25_ev SET payload = payload || jsonb_build_object('seen', at) WHERE id = 3 RETURNING payload -> 'seen', payload ->> 'seen';
UPDATE s25_ev SET payload = jsonb_insert(payload, '{items,0}', '{"sku": "Z"}') WHERE id = 1 RETURNING jsonb_array_length(payload -> 'items');
SELECT id, to_char(at, 'YYYY-MM-DD HH24:MI TZ'), to_char(at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD HH24:MI'), date_trunc('day', at) FROM s25_ev ORDER BY id;
SELECT id, extract(epoch FROM at)::bigint, extract(dow FROM at), to_char(amount, 'FM999G990D00'), to_char(amount, 'S9990.0'), to_char(qty, 'FM00') FROM s25_ev ORDER BY id;
SELECT id, to_char(amount, '$999.99'), to_char(amount, 'L999.99'), to_char(amount, '999V99'), to_char(qty, 'SG999'), to_char(amount, 'PL999.99') FROM s25_ev ORDER BY id;
SELECT to_char(now()::date, 'YYYY') = to_char(current_date, 'YYYY'), to_char(1234.5::real, '9999.9'), to_char(-0.0, '0.0'), to_char(-0.001, 'FM0.00');
SELECT to_char(timestamp '2024-01-01 00:00:00', 'HH HH12 HH24 am'), to_char(timestamp '2024-01-01 12:00:00', 'HH12 PM'), to_char(timestamp '2024-06-15 18:05:03', 'FMHH12:MI p.m.');
SELECT to_char(date '2024-12-30', 'IYYY IW YYYY WW'), to_char(date '2021-01-01', 'IYYY-IW-ID Day'), to_char(date '2024-01-07', 'D ID');
SELECT to_char(timestamp '2024-03-05 04:05:06.789', 'YYYYMMDDHH24MISSFF3'), to_char(timestamp '2024-03-05 04:05:06.789', 'FF1 FF2 FF6'), to_char(timestamp '2024-03-05', 'Y,YYY YYY YY Y');
SELECT to_char(timestamp '2024-03-05', '"Quarter "Q", day "DDD'), to_char(timestamp '2024-03-05', 'MONTH|Month|month'), to_char(timestamp '2024-03-05', 'FMMONTH|FMDay');
SELECT to_char(timestamp '0044-03-15 00:00', 'YYYY BC'), to_char(date '0001-01-01' - 1, 'YYYY AD B.C.'), to_char(timestamp '2024-03-05', 'TZ OF');
SELECT to_char(12.5, '99.9 "units"'), to_char(7, 'FM9 "of" 9'), to_char(-7, 'FMS9'), to_char(1e9, '9G999G999G999'), to_char(123, 'FM0999'), to_char(-0.5, 'FM990.9');
SELECT to_char('NaN'::numeric, '999.99'), to_char('Infinity'::float8, '999'), to_char(1e100::float8, '9.9EEEE'), to_char(0::float8, 'FM9.99');
SELECT to_number('1,2,3', '9,9,9'), to_number('-1.5e3', '9.9EEEE'), to_number('12.345', '99D999'), to_number('1.2.3', '9.9.9');
SELECT to_timestamp('2024-03-10 02:30:00', 'YYYY-MM-DD HH24:MI:SS'), to_timestamp('10-Mar-2024', 'DD-Mon-YYYY'), to_timestamp('2024-03-10T05:00:00+03', 'YYYY-MM-DD"T"HH24:MI:SSTZH');
SELECT to_timestamp(' 2024  03 10', 'YYYY MM DD'), to_timestamp('2024/3/1', 'YYYY/MM/DD'), to_date('20240301', 'YYYYMMDD'), to_date('2024-3-1', 'YYYY-MM-DD');
SELECT to_date('2024-02-29', 'YYYY-DD-MM');
SELECT date_trunc('week', date '2024-01-01'), date_trunc('week', timestamp '2023-01-01 05:00'), date_trunc('quarter', date '2024-12-31'), date_trunc('month', timestamptz '2024-03-31 23:30:00-05');
SELECT extract(epoch FROM timestamptz '2024-03-10 12:00:00-05'), extract(epoch FROM timestamp '2024-03-10 12:00:00'), extract(epoch FROM date '1900-01-01'), extract(epoch FROM time '01:02:03.5');
SELECT extract(hour FROM time '13:45'), extract(second FROM time '13:45:07.25'), extract(epoch FROM interval '-1 day 02:00'), extract(day FROM date '2024-02-29' - date '2024-01-01');
SELECT date_part('julian', date '2024-02-29'), date_part('isoyear', timestamp '2027-01-01'), date_part('microseconds', timestamp '2024-01-01 00:00:59.000001'), date_part('timezone_hour', timestamptz '2024-01-01 00:00+00');
SELECT age(date '2024-02-29', date '2023-02-28'), age(timestamptz '2024-03-31 00:00+00', timestamptz '2024-02-29 00:00+00'), age(date '2024-01-01', date '2024-01-01');
SELECT make_timestamp(2024, 2, 30, 0, 0, 0);
SELECT make_interval(secs => -1.5), make_interval(mins => 1, secs => 0.000001), make_interval(years => 2147483647);
SELECT g, string_agg(DISTINCT s, ',') FROM s25_agg GROUP BY g;
SELECT string_agg(x::text, ',' ORDER BY x DESC NULLS LAST), array_agg(x ORDER BY x DESC NULLS FIRST) FROM (VALUES (1.50), (NULL), (2), (1.5)) v(x);
SELECT array_agg(DISTINCT y ORDER BY y), string_agg(DISTINCT y, '' ORDER BY y) FROM (VALUES ('b'), ('a'), ('b'), (NULL), ('B')) v(y);
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x), percentile_disc(0.5) WITHIN GROUP (ORDER BY x), mode() WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2), (3), (4)) v(x);
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY d), percentile_disc(0.3) WITHIN GROUP (ORDER BY d) FROM (VALUES (date '2024-01-01'), (date '2024-01-04')) v(d);
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY i), percentile_cont(0.75) WITHIN GROUP (ORDER BY t) FROM (VALUES (interval '1 hour', timestamp '2024-01-01'), (interval '2 hours', timestamp '2024-01-03')) v(i, t);
SELECT mode() WITHIN GROUP (ORDER BY x) FROM (VALUES (2), (1), (2), (1), (3)) v(x);
SELECT bool_and(x), bool_or(x), every(x) FROM (VALUES (NULL::bool)) v(x);
SELECT bit_and(x), bit_or(x) FROM (VALUES (12::int8), (10)) v(x);
SELECT 'a\' LIKE 'a\\', 'a%' LIKE 'a\%', 'a' LIKE 'a%\%' , 'a\b' LIKE '%\\%', '' LIKE '%';
SELECT 'abc' LIKE '%\';
SELECT '' LIKE '%\', 'ab' LIKE 'a\', 'ab' ILIKE 'A\';
SELECT 'ab' ILIKE 'ab\';
SELECT 'a' LIKE 'a#' ESCAPE '#';
SELECT 'ab' LIKE 'a#' ESCAPE '#';
SELECT 'a%b' LIKE 'a%%b' ESCAPE '%', 'a\b' LIKE 'a\b' ESCAPE '#', 'a_b' ILIKE 'A#_B' ESCAPE '#';
-- params: ["ab%"]
SELECT 'abc' LIKE $1, 'ABC' ILIKE $1;
-- params: ["ab\\"]
SELECT 'ab' LIKE $1;
SELECT regexp_matches('aAbB', '[a-z]', 'gi'), regexp_matches('abab', '(a)(b)', 'g');
SELECT regexp_replace('Hello World', '(\w+) (\w+)', '\2 \1'), regexp_replace('aaa', '^a', 'X', 'g'), regexp_replace('a.b.c', '\.', '-', 'g'), regexp_replace('abc', '', '-', 'g');
SELECT regexp_count('abcabc', 'b'), regexp_instr('abcabc', 'c', 1, 2), regexp_like('ABC', 'b', 'i'), regexp_substr('a1b22', '\d+', 1, 2);
SELECT format('%s', NULL::int), format('[%5s][%-5s]', NULL, NULL), format('%I', 'Ünïcode'), format('%L', '2024-01-01'::date), format('%s', 1.50::float8);
SELECT format('%1$s %1$I %1$L', 'x y'), format('%-3s|', 'abcdef'), format('%3$s', 'a', 'b');
SELECT quote_literal('a\b'), quote_literal(E'a\nb'), quote_ident('Abc def'), quote_ident('user'), quote_ident('xmin'), quote_ident('abc$');
SELECT encode(convert_to('héllo', 'UTF8'), 'hex'), encode('\x00ff'::bytea, 'base64'), encode(E'\\x5c'::bytea, 'escape'), md5('héllo'), length(sha256('abc'));
SELECT decode('MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTA=', 'base64');
SELECT round(n::float8) FROM (VALUES (0.5), (1.5), (2.5), (-0.5), (-1.5)) v(n);
SELECT round(n), round(n, 1), trunc(n, 1) FROM (VALUES (0.45), (0.55), (-0.45), (1.25)) v(n);
SELECT round(1234567.891::float8, 2), round(0.125::float8, 2), round(2.675::float8, 2), trunc(1.999::float8, 2), round(1e300::float8, 2);
SELECT round(123::int, -1), round(125::int, -1), trunc(129::int, -1), round(12345.6789::numeric(10,4), -3), round(1.5::real);
SELECT width_bucket(3.5::numeric, 1, 5, 4), width_bucket(2.5::float8, 1, 3, 2), width_bucket(NULL, 1, 3, 2), width_bucket(5, 1, 5, 4);
SELECT width_bucket(1, 1, 1, 2);
SELECT scale(2.50 * 2), scale(1.0 / 3), scale(sqrt(2::numeric)), scale(10::numeric / 4), trim_scale(10.0 / 4), min_scale(1.0 / 3);
SELECT div(-7.5, 2), mod(-7.5, 2), div(7, -2), mod(7, -2), mod(7::int8, 3), mod(-0.0, 1), 7.5 % 2.5;
SELECT sqrt(1e100::numeric), power(10::numeric, 20), power(2::numeric, -3), power(10, -2), exp(2.5::numeric), ln(10::numeric), log(8::numeric);
SELECT power(10::float8, 15), power(10::float8, 16), 10::float8 ^ 17, 1e21::float8, 1e-7::float8, 0.0001::float8, 123456789.123456789::float8;
SELECT 1e15::float8::text, 1e16::float8::text, (2::float8 ^ 53)::text, (2::float8 ^ 53 + 1)::text, 1e22::float8::numeric, 1e16::float8::numeric;
SELECT -0::float8 = 0::float8, '-0'::float8::text, '-0'::float4, ceil(-0.5::float8), -(0::float8), round(-0.4), trunc(-0.4::float8);
SELECT sum(x), avg(x) FROM (VALUES (1e15::float8), (1e15), (3)) v(x);
SELECT avg(x), sum(x) FROM (VALUES (1::int8), (2), (2)) v(x);
SELECT 5 / 2.0, 5::numeric / 3, 1::numeric / 7 * 7, 2.0 ^ 64, 10.0 ^ -3, 0.5 ^ 2, (-2.0) ^ 2;
DROP TABLE s25_ev;
-- third pass: quoting, interval wrap-around, session time zone, ordered-set edges, to_char/to_number templates, jsonb edits and arrays of json
SELECT quote_ident('café'), quote_ident('a-b'), quote_ident('aB'), quote_ident('über'), format('%I', 'x$'), format('%I', 'café');
SELECT quote_ident('select'), quote_ident('from'), quote_ident('int'), quote_ident('current_user'), quote_ident('between'), quote_ident('name'), quote_ident('value'), quote_ident('true');
SELECT quote_ident('natural'), quote_ident('left'), quote_ident('offset'), quote_ident('window'), quote_ident('over'), quote_ident('filter'), quote_ident('varchar'), quote_ident('json');
SELECT make_interval(months => 2147483647, years => 1);
SELECT make_interval(days => 2147483647, weeks => 1);
SELECT make_interval(hours => 2562047788);
SELECT to_char(-1234.567, 'FM9G999D99MI'), to_char(1234.567, '9G999D99S'), to_char(0.01, 'FMD99'), to_char(-0.01, '.99'), to_char(5, 'FMS9th');
SELECT to_char(12345678, '9,999'), to_char(-5, 'PR9'), to_char(5.5, 'FM9.9PR'), to_char(100, 'FM9,999'), to_char(1000000, 'FM9,999,999');
SELECT to_char(interval '-1 day -02:03:04', 'DD HH24:MI:SS'), to_char(interval '1 year 2 months', 'YYYY-MM'), to_char(interval '100 hours 5 minutes', 'HH12:MI'), to_char(interval '0', 'HH24');
SELECT jsonb_set('{"a":[1,2]}', '{a,-5}', '0'), jsonb_set('{"a":[]}', '{a,0}', '1'), jsonb_insert('[]', '{0}', '1'), jsonb_insert('[1]', '{-1}', '0', true), jsonb_insert('[1,2]', '{5}', '9');
SELECT jsonb_set('{}', '{}', '1'), jsonb_set('[1]', '{x}', '1');
SELECT '{"a":1}'::jsonb - 0, '[1,2]'::jsonb #- '{-1}', '{"a":[1,2]}'::jsonb #- '{a,-1}', '[]'::jsonb - 0;
SELECT '{"a":{"b":1}}'::jsonb #> '{}', '{"a":1}'::jsonb #>> '{}', '"x"'::jsonb #>> '{}', '[1]'::jsonb #> '{0,0}', '{"a":1}'::jsonb #> '{a,b}';
SELECT '{"a": 1}'::jsonb ?| '{}'::text[], '{"a": 1}'::jsonb ?& '{}'::text[], '["a", null]'::jsonb ? 'a', '{"a":null}'::jsonb ?| array[NULL, 'a'];
SELECT '[[1,2],[3]]'::jsonb @> '[1]', '[[1,2]]'::jsonb @> '[[2]]', '{"a":{"b":1,"c":2}}'::jsonb @> '{"a":{}}', '[]'::jsonb @> '[]', '{}'::jsonb <@ '[]';
SELECT jsonb_typeof('{"a":1}'::jsonb -> 'b'), '{"a":null}'::jsonb -> 'a' IS NULL, '{"a":null}'::jsonb ->> 'a' IS NULL, 'null'::jsonb IS NULL;
SELECT '{"a":1.10}'::jsonb, '[1.0, 1e0, 1E+2, 0.00001, 1e-7, 123456789012345678901234567890]'::jsonb, '-1.5e-3'::jsonb;
SELECT '[1.0, 1e0, 1E+2, 1e-7]'::json, '{ "a" : 1 }'::json, '{"a":"\u00e9\t"}'::json ->> 'a', '{"a":"\u00e9\t"}'::jsonb ->> 'a';
SELECT '"\ud83d\ude00"'::jsonb, '"\u0000"'::json, '{"a":"x"}'::json -> 'a';
SELECT '"\u0000"'::jsonb;
SELECT jsonb_agg(x) FROM (VALUES (1.50::numeric), (2e3)) v(x);
SELECT to_jsonb(1e-7::numeric), to_jsonb(0.1::float4), to_jsonb(1e16::float8), to_jsonb(-0::float8), to_jsonb(123456789.123::float8), to_json(1e100::float8);
SELECT to_jsonb('12:34:56'::time), to_jsonb('1 day 2 hours'::interval), to_jsonb('\x0102'::bytea), to_jsonb('{1,2}'::int[]), to_jsonb('a b'::tsvector);
SELECT to_jsonb('infinity'::timestamp), to_jsonb('2024-01-01 10:00:00.000001+05:30'::timestamptz), to_json('0044-03-15 BC'::date), to_jsonb(uuid '00000000-0000-0000-0000-000000000001');
SELECT jsonb_build_object(1, 2, true, 'x', 1.5, NULL), json_build_object('a', '{"x":1}'::json, 'b', '[1]'::jsonb, 'c', ARRAY['q']);
SELECT jsonb_build_object(NULL, 1);
SELECT json_object_agg(k, v) FROM (VALUES ('a', '{"x": 1}'::json)) t(k, v);
SELECT jsonb_pretty('{"a":{"b":[1,{"c":"d"}]},"e":"f\"g"}'), jsonb_pretty('[[]]'), jsonb_pretty('{"a": 1.50}');
SELECT jsonb_strip_nulls('[null, {"a": null}]'), json_strip_nulls('[{"a":null,"b":{"c":null}}]'), jsonb_strip_nulls(NULL), jsonb_strip_nulls('null');
SELECT * FROM json_each_text('{"a":"x\"y","b":{"c":1},"d":null}');
SELECT * FROM jsonb_array_elements_text('["\u00e9", "a\nb", 1.50, true]');
SELECT jsonb_array_elements_text('[1, "a"]'), jsonb_object_keys('{"b":1,"a":2}');
SELECT '{"a":1}'::jsonb::text, '{"a":1}'::json::jsonb::json, '[1,   2]'::json::text, ('[1, 2]'::jsonb)::text::json;
SELECT '123'::jsonb::int2, '2147483648'::jsonb::int8, '1e2'::jsonb::int, '-1.5'::jsonb::int, '2.5'::jsonb::int, '0.5'::jsonb::int;
SELECT '32768'::jsonb::int2;
SELECT 'true'::jsonb::int;
SELECT '1'::jsonb::bool;
SELECT '"2024-01-01"'::jsonb::text, ('"2024-01-01"'::jsonb #>> '{}')::date, '"a"'::jsonb::text = '"a"';
SELECT '1.5'::json::jsonb::numeric, 'true'::json::bool;
SET timezone = 'America/New_York';
SELECT date_trunc('day', timestamptz '2024-03-10 12:00:00+00'), date_trunc('hour', timestamptz '2024-11-03 06:30:00+00'), date_trunc('month', timestamptz '2024-03-01 02:00:00+00');
SELECT extract(hour FROM timestamptz '2024-03-10 12:00:00+00'), extract(timezone FROM timestamptz '2024-07-01 00:00+00'), extract(epoch FROM timestamptz '2024-03-10 12:00:00+00'), extract(day FROM timestamptz '2024-03-01 02:00+00');
SELECT to_char(timestamptz '2024-07-01 12:00+00', 'YYYY-MM-DD HH24:MI TZ OF TZH:TZM'), to_char(timestamptz '2024-01-01 12:00+00', 'tz');
SELECT age(timestamptz '2024-03-11 00:00-04', timestamptz '2024-03-10 00:00-05'), timestamptz '2024-03-10 00:00' + interval '1 day', make_timestamptz(2024, 3, 10, 2, 30, 0);
SELECT to_jsonb(timestamptz '2024-07-01 12:00+00'), to_json(now() - now()), jsonb_build_object('t', timestamptz '2024-01-01 00:00+00');
SELECT to_timestamp(0), to_timestamp('2024-07-01 10:00', 'YYYY-MM-DD HH24:MI'), date_part('timezone_hour', timestamptz '2024-07-01 00:00+00');
SELECT date_trunc('day', timestamptz '2024-11-03 12:00:00+00', 'UTC'), date_trunc('week', timestamptz '2024-03-11 03:00:00+00');
RESET timezone;
SELECT string_agg(b, '\x2c'::bytea ORDER BY b) FROM (VALUES ('\x01'::bytea), ('\x02')) v(b);
SELECT array_agg(a ORDER BY a[1]) FROM (VALUES (ARRAY[2,3]), (ARRAY[1,2])) v(a);
SELECT array_agg(a) FROM (VALUES (ARRAY[1]), (ARRAY[1,2])) v(a);
SELECT string_agg(x::text, ',') WITHIN GROUP (ORDER BY x) FROM (VALUES (1)) v(x);
SELECT count(DISTINCT (a, b)), count(DISTINCT a) FILTER (WHERE b > 1) FROM (VALUES (1, 2), (1, 2), (1, 3), (NULL, 1)) v(a, b);
SELECT array_agg(DISTINCT x ORDER BY x DESC) FROM (VALUES ('b'), ('a'), ('b')) v(x);
SELECT array_agg(x ORDER BY y) FROM (VALUES (1, 'b'), (2, 'a'), (3, NULL)) v(x, y);
SELECT string_agg(x, ',' ORDER BY length(x), x DESC) FROM (VALUES ('bb'), ('a'), ('c'), ('aa')) v(x);
SELECT percentile_disc(0) WITHIN GROUP (ORDER BY x), percentile_disc(1) WITHIN GROUP (ORDER BY x), percentile_cont(0) WITHIN GROUP (ORDER BY x) FROM (VALUES (3), (1), (NULL), (2)) v(x);
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1::numeric), (2.5)) v(x);
SELECT percentile_cont(0.333) WITHIN GROUP (ORDER BY x), percentile_disc(0.333) WITHIN GROUP (ORDER BY x) FROM generate_series(1, 10) x;
SELECT percentile_cont(NULL) WITHIN GROUP (ORDER BY x) FROM (VALUES (1)) v(x);
SELECT mode() WITHIN GROUP (ORDER BY x) FROM (VALUES (NULL::int), (NULL)) v(x);
SELECT g, mode() WITHIN GROUP (ORDER BY v) FILTER (WHERE v > 1) FROM (VALUES ('a', 1), ('a', 2), ('a', 2), ('b', 1)) t(g, v) GROUP BY g ORDER BY g;
SELECT every(x > 0), bool_or(x > 5) FROM (VALUES (1), (NULL), (7)) v(x);
SELECT bit_and(x::int2), bit_or(x::int2), bit_xor(x) FROM (VALUES (3), (5)) v(x);
SELECT bit_or(b), bit_and(b) FROM (VALUES (B'1010'), (B'0110')) v(b);
SELECT format('%5s|%-5s|', 'héllo', 'é'), format('%s', '{"a":1}'::jsonb), format('%L', '{"a":1}'::jsonb), format('%s', ARRAY['a b', NULL]), format('%L', ARRAY[1,2]);
SELECT format('%I', ARRAY['a', 'B']), format('%s', row(1, 'x')), format('%L', 1.50::numeric), format('%L', true), format('%-s|', 'a');
SELECT format('%0$s', 'a');
SELECT format('%*2$s|', 'x', 4), format('%1$*2$s|', 'x', 4), format('%*s|', -4, 'x'), format('%*s|', NULL, 'x');
SELECT format('%s %s %s', 1, 2), format('%', 1);
SELECT format('%s %s', 1, 2);
SELECT concat_ws('|', 1, 2.50, NULL, true, '2024-01-01'::date, ARRAY[1,2]), concat(1.50::float8, 'x', '{"a":1}'::json);
SELECT encode('abc'::bytea, 'escape'), encode(E'\\x00'::bytea, 'escape'), encode('\x5c7f80'::bytea, 'escape'), decode('\\\\x', 'escape'), decode(E'\\141', 'escape');
SELECT encode(decode('00ff10', 'hex'), 'base64'), decode('AP8Q', 'base64'), decode('AP8Q====', 'base64');
SELECT decode('AP8', 'base64');
SELECT decode('abc', 'hex');
SELECT encode('x'::bytea, 'foo');
SELECT md5('a'::bytea), sha256(''), sha384('abc'), encode(sha1('abc'), 'hex');
SELECT translate('abcabc', 'abc', 'AB'), translate('héllo', 'é', 'e'), translate('aaa', 'aa', 'xy'), overlay('abc' placing 'XYZ' from 5), overlay('abcdef' placing '' from 2 for 2);
SELECT repeat('é', 3), reverse('héllo'), starts_with('héllo', 'hé'), 'abc' ^@ 'ab', strpos('héllo', 'l'), position('lo' in 'héllo');
SELECT split_part('a||b', '||', 2), split_part('abc', '', 1), split_part('', ',', 1), split_part('a,b,c', ',', -1), split_part('a,b', ',', 0);
SELECT to_char(1.5, '9.9EEEE'), to_char(-1234.5, '9.99EEEE'), to_char(0, '9.99EEEE'), to_char(123.456, 'FM9.99EEEE');
SELECT to_char(1234.5, '9999'), to_char(1234.5, 'FM9999.'), to_char(0.1, '.9'), to_char(0.1, 'FM.9'), to_char(-0.1, 'FM.9'), to_char(10, '99.'), to_char(5, '9D');
SELECT to_char(123, 'xx999yy'), to_char(123, '9 9 9'), to_char(123, '"9"999'), to_char(-123, '999S'), to_char(-123, 'MI999'), to_char(123, 'SG999'), to_char(-123, 'FMPR999');
SELECT to_char(1, 'RN'), to_char(3999, 'RN'), to_char(4000, 'RN'), to_char(0, 'RN'), to_char(-1, 'FMRN'), to_char(1994, 'rn');
SELECT to_char(12.34::float4, '99.999'), to_char(1e-10::float8, '9.999999999999'), to_char(123456789012345::float8, '999999999999999'), to_char(0.3::float8, '9.99999999999999999');
SELECT to_char(interval '1 day 3 hours', 'DD "days" HH24 "h"'), to_char(interval '1.5 seconds', 'SS.MS'), to_char(interval '-3 hours', 'HH24'), to_char(interval '25 hours', 'HH12'), to_char(interval '2 years 14 months', 'YYYY MM');
SELECT to_char(timestamp '2024-01-01 00:00:00', 'IW IYYY IYY IY I'), to_char(timestamp '2024-12-31', 'IW'), to_char(timestamp '2024-02-29 23:59:59', 'SSSSS'), to_char(timestamp '2024-02-29', 'FMWW FMW');
SELECT to_char(timestamp '2024-02-29 13:05:07', 'hh24:mi:ss'), to_char(timestamp '2024-02-29', 'yyyy-mm-dd'), to_char(timestamp '2024-02-29', 'day mon'), to_char(timestamp '2024-02-29', 'Dy, DD Mon YYYY HH24:MI:SS');
SELECT to_char(timestamp '2024-02-29 13:05:07.123456', 'MS US FF4 FF5'), to_char(timestamp '2024-02-29', 'J Q CC'), to_char(timestamp '1900-01-01', 'CC'), to_char(timestamp '2000-12-31', 'CC');
SELECT to_char(date '2024-02-05', 'FMDD/FMMM/YYYY'), to_char(date '2024-02-05', 'DD/MM/YY'), to_char(date '2024-02-05', 'FMMonth FMDDth'), to_char(date '2024-02-22', 'DDth ddth'), to_char(date '2024-02-13', 'DDth');
SELECT to_char(date '2024-02-05', 'TMMonth'), to_char(date '2024-02-05', 'TMDay'), to_char(date '2024-02-05', 'FMTMMonth');
SELECT to_char(now(), '') IS NULL, to_char(date '2024-01-01', 'YYYY-MM-DD HH24:MI:SS'), to_char(time '13:45:10', 'HH24:MI'), to_char(123, '');
SELECT to_date('2024-02-29 junk', 'YYYY-MM-DD'), to_date('24-2-9', 'YY-MM-DD'), to_date('Feb 29 2024', 'Mon DD YYYY'), to_date('THURSDAY 2024-02-29', 'DAY YYYY-MM-DD');
SELECT to_date('2024-060', 'YYYY-DDD'), to_date('2024 10', 'YYYY WW'), to_date('2024 1 1', 'IYYY IW ID'), to_date('2024Q2', 'YYYY"Q"Q'), to_date('1', 'CC');
SELECT to_date('99', 'YY'), to_date('49', 'YY'), to_date('50', 'YY'), to_date('999', 'YYY'), to_date('0', 'Y');
SELECT to_timestamp('2024-02-29 1:05:07 PM', 'YYYY-MM-DD HH:MI:SS AM'), to_timestamp('2024-02-29 12:00 AM', 'YYYY-MM-DD HH12:MI AM'), to_timestamp('13', 'HH12');
SELECT to_timestamp('2024-02-29 10:00:00.5', 'YYYY-MM-DD HH24:MI:SS.FF1'), to_timestamp('2024-02-29 10:00:00.123456', 'YYYY-MM-DD HH24:MI:SS.US'), to_timestamp('2024-02-29 +05', 'YYYY-MM-DD TZH');
SELECT to_timestamp('1700000000'), to_timestamp(1e20);
SELECT to_timestamp(NULL::float8), to_timestamp('NaN'::float8);
SELECT to_number('1,000.5-', '9G999D9S'), to_number('(100)', '999PR'), to_number('12e3', '99EEEE'), to_number('-', '9'), to_number('.5', '.9'), to_number('1 2', '99');
SELECT to_number('12,3', '99,9'), to_number('1234', '9G999'), to_number('123.45', '999'), to_number('123.45', 'FM999.9'), to_number('RN', 'RN');
SELECT to_number('0x10', '9999'), to_number('9.', '9.'), to_number('+5', 'S9'), to_number('5+', '9S'), to_number('1.5', '9V9');
SELECT to_char(123, ''), to_char(1.5::float8, ''), to_char(1.5::float4, ''), to_char(-5, ''), to_char(5::int8, ''), to_char(interval '1 day', ''), to_char(date '2024-01-01', '');
SELECT jsonb_set('{"a":1}', '{}', '2'), jsonb_set('{"a":{"b":1}}', '{a,b,c}', '2'), jsonb_set('"x"', '{a}', '1');
SELECT jsonb_insert('{"a":[1]}', '{a,-1}', '0'), jsonb_insert('{"a":[1]}', '{a,-2}', '0'), jsonb_insert('{"a":[1]}', '{a,-3}', '0', true);
SELECT jsonb_insert('1', '{0}', '2');
SELECT '["a", {"b": 1}]'::jsonb #- '{1,b}', '{"a": 1}'::jsonb - 'b', '[1, 2]'::jsonb - '{1}'::text[], '{"a":[1,2,3]}'::jsonb #- '{a,1}' #- '{a,0}';
SELECT '"x"'::jsonb #- '{0}';
SELECT jsonb_concat('{"a":1}', '{"b":2}'), '[1]'::jsonb || 'null'::jsonb, '{"a":[1]}'::jsonb || '{"a":[2]}';
SELECT jsonb_path_query_array('{"a":[{"x":1},{"x":2}]}', '$.a[last].x'), jsonb_path_query_array('[1,2,3,4]', '$[1 to last]'), jsonb_path_query_array('{"a":{"b":{"c":1}}}', '$.**.c');
SELECT jsonb_path_query_array('[{"a":1},{"a":null},{}]', '$[*].a'), jsonb_path_query_array('[1,2]', '$[*] ? (@ != 1)'), jsonb_path_query_array('["abc","b"]', '$[*] ? (@ starts with "a")');
SELECT jsonb_path_query_array('{"a":[1,2,3]}', '$.a.size()'), jsonb_path_query_array('[1.5, -2.5]', '$[*].abs().floor()'), jsonb_path_query_array('"1.5"', '$.double()'), jsonb_path_query_array('[1,2]', '$.keyvalue()');
SELECT jsonb_path_query_array('{"a":1,"b":"x"}', '$.keyvalue()'), jsonb_path_query_array('{"a":1}', '$.type()'), jsonb_path_query_array('[]', '$.type()');
SELECT jsonb_path_exists('{}', '$.a'), jsonb_path_match('{}', '$.a == 1'), jsonb_path_match('[true]', '$[0]'), jsonb_path_query_first('[]', '$[0]');
SELECT jsonb_path_match('{"a": 1}', '$.a');
SELECT jsonb_path_query_array('[1, "2", 3]', 'lax $[*] ? (@ > 1)'), jsonb_path_query_array('[1, "2", 3]', 'strict $[*] ? (@ > 1)');
SELECT jsonb_path_query_array('{"a":5}', '$.a ? (@ > $lo && @ < $hi)', '{"lo": 1, "hi": 10}'), jsonb_path_query_array('[1,2,3]', '$[*] ? (@ == $v)', '{"v": "2"}');
SELECT '{"a":1}'::jsonb @? '$.a', '{"a":1}'::jsonb @@ '$.a == 1', '{"a":1}'::jsonb @? '$.b', '[1,2]'::jsonb @@ '$[*] > 1';
SELECT jsonb_agg(x ORDER BY x) FILTER (WHERE x IS NOT NULL), jsonb_object_agg(coalesce(y, 'null'), x) FROM (VALUES (2, 'b'), (NULL, 'a'), (1, NULL)) v(x, y);
SELECT json_agg(x ORDER BY x NULLS FIRST) FROM (VALUES ('{"a":1}'::json), (NULL), ('[1, 2]')) v(x);
SELECT jsonb_agg(x) FROM (VALUES ('{"b":1,"a":2}'::json)) v(x);
SELECT json_agg(x), jsonb_agg(x) FROM (VALUES (1.50), (2e-3), (NULL)) v(x);
SELECT json_object_agg(k, v ORDER BY k DESC), jsonb_object_agg(k, v ORDER BY k) FROM (VALUES ('b', 1.50), ('a', NULL)) t(k, v);
SELECT jsonb_build_object('a', ARRAY[1.50, 2], 'b', row(1, 'x'), 'c', '{"x":1}'::json, 'd', 'x'::varchar, 'e', 1.0e1);
SELECT json_build_object('a', ARRAY[1.50, 2], 'b', '{ "x" : 1 }'::json, 'c', '{ "x" : 1 }'::jsonb), json_build_array('{ "y": 2 }'::json);
SELECT to_json(ARRAY['{"a":1}'::jsonb]), to_jsonb(ARRAY['{"a":1}'::json]), to_json(ARRAY[NULL::int]), to_jsonb('{}'::int[]), to_json(ARRAY[[1.50]]);
SELECT to_jsonb(x) FROM (VALUES (1.50::numeric(5,3)), (2)) v(x);
SELECT array_to_json(ARRAY[1,2]), array_to_json('{{1,2},{3,4}}'::int[], true), row_to_json(row(1, 'a'), true), json_array_length('[1, [2]]');
SELECT json_typeof('1'), json_typeof('"a"'), json_typeof(' null '), jsonb_typeof('[]'), jsonb_typeof('{}');
SELECT '{"a":"b"}'::jsonb ->> 'a' || 'c', ('{"n": 1.50}'::jsonb ->> 'n'), ('{"n": 1.50}'::jsonb -> 'n')::numeric, ('{"n": 1.50}'::jsonb -> 'n')::float8, ('{"n": 1e2}'::jsonb ->> 'n');
SELECT ('{"n": 12345678901234567890}'::jsonb -> 'n')::numeric, ('{"n": 12345678901234567890}'::jsonb ->> 'n')::float8, '{"n": 12345678901234567890}'::json ->> 'n';
SELECT ('{"n": 2147483648}'::jsonb -> 'n')::int;
SELECT ('{"n": 2147483648}'::jsonb -> 'n')::int8, ('{"n": -0}'::jsonb -> 'n')::int, ('{"n": 0.5}'::jsonb -> 'n')::int, ('{"n": 1.5}'::jsonb -> 'n')::int, ('{"n": -1.5}'::jsonb -> 'n')::int2;
SELECT ('{"n": "x"}'::jsonb -> 'n')::text, ('{"n": "x"}'::jsonb -> 'n')::varchar, ('{"n": true}'::jsonb ->> 'n')::bool;
SELECT ('{"b": false}'::jsonb -> 'b')::bool, ('{"b": 1}'::jsonb -> 'b')::float4;
SELECT 'null'::jsonb::numeric;
SELECT 'null'::jsonb::bool;
SELECT '{}'::jsonb::int;
SELECT to_json(ARRAY['{"a":1}'::jsonb]), to_jsonb(ARRAY['{"a":1}'::json]), to_json(ARRAY['{"a" :1}'::json, NULL]), to_jsonb(ARRAY[['1'::jsonb], ['"x"']]);
SELECT json_build_array(ARRAY['[1, 2]'::jsonb]), jsonb_build_array(ARRAY['{"b":1}'::jsonb]), json_build_object('k', ARRAY['true'::json]), jsonb_build_object('k', ARRAY['true'::json]);
SELECT json_agg(a), jsonb_agg(a) FROM (VALUES (ARRAY['{"a":1}'::jsonb]), (NULL)) v(a);
SELECT array_to_json(ARRAY['{"a":1}'::jsonb]), row_to_json(row(ARRAY['1'::jsonb]));
CREATE TABLE s25_ja (id int, js jsonb[], j json[]);
INSERT INTO s25_ja VALUES (1, ARRAY['{"a": 1}'::jsonb, 'null'], ARRAY['[1,2]'::json]), (2, NULL, '{}');
SELECT id, js, j, to_json(js), to_jsonb(j), to_jsonb(t) FROM s25_ja t ORDER BY id;
SELECT json_agg(t ORDER BY id), jsonb_agg(js) FROM s25_ja t;
DROP TABLE s25_ja;
SELECT to_json(ARRAY['{"a":1}'::jsonb]), to_jsonb(ARRAY['{"a":1}'::json]), to_json(ARRAY['{"a" :1}'::json, NULL]), to_jsonb(ARRAY[ARRAY['1'::jsonb], ARRAY['"x"'::jsonb]]);
-- params: ["{\"a\":1}"]
SELECT to_json(ARRAY[$1::jsonb]);
-- fourth pass: numbers, dates and bytes read back from a table, NaN and the infinities, real's range, jsonb equality at other scales
CREATE TABLE s25_o (id int PRIMARY KEY, s text, n numeric(8,3), f float8, d date, ts timestamptz, iv interval, b bytea);
INSERT INTO s25_o VALUES (1, 'Alpha', 1.5, 0.1, '2024-01-31', '2024-01-31 23:00:00+00', '1 mon 2 days', '\x414243'), (2, 'beta', -0.0005, -0.0, '2024-02-29', '2024-03-10 07:00:00+00', '-1 day +02:00', '\x'), (3, NULL, NULL, 'NaN', NULL, NULL, NULL, NULL), (4, 'gamma%', 99999.9995, 1e300, '1999-12-31', '1999-12-31 23:59:59.999999+00', '1 year -1 sec', '\x00ff');
-- @must
SELECT id, n, round(n, 2), trunc(n, 1), round(n, -2), n::int, n::float8, n * 1.0, n / 3 FROM s25_o ORDER BY id;
SELECT id, f, f::numeric, round(f::numeric, 2), f::int8 FROM s25_o WHERE id <> 3 AND id <> 4 ORDER BY id;
SELECT id, to_char(n, 'FM99999.999'), to_char(f, '9.9EEEE'), to_char(n, 'S00000.00'), to_char(d, 'DD.MM.YYYY'), to_char(ts, 'YYYY-MM-DD"T"HH24:MI:SS.USOF') FROM s25_o ORDER BY id;
SELECT id, extract(epoch FROM ts), extract(epoch FROM iv), date_trunc('month', d), date_trunc('day', iv), d + iv, ts + iv, age(ts) IS NOT NULL FROM s25_o ORDER BY id;
SELECT id, d - date '2024-01-01', (d - interval '1 month')::date, d + 1, ts - interval '1 day', justify_interval(iv), iv * 2, iv / 3 FROM s25_o ORDER BY id;
SELECT id, encode(b, 'hex'), encode(b, 'base64'), encode(b, 'escape'), md5(b), length(b), b || '\x01'::bytea, substring(b from 2 for 1) FROM s25_o ORDER BY id;
SELECT id, s LIKE '%a%', s ILIKE 'a%', s LIKE 'gamma\%', s SIMILAR TO '[a-z]+', s ~ '^[A-Z]', regexp_replace(s, '[aeiou]', '*', 'g'), translate(s, 'am', 'AM'), initcap(s) FROM s25_o ORDER BY id;
SELECT id, format('%s|%L|%I', s, s, s), quote_nullable(n), concat_ws('/', s, n, d), length(s), upper(s), md5(s) FROM s25_o ORDER BY id;
SELECT string_agg(s, ', ' ORDER BY n DESC NULLS LAST), array_agg(n ORDER BY f), jsonb_agg(n ORDER BY id), json_agg(d ORDER BY id), jsonb_agg(ts ORDER BY id), json_agg(iv ORDER BY id) FROM s25_o;
SELECT jsonb_agg(b ORDER BY id), json_agg(f ORDER BY id), to_jsonb(array_agg(f ORDER BY id)), json_object_agg(id, n ORDER BY id) FROM s25_o;
SELECT min(n), max(n), sum(n), avg(n), min(d), max(ts), sum(iv), avg(iv), min(s), max(b) FROM s25_o;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f), percentile_disc(0.5) WITHIN GROUP (ORDER BY n), percentile_disc(0.5) WITHIN GROUP (ORDER BY d), mode() WITHIN GROUP (ORDER BY s) FROM s25_o;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY iv) FROM s25_o;
SELECT id, to_jsonb(o) FROM s25_o o ORDER BY id;
SELECT id, row_to_json(o) FROM s25_o o ORDER BY id;
SELECT id, width_bucket(n, -1, 100000, 4), width_bucket(f, 0, 1, 10), scale(n), trim_scale(n), min_scale(n) FROM s25_o ORDER BY id;
SELECT f, f::text, -f, f * 0, abs(f), sign(f) FROM s25_o ORDER BY id;
UPDATE s25_o SET n = n * 2 WHERE n > 0 RETURNING id, n;
UPDATE s25_o SET s = s || '!' WHERE s LIKE '%a' RETURNING s;
DELETE FROM s25_o WHERE f = 'NaN' RETURNING id, f;
SELECT id, f FROM s25_o ORDER BY f;
SELECT 'NaN'::float8 > 1e308, 'NaN'::numeric > 1e1000, greatest(1, 'NaN'::float8), least('NaN'::numeric, 1), max(x), min(x) FROM (VALUES ('NaN'::float8), (1), ('Infinity')) v(x);
SELECT sum(x), avg(x) FROM (VALUES ('NaN'::numeric), (1)) v(x);
SELECT sum(x), avg(x), stddev(x) FROM (VALUES ('Infinity'::numeric), (1)) v(x);
SELECT sum(x), avg(x) FROM (VALUES ('Infinity'::float8), ('-Infinity')) v(x);
SELECT round('Infinity'::numeric), trunc('-Infinity'::numeric, 2), round(1e300::float8 * 10), sqrt('Infinity'::float8), ln('Infinity'::numeric), exp('-Infinity'::float8);
SELECT 1e308::float8 * 10;
SELECT 1e-308::float8 / 1e10;
SELECT power(10::float8, 309);
SELECT power(0::float8, -1);
SELECT 'Infinity'::numeric - 'Infinity'::numeric, 'Infinity'::float8 - 'Infinity'::float8, 0 * 'Infinity'::float8, 'NaN'::numeric * 0;
SELECT 9007199254740993::float8, 9007199254740993::numeric::float8, 0.1::float4 + 0.2::float4, 1::float4 / 3, 16777217::float4, 1.1::float4::float8;
SELECT 123456789::float4, 1e38::float4 * 10;
SELECT 1e-46::float4;
SELECT '1e-46'::float4;
SELECT 4.9e-324::float8, 2.5e-324::float8, 1.7976931348623157e308::float8, '1.8e308'::float8;
DROP TABLE s25_o;
SELECT 1e-46::float4;
SELECT 1e-46::numeric::float4;
SELECT 1e-400::float8;
SELECT 1e-400::numeric::float8;
SELECT 1e-320::float8, 1e-40::float4, 1e39::float4;
SELECT x::float4 FROM (VALUES (1e-46)) v(x);
SELECT (1e-46::float8)::float4;
SELECT 1e-46::float8::float4;
CREATE TABLE s25_f4 (r real);
INSERT INTO s25_f4 VALUES (1e-46);
INSERT INTO s25_f4 VALUES (1e-40), (0), (-0.0);
-- params: [1e-50]
INSERT INTO s25_f4 VALUES ($1);
SELECT r FROM s25_f4 ORDER BY r;
DROP TABLE s25_f4;
CREATE TABLE s25_j (id int, j jsonb, t json);
INSERT INTO s25_j VALUES (1, '{"a":1,"b":2}', '{"a":1}'), (2, '{"b":2, "a":1}', '{"a": 1}'), (3, '{"a":1.0,"b":2}', '[1]'), (4, '[1, 2]', '[1,2]'), (5, NULL, NULL), (6, '{"a":1.00,"b":2.0}', 'null');
SELECT DISTINCT j FROM s25_j ORDER BY j;
SELECT j, count(*) FROM s25_j GROUP BY j ORDER BY j;
SELECT count(DISTINCT j), count(j) FROM s25_j;
SELECT j FROM s25_j UNION SELECT '{"b":2,"a":1}'::jsonb ORDER BY 1;
SELECT a.id, b.id FROM s25_j a JOIN s25_j b ON a.j = b.j AND a.id < b.id ORDER BY 1, 2;
SELECT id FROM s25_j WHERE j = '{"b": 2, "a": 1}' ORDER BY id;
SELECT id FROM s25_j WHERE j IN ('{"a":1,"b":2}', '[1,2]') ORDER BY id;
SELECT DISTINCT t FROM s25_j;
SELECT t = t FROM s25_j;
SELECT id, coalesce(j, '{}'), coalesce(t, '"none"'), CASE WHEN id > 3 THEN j ELSE '"x"' END, nullif(j, '[1,2]') FROM s25_j ORDER BY id;
SELECT id, j -> 'a' = '1', j -> 'a' = '1.0', (j ->> 'a')::numeric = 1, j ->> 'a' FROM s25_j ORDER BY id;
SELECT max(j -> 'a'), min(j ->> 'a') FROM s25_j;
SELECT id, j::text, t::text, j::json, t::jsonb::text FROM s25_j ORDER BY id;
SELECT id FROM s25_j ORDER BY j -> 'a' NULLS FIRST, id;
SELECT id, jsonb_agg(j) OVER (ORDER BY id ROWS 1 PRECEDING) FROM s25_j ORDER BY id;
SELECT a.id, jsonb_agg(b.id ORDER BY b.id) FROM s25_j a LEFT JOIN s25_j b ON b.j @> a.j AND b.id <> a.id GROUP BY a.id ORDER BY a.id;
SELECT jsonb_object_agg(id, j ORDER BY id) FILTER (WHERE j IS NOT NULL), json_object_agg(id, t ORDER BY id) FROM s25_j;
SELECT array_agg(j ORDER BY id), array_agg(t ORDER BY id) FROM s25_j WHERE id < 4;
SELECT ARRAY['{"a":1}'::jsonb, '[1]'], ARRAY['{"a" : 1}'::json], '{"{\"a\": 1}"}'::jsonb[];
SELECT (ARRAY['{"a":1}'::jsonb])[1] -> 'a', pg_typeof((ARRAY['{"a":1}'::jsonb])[1]);
SELECT string_agg(j::text, ';' ORDER BY id) FROM s25_j;
SELECT id, jsonb_path_query_array(j, '$.*') FROM s25_j ORDER BY id;
SELECT id, j #> '{}' , jsonb_typeof(j), j - 'a', j ? '1', j @> '1' FROM s25_j ORDER BY id;
SELECT id, j || '{"c":3}', t::jsonb || '[3]' FROM s25_j ORDER BY id;
UPDATE s25_j SET j = j - 'b' WHERE j ? 'b';
SELECT id, j FROM s25_j ORDER BY id;
UPDATE s25_j SET j['a'] = '5' WHERE id = 1;
SELECT j['a'], j['b'], t FROM s25_j WHERE id IN (1, 4) ORDER BY id;
SELECT ('{"a":{"b":[1,2]}}'::jsonb)['a']['b'][1], ('[1,2]'::jsonb)[-1], ('{"a":1}'::jsonb)['x'];
DROP TABLE s25_j;
SELECT '{"a":1.0}'::jsonb IS DISTINCT FROM '{"a":1}', '[1.50]'::jsonb IS NOT DISTINCT FROM '[1.5]', NULL::jsonb IS DISTINCT FROM '1', '1'::jsonb IS DISTINCT FROM '"1"';
SELECT CASE '1.0'::jsonb WHEN '1' THEN 'one' ELSE 'other' END, '2.0'::jsonb IN ('2', '3'), '2.0'::jsonb NOT IN ('2'), '[2.0]'::jsonb IN ('[2.00]');
SELECT x FROM (VALUES ('1.0'::jsonb), ('1'), ('1.00'), ('"1"')) v(x) GROUP BY x ORDER BY x;
SELECT x, count(*) OVER (PARTITION BY x) FROM (VALUES ('[1.0]'::jsonb), ('[1]')) v(x);
SELECT '1.0'::jsonb INTERSECT SELECT '1'::jsonb;
SELECT '1.0'::jsonb EXCEPT SELECT '1'::jsonb;
-- params: ["{\"a\": 1.0}"]
SELECT count(*) FROM (VALUES ('{"a":1}'::jsonb)) v(j) WHERE j IN ($1::jsonb);
-- the extended protocol: values as drivers bind them
-- params: ["{\"a\": 1.0, \"b\": [1, 2]}"]
SELECT $1::jsonb, $1::json, $1::jsonb -> 'b', jsonb_typeof($1::jsonb -> 'a');
-- params: ["{\"a\": 1}", "{b}", "2"]
SELECT jsonb_set($1::jsonb, $2::text[], $3::jsonb), jsonb_insert($1::jsonb, $2::text[], $3::jsonb);
-- params: ["{\"a\":1,\"b\":2}", "a"]
SELECT $1::jsonb - $2, $1::jsonb ?| ARRAY[$2], $1::jsonb @> jsonb_build_object($2, 1);
-- params: ["[1, 2, 3]", 1]
SELECT $1::jsonb -> $2::int, $1::jsonb ->> $2::int, $1::jsonb - $2::int;
-- params: ["{\"x\": 2}"]
SELECT jsonb_path_query_array('[1, 2, 3]', '$[*] ? (@ >= $x)', $1::jsonb);
-- params: ["2024-02-29 13:45:07.5", "YYYY-MM-DD HH24:MI:SS.MS"]
SELECT to_char($1::timestamp, $2), to_timestamp($1, 'YYYY-MM-DD HH24:MI:SS.MS');
-- params: [-1234.567, "FM9G999D99MI"]
SELECT to_char($1::numeric, $2), to_char($1::float8, $2);
-- params: ["1,234.5-", "9G999D9S"]
SELECT to_number($1, $2);
-- params: ["week", "2024-02-29 13:45:07"]
SELECT date_trunc($1, $2::timestamp), date_part($1, $2::timestamp);
-- params: ["epoch", "1 day 02:00"]
SELECT date_part($1, $2::interval), extract(epoch FROM $2::interval);
-- params: [2024, 2, 30]
SELECT make_date($1, $2, $3);
-- params: [1, 2, 0, 3]
SELECT make_interval(years => $1, months => $2, weeks => $3, days => $4);
-- params: ["a_c", "a#_c", "#"]
SELECT $1 LIKE $2 ESCAPE $3, $1 ILIKE upper($2) ESCAPE $3;
-- params: ["a%"]
SELECT s FROM (VALUES ('abc'), ('ABC'), ('xa')) v(s) WHERE s ILIKE $1 ORDER BY s;
-- params: ["foo1bar22", "\\d+"]
SELECT regexp_matches($1, $2, 'g');
-- params: ["%I.%I = %L", "my schema", "t", "O'Brien"]
SELECT format($1, $2, $3, $4);
-- params: [null, "x"]
SELECT concat_ws(',', $1::text, $2), quote_nullable($1::text), coalesce($1, $2);
-- params: ["aGVsbG8=", "base64"]
SELECT decode($1, $2), encode(decode($1, $2), 'hex');
-- params: [2.5, 0]
SELECT round($1::numeric, $2), round($1::float8), trunc($1::numeric, $2), width_bucket($1::numeric, 0, 10, 4);
-- params: [1.5000]
SELECT scale($1::numeric), trim_scale($1::numeric), min_scale($1::numeric);
-- params: [0.5]
SELECT percentile_disc($1::float8) WITHIN GROUP (ORDER BY x), mode() WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2), (2), (3)) v(x);
-- params: [null]
SELECT percentile_cont($1::float8) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (2)) v(x);
-- params: ["abc$"]
SELECT quote_ident($1), format('%I', $1);
-- params: ["1e-46"]
SELECT $1::float4;
-- params: ["{\"a\": 1.0}", "{\"a\": 1}"]
SELECT $1::jsonb = $2::jsonb, $1::jsonb IS DISTINCT FROM $2::jsonb, $1::jsonb IN ($2::jsonb);
DROP TABLE s25_doc;
DROP TABLE s25_agg;
