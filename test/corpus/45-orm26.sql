-- The twenty-sixth session's ORM sweep: what drizzle-kit/drizzle-orm's migrator, TypeORM (synchronize, then a
-- schema diff applied), Sequelize (sync({ alter: true }) twice, paranoid), MikroORM (getUpdateSchemaSQL,
-- updateSchema) send, as logged from pg's Client.query, then an app's DML over the last schema.
CREATE SCHEMA IF NOT EXISTS "d26_drizzle";

CREATE TABLE IF NOT EXISTS "d26_drizzle"."d26_migrations" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at bigint
			);

select id, hash, created_at from "d26_drizzle"."d26_migrations" order by created_at desc limit 1;

CREATE TYPE "public"."d26_level" AS ENUM('low', 'mid', 'high');

CREATE TABLE "d26_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"handle" varchar(64) NOT NULL,
	"level" "d26_level" DEFAULT 'low' NOT NULL,
	"joined" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"seen" timestamp,
	"balance" numeric(14, 4) DEFAULT '0',
	"ratio" double precision,
	"r" real DEFAULT 1.5,
	"s" smallint,
	"prefs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"bio" text DEFAULT 'n/a',
	"born" date,
	"t" time,
	"span" interval,
	"code" char(2),
	"flags" text[] DEFAULT '{}'::text[],
	"ok" boolean DEFAULT false,
	"n" integer GENERATED ALWAYS AS IDENTITY (sequence name "d26_accounts_n_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"big" bigint,
	CONSTRAINT "d26_accounts_code_level" UNIQUE("code","level"),
	CONSTRAINT "d26_accounts_balance_ck" CHECK ("d26_accounts"."balance" >= 0)
);

CREATE TABLE "d26_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "d26_groups_name_unique" UNIQUE("name")
);

CREATE TABLE "d26_members" (
	"account_id" uuid NOT NULL,
	"group_id" integer NOT NULL,
	"since" timestamp DEFAULT now(),
	"seq" bigserial NOT NULL,
	CONSTRAINT "d26_members_account_id_group_id_pk" PRIMARY KEY("account_id","group_id")
);

ALTER TABLE "d26_members" ADD CONSTRAINT "d26_members_account_id_d26_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."d26_accounts"("id") ON DELETE cascade ON UPDATE no action;

ALTER TABLE "d26_members" ADD CONSTRAINT "d26_members_group_fk" FOREIGN KEY ("group_id") REFERENCES "public"."d26_groups"("id") ON DELETE restrict ON UPDATE cascade;

CREATE UNIQUE INDEX "d26_accounts_handle_uq" ON "d26_accounts" USING btree ("handle");

CREATE INDEX "d26_accounts_level_joined" ON "d26_accounts" USING btree ("level","joined" DESC NULLS LAST);

CREATE INDEX "d26_accounts_partial" ON "d26_accounts" USING btree ("born") WHERE "d26_accounts"."born" IS NOT NULL;

-- params: []
SELECT
    n.nspname AS table_schema,
    c.relname AS table_name,
    CASE
        WHEN c.relkind = 'r' THEN 'table'
        WHEN c.relkind = 'v' THEN 'view'
        WHEN c.relkind = 'm' THEN 'materialized_view'
    END AS type,
	c.relrowsecurity AS rls_enabled
FROM
    pg_catalog.pg_class c
JOIN
    pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE
	c.relkind IN ('r', 'v', 'm')
     AND n.nspname = 'public';

select s.nspname as table_schema
  from pg_catalog.pg_namespace s
  join pg_catalog.pg_user u on u.usesysid = s.nspowner
  where nspname not in ('information_schema', 'pg_catalog', 'public')
        and nspname not like 'pg_toast%'
        and nspname not like 'pg_temp_%'
  order by table_schema;

-- params: []
select schemaname, sequencename, start_value, min_value, max_value, increment_by, cycle, cache_size from pg_sequences as seq WHERE schemaname = 'public';

select n.nspname as enum_schema,
  t.typname as enum_name,
  e.enumlabel as enum_value,
  e.enumsortorder as sort_order
  from pg_type t
  join pg_enum e on t.oid = e.enumtypid
  join pg_catalog.pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname = 'public'
  order by enum_schema, enum_name, sort_order;

-- params: []
SELECT rolname, rolinherit, rolcreatedb, rolcreaterole FROM pg_roles;

SELECT schemaname, tablename, policyname as name, permissive as "as", roles as to, cmd as for, qual as using, with_check as "withCheck" FROM pg_policies WHERE schemaname = 'public';

