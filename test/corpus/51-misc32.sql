-- The leftovers earlier sessions found and did not fix, each as a family of what reports, ORMs and
-- tools send: window functions beside GROUPING SETS, ROLLUP and CUBE; RANGE frames with interval
-- and numeric offsets; calls whose arguments fit no signature (user SQL and PL/pgSQL functions,
-- procedures, built-ins); ALTER SCHEMA … RENAME of a schema holding types and views; money arrays
-- and float8 -0; operators between arrays of different string types; format_type and regtype of a
-- type just created; ALTER DATABASE / ALTER ROLE … SET and RESET, pg_db_role_setting, and COMMENT
-- ON DATABASE read back by shobj_description.

CREATE TABLE s32m_sales (id int PRIMARY KEY, region text NOT NULL, product text NOT NULL, qty int NOT NULL, amount numeric(10,2) NOT NULL, sold_on date NOT NULL, sold_at timestamp NOT NULL, sold_tz timestamptz NOT NULL, score float8);
INSERT INTO s32m_sales VALUES
  (1, 'east', 'apple', 3, 10.50, '2024-01-05', '2024-01-05 08:00', '2024-01-05 08:00+00', 1.5),
  (2, 'east', 'pear', 1, 4.00, '2024-01-20', '2024-01-05 09:30', '2024-01-05 09:30+00', 2.5),
  (3, 'west', 'apple', 5, 17.25, '2024-02-03', '2024-01-05 12:00', '2024-01-05 12:00+00', 2.0),
  (4, 'west', 'plum', 2, 6.10, '2024-02-29', '2024-01-06 00:00', '2024-01-06 00:00+00', NULL),
  (5, 'north', 'apple', 7, 24.99, '2024-03-01', '2024-01-06 01:00', '2024-01-06 01:00+00', 4.0),
  (6, 'north', 'pear', 4, 16.00, '2024-03-31', '2024-01-08 10:00', '2024-01-08 10:00+00', 3.25),
  (7, 'east', 'plum', 6, 12.00, '2024-04-30', '2024-01-08 10:00', '2024-01-08 10:00+00', 1.5),
  (8, 'west', 'pear', 2, 8.00, '2024-05-31', '2024-01-10 23:59', '2024-01-10 23:59+00', 0.5);

