-- The leftovers earlier sessions found and did not fix, each as a family of what applications,
-- ORMs and tools send: format_type and regtype of user types, ALTER SCHEMA … RENAME of a schema
-- holding views and types, arrays of money, INSERT … SELECT of set operations and multi-row
-- VALUES into columns with conversions and length checks, float8 -0, operators on arrays of
-- different element types, jsonb's operator functions called by name, ordering of NaN and
-- ±Infinity, and enum column defaults (LIKE … INCLUDING DEFAULTS, wrong defaults).

-- user types and their names without a catalog read
CREATE TYPE s31m_mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN s31m_posint AS integer CHECK (VALUE > 0);
CREATE TYPE s31m_pair AS (a integer, b text);
CREATE DOMAIN s31m_code AS varchar(8);
-- @must
SELECT format_type('s31m_mood'::regtype, NULL);
-- @must
SELECT format_type('s31m_posint'::regtype, -1);
-- @must
SELECT format_type('s31m_pair'::regtype, NULL);
-- @must
SELECT format_type('s31m_code'::regtype, NULL);
-- @must
SELECT 's31m_mood'::regtype;
-- @must
SELECT 's31m_mood'::regtype::text;
-- @must
SELECT 's31m_pair'::regtype::text, 's31m_posint'::regtype::text;
-- @must
SELECT '_s31m_mood'::regtype;
-- @must
SELECT 's31m_mood[]'::regtype;
-- @must
SELECT format_type('_s31m_mood'::regtype, NULL);
-- @must
SELECT 'public.s31m_mood'::regtype;
-- @must
SELECT 's31m_nosuch'::regtype;
-- @must
SELECT format_type('s31m_mood'::regtype::oid, NULL) = 's31m_mood';
-- @must
SELECT pg_typeof('happy'::s31m_mood);
-- @must
SELECT pg_typeof('happy'::s31m_mood)::text;
-- @must
SELECT pg_typeof(ROW(1, 'x')::s31m_pair);
-- @must
SELECT pg_typeof(5::s31m_posint);
SELECT pg_typeof(ARRAY['ok'::s31m_mood]);
-- @must
SELECT format_type(pg_typeof('ok'::s31m_mood), NULL);
CREATE TABLE s31m_typed (id int PRIMARY KEY, m s31m_mood, p s31m_posint, c s31m_code);
-- @must
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = 's31m_typed'::regclass AND a.attnum > 0 ORDER BY a.attnum;
-- @must
SELECT 's31m_typed'::regclass;
-- @must
SELECT 's31m_typed'::regclass::text;
-- @must
SELECT format_type('s31m_mood'::regtype, NULL), format_type('integer'::regtype, NULL);
-- @must
SELECT format_type('varchar'::regtype, 12), format_type('numeric'::regtype, 655366);
-- @must
SELECT format_type(0, NULL);
-- @must
SELECT format_type(NULL, NULL);
-- @must
SELECT 'int4'::regtype, 'character varying'::regtype, 'timestamptz'::regtype;
-- params: ["s31m_mood"]
SELECT $1::regtype::text;
-- params: ["s31m_mood"]
SELECT format_type($1::regtype, NULL);
-- @must
SELECT enum_range(NULL::s31m_mood);
-- @must
SELECT enum_first(NULL::s31m_mood), enum_last(NULL::s31m_mood);

