-- Upserts that tell an insert from an update (xmax = 0), INSTEAD OF triggers on views, defaults
-- on views' columns (ALTER VIEW … ALTER COLUMN … SET DEFAULT) and pg_locks, as applications use them.

-- The upsert idiom: RETURNING (xmax = 0) AS inserted.
CREATE TABLE s22_kv (k text PRIMARY KEY, v int NOT NULL, hits int NOT NULL DEFAULT 1, updated_at timestamptz);
-- @must
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
-- @must
INSERT INTO s22_kv (k, v) VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
-- @must
INSERT INTO s22_kv (k, v) VALUES ('a', 3), ('b', 4), ('c', 5) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, hits = s22_kv.hits + 1 RETURNING k, v, hits, xmax = 0 AS inserted;
INSERT INTO s22_kv (k, v) VALUES ('b', 6), ('d', 7) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, xmax::text::int = 0 AS inserted;
INSERT INTO s22_kv (k, v) VALUES ('c', 8), ('e', 9) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, xmax <> 0 AS updated;
INSERT INTO s22_kv (k, v) VALUES ('c', 10) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, xmax != 0 AS updated, (xmax = 0) AS inserted, v;
INSERT INTO s22_kv AS t (k, v) VALUES ('a', 11), ('f', 12) ON CONFLICT (k) DO UPDATE SET v = t.v + EXCLUDED.v RETURNING t.k, t.v, (t.xmax = 0) AS inserted;
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE s22_kv.v < 0 RETURNING k, xmax = 0;
INSERT INTO s22_kv (k, v) VALUES ('a', 1), ('g', 2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE s22_kv.v < 0 RETURNING k, xmax = 0 AS inserted;
INSERT INTO s22_kv (k, v) VALUES ('b', 13), ('h', 14) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v WHERE s22_kv.k = 'b' RETURNING k, CASE WHEN xmax = 0 THEN 'insert' ELSE 'update' END AS action;
INSERT INTO s22_kv (k, v) VALUES ('i', 15) ON CONFLICT (k) DO NOTHING RETURNING k, xmax = 0;
INSERT INTO s22_kv (k, v) VALUES ('i', 16) ON CONFLICT (k) DO NOTHING RETURNING k, xmax = 0;
INSERT INTO s22_kv (k, v) VALUES ('j', 17) RETURNING k, xmax = 0 AS inserted;
INSERT INTO s22_kv (k, v) VALUES ('b', 18), ('k', 19) ON CONFLICT ON CONSTRAINT s22_kv_pkey DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
INSERT INTO s22_kv (k, v) VALUES ('b', 20) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING *, (xmax = 0) AS inserted;
INSERT INTO s22_kv (k, v) SELECT 'l' || g, g FROM generate_series(1, 3) g ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
INSERT INTO s22_kv (k, v) SELECT 'l' || g, g * 10 FROM generate_series(2, 4) g ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, v, (xmax = 0) AS inserted;
SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM (SELECT true AS inserted) s;
WITH up AS (INSERT INTO s22_kv (k, v) VALUES ('a', 21), ('m', 22) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, xmax = 0 AS inserted) SELECT k, inserted FROM up ORDER BY k;
WITH up AS (INSERT INTO s22_kv (k, v) VALUES ('a', 23), ('n', 24), ('o', 25) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING xmax = 0 AS inserted) SELECT count(*) FILTER (WHERE inserted) AS inserted, count(*) FILTER (WHERE NOT inserted) AS updated FROM up;
SELECT k, v, hits FROM s22_kv ORDER BY k;
-- params: ["a", 30]
INSERT INTO s22_kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
-- params: ["p", 31]
INSERT INTO s22_kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
-- params: ["p", 32]
INSERT INTO s22_kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v, updated_at = '2026-01-01 00:00:00+00' RETURNING v, xmax::text::int = 0 AS inserted;
-- params: [null, 33]
INSERT INTO s22_kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
-- params: ["q", null]
INSERT INTO s22_kv (k, v) VALUES ($1, $2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
-- In one transaction: a row inserted earlier and then upserted is an update.
BEGIN;
INSERT INTO s22_kv (k, v) VALUES ('r', 1) RETURNING k, xmax = 0;
INSERT INTO s22_kv (k, v) VALUES ('r', 2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
INSERT INTO s22_kv (k, v) VALUES ('s', 3) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
COMMIT;
BEGIN;
INSERT INTO s22_kv (k, v) VALUES ('t', 1) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
ROLLBACK;
INSERT INTO s22_kv (k, v) VALUES ('t', 1) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v RETURNING k, (xmax = 0) AS inserted;
-- Wrong uses of xmax.
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING 0 = xmax;
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax = 0::bigint;
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax::int;
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax::bigint = 0;
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmax > 0;
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING xmin = 0;
INSERT INTO s22_kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = 1 RETURNING s22_nope.xmax = 0;
SELECT k, xmax = 0 FROM s22_kv WHERE k = 'zz';
SELECT pg_typeof(xmax) FROM s22_kv WHERE k = 'zz';
-- The same on a table with a serial key and a unique column (the common "get or create").
CREATE TABLE s22_users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name text, seen int NOT NULL DEFAULT 0);
-- @must
INSERT INTO s22_users (email, name) VALUES ('ann@x.io', 'Ann') ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, seen = s22_users.seen + 1 RETURNING id, email, (xmax = 0) AS created;
-- @must
INSERT INTO s22_users (email, name) VALUES ('ann@x.io', 'Ann B') ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, seen = s22_users.seen + 1 RETURNING id, email, seen, (xmax = 0) AS created;
INSERT INTO s22_users (email, name) VALUES ('bob@x.io', 'Bob'), ('ann@x.io', 'Ann C') ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, name, (xmax = 0) AS created;
-- params: ["cid@x.io", "Cid"]
INSERT INTO s22_users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, (xmax = 0) AS created;
-- params: ["cid@x.io", "Cid 2"]
INSERT INTO s22_users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, (xmax = 0) AS created;
INSERT INTO s22_users (email, name) VALUES ('ann@x.io', 'Ann'), ('ann@x.io', 'Ann again') ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, (xmax = 0) AS created;
INSERT INTO s22_users (email) VALUES (NULL) ON CONFLICT (email) DO UPDATE SET name = 'x' RETURNING id, (xmax = 0) AS created;
SELECT id, email, name, seen FROM s22_users ORDER BY id;

-- Defaults on a view's columns, for inserts through it.
CREATE TABLE s22_tasks (id serial PRIMARY KEY, title text NOT NULL, status text NOT NULL DEFAULT 'new', priority int, created_by text);
CREATE VIEW s22_open_tasks AS SELECT id, title, status, priority, created_by, priority * 10 AS weight FROM s22_tasks WHERE status <> 'done';
-- @must
ALTER VIEW s22_open_tasks ALTER COLUMN priority SET DEFAULT 3;
-- @must
INSERT INTO s22_open_tasks (title) VALUES ('write docs') RETURNING id, title, status, priority, weight;
INSERT INTO s22_open_tasks (title, priority) VALUES ('fix bug', 1) RETURNING title, priority;
INSERT INTO s22_open_tasks (title, priority) VALUES ('no priority', NULL) RETURNING title, priority;
INSERT INTO s22_open_tasks VALUES (DEFAULT, 'all defaults', DEFAULT, DEFAULT, DEFAULT) RETURNING title, status, priority;
INSERT INTO s22_tasks (title) VALUES ('direct') RETURNING title, priority;
ALTER VIEW s22_open_tasks ALTER COLUMN status SET DEFAULT 'open';
ALTER VIEW s22_open_tasks ALTER COLUMN created_by SET DEFAULT current_user;
INSERT INTO s22_open_tasks (title) VALUES ('three defaults') RETURNING title, status, priority, created_by;
ALTER VIEW s22_open_tasks ALTER COLUMN priority SET DEFAULT 2 + 2;
INSERT INTO s22_open_tasks (title) SELECT 'copy of ' || title FROM s22_tasks WHERE id = 1 RETURNING title, priority, status;
-- params: ["bound"]
INSERT INTO s22_open_tasks (title) VALUES ($1) RETURNING title, priority, status;
ALTER VIEW s22_open_tasks ALTER COLUMN priority DROP DEFAULT;
INSERT INTO s22_open_tasks (title) VALUES ('after drop') RETURNING title, priority, status;
ALTER VIEW s22_open_tasks ALTER COLUMN priority DROP DEFAULT;
ALTER VIEW s22_open_tasks ALTER priority SET DEFAULT 7;
INSERT INTO s22_open_tasks (title) VALUES ('short form') RETURNING title, priority;
ALTER TABLE s22_open_tasks ALTER COLUMN priority SET DEFAULT 8;
INSERT INTO s22_open_tasks (title) VALUES ('via alter table') RETURNING title, priority;
UPDATE s22_open_tasks SET priority = DEFAULT WHERE title = 'after drop' RETURNING title, priority;
SELECT column_name, column_default FROM information_schema.columns WHERE table_name = 's22_open_tasks' ORDER BY ordinal_position;
SELECT id, title, status, priority, created_by = current_user AS mine FROM s22_tasks ORDER BY id;
ALTER VIEW s22_open_tasks ALTER COLUMN nope SET DEFAULT 1;
ALTER VIEW s22_open_tasks ALTER COLUMN priority SET DEFAULT 'high';
ALTER VIEW s22_open_tasks ALTER COLUMN weight SET DEFAULT 5;
INSERT INTO s22_open_tasks (title) VALUES ('weight default') RETURNING title;
ALTER VIEW s22_open_tasks ALTER COLUMN weight DROP DEFAULT;
ALTER VIEW s22_no_view ALTER COLUMN priority SET DEFAULT 1;
ALTER VIEW IF EXISTS s22_no_view ALTER COLUMN priority SET DEFAULT 1;
ALTER VIEW s22_tasks ALTER COLUMN priority SET DEFAULT 1;
ALTER VIEW s22_open_tasks ALTER COLUMN priority SET DEFAULT (SELECT 1);
ALTER VIEW s22_open_tasks ALTER COLUMN title SET DEFAULT 'untitled';
INSERT INTO s22_open_tasks DEFAULT VALUES RETURNING title, status, priority;
-- A view over a view: the outer view's default comes first, then the inner's, then the table's.
CREATE VIEW s22_urgent AS SELECT id, title, status, priority FROM s22_open_tasks WHERE priority <= 2;
INSERT INTO s22_urgent (title, priority) VALUES ('urgent one', 1) RETURNING title, status, priority;
ALTER VIEW s22_urgent ALTER COLUMN status SET DEFAULT 'urgent';
INSERT INTO s22_urgent (title, priority) VALUES ('urgent two', 2) RETURNING title, status, priority;
INSERT INTO s22_urgent DEFAULT VALUES RETURNING title, status, priority;
SELECT title, status, priority FROM s22_tasks ORDER BY id;

-- INSTEAD OF triggers: writes through a join view.
CREATE TABLE s22_orders (id int PRIMARY KEY, customer text NOT NULL, note text);
CREATE TABLE s22_lines (order_id int NOT NULL REFERENCES s22_orders (id), sku text NOT NULL, qty int NOT NULL CHECK (qty > 0), PRIMARY KEY (order_id, sku));
CREATE VIEW s22_order_lines AS SELECT o.id, o.customer, l.sku, l.qty FROM s22_orders o JOIN s22_lines l ON l.order_id = o.id;
CREATE FUNCTION s22_order_lines_ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO s22_orders (id, customer) VALUES (NEW.id, NEW.customer) ON CONFLICT (id) DO NOTHING; INSERT INTO s22_lines (order_id, sku, qty) VALUES (NEW.id, NEW.sku, NEW.qty); RETURN NEW; END $$;
-- @must
CREATE TRIGGER s22_order_lines_ins INSTEAD OF INSERT ON s22_order_lines FOR EACH ROW EXECUTE FUNCTION s22_order_lines_ins();
-- @must
INSERT INTO s22_order_lines VALUES (1, 'ann', 'x1', 2);
INSERT INTO s22_order_lines (id, customer, sku, qty) VALUES (1, 'ann', 'x2', 3), (2, 'bob', 'y1', 1) RETURNING *;
INSERT INTO s22_order_lines (id, customer, sku, qty) VALUES (3, 'cid', 'z1', 5) RETURNING id, sku, qty * 2 AS dbl;
-- params: [4, "dee", "w1", 6]
INSERT INTO s22_order_lines (id, customer, sku, qty) VALUES ($1, $2, $3, $4) RETURNING id, customer;
INSERT INTO s22_order_lines (id, customer, sku, qty) VALUES (1, 'ann', 'x1', 9);
INSERT INTO s22_order_lines (id, customer, sku, qty) VALUES (5, 'eve', 'v1', 0);
SELECT * FROM s22_order_lines ORDER BY id, sku;
CREATE FUNCTION s22_order_lines_upd() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE s22_lines SET qty = NEW.qty WHERE order_id = OLD.id AND sku = OLD.sku; IF NEW.customer IS DISTINCT FROM OLD.customer THEN UPDATE s22_orders SET customer = NEW.customer WHERE id = OLD.id; END IF; RETURN NEW; END $$;
CREATE TRIGGER s22_order_lines_upd INSTEAD OF UPDATE ON s22_order_lines FOR EACH ROW EXECUTE FUNCTION s22_order_lines_upd();
UPDATE s22_order_lines SET qty = qty + 10 WHERE sku = 'x1' RETURNING *;
UPDATE s22_order_lines SET customer = 'ANN' WHERE id = 1;
UPDATE s22_order_lines SET qty = 1 WHERE sku = 'none';
-- params: [7, "y1"]
UPDATE s22_order_lines SET qty = $1 WHERE sku = $2 RETURNING id, sku, qty;
CREATE FUNCTION s22_order_lines_del() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM s22_lines WHERE order_id = OLD.id AND sku = OLD.sku; RETURN OLD; END $$;
CREATE TRIGGER s22_order_lines_del INSTEAD OF DELETE ON s22_order_lines FOR EACH ROW EXECUTE FUNCTION s22_order_lines_del();
DELETE FROM s22_order_lines WHERE sku = 'x2' RETURNING id, sku;
DELETE FROM s22_order_lines WHERE sku = 'zz';
SELECT * FROM s22_order_lines ORDER BY id, sku;
SELECT tgname, tgtype, tgenabled FROM pg_trigger WHERE tgrelid = 's22_order_lines'::regclass ORDER BY 1;
SELECT trigger_name, event_manipulation, action_timing, action_orientation FROM information_schema.triggers WHERE event_object_table = 's22_order_lines' ORDER BY 1, 2;
SELECT table_name, is_insertable_into, is_trigger_insertable_into, is_trigger_updatable, is_trigger_deletable FROM information_schema.views WHERE table_name = 's22_order_lines';
-- A trigger that returns NULL skips the row.
CREATE FUNCTION s22_skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE VIEW s22_customers AS SELECT id, customer FROM s22_orders;
CREATE TRIGGER s22_skip INSTEAD OF INSERT ON s22_customers FOR EACH ROW EXECUTE FUNCTION s22_skip();
INSERT INTO s22_customers VALUES (9, 'q') RETURNING *;
SELECT count(*) FROM s22_orders WHERE id = 9;
-- Refused as PostgreSQL refuses them.
CREATE TRIGGER s22_bad1 INSTEAD OF INSERT ON s22_orders FOR EACH ROW EXECUTE FUNCTION s22_skip();
CREATE TRIGGER s22_bad2 INSTEAD OF INSERT ON s22_customers FOR EACH STATEMENT EXECUTE FUNCTION s22_skip();
CREATE TRIGGER s22_bad3 BEFORE INSERT ON s22_customers FOR EACH ROW EXECUTE FUNCTION s22_skip();
CREATE TRIGGER s22_bad4 INSTEAD OF INSERT ON s22_customers FOR EACH ROW WHEN (NEW.id > 0) EXECUTE FUNCTION s22_skip();
CREATE TRIGGER s22_bad5 INSTEAD OF UPDATE OF customer ON s22_customers FOR EACH ROW EXECUTE FUNCTION s22_skip();
DROP TRIGGER s22_order_lines_del ON s22_order_lines;
DELETE FROM s22_order_lines;
DROP TRIGGER s22_skip ON s22_customers;
DROP VIEW s22_customers;

-- pg_locks: advisory locks, as migration tools and job queues look for them.
SELECT pg_advisory_lock(424242);
-- @must
SELECT locktype, classid, objid, objsubid, mode, granted, pid = pg_backend_pid() AS mine FROM pg_locks WHERE locktype = 'advisory';
SELECT pg_advisory_lock(7, 8);
SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' ORDER BY objsubid, objid;
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 424242 AND granted;
SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = 7 AND objid = 8 AND objsubid = 2) AS held;
SELECT l.objid, a.pid = pg_backend_pid() AS mine, a.state FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory' ORDER BY l.objid;
SELECT a.usename, l.mode, l.granted FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.objid = 424242;
-- params: [424242]
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = $1;
SELECT pg_advisory_unlock(424242);
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 424242;
SELECT pg_advisory_lock(5000000000);
SELECT classid, objid, objsubid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1;
SELECT pg_advisory_lock(-1);
SELECT classid, objid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 ORDER BY objid;
SELECT pg_advisory_lock(-3, -4);
SELECT classid, objid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 ORDER BY objid;
SELECT pg_advisory_unlock_all();
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory';
BEGIN;
SELECT pg_advisory_xact_lock(99);
SELECT locktype, objid, mode, granted FROM pg_locks WHERE locktype = 'advisory';
COMMIT;
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory';
SELECT pg_try_advisory_lock(55);
SELECT pg_try_advisory_lock(55);
SELECT objid, granted FROM pg_locks WHERE locktype = 'advisory';
SELECT pg_advisory_unlock(55), pg_advisory_unlock(55);
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 55;
SELECT pg_typeof(locktype), pg_typeof(database), pg_typeof(relation), pg_typeof(page), pg_typeof(tuple), pg_typeof(classid), pg_typeof(objid), pg_typeof(objsubid), pg_typeof(pid), pg_typeof(granted), pg_typeof(waitstart) FROM pg_locks LIMIT 1;
SELECT count(*) > 0 AS any FROM pg_locks;
SELECT database = (SELECT oid FROM pg_database WHERE datname = current_database()) AS here FROM pg_locks WHERE locktype = 'advisory';
SELECT l.locktype FROM pg_locks l JOIN s22_kv k ON k.v = l.pid;
SELECT mode, count(*) FROM pg_locks WHERE locktype = 'advisory' GROUP BY mode;

DROP VIEW s22_urgent;
DROP VIEW s22_open_tasks;
DROP VIEW s22_order_lines;
DROP FUNCTION s22_order_lines_ins() CASCADE;
DROP FUNCTION s22_order_lines_upd() CASCADE;
DROP FUNCTION s22_order_lines_del() CASCADE;
DROP FUNCTION s22_skip() CASCADE;
DROP TABLE s22_lines, s22_orders, s22_tasks, s22_users, s22_kv;

-- INSTEAD OF triggers of one function for every event (TG_OP), over a join view, with the writes' errors.
CREATE TABLE s22p_a (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE s22p_b (id int PRIMARY KEY REFERENCES s22p_a (id), score int);
CREATE VIEW s22p_v AS SELECT a.id, a.name, b.score FROM s22p_a a LEFT JOIN s22p_b b ON b.id = a.id;
CREATE FUNCTION s22p_f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'INSERT' THEN INSERT INTO s22p_a VALUES (NEW.id, NEW.name); IF NEW.score IS NOT NULL THEN INSERT INTO s22p_b VALUES (NEW.id, NEW.score); END IF; RETURN NEW; ELSIF TG_OP = 'UPDATE' THEN UPDATE s22p_a SET name = NEW.name WHERE id = OLD.id; INSERT INTO s22p_b VALUES (OLD.id, NEW.score) ON CONFLICT (id) DO UPDATE SET score = EXCLUDED.score; RETURN NEW; ELSE DELETE FROM s22p_b WHERE id = OLD.id; DELETE FROM s22p_a WHERE id = OLD.id; RETURN OLD; END IF; END $$;
CREATE TRIGGER s22p_t INSTEAD OF INSERT OR UPDATE OR DELETE ON s22p_v FOR EACH ROW EXECUTE FUNCTION s22p_f();
INSERT INTO s22p_v VALUES (1, 'a', 10), (2, 'b', NULL), (3, 'c', 30);
INSERT INTO s22p_v SELECT id + 10, name || '!', score FROM s22p_v WHERE id < 3 RETURNING *;
UPDATE s22p_v SET score = coalesce(score, 0) + 1 WHERE name LIKE 'b%' RETURNING id, score;
UPDATE s22p_v SET name = upper(name);
UPDATE s22p_v v SET score = 99 FROM s22p_a a WHERE a.id = v.id AND a.id = 3 RETURNING v.id, v.score;
UPDATE s22p_v SET score = 5 WHERE id IN (SELECT id FROM s22p_a WHERE id > 10);
DELETE FROM s22p_v WHERE id = (SELECT max(id) FROM s22p_a) RETURNING *;
DELETE FROM s22p_v WHERE score IS NULL;
SELECT * FROM s22p_v ORDER BY id;
INSERT INTO s22p_v VALUES (1, 'dup', 1);
SELECT * FROM s22p_v ORDER BY id;
BEGIN;
INSERT INTO s22p_v VALUES (50, 'tx', 5);
ROLLBACK;
SELECT count(*) FROM s22p_a;
-- params: [60, "p", 6]
INSERT INTO s22p_v VALUES ($1, $2, $3) RETURNING id, name, score;
CREATE FUNCTION s22p_g() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no writes to %', TG_TABLE_NAME USING ERRCODE = 'P0001'; END $$;
CREATE VIEW s22p_ro AS SELECT id FROM s22p_a;
CREATE TRIGGER s22p_ro_t INSTEAD OF DELETE ON s22p_ro FOR EACH ROW EXECUTE FUNCTION s22p_g();
DELETE FROM s22p_ro WHERE id = 1;
DELETE FROM s22p_ro WHERE id = -1;
INSERT INTO s22p_ro VALUES (70) RETURNING *;
SELECT * FROM s22p_ro ORDER BY id;
UPDATE s22p_ro SET id = id WHERE id = 1 RETURNING id;
CREATE FUNCTION s22p_h() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := 'x'; INSERT INTO s22p_a VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE VIEW s22p_w AS SELECT id, name FROM s22p_a WHERE id > 1000 UNION ALL SELECT 0, 'z';
CREATE TRIGGER s22p_w_t INSTEAD OF INSERT ON s22p_w FOR EACH ROW EXECUTE FUNCTION s22p_h();
INSERT INTO s22p_w VALUES (2000, 'q') RETURNING *;
SELECT trigger_name, action_timing, event_manipulation FROM information_schema.triggers WHERE event_object_table = 's22p_v' ORDER BY 3;
SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 's22p_t';
ALTER TABLE s22p_v DISABLE TRIGGER s22p_t;
INSERT INTO s22p_v VALUES (80, 'disabled', 1);
ALTER TABLE s22p_v ENABLE TRIGGER s22p_t;
DROP TRIGGER s22p_t ON s22p_v;
INSERT INTO s22p_v VALUES (81, 'gone', 1);
DROP VIEW s22p_w, s22p_ro, s22p_v;
DROP FUNCTION s22p_f(), s22p_g(), s22p_h();
DROP TABLE s22p_b, s22p_a;

-- A view with an INSTEAD OF trigger, a column default, replaced, renamed.
CREATE TABLE s22q_t (id int PRIMARY KEY, name text, n int DEFAULT 0);
CREATE VIEW s22q_v AS SELECT id, name, n FROM s22q_t WHERE n >= 0 UNION ALL SELECT -1, 'fake', -1;
CREATE FUNCTION s22q_f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO s22q_t VALUES (NEW.id, NEW.name, NEW.n); RETURN NEW; END $$;
CREATE TRIGGER s22q_i INSTEAD OF INSERT ON s22q_v FOR EACH ROW EXECUTE FUNCTION s22q_f();
ALTER VIEW s22q_v ALTER COLUMN n SET DEFAULT 7;
INSERT INTO s22q_v (id, name) VALUES (1, 'a') RETURNING *;
CREATE OR REPLACE VIEW s22q_v AS SELECT id, name, n FROM s22q_t WHERE n >= 0 UNION ALL SELECT -2, 'fake', -2;
INSERT INTO s22q_v (id, name) VALUES (2, 'b') RETURNING *;
ALTER VIEW s22q_v RENAME TO s22q_w;
INSERT INTO s22q_w (id, name) VALUES (3, 'c') RETURNING *;
SELECT * FROM s22q_t ORDER BY id;
SELECT tgname FROM pg_trigger WHERE tgrelid = 's22q_w'::regclass;
COPY s22q_w FROM STDIN;
DROP VIEW s22q_w;
DROP FUNCTION s22q_f();
DROP TABLE s22q_t;

-- The same through a driver's extended protocol: upserts of a counter table, a view's defaults, INSTEAD OF writes, pg_locks.
CREATE TABLE s22x_counters (name text PRIMARY KEY, n bigint NOT NULL DEFAULT 0, touched_at timestamptz);
-- params: ["visits", 1]
INSERT INTO s22x_counters (name, n) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET n = s22x_counters.n + EXCLUDED.n RETURNING n, (xmax = 0) AS created;
-- params: ["visits", 1]
INSERT INTO s22x_counters (name, n) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET n = s22x_counters.n + EXCLUDED.n RETURNING n, (xmax = 0) AS created;
-- params: ["visits", 5]
INSERT INTO s22x_counters (name, n) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET n = s22x_counters.n + EXCLUDED.n RETURNING n, xmax <> 0 AS existed;
-- params: ["signups", 2, "2026-01-02 03:04:05+00"]
INSERT INTO s22x_counters (name, n, touched_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET n = EXCLUDED.n, touched_at = EXCLUDED.touched_at RETURNING name, n, touched_at, (xmax = 0) AS created;
-- params: ["signups", 3, "2026-01-02 04:04:05+00"]
INSERT INTO s22x_counters (name, n, touched_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET n = EXCLUDED.n, touched_at = EXCLUDED.touched_at WHERE s22x_counters.touched_at < EXCLUDED.touched_at RETURNING name, n, (xmax = 0) AS created;
-- params: ["signups", 4, "2026-01-01 00:00:00+00"]
INSERT INTO s22x_counters (name, n, touched_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET n = EXCLUDED.n, touched_at = EXCLUDED.touched_at WHERE s22x_counters.touched_at < EXCLUDED.touched_at RETURNING name, n, (xmax = 0) AS created;
-- params: ["a", 1, "b", 2]
INSERT INTO s22x_counters (name, n) VALUES ($1, $2), ($3, $4) ON CONFLICT (name) DO UPDATE SET n = EXCLUDED.n RETURNING name, (xmax = 0) AS created;
-- params: ["a", 10, "c", 30]
INSERT INTO s22x_counters (name, n) VALUES ($1, $2), ($3, $4) ON CONFLICT (name) DO UPDATE SET n = EXCLUDED.n RETURNING name, (xmax = 0) AS created;
-- params: ["visits", "x"]
INSERT INTO s22x_counters (name, n) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET n = EXCLUDED.n RETURNING (xmax = 0) AS created;
-- params: ["visits"]
SELECT name, n FROM s22x_counters WHERE name = $1;
CREATE VIEW s22x_counter_view AS SELECT name, n FROM s22x_counters;
ALTER VIEW s22x_counter_view ALTER COLUMN n SET DEFAULT 100;
-- params: ["views"]
INSERT INTO s22x_counter_view (name) VALUES ($1) RETURNING name, n;
-- params: ["views2", null]
INSERT INTO s22x_counter_view (name, n) VALUES ($1, $2) RETURNING name, n;
CREATE VIEW s22x_totals AS SELECT left(name, 1) AS letter, sum(n) AS total FROM s22x_counters GROUP BY left(name, 1);
CREATE FUNCTION s22x_totals_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP = 'DELETE' THEN DELETE FROM s22x_counters WHERE left(name, 1) = OLD.letter; RETURN OLD; END IF; INSERT INTO s22x_counters (name, n) VALUES (NEW.letter || '-total', NEW.total) ON CONFLICT (name) DO UPDATE SET n = EXCLUDED.n; RETURN NEW; END $$;
CREATE TRIGGER s22x_totals_write INSTEAD OF INSERT OR DELETE ON s22x_totals FOR EACH ROW EXECUTE FUNCTION s22x_totals_write();
-- params: ["z", 9]
INSERT INTO s22x_totals VALUES ($1, $2) RETURNING letter, total;
-- params: ["z", 11]
INSERT INTO s22x_totals (letter, total) VALUES ($1, $2);
-- params: ["z"]
SELECT letter, total FROM s22x_totals WHERE letter = $1;
-- params: ["c"]
DELETE FROM s22x_totals WHERE letter = $1 RETURNING letter;
-- params: ["zz"]
DELETE FROM s22x_totals WHERE letter = $1;
SELECT name, n FROM s22x_counters ORDER BY name;
-- params: [8675309]
SELECT pg_advisory_lock($1);
-- params: [8675309]
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND pid = pg_backend_pid();
-- params: [8675309]
SELECT pg_advisory_unlock($1);
-- params: ["advisory"]
SELECT count(*) FROM pg_locks WHERE locktype = $1;
DROP VIEW s22x_totals, s22x_counter_view;
DROP FUNCTION s22x_totals_write();
DROP TABLE s22x_counters;