-- window functions beside GROUPING SETS, ROLLUP and CUBE
-- @must
SELECT region, sum(qty) AS total FROM s32m_sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
-- @must
SELECT region, sum(qty) AS total, rank() OVER (ORDER BY sum(qty) DESC) FROM s32m_sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
-- @must
SELECT region, product, sum(qty) AS q, grouping(region, product) AS g, rank() OVER (PARTITION BY grouping(region, product) ORDER BY sum(qty) DESC, region, product) AS r FROM s32m_sales GROUP BY ROLLUP (region, product) ORDER BY g, r;
-- @must
SELECT region, sum(amount) AS amt, sum(sum(amount)) OVER () AS grand FROM s32m_sales GROUP BY GROUPING SETS ((region), ()) ORDER BY region NULLS LAST;
-- @must
SELECT region, product, count(*) AS n, row_number() OVER (ORDER BY region NULLS FIRST, product NULLS FIRST) AS rn FROM s32m_sales GROUP BY CUBE (region, product) ORDER BY rn;
-- @must
SELECT region, sum(qty) AS q, round(100.0 * sum(qty) / sum(sum(qty)) OVER (PARTITION BY grouping(region)), 2) AS pct FROM s32m_sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
-- @must
SELECT product, sum(qty) AS q, lag(sum(qty)) OVER (ORDER BY product NULLS LAST) AS prev FROM s32m_sales GROUP BY GROUPING SETS (product, ()) ORDER BY product NULLS LAST;
-- @must
SELECT CASE WHEN grouping(region) = 1 THEN 'all' ELSE region END AS r, sum(qty), dense_rank() OVER (ORDER BY sum(qty)) FROM s32m_sales GROUP BY ROLLUP (region) ORDER BY 1;
-- @must
SELECT region, product, sum(qty), first_value(product) OVER (PARTITION BY region ORDER BY sum(qty) DESC, product) FROM s32m_sales GROUP BY GROUPING SETS ((region, product), (region)) ORDER BY region, product NULLS LAST;
-- @must
SELECT region, sum(qty), count(*) OVER () FROM s32m_sales GROUP BY CUBE (region) ORDER BY region NULLS LAST;
-- @must
SELECT region, sum(qty), ntile(2) OVER (ORDER BY region NULLS LAST) FROM s32m_sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
-- @must
SELECT region, sum(qty) AS q, percent_rank() OVER (ORDER BY sum(qty)) FROM s32m_sales WHERE qty > 1 GROUP BY ROLLUP (region) HAVING sum(qty) > 3 ORDER BY q, region;
-- @must
SELECT region, avg(amount)::numeric(10,2), max(sum(amount)) OVER (ORDER BY region NULLS LAST ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s32m_sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST;
-- @must
SELECT region, product, sum(qty), rank() OVER w FROM s32m_sales GROUP BY ROLLUP (region, product) WINDOW w AS (PARTITION BY region ORDER BY sum(qty) DESC, product NULLS FIRST) ORDER BY region NULLS LAST, 4, product NULLS FIRST;
-- @must
SELECT * FROM (SELECT region, sum(qty) AS q, rank() OVER (ORDER BY sum(qty) DESC) AS r FROM s32m_sales GROUP BY ROLLUP (region)) s WHERE r <= 2 ORDER BY r;
-- @must
SELECT date_trunc('month', sold_on)::date AS m, region, sum(amount), sum(sum(amount)) OVER (PARTITION BY region ORDER BY date_trunc('month', sold_on)) AS running FROM s32m_sales GROUP BY ROLLUP (region, date_trunc('month', sold_on)) ORDER BY region NULLS LAST, m NULLS LAST;
-- @must
SELECT region, rank() OVER (ORDER BY qty) FROM s32m_sales GROUP BY ROLLUP (region);
-- @must
SELECT region, sum(qty), rank() OVER (ORDER BY grouping(product)) FROM s32m_sales GROUP BY ROLLUP (region);
-- @must
SELECT region, product, sum(qty) FROM s32m_sales GROUP BY GROUPING SETS ((region), (product)) ORDER BY region NULLS LAST, product NULLS LAST;
-- @must
SELECT region, sum(qty), rank() OVER (ORDER BY sum(qty) DESC, region) FROM s32m_sales GROUP BY region ORDER BY 3;

-- RANGE frames with interval offsets over dates and timestamps
-- @must
SELECT id, sold_on, sum(qty) OVER (ORDER BY sold_on RANGE BETWEEN interval '30 days' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_on, sum(qty) OVER (ORDER BY sold_on RANGE BETWEEN interval '1 month' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_on, count(*) OVER (ORDER BY sold_on RANGE BETWEEN '2 months' PRECEDING AND '1 month' FOLLOWING) FROM s32m_sales ORDER BY id;
SELECT id, sold_on, sum(qty) OVER (ORDER BY sold_on DESC RANGE BETWEEN interval '1 month' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_on, sum(qty) OVER (ORDER BY sold_on RANGE interval '1 year' PRECEDING) FROM s32m_sales ORDER BY id;
SELECT id, sold_on, array_agg(id) OVER (ORDER BY sold_on RANGE BETWEEN interval '1 mon 2 days' PRECEDING AND interval '1 day' FOLLOWING) FROM s32m_sales ORDER BY id;
SELECT id, sold_on, sum(qty) OVER (PARTITION BY region ORDER BY sold_on RANGE BETWEEN interval '2 months' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_on, sum(qty) OVER (ORDER BY sold_on RANGE BETWEEN CURRENT ROW AND interval '1 month' FOLLOWING) FROM s32m_sales ORDER BY id;
-- @must
SELECT id, sold_at, count(*) OVER (ORDER BY sold_at RANGE BETWEEN interval '2 hours' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_at, count(*) OVER (ORDER BY sold_at RANGE BETWEEN interval '1 day' PRECEDING AND interval '1 hour' FOLLOWING) FROM s32m_sales ORDER BY id;
SELECT id, sold_at, min(id) OVER (ORDER BY sold_at RANGE BETWEEN interval '90 minutes' PRECEDING AND interval '90 minutes' FOLLOWING) FROM s32m_sales ORDER BY id;
SELECT id, sold_tz, count(*) OVER (ORDER BY sold_tz RANGE BETWEEN interval '3 hours' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_tz, sum(qty) OVER (ORDER BY sold_tz RANGE BETWEEN interval '1 month' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_at, sum(qty) OVER (ORDER BY sold_at RANGE BETWEEN interval '1 mon' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_at, count(*) OVER (ORDER BY sold_at DESC RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sold_on, sum(qty) OVER (ORDER BY sold_on RANGE BETWEEN interval '-1 day' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY sold_on RANGE BETWEEN 3 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY sold_on, id RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
-- @must
SELECT id, sum(qty) OVER (ORDER BY region RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sum(qty) OVER (RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY sold_on RANGE BETWEEN NULL::interval PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
-- params: ["7 days"]
SELECT id, count(*) OVER (ORDER BY sold_on RANGE BETWEEN $1::interval PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
-- params: ["1 month"]
SELECT id, count(*) OVER (ORDER BY sold_on RANGE BETWEEN $1::interval PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;

-- RANGE frames with numeric offsets
-- @must
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s32m_sales ORDER BY id;
-- @must
SELECT id, amount, count(*) OVER (ORDER BY amount RANGE BETWEEN 5 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, amount, count(*) OVER (ORDER BY amount RANGE BETWEEN 2.5 PRECEDING AND 2.5 FOLLOWING) FROM s32m_sales ORDER BY id;
SELECT id, amount, sum(amount) OVER (ORDER BY amount DESC RANGE BETWEEN 4.5 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty::bigint RANGE BETWEEN 2 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty::smallint RANGE BETWEEN 2::smallint PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, qty, count(*) OVER (ORDER BY qty RANGE BETWEEN 1.5 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, score, count(*) OVER (ORDER BY score RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, score, count(*) OVER (ORDER BY score RANGE BETWEEN 0.5::float8 PRECEDING AND 0.5::float8 FOLLOWING) FROM s32m_sales ORDER BY id;
SELECT id, score, count(*) OVER (ORDER BY score NULLS FIRST RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN -1 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN NULL PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, sum(qty) OVER (ORDER BY region RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
-- @must
SELECT id, sum(qty) OVER (ORDER BY qty RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN 1 FOLLOWING AND 3 FOLLOWING) FROM s32m_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty RANGE BETWEEN 3 PRECEDING AND 1 PRECEDING EXCLUDE CURRENT ROW) FROM s32m_sales ORDER BY id;
SELECT id, qty, sum(qty) OVER (ORDER BY qty GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM s32m_sales ORDER BY id;
-- params: [2]
SELECT id, qty, count(*) OVER (ORDER BY qty RANGE BETWEEN $1::int PRECEDING AND CURRENT ROW) FROM s32m_sales ORDER BY id;

-- calls whose arguments fit no signature
CREATE FUNCTION s32m_twice(n int) RETURNS int LANGUAGE sql AS 'SELECT n * 2';
CREATE FUNCTION s32m_greet(who text, n int DEFAULT 1) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN repeat('hi ' || who || ' ', n); END $$;
CREATE PROCEDURE s32m_log(msg text, lvl int) LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', msg; END $$;
-- @must
SELECT s32m_twice(21);
-- @must
SELECT s32m_twice('21');
SELECT s32m_twice('abc');
SELECT s32m_twice('abc'::text);
SELECT s32m_twice(2.5);
SELECT s32m_twice(2::bigint);
SELECT s32m_twice(2::smallint);
SELECT s32m_twice(true);
SELECT s32m_twice(NULL);
SELECT s32m_twice(1, 2);
SELECT s32m_twice();
SELECT s32m_twice(n => 4);
SELECT s32m_twice(m => 4);
SELECT s32m_twice(now());
-- @must
SELECT s32m_twice(ARRAY[1]);
-- @must
SELECT s32m_greet('bob');
SELECT s32m_greet('bob', 2);
SELECT s32m_greet(5);
SELECT s32m_greet(5::int);
SELECT s32m_greet('bob', 'x'::text);
SELECT s32m_greet('bob', '2');
SELECT s32m_greet('bob', 2.0);
SELECT s32m_greet(who => 'al', n => 2);
SELECT s32m_greet(n => 2);
-- params: ["5"]
SELECT s32m_twice($1);
-- params: ["5"]
SELECT s32m_twice($1::text);
CALL s32m_log('hello', 1);
CALL s32m_log('hello', 'x'::text);
CALL s32m_log(1, 1);
CALL s32m_log('hello');
-- @must
SELECT abs('x'::text);
SELECT abs('-3');
SELECT length(42);
SELECT lower(42);
SELECT upper(true);
-- @must
SELECT round('1.5'::text);
-- @must
SELECT round(1.5, 'a'::text);
SELECT substr(12345, 2);
-- @must
SELECT sqrt('4'::text);
SELECT date_part('year', 'x'::text);
SELECT left(123, 1);
-- @must
SELECT repeat('a', '3'::text);
SELECT coalesce(1, 'a'::text);
SELECT greatest(1, 'a'::text);
SELECT s32m_nosuch(1);
-- @must
SELECT public.s32m_twice('x'::text);
SELECT 1 + 'a'::text;
SELECT 'a'::text - 1;

-- ALTER SCHEMA … RENAME TO of a schema holding types, views and functions
CREATE SCHEMA s32m_inv;
CREATE TYPE s32m_inv.state AS ENUM ('open', 'closed');
CREATE DOMAIN s32m_inv.qty AS int CHECK (VALUE >= 0);
CREATE TABLE s32m_inv.stock (id int PRIMARY KEY, name text, st s32m_inv.state NOT NULL DEFAULT 'open', q s32m_inv.qty);
INSERT INTO s32m_inv.stock VALUES (1, 'bolt', 'open', 5), (2, 'nut', 'closed', 0);
CREATE VIEW s32m_inv.open_stock AS SELECT id, name, q FROM s32m_inv.stock WHERE st = 'open';
CREATE FUNCTION s32m_inv.total() RETURNS bigint LANGUAGE sql AS 'SELECT sum(q) FROM s32m_inv.stock';
-- @must
SELECT * FROM s32m_inv.open_stock ORDER BY id;
ALTER SCHEMA s32m_inv RENAME TO s32m_inv2;
SELECT * FROM s32m_inv2.open_stock ORDER BY id;
SELECT id, name, st, q FROM s32m_inv2.stock ORDER BY id;
SELECT 'closed'::s32m_inv2.state;
SELECT 'open'::s32m_inv.state;
SELECT 5::s32m_inv2.qty, (-1)::s32m_inv2.qty;
INSERT INTO s32m_inv2.stock (id, name, q) VALUES (3, 'gear', 2);
INSERT INTO s32m_inv2.stock VALUES (4, 'cog', 'nope', 1);
INSERT INTO s32m_inv2.stock VALUES (5, 'cam', 'open', -1);
SELECT id, st FROM s32m_inv2.stock ORDER BY id;
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's32m_inv2.stock'::regclass AND attname IN ('st', 'q') ORDER BY attnum;
SELECT n.nspname, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname IN ('state', 'qty') AND n.nspname LIKE 's32m_inv%' ORDER BY 2;
SELECT s32m_inv2.total();
SELECT table_schema, table_name FROM information_schema.views WHERE table_schema LIKE 's32m_inv%';
ALTER SCHEMA s32m_inv2 RENAME TO s32m_inv;
SELECT * FROM s32m_inv.open_stock ORDER BY id;
SELECT 'closed'::s32m_inv.state;
CREATE SCHEMA s32m_plain;
CREATE TABLE s32m_plain.t (id int);
INSERT INTO s32m_plain.t VALUES (1);
-- @must
ALTER SCHEMA s32m_plain RENAME TO s32m_plain2;
-- @must
SELECT * FROM s32m_plain2.t;
-- @must
SELECT * FROM s32m_plain.t;
-- @must
ALTER SCHEMA s32m_plain2 RENAME TO public;
-- @must
ALTER SCHEMA s32m_plain2 RENAME TO pg_s32m;
DROP SCHEMA s32m_plain2 CASCADE;
DROP SCHEMA s32m_inv CASCADE;
DROP SCHEMA s32m_inv2 CASCADE;

-- money arrays and float8 -0
SELECT '{1,2}'::money[];
SELECT ARRAY['$3.25'::money];
SELECT array_agg(amount::money ORDER BY id) FROM s32m_sales WHERE id < 3;
CREATE TABLE s32m_wallet (id int PRIMARY KEY, coins money[]);
INSERT INTO s32m_wallet VALUES (1, '{1.5,2}');
SELECT * FROM s32m_wallet;
-- @must
SELECT '-0'::float8;
-- @must
SELECT -0.0::float8;
-- @must
SELECT '-0'::float4;
-- @must
SELECT (-0)::float8;
-- @must
SELECT 0::float8 * -1;
-- @must
SELECT '-0'::float8 = '0'::float8;
-- @must
SELECT '-0'::float8::text;
-- @must
SELECT '-0'::numeric;
SELECT ARRAY['-0'::float8, 1];
CREATE TABLE s32m_f (id int PRIMARY KEY, v float8, r real);
INSERT INTO s32m_f VALUES (1, '-0', '-0'), (2, 0, 0), (3, -1.5, -1.5);
SELECT id, v, r FROM s32m_f ORDER BY id;
SELECT id, -v FROM s32m_f ORDER BY id;
SELECT count(DISTINCT v) FROM s32m_f;
-- params: ["-0"]
SELECT $1::float8;

-- operators between arrays of different string types
-- @must
SELECT ARRAY['a']::varchar[] = ARRAY['a']::text[];
-- @must
SELECT ARRAY['a', 'b']::varchar[] @> ARRAY['a']::text[];
-- @must
SELECT ARRAY['a']::varchar[] && ARRAY['a']::text[];
SELECT ARRAY['a']::varchar[] || ARRAY['b']::text[];
SELECT ARRAY['a']::varchar[] = ARRAY['a']::varchar[];
-- @must
SELECT ARRAY['a']::text[] = ARRAY['a']::text[];
SELECT ARRAY['a']::varchar[]::text[] = ARRAY['a']::text[];
-- @must
SELECT ARRAY['a']::name[] = ARRAY['a']::text[];
-- @must
SELECT ARRAY['a']::char(1)[] = ARRAY['a']::text[];
SELECT ARRAY[1]::int[] = ARRAY[1]::bigint[];
SELECT ARRAY[1]::int[] = ARRAY['1']::text[];
SELECT ARRAY['a']::varchar[] = '{a}';
SELECT 'a'::varchar = ANY (ARRAY['a']::text[]);
CREATE TABLE s32m_tags (id int PRIMARY KEY, tags varchar(10)[]);
INSERT INTO s32m_tags VALUES (1, '{red,blue}'), (2, '{green}');
SELECT id FROM s32m_tags WHERE tags @> ARRAY['red'] ORDER BY id;
SELECT id FROM s32m_tags WHERE tags @> ARRAY['red']::text[] ORDER BY id;
SELECT id FROM s32m_tags WHERE tags @> ARRAY['red']::varchar[] ORDER BY id;
SELECT id FROM s32m_tags WHERE tags && '{green,x}' ORDER BY id;
-- params: ["{red}"]
SELECT id FROM s32m_tags WHERE tags @> $1 ORDER BY id;
-- params: ["{red}"]
SELECT id FROM s32m_tags WHERE tags @> $1::text[] ORDER BY id;

-- format_type and regtype of a type just created
CREATE TYPE s32m_color AS ENUM ('red', 'green');
-- @must
SELECT format_type('s32m_color'::regtype, NULL);
-- @must
SELECT 's32m_color'::regtype;
CREATE TYPE s32m_point2 AS (x int, y int);
-- @must
SELECT 's32m_point2'::regtype::text, format_type('s32m_point2'::regtype::oid, -1);
CREATE DOMAIN s32m_email AS text CHECK (VALUE LIKE '%@%');
-- @must
SELECT format_type('s32m_email'::regtype, NULL), 's32m_email[]'::regtype;
-- @must
SELECT pg_typeof('red'::s32m_color), pg_typeof('a@b'::s32m_email);
CREATE TYPE s32m_range AS RANGE (subtype = int4);
SELECT format_type('s32m_range'::regtype, NULL);
-- params: ["s32m_color"]
SELECT format_type($1::regtype, NULL);
ALTER TYPE s32m_color RENAME TO s32m_colour;
SELECT format_type('s32m_colour'::regtype, NULL);
SELECT 's32m_color'::regtype;
ALTER TYPE s32m_colour ADD VALUE 'blue';
SELECT enum_range(NULL::s32m_colour);

-- ALTER DATABASE / ALTER ROLE … SET and RESET; COMMENT ON DATABASE
CREATE DATABASE s32m_db;
-- @must
SELECT datname FROM pg_database WHERE datname = 's32m_db';
-- @must
ALTER DATABASE s32m_db SET work_mem = '8MB';
-- @must
ALTER DATABASE s32m_db SET search_path TO app, public;
-- @must
ALTER DATABASE s32m_db SET statement_timeout = 5000;
-- @must
ALTER DATABASE s32m_db SET TimeZone = 'Europe/Paris';
-- @must
SELECT s.setconfig FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = 's32m_db' AND s.setrole = 0;
-- @must
ALTER DATABASE s32m_db RESET statement_timeout;
-- @must
SELECT s.setconfig FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = 's32m_db';
-- @must
ALTER DATABASE s32m_db SET work_mem FROM CURRENT;
-- @must
SELECT unnest(s.setconfig) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = 's32m_db' ORDER BY 1;
-- @must
ALTER DATABASE s32m_db SET no_such_param = 1;
-- @must
ALTER DATABASE s32m_db SET work_mem = 'lots';
-- @must
ALTER DATABASE s32m_db SET search_path = DEFAULT;
-- @must
ALTER DATABASE s32m_db SET myapp.tenant = 'acme';
-- @must
SELECT unnest(s.setconfig) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = 's32m_db' ORDER BY 1;
-- @must
ALTER DATABASE s32m_db RESET ALL;
SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = 's32m_db';
-- @must
ALTER DATABASE s32m_nosuch SET work_mem = '8MB';
-- @must
ALTER DATABASE s32m_nosuch RESET ALL;
CREATE ROLE s32m_user LOGIN;
-- @must
ALTER ROLE s32m_user SET search_path = s32m_x, public;
-- @must
ALTER ROLE s32m_user SET work_mem TO '16MB';
-- @must
SELECT r.rolname, s.setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname = 's32m_user' AND s.setdatabase = 0;
ALTER ROLE s32m_user IN DATABASE s32m_db SET work_mem = '32MB';
SELECT d.datname, s.setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole JOIN pg_database d ON d.oid = s.setdatabase WHERE r.rolname = 's32m_user';
-- @must
SELECT rolname, rolconfig FROM pg_roles WHERE rolname = 's32m_user';
-- @must
ALTER USER s32m_user RESET work_mem;
-- @must
SELECT rolconfig FROM pg_roles WHERE rolname = 's32m_user';
-- @must
ALTER ROLE s32m_user RESET ALL;
SELECT rolconfig FROM pg_roles WHERE rolname = 's32m_user';
ALTER ROLE s32m_user IN DATABASE s32m_db RESET ALL;
-- @must
ALTER ROLE s32m_nosuch SET work_mem = '1MB';
-- @must
ALTER ROLE s32m_user SET no_such_param = 1;
-- @must
COMMENT ON DATABASE s32m_db IS 'reporting copy';
-- @must
SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 's32m_db';
-- @must
SELECT d.datname, pg_catalog.shobj_description(d.oid, 'pg_database') AS "Description" FROM pg_catalog.pg_database d WHERE d.datname = 's32m_db' ORDER BY 1;
-- @must
COMMENT ON DATABASE s32m_db IS NULL;
SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 's32m_db';
-- @must
COMMENT ON DATABASE s32m_nosuch IS 'x';
-- @must
COMMENT ON ROLE s32m_user IS 'app login';
-- @must
SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = 's32m_user';
-- @must
SELECT shobj_description(0, 'pg_database');
DROP ROLE s32m_user;
DROP DATABASE s32m_db;
-- @must
SELECT count(*) FROM pg_database WHERE datname = 's32m_db';
