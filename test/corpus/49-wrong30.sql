-- The thirtieth session's hunt for silent wrong answers: arrays (slices, multi-dimensional arrays
-- and their output, array_lower/upper/dims/ndims, cardinality, array_position(s),
-- array_remove/replace with NULLs, comparison and ordering, @> <@ && with NULLs and duplicates,
-- array_to_string / string_to_array with NULLs, = ANY with NULL elements, quoting in text[] output,
-- array_agg of arrays, unnest of several arrays), jsonb (ordering across types, -> ->> #> #>> with
-- negative indexes, - and #-, ||, jsonb_set / jsonb_insert, jsonb_strip_nulls, duplicate keys,
-- numbers inside jsonb, ? ?| ?&, @> of nested arrays, casts out of jsonb and their errors), row
-- values (comparison with NULLs, IS DISTINCT FROM, IN of rows, ROW() output) and NULLs in IN / NOT IN.
CREATE TABLE s30w_a (id int PRIMARY KEY, ia int[], ta text[], na numeric[]);
INSERT INTO s30w_a VALUES
 (1, '{1,2,3}', '{a,b,c}', '{1.50,2.0}'),
 (2, '{3,NULL,1}', '{"x y","q\"t",NULL}', '{-0.5}'),
 (3, '{}', '{}', '{}'),
 (4, NULL, NULL, NULL),
 (5, '{1,2}', '{"a,b","{c}",""}', '{10,NULL}'),
 (6, '{1,2,3,4}', '{A,b,"NULL"}', '{1e3}');
CREATE TABLE s30w_j (id int PRIMARY KEY, j jsonb, t json);
INSERT INTO s30w_j VALUES
 (1, '{"a": 1, "b": [1, 2, 3], "c": {"d": "x"}}', '{"b": 2,  "a": 1, "b": 3}'),
 (2, '[1, "two", null, {"x": 1}]', '[1,"two",null]'),
 (3, '"str"', '"str"'),
 (4, '42', ' 42 '),
 (5, 'null', 'null'),
 (6, 'true', 'true'),
 (7, '{}', '{}'),
 (8, '[]', '[]'),
 (9, '1.50', '1.50'),
 (10, NULL, NULL),
 (11, '{"a": null, "b": {"c": null, "d": 1}}', '{"a":null}'),
 (12, 'false', 'false');
