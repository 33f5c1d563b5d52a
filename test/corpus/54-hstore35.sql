-- The hstore extension as Rails (`t.hstore`), Django (HStoreField), Sequelize (DataTypes.HSTORE) and
-- older schemas use it: the type's input and output, its operators and functions, casts, indexes,
-- the catalog rows drivers read at connect, and what is refused before CREATE EXTENSION.
SELECT 'a=>1'::hstore;
SELECT akeys('a=>1');
-- @must
CREATE TABLE hs35_docs (id int PRIMARY KEY, title text NOT NULL, attrs hstore);
-- @must
CREATE EXTENSION IF NOT EXISTS hstore;
-- @must
SELECT extname, extversion FROM pg_extension WHERE extname = 'hstore';
-- @must
SELECT name, default_version, installed_version, comment FROM pg_available_extensions WHERE name = 'hstore';
-- @must
SELECT typname, typtype, typcategory, typlen, typdelim, typinput::text, typoutput::text, typreceive::text, typsend::text FROM pg_type WHERE typname = 'hstore';
-- @must
SELECT t.typname, e.typname AS elem, t.typcategory FROM pg_type t JOIN pg_type e ON e.oid = t.typelem WHERE t.typname = '_hstore';
-- @must
SELECT a.typarray = b.oid FROM pg_type a, pg_type b WHERE a.typname = 'hstore' AND b.typname = '_hstore';
-- @must
SELECT 'hstore'::regtype, '_hstore'::regtype, 'hstore[]'::regtype;
-- @must
CREATE TABLE hs35_items (id int PRIMARY KEY, name text NOT NULL, attrs hstore, tags hstore DEFAULT '');
-- @must
INSERT INTO hs35_items VALUES
  (1, 'red shirt', 'color=>red, size=>M, material=>cotton', 'sale=>yes'),
  (2, 'blue shirt', 'color=>blue, size=>L', ''),
  (3, 'green hat', '"color"=>"green", "size"=>NULL', NULL),
  (4, 'plain', '', 'a=>1'),
  (5, 'nothing', NULL, DEFAULT);
