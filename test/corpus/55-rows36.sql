-- rows36: recursive CTE SEARCH/CYCLE, arrays of rows and of composite values, arrays whose lower bound is not 1.
-- Tables are prefixed rows36_ so the full corpus transcript holds no other file's names.

-- @must
CREATE TABLE rows36_tree (id int PRIMARY KEY, parent int, name text);
-- @must
INSERT INTO rows36_tree VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 2, 'a2'), (6, 3, 'b1'), (7, 4, 'a1x');
-- @must
CREATE TABLE rows36_edge (src int, dst int, w int);
-- @must
INSERT INTO rows36_edge VALUES (1, 2, 10), (2, 3, 20), (3, 1, 30), (3, 4, 5), (4, 5, 1), (5, 4, 2);
-- @must
WITH RECURSIVE t(id, name, lvl) AS (SELECT id, name, 0 FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name, t.lvl + 1 FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, name, lvl FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name, lvl) AS (SELECT id, name, 0 FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name, t.lvl + 1 FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name, lvl) AS (SELECT id, name, 0 FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name, t.lvl + 1 FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH BREADTH FIRST BY id SET ord SELECT * FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name, lvl) AS (SELECT id, name, 0 FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name, t.lvl + 1 FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH BREADTH FIRST BY id SET ord SELECT id, name FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY name, id SET ord SELECT name, ord FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH BREADTH FIRST BY name SET ord SELECT name, ord FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT pg_typeof(ord) FROM t LIMIT 1;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH BREADTH FIRST BY id SET ord SELECT pg_typeof(ord) FROM t LIMIT 1;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT count(*) FROM t;
-- @must
WITH RECURSIVE t(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM t WHERE id < 5) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t;
-- @must
WITH RECURSIVE t(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM t WHERE id < 5) SEARCH BREADTH FIRST BY id SET ord SELECT * FROM t;
-- @must
WITH RECURSIVE t(id) AS (SELECT 1 UNION SELECT id + 1 FROM t WHERE id < 4) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id FROM t ORDER BY ord DESC;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, array_length(ord, 1) AS depth FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET id SELECT * FROM t;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY nope SET ord SELECT * FROM t;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id, id SET ord SELECT * FROM t;
-- @must
WITH t(id) AS (SELECT 1) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t;
-- @must
WITH RECURSIVE t(id) AS (SELECT 1) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t;
-- @must
WITH RECURSIVE t(id) AS (SELECT 1 INTERSECT SELECT id + 1 FROM t) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t;
-- @must
WITH RECURSIVE t(id, path) AS (SELECT 1, 'x' UNION ALL SELECT id + 1, 'y' FROM t WHERE id < 2) SEARCH DEPTH FIRST BY id SET path SELECT * FROM t;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE src SET is_cycle USING path SELECT * FROM g;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE src SET is_cycle USING path SELECT src, dst, is_cycle FROM g ORDER BY path;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE src, dst SET is_cycle USING path SELECT * FROM g ORDER BY path;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped TO 'Y' DEFAULT 'N' USING trail SELECT * FROM g ORDER BY trail;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped TO 1 DEFAULT 0 USING trail SELECT * FROM g ORDER BY trail;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped USING trail SELECT pg_typeof(looped), pg_typeof(trail) FROM g LIMIT 1;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped USING trail SELECT count(*) FROM g WHERE looped;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped USING trail SELECT src, dst FROM g WHERE NOT looped ORDER BY trail;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped USING trail SELECT dst, trail FROM g WHERE looped ORDER BY trail;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) SEARCH DEPTH FIRST BY dst SET ord CYCLE dst SET looped USING trail SELECT * FROM g ORDER BY ord;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) SEARCH BREADTH FIRST BY dst SET ord CYCLE dst SET looped USING trail SELECT * FROM g ORDER BY ord;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE nope SET looped USING trail SELECT * FROM g;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped USING looped SELECT * FROM g;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET src USING trail SELECT * FROM g;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped TO 1 DEFAULT 'N' USING trail SELECT * FROM g;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst, dst SET looped USING trail SELECT * FROM g;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) SEARCH DEPTH FIRST BY dst SET trail CYCLE dst SET looped USING trail SELECT * FROM g;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) SEARCH DEPTH FIRST BY dst SET looped CYCLE dst SET looped USING trail SELECT * FROM g;
-- @must
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT (x % 3) + 1 FROM n) CYCLE x SET c USING p SELECT * FROM n;
-- @must
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT (x % 3) + 1 FROM n) CYCLE x SET c USING p SELECT x, c FROM n WHERE c;
-- @must
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT (x % 3) + 1 FROM n) CYCLE x SET c TO true DEFAULT false USING p SELECT count(*) FROM n;
-- @must
WITH RECURSIVE n(x, s) AS (SELECT 1, 'a' UNION ALL SELECT (x % 2) + 1, s || 'b' FROM n WHERE length(s) < 6) CYCLE x SET c USING p SELECT * FROM n;
-- @must
WITH RECURSIVE n(x, s) AS (SELECT 1, 'a,b' UNION ALL SELECT (x % 2) + 1, s || '"' FROM n) CYCLE x SET c USING p SELECT * FROM n;
-- @must
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT (x % 3) + 1 FROM n) CYCLE x SET c USING p SELECT p[1], array_length(p, 1) FROM n ORDER BY array_length(p, 1);
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) CYCLE id SET c USING p SELECT id, c, p FROM t ORDER BY p;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_tree WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_tree c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY name SET ord SELECT string_agg(name, '/' ORDER BY ord) FROM t;
-- @must
WITH RECURSIVE t(id) AS (SELECT NULL::int UNION ALL SELECT 1 FROM t WHERE id IS NULL) CYCLE id SET c USING p SELECT * FROM t;
-- @must
WITH RECURSIVE t(id) AS (SELECT NULL::int UNION ALL SELECT 1 FROM t WHERE id IS NULL) SEARCH DEPTH FIRST BY id SET ord SELECT * FROM t;

