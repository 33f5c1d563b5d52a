-- The catalog as drivers and database GUIs read it: Npgsql's type loading (pg_type joined to
-- pg_proc on typreceive, arrays told by array_recv), regproc columns that are OIDs printing as
-- names, reg* names that must exist (42P01, 42883, 42704, 3F000, 22P02), and the queries pgAdmin 4,
-- DBeaver, Metabase and Grafana send to list a schema's tables, columns, indexes, constraints,
-- functions, sequences and views, over a schema with one object of each kind.

-- @must
CREATE SCHEMA c35;
-- @must
CREATE TYPE c35.mood AS ENUM ('sad', 'ok', 'happy');
-- @must
CREATE DOMAIN c35.posint AS integer CHECK (VALUE > 0);
-- @must
CREATE TYPE c35.pair AS (a integer, b text);
-- @must
CREATE TABLE c35.owners (id serial PRIMARY KEY, email varchar(80) NOT NULL UNIQUE, mood c35.mood DEFAULT 'ok');
-- @must
CREATE TABLE c35.pets (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_id integer NOT NULL REFERENCES c35.owners (id) ON DELETE CASCADE,
  name text NOT NULL,
  legs c35.posint,
  weight numeric(6,2) CHECK (weight >= 0),
  born date,
  tags text[]
);
-- @must
CREATE INDEX pets_name_idx ON c35.pets (lower(name));
-- @must
CREATE UNIQUE INDEX pets_owner_name_idx ON c35.pets (owner_id, name) WHERE born IS NOT NULL;
-- @must
CREATE SEQUENCE c35.tickets START 100 INCREMENT 5;
-- @must
CREATE VIEW c35.heavy_pets AS SELECT id, name, weight FROM c35.pets WHERE weight > 10;
-- @must
CREATE FUNCTION c35.add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
-- @must
COMMENT ON TABLE c35.pets IS 'animals';
-- @must
COMMENT ON COLUMN c35.pets.name IS 'what it answers to';

-- Npgsql's type loading (PostgresDatabaseInfo, PostgreSQL 15: ranges, multiranges, free-standing composites)
-- @must
SELECT ns.nspname, t.oid, t.typname, t.typtype, t.typnotnull, t.elemtypoid
FROM (
    SELECT
        typ.oid, typ.typnamespace, typ.typname, typ.typtype, typ.typrelid, typ.typnotnull, typ.relkind,
        elemtyp.oid AS elemtypoid, elemtyp.typname AS elemtypname, elemcls.relkind AS elemrelkind,
        CASE WHEN elemproc.proname='array_recv' THEN 'a' ELSE elemtyp.typtype END AS elemtyptype
    FROM (
        SELECT typ.oid, typnamespace, typname, typrelid, typnotnull, relkind, typelem AS elemoid,
            CASE WHEN proc.proname='array_recv' THEN 'a' ELSE typ.typtype END AS typtype,
            CASE
                WHEN proc.proname='array_recv' THEN typ.typelem
                WHEN typ.typtype='r' THEN rngsubtype
                WHEN typ.typtype='m' THEN (SELECT rngtypid FROM pg_range WHERE rngmultitypid = typ.oid)
                WHEN typ.typtype='d' THEN typ.typbasetype
            END AS elemtypoid
        FROM pg_type AS typ
        LEFT JOIN pg_class AS cls ON (cls.oid = typ.typrelid)
        LEFT JOIN pg_proc AS proc ON proc.oid = typ.typreceive
        LEFT JOIN pg_range ON (pg_range.rngtypid = typ.oid)
    ) AS typ
    LEFT JOIN pg_type AS elemtyp ON elemtyp.oid = elemtypoid
    LEFT JOIN pg_class AS elemcls ON (elemcls.oid = elemtyp.typrelid)
    LEFT JOIN pg_proc AS elemproc ON elemproc.oid = elemtyp.typreceive
) AS t
JOIN pg_namespace AS ns ON (ns.oid = typnamespace)
WHERE
    ns.nspname = 'pg_catalog' AND (
    typtype IN ('b', 'r', 'm', 'e', 'd') OR
    (typtype = 'c' AND relkind='c') OR
    (typtype = 'p' AND typname IN ('record', 'void')) OR
    (typtype = 'a' AND (
        elemtyptype IN ('b', 'r', 'm', 'e', 'd') OR
        (elemtyptype = 'p' AND elemtypname IN ('record', 'void')) OR
        (elemtyptype = 'c' AND elemrelkind='c')
    )))
ORDER BY CASE
       WHEN typtype IN ('b', 'e', 'p') THEN 0
       WHEN typtype = 'r' THEN 1
       WHEN typtype = 'm' THEN 2
       WHEN typtype = 'c' THEN 3
       WHEN typtype = 'd' AND elemtyptype <> 'a' THEN 4
       WHEN typtype = 'a' THEN 5
       WHEN typtype = 'd' AND elemtyptype = 'a' THEN 6
