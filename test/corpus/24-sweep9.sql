-- The ninth session's sweep (issue 10): statements written as an outside tester would write them,
-- shaped like what applications send: a small shop schema with reporting queries (window functions,
-- FILTER, grouping sets, CTEs, LATERAL), string and regexp functions, to_char and date arithmetic
-- on fixed dates, json(b), arrays, upserts, RETURNING, DELETE USING, UPDATE FROM, ALTER TABLE,
-- constraint errors with their SQLSTATEs, casts and their errors, and the extended protocol.
-- Numeric columns carry a typmod. Tables are prefixed s9_.

-- schema
create table s9_customer (id serial primary key, email varchar(80) not null unique, name text not null, country char(2), created_at timestamp not null, vip boolean default false);
create table s9_product (sku text primary key, title text not null, price numeric(10,2) not null check (price >= 0), stock int not null default 0, tags text[] default '{}', attrs jsonb default '{}'::jsonb);
create table s9_order (id bigserial primary key, customer_id int not null references s9_customer(id), placed_at timestamp not null, status text not null default 'new' check (status in ('new', 'paid', 'shipped', 'cancelled')), note text);
create table s9_item (order_id bigint references s9_order(id) on delete cascade, sku text references s9_product(sku), qty int not null check (qty > 0), unit_price numeric(10,2) not null, primary key (order_id, sku));
insert into s9_customer (email, name, country, created_at, vip) values ('ann@example.com', 'Ann Lee', 'US', '2024-01-05 09:30:00', true), ('bob@example.com', 'Bob Stone', 'GB', '2024-01-20 14:00:00', false), ('cy@example.com', 'Cy Young', 'US', '2024-02-11 08:15:00', false), ('dee@example.com', 'Dee Park', null, '2024-03-01 23:59:59', true), ('eve@example.com', 'Eve Adams', 'DE', '2024-03-15 12:00:00', false) returning id, email;
insert into s9_product values ('A-1', 'Widget', 9.99, 100, '{tools,small}', '{"color": "red", "weight": 1.5}'), ('A-2', 'Gadget', 24.50, 20, '{tools}', '{"color": "blue", "weight": 0.25, "dims": [1, 2, 3]}'), ('B-1', 'Gizmo', 100.00, 0, '{}', '{}'), ('B-2', 'Doohickey', 0.50, 1000, '{small,cheap}', '{"color": null}'), ('C-1', 'Thing', 15.00, 5, null, null);
insert into s9_order (customer_id, placed_at, status, note) values (1, '2024-02-01 10:00:00', 'paid', null), (1, '2024-02-15 11:30:00', 'shipped', 'gift'), (2, '2024-02-20 16:45:00', 'new', ''), (3, '2024-03-02 09:00:00', 'paid', 'rush'), (3, '2024-03-03 09:00:00', 'cancelled', null), (4, '2024-03-31 23:00:00', 'paid', null), (5, '2024-04-01 00:30:00', 'shipped', 'Leave at door');
insert into s9_item values (1, 'A-1', 2, 9.99), (1, 'B-2', 10, 0.50), (2, 'A-2', 1, 24.50), (3, 'A-1', 1, 9.99), (3, 'B-1', 1, 100.00), (4, 'C-1', 3, 14.25), (5, 'A-2', 2, 24.50), (6, 'A-1', 5, 9.49), (6, 'A-2', 1, 24.50), (7, 'B-2', 40, 0.45);

-- reporting
select c.name, count(o.id) as orders, coalesce(sum(i.qty * i.unit_price), 0) as revenue from s9_customer c left join s9_order o on o.customer_id = c.id left join s9_item i on i.order_id = o.id group by c.id, c.name order by revenue desc, c.name;
select o.id, sum(i.qty * i.unit_price) as total, count(*) as lines from s9_order o join s9_item i on i.order_id = o.id group by o.id order by o.id;
select status, count(*), min(placed_at), max(placed_at) from s9_order group by status order by count(*) desc, status;
select date_trunc('month', placed_at) as month, count(*) from s9_order group by 1 order by 1;
select to_char(placed_at, 'YYYY-MM') as month, count(*) filter (where status = 'paid') as paid, count(*) filter (where status <> 'paid') as other from s9_order group by 1 order by 1;
select extract(year from placed_at) as y, extract(month from placed_at) as m, count(*) from s9_order group by 1, 2 order by 1, 2;
select country, count(*) from s9_customer group by country order by country nulls first;
select coalesce(country, '??') as country, string_agg(name, ', ' order by name) from s9_customer group by country order by 1;
select sku, sum(qty) as sold, rank() over (order by sum(qty) desc) from s9_item group by sku order by sold desc, sku;
select o.id, o.customer_id, sum(i.qty * i.unit_price) over (partition by o.customer_id) as cust_total from s9_order o join s9_item i on i.order_id = o.id order by o.id, i.sku;
select id, placed_at, lag(placed_at) over (order by placed_at) as prev, placed_at - lag(placed_at) over (order by placed_at) as gap from s9_order order by placed_at;
select id, customer_id, row_number() over (partition by customer_id order by placed_at desc) as rn from s9_order order by customer_id, rn;
select * from (select id, customer_id, row_number() over (partition by customer_id order by placed_at desc) as rn from s9_order) t where rn = 1 order by customer_id;
select sku, qty, sum(qty) over (order by order_id, sku rows between unbounded preceding and current row) as running from s9_item order by order_id, sku;
select order_id, sku, qty, round(100.0 * qty / sum(qty) over (partition by order_id), 1) as pct from s9_item order by order_id, sku;
select sku, unit_price, first_value(sku) over w, last_value(sku) over w, nth_value(sku, 2) over w from s9_item window w as (order by unit_price, sku rows between unbounded preceding and unbounded following) order by unit_price, sku;
select order_id, qty, ntile(3) over (order by order_id, sku), percent_rank() over (order by qty), cume_dist() over (order by qty) from s9_item order by order_id, sku;
select order_id, qty, dense_rank() over (order by qty desc), rank() over (order by qty desc) from s9_item order by qty desc, order_id;
select order_id, qty, avg(qty) over (order by order_id rows between 1 preceding and 1 following) from s9_item order by order_id, sku;
select order_id, sum(qty) over (order by order_id range between unbounded preceding and current row) from s9_item order by order_id, sku;
select order_id, count(*) over (partition by order_id), max(unit_price) over (partition by order_id) from s9_item order by order_id, sku;
select order_id, lead(qty, 1, 0) over (partition by order_id order by sku), lag(qty, 2) over (order by order_id, sku) from s9_item order by order_id, sku;
select order_id, sum(qty) over (order by order_id groups between 1 preceding and current row) from s9_item order by order_id, sku;
select order_id, qty, sum(qty) over (order by qty range between 5 preceding and 5 following) from s9_item order by qty, order_id;
select country, vip, count(*) from s9_customer group by grouping sets ((country), (vip), ()) order by country nulls last, vip nulls last, 3;
select country, vip, count(*), grouping(country, vip) from s9_customer group by rollup (country, vip) order by 4, 1 nulls last, 2 nulls last;
select status, extract(month from placed_at) m, count(*) from s9_order group by cube (status, 2) order by 1 nulls last, 2 nulls last;
select c.country, o.status, sum(i.qty) from s9_customer c join s9_order o on o.customer_id = c.id join s9_item i on i.order_id = o.id group by rollup (c.country, o.status) order by 1 nulls last, 2 nulls last;
select count(*) filter (where vip), count(*) filter (where not vip), count(*) filter (where country is null) from s9_customer;
select sum(qty) filter (where unit_price < 10), avg(unit_price) filter (where qty > 1) from s9_item;
select array_agg(sku order by sku) filter (where qty > 1) from s9_item;
select count(distinct sku), count(distinct order_id), sum(distinct qty) from s9_item;
select avg(distinct unit_price), count(distinct unit_price) from s9_item;
select string_agg(distinct sku, '|' order by sku) from s9_item;
select json_agg(sku order by sku) from s9_product;
select jsonb_agg(distinct country) from s9_customer;
select jsonb_object_agg(sku, price order by sku) from s9_product;
select bool_and(stock > 0), bool_or(stock = 0) from s9_product;
select max(price) - min(price), sum(price * stock) from s9_product;
select sku, price, price * 1.2 as gross, round(price * 1.2, 2), trunc(price * 0.9, 1) from s9_product order by sku;
select sku, price, stock, case when stock = 0 then 'out' when stock < 10 then 'low' else 'ok' end as availability from s9_product order by sku;
select percentile_cont(0.5) within group (order by price), percentile_disc(0.5) within group (order by price) from s9_product;
select mode() within group (order by status) from s9_order;
select sum(qty * unit_price)::numeric(12,2), avg(qty * unit_price)::numeric(12,3) from s9_item;
select round(avg(price), 2), round(stddev(price), 4) from s9_product;

