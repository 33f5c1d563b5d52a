-- The thirty-second session's hunt for silent wrong answers in what applications write and read
-- back: INSERT … ON CONFLICT, UPDATE … FROM, DELETE … USING, data-modifying WITH, RETURNING,
-- defaults and generated columns, assignment casts into columns, sequences, key swaps, command
-- tags, NULLs in UNIQUE, foreign key actions, CHECK with NULL, triggers' NEW/OLD, MERGE.

-- ON CONFLICT: upserts as ORMs write them
CREATE TABLE s32w_kv (k text PRIMARY KEY, v int NOT NULL DEFAULT 0, hits int NOT NULL DEFAULT 1, note text);
INSERT INTO s32w_kv (k, v) VALUES ('a', 1), ('b', 2);
INSERT INTO s32w_kv (k, v) VALUES ('a', 10) ON CONFLICT (k) DO UPDATE SET v = excluded.v, hits = s32w_kv.hits + 1 RETURNING k, v, hits;
INSERT INTO s32w_kv (k, v) VALUES ('a', 5), ('c', 3) ON CONFLICT (k) DO UPDATE SET v = s32w_kv.v + excluded.v RETURNING k, v, hits;
SELECT * FROM s32w_kv ORDER BY k;
INSERT INTO s32w_kv (k, v) VALUES ('a', 100) ON CONFLICT (k) DO UPDATE SET v = excluded.v WHERE s32w_kv.v < 10 RETURNING k, v;
INSERT INTO s32w_kv (k, v) VALUES ('b', 100) ON CONFLICT (k) DO UPDATE SET v = excluded.v WHERE s32w_kv.v < 10 RETURNING k, v;
INSERT INTO s32w_kv (k, v) VALUES ('a', 7), ('b', 8), ('d', 9) ON CONFLICT (k) DO UPDATE SET v = excluded.v WHERE excluded.v > s32w_kv.v;
SELECT k, v, hits FROM s32w_kv ORDER BY k;
INSERT INTO s32w_kv (k, v) VALUES ('e', 1), ('e', 2) ON CONFLICT (k) DO UPDATE SET v = excluded.v;
INSERT INTO s32w_kv (k, v) VALUES ('f', 1), ('f', 2) ON CONFLICT (k) DO NOTHING;
SELECT k, v FROM s32w_kv WHERE k = 'f';
INSERT INTO s32w_kv (k, v) VALUES ('a', 1), ('b', 1) ON CONFLICT DO NOTHING RETURNING k;
INSERT INTO s32w_kv (k) VALUES ('a') ON CONFLICT (k) DO UPDATE SET note = coalesce(s32w_kv.note, '') || 'x', hits = s32w_kv.hits + excluded.hits RETURNING note, hits;
INSERT INTO s32w_kv AS t (k, v) VALUES ('a', 3) ON CONFLICT (k) DO UPDATE SET v = t.v * 100 + excluded.v RETURNING t.k, t.v;
INSERT INTO s32w_kv (k, v) VALUES ('a', 3) ON CONFLICT (v) DO NOTHING;
INSERT INTO s32w_kv (k, v) VALUES ('a', 3) ON CONFLICT (k) DO UPDATE SET k = 'b';
INSERT INTO s32w_kv (k, v) VALUES ('zz', 3) ON CONFLICT (k) DO UPDATE SET v = excluded.nosuch;
INSERT INTO s32w_kv (k, v) VALUES ('a', 4) ON CONFLICT (k) DO UPDATE SET (v, note) = (excluded.v + 1, 'row');
SELECT k, v, note FROM s32w_kv WHERE k = 'a';
INSERT INTO s32w_kv (k, v) VALUES ('a', 4) ON CONFLICT (k) DO UPDATE SET v = DEFAULT RETURNING v;
INSERT INTO s32w_kv (k, v) SELECT 'b', 50 ON CONFLICT (k) DO UPDATE SET v = excluded.v RETURNING k, v;
INSERT INTO s32w_kv (k, v) SELECT k, v + 1 FROM s32w_kv WHERE k IN ('a', 'b') ON CONFLICT (k) DO UPDATE SET v = excluded.v;
SELECT k, v FROM s32w_kv WHERE k IN ('a', 'b') ORDER BY k;
-- params: ["h", 12]
INSERT INTO s32w_kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = s32w_kv.v + $2 RETURNING k, v, hits;
-- params: ["h", 12]
INSERT INTO s32w_kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = s32w_kv.v + $2 RETURNING k, v, hits;