END, t.oid;
-- @must
SELECT ns.nspname, t.typname, t.typtype, t.typnotnull, t.elemtypoid::regtype
FROM (
    SELECT
        typ.oid, typ.typnamespace, typ.typname, typ.typtype, typ.typrelid, typ.typnotnull, typ.relkind,
        elemtyp.oid AS elemtypoid, elemtyp.typname AS elemtypname, elemcls.relkind AS elemrelkind,
        CASE WHEN elemproc.proname='array_recv' THEN 'a' ELSE elemtyp.typtype END AS elemtyptype
    FROM (
        SELECT typ.oid, typnamespace, typname, typrelid, typnotnull, relkind, typelem AS elemoid,
            CASE WHEN proc.proname='array_recv' THEN 'a' ELSE typ.typtype END AS typtype,
            CASE
                WHEN proc.proname='array_recv' THEN typ.typelem
                WHEN typ.typtype='r' THEN rngsubtype
                WHEN typ.typtype='m' THEN (SELECT rngtypid FROM pg_range WHERE rngmultitypid = typ.oid)
                WHEN typ.typtype='d' THEN typ.typbasetype
            END AS elemtypoid
        FROM pg_type AS typ
        LEFT JOIN pg_class AS cls ON (cls.oid = typ.typrelid)
        LEFT JOIN pg_proc AS proc ON proc.oid = typ.typreceive
        LEFT JOIN pg_range ON (pg_range.rngtypid = typ.oid)
    ) AS typ
    LEFT JOIN pg_type AS elemtyp ON elemtyp.oid = elemtypoid
    LEFT JOIN pg_class AS elemcls ON (elemcls.oid = elemtyp.typrelid)
    LEFT JOIN pg_proc AS elemproc ON elemproc.oid = elemtyp.typreceive
) AS t
JOIN pg_namespace AS ns ON (ns.oid = typnamespace)
WHERE
    ns.nspname = 'c35' AND (
    typtype IN ('b', 'r', 'm', 'e', 'd') OR
    (typtype = 'c' AND relkind='c') OR
    (typtype = 'p' AND typname IN ('record', 'void')) OR
    (typtype = 'a' AND (
        elemtyptype IN ('b', 'r', 'm', 'e', 'd') OR
        (elemtyptype = 'p' AND elemtypname IN ('record', 'void')) OR
        (elemtyptype = 'c' AND elemrelkind='c')
    )))
ORDER BY CASE
       WHEN typtype IN ('b', 'e', 'p') THEN 0
       WHEN typtype = 'r' THEN 1
       WHEN typtype = 'm' THEN 2
       WHEN typtype = 'c' THEN 3
       WHEN typtype = 'd' AND elemtyptype <> 'a' THEN 4
       WHEN typtype = 'a' THEN 5
       WHEN typtype = 'd' AND elemtyptype = 'a' THEN 6
END, t.typname;
-- The same, joined in another order: each ON sees only the relations joined before it
-- @must
SELECT ns.nspname, t.typname, t.typtype, t.typnotnull, et.typname AS elem
FROM (
    SELECT typ.oid, typnamespace, typname, typnotnull, relkind,
        CASE WHEN proc.proname='array_recv' THEN 'a' ELSE typ.typtype END AS typtype,
        CASE
            WHEN proc.proname='array_recv' THEN typ.typelem
            WHEN typ.typtype='r' THEN rngsubtype
            WHEN typ.typtype='m' THEN (SELECT rngtypid FROM pg_range WHERE rngmultitypid = typ.oid)
            WHEN typ.typtype='d' THEN typ.typbasetype
        END AS elemtypoid
    FROM pg_type AS typ
    LEFT JOIN pg_class AS cls ON (cls.oid = typ.typrelid)
    LEFT JOIN pg_proc AS proc ON proc.oid = typ.typreceive
    LEFT JOIN pg_range ON (pg_range.rngtypid = typ.oid)
) AS t
JOIN pg_namespace AS ns ON (ns.oid = typnamespace)
LEFT JOIN pg_type AS et ON et.oid = t.elemtypoid
WHERE ns.nspname = 'c35'
ORDER BY t.typname;
-- @must
SELECT typ.typname, att.attname, att.atttypid::regtype
FROM pg_type AS typ
JOIN pg_namespace AS ns ON (ns.oid = typ.typnamespace)
JOIN pg_class AS cls ON (cls.oid = typ.typrelid)
JOIN pg_attribute AS att ON (att.attrelid = typ.typrelid)
WHERE (typ.typtype = 'c' AND cls.relkind='c') AND ns.nspname = 'c35' AND attnum > 0 AND NOT attisdropped
ORDER BY typ.oid, att.attnum;
SELECT pg_type.oid::regtype AS oid, enumlabel FROM pg_enum JOIN pg_type ON pg_type.oid=enumtypid WHERE pg_type.typname = 'mood' ORDER BY oid, enumsortorder;

