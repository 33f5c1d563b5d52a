/**
 * Creates the TPC-C tables and fills them (clause 4.3.3.1) through ordinary multi-row INSERTs with
 * parameters, so the same loader works against evsql and PostgreSQL. One connection loads the
 * items and one per warehouse loads the rest, in parallel.
 */
import pg from 'pg';
import { Random } from './random.js';
import {
  CUSTOMERS_PER_DISTRICT,
  DDL,
  DISTRICTS_PER_WAREHOUSE,
  FIRST_UNDELIVERED_ORDER,
  INDEXES,
  ITEMS,
  ORDERS_PER_DISTRICT,
  TABLES,
} from './schema.js';

/** Rows per INSERT: under the mixer's 256 row keys per table, and few enough parameters for any server. */
const ROWS_PER_INSERT = 200;
const LOAD_SEED = 20_240_101;

type Row = Array<string | number | null>;

export async function createSchema(client: pg.Client): Promise<void> {
  for (const t of TABLES) await client.query(`DROP TABLE IF EXISTS ${t}`);
  for (const ddl of DDL) await client.query(ddl);
}

export async function loadData(config: pg.ClientConfig, warehouses: number): Promise<void> {
  const jobs = [loadWith(config, (c) => loadItems(c)), ...Array.from({ length: warehouses }, (_, i) => loadWith(config, (c) => loadWarehouse(c, i + 1)))];
  await Promise.all(jobs);
  const client = new pg.Client(config);
  await client.connect();
  try {
    for (const ddl of INDEXES) await client.query(ddl);
  } finally {
    await client.end();
  }
}

async function loadWith(config: pg.ClientConfig, body: (c: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await body(client);
  } finally {
    await client.end();
  }
}

/** Buffers rows of one table and sends them ROWS_PER_INSERT at a time. */
class Inserter {
  private rows: Row[] = [];
  private readonly texts = new Map<number, string>();

  constructor(
    private readonly client: pg.Client,
    private readonly table: string,
    private readonly columns: string[],
  ) {}

  async add(row: Row): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= ROWS_PER_INSERT) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.rows.length) return;
    const rows = this.rows;
    this.rows = [];
    await this.client.query(this.text(rows.length), rows.flat());
  }

  /** One statement text per row count, so a server that caches translations by text parses it once. */
  private text(n: number): string {
    let t = this.texts.get(n);
    if (!t) {
      const width = this.columns.length;
      const tuples = Array.from({ length: n }, (_, r) => `(${this.columns.map((_, c) => `$${r * width + c + 1}`).join(', ')})`);
      t = `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${tuples.join(', ')}`;
      this.texts.set(n, t);
    }
    return t;
  }
}

function now(): string {
  return new Date().toISOString().replace('T', ' ').replace('Z', '');
}

async function loadItems(client: pg.Client): Promise<void> {
  const rnd = new Random(LOAD_SEED);
  const ins = new Inserter(client, 'item', ['i_id', 'i_im_id', 'i_name', 'i_price', 'i_data']);
  for (let i = 1; i <= ITEMS; i++) await ins.add([i, rnd.int(1, 10_000), rnd.alnum(14, 24), rnd.fixed(1, 100, 2), rnd.data(26, 50)]);
  await ins.flush();
}