SELECT
    a.attrelid::regclass::text AS table_name,  -- Table, view, or materialized view name
    a.attname AS column_name,   -- Column name
    CASE
        WHEN NOT a.attisdropped THEN
            CASE
                WHEN a.attnotnull THEN 'NO'
                ELSE 'YES'
            END
        ELSE NULL
    END AS is_nullable,  -- NULL or NOT NULL constraint
    a.attndims AS array_dimensions,  -- Array dimensions
    CASE
        WHEN a.atttypid = ANY ('{int,int8,int2}'::regtype[])
        AND EXISTS (
            SELECT FROM pg_attrdef ad
            WHERE ad.adrelid = a.attrelid
            AND ad.adnum = a.attnum
            AND pg_get_expr(ad.adbin, ad.adrelid) = 'nextval('''
                || pg_get_serial_sequence(a.attrelid::regclass::text, a.attname)::regclass || '''::regclass)'
        )
        THEN CASE a.atttypid
            WHEN 'int'::regtype THEN 'serial'
            WHEN 'int8'::regtype THEN 'bigserial'
            WHEN 'int2'::regtype THEN 'smallserial'
        END
        ELSE format_type(a.atttypid, a.atttypmod)
    END AS data_type,  -- Column data type
--    ns.nspname AS type_schema,  -- Schema name
    pg_get_serial_sequence('"public"."d26_accounts"', a.attname)::regclass AS seq_name,  -- Serial sequence (if any)
    c.column_default,  -- Column default value
    c.data_type AS additional_dt,  -- Data type from information_schema
    c.udt_name AS enum_name,  -- Enum type (if applicable)
    c.is_generated,  -- Is it a generated column?
    c.generation_expression,  -- Generation expression (if generated)
    c.is_identity,  -- Is it an identity column?
    c.identity_generation,  -- Identity generation strategy (ALWAYS or BY DEFAULT)
    c.identity_start,  -- Start value of identity column
    c.identity_increment,  -- Increment for identity column
    c.identity_maximum,  -- Maximum value for identity column
    c.identity_minimum,  -- Minimum value for identity column
    c.identity_cycle,  -- Does the identity column cycle?
    enum_ns.nspname AS type_schema  -- Schema of the enum type
FROM
    pg_attribute a
JOIN
    pg_class cls ON cls.oid = a.attrelid  -- Join pg_class to get table/view/materialized view info
JOIN
    pg_namespace ns ON ns.oid = cls.relnamespace  -- Join namespace to get schema info
LEFT JOIN
    information_schema.columns c ON c.column_name = a.attname
        AND c.table_schema = ns.nspname
        AND c.table_name = cls.relname  -- Match schema and table/view name
LEFT JOIN
    pg_type enum_t ON enum_t.oid = a.atttypid  -- Join to get the type info
LEFT JOIN
    pg_namespace enum_ns ON enum_ns.oid = enum_t.typnamespace  -- Join to get the enum schema
WHERE
    a.attnum > 0  -- Valid column numbers only
    AND NOT a.attisdropped  -- Skip dropped columns
    AND cls.relkind IN ('r', 'v', 'm')  -- Include regular tables ('r'), views ('v'), and materialized views ('m')
    AND ns.nspname = 'public'  -- Filter by schema
    AND cls.relname = 'd26_accounts'  -- Filter by table name
ORDER BY
    a.attnum;  -- Order by column number;

SELECT
    a.attrelid::regclass::text AS table_name,  -- Table, view, or materialized view name
    a.attname AS column_name,   -- Column name
    CASE
        WHEN NOT a.attisdropped THEN
            CASE
                WHEN a.attnotnull THEN 'NO'
                ELSE 'YES'
            END
        ELSE NULL
    END AS is_nullable,  -- NULL or NOT NULL constraint
    a.attndims AS array_dimensions,  -- Array dimensions
    CASE
        WHEN a.atttypid = ANY ('{int,int8,int2}'::regtype[])
        AND EXISTS (
            SELECT FROM pg_attrdef ad
            WHERE ad.adrelid = a.attrelid
            AND ad.adnum = a.attnum
            AND pg_get_expr(ad.adbin, ad.adrelid) = 'nextval('''
                || pg_get_serial_sequence(a.attrelid::regclass::text, a.attname)::regclass || '''::regclass)'
        )
        THEN CASE a.atttypid
            WHEN 'int'::regtype THEN 'serial'
            WHEN 'int8'::regtype THEN 'bigserial'
            WHEN 'int2'::regtype THEN 'smallserial'
        END
        ELSE format_type(a.atttypid, a.atttypmod)
    END AS data_type,  -- Column data type
--    ns.nspname AS type_schema,  -- Schema name
    pg_get_serial_sequence('"public"."d26_groups"', a.attname)::regclass AS seq_name,  -- Serial sequence (if any)
    c.column_default,  -- Column default value
    c.data_type AS additional_dt,  -- Data type from information_schema
    c.udt_name AS enum_name,  -- Enum type (if applicable)
    c.is_generated,  -- Is it a generated column?
    c.generation_expression,  -- Generation expression (if generated)
    c.is_identity,  -- Is it an identity column?
    c.identity_generation,  -- Identity generation strategy (ALWAYS or BY DEFAULT)
    c.identity_start,  -- Start value of identity column
    c.identity_increment,  -- Increment for identity column
    c.identity_maximum,  -- Maximum value for identity column
    c.identity_minimum,  -- Minimum value for identity column
    c.identity_cycle,  -- Does the identity column cycle?
    enum_ns.nspname AS type_schema  -- Schema of the enum type
FROM
    pg_attribute a
JOIN
    pg_class cls ON cls.oid = a.attrelid  -- Join pg_class to get table/view/materialized view info
JOIN
    pg_namespace ns ON ns.oid = cls.relnamespace  -- Join namespace to get schema info
LEFT JOIN
    information_schema.columns c ON c.column_name = a.attname
        AND c.table_schema = ns.nspname
        AND c.table_name = cls.relname  -- Match schema and table/view name
LEFT JOIN
    pg_type enum_t ON enum_t.oid = a.atttypid  -- Join to get the type info
LEFT JOIN
    pg_namespace enum_ns ON enum_ns.oid = enum_t.typnamespace  -- Join to get the enum schema
WHERE
    a.attnum > 0  -- Valid column numbers only
    AND NOT a.attisdropped  -- Skip dropped columns
    AND cls.relkind IN ('r', 'v', 'm')  -- Include regular tables ('r'), views ('v'), and materialized views ('m')
    AND ns.nspname = 'public'  -- Filter by schema
    AND cls.relname = 'd26_groups'  -- Filter by table name
ORDER BY
    a.attnum;  -- Order by column number;

SELECT
    a.attrelid::regclass::text AS table_name,  -- Table, view, or materialized view name
    a.attname AS column_name,   -- Column name
    CASE
        WHEN NOT a.attisdropped THEN
            CASE
                WHEN a.attnotnull THEN 'NO'
                ELSE 'YES'
            END
        ELSE NULL
    END AS is_nullable,  -- NULL or NOT NULL constraint
    a.attndims AS array_dimensions,  -- Array dimensions
    CASE
        WHEN a.atttypid = ANY ('{int,int8,int2}'::regtype[])
        AND EXISTS (
            SELECT FROM pg_attrdef ad
            WHERE ad.adrelid = a.attrelid
            AND ad.adnum = a.attnum
            AND pg_get_expr(ad.adbin, ad.adrelid) = 'nextval('''
                || pg_get_serial_sequence(a.attrelid::regclass::text, a.attname)::regclass || '''::regclass)'
        )
        THEN CASE a.atttypid
            WHEN 'int'::regtype THEN 'serial'
            WHEN 'int8'::regtype THEN 'bigserial'
            WHEN 'int2'::regtype THEN 'smallserial'
        END
        ELSE format_type(a.atttypid, a.atttypmod)
    END AS data_type,  -- Column data type
--    ns.nspname AS type_schema,  -- Schema name
    pg_get_serial_sequence('"public"."d26_members"', a.attname)::regclass AS seq_name,  -- Serial sequence (if any)
    c.column_default,  -- Column default value
    c.data_type AS additional_dt,  -- Data type from information_schema
    c.udt_name AS enum_name,  -- Enum type (if applicable)
    c.is_generated,  -- Is it a generated column?
    c.generation_expression,  -- Generation expression (if generated)
    c.is_identity,  -- Is it an identity column?
    c.identity_generation,  -- Identity generation strategy (ALWAYS or BY DEFAULT)
    c.identity_start,  -- Start value of identity column
    c.identity_increment,  -- Increment for identity column
    c.identity_maximum,  -- Maximum value for identity column
    c.identity_minimum,  -- Minimum value for identity column
    c.identity_cycle,  -- Does the identity column cycle?
    enum_ns.nspname AS type_schema  -- Schema of the enum type
FROM
    pg_attribute a
JOIN
    pg_class cls ON cls.oid = a.attrelid  -- Join pg_class to get table/view/materialized view info
JOIN
    pg_namespace ns ON ns.oid = cls.relnamespace  -- Join namespace to get schema info
LEFT JOIN
    information_schema.columns c ON c.column_name = a.attname
        AND c.table_schema = ns.nspname
        AND c.table_name = cls.relname  -- Match schema and table/view name
LEFT JOIN
    pg_type enum_t ON enum_t.oid = a.atttypid  -- Join to get the type info
LEFT JOIN
    pg_namespace enum_ns ON enum_ns.oid = enum_t.typnamespace  -- Join to get the enum schema
WHERE
    a.attnum > 0  -- Valid column numbers only
    AND NOT a.attisdropped  -- Skip dropped columns
    AND cls.relkind IN ('r', 'v', 'm')  -- Include regular tables ('r'), views ('v'), and materialized views ('m')
    AND ns.nspname = 'public'  -- Filter by schema
    AND cls.relname = 'd26_members'  -- Filter by table name
ORDER BY
    a.attnum;  -- Order by column number;

-- params: []
SELECT c.column_name, c.data_type, constraint_type, constraint_name, constraint_schema
      FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage AS ccu USING (constraint_schema, constraint_name)
      JOIN information_schema.columns AS c ON c.table_schema = tc.constraint_schema
        AND tc.table_name = c.table_name AND ccu.column_name = c.column_name
      WHERE tc.table_name = 'd26_accounts' and constraint_schema = 'public';

SELECT c.column_name, c.data_type, constraint_type, constraint_name, constraint_schema
      FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage AS ccu USING (constraint_schema, constraint_name)
      JOIN information_schema.columns AS c ON c.table_schema = tc.constraint_schema
        AND tc.table_name = c.table_name AND ccu.column_name = c.column_name
      WHERE tc.table_name = 'd26_groups' and constraint_schema = 'public';

-- params: []
SELECT c.column_name, c.data_type, constraint_type, constraint_name, constraint_schema
      FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage AS ccu USING (constraint_schema, constraint_name)
      JOIN information_schema.columns AS c ON c.table_schema = tc.constraint_schema
        AND tc.table_name = c.table_name AND ccu.column_name = c.column_name
      WHERE tc.table_name = 'd26_members' and constraint_schema = 'public';

SELECT
						tc.constraint_name,
						tc.constraint_type,
						pg_get_constraintdef(con.oid) AS constraint_definition
					FROM
						information_schema.table_constraints AS tc
						JOIN pg_constraint AS con
							ON tc.constraint_name = con.conname
							AND con.conrelid = (
								SELECT oid
								FROM pg_class
								WHERE relname = tc.table_name
								AND relnamespace = (
									SELECT oid
									FROM pg_namespace
									WHERE nspname = tc.constraint_schema
								)
							)
					WHERE
						tc.table_name = 'd26_accounts'
						AND tc.constraint_schema = 'public'
						AND tc.constraint_type = 'CHECK'
						AND con.contype = 'c';

-- params: []
SELECT
						tc.constraint_name,
						tc.constraint_type,
						pg_get_constraintdef(con.oid) AS constraint_definition
					FROM
						information_schema.table_constraints AS tc
						JOIN pg_constraint AS con
							ON tc.constraint_name = con.conname
							AND con.conrelid = (
								SELECT oid
								FROM pg_class
								WHERE relname = tc.table_name
								AND relnamespace = (
									SELECT oid
									FROM pg_namespace
									WHERE nspname = tc.constraint_schema
								)
							)
					WHERE
						tc.table_name = 'd26_groups'
						AND tc.constraint_schema = 'public'
						AND tc.constraint_type = 'CHECK'
						AND con.contype = 'c';

SELECT
						tc.constraint_name,
						tc.constraint_type,
						pg_get_constraintdef(con.oid) AS constraint_definition
					FROM
						information_schema.table_constraints AS tc
						JOIN pg_constraint AS con
							ON tc.constraint_name = con.conname
							AND con.conrelid = (
								SELECT oid
								FROM pg_class
								WHERE relname = tc.table_name
								AND relnamespace = (
									SELECT oid
									FROM pg_namespace
									WHERE nspname = tc.constraint_schema
								)
							)
					WHERE
						tc.table_name = 'd26_members'
						AND tc.constraint_schema = 'public'
						AND tc.constraint_type = 'CHECK'
						AND con.contype = 'c';

-- params: []
SELECT
            con.contype AS constraint_type,
            nsp.nspname AS constraint_schema,
            con.conname AS constraint_name,
            rel.relname AS table_name,
            att.attname AS column_name,
            fnsp.nspname AS foreign_table_schema,
            frel.relname AS foreign_table_name,
            fatt.attname AS foreign_column_name,
            CASE con.confupdtype
              WHEN 'a' THEN 'NO ACTION'
              WHEN 'r' THEN 'RESTRICT'
              WHEN 'n' THEN 'SET NULL'
              WHEN 'c' THEN 'CASCADE'
              WHEN 'd' THEN 'SET DEFAULT'
            END AS update_rule,
            CASE con.confdeltype
              WHEN 'a' THEN 'NO ACTION'
              WHEN 'r' THEN 'RESTRICT'
              WHEN 'n' THEN 'SET NULL'
              WHEN 'c' THEN 'CASCADE'
              WHEN 'd' THEN 'SET DEFAULT'
            END AS delete_rule
          FROM
            pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class rel ON rel.oid = con.conrelid
            JOIN pg_catalog.pg_namespace nsp ON nsp.oid = con.connamespace
            LEFT JOIN pg_catalog.pg_attribute att ON att.attnum = ANY (con.conkey)
              AND att.attrelid = con.conrelid
            LEFT JOIN pg_catalog.pg_class frel ON frel.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace fnsp ON fnsp.oid = frel.relnamespace
            LEFT JOIN pg_catalog.pg_attribute fatt ON fatt.attnum = ANY (con.confkey)
              AND fatt.attrelid = con.confrelid
          WHERE
            nsp.nspname = 'public'
            AND rel.relname = 'd26_accounts'
            AND con.contype IN ('f');

SELECT
            con.contype AS constraint_type,
            nsp.nspname AS constraint_schema,
            con.conname AS constraint_name,
            rel.relname AS table_name,
            att.attname AS column_name,
            fnsp.nspname AS foreign_table_schema,
            frel.relname AS foreign_table_name,
            fatt.attname AS foreign_column_name,
            CASE con.confupdtype
              WHEN 'a' THEN 'NO ACTION'
              WHEN 'r' THEN 'RESTRICT'
              WHEN 'n' THEN 'SET NULL'
              WHEN 'c' THEN 'CASCADE'
              WHEN 'd' THEN 'SET DEFAULT'
            END AS update_rule,
            CASE con.confdeltype
              WHEN 'a' THEN 'NO ACTION'
              WHEN 'r' THEN 'RESTRICT'
              WHEN 'n' THEN 'SET NULL'
              WHEN 'c' THEN 'CASCADE'
              WHEN 'd' THEN 'SET DEFAULT'
            END AS delete_rule
          FROM
            pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class rel ON rel.oid = con.conrelid
            JOIN pg_catalog.pg_namespace nsp ON nsp.oid = con.connamespace
            LEFT JOIN pg_catalog.pg_attribute att ON att.attnum = ANY (con.conkey)
              AND att.attrelid = con.conrelid
            LEFT JOIN pg_catalog.pg_class frel ON frel.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace fnsp ON fnsp.oid = frel.relnamespace
            LEFT JOIN pg_catalog.pg_attribute fatt ON fatt.attnum = ANY (con.confkey)
              AND fatt.attrelid = con.confrelid
          WHERE
            nsp.nspname = 'public'
            AND rel.relname = 'd26_groups'
            AND con.contype IN ('f');

-- params: []
SELECT
            con.contype AS constraint_type,
            nsp.nspname AS constraint_schema,
            con.conname AS constraint_name,
            rel.relname AS table_name,
            att.attname AS column_name,
            fnsp.nspname AS foreign_table_schema,
            frel.relname AS foreign_table_name,
            fatt.attname AS foreign_column_name,
            CASE con.confupdtype
              WHEN 'a' THEN 'NO ACTION'
              WHEN 'r' THEN 'RESTRICT'
              WHEN 'n' THEN 'SET NULL'
              WHEN 'c' THEN 'CASCADE'
              WHEN 'd' THEN 'SET DEFAULT'
            END AS update_rule,
            CASE con.confdeltype
              WHEN 'a' THEN 'NO ACTION'
              WHEN 'r' THEN 'RESTRICT'
              WHEN 'n' THEN 'SET NULL'
              WHEN 'c' THEN 'CASCADE'
              WHEN 'd' THEN 'SET DEFAULT'
            END AS delete_rule
          FROM
            pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class rel ON rel.oid = con.conrelid
            JOIN pg_catalog.pg_namespace nsp ON nsp.oid = con.connamespace
            LEFT JOIN pg_catalog.pg_attribute att ON att.attnum = ANY (con.conkey)
              AND att.attrelid = con.conrelid
            LEFT JOIN pg_catalog.pg_class frel ON frel.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace fnsp ON fnsp.oid = frel.relnamespace
            LEFT JOIN pg_catalog.pg_attribute fatt ON fatt.attnum = ANY (con.confkey)
              AND fatt.attrelid = con.confrelid
          WHERE
            nsp.nspname = 'public'
            AND rel.relname = 'd26_members'
            AND con.contype IN ('f');

SELECT  DISTINCT ON (t.relname, ic.relname, k.i) t.relname as table_name, ic.relname AS indexname,
        k.i AS index_order,
        i.indisunique as is_unique,
        am.amname as method,
        ic.reloptions as with,
        coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.i, false)) AS column_name,
          CASE
        WHEN pg_get_expr(i.indexprs, i.indrelid) IS NOT NULL THEN 1
        ELSE 0
    END AS is_expression,
        i.indoption[k.i-1] & 1 = 1 AS descending,
        i.indoption[k.i-1] & 2 = 2 AS nulls_first,
        pg_get_expr(
                              i.indpred,
                              i.indrelid
                          ) as where,
         opc.opcname
      FROM pg_class t
          LEFT JOIN pg_index i ON t.oid = i.indrelid
          LEFT JOIN pg_class ic ON ic.oid = i.indexrelid
		  CROSS JOIN LATERAL (SELECT unnest(i.indkey), generate_subscripts(i.indkey, 1) + 1) AS k(attnum, i)
          LEFT JOIN pg_attribute AS a
            ON i.indrelid = a.attrelid AND k.attnum = a.attnum
          JOIN pg_namespace c on c.oid = t.relnamespace
        LEFT JOIN pg_am AS am ON ic.relam = am.oid
        JOIN pg_opclass opc ON opc.oid = ANY(i.indclass)
      WHERE
      c.nspname = 'public' AND
      t.relname = 'd26_accounts';

-- params: []
SELECT  DISTINCT ON (t.relname, ic.relname, k.i) t.relname as table_name, ic.relname AS indexname,
        k.i AS index_order,
        i.indisunique as is_unique,
        am.amname as method,
        ic.reloptions as with,
        coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.i, false)) AS column_name,
          CASE
        WHEN pg_get_expr(i.indexprs, i.indrelid) IS NOT NULL THEN 1
        ELSE 0
    END AS is_expression,
        i.indoption[k.i-1] & 1 = 1 AS descending,
        i.indoption[k.i-1] & 2 = 2 AS nulls_first,
        pg_get_expr(
                              i.indpred,
                              i.indrelid
                          ) as where,
         opc.opcname
      FROM pg_class t
          LEFT JOIN pg_index i ON t.oid = i.indrelid
          LEFT JOIN pg_class ic ON ic.oid = i.indexrelid
		  CROSS JOIN LATERAL (SELECT unnest(i.indkey), generate_subscripts(i.indkey, 1) + 1) AS k(attnum, i)
          LEFT JOIN pg_attribute AS a
            ON i.indrelid = a.attrelid AND k.attnum = a.attnum
          JOIN pg_namespace c on c.oid = t.relnamespace
        LEFT JOIN pg_am AS am ON ic.relam = am.oid
        JOIN pg_opclass opc ON opc.oid = ANY(i.indclass)
      WHERE
      c.nspname = 'public' AND
      t.relname = 'd26_groups';

-- params: ["public","d26_members"]
SELECT conname AS primary_key
            FROM   pg_constraint join pg_class on (pg_class.oid = conrelid)
            WHERE  contype = 'p'
            AND    connamespace = $1::regnamespace
            AND    pg_class.relname = $2;

SELECT
          idx.indexrelname AS index_name,
          idx.relname AS table_name,
          schemaname,
          CASE WHEN con.conname IS NOT NULL THEN 1 ELSE 0 END AS generated_by_constraint
        FROM
          pg_stat_user_indexes idx
        LEFT JOIN
          pg_constraint con ON con.conindid = idx.indexrelid
        WHERE idx.relname = 'd26_accounts' and schemaname = 'public'
        group by index_name, table_name,schemaname, generated_by_constraint;

-- params: []
SELECT
          idx.indexrelname AS index_name,
          idx.relname AS table_name,
          schemaname,
          CASE WHEN con.conname IS NOT NULL THEN 1 ELSE 0 END AS generated_by_constraint
        FROM
          pg_stat_user_indexes idx
        LEFT JOIN
          pg_constraint con ON con.conindid = idx.indexrelid
        WHERE idx.relname = 'd26_groups' and schemaname = 'public'
        group by index_name, table_name,schemaname, generated_by_constraint;

SELECT  DISTINCT ON (t.relname, ic.relname, k.i) t.relname as table_name, ic.relname AS indexname,
        k.i AS index_order,
        i.indisunique as is_unique,
        am.amname as method,
        ic.reloptions as with,
        coalesce(a.attname, pg_get_indexdef(i.indexrelid, k.i, false)) AS column_name,
          CASE
        WHEN pg_get_expr(i.indexprs, i.indrelid) IS NOT NULL THEN 1
        ELSE 0
    END AS is_expression,
        i.indoption[k.i-1] & 1 = 1 AS descending,
        i.indoption[k.i-1] & 2 = 2 AS nulls_first,
        pg_get_expr(
                              i.indpred,
                              i.indrelid
                          ) as where,
         opc.opcname
      FROM pg_class t
          LEFT JOIN pg_index i ON t.oid = i.indrelid
          LEFT JOIN pg_class ic ON ic.oid = i.indexrelid
		  CROSS JOIN LATERAL (SELECT unnest(i.indkey), generate_subscripts(i.indkey, 1) + 1) AS k(attnum, i)
          LEFT JOIN pg_attribute AS a
            ON i.indrelid = a.attrelid AND k.attnum = a.attnum
          JOIN pg_namespace c on c.oid = t.relnamespace
        LEFT JOIN pg_am AS am ON ic.relam = am.oid
        JOIN pg_opclass opc ON opc.oid = ANY(i.indclass)
      WHERE
      c.nspname = 'public' AND
      t.relname = 'd26_members';

-- params: []
SELECT
          idx.indexrelname AS index_name,
          idx.relname AS table_name,
          schemaname,
          CASE WHEN con.conname IS NOT NULL THEN 1 ELSE 0 END AS generated_by_constraint
        FROM
          pg_stat_user_indexes idx
        LEFT JOIN
          pg_constraint con ON con.conindid = idx.indexrelid
        WHERE idx.relname = 'd26_members' and schemaname = 'public'
        group by index_name, table_name,schemaname, generated_by_constraint;

ALTER TABLE "d26_accounts" ALTER COLUMN "flags" SET DEFAULT '{}'::text[];

SELECT * FROM current_schema();

CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

-- params: []
SELECT "table_schema", "table_name", obj_description((quote_ident("table_schema") || '.' || quote_ident("table_name"))::regclass, 'pg_class') AS table_comment FROM "information_schema"."tables" WHERE ("table_schema" = 'public' AND "table_name" = 't26_customers') OR ("table_schema" = 'public' AND "table_name" = 't26_orders') OR ("table_schema" = 'public' AND "table_name" = 't26_products') OR ("table_schema" = 'public' AND "table_name" = 't26_order_products');

-- params: ["public","typeorm_metadata"]
SELECT * FROM "information_schema"."tables" WHERE "table_schema" = $1 AND "table_name" = $2;

SELECT "n"."nspname", "t"."typname" FROM "pg_type" "t" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 't26_status';

CREATE TYPE "public"."t26_status" AS ENUM('active', 'blocked', 'pending');

CREATE TABLE "t26_customers" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" character varying(120) NOT NULL, "status" "public"."t26_status" NOT NULL DEFAULT 'pending', "profile" jsonb DEFAULT '{}', "balance" numeric(12,2) NOT NULL DEFAULT '0', "score" double precision, "age" smallint, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deletedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "note" text, "birthday" date, "active" boolean NOT NULL DEFAULT true, "big" bigint, CONSTRAINT "UQ_5bb8cc1146155b917fab03666e2" UNIQUE ("email"), CONSTRAINT "UQ_t26_cust_email_status" UNIQUE ("email", "status"), CONSTRAINT "CHK_t26_balance" CHECK ("balance" >= 0), CONSTRAINT "PK_71a6479db718de533c05e440648" PRIMARY KEY ("id")); COMMENT ON COLUMN "t26_customers"."note" IS 'free text';

CREATE INDEX "IDX_t26_cust_status_created" ON "t26_customers"  ("status", "createdAt");

CREATE INDEX "IDX_567c8bc93c715706583a71c5c4" ON "t26_customers"  ("age") WHERE "age" IS NOT NULL;

CREATE TABLE "t26_orders" ("id" SERIAL NOT NULL, "code" uuid NOT NULL DEFAULT uuid_generate_v4(), "total" numeric(10,2) NOT NULL, "placedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lines" json, "tags" character varying array NOT NULL DEFAULT '{}', "seq" integer GENERATED BY DEFAULT AS IDENTITY NOT NULL, "customer_id" uuid NOT NULL, CONSTRAINT "UQ_a1cc54fd7f0b51e294f2fffc93e" UNIQUE ("code"), CONSTRAINT "PK_98449291d860faf28d83fcd1297" PRIMARY KEY ("id"));

CREATE INDEX "IDX_6c00dc385a46806ca286b3306d" ON "t26_orders"  ("placedAt");

-- params: []
SELECT "n"."nspname", "t"."typname" FROM "pg_type" "t" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 't26_products_kind_enum';

CREATE TYPE "public"."t26_products_kind_enum" AS ENUM('a', 'b');

CREATE TABLE "t26_products" ("sku" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "price" real NOT NULL DEFAULT '1.5', "kind" "public"."t26_products_kind_enum" NOT NULL DEFAULT 'a', "meta" text, CONSTRAINT "PK_fa567481545155947cb9e82cfb7" PRIMARY KEY ("sku"));

CREATE TABLE "t26_order_products" ("t26OrdersId" integer NOT NULL, "t26ProductsSku" character varying(32) NOT NULL, CONSTRAINT "PK_19874558daf654513f94978b781" PRIMARY KEY ("t26OrdersId", "t26ProductsSku"));

CREATE INDEX "IDX_95718570ed69306a28bdf7c8b2" ON "t26_order_products"  ("t26OrdersId");

CREATE INDEX "IDX_a6e7410a6c3020fb14bd76ab0f" ON "t26_order_products"  ("t26ProductsSku");

ALTER TABLE "t26_orders" ADD CONSTRAINT "FK_c299f08ccb54e8107bfbbf9ff97" FOREIGN KEY ("customer_id") REFERENCES "t26_customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

ALTER TABLE "t26_order_products" ADD CONSTRAINT "FK_95718570ed69306a28bdf7c8b23" FOREIGN KEY ("t26OrdersId") REFERENCES "t26_orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "t26_order_products" ADD CONSTRAINT "FK_a6e7410a6c3020fb14bd76ab0fa" FOREIGN KEY ("t26ProductsSku") REFERENCES "t26_products"("sku") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT TRUE FROM information_schema.columns WHERE table_name = 'pg_class' and column_name = 'relispartition';

-- params: []
SELECT columns.*, pg_catalog.col_description((quote_ident(table_catalog) || '.' || quote_ident(table_schema) || '.' || quote_ident(table_name))::regclass::oid, ordinal_position) AS description, ('"' || "udt_schema" || '"."' || "udt_name" || '"')::"regtype"::text AS "regtype", pg_catalog.format_type("col_attr"."atttypid", "col_attr"."atttypmod") AS "format_type" FROM "information_schema"."columns" LEFT JOIN "pg_catalog"."pg_attribute" AS "col_attr" ON "col_attr"."attname" = "columns"."column_name" AND "col_attr"."attrelid" = ( SELECT "cls"."oid" FROM "pg_catalog"."pg_class" AS "cls" LEFT JOIN "pg_catalog"."pg_namespace" AS "ns" ON "ns"."oid" = "cls"."relnamespace" WHERE "cls"."relname" = "columns"."table_name" AND "ns"."nspname" = "columns"."table_schema" ) WHERE ("table_schema" = 'public' AND "table_name" = 't26_customers') OR ("table_schema" = 'public' AND "table_name" = 't26_orders') OR ("table_schema" = 'public' AND "table_name" = 't26_products') OR ("table_schema" = 'public' AND "table_name" = 't26_order_products');

SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "cnst"."conname" AS "constraint_name", pg_get_constraintdef("cnst"."oid") AS "expression", CASE "cnst"."contype" WHEN 'p' THEN 'PRIMARY' WHEN 'u' THEN 'UNIQUE' WHEN 'c' THEN 'CHECK' WHEN 'x' THEN 'EXCLUDE' END AS "constraint_type", "a"."attname" AS "column_name" FROM "pg_constraint" "cnst" INNER JOIN "pg_class" "t" ON "t"."oid" = "cnst"."conrelid" INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "cnst"."connamespace" LEFT JOIN "pg_attribute" "a" ON "a"."attrelid" = "cnst"."conrelid" AND "a"."attnum" = ANY ("cnst"."conkey") WHERE "t"."relkind" IN ('r', 'p') AND (("ns"."nspname" = 'public' AND "t"."relname" = 't26_customers') OR ("ns"."nspname" = 'public' AND "t"."relname" = 't26_orders') OR ("ns"."nspname" = 'public' AND "t"."relname" = 't26_products') OR ("ns"."nspname" = 'public' AND "t"."relname" = 't26_order_products'));

-- params: []
SELECT "ns"."nspname" AS "table_schema", "t"."relname" AS "table_name", "i"."relname" AS "constraint_name", "a"."attname" AS "column_name", CASE "ix"."indisunique" WHEN 't' THEN 'TRUE' ELSE'FALSE' END AS "is_unique", pg_get_expr("ix"."indpred", "ix"."indrelid") AS "condition", "types"."typname" AS "type_name", "am"."amname" AS "index_type" FROM "pg_class" "t" INNER JOIN "pg_index" "ix" ON "ix"."indrelid" = "t"."oid" INNER JOIN "pg_attribute" "a" ON "a"."attrelid" = "t"."oid"  AND "a"."attnum" = ANY ("ix"."indkey") INNER JOIN "pg_namespace" "ns" ON "ns"."oid" = "t"."relnamespace" INNER JOIN "pg_class" "i" ON "i"."oid" = "ix"."indexrelid" INNER JOIN "pg_type" "types" ON "types"."oid" = "a"."atttypid" INNER JOIN "pg_am" "am" ON "i"."relam" = "am"."oid" LEFT JOIN "pg_constraint" "cnst" ON "cnst"."conname" = "i"."relname" WHERE "t"."relkind" IN ('r', 'p') AND "cnst"."contype" IS NULL AND (("ns"."nspname" = 'public' AND "t"."relname" = 't26_customers') OR ("ns"."nspname" = 'public' AND "t"."relname" = 't26_orders') OR ("ns"."nspname" = 'public' AND "t"."relname" = 't26_products') OR ("ns"."nspname" = 'public' AND "t"."relname" = 't26_order_products'));

SELECT "con"."conname" AS "constraint_name", "con"."nspname" AS "table_schema", "con"."relname" AS "table_name", "att2"."attname" AS "column_name", "ns"."nspname" AS "referenced_table_schema", "cl"."relname" AS "referenced_table_name", "att"."attname" AS "referenced_column_name", "con"."confdeltype" AS "on_delete", "con"."confupdtype" AS "on_update", "con"."condeferrable" AS "deferrable", "con"."condeferred" AS "deferred" FROM ( SELECT UNNEST ("con1"."conkey") AS "parent", UNNEST ("con1"."confkey") AS "child", "con1"."confrelid", "con1"."conrelid", "con1"."conname", "con1"."contype", "ns"."nspname", "cl"."relname", "con1"."condeferrable", CASE WHEN "con1"."condeferred" THEN 'INITIALLY DEFERRED' ELSE 'INITIALLY IMMEDIATE' END as condeferred, CASE "con1"."confdeltype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confdeltype", CASE "con1"."confupdtype" WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END as "confupdtype" FROM "pg_class" "cl" INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_constraint" "con1" ON "con1"."conrelid" = "cl"."oid" WHERE "con1"."contype" = 'f' AND (("ns"."nspname" = 'public' AND "cl"."relname" = 't26_customers') OR ("ns"."nspname" = 'public' AND "cl"."relname" = 't26_orders') OR ("ns"."nspname" = 'public' AND "cl"."relname" = 't26_products') OR ("ns"."nspname" = 'public' AND "cl"."relname" = 't26_order_products')) ) "con" INNER JOIN "pg_attribute" "att" ON "att"."attrelid" = "con"."confrelid" AND "att"."attnum" = "con"."child" INNER JOIN "pg_class" "cl" ON "cl"."oid" = "con"."confrelid" INNER JOIN "pg_namespace" "ns" ON "cl"."relnamespace" = "ns"."oid" INNER JOIN "pg_attribute" "att2" ON "att2"."attrelid" = "con"."conrelid" AND "att2"."attnum" = "con"."parent";

-- params: []
SELECT "udt_schema", "udt_name" FROM "information_schema"."columns" WHERE "table_schema" = 'public' AND "table_name" = 't26_customers' AND "column_name"='status';

SELECT "udt_schema", "udt_name" FROM "information_schema"."columns" WHERE "table_schema" = 'public' AND "table_name" = 't26_orders' AND "column_name"='tags';

-- params: []
SELECT "udt_schema", "udt_name" FROM "information_schema"."columns" WHERE "table_schema" = 'public' AND "table_name" = 't26_products' AND "column_name"='kind';

SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 't26_status' ORDER BY "e"."enumsortorder";

-- params: []
SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 'varchar' ORDER BY "e"."enumsortorder";

SELECT "e"."enumlabel" AS "value" FROM "pg_enum" "e" INNER JOIN "pg_type" "t" ON "t"."oid" = "e"."enumtypid" INNER JOIN "pg_namespace" "n" ON "n"."oid" = "t"."typnamespace" WHERE "n"."nspname" = 'public' AND "t"."typname" = 't26_products_kind_enum' ORDER BY "e"."enumsortorder";

-- params: ["S1"]
SELECT "Product"."sku" AS "Product_sku", "Product"."name" AS "Product_name", "Product"."price" AS "Product_price", "Product"."kind" AS "Product_kind", "Product"."meta" AS "Product_meta" FROM "t26_products" "Product" WHERE "Product"."sku" = $1;

-- params: []
SELECT COUNT(1) AS "cnt" FROM "t26_customers" "Customer" WHERE "Customer"."deletedAt" IS NULL;

SELECT COUNT(1) AS "cnt" FROM "t26_customers" "Customer";

-- params: []
SELECT "o"."id" AS "o_id", "o"."code" AS "o_code", "o"."total" AS "o_total", "o"."placedAt" AS "o_placedAt", "o"."lines" AS "o_lines", "o"."tags" AS "o_tags", "o"."seq" AS "o_seq", "o"."customer_id" AS "o_customer_id", "p"."sku" AS "p_sku", "p"."name" AS "p_name", "p"."price" AS "p_price", "p"."kind" AS "p_kind", "p"."meta" AS "p_meta", "c"."id" AS "c_id", "c"."email" AS "c_email", "c"."status" AS "c_status", "c"."profile" AS "c_profile", "c"."balance" AS "c_balance", "c"."score" AS "c_score", "c"."age" AS "c_age", "c"."createdAt" AS "c_createdAt", "c"."updatedAt" AS "c_updatedAt", "c"."deletedAt" AS "c_deletedAt", "c"."version" AS "c_version", "c"."note" AS "c_note", "c"."birthday" AS "c_birthday", "c"."active" AS "c_active", "c"."big" AS "c_big" FROM "t26_orders" "o" LEFT JOIN "t26_order_products" "o_p" ON "o_p"."t26OrdersId"="o"."id" LEFT JOIN "t26_products" "p" ON "p"."sku"="o_p"."t26ProductsSku"  LEFT JOIN "t26_customers" "c" ON "c"."id"="o"."customer_id" AND ("c"."deletedAt" IS NULL);

ALTER TABLE "t26_customers" ADD "nick" character varying(30) NOT NULL DEFAULT 'anon';

ALTER TABLE "t26_customers" ADD "extra" integer array;

ALTER TABLE "t26_products" ADD "stock" integer NOT NULL DEFAULT '0';

ALTER TABLE "t26_customers" DROP CONSTRAINT "UQ_t26_cust_email_status";

ALTER TABLE "t26_customers" DROP CONSTRAINT "UQ_5bb8cc1146155b917fab03666e2";

ALTER TABLE "t26_customers" DROP COLUMN "email";

ALTER TABLE "t26_customers" ADD "email" character varying(160) NOT NULL;

SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 's26_users';

-- params: []
SELECT t.typname enum_name, array_agg(e.enumlabel ORDER BY enumsortorder) enum_value FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname='enum_s26_users_role' GROUP BY 1;

DO 'BEGIN CREATE TYPE "public"."enum_s26_users_role" AS ENUM(''admin'', ''member'', ''guest''); EXCEPTION WHEN duplicate_object THEN null; END';

CREATE TABLE IF NOT EXISTS "s26_users" ("id" UUID , "email" VARCHAR(150) NOT NULL UNIQUE, "role" "public"."enum_s26_users_role" NOT NULL DEFAULT 'member', "settings" JSONB DEFAULT '{}', "karma" INTEGER DEFAULT 0, "rate" DECIMAL(8,3), "ratio" FLOAT, "dbl" DOUBLE PRECISION, "born" DATE, "bio" TEXT , "flag" BOOLEAN DEFAULT false, "tags" TEXT[], "big" BIGINT, "code" CHAR(4), "seen" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "deletedAt" TIMESTAMP WITH TIME ZONE, PRIMARY KEY ("id")); COMMENT ON COLUMN "s26_users"."bio" IS 'about';

SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey AS indkey, array_agg(a.attnum) as column_indexes, array_agg(a.attname) AS column_names, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_attribute a WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND t.relkind = 'r' and t.relname = 's26_users' GROUP BY i.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, ix.indkey ORDER BY i.relname;

CREATE INDEX "s26_users_role_karma" ON "s26_users" ("role", "karma");

CREATE UNIQUE INDEX "s26_users_code_uq" ON "s26_users" ("code");

CREATE INDEX "s26_users_email_desc" ON "s26_users" ("email" DESC);

-- params: []
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 's26_teams';

CREATE TABLE IF NOT EXISTS "s26_teams" ("id"   SERIAL , "name" VARCHAR(255) NOT NULL, "size" SMALLINT, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));

SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey AS indkey, array_agg(a.attnum) as column_indexes, array_agg(a.attname) AS column_names, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_attribute a WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND t.relkind = 'r' and t.relname = 's26_teams' GROUP BY i.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, ix.indkey ORDER BY i.relname;

-- params: []
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 's26_posts';

SELECT t.typname enum_name, array_agg(e.enumlabel ORDER BY enumsortorder) enum_value FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typname='enum_s26_posts_status' GROUP BY 1;

DO 'BEGIN CREATE TYPE "public"."enum_s26_posts_status" AS ENUM(''draft'', ''live''); EXCEPTION WHEN duplicate_object THEN null; END';

CREATE TABLE IF NOT EXISTS "s26_posts" ("id"   SERIAL , "title" VARCHAR(200), "body" TEXT, "status" "public"."enum_s26_posts_status", "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "authorId" UUID REFERENCES "s26_users" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("id"));

-- params: []
SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey AS indkey, array_agg(a.attnum) as column_indexes, array_agg(a.attname) AS column_names, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_attribute a WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND t.relkind = 'r' and t.relname = 's26_posts' GROUP BY i.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, ix.indkey ORDER BY i.relname;

SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 's26_memberships';

CREATE TABLE IF NOT EXISTS "s26_memberships" ("createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "S26UserId" UUID  REFERENCES "s26_users" ("id") ON DELETE CASCADE ON UPDATE CASCADE, "S26TeamId" INTEGER  REFERENCES "s26_teams" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("S26UserId","S26TeamId"));

-- params: []
SELECT i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique, ix.indkey AS indkey, array_agg(a.attnum) as column_indexes, array_agg(a.attname) AS column_names, pg_get_indexdef(ix.indexrelid) AS definition FROM pg_class t, pg_class i, pg_index ix, pg_attribute a WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND t.relkind = 'r' and t.relname = 's26_memberships' GROUP BY i.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, ix.indkey ORDER BY i.relname;

--- second sync;

SELECT DISTINCT tc.constraint_name as constraint_name, tc.constraint_schema as constraint_schema, tc.constraint_catalog as constraint_catalog, tc.table_name as table_name,tc.table_schema as table_schema,tc.table_catalog as table_catalog,tc.initially_deferred as initially_deferred,tc.is_deferrable as is_deferrable,kcu.column_name as column_name,ccu.table_schema  AS referenced_table_schema,ccu.table_catalog  AS referenced_table_catalog,ccu.table_name  AS referenced_table_name,ccu.column_name AS referenced_column_name FROM information_schema.table_constraints AS tc JOIN information_schema.key_column_usage AS kcu ON tc.constraint_name = kcu.constraint_name JOIN information_schema.constraint_column_usage AS ccu ON ccu.constraint_name = tc.constraint_name WHERE constraint_type = 'FOREIGN KEY' AND tc.table_name = 's26_users' AND tc.table_catalog = current_database();

-- params: []
SELECT pk.constraint_type as "Constraint",c.column_name as "Field", c.column_default as "Default",c.is_nullable as "Null", (CASE WHEN c.udt_name = 'hstore' THEN c.udt_name ELSE c.data_type END) || (CASE WHEN c.character_maximum_length IS NOT NULL THEN '(' || c.character_maximum_length || ')' ELSE '' END) as "Type", (SELECT array_agg(e.enumlabel) FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON t.oid=e.enumtypid WHERE t.typname=c.udt_name) AS "special", (SELECT pgd.description FROM pg_catalog.pg_statio_all_tables AS st INNER JOIN pg_catalog.pg_description pgd on (pgd.objoid=st.relid) WHERE c.ordinal_position=pgd.objsubid AND c.table_name=st.relname) AS "Comment" FROM information_schema.columns c LEFT JOIN (SELECT tc.table_schema, tc.table_name, cu.column_name, tc.constraint_type FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE  cu ON tc.table_schema=cu.table_schema and tc.table_name=cu.table_name and tc.constraint_name=cu.constraint_name and tc.constraint_type='PRIMARY KEY') pk ON pk.table_schema=c.table_schema AND pk.table_name=c.table_name AND pk.column_name=c.column_name WHERE c.table_name = 's26_users' AND c.table_schema = 'public';

ALTER TABLE "s26_users" ALTER COLUMN "email" SET NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "email" DROP DEFAULT;ALTER TABLE "s26_users"  ADD UNIQUE ("email");ALTER TABLE "s26_users" ALTER COLUMN "email" TYPE VARCHAR(150);

ALTER TABLE "s26_users" ALTER COLUMN "role" SET NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "role" SET DEFAULT 'member';DO 'BEGIN CREATE TYPE "public"."enum_s26_users_role" AS ENUM(''admin'', ''member'', ''guest''); EXCEPTION WHEN duplicate_object THEN null; END';ALTER TABLE "s26_users" ALTER COLUMN "role" TYPE "public"."enum_s26_users_role" USING ("role"::"public"."enum_s26_users_role");

ALTER TABLE "s26_users" ALTER COLUMN "settings" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "settings" SET DEFAULT '{}';ALTER TABLE "s26_users" ALTER COLUMN "settings" TYPE JSONB;

ALTER TABLE "s26_users" ALTER COLUMN "karma" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "karma" SET DEFAULT 0;ALTER TABLE "s26_users" ALTER COLUMN "karma" TYPE INTEGER;

ALTER TABLE "s26_users" ALTER COLUMN "rate" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "rate" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "rate" TYPE DECIMAL(8,3);

ALTER TABLE "s26_users" ALTER COLUMN "ratio" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "ratio" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "ratio" TYPE FLOAT;

ALTER TABLE "s26_users" ALTER COLUMN "dbl" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "dbl" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "dbl" TYPE DOUBLE PRECISION;

ALTER TABLE "s26_users" ALTER COLUMN "born" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "born" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "born" TYPE DATE;

ALTER TABLE "s26_users" ALTER COLUMN "bio" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "bio" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "bio" TYPE TEXT; COMMENT ON COLUMN "s26_users"."bio" IS 'about';

ALTER TABLE "s26_users" ALTER COLUMN "flag" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "flag" SET DEFAULT false;ALTER TABLE "s26_users" ALTER COLUMN "flag" TYPE BOOLEAN;

ALTER TABLE "s26_users" ALTER COLUMN "tags" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "tags" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "tags" TYPE TEXT[];

ALTER TABLE "s26_users" ALTER COLUMN "big" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "big" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "big" TYPE BIGINT;

ALTER TABLE "s26_users" ALTER COLUMN "code" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "code" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "code" TYPE CHAR(4);

ALTER TABLE "s26_users" ALTER COLUMN "seen" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "seen" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "seen" TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE "s26_users" ALTER COLUMN "createdAt" SET NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "createdAt" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "createdAt" TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE "s26_users" ALTER COLUMN "updatedAt" SET NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "updatedAt" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "updatedAt" TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE "s26_users" ALTER COLUMN "deletedAt" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "deletedAt" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "deletedAt" TYPE TIMESTAMP WITH TIME ZONE;

SELECT DISTINCT tc.constraint_name as constraint_name, tc.constraint_schema as constraint_schema, tc.constraint_catalog as constraint_catalog, tc.table_name as table_name,tc.table_schema as table_schema,tc.table_catalog as table_catalog,tc.initially_deferred as initially_deferred,tc.is_deferrable as is_deferrable,kcu.column_name as column_name,ccu.table_schema  AS referenced_table_schema,ccu.table_catalog  AS referenced_table_catalog,ccu.table_name  AS referenced_table_name,ccu.column_name AS referenced_column_name FROM information_schema.table_constraints AS tc JOIN information_schema.key_column_usage AS kcu ON tc.constraint_name = kcu.constraint_name JOIN information_schema.constraint_column_usage AS ccu ON ccu.constraint_name = tc.constraint_name WHERE constraint_type = 'FOREIGN KEY' AND tc.table_name = 's26_teams' AND tc.table_catalog = current_database();

-- params: []
SELECT pk.constraint_type as "Constraint",c.column_name as "Field", c.column_default as "Default",c.is_nullable as "Null", (CASE WHEN c.udt_name = 'hstore' THEN c.udt_name ELSE c.data_type END) || (CASE WHEN c.character_maximum_length IS NOT NULL THEN '(' || c.character_maximum_length || ')' ELSE '' END) as "Type", (SELECT array_agg(e.enumlabel) FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON t.oid=e.enumtypid WHERE t.typname=c.udt_name) AS "special", (SELECT pgd.description FROM pg_catalog.pg_statio_all_tables AS st INNER JOIN pg_catalog.pg_description pgd on (pgd.objoid=st.relid) WHERE c.ordinal_position=pgd.objsubid AND c.table_name=st.relname) AS "Comment" FROM information_schema.columns c LEFT JOIN (SELECT tc.table_schema, tc.table_name, cu.column_name, tc.constraint_type FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE  cu ON tc.table_schema=cu.table_schema and tc.table_name=cu.table_name and tc.constraint_name=cu.constraint_name and tc.constraint_type='PRIMARY KEY') pk ON pk.table_schema=c.table_schema AND pk.table_name=c.table_name AND pk.column_name=c.column_name WHERE c.table_name = 's26_teams' AND c.table_schema = 'public';

ALTER TABLE "s26_teams" ALTER COLUMN "name" SET NOT NULL;ALTER TABLE "s26_teams" ALTER COLUMN "name" DROP DEFAULT;ALTER TABLE "s26_teams" ALTER COLUMN "name" TYPE VARCHAR(255);

ALTER TABLE "s26_teams" ALTER COLUMN "size" DROP NOT NULL;ALTER TABLE "s26_teams" ALTER COLUMN "size" DROP DEFAULT;ALTER TABLE "s26_teams" ALTER COLUMN "size" TYPE SMALLINT;

ALTER TABLE "s26_teams" ALTER COLUMN "created_at" SET NOT NULL;ALTER TABLE "s26_teams" ALTER COLUMN "created_at" DROP DEFAULT;ALTER TABLE "s26_teams" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE "s26_teams" ALTER COLUMN "updated_at" SET NOT NULL;ALTER TABLE "s26_teams" ALTER COLUMN "updated_at" DROP DEFAULT;ALTER TABLE "s26_teams" ALTER COLUMN "updated_at" TYPE TIMESTAMP WITH TIME ZONE;

SELECT pk.constraint_type as "Constraint",c.column_name as "Field", c.column_default as "Default",c.is_nullable as "Null", (CASE WHEN c.udt_name = 'hstore' THEN c.udt_name ELSE c.data_type END) || (CASE WHEN c.character_maximum_length IS NOT NULL THEN '(' || c.character_maximum_length || ')' ELSE '' END) as "Type", (SELECT array_agg(e.enumlabel) FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON t.oid=e.enumtypid WHERE t.typname=c.udt_name) AS "special", (SELECT pgd.description FROM pg_catalog.pg_statio_all_tables AS st INNER JOIN pg_catalog.pg_description pgd on (pgd.objoid=st.relid) WHERE c.ordinal_position=pgd.objsubid AND c.table_name=st.relname) AS "Comment" FROM information_schema.columns c LEFT JOIN (SELECT tc.table_schema, tc.table_name, cu.column_name, tc.constraint_type FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE  cu ON tc.table_schema=cu.table_schema and tc.table_name=cu.table_name and tc.constraint_name=cu.constraint_name and tc.constraint_type='PRIMARY KEY') pk ON pk.table_schema=c.table_schema AND pk.table_name=c.table_name AND pk.column_name=c.column_name WHERE c.table_name = 's26_posts' AND c.table_schema = 'public';

-- params: []
SELECT DISTINCT tc.constraint_name as constraint_name, tc.constraint_schema as constraint_schema, tc.constraint_catalog as constraint_catalog, tc.table_name as table_name,tc.table_schema as table_schema,tc.table_catalog as table_catalog,tc.initially_deferred as initially_deferred,tc.is_deferrable as is_deferrable,kcu.column_name as column_name,ccu.table_schema  AS referenced_table_schema,ccu.table_catalog  AS referenced_table_catalog,ccu.table_name  AS referenced_table_name,ccu.column_name AS referenced_column_name FROM information_schema.table_constraints AS tc JOIN information_schema.key_column_usage AS kcu ON tc.constraint_name = kcu.constraint_name JOIN information_schema.constraint_column_usage AS ccu ON ccu.constraint_name = tc.constraint_name WHERE constraint_type = 'FOREIGN KEY' AND tc.table_name = 's26_posts' AND tc.table_catalog = current_database();

ALTER TABLE "s26_posts" ALTER COLUMN "title" DROP NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "title" DROP DEFAULT;ALTER TABLE "s26_posts" ALTER COLUMN "title" TYPE VARCHAR(200);

ALTER TABLE "s26_posts" ALTER COLUMN "body" DROP NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "body" DROP DEFAULT;ALTER TABLE "s26_posts" ALTER COLUMN "body" TYPE TEXT;

ALTER TABLE "s26_posts" ALTER COLUMN "status" DROP NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "status" DROP DEFAULT;DO 'BEGIN CREATE TYPE "public"."enum_s26_posts_status" AS ENUM(''draft'', ''live''); EXCEPTION WHEN duplicate_object THEN null; END';ALTER TABLE "s26_posts" ALTER COLUMN "status" TYPE "public"."enum_s26_posts_status" USING ("status"::"public"."enum_s26_posts_status");

ALTER TABLE "s26_posts" ALTER COLUMN "createdAt" SET NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "createdAt" DROP DEFAULT;ALTER TABLE "s26_posts" ALTER COLUMN "createdAt" TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE "s26_posts" ALTER COLUMN "updatedAt" SET NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "updatedAt" DROP DEFAULT;ALTER TABLE "s26_posts" ALTER COLUMN "updatedAt" TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE "s26_posts" DROP CONSTRAINT "s26_posts_authorId_fkey";

ALTER TABLE "s26_posts"  ADD FOREIGN KEY ("authorId") REFERENCES "s26_users" ("id") ON DELETE CASCADE ON UPDATE CASCADE;

SELECT pk.constraint_type as "Constraint",c.column_name as "Field", c.column_default as "Default",c.is_nullable as "Null", (CASE WHEN c.udt_name = 'hstore' THEN c.udt_name ELSE c.data_type END) || (CASE WHEN c.character_maximum_length IS NOT NULL THEN '(' || c.character_maximum_length || ')' ELSE '' END) as "Type", (SELECT array_agg(e.enumlabel) FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON t.oid=e.enumtypid WHERE t.typname=c.udt_name) AS "special", (SELECT pgd.description FROM pg_catalog.pg_statio_all_tables AS st INNER JOIN pg_catalog.pg_description pgd on (pgd.objoid=st.relid) WHERE c.ordinal_position=pgd.objsubid AND c.table_name=st.relname) AS "Comment" FROM information_schema.columns c LEFT JOIN (SELECT tc.table_schema, tc.table_name, cu.column_name, tc.constraint_type FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.KEY_COLUMN_USAGE  cu ON tc.table_schema=cu.table_schema and tc.table_name=cu.table_name and tc.constraint_name=cu.constraint_name and tc.constraint_type='PRIMARY KEY') pk ON pk.table_schema=c.table_schema AND pk.table_name=c.table_name AND pk.column_name=c.column_name WHERE c.table_name = 's26_memberships' AND c.table_schema = 'public';

-- params: []
SELECT DISTINCT tc.constraint_name as constraint_name, tc.constraint_schema as constraint_schema, tc.constraint_catalog as constraint_catalog, tc.table_name as table_name,tc.table_schema as table_schema,tc.table_catalog as table_catalog,tc.initially_deferred as initially_deferred,tc.is_deferrable as is_deferrable,kcu.column_name as column_name,ccu.table_schema  AS referenced_table_schema,ccu.table_catalog  AS referenced_table_catalog,ccu.table_name  AS referenced_table_name,ccu.column_name AS referenced_column_name FROM information_schema.table_constraints AS tc JOIN information_schema.key_column_usage AS kcu ON tc.constraint_name = kcu.constraint_name JOIN information_schema.constraint_column_usage AS ccu ON ccu.constraint_name = tc.constraint_name WHERE constraint_type = 'FOREIGN KEY' AND tc.table_name = 's26_memberships' AND tc.table_catalog = current_database();

ALTER TABLE "s26_memberships" ALTER COLUMN "createdAt" SET NOT NULL;ALTER TABLE "s26_memberships" ALTER COLUMN "createdAt" DROP DEFAULT;ALTER TABLE "s26_memberships" ALTER COLUMN "createdAt" TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE "s26_memberships" ALTER COLUMN "updatedAt" SET NOT NULL;ALTER TABLE "s26_memberships" ALTER COLUMN "updatedAt" DROP DEFAULT;ALTER TABLE "s26_memberships" ALTER COLUMN "updatedAt" TYPE TIMESTAMP WITH TIME ZONE;

SELECT "S26User"."id", "S26User"."email", "S26User"."role", "S26User"."settings", "S26User"."karma", "S26User"."rate", "S26User"."ratio", "S26User"."dbl", "S26User"."born", "S26User"."bio", "S26User"."flag", "S26User"."tags", "S26User"."big", "S26User"."code", "S26User"."seen", "S26User"."createdAt", "S26User"."updatedAt", "S26User"."deletedAt", "S26Posts"."id" AS "S26Posts.id", "S26Posts"."title" AS "S26Posts.title", "S26Posts"."body" AS "S26Posts.body", "S26Posts"."status" AS "S26Posts.status", "S26Posts"."createdAt" AS "S26Posts.createdAt", "S26Posts"."updatedAt" AS "S26Posts.updatedAt", "S26Posts"."authorId" AS "S26Posts.authorId", "S26Teams"."id" AS "S26Teams.id", "S26Teams"."name" AS "S26Teams.name", "S26Teams"."size" AS "S26Teams.size", "S26Teams"."created_at" AS "S26Teams.createdAt", "S26Teams"."updated_at" AS "S26Teams.updatedAt", "S26Teams->s26_memberships"."createdAt" AS "S26Teams.s26_memberships.createdAt", "S26Teams->s26_memberships"."updatedAt" AS "S26Teams.s26_memberships.updatedAt", "S26Teams->s26_memberships"."S26UserId" AS "S26Teams.s26_memberships.S26UserId", "S26Teams->s26_memberships"."S26TeamId" AS "S26Teams.s26_memberships.S26TeamId" FROM "s26_users" AS "S26User" LEFT OUTER JOIN "s26_posts" AS "S26Posts" ON "S26User"."id" = "S26Posts"."authorId" LEFT OUTER JOIN ( "s26_memberships" AS "S26Teams->s26_memberships" INNER JOIN "s26_teams" AS "S26Teams" ON "S26Teams"."id" = "S26Teams->s26_memberships"."S26TeamId") ON "S26User"."id" = "S26Teams->s26_memberships"."S26UserId" WHERE ("S26User"."deletedAt" IS NULL);

-- Sequelize's second sync({ alter: true }) after the models changed (an enum value, a longer varchar, a bigint, a new column, a comment).
ALTER TYPE "public"."enum_s26_users_role" ADD VALUE IF NOT EXISTS 'owner' AFTER 'guest';
ALTER TABLE "public"."s26_users" ADD COLUMN "nick" VARCHAR(20);
ALTER TABLE "s26_users" ALTER COLUMN "email" SET NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "email" DROP DEFAULT;ALTER TABLE "s26_users"  ADD UNIQUE ("email");ALTER TABLE "s26_users" ALTER COLUMN "email" TYPE VARCHAR(200)  ;
ALTER TABLE "s26_users" ALTER COLUMN "role" SET NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "role" SET DEFAULT 'member';DO 'BEGIN CREATE TYPE "public"."enum_s26_users_role" AS ENUM(''admin'', ''member'', ''guest'', ''owner''); EXCEPTION WHEN duplicate_object THEN null; END';ALTER TABLE "s26_users" ALTER COLUMN "role" TYPE "public"."enum_s26_users_role" USING ("role"::"public"."enum_s26_users_role");
ALTER TABLE "s26_users" ALTER COLUMN "karma" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "karma" SET DEFAULT 5;ALTER TABLE "s26_users" ALTER COLUMN "karma" TYPE BIGINT;
ALTER TABLE "s26_users" ALTER COLUMN "bio" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "bio" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "bio" TYPE TEXT; COMMENT ON COLUMN "s26_users"."bio" IS 'about me';
ALTER TABLE "s26_teams" ALTER COLUMN "name" SET NOT NULL;ALTER TABLE "s26_teams" ALTER COLUMN "name" DROP DEFAULT;ALTER TABLE "s26_teams" ALTER COLUMN "name" TYPE VARCHAR(255);
ALTER TABLE "s26_teams" ALTER COLUMN "size" DROP NOT NULL;ALTER TABLE "s26_teams" ALTER COLUMN "size" DROP DEFAULT;ALTER TABLE "s26_teams" ALTER COLUMN "size" TYPE SMALLINT;
ALTER TABLE "s26_teams" ALTER COLUMN "created_at" SET NOT NULL;ALTER TABLE "s26_teams" ALTER COLUMN "created_at" DROP DEFAULT;ALTER TABLE "s26_teams" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE "s26_teams" ALTER COLUMN "updated_at" SET NOT NULL;ALTER TABLE "s26_teams" ALTER COLUMN "updated_at" DROP DEFAULT;ALTER TABLE "s26_teams" ALTER COLUMN "updated_at" TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE "s26_posts" ALTER COLUMN "title" DROP NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "title" DROP DEFAULT;ALTER TABLE "s26_posts" ALTER COLUMN "title" TYPE VARCHAR(200);
ALTER TABLE "s26_posts" ALTER COLUMN "body" DROP NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "body" DROP DEFAULT;ALTER TABLE "s26_posts" ALTER COLUMN "body" TYPE TEXT;
ALTER TABLE "s26_posts" ALTER COLUMN "status" DROP NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "status" DROP DEFAULT;DO 'BEGIN CREATE TYPE "public"."enum_s26_posts_status" AS ENUM(''draft'', ''live''); EXCEPTION WHEN duplicate_object THEN null; END';ALTER TABLE "s26_posts" ALTER COLUMN "status" TYPE "public"."enum_s26_posts_status" USING ("status"::"public"."enum_s26_posts_status");
ALTER TABLE "s26_posts" ALTER COLUMN "createdAt" SET NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "createdAt" DROP DEFAULT;ALTER TABLE "s26_posts" ALTER COLUMN "createdAt" TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE "s26_posts" ALTER COLUMN "updatedAt" SET NOT NULL;ALTER TABLE "s26_posts" ALTER COLUMN "updatedAt" DROP DEFAULT;ALTER TABLE "s26_posts" ALTER COLUMN "updatedAt" TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE "s26_posts" DROP CONSTRAINT "s26_posts_authorId_fkey";
ALTER TABLE "s26_posts"  ADD FOREIGN KEY ("authorId") REFERENCES "s26_users" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "s26_memberships" ALTER COLUMN "createdAt" SET NOT NULL;ALTER TABLE "s26_memberships" ALTER COLUMN "createdAt" DROP DEFAULT;ALTER TABLE "s26_memberships" ALTER COLUMN "createdAt" TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE "s26_memberships" ALTER COLUMN "updatedAt" SET NOT NULL;ALTER TABLE "s26_memberships" ALTER COLUMN "updatedAt" DROP DEFAULT;ALTER TABLE "s26_memberships" ALTER COLUMN "updatedAt" TYPE TIMESTAMP WITH TIME ZONE;
ALTER TABLE "s26_users" ALTER COLUMN "nick" DROP NOT NULL;ALTER TABLE "s26_users" ALTER COLUMN "nick" DROP DEFAULT;ALTER TABLE "s26_users" ALTER COLUMN "nick" TYPE VARCHAR(20);
-- params: []
select conname, contype, pg_get_constraintdef(oid) from pg_constraint where conrelid = 's26_users'::regclass order by conname;
select column_name, data_type, character_maximum_length, column_default, is_nullable, col_description('s26_users'::regclass, ordinal_position::int) from information_schema.columns where table_name = 's26_users' order by ordinal_position;
-- params: []
select e.enumlabel from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = 'enum_s26_users_role' order by e.enumsortorder;

select 1;

-- params: []
select table_name, table_schema as schema_name, (select pg_catalog.obj_description(c.oid) from pg_catalog.pg_class c
          where c.oid = (select ('"' || table_schema || '"."' || table_name || '"')::regclass::oid) and c.relname = table_name) as table_comment from information_schema.tables where "table_schema" not like 'pg_%' and "table_schema" not like 'crdb_%' and "table_schema" not like '_timescaledb_%' and "table_schema" not in ('information_schema', 'tiger', 'topology') and table_name != 'geometry_columns' and table_name != 'spatial_ref_sys' and table_type != 'VIEW' and table_name not in (select inhrelid::regclass::text from pg_inherits) order by table_name;

select t.typname as enum_name, n.nspname as schema_name, array_agg(e.enumlabel order by e.enumsortorder) as enum_value
        from pg_type t
        join pg_enum e on t.oid = e.enumtypid
        join pg_catalog.pg_namespace n on n.oid = t.typnamespace
        where n.nspname in ('public')
        group by t.typname, n.nspname;

-- params: []
select table_schema as schema_name, table_name, column_name,
      column_default,
      is_nullable,
      udt_name,
      udt_schema,
      coalesce(datetime_precision, character_maximum_length) length,
      atttypmod custom_length,
      numeric_precision,
      numeric_scale,
      data_type,
      is_identity,
      identity_generation,
      generation_expression,
      pg_catalog.col_description(pgc.oid, cols.ordinal_position::int) column_comment
      from information_schema.columns cols
      join pg_class pgc on cols.table_name = pgc.relname
      join pg_attribute pga on pgc.oid = pga.attrelid and cols.column_name = pga.attname
      where ((table_schema = 'd26_drizzle' and table_name in ('d26_migrations')) or (table_schema = 'public' and table_name in ('d26_accounts','d26_groups','d26_members','s26_memberships','s26_posts','s26_teams','s26_users','t26_customers','t26_order_products','t26_orders','t26_products')))
      order by ordinal_position;

select indrelid::regclass as table_name, ns.nspname as schema_name, relname as constraint_name, idx.indisunique as unique, idx.indisprimary as primary, contype, condeferrable, condeferred,
      array(
        select pg_get_indexdef(idx.indexrelid, k + 1, true)
        from generate_subscripts(idx.indkey, 1) as k
        order by k
      ) as index_def,
      pg_get_indexdef(idx.indexrelid) as expression,
      c.condeferrable as deferrable,
      c.condeferred as initially_deferred
      from pg_index idx
      join pg_class as i on i.oid = idx.indexrelid
      join pg_namespace as ns on i.relnamespace = ns.oid
      left join pg_constraint as c on c.conname = i.relname
      where indrelid in ('"d26_drizzle"."d26_migrations"'::regclass, '"public"."d26_accounts"'::regclass, '"public"."d26_groups"'::regclass, '"public"."d26_members"'::regclass, '"public"."s26_memberships"'::regclass, '"public"."s26_posts"'::regclass, '"public"."s26_teams"'::regclass, '"public"."s26_users"'::regclass, '"public"."t26_customers"'::regclass, '"public"."t26_order_products"'::regclass, '"public"."t26_orders"'::regclass, '"public"."t26_products"'::regclass)
      order by relname;

-- params: []
select ccu.table_name as table_name, ccu.table_schema as schema_name, pgc.conname as name, conrelid::regclass as table_from, ccu.column_name as column_name, pg_get_constraintdef(pgc.oid) as expression
      from pg_constraint pgc
      join pg_namespace nsp on nsp.oid = pgc.connamespace
      join pg_class cls on pgc.conrelid = cls.oid
      join information_schema.constraint_column_usage ccu on pgc.conname = ccu.constraint_name and nsp.nspname = ccu.constraint_schema and cls.relname = ccu.table_name
      where contype = 'c' and (ccu.table_name in ('d26_migrations') and ccu.table_schema = 'd26_drizzle' or ccu.table_name in ('d26_accounts','d26_groups','d26_members','s26_memberships','s26_posts','s26_teams','s26_users','t26_customers','t26_order_products','t26_orders','t26_products') and ccu.table_schema = 'public')
      order by pgc.conname;

select nsp1.nspname schema_name, cls1.relname table_name, nsp2.nspname referenced_schema_name,
      cls2.relname referenced_table_name, a.attname column_name, af.attname referenced_column_name, conname constraint_name,
      confupdtype update_rule, confdeltype delete_rule, array_position(con.conkey,a.attnum) as ord, condeferrable, condeferred,
      pg_get_constraintdef(con.oid) as constraint_def
      from pg_attribute a
      join pg_constraint con on con.conrelid = a.attrelid AND a.attnum = ANY (con.conkey)
      join pg_attribute af on af.attnum = con.confkey[array_position(con.conkey,a.attnum)] AND af.attrelid = con.confrelid
      join pg_namespace nsp1 on nsp1.oid = con.connamespace
      join pg_class cls1 on cls1.oid = con.conrelid
      join pg_class cls2 on cls2.oid = confrelid
      join pg_namespace nsp2 on nsp2.oid = cls2.relnamespace
      where ((cls1.relname in ('d26_migrations') and nsp1.nspname = 'd26_drizzle') or (cls1.relname in ('d26_accounts','d26_groups','d26_members','s26_memberships','s26_posts','s26_teams','s26_users','t26_customers','t26_order_products','t26_orders','t26_products') and nsp1.nspname = 'public'))
      and confrelid > 0
      order by nsp1.nspname, cls1.relname, constraint_name, ord;

create type "m26_kind" as enum ('online', 'retail'); --
alter table "d26_members" drop constraint "d26_members_account_id_d26_accounts_id_fk";

alter table "d26_members" drop constraint "d26_members_group_fk";

alter table "s26_memberships" drop constraint "s26_memberships_S26TeamId_fkey";

alter table "s26_memberships" drop constraint "s26_memberships_S26UserId_fkey";

alter table "s26_posts" drop constraint "s26_posts_authorId_fkey";

alter table "t26_orders" drop constraint "FK_c299f08ccb54e8107bfbbf9ff97";

alter table "t26_order_products" drop constraint "FK_95718570ed69306a28bdf7c8b23";

alter table "t26_order_products" drop constraint "FK_a6e7410a6c3020fb14bd76ab0fa";

create table "m26_shops" ("id" uuid not null default gen_random_uuid(), "name" varchar(100) not null, "kind" "m26_kind" not null default 'retail', "opened" timestamptz(3) not null default current_timestamp(3), "meta" jsonb null, "rating" double precision null, "code" char(3) null, "active" boolean not null default true, constraint "m26_shops_pkey" primary key ("id")); --
alter table "m26_shops" add constraint "m26_shops_name_unique" unique ("name"); --
create index "m26_shops_kind_opened_index" on "m26_shops" ("kind", "opened"); --
create index "m26_shops_lower_name" on "m26_shops" (lower("name")); --
alter table "m26_shops" add constraint "m26_shops_code_kind_unique" unique ("code", "kind");

create table "m26_items" ("id" bigserial primary key, "title" text not null, "price" numeric(10,2) not null default 0, "qty" smallint not null default 1, "added" date null, "at" time(0) null, "dur" interval null, "blob" bytea null, "shop_id" uuid not null, constraint m26_items_qty_pos check (qty > 0)); --
create index "m26_items_shop_id_index" on "m26_items" ("shop_id");

create table "m26_tags" ("id" serial primary key, "label" varchar(40) not null);

create table "m26_item_tags" ("item_id" bigint not null, "tag_id" int not null, constraint "m26_item_tags_pkey" primary key ("item_id", "tag_id"));

alter table "m26_items" add constraint "m26_items_shop_id_foreign" foreign key ("shop_id") references "m26_shops" ("id") on update cascade on delete cascade;

alter table "m26_item_tags" add constraint "m26_item_tags_item_id_foreign" foreign key ("item_id") references "m26_items" ("id") on update cascade on delete cascade; --
alter table "m26_item_tags" add constraint "m26_item_tags_tag_id_foreign" foreign key ("tag_id") references "m26_tags" ("id") on update cascade on delete cascade;

drop table if exists "d26_drizzle"."d26_migrations" cascade;

drop table if exists "d26_accounts" cascade;

drop table if exists "d26_groups" cascade;

drop table if exists "d26_members" cascade;

drop table if exists "s26_memberships" cascade;

drop table if exists "s26_posts" cascade;

drop table if exists "s26_teams" cascade;

drop table if exists "s26_users" cascade;

drop table if exists "t26_customers" cascade;

drop table if exists "t26_order_products" cascade;

drop table if exists "t26_orders" cascade;

drop table if exists "t26_products" cascade;

drop type "d26_level"; --
drop type "enum_s26_posts_status"; --
drop type "enum_s26_users_role"; --
drop type "t26_products_kind_enum"; --
drop type "t26_status"; --
drop schema if exists "d26_drizzle";

-- params: []
select table_schema as schema_name, table_name, column_name,
      column_default,
      is_nullable,
      udt_name,
      udt_schema,
      coalesce(datetime_precision, character_maximum_length) length,
      atttypmod custom_length,
      numeric_precision,
      numeric_scale,
      data_type,
      is_identity,
      identity_generation,
      generation_expression,
      pg_catalog.col_description(pgc.oid, cols.ordinal_position::int) column_comment
      from information_schema.columns cols
      join pg_class pgc on cols.table_name = pgc.relname
      join pg_attribute pga on pgc.oid = pga.attrelid and cols.column_name = pga.attname
      where ((table_schema = 'public' and table_name in ('m26_item_tags','m26_items','m26_shops','m26_tags')))
      order by ordinal_position;

select indrelid::regclass as table_name, ns.nspname as schema_name, relname as constraint_name, idx.indisunique as unique, idx.indisprimary as primary, contype, condeferrable, condeferred,
      array(
        select pg_get_indexdef(idx.indexrelid, k + 1, true)
        from generate_subscripts(idx.indkey, 1) as k
        order by k
      ) as index_def,
      pg_get_indexdef(idx.indexrelid) as expression,
      c.condeferrable as deferrable,
      c.condeferred as initially_deferred
      from pg_index idx
      join pg_class as i on i.oid = idx.indexrelid
      join pg_namespace as ns on i.relnamespace = ns.oid
      left join pg_constraint as c on c.conname = i.relname
      where indrelid in ('"public"."m26_item_tags"'::regclass, '"public"."m26_items"'::regclass, '"public"."m26_shops"'::regclass, '"public"."m26_tags"'::regclass)
      order by relname;

-- params: []
select ccu.table_name as table_name, ccu.table_schema as schema_name, pgc.conname as name, conrelid::regclass as table_from, ccu.column_name as column_name, pg_get_constraintdef(pgc.oid) as expression
      from pg_constraint pgc
      join pg_namespace nsp on nsp.oid = pgc.connamespace
      join pg_class cls on pgc.conrelid = cls.oid
      join information_schema.constraint_column_usage ccu on pgc.conname = ccu.constraint_name and nsp.nspname = ccu.constraint_schema and cls.relname = ccu.table_name
      where contype = 'c' and (ccu.table_name in ('m26_item_tags','m26_items','m26_shops','m26_tags') and ccu.table_schema = 'public')
      order by pgc.conname;

select nsp1.nspname schema_name, cls1.relname table_name, nsp2.nspname referenced_schema_name,
      cls2.relname referenced_table_name, a.attname column_name, af.attname referenced_column_name, conname constraint_name,
      confupdtype update_rule, confdeltype delete_rule, array_position(con.conkey,a.attnum) as ord, condeferrable, condeferred,
      pg_get_constraintdef(con.oid) as constraint_def
      from pg_attribute a
      join pg_constraint con on con.conrelid = a.attrelid AND a.attnum = ANY (con.conkey)
      join pg_attribute af on af.attnum = con.confkey[array_position(con.conkey,a.attnum)] AND af.attrelid = con.confrelid
      join pg_namespace nsp1 on nsp1.oid = con.connamespace
      join pg_class cls1 on cls1.oid = con.conrelid
      join pg_class cls2 on cls2.oid = confrelid
      join pg_namespace nsp2 on nsp2.oid = cls2.relnamespace
      where ((cls1.relname in ('m26_item_tags','m26_items','m26_shops','m26_tags') and nsp1.nspname = 'public'))
      and confrelid > 0
      order by nsp1.nspname, cls1.relname, constraint_name, ord;

-- What the ORMs send once the schema is in place: their inserts, finds and updates, wrong input included.
-- params: ["Corner", "online", "{\"k\": [1, 2]}", "AB"]
insert into "m26_shops" ("id", "name", "kind", "meta", "code") values ('6f1c8a7e-1111-4a5b-9c0d-000000000001', $1, $2, $3, $4) returning "id", "kind", "opened" is not null as "opened", "active", "rating";
-- params: ["Kiosk", "retail", null, null]
insert into "m26_shops" ("id", "name", "kind", "meta", "code") values ('6f1c8a7e-1111-4a5b-9c0d-000000000002', $1, $2, $3, $4) returning "id", "meta", "code";
-- params: ["Mall", "warehouse"]
insert into "m26_shops" ("name", "kind") values ($1, $2);
insert into "m26_shops" ("name", "code", "kind") values ('corner', 'ABCD', 'retail');
insert into "m26_shops" ("name") values ('Corner');
insert into "m26_items" ("title", "price", "qty", "added", "at", "dur", "shop_id") values ('pen', 1.005, 3, '2024-02-29', '13:45:10.5', '1 day 02:03:04', '6f1c8a7e-1111-4a5b-9c0d-000000000001'), ('ink', '12.50', 1, null, null, 'P1Y2M', '6f1c8a7e-1111-4a5b-9c0d-000000000002') returning "id", "price", "added", "at", "dur";
insert into "m26_items" ("title", "qty", "shop_id") values ('bad', 0, '6f1c8a7e-1111-4a5b-9c0d-000000000001');
insert into "m26_items" ("title", "shop_id") values ('orphan', '6f1c8a7e-1111-4a5b-9c0d-0000000000ff');
insert into "m26_items" ("title", "price", "shop_id") values ('huge', 123456789012.5, '6f1c8a7e-1111-4a5b-9c0d-000000000001');
insert into "m26_tags" ("label") values ('red'), ('blue') returning "id", "label";
insert into "m26_item_tags" ("item_id", "tag_id") select i.id, t.id from "m26_items" i cross join "m26_tags" t;
-- params: ["1", "1"]
insert into "m26_item_tags" ("item_id", "tag_id") values ($1, $2);
-- params: []
select "m0".*, "m1"."name" as "shop_name" from "m26_items" as "m0" left join "m26_shops" as "m1" on "m0"."shop_id" = "m1"."id" order by "m0"."id" asc;
-- params: ["6f1c8a7e-1111-4a5b-9c0d-000000000001", 10]
select "m0"."id", "m0"."title", "m0"."price" from "m26_items" as "m0" where "m0"."shop_id" = $1 order by "m0"."price" desc limit $2;
select "m0".*, "t1"."label" from "m26_items" as "m0" left join "m26_item_tags" as "m2" on "m0"."id" = "m2"."item_id" left join "m26_tags" as "t1" on "m2"."tag_id" = "t1"."id" order by "m0"."id", "t1"."label";
-- params: []
select count(*) as "count", sum("price") as "sum", avg("qty") as "avg", max("dur") as "max" from "m26_items";
select "kind", count(*) from "m26_shops" group by "kind" order by "kind";
-- params: []
select "id", "name", "kind", "meta", "rating", "code", "active" from "m26_shops" where "meta" @> '{"k": [2]}' order by "name";
select "id", "name", "kind", "meta", "rating", "code", "active" from "m26_shops" where "meta"->>'k' is not null and "kind" = 'online';
-- params: ["online"]
select "name" from "m26_shops" where "kind" = $1 and lower("name") like 'c%';
update "m26_items" set "price" = "price" * 1.1, "qty" = "qty" + 1 where "title" = 'pen' returning "price", "qty";
update "m26_items" set "qty" = -1 where "title" = 'ink';
update "m26_shops" set "kind" = 'closed' where "name" = 'Kiosk';
-- params: [4.5, "Kiosk"]
update "m26_shops" set "rating" = $1 where "name" = $2 returning "rating";
delete from "m26_shops" where "name" = 'Corner' returning "name";
-- params: []
select count(*) from "m26_items";
select count(*) from "m26_item_tags";
-- The catalog rows the migrations above leave, as the tools read them back.
-- params: []
select conname, contype, pg_get_constraintdef(oid) from pg_constraint where conrelid in ('m26_shops'::regclass, 'm26_items'::regclass, 'm26_item_tags'::regclass) order by conname;
select indexname, indexdef from pg_indexes where tablename like 'm26%' order by indexname;
-- params: []
select table_name, column_name, data_type, udt_name, column_default, is_nullable, character_maximum_length, numeric_precision, numeric_scale, datetime_precision from information_schema.columns where table_name like 'm26%' order by table_name, ordinal_position;
select format_type(atttypid, atttypmod), attname, attnotnull, atthasdef from pg_attribute where attrelid = 'm26_items'::regclass and attnum > 0 and not attisdropped order by attnum;
-- params: []
select pg_get_expr(adbin, adrelid) from pg_attrdef where adrelid = 'm26_shops'::regclass order by adnum;
select e.enumlabel, e.enumsortorder from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = 'm26_kind' order by e.enumsortorder;
-- params: []
SELECT TRUE FROM information_schema.columns WHERE table_name = 'pg_class' and column_name = 'relispartition';
SELECT table_schema, column_name, data_type FROM information_schema.columns WHERE table_name = 'pg_index' and column_name in ('indnullsnotdistinct', 'indisunique') order by column_name;
-- params: []
SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = 'pg_catalog' and table_name = 'pg_attribute';
SELECT count(*) FROM information_schema.tables WHERE table_name = 'pg_class';
-- Scalar functions in FROM, as TypeORM's `SELECT * FROM current_schema()` has them.
select pg_typeof(x) from now() x;
select * from abs(-2.50) a;
-- params: [2.345]
select * from round($1::numeric, 2) r;
ALTER TABLE "m26_items" ADD "sku" character varying(20) NOT NULL;
ALTER TABLE "m26_items" ALTER COLUMN "title" SET NOT NULL, ALTER COLUMN "at" SET NOT NULL;
drop table if exists "m26_item_tags", "m26_items", "m26_shops", "m26_tags" cascade;
drop type if exists "m26_kind";
drop type if exists "d26_level", "enum_s26_posts_status", "enum_s26_users_role", "t26_products_kind_enum", "t26_status";
drop schema if exists "d26_drizzle" cascade;
