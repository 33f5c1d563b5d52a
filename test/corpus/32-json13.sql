-- The thirteenth session's JSON sweep (issue 10): json and jsonb as applications and ORMs use them:
-- json(b)_to_record(set) and json(b)_populate_record(set) with column definition lists, the
-- jsonpath functions with vars and silent arguments, strict mode, arithmetic, like_regex, `.**`
-- and the item methods, jsonb editing functions, operators and their edge cases, casts out of
-- jsonb, numbers and escapes inside json, and json's text against jsonb's. Tables are prefixed j13_.

create table j13_doc (id int primary key, body jsonb, raw json);
insert into j13_doc values (1, '{"name": "ann", "age": 31, "tags": ["a", "b"], "addr": {"city": "Oslo", "zip": "0150"}, "score": 9.50}', '{"name": "ann",  "age": 31, "age": 32}'), (2, '{"name": "bob", "age": null, "tags": [], "addr": {"city": "Rome"}, "score": 7}', '[1, 2,  3]'), (3, '{"name": "cy", "tags": ["c"], "active": true, "score": 12.25}', '"text"'), (4, '[{"sku": "A", "qty": 2, "price": 1.50}, {"sku": "B", "qty": 1, "price": 20}]', null), (5, null, '{}');
create table j13_item (sku text, qty int, price numeric(8,2));

-- jsonb_to_record
select * from jsonb_to_record('{"a": 1, "b": "x", "c": true}') as x(a int, b text, c boolean);
select * from jsonb_to_record('{"a": 1}') as x(a int, b text);
select * from jsonb_to_record('{"a": "42", "b": 7}') as x(a int, b text);
select * from jsonb_to_record('{"a": 1.5}') as x(a numeric);
select * from jsonb_to_record('{"a": 1.50}') as x(a numeric(6,3));
select * from jsonb_to_record('{"a": 1.5}') as x(a int);
select * from jsonb_to_record('{"a": "abc"}') as x(a int);
select * from jsonb_to_record('{"a": {"b": [1, 2]}}') as x(a jsonb);
select * from jsonb_to_record('{"a": {"b": [1, 2]}}') as x(a text);
select * from jsonb_to_record('{"a": {"b":   [1, 2]}}') as x(a json);
select * from jsonb_to_record('{"a": null, "b": null}') as x(a int, b jsonb);
select * from jsonb_to_record('{"A": 1, "a": 2}') as x(a int, "A" int);
select * from jsonb_to_record('{"d": "2024-02-29", "t": "2024-01-01 10:00:00"}') as x(d date, t timestamp);
select * from jsonb_to_record('{"u": "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"}') as x(u uuid);
select * from jsonb_to_record('{"f": 1e3, "g": "NaN"}') as x(f float8, g float8);
select * from jsonb_to_record('{"v": "abcdef"}') as x(v varchar(3));
select * from jsonb_to_record('{"v": "abc"}') as x(v varchar(3));
select * from jsonb_to_record('{"b": "yes"}') as x(b boolean);
select * from jsonb_to_record('{"b": 1}') as x(b boolean);
select * from jsonb_to_record('{"n": 123456789012345678901234567890}') as x(n numeric);
select * from jsonb_to_record('{"n": 3000000000}') as x(n int);
select * from jsonb_to_record('{"n": 3000000000}') as x(n bigint);
select * from jsonb_to_record('[1, 2]') as x(a int);
select * from jsonb_to_record('5') as x(a int);
select * from jsonb_to_record(null) as x(a int);
select x.a, x.b from jsonb_to_record('{"a": 3, "b": "q"}') x(a int, b text);
select b, a from jsonb_to_record('{"a": 3, "b": "q"}') as r(a int, b text) where a > 2;
select count(*) from jsonb_to_record('{"a": 3}') as r(a int);
select a + 1 as next from jsonb_to_record('{"a": 3}') as r(a int);
select * from jsonb_to_record('{"a": 1}');

