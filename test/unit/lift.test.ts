/**
 * Simple-protocol constants lifted out as parameters (dialect/translate/lift.ts): which constants
 * are lifted, and that a shape gets a template only when its translation cannot depend on them.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { LIFT_MAX_TEXT, liftConstants, translateLifted } from '../../dialect/translate/lift.js';
import { translate } from '../../dialect/translate/translate.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';

const snapshot = JSON.parse(readFileSync(new URL('./golden/schema.json', import.meta.url), 'utf8')) as SchemaSnapshot;
const schema = new TranslatorSchema(snapshot);

beforeAll(loadParser);

describe('finding constants', () => {
  it('lifts int4 integers (a unary minus folded in) and plain strings that stand as values', () => {
    expect(liftConstants("UPDATE orders SET total = total + -12 WHERE id = 5 AND status = 'it''s';")).toEqual({
      text: 'UPDATE orders SET total = total + $1 WHERE id = $2 AND status = $3;',
      classes: 'iis',
      values: ['-12', '5', "it's"],
    });
    expect(liftConstants('SELECT id - 1, id-2, (-3) FROM orders LIMIT 10')?.text).toBe('SELECT id - $1, id-$2, ($3) FROM orders LIMIT $4');
    expect(liftConstants("SELECT 1 /* 2 */ -- 3\n, 'a'")?.text).toBe("SELECT $1 /* 2 */ -- 3\n, $2");
    expect(liftConstants('SELECT price * -1.5, .5, 2. FROM products ORDER BY 1.5')).toEqual({ text: 'SELECT price * $1, $2, $3 FROM products ORDER BY 1.5', classes: 'nnn', values: ['-1.5', '.5', '2.'] });
  });

  it('leaves typed literals, escapes, exponents, big integers and positions in the text', () => {
    const same = [
      "SELECT * FROM orders WHERE ordered_on = date '2024-01-01'",
      "SELECT * FROM orders WHERE status = E'a\\n' OR status = U&'b' OR status = X'1F'",
      'SELECT 1e3, 2.5E-2, 3000000000 FROM orders',
      'SELECT customer_id, count(*) FROM orders GROUP BY 1 ORDER BY 2',
      'SELECT DISTINCT ON (1) customer_id FROM orders',
      "SELECT * FROM orders WHERE status = 'a\\b'",
    ];
    for (const q of same) expect(liftConstants(q), q).toEqual({ text: q, classes: '', values: [] });
  });

  it('lifts nothing from statements with parameters, dollar quotes, several statements, or other kinds', () => {
    const others = ['SELECT $1', 'SELECT $$a$$', 'SELECT 1; SELECT 2', "SET application_name = 'x'", 'CREATE TABLE t (x int DEFAULT 5)', 'BEGIN', "SELECT evsql_fault('crash', 1)"];
    for (const q of others) {
      expect(liftConstants(q), q).toBeUndefined();
    }
    expect(liftConstants('SELECT 1;  -- done')?.text).toBe('SELECT $1;  -- done');
  });
});

