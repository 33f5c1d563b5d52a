/**
 * What the thirtieth session's graphile-worker sweep (test/corpus/49-gworker30.sql) fixed, on a
 * real server through the `pg` driver; each expected value is PostgreSQL 15's answer: the job_spec
 * composite of graphile-worker's migration 11 (json, timestamptz and text[] attributes, in its
 * own schema), its migration 13's ALTER ATTRIBUTE … TYPE, and what reading such values needs.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();

const failure = async (text: string) => {
  const e = await client().query(text).then(
    () => undefined,
    (err: { code?: string; message: string; position?: string }) => err,
  );
  return e && { code: e.code, message: e.message, position: e.position };
};

/** Values as the server sends their text, not as the driver would parse them. */
const texts = async (text: string) => (await client().query({ text, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;

const SPEC = "ROW('mail', '{\"to\": \"a@b.c\"}', 'q1', '2030-01-02 03:04:05+05', 5, 'k1', 2, '{urgent,\"x y\"}')::gw30.job_spec";

describe("graphile-worker's job_spec", () => {
  it('is made in its own schema with json, timestamptz and text[] attributes (was 0A000)', async () => {
    await client().query('CREATE SCHEMA gw30');
    await client().query('CREATE TYPE gw30.job_spec AS (identifier text, payload json, queue_name text, run_at timestamptz, max_attempts integer, job_key text, priority integer, flags text[])');
    expect(await rows("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'gw30.job_spec'::regclass AND attnum > 0 ORDER BY attnum")).toEqual([
      ['identifier', 'text'],
      ['payload', 'json'],
      ['queue_name', 'text'],
      ['run_at', 'timestamp with time zone'],
      ['max_attempts', 'integer'],
      ['job_key', 'text'],
      ['priority', 'integer'],
      ['flags', 'text[]'],
    ]);
    // json keeps its text, the time is printed in the session's zone (UTC here), the array as array_out does.
    expect(await texts(`SELECT ${SPEC}`)).toEqual([['(mail,"{""to"": ""a@b.c""}",q1,"2030-01-01 22:04:05+00",5,k1,2,"{urgent,""x y""}")']]);
  });

  it('reads its fields back by their types: json, timestamptz, text[] and their subscripts', async () => {
    const [row] = await texts(`SELECT (s).payload->>'to', json_typeof((s).payload), (s).run_at, (s).flags, (s).flags[2], array_length((s).flags, 1), pg_typeof((s).flags) FROM (SELECT ${SPEC} AS s) x`);
    expect(row).toEqual(['a@b.c', 'object', '2030-01-01 22:04:05+00', '{urgent,"x y"}', 'x y', '2', 'text[]']);
    // `(s).flags[2]` is named after its field, as FigureColname names it.
    const named = await client().query(`SELECT (s).flags[2] FROM (SELECT ${SPEC} AS s) x`);
    expect(named.fields.map((f) => f.name)).toEqual(['flags']);
    expect(await texts(`SELECT ('(a,"[1, 2]",,"2030-01-02 00:00:00+00",3,,,"{f1,f2}")'::gw30.job_spec).payload`)).toEqual([['[1, 2]']]);
  });

  it("prints a timestamptz field in the zone of the session that makes the record, as record_out does", async () => {
    await client().query("SET TIME ZONE 'America/New_York'");
    try {
      expect(await texts(`SELECT ${SPEC}, (${SPEC}).run_at`)).toEqual([['(mail,"{""to"": ""a@b.c""}",q1,"2030-01-01 17:04:05-05",5,k1,2,"{urgent,""x y""}")', '2030-01-01 17:04:05-05']]);
    } finally {
      await client().query('RESET TIME ZONE');
    }
  });

  it("refuses a table column of it: a stored record's text would keep the writer's zone (0A000)", async () => {
    expect(await failure('CREATE TABLE gw30.specs (s gw30.job_spec)')).toMatchObject({ code: '0A000' });
    await client().query('CREATE TYPE gw30.plain AS (k text)');
    await client().query('CREATE TABLE gw30.plains (p gw30.plain)');
    expect(await failure('ALTER TYPE gw30.plain ADD ATTRIBUTE at timestamptz')).toMatchObject({ code: '0A000' });
  });

  it('checks its fields: json and arrays by their input (22P02), json has no equality (42883)', async () => {
    expect(await failure("SELECT '(a,nojson,,,,,,)'::gw30.job_spec")).toMatchObject({ code: '22P02', message: 'invalid input syntax for type json' });
    expect(await failure("SELECT '(a,{},,,,,,x)'::gw30.job_spec")).toMatchObject({ code: '22P02', message: 'malformed array literal: "x"' });
    expect(await failure(`SELECT ${SPEC} = ${SPEC}`)).toEqual({ code: '42883', message: 'could not identify an equality operator for type json', position: undefined });
    expect(await failure(`SELECT ${SPEC} < ${SPEC}`)).toMatchObject({ code: '42883', message: 'could not identify a comparison function for type json' });
    expect(await failure(`SELECT ${SPEC} IS DISTINCT FROM ${SPEC}`)).toMatchObject({ code: '42883', message: 'operator does not exist: json = json' });
  });

  it('is found by its qualified name as a regtype and printed so (was 42704, and pg_typeof said job_spec)', async () => {
    expect(await rows("SELECT 'gw30.job_spec'::regtype::text")).toEqual([['gw30.job_spec']]);
    expect(await rows(`SELECT pg_typeof(${SPEC})::text`)).toEqual([['gw30.job_spec']]);
    expect(await failure("SELECT 'gw30.nope'::regtype")).toMatchObject({ code: '42704' });
    // Its array type, `_job_spec`, by the element's name and [] (was 42704).
    expect(await rows("SELECT 'gw30.job_spec[]'::regtype::text, typname FROM pg_type WHERE oid = 'gw30.job_spec[]'::regtype")).toEqual([['gw30.job_spec[]', '_job_spec']]);
    expect(await rows("SELECT x::regtype::text FROM (VALUES ('gw30.job_spec[]')) v(x)")).toEqual([['gw30.job_spec[]']]);
  });

  it("narrows attributes with migration 13's ALTER ATTRIBUTE … TYPE smallint (was 0A000)", async () => {
    await client().query('ALTER TYPE gw30.job_spec ALTER ATTRIBUTE max_attempts TYPE smallint');
    await client().query('ALTER TYPE gw30.job_spec ALTER ATTRIBUTE priority TYPE smallint');
    expect(await rows("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'gw30.job_spec'::regclass AND attname IN ('max_attempts', 'priority') ORDER BY attnum")).toEqual([['smallint'], ['smallint']]);
    expect(await rows(`SELECT pg_typeof((${SPEC}).max_attempts)::text`)).toEqual([['smallint']]);
    expect(await failure("SELECT (ROW('a', '{}', NULL, NULL, 40000, NULL, 0, NULL)::gw30.job_spec).max_attempts")).toMatchObject({ code: '22003' });
    expect(await failure('ALTER TYPE gw30.job_spec ALTER ATTRIBUTE nope TYPE smallint')).toMatchObject({ code: '42703', message: 'column "nope" of relation "job_spec" does not exist' });
    // A column of the type: PostgreSQL converts no stored record, CASCADE or not.
    expect(await failure('ALTER TYPE gw30.plain ALTER ATTRIBUTE k TYPE varchar(3) CASCADE')).toEqual({ code: '0A000', message: 'cannot alter type "plain" because column "plains.p" uses it', position: undefined });
  });

  it('makes an array of it by ARRAY(SELECT …), typed as its array type (it answered text[]; the thirty-first session keeps such arrays)', async () => {
    expect(await texts(`SELECT ARRAY(SELECT ${SPEC})`)).toEqual([['{"(mail,\\"{\\"\\"to\\"\\": \\"\\"a@b.c\\"\\"}\\",q1,\\"2030-01-01 22:04:05+00\\",5,k1,2,\\"{urgent,\\"\\"x y\\"\\"}\\")"}']]);
    const typed = await client().query(`SELECT ARRAY(SELECT ${SPEC}) AS a, 'gw30.job_spec[]'::regtype::oid AS t`);
    expect(typed.fields[0]!.dataTypeID).toBe(Number(typed.rows[0].t));
  });
});

describe('a cast of a row to a composite type', () => {
  it("truncates a varchar(n) or char(n) field as an explicit cast does; writing one to a column is 22001", async () => {
    await client().query('CREATE TYPE gw30_sized AS (x int, l varchar(3), c char(4))');
    expect(await texts("SELECT ROW(1, 'abcdef', 'abcdefg')::gw30_sized, ROW(1, 'ab', 'a')::gw30_sized")).toEqual([['(1,abc,abcd)', '(1,ab,"a   ")']]);
    await client().query('CREATE TABLE gw30_sizes (v gw30_sized)');
    expect(await failure("INSERT INTO gw30_sizes VALUES (ROW(1, 'abcdef', NULL))")).toMatchObject({ code: '22001' });
    expect(await failure("SELECT '(1,abcdef,)'::gw30_sized")).toMatchObject({ code: '22001' });
  });
});

describe('a composite type of a schema on the search path', () => {
  it('is found by its bare name in casts, regtype and ALTER TYPE, and printed bare (42704, 42P01 before)', async () => {
    await client().query('CREATE SCHEMA gw30p');
    await client().query('CREATE TYPE gw30p.pair AS (a int, b text)');
    await client().query('SET search_path = gw30p, public');
    try {
      expect(await texts("SELECT ROW(1, 'x')::pair, 'pair'::regtype, pg_typeof(ROW(1, 'x')::pair)")).toEqual([['(1,x)', 'pair', 'pair']]);
      await client().query('ALTER TYPE pair ADD ATTRIBUTE c int');
      expect(await texts("SELECT ROW(1, 'x', 2)::pair")).toEqual([['(1,x,2)']]);
    } finally {
      await client().query('RESET search_path');
    }
    expect(await texts("SELECT pg_typeof(ROW(1, 'x', 2)::gw30p.pair)")).toEqual([['gw30p.pair']]);
    expect(await failure("SELECT ROW(1, 'x', 2)::pair")).toMatchObject({ code: '42704' });
  });
});

describe("a row's quoted literal cast to a composite type", () => {
  it("is read by its field's input while parsed, its error at the literal (it had no position)", async () => {
    expect(await failure("SELECT ROW('a', 'not json', NULL, NULL, NULL, NULL, NULL, NULL)::gw30.job_spec")).toEqual({ code: '22P02', message: 'invalid input syntax for type json', position: '17' });
    expect(await failure("SELECT ROW('a', '{}', NULL, NULL, 'x', NULL, NULL, NULL)::gw30.job_spec")).toEqual({ code: '22P02', message: 'invalid input syntax for type smallint: "x"', position: '35' });
    // A field a row cast to the type has not: at the cast, where PostgreSQL places the row it makes (it was at the row).
    expect(await failure("SELECT (ROW('a', '{}', NULL, NULL, 1, NULL, 0, NULL)::gw30.job_spec).nope")).toEqual({ code: '42703', message: 'column "nope" not found in data type gw30.job_spec', position: '53' });
    // A varchar(n) field's length is checked when the row is stored, without a position, as in PostgreSQL.
    expect(await failure("INSERT INTO gw30_sizes VALUES (ROW(1, 'abcdef', NULL))")).toEqual({ code: '22001', message: 'value too long for type character varying(3)', position: undefined });
  });
});

describe("an UPDATE's several assignments to parts of one column", () => {
  it('are made into one value, each from the one before (SQLite kept the last alone: w[1] = 5, w[2] = 6 gave {1,6})', async () => {
    await client().query('CREATE TABLE gw30_parts (id int, w int[], v gw30_sized, d jsonb)');
    await client().query("INSERT INTO gw30_parts VALUES (1, '{1,2}', ROW(1, 'x', 'c'), '{}'), (2, NULL, NULL, NULL)");
    expect(await texts('UPDATE gw30_parts SET w[1] = 5, w[2] = 6, w[4] = 9 WHERE id = 1 RETURNING w')).toEqual([['{5,6,NULL,9}']]);
    expect(await texts("UPDATE gw30_parts SET w[1:2] = '{7,8}', w[3] = 1 WHERE id = 1 RETURNING w")).toEqual([['{7,8,1,9}']]);
    expect(await texts('UPDATE gw30_parts SET (w[1], w[2]) = (10, 20) WHERE id = 1 RETURNING w')).toEqual([['{10,20,1,9}']]);
    // Two fields of a composite (was 0A000); one field twice: the last wins, as in PostgreSQL; a NULL value's other fields stay NULL.
    await client().query("UPDATE gw30_parts SET v.x = 10, v.l = 'y', v.x = 11");
    expect(await texts('SELECT id, v FROM gw30_parts ORDER BY id')).toEqual([
      ['1', '(11,y,"c   ")'],
      ['2', '(11,y,)'],
    ]);
  });

  it('refuse a whole assignment beside a part (42601), and two keys of a jsonb (0A000)', async () => {
    expect(await failure("UPDATE gw30_parts SET v.x = 1, v = ROW(1, 'q', 'r')")).toMatchObject({ code: '42601', message: 'multiple assignments to same column "v"' });
    expect(await failure("UPDATE gw30_parts SET w = '{1}', w[1] = 2")).toMatchObject({ code: '42601', message: 'multiple assignments to same column "w"' });
    expect(await failure("UPDATE gw30_parts SET d['a'] = '1', d['b'] = '2'")).toMatchObject({ code: '0A000' });
  });
});
