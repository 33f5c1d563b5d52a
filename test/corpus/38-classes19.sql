-- The nineteenth session's sweep of issue 10's classes, written as an outside tester writes statements
-- and not run before it was written: exact numerics and display scale, float8 rounding and special
-- values, integer overflow, array and bytea concatenation, set-returning functions in lockstep,
-- ANY/ALL scoping, PRIMARY KEY NOT NULL, read-only transactions, DISTINCT aggregates, interval
-- arithmetic, ALTER COLUMN, CREATE TABLE AS, sequences and identity, arrays, set-returning functions
-- in FROM, data-modifying CTEs, DEFAULT and row-value SET, ON CONFLICT, jsonb, regexp and string
-- functions, bytea, math functions, grouping sets, ordered-set aggregates, RANGE frames, TimeZone and
-- the errors of each class, with NULLs, empties, negatives, zeros and huge values, some through the
-- extended protocol. Tables are prefixed c19_.

SET TimeZone = 'UTC';

-- exact numerics and display scale
SELECT 0.1::numeric + 0.2::numeric = 0.3::numeric;
SELECT 123456789012345678901234567890.123456789 + 0.000000001;
SELECT -99999999999999999999.99 - 0.01;
SELECT 1.10 * 3, 1.100 * 3.0, -0.50 * -0.50;
SELECT '0.000'::numeric, '-0.0'::numeric, '00012.3400'::numeric;
SELECT 7::numeric / 3, -7::numeric / 3, 1::numeric / 7.000;
SELECT 10.00 / 4, 2.0 / 3.0, 100::numeric / 0.3;
SELECT round(-2.5), round(-3.5), round(2.5), round(-0.5);
SELECT round(-2.355, 2), round(1234.5678, -2), round(0.0049, 2), round(-999.995, 2);
SELECT trunc(-2.759, 1), trunc(1234.5678, -3), trunc(-0.1);
SELECT ceil(-0.0001), floor(-0.0001), ceil(12.000), floor(-12.5);
SELECT 5.5 % 2, -5.5 % 2, 5 % -3, -5 % -3;
SELECT 2::numeric ^ 10, 2.0 ^ -2, (-8)::numeric ^ 3;
SELECT sqrt(2::numeric), sqrt(0.0001), sqrt(1e10::numeric);
SELECT 12345678901234567890::numeric * 98765432109876543210::numeric;
SELECT sum(x) FROM (VALUES (0.1), (0.2), (0.3), (NULL::numeric)) v(x);
SELECT avg(x), sum(x) FROM (VALUES (NULL::numeric)) v(x);
SELECT x FROM (VALUES (2.0), (10), (-1.5), (0.25)) v(x) ORDER BY x;
SELECT DISTINCT x FROM (VALUES (1.0), (1.00), (1)) v(x);
SELECT count(DISTINCT x) FROM (VALUES (1.0), (1.00), (1), (2)) v(x);
SELECT 'NaN'::numeric, 'NaN'::numeric = 'NaN'::numeric, 'NaN'::numeric > 1e100;
SELECT '12.345'::numeric(5,2), '-12.345'::numeric(5,2), '0.005'::numeric(3,2);
SELECT '999.995'::numeric(5,2);
SELECT 1.5::numeric(10,0), 2.5::numeric(10,0), -2.5::numeric(10,0);
SELECT '1.23'::numeric(5,4) * 2;
SELECT 0.999::numeric(3,3), -0.5::numeric(3,3);
SELECT numeric 'abc';
SELECT ''::numeric;
SELECT to_char(1234.5::numeric, '9G999D99'), 1234.5::numeric::int, (-1234.5)::numeric::int;
SELECT 2.5::numeric::int, 3.5::numeric::int, (-2.5)::numeric::bigint;
SELECT 32767.5::numeric::smallint;
SELECT 9223372036854775807.5::numeric::bigint;
CREATE TABLE c19_money (id int PRIMARY KEY, amt numeric, fixed numeric(8,3));
INSERT INTO c19_money VALUES (1, 1.20, 1.2), (2, -0.005, -0.0005), (3, 100, 99999.9994), (4, NULL, NULL), (5, 1e-10, 0);
SELECT id, amt, fixed FROM c19_money ORDER BY id;
SELECT id, amt * 2, fixed / 3 FROM c19_money ORDER BY id;
SELECT sum(amt), sum(fixed), avg(fixed) FROM c19_money;
SELECT id FROM c19_money WHERE amt = 1.2 ORDER BY id;
UPDATE c19_money SET amt = amt + 0.0001 WHERE id = 1 RETURNING amt;
INSERT INTO c19_money VALUES (6, 0, 100000);

-- float8 and float4
SELECT round(2.5::float8), round(3.5::float8), round(-2.5::float8), round(0.5::float8);
SELECT 2.5::float8::int, 3.5::float8::int, (-4.5)::float8::int, 4.5::float4::smallint;
SELECT 'NaN'::float8, 'Infinity'::float8, '-Infinity'::float8, 'inf'::float8;
SELECT 'NaN'::float8 = 'NaN'::float8, 'NaN'::float8 > 'Infinity'::float8;
SELECT 1::float8 / 0;
SELECT 0.0::float8 / 0;
SELECT 'Infinity'::float8::numeric;
SELECT 'NaN'::float8::numeric;
SELECT 'NaN'::float8::int;
SELECT x FROM (VALUES ('NaN'::float8), (1), ('-Infinity'), ('Infinity'), (-0.0)) v(x) ORDER BY x;
SELECT max(x), min(x) FROM (VALUES ('NaN'::float8), (1), ('Infinity')) v(x);
SELECT 1e308::float8 * 10;
SELECT 1e-320::float8, 1.0e-400::float8;
SELECT 1.23456789012::float4, 16777217::float4, 3.4e38::float4;
SELECT 3.5e38::float4;
SELECT 1::float4 / 3, (1::float4 / 3)::numeric;
SELECT ln(0::float8);
SELECT power(-8::float8, 1.0/3);
SELECT cbrt(-27::float8), cbrt(0.001), cbrt('Infinity'::float8);
SELECT trunc(-2.7::float8), ceil(-0.2::float8), floor('NaN'::float8);
SELECT sum(x), avg(x) FROM (VALUES (1e308::float8), (1e308)) v(x);

-- integer overflow
SELECT 2147483647 + 1;
SELECT (-2147483648)::int - 1;
SELECT (-2147483648)::int * -1;
SELECT 32767::smallint + 1::smallint;
SELECT (-32768)::smallint * -1::smallint;
SELECT 9223372036854775807::bigint + 1;
SELECT (-9223372036854775808)::bigint / -1;
SELECT abs(-2147483648::int);
SELECT 46341 * 46341;
SELECT 3037000500::bigint * 3037000500::bigint;
SELECT sum(x) FROM (VALUES (2147483647), (2147483647)) v(x);
SELECT sum(x) FROM (VALUES (9223372036854775807::bigint), (1)) v(x);
SELECT 5 / 0;
SELECT 5 % 0;
SELECT 5.0 / 0;
SELECT (-2147483648)::int % -1, (-9223372036854775808)::bigint % -1;
SELECT 2147483648::int;
SELECT '-32769'::smallint;
SELECT 1 << 31, 1::bigint << 63, -1 >> 1;
CREATE TABLE c19_cnt (id smallint PRIMARY KEY, n int);
INSERT INTO c19_cnt VALUES (32767, 2147483647);
UPDATE c19_cnt SET n = n + 1;
UPDATE c19_cnt SET id = id + 1;
SELECT n - 1, id - 1 FROM c19_cnt;

-- array || and bytea ||
SELECT ARRAY[1,2] || ARRAY[3], ARRAY[1] || 2, 0 || ARRAY[1,2];
SELECT ARRAY[[1,2]] || ARRAY[3,4];
SELECT ARRAY[[1,2],[3,4]] || ARRAY[[5,6]];
SELECT ARRAY[1,2] || ARRAY[[3,4]];
SELECT ARRAY[1,2] || NULL::int[], NULL::int[] || ARRAY[1], ARRAY[1,2] || NULL::int;
SELECT ARRAY[1.5, 2] || 3.25;
SELECT ARRAY[1,2] || ARRAY[1.5];
SELECT ARRAY[1,2] || ARRAY['a'];
SELECT '\x0102'::bytea || '\xff'::bytea, ''::bytea || '\x00'::bytea;
SELECT 'ab'::bytea || NULL::bytea;
SELECT array_length(ARRAY[1,2] || ARRAY[3,4,5], 1), cardinality(ARRAY[[1,2],[3,4]] || ARRAY[5,6]);

