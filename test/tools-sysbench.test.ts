/**
 * sysbench 1.0 with its pgsql driver against a real evsql process: prepare, run with 4 threads,
 * cleanup, for oltp_read_write and oltp_point_select. sysbench aborts on any SQLSTATE other
 * than 23505, 40001 and 40P01, so finishing at all means evsql gave only errors PostgreSQL
 * itself could give. sysbench never decodes its binary results, so the second part replays its
 * statements as it sends them (named Parse with int8/varchar parameter OIDs, binary result
 * format) against evsql and a real PostgreSQL 15, and compares the bytes.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { RawClient, type RawResult } from './helpers/raw-protocol.js';
import { startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
const RUN_SECONDS = 4;
const TABLE_SIZE = 1000;

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

function sysbench(test: string, command: string, extra: string[] = []) {
  const args = [
    test,
    '--db-driver=pgsql',
    `--pgsql-host=${server.host}`,
    `--pgsql-port=${server.port}`,
    '--pgsql-user=postgres',
    '--pgsql-db=postgres',
    '--tables=1',
    `--table-size=${TABLE_SIZE}`,
    ...extra,
    command,
  ];
  return run('sysbench', args, { env: { ...process.env, PGCONNECT_TIMEOUT: '10' }, timeout: 60_000 });
}

async function count(): Promise<number> {
  const c = await server.client();
  try {
    const r = await c.query('select count(*) as n from sbtest1');
    return Number(r.rows[0].n);
  } finally {
    await c.end();
  }
}

/** The run's statistics; sysbench exits non-zero (and execFile rejects) on a fatal error. */
function stats(stdout: string): { transactions: number; queries: number; ignoredErrors: number } {
  const num = (re: RegExp) => Number(re.exec(stdout)?.[1]);
  return {
    transactions: num(/transactions:\s+(\d+)/),
    queries: num(/queries:\s+(\d+)/),
    ignoredErrors: num(/ignored errors:\s+(\d+)/),
  };
}

describe('sysbench', () => {
  for (const test of ['oltp_read_write', 'oltp_point_select']) {
    it(`${test}: prepare, run with 4 threads for ${RUN_SECONDS}s, cleanup`, async () => {
      const prepared = await sysbench(test, 'prepare');
      expect(prepared.stdout).toContain(`Inserting ${TABLE_SIZE} records into 'sbtest1'`);
      expect(await count()).toBe(TABLE_SIZE);

      const { stdout, stderr } = await sysbench(test, 'run', ['--threads=4', `--time=${RUN_SECONDS}`]);
      expect(stderr).not.toContain('FATAL');
      const s = stats(stdout);
      expect(s.transactions).toBeGreaterThan(0);
      // oltp_read_write: 18 statements and BEGIN/COMMIT a transaction; point_select: 1.
      expect(s.queries).toBeGreaterThanOrEqual(s.transactions * (test === 'oltp_read_write' ? 20 : 1));
      // Each read-write transaction deletes a row and inserts it back; a retried one rolled back whole.
      expect(await count()).toBe(TABLE_SIZE);

      await sysbench(test, 'cleanup');
      const c = await server.client();
      try {
        await expect(c.query('select 1 from sbtest1')).rejects.toMatchObject({ code: '42P01' });
      } finally {
        await c.end();
      }
    });
  }
});