-- The documentation's examples (queries.html 7.8.2.1-2), over a graph with a cycle.
-- @must
CREATE TABLE rows36_graph (id int, link int, data text);
-- @must
INSERT INTO rows36_graph VALUES (1, 2, 'arc 1 -> 2'), (1, 3, 'arc 1 -> 3'), (2, 3, 'arc 2 -> 3'), (1, 4, 'arc 1 -> 4'), (4, 5, 'arc 4 -> 5'), (5, 1, 'arc 5 -> 1'), (11, 12, 'x'), (12, 13, 'y'), (13, 11, 'z');
-- @must
WITH RECURSIVE search_graph(id, link, data, depth) AS (SELECT g.id, g.link, g.data, 1 FROM rows36_graph g UNION ALL SELECT g.id, g.link, g.data, sg.depth + 1 FROM rows36_graph g, search_graph sg WHERE g.id = sg.link) CYCLE id SET is_cycle USING path SELECT * FROM search_graph ORDER BY path, link, depth;
-- @must
WITH RECURSIVE search_graph(id, link, data, depth) AS (SELECT g.id, g.link, g.data, 1 FROM rows36_graph g UNION ALL SELECT g.id, g.link, g.data, sg.depth + 1 FROM rows36_graph g, search_graph sg WHERE g.id = sg.link) CYCLE id, link SET is_cycle USING path SELECT id, link, depth, is_cycle FROM search_graph WHERE is_cycle ORDER BY path;
-- @must
WITH RECURSIVE search_graph(id, link, data, depth) AS (SELECT g.id, g.link, g.data, 1 FROM rows36_graph g UNION ALL SELECT g.id, g.link, g.data, sg.depth + 1 FROM rows36_graph g, search_graph sg WHERE g.id = sg.link) SEARCH DEPTH FIRST BY id SET ordercol CYCLE id SET is_cycle USING path SELECT id, link, depth, ordercol FROM search_graph ORDER BY ordercol, link;
-- @must
WITH RECURSIVE search_graph(id, link, data, depth) AS (SELECT g.id, g.link, g.data, 1 FROM rows36_graph g UNION ALL SELECT g.id, g.link, g.data, sg.depth + 1 FROM rows36_graph g, search_graph sg WHERE g.id = sg.link) SEARCH BREADTH FIRST BY id SET ordercol CYCLE id SET is_cycle USING path SELECT count(*), max(depth) FROM search_graph;
-- @must
WITH RECURSIVE search_tree(id, link, data) AS (SELECT t.id, t.link, t.data FROM rows36_graph t WHERE t.id = 11 UNION ALL SELECT t.id, t.link, t.data FROM rows36_graph t, search_tree st WHERE t.id = st.link) CYCLE id SET is_cycle USING path SELECT id, link, is_cycle, path FROM search_tree;
-- @must
WITH RECURSIVE search_tree(id, link, data) AS (SELECT t.id, t.link, t.data FROM rows36_graph t WHERE t.id = 11 UNION ALL SELECT t.id, t.link, t.data FROM rows36_graph t, search_tree st WHERE t.id = st.link) CYCLE id SET is_cycle USING path SELECT id, link, is_cycle, path FROM search_tree WHERE NOT is_cycle ORDER BY path;
-- @must
WITH RECURSIVE search_tree(id, link, data) AS (SELECT t.id, t.link, t.data FROM rows36_graph t WHERE t.id = 11 UNION ALL SELECT t.id, t.link, t.data FROM rows36_graph t, search_tree st WHERE t.id = st.link) SEARCH DEPTH FIRST BY id SET ordercol CYCLE id SET is_cycle TO 'Y' DEFAULT 'N' USING path SELECT * FROM search_tree ORDER BY ordercol;
-- @must
CREATE TABLE rows36_big (id int PRIMARY KEY, parent int, name text);
-- @must
INSERT INTO rows36_big SELECT g, CASE WHEN g = 1 THEN NULL ELSE g / 3 END, 'n' || g FROM generate_series(1, 40) g;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, ord FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH BREADTH FIRST BY id SET ord SELECT id, ord FROM t ORDER BY ord;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY name SET ord SELECT name FROM t ORDER BY ord LIMIT 10;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id FROM t WHERE id > 30 ORDER BY ord DESC;
-- @must
WITH RECURSIVE t AS (SELECT id, name FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, ord FROM t ORDER BY ord LIMIT 5;
-- @must
WITH RECURSIVE t AS (SELECT id AS node, 0 AS lvl FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, t.lvl + 1 FROM rows36_big c JOIN t ON c.parent = t.node) SEARCH BREADTH FIRST BY node SET ord SELECT node, lvl, ord FROM t ORDER BY ord LIMIT 6;
-- @must
WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 3) SEARCH DEPTH FIRST BY n SET ord SELECT * FROM t;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t AS p ON c.parent = p.id) SEARCH DEPTH FIRST BY id SET ord SELECT id FROM t ORDER BY ord LIMIT 5;
-- @must
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t ON c.parent = t.id) CYCLE id SET c USING p SELECT count(*) FILTER (WHERE c), count(*) FROM t;
-- @must
SELECT * FROM (WITH RECURSIVE t(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM t WHERE id < 12) SEARCH DEPTH FIRST BY id SET ord SELECT id, ord FROM t) s ORDER BY ord DESC LIMIT 3;
-- @must
CREATE VIEW rows36_v AS WITH RECURSIVE t(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM t WHERE id < 3) CYCLE id SET c USING p SELECT id, c, p FROM t;
-- @must
SELECT * FROM rows36_v;
-- @must
SELECT ARRAY[ROW(10)] > ARRAY[ROW(9)];
-- @must
SELECT ARRAY[ROW(1, 'b')] > ARRAY[ROW(1, 'a')];
-- @must
SELECT x FROM (VALUES (ARRAY[ROW(10)]), (ARRAY[ROW(9)]), (ARRAY[ROW(9), ROW(1)])) v(x) ORDER BY x;
-- @must
SELECT x FROM (VALUES (ARRAY[ROW(10)]), (ARRAY[ROW(9)]), (ARRAY[ROW(9), ROW(1)])) v(x) ORDER BY x DESC;
-- @must
SELECT max(x) FROM (VALUES (ARRAY[ROW(10)]), (ARRAY[ROW(9)])) v(x);

