/**
 * SQLite's own syntax and functions must not reach the replicas through a client: ATTACH, PRAGMA,
 * VACUUM INTO, load_extension, readfile/writefile, sqlite_* functions, the shell's dot commands,
 * conflict clauses, virtual tables, the hidden rowid. Each is refused with the SQLSTATE PostgreSQL
 * 15 gives it (by simple and extended protocol), the replicated state stays as it was, and no file
 * appears where a statement pointed.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let c: pg.Client;
const target = mkdtempSync(join(tmpdir(), 'evsql-surface-'));
const file = (name: string) => join(target, name);

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
  await c.query('CREATE TABLE t (id int PRIMARY KEY, v text)');
  await c.query("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
});

afterAll(async () => {
  await c.end();
  await server.stop();
  rmSync(target, { recursive: true, force: true });
});

async function roots(): Promise<string[]> {
  return (await c.query('SELECT state_root FROM evsql_replicas ORDER BY id')).rows.map((r) => r.state_root as string);
}

let prepared = 0;
/** The SQLSTATE the statement fails with: by the simple protocol, and the same by Parse/Bind/Execute. */
async function refusal(sql: string): Promise<string | undefined> {
  const codes: Array<string | undefined> = [];
  for (const query of [{ text: sql }, { text: sql, name: `surface_${prepared++}` }]) {
    codes.push(
      await c.query(query).then(
        () => undefined,
        (err: { code?: string }) => err.code,
      ),
    );
  }
  expect(codes[1], `${sql} (extended protocol)`).toBe(codes[0]);
  return codes[0];
}

// What PostgreSQL 15 answers each with (checked against it): SQLite's statements are syntax errors
// there, its functions unknown functions.
const SURFACE: Array<[string, string]> = [
  [`ATTACH DATABASE '${file('attached.db')}' AS x`, '42601'],
  [`ATTACH '${file('attached.db')}' AS x`, '42601'],
  ['DETACH DATABASE main', '42601'],
  ['PRAGMA writable_schema = 1', '42601'],
  ['PRAGMA database_list', '42601'],
  ['PRAGMA table_info(t)', '42601'],
  ['PRAGMA journal_mode = DELETE', '42601'],
  ['PRAGMA foreign_keys = off', '42601'],
  [`VACUUM INTO '${file('copy.db')}'`, '42601'],
  [`VACUUM main INTO '${file('copy.db')}'`, '42601'],
  ['.tables', '42601'],
  [`.open ${file('other.db')}`, '42601'],
  ['.shell id', '42601'],
  [`.backup ${file('backup.db')}`, '42601'],
  [`SELECT load_extension('${file('x.so')}')`, '42883'],
  [`SELECT load_extension('${file('x.so')}', 'sqlite3_extension_init')`, '42883'],
  ["SELECT readfile('/etc/passwd')", '42883'],
  [`SELECT writefile('${file('written')}', 'x')`, '42883'],
  ["SELECT edit('x')", '42883'],
  ["SELECT fts3_tokenizer('simple')", '42883'],
  ['SELECT sqlite_version()', '42883'],
  ['SELECT sqlite_source_id()', '42883'],
  ['SELECT sqlite_compileoption_get(0)', '42883'],
  ['SELECT sqlite_offset(v) FROM t', '42883'],
  ["SELECT sqlite_rename_table('main', 'table', 't', 'CREATE TABLE t (a)', 't', 'u', 0)", '42883'],
  ['SELECT changes()', '42883'],
  ['SELECT total_changes()', '42883'],
  ['SELECT last_insert_rowid()', '42883'],
  ['SELECT randomblob(8)', '42883'],
  ['SELECT zeroblob(8)', '42883'],
  ['SELECT typeof(v) FROM t', '42883'],
  ["SELECT printf('%s', v) FROM t", '42883'],
  ['SELECT iif(id = 1, 1, 2) FROM t', '42883'],
  ['SELECT ifnull(v, 1) FROM t', '42883'],
  ["SELECT glob('a*', v) FROM t", '42883'],
  ['SELECT unlikely(id = 1) FROM t', '42883'],
  ["SELECT * FROM pragma_table_info('t')", '42883'],
  ['SELECT * FROM sqlite_dbpage', '42P01'],
  ['SELECT * FROM dbstat', '42P01'],
  ["SELECT v GLOB 'a*' FROM t", '42601'],
  ["SELECT v REGEXP 'a' FROM t", '42601'],
  ["INSERT OR REPLACE INTO t VALUES (1, 'z')", '42601'],
  ["REPLACE INTO t VALUES (1, 'z')", '42601'],
  ["INSERT OR IGNORE INTO t VALUES (1, 'z')", '42601'],
  ["UPDATE OR FAIL t SET v = 'z'", '42601'],
  ['CREATE VIRTUAL TABLE vt USING fts5(x)', '42601'],
  ['CREATE TRIGGER tr AFTER INSERT ON t BEGIN DELETE FROM t; END', '42601'],
  ['CREATE TEMP TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END', '42601'],
  ['SELECT * FROM t INDEXED BY t_pkey', '42601'],
  ['SELECT * FROM t NOT INDEXED', '42601'],
  ['SELECT [v] FROM t', '42601'],
  ['SELECT `v` FROM t', '42601'],
  ['CREATE TABLE s (a) STRICT', '42601'],
  ['CREATE TABLE s (a int) WITHOUT ROWID', '42601'],
  ['BEGIN IMMEDIATE', '42601'],
  ['EXPLAIN QUERY PLAN SELECT 1', '42601'],
  ['SELECT v COLLATE nocase FROM t', '42704'],
  ['SELECT * FROM t ORDER BY v COLLATE "RTRIM"', '42704'],
  ["SELECT 'a' < 'B' COLLATE \"BINARY\"", '42704'],
  ['CREATE TABLE s (a text COLLATE NOCASE UNIQUE)', '42704'],
  ['ALTER TABLE t ADD COLUMN w text COLLATE nocase', '42704'],
  // SQLite's functions inside DDL would run on every replica at every write.
  ["CREATE TABLE s (a int CHECK (typeof(a) = 'integer'))", '42883'],
  ['CREATE TABLE s (a text DEFAULT (sqlite_version()))', '42883'],
  ['CREATE TABLE s (a int GENERATED ALWAYS AS (changes()) STORED)', '42883'],
  ['CREATE INDEX ON t (typeof(v))', '42883'],
  ['CREATE VIEW sv AS SELECT sqlite_version()', '42883'],
  [`ALTER TABLE t ADD CONSTRAINT c CHECK (load_extension('${file('x.so')}') IS NULL)`, '42883'],
  ["CREATE FUNCTION h() RETURNS text LANGUAGE sql AS 'SELECT sqlite_version()'", '42883'],
  // SQLite answers these names on every table with the row's rowid, which a repair does not keep.
  ['SELECT rowid FROM t', '42703'],
  ['SELECT _rowid_, oid FROM t', '42703'],
  ['SELECT "ROWID" FROM t', '42703'],
  ['SELECT t.oid FROM t', '42703'],
  ['SELECT max(rowid) FROM t', '42703'],
  ['SELECT * FROM t ORDER BY _rowid_', '42703'],
  ['SELECT * FROM t WHERE EXISTS (SELECT 1 FROM t u WHERE u.rowid = t.id)', '42703'],
  ['UPDATE t SET rowid = 5', '42703'],
  ['UPDATE t SET v = v WHERE oid = 1', '42703'],
  ["INSERT INTO t (rowid, id, v) VALUES (9, 9, 'x')", '42703'],
  ["INSERT INTO t VALUES (3, 'c') RETURNING rowid", '42703'],
  ["INSERT INTO t VALUES (1, 'q') ON CONFLICT (id) DO UPDATE SET rowid = 7", '42703'],
  ['DELETE FROM t WHERE _rowid_ = 1', '42703'],
  ['CREATE VIEW rv AS SELECT rowid FROM t', '42703'],
];

