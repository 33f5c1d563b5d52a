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