-- Through the extended protocol, and as part of larger statements.
-- params: [1]
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = $1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped USING trail SELECT dst, looped, trail FROM g ORDER BY trail;
-- params: [3]
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_big WHERE id = $1 UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, ord FROM t ORDER BY ord;
-- params: [2]
WITH RECURSIVE t(id, name) AS (SELECT id, name FROM rows36_big WHERE id = $1 UNION ALL SELECT c.id, c.name FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH BREADTH FIRST BY id SET ord SELECT id, ord FROM t ORDER BY ord;
-- @must
CREATE TABLE rows36_out (id int, depth int);
-- @must
INSERT INTO rows36_out WITH RECURSIVE t(id, lvl) AS (SELECT id, 0 FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, t.lvl + 1 FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id, lvl FROM t;
-- @must
SELECT depth, count(*) FROM rows36_out GROUP BY depth ORDER BY depth;
-- @must
WITH RECURSIVE t(id, lvl) AS (SELECT id, 0 FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, t.lvl + 1 FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT t.id, b.name, repeat('  ', t.lvl) || b.name AS indented FROM t JOIN rows36_big b ON b.id = t.id ORDER BY t.ord LIMIT 12;
-- @must
WITH RECURSIVE t(id, lvl) AS (SELECT id, 0 FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, t.lvl + 1 FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH BREADTH FIRST BY lvl, id SET ord SELECT id, lvl, ord FROM t ORDER BY ord LIMIT 8;
-- @must
WITH RECURSIVE t(id, lvl) AS (SELECT id, 0 FROM rows36_big WHERE parent IS NULL UNION ALL SELECT c.id, t.lvl + 1 FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT lvl, min(ord), max(ord) FROM t GROUP BY lvl ORDER BY lvl;
-- @must
WITH RECURSIVE w(word, n) AS (SELECT 'a', 1 UNION ALL SELECT CASE WHEN n % 3 = 0 THEN 'a' ELSE word || 'x' END, n + 1 FROM w WHERE n < 10) CYCLE word SET seen TO 'yes' DEFAULT 'no' USING words SELECT * FROM w;
-- @must
WITH RECURSIVE w(word) AS (SELECT 'a b' UNION ALL SELECT CASE WHEN word = 'a b' THEN 'c,"d"' ELSE 'a b' END FROM w) CYCLE word SET seen USING words SELECT * FROM w;
-- @must
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT (x % 4) + 1 FROM n) CYCLE x SET c TO 2 DEFAULT 1 USING p SELECT x, c, pg_typeof(c) FROM n;
-- @must
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT (x % 4) + 1 FROM n) CYCLE x SET c TO 1 DEFAULT true USING p SELECT * FROM n;
-- @must
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3), m(y) AS (SELECT 10 UNION ALL SELECT y + 10 FROM m WHERE y < 30) SEARCH DEPTH FIRST BY y SET o SELECT x, y, o FROM n, m ORDER BY x, o;
-- @must
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3) SEARCH DEPTH FIRST BY x SET o SELECT (SELECT count(*) FROM n) AS total, max(o) FROM n;
-- @must
SELECT id FROM rows36_big WHERE id IN (WITH RECURSIVE t(id) AS (SELECT 4 UNION ALL SELECT c.id FROM rows36_big c JOIN t ON c.parent = t.id) SEARCH DEPTH FIRST BY id SET ord SELECT id FROM t) ORDER BY id;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE src, dst SET looped USING trail SELECT trail, trail[2], array_length(trail, 1) FROM g WHERE looped ORDER BY trail;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) CYCLE dst SET looped USING trail SELECT trail::text FROM g ORDER BY trail LIMIT 3;
-- @must
WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM rows36_edge WHERE src = 1 UNION ALL SELECT e.src, e.dst FROM rows36_edge e JOIN g ON e.src = g.dst) SEARCH DEPTH FIRST BY src, dst SET ord CYCLE src, dst SET looped USING trail SELECT src, dst, ord, looped FROM g ORDER BY ord;

