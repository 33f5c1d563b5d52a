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
-- enum_first, enum_last, enum_range
create type l10_mood as enum ('sad', 'ok', 'happy');
create table l10_e (m l10_mood);
insert into l10_e values ('ok'), ('happy'), ('sad');
select enum_range(null::l10_mood), enum_first(null::l10_mood), enum_last(null::l10_mood);
select enum_range('ok'::l10_mood, null), enum_range(null, 'ok'::l10_mood), enum_range('sad'::l10_mood, 'ok'::l10_mood), enum_range('happy'::l10_mood, 'sad'::l10_mood);
select m, enum_first(m), enum_last(m) from l10_e order by m;
select enum_first(1);
select enum_range('x'::l10_mood, null);
select array_length(enum_range(null::l10_mood), 1), 'ok' = any(enum_range(null::l10_mood));
select unnest(enum_range(null::l10_mood));
-- 42883 names the call's argument types
select nosuchfn(1);
select nosuchfn('a', 2.5, null);
select nextval('a', 1);
select nosuch(x) from (values (1::int8)) v(x);