async function loadWarehouse(client: pg.Client, w: number): Promise<void> {
  const rnd = new Random(LOAD_SEED + w);
  const address = () => [rnd.alnum(10, 20), rnd.alnum(10, 20), rnd.alnum(10, 20), rnd.alnum(2, 2).toUpperCase(), rnd.zip()];
  await client.query('INSERT INTO warehouse VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [w, rnd.alnum(6, 10), ...address(), rnd.fixed(0, 0.2, 4), (DISTRICTS_PER_WAREHOUSE * 30_000).toFixed(2)]);

  const stock = new Inserter(client, 'stock', [
    's_i_id', 's_w_id', 's_quantity',
    's_dist_01', 's_dist_02', 's_dist_03', 's_dist_04', 's_dist_05', 's_dist_06', 's_dist_07', 's_dist_08', 's_dist_09', 's_dist_10',
    's_ytd', 's_order_cnt', 's_remote_cnt', 's_data',
  ]);
  for (let i = 1; i <= ITEMS; i++) {
    await stock.add([i, w, rnd.int(10, 100), ...Array.from({ length: 10 }, () => rnd.alnum(24, 24)), 0, 0, 0, rnd.data(26, 50)]);
  }
  await stock.flush();

  const district = new Inserter(client, 'district', ['d_id', 'd_w_id', 'd_name', 'd_street_1', 'd_street_2', 'd_city', 'd_state', 'd_zip', 'd_tax', 'd_ytd', 'd_next_o_id']);
  const customer = new Inserter(client, 'customer', [
    'c_id', 'c_d_id', 'c_w_id', 'c_first', 'c_middle', 'c_last', 'c_street_1', 'c_street_2', 'c_city', 'c_state', 'c_zip', 'c_phone',
    'c_since', 'c_credit', 'c_credit_lim', 'c_discount', 'c_balance', 'c_ytd_payment', 'c_payment_cnt', 'c_delivery_cnt', 'c_data',
  ]);
  const history = new Inserter(client, 'history', ['h_c_id', 'h_c_d_id', 'h_c_w_id', 'h_d_id', 'h_w_id', 'h_date', 'h_amount', 'h_data']);
  const orders = new Inserter(client, 'orders', ['o_id', 'o_d_id', 'o_w_id', 'o_c_id', 'o_entry_d', 'o_carrier_id', 'o_ol_cnt', 'o_all_local']);
  const newOrder = new Inserter(client, 'new_order', ['no_o_id', 'no_d_id', 'no_w_id']);
  const orderLine = new Inserter(client, 'order_line', [
    'ol_o_id', 'ol_d_id', 'ol_w_id', 'ol_number', 'ol_i_id', 'ol_supply_w_id', 'ol_delivery_d', 'ol_quantity', 'ol_amount', 'ol_dist_info',
  ]);
  const since = now();
  for (let d = 1; d <= DISTRICTS_PER_WAREHOUSE; d++) {
    await district.add([d, w, rnd.alnum(6, 10), ...address(), rnd.fixed(0, 0.2, 4), '30000.00', ORDERS_PER_DISTRICT + 1]);
    for (let c = 1; c <= CUSTOMERS_PER_DISTRICT; c++) {
      await customer.add([
        c, d, w, rnd.alnum(8, 16), 'OE', rnd.loadLastName(c), ...address(), rnd.digits(16),
        since, rnd.next() < 0.1 ? 'BC' : 'GC', '50000.00', rnd.fixed(0, 0.5, 4), '-10.00', '10.00', 1, 0, rnd.alnum(300, 500),
      ]);
      await history.add([c, d, w, d, w, since, '10.00', rnd.alnum(12, 24)]);
    }
    // Each customer places exactly one of the initial orders: a random permutation of customer ids.
    const customers = Array.from({ length: ORDERS_PER_DISTRICT }, (_, i) => i + 1);
    for (let i = customers.length - 1; i > 0; i--) {
      const j = rnd.int(0, i);
      [customers[i], customers[j]] = [customers[j]!, customers[i]!];
    }
    for (let o = 1; o <= ORDERS_PER_DISTRICT; o++) {
      const delivered = o < FIRST_UNDELIVERED_ORDER;
      const lines = rnd.int(5, 15);
      await orders.add([o, d, w, customers[o - 1]!, since, delivered ? rnd.int(1, 10) : null, lines, 1]);
      if (!delivered) await newOrder.add([o, d, w]);
      for (let n = 1; n <= lines; n++) {
        await orderLine.add([o, d, w, n, rnd.int(1, ITEMS), w, delivered ? since : null, 5, delivered ? '0.00' : rnd.fixed(0.01, 9999.99, 2), rnd.alnum(24, 24)]);
      }
    }
  }
  for (const ins of [district, customer, history, orders, newOrder, orderLine]) await ins.flush();
}