describe('templates', () => {
  it('runs a statement as its shape with the constants bound, decoded as a Bind would decode them', () => {
    const a = translateLifted("SELECT id, total FROM orders WHERE customer_id = 42 AND ordered_on = '2024-03-01'", schema)!;
    const b = translateLifted("SELECT id, total FROM orders WHERE customer_id = 7 AND ordered_on = '2024-03-02'", schema)!;
    expect(a.params).toEqual([42n, '2024-03-01']);
    expect(b.params).toEqual([7n, '2024-03-02']);
    expect(b.translation).toBe(a.translation);
    expect(b.translation.columns).toEqual(translate("SELECT id, total FROM orders WHERE customer_id = 7 AND ordered_on = '2024-03-02'", schema)[0]!.columns);
    const at = translateLifted("SELECT * FROM customers WHERE created_at < '2024-01-01 10:00'", schema)!;
    expect(at.params).toEqual(['2024-01-01 10:00:00+00']);
  });

  it('binds the integers an INSERT stores into integer columns', () => {
    const r = translateLifted("INSERT INTO order_lines (order_id, line, sku, quantity) VALUES (1, 2, 'x', -3)", schema)!;
    expect(r.params).toEqual([1n, 2n, 'x', -3n]);
    expect(r.translation.tag).toBe('INSERT');
  });

  it('lifts an UPDATE that adds a constant to an integer column, as pgbench sends it', () => {
    const a = translateLifted('UPDATE order_lines SET quantity = quantity + -3 WHERE order_id = 5', schema)!;
    const b = translateLifted('UPDATE order_lines SET quantity = quantity + 12 WHERE order_id = 6', schema)!;
    expect(a.params).toEqual([-3n, 5n]);
    expect(b.params).toEqual([12n, 6n]);
    expect(b.translation).toBe(a.translation);
  });

  it('binds constants stored into typed columns, which pg_store makes what the literal would be', () => {
    // numeric(10,2) rounds, varchar(120) checks the length: pg_store does both when the statement runs.
    const a = translateLifted("INSERT INTO order_lines (order_id, line, sku, quantity, unit_price) VALUES (1, 2, 'x', 3, 4)", schema)!;
    const b = translateLifted("UPDATE customers SET name = 'x', email = 'a@b' WHERE id = 3", schema)!;
    expect(a.translation.tag).toBe('INSERT');
    expect(b.params).toEqual(['x', 'a@b', 3n]);
    expect(translateLifted("UPDATE customers SET name = 'y', email = 'c@d' WHERE id = 4", schema)!.translation).toBe(b.translation);
  });

  it('binds decimals as numerics where they are stored or compared, not where they are printed', () => {
    const a = translateLifted("UPDATE customers SET balance = balance + 12.5 WHERE id = 3", schema)!;
    expect(a.params).toEqual([12.5, 3n]);
    expect(translateLifted("UPDATE customers SET balance = balance + 0.1 WHERE id = 4", schema)!.translation).toBe(a.translation);
    const b = translateLifted("SELECT sku FROM products WHERE price > 9.99 AND sku = 'x'", schema)!;
    expect(translateLifted("SELECT sku FROM products WHERE price > 1.5 AND sku = 'y'", schema)!.translation).toBe(b.translation);
    // 1.50 prints with its own scale: the constant decides the output.
    expect(translateLifted('SELECT price * 1.50 FROM products', schema)).toBeUndefined();
  });

  it('binds LIMIT and OFFSET counts, which are checked when the statement runs', () => {
    const a = translateLifted("SELECT * FROM customers WHERE name = 'bob' LIMIT 10 OFFSET 20", schema)!;
    expect(a.params).toEqual(['bob', 10n, 20n]);
    expect(translateLifted("SELECT * FROM customers WHERE name = 'al' LIMIT 5 OFFSET 0", schema)!.translation).toBe(a.translation);
    expect(translateLifted("SELECT * FROM customers WHERE name = 'al' LIMIT -5", schema)).toBeUndefined();
  });

  it('makes none where the constant decides the translation', () => {
    // A bare constant's type is its own, a parameter's is unknown.
    expect(translateLifted('SELECT 5', schema)).toBeUndefined();
    expect(translateLifted('CREATE TABLE t (x int DEFAULT 5)', schema)).toBeUndefined();
    expect(translateLifted(`SELECT * FROM orders WHERE id = 1 ${' '.repeat(LIFT_MAX_TEXT)}`, schema)).toBeUndefined();
  });

  it('gives a value that does not decode to the full path, which raises its error', () => {
    expect(translateLifted("SELECT id FROM orders WHERE ordered_on = '2024-05-05'", schema)).toBeDefined();
    expect(translateLifted("SELECT id FROM orders WHERE ordered_on = 'not a date'", schema)).toBeUndefined();
    expect(() => translate("SELECT id FROM orders WHERE ordered_on = 'not a date'", schema)).toThrow(/date/);
  });

  it("lifts a string a cast follows ('…'::timestamptz, as psycopg2 and Django write values), bound as written when the cast is made where the statement runs", () => {
    expect(liftConstants("SELECT id FROM customers WHERE created_at > '2024-01-01T10:00:00+00:00'::timestamptz")?.text).toBe('SELECT id FROM customers WHERE created_at > $1::timestamptz');
    const q = (at: string, id: number) => `UPDATE customers SET created_at = '${at}'::timestamptz WHERE id = ${id}`;
    const a = translateLifted(q('2024-01-01T10:00:00+00:00', 5), schema)!;
    const b = translateLifted(q('2024-02-01T11:30:00-05:00', 6), schema)!;
    expect(b.translation).toBe(a.translation);
    // As the literal's translation has it: pg_cast of the text, in the session's TimeZone where it runs.
    expect(b.params).toEqual(['2024-02-01T11:30:00-05:00', 6n]);
    expect(b.translation.steps[0]!.sql).toContain('pg_cast(?, 1184, -1)');
    const uuid = translateLifted("SELECT * FROM events WHERE ref = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AND duration > '1 day'::interval", schema)!;
    expect(uuid.params).toHaveLength(2);
    // A cast the translation makes of the constant itself (varchar(2) cuts 'abc' to 'ab') makes none.
    expect(translateLifted("SELECT 'abc'::varchar(2)", schema)).toBeUndefined();
  });

  it('makes a new template for a new schema', () => {
    const q = 'SELECT id FROM orders WHERE customer_id = 3';
    const before = translateLifted(q, schema)!;
    const after = translateLifted(q, new TranslatorSchema(snapshot))!;
    expect(after.translation.schemaVersion).not.toBe(before.translation.schemaVersion);
  });
});
