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