-- CTEs and recursive CTEs
with totals as (select order_id, sum(qty * unit_price) as total from s9_item group by order_id) select o.id, o.status, t.total from s9_order o join totals t on t.order_id = o.id where t.total > 30 order by t.total desc;
with per_cust as (select customer_id, count(*) n from s9_order group by customer_id), best as (select max(n) m from per_cust) select customer_id from per_cust, best where n = m order by customer_id;
with recursive days(d) as (select date '2024-02-26' union all select d + 1 from days where d < date '2024-03-02') select d, to_char(d, 'Dy') from days order by d;
with recursive cat(id, parent, name) as (values (1, null::int, 'root'), (2, 1, 'a'), (3, 1, 'b'), (4, 2, 'a1'), (5, 4, 'a1x')), tree(id, path, depth) as (select id, name, 0 from cat where parent is null union all select c.id, t.path || '/' || c.name, t.depth + 1 from cat c join tree t on c.parent = t.id) select * from tree order by path;
with recursive fact(n, f) as (select 1, 1::bigint union all select n + 1, f * (n + 1) from fact where n < 20) select n, f from fact where n in (10, 20) order by n;
with recursive fact(n, f) as (select 1, 1::bigint union all select n + 1, f * (n + 1) from fact where n < 21) select max(f) from fact;
with recursive collatz(n, steps) as (select 27, 0 union all select case when n % 2 = 0 then n / 2 else 3 * n + 1 end, steps + 1 from collatz where n <> 1) select max(steps), max(n) from collatz;
with recursive g(x) as (select 1 union select x * 2 from g where x < 100) select string_agg(x::text, ',' order by x) from g;
with recursive t(a, b) as (select 1, 'x'::text union all select a + 1, b || 'y' from t where a < 3) search depth first by a set ord select a, b from t order by ord;
with recursive t(n) as (select 1 union all select n + 1 from t where n < 4) cycle n set is_cycle using path select n, is_cycle from t order by n;
with x as (select sku, price from s9_product where price > 10) select count(*), sum(price) from x;
with x as (update s9_product set stock = stock - 1 where sku = 'A-1' returning sku, stock) select * from x;
with ins as (insert into s9_customer (email, name, country, created_at) values ('fay@example.com', 'Fay Wu', 'CN', '2024-04-02 10:00:00') returning id) select id > 5 from ins;
with d as (delete from s9_customer where email = 'fay@example.com' returning name) select upper(name) from d;
with a as (select 1 as k, 'one' as v), b as (select 2 as k, 'two' as v) select * from a union all select * from b order by k;

-- LATERAL and subqueries
select c.name, last_o.id, last_o.placed_at from s9_customer c left join lateral (select id, placed_at from s9_order o where o.customer_id = c.id order by placed_at desc limit 1) last_o on true order by c.id;
select c.name, x.n from s9_customer c cross join lateral (select count(*) n from s9_order o where o.customer_id = c.id) x order by c.id;
select p.sku, t.tag from s9_product p cross join lateral unnest(p.tags) as t(tag) order by p.sku, t.tag;
select p.sku, t.tag, t.ord from s9_product p left join lateral unnest(p.tags) with ordinality as t(tag, ord) on true order by p.sku, t.ord;
select p.sku, kv.key, kv.value from s9_product p, lateral jsonb_each(p.attrs) kv order by p.sku, kv.key;
select name from s9_customer where id in (select customer_id from s9_order where status = 'paid') order by name;
select name from s9_customer c where not exists (select 1 from s9_order o where o.customer_id = c.id) order by name;
select name from s9_customer where id not in (select customer_id from s9_order) order by name;
select sku from s9_product where price > all (select unit_price from s9_item where order_id = 1) order by sku;
select sku from s9_product where price = any (select unit_price from s9_item) order by sku;
select sku from s9_product where price < some (select unit_price from s9_item where qty > 2) order by sku;
select sku, (select count(*) from s9_item i where i.sku = p.sku) as times from s9_product p order by sku;
select sku, (select max(qty) from s9_item i where i.sku = p.sku) from s9_product p order by sku;
select (select sku from s9_product order by price desc limit 1), (select sku from s9_product order by price limit 1);
select sku from s9_product where price > (select avg(price) from s9_product) order by sku;
select * from s9_item where (order_id, sku) in (select order_id, sku from s9_item where qty > 3) order by order_id;
select (select id from s9_order);
select name from s9_customer where id = (select customer_id from s9_order where note = 'gift');
select sku from s9_product where exists (select from s9_item where s9_item.sku = s9_product.sku and qty >= 5) order by 1;
select 5 = any (array[1, 5]), 5 = all (array[5, 5]), 5 <> all (array[1, 2]), null = any (array[1]), 1 = any ('{}'::int[]);
select 1 in (1, null), 2 in (1, null), 2 not in (1, null), null in (1);
select 3 > any (select unnest(array[1, 5])), 3 > all (select unnest(array[1, 2])), 3 > all (select 1 where false);

