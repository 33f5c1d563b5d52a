/**
 * Composite types from the twenty-fifth session's sweep (test/corpus/44-composite25.sql), on a
 * real server through the `pg` driver; each expected value is PostgreSQL 15's answer: attributes
 * of numeric(p,s), floats, timestamp, uuid, jsonb and enum types in record_out's text (through the
 * extended protocol too), `(v).*`, record_cmp's order and IN, and DROP TYPE … CASCADE.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string, values?: unknown[]) => c.query(sql, values).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query("CREATE TYPE c25_mood AS ENUM ('sad', 'ok', 'happy')");
  await c.query('CREATE TYPE c25_price AS (amount numeric(10,2), currency char(3))');
  await c.query('CREATE TYPE c25_event AS (at timestamp, id uuid, payload jsonb, x float8, mood c25_mood)');
  await c.query('CREATE TABLE c25_items (id int PRIMARY KEY, price c25_price, ev c25_event)');
});

describe('composite attributes of other types', () => {
  it('prints numeric(p,s), timestamp, uuid, jsonb, float and enum fields as record_out does', async () => {
    await c.query("INSERT INTO c25_items VALUES (1, row(19.9, 'EUR'), row('2024-03-01 12:30', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '{\"k\": [1, 2], \"a\": null}', 0.1 + 0.2, 'happy'))");
    await c.query('INSERT INTO c25_items VALUES ($1, $2, $3)', [2, '(7.5,JPY)', '(,,true,-0,sad)']);
    expect(await rows('SELECT id, price::text AS p, ev::text AS e, (price).amount * 2 AS twice, (ev).mood FROM c25_items ORDER BY id')).toEqual([
      [1, '(19.90,EUR)', '("2024-03-01 12:30:00",a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,"{""a"": null, ""k"": [1, 2]}",0.3,happy)', '39.80', 'happy'],
      [2, '(7.50,JPY)', '(,,true,-0,sad)', '15.00', 'sad'],
    ]);
    expect(await code('INSERT INTO c25_items VALUES ($1, NULL, $2)', [3, '(,,,,angry)'])).toBe('22P02');
    expect(await code("INSERT INTO c25_items VALUES (3, '(abc,EUR)')")).toBe('22P02');
  });

  it('spreads (v).* into the fields, named after the attributes', async () => {
    const r = await c.query('SELECT (price).*, id FROM c25_items WHERE id = $1', [2]);
    expect(r.fields.map((f) => f.name)).toEqual(['amount', 'currency', 'id']);
    expect(r.rows).toEqual([{ amount: '7.50', currency: 'JPY', id: 2 }]);
    // A subquery's columns keep the attributes' types, numeric(10,2)'s scale with them.
    expect(await rows('WITH w AS (SELECT (price).* FROM c25_items) SELECT amount, sum(amount) OVER () AS total FROM (SELECT * FROM w) s ORDER BY amount')).toEqual([
      ['7.50', '27.40'],
      ['19.90', '27.40'],
    ]);
  });

  it('orders composite values field by field, a NULL field after any value, and reads IN as equalities', async () => {
    expect(await rows("SELECT row(1, 'b')::c25_price < row(1, 'c')::c25_price AS a, row(NULL, 'a')::c25_price > row(5, 'a')::c25_price AS b, NULL::c25_price < row(1, 'a')::c25_price AS c")).toEqual([[true, true, null]]);
    expect(await rows("SELECT id FROM c25_items WHERE price IN ('(7.5,JPY)'::c25_price, row(1, 'X')::c25_price)")).toEqual([[2]]);
    expect(await rows("SELECT id FROM c25_items WHERE price >= row(10, 'AAA')::c25_price")).toEqual([[1]]);
    expect(await code('SELECT max(price) FROM c25_items')).toBe('42883');
    // -0 and 0 are one float8, though record_out prints them apart.
    expect(await rows("SELECT id FROM c25_items WHERE ev = '(,,true,0,sad)'::c25_event AND ev IN ('(,,true,0,sad)', '(,,,,)')")).toEqual([[2]]);
  });

  it('keeps an enum a composite type uses from DROP TYPE, and DROP TYPE … CASCADE drops the columns of the type', async () => {
    expect(await code('DROP TYPE c25_mood')).toBe('2BP01');
    await c.query('DROP TYPE c25_price CASCADE');
    const r = await c.query('SELECT * FROM c25_items ORDER BY id');
    expect(r.fields.map((f) => f.name)).toEqual(['id', 'ev']);
    await c.query('DROP TABLE c25_items');
    await c.query('DROP TYPE c25_event');
    await c.query('DROP TYPE c25_mood');
  });
});
