/**
 * The thirty-second session's silent differences in what applications write
 * (test/corpus/51-wrong32.sql), through a real server and the `pg` driver: each answer here is
 * PostgreSQL 15's, where evsql stored or answered another value (or took a key it cannot keep).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client } = sharedClient();
const text = async (sql: string) => (await client().query({ text: sql, rowMode: 'array', types: { getTypeParser: () => (v: string) => v } })).rows;
const sqlState = async (sql: string) => client().query(sql).then(() => 'no error', (e: { code?: string }) => e.code);

afterAll(async () => {
  await client().query('DROP TABLE IF EXISTS w32i, w32f, w32a, w32g, w32d, w32p, w32c, w32c2, w32k, w32j');
});

describe('a float assigned to an integer column', () => {
  it('rounds half to even, as float8_int4 does, where a numeric rounds half away from zero', async () => {
    await client().query('CREATE TABLE w32i (id int PRIMARY KEY, i int, s smallint, b bigint)');
    await client().query('CREATE TABLE w32f (id int PRIMARY KEY, f float8, r real)');
    await client().query('INSERT INTO w32f VALUES (1, 2.5, 2.5), (2, -2.5, 3.5), (3, 0.5, -0.5)');
    expect(await text('INSERT INTO w32i (id, i, s, b) VALUES (1, 2.5::float8, 3.5::float8, 2.5::real), (2, 2.5, -2.5, 0.5) RETURNING i, s, b')).toEqual([
      ['2', '4', '2'],
      ['3', '-3', '1'],
    ]);
    // INSERT … SELECT, UPDATE … FROM and ON CONFLICT … SET write their floats the same way.
    expect(await text('INSERT INTO w32i (id, i, s, b) SELECT id + 10, f, r, f FROM w32f RETURNING i, s, b')).toEqual([
      ['2', '2', '2'],
      ['-2', '4', '-2'],
      ['0', '0', '0'],
    ]);
    expect(await text('UPDATE w32i SET i = w32f.r FROM w32f WHERE w32f.id = w32i.id RETURNING w32i.id, i')).toEqual([
      ['1', '2'],
      ['2', '4'],
    ]);
    expect(await text('INSERT INTO w32i (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET i = 4.5::float8 RETURNING i')).toEqual([['4']]);
    expect(await sqlState(`INSERT INTO w32i (id, s) VALUES (20, 'NaN'::float8)`)).toBe('22003');
  });

  it('rounds each element of a float array the same way, and ARRAY[…]::int[] each element by its own type', async () => {
    await client().query('CREATE TABLE w32a (id int PRIMARY KEY, a int[], s smallint[])');
    expect(await text(`INSERT INTO w32a VALUES (1, ARRAY[2.5::float8, -0.5, 3.5], '{1.5,2.5}'::float8[]) RETURNING a, s`)).toEqual([['{2,0,4}', '{2,2}']]);
    expect(await text(`SELECT '{0.5,1.5}'::float8[]::bigint[], ARRAY[2.5::float8, -2.5]::int[], ARRAY[ARRAY[2.5::float8], ARRAY[-2.5]]::int[]`)).toEqual([['{0,2}', '{2,-3}', '{{2},{-3}}']]);
    expect(await sqlState(`SELECT ARRAY[1e10::float8]::int[]`)).toBe('22003');
  });
});

describe('a generated column', () => {
  it('is assigned its expression as an INSERT assigns a value: rounded to its typmod, checked against its range and length', async () => {
    await client().query(`CREATE TABLE w32g (id int PRIMARY KEY, p numeric(8,2), f float8,
      half numeric(10,2) GENERATED ALWAYS AS (p / 3) STORED, i int GENERATED ALWAYS AS (f) STORED,
      s smallint GENERATED ALWAYS AS (p * 1000) STORED, label varchar(4) GENERATED ALWAYS AS (p::text) STORED)`);
    expect(await text('INSERT INTO w32g (id, p, f) VALUES (1, 1.00, 2.5), (2, 1.01, 3.5) RETURNING half, i, s, label')).toEqual([
      ['0.33', '2', '1000', '1.00'],
      ['0.34', '4', '1010', '1.01'],
    ]);
    expect(await text(`SELECT id FROM w32g WHERE half = 0.33 AND label = '1.00'`)).toEqual([['1']]);
    expect(await sqlState('INSERT INTO w32g (id, p, f) VALUES (3, 100.00, 0)')).toBe('22003');
    expect(await sqlState('UPDATE w32g SET p = 40 WHERE id = 1')).toBe('22003');
    expect(await sqlState('INSERT INTO w32g (id, p, f) VALUES (4, 10.00, 0)')).toBe('22001');
  });
});

describe('a constant default', () => {
  it('is assigned to its column when a row takes it, not stored as written', async () => {
    await client().query(`CREATE TABLE w32d (id int PRIMARY KEY, i int DEFAULT 2.5, j int DEFAULT 2.5::float8, n numeric(4,1) DEFAULT 1.25,
      t timestamp(0) DEFAULT '2024-01-01 10:00:00.5', v varchar(2) DEFAULT 'abc', s smallint DEFAULT 100000)`);
    expect(await text(`INSERT INTO w32d (id, v, s) VALUES (1, 'x', 1) RETURNING i, j, n, t`)).toEqual([['3', '2', '1.3', '2024-01-01 10:00:01']]);
    expect(await text(`SELECT i = 3, j = 2, n = 1.3, t = '2024-01-01 10:00:01' FROM w32d`)).toEqual([['t', 't', 't', 't']]);
    // PostgreSQL takes such defaults and refuses them when a row takes them.
    expect(await sqlState(`INSERT INTO w32d (id, s) VALUES (2, 1)`)).toBe('22001');
    expect(await sqlState(`INSERT INTO w32d (id, v) VALUES (2, 'x')`)).toBe('22003');
    // ADD COLUMN fills the existing rows with the assigned value, or fails as PostgreSQL does.
    await client().query('ALTER TABLE w32d ADD COLUMN q numeric(4,2) DEFAULT 1.005');
    expect(await text('SELECT q, q = 1.01 FROM w32d')).toEqual([['1.01', 't']]);
    expect(await sqlState('ALTER TABLE w32d ADD COLUMN z smallint DEFAULT 99999')).toBe('22003');
  });
});

describe('a jsonb value PostgreSQL cannot convert', () => {
  it('is placed at its literal, written for a jsonb column as well as cast to jsonb', async () => {
    await client().query('CREATE TABLE w32j (id int PRIMARY KEY, doc jsonb, note text)');
    const failure = (sql: string) => client().query(sql).then(() => undefined, (e: { code?: string; position?: string }) => [e.code, e.position]);
    expect(await failure(`INSERT INTO w32j VALUES (1, '{"s": "a\\u0000b"}')`)).toEqual(['22P05', '29']);
    expect(await failure(`INSERT INTO w32j VALUES (1, '{"a": 1}', 'x'), (2, '["\\u0000"]', '\\u0000')`)).toEqual(['22P05', '51']);
  });
});

describe('keys evsql cannot keep as PostgreSQL does', () => {
  it('refuses ON DELETE SET NULL of part of a foreign key (SQLite nulls the whole key), and takes a list of all of it', async () => {
    await client().query('CREATE TABLE w32p (a int, b int, PRIMARY KEY (a, b))');
    expect(await sqlState('CREATE TABLE w32c (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES w32p ON DELETE SET NULL (b))')).toBe('0A000');
    await client().query('CREATE TABLE w32c2 (id int PRIMARY KEY, a int, b int, FOREIGN KEY (a, b) REFERENCES w32p ON DELETE SET NULL (b, a))');
    await client().query('INSERT INTO w32p VALUES (1, 1)');
    await client().query('INSERT INTO w32c2 VALUES (1, 1, 1)');
    await client().query('DELETE FROM w32p');
    expect(await text('SELECT a, b FROM w32c2')).toEqual([[null, null]]);
  });
});
