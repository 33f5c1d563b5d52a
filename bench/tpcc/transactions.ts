/**
 * The five TPC-C transactions (clause 2.4–2.8) as an application sends them: BEGIN, one statement
 * per round trip with parameters, COMMIT. Inputs are drawn before the first attempt, so a retry
 * after a serialization failure or deadlock repeats the same business transaction.
 *
 * Where a row read is followed by an update of that row the read says FOR UPDATE, as PostgreSQL
 * applications do to avoid lost updates; new-order takes its stock rows in (warehouse, item) order
 * so that two orders never wait for each other's stock in a cycle.
 */
import type pg from 'pg';
import { Random } from './random.js';
import { DISTRICTS_PER_WAREHOUSE, ITEMS } from './schema.js';

export type TxType = 'new_order' | 'payment' | 'order_status' | 'delivery' | 'stock_level';
export const TX_TYPES: TxType[] = ['new_order', 'payment', 'order_status', 'delivery', 'stock_level'];

/** The standard mix (clause 5.2.3), cumulative percentages. */
const MIX: Array<[TxType, number]> = [
  ['new_order', 45],
  ['payment', 88],
  ['order_status', 92],
  ['delivery', 96],
  ['stock_level', 100],
];

/** 'rollback': the 1% of new-orders that name an unused item and roll back by design. */
export type Outcome = 'commit' | 'rollback';

/** A transaction with its inputs drawn; `run` may be called again after a retryable error. */
export interface Prepared {
  type: TxType;
  run(db: Db): Promise<Outcome>;
}

/** The data contradicts the workload (a row it must find is missing): not retried. */
export class WorkloadError extends Error {}

/** One connection, as the transactions use it. */
export class Db {
  constructor(readonly client: pg.Client) {}

  async rows<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.client.query(text, values)).rows as T[];
  }

  async one<T = Record<string, unknown>>(text: string, values: unknown[]): Promise<T> {
    const r = await this.rows<T>(text, values);
    if (!r.length) throw new WorkloadError(`no row for: ${text} ${JSON.stringify(values)}`);
    return r[0]!;
  }

  async count(text: string, values: unknown[]): Promise<number> {
    return (await this.client.query(text, values)).rowCount ?? 0;
  }
}

/** Money as integer cents: numeric arrives as text, and sums must not drift. */
function cents(v: unknown): number {
  return Math.round(Number(v) * 100);
}

function money(c: number): string {
  return (c / 100).toFixed(2);
}

export class Terminal {
  constructor(
    readonly rnd: Random,
    /** The terminal's home warehouse (clause 5.5.1.1). */
    readonly w: number,
    readonly warehouses: number,
  ) {}

  next(): Prepared {
    const x = this.rnd.int(1, 100);
    const type = MIX.find(([, upTo]) => x <= upTo)![0];
    switch (type) {
      case 'new_order':
        return this.newOrder();
      case 'payment':
        return this.payment();
      case 'order_status':
        return this.orderStatus();
      case 'delivery':
        return this.delivery();
      case 'stock_level':
        return this.stockLevel();
    }
  }

  private otherWarehouse(): number {
    const o = this.rnd.int(1, this.warehouses - 1);
    return o >= this.w ? o + 1 : o;
  }

  /** Clause 2.4. */
  newOrder(): Prepared {
    const { rnd, w } = this;
    const d = rnd.int(1, DISTRICTS_PER_WAREHOUSE);
    const c = rnd.customerId();
    const count = rnd.int(5, 15);
    const lines = Array.from({ length: count }, () => ({
      item: rnd.itemId(),
      supplyW: this.warehouses > 1 && rnd.int(1, 100) === 1 ? this.otherWarehouse() : w,
      quantity: rnd.int(1, 10),
    }));
    lines.sort((a, b) => a.supplyW - b.supplyW || a.item - b.item);
    // 1%: the last line names an item that does not exist, and the order is rolled back.
    if (rnd.int(1, 100) === 1) lines[lines.length - 1] = { ...lines[lines.length - 1]!, item: ITEMS + 1 };
    const allLocal = lines.every((l) => l.supplyW === w) ? 1 : 0;
    const distColumn = `s_dist_${String(d).padStart(2, '0')}`;
    return {
      type: 'new_order',
      async run(db) {
        await db.rows('BEGIN');
        await db.one('SELECT w_tax FROM warehouse WHERE w_id = $1', [w]);
        const dist = await db.one<{ d_next_o_id: number }>('SELECT d_tax, d_next_o_id FROM district WHERE d_w_id = $1 AND d_id = $2 FOR UPDATE', [w, d]);
        const o = dist.d_next_o_id;
        await db.count('UPDATE district SET d_next_o_id = d_next_o_id + 1 WHERE d_w_id = $1 AND d_id = $2', [w, d]);
        await db.one('SELECT c_discount, c_last, c_credit FROM customer WHERE c_w_id = $1 AND c_d_id = $2 AND c_id = $3', [w, d, c]);
        await db.count(
          'INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_carrier_id, o_ol_cnt, o_all_local) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP, NULL, $5, $6)',
          [o, d, w, c, lines.length, allLocal],
        );
        await db.count('INSERT INTO new_order (no_o_id, no_d_id, no_w_id) VALUES ($1, $2, $3)', [o, d, w]);
        for (let n = 0; n < lines.length; n++) {
          const line = lines[n]!;
          const item = await db.rows<{ i_price: string }>('SELECT i_price, i_name, i_data FROM item WHERE i_id = $1', [line.item]);
          if (!item.length) {
            await db.rows('ROLLBACK');
            return 'rollback';
          }
          const stock = await db.one<Record<string, unknown> & { s_quantity: number }>(
            `SELECT s_quantity, s_data, ${distColumn} FROM stock WHERE s_i_id = $1 AND s_w_id = $2 FOR UPDATE`,
            [line.item, line.supplyW],
          );
          const q = stock.s_quantity >= line.quantity + 10 ? stock.s_quantity - line.quantity : stock.s_quantity - line.quantity + 91;
          await db.count(
            'UPDATE stock SET s_quantity = $1, s_ytd = s_ytd + $2, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + $3 WHERE s_i_id = $4 AND s_w_id = $5',
            [q, line.quantity, line.supplyW === w ? 0 : 1, line.item, line.supplyW],
          );
          await db.count(
            `INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_delivery_d, ol_quantity, ol_amount, ol_dist_info)
             VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8, $9)`,
            [o, d, w, n + 1, line.item, line.supplyW, line.quantity, money(line.quantity * cents(item[0]!.i_price)), stock[distColumn]],
          );
        }
        await db.rows('COMMIT');
        return 'commit';
      },
    };
  }