-- arbiters: ON CONSTRAINT, composite keys, partial unique indexes, expression indexes
CREATE TABLE s32w_users (id serial PRIMARY KEY, email text NOT NULL, tenant int NOT NULL, name text, deleted_at date, CONSTRAINT s32w_users_tenant_email UNIQUE (tenant, email));
INSERT INTO s32w_users (email, tenant, name) VALUES ('a@x', 1, 'A'), ('a@x', 2, 'A2');
INSERT INTO s32w_users (email, tenant, name) VALUES ('a@x', 1, 'A-new') ON CONFLICT ON CONSTRAINT s32w_users_tenant_email DO UPDATE SET name = excluded.name RETURNING id, name;
INSERT INTO s32w_users (email, tenant, name) VALUES ('a@x', 2, 'A2-new') ON CONFLICT (email, tenant) DO UPDATE SET name = excluded.name RETURNING id, name;
INSERT INTO s32w_users (email, tenant, name) VALUES ('a@x', 2, 'x') ON CONFLICT ON CONSTRAINT s32w_nosuch DO NOTHING;
INSERT INTO s32w_users (email, tenant, name) VALUES ('a@x', 2, 'x') ON CONFLICT (email) DO NOTHING;
SELECT id, email, tenant, name FROM s32w_users ORDER BY id;
CREATE TABLE s32w_subs (id serial PRIMARY KEY, user_id int NOT NULL, plan text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE UNIQUE INDEX s32w_subs_one_active ON s32w_subs (user_id) WHERE active;
INSERT INTO s32w_subs (user_id, plan) VALUES (1, 'free');
INSERT INTO s32w_subs (user_id, plan, active) VALUES (1, 'old', false), (1, 'older', false);
INSERT INTO s32w_subs (user_id, plan) VALUES (1, 'pro') ON CONFLICT (user_id) WHERE active DO UPDATE SET plan = excluded.plan RETURNING id, plan;
INSERT INTO s32w_subs (user_id, plan) VALUES (1, 'pro') ON CONFLICT (user_id) DO NOTHING;
INSERT INTO s32w_subs (user_id, plan, active) VALUES (1, 'gone', false) ON CONFLICT (user_id) WHERE active DO NOTHING RETURNING plan;
INSERT INTO s32w_subs (user_id, plan) VALUES (2, 'free') ON CONFLICT (user_id) WHERE active DO NOTHING RETURNING plan;
SELECT user_id, plan, active FROM s32w_subs ORDER BY id;
CREATE TABLE s32w_emails (id serial PRIMARY KEY, addr text NOT NULL, seen int DEFAULT 1);
CREATE UNIQUE INDEX s32w_emails_lower ON s32w_emails (lower(addr));
INSERT INTO s32w_emails (addr) VALUES ('Bob@X.org');
INSERT INTO s32w_emails (addr) VALUES ('bob@x.org') ON CONFLICT (lower(addr)) DO UPDATE SET seen = s32w_emails.seen + 1 RETURNING addr, seen;
INSERT INTO s32w_emails (addr) VALUES ('BOB@x.ORG');
INSERT INTO s32w_emails (addr) VALUES ('BOB@x.ORG') ON CONFLICT (addr) DO NOTHING;
SELECT addr, seen FROM s32w_emails ORDER BY id;

-- UPDATE … FROM and DELETE … USING
CREATE TABLE s32w_acct (id int PRIMARY KEY, bal numeric(10,2) NOT NULL, owner text);
CREATE TABLE s32w_tx (id serial PRIMARY KEY, acct int, amt numeric(10,2));
INSERT INTO s32w_acct VALUES (1, 100.00, 'ann'), (2, 50.00, 'bob'), (3, 0, 'cy');
INSERT INTO s32w_tx (acct, amt) VALUES (1, 10.00), (1, 10.00), (2, 5.50), (9, 1.00);
UPDATE s32w_acct a SET bal = a.bal - t.amt FROM s32w_tx t WHERE t.acct = a.id;
SELECT id, bal FROM s32w_acct ORDER BY id;
UPDATE s32w_acct a SET bal = a.bal + s.total FROM (SELECT acct, sum(amt) AS total FROM s32w_tx GROUP BY acct) s WHERE s.acct = a.id RETURNING a.id, a.bal, s.total;
UPDATE s32w_acct SET owner = upper(owner) FROM s32w_tx WHERE s32w_tx.acct = s32w_acct.id AND s32w_tx.amt > 100;
UPDATE s32w_acct a SET owner = a.owner || '!' FROM s32w_acct b WHERE b.id = a.id + 1 RETURNING a.id, a.owner, b.owner;
UPDATE s32w_acct SET bal = bal * 1.005 WHERE id = 2 RETURNING bal;
UPDATE s32w_acct SET bal = 123456789.00 WHERE id = 3;
UPDATE s32w_acct SET bal = 99999999.995 WHERE id = 3;
UPDATE s32w_acct SET bal = 99999999.994 WHERE id = 3 RETURNING bal;
UPDATE s32w_acct SET (bal, owner) = (SELECT 1.5, 'sub') WHERE id = 3 RETURNING *;
UPDATE s32w_acct SET (bal, owner) = (SELECT amt, 'z' FROM s32w_tx WHERE acct = 1) WHERE id = 3;
UPDATE s32w_acct SET (bal, owner) = (SELECT amt, 'z' FROM s32w_tx WHERE acct = 42) WHERE id = 3;
SELECT id, bal, owner FROM s32w_acct ORDER BY id;
DELETE FROM s32w_tx t USING s32w_acct a WHERE t.acct = a.id AND a.id = 1 RETURNING t.id, t.amt, a.owner;
DELETE FROM s32w_tx USING s32w_tx AS d WHERE s32w_tx.acct = 9 AND d.acct = 9;
DELETE FROM s32w_tx t WHERE NOT EXISTS (SELECT 1 FROM s32w_acct a WHERE a.id = t.acct);
SELECT id, acct, amt FROM s32w_tx ORDER BY id;
DELETE FROM s32w_acct WHERE id > 100 RETURNING *;
UPDATE s32w_acct SET bal = bal WHERE false;

-- data-modifying WITH
CREATE TABLE s32w_jobs (id int PRIMARY KEY, state text NOT NULL, payload text);
CREATE TABLE s32w_done (id int PRIMARY KEY, payload text, moved_from text);
INSERT INTO s32w_jobs SELECT g, CASE WHEN g % 3 = 0 THEN 'done' ELSE 'new' END, 'p' || g FROM generate_series(1, 9) g;
WITH moved AS (DELETE FROM s32w_jobs WHERE state = 'done' RETURNING id, payload, state) INSERT INTO s32w_done SELECT id, payload, state FROM moved;
SELECT id, payload, moved_from FROM s32w_done ORDER BY id;
WITH moved AS (DELETE FROM s32w_jobs WHERE id = 1 RETURNING *) INSERT INTO s32w_done SELECT id, payload, state FROM moved RETURNING id, moved_from;
WITH u AS (UPDATE s32w_jobs SET state = 'running' WHERE id IN (2, 4) RETURNING id) SELECT j.id, j.state FROM s32w_jobs j ORDER BY j.id;
SELECT id, state FROM s32w_jobs ORDER BY id;
WITH u AS (UPDATE s32w_jobs SET state = 'x' WHERE id = 5 RETURNING id, state) SELECT (SELECT state FROM s32w_jobs WHERE id = 5) AS old, u.state AS new FROM u;
WITH next AS (SELECT id FROM s32w_jobs WHERE state = 'new' ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED) UPDATE s32w_jobs j SET state = 'claimed' FROM next WHERE j.id = next.id RETURNING j.id, j.state;
WITH d AS (DELETE FROM s32w_jobs WHERE id = 8 RETURNING id) SELECT count(*) FROM d;
WITH i AS (INSERT INTO s32w_jobs VALUES (20, 'new', 'p20') RETURNING id) SELECT id + 1 FROM i;
WITH i AS (INSERT INTO s32w_jobs VALUES (21, 'new', 'p21') RETURNING id) SELECT count(*) FROM s32w_jobs WHERE id = 21;
WITH i AS (INSERT INTO s32w_jobs VALUES (22, 'new', 'p22')) SELECT 1 AS one;
SELECT id FROM s32w_jobs WHERE id >= 20 ORDER BY id;
WITH a AS (INSERT INTO s32w_done VALUES (100, 'a', 'w') RETURNING id), b AS (INSERT INTO s32w_jobs SELECT id, 'new', 'from-a' FROM a RETURNING id, payload) SELECT * FROM b;
WITH d AS (DELETE FROM s32w_done WHERE id = 100 RETURNING id) UPDATE s32w_jobs SET payload = 'orphan' FROM d WHERE s32w_jobs.id = d.id RETURNING s32w_jobs.id, payload;
WITH u AS (UPDATE s32w_jobs SET payload = payload || '+' WHERE id = 100 RETURNING payload) INSERT INTO s32w_done (id, payload) SELECT 101, payload FROM u RETURNING *;

-- RETURNING with expressions, defaults and generated columns
CREATE TABLE s32w_items (id serial PRIMARY KEY, qty int NOT NULL DEFAULT 1, price numeric(8,2) NOT NULL, total numeric(10,2) GENERATED ALWAYS AS (qty * price) STORED, label text DEFAULT 'item', created date DEFAULT '2024-01-31');
INSERT INTO s32w_items (price) VALUES (2.50) RETURNING *;
INSERT INTO s32w_items (qty, price, label) VALUES (3, 1.333, NULL) RETURNING id, total, label, created + 1 AS next_day;
INSERT INTO s32w_items (qty, price, total) VALUES (1, 1, 1);
INSERT INTO s32w_items (qty, price, total) VALUES (1, 1, DEFAULT) RETURNING total;
INSERT INTO s32w_items DEFAULT VALUES;
UPDATE s32w_items SET qty = qty * 4 WHERE id = 2 RETURNING qty, price, total;
UPDATE s32w_items SET total = 0 WHERE id = 2;
UPDATE s32w_items SET label = DEFAULT, created = DEFAULT WHERE id = 2 RETURNING label, created;
INSERT INTO s32w_items (qty, price) VALUES (2, 9.99), (3, 0.01) RETURNING id, qty * price AS ext, total = qty * price AS same, upper(label) AS l;
INSERT INTO s32w_items (price) SELECT 1.10 RETURNING total, pg_typeof(total)::text;
SELECT id, qty, price, total, label, created FROM s32w_items ORDER BY id;
-- @must
INSERT INTO s32w_items (qty, price) VALUES (100000, 999999.99);
INSERT INTO s32w_items (qty, price) VALUES (2, 5) RETURNING (SELECT count(*) FROM s32w_items) AS seen_before;
INSERT INTO s32w_items (qty, price) VALUES (1, 1) RETURNING id > 0 AND total = 1.00 AS ok, s32w_items.*;

-- assignment casts into columns
CREATE TABLE s32w_cast (id int PRIMARY KEY, i int, s smallint, b bigint, n numeric(5,2), n0 numeric(4), f float8, r real, vc varchar(3), c char(3), flag boolean, d date, ts timestamp, tz timestamptz);
INSERT INTO s32w_cast (id, i) VALUES (1, 2.5), (2, -2.5), (3, 3.5), (4, 0.5), (5, -0.5) RETURNING id, i;
-- @must
INSERT INTO s32w_cast (id, i) VALUES (6, 2.5::float8), (7, 3.5::float8), (8, -2.5::float8), (9, 0.5::float8) RETURNING id, i;
-- @must
INSERT INTO s32w_cast (id, i) VALUES (10, 2.5::real) RETURNING i;
INSERT INTO s32w_cast (id, i) VALUES (11, '2.5');
INSERT INTO s32w_cast (id, i) VALUES (11, ' 42 ') RETURNING i;
INSERT INTO s32w_cast (id, i) VALUES (12, 2147483647.5);
INSERT INTO s32w_cast (id, s) VALUES (13, 32767), (14, -32768) RETURNING s;
INSERT INTO s32w_cast (id, s) VALUES (15, 32768);
INSERT INTO s32w_cast (id, s) VALUES (15, 32767.5);
INSERT INTO s32w_cast (id, s) VALUES (15, -32768.5);
INSERT INTO s32w_cast (id, b) VALUES (16, 9223372036854775807), (17, 1e18::float8) RETURNING b;
INSERT INTO s32w_cast (id, b) VALUES (18, 9223372036854775808);
INSERT INTO s32w_cast (id, n) VALUES (19, 1.005), (20, 1.004), (21, -1.005), (22, 999.994) RETURNING id, n;
INSERT INTO s32w_cast (id, n) VALUES (23, 999.995);
INSERT INTO s32w_cast (id, n) VALUES (23, 0.1::float8), (24, 1.005::float8), (25, 2.675::float8) RETURNING id, n;
INSERT INTO s32w_cast (id, n) VALUES (26, 'NaN');
INSERT INTO s32w_cast (id, n0) VALUES (27, 1234.5), (28, -0.5), (29, 0.49) RETURNING id, n0;
INSERT INTO s32w_cast (id, n0) VALUES (30, 9999.5);
INSERT INTO s32w_cast (id, f) VALUES (31, 0.1), (32, 1e-320), (33, 12345678901234567890) RETURNING id, f;
INSERT INTO s32w_cast (id, r) VALUES (34, 0.1), (35, 16777217), (36, 3.4e38) RETURNING id, r;
INSERT INTO s32w_cast (id, r) VALUES (37, 3.5e38);
INSERT INTO s32w_cast (id, vc) VALUES (38, 'ab'), (39, 'abc   '), (40, '') RETURNING id, vc, length(vc), octet_length(vc);
INSERT INTO s32w_cast (id, vc) VALUES (41, 'abcd');
INSERT INTO s32w_cast (id, vc) VALUES (41, 'ab'::char(5)) RETURNING vc, length(vc);
INSERT INTO s32w_cast (id, vc) VALUES (42, 'abcd'::varchar(3)) RETURNING vc;
INSERT INTO s32w_cast (id, vc) VALUES (43, 'ééé') RETURNING vc, octet_length(vc);
INSERT INTO s32w_cast (id, vc) VALUES (44, 12345);
INSERT INTO s32w_cast (id, c) VALUES (45, 'a'), (46, 'ab '), (47, '') RETURNING id, c, length(c), octet_length(c), c || '|' AS cat;
INSERT INTO s32w_cast (id, c) VALUES (48, 'abcd');
SELECT id, c, c = 'a' AS eq, c = 'a  '::char(3) AS eqpad, c::text = 'a' AS texteq, c LIKE 'a %' AS lk FROM s32w_cast WHERE id BETWEEN 45 AND 48 ORDER BY id;
UPDATE s32w_cast SET vc = vc || 'z' WHERE id = 38 RETURNING vc;
UPDATE s32w_cast SET vc = vc || 'z' WHERE id = 38;
UPDATE s32w_cast SET c = c || 'z' WHERE id = 45 RETURNING c;
INSERT INTO s32w_cast (id, flag) VALUES (50, 'yes'), (51, 'on'), (52, '1'), (53, 'off'), (54, 'f'), (55, ' TRUE '), (56, 'n') RETURNING id, flag;
INSERT INTO s32w_cast (id, flag) VALUES (57, 'maybe');
INSERT INTO s32w_cast (id, flag) VALUES (57, 1);
INSERT INTO s32w_cast (id, d) VALUES (58, '2024-02-30');
INSERT INTO s32w_cast (id, d) VALUES (58, '2024-02-29 23:59:59'), (59, '2024-03-01 00:00:00+14') RETURNING id, d;
INSERT INTO s32w_cast (id, d) VALUES (60, timestamp '2024-05-05 23:00') RETURNING d;
SET TimeZone = 'America/New_York';
INSERT INTO s32w_cast (id, d, ts, tz) VALUES (61, timestamptz '2024-03-01 02:00:00+00', timestamptz '2024-03-01 02:00:00+00', '2024-03-01 02:00:00') RETURNING d, ts, tz;
INSERT INTO s32w_cast (id, ts, tz) VALUES (62, '2024-03-10 02:30:00', '2024-03-10 02:30:00') RETURNING ts, tz;
INSERT INTO s32w_cast (id, ts, tz) VALUES (63, '2024-11-03 01:30:00-04', '2024-11-03 01:30:00') RETURNING ts, tz;
INSERT INTO s32w_cast (id, d) VALUES (64, now()::date - now()::date + date '2024-01-01') RETURNING d;
SELECT id, d, ts, tz, tz::date AS tzd, tz::timestamp AS tzts FROM s32w_cast WHERE id BETWEEN 61 AND 63 ORDER BY id;
SET TimeZone = 'UTC';
SELECT id, ts, tz, tz::date AS tzd FROM s32w_cast WHERE id BETWEEN 61 AND 63 ORDER BY id;
UPDATE s32w_cast SET ts = tz WHERE id = 61 RETURNING ts;
SET TimeZone = 'Asia/Tokyo';
UPDATE s32w_cast SET ts = tz, d = tz WHERE id = 62 RETURNING ts, d;
RESET TimeZone;
-- params: [65, "7"]
INSERT INTO s32w_cast (id, i) VALUES ($1, $2) RETURNING i;
-- params: [66, "7.5"]
INSERT INTO s32w_cast (id, i) VALUES ($1, $2) RETURNING i;
-- params: [66, "1.005"]
INSERT INTO s32w_cast (id, n) VALUES ($1, $2) RETURNING n;
-- params: [67, "abcd"]
INSERT INTO s32w_cast (id, vc) VALUES ($1, $2) RETURNING vc;
-- params: [67, "ab"]
INSERT INTO s32w_cast (id, c) VALUES ($1, $2) RETURNING c, length(c);
-- params: [68, "yes"]
INSERT INTO s32w_cast (id, flag) VALUES ($1, $2) RETURNING flag;
-- params: [69, "40000"]
INSERT INTO s32w_cast (id, s) VALUES ($1, $2) RETURNING s;
UPDATE s32w_cast SET i = i / 2 WHERE id IN (1, 3) RETURNING id, i;
UPDATE s32w_cast SET n = n * 3 WHERE id = 19 RETURNING n;
UPDATE s32w_cast SET s = s + 1 WHERE id = 13;
UPDATE s32w_cast SET s = s - 1 WHERE id = 13 RETURNING s;

-- jsonb normalisation of stored values
CREATE TABLE s32w_doc (id int PRIMARY KEY, j jsonb, js json);
INSERT INTO s32w_doc VALUES (1, '{"b": 1, "a": 2, "aa": 3}', '{"b": 1, "a": 2, "aa": 3}'), (2, '{"k": 1, "k": 2}', '{"k": 1, "k": 2}'), (3, '[1.0, 1e2, 1E-2, -0, 0.10, 1.5e0]', '[1.0, 1e2, 1E-2, -0, 0.10, 1.5e0]');
SELECT id, j, js FROM s32w_doc ORDER BY id;
SELECT id, j::text, js::text, j = '{"a": 2, "b": 1, "aa": 3}' AS eq FROM s32w_doc ORDER BY id;
INSERT INTO s32w_doc VALUES (4, '{"n": 100, "m": 1e2, "x": 1.00}', NULL);
SELECT j -> 'n' = j -> 'm' AS nm, j ->> 'm' AS m, j ->> 'x' AS x, (j ->> 'x')::numeric AS xn FROM s32w_doc WHERE id = 4;
-- @must
INSERT INTO s32w_doc VALUES (5, '{"s": "a\u0000b"}', NULL);
INSERT INTO s32w_doc VALUES (5, '{"s": "tab\tx", "u": "\u00e9"}', '{"u": "\u00e9"}') RETURNING j, js;
UPDATE s32w_doc SET j = j || '{"a": 9, "z": null}' WHERE id = 1 RETURNING j;
UPDATE s32w_doc SET j = jsonb_set(j, '{b}', '1.50') WHERE id = 1 RETURNING j;
INSERT INTO s32w_doc VALUES (6, '  {"a" : [ 1 , 2 ] }  ', '  {"a" : [ 1 , 2 ] }  ') RETURNING j, js;
INSERT INTO s32w_doc VALUES (7, '{"a": 1e400}', NULL);
INSERT INTO s32w_doc VALUES (7, '{"a": 12345678901234567890.1234567890}', NULL) RETURNING j;
SELECT id FROM s32w_doc WHERE j @> '{"b": 1.5}' ORDER BY id;

-- sequences
CREATE SEQUENCE s32w_seq;
SELECT nextval('s32w_seq'), nextval('s32w_seq');
SELECT setval('s32w_seq', 10, false);
SELECT nextval('s32w_seq');
SELECT setval('s32w_seq', 10);
SELECT nextval('s32w_seq');
SELECT setval('s32w_seq', 10, true), currval('s32w_seq');
SELECT last_value, is_called FROM s32w_seq;
SELECT setval('s32w_seq', 0);
SELECT setval('s32w_seq', 9223372036854775807);
SELECT nextval('s32w_seq');
CREATE SEQUENCE s32w_cyc MINVALUE 1 MAXVALUE 3 CYCLE;
SELECT nextval('s32w_cyc') FROM generate_series(1, 7) g ORDER BY g;
CREATE SEQUENCE s32w_down INCREMENT -2 START 5 MINVALUE -3;
SELECT nextval('s32w_down') FROM generate_series(1, 5) g ORDER BY g;
SELECT nextval('s32w_down');
CREATE SEQUENCE s32w_desc INCREMENT -1;
SELECT nextval('s32w_desc'), nextval('s32w_desc');
CREATE SEQUENCE s32w_by10 START 100 INCREMENT 10;
SELECT nextval('s32w_by10'), nextval('s32w_by10'), currval('s32w_by10');
ALTER SEQUENCE s32w_by10 RESTART WITH 7;
SELECT nextval('s32w_by10');
CREATE SEQUENCE s32w_fresh;
SELECT currval('s32w_fresh');
CREATE TABLE s32w_ser (id serial PRIMARY KEY, v text);
INSERT INTO s32w_ser (v) VALUES ('a'), ('b'), ('c') RETURNING id;
SELECT currval('s32w_ser_id_seq'), lastval();
INSERT INTO s32w_ser (id, v) VALUES (4, 'explicit');
INSERT INTO s32w_ser (v) VALUES ('d');
INSERT INTO s32w_ser (v) VALUES ('e') RETURNING id;
SELECT setval('s32w_ser_id_seq', (SELECT max(id) FROM s32w_ser));
INSERT INTO s32w_ser (v) VALUES ('f') RETURNING id;
INSERT INTO s32w_ser (v) SELECT 'g' || g FROM generate_series(1, 3) g RETURNING id, v;
SELECT lastval();
CREATE TABLE s32w_ident (id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 5 INCREMENT BY 5), v text);
INSERT INTO s32w_ident (v) VALUES ('a'), ('b') RETURNING id;
INSERT INTO s32w_ident (id, v) VALUES (100, 'c') RETURNING id;
INSERT INTO s32w_ident (v) VALUES ('d') RETURNING id;
CREATE TABLE s32w_always (id int GENERATED ALWAYS AS IDENTITY, v text);
INSERT INTO s32w_always (id, v) VALUES (1, 'x');
INSERT INTO s32w_always (id, v) OVERRIDING SYSTEM VALUE VALUES (50, 'x') RETURNING id;
INSERT INTO s32w_always (v) VALUES ('y') RETURNING id;
UPDATE s32w_always SET id = 3 WHERE v = 'y';
UPDATE s32w_always SET id = DEFAULT WHERE v = 'y' RETURNING id;
ALTER TABLE s32w_always ALTER COLUMN id RESTART WITH 1000;
INSERT INTO s32w_always (v) VALUES ('z') RETURNING id;

