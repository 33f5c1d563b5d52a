/**
 * Data-modifying WITH queries run as parts, one step each (dialect/translate/modifying-with.ts),
 * their RETURNING rows kept between steps (Step.keep): a violation in any part is reported as
 * PostgreSQL reports it and leaves nothing behind, the rows kept are gone after the statement on
 * every replica, and the extended protocol describes the statement's own columns.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameAnswers, sideBySide } from './helpers/side-by-side.js';
import { startServer, type TestServer } from './helpers/server.js';

const servers = sideBySide();

type Statement = string | { text: string; values?: unknown[]; name?: string };

/** What a client sees of a statement: its tag, columns and rows, or its error's fields. */
async function answer(c: pg.Client, s: Statement): Promise<unknown> {
  try {
    const r = await c.query(s);
    return { command: r.command, rowCount: r.rowCount, fields: r.fields.map((f) => [f.name, f.dataTypeID]), rows: r.rows };
  } catch (err) {
    const e = err as pg.DatabaseError;
    return { code: e.code, message: e.message, detail: e.detail, constraint: e.constraint, table: e.table };
  }
}

function sameAsPostgres(statements: Statement[]): Promise<unknown[]> {
  return sameAnswers(servers, statements, answer);
}

describe('data-modifying WITH queries as PostgreSQL 15 runs them', () => {
  it('a violation in any part: its fields, and nothing of the other parts kept', async () => {
    const answers = await sameAsPostgres([
      'CREATE TABLE mw_parent (id serial PRIMARY KEY, name text UNIQUE NOT NULL)',
      'CREATE TABLE mw_child (id serial PRIMARY KEY, parent_id int NOT NULL REFERENCES mw_parent, qty int CHECK (qty > 0))',
      "WITH p AS (INSERT INTO mw_parent (name) VALUES ('a') RETURNING id) INSERT INTO mw_child (parent_id, qty) SELECT id, 0 FROM p",
      "WITH p AS (INSERT INTO mw_parent (name) VALUES ('a') RETURNING id) INSERT INTO mw_child (parent_id, qty) SELECT id + 10, 1 FROM p",
      "WITH c AS (INSERT INTO mw_parent (name) VALUES ('b'), ('b') RETURNING id) SELECT count(*) FROM c",
      'SELECT count(*) FROM mw_parent',
      "WITH p AS (INSERT INTO mw_parent (name) VALUES ('a') RETURNING id, name) INSERT INTO mw_child (parent_id, qty) SELECT id, length(name) FROM p RETURNING qty",
      "WITH u AS (UPDATE mw_child SET qty = qty + 1 RETURNING parent_id, qty) SELECT p.name, u.qty FROM u JOIN mw_parent p ON p.id = u.parent_id",
      "WITH d AS (DELETE FROM mw_parent WHERE name = 'a' RETURNING id) SELECT count(*) FROM d",
      'SELECT p.name, c.qty FROM mw_parent p JOIN mw_child c ON c.parent_id = p.id',
    ]);
    expect(answers[2]).toMatchObject({ code: '23514', constraint: 'mw_child_qty_check' });
    expect(answers[3]).toMatchObject({ code: '23503', constraint: 'mw_child_parent_id_fkey' });
    expect(answers[4]).toMatchObject({ code: '23505' });
    expect(answers[5]).toMatchObject({ rows: [{ count: '0' }] });
    expect(answers[8]).toMatchObject({ code: '23503' });
  });

  it('through the extended protocol: parameters in every part, the columns described', async () => {
    await sameAsPostgres([
      'CREATE TABLE mw_item (id serial PRIMARY KEY, label text, price numeric)',
      'CREATE TABLE mw_audit (item_id int, note text)',
      { name: 'mw_add', text: 'WITH i AS (INSERT INTO mw_item (label, price) VALUES ($1, $2) RETURNING id, label, price) INSERT INTO mw_audit SELECT id, $3 || label FROM i RETURNING item_id, note', values: ['pen', '1.50', 'new '] },
      { name: 'mw_add', text: 'WITH i AS (INSERT INTO mw_item (label, price) VALUES ($1, $2) RETURNING id, label, price) INSERT INTO mw_audit SELECT id, $3 || label FROM i RETURNING item_id, note', values: ['ink', '2.25', 'new '] },
      { text: 'WITH u AS (UPDATE mw_item SET price = price * $1 RETURNING label, price) SELECT label, price, price + 1 AS more FROM u ORDER BY label', values: [2] },
      { text: 'WITH u AS (UPDATE mw_item SET price = price + $1 RETURNING price) SELECT sum(price) FROM u', values: ['0.10'] },
      { text: 'WITH d AS (DELETE FROM mw_audit WHERE note = $1 RETURNING item_id) SELECT (SELECT count(*) FROM mw_audit) AS before, count(*) AS gone FROM d', values: ['new pen'] },
    ]);
  });
});

describe('kept rows on the replicas', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(['--replicas', '3']);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('every replica runs every part once; a failed statement keeps nothing; the replicas agree', async () => {
    const c = await server.client();
    await c.query('CREATE TABLE mw_t (id serial PRIMARY KEY, v int UNIQUE)');
    await c.query('CREATE TABLE mw_log (n int)');
    await c.query('BEGIN');
    expect((await c.query('WITH a AS (INSERT INTO mw_t (v) VALUES (1), (2) RETURNING id, v), b AS (INSERT INTO mw_log SELECT v FROM a RETURNING n) SELECT count(*)::int AS n FROM b')).rows).toEqual([{ n: 2 }]);
    await c.query('SAVEPOINT s');
    await expect(c.query('WITH a AS (INSERT INTO mw_log VALUES (9) RETURNING n) INSERT INTO mw_t (v) SELECT 1 FROM a')).rejects.toMatchObject({ code: '23505' });
    await c.query('ROLLBACK TO SAVEPOINT s');
    // Unreferenced, it still runs.
    await c.query('WITH a AS (INSERT INTO mw_log VALUES (3)) SELECT 1');
    await c.query('COMMIT');
    expect((await c.query('SELECT n FROM mw_log ORDER BY n')).rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    // The next statement reads its own kept rows only.
    expect((await c.query('WITH a AS (UPDATE mw_t SET v = v + 10 RETURNING v) SELECT array_agg(v ORDER BY v) AS vs FROM a')).rows).toEqual([{ vs: [11, 12] }]);
    const roots = (await c.query('SELECT DISTINCT state_root FROM evsql_replicas')).rows;
    expect(roots).toHaveLength(1);
    await c.end();
  });
});