-- several set-returning functions in one select list
SELECT generate_series(1, 3) AS a, generate_series(10, 11) AS b;
SELECT unnest(ARRAY[1,2,3]), unnest(ARRAY['x']);
SELECT unnest(ARRAY[]::int[]), generate_series(1, 2);
SELECT 'k' AS k, unnest(ARRAY[NULL, 2, NULL]::int[]) AS u, generate_series(5, 1, -2) AS g;
SELECT count(*) FROM (SELECT generate_series(1, 4), generate_series(1, 6)) s;
SELECT generate_series(1, generate_series(1, 3));
SELECT unnest(ARRAY[1,2]) + unnest(ARRAY[10,20,30]);
SELECT jsonb_array_elements('[1, "a", null]'::jsonb), jsonb_object_keys('{"p": 1, "q": 2}'::jsonb);
SELECT id, unnest(ARRAY[id, -id]) FROM (VALUES (1), (2)) v(id) ORDER BY 1, 2;
SELECT generate_series(0.5, 2.0, 0.5);
SELECT generate_series(1, 10, 0);
SELECT generate_series('2024-02-27'::date, '2024-03-02'::date, '1 day'::interval);
SELECT generate_series('2024-01-31 00:00'::timestamp, '2024-05-01', '1 month');
SELECT generate_series('2024-03-10 00:00+00'::timestamptz, '2024-03-10 03:00+00', '90 minutes');

-- ANY / ALL with subqueries
CREATE TABLE c19_a (id int PRIMARY KEY, v int, tag text);
CREATE TABLE c19_b (id int PRIMARY KEY, v int, w int);
INSERT INTO c19_a VALUES (1, 10, 'x'), (2, 20, 'y'), (3, NULL, 'z'), (4, -5, NULL);
INSERT INTO c19_b VALUES (10, 1, 100), (20, 2, NULL), (30, 3, 300);
SELECT id FROM c19_a WHERE v = ANY (SELECT id FROM c19_b) ORDER BY id;
SELECT id FROM c19_a WHERE v > ALL (SELECT v FROM c19_b WHERE v < 3) ORDER BY id;
SELECT id FROM c19_a WHERE v < ALL (SELECT w FROM c19_b) ORDER BY id;
SELECT id FROM c19_a WHERE v <> ALL (SELECT id FROM c19_b WHERE false) ORDER BY id;
SELECT id, v = ANY (SELECT c19_b.v * 10 FROM c19_b) FROM c19_a ORDER BY id;
SELECT id, v > ALL (SELECT w FROM c19_b) FROM c19_a ORDER BY id;
SELECT id FROM c19_a a WHERE a.v = ANY (SELECT v * 10 FROM c19_b WHERE c19_b.id > a.id) ORDER BY id;
SELECT id FROM c19_a WHERE (id, v) = ANY (SELECT v, id FROM c19_b) ORDER BY id;
SELECT id FROM c19_a WHERE v = ANY (SELECT id, v FROM c19_b);
SELECT id FROM c19_a WHERE v = ANY (ARRAY[10, NULL]) ORDER BY id;
SELECT id FROM c19_a WHERE v <> ALL (ARRAY[10, NULL]) ORDER BY id;
SELECT 5 = ANY ('{}'::int[]), 5 = ALL ('{}'::int[]), NULL::int = ANY ('{1}'::int[]);

-- PRIMARY KEY columns are NOT NULL
CREATE TABLE c19_pk (code text PRIMARY KEY, n numeric);
INSERT INTO c19_pk VALUES (NULL, 1);
CREATE TABLE c19_pk2 (a varchar(5), b date, PRIMARY KEY (a, b));
INSERT INTO c19_pk2 VALUES ('k', NULL);
INSERT INTO c19_pk2 (b) VALUES ('2024-01-01');
CREATE TABLE c19_pk3 (u uuid PRIMARY KEY, f float8);
INSERT INTO c19_pk3 VALUES (NULL, 1);
INSERT INTO c19_pk VALUES ('a', 1), ('A', 2);
UPDATE c19_pk SET code = NULL WHERE code = 'a';
SELECT code, n FROM c19_pk ORDER BY code COLLATE "C";
SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = 'c19_pk2' ORDER BY ordinal_position;

-- read-only transactions and isolation levels
BEGIN READ ONLY;
SELECT count(*) FROM c19_a;
INSERT INTO c19_a VALUES (9, 9, 'r');
ROLLBACK;
BEGIN READ ONLY;
DELETE FROM c19_a;
ROLLBACK;
BEGIN READ ONLY;
CREATE TABLE c19_ro (x int);
ROLLBACK;
START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;
SHOW transaction_isolation;
SHOW transaction_read_only;
SELECT current_setting('transaction_isolation');
COMMIT;
BEGIN ISOLATION LEVEL SERIALIZABLE;
SHOW transaction_isolation;
COMMIT;
SHOW transaction_isolation;
BEGIN ISOLATION LEVEL READ COMMITTED READ WRITE;
SHOW transaction_isolation;
INSERT INTO c19_a VALUES (5, 50, 'w');
COMMIT;
BEGIN;
SET TRANSACTION READ ONLY;
INSERT INTO c19_a VALUES (6, 60, 'w');
ROLLBACK;
BEGIN READ ONLY;
SELECT id FROM c19_a WHERE id = 5;
COMMIT;

-- DISTINCT inside array_agg and jsonb_agg
SELECT array_agg(DISTINCT v) FROM (VALUES (3), (1), (3), (NULL), (2)) t(v);
SELECT array_agg(DISTINCT v ORDER BY v DESC) FROM (VALUES (3), (1), (3), (NULL)) t(v);
SELECT jsonb_agg(DISTINCT v) FROM (VALUES ('b'), ('a'), ('b')) t(v);
SELECT jsonb_agg(DISTINCT v) FROM (VALUES (1.50), (1.5), (2)) t(v);
SELECT array_agg(v) FROM (VALUES (1)) t(v) WHERE false;
SELECT jsonb_agg(v), json_agg(v), string_agg(v::text, ',') FROM (VALUES (1)) t(v) WHERE false;
SELECT coalesce(array_agg(v), '{}') FROM (VALUES (1)) t(v) WHERE v > 5;
SELECT tag, array_agg(DISTINCT v) FROM c19_a GROUP BY tag ORDER BY tag NULLS FIRST;
SELECT array_agg(DISTINCT v ORDER BY abs(v)) FROM c19_a;
SELECT array_agg(ARRAY[id, v]) FROM c19_a WHERE v IS NOT NULL;
SELECT string_agg(DISTINCT tag, '|' ORDER BY tag DESC) FROM c19_a;

-- interval arithmetic
SELECT sum(i), avg(i) FROM (VALUES ('1 day 2 hours'::interval), ('30 minutes'), ('-1 day'), (NULL)) v(i);
SELECT avg(i) FROM (VALUES ('1 month'::interval), ('1 day')) v(i);
SELECT sum(i) FROM (VALUES ('1 month 40 days'::interval), ('11 months 30 hours')) v(i);
SELECT avg(i) FROM (VALUES ('1 second'::interval), ('2 seconds'), ('2 seconds')) v(i);
SELECT '13:30'::time - '09:15:30'::time, '01:00'::time - '23:00'::time;
SELECT age('2024-03-01'::timestamp, '2024-01-31'::timestamp);
SELECT age('2024-02-29'::date, '2023-02-28'::date), age('2023-01-01'::timestamp, '2024-06-15 12:00');
SELECT age('2024-05-31 10:00'::timestamp, '2024-04-30 11:00'::timestamp);
SELECT date_trunc('hour', '3 days 04:35:10'::interval), date_trunc('month', '1 year 5 months 20 days'::interval);
SELECT date_trunc('day', '-1 day -02:00'::interval), date_trunc('year', '27 months'::interval);
SELECT date_trunc('week', '10 days'::interval);
SELECT '2024-03-01 10:00:00.123456'::timestamp(2), '2024-03-01 10:00:00.995'::timestamp(1), '23:59:59.999'::time(2);
SELECT '2024-12-31 23:59:59.9999'::timestamp(3), '2024-12-31 23:59:59.5'::timestamp(0);
SELECT '2024-03-01'::timestamp = '2024-03-01'::date, '2024-03-01 00:00:01'::timestamp > '2024-03-01'::date;
SELECT '1 day'::interval = '24 hours'::interval, '1 month'::interval = '30 days'::interval, '1 year'::interval > '360 days';
SELECT extract(epoch FROM '1 month 1 day'::interval), extract(hour FROM '-25 hours'::interval);
SELECT '1 day'::interval / 0;
SELECT make_interval(years => 1, days => -3, secs => 1.5);

-- substring from pattern
SELECT substring('order-4521-x' from '[0-9]+'), substring('abc' from 'z'), substring(NULL from 'a');
SELECT substring('key=val;k2=v2' from 'k2=([a-z0-9]+)'), substring('aXbXc' from '(X)(b)');
SELECT substring('foobar' from '%#"o_b#"%' for '#'), substring('foobar' similar '%#"o_b#"%' escape '#');
SELECT substring('hello' from 2 for -1);
SELECT substring('12ab34' from '\d+$'), substring('ABC' from '(?i)b');

