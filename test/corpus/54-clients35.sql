-- Statements real clients sent PostgreSQL 15, captured with log_statement = 'all' while their programs in
-- test/clients/clients35.test.ts ran (node-pg-migrate, DBD::Pg, pgcli, psqlODBC), then what they rest on.
-- Statements end with ';' at the end of a line; '-- params: [...]' runs the next one with parameters.

-- node-pg-migrate 9: up, down, redo, down to 0, under its advisory lock
-- @must
SELECT pg_try_advisory_lock(7241865325823964) AS "lockObtained";
-- @must
SET search_path TO "public";
-- @must
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations';
-- @must
CREATE TABLE "public"."pgmigrations" (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
-- @must
SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id;
-- @must
BEGIN;
-- @must
CREATE TYPE "c35m_status" AS ENUM ($pga$draft$pga$, $pga$published$pga$);
-- @must
CREATE TABLE "c35m_authors" (
  "id" serial PRIMARY KEY,
  "name" varchar(100) UNIQUE NOT NULL,
  "created_at" timestamptz DEFAULT current_timestamp NOT NULL
);
-- @must
CREATE TABLE "c35m_posts" (
  "id" serial PRIMARY KEY,
  "author_id" integer NOT NULL REFERENCES "c35m_authors" ON DELETE CASCADE,
  "title" text NOT NULL,
  "status" c35m_status DEFAULT $pga$draft$pga$,
  "body" text,
  "tags" text[] DEFAULT '{}' NOT NULL
);
-- @must
COMMENT ON TABLE "c35m_posts" IS $pga$Blog posts$pga$;
-- @must
CREATE INDEX "c35m_posts_author_id_index" ON "c35m_posts" ("author_id");
-- @must
CREATE UNIQUE INDEX "c35m_posts_status_title" ON "c35m_posts" ("status", "title");
-- @must
INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('0001_create-tables', NOW());
-- @must
ALTER TABLE "c35m_posts" RENAME "body" TO "content";
-- @must
ALTER TABLE "c35m_posts"
  ADD "score" numeric(6,2) CHECK (score >= 0);
-- @must
CREATE OR REPLACE FUNCTION "c35m_slug"("t" text)
  RETURNS text
  AS $pga$SELECT lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g'))$pga$
  IMMUTABLE
  LANGUAGE sql;
-- @must
INSERT INTO c35m_authors (name) VALUES ('Ann'), ('Bob');
-- @must
INSERT INTO c35m_posts (author_id, title, content, score, tags) SELECT id, 'Hello ' || name || '!', 'x', 1.5, ARRAY['intro', lower(name)] FROM c35m_authors ORDER BY id;
-- @must
INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('0002_rename-and-function', NOW());
-- @must
ALTER TYPE "c35m_status" ADD VALUE IF NOT EXISTS $pga$archived$pga$;
-- @must
ALTER TABLE "c35m_posts"
  ALTER "status" SET DEFAULT $pga$published$pga$;
-- @must
ALTER TABLE "c35m_posts"
  ADD CONSTRAINT "c35m_posts_title_len" CHECK (length(title) > 0);
-- @must
CREATE OR REPLACE VIEW "c35m_published" AS SELECT p.id, c35m_slug(p.title) AS slug, a.name FROM c35m_posts p JOIN c35m_authors a ON a.id = p.author_id WHERE p.status = 'published';
-- @must
UPDATE c35m_posts SET status = 'published' WHERE author_id = (SELECT min(id) FROM c35m_authors);
-- @must
INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('0003_view-and-type', NOW());
-- Up Migration
-- @must
CREATE TABLE c35m_stats (author_id integer PRIMARY KEY REFERENCES c35m_authors (id), posts integer NOT NULL);
-- @must
INSERT INTO c35m_stats SELECT author_id, count(*) FROM c35m_posts GROUP BY author_id;;
-- @must
INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('0004_backfill', NOW());
-- @must
COMMIT;
-- @must
SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased";
-- @must
SELECT pg_try_advisory_lock(7241865325823964) AS "lockObtained";
-- @must
SET search_path TO "public";
-- @must
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations';
-- @must
SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name = 'pgmigrations' AND constraint_type = 'PRIMARY KEY';
-- @must
SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id;
-- @must
BEGIN;
-- Down Migration
-- @must
DROP TABLE c35m_stats;;
-- @must
DELETE FROM "public"."pgmigrations" WHERE name='0004_backfill';
-- @must
COMMIT;
-- @must
SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased";
-- @must
SELECT pg_try_advisory_lock(7241865325823964) AS "lockObtained";
-- @must
SET search_path TO "public";
-- @must
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations';
-- @must
SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name = 'pgmigrations' AND constraint_type = 'PRIMARY KEY';
-- @must
SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id;
-- @must
BEGIN;
-- @must
DROP VIEW "c35m_published";
-- @must
ALTER TABLE "c35m_posts" DROP CONSTRAINT "c35m_posts_title_len";
-- @must
ALTER TABLE "c35m_posts"
  ALTER "status" SET DEFAULT $pga$draft$pga$;
-- @must
UPDATE c35m_posts SET status = 'draft';
-- @must
DELETE FROM "public"."pgmigrations" WHERE name='0003_view-and-type';
-- @must
COMMIT;
-- @must
SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased";
-- @must
SELECT pg_try_advisory_lock(7241865325823964) AS "lockObtained";
-- @must
SET search_path TO "public";
-- @must
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations';
-- @must
SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name = 'pgmigrations' AND constraint_type = 'PRIMARY KEY';
-- @must
SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id;
-- @must
BEGIN;
-- @must
ALTER TYPE "c35m_status" ADD VALUE IF NOT EXISTS $pga$archived$pga$;
-- @must
ALTER TABLE "c35m_posts"
  ALTER "status" SET DEFAULT $pga$published$pga$;
-- @must
ALTER TABLE "c35m_posts"
  ADD CONSTRAINT "c35m_posts_title_len" CHECK (length(title) > 0);
-- @must
CREATE OR REPLACE VIEW "c35m_published" AS SELECT p.id, c35m_slug(p.title) AS slug, a.name FROM c35m_posts p JOIN c35m_authors a ON a.id = p.author_id WHERE p.status = 'published';
-- @must
UPDATE c35m_posts SET status = 'published' WHERE author_id = (SELECT min(id) FROM c35m_authors);
-- @must
INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('0003_view-and-type', NOW());
-- Up Migration
-- @must
CREATE TABLE c35m_stats (author_id integer PRIMARY KEY REFERENCES c35m_authors (id), posts integer NOT NULL);
-- @must
INSERT INTO c35m_stats SELECT author_id, count(*) FROM c35m_posts GROUP BY author_id;;
-- @must
INSERT INTO "public"."pgmigrations" (name, run_on) VALUES ('0004_backfill', NOW());
-- @must
COMMIT;
-- @must
SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased";
-- @must
SELECT pg_try_advisory_lock(7241865325823964) AS "lockObtained";
-- @must
SET search_path TO "public";
-- @must
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'pgmigrations';
-- @must
SELECT constraint_name FROM information_schema.table_constraints WHERE table_schema = 'public' AND table_name = 'pgmigrations' AND constraint_type = 'PRIMARY KEY';
-- @must
SELECT name FROM "public"."pgmigrations" ORDER BY run_on, id;
-- @must
BEGIN;
-- Down Migration
-- @must
DROP TABLE c35m_stats;;
-- @must
DELETE FROM "public"."pgmigrations" WHERE name='0004_backfill';
-- @must
DROP VIEW "c35m_published";
-- @must
ALTER TABLE "c35m_posts" DROP CONSTRAINT "c35m_posts_title_len";
-- @must
ALTER TABLE "c35m_posts"
  ALTER "status" SET DEFAULT $pga$draft$pga$;
-- @must
UPDATE c35m_posts SET status = 'draft';
-- @must
DELETE FROM "public"."pgmigrations" WHERE name='0003_view-and-type';
-- @must
DELETE FROM c35m_posts;
-- @must
DELETE FROM c35m_authors;
-- @must
DROP FUNCTION "c35m_slug"("t" text);
-- @must
ALTER TABLE "c35m_posts"
  DROP "score";
-- @must
ALTER TABLE "c35m_posts" RENAME "content" TO "body";
-- @must
DELETE FROM "public"."pgmigrations" WHERE name='0002_rename-and-function';
-- @must
DROP TABLE "c35m_posts";
-- @must
DROP TABLE "c35m_authors";
-- @must
DROP TYPE "c35m_status";
-- @must
DELETE FROM "public"."pgmigrations" WHERE name='0001_create-tables';
-- @must
COMMIT;
-- @must
SELECT pg_advisory_unlock(7241865325823964) AS "lockReleased";

-- Perl DBI with DBD::Pg 3.16 (server-side prepares; catalog methods)
-- @must
DROP TABLE IF EXISTS c35p_lines, c35p_orders, c35p_customers;
-- @must
CREATE TABLE c35p_customers (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  tags text[] NOT NULL DEFAULT '{}',
  avatar bytea,
  joined date DEFAULT '2024-01-01'
);
-- @must
CREATE TABLE c35p_orders (
  id bigserial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES c35p_customers (id) ON DELETE CASCADE,
  total numeric(10,2) NOT NULL CHECK (total >= 0),
  placed timestamptz NOT NULL DEFAULT '2024-05-01 10:00:00+00'
);
-- @must
CREATE TABLE c35p_lines (
  order_id bigint NOT NULL REFERENCES c35p_orders (id),
  n smallint NOT NULL,
  sku varchar(20) NOT NULL,
  qty integer NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, n)
);
-- @must
CREATE INDEX c35p_orders_placed ON c35p_orders (placed);
-- @must
-- params: ["Ann", "{vip,early}", "\\x0001ff5c62696e61727927"]
INSERT INTO c35p_customers (name, tags, avatar) VALUES ($1, $2, $3);
-- params: ["c35p_customers"]
SELECT i.indisprimary,
                    COALESCE(
                        -- this takes the table name as text, not regclass
                        pg_catalog.pg_get_serial_sequence(
                            -- and pre-8.3 doesn't have a cast from regclass to text,
                            -- and pre-9.3 doesn't have format, so do it the long way
                            quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                            a.attname),
                        (SELECT replace(substring(pg_catalog.pg_get_expr(d.adbin, d.adrelid)
                                            from $r$^nextval\('(.+)'::[\w\s]+\)$$r$),
                                        -- unescape any single quotes from the default
                                        $$''$$, $$'$$)
                            FROM pg_catalog.pg_attrdef d
                            WHERE a.atthasdef
                                AND a.attrelid = d.adrelid
                                AND a.attnum = d.adnum)
                    ) AS seqname
                FROM pg_class c
                    JOIN pg_catalog.pg_namespace n ON (n.oid = c.relnamespace)
                    -- LEFT JOIN so we can distingiuish between table not found (zero rows)
                    -- and no suitable column found (at least one all-NULL row)
                    LEFT JOIN pg_catalog.pg_index i
                        ON c.oid = i.indrelid AND i.indisunique
                    LEFT JOIN pg_catalog.pg_attribute a
                        ON i.indrelid = a.attrelid AND i.indkey[0]=a.attnum
                        AND (a.atthasdef OR a.attidentity <> '')
                WHERE c.relname = $1 AND pg_catalog.pg_table_is_visible(c.oid);
-- params: ["c35p_customers_id_seq"]
SELECT pg_catalog.currval($1);
-- @must
-- params: ["Bob", "{}", null]
INSERT INTO c35p_customers (name, tags, avatar) VALUES ($1, $2, $3);
-- @must
-- params: ["Zoë O'Hara", "{\"a,b\",\"quote\\\"d\",NULL}", "\\x"]
INSERT INTO c35p_customers (name, tags, avatar) VALUES ($1, $2, $3);
-- params: ["c35p_customers_id_seq"]
SELECT pg_catalog.currval($1);
-- @must
-- params: ["1"]
SELECT id, name, tags, avatar, joined, array_length(tags, 1) AS n FROM c35p_customers WHERE id >= $1 ORDER BY id;
-- @must
SELECT name FROM c35p_customers WHERE name = 'Zoë O''Hara' OR id = '2' ORDER BY 1;
-- @must
-- params: ["40", "2"]
SELECT $1::int + $2::int AS s, $1::text AS a;
-- @must
-- params: ["1", "19.99"]
INSERT INTO c35p_orders (customer_id, total) VALUES ($1, $2) RETURNING id, placed;
-- @must
-- params: ["1", "5.01"]
INSERT INTO c35p_orders (customer_id, total) VALUES ($1, $2) RETURNING id, placed;
-- @must
-- params: ["3", "100.00"]
INSERT INTO c35p_orders (customer_id, total) VALUES ($1, $2) RETURNING id, placed;
-- params: ["c35p_orders", "public"]
SELECT i.indisprimary,
                    COALESCE(
                        -- this takes the table name as text, not regclass
                        pg_catalog.pg_get_serial_sequence(
                            -- and pre-8.3 doesn't have a cast from regclass to text,
                            -- and pre-9.3 doesn't have format, so do it the long way
                            quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                            a.attname),
                        (SELECT replace(substring(pg_catalog.pg_get_expr(d.adbin, d.adrelid)
                                            from $r$^nextval\('(.+)'::[\w\s]+\)$$r$),
                                        -- unescape any single quotes from the default
                                        $$''$$, $$'$$)
                            FROM pg_catalog.pg_attrdef d
                            WHERE a.atthasdef
                                AND a.attrelid = d.adrelid
                                AND a.attnum = d.adnum)
                    ) AS seqname
                FROM pg_class c
                    JOIN pg_catalog.pg_namespace n ON (n.oid = c.relnamespace)
                    -- LEFT JOIN so we can distingiuish between table not found (zero rows)
                    -- and no suitable column found (at least one all-NULL row)
                    LEFT JOIN pg_catalog.pg_index i
                        ON c.oid = i.indrelid AND i.indisunique
                    LEFT JOIN pg_catalog.pg_attribute a
                        ON i.indrelid = a.attrelid AND i.indkey[0]=a.attnum
                        AND (a.atthasdef OR a.attidentity <> '')
                WHERE c.relname = $1 AND n.nspname = $2;
-- params: ["c35p_orders_id_seq"]
SELECT pg_catalog.currval($1);
-- @must
SELECT c.name, count(o.id), sum(o.total), max(o.placed)
  FROM c35p_customers c LEFT JOIN c35p_orders o ON o.customer_id = c.id GROUP BY c.name ORDER BY c.name;
-- @must
-- params: ["vip", "{\"a,b\"}"]
SELECT name FROM c35p_customers WHERE $1 = ANY (tags) OR tags @> $2::text[] ORDER BY 1;
-- @must
SELECT id, name FROM c35p_customers;
-- @must
SELECT id FROM c35p_customers ORDER BY id DESC;
-- @must
begin;
-- @must
-- params: ["1"]
UPDATE c35p_orders SET total = total + 1 WHERE customer_id = $1;
-- @must
savepoint sp1;
-- @must
-- params: ["Ann"]
INSERT INTO c35p_customers (name) VALUES ($1);
-- @must
rollback to sp1;
-- @must
release sp1;
-- @must
commit;
-- @must
INSERT INTO c35p_orders (customer_id, total) VALUES (99, 1);
-- @must
INSERT INTO c35p_orders (customer_id, total) VALUES (1, -1);
-- @must
INSERT INTO c35p_customers (name) VALUES (NULL);
-- @must
SELECT nope FROM c35p_customers;
-- @must
SELECT 1/0;
-- @must
begin;
-- @must
SELECT * FROM c35p_missing;
-- @must
SELECT 1;
-- @must
rollback;
-- @must
SELECT customer_id, total FROM c35p_orders ORDER BY id;
-- @must
begin;
-- @must
DELETE FROM c35p_lines WHERE order_id = 3;
-- @must
rollback;
-- @must
SELECT count(*) FROM c35p_lines;
-- @must
SELECT * FROM (
                SELECT pg_catalog.quote_ident(pg_catalog.current_database()) AS "TABLE_CAT"
                     , pg_catalog.quote_ident(n.nspname) AS "TABLE_SCHEM"
                     , pg_catalog.quote_ident(c.relname) AS "TABLE_NAME"
                       -- any temp table or temp view is LOCAL TEMPORARY for us
                     , CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_(toast_)?temp_' THEN
                                 'LOCAL TEMPORARY'
                            WHEN c.relkind ~ 'r|p' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM TABLE'
                                      ELSE 'TABLE'
                                  END
                            WHEN c.relkind = 'v' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM VIEW'
                                      ELSE 'VIEW'
                                  END
                            WHEN c.relkind = 'm' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM MATERIALIZED VIEW'
                                      ELSE 'MATERIALIZED VIEW'
                                  END
                            WHEN c.relkind = 'f' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM FOREIGN TABLE'
                                      ELSE 'FOREIGN TABLE'
                                  END
                            ELSE 'UNKNOWN'
                         END AS "TABLE_TYPE"
                     , d.description AS "REMARKS"
                     , pg_catalog.quote_ident(t.spcname) AS "pg_tablespace_name"
                     , pg_catalog.quote_ident(pg_catalog.pg_tablespace_location(t.oid)) AS "pg_tablespace_location" ,n.nspname AS pg_schema, c.relname AS pg_table
                  FROM pg_catalog.pg_class AS c
                  LEFT JOIN pg_catalog.pg_description AS d
                       ON (c.oid = d.objoid AND c.tableoid = d.classoid AND d.objsubid = 0)
                  LEFT JOIN pg_catalog.pg_namespace n ON (n.oid = c.relnamespace)
                  LEFT JOIN pg_catalog.pg_tablespace t ON (t.oid = c.reltablespace)
                 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
					 AND NOT (pg_catalog.quote_ident(n.nspname) ~ '^pg_(toast_)?temp_' AND NOT pg_catalog.has_schema_privilege(n.nspname, 'USAGE'))
					 AND n.nspname = 'public'
					 AND c.relname LIKE 'c35p%'
                 ORDER BY "TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME"
                ) ti WHERE "TABLE_TYPE" IN ('TABLE');
SELECT * FROM (
                SELECT pg_catalog.quote_ident(pg_catalog.current_database()) AS "TABLE_CAT"
                     , pg_catalog.quote_ident(n.nspname) AS "TABLE_SCHEM"
                     , pg_catalog.quote_ident(c.relname) AS "TABLE_NAME"
                       -- any temp table or temp view is LOCAL TEMPORARY for us
                     , CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_(toast_)?temp_' THEN
                                 'LOCAL TEMPORARY'
                            WHEN c.relkind ~ 'r|p' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM TABLE'
                                      ELSE 'TABLE'
                                  END
                            WHEN c.relkind = 'v' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM VIEW'
                                      ELSE 'VIEW'
                                  END
                            WHEN c.relkind = 'm' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM MATERIALIZED VIEW'
                                      ELSE 'MATERIALIZED VIEW'
                                  END
                            WHEN c.relkind = 'f' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM FOREIGN TABLE'
                                      ELSE 'FOREIGN TABLE'
                                  END
                            ELSE 'UNKNOWN'
                         END AS "TABLE_TYPE"
                     , d.description AS "REMARKS"
                     , pg_catalog.quote_ident(t.spcname) AS "pg_tablespace_name"
                     , pg_catalog.quote_ident(pg_catalog.pg_tablespace_location(t.oid)) AS "pg_tablespace_location" ,n.nspname AS pg_schema, c.relname AS pg_table
                  FROM pg_catalog.pg_class AS c
                  LEFT JOIN pg_catalog.pg_description AS d
                       ON (c.oid = d.objoid AND c.tableoid = d.classoid AND d.objsubid = 0)
                  LEFT JOIN pg_catalog.pg_namespace n ON (n.oid = c.relnamespace)
                  LEFT JOIN pg_catalog.pg_tablespace t ON (t.oid = c.reltablespace)
                 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
					 AND NOT (pg_catalog.quote_ident(n.nspname) ~ '^pg_(toast_)?temp_' AND NOT pg_catalog.has_schema_privilege(n.nspname, 'USAGE'))
					 AND n.nspname LIKE 'pg_catalog'
					 AND c.relname LIKE 'pg_roles'
                 ORDER BY "TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME"
                ) ti WHERE "TABLE_TYPE" IN ('SYSTEM VIEW');
SELECT
                       NULL::text AS "TABLE_CAT"
                     , pg_catalog.quote_ident(n.nspname) AS "TABLE_SCHEM"
                     , NULL::text AS "TABLE_NAME"
                     , NULL::text AS "TABLE_TYPE"
                     , CASE WHEN n.nspname ~ '^pg_' THEN 'system schema' ELSE 'owned by ' || pg_catalog.pg_get_userbyid(n.nspowner) END AS "REMARKS" ,n.nspname AS pg_schema, NULL::text AS pg_table
                    FROM pg_catalog.pg_namespace n
                    ORDER BY "TABLE_SCHEM";
-- @must
SELECT "TABLE_CAT"
                         , "TABLE_SCHEM"
                         , "TABLE_NAME"
                         , "TABLE_TYPE"
                         , "REMARKS"
                    FROM
                      (SELECT NULL::text AS "TABLE_CAT"
                            , NULL::text AS "TABLE_SCHEM"
                            , NULL::text AS "TABLE_NAME") dummy_cols
                    CROSS JOIN
                      (SELECT 'TABLE'        AS "TABLE_TYPE"
                            , 'relkind ~ r|p'   AS "REMARKS"
                       UNION
                       SELECT 'SYSTEM TABLE'
                            , 'relkind ~ r|p; nspname ~ ^pg_(catalog|toast)$'
                       UNION
                       SELECT 'VIEW'
                            , 'relkind: v'
                       UNION
                       SELECT 'SYSTEM VIEW'
                            , 'relkind: v; nspname ~ ^pg_(catalog|toast)$'
                       UNION
                       SELECT 'MATERIALIZED VIEW'
                            , 'relkind: m'
                       UNION
                       SELECT 'SYSTEM MATERIALIZED VIEW'
                            , 'relkind: m; nspname ~ ^pg_(catalog|toast)$'
                       UNION
                       SELECT 'FOREIGN TABLE'
                            , 'relkind: f'
                       UNION
                       SELECT 'SYSTEM FOREIGN TABLE'
                            , 'relkind: f; nspname ~ ^pg_(catalog|toast)$'
                       UNION
                       SELECT 'LOCAL TEMPORARY'
                            , 'relkind ~ r|p; nspname ~ ^pg_(toast_)?temp') type_info
                     ORDER BY "TABLE_TYPE" ASC;
SELECT
                pg_catalog.quote_ident(pg_catalog.current_database()) AS "TABLE_CAT"
                , pg_catalog.quote_ident(n.nspname) AS "TABLE_SCHEM"
                , pg_catalog.quote_ident(c.relname) AS "TABLE_NAME"
                , pg_catalog.quote_ident(a.attname) AS "COLUMN_NAME"
                , a.atttypid AS "DATA_TYPE"
                , pg_catalog.format_type(a.atttypid, NULL) AS "TYPE_NAME"
                , a.attlen AS "COLUMN_SIZE"
                , NULL::text AS "BUFFER_LENGTH"
                , NULL::text AS "DECIMAL_DIGITS"
                , NULL::text AS "NUM_PREC_RADIX"
                , CASE a.attnotnull WHEN 't' THEN 0 ELSE 1 END AS "NULLABLE"
                , pg_catalog.col_description(a.attrelid, a.attnum) AS "REMARKS"
                , pg_catalog.pg_get_expr(af.adbin, af.adrelid) AS "COLUMN_DEF"
                , NULL::text AS "SQL_DATA_TYPE"
                , NULL::text AS "SQL_DATETIME_SUB"
                , NULL::text AS "CHAR_OCTET_LENGTH"
                , a.attnum AS "ORDINAL_POSITION"
                , CASE a.attnotnull WHEN 't' THEN 'NO' ELSE 'YES' END AS "IS_NULLABLE"
                , pg_catalog.format_type(a.atttypid, a.atttypmod) AS "pg_type"
                , '?' AS "pg_constraint"
                , n.nspname AS "pg_schema"
                , c.relname AS "pg_table"
                , a.attname AS "pg_column"
                , a.attrelid AS "pg_attrelid"
                , a.attnum AS "pg_attnum"
                , a.atttypmod AS "pg_atttypmod"
                , t.typtype AS "_pg_type_typtype"
                , t.oid AS "_pg_type_oid"
            FROM
                pg_catalog.pg_type t
                JOIN pg_catalog.pg_attribute a ON (t.oid = a.atttypid)
                JOIN pg_catalog.pg_class c ON (a.attrelid = c.oid)
                LEFT JOIN pg_catalog.pg_attrdef af ON (a.attnum = af.adnum AND a.attrelid = af.adrelid)
                JOIN pg_catalog.pg_namespace n ON (n.oid = c.relnamespace)
            WHERE
                a.attnum >= 0
                AND c.relkind IN ('r','p','v','m','f')

				AND n.nspname = 'public'
				AND c.relname LIKE 'c35p_%'
				AND a.attname LIKE '%'
            ORDER BY "TABLE_SCHEM", "TABLE_NAME", "ORDINAL_POSITION";
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_customers'::regclass AND conkey = '{1}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_customers'::regclass AND conkey = '{2}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_customers'::regclass AND conkey = '{3}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_customers'::regclass AND conkey = '{4}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_customers'::regclass AND conkey = '{5}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_orders'::regclass AND conkey = '{1}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_orders'::regclass AND conkey = '{2}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_orders'::regclass AND conkey = '{3}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 'c35p_orders'::regclass AND conkey = '{4}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 17253 AND conkey = '{1}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 17253 AND conkey = '{2}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 17253 AND conkey = '{3}';
SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE contype = 'c' AND conrelid = 17253 AND conkey = '{4}';
SELECT
                  c.oid
                , pg_catalog.quote_ident(n.nspname)
                , pg_catalog.quote_ident(c.relname)
                , pg_catalog.quote_ident(c2.relname)
                , i.indkey
                , pg_catalog.quote_ident(t.spcname)
                , pg_catalog.quote_ident(pg_catalog.pg_tablespace_location(t.oid))
                , n.nspname, c.relname, c2.relname
                , pg_catalog.quote_ident(pg_catalog.current_database())
            FROM
                pg_catalog.pg_class c
                JOIN pg_catalog.pg_index i ON (i.indrelid = c.oid)
                JOIN pg_catalog.pg_class c2 ON (c2.oid = i.indexrelid)
                LEFT JOIN pg_catalog.pg_namespace n ON (n.oid = c.relnamespace)
                LEFT JOIN pg_catalog.pg_tablespace t ON (t.oid = c.reltablespace)
            WHERE
                i.indisprimary IS TRUE
            AND c.relname = 'c35p_lines'
			AND n.nspname = 'public';
SELECT a.attnum, pg_catalog.quote_ident(a.attname) AS colname,
                pg_catalog.quote_ident(t.typname) AS typename
            FROM pg_catalog.pg_attribute a, pg_catalog.pg_type t
            WHERE a.attrelid = 'c35p_lines'::regclass
            AND a.atttypid = t.oid
            AND attnum IN (1,2);
SELECT
                  c.oid
                , pg_catalog.quote_ident(n.nspname)
                , pg_catalog.quote_ident(c.relname)
                , pg_catalog.quote_ident(c2.relname)
                , i.indkey
                , pg_catalog.quote_ident(t.spcname)
                , pg_catalog.quote_ident(pg_catalog.pg_tablespace_location(t.oid))
                , n.nspname, c.relname, c2.relname
                , pg_catalog.quote_ident(pg_catalog.current_database())
            FROM
                pg_catalog.pg_class c
                JOIN pg_catalog.pg_index i ON (i.indrelid = c.oid)
                JOIN pg_catalog.pg_class c2 ON (c2.oid = i.indexrelid)
                LEFT JOIN pg_catalog.pg_namespace n ON (n.oid = c.relnamespace)
                LEFT JOIN pg_catalog.pg_tablespace t ON (t.oid = c.reltablespace)
            WHERE
                i.indisprimary IS TRUE
            AND c.relname = 'c35p_lines'
			AND n.nspname = 'public';
SELECT a.attnum, pg_catalog.quote_ident(a.attname) AS colname,
                pg_catalog.quote_ident(t.typname) AS typename
            FROM pg_catalog.pg_attribute a, pg_catalog.pg_type t
            WHERE a.attrelid = 'c35p_lines'::regclass
            AND a.atttypid = t.oid
            AND attnum IN (1,2);
-- @must
SELECT
                pg_catalog.quote_ident(pg_catalog.current_database()),
                pg_catalog.quote_ident(uk_ns.nspname),
                pg_catalog.quote_ident(uk_class.relname),
                pg_catalog.quote_ident(uk_col.attname),
                pg_catalog.quote_ident(pg_catalog.current_database()),
                pg_catalog.quote_ident(fk_ns.nspname),
                pg_catalog.quote_ident(fk_class.relname),
                pg_catalog.quote_ident(fk_col.attname),
                colnum.i,
                CASE constr.confupdtype
                    WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 ELSE -1
                END,
                CASE constr.confdeltype
                    WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 ELSE -1
                END,
                pg_catalog.quote_ident(constr.conname), pg_catalog.quote_ident(uk_constr.conname),
                CASE
                    WHEN constr.condeferrable = 'f' THEN 7
                    WHEN constr.condeferred = 't' THEN 6
                    WHEN constr.condeferred = 'f' THEN 5
                    ELSE -1
                END,
                CASE coalesce(uk_constr.contype, 'u')
                    WHEN 'u' THEN 'UNIQUE' WHEN 'p' THEN 'PRIMARY'
                END,
                pg_catalog.quote_ident(uk_type.typname), pg_catalog.quote_ident(fk_type.typname)
            FROM pg_catalog.pg_constraint constr
                JOIN pg_catalog.pg_class uk_class ON constr.confrelid = uk_class.oid
                JOIN pg_catalog.pg_namespace uk_ns ON uk_class.relnamespace = uk_ns.oid
                JOIN pg_catalog.pg_class fk_class ON constr.conrelid = fk_class.oid
                JOIN pg_catalog.pg_namespace fk_ns ON fk_class.relnamespace = fk_ns.oid
                -- can't do unnest() until 8.4, and would need WITH ORDINALITY to get the array indices,
                -- wich isn't available until 9.4 at the earliest, so we join against a series table instead
                JOIN pg_catalog.generate_series(1, pg_catalog.current_setting('max_index_keys')::integer) colnum(i)
                    ON colnum.i <= pg_catalog.array_upper(constr.conkey,1)
                JOIN pg_catalog.pg_attribute uk_col ON uk_col.attrelid = constr.confrelid AND uk_col.attnum = constr.confkey[colnum.i]
                JOIN pg_catalog.pg_type uk_type ON uk_col.atttypid = uk_type.oid
                JOIN pg_catalog.pg_attribute fk_col ON fk_col.attrelid = constr.conrelid AND fk_col.attnum = constr.conkey[colnum.i]
                JOIN pg_catalog.pg_type fk_type ON fk_col.atttypid = fk_type.oid

                -- We can't match confkey from the fk constraint to conkey of the unique constraint,
                -- because the unique constraint might not exist or there might be more than one
                -- matching one. However, there must be at least a unique _index_ on the key
                -- columns, so we look for that; but we can't find it via pg_index, since there may
                -- again be more than one matching index.

                -- So instead, we look at pg_depend for the dependency that was created by the fk
                -- constraint. This dependency is of type 'n' (normal) and ties the pg_constraint
                -- row oid to the pg_class oid for the index relation (a single arbitrary one if
                -- more than one matching unique index existed at the time the constraint was
                -- created).  Fortunately, the constraint does not create dependencies on the
                -- referenced table itself, but on the _columns_ of the referenced table, so the
                -- index can be distinguished easily.  Then we look for another pg_depend entry,
                -- this time an 'i' (implementation) dependency from a pg_constraint oid (the unique
                -- constraint if one exists) to the index oid; but we have to allow for the
                -- possibility that this one doesn't exist.          - Andrew Gierth (RhodiumToad)

                JOIN pg_catalog.pg_depend dep ON (
                    dep.classid = 'pg_catalog.pg_constraint'::regclass
                    AND dep.objid = constr.oid
                    AND dep.objsubid = 0
                    AND dep.deptype = 'n'
                    AND dep.refclassid = 'pg_catalog.pg_class'::regclass
                    AND dep.refobjsubid=0
                )
                JOIN pg_catalog.pg_class idx ON (
                    idx.oid = dep.refobjid AND idx.relkind='i'
                )
                LEFT JOIN pg_catalog.pg_depend dep2 ON (
                    dep2.classid = 'pg_catalog.pg_class'::regclass
                    AND dep2.objid = idx.oid
                    AND dep2.objsubid = 0
                    AND dep2.deptype = 'i'
                    AND dep2.refclassid = 'pg_catalog.pg_constraint'::regclass
                    AND dep2.refobjsubid = 0
                )
                LEFT JOIN pg_catalog.pg_constraint uk_constr ON (
                    uk_constr.oid = dep2.refobjid AND uk_constr.contype IN ('p','u')
                )
            WHERE uk_class.relname = 'c35p_customers' AND uk_ns.nspname = 'public' AND fk_class.relname = 'c35p_orders' AND fk_ns.nspname = 'public'
                AND uk_class.relkind ~ 'r|p'
                AND fk_class.relkind ~ 'r|p'
                AND constr.contype = 'f'
            ORDER BY constr.conname, colnum.i;
-- @must
SELECT
                pg_catalog.quote_ident(pg_catalog.current_database()),
                pg_catalog.quote_ident(uk_ns.nspname),
                pg_catalog.quote_ident(uk_class.relname),
                pg_catalog.quote_ident(uk_col.attname),
                pg_catalog.quote_ident(pg_catalog.current_database()),
                pg_catalog.quote_ident(fk_ns.nspname),
                pg_catalog.quote_ident(fk_class.relname),
                pg_catalog.quote_ident(fk_col.attname),
                colnum.i,
                CASE constr.confupdtype
                    WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 ELSE -1
                END,
                CASE constr.confdeltype
                    WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 WHEN 'd' THEN 4 ELSE -1
                END,
                pg_catalog.quote_ident(constr.conname), pg_catalog.quote_ident(uk_constr.conname),
                CASE
                    WHEN constr.condeferrable = 'f' THEN 7
                    WHEN constr.condeferred = 't' THEN 6
                    WHEN constr.condeferred = 'f' THEN 5
                    ELSE -1
                END,
                CASE coalesce(uk_constr.contype, 'u')
                    WHEN 'u' THEN 'UNIQUE' WHEN 'p' THEN 'PRIMARY'
                END,
                pg_catalog.quote_ident(uk_type.typname), pg_catalog.quote_ident(fk_type.typname)
            FROM pg_catalog.pg_constraint constr
                JOIN pg_catalog.pg_class uk_class ON constr.confrelid = uk_class.oid
                JOIN pg_catalog.pg_namespace uk_ns ON uk_class.relnamespace = uk_ns.oid
                JOIN pg_catalog.pg_class fk_class ON constr.conrelid = fk_class.oid
                JOIN pg_catalog.pg_namespace fk_ns ON fk_class.relnamespace = fk_ns.oid
                -- can't do unnest() until 8.4, and would need WITH ORDINALITY to get the array indices,
                -- wich isn't available until 9.4 at the earliest, so we join against a series table instead
                JOIN pg_catalog.generate_series(1, pg_catalog.current_setting('max_index_keys')::integer) colnum(i)
                    ON colnum.i <= pg_catalog.array_upper(constr.conkey,1)
                JOIN pg_catalog.pg_attribute uk_col ON uk_col.attrelid = constr.confrelid AND uk_col.attnum = constr.confkey[colnum.i]
                JOIN pg_catalog.pg_type uk_type ON uk_col.atttypid = uk_type.oid
                JOIN pg_catalog.pg_attribute fk_col ON fk_col.attrelid = constr.conrelid AND fk_col.attnum = constr.conkey[colnum.i]
                JOIN pg_catalog.pg_type fk_type ON fk_col.atttypid = fk_type.oid

                -- We can't match confkey from the fk constraint to conkey of the unique constraint,
                -- because the unique constraint might not exist or there might be more than one
                -- matching one. However, there must be at least a unique _index_ on the key
                -- columns, so we look for that; but we can't find it via pg_index, since there may
                -- again be more than one matching index.

                -- So instead, we look at pg_depend for the dependency that was created by the fk
                -- constraint. This dependency is of type 'n' (normal) and ties the pg_constraint
                -- row oid to the pg_class oid for the index relation (a single arbitrary one if
                -- more than one matching unique index existed at the time the constraint was
                -- created).  Fortunately, the constraint does not create dependencies on the
                -- referenced table itself, but on the _columns_ of the referenced table, so the
                -- index can be distinguished easily.  Then we look for another pg_depend entry,
                -- this time an 'i' (implementation) dependency from a pg_constraint oid (the unique
                -- constraint if one exists) to the index oid; but we have to allow for the
                -- possibility that this one doesn't exist.          - Andrew Gierth (RhodiumToad)

                JOIN pg_catalog.pg_depend dep ON (
                    dep.classid = 'pg_catalog.pg_constraint'::regclass
                    AND dep.objid = constr.oid
                    AND dep.objsubid = 0
                    AND dep.deptype = 'n'
                    AND dep.refclassid = 'pg_catalog.pg_class'::regclass
                    AND dep.refobjsubid=0
                )
                JOIN pg_catalog.pg_class idx ON (
                    idx.oid = dep.refobjid AND idx.relkind='i'
                )
                LEFT JOIN pg_catalog.pg_depend dep2 ON (
                    dep2.classid = 'pg_catalog.pg_class'::regclass
                    AND dep2.objid = idx.oid
                    AND dep2.objsubid = 0
                    AND dep2.deptype = 'i'
                    AND dep2.refclassid = 'pg_catalog.pg_constraint'::regclass
                    AND dep2.refobjsubid = 0
                )
                LEFT JOIN pg_catalog.pg_constraint uk_constr ON (
                    uk_constr.oid = dep2.refobjid AND uk_constr.contype IN ('p','u')
                )
            WHERE fk_class.relname = 'c35p_lines' AND fk_ns.nspname = 'public'
                AND uk_class.relkind ~ 'r|p'
                AND fk_class.relkind ~ 'r|p'
                AND constr.contype = 'f'
            ORDER BY constr.conname, colnum.i;
-- params: ["c35p_orders", "public", "c35p_orders", "public", "f"]
SELECT
                    pg_catalog.current_database() AS "TABLE_CAT",
                    n.nspname                     AS "TABLE_SCHEM",
                    d.relname                     AS "TABLE_NAME",
                    NULL                          AS "NON_UNIQUE",
                    NULL                          AS "INDEX_QUALIFIER",
                    NULL                          AS "INDEX_NAME",
                    'table'                       AS "TYPE",
                    NULL                          AS "ORDINAL_POSITION",
                    NULL                          AS "COLUMN_NAME",
                    NULL                          AS "ASC_OR_DESC",
                    d.reltuples                   AS "CARDINALITY",
                    d.relpages                    AS "PAGES",
                    NULL                          AS "FILTER_CONDITION",
                    NULL                          AS "pg_expression",
                    NULL                          AS "pg_is_key_column",
                    NULL                          AS "pg_null_ordering"
                FROM   pg_catalog.pg_class d
                JOIN   pg_catalog.pg_namespace n ON n.oid = d.relnamespace
                WHERE  d.relname = $1 AND n.nspname = $2
                UNION ALL

            SELECT
                pg_catalog.current_database() AS "TABLE_CAT",
                n.nspname                     AS "TABLE_SCHEM",
                d.relname                     AS "TABLE_NAME",
                NOT(i.indisunique)            AS "NON_UNIQUE",
                NULL                          AS "INDEX_QUALIFIER",
                c.relname                     AS "INDEX_NAME",
                CASE WHEN i.indisclustered THEN 'clustered'
                     WHEN a.amname = 'btree' THEN 'btree'
                     WHEN a.amname = 'hash' THEN 'hashed'
                     ELSE 'other'
                END                           AS "TYPE",
                col.i                         AS "ORDINAL_POSITION",
                att.attname                   AS "COLUMN_NAME",

                CASE WHEN pg_catalog.pg_index_column_has_property(c.oid, col.i, 'asc') THEN 'A'
                     WHEN pg_catalog.pg_index_column_has_property(c.oid, col.i, 'desc') THEN 'D'
                END                  AS "ASC_OR_DESC",
                c.reltuples                   AS "CARDINALITY",
                c.relpages                    AS "PAGES",
                pg_catalog.pg_get_expr(i.indpred,i.indrelid)
                                              AS "FILTER_CONDITION",
                pg_catalog.pg_get_indexdef(i.indexrelid, col.i, true)
                                              AS "pg_expression",
                col.i <= i.indnkeyatts                AS "pg_is_key_column",

                CASE WHEN pg_catalog.pg_index_column_has_property(c.oid, col.i, 'nulls_first') THEN 'first'
                     WHEN pg_catalog.pg_index_column_has_property(c.oid, col.i, 'nulls_last') THEN 'last'
                END                AS "pg_null_ordering"
            FROM
                pg_catalog.pg_index i
                JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
                JOIN pg_catalog.pg_class d ON d.oid = i.indrelid
                JOIN pg_catalog.pg_am a ON a.oid = c.relam
                JOIN pg_catalog.pg_namespace n ON n.oid = d.relnamespace
                JOIN pg_catalog.generate_series(1, pg_catalog.current_setting('max_index_keys')::integer) col(i)
                     ON col.i <= i.indnatts
                LEFT JOIN pg_catalog.pg_attribute att
                     ON att.attrelid = d.oid AND att.attnum = i.indkey[col.i - 1]
            WHERE
                d.relname = $3 AND n.nspname = $4
                AND (i.indisunique OR NOT($5)) -- unique_only
            ORDER BY
                "NON_UNIQUE", "TYPE", "INDEX_QUALIFIER", "INDEX_NAME", "ORDINAL_POSITION";
-- @must
SELECT * FROM (
                SELECT pg_catalog.quote_ident(pg_catalog.current_database()) AS "TABLE_CAT"
                     , pg_catalog.quote_ident(n.nspname) AS "TABLE_SCHEM"
                     , pg_catalog.quote_ident(c.relname) AS "TABLE_NAME"
                       -- any temp table or temp view is LOCAL TEMPORARY for us
                     , CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_(toast_)?temp_' THEN
                                 'LOCAL TEMPORARY'
                            WHEN c.relkind ~ 'r|p' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM TABLE'
                                      ELSE 'TABLE'
                                  END
                            WHEN c.relkind = 'v' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM VIEW'
                                      ELSE 'VIEW'
                                  END
                            WHEN c.relkind = 'm' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM MATERIALIZED VIEW'
                                      ELSE 'MATERIALIZED VIEW'
                                  END
                            WHEN c.relkind = 'f' THEN
                                 CASE WHEN pg_catalog.quote_ident(n.nspname) ~ '^pg_' THEN
                                           'SYSTEM FOREIGN TABLE'
                                      ELSE 'FOREIGN TABLE'
                                  END
                            ELSE 'UNKNOWN'
                         END AS "TABLE_TYPE"
                     , d.description AS "REMARKS"
                     , pg_catalog.quote_ident(t.spcname) AS "pg_tablespace_name"
                     , pg_catalog.quote_ident(pg_catalog.pg_tablespace_location(t.oid)) AS "pg_tablespace_location" ,n.nspname AS pg_schema, c.relname AS pg_table
                  FROM pg_catalog.pg_class AS c
                  LEFT JOIN pg_catalog.pg_description AS d
                       ON (c.oid = d.objoid AND c.tableoid = d.classoid AND d.objsubid = 0)
                  LEFT JOIN pg_catalog.pg_namespace n ON (n.oid = c.relnamespace)
                  LEFT JOIN pg_catalog.pg_tablespace t ON (t.oid = c.reltablespace)
                 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
					 AND NOT (pg_catalog.quote_ident(n.nspname) ~ '^pg_(toast_)?temp_' AND NOT pg_catalog.has_schema_privilege(n.nspname, 'USAGE'))
					 AND n.nspname = 'public'
					 AND c.relname LIKE 'c35p%'
                 ORDER BY "TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME"
                ) ti WHERE "TABLE_TYPE" IN ('TABLE');
-- @must
/* DBD::Pg ping test v3.16.0 */;
-- @must
DROP TABLE c35p_lines, c35p_orders, c35p_customers;

-- pgcli 3.5's completion metadata and pgspecial's \d commands
-- @must
SELECT 1;
-- @must
DROP TABLE IF EXISTS c35c_items, c35c_orders, c35c_people CASCADE;
-- @must
DROP SCHEMA IF EXISTS c35c_app CASCADE;
-- @must
DROP TYPE IF EXISTS c35c_mood;
-- @must
DROP FUNCTION IF EXISTS c35c_add(integer, integer);
-- @must
CREATE TYPE c35c_mood AS ENUM ('sad', 'ok', 'happy');
-- @must
CREATE TABLE c35c_people (
    id serial PRIMARY KEY,
    "FullName" text NOT NULL,
    mood c35c_mood DEFAULT 'ok',
    born date,
    score numeric(6, 2) CHECK (score >= 0)
);
-- @must
CREATE TABLE c35c_orders (
    id bigserial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES c35c_people (id) ON DELETE CASCADE,
    placed timestamptz NOT NULL DEFAULT now(),
    note varchar(40)
);
-- @must
CREATE INDEX c35c_orders_placed ON c35c_orders (placed DESC);
-- @must
CREATE UNIQUE INDEX c35c_orders_note ON c35c_orders (person_id, note);
-- @must
CREATE SCHEMA c35c_app;
-- @must
CREATE TABLE c35c_app.c35c_items (sku text PRIMARY KEY, order_id bigint REFERENCES public.c35c_orders (id), qty int DEFAULT 1);
-- @must
CREATE VIEW c35c_busy AS SELECT p.id, p."FullName", count(o.id) AS n FROM c35c_people p JOIN c35c_orders o ON o.person_id = p.id GROUP BY p.id;
-- @must
CREATE FUNCTION c35c_add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
-- @must
INSERT INTO c35c_people ("FullName", mood, born, score) VALUES ('Ann', 'happy', '1990-01-02', 12.5), ('Bob', 'sad', NULL, NULL);
-- @must
INSERT INTO c35c_orders (person_id, placed, note) VALUES (1, '2024-01-01 10:00+00', 'first'), (1, '2024-02-01 10:00+00', 'second'), (2, '2024-03-01 10:00+00', NULL);
SELECT * FROM unnest(current_schemas(true));
SELECT  nspname
        FROM    pg_catalog.pg_namespace
        ORDER BY 1;
-- params: ["{r,p,f}"]
SELECT  n.nspname schema_name,
                c.relname table_name
        FROM    pg_catalog.pg_class c
                LEFT JOIN pg_catalog.pg_namespace n
                    ON n.oid = c.relnamespace
        WHERE   c.relkind = ANY($1)
        ORDER BY 1,2;
-- params: ["{v,m}"]
SELECT  n.nspname schema_name,
                c.relname table_name
        FROM    pg_catalog.pg_class c
                LEFT JOIN pg_catalog.pg_namespace n
                    ON n.oid = c.relnamespace
        WHERE   c.relkind = ANY($1)
        ORDER BY 1,2;
-- params: ["{r,p,f}"]
SELECT  nsp.nspname schema_name,
                        cls.relname table_name,
                        att.attname column_name,
                        att.atttypid::regtype::text type_name,
                        att.atthasdef AS has_default,
                        pg_catalog.pg_get_expr(def.adbin, def.adrelid, true) as default
                FROM    pg_catalog.pg_attribute att
                        INNER JOIN pg_catalog.pg_class cls
                            ON att.attrelid = cls.oid
                        INNER JOIN pg_catalog.pg_namespace nsp
                            ON cls.relnamespace = nsp.oid
                        LEFT OUTER JOIN pg_attrdef def
                            ON def.adrelid = att.attrelid
                            AND def.adnum = att.attnum
                WHERE   cls.relkind = ANY($1)
                        AND NOT att.attisdropped
                        AND att.attnum  > 0
                ORDER BY 1, 2, att.attnum;
-- params: ["{v,m}"]
SELECT  nsp.nspname schema_name,
                        cls.relname table_name,
                        att.attname column_name,
                        att.atttypid::regtype::text type_name,
                        att.atthasdef AS has_default,
                        pg_catalog.pg_get_expr(def.adbin, def.adrelid, true) as default
                FROM    pg_catalog.pg_attribute att
                        INNER JOIN pg_catalog.pg_class cls
                            ON att.attrelid = cls.oid
                        INNER JOIN pg_catalog.pg_namespace nsp
                            ON cls.relnamespace = nsp.oid
                        LEFT OUTER JOIN pg_attrdef def
                            ON def.adrelid = att.attrelid
                            AND def.adnum = att.attnum
                WHERE   cls.relkind = ANY($1)
                        AND NOT att.attisdropped
                        AND att.attnum  > 0
                ORDER BY 1, 2, att.attnum;
SELECT s_p.nspname AS parentschema,
                       t_p.relname AS parenttable,
                       unnest((
                        select
                            array_agg(attname ORDER BY i)
                        from
                            (select unnest(confkey) as attnum, generate_subscripts(confkey, 1) as i) x
                            JOIN pg_catalog.pg_attribute c USING(attnum)
                            WHERE c.attrelid = fk.confrelid
                        )) AS parentcolumn,
                       s_c.nspname AS childschema,
                       t_c.relname AS childtable,
                       unnest((
                        select
                            array_agg(attname ORDER BY i)
                        from
                            (select unnest(conkey) as attnum, generate_subscripts(conkey, 1) as i) x
                            JOIN pg_catalog.pg_attribute c USING(attnum)
                            WHERE c.attrelid = fk.conrelid
                        )) AS childcolumn
                FROM pg_catalog.pg_constraint fk
                JOIN pg_catalog.pg_class      t_p ON t_p.oid = fk.confrelid
                JOIN pg_catalog.pg_namespace  s_p ON s_p.oid = t_p.relnamespace
                JOIN pg_catalog.pg_class      t_c ON t_c.oid = fk.conrelid
                JOIN pg_catalog.pg_namespace  s_c ON s_c.oid = t_c.relnamespace
                WHERE fk.contype = 'f';
SELECT n.nspname schema_name,
                        p.proname func_name,
                        p.proargnames,
                        COALESCE(proallargtypes::regtype[], proargtypes::regtype[])::text[],
                        p.proargmodes,
                        prorettype::regtype::text return_type,
                        p.prokind = 'a' is_aggregate,
                        p.prokind = 'w' is_window,
                        p.proretset is_set_returning,
                        d.deptype = 'e' is_extension,
                        pg_get_expr(proargdefaults, 0) AS arg_defaults
                FROM pg_catalog.pg_proc p
                        INNER JOIN pg_catalog.pg_namespace n
                            ON n.oid = p.pronamespace
                LEFT JOIN pg_depend d ON d.objid = p.oid and d.deptype = 'e'
                WHERE p.prorettype::regtype != 'trigger'::regtype
                ORDER BY 1, 2;
SELECT n.nspname schema_name,
                           t.typname type_name
                    FROM   pg_catalog.pg_type t
                           INNER JOIN pg_catalog.pg_namespace n
                              ON n.oid = t.typnamespace
                    WHERE ( t.typrelid = 0  -- non-composite types
                            OR (  -- composite type, but not a table
                                  SELECT c.relkind = 'c'
                                  FROM pg_catalog.pg_class c
                                  WHERE c.oid = t.typrelid
                                )
                          )
                          AND NOT EXISTS( -- ignore array types
                                SELECT  1
                                FROM    pg_catalog.pg_type el
                                WHERE   el.oid = t.typelem AND el.typarray = t.oid
                              )
                          AND n.nspname <> 'pg_catalog'
                          AND n.nspname <> 'information_schema'
                    ORDER BY 1, 2;
WITH Words AS (
                SELECT regexp_split_to_table(prosrc, '\W+') AS Word, COUNT(1)
                FROM pg_catalog.pg_proc P
                JOIN pg_catalog.pg_namespace N ON N.oid = P.pronamespace
                JOIN pg_catalog.pg_language L ON L.oid = P.prolang
                WHERE L.lanname IN ('sql', 'plpgsql')
                AND N.nspname NOT IN ('pg_catalog', 'information_schema')
                GROUP BY Word
            ),
            OrderWords AS (
                SELECT Word,
                    ROW_NUMBER() OVER(PARTITION BY LOWER(Word) ORDER BY Count DESC)
                FROM Words
                WHERE Word ~* '.*[a-z].*'
            ),
            Names AS (
                --Column names
                SELECT attname AS Name
                FROM pg_catalog.pg_attribute
                UNION -- Table/view names
                SELECT relname
                FROM pg_catalog.pg_class
                UNION -- Function names
                SELECT proname
                FROM pg_catalog.pg_proc
                UNION -- Type names
                SELECT typname
                FROM pg_catalog.pg_type
                UNION -- Schema names
                SELECT nspname
                FROM pg_catalog.pg_namespace
                UNION -- Parameter names
                SELECT unnest(proargnames)
                FROM pg_proc
            )
            SELECT Word
            FROM OrderWords
            WHERE LOWER(Word) IN (SELECT Name FROM Names)
            AND Row_Number = 1;
SELECT d.datname
        FROM pg_catalog.pg_database d
        ORDER BY 1;
-- params: ["c35c_busy"]
WITH v AS (SELECT $1::pg_catalog.regclass::pg_catalog.oid AS v_oid)
        SELECT nspname, relname, relkind,
               pg_catalog.pg_get_viewdef(c.oid, true),
               array_remove(array_remove(c.reloptions,'check_option=local'),
                            'check_option=cascaded') AS reloptions,
               CASE
                 WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL'::text
                 WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'::text
                 ELSE NULL
               END AS checkoption
        FROM pg_catalog.pg_class c
        LEFT JOIN pg_catalog.pg_namespace n ON (c.relnamespace = n.oid)
        JOIN v ON (c.oid = v.v_oid);
-- params: ["c35c_add"]
WITH f AS
            (SELECT $1::pg_catalog.regproc::pg_catalog.oid AS f_oid)
        SELECT pg_catalog.pg_get_functiondef(f.f_oid)
        FROM f;
-- params: ["^(c35c_people)$"]
SELECT c.oid, n.nspname, c.relname
             FROM pg_catalog.pg_class c
             LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE pg_catalog.pg_table_is_visible(c.oid) AND c.relname OPERATOR(pg_catalog.~) $1
             ORDER BY 2,3;
SELECT c.relchecks, c.relkind, c.relhasindex,
                    c.relhasrules, c.relhastriggers, false as relhasoids,
                    '',
                    c.reltablespace,
                    CASE WHEN c.reloftype = 0 THEN ''
                        ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text
                    END,
                    c.relpersistence,
                    c.relispartition
                 FROM pg_catalog.pg_class c
                 LEFT JOIN pg_catalog.pg_class tc ON (c.reltoastrelid = tc.oid)
                 WHERE c.oid = 'c35c_people'::regclass;
SELECT a.attname,
    pg_catalog.format_type(a.atttypid, a.atttypmod)
    , (SELECT substring(pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) for 128)
                     FROM pg_catalog.pg_attrdef d
                     WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef)
                    , a.attnotnull,
(SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t
                    WHERE c.oid = a.attcollation
                    AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation,
  a.attidentity,
  a.attgenerated,
 NULL AS indexdef, NULL AS attfdwoptions FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'c35c_people'::regclass AND
    a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
SELECT c2.relname,
                                i.indisprimary,
                                i.indisunique,
                                i.indisclustered,
                                i.indisvalid,
                                pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),
                                pg_catalog.pg_get_constraintdef(con.oid, true),
                                contype,
                                condeferrable,
                                condeferred,
                                c2.reltablespace
                        FROM pg_catalog.pg_class c,
                            pg_catalog.pg_class c2,
                            pg_catalog.pg_index i
                        LEFT JOIN pg_catalog.pg_constraint con
                        ON conrelid = i.indrelid
                            AND conindid = i.indexrelid
                            AND contype IN ('p','u','x')
                        WHERE c.oid = 'c35c_people'::regclass
                            AND c.oid = i.indrelid
                            AND i.indexrelid = c2.oid
                        ORDER BY i.indisprimary DESC,
                            i.indisunique DESC,
                            c2.relname;
SELECT r.conname, pg_catalog.pg_get_constraintdef(r.oid, true)
FROM pg_catalog.pg_constraint r
WHERE r.conrelid = 'c35c_people'::regclass AND r.contype = 'c'
ORDER BY 1;
SELECT conname,
 pg_catalog.pg_get_constraintdef(r.oid, true) as condef
FROM pg_catalog.pg_constraint r
WHERE r.conrelid = 'c35c_people'::regclass AND r.contype = 'f' ORDER BY 1;
SELECT conrelid::pg_catalog.regclass, conname,
  pg_catalog.pg_get_constraintdef(c.oid, true) as condef
FROM pg_catalog.pg_constraint c
WHERE c.confrelid = 'c35c_people'::regclass AND c.contype = 'f' ORDER BY 1;
SELECT t.tgname,
                        pg_catalog.pg_get_triggerdef(t.oid, true),
                        t.tgenabled
                   FROM pg_catalog.pg_trigger t
                   WHERE t.tgrelid = 'c35c_people'::regclass AND NOT t.tgisinternal
                   ORDER BY 1;
SELECT c.oid::pg_catalog.regclass
FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i
WHERE c.oid = i.inhparent
  AND i.inhrelid = 'c35c_people'::regclass
ORDER BY inhseqno;
SELECT c.oid::pg_catalog.regclass
                        FROM pg_catalog.pg_class c,
                            pg_catalog.pg_inherits i
                        WHERE c.oid = i.inhrelid
                            AND i.inhparent = 'c35c_people'::regclass
                        ORDER BY c.oid::pg_catalog.regclass::pg_catalog.text;
-- params: ["^(c35c_orders)$"]
SELECT c.oid, n.nspname, c.relname
             FROM pg_catalog.pg_class c
             LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE pg_catalog.pg_table_is_visible(c.oid) AND c.relname OPERATOR(pg_catalog.~) $1
             ORDER BY 2,3;
SELECT c.relchecks, c.relkind, c.relhasindex,
                    c.relhasrules, c.relhastriggers, false as relhasoids,
                    '',
                    c.reltablespace,
                    CASE WHEN c.reloftype = 0 THEN ''
                        ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text
                    END,
                    c.relpersistence,
                    c.relispartition
                 FROM pg_catalog.pg_class c
                 LEFT JOIN pg_catalog.pg_class tc ON (c.reltoastrelid = tc.oid)
                 WHERE c.oid = 'c35c_orders'::regclass;
SELECT a.attname,
    pg_catalog.format_type(a.atttypid, a.atttypmod)
    , (SELECT substring(pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) for 128)
                     FROM pg_catalog.pg_attrdef d
                     WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef)
                    , a.attnotnull,
(SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t
                    WHERE c.oid = a.attcollation
                    AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation,
  a.attidentity,
  a.attgenerated,
 NULL AS indexdef, NULL AS attfdwoptions FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'c35c_orders'::regclass AND
    a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
SELECT c2.relname,
                                i.indisprimary,
                                i.indisunique,
                                i.indisclustered,
                                i.indisvalid,
                                pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),
                                pg_catalog.pg_get_constraintdef(con.oid, true),
                                contype,
                                condeferrable,
                                condeferred,
                                c2.reltablespace
                        FROM pg_catalog.pg_class c,
                            pg_catalog.pg_class c2,
                            pg_catalog.pg_index i
                        LEFT JOIN pg_catalog.pg_constraint con
                        ON conrelid = i.indrelid
                            AND conindid = i.indexrelid
                            AND contype IN ('p','u','x')
                        WHERE c.oid = 'c35c_orders'::regclass
                            AND c.oid = i.indrelid
                            AND i.indexrelid = c2.oid
                        ORDER BY i.indisprimary DESC,
                            i.indisunique DESC,
                            c2.relname;
SELECT conname,
 pg_catalog.pg_get_constraintdef(r.oid, true) as condef
FROM pg_catalog.pg_constraint r
WHERE r.conrelid = 'c35c_orders'::regclass AND r.contype = 'f' ORDER BY 1;
SELECT conrelid::pg_catalog.regclass, conname,
  pg_catalog.pg_get_constraintdef(c.oid, true) as condef