-- A range type of the user's, with its multirange (evsql takes no CREATE TYPE … AS RANGE)
CREATE SCHEMA c35r;
CREATE TYPE c35r.floatrange AS RANGE (subtype = float8);
SELECT t.typname, t.typtype, p.proname, r.rngsubtype::regtype, r.rngmultitypid::regtype FROM pg_type t JOIN pg_proc p ON p.oid = t.typreceive LEFT JOIN pg_range r ON r.rngtypid = t.oid WHERE t.typnamespace = 'c35r'::regnamespace ORDER BY t.typname;
SELECT typname, typinput, typoutput, typreceive, typsend, typanalyze FROM pg_type WHERE typnamespace = 'c35r'::regnamespace ORDER BY typname;
SELECT proname, pronargs, prorettype::regtype FROM pg_proc WHERE pronamespace = 'c35r'::regnamespace ORDER BY proname, pronargs;

-- regproc columns: OIDs that print as names
-- @must
SELECT typname, typinput, typoutput, typreceive, typsend, typmodin, typmodout, typanalyze, typsubscript FROM pg_type WHERE typname IN ('int4', '_int4', 'varchar', 'numeric', 'int4range', 'int4multirange', 'record', 'void', 'anyarray', 'jsonb', 'bit') ORDER BY typname;
-- @must
SELECT typname, typinput, typoutput, typreceive, typsend FROM pg_type WHERE typnamespace = 'c35'::regnamespace ORDER BY typname;
-- @must
SELECT typname, typinput::oid, typreceive::oid, typsend::oid FROM pg_type WHERE typname IN ('bool', 'text', '_text', 'record', 'int8range') ORDER BY typname;
SELECT p.proname, p.pronargs, p.prorettype::regtype, p.proargtypes FROM pg_type t JOIN pg_proc p ON p.oid = t.typreceive WHERE t.typname IN ('int4', '_int4', 'record', 'int4range', 'int4multirange', 'mood', 'posint', 'pair') ORDER BY t.typname;
-- @must
SELECT t.typname, p.proname FROM pg_type t JOIN pg_proc p ON p.oid = t.typinput WHERE t.typnamespace = 'c35'::regnamespace ORDER BY 1;
-- @must
SELECT count(*) FROM pg_type t LEFT JOIN pg_proc p ON p.oid = t.typreceive WHERE t.typnamespace = 'pg_catalog'::regnamespace AND t.typreceive <> 0 AND p.oid IS NULL;
-- @must
SELECT count(*) FROM pg_type t LEFT JOIN pg_proc p ON p.oid = t.typinput WHERE t.typnamespace = 'pg_catalog'::regnamespace AND p.oid IS NULL;
SELECT count(*) FROM pg_type WHERE typreceive = 'array_recv'::regproc AND typnamespace = 'pg_catalog'::regnamespace;
-- @must
SELECT count(*) FROM pg_type t WHERE typreceive = 'array_recv'::regproc AND typnamespace = 'pg_catalog'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.typelem);
-- @must
SELECT count(*) FROM pg_type WHERE typreceive = 'array_recv' AND typnamespace = 'pg_catalog'::regnamespace;
-- @must
SELECT typname FROM pg_type WHERE typinput IN ('enum_in', 'domain_in') AND typnamespace = 'c35'::regnamespace ORDER BY 1;
-- @must
SELECT typname FROM pg_type WHERE typinput = 'pg_catalog.array_in'::regproc AND typelem = 'c35.mood'::regtype;
-- @must
SELECT typname FROM pg_type WHERE typinput = 'array_in(cstring,oid,integer)'::regprocedure AND typelem = 'int4'::regtype;
-- @must
SELECT typinput::text, typreceive::text, typmodin::text FROM pg_type WHERE typname = '_varchar';
-- @must
SELECT amname, amhandler, amhandler::oid, amtype FROM pg_am ORDER BY oid;
-- @must
SELECT rngtypid::regtype, rngsubtype::regtype, rngcanonical, rngsubdiff FROM pg_range WHERE rngtypid < 16384 ORDER BY rngtypid;
-- @must
SELECT proname, prorettype::regtype, pronargs FROM pg_proc WHERE proname IN ('array_recv', 'int4recv', 'record_recv', 'range_recv', 'enum_recv', 'domain_in', 'domain_recv', 'enum_in', 'record_in', 'multirange_recv', 'array_in', 'textin', 'boolsend') ORDER BY proname;
-- @must
SELECT 'int4in'::regproc, 'int4in'::regproc::oid, 'array_recv'::regproc::oid, 'pg_catalog.textout'::regproc;
-- @must
SELECT 'int4recv(internal)'::regprocedure, 'array_in(cstring, oid, integer)'::regprocedure::oid;
-- @must
SELECT to_regproc('enum_recv'), to_regproc('no_such_fn'), to_regprocedure('domain_in(cstring,oid,integer)');
-- @must
SELECT pg_get_function_result('record_recv'::regproc), pg_get_function_arguments('record_recv'::regproc);

