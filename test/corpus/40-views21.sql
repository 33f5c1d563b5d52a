-- Automatically updatable views (view-write-through.ts): INSERT, UPDATE and DELETE through every
-- kind of view PostgreSQL writes through, and the errors of the ones it refuses.

-- The base tables.
CREATE TABLE v21_items (id serial PRIMARY KEY, name text NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2) DEFAULT 9.99, active boolean DEFAULT true, note text, UNIQUE (name));
CREATE TABLE v21_tags (item_id int REFERENCES v21_items (id), tag text NOT NULL, PRIMARY KEY (item_id, tag));
INSERT INTO v21_items (name, qty, price) VALUES ('apple', 10, 1.50), ('pear', 0, 2.25), ('plum', 5, 0.75);

-- A plain view of some columns: every shown column is written, the others take their defaults.
CREATE VIEW v21_plain AS SELECT id, name, qty FROM v21_items;
INSERT INTO v21_plain (name, qty) VALUES ('fig', 3);
INSERT INTO v21_plain (name) VALUES ('kiwi') RETURNING *;
INSERT INTO v21_plain VALUES (DEFAULT, 'lime', 7) RETURNING id, name, qty;
INSERT INTO v21_plain (name, qty) VALUES ('date', 1), ('yuzu', 2) RETURNING name, qty * 10 AS tens;
SELECT id, name, qty, price, active, note FROM v21_items ORDER BY id;
UPDATE v21_plain SET qty = qty + 1 WHERE name = 'fig' RETURNING *;
UPDATE v21_plain SET name = upper(name) WHERE id = 5 RETURNING v21_plain.name;
UPDATE v21_plain SET qty = 100 WHERE name = 'nothing';
DELETE FROM v21_plain WHERE name = 'yuzu' RETURNING *;
DELETE FROM v21_plain WHERE qty > 1000;
SELECT id, name, qty FROM v21_plain ORDER BY id;
INSERT INTO v21_plain DEFAULT VALUES;
INSERT INTO v21_plain (name, qty) SELECT name || '2', qty FROM v21_items WHERE id <= 2 ORDER BY id RETURNING name, qty;
DELETE FROM v21_plain WHERE name LIKE '%2' RETURNING name;

-- A view hides the base table's other columns and its name.
UPDATE v21_plain SET qty = 1 WHERE price > 1;
DELETE FROM v21_plain WHERE v21_plain.note IS NULL;
INSERT INTO v21_plain (id, name, note) VALUES (50, 'x', 'y');
INSERT INTO v21_plain (id, name, qty, id) VALUES (50, 'x', 1, 2);
UPDATE v21_plain SET missing = 1;
INSERT INTO v21_plain (id, name) VALUES (50, 'x') RETURNING note;
INSERT INTO v21_plain (id, name) VALUES (50, 'x') RETURNING v21_items;
INSERT INTO v21_plain VALUES (51, 'too', 1, 'many');

-- Computed columns are read, never written (0A000 with its detail).
CREATE VIEW v21_calc AS SELECT id, name, qty, price, qty * price AS total, upper(name) AS shout, qty > 0 AS in_stock FROM v21_items WHERE active;
SELECT name, total, shout, in_stock FROM v21_calc ORDER BY id;
INSERT INTO v21_calc (name, total) VALUES ('no', 1);
INSERT INTO v21_calc (name, shout) VALUES ('no', DEFAULT);
INSERT INTO v21_calc VALUES (DEFAULT, 'no', 1, 1, 1);
UPDATE v21_calc SET shout = 'X';
UPDATE v21_calc SET in_stock = false WHERE id = 1;
INSERT INTO v21_calc (name, qty, price) VALUES ('melon', 2, 3.10) RETURNING name, total, shout, in_stock;
UPDATE v21_calc SET price = price * 2 WHERE name = 'melon' RETURNING total, price;
WITH z AS (UPDATE v21_calc SET qty = 0 WHERE total > 12 RETURNING name, in_stock) SELECT name, in_stock FROM z ORDER BY name;
DELETE FROM v21_calc WHERE shout = 'MELON' RETURNING name, total;
INSERT INTO v21_calc (name, qty) VALUES ('x', 1) ON CONFLICT (name) DO UPDATE SET total = 1;

