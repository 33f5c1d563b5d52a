/**
 * Simple-protocol statements that inline their constants share one translation per shape, the
 * constants bound as parameters: results, types, ordering and errors must be those of each text.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

describe('simple protocol with inlined constants', () => {
  let server: TestServer;
  let c: pg.Client;

  beforeAll(async () => {
    server = await startServer(['--replicas', '1']);
    c = await server.client();
    await c.query('CREATE TABLE acct (id int PRIMARY KEY, name text, balance int, opened date)');
  });

  afterAll(async () => {
    await c?.end();
    await server.stop();
  });

  it('writes and reads each statement with its own constants', async () => {
    for (let i = 1; i <= 30; i++) {
      await c.query(`INSERT INTO acct (id, name, balance, opened) VALUES (${i}, 'o''${i}', ${-i * 10}, '2024-01-${String(i).padStart(2, '0')}')`);
    }
    for (let i = 1; i <= 30; i++) {
      await c.query(`UPDATE acct SET balance = balance + -${i} WHERE id = ${i}`);
      const r = await c.query(`SELECT name, balance, opened::text AS opened FROM acct WHERE id = ${i}`);
      expect(r.rows).toEqual([{ name: `o'${i}`, balance: -i * 11, opened: `2024-01-${String(i).padStart(2, '0')}` }]);
    }
    expect((await c.query("SELECT count(*)::int AS n FROM acct WHERE opened >= '2024-01-21' AND name LIKE 'o''2%'")).rows).toEqual([{ n: 9 }]);
    expect((await c.query("SELECT count(*)::int AS n FROM acct WHERE opened >= '2024-01-15' AND name LIKE 'o''1%'")).rows).toEqual([{ n: 5 }]);
  });

  it('types each constant by its own size', async () => {
    const small = await c.query('SELECT balance + 5 AS v FROM acct WHERE id = 1');
    const big = await c.query('SELECT balance + 3000000000 AS v FROM acct WHERE id = 1');
    expect(small.fields[0]!.dataTypeID).toBe(23);
    expect(big.fields[0]!.dataTypeID).toBe(20);
    expect(big.rows[0].v).toBe('2999999989');
  });

  it('keeps ORDER BY positions positions', async () => {
    const byName = await c.query('SELECT name, balance FROM acct WHERE id <= 3 ORDER BY 1');
    const byBalance = await c.query('SELECT name, balance FROM acct WHERE id <= 3 ORDER BY 2');
    expect(byName.rows.map((r) => r.name)).toEqual(["o'1", "o'2", "o'3"]);
    expect(byBalance.rows.map((r) => r.name)).toEqual(["o'3", "o'2", "o'1"]);
  });

  it('raises the error of a constant that does not fit its shape, and goes on', async () => {
    let code: string | undefined;
    try {
      await c.query("SELECT id FROM acct WHERE opened = '2024-13-45'");
    } catch (err) {
      code = (err as { code: string }).code;
    }
    expect(code).toBe('22008');
    expect((await c.query("SELECT id FROM acct WHERE opened = '2024-01-05'")).rows).toEqual([{ id: 5 }]);
  });

  it('checks typed columns and LIMIT counts of each statement of a shape when it runs', async () => {
    await c.query('CREATE TABLE tag (id int PRIMARY KEY, label varchar(3), price numeric(6,2))');
    await c.query("INSERT INTO tag (id, label, price) VALUES (1, 'abc', '2.345')");
    const failing = ["INSERT INTO tag (id, label, price) VALUES (2, 'abcd', '1')", "INSERT INTO tag (id, label, price) VALUES (3, 'x', '123456')"];
    const codes = [];
    for (const q of failing) codes.push(await c.query(q).then(() => 'ok', (err: { code: string }) => err.code));
    expect(codes).toEqual(['22001', '22003']);
    await c.query("UPDATE tag SET label = 'ab ', price = '7' WHERE id = 1");
    expect((await c.query('SELECT label, price::text AS price FROM tag')).rows).toEqual([{ label: 'ab ', price: '7.00' }]);
    // Decimals: rounded where stored, exact where compared, printed with their own scale (as PostgreSQL 15 answers).
    await c.query('UPDATE tag SET price = price + 0.005 WHERE id = 1');
    await c.query('UPDATE tag SET price = price + 0.000 WHERE id = 1');
    const d = await c.query('SELECT price::text AS price, (price * 1.50)::text AS p, (price * 2.5)::text AS q, price > 7.001 AS g, price > 7.01 AS h FROM tag');
    expect(d.rows).toEqual([{ price: '7.01', p: '10.5150', q: '17.525', g: true, h: false }]);
    expect((await c.query("SELECT id FROM acct WHERE name LIKE 'o%' ORDER BY id LIMIT 2 OFFSET 3")).rows).toEqual([{ id: 4 }, { id: 5 }]);
    expect((await c.query("SELECT id FROM acct WHERE name LIKE 'o%' ORDER BY id LIMIT 1 OFFSET 0")).rows).toEqual([{ id: 1 }]);
    const negative = await c.query("SELECT id FROM acct WHERE name LIKE 'o%' ORDER BY id LIMIT 1 OFFSET -1").then(() => 'ok', (err: { code: string }) => err.code);
    expect(negative).toBe('2201X');
  });

  it('answers the status tables with a constant in the query', async () => {
    const r = await c.query("SELECT name FROM evsql_stats WHERE name = 'batches'");
    expect(r.rows).toEqual([{ name: 'batches' }]);
  });
});