-- ALTER COLUMN TYPE / SET DEFAULT / NOT NULL, ADD COLUMN UNIQUE / PK
CREATE TABLE c19_alt (id int, qty text, price numeric(6,2), note varchar(10));
INSERT INTO c19_alt VALUES (1, '10', 1.25, 'a'), (2, ' 7 ', 99.99, NULL), (3, NULL, NULL, 'c');
ALTER TABLE c19_alt ALTER COLUMN qty TYPE int USING qty::int;
SELECT id, qty, pg_typeof(qty) FROM c19_alt ORDER BY id;
ALTER TABLE c19_alt ALTER COLUMN price TYPE numeric(5,1);
SELECT id, price FROM c19_alt ORDER BY id;
ALTER TABLE c19_alt ALTER COLUMN price TYPE numeric(3,1);
ALTER TABLE c19_alt ALTER COLUMN note TYPE varchar(1);
ALTER TABLE c19_alt ALTER COLUMN note TYPE int;
ALTER TABLE c19_alt ALTER COLUMN note TYPE int USING length(note);
SELECT id, note FROM c19_alt ORDER BY id;
ALTER TABLE c19_alt ALTER COLUMN qty SET DEFAULT 5;
INSERT INTO c19_alt (id) VALUES (4);
ALTER TABLE c19_alt ALTER COLUMN qty DROP DEFAULT;
INSERT INTO c19_alt (id) VALUES (5);
SELECT id, qty FROM c19_alt ORDER BY id;
ALTER TABLE c19_alt ALTER COLUMN qty SET NOT NULL;
DELETE FROM c19_alt WHERE qty IS NULL;
ALTER TABLE c19_alt ALTER COLUMN qty SET NOT NULL;
INSERT INTO c19_alt (id, qty) VALUES (6, NULL);
ALTER TABLE c19_alt ALTER COLUMN qty DROP NOT NULL;
INSERT INTO c19_alt (id, qty) VALUES (6, NULL);
ALTER TABLE c19_alt ADD COLUMN code text UNIQUE;
UPDATE c19_alt SET code = 'same';
UPDATE c19_alt SET code = 'c' || id;
INSERT INTO c19_alt (id, code) VALUES (7, 'c1');
ALTER TABLE c19_alt ADD COLUMN pk int PRIMARY KEY;
ALTER TABLE c19_alt ADD PRIMARY KEY (id);
INSERT INTO c19_alt (id) VALUES (1);
ALTER TABLE c19_alt ALTER COLUMN id SET DEFAULT -1;
INSERT INTO c19_alt DEFAULT VALUES;
SELECT id, qty, price, note, code FROM c19_alt ORDER BY id;
ALTER TABLE c19_alt ALTER COLUMN nope SET DEFAULT 1;
ALTER TABLE c19_alt ALTER COLUMN price SET DEFAULT 'abc';
ALTER TABLE c19_alt ALTER COLUMN price TYPE text;
SELECT price || '!' FROM c19_alt WHERE id = 1;
CREATE TABLE c19_alt2 (id int PRIMARY KEY, ts text);
INSERT INTO c19_alt2 VALUES (1, '2024-02-29 10:00'), (2, 'garbage');
ALTER TABLE c19_alt2 ALTER COLUMN ts TYPE timestamp USING ts::timestamp;
ALTER TABLE c19_alt2 ALTER COLUMN ts TYPE date USING CASE WHEN ts ~ '^\d' THEN ts::date END;
SELECT id, ts FROM c19_alt2 ORDER BY id;
ALTER TABLE c19_alt2 ADD COLUMN n int NOT NULL DEFAULT 0, ADD COLUMN m int DEFAULT 7;
SELECT * FROM c19_alt2 ORDER BY id;

-- CREATE TABLE AS
CREATE TABLE c19_ctas AS SELECT id, v * 1.5 AS v15, tag FROM c19_a WHERE id < 4;
SELECT * FROM c19_ctas ORDER BY id;
SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'c19_ctas' ORDER BY ordinal_position;
CREATE TABLE c19_ctas2 (a, b) AS VALUES (1, 'one'), (2, 'two');
SELECT * FROM c19_ctas2 ORDER BY a;
CREATE TABLE c19_ctas3 AS SELECT * FROM c19_a WITH NO DATA;
CREATE TABLE c19_ctas AS SELECT 1;
CREATE TEMP TABLE c19_tctas AS SELECT generate_series(1, 3) AS g, 'x'::text AS s;
SELECT * FROM c19_tctas;
CREATE TABLE c19_ctas4 (a, b, c) AS SELECT 1, 2;
CREATE TABLE c19_ctas5 AS SELECT 1 AS a, 2 AS a;
SELECT * FROM c19_ctas2 JOIN c19_tctas ON a = g ORDER BY a;

-- sequences
CREATE SEQUENCE c19_s1;
SELECT nextval('c19_s1'), nextval('c19_s1'), currval('c19_s1');
CREATE SEQUENCE c19_s2 START 100 INCREMENT BY -7 MINVALUE 80 MAXVALUE 100;
SELECT nextval('c19_s2'), nextval('c19_s2'), nextval('c19_s2'), nextval('c19_s2');
SELECT nextval('c19_s2');
CREATE SEQUENCE c19_s3 MINVALUE 1 MAXVALUE 3 CYCLE;
SELECT nextval('c19_s3'), nextval('c19_s3'), nextval('c19_s3'), nextval('c19_s3');
CREATE SEQUENCE c19_s4;
SELECT currval('c19_s4');
SELECT setval('c19_s4', 50), nextval('c19_s4');
SELECT setval('c19_s4', 50, false), nextval('c19_s4'), lastval();
SELECT setval('c19_s4', 0);
SELECT setval('c19_s4', 9223372036854775807), nextval('c19_s4');
ALTER SEQUENCE c19_s4 RESTART WITH 10;
SELECT nextval('c19_s4');
ALTER SEQUENCE c19_s4 INCREMENT BY 5 MAXVALUE 30;
SELECT nextval('c19_s4'), nextval('c19_s4'), nextval('c19_s4');
SELECT nextval('c19_s4');
ALTER SEQUENCE c19_s4 RESTART;
SELECT nextval('c19_s4');
SELECT nextval('c19_nope');
CREATE SEQUENCE c19_s5 AS smallint START 32766;
SELECT nextval('c19_s5'), nextval('c19_s5');
SELECT nextval('c19_s5');
CREATE SEQUENCE c19_s6 START 0;
CREATE SEQUENCE c19_s6 START 5 MINVALUE 10;
CREATE SEQUENCE c19_s7 INCREMENT 0;
SELECT last_value, is_called FROM c19_s1;
SELECT sequencename, start_value, increment_by, max_value, cycle FROM pg_sequences WHERE sequencename LIKE 'c19_s%' ORDER BY 1;
DROP SEQUENCE c19_s1;
SELECT currval('c19_s1');
DROP SEQUENCE IF EXISTS c19_s1, c19_s3;
CREATE TABLE c19_ser (id serial PRIMARY KEY, big bigserial, v text);
INSERT INTO c19_ser (v) VALUES ('a') RETURNING id, big;
INSERT INTO c19_ser (id, v) VALUES (10, 'b');
INSERT INTO c19_ser (v) VALUES ('c') RETURNING id;
SELECT pg_get_serial_sequence('c19_ser', 'id'), pg_get_serial_sequence('c19_ser', 'big'), pg_get_serial_sequence('c19_ser', 'v');
SELECT currval(pg_get_serial_sequence('c19_ser', 'id'));
SELECT setval(pg_get_serial_sequence('c19_ser', 'id'), (SELECT max(id) FROM c19_ser));
INSERT INTO c19_ser (v) VALUES ('d') RETURNING id;
CREATE TABLE c19_idn (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 10), v text);
INSERT INTO c19_idn (v) VALUES ('p'), ('q') RETURNING id;
INSERT INTO c19_idn (id, v) VALUES (1, 'r');
INSERT INTO c19_idn (id, v) OVERRIDING SYSTEM VALUE VALUES (1, 'r');
INSERT INTO c19_idn (v) VALUES ('s') RETURNING id;
UPDATE c19_idn SET id = 5 WHERE v = 'p';
UPDATE c19_idn SET id = DEFAULT WHERE v = 'r' RETURNING id;
CREATE TABLE c19_idd (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text);
INSERT INTO c19_idd (id, v) VALUES (1, 'x');
INSERT INTO c19_idd (v) VALUES ('y');
INSERT INTO c19_idd (v) VALUES ('z') RETURNING id;
SELECT pg_get_serial_sequence('c19_idd', 'id'), pg_get_serial_sequence('c19_idn', 'id');
ALTER TABLE c19_idd ALTER COLUMN id RESTART WITH 50;
INSERT INTO c19_idd (v) VALUES ('w') RETURNING id;
INSERT INTO c19_idd (id, v) VALUES (NULL, 'n');
SELECT * FROM c19_idd ORDER BY id;
TRUNCATE c19_idd RESTART IDENTITY;
INSERT INTO c19_idd (v) VALUES ('after') RETURNING id;