-- ALTER SCHEMA … RENAME TO with views, types and functions inside
CREATE SCHEMA s31m_app;
CREATE TYPE s31m_app.status AS ENUM ('on', 'off');
CREATE TABLE s31m_app.items (id int PRIMARY KEY, name text NOT NULL, st s31m_app.status DEFAULT 'on');
INSERT INTO s31m_app.items VALUES (1, 'one', 'on'), (2, 'two', 'off');
CREATE VIEW s31m_app.live AS SELECT id, name FROM s31m_app.items WHERE st = 'on';
-- @must
SELECT * FROM s31m_app.live;
ALTER SCHEMA s31m_app RENAME TO s31m_app2;
SELECT * FROM s31m_app2.live ORDER BY id;
SELECT * FROM s31m_app2.items ORDER BY id;
SELECT * FROM s31m_app.items;
SELECT 'on'::s31m_app2.status;
SELECT 'on'::s31m_app.status;
INSERT INTO s31m_app2.items (id, name) VALUES (3, 'three');
SELECT id, name, st FROM s31m_app2.items ORDER BY id;
SELECT nspname FROM pg_namespace WHERE nspname LIKE 's31m_app%' ORDER BY 1;
SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema LIKE 's31m_app%' ORDER BY 2;
SELECT schemaname, viewname FROM pg_views WHERE schemaname LIKE 's31m_app%';
SELECT format_type('s31m_app2.status'::regtype, NULL);
ALTER SCHEMA s31m_app2 RENAME TO pg_s31m;
-- @must
ALTER SCHEMA s31m_nosuch RENAME TO s31m_other;
CREATE SCHEMA s31m_taken;
ALTER SCHEMA s31m_app2 RENAME TO s31m_taken;
ALTER SCHEMA s31m_app2 RENAME TO s31m_app3;
SELECT count(*) FROM s31m_app3.live;
UPDATE s31m_app3.items SET st = 'off' WHERE id = 1;
SELECT * FROM s31m_app3.live ORDER BY id;
DROP SCHEMA s31m_app3 CASCADE;
-- @must
DROP SCHEMA s31m_taken;

-- money arrays
SELECT '{1,2}'::money[];
SELECT ARRAY['$1.50'::money, '$2'::money];
SELECT '{"$1,000.25","-3"}'::money[];
SELECT ('{1.5,2.25}'::money[])[2];
SELECT array_length('{1,2,3}'::money[], 1);
SELECT '{abc}'::money[];
CREATE TABLE s31m_pay (id int PRIMARY KEY, amt money, amts money[]);
INSERT INTO s31m_pay VALUES (1, '12.50', '{1,2.5}'), (2, '$3', ARRAY['7'::money]), (3, NULL, NULL), (4, '-1', '{}');
SELECT id, amt, amts FROM s31m_pay ORDER BY id;
SELECT array_agg(amt ORDER BY id) FROM s31m_pay;
SELECT array_agg(amt ORDER BY amt) FROM s31m_pay WHERE amt IS NOT NULL;
SELECT id, amts[1] FROM s31m_pay ORDER BY id;
SELECT sum(a) FROM s31m_pay, unnest(amts) AS a;
SELECT unnest('{1,2}'::money[]);
SELECT '{1,2}'::money[] = '{1.00,2.00}'::money[];
SELECT array_to_string('{1,2}'::money[], ';');
SELECT pg_typeof('{1}'::money[]);
-- params: ["{4.25,5}"]
SELECT $1::money[];
UPDATE s31m_pay SET amts = array_append(amts, '9.99'::money) WHERE id = 1;
SELECT amts FROM s31m_pay WHERE id = 1;