-- strings and regular expressions
select upper(name), lower(email), initcap('hello wORLD foo-bar'), length(name), char_length(email), octet_length('héllo') from s9_customer order by id limit 2;
select split_part(email, '@', 1), split_part(email, '@', 2), split_part('a.b.c', '.', -1), split_part('a.b.c', '.', 5) from s9_customer order by id limit 2;
select left(name, 3), right(name, 3), left('abc', -1), right('abc', -2), substr(name, 2, 3) from s9_customer order by id limit 3;
select position('@' in email), strpos(email, 'example'), replace(email, 'example.com', 'test.org') from s9_customer order by id limit 2;
select trim('  x  '), ltrim('xxaxx', 'x'), rtrim('xxaxx', 'x'), btrim('--a--', '-'), trim(both 'ab' from 'abcba'), trim(leading from '  y '), trim(trailing '0' from '1.500');
select lpad('42', 5, '0'), rpad('ab', 5, '.'), lpad('abcdef', 3), rpad('', 2, 'x'), lpad('x', 0), lpad('7', 4);
select repeat('ab', 3), repeat('x', 0), reverse('abc'), translate('hello', 'el', 'ip'), translate('abc', 'b', '');
select concat('a', null, 1, true), concat_ws('-', 'a', null, 'b', 2), 'a' || null, 'x' || 1 || 2.50;
select format('%s has %s orders', 'Ann', 2), format('%I.%I', 'public', 'My Table'), format('%L', 'it''s'), format('%L', null), format('%5s|%-5s|', 'ab', 'cd');
select format('%1$s %1$s %2$s', 'a', 'b'), format('%%'), format('%s', array[1, 2]), format('[%10s]', 'right');
select format('%z', 1);
select format('%s %s', 'only one');
select quote_ident('abc'), quote_ident('Abc'), quote_ident('a b'), quote_literal('o''k'), quote_literal(42), quote_nullable(null);
select md5('abc'), md5(''), encode(sha256('abc'::bytea), 'hex');
select encode('hello'::bytea, 'base64'), decode('aGVsbG8=', 'base64'), encode('\x00ff'::bytea, 'hex'), convert_to('é', 'UTF8');
select 'abc' like 'a%', 'abc' like 'A%', 'abc' ilike 'A%', 'a_c' like 'a\_c', 'abc' not like '%d%', 'ab%' like '%!%' escape '!';
select 'abc' similar to 'a(b|c)+', 'abd' similar to 'a(b|c)+', 'x' similar to '%';
select name from s9_customer where name ~ '^[A-C]' order by name;
select name from s9_customer where name ~* 'ADAMS$' or email !~ '^[a-d]' order by name;
select regexp_replace('2024-03-15', '(\d+)-(\d+)-(\d+)', '\3/\2/\1'), regexp_replace('aaa', 'a', 'b'), regexp_replace('aaa', 'a', 'b', 'g'), regexp_replace('Hello World', '[aeiou]', '*', 'gi');
select regexp_match('order #123 and #456', '#(\d+)'), regexp_matches('a1b22c333', '\d+', 'g');
select m[1] from regexp_matches('k1=v1;k2=v2', '(\w+)=\w+', 'g') m;
select regexp_split_to_array('a, b,c ,d', '\s*,\s*'), regexp_split_to_table('one two  three', '\s+');
select regexp_count('banana', 'an'), regexp_instr('banana', 'an', 1, 2), regexp_substr('banana', 'a.a');
select regexp_like('Apple', '^a', 'i'), 'Apple' ~ '^a';
select substring('hello world' from 7), substring('hello world' from 1 for 5), substring('hello' for 2), substring('abc123def' from '[0-9]+'), substring('price: 42 USD' from '(\d+) USD');
select substring('foobar' similar 'o#"ba#"r' escape '#'), substring('foobar' from '%#"o_a#"%' for '#');
select substring('abc' from 0 for 2), substring('abc' from -1 for 3), substring('abc' from 2 for 0);
select substring('abc' from 1 for -1);
select overlay('Txxxxas' placing 'hom' from 2 for 4), overlay('abc' placing 'X' from 2);
select ascii('A'), chr(65), chr(233), to_hex(255), to_hex(-1), to_hex(9223372036854775807);
select starts_with('alphabet', 'alph'), 'alphabet' ^@ 'bet', string_to_array('a,b,,c', ','), string_to_array('a,b,,c', ',', ''), array_to_string(array['a', null, 'c'], '-', '*');
select string_to_table('x|y|z', '|');
select length(' padded  '), length('  '::char(5)), 'ab'::char(4) || 'c', 'ab '::varchar(5) = 'ab', 'ab'::char(3) = 'ab ';
select 'abcdef'::varchar(3);
insert into s9_customer (email, name, country, created_at) values ('this-address-is-much-too-long-for-the-column-because-it-goes-on-and-on-and-on@example.com', 'Long', 'US', '2024-01-01');
insert into s9_customer (email, name, country, created_at) values ('gus@example.com', 'Gus', 'USA', '2024-01-01');
select name, email from s9_customer order by lower(name) desc limit 3;
select id, name from s9_customer order by length(name), name;
select string_agg(upper(left(name, 1)), '' order by id) from s9_customer;

-- to_char, date and time arithmetic on fixed dates
select to_char(timestamp '2024-03-05 14:07:09', 'YYYY-MM-DD HH24:MI:SS'), to_char(timestamp '2024-03-05 14:07:09', 'DD/MM/YY HH12:MI AM'), to_char(timestamp '2024-03-05 04:07:09.123', 'HH:MI:SS.MS pm');
select to_char(date '2024-03-05', 'Day, DD Month YYYY'), to_char(date '2024-03-05', 'FMDay, FMDD FMMonth YYYY'), to_char(date '2024-03-05', 'Mon DD'), to_char(date '2024-12-31', 'DDD IW WW Q');
select to_char(date '2024-01-01', 'IYYY-IW-ID'), to_char(date '2023-01-01', 'IYYY-IW-ID'), to_char(date '2024-03-05', 'J'), to_char(date '2024-03-05', 'YYYY"年"MM"月"');
select to_char(1234567.891, '9,999,999.99'), to_char(0.5, '0.00'), to_char(-42, '999'), to_char(42, '00000'), to_char(3.14159, '9.999'), to_char(1234.5, 'FM9999.00');
select to_char(12, 'FM999th'), to_char(-12.5, 'S999.9'), to_char(12345, '99,999'), to_char(1e6, '9.99EEEE'), to_char(42, 'RN');
select to_char(interval '1 day 02:03:04', 'HH24:MI:SS'), to_char(interval '49 hours', 'HH24'), to_char(123, '9999MI'), to_char(-123, '9999MI');
select to_date('05 Mar 2024', 'DD Mon YYYY'), to_date('2024-065', 'YYYY-DDD'), to_timestamp('2024-03-05 14:07', 'YYYY-MM-DD HH24:MI')::timestamp, to_number('1,234.50', '9,999.99');
select to_date('2024-13-01', 'YYYY-MM-DD');
select date '2024-01-31' + interval '1 month', date '2024-02-29' + interval '1 year', date '2024-03-31' - interval '1 month', timestamp '2024-01-31 10:00' + interval '1 month 1 day';
select date '2024-03-01' - date '2024-02-01', date '2024-03-10' - 7, date '2024-03-10' + 30, (date '2024-03-10' + time '08:30')::text;
select age(timestamp '2024-03-15', timestamp '2023-01-20'), age(date '2024-02-29', date '2020-02-29'), age(timestamp '2024-01-01 00:00', timestamp '2024-01-01 12:30');
select timestamp '2024-03-15 12:00' - timestamp '2024-03-10 08:30', timestamp '2024-03-15' - timestamp '2024-04-15';
select extract(epoch from timestamp '2024-01-01 00:00:00'), extract(epoch from interval '1 day 1 hour'), extract(dow from date '2024-03-10'), extract(isodow from date '2024-03-10'), extract(doy from date '2024-12-31');
select extract(quarter from date '2024-08-15'), extract(week from date '2024-01-01'), extract(century from date '2024-01-01'), extract(decade from date '2024-01-01'), extract(millennium from date '2001-01-01');
select date_part('hour', timestamp '2024-03-05 14:07:09'), date_part('minute', time '10:45:30'), extract(second from timestamp '2024-03-05 14:07:09.25'), extract(milliseconds from time '00:00:01.5');
select date_trunc('week', timestamp '2024-03-07 15:00'), date_trunc('quarter', timestamp '2024-08-15 10:00'), date_trunc('year', date '2024-08-15'), date_trunc('hour', timestamp '2024-03-07 15:45:12'), date_trunc('day', interval '3 days 5 hours');
select date_bin('15 minutes', timestamp '2024-03-07 15:52:00', timestamp '2024-01-01'), date_bin('1 day', timestamp '2024-03-07 15:52:00', timestamp '2024-01-01 06:00');
select make_date(2024, 2, 29), make_time(13, 45, 30.5), make_timestamp(2024, 3, 5, 14, 7, 9), make_interval(days => 10, hours => 3), make_interval(years => 1, months => 2);
select make_date(2023, 2, 29);
select interval '1 day' * 3, interval '90 minutes' / 2, interval '1 hour' * 1.5, interval '1 month' - interval '1 day', -interval '2 hours 3 minutes';
select justify_hours(interval '50 hours'), justify_days(interval '65 days'), justify_interval(interval '1 month -1 hour'), interval '36 hours' = interval '1 day 12 hours';
select interval '1 year 2 months 3 days 04:05:06.7', interval '-1 day +2 hours', interval 'P1Y2M3DT4H5M6S', interval '2 weeks', interval '1.5 days', interval '100000 seconds';
select interval '1 day' > interval '23 hours', interval '30 days' = interval '1 month', interval '1 month' < interval '31 days';
select sum(d), avg(d), max(d), min(d) from (values (interval '1 hour'), (interval '30 minutes'), (interval '1 day')) v(d);
select placed_at::date, placed_at::time, placed_at + interval '3 days' as due from s9_order order by id limit 3;
select id from s9_order where placed_at between '2024-02-01' and '2024-02-29 23:59:59' order by id;
select id from s9_order where placed_at >= date '2024-03-01' and placed_at < date '2024-03-01' + interval '1 month' order by id;
select count(*) from s9_order where placed_at::date = '2024-03-02';
select generate_series(date '2024-01-29', date '2024-02-02', interval '1 day')::date;
select d::date, count(o.id) from generate_series(timestamp '2024-03-01', timestamp '2024-03-04', interval '1 day') d left join s9_order o on o.placed_at::date = d::date group by d order by d;
select generate_series(timestamp '2024-01-31', timestamp '2024-05-31', interval '1 month');
select timestamp '2024-03-05 14:07:09.123456', timestamp '2024-03-05 14:07:09.5'::timestamp(0), time '23:59:59.999999', '2024-03-05T14:07:09'::timestamp, timestamp '2024-03-05 14:07:09'::timestamp(2);
select timestamptz '2024-03-05 12:00:00+00' at time zone 'UTC', timestamp '2024-03-05 12:00' at time zone 'UTC' at time zone 'UTC';
select date 'infinity', date '-infinity' < date '2000-01-01', timestamp 'infinity' > timestamp '2024-01-01', isfinite(date 'infinity'), 'epoch'::timestamp;
select '2024-02-30'::date;
select '25:00:00'::time;
select 'yesterday-ish'::timestamp;
select date '2024-03-10' + 1.5;
select (date '2024-03-10', date '2024-03-20') overlaps (date '2024-03-15', date '2024-03-25'), (date '2024-03-10', interval '2 days') overlaps (date '2024-03-13', date '2024-03-14');
select to_char(date '2024-03-05' + i, 'Dy') from generate_series(0, 6) i;
select '2024-03-05'::date::timestamp, '2024-03-05 10:00'::timestamp::date, '10:30'::time + interval '45 minutes', time '23:30' + interval '1 hour';
select extract(year from age(date '2024-03-05', date '1990-07-15')), date_part('month', age(date '2024-03-05', date '1990-07-15'));

