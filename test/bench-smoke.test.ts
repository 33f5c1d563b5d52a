/**
 * The TPC-C-like benchmark against a real evsql process, briefly, so the benchmark cannot rot
 * unnoticed: it loads, runs every transaction type for a few seconds without failures, and the
 * TPC-C consistency conditions hold afterwards — and do catch a broken invariant.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consistency, loadTpcc } from '../bench/tpcc/command.js';
import { runTpcc } from '../bench/tpcc/driver.js';
import { TX_TYPES } from '../bench/tpcc/transactions.js';
import { startServer, type TestServer } from './helpers/server.js';

const WAREHOUSES = 1;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

describe('bench tpcc against evsql', () => {
  it('loads, runs the mix for 3s without failures, and passes consistency conditions 1-4', { timeout: 180_000 }, async () => {
    await loadTpcc(server.config(), WAREHOUSES);
    const r = await runTpcc({ config: server.config(), warehouses: WAREHOUSES, clients: 4, durationS: 3, warmupS: 0 });
    expect(r.errors).toEqual([]);
    expect(r.failed).toBe(0);
    expect(r.committed).toBeGreaterThan(0);
    expect(r.byType.new_order.committed + r.byType.new_order.rolledBack).toBeGreaterThan(0);
    expect(r.byType.payment.committed).toBeGreaterThan(0);
    expect(r.committed).toBe(TX_TYPES.reduce((n, t) => n + r.byType[t].committed, 0));
    const checks = await consistency(server.config());
    expect(checks.map((c) => [c.condition, c.pass])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
    ]);
  });

  it('reports a broken condition 1 and 4', async () => {
    const c = new pg.Client(server.config());
    await c.connect();
    try {
      await c.query('UPDATE warehouse SET w_ytd = w_ytd + 1 WHERE w_id = 1');
      await c.query('DELETE FROM order_line WHERE ol_w_id = 1 AND ol_d_id = 3 AND ol_o_id = 1 AND ol_number = 1');
    } finally {
      await c.end();
    }
    const checks = await consistency(server.config());
    expect(checks.map((x) => [x.condition, x.pass])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(checks[0]!.failures).toEqual([expect.stringContaining('warehouse 1: w_ytd')]);
    expect(checks[3]!.failures).toEqual([expect.stringContaining('district 1/3:')]);
  });
});
