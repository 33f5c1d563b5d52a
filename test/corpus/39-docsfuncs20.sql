-- The twentieth session's regressions for 28-docs-functions.sql's differences: websearch_to_tsquery,
-- tsquery_phrase, ts_rank_cd, ts_rank's weights array, ts_lexize, to_tsvector over json and jsonb,
-- json(b)_to_tsvector, the jsonb_path_*_tz functions and to_char's sign patterns between digit
-- positions. Tables are prefixed d20_.

SET TimeZone = 'UTC';

-- websearch_to_tsquery: implied AND, or, -, quoted phrases; other operator characters skipped
SELECT websearch_to_tsquery('english', 'foo-bar');
SELECT websearch_to_tsquery('simple', 'the quick fox');
SELECT websearch_to_tsquery('english', '"the quick" fox');
SELECT websearch_to_tsquery('english', 'cat -dog or -"fat rat"');
SELECT websearch_to_tsquery('english', 'or cat or');
SELECT websearch_to_tsquery('simple', 'or cat or');
SELECT websearch_to_tsquery('english', 'cat or');
SELECT websearch_to_tsquery('english', '""');
SELECT websearch_to_tsquery('english', 'a:B* c');
SELECT websearch_to_tsquery('english', 'the');
SELECT websearch_to_tsquery('english', '-');
SELECT websearch_to_tsquery('english', 'cat & (dog | !rat) <-> x');
SELECT websearch_to_tsquery('english', 'cat''s dog');
SELECT websearch_to_tsquery('english', 'ca\t d''''og');
SELECT websearch_to_tsquery('english', 'cat or or dog');
SELECT websearch_to_tsquery('english', 'cat orange');
SELECT websearch_to_tsquery('english', 'cat "dog');
SELECT websearch_to_tsquery('english', 'fat or - rat');
SELECT websearch_to_tsquery('simple', 'ab:cd');
SELECT websearch_to_tsquery('simple', '');
SELECT websearch_to_tsquery('simple', '(');
SELECT websearch_to_tsquery('simple', 'cat oré dog');
SELECT websearch_to_tsquery('simple', 'cat OR_ dog');
SELECT websearch_to_tsquery('simple', 'cat or-dog');
SELECT websearch_to_tsquery('simple', 'cat or!dog');
SELECT websearch_to_tsquery('simple', 'cat - - dog');
SELECT websearch_to_tsquery('simple', 'cat "a b" "c d"');
SELECT websearch_to_tsquery('simple', 'x-"a b"');
SELECT websearch_to_tsquery('cat dog');
SELECT websearch_to_tsquery('english', 'a or b or c d -e f or "g h i" -(j)');
SELECT websearch_to_tsquery(NULL);
SELECT websearch_to_tsquery('nosuch', 'x');
SELECT to_tsvector('english', 'the fat rats ate cheese') @@ websearch_to_tsquery('english', 'fat or dog -cheese');
CREATE TABLE d20_docs (id int PRIMARY KEY, body text);
INSERT INTO d20_docs VALUES (1, 'The quick brown fox jumps over the lazy dog'), (2, 'A fox and a dog'), (3, 'dog eats dog food then fox runs'), (4, 'nothing here');
SELECT id FROM d20_docs WHERE to_tsvector('english', body) @@ websearch_to_tsquery('english', '"quick brown" or food') ORDER BY id;
SELECT id FROM d20_docs WHERE to_tsvector('english', body) @@ websearch_to_tsquery('english', 'fox -quick') ORDER BY id;

-- tsquery_phrase
SELECT tsquery_phrase(to_tsquery('fat'), to_tsquery('cat'), 0);
SELECT tsquery_phrase(to_tsquery('fat'), to_tsquery('cat'), -1);
SELECT tsquery_phrase(to_tsquery('fat'), to_tsquery('cat'), 16385);
SELECT tsquery_phrase('a & b', 'c | d', 3);
SELECT tsquery_phrase('a', 'b', NULL);
SELECT tsquery_phrase('a', 'b', 2::smallint);
SELECT tsquery_phrase('a', 'b', 2::bigint);
SELECT tsquery_phrase('a', 'b', 'x');
SELECT tsquery_phrase('a'::text, 'b');

-- ts_rank_cd, and ts_rank and ts_rank_cd with a weights array
SELECT ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('fat & cat'));
SELECT ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('fat <-> cat'));
SELECT ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('fat | mat'));
SELECT ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('fat & !mat'));
SELECT ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('sat & cat'), 1), ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('sat & cat'), 2);
SELECT ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('sat & cat'), 4), ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('sat & cat'), 8);
SELECT ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('sat & cat'), 16), ts_rank_cd(to_tsvector('english', 'the fat cat sat on the mat with another fat cat'), to_tsquery('sat & cat'), 32);
SELECT ts_rank_cd('a:1A b:2B c:3C d:4', 'a & d'), ts_rank_cd('a:1A b:2B c:3C d:4', 'a:A & d'), ts_rank_cd('a:1A b:2B c:3C d:4', 'a:B & d');
SELECT ts_rank_cd('a b c', 'a & b');
SELECT ts_rank_cd('ab:1,5 abc:3 b:2,9', 'ab:* & b'), ts_rank_cd('ab:1,5 abc:3 b:2,9', 'ab:* <-> b'), ts_rank_cd('ab:1,5 abc:3 b:2,9', 'ab:* <2> b');
SELECT ts_rank_cd('ab:1,5 abc:3 b:2,9', '!ab & b'), ts_rank_cd('ab:1,5 abc:3 b:2,9', 'b & b'), ts_rank_cd('ab:1,5 abc:3 b:2,9 c:9', '(b | c) & ab');
SELECT ts_rank_cd('a:1,3,5,7 b:2,4,6,8 c:10', 'a & b & c'), ts_rank_cd('a:1,3,5,7 b:2,4,6,8 c:10', 'a & b & c', 4);
SELECT ts_rank_cd('a:16383 b:16383', 'a & b');
SELECT id, ts_rank_cd(to_tsvector('english', body), to_tsquery('english', 'fox & dog')) AS r FROM d20_docs ORDER BY r DESC, id;
SELECT ts_rank_cd('{0.1,0.2,0.4,1.0}', 'a:1', 'a');
SELECT ts_rank_cd('{0.1,0.2,0.4,1.0}', 'a:1'::tsvector, 'a');
SELECT ts_rank('{0.1,0.2,0.4,1.0}'::float8[], 'a:1'::tsvector, 'a');
SELECT ts_rank('{1,1,1,1}'::int[], 'a:1'::tsvector, 'a'), ts_rank('{0.5,1,1,1,2}'::numeric[], 'a:1'::tsvector, 'a');
SELECT ts_rank('{0.5,1,1}'::real[], 'a:1'::tsvector, 'a');
SELECT ts_rank('{{0.5,1},{1,1}}'::real[], 'a:1'::tsvector, 'a');
SELECT ts_rank('{0.5,1,1,NULL}'::real[], 'a:1'::tsvector, 'a');
SELECT ts_rank('{0.5,1,1,1.5}'::real[], 'a:1'::tsvector, 'a');
SELECT ts_rank('{-1,-1,-1,-1}'::real[], 'a:1 b:3'::tsvector, 'a & b', 4);
SELECT ts_rank_cd('{0.2,0.3,0.5,0.9}'::real[], 'a:1A b:3B c:5 d:7C'::tsvector, 'a & b | c & d', 32), ts_rank('{0.2,0.3,0.5,0.9}'::real[], 'a:1A b:3B c:5 d:7C'::tsvector, 'a & b | c & d', 1);
SELECT ts_rank_cd(NULL::real[], 'a:1'::tsvector, 'a'), ts_rank_cd('{0,0,0,0}'::real[], 'a:1'::tsvector, 'a');

-- ts_lexize
SELECT ts_lexize('english_stem', 'The'), ts_lexize('english_stem', 'Running'), ts_lexize('english_stem', '');
SELECT ts_lexize('simple', 'The'), ts_lexize('simple', ''), ts_lexize('pg_catalog.simple', 'AbC'), ts_lexize('"simple"', 'x');
SELECT ts_lexize('english_stem'::regdictionary, 'cats'), ts_lexize('english_stem', NULL);
SELECT ts_lexize('english_stem', 'cats')::text, array_length(ts_lexize('english_stem', 'the'), 1), ts_lexize('english_stem', 'cats')[1];
SELECT ts_lexize('english_stem', 42);

-- to_tsvector over json and jsonb; json_to_tsvector and jsonb_to_tsvector
SELECT to_tsvector('{"b": "the", "a": "x y", "a": "z", "c": ["q", {"d": "r"}], "e": true, "n": 12}'::json);
SELECT to_tsvector('simple', '{"b": "the", "a": "x y", "a": "z", "c": ["q", {"d": "r"}], "e": true, "n": 12}'::jsonb);
SELECT jsonb_to_tsvector('english', '{"b": "the", "aaa": "x y", "c": ["q", {"d": "r"}], "e": false, "n": 12}', '"all"');
SELECT json_to_tsvector('english', '{"b": "the", "aaa": "x y", "c": ["q", {"d": "r"}], "e": false, "n": 12}', '["all"]');
SELECT jsonb_to_tsvector('{"b": "the", "aaa": "x y", "e": true, "n": 12}', '["key", "Boolean", "NUMERIC"]');
SELECT json_to_tsvector('{"a": 1}', '["x"]');
SELECT json_to_tsvector('{"a": 1}', '{"a": 1}');
SELECT json_to_tsvector('{"a": 1}', '[1]');
SELECT json_to_tsvector('{"a": 1}', 'null');
SELECT json_to_tsvector('{"a": 1}', '[]');
SELECT json_to_tsvector('{"a": 1}'::jsonb, '[]');
SELECT jsonb_to_tsvector('{"a": 1}'::json, '[]');
SELECT json_to_tsvector('{"a": 1}', '"all"'::text);
SELECT to_tsvector('"the cat"'::jsonb), to_tsvector('[]'::json), to_tsvector('null'::jsonb);
SELECT to_tsvector('english', '["fat cats", "ate rats"]'::jsonb) @@ to_tsquery('cats <-> ate'), to_tsvector('english', '["fat cats", "ate rats"]'::jsonb) @@ to_tsquery('cats <2> ate');
SELECT to_tsvector('english', '["the", "fat cats", "ate rats"]'::json);
SELECT json_to_tsvector(NULL, '"all"'), json_to_tsvector('{}', NULL);
SELECT to_tsvector('nosuch', '{}'::json);
CREATE TABLE d20_j (id int PRIMARY KEY, j jsonb, f jsonb);
INSERT INTO d20_j VALUES (1, '{"title": "Fat cats", "n": 3}', '["string","numeric"]'), (2, '{"title": "dogs"}', '"key"');
SELECT id, jsonb_to_tsvector('english', j, f) FROM d20_j ORDER BY id;

-- jsonb_path_*_tz: a datetime without a zone read in the session's
SELECT jsonb_path_exists('["2015-08-01 12:00:00-05"]', '$[*] ? (@.datetime() < "2015-08-02".datetime())');
SELECT jsonb_path_query_tz('["2015-08-01 12:00:00-05", "2015-08-01 02:00:00"]', '$[*] ? (@.datetime() < "2015-08-01 16:00:00".datetime())');
SELECT jsonb_path_query_array_tz('["2015-08-01 12:00:00-05", "2015-08-01 02:00:00", "2015-08-01"]', '$[*] ? (@.datetime() >= "2015-08-01T00:00:00+00".datetime())');
SELECT jsonb_path_query_first_tz('["2015-08-01 12:00:00-05", "2015-08-01 02:00:00"]', '$[*] ? (@.datetime() > "2015-08-01 16:00:00".datetime())');
SELECT jsonb_path_match_tz('["2015-08-01 12:00:00-05"]', 'exists($[*] ? (@.datetime() == "2015-08-01 17:00:00".datetime()))');
SELECT jsonb_path_exists_tz('["2015-08-01"]', '$[*] ? (@.datetime() < "13:00:00+01".datetime())');
SELECT jsonb_path_exists_tz('[1]', 'strict $.a', '{}', true);
SELECT * FROM jsonb_path_query_tz('[1,2]', '$[*] ? (@ > $x)', '{"x": 1}');
SET TimeZone = 'America/New_York';
SELECT jsonb_path_query_array_tz('["2015-08-01 12:00:00-04", "2015-08-01 12:00:00", "2015-08-01"]', '$[*] ? (@.datetime() == "2015-08-01T12:00:00-04".datetime())');
SELECT jsonb_path_query_array_tz('["2015-08-01T04:00:00Z", "2015-08-01"]', '$[*] ? (@.datetime() == "2015-08-01".datetime())');
SELECT jsonb_path_query_array_tz('["2015-08-01", "2015-08-01 00:00:00+00"]', '$[*] ? (@.datetime() < "2015-08-01 00:00:00".datetime())');
SET TimeZone = 'UTC';

-- to_char: a sign pattern between digit positions
SELECT '[' || to_char(485, '9SG99') || ']', '[' || to_char(-5, '9SG99') || ']', '[' || to_char(5, '9MI99') || ']', '[' || to_char(-5, '9MI99') || ']';
SELECT '[' || to_char(-485, 'FM9MI99') || ']', '[' || to_char(485, 'FM9MI99') || ']', '[' || to_char(-485.5, '999.9SG9') || ']', '[' || to_char(-48, '9SG9.9') || ']';
SELECT '[' || to_char(-485, '9SG9"x"9') || ']', '[' || to_char(-4850, '9,9SG99') || ']', '[' || to_char(-485, '0SG00') || ']', '[' || to_char(-5, '0SG00') || ']', '[' || to_char(-5555, '9SG99') || ']';
SELECT '[' || to_char(-485, '9PL99') || ']', '[' || to_char(485, '9PL99') || ']', '[' || to_char(-485, '9S99') || ']', '[' || to_char(485, '9S99') || ']', '[' || to_char(5, '9S99') || ']';
SELECT '[' || to_char(-485, 'FM9PL99') || ']', '[' || to_char(485, 'FM9PL99') || ']', '[' || to_char(-5, '9PL99') || ']', '[' || to_char(-485.25, '9.9S9') || ']';
SELECT '[' || to_char(-485.25::float8, '999.9SG9') || ']', '[' || to_char(-485, '9SG99th') || ']', '[' || to_char(-485, '9V9SG9') || ']';


-- ORDER BY a result column's position or name sorts in its type's order, as ORDER BY its expression does
CREATE TABLE d20_sorted (id int PRIMARY KEY, iv interval, ip inet, a int[], r int4range, v tsvector, j jsonb);
INSERT INTO d20_sorted VALUES (1, '25 hours', '10.0.0.10', '{10}', '[5,6)', 'b:1', '{"b": 1}'), (2, '1 day 2 hours', '10.0.0.9', '{9}', '[10,11)', 'a:1 z:2', '{"a": 22}'), (3, '1 mon', '9.0.0.1/8', '{10,1}', 'empty', 'c', '[1]');
SELECT iv FROM d20_sorted ORDER BY 1;
SELECT ip FROM d20_sorted ORDER BY 1 DESC;
SELECT a FROM d20_sorted ORDER BY 1;
SELECT r FROM d20_sorted ORDER BY 1;
SELECT j FROM d20_sorted ORDER BY 1;
SELECT iv AS x FROM d20_sorted ORDER BY x;
SELECT id, a AS x FROM d20_sorted ORDER BY x DESC, id;
SELECT r AS x, id FROM d20_sorted ORDER BY 1, 2;
SELECT v FROM d20_sorted ORDER BY 1;
SELECT v AS x FROM d20_sorted ORDER BY x;
SELECT iv FROM d20_sorted UNION SELECT '2 days'::interval ORDER BY 1;
SELECT iv::text FROM d20_sorted ORDER BY 1;