-- arrays
SELECT ARRAY[1,2,3] && ARRAY[3,4], ARRAY[1,2] && ARRAY[]::int[], ARRAY[NULL::int] && ARRAY[NULL::int];
SELECT ARRAY[1,2,2] @> ARRAY[2,2,2], ARRAY[]::int[] <@ ARRAY[1], ARRAY[1,NULL] @> ARRAY[NULL::int];
SELECT ARRAY[[1,2],[3,4]] @> ARRAY[4], ARRAY['a','b'] <@ ARRAY['b','a','c'];
SELECT (ARRAY[10,20,30,40])[2:3], (ARRAY[10,20,30,40])[:2], (ARRAY[10,20,30,40])[3:];
SELECT (ARRAY[10,20,30])[0], (ARRAY[10,20,30])[4], (ARRAY[10,20,30])[-1:1], (ARRAY[10,20,30])[3:2];
SELECT (ARRAY[[1,2,3],[4,5,6]])[2][3], (ARRAY[[1,2,3],[4,5,6]])[1:2][2:3], (ARRAY[[1,2,3],[4,5,6]])[2];
SELECT (ARRAY[[1,2],[3,4]])[1:1], ('{{a,b},{c,d}}'::text[])[2][1];
SELECT ('[0:2]={7,8,9}'::int[])[0], array_lower('[0:2]={7,8,9}'::int[], 1), '[0:2]={7,8,9}'::int[];
CREATE TABLE c19_arr (id int PRIMARY KEY, a int[], t text[], m int[][]);
INSERT INTO c19_arr VALUES (1, '{1,2,3}', '{x,y}', '{{1,2},{3,4}}'), (2, '{}', '{}', NULL), (3, NULL, '{NULL,"q r"}', '{{0}}');
UPDATE c19_arr SET a[2] = 20 WHERE id = 1;
UPDATE c19_arr SET a[5] = 50 WHERE id = 1;
UPDATE c19_arr SET a[1] = 1 WHERE id = 2;
UPDATE c19_arr SET a[1] = 1 WHERE id = 3;
UPDATE c19_arr SET m[2][1] = 30 WHERE id = 1;
UPDATE c19_arr SET t[0] = 'zero' WHERE id = 1;
UPDATE c19_arr SET a[2:3] = ARRAY[-2,-3] WHERE id = 1;
SELECT id, a, t, m FROM c19_arr ORDER BY id;
SELECT id, cardinality(a), array_length(a, 1), array_ndims(m), array_dims(m), array_dims(t) FROM c19_arr ORDER BY id;
SELECT array_append(ARRAY[1], NULL), array_prepend(0, ARRAY[]::int[]), array_cat(NULL::int[], ARRAY[1]);
SELECT array_remove(ARRAY[1,NULL,1,2], 1), array_remove(ARRAY[1,NULL,2], NULL), array_replace(ARRAY[1,2,1], 1, 9);
SELECT array_remove(ARRAY[[1,2],[1,3]], 1);
SELECT array_position(ARRAY['a','b','a'], 'a'), array_position(ARRAY['a','b','a'], 'a', 2), array_position(ARRAY[1,2], 3);
SELECT array_positions(ARRAY[1,2,1,NULL], 1), array_positions(ARRAY[1,NULL], NULL), array_position(ARRAY[1,NULL], NULL);
SELECT array_fill(7, ARRAY[2,3]), array_fill('x'::text, ARRAY[2], ARRAY[0]), array_fill(0, ARRAY[0]);
SELECT string_to_array('a,b,,c', ','), string_to_array('a,b,,c', ',', ''), string_to_array('abc', NULL), string_to_array('', ',');
SELECT ARRAY[1,2] = '{1,2}', ARRAY[1,2] < ARRAY[1,3], ARRAY[1,2] < ARRAY[1,2,0], ARRAY[2] > ARRAY[1,9];
SELECT '{1,2,3}'::int[] = ARRAY[1,2,3]::bigint[];
SELECT ARRAY[1,2]::text[], ARRAY['1','2']::int[], '{1.5,2}'::numeric[] , '{{1,2},{3,4}}'::float8[];
SELECT '{1,2'::int[];
SELECT '{{1,2},{3}}'::int[];
SELECT '{a,b}'::int[];
SELECT '{"a,b","c\"d",NULL,"NULL"}'::text[];
SELECT array_to_string('{"a,b","c\"d",NULL,"NULL"}'::text[], '|', 'nil');
SELECT ARRAY[ARRAY[1,2], ARRAY[3]];
SELECT ARRAY(SELECT v FROM c19_a WHERE v IS NOT NULL ORDER BY v DESC);
SELECT id FROM c19_arr WHERE a && '{20,50}' ORDER BY id;
SELECT id FROM c19_arr WHERE t @> ARRAY['y'] ORDER BY id;
SELECT id FROM c19_arr WHERE 3 = ANY (a) OR -3 = ANY (a) ORDER BY id;
SELECT unnest('{{1,2},{3,4}}'::int[]);
SELECT trim_array(ARRAY[1,2,3,4], 2), trim_array(ARRAY[1], 1);
SELECT trim_array(ARRAY[1], 2);

-- set-returning functions in FROM
SELECT * FROM jsonb_each('{"a": 1, "b": [1,2], "c": null}'::jsonb) ORDER BY key;
SELECT key, value FROM jsonb_each_text('{"n": 1.50, "s": "str", "z": null, "o": {"p": 1}}') ORDER BY key;
SELECT * FROM jsonb_each('[]'::jsonb);
SELECT value FROM jsonb_array_elements('[1, [2, 3], {"x": 4}, null, "s"]');
SELECT value, pg_typeof(value) FROM jsonb_array_elements_text('[1, "two", null, true]');
SELECT * FROM jsonb_array_elements('{"a": 1}');
SELECT * FROM unnest(ARRAY[1,2,3], ARRAY['a','b']) AS u(n, s);
SELECT * FROM unnest(ARRAY[]::int[], ARRAY['x']) AS u(n, s);
SELECT * FROM unnest(ARRAY['p','q']) WITH ORDINALITY AS u(v, i);
SELECT * FROM unnest(ARRAY[10,20], ARRAY[1.5]) WITH ORDINALITY;
SELECT * FROM generate_series(5, 15, 5) WITH ORDINALITY AS g(v, n) WHERE n > 1;
SELECT * FROM jsonb_array_elements('["x","y"]') WITH ORDINALITY AS e(val, idx);
SELECT a.id, u.x FROM c19_arr a, unnest(a.a) AS u(x) ORDER BY a.id, u.x;
SELECT a.id, u.x, u.n FROM c19_arr a LEFT JOIN LATERAL unnest(a.a) WITH ORDINALITY AS u(x, n) ON true ORDER BY a.id, u.n;
SELECT a.id, l.s FROM c19_a a, LATERAL (SELECT sum(w) AS s FROM c19_b b WHERE b.v < a.id) l ORDER BY a.id;
SELECT a.id, l.w FROM c19_a a CROSS JOIN LATERAL (SELECT w FROM c19_b b WHERE b.v <= a.id ORDER BY w DESC NULLS LAST LIMIT 1) l ORDER BY a.id;
SELECT a.id, l.w FROM c19_a a LEFT JOIN LATERAL (SELECT w FROM c19_b b WHERE b.v = a.id AND w IS NOT NULL) l ON true ORDER BY a.id;
SELECT l.id, l.x, sum(l.x) OVER (PARTITION BY l.id ORDER BY l.x) FROM (SELECT a.id, u.x FROM c19_arr a, LATERAL unnest(a.a) u(x)) l ORDER BY l.id, l.x;
SELECT a.id, x, row_number() OVER (ORDER BY x DESC) FROM c19_arr a, LATERAL unnest(a.a) x WHERE a.id = 1 ORDER BY x;
SELECT g, s FROM generate_series(1, 3) g, LATERAL generate_series(g, 3) s ORDER BY g, s;
SELECT g, e FROM generate_series(1, 2) g, jsonb_array_elements(jsonb_build_array(g, g * 2)) e ORDER BY g, e;
SELECT * FROM (SELECT 1 AS x) s, LATERAL (SELECT x + 1 AS y) t, LATERAL (SELECT y * 10 AS z) u;
SELECT * FROM c19_a a, (SELECT a.id) s;
SELECT k, v FROM jsonb_to_record('{"k": 3, "v": "x"}') AS r(k int, v text);
SELECT * FROM jsonb_to_recordset('[{"a": 1, "b": "x"}, {"a": 2}]') AS r(a int, b text);
SELECT * FROM jsonb_populate_recordset(NULL::c19_b, '[{"id": 1, "v": 2}, {"w": 3}]');