-- key updates over consecutive ids, deferrable unique
CREATE TABLE s32w_pos (id int PRIMARY KEY, name text);
INSERT INTO s32w_pos SELECT g, 'n' || g FROM generate_series(1, 5) g;
UPDATE s32w_pos SET id = id + 1;
SELECT id, name FROM s32w_pos ORDER BY id;
UPDATE s32w_pos SET id = 6 - id;
SELECT id, name FROM s32w_pos ORDER BY id;
CREATE TABLE s32w_rank (id int PRIMARY KEY, pos int, CONSTRAINT s32w_rank_pos UNIQUE (pos) DEFERRABLE INITIALLY IMMEDIATE);
INSERT INTO s32w_rank VALUES (1, 1), (2, 2), (3, 3);
UPDATE s32w_rank SET pos = pos + 1;
SELECT id, pos FROM s32w_rank ORDER BY id;

-- NULLs in UNIQUE, NULLS NOT DISTINCT, CHECK with NULL
CREATE TABLE s32w_uq (id serial PRIMARY KEY, a int, b int, UNIQUE (a, b));
INSERT INTO s32w_uq (a, b) VALUES (1, NULL), (1, NULL), (NULL, NULL), (NULL, NULL);
SELECT count(*) FROM s32w_uq;
INSERT INTO s32w_uq (a, b) VALUES (1, NULL) ON CONFLICT (a, b) DO NOTHING;
SELECT count(*) FROM s32w_uq;
CREATE TABLE s32w_uqn (id serial PRIMARY KEY, a int, b int, UNIQUE NULLS NOT DISTINCT (a, b));
INSERT INTO s32w_uqn (a, b) VALUES (1, NULL);
INSERT INTO s32w_uqn (a, b) VALUES (1, NULL);
CREATE TABLE s32w_ck (id int PRIMARY KEY, qty int CHECK (qty > 0), lo int, hi int, CONSTRAINT s32w_ck_range CHECK (lo <= hi));
INSERT INTO s32w_ck VALUES (1, NULL, NULL, 5), (2, 1, 5, NULL);
INSERT INTO s32w_ck VALUES (3, 0, 1, 1);
INSERT INTO s32w_ck VALUES (3, 1, 6, 5);
UPDATE s32w_ck SET hi = 0 WHERE id = 2;
UPDATE s32w_ck SET lo = 9 WHERE id = 1;
SELECT id, qty, lo, hi FROM s32w_ck ORDER BY id;

