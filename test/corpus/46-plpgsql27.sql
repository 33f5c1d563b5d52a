-- PL/pgSQL (and LANGUAGE sql) functions called from queries: inside expressions, in WHERE, in DEFAULT and CHECK, in INSERT and UPDATE, set-returning ones in FROM (session 27).
create table s27_accounts (id int primary key, owner text not null, balance numeric(12,2) not null default 0, status text not null default 'open', created_at timestamptz default now());
create table s27_orders (id serial primary key, account_id int references s27_accounts(id), amount numeric(12,2) not null, qty int not null default 1, note text);
insert into s27_accounts (id, owner, balance, status, created_at) values (1, 'alice', 100.50, 'open', '2026-01-02 03:04:05+00'), (2, 'bob', 0, 'open', '2026-01-02 03:04:05+00'), (3, 'carol', 2500, 'closed', '2026-01-02 03:04:05+00'), (4, 'dave', -20, 'open', '2026-01-02 03:04:05+00');
insert into s27_orders (account_id, amount, qty, note) values (1, 10.00, 2, 'a'), (1, 5.25, 1, null), (2, 99.99, 3, 'b'), (3, 1.00, 10, 'c'), (4, 0.50, 1, null);
-- Scalar PL/pgSQL functions as apps write them: one RETURN, IF/ELSIF chains, lookups.
-- @must
create function s27_add(a int, b int) returns int as $$ begin return a + b; end; $$ language plpgsql immutable;
-- @must
create function s27_tax(amount numeric) returns numeric as $$ begin return round(amount * 0.2, 2); end; $$ language plpgsql immutable;
-- @must
create function s27_grade(score int) returns text as $$ begin if score >= 90 then return 'A'; elsif score >= 75 then return 'B'; elsif score is null then return 'none'; else return 'C'; end if; end; $$ language plpgsql immutable;
-- @must
create function s27_slug(t text) returns text language plpgsql immutable as $$ begin return lower(regexp_replace(trim(t), '[^a-zA-Z0-9]+', '-', 'g')); end $$;
-- @must
create function s27_is_open(acc int) returns boolean as $$ begin return exists (select 1 from s27_accounts where id = acc and status = 'open'); end; $$ language plpgsql stable;
-- @must
create function s27_balance_of(acc int) returns numeric as $$ begin return (select balance from s27_accounts where id = acc); end; $$ language plpgsql stable;
-- @must
create function s27_clamp(v int, lo int default 0, hi int default 100) returns int as $$ begin if v < lo then return lo; end if; if v > hi then return hi; end if; return v; end; $$ language plpgsql immutable;
-- @must
create function s27_order_total(oid_ int) returns numeric language plpgsql stable as $$ declare total numeric; begin select amount * qty into total from s27_orders where id = oid_; return total; end; $$;
-- @must
create function s27_count_orders(acc int) returns bigint language plpgsql stable as $$ declare n bigint; begin select count(*) into n from s27_orders where account_id = acc; return n; end; $$;
-- @must
create function s27_label(o text, s text) returns text language plpgsql as $$ declare r text; begin r := o || ' (' || s || ')'; return r; end; $$;
-- @must
select s27_add(1, 2);
-- @must
select s27_add(1, 2) + 1;
-- @must
select s27_add(1, 2) * s27_add(3, 4) as product;
-- @must
select s27_add(s27_add(1, 2), 3);
-- @must
select s27_add(1, s27_add(2, s27_add(3, 4))) as nested;
select s27_add(2147483647, 1);
-- @must
select s27_add(null, 1) is null;
select s27_add('x', 1);
select s27_add(1);
select s27_add(1, 2, 3);
-- @must
select s27_tax(100) + s27_tax(50);
-- @must
select s27_grade(95), s27_grade(80), s27_grade(10), s27_grade(null);
-- @must
select s27_slug('  Hello, World!  ') || '-x';
-- @must
select s27_clamp(150), s27_clamp(-5), s27_clamp(42), s27_clamp(7, 10), s27_clamp(7, hi => 5);
-- @must
select upper(s27_slug('My Post')) as s;
-- @must
select coalesce(s27_grade(null), 'x'), length(s27_grade(50));
-- @must
select s27_add(1, 2) = 3 as ok, s27_add(1, 2)::text as t;
-- Columns as arguments: one call per row.
-- @must
select id, owner, s27_grade(id * 30) from s27_accounts order by id;
-- @must
select id, s27_tax(balance) as tax from s27_accounts order by id;
-- @must
select owner, s27_slug(owner || ' ' || status) from s27_accounts order by owner;
-- @must
select id from s27_accounts where s27_is_open(id) order by id;
-- @must
select id from s27_accounts where s27_clamp(balance::int) > 0 order by id;
-- @must
select id, s27_balance_of(id) from s27_accounts order by id;
-- @must
select o.id, s27_order_total(o.id) from s27_orders o order by o.id;
-- @must
select a.owner, s27_count_orders(a.id) as n from s27_accounts a order by a.owner;
-- @must
select owner from s27_accounts where s27_count_orders(id) > 1 order by owner;
-- @must
select s27_grade(count(*)::int * 40) from s27_orders;
-- @must
select status, sum(s27_tax(balance)) from s27_accounts group by status order by status;
-- @must
select id from s27_accounts order by s27_clamp(balance::int) desc, id;
-- @must
select s27_label(owner, status) from s27_accounts where id = 1;
select s27_label(owner, status) from s27_accounts order by id;
-- @must
select id, owner, balance from s27_accounts where id = s27_add(1, 1);
-- @must
select count(*) from s27_orders where account_id in (select id from s27_accounts where s27_is_open(id));
-- @must
select case when s27_is_open(2) then 'yes' else 'no' end;
-- @must
with t as (select id, s27_tax(balance) as tax from s27_accounts) select sum(tax) from t;
-- Through the extended protocol.
-- params: [3, 4]
select s27_add($1, $2) + 10;
-- params: [3, 4]
select s27_add($1::int, $2::int) as s;
-- params: ["B Side"]
select s27_slug($1) as slug;
-- params: [1]
select owner, s27_balance_of(id) from s27_accounts where id = $1;
-- params: [80]
select id from s27_accounts where s27_grade(id * 30) = s27_grade($1) order by id;
-- params: [null]
select s27_grade($1);
-- params: ["abc", 1]
select s27_add($1, $2);
-- In INSERT, UPDATE, DELETE.
-- @must
insert into s27_orders (account_id, amount, qty, note) values (1, s27_tax(1000), s27_add(1, 1), s27_slug('Via Insert'));
-- @must
select amount, qty, note from s27_orders where note = 'via-insert';
-- @must
update s27_accounts set balance = balance + s27_tax(balance) where id = 1;
-- @must
select balance from s27_accounts where id = 1;
-- @must
update s27_orders set note = s27_label(coalesce(note, '-'), s27_grade(qty * 10)) where account_id = 2 returning id, note;
-- @must
insert into s27_orders (account_id, amount, qty) select id, s27_tax(balance), s27_clamp(id, 2) from s27_accounts where id in (2, 3) returning account_id, amount, qty;
-- @must
delete from s27_orders where s27_order_total(id) < 1 returning account_id, amount;
-- params: [2, 7]
insert into s27_orders (account_id, amount, qty) values ($1, s27_tax($2), s27_add($1, $2::int)) returning amount, qty;
-- params: [2, 7]
select s27_tax($2) + s27_add($1, $2);
-- params: [4]
update s27_accounts set status = s27_grade($1) where id = $1 returning status;
-- In DEFAULT and CHECK.
-- @must
create table s27_posts (id serial primary key, title text not null, slug text not null default s27_slug('untitled'), score int check (s27_clamp(score) = score), grade text);
-- @must
insert into s27_posts (title, score) values ('First', 10);
-- @must
insert into s27_posts (title, slug, score) values ('Second', s27_slug('Second Post!'), 100);
insert into s27_posts (title, score) values ('Bad', 101);
insert into s27_posts (title, score) values ('Neg', -1);
-- @must
insert into s27_posts (title, score) values ('Nul', null);
-- @must
update s27_posts set grade = s27_grade(score * 9) where score is not null;
update s27_posts set score = 500 where id = 1;
-- @must
select id, title, slug, score, grade from s27_posts order by id;
-- @must
alter table s27_posts add column title_slug text generated always as (s27_slug(title)) stored;
-- Set-returning PL/pgSQL functions: RETURN QUERY, RETURNS TABLE, RETURN NEXT, RETURN QUERY EXECUTE.
-- @must
create function s27_open_accounts() returns setof s27_accounts as $$ begin return query select * from s27_accounts where status = 'open'; end; $$ language plpgsql stable;
-- @must
create function s27_orders_of(acc int) returns table(order_id int, total numeric) language plpgsql stable as $$ begin return query select o.id, o.amount * o.qty from s27_orders o where o.account_id = acc; end; $$;
-- @must
create function s27_series(n int) returns setof int language plpgsql as $$ begin for i in 1..n loop return next i * i; end loop; return; end; $$;
-- @must
create function s27_owners_like(pat text) returns setof text language plpgsql as $$ begin return query execute 'select owner from s27_accounts where owner like $1' using pat; end; $$;
-- @must
create function s27_ids(lim int) returns setof int language plpgsql stable as $$ begin return query select id from s27_accounts order by id limit lim; end; $$;
-- @must
select id, owner, balance, status from s27_open_accounts() order by id;
-- @must
select id, owner from s27_open_accounts() where balance >= 0 order by id;
-- @must
select count(*) from s27_open_accounts();
-- @must
select * from s27_orders_of(1) order by order_id;
-- @must
select order_id, total from s27_orders_of(2) order by order_id;
-- @must
select sum(total) from s27_orders_of(1);
-- @must
select a.owner, t.total from s27_accounts a join s27_orders_of(1) t on t.total > a.balance / 100 order by a.owner, t.total;
-- @must
select a.owner, t.order_id from s27_accounts a, lateral s27_orders_of(a.id) t order by a.owner, t.order_id;
-- @must
select a.owner, t.total from s27_accounts a cross join lateral s27_orders_of(a.id) as t where a.id < 3 order by 1, 2;
-- @must
select * from s27_ids(2);
select x from s27_ids(3) as x order by x;
-- @must
select id, owner from s27_accounts where id in (select * from s27_ids(2)) order by id;
-- @must
select * from s27_series(4);
-- @must
select s27_series(3);
select * from s27_owners_like('%a%') order by 1;
-- @must
select * from s27_owners_like('%o%');
-- params: ["b%"]
select * from s27_owners_like($1);
-- params: [1]
select order_id, total from s27_orders_of($1) order by order_id;
-- params: [2]
select * from s27_ids($1);
select * from s27_orders_of(null);
select * from s27_orders_of('x');
select s27_open_accounts();
select (s27_orders_of(1)).total;
-- LANGUAGE sql functions in the same places.
-- @must
create function s27_sql_double(x int) returns int language sql immutable as $$ select x * 2 $$;
-- @must
create function s27_sql_orders(acc int) returns setof s27_orders language sql stable as $$ select * from s27_orders where account_id = acc $$;
-- @must
create function s27_sql_totals() returns table(acc int, n bigint) language sql stable as $$ select account_id, count(*) from s27_orders group by account_id $$;
-- @must
select s27_sql_double(s27_add(1, 2)) + 1;
-- @must
select s27_add(s27_sql_double(2), s27_sql_double(3));
-- @must
select id, s27_sql_double(id) from s27_accounts where s27_sql_double(id) > 4 order by id;
-- @must
select a.owner, o.amount from s27_accounts a join s27_sql_orders(1) o on o.account_id = a.id order by o.amount;
-- @must
select a.owner, o.amount from s27_accounts a cross join lateral s27_sql_orders(a.id) o where a.id = 4 order by o.amount;
-- @must
select acc, n from s27_sql_totals() order by acc;
-- @must
select a.owner, t.n from s27_accounts a join s27_sql_totals() t on t.acc = a.id order by a.owner;
-- @must
insert into s27_orders (account_id, amount) values (2, s27_sql_double(21)) returning amount, qty;
-- params: [5]
select s27_sql_double($1) + s27_add($1, 1);
-- A function that writes, called inside an expression.
-- @must
create table s27_log (id serial primary key, msg text not null);
-- @must
create function s27_log_it(m text) returns int language plpgsql as $$ declare new_id int; begin insert into s27_log (msg) values (m) returning id into new_id; return new_id; end; $$;
select s27_log_it('one');
-- @must
select s27_log_it('two') + 100;
select msg from s27_log order by id;
select coalesce(s27_log_it('three'), 0) as id;
-- @must
select s27_log_it('four') as a, s27_log_it('five') * 2 as b;
select case when false then s27_log_it('never') end;
select s27_log_it(owner) from s27_accounts where id < 3 order by id;
select msg from s27_log order by id;
-- @must
create function s27_bump(acc int, by_ numeric) returns numeric language plpgsql as $$ begin update s27_accounts set balance = balance + by_ where id = acc; return (select balance from s27_accounts where id = acc); end; $$;
-- @must
select s27_bump(2, 5) * 2;
select balance from s27_accounts where id = 2;
-- Errors raised inside a function called in an expression.
-- @must
create function s27_check_pos(v int) returns int language plpgsql immutable as $$ begin if v < 0 then raise exception 'negative value: %', v using errcode = '22003'; end if; return v; end; $$;
-- @must
select s27_check_pos(5) + 1;
-- @must
select s27_check_pos(-5) + 1;
-- @must
select id, s27_check_pos(balance::int) from s27_accounts order by id;
select s27_check_pos(id) from s27_accounts order by id;
-- @must
create function s27_div(a int, b int) returns int language plpgsql immutable as $$ begin return a / b; end; $$;
select s27_div(10, 2) + 1;
-- @must
select s27_div(1, 0) + 1;
select s27_div(id, id - 2) from s27_accounts order by id;
-- STRICT and volatility as the catalog shows them.
-- @must
create function s27_strict_len(t text) returns int language plpgsql strict immutable as $$ begin return length(t); end; $$;
-- @must
select s27_strict_len(null) is null, s27_strict_len('abc') + 1;
-- @must
select proname, provolatile, proretset, prolang = (select oid from pg_language where lanname = 'plpgsql') from pg_proc where proname in ('s27_add', 's27_open_accounts', 's27_orders_of', 's27_is_open') order by proname;
-- @must
select pg_get_function_result(p.oid) from pg_proc p where proname in ('s27_orders_of', 's27_open_accounts', 's27_series') order by proname;
-- Replacing a function changes what later calls inside expressions do.
-- @must
create or replace function s27_tax(amount numeric) returns numeric as $$ begin return round(amount * 0.1, 2); end; $$ language plpgsql immutable;
-- @must
select s27_tax(100) + 1;
create or replace function s27_tax(amount numeric) returns int as $$ begin return 1; end; $$ language plpgsql;
-- Dropping a function the table's DEFAULT uses.
drop function s27_slug(text);
-- @must
drop function s27_add(int, int);
select s27_add(1, 2) + 1;
-- Cleanup.
-- @must
drop table s27_posts;
drop function s27_slug(text);
drop function s27_grade(int), s27_clamp(int, int, int), s27_is_open(int), s27_balance_of(int), s27_order_total(int), s27_count_orders(int), s27_label(text, text), s27_tax(numeric), s27_check_pos(int), s27_div(int, int), s27_strict_len(text);
drop function if exists s27_open_accounts(), s27_orders_of(int), s27_series(int), s27_owners_like(text), s27_ids(int);
drop function s27_sql_double(int), s27_sql_orders(int), s27_sql_totals(), s27_log_it(text), s27_bump(int, numeric);
-- @must
drop table s27_log, s27_orders, s27_accounts;
