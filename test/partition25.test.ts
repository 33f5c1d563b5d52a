/**
 * Declarative partitioning against a real evsql process: writes to a partitioned table and to its
 * partitions take row keys on the parent, so two transactions writing different rows do not wait
 * for each other, and the same row still does, through the parent or through a partition; and
 * `pgbench -i --partition-method=hash` puts each account where PostgreSQL puts it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let client: pg.Client;
let other: pg.Client;

beforeAll(async () => {
  server = await startServer();
  client = await server.client();
  other = await server.client();
});

afterAll(async () => {
  await client?.end();
  await other?.end();
  if (server) expect(await server.stop()).toBe(0);
});

/** What `sql`, sent by the other session while the first holds its transaction open, answers: 'ok' or the SQLSTATE (55P03: it waited for a row lock). */
const outcome = (sql: string) =>
  other.query(sql).then(
    () => 'ok',
    (err: pg.DatabaseError) => err.code,
  );

describe('writes to a partitioned table', () => {
  it('wait only for writes and locks of the same rows, through the parent or a partition', async () => {
    await client.query('CREATE TABLE p25_acc (aid int, region int, bal int, PRIMARY KEY (aid, region)) PARTITION BY RANGE (region)');
    await client.query('CREATE TABLE p25_acc_1 PARTITION OF p25_acc FOR VALUES FROM (0) TO (10)');
    await client.query('CREATE TABLE p25_acc_2 PARTITION OF p25_acc FOR VALUES FROM (10) TO (20)');
    await client.query('INSERT INTO p25_acc VALUES (1, 1, 0), (2, 2, 0), (3, 12, 0)');
    await other.query("SET lock_timeout = '300ms'");
    const seen: string[] = [];
    for (const holder of ['UPDATE p25_acc SET bal = bal + 1 WHERE aid = 1 AND region = 1', 'UPDATE p25_acc_1 SET bal = bal + 1 WHERE aid = 1 AND region = 1']) {
      await client.query('BEGIN');
      await client.query(holder);
      for (const sql of [
        'UPDATE p25_acc SET bal = bal + 1 WHERE aid = 2 AND region = 2',
        'UPDATE p25_acc_1 SET bal = bal + 1 WHERE aid = 2 AND region = 2',
        'UPDATE p25_acc_2 SET bal = bal + 1 WHERE aid = 3 AND region = 12',
        'INSERT INTO p25_acc_2 VALUES (4, 14, 0)',
        'DELETE FROM p25_acc_2 WHERE aid = 4 AND region = 14',
        'SELECT * FROM p25_acc_1 WHERE aid = 2 AND region = 2 FOR UPDATE',
        'UPDATE p25_acc SET bal = bal + 1 WHERE aid = 1 AND region = 1',
        'UPDATE p25_acc_1 SET bal = bal + 1 WHERE aid = 1 AND region = 1',
        'SELECT * FROM p25_acc_1 WHERE aid = 1 AND region = 1 FOR UPDATE',
        'UPDATE p25_acc SET bal = bal + 1',
      ]) {
        seen.push(`${sql}: ${await outcome(sql)}`);
      }
      await client.query('COMMIT');
    }
    const expected = [
      'UPDATE p25_acc SET bal = bal + 1 WHERE aid = 2 AND region = 2: ok',
      'UPDATE p25_acc_1 SET bal = bal + 1 WHERE aid = 2 AND region = 2: ok',
      'UPDATE p25_acc_2 SET bal = bal + 1 WHERE aid = 3 AND region = 12: ok',
      'INSERT INTO p25_acc_2 VALUES (4, 14, 0): ok',
      'DELETE FROM p25_acc_2 WHERE aid = 4 AND region = 14: ok',
      'SELECT * FROM p25_acc_1 WHERE aid = 2 AND region = 2 FOR UPDATE: ok',
      'UPDATE p25_acc SET bal = bal + 1 WHERE aid = 1 AND region = 1: 55P03',
      'UPDATE p25_acc_1 SET bal = bal + 1 WHERE aid = 1 AND region = 1: 55P03',
      'SELECT * FROM p25_acc_1 WHERE aid = 1 AND region = 1 FOR UPDATE: 55P03',
      'UPDATE p25_acc SET bal = bal + 1: 55P03',
    ];
    // The same whichever way the open transaction wrote its row.
    expect(seen).toEqual([...expected, ...expected]);
    expect((await client.query('SELECT aid, bal FROM p25_acc ORDER BY aid')).rows).toEqual([
      { aid: 1, bal: 2 },
      { aid: 2, bal: 4 },
      { aid: 3, bal: 2 },
    ]);
  });
});

describe('pgbench with hash partitions', () => {
  it('puts each account in the partition PostgreSQL puts it in, and runs with the money adding up', async () => {
    const run = promisify(execFile);
    const pgbench = (args: string[]) => run('pgbench', [...args, '-h', server.host, '-p', String(server.port), '-U', 'postgres', 'postgres'], { env: { ...process.env, PGCONNECT_TIMEOUT: '10' } });
    await pgbench(['-i', '--partitions=4', '--partition-method=hash', '-s', '1']);
    // PostgreSQL 15's answer to the same query after the same pgbench -i.
    const placed = await client.query({ text: 'SELECT tableoid, count(*), sum(aid) FROM (SELECT 1 AS tableoid, aid FROM pgbench_accounts_1 UNION ALL SELECT 2, aid FROM pgbench_accounts_2 UNION ALL SELECT 3, aid FROM pgbench_accounts_3 UNION ALL SELECT 4, aid FROM pgbench_accounts_4) a GROUP BY 1 ORDER BY 1', rowMode: 'array' });
    expect(placed.rows).toEqual([
      [1, '25126', '1258775922'],
      [2, '24978', '1246716808'],
      [3, '24971', '1243634249'],
      [4, '24925', '1250923021'],
    ]);
    const { stdout } = await pgbench(['-t', '30']);
    expect(stdout).toContain('partition method: hash');
    expect(stdout).toContain('number of failed transactions: 0 (0.000%)');
    const sums = await client.query({ text: 'SELECT (SELECT sum(abalance) FROM pgbench_accounts), (SELECT sum(delta) FROM pgbench_history)', rowMode: 'array' });
    expect(sums.rows[0][0]).toBe(sums.rows[0][1]);
  });
});
