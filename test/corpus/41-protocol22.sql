-- Sweep 22: what drivers and applications rely on at the protocol's edges, as far as a statement
-- list can say it: settings are transactional (SET, SET LOCAL, set_config undone by ROLLBACK and
-- ROLLBACK TO, kept by COMMIT), a failed transaction block refuses everything but its end (25P02,
-- over the extended protocol too), and several statements in one simple Query form one implicit
-- transaction: an error rolls back the earlier ones (SET included), a BEGIN inside takes them into
-- its block, a COMMIT or ROLLBACK inside ends it with a warning, and inside it LOCK, DECLARE and SET
-- LOCAL run as in a block while VACUUM, SAVEPOINT and AND CHAIN are refused. The pipelines of the
-- extended protocol (several Executes before one Sync) are in test/protocol-pipeline.test.ts.
RESET ALL;
SET TimeZone = 'UTC';
CREATE TABLE p22_items (id int PRIMARY KEY, label text NOT NULL, qty int CHECK (qty >= 0));
INSERT INTO p22_items VALUES (1, 'one', 1), (2, 'two', 2);
-- SET is undone by ROLLBACK
BEGIN;
SET application_name = 'p22_rolled_back';
SHOW application_name;
ROLLBACK;
SHOW application_name;
BEGIN;
SET application_name = 'p22_committed';
COMMIT;
SHOW application_name;
RESET application_name;
BEGIN;
SET TimeZone = 'Asia/Tokyo';
SELECT '2024-01-01 00:00:00+00'::timestamptz;
SELECT 1 / 0;
SET TimeZone = 'Europe/Paris';
SHOW TimeZone;
ROLLBACK;
SHOW TimeZone;
SELECT '2024-01-01 00:00:00+00'::timestamptz;
BEGIN;
SET search_path = p22_nowhere, public;
SHOW search_path;
ABORT;
SHOW search_path;
BEGIN;
SET DateStyle = 'German';
SET IntervalStyle = 'sql_standard';
SELECT '2024-03-04'::date, '1 day 02:03:04'::interval;
ROLLBACK;
SELECT '2024-03-04'::date, '1 day 02:03:04'::interval;
BEGIN;
SET statement_timeout = '5s';
SET extra_float_digits = 0;
SELECT 0.1::float8 + 0.2::float8;
ROLLBACK;
SHOW statement_timeout;
SELECT 0.1::float8 + 0.2::float8;
-- savepoints
BEGIN;
SET application_name = 'p22_outer';
SAVEPOINT p22_a;
SET application_name = 'p22_inner';
SET TimeZone = 'America/New_York';
SHOW application_name;
ROLLBACK TO SAVEPOINT p22_a;
SHOW application_name;
SHOW TimeZone;
SAVEPOINT p22_b;
SET DateStyle = 'SQL, DMY';
RELEASE SAVEPOINT p22_b;
SHOW DateStyle;
COMMIT;
SHOW application_name;
SHOW DateStyle;
RESET application_name;
RESET DateStyle;
BEGIN;
SAVEPOINT p22_c;
SET application_name = 'p22_in_savepoint';
SELECT 1 / 0;
ROLLBACK TO p22_c;
SHOW application_name;
COMMIT;
SHOW application_name;
-- SET LOCAL and SET in one block
BEGIN;
SET LOCAL TimeZone = 'Asia/Tokyo';
SHOW TimeZone;
COMMIT;
SHOW TimeZone;
BEGIN;
SET application_name = 'p22_session';
SET LOCAL application_name = 'p22_local';
SHOW application_name;
COMMIT;
SHOW application_name;
BEGIN;
SET LOCAL application_name = 'p22_local2';
SET application_name = 'p22_session2';
COMMIT;
SHOW application_name;
RESET application_name;
SET LOCAL application_name = 'p22_outside';
SHOW application_name;
-- set_config is SET too
BEGIN;
SELECT set_config('application_name', 'p22_set_config', false);
SELECT current_setting('application_name');
ROLLBACK;
SELECT current_setting('application_name');
BEGIN;
SELECT set_config('TimeZone', 'Asia/Kolkata', true);
SELECT current_setting('TimeZone');
COMMIT;
SELECT current_setting('TimeZone');
SELECT set_config('p22.tenant', '7', true);
SELECT current_setting('p22.tenant');
BEGIN;
SELECT set_config('p22.tenant', '8', true);
SELECT current_setting('p22.tenant');
COMMIT;
SELECT current_setting('p22.tenant');
-- a failed block: only its end runs, whatever the protocol
BEGIN;
INSERT INTO p22_items VALUES (3, 'three', 3);
INSERT INTO p22_items VALUES (1, 'dup', 1);
SHOW application_name;
SET application_name = 'p22_failed';
-- params: [3]
SELECT label FROM p22_items WHERE id = $1;
-- params: []
SELECT 1;
SAVEPOINT p22_late;
RELEASE SAVEPOINT p22_late;
COMMIT;
SELECT id, label FROM p22_items ORDER BY id;
SHOW application_name;
BEGIN;
SELECT 1 / 0;
-- params: []
ROLLBACK;
SELECT count(*) FROM p22_items;
-- several statements in one Query: one implicit transaction
INSERT INTO p22_items VALUES (3, 'three', 3); INSERT INTO p22_items VALUES (1, 'dup', 1); INSERT INTO p22_items VALUES (4, 'four', 4);
SELECT id, label FROM p22_items ORDER BY id;
INSERT INTO p22_items VALUES (3, 'three', 3); UPDATE p22_items SET qty = -1 WHERE id = 1;
SELECT id, label FROM p22_items ORDER BY id;
SET TimeZone = 'Asia/Tokyo'; SELECT 1 / 0;
SHOW TimeZone;
SET application_name = 'p22_multi'; SELECT current_setting('application_name');
SHOW application_name;
RESET application_name;
INSERT INTO p22_items VALUES (5, 'five', 5); BEGIN; INSERT INTO p22_items VALUES (6, 'six', 6); SELECT 1 / 0; INSERT INTO p22_items VALUES (7, 'seven', 7);
SELECT count(*) FROM p22_items;
ROLLBACK;
SELECT id, label FROM p22_items ORDER BY id;
INSERT INTO p22_items VALUES (5, 'five', 5); BEGIN; INSERT INTO p22_items VALUES (6, 'six', 6);
SELECT id, label FROM p22_items ORDER BY id;
ROLLBACK;
SELECT id, label FROM p22_items ORDER BY id;
INSERT INTO p22_items VALUES (5, 'five', 5); COMMIT; INSERT INTO p22_items VALUES (1, 'dup', 1);
SELECT id, label FROM p22_items ORDER BY id;
INSERT INTO p22_items VALUES (6, 'six', 6); ROLLBACK; INSERT INTO p22_items VALUES (7, 'seven', 7);
SELECT id, label FROM p22_items ORDER BY id;
INSERT INTO p22_items VALUES (8, 'eight', 8); COMMIT AND CHAIN;
SELECT id, label FROM p22_items ORDER BY id;
SELECT 1; SAVEPOINT p22_s;
UPDATE p22_items SET qty = qty + 1 WHERE id = 1; SAVEPOINT p22_s; UPDATE p22_items SET qty = qty + 1 WHERE id = 2;
SELECT id, qty FROM p22_items ORDER BY id;
SET LOCAL TimeZone = 'Asia/Tokyo'; SELECT current_setting('TimeZone');
SHOW TimeZone;
LOCK TABLE p22_items IN SHARE MODE; SELECT count(*) FROM p22_items;
DECLARE p22_cur CURSOR FOR SELECT id FROM p22_items ORDER BY id; FETCH 2 FROM p22_cur;
FETCH 1 FROM p22_cur;
SELECT 1; VACUUM p22_items;
VACUUM p22_items; SELECT 1;
BEGIN; SELECT 1; COMMIT; SELECT 2;
SELECT 1; BEGIN ISOLATION LEVEL SERIALIZABLE; SHOW transaction_isolation;
COMMIT;
SHOW transaction_isolation;
BEGIN ISOLATION LEVEL REPEATABLE READ; SHOW transaction_isolation; COMMIT;
SHOW transaction_isolation;
SELECT now() = statement_timestamp(); SELECT now() = transaction_timestamp();
-- errors inside an explicit transaction, then ROLLBACK
BEGIN;
UPDATE p22_items SET label = 'changed' WHERE id = 2;
INSERT INTO p22_items VALUES (2, 'dup', 2);
SELECT label FROM p22_items WHERE id = 2;
ROLLBACK;
SELECT label FROM p22_items WHERE id = 2;
BEGIN;
-- params: ["x"]
INSERT INTO p22_items VALUES ($1, 'bad', 1);
-- params: [9, "nine", 9]
INSERT INTO p22_items VALUES ($1, $2, $3);
END;
SELECT count(*) FROM p22_items WHERE id = 9;
COMMIT;
ROLLBACK;
-- params: []
COMMIT;
SHOW TimeZone;
DROP TABLE p22_items;