-- json_to_record
select * from json_to_record('{"a": 1, "b": "x"}') as x(a int, b text);
select * from json_to_record('{"a": {"k":   1}}') as x(a json);
select * from json_to_record('{"a": {"k":   1}}') as x(a jsonb);
select * from json_to_record('{"a": {"k":   1}}') as x(a text);
select * from json_to_record('{"a": 1, "a": 2}') as x(a int);
select * from json_to_record('{"a": "x\"y"}') as x(a text);
select * from json_to_record('{"a": "\u00e9t\u00e9"}') as x(a text);
select * from json_to_record('[{"a": 1}]') as x(a int);

-- jsonb_to_recordset and json_to_recordset
select * from jsonb_to_recordset('[{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"a": 3}]') as x(a int, b text) order by a;
select * from jsonb_to_recordset('[]') as x(a int);
select * from jsonb_to_recordset('[{"a": 1}, 2]') as x(a int);
select * from jsonb_to_recordset('{"a": 1}') as x(a int);
select * from jsonb_to_recordset('[{"sku": "A", "qty": 2, "price": 1.50}, {"sku": "B", "qty": 1, "price": 20}]') as t(sku text, qty int, price numeric) order by sku;
select sum(qty * price) from jsonb_to_recordset('[{"sku": "A", "qty": 2, "price": 1.50}, {"sku": "B", "qty": 1, "price": 20}]') as t(sku text, qty int, price numeric);
select * from json_to_recordset('[{"a": 1, "b": {"c":  2}}, {"a": 2}]') as x(a int, b json) order by a;
select * from json_to_recordset('[{"a": 1}, {"a": "2"}]') as x(a text) order by a;
select * from json_to_recordset('[]') as x(a int);
select * from jsonb_to_recordset('[{"a": 1}, {"a": 2}]') with ordinality as x(a int, n bigint);
select x.* from jsonb_to_recordset('[{"a": 1}, {"a": 2}]') as x(a int) order by 1 desc;
select d.id, r.sku, r.qty from j13_doc d, jsonb_to_recordset(d.body) as r(sku text, qty int) where d.id = 4 order by r.sku;
select d.id, r.name, r.age from j13_doc d cross join lateral jsonb_to_record(d.body) as r(name text, age int) where d.id < 4 order by d.id;
select d.id, r.city from j13_doc d, jsonb_to_record(d.body -> 'addr') as r(city text, zip text) order by d.id;
insert into j13_item select * from jsonb_to_recordset('[{"sku": "A", "qty": 2, "price": 1.505}, {"sku": "B", "qty": 1, "price": 20}]') as t(sku text, qty int, price numeric);
select * from j13_item order by sku;
-- params: ["[{\"a\": 5, \"b\": \"p\"}, {\"a\": 6}]"]
select * from jsonb_to_recordset($1::jsonb) as x(a int, b text) order by a;
-- params: ["{\"a\": 7}"]
select a from json_to_record($1) as x(a int);

-- populate_record(set)
select * from jsonb_populate_record(null::j13_item, '{"sku": "Z", "qty": 4, "price": 2.5, "extra": 1}');
select * from jsonb_populate_record(null::j13_item, '{"sku": "Z"}');
select * from jsonb_populate_record(null::j13_item, '{"qty": "x"}');
select * from jsonb_populate_record(null::j13_item, '{"price": 1.005}');
select * from jsonb_populate_record(null::j13_item, '[1]');
select * from json_populate_record(null::j13_item, '{"sku": "Y", "qty": 9}');
select * from jsonb_populate_recordset(null::j13_item, '[{"sku": "P", "qty": 1}, {"sku": "Q", "price": 3}]') order by sku;
select * from json_populate_recordset(null::j13_item, '[{"sku": "P", "qty": 1}, {"sku": "Q", "price": 3}]') order by sku;
select * from jsonb_populate_record(null::j13_item, '{"sku": 1, "qty": "7", "price": "8.125"}');
select sku, qty from jsonb_populate_recordset(null::j13_item, '[{"sku": "P", "qty": 1}]');
select * from jsonb_populate_record(null::j13_nosuch, '{}');
select (jsonb_populate_record(null::j13_item, '{"sku": "s", "qty": 2}')).qty;
select jsonb_populate_record(null::j13_item, '{"sku": "s", "qty": 2}');
select * from jsonb_populate_record(row('k', 5, 1.5)::j13_item, '{"qty": 1}');

