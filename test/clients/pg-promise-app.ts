/**
 * pg-promise 12 (over node-postgres): its query formatting (named parameters, :name and :csv
 * filters, SQL names), the helpers (multi-row insert and update from a ColumnSet), result-specific
 * methods (one, oneOrNone, many, any, none, result), tasks and transactions with savepoints
 * (a nested tx rolled back, the outer one committed), a QueryResultError, a unique violation,
 * a stream-free batch and a prepared statement. Prints what it sees.
 */
import pgPromise from 'pg-promise';
import type pg from 'pg';

export async function pgPromiseProgram(config: pg.ClientConfig): Promise<string[]> {
  const out: string[] = [];
  const pgp = pgPromise({ capSQL: true });
  const db = pgp({ host: String(config.host), port: Number(config.port), user: String(config.user), database: String(config.database), max: 2 });
  try {
    await db.none('DROP TABLE IF EXISTS $1:name, $2:name', ['pp_lines', 'pp_orders']);
    await db.none(`CREATE TABLE pp_orders (id serial PRIMARY KEY, customer text NOT NULL, status text NOT NULL DEFAULT 'new', total numeric(10,2) NOT NULL DEFAULT 0, placed date NOT NULL, UNIQUE (customer, placed))`);
    await db.none('CREATE TABLE pp_lines (order_id int REFERENCES pp_orders ON DELETE CASCADE, sku text, qty int, price numeric(8,2), PRIMARY KEY (order_id, sku))');

    const orders = new pgp.helpers.ColumnSet(['customer', 'placed', { name: 'total', def: 0 }], { table: 'pp_orders' });
    const inserted = await db.many(pgp.helpers.insert([{ customer: 'ann', placed: '2024-03-01', total: 0 }, { customer: 'bob', placed: '2024-03-02', total: 0 }, { customer: "o'hara", placed: '2024-03-02', total: 0 }], orders) + ' RETURNING id, customer');
    out.push(`helpers.insert ${JSON.stringify(inserted.map((o) => o.customer))}`);
    const ids = Object.fromEntries(inserted.map((o) => [o.customer, o.id as number]));
    const lines = [
      { order_id: ids.ann, sku: 'a-1', qty: 2, price: '3.50' },
      { order_id: ids.ann, sku: 'b-2', qty: 1, price: '10.00' },
      { order_id: ids["o'hara"], sku: 'a-1', qty: 5, price: '3.25' },
    ];
    await db.none(pgp.helpers.insert(lines, ['order_id', 'sku', 'qty', 'price'], 'pp_lines'));
    const totals = await db.any('UPDATE pp_orders o SET total = s.t FROM (SELECT order_id, sum(qty * price) AS t FROM pp_lines GROUP BY order_id) s WHERE s.order_id = o.id RETURNING o.customer, o.total');
    out.push(`update from ${JSON.stringify(totals.sort((a, b) => a.customer.localeCompare(b.customer)))}`);
    const update = pgp.helpers.update(
      [
        { id: ids.ann, status: 'paid' },
        { id: ids.bob, status: 'cancelled' },
      ],
      ['?id', 'status'],
      'pp_orders',
    );
    out.push(`helpers.update ${(await db.result(`${update} WHERE v.id = t.id`)).rowCount}`);

    const one = await db.one('SELECT customer, total, placed FROM pp_orders WHERE customer = ${name} AND status = ${status}', { name: 'ann', status: 'paid' });
    out.push(`one ${one.customer} ${one.total} ${one.placed.toISOString()}`);
    out.push(`oneOrNone ${JSON.stringify(await db.oneOrNone('SELECT id FROM pp_orders WHERE customer = $1', ['nobody']))}`);
    const csv = await db.any('SELECT customer FROM pp_orders WHERE id IN ($1:csv) ORDER BY customer', [[ids.bob, ids["o'hara"]]]);
    out.push(`csv ${csv.map((r) => r.customer).join(',')}`);
    const like = await db.any("SELECT customer FROM pp_orders WHERE customer LIKE '%$1:value%' ORDER BY 1", ["'h"]);
    out.push(`value filter ${like.map((r) => r.customer).join(',')}`);
    const named = await db.any('SELECT $<col:name> AS c, count(*)::int AS n FROM $<table:name> GROUP BY 1 ORDER BY 1', { col: 'status', table: 'pp_orders' });
    out.push(`sql names ${JSON.stringify(named)}`);
    const json = await db.one('SELECT $1:json::jsonb -> $2 AS v, $3::int[] AS arr', [{ a: { b: [1, 2] } }, 'a', [1, 2, 3]]);
    out.push(`json ${JSON.stringify(json)}`);
    const err = await db.one('SELECT 1 FROM pp_orders WHERE false').catch((e: { name: string; code: number; message: string }) => `${e.name} ${e.code} ${e.message}`);
    out.push(`one of none: ${err}`);

    const summary = await db.task('summary', async (t) => {
      const count = await t.one('SELECT count(*)::int AS n FROM pp_orders', [], (r: { n: number }) => r.n);
      const best = await t.oneOrNone('SELECT customer FROM pp_orders ORDER BY total DESC LIMIT 1');
      return `${count} orders, best ${best?.customer}`;
    });
    out.push(`task ${summary}`);
    const txResult = await db.tx('checkout', async (t) => {
      await t.none('UPDATE pp_orders SET status = $1 WHERE id = $2', ['shipped', ids.ann]);
      const inner = await t
        .tx(async (t2) => {
          await t2.none('DELETE FROM pp_lines');
          throw new Error('inner rolled back');
        })
        .catch((e: Error) => e.message);
      const batch = await t.batch([t.one('SELECT count(*)::int AS n FROM pp_lines'), t.one('SELECT status FROM pp_orders WHERE id = $1', [ids.ann])]);
      return `${inner}; lines ${batch[0].n}, status ${batch[1].status}`;
    });
    out.push(`tx ${txResult}`);
    const prepared = { name: 'by-customer', text: 'SELECT status FROM pp_orders WHERE customer = $1', values: ['bob'] };
    out.push(`prepared ${(await db.one(prepared)).status} ${(await db.one({ ...prepared, values: ["o'hara"] })).status}`);
    const violation = await db.none('INSERT INTO pp_orders (customer, placed) VALUES ($1, $2)', ['ann', '2024-03-01']).then(
      () => 'none',
      (e: pg.DatabaseError) => `${e.code} ${e.constraint} ${e.detail}`,
    );
    out.push(`unique ${violation}`);
    await db.none('DROP TABLE pp_lines, pp_orders');
  } finally {
    // Not pgp.end(): it ends every pool of the process, the other server's program's too.
    await db.$pool.end();
  }
  return out;
}