// Where PostgreSQL lets a superuser at the server's files, evsql refuses (0A000) or has no such function.
const SERVER_FILES: Array<[string, string]> = [
  [`COPY t TO '${file('out.txt')}'`, '0A000'],
  ["COPY t FROM '/etc/hostname'", '0A000'],
  [`COPY (SELECT 1) TO PROGRAM 'touch ${file('program')}'`, '0A000'],
  ["SELECT pg_read_file('/etc/passwd')", '42883'],
  ["SELECT pg_read_binary_file('/etc/passwd')", '42883'],
  ["SELECT pg_ls_dir('.')", '42883'],
  ["SELECT pg_stat_file('/etc/passwd')", '42883'],
  ["SELECT lo_import('/etc/passwd')", '42883'],
  [`SELECT lo_export(1, '${file('lo')}')`, '42883'],
  [`LOAD '${file('x.so')}'`, '0A000'],
  [`CREATE FUNCTION f() RETURNS int LANGUAGE c AS '${file('x.so')}', 'f'`, '0A000'],
];

describe('SQLite-only syntax and functions', () => {
  it.each([...SURFACE, ...SERVER_FILES])('%s → %s', async (sql, code) => {
    const before = await roots();
    const files = readdirSync(server.dataDir).sort();
    expect(await refusal(sql)).toBe(code);
    expect(await roots()).toEqual(before);
    expect(readdirSync(server.dataDir).sort()).toEqual(files);
    expect(readdirSync(target)).toEqual([]);
  });

  it('names no file of the server in its file-location settings', async () => {
    const shown = await c.query('SHOW data_directory');
    expect(shown.rows).toHaveLength(1);
    const listed = await c.query("SELECT name, setting FROM pg_settings WHERE category = 'File Locations' ORDER BY name");
    expect(listed.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['config_file', 'data_directory', 'hba_file']));
    for (const value of [shown.rows[0].data_directory, ...listed.rows.map((r) => r.setting)]) {
      expect(String(value ?? '')).not.toContain(server.dataDir);
      expect(String(value ?? '')).not.toMatch(/\.(db|sqlite)$/);
    }
  });

  it('the same names are the user’s where a table or query defines them', async () => {
    await c.query('CREATE TABLE owned (rowid int, oid text)');
    await c.query("INSERT INTO owned (rowid, oid) VALUES (5, 'five')");
    await c.query('UPDATE owned SET rowid = rowid + 1 WHERE oid = $1', ['five']);
    expect((await c.query('SELECT rowid, oid FROM owned')).rows).toEqual([{ rowid: 6, oid: 'five' }]);
    expect(await refusal('SELECT _rowid_ FROM owned')).toBe('42703');
    expect((await c.query('SELECT rowid FROM (SELECT id AS rowid FROM t) s ORDER BY 1')).rows).toEqual([{ rowid: 1 }, { rowid: 2 }]);
    expect((await c.query('WITH c(oid) AS (SELECT id FROM t) SELECT max(oid) AS m FROM c')).rows).toEqual([{ m: 2 }]);
    expect((await c.query("SELECT c.oid > 0 AS ok FROM pg_class c WHERE relname = 't'")).rows).toEqual([{ ok: true }]);
    expect(existsSync(file('attached.db'))).toBe(false);
  });
});