-- jsonb_path_query and friends, lax mode
select jsonb_path_query('{"a": [1, 2, 3]}', '$.a[*]');
select jsonb_path_query('{"a": [1, 2, 3]}', '$.a[*] ? (@ > 1)');
select jsonb_path_query_array('{"a": [1, 2, 3]}', '$.a[*] ? (@ > $min)', '{"min": 1}');
select jsonb_path_query_first('{"a": [1, 2, 3]}', '$.a[*] ? (@ > $min)', '{"min": 1}');
select jsonb_path_exists('{"a": [1, 2, 3]}', '$.a[*] ? (@ > $min)', '{"min": 5}');
select jsonb_path_match('{"a": [1, 2, 3]}', 'exists($.a[*] ? (@ == $v))', '{"v": 2}');
select jsonb_path_query_array('{"a": [1, 2, 3]}', '$.a[*] ? (@ > $x)', '{}');
select jsonb_path_query_array('{"a": [1, 2, 3]}', '$.a[*] ? (@ > $x)', '[]');
select jsonb_path_query_array('{"a": [1, 2]}', '$.a[*] ? (@ == $v)', '{"v": "1"}');
select jsonb_path_query_first('{"a": []}', '$.a[0]');
select jsonb_path_query_first('{}', '$.b');
select jsonb_path_query_array('[1, [2, [3, 4]], 5]', '$[*]');
select jsonb_path_query_array('{"a": {"b": 1}}', '$.a.b');
select jsonb_path_query_array('{"a": [{"b": 1}, {"b": 2}]}', '$.a.b');
select jsonb_path_query_array('{"a": [{"b": 1}, {"b": 2}]}', '$.a[*].b');
select jsonb_path_query_array('{"a": 1}', '$.a[0]');
select jsonb_path_query_array('[10, 20, 30, 40]', '$[1 to 2]');
select jsonb_path_query_array('[10, 20, 30, 40]', '$[last]');
select jsonb_path_query_array('[10, 20, 30, 40]', '$[last - 1, 0]');
select jsonb_path_query_array('[10, 20, 30, 40]', '$[5]');
select jsonb_path_query_array('{"a": 1, "b": 2}', '$.*');
select jsonb_path_query_array('{"a": "x", "b": "y"}', '$.* ? (@ starts with "x")');
select jsonb_path_query_array('[1, "a", null, true, {}, []]', '$[*].type()');
select jsonb_path_query_array('[[1, 2], [3]]', '$[*].size()');
select jsonb_path_query_array('{"a": [1, null, 3]}', '$.a[*] ? (@ != null)');
select jsonb_path_query_array('{"a": [1, "2", 3]}', '$.a[*] ? (@ > 1)');
select jsonb_path_query_array('{"a": [1, "2", 3]}', '$.a[*] ? ((@ > 1) is unknown)');
select jsonb_path_query_array('[{"n": 1, "ok": true}, {"n": 2, "ok": false}]', '$[*] ? (@.ok == true).n');
select jsonb_path_query_array('[{"n": 1, "t": ["x"]}, {"n": 2, "t": []}]', '$[*] ? (exists (@.t[*])).n');
select jsonb_path_query_array('[{"n": 1}, {"n": 2}, {"n": 3}]', '$[*] ? (@.n < 2 || @.n > 2).n');
select jsonb_path_query_array('[{"n": 1}, {"n": 2}, {"n": 3}]', '$[*] ? (!(@.n == 2)).n');
select jsonb_path_query_array('[-1.5, 2.5]', '$[*].abs()');
select jsonb_path_query_array('[-1.5, 2.5]', '$[*].floor()');
select jsonb_path_query_array('[-1.5, 2.5]', '$[*].ceiling()');
select jsonb_path_query(body, '$.tags[*]') from j13_doc where id = 1;
select id, jsonb_path_query_first(body, '$.addr.city') from j13_doc where body is not null order by id;
select id from j13_doc where jsonb_path_exists(body, '$.tags[*] ? (@ == "a")') order by id;
select id from j13_doc where body @? '$.score ? (@ > 8)' order by id;
select id from j13_doc where body @@ '$.score > 8' order by id;
select id, body @@ '$.age > 30' from j13_doc order by id;
select jsonb_path_query_array(body, '$.tags[last]') from j13_doc where id = 1;

