-- The twenty-fourth session's sweep of composite types: CREATE TYPE … AS (…) and what applications
-- and ORMs build of it (composite columns, casts of rows and literals, field selection and
-- assignment, comparisons, NULL tests, ordering, JSON, parameters, DROP TYPE, the catalog).
CREATE TYPE s24_money AS (amount int8, currency char(3));
CREATE TYPE s24_contact AS (name text, email varchar(40), verified bool, since date);
CREATE TYPE s24_money AS (amount int);
CREATE TYPE s24_dup AS (a int, a text);
CREATE TYPE s24_bad AS (a nosuchtype);
CREATE TABLE s24_orders (id int PRIMARY KEY, total s24_money, buyer s24_contact, note text);
INSERT INTO s24_orders VALUES (1, row(1999, 'EUR'), row('Ann', 'ann@example.com', true, '2024-01-02'), 'first');
INSERT INTO s24_orders VALUES (2, '(250,USD)', '("Bob, Jr.",bob@example.com,f,)', NULL);
INSERT INTO s24_orders VALUES (3, (0, 'GBP'), NULL, 'x');
INSERT INTO s24_orders VALUES (4, row(NULL, NULL), row(NULL, NULL, NULL, NULL), '');
INSERT INTO s24_orders VALUES (5, row('lots', 'EUR'), NULL, NULL);
INSERT INTO s24_orders VALUES (6, row(1, 'EURO'), NULL, NULL);
INSERT INTO s24_orders VALUES (7, '(1,EUR,x)', NULL, NULL);
INSERT INTO s24_orders VALUES (8, 42, NULL, NULL);
INSERT INTO s24_orders VALUES (9, row(5), NULL, NULL);
SELECT * FROM s24_orders ORDER BY id;
SELECT id, total, (total).amount, (total).currency, (buyer).name, (buyer).verified, (buyer).since FROM s24_orders ORDER BY id;
SELECT id, total::text, buyer::text FROM s24_orders ORDER BY id;
SELECT id FROM s24_orders WHERE (total).amount > 100 ORDER BY id;
SELECT id FROM s24_orders WHERE (buyer).verified ORDER BY id;
SELECT sum((total).amount), count(total), count(buyer) FROM s24_orders;
SELECT (total).currency, count(*) FROM s24_orders GROUP BY (total).currency ORDER BY 1;
SELECT id, total IS NULL, total IS NOT NULL, buyer IS NULL, buyer IS NOT NULL FROM s24_orders ORDER BY id;
SELECT id FROM s24_orders WHERE total = row(250, 'USD')::s24_money;
SELECT id FROM s24_orders WHERE total = '(1999,EUR)';
SELECT id FROM s24_orders WHERE total <> '(1999,EUR)' ORDER BY id;
SELECT id FROM s24_orders WHERE total = row(0, 'GBP');
SELECT id FROM s24_orders WHERE total < row(300, 'USD')::s24_money ORDER BY id;
SELECT id, total FROM s24_orders ORDER BY total, id;
SELECT id, total FROM s24_orders ORDER BY total DESC, id;
SELECT id, total FROM s24_orders ORDER BY total NULLS FIRST, id;
SELECT DISTINCT total FROM s24_orders ORDER BY total;
SELECT count(DISTINCT total) FROM s24_orders;
SELECT (total).nope FROM s24_orders;
SELECT total.amount FROM s24_orders;
SELECT row(10, 'CHF')::s24_money, (row(10, 'CHF')::s24_money).amount;
SELECT '(7,"a b")'::s24_money;
SELECT ' ( 12 ,EUR) '::s24_money;
SELECT '(7'::s24_money;
SELECT '(7,EUR) junk'::s24_money;
SELECT '(x,EUR)'::s24_money;
SELECT NULL::s24_money, (NULL::s24_money).amount;
SELECT 5::s24_money;
SELECT row(1, 'a', 'b')::s24_money;
SELECT row('Zoë', 'z@x', 'yes', '2020-02-29')::s24_contact;
SELECT row('q"t\s', '', false, NULL)::s24_contact;
SELECT ('(1,EUR)'::s24_money).currency;
UPDATE s24_orders SET total.amount = 2000 WHERE id = 1;
UPDATE s24_orders SET buyer.verified = true WHERE id = 2;
UPDATE s24_orders SET total.currency = 'JPY' WHERE id = 4;
UPDATE s24_orders SET total.nope = 1 WHERE id = 1;
UPDATE s24_orders SET total = '(3,GBP)' WHERE id = 3 RETURNING id, total, (total).amount;
UPDATE s24_orders SET total.amount = (total).amount + 1 WHERE id IN (1, 2) RETURNING id, total;
SELECT id, total, buyer FROM s24_orders ORDER BY id;
SELECT to_jsonb(total), to_json(buyer), row_to_json(buyer) FROM s24_orders WHERE id = 1;
SELECT jsonb_build_object('total', total, 'id', id) FROM s24_orders WHERE id IN (2, 4) ORDER BY id;
SELECT json_agg(total ORDER BY id) FROM s24_orders WHERE id < 3;
SELECT to_jsonb(buyer) FROM s24_orders WHERE id = 3;
SELECT max(total) FROM s24_orders;
SELECT upper(total) FROM s24_orders;
SELECT ARRAY[total] FROM s24_orders WHERE id = 1;
-- params: [10, "EUR"]
INSERT INTO s24_orders (id, total) VALUES ($1, row($1, $2)) RETURNING total;
-- params: [11, "(77,\"US D\")"]
INSERT INTO s24_orders (id, total) VALUES ($1, $2) RETURNING total, (total).currency;
-- params: [12, "(77"]
INSERT INTO s24_orders (id, total) VALUES ($1, $2);
-- params: ["(12,NOK)"]
SELECT $1::s24_money, ($1::s24_money).amount;
-- params: [10]
SELECT total, (total).amount FROM s24_orders WHERE id = $1;
-- params: ["(2000,EUR)"]
SELECT id FROM s24_orders WHERE total = $1;
-- params: ["(2000,EUR)"]
SELECT id FROM s24_orders WHERE total = $1::s24_money;
-- params: [500, 1]
UPDATE s24_orders SET total.amount = $1 WHERE id = $2 RETURNING total;
-- params: []
SELECT id, total FROM s24_orders WHERE id >= 10 ORDER BY id;
SELECT id, total IS DISTINCT FROM row(3, 'GBP')::s24_money, coalesce(total, '( 9 ,NOK)') FROM s24_orders ORDER BY id;
CREATE VIEW s24_totals AS SELECT id, total FROM s24_orders;
SELECT id, total, (total).currency FROM s24_totals ORDER BY id;
CREATE TABLE s24_copy AS SELECT id, total FROM s24_orders WHERE id < 3;
SELECT id, (total).amount FROM s24_copy ORDER BY id;
DROP TABLE s24_copy;
DROP VIEW s24_totals;
SELECT typname, typtype, typcategory FROM pg_type WHERE typname LIKE 's24%' ORDER BY 1;
SELECT relname, relkind FROM pg_class WHERE relname LIKE 's24%' ORDER BY 1;
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = 's24_orders' AND a.attnum > 0 ORDER BY a.attnum;
SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_name = 's24_orders' ORDER BY ordinal_position;
SELECT 's24_money'::regtype, pg_typeof(row(1, 'x')::s24_money);
DROP TYPE s24_money;
DROP TYPE s24_contact RESTRICT;
DROP TABLE s24_orders;
DROP TYPE s24_money, s24_contact;
DROP TYPE s24_money;
DROP TYPE IF EXISTS s24_money;
CREATE TYPE s24_empty AS ();
SELECT row()::s24_empty;
DROP TYPE s24_empty;