-- json and jsonb
select attrs -> 'color', attrs ->> 'color', attrs -> 'dims' -> 1, attrs #> '{dims,2}', attrs #>> '{dims,0}' from s9_product order by sku;
select sku from s9_product where attrs ->> 'color' = 'red';
select sku from s9_product where attrs ? 'dims' order by sku;
select sku from s9_product where attrs @> '{"color": "blue"}' order by sku;
select sku from s9_product where attrs ?| array['dims', 'weight'] order by sku;
select sku from s9_product where attrs ?& array['color', 'weight'] order by sku;
select sku, (attrs ->> 'weight')::float8 * 2 from s9_product where attrs ? 'weight' order by sku;
select sku, attrs -> 'color' is null, attrs ->> 'color' is null, jsonb_typeof(attrs -> 'color') from s9_product order by sku;
select jsonb_typeof('1.5'), jsonb_typeof('"x"'), jsonb_typeof('[]'), jsonb_typeof('{}'), jsonb_typeof('null'), jsonb_typeof('true'), json_typeof('{"a":1}');
select attrs || '{"new": true}', attrs - 'color', attrs - array['color', 'weight'] from s9_product where sku = 'A-2';
select '{"a": {"b": [1, 2, {"c": 3}]}}'::jsonb #- '{a,b,2}', jsonb_set('{"a": 1}', '{b}', '"x"'), jsonb_set('{"a": [1, 2]}', '{a,0}', '9'), jsonb_set('{"a": 1}', '{b,c}', '1');
select jsonb_insert('{"a": [1, 2]}', '{a,1}', '5'), jsonb_insert('{"a": [1, 2]}', '{a,1}', '5', true), jsonb_set_lax('{"a": 1}', '{a}', null, true, 'delete_key');
select jsonb_build_object('id', 1, 'name', 'x', 'tags', array['a', 'b'], 'price', 9.90, 'ok', true, 'none', null);
select json_build_object('a', 1, 'b', json_build_array(1, 'two', null)), jsonb_build_array(1, 2.50, 'x', null, false);
select to_jsonb(row(1, 'a')), to_json('text'::text), to_jsonb(array[1, 2]), to_jsonb(12.30::numeric(5,2)), to_jsonb(date '2024-03-05'), to_jsonb(timestamp '2024-03-05 10:00');
select row_to_json(c) from (select id, name, vip from s9_customer where id = 1) c;
select json_agg(c order by c.id) from (select id, country from s9_customer where id <= 2) c;
select jsonb_agg(jsonb_build_object('sku', sku, 'qty', qty) order by sku) from s9_item where order_id = 1;
select jsonb_pretty('{"a": [1, {"b": null}], "c": "d"}');
select * from jsonb_each('{"a": 1, "b": "two", "c": null}') order by key;
select * from jsonb_each_text('{"a": 1, "b": "two", "c": null}') order by key;
select jsonb_object_keys('{"z": 1, "a": 2, "m": {"x": 1}}');
select jsonb_array_elements('[1, "a", null, [2]]'), jsonb_array_length('[1, 2, 3]');
select value from jsonb_array_elements_text('["x", 1, null, true]') with ordinality as t(value, n) order by n;
select * from jsonb_to_record('{"a": 1, "b": "x", "c": [1, 2]}') as r(a int, b text, c int[]);
select * from jsonb_to_recordset('[{"id": 1, "v": "a"}, {"id": 2, "v": null}]') as r(id int, v text) order by id;
select * from json_populate_record(null::s9_item, '{"order_id": 9, "sku": "Z", "qty": 2, "unit_price": 1.5}');
select jsonb_strip_nulls('{"a": null, "b": {"c": null, "d": 1}}'), json_strip_nulls('[null, {"a": null}]');
select jsonb_path_query_array('{"items": [{"p": 5}, {"p": 15}, {"p": 25}]}', '$.items[*] ? (@.p > 10).p'), jsonb_path_exists('{"a": [1, 2]}', '$.a[*] ? (@ == 2)'), jsonb_path_query_first('{"a": [7, 8]}', '$.a[1]');
select '{"a": 1}'::jsonb @@ '$.a == 1', '{"a": [1,2,3]}'::jsonb @? '$.a[*] ? (@ > 2)';
select '[1, 2, 3]'::jsonb -> -1, '[1, 2, 3]'::jsonb - 0, '{"a": 1}'::jsonb -> 'zz', '"str"'::jsonb ->> 0, '[1, 2]'::jsonb ? '1';
select '{"b": 1, "a": 2, "a": 3}'::jsonb, '{"b": 1, "a": 2, "a": 3}'::json, '{"n": 1.0e2}'::jsonb, '[1.50, 2e-3]'::jsonb;
select '{"a": }'::jsonb;
select '{"a": 1}'::jsonb -> 'a' + 1;
select ('{"a": 1}'::jsonb ->> 'a')::int + 1, ('{"a": "x"}'::jsonb -> 'a')::text, ('{"a": 2}'::jsonb -> 'a')::int;
select ('{"a": "x"}'::jsonb -> 'a')::int;
select '{"a": 1}'::jsonb = '{"a": 1.0}'::jsonb, '[1, 2]'::jsonb @> '[2]', '{"a": {"b": 1}}'::jsonb <@ '{"a": {"b": 1, "c": 2}}';
select jsonb_array_length('{"a": 1}');
update s9_product set attrs = jsonb_set(coalesce(attrs, '{}'), '{views}', to_jsonb(coalesce((attrs ->> 'views')::int, 0) + 1)) where sku in ('A-1', 'C-1') returning sku, attrs;
select attrs ->> 'color' as color, count(*) from s9_product group by 1 order by 1 nulls first;