-- data-modifying CTEs
CREATE TABLE c19_src (id int PRIMARY KEY, v numeric);
CREATE TABLE c19_dst (id int PRIMARY KEY, v numeric, moved_at int DEFAULT 0);
INSERT INTO c19_src SELECT g, g * 1.25 FROM generate_series(1, 6) g;
WITH d AS (DELETE FROM c19_src WHERE id % 2 = 0 RETURNING *) INSERT INTO c19_dst (id, v) SELECT * FROM d;
SELECT * FROM c19_dst ORDER BY id;
WITH u AS (UPDATE c19_src SET v = v * -1 WHERE id > 2 RETURNING id, v) SELECT count(*), sum(v) FROM u;
WITH i AS (INSERT INTO c19_src VALUES (7, 0), (8, NULL) RETURNING id) SELECT array_agg(id ORDER BY id) FROM i;
WITH d AS (DELETE FROM c19_src WHERE v IS NULL RETURNING id), u AS (UPDATE c19_dst SET moved_at = 1 WHERE id IN (SELECT id FROM d) RETURNING id) SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM u);
WITH s AS (SELECT id, v FROM c19_src WHERE v < 0) UPDATE c19_dst d SET v = s.v FROM s WHERE d.id = s.id + 1 RETURNING d.id, d.v;
WITH n AS (SELECT g AS id, g * 10 AS v FROM generate_series(4, 12, 4) g) INSERT INTO c19_dst (id, v) SELECT id, v FROM n ON CONFLICT (id) DO UPDATE SET v = excluded.v + c19_dst.v RETURNING id, v;
WITH e AS (SELECT (jsonb_each_text('{"20": "2.5", "4": "-1"}')).*) INSERT INTO c19_dst (id, v) SELECT key::int, value::numeric FROM e ON CONFLICT (id) DO UPDATE SET v = excluded.v RETURNING id, v;
SELECT * FROM c19_dst ORDER BY id;
WITH d AS (DELETE FROM c19_dst RETURNING *) SELECT count(*) FROM d WHERE moved_at = 1;
SELECT count(*) FROM c19_dst;
WITH x AS (INSERT INTO c19_dst VALUES (1, 1) RETURNING *) SELECT * FROM c19_dst;
SELECT * FROM c19_dst;
WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 4) INSERT INTO c19_dst (id, v) SELECT n + 100, n FROM r RETURNING id;

-- DEFAULT in VALUES, SET (a, b) = (...), ON CONFLICT
CREATE TABLE c19_def (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n int DEFAULT 42, s text DEFAULT 'dflt', t timestamp DEFAULT '2024-01-01');
INSERT INTO c19_def VALUES (DEFAULT, DEFAULT, 'given', DEFAULT), (10, 1, DEFAULT, NULL);
INSERT INTO c19_def (n, s) VALUES (DEFAULT, DEFAULT), (7, DEFAULT);
INSERT INTO c19_def VALUES (DEFAULT);
SELECT * FROM c19_def ORDER BY id;
UPDATE c19_def SET n = DEFAULT, s = upper(s) WHERE id = 10 RETURNING *;
UPDATE c19_def SET (n, s) = (n * 2, s || '!') WHERE id = 1 RETURNING n, s;
UPDATE c19_def SET (n, s) = (SELECT max(v), max(tag) FROM c19_a) WHERE id = 2 RETURNING n, s;
UPDATE c19_def SET (n, s) = (SELECT v, tag FROM c19_a WHERE id = 99) WHERE id = 3 RETURNING n, s;
UPDATE c19_def SET (n, s) = (SELECT v, tag FROM c19_a) WHERE id = 3;
UPDATE c19_def SET (n, s) = (1);
UPDATE c19_def SET (n, s) = (1, 2, 3);
UPDATE c19_def SET (n) = ROW(5) WHERE id = 3 RETURNING n;
UPDATE c19_def SET (n, t) = (DEFAULT, DEFAULT) WHERE id = 10 RETURNING n, t;
CREATE TABLE c19_up (k text, g int, v int, CONSTRAINT c19_up_kg UNIQUE (k, g));
INSERT INTO c19_up VALUES ('a', 1, 10), ('b', 1, 20);
INSERT INTO c19_up VALUES ('a', 1, 11) ON CONFLICT ON CONSTRAINT c19_up_kg DO UPDATE SET v = c19_up.v + excluded.v RETURNING *;
INSERT INTO c19_up VALUES ('a', 1, 12) ON CONFLICT ON CONSTRAINT c19_up_kg DO NOTHING RETURNING *;
INSERT INTO c19_up VALUES ('a', 1, 12) ON CONFLICT ON CONSTRAINT c19_nope DO NOTHING;
INSERT INTO c19_up VALUES ('c', 1, 1), ('c', 1, 2) ON CONFLICT (k, g) DO UPDATE SET v = excluded.v;
INSERT INTO c19_up VALUES ('c', 1, 1), ('c', 1, 2) ON CONFLICT (k, g) DO NOTHING;
SELECT * FROM c19_up ORDER BY k, g;
INSERT INTO c19_up VALUES ('a', 1, 0) ON CONFLICT DO UPDATE SET v = 0;
INSERT INTO c19_up VALUES ('a', 1, 0) ON CONFLICT (v) DO NOTHING;
INSERT INTO c19_up VALUES ('a', 1, 0) ON CONFLICT DO NOTHING;
INSERT INTO c19_up VALUES ('a', 1, 5) ON CONFLICT (k, g) DO UPDATE SET v = excluded.v WHERE c19_up.v < 0 RETURNING v;
INSERT INTO c19_up VALUES (NULL, 1, 5), (NULL, 1, 6) ON CONFLICT (k, g) DO UPDATE SET v = 0 RETURNING k, v;
INSERT INTO c19_up AS u VALUES ('b', 1, 3) ON CONFLICT (g, k) DO UPDATE SET v = u.v * excluded.v RETURNING u.v;
ALTER TABLE c19_up DROP CONSTRAINT c19_up_kg;
INSERT INTO c19_up VALUES ('a', 1, 1) ON CONFLICT ON CONSTRAINT c19_up_kg DO NOTHING;
CREATE TABLE c19_fk (id int PRIMARY KEY, a_id int REFERENCES c19_a (id), b_id int REFERENCES c19_b);
ALTER TABLE c19_fk DROP CONSTRAINT c19_fk_a_id_fkey;
INSERT INTO c19_fk VALUES (1, 999, NULL);
INSERT INTO c19_fk VALUES (2, NULL, 999);
ALTER TABLE c19_fk DROP CONSTRAINT c19_fk_pkey;
INSERT INTO c19_fk VALUES (1, 1, NULL);
SELECT count(*) FROM c19_fk;

-- 21000: more than one row
SELECT (SELECT v FROM c19_a);
SELECT id FROM c19_a WHERE v = (SELECT v FROM c19_b);
UPDATE c19_a SET v = (SELECT w FROM c19_b) WHERE id = 1;
SELECT id, (SELECT w FROM c19_b WHERE c19_b.v = c19_a.id) FROM c19_a ORDER BY id;
SELECT (SELECT unnest(ARRAY[1,2]));

-- jsonb operators and functions
SELECT '{"a": 1, "b": 2}'::jsonb ?| ARRAY['b', 'z'], '{"a": 1}'::jsonb ?| ARRAY[]::text[], '["a", "b"]'::jsonb ?& ARRAY['a', 'b'];
SELECT '{"a": 1}'::jsonb ?& ARRAY['a', 'c'], '{"a": 1}'::jsonb ?& ARRAY[]::text[], '"a"'::jsonb ? 'a';
SELECT '{"a": {"b": [1, 2, 3]}}'::jsonb #- '{a,b,1}', '{"a": 1}'::jsonb #- '{x,y}', '[1, 2]'::jsonb #- '{-1}';
SELECT jsonb_insert('[1, 2, 3]', '{1}', '"x"'), jsonb_insert('[1, 2, 3]', '{1}', '"x"', true), jsonb_insert('[1]', '{-1}', '0');
SELECT jsonb_insert('{"a": {"b": 1}}', '{a,c}', '2'), jsonb_insert('{"a": []}', '{a,0}', '"new"');
SELECT jsonb_insert('{"a": 1}', '{a}', '2');
SELECT row_to_json(r) FROM (SELECT 1 AS a, 'x'::text AS b, NULL::int AS c, 1.50 AS d) r;
SELECT row_to_json(c19_a) FROM c19_a ORDER BY id;
SELECT to_jsonb(c19_b) FROM c19_b ORDER BY id;
SELECT to_jsonb(r) FROM (SELECT 1.0 AS n, '2024-01-02'::date AS d, '2024-01-02 03:04'::timestamp AS ts, true AS b) r;
SELECT array_to_json(ARRAY[1, NULL, 3]), array_to_json(ARRAY['a"b']), array_to_json('{}'::int[]), array_to_json(ARRAY[[1],[2]]);
SELECT array_to_json(ARRAY[1.5, 2], true);
SELECT jsonb_path_query('{"a": [1, 5, 10]}', '$.a[*] ? (@ > 3)');
SELECT jsonb_path_query_array('{"items": [{"p": 2}, {"p": -1}, {"q": 3}]}', '$.items[*].p');
SELECT jsonb_path_exists('{"a": {"b": null}}', '$.a.b'), '{"x": 5}'::jsonb @? '$.x ? (@ < 2)', '{"x": 5}'::jsonb @@ '$.x == 5';
SELECT jsonb_path_match('{"n": 3}', '$.n > 2'), '[1,2]'::jsonb @@ '$[*] > 1';
SELECT jsonb_path_query('{"a": 1}', 'strict $.b');
SELECT jsonb_path_query('[1, 2, 3]', '$[*] ? (@ >= $min)', '{"min": 2}');
SELECT jsonb_path_query('{"s": "abc"}', '$.s.size()'), jsonb_path_query('[1,2,3]', '$.size()'), jsonb_path_query('{"n": -2.5}', '$.n.abs()');
SELECT '{"a": 1}'::jsonb || '{"a": 2, "b": 3}', '[1]'::jsonb || '2'::jsonb, '{"a": 1}'::jsonb || '[1]'::jsonb;
SELECT '{"a": 1, "b": 2}'::jsonb - 'a', '{"a": 1, "b": 2}'::jsonb - ARRAY['a', 'b'], '["a", "b", "a"]'::jsonb - 'a', '[1, 2, 3]'::jsonb - 0;
SELECT '{"a": {"b": 1}}'::jsonb @> '{"a": {}}', '[1, [2, 3]]'::jsonb @> '[[3]]', '[1, 2]'::jsonb <@ '[2, 1, 1]';
SELECT jsonb_set('{"a": [1, 2]}', '{a,5}', '9'), jsonb_set('{"a": 1}', '{b,c}', '1'), jsonb_set('{"a": 1}', '{b}', '2', false);
SELECT jsonb_set_lax('{"a": 1}', '{a}', NULL, true, 'delete_key'), jsonb_set_lax('{"a": 1}', '{a}', NULL);
SELECT jsonb_strip_nulls('{"a": null, "b": {"c": null, "d": 1}, "e": [null]}');
SELECT '1.50'::jsonb, '{"b": 1, "a": 2, "b": 3}'::jsonb, '[1e2, 0.10, -0]'::jsonb;
SELECT ('{"n": 1.50}'::jsonb ->> 'n')::numeric * 2, ('{"n": 1.50}'::jsonb -> 'n')::numeric;
SELECT jsonb_build_object('a', 1.50, 'b', NULL, 'c', ARRAY[1,2]), jsonb_build_array(1, 'a', NULL, '{"x":1}'::jsonb);
SELECT jsonb_build_object('a');
SELECT jsonb_object_agg(k, v) FROM (VALUES ('x', 1), ('y', NULL), ('x', 3)) t(k, v);

