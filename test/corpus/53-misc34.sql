-- The leftovers earlier sessions found and did not fix, each as a family of what applications,
-- drivers and monitoring tools send: pg_type's built-in and array rows as type introspection reads
-- them (pgjdbc, Npgsql, asyncpg, DBeaver); transaction ids (txid_current, pg_current_xact_id, the
-- xmin system column of optimistic-locking ORMs, age(xid)); pg_lsn and the WAL position functions
-- of replication-lag dashboards; the to_reg* lookups; operator and common-type resolution (text ||
-- "char", CASE jsonb WHEN, numeric among floats, int8 beyond 2^53 against float8); to_char's
-- NaN and RN edges; DISCARD ALL and a sequence's cache.

-- pg_type: built-in rows by name, by regtype, by array
-- @must
SELECT typname FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace AND typname IN ('int2', 'int4', 'int8', 'text', 'bool', 'numeric', 'float4', 'float8', 'date', 'timestamp', 'timestamptz', 'interval', 'uuid', 'json', 'jsonb', 'bytea', 'xml', 'money', 'inet', 'cidr', 'macaddr', 'macaddr8', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'bit', 'varbit', 'tsvector', 'tsquery', 'pg_lsn', 'xid', 'xid8', 'cid', 'tid', 'oidvector', 'int2vector', 'regproc', 'regclass', 'regtype', 'regrole', 'regnamespace', 'regoper', 'regoperator', 'regprocedure', 'regconfig', 'regdictionary', 'regcollation', 'txid_snapshot', 'pg_snapshot', 'jsonpath', 'name', 'char', 'bpchar', 'varchar', 'time', 'timetz', 'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'int4multirange', 'record', 'void', 'trigger', 'anyelement', 'anyarray', 'unknown', 'cstring', 'internal', 'refcursor', 'aclitem', 'pg_node_tree', 'event_trigger', 'language_handler', 'fdw_handler', 'index_am_handler', 'tsm_handler', 'table_am_handler', 'anynonarray', 'anyenum', 'anyrange', 'anycompatible', 'anymultirange') ORDER BY 1;
-- @must
SELECT count(*) FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace AND typname IN ('_int2', '_int4', '_int8', '_text', '_bool', '_numeric', '_float4', '_float8', '_date', '_timestamp', '_timestamptz', '_interval', '_uuid', '_json', '_jsonb', '_bytea', '_xml', '_money', '_inet', '_cidr', '_macaddr', '_point', '_box', '_bit', '_varbit', '_tsvector', '_pg_lsn', '_xid', '_xid8', '_oid', '_regclass', '_regtype', '_name', '_char', '_bpchar', '_varchar', '_time', '_timetz', '_int4range', '_record', '_cstring', '_refcursor', '_aclitem', '_jsonpath');
SELECT oid, typname, typlen, typbyval, typtype, typcategory, typdelim, typelem, typarray FROM pg_type WHERE oid IN (16, 17, 18, 19, 20, 21, 23, 25, 26, 114, 700, 701, 1043, 1082, 1114, 1184, 1186, 1700, 2950, 3802) ORDER BY oid;
SELECT oid, typname, typlen, typcategory, typelem, typarray FROM pg_type WHERE oid IN (1000, 1001, 1005, 1007, 1009, 1016, 1021, 1022, 1231, 1115, 1185, 1182, 2951, 3807, 199, 1015, 1014) ORDER BY oid;
-- @must
SELECT oid, typname, typcategory, typelem, typarray, typinput, typoutput, typreceive, typsend FROM pg_type WHERE oid IN (3220, 28, 5069, 29, 27, 22, 30, 869, 650, 829, 774, 790, 600, 601, 602, 603, 604, 628, 718) ORDER BY oid;
-- @must
SELECT oid, typname, typcategory, typinput, typoutput FROM pg_type WHERE oid IN (2202, 2203, 2204, 2205, 2206, 4089, 4096, 3734, 3769, 4191, 24, 2970, 5038, 4072) ORDER BY oid;
SELECT typname, typtype, typcategory FROM pg_type WHERE oid IN (2249, 2275, 2276, 2277, 2278, 2279, 2280, 2281, 2283, 2776, 3115, 3500, 3831, 4537, 5077, 5078, 5079, 5080, 3838, 705, 1790, 1033, 194) ORDER BY typname;
-- @must
SELECT t.typname, e.typname AS elem FROM pg_type t JOIN pg_type e ON e.oid = t.typelem WHERE t.typname IN ('_int4', '_text', '_uuid', '_jsonb', '_pg_lsn', '_xid8', '_inet', '_money', '_interval', '_timetz', '_bit', '_regclass') ORDER BY 1;
-- @must
SELECT t.typname, a.typname AS arr FROM pg_type t JOIN pg_type a ON a.oid = t.typarray WHERE t.typname IN ('int4', 'text', 'uuid', 'jsonb', 'pg_lsn', 'xid8', 'inet', 'money', 'interval', 'timetz', 'bit', 'regclass', 'tsvector', 'point') ORDER BY 1;
SELECT typname FROM pg_type WHERE typcategory = 'N' AND typnamespace = 'pg_catalog'::regnamespace ORDER BY 1;
SELECT typname FROM pg_type WHERE typcategory = 'D' AND typnamespace = 'pg_catalog'::regnamespace ORDER BY 1;
SELECT typname FROM pg_type WHERE typcategory = 'S' AND typnamespace = 'pg_catalog'::regnamespace ORDER BY 1;
-- @must
SELECT typname FROM pg_type WHERE typcategory = 'G' AND typnamespace = 'pg_catalog'::regnamespace ORDER BY 1;
SELECT typname FROM pg_type WHERE typcategory = 'I' AND typnamespace = 'pg_catalog'::regnamespace ORDER BY 1;
-- @must
SELECT typname FROM pg_type WHERE typcategory = 'R' AND typnamespace = 'pg_catalog'::regnamespace ORDER BY 1;
SELECT typname FROM pg_type WHERE typtype = 'p' AND typnamespace = 'pg_catalog'::regnamespace ORDER BY 1;
SELECT typname FROM pg_type WHERE typtype = 'r' ORDER BY 1;
-- @must
SELECT count(*) > 180 FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace;
SELECT count(*) FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace AND typelem <> 0 AND typlen = -1 AND typcategory = 'A' AND typname NOT LIKE '\_%';
SELECT t.typname FROM pg_type t WHERE t.typnamespace = 'pg_catalog'::regnamespace AND t.typcategory = 'A' AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.oid = t.typelem) ORDER BY 1;
-- @must
SELECT t.typname FROM pg_type t WHERE t.typnamespace = 'pg_catalog'::regnamespace AND t.typarray <> 0 AND NOT EXISTS (SELECT 1 FROM pg_type a WHERE a.oid = t.typarray) ORDER BY 1;
-- @must
SELECT '_int4'::regtype, '_text'::regtype, '_pg_lsn'::regtype, '_xid8'::regtype;
SELECT '_int4'::regtype::oid, 'int4[]'::regtype::oid, 'integer[]'::regtype::oid;
SELECT 'pg_lsn'::regtype::oid, 'xid8'::regtype::oid, 'xid'::regtype::oid, 'cid'::regtype::oid, 'tid'::regtype::oid;
-- @must
SELECT 'txid_snapshot'::regtype::oid, 'pg_snapshot'::regtype::oid, 'regrole'::regtype::oid, 'regnamespace'::regtype::oid, 'regcollation'::regtype::oid;
-- @must
SELECT 'macaddr8'::regtype::oid, 'jsonpath'::regtype::oid, 'int4multirange'::regtype::oid, 'anycompatible'::regtype::oid;
SELECT 's34m_notype'::regtype;
SELECT '_s34m_notype'::regtype;
-- @must
SELECT format_type(oid, -1) FROM pg_type WHERE oid IN (16, 17, 18, 19, 20, 21, 23, 25, 26, 114, 142, 700, 701, 1042, 1043, 1082, 1083, 1114, 1184, 1186, 1266, 1560, 1562, 1700, 2950, 3802, 3220, 5069, 28, 869, 650, 829, 774, 790) ORDER BY oid;
-- @must
SELECT format_type(oid, -1) FROM pg_type WHERE oid IN (1000, 1001, 1002, 1003, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1115, 1182, 1183, 1185, 1187, 1231, 1270, 1561, 1563, 2951, 3807, 3221, 271, 1011, 1040, 651, 1041) ORDER BY oid;
SELECT format_type(3220, NULL), format_type(1015, 24), format_type(1014, 14), format_type(5069, -1), format_type(4096, NULL);
-- @must
SELECT format_type(oid, NULL) FROM pg_type WHERE typname IN ('regrole', 'regnamespace', 'regoper', 'regoperator', 'regprocedure', 'regcollation', 'regconfig', 'regdictionary', 'txid_snapshot', 'pg_snapshot') ORDER BY 1;
SELECT t.typname, n.nspname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid IN (3220, 5069, 1015, 1231, 3807, 4096) ORDER BY t.oid;
-- @must
SELECT t.oid, t.typname, r.rngsubtype, r.rngmultitypid FROM pg_type t JOIN pg_range r ON r.rngtypid = t.oid WHERE t.oid < 16384 ORDER BY t.oid;
SELECT t.typname, p.proname FROM pg_type t JOIN pg_proc p ON p.oid = t.typinput WHERE t.oid IN (16, 23, 25, 1700, 3802, 3220) ORDER BY t.oid;
SELECT typinput::text, typoutput::text FROM pg_type WHERE typname = '_int4';
SELECT typname, typlen, typbyval, typalign, typstorage FROM pg_type WHERE oid IN (3220, 5069, 28, 29, 27, 2950, 869, 829, 1560) ORDER BY oid;
SELECT typname, typbasetype, typtypmod, typndims, typnotnull, typcollation <> 0 AS collatable FROM pg_type WHERE oid IN (25, 1043, 1042, 19, 23, 1009, 3220) ORDER BY oid;
-- pgjdbc's getTypeInfo and type lookup
-- @must
SELECT t.typname, t.oid FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON (t.typnamespace = n.oid) WHERE n.nspname != 'pg_toast' AND t.typname IN ('pg_lsn', 'xid8', '_pg_lsn', 'macaddr8', 'jsonpath', 'regrole') ORDER BY 1;
-- @must
SELECT typinput = 'pg_catalog.array_in'::regproc, typtype FROM pg_catalog.pg_type WHERE typname = '_pg_lsn';
SELECT n.nspname = ANY(current_schemas(true)), n.nspname, t.typname FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON t.typnamespace = n.oid WHERE t.oid = 3220;
SELECT e.typdelim FROM pg_catalog.pg_type t, pg_catalog.pg_type e WHERE t.oid = 1015 AND t.typelem = e.oid;
-- @must
SELECT e.oid, n.nspname = ANY(current_schemas(true)), n.nspname, e.typname FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON t.typnamespace = n.oid JOIN pg_catalog.pg_type e ON t.typelem = e.oid WHERE t.oid = 3221;
-- Npgsql / asyncpg style introspection
SELECT ns.nspname, a.typname, a.oid, a.typrelid, a.typbasetype, CASE WHEN pg_proc.proname = 'array_recv' THEN 'a' ELSE a.typtype END AS typtype, CASE WHEN pg_proc.proname = 'array_recv' THEN a.typelem WHEN a.typtype = 'r' THEN rngsubtype ELSE 0 END AS elemoid FROM pg_type AS a JOIN pg_namespace AS ns ON (ns.oid = a.typnamespace) JOIN pg_proc ON pg_proc.oid = a.typreceive LEFT OUTER JOIN pg_range ON (pg_range.rngtypid = a.oid) WHERE a.oid IN (3220, 3221, 5069, 271, 774, 775, 3904, 3905, 1015) ORDER BY a.oid;
-- @must
SELECT t.oid, t.typelem, coalesce(r.rngsubtype, 0) AS range_subtype, t.typtype = 'r' AS is_range FROM pg_type t LEFT JOIN pg_range r ON r.rngtypid = t.oid WHERE t.oid = ANY('{3220,3221,5069,3904,3905,1007}'::oid[]) ORDER BY 1;
-- @must
SELECT pg_typeof(ARRAY['0/1'::text]), 'int4'::regtype = 23::oid;
-- transaction ids
SELECT pg_typeof(txid_current()), pg_typeof(pg_current_xact_id()), pg_typeof(txid_current_if_assigned());
SELECT txid_current() > 0, pg_current_xact_id()::text::bigint > 0;
SELECT txid_current() = txid_current();
BEGIN;
SELECT txid_current_if_assigned() IS NULL;
SELECT txid_current() = pg_current_xact_id()::text::bigint;
SELECT txid_current_if_assigned() = txid_current();
SELECT txid_current() = txid_current();
COMMIT;
CREATE TABLE s34m_x (id int PRIMARY KEY, v text);
CREATE TEMP TABLE s34m_ids (name text, x bigint);
INSERT INTO s34m_ids SELECT 'a', txid_current();
INSERT INTO s34m_x VALUES (1, 'one'), (2, 'two');
INSERT INTO s34m_ids SELECT 'b', txid_current();
-- @must
SELECT (SELECT x FROM s34m_ids WHERE name = 'b') > (SELECT x FROM s34m_ids WHERE name = 'a');
SELECT pg_typeof(xmin), pg_typeof(xmax), pg_typeof(cmin) FROM s34m_x WHERE id = 1;
SELECT xmin IS NOT NULL, xmax = '0'::xid, id FROM s34m_x ORDER BY id;
SELECT (SELECT xmin FROM s34m_x WHERE id = 1) = (SELECT xmin FROM s34m_x WHERE id = 2);
SELECT xmin::text::bigint > 0 FROM s34m_x WHERE id = 1;
SELECT count(*) FROM s34m_x WHERE xmin = (SELECT xmin FROM s34m_x WHERE id = 1);
CREATE TEMP TABLE s34m_seen AS SELECT id, xmin AS seen FROM s34m_x;
UPDATE s34m_x SET v = 'uno' WHERE id = 1;
SELECT x.id, x.xmin = s.seen AS unchanged FROM s34m_x x JOIN s34m_seen s ON s.id = x.id ORDER BY x.id;
UPDATE s34m_x x SET v = 'dos' FROM s34m_seen s WHERE x.id = 2 AND s.id = 2 AND x.xmin = s.seen;
UPDATE s34m_x x SET v = 'stale' FROM s34m_seen s WHERE x.id = 1 AND s.id = 1 AND x.xmin = s.seen;
SELECT id, v FROM s34m_x ORDER BY id;
SELECT xmin, * FROM s34m_x WHERE false;
SELECT x.xmin::text = (SELECT max(x2.xmin::text) FROM s34m_x x2 WHERE x2.id = x.id) FROM s34m_x x ORDER BY id;
BEGIN;
INSERT INTO s34m_x VALUES (3, 'three');
SELECT xmin::text = txid_current()::text FROM s34m_x WHERE id = 3;
UPDATE s34m_x SET v = 'tres' WHERE id = 3 RETURNING xmin::text = txid_current()::text;
COMMIT;
SELECT age(xmin) >= 0 FROM s34m_x WHERE id = 3;
SELECT pg_typeof(age(xmin)) FROM s34m_x WHERE id = 3;
-- @must
SELECT '42'::xid, '42'::xid8, '42'::xid = '42'::xid, '7'::xid8 < '8'::xid8;
-- @must
SELECT pg_typeof('42'::xid), pg_typeof('42'::xid8), pg_typeof('42'::cid);
SELECT '-1'::xid8;
-- @must
SELECT 'abc'::xid;
-- @must
SELECT '42'::xid < '43'::xid;
-- @must
SELECT '42'::xid8::xid, xid8 '1';
-- @must
SELECT pg_typeof(relfrozenxid), pg_typeof(relminmxid) FROM pg_class WHERE relname = 's34m_x';
-- @must
SELECT pg_typeof(datfrozenxid) FROM pg_database WHERE datname = 'postgres';
SELECT relfrozenxid <> '0'::xid FROM pg_class WHERE relname = 's34m_x';
-- @must
SELECT pg_typeof(backend_xid), pg_typeof(backend_xmin) FROM pg_stat_activity WHERE pid = pg_backend_pid();
SELECT pg_xact_status(pg_current_xact_id()::text::xid8);
SELECT pg_typeof(pg_current_snapshot()), pg_typeof(txid_current_snapshot());
SELECT txid_visible_in_snapshot(txid_current() - 1, txid_current_snapshot()) IS NOT NULL;
SELECT pg_snapshot_xmin(pg_current_snapshot()) <= pg_current_xact_id();
-- pg_lsn and WAL positions
-- @must
SELECT '0/16B3748'::pg_lsn, pg_typeof('0/16B3748'::pg_lsn);
-- @must
SELECT '16/B374D848'::pg_lsn - '16/B374D800'::pg_lsn;
-- @must
SELECT pg_typeof('16/B374D848'::pg_lsn - '16/B374D800'::pg_lsn);
SELECT '0/0'::pg_lsn, 'FFFFFFFF/FFFFFFFF'::pg_lsn, '0/1'::pg_lsn - '0/2'::pg_lsn;
-- @must
SELECT '1/0'::pg_lsn > '0/FFFFFFFF'::pg_lsn, '0/a'::pg_lsn = '0/A'::pg_lsn, '0/10'::pg_lsn <> '0/11'::pg_lsn;
-- @must
SELECT '0/10'::pg_lsn <= '0/10'::pg_lsn, '0/10'::pg_lsn >= '0/11'::pg_lsn, '0/10'::pg_lsn < '0/9'::pg_lsn;
-- @must
SELECT 'zz'::pg_lsn;
-- @must
SELECT '0/'::pg_lsn;
-- @must
SELECT '1/2/3'::pg_lsn;
-- @must
SELECT '100000000/0'::pg_lsn;
-- @must
SELECT '0/10'::pg_lsn + 16, '0/10'::pg_lsn - 16, 16 + '0/10'::pg_lsn;
-- @must
SELECT '0/10'::pg_lsn + 16.5;
-- @must
SELECT '0/10'::pg_lsn - 32;
-- @must
SELECT pg_wal_lsn_diff('0/3000060', '0/3000000'), pg_wal_lsn_diff('0/0', '1/0');
-- @must
SELECT pg_typeof(pg_wal_lsn_diff('0/3000060', '0/3000000'));
-- @must
SELECT pg_wal_lsn_diff('x', '0/0');
-- @must
SELECT pg_size_pretty(pg_wal_lsn_diff('1/0', '0/0'));
-- @must
SELECT greatest('0/5'::pg_lsn, '0/A'::pg_lsn), least('0/5'::pg_lsn, '0/A'::pg_lsn);
-- @must
SELECT max(l), min(l) FROM (VALUES ('0/5'::pg_lsn), ('1/0'::pg_lsn), ('0/FF'::pg_lsn)) v(l);
-- @must
SELECT l FROM (VALUES ('0/5'::pg_lsn), ('1/0'::pg_lsn), ('0/FF'::pg_lsn)) v(l) ORDER BY l;
-- @must
SELECT l FROM (VALUES ('0/5'::pg_lsn), ('1/0'::pg_lsn), ('0/FF'::pg_lsn)) v(l) ORDER BY l DESC;
-- @must
SELECT pg_typeof(pg_current_wal_lsn()), pg_current_wal_lsn() IS NOT NULL;
-- @must
SELECT pg_current_wal_lsn() >= '0/0'::pg_lsn, pg_current_wal_insert_lsn() >= pg_current_wal_lsn(), pg_current_wal_flush_lsn() <= pg_current_wal_insert_lsn();
-- @must
SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') > 0;
-- @must
SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), pg_current_wal_lsn()) >= 0;
-- @must
SELECT pg_is_in_recovery(), pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn();
-- @must
SELECT client_addr, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS lag FROM pg_stat_replication;
-- @must
SELECT slot_name, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn) FROM pg_replication_slots;
SELECT pg_typeof(sent_lsn) FROM pg_stat_replication;
-- @must
CREATE TABLE s34m_lsn (id int PRIMARY KEY, pos pg_lsn NOT NULL);
-- @must
INSERT INTO s34m_lsn VALUES (1, '0/16B3748'), (2, '1/0'), (3, '0/FF');
-- @must
INSERT INTO s34m_lsn VALUES (4, 'bad');
-- @must
SELECT id, pos FROM s34m_lsn ORDER BY pos;
-- @must
SELECT id FROM s34m_lsn WHERE pos > '0/1000000' ORDER BY id;
-- @must
SELECT max(pos) - min(pos) FROM s34m_lsn;
-- @must
SELECT a.id, b.id, a.pos - b.pos FROM s34m_lsn a JOIN s34m_lsn b ON a.id < b.id ORDER BY 1, 2;
-- @must
UPDATE s34m_lsn SET pos = pos + 256 WHERE id = 3 RETURNING pos;
-- @must
SELECT pos::text, length(pos::text) FROM s34m_lsn WHERE id = 1;
-- @must
SELECT data_type, udt_name FROM information_schema.columns WHERE table_name = 's34m_lsn' AND column_name = 'pos';
-- @must
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 's34m_lsn'::regclass AND attname = 'pos';
-- params: ["0/16B3748"]
-- @must
SELECT id FROM s34m_lsn WHERE pos = $1;
-- params: ["0/10", "0/8"]
-- @must
SELECT $1::pg_lsn - $2::pg_lsn;
-- @must
SELECT ARRAY['0/1', '0/2']::pg_lsn[];
-- @must
SELECT pg_typeof(ARRAY['0/1']::pg_lsn[]);
-- @must
SELECT '0/16B3748'::pg_lsn::text, '0/16B3748'::text::pg_lsn;
-- @must
SELECT '0/16B3748'::pg_lsn::numeric;
-- @must
SELECT 123::pg_lsn;
-- to_reg* lookups
-- @must
SELECT to_regrole('postgres'), to_regrole('s34m_nosuch');
-- @must
SELECT to_regrole('postgres')::oid = 10, pg_typeof(to_regrole('postgres'));
-- @must
SELECT to_regrole('pg_monitor') IS NOT NULL, to_regrole('"postgres"'), to_regrole('POSTGRES');
-- @must
SELECT to_regrole('');
SELECT to_regnamespace('public'), to_regnamespace('pg_catalog'), to_regnamespace('s34m_nosuch');
SELECT to_regnamespace('public')::oid = 2200, pg_typeof(to_regnamespace('public'));
-- @must
SELECT to_regnamespace('"public"'), to_regnamespace('PUBLIC'), to_regnamespace('pg_catalog.x');
SELECT to_regcollation('C'), to_regcollation('"C"'), to_regcollation('default'), to_regcollation('s34m_nosuch');
SELECT to_regcollation('pg_catalog."C"'), pg_typeof(to_regcollation('C'));
SELECT to_regoper('+'), to_regoper('||/'), to_regoper('s34m_no'), to_regoper('~~');
SELECT to_regoper('pg_catalog.||/'), pg_typeof(to_regoper('||/'));
SELECT to_regoperator('+(int4,int4)'), to_regoperator('=(text,text)'), to_regoperator('-(NONE,int4)');
SELECT to_regoperator('+(int4,s34m_notype)');
SELECT to_regoperator('+');
SELECT to_regoperator('=(text,text)')::oid > 0, pg_typeof(to_regoperator('=(text,text)'));
SELECT to_regoperator('+(int4,text)');
SELECT to_regprocedure('lower(text)'), to_regprocedure('abs(integer)'), to_regprocedure('now()'), to_regprocedure('s34m_nosuch(int)');
SELECT to_regprocedure('lower'), pg_typeof(to_regprocedure('lower(text)'));
SELECT to_regprocedure('pg_catalog.upper(text)'), to_regprocedure('lower(s34m_notype)');
SELECT to_regproc('lower'), to_regproc('s34m_nosuch'), to_regproc('abs');
SELECT to_regclass('pg_class'), to_regclass('s34m_x'), to_regclass('s34m_nosuch'), to_regtype('int4'), to_regtype('s34m_nosuch');
CREATE FUNCTION s34m_f(a int) RETURNS int LANGUAGE sql AS 'SELECT a + 1';
SELECT to_regprocedure('s34m_f(int)'), to_regprocedure('s34m_f(integer)')::oid = 's34m_f'::regproc::oid, to_regproc('s34m_f');
SELECT to_regprocedure('s34m_f(text)');
SELECT 'postgres'::regrole, 'public'::regnamespace, '+(int4,int4)'::regoperator, 'lower(text)'::regprocedure;
-- @must
SELECT 's34m_nosuch'::regrole;
SELECT 's34m_nosuch'::regnamespace;
SELECT 'lower(s34m_x)'::regprocedure;
-- operator and common-type resolution
-- @must
SELECT 'ab' || 'c'::"char";
-- @must
SELECT 'ab'::text || 'c'::"char";
-- @must
SELECT 'ab'::varchar || 'c'::"char";
-- @must
SELECT 'c'::"char" || 'ab'::text;
SELECT 'ab'::text || 'c'::"char"::text;
SELECT 'ab'::text || 5, 5 || 'ab'::text;
SELECT 'ab' || 5;
SELECT 'ab'::text || true;
SELECT 'ab'::text || '{1,2}'::int[];
SELECT 'ab'::text || NULL;
-- @must
SELECT CASE '1'::jsonb WHEN 150 THEN 'x' ELSE 'y' END;
SELECT CASE '1'::jsonb WHEN '150' THEN 'x' ELSE 'y' END;
-- @must
SELECT CASE 1 WHEN 'a'::text THEN 'x' END;
-- @must
SELECT CASE '1'::json WHEN '1' THEN 'x' END;
-- @must
SELECT CASE now()::date WHEN 1 THEN 'x' END;
-- @must
SELECT 1.5 UNION SELECT 2.5::float8;
-- @must
SELECT x, pg_typeof(x) FROM (SELECT 1.10 AS x UNION ALL SELECT 2.5::float8) s ORDER BY x;
-- @must
SELECT x FROM (SELECT 0.1000 AS x UNION ALL SELECT 1::float4) s ORDER BY x;
-- @must
SELECT ARRAY[1.50, 2.5::float8];
-- @must
SELECT ARRAY[1.50, 2::float4], pg_typeof(ARRAY[1.50, 2::float4]);
-- @must
SELECT ARRAY[0.30, 1e300::float8];
SELECT COALESCE(1.50, 2::float8), pg_typeof(COALESCE(1.50, 2::float8));
SELECT CASE WHEN true THEN 1.50 ELSE 2::float8 END;
SELECT greatest(1.50, 1::float8), least(0.10, 1::float8);
SELECT x FROM (VALUES (1.50), (2::float8)) v(x) ORDER BY x;
SELECT 1.50 IN (1.5::float8, 2);
-- @must
SELECT 9007199254740993::int8 = 9007199254740992::float8;
-- @must
SELECT 9007199254740993::int8 > 9007199254740992::float8, 9007199254740993::int8 < 9007199254740994::float8;
-- @must
SELECT 9007199254740993::int8 = 9007199254740993::float8;
-- @must
SELECT 9223372036854775807::int8 = 9223372036854775807::float8;
-- @must
SELECT count(*) FROM (VALUES (9007199254740993::int8), (9007199254740992::int8)) v(x) WHERE x = 9007199254740992::float8;
SELECT 9007199254740993::int8 + 0.0::float8;
-- @must
SELECT 9007199254740993::int8 IN (9007199254740992::float8);
-- @must
SELECT 9007199254740993 = 9007199254740992::float8;
-- @must
SELECT 123456789012345678::int8 = 123456789012345680::float8;
-- to_char edges
-- @must
SELECT to_char('NaN'::numeric, '999th');
SELECT to_char('NaN'::numeric, '999');
SELECT to_char('NaN'::numeric, '9.99');
SELECT to_char('NaN'::numeric, 'RN');
-- @must
SELECT to_char('NaN'::float8, '999th');
SELECT to_char('Infinity'::float8, '999');
-- @must
SELECT to_char(1e20, 'RN');
SELECT to_char(4000, 'RN'), to_char(3999, 'RN'), to_char(0, 'RN'), to_char(-5, 'RN');
SELECT to_char(1e20::float8, 'RN');
SELECT to_char(12.7, 'RN'), to_char(12.4::float8, 'rn');
SELECT to_char(1e20, '999');
SELECT to_char(21, '999th'), to_char(21, '999TH'), to_char(112, 'FM999th');
SELECT to_char(2.5, '9th');
SELECT to_char(-1, '999th');
-- DISCARD ALL and a sequence's cache
CREATE SEQUENCE s34m_seq CACHE 10;
SELECT nextval('s34m_seq');
SELECT nextval('s34m_seq');
DISCARD ALL;
SELECT nextval('s34m_seq');
SELECT last_value, is_called FROM s34m_seq;
DISCARD SEQUENCES;
SELECT nextval('s34m_seq');
SELECT currval('s34m_seq');
DISCARD ALL;
SELECT currval('s34m_seq');
SELECT lastval();
CREATE SEQUENCE s34m_seq2;
SELECT nextval('s34m_seq2');
DISCARD SEQUENCES;
SELECT nextval('s34m_seq2');
SELECT currval('s34m_seq2');
DISCARD PLANS;
DISCARD TEMP;
DISCARD SOMETHING;
BEGIN;
DISCARD ALL;
ROLLBACK;
-- @must
DROP TABLE s34m_x, s34m_lsn;
DROP SEQUENCE s34m_seq, s34m_seq2;
DROP FUNCTION s34m_f(int);
