-- The twentieth session's lead: infinite elements of numeric[] and float8[] (SQLite's JSON writes
-- them as 9e999), and the Describe-era typing of LATERAL and USING stars.
-- @must
select array[1.50, 'Infinity'::numeric];
-- @must
select array[1.50, '-Infinity'::numeric, 2.5];
-- @must
select array['Infinity'::numeric, 1.50, 2];
select array[1, 'Infinity'::float8], array['-Infinity'::float8, 2.5::float8];
select (array[1.50, 'Infinity'::numeric])[2], array_length(array[1.50, 'Infinity'::numeric], 1);
select array[1.5, 'Infinity'::numeric] = array[1.50, 'infinity'::numeric];
select * from generate_series(1, 2) g, lateral (select g * 10 as t) s order by g;
with c as (select 1 as id, 2.50 as s) select * from c join (select 1 as id, date '2024-01-02' as d) x using (id);
select null union select 1 order by 1;
