-- types36: user range types (CREATE TYPE … AS RANGE), regoper/regoperator, hstore's record functions,
-- pg_type after enums are dropped and made again, and GROUP BY's 42803 over catalog relations.

-- User range types over float8, numeric, timestamp, text.
CREATE TYPE t36_floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
SELECT t36_floatrange(1.5, 2.5);
SELECT t36_floatrange(1.5, 2.5, '[]');
SELECT t36_floatrange(1.5, 2.5, '(]');
SELECT t36_floatrange(2.5, 1.5);
SELECT t36_floatrange(1.5, 2.5, 'xx');
SELECT '[1.5,2.5)'::t36_floatrange;
SELECT '[1.5,2.5]'::t36_floatrange::text;
SELECT 'empty'::t36_floatrange;
SELECT '(,5)'::t36_floatrange;
SELECT '[3,1)'::t36_floatrange;
SELECT 'garbage'::t36_floatrange;
SELECT lower(t36_floatrange(1.5, 2.5)), upper(t36_floatrange(1.5, 2.5));
SELECT isempty(t36_floatrange(1, 1)), isempty(t36_floatrange(1, 2));
SELECT lower_inc(t36_floatrange(1, 2)), upper_inc(t36_floatrange(1, 2)), lower_inc(t36_floatrange(1, 2, '(]')), upper_inc(t36_floatrange(1, 2, '(]'));
SELECT lower_inf(t36_floatrange(NULL, 2)), upper_inf(t36_floatrange(1, NULL));
SELECT t36_floatrange(1, 5) @> 3.0::float8, t36_floatrange(1, 5) @> 5.0::float8;
SELECT t36_floatrange(1, 5) @> t36_floatrange(2, 3), t36_floatrange(2, 3) <@ t36_floatrange(1, 5);
SELECT t36_floatrange(1, 5) && t36_floatrange(4, 6), t36_floatrange(1, 5) && t36_floatrange(5, 6);
SELECT t36_floatrange(1, 2) << t36_floatrange(3, 4), t36_floatrange(3, 4) >> t36_floatrange(1, 2);
SELECT t36_floatrange(1, 2) -|- t36_floatrange(2, 3), t36_floatrange(1, 2) -|- t36_floatrange(2.5, 3);
SELECT t36_floatrange(1, 3) + t36_floatrange(2, 4);
SELECT t36_floatrange(1, 3) * t36_floatrange(2, 4);
SELECT t36_floatrange(1, 5) - t36_floatrange(2, 3);
SELECT t36_floatrange(1, 2) + t36_floatrange(3, 4);
SELECT t36_floatrange(1, 3) = t36_floatrange(1, 3), t36_floatrange(1, 3) <> t36_floatrange(1, 4);
SELECT t36_floatrange(1, 3) < t36_floatrange(1, 4), t36_floatrange(2, 3) > t36_floatrange(1, 4);
SELECT t36_floatrange(1, 3) &< t36_floatrange(2, 4), t36_floatrange(1, 3) &> t36_floatrange(0, 4);
SELECT range_merge(t36_floatrange(1, 2), t36_floatrange(5, 6));
SELECT pg_typeof(t36_floatrange(1, 2));
SELECT pg_typeof(lower(t36_floatrange(1, 2)));
CREATE TABLE t36_readings (id int PRIMARY KEY, span t36_floatrange);
INSERT INTO t36_readings VALUES (1, '[0,10)'), (2, '[5,15)'), (3, t36_floatrange(20, 30, '[]')), (4, 'empty'), (5, NULL);
SELECT id, span FROM t36_readings ORDER BY id;
SELECT id FROM t36_readings WHERE span @> 7.5::float8 ORDER BY id;
SELECT id FROM t36_readings WHERE span && '[9,21)' ORDER BY id;
SELECT id, lower(span), upper(span), isempty(span) FROM t36_readings ORDER BY id;
SELECT id, span FROM t36_readings ORDER BY span, id;
UPDATE t36_readings SET span = span * '[2,8)' WHERE id = 1;
SELECT span FROM t36_readings WHERE id = 1;
INSERT INTO t36_readings VALUES (6, '[5,1)');
SELECT count(*) FROM t36_readings;

