/**
 * The catalog as drivers and GUI tools read it, against PostgreSQL 15 over the same schema through
 * the `pg` driver: Npgsql's type loading (pg_type joined to pg_proc on typreceive, arrays told by
 * `array_recv`), regproc columns that are OIDs printing as names, reg* names that must exist, and
 * pgAdmin 4's and DBeaver's listings. test/corpus/54-catalog35.sql has more of each.
 */
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { sameAnswers, sideBySide } from './helpers/side-by-side.js';

const both = sideBySide();

const SCHEMA = [
  "CREATE TYPE c35_mood AS ENUM ('sad', 'ok', 'happy')",
  'CREATE DOMAIN c35_posint AS integer CHECK (VALUE > 0)',
  'CREATE TYPE c35_pair AS (a integer, b text)',
  'CREATE TABLE c35_owners (id serial PRIMARY KEY, email varchar(80) NOT NULL UNIQUE, mood c35_mood)',
  'CREATE TABLE c35_pets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner_id integer NOT NULL REFERENCES c35_owners (id), name text NOT NULL, legs c35_posint, weight numeric(6,2) CHECK (weight >= 0))',
  'CREATE INDEX c35_pets_name ON c35_pets (lower(name))',
  'CREATE VIEW c35_heavy AS SELECT id, name FROM c35_pets WHERE weight > 10',
  "COMMENT ON COLUMN c35_pets.name IS 'what it answers to'",
];

/** Npgsql's type loading for PostgreSQL 15 (PostgresDatabaseInfo: ranges, multiranges, free-standing composites), as it sends it. */
const NPGSQL_TYPES = `
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
    typtype IN ('b', 'r', 'm', 'e', 'd') OR -- Base, range, multirange, enum, domain
    (typtype = 'c' AND relkind='c') OR -- User-defined free-standing composites (not table composites) by default
    (typtype = 'p' AND typname IN ('record', 'void')) OR -- Some special supported pseudo-types
    (typtype = 'a' AND (  -- Array of...
        elemtyptype IN ('b', 'r', 'm', 'e', 'd') OR -- Array of base, range, multirange, enum, domain
        (elemtyptype = 'p' AND elemtypname IN ('record', 'void')) OR -- Arrays of special supported pseudo-types
        (elemtyptype = 'c' AND elemrelkind='c') -- Array of user-defined free-standing composites (not table composites) by default
    ))
ORDER BY CASE
       WHEN typtype IN ('b', 'e', 'p') THEN 0           -- First base types, enums, pseudo-types
       WHEN typtype = 'r' THEN 1                        -- Ranges after
       WHEN typtype = 'm' THEN 2                        -- Multiranges after
       WHEN typtype = 'c' THEN 3                        -- Composites after
       WHEN typtype = 'd' AND elemtyptype <> 'a' THEN 4 -- Domains over non-arrays after
       WHEN typtype = 'a' THEN 5                        -- Arrays after
       WHEN typtype = 'd' AND elemtyptype = 'a' THEN 6  -- Domains over arrays last
END;`;

const NPGSQL_COMPOSITES = `
SELECT typ.oid, att.attname, att.atttypid
FROM pg_type AS typ
JOIN pg_namespace AS ns ON (ns.oid = typ.typnamespace)
JOIN pg_class AS cls ON (cls.oid = typ.typrelid)
JOIN pg_attribute AS att ON (att.attrelid = typ.typrelid)
WHERE
  (typ.typtype = 'c' AND cls.relkind='c') AND
  attnum > 0 AND     -- Don't load system attributes
  NOT attisdropped
ORDER BY typ.oid, att.attnum;`;

const NPGSQL_ENUMS = `
SELECT pg_type.oid, enumlabel
FROM pg_enum
JOIN pg_type ON pg_type.oid=enumtypid
ORDER BY oid, enumsortorder;`;

/**
 * Rows with the OIDs of the user's types (which evsql derives from names, PostgreSQL from creation
 * order) shown as the types' names, in the order the query's CASE groups them, then by name.
 */
async function typeRows(c: pg.Client, sql: string, oidColumns: number[]): Promise<string[][]> {
  const names = new Map((await c.query({ text: 'SELECT oid::text, oid::regtype::text FROM pg_type WHERE oid >= 16384', rowMode: 'array' })).rows as Array<[string, string]>);
  const rows = (await c.query({ text: sql, rowMode: 'array' })).rows as Array<Array<string | number | boolean | null>>;
  const shown = rows.map((r) => r.map((v, i) => (oidColumns.includes(i) && v !== null && Number(v) >= 16384 ? `user type ${names.get(String(v))}` : String(v))));
  return shown.sort((a, b) => (a.join('|') < b.join('|') ? -1 : a.join('|') > b.join('|') ? 1 : 0));
}

