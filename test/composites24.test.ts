/**
 * Composite types (CREATE TYPE … AS (…)) from the twenty-fourth session's sweep
 * (test/corpus/43-composite24.sql), on a real server through the `pg` driver; each expected value
 * is PostgreSQL 15's answer: the record text of a column and a field of it through the extended
 * protocol, the type's own OID in RowDescription, field assignment, ALTER TYPE's rewrite of stored
 * values, and DROP TYPE's dependency check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string, values?: unknown[]) => c.query(sql, values).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query('CREATE TYPE c24_money AS (amount int8, currency char(3))');
  await c.query('CREATE TABLE c24_orders (id int PRIMARY KEY, total c24_money)');
});

describe('composite columns', () => {
  it('stores rows and literals as record_out prints them, and reads a field back by its type', async () => {
    await c.query("INSERT INTO c24_orders VALUES (1, row(1999, 'EU')), (2, '(5,\"U D\")'::text::c24_money)");
    await c.query('INSERT INTO c24_orders VALUES ($1, $2)', [3, '( 7 ,GBP)']);
    expect(await rows('SELECT id, total::text AS total, (total).amount, (total).currency FROM c24_orders ORDER BY id')).toEqual([
      [1, '(1999,"EU ")', '1999', 'EU '],
      [2, '(5,"U D")', '5', 'U D'],
      [3, '(7,GBP)', '7', 'GBP'],
    ]);
  });

  it('names the type by its own OID in RowDescription, and refuses a value its attribute cannot hold', async () => {
    const r = await c.query({ text: 'SELECT total FROM c24_orders WHERE id = $1', values: [1] });
    const oid = (await c.query("SELECT oid::int AS oid FROM pg_type WHERE typname = 'c24_money'")).rows[0].oid;
    expect(r.fields[0]!.dataTypeID).toBe(oid);
    expect(oid).toBeGreaterThanOrEqual(16384);
    expect(await code("INSERT INTO c24_orders VALUES (4, row(1, 'EURO'))")).toBe('22001');
    expect(await code('SELECT id FROM c24_orders WHERE total = $1', ['(7,GBP)'])).toBe('0A000');
  });

  it('assigns one field, adds and drops attributes in the stored values, and keeps DROP TYPE from a used type', async () => {
    await c.query('UPDATE c24_orders SET total.amount = (total).amount + 1 WHERE id = 3');
    await c.query('ALTER TYPE c24_money ADD ATTRIBUTE note text');
    await c.query('ALTER TYPE c24_money DROP ATTRIBUTE currency');
    expect(await rows('SELECT total::text AS t FROM c24_orders WHERE id = 3')).toEqual([['(8,)']]);
    expect(await code('DROP TYPE c24_money')).toBe('2BP01');
    await c.query('DROP TABLE c24_orders');
    await c.query('DROP TYPE c24_money');
  });
});
