-- The input words 'now', 'today', 'tomorrow' and 'yesterday' read the transaction's start, in the session's
-- zone (the fourteenth session). Tables are prefixed k14_.
select 'today'::date = current_date, 'tomorrow'::date - 'yesterday'::date, 'TODAY'::date - current_date;
select 'today'::timestamp = date_trunc('day', localtimestamp), 'tomorrow'::timestamptz - 'today'::timestamptz;
select 'now'::timestamptz = now(), 'now'::timestamp = localtimestamp, ' now '::timestamptz <= clock_timestamp();
begin;
select 'now'::timestamptz = now(), 'today'::date = current_date;
commit;
create table k14_clk(d date, t timestamptz default now());
insert into k14_clk(d) values ('today'), ('yesterday');
select count(*) from k14_clk where d = 'today';
select count(*) from k14_clk where d < 'today';
select count(*) from k14_clk where d between 'yesterday' and 'tomorrow';
select 'now'::time <= localtime, 'now'::date = current_date;
set timezone = 'Pacific/Kiritimati';
select 'today'::date = current_date, 'today'::timestamptz = date_trunc('day', now());
reset timezone;
