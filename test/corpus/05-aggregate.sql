-- Aggregates, grouping, DISTINCT ON, string_agg/array_agg, generate_series.

-- @must
SELECT count(*) FROM orders;
SELECT count(*), count(note), count(DISTINCT customer_id) FROM orders;
-- @must
SELECT sum(quantity), sum(unit_price), sum(quantity * unit_price) FROM order_items;
-- @must
SELECT avg(quantity), avg(unit_price), avg(rating), avg(stock) FROM order_items, products WHERE products.id = order_items.product_id;
SELECT min(price), max(price), min(title), max(sku), min(warranty), max(warranty) FROM products;
SELECT min(ordered_at), max(ordered_at), min(ship_date), max(ship_date) FROM orders;
SELECT sum(stock), avg(price), sum(weight_kg), sum(rating), max(rating) FROM products;
SELECT sum(id), avg(id), sum(id::bigint), sum(id::smallint) FROM customers;
SELECT sum(total) FROM orders WHERE false;
SELECT count(*), sum(quantity), avg(quantity), max(quantity) FROM order_items WHERE order_id = 999;
SELECT customer_id, count(*), sum(total) FROM orders GROUP BY customer_id ORDER BY customer_id;
SELECT status, count(*) AS n, round(avg(total), 2) AS avg_total FROM orders GROUP BY status ORDER BY status;
SELECT status, count(*) FROM orders GROUP BY 1 HAVING count(*) > 1 ORDER BY 1;
SELECT customer_id, sum(total) FROM orders GROUP BY customer_id HAVING sum(total) > 100 ORDER BY 2 DESC;
SELECT country, count(*), bool_and(vip), bool_or(vip), every(credit > 0) FROM customers GROUP BY country ORDER BY country;
SELECT order_id, sum(quantity * unit_price) AS amount FROM order_items GROUP BY order_id ORDER BY amount DESC, order_id;
SELECT order_id, count(*) AS lines, sum(quantity) AS units FROM order_items GROUP BY order_id HAVING count(*) > 1 ORDER BY order_id;
SELECT p.title, sum(oi.quantity) AS sold FROM products p JOIN order_items oi ON oi.product_id = p.id GROUP BY p.title ORDER BY sold DESC, p.title;
-- @must
SELECT c.name, count(o.id) AS orders, coalesce(sum(o.total), 0) AS spent FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name ORDER BY c.id;
SELECT string_agg(name, ', ') FROM customers WHERE country = 'US';
SELECT string_agg(name, ', ' ORDER BY name) FROM customers;
SELECT string_agg(name, ', ' ORDER BY name DESC) FROM customers WHERE vip;
SELECT country, string_agg(email, ';' ORDER BY email) FROM customers GROUP BY country ORDER BY country;
SELECT string_agg(DISTINCT country, ',' ORDER BY country) FROM customers;
-- @must
SELECT array_agg(id ORDER BY id) FROM customers;
SELECT status, array_agg(id ORDER BY id) FROM orders GROUP BY status ORDER BY status;
SELECT array_agg(sku ORDER BY sku) FROM products WHERE price < 50;
SELECT count(*) FILTER (WHERE vip), count(*) FILTER (WHERE NOT vip) FROM customers;
SELECT sum(total) FILTER (WHERE status = 'paid') AS paid, sum(total) FILTER (WHERE status <> 'paid') AS other FROM orders;
-- @must
SELECT DISTINCT ON (customer_id) customer_id, id, ordered_at FROM orders ORDER BY customer_id, ordered_at DESC;
SELECT DISTINCT ON (status) status, id, total FROM orders ORDER BY status, total DESC NULLS LAST, id;
SELECT DISTINCT ON (country) country, name FROM customers ORDER BY country, name;
SELECT * FROM generate_series(1, 5);
SELECT generate_series(1, 3);
SELECT g FROM generate_series(10, 1, -3) AS g;
SELECT x, x * x AS sq FROM generate_series(1, 4) AS t(x);
SELECT count(*) FROM generate_series(1, 1000);
SELECT sum(g) FROM generate_series(1, 100) g;
SELECT d::date FROM generate_series('2024-01-01'::date, '2024-01-05'::date, '1 day'::interval) AS d;
SELECT g.d, count(o.id) FROM generate_series(1, 12) AS g(d) LEFT JOIN orders o ON o.customer_id = g.d GROUP BY g.d ORDER BY g.d;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total) FROM orders;
SELECT max(length(name)) FROM customers;
SELECT count(*) FROM (SELECT DISTINCT customer_id FROM orders) s;
SELECT avg(total)::numeric(10,2) FROM orders;
SELECT sum(quantity)::int FROM order_items;
SELECT round(avg(price), 2), round(sum(price) / count(*), 2) FROM products;
SELECT stddev(price) > 0, variance(quantity) >= 0 FROM products, order_items WHERE products.id = order_items.product_id;
-- params: ["paid"]
SELECT count(*), sum(total) FROM orders WHERE status = $1;
-- params: [1]
SELECT order_id, sum(quantity) FROM order_items WHERE order_id > $1 GROUP BY order_id ORDER BY order_id;