-- The view's WHERE: UPDATE and DELETE reach only the rows it shows (no check option: INSERT writes any).
CREATE VIEW v21_instock AS SELECT id, name, qty, active FROM v21_items WHERE qty > 0;
SELECT id, name, qty FROM v21_instock ORDER BY id;
UPDATE v21_instock SET note = 'x';
UPDATE v21_instock SET active = false WHERE name = 'pear';
SELECT name, active FROM v21_items WHERE name = 'pear';
WITH d AS (UPDATE v21_instock SET qty = qty * 2 RETURNING name, qty) SELECT name, qty FROM d ORDER BY name;
DELETE FROM v21_instock WHERE name = 'pear';
INSERT INTO v21_instock (name, qty) VALUES ('zero', 0) RETURNING *;
SELECT count(*) FROM v21_instock WHERE name = 'zero';
UPDATE v21_instock SET qty = 1 WHERE name = 'zero';
UPDATE v21_items SET qty = 1 WHERE name = 'zero';
UPDATE v21_instock SET qty = 0 WHERE name = 'zero' RETURNING name, qty;
DELETE FROM v21_instock WHERE name = 'zero';
DELETE FROM v21_items WHERE name = 'zero';

-- Renamed columns, a base table under an alias, column lists in another order.
CREATE VIEW v21_renamed (ident, label, amount) AS SELECT i.id, i.name, i.qty FROM v21_items i WHERE i.id < 1000;
INSERT INTO v21_renamed (label) VALUES ('cherry') RETURNING ident, label, amount;
INSERT INTO v21_renamed (amount, label) VALUES (4, 'grape') RETURNING *;
UPDATE v21_renamed SET amount = amount + 1 WHERE label = 'grape' RETURNING label, amount;
UPDATE v21_renamed AS r SET label = r.label || '!' WHERE r.amount = 5 RETURNING r.label;
DELETE FROM v21_renamed AS r WHERE r.label = 'grape!' RETURNING r.*;
UPDATE v21_renamed SET id = 1;
UPDATE v21_renamed SET label = 'x' WHERE name = 'cherry';
UPDATE v21_renamed r SET label = 'x' WHERE v21_renamed.ident = 1;
CREATE VIEW v21_reordered AS SELECT qty, name, id FROM v21_items;
INSERT INTO v21_reordered VALUES (8, 'banana') RETURNING *;
INSERT INTO v21_reordered VALUES (9, 'mango', 900) RETURNING id, name;
DELETE FROM v21_reordered WHERE id = 900;

-- A view of a view of a view, each with its own WHERE.
CREATE VIEW v21_n1 AS SELECT id, name, qty, price FROM v21_items WHERE price IS NOT NULL;
CREATE VIEW v21_n2 AS SELECT id AS n2_id, name, qty * 1 AS q1, qty FROM v21_n1 WHERE qty < 50;
CREATE VIEW v21_n3 AS SELECT n2_id, upper(name) AS big, qty FROM v21_n2 WHERE n2_id > 1;
INSERT INTO v21_n3 (qty) VALUES (3);
INSERT INTO v21_n2 (name, qty) VALUES ('nested', 3) RETURNING *;
UPDATE v21_n3 SET qty = qty + 10 WHERE big = 'NESTED' RETURNING n2_id > 0 AS has_id, big, qty;
UPDATE v21_n3 SET big = 'x';
UPDATE v21_n2 SET q1 = 1;
INSERT INTO v21_n2 (name, q1) VALUES ('x', 1);
DELETE FROM v21_n3 WHERE big = 'NESTED' RETURNING big, qty;
UPDATE v21_n3 SET qty = 0 WHERE n2_id = 1;
SELECT name, qty FROM v21_items WHERE id = 1;
CREATE VIEW v21_nc AS SELECT q1 FROM v21_n2;
INSERT INTO v21_nc VALUES (1);
UPDATE v21_nc SET q1 = 1;
DELETE FROM v21_nc WHERE q1 = -1;

