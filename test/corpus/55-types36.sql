-- types36: user range types (CREATE TYPE … AS RANGE), regoper/regoperator, hstore's record functions,
-- pg_type after enums are dropped and made again, and GROUP BY's 42803 over catalog relations.

-- User range types over float8, numeric, timestamp, text.
-- @must
CREATE TYPE t36_floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
-- @must
SELECT t36_floatrange(1.5, 2.5);
-- @must
SELECT t36_floatrange(1.5, 2.5, '[]');
-- @must
SELECT t36_floatrange(1.5, 2.5, '(]');
-- @must
SELECT t36_floatrange(2.5, 1.5);
-- @must
SELECT t36_floatrange(1.5, 2.5, 'xx');
-- @must
SELECT '[1.5,2.5)'::t36_floatrange;
-- @must
SELECT '[1.5,2.5]'::t36_floatrange::text;
-- @must
SELECT 'empty'::t36_floatrange;
-- @must
SELECT '(,5)'::t36_floatrange;
-- @must
SELECT '[3,1)'::t36_floatrange;
-- @must
SELECT 'garbage'::t36_floatrange;
-- @must
SELECT lower(t36_floatrange(1.5, 2.5)), upper(t36_floatrange(1.5, 2.5));
-- @must
SELECT isempty(t36_floatrange(1, 1)), isempty(t36_floatrange(1, 2));
-- @must
SELECT lower_inc(t36_floatrange(1, 2)), upper_inc(t36_floatrange(1, 2)), lower_inc(t36_floatrange(1, 2, '(]')), upper_inc(t36_floatrange(1, 2, '(]'));
-- @must
SELECT lower_inf(t36_floatrange(NULL, 2)), upper_inf(t36_floatrange(1, NULL));
-- @must
SELECT t36_floatrange(1, 5) @> 3.0::float8, t36_floatrange(1, 5) @> 5.0::float8;
-- @must
SELECT t36_floatrange(1, 5) @> t36_floatrange(2, 3), t36_floatrange(2, 3) <@ t36_floatrange(1, 5);
-- @must
SELECT t36_floatrange(1, 5) && t36_floatrange(4, 6), t36_floatrange(1, 5) && t36_floatrange(5, 6);
-- @must
SELECT t36_floatrange(1, 2) << t36_floatrange(3, 4), t36_floatrange(3, 4) >> t36_floatrange(1, 2);
-- @must
SELECT t36_floatrange(1, 2) -|- t36_floatrange(2, 3), t36_floatrange(1, 2) -|- t36_floatrange(2.5, 3);
-- @must
SELECT t36_floatrange(1, 3) + t36_floatrange(2, 4);
-- @must
SELECT t36_floatrange(1, 3) * t36_floatrange(2, 4);
-- @must
SELECT t36_floatrange(1, 5) - t36_floatrange(2, 3);
-- @must
SELECT t36_floatrange(1, 2) + t36_floatrange(3, 4);
-- @must
SELECT t36_floatrange(1, 3) = t36_floatrange(1, 3), t36_floatrange(1, 3) <> t36_floatrange(1, 4);
-- @must
SELECT t36_floatrange(1, 3) < t36_floatrange(1, 4), t36_floatrange(2, 3) > t36_floatrange(1, 4);
-- @must
SELECT t36_floatrange(1, 3) &< t36_floatrange(2, 4), t36_floatrange(1, 3) &> t36_floatrange(0, 4);
-- @must
SELECT range_merge(t36_floatrange(1, 2), t36_floatrange(5, 6));
-- @must
SELECT pg_typeof(t36_floatrange(1, 2));
-- @must
SELECT pg_typeof(lower(t36_floatrange(1, 2)));
-- @must
CREATE TABLE t36_readings (id int PRIMARY KEY, span t36_floatrange);
-- @must
INSERT INTO t36_readings VALUES (1, '[0,10)'), (2, '[5,15)'), (3, t36_floatrange(20, 30, '[]')), (4, 'empty'), (5, NULL);
-- @must
SELECT id, span FROM t36_readings ORDER BY id;
-- @must
SELECT id FROM t36_readings WHERE span @> 7.5::float8 ORDER BY id;
-- @must
SELECT id FROM t36_readings WHERE span && '[9,21)' ORDER BY id;
-- @must
SELECT id, lower(span), upper(span), isempty(span) FROM t36_readings ORDER BY id;
-- @must
SELECT id, span FROM t36_readings ORDER BY span, id;
-- @must
UPDATE t36_readings SET span = span * '[2,8)' WHERE id = 1;
-- @must
SELECT span FROM t36_readings WHERE id = 1;
-- @must
INSERT INTO t36_readings VALUES (6, '[5,1)');
-- @must
SELECT count(*) FROM t36_readings;