-- jsonpath strict mode and errors
select jsonb_path_query_array('{"a": 1}', 'strict $.b');
select jsonb_path_query_array('{"a": 1}', 'strict $.b', '{}', true);
select jsonb_path_exists('{"a": 1}', 'strict $.b');
select jsonb_path_exists('{"a": 1}', 'strict $.b', '{}', true);
select jsonb_path_query_array('{"a": 1}', 'lax $.b');
select jsonb_path_query_array('[1, 2]', 'strict $.a');
select jsonb_path_query_array('[1, 2]', 'lax $.a');
select jsonb_path_query_array('{"a": 1}', 'strict $[0]');
select jsonb_path_query_array('{"a": 1}', 'lax $[0]');
select jsonb_path_query_array('[1, 2]', 'strict $[5]');
select jsonb_path_query_array('[1, 2]', 'strict $[5]', '{}', true);
select jsonb_path_query_array('{"a": [1, 2]}', 'strict $.a.b');
select jsonb_path_query_array('{"a": [{"b": 1}]}', 'strict $.a[*].b');
select jsonb_path_query_array('{"a": 1}', 'strict $.*');
select jsonb_path_query_array('[1, "a"]', 'strict $[*] ? (@ > 0)');
select jsonb_path_query_array('[1, 2]', 'strict $.size()');
select jsonb_path_query_array('1', 'strict $.size()');
select jsonb_path_query_array('1', 'lax $.size()');
select jsonb_path_query_array('{}', '$.a ? (');
select jsonb_path_query_array('{}', '$.a', '{"a": 1}', false);
select jsonb_path_match('{"a": 1}', '$.a');
select jsonb_path_match('{"a": 1}', '$.a', '{}', true);
select jsonb_path_match('{"a": true}', '$.a');
select jsonb_path_match('{"a": [true]}', 'strict $.a');
select jsonb_path_match('{}', '$.a == 1');
select jsonb_path_query_first('{"a": "x"}', 'strict $.a.abs()');
select jsonb_path_query_first('{"a": "x"}', 'strict $.a.abs()', '{}', true);
select jsonb_path_query_array('{"a": 1}', '$ ? (@.b == 1)');
select jsonb_path_query_array('{"a": 1}', 'strict $ ? (@.b == 1)');
select jsonb_path_exists('[{"x": 1}, {"y": 2}]', 'strict $[*].x');
select jsonb_path_exists('[{"x": 1}, {"y": 2}]', 'lax $[*].x');

-- jsonpath arithmetic
select jsonb_path_query('{"a": 2}', '$.a + 3');
select jsonb_path_query('{"a": 2}', '$.a * 2.5');
select jsonb_path_query('{"a": 7}', '$.a / 2');
select jsonb_path_query('{"a": 7}', '$.a % 4');
select jsonb_path_query('{"a": 7}', '-$.a');
select jsonb_path_query('{"a": 7}', '$.a - -1');
select jsonb_path_query('{"a": 7}', '$.a / 0');
select jsonb_path_query_array('[1, 2, 3]', '-$[*]');
select jsonb_path_query('[1, 2]', '$[*] + 1');
select jsonb_path_query('[1, 2]', 'lax $[0] + $[1]');
select jsonb_path_query('{"a": "x"}', '$.a + 1');
select jsonb_path_query_array('[{"p": 2, "q": 3}, {"p": 4, "q": 5}]', '$[*] ? (@.p * @.q > 10).p');
select jsonb_path_query('{"a": 0.1}', '$.a + 0.2');
select jsonb_path_query('1', '$ + 2 * 3');
select jsonb_path_query('1', '($ + 2) * 3');
select jsonb_path_query('{"a": 10}', '$.a / 4');
select jsonb_path_query('{"a": 10}', '$.a / 3');
select jsonb_path_query('{"a": 1.50}', '$.a * 2');
select jsonb_path_exists('{"a": 5}', '$ ? (@.a + 1 == 6)');