-- INSERT … SELECT of set operations and multi-row VALUES into converting columns
CREATE TABLE s31m_conv (id int, m money, b bit(4), vb varbit(3), v varchar(3), c char(2));
-- @must
INSERT INTO s31m_conv (id, m) SELECT 1, 5 UNION SELECT 2, 7;
-- @must
INSERT INTO s31m_conv (id, m) SELECT 3, 1.5 UNION ALL SELECT 4, 2.25;
-- @must
INSERT INTO s31m_conv (id, m) VALUES (5, 3), (6, 4.5);
-- @must
SELECT id, m FROM s31m_conv ORDER BY id;
-- @must
SELECT sum(m) FROM s31m_conv;
-- @must
INSERT INTO s31m_conv (id, v) SELECT 10, 'abcd' UNION SELECT 11, 'ab';
-- @must
INSERT INTO s31m_conv (id, v) SELECT 12, 'abcd' UNION ALL SELECT 13, 'x';
-- @must
INSERT INTO s31m_conv (id, v) VALUES (14, 'ok'), (15, 'toolong');
-- @must
INSERT INTO s31m_conv (id, v) SELECT 16, 'abc   ' UNION SELECT 17, 'x';
-- @must
INSERT INTO s31m_conv (id, c) SELECT 18, 'abc' EXCEPT SELECT 19, 'zz';
-- @must
INSERT INTO s31m_conv (id, c) SELECT 20, 'a' INTERSECT SELECT 20, 'a';
-- @must
INSERT INTO s31m_conv (id, b) SELECT 21, B'1010' UNION SELECT 22, B'0001';
-- @must
INSERT INTO s31m_conv (id, b) SELECT 23, B'101' UNION SELECT 24, B'0001';
-- @must
INSERT INTO s31m_conv (id, b) SELECT 25, '1100' UNION SELECT 26, '0011';
-- @must
INSERT INTO s31m_conv (id, vb) SELECT 27, B'1111' UNION SELECT 28, B'1';
-- @must
INSERT INTO s31m_conv (id, b) VALUES (29, B'111'), (30, B'1111');
-- @must
SELECT id, v, c, b, vb FROM s31m_conv WHERE id >= 10 ORDER BY id;
-- @must
SELECT id, length(v), octet_length(c) FROM s31m_conv WHERE v IS NOT NULL OR c IS NOT NULL ORDER BY id;
-- @must
INSERT INTO s31m_conv (id, v) SELECT id + 100, v || 'zz' FROM s31m_conv WHERE v IS NOT NULL UNION SELECT 200, 'q';
-- @must
INSERT INTO s31m_conv (id, v) (SELECT 31, 'abc' UNION SELECT 32, 'de') ORDER BY 1 LIMIT 1;
-- @must
INSERT INTO s31m_conv (id, m) SELECT 33, '$1,234.56' UNION SELECT 34, '(5)';
-- @must
INSERT INTO s31m_conv (id, m) SELECT 35, 'garbage' UNION SELECT 36, '1';
-- @must
SELECT id, m FROM s31m_conv WHERE id BETWEEN 31 AND 36 ORDER BY id;
-- @must
WITH src(i, s) AS (VALUES (37, 'long text'), (38, 'ab')) INSERT INTO s31m_conv (id, v) SELECT i, s FROM src;
-- @must
INSERT INTO s31m_conv (id, v) SELECT 39, 'abc'::varchar(2) UNION SELECT 40, 'x';
-- @must
SELECT id, v FROM s31m_conv WHERE id IN (39, 40) ORDER BY id;
-- @must
INSERT INTO s31m_conv (id, m) SELECT g, g * 2 FROM generate_series(41, 42) g UNION SELECT 43, 1;
-- @must
SELECT id, m FROM s31m_conv WHERE id >= 41 AND m IS NOT NULL ORDER BY id;
-- params: ["abcd"]
INSERT INTO s31m_conv (id, v) SELECT 44, $1 UNION SELECT 45, 'x';
-- @must
SELECT count(*) FROM s31m_conv WHERE id IN (44, 45);

-- float8 -0
CREATE TABLE s31m_fl (id int PRIMARY KEY, f float8, r real, fa float8[]);
-- @must
INSERT INTO s31m_fl VALUES (1, '-0', '-0', '{-0,0,1}'), (2, 0, 0, '{0}'), (3, -0.0, -0.0, ARRAY[-0.0::float8]);
SELECT id, f, r, fa FROM s31m_fl ORDER BY id;
SELECT '-0'::float8, '-0'::real, -0.0::float8, '{-0}'::float8[];
SELECT ARRAY['-0'::float8, 0::float8, '-0.0'::float8];
-- @must
SELECT '-0'::float8 = 0::float8, '{-0}'::float8[] = '{0}'::float8[];
-- @must
SELECT count(DISTINCT f) FROM s31m_fl;
-- @must
SELECT -0::float8, (-0)::float8, 0 * -1::float8, -(0::float8);
-- @must
SELECT '-0'::float8::text, '-0'::numeric, '-0'::float8::numeric;
SELECT f::text FROM s31m_fl ORDER BY id;
SELECT array_agg(f ORDER BY id) FROM s31m_fl;
-- @must
SELECT to_json('-0'::float8), to_jsonb('-0'::float8);
SELECT unnest('{-0,1}'::float8[]);
-- params: ["-0"]
SELECT $1::float8;