-- A view that selects every column, and one of a view that does.
CREATE VIEW v21_all AS SELECT * FROM v21_items WHERE note IS NULL;
INSERT INTO v21_all (name, note) VALUES ('noted', 'n') RETURNING name, note, qty, price, active;
SELECT name FROM v21_all WHERE name = 'noted';
UPDATE v21_all SET note = 'hidden now' WHERE name = 'banana' RETURNING name, note;
SELECT count(*) FROM v21_all WHERE name = 'banana';
UPDATE v21_all SET note = NULL WHERE name = 'banana';
UPDATE v21_items SET note = NULL WHERE name IN ('banana', 'noted');
DELETE FROM v21_all WHERE name = 'noted' RETURNING id > 0, name;
CREATE VIEW v21_all2 AS SELECT * FROM v21_all WHERE active;
UPDATE v21_all2 SET price = 0.50 WHERE name = 'banana' RETURNING name, price;
UPDATE v21_all2 SET active = false WHERE name = 'banana' RETURNING active;
UPDATE v21_all2 SET active = true WHERE name = 'banana';

-- RETURNING in the view's terms.
INSERT INTO v21_calc (name, qty, price) VALUES ('r1', 2, 1.25) RETURNING *;
INSERT INTO v21_calc (name, qty, price) VALUES ('r2', 3, 2) RETURNING v21_calc.*, total * 2 AS twice;
INSERT INTO v21_calc AS c (name, qty, price) VALUES ('r3', 1, 1) RETURNING c.name, c.total, length(c.shout);
UPDATE v21_calc SET qty = qty + 1 WHERE name = 'r1' RETURNING total::text, shout || '!', coalesce(total, 0) AS t0, CASE WHEN in_stock THEN 'yes' END AS s;
DELETE FROM v21_calc WHERE name IN ('r1', 'r2', 'r3');

-- ON CONFLICT on the base table's keys, EXCLUDED in the view's terms.
CREATE VIEW v21_up AS SELECT id, name, qty, qty * 2 AS dbl FROM v21_items WHERE active;
INSERT INTO v21_up (name, qty) VALUES ('apple', 1) ON CONFLICT (name) DO NOTHING;
INSERT INTO v21_up (name, qty) VALUES ('apple', 1) ON CONFLICT (name) DO NOTHING RETURNING *;
INSERT INTO v21_up (name, qty) VALUES ('apple', 1) ON CONFLICT (name) DO UPDATE SET qty = v21_up.qty + excluded.qty RETURNING name, qty, dbl;
INSERT INTO v21_up (name, qty) VALUES ('apple', 1) ON CONFLICT (name) DO UPDATE SET qty = excluded.dbl RETURNING qty;
INSERT INTO v21_up AS u (name, qty) VALUES ('apple', 5) ON CONFLICT (name) DO UPDATE SET qty = u.qty + 1 WHERE u.dbl > 100 RETURNING qty;
INSERT INTO v21_up (name, qty) VALUES ('apple', 5) ON CONFLICT (name) DO UPDATE SET qty = qty + 1;
INSERT INTO v21_up (name, qty) VALUES ('apple', 5) ON CONFLICT (name) DO UPDATE SET dbl = 1;
INSERT INTO v21_up (name, qty) VALUES ('apple', 5) ON CONFLICT (dbl) DO NOTHING;
INSERT INTO v21_up (name, qty) VALUES ('apple', 5) ON CONFLICT ON CONSTRAINT v21_items_name_key DO UPDATE SET qty = 2 RETURNING qty;
INSERT INTO v21_up (name, qty) VALUES ('quince', 5), ('apple', 6) ON CONFLICT (name) DO UPDATE SET qty = excluded.qty RETURNING name, qty;
INSERT INTO v21_up (id, name) VALUES (1, 'other') ON CONFLICT (id) DO UPDATE SET name = excluded.name || '-' || v21_up.name RETURNING id, name;
UPDATE v21_up SET name = 'apple' WHERE id = 1;

-- Parameters through the extended protocol.
-- params: ["papaya", 6]
INSERT INTO v21_renamed (label, amount) VALUES ($1, $2) RETURNING label, amount;
-- params: [7, "papaya"]
UPDATE v21_renamed SET amount = $1 WHERE label = $2 RETURNING amount;
-- params: ["papaya"]
DELETE FROM v21_renamed WHERE label = $1 RETURNING label;
-- params: [1]
SELECT name FROM v21_calc WHERE id = $1;
-- params: ["guava", 2, 1.5]
INSERT INTO v21_calc (name, qty, price) VALUES ($1, $2, $3) RETURNING total;
-- params: ["guava"]
DELETE FROM v21_calc WHERE name = $1;

