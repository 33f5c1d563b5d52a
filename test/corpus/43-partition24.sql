-- Declarative partitioning as time-series, log and pgbench applications use it.
CREATE TABLE s24_measure (city_id int NOT NULL, logdate date NOT NULL, peaktemp int, unitsales int) PARTITION BY RANGE (logdate);
CREATE TABLE s24_measure_y2024 PARTITION OF s24_measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE s24_measure_y2025 PARTITION OF s24_measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO s24_measure VALUES (1, '2024-03-01', 20, 5), (2, '2025-07-04', 31, 9), (3, '2024-12-31', -2, 1);
-- @must
SELECT * FROM s24_measure ORDER BY city_id;
SELECT * FROM s24_measure_y2024 ORDER BY city_id;
SELECT count(*) FROM s24_measure_y2025;
INSERT INTO s24_measure VALUES (4, '2023-06-01', 10, 1);
INSERT INTO s24_measure VALUES (4, NULL, 10, 1);
INSERT INTO s24_measure_y2024 VALUES (5, '2025-02-01', 3, 3);
INSERT INTO s24_measure_y2025 VALUES (5, '2025-02-01', 3, 3) RETURNING city_id, logdate;
-- params: [6, "2024-05-05", 7]
INSERT INTO s24_measure (city_id, logdate, peaktemp) VALUES ($1, $2, $3);
-- params: ["2025-01-01"]
SELECT city_id, peaktemp FROM s24_measure WHERE logdate >= $1 ORDER BY city_id;
UPDATE s24_measure SET logdate = '2025-03-03' WHERE city_id = 1;
SELECT city_id, logdate FROM s24_measure_y2025 ORDER BY city_id;
UPDATE s24_measure_y2025 SET logdate = '2024-03-03' WHERE city_id = 1;
UPDATE s24_measure SET logdate = '2030-01-01' WHERE city_id = 1;
UPDATE s24_measure_y2024 SET peaktemp = peaktemp + 1 RETURNING city_id, peaktemp;
DELETE FROM s24_measure_y2024 WHERE city_id = 3;
SELECT city_id FROM s24_measure ORDER BY 1;
DELETE FROM s24_measure WHERE city_id = 6 RETURNING *;
CREATE TABLE s24_measure_y2026 PARTITION OF s24_measure FOR VALUES FROM ('2025-06-01') TO ('2026-06-01');
CREATE TABLE s24_measure_bad PARTITION OF s24_measure FOR VALUES FROM ('2027-01-01') TO ('2026-01-01');
CREATE TABLE s24_measure_y2026 PARTITION OF s24_measure FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO s24_measure VALUES (7, '2026-02-02', 1, 1);
SELECT relname, relkind, relispartition FROM pg_class WHERE relname LIKE 's24_measure%' ORDER BY relname;
SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_class c WHERE c.relname LIKE 's24_measure_%' ORDER BY 1;
SELECT pg_get_partkeydef('s24_measure'::regclass);
SELECT partstrat, partnatts FROM pg_partitioned_table WHERE partrelid = 's24_measure'::regclass;
SELECT inhrelid::regclass, inhparent::regclass FROM pg_inherits WHERE inhparent = 's24_measure'::regclass ORDER BY 1::text;
SELECT table_name, table_type FROM information_schema.tables WHERE table_name LIKE 's24_measure%' ORDER BY 1;
TRUNCATE s24_measure_y2026;
SELECT count(*) FROM s24_measure;
ALTER TABLE s24_measure DETACH PARTITION s24_measure_y2026;
INSERT INTO s24_measure VALUES (8, '2026-02-02', 1, 1);
ALTER TABLE s24_measure ATTACH PARTITION s24_measure_y2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
DROP TABLE s24_measure_y2025;
SELECT count(*) FROM s24_measure;
TRUNCATE s24_measure;
SELECT count(*) FROM s24_measure_y2024;
DROP TABLE s24_measure;
SELECT count(*) FROM pg_class WHERE relname LIKE 's24_measure%';
-- List partitioning, with NULL and DEFAULT.
CREATE TABLE s24_logs (id bigint NOT NULL, level text, msg text, PRIMARY KEY (id, level)) PARTITION BY LIST (level);
CREATE TABLE s24_logs_err PARTITION OF s24_logs FOR VALUES IN ('error', 'fatal');
CREATE TABLE s24_logs_info PARTITION OF s24_logs FOR VALUES IN ('info');
CREATE TABLE s24_logs_dup PARTITION OF s24_logs FOR VALUES IN ('info', 'debug');
INSERT INTO s24_logs VALUES (1, 'error', 'disk'), (2, 'info', 'start'), (3, 'fatal', 'oom');
INSERT INTO s24_logs VALUES (4, 'debug', 'x');
INSERT INTO s24_logs VALUES (1, 'error', 'again');
INSERT INTO s24_logs VALUES (1, 'error', 'again') ON CONFLICT DO NOTHING;
CREATE TABLE s24_logs_other PARTITION OF s24_logs DEFAULT;
INSERT INTO s24_logs VALUES (4, 'debug', 'x');
-- params: [5, "warn", "slow"]
INSERT INTO s24_logs VALUES ($1, $2, $3);
SELECT level, count(*) FROM s24_logs GROUP BY level ORDER BY level;
SELECT id, level FROM s24_logs_other ORDER BY id;
SELECT id FROM s24_logs_err ORDER BY id;
CREATE TABLE s24_logs_warn PARTITION OF s24_logs FOR VALUES IN ('warn');
CREATE TABLE s24_logs_trace PARTITION OF s24_logs FOR VALUES IN ('trace');
INSERT INTO s24_logs VALUES (6, 'trace', 't');
SELECT id FROM s24_logs_trace;
INSERT INTO s24_logs_other VALUES (7, 'info', 'no');
UPDATE s24_logs SET level = 'error' WHERE id = 4;
SELECT id, level FROM s24_logs_err ORDER BY id;
SELECT pg_get_partkeydef('s24_logs'::regclass);
-- params: ["info"]
SELECT id, msg FROM s24_logs WHERE level = $1;
DROP TABLE s24_logs;
-- Hash partitioning, as pgbench --partition-method=hash makes it.
CREATE TABLE s24_acc (aid int NOT NULL, bid int, abalance int) PARTITION BY HASH (aid);
CREATE TABLE s24_acc_0 PARTITION OF s24_acc FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE s24_acc_1 PARTITION OF s24_acc FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO s24_acc SELECT g, 1, 0 FROM generate_series(1, 10) g;
SELECT count(*) FROM s24_acc;
SELECT aid FROM s24_acc_0 ORDER BY aid;
DROP TABLE s24_acc;
-- pgbench's range partitions with MINVALUE/MAXVALUE, and its key added afterwards.
CREATE TABLE s24_bench (aid int NOT NULL, bid int, abalance int, filler character(84)) PARTITION BY RANGE (aid);
CREATE TABLE s24_bench_1 PARTITION OF s24_bench FOR VALUES FROM (MINVALUE) TO (51);
CREATE TABLE s24_bench_2 PARTITION OF s24_bench FOR VALUES FROM (51) TO (MAXVALUE);
INSERT INTO s24_bench (aid, bid, abalance, filler) SELECT aid, 1, 0, '' FROM generate_series(1, 100) AS aid;
ALTER TABLE s24_bench ADD PRIMARY KEY (aid);
INSERT INTO s24_bench VALUES (5, 1, 0, '');
UPDATE s24_bench SET abalance = abalance + 10 WHERE aid = 77;
-- params: [77]
SELECT abalance FROM s24_bench WHERE aid = $1;
SELECT count(*), sum(aid) FROM s24_bench_2;
SELECT o.n, p.partstrat, pg_catalog.count(i.inhparent) FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON (n.oid = c.relnamespace) CROSS JOIN LATERAL (SELECT pg_catalog.array_position(pg_catalog.current_schemas(true), n.nspname)) AS o(n) LEFT JOIN pg_catalog.pg_partitioned_table AS p ON (p.partrelid = c.oid) LEFT JOIN pg_catalog.pg_inherits AS i ON (c.oid = i.inhparent) WHERE c.relname = 's24_bench' AND o.n IS NOT NULL GROUP BY 1, 2 ORDER BY 1 ASC LIMIT 1;
DROP TABLE s24_bench_1;
SELECT count(*) FROM s24_bench;
DROP TABLE s24_bench;
-- A time series with a serial key, RETURNING, ON CONFLICT, a moving UPDATE in WITH, DETACH and ATTACH.
CREATE TABLE s24_q (id serial, ts timestamp NOT NULL, v numeric(8,2) DEFAULT 0, note varchar(10), PRIMARY KEY (id, ts)) PARTITION BY RANGE (ts);
CREATE TABLE s24_q_a PARTITION OF s24_q FOR VALUES FROM ('2024-01-01 00:00') TO ('2024-02-01 00:00');
CREATE TABLE s24_q_b PARTITION OF s24_q FOR VALUES FROM ('2024-02-01 00:00') TO ('2024-03-01 00:00');
INSERT INTO s24_q (ts, v, note) VALUES ('2024-01-05 10:00', 1.5, 'x'), ('2024-02-05', 2, 'y') RETURNING *;
-- params: ["2024-01-31 23:59:59.5"]
INSERT INTO s24_q (ts) VALUES ($1) RETURNING id, v;
SELECT * FROM s24_q_a WHERE v > 1 ORDER BY id;
ALTER TABLE s24_q ADD COLUMN extra int;
ALTER TABLE s24_q DETACH PARTITION s24_q_b;
SELECT * FROM s24_q_b;
INSERT INTO s24_q_b (id, ts) VALUES (99, '2030-01-01');
ALTER TABLE s24_q ATTACH PARTITION s24_q_b FOR VALUES FROM ('2024-02-01 00:00') TO ('2024-03-01 00:00');
DELETE FROM s24_q_b WHERE id = 99;
ALTER TABLE s24_q ATTACH PARTITION s24_q_b FOR VALUES FROM ('2024-02-01 00:00') TO ('2024-03-01 00:00');
SELECT count(*) FROM s24_q_b;
INSERT INTO s24_q (id, ts) VALUES (1, '2024-01-05 10:00') ON CONFLICT (id, ts) DO UPDATE SET note = 'upd' RETURNING note;
UPDATE s24_q_a SET ts = '2024-02-10' WHERE id = 1;
WITH m AS (UPDATE s24_q SET ts = ts + interval '1 month' WHERE id = 1 RETURNING *) SELECT id, ts, note FROM m;
SELECT id, ts FROM s24_q_b ORDER BY id;
-- params: ["2024-02-01"]
DELETE FROM s24_q WHERE ts >= $1 RETURNING id;
DROP TABLE s24_q;
-- Wrong inputs.
CREATE TABLE s24_bad (a int, b text) PARTITION BY RANGE (c);
CREATE TABLE s24_bad (a int, b text) PARTITION BY LIST (a, b);
CREATE TABLE s24_plain (a int);
CREATE TABLE s24_bad_p PARTITION OF s24_plain FOR VALUES FROM (1) TO (2);
CREATE TABLE s24_bad_p PARTITION OF s24_nosuch FOR VALUES FROM (1) TO (2);
CREATE TABLE s24_r (a int, b text, UNIQUE (b)) PARTITION BY RANGE (a);
CREATE TABLE s24_r (a int, b text) PARTITION BY RANGE (a);
CREATE TABLE s24_r_p PARTITION OF s24_r FOR VALUES IN (1);
CREATE TABLE s24_r_p PARTITION OF s24_r FOR VALUES FROM (1) TO (10);
INSERT INTO s24_r VALUES (NULL, 'x');
INSERT INTO s24_r VALUES (10, 'x');
INSERT INTO s24_r VALUES (9, 'x');
SELECT * FROM ONLY s24_r;
DROP TABLE s24_r, s24_plain;
