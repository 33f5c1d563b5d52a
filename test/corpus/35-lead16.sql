-- What the sixteenth session's lead found by hand: ORDER BY a bare name means a result column
-- before a column of FROM (PostgreSQL's SQL92 rule), also when the result column is a cast or a
-- function of the column it is named after; two different ones of that name are 42702.
create type ld16_mood as enum ('sad', 'ok', 'happy');
create table ld16_e (id int primary key, m ld16_mood, k int, t text);
insert into ld16_e values (1, 'ok', 10, 'b'), (2, 'happy', 9, 'a'), (3, 'sad', 11, 'C');
select m::text from ld16_e order by m;
select m::text, k from ld16_e order by m desc;
select id, m::text as m from ld16_e order by m;
select m::text, enum_first(m)::text from ld16_e order by m;
select m from ld16_e order by m;
select k::text from ld16_e order by k;
select k::text as k, id from ld16_e order by k desc;
select upper(t) as t from ld16_e order by t;
select lower(t) from ld16_e order by lower;
select id, -k as k from ld16_e order by k;
select distinct m::text from ld16_e order by m;
select m::text as m, count(*) from ld16_e group by m order by m;
select m::text, m from ld16_e order by m;
select k, k from ld16_e order by k;
select k as x, id as x from ld16_e order by x;
select k::text, k from ld16_e order by k + 0;
select m::text from ld16_e order by ld16_e.m;
select m::text from ld16_e order by 1;
select t, m::text from ld16_e order by m, t;
select (select m::text from ld16_e i where i.id = o.id order by m limit 1) from ld16_e o order by 1;
-- Time zone abbreviations (PostgreSQL's timezonesets/Default) in input and AT TIME ZONE, where they come
-- before zone names ('CET' is +01 all year there); ICU's legacy IDs are no TimeZone.
select timestamptz '2024-07-01 12:00+00' at time zone 'CET', timestamptz '2024-07-01 12:00+00' at time zone 'Europe/Paris', timestamp '2024-07-01 12:00' at time zone 'EET';
select timezone('CET', timestamptz '2024-07-01 12:00+00'), timestamptz '2024-07-01 12:00+00' at time zone 'EST', timestamptz '2024-07-01 12:00+00' at time zone 'PST', timestamptz '2024-01-01 12:00+00' at time zone 'pdt';
select '2024-07-04 10:00 CET'::timestamptz, '2024-07-04 10:00 cest'::timestamptz, '2024-07-04 10:00 PST'::timestamp, '2024-07-04 10:00 PST'::timestamptz, '2024-07-04T10:00Z'::timestamptz, '2024-07-04 10:00 UTC'::timestamptz, '2024-07-04 10:00 gmt'::timestamptz;
select '2024-07-04 10:00 Europe/Oslo'::timestamptz, '2024-07-04 10:00 EST'::timestamptz, '2024-07-04 10:00:00.5 NZDT'::timestamptz, '2024-07-04 10:00 zulu'::timestamptz;
select '2024-07-04 10:00 XYZ'::timestamptz;
select '2024-07-04 10:00 PST BC'::timestamptz;
select timestamptz '2024-07-01 12:00+00' at time zone 'UTC', timestamptz '2024-07-01 12:00+00' at time zone 'utc', timestamptz '2024-07-01 12:00+00' at time zone 'America/New_York';
select '2024-07-04 10:00 ist'::timestamptz, '2024-07-04 10:00 JST'::timestamptz, '2024-07-04 10:00 bst'::timestamptz;
set time zone 'America/New_York';
select '2024-07-04 10:00 CET'::timestamptz, timestamp '2024-07-01 12:00' at time zone 'CET';
set time zone 'PST';
set time zone 'CET';
select '2024-07-04 10:00'::timestamptz, timestamptz '2024-07-01 12:00+00' at time zone 'CET';
reset time zone;
select timestamptz '2024-07-01 12:00+00' at time zone 'AET';
select timestamptz '2024-07-01 12:00+00' at time zone 'XYZ';
select timestamptz '2024-07-01 12:00+00' at time zone 'act';
reset time zone;
-- Row values: IS [NOT] NULL tests every field; rows of different widths compared are 42601.
select (1, 'a') = (1, 'a');
select (1, 2) < (1, 3);
select (1, null) = (1, 2);
select row(1, 2) is null, row(null, null) is null;
select row(1, null) is not null, row(null, null) is not null;
create table ld16_rv (a int, b text);
insert into ld16_rv values (1, 'x'), (2, null), (null, null);
select a, b, (a, b) = (1, 'x') as eq, row(a, b) is null as isn, (a, b) is not null as nn from ld16_rv order by a;
select * from ld16_rv where (a, b) > (1, 'a') order by a;
select (a, b) <> (2, 'y') from ld16_rv order by a;
select (1, 2) = (1, 2, 3);
select row(1, 2) = row(1, 2) and row(3) = row(3);
select (1, 'a') is distinct from (1, null), (1, null) is not distinct from (1, null);
-- ROWS FROM of several functions: side by side, the shorter padded with NULLs.
select * from rows from (generate_series(1, 3), unnest(array['a', 'b'])) as t(n, s);
select * from rows from (generate_series(1,2), unnest(array['a']));
select generate_series.* from rows from (generate_series(1,2), unnest(array['a']));
select t.* from rows from (generate_series(1,2), unnest(array['a'])) as t;
select n, s from rows from (generate_series(1, 3), unnest(array['a', 'b'])) as t(n, s) where s is not null order by n desc;
select * from rows from (generate_series(1,3)) as t(n);
select * from rows from (unnest(array[1,2]), generate_series(5, 7), unnest(array['x'])) as t(a, b, c);
select * from rows from (generate_series(1,2), unnest(array['a'])) as t(a, b, c);
