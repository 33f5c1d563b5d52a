-- Anonymous code blocks (DO) as migrations and ORMs write them (the fourteenth session): IF [NOT]
-- EXISTS over the catalog before CREATE TYPE, ADD COLUMN or DROP CONSTRAINT, several statements
-- where a later one uses what an earlier made, DECLAREd variables with SELECT … INTO, PERFORM,
-- EXECUTE, RAISE, nested blocks with EXCEPTION handlers, FOR loops over integers and rows, WHILE, and a failed
-- block leaving nothing behind, in autocommit and in a transaction block. Tables are prefixed d14_.
-- Block bodies are written on one line: the corpus ends a statement at a line ending in a semicolon.
-- @must
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'd14_mood') THEN CREATE TYPE d14_mood AS ENUM ('sad', 'ok', 'happy'); END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'd14_mood') THEN CREATE TYPE d14_mood AS ENUM ('sad', 'ok', 'happy'); END IF; END $$;
select enumlabel from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = 'd14_mood' order by enumsortorder;
-- @must
create table d14_people (id serial primary key, name text not null, m d14_mood);
-- @must
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'd14_people' AND column_name = 'age') THEN ALTER TABLE d14_people ADD COLUMN age int; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'd14_people' AND column_name = 'age') THEN ALTER TABLE d14_people ADD COLUMN age int; END IF; END $$;
select column_name, data_type from information_schema.columns where table_name = 'd14_people' order by ordinal_position;
alter table d14_people add constraint d14_age_ok check (age >= 0);
DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'd14_age_ok') THEN ALTER TABLE d14_people DROP CONSTRAINT d14_age_ok; END IF; END $$;
DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'd14_age_ok') THEN ALTER TABLE d14_people DROP CONSTRAINT d14_age_ok; ELSIF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'd14_age_pos') THEN ALTER TABLE d14_people ADD CONSTRAINT d14_age_pos CHECK (age > 0); ELSE RAISE NOTICE 'nothing to do'; END IF; END $$;
select conname from pg_constraint where conname like 'd14_age%' order by 1;
DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'd14_age_ok') THEN RAISE NOTICE 'first'; ELSIF false THEN RAISE NOTICE 'second'; ELSE ALTER TABLE d14_people DROP CONSTRAINT d14_age_pos; END IF; END $$;
select count(*) from pg_constraint where conname like 'd14_age%';
-- @must
DO $$ BEGIN CREATE TABLE d14_tags (id int primary key, label text not null); CREATE INDEX d14_tags_label ON d14_tags (label); INSERT INTO d14_tags VALUES (1, 'red'), (2, 'green'); END $$;
select indexname from pg_indexes where tablename = 'd14_tags' order by 1;
-- @must
DO $$ DECLARE n int; BEGIN SELECT count(*) INTO n FROM d14_tags; INSERT INTO d14_tags VALUES (n + 1, 'count ' || n); RAISE NOTICE 'tags: %', n; END $$;
select * from d14_tags order by id;
DO $$ DECLARE v text := 'blue'; k int := 10; BEGIN INSERT INTO d14_tags VALUES (k, v); UPDATE d14_tags SET label = upper(label) WHERE id = k; END $$;
DO $$ DECLARE lbl text; BEGIN SELECT label INTO lbl FROM d14_tags WHERE id = 99; IF lbl IS NULL AND NOT FOUND THEN INSERT INTO d14_tags VALUES (99, 'missing'); END IF; END $$;
DO $$ DECLARE a int; b text; BEGIN SELECT id, label INTO a, b FROM d14_tags ORDER BY id DESC LIMIT 1; INSERT INTO d14_tags VALUES (a + 1, b || '!'); END $$;
select * from d14_tags order by id desc limit 2;
DO $$ DECLARE n int; BEGIN UPDATE d14_tags SET label = label || '+' WHERE id < 3; GET DIAGNOSTICS n = ROW_COUNT; INSERT INTO d14_tags VALUES (200, 'updated ' || n); END $$;
DO $$ BEGIN PERFORM 1 FROM d14_tags WHERE id = 1; IF FOUND THEN INSERT INTO d14_tags VALUES (201, 'found'); END IF; PERFORM 1 FROM d14_tags WHERE id = -1; IF NOT FOUND THEN INSERT INTO d14_tags VALUES (202, 'not found'); END IF; END $$;
select * from d14_tags where id > 200 order by id;
DO $$ BEGIN EXECUTE 'CREATE TABLE d14_dyn (a int)'; EXECUTE format('INSERT INTO d14_dyn VALUES (%s), (%s)', 1, 2); END $$;
DO $$ DECLARE t text; n bigint; BEGIN FOR i IN 1..3 LOOP EXECUTE format('CREATE TABLE d14_part_%s (id int)', i); END LOOP; EXECUTE 'SELECT count(*) FROM pg_tables WHERE tablename LIKE ''d14_part_%''' INTO n; RAISE NOTICE '% parts', n; END $$;
select tablename from pg_tables where tablename like 'd14_part_%' order by 1;
DO $$ BEGIN FOR i IN 1..10 LOOP CONTINUE WHEN i % 2 = 0; EXIT WHEN i > 7; INSERT INTO d14_dyn VALUES (100 + i); END LOOP; FOR i IN REVERSE 3..1 LOOP INSERT INTO d14_dyn VALUES (200 + i); END LOOP; END $$;
select * from d14_dyn order by a;
DO $$ DECLARE r record; n int := 0; BEGIN FOR r IN SELECT id, label FROM d14_tags WHERE id < 3 ORDER BY id LOOP n := n + r.id; INSERT INTO d14_dyn VALUES (400 + r.id); RAISE NOTICE 'tag % %', r.id, r.label; END LOOP; INSERT INTO d14_dyn VALUES (500 + n); END $$;
select * from d14_dyn where a >= 400 order by a;
DO $$ DECLARE t record; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE tablename LIKE 'd14_part_%' ORDER BY 1 LOOP EXECUTE format('ALTER TABLE %I ADD COLUMN note text', t.tablename); END LOOP; END $$;
select table_name, column_name from information_schema.columns where table_name like 'd14_part_%' order by 1, 2;
DO $$ DECLARE r record; BEGIN SELECT * INTO r FROM d14_tags WHERE id = 2; INSERT INTO d14_dyn VALUES (600 + r.id); END $$;
DO $$ DECLARE r record; BEGIN INSERT INTO d14_dyn VALUES (r.id); END $$;
DO $$ DECLARE r record; BEGIN SELECT * INTO r FROM d14_tags WHERE id = 2; INSERT INTO d14_dyn VALUES (r.nope); END $$;
DO $$ DECLARE i int := 0; BEGIN WHILE i < 3 LOOP i := i + 1; INSERT INTO d14_dyn VALUES (300 + i); END LOOP; LOOP i := i - 1; EXIT WHEN i = 0; END LOOP; END $$;
-- Sequelize's enum: the one-statement block whose handler swallows duplicate_object.
DO 'BEGIN CREATE TYPE d14_mood AS ENUM (''x''); EXCEPTION WHEN duplicate_object THEN null; END';
DO $$ BEGIN INSERT INTO d14_tags VALUES (300, 'kept'); BEGIN INSERT INTO d14_tags VALUES (301, 'undone'); INSERT INTO d14_tags VALUES (1, 'dup'); EXCEPTION WHEN unique_violation THEN INSERT INTO d14_tags VALUES (302, 'handled'); END; END $$;
select * from d14_tags where id >= 300 order by id;
DO $$ BEGIN BEGIN PERFORM 1 / 0; EXCEPTION WHEN division_by_zero OR others THEN INSERT INTO d14_tags VALUES (303, sqlstate || ' ' || sqlerrm); END; END $$;
select label from d14_tags where id = 303;
DO $$ BEGIN BEGIN INSERT INTO d14_tags VALUES (1, 'dup'); EXCEPTION WHEN integrity_constraint_violation THEN INSERT INTO d14_tags VALUES (304, 'class caught'); END; END $$;
-- Failures: the whole block is taken back.
DO $$ BEGIN INSERT INTO d14_tags VALUES (400, 'gone'); INSERT INTO d14_tags VALUES (1, 'dup'); END $$;
select count(*) from d14_tags where id = 400;
DO $$ BEGIN CREATE TABLE d14_gone (a int); INSERT INTO d14_gone VALUES (1); RAISE EXCEPTION 'stop at %', 1; END $$;
select count(*) from pg_tables where tablename = 'd14_gone';
DO $$ BEGIN INSERT INTO d14_tags VALUES (401, 'gone'); RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'custom'; END $$;
DO $$ BEGIN INSERT INTO d14_tags VALUES (402, 'gone'); BEGIN RAISE EXCEPTION 'inner'; EXCEPTION WHEN unique_violation THEN NULL; END; END $$;
DO $$ BEGIN BEGIN PERFORM 1 / 0; EXCEPTION WHEN others THEN RAISE; END; END $$;
select count(*) from d14_tags where id between 400 and 499;
DO $$ BEGIN SELECT 1; END $$;
DO $$ DECLARE n int; BEGIN SELECT id INTO STRICT n FROM d14_tags; END $$;
DO $$ DECLARE n int; BEGIN SELECT id INTO STRICT n FROM d14_tags WHERE id = -5; END $$;
DO $$ DECLARE n int NOT NULL := 1; BEGIN n := NULL; END $$;
DO $$ DECLARE n CONSTANT int := 1; BEGIN n := 2; END $$;
DO $$ DECLARE n int; BEGIN n := 'abc'; END $$;
DO $$ BEGIN EXECUTE NULL; END $$;
DO $$ BEGIN INSERT INTO d14_nosuch VALUES (1); END $$;
DO $$ BEGIN IF 1 / 0 = 1 THEN NULL; END IF; END $$;
DO $$ BEGIN RAISE; END $$;
DO $$ BEGIN EXIT; END $$;
-- In a transaction block the failed block fails the transaction; ROLLBACK TO takes it back.
begin;
insert into d14_tags values (500, 'in tx');
savepoint s1;
DO $$ BEGIN INSERT INTO d14_tags VALUES (501, 'block'); PERFORM 1 / 0; END $$;
select 1;
rollback to savepoint s1;
DO $$ BEGIN INSERT INTO d14_tags VALUES (502, 'block ok'); END $$;
commit;
select * from d14_tags where id >= 500 order by id;
begin;
DO $$ BEGIN CREATE TABLE d14_txgone (a int); INSERT INTO d14_txgone VALUES (1); END $$;
select * from d14_txgone;
rollback;
select count(*) from pg_tables where tablename = 'd14_txgone';
DO $$ BEGIN INSERT INTO d14_people (name, m, age) VALUES ('ann', 'ok', 30), ('bob', 'happy', NULL); END $$;
select name, m, age from d14_people order by id;
select * from d14_tags order by id;
select * from d14_dyn order by a;