-- operators on arrays of different element types
SELECT ARRAY['a']::varchar[] = ARRAY['a']::text[];
SELECT ARRAY['a'::varchar] = ARRAY['a'::text];
SELECT '{a}'::varchar[] = '{a}'::text[];
-- @must
SELECT '{a}'::varchar[] = '{a}';
SELECT '{a,b}'::varchar[] @> '{a}'::text[];
SELECT '{a,b}'::varchar[] && '{a}'::text[];
SELECT '{a}'::varchar[] < '{b}'::text[];
-- @must
SELECT ARRAY[1]::int4[] = ARRAY[1]::int8[];
-- @must
SELECT ARRAY[1]::int4[] @> ARRAY[1]::int8[];
-- @must
SELECT ARRAY[1]::int4[] = ARRAY[1.0]::numeric[];
SELECT ARRAY['a']::char(1)[] = ARRAY['a']::text[];
SELECT ARRAY['a']::name[] = ARRAY['a']::text[];
-- @must
SELECT ARRAY[1]::int4[] || ARRAY[2]::int8[];
-- @must
SELECT ARRAY['a']::varchar[] || ARRAY['b']::text[];
CREATE TABLE s31m_arrs (id int PRIMARY KEY, vs varchar[], ts text[], ints int[]);
INSERT INTO s31m_arrs VALUES (1, '{a,b}', '{a,b}', '{1,2}'), (2, '{c}', '{d}', '{3}');
SELECT id FROM s31m_arrs WHERE vs = ts ORDER BY id;
SELECT id FROM s31m_arrs WHERE vs = ARRAY['a', 'b'] ORDER BY id;
SELECT id FROM s31m_arrs WHERE vs @> ARRAY['a'] ORDER BY id;
-- @must
SELECT id FROM s31m_arrs WHERE ints = ARRAY[1, 2]::bigint[] ORDER BY id;
-- @must
SELECT id FROM s31m_arrs WHERE 'a' = ANY (vs) ORDER BY id;
-- params: ["{a,b}"]
SELECT id FROM s31m_arrs WHERE vs = $1 ORDER BY id;
-- params: ["{a,b}"]
SELECT id FROM s31m_arrs WHERE vs = $1::text[] ORDER BY id;

-- jsonb operator functions by name
-- @must
SELECT jsonb_concat('{"a":1}', '{"b":2}');
-- @must
SELECT jsonb_concat('[1]'::jsonb, '[2,3]'::jsonb);
-- @must
SELECT jsonb_concat('{"a":1}'::jsonb, NULL);
-- @must
SELECT jsonb_contains('{"a":1,"b":2}', '{"a":1}');
-- @must
SELECT jsonb_contained('{"a":1}', '{"a":1,"b":2}');
-- @must
SELECT jsonb_exists('{"a":1}', 'a'), jsonb_exists('{"a":1}', 'b');
-- @must
SELECT jsonb_exists_any('{"a":1}', ARRAY['x', 'a']);
-- @must
SELECT jsonb_exists_all('{"a":1}', ARRAY['x', 'a']);
-- @must
SELECT jsonb_delete('{"a":1,"b":2}', 'a');
-- @must
SELECT jsonb_delete('[1,2,3]'::jsonb, 1);
-- @must
SELECT jsonb_delete('{"a":1,"b":2,"c":3}'::jsonb, VARIADIC ARRAY['a', 'c']);
-- @must
SELECT jsonb_delete_path('{"a":{"b":1,"c":2}}', '{a,b}');
-- @must
SELECT jsonb_extract_path('{"a":{"b":[1,2]}}', 'a', 'b');
-- @must
SELECT jsonb_extract_path_text('{"a":{"b":"x"}}', 'a', 'b');
-- @must
SELECT jsonb_object_field('{"a":{"b":1}}', 'a');
-- @must
SELECT jsonb_object_field_text('{"a":"v"}', 'a');
-- @must
SELECT jsonb_array_element('[10,20,30]', 1);
-- @must
SELECT jsonb_array_element_text('["x","y"]', -1);
-- @must
SELECT jsonb_eq('{"a":1}', '{"a":1}'), jsonb_ne('[1]', '[2]');
-- @must
SELECT jsonb_lt('1', '2'), jsonb_ge('"a"', '"b"');
SELECT jsonb_cmp('[1]', '[2]'), jsonb_hash('{"a":1}') = jsonb_hash('{"a":1}');
-- @must
SELECT json_object_field('{"a":1}', 'a'), json_object_field_text('{"a":"v"}', 'a');
-- @must
SELECT json_array_element('[1,2]', 0), json_array_element_text('["a"]', 0);
-- @must
SELECT json_extract_path('{"a":{"b":1}}', 'a', 'b');
SELECT jsonb_concat('{"a":1}', 'nope');
-- @must
SELECT jsonb_concat(1, 2);
-- @must
SELECT jsonb_delete('"scalar"', 'a');
CREATE TABLE s31m_docs (id int PRIMARY KEY, doc jsonb);
INSERT INTO s31m_docs VALUES (1, '{"a":1,"tags":["x"]}'), (2, '{"b":2}');
-- @must
UPDATE s31m_docs SET doc = jsonb_concat(doc, '{"seen":true}') WHERE id = 1;
-- @must
SELECT id, doc FROM s31m_docs WHERE jsonb_contains(doc, '{"seen":true}') ORDER BY id;
-- @must
SELECT id FROM s31m_docs WHERE jsonb_exists(doc, 'b') ORDER BY id;
-- params: ["{\"z\":9}"]
SELECT jsonb_concat(doc, $1::jsonb) FROM s31m_docs WHERE id = 2;

