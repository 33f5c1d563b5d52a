/**
 * FULL JOIN conditions PostgreSQL cannot plan, found by the twenty-sixth session's sweep
 * (test/corpus/45-wrong26.sql). Checked on what SQLite answers for the translation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE w26a (k int, v text)');
  run('CREATE TABLE w26b (k int, w text)');
  run(`INSERT INTO w26a VALUES (1, 'a1'), (2, 'a2'), (NULL, 'an')`);
  run(`INSERT INTO w26b VALUES (2, 'b2'), (3, 'b3'), (NULL, 'bn')`);
});

const lines = (text: string) => run(text).map((r) => r.map(String).join('|'));

describe('FULL JOIN conditions', () => {
  it('refuse a condition with no equality between the two sides (0A000)', () => {
    for (const on of ['a.k IS NOT DISTINCT FROM b.k', 'a.k < b.k', 'a.k = b.k OR a.v = b.w', 'a.k = 1', 'a.k + b.k = 3', 'a.k = a.k', 'v LIKE w', 'a.k = ANY(ARRAY[b.k])']) {
      expect(fails(`SELECT count(*) FROM w26a a FULL JOIN w26b b ON ${on}`), on).toBe('0A000');
    }
  });

  it('run an equality between the sides beside other terms, and constant conditions', () => {
    for (const on of ['a.k = b.k AND a.k < b.k', 'coalesce(a.k, 0) = b.k + 0', '(a.k, a.v) = (b.k, b.w)', 'a.k IN (b.k)', 'NOT (a.k <> b.k)', 'true', '1 = 1', 'v = w', 'a.k = b.k AND random() >= 0']) {
      expect(fails(`SELECT count(*) FROM w26a a FULL JOIN w26b b ON ${on}`), on).toBeUndefined();
    }
    expect(lines('SELECT a.v, b.w FROM w26a a FULL JOIN w26b b ON a.k = b.k AND a.v <> b.w ORDER BY 1, 2')).toEqual(['a1|null', 'a2|b2', 'an|null', 'null|b3', 'null|bn']);
  });
});
