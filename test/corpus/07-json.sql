-- json/jsonb: storage normalization and the common operators.

-- @must
SELECT id, prefs FROM customers ORDER BY id;
SELECT prefs->'theme', prefs->>'theme', prefs->>'lang' FROM customers WHERE id <= 3 ORDER BY id;
SELECT email FROM customers WHERE prefs->>'theme' = 'dark';
-- @must
SELECT email FROM customers WHERE prefs @> '{"lang": "en"}' ORDER BY id;
SELECT email FROM customers WHERE prefs ? 'notify';
SELECT prefs->'tags'->0, prefs->'tags'->>1, prefs #>> '{tags,0}', prefs #> '{tags}' FROM customers WHERE id = 3;
SELECT attrs->>'color', attrs->'keys', (attrs->>'keys')::int + 1 FROM products WHERE id = 1;
SELECT title FROM products WHERE (attrs->>'size')::int > 20;
SELECT title, attrs->'hdr' FROM products WHERE attrs::jsonb @> '{"hdr": true}';
SELECT payload, payload->0, payload->2->'x', payload->>5 FROM audit_log WHERE entity_id = 3;
SELECT '{"a": {"b": [10, 20]}}'::jsonb #>> '{a,b,1}', '{"a": 1}'::jsonb->'missing', '[1,2,3]'::jsonb->-1;
SELECT '{"a": 1, "b": 2}'::jsonb @> '{"a": 1}', '[1, 2, 3]'::jsonb @> '[3, 1]', '{"a": 1}'::jsonb <@ '{"a": 1, "b": 2}';
SELECT '{"z": 1, "a": {"y": 2, "b": 3}}'::jsonb, '{"a": 1, "a": 2}'::jsonb, '{"a":1,"a":2}'::json;
SELECT '  {"a" : 1 }  '::json, '  {"a" : 1 }  '::jsonb, '1.50'::jsonb, '"x"'::jsonb, 'null'::jsonb;
SELECT jsonb_build_object('id', 1, 'name', 'x'), json_build_object('a', true), jsonb_build_array(1, 'two', null);
SELECT to_jsonb('text'::text), to_json(5), row_to_json(t) FROM (SELECT 1 AS a, 'b' AS b) t;
SELECT jsonb_typeof('{"a": 1}'::jsonb->'a'), json_typeof('[1]'), jsonb_array_length('[1, 2, 3]');
SELECT jsonb_agg(name ORDER BY id) FROM customers WHERE country = 'US';
SELECT json_agg(sku ORDER BY sku) FROM products WHERE price > 100;
SELECT jsonb_object_agg(k, n ORDER BY k) FROM kv WHERE n IS NOT NULL;
SELECT key, value FROM jsonb_each_text('{"a": "1", "b": "x"}') ORDER BY key;
SELECT jsonb_set('{"a": 1}'::jsonb, '{b}', '2');
SELECT '{"a": 1}'::jsonb || '{"b": 2}'::jsonb, '{"a": 1, "b": 2}'::jsonb - 'a';
SELECT '{bad json'::jsonb;
UPDATE customers SET prefs = '{"theme":"dark",  "lang" : "fr"}' WHERE id = 4 RETURNING prefs;
UPDATE customers SET prefs = prefs || '{"beta": true}' WHERE id = 5 RETURNING prefs;
-- params: ["{\"b\": 1, \"a\": [3, 2]}"]
INSERT INTO audit_log (entity, action, payload) VALUES ('json', 'param', $1) RETURNING payload;
-- params: ["dark"]
SELECT email FROM customers WHERE prefs->>'theme' = $1 ORDER BY id;
-- params: ["{\"lang\": \"en\"}"]
SELECT count(*) FROM customers WHERE prefs @> $1::jsonb;