-- regular expressions, overlay, LIKE ESCAPE, format
SELECT regexp_match('abc123def45', '\d+'), regexp_match('abc', '(x)?(b)'), regexp_match('abc', 'z');
SELECT regexp_matches('a1b22c333', '\d+', 'g');
SELECT regexp_matches('k1=v1,k2=v2', '(\w+)=(\w+)', 'g');
SELECT regexp_matches('aaa', 'a*?', 'g');
SELECT regexp_split_to_array('a1b2c3', '\d'), regexp_split_to_array('', ','), regexp_split_to_array('abc', '');
SELECT regexp_split_to_array('A-b_C', '[-_]', 'i'), regexp_split_to_array(NULL, ',');
SELECT regexp_replace('2024-03-15', '(\d+)-(\d+)-(\d+)', '\3/\2/\1'), regexp_replace('aAaA', 'a', 'x', 'gi'), regexp_replace('abc', 'b', '\\');
SELECT regexp_replace('hello world', 'o', '0'), regexp_replace('hello world', 'o', '0', 'g'), regexp_replace('x', '(', 'y');
SELECT regexp_count('abcabc', 'b'), regexp_instr('abcabc', 'c', 1, 2), regexp_substr('abc123', '\d{2}');
SELECT overlay('abcdef' placing 'XY' from 3), overlay('abcdef' placing 'XY' from 3 for 0), overlay('abc' placing 'XYZW' from 2 for 1);
SELECT overlay('abc' placing '' from 1 for 10), overlay('abc' placing 'Q' from 5);
SELECT overlay('\x010203'::bytea placing '\xff'::bytea from 2 for 1);
SELECT 'a%b' LIKE 'a!%b' ESCAPE '!', 'axb' LIKE 'a!%b' ESCAPE '!', '100%' LIKE '100\%', '100x' LIKE '100\%';
SELECT 'ab' LIKE 'a' ESCAPE 'xy';
SELECT 'AbC' ILIKE 'a%c', 'AbC' ~~ 'A%', 'AbC' !~~ 'a%', 'AbC' ~~* 'a%', 'AbC' !~~* 'a%';
SELECT format('[%5s|%-5s|%s]', 'ab', 'cd', NULL), format('%3$s %1$s %2$s', 'a', 'b', 'c');
SELECT format('%-10s|', 123), format('%*s|', 6, 'r'), format('%-*s|', 4, 'l'), format('%*s|', -6, 'n');
SELECT format('%I.%I', 'My Table', 'col'), format('%L, %L', 'it''s', NULL), format('%%');
SELECT format('%s %s', 'only');
SELECT format('%1$s %1$L', 'q'), format('%2$s', 'a', 'b'), format(NULL), format('%s', ARRAY[1,2]);

-- bytea
SELECT get_byte('\x0aff10'::bytea, 1), get_byte('abc'::bytea, 0), set_byte('\x000000'::bytea, 2, 255);
SELECT get_byte('\x01'::bytea, 1);
SELECT set_byte('\x01'::bytea, 0, 256);
SELECT sha256(''::bytea), sha256('abc'::bytea), md5('abc'::bytea), md5('');
SELECT convert_from('\x68c3a96c6c6f'::bytea, 'UTF8'), convert_to('héllo', 'UTF8'), convert_to('', 'UTF8');
SELECT convert_from('\xff'::bytea, 'UTF8');
SELECT convert_from('\xe9'::bytea, 'LATIN1'), convert_to('é', 'LATIN1');
SELECT encode('\x00ff'::bytea, 'hex'), encode('hi there'::bytea, 'base64'), encode('a\000b'::bytea, 'escape'), decode('aGk=', 'base64');
SELECT decode('zz', 'hex');

-- math functions
SELECT div(7, 2), div(-7, 2), div(7.5, -2), div(0, 5), mod(-7, 2), mod(7.5, 2);
SELECT div(1, 0);
SELECT gcd(12, 18), gcd(-12, 18), gcd(0, 0), gcd(0, -5), gcd(1.5, 0.25), lcm(4, 6), lcm(-4, 6), lcm(0, 5), lcm(1.5, 0.4);
SELECT gcd(-2147483648, 0);
SELECT lcm(2147483647, 2147483646);
SELECT width_bucket(5.35, 0.024, 10.06, 5), width_bucket(-1, 0, 10, 5), width_bucket(10, 0, 10, 5), width_bucket(3, 10, 0, 5);
SELECT width_bucket(5, 0, 10, 0);
SELECT width_bucket(7, ARRAY[1, 5, 10]), width_bucket(0, ARRAY[1, 5, 10]), width_bucket(10, ARRAY[1, 5, 10]);
SELECT scale(1.500), scale(0), scale(-1e-5), scale(NULL::numeric), scale(100::numeric);
SELECT trim_scale(1.500), trim_scale(-0.000), trim_scale(100.0), trim_scale(1e10::numeric);
SELECT min_scale(1.500), min_scale(0.0), min_scale(-12.30405), min_scale(100);
SELECT log(2, 8), log(10, 0.001), log(2.0, 1024), log(8::numeric), log(0.5, 4);
SELECT log(-2, 8);
SELECT factorial(0), factorial(20), 5 !;

-- GROUPING SETS, ROLLUP, CUBE
CREATE TABLE c19_sales (region text, product text, yr int, amt numeric(8,2));
INSERT INTO c19_sales VALUES ('n', 'p1', 2023, 10.50), ('n', 'p2', 2023, 5), ('s', 'p1', 2023, -2.25), ('s', 'p1', 2024, 7.75), (NULL, 'p2', 2024, 1), ('n', 'p1', 2024, NULL);
SELECT region, product, sum(amt), count(*) FROM c19_sales GROUP BY ROLLUP (region, product) ORDER BY region NULLS LAST, product NULLS LAST;
SELECT region, yr, sum(amt), grouping(region, yr) FROM c19_sales GROUP BY CUBE (region, yr) ORDER BY grouping(region, yr), region NULLS FIRST, yr NULLS FIRST;
SELECT region, product, yr, count(*) FROM c19_sales GROUP BY GROUPING SETS ((region), (product, yr), ()) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST, grouping(region);
SELECT product, sum(amt) FROM c19_sales GROUP BY GROUPING SETS (product, product) ORDER BY 1;
SELECT region, sum(amt) FROM c19_sales GROUP BY ROLLUP (region) HAVING sum(amt) > 5 ORDER BY 1 NULLS LAST;
SELECT coalesce(region, 'ALL') AS r, grouping(region) AS g, max(amt) FROM c19_sales GROUP BY ROLLUP (region) ORDER BY g, r;
SELECT yr, region, sum(amt) FROM c19_sales GROUP BY yr, ROLLUP (region) ORDER BY yr, grouping(region), region;
SELECT region, product, count(*) FROM c19_sales GROUP BY ROLLUP ((region, product)) ORDER BY 1 NULLS LAST, 2 NULLS LAST;
SELECT region, sum(amt), rank() OVER (ORDER BY sum(amt) DESC NULLS LAST) FROM c19_sales GROUP BY ROLLUP (region) ORDER BY 3, 1;
SELECT grouping(amt) FROM c19_sales GROUP BY region;
SELECT region, product FROM c19_sales GROUP BY ROLLUP (region);