-- like_regex, starts with, .**
select jsonb_path_query_array('["abc", "abd", "xyz"]', '$[*] ? (@ like_regex "^ab")');
select jsonb_path_query_array('["ABC", "abd", "xyz"]', '$[*] ? (@ like_regex "^ab" flag "i")');
select jsonb_path_query_array('["a.c", "abc"]', '$[*] ? (@ like_regex "a\\.c")');
select jsonb_path_query_array('["line1\nline2"]', '$[*] ? (@ like_regex "^line2" flag "m")');
select jsonb_path_query_array('[1, "a1"]', '$[*] ? (@ like_regex "1")');
select jsonb_path_exists('{"email": "ann@example.com"}', '$.email ? (@ like_regex "^[a-z]+@[a-z]+\\.com$")');
select jsonb_path_query_array('{"a": {"b": {"c": 1}}, "c": 2}', '$.**.c');
select jsonb_path_query_array('{"a": {"b": {"c": 1}}, "c": 2}', 'lax $.**');
select jsonb_path_query_array('{"a": {"b": {"c": 1}}}', '$.**{1}');
select jsonb_path_query_array('{"a": {"b": {"c": 1}}}', '$.**{2 to last}');
select jsonb_path_query_array('[1, [2, [3]]]', 'strict $.**');
select jsonb_path_query_array('{"x": [{"k": 1}, {"k": 2}]}', '$.** ? (@.k > 1)');

-- item methods
select jsonb_path_query_array('["1.5", 2, "1e2"]', '$[*].double()');
select jsonb_path_query_array('["abc"]', '$[*].double()');
select jsonb_path_query_array('[true]', '$[*].double()');
select jsonb_path_query_array('{"a": 1, "b": [2]}', '$.keyvalue()');
select jsonb_path_query_array('[{"a": 1}, {"b": 2}]', '$[*].keyvalue()');
select jsonb_path_query_array('[1]', 'strict $.keyvalue()');
select jsonb_path_query_array('{"a": 1, "b": 2}', '$.keyvalue() ? (@.value > 1).key');
select jsonb_path_query_array('["2024-02-29"]', '$[*].datetime()');
select jsonb_path_query_array('["2024-02-29 10:30:00"]', '$[*].datetime()');
select jsonb_path_query_array('["10:30:00"]', '$[*].datetime()');
select jsonb_path_query_array('["29-02-2024"]', '$[*].datetime("DD-MM-YYYY")');
select jsonb_path_query_array('["not a date"]', '$[*].datetime()');
select jsonb_path_query_array('["2024-02-29", "2023-01-01"]', '$[*] ? (@.datetime() > "2024-01-01".datetime())');
select jsonb_path_query_array('["2024-02-29"]', '$[*].datetime().type()');
select jsonb_path_query_array('[1, "a"]', '$[*].type()');
select jsonb_path_query_array('{"a": [1, 2, 3]}', '$.a.size()');
select jsonb_path_query_array('[2.5]', '$[*].double() * 2');

-- jsonpath as a type
select '$.a[*] ? (@ > 1)'::jsonpath;
select 'strict $.a'::jsonpath;
select '$ . a'::jsonpath;
select '$."a b"'::jsonpath;
select '$.a +'::jsonpath;
select 'lax $.**{1 to 2}'::jsonpath;
select '$ ? (@ like_regex "x" flag "i")'::jsonpath;
select pg_typeof('$'::jsonpath);

