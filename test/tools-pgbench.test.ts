/**
 * pgbench's own flows against a real evsql process: `pgbench -i` with its default init steps
 * (COPY … WITH (FREEZE ON) inside BEGIN…COMMIT, VACUUM ANALYZE, ALTER TABLE ADD PRIMARY KEY) and
 * with server-side generation (generate_series), then the built-in TPC-B-like script with
 * 4 clients in each query mode, checking that the money adds up afterwards.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
/** Seconds each benchmark run lasts (the 20, shortened to keep the suite quick). */
const RUN_SECONDS = 5;
const SCALE = 2;

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

const env = { ...process.env, PGCONNECT_TIMEOUT: '10' };

function pgbench(args: string[]) {
  return run('pgbench', [...args, '-h', server.host, '-p', String(server.port), '-U', 'postgres', 'postgres'], { env });
}

async function sql(query: string): Promise<string[][]> {
  const { stdout } = await run('psql', ['-X', '-At', '-v', 'ON_ERROR_STOP=1', '-h', server.host, '-p', String(server.port), '-U', 'postgres', '-d', 'postgres', '-c', query], { env });
  return stdout
    .trim()
    .split('\n')
    .map((l) => l.split('|'));
}

async function balances(): Promise<{ accounts: bigint; tellers: bigint; branches: bigint; history: bigint; historyRows: number }> {
  const [[a, t, b, h, n]] = (await sql(
    'select (select sum(abalance) from pgbench_accounts), (select sum(tbalance) from pgbench_tellers), (select sum(bbalance) from pgbench_branches), (select coalesce(sum(delta), 0) from pgbench_history), (select count(*) from pgbench_history)',
  )) as [string[]];
  return { accounts: BigInt(a!), tellers: BigInt(t!), branches: BigInt(b!), history: BigInt(h!), historyRows: Number(n) };
}

async function expectFreshTables(): Promise<void> {
  expect(await sql('select count(*), sum(aid), min(bid), max(bid), sum(abalance) from pgbench_accounts')).toEqual([[String(SCALE * 100000), String((SCALE * 100000 * (SCALE * 100000 + 1)) / 2), '1', String(SCALE), '0']]);
  expect(await sql('select count(*), count(distinct bid), sum(tbalance) from pgbench_tellers')).toEqual([[String(SCALE * 10), String(SCALE), '0']]);
  expect(await sql('select count(*), sum(bbalance) from pgbench_branches')).toEqual([[String(SCALE), '0']]);
  expect(await sql('select count(*) from pgbench_history')).toEqual([['0']]);
}

/** ALTER TABLE … ADD PRIMARY KEY took effect: a duplicate key is refused. */
async function expectPrimaryKeys(): Promise<void> {
  for (const [table, column] of [['pgbench_accounts', 'aid'], ['pgbench_tellers', 'tid'], ['pgbench_branches', 'bid']] as const) {
    await expect(sql(`insert into ${table} (${column}) values (1)`)).rejects.toMatchObject({ stderr: expect.stringContaining('duplicate key value violates unique constraint') });
  }
}

describe('pgbench -i with the default init steps (dtgvp)', () => {
  it(`loads scale ${SCALE} through COPY FREEZE, vacuums and adds the primary keys`, async () => {
    const { stderr } = await pgbench(['-i', '-s', String(SCALE)]);
    expect(stderr).toContain('generating data (client-side)');
    expect(stderr).toContain('creating primary keys...');
    expect(stderr).toMatch(/done in [\d.]+ s/);
    await expectFreshTables();
    await expectPrimaryKeys();
  });

  for (const mode of ['simple', 'extended', 'prepared']) {
    it(`runs the TPC-B-like script for ${RUN_SECONDS}s with 4 clients, -M ${mode}: no failures, balances consistent`, async () => {
      const before = await balances();
      // Without -n pgbench first vacuums the branches and tellers and truncates the history.
      const { stdout } = await pgbench(['-M', mode, '-c', '4', '-j', '2', '-T', String(RUN_SECONDS)]);
      const processed = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1]);
      expect(processed).toBeGreaterThan(0);
      expect(stdout).toContain('number of failed transactions: 0 (0.000%)');
      const after = await balances();
      // Every transaction added one history row and moved its delta through an account, a teller and a branch.
      expect(after.historyRows).toBe(processed);
      expect(after.accounts - before.accounts).toBe(after.history);
      expect(after.tellers - before.tellers).toBe(after.history);
      expect(after.branches - before.branches).toBe(after.history);
    });
  }
});

describe('pgbench -i -I dtGvp (server-side generate_series)', () => {
  it(`loads scale ${SCALE} with INSERT … SELECT … FROM generate_series and runs on it`, async () => {
    const { stderr } = await pgbench(['-i', '-I', 'dtGvp', '-s', String(SCALE)]);
    expect(stderr).toContain('generating data (server-side)');
    expect(stderr).toMatch(/done in [\d.]+ s/);
    await expectFreshTables();
    expect(await sql("select count(*) from pgbench_accounts where filler = ''")).toEqual([[String(SCALE * 100000)]]);
    await expectPrimaryKeys();
    const { stdout } = await pgbench(['-c', '4', '-j', '2', '-T', '2']);
    const processed = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1]);
    expect(processed).toBeGreaterThan(0);
    expect(stdout).toContain('number of failed transactions: 0 (0.000%)');
    const after = await balances();
    expect(after.historyRows).toBe(processed);
    expect(after.accounts).toBe(after.history);
    expect(after.tellers).toBe(after.history);
    expect(after.branches).toBe(after.history);
  });
});

describe('pgbench -i --foreign-keys', () => {
  it('references the keys ALTER TABLE … ADD PRIMARY KEY made, by table name alone; the run keeps them; truncating and initializing again empty and drop the linked tables', async () => {
    // Its foreign keys name no columns: before, "there is no primary key for referenced table" (42830).
    const { stderr } = await pgbench(['-i', '-I', 'dtGvpf', '-s', '1']);
    expect(stderr).toContain('creating foreign keys');
    expect(await sql("select conname, pg_get_constraintdef(oid) from pg_constraint where contype = 'f' and conname = 'pgbench_tellers_bid_fkey'")).toEqual([['pgbench_tellers_bid_fkey', 'FOREIGN KEY (bid) REFERENCES pgbench_branches(bid)']]);
    expect(await sql("select count(*) from pg_constraint where contype = 'f' and conrelid::regclass::text like 'pgbench_%'")).toEqual([['5']]);
    const { stdout } = await pgbench(['-c', '2', '-j', '2', '-T', '2']);
    expect(stdout).toContain('number of failed transactions: 0 (0.000%)');
    await expect(sql('insert into pgbench_tellers values (99, 99, 0)')).rejects.toThrow(/violates foreign key constraint "pgbench_tellers_bid_fkey"/);
    // Tables truncated together in any order, and CASCADE to the tables referencing them.
    await sql('truncate pgbench_tellers, pgbench_history');
    await expect(sql('truncate pgbench_branches')).rejects.toThrow(/cannot truncate a table referenced in a foreign key constraint/);
    await sql('truncate pgbench_branches cascade');
    expect(await sql('select (select count(*) from pgbench_accounts) + (select count(*) from pgbench_branches) + (select count(*) from pgbench_tellers)')).toEqual([['0']]);
    // Initializing again drops the four tables in one statement, rows and foreign keys and all.
    await pgbench(['-i', '-I', 'dt']);
    expect(await sql("select count(*) from pg_constraint where contype = 'f'")).toEqual([['0']]);
    expect(await sql('select count(*) from pgbench_history')).toEqual([['0']]);
  });
});
