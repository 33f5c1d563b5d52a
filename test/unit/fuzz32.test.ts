/**
 * What fuzz runs of random typed calls of PostgreSQL's functions found (the thirty-second and
 * thirty-third sessions): errors that reached clients as XX000 where PostgreSQL 15 gives another
 * SQLSTATE, and bounds PostgreSQL checks before the work that evsql checked after it, or never.
 * Checked on the translation and on what SQLite answers for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';
import { toPgError } from '../../executor/sqlite-errors.js';
import { asPgError } from '../../wire/as-pg-error.js';

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

describe('array_fill', () => {
  it('refuses a negative length or more than MaxArraySize elements (54000) before building anything, and makes an array with a zero length empty', () => {
    expect(fails('SELECT array_fill(1, ARRAY[2000000000])')).toBe('54000');
    expect(fails('SELECT array_fill(1, ARRAY[100000, 100000])')).toBe('54000');
    expect(fails('SELECT array_fill(1, ARRAY[-1])')).toBe('54000');
    expect(run("SELECT array_fill(1, ARRAY[3, 0])::text, array_fill(1, ARRAY[0])::text, array_fill(7, ARRAY[2, 2])::text, array_fill(1, '{}'::int[])::text")).toEqual([['{}', '{}', '{{7,7},{7,7}}', '{}']]);
  });
});

describe('a string or array longer than V8 makes', () => {
  it('is 54000 out of memory, as PostgreSQL says, not an internal error', () => {
    let thrown: unknown;
    try {
      run("SELECT format('%2000000000s', 'x')");
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect(toPgError(thrown).code).toBe('54000');
    expect(asPgError(thrown).code).toBe('54000');
    expect(toPgError(new RangeError('Maximum call stack size exceeded')).code).toBe('54001');
    expect(asPgError(new Error('something else')).code).toBe('XX000');
  });
});

describe('sha224() … sha512()', () => {
  it('take bytea or an untyped literal only: a number or a text value is 42883, as in PostgreSQL', () => {
    expect(fails('SELECT sha256(1)')).toBe('42883');
    expect(fails("SELECT sha512('abc'::text)")).toBe('42883');
    expect(run("SELECT encode(sha256('abc'), 'hex') = encode(sha256('abc'::bytea), 'hex')")).toEqual([[1n]]);
  });
});
