/**
 * Numerics of more digits than a REAL keeps are BLOBs, which SQLite orders after every number. The
 * translator writes comparisons and sorts over them so that SQLite answers in numeric order while
 * an index on the column still serves a comparison with a constant or a parameter. What they
 * answer is compared with PostgreSQL in test/corpus/15-numeric-order.sql; here, the plans and the
 * edge values.
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FunctionScope } from '../../dialect/runtime/function-scope.js';
import { registerFunctions } from '../../dialect/runtime/functions.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import type { SqliteValue } from '../../pg/types/registry.js';

let db: Database.Database;

function steps(text: string): Array<{ sql: string; params: number[] }> {
  return translate(text, new TranslatorSchema(readSchema(db))).flatMap((t) => t.steps);
}

function run(text: string, params: SqliteValue[] = []): SqliteValue[][] {
  let rows: SqliteValue[][] = [];
  for (const step of steps(text)) {
    const stmt = db.prepare(step.sql);
    const args = step.params.map((p) => params[p - 1]!);
    if (stmt.reader) rows = stmt.raw(true).all(...args) as SqliteValue[][];
    else stmt.run(...args);
  }
  return rows;
}

function plan(text: string): string {
  const [step] = steps(text);
  return (db.prepare(`EXPLAIN QUERY PLAN ${step!.sql}`).all(...step!.params.map(() => 1)) as Array<{ detail: string }>).map((r) => r.detail).join('; ');
}

const ids = (rows: SqliteValue[][]) => rows.map((r) => Number(r[0]));

beforeAll(async () => {
  await loadParser();
  db = new Database(':memory:');
  db.defaultSafeIntegers(true);
  const scope: FunctionScope = { ctx: { user: 'u', database: 'd', settings: {}, pid: 1, now: 0, seed: 1 }, cancelled: () => false, settings: undefined, rng: 1 };
  registerFunctions(db, () => scope);
  run('CREATE TABLE big (id int PRIMARY KEY, n numeric, p numeric(10,2))');
  run('CREATE INDEX big_n ON big (n)');
  run('CREATE INDEX big_p ON big (p)');
  run(`INSERT INTO big SELECT g, g, g FROM generate_series(1, 2000) g`);
  run(`INSERT INTO big VALUES (3001, -12345678901234567890.5, 1), (3002, 0.1234567890123456789, 1), (3003, 12345678901234567890.25, 1), (3004, 12345678901234567890.125, 1)`);
});

describe('a numeric column against a constant or a parameter', () => {
  it('keeps using the column’s index for ranges and equality', () => {
    for (const where of ['n < 10', 'n <= 10', 'n > 1990', 'n >= 1990', 'n BETWEEN 5 AND 9', 'n = 7', 'n IN (7, 8)', 'n < $1', '$1 > n', 'p < 10', 'p > $1', 'n > 12345678901234567890.1']) {
      expect(plan(`SELECT id FROM big WHERE ${where}`), where).toMatch(/USING (COVERING )?INDEX big_[np]/);
    }
  });

  it('finds the BLOBs on either side of a number', () => {
    expect(ids(run('SELECT id FROM big WHERE n < 1 ORDER BY id'))).toEqual([3001, 3002]);
    expect(ids(run('SELECT id FROM big WHERE n > 1999 ORDER BY id'))).toEqual([2000, 3003, 3004]);
    expect(ids(run('SELECT id FROM big WHERE n < $1 ORDER BY id', [Buffer.from('-12345678901234567890.4')]))).toEqual([3001]);
    expect(ids(run('SELECT id FROM big WHERE n > $1 ORDER BY id', [Buffer.from('12345678901234567890.124')]))).toEqual([3003, 3004]);
    expect(ids(run('SELECT id FROM big WHERE n BETWEEN 12345678901234567890.125 AND 12345678901234567890.2 ORDER BY id'))).toEqual([3004]);
  });

  it('sorts values that share their nearest REAL by their exact value', () => {
    expect(ids(run('SELECT id FROM big WHERE id > 3000 ORDER BY n DESC'))).toEqual([3003, 3004, 3002, 3001]);
    expect(ids(run('SELECT id FROM big WHERE id > 3000 ORDER BY n'))).toEqual([3001, 3002, 3004, 3003]);
  });
});

describe('the runtime helpers', () => {
  const one = (sql: string) => (db.prepare(`SELECT ${sql}`).raw(true).get() as SqliteValue[])[0];
  const blob = (s: string) => `CAST('${s}' AS BLOB)`;

  it('bounds a BLOB by the nearest REAL beyond it', () => {
    // The double nearest 0.1 is 0.1000000000000000055…, above 0.1000000000000000000001.
    expect(one(`pg_num_bound(${blob('0.1000000000000000000001')}, 1)`)).toBe(0.1);
    expect(one(`pg_num_bound(${blob('0.1000000000000000000001')}, 0)`)).toBe(0.09999999999999999);
    expect(one(`pg_num_bound(${blob('-0.1000000000000000000001')}, 1)`)).toBe(-0.09999999999999999);
    expect(one(`pg_num_bound(${blob('-0.1000000000000000000001')}, 0)`)).toBe(-0.1);
    expect(one(`pg_num_bound(${blob('1' + '0'.repeat(400))}, 0)`)).toBe(Number.MAX_VALUE);
    expect(one('pg_num_bound(5, 1)')).toBe(5n);
  });

  it('sorts values sharing one REAL, on both sides of zero, as the decimals they are', () => {
    // 2^70 = 1180591620717411303424; the doubles around it are 262144 apart.
    const near = ['1180591620717411303424', '1180591620717411303424.5', '1180591620717411303423.99', '1180591620717411303500', '1180591620717411300000.001', '1180591620717411303424.00001'];
    const values = near.flatMap((v) => [v, '-' + v]);
    const units = (v: string) => {
      const [int, frac = ''] = v.split('.');
      const n = BigInt(int!.replace('-', '') + frac.padEnd(5, '0'));
      return v.startsWith('-') ? -n : n;
    };
    const sorted = [...values].sort((a, b) => (units(a) < units(b) ? -1 : units(a) > units(b) ? 1 : 0));
    const rows = run(`SELECT v::text FROM (VALUES ${values.map((v) => `(${v})`).join(', ')}) t(v) ORDER BY t.v`).map((r) => r[0]);
    expect(rows).toEqual(sorted);
  });
});