-- ordered-set aggregates
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amt), percentile_disc(0.5) WITHIN GROUP (ORDER BY amt) FROM c19_sales;
SELECT percentile_cont(ARRAY[0, 0.25, 1]) WITHIN GROUP (ORDER BY x) FROM generate_series(1, 4) x;
SELECT percentile_disc(ARRAY[0.1, 0.9]) WITHIN GROUP (ORDER BY x DESC) FROM generate_series(1, 10) x;
SELECT mode() WITHIN GROUP (ORDER BY product), mode() WITHIN GROUP (ORDER BY yr DESC) FROM c19_sales;
SELECT region, percentile_cont(0.5) WITHIN GROUP (ORDER BY amt) FROM c19_sales GROUP BY region ORDER BY region NULLS FIRST;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM (VALUES (1::float8)) v(x) WHERE false;
SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY x) FROM generate_series(1, 3) x;
SELECT percentile_cont(0.3) WITHIN GROUP (ORDER BY i) FROM (VALUES ('1 hour'::interval), ('3 hours')) v(i);
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY d) FROM (VALUES ('2024-01-01'::date), ('2024-06-01'), ('2023-01-01')) v(d);
SELECT rank(3) WITHIN GROUP (ORDER BY x), dense_rank(3) WITHIN GROUP (ORDER BY x), percent_rank(3) WITHIN GROUP (ORDER BY x), cume_dist(3) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (3), (3), (5)) v(x);