-- reg* names that must exist, literal or compared
-- @must
SELECT 'pg_class'::regclass = 'nope';
-- @must
SELECT 'pg_class'::regclass = 'pg_class';
-- @must
SELECT 'pg_class'::regclass <> 'pg_type';
-- @must
SELECT oid::regclass = 'c35.pets' FROM pg_class WHERE relname = 'pets' AND relnamespace = 'c35'::regnamespace;
-- @must
SELECT count(*) FROM pg_class WHERE oid = 'no_such_table';
-- @must
SELECT count(*) FROM pg_attribute WHERE attrelid = 'c35.pets'::regclass AND attnum > 0;
-- @must
SELECT count(*) FROM pg_attribute WHERE attrelid = 'c35.pets' AND attnum > 0;
-- @must
SELECT count(*) FROM pg_class WHERE oid = 'nosuchschema.pets';
-- @must
SELECT 'int4'::regtype = 'nosuchtype';
-- @must
SELECT 'int4'::regtype = 'integer';
-- @must
SELECT count(*) FROM pg_type WHERE oid = 'c35.mood';
-- @must
SELECT count(*) FROM pg_type WHERE oid = 'c35.nosuchtype';
-- @must
SELECT 'int4in'::regproc = 'no_such_function';
-- @must
SELECT typinput = 'no_such_function' FROM pg_type WHERE typname = 'int4';
-- @must
SELECT 'int4in'::regproc = 'abs';
-- @must
-- params: ["array_in"]
SELECT count(*) FROM pg_type WHERE typinput = $1;
-- @must
-- params: ["array_in"]
SELECT count(*) > 50 FROM pg_type WHERE typinput = $1::regproc;
-- @must
-- params: ["2249"]
SELECT typname FROM pg_type WHERE oid = $1 AND typinput = 'record_in'::regproc;
-- @must
SELECT 'abs'::regproc;
-- @must
SELECT 'no_such_function'::regproc;
-- @must
SELECT 'no_such_function(integer)'::regprocedure;
-- @must
SELECT 'pg_catalog'::regnamespace = 'nosuchschema';
-- @must
SELECT count(*) FROM pg_namespace WHERE oid = 'c35';
-- @must
SELECT count(*) FROM pg_class WHERE relnamespace = 'nosuchschema';
-- @must
SELECT 'nosuchschema'::regnamespace;
-- @must
SELECT 'nosuchtable'::regclass;
-- @must
SELECT 'nosuchtype'::regtype;
-- @must
SELECT 'postgres'::regrole = 'nosuchrole';
SELECT '+'::regoper;
SELECT 'no_such_op'::regoper;
-- @must
SELECT '1x'::regclass;
-- @must
SELECT 'pg_class'::regclass IN ('pg_type', 'pg_class');
SELECT 'pg_class'::regclass IN ('pg_type', 'nope');

-- pgAdmin 4: schemas, tables, columns, constraints, indexes, sequences, views, functions
-- @must
SELECT nsp.nspname AS name, pg_catalog.has_schema_privilege(nsp.oid, 'CREATE') AS can_create, pg_catalog.has_schema_privilege(nsp.oid, 'USAGE') AS has_usage, des.description
FROM pg_catalog.pg_namespace nsp
LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=nsp.oid AND des.classoid='pg_namespace'::regclass)
WHERE nsp.nspname = 'c35'
ORDER BY nspname;
-- @must
SELECT rel.relname AS name,
    (SELECT count(*) FROM pg_catalog.pg_trigger WHERE tgrelid=rel.oid AND tgisinternal = FALSE) AS triggercount,
    (CASE WHEN rel.relkind = 'p' THEN true ELSE false END) AS is_partitioned,
    (SELECT count(1) FROM pg_catalog.pg_inherits WHERE inhrelid=rel.oid LIMIT 1) as is_inherits,
    (SELECT count(1) FROM pg_catalog.pg_inherits WHERE inhparent=rel.oid LIMIT 1) as is_inherited,
    des.description
FROM pg_catalog.pg_class rel
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=rel.oid AND des.objsubid=0 AND des.classoid='pg_class'::regclass)
WHERE rel.relkind IN ('r','s','t','p') AND rel.relnamespace = 'c35'::regnamespace
    AND NOT rel.relispartition
ORDER BY rel.relname;
SELECT rel.relname AS name, pg_catalog.pg_get_userbyid(rel.relowner) AS relowner, rel.relkind, rel.relhassubclass, con.conname, con.conkey,
    (CASE WHEN rel.relpersistence = 'u' THEN true ELSE false END) AS relpersistence, rel.reloptions, rel.reloftype,
    (CASE WHEN rel.reltoastrelid = 0 THEN false ELSE true END) AS hastoasttable, rel.relrowsecurity
FROM pg_catalog.pg_class rel
    LEFT OUTER JOIN pg_catalog.pg_constraint con ON con.conrelid=rel.oid AND con.contype='p'