/** sysbench's statements as its driver prepares them: parameter OIDs int8 (20) and varchar (1043). */
const INT8 = 20;
const VARCHAR = 1043;
const STATEMENTS: Array<{ sql: string; oids: number[]; runs: Array<Array<string | null>> }> = [
  { sql: 'BEGIN', oids: [], runs: [[]] },
  { sql: 'SELECT c FROM sbtest1 WHERE id=$1', oids: [INT8], runs: [['1'], ['7'], ['999']] },
  { sql: 'SELECT c FROM sbtest1 WHERE id BETWEEN $1 AND $2', oids: [INT8, INT8], runs: [['3', '12']] },
  { sql: 'SELECT SUM(k) FROM sbtest1 WHERE id BETWEEN $1 AND $2', oids: [INT8, INT8], runs: [['5', '104'], ['2000', '2100']] },
  { sql: 'SELECT c FROM sbtest1 WHERE id BETWEEN $1 AND $2 ORDER BY c', oids: [INT8, INT8], runs: [['20', '40']] },
  { sql: 'SELECT DISTINCT c FROM sbtest1 WHERE id BETWEEN $1 AND $2 ORDER BY c', oids: [INT8, INT8], runs: [['1', '60']] },
  { sql: 'UPDATE sbtest1 SET k=k+1 WHERE id=$1', oids: [INT8], runs: [['10'], ['5000']] },
  { sql: 'UPDATE sbtest1 SET c=$1 WHERE id=$2', oids: [VARCHAR, INT8], runs: [['12345678901-changed', '11']] },
  { sql: 'DELETE FROM sbtest1 WHERE id=$1', oids: [INT8], runs: [['12']] },
  { sql: 'COMMIT', oids: [], runs: [[]] },
  { sql: 'INSERT INTO sbtest1 (id, k, c, pad) VALUES ($1, $2, $3, $4)', oids: [INT8, INT8, VARCHAR, VARCHAR], runs: [['12', '77', 'reinserted', 'pad'], ['13', '1', 'dup', 'dup']] },
  { sql: 'SELECT id, k, c, pad FROM sbtest1 WHERE id BETWEEN $1 AND $2 ORDER BY id', oids: [INT8, INT8], runs: [['9', '13']] },
];

const SCHEMA = [
  'DROP TABLE IF EXISTS sbtest1',
  "CREATE TABLE sbtest1( id SERIAL, k INTEGER DEFAULT '0' NOT NULL, c CHAR(120) DEFAULT '' NOT NULL, pad CHAR(60) DEFAULT '' NOT NULL, PRIMARY KEY (id) )",
  // Values shaped like sysbench's: groups of digits joined by '-', some shorter than the column.
  `INSERT INTO sbtest1 (k, c, pad) VALUES ${Array.from({ length: 100 }, (_, i) => `(${(i * 7919) % 1000}, '${String(i * 31337).padStart(11, '0')}-${'8'.repeat(i % 40)}', '${String(i).repeat(3)}')`).join(', ')}`,
  'CREATE INDEX k_1 ON sbtest1(k)',
];

describe('sysbench statements with binary results, byte for byte against PostgreSQL 15', () => {
  let postgres: TestPostgres;

  beforeAll(async () => {
    postgres = await startPostgres();
  });

  afterAll(async () => {
    await postgres?.stop();
  });

  async function replay(host: string, port: number): Promise<Array<{ prepareError: string | null; results: RawResult[] }>> {
    const setup = await RawClient.connect(host, port);
    for (const sql of SCHEMA) {
      await setup.prepare('', sql, []);
      const r = await setup.execPrepared('', [], 0);
      expect(r.error, sql).toBeNull();
    }
    await setup.close();
    const client = await RawClient.connect(host, port);
    const out = [];
    for (const [i, s] of STATEMENTS.entries()) {
      const name = `sbstmt${i}`;
      const prepareError = await client.prepare(name, s.sql, s.oids);
      const results = [];
      for (const params of s.runs) results.push(await client.execPrepared(name, params, 1));
      out.push({ prepareError, results });
    }
    await client.close();
    return out;
  }

  it('gives the same RowDescription, binary DataRows and command tags', async () => {
    const expected = await replay(postgres.host, postgres.port);
    const actual = await replay(server.host, server.port);
    STATEMENTS.forEach((s, i) => {
      expect(actual[i]!.prepareError, s.sql).toBe(expected[i]!.prepareError);
      s.runs.forEach((params, j) => {
        const e = expected[i]!.results[j]!;
        const a = actual[i]!.results[j]!;
        const label = `${s.sql} ${JSON.stringify(params)}`;
        expect(a.error, label).toBe(e.error);
        expect(a.tag, label).toBe(e.tag);
        expect(a.fields, label).toEqual(e.fields);
        expect(a.rows.map((r) => r.map((v) => v?.toString('hex') ?? null)), label).toEqual(e.rows.map((r) => r.map((v) => v?.toString('hex') ?? null)));
      });
    });
    // The replay exercised every result shape sysbench reads: rows, an empty SUM, a failed INSERT.
    expect(expected.flatMap((x) => x.results).filter((r) => r.rows.length > 0).length).toBeGreaterThan(5);
    expect(expected.flatMap((x) => x.results).some((r) => r.error === '23505')).toBe(true);
  });
});