CREATE TABLE s30w_r (id int PRIMARY KEY, a int, b int, c text);
INSERT INTO s30w_r VALUES (1, 1, 2, 'x'), (2, 1, NULL, 'y'), (3, NULL, NULL, NULL), (4, 2, 1, 'z'), (5, 1, 3, 'w,v');
CREATE TABLE s30w_n (id int PRIMARY KEY, v int);
INSERT INTO s30w_n VALUES (1, 1), (2, NULL), (3, 3);
-- array slices
SELECT (ARRAY[1,2,3,4,5])[2:3];
SELECT (ARRAY[1,2,3,4,5])[:2];
SELECT (ARRAY[1,2,3,4,5])[4:];
SELECT (ARRAY[1,2,3,4,5])[0:2];
SELECT (ARRAY[1,2,3,4,5])[4:10];
SELECT (ARRAY[1,2,3,4,5])[3:2];
SELECT (ARRAY[1,2,3])[-1];
SELECT (ARRAY[1,2,3])[0];
SELECT (ARRAY[1,2,3])[NULL];
SELECT (ARRAY[1,2,3])[2:NULL];
SELECT id, ia[2:3] FROM s30w_a ORDER BY id;
SELECT id, ta[2] FROM s30w_a ORDER BY id;
SELECT id, ia[:1], ia[2:] FROM s30w_a ORDER BY id;
SELECT ('{{1,2,3},{4,5,6}}'::int[])[1:2][2:3];
SELECT ('{{1,2,3},{4,5,6}}'::int[])[2][3];
SELECT ('{{1,2,3},{4,5,6}}'::int[])[2];
SELECT ('{{1,2,3},{4,5,6}}'::int[])[1:1];
-- multi-dimensional arrays
SELECT ARRAY[[1,2],[3,4]];
SELECT ARRAY[ARRAY['a','b'],ARRAY['c','d']];
SELECT '{{1,2},{3,4}}'::int[];
SELECT '{{1,2},{3}}'::int[];
SELECT ARRAY[[1,2],[3]];
SELECT '[0:2]={1,2,3}'::int[];
SELECT array_lower('[0:2]={1,2,3}'::int[], 1), array_upper('[0:2]={1,2,3}'::int[], 1);
SELECT ('[0:2]={1,2,3}'::int[])[0];
SELECT array_dims(ARRAY[[1,2,3],[4,5,6]]), array_ndims(ARRAY[[1,2,3],[4,5,6]]);
SELECT array_dims(ARRAY[1,2]), array_dims('{}'::int[]), array_ndims('{}'::int[]);
SELECT array_length(ARRAY[[1,2,3],[4,5,6]], 1), array_length(ARRAY[[1,2,3],[4,5,6]], 2), array_length(ARRAY[1], 2);
SELECT array_length('{}'::int[], 1), cardinality('{}'::int[]), cardinality(ARRAY[[1,2],[3,4]]);
SELECT array_upper(ARRAY[[1,2,3],[4,5,6]], 2), array_lower(ARRAY[1,2], 3);
SELECT id, cardinality(ia), array_length(ia, 1), array_upper(ia, 1), array_lower(ia, 1), array_ndims(ia) FROM s30w_a ORDER BY id;
SELECT unnest(ARRAY[[1,2],[3,4]]) ORDER BY 1;
SELECT array_to_string(ARRAY[[1,2],[3,4]], ',');
SELECT ARRAY[[1,2],[3,4]]::text;
SELECT ARRAY[[1.50,2],[3,4.0]];
-- array_position(s), array_remove, array_replace
SELECT array_position(ARRAY[1,2,3,2], 2), array_position(ARRAY[1,2,3,2], 2, 3), array_position(ARRAY[1,2], 9);
SELECT array_position(ARRAY[1,NULL,3], NULL), array_positions(ARRAY[1,NULL,3,NULL], NULL);
SELECT array_positions(ARRAY['a','b','a'], 'a'), array_positions(ARRAY['a'], 'z');
SELECT array_positions(NULL::int[], 1);
SELECT id, array_position(ta, 'b') FROM s30w_a ORDER BY id;
SELECT array_remove(ARRAY[1,2,NULL,2], 2), array_remove(ARRAY[1,NULL,3], NULL);
SELECT array_remove(ARRAY['a','b','a'], 'a'), array_remove('{}'::int[], 1), array_remove(NULL::int[], 1);
SELECT array_replace(ARRAY[1,2,NULL,2], 2, 9), array_replace(ARRAY[1,NULL,3], NULL, 0);
SELECT array_replace(ARRAY['a','b'], 'b', NULL);
SELECT id, array_remove(ia, NULL), array_replace(ia, 1, 100) FROM s30w_a ORDER BY id;
SELECT array_remove(ARRAY[[1,2],[3,4]], 1);
SELECT array_cat(ARRAY[1,2], ARRAY[3]), array_cat(NULL::int[], ARRAY[3]), array_cat(ARRAY[1], NULL::int[]);
SELECT array_append(ARRAY[1,2], NULL), array_prepend(NULL, ARRAY[1,2]), array_append(NULL::int[], 1);
SELECT ARRAY[1,2] || ARRAY[[3,4]];
SELECT ARRAY[[1,2]] || ARRAY[3,4];
SELECT ARRAY[1,2] || 3 || 4;
SELECT 0 || ARRAY[1,2];
SELECT ARRAY[1,2] || NULL::int;
SELECT ARRAY['a'] || NULL::text[];
-- comparison and ordering
SELECT ARRAY[1,2,3] < ARRAY[1,3], ARRAY[1,2] < ARRAY[1,2,3], ARRAY[2] > ARRAY[1,9,9];
SELECT ARRAY[1,2] = ARRAY[1,2], ARRAY[1,2] <> ARRAY[2,1], ARRAY[1,NULL] = ARRAY[1,NULL];
SELECT ARRAY[1,NULL] < ARRAY[1,2], ARRAY[NULL::int] > ARRAY[1];
SELECT ARRAY[]::int[] < ARRAY[1], ARRAY[]::int[] = '{}'::int[];
SELECT '{{1,2}}'::int[] = '{1,2}'::int[];
SELECT ARRAY['b'] > ARRAY['a','z'], ARRAY['a'] < ARRAY['a', NULL];
SELECT id, ia FROM s30w_a ORDER BY ia, id;
SELECT id, ia FROM s30w_a ORDER BY ia DESC NULLS LAST, id;
SELECT id, ta FROM s30w_a ORDER BY ta, id;
SELECT id FROM s30w_a WHERE ia > ARRAY[1,2] ORDER BY id;
SELECT id FROM s30w_a WHERE ia = '{1,2}' ORDER BY id;
SELECT greatest(ARRAY[1,2], ARRAY[1,3]), least(ARRAY[2], ARRAY[1,5]);
SELECT max(ia), min(ia) FROM s30w_a;
SELECT ia, count(*) FROM s30w_a GROUP BY ia ORDER BY ia NULLS FIRST;
SELECT DISTINCT ta FROM s30w_a ORDER BY ta;
-- containment and overlap
SELECT ARRAY[1,2,3] @> ARRAY[2,2], ARRAY[1,2] <@ ARRAY[2,1,1], ARRAY[1,2] && ARRAY[3,2];
SELECT ARRAY[1,NULL] @> ARRAY[1], ARRAY[1,NULL] @> ARRAY[NULL::int], ARRAY[NULL::int] <@ ARRAY[NULL::int];
SELECT ARRAY[1,NULL] && ARRAY[NULL::int], ARRAY[1,NULL] && ARRAY[1];
SELECT '{}'::int[] <@ ARRAY[1], ARRAY[1] @> '{}'::int[], '{}'::int[] && '{}'::int[];
SELECT ARRAY[[1,2],[3,4]] @> ARRAY[4], ARRAY[3] <@ ARRAY[[1,2],[3,4]];
SELECT id FROM s30w_a WHERE ia @> '{1}' ORDER BY id;
SELECT id FROM s30w_a WHERE ia && ARRAY[3,4] ORDER BY id;
SELECT id FROM s30w_a WHERE ta <@ ARRAY['a','b','c','A','NULL'] ORDER BY id;
SELECT id FROM s30w_a WHERE ta @> ARRAY['NULL'] ORDER BY id;
SELECT ARRAY[1,2] @> ARRAY['1'];
-- array_to_string, string_to_array
SELECT array_to_string(ARRAY['a',NULL,'c'], ','), array_to_string(ARRAY['a',NULL,'c'], ',', '*');
SELECT array_to_string(ARRAY['a',NULL,'c'], ',', NULL), array_to_string(ARRAY['a','b'], NULL);
SELECT array_to_string('{}'::text[], ','), array_to_string(ARRAY[NULL::text], ','), array_to_string(ARRAY[1.50, 2], '|');
SELECT id, array_to_string(ta, '/', '-') FROM s30w_a ORDER BY id;
SELECT string_to_array('a,b,,c', ','), string_to_array('a,b,,c', ',', '');
SELECT string_to_array('abc', NULL), string_to_array('abc', ''), string_to_array('', ',');
SELECT string_to_array(NULL, ','), string_to_array('a,*,c', ',', '*');
SELECT string_to_array('a||b', '||'), string_to_array('x', 'x');
SELECT string_to_table('a,b,,c', ',') ORDER BY 1;
SELECT cardinality(string_to_array('', ',')), array_length(string_to_array('', ','), 1);
-- = ANY / <> ALL with NULL elements
SELECT 1 = ANY(ARRAY[1,NULL]), 2 = ANY(ARRAY[1,NULL]), 2 = ANY(ARRAY[1,2]), NULL::int = ANY(ARRAY[1]);
SELECT 2 <> ALL(ARRAY[1,NULL]), 2 <> ALL(ARRAY[1,3]), 1 <> ALL(ARRAY[1,NULL]), 1 = ALL('{}'::int[]);
SELECT 1 = ANY('{}'::int[]), 3 > ANY(ARRAY[1,NULL]), 3 > ALL(ARRAY[1,NULL]);
SELECT id FROM s30w_a WHERE 3 = ANY(ia) ORDER BY id;
SELECT id, 2 = ANY(ia) AS has2 FROM s30w_a ORDER BY id;
SELECT id, NOT (2 = ANY(ia)) AS no2 FROM s30w_a ORDER BY id;
-- params: [[1, null, 3]]
SELECT id FROM s30w_r WHERE a = ANY($1::int[]) ORDER BY id;
-- params: ["{1,NULL}"]
SELECT id FROM s30w_n WHERE v <> ALL($1::int[]) ORDER BY id;
SELECT 'a' = ANY('{a,b}'::text[]), 'A' = ANY(ARRAY['a']), 'x' LIKE ANY(ARRAY['%x', NULL]);
-- text[] output quoting
SELECT ARRAY['a b', 'c,d', 'e"f', 'g\h', '{i}', '', NULL, 'NULL', 'null'];
SELECT id, ta FROM s30w_a ORDER BY id;
SELECT ARRAY['  lead', 'trail  ', 'mid dle'];
SELECT ARRAY['a b']::text, ARRAY[NULL::text]::text, ARRAY['']::text;
SELECT '{"a\"b", "c\\d"}'::text[];
SELECT '{ a , b }'::text[], '{"", " "}'::text[];
SELECT ARRAY[true, false, NULL], ARRAY[1.5::float8, -0.0::float8], ARRAY['2024-01-02'::date];
SELECT ARRAY['{"a":1}'::jsonb, 'null'::jsonb];
SELECT '{a,b'::text[];
SELECT '{1,x}'::int[];
SELECT '1,2'::int[];
-- array_agg
SELECT array_agg(v ORDER BY id) FROM s30w_n;
SELECT array_agg(ia ORDER BY id) FROM s30w_a WHERE id IN (1, 5);
SELECT array_agg(ia ORDER BY id) FROM s30w_a WHERE id IN (1, 6);
SELECT array_agg(ia ORDER BY id) FROM s30w_a WHERE id IN (1, 4);
SELECT array_agg(ARRAY[id, id * 10] ORDER BY id) FROM s30w_r;
SELECT array_agg(c ORDER BY c NULLS FIRST) FROM s30w_r;
SELECT array_agg(DISTINCT a) FROM s30w_r;
SELECT array_agg(x) FROM (SELECT 1 AS x WHERE false) s;
SELECT (array_agg(c ORDER BY id))[2:3] FROM s30w_r;
-- unnest
SELECT * FROM unnest(ARRAY[1,2,3], ARRAY['a','b']) AS u(n, t) ORDER BY n;
SELECT * FROM unnest(ARRAY[1], ARRAY['a','b','c'], ARRAY[true]) AS u(n, t, b) ORDER BY t;
SELECT * FROM unnest(ARRAY[1,2], '{}'::text[]) AS u(n, t) ORDER BY n;
SELECT unnest(ARRAY[1,2,3]) AS a, unnest(ARRAY['x','y']) AS b ORDER BY a;
SELECT * FROM unnest(ARRAY[3,1,2]) WITH ORDINALITY AS u(v, o) ORDER BY o;
SELECT * FROM unnest(ARRAY['a',NULL,'c']) WITH ORDINALITY AS u(v, o) ORDER BY o;
SELECT id, u FROM s30w_a, unnest(ta) u WHERE id IN (2, 5) ORDER BY id, u NULLS FIRST;
SELECT count(*) FROM s30w_a, unnest(ia);
SELECT * FROM unnest(NULL::int[]) u;
-- jsonb comparison and ORDER BY across types
SELECT id, j FROM s30w_j ORDER BY j, id;
SELECT id, j FROM s30w_j ORDER BY j DESC NULLS LAST, id;
SELECT '1'::jsonb < '"a"'::jsonb, '"a"'::jsonb < 'true'::jsonb, 'true'::jsonb < '[]'::jsonb, '[]'::jsonb < '{}'::jsonb;
SELECT 'null'::jsonb < '1'::jsonb, 'false'::jsonb < 'true'::jsonb, '[1,2]'::jsonb < '[3]'::jsonb, '{"a":1}'::jsonb < '{"a":1,"b":0}'::jsonb;
SELECT '{"b":1}'::jsonb > '{"a":2}'::jsonb, '[1]'::jsonb = '[1.0]'::jsonb, '1.0'::jsonb = '1'::jsonb, '"a"'::jsonb = '"a"'::jsonb;
SELECT '10'::jsonb > '9'::jsonb, '"10"'::jsonb > '"9"'::jsonb, '[10]'::jsonb > '[9]'::jsonb;
SELECT max(j), min(j) FROM s30w_j WHERE jsonb_typeof(j) IN ('number', 'string');
SELECT DISTINCT j FROM (VALUES ('1'::jsonb), ('1.0'), ('{"a":1}'), ('{ "a" : 1 }')) v(j) ORDER BY j;
SELECT '{"a":1,"b":2}'::jsonb = '{"b":2,"a":1}'::jsonb;
-- -> ->> #> #>>
SELECT j -> 'a', j ->> 'a', j -> 'zz', j ->> 'zz' FROM s30w_j WHERE id = 1;
SELECT j -> 0, j -> -1, j -> -4, j -> -5, j -> 9, j ->> 1, j ->> -2 FROM s30w_j WHERE id = 2;
SELECT j -> 'a', j -> 0, j ->> 0 FROM s30w_j WHERE id IN (3, 4) ORDER BY id;
SELECT j #> '{b,1}', j #> '{b,-1}', j #>> '{c,d}', j #> '{c,zz}', j #> '{}', j #>> '{}' FROM s30w_j WHERE id = 1;
SELECT j #> '{3,x}', j #>> '{-1,x}', j #> '{x}' FROM s30w_j WHERE id = 2;
SELECT j -> 'a', j ->> 'a', (j ->> 'a') IS NULL FROM s30w_j WHERE id = 11;
SELECT id, j ->> 'a' FROM s30w_j ORDER BY id;
SELECT id, j -> 1 FROM s30w_j ORDER BY id;
SELECT '{"a":{"b":[10,20]}}'::jsonb -> 'a' -> 'b' ->> 1;
-- @must
SELECT '[1,2]'::jsonb -> '0';
SELECT t -> 'b', t ->> 'a' FROM s30w_j WHERE id = 1;
SELECT t -> -1, t -> 1 FROM s30w_j WHERE id = 2;
SELECT '{"a":"x\"y","b":"\u00e9"}'::jsonb ->> 'a', '{"a":"x\"y","b":"\u00e9"}'::jsonb ->> 'b';
SELECT '{"a":1.50}'::jsonb ->> 'a', '{"a":1.50}'::jsonb -> 'a', '{"a":true}'::jsonb ->> 'a', '{"a":[1, 2]}'::jsonb ->> 'a';
-- - and #-
SELECT '{"a":1,"b":2}'::jsonb - 'a', '{"a":1}'::jsonb - 'zz', '["a","b","a"]'::jsonb - 'a';
SELECT '[1,2,3]'::jsonb - 0, '[1,2,3]'::jsonb - -1, '[1,2,3]'::jsonb - 5, '[1,2,3]'::jsonb - -5;
SELECT '{"a":1,"b":2,"c":3}'::jsonb - ARRAY['a','c'], '["a",1]'::jsonb - ARRAY['a'];
SELECT '"x"'::jsonb - 'x';
SELECT '{"a":1}'::jsonb - 0;
SELECT '{"a":{"b":1,"c":2}}'::jsonb #- '{a,b}', '[1,[2,3]]'::jsonb #- '{1,0}', '[1,[2,3]]'::jsonb #- '{-1,-1}';
SELECT '{"a":1}'::jsonb #- '{zz,b}', '{"a":[1,2]}'::jsonb #- '{a,9}', '{"a":1}'::jsonb #- '{}';
SELECT '[1,2]'::jsonb #- '{x}';
-- ||
SELECT '{"a":1}'::jsonb || '{"b":2}'::jsonb, '{"a":1}'::jsonb || '{"a":2}'::jsonb, '[1]'::jsonb || '[2,3]'::jsonb;
SELECT '[1]'::jsonb || '2'::jsonb, '1'::jsonb || '2'::jsonb, '"a"'::jsonb || '[1]'::jsonb, '{"a":1}'::jsonb || '[1]'::jsonb;
SELECT '[1]'::jsonb || '{"a":1}'::jsonb, '{"a":1}'::jsonb || '"x"'::jsonb, 'null'::jsonb || '[]'::jsonb, '[]'::jsonb || '[]'::jsonb;
SELECT '{"a":{"x":1}}'::jsonb || '{"a":{"y":2}}'::jsonb;
SELECT j || '{"z":0}' FROM s30w_j WHERE id IN (1, 7, 11) ORDER BY id;
-- jsonb_set / jsonb_insert
SELECT jsonb_set('{"a":1}', '{b}', '2'), jsonb_set('{"a":1}', '{b}', '2', false), jsonb_set('{"a":1}', '{a}', 'null');
SELECT jsonb_set('[1,2,3]', '{-1}', '9'), jsonb_set('[1,2,3]', '{-5}', '9'), jsonb_set('[1,2,3]', '{10}', '9'), jsonb_set('[1,2,3]', '{-5}', '9', false);
SELECT jsonb_set('{"a":{"b":1}}', '{a,c}', '[1]'), jsonb_set('{"a":{"b":1}}', '{x,c}', '1'), jsonb_set('{"a":[1,{"b":2}]}', '{a,1,b}', '"v"');
SELECT jsonb_set('{"a":1}', '{a}', NULL), jsonb_set(NULL, '{a}', '1');
SELECT jsonb_set('{"a":1}', '{}', '2');
SELECT jsonb_set('{"a":[1]}', '{a,x}', '2');
SELECT jsonb_set('"s"', '{a}', '2');
SELECT jsonb_set_lax('{"a":1}', '{a}', NULL), jsonb_set_lax('{"a":1}', '{a}', NULL, true, 'delete_key'), jsonb_set_lax('{"a":1}', '{a}', NULL, true, 'use_json_null');
SELECT jsonb_insert('[1,2,3]', '{1}', '9'), jsonb_insert('[1,2,3]', '{1}', '9', true), jsonb_insert('[1,2,3]', '{-1}', '9'), jsonb_insert('[1,2,3]', '{-1}', '9', true);
SELECT jsonb_insert('[1,2,3]', '{10}', '9'), jsonb_insert('[1,2,3]', '{-10}', '9'), jsonb_insert('{"a":{"b":1}}', '{a,c}', '2');
SELECT jsonb_insert('{"a":1}', '{a}', '2');
-- jsonb_strip_nulls, jsonb_build_object, json_build_object
SELECT jsonb_strip_nulls('{"a":null,"b":{"c":null,"d":1},"e":[null,{"f":null}]}'), jsonb_strip_nulls('null'), jsonb_strip_nulls('[null]');
SELECT json_strip_nulls('{"a":null, "b":1}');
SELECT jsonb_build_object('a', 1, 'a', 2), json_build_object('a', 1, 'a', 2), jsonb_build_object('b', 1, 'a', NULL);
-- @must
SELECT jsonb_build_object(1, 'x', true, 'y', 1.50, 'z'), jsonb_build_object();
SELECT jsonb_build_object(NULL, 1);
SELECT jsonb_build_object('a');
SELECT jsonb_build_array(1, 'two', NULL, 1.50, true, '{"x":1}'::jsonb), json_build_array(1, 'a', NULL);
SELECT jsonb_build_object('arr', ARRAY[1,2], 'txt', ARRAY['a',NULL], 'row', ROW(1, 'x'));
SELECT to_jsonb(ARRAY[[1,2],[3,4]]), to_jsonb('a"b'::text), to_jsonb(1.50::numeric), to_jsonb(NULL::text);
SELECT to_jsonb(r) FROM s30w_r r ORDER BY id;
SELECT row_to_json(r) FROM s30w_r r WHERE id = 5;
SELECT jsonb_object(ARRAY['a','1','b','2']), jsonb_object(ARRAY['a','b'], ARRAY['1', NULL]);
SELECT jsonb_object(ARRAY['a','1','b']);
-- numbers inside jsonb
SELECT '1.0'::jsonb, '1.00'::jsonb, '-0'::jsonb, '-0.0'::jsonb, '1e2'::jsonb, '1E-2'::jsonb, '0.000001'::jsonb;
SELECT '1e400'::jsonb;
SELECT '[1.10, 2e0, -0, 12345678901234567890123]'::jsonb;
SELECT '{"a": 1e400}'::json;
SELECT '1e400'::jsonb::numeric;
SELECT ('{"a": 0.1}'::jsonb ->> 'a')::numeric + 0.2, ('{"a": 1e2}'::jsonb -> 'a')::numeric;
SELECT '{"a": 1.0}'::jsonb = '{"a": 1}'::jsonb, '{"a": 1.0}'::jsonb @> '{"a": 1}'::jsonb;
SELECT jsonb_build_object('n', 1.50::numeric, 'f', 1.5::float8, 'big', 9007199254740993::bigint);
SELECT '9007199254740993'::jsonb, '[9007199254740993]'::jsonb -> 0;
SELECT '0.1'::jsonb::float8, '123.456'::jsonb::real;
-- jsonb_typeof and friends
SELECT id, jsonb_typeof(j), json_typeof(t) FROM s30w_j ORDER BY id;
SELECT jsonb_typeof(j -> 'zz'), jsonb_typeof('null'::jsonb), jsonb_typeof(NULL) FROM s30w_j WHERE id = 1;
SELECT jsonb_array_length('[1,[2,3],null]'), jsonb_array_length('[]');
SELECT jsonb_array_length('{}');
SELECT jsonb_array_length('5');
SELECT jsonb_array_elements_text('[1, "two", null, {"x":1}, [2], true, 1.50]');
SELECT * FROM jsonb_array_elements_text('["b","a",null]') WITH ORDINALITY AS e(v, n) ORDER BY n;
SELECT * FROM jsonb_array_elements('[3,{"a":1},"x"]') WITH ORDINALITY AS e(v, n) ORDER BY n;
SELECT jsonb_array_elements('{"a":1}');
SELECT jsonb_object_keys('{"b":1,"a":2,"aa":3,"c":4}');
SELECT array_agg(k) FROM jsonb_object_keys('{"bb":1,"a":2,"c":3,"aaa":4}') k;
SELECT json_object_keys('{"b":1,"a":2,"b":3}');
SELECT jsonb_object_keys('[1]');
SELECT * FROM jsonb_each('{"b":1,"a":"x","c":null}') ORDER BY key;
SELECT * FROM jsonb_each_text('{"b":1,"a":"x","c":null,"d":[1]}') ORDER BY key;
SELECT key, value FROM json_each('{"b":1,"a":2,"b":3}') ORDER BY key, value::text;
-- json vs jsonb key order and whitespace
SELECT '{"b": 2,  "a": 1, "b": 3}'::json, '{"b": 2,  "a": 1, "b": 3}'::jsonb;
SELECT '{"bb":1,"a":2,"c":3}'::jsonb, '{ "x" : [ 1 , 2 ] }'::jsonb, '{ "x" : [ 1 , 2 ] }'::json;
SELECT id, t, j FROM s30w_j WHERE id IN (1, 2, 4) ORDER BY id;
SELECT t::jsonb FROM s30w_j WHERE id = 1;
SELECT '{"a":1}'::json::text, '[1, 2]'::jsonb::text, ' [1,2] '::json::jsonb::json;
SELECT json_agg(x ORDER BY x), jsonb_agg(x ORDER BY x) FROM (VALUES (2), (1), (NULL)) v(x);
SELECT jsonb_object_agg(k, v) FROM (VALUES ('b', 1), ('a', 2), ('b', 3)) v(k, v);
SELECT jsonb_pretty('{"a":[1,{"b":null}],"c":{}}');
-- ? ?| ?&
SELECT '{"a":1,"b":null}'::jsonb ? 'a', '{"a":1,"b":null}'::jsonb ? 'b', '{"a":1}'::jsonb ? 'z';
SELECT '["a","b"]'::jsonb ? 'a', '["a","b"]'::jsonb ? 'c', '[1,2]'::jsonb ? '1', '"a"'::jsonb ? 'a';
SELECT '{"a":{"b":1}}'::jsonb ? 'b', '[["a"]]'::jsonb ? 'a';
SELECT '{"a":1,"b":2}'::jsonb ?| ARRAY['z','b'], '{"a":1,"b":2}'::jsonb ?& ARRAY['a','b'], '{"a":1}'::jsonb ?& ARRAY['a','z'];
SELECT '{"a":1}'::jsonb ?| '{}'::text[], '{"a":1}'::jsonb ?& '{}'::text[], '{"a":1}'::jsonb ?| ARRAY[NULL, 'a'];
SELECT id FROM s30w_j WHERE j ? 'a' ORDER BY id;
SELECT id FROM s30w_j WHERE j ?| ARRAY['b', 'two'] ORDER BY id;
-- @> and <@
SELECT '[1,2,3]'::jsonb @> '[3,1]', '[1,2,3]'::jsonb @> '[1,1]', '[1,[2,3]]'::jsonb @> '[[3]]', '[1,[2,3]]'::jsonb @> '[3]';
SELECT '{"a":[1,2]}'::jsonb @> '{"a":[2]}', '{"a":{"b":1,"c":2}}'::jsonb @> '{"a":{"b":1}}', '{"a":1}'::jsonb @> '{}';
SELECT '[1,2]'::jsonb @> '1', '1'::jsonb @> '[1]', '"a"'::jsonb @> '"a"', '[{"a":1,"b":2}]'::jsonb @> '[{"a":1}]';
SELECT '[]'::jsonb @> '[]', '{}'::jsonb <@ '{"a":1}', '[1]'::jsonb <@ '[1,2]', '{"a":null}'::jsonb @> '{"a":null}';
SELECT '{"a":1}'::jsonb @> '{"a":1.0}', '[1]'::jsonb @> '[1.00]', '[[1,2]]'::jsonb @> '[1]';
SELECT id FROM s30w_j WHERE j @> '{"b":[2]}' ORDER BY id;
SELECT id FROM s30w_j WHERE j @> '[null]' ORDER BY id;
-- casts out of jsonb
SELECT '1'::jsonb::int, '1.5'::jsonb::numeric, 'true'::jsonb::bool, '"x"'::jsonb::text, '1.50'::jsonb::text;
SELECT '1.5'::jsonb::int, '2.5'::jsonb::int, '-2.5'::jsonb::int, '1e2'::jsonb::bigint;
SELECT '"1"'::jsonb::int;
SELECT '"true"'::jsonb::bool;
SELECT 'null'::jsonb::int;
SELECT '[1]'::jsonb::int;
SELECT '{"a":1}'::jsonb::numeric;
SELECT 'true'::jsonb::int;
SELECT '1'::jsonb::bool;
SELECT '3000000000'::jsonb::int;
SELECT '3000000000'::jsonb::bigint, '-0'::jsonb::numeric, '1.0'::jsonb::float8;
SELECT (j -> 'a')::int FROM s30w_j WHERE id = 1;
SELECT (j ->> 'a')::int + 1 FROM s30w_j WHERE id = 1;
SELECT id, (j -> 'a')::int FROM s30w_j WHERE id IN (1, 11) ORDER BY id;
SELECT 'abc'::jsonb;
SELECT '{"a":1,}'::jsonb;
SELECT '{"a":1}'::json::jsonb -> 'a', '"\u0000"'::jsonb;
SELECT '"\ud83d\ude00"'::jsonb, '"\t"'::jsonb, E'"\\n"'::jsonb ->> 0;
-- row values: comparison with NULLs
SELECT (1, 2) < (1, 3), (1, 2) < (2, 1), (1, NULL) < (2, 1), (1, NULL) < (1, 3), (NULL, 1) < (1, 1);
SELECT (1, 2) = (1, NULL), (1, 2) = (2, NULL), (1, 2) <> (1, NULL), (1, 2) <> (2, NULL);
SELECT (1, 2, 3) <= (1, 2, 3), (1, 2, 3) >= (1, 2, NULL), (2, NULL) > (1, NULL), (1, 'b') > (1, 'a');
SELECT id, (a, b) < (1, 3) AS lt, (a, b) = (1, 2) AS eq FROM s30w_r ORDER BY id;
SELECT id FROM s30w_r WHERE (a, b) > (1, 1) ORDER BY id;
SELECT id FROM s30w_r WHERE (a, b) >= (1, 2) ORDER BY id;
SELECT id FROM s30w_r WHERE (a, b, c) < (1, 3, 'a') ORDER BY id;
SELECT id FROM s30w_r WHERE (a, b) <> (1, 2) ORDER BY id;
-- IS DISTINCT FROM on rows
SELECT (1, NULL) IS DISTINCT FROM (1, NULL), (1, NULL) IS NOT DISTINCT FROM (1, NULL), (1, 2) IS DISTINCT FROM (1, NULL);
SELECT id, (a, b) IS NOT DISTINCT FROM (1, NULL) FROM s30w_r ORDER BY id;
SELECT ROW(1, NULL) IS NULL, ROW(NULL, NULL) IS NULL, ROW(NULL, NULL) IS NOT NULL, ROW(1, NULL) IS NOT NULL, ROW(1, 2) IS NOT NULL;
SELECT id, r IS NULL AS isnull, r IS NOT NULL AS notnull FROM (SELECT id, ROW(a, b) AS r FROM s30w_r) s ORDER BY id;
SELECT id, NOT (r IS NULL) FROM (SELECT id, ROW(a, b) AS r FROM s30w_r) s ORDER BY id;
-- IN of rows
SELECT (1, 2) IN ((1, 2), (3, 4)), (1, 2) IN ((1, NULL)), (1, 2) IN ((2, NULL), (1, 2)), (1, 2) NOT IN ((1, NULL)), (1, 2) NOT IN ((2, NULL));
SELECT id FROM s30w_r WHERE (a, b) IN ((1, 2), (2, 1)) ORDER BY id;
SELECT id FROM s30w_r WHERE (a, b) NOT IN ((1, 2), (2, 1)) ORDER BY id;
SELECT id FROM s30w_r WHERE (a, b) IN (SELECT 1, 2 UNION ALL SELECT 1, NULL) ORDER BY id;
SELECT id FROM s30w_r WHERE (a, b) NOT IN (SELECT 1, 2 UNION ALL SELECT NULL, 3) ORDER BY id;
SELECT id, (a, b) IN (SELECT a, b FROM s30w_r WHERE id = 1) FROM s30w_r ORDER BY id;
SELECT (1, 2) = ANY(ARRAY[ROW(1, 2), ROW(3, 4)]);
-- ROW() output quoting
SELECT ROW(1, 'a b', NULL, '', 'x,y', 'q"t', 'b\s', '(p)');
SELECT ROW(1.50, true, ARRAY[1,2], '{"a":1}'::jsonb);
SELECT ROW(ROW(1, 'a'), 'b c');
SELECT r FROM s30w_r r ORDER BY id;
SELECT ROW(a, c) FROM s30w_r ORDER BY id;
SELECT ROW(NULL), ROW(''), ROW(' ');
SELECT (ROW(1, 'x')).f2;
SELECT ARRAY[ROW(1, 'a'), ROW(2, 'b c')];
-- composite columns
CREATE TYPE s30w_pt AS (x int, y text);
CREATE TABLE s30w_c (id int PRIMARY KEY, p s30w_pt);
INSERT INTO s30w_c VALUES (1, ROW(1, 'a')), (2, ROW(1, NULL)), (3, ROW(NULL, NULL)), (4, NULL), (5, ROW(0, 'z z')), (6, ROW(1, 'b'));
SELECT id, p FROM s30w_c ORDER BY id;
SELECT id, p FROM s30w_c ORDER BY p, id;
SELECT id FROM s30w_c WHERE p = ROW(1, 'a')::s30w_pt ORDER BY id;
SELECT id FROM s30w_c WHERE p < ROW(1, 'b')::s30w_pt ORDER BY id;
SELECT id, p IS NULL, p IS NOT NULL FROM s30w_c ORDER BY id;
SELECT id, (p).x, (p).y FROM s30w_c ORDER BY id;
SELECT id FROM s30w_c WHERE p IS DISTINCT FROM ROW(1, NULL)::s30w_pt ORDER BY id;
SELECT p, count(*) FROM s30w_c GROUP BY p ORDER BY p;
SELECT max((p).x), min((p).y) FROM s30w_c;
SELECT to_jsonb(p), row_to_json(p) FROM s30w_c WHERE id IN (1, 2) ORDER BY id;
-- NULLs in IN / NOT IN lists and subqueries
SELECT 1 IN (1, NULL), 2 IN (1, NULL), 2 NOT IN (1, NULL), 1 NOT IN (1, NULL), NULL IN (1, 2), NULL NOT IN (SELECT 1 WHERE false);
SELECT id FROM s30w_r WHERE b NOT IN (SELECT v FROM s30w_n) ORDER BY id;
SELECT id FROM s30w_r WHERE b NOT IN (SELECT v FROM s30w_n WHERE v IS NOT NULL) ORDER BY id;
SELECT id FROM s30w_r WHERE b IN (SELECT v FROM s30w_n) ORDER BY id;
SELECT id, b IN (SELECT v FROM s30w_n) AS i, b NOT IN (SELECT v FROM s30w_n) AS ni FROM s30w_r ORDER BY id;
SELECT id, b NOT IN (1, NULL) FROM s30w_r ORDER BY id;
SELECT id FROM s30w_r WHERE NOT (b IN (3, NULL)) ORDER BY id;
SELECT count(*) FROM s30w_r WHERE a NOT IN (SELECT v FROM s30w_n WHERE false);
SELECT id FROM s30w_r WHERE b = ANY(SELECT v FROM s30w_n) ORDER BY id;
SELECT id FROM s30w_r WHERE b <> ALL(SELECT v FROM s30w_n) ORDER BY id;
SELECT id, b > ALL(SELECT v FROM s30w_n WHERE v IS NOT NULL) FROM s30w_r ORDER BY id;
SELECT id, EXISTS (SELECT 1 FROM s30w_n WHERE v = b) FROM s30w_r ORDER BY id;
SELECT id, CASE WHEN b NOT IN (SELECT v FROM s30w_n) THEN 'out' WHEN b IN (SELECT v FROM s30w_n) THEN 'in' ELSE 'unknown' END FROM s30w_r ORDER BY id;
SELECT count(*) FILTER (WHERE b NOT IN (1, NULL)), count(*) FILTER (WHERE b IN (1, NULL)) FROM s30w_r;
SELECT id FROM s30w_r WHERE c IN ('x', NULL, 'w,v') ORDER BY id;
SELECT id FROM s30w_r WHERE c NOT IN ('x', 'y') ORDER BY id;
-- params: [2]
SELECT id FROM s30w_r WHERE b NOT IN ($1, 3) ORDER BY id;
-- params: [null]
SELECT id FROM s30w_r WHERE b NOT IN ($1::int, 3) ORDER BY id;
-- arrays and JSON through parameters
-- params: ["{1,2,3}"]
SELECT ($1::int[])[2:3];
-- params: ["{\"a\": [1, 2]}"]
SELECT $1::jsonb -> 'a' -> -1;
-- params: ["{a,\"b c\",NULL}"]
SELECT array_length($1::text[], 1), ($1::text[])[3] IS NULL;
-- params: ["[1,2,3]", "{-1}"]
SELECT jsonb_set($1::jsonb, $2::text[], '0');
-- what probes beyond the sweep found (added with their fixes): int8 elements past 2^53, numeric[]
-- elements' scales through array_remove/array_replace and into JSON, ORDER BY such an array,
-- timestamp[] in jsonb, char(n)[] joined by array_to_string
CREATE TABLE s30w_b (id int PRIMARY KEY, a bigint[], na numeric[], ts timestamp[], ch char(3)[]);
INSERT INTO s30w_b VALUES
 (1, '{9223372036854775807,-1}', '{10.0,1}', '{"2024-01-02 03:04:05.5",NULL}', '{a,bb,NULL}'),
 (2, '{9223372036854775806}', '{9.50,1,2.0}', '{}', '{}'),
 (3, '{9007199254740993,NULL}', '{100,1}', NULL, NULL);
