-- robust34: reads inside transactions that wrote (they run on the replicas' writers), large
-- results there, cursors in such transactions, RETURNING of many rows, errors mid-result, and
-- what a transaction looks like after one of its statements failed.

CREATE TABLE s34r_items (id int PRIMARY KEY, grp int NOT NULL, name text NOT NULL, qty int NOT NULL DEFAULT 0 CHECK (qty >= 0), note text);
CREATE TABLE s34r_log (id serial PRIMARY KEY, item int REFERENCES s34r_items(id), msg text NOT NULL);
INSERT INTO s34r_items SELECT g, g % 10, 'item ' || g, g % 7, NULL FROM generate_series(1, 2000) g;
SELECT count(*), sum(qty), min(name), max(name) FROM s34r_items;

-- A transaction that wrote, then reads its own writes: small and large.
BEGIN;
INSERT INTO s34r_items VALUES (5001, 1, 'fresh', 3, 'new');
SELECT id, grp, name, qty, note FROM s34r_items WHERE id = 5001;
SELECT count(*) FROM s34r_items;
SELECT id, name FROM s34r_items WHERE grp = 1 ORDER BY id LIMIT 5;
SELECT id, name, qty FROM s34r_items ORDER BY id DESC LIMIT 3;
SELECT g, repeat('x', 50) || g AS filler FROM generate_series(1, 20000) g ORDER BY g DESC LIMIT 3;
SELECT count(*), sum(length(repeat('y', 100) || g)) FROM generate_series(1, 50000) g;
SELECT id, name FROM s34r_items WHERE id BETWEEN 1990 AND 2010 ORDER BY id;
SELECT grp, count(*), sum(qty) FROM s34r_items GROUP BY grp ORDER BY grp;
UPDATE s34r_items SET note = 'touched' WHERE grp = 3;
SELECT count(*) FROM s34r_items WHERE note = 'touched';
SELECT id, note FROM s34r_items WHERE grp = 3 ORDER BY id LIMIT 4;
COMMIT;
SELECT count(*) FROM s34r_items WHERE note = 'touched';

-- A large result of a transaction that wrote, read whole.
BEGIN;
DELETE FROM s34r_items WHERE id = 5001;
SELECT id, grp, name, qty FROM s34r_items ORDER BY id;
SELECT g, md5(g::text) FROM generate_series(1, 3000) g ORDER BY g;
-- More rows than one replica's report carries whole: the others vote with their digest.
-- @must
SELECT g, md5(g::text) FROM generate_series(1, 5000) g ORDER BY g;
-- @must
SELECT i.id, i.name, g FROM s34r_items i, generate_series(1, 3) g WHERE i.id <= 1500 ORDER BY i.id, g;
ROLLBACK;
SELECT id, name FROM s34r_items WHERE id = 5001;

-- RETURNING of many rows.
BEGIN;
UPDATE s34r_items SET qty = qty + 1 WHERE grp IN (2, 4) RETURNING id, qty;
DELETE FROM s34r_items WHERE grp = 9 RETURNING id, name;
INSERT INTO s34r_items SELECT g, 11, 'bulk ' || g, 1, repeat('n', 20) FROM generate_series(10001, 13000) g RETURNING id, name, note;
SELECT count(*) FROM s34r_items WHERE grp = 11;
-- @must
UPDATE s34r_items SET qty = qty + 1 WHERE id <= 2000 OR grp = 11 RETURNING id, qty, note;
ROLLBACK;
SELECT count(*) FROM s34r_items WHERE grp IN (9, 11);
UPDATE s34r_items SET qty = qty WHERE grp = 5 RETURNING id, name, qty;
WITH moved AS (UPDATE s34r_items SET note = 'w' WHERE grp = 6 RETURNING id, note) SELECT count(*), min(id), max(id) FROM moved;
INSERT INTO s34r_log (item, msg) SELECT id, 'log ' || id FROM s34r_items WHERE grp = 7 RETURNING item, msg;
SELECT count(*) FROM s34r_log;

-- Errors mid-result inside a transaction that wrote: the statement fails whole, the transaction
-- is aborted, ROLLBACK takes everything back.
BEGIN;
INSERT INTO s34r_items VALUES (6001, 1, 'doomed', 1, NULL);
SELECT id, 10 / (id - 1500) FROM s34r_items ORDER BY id;
SELECT 1;
ROLLBACK;
SELECT count(*) FROM s34r_items WHERE id = 6001;
BEGIN;
UPDATE s34r_items SET qty = qty - 5 WHERE grp = 0 RETURNING id, qty;
SELECT 1;
ROLLBACK;
SELECT sum(qty) FROM s34r_items WHERE grp = 0;
BEGIN;
INSERT INTO s34r_items VALUES (6002, 2, 'x', 1, NULL);
SELECT g, (g::text || 'z')::int FROM generate_series(1, 10000) g;
COMMIT;
SELECT count(*) FROM s34r_items WHERE id = 6002;
BEGIN;
INSERT INTO s34r_items VALUES (6003, 2, 'y', 1, NULL);
SAVEPOINT a;
SELECT g, 1 / (g - 7000) FROM generate_series(1, 8000) g;
ROLLBACK TO SAVEPOINT a;
SELECT id, name FROM s34r_items WHERE id = 6003;
SELECT count(*) FROM generate_series(1, 30000) g WHERE g % 3 = 0;
COMMIT;
SELECT id, name FROM s34r_items WHERE id = 6003;
BEGIN;
INSERT INTO s34r_items SELECT g, 1, 'dup', 1 FROM generate_series(1995, 2005) g;
ROLLBACK;
BEGIN;
INSERT INTO s34r_log (item, msg) SELECT g, 'dangling' FROM generate_series(1999, 2003) g;
ROLLBACK;
SELECT count(*) FROM s34r_log WHERE msg = 'dangling';

-- Cursors in a transaction that wrote.
BEGIN;
UPDATE s34r_items SET note = 'cur' WHERE id <= 100;
DECLARE s34r_c1 CURSOR FOR SELECT id, name, note FROM s34r_items ORDER BY id;
FETCH 3 FROM s34r_c1;
FETCH 2 FROM s34r_c1;
MOVE 90 FROM s34r_c1;
FETCH 10 FROM s34r_c1;
FETCH FORWARD ALL FROM s34r_c1;
FETCH 1 FROM s34r_c1;
CLOSE s34r_c1;
DECLARE s34r_c2 CURSOR FOR SELECT g, repeat('c', 40) FROM generate_series(1, 20000) g;
FETCH 2 FROM s34r_c2;
MOVE 19990 FROM s34r_c2;
FETCH 100 FROM s34r_c2;
CLOSE s34r_c2;
DECLARE s34r_c3 CURSOR FOR SELECT id, 100 / (id - 50) FROM s34r_items ORDER BY id;
FETCH 10 FROM s34r_c3;
FETCH 100 FROM s34r_c3;
FETCH 1 FROM s34r_c3;
ROLLBACK;
SELECT count(*) FROM s34r_items WHERE note = 'cur';
BEGIN;
INSERT INTO s34r_items VALUES (6004, 4, 'c', 1, NULL);
DECLARE s34r_c4 SCROLL CURSOR FOR SELECT id FROM s34r_items WHERE id > 1995 ORDER BY id;
FETCH LAST FROM s34r_c4;
FETCH PRIOR FROM s34r_c4;
FETCH ABSOLUTE 2 FROM s34r_c4;
FETCH RELATIVE 2 FROM s34r_c4;
FETCH NEXT FROM s34r_c4;
CLOSE s34r_c4;
FETCH 1 FROM s34r_c4;
ROLLBACK;
BEGIN;
DELETE FROM s34r_log WHERE id < 3;
DECLARE s34r_c5 CURSOR WITH HOLD FOR SELECT id, msg FROM s34r_log ORDER BY id;
FETCH 2 FROM s34r_c5;
COMMIT;
FETCH 2 FROM s34r_c5;
CLOSE s34r_c5;
SELECT count(*) FROM s34r_log;

-- Extended protocol inside a transaction that wrote.
BEGIN;
-- params: [7001, "p"]
INSERT INTO s34r_items (id, grp, name) VALUES ($1, 1, $2) RETURNING id, name, qty;
-- params: [1]
SELECT id, name FROM s34r_items WHERE grp = $1 ORDER BY id LIMIT 3;
-- params: [1000]
SELECT g, repeat('e', 30) FROM generate_series(1, $1::int) g;
-- params: [0]
SELECT id, 1 / $1::int FROM s34r_items WHERE id < 10;
ROLLBACK;
-- params: [7001]
SELECT count(*) FROM s34r_items WHERE id = $1;

-- Wide values read back in a transaction that wrote.
BEGIN;
INSERT INTO s34r_items VALUES (8001, 1, 'wide', 1, repeat('w', 200000));
SELECT id, length(note), left(note, 5), right(note, 5) FROM s34r_items WHERE id = 8001;
SELECT id, note FROM s34r_items WHERE id = 8001;
UPDATE s34r_items SET note = note || note WHERE id = 8001 RETURNING length(note);
-- @must
SELECT g, repeat('v', 10000) FROM generate_series(1, 200) g;
ROLLBACK;
SELECT count(*) FROM s34r_items WHERE id = 8001;

-- Read-only transactions and autocommit reads (on the readers), for comparison.
BEGIN;
SELECT count(*) FROM s34r_items;
SELECT id, name FROM s34r_items ORDER BY id DESC LIMIT 2;
COMMIT;
SELECT count(*) FROM generate_series(1, 100000);
SELECT sum(qty), count(note) FROM s34r_items;
DROP TABLE s34r_log;
DROP TABLE s34r_items;