-- UPDATE … FROM and DELETE … USING other tables.
CREATE TABLE v21_deltas (name text PRIMARY KEY, delta int);
INSERT INTO v21_deltas VALUES ('apple', 100), ('plum', 200), ('nothing', 1);
UPDATE v21_plain SET qty = d.delta FROM v21_deltas d WHERE d.name = v21_plain.name RETURNING v21_plain.name, v21_plain.qty, d.delta;
UPDATE v21_renamed r SET amount = amount + d.delta FROM v21_deltas d WHERE d.name = r.label AND d.delta > 150 RETURNING r.label, r.amount;
DELETE FROM v21_instock USING v21_deltas d WHERE d.name = v21_instock.name AND d.delta = 1 RETURNING v21_instock.name;
SELECT name, qty FROM v21_items WHERE name IN ('apple', 'plum') ORDER BY name;

-- Subqueries in the statement: the view's names inside them, and the subquery's own.
UPDATE v21_plain SET qty = (SELECT max(delta) FROM v21_deltas) WHERE name = 'plum' RETURNING qty;
UPDATE v21_plain SET qty = 3 WHERE id IN (SELECT id FROM v21_items WHERE name = 'plum') RETURNING name;
UPDATE v21_plain SET qty = 4 WHERE EXISTS (SELECT 1 FROM v21_deltas d WHERE d.name = v21_plain.name AND d.delta = 200) RETURNING name, qty;
DELETE FROM v21_plain WHERE name = (SELECT name FROM v21_deltas WHERE delta = 1);

-- Data-modifying WITH queries that write through views.
WITH moved AS (UPDATE v21_plain SET qty = qty + 1 WHERE name = 'plum' RETURNING name, qty) SELECT * FROM moved;
WITH added AS (INSERT INTO v21_renamed (label, amount) VALUES ('lychee', 2) RETURNING label, amount) SELECT label, amount FROM added;
WITH gone AS (DELETE FROM v21_renamed WHERE label = 'lychee' RETURNING label) SELECT count(*) FROM gone;

-- Defaults: DEFAULT in INSERT is the base column's; SET … = DEFAULT is the view column's (none: NULL).
INSERT INTO v21_all (name, qty, price) VALUES ('dflt', DEFAULT, DEFAULT) RETURNING qty, price;
UPDATE v21_all SET price = DEFAULT WHERE name = 'dflt' RETURNING price;
UPDATE v21_all SET qty = DEFAULT WHERE name = 'dflt';
DELETE FROM v21_all WHERE name = 'dflt';

-- Constraints of the base table still hold.
INSERT INTO v21_plain (name) VALUES (NULL);
INSERT INTO v21_plain (name) VALUES ('apple');
UPDATE v21_plain SET name = NULL WHERE id = 1;
INSERT INTO v21_plain (id, name) VALUES (1, 'dup');

