/**
 * LATERAL as the twenty-third session left it (test/corpus/42-lateral23.sql): subqueries of many
 * rows gathered as JSON (dialect/translate/lateral-rows.ts), inlined columns scoped to their query,
 * and PostgreSQL's refusals of references between FROM items. Checked on what SQLite answers for
 * the translation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';
import type Database from 'better-sqlite3';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE l23c (id int primary key, name text, credit numeric(10,2), tags jsonb, data bytea)');
  run(`INSERT INTO l23c VALUES (1, 'a', 1000.50, '["x","y"]', '\\x01'), (2, 'b', 250, '[]', null), (3, 'c', null, null, null)`);
  run('CREATE TABLE l23o (id int primary key, cust_id int, total numeric(10,2), status text)');
  run(`INSERT INTO l23o VALUES (10, 1, 120, 'paid'), (11, 1, 80.5, 'open'), (12, 2, 45.25, 'paid'), (13, 2, 300, 'void')`);
});

/** The rows as `a|b` lines. */
const lines = (text: string) => run(text).map((r) => r.map(String).join('|'));
const sqlOf = (text: string) => translate(text, new TranslatorSchema(readSchema(db)))[0]!.steps.map((s) => s.sql).join('; ');

describe('LATERAL subqueries of many rows', () => {
  it('run any correlation as json_each over the rows gathered for each outer row', () => {
    const q = 'SELECT c.id, o.id FROM l23c c CROSS JOIN LATERAL (SELECT id FROM l23o WHERE total > c.credit / 10 ORDER BY id LIMIT 2) o ORDER BY 1, 2';
    expect(sqlOf(q)).toContain('json_each(');
    expect(lines(q)).toEqual(['1|10', '1|13', '2|10', '2|11']);
  });

  it('keep an outer row with no rows under LEFT JOIN, and the ON condition on their columns', () => {
    expect(lines('SELECT c.id, o.id FROM l23c c LEFT JOIN LATERAL (SELECT id, total FROM l23o WHERE cust_id = c.id OR total > 250) o ON o.total > 100 ORDER BY 1, 2')).toEqual(['1|10', '1|13', '2|13', '3|13']);
  });

  it('run UNION ALL, DISTINCT and VALUES lists over the outer row', () => {
    expect(lines(`SELECT c.id, u.k FROM l23c c, LATERAL (SELECT status AS k FROM l23o WHERE cust_id = c.id UNION ALL SELECT 'self') u WHERE c.id = 2 ORDER BY 2`)).toEqual(['2|paid', '2|self', '2|void']);
    expect(lines('SELECT c.id, d.s FROM l23c c LEFT JOIN LATERAL (SELECT DISTINCT status s FROM l23o WHERE cust_id <> c.id) d ON true WHERE c.id = 1 ORDER BY 2')).toEqual(['1|paid', '1|void']);
    expect(lines('SELECT c.id, x.v FROM l23c c CROSS JOIN LATERAL (VALUES (c.id), (c.id * 10)) x(v) WHERE c.id < 3 ORDER BY 1, 2')).toEqual(['1|1', '1|10', '2|2', '2|20']);
  });

  it('name a bare column of another FROM item with its item beside json_each, whose own columns include id', () => {
    expect(lines('SELECT id, total FROM l23c c, LATERAL (SELECT total FROM l23o o WHERE o.total < c.credit / 4) x ORDER BY 1, 2')).toEqual(['1|45.25', '1|80.5', '1|120', '2|45.25']);
  });

  it('refuse a bytea column', () => {
    expect(fails('SELECT c.id, x.d FROM l23c c, LATERAL (SELECT data AS d FROM l23c c2 WHERE c2.id > c.id ORDER BY c2.id LIMIT 5) x')).toBe('0A000');
  });

  it('carry a numeric of more digits than a double holds, and its display text', () => {
    const q = 'SELECT c.id, x.t::text FROM l23c c, LATERAL (SELECT total / 3 AS t FROM l23o WHERE total > c.credit / 10 ORDER BY total LIMIT 5) x WHERE c.id = 2 ORDER BY 1, 2';
    expect(lines(q)).toEqual(['2|100.0000000000000000', '2|15.0833333333333333', '2|26.8333333333333333', '2|40.0000000000000000']);
    expect(lines(`SELECT c.id, v.k, v.n::text FROM l23c c CROSS JOIN LATERAL (VALUES ('c', c.credit), ('h', c.credit / 2)) v(k, n) WHERE c.id = 2 ORDER BY 2`)).toEqual(['2|c|250.00', '2|h|125.0000000000000000']);
  });
});

describe('inlined LATERAL columns', () => {
  it('belong to their query: a CTE over one leaves them to it', () => {
    expect(lines('WITH top AS (SELECT c.id, o.total FROM l23c c CROSS JOIN LATERAL (SELECT total FROM l23o WHERE cust_id = c.id ORDER BY total DESC LIMIT 1) o) SELECT * FROM top ORDER BY 1')).toEqual(['1|120', '2|300']);
  });

  it('are hidden by a FROM item of the subquery with the same name', () => {
    expect(lines('SELECT c.id, o.id FROM l23c c, LATERAL (SELECT id, total FROM l23o o WHERE o.cust_id = c.id ORDER BY total DESC LIMIT 1) o ORDER BY 1')).toEqual(['1|10', '2|13']);
  });

  it('are written where UPDATE … FROM refers to them', () => {
    run('CREATE TABLE l23s (cust_id int, n int)');
    run('INSERT INTO l23s VALUES (1, 0), (2, 0), (3, 0)');
    run('UPDATE l23s s SET n = x.n FROM l23c c, LATERAL (SELECT count(*) AS n FROM l23o WHERE cust_id = c.id) x WHERE s.cust_id = c.id');
    expect(lines('SELECT cust_id, n FROM l23s ORDER BY 1')).toEqual(['1|2', '2|2', '3|0']);
  });
});

describe('references between FROM items', () => {
  it('from a subquery that is not LATERAL to an item before it, from any to one after it (42P01), from the right side of a RIGHT or FULL join to its left (42P10)', () => {
    const refused: Array<[string, string]> = [
      ['SELECT 1 FROM l23c c CROSS JOIN (SELECT id FROM l23o WHERE cust_id = c.id) o', '42P01'],
      ['SELECT 1 FROM l23c c, (SELECT id FROM l23o WHERE cust_id = c.id) o', '42P01'],
      ['SELECT 1 FROM l23c c RIGHT JOIN LATERAL (SELECT id FROM l23o WHERE cust_id = c.id) o ON true', '42P10'],
      ['SELECT 1 FROM l23c c FULL JOIN LATERAL (SELECT id FROM l23o WHERE cust_id = c.id) o ON true', '42P10'],
      ['SELECT 1 FROM l23c c RIGHT JOIN generate_series(1, c.id) g ON true', '42P10'],
      ['SELECT 1 FROM LATERAL (SELECT id FROM l23o WHERE cust_id = c.id) o, l23c c', '42P01'],
    ];
    for (const [q, code] of refused) expect(fails(q), q).toBe(code);
  });

  it('leave a reference to the query around them alone', () => {
    expect(lines('SELECT (SELECT count(*) FROM l23c c2 CROSS JOIN (SELECT id FROM l23o WHERE cust_id = c.id) o) FROM l23c c ORDER BY c.id')).toEqual(['6', '6', '0']);
  });

  it('jsonb_* over json is no function: 42883', () => {
    expect(fails(`SELECT t FROM l23c c CROSS JOIN LATERAL jsonb_array_elements_text(c.tags::json) t`)).toBe('42883');
  });
});
