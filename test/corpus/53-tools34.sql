-- What migration tools send (session 34), captured from PostgreSQL 15's log (log_statement =
-- 'all') while they ran against it, and read from their sources:
-- pgloader 3.6.9 loading a SQLite file (its catalog queries, CREATE TABLE with bigserial, the
-- table-name-to-OID query, index builds in savepoints, ADD PRIMARY KEY USING INDEX, foreign keys,
-- the reset-sequences DO block, the `data only, truncate, disable triggers, drop indexes` path)
-- and a CSV file (BEFORE LOAD, the target's introspection); dbmate 2.36 (create, up, down,
-- rollback, status, dump: its migrations table, its transactions, the search_path schema it
-- creates on 3F000). COPY … FROM STDIN's data is written as INSERTs; user OIDs the tools
-- inline are written as ::regclass. Then hand-written wrong inputs to the same statements.

-- pgloader's session: settings, the server's version and keywords, its catalog probes.
SET client_encoding TO 'utf8';
SET application_name TO 'pgloader';
SHOW application_name;
select version() ~ '^PostgreSQL 15\.' as is_15;
select count(*) > 400 as many, bool_and(catcode IN ('R', 'T')) from pg_get_keywords() where catcode IN ('R', 'T');
select word from pg_get_keywords() where catcode IN ('R', 'T') and word in ('select', 'table', 'user', 'order', 'offset', 'binary', 'verbose', 'column', 'limit', 'freeze');
SET work_mem TO '16MB';
SET maintenance_work_mem TO '64MB';
SHOW work_mem;
SHOW maintenance_work_mem;
select typname,
       (array_agg(amname order by amname <> 'gist', amname <> 'gin'))[1]
  from pg_type
       join pg_opclass on pg_opclass.opcintype = pg_type.oid
       join pg_am on pg_am.oid = pg_opclass.opcmethod
 where substring(typname from 1 for 1) <> '_'
       and typname in ('point', 'box', 'polygon', 'circle', 'tsvector', 'tsquery', 'jsonb', 'int4', 'text')
       and not exists
       (
         select amname
           from pg_am am
                join pg_opclass c on am.oid = c.opcmethod
                join pg_type t on c.opcintype = t.oid
          where amname = 'btree' and t.oid = pg_type.oid
       )
group by typname;
SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname IN ('public', 'pg_catalog', 'information_schema');
select current_schema();
select current_database();
SELECT name FROM unnest(pg_catalog.current_schemas(false)) as t(name);
SELECT name FROM unnest(pg_catalog.current_schemas(true)) as t(name);

-- Create tables: pgloader's DDL for SQLite's integer primary key autoincrement, real, text, blob, date.
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
SET LOCAL client_min_messages TO ERROR;
SHOW client_min_messages;
-- @must
DROP TABLE IF EXISTS s34t_authors CASCADE;
RESET client_min_messages;
SET LOCAL client_min_messages TO ERROR;
-- @must
CREATE TABLE s34t_authors
(
  id     bigserial,
  name   text,
  born   date,
  rating real,
  bio    text
);
RESET client_min_messages;
SET LOCAL client_min_messages TO ERROR;
-- @must
DROP TABLE IF EXISTS s34t_books CASCADE;
-- @must
CREATE TABLE s34t_books
(
  id        bigserial,
  author_id bigint,
  title     text,
  price     real,
  pages     bigint,
  cover     bytea,
  published date
);
-- @must
DROP TABLE IF EXISTS s34t_tags CASCADE;
-- @must
CREATE TABLE s34t_tags
(
  name   text,
  weight bigint default '1'
);
RESET client_min_messages;
select n, n::regclass::oid
  from (values ('s34t_authors'),('s34t_books'),('s34t_tags')) as t(n);
select n, n::regclass::oid = c.oid as same from (values ('s34t_authors'),('s34t_books')) as t(n) join pg_class c on c.relname = t.n;
-- @must
COMMIT;