-- WITH CHECK OPTION: a row written must be one the view shows (44000, the base table's row).
CREATE TABLE v21_acct (id int PRIMARY KEY, owner text NOT NULL, balance numeric(10,2) NOT NULL DEFAULT 0, kind text DEFAULT 'std', closed boolean DEFAULT false);
INSERT INTO v21_acct VALUES (1, 'ann', 100, 'std', false), (2, 'bob', -5, 'std', false), (3, 'cy', 50, 'vip', true);
CREATE VIEW v21_pos AS SELECT id, owner, balance FROM v21_acct WHERE balance >= 0 WITH CHECK OPTION;
INSERT INTO v21_pos VALUES (10, 'dee', 5) RETURNING *;
INSERT INTO v21_pos VALUES (11, 'eve', -1);
INSERT INTO v21_pos (id, owner) VALUES (12, 'fay');
INSERT INTO v21_pos VALUES (13, 'gus', 1), (14, 'hal', -2);
SELECT id FROM v21_acct WHERE id IN (13, 14);
UPDATE v21_pos SET balance = balance - 200 WHERE id = 1;
UPDATE v21_pos SET balance = balance - 20 WHERE id = 1 RETURNING balance;
UPDATE v21_pos SET balance = -1 WHERE id = 2;
UPDATE v21_pos SET owner = 'bobby' WHERE id = 2;
DELETE FROM v21_pos WHERE id = 12;
INSERT INTO v21_pos VALUES (10, 'dee', 0) ON CONFLICT (id) DO UPDATE SET balance = excluded.balance - 1;
INSERT INTO v21_pos VALUES (10, 'dee', 0) ON CONFLICT (id) DO UPDATE SET balance = 7 RETURNING balance;
INSERT INTO v21_pos VALUES (2, 'bob', 0) ON CONFLICT (id) DO NOTHING;
INSERT INTO v21_pos VALUES (2, 'bob', 0) ON CONFLICT (id) DO UPDATE SET owner = 'bob2';
SELECT id, owner, balance FROM v21_acct ORDER BY id;
-- A NULL is not a row the view shows either.
CREATE VIEW v21_kinds AS SELECT id, owner, kind FROM v21_acct WHERE kind IN ('std', 'vip') WITH CHECK OPTION;
INSERT INTO v21_kinds VALUES (20, 'ivy', NULL);
INSERT INTO v21_kinds VALUES (21, 'jon', 'gold');
INSERT INTO v21_kinds (id, owner) VALUES (22, 'kim') RETURNING kind;
UPDATE v21_kinds SET kind = upper(kind) WHERE id = 22;
-- The failing row prints each type as its output does.
CREATE VIEW v21_open AS SELECT id, owner, closed FROM v21_acct WHERE NOT closed WITH CHECK OPTION;
INSERT INTO v21_open VALUES (30, 'lou', true);
UPDATE v21_open SET closed = true WHERE id = 1;
-- params: [31, "max", true]
INSERT INTO v21_open VALUES ($1, $2, $3);
-- params: [31, "max", false]
INSERT INTO v21_open VALUES ($1, $2, $3);
DELETE FROM v21_open WHERE id = 31;

-- LOCAL checks the view's own condition (and those of views under it WITH CHECK OPTION); CASCADED every view's beneath.
CREATE VIEW v21_b0 AS SELECT id, owner, balance FROM v21_acct WHERE balance < 1000;
CREATE VIEW v21_b1 AS SELECT id, owner, balance FROM v21_b0 WHERE balance > 10 WITH LOCAL CHECK OPTION;
CREATE VIEW v21_b2 AS SELECT id, owner, balance FROM v21_b1 WHERE owner <> 'nobody' WITH CASCADED CHECK OPTION;
CREATE VIEW v21_b3 AS SELECT id, owner, balance FROM v21_b2 WHERE balance <> 500;
CREATE VIEW v21_b4 AS SELECT id, owner, balance FROM v21_b3 WHERE balance <> 600 WITH LOCAL CHECK OPTION;
INSERT INTO v21_b1 VALUES (40, 'b1', 5000);
INSERT INTO v21_b1 VALUES (41, 'b1', 5);
INSERT INTO v21_b2 VALUES (42, 'b2', 5000);
INSERT INTO v21_b2 VALUES (43, 'nobody', 50);
INSERT INTO v21_b2 VALUES (44, 'b2', 5);
INSERT INTO v21_b3 VALUES (45, 'b3', 500);
INSERT INTO v21_b3 VALUES (46, 'b3', 5);
INSERT INTO v21_b4 VALUES (47, 'b4', 600);
INSERT INTO v21_b4 VALUES (48, 'b4', 5000);
INSERT INTO v21_b4 VALUES (49, 'b4', 60) RETURNING *;
UPDATE v21_b4 SET balance = 2 WHERE id = 49;
UPDATE v21_b4 SET balance = 600 WHERE id = 49;
UPDATE v21_b3 SET balance = 600 WHERE id = 49 RETURNING balance;
SELECT id, owner, balance FROM v21_acct WHERE id >= 40 ORDER BY id;
SELECT table_name, check_option, is_updatable, is_insertable_into FROM information_schema.views WHERE table_name LIKE 'v21_b%' ORDER BY 1;
-- CHECK OPTION as an option of the view.
CREATE VIEW v21_opt WITH (check_option = local) AS SELECT id, owner, balance FROM v21_acct WHERE balance > 0;
INSERT INTO v21_opt VALUES (50, 'opt', 0);
SELECT check_option FROM information_schema.views WHERE table_name = 'v21_opt';
CREATE OR REPLACE VIEW v21_opt AS SELECT id, owner, balance FROM v21_acct WHERE balance > 0;
INSERT INTO v21_opt VALUES (50, 'opt', 0);
DELETE FROM v21_acct WHERE id = 50;

-- WITH CHECK OPTION is refused on a view PostgreSQL does not write through.
CREATE VIEW v21_badcheck AS SELECT owner, count(*) FROM v21_acct GROUP BY owner WITH CHECK OPTION;
CREATE VIEW v21_badcheck2 AS SELECT DISTINCT owner FROM v21_acct WITH LOCAL CHECK OPTION;

-- Views PostgreSQL does not write through: 55000 with the reason.
CREATE VIEW v21_agg AS SELECT count(*) AS n, sum(balance) AS total FROM v21_acct;
CREATE VIEW v21_grp AS SELECT owner, max(balance) AS top FROM v21_acct GROUP BY owner;
CREATE VIEW v21_grp_plain AS SELECT owner FROM v21_acct GROUP BY owner;
CREATE VIEW v21_having AS SELECT kind FROM v21_acct GROUP BY kind HAVING count(*) > 1;
CREATE VIEW v21_dist AS SELECT DISTINCT kind FROM v21_acct;
CREATE VIEW v21_union AS SELECT id FROM v21_acct UNION SELECT id FROM v21_items;
CREATE VIEW v21_unionall AS SELECT id, owner FROM v21_acct UNION ALL SELECT id, name FROM v21_items;
CREATE VIEW v21_lim AS SELECT id, owner FROM v21_acct ORDER BY id LIMIT 2;
CREATE VIEW v21_off AS SELECT id, owner FROM v21_acct OFFSET 1;
CREATE VIEW v21_win AS SELECT id, rank() OVER (ORDER BY balance) AS r FROM v21_acct;
CREATE VIEW v21_srf AS SELECT id, generate_series(1, 2) AS g FROM v21_acct;
CREATE VIEW v21_cte AS WITH c AS (SELECT id, owner FROM v21_acct) SELECT id, owner FROM c;
CREATE VIEW v21_join AS SELECT a.id, a.owner, i.name FROM v21_acct a JOIN v21_items i ON i.id = a.id;
CREATE VIEW v21_comma AS SELECT a.id, i.name FROM v21_acct a, v21_items i WHERE a.id = i.id;
CREATE VIEW v21_sub AS SELECT id, owner FROM (SELECT id, owner FROM v21_acct) s;
CREATE VIEW v21_noupd AS SELECT id + 0 AS id0, upper(owner) AS o FROM v21_acct;
CREATE VIEW v21_const AS SELECT 1 AS one;
CREATE VIEW v21_ofagg AS SELECT n FROM v21_agg;
DELETE FROM v21_agg;
INSERT INTO v21_agg VALUES (1, 2);
UPDATE v21_agg SET n = 1;
DELETE FROM v21_grp;
DELETE FROM v21_grp_plain;
UPDATE v21_grp_plain SET owner = 'x';
INSERT INTO v21_grp_plain VALUES ('x');
DELETE FROM v21_having;
DELETE FROM v21_dist;
UPDATE v21_dist SET kind = 'x';
DELETE FROM v21_union;
INSERT INTO v21_unionall VALUES (1, 'x');
DELETE FROM v21_lim;
UPDATE v21_off SET owner = 'x';
DELETE FROM v21_win;
INSERT INTO v21_win (id) VALUES (1);
DELETE FROM v21_srf;
DELETE FROM v21_cte;
DELETE FROM v21_join;
INSERT INTO v21_join (id) VALUES (1);
UPDATE v21_comma SET name = 'x';
DELETE FROM v21_sub;
INSERT INTO v21_noupd VALUES (1, 'x');
UPDATE v21_noupd SET o = 'x';
DELETE FROM v21_noupd WHERE id0 = -1;
INSERT INTO v21_const VALUES (1);
DELETE FROM v21_const;
DELETE FROM v21_ofagg;
UPDATE v21_ofagg SET n = 2;

-- information_schema: which views and columns take writes.
SELECT table_name, check_option, is_updatable, is_insertable_into FROM information_schema.views WHERE table_name LIKE 'v21%' ORDER BY 1;
SELECT table_name, column_name, is_updatable FROM information_schema.columns WHERE table_name IN ('v21_calc', 'v21_n2', 'v21_n3', 'v21_nc', 'v21_noupd', 'v21_renamed', 'v21_agg') ORDER BY table_name, ordinal_position;
SELECT table_name, table_type, is_insertable_into FROM information_schema.tables WHERE table_name LIKE 'v21%' ORDER BY 1;

-- Transactions: a write through a view rolls back with its transaction, a failed check with its statement.
BEGIN;
INSERT INTO v21_pos VALUES (60, 'tx', 1);
UPDATE v21_pos SET balance = 2 WHERE id = 60 RETURNING balance;
ROLLBACK;
SELECT count(*) FROM v21_acct WHERE id = 60;
BEGIN;
INSERT INTO v21_pos VALUES (61, 'tx', 1);
SAVEPOINT s1;
INSERT INTO v21_pos VALUES (62, 'tx', -1);
ROLLBACK TO s1;
INSERT INTO v21_pos VALUES (63, 'tx', 3);
COMMIT;
SELECT id, balance FROM v21_acct WHERE id BETWEEN 60 AND 63 ORDER BY id;

-- Triggers of the base table fire for writes through its views.
CREATE TABLE v21_log (at serial, what text);
CREATE FUNCTION v21_logit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO v21_log (what) VALUES (TG_OP || ' ' || NEW.owner); RETURN NEW; END $$;
CREATE TRIGGER v21_acct_log AFTER INSERT OR UPDATE ON v21_acct FOR EACH ROW EXECUTE FUNCTION v21_logit();
INSERT INTO v21_pos VALUES (70, 'trig', 1);
UPDATE v21_pos SET owner = 'trig2' WHERE id = 70;
SELECT what FROM v21_log ORDER BY at;
CREATE FUNCTION v21_clamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.balance > 9000 THEN NEW.balance := 9000; END IF; RETURN NEW; END $$;
CREATE TRIGGER v21_acct_clamp BEFORE INSERT OR UPDATE ON v21_acct FOR EACH ROW EXECUTE FUNCTION v21_clamp();
INSERT INTO v21_pos VALUES (71, 'clamped', 99999) RETURNING balance;
DROP TRIGGER v21_acct_log ON v21_acct;
DROP TRIGGER v21_acct_clamp ON v21_acct;

-- Schemas: a view in one, its table in another.
CREATE SCHEMA v21s;
CREATE TABLE v21s.base (k int PRIMARY KEY, v text);
CREATE VIEW v21s.vw AS SELECT k, v FROM v21s.base WHERE k > 0 WITH CHECK OPTION;
CREATE VIEW v21_of_schema AS SELECT k AS key, v FROM v21s.vw;
INSERT INTO v21s.vw VALUES (1, 'one') RETURNING *;
INSERT INTO v21s.vw VALUES (-1, 'neg');
INSERT INTO v21_of_schema VALUES (2, 'two') RETURNING key, v;
INSERT INTO v21_of_schema VALUES (-2, 'neg');
UPDATE v21_of_schema SET v = 'deux' WHERE key = 2 RETURNING *;
DELETE FROM v21s.vw WHERE k = 1 RETURNING v;
SELECT k, v FROM v21s.base ORDER BY k;
SELECT table_schema, table_name, check_option, is_updatable FROM information_schema.views WHERE table_name IN ('vw', 'v21_of_schema') ORDER BY 1, 2;

-- Views whose writes stop being possible, and views dropped.
DROP VIEW v21_of_schema;
DROP VIEW v21s.vw;
DROP TABLE v21s.base;
DROP SCHEMA v21s;
INSERT INTO v21_plain (name, qty) VALUES ('last', 1) RETURNING name;
DELETE FROM v21_plain WHERE name = 'last' RETURNING name;
SELECT count(*) FROM v21_items;
