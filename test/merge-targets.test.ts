/**
 * MERGE's target named as PostgreSQL names it: a schema-qualified table without an alias is read
 * by its table name in the join condition and clauses (`MERGE INTO app.t … ON t.k = …` was 42703),
 * and a session's temporary table is a target too (every clause failed with 42703 on evsql's own
 * placeholder column). The answers below are PostgreSQL 15's.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();

describe('MERGE targets', () => {
  it('a schema-qualified target without an alias goes by its table name', async () => {
    await client().query('CREATE SCHEMA mt_app');
    await client().query('CREATE TABLE mt_app.t (k int PRIMARY KEY, v int)');
    await client().query('INSERT INTO mt_app.t VALUES (1, 10), (3, 30)');
    const merged = await client().query(
      'MERGE INTO mt_app.t USING (VALUES (1, 5), (2, 7), (3, 0)) s(k, v) ON t.k = s.k WHEN MATCHED AND s.v = 0 THEN DELETE WHEN MATCHED THEN UPDATE SET v = t.v + s.v WHEN NOT MATCHED THEN INSERT VALUES (s.k, s.v)',
    );
    expect(merged.rowCount).toBe(3);
    expect(await rows('SELECT k, v FROM mt_app.t ORDER BY k')).toEqual([[1, 15], [2, 7]]);
  });

  it('a temporary table is a target, with and without an alias', async () => {
    await client().query('CREATE TEMP TABLE mt_tt (k int PRIMARY KEY, v int)');
    await client().query('INSERT INTO mt_tt VALUES (1, 1), (2, 2)');
    await client().query('MERGE INTO mt_tt USING (VALUES (1, 5), (3, 7)) s(k, v) ON mt_tt.k = s.k WHEN MATCHED THEN UPDATE SET v = mt_tt.v + s.v WHEN NOT MATCHED THEN INSERT VALUES (s.k, s.v)');
    expect(await rows('SELECT k, v FROM mt_tt ORDER BY k')).toEqual([[1, 6], [2, 2], [3, 7]]);
    await client().query('MERGE INTO mt_tt AS x USING (VALUES (2)) s(k) ON x.k = s.k WHEN MATCHED THEN DELETE');
    await client().query('MERGE INTO mt_tt USING (VALUES (3)) s(k) ON mt_tt.k = s.k WHEN MATCHED THEN DELETE');
    expect(await rows('SELECT k, v FROM mt_tt ORDER BY k')).toEqual([[1, 6]]);
  });
});