-- ordering of NaN and ±Infinity
CREATE TABLE s31m_inf (id int PRIMARY KEY, f float8, r real, n numeric);
INSERT INTO s31m_inf VALUES (1, 'NaN', 'NaN', 'NaN'), (2, 'Infinity', 'Infinity', 'Infinity'), (3, '-Infinity', '-Infinity', '-Infinity'), (4, 0, 0, 0), (5, -1e300, -1, -1), (6, 1e300, 1, 1), (7, NULL, NULL, NULL);
-- @must
SELECT id, f FROM s31m_inf ORDER BY f, id;
-- @must
SELECT id, f FROM s31m_inf ORDER BY f DESC, id;
-- @must
SELECT id, f FROM s31m_inf ORDER BY f NULLS FIRST, id;
-- @must
SELECT id, r FROM s31m_inf ORDER BY r, id;
-- @must
SELECT id, n FROM s31m_inf ORDER BY n, id;
-- @must
SELECT id, n FROM s31m_inf ORDER BY n DESC, id;
-- @must
SELECT min(f), max(f), min(r), max(r), min(n), max(n) FROM s31m_inf;
-- @must
SELECT count(*) FROM s31m_inf WHERE f > 1e308;
-- @must
SELECT id FROM s31m_inf WHERE f > 'Infinity' ORDER BY id;
-- @must
SELECT id FROM s31m_inf WHERE f = 'NaN' ORDER BY id;
-- @must
SELECT id FROM s31m_inf WHERE n > 'Infinity' ORDER BY id;
-- @must
SELECT x FROM unnest('{NaN,Infinity,-Infinity,0,-1}'::float8[]) AS x ORDER BY x;
-- @must
SELECT x FROM unnest('{NaN,Infinity,-Infinity,0,-1}'::float8[]) AS x ORDER BY x DESC;
-- @must
SELECT x FROM unnest(ARRAY['NaN', '-Infinity', '3.5']::numeric[]) AS x ORDER BY x;
-- @must
SELECT DISTINCT f FROM s31m_inf ORDER BY f;
-- @must
SELECT f, count(*) FROM (SELECT f FROM s31m_inf UNION ALL SELECT 'NaN'::float8 UNION ALL SELECT '-Infinity') s GROUP BY f ORDER BY f;
-- @must
SELECT array_agg(f ORDER BY f) FROM s31m_inf;
-- @must
SELECT array_agg(f ORDER BY f DESC NULLS LAST) FROM s31m_inf;
-- @must
SELECT greatest('NaN'::float8, 'Infinity'), least('NaN'::float8, '-Infinity');
-- @must
SELECT 'NaN'::float8 = 'NaN'::float8, 'NaN'::float8 > 'Infinity'::float8, 'NaN'::numeric > 'Infinity'::numeric;
-- @must
SELECT id, f, rank() OVER (ORDER BY f) FROM s31m_inf ORDER BY id;
-- @must
SELECT f FROM s31m_inf ORDER BY f LIMIT 2;
-- @must
SELECT f FROM s31m_inf WHERE f IS NOT NULL ORDER BY f DESC LIMIT 2;
-- @must
SELECT x FROM (VALUES ('NaN'::float8), ('Infinity'), ('1')) v(x) ORDER BY x;
-- @must
SELECT '{NaN,1}'::float8[] < '{Infinity,1}'::float8[];
CREATE INDEX s31m_inf_f ON s31m_inf (f);
-- @must
SELECT id FROM s31m_inf WHERE f >= 0 ORDER BY f;
-- @must
SELECT id FROM s31m_inf WHERE f BETWEEN '-Infinity' AND 'Infinity' ORDER BY f;

