/**
 * `(v).f` of a value that is no row: PostgreSQL's 42809 at the column, where evsql read the value
 * as a JSON object and SQLite failed with XX000 "malformed JSON" (found by the differential's
 * XX000 check on a function-returned row carried through a subquery, typed text in evsql).
 * _pg_expandarray's rows, which evsql keeps as JSON objects, still give their fields
 * (test/clients.test.ts, pgjdbc's key-column queries).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
});

describe('field selection', () => {
  it('of a text or a number is 42809', () => {
    expect(fails("SELECT (t).id FROM (SELECT 'abc'::text AS t) q")).toBe('42809');
    expect(fails('SELECT (n).x FROM (SELECT 5 AS n) q')).toBe('42809');
  });
});