-- jsonb_set, jsonb_set_lax, jsonb_insert, deletes
select jsonb_set('{"a": 1}', '{b}', '2');
select jsonb_set('{"a": 1}', '{b}', '2', false);
select jsonb_set('{"a": {"b": 1}}', '{a,c}', '"x"');
select jsonb_set('{"a": [1, 2]}', '{a,-1}', '9');
select jsonb_set('{"a": [1, 2]}', '{a,10}', '9');
select jsonb_set('{"a": [1, 2]}', '{a,-10}', '9');
select jsonb_set('{"a": 1}', '{a,b}', '2');
select jsonb_set('{"a": 1}', '{}', '2');
select jsonb_set('{"a": 1}', '{b}', null);
select jsonb_set('[1, 2]', '{x}', '3');
select jsonb_set_lax('{"a": 1}', '{a}', null);
select jsonb_set_lax('{"a": 1}', '{a}', null, true, 'delete_key');
select jsonb_set_lax('{"a": 1}', '{a}', null, true, 'return_target');
select jsonb_set_lax('{"a": 1}', '{a}', null, true, 'raise_exception');
select jsonb_set_lax('{"a": 1}', '{a}', null, true, 'use_json_null');
select jsonb_set_lax('{"a": 1}', '{a}', null, true, 'bogus');
select jsonb_set_lax('{"a": 1}', '{a}', '5');
select jsonb_insert('{"a": [1, 2]}', '{a,0}', '0');
select jsonb_insert('{"a": [1, 2]}', '{a,0}', '0', true);
select jsonb_insert('{"a": 1}', '{a}', '2');
select jsonb_insert('{"a": 1}', '{b}', '2');
select '{"a": 1, "b": 2, "c": 3}'::jsonb - 'b';
select '{"a": 1, "b": 2, "c": 3}'::jsonb - '{a,c}'::text[];
select '["a", "b", "a"]'::jsonb - 'a';
select '[1, 2, 3]'::jsonb - 1;
select '[1, 2, 3]'::jsonb - -1;
select '[1, 2, 3]'::jsonb - 5;
select '{"a": 1}'::jsonb - 0;
select '"x"'::jsonb - 'x';
select '{"a": {"b": {"c": 1, "d": 2}}}'::jsonb #- '{a,b,c}';
select '[1, [2, 3]]'::jsonb #- '{1,0}';
select '[1, 2]'::jsonb #- '{-1}';
select '{"a": 1}'::jsonb #- '{}';

-- strip_nulls, pretty, typeof, array_length
select jsonb_strip_nulls('{"a": null, "b": {"c": null, "d": 1}, "e": [null, {"f": null}]}');
select json_strip_nulls('{"a":null,  "b" : 1}');
select jsonb_strip_nulls('null');
select jsonb_pretty('{"a": [1, {"b": 2}], "c": {}}');
select jsonb_pretty('[]');
select jsonb_pretty('"s"');
select jsonb_pretty('{"a": {"b": []}}');
select jsonb_typeof('1.5'), jsonb_typeof('"x"'), jsonb_typeof('null'), jsonb_typeof('[]'), jsonb_typeof('{}'), jsonb_typeof('false');
select json_typeof('  1 '), json_typeof(null);
select jsonb_typeof(body -> 'age') from j13_doc order by id;
select json_array_length('[1, [2, 3], {}]');
select json_array_length('{"a": 1}');
select jsonb_array_length('5');
select jsonb_array_length('[]');
select jsonb_array_length(body -> 'tags') from j13_doc order by id;

-- json_object and json_object_agg
select json_object('{a, 1, b, 2}');
select json_object('{{a, 1}, {b, 2}}');
select json_object('{a, b}', '{1, 2}');
select json_object('{a, b, c}');
select json_object('{a, b}', '{1}');
select json_object('{a, NULL}');
select json_object('{NULL, 1}');
select jsonb_object('{a, 1, a, 2}');
select json_object('{a, 1, a, 2}');
select json_object('{}');
select json_object_agg(k, v) from (values ('a', 1), ('b', 2), ('a', 3)) t(k, v);
select jsonb_object_agg(k, v) from (values ('a', 1), ('b', 2), ('a', 3)) t(k, v);
select json_object_agg(k, v) from (values ('a', 1), (null, 2)) t(k, v);
select jsonb_object_agg(k, v) from (values ('a', 1), (null, 2)) t(k, v);
select jsonb_object_agg(k, v) from (values ('a', null::int)) t(k, v);
select json_object_agg(k, v) from (values ('a', 1)) t(k, v) where false;
select jsonb_object_agg(id, body -> 'name') from j13_doc where id < 4;

