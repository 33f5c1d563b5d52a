/**
 * TPC-C consistency conditions 1–4 (clause 3.3.2), checked after a run with plain grouped queries
 * compared here, so the check needs nothing beyond GROUP BY from the server under test.
 */
import type pg from 'pg';

export interface CheckResult {
  condition: number;
  description: string;
  pass: boolean;
  /** The first few violations, for the report. */
  failures: string[];
}

type Key = string;

async function byKey(client: pg.Client, sql: string): Promise<Map<Key, number[]>> {
  const r = await client.query({ text: sql, rowMode: 'array' });
  const m = new Map<Key, number[]>();
  for (const row of r.rows as unknown[][]) {
    const [w, d, ...rest] = row;
    m.set(`${w}/${d}`, rest.map((v) => (v === null ? NaN : Number(v))));
  }
  return m;
}

export async function checkConsistency(client: pg.Client): Promise<CheckResult[]> {
  const cents = (x: number) => Math.round(x * 100);
  const results: CheckResult[] = [];
  const add = (condition: number, description: string, failures: string[]) => results.push({ condition, description, pass: failures.length === 0, failures: failures.slice(0, 5) });

  const warehouses = await byKey(client, 'SELECT w_id, 0, w_ytd FROM warehouse');
  const districtYtd = await byKey(client, 'SELECT d_w_id, 0, sum(d_ytd) FROM district GROUP BY d_w_id');
  const c1: string[] = [];
  for (const [k, [ytd]] of warehouses) {
    const sum = districtYtd.get(k)?.[0];
    if (sum === undefined || cents(ytd!) !== cents(sum)) c1.push(`warehouse ${k.split('/')[0]}: w_ytd ${ytd} <> sum(d_ytd) ${sum}`);
  }
  add(1, 'W_YTD = sum(D_YTD)', c1);

  const districts = await byKey(client, 'SELECT d_w_id, d_id, d_next_o_id FROM district');
  const orders = await byKey(client, 'SELECT o_w_id, o_d_id, max(o_id), sum(o_ol_cnt) FROM orders GROUP BY o_w_id, o_d_id');
  const newOrders = await byKey(client, 'SELECT no_w_id, no_d_id, max(no_o_id), min(no_o_id), count(*) FROM new_order GROUP BY no_w_id, no_d_id');
  const lines = await byKey(client, 'SELECT ol_w_id, ol_d_id, count(*) FROM order_line GROUP BY ol_w_id, ol_d_id');
  const c2: string[] = [];
  const c3: string[] = [];
  const c4: string[] = [];
  for (const [k, [next]] of districts) {
    const [maxO, olCnt] = orders.get(k) ?? [NaN, NaN];
    const no = newOrders.get(k);
    // A district whose new orders were all delivered has no max(NO_O_ID); the condition then reads on orders alone.
    if (next! - 1 !== maxO || (no && no[0] !== maxO)) c2.push(`district ${k}: d_next_o_id-1 ${next! - 1}, max(o_id) ${maxO}, max(no_o_id) ${no?.[0] ?? 'none'}`);
    if (no && no[0]! - no[1]! + 1 !== no[2]) c3.push(`district ${k}: max(no_o_id)-min(no_o_id)+1 = ${no[0]! - no[1]! + 1}, count ${no[2]}`);
    const lineCount = lines.get(k)?.[0];
    if (olCnt !== lineCount) c4.push(`district ${k}: sum(o_ol_cnt) ${olCnt} <> count(order_line) ${lineCount}`);
  }
  add(2, 'D_NEXT_O_ID - 1 = max(O_ID) = max(NO_O_ID)', c2);
  add(3, 'max(NO_O_ID) - min(NO_O_ID) + 1 = count(NEW_ORDER)', c3);
  add(4, 'sum(O_OL_CNT) = count(ORDER_LINE)', c4);
  return results;
}