-- @must
SELECT id, 9223372036854775806 = ANY(a), a @> ARRAY[9223372036854775806], array_position(a, 9223372036854775806) FROM s30w_b ORDER BY id;
-- @must
SELECT id, a[1], array_remove(a, -1), array_replace(a, -1, 9223372036854775805) FROM s30w_b ORDER BY id;
-- @must
SELECT id, u FROM s30w_b, unnest(a) u ORDER BY id, u;
-- params: ["{9007199254740992,9223372036854775806}"]
-- @must
SELECT id FROM s30w_b WHERE a[1] = ANY($1::bigint[]) ORDER BY id;
-- @must
SELECT unnest('{1e17,1e300,-1e20}'::float8[]) AS u ORDER BY u;
-- @must
SELECT id, array_remove(na, 1), array_replace(na, 1, 3.000) FROM s30w_b ORDER BY id;
-- @must
SELECT id, to_jsonb(array_remove(na, 1)), jsonb_build_object('a', array_append(na, 1.0)), to_json(na || 7.70) FROM s30w_b ORDER BY id;
-- @must
SELECT id, na || 0.0 AS r FROM s30w_b ORDER BY r DESC;
-- @must
SELECT id FROM s30w_b ORDER BY array_remove(na, 1);
-- @must
SELECT id, to_jsonb(ts), jsonb_build_object('t', ts) FROM s30w_b ORDER BY id;
-- @must
SELECT id, array_to_string(ch, '|'), array_to_string(ch, ',', '*') FROM s30w_b ORDER BY id;
-- @must
SELECT jsonb_build_object(1.50, 1), json_build_object(2.0, 2), jsonb_object_agg(1.50, 1);
-- @must
SELECT ARRAY[interval '1 day', interval '24 hours'] = ARRAY[interval '24 hours', interval '1 day'], ARRAY['1 day'::interval] @> ARRAY['24 hours'::interval];
-- @must
SELECT id FROM (VALUES (1, '{"1 day"}'::interval[]), (2, '{"24 hours"}'), (3, '{"1 mon"}'), (4, '{"31 days"}')) v(id, a) ORDER BY a DESC, id;