-- arrays
select tags, array_length(tags, 1), cardinality(tags), tags[1], tags[2:], 'tools' = any(tags) from s9_product order by sku;
select sku from s9_product where tags @> array['small'] order by sku;
select sku from s9_product where tags && '{cheap,tools}' order by sku;
select array_append(tags, 'new'), array_prepend('first', tags), tags || array['x', 'y'], array_remove(tags, 'tools') from s9_product where sku = 'A-1';
select array[1, 2] || 3, 0 || array[1, 2], array[1, 2] || array[[3, 4]]::int[], array[[1, 2], [3, 4]] || array[5, 6], array[]::int[] || 1;
select array[1, 2] || '{3}', '{a}'::text[] || 'b'::text;
select array_cat(array[1], array[2, 3]), array_position(array['a', 'b', 'c'], 'b'), array_positions(array[1, 2, 1], 1), array_replace(array[1, 2, 1], 1, 9);
select array_dims(array[[1, 2, 3], [4, 5, 6]]), array_upper(array[[1, 2, 3], [4, 5, 6]], 2), array_lower('[3:5]={1,2,3}'::int[], 1), array_ndims(array[[1]]), '[3:5]={1,2,3}'::int[];
select (array[10, 20, 30])[2], (array[10, 20, 30])[5], (array[10, 20, 30])[0], (array[[1, 2], [3, 4]])[2][1], (array[10, 20, 30])[2:3], (array[10, 20, 30])[:2];
select unnest(array[3, 1, 2]) order by 1;
select * from unnest(array[1, 2, 3], array['a', 'b']) as t(n, s);
select array(select sku from s9_product where stock > 10 order by sku), array(select 1 where false);
select array_agg(distinct t order by t) from s9_product, unnest(tags) t;
select array_to_string(array[1, null, 3], ','), array_to_string(array[1.50, 2.0], ';'), array_to_json(array['a', 'b']);
select array_fill(0, array[3]), array_fill('x'::text, array[2, 2]), trim_array(array[1, 2, 3, 4], 2);
select array[1, 2] = array[1, 2], array[1, 2] < array[1, 3], array[1, 2] < array[1, 2, 0], array[null]::int[] = array[null]::int[];
select '{1, 2, 3}'::int[], '{"a b", c, NULL, "NULL"}'::text[], '{{1,2},{3,4}}'::int[][], '{}'::text[], array[1.5, 2]::numeric(5,2)[];
select '{1, x}'::int[];
select array[1, 'a'];
select array[[1, 2], [3]];
select array_length(array[]::int[], 1), cardinality(array[]::int[]), cardinality(array[[1, 2], [3, 4]]);
select tags from s9_product where tags = '{}' or tags is null order by sku;
update s9_product set tags = array_append(tags, 'sale') where price < 10 returning sku, tags;
update s9_product set tags[1] = 'TOOLS' where sku = 'A-2' returning tags;
select sku, unnest(tags) as tag, generate_series(1, 2) as n from s9_product where sku in ('A-1', 'B-2') order by sku, n, tag;
select unnest(array[1, 2, 3]), unnest(array['a', 'b']);
select generate_series(1, 3), generate_series(1, 2);
select x, generate_series(1, x) from (values (1), (3)) v(x) order by x;
select '\x68656c6c6f'::bytea || '\x21'::bytea, 'ab'::bytea || 'cd'::bytea, length('\x0102'::bytea), get_byte('\x0102'::bytea, 1), set_byte('\x0102'::bytea, 0, 255);
select substring('\x0102030405'::bytea from 2 for 3), position('\x03'::bytea in '\x010203'::bytea), '\x00'::bytea = '\x0000'::bytea, sha256(''::bytea) is not null;
select string_agg(x, ', '::bytea) from (values ('\x61'::bytea), ('\x62'::bytea)) v(x);

-- upserts, RETURNING, DELETE USING, UPDATE FROM
create table s9_inv (sku text primary key, qty int not null default 0, updated text);
insert into s9_inv values ('A-1', 5, 'init') on conflict (sku) do update set qty = s9_inv.qty + excluded.qty, updated = 'bump' returning sku, qty, updated;
insert into s9_inv values ('A-1', 3, 'x') on conflict (sku) do update set qty = s9_inv.qty + excluded.qty, updated = 'bump' returning sku, qty, updated;
insert into s9_inv values ('A-1', 1, 'y'), ('A-2', 2, 'y') on conflict (sku) do nothing returning sku;
insert into s9_inv values ('A-1', 100, 'z') on conflict (sku) do update set qty = excluded.qty where s9_inv.qty < 5 returning *;
insert into s9_inv values ('A-2', 7, 'w') on conflict on constraint s9_inv_pkey do update set qty = excluded.qty returning *;
insert into s9_inv as i values ('B-1', 1, null) on conflict (sku) do update set qty = i.qty + 1 returning i.sku, i.qty;
insert into s9_inv values ('B-1', 1, null) on conflict (qty) do nothing;
insert into s9_inv values ('C-1', 1, 'a'), ('C-1', 2, 'b') on conflict (sku) do update set qty = excluded.qty;
insert into s9_inv (sku) select sku from s9_product on conflict do nothing;
select * from s9_inv order by sku;
update s9_inv i set qty = i.qty + p.stock, updated = 'from product' from s9_product p where p.sku = i.sku and p.stock > 50 returning i.sku, i.qty;
update s9_inv set qty = s.total from (select sku, sum(qty) total from s9_item group by sku) s where s.sku = s9_inv.sku and s9_inv.sku like 'B%' returning s9_inv.sku, s9_inv.qty;
delete from s9_inv i using s9_product p where p.sku = i.sku and p.price > 50 returning i.sku;
delete from s9_inv where sku in (select sku from s9_product where stock = 5) returning *;
update s9_inv set updated = default where sku = 'A-1' returning updated;
update s9_inv set (qty, updated) = (qty * 2, 'doubled') where sku = 'A-2' returning qty, updated;
update s9_inv set (qty, updated) = (select 1, 'sub') where sku = 'A-2' returning qty, updated;
update s9_inv set qty = null where sku = 'A-2';
update s9_inv set qty = qty + 1 where false returning *;
delete from s9_inv where sku = 'nope' returning *;
insert into s9_inv (sku, qty) values ('D-1', 1), ('D-2', 2) returning sku, qty * 10 as big, upper(sku);
insert into s9_inv default values;
insert into s9_inv (sku, qty) values ('D-3', '4'), ('D-4', 4.6) returning qty;
insert into s9_inv (sku, qty) values ('D-5', 'four');
insert into s9_inv (sku, qty) select 'E-' || g, g * g from generate_series(1, 3) g returning sku, qty;
select count(*), sum(qty) from s9_inv;
merge into s9_inv t using (values ('E-1', 100), ('F-1', 5)) s(sku, qty) on t.sku = s.sku when matched then update set qty = s.qty when not matched then insert (sku, qty) values (s.sku, s.qty);
select sku, qty from s9_inv where sku like 'E-%' or sku like 'F-%' order by sku;
truncate s9_inv;
select count(*) from s9_inv;

-- constraints and their errors
insert into s9_customer (email, name, created_at) values ('ann@example.com', 'Dup', '2024-01-01');
insert into s9_customer (email, name, created_at) values (null, 'NoMail', '2024-01-01');
insert into s9_customer (id, email, name, created_at) values (null, 'z@example.com', 'NullId', '2024-01-01');
insert into s9_product (sku, title, price) values ('N-1', 'Negative', -1);
insert into s9_product (sku, title, price) values ('N-2', 'Big', 123456789.00);
insert into s9_product (sku, title, price) values ('N-3', 'Rounded', 1.005) returning price;
insert into s9_order (customer_id, placed_at) values (999, '2024-01-01');
insert into s9_order (customer_id, placed_at, status) values (1, '2024-01-01', 'lost');
insert into s9_item values (1, 'NOPE', 1, 1);
insert into s9_item values (1, 'A-1', 0, 1);
insert into s9_item values (1, 'A-1', 1, 1);
delete from s9_customer where id = 1;
delete from s9_product where sku = 'A-1';
update s9_order set customer_id = 42 where id = 1;
delete from s9_order where id = 5 returning id;
select count(*) from s9_item where order_id = 5;
create table s9_emp (id int primary key, manager_id int references s9_emp(id) on delete set null, name text not null, salary numeric(8,2) check (salary > 0), dept text default 'none', unique (name, dept));
insert into s9_emp values (1, null, 'Boss', 9000, 'exec'), (2, 1, 'Ana', 5000, 'dev'), (3, 1, 'Ben', 4800.5, 'dev'), (4, 2, 'Cat', 4200, 'dev'), (5, 2, 'Dan', 3900, 'ops');
insert into s9_emp values (6, 7, 'Eli', 100, 'ops');
insert into s9_emp values (6, 1, 'Ana', 100, 'dev');
insert into s9_emp values (6, 1, 'Eli', 0, 'ops');
insert into s9_emp (id, name, salary) values (6, 'Eli', 1000) returning dept;
delete from s9_emp where id = 2;
select id, manager_id from s9_emp order by id;
with recursive chain(id, name, lvl) as (select id, name, 0 from s9_emp where manager_id is null union all select e.id, e.name, c.lvl + 1 from s9_emp e join chain c on e.manager_id = c.id) select * from chain order by lvl, id;
select dept, count(*), sum(salary), avg(salary)::numeric(10,2), max(salary) from s9_emp group by dept order by dept;
select name, salary, salary - avg(salary) over (partition by dept) as diff from s9_emp order by id;
select name, dept, salary, rank() over (partition by dept order by salary desc) from s9_emp order by dept, salary desc;
create table s9_pk (a int, b text, primary key (a, b));
insert into s9_pk values (1, null);
insert into s9_pk (a) values (2);
create table s9_nn (id int primary key);
insert into s9_nn values (null);
select column_name, is_nullable, data_type from information_schema.columns where table_name = 's9_pk' order by ordinal_position;
alter table s9_emp add constraint s9_emp_salary_cap check (salary < 8000);
alter table s9_emp add constraint s9_emp_salary_cap check (salary < 10000);
insert into s9_emp values (7, 1, 'Rich', 20000, 'exec');
alter table s9_emp drop constraint s9_emp_salary_cap;
insert into s9_emp values (7, 1, 'Rich', 20000, 'exec');
alter table s9_emp drop constraint nope;
alter table s9_emp drop constraint if exists nope;
select conname, contype from pg_constraint where conrelid = 's9_emp'::regclass order by conname;

