-- The twenty-fifth session's sweep of composite types: attributes of numeric, float, timestamp,
-- uuid, jsonb, enum and array types, arrays of a composite type, (v).*, functions of composites,
-- ordering comparisons and IN, DROP TYPE … CASCADE, parameters, and arrays of other lower bounds.
CREATE TYPE s25_mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE s25_price AS (amount numeric(10,2), currency char(3));
CREATE TYPE s25_measure AS (value float8, ratio float4, exact numeric);
CREATE TYPE s25_event AS (at timestamp, id uuid, payload jsonb);
CREATE TYPE s25_tagged AS (tags text[], scores int[]);
CREATE TYPE s25_feeling AS (mood s25_mood, note text);
CREATE TYPE s25_stamp AS (at timestamptz, who text);
CREATE TABLE s25_items (id int PRIMARY KEY, price s25_price, m s25_measure, ev s25_event);
INSERT INTO s25_items VALUES (1, row(19.99, 'EUR'), row(1.5, 0.1, 2.50), row('2024-03-01 12:30:00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"k": [1, 2], "a": null}'));
INSERT INTO s25_items VALUES (2, '(5,USD)', '(1e10,3.14159,0.000)', '("2024-03-01 00:00:00.5",A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A12,"{""x"":1}")');
INSERT INTO s25_items VALUES (3, row(100, 'GBP'), row('NaN', '-Infinity', 1e-5), row(NULL, NULL, 'true'));
INSERT INTO s25_items VALUES (4, row(1.005, 'EUR'), row(0.1 + 0.2, 1, 10), NULL);
INSERT INTO s25_items VALUES (5, row(12345678901, 'EUR'), NULL, NULL);
INSERT INTO s25_items VALUES (6, '(abc,EUR)', NULL, NULL);
INSERT INTO s25_items VALUES (7, NULL, '(x,1,1)', NULL);
INSERT INTO s25_items VALUES (8, NULL, NULL, '(2024-13-01,,)');
INSERT INTO s25_items VALUES (9, NULL, NULL, '(,not-a-uuid,)');
INSERT INTO s25_items VALUES (10, NULL, NULL, '(,,"{bad")');
INSERT INTO s25_items VALUES (11, row(-0.5, 'CHF'), row(-0.0, 0, -1.10), row('infinity', '00000000-0000-0000-0000-000000000000', '[]'));
SELECT * FROM s25_items ORDER BY id;
SELECT id, price::text, m::text, ev::text FROM s25_items ORDER BY id;
SELECT id, (price).amount, (price).amount * 2, (m).value, (m).ratio, (m).exact FROM s25_items ORDER BY id;
SELECT id, (ev).at, (ev).at + interval '1 day', (ev).id, (ev).payload, (ev).payload -> 'k' FROM s25_items ORDER BY id;
SELECT id FROM s25_items WHERE (price).amount > 10 ORDER BY id;
SELECT sum((price).amount), avg((m).value) FILTER (WHERE (m).value < 1e300) FROM s25_items;
SELECT id, price FROM s25_items ORDER BY price, id;
SELECT id, m FROM s25_items ORDER BY m DESC, id;
SELECT id FROM s25_items WHERE m = row(1.5, 0.1, 2.5)::s25_measure;
SELECT id FROM s25_items WHERE m = '(-0,0,-1.1)';
SELECT id FROM s25_items WHERE price = '(19.990,EUR)';
SELECT id FROM s25_items WHERE price <> row(5, 'USD')::s25_price ORDER BY id;
SELECT id FROM s25_items WHERE ev IS NOT DISTINCT FROM row('2024-03-01 12:30', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a":null,"k":[1,2]}')::s25_event;
SELECT id FROM s25_items WHERE price < row(20, 'AAA')::s25_price ORDER BY id;
SELECT id FROM s25_items WHERE price >= '(100,GBP)' ORDER BY id;
SELECT id FROM s25_items WHERE price IN (row(5, 'USD')::s25_price, '(100,GBP)') ORDER BY id;
SELECT id FROM s25_items WHERE price NOT IN ('(5,USD)'::s25_price) ORDER BY id;
SELECT DISTINCT m FROM s25_items WHERE m IS NOT NULL ORDER BY m;
SELECT row(1.999, 'EUR')::s25_price, row(1e20, 'EUR')::s25_price;
SELECT row(1.25::float4, 1.25, 1.250)::s25_measure, row(1.0/3, 1.0/3, 1.0/3)::s25_measure;
SELECT '("2020-02-29 23:59:59.999999",,)'::s25_event, ('(,,"[1, 2]")'::s25_event).payload;
SELECT row(now()::timestamp - now()::timestamp + '2000-01-01'::timestamp, NULL, '{}')::s25_event;
SELECT to_jsonb(m), row_to_json(ev) FROM s25_items WHERE id IN (1, 3) ORDER BY id;
SELECT (price).* FROM s25_items WHERE id = 1;
SELECT (m).*, id FROM s25_items WHERE id = 2;
SELECT (row(1, 'x')::s25_price).*;
UPDATE s25_items SET price.amount = (price).amount + 0.011 WHERE id = 1 RETURNING price;
UPDATE s25_items SET ev.payload = '{"z": 0}' WHERE id = 3 RETURNING ev;
UPDATE s25_items SET m.ratio = 'x' WHERE id = 1;
CREATE TABLE s25_tagged_t (id int, t s25_tagged);
INSERT INTO s25_tagged_t VALUES (1, row(ARRAY['a', 'b c'], ARRAY[1, 2])), (2, '("{x,\\"y\\"}",{})'), (3, row(NULL, '{3,NULL}'));
SELECT id, t, (t).tags, (t).scores[2], array_length((t).tags, 1) FROM s25_tagged_t ORDER BY id;
CREATE TABLE s25_feel (id int, f s25_feeling);
INSERT INTO s25_feel VALUES (1, row('happy', 'yay')), (2, '(sad,meh)'), (3, row('ok', NULL));
INSERT INTO s25_feel VALUES (4, row('angry', 'no'));
SELECT id, f, (f).mood FROM s25_feel ORDER BY f;
SELECT id FROM s25_feel WHERE (f).mood > 'sad' ORDER BY id;
CREATE TABLE s25_stamps (s s25_stamp);
CREATE TABLE s25_orders (id int, lines s25_price[]);
INSERT INTO s25_orders VALUES (1, ARRAY[row(1.5, 'EUR')::s25_price, row(2, 'USD')::s25_price]);
INSERT INTO s25_orders VALUES (2, '{"(3,GBP)","(4.25,EUR)"}');
INSERT INTO s25_orders VALUES (3, '{}');
SELECT id, lines, lines[1], (lines[2]).amount, array_length(lines, 1) FROM s25_orders ORDER BY id;
SELECT id, (unnest(lines)).currency FROM s25_orders ORDER BY 1, 2;
SELECT o.id, l.amount, l.currency FROM s25_orders o, unnest(o.lines) AS l ORDER BY 1, 2;
SELECT array_agg(price ORDER BY id) FROM s25_items WHERE id < 4;
SELECT ARRAY[row(1, 'a')::s25_price, NULL];
CREATE FUNCTION s25_total(p s25_price) RETURNS numeric LANGUAGE sql AS $$ SELECT (p).amount $$;
SELECT id, s25_total(price) FROM s25_items WHERE id < 3 ORDER BY id;
CREATE FUNCTION s25_mk(a numeric, c text) RETURNS s25_price LANGUAGE sql AS $$ SELECT row(a, c)::s25_price $$;
SELECT s25_mk(3.5, 'EUR');
CREATE FUNCTION s25_all() RETURNS SETOF s25_price LANGUAGE sql AS $$ SELECT price FROM s25_items WHERE price IS NOT NULL ORDER BY id $$;
SELECT * FROM s25_all();
CREATE FUNCTION s25_double(p s25_price) RETURNS s25_price LANGUAGE plpgsql AS $$ BEGIN p.amount := p.amount * 2; RETURN p; END $$;
SELECT s25_double(price) FROM s25_items WHERE id = 2;
SELECT max(price) FROM s25_items;
-- params: [1, "EUR"]
SELECT * FROM (VALUES ($1, row($1, $2))) v;
-- params: [7.125, "JPY"]
SELECT row($1, $2)::s25_price;
-- params: ["(7.5,JPY)"]
SELECT $1::s25_price, ($1::s25_price).amount;
-- params: [20, "(2.5,EUR)"]
INSERT INTO s25_items (id, price) VALUES ($1, $2) RETURNING price, (price).amount;
-- params: ["(x,EUR)"]
INSERT INTO s25_items (id, price) VALUES (21, $1);
-- params: ["(1e10,2,3)"]
SELECT id FROM s25_items WHERE m = $1;
-- params: ["(\"2024-03-01 12:30:00\",a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,\"{}\")"]
SELECT ($1::s25_event).at, ($1::s25_event).id;
-- params: [1]
SELECT price, m, ev FROM s25_items WHERE id = $1;
SELECT typname, typtype FROM pg_type WHERE typname LIKE 's25%' AND typtype = 'c' ORDER BY 1;
SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname = 's25_event' AND a.attnum > 0 ORDER BY a.attnum;
DROP TYPE s25_price;
DROP TYPE s25_price CASCADE;
SELECT * FROM s25_items ORDER BY id;
SELECT column_name FROM information_schema.columns WHERE table_name = 's25_items' ORDER BY ordinal_position;
DROP TYPE s25_measure CASCADE;
SELECT '[0:2]={1,2,3}'::int[];
SELECT array_lower('[0:2]={1,2,3}'::int[], 1), array_upper('[0:2]={1,2,3}'::int[], 1), array_dims('[0:2]={1,2,3}'::int[]);
SELECT ('[0:2]={1,2,3}'::int[])[0], ('[0:2]={1,2,3}'::int[])[1:2], ('[-1:0]={a,b}'::text[])[-1];
CREATE TABLE s25_arr (id int, a int[]);
INSERT INTO s25_arr VALUES (1, '{1,2}'), (2, '[5:6]={7,8}');
UPDATE s25_arr SET a[4] = 9 WHERE id = 1;
UPDATE s25_arr SET a[0] = 0 WHERE id = 1;
SELECT id, a, array_dims(a), array_length(a, 1) FROM s25_arr ORDER BY id;
DROP TABLE s25_arr, s25_orders, s25_tagged_t, s25_feel, s25_items;
DROP FUNCTION IF EXISTS s25_total(s25_price);
DROP FUNCTION IF EXISTS s25_mk(numeric, text);
DROP FUNCTION IF EXISTS s25_all();
DROP FUNCTION IF EXISTS s25_double(s25_price);
DROP TABLE IF EXISTS s25_stamps;
DROP TYPE IF EXISTS s25_price, s25_measure, s25_event, s25_tagged, s25_feeling, s25_stamp CASCADE;
DROP TYPE s25_mood;