-- PostgreSQL's regression tests' forms: * and g.* in the terms.
-- @must
CREATE TABLE rows36_graph0 (f int, t int, label text);
-- @must
INSERT INTO rows36_graph0 VALUES (1, 2, 'arc 1 -> 2'), (1, 3, 'arc 1 -> 3'), (2, 3, 'arc 2 -> 3'), (1, 4, 'arc 1 -> 4'), (4, 5, 'arc 4 -> 5');
-- @must
WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM rows36_graph0 g UNION ALL SELECT g.* FROM rows36_graph0 g, search_graph sg WHERE g.f = sg.t) SEARCH DEPTH FIRST BY f, t SET seq SELECT * FROM search_graph ORDER BY seq;
-- @must
WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM rows36_graph0 g UNION ALL SELECT g.* FROM rows36_graph0 g, search_graph sg WHERE g.f = sg.t) SEARCH BREADTH FIRST BY f, t SET seq SELECT * FROM search_graph ORDER BY seq;
-- @must
WITH RECURSIVE search_graph AS (SELECT * FROM rows36_graph0 g UNION ALL SELECT g.* FROM rows36_graph0 g, search_graph sg WHERE g.f = sg.t) SEARCH DEPTH FIRST BY f, t SET seq SELECT f, t, seq FROM search_graph ORDER BY seq;
-- @must
WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM rows36_graph g UNION ALL SELECT g.* FROM rows36_graph g, search_graph sg WHERE g.id = sg.t) CYCLE f, t SET is_cycle USING path SELECT * FROM search_graph ORDER BY path, t;
-- @must
WITH RECURSIVE search_graph(id, link, data) AS (SELECT * FROM rows36_graph g UNION ALL SELECT g.* FROM rows36_graph g, search_graph sg WHERE g.id = sg.link) CYCLE id, link SET is_cycle USING path SELECT * FROM search_graph ORDER BY path;
-- @must
WITH RECURSIVE search_graph(id, link, data) AS (SELECT * FROM rows36_graph g UNION ALL SELECT g.* FROM rows36_graph g, search_graph sg WHERE g.id = sg.link) CYCLE id, link SET is_cycle TO 'Y' DEFAULT 'N' USING path SELECT id, link, is_cycle FROM search_graph WHERE is_cycle = 'Y' ORDER BY path;