-- ALTER TABLE variants
create table s9_alt (id int, amount int, label text);
insert into s9_alt values (1, 10, 'a'), (2, 20, null), (3, null, 'c');
alter table s9_alt add column created date default '2024-01-01';
select * from s9_alt order by id;
alter table s9_alt add column score numeric(6,2) not null default 0;
alter table s9_alt add column must text not null;
alter table s9_alt alter column amount type bigint;
alter table s9_alt alter column amount type numeric(8,2);
select amount from s9_alt order by id;
alter table s9_alt alter column label type varchar(1);
alter table s9_alt alter column label set default 'z';
insert into s9_alt (id) values (4) returning label, amount, created, score;
alter table s9_alt alter column label drop default;
alter table s9_alt alter column label set not null;
update s9_alt set label = 'b' where label is null;
alter table s9_alt alter column label set not null;
insert into s9_alt (id) values (5);
alter table s9_alt alter column label drop not null;
alter table s9_alt alter column amount type int using coalesce(amount, 0)::int;
select id, amount, pg_typeof(amount) from s9_alt order by id;
alter table s9_alt alter column label type int;
alter table s9_alt alter column label type int using length(label);
alter table s9_alt rename column label to code;
alter table s9_alt rename to s9_alt2;
select id, code from s9_alt2 order by id;
alter table s9_alt2 drop column created;
alter table s9_alt2 drop column nope;
alter table s9_alt2 drop column if exists nope;
alter table s9_alt2 add primary key (id);
insert into s9_alt2 (id, amount) values (1, 1);
alter table s9_alt2 add column if not exists score int;
alter table s9_alt2 add constraint s9_alt2_amount_uq unique (amount);
alter table s9_alt2 alter column id set data type bigint;
select column_name, data_type, column_default, is_nullable from information_schema.columns where table_name = 's9_alt2' order by ordinal_position;
alter table s9_missing add column x int;
alter table if exists s9_missing add column x int;
drop table s9_alt2;
drop table s9_alt2;
drop table if exists s9_alt2;

-- casts and their errors
select '42'::int, ' 42 '::int, '-0'::int, '+7'::smallint, '1e3'::float8::int, 2.5::int, 3.5::int, -2.5::int, '2.5'::numeric::int;
select '12.5'::int;
select ''::int;
select '99999'::smallint;
select 32767::smallint + 1::smallint;
select 'true'::boolean, 'yes'::boolean, 'off'::boolean, '1'::boolean, 't'::bool, ' f '::bool;
select 'maybe'::boolean;
select 1::boolean, 0::boolean, true::int, false::int;
select 10::boolean::text, true::text, 1.0::text, 1e10::text, 0.000001::text, 123.4500::text;
select 3.14::float4, 1::float8 / 3, 1::float4 / 3, 100000000::float4, 1.5e-7::float8, 123456789012345678::float8;
select '1.5'::numeric(3,1), '  1.5  '::numeric, '1e2'::numeric, '-.5'::numeric, '5.'::numeric, 'NaN'::numeric;
select 'abc'::numeric;
select 1234.5::numeric(5,1), 1234.56::numeric(5,1);
select 12345.6::numeric(5,1);
select 'inf'::float8, '-Infinity'::float8, 'nan'::float8, 'NaN'::float8 = 'NaN'::float8, 'Infinity'::float8 > 1e308;
select 'infinity'::numeric;
select cast('2024-03-05' as date), cast(3 as text), cast('3' as bigint) + 1, cast(1.999 as numeric(4,2)), cast(now() is not null as text);
select 65::"char", 'abc'::"char", 'x'::name, 'public'::regnamespace::oid > 0, 'int4'::regtype, 'integer'::regtype::oid;
select '192.168.1.5'::inet, '10.0.0.0/8'::cidr, '192.168.1.5/24'::inet << '192.168.1.0/24'::inet;
select 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid = 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid;
select 'not-a-uuid'::uuid;
select '1 day'::interval::text, '01:02'::interval, '1:2:3'::interval, 'P2D'::interval;
select 'x'::interval;
select 5::money;
select pg_typeof(1), pg_typeof(1.0), pg_typeof(1::int8 + 1), pg_typeof(1::int2 + 1::int2), pg_typeof(1 + 1.5), pg_typeof(2 ^ 2), pg_typeof('a' || 'b'), pg_typeof(sum(1)), pg_typeof(avg(1));
select pg_typeof(coalesce(1, 2.5)), pg_typeof(case when true then 1 else 2.0 end), pg_typeof(greatest(1, 2::bigint)), pg_typeof(now() - now()), pg_typeof(date '2024-01-01' - 1);
select case when true then 1 else 'x' end;
select coalesce(1, 'a');
select greatest(1, 'x');
select 1 = '1', 1 < '2', 'a' = 1;
select 2 + '2', '2' + '2';

-- NULL handling
select null = null, null is null, null is not distinct from null, 1 is distinct from null, null::int + 1, null || 'x', concat(null, 'x');
select coalesce(null, null, 3), nullif(1, 1), nullif(1, 2), nullif('', ''), coalesce(nullif(note, ''), '(none)') from s9_order order by id;
select greatest(1, null, 3), least(null, 2, 1), greatest(null, null::int), least('b', 'a', null);
select count(*), count(note), count(nullif(note, '')) from s9_order;
select sum(x), avg(x), max(x), count(x), string_agg(x::text, ','), array_agg(x), bool_and(x > 0) from (select null::int x where false) t;
select sum(x), avg(x), count(x), array_agg(x) from (values (null::int), (null)) v(x);
select note from s9_order order by note nulls first, id;
select note from s9_order order by note desc, id;
select id from s9_order where note is null order by id;
select id from s9_order where note = null;
select id from s9_order where note <> 'gift' order by id;
select null::int is true, (null::bool) is not false, true and null, false and null, true or null, not null::bool;
select case null when null then 'eq' else 'ne' end, case when null then 'y' else 'n' end;
select (null::int, 1) is null, row(null, null) is null, row(1, null) is not null, (1, 2) = (1, null), (1, 2) < (2, null);
select array_position(array[1, null], null), array_remove(array[1, null, 2], null), null = any(array[1, null]), 3 = any(array[1, null]), 3 <> all(array[1, null]);