beforeAll(async () => {
  for (const config of [both.server.config(), both.postgres.config()]) {
    const c = new pg.Client(config);
    await c.connect();
    for (const s of SCHEMA) await c.query(s);
    await c.end();
  }
});

describe('Npgsql', () => {
  it("loads the same types as from PostgreSQL: the built-in ones, their arrays, and the user's enum, domain and composite", async () => {
    const [types] = await sameAnswers(both, [NPGSQL_TYPES], (c, s) => typeRows(c, s, [1, 5]));
    const own = types!.filter((r) => r[1]!.startsWith('user type')).map((r) => [r[2], r[3], r[5]]);
    expect(own.sort((a, b) => (a[0]! < b[0]! ? -1 : 1))).toEqual([
      ['_c35_mood', 'a', 'user type c35_mood'],
      ['_c35_pair', 'a', 'user type c35_pair'],
      ['_c35_posint', 'a', 'user type c35_posint'],
      ['c35_mood', 'e', 'null'],
      ['c35_pair', 'c', 'null'],
      ['c35_posint', 'd', '23'],
    ]);
    expect(types!.filter((r) => r[0] === 'information_schema').map((r) => r[2])).toContain('yes_or_no');
    expect(types!.find((r) => r[2] === '_int4')).toEqual(['pg_catalog', '1007', '_int4', 'a', 'false', '23']);
    expect(types!.find((r) => r[2] === 'int4range')).toEqual(['pg_catalog', '3904', 'int4range', 'r', 'false', '23']);
    expect(types!.find((r) => r[2] === 'int4multirange')).toEqual(['pg_catalog', '4451', 'int4multirange', 'm', 'false', '3904']);
  });

  it("loads the composite's fields and the enum's labels", async () => {
    await sameAnswers(both, [NPGSQL_COMPOSITES, NPGSQL_ENUMS], (c, s) => typeRows(c, s, [0]));
  });

  it('finds each type support function in pg_proc by the OID pg_type keeps', async () => {
    const sql = "SELECT t.typname, p.proname, p.pronargs, p.prorettype::regtype::text, p.proargtypes FROM pg_type t JOIN pg_proc p ON p.oid IN (t.typinput, t.typreceive) WHERE t.typname IN ('int4', '_int4', 'record', 'int4range', 'int4multirange', 'c35_mood', 'c35_posint', 'c35_pair') ORDER BY 1, 2";
    const [rows] = await sameAnswers(both, [sql], async (c, s) => (await c.query({ text: s, rowMode: 'array' })).rows);
    expect(rows).toContainEqual(['c35_posint', 'domain_recv', 3, '"any"', '2281 26 23']);
    expect(rows).toContainEqual(['c35_mood', 'enum_recv', 2, 'anyenum', '2281 26']);
  });
});