-- Arrays of rows.
-- @must
SELECT ARRAY[ROW(1)];
-- @must
SELECT ARRAY[ROW(1, 'a')];
-- @must
SELECT ARRAY[ROW(1, 'a'), ROW(2, 'b')];
-- @must
SELECT ARRAY[ROW(1, 'a b'), ROW(2, 'c,d')];
-- @must
SELECT ARRAY[ROW(1, 'say "hi"')];
-- @must
SELECT ARRAY[ROW(1, NULL)];
-- @must
SELECT ARRAY[ROW(NULL, NULL)];
-- @must
SELECT ARRAY[ROW(1, '')];
-- @must
SELECT ARRAY[ROW('back\slash', 1)];
-- @must
SELECT ARRAY[ROW(1.50, true)];
-- @must
SELECT ARRAY[ROW(1, 2), NULL];
-- @must
SELECT ARRAY[ROW(ROW(1, 2), 3)];
-- @must
SELECT ARRAY[ROW(1, 2)] || ARRAY[ROW(3, 4)];
-- @must
SELECT ARRAY[ROW(1, 2)] || ROW(3, 4);
-- @must
SELECT pg_typeof(ARRAY[ROW(1, 2)]);
-- @must
SELECT array_length(ARRAY[ROW(1, 2), ROW(3, 4)], 1);
-- @must
SELECT cardinality(ARRAY[ROW(1, 2), ROW(3, 4)]);
-- @must
SELECT (ARRAY[ROW(1, 'x'), ROW(2, 'y')])[2];
-- @must
SELECT (ARRAY[ROW(1, 'x'), ROW(2, 'y')])[3];
-- @must
SELECT ARRAY[ROW(1, 2)] = ARRAY[ROW(1, 2)];
-- @must
SELECT ARRAY[ROW(1, 2)] = ARRAY[ROW(1, 3)];
-- @must
SELECT ARRAY[ROW(1, 2)] < ARRAY[ROW(1, 3)];
-- @must
SELECT ARRAY[ROW(2, 2)] > ARRAY[ROW(10, 1)];
-- @must
SELECT ROW(1, 2) = ANY (ARRAY[ROW(1, 2), ROW(3, 4)]);
-- @must
SELECT ROW(5, 6) = ANY (ARRAY[ROW(1, 2), ROW(3, 4)]);
-- @must
SELECT ARRAY[ROW(1, 2)]::text;
-- @must
SELECT ARRAY[ROW(1, 'a,b')]::text;
-- @must
SELECT array_to_string(ARRAY[ROW(1, 2), ROW(3, 4)], ';');
-- @must
SELECT * FROM unnest(ARRAY[ROW(1, 'a'), ROW(2, 'b')]) AS u(a int, b text);
-- @must
SELECT unnest(ARRAY[ROW(1, 'a'), ROW(2, 'b')]);
-- @must
SELECT * FROM unnest(ARRAY[1, 2]) AS u(a int);
-- @must
SELECT * FROM unnest('{x,y}'::text[]) AS u(a text, b text);
-- @must
SELECT array_agg(ROW(id, name) ORDER BY id) FROM rows36_tree WHERE id < 4;
-- @must
SELECT array_agg(ROW(id, name)) FILTER (WHERE id > 5) FROM rows36_tree;
-- @must
SELECT array_agg(ROW(name, parent) ORDER BY id) FROM rows36_tree;
-- @must
SELECT array_agg(t ORDER BY id) FROM rows36_tree t WHERE id <= 3;
-- @must
SELECT array_agg(t ORDER BY t.id DESC) FROM rows36_tree AS t WHERE parent = 2;
-- @must
SELECT parent, array_agg(t ORDER BY id) FROM rows36_tree t GROUP BY parent ORDER BY parent;
-- @must
SELECT (array_agg(t ORDER BY id))[1] FROM rows36_tree t;
-- @must
SELECT pg_typeof(array_agg(t)) FROM rows36_tree t;
-- @must
SELECT array_agg(e ORDER BY src, dst) FROM rows36_edge e;
-- @must
SELECT array_agg(ROW(src, dst) ORDER BY src, dst) FILTER (WHERE w > 5) FROM rows36_edge;
-- @must
SELECT array_length(array_agg(t), 1) FROM rows36_tree t;
-- @must
CREATE TYPE rows36_pt AS (x int, label text);
-- @must
SELECT ARRAY[ROW(1, 'a')::rows36_pt, ROW(2, 'b c')::rows36_pt];
-- @must
SELECT pg_typeof(ARRAY[ROW(1, 'a')::rows36_pt]);
-- @must
SELECT '{"(1,a)","(2,\"b c\")"}'::rows36_pt[];
-- @must
SELECT ('{"(1,a)","(2,b)"}'::rows36_pt[])[2];
-- @must
SELECT ('{"(1,a)","(2,b)"}'::rows36_pt[])[2].label;
-- @must
SELECT '{"(1,a)",NULL,"(,)"}'::rows36_pt[];
-- @must
SELECT '{}'::rows36_pt[];
-- @must
SELECT array_length('{"(1,a)","(2,b)"}'::rows36_pt[], 1);
-- @must
SELECT * FROM unnest('{"(1,a)","(2,b)"}'::rows36_pt[]);
-- @must
SELECT x, label FROM unnest(ARRAY[ROW(3, 'p')::rows36_pt, ROW(4, 'q')::rows36_pt]);
-- @must
CREATE TABLE rows36_pts (id int PRIMARY KEY, pts rows36_pt[]);
-- @must
INSERT INTO rows36_pts VALUES (1, ARRAY[ROW(1, 'a')::rows36_pt, ROW(2, 'b')::rows36_pt]), (2, '{"(3,\"x,y\")"}'), (3, '{}'), (4, NULL), (5, ARRAY[ROW(NULL, '')::rows36_pt]);
-- @must
SELECT * FROM rows36_pts ORDER BY id;
-- @must
SELECT id, pts[1] FROM rows36_pts ORDER BY id;
-- @must
SELECT id, (pts[1]).x FROM rows36_pts ORDER BY id;
-- @must
SELECT id, array_length(pts, 1) FROM rows36_pts ORDER BY id;
-- @must
SELECT id FROM rows36_pts WHERE pts = ARRAY[ROW(1, 'a')::rows36_pt, ROW(2, 'b')::rows36_pt];
-- @must
SELECT id FROM rows36_pts WHERE ROW(2, 'b')::rows36_pt = ANY (pts);
-- @must
SELECT id, u.* FROM rows36_pts, unnest(pts) AS u ORDER BY id, u.x;
-- @must
UPDATE rows36_pts SET pts = pts || ROW(9, 'z')::rows36_pt WHERE id = 1;
-- @must
SELECT pts FROM rows36_pts WHERE id = 1;
-- @must
UPDATE rows36_pts SET pts[1] = ROW(7, 'seven') WHERE id = 2;
-- @must
SELECT pts FROM rows36_pts WHERE id = 2;
-- @must
SELECT pts::text FROM rows36_pts WHERE id = 1;
-- @must
SELECT array_agg(p ORDER BY p.x) FROM rows36_pts, unnest(pts) p;
-- params: ["{\"(5,five)\",\"(6,six)\"}"]
SELECT $1::rows36_pt[];
-- params: ["{\"(5,five)\"}"]
INSERT INTO rows36_pts VALUES (6, $1) RETURNING pts;
-- @must
SELECT ARRAY(SELECT ROW(id, name) FROM rows36_tree WHERE id < 3 ORDER BY id);
-- @must
SELECT ARRAY(SELECT t FROM rows36_tree t WHERE id < 3 ORDER BY id);
-- @must
SELECT array_agg(x) FROM (VALUES (ROW(1, 'a')), (ROW(2, 'b'))) v(x);
-- @must
SELECT ARRAY[ROW(1, 'a')]::rows36_pt[];
-- @must
SELECT ARRAY[ROW(1, 'a', 3)]::rows36_pt[];
-- @must
SELECT '{"(1,a,3)"}'::rows36_pt[];
-- @must
SELECT '{"(x,a)"}'::rows36_pt[];
-- @must
SELECT array_to_json(ARRAY[ROW(1, 'a')::rows36_pt]);
-- @must
SELECT to_jsonb(ARRAY[ROW(1, 'a')::rows36_pt]);
-- @must
SELECT ARRAY[ROW(1, 'a')] IS NULL;
-- @must
SELECT array_position(ARRAY[ROW(1, 'a'), ROW(2, 'b')], ROW(2, 'b'));
-- @must
SELECT ARRAY[ROW(1, 2), ROW(1, 2)] @> ARRAY[ROW(1, 2)];
-- @must
SELECT ARRAY[ROW('a', 'b')]::text[];
-- @must
SELECT ARRAY[ROW(1)] = ARRAY[ROW(1)];
-- @must
SELECT ARRAY[ROW(date '2024-01-02', 1.5::numeric)];
-- @must
SELECT ARRAY[ROW(timestamp '2024-01-02 03:04:05', 'x')];
-- @must
SELECT ARRAY[ROW(ARRAY[1, 2], 'x')];
-- @must
SELECT ARRAY[ROW('{}'::int[], '')];