WHERE rel.relkind IN ('r','s','t','p') AND rel.relnamespace = 'c35'::regnamespace
ORDER BY rel.relname;
-- @must
SELECT DISTINCT ON (att.attnum) att.attname as name, att.atttypid::regtype, att.attlen, att.attnum, att.attndims,
    att.atttypmod, att.attnotnull, att.attstorage, att.attidentity,
    pg_catalog.pg_get_expr(def.adbin, def.adrelid) AS defval,
    pg_catalog.format_type(ty.oid,NULL) AS typname,
    pg_catalog.format_type(ty.oid,att.atttypmod) AS displaytypname,
    CASE WHEN ty.typelem > 0 THEN ty.typelem::regtype ELSE ty.oid::regtype END as elemoid,
    (SELECT nspname FROM pg_catalog.pg_namespace WHERE oid = ty.typnamespace) as typnspname,
    ty.typstorage AS defaultstorage, description, pi.indkey,
    (SELECT count(1) FROM pg_catalog.pg_type t2 WHERE t2.typname=ty.typname) > 1 AS isdup,
    EXISTS(SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid=att.attrelid AND contype='f' AND att.attnum=ANY(conkey)) As is_fk,
    (CASE WHEN (att.attnum < 1) THEN true ElSE false END) AS is_sys_column,
    (CASE WHEN (att.attidentity in ('a', 'd')) THEN 'i' WHEN (att.attgenerated in ('s')) THEN 'g' ELSE 'n' END) AS colconstype,
    tab.relname as relname, (CASE WHEN tab.relkind = 'v' THEN true ELSE false END) AS is_view_only,
    seq.seqstart, seq.seqincrement
FROM pg_catalog.pg_attribute att
  JOIN pg_catalog.pg_type ty ON ty.oid=atttypid
  LEFT OUTER JOIN pg_catalog.pg_attrdef def ON adrelid=att.attrelid AND adnum=att.attnum
  LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=att.attrelid AND des.objsubid=att.attnum AND des.classoid='pg_class'::regclass)
  LEFT OUTER JOIN (pg_catalog.pg_depend dep JOIN pg_catalog.pg_class cs ON dep.classid='pg_class'::regclass AND dep.objid=cs.oid AND cs.relkind='S') ON dep.refobjid=att.attrelid AND dep.refobjsubid=att.attnum
  LEFT OUTER JOIN pg_catalog.pg_index pi ON pi.indrelid=att.attrelid AND indisprimary
  LEFT OUTER JOIN pg_catalog.pg_sequence seq ON cs.oid=seq.seqrelid
  LEFT OUTER JOIN pg_catalog.pg_class tab on tab.oid = att.attrelid
WHERE att.attrelid = 'c35.pets'::regclass AND att.attnum > 0 AND att.attisdropped IS FALSE
ORDER BY att.attnum;
-- @must
SELECT DISTINCT att.attname as name, att.attnum as OID, pg_catalog.format_type(ty.oid,NULL) AS datatype,
    pg_catalog.format_type(ty.oid,att.atttypmod) AS displaytypname, att.attnotnull as not_null,
    CASE WHEN att.atthasdef OR att.attidentity != '' OR ty.typdefault IS NOT NULL THEN True ELSE False END as has_default_val,
    des.description, seq.seqtypid::regtype
FROM pg_catalog.pg_attribute att
    JOIN pg_catalog.pg_type ty ON ty.oid=atttypid
    JOIN pg_catalog.pg_namespace tn ON tn.oid=ty.typnamespace
    JOIN pg_catalog.pg_class cl ON cl.oid=att.attrelid
    JOIN pg_catalog.pg_namespace na ON na.oid=cl.relnamespace
    LEFT OUTER JOIN pg_catalog.pg_type et ON et.oid=ty.typelem
    LEFT OUTER JOIN pg_catalog.pg_attrdef def ON adrelid=att.attrelid AND adnum=att.attnum
    LEFT OUTER JOIN (pg_catalog.pg_depend JOIN pg_catalog.pg_class cs ON classid='pg_class'::regclass AND objid=cs.oid AND cs.relkind='S') ON refobjid=att.attrelid AND refobjsubid=att.attnum
    LEFT OUTER JOIN pg_catalog.pg_namespace ns ON ns.oid=cs.relnamespace
    LEFT OUTER JOIN pg_catalog.pg_index pi ON pi.indrelid=att.attrelid AND indisprimary
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=att.attrelid AND des.objsubid=att.attnum AND des.classoid='pg_class'::regclass)
    LEFT OUTER JOIN pg_catalog.pg_sequence seq ON cs.oid=seq.seqrelid
WHERE cl.relname = 'owners' AND na.nspname = 'c35' AND att.attnum > 0 AND att.attisdropped IS FALSE
ORDER BY att.attnum;
-- @must
SELECT cls.relname as name, indisunique, indisprimary, indisclustered, indisvalid, indnatts, indkey, amname,
    pg_catalog.pg_get_expr(idx.indpred, idx.indrelid, true) AS indconstraint, des.description