FROM pg_catalog.pg_constraint c
WHERE c.confrelid = 'c35c_orders'::regclass AND c.contype = 'f' ORDER BY 1;
SELECT t.tgname,
                        pg_catalog.pg_get_triggerdef(t.oid, true),
                        t.tgenabled
                   FROM pg_catalog.pg_trigger t
                   WHERE t.tgrelid = 'c35c_orders'::regclass AND NOT t.tgisinternal
                   ORDER BY 1;
SELECT c.oid::pg_catalog.regclass
FROM pg_catalog.pg_class c, pg_catalog.pg_inherits i
WHERE c.oid = i.inhparent
  AND i.inhrelid = 'c35c_orders'::regclass
ORDER BY inhseqno;
SELECT c.oid::pg_catalog.regclass
                        FROM pg_catalog.pg_class c,
                            pg_catalog.pg_inherits i
                        WHERE c.oid = i.inhrelid
                            AND i.inhparent = 'c35c_orders'::regclass
                        ORDER BY c.oid::pg_catalog.regclass::pg_catalog.text;
-- params: ["^(c35c_busy)$"]
SELECT c.oid, n.nspname, c.relname
             FROM pg_catalog.pg_class c
             LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE pg_catalog.pg_table_is_visible(c.oid) AND c.relname OPERATOR(pg_catalog.~) $1
             ORDER BY 2,3;
