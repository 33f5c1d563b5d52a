/**
 * INSERT, UPDATE and DELETE of automatically updatable views over a real socket, as PostgreSQL 15
 * answers them (checked beside it): the write reaches the base table through nested views,
 * RETURNING and ON CONFLICT speak the view's columns, WITH CHECK OPTION refuses rows the view
 * would not show (44000, the failing row the table's), and views PostgreSQL does not write
 * through are refused with its errors. information_schema tells which views and columns take writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
  await c.query("CREATE TABLE uv (id serial PRIMARY KEY, a int NOT NULL, b text DEFAULT 'bdef', f bool DEFAULT true)");
  await c.query('CREATE VIEW uv_pos AS SELECT id, a, b, a * 2 AS doubled FROM uv WHERE a > 0');
  await c.query('CREATE VIEW uv_small (ident, val) AS SELECT id, a FROM uv_pos WHERE a < 100 WITH LOCAL CHECK OPTION');
  await c.query('CREATE VIEW uv_cascaded AS SELECT ident, val FROM uv_small WHERE val <> 13 WITH CASCADED CHECK OPTION');
  await c.query('CREATE VIEW uv_count AS SELECT count(*) AS n FROM uv');
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

describe('writes through an updatable view', () => {
  it('INSERT fills the base table, its defaults for what the view does not show, RETURNING in the view\'s terms', async () => {
    const r = await c.query("INSERT INTO uv_pos (a, b) VALUES (5, 'x'), (6, DEFAULT) RETURNING *, doubled + 1 AS plus");
    expect(r.rows).toEqual([
      { id: 1, a: 5, b: 'x', doubled: 10, plus: 11 },
      { id: 2, a: 6, b: 'bdef', doubled: 12, plus: 13 },
    ]);
    expect((await c.query('SELECT id, a, b, f FROM uv ORDER BY id')).rows).toEqual([
      { id: 1, a: 5, b: 'x', f: true },
      { id: 2, a: 6, b: 'bdef', f: true },
    ]);
  });

  it("UPDATE and DELETE reach only the rows the view shows, its WHERE ANDed into the statement's", async () => {
    await c.query('INSERT INTO uv (a) VALUES (-1)');
    const up = await c.query('UPDATE uv_pos SET b = upper(b) WHERE doubled >= 10 RETURNING id, b');
    expect(up.rowCount).toBe(2);
    expect((await c.query('UPDATE uv_pos SET a = a + 1')).rowCount).toBe(2);
    expect((await c.query('DELETE FROM uv_pos WHERE b = $1', ['NOTHING'])).rowCount).toBe(0);
    expect((await c.query('SELECT a FROM uv ORDER BY id')).rows.map((r) => r.a)).toEqual([6, 7, -1]);
  });

  it('nested views with renamed columns; parameters through the extended protocol', async () => {
    const r = await c.query('INSERT INTO uv_small (val) VALUES ($1) RETURNING ident, val', [50]);
    expect(r.rows).toEqual([{ ident: 4, val: 50 }]);
    const u = await c.query('UPDATE uv_small SET val = $1 WHERE ident = $2 RETURNING uv_small.*', [60, 4]);
    expect(u.rows).toEqual([{ ident: 4, val: 60 }]);
    expect((await c.query('DELETE FROM uv_small WHERE ident = $1', [4])).rowCount).toBe(1);
  });

  it('ON CONFLICT on the base table, EXCLUDED in the view\'s terms', async () => {
    const r = await c.query('INSERT INTO uv_pos (id, a) VALUES (1, 9) ON CONFLICT (id) DO UPDATE SET a = excluded.doubled RETURNING id, a, doubled');
    expect(r.rows).toEqual([{ id: 1, a: 18, doubled: 36 }]);
    expect((await c.query('INSERT INTO uv_pos (id, a) VALUES (1, 9) ON CONFLICT DO NOTHING')).rowCount).toBe(0);
  });
});

describe('WITH CHECK OPTION', () => {
  it('refuses a row the view would not show, naming the innermost view that fails and the base row', async () => {
    await expect(c.query('INSERT INTO uv_small (val) VALUES (500)')).rejects.toMatchObject({
      code: '44000',
      message: 'new row violates check option for view "uv_small"',
      detail: 'Failing row contains (5, 500, bdef, t).',
    });
    // LOCAL: the view under it is not checked (the row is written and not seen).
    expect((await c.query('INSERT INTO uv_small (val) VALUES (-5)')).rowCount).toBe(1);
    // CASCADED: every view under it is.
    await expect(c.query('INSERT INTO uv_cascaded (val) VALUES (-7)')).rejects.toMatchObject({ code: '44000', message: 'new row violates check option for view "uv_pos"' });
    await expect(c.query('INSERT INTO uv_cascaded (val) VALUES (13)')).rejects.toMatchObject({ code: '44000', message: 'new row violates check option for view "uv_cascaded"' });
    await expect(c.query('UPDATE uv_small SET val = 1000 WHERE ident = 1 RETURNING *')).rejects.toMatchObject({ code: '44000', detail: 'Failing row contains (1, 1000, X, t).' });
    await expect(c.query('INSERT INTO uv_small (ident, val) VALUES (1, 1) ON CONFLICT (ident) DO UPDATE SET val = 200')).rejects.toMatchObject({ code: '44000' });
    // The failed statement wrote nothing.
    expect((await c.query('SELECT a FROM uv WHERE id = 1')).rows).toEqual([{ a: 18 }]);
  });

  it('a prepared write shows no result columns: the check is not the client\'s', async () => {
    const r = await c.query({ name: 'uv_ins', text: 'INSERT INTO uv_small (val) VALUES ($1)', values: [7] });
    expect(r.fields).toEqual([]);
    expect(r.rowCount).toBe(1);
    await expect(c.query({ name: 'uv_ins', text: 'INSERT INTO uv_small (val) VALUES ($1)', values: [700] })).rejects.toMatchObject({ code: '44000' });
  });
});

describe('values as PostgreSQL prints them', () => {
  it("RETURNING through a checked view prints a numeric at its scale; a view's jsonb key test is written through", async () => {
    await c.query('CREATE TABLE num_uv (id int PRIMARY KEY, n numeric, j jsonb)');
    await c.query('CREATE VIEW num_uv_pos AS SELECT id, n, j FROM num_uv WHERE n > 0 AND j ? $$k$$ WITH CHECK OPTION');
    const r = await c.query({ text: 'INSERT INTO num_uv_pos VALUES (1, 1.50, $${"k": 1}$$) RETURNING n, id', rowMode: 'array', types: { getTypeParser: () => (v: string) => v } });
    expect(r.rows).toEqual([['1.50', '1']]);
    await expect(c.query('INSERT INTO num_uv_pos VALUES (2, 2.0, $${"x": 1}$$)')).rejects.toMatchObject({ code: '44000', detail: 'Failing row contains (2, 2.0, {"x": 1}).' });
  });
});

describe('what PostgreSQL refuses', () => {
  it('a column that is not its base column: 0A000 with the detail', async () => {
    await expect(c.query('INSERT INTO uv_pos (a, doubled) VALUES (1, 2)')).rejects.toMatchObject({
      code: '0A000',
      message: 'cannot insert into column "doubled" of view "uv_pos"',
      detail: 'View columns that are not columns of their base relation are not updatable.',
    });
    await expect(c.query('UPDATE uv_pos SET doubled = 1')).rejects.toMatchObject({ code: '0A000', message: 'cannot update column "doubled" of view "uv_pos"' });
  });

  it('a view that is not automatically updatable: 55000 with the reason and the hint', async () => {
    await expect(c.query('DELETE FROM uv_count')).rejects.toMatchObject({
      code: '55000',
      message: 'cannot delete from view "uv_count"',
      detail: 'Views that return aggregate functions are not automatically updatable.',
      hint: 'To enable deleting from the view, provide an INSTEAD OF DELETE trigger or an unconditional ON DELETE DO INSTEAD rule.',
    });
  });

  it('a view of a relation that does not exist: 42P01 at CREATE VIEW, and no view left behind', async () => {
    await expect(c.query('CREATE VIEW uv_missing AS SELECT * FROM uv_nosuch')).rejects.toMatchObject({ code: '42P01', message: 'relation "uv_nosuch" does not exist' });
    await expect(c.query('CREATE OR REPLACE VIEW uv_missing AS SELECT * FROM uv_nosuch')).rejects.toMatchObject({ code: '42P01' });
    expect((await c.query("SELECT count(*)::int AS n FROM pg_views WHERE viewname = 'uv_missing'")).rows).toEqual([{ n: 0 }]);
  });

  it('names the view hides: 42703', async () => {
    await expect(c.query('DELETE FROM uv_pos WHERE f')).rejects.toMatchObject({ code: '42703', message: 'column "f" does not exist' });
    await expect(c.query('DELETE FROM uv_pos WHERE uv_pos.f')).rejects.toMatchObject({ code: '42703', message: 'column uv_pos.f does not exist' });
  });
});

describe('information_schema', () => {
  it('tells which views and columns take writes, and the check option', async () => {
    const views = await c.query("SELECT table_name, check_option, is_updatable, is_insertable_into FROM information_schema.views WHERE table_name LIKE 'uv%' ORDER BY 1");
    expect(views.rows).toEqual([
      { table_name: 'uv_cascaded', check_option: 'CASCADED', is_updatable: 'YES', is_insertable_into: 'YES' },
      { table_name: 'uv_count', check_option: 'NONE', is_updatable: 'NO', is_insertable_into: 'NO' },
      { table_name: 'uv_pos', check_option: 'NONE', is_updatable: 'YES', is_insertable_into: 'YES' },
      { table_name: 'uv_small', check_option: 'LOCAL', is_updatable: 'YES', is_insertable_into: 'YES' },
    ]);
    const columns = await c.query("SELECT column_name, is_updatable FROM information_schema.columns WHERE table_name = 'uv_pos' ORDER BY ordinal_position");
    expect(columns.rows.map((r) => `${r.column_name}:${r.is_updatable}`)).toEqual(['id:YES', 'a:YES', 'b:YES', 'doubled:NO']);
  });
});
