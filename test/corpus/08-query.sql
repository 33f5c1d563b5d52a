-- Joins, subqueries, set operations, CTEs, window functions.

-- @must
SELECT o.id, c.name, o.total FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.id;
SELECT o.id, c.name FROM orders o INNER JOIN customers c USING (id) ORDER BY o.id;
SELECT c.name, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id ORDER BY c.id, o.id;
SELECT c.name, o.id FROM orders o RIGHT JOIN customers c ON o.customer_id = c.id ORDER BY c.id, o.id;
SELECT c.name, o.id FROM customers c FULL JOIN orders o ON o.customer_id = c.id ORDER BY c.id, o.id;
SELECT c.name, p.title FROM customers c CROSS JOIN products p WHERE c.id = 1 AND p.id <= 2 ORDER BY p.id;
SELECT o.id, c.name, p.title, oi.quantity FROM orders o JOIN customers c ON c.id = o.customer_id JOIN order_items oi ON oi.order_id = o.id JOIN products p ON p.id = oi.product_id ORDER BY o.id, oi.line;
SELECT c.name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status = 'shipped') ORDER BY c.name;
SELECT c.name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) ORDER BY c.name;
SELECT c.name, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS n FROM customers c ORDER BY c.id;
SELECT c.name, (SELECT max(o.ordered_at) FROM orders o WHERE o.customer_id = c.id) AS last_order FROM customers c ORDER BY c.id;
SELECT t.customer_id, t.n FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) AS t WHERE t.n > 1 ORDER BY 1;
SELECT * FROM (SELECT id, total FROM orders ORDER BY total DESC NULLS LAST LIMIT 3) top ORDER BY id;
SELECT s.a, s.b FROM (VALUES (1, 'one'), (2, 'two')) AS s(a, b) ORDER BY s.a;
VALUES (1, 'a'), (2, 'b');
SELECT country FROM customers UNION SELECT 'ZZ' ORDER BY 1;
SELECT country FROM customers UNION ALL SELECT country FROM customers ORDER BY 1;
SELECT customer_id FROM orders INTERSECT SELECT id FROM customers WHERE vip ORDER BY 1;
SELECT id FROM customers EXCEPT SELECT customer_id FROM orders ORDER BY 1;
(SELECT id FROM customers ORDER BY id LIMIT 2) UNION ALL (SELECT id FROM products ORDER BY id DESC LIMIT 2);
SELECT 1 AS x UNION SELECT 2 UNION SELECT 1 ORDER BY x;
SELECT 1 UNION SELECT 'a';
-- @must
WITH paid AS (SELECT * FROM orders WHERE status = 'paid') SELECT id, total FROM paid ORDER BY id;
WITH totals AS (SELECT customer_id, sum(total) AS spent FROM orders GROUP BY customer_id), ranked AS (SELECT customer_id, spent FROM totals WHERE spent > 50) SELECT c.name, r.spent FROM ranked r JOIN customers c ON c.id = r.customer_id ORDER BY r.spent DESC;
-- @must
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT i FROM n;
WITH RECURSIVE fib(a, b) AS (SELECT 0, 1 UNION ALL SELECT b, a + b FROM fib WHERE b < 50) SELECT a FROM fib;
WITH x AS (SELECT 1 AS v) SELECT v, v + 1 FROM x;
WITH x AS MATERIALIZED (SELECT id FROM customers) SELECT count(*) FROM x;
-- @must
SELECT id, customer_id, total, row_number() OVER (ORDER BY id) FROM orders ORDER BY id;
SELECT id, customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY ordered_at) AS nth FROM orders ORDER BY customer_id, nth;
SELECT id, total, rank() OVER (ORDER BY total DESC NULLS LAST), dense_rank() OVER (ORDER BY total DESC NULLS LAST) FROM orders ORDER BY id;
SELECT id, total, sum(total) OVER (ORDER BY id) AS running FROM orders ORDER BY id;
SELECT id, customer_id, total, sum(total) OVER (PARTITION BY customer_id) AS per_customer FROM orders ORDER BY id;
SELECT id, total, avg(total) OVER () AS overall FROM orders ORDER BY id;
SELECT id, count(*) OVER () AS total_rows FROM orders ORDER BY id;
SELECT id, total, lag(total) OVER (ORDER BY id), lead(total, 1, 0) OVER (ORDER BY id) FROM orders ORDER BY id;
SELECT id, first_value(id) OVER (PARTITION BY customer_id ORDER BY id), last_value(id) OVER (PARTITION BY customer_id ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM orders ORDER BY id;
SELECT id, ntile(3) OVER (ORDER BY id), percent_rank() OVER (ORDER BY id), cume_dist() OVER (ORDER BY id) FROM orders ORDER BY id;
-- @must
SELECT id, sum(total) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM orders ORDER BY id;
-- @must
SELECT id, sum(total) OVER w FROM orders WINDOW w AS (ORDER BY id) ORDER BY id;
SELECT * FROM (SELECT id, customer_id, row_number() OVER (PARTITION BY customer_id ORDER BY total DESC NULLS LAST) AS rn FROM orders) t WHERE rn = 1 ORDER BY customer_id;
SELECT o.id FROM orders o WHERE o.total > (SELECT avg(total) FROM orders) ORDER BY o.id;
SELECT p.title FROM products p WHERE p.id NOT IN (SELECT product_id FROM order_items) ORDER BY p.title;
SELECT c.name, x.total FROM customers c, LATERAL (SELECT total FROM orders o WHERE o.customer_id = c.id ORDER BY total DESC LIMIT 1) x ORDER BY c.id;
SELECT id FROM orders WHERE (customer_id, status) = (1, 'paid');
SELECT id FROM orders WHERE (customer_id, status) IN (SELECT 1, 'paid');
SELECT count(*) FROM orders o1 JOIN orders o2 ON o1.customer_id = o2.customer_id AND o1.id < o2.id;
SELECT * FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.id = 1;
SELECT id, name FROM customers ORDER BY id FOR UPDATE;
SELECT id FROM orders WHERE status = 'new' ORDER BY id FOR UPDATE SKIP LOCKED;
SELECT id FROM orders WHERE id = 1 FOR SHARE;
SELECT id FROM orders WHERE id = 1 FOR UPDATE NOWAIT;
-- params: [1, "paid"]
SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.id = $1 AND o.status = $2 ORDER BY o.id;
-- params: [2]
WITH recent AS (SELECT * FROM orders ORDER BY ordered_at DESC LIMIT $1) SELECT id FROM recent ORDER BY id;
-- params: [1]
SELECT id, row_number() OVER (ORDER BY id) FROM orders WHERE customer_id > $1 ORDER BY id;
