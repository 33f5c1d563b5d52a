-- Found by hand in the tenth session, beside real PostgreSQL: the SQL:2003 binary aggregates
-- (corr, covar_*, regr_*) at float8's digits, pg_typeof() of an aggregate. Tables are prefixed l10_.
create table l10_rg (g int, y float8, x float8, n numeric, i int);
insert into l10_rg values (1, 1.5, 2, 3.3, 4), (1, 2.25, 3.1, 1.1, 7), (1, 7.1, 9.9, 0.5, 2), (2, 3, 3, 1, 1), (2, 4, 3, 2, 2), (2, null, 1, 3, 3), (3, 5, null, 4, 4), (3, 1e10, 1e-5, 1.23456789, 11);
select g, corr(y, x), covar_pop(y, x), covar_samp(y, x), regr_slope(y, x), regr_intercept(y, x), regr_r2(y, x), regr_count(y, x) from l10_rg group by g order by g;
select g, regr_avgx(y, x), regr_avgy(y, x), regr_sxx(y, x), regr_syy(y, x), regr_sxy(y, x) from l10_rg group by g order by g;
select corr(n, i), regr_slope(i, n), covar_samp(n, x), regr_r2(i, i), regr_r2(y, 1) from l10_rg;
select corr(y, x), regr_count(y, x), regr_sxx(y, x) from l10_rg where false;
select regr_count(y, x), covar_samp(y, x) from l10_rg where g = 3;
select corr('a'::text, x) from l10_rg;
select corr(1, 2), regr_sxx(2, 3), regr_count(1, null);
select corr(y, x) filter (where g < 3) from l10_rg;
select pg_typeof(corr(y, x)), pg_typeof(regr_count(y, x)) from l10_rg;
select covar_pop(y, x) from (values (1e308::float8, 1e308::float8), (-1e308, 1e308)) v(y, x);
select corr(y, x), regr_slope(y, x) from (values ('Infinity'::float8, 1::float8), (2, 3)) v(y, x);
select pg_typeof(sum(i)) from l10_rg;
select pg_typeof(count(*)), 1 from l10_rg;
select pg_typeof(max(i)) from l10_rg having count(*) > 1;
select pg_typeof(count(*)) = 'bigint'::regtype, pg_typeof(avg(i) + 1) from l10_rg;
select g, pg_typeof(sum(x)) from l10_rg group by g order by g;
select bit_xor(i), bit_and(i), bit_or(i) from l10_rg;
-- settings tools read, and planner knobs accepted
show block_size;
show lc_collate;
show enable_seqscan;
set enable_seqscan = off;
show enable_seqscan;
select current_setting('enable_seqscan'), current_setting('random_page_cost'), current_setting('lc_ctype'), current_setting('max_index_keys');
reset enable_seqscan;
show enable_seqscan;
set block_size = 1;
set shared_buffers = '1MB';
set autovacuum = off;
set transform_null_equals = off;
set array_nulls = 'maybe';
set default_with_oids = on;
set default_with_oids = off;
set lc_collate = 'C';
show default_text_search_config;
show shared_buffers;
-- enum_first, enum_last, enum_range (as text: PostgreSQL gives an enum type another OID in every database)
create type l10_mood as enum ('sad', 'ok', 'happy');
create table l10_e (m l10_mood);
insert into l10_e values ('ok'), ('happy'), ('sad');
select enum_range(null::l10_mood)::text, enum_first(null::l10_mood)::text, enum_last(null::l10_mood)::text;
select enum_range('ok'::l10_mood, null)::text, enum_range(null, 'ok'::l10_mood)::text, enum_range('sad'::l10_mood, 'ok'::l10_mood)::text, enum_range('happy'::l10_mood, 'sad'::l10_mood)::text;
select m::text, enum_first(m)::text, enum_last(m)::text from l10_e order by m;
select enum_first(1);
select enum_range('x'::l10_mood, null);
select array_length(enum_range(null::l10_mood), 1), 'ok' = any(enum_range(null::l10_mood));
select unnest(enum_range(null::l10_mood))::text;
-- 42883 names the call's argument types
select nosuchfn(1);
select nosuchfn('a', 2.5, null);
select nextval('a', 1);
select nosuch(x) from (values (1::int8)) v(x);
-- foreign keys must reference a primary key or unique key (42830), with as many columns
create table l10_f6 (x int, y int, primary key (x, y), check (x < y));
create table l10_f7 (x int references l10_f6 (x));
create table l10_f7 (x int, y int, foreign key (y, x) references l10_f6 (y, x));
create table l10_f8 (x int references l10_f6);
create table l10_f9 (a int);
create table l10_f10 (a int references l10_f9);
create table l10_f11 (a int references l10_f9 (zz));
create table l10_f12 (a int references nosuch (a));
create table l10_f13 (id int primary key, parent int references l10_f13);
create table l10_f14 (id int primary key, parent int references l10_f14 (id));
create table l10_f15 (id serial primary key, code text unique);
create table l10_f16 (c text references l10_f15 (code));
alter table l10_f9 add constraint f9_fk foreign key (a) references l10_f15 (id);
alter table l10_f9 add constraint f9_fk2 foreign key (a) references l10_f6 (y);
create unique index f9_a on l10_f9 (a);
create table l10_f17 (a int references l10_f9 (a));
create table l10_f18 (a int references l10_f9);
-- unnamed indexes named as PostgreSQL names them; storage options, REINDEX and CLUSTER change nothing
create table l10_ix (a int, b text);
create unique index on l10_ix (a);
create index on l10_ix (a);
create index on l10_ix (lower(b), (a+1), (b::varchar), coalesce(b,'x'));
create index on l10_ix (lower(b));
create index on l10_ix ((b::varchar));
select indexname from pg_indexes where tablename = 'l10_ix' order by 1;
alter table l10_ix set (fillfactor = 70);
alter table l10_ix reset (fillfactor);
alter table l10_ix alter column a set statistics 100;
alter table l10_nosuch set (fillfactor = 70);
reindex table l10_ix;
reindex index l10_ix_a_idx;
reindex table l10_nosuch;
cluster l10_ix using l10_ix_a_idx;
cluster l10_nosuch;
-- CREATE TABLE … (LIKE …): columns, types and NOT NULL
create table l10_src (id int not null, name varchar(20), price numeric(10,2), tags text[], at timestamptz);
create table l10_like (like l10_src, extra int);
select column_name, data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable from information_schema.columns where table_name = 'l10_like' order by ordinal_position;
insert into l10_like values (1, 'a', 2.5, '{x}', '2024-01-01 00:00+00', 7) returning *;
create table l10_like2 (like l10_src including all);
create table l10_like3 (like l10_nosuch);
-- age() of one timestamp, pg_current_xact_id()
select age(now()) >= interval '0', age(timestamp '2020-02-29') > interval '4 years', age(now()::timestamp) < interval '1 day';
select age('2020-01-01');
select pg_current_xact_id()::text::bigint > 0;
-- a RANGE offset in days over a timestamptz outside UTC
set time zone 'America/New_York';
create temp table l10_tz2 (t timestamptz);
insert into l10_tz2 values ('2024-03-09 11:30'), ('2024-03-10 12:00');
select t, count(*) over (order by t range between interval '1 day' preceding and current row) from l10_tz2 order by t;
reset time zone;
-- to_number
select to_number('12,345.67', '99,999.99'), to_number('-1.5', 'S9.9'), to_number('12', '9999'), to_number('12345', '99'), to_number('-12', '99');
select to_number('12454.8-', '99G999D9S'), to_number('$1,234.56', 'L9,999.99'), to_number('1.2345', '9.99'), to_number('  42', '9999'), to_number('<12>', '99PR');
select to_number('1 234', '9 999'), to_number('0012', '0000'), to_number('12.3', 'FM99.99'), to_number('5', '9.99'), to_number('12-', '99MI'), to_number('+7', 'S9'), to_number(null, '99');
select to_number('1.50', '9.99');
select to_number('abc', '999');
select to_number('1e3', '9EEEE');
