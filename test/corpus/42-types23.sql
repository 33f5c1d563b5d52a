-- The twenty-third session's sweep of composite types and row values (CREATE TYPE … AS (…),
-- a table's row type, composite columns, field selection and assignment, record output text,
-- row comparisons, rows in aggregates and JSON, ALTER/DROP TYPE, the catalog's view of them),
-- then money and timetz, as applications and ORMs send them.
SELECT row(1, 'a');
SELECT row(1, 'a b', NULL, '', 'x,y', 'q"t', 'b\s', '(p)');
SELECT (1, 'a', true, 2.50);
SELECT row(row(1, 'a'), 'b');
SELECT row(ARRAY[1,2], 'x');
SELECT row(NULL);
SELECT row();
SELECT row(1, 2) = row(1, 2), row(1, 2) < row(1, 3), row(1, NULL) = row(1, 2), row(1, NULL) IS DISTINCT FROM row(1, 2);
SELECT row(1, 'b') > row(1, 'a'), row(2, 'a') <= row(1, 'z'), (1, 2) <> (1, 3);
SELECT row(1, NULL) IS NULL, row(NULL, NULL) IS NULL, row(1, NULL) IS NOT NULL, row(1, 2) IS NOT NULL;
SELECT row(1, 2) IS NOT DISTINCT FROM row(1, 2), row(NULL, 1) IS NOT DISTINCT FROM row(NULL, 1);
SELECT row(1, 2) = row(1, 2, 3);
-- A table's whole row as a value, as ORMs and PostgREST write it.
CREATE TABLE s23_plain (id int PRIMARY KEY, n numeric, t text, b bool);
INSERT INTO s23_plain VALUES (1, 1.50, 'a b', true), (2, NULL, NULL, NULL), (3, 10, 'q"t,', false);
SELECT s23_plain FROM s23_plain ORDER BY id;
SELECT p, p::text, (p).t, (p).n FROM s23_plain p ORDER BY id;
SELECT p FROM s23_plain p WHERE p IS NOT NULL;
SELECT id, p IS NULL FROM s23_plain p ORDER BY id;
SELECT x.k, p FROM (VALUES (1), (4)) x(k) LEFT JOIN s23_plain p ON p.id = x.k ORDER BY 1;
SELECT id FROM s23_plain p ORDER BY p DESC;
SELECT jsonb_build_object('row', p), json_build_array(p) FROM s23_plain p WHERE id = 1;
SELECT array_agg(row(id, t) ORDER BY id), array_agg(row(id, n, b) ORDER BY id DESC) FROM s23_plain;
SELECT coalesce((SELECT array_agg(row(id, t)) FROM s23_plain WHERE id > 10), '{}');
SELECT p = p FROM s23_plain p WHERE id = 1;
SELECT array_agg(p ORDER BY id) FROM s23_plain p;
SELECT (p).nope FROM s23_plain p;
-- params: [1]
SELECT p, (p).t FROM s23_plain p WHERE id = $1;
-- params: [2]
SELECT p IS NULL, p IS NOT NULL, p::text FROM s23_plain p WHERE id = $1;
-- params: ["a b"]
SELECT array_agg(row(id, t)) FROM s23_plain WHERE t = $1;
-- params: [1, "x"]
SELECT row($1::int, $2::text), row($1, $2);
-- params: [1, 2]
SELECT row($1::int, 2) < row($2::int, 1), (1, $1::int) IS DISTINCT FROM (1, $2::int);
-- params: ["(1,a)"]
SELECT $1::record;
-- params: [3]
SELECT jsonb_build_object('p', p) FROM s23_plain p WHERE id = $1;
-- params: [1]
SELECT to_jsonb(row($1::int, 'a')), row_to_json(row($1::int, NULL));
-- params: ["v"]
SELECT array_agg(row(x, $1 || x) ORDER BY x) FROM generate_series(1, 2) x;
-- params: [10]
SELECT id FROM s23_plain p WHERE (p).n = $1;
-- params: []
SELECT p FROM s23_plain p ORDER BY p;
SELECT v FROM (VALUES (1, 'a')) v(x, y);
CREATE TYPE s23_pt AS (x int, y text);
CREATE TYPE s23_pt AS (x int);
CREATE TYPE s23_addr AS (street text, city varchar(20), zip char(5));
CREATE TYPE s23_nest AS (p s23_pt, tag text, vals int[]);
SELECT row(1, 'a')::s23_pt;
SELECT (row(1, 'a')::s23_pt).x, (row(1, 'a')::s23_pt).y;
SELECT (row(1, 'a')::s23_pt).*;
SELECT '(5,hello world)'::s23_pt;
SELECT '(5,"hello, world")'::s23_pt, '(,)'::s23_pt, '(7,"")'::s23_pt;
SELECT '(x,y)'::s23_pt;
SELECT '(1,a,b)'::s23_pt;
SELECT '1,a'::s23_pt;
SELECT row('1', 'a')::s23_pt;
SELECT row(1.7, 'a')::s23_pt;
SELECT row(1)::s23_pt;
SELECT row('Main St 1', 'Berlin', '10115')::s23_addr;
SELECT row(row(1, 'a'), 'top', ARRAY[1,2])::s23_nest;
SELECT (row(row(1, 'a'), 'top', ARRAY[1,2])::s23_nest).p, ((row(row(1, 'a'), 'top', ARRAY[1,2])::s23_nest).p).y;
CREATE TABLE s23_shapes (id int PRIMARY KEY, p s23_pt, a s23_addr);
INSERT INTO s23_shapes VALUES (1, row(1, 'one'), row('Main St', 'Berlin', '10115'));
INSERT INTO s23_shapes VALUES (2, '(2,two)', NULL), (3, (3, NULL), ('A "quoted" st', 'Köln', '50667'));
INSERT INTO s23_shapes (id, p) VALUES (4, row(NULL, NULL));
INSERT INTO s23_shapes VALUES (5, row('x', 'bad'), NULL);
INSERT INTO s23_shapes VALUES (6, row(1, 2, 3), NULL);
SELECT * FROM s23_shapes ORDER BY id;
SELECT id, (p).x, (p).y, (a).city FROM s23_shapes ORDER BY id;
SELECT id, p.x FROM s23_shapes ORDER BY id;
SELECT id, (s23_shapes.p).y FROM s23_shapes ORDER BY id;
SELECT id, (p).* FROM s23_shapes ORDER BY id;
SELECT id FROM s23_shapes WHERE (p).x > 1 ORDER BY id;
SELECT id FROM s23_shapes WHERE p = row(1, 'one')::s23_pt;
SELECT id FROM s23_shapes WHERE p IS NULL ORDER BY id;
SELECT id FROM s23_shapes WHERE p IS NOT NULL ORDER BY id;
SELECT id, p::text FROM s23_shapes ORDER BY id;
UPDATE s23_shapes SET p.x = 10 WHERE id = 1;
UPDATE s23_shapes SET p.y = 'changed', a.zip = '99999' WHERE id = 3;
UPDATE s23_shapes SET p = row(20, 'twenty') WHERE id = 2;
UPDATE s23_shapes SET p.nope = 1 WHERE id = 1;
SELECT id, p, a FROM s23_shapes ORDER BY id;
SELECT id, p FROM s23_shapes ORDER BY p;
SELECT id, p FROM s23_shapes ORDER BY (p).y DESC NULLS LAST;
SELECT count(DISTINCT p) FROM s23_shapes;
SELECT max((p).x), min((p).y) FROM s23_shapes;
-- params: ["(7,seven)"]
INSERT INTO s23_shapes (id, p) VALUES (7, $1);
-- params: ["(8,\"eight, 8\")"]
INSERT INTO s23_shapes (id, p) VALUES (8, $1::s23_pt) RETURNING p, (p).y;
-- params: [7]
SELECT p, (p).x FROM s23_shapes WHERE id = $1;
-- params: ["(7,seven)"]
SELECT id FROM s23_shapes WHERE p = $1;
-- params: [5, "five"]
SELECT row($1::int, $2::text)::s23_pt;
-- params: [3, "x"]
UPDATE s23_shapes SET p = row($1::int, $2::text) WHERE id = 3 RETURNING p;
-- params: [1]
SELECT to_jsonb(p) FROM s23_shapes WHERE id = $1;
-- params: ["(9,nine)"]
SELECT ($1::s23_pt).y;
-- params: ["(1,a)"]
SELECT $1::s23_pt;
-- params: []
SELECT id, p FROM s23_shapes WHERE id IN (1, 2) ORDER BY id;
SELECT to_jsonb(p), row_to_json(p), to_json(a) FROM s23_shapes WHERE id = 1;
SELECT to_jsonb(row(1, 'a')), row_to_json(row(1, 'a')), to_json(row(1, 'a'));
SELECT jsonb_build_object('p', p) FROM s23_shapes WHERE id = 1;
SELECT json_agg(p ORDER BY id) FROM s23_shapes WHERE id < 3;
SELECT array_agg(p ORDER BY id) FROM s23_shapes WHERE id < 4;
SELECT ARRAY[row(1, 'a')::s23_pt, row(2, 'b c')::s23_pt];
SELECT array_agg(row(id, (p).y) ORDER BY id) FROM s23_shapes WHERE id < 4;
SELECT array_agg(row(x, 'v' || x)) FROM generate_series(1, 3) x;
SELECT array_agg(row(x, NULL, 'a b') ORDER BY x DESC) FROM generate_series(1, 2) x;
SELECT string_agg(row(x, x * 2)::text, ';') FROM generate_series(1, 3) x;
SELECT jsonb_populate_record(NULL::s23_pt, '{"x": 3, "y": "z"}');
SELECT * FROM jsonb_populate_record(NULL::s23_pt, '{"x": 3, "y": "z"}');
SELECT * FROM json_populate_recordset(NULL::s23_pt, '[{"x": 1, "y": "a"}, {"x": 2}]');
SELECT s23_shapes FROM s23_shapes WHERE id = 1;
SELECT s FROM s23_shapes s WHERE id = 3;
SELECT s.*::text FROM s23_shapes s WHERE id = 1;
SELECT (s).id, (s).p FROM s23_shapes s WHERE id = 1;
SELECT row_to_json(s) FROM s23_shapes s WHERE id = 1;
SELECT array_agg(s ORDER BY id) FROM s23_shapes s WHERE id < 3;
SELECT s23_shapes::text FROM s23_shapes WHERE id = 2;
SELECT s.id FROM s23_shapes s WHERE s = s;
CREATE TABLE s23_lines (id serial PRIMARY KEY, pts s23_pt[]);
INSERT INTO s23_lines (pts) VALUES (ARRAY[row(1, 'a'), row(2, 'b')]::s23_pt[]);
INSERT INTO s23_lines (pts) VALUES ('{"(3,c)","(4,\"d e\")"}');
SELECT id, pts, pts[1], (pts[2]).y FROM s23_lines ORDER BY id;
SELECT id, u.* FROM s23_lines, unnest(pts) u ORDER BY id, x;
CREATE FUNCTION s23_mk(i int, t text) RETURNS s23_pt LANGUAGE sql AS $$ SELECT row(i, t)::s23_pt $$;
SELECT s23_mk(1, 'made');
SELECT (s23_mk(1, 'made')).y;
SELECT * FROM s23_mk(2, 'two');
CREATE FUNCTION s23_first() RETURNS s23_shapes LANGUAGE sql AS $$ SELECT * FROM s23_shapes ORDER BY id LIMIT 1 $$;
SELECT s23_first();
SELECT (s23_first()).id;
CREATE FUNCTION s23_plx(p s23_pt) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN p.x * 2; END $$;
SELECT s23_plx(row(21, 'x')::s23_pt);
SELECT id, s23_plx(p) FROM s23_shapes WHERE id < 3 ORDER BY id;
SELECT typname, typtype, typrelid <> 0 AS has_rel, typarray <> 0 AS has_array FROM pg_type WHERE typname IN ('s23_pt', 's23_addr', '_s23_pt') ORDER BY 1;
SELECT c.relname, c.relkind FROM pg_class c WHERE c.relname IN ('s23_pt', 's23_addr') ORDER BY 1;
SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnum FROM pg_attribute a JOIN pg_type t ON t.typrelid = a.attrelid WHERE t.typname = 's23_addr' AND a.attnum > 0 ORDER BY a.attnum;
SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 's23_shapes' ORDER BY ordinal_position;
SELECT attribute_name, data_type, ordinal_position FROM information_schema.attributes WHERE udt_name = 's23_addr' ORDER BY ordinal_position;
SELECT user_defined_type_name, user_defined_type_category FROM information_schema.user_defined_types WHERE user_defined_type_name LIKE 's23%' ORDER BY 1;
SELECT format_type('s23_pt'::regtype, NULL), 's23_pt'::regtype::text, pg_typeof(row(1, 'a')::s23_pt);
SELECT pg_typeof(p), pg_typeof(row(1, 2)) FROM s23_shapes WHERE id = 1;
-- The ORM way: the row value of a join in one column.
SELECT s.id, (SELECT array_agg(row(l.id, l.pts[1]) ORDER BY l.id) FROM s23_lines l) FROM s23_shapes s WHERE s.id = 1;
SELECT (x, y) FROM (VALUES (1, 'a'), (2, 'b')) v(x, y) ORDER BY x;
SELECT v FROM (VALUES (1, 'a'), (2, 'b')) v(x, y) ORDER BY x;
SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v(x, y) WHERE (x, y) IN ((1, 'a'), (3, 'c'));
SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v(x, y) WHERE (x, y) > (1, 'z') ORDER BY x;
SELECT ROW(1, 'a') = ANY (ARRAY[ROW(1, 'a'), ROW(2, 'b')]);
ALTER TYPE s23_addr ADD ATTRIBUTE country text;
SELECT a FROM s23_shapes WHERE id = 1;
ALTER TYPE s23_addr RENAME ATTRIBUTE zip TO postcode;
SELECT (a).postcode, (a).country FROM s23_shapes WHERE id = 1;
ALTER TYPE s23_addr DROP ATTRIBUTE country;
ALTER TYPE s23_addr DROP ATTRIBUTE nope;
ALTER TYPE s23_addr DROP ATTRIBUTE IF EXISTS nope;
ALTER TYPE s23_pt RENAME TO s23_point;
SELECT p FROM s23_shapes WHERE id = 1;
ALTER TYPE s23_point RENAME TO s23_pt;
DROP TYPE s23_pt;
DROP TYPE s23_nope;
DROP TYPE IF EXISTS s23_nope;
CREATE TYPE s23_tmp AS (a int);
DROP TYPE s23_tmp;
SELECT count(*) FROM pg_type WHERE typname = 's23_tmp';
CREATE TYPE s23_tmp2 AS (a int, b s23_pt);
CREATE TABLE s23_uses (t s23_tmp2);
DROP TYPE s23_tmp2 CASCADE;
SELECT column_name FROM information_schema.columns WHERE table_name = 's23_uses';
DROP TABLE s23_uses;
BEGIN;
CREATE TYPE s23_tx AS (q int);
ROLLBACK;
SELECT '(1)'::s23_tx;
CREATE TYPE s23_empty AS ();
SELECT row()::s23_empty;
-- money
SELECT '12.34'::money, '$1,234.5'::money, '-1234.567'::money, '($5.00)'::money;
SELECT 12.345::money, 100::money, '1e3'::money;
SELECT 'abc'::money;
SELECT '12.34'::money + '1.01'::money, '10'::money * 3, '10'::money / 4, '10'::money / '4'::money, -'3'::money;
SELECT '1234.56'::money::numeric, '92233720368547758.07'::money;
SELECT sum(m), avg(m::numeric) FROM (VALUES ('1.10'::money), ('2.20'::money)) v(m);
CREATE TABLE s23_ledger (id int, amt money);
INSERT INTO s23_ledger VALUES (1, '$10.50'), (2, 3.333), (3, NULL);
SELECT * FROM s23_ledger ORDER BY amt;
SELECT amt > '5'::money, cash_words(amt) FROM s23_ledger WHERE id = 1;
-- timetz
SELECT '10:30:00+02'::timetz, '10:30'::timetz, '23:59:59.999-05:30'::timetz, '10:30 PST'::timetz;
SELECT '25:00+00'::timetz;
SELECT '10:00+02'::timetz = '08:00+00'::timetz, '10:00+02'::timetz < '09:00+00'::timetz;
SELECT '10:00+02'::timetz AT TIME ZONE 'UTC', '10:00+02'::timetz AT TIME ZONE '+05';
SELECT '10:00+02'::timetz + interval '3 hours', extract(timezone FROM '10:00+02'::timetz), '10:00+02'::timetz::time;
CREATE TABLE s23_times (id int, t timetz(0));
INSERT INTO s23_times VALUES (1, '10:30:15.6+02'), (2, '01:00-08');
SELECT * FROM s23_times ORDER BY t;
-- params: ["12:00:00+01"]
SELECT $1::timetz;
-- params: ["$1,234.50"]
SELECT $1::money;
-- params: [12.5]
SELECT $1::numeric::money;
DROP TABLE s23_times, s23_ledger;
DROP FUNCTION s23_first(), s23_mk(int, text), s23_plx(s23_pt);
DROP TABLE s23_lines;
DROP TYPE s23_pt;
DROP TYPE s23_nest, s23_pt CASCADE;
DROP TABLE s23_shapes;
DROP TYPE s23_addr, s23_empty;
DROP TABLE s23_plain;