-- numeric, timestamp and text subtypes
CREATE TYPE t36_numrange2 AS RANGE (subtype = numeric);
SELECT t36_numrange2(1.25, 3.5), t36_numrange2(1.25, 3.5, '[]');
SELECT t36_numrange2(1, 10) @> 5.5, t36_numrange2(1, 10) @> 10;
SELECT '[1.10,2.200]'::t36_numrange2;
CREATE TYPE t36_tsrange AS RANGE (subtype = timestamp);
SELECT t36_tsrange('2024-01-01 10:00', '2024-01-01 12:00');
SELECT t36_tsrange('2024-01-01 10:00', '2024-01-01 12:00') @> '2024-01-01 11:00'::timestamp;
SELECT upper(t36_tsrange('2024-01-01', '2024-02-01')) - lower(t36_tsrange('2024-01-01', '2024-02-01'));
CREATE TYPE t36_textrange AS RANGE (subtype = text, collation = "C");
SELECT t36_textrange('apple', 'melon') @> 'banana'::text, t36_textrange('apple', 'melon') @> 'zebra'::text;
SELECT '[a,m)'::t36_textrange, t36_textrange('b', 'a');
CREATE TYPE t36_intrange AS RANGE (subtype = int4);
SELECT t36_intrange(1, 5), t36_intrange(1, 5, '[]');
SELECT '[1,5]'::t36_intrange;

-- Exclusion constraints over a user range
CREATE TABLE t36_booking (room int, during t36_tsrange, EXCLUDE USING gist (during WITH &&));
INSERT INTO t36_booking VALUES (1, '[2024-01-01 10:00, 2024-01-01 12:00)');
INSERT INTO t36_booking VALUES (1, '[2024-01-01 11:00, 2024-01-01 13:00)');
INSERT INTO t36_booking VALUES (1, '[2024-01-01 12:00, 2024-01-01 13:00)');
SELECT room, during FROM t36_booking ORDER BY during;

-- Catalog rows
SELECT typname, typtype, typcategory, typlen FROM pg_type WHERE typname IN ('t36_floatrange', 't36_numrange2', 't36_tsrange', 't36_textrange') ORDER BY typname;
SELECT t.typname, r.rngsubtype::regtype, r.rngsubdiff::regproc FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid WHERE t.typname LIKE 't36%' ORDER BY 1;
SELECT count(*) FROM pg_type WHERE typname = '_t36_floatrange';
SELECT typname, typtype FROM pg_type WHERE typname LIKE 't36_float%' ORDER BY typname;
SELECT 't36_floatrange'::regtype;
SELECT format_type('t36_floatrange'::regtype, NULL);
SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 't36_readings' ORDER BY ordinal_position;

-- Errors
CREATE TYPE t36_floatrange AS RANGE (subtype = float8);
CREATE TYPE t36_badrange AS RANGE (subtype = no_such_type);
CREATE TYPE t36_badrange AS RANGE (subtype_diff = float8mi);
CREATE TYPE t36_badrange AS RANGE (subtype = int4, wat = 1);
DROP TYPE t36_floatrange;
DROP TYPE t36_textrange;
SELECT 'a'::t36_textrange;
DROP TYPE t36_intrange;
DROP TYPE IF EXISTS t36_intrange;
DROP TABLE t36_readings;
DROP TYPE t36_floatrange;
SELECT count(*) FROM pg_type WHERE typname LIKE '%t36_floatrange%';
SELECT count(*) FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid WHERE t.typname = 't36_floatrange';
BEGIN;
CREATE TYPE t36_txrange AS RANGE (subtype = float8);
SELECT t36_txrange(1, 2);
ROLLBACK;
SELECT t36_txrange(1, 2);