  /** Clause 2.5: 60% by last name, 15% of payments for a customer of a remote warehouse. */
  payment(): Prepared {
    const { rnd, w } = this;
    const d = rnd.int(1, DISTRICTS_PER_WAREHOUSE);
    const local = this.warehouses === 1 || rnd.int(1, 100) <= 85;
    const cw = local ? w : this.otherWarehouse();
    const cd = local ? d : rnd.int(1, DISTRICTS_PER_WAREHOUSE);
    const customer = rnd.int(1, 100) <= 60 ? { last: rnd.lastName() } : { id: rnd.customerId() };
    const amount = rnd.int(100, 500_000);
    return {
      type: 'payment',
      async run(db) {
        await db.rows('BEGIN');
        await db.count('UPDATE warehouse SET w_ytd = w_ytd + $1 WHERE w_id = $2', [money(amount), w]);
        const wh = await db.one<{ w_name: string }>('SELECT w_name, w_street_1, w_street_2, w_city, w_state, w_zip FROM warehouse WHERE w_id = $1', [w]);
        await db.count('UPDATE district SET d_ytd = d_ytd + $1 WHERE d_w_id = $2 AND d_id = $3', [money(amount), w, d]);
        const di = await db.one<{ d_name: string }>('SELECT d_name, d_street_1, d_street_2, d_city, d_state, d_zip FROM district WHERE d_w_id = $1 AND d_id = $2', [w, d]);
        const c = customer.id ?? (await customerByName(db, cw, cd, customer.last!));
        const cust = await db.one<{ c_credit: string }>(
          `SELECT c_first, c_middle, c_last, c_street_1, c_street_2, c_city, c_state, c_zip, c_phone, c_since, c_credit, c_credit_lim, c_discount, c_balance
           FROM customer WHERE c_w_id = $1 AND c_d_id = $2 AND c_id = $3 FOR UPDATE`,
          [cw, cd, c],
        );
        if (cust.c_credit === 'BC') {
          await db.count(
            `UPDATE customer SET c_balance = c_balance - $1, c_ytd_payment = c_ytd_payment + $1, c_payment_cnt = c_payment_cnt + 1,
             c_data = substr($2 || c_data, 1, 500) WHERE c_w_id = $3 AND c_d_id = $4 AND c_id = $5`,
            [money(amount), `${c} ${cd} ${cw} ${d} ${w} ${money(amount)} | `, cw, cd, c],
          );
        } else {
          await db.count(
            'UPDATE customer SET c_balance = c_balance - $1, c_ytd_payment = c_ytd_payment + $1, c_payment_cnt = c_payment_cnt + 1 WHERE c_w_id = $2 AND c_d_id = $3 AND c_id = $4',
            [money(amount), cw, cd, c],
          );
        }
        await db.count(
          'INSERT INTO history (h_c_id, h_c_d_id, h_c_w_id, h_d_id, h_w_id, h_date, h_amount, h_data) VALUES ($1, $2, $3, $4, $5, CURRENT_TIMESTAMP, $6, $7)',
          [c, cd, cw, d, w, money(amount), `${wh.w_name}    ${di.d_name}`],
        );
        await db.rows('COMMIT');
        return 'commit';
      },
    };
  }