-- RANGE frames with interval offsets
CREATE TABLE c19_ev (t timestamp, d date, v int);
INSERT INTO c19_ev VALUES ('2024-01-01 00:00', '2024-01-01', 1), ('2024-01-01 00:30', '2024-01-02', 2), ('2024-01-01 02:00', '2024-01-05', 4), ('2024-01-01 02:59', '2024-01-05', 8), ('2024-01-02 00:00', '2024-02-01', 16);
SELECT t, sum(v) OVER (ORDER BY t RANGE BETWEEN '1 hour' PRECEDING AND CURRENT ROW) FROM c19_ev ORDER BY t;
SELECT t, sum(v) OVER (ORDER BY t RANGE BETWEEN CURRENT ROW AND '59 minutes' FOLLOWING) FROM c19_ev ORDER BY t;
SELECT d, sum(v) OVER (ORDER BY d RANGE BETWEEN '3 days' PRECEDING AND '1 day' FOLLOWING) FROM c19_ev ORDER BY d, v;
SELECT t, count(*) OVER (ORDER BY t DESC RANGE BETWEEN '1 day' PRECEDING AND CURRENT ROW) FROM c19_ev ORDER BY t;
SELECT v, sum(v) OVER (ORDER BY v RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) FROM c19_ev ORDER BY v;
SELECT v, sum(v) OVER (ORDER BY v::numeric RANGE BETWEEN 2.5 PRECEDING AND CURRENT ROW) FROM c19_ev ORDER BY v;
SELECT t, sum(v) OVER (ORDER BY t RANGE BETWEEN '-1 hour' PRECEDING AND CURRENT ROW) FROM c19_ev;
SELECT t, sum(v) OVER (ORDER BY t RANGE 5 PRECEDING) FROM c19_ev;
SELECT v, sum(v) OVER (ORDER BY v, t RANGE 1 PRECEDING) FROM c19_ev;
SELECT v, sum(v) OVER (ORDER BY v GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM c19_ev ORDER BY v;
SELECT v, first_value(v) OVER w, last_value(v) OVER w FROM c19_ev WINDOW w AS (ORDER BY d RANGE BETWEEN UNBOUNDED PRECEDING AND '1 day' FOLLOWING) ORDER BY v;

-- session TimeZone
CREATE TABLE c19_tz (id int PRIMARY KEY, at timestamptz);
INSERT INTO c19_tz VALUES (1, '2024-03-10 06:30:00+00'), (2, '2024-07-01 12:00:00-04'), (3, '2024-11-03 05:30:00Z');
SET TimeZone = 'America/New_York';
SHOW TimeZone;
SELECT id, at FROM c19_tz ORDER BY id;
SELECT '2024-03-10 02:30'::timestamptz, '2024-11-03 01:30'::timestamptz;
SELECT id, at::date, at::time, extract(hour FROM at), to_char(at, 'YYYY-MM-DD HH24:MI TZ') FROM c19_tz ORDER BY id;
SELECT date_trunc('day', at) FROM c19_tz ORDER BY id;
SELECT '2024-03-09 12:00'::timestamptz + '1 day'::interval, '2024-03-09 12:00'::timestamptz + '24 hours'::interval;
SELECT at AT TIME ZONE 'UTC', at AT TIME ZONE 'Asia/Kolkata' FROM c19_tz WHERE id = 1;
INSERT INTO c19_tz VALUES (4, '2024-01-15 09:00');
SELECT id, at FROM c19_tz WHERE id = 4;
SET TimeZone = '+05:30';
SELECT at FROM c19_tz WHERE id = 4;
SET TIME ZONE 'Australia/Lord_Howe';
SELECT at FROM c19_tz WHERE id = 1;
SET TimeZone = 'Mars/Olympus';
SET TimeZone = 'UTC';
SELECT id, at FROM c19_tz ORDER BY id;

-- error classes
SELECT 1 +;
SELEC 1;
SELECT nope FROM c19_a;
SELECT a.id FROM c19_a b;
INSERT INTO c19_a (id, nope) VALUES (1, 2);
UPDATE c19_a SET nope = 1;
SELECT * FROM c19_missing;
SELECT id, count(*) FROM c19_a;
SELECT tag FROM c19_a GROUP BY v;
SELECT v, sum(id) FROM c19_a GROUP BY 1 HAVING tag = 'x';
SELECT sum(count(*)) FROM c19_a;
SELECT id FROM c19_a WHERE sum(v) > 1;
SELECT id FROM c19_a GROUP BY 3;
SELECT row_number() OVER () FROM c19_a WHERE row_number() OVER () > 1;
SELECT DISTINCT id FROM c19_a ORDER BY v;
SELECT DISTINCT ON (tag) id, tag FROM c19_a ORDER BY id;
SELECT DISTINCT ON (tag) id, tag FROM c19_a ORDER BY tag NULLS FIRST, id DESC;
SELECT DISTINCT ON (v % 2) v FROM c19_a WHERE v IS NOT NULL ORDER BY v % 2, v;
SELECT * FROM c19_a LIMIT -1;
SELECT * FROM c19_a OFFSET -2;
SELECT * FROM c19_a ORDER BY id LIMIT NULL OFFSET NULL;
SELECT 'a'::text + 1;
SELECT 'a' + 1;
SELECT '5' + 1, '5'::text || 1, 1 || '5';
SELECT now() + 1;
SELECT 1 = 'x';
SELECT CASE WHEN true THEN 1 ELSE 'x' END;
SELECT CASE WHEN true THEN 1 ELSE '2' END, CASE WHEN false THEN 1 ELSE 2.5 END;
SELECT CASE WHEN id > 1 THEN 'many' ELSE id END FROM c19_a;
SELECT CASE WHEN true THEN ARRAY[1] ELSE 1 END;
SELECT COALESCE(1, 'x');
SELECT 1 UNION SELECT 'a';
SELECT ARRAY[1, 'x'];
SELECT abs('x');
SELECT nosuchfn(1);
SELECT substring(1, 2);
SELECT max(ARRAY[1,2], 1);
SELECT id FROM c19_a, c19_b;
SELECT id FROM c19_a JOIN c19_b USING (nope);
SELECT * FROM c19_a a JOIN c19_b a ON true;
SELECT (1, 2) = (1, 2, 3);
WITH RECURSIVE r AS (SELECT 1 UNION ALL SELECT count(*) FROM r) SELECT * FROM r;
INSERT INTO c19_a VALUES (1, 'notint', 'x');
INSERT INTO c19_a VALUES (100, 1, 'x', 'extra');
INSERT INTO c19_a (id, v) VALUES (100);
CREATE TABLE c19_a (id int);
CREATE TABLE c19_bad (id int, id text);
CREATE TABLE c19_bad2 (id nosuchtype);
SELECT '2024-02-30'::date;
SELECT '25:00'::time;
SELECT '{"a":'::jsonb;
SELECT 'abc'::varchar(2), 'abc  '::varchar(2), 'abc'::char(2);
INSERT INTO c19_alt2 (id, ts) VALUES (9, '2024-01-01'), (9, '2024-01-02');
SELECT id::text::int + 1 FROM c19_a ORDER BY 1 LIMIT 2;

-- regressions of the differences this sweep found
SELECT sign('NaN'::float8), ceil('NaN'::float8), trunc('-Infinity'::float8);
CREATE TABLE c19_n (id int PRIMARY KEY, v numeric);
INSERT INTO c19_n VALUES (1, 1.50), (2, 2), (3, 3.0), (4, 1.50), (5, NULL);
SELECT array_agg(DISTINCT v), jsonb_agg(DISTINCT v), json_agg(DISTINCT v ORDER BY v DESC) FROM c19_n;
SELECT id, scale(v), scale(v * 2), scale(v + 0.001) FROM c19_n ORDER BY id;
SELECT scale(sum(v)), scale(avg(v)), scale(max(v)) FROM c19_n;
SELECT id FROM c19_n WHERE scale(v) = 2 ORDER BY id;
UPDATE c19_n n SET v = v * 2 WHERE n.id = 1 RETURNING n.id, n.v;
DELETE FROM c19_n AS n WHERE n.id = 5 RETURNING n.*;
UPDATE c19_n n SET v = s.v15 FROM c19_ctas s WHERE n.id = s.id AND s.id = 2 RETURNING n.v, (SELECT count(*) FROM c19_ctas c WHERE c.id = n.id);
SELECT * FROM generate_series(1, 2) g, LATERAL (SELECT g * 2 AS y) t, LATERAL (SELECT y + g AS z) u ORDER BY g;
SELECT 'ABC' ~ '(?i)b', regexp_replace('aBc', '(?i)B', '-');
SELECT array_to_json(ARRAY[[1,2],[3,4]], true);
CREATE TABLE c19_dflt (a int, b int DEFAULT a);
CREATE TABLE c19_dflt (a int DEFAULT (SELECT 1));
CREATE TABLE c19_dflt (a int DEFAULT count(*));
ALTER TABLE c19_n ALTER COLUMN v SET DEFAULT id;
ALTER TABLE c19_n ALTER COLUMN v SET DEFAULT 1 + 'x'::text;
ALTER TABLE c19_n ADD COLUMN r int REFERENCES c19_nope (id);
ALTER TABLE c19_n ADD COLUMN r int CHECK (nope > 0);
SELECT ARRAY['x'] || 1;
SELECT substring(now() from 2);
UPDATE c19_def SET (s, n) = (SELECT 'cnt', count(*) FROM c19_a WHERE c19_a.id < c19_def.id) WHERE id > 2 RETURNING id, n, s;
SELECT id, (SELECT array_agg(x ORDER BY x DESC) FROM unnest(a) x), (SELECT sum(x) FROM unnest(a) x) FROM c19_arr ORDER BY id;

CREATE TABLE c19_j (id int PRIMARY KEY, n numeric, f float8, j jsonb, k json);
INSERT INTO c19_j VALUES (1, 12.340, 'NaN', '12.340', '1e2'), (2, -0.50, -0.0, '12345678901234567890', ' -0 ');
SELECT id, j, k, jsonb_typeof(j), j = '12.34'::jsonb, to_jsonb(f) FROM c19_j ORDER BY id;
UPDATE c19_j SET j = jsonb_build_object('x', n * 2, 'y', to_jsonb(n)) WHERE id = 1 RETURNING j;
SELECT jsonb_agg(n * 2 ORDER BY id), json_agg(f ORDER BY id) FROM c19_j;
SELECT id, jsonb_set('{"k": [0]}', '{k,0}', to_jsonb(n)), j || to_jsonb(n) FROM c19_j ORDER BY id;
SELECT id, exp(n / 100), sqrt(abs(n) / 7) FROM c19_j ORDER BY id;
-- the extended protocol: numeric, array and timestamptz parameters
-- params: ["12.50"]
SELECT $1::numeric * 2;
-- params: ["0.1", "0.2"]
SELECT $1::numeric + $2::numeric, $1::numeric + $2::numeric = 0.3;
-- params: ["-99999999999999999999.999"]
SELECT $1::numeric - 1;
-- params: ["1.005", 2]
SELECT round($1::numeric, $2);
-- params: ["2.5"]
SELECT round($1::float8), $1::float8::int, $1::numeric::int;
-- params: ["NaN"]
SELECT $1::numeric, $1::float8;
-- params: [2147483647]
SELECT $1::int + 1;
-- params: ["9223372036854775807"]
SELECT $1::bigint - 1, $1::numeric + 1;
-- params: [7, 0]
SELECT $1::int / $2::int;
-- params: ["{1,2,3}"]
SELECT 2 = ANY ($1::int[]), cardinality($1::int[]);
-- params: ["{}"]
SELECT 2 = ANY ($1::int[]), $1::int[] || 5;
-- params: ["{10,20}"]
SELECT id FROM c19_a WHERE v = ANY ($1) ORDER BY id;
-- params: ["{x,z,NULL}"]
SELECT id FROM c19_a WHERE tag = ANY ($1::text[]) ORDER BY id;
-- params: ["{1.50,2.25,NULL}"]
SELECT $1::numeric[], array_length($1::numeric[], 1);
-- params: ["{{1,2},{3,4}}"]
SELECT ($1::int[])[2][1], array_dims($1::int[]);
-- params: ["{a,b}", "c"]
SELECT $1::text[] || $2::text, array_append($1::text[], $2);
-- params: ["{1,2}", "{2,3}"]
SELECT $1::int[] && $2::int[], $1::int[] @> $2::int[];
-- params: [null]
SELECT 1 = ANY ($1::int[]), $1::int[] IS NULL;
-- params: ["2024-03-10T07:30:00Z"]
SELECT $1::timestamptz, $1::timestamptz + '1 day'::interval;
-- params: ["2024-03-10 01:59:59-05"]
SELECT $1::timestamptz AT TIME ZONE 'America/New_York';
-- params: ["2024-01-01 00:00:00+00", "2024-12-31 23:59:59+00"]
SELECT count(*) FROM c19_tz WHERE at BETWEEN $1 AND $2;
-- params: ["2024-07-01 16:00:00+00"]
SELECT id FROM c19_tz WHERE at = $1::timestamptz;
-- params: ["1 day 02:00:00", "3"]
SELECT $1::interval * $2::int, $1::interval / 2;
-- params: ["12:00", "08:30"]
SELECT $1::time - $2::time;
-- params: ["c19_s4"]
SELECT nextval($1);
-- params: ["c19_nope"]
SELECT nextval($1);
-- params: [50, "x"]
INSERT INTO c19_up VALUES ($2, $1, $1) RETURNING k, g, v;
-- params: ["{\"a\": [1, 2, {\"b\": null}]}", "{a,2,b}"]
SELECT $1::jsonb #> $2::text[], $1::jsonb #- $2::text[];
-- params: ["{\"k\": 1}", "{k,q}"]
SELECT $1::jsonb ?| $2::text[], $1::jsonb ?& $2::text[];
-- params: ["$.a[*] ? (@ > 1)"]
SELECT jsonb_path_query_array('{"a": [0, 1, 2, 3]}', $1::jsonpath);
-- params: ["a1b2", "\\d"]
SELECT regexp_split_to_array($1, $2), regexp_matches($1, $2, 'g');
-- params: ["\\x00ff", 1]
SELECT get_byte($1::bytea, $2), $1::bytea || '\x01'::bytea;
-- params: [10, 4]
SELECT div($1::numeric, $2::numeric), gcd($1::int, $2::int), lcm($1::bigint, $2::bigint), width_bucket($1, 0, 20, $2);
-- params: ["1.2300"]
SELECT scale($1::numeric), trim_scale($1::numeric), min_scale($1::numeric);
-- params: ["%5s|", "ab"]
SELECT format($1, $2);
-- params: ["a_b", "a#_b"]
SELECT $1 LIKE $2 ESCAPE '#';
-- params: [3]
SELECT * FROM generate_series(1, $1::int) WITH ORDINALITY;
-- params: [-1]
SELECT * FROM c19_a LIMIT $1;
-- params: ["{5,6}"]
SELECT * FROM unnest($1::int[], ARRAY['p','q','r']) AS u(n, s);
-- params: [0.5]
SELECT percentile_cont($1) WITHIN GROUP (ORDER BY x) FROM generate_series(1, 4) x;
-- params: ["2 hours"]
SELECT t, count(*) OVER (ORDER BY t RANGE BETWEEN $1::interval PRECEDING AND CURRENT ROW) FROM c19_ev ORDER BY t;
-- params: []
SELECT region, sum(amt) FROM c19_sales GROUP BY CUBE (region) ORDER BY grouping(region) DESC, 1 NULLS FIRST;
-- params: [1, "new"]
UPDATE c19_def SET (n, s) = ($1, $2) WHERE id = 1 RETURNING n, s;
-- params: ["3.999"]
INSERT INTO c19_money VALUES (7, $1, $1) RETURNING amt, fixed;
-- params: ["2.50"]
SELECT scale($1::numeric * 2), scale($1::numeric);
