-- Reading rows back: every type's text form, filters, sorting, paging.

-- @must
SELECT id, email, name, country, vip, credit, birth_date, created_at, last_login, prefs, external_id FROM customers ORDER BY id;
-- @must
SELECT * FROM products ORDER BY id;
-- @must
SELECT * FROM orders ORDER BY id;
-- @must
SELECT * FROM order_items ORDER BY order_id, line;
SELECT * FROM audit_log ORDER BY id;
SELECT * FROM tags ORDER BY id;
SELECT * FROM kv ORDER BY k;
-- @must
SELECT id, name FROM customers WHERE id = 1;
SELECT id, name FROM customers WHERE country = 'GB' ORDER BY id;
SELECT id, name FROM customers WHERE country = 'US' ORDER BY id;
SELECT id, country, length(country), country || '|' FROM customers ORDER BY id;
SELECT id, code, length(code), code = 'A1' AS eq FROM orders ORDER BY id;
SELECT name FROM customers WHERE vip ORDER BY name;
SELECT name FROM customers WHERE NOT vip ORDER BY name;
SELECT name FROM customers WHERE vip = true ORDER BY name;
SELECT name FROM customers WHERE vip IS FALSE ORDER BY name;
SELECT name, credit FROM customers WHERE credit > 100 ORDER BY credit DESC;
SELECT name, credit FROM customers WHERE credit BETWEEN 10 AND 300 ORDER BY credit;
SELECT name FROM customers WHERE birth_date IS NULL ORDER BY name;
SELECT name FROM customers WHERE birth_date IS NOT NULL ORDER BY birth_date;
SELECT name, birth_date FROM customers WHERE birth_date < '1920-01-01' ORDER BY birth_date;
-- @must
SELECT name FROM customers WHERE created_at >= '2024-02-01' ORDER BY created_at;
SELECT name FROM customers WHERE created_at < '2024-01-04 11:00:00+00' ORDER BY id;
SELECT name, last_login FROM customers WHERE last_login > '2024-05-01 12:00' ORDER BY id;
SELECT name FROM customers WHERE email LIKE 'a%' ORDER BY name;
SELECT name FROM customers WHERE email NOT LIKE '%example.com' ORDER BY name;
SELECT name FROM customers WHERE name LIKE '%ing' ORDER BY name;
SELECT name FROM customers WHERE name LIKE 'ada%' ORDER BY name;
SELECT name FROM customers WHERE name ILIKE 'ada%' ORDER BY name;
SELECT name FROM customers WHERE name NOT ILIKE '%a%' ORDER BY name;
SELECT name FROM customers WHERE name ~ '^[AB]' ORDER BY name;
SELECT name FROM customers WHERE name ~* 'hopper$' ORDER BY name;
SELECT name FROM customers WHERE name !~ 'a' ORDER BY name;
SELECT name FROM customers WHERE id IN (1, 3, 5) ORDER BY id;
SELECT name FROM customers WHERE id NOT IN (1, 3, 5) ORDER BY id;
SELECT name FROM customers WHERE country IN ('GB', 'NL') ORDER BY id;
SELECT DISTINCT country FROM customers ORDER BY country;
SELECT DISTINCT status FROM orders ORDER BY 1;
SELECT count(DISTINCT country) FROM customers;
SELECT id, title FROM products ORDER BY price DESC LIMIT 3;
SELECT id, title FROM products ORDER BY price DESC LIMIT 3 OFFSET 2;
SELECT id, title FROM products ORDER BY id OFFSET 8;
SELECT id, title FROM products ORDER BY id FETCH FIRST 2 ROWS ONLY;
SELECT id, title FROM products ORDER BY id LIMIT ALL;
SELECT id, note FROM orders ORDER BY note NULLS FIRST, id;
SELECT id, note FROM orders ORDER BY note DESC, id;
SELECT id, note FROM orders ORDER BY note DESC NULLS LAST, id;
SELECT id, ship_date FROM orders ORDER BY ship_date, id;
SELECT title, price FROM products WHERE price >= 100 AND active ORDER BY title;
SELECT title FROM products WHERE active IS NOT TRUE ORDER BY title;
SELECT title, weight_kg FROM products WHERE weight_kg < 1 ORDER BY title;
SELECT title, rating FROM products WHERE rating > 4.3 ORDER BY rating DESC;
SELECT title, warranty FROM products WHERE warranty IS NOT NULL ORDER BY id;
SELECT title, warranty FROM products WHERE warranty > '1 year' ORDER BY id;
SELECT title, image FROM products WHERE image IS NOT NULL ORDER BY id;
SELECT title, attrs FROM products WHERE attrs IS NOT NULL ORDER BY id;
SELECT sku FROM products WHERE sku > 'LP' ORDER BY sku;
-- @must
SELECT email FROM customers WHERE external_id = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11';
SELECT email FROM customers WHERE external_id IS NOT NULL ORDER BY external_id;
SELECT k, v FROM kv WHERE v IS NULL ORDER BY k;
SELECT k FROM kv WHERE k LIKE 'copy-%' ORDER BY k;
SELECT k FROM kv WHERE k LIKE 'copy\_%' ORDER BY k;
SELECT 1;
SELECT 1 AS one, 'two' AS two, 3.5 AS three, true AS four, NULL AS five;
SELECT;
SELECT * FROM customers WHERE false;
SELECT id FROM customers WHERE id = 1 OR id = 2 ORDER BY id;
SELECT id FROM customers WHERE (id = 1 OR id = 2) AND vip ORDER BY id;
SELECT c.name, o.id FROM customers c, orders o WHERE o.customer_id = c.id AND o.status = 'paid' ORDER BY o.id;
SELECT nosuchcolumn FROM customers;
SELECT * FROM nosuchtable;
SELECT id FROM customers WHERE name = 1;
SELECT id FROM orders WHERE status = 'paid' ORDER BY id LIMIT 1;
-- params: [1]
SELECT id, name, email FROM customers WHERE id = $1;
-- params: ["GB"]
SELECT id, name FROM customers WHERE country = $1 ORDER BY id;
-- @must
-- params: [2, 3]
SELECT id, title FROM products ORDER BY id LIMIT $1 OFFSET $2;
-- params: ["%o%"]
SELECT name FROM customers WHERE name LIKE $1 ORDER BY name;
-- params: ["%LOVE%"]
SELECT name FROM customers WHERE name ILIKE $1;
-- params: [100]
SELECT title FROM products WHERE price > $1 ORDER BY title;
-- params: ["100.5"]
SELECT title FROM products WHERE price > $1 ORDER BY title;
-- params: [true]
SELECT name FROM customers WHERE vip = $1 ORDER BY name;
-- @must
-- params: ["2024-02-01T00:00:00Z"]
SELECT name FROM customers WHERE created_at >= $1 ORDER BY id;
-- params: ["2024-04-01", "2024-05-01"]
SELECT id FROM orders WHERE ordered_at >= $1 AND ordered_at < $2 ORDER BY id;
-- params: [1, 3]
SELECT id FROM customers WHERE id BETWEEN $1 AND $2 ORDER BY id;
-- params: ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"]
SELECT name FROM customers WHERE external_id = $1;
-- params: [null]
SELECT count(*) FROM customers WHERE birth_date = $1;
-- params: []
SELECT id, sku FROM products WHERE stock > 10 ORDER BY id;
-- params: []
SELECT count(*) AS n, max(price) AS top FROM products;
-- params: [5]
SELECT $1::int + 1 AS next;
-- params: ["7"]
SELECT $1::bigint * 2 AS doubled;
-- params: ["hello"]
SELECT $1::text || ' world' AS greeting;
-- params: ["2024-02-29"]
SELECT $1::date AS d;
-- params: ["1.50"]
SELECT $1::numeric AS n;
-- params: [3]
SELECT id, name FROM customers ORDER BY id LIMIT $1;
-- params: ["ada@example.com"]
SELECT id FROM customers WHERE lower(email) = lower($1);
