/**
 * Execute-Verify replication end to end: three SQLite replicas behind one server, real clients.
 */
import Database from 'better-sqlite3';
import { openSync, readdirSync, rmSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

async function replicas(c: pg.Client) {
  return (await c.query('SELECT id, status, applied_seq, state_root, repairs FROM evsql_replicas ORDER BY id')).rows;
}

/** The data directory of a cleanly stopped server after `statements`, for a test to tamper with. */
async function stoppedAfter(...statements: string[]): Promise<string> {
  const server = await startServer(['--replicas', '3'], { keepData: true });
  const c = await server.client();
  for (const sql of statements) await c.query(sql);
  await c.end();
  await server.stop();
  return server.dataDir;
}

/** Starts again on `dataDir` and checks that every replica is healthy with one state root. */
async function restartAgreed(dataDir: string) {
  const server = await startServer(['--replicas', '3'], { dataDir, keepData: true });
  const c = await server.client();
  const rows = await replicas(c);
  expect(rows.every((r) => r.status === 'healthy')).toBe(true);
  expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
  return { server, c, rows };
}

describe('three replicas', () => {
  let server: TestServer;
  let a: pg.Client;
  let b: pg.Client;

  beforeAll(async () => {
    server = await startServer(['--replicas', '3'], { keepData: true });
    a = await server.client();
    b = await server.client();
    await a.query('CREATE TABLE acct (id int PRIMARY KEY, owner text, balance int NOT NULL)');
    await a.query("INSERT INTO acct VALUES (1, 'ann', 100), (2, 'bob', 100), (3, 'cy', 100)");
  });

  afterAll(async () => {
    await a?.end();
    await b?.end();
    await server.stop();
  });

  it('keeps every replica at the same state root', async () => {
    for (let i = 0; i < 20; i++) await a.query('UPDATE acct SET balance = balance + 1 WHERE id = $1', [1 + (i % 3)]);
    const rows = await replicas(a);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === 'healthy')).toBe(true);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    expect(new Set(rows.map((r) => r.applied_seq)).size).toBe(1);
    // Threads of the server's process, each with every released batch committed.
    const where = (await a.query('SELECT id, host, lag FROM evsql_replicas ORDER BY id')).rows;
    expect(where).toEqual([0, 1, 2].map((id) => ({ id: String(id), host: `${hostname()}:${server.proc.pid}`, lag: '0' })));
  });

  it('lets two open transactions on different rows both make progress', async () => {
    await a.query('BEGIN');
    await b.query('BEGIN');
    await a.query('UPDATE acct SET balance = balance - 10 WHERE id = 1');
    await b.query('UPDATE acct SET balance = balance - 10 WHERE id = 2');
    await a.query('UPDATE acct SET balance = balance + 10 WHERE id = 3');
    await a.query('COMMIT');
    await b.query('ROLLBACK');
    const r = await a.query('SELECT id, balance FROM acct ORDER BY id');
    expect(r.rows).toEqual([
      { id: 1, balance: 97 },
      { id: 2, balance: 107 },
      { id: 3, balance: 116 },
    ]);
  });

  it('locks only the rows a statement pins part of a key on, not the table', async () => {
    await a.query('CREATE TABLE lines (o int, n int, v int, PRIMARY KEY (o, n))');
    await a.query('INSERT INTO lines VALUES (1, 1, 0), (1, 2, 0), (2, 1, 0)');
    await a.query('BEGIN');
    await a.query('UPDATE lines SET v = v + 1 WHERE o = 1');
    await b.query("SET lock_timeout = '150ms'");
    // Other orders' lines: no wait (before partial keys, the UPDATE above held the whole table).
    await b.query('UPDATE lines SET v = 5 WHERE o = 2 AND n = 1');
    await b.query('INSERT INTO lines VALUES (2, 2, 0)');
    expect((await b.query('SELECT count(*)::int AS n FROM lines WHERE o = 2 AND v = 0')).rows).toEqual([{ n: 1 }]);
    // Order 1's lines, existing or not yet: they wait for a's transaction.
    await expect(b.query('UPDATE lines SET v = 9 WHERE o = 1 AND n = 2')).rejects.toMatchObject({ code: '55P03' });
    await expect(b.query('INSERT INTO lines VALUES (1, 3, 0)')).rejects.toMatchObject({ code: '55P03' });
    await a.query('COMMIT');
    await b.query('RESET lock_timeout');
    expect((await a.query('SELECT o, n, v FROM lines ORDER BY o, n')).rows).toEqual([
      { o: 1, n: 1, v: 1 },
      { o: 1, n: 2, v: 1 },
      { o: 2, n: 1, v: 5 },
      { o: 2, n: 2, v: 0 },
    ]);
    await a.query('DROP TABLE lines');
  });

  it("keeps two schemas' tables of one name apart: each session's search_path finds its own, locks are per table, replicas agree", async () => {
    await a.query('CREATE SCHEMA s12r');
    await a.query('CREATE TABLE s12r.acct (id serial PRIMARY KEY, balance int NOT NULL)');
    await a.query('INSERT INTO s12r.acct (balance) VALUES (0), (0)');
    await b.query('SET search_path TO s12r, public');
    await a.query('BEGIN');
    await a.query('UPDATE acct SET balance = balance + 1 WHERE id = 1');
    await b.query("SET lock_timeout = '150ms'");
    // b's acct is s12r's: a's lock on public.acct's row 1 does not hold it up.
    await b.query('UPDATE acct SET balance = 5 WHERE id = 1');
    await b.query('INSERT INTO acct (balance) VALUES (7)');
    await expect(b.query('UPDATE public.acct SET balance = 0 WHERE id = 1')).rejects.toMatchObject({ code: '55P03' });
    await a.query('ROLLBACK');
    await b.query('RESET lock_timeout');
    expect((await b.query('SELECT id, balance FROM acct ORDER BY id')).rows).toEqual([
      { id: 1, balance: 5 },
      { id: 2, balance: 0 },
      { id: 3, balance: 7 },
    ]);
    expect((await a.query("SELECT current_schema() AS a, (SELECT count(*)::int FROM s12r.acct) AS n")).rows).toEqual([{ a: 'public', n: 3 }]);
    const rows = await replicas(a);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    await b.query('RESET search_path');
    await a.query('DROP SCHEMA s12r CASCADE');
    const after = await replicas(a);
    expect(new Set(after.map((r) => r.state_root)).size).toBe(1);
  });

  it("lets a foreign key's check and an update that keeps the key run at once, as PostgreSQL's lock modes do: no deadlock", async () => {
    await a.query('CREATE TABLE notes (id serial PRIMARY KEY, acct int NOT NULL REFERENCES acct (id), body text)');
    // Each inserts a child row of account 1, then updates the account: before, both checks were reads
    // and both updates waited for the other's read (40P01). Now only the second update waits.
    await a.query('BEGIN');
    await b.query('BEGIN');
    await a.query("INSERT INTO notes (acct, body) VALUES (1, 'a')");
    await b.query("INSERT INTO notes (acct, body) VALUES (1, 'b')");
    await a.query("UPDATE acct SET owner = 'ann2' WHERE id = 1");
    const second = b.query("UPDATE acct SET owner = 'ann3' WHERE id = 1");
    await new Promise((r) => setTimeout(r, 100));
    await a.query('COMMIT');
    await second;
    await b.query('COMMIT');
    expect((await a.query('SELECT owner FROM acct WHERE id = 1')).rows).toEqual([{ owner: 'ann3' }]);
    expect((await a.query('SELECT body FROM notes ORDER BY id')).rows).toEqual([{ body: 'a' }, { body: 'b' }]);
    // A key change still waits for the check.
    await a.query('BEGIN');
    await a.query("INSERT INTO notes (acct, body) VALUES (2, 'c')");
    await b.query("SET lock_timeout = '150ms'");
    await expect(b.query('UPDATE acct SET id = 9 WHERE id = 2')).rejects.toMatchObject({ code: '55P03' });
    await b.query('RESET lock_timeout');
    await a.query('ROLLBACK');
    await a.query('DROP TABLE notes');
    expect(new Set((await replicas(a)).map((r) => r.state_root)).size).toBe(1);
  });

  it('ADD COLUMN with a CHECK keeps the change capture: ROLLBACK undoes the writes after it, and each state hash is its rows\'', async () => {
    // SQLite answers that ALTER TABLE as a statement returning rows (it reads them to test the check):
    // the capture triggers, dropped for it, were not put back, so later writes had no undo record and no hash.
    await a.query('CREATE TABLE checked (id int PRIMARY KEY, n int)');
    await a.query('INSERT INTO checked VALUES (1, 5), (2, 6)');
    await a.query('ALTER TABLE checked ADD COLUMN q int CHECK (q > 0)');
    await a.query('BEGIN');
    await a.query('INSERT INTO checked VALUES (3, 7, 1)');
    await a.query('UPDATE checked SET n = 0 WHERE id = 1');
    await a.query('ROLLBACK');
    expect((await a.query('SELECT id, n, q FROM checked ORDER BY id')).rows).toEqual([{ id: 1, n: 5, q: null }, { id: 2, n: 6, q: null }]);
    const scrub = await a.query('SELECT * FROM evsql_scrub() ORDER BY replica');
    expect(scrub.rows.map((r) => [r.replica, r.divergent_pages])).toEqual([[0, '0'], [1, '0'], [2, '0']]);
    await a.query('DROP TABLE checked');
  });

  it('savepoints of concurrent transactions: ROLLBACK TO keeps what came before, replicas agree', async () => {
    // Many sessions' SAVEPOINTs land in one batch beside other sessions' writes, which each
    // replica runs in its own order: what a savepoint remembers must not depend on that order
    // (it once did, and the replicas disagreed even re-executing sequentially: every write failed).
    await a.query('CREATE TABLE sp (id int PRIMARY KEY, v int NOT NULL)');
    await a.query('INSERT INTO sp SELECT g, 0 FROM generate_series(1, 16) g');
    const clients = await Promise.all(Array.from({ length: 16 }, () => server.client()));
    const rounds = 6;
    await Promise.all(
      clients.map(async (c, i) => {
        for (let round = 0; round < rounds; round++) {
          await c.query('BEGIN');
          await c.query('UPDATE sp SET v = v + 1 WHERE id = $1', [i + 1]);
          await c.query('SAVEPOINT s1');
          await c.query('UPDATE sp SET v = v + 100 WHERE id = $1', [i + 1]);
          await c.query('SAVEPOINT s2');
          await c.query('UPDATE sp SET v = v + 10000 WHERE id = $1', [i + 1]);
          await c.query(round % 2 ? 'ROLLBACK TO SAVEPOINT s1' : 'ROLLBACK TO SAVEPOINT s2');
          await c.query('COMMIT');
        }
      }),
    );
    await Promise.all(clients.map((c) => c.end()));
    // Odd rounds keep +1, even rounds +101.
    expect((await a.query('SELECT DISTINCT v FROM sp')).rows).toEqual([{ v: (rounds / 2) * 1 + (rounds / 2) * 101 }]);
    const rows = await replicas(a);
    expect(rows.every((r) => r.status === 'healthy' && r.repairs === '0')).toBe(true);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    await a.query('DROP TABLE sp');
  });

  it('writes that depend on scan order, after concurrent inserts into a table without a key: replicas agree', async () => {
    // Concurrent inserts into a keyless table share a parallel group; each gets the rowid after
    // those that ran before it. Every replica must give the same rowids, or a LIMIT without ORDER
    // BY and a RETURNING list see the rows in another order on each (this once halted the cluster).
    await a.query('CREATE TABLE applog (msg text)');
    await a.query('CREATE TABLE first (msg text)');
    const clients = await Promise.all(Array.from({ length: 12 }, () => server.client()));
    await Promise.all(clients.map(async (c, i) => {
      for (let n = 0; n < 15; n++) await c.query('INSERT INTO applog VALUES ($1)', [`c${i}-${n}`]);
    }));
    await Promise.all(clients.map((c) => c.end()));
    await a.query('INSERT INTO first SELECT msg FROM applog LIMIT 5');
    const deleted = await a.query('DELETE FROM applog WHERE msg IN (SELECT msg FROM applog LIMIT 3) RETURNING msg');
    expect(deleted.rowCount).toBe(3);
    const updated = await a.query("UPDATE applog SET msg = msg || '!' WHERE msg LIKE 'c1-%' RETURNING msg");
    expect(updated.rows.every((r) => r.msg.endsWith('!'))).toBe(true);
    expect((await a.query('SELECT count(*)::int AS n FROM first')).rows).toEqual([{ n: 5 }]);
    expect((await a.query('SELECT count(*)::int AS n FROM applog')).rows).toEqual([{ n: 12 * 15 - 3 }]);
    const rows = await replicas(a);
    expect(rows.every((r) => r.status === 'healthy' && r.repairs === '0')).toBe(true);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    const stats = Object.fromEntries((await a.query('SELECT name, value FROM evsql_stats')).rows.map((r) => [r.name, r.value]));
    expect(stats.halts).toBe('0');
    await a.query('DROP TABLE applog');
    await a.query('DROP TABLE first');
  });

  it('makes a conflicting writer wait, then time out with 55P03; readers never wait nor see uncommitted rows', async () => {
    await a.query('BEGIN');
    await a.query('UPDATE acct SET balance = 0 WHERE id = 1');
    await b.query("SET lock_timeout = '150ms'");
    await expect(b.query('UPDATE acct SET balance = 1 WHERE id = 1')).rejects.toMatchObject({ code: '55P03' });
    expect((await b.query('SELECT balance FROM acct WHERE id = 1')).rows).toEqual([{ balance: 97 }]);
    await a.query('ROLLBACK');
    const r = await b.query('SELECT balance FROM acct WHERE id = 1');
    expect(r.rows).toEqual([{ balance: 97 }]);
    await b.query('RESET lock_timeout');
  });

  it('keeps read locks only under SERIALIZABLE; READ COMMITTED, the default, releases them after the read', async () => {
    await a.query('BEGIN');
    await a.query('SELECT balance FROM acct WHERE id = 2');
    await b.query("SET lock_timeout = '150ms'");
    await b.query('UPDATE acct SET balance = balance + 0 WHERE id = 2');
    await a.query('COMMIT');
    await a.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
    await a.query('SELECT balance FROM acct WHERE id = 2');
    await expect(b.query('UPDATE acct SET balance = balance + 0 WHERE id = 2')).rejects.toMatchObject({ code: '55P03' });
    await a.query('COMMIT');
    await b.query('RESET lock_timeout');
  });

  it('detects a deadlock and aborts one transaction with 40P01', async () => {
    await a.query('BEGIN');
    await b.query('BEGIN');
    await a.query('UPDATE acct SET balance = balance + 1 WHERE id = 1');
    await b.query('UPDATE acct SET balance = balance + 1 WHERE id = 2');
    const first = a.query('UPDATE acct SET balance = balance + 1 WHERE id = 2').then(
      () => 'ok',
      (e) => e.code,
    );
    await new Promise((r) => setTimeout(r, 50));
    const second = b.query('UPDATE acct SET balance = balance + 1 WHERE id = 1').then(
      () => 'ok',
      (e) => e.code,
    );
    const outcomes = await Promise.race([Promise.all([first, second]), new Promise((r) => setTimeout(() => r('hung'), 8000))]);
    expect(outcomes === 'hung' ? outcomes : (outcomes as string[]).sort()).toEqual(['40P01', 'ok'].sort());
    await a.query('ROLLBACK');
    await b.query('ROLLBACK');
  });

  it('rolls back a transaction alone while another commits', async () => {
    await a.query('BEGIN');
    await b.query('BEGIN');
    await a.query("INSERT INTO acct (id, owner, balance) VALUES (10, 'dee', 5)");
    await b.query("INSERT INTO acct (id, owner, balance) VALUES (11, 'eve', 5)");
    await a.query('DELETE FROM acct WHERE id = 3');
    await b.query('COMMIT');
    await a.query('ROLLBACK');
    const r = await a.query('SELECT id FROM acct ORDER BY id');
    expect(r.rows.map((x) => x.id)).toEqual([1, 2, 3, 11]);
    const roots = await replicas(a);
    expect(new Set(roots.map((x) => x.state_root)).size).toBe(1);
  });

  it('supports ROLLBACK TO SAVEPOINT inside a transaction', async () => {
    await a.query('BEGIN');
    await a.query('UPDATE acct SET balance = 500 WHERE id = 1');
    await a.query('SAVEPOINT s');
    await a.query('UPDATE acct SET balance = 600 WHERE id = 1');
    await a.query('ROLLBACK TO SAVEPOINT s');
    await a.query('COMMIT');
    const r = await a.query('SELECT balance FROM acct WHERE id = 1');
    expect(r.rows).toEqual([{ balance: 500 }]);
  });

  it('takes back schema changes when a transaction rolls back', async () => {
    await a.query('CREATE TABLE ddl_t (id int PRIMARY KEY, v text)');
    await a.query("INSERT INTO ddl_t VALUES (1, 'x'), (2, 'y')");
    const before = await replicas(a);
    await a.query('BEGIN');
    await a.query("INSERT INTO ddl_t VALUES (3, 'z')");
    await a.query('ALTER TABLE ddl_t ADD COLUMN extra int DEFAULT 7');
    await a.query('UPDATE ddl_t SET extra = 8 WHERE id = 1');
    await a.query('CREATE TABLE ddl_new (k int)');
    await a.query('CREATE INDEX ddl_t_v ON ddl_t (v)');
    await a.query('DROP TABLE ddl_t');
    await a.query('ROLLBACK');
    const r = await a.query('SELECT * FROM ddl_t ORDER BY id');
    expect(r.fields.map((f) => f.name)).toEqual(['id', 'v']);
    expect(r.rows).toEqual([
      { id: 1, v: 'x' },
      { id: 2, v: 'y' },
    ]);
    await expect(a.query('SELECT * FROM ddl_new')).rejects.toMatchObject({ code: '42P01' });
    const after = await replicas(a);
    expect(after.map((x) => x.state_root)).toEqual(before.map((x) => x.state_root));
  });

  it('gives every replica the same now() and random()', async () => {
    await a.query('CREATE TABLE noise (r float8, t timestamptz, u uuid)');
    await a.query('INSERT INTO noise SELECT random(), now(), gen_random_uuid()');
    const rows = await replicas(a);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    expect(rows.every((r) => r.status === 'healthy')).toBe(true);
  });

  it('reports its figures in evsql_stats', async () => {
    const r = await a.query('SELECT name, value FROM evsql_stats');
    const stats = Object.fromEntries(r.rows.map((x) => [x.name, x.value]));
    expect(stats.mode).toBe('ev');
    expect(Number(stats.batches)).toBeGreaterThan(10);
  });

  it('answers the status tables through the extended protocol too (Describe before Execute), and names a wrong column 42703', async () => {
    const r = await a.query('SELECT id, status FROM evsql_replicas WHERE id = $1', [1]);
    expect(r.rows).toEqual([{ id: '1', status: 'healthy' }]);
    expect((await a.query('SELECT value FROM evsql_stats WHERE name = $1', ['mode'])).rows).toEqual([{ value: 'ev' }]);
    expect((await a.query("SELECT count(*)::int AS n FROM evsql_replicas WHERE status = 'healthy'")).rows).toEqual([{ n: 3 }]);
    await expect(a.query('SELECT replica FROM evsql_replicas')).rejects.toMatchObject({ code: '42703' });
    await expect(a.query('SELECT replica FROM evsql_replicas WHERE id = $1', [1])).rejects.toMatchObject({ code: '42703' });
  });
});