SELECT c.relchecks, c.relkind, c.relhasindex,
                    c.relhasrules, c.relhastriggers, false as relhasoids,
                    pg_catalog.array_to_string(c.reloptions || array(select
        'toast.' || x from pg_catalog.unnest(tc.reloptions) x), ', '),
                    c.reltablespace,
                    CASE WHEN c.reloftype = 0 THEN ''
                        ELSE c.reloftype::pg_catalog.regtype::pg_catalog.text
                    END,
                    c.relpersistence,
                    c.relispartition
                 FROM pg_catalog.pg_class c
                 LEFT JOIN pg_catalog.pg_class tc ON (c.reltoastrelid = tc.oid)
                 WHERE c.oid = 'c35c_busy'::regclass;
SELECT a.attname,
    pg_catalog.format_type(a.atttypid, a.atttypmod)
    , (SELECT substring(pg_catalog.pg_get_expr(d.adbin, d.adrelid, true) for 128)
                     FROM pg_catalog.pg_attrdef d
                     WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef)
                    , a.attnotnull,
(SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t
                    WHERE c.oid = a.attcollation
                    AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation,
  a.attidentity,
  a.attgenerated,
 NULL AS indexdef, NULL AS attfdwoptions, a.attstorage,
  pg_catalog.col_description(a.attrelid, a.attnum) FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'c35c_busy'::regclass AND
    a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum;
SELECT pg_catalog.pg_get_viewdef('c35c_busy'::regclass::pg_catalog.oid, true);
SELECT r.rulename, trim(trailing ';' from pg_catalog.pg_get_ruledef(r.oid, true))
FROM pg_catalog.pg_rewrite r
WHERE r.ev_class = 'c35c_busy'::regclass AND r.rulename != '_RETURN' ORDER BY 1;
-- params: ["{r,p,\"\"}", "^(c35c_.*)$"]
SELECT n.nspname as "Schema",
                    c.relname as "Name",
                    CASE c.relkind
                      WHEN 'r' THEN 'table' WHEN 'v' THEN 'view'
                      WHEN 'p' THEN 'partitioned table'
                      WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index'
                      WHEN 'S' THEN 'sequence' WHEN 's' THEN 'special'
                      WHEN 'f' THEN 'foreign table' END
                    as "Type",
                    pg_catalog.pg_get_userbyid(c.relowner) as "Owner"

            FROM    pg_catalog.pg_class c
                    LEFT JOIN pg_catalog.pg_namespace n
                      ON n.oid = c.relnamespace
            WHERE   c.relkind = ANY($1)
            AND n.nspname <> 'pg_catalog'
            AND n.nspname <> 'information_schema'
            AND n.nspname !~ '^pg_toast'
            AND pg_catalog.pg_table_is_visible(c.oid)  AND c.relname ~ $2 ORDER BY 1, 2;
-- params: ["{r,p,\"\"}", "^(c35c_app)$", "^(.*)$"]
SELECT n.nspname as "Schema",
                    c.relname as "Name",
                    CASE c.relkind
                      WHEN 'r' THEN 'table' WHEN 'v' THEN 'view'
                      WHEN 'p' THEN 'partitioned table'
                      WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index'
                      WHEN 'S' THEN 'sequence' WHEN 's' THEN 'special'
                      WHEN 'f' THEN 'foreign table' END
                    as "Type",
                    pg_catalog.pg_get_userbyid(c.relowner) as "Owner"

            FROM    pg_catalog.pg_class c
                    LEFT JOIN pg_catalog.pg_namespace n
                      ON n.oid = c.relnamespace
            WHERE   c.relkind = ANY($1)  AND n.nspname ~ $2 AND c.relname ~ $3 ORDER BY 1, 2;
-- params: ["{v,s,\"\"}", "^(c35c_.*)$"]
SELECT n.nspname as "Schema",
                    c.relname as "Name",
                    CASE c.relkind
                      WHEN 'r' THEN 'table' WHEN 'v' THEN 'view'
                      WHEN 'p' THEN 'partitioned table'
                      WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index'
                      WHEN 'S' THEN 'sequence' WHEN 's' THEN 'special'
                      WHEN 'f' THEN 'foreign table' END
                    as "Type",
                    pg_catalog.pg_get_userbyid(c.relowner) as "Owner"

            FROM    pg_catalog.pg_class c
                    LEFT JOIN pg_catalog.pg_namespace n
                      ON n.oid = c.relnamespace
            WHERE   c.relkind = ANY($1)
            AND n.nspname <> 'pg_catalog'
            AND n.nspname <> 'information_schema'
            AND n.nspname !~ '^pg_toast'
            AND pg_catalog.pg_table_is_visible(c.oid)  AND c.relname ~ $2 ORDER BY 1, 2;
-- params: ["{i,s,\"\"}", "^(c35c_.*)$"]
SELECT n.nspname as "Schema",
                    c.relname as "Name",
                    CASE c.relkind
                      WHEN 'r' THEN 'table' WHEN 'v' THEN 'view'
                      WHEN 'p' THEN 'partitioned table'
                      WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index'
                      WHEN 'S' THEN 'sequence' WHEN 's' THEN 'special'
                      WHEN 'f' THEN 'foreign table' END
                    as "Type",
                    pg_catalog.pg_get_userbyid(c.relowner) as "Owner"

            FROM    pg_catalog.pg_class c
                    LEFT JOIN pg_catalog.pg_namespace n
                      ON n.oid = c.relnamespace
            WHERE   c.relkind = ANY($1)
            AND n.nspname <> 'pg_catalog'
            AND n.nspname <> 'information_schema'
            AND n.nspname !~ '^pg_toast'
            AND pg_catalog.pg_table_is_visible(c.oid)  AND c.relname ~ $2 ORDER BY 1, 2;
-- params: ["{S,s,\"\"}", "^(c35c_.*)$"]
SELECT n.nspname as "Schema",
                    c.relname as "Name",
                    CASE c.relkind
                      WHEN 'r' THEN 'table' WHEN 'v' THEN 'view'
                      WHEN 'p' THEN 'partitioned table'
                      WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index'
                      WHEN 'S' THEN 'sequence' WHEN 's' THEN 'special'
                      WHEN 'f' THEN 'foreign table' END
                    as "Type",
                    pg_catalog.pg_get_userbyid(c.relowner) as "Owner"

            FROM    pg_catalog.pg_class c
                    LEFT JOIN pg_catalog.pg_namespace n
                      ON n.oid = c.relnamespace
            WHERE   c.relkind = ANY($1)
            AND n.nspname <> 'pg_catalog'
            AND n.nspname <> 'information_schema'
            AND n.nspname !~ '^pg_toast'
            AND pg_catalog.pg_table_is_visible(c.oid)  AND c.relname ~ $2 ORDER BY 1, 2;
-- params: ["^(c35c_.*)$"]
SELECT n.nspname AS "Name",
    pg_catalog.pg_get_userbyid(n.nspowner) AS "Owner"
    FROM pg_catalog.pg_namespace n WHERE n.nspname ~ $1 ORDER BY 1;
-- params: ["^(c35c_.*)$"]
SELECT n.nspname as "Schema",
                    pg_catalog.format_type(t.oid, NULL) AS "Name",   pg_catalog.obj_description(t.oid, 'pg_type')
                        as "Description"   FROM    pg_catalog.pg_type t
                            LEFT JOIN pg_catalog.pg_namespace n
                              ON n.oid = t.typnamespace
                    WHERE   (t.typrelid = 0 OR
                              ( SELECT c.relkind = 'c'
                                FROM pg_catalog.pg_class c
                                WHERE c.oid = t.typrelid))
                            AND NOT EXISTS(
                                SELECT 1
                                FROM pg_catalog.pg_type el
                                WHERE el.oid = t.typelem
                                      AND el.typarray = t.oid)  AND pg_catalog.pg_type_is_visible(t.oid)  AND (t.typname ~ $1
                        OR pg_catalog.format_type(t.oid, NULL) ~ $1)  ORDER BY 1, 2;
-- params: ["^(c35c_.*)$"]
SELECT  n.nspname as "Schema",
                    p.proname as "Name",
                    pg_catalog.pg_get_function_result(p.oid)
                      as "Result data type",
                    pg_catalog.pg_get_function_arguments(p.oid)
                      as "Argument data types",
                     CASE
                        WHEN p.prokind = 'a' THEN 'agg'
                        WHEN p.prokind = 'w' THEN 'window'
                        WHEN p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype
                            THEN 'trigger'
                        ELSE 'normal'
                    END as "Type"
            FROM    pg_catalog.pg_proc p
                    LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace

            WHERE   pg_catalog.pg_function_is_visible(p.oid)  AND p.proname ~ $1  ORDER BY 1, 2, 4;
-- params: ["^(plpgsql)$"]
SELECT e.extname AS "Name",
             e.extversion AS "Version",
             n.nspname AS "Schema",
             c.description AS "Description"
      FROM pg_catalog.pg_extension e
           LEFT JOIN pg_catalog.pg_namespace n
             ON n.oid = e.extnamespace
           LEFT JOIN pg_catalog.pg_description c
             ON c.objoid = e.oid
                AND c.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass
      WHERE e.extname ~ $1 ORDER BY 1, 2;
-- params: ["^(postgres)$"]
SELECT r.rolname,
                r.rolsuper,
                r.rolinherit,
                r.rolcreaterole,
                r.rolcreatedb,
                r.rolcanlogin,
                r.rolconnlimit,
                r.rolvaliduntil,
                ARRAY(SELECT b.rolname FROM pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles b ON (m.roleid = b.oid) WHERE m.member = r.oid) as memberof,

            r.rolreplication
        FROM pg_catalog.pg_roles r
        WHERE r.rolname ~ $1 ORDER BY 1;
-- params: ["^(c35c_nope)$"]
SELECT c.oid, n.nspname, c.relname
             FROM pg_catalog.pg_class c
             LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             WHERE pg_catalog.pg_table_is_visible(c.oid) AND c.relname OPERATOR(pg_catalog.~) $1
             ORDER BY 2,3;
-- @must
SELECT "FullName", mood, born, score FROM c35c_people ORDER BY id;
-- @must
SELECT c35c_add(2, 3) AS five;
-- @must
SELECT count(*) FROM c35c_orders;
-- @must
INSERT INTO c35c_people ("FullName") VALUES ('Cy');
-- @must
UPDATE c35c_people SET score = 1 WHERE score IS NULL;
-- @must
SELECT * FROM c35c_missing;
-- @must
INSERT INTO c35c_orders (person_id) VALUES (99);
-- @must
DROP SCHEMA c35c_app CASCADE;
-- @must
DROP VIEW c35c_busy;
-- @must
DROP TABLE c35c_orders, c35c_people;
-- @must
DROP TYPE c35c_mood;
-- @must
DROP FUNCTION c35c_add(integer, integer);

-- psqlODBC under pyodbc: startup, SQLTables/SQLColumns/SQLPrimaryKeys/SQLForeignKeys/SQLStatistics
-- @must
SET DateStyle = 'ISO';SET extra_float_digits = 2;show transaction_isolation;
select oid, typbasetype from pg_type where typname = 'lo';
-- @must
DROP TABLE IF EXISTS c35o_lines, c35o_orders, c35o_customers;
-- @must
DROP VIEW IF EXISTS c35o_big;
-- @must
CREATE TABLE c35o_customers (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL UNIQUE,
    balance numeric(12, 2) DEFAULT 0,
    active boolean NOT NULL DEFAULT true,
    born date,
    seen timestamp,
    photo bytea,
    note text
);
-- @must
CREATE TABLE c35o_orders (
    id bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES c35o_customers (id) ON DELETE CASCADE ON UPDATE RESTRICT,
    total double precision,
    qty smallint CHECK (qty > 0)
);
-- @must
CREATE TABLE c35o_lines (order_id bigint REFERENCES c35o_orders, n int, sku char(8), PRIMARY KEY (order_id, n));
-- @must
CREATE INDEX c35o_orders_total ON c35o_orders (total);
-- @must
CREATE UNIQUE INDEX c35o_orders_cq ON c35o_orders (customer_id, qty);
-- @must
CREATE VIEW c35o_big AS SELECT id, total FROM c35o_orders WHERE total > 100;
-- @must
-- params: ["Ann", "10.50", "t", "1990-01-02", "2024-05-01 12:30:15", "\\x0001ff", "hello"]
INSERT INTO c35o_customers (name, balance, active, born, seen, photo, note) VALUES ($1, $2, $3, $4, $5, $6, $7);
-- @must
-- params: ["Bob", "-3.25", "f", null, null, null, null]
INSERT INTO c35o_customers (name, balance, active, born, seen, photo, note) VALUES ($1, $2, $3, $4, $5, $6, $7);
-- @must
-- params: ["Zoë", "0", "t", "2000-02-29", "2024-01-01 00:00:00", "\\x", "it's"]
INSERT INTO c35o_customers (name, balance, active, born, seen, photo, note) VALUES ($1, $2, $3, $4, $5, $6, $7);
-- @must
-- params: ["1", "150.5", "2"]
INSERT INTO c35o_orders (customer_id, total, qty) VALUES ($1, $2, $3);
-- @must
-- params: ["1", "20", "1"]
INSERT INTO c35o_orders (customer_id, total, qty) VALUES ($1, $2, $3);
-- @must
-- params: ["3", null, "5"]
INSERT INTO c35o_orders (customer_id, total, qty) VALUES ($1, $2, $3);
-- @must
-- params: ["1"]
UPDATE c35o_orders SET qty = qty + 1 WHERE customer_id = $1;
-- @must
-- params: ["1"]
SELECT * FROM c35o_customers WHERE id >= $1 ORDER BY id;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.oid = 17331) inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
-- @must
-- params: ["%"]
SELECT c.name, count(o.id), sum(o.total) FROM c35o_customers c LEFT JOIN c35o_orders o ON o.customer_id = c.id WHERE c.name LIKE $1 GROUP BY c.name ORDER BY 1;
-- @must
SELECT * FROM c35o_big;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.oid = 17368) inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
-- @must
-- params: ["a", "b", "41"]
SELECT $1 || $2, $3 + 1;
-- @must
BEGIN;DELETE FROM c35o_orders;
-- @must
ROLLBACK;
-- @must
BEGIN;UPDATE c35o_customers SET note = 'committed' WHERE id = 2;
-- @must
COMMIT;
-- @must
SELECT count(*) FROM c35o_orders;
-- @must
-- params: ["Ann"]
INSERT INTO c35o_customers (name) VALUES ($1);
-- @must
-- params: ["99", "1"]
INSERT INTO c35o_orders (customer_id, qty) VALUES ($1, $2);
-- @must
-- params: ["1", "0"]
INSERT INTO c35o_orders (customer_id, qty) VALUES ($1, $2);
-- @must
SELECT nope FROM c35o_customers;
-- @must
SELECT 1/0;
-- @must
SELECT * FROM c35o_missing;
-- @must
select relname, nspname, relkind from pg_catalog.pg_class c, pg_catalog.pg_namespace n where relkind in ('r', 'v', 'm', 'f', 'p') and nspname like 'public' and relname like 'c35o_%' and nspname not in ('pg_catalog', 'information_schema', 'pg_toast', 'pg_temp_1') and n.oid = relnamespace order by nspname, relname;
-- @must
select current_schema();
-- @must
select relname, nspname, relkind from pg_catalog.pg_class c, pg_catalog.pg_namespace n where relkind in ('r', 'v', 'm', 'f', 'p') and nspname like 'public' and relname like 'c35o_%' and nspname not in ('pg_catalog', 'information_schema', 'pg_toast', 'pg_temp_1') and n.oid = relnamespace order by nspname, relname;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.relname like 'c35o_customers' and n.nspname like 'public') inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.relname like 'c35o_orders' and n.nspname like 'public') inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
-- @must
select ta.attname, ia.attnum, ic.relname, n.nspname, tc.relname from pg_catalog.pg_attribute ta, pg_catalog.pg_attribute ia, pg_catalog.pg_class tc, pg_catalog.pg_index i, pg_catalog.pg_namespace n, pg_catalog.pg_class ic where tc.relname = 'c35o_lines' AND n.nspname = 'public' AND tc.oid = i.indrelid AND n.oid = tc.relnamespace AND i.indisprimary = 't' AND ia.attrelid = i.indexrelid AND ta.attrelid = i.indrelid AND ta.attnum = i.indkey[ia.attnum-1] AND (NOT ta.attisdropped) AND (NOT ia.attisdropped) AND ic.oid = i.indexrelid order by ia.attnum;
-- @must
select	'postgres'::name as "PKTABLE_CAT",
	n2.nspname as "PKTABLE_SCHEM",
	c2.relname as "PKTABLE_NAME",
	a2.attname as "PKCOLUMN_NAME",
	'postgres'::name as "FKTABLE_CAT",
	n1.nspname as "FKTABLE_SCHEM",
	c1.relname as "FKTABLE_NAME",
	a1.attname as "FKCOLUMN_NAME",
	i::int2 as "KEY_SEQ",
	case ref.confupdtype
		when 'c' then 0::int2
		when 'n' then 2::int2
		when 'd' then 4::int2
		when 'r' then 1::int2
		else 3::int2
	end as "UPDATE_RULE",
	case ref.confdeltype
		when 'c' then 0::int2
		when 'n' then 2::int2
		when 'd' then 4::int2
		when 'r' then 1::int2
		else 3::int2
	end as "DELETE_RULE",
	ref.conname as "FK_NAME",
	cn.conname as "PK_NAME",
	case
		when ref.condeferrable then
			case
			when ref.condeferred then 5::int2
			else 6::int2
			end
		else 7::int2
	end as "DEFERRABILITY"
 from
 ((((((( (select cn.oid, conrelid, conkey, confrelid, confkey,
	 generate_series(array_lower(conkey, 1), array_upper(conkey, 1)) as i,
	 confupdtype, confdeltype, conname,
	 condeferrable, condeferred
  from pg_catalog.pg_constraint cn,
	pg_catalog.pg_class c,
	pg_catalog.pg_namespace n
  where contype = 'f'
   and  conrelid = c.oid
   and  relname = 'c35o_orders'
   and  n.oid = c.relnamespace
   and  n.nspname = 'public'
 ) ref
 inner join pg_catalog.pg_class c1
  on c1.oid = ref.conrelid)
 inner join pg_catalog.pg_namespace n1
  on  n1.oid = c1.relnamespace)
 inner join pg_catalog.pg_attribute a1
  on  a1.attrelid = c1.oid
  and  a1.attnum = conkey[i])
 inner join pg_catalog.pg_class c2
  on  c2.oid = ref.confrelid)
 inner join pg_catalog.pg_namespace n2
  on  n2.oid = c2.relnamespace)
 inner join pg_catalog.pg_attribute a2
  on  a2.attrelid = c2.oid
  and  a2.attnum = confkey[i])
 left outer join pg_catalog.pg_constraint cn
  on cn.conrelid = ref.confrelid
  and cn.contype = 'p')
  order by ref.oid, ref.i;