-- regoper and regoperator
SELECT '+'::regoper;
SELECT '||/'::regoper;
SELECT '!~~*'::regoper;
SELECT '+(int4,int4)'::regoperator;
SELECT '+(integer,integer)'::regoperator;
SELECT '-(NONE,integer)'::regoperator;
SELECT '=(text,text)'::regoperator;
SELECT '=(text,text)'::regoperator::oid;
SELECT '+(int4,int4)'::regoperator::oid;
SELECT '+(int4,int4)'::regoperator::regoper;
SELECT 551::regoper, 551::regoperator;
SELECT 96::regoperator, 98::regoper;
SELECT 0::regoper, 0::regoperator;
SELECT 999999::regoper;
SELECT '+(int4,nosuch)'::regoperator;
SELECT '+(int4,int4,int4)'::regoperator;
SELECT '+(int4)'::regoperator;
SELECT '%%%%'::regoper;
SELECT '+(text,text)'::regoperator;
SELECT to_regoper('+'), to_regoper('||/'), to_regoper('nope');
SELECT to_regoperator('+(int4,int4)'), to_regoperator('+(text,text)');
SELECT oprname, oprleft::regtype, oprright::regtype, oprresult::regtype FROM pg_operator WHERE oid = '+(int4,int4)'::regoperator;
SELECT oprname, oprkind, oprcode FROM pg_operator WHERE oid = '||/'::regoper;
SELECT count(*) > 500 FROM pg_operator;
SELECT oprname, oprleft::regtype, oprright::regtype FROM pg_operator WHERE oprname = '||' AND oprleft = 'text'::regtype ORDER BY 3;
SELECT oprcom::regoperator, oprnegate::regoperator FROM pg_operator WHERE oid = '<(int4,int4)'::regoperator;
SELECT o.oprname, t.typname FROM pg_operator o JOIN pg_type t ON t.oid = o.oprleft WHERE o.oid = '=(bool,bool)'::regoperator;
SELECT pg_typeof('+'::regoper), pg_typeof('+(int4,int4)'::regoperator);
SELECT '=(int4,int4)'::regoperator = '=(integer,integer)'::regoperator;
SELECT oprname FROM pg_operator WHERE oid = 'pg_catalog.=(int8,int8)'::regoperator;
SELECT '-(none,int4)'::regoperator::regoper;