  /** Clause 2.6: read-only, 60% by last name. */
  orderStatus(): Prepared {
    const { rnd, w } = this;
    const d = rnd.int(1, DISTRICTS_PER_WAREHOUSE);
    const customer = rnd.int(1, 100) <= 60 ? { last: rnd.lastName() } : { id: rnd.customerId() };
    return {
      type: 'order_status',
      async run(db) {
        await db.rows('BEGIN');
        const c = customer.id ?? (await customerByName(db, w, d, customer.last!));
        await db.one('SELECT c_balance, c_first, c_middle, c_last FROM customer WHERE c_w_id = $1 AND c_d_id = $2 AND c_id = $3', [w, d, c]);
        const order = await db.one<{ o_id: number }>(
          'SELECT o_id, o_entry_d, o_carrier_id FROM orders WHERE o_w_id = $1 AND o_d_id = $2 AND o_c_id = $3 ORDER BY o_id DESC LIMIT 1',
          [w, d, c],
        );
        await db.rows('SELECT ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_delivery_d FROM order_line WHERE ol_w_id = $1 AND ol_d_id = $2 AND ol_o_id = $3', [w, d, order.o_id]);
        await db.rows('COMMIT');
        return 'commit';
      },
    };
  }

  /** Clause 2.7, in one transaction for all ten districts; a district with nothing to deliver is skipped. */
  delivery(): Prepared {
    const { rnd, w } = this;
    const carrier = rnd.int(1, 10);
    return {
      type: 'delivery',
      async run(db) {
        await db.rows('BEGIN');
        for (let d = 1; d <= DISTRICTS_PER_WAREHOUSE; d++) {
          const oldest = await db.rows<{ no_o_id: number }>('SELECT no_o_id FROM new_order WHERE no_w_id = $1 AND no_d_id = $2 ORDER BY no_o_id LIMIT 1 FOR UPDATE', [w, d]);
          if (!oldest.length) continue;
          const o = oldest[0]!.no_o_id;
          // Another delivery may have taken this order since the read; then skip the district.
          if (!(await db.count('DELETE FROM new_order WHERE no_w_id = $1 AND no_d_id = $2 AND no_o_id = $3', [w, d, o]))) continue;
          const order = await db.one<{ o_c_id: number }>('SELECT o_c_id FROM orders WHERE o_w_id = $1 AND o_d_id = $2 AND o_id = $3', [w, d, o]);
          await db.count('UPDATE orders SET o_carrier_id = $1 WHERE o_w_id = $2 AND o_d_id = $3 AND o_id = $4', [carrier, w, d, o]);
          await db.count('UPDATE order_line SET ol_delivery_d = CURRENT_TIMESTAMP WHERE ol_w_id = $1 AND ol_d_id = $2 AND ol_o_id = $3', [w, d, o]);
          const total = await db.one<{ total: string }>('SELECT sum(ol_amount) AS total FROM order_line WHERE ol_w_id = $1 AND ol_d_id = $2 AND ol_o_id = $3', [w, d, o]);
          await db.count('UPDATE customer SET c_balance = c_balance + $1, c_delivery_cnt = c_delivery_cnt + 1 WHERE c_w_id = $2 AND c_d_id = $3 AND c_id = $4', [
            money(cents(total.total)),
            w,
            d,
            order.o_c_id,
          ]);
        }
        await db.rows('COMMIT');
        return 'commit';
      },
    };
  }

  /** Clause 2.8: distinct items of the district's last 20 orders whose stock is under a threshold. */
  stockLevel(): Prepared {
    const { rnd, w } = this;
    const d = rnd.int(1, DISTRICTS_PER_WAREHOUSE);
    const threshold = rnd.int(10, 20);
    return {
      type: 'stock_level',
      async run(db) {
        await db.rows('BEGIN');
        const { d_next_o_id: next } = await db.one<{ d_next_o_id: number }>('SELECT d_next_o_id FROM district WHERE d_w_id = $1 AND d_id = $2', [w, d]);
        await db.one(
          `SELECT count(DISTINCT s_i_id) AS low_stock FROM order_line, stock
           WHERE ol_w_id = $1 AND ol_d_id = $2 AND ol_o_id < $3 AND ol_o_id >= $4 AND s_w_id = $1 AND s_i_id = ol_i_id AND s_quantity < $5`,
          [w, d, next, next - 20, threshold],
        );
        await db.rows('COMMIT');
        return 'commit';
      },
    };
  }
}

/** Clause 2.5.2.2: of the customers with that last name, sorted by first name, the one at position ceil(n/2). */
async function customerByName(db: Db, w: number, d: number, last: string): Promise<number> {
  const found = await db.rows<{ c_id: number }>('SELECT c_id FROM customer WHERE c_w_id = $1 AND c_d_id = $2 AND c_last = $3 ORDER BY c_first', [w, d, last]);
  if (!found.length) throw new WorkloadError(`no customer named ${last} in district ${w}/${d}`);
  return found[Math.ceil(found.length / 2) - 1]!.c_id;
}