-- operators
select '[1, 2, 3]'::jsonb -> -1, '[1, 2, 3]'::jsonb -> -3, '[1, 2, 3]'::jsonb -> -4;
select '[1, 2, 3]'::json -> -1, '[1, 2, 3]'::json ->> -2;
select '{"a": [1, {"b": "x"}]}'::jsonb #> '{a,1,b}', '{"a": [1, {"b": "x"}]}'::jsonb #>> '{a,1,b}';
select '{"a": [1, {"b": "x"}]}'::jsonb #> '{a,-1}';
select '{"a": [1, {"b": "x"}]}'::jsonb #> '{}';
select '{"a": [1, {"b": "x"}]}'::jsonb #>> '{}';
select '{"a": [1, 2]}'::jsonb #> '{a,x}';
select '{"a":  [1, 2]}'::json #> '{a}';
select '"s"'::jsonb ->> 0, '"s"'::jsonb -> 'a';
select '{"a": null}'::jsonb ->> 'a', '{"a": null}'::jsonb -> 'a';
select '{"a": 1}'::jsonb ? 'a', '["a", "b"]'::jsonb ? 'b', '"a"'::jsonb ? 'a', '[["a"]]'::jsonb ? 'a';
select '{"a": 1, "b": 2}'::jsonb ?| array['b', 'z'], '{"a": 1, "b": 2}'::jsonb ?& array['a', 'z'];
select '{"a": 1}'::jsonb ?& '{}'::text[], '{"a": 1}'::jsonb ?| '{}'::text[];
select '{"a": {"b": 1, "c": 2}}'::jsonb @> '{"a": {"b": 1}}';
select '[1, 2, [3, 4]]'::jsonb @> '[[3]]';
select '[1, 2, [3, 4]]'::jsonb @> '[3]';
select '[1, 2]'::jsonb @> '1';
select '1'::jsonb @> '[1]';
select '["a", "b"]'::jsonb @> '["b", "b", "a"]';
select '{"a": [1, 2]}'::jsonb @> '{"a": 1}';
select '{"a": 1}'::jsonb <@ '{"a": 1, "b": 2}';
select '[]'::jsonb <@ '[1]', '{}'::jsonb <@ '{}';
select '{"a": 1.0}'::jsonb @> '{"a": 1}';
select id from j13_doc where body @> '{"tags": ["a"]}' order by id;
select id from j13_doc where body ? 'active' order by id;
select '[1, 2]'::jsonb || '[3]';
select '[1, 2]'::jsonb || '3';
select '3'::jsonb || '[1, 2]';
select '{"a": 1}'::jsonb || '{"a": 2, "b": 3}';
select '{"a": 1}'::jsonb || '[1]';
select '{"a": 1}'::jsonb || '5';
select '1'::jsonb || '2';
select 'null'::jsonb || '[]';
select '{"a": 1}'::jsonb = '{"a": 1.00}';
select '[1, 2]'::jsonb < '[1, 3]', '{"b": 1}'::jsonb > '{"a": 2, "c": 3}';

-- casts out of jsonb
select '5'::jsonb::int, '5.7'::jsonb::int, '5.5'::jsonb::numeric, '"5"'::jsonb::text;
select '"5"'::jsonb::int;
select 'true'::jsonb::bool;
select '"true"'::jsonb::bool;
select 'null'::jsonb::int;
select '[1]'::jsonb::int;
select '1e2'::jsonb::float8, '2.5'::jsonb::real;
select '99999999999'::jsonb::int;
select '99999999999'::jsonb::bigint;
select '{"a": 1}'::jsonb::text, '{"a":  1}'::json::text;
select '{"a":  1}'::json::jsonb, '{"b": 1, "a": 2}'::jsonb::json;
select (body ->> 'age')::int + 1 from j13_doc where id = 1;
select (body -> 'score')::numeric from j13_doc order by id;
select (body -> 'active')::boolean from j13_doc where id = 3;

-- numbers and text inside json
select '{"a": 1.10}'::jsonb, '{"a": 1.10}'::jsonb -> 'a', '{"a": 1.10}'::jsonb ->> 'a';
select '[1.0, 1.00, 1e2, 1E-2, -0, 0.0]'::jsonb;
select '[1.0, 1.00, 1e2, 1E-2, -0]'::json;
select '12345678901234567890123456789012345678901234567890'::jsonb;
select '0.000000000000000000000000000001'::jsonb;
select '1e400'::jsonb;
select '{"a": 123456789012345678901234567890}'::jsonb -> 'a';
select ('{"a": 123456789012345678901234567890}'::jsonb -> 'a')::numeric + 1;
select jsonb_build_object('n', 1.50::numeric, 'f', 1.5::float8, 'i', 10::bigint);
select to_jsonb(1.10::numeric), to_jsonb(12345678901234567890::numeric);
select '"\u0041\u00e9"'::jsonb, '"\u0041\u00e9"'::json;
select '"\u0000"'::jsonb;
select '"\u0000"'::json;
select '"\u0000"'::json ->> 0;
select '["\u0000"]'::json ->> 0;
select '"\ud83d\ude00"'::jsonb;
select '"\ud83d"'::jsonb;
select '"tab\there"'::jsonb, '"tab\there"'::jsonb #>> '{}';
select '"a\/b"'::jsonb;
select '{"a": "\n"}'::jsonb ->> 'a' = e'\n';
select '{"a":1,}'::jsonb;
select '{a: 1}'::jsonb;
select '[1, 2'::json;
select ''::jsonb;