-- @must
show max_identifier_length;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.oid = 2615) inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.oid = 1259) inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.oid = 1249) inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.oid = 2606) inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
-- @must
select	'postgres'::name as "PKTABLE_CAT",
	n2.nspname as "PKTABLE_SCHEM",
	c2.relname as "PKTABLE_NAME",
	a2.attname as "PKCOLUMN_NAME",
	'postgres'::name as "FKTABLE_CAT",
	n1.nspname as "FKTABLE_SCHEM",
	c1.relname as "FKTABLE_NAME",
	a1.attname as "FKCOLUMN_NAME",
	i::int2 as "KEY_SEQ",
	case ref.confupdtype
		when 'c' then 0::int2
		when 'n' then 2::int2
		when 'd' then 4::int2
		when 'r' then 1::int2
		else 3::int2
	end as "UPDATE_RULE",
	case ref.confdeltype
		when 'c' then 0::int2
		when 'n' then 2::int2
		when 'd' then 4::int2
		when 'r' then 1::int2
		else 3::int2
	end as "DELETE_RULE",
	ref.conname as "FK_NAME",
	cn.conname as "PK_NAME",
	case
		when ref.condeferrable then
			case
			when ref.condeferred then 5::int2
			else 6::int2
			end
		else 7::int2
	end as "DEFERRABILITY"
 from
 ((((((( (select cn.oid, conrelid, conkey, confrelid, confkey,
	 generate_series(array_lower(conkey, 1), array_upper(conkey, 1)) as i,
	 confupdtype, confdeltype, conname,
	 condeferrable, condeferred
  from pg_catalog.pg_constraint cn,
	pg_catalog.pg_class c,
	pg_catalog.pg_namespace n
  where contype = 'f'
   and  confrelid = c.oid
   and  relname = 'c35o_orders'
   and  n.oid = c.relnamespace
   and  n.nspname = 'public'
 ) ref
 inner join pg_catalog.pg_class c1
  on c1.oid = ref.conrelid)
 inner join pg_catalog.pg_namespace n1
  on  n1.oid = c1.relnamespace)
 inner join pg_catalog.pg_attribute a1
  on  a1.attrelid = c1.oid
  and  a1.attnum = conkey[i])
 inner join pg_catalog.pg_class c2
  on  c2.oid = ref.confrelid)
 inner join pg_catalog.pg_namespace n2
  on  n2.oid = c2.relnamespace)
 inner join pg_catalog.pg_attribute a2
  on  a2.attrelid = c2.oid
  and  a2.attnum = confkey[i])
 left outer join pg_catalog.pg_constraint cn
  on cn.conrelid = ref.confrelid
  and cn.contype = 'p')
  order by ref.oid, ref.i;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.relname = 'c35o_orders' and n.nspname = 'public') inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