-- hstore's record functions
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE t36_people (id int, name text, city text, age int);
INSERT INTO t36_people VALUES (1, 'Ann', 'Oslo', 31), (2, 'Bob', NULL, 40);
SELECT hstore(p) FROM t36_people p ORDER BY id;
SELECT hstore(p) -> 'name' FROM t36_people p ORDER BY id;
SELECT id, (hstore(p) ? 'city') FROM t36_people p ORDER BY id;
SELECT hstore(ROW(1, 'x')::t36_people);
SELECT (each('a=>1, b=>2'::hstore)).key;
SELECT (each('a=>1, b=>NULL'::hstore)).value;
SELECT (each(h)).key, (each(h)).value FROM (SELECT 'x=>10, y=>20'::hstore AS h) s ORDER BY 1;
SELECT (each(h)).* FROM (SELECT 'k=>v'::hstore AS h) s;
SELECT * FROM populate_record(NULL::t36_people, 'id=>7, name=>Cy, city=>Rome, age=>22');
SELECT (populate_record(NULL::t36_people, 'id=>7, name=>Cy')).name;
SELECT populate_record(NULL::t36_people, 'id=>7, age=>5');
SELECT * FROM populate_record(NULL::t36_people, 'age=>notanumber');
SELECT p.id, (populate_record(p, 'city=>Paris')).city FROM t36_people p ORDER BY id;
SELECT (p #= 'name=>Zed'::hstore).name FROM t36_people p ORDER BY id;
SELECT p #= 'age=>99'::hstore FROM t36_people p ORDER BY id;
SELECT (p #= 'nosuch=>1'::hstore).id FROM t36_people p ORDER BY id;
UPDATE t36_people p SET age = (p #= 'age=>41'::hstore).age WHERE id = 2;
SELECT * FROM t36_people ORDER BY id;
SELECT hstore(p) - 'id'::text FROM t36_people p ORDER BY id;
SELECT akeys(hstore(p)) FROM t36_people p WHERE id = 1;

-- Enums dropped and made again, and in two schemas
CREATE SCHEMA t36_other;
CREATE TYPE t36_mood AS ENUM ('sad', 'ok');
CREATE TYPE t36_other.t36_mood AS ENUM ('meh');
SELECT count(*) FROM pg_type WHERE typname = 't36_mood';
DROP TYPE t36_mood;
SELECT count(*) FROM pg_type WHERE typname = 't36_mood';
SELECT count(*) FROM pg_type WHERE typname = '_t36_mood';
CREATE TYPE t36_mood AS ENUM ('happy');
SELECT t.typname, n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname IN ('t36_mood', '_t36_mood') ORDER BY 2, 1;
SELECT count(*) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 't36_mood';
ALTER TYPE t36_mood RENAME TO t36_feeling;
SELECT typname FROM pg_type WHERE typname LIKE '%t36_mood' OR typname LIKE '%t36_feeling' ORDER BY 1;
DROP TYPE t36_feeling;
SELECT typname FROM pg_type WHERE typname LIKE '%t36_mood' OR typname LIKE '%t36_feeling' ORDER BY 1;
CREATE TYPE t36_mood AS ENUM ();
ALTER TYPE t36_mood RENAME TO t36_feeling2;
DROP TYPE t36_feeling2;
CREATE TYPE t36_mood AS ENUM ('back');
SELECT typname, typtype FROM pg_type WHERE typname LIKE '%t36_mood%' OR typname LIKE '%t36_feeling%' ORDER BY 1, 2;
SELECT t.typname, p.proname FROM pg_type t JOIN pg_proc p ON p.oid = t.typreceive WHERE t.typname = 't36_mood' ORDER BY 2;
DROP TYPE t36_other.t36_mood;
SELECT count(*) FROM pg_type WHERE typname = 't36_mood';
CREATE TYPE t36_pair AS (a int, b text);
DROP TYPE t36_pair;
CREATE TYPE t36_pair AS (a int);
SELECT count(*) FROM pg_type WHERE typname IN ('t36_pair', '_t36_pair');
CREATE DOMAIN t36_posint AS int CHECK (VALUE > 0);
DROP DOMAIN t36_posint;
CREATE DOMAIN t36_posint AS int;
SELECT count(*) FROM pg_type WHERE typname IN ('t36_posint', '_t36_posint');

-- GROUP BY over catalog relations
SELECT relname, count(*) FROM pg_class GROUP BY relkind;
SELECT relkind, relname FROM pg_class GROUP BY relkind;
SELECT attname, count(*) FROM pg_attribute WHERE attrelid = 'pg_class'::regclass;
SELECT table_name, count(*) FROM information_schema.columns WHERE table_schema = 'pg_catalog' GROUP BY table_schema;
SELECT table_schema, table_name FROM information_schema.tables GROUP BY table_schema;
SELECT nspname, count(*) > 50 FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid WHERE nspname = 'pg_catalog' GROUP BY n.oid;
SELECT nspname, oid FROM pg_namespace WHERE nspname = 'pg_catalog' GROUP BY oid;
SELECT relkind, count(*) > 0 FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind IN ('r', 'v') GROUP BY relkind ORDER BY relkind;
SELECT typname, max(oid::int) FROM pg_type WHERE typname = 'int4' GROUP BY typtype;
SELECT schemaname, tablename FROM pg_tables WHERE schemaname = 'pg_catalog' GROUP BY schemaname;
SELECT schemaname, count(*) > 10 FROM pg_tables WHERE schemaname = 'pg_catalog' GROUP BY schemaname;
SELECT c.relname, count(a.attnum) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relname = 'pg_am' AND a.attnum > 0 GROUP BY c.oid;
SELECT c.relname, count(a.attnum) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.relname = 'pg_am' GROUP BY c.relnamespace;
SELECT column_name FROM information_schema.columns WHERE table_name = 'pg_am' HAVING count(*) > 0;
SELECT proname, count(*) FROM pg_proc WHERE proname = 'lower' GROUP BY pronamespace;
SELECT datname, count(*) FROM pg_database GROUP BY datistemplate;
SELECT usename FROM pg_user GROUP BY usesuper;

-- ALTER TYPE … RENAME TO of an enum
CREATE TYPE t36_color AS ENUM ('red', 'green');
CREATE TYPE t36_hue AS ENUM ('blue');
ALTER TYPE t36_color RENAME TO t36_hue;
ALTER TYPE t36_nosuch RENAME TO t36_other_name;
ALTER TYPE t36_color RENAME TO t36_colour;
SELECT 'green'::t36_colour;
SELECT 'green'::t36_color;
SELECT enum_range(NULL::t36_colour);
ALTER TYPE t36_colour ADD VALUE 'yellow';
SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typname IN ('t36_color', 't36_colour', 't36_hue') GROUP BY t.typname ORDER BY 1;
SELECT typname, typarray <> 0 FROM pg_type WHERE typname LIKE '%t36_colo%' ORDER BY 1;
DROP TYPE t36_colour, t36_hue;
SELECT count(*) FROM pg_type WHERE typname LIKE '%t36_colo%' OR typname LIKE '%t36_hue%';

-- More regoper/regoperator, as catalog tools write them
SELECT oprname, oprkind, oprleft::regtype, oprright::regtype, oprresult::regtype FROM pg_operator WHERE oprname = '@@' ORDER BY oid;
SELECT count(*) FROM pg_operator WHERE oprname = '=' AND oprnamespace = 'pg_catalog'::regnamespace;
SELECT count(*) FROM pg_operator WHERE oprkind = 'l' AND oprnamespace = 'pg_catalog'::regnamespace;
SELECT o.oprname, p.proname FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode WHERE o.oid = '+(int4,int4)'::regoperator;
SELECT oprcanmerge, oprcanhash FROM pg_operator WHERE oid = '=(int4,int4)'::regoperator;
SELECT oprrest, oprjoin FROM pg_operator WHERE oid = '=(text,text)'::regoperator;
SELECT '~~'::regoper;
SELECT '@-@'::regoper;
SELECT '@-@'::regoper::oid;
SELECT '||(text,text)'::regoperator;
SELECT '<->(point,point)'::regoperator;
SELECT '=(varchar,varchar)'::regoperator;
SELECT '=(character varying,text)'::regoperator;
SELECT '=(bigint,integer)'::regoperator::oid;
SELECT 'nosuchschema.+(int4,int4)'::regoperator;
SELECT to_regoperator('-(NONE,int8)');
SELECT to_regoper('~~*');
SELECT oprname FROM pg_operator WHERE oprleft = 'int4'::regtype AND oprright = 'int4'::regtype AND oprresult = 'bool'::regtype ORDER BY oprname;
SELECT count(DISTINCT oprname) > 50 FROM pg_operator;
SELECT oprnamespace::regnamespace, count(*) > 0 FROM pg_operator WHERE oprnamespace = 'pg_catalog'::regnamespace GROUP BY oprnamespace;
SELECT oprname, count(*) FROM pg_operator WHERE oprname IN ('&&', '@>', '<@') AND oprnamespace = 'pg_catalog'::regnamespace GROUP BY oprname ORDER BY 1;
SELECT oprname, oprleft FROM pg_operator WHERE oprname = '!!' GROUP BY oprname;
SELECT o.oprname, o.oprcode FROM pg_operator o WHERE o.oid = '-(NONE,integer)'::regoperator;

-- GROUP BY over more catalog relations
SELECT t.typname, count(*) FROM pg_type t WHERE t.typname = 'int4' GROUP BY t.oid;
SELECT t.typname, t.typlen FROM pg_type t WHERE t.typname IN ('int2', 'int4') GROUP BY t.oid ORDER BY 1;
SELECT typname, typlen FROM pg_type WHERE typname IN ('int2', 'int4') GROUP BY typlen;
SELECT a.attname, a.atttypid::regtype FROM pg_attribute a WHERE a.attrelid = 'pg_am'::regclass AND a.attnum > 0 GROUP BY a.attrelid, a.attnum ORDER BY a.attnum;
SELECT a.attname FROM pg_attribute a WHERE a.attrelid = 'pg_am'::regclass AND a.attnum > 0 GROUP BY a.attrelid ORDER BY a.attnum;
SELECT e.enumlabel FROM pg_enum e GROUP BY e.enumtypid;
SELECT r.rngsubtype::regtype FROM pg_range r WHERE r.rngtypid = 'int4range'::regtype GROUP BY r.rngtypid;
SELECT n.nspname, (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = 'pg_am') FROM pg_namespace n WHERE n.nspname = 'pg_catalog' GROUP BY n.oid;
SELECT n.nspname, (SELECT c.relname FROM pg_class c WHERE c.relnamespace = n.nspname::regnamespace LIMIT 0) FROM pg_namespace n GROUP BY n.nspowner;
SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'information_schema' AND table_name = 'schemata' GROUP BY table_name, column_name ORDER BY 2 LIMIT 3;
SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'pg_catalog' AND c.relname = 'pg_am' GROUP BY n.nspname;
SELECT c.relname, n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'pg_am' GROUP BY c.oid, n.oid;
SELECT proname, pronargs FROM pg_proc WHERE proname = 'lower' GROUP BY oid ORDER BY pronargs;
SELECT datname FROM pg_database WHERE datname = 'postgres' GROUP BY oid;
SELECT rolname FROM pg_roles GROUP BY rolsuper;
SELECT rolname FROM pg_authid WHERE rolname = 'postgres' GROUP BY oid;

-- hstore(record) over more column types, and each()'s fields
CREATE TABLE t36_kinds (id int, flag boolean, amount numeric(8,2), day date, tags text[], note varchar(10));
INSERT INTO t36_kinds VALUES (1, true, 12.5, '2024-02-29', '{a,b}', 'hi'), (2, false, NULL, NULL, NULL, NULL);
SELECT hstore(k) FROM t36_kinds k ORDER BY id;
SELECT hstore(k.*) -> 'amount' FROM t36_kinds k ORDER BY id;
SELECT hstore(k) ? 'tags', defined(hstore(k), 'tags') FROM t36_kinds k ORDER BY id;
SELECT k.id, h FROM t36_kinds k, LATERAL (SELECT hstore(k) -> 'flag' AS h) s ORDER BY k.id;
SELECT (each(hstore(k))).key FROM t36_kinds k WHERE id = 1 ORDER BY 1;
SELECT count(*) FROM (SELECT (each('a=>1, b=>2, c=>3'::hstore)).value) s;
SELECT (each('a=>1'::hstore)).key AS k, (each('a=>1'::hstore)).value AS v;
SELECT (each(NULL::hstore)).key;
SELECT (each(''::hstore)).*;
SELECT hstore(k) FROM t36_kinds k LEFT JOIN t36_people p ON false WHERE k.id = 2;
SELECT hstore(p) FROM t36_kinds k LEFT JOIN t36_people p ON false WHERE k.id = 2;

-- GROUP BY a name that is both an output column and a relation's alias: the output column
SELECT n.nspname AS s, t.typname AS n, count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname IN ('int4', 'text') GROUP BY s, n ORDER BY 2;
CREATE TABLE t36_ga (x int);
CREATE TABLE t36_gb (y int);
INSERT INTO t36_ga VALUES (1), (1), (2);
INSERT INTO t36_gb VALUES (5);
SELECT t.x AS n, count(*) FROM t36_ga t JOIN t36_gb n ON true GROUP BY n ORDER BY 1;
SELECT n.y, count(*) FROM t36_ga t JOIN t36_gb n ON true GROUP BY n;
SELECT t.x, count(*) FROM t36_ga t JOIN t36_gb n ON true GROUP BY n;
