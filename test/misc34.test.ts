/**
 * What the thirty-fourth session's sweep of leftovers (test/corpus/53-misc34.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: pg_type's built-in rows and pg_range, format_type of catalog-only types, a bigint
 * beside a float, a numeric among floats in UNION and ARRAY, "char" under ||, CASE's operator
 * error position, to_char's NaN and RN edges, pg_lsn, txid_current(), xid, cid and xid8, regrole
 * and to_regrole().
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;
const rawText = { getTypeParser: () => (v: string) => v };
const rows = async (text: string, values?: unknown[], on = c) => (await on.query({ text, values, rowMode: 'array', types: rawText })).rows;
const value = async (text: string, values?: unknown[]) => (await rows(text, values))[0]![0];
const typeOid = async (text: string) => (await c.query({ text, rowMode: 'array', types: rawText })).fields[0]!.dataTypeID;
const failure = async (text: string) =>
  c.query(text).then(
    () => undefined,
    (e: { code?: string; position?: string }) => ({ code: e.code, position: e.position }),
  );

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

describe("pg_type's built-in rows", () => {
  it('lists the types and arrays type introspection looks up, with PostgreSQL OIDs', async () => {
    expect(await rows("SELECT oid, typname, typelem, typarray FROM pg_type WHERE typname IN ('pg_lsn', '_pg_lsn', 'xid8', '_xid8', 'point', 'int4multirange') ORDER BY oid")).toEqual([
      ['271', '_xid8', '5069', '0'],
      ['600', 'point', '701', '1017'],
      ['3220', 'pg_lsn', '0', '3221'],
      ['3221', '_pg_lsn', '3220', '0'],
      ['4451', 'int4multirange', '0', '6150'],
      ['5069', 'xid8', '0', '271'],
    ]);
    expect(await value("SELECT count(*) FROM pg_type t WHERE t.typnamespace = 'pg_catalog'::regnamespace AND t.typarray <> 0 AND NOT EXISTS (SELECT 1 FROM pg_type a WHERE a.oid = t.typarray)")).toBe('0');
    expect(await value("SELECT '_pg_lsn'::regtype::oid")).toBe('3221');
  });

  it('pg_range has the built-in ranges, which Npgsql and asyncpg join to pg_type', async () => {
    expect(await rows('SELECT t.typname, r.rngsubtype, r.rngmultitypid FROM pg_type t JOIN pg_range r ON r.rngtypid = t.oid ORDER BY t.oid')).toEqual([
      ['int4range', '23', '4451'],
      ['numrange', '1700', '4532'],
      ['tsrange', '1114', '4533'],
      ['tstzrange', '1184', '4534'],
      ['daterange', '1082', '4535'],
      ['int8range', '20', '4536'],
    ]);
  });

  it('format_type names an array of a catalog-only type, and quotes bit given typmod -1', async () => {
    expect(await rows('SELECT format_type(271, -1), format_type(3221, NULL), format_type(1560, -1), format_type(1561, -1), format_type(1560, NULL)')).toEqual([['xid8[]', 'pg_lsn[]', '"bit"', '"bit"[]', 'bit']]);
  });
});

describe('common types of numbers', () => {
  it('a bigint beside a float compares as float8', async () => {
    expect(await rows('SELECT 9007199254740993::int8 = 9007199254740992::float8, 9007199254740993::int8 > 9007199254740992::float8, 9007199254740993::int8 IN (9007199254740992::float8)')).toEqual([['t', 'f', 't']]);
    expect(await value('SELECT count(*) FROM (VALUES (9007199254740993::int8), (9007199254740992::int8)) v(x) WHERE x = 9007199254740992::float8')).toBe('2');
  });

  it('a numeric beside a float in UNION and ARRAY[...] is the float', async () => {
    expect(await rows('SELECT x, pg_typeof(x) FROM (SELECT 1.10 AS x UNION ALL SELECT 2.5::float8) s ORDER BY x')).toEqual([['1.1', 'double precision'], ['2.5', 'double precision']]);
    expect(await typeOid('SELECT 0.1000 UNION ALL SELECT 1::float4')).toBe(700);
    expect(await rows('SELECT ARRAY[1.50, 2::float4], ARRAY[0.30, 1e300::float8]')).toEqual([['{1.5,2}', '{0.3,1e+300}']]);
  });
});

describe('operator resolution', () => {
  it('"char" beside a string under || is ambiguous (42725); beside a number it concatenates', async () => {
    expect(await failure("SELECT 'ab'::text || 'c'::\"char\"")).toEqual({ code: '42725', position: '19' });
    expect(await failure("SELECT 'ab' || 'c'::\"char\"")).toEqual({ code: '42725', position: '13' });
    expect(await value("SELECT 1 || 'b'::\"char\"")).toBe('1b');
  });

  it("CASE x WHEN y's missing = points at the WHEN", async () => {
    expect(await failure("SELECT CASE '1'::jsonb WHEN 150 THEN 'x' ELSE 'y' END")).toEqual({ code: '42883', position: '24' });
    expect(await failure("SELECT CASE 1 WHEN 'a'::text THEN 'x' END")).toEqual({ code: '42883', position: '15' });
    // json has no = at all.
    expect(await failure("SELECT CASE '1'::json WHEN '1' THEN 'x' END")).toEqual({ code: '42883', position: '23' });
  });
});

describe('to_char', () => {
  it("NaN before TH is not a number; a numeric's RN past int4 is out of range", async () => {
    expect(await failure("SELECT to_char('NaN'::numeric, '999th')")).toEqual({ code: '22P02', position: undefined });
    expect(await value("SELECT to_char('NaN'::numeric, '999.9th')")).toBe(' NaN');
    expect(await failure("SELECT to_char(1e20, 'RN')")).toEqual({ code: '22003', position: undefined });
    expect(await value("SELECT to_char(1e20::float8, 'RN')")).toBe('###############');
  });
});

describe('pg_lsn', () => {
  it('reads, prints, compares and subtracts positions', async () => {
    expect(await rows("SELECT '0/16B3748'::pg_lsn, '16/B374D848'::pg_lsn - '16/B374D800'::pg_lsn, '0/a'::pg_lsn = '0/A'::pg_lsn, '0/10'::pg_lsn < '0/9'::pg_lsn")).toEqual([['0/16B3748', '72', 't', 'f']]);
    expect(await typeOid("SELECT '0/1'::pg_lsn")).toBe(3220);
    expect(await rows("SELECT '0/10'::pg_lsn + 16.5, 16 + '0/10'::pg_lsn, pg_wal_lsn_diff('0/3000060', '0/3000000')")).toEqual([['0/21', '0/20', '96']]);
    expect(await failure("SELECT '0/10'::pg_lsn - 32")).toEqual({ code: '22023', position: undefined });
    expect(await failure("SELECT 'zz'::pg_lsn")).toEqual({ code: '22P02', position: '8' });
    expect(await failure("SELECT '0/1'::pg_lsn::numeric")).toMatchObject({ code: '42846' });
  });

  it('in a column: ordered, compared with a literal and a parameter, in arrays', async () => {
    await c.query('CREATE TABLE lsn_t (id int PRIMARY KEY, pos pg_lsn NOT NULL)');
    await c.query("INSERT INTO lsn_t VALUES (1, '0/16B3748'), (2, '1/0'), (3, '0/FF')");
    expect(await rows('SELECT id, pos FROM lsn_t ORDER BY pos')).toEqual([['3', '0/FF'], ['1', '0/16B3748'], ['2', '1/0']]);
    expect(await rows("SELECT id FROM lsn_t WHERE pos > '0/1000000' ORDER BY id")).toEqual([['1'], ['2']]);
    expect(await rows('SELECT id FROM lsn_t WHERE pos = $1', ['0/16B3748'])).toEqual([['1']]);
    expect(await rows('SELECT max(pos) - min(pos) FROM lsn_t')).toEqual([['4294967041']]);
    expect(await rows("SELECT ARRAY['0/1', '0/2']::pg_lsn[]")).toEqual([['{0/1,0/2}']]);
  });

  it('pg_current_wal_lsn() is a position monitoring queries compute with', async () => {
    expect(await rows("SELECT pg_current_wal_lsn() >= '0/0'::pg_lsn, pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') > 0")).toEqual([['t', 't']]);
    expect(await rows('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) FROM pg_stat_replication')).toEqual([]);
  });
});

describe('txid_current()', () => {
  it('is the same within a transaction block and larger for a later transaction', async () => {
    await c.query('BEGIN');
    const first = BigInt(String(await value('SELECT txid_current()')));
    expect(BigInt(String(await value('SELECT txid_current()')))).toBe(first);
    expect(BigInt(String(await value('SELECT pg_current_xact_id()::text::bigint')))).toBe(first);
    expect(await value('SELECT pg_typeof(pg_current_xact_id())')).toBe('xid8');
    await c.query('COMMIT');
    expect(BigInt(String(await value('SELECT txid_current()')))).toBeGreaterThan(first);
  });
});

describe('xid, cid and xid8', () => {
  it('are types of their own, read as xidin reads them', async () => {
    expect(await rows("SELECT pg_typeof('42'::xid), pg_typeof('42'::xid8), pg_typeof('42'::cid), 'abc'::xid, '0x1A'::xid, '-1'::xid")).toEqual([['xid', 'xid8', 'cid', '0', '26', '4294967295']]);
    expect(await typeOid("SELECT '42'::xid")).toBe(28);
    expect(await rows("SELECT '42'::xid = '42'::xid, '42'::xid = 42, '7'::xid8 < '8'::xid8, '42'::xid8::xid")).toEqual([['t', 't', 't', '42']]);
  });

  it('an xid has no order, nor a cast from an integer', async () => {
    expect(await failure("SELECT '42'::xid < '43'::xid")).toEqual({ code: '42883', position: '18' });
    expect(await failure('SELECT 1::xid')).toMatchObject({ code: '42846' });
  });

  it("the catalog's xid columns are typed xid, and age() takes them", async () => {
    expect(await rows("SELECT pg_typeof(relfrozenxid), relfrozenxid <> '0'::xid, age(relfrozenxid) >= 0 FROM pg_class WHERE relname = 'pg_class'")).toEqual([['xid', 't', 't']]);
    expect(await rows("SELECT pg_typeof(datfrozenxid) FROM pg_database WHERE datname = 'postgres'")).toEqual([['xid']]);
  });
});

describe('regrole', () => {
  it('reads a role name and prints it; to_regrole is NULL for none', async () => {
    expect(await rows("SELECT 'postgres'::regrole, 'postgres'::regrole::oid, to_regrole('postgres'), to_regrole('no_such_role')")).toEqual([['postgres', '10', 'postgres', null]]);
    expect(await typeOid("SELECT to_regrole('postgres')")).toBe(4096);
    expect(await failure("SELECT 'no_such_role'::regrole")).toEqual({ code: '42704', position: '8' });
  });
});