select c.relname, i.indkey, i.indisunique, i.indisclustered, a.amname, c.relhasrules, n.nspname, c.oid, 0, i.indoption from pg_catalog.pg_index i, pg_catalog.pg_class c, pg_catalog.pg_class d, pg_catalog.pg_am a, pg_catalog.pg_namespace n where d.relname = 'c35o_orders' and n.nspname = 'public' and n.oid = d.relnamespace and d.oid = i.indrelid and i.indexrelid = c.oid and c.relam = a.oid order by i.indisprimary desc, i.indisunique, n.nspname, c.relname;
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.relname = 'c35o_orders' and n.nspname = 'public') inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
select c.relname, i.indkey, i.indisunique, i.indisclustered, a.amname, c.relhasrules, n.nspname, c.oid, 0, i.indoption from pg_catalog.pg_index i, pg_catalog.pg_class c, pg_catalog.pg_class d, pg_catalog.pg_am a, pg_catalog.pg_namespace n where d.relname = 'c35o_orders' and n.nspname = 'public' and n.oid = d.relnamespace and d.oid = i.indrelid and i.indexrelid = c.oid and c.relam = a.oid order by i.indisprimary desc, i.indisunique, n.nspname, c.relname;
-- @must
select c.relhasrules, c.relkind, 0 as relhasoids from pg_catalog.pg_namespace u, pg_catalog.pg_class c where u.oid = c.relnamespace and c.relname = 'c35o_orders' and u.nspname = 'public';
select ''::varchar as PROCEDURE_CAT, nspname as PROCEDURE_SCHEM, proname as PROCEDURE_NAME, ''::varchar as NUM_INPUT_PARAMS, ''::varchar as NUM_OUTPUT_PARAMS, ''::varchar as NUM_RESULT_SETS, ''::varchar as REMARKS, case when prorettype = 0 then 1::int2 else 2::int2 end as PROCEDURE_TYPE from pg_catalog.pg_namespace, pg_catalog.pg_proc where pg_proc.pronamespace = pg_namespace.oid and nspname like 'public' and proname like 'lower';
select n.nspname, c.relname, a.attname, a.atttypid, t.typname, a.attnum, a.attlen, a.atttypmod, a.attnotnull, c.relhasrules, c.relkind, c.oid, pg_get_expr(d.adbin, d.adrelid), case t.typtype when 'd' then t.typbasetype else 0 end, t.typtypmod, 0, attidentity, c.relhassubclass from (((pg_catalog.pg_class c inner join pg_catalog.pg_namespace n on n.oid = c.relnamespace and c.oid = 1255) inner join pg_catalog.pg_attribute a on (not a.attisdropped) and a.attnum > 0 and a.attrelid = c.oid) inner join pg_catalog.pg_type t on t.oid = a.atttypid) left outer join pg_attrdef d on a.atthasdef and d.adrelid = a.attrelid and d.adnum = a.attnum order by n.nspname, c.relname, attnum;
select NULL, nspname, NULL from pg_catalog.pg_namespace n where true and nspname not in ('pg_catalog', 'information_schema', 'pg_toast', 'pg_temp_1') order by nspname;
-- @must
DROP VIEW c35o_big;
-- @must
DROP TABLE c35o_lines, c35o_orders, c35o_customers;
-- What these clients rest on, as an outside tester would probe it.
-- @must
CREATE TABLE c35k_items (id int PRIMARY KEY, sku text NOT NULL, qty int, note text);
-- @must
CREATE INDEX c35k_items_qty ON c35k_items (qty DESC NULLS LAST, sku) INCLUDE (note);
-- @must
CREATE INDEX c35k_items_sku_hash ON c35k_items USING hash (sku);
-- @must
SELECT pg_index_column_has_property('c35k_items_qty'::regclass, 1, 'desc'), pg_index_column_has_property('c35k_items_qty'::regclass, 1, 'nulls_last'), pg_index_column_has_property('c35k_items_qty'::regclass, 2, 'asc');
-- @must
SELECT pg_index_column_has_property('c35k_items_qty', 3, 'returnable'), pg_index_column_has_property('c35k_items_qty', 3, 'asc'), pg_index_column_has_property('c35k_items_qty', 4, 'asc'), pg_index_column_has_property('c35k_items_qty', 0, 'asc');
-- @must
SELECT pg_index_column_has_property('c35k_items_sku_hash', 1, 'orderable'), pg_index_column_has_property('c35k_items_sku_hash', 1, 'asc'), pg_index_column_has_property('c35k_items_sku_hash', 1, 'search_nulls');
-- @must
SELECT pg_index_column_has_property('c35k_items_qty', 1, 'Desc'), pg_index_column_has_property('c35k_items_qty', 1, 'no_such_property');
-- @must
SELECT pg_index_has_property('c35k_items_qty', 'clusterable'), pg_index_has_property('c35k_items_sku_hash', 'clusterable'), pg_index_has_property('c35k_items_sku_hash', 'backward_scan'), pg_index_has_property('c35k_items', 'clusterable');
SELECT amname, pg_indexam_has_property(oid, 'can_order'), pg_indexam_has_property(oid, 'can_include'), pg_indexam_has_property(oid, 'can_multi_col') FROM pg_am WHERE amname IN ('btree', 'hash', 'heap') ORDER BY 1;
-- @must
SELECT pg_index_column_has_property('c35k_nope', 1, 'asc');
SELECT pg_index_column_has_property(NULL, 1, 'asc'), pg_index_has_property(NULL, 'clusterable'), pg_indexam_has_property(NULL, 'can_order');
SELECT proname, pronargs, pg_get_function_result(oid), pg_get_function_arguments(oid) FROM pg_proc WHERE proname IN ('pg_index_column_has_property', 'jsonb_build_object', 'jsonb_set', 'regexp_replace', 'to_tsvector', 'make_interval') ORDER BY proname, oid;
SELECT count(*) > 0 FROM pg_proc WHERE proname = 'jsonb_path_query' AND proretset;
-- @must
CREATE FUNCTION c35k_twice(n int) RETURNS int LANGUAGE sql AS 'SELECT n * 2';
-- @must
SELECT regexp_split_to_table(prosrc, '\W+') AS Word, count(1) FROM pg_catalog.pg_proc WHERE proname = 'c35k_twice' GROUP BY Word ORDER BY Word;
-- @must
SELECT unnest(ARRAY[relkind::text, 'x']) AS k, count(*) FROM pg_class WHERE relname LIKE 'c35k_items%' GROUP BY k ORDER BY k;
-- @must
SELECT relkind AS kind, count(*) FROM pg_class WHERE relname LIKE 'c35k_items%' GROUP BY kind ORDER BY kind;
SELECT relname AS relkind, count(*) FROM pg_class WHERE relname = 'c35k_items' GROUP BY relkind;
-- @must
SELECT c.relname, count(*) FROM pg_class c WHERE c.relname = 'c35k_items' GROUP BY c.oid;
SELECT c.relname, count(a.attnum) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 WHERE c.relname = 'c35k_items' GROUP BY c.oid;
-- @must
DROP FUNCTION c35k_twice(int);
-- @must
CREATE TABLE c35k_owner (id int PRIMARY KEY, name text);
-- @must
CREATE TABLE c35k_pet (id int PRIMARY KEY, owner_id int REFERENCES c35k_owner, name text);
-- @must
INSERT INTO c35k_owner VALUES (1, 'ann'), (2, 'bob');
-- @must
INSERT INTO c35k_pet VALUES (10, 1, 'rex'), (11, 1, 'tom'), (12, 2, 'kit');
-- @must
SELECT o.id, p.name FROM c35k_owner o JOIN c35k_pet p ON owner_id = o.id LEFT JOIN c35k_pet q ON q.id = 12 ORDER BY p.id;
-- @must
SELECT p.id FROM (SELECT id AS pid, owner_id FROM c35k_pet) x JOIN c35k_owner o ON o.id = owner_id LEFT JOIN c35k_pet p ON p.id = pid ORDER BY 1;
-- @must
SELECT name FROM c35k_owner o JOIN c35k_pet p ON p.owner_id = o.id;
-- @must
SELECT 1 FROM c35k_owner o JOIN c35k_pet p ON name = 'rex';
-- @must
SELECT ref.conname, a.attname, i FROM ((SELECT conrelid, conkey, conname, generate_series(array_lower(conkey, 1), array_upper(conkey, 1)) AS i FROM pg_constraint WHERE contype = 'f' AND conrelid = 'c35k_pet'::regclass) ref JOIN pg_attribute a ON a.attrelid = ref.conrelid AND a.attnum = conkey[i]) LEFT JOIN pg_constraint cn ON cn.conrelid = 'c35k_owner'::regclass AND cn.contype = 'p';
SELECT pg_typeof(CASE WHEN true THEN 1::oid ELSE 0 END), pg_typeof(coalesce(1::oid, 2)), pg_typeof(coalesce(2::int8, 1::oid)), pg_typeof(CASE WHEN false THEN 0::int2 ELSE 7::oid END);
SELECT CASE t.typtype WHEN 'd' THEN t.typbasetype ELSE 0 END AS base FROM pg_type t WHERE t.typname = 'int4';
SELECT pg_tablespace_location(NULL) IS NULL, pg_tablespace_location(0), quote_ident(pg_tablespace_location(NULL)) IS NULL;
-- @must
SELECT c.relname, quote_ident(pg_tablespace_location(t.oid)) FROM pg_class c LEFT JOIN pg_tablespace t ON t.oid = c.reltablespace WHERE c.relname = 'c35k_owner';
-- @must
DROP TABLE c35k_pet, c35k_owner, c35k_items;
-- @must
SELECT 'regexp_replace'::regproc;
-- @must
SELECT 'pg_catalog.lower'::regproc;
-- @must
SELECT 'now'::regproc, 'jsonb_set'::regproc::oid, 'array_in'::regproc;
-- @must
-- params: ["to_jsonb"]
SELECT $1::regproc::oid;
-- @must
-- params: ["substr"]
SELECT $1::regproc::oid;
