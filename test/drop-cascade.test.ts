/**
 * DROP TABLE / VIEW of a relation others depend on, as PostgreSQL 15 answers (checked beside it):
 * without CASCADE 2BP01 naming every dependent; with it, the referencing tables' foreign keys go
 * (the tables and their rows stay) and the views reading the relation go, with PostgreSQL's NOTICE.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;
const notices: Array<{ message: string; detail?: string }> = [];

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
  c.on('notice', (n) => notices.push({ message: n.message, ...(n.detail ? { detail: n.detail } : {}) }));
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

beforeEach(async () => {
  await c.query('DROP VIEW IF EXISTS v6, v5, v7');
  await c.query('DROP TABLE IF EXISTS c6, c5, p5');
  await c.query('CREATE TABLE p5 (id int PRIMARY KEY)');
  await c.query('CREATE TABLE c5 (id int, p int REFERENCES p5, q int, CONSTRAINT named_fk FOREIGN KEY (q) REFERENCES p5)');
  await c.query('CREATE TABLE c6 (p int REFERENCES p5)');
  await c.query('INSERT INTO p5 VALUES (1), (2)');
  await c.query('INSERT INTO c5 VALUES (10, 1, 2)');
  await c.query('INSERT INTO c6 VALUES (1)');
  await c.query('CREATE VIEW v5 AS SELECT id FROM p5 WHERE id > 0');
  await c.query('CREATE VIEW v6 AS SELECT v5.id FROM v5 JOIN c6 ON c6.p = v5.id');
  notices.length = 0;
});

describe('DROP of a relation others depend on', () => {
  it('without CASCADE: 2BP01 naming each dependent', async () => {
    await expect(c.query('DROP TABLE p5')).rejects.toMatchObject({
      code: '2BP01',
      message: 'cannot drop table p5 because other objects depend on it',
      detail: 'constraint c5_p_fkey on table c5 depends on table p5\nconstraint named_fk on table c5 depends on table p5\nconstraint c6_p_fkey on table c6 depends on table p5\nview v5 depends on table p5\nview v6 depends on view v5',
      hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
    });
    await expect(c.query('DROP VIEW v5')).rejects.toMatchObject({ code: '2BP01', message: 'cannot drop view v5 because other objects depend on it', detail: 'view v6 depends on view v5' });
    await expect(c.query('DROP TABLE c6')).rejects.toMatchObject({ code: '2BP01', detail: 'view v6 depends on table c6' });
    await expect(c.query('DROP TABLE p5, c5')).rejects.toMatchObject({
      code: '2BP01',
      message: 'cannot drop desired object(s) because other objects depend on them',
      detail: 'constraint c6_p_fkey on table c6 depends on table p5\nview v5 depends on table p5\nview v6 depends on view v5',
    });
    expect((await c.query('SELECT * FROM v6')).rows).toEqual([{ id: 1 }]);
  });

  it('with CASCADE: the foreign keys and the views go, the referencing tables and their rows stay', async () => {
    await c.query('DROP TABLE p5 CASCADE');
    expect(notices).toEqual([
      {
        message: 'drop cascades to 5 other objects',
        detail: 'drop cascades to constraint c5_p_fkey on table c5\ndrop cascades to constraint named_fk on table c5\ndrop cascades to constraint c6_p_fkey on table c6\ndrop cascades to view v5\ndrop cascades to view v6',
      },
    ]);
    expect((await c.query('SELECT * FROM c5')).rows).toEqual([{ id: 10, p: 1, q: 2 }]);
    await c.query('INSERT INTO c5 VALUES (11, 99, 99)');
    await c.query('INSERT INTO c6 VALUES (99)');
    expect((await c.query("SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f'")).rows).toEqual([{ n: 0 }]);
    for (const v of ['v5', 'v6']) await expect(c.query(`SELECT * FROM ${v}`)).rejects.toMatchObject({ code: '42P01' });
  });

  it('DROP VIEW … CASCADE drops the views reading it; ROLLBACK brings everything back', async () => {
    await c.query('DROP VIEW v5 CASCADE');
    expect(notices).toEqual([{ message: 'drop cascades to view v6' }]);
    await expect(c.query('SELECT * FROM v6')).rejects.toMatchObject({ code: '42P01' });
    await c.query('CREATE VIEW v5 AS SELECT id FROM p5');
    await c.query('CREATE VIEW v6 AS SELECT v5.id FROM v5 JOIN c6 ON c6.p = v5.id');
    await c.query('BEGIN');
    await c.query('DROP TABLE p5 CASCADE');
    await c.query('ROLLBACK');
    expect((await c.query('SELECT * FROM v6')).rows).toEqual([{ id: 1 }]);
    expect((await c.query('SELECT * FROM c5')).rows).toEqual([{ id: 10, p: 1, q: 2 }]);
    await expect(c.query('INSERT INTO c5 VALUES (12, 99, 1)')).rejects.toMatchObject({ code: '23503', constraint: 'c5_p_fkey' });
  });
});
