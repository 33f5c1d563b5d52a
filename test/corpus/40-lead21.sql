-- The twenty-first session's lead: TRUNCATE … RESTART IDENTITY and ALTER SEQUENCE … RESTART are undone by
-- ROLLBACK with the draws made after them, as PostgreSQL's new relfilenode is; setval and draws are not.
create table lead21_tq(id serial primary key, v int);
insert into lead21_tq(v) values (1),(2),(3);
begin;
truncate lead21_tq restart identity;
rollback;
-- @must
select nextval('lead21_tq_id_seq');
begin;
alter sequence lead21_tq_id_seq restart with 100;
rollback;
select nextval('lead21_tq_id_seq');
begin;
select setval('lead21_tq_id_seq', 500);
rollback;
select nextval('lead21_tq_id_seq');
begin;
truncate lead21_tq restart identity;
insert into lead21_tq(v) values (7) returning id;
select nextval('lead21_tq_id_seq');
rollback;
-- @must
select nextval('lead21_tq_id_seq');
select id, v from lead21_tq order by id;
begin;
alter sequence lead21_tq_id_seq increment by 10;
rollback;
select nextval('lead21_tq_id_seq');
begin;
savepoint a;
truncate lead21_tq restart identity;
rollback to a;
select nextval('lead21_tq_id_seq');
commit;
select count(*) from lead21_tq;
truncate lead21_tq restart identity;
insert into lead21_tq(v) values (1) returning id;
-- One table of argument types for unknown literals and parameters (argument-types.ts): a literal no integer spells is 22P02.
select substr('abcdef', '2'), substr('abcdef', '2', '3'), left('abc', '2'), repeat('ab', '3');
select lpad('5', '3', '0'), split_part('a,b,c', ',', '2'), chr('65');
select substr('abc', 'x');
select round('2.567', 2), round('2.5', '0'), trunc('2.567', '1');
select make_date('2024', '2', '29'), make_time('1', '2', '3.5');
select to_timestamp('0') at time zone 'UTC';
select encode('\x0102', 'hex'), get_byte('\x0102', '1'), sha256('abc');
select host('10.1.2.3/8'), masklen('10.1.2.3/8'), set_masklen('10.1.2.3', '16');
select width_bucket(5, 0, 10, '5');
select x, ntile('2') over (order by x), lag(x, '1') over (order by x) from generate_series(1,4) x;
select percentile_cont('0.5') within group (order by x) from generate_series(1,4) x;
select pg_relation_size('pg_class') >= 0;
-- Sequence functions take a regclass, a bigint and a boolean (argument-types.ts); setval's parameters bind in the order they stand.
create sequence lead21_s;
-- params: ["lead21_s"]
select nextval($1);
-- params: ["public.lead21_s"]
select currval($1);
-- @must
-- params: [20, false]
select setval('lead21_s', $1, $2);
-- params: ["lead21_s", 30]
select setval($1, $2);
select nextval('lead21_s');
select setval('lead21_s', '40', 'false');
select nextval('lead21_s');
select setval('lead21_s', 'x');
-- params: ["no_such_sequence"]
select nextval($1);
-- width_bucket's operand and bounds are float8, or numeric beside a numeric.
-- params: [5.5, 0, 10, 4]
select width_bucket($1, $2, $3, $4);
-- params: ["0", "10"]
select width_bucket(5.5, $1, $2, 5);
-- Parameters bind where their `?` stand in the SQLite text, whatever order the translator emitted them in (param-slots.ts).
-- @must
-- params: ["2024-03-01 12:00:00+00", "Asia/Tokyo"]
select ($1::timestamptz at time zone $2)::text;
-- params: ["day", "2024-03-01 20:00:00+00", "Asia/Tokyo"]
select date_trunc($1, $2::timestamptz, $3)::text;
-- params: ["2024-03-01", "UTC"]
select ($1::date at time zone $2)::text;
-- @must
-- params: ["{\"a\": 1}", "{\"a\": 1, \"b\": 2}"]
select $1::jsonb <@ $2::jsonb, $2::jsonb <@ $1::jsonb;
-- params: ["{1}", "{1,2}"]
select $1::int[] <@ $2::int[], $2::int[] <@ $1::int[];
-- params: ["[1,5)", 3]
select $2::int <@ $1::int4range, $1::int4range @> $2::int;
-- params: ["a", "a & b"]
select $1::tsquery <@ $2::tsquery, $2::tsquery <@ $1::tsquery;
-- params: ["1.5", 2]
select $1::numeric < $2, $2 < $1::numeric, $1::numeric <= $2::numeric;