-- Arrays whose lower bound is not 1.
-- @must
SELECT '[0:2]={a,b,c}'::text[];
-- @must
SELECT '[0:2]={1,2,3}'::int[];
-- @must
SELECT '[-2:0]={1,2,3}'::int[];
-- @must
SELECT '[1:3]={1,2,3}'::int[];
-- @must
SELECT '[2:4]={x,y,z}'::text[];
-- @must
SELECT array_lower('[0:2]={1,2,3}'::int[], 1);
-- @must
SELECT array_upper('[0:2]={1,2,3}'::int[], 1);
-- @must
SELECT array_dims('[0:2]={1,2,3}'::int[]);
-- @must
SELECT array_length('[0:2]={1,2,3}'::int[], 1);
-- @must
SELECT cardinality('[0:2]={1,2,3}'::int[]);
-- @must
SELECT ('[0:2]={1,2,3}'::int[])[0];
-- @must
SELECT ('[0:2]={1,2,3}'::int[])[2];
-- @must
SELECT ('[0:2]={1,2,3}'::int[])[3];
-- @must
SELECT ('[0:2]={1,2,3}'::int[])[0:1];
-- @must
SELECT ('[0:2]={1,2,3}'::int[])[1:];
-- @must
SELECT ('[0:2]={1,2,3}'::int[])[:0];
-- @must
SELECT array_fill(7, ARRAY[3], ARRAY[0]);
-- @must
SELECT array_fill(7, ARRAY[3], ARRAY[1]);
-- @must
SELECT array_fill('x'::text, ARRAY[2], ARRAY[5]);
-- @must
SELECT array_fill(0, ARRAY[2, 2], ARRAY[0, 0]);
-- @must
SELECT array_dims(array_fill(7, ARRAY[3], ARRAY[0]));
-- @must
SELECT '[0:2]={1,2,3}'::int[] = '{1,2,3}'::int[];
-- @must
SELECT '[0:2]={1,2,3}'::int[] = '[0:2]={1,2,3}'::int[];
-- @must
SELECT '[0:2]={1,2,3}'::int[] || 4;
-- @must
SELECT 0 || '[0:2]={1,2,3}'::int[];
-- @must
SELECT '[0:2]={1,2,3}'::int[] || '{4,5}'::int[];
-- @must
SELECT '{4,5}'::int[] || '[0:2]={1,2,3}'::int[];
-- @must
SELECT array_to_string('[0:2]={1,2,3}'::int[], ',');
-- @must
SELECT unnest('[0:2]={1,2,3}'::int[]);
-- @must
SELECT array_position('[0:2]={5,6,7}'::int[], 6);
-- @must
SELECT '[0:2]={1,2,3}'::int[]::text;
-- @must
SELECT '[0:1][1:2]={{1,2},{3,4}}'::int[];
-- @must
SELECT array_dims('[0:1][1:2]={{1,2},{3,4}}'::int[]);
-- @must
SELECT '[0:2]={1,2}'::int[];
-- @must
SELECT '[2:0]={}'::int[];
-- @must
SELECT array_lower('{1,2,3}'::int[], 1), array_upper('{1,2,3}'::int[], 1), array_dims('{1,2,3}'::int[]);
-- @must
CREATE TABLE rows36_lb (id int PRIMARY KEY, a int[], t text[]);
-- @must
INSERT INTO rows36_lb VALUES (1, '{1,2,3}', '{a,b}');
-- @must
UPDATE rows36_lb SET a[5] = 9 WHERE id = 1;
-- @must
SELECT a FROM rows36_lb WHERE id = 1;
-- @must
UPDATE rows36_lb SET a[0] = 0 WHERE id = 1;
-- @must
SELECT a, array_dims(a) FROM rows36_lb WHERE id = 1;
-- @must
UPDATE rows36_lb SET t[-1] = 'z' WHERE id = 1;
-- @must
SELECT t, array_lower(t, 1) FROM rows36_lb WHERE id = 1;
-- @must
INSERT INTO rows36_lb VALUES (2, '[0:2]={10,20,30}', '[5:5]={q}');
-- @must
SELECT * FROM rows36_lb ORDER BY id;
-- @must
SELECT id, a[0], t[5] FROM rows36_lb ORDER BY id;
-- @must
SELECT id, array_lower(a, 1), array_upper(a, 1) FROM rows36_lb ORDER BY id;
-- @must
INSERT INTO rows36_lb VALUES (3, '{}', '{}');
-- @must
UPDATE rows36_lb SET a[3] = 1 WHERE id = 3;
-- @must
SELECT a FROM rows36_lb WHERE id = 3;
-- @must
SELECT id FROM rows36_lb WHERE a = '{10,20,30}';
-- params: ["[0:1]={7,8}"]
SELECT $1::int[];
-- @must
SELECT array_agg(x) FROM unnest('[0:2]={1,2,3}'::int[]) x;
-- @must
SELECT ARRAY['[0:1]={1,2}'::int[]];
-- @must
SELECT array_append('[0:1]={1,2}'::int[], 3);
-- @must
SELECT array_prepend(0, '[0:1]={1,2}'::int[]);
-- @must
SELECT array_remove('[0:2]={1,2,3}'::int[], 2);
-- @must
SELECT array_replace('[0:2]={1,2,3}'::int[], 2, 9);
-- @must
SELECT '[0:2]={1,2,3}'::int[] @> '{2}'::int[];
-- @must
SELECT 2 = ANY ('[0:2]={1,2,3}'::int[]);
-- @must
SELECT '[0:2]={"a b",NULL,""}'::text[];
-- @must
SELECT '[1:1]={a}'::text[];
-- @must
SELECT generate_subscripts('[0:2]={1,2,3}'::int[], 1);
-- @must
SELECT '[0:2]={1,2,3}'::int[] < '{1,2,3}'::int[];
-- @must
SELECT array_ndims('[0:2]={1,2,3}'::int[]);
-- @must
SELECT trim_array('[0:2]={1,2,3}'::int[], 1);
-- @must
SELECT '[3]={1,2,3}'::int[];
-- @must
SELECT '[a:2]={1,2,3}'::int[];
