/**
 * pg_stat_statements on a real server through the `pg` driver: the view exists once the extension
 * is created and holds the server's own figures for the statements its sessions ran, keyed by
 * their shape (constants as $n), and pg_stat_statements_reset() empties it.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

describe('pg_stat_statements', () => {
  it('is no relation before CREATE EXTENSION', async () => {
    expect(await failure('SELECT * FROM pg_stat_statements')).toEqual({ code: '42P01', message: 'relation "pg_stat_statements" does not exist' });
    expect(await failure('SELECT pg_stat_statements_reset()')).toMatchObject({ code: '42883' });
  });

  it('counts calls and rows per statement shape, with execution times', async () => {
    await client().query('CREATE EXTENSION pg_stat_statements');
    expect(await rows("SELECT extname, extversion FROM pg_extension WHERE extname = 'pg_stat_statements'")).toEqual([['pg_stat_statements', '1.10']]);
    await client().query('SELECT pg_stat_statements_reset()');
    await client().query('CREATE TABLE pss (id int PRIMARY KEY, v text)');
    await client().query("INSERT INTO pss VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    await client().query('SELECT * FROM pss WHERE id = 1');
    await client().query('SELECT * FROM pss WHERE id = 2');
    await client().query('SELECT * FROM pss WHERE id = $1', [3]);
    await client().query("UPDATE pss SET v = 'z' WHERE id > 1");
    const seen = (await rows(
      'SELECT query, calls::int, rows::int, total_exec_time > 0, min_exec_time <= max_exec_time, mean_exec_time * calls BETWEEN total_exec_time * 0.999 AND total_exec_time * 1.001, queryid <> 0 FROM pg_stat_statements ORDER BY query',
    )) as unknown[][];
    expect(seen).toEqual([
      ['CREATE TABLE pss (id int PRIMARY KEY, v text)', 1, 0, true, true, true, true],
      ['INSERT INTO pss VALUES ($1, $2), ($3, $4), ($5, $6)', 1, 3, true, true, true, true],
      ['SELECT * FROM pss WHERE id = $1', 3, 3, true, true, true, true],
      ['UPDATE pss SET v = $1 WHERE id > $2', 1, 2, true, true, true, true],
    ]);
  });

  it('empties with pg_stat_statements_reset()', async () => {
    expect(await rows('SELECT pg_stat_statements_reset()')).toEqual([['']]);
    expect(await rows('SELECT count(*)::int FROM pg_stat_statements')).toEqual([[0]]);
  });
});
