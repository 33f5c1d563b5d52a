/**
 * What a fuzz run of random typed calls of PostgreSQL's functions found (the thirty-second
 * session): an error that reached clients as XX000 where PostgreSQL 15 gives 22023. Checked on
 * the translation and on what SQLite answers for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
});

describe('normalize and is_normalized', () => {
  it('take a form in any case, and refuse one that is none with 22023', () => {
    expect(run("SELECT is_normalized('a', 'nfkd'), is_normalized('a', NULL) IS NULL")).toEqual([[1n, 1n]]);
    expect(fails("SELECT is_normalized('a', 'x')")).toBe('22023');
  });
});

describe('factorial', () => {
  it('refuses an argument past 32177 before computing (22003), as PostgreSQL does, instead of looping for hours', () => {
    expect(fails('SELECT factorial(2147483647::bigint)')).toBe('22003');
    expect(fails('SELECT factorial(32178)')).toBe('22003');
    expect(fails('SELECT factorial(-1)')).toBe('22003');
    expect(run('SELECT factorial(20)')).toEqual([[2432902008176640000n]]);
  });
});