-- numeric, timestamp and text subtypes
-- @must
CREATE TYPE t36_numrange2 AS RANGE (subtype = numeric);
-- @must
SELECT t36_numrange2(1.25, 3.5), t36_numrange2(1.25, 3.5, '[]');
-- @must
SELECT t36_numrange2(1, 10) @> 5.5, t36_numrange2(1, 10) @> 10;
-- @must
SELECT '[1.10,2.200]'::t36_numrange2;
-- @must
CREATE TYPE t36_tsrange AS RANGE (subtype = timestamp);
-- @must
SELECT t36_tsrange('2024-01-01 10:00', '2024-01-01 12:00');
-- @must
SELECT t36_tsrange('2024-01-01 10:00', '2024-01-01 12:00') @> '2024-01-01 11:00'::timestamp;
-- @must
SELECT upper(t36_tsrange('2024-01-01', '2024-02-01')) - lower(t36_tsrange('2024-01-01', '2024-02-01'));
-- @must
CREATE TYPE t36_textrange AS RANGE (subtype = text, collation = "C");
-- @must
SELECT t36_textrange('apple', 'melon') @> 'banana'::text, t36_textrange('apple', 'melon') @> 'zebra'::text;
-- @must
SELECT '[a,m)'::t36_textrange, t36_textrange('b', 'a');
-- @must
CREATE TYPE t36_intrange AS RANGE (subtype = int4);
-- @must
SELECT t36_intrange(1, 5), t36_intrange(1, 5, '[]');
-- @must
SELECT '[1,5]'::t36_intrange;

-- Exclusion constraints over a user range
-- @must
CREATE TABLE t36_booking (room int, during t36_tsrange, EXCLUDE USING gist (during WITH &&));
-- @must
INSERT INTO t36_booking VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)');
-- @must
INSERT INTO t36_booking VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)');
-- @must
INSERT INTO t36_booking VALUES (1, '[2024-01-01 12:00, 2024-01-01 13:00)');
-- @must
SELECT room, during FROM t36_booking ORDER BY during;

-- Catalog rows
-- @must
SELECT typname, typtype, typcategory, typlen FROM pg_type WHERE typname IN ('t36_floatrange', 't36_numrange2', 't36_tsrange', 't36_textrange') ORDER BY typname;
-- @must
SELECT t.typname, r.rngsubtype::regtype, r.rngsubdiff::regproc FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid WHERE t.typname LIKE 't36%' ORDER BY 1;
-- @must
SELECT count(*) FROM pg_type WHERE typname = '_t36_floatrange';
-- @must
SELECT typname, typtype FROM pg_type WHERE typname LIKE 't36_float%' ORDER BY typname;
-- @must
SELECT 't36_floatrange'::regtype;
-- @must
SELECT format_type('t36_floatrange'::regtype, NULL);
-- @must
SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 't36_readings' ORDER BY ordinal_position;