-- @must
SELECT id, attrs, tags FROM hs35_items ORDER BY id;
-- @must
SELECT 'a=>1, b=>2'::hstore, 'b=>2, a=>1'::hstore, 'aa=>1, b=>2, c=>3'::hstore;
-- @must
SELECT '"a"=>"1", a=>2, a=>3'::hstore;
-- @must
SELECT 'a => NULL, b=>null, c=>"NULL", d=>NULLx, e=>Null'::hstore;
-- @must
SELECT ''::hstore, ' '::hstore, 'a=>1,'::hstore, 'a=>1 , b=>2 ,'::hstore;
-- @must
SELECT '"a b"=>"c d", ""=>"", "x\"y"=>"p\\q"'::hstore;
-- @must
SELECT 'a=>b=>c'::hstore, 'a=>1,,b=>2'::hstore, 'k=>"va,lue"'::hstore;
-- @must
SELECT E'key\twith\ttabs=>1'::hstore, 'ключ=>значение, 日本=>語'::hstore;
-- @must
SELECT 'a'::hstore;
-- @must
SELECT 'a=>'::hstore;
-- @must
SELECT '=>1'::hstore;
-- @must
SELECT 'a=>1 b=>2'::hstore;
-- @must
SELECT '"a'::hstore;
-- @must
SELECT 'a=>"1'::hstore;
-- @must
SELECT ', a=>1'::hstore;
-- @must
SELECT 'a=>1'::hstore::text, ('a=>1'::hstore)::text = '"a"=>"1"';
-- @must
SELECT id, attrs -> 'color' AS color, attrs -> 'size' AS size, attrs -> 'nope' AS nope FROM hs35_items ORDER BY id;
-- @must
SELECT id, attrs -> ARRAY['color', 'size', 'x'] FROM hs35_items ORDER BY id;
-- @must
SELECT 'a=>1, b=>2'::hstore -> '{b,a}'::text[], 'a=>1'::hstore -> ARRAY[]::text[];
-- @must
SELECT id FROM hs35_items WHERE attrs ? 'size' ORDER BY id;
-- @must
SELECT id FROM hs35_items WHERE attrs ?| ARRAY['material', 'nothing'] ORDER BY id;
-- @must
SELECT id FROM hs35_items WHERE attrs ?& ARRAY['color', 'size'] ORDER BY id;
-- @must
SELECT id FROM hs35_items WHERE attrs ?& '{color,size}' ORDER BY id;
-- @must
SELECT id FROM hs35_items WHERE attrs @> 'color=>red' ORDER BY id;
-- @must
SELECT id FROM hs35_items WHERE attrs @> 'size=>NULL' ORDER BY id;
-- @must
SELECT id FROM hs35_items WHERE 'size=>L, color=>blue, extra=>1' @> attrs ORDER BY id;
-- @must
SELECT id FROM hs35_items WHERE attrs <@ 'color=>blue, size=>L, x=>y' ORDER BY id;
-- @must
SELECT 'a=>1'::hstore ?| ARRAY[]::text[], 'a=>1'::hstore ?& ARRAY[]::text[], 'a=>1'::hstore ?| ARRAY[NULL, 'a'], 'a=>1'::hstore ?& ARRAY[NULL, 'a'];
-- @must
SELECT 'a=>1, b=>2'::hstore || 'b=>3, c=>4'::hstore, 'a=>1'::hstore || ''::hstore, ''::hstore || ''::hstore;
-- @must
SELECT 'a=>1, b=>2, c=>3'::hstore - 'b'::text, 'a=>1, b=>2, c=>3'::hstore - ARRAY['a', 'c', 'z'], 'a=>1, b=>2, c=>3'::hstore - 'a=>1, b=>9, c=>3'::hstore;
-- @must
SELECT 'a=>1, b=>2'::hstore - 'a', 'a=>NULL, b=>2'::hstore - 'a=>NULL'::hstore;
-- @must
SELECT %% 'a=>1, b=>NULL'::hstore, %# 'a=>1, b=>NULL'::hstore, %% ''::hstore, %# ''::hstore;
-- @must
SELECT id, akeys(attrs), avals(attrs) FROM hs35_items ORDER BY id;
-- @must
SELECT id, skeys(attrs) AS k FROM hs35_items WHERE id <= 3 ORDER BY id, k;
-- @must
SELECT id, svals(attrs) AS v FROM hs35_items WHERE id = 1 ORDER BY v;
-- @must
SELECT skeys('b=>1, a=>2, ccc=>3'::hstore);
-- @must
SELECT svals('b=>1, a=>2, ccc=>NULL'::hstore);
-- @must
SELECT * FROM each('b=>1, a=>NULL, cc=>3'::hstore);
-- @must
SELECT i.id, e.key, e.value FROM hs35_items i, each(i.attrs) AS e WHERE i.id IN (1, 3) ORDER BY i.id, e.key;
-- @must
SELECT key, count(*) FROM hs35_items, skeys(attrs) AS key GROUP BY key ORDER BY key;
-- @must
SELECT exist('a=>1', 'a'), exist('a=>1', 'b'), defined('a=>NULL', 'a'), defined('a=>1', 'a'), isexists('a=>1', 'a'), isdefined('a=>1', 'b');
-- @must
SELECT delete('a=>1, b=>2'::hstore, 'a'), delete('a=>1, b=>2'::hstore, ARRAY['a', 'b']), delete('a=>1, b=>2'::hstore, 'b=>2'::hstore);
-- @must
SELECT slice('a=>1, b=>2, c=>3'::hstore, ARRAY['b', 'c', 'x']), slice_array('a=>1, b=>2'::hstore, ARRAY['b', 'x']);
-- @must
SELECT hstore('k', 'v'), hstore('k', NULL), hstore(NULL, 'v') IS NULL, tconvert('a', 'b');
-- @must
SELECT hstore(ARRAY['a', '1', 'b', '2']), hstore(ARRAY[['a', '1'], ['b', NULL]]), hstore('{}'::text[]);
-- @must
SELECT hstore(ARRAY['a', 'b'], ARRAY['1', '2']), hstore(ARRAY['a', 'b'], NULL), hstore(ARRAY['a', 'a'], ARRAY['1', '2']);
-- @must
SELECT hstore(ARRAY['a', '1', 'b']);
-- @must
SELECT hstore(ARRAY[['a', '1', 'x'], ['b', '2', 'y']]);
-- @must
SELECT hstore(ARRAY['a', 'b'], ARRAY['1']);
-- @must
SELECT hstore(ARRAY[NULL, '1']);
-- @must
SELECT hstore_to_json('a=>1, b=>NULL, c=>"x\"y"'), hstore_to_jsonb('a=>1, b=>NULL'), hstore_to_json_loose('a=>1, b=>t, c=>1.5e3, d=>x, e=>f, f=>01');
-- @must
SELECT hstore_to_jsonb_loose('a=>1, b=>t, c=>-0.5'), hstore_to_array('a=>1, b=>2'), hstore_to_matrix('a=>1, b=>2');
-- @must
SELECT 'a=>1, b=>NULL'::hstore::json, 'a=>1, b=>NULL'::hstore::jsonb, ('a=>1'::hstore::jsonb) -> 'a';
-- @must
SELECT ARRAY['a', '1', 'b', '2']::hstore;
-- @must
SELECT 'a=>1, b=>2'::hstore = 'b=>2, a=>1'::hstore, 'a=>1'::hstore = 'a=>2'::hstore, 'a=>1'::hstore <> 'a=>NULL'::hstore;
-- @must
SELECT attrs, count(*) FROM (VALUES ('a=>1, b=>2'::hstore), ('b=>2, a=>1'), ('a=>1')) v(attrs) GROUP BY attrs ORDER BY count(*) DESC, attrs -> 'b';
-- @must
SELECT count(DISTINCT attrs) FROM (VALUES ('a=>1, b=>2'::hstore), ('b=>2, a=>1'), ('a=>1'), (NULL)) v(attrs);
-- @must
SELECT id, name FROM hs35_items WHERE attrs = 'size=>L, color=>blue';
-- @must
UPDATE hs35_items SET attrs = attrs || 'size=>XL' WHERE id = 2;
-- @must
UPDATE hs35_items SET attrs = delete(attrs, 'material') WHERE id = 1;
-- @must
UPDATE hs35_items SET attrs = attrs || hstore('price', '9.99') WHERE attrs ? 'color' RETURNING id, attrs;
-- @must
SELECT id, attrs FROM hs35_items ORDER BY id;
-- @must
SELECT id, (attrs -> 'price')::numeric * 2 AS double_price FROM hs35_items WHERE attrs -> 'price' IS NOT NULL ORDER BY id;
-- @must
CREATE INDEX hs35_items_attrs_gin ON hs35_items USING gin (attrs);
-- @must
CREATE INDEX hs35_items_tags_gist ON hs35_items USING gist (tags);
-- @must
CREATE INDEX hs35_items_attrs_ops ON hs35_items USING gin (attrs gin_hstore_ops);
-- @must
CREATE INDEX hs35_items_btree ON hs35_items (attrs);
-- @must
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'hs35_items' ORDER BY indexname;
-- @must
CREATE INDEX hs35_items_name_bad ON hs35_items USING gin (name gin_hstore_ops);
-- @must
SELECT id FROM hs35_items WHERE attrs @> 'color=>blue' ORDER BY id;
-- @must
SELECT attrs -> 'color' AS color, count(*) FROM hs35_items GROUP BY attrs -> 'color' ORDER BY color NULLS LAST;
-- @must
SELECT id, attrs['color'] AS color, ('a=>1, b=>2'::hstore)['b'] FROM hs35_items ORDER BY id;
-- @must
SELECT to_json('a=>1, b=>NULL'::hstore), to_jsonb('b=>2, a=>1'::hstore), json_build_object('h', 'x=>y'::hstore);
-- @must
SELECT json_agg(attrs ORDER BY id), jsonb_agg(tags ORDER BY id) FROM hs35_items WHERE id <= 3;
-- @must
SELECT row_to_json(i) FROM hs35_items i WHERE id = 2;
-- @must
SELECT id, coalesce(tags, 'none=>1'), CASE WHEN id = 1 THEN attrs ELSE 'z=>0' END FROM hs35_items ORDER BY id;
-- @must
SELECT id FROM hs35_items WHERE tags IN ('a=>1', 'sale=>"yes"') ORDER BY id;
-- @must
SELECT array_agg(tags ORDER BY id) FROM hs35_items;
-- @must
SELECT pg_typeof('a=>1'::hstore), pg_typeof('a=>1'::hstore -> 'a'), pg_typeof(akeys('a=>1')), pg_typeof(%% 'a=>1'::hstore);
-- @must
SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 'hs35_items' ORDER BY ordinal_position;
-- @must
SELECT attname, attcollation <> 0 AS collatable, attstorage FROM pg_attribute WHERE attrelid = 'hs35_items'::regclass AND attnum > 0 ORDER BY attnum;
-- @must
SELECT e.extname, d.description FROM pg_extension e LEFT JOIN pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_extension'::regclass WHERE e.extname = 'hstore';
-- @must
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'hs35_items'::regclass AND attname = 'attrs';
-- @must
SELECT 'a=>1'::hstore -> 1;
-- @must
SELECT 'a=>1'::hstore < 'b=>1'::hstore;
-- @must
SELECT akeys('a=>1'::hstore, 'x');
-- @must
SELECT 'a=>1'::hstore::int;
-- @must
INSERT INTO hs35_items VALUES (9, 'bad', 'a=>');
-- @must
CREATE TABLE hs35_arr (id int PRIMARY KEY, hs hstore[]);
-- @must
INSERT INTO hs35_arr VALUES (1, ARRAY['a=>1'::hstore, 'b=>2, a=>3']), (2, '{}');
-- @must
SELECT id, hs, cardinality(hs) FROM hs35_arr ORDER BY id;
-- @must
CREATE TABLE hs35_sorted (id int PRIMARY KEY, h hstore);
-- @must
INSERT INTO hs35_sorted VALUES (1, 'b=>1'), (2, 'a=>2'), (3, ''), (4, 'a=>1, b=>1'), (5, NULL), (6, 'a=>NULL'), (7, 'a=>""'), (8, 'aa=>1'), (9, 'a=>1'), (10, 'a=>12'), (11, 'a=>1, bb=>NULL'), (12, 'ab=>1'), (13, 'a=>NULL, b=>1'), (14, 'z=>""'), (15, 'é=>1'), (16, 'b=>""');
-- @must
SELECT id, h FROM hs35_sorted ORDER BY h, id;
-- @must
SELECT id FROM hs35_sorted ORDER BY h DESC NULLS LAST, id;
-- @must
SELECT h, count(*) FROM hs35_sorted GROUP BY h ORDER BY h;
-- @must
DROP EXTENSION hstore;
-- @must
DROP TABLE hs35_arr, hs35_items, hs35_sorted;
-- @must
DROP EXTENSION hstore;
-- @must
SELECT count(*) FROM pg_type WHERE typname = 'hstore';
-- @must
SELECT 'a=>1'::hstore;