-- object key order and duplicates: json keeps, jsonb normalizes
select '{"bbb": 1, "a": 2, "cc": 3, "aa": 4}'::jsonb;
select '{"bbb": 1, "a": 2, "cc": 3, "aa": 4}'::json;
select '{"a": 1, "a": 2}'::jsonb, '{"a": 1, "a": 2}'::json;
select '{"a": 1, "a": 2}'::json -> 'a';
select '{"a": 1, "a": 2}'::json ->> 'a';
select jsonb_object_keys('{"bbb": 1, "a": 2, "cc": 3, "B": 4}');
select json_object_keys('{"bbb": 1, "a": 2, "a": 3}');
select key from jsonb_each('{"é": 1, "z": 2, "aa": 3}');
select * from json_each('{"x":  [1,  2], "y": null}') order by key;
select * from jsonb_each_text('{"x": [1, 2], "y": null, "z": "s"}') order by key;
select '  {"a" :  1 }  '::json, '  {"a" :  1 }  '::jsonb;
select json_build_object('a', '{"x":  1}'::json, 'b', '{"x":  1}'::jsonb);
select json_build_array(1, 'a', null, true, '[1,  2]'::json);
select jsonb_build_array(1, 'a', null, true, '[1,  2]'::json);
select json_build_object('k', 1, 'k', 2), jsonb_build_object('k', 1, 'k', 2);
select jsonb_build_object(null, 1);
select json_build_object('a');
select row_to_json(row(1, 'x')), to_json('a"b'::text), to_jsonb(array[1, 2]);
select json_agg(x order by x desc) from (values (3), (1), (2)) t(x);
select jsonb_agg(body -> 'name' order by id) from j13_doc where body ? 'name';
select json_agg(raw order by id) from j13_doc where id < 3;

-- extraction functions
select jsonb_extract_path(body, 'addr', 'city'), jsonb_extract_path_text(body, 'tags', '1') from j13_doc where id = 1;
select json_extract_path('{"a": {"b":  [1, 2]}}', 'a', 'b');
select json_extract_path_text('{"a": {"b": [1, 2]}}', 'a', 'b', '0');
select jsonb_extract_path('{"a": 1}');
select jsonb_array_elements_text('[1, "a", null, {"b": 2}]');
select * from json_array_elements('[1, "a",  {"b":  2}]');
select jsonb_array_elements('{"a": 1}');
select jsonb_each('[1]');
select count(*) from j13_doc, jsonb_array_elements(body -> 'tags') where body ? 'tags';
select id, t from j13_doc, jsonb_array_elements_text(body -> 'tags') as t order by id, t;

-- json aggregates over typed values and ORDER BY on jsonb
select id, body -> 'score' from j13_doc where body ? 'score' order by body -> 'score';
select body -> 'score' as s from j13_doc where body ? 'score' order by s desc;
select max(body ->> 'name'), min((body -> 'score')::numeric) from j13_doc;
select jsonb_agg(distinct body -> 'score') from j13_doc where body ? 'score';
select body -> 'addr' ->> 'city' as city, count(*) from j13_doc group by 1 order by 1 nulls first;
select jsonb_typeof(value), count(*) from jsonb_array_elements('[1, "a", 2, null, [1], {}]') group by 1 order by 1;

-- update with jsonb functions
update j13_doc set body = jsonb_set(body, '{addr,city}', '"Bergen"') where id = 1 returning body -> 'addr';
update j13_doc set body = body || '{"age": 40}' where id = 2 returning body;
update j13_doc set body = body - 'tags' where id = 3 returning body;
update j13_doc set body = jsonb_set_lax(body, '{active}', null, true, 'delete_key') where id = 3 returning body;
select id, body from j13_doc order by id;