-- enum column defaults
CREATE TYPE s31m_level AS ENUM ('low', 'mid', 'high');
CREATE TABLE s31m_base (id int PRIMARY KEY, lv s31m_level NOT NULL DEFAULT 'mid', note text DEFAULT 'n/a');
-- @must
CREATE TABLE s31m_copy (LIKE s31m_base INCLUDING DEFAULTS);
-- @must
INSERT INTO s31m_copy (id) VALUES (1) RETURNING *;
-- @must
SELECT column_name, column_default, data_type, udt_name FROM information_schema.columns WHERE table_name = 's31m_copy' ORDER BY ordinal_position;
-- @must
SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d WHERE d.adrelid = 's31m_copy'::regclass ORDER BY d.adnum;
-- @must
SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d WHERE d.adrelid = 's31m_base'::regclass ORDER BY d.adnum;
-- @must
CREATE TABLE s31m_copy2 (LIKE s31m_base INCLUDING ALL);
-- @must
INSERT INTO s31m_copy2 (id) VALUES (1);
-- @must
SELECT id, lv, lv < 'high' FROM s31m_copy2;
-- @must
CREATE TABLE s31m_bad1 (id int, lv s31m_level DEFAULT 5);
-- @must
CREATE TABLE s31m_bad2 (id int, lv s31m_level DEFAULT 'nope');
-- @must
CREATE TABLE s31m_bad3 (id int, lv s31m_level DEFAULT 'low'::text);
-- @must
CREATE TABLE s31m_ok1 (id int, lv s31m_level DEFAULT 'low'::s31m_level, lv2 s31m_level DEFAULT NULL);
-- @must
ALTER TABLE s31m_ok1 ALTER COLUMN lv SET DEFAULT 7;
-- @must
ALTER TABLE s31m_ok1 ALTER COLUMN lv SET DEFAULT 'high';
-- @must
ALTER TABLE s31m_ok1 ADD COLUMN lv3 s31m_level DEFAULT 1;
-- @must
INSERT INTO s31m_ok1 (id) VALUES (1);
-- @must
SELECT * FROM s31m_ok1;
-- @must
SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d WHERE d.adrelid = 's31m_ok1'::regclass ORDER BY d.adnum;
-- @must
INSERT INTO s31m_ok1 (id, lv) VALUES (2, 'bogus');
-- @must
INSERT INTO s31m_ok1 (id, lv) VALUES (3, 2);
-- params: [4, "mid"]
INSERT INTO s31m_ok1 (id, lv) VALUES ($1, $2);
-- @must
SELECT id, lv FROM s31m_ok1 ORDER BY lv, id;
CREATE DOMAIN s31m_lvd AS s31m_level DEFAULT 'high';
-- @must
CREATE TABLE s31m_dom (id int, d s31m_lvd);
-- @must
INSERT INTO s31m_dom (id) VALUES (1);
-- @must
SELECT id, d FROM s31m_dom;
-- @must
CREATE TABLE s31m_copy3 (LIKE s31m_dom INCLUDING DEFAULTS, extra s31m_level DEFAULT 'low');
-- @must
INSERT INTO s31m_copy3 (id) VALUES (1);
-- @must
SELECT * FROM s31m_copy3;
-- @must
CREATE TABLE s31m_bad4 (id int, lv s31m_level DEFAULT 1.5);
CREATE TABLE s31m_bad5 (id int, lv s31m_level[] DEFAULT '{low,bogus}');
CREATE TABLE s31m_ok2 (id int, lvs s31m_level[] DEFAULT '{low,high}');
INSERT INTO s31m_ok2 (id) VALUES (1) RETURNING lvs;

-- tidy up
DROP TABLE s31m_typed, s31m_pay, s31m_conv, s31m_fl, s31m_arrs, s31m_docs, s31m_inf;
DROP TABLE s31m_base, s31m_copy, s31m_copy2, s31m_ok1, s31m_dom, s31m_copy3, s31m_ok2;
DROP DOMAIN s31m_lvd;
DROP TYPE s31m_mood, s31m_pair, s31m_level;
DROP DOMAIN s31m_posint, s31m_code;