describe('regproc columns', () => {
  it('are OIDs that print as names, and compare with regproc literals', async () => {
    const statements = [
      "SELECT typname, typinput, typoutput, typreceive, typsend, typmodin, typmodout, typanalyze, typsubscript FROM pg_type WHERE typname IN ('_varchar', 'numeric', 'int4range', 'jsonb') ORDER BY 1",
      "SELECT typinput::oid, typreceive::oid::int, typinput::text FROM pg_type WHERE typname = '_text'",
      "SELECT count(*) FROM pg_type WHERE typinput = 'array_in'::regproc AND typelem = 'int4'::regtype",
      "SELECT typname FROM pg_type WHERE typinput = 'array_in(cstring,oid,integer)'::regprocedure AND typelem = 'bool'::regtype",
      'SELECT amname, amhandler, amhandler::oid FROM pg_am ORDER BY oid',
      'SELECT rngtypid::regtype, rngcanonical, rngsubdiff FROM pg_range ORDER BY rngtypid',
      "SELECT 'int4in'::regproc::oid, to_regproc('enum_recv')::oid, 'int4recv(internal)'::regprocedure",
    ];
    const rows = await sameAnswers(both, statements, async (c, s) => (await c.query({ text: s, rowMode: 'array' })).rows);
    expect(rows[5]!.map((r) => r[0])).toEqual(['int4range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'int8range']);
    expect(rows[6]).toEqual([[42, 3532, 'int4recv(internal)']]);
  });
});

describe('reg* names', () => {
  const failure = async (c: pg.Client, s: string) =>
    c.query(s).then(
      (r) => ({ rows: r.rows }),
      (e: { code?: string; message?: string; position?: string }) => ({ code: e.code, message: e.message, position: e.position }),
    );

  it('beside an operator are OIDs (22P02 for a name); among IN values, names that must exist', async () => {
    const answers = await sameAnswers(
      both,
      [
        "SELECT 'pg_class'::regclass = 'nope'",
        "SELECT 'pg_class'::regclass = 'pg_class'",
        "SELECT typname FROM pg_type WHERE typreceive = 'array_recv' LIMIT 1",
        "SELECT 'int4'::regtype <> 'integer'",
        "SELECT oid FROM pg_namespace WHERE oid = 'public'",
        "SELECT 'pg_class'::regclass = '1259'",
        "SELECT 'pg_class'::regclass IN ('pg_type', 'pg_class')",
      ],
      failure,
    );
    expect(answers[0]).toEqual({ code: '22P02', message: 'invalid input syntax for type oid: "nope"', position: '31' });
    expect(answers[5]).toEqual({ rows: [{ '?column?': true }] });
    expect(answers[6]).toEqual({ rows: [{ '?column?': true }] });
  });

  it('that name nothing, or more than one function, are PostgreSQL\'s errors', async () => {
    const answers = await sameAnswers(
      both,
      ["SELECT 'abs'::regproc", "SELECT 'no_such_fn'::regproc", "SELECT 'no_such_fn(int)'::regprocedure", "SELECT 'nosuchschema'::regnamespace", "SELECT 'nosuchtable'::regclass", "SELECT 'nosuchtype'::regtype", "SELECT 'nobody'::regrole"],
      failure,
    );
    expect(answers.map((a) => (a as { code?: string }).code)).toEqual(['42725', '42883', '42883', '3F000', '42P01', '42704', '42704']);
  });
});

describe('a join', () => {
  it("names a bare column of the relations joined before its ON, not of one joined after", async () => {
    const sql = `SELECT t.typname, ns.nspname, e.typname AS elem
      FROM (SELECT typname, typnamespace, typelem FROM pg_type WHERE typname IN ('_int4', 'c35_mood')) AS t
      JOIN pg_namespace AS ns ON ns.oid = typnamespace
      LEFT JOIN pg_type AS e ON e.oid = t.typelem
      ORDER BY 1`;
    const [rows] = await sameAnswers(both, [sql], async (c, s) => (await c.query({ text: s, rowMode: 'array' })).rows);
    expect(rows).toEqual([['_int4', 'pg_catalog', 'int4'], ['c35_mood', 'public', null]]);
  });
});

describe('GUI tools', () => {
  it("list a table's columns, constraints and indexes as pgAdmin 4 and DBeaver read them", async () => {
    const statements = [
      `SELECT att.attname, att.attnum, pg_catalog.format_type(ty.oid, att.atttypmod) AS displaytypname, att.attnotnull, att.attidentity,
         pg_catalog.pg_get_expr(def.adbin, def.adrelid) AS defval, des.description,
         EXISTS (SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = att.attrelid AND contype = 'f' AND att.attnum = ANY (conkey)) AS is_fk
       FROM pg_catalog.pg_attribute att
         JOIN pg_catalog.pg_type ty ON ty.oid = atttypid
         LEFT OUTER JOIN pg_catalog.pg_attrdef def ON adrelid = att.attrelid AND adnum = att.attnum
         LEFT OUTER JOIN pg_catalog.pg_description des ON (des.objoid = att.attrelid AND des.objsubid = att.attnum AND des.classoid = 'pg_class'::regclass)
       WHERE att.attrelid = 'c35_pets'::regclass AND att.attnum > 0 AND att.attisdropped IS FALSE
       ORDER BY att.attnum`,
      `SELECT c.conname, c.contype, c.conkey, c.confkey, t.relname AS tabrelname, CASE WHEN c.contype = 'c' THEN substring(pg_catalog.pg_get_constraintdef(c.oid), 7) END AS consrc_copy
       FROM pg_catalog.pg_constraint c INNER JOIN pg_catalog.pg_class t ON t.oid = c.conrelid
       WHERE t.relname IN ('c35_pets', 'c35_owners') ORDER BY c.conname`,
      `SELECT c.relname, i.indisunique, i.indisprimary, i.indkey, pg_catalog.pg_get_expr(i.indexprs, i.indrelid, true) AS expr
       FROM pg_catalog.pg_index i INNER JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid INNER JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
       WHERE tc.relname = 'c35_pets' ORDER BY c.relname`,
      `SELECT c.relname AS name, pg_catalog.pg_get_viewdef(c.oid, true) AS definition FROM pg_catalog.pg_class c
       WHERE ((c.relhasrules AND (EXISTS (SELECT r.rulename FROM pg_catalog.pg_rewrite r WHERE ((r.ev_class = c.oid) AND (pg_catalog.bpchar(r.ev_type) = '1'::bpchar))))) OR (c.relkind = 'v'::char))
         AND c.relname LIKE 'c35%' ORDER BY c.relname`,
    ];
    const rows = await sameAnswers(both, statements, async (c, s) => (await c.query({ text: s, rowMode: 'array' })).rows);
    expect(rows[3]).toEqual([['c35_heavy', ' SELECT c35_pets.id,\n    c35_pets.name\n   FROM c35_pets\n  WHERE c35_pets.weight > 10::numeric;']]);
  });
});
