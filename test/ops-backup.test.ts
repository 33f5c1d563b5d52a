/**
 * Backup and restore: `SELECT evsql_backup(file)` under pgbench load gives a verified,
 * transactionally consistent copy (pgbench's balances add up in it), `evsql restore` seeds a new
 * data directory from it, and a server started there serves exactly the backup's rows.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'evsql-backup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const BALANCES = `select (select sum(abalance) from pgbench_accounts)::text as accounts, (select sum(tbalance) from pgbench_tellers)::text as tellers,
  (select sum(bbalance) from pgbench_branches)::text as branches, (select coalesce(sum(delta), 0) from pgbench_history)::text as history,
  (select count(*) from pgbench_history)::int as transactions`;
const ROWS = [
  'select tid::text as k, tbalance::text as v from pgbench_tellers order by tid',
  'select bid::text as k, bbalance::text as v from pgbench_branches order by bid',
  "select tid || ':' || bid || ':' || aid as k, delta::text as v from pgbench_history order by tid, bid, aid, delta, mtime",
  'select aid::text as k, abalance::text as v from pgbench_accounts where abalance <> 0 order by aid',
];

async function rows(c: pg.Client): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const q of ROWS) out.push((await c.query(q)).rows);
  return out;
}

function pgbench(server: TestServer, args: string[]) {
  return run('pgbench', [...args, '-h', server.host, '-p', String(server.port), '-U', 'postgres', 'postgres'], { env: { ...process.env, PGCONNECT_TIMEOUT: '10' } });
}

describe('backup and restore', () => {
  it('a backup taken under pgbench load restores to a server with the same, consistent rows', async () => {
    const source = await startServer(['--lock-timeout', '30s']);
    const file = join(scratch, 'under-load.sqlite');
    let reported: string;
    let atBackup: Record<string, unknown>;
    try {
      await pgbench(source, ['-i', '-s', '1', '-I', 'dtGp']);
      const load = pgbench(source, ['-n', '-c', '4', '-j', '2', '-T', '4']);
      await new Promise((r) => setTimeout(r, 1500));
      const c = await source.client();
      reported = (await c.query('select evsql_backup($1) as b', [file])).rows[0].b as string;
      const { stdout } = await load;
      expect(stdout).toContain('number of failed transactions: 0');
      atBackup = (await c.query(BALANCES)).rows[0];
      expect(sqlstateOf(await c.query('select evsql_backup($1)', [file]).catch((e: unknown) => e))).toBe('58P02');
      await c.end();
    } finally {
      await source.stop();
    }
    expect(reported).toMatch(new RegExp(`^${file}: \\d+ bytes, batch \\d+, state root [0-9a-f]{32}, verified$`));
    const root = /state root ([0-9a-f]{32})/.exec(reported)![1]!;

    const dataDir = join(scratch, 'restored');
    const restored = await run(process.execPath, [BIN, 'restore', '--from', file, '--data', dataDir]);
    expect(restored.stdout).toBe(`restored ${file} into ${dataDir}: 3 replicas, state root ${root}\n`);
    await expect(run(process.execPath, [BIN, 'restore', '--from', file, '--data', dataDir])).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('already holds replica-0.sqlite') });

    const copy = await startServer([], { dataDir });
    try {
      const c = await copy.client();
      expect((await c.query('select distinct state_root from evsql_replicas')).rows).toEqual([{ state_root: root }]);
      const balances = (await c.query(BALANCES)).rows[0] as { accounts: string; tellers: string; branches: string; history: string; transactions: number };
      // Taken mid-run: some transactions in, none half in.
      expect(balances.transactions).toBeGreaterThan(0);
      expect(balances.transactions).toBeLessThan(atBackup!.transactions as number);
      expect([balances.accounts, balances.tellers, balances.branches]).toEqual([balances.history, balances.history, balances.history]);
      // Row by row, the restored server serves what the backup file holds.
      const db = new Database(file, { readonly: true });
      const fromFile = ROWS.map((q) => db.prepare(q.replace(/::text/g, '').replace(/::int/g, '')).all().map((r) => ({ k: String((r as { k: unknown }).k), v: String((r as { v: unknown }).v) })));
      db.close();
      expect(await rows(c)).toEqual(fromFile);
      await c.end();
    } finally {
      await copy.stop();
    }
  });

  it('refuses a relative path and a file that exists, and the session goes on', async () => {
    const server = await startServer();
    try {
      const exists = join(scratch, 'exists.sqlite');
      writeFileSync(exists, '');
      const c = await server.client();
      expect(sqlstateOf(await c.query("select evsql_backup('relative.sqlite')").catch((e: unknown) => e))).toBe('22023');
      expect(sqlstateOf(await c.query(`select evsql_backup('${exists}')`).catch((e: unknown) => e))).toBe('58P02');
      expect((await c.query('select 1 as x')).rows).toEqual([{ x: 1 }]);
      await c.end();
    } finally {
      await server.stop();
    }
  });
});

const sqlstateOf = (err: unknown) => (err as { code?: string }).code;
