/**
 * The twenty-ninth session's second hunt for silent wrong answers (test/corpus/48-wrongb29.sql):
 * statements translated and run on SQLite with evsql's functions, each answer PostgreSQL 15's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { placeError } from '../../dialect/translate/place-error.js';
import { PgError } from '../../pg/errors.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE wb29 (id int PRIMARY KEY, x numeric, g text)');
  run("INSERT INTO wb29 VALUES (1, -2.50, 'a'), (2, 1.125, 'a'), (3, NULL, 'b'), (4, 10.0, 'c'), (5, 0.0, 'd')");
});

describe('textcat', () => {
  it('concatenates two strings, NULL for a NULL', () => {
    expect(run("SELECT textcat('ab', 'cd'), textcat('ab', NULL), textcat('x'::varchar, 'y '::char(3))")).toEqual([['abcd', null, 'xy']]);
  });

  it('takes no number, boolean or date, and two arguments only (42883)', () => {
    expect(fails("SELECT textcat(1, 'a')")).toBe('42883');
    expect(fails("SELECT textcat('a', true)")).toBe('42883');
    expect(fails("SELECT textcat('a', DATE '2024-01-01')")).toBe('42883');
    expect(fails("SELECT textcat('a')")).toBe('42883');
  });
});

describe('an operator 42883 in a chain of ||', () => {
  it('is placed at the operator whose operands the message names, not one beside an untyped NULL', () => {
    const query = "SELECT 'a' || 1 || 2.50 || true || NULL, 1 || 2";
    const err = placeError(new PgError('42883', 'operator does not exist: integer || integer'), query);
    expect(err.fields.position).toBe(query.lastIndexOf('||') + 1);
  });
});

describe('a grouped query printing a stored numeric through COALESCE', () => {
  it('prints each group the scale its rows were written with (GROUP BY coalesce(x, 0))', () => {
    const rows = run('SELECT coalesce(x, 0) AS c, count(*) FROM wb29 WHERE id <> 5 GROUP BY coalesce(x, 0) ORDER BY 1');
    expect(rows.map((r) => String(r[0]))).toEqual(['-2.50', '0', '1.125', '10.0']);
    expect(run('SELECT coalesce(x, 0) FROM wb29 WHERE id <> 5 GROUP BY 1 ORDER BY 1').map((r) => String(r[0]))).toEqual(['-2.50', '0', '1.125', '10.0']);
  });

  it('refuses a group whose rows print one value differently (0A000), as it cannot tell the first', () => {
    expect(fails('SELECT coalesce(x, 0) FROM wb29 GROUP BY 1')).toBe('0A000');
  });

  it("prints an aggregate's scale beside the default (coalesce(sum(x), 0) per group)", () => {
    const rows = run('SELECT g, coalesce(sum(x), 0), coalesce(max(x), 0) FROM wb29 GROUP BY g ORDER BY g');
    expect(rows.map((r) => r.map(String))).toEqual([
      ['a', '-1.375', '1.125'],
      ['b', '0', '0'],
      ['c', '10.0', '10.0'],
      ['d', '0.0', '0.0'],
    ]);
  });
});

describe('a scalar function in FROM reading the items before it', () => {
  it('is evaluated per row, its column named by the alias (FROM t, abs(t.x) a)', () => {
    expect(run('SELECT t.id, a FROM wb29 t, abs(t.x) a ORDER BY t.id').map((r) => [Number(r[0]), r[1] === null ? null : String(r[1])])).toEqual([
      [1, '2.50'],
      [2, '1.125'],
      [3, null],
      [4, '10.0'],
      [5, '0.0'],
    ]);
    expect(run('SELECT t.id, u FROM wb29 t, upper(t.g) u WHERE t.id < 3 ORDER BY t.id')).toEqual([
      [1n, 'A'],
      [2n, 'A'],
    ]);
  });
});

describe('an inlined LATERAL column referenced twice', () => {
  it('compares its value where the select list prints its text (WHERE a.v > 1 beside SELECT v)', () => {
    expect(run('SELECT t.id, v FROM wb29 t, LATERAL (SELECT abs(t.x) AS v) a WHERE a.v > 1 ORDER BY t.id').map((r) => Number(r[0]))).toEqual([1, 2, 4]);
    expect(run('SELECT * FROM wb29 t, abs(t.x) AS a(v) WHERE v > 1 ORDER BY t.id').map((r) => Number(r[0]))).toEqual([1, 2, 4]);
  });
});