FROM pg_catalog.pg_index idx
    JOIN pg_catalog.pg_class cls ON cls.oid=indexrelid
    JOIN pg_catalog.pg_class tab ON tab.oid=indrelid
    LEFT OUTER JOIN pg_catalog.pg_tablespace ta on ta.oid=cls.reltablespace
    JOIN pg_catalog.pg_namespace n ON n.oid=tab.relnamespace
    JOIN pg_catalog.pg_am am ON am.oid=cls.relam
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=cls.oid AND des.classoid='pg_class'::regclass)
    LEFT OUTER JOIN pg_catalog.pg_constraint con ON con.conrelid=indrelid AND conindid=cls.oid AND con.contype IN ('p', 'u', 'x')
WHERE indrelid = 'c35.pets'::regclass AND con.conname IS NULL
ORDER BY cls.relname;
-- @must
SELECT i.indexrelid::regclass, pg_catalog.pg_get_indexdef(i.indexrelid, 1, true) AS col1, i.indoption, i.indcollation, i.indclass
FROM pg_catalog.pg_index i WHERE i.indrelid = 'c35.pets'::regclass ORDER BY 2;
-- @must
SELECT ct.conname as name, ct.condeferrable, ct.condeferred, ct.confupdtype, ct.confdeltype,
    CASE ct.confmatchtype WHEN 's' THEN TRUE ELSE FALSE END AS confmatchtype, conkey, confkey, confrelid::regclass,
    nl.nspname as fknsp, cl.relname as fktab, nr.nspname as refnsp, cr.relname as reftab, description as comment, convalidated
FROM pg_catalog.pg_constraint ct
    JOIN pg_catalog.pg_class cl ON cl.oid=conrelid
    JOIN pg_catalog.pg_namespace nl ON nl.oid=cl.relnamespace
    JOIN pg_catalog.pg_class cr ON cr.oid=confrelid
    JOIN pg_catalog.pg_namespace nr ON nr.oid=cr.relnamespace
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=ct.oid AND des.classoid='pg_constraint'::regclass)
WHERE contype='f' AND conrelid = 'c35.pets'::regclass
ORDER BY conname;
-- @must
SELECT c.conname as name, c.connoinherit, c.convalidated, pg_catalog.pg_get_constraintdef(c.oid, true) as consrc, description as comment
FROM pg_catalog.pg_class cl
    JOIN pg_catalog.pg_constraint c ON (cl.oid=c.conrelid)
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=c.oid AND des.classoid='pg_constraint'::regclass)
WHERE contype = 'c' AND cl.oid = 'c35.pets'::regclass
ORDER BY c.conname;
-- @must
SELECT cls.relname as name, indnatts, amname, COALESCE(spcname, 'pg_default') as spcname, con.condeferrable, con.condeferred
FROM pg_catalog.pg_index idx
    JOIN pg_catalog.pg_class cls ON cls.oid=indexrelid
    LEFT OUTER JOIN pg_catalog.pg_tablespace ta on ta.oid=cls.reltablespace
    JOIN pg_catalog.pg_am am ON am.oid=cls.relam
    LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = idx.indexrelid
WHERE indrelid = 'c35.owners'::regclass AND con.contype IN ('p', 'u')
ORDER BY cls.relname;
-- @must
SELECT cl.relname as name, pg_catalog.pg_get_userbyid(cl.relowner) AS seqowner, cl.relacl, description as comment
FROM pg_catalog.pg_class cl
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=cl.oid AND des.classoid='pg_class'::regclass)
WHERE relkind = 'S' AND relnamespace = 'c35'::regnamespace
ORDER BY relname;
-- @must
SELECT seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle, seqtypid::regtype FROM pg_catalog.pg_sequence WHERE seqrelid = 'c35.tickets'::regclass;
-- @must
SELECT c.relname AS name, pg_catalog.pg_get_userbyid(c.relowner) AS owner, description AS comment, pg_catalog.pg_get_viewdef(c.oid, true) AS definition
FROM pg_catalog.pg_class c
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=c.oid and des.objsubid=0 AND des.classoid='pg_class'::regclass)
WHERE ((c.relhasrules AND (EXISTS (SELECT r.rulename FROM pg_catalog.pg_rewrite r WHERE ((r.ev_class = c.oid) AND (pg_catalog.bpchar(r.ev_type) = '1'::bpchar))))) OR (c.relkind = 'v'::char))
    AND c.relnamespace = 'c35'::regnamespace
ORDER BY c.relname;
-- @must
SELECT pr.proname AS name, pg_catalog.pg_get_function_identity_arguments(pr.oid) AS signature, pg_catalog.pg_get_userbyid(proowner) AS funcowner, description,
    lanname, typns.nspname AS typnsp, pr.prorettype::regtype, pr.provolatile, pr.proisstrict, pr.proretset, pr.prokind
