-- Sweep 24: what GUI and introspection tools send on connect, on opening a table's properties
-- (columns, keys, foreign keys, indexes, constraints, triggers, sequences, comments, the DDL view)
-- and on listing schemas and functions: DBeaver, pgAdmin 4, DataGrip (pgjdbc), Metabase, PostgREST,
-- Hasura, TablePlus, Postico and psql's \d family. Names are prefixed s24 so nothing collides.
CREATE SCHEMA s24;
CREATE TYPE s24_state AS ENUM ('draft', 'live', 'retired');
CREATE TABLE s24.vendors (id serial PRIMARY KEY, name text NOT NULL UNIQUE, rating numeric(3,1) CONSTRAINT rating_range CHECK (rating BETWEEN 0 AND 5), created timestamptz NOT NULL DEFAULT now());
CREATE TABLE s24.items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, vendor_id integer NOT NULL REFERENCES s24.vendors(id) ON DELETE CASCADE, sku varchar(32) NOT NULL, price numeric(10,2) DEFAULT 0, tags text[], state s24_state NOT NULL DEFAULT 'draft', note char(4));
CREATE UNIQUE INDEX items_sku_lower ON s24.items (lower(sku));
CREATE INDEX items_vendor_live ON s24.items (vendor_id, price DESC) WHERE state = 'live';
CREATE TABLE s24_notes (vendor_id integer REFERENCES s24.vendors(id), body text, PRIMARY KEY (vendor_id, body));
CREATE VIEW s24.live_items AS SELECT i.id, i.sku, v.name AS vendor FROM s24.items i JOIN s24.vendors v ON v.id = i.vendor_id WHERE i.state = 'live';
CREATE SEQUENCE s24.invoice_no START 1000 INCREMENT 5 MAXVALUE 99999 CYCLE;
CREATE FUNCTION s24_price_guard() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN IF NEW.price < 0 THEN NEW.price := 0; END IF; RETURN NEW; END$$;
CREATE TRIGGER items_price_guard BEFORE INSERT OR UPDATE OF price ON s24.items FOR EACH ROW EXECUTE FUNCTION s24_price_guard();
CREATE FUNCTION s24_vendor_items(v integer, min_price numeric DEFAULT 0) RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM s24.items WHERE vendor_id = v AND price >= min_price';
COMMENT ON SCHEMA s24 IS 'Catalog of goods';
COMMENT ON TABLE s24.items IS 'Things for sale';
COMMENT ON COLUMN s24.items.sku IS 'Stock keeping unit';
COMMENT ON CONSTRAINT rating_range ON s24.vendors IS 'Zero to five stars';
COMMENT ON FUNCTION s24_vendor_items(integer, numeric) IS 'Items of a vendor';
INSERT INTO s24.vendors (name, rating) VALUES ('Acme', 4.5), ('Globex', NULL);
INSERT INTO s24.items (vendor_id, sku, price, tags, state) VALUES (1, 'A-1', 9.99, '{red,big}', 'live'), (1, 'a-2', -3, NULL, 'draft'), (2, 'G-1', 100, '{}', 'live');
-- On connect: DBeaver, pgAdmin, DataGrip.
-- @must
SELECT current_schema(), session_user = current_user;
SELECT setting FROM pg_catalog.pg_settings WHERE name = 'standard_conforming_strings';
SELECT pg_catalog.current_setting('server_version_num')::int >= 150000, current_setting('DateStyle'), current_setting('client_encoding');
SELECT count(*) > 400 FROM pg_catalog.pg_get_keywords();
SELECT word, catcode, catdesc FROM pg_catalog.pg_get_keywords() WHERE word IN ('select', 'analyse', 'between', 'current_user', 'abort') ORDER BY word;
SELECT db.datname = current_database(), db.datallowconn, pg_catalog.pg_encoding_to_char(db.encoding) AS serverencoding, pg_catalog.has_database_privilege(db.oid, 'CREATE') AS cancreate, datistemplate FROM pg_catalog.pg_database db WHERE db.datname = current_database();
SELECT roles.rolname AS name, roles.rolsuper AS is_superuser, CASE WHEN roles.rolsuper THEN true ELSE roles.rolcreaterole END AS can_create_role, CASE WHEN roles.rolsuper THEN true ELSE roles.rolcreatedb END AS can_create_db FROM pg_catalog.pg_roles AS roles WHERE rolname = current_user;
SELECT CASE WHEN 'pg_signal_backend' = ANY(ARRAY(WITH RECURSIVE cte AS (SELECT pg_roles.oid, pg_roles.rolname FROM pg_roles WHERE pg_roles.oid = roles.oid UNION ALL SELECT m.roleid, pgr.rolname FROM cte cte_1 JOIN pg_auth_members m ON m.member = cte_1.oid JOIN pg_roles pgr ON pgr.oid = m.roleid) SELECT rolname FROM cte)) THEN True ELSE False END AS can_signal_backend FROM pg_catalog.pg_roles AS roles WHERE rolname = current_user;
SELECT pg_catalog.pg_is_in_recovery(), pg_catalog.version() LIKE 'PostgreSQL%';
SELECT typname FROM pg_catalog.pg_type WHERE oid IN (16, 20, 25, 1043, 1700, 3802) ORDER BY oid;
SELECT extname, extversion IS NOT NULL FROM pg_catalog.pg_extension WHERE extname = 'plpgsql';
-- Listing schemas: DBeaver, pgAdmin, TablePlus, Postico.
SELECT n.nspname, d.description FROM pg_catalog.pg_namespace n LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid = n.oid AND d.objsubid = 0 AND d.classoid = 'pg_namespace'::regclass WHERE n.nspname IN ('s24', 'public', 'pg_catalog', 'information_schema') ORDER BY nspname;
-- @must
SELECT nsp.nspname AS name, pg_catalog.has_schema_privilege(nsp.oid, 'CREATE') AS can_create, pg_catalog.has_schema_privilege(nsp.oid, 'USAGE') AS has_usage, des.description FROM pg_catalog.pg_namespace nsp LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid = nsp.oid AND des.classoid = 'pg_namespace'::regclass) WHERE NOT ((nsp.nspname = 'pg_catalog') OR (nsp.nspname LIKE 'pg\_%') OR (nsp.nspname = 'information_schema')) AND nsp.nspname IN ('s24', 'public') ORDER BY nspname;
SELECT schema_name, schema_owner IS NOT NULL FROM information_schema.schemata WHERE schema_name IN ('s24', 'public') ORDER BY schema_name;
SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' AND nspname IN ('s24', 'public', 'nosuch24') ORDER BY 1;
-- Listing tables: TablePlus, Postico, DBeaver.
SELECT table_schema, table_name, table_type FROM information_schema.tables WHERE table_schema = 's24' ORDER BY table_name;
SELECT c.relname, c.relkind, c.relhasindex, c.relhastriggers, c.relpersistence, c.reltuples >= -1 AS has_tuples, d.description, pg_catalog.pg_get_partkeydef(c.oid) AS partition_key FROM pg_catalog.pg_class c LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.objsubid = 0 AND d.classoid = 'pg_class'::regclass WHERE c.relnamespace = 's24'::regnamespace AND c.relkind NOT IN ('i', 'I', 'c') ORDER BY c.relname;
-- params: ["s24"]
SELECT c.relname AS name, c.relkind, pg_catalog.obj_description(c.oid, 'pg_class') AS comment FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'm', 'p', 'f') ORDER BY 1;
SELECT schemaname, tablename, tableowner IS NOT NULL, hasindexes, hastriggers FROM pg_catalog.pg_tables WHERE schemaname = 's24' ORDER BY tablename;
SELECT schemaname, viewname, definition FROM pg_catalog.pg_views WHERE schemaname = 's24';
-- Columns of a table: DBeaver, pgAdmin, TablePlus, Postico.
-- @must
SELECT a.attname, a.attnum, a.atttypmod, a.attnotnull, a.atthasdef, a.attidentity, a.attgenerated, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) AS def_value, dsc.description FROM pg_catalog.pg_attribute a INNER JOIN pg_catalog.pg_class c ON (a.attrelid = c.oid) LEFT OUTER JOIN pg_catalog.pg_attrdef ad ON (a.attrelid = ad.adrelid AND a.attnum = ad.adnum) LEFT OUTER JOIN pg_catalog.pg_description dsc ON (c.oid = dsc.objoid AND a.attnum = dsc.objsubid) WHERE NOT a.attisdropped AND c.relkind NOT IN ('i', 'I', 'c') AND c.oid = 's24.items'::regclass AND a.attnum > 0 ORDER BY a.attnum;
SELECT DISTINCT att.attname AS name, att.attnum AS position, pg_catalog.format_type(ty.oid, NULL) AS datatype, pg_catalog.format_type(ty.oid, att.atttypmod) AS displaytypname, att.attnotnull AS not_null, CASE WHEN att.atthasdef OR att.attidentity != '' OR ty.typdefault IS NOT NULL THEN True ELSE False END AS has_default_val, des.description FROM pg_catalog.pg_attribute att JOIN pg_catalog.pg_type ty ON ty.oid = atttypid LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid = att.attrelid AND des.objsubid = att.attnum AND des.classoid = 'pg_class'::regclass) WHERE att.attrelid = 's24.vendors'::regclass AND att.attnum > 0 AND att.attisdropped IS FALSE ORDER BY att.attnum;
SELECT att.attname, (SELECT pg_catalog.format_type(t.typelem, NULL) FROM pg_catalog.pg_type t WHERE t.oid = att.atttypid AND t.typcategory = 'A') AS elemtype, att.attndims, ty.typcategory, ty.typtype FROM pg_catalog.pg_attribute att JOIN pg_catalog.pg_type ty ON ty.oid = att.atttypid WHERE att.attrelid = 's24.items'::regclass AND att.attnum > 0 ORDER BY att.attnum;
-- params: ["s24", "items"]
SELECT column_name, data_type, udt_name, character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default, is_identity, identity_generation, ordinal_position FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position;
-- params: ["s24", "nosuch"]
SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2;
SELECT pg_catalog.col_description('s24.items'::regclass, 3), pg_catalog.col_description('s24.items'::regclass, 99), pg_catalog.obj_description('s24.items'::regclass), pg_catalog.obj_description('s24.items'::regclass, 'pg_class');
SELECT pg_catalog.pg_get_serial_sequence('s24.vendors', 'id'), pg_catalog.pg_get_serial_sequence('s24.items', 'id'), pg_catalog.pg_get_serial_sequence('s24.items', 'sku');
SELECT pg_catalog.pg_get_serial_sequence('s24.items', 'nosuch');
-- Keys and constraints: DBeaver, pgAdmin, Postico.
-- @must
SELECT c.conname, c.contype, c.condeferrable, c.condeferred, c.convalidated, t.relname AS tabrelname, rt.relname AS refrelname, d.description, CASE WHEN c.contype = 'c' THEN "substring"(pg_catalog.pg_get_constraintdef(c.oid), 7) ELSE NULL END AS consrc_copy FROM pg_catalog.pg_constraint c INNER JOIN pg_catalog.pg_class t ON t.oid = c.conrelid LEFT OUTER JOIN pg_catalog.pg_class rt ON rt.oid = c.confrelid LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.objsubid = 0 AND d.classoid = 'pg_constraint'::regclass WHERE t.relnamespace = 's24'::regnamespace ORDER BY c.conname;
SELECT conname, pg_catalog.pg_get_constraintdef(oid, true) AS def, conkey, confkey, confupdtype, confdeltype, confmatchtype FROM pg_catalog.pg_constraint WHERE conrelid IN ('s24.items'::regclass, 's24_notes'::regclass) ORDER BY conname;
SELECT ct.conname AS name, pg_catalog.pg_get_constraintdef(ct.oid) AS def, ct.connoinherit, ct.convalidated FROM pg_catalog.pg_constraint ct WHERE contype = 'c' AND conrelid = 's24.vendors'::regclass;
SELECT tc.constraint_name, tc.constraint_type, kcu.column_name, kcu.ordinal_position, ccu.table_schema AS ref_schema, ccu.table_name AS ref_table, ccu.column_name AS ref_column FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema LEFT JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.table_schema AND tc.constraint_type = 'FOREIGN KEY' WHERE tc.table_schema = 's24' ORDER BY tc.constraint_name, kcu.ordinal_position;
SELECT rc.constraint_name, rc.unique_constraint_name, rc.match_option, rc.update_rule, rc.delete_rule FROM information_schema.referential_constraints rc WHERE rc.constraint_schema IN ('s24', 'public') AND rc.constraint_name LIKE '%vendor_id_fkey' ORDER BY 1;
-- Foreign keys pointing at a table (DBeaver's references, pgjdbc's getExportedKeys).
SELECT c.conname, cl.relname AS fktable, n.nspname AS fkschema, pg_catalog.pg_get_constraintdef(c.oid, true) FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_class cl ON cl.oid = c.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace WHERE c.confrelid = 's24.vendors'::regclass AND c.contype = 'f' ORDER BY 1;
-- params: []
SELECT NULL::text AS PKTABLE_CAT, pkn.nspname AS PKTABLE_SCHEM, pkc.relname AS PKTABLE_NAME, pka.attname AS PKCOLUMN_NAME, NULL::text AS FKTABLE_CAT, fkn.nspname AS FKTABLE_SCHEM, fkc.relname AS FKTABLE_NAME, fka.attname AS FKCOLUMN_NAME, pos.n AS KEY_SEQ, CASE con.confupdtype WHEN 'c' THEN 0 WHEN 'n' THEN 2 WHEN 'd' THEN 4 WHEN 'r' THEN 1 WHEN 'p' THEN 1 WHEN 'a' THEN 3 ELSE NULL END AS UPDATE_RULE, CASE con.confdeltype WHEN 'c' THEN 0 WHEN 'n' THEN 2 WHEN 'd' THEN 4 WHEN 'r' THEN 1 WHEN 'p' THEN 1 WHEN 'a' THEN 3 ELSE NULL END AS DELETE_RULE, con.conname AS FK_NAME, pkic.relname AS PK_NAME, CASE WHEN con.condeferrable AND con.condeferred THEN 5 WHEN con.condeferrable THEN 6 ELSE 7 END AS DEFERRABILITY FROM pg_catalog.pg_namespace pkn, pg_catalog.pg_class pkc, pg_catalog.pg_attribute pka, pg_catalog.pg_namespace fkn, pg_catalog.pg_class fkc, pg_catalog.pg_attribute fka, pg_catalog.pg_constraint con, pg_catalog.generate_series(1, 32) pos(n), pg_catalog.pg_class pkic WHERE pkn.oid = pkc.relnamespace AND pkc.oid = pka.attrelid AND pka.attnum = con.confkey[pos.n] AND con.confrelid = pkc.oid AND fkn.oid = fkc.relnamespace AND fkc.oid = fka.attrelid AND fka.attnum = con.conkey[pos.n] AND con.conrelid = fkc.oid AND con.contype = 'f' AND (pkic.relkind = 'i' OR pkic.relkind = 'I') AND pkic.oid = con.conindid AND pkn.nspname = 's24' AND pkc.relname = 'vendors' ORDER BY fkn.nspname, fkc.relname, con.conname, pos.n;
-- Indexes: DBeaver, pgAdmin, psql.
-- @must
SELECT c.relname, i.indisunique, i.indisprimary, i.indisclustered, i.indisvalid, i.indnatts, i.indnkeyatts, i.indkey AS keys, tc.relname AS tabrelname, dsc.description, pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS pred_expr, pg_catalog.pg_get_expr(i.indexprs, i.indrelid, true) AS expr, am.amname FROM pg_catalog.pg_index i INNER JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid INNER JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid INNER JOIN pg_catalog.pg_am am ON am.oid = c.relam LEFT OUTER JOIN pg_catalog.pg_description dsc ON i.indexrelid = dsc.objoid WHERE i.indrelid = 's24.items'::regclass ORDER BY c.relname;
SELECT indexname, indexdef FROM pg_catalog.pg_indexes WHERE schemaname = 's24' ORDER BY indexname;
SELECT pg_catalog.pg_get_indexdef('s24.items_vendor_live'::regclass), pg_catalog.pg_get_indexdef('s24.items_vendor_live'::regclass, 0, true), pg_catalog.pg_get_indexdef('s24.items_vendor_live'::regclass, 2, true), pg_catalog.pg_get_indexdef('s24.items_sku_lower'::regclass, 1, false);
SET search_path = s24, public;
SELECT pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), pg_catalog.pg_get_constraintdef(con.oid, true) FROM pg_catalog.pg_index i LEFT JOIN pg_catalog.pg_constraint con ON (con.conrelid = i.indrelid AND con.conindid = i.indexrelid AND con.contype IN ('p', 'u')) WHERE i.indrelid = 'items'::regclass ORDER BY 1;
SELECT pg_catalog.pg_get_indexdef('s24_notes_pkey'::regclass, 0, true), pg_catalog.pg_get_constraintdef(oid, true) FROM pg_catalog.pg_constraint WHERE conrelid = 's24_notes'::regclass ORDER BY 2;
RESET search_path;
SELECT pg_catalog.pg_get_indexdef('s24.items_pkey'::regclass, 0, true);
SELECT t.relname AS table_name, i.relname AS index_name, a.attname AS column_name, ix.indisunique FROM pg_catalog.pg_class t, pg_catalog.pg_class i, pg_catalog.pg_index ix, pg_catalog.pg_attribute a WHERE t.oid = ix.indrelid AND i.oid = ix.indexrelid AND a.attrelid = t.oid AND a.attnum = ANY(ix.indkey) AND t.relkind = 'r' AND t.relnamespace = 's24'::regnamespace ORDER BY t.relname, i.relname, a.attname;
-- Triggers: DBeaver, pgAdmin.
SELECT t.tgname, t.tgenabled, t.tgtype, t.tgisinternal, p.proname AS function_name, pg_catalog.pg_get_triggerdef(t.oid, true) AS def FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid WHERE t.tgrelid = 's24.items'::regclass AND NOT t.tgisinternal ORDER BY t.tgname;
SELECT trigger_name, event_manipulation, action_timing, action_orientation, action_statement FROM information_schema.triggers WHERE event_object_schema = 's24' ORDER BY trigger_name, event_manipulation;
-- Sequences: DBeaver, pgAdmin, Postico.
-- @must
SELECT schemaname, sequencename, data_type::text, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value FROM pg_catalog.pg_sequences WHERE schemaname = 's24' ORDER BY sequencename;
SELECT seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle, format_type(seqtypid, NULL) FROM pg_catalog.pg_sequence WHERE seqrelid = 's24.invoice_no'::regclass;
SELECT last_value, is_called FROM s24.invoice_no;
SELECT sequence_name, data_type, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_schema = 's24' ORDER BY sequence_name;
SELECT d.refobjsubid, c.relname FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class c ON c.oid = d.objid WHERE d.refobjid = 's24.items'::regclass AND d.classid = 'pg_class'::regclass AND c.relkind = 'S';
-- The DDL view: DBeaver's and pgAdmin's generated CREATE statements read these.
SELECT pg_catalog.pg_get_viewdef('s24.live_items'::regclass, true);
SELECT pg_catalog.pg_get_viewdef('s24.live_items');
SELECT pg_catalog.pg_get_triggerdef(oid) FROM pg_catalog.pg_trigger WHERE tgname = 'items_price_guard';
SELECT pg_catalog.pg_get_functiondef('s24_vendor_items'::regproc);
SELECT pg_catalog.pg_get_functiondef('s24_price_guard()'::regprocedure);
SELECT pg_catalog.pg_get_function_arguments('s24_vendor_items'::regproc), pg_catalog.pg_get_function_identity_arguments('s24_vendor_items'::regproc), pg_catalog.pg_get_function_result('s24_vendor_items'::regproc);
SELECT relname, relacl, reloptions FROM pg_catalog.pg_class WHERE oid = 's24.vendors'::regclass;
SELECT pg_catalog.pg_get_userbyid(c.relowner) = current_user, pg_catalog.pg_get_userbyid(0) FROM pg_catalog.pg_class c WHERE c.oid = 's24.vendors'::regclass;
-- Functions: DBeaver, pgAdmin, Hasura, PostgREST.
-- @must
SELECT p.proname, p.prokind, p.provolatile, p.proretset, p.pronargs, p.pronargdefaults, l.lanname, pg_catalog.format_type(p.prorettype, NULL) AS rettype, d.description FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass WHERE p.proname LIKE 's24%' ORDER BY p.proname;
SELECT routine_schema, routine_name, routine_type, data_type, external_language FROM information_schema.routines WHERE routine_name LIKE 's24%' ORDER BY routine_name;
SELECT specific_name LIKE 's24_vendor_items_%', parameter_name, data_type, parameter_mode, ordinal_position, parameter_default FROM information_schema.parameters WHERE specific_schema = 'public' AND specific_name LIKE 's24_vendor_items%' ORDER BY ordinal_position;
-- params: ["s24_vendor_items"]
SELECT proname, proargnames, pg_catalog.pg_get_expr(proargdefaults, 0) AS defaults, prosrc FROM pg_catalog.pg_proc WHERE proname = $1;
SELECT pg_catalog.pg_function_is_visible('s24_vendor_items'::regproc), pg_catalog.pg_table_is_visible('s24.items'::regclass), pg_catalog.pg_type_is_visible('s24_state'::regtype);
-- Types: enums and their labels (DBeaver's data types, Hasura's enum tables, Postico).
SELECT t.typname, t.typtype, t.typcategory, e.enumlabel, e.enumsortorder FROM pg_catalog.pg_type t JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid WHERE t.typname = 's24_state' ORDER BY e.enumsortorder;
SELECT n.nspname AS schema, pg_catalog.format_type(t.oid, NULL) AS name, array_to_string(ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder), ',') AS values FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND t.typname LIKE 's24%';
-- params: ["_s24_state"]
SELECT typname, typcategory, pg_catalog.format_type(typelem, NULL) FROM pg_catalog.pg_type WHERE typname = $1;
-- Metabase's sync: tables a user may read, with their sizes.
SELECT n.nspname AS schema, c.relname AS name, pg_catalog.has_table_privilege(c.oid, 'SELECT') AS can_select, pg_catalog.has_table_privilege(c.oid, 'INSERT, UPDATE') AS can_write FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 's24' AND c.relkind IN ('r', 'v', 'm', 'p') ORDER BY 2;
SELECT pg_catalog.pg_total_relation_size('s24.items'::regclass) > 0, pg_catalog.pg_relation_size('s24.items') >= 0, pg_catalog.pg_table_size('s24.items') >= 0, pg_catalog.pg_indexes_size('s24.items') >= 0;
SELECT table_name, privilege_type FROM information_schema.table_privileges WHERE table_schema = 's24' AND table_name = 'vendors' ORDER BY privilege_type;
SELECT has_table_privilege('s24.nosuch', 'SELECT');
SELECT has_table_privilege('s24.items', 'FLY');
-- Hasura and PostgREST: primary keys with their columns as arrays.
SELECT tc.relname AS table_name, con.conname, ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class tc ON tc.oid = con.conrelid WHERE con.contype = 'p' AND (tc.relnamespace = 's24'::regnamespace OR tc.relname = 's24_notes') ORDER BY 1;
-- params: ["s24"]
SELECT json_agg(json_build_object('table', c.relname, 'comment', obj_description(c.oid, 'pg_class')) ORDER BY c.relname) FROM pg_catalog.pg_class c WHERE c.relnamespace = to_regnamespace($1) AND c.relkind = 'r';
-- Wrong inputs a tool can send.
SELECT 's24.nosuch'::regclass;
SELECT to_regclass('s24.nosuch'), to_regclass('s24.items')::text, to_regtype('s24_nosuch'), to_regnamespace('nosuch24');
SELECT pg_catalog.pg_get_viewdef('s24.items'::regclass);
SELECT pg_catalog.pg_get_constraintdef(0), pg_catalog.pg_get_indexdef(0), pg_catalog.pg_get_triggerdef(0), pg_catalog.pg_get_viewdef(0);
SELECT pg_catalog.obj_description(NULL), pg_catalog.col_description(NULL, 1), pg_catalog.format_type(NULL, NULL);
-- params: [null]
SELECT pg_catalog.pg_get_expr(NULL, $1::oid);
SELECT 'nosuch24'::regnamespace;
SELECT pg_catalog.pg_get_functiondef('s24_nosuch'::regproc);
-- Cleanup.
DROP TABLE s24_notes;
DROP SCHEMA s24 CASCADE;
DROP FUNCTION s24_vendor_items(integer, numeric);
DROP FUNCTION s24_price_guard();
DROP TYPE s24_state;
SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = 's24';