-- foreign key actions read back
CREATE TABLE s32w_parent (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE s32w_child (id int PRIMARY KEY, pcode text DEFAULT 'dflt' REFERENCES s32w_parent (code) ON UPDATE CASCADE ON DELETE SET DEFAULT, pid int REFERENCES s32w_parent ON UPDATE SET NULL ON DELETE CASCADE);
INSERT INTO s32w_parent VALUES (1, 'a'), (2, 'b'), (3, 'dflt');
INSERT INTO s32w_child VALUES (10, 'a', 1), (11, 'b', 2), (12, 'a', 2);
UPDATE s32w_parent SET code = 'A' WHERE id = 1;
SELECT id, pcode, pid FROM s32w_child ORDER BY id;
UPDATE s32w_parent SET id = 20 WHERE id = 2;
SELECT id, pcode, pid FROM s32w_child ORDER BY id;
DELETE FROM s32w_parent WHERE code = 'A';
SELECT id, pcode, pid FROM s32w_child ORDER BY id;
DELETE FROM s32w_parent WHERE code = 'dflt';
INSERT INTO s32w_child VALUES (13, 'nope', NULL);
INSERT INTO s32w_child VALUES (13, NULL, NULL) RETURNING *;
UPDATE s32w_parent SET code = code WHERE id = 20;
SELECT id, pcode, pid FROM s32w_child ORDER BY id;
CREATE TABLE s32w_p2 (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE s32w_c2 (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES s32w_p2 ON DELETE SET NULL (b));
INSERT INTO s32w_p2 VALUES (1, 1), (1, 2);
INSERT INTO s32w_c2 VALUES (1, 1, 1), (2, 1, 2), (3, 1, NULL), (4, 9, NULL);
INSERT INTO s32w_c2 VALUES (5, 9, 9);
DELETE FROM s32w_p2 WHERE b = 1;
SELECT id, a, b FROM s32w_c2 ORDER BY id;

-- triggers: what NEW/OLD modifications store, and row counts
CREATE TABLE s32w_audit (id serial PRIMARY KEY, op text, old_v text, new_v text);
CREATE TABLE s32w_trg (id int PRIMARY KEY, name text, name_lc text, version int DEFAULT 0, qty int);
CREATE FUNCTION s32w_trg_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name_lc := lower(NEW.name); IF TG_OP = 'UPDATE' THEN NEW.version := OLD.version + 1; END IF; RETURN NEW; END; $$;
CREATE TRIGGER s32w_trg_biu BEFORE INSERT OR UPDATE ON s32w_trg FOR EACH ROW EXECUTE FUNCTION s32w_trg_fn();
INSERT INTO s32w_trg (id, name, name_lc, version) VALUES (1, 'Alice', 'ignored', 7) RETURNING *;
UPDATE s32w_trg SET name = 'ALICE' WHERE id = 1 RETURNING name, name_lc, version;
UPDATE s32w_trg SET version = 100 WHERE id = 1 RETURNING version;
INSERT INTO s32w_trg (id, name) VALUES (1, 'Bob') ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING name, name_lc, version;
SELECT id, name, name_lc, version FROM s32w_trg ORDER BY id;
CREATE FUNCTION s32w_skip_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.qty < 0 THEN RETURN NULL; END IF; RETURN NEW; END; $$;
CREATE TRIGGER s32w_trg_skip BEFORE INSERT OR UPDATE ON s32w_trg FOR EACH ROW EXECUTE FUNCTION s32w_skip_fn();
INSERT INTO s32w_trg (id, name, qty) VALUES (2, 'neg', -1), (3, 'pos', 1), (4, 'neg2', -5);
UPDATE s32w_trg SET qty = -1;
UPDATE s32w_trg SET qty = -1 RETURNING id;
SELECT id, qty, version FROM s32w_trg ORDER BY id;
CREATE FUNCTION s32w_audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO s32w_audit (op, old_v, new_v) VALUES (TG_OP, OLD.name, NEW.name); RETURN NULL; END; $$;
CREATE TRIGGER s32w_trg_audit AFTER UPDATE ON s32w_trg FOR EACH ROW EXECUTE FUNCTION s32w_audit_fn();
UPDATE s32w_trg SET name = name || '2';
SELECT op, old_v, new_v FROM s32w_audit ORDER BY old_v;
CREATE FUNCTION s32w_del_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO s32w_audit (op, old_v) VALUES (TG_OP, OLD.name); RETURN OLD; END; $$;
CREATE TRIGGER s32w_trg_del BEFORE DELETE ON s32w_trg FOR EACH ROW EXECUTE FUNCTION s32w_del_fn();
DELETE FROM s32w_trg WHERE id = 3 RETURNING id, name;
SELECT op, old_v FROM s32w_audit WHERE op = 'DELETE' ORDER BY id;

-- MERGE
CREATE TABLE s32w_stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE s32w_delta (sku text, d int);
INSERT INTO s32w_stock VALUES ('a', 10), ('b', 5), ('c', 1);
INSERT INTO s32w_delta VALUES ('a', -3), ('b', -5), ('d', 4), ('c', NULL);
MERGE INTO s32w_stock s USING s32w_delta d ON s.sku = d.sku WHEN MATCHED AND s.qty + d.d <= 0 THEN DELETE WHEN MATCHED AND d.d IS NOT NULL THEN UPDATE SET qty = s.qty + d.d WHEN NOT MATCHED THEN INSERT VALUES (d.sku, d.d);
SELECT sku, qty FROM s32w_stock ORDER BY sku;
INSERT INTO s32w_delta VALUES ('a', 1);
MERGE INTO s32w_stock s USING s32w_delta d ON s.sku = d.sku WHEN MATCHED THEN UPDATE SET qty = s.qty + 1;
MERGE INTO s32w_stock s USING (SELECT 'e' AS sku, 2.5 AS d) d ON s.sku = d.sku WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (d.sku, d.d);
MERGE INTO s32w_stock s USING (VALUES ('a', 0), ('z', 0)) v(sku, d) ON s.sku = v.sku WHEN MATCHED THEN DO NOTHING WHEN NOT MATCHED THEN DO NOTHING;

-- command tags and row counts on the wire
CREATE TABLE s32w_tag (id int PRIMARY KEY, g int);
INSERT INTO s32w_tag SELECT g, g % 3 FROM generate_series(1, 10) g;
UPDATE s32w_tag t SET g = t.g + 10 FROM (VALUES (0), (0), (1)) v(x) WHERE t.g = v.x;
SELECT g, count(*) FROM s32w_tag GROUP BY g ORDER BY g;
DELETE FROM s32w_tag t USING (VALUES (11), (11)) v(x) WHERE t.g = v.x RETURNING t.id;
DELETE FROM s32w_tag WHERE id IN (SELECT id FROM s32w_tag ORDER BY id LIMIT 2) RETURNING id;
INSERT INTO s32w_tag SELECT id + 100, g FROM s32w_tag WHERE g = 2;
INSERT INTO s32w_tag VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET g = 99 WHERE s32w_tag.g <> 99 RETURNING id, g;
INSERT INTO s32w_tag VALUES (200, 0), (201, 0) ON CONFLICT (id) DO NOTHING;
SELECT count(*), sum(g) FROM s32w_tag;
SELECT count(*) FROM s32w_tag;

-- then: floats and numerics assigned through other paths (INSERT … SELECT, ON CONFLICT, MERGE,
-- defaults, ALTER COLUMN … TYPE, arrays, domains, triggers), typmods of times, generated columns
CREATE TABLE s32w_fl (id int PRIMARY KEY, f float8, r real, n numeric);
INSERT INTO s32w_fl VALUES (1, 2.5, 2.5, 2.5), (2, -3.5, -3.5, -3.5), (3, 0.5, 1.5, 0.5), (4, 1e10, 1e10, 1e10);
CREATE TABLE s32w_fi (id int PRIMARY KEY, i int, s smallint, b bigint, ia int[], na numeric(4,1)[], va varchar(2)[]);
-- @must
INSERT INTO s32w_fi (id, i, s, b) SELECT id, f, r, n FROM s32w_fl WHERE id < 4 RETURNING id, i, s, b;
INSERT INTO s32w_fi (id, i) SELECT id, f FROM s32w_fl WHERE id = 4;
INSERT INTO s32w_fi (id, b) SELECT id + 10, f FROM s32w_fl WHERE id = 4 RETURNING b;
-- @must
UPDATE s32w_fi SET i = f.r, s = f.f FROM s32w_fl f WHERE f.id = s32w_fi.id RETURNING s32w_fi.id, i, s;
UPDATE s32w_fi SET i = (SELECT avg(f) FROM s32w_fl WHERE id IN (1, 3)) WHERE id = 1 RETURNING i;
UPDATE s32w_fi SET i = (SELECT avg(n) FROM s32w_fl WHERE id IN (1, 3)) WHERE id = 2 RETURNING i;
-- @must
INSERT INTO s32w_fi (id, i) VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET i = 4.5::float8, s = excluded.i + 0.5::float8 RETURNING i, s;
MERGE INTO s32w_fi t USING s32w_fl f ON t.id = f.id WHEN MATCHED THEN UPDATE SET i = f.f WHEN NOT MATCHED THEN INSERT (id, i) VALUES (f.id + 20, f.r);
-- @must
SELECT id, i, s, b FROM s32w_fi ORDER BY id;
-- @must
INSERT INTO s32w_fi (id, ia, na, va) VALUES (30, ARRAY[2.5::float8, 3.5], ARRAY[1.25, 1.35, -1.25], ARRAY['a', 'ab']) RETURNING ia, na, va;
INSERT INTO s32w_fi (id, ia) VALUES (31, ARRAY[2.5, 3.5]) RETURNING ia;
INSERT INTO s32w_fi (id, va) VALUES (32, ARRAY['abc']);
INSERT INTO s32w_fi (id, na) VALUES (32, ARRAY[12345.0]);
INSERT INTO s32w_fi (id, ia) VALUES (32, '{2.5}');
CREATE TABLE s32w_df (id int PRIMARY KEY, i int DEFAULT 2.5, j int DEFAULT 2.5::float8, n numeric(4,1) DEFAULT 1.25, v varchar(2) DEFAULT 'ab', t timestamp(0) DEFAULT '2024-01-01 10:00:00.5');
-- @must
INSERT INTO s32w_df (id) VALUES (1) RETURNING *;
ALTER TABLE s32w_df ADD COLUMN k smallint DEFAULT 3.5;
ALTER TABLE s32w_df ADD COLUMN m int DEFAULT 5.5::real;
SELECT id, k, m FROM s32w_df ORDER BY id;
ALTER TABLE s32w_fl ALTER COLUMN f TYPE int;
ALTER TABLE s32w_fl ALTER COLUMN r TYPE int USING r;
ALTER TABLE s32w_fl ALTER COLUMN n TYPE numeric(3,0);
SELECT id, f, r, n FROM s32w_fl ORDER BY id;
ALTER TABLE s32w_fl ALTER COLUMN n TYPE int USING n::int;
SELECT id, f, r, n FROM s32w_fl ORDER BY id;
CREATE DOMAIN s32w_qty AS int CHECK (VALUE >= 0);
CREATE TABLE s32w_dm (id int PRIMARY KEY, q s32w_qty, p numeric(6,2));
-- @must
INSERT INTO s32w_dm VALUES (1, 2.5::float8, 1.005), (2, 0.4, 0) RETURNING q, p;
INSERT INTO s32w_dm VALUES (3, -0.4, 0) RETURNING q;
INSERT INTO s32w_dm VALUES (4, -0.6, 0);
CREATE TABLE s32w_tm (id int PRIMARY KEY, ts timestamp(0), tz timestamptz(2), t time(0), iv interval(0), d date);
INSERT INTO s32w_tm VALUES (1, '2024-01-01 10:00:00.5', '2024-01-01 10:00:00.125', '23:59:59.6', '1.5 seconds', '2024-01-01') RETURNING ts, tz, t, iv;
INSERT INTO s32w_tm VALUES (2, '2024-12-31 23:59:59.5', '2024-01-01 10:00:00.135', '10:00:00.5', '2.5 seconds', 'epoch') RETURNING ts, tz, t, iv, d;
UPDATE s32w_tm SET ts = ts + interval '0.7 seconds', t = t + interval '0.4 seconds' WHERE id = 1 RETURNING ts, t;
INSERT INTO s32w_tm (id, d) VALUES (3, '2024-01-01 BC') RETURNING d;
INSERT INTO s32w_tm (id, d) VALUES (4, 'infinity') RETURNING d, d > '2999-01-01';
CREATE TABLE s32w_gen (id int PRIMARY KEY, w numeric(6,2), h numeric(6,2), area numeric(8,1) GENERATED ALWAYS AS (w * h) STORED, half int GENERATED ALWAYS AS (w / 2) STORED, code varchar(4) GENERATED ALWAYS AS ('w' || w) STORED);
-- @must
INSERT INTO s32w_gen (id, w, h) VALUES (1, 1.25, 1.00), (2, 0.05, 1.00), (3, 5, 0.01) RETURNING *;
-- @must
INSERT INTO s32w_gen (id, w, h) VALUES (4, 10.50, 1) RETURNING *;
INSERT INTO s32w_gen (id, w, h) VALUES (5, 100, 100000);
-- @must
INSERT INTO s32w_gen (id, w, h) VALUES (1, 3, 3) ON CONFLICT (id) DO UPDATE SET h = excluded.h * 2 RETURNING *;
-- @must
UPDATE s32w_gen SET w = w + 0.01 WHERE id = 2 RETURNING area, half, code;
-- @must
SELECT id, area, half, code FROM s32w_gen ORDER BY id;
CREATE TABLE s32w_gf (id int PRIMARY KEY, f float8, i int GENERATED ALWAYS AS (f) STORED, s smallint GENERATED ALWAYS AS (f * 2) STORED);
INSERT INTO s32w_gf (id, f) VALUES (1, 2.5), (2, 3.5), (3, -0.5) RETURNING *;
-- @must
INSERT INTO s32w_gf (id, f) VALUES (4, 20000);
CREATE TABLE s32w_trig2 (id int PRIMARY KEY, i int, v varchar(3), n numeric(5,2));
CREATE FUNCTION s32w_set_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.i := 2.5; NEW.n := NEW.n * 1.005; RETURN NEW; END; $$;
CREATE TRIGGER s32w_trig2_b BEFORE INSERT ON s32w_trig2 FOR EACH ROW EXECUTE FUNCTION s32w_set_fn();
INSERT INTO s32w_trig2 (id, n) VALUES (1, 1.00), (2, 10.00) RETURNING i, n;
SELECT id, i, n FROM s32w_trig2 ORDER BY id;
CREATE FUNCTION s32w_long_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v := NEW.v || 'xyz'; RETURN NEW; END; $$;
CREATE TRIGGER s32w_trig2_c BEFORE UPDATE ON s32w_trig2 FOR EACH ROW EXECUTE FUNCTION s32w_long_fn();
UPDATE s32w_trig2 SET v = 'a' WHERE id = 1;
SELECT id, v FROM s32w_trig2 ORDER BY id;
CREATE TABLE s32w_ord (id serial PRIMARY KEY, v text);
INSERT INTO s32w_ord (v) SELECT x FROM (VALUES ('c'), ('a'), ('b')) t(x) ORDER BY x DESC RETURNING id, v;
SELECT id, v FROM s32w_ord ORDER BY id;
UPDATE s32w_ord SET id = DEFAULT WHERE v = 'a' RETURNING id;
SELECT r = 0.1 AS eq, r = 0.1::real AS eqr, r::float8 AS widened FROM (SELECT 0.1::real AS r) s;
CREATE TABLE s32w_rl (id int PRIMARY KEY, r real, f float8);
INSERT INTO s32w_rl VALUES (1, 0.1, 0.1), (2, 16777217, 1e308) RETURNING r, f;
SELECT id FROM s32w_rl WHERE r = 0.1 ORDER BY id;
UPDATE s32w_rl SET r = r + 0.2, f = f + 0.2 WHERE id = 1 RETURNING r, f, r::numeric, f::numeric;
UPDATE s32w_rl SET f = f * 10 WHERE id = 2;

-- then: keys over values PostgreSQL counts equal though written differently, arbiters that change
CREATE TABLE s32w_ukey (id int PRIMARY KEY, dur interval UNIQUE);
INSERT INTO s32w_ukey VALUES (1, '1 day'), (2, '24 hours');
CREATE TABLE s32w_ujson (id int PRIMARY KEY, doc jsonb);
CREATE UNIQUE INDEX s32w_ujson_doc ON s32w_ujson (doc);
INSERT INTO s32w_ujson VALUES (1, '{"a": 1.0}'), (2, '{"a": 1}');
CREATE UNIQUE INDEX s32w_ujson_a ON s32w_ujson ((doc -> 'a'));
CREATE UNIQUE INDEX s32w_ujson_at ON s32w_ujson ((doc ->> 'a'));
INSERT INTO s32w_ujson VALUES (3, '{"a": 2}'), (4, '{"a": "2"}');
CREATE TABLE s32w_arb (a text, b text, UNIQUE (a, b));
INSERT INTO s32w_arb VALUES ('x', 'y');
INSERT INTO s32w_arb VALUES ('x', 'y'), ('x', 'y') ON CONFLICT (a, b) DO UPDATE SET b = 'z';
SELECT a, b FROM s32w_arb ORDER BY a, b;
-- @must
SELECT ARRAY[2.5::float8, 3.5, -2.5]::int[], '{0.5,1.5}'::float8[]::bigint[], ARRAY[2.5::real]::smallint[];