-- exact numerics, floats, integer overflow
select 0.1::numeric(10,2) * 3, 1.005::numeric(10,2), 2.675::numeric(10,2), -0.005::numeric(10,2), 1e-3::numeric(10,2);
select sum(price), avg(price), sum(price) / count(*) from s9_product;
select price / 3, price / 3::numeric(10,2), round(price / 3, 2), price * price from s9_product order by sku;
select price::float8, price::int, price::text, -price, abs(-price), price % 1 from s9_product order by sku;
select 1.50 + 2.5, 1.50 * 2, 10.00 / 4, 10 / 4.00, 7.0 / 2, 1.0 / 3 * 3, 2.0 * 0.50;
select 1 / 2, 1 / 2.0, -7 / 2, -7 % 2, 7 / -2, 7.5 % 2, -7.5 % 2;
select 100 * 1.1, 3 * 1.10, 0.1 * 0.1, 123.456 * 1000, 1e2 * 1.5, 1.0e-2;
select round(15.5), round(-15.5), round(0.125, 2), round(0.135, 2), round(1e10 / 3, 3), round(12.3456::numeric(10,4), 2);
select round(2.5::float8), round(3.5::float8), round(-2.5::float8), round(0.125::float8 * 100), trunc(-2.7::float8), ceil(2.0000001::float8);
select 0.1::float8 + 0.2::float8, 1.0::float8 / 3, 2::float8 ^ 0.5, 1e16::float8 + 1, 1e-5::float8, 123456789.123::float8, 1e15::float8, 1e16::float8, 0.0001::float8;
select 1::float8 / 0;
select 1::float8 / 0::float8;
select 'Infinity'::float8 - 'Infinity'::float8, 'Infinity'::float8 * 0, 0 * 'NaN'::float8, -('Infinity'::float8), 'NaN'::float8 > 'Infinity'::float8;
select x from (values ('NaN'::float8), (1), ('-Infinity'), ('Infinity'), (-0.0)) v(x) order by x;
select max(x), min(x), sum(x), avg(x) from (values ('NaN'::float8), (1)) v(x);
select 'NaN'::numeric + 1, 'NaN'::numeric = 'NaN'::numeric, 'NaN'::numeric > 1e100, round('NaN'::numeric, 2);
select float8 '1e308' * 10;
select 1e-320::float8, 5e-324::float8, 1e-400::float8;
select sqrt(2::float8), exp(1::float8), ln(2::float8), power(2::float8, 0.5), pi(), degrees(pi()), radians(180), cbrt(27::float8);
select sin(0), cos(0), tan(0), atan2(1, 1), asin(1), acos(1), sind(30), cosd(60);
select 2147483647 + 1;
select -2147483648 - 1;
select 2147483647 * 2;
select (-2147483648)::int / -1;
select 9223372036854775807 + 1;
select 9223372036854775807::bigint * 2;
select abs(-2147483648::int);
select 32767::int2 * 2::int2;
select -32768::int2;
select (-32768)::int2;
select 4000000000::int;
select 2147483647::bigint + 1, 2147483647 + 1::bigint, 32767::int2 + 1, 1e10::bigint;
select sum(x), avg(x) from (values (2147483647), (2147483647)) v(x);
select sum(x) from (values (9223372036854775807), (1)) v(x);
select 9223372036854775808, -9223372036854775808, 9223372036854775808::bigint;
select 10 / 0;
select 10 % 0;
select 10.0 / 0;
select 10 / 0.0;
select mod(5, 0);
select factorial(5), factorial(20), 5 !;
select factorial(21);
select 2 ^ 62, 2::bigint ^ 62, 2 ^ 1024;
select power(10, 400::numeric);
select width_bucket(5.5, 0, 10, 4), width_bucket(-1, 0, 10, 4), width_bucket(10, 0, 10, 4), scale(1.2300), min_scale(1.2300), trim_scale(1.2300);
select numeric '123.456' * 0, -0.0::numeric, 0.0 * -1, 1.0 - 1.0;
select 1e100::numeric(10,2);
select 999999999999.999::numeric(15,3) + 0.001, 123::numeric(5,2);
select 1000::numeric(5,2);
select random() between 0 and 1, floor(random() * 0) = 0;
select generate_series(1.0, 2.0, 0.5), generate_series(1, 2, 0.5);
select generate_series(0.1, 0.35, 0.1);
select generate_series(10, 1, -3), generate_series(1, 3, 0);
select 1.50 union select 2.5 order by 1;
select 1.50 union all select 2 order by 1;
select x from (values (1.5), (2.25), (3)) v(x) order by x;
select x * 2 from (values (1.5::numeric(4,2)), (2.25)) v(x) order by 1;

-- DISTINCT ON, LIMIT/OFFSET, set operations, ordering
select distinct on (customer_id) customer_id, id, placed_at from s9_order order by customer_id, placed_at desc;
select distinct on (status) status, id from s9_order order by status, id;
select distinct on (order_id) order_id, sku, qty from s9_item order by order_id, qty desc, sku;
select distinct status from s9_order order by 1;
select distinct country, vip from s9_customer order by country nulls last, vip;
select id from s9_order order by id desc limit 3 offset 2;
select id from s9_order order by id limit 0;
select id from s9_order order by id limit null;
select id from s9_order order by id offset 10;
select id from s9_order order by id limit -1;
select id from s9_order order by id offset 2 rows fetch next 2 rows only;
select id from s9_order order by customer_id fetch first 1 rows with ties;
select customer_id from s9_order union select id from s9_customer order by 1;
select customer_id from s9_order intersect select id from s9_customer order by 1;
select id from s9_customer except select customer_id from s9_order order by 1;
select customer_id from s9_order except all select 1 order by 1;
select 1, 'a' union select 2, 'b' union select 1, 'a' order by 1;
select 1 union select 'a';
select 1, 2 union select 3;
(select id from s9_order order by id limit 1) union all (select id from s9_order order by id desc limit 1) order by 1;
select sku, price from s9_product order by price desc, sku limit 2;
select sku from s9_product order by 2;
select sku as s from s9_product order by s desc;
select sku, stock from s9_product order by stock = 0, sku;
select name from s9_customer order by country desc nulls first, name;
select x from (values ('a10'), ('a2'), ('A1'), ('b'), ('_z'), ('-y')) v(x) order by x collate "C";
select count(*) over (), sku from s9_product order by sku limit 2;

-- views
create view s9_order_totals as select o.id, o.customer_id, o.status, sum(i.qty * i.unit_price) as total from s9_order o join s9_item i on i.order_id = o.id group by o.id;
select * from s9_order_totals order by id;
select status, count(*), sum(total) from s9_order_totals group by status order by status;
select c.name, t.total from s9_customer c join s9_order_totals t on t.customer_id = c.id where t.total > 20 order by t.total desc;
create or replace view s9_order_totals as select o.id, o.customer_id, o.status, sum(i.qty * i.unit_price) as total, count(*) as lines from s9_order o join s9_item i on i.order_id = o.id group by o.id;
select id, lines from s9_order_totals order by id;
insert into s9_order_totals (id) values (100);
drop view s9_order_totals;
select * from s9_order_totals;

-- sequences
create sequence s9_seq start 100 increment 10;
select nextval('s9_seq'), nextval('s9_seq'), currval('s9_seq');
select setval('s9_seq', 5), nextval('s9_seq');
select setval('s9_seq', 5, false), nextval('s9_seq');
select last_value, is_called from s9_seq;
create sequence s9_seq2 maxvalue 2;
select nextval('s9_seq2'), nextval('s9_seq2');
select nextval('s9_seq2');
select currval('s9_seq2');
create sequence s9_seq3 maxvalue 3 cycle;
select nextval('s9_seq3') from generate_series(1, 5);
create sequence s9_seq4 increment -1 minvalue -3 maxvalue 0 start 0;
select nextval('s9_seq4'), nextval('s9_seq4');
alter sequence s9_seq4 restart with -2;
select nextval('s9_seq4');
select nextval('s9_nope');
select currval('s9_seq');
select sequence_name, start_value, increment from information_schema.sequences where sequence_name like 's9_seq%' order by 1;
select pg_get_serial_sequence('s9_order', 'id'), pg_get_serial_sequence('s9_customer', 'id');
select last_value from s9_order_id_seq;
insert into s9_order (customer_id, placed_at) values (1, '2024-05-01') returning id;
insert into s9_order (customer_id, placed_at) values (999, '2024-05-01') returning id;
insert into s9_order (customer_id, placed_at) values (1, '2024-05-02') returning id;
select currval('s9_order_id_seq'), lastval();
create table s9_ident (id int generated always as identity, v text);
insert into s9_ident (v) values ('a'), ('b') returning id;
insert into s9_ident (id, v) values (10, 'c');
insert into s9_ident (id, v) overriding system value values (10, 'c') returning id;
create table s9_ident2 (id bigint generated by default as identity (start with 50 increment by 5) primary key, v text);
insert into s9_ident2 (v) values ('x') returning id;
insert into s9_ident2 (id, v) values (1, 'y') returning id;
insert into s9_ident2 (v) values ('z') returning id;
drop sequence s9_seq;
select nextval('s9_seq');
drop sequence s9_seq;
drop sequence if exists s9_seq;