describe('repair and recovery', () => {
  it('repairs a replica whose file was changed behind its back, at restart', async () => {
    const dataDir = await stoppedAfter('CREATE TABLE t (id int PRIMARY KEY, v text)', "INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three')");
    const tampered = new Database(join(dataDir, 'replica-1.sqlite'));
    tampered.exec("UPDATE t SET v = 'evil' WHERE id = 2; DELETE FROM t WHERE id = 3; INSERT INTO t VALUES (4, 'extra')");
    tampered.close();

    const { server, c, rows } = await restartAgreed(dataDir);
    expect(rows[1].repairs).toBe('1');
    await c.end();
    await server.stop();

    const check = new Database(join(dataDir, 'replica-1.sqlite'), { readonly: true });
    expect(check.prepare('SELECT id, v FROM t ORDER BY id').all()).toEqual([
      { id: 1, v: 'one' },
      { id: 2, v: 'two' },
      { id: 3, v: 'three' },
    ]);
    check.close();
  });

  it('repairs row by row across a foreign key without its checks or actions: a child before its parent, a parent with ON DELETE CASCADE children', async () => {
    const dataDir = await stoppedAfter(
      "CREATE TABLE parent (id int PRIMARY KEY, v text); CREATE TABLE child (id int PRIMARY KEY, p int NOT NULL REFERENCES parent (id) ON DELETE CASCADE)",
      "INSERT INTO parent VALUES (1, 'one'), (2, 'two'); INSERT INTO child VALUES (10, 1), (20, 2)",
    );
    const tampered = new Database(join(dataDir, 'replica-1.sqlite'));
    tampered.pragma('foreign_keys = OFF');
    // Repaired first (by name), child gets (20, 2) back before parent 2 exists; parent 1 is replaced, which would cascade to child 10.
    tampered.exec("DELETE FROM child WHERE id = 20; DELETE FROM parent WHERE id = 2; UPDATE parent SET v = 'evil' WHERE id = 1");
    tampered.close();

    const { server, c, rows } = await restartAgreed(dataDir);
    expect(rows[1].repairs).toBe('1');
    expect(server.stderr()).not.toMatch(/repair failed|did not converge|rebuilt from a copy/);
    await c.end();
    await server.stop();

    const check = new Database(join(dataDir, 'replica-1.sqlite'), { readonly: true });
    expect(check.prepare('SELECT id, v FROM parent ORDER BY id').all()).toEqual([{ id: 1, v: 'one' }, { id: 2, v: 'two' }]);
    expect(check.prepare('SELECT id, p FROM child ORDER BY id').all()).toEqual([{ id: 10, p: 1 }, { id: 20, p: 2 }]);
    check.close();
  });

  it('starts from the replica furthest on when a kill left all three at different batches', async () => {
    const dataDir = await stoppedAfter('CREATE TABLE t (id int PRIMARY KEY, v text)', "INSERT INTO t VALUES (1, 'one'), (2, 'two')");

    // As a kill mid-run leaves them: replica 1 committed two batches more than replica 2, replica 0 one.
    const behind = (i: number, rows: string, further: number) => {
      const db = new Database(join(dataDir, `replica-${i}.sqlite`));
      if (rows) db.exec(`INSERT INTO t VALUES ${rows}`);
      db.exec(`UPDATE "evsql.position" SET seq = seq + ${further}`);
      db.close();
    };
    behind(0, "(3, 'three')", 1);
    behind(1, "(3, 'three'), (4, 'four')", 2);

    const { server, c } = await restartAgreed(dataDir);
    expect((await c.query('SELECT id FROM t ORDER BY id')).rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    await c.end();
    await server.stop();
  });

  it('starts from the one furthest on when the kill also lost a replica file, rebuilding that one (found by the soak)', async () => {
    const dataDir = await stoppedAfter('CREATE TABLE t (id int PRIMARY KEY, v text)', "INSERT INTO t VALUES (1, 'one'), (2, 'two')");

    const further = new Database(join(dataDir, 'replica-1.sqlite'));
    further.exec(`INSERT INTO t VALUES (3, 'three'); UPDATE "evsql.position" SET seq = seq + 1`);
    further.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `replica-2.sqlite${suffix}`), { force: true });

    const { server, c } = await restartAgreed(dataDir);
    expect((await c.query('SELECT id FROM t ORDER BY id')).rows.map((r) => r.id)).toEqual([1, 2, 3]);
    // Rebuilt from a copy at once, not after a row-by-row repair into tables it does not have.
    expect(server.stderr()).not.toMatch(/repair failed/);
    await c.end();
    await server.stop();
  });

  it('rebuilds, at restart, a replica whose schema differs from the majority (a DDL it missed), keeping its old file aside', async () => {
    const dataDir = await stoppedAfter('CREATE TABLE s (id int PRIMARY KEY, v text)', "INSERT INTO s VALUES (1, 'one')");

    const behind = new Database(join(dataDir, 'replica-2.sqlite'));
    behind.exec('DROP TABLE s');
    behind.close();

    const { server, c } = await restartAgreed(dataDir);
    expect((await c.query('SELECT id, v FROM s')).rows).toEqual([{ id: 1, v: 'one' }]);
    await c.end();
    await server.stop();
    expect(server.stderr()).toMatch(/replica rebuilt from a copy/);
    expect(readdirSync(dataDir).some((f) => f.startsWith('replica-2.sqlite.set-aside-'))).toBe(true);
    const check = new Database(join(dataDir, 'replica-2.sqlite'), { readonly: true });
    expect(check.prepare('SELECT id, v FROM s').all()).toEqual([{ id: 1, v: 'one' }]);
    check.close();
  });

  it('sets aside a truncated replica file and one with damaged pages, and rebuilds each from the others', async () => {
    const dataDir = await stoppedAfter('CREATE TABLE d (id int PRIMARY KEY, v text)', "INSERT INTO d SELECT g, repeat('v', 300) FROM generate_series(1, 3000) g");
    const file = (i: number) => join(dataDir, `replica-${i}.sqlite`);
    const intact = async (replica: number) => {
      const { server, c } = await restartAgreed(dataDir);
      expect((await c.query('SELECT count(*)::int AS n, sum(length(v))::int AS len FROM d')).rows).toEqual([{ n: 3000, len: 900_000 }]);
      await c.end();
      await server.stop();
      expect(server.stderr()).toMatch(new RegExp(`"replica":${replica},[^\n]*replica file unreadable`));
      expect(readdirSync(dataDir).filter((f) => f.startsWith(`replica-${replica}.sqlite.set-aside-`)).length).toBeGreaterThan(0);
    };
    // Everything into the main file first: a stopped replica may still hold its rows in its WAL.
    const checkpointed = (i: number) => {
      const db = new Database(file(i));
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      return statSync(file(i)).size;
    };
    truncateSync(file(2), Math.floor(checkpointed(2) / 2));
    await intact(2);
    checkpointed(0);
    // Pages in the middle of the table: SQLite opens the file, and only a check finds them.
    const fd = openSync(file(0), 'r+');
    writeSync(fd, Buffer.alloc(16384, 0xa5), 0, 16384, Math.floor(statSync(file(0)).size / 2 / 4096) * 4096);
    closeSync(fd);
    await intact(0);
  });

  it('refuses to start when too few replica files are left to hold every acknowledged write, rather than rebuild the intact one empty', async () => {
    const dataDir = await stoppedAfter('CREATE TABLE lone (id int PRIMARY KEY)', 'INSERT INTO lone VALUES (1), (2)');
    for (const i of [0, 1]) for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `replica-${i}.sqlite${suffix}`), { force: true });
    await expect(startServer(['--replicas', '3'], { dataDir, keepData: true })).rejects.toThrow(/missing or unreadable/);
    const survivor = new Database(join(dataDir, 'replica-2.sqlite'), { readonly: true });
    expect(survivor.prepare('SELECT id FROM lone ORDER BY id').all()).toEqual([{ id: 1 }, { id: 2 }]);
    survivor.close();
  });

  it('rolls back DDL on a table another references, and the data directory starts again', async () => {
    const server = await startServer(['--replicas', '3'], { keepData: true });
    const c = await server.client();
    await c.query('CREATE TABLE parent (id int PRIMARY KEY)');
    await c.query('CREATE TABLE child (id int PRIMARY KEY, parent int REFERENCES parent (id))');
    await c.query('INSERT INTO parent VALUES (1)');
    await c.query('INSERT INTO child VALUES (1, 1)');
    await c.query('BEGIN');
    await c.query('ALTER TABLE parent ADD COLUMN x int');
    await c.query('ROLLBACK');
    expect((await c.query('SELECT * FROM parent')).rows).toEqual([{ id: 1 }]);
    // Keys added by ALTER TABLE, as pgbench --foreign-keys does: the parent's key is an index of its own.
    await c.query('CREATE TABLE branch (bid int NOT NULL, v int)');
    await c.query('ALTER TABLE branch ADD PRIMARY KEY (bid)');
    await c.query('CREATE TABLE teller (tid int PRIMARY KEY, bid int)');
    await c.query('ALTER TABLE teller ADD FOREIGN KEY (bid) REFERENCES branch');
    await c.query('INSERT INTO branch VALUES (1, 10), (2, 20)');
    await c.query('INSERT INTO teller VALUES (1, 1), (2, 2)');
    await c.query('BEGIN');
    await c.query('ALTER TABLE branch ADD COLUMN z int');
    await c.query('ROLLBACK');
    expect((await c.query('SELECT * FROM branch ORDER BY bid')).rows).toEqual([{ bid: 1, v: 10 }, { bid: 2, v: 20 }]);
    await c.query('ALTER TABLE branch ADD COLUMN z int');
    await expect(c.query('ALTER TABLE branch ADD COLUMN z int')).rejects.toMatchObject({ code: '42701', message: 'column "z" of relation "branch" already exists' });
    await expect(c.query('INSERT INTO teller VALUES (3, 3)')).rejects.toMatchObject({ code: '23503' });
    // Left open by the stop: the restart's recovery undoes it.
    await c.query('BEGIN');
    await c.query('ALTER TABLE parent ADD COLUMN y int');
    c.on('error', () => undefined);
    server.proc.kill('SIGKILL');
    await new Promise((r) => server.proc.once('exit', r));
    const again = await restartAgreed(server.dataDir);
    expect((await again.c.query('SELECT * FROM parent')).rows).toEqual([{ id: 1 }]);
    expect((await again.c.query('SELECT * FROM child')).rows).toEqual([{ id: 1, parent: 1 }]);
    await again.c.end();
    await again.server.stop();
  });

  // SQLite rewrites a referencing table's REFERENCES at the rename: the restore recreated it empty.
  it('rolls back a RENAME of a referenced table and a DROP of the tables referencing it, rows and all', async () => {
    const server = await startServer(['--replicas', '3'], { keepData: true });
    const c = await server.client();
    await c.query('CREATE TABLE pa (id int PRIMARY KEY)');
    await c.query('CREATE TABLE ch (id int PRIMARY KEY, p int REFERENCES pa)');
    await c.query('CREATE INDEX ch_p ON ch (p)');
    await c.query('CREATE TABLE gc (id int, c int REFERENCES ch)');
    await c.query('INSERT INTO pa VALUES (1), (2)');
    await c.query('INSERT INTO ch VALUES (10, 1), (20, 2)');
    await c.query('INSERT INTO gc VALUES (100, 10)');
    const change = async () => {
      await c.query('BEGIN');
      await c.query('ALTER TABLE pa RENAME TO pa2');
      await c.query('DROP TABLE gc');
      await c.query('DROP TABLE ch');
    };
    const check = async (d: pg.Client) => {
      expect((await d.query('SELECT * FROM pa ORDER BY id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
      expect((await d.query('SELECT * FROM ch ORDER BY id')).rows).toEqual([{ id: 10, p: 1 }, { id: 20, p: 2 }]);
      expect((await d.query('SELECT * FROM gc')).rows).toEqual([{ id: 100, c: 10 }]);
      await expect(d.query('INSERT INTO ch VALUES (30, 5)')).rejects.toMatchObject({ code: '23503', detail: 'Key (p)=(5) is not present in table "pa".' });
      expect((await d.query("SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'ch_p'")).rows).toEqual([{ n: 1 }]);
    };
    await change();
    await c.query('ROLLBACK');
    await check(c);
    expect(new Set((await replicas(c)).map((r) => r.state_root)).size).toBe(1);
    // Left open by the stop: the restart's recovery undoes it.
    await change();
    c.on('error', () => undefined);
    server.proc.kill('SIGKILL');
    await new Promise((r) => server.proc.once('exit', r));
    const again = await restartAgreed(server.dataDir);
    await check(again.c);
    await again.c.end();
    await again.server.stop();
  });

  // A key CREATE TABLE declared lives in SQLite's table b-tree or automatic index: the table is made again.
  it('drops and adds primary keys by remaking the table; a rolled-back ALTER keeps the rows ON DELETE CASCADE would take', async () => {
    const server = await startServer(['--replicas', '3'], { keepData: true });
    const c = await server.client();
    await c.query('CREATE TABLE pk (id int PRIMARY KEY, n int, u text UNIQUE)');
    await c.query('CREATE INDEX pk_n ON pk (n)');
    await c.query('CREATE TABLE fk (id int, p int REFERENCES pk ON DELETE CASCADE)');
    await c.query("INSERT INTO pk VALUES (1, 10, 'a'), (2, 20, 'b')");
    await c.query('INSERT INTO fk VALUES (100, 1), (200, 2)');
    const rows = async (d: pg.Client) => ({ pk: (await d.query('SELECT * FROM pk ORDER BY id, n')).rows, fk: (await d.query('SELECT * FROM fk ORDER BY id')).rows });
    const before = await rows(c);
    // Dropping and remaking a referenced table deleted its rows first, which cascaded.
    await c.query('BEGIN');
    await c.query('ALTER TABLE pk ALTER COLUMN n SET NOT NULL');
    await c.query('ROLLBACK');
    expect(await rows(c)).toEqual(before);
    await expect(c.query('ALTER TABLE pk DROP CONSTRAINT pk_pkey')).rejects.toMatchObject({ code: '2BP01', detail: 'constraint fk_p_fkey on table fk depends on index pk_pkey' });
    await c.query('BEGIN');
    await c.query('ALTER TABLE pk DROP CONSTRAINT pk_pkey CASCADE');
    await c.query("INSERT INTO pk VALUES (1, 11, 'c')");
    await c.query('ROLLBACK');
    expect(await rows(c)).toEqual(before);
    await expect(c.query("INSERT INTO pk VALUES (1, 11, 'c')")).rejects.toMatchObject({ code: '23505' });
    await c.query('ALTER TABLE pk DROP CONSTRAINT pk_pkey CASCADE, DROP CONSTRAINT pk_u_key');
    await c.query("INSERT INTO pk VALUES (1, 11, 'a')");
    await expect(c.query('INSERT INTO pk VALUES (NULL, 12)')).rejects.toMatchObject({ code: '23502' });
    expect((await c.query("SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid = 'pk'::regclass")).rows).toEqual([{ n: 0 }]);
    expect((await c.query('SELECT id FROM pk WHERE n = 11')).rows).toEqual([{ id: 1 }]);
    await expect(c.query('ALTER TABLE pk ADD PRIMARY KEY (id)')).rejects.toMatchObject({ code: '23505' });
    await c.query('DELETE FROM pk WHERE n = 11');
    await c.query('ALTER TABLE pk ADD PRIMARY KEY (id)');
    await expect(c.query('INSERT INTO pk (n) VALUES (1)')).rejects.toMatchObject({ code: '23502' });
    expect(new Set((await replicas(c)).map((r) => r.state_root)).size).toBe(1);
    // Left open by the stop: the restart's recovery undoes it.
    await c.query('BEGIN');
    await c.query('ALTER TABLE pk DROP CONSTRAINT pk_pkey');
    await c.query('INSERT INTO pk VALUES (1, 13)');
    c.on('error', () => undefined);
    server.proc.kill('SIGKILL');
    await new Promise((r) => server.proc.once('exit', r));
    const again = await restartAgreed(server.dataDir);
    expect((await again.c.query('SELECT id, n FROM pk ORDER BY id')).rows).toEqual([{ id: 1, n: 10 }, { id: 2, n: 20 }]);
    await expect(again.c.query('INSERT INTO pk VALUES (1, 14)')).rejects.toMatchObject({ code: '23505' });
    await again.c.end();
    await again.server.stop();
  });

  it('keeps committed data across a restart and undoes a transaction left open by a crash', async () => {
    let server = await startServer(['--replicas', '3'], { keepData: true });
    const dataDir = server.dataDir;
    const c = await server.client();
    await c.query('CREATE TABLE kept (id int PRIMARY KEY)');
    await c.query('INSERT INTO kept VALUES (1), (2)');
    await c.query('BEGIN');
    await c.query('INSERT INTO kept VALUES (3)');
    await c.query('DELETE FROM kept WHERE id = 1');
    c.on('error', () => undefined);
    server.proc.kill('SIGKILL');
    await new Promise((r) => server.proc.once('exit', r));

    server = await startServer(['--replicas', '3'], { dataDir });
    const d = await server.client();
    const r = await d.query('SELECT id FROM kept ORDER BY id');
    expect(r.rows.map((x) => x.id)).toEqual([1, 2]);
    const rows = await replicas(d);
    expect(new Set(rows.map((x) => x.state_root)).size).toBe(1);
    await d.end();
    await server.stop();
  });
});

describe('kill -9 under a write load', () => {
  it('loses no acknowledged write, and the replicas agree after restart', async () => {
    let server = await startServer(['--replicas', '3'], { keepData: true });
    const dataDir = server.dataDir;
    const setup = await server.client();
    await setup.query('CREATE TABLE acked (id int PRIMARY KEY, writer int)');
    await setup.end();
    const acked: number[] = [];
    let stop = false;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      const c = await server.client();
      c.on('error', () => undefined);
      for (let i = 0; !stop && i < 100_000; i++) {
        const id = w * 1_000_000 + i;
        try {
          await c.query('INSERT INTO acked (id, writer) VALUES ($1, $2)', [id, w]);
          acked.push(id);
        } catch {
          return;
        }
      }
    });
    // Kill mid-stream, once writes flow: at least 800 ms and 40 acknowledged (a loaded machine is slow).
    const until = Date.now() + 15_000;
    const killAt = Date.now() + 800;
    while ((Date.now() < killAt || acked.length <= 40) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    server.proc.kill('SIGKILL');
    await new Promise((r) => server.proc.once('exit', r));
    stop = true;
    await Promise.all(writers);
    expect(acked.length).toBeGreaterThan(20);

    server = await startServer(['--replicas', '3'], { dataDir });
    const c = await server.client();
    const present = new Set((await c.query('SELECT id FROM acked')).rows.map((r) => r.id as number));
    expect(acked.filter((id) => !present.has(id))).toEqual([]);
    const rows = await replicas(c);
    expect(rows.every((r) => r.status === 'healthy')).toBe(true);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    await c.query('INSERT INTO acked (id, writer) VALUES (-1, -1)');
    await c.end();
    await server.stop();
  });
});

