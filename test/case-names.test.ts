/**
 * PostgreSQL's names are case-sensitive once quoted: a relation made as "CaseT" is not caset, though
 * SQLite, which evsql's tables live in, finds either by the other (found by the tools34 helper); and
 * an oid compared with a quoted literal reads it as an oid. Each expected error is PostgreSQL 15's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, failure } = sharedClient();

beforeAll(async () => {
  await client().query('CREATE TABLE "CaseT" (a int); CREATE VIEW "MyView" AS SELECT 1 AS x; CREATE TABLE lower_t (a int); CREATE TABLE mixed (id int, "Name" text, "ID2" int)');
});

describe('a relation named in another case', () => {
  it('is no relation to reads and writes (42P01), where its own name finds it', async () => {
    for (const sql of ['SELECT * FROM caset', 'SELECT * FROM "caset"', 'INSERT INTO caset VALUES (1)', 'UPDATE caset SET a = 2', 'DELETE FROM caset', 'SELECT * FROM myview']) {
      expect(await failure(sql)).toMatchObject({ code: '42P01' });
    }
    expect(await failure('SELECT * FROM "LOWER_T"')).toEqual({ code: '42P01', message: 'relation "LOWER_T" does not exist' });
    await client().query('INSERT INTO "CaseT" VALUES (1)');
    expect((await client().query('SELECT a FROM "CaseT"')).rows).toEqual([{ a: 1 }]);
    expect((await client().query('SELECT x FROM "MyView"')).rows).toEqual([{ x: 1 }]);
    expect((await client().query('SELECT count(*)::int AS n FROM LOWER_T')).rows).toEqual([{ n: 0 }]);
  });
});

describe('a column named in another case', () => {
  it('is no column (42703), in every clause, where its own name finds it', async () => {
    for (const sql of ['SELECT name FROM mixed', 'SELECT id2 FROM mixed', "SELECT * FROM mixed WHERE name = 'a'", 'SELECT * FROM mixed ORDER BY name', 'SELECT mixed.name FROM mixed', 'SELECT "ID" FROM mixed']) {
      expect(await failure(sql)).toMatchObject({ code: '42703' });
    }
    expect(await failure('SELECT name FROM mixed')).toMatchObject({ message: 'column "name" does not exist' });
    await client().query('INSERT INTO mixed VALUES (1, \'a\', 2)');
    expect((await client().query('SELECT "Name", "ID2", id AS name FROM mixed ORDER BY name')).rows).toEqual([{ Name: 'a', ID2: 2, name: 1 }]);
  });
});

describe('an oid compared with a quoted literal', () => {
  it('reads the literal as an oid, as PostgreSQL does (22P02 for a name; found by the tools34 helper)', async () => {
    expect(await failure("SELECT count(*) FROM pg_class WHERE oid = 'pg_class'")).toEqual({ code: '22P02', message: 'invalid input syntax for type oid: "pg_class"' });
    expect((await client().query("SELECT count(*)::int AS n FROM pg_class WHERE oid = '1259'")).rows).toEqual([{ n: 1 }]);
  });
});
