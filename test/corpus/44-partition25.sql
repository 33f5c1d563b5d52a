-- Partitioning, the rest: HASH partitions as pgbench --partition-method=hash makes them, ALTER
-- TABLE of a partitioned table's columns, triggers, ONLY, sub-partitions, psql's \d+ of a
-- partition, bounds as the catalog prints them.
CREATE TABLE s25_acc (aid int NOT NULL, bid int, abalance int, filler char(10)) PARTITION BY HASH (aid);
CREATE TABLE s25_acc_1 PARTITION OF s25_acc FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE s25_acc_2 PARTITION OF s25_acc FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE s25_acc_3 PARTITION OF s25_acc FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE s25_acc_4 PARTITION OF s25_acc FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO s25_acc (aid, bid, abalance) SELECT g, 1, 0 FROM generate_series(1, 40) g;
ALTER TABLE s25_acc ADD PRIMARY KEY (aid);
-- @must
SELECT count(*), sum(aid) FROM s25_acc;
-- @must
SELECT array_agg(aid ORDER BY aid) FROM s25_acc_1;
SELECT array_agg(aid ORDER BY aid) FROM s25_acc_2;
SELECT array_agg(aid ORDER BY aid) FROM s25_acc_3;
SELECT array_agg(aid ORDER BY aid) FROM s25_acc_4;
SELECT tableoid::regclass, count(*) FROM s25_acc GROUP BY 1 ORDER BY 1;
INSERT INTO s25_acc VALUES (-7, 1, 0), (0, 1, 0), (2147483647, 1, 0), (-2147483648, 1, 0);
SELECT aid FROM s25_acc_3 WHERE aid <= 0 OR aid > 1000 ORDER BY aid;
SELECT aid FROM s25_acc_1 WHERE aid <= 0 OR aid > 1000 ORDER BY aid;
-- params: [41, 1, 5]
INSERT INTO s25_acc (aid, bid, abalance) VALUES ($1, $2, $3);
SELECT aid, abalance FROM s25_acc_4 WHERE aid = 41;
SELECT aid, abalance FROM s25_acc_2 WHERE aid = 41;
INSERT INTO s25_acc_1 VALUES (2, 1, 0);
INSERT INTO s25_acc VALUES (NULL, 1, 0);
-- params: [3, 10]
UPDATE s25_acc SET abalance = abalance + $2 WHERE aid = $1 RETURNING aid, abalance;
UPDATE s25_acc SET aid = aid + 100 WHERE aid = 5;
SELECT tableoid::regclass, aid FROM s25_acc WHERE aid IN (5, 105);
SELECT relname, pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname LIKE 's25_acc_%' ORDER BY 1;
SELECT pg_get_partkeydef('s25_acc'::regclass);
SELECT partstrat, partnatts FROM pg_partitioned_table WHERE partrelid = 's25_acc'::regclass;
SELECT satisfies_hash_partition('s25_acc'::regclass, 4, 0, 1);
CREATE TABLE s25_acc_5 PARTITION OF s25_acc FOR VALUES WITH (MODULUS 4, REMAINDER 3);
CREATE TABLE s25_acc_6 PARTITION OF s25_acc FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE s25_acc_7 PARTITION OF s25_acc FOR VALUES WITH (MODULUS 4, REMAINDER 4);
CREATE TABLE s25_acc_8 PARTITION OF s25_acc FOR VALUES FROM (1) TO (2);
CREATE TABLE s25_acc_9 PARTITION OF s25_acc DEFAULT;
-- Hash on bigint, text and two columns.
CREATE TABLE s25_ev (id bigint, kind text, n int) PARTITION BY HASH (id);
CREATE TABLE s25_ev_0 PARTITION OF s25_ev FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE s25_ev_1 PARTITION OF s25_ev FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO s25_ev SELECT g * 1000000007, 'k' || g, g FROM generate_series(1, 12) g;
INSERT INTO s25_ev VALUES (-1, 'neg', 0), (9223372036854775807, 'max', 0);
SELECT array_agg(n ORDER BY n) FROM s25_ev_0;
SELECT array_agg(kind ORDER BY kind) FROM s25_ev_1 WHERE n = 0;
CREATE TABLE s25_tag (name text, v int) PARTITION BY HASH (name);
CREATE TABLE s25_tag_0 PARTITION OF s25_tag FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE s25_tag_1 PARTITION OF s25_tag FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO s25_tag VALUES ('alpha', 1), ('beta', 2), ('gamma', 3), ('', 4);
SELECT name FROM s25_tag_0 ORDER BY name;
CREATE TABLE s25_two (a int, b int) PARTITION BY HASH (a, b);
CREATE TABLE s25_two_0 PARTITION OF s25_two FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE s25_two_1 PARTITION OF s25_two FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO s25_two SELECT g, g % 3 FROM generate_series(1, 10) g;
SELECT a, b FROM s25_two_1 ORDER BY a;
DROP TABLE s25_ev, s25_tag, s25_two;
-- ALTER TABLE of a partitioned table's columns reaches every partition.
CREATE TABLE s25_log (id int NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE s25_log_a PARTITION OF s25_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE s25_log_b PARTITION OF s25_log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO s25_log VALUES (1, '2024-02-02', 'one'), (2, '2025-03-03', 'two');
ALTER TABLE s25_log ADD COLUMN level int DEFAULT 3;
SELECT * FROM s25_log_a;
INSERT INTO s25_log_b (id, at, msg, level) VALUES (3, '2025-04-04', 'three', 1);
SELECT id, level FROM s25_log ORDER BY id;
ALTER TABLE s25_log RENAME COLUMN msg TO message;
SELECT id, message FROM s25_log_b ORDER BY id;
ALTER TABLE s25_log DROP COLUMN level;
SELECT * FROM s25_log_b ORDER BY id;
ALTER TABLE s25_log RENAME COLUMN at TO logged_at;
SELECT pg_get_partkeydef('s25_log'::regclass);
ALTER TABLE s25_log DROP COLUMN logged_at;
ALTER TABLE s25_log ALTER COLUMN message SET NOT NULL;
INSERT INTO s25_log VALUES (4, '2024-05-05', NULL);
ALTER TABLE s25_log_a ADD COLUMN extra int;
ALTER TABLE s25_log_a RENAME COLUMN id TO ident;
ALTER TABLE s25_log_a DROP COLUMN message;
SELECT attname FROM pg_attribute WHERE attrelid = 's25_log_a'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
-- ONLY of a partitioned table.
SELECT count(*) FROM ONLY s25_log;
SELECT count(*) FROM ONLY s25_log_a;
UPDATE ONLY s25_log SET message = 'x';
DELETE FROM ONLY s25_log;
TRUNCATE ONLY s25_log;
SELECT count(*) FROM s25_log;
-- Triggers on a partitioned table fire for rows of its partitions.
CREATE TABLE s25_audit (tbl text, op text, id int);
CREATE FUNCTION s25_audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO s25_audit VALUES (TG_TABLE_NAME, TG_OP, NEW.id); RETURN NEW; END $$;
CREATE TRIGGER s25_log_audit AFTER INSERT ON s25_log FOR EACH ROW EXECUTE FUNCTION s25_audit_fn();
INSERT INTO s25_log VALUES (5, '2024-06-06', 'five');
INSERT INTO s25_log_b VALUES (6, '2025-06-06', 'six');
SELECT * FROM s25_audit ORDER BY id;
CREATE TRIGGER s25_log_b_audit BEFORE INSERT ON s25_log_b FOR EACH ROW EXECUTE FUNCTION s25_audit_fn();
CREATE TRIGGER s25_log_stmt AFTER INSERT ON s25_log FOR EACH STATEMENT EXECUTE FUNCTION s25_audit_fn();
SELECT tgname FROM pg_trigger WHERE tgrelid = 's25_log'::regclass ORDER BY 1;
DROP TRIGGER s25_log_audit ON s25_log;
-- Sub-partitions.
CREATE TABLE s25_sale (region text NOT NULL, sold date NOT NULL, amount int) PARTITION BY LIST (region);
CREATE TABLE s25_sale_eu PARTITION OF s25_sale FOR VALUES IN ('eu') PARTITION BY RANGE (sold);
CREATE TABLE s25_sale_eu_2024 PARTITION OF s25_sale_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE s25_sale_us PARTITION OF s25_sale FOR VALUES IN ('us');
INSERT INTO s25_sale VALUES ('eu', '2024-03-03', 10), ('us', '2024-03-03', 20);
INSERT INTO s25_sale VALUES ('eu', '2026-03-03', 30);
SELECT region, amount FROM s25_sale ORDER BY 1;
SELECT relname, relkind, relispartition FROM pg_class WHERE relname LIKE 's25_sale%' ORDER BY 1;
-- psql's \d+ of a partition, and bounds as their types print them.
CREATE TABLE s25_m (id int NOT NULL, d date NOT NULL, v numeric) PARTITION BY RANGE (d);
CREATE TABLE s25_m_1 PARTITION OF s25_m FOR VALUES FROM ('2024-1-1') TO ('2024-07-01');
CREATE TABLE s25_m_2 PARTITION OF s25_m FOR VALUES FROM ('2024-07-01') TO (MAXVALUE);
SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 's25_m_1';
SELECT pg_get_partition_constraintdef('s25_m_1'::regclass);
SELECT pg_get_partition_constraintdef('s25_m_2'::regclass);
SELECT pg_get_partition_constraintdef('s25_m'::regclass);
SELECT inhparent::regclass, c.relpartbound IS NOT NULL, pg_get_expr(c.relpartbound, c.oid) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_inherits i ON c.oid = inhrelid WHERE c.oid = 's25_m_1'::regclass;
CREATE TABLE s25_l (code int, t text) PARTITION BY LIST (code);
CREATE TABLE s25_l_a PARTITION OF s25_l FOR VALUES IN ('07', 8, NULL);
CREATE TABLE s25_l_d PARTITION OF s25_l DEFAULT;
SELECT relname, pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname LIKE 's25_l_%' ORDER BY 1;
SELECT pg_get_partition_constraintdef('s25_l_a'::regclass);
SELECT pg_get_partition_constraintdef('s25_l_d'::regclass);
-- params: [7]
SELECT tableoid::regclass, code FROM s25_l WHERE code = $1;
INSERT INTO s25_l VALUES (7, 'seven'), (9, 'nine'), (NULL, 'none');
SELECT tableoid::regclass, code, t FROM s25_l ORDER BY t;
-- Wrong inputs.
CREATE TABLE s25_bad (a int) PARTITION BY HASH (a, a, b);
CREATE TABLE s25_badlist (a int, b int) PARTITION BY LIST (a, b);
CREATE TABLE s25_h (a int) PARTITION BY HASH (a);
CREATE TABLE s25_h_0 PARTITION OF s25_h FOR VALUES WITH (MODULUS 0, REMAINDER 0);
CREATE TABLE s25_h_0 PARTITION OF s25_h FOR VALUES IN (1);
CREATE TABLE s25_h_0 PARTITION OF s25_h FOR VALUES WITH (MODULUS 2, REMAINDER 0);
INSERT INTO s25_h VALUES (1), (2), (3), (4);
INSERT INTO s25_h VALUES (NULL);
SELECT a FROM s25_h ORDER BY a;
-- params: [5]
INSERT INTO s25_h_0 VALUES ($1);
DROP TABLE s25_h;
DROP TABLE s25_m, s25_l, s25_sale, s25_log, s25_audit, s25_acc;
DROP FUNCTION s25_audit_fn();