-- Errors
-- @must
CREATE TYPE t36_floatrange AS RANGE (subtype = float8);
-- @must
CREATE TYPE t36_badrange AS RANGE (subtype = no_such_type);
-- @must
CREATE TYPE t36_badrange AS RANGE (subtype_diff = float8mi);
-- @must
CREATE TYPE t36_badrange AS RANGE (subtype = int4, wat = 1);
-- @must
DROP TYPE t36_floatrange;
-- @must
DROP TYPE t36_textrange;
-- @must
SELECT 'a'::t36_textrange;
-- @must
DROP TYPE t36_intrange;
-- @must
DROP TYPE IF EXISTS t36_intrange;
-- @must
DROP TABLE t36_readings;
-- @must
DROP TYPE t36_floatrange;
-- @must
SELECT count(*) FROM pg_type WHERE typname LIKE '%t36_floatrange%';
-- @must
SELECT count(*) FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid WHERE t.typname = 't36_floatrange';
-- @must
BEGIN;
-- @must
CREATE TYPE t36_txrange AS RANGE (subtype = float8);
-- @must
SELECT t36_txrange(1, 2);
-- @must
ROLLBACK;
-- @must
SELECT t36_txrange(1, 2);

-- regoper and regoperator
-- @must
SELECT '+'::regoper;
-- @must
SELECT '||/'::regoper;
-- @must
SELECT '!~~*'::regoper;
-- @must
SELECT '+(int4,int4)'::regoperator;
-- @must
SELECT '+(integer,integer)'::regoperator;
-- @must
SELECT '-(NONE,integer)'::regoperator;
-- @must
SELECT '=(text,text)'::regoperator;
-- @must
SELECT '=(text,text)'::regoperator::oid;
-- @must
SELECT '+(int4,int4)'::regoperator::oid;
-- @must
SELECT '+(int4,int4)'::regoperator::regoper;
-- @must
SELECT 551::regoper, 551::regoperator;
-- @must
SELECT 96::regoperator, 98::regoper;
-- @must
SELECT 0::regoper, 0::regoperator;
-- @must
SELECT 999999::regoper;
-- @must
SELECT '+(int4,nosuch)'::regoperator;
-- @must
SELECT '+(int4,int4,int4)'::regoperator;
-- @must
SELECT '+(int4)'::regoperator;
-- @must
SELECT '%%%%'::regoper;
-- @must
SELECT '+(text,text)'::regoperator;
-- @must
SELECT to_regoper('+'), to_regoper('||/'), to_regoper('nope');
-- @must
SELECT to_regoperator('+(int4,int4)'), to_regoperator('+(text,text)');
-- @must
SELECT oprname, oprleft::regtype, oprright::regtype, oprresult::regtype FROM pg_operator WHERE oid = '+(int4,int4)'::regoperator;
-- @must
SELECT oprname, oprkind, oprcode FROM pg_operator WHERE oid = '||/'::regoper;
-- @must
SELECT count(*) > 500 FROM pg_operator;
-- @must
SELECT oprname, oprleft::regtype, oprright::regtype FROM pg_operator WHERE oprname = '||' AND oprleft = 'text'::regtype ORDER BY 3;
-- @must
SELECT oprcom::regoperator, oprnegate::regoperator FROM pg_operator WHERE oid = '<(int4,int4)'::regoperator;
-- @must
SELECT o.oprname, t.typname FROM pg_operator o JOIN pg_type t ON t.oid = o.oprleft WHERE o.oid = '=(bool,bool)'::regoperator;
-- @must
SELECT pg_typeof('+'::regoper), pg_typeof('+(int4,int4)'::regoperator);
-- @must
SELECT '=(int4,int4)'::regoperator = '=(integer,integer)'::regoperator;
-- @must
SELECT oprname FROM pg_operator WHERE oid = 'pg_catalog.=(int8,int8)'::regoperator;
-- @must
SELECT '-(none,int4)'::regoperator::regoper;