FROM pg_catalog.pg_proc pr
    JOIN pg_catalog.pg_type typ ON typ.oid=prorettype
    JOIN pg_catalog.pg_namespace typns ON typns.oid=typ.typnamespace
    JOIN pg_catalog.pg_language lng ON lng.oid=prolang
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=pr.oid AND des.classoid='pg_proc'::regclass)
WHERE pr.prokind IN ('f', 'w') AND typname NOT IN ('trigger', 'event_trigger') AND pronamespace = 'c35'::regnamespace
ORDER BY proname;
-- @must
SELECT t.typname AS name, t.typtype, pg_catalog.format_type(t.oid, NULL) AS alias, description, ct.relkind
FROM pg_catalog.pg_type t
    LEFT OUTER JOIN pg_catalog.pg_type e ON e.oid=t.typelem
    LEFT OUTER JOIN pg_catalog.pg_class ct ON ct.oid=t.typrelid AND ct.relkind <> 'c'
    LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid=t.oid AND des.classoid='pg_type'::regclass)
WHERE t.typtype != 'd' AND t.typname NOT LIKE E'\\_%' AND t.typnamespace = 'c35'::regnamespace AND ct.oid IS NULL
ORDER BY t.typname;
-- @must
SELECT d.typname as name, pg_catalog.format_type(d.typbasetype, d.typtypmod) AS basetype, d.typnotnull, d.typdefault, c.conname, pg_catalog.pg_get_constraintdef(c.oid, true) AS check
FROM pg_catalog.pg_type d
    LEFT OUTER JOIN pg_catalog.pg_constraint c ON c.contypid = d.oid
WHERE d.typnamespace = 'c35'::regnamespace AND d.typtype = 'd'
ORDER BY d.typname;

-- DBeaver: tables, attributes, constraints, indexes, procedures, types
-- @must
SELECT c.relname, c.relkind, c.relnatts, c.relhasindex, c.relpersistence, c.relispartition, d.description
FROM pg_catalog.pg_class c
    LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_class'::regclass
WHERE c.relnamespace = 'c35'::regnamespace AND c.relkind not in ('i','I','c')
ORDER BY c.relname;
-- @must
SELECT c.relname, a.attname, a.attnum, a.atttypid::regtype, a.atttypmod, a.attnotnull, a.atthasdef, a.attidentity, a.attgenerated,
    pg_catalog.pg_get_expr(ad.adbin, ad.adrelid, true) as def_value, dsc.description
FROM pg_catalog.pg_attribute a
    INNER JOIN pg_catalog.pg_class c ON (a.attrelid=c.oid)
    LEFT OUTER JOIN pg_catalog.pg_attrdef ad ON (a.attrelid=ad.adrelid AND a.attnum = ad.adnum)
    LEFT OUTER JOIN pg_catalog.pg_description dsc ON (c.oid=dsc.objoid AND a.attnum = dsc.objsubid)
WHERE NOT a.attisdropped AND c.relkind not in ('i','I','c') AND c.relnamespace = 'c35'::regnamespace AND a.attnum > 0
ORDER BY c.relname, a.attnum;
-- @must
SELECT c.conname, c.contype, c.condeferrable, c.condeferred, c.conkey, c.confkey, c.confupdtype, c.confdeltype, t.relname as tabrelname,
    rt.relnamespace::regnamespace as refnamespace, d.description,
    case when c.contype='c' then substring(pg_catalog.pg_get_constraintdef(c.oid), 7) end as consrc_copy
FROM pg_catalog.pg_constraint c
    INNER JOIN pg_catalog.pg_class t ON t.oid=c.conrelid
    LEFT OUTER JOIN pg_catalog.pg_class rt ON rt.oid=c.confrelid
    LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=c.oid AND d.objsubid=0 AND d.classoid='pg_constraint'::regclass
WHERE t.relnamespace = 'c35'::regnamespace
ORDER BY c.conname;
-- @must
SELECT i.indisunique, i.indisprimary, i.indkey as keys, c.relname, c.relam, tc.relname as tabrelname, dsc.description,
    pg_catalog.pg_get_expr(i.indpred, i.indrelid) as pred_expr, pg_catalog.pg_get_expr(i.indexprs, i.indrelid, true) as expr
FROM pg_catalog.pg_index i
    INNER JOIN pg_catalog.pg_class c ON c.oid=i.indexrelid
    INNER JOIN pg_catalog.pg_class tc ON tc.oid=i.indrelid
    LEFT OUTER JOIN pg_catalog.pg_description dsc ON i.indexrelid=dsc.objoid
WHERE tc.relnamespace = 'c35'::regnamespace
ORDER BY tabrelname, c.relname;
-- @must
SELECT p.proname, p.prokind, p.pronargs, p.prorettype::regtype, p.proargtypes, p.proargnames, p.provolatile, l.lanname, d.description
FROM pg_catalog.pg_proc p
    LEFT OUTER JOIN pg_catalog.pg_description d ON d.objoid=p.oid
    JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'c35'::regnamespace
