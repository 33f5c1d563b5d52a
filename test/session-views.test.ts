/**
 * pg_cursors and pg_prepared_statements (wire/session-views.ts): each session sees its own
 * cursors and named prepared statements, whether PREPARE or the extended protocol's Parse made
 * them, as PostgreSQL 15 shows them, and none of another session's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer(['--replicas', '2']);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the session views', () => {
  it('list the session’s cursors while they are open', async () => {
    const c = await server.client();
    const other = await server.client();
    try {
      const cursors = async (client = c) => (await client.query({ text: 'SELECT name, statement, is_holdable, is_binary, is_scrollable FROM pg_cursors ORDER BY name', rowMode: 'array' })).rows;
      expect(await cursors()).toEqual([]);
      await c.query('BEGIN');
      await c.query('DECLARE sv_a CURSOR FOR SELECT 1');
      await c.query('DECLARE sv_b NO SCROLL BINARY CURSOR WITH HOLD FOR SELECT 2');
      await c.query('DECLARE sv_c CURSOR FOR SELECT * FROM generate_series(1, 3) ORDER BY 1 LIMIT 2');
      expect(await cursors()).toEqual([
        ['sv_a', 'DECLARE sv_a CURSOR FOR SELECT 1', false, false, false],
        ['sv_b', 'DECLARE sv_b NO SCROLL BINARY CURSOR WITH HOLD FOR SELECT 2', true, true, false],
        ['sv_c', 'DECLARE sv_c CURSOR FOR SELECT * FROM generate_series(1, 3) ORDER BY 1 LIMIT 2', false, false, true],
      ]);
      expect(await cursors(other)).toEqual([]);
      await c.query('COMMIT');
      expect((await cursors()).map((r) => r[0])).toEqual(['sv_b']);
      await c.query('CLOSE sv_b');
      expect(await cursors()).toEqual([]);
    } finally {
      await c.end();
      await other.end();
    }
  });

  it('list PREPARE’s and Parse’s named statements, with their parameter types and plans', async () => {
    const c = await server.client();
    try {
      const prepared = async () => (await c.query({ text: 'SELECT name, statement, parameter_types, from_sql, generic_plans, custom_plans FROM pg_prepared_statements ORDER BY name', rowMode: 'array' })).rows;
      await c.query('PREPARE sv_p (int, text) AS SELECT $1::int + 1, $2');
      await c.query({ name: 'sv_q', text: 'SELECT $1::bigint AS v', values: [5] });
      await c.query('EXECUTE sv_p (1, $$x$$)');
      expect(await prepared()).toEqual([
        ['sv_p', 'PREPARE sv_p (int, text) AS SELECT $1::int + 1, $2', '{integer,text}', true, '0', '1'],
        ['sv_q', 'SELECT $1::bigint AS v', '{bigint}', false, '0', '1'],
      ]);
      const types = await c.query('SELECT parameter_types FROM pg_prepared_statements LIMIT 1');
      expect(types.fields[0]!.dataTypeID).toBe(2211);
      await c.query('DEALLOCATE ALL');
      expect(await prepared()).toEqual([]);
    } finally {
      await c.end();
    }
  });

  it('refuse a join with other relations, which no session holds', async () => {
    const c = await server.client();
    try {
      await expect(c.query('SELECT * FROM pg_cursors, pg_class')).rejects.toMatchObject({ code: '0A000' });
    } finally {
      await c.end();
    }
  });
});