-- COPY s34t_tags (name,weight) FROM STDIN and the others, as rows.
BEGIN;
-- @must
INSERT INTO s34t_tags (name,weight) VALUES ('a', 1), ('b', NULL);
COMMIT;
BEGIN;
-- @must
INSERT INTO s34t_authors (id,name,born,rating,bio) VALUES (1, 'Ann O''Neil', '1970-05-01', 4.5, E'line1\nline2'), (2, 'Bob "B"', NULL, NULL, E'tab\there'), (3, 'Zoë', '1999-12-31', 3.25, E'back\\slash');
COMMIT;
BEGIN;
-- @must
INSERT INTO s34t_books (id,author_id,title,price,pages,cover,published) VALUES (1, 1, 'First', 9.99, 120, '\xdeadbeef', '2020-01-02'), (2, 1, 'Second', 12.5, NULL, NULL, NULL), (3, 3, '日本語', 0.1, 7, '\x00', '2021-06-30');
COMMIT;
-- @must
SELECT id, name, born, rating, bio FROM s34t_authors ORDER BY id;
-- @must
SELECT id, author_id, title, price, pages, cover, published FROM s34t_books ORDER BY id;
-- @must
SELECT last_value, is_called FROM s34t_authors_id_seq;

-- Indexes, each in its own transaction under a savepoint (pgloader's parallel index builds).
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
savepoint pgloader;
-- @must
CREATE INDEX idx_s34t_books_author ON s34t_books (author_id);
release savepoint pgloader;
COMMIT;
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_books_pkey ON s34t_books (id);
release savepoint pgloader;
COMMIT;
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_tags_autoindex_1 ON s34t_tags (name);
release savepoint pgloader;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_books_title ON s34t_books (title);
release savepoint pgloader;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_authors_pkey ON s34t_authors (id);
release savepoint pgloader;
COMMIT;

-- Reset sequences: the statements the DO block builds, then the DO block itself.
set client_min_messages to warning;
listen s34t_seqs;
create temp table s34t_reloids(oid) as values ('s34t_authors'::regclass),('s34t_books'::regclass),('s34t_tags'::regclass);
-- @must
SELECT 'select '
        || trim(trailing ')'
           from replace(pg_get_expr(d.adbin, d.adrelid),
                        'nextval', 'setval'))
        || ', (select greatest(max(' || quote_ident(a.attname) || '), (select seqmin from pg_sequence where seqrelid = ('''
        || pg_get_serial_sequence(quote_ident(nspname) || '.' || quote_ident(relname), quote_ident(a.attname)) || ''')::regclass limit 1), 1) from only '
        || quote_ident(nspname) || '.' || quote_ident(relname) || '));' as sql
  FROM pg_class c
       JOIN pg_namespace n on n.oid = c.relnamespace
       JOIN pg_attribute a on a.attrelid = c.oid
       JOIN pg_attrdef d on d.adrelid = a.attrelid
                          and d.adnum = a.attnum
                          and a.atthasdef
 WHERE relkind = 'r' and a.attnum > 0
       and pg_get_expr(d.adbin, d.adrelid) ~ '^nextval'
       and c.oid in (select oid from s34t_reloids)
 ORDER BY relname;
-- @must
select setval('s34t_authors_id_seq'::regclass, (select greatest(max(id), (select seqmin from pg_sequence where seqrelid = ('public.s34t_authors_id_seq')::regclass limit 1), 1) from only public.s34t_authors));
-- @must
DO $$
DECLARE
  n integer := 0; r record; BEGIN
  FOR r in
       SELECT 'select ' || trim(trailing ')' from replace(pg_get_expr(d.adbin, d.adrelid), 'nextval', 'setval'))
               || ', (select greatest(max(' || quote_ident(a.attname) || '), (select seqmin from pg_sequence where seqrelid = ('''
               || pg_get_serial_sequence(quote_ident(nspname) || '.' || quote_ident(relname), quote_ident(a.attname)) || ''')::regclass limit 1), 1) from only '
               || quote_ident(nspname) || '.' || quote_ident(relname) || '));' as sql
         FROM pg_class c
              JOIN pg_namespace n on n.oid = c.relnamespace
              JOIN pg_attribute a on a.attrelid = c.oid
              JOIN pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum and a.atthasdef
        WHERE relkind = 'r' and a.attnum > 0
              and pg_get_expr(d.adbin, d.adrelid) ~ '^nextval'
              and c.oid in (select oid from s34t_reloids)
  LOOP
    n := n + 1; EXECUTE r.sql; END LOOP
  ; PERFORM pg_notify('s34t_seqs', n::text); END;
$$;
-- @must
SELECT last_value, is_called FROM s34t_authors_id_seq;
-- @must
SELECT last_value, is_called FROM s34t_books_id_seq;
-- @must
SELECT pg_get_serial_sequence('s34t_books', 'id'), pg_get_serial_sequence('public.s34t_authors', 'id');
unlisten s34t_seqs;
reset client_min_messages;

-- Primary keys on the unique indexes, then the foreign key.
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
savepoint pgloader;
-- @must
ALTER TABLE s34t_tags ADD PRIMARY KEY USING INDEX idx_s34t_tags_autoindex_1;
release savepoint pgloader;
savepoint pgloader;
-- @must
ALTER TABLE s34t_books ADD PRIMARY KEY USING INDEX idx_s34t_books_pkey;
release savepoint pgloader;
savepoint pgloader;
-- @must
ALTER TABLE s34t_authors ADD PRIMARY KEY USING INDEX idx_s34t_authors_pkey;
release savepoint pgloader;
savepoint pgloader;
-- @must
ALTER TABLE s34t_books ADD FOREIGN KEY(author_id) REFERENCES s34t_authors(id) ON UPDATE NO ACTION ON DELETE NO ACTION;
release savepoint pgloader;
SET LOCAL client_min_messages TO NOTICE;
RESET client_min_messages;
-- @must
COMMIT;
-- What the load left, as psql's \d reads it.
-- @must
SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = 's34t_books'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
-- @must
SELECT c2.relname, i.indisprimary, i.indisunique, pg_get_indexdef(i.indexrelid, 0, true), pg_get_constraintdef(con.oid, true), contype FROM pg_class c, pg_class c2, pg_index i LEFT JOIN pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x')) WHERE c.oid = 's34t_books'::regclass AND c.oid = i.indrelid AND i.indexrelid = c2.oid ORDER BY i.indisprimary DESC, c2.relname;
-- @must
SELECT conname, pg_get_constraintdef(r.oid, true) FROM pg_constraint r WHERE r.conrelid = 's34t_books'::regclass AND r.contype = 'f' ORDER BY 1;
-- @must
SELECT conname, conrelid::regclass, pg_get_constraintdef(c.oid, true) FROM pg_constraint c WHERE c.confrelid = 's34t_authors'::regclass AND c.contype = 'f' ORDER BY 1;
-- @must
SELECT a.attname, a.attnotnull FROM pg_attribute a WHERE a.attrelid = 's34t_tags'::regclass AND a.attnum > 0 ORDER BY a.attnum;

-- The dependencies pgloader's `drop indexes` follows from a primary key's index to the foreign keys on it.
-- @must
SELECT c.conname, d.refobjid::regclass, d.refobjsubid, d.deptype FROM pg_depend d JOIN pg_constraint c ON c.oid = d.objid WHERE d.classid = 'pg_constraint'::regclass AND c.conrelid IN ('s34t_books'::regclass, 's34t_authors'::regclass, 's34t_tags'::regclass) ORDER BY 1, 2::text, 3, 4;
-- @must
with pkeys(oid) as (
  values('idx_s34t_authors_pkey'::regclass::oid),('idx_s34t_books_pkey'::regclass::oid),('idx_s34t_tags_autoindex_1'::regclass::oid)
),
     knownfkeys(oid) as (
  values(-1)
),
  pkdeps as (
  select pkeys.oid, pg_depend.objid
    from pg_depend
         join pkeys on pg_depend.refobjid = pkeys.oid
   where     classid = 'pg_catalog.pg_constraint'::regclass
         and refclassid = 'pg_catalog.pg_class'::regclass
)
 select n.nspname, c.relname, nf.nspname, cf.relname as frelname,
        conname,
        pg_catalog.pg_get_constraintdef(r.oid, true) as condef,
        pkdeps.oid::regclass as index_oid
   from pg_catalog.pg_constraint r
        JOIN pkdeps on r.oid = pkdeps.objid
        JOIN pg_class c on r.conrelid = c.oid
        JOIN pg_namespace n on c.relnamespace = n.oid
        JOIN pg_class cf on r.confrelid = cf.oid
        JOIN pg_namespace nf on cf.relnamespace = nf.oid
  where NOT EXISTS (select 1 from knownfkeys where oid = r.oid);
-- @must
 select n.nspname, c.relname, nf.nspname, cf.relname as frelname,
        d.refobjid::regclass as pkey,
        conname,
        pg_catalog.pg_get_constraintdef(r.oid, true) as condef,
        (select string_agg(attname, ',')
           from pg_attribute
          where attrelid = r.conrelid
            and array[attnum::integer] <@ conkey::integer[]
        ) as conkey,
        (select string_agg(attname, ',')
           from pg_attribute
          where attrelid = r.confrelid
            and array[attnum::integer] <@ confkey::integer[]
        ) as confkey,
        confupdtype, confdeltype, confmatchtype,
        condeferrable, condeferred
   from pg_catalog.pg_constraint r
        JOIN pg_class c on r.conrelid = c.oid
        JOIN pg_namespace n on c.relnamespace = n.oid
        JOIN pg_class cf on r.confrelid = cf.oid
        JOIN pg_namespace nf on cf.relnamespace = nf.oid
        JOIN pg_depend d on d.classid = 'pg_constraint'::regclass
                        and d.objid = r.oid
                        and d.refobjsubid = 0
   where r.contype = 'f'
         AND c.relkind in ('r', 'f', 'p')
         AND cf.relkind in ('r', 'f', 'p')
         AND n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
         AND nf.nspname !~ '^pg_' and nf.nspname <> 'information_schema'
         and ((n.nspname = 'public' and c.relname ~ '^s34t_'));

-- The target's introspection (pgloader's `data only` and CSV loads read the existing tables).
-- @must
  select nspname
    from pg_namespace n
    join pg_class c on n.oid = c.relnamespace
   where c.oid = 's34t_books'::regclass;
-- @must
with seqattr as
 (
   select adrelid,
          adnum,
          pg_get_expr(d.adbin, d.adrelid) as adsrc,
          case when pg_get_expr(d.adbin, d.adrelid) ~ 'nextval'
               then substring(pg_get_expr(d.adbin, d.adrelid)
                              from '''([^'']+)'''
                    )
               else null
           end as seqname
     from pg_attrdef d
 )
    select nspname, relname, attname,
           t.oid::regtype as type,
           case when atttypmod > 0
                then substring(format_type(t.oid, atttypmod) from '\d+(?:,\d+)?')
                else null
            end as typmod,
           attnotnull,
           case when atthasdef
                then pg_get_expr(def.adbin, def.adrelid)
            end as default           ,
           case when s.seqname is not null then 'auto_increment' end as extra
      from pg_class c
           join pg_namespace n on n.oid = c.relnamespace
           left join pg_attribute a on c.oid = a.attrelid
           join pg_type t on t.oid = a.atttypid and attnum > 0
           left join pg_attrdef def on a.attrelid = def.adrelid
                                   and a.attnum = def.adnum
                                   and a.atthasdef
           left join seqattr s on def.adrelid = s.adrelid
                              and def.adnum = s.adnum

     where nspname !~ '^pg_' and n.nspname <> 'information_schema'
           and relkind in ('r', 'f', 'p')
           and ((n.nspname = 'public' and c.relname ~ '^s34t_(authors|books|tags)$'))

  order by nspname, relname, attnum;
-- @must
  select n.nspname,
         i.relname,
         rn.nspname,
         r.relname,
         indisprimary,
         indisunique,
         (select string_agg(attname, ',')
            from pg_attribute
           where attrelid = r.oid
             and array[attnum::integer] <@ indkey::integer[]
         ) as cols,
         pg_get_indexdef(indexrelid),
         c.conname,
         pg_get_constraintdef(c.oid)
    from pg_index x
         join pg_class i ON i.oid = x.indexrelid
         join pg_class r ON r.oid = x.indrelid
         join pg_namespace n ON n.oid = i.relnamespace
         join pg_namespace rn ON rn.oid = r.relnamespace
         left join pg_depend d on d.classid = 'pg_class'::regclass
                              and d.objid = i.oid
                              and d.refclassid = 'pg_constraint'::regclass
                              and d.deptype = 'i'
         left join pg_constraint c ON c.oid = d.refobjid
   where n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
         and ((rn.nspname = 'public' and r.relname ~ '^s34t_(authors|books|tags)$'))
order by n.nspname, r.relname, i.relname;
-- @must
  select nt.nspname,
         extname,
         typname,
         case when enum.enumtypid is not null
              then array_agg(enum.enumlabel order by enumsortorder)
          end as enumvalues
    from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         left join pg_attribute a on c.oid = a.attrelid and a.attnum > 0
         join pg_type t on t.oid = a.atttypid
         left join pg_namespace nt on nt.oid = t.typnamespace
         left join pg_depend d on d.classid = 'pg_type'::regclass
                              and d.refclassid = 'pg_extension'::regclass
                              and d.objid = t.oid
         left join pg_extension e on refobjid = e.oid
         left join pg_enum enum on enum.enumtypid = t.oid
   where nt.nspname !~ '^pg_' and nt.nspname <> 'information_schema'
         and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
         and c.relkind in ('r', 'f', 'p')
           and ((n.nspname = 'public' and c.relname ~ '^s34t_'))
         and
           (   t.typrelid = 0
            or
               (select c.relkind = 'c'
                 from pg_class c
                where c.oid = t.typrelid)
           )
           and not exists
             (
                select 1
                  from pg_type el
                 where el.oid = t.typelem
                   and el.typarray = t.oid
              )
group by nt.nspname, extname, typname, enumtypid
order by nt.nspname, extname, typname, enumtypid;

-- `data only, truncate, disable triggers, drop indexes`: drop the foreign key (twice: once from the
-- table's list, once from the index's dependants), the keys and indexes, truncate, load, rebuild.
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
-- @must
ALTER TABLE "public"."s34t_books" DROP CONSTRAINT IF EXISTS "s34t_books_author_id_fkey" CASCADE;
-- @must
ALTER TABLE "public"."s34t_books" DROP CONSTRAINT IF EXISTS "s34t_books_author_id_fkey" CASCADE;
-- @must
ALTER TABLE "public"."s34t_authors" DROP CONSTRAINT IF EXISTS "idx_s34t_authors_pkey";
-- @must
DROP INDEX IF EXISTS "public"."idx_s34t_books_author";
-- @must
DROP INDEX IF EXISTS "public"."idx_s34t_books_title";
-- @must
ALTER TABLE "public"."s34t_books" DROP CONSTRAINT IF EXISTS "idx_s34t_books_pkey";
-- @must
ALTER TABLE "public"."s34t_tags" DROP CONSTRAINT IF EXISTS "idx_s34t_tags_autoindex_1";
-- @must
TRUNCATE s34t_authors,s34t_books,s34t_tags;
-- @must
COMMIT;
-- @must
SELECT count(*) FROM pg_indexes WHERE tablename IN ('s34t_authors', 's34t_books', 's34t_tags');
-- @must
SELECT count(*) FROM pg_constraint WHERE conrelid IN ('s34t_authors'::regclass, 's34t_books'::regclass, 's34t_tags'::regclass);
-- @must
ALTER TABLE s34t_tags DISABLE TRIGGER ALL;
BEGIN;
-- @must
INSERT INTO s34t_tags (name,weight) VALUES ('a', 1), ('b', NULL);
COMMIT;
-- @must
ALTER TABLE s34t_tags ENABLE TRIGGER ALL;
-- @must
ALTER TABLE s34t_books DISABLE TRIGGER ALL;
BEGIN;
-- @must
INSERT INTO s34t_books (id,author_id,title,price,pages,cover,published) VALUES (1, 1, 'First', 9.99, 120, '\xdeadbeef', '2020-01-02'), (2, 1, 'Second', 12.5, NULL, NULL, NULL), (3, 3, '日本語', 0.1, 7, '\x00', '2021-06-30');
COMMIT;
-- @must
ALTER TABLE s34t_books ENABLE TRIGGER ALL;
-- @must
ALTER TABLE s34t_authors DISABLE TRIGGER ALL;
BEGIN;
-- @must
INSERT INTO s34t_authors (id,name,born,rating,bio) VALUES (1, 'Ann O''Neil', '1970-05-01', 4.5, E'line1\nline2'), (2, 'Bob "B"', NULL, NULL, E'tab\there'), (3, 'Zoë', '1999-12-31', 3.25, E'back\\slash');
COMMIT;
-- @must
ALTER TABLE s34t_authors ENABLE TRIGGER ALL;
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_tags_autoindex_1 ON public.s34t_tags USING btree (name);
release savepoint pgloader;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_books_title ON public.s34t_books USING btree (title);
release savepoint pgloader;
savepoint pgloader;
-- @must
CREATE INDEX idx_s34t_books_author ON public.s34t_books USING btree (author_id);
release savepoint pgloader;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_books_pkey ON public.s34t_books USING btree (id);
release savepoint pgloader;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_authors_pkey ON public.s34t_authors USING btree (id);
release savepoint pgloader;
-- @must
ALTER TABLE "public"."s34t_tags" ADD CONSTRAINT "idx_s34t_tags_autoindex_1" PRIMARY KEY USING INDEX "idx_s34t_tags_autoindex_1";
-- @must
ALTER TABLE "public"."s34t_books" ADD CONSTRAINT "idx_s34t_books_pkey" PRIMARY KEY USING INDEX "idx_s34t_books_pkey";
-- @must
ALTER TABLE "public"."s34t_authors" ADD CONSTRAINT "idx_s34t_authors_pkey" PRIMARY KEY USING INDEX "idx_s34t_authors_pkey";
-- @must
ALTER TABLE "public"."s34t_books" ADD CONSTRAINT "s34t_books_author_id_fkey" FOREIGN KEY (author_id) REFERENCES s34t_authors(id);
-- @must
COMMIT;
SET LOCAL client_min_messages TO ERROR;
-- @must
COMMENT ON TABLE s34t_books IS 'loaded by pgloader';
-- @must
COMMENT ON COLUMN s34t_books.cover IS 'SQLite blob';
RESET client_min_messages;
-- @must
SELECT obj_description('s34t_books'::regclass, 'pg_class'), col_description('s34t_books'::regclass, 6);
-- @must
SELECT b.title, a.name, b.cover FROM s34t_books b JOIN s34t_authors a ON a.id = b.author_id ORDER BY b.id;
-- @must
SELECT conname, contype, conindid::regclass FROM pg_constraint WHERE conrelid IN ('s34t_authors'::regclass, 's34t_books'::regclass, 's34t_tags'::regclass) ORDER BY conname;

-- A CSV file: BEFORE LOAD's DDL, the COPY's target, a numeric and a date column.
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
SET LOCAL client_min_messages TO ERROR;
-- @must
drop table if exists s34t_csv;
RESET client_min_messages;
SET LOCAL client_min_messages TO ERROR;
-- @must
create table s34t_csv (id integer primary key, name text, amount numeric, day date);
RESET client_min_messages;
COMMIT;
SET search_path TO "public";
BEGIN;
-- @must
INSERT INTO "public"."s34t_csv" ("id","name","amount","day") VALUES (1, 'alpha', 1.5, '2024-01-01'), (2, 'be,ta', NULL, '2024-02-29'), (3, 'quo"te', -3, NULL);
COMMIT;
-- @must
SELECT * FROM s34t_csv ORDER BY id;
-- @must
SELECT sum(amount), min(day), max(day), count(day) FROM s34t_csv;

-- dbmate: create, its migrations table, up in a transaction, status, rollback, down, dump.
select current_schema();
-- params: ["public","s34t_schema_migrations"]
-- @must
SELECT 1 FROM information_schema.tables WHERE  table_schema = $1 AND    table_name   = $2;
-- params: ["postgres"]
-- @must
select true from pg_database where datname = $1;
-- params: ["s34t_nodb"]
-- @must
select true from pg_database where datname = $1;
-- params: ["{public,s34t_schema_migrations}"]
-- @must
select quote_ident(unnest($1::text[]));
-- params: ["{public,S34t Mixed,select,s34t_x.y}"]
-- @must
select quote_ident(unnest($1::text[]));
-- @must
create table if not exists public.s34t_schema_migrations (version varchar primary key);
-- @must
create table if not exists public.s34t_schema_migrations (version varchar primary key);
-- params: ["public","s34t_schema_migrations"]
-- @must
SELECT 1 FROM information_schema.tables WHERE  table_schema = $1 AND    table_name   = $2;
-- @must
select version from public.s34t_schema_migrations order by version desc;
BEGIN READ WRITE;
-- @must
CREATE TABLE s34t_users (
  id bigserial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name varchar(100),
  created_at timestamp with time zone NOT NULL DEFAULT now()
);
-- @must
CREATE INDEX s34t_users_name_idx ON s34t_users (name);
-- params: ["20240101000000"]
-- @must
insert into public.s34t_schema_migrations (version) values ($1);
-- @must
COMMIT;
BEGIN READ WRITE;
-- @must
CREATE TABLE s34t_posts (
  id serial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES s34t_users(id) ON DELETE CASCADE,
  title text NOT NULL,
  body text,
  published boolean DEFAULT false,
  score numeric(6,2) CHECK (score >= 0)
);
-- @must
COMMENT ON TABLE s34t_posts IS 'Blog posts';
-- @must
CREATE VIEW s34t_published AS SELECT id, title FROM s34t_posts WHERE published;
-- params: ["20240102000000"]
-- @must
insert into public.s34t_schema_migrations (version) values ($1);
-- @must
COMMIT;
-- A migration marked transaction:false runs its statements one by one.
-- @must
CREATE TABLE s34t_dtags (name text PRIMARY KEY);
-- @must
ALTER TABLE s34t_posts ADD COLUMN tag text REFERENCES s34t_dtags(name);
-- params: ["20240103000000"]
-- @must
insert into public.s34t_schema_migrations (version) values ($1);
-- @must
select version from public.s34t_schema_migrations order by version desc;
-- @must
select quote_literal(version) from public.s34t_schema_migrations order by version asc;
-- The CHECK's and the foreign keys' dependencies, as pg_dump reads them to order its output.
-- @must
SELECT c.conname, d.refobjid::regclass, d.refobjsubid, d.deptype FROM pg_depend d JOIN pg_constraint c ON c.oid = d.objid WHERE d.classid = 'pg_constraint'::regclass AND c.conrelid IN ('s34t_posts'::regclass, 's34t_users'::regclass, 's34t_dtags'::regclass) ORDER BY 1, 2::text, 3, 4;
-- @must
SELECT classid::regclass, refclassid::regclass, deptype, count(*) FROM pg_depend WHERE objid IN (SELECT oid FROM pg_constraint WHERE conrelid = 's34t_posts'::regclass) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
-- rollback: the newest version, its down section in a transaction.
-- @must
select version from public.s34t_schema_migrations order by version desc;
-- @must
ALTER TABLE s34t_posts DROP COLUMN tag;
-- @must
DROP TABLE s34t_dtags;
-- params: ["20240103000000"]
-- @must
delete from public.s34t_schema_migrations where version = $1;
BEGIN READ WRITE;
-- @must
DROP VIEW s34t_published;
-- @must
DROP TABLE s34t_posts;
-- params: ["20240102000000"]
-- @must
delete from public.s34t_schema_migrations where version = $1;
-- @must
COMMIT;
-- @must
select quote_literal(version) from public.s34t_schema_migrations order by version asc;
-- A migration that fails rolls back whole, its version unrecorded.
BEGIN READ WRITE;
-- @must
CREATE TABLE s34t_broken (id int);
-- @must
CREATE INDEX s34t_broken_idx ON s34t_broken (missing_column);
-- params: ["20240104000000"]
-- @must
insert into public.s34t_schema_migrations (version) values ($1);
-- @must
ROLLBACK;
-- @must
SELECT to_regclass('s34t_broken'), (SELECT count(*) FROM public.s34t_schema_migrations);
-- The same version twice.
-- params: ["20240101000000"]
-- @must
insert into public.s34t_schema_migrations (version) values ($1);
-- A search_path schema that does not exist yet: 3F000, then dbmate creates it.
-- @must
create table if not exists s34t_app.schema_migrations (version varchar primary key);
-- @must
create schema if not exists s34t_app;
-- @must
create schema if not exists s34t_app;
-- @must
create table if not exists s34t_app.schema_migrations (version varchar primary key);
-- params: ["s34t_app","schema_migrations"]
-- @must
SELECT 1 FROM information_schema.tables WHERE  table_schema = $1 AND    table_name   = $2;
-- params: ["20240101000000"]
-- @must
insert into s34t_app.schema_migrations (version) values ($1);
-- @must
select quote_literal(version) from s34t_app.schema_migrations order by version asc;
-- @must
DROP SCHEMA s34t_app CASCADE;
-- dbmate create and drop.
-- @must
create database "s34t_dbmate";
-- @must
create database "s34t_dbmate";
-- params: ["s34t_dbmate"]
-- @must
select true from pg_database where datname = $1;
-- @must
drop database if exists "s34t_dbmate";
-- @must
drop database if exists "s34t_dbmate";
-- @must
drop database "s34t_dbmate";

-- Wrong inputs to what pgloader sends.
CREATE TABLE s34t_w (id integer, code text, other integer);
INSERT INTO s34t_w VALUES (1, 'a', 1), (2, NULL, 1);
CREATE INDEX s34t_w_plain ON s34t_w (id);
CREATE UNIQUE INDEX s34t_w_code ON s34t_w (code);
CREATE UNIQUE INDEX s34t_w_id ON s34t_w (id);
-- @must
ALTER TABLE s34t_w ADD PRIMARY KEY USING INDEX s34t_w_plain;
-- @must
ALTER TABLE s34t_w ADD PRIMARY KEY USING INDEX s34t_w_missing;
-- @must
ALTER TABLE s34t_w ADD PRIMARY KEY USING INDEX idx_s34t_books_title;
-- @must
ALTER TABLE s34t_w ADD PRIMARY KEY USING INDEX s34t_w_code;
-- @must
SELECT a.attname, a.attnotnull FROM pg_attribute a WHERE a.attrelid = 's34t_w'::regclass AND a.attnum > 0 ORDER BY a.attnum;
-- @must
ALTER TABLE s34t_w ADD CONSTRAINT s34t_w_uq UNIQUE USING INDEX s34t_w_code;
-- @must
ALTER TABLE s34t_w ADD CONSTRAINT s34t_w_uq2 UNIQUE USING INDEX s34t_w_code;
-- @must
ALTER TABLE s34t_w ADD CONSTRAINT s34t_w_pk PRIMARY KEY USING INDEX s34t_w_id;
-- @must
SELECT conname, contype, conindid::regclass FROM pg_constraint WHERE conrelid = 's34t_w'::regclass ORDER BY conname;
-- @must
SELECT indexrelid::regclass, indisprimary, indisunique FROM pg_index WHERE indrelid = 's34t_w'::regclass ORDER BY 1::text;
-- @must
ALTER TABLE s34t_w ADD PRIMARY KEY (other);
-- @must
CREATE UNIQUE INDEX s34t_w_other ON s34t_w (other);
-- @must
ALTER TABLE s34t_w ADD FOREIGN KEY (other) REFERENCES s34t_authors(id);
-- @must
ALTER TABLE s34t_w ADD FOREIGN KEY (code) REFERENCES s34t_authors(id);
-- @must
ALTER TABLE s34t_w ADD FOREIGN KEY (other) REFERENCES s34t_authors(name);
-- @must
INSERT INTO s34t_books (id, author_id, title) VALUES (10, 99, 'Orphan');
-- @must
TRUNCATE s34t_authors;
-- @must
select n, n::regclass::oid from (values ('s34t_authors'),('s34t_nope')) as t(n);
-- @must
create temp table s34t_reloids2(oid) as values ('s34t_authors'::regclass),('s34t_missing'::regclass);
-- @must
select setval('s34t_authors_id_seq'::regclass, 0);
-- @must
select setval('s34t_authors'::regclass, 5);
-- @must
select setval('s34t_authors_id_seq'::regclass, (select greatest(max(id), 1) from only public.s34t_csv));
-- @must
SELECT pg_get_serial_sequence('s34t_books', 'nope');
-- @must
SELECT pg_get_serial_sequence('s34t_nope', 'id');
-- @must
SELECT pg_get_serial_sequence('s34t_books', 'title');
-- @must
COPY s34t_nope (id) FROM STDIN;
-- @must
COPY s34t_tags (name, missing) FROM STDIN;
-- @must
COPY s34t_tags (name, name) FROM STDIN;
-- @must
ALTER TABLE s34t_nope DISABLE TRIGGER ALL;
-- @must
ALTER TABLE s34t_tags DISABLE TRIGGER s34t_nope;
-- @must
CREATE TABLE s34t_bad (id bigserial, x nosuchtype);
-- @must
DROP INDEX IF EXISTS "public"."idx_s34t_nope";
-- @must
DROP INDEX "public"."idx_s34t_nope";
-- @must
ALTER TABLE "public"."s34t_books" DROP CONSTRAINT "s34t_nope_fkey";
-- @must
ALTER TABLE "public"."s34t_authors" DROP CONSTRAINT IF EXISTS "idx_s34t_authors_pkey";
-- @must
ALTER TABLE "public"."s34t_authors" DROP CONSTRAINT IF EXISTS "idx_s34t_authors_pkey" CASCADE;
-- @must
SELECT conname FROM pg_constraint WHERE conrelid IN ('s34t_authors'::regclass, 's34t_books'::regclass) ORDER BY 1;
-- @must
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE;
savepoint pgloader;
-- @must
CREATE UNIQUE INDEX idx_s34t_dup ON s34t_books (author_id);
rollback to savepoint pgloader;
-- @must
CREATE INDEX idx_s34t_dup ON s34t_books (author_id);
release savepoint pgloader;
-- @must
COMMIT;
-- @must
SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 's34t_books' ORDER BY 1;
-- @must
SELECT 'x'::regclass;
-- @must
DO $$ BEGIN PERFORM pg_notify('s34t_seqs', NULL); END $$;
-- @must
SELECT pg_notify('', 'x');
-- @must
LISTEN "";

-- Clean up.
DROP TABLE s34t_w;
DROP TABLE s34t_csv;
DROP TABLE s34t_books, s34t_authors, s34t_tags;
DROP TABLE s34t_users;
DROP TABLE public.s34t_schema_migrations;
-- @must
SELECT count(*) FROM pg_class WHERE relname LIKE 's34t%';
