/**
 * Statement-level triggers (FOR EACH STATEMENT) as audit logs use them, under what the corpus
 * (43-routines24.sql) cannot show: concurrent writers, rolled-back transactions, a BEFORE trigger
 * that raises, the extended protocol, and the statement's own count and RETURNING rows. Their
 * functions' statements run as steps of the statement that fires them, on every replica alike.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { rejection, startServer, stateRoots, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

const SCHEMA = `
CREATE TABLE item (id int PRIMARY KEY, qty int NOT NULL DEFAULT 0);
CREATE TABLE audit (n serial PRIMARY KEY, op text NOT NULL, lvl text NOT NULL, items int NOT NULL);
CREATE FUNCTION audit_statement() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  insert into audit (op, lvl, items) values (TG_OP, TG_LEVEL, (select count(*) from item));
  return null;
end $$;
CREATE FUNCTION no_deletes() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if TG_OP = 'DELETE' then
    raise exception 'no deletes from %', TG_TABLE_NAME using errcode = 'insufficient_privilege';
  end if;
  return null;
end $$;
CREATE TRIGGER item_audit AFTER INSERT OR UPDATE OR DELETE ON item FOR EACH STATEMENT EXECUTE FUNCTION audit_statement();
`;

beforeAll(async () => {
  server = await startServer(['--replicas', '3']);
  c = await server.client();
  await c.query(SCHEMA);
});

afterAll(async () => {
  await c?.end();
  await server?.stop();
});

it('fires once per statement, for no rows too, after the rows are written, and keeps the statement its own answer', async () => {
  const inserted = await c.query('INSERT INTO item (id, qty) VALUES (1, 1), (2, 2), (3, 3) RETURNING id');
  expect(inserted.rowCount).toBe(3);
  expect(inserted.rows.map((r) => r.id)).toEqual([1, 2, 3]);
  const none = await c.query('UPDATE item SET qty = 0 WHERE id < 0');
  expect(none.rowCount).toBe(0);
  const prepared = await c.query({ name: 'del', text: 'DELETE FROM item WHERE id = $1', values: [3] });
  expect(prepared.rowCount).toBe(1);
  expect(prepared.fields).toEqual([]);
  const audit = await c.query('SELECT op, lvl, items FROM audit ORDER BY n');
  expect(audit.rows).toEqual([
    { op: 'INSERT', lvl: 'STATEMENT', items: 3 },
    { op: 'UPDATE', lvl: 'STATEMENT', items: 3 },
    { op: 'DELETE', lvl: 'STATEMENT', items: 2 },
  ]);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('runs for concurrent writers once per committed statement, on every replica alike', async () => {
  await c.query('DELETE FROM audit');
  const clients = await Promise.all(Array.from({ length: 4 }, () => server.client()));
  try {
    await Promise.all(
      clients.map(async (k, i) => {
        for (let j = 0; j < 10; j++) {
          await k.query('BEGIN');
          await k.query('INSERT INTO item (id, qty) VALUES ($1, $2)', [100 + i * 10 + j, j]);
          await k.query('UPDATE item SET qty = qty + 1 WHERE id = $1', [100 + i * 10 + j]);
          await k.query(j % 5 === 4 ? 'ROLLBACK' : 'COMMIT');
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((k) => k.end()));
  }
  const ops = await c.query('SELECT op, count(*)::int AS n FROM audit GROUP BY op ORDER BY op');
  expect(ops.rows).toEqual([
    { op: 'INSERT', n: 32 },
    { op: 'UPDATE', n: 32 },
  ]);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('leaves nothing of a statement whose BEFORE statement trigger raises', async () => {
  await c.query('CREATE TRIGGER item_guard BEFORE DELETE ON item FOR EACH STATEMENT EXECUTE FUNCTION no_deletes()');
  const before = (await c.query('SELECT (SELECT count(*) FROM item)::int AS items, (SELECT count(*) FROM audit)::int AS audit')).rows[0];
  const err = await rejection(() => c.query('DELETE FROM item WHERE id = 1'));
  expect(err).toMatchObject({ code: '42501', message: 'no deletes from item' });
  expect((await c.query('SELECT (SELECT count(*) FROM item)::int AS items, (SELECT count(*) FROM audit)::int AS audit')).rows[0]).toEqual(before);
  await c.query('DROP TRIGGER item_guard ON item');
  expect((await c.query('DELETE FROM item WHERE id = 1')).rowCount).toBe(1);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('refuses with 0A000 what would leave a statement-level trigger unfired or its row unknown', async () => {
  const code = async (sql: string) => (await rejection(() => c.query(sql)))?.code;
  expect(await code('WITH d AS (DELETE FROM item WHERE id = 2 RETURNING id) SELECT * FROM d')).toBe('0A000');
  expect(await code('MERGE INTO item USING (VALUES (2)) v(id) ON item.id = v.id WHEN MATCHED THEN DELETE')).toBe('0A000');
  expect(await code('INSERT INTO item VALUES (2, 9) ON CONFLICT (id) DO UPDATE SET qty = excluded.qty')).toBe('0A000');
  await c.query('CREATE FUNCTION reads_new() RETURNS trigger LANGUAGE plpgsql AS $$ begin insert into audit (op, lvl, items) values (TG_OP, TG_LEVEL, new.qty); return null; end $$');
  expect(await code('CREATE TRIGGER item_new AFTER INSERT ON item FOR EACH STATEMENT EXECUTE FUNCTION reads_new()')).toBe('0A000');
  expect(await code('CREATE TRIGGER item_new AFTER INSERT ON item REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION audit_statement()')).toBe('0A000');
  // A row trigger whose statements write a table with statement-level triggers would not fire them.
  await c.query('CREATE TABLE shadow (id int PRIMARY KEY)');
  await c.query('CREATE FUNCTION to_item() RETURNS trigger LANGUAGE plpgsql AS $$ begin insert into item (id) values (new.id); return null; end $$');
  expect(await code('CREATE TRIGGER shadow_item AFTER INSERT ON shadow FOR EACH ROW EXECUTE FUNCTION to_item()')).toBe('0A000');
  expect((await c.query("SELECT count(*)::int AS n FROM item WHERE id = 2")).rows[0].n).toBe(1);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});