describe('sequential baseline', () => {
  it('serves the same SQL with --exec sequential', async () => {
    const server = await startServer(['--replicas', '3', '--exec', 'sequential']);
    const c = await server.client();
    await c.query('CREATE TABLE s (id serial PRIMARY KEY, v int)');
    await c.query('INSERT INTO s (v) VALUES (1), (2)');
    await c.query('BEGIN');
    await c.query('UPDATE s SET v = v * 10');
    await c.query('COMMIT');
    expect((await c.query('SELECT v FROM s ORDER BY id')).rows).toEqual([{ v: 10 }, { v: 20 }]);
    const stats = Object.fromEntries((await c.query('SELECT name, value FROM evsql_stats')).rows.map((x) => [x.name, x.value]));
    expect(stats.mode).toBe('sequential');
    await c.end();
    await server.stop();
  });
});

// Writers on a thread each, and on one thread (the default where cores are few): a crash or a
// rebuild of one replica must leave the others of its thread serving.
for (const threads of ['3', '1']) describe(`faults while serving, writers on ${threads} thread(s)`, () => {
  const ACCOUNTS = 6;
  const CLIENTS = 4;
  let server: TestServer;
  let admin: pg.Client;

  beforeAll(async () => {
    server = await startServer(['--replicas', '3', '--fault-injection', '--writer-threads', threads]);
    admin = await server.client();
    await admin.query('CREATE TABLE bank (id int PRIMARY KEY, bal int NOT NULL)');
    await admin.query('CREATE TABLE counters (c int PRIMARY KEY, n int NOT NULL)');
    for (let i = 1; i <= ACCOUNTS; i++) await admin.query('INSERT INTO bank (id, bal) VALUES ($1, 1000)', [i]);
    for (let c = 1; c <= CLIENTS; c++) await admin.query('INSERT INTO counters (c, n) VALUES ($1, 0)', [c]);
  });

  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  });

  /**
   * Each client moves money between accounts in transactions and counts its own commits in a row
   * of its own; every RETURNING must equal the client's count (the model), retrying on 40P01/55P03/40001.
   */
  async function workload(transactions: number, duringFault: () => Promise<unknown>): Promise<number[]> {
    const committed: number[] = [];
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => server.client()));
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return 1 + (seed % n);
    };
    const fault = new Promise((r) => setTimeout(r, 150)).then(duringFault);
    await Promise.all(
      clients.map(async (c, k) => {
        const me = k + 1;
        const before = (await c.query('SELECT n FROM counters WHERE c = $1', [me])).rows[0].n as number;
        let mine = before;
        for (let t = 0; t < transactions; t++) {
          const [from, to, amount] = [rand(ACCOUNTS), rand(ACCOUNTS), rand(50)];
          try {
            await c.query('BEGIN');
            await c.query('UPDATE bank SET bal = bal - $1 WHERE id = $2', [amount, from]);
            await c.query('UPDATE bank SET bal = bal + $1 WHERE id = $2', [amount, to]);
            const r = await c.query('UPDATE counters SET n = n + 1 WHERE c = $1 RETURNING n', [me]);
            await c.query('COMMIT');
            mine++;
            expect(r.rows[0].n).toBe(mine);
          } catch (err) {
            const code = (err as { code?: string }).code;
            // 40001: COMMIT found that a speculative answer differed from the verified one.
            if (code !== '40P01' && code !== '55P03' && code !== '40001') throw err;
            await c.query('ROLLBACK');
          }
        }
        committed[k] = mine - before;
        await c.end();
      }),
    );
    await fault;
    return committed;
  }

  async function healthyAndEqual() {
    const deadline = Date.now() + 15_000;
    for (;;) {
      await admin.query('UPDATE counters SET n = n WHERE c = 1');
      const rows = await replicas(admin);
      const ok = rows.every((r) => r.status === 'healthy') && new Set(rows.map((r) => r.state_root)).size === 1;
      if (ok || Date.now() > deadline) return rows;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function stats() {
    const r = await admin.query('SELECT name, value FROM evsql_stats');
    return Object.fromEntries(r.rows.map((x) => [x.name, Number(x.value)])) as Record<string, number>;
  }

  async function checkModel() {
    const total = await admin.query('SELECT sum(bal) AS s FROM bank');
    expect(Number(total.rows[0].s)).toBe(ACCOUNTS * 1000);
    const rows = await healthyAndEqual();
    expect(rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    const scrub = await admin.query('SELECT * FROM evsql_scrub()');
    expect(scrub.rows.map((r) => [r.divergent_pages, r.repaired_rows])).toEqual([['0', '0'], ['0', '0'], ['0', '0']]);
  }

  it('refuses to change the voting set outside cluster mode (0A000), and wrong arguments (22023)', async () => {
    await expect(admin.query('SELECT evsql_remove_replica(1)')).rejects.toMatchObject({ code: '0A000' });
    await expect(admin.query('SELECT evsql_add_replica(1)')).rejects.toMatchObject({ code: '0A000' });
    await expect(admin.query('SELECT evsql_add_replica(1, 30)')).rejects.toMatchObject({ code: '0A000' });
    // Wrong arguments are refused as such in any mode: a wait under a second, a wait for a removal.
    await expect(admin.query('SELECT evsql_add_replica(1, 0)')).rejects.toMatchObject({ code: '22023' });
    await expect(admin.query('SELECT evsql_remove_replica(1, 5)')).rejects.toMatchObject({ code: '22023' });
    expect((await admin.query('SELECT status FROM evsql_replicas ORDER BY id')).rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
  });

  for (const kind of ['diverge', 'shuffle', 'conflict', 'crash']) {
    it(`serves only correct results while a replica suffers '${kind}'`, async () => {
      const before = await stats();
      const committed = await workload(25, () => admin.query(`SELECT evsql_fault('${kind}', 1)`));
      expect(committed.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      await checkModel();
      const after = await stats();
      if (kind === 'diverge') {
        expect(after.divergences).toBeGreaterThan(before.divergences!);
        expect(after.repairs).toBeGreaterThan(before.repairs!);
        expect(after.rollbacks).toBeGreaterThan(before.rollbacks!);
      }
      if (kind === 'crash') expect(after.repairs).toBeGreaterThan(before.repairs!);
    });
  }

  it('rebuilds, while serving, a replica that crashed and missed a CREATE TABLE: it cannot be repaired row by row', async () => {
    await admin.query("SELECT evsql_fault('crash', 2)");
    // Runs on the two others while replica 2 restarts (it is down for 200 ms at least).
    await admin.query('CREATE TABLE missed (id int PRIMARY KEY, v text)');
    await admin.query("INSERT INTO missed VALUES (1, 'one')");
    const rows = await healthyAndEqual();
    expect(rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(server.stderr()).toMatch(/"replica":2,[^\n]*replica rebuilt from a copy/);
    await admin.query("INSERT INTO missed VALUES (2, 'two')");
    expect((await admin.query('SELECT id, v FROM missed ORDER BY id')).rows).toEqual([{ id: 1, v: 'one' }, { id: 2, v: 'two' }]);
    await checkModel();
  });

  it("rebuilds a replica while another session's transaction is open: the copy keeps it open, as its source does", async () => {
    await admin.query('CREATE TABLE held (id int PRIMARY KEY)');
    const other = await server.client();
    try {
      await admin.query("SELECT evsql_fault('crash', 2)");
      // Replica 2 misses the DDL (it is down for 200 ms at least; a DDL waits for open transactions)
      // and is rebuilt at a quiet moment after it restarts, with the transaction below open.
      await admin.query('CREATE TABLE missed_while_open (id int)');
      await other.query('BEGIN');
      await other.query('INSERT INTO held VALUES (1)');
      // Undoing the copy's open transaction, as a recovery after a crash does, left it another root than its source's.
      const rows = await healthyAndEqual();
      expect(rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
      expect(server.stderr()).not.toMatch(/could not be rebuilt/);
      await other.query('INSERT INTO held VALUES (2)');
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    expect((await admin.query('SELECT id FROM held ORDER BY id')).rows).toEqual([{ id: 1 }, { id: 2 }]);
    expect(new Set((await healthyAndEqual()).map((r) => r.state_root)).size).toBe(1);
    await checkModel();
  });

  it('rebuilds a replica after sequence restarts: the update a restart makes after its schema edit reaches the live hash', async () => {
    await admin.query('CREATE TABLE restarted (id serial PRIMARY KEY, v text)');
    await admin.query("INSERT INTO restarted (v) VALUES ('a'), ('b')");
    await admin.query('TRUNCATE restarted RESTART IDENTITY');
    await admin.query('ALTER SEQUENCE restarted_id_seq RESTART WITH 50');
    await admin.query("SELECT evsql_fault('crash', 2)");
    await admin.query('CREATE TABLE missed_after_restart (id int)');
    // The rebuilt copy's root, recomputed from its rows, must be the live one of its source.
    const rows = await healthyAndEqual();
    expect(rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(server.stderr()).not.toMatch(/could not be rebuilt/);
    expect((await admin.query("INSERT INTO restarted (v) VALUES ('c') RETURNING id")).rows).toEqual([{ id: 50 }]);
    await checkModel();
  });

  it('undoes a transaction whose COMMIT failed with its batch before the writes that took its locks', async () => {
    await admin.query('CREATE TABLE orphan (id int PRIMARY KEY, v int NOT NULL)');
    await admin.query('INSERT INTO orphan VALUES (1, 0)');
    const [a, b] = await Promise.all([server.client(), server.client()]);
    const code = (p: Promise<unknown>) => p.then(() => null, (err: { code?: string }) => err.code ?? 'none');
    try {
      let failedCommits = 0;
      let v = 0;
      // The COMMIT fails when it leaves while two replicas are down (no quorum); they restart within
      // moments, so a slow machine may let one through: then that transaction simply committed.
      for (let attempt = 0; attempt < 5 && failedCommits === 0; attempt++) {
        await a.query('BEGIN');
        await a.query('UPDATE orphan SET v = v + 1 WHERE id = 1');
        // Replicas commit everything they hold before a fault is injected: the update is in their files.
        await admin.query("SELECT evsql_fault('crash', 1)");
        await admin.query("SELECT evsql_fault('crash', 2)");
        const commit = await code(a.query('COMMIT'));
        if (commit === null) v += 1;
        else {
          expect(commit).toBe('XX000');
          failedCommits++;
        }
        // b waited for nothing: a's locks went with its COMMIT. Its update runs once a quorum is back.
        const deadline = Date.now() + 30_000;
        for (;;) {
          const r = await b.query('UPDATE orphan SET v = v + 10 WHERE id = 1 RETURNING v').catch((err: { code?: string }) => {
            if (err.code !== 'XX000' || Date.now() > deadline) throw err;
            return null;
          });
          if (r) {
            v += 10;
            expect(r.rows[0].v).toBe(v);
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      expect(failedCommits).toBe(1);
      expect((await admin.query('SELECT v FROM orphan WHERE id = 1')).rows[0].v).toBe(v);
      const rows = await healthyAndEqual();
      expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("finds silent corruption ('corrupt') with evsql_scrub() and repairs it", async () => {
    await admin.query("SELECT evsql_fault('corrupt', 2)");
    // The corrupted row (the newest) is no longer the newest: a row put back without its rowid would get another.
    await admin.query(`INSERT INTO bank (id, bal) VALUES (${ACCOUNTS + 1}, 0)`);
    const scrub = await admin.query('SELECT replica, divergent_pages, repaired_rows FROM evsql_scrub() ORDER BY replica');
    const bad = scrub.rows.find((r) => r.replica === 2);
    expect(Number(bad.divergent_pages)).toBeGreaterThan(0);
    expect(Number(bad.repaired_rows)).toBeGreaterThan(0);
    expect(scrub.rows.filter((r) => r.replica !== 2).every((r) => r.divergent_pages === '0')).toBe(true);
    await checkModel();
    // The row put back has the rowid it has elsewhere: undo records copied by a repair name rows by rowid.
    const rows = [0, 1, 2].map((i) => {
      const db = new Database(join(server.dataDir, `replica-${i}.sqlite`), { readonly: true });
      try {
        return ['bank', 'counters'].map((t) => db.prepare(`SELECT rowid, * FROM ${t} ORDER BY rowid`).raw(true).all());
      } finally {
        db.close();
      }
    });
    expect(rows[2]).toEqual(rows[0]);
    expect(rows[1]).toEqual(rows[0]);
  });

  it('goes on from the recomputed state when evsql_scrub() finds every replica stale alike', async () => {
    // The same row changes alike on every replica behind the hash's back: their rows agree, their live hashes are all stale.
    for (const i of [0, 1, 2]) await admin.query(`SELECT evsql_fault('corrupt', ${i})`);
    const scrub = await admin.query('SELECT replica, divergent_pages, repaired_rows FROM evsql_scrub() ORDER BY replica');
    expect(scrub.rows.map((r) => [r.replica, Number(r.divergent_pages) > 0, r.repaired_rows])).toEqual([[0, true, '0'], [1, true, '0'], [2, true, '0']]);
    // The committed root was the stale one: the next batch starts from the state the scrub recomputed.
    await admin.query(`INSERT INTO bank (id, bal) VALUES (${ACCOUNTS + 2}, 0)`);
    const rows = await healthyAndEqual();
    expect(rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    // evsql_scrub() is a relation like any other: its select list, WHERE and aggregates apply.
    expect((await admin.query('SELECT count(*)::int AS n, sum(divergent_pages)::int AS d FROM evsql_scrub()')).rows).toEqual([{ n: 3, d: 0 }]);
    expect((await admin.query('SELECT s.replica FROM evsql_scrub() AS s WHERE s.replica = 1')).rows).toEqual([{ replica: 1 }]);
  });
});
