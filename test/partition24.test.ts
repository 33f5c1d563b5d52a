/**
 * Declarative partitioning against a real evsql process: `pgbench -i --partitions=4` (a range-
 * partitioned pgbench_accounts, loaded by COPY into the parent, its primary key added after), a
 * short pgbench run whose balances must add up, and the routing, bound and catalog answers
 * through the pg driver.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
let server: TestServer;
let client: pg.Client;

beforeAll(async () => {
  server = await startServer();
  client = new pg.Client({ host: server.host, port: server.port, user: 'postgres', database: 'postgres' });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  if (server) expect(await server.stop()).toBe(0);
});

const env = { ...process.env, PGCONNECT_TIMEOUT: '10' };
const pgbench = (args: string[]) => run('pgbench', [...args, '-h', server.host, '-p', String(server.port), '-U', 'postgres', 'postgres'], { env });
const one = async (sql: string, params: unknown[] = []) => (await client.query({ text: sql, values: params, rowMode: 'array' })).rows;

describe('pgbench with a partitioned pgbench_accounts', () => {
  it('initializes four range partitions and runs 50 transactions with the money adding up', async () => {
    const { stderr } = await pgbench(['-i', '--partitions=4', '-s', '1']);
    expect(stderr).toContain('creating 4 partitions...');
    expect(await one("SELECT c.relname, c.relkind, pg_get_expr(c.relpartbound, c.oid) FROM pg_class c WHERE c.relname LIKE 'pgbench_accounts%' AND c.relkind IN ('r', 'p') ORDER BY 1")).toEqual([
      ['pgbench_accounts', 'p', null],
      ['pgbench_accounts_1', 'r', 'FOR VALUES FROM (MINVALUE) TO (25001)'],
      ['pgbench_accounts_2', 'r', 'FOR VALUES FROM (25001) TO (50001)'],
      ['pgbench_accounts_3', 'r', 'FOR VALUES FROM (50001) TO (75001)'],
      ['pgbench_accounts_4', 'r', 'FOR VALUES FROM (75001) TO (MAXVALUE)'],
    ]);
    expect(await one('SELECT count(*), sum(aid) FROM pgbench_accounts_2')).toEqual([['25000', String((25001 + 50000) * 12500)]]);
    const { stdout } = await pgbench(['-t', '50']);
    expect(stdout).toContain('partition method: range');
    expect(stdout).toContain('number of transactions actually processed: 50/50');
    expect(stdout).toContain('number of failed transactions: 0 (0.000%)');
    const [[accounts, tellers, history]] = await one('SELECT (SELECT sum(abalance) FROM pgbench_accounts), (SELECT sum(tbalance) FROM pgbench_tellers), (SELECT sum(delta) FROM pgbench_history)');
    expect(accounts).toBe(tellers);
    expect(accounts).toBe(history);
    const [[parts]] = await one('SELECT (SELECT sum(abalance) FROM pgbench_accounts_1) + (SELECT sum(abalance) FROM pgbench_accounts_2) + (SELECT sum(abalance) FROM pgbench_accounts_3) + (SELECT sum(abalance) FROM pgbench_accounts_4)');
    expect(parts).toBe(accounts);
  });
});

describe('routing and bounds', () => {
  it('routes rows, moves them across partitions and refuses those no partition takes', async () => {
    await client.query("CREATE TABLE p24_log (id int NOT NULL, level text, PRIMARY KEY (id, level)) PARTITION BY LIST (level)");
    await client.query("CREATE TABLE p24_log_err PARTITION OF p24_log FOR VALUES IN ('error', 'fatal')");
    await client.query("CREATE TABLE p24_log_info PARTITION OF p24_log FOR VALUES IN ('info', NULL)");
    await client.query({ text: 'INSERT INTO p24_log VALUES ($1, $2), ($3, $4)', values: [1, 'error', 2, 'info'] });
    await expect(client.query("INSERT INTO p24_log VALUES (3, 'debug')")).rejects.toMatchObject({ code: '23514', message: 'no partition of relation "p24_log" found for row' });
    await expect(client.query("INSERT INTO p24_log_err VALUES (3, 'info')")).rejects.toMatchObject({ code: '23514', message: 'new row for relation "p24_log_err" violates partition constraint' });
    await client.query("UPDATE p24_log SET level = 'fatal' WHERE id = 2");
    expect(await one('SELECT id, level FROM p24_log_err ORDER BY id')).toEqual([[1, 'error'], [2, 'fatal']]);
    expect(await one('SELECT count(*) FROM p24_log_info')).toEqual([['0']]);
    await expect(client.query("CREATE TABLE p24_log_x PARTITION OF p24_log FOR VALUES IN ('debug', 'info')")).rejects.toMatchObject({ code: '42P17' });
    await client.query('CREATE TABLE p24_log_rest PARTITION OF p24_log DEFAULT');
    await client.query("INSERT INTO p24_log VALUES (3, 'debug')");
    expect(await one('SELECT id FROM p24_log_rest')).toEqual([[3]]);
    await client.query('DROP TABLE p24_log_err');
    expect(await one('SELECT id FROM p24_log ORDER BY id')).toEqual([[3]]);
    await client.query('DROP TABLE p24_log');
    expect(await one("SELECT count(*) FROM pg_class WHERE relname LIKE 'p24_log%'")).toEqual([['0']]);
  });
});
