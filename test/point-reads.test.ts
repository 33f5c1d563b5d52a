/**
 * Point reads (a primary- or unique-key lookup) and reads bounded by index searches are answered
 * on the server's main thread, other reads by reader threads: which one is used must not show in
 * results, visibility or errors.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalReader } from '../executor/local-reader.js';
import { SYSTEM_CONTEXT } from '../executor/messages.js';
import type { Step } from '../dialect/plan.js';
import { startServer, type TestServer } from './helpers/server.js';

async function failure(c: pg.Client, sql: string, params: unknown[] = []): Promise<{ code: string; message: string }> {
  try {
    await c.query(sql, params);
  } catch (err) {
    const e = err as { code: string; message: string };
    return { code: e.code, message: e.message };
  }
  throw new Error(`${sql} did not fail`);
}

describe('which reads are point reads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evsql-point-'));
  const file = join(dir, 'replica.sqlite');
  let reader: LocalReader;

  beforeAll(() => {
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec(`
      CREATE TABLE r (id INTEGER PRIMARY KEY, k int4, u text, x int4, y int4, p int4, v text);
      CREATE UNIQUE INDEX r_u ON r (u);
      CREATE UNIQUE INDEX r_xy ON r (x, y);
      CREATE INDEX r_k ON r (k);
      CREATE UNIQUE INDEX r_p ON r (p) WHERE p > 0;
      CREATE TABLE a (aid int4 NOT NULL, n int4);
      CREATE UNIQUE INDEX a_pkey ON a (aid);
      INSERT INTO r VALUES (1, 10, 'one', 1, 1, 5, 'v1'), (2, 10, 'two', 1, 2, 6, 'v2');
      INSERT INTO a VALUES (7, 70);
    `);
    db.close();
    reader = new LocalReader(file);
  });

  afterAll(() => {
    reader.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const read = (sql: string, params: unknown[] = []) =>
    reader.tryRead([{ sql, params: params.map((_, i) => i + 1) }], params as never[], SYSTEM_CONTEXT);

  it('answers lookups by rowid and by unique keys, with every key column equal', () => {
    expect(read('SELECT v FROM r WHERE id = ?', [2n])?.rows).toEqual([['v2']]);
    expect(read('SELECT v FROM r WHERE u = ?', ['one'])?.rows).toEqual([['v1']]);
    expect(read('SELECT v FROM r WHERE x = ? AND y = ?', [1n, 2n])?.rows).toEqual([['v2']]);
    expect(read('SELECT n FROM a WHERE aid = ?', [7n])?.rows).toEqual([[70n]]);
    expect(read('SELECT n FROM a WHERE aid = ?', [8n])?.rows).toEqual([]);
    expect(read('SELECT r.v, a.n FROM r JOIN a ON a.aid = r.k - 3 WHERE r.id = ?', [1n])?.rows).toEqual([['v1', 70n]]);
    expect(read('SELECT 1')?.rows).toEqual([[1n]]);
    expect(read('SELECT ? + 1 AS two', [1n])?.rows).toEqual([[2n]]);
  });

  it('answers reads the plan bounds by index searches: ranges, key prefixes, non-unique indexes, sorted or de-duplicated', () => {
    expect(read('SELECT v FROM r WHERE x = ? ORDER BY v DESC', [1n])?.rows).toEqual([['v2'], ['v1']]);
    expect(read('SELECT v FROM r WHERE k = ? ORDER BY id', [10n])?.rows).toEqual([['v1'], ['v2']]);
    expect(read('SELECT v FROM r WHERE id > ? ORDER BY id', [1n])?.rows).toEqual([['v2']]);
    expect(read('SELECT sum(id) FROM r WHERE id BETWEEN ? AND ?', [1n, 2n])?.rows).toEqual([[3n]]);
    expect(read('SELECT DISTINCT k FROM r WHERE id BETWEEN ? AND ?', [1n, 2n])?.rows).toEqual([[10n]]);
  });

  it('leaves scans, subqueries that scan and slow functions to the reader threads', () => {
    expect(read('SELECT v FROM r WHERE v = ?', ['v1'])).toBeUndefined();
    // A partial index serves no parameter: SQLite cannot prove it meets the index's WHERE.
    expect(read('SELECT v FROM r WHERE p = ?', [5n])).toBeUndefined();
    expect(read('SELECT count(*) FROM r')).toBeUndefined();
    expect(read('SELECT (SELECT count(*) FROM r) FROM a WHERE aid = ?', [7n])).toBeUndefined();
    expect(read('SELECT pg_sleep(0) FROM r WHERE id = ?', [1n])).toBeUndefined();
    expect(read('SELECT length(?)', ['x'])).toBeUndefined();
    expect(read('SELECT pg_sleep(0)')).toBeUndefined();
    expect(read('SELECT v FROM no_such_table WHERE id = ?', [1n])).toBeUndefined();
  });

  it('gives a bounded read up for good once it returns more than 1,000 rows or runs long twice in a row', () => {
    const db = new Database(file);
    db.exec(`CREATE TABLE big (id INTEGER PRIMARY KEY, n int4);
      WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1000000) INSERT INTO big SELECT i, i % 7 FROM s`);
    db.close();
    const wide: Step[] = [{ sql: 'SELECT n FROM big WHERE id > ?', params: [1] }];
    expect(reader.tryRead(wide, [999_000n], SYSTEM_CONTEXT)?.rows).toHaveLength(1000);
    expect(reader.tryRead(wide, [0n], SYSTEM_CONTEXT)).toBeUndefined();
    expect(reader.tryRead(wide, [999_000n], SYSTEM_CONTEXT)).toBeUndefined();
    // One row out, a million visited: far past the time a read may hold the main thread. Once
    // may be the thread losing its core; twice in a row sends the statement to the readers.
    const long: Step[] = [{ sql: 'SELECT count(*) FROM big WHERE id > ?', params: [1] }];
    expect(reader.tryRead(long, [0n], SYSTEM_CONTEXT)?.rows).toEqual([[1000000n]]);
    expect(reader.tryRead(long, [999_990n], SYSTEM_CONTEXT)?.rows).toEqual([[10n]]);
    expect(reader.tryRead(long, [0n], SYSTEM_CONTEXT)?.rows).toEqual([[1000000n]]);
    expect(reader.tryRead(long, [0n], SYSTEM_CONTEXT)?.rows).toEqual([[1000000n]]);
    expect(reader.tryRead(long, [999_990n], SYSTEM_CONTEXT)).toBeUndefined();
  });
});

describe('point reads through the server', () => {
  let server: TestServer;
  let a: pg.Client;
  let b: pg.Client;

  beforeAll(async () => {
    server = await startServer(['--replicas', '3']);
    a = await server.client();
    b = await server.client();
    await a.query('CREATE TABLE acct (id int PRIMARY KEY, code text UNIQUE, balance int NOT NULL, note text)');
    await a.query("INSERT INTO acct VALUES (1, 'a1', 100, 'x'), (2, 'a2', 200, NULL), (3, 'a3', 0, '12ab')");
  });

  afterAll(async () => {
    await a?.end();
    await b?.end();
    await server.stop();
  });

  it('return the rows, types and nulls a scan returns', async () => {
    for (const id of [1, 2, 3, 4]) {
      const point = await a.query('SELECT id, code, balance, note FROM acct WHERE id = $1', [id]);
      const scan = await a.query('SELECT id, code, balance, note FROM acct WHERE id + 0 = $1', [id]);
      expect(point.rows).toEqual(scan.rows);
      expect(point.fields.map((f) => f.dataTypeID)).toEqual(scan.fields.map((f) => f.dataTypeID));
    }
    expect((await a.query("SELECT balance FROM acct WHERE code = 'a2'")).rows).toEqual([{ balance: 200 }]);
    expect((await a.query('SELECT balance FROM acct WHERE id = 2')).rows).toEqual([{ balance: 200 }]);
  });

  it("see the session's own writes right after COMMIT, and another session's", async () => {
    for (let i = 1; i <= 15; i++) {
      await a.query('BEGIN');
      await a.query('UPDATE acct SET balance = $1 WHERE id = 1', [i]);
      await a.query('COMMIT');
      expect((await a.query('SELECT balance FROM acct WHERE id = $1', [1])).rows[0].balance).toBe(i);
      expect((await b.query('SELECT balance FROM acct WHERE id = $1', [1])).rows[0].balance).toBe(i);
      await b.query('UPDATE acct SET balance = balance + 1000 WHERE id = 2');
      expect((await b.query("SELECT balance FROM acct WHERE code = 'a2'")).rows[0].balance).toBe(200 + 1000 * i);
    }
  });

  it('do not see what an open transaction wrote, also once the replicas committed it, nor a rolled-back one', async () => {
    await a.query('BEGIN');
    await a.query('UPDATE acct SET note = $1 WHERE id = 3', ['open']);
    // An autocommit write makes the replicas commit every batch they hold, the open transaction's
    // too: its row is in the committed state now, beside its undo record.
    await b.query('UPDATE acct SET balance = balance WHERE id = 4');
    expect((await b.query('SELECT note FROM acct WHERE id = $1', [3])).rows).toEqual([{ note: '12ab' }]);
    const pending = b.query('SELECT note FROM acct WHERE id = $1', [3]);
    await a.query('ROLLBACK');
    expect((await pending).rows).toEqual([{ note: '12ab' }]);
  });

  it('answer ranges as a scan does, hiding what open transactions wrote, and follow a column added while their views stay', async () => {
    const range = (c: pg.Client) => c.query('SELECT id, balance, note FROM acct WHERE id BETWEEN $1 AND $2 ORDER BY balance DESC, id', [1, 3]);
    const scan = (c: pg.Client) => c.query('SELECT id, balance, note FROM acct WHERE id + 0 BETWEEN $1 AND $2 ORDER BY balance DESC, id', [1, 3]);
    const before = (await scan(b)).rows;
    expect((await range(b)).rows).toEqual(before);
    await b.query('CREATE TABLE side (n int)');
    await a.query('BEGIN');
    await a.query('UPDATE acct SET balance = -1 WHERE id = 2');
    await a.query("INSERT INTO acct VALUES (5, 'a5', 50, 'new')");
    // An autocommit write commits the open transaction's batches too (beside its undo records).
    // Another table's: evsql makes an UPDATE of acct by its key wait for a transaction that
    // inserted into it (its second unique key, code, is locked whole), where PostgreSQL would not.
    await b.query('INSERT INTO side VALUES (1)');
    expect((await range(b)).rows).toEqual(before);
    expect((await b.query('SELECT count(*)::int AS n FROM acct WHERE id BETWEEN $1 AND $2', [1, 9])).rows).toEqual([{ n: 3 }]);
    await a.query('ROLLBACK');
    expect((await range(b)).rows).toEqual(before);
    // The main thread's committed view of acct outlives the transaction; DDL must still show.
    await a.query('ALTER TABLE acct ADD COLUMN extra int DEFAULT 7');
    expect((await b.query('SELECT id, extra FROM acct WHERE id BETWEEN $1 AND $2 ORDER BY id', [1, 2])).rows).toEqual([
      { id: 1, extra: 7 },
      { id: 2, extra: 7 },
    ]);
    await a.query('ALTER TABLE acct DROP COLUMN extra');
  });

  it('give the errors a reader thread gives', async () => {
    const divide = await failure(a, 'SELECT balance / (balance - balance) FROM acct WHERE id = $1', [1]);
    expect(divide).toEqual(await failure(a, 'SELECT balance / (balance - balance) FROM acct WHERE id + 0 = $1', [1]));
    expect(divide.code).toBe('22012');
    const cast = await failure(a, 'SELECT note::int FROM acct WHERE id = $1', [3]);
    expect(cast).toEqual(await failure(a, 'SELECT note::int FROM acct WHERE id + 0 = $1', [3]));
    expect(cast.code).toBe('22P02');
    // The session goes on after a failed point read.
    expect((await a.query('SELECT code FROM acct WHERE id = $1', [3])).rows).toEqual([{ code: 'a3' }]);
  });

  it('hand set_config back to the session', async () => {
    await a.query("SELECT set_config('application_name', code, false) FROM acct WHERE id = 2");
    expect((await a.query('SHOW application_name')).rows).toEqual([{ application_name: 'a2' }]);
  });

  it('follow DDL: SELECT * names the columns as they are now (simple protocol: no Describe first)', async () => {
    await a.query('CREATE TABLE wide (id int PRIMARY KEY, a text, b text)');
    await a.query("INSERT INTO wide VALUES (1, 'a', 'b')");
    // Reads go round the replicas: each one's connection loads the schema as it was.
    for (let i = 0; i < 6; i++) {
      const before = await a.query('SELECT * FROM wide WHERE id = 1');
      expect(before.fields.map((f) => f.name)).toEqual(['id', 'a', 'b']);
    }
    await a.query('ALTER TABLE wide DROP COLUMN b');
    const after = await a.query('SELECT * FROM wide WHERE id = 1');
    expect(after.fields.map((f) => f.name)).toEqual(['id', 'a']);
    expect(after.rows).toEqual([{ id: 1, a: 'a' }]);
  });

  it('follow DDL: a dropped key makes the same statement a scan, with the same answer', async () => {
    await a.query('CREATE TABLE keyed (k int NOT NULL, v text)');
    await a.query('CREATE UNIQUE INDEX keyed_k ON keyed (k)');
    await a.query("INSERT INTO keyed VALUES (1, 'one'), (2, 'two')");
    expect((await a.query('SELECT v FROM keyed WHERE k = $1', [2])).rows).toEqual([{ v: 'two' }]);
    await a.query('DROP INDEX keyed_k');
    await a.query("INSERT INTO keyed VALUES (2, 'again')");
    expect((await a.query('SELECT v FROM keyed WHERE k = $1 ORDER BY v', [2])).rows).toEqual([{ v: 'again' }, { v: 'two' }]);
    expect((await a.query('SELECT v FROM keyed WHERE k = $1', [1])).rows).toEqual([{ v: 'one' }]);
  });
});