-- transactions, READ ONLY, savepoints
begin;
insert into s9_inv values ('T-1', 1, 'tx');
savepoint sp1;
insert into s9_inv values ('T-1', 2, 'dup');
rollback to savepoint sp1;
insert into s9_inv values ('T-2', 2, 'tx');
release savepoint sp1;
commit;
select sku, qty from s9_inv where sku like 'T-%' order by sku;
begin;
update s9_inv set qty = 99 where sku = 'T-1';
select 1 / 0;
select qty from s9_inv where sku = 'T-1';
rollback;
select qty from s9_inv where sku = 'T-1';
begin read only;
select count(*) from s9_inv;
insert into s9_inv values ('T-3', 3, 'ro');
rollback;
start transaction isolation level repeatable read, read only;
show transaction_isolation;
show transaction_read_only;
update s9_inv set qty = 0;
commit;
begin;
set transaction read only;
delete from s9_inv;
end;
begin;
select count(*) from s9_inv;
set transaction read only;
create table s9_ro (x int);
rollback;
set session characteristics as transaction read only;
insert into s9_inv values ('T-4', 4, 'ro');
set session characteristics as transaction read write;
insert into s9_inv values ('T-4', 4, 'rw') returning sku;
commit;
rollback;
savepoint nope;
begin;
rollback to savepoint nope;
rollback;

-- ORM-style and catalog reads
select c.id as "Customer_Id", c.email as "customer.email" from s9_customer c where c.id = 1;
select exists(select 1 from s9_customer where email = 'ann@example.com') as "exists";
select count(*) as "count" from s9_order where customer_id = 1 and status in ('paid', 'shipped');
select t.table_name from information_schema.tables t where t.table_schema = 'public' and t.table_name like 's9\_%' order by 1;
select column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable from information_schema.columns where table_name = 's9_customer' order by ordinal_position;
select column_name, column_default from information_schema.columns where table_name = 's9_product' and column_default is not null order by 1;
select tc.constraint_type, kcu.column_name from information_schema.table_constraints tc join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name where tc.table_name = 's9_item' order by 1, 2;
select a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull from pg_attribute a where a.attrelid = 's9_product'::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum;
select indexname from pg_indexes where tablename = 's9_customer' order by 1;
select relname, relkind from pg_class where relname in ('s9_customer', 's9_customer_pkey', 's9_customer_id_seq') order by 1;
select "id", "name" from "s9_customer" where "id" in (1, 2) order by "id";
select id, name from s9_customer where lower(email) like lower('%EXAMPLE.com') order by id limit 2 offset 0;
select s9_customer.* from s9_customer where id = 2;
select * from s9_customer where vip is true order by id;
select * from s9_customer where created_at >= '2024-02-01'::timestamp order by id;
select name from s9_customer where country = any(array['US', 'DE']) order by name;
select "ID" from s9_customer;
select nonexistent from s9_customer;
select * from s9_nowhere;
select name from s9_customer c join s9_order o on o.customer_id = c.id where id = 1;
select name, count(*) from s9_customer;
selec 1;
select 'unterminated;

-- extended protocol with parameters, as drivers and ORMs send them
-- params: [1]
select id, email, name from s9_customer where id = $1;
-- params: ["ann@example.com"]
select id from s9_customer where email = $1;
-- params: ["%example.com", 2]
select id, email from s9_customer where email like $1 order by id limit $2;
-- params: [2, 1]
select id from s9_order order by id limit $1 offset $2;
-- params: ["paid", "shipped"]
select count(*) from s9_order where status in ($1, $2);
-- params: [["paid", "new"]]
select id from s9_order where status = any($1) order by id;
-- params: ["{1,2,3}"]
select count(*) from s9_order where customer_id = any($1::int[]);
-- params: ["2024-03-01", "2024-04-01"]
select id from s9_order where placed_at >= $1 and placed_at < $2 order by id;
-- params: ["2024-03-01"]
select $1::date + 1, $1::timestamp + interval '1 hour', extract(month from $1::date);
-- params: ["19.99", 3]
select $1::numeric(10,2) * $2, $1::numeric(10,2) * $2::int;
-- params: ["A-1"]
select sku, price, price * 2 from s9_product where sku = $1;
-- params: ["Z-9", "Zed", "12.345"]
insert into s9_product (sku, title, price) values ($1, $2, $3) returning sku, price;
-- params: ["Z-9", "3"]
update s9_product set stock = stock + $2 where sku = $1 returning stock;
-- params: ["Z-9"]
delete from s9_product where sku = $1 returning sku;
-- params: ["I-1", 5, null]
insert into s9_inv (sku, qty, updated) values ($1, $2, $3) on conflict (sku) do update set qty = s9_inv.qty + excluded.qty returning sku, qty, updated;
-- params: ["I-1", 5, "again"]
insert into s9_inv (sku, qty, updated) values ($1, $2, $3) on conflict (sku) do update set qty = s9_inv.qty + excluded.qty, updated = excluded.updated returning sku, qty, updated;
-- params: ["{\"color\": \"red\"}"]
select sku from s9_product where attrs @> $1::jsonb order by sku;
-- params: ["color"]
select sku, attrs ->> $1 from s9_product order by sku;
-- params: ["{dims,1}"]
select attrs #> $1::text[] from s9_product where sku = 'A-2';
-- params: [true]
select count(*) from s9_customer where vip = $1;
-- params: ["t"]
select count(*) from s9_customer where vip = $1::boolean;
-- params: [null]
select count(*) from s9_order where note is not distinct from $1;
-- params: [null]
select coalesce($1::text, 'default'), $1::int is null;
-- params: ["abc"]
select upper($1), length($1), $1 || '!', left($1, 1);
-- params: ["%s-%s", "a", "b"]
select format($1, $2, $3);
-- params: ["(\\d+)", "abc123"]
select substring($2 from $1), $2 ~ $1;
-- params: ["2147483647", "1"]
select $1::int + $2::int;
-- params: ["9223372036854775807"]
select $1::bigint, $1::bigint - 1;
-- params: ["1.5", "NaN", "Infinity"]
select $1::float8 * 2, $2::float8, $3::float8 + 1;
-- params: ["3 days", "2024-01-31"]
select $2::date + $1::interval, $1::interval * 2;
-- params: ["not a date"]
select $1::date;
-- params: ["12345.678"]
select $1::numeric(6,2);
-- params: [3]
select generate_series(1, $1::int);
-- params: [2]
select * from generate_series(1, 10) g where g % $1 = 0 order by g;
-- params: ["A-1", 2]
select sku, tags[$2] from s9_product where sku = $1;
-- params: ["b"]
select array_position(array['a', 'b', 'c'], $1::text);
-- params: [1, "x"]
select $1::int as n, $2::text as s union all select 2, 'y' order by n;
-- params: [10]
select id, name from s9_customer order by id limit $1::bigint;
-- params: ["US"]
select name from s9_customer where country = $1 order by name;
-- params: ["us"]
select name from s9_customer where country = upper($1) order by name;
-- params: []
select count(*) from s9_customer;
-- params: [5]
select x, sum(x) over (order by x rows between $1 preceding and current row) from generate_series(1, 3) x order by x;
-- params: ["1", "2"]
select $1 || $2;
-- params: [1.25]
select round($1::numeric, 1), $1::numeric(4,1);
-- params: ["{\"a\": [1, 2]}"]
select jsonb_array_length($1::jsonb -> 'a'), $1::json -> 'a';
-- params: ["x"]
select id from s9_customer where id = $1;
-- params: [1, 2]
select $1 + $2;
-- params: ["2024-03-05 14:07:09"]
select to_char($1::timestamp, 'Dy DD Mon YYYY HH24:MI'), date_trunc('day', $1::timestamp);
