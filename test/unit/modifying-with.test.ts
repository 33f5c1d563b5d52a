/**
 * The parts a statement with data-modifying WITH queries runs as (dialect/translate/modifying-with.ts):
 * which steps keep rows (Step.keep), the order they run in, and what is refused.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';

const schema = new TranslatorSchema(JSON.parse(readFileSync(new URL('./golden/schema.json', import.meta.url), 'utf8')) as SchemaSnapshot);

beforeAll(async () => {
  await loadParser();
});

/** Each step as `keep: first words`, the main statement's keep as '-'. */
function steps(sql: string): string[] {
  const [t] = translate(sql, schema);
  return t!.steps.map((s) => `${s.keep ?? '-'}: ${s.sql.trim().split(' ').slice(0, 2).join(' ')}`);
}

describe('data-modifying WITH as parts', () => {
  it('each WITH query keeps its rows for the parts after it; the main statement reads them', () => {
    expect(steps("WITH c AS (INSERT INTO customers (name) VALUES ('a') RETURNING id) INSERT INTO orders (customer_id, total) SELECT id, 1 FROM c RETURNING id")).toEqual(['1: INSERT INTO', '-: WITH "c"("id")']);
    const [t] = translate("WITH c AS (INSERT INTO customers (name) VALUES ('a') RETURNING id) INSERT INTO orders (customer_id, total) SELECT id, 1 FROM c RETURNING id", schema);
    expect(t!.kind).toBe('dml');
    expect(t!.tag).toBe('INSERT');
    expect(t!.steps.at(-1)!.sql).toContain('FROM temp."evsql.kept_rows" WHERE part = 1');
  });

  it('a WITH query nothing reads still runs, keeping nothing', () => {
    expect(steps("WITH d AS (DELETE FROM events WHERE flag) SELECT 1")).toEqual(['1: DELETE FROM', '-: SELECT 1']);
  });

  it('a part reading a table runs before the part that changes it', () => {
    expect(steps('WITH u AS (UPDATE customers SET balance = 0 WHERE id = 1 RETURNING id) SELECT count(*) FROM customers')).toEqual(['-: WITH "u"("id")', '1: UPDATE "customers"']);
  });

  it('a DELETE whose table another part reads: its rows read first, the DELETE last', () => {
    expect(steps('WITH d AS (DELETE FROM events WHERE id = 1 RETURNING id) SELECT (SELECT count(*) FROM events), count(*) FROM d')).toEqual(['1: SELECT "id"', '-: WITH "d"("id")', '1: DELETE FROM']);
  });

  it('a part needing both the rows and the table as it was reads a copy kept first, filtered by its WHERE', () => {
    const [t] = translate("WITH u AS (UPDATE customers SET name = 'x' WHERE id = 2 RETURNING id) SELECT c.name FROM customers c JOIN u ON u.id = c.id", schema);
    expect(t!.steps.map((s) => s.keep ?? '-')).toEqual([2, 1, '-']);
    expect(t!.steps[0]!.sql).toMatch(/^SELECT .* FROM "customers" AS "c"$/);
    const [g] = translate("WITH n AS (INSERT INTO customers (id, name) VALUES (5, 'n') ON CONFLICT (id) DO NOTHING RETURNING id) SELECT id FROM n UNION ALL SELECT id FROM customers WHERE id = 5", schema);
    expect(g!.steps[0]!.sql).toMatch(/FROM "customers" WHERE \("id"\) = \(5\)$/);
  });

  it("an UPDATE or DELETE, then an INSERT into its table of the rows it returned: in that order (pg-boss's completeJobs)", () => {
    expect(steps("WITH r AS (UPDATE events SET flag = true WHERE id = 1 RETURNING *), c AS (INSERT INTO events (payload) SELECT payload FROM r) SELECT count(*) FROM r")).toEqual(['1: UPDATE "events"', '2: WITH "r"("id",', '-: WITH "r"("id",']);
    expect(steps('WITH r AS (DELETE FROM events WHERE flag RETURNING *) INSERT INTO events (payload) SELECT payload FROM r')).toEqual(['1: DELETE FROM', '-: WITH "r"("id",']);
    // Still refused: an INSERT that reads its table, or one with ON CONFLICT, or one before the UPDATE, or an UPDATE drawing a serial.
    expect(() => translate('WITH r AS (UPDATE events SET flag = true RETURNING *) INSERT INTO events (payload) SELECT e.payload FROM r JOIN events e USING (id)', schema)).toThrow(/also writes/);
    expect(() => translate('WITH r AS (UPDATE events SET flag = true RETURNING *) INSERT INTO events (payload) SELECT payload FROM r ON CONFLICT DO NOTHING', schema)).toThrow(/also writes/);
    expect(() => translate('WITH i AS (INSERT INTO events (payload) VALUES (null) RETURNING id) UPDATE events SET flag = true WHERE id IN (SELECT id FROM i)', schema)).toThrow(/also writes/);
    expect(() => translate('WITH r AS (UPDATE events SET id = DEFAULT RETURNING *) INSERT INTO events (payload) SELECT payload FROM r', schema)).toThrow(/also writes/);
  });

  it("a DELETE, an INSERT … ON CONFLICT DO NOTHING of its rows, an INSERT of the rows that skipped (pg-boss's failJobs): in that order", () => {
    const fail = 'WITH d AS (DELETE FROM events WHERE flag RETURNING *), r AS (INSERT INTO events (id, payload) SELECT id, payload FROM d ON CONFLICT DO NOTHING RETURNING *), ' +
      'f AS (INSERT INTO events (id, flag) SELECT id, false FROM d WHERE id NOT IN (SELECT id FROM r) RETURNING *), ' +
      'a AS (SELECT id FROM r UNION ALL SELECT id FROM f), l AS (INSERT INTO events (id, ratio) SELECT -id, 1 FROM a) SELECT count(*) FROM a';
    expect(steps(fail).map((s) => s.split(':')[0])).toEqual(['1', '2', '3', '4', '-']);
    expect(steps("WITH a AS (INSERT INTO events (id) VALUES (1) RETURNING id) INSERT INTO events (id) SELECT id + 1 FROM a")).toEqual(['1: INSERT INTO', '-: WITH "a"("id")']);
    // ON CONFLICT after an UPDATE (its rows keep their keys), or after an INSERT, is still refused.
    expect(() => translate('WITH a AS (INSERT INTO events (id) VALUES (1) RETURNING id) INSERT INTO events (id) SELECT id + 1 FROM a ON CONFLICT DO NOTHING', schema)).toThrow(/also writes/);
  });

  it("types a kept RETURNING's columns of USING's function and names those of its `*`", () => {
    const columns = (sql: string) => translate(sql, schema)[0]!.columns!.map((c) => [c.name, c.type?.oid]);
    expect(columns('WITH d AS (DELETE FROM events USING unnest($1::int[]) AS n(k) WHERE id = k RETURNING id, n.k) SELECT k FROM d ORDER BY k')).toEqual([['k', 23]]);
    expect(columns('WITH d AS (DELETE FROM events AS e USING unnest($1::int[]) AS n(k) WHERE e.id = k RETURNING *) SELECT k, flag FROM d ORDER BY k')).toEqual([['k', 23], ['flag', 16]]);
    expect(columns('WITH d AS (DELETE FROM events USING unnest($1::int[]) AS n(k) WHERE id = k RETURNING *) SELECT k FROM d')).toEqual([['k', 23]]);
  });

  it('refused: one table written by two parts; a reference to a WITH query without RETURNING', () => {
    expect(() => translate("WITH a AS (INSERT INTO events (id) VALUES (1)) INSERT INTO events (id) VALUES (2)", schema)).toThrow(/also writes/);
    // Both drawing from the identity: PostgreSQL's plan may interleave the draws.
    expect(() => translate("WITH a AS (INSERT INTO events (payload) VALUES (null) RETURNING id) INSERT INTO events (payload) SELECT null FROM a", schema)).toThrow(/also writes/);
    expect(() => translate('WITH d AS (DELETE FROM events) SELECT * FROM d', schema)).toThrow('WITH query "d" does not have a RETURNING clause');
  });
});