-- hstore's record functions
-- @must
CREATE EXTENSION IF NOT EXISTS hstore;
-- @must
CREATE TABLE t36_people (id int, name text, city text, age int);
-- @must
INSERT INTO t36_people VALUES (1, 'Ann', 'Oslo', 31), (2, 'Bob', NULL, 40);
-- @must
SELECT hstore(p) FROM t36_people p ORDER BY id;
-- @must
SELECT hstore(p) -> 'name' FROM t36_people p ORDER BY id;
-- @must
SELECT id, (hstore(p) ? 'city') FROM t36_people p ORDER BY id;
-- @must
SELECT hstore(ROW(1, 'x')::t36_people);
-- @must
SELECT (each('a=>1, b=>2'::hstore)).key;
-- @must
SELECT (each('a=>1, b=>NULL'::hstore)).value;
-- @must
SELECT (each(h)).key, (each(h)).value FROM (SELECT 'x=>10, y=>20'::hstore AS h) s ORDER BY 1;
-- @must
SELECT (each(h)).* FROM (SELECT 'k=>v'::hstore AS h) s;
-- @must
SELECT * FROM populate_record(NULL::t36_people, 'id=>7, name=>Cy, city=>Rome, age=>22');
-- @must
SELECT (populate_record(NULL::t36_people, 'id=>7, name=>Cy')).name;
-- @must
SELECT populate_record(NULL::t36_people, 'id=>7, age=>5');
-- @must
SELECT * FROM populate_record(NULL::t36_people, 'age=>notanumber');
-- @must
SELECT p.id, (populate_record(p, 'city=>Paris')).city FROM t36_people p ORDER BY id;
-- @must
SELECT (p #= 'name=>Zed'::hstore).name FROM t36_people p ORDER BY id;
-- @must
SELECT p #= 'age=>99'::hstore FROM t36_people p ORDER BY id;
-- @must
SELECT (p #= 'nosuch=>1'::hstore).id FROM t36_people p ORDER BY id;
-- @must
UPDATE t36_people p SET age = (p #= 'age=>41'::hstore).age WHERE id = 2;
-- @must
SELECT * FROM t36_people ORDER BY id;
-- @must
SELECT hstore(p) - 'id'::text FROM t36_people p ORDER BY id;
-- @must
SELECT akeys(hstore(p)) FROM t36_people p WHERE id = 1;

-- Enums dropped and made again, and in two schemas
-- @must
CREATE SCHEMA t36_other;
-- @must
CREATE TYPE t36_mood AS ENUM ('sad', 'ok');
-- @must
CREATE TYPE t36_other.t36_mood AS ENUM ('meh');
-- @must
SELECT count(*) FROM pg_type WHERE typname = 't36_mood';
-- @must
DROP TYPE t36_mood;
-- @must
SELECT count(*) FROM pg_type WHERE typname = 't36_mood';
-- @must
SELECT count(*) FROM pg_type WHERE typname = '_t36_mood';
-- @must
CREATE TYPE t36_mood AS ENUM ('happy');
-- @must
SELECT t.typname, n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname IN ('t36_mood', '_t36_mood') ORDER BY 2, 1;
-- @must
SELECT count(*) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 't36_mood';
-- @must
ALTER TYPE t36_mood RENAME TO t36_feeling;
-- @must
SELECT typname FROM pg_type WHERE typname LIKE '%t36_mood' OR typname LIKE '%t36_feeling' ORDER BY 1;
-- @must
DROP TYPE t36_feeling;
-- @must
SELECT typname FROM pg_type WHERE typname LIKE '%t36_mood' OR typname LIKE '%t36_feeling' ORDER BY 1;
-- @must
CREATE TYPE t36_mood AS ENUM ();
-- @must
ALTER TYPE t36_mood RENAME TO t36_feeling2;
-- @must
DROP TYPE t36_feeling2;
-- @must
CREATE TYPE t36_mood AS ENUM ('back');
-- @must
SELECT typname, typtype FROM pg_type WHERE typname LIKE '%t36_mood%' OR typname LIKE '%t36_feeling%' ORDER BY 1, 2;
-- @must
SELECT t.typname, p.proname FROM pg_type t JOIN pg_proc p ON p.oid = t.typreceive WHERE t.typname = 't36_mood' ORDER BY 2;
-- @must
DROP TYPE t36_other.t36_mood;
-- @must
SELECT count(*) FROM pg_type WHERE typname = 't36_mood';
-- @must
CREATE TYPE t36_pair AS (a int, b text);
-- @must
DROP TYPE t36_pair;
-- @must
CREATE TYPE t36_pair AS (a int);
-- @must
SELECT count(*) FROM pg_type WHERE typname IN ('t36_pair', '_t36_pair');
-- @must
CREATE DOMAIN t36_posint AS int CHECK (VALUE > 0);
-- @must
DROP DOMAIN t36_posint;
-- @must
CREATE DOMAIN t36_posint AS int;
-- @must
SELECT count(*) FROM pg_type WHERE typname IN ('t36_posint', '_t36_posint');

-- GROUP BY over catalog relations
-- @must
SELECT relname, count(*) FROM pg_class GROUP BY relkind;
-- @must
SELECT relkind, relname FROM pg_class GROUP BY relkind;
-- @must
SELECT attname, count(*) FROM pg_attribute WHERE attrelid = 'pg_class'::regclass;
-- @must
SELECT table_name, count(*) FROM information_schema.columns WHERE table_schema = 'pg_catalog' GROUP BY table_schema;
-- @must
SELECT table_schema, table_name FROM information_schema.tables GROUP BY table_schema;
-- @must
SELECT nspname, count(*) > 50 FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid WHERE nspname = 'pg_catalog' GROUP BY n.oid;
-- @must
SELECT nspname, oid FROM pg_namespace WHERE nspname = 'pg_catalog' GROUP BY oid;
-- @must
SELECT relkind, count(*) > 0 FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind IN ('r', 'v') GROUP BY relkind ORDER BY relkind;
-- @must
SELECT typname, max(oid::int) FROM pg_type WHERE typname = 'int4' GROUP BY typtype;
-- @must
SELECT schemaname, tablename FROM pg_tables WHERE schemaname = 'pg_catalog' GROUP BY schemaname;
-- @must
SELECT schemaname, count(*) > 10 FROM pg_tables WHERE schemaname = 'pg_catalog' GROUP BY schemaname;
-- @must
SELECT c.relname, count(a.attnum) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relname = 'pg_am' AND a.attnum > 0 GROUP BY c.oid;
-- @must
SELECT c.relname, count(a.attnum) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relname = 'pg_am' GROUP BY c.relnamespace;
-- @must
SELECT column_name FROM information_schema.columns WHERE table_name = 'pg_am' HAVING count(*) > 0;
-- @must
SELECT proname, count(*) FROM pg_proc WHERE proname = 'lower' GROUP BY pronamespace;
-- @must
SELECT datname, count(*) FROM pg_database GROUP BY datistemplate;
-- @must
SELECT usename FROM pg_user GROUP BY usesuper;

-- ALTER TYPE … RENAME TO of an enum
-- @must
CREATE TYPE t36_color AS ENUM ('red', 'green');
-- @must
CREATE TYPE t36_hue AS ENUM ('blue');
-- @must
ALTER TYPE t36_color RENAME TO t36_hue;
-- @must
ALTER TYPE t36_nosuch RENAME TO t36_other_name;
-- @must
ALTER TYPE t36_color RENAME TO t36_colour;
-- @must
SELECT 'green'::t36_colour;
-- @must
SELECT 'green'::t36_color;
-- @must
SELECT enum_range(NULL::t36_colour);
-- @must
ALTER TYPE t36_colour ADD VALUE 'yellow';
-- @must
SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typname IN ('t36_color', 't36_colour', 't36_hue') GROUP BY t.typname ORDER BY 1;
-- @must
SELECT typname, typarray <> 0 FROM pg_type WHERE typname LIKE '%t36_colo%' ORDER BY 1;
-- @must
DROP TYPE t36_colour, t36_hue;
-- @must
SELECT count(*) FROM pg_type WHERE typname LIKE '%t36_colo%' OR typname LIKE '%t36_hue%';

-- More regoper/regoperator, as catalog tools write them
-- @must
SELECT oprname, oprkind, oprleft::regtype, oprright::regtype, oprresult::regtype FROM pg_operator WHERE oprname = '@@' ORDER BY oid;
-- @must
SELECT count(*) FROM pg_operator WHERE oprname = '=' AND oprnamespace = 'pg_catalog'::regnamespace;
-- @must
SELECT count(*) FROM pg_operator WHERE oprkind = 'l' AND oprnamespace = 'pg_catalog'::regnamespace;
SELECT o.oprname, p.proname FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode WHERE o.oid = '+(int4,int4)'::regoperator;
-- @must
SELECT oprcanmerge, oprcanhash FROM pg_operator WHERE oid = '=(int4,int4)'::regoperator;
-- @must
SELECT oprrest, oprjoin FROM pg_operator WHERE oid = '=(text,text)'::regoperator;
-- @must
SELECT '~~'::regoper;
-- @must
SELECT '@-@'::regoper;
-- @must
SELECT '@-@'::regoper::oid;
-- @must
SELECT '||(text,text)'::regoperator;
-- @must
SELECT '<->(point,point)'::regoperator;
-- @must
SELECT '=(varchar,varchar)'::regoperator;
-- @must
SELECT '=(character varying,text)'::regoperator;
-- @must
SELECT '=(bigint,integer)'::regoperator::oid;
-- @must
SELECT 'nosuchschema.+(int4,int4)'::regoperator;
-- @must
SELECT to_regoperator('-(NONE,int8)');
-- @must
SELECT to_regoper('~~*');
-- @must
SELECT oprname FROM pg_operator WHERE oprleft = 'int4'::regtype AND oprright = 'int4'::regtype AND oprresult = 'bool'::regtype ORDER BY oprname;
-- @must
SELECT count(DISTINCT oprname) > 50 FROM pg_operator;
-- @must
SELECT oprnamespace::regnamespace, count(*) > 0 FROM pg_operator WHERE oprnamespace = 'pg_catalog'::regnamespace GROUP BY oprnamespace;
-- @must
SELECT oprname, count(*) FROM pg_operator WHERE oprname IN ('&&', '@>', '<@') AND oprnamespace = 'pg_catalog'::regnamespace GROUP BY oprname ORDER BY 1;
-- @must
SELECT oprname, oprleft FROM pg_operator WHERE oprname = '!!' GROUP BY oprname;
-- @must
SELECT o.oprname, o.oprcode FROM pg_operator o WHERE o.oid = '-(NONE,integer)'::regoperator;

-- GROUP BY over more catalog relations
-- @must
SELECT t.typname, count(*) FROM pg_type t WHERE t.typname = 'int4' GROUP BY t.oid;
-- @must
SELECT t.typname, t.typlen FROM pg_type t WHERE t.typname IN ('int2', 'int4') GROUP BY t.oid ORDER BY 1;
-- @must
SELECT typname, typlen FROM pg_type WHERE typname IN ('int2', 'int4') GROUP BY typlen;
-- @must
SELECT a.attname, a.atttypid::regtype FROM pg_attribute a WHERE a.attrelid = 'pg_am'::regclass AND a.attnum > 0 GROUP BY a.attrelid, a.attnum ORDER BY a.attnum;
-- @must
SELECT a.attname FROM pg_attribute a WHERE a.attrelid = 'pg_am'::regclass AND a.attnum > 0 GROUP BY a.attrelid ORDER BY a.attnum;
-- @must
SELECT e.enumlabel FROM pg_enum e GROUP BY e.enumtypid;
-- @must
SELECT r.rngsubtype::regtype FROM pg_range r WHERE r.rngtypid = 'int4range'::regtype GROUP BY r.rngtypid;
-- @must
SELECT n.nspname, (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = 'pg_am') FROM pg_namespace n WHERE n.nspname = 'pg_catalog' GROUP BY n.oid;
-- @must
SELECT n.nspname, (SELECT c.relname FROM pg_class c WHERE c.relnamespace = n.nspname::regnamespace LIMIT 0) FROM pg_namespace n GROUP BY n.nspowner;
-- @must
SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'information_schema' AND table_name = 'schemata' GROUP BY table_name, column_name ORDER BY 2 LIMIT 3;
-- @must
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'pg_catalog' AND c.relname = 'pg_am' GROUP BY n.nspname;
-- @must
SELECT c.relname, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'pg_am' GROUP BY c.oid, n.oid;
-- @must
SELECT proname, pronargs FROM pg_proc WHERE proname = 'lower' GROUP BY oid ORDER BY pronargs;
-- @must
SELECT datname FROM pg_database WHERE datname = 'postgres' GROUP BY oid;
-- @must
SELECT rolname FROM pg_roles GROUP BY rolsuper;
-- @must
SELECT rolname FROM pg_authid WHERE rolname = 'postgres' GROUP BY oid;

-- hstore(record) over more column types, and each()'s fields
-- @must
CREATE TABLE t36_kinds (id int, flag boolean, amount numeric(8,2), day date, tags text[], note varchar(10));
-- @must
INSERT INTO t36_kinds VALUES (1, true, 12.5, '2024-02-29', '{a,b}', 'hi'), (2, false, NULL, NULL, NULL, NULL);
-- @must
SELECT hstore(k) FROM t36_kinds k ORDER BY id;
-- @must
SELECT hstore(k.*) -> 'amount' FROM t36_kinds k ORDER BY id;
-- @must
SELECT hstore(k) ? 'tags', defined(hstore(k), 'tags') FROM t36_kinds k ORDER BY id;
-- @must
SELECT k.id, h FROM t36_kinds k, LATERAL (SELECT hstore(k) -> 'flag' AS h) s ORDER BY k.id;
-- @must
SELECT (each(hstore(k))).key FROM t36_kinds k WHERE id = 1 ORDER BY 1;
-- @must
SELECT count(*) FROM (SELECT (each('a=>1, b=>2, c=>3'::hstore)).value) s;
-- @must
SELECT (each('a=>1'::hstore)).key AS k, (each('a=>1'::hstore)).value AS v;
-- @must
SELECT (each(NULL::hstore)).key;
-- @must
SELECT (each(''::hstore)).*;
-- @must
SELECT hstore(k) FROM t36_kinds k LEFT JOIN t36_people p ON false WHERE k.id = 2;
-- @must
SELECT hstore(p) FROM t36_kinds k LEFT JOIN t36_people p ON false WHERE k.id = 2;

-- GROUP BY a name that is both an output column and a relation's alias: the output column
-- @must
SELECT n.nspname AS s, t.typname AS n, count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname IN ('int4', 'text') GROUP BY s, n ORDER BY 2;
-- @must
CREATE TABLE t36_ga (x int);
-- @must
CREATE TABLE t36_gb (y int);
-- @must
INSERT INTO t36_ga VALUES (1), (1), (2);
-- @must
INSERT INTO t36_gb VALUES (5);
-- @must
SELECT t.x AS n, count(*) FROM t36_ga t JOIN t36_gb n ON true GROUP BY n ORDER BY 1;
-- @must
SELECT n.y, count(*) FROM t36_ga t JOIN t36_gb n ON true GROUP BY n;
-- @must
SELECT t.x, count(*) FROM t36_ga t JOIN t36_gb n ON true GROUP BY n;