ORDER BY p.proname;
-- @must
SELECT t.typname, t.typtype, t.typcategory, c.relkind, pg_catalog.format_type(nullif(t.typbasetype, 0), t.typtypmod) as base_type_name, d.description
FROM pg_catalog.pg_type t
    LEFT OUTER JOIN pg_catalog.pg_type et ON et.oid=t.typelem
    LEFT OUTER JOIN pg_catalog.pg_class c ON c.oid=t.typrelid
    LEFT OUTER JOIN pg_catalog.pg_description d ON t.oid=d.objoid
WHERE t.typname IS NOT NULL AND (c.relkind IS NULL OR c.relkind = 'c') AND (et.typcategory IS NULL OR et.typcategory <> 'C') AND t.typnamespace = 'c35'::regnamespace
ORDER BY t.typname;
-- @must
SELECT sequencename, data_type, start_value, min_value, max_value, increment_by, cycle, cache_size FROM pg_catalog.pg_sequences WHERE schemaname = 'c35' ORDER BY sequencename;

-- Metabase: tables with their estimated rows, fields
-- @must
SELECT n.nspname AS schema, c.relname AS name,
    CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'PARTITIONED TABLE' WHEN 'v' THEN 'VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE NULL END AS type,
    d.description AS description
FROM pg_catalog.pg_class c
    INNER JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid
    LEFT JOIN pg_catalog.pg_description d ON c.oid = d.objoid AND d.objsubid = 0 AND d.classoid = 'pg_class'::regclass
WHERE c.relnamespace = n.oid AND n.nspname !~ '^information_schema|catalog_history|pg_' AND c.relkind in ('r', 'p', 'v', 'f', 'm') AND n.nspname IN ('c35')
ORDER BY type, schema, name;
-- @must
SELECT c.column_name AS name, c.udt_name AS "database-type", c.ordinal_position - 1 AS "database-position", c.table_schema, c.table_name,
    pk.column_name IS NOT NULL AS "pk?", col_description(format('%I.%I', c.table_schema, c.table_name)::regclass::oid, c.ordinal_position) AS "field-comment",
    (column_default IS NULL AND is_nullable = 'NO' AND NOT (is_identity = 'YES' AND identity_generation = 'ALWAYS')) AS "database-required",
    (is_identity = 'YES' OR column_default LIKE 'nextval(%') AS "database-is-auto-increment"
FROM information_schema.columns c
    LEFT JOIN (SELECT tc.table_schema, tc.table_name, kc.column_name FROM information_schema.table_constraints tc
        INNER JOIN information_schema.key_column_usage kc ON tc.constraint_name = kc.constraint_name AND tc.table_schema = kc.table_schema AND tc.table_name = kc.table_name
        WHERE tc.constraint_type = 'PRIMARY KEY') pk ON c.table_schema = pk.table_schema AND c.table_name = pk.table_name AND c.column_name = pk.column_name
WHERE c.table_schema = 'c35'
ORDER BY c.table_name, c.ordinal_position;
-- @must
SELECT fk_ns.nspname AS "fk-table-schema", fk_table.relname AS "fk-table-name", fk_column.attname AS "fk-column-name",
    pk_ns.nspname AS "pk-table-schema", pk_table.relname AS "pk-table-name", pk_column.attname AS "pk-column-name"
FROM pg_constraint c
    JOIN pg_class fk_table ON c.conrelid = fk_table.oid
    JOIN pg_namespace fk_ns ON c.connamespace = fk_ns.oid
    JOIN pg_attribute fk_column ON c.conrelid = fk_column.attrelid
    JOIN pg_class pk_table ON c.confrelid = pk_table.oid
    JOIN pg_namespace pk_ns ON pk_table.relnamespace = pk_ns.oid
    JOIN pg_attribute pk_column ON c.confrelid = pk_column.attrelid
WHERE c.contype = 'f' AND fk_column.attnum = c.conkey[1] AND pk_column.attnum = c.confkey[1] AND fk_ns.nspname = 'c35'
ORDER BY 1, 2, 3;

-- Grafana: the search path's tables, a table's columns
-- @must
SET search_path TO c35, public;
-- @must
SELECT quote_ident(table_name) AS "table" FROM information_schema.tables
WHERE table_schema IN (SELECT CASE WHEN trim(s[i]) = '"$user"' THEN user ELSE trim(s[i]) END
    FROM generate_series(array_lower(string_to_array(current_setting('search_path'), ','), 1), array_upper(string_to_array(current_setting('search_path'), ','), 1)) AS i,
    string_to_array(current_setting('search_path'), ',') s)
    AND (table_name LIKE 'pets%' OR table_name IN ('owners', 'heavy_pets'))
ORDER BY 1;
-- @must
SELECT quote_ident(column_name) AS "column", data_type AS "type" FROM information_schema.columns WHERE table_schema = 'c35' AND table_name = 'pets' ORDER BY ordinal_position;
-- @must
SELECT 'pets'::regclass, 'owners'::regclass::oid = 'c35.owners'::regclass::oid, 'mood'::regtype, 'add_one'::regproc;
-- @must
RESET search_path;
