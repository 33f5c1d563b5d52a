/**
 * Row triggers under what the corpus (32-triggers13.sql) cannot show: clients writing at once
 * through triggers that write other tables, transactions rolled back around them, a statement
 * whose trigger raises midway, a schema change rolled back, and a restart. The replicas run every
 * trigger inside the statement that fires it, so they must end with the same state root.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { rejection, startServer, stateRoots, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

const SCHEMA = `
CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int NOT NULL DEFAULT 0, version int NOT NULL DEFAULT 0);
CREATE TABLE ledger (n serial PRIMARY KEY, acct int NOT NULL, delta int NOT NULL);
CREATE TABLE summary (k text PRIMARY KEY, total int NOT NULL, moves int NOT NULL);
INSERT INTO summary VALUES ('all', 0, 0);
CREATE FUNCTION acct_version() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if new.balance < -100 then
    raise exception 'overdrawn: % on %', new.balance, new.owner using errcode = 'check_violation', hint = 'Move less.';
  end if;
  new.version := old.version + 1;
  return new;
end $$;
CREATE FUNCTION acct_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  insert into ledger (acct, delta) values (new.id, new.balance - coalesce(old.balance, 0));
  update summary set total = total + new.balance - coalesce(old.balance, 0), moves = moves + 1 where k = 'all';
  return null;
end $$;
CREATE TRIGGER acct_version BEFORE UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION acct_version();
CREATE TRIGGER acct_ledger AFTER INSERT OR UPDATE ON acct FOR EACH ROW EXECUTE FUNCTION acct_ledger();
`;

beforeAll(async () => {
  server = await startServer(['--replicas', '3'], { keepData: true });
  c = await server.client();
  await c.query(SCHEMA);
  await c.query("INSERT INTO acct (id, owner) SELECT g, 'o' || g FROM generate_series(1, 8) g");
});

afterAll(async () => {
  await c?.end();
  await server?.stop();
});

it('runs the triggers of concurrent writers once per row, on every replica alike', async () => {
  const clients = await Promise.all(Array.from({ length: 4 }, () => server.client()));
  try {
    // Each client moves money between two accounts in transactions, every fifth rolled back.
    await Promise.all(
      clients.map(async (k, i) => {
        for (let j = 0; j < 15; j++) {
          const [from, to] = [((i + j) % 8) + 1, ((i + j + 3) % 8) + 1];
          await k.query('BEGIN');
          await k.query('UPDATE acct SET balance = balance - 2 WHERE id = $1', [from]);
          await k.query('UPDATE acct SET balance = balance + 2 WHERE id = $1', [to]);
          await k.query(j % 5 === 4 ? 'ROLLBACK' : 'COMMIT');
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((k) => k.end()));
  }
  const committed = 4 * 12 * 2;
  const ledger = await c.query('SELECT count(*)::int AS n, sum(delta)::int AS total FROM ledger WHERE delta <> 0');
  expect(ledger.rows[0]).toEqual({ n: committed, total: 0 });
  const accounts = await c.query('SELECT sum(balance)::int AS total, sum(version)::int AS versions FROM acct');
  expect(accounts.rows[0]).toEqual({ total: 0, versions: committed });
  // The summary saw every committed row change: the 8 inserts and the updates.
  expect((await c.query("SELECT total, moves FROM summary WHERE k = 'all'")).rows[0]).toEqual({ total: 0, moves: 8 + committed });
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('leaves nothing of a statement whose trigger raises on a later row, and keeps the error as PostgreSQL sends it', async () => {
  const before = (await c.query('SELECT (SELECT count(*) FROM ledger)::int AS ledger, (SELECT sum(version) FROM acct)::int AS versions')).rows[0];
  const err = await rejection(() => c.query('UPDATE acct SET balance = balance - 60 * id WHERE id IN (1, 2, 3)'));
  expect(err).toMatchObject({ code: '23514', hint: 'Move less.', where: 'PL/pgSQL function acct_version() line 4 at RAISE' });
  expect((err as Error).message).toMatch(/^overdrawn: -1\d\d on o2$/);
  const after = (await c.query('SELECT (SELECT count(*) FROM ledger)::int AS ledger, (SELECT sum(version) FROM acct)::int AS versions')).rows[0];
  expect(after).toEqual(before);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('takes back a trigger created in a transaction that rolls back', async () => {
  await c.query('BEGIN');
  await c.query("CREATE FUNCTION acct_upper() RETURNS trigger LANGUAGE plpgsql AS $$ begin new.owner := upper(new.owner); return new; end $$");
  await c.query('CREATE TRIGGER acct_upper BEFORE INSERT ON acct FOR EACH ROW EXECUTE FUNCTION acct_upper()');
  expect((await c.query("INSERT INTO acct (id, owner) VALUES (100, 'inside') RETURNING owner")).rows[0].owner).toBe('INSIDE');
  await c.query('ROLLBACK');
  expect((await c.query("INSERT INTO acct (id, owner) VALUES (100, 'after') RETURNING owner")).rows[0].owner).toBe('after');
  expect((await c.query("SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'acct_upper'")).rows[0].n).toBe(0);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('refuses what it cannot run exactly with 0A000, when the function or statement is made', async () => {
  const loop = await rejection(() => c.query('CREATE FUNCTION f_loop() RETURNS trigger LANGUAGE plpgsql AS $$ begin for i in 1..3 loop null; end loop; return new; end $$'));
  expect(loop?.code).toBe('0A000');
  // PERFORM pg_notify runs in a statement-level trigger's function (test/jobs28.test.ts), not per row.
  await c.query("CREATE FUNCTION f_perform() RETURNS trigger LANGUAGE plpgsql AS $$ begin perform pg_notify('c', 'x'); return new; end $$");
  const perform = await rejection(() => c.query('CREATE TRIGGER t_perform AFTER INSERT ON acct FOR EACH ROW EXECUTE FUNCTION f_perform()'));
  expect(perform?.code).toBe('0A000');
  const statementLevel = await rejection(() => c.query('CREATE TRIGGER t_stmt AFTER INSERT ON acct FOR EACH STATEMENT EXECUTE FUNCTION acct_ledger()'));
  expect(statementLevel?.code).toBe('0A000');
  // COPY and MERGE write rows without the statement text the assignments go into.
  const copy = await rejection(() => c.query('COPY acct FROM STDIN'));
  expect(copy?.code).toBe('0A000');
  const called = await rejection(() => c.query('SELECT acct_version()'));
  expect(called?.code).toBe('0A000');
  // An assignment reading NEW.a computes a's value again: a volatile one would differ from the row's.
  await c.query('CREATE TABLE twice (id int PRIMARY KEY, a float8, b float8)');
  await c.query('CREATE FUNCTION twice_b() RETURNS trigger LANGUAGE plpgsql AS $$ begin new.b := new.a; return new; end $$');
  await c.query('CREATE TRIGGER twice_b BEFORE INSERT OR UPDATE ON twice FOR EACH ROW EXECUTE FUNCTION twice_b()');
  expect((await rejection(() => c.query('INSERT INTO twice (id, a) VALUES (1, random())')))?.code).toBe('0A000');
  expect((await rejection(() => c.query('INSERT INTO twice (id, a) SELECT g, g FROM generate_series(1, 2) g ORDER BY g DESC')))?.code).toBe('0A000');
  expect((await c.query('INSERT INTO twice (id, a) VALUES (2, 0.5) RETURNING b')).rows).toEqual([{ b: 0.5 }]);
  expect((await c.query('UPDATE twice SET a = a * 4 RETURNING b')).rows).toEqual([{ b: 2 }]);
});

it('sends what RAISE NOTICE, WARNING and INFO say before the command completes, once per row', async () => {
  await c.query("CREATE TABLE said (id int PRIMARY KEY, v int)");
  await c.query("CREATE FUNCTION said_f() RETURNS trigger LANGUAGE plpgsql AS $$ begin raise notice 'row %', new.id; if new.v > 10 then raise warning 'big %', new.v using hint = 'Smaller.'; end if; raise log 'only logged'; return new; end $$");
  await c.query('CREATE TRIGGER said_t BEFORE INSERT ON said FOR EACH ROW EXECUTE FUNCTION said_f()');
  const notices: Array<{ severity?: string; message: string; hint?: string; where?: string }> = [];
  const listen = (n: { severity?: string; message: string; hint?: string; where?: string }) => notices.push({ severity: n.severity, message: n.message, hint: n.hint, where: n.where });
  c.on('notice', listen);
  try {
    await c.query('INSERT INTO said VALUES (1, 5), (2, 50)');
  } finally {
    c.off('notice', listen);
  }
  expect(notices).toEqual([
    { severity: 'NOTICE', message: 'row 1', hint: undefined, where: 'PL/pgSQL function said_f() line 1 at RAISE' },
    { severity: 'NOTICE', message: 'row 2', hint: undefined, where: 'PL/pgSQL function said_f() line 1 at RAISE' },
    { severity: 'WARNING', message: 'big 50', hint: 'Smaller.', where: 'PL/pgSQL function said_f() line 1 at RAISE' },
  ]);
});

it('keeps the triggers across a restart', async () => {
  await c.end();
  const dataDir = server.dataDir;
  await server.stop();
  server = await startServer(['--replicas', '3'], { dataDir, keepData: true });
  c = await server.client();
  const r = await c.query('UPDATE acct SET balance = balance + 1 WHERE id = 1 RETURNING version');
  const versions = (await c.query('SELECT version FROM acct WHERE id = 1')).rows[0].version as number;
  expect(r.rows[0].version).toBe(versions);
  expect((await c.query('SELECT delta FROM ledger ORDER BY n DESC LIMIT 1')).rows[0].delta).toBe(1);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});

it('rolls back a schema change while a view has an INSTEAD OF trigger, which stays and fires', async () => {
  await c.query('CREATE TABLE rb_t (id int PRIMARY KEY)');
  await c.query('CREATE VIEW rb_v AS SELECT id FROM rb_t UNION ALL SELECT -1');
  await c.query('CREATE FUNCTION rb_f() RETURNS trigger LANGUAGE plpgsql AS $$ begin insert into rb_t values (new.id); return new; end $$');
  await c.query('CREATE TRIGGER rb_i INSTEAD OF INSERT ON rb_v FOR EACH ROW EXECUTE FUNCTION rb_f()');
  await c.query('BEGIN');
  await c.query('CREATE TABLE rb_made (a int)');
  // It failed with XX000 ("no such trigger") and left rb_made behind: the view's drop took its trigger.
  await c.query('ROLLBACK');
  expect((await c.query("SELECT count(*)::int AS n FROM pg_class WHERE relname = 'rb_made'")).rows[0].n).toBe(0);
  await c.query('INSERT INTO rb_v VALUES (5)');
  expect((await c.query('SELECT id FROM rb_t')).rows).toEqual([{ id: 5 }]);
  expect(new Set(await stateRoots(c)).size).toBe(1);
  await c.query('DROP VIEW rb_v');
  await c.query('DROP FUNCTION rb_f()');
  await c.query('DROP TABLE rb_t');
});

it('writes through a view’s INSTEAD OF trigger from concurrent clients, rolled back or not, and tells upserts’ inserts from updates, on every replica alike', async () => {
  await c.query(`
CREATE TABLE s22_box (id int PRIMARY KEY, label text NOT NULL);
CREATE TABLE s22_item (box int NOT NULL REFERENCES s22_box (id), n int NOT NULL, PRIMARY KEY (box, n));
CREATE TABLE s22_hits (k text PRIMARY KEY, n int NOT NULL);
CREATE VIEW s22_box_items AS SELECT b.id, b.label, i.n FROM s22_box b JOIN s22_item i ON i.box = b.id;
CREATE FUNCTION s22_box_items_write() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  if tg_op = 'DELETE' then
    delete from s22_item where box = old.id and n = old.n;
    return old;
  end if;
  if new.n < 0 then
    return null;
  end if;
  insert into s22_box (id, label) values (new.id, new.label) on conflict (id) do nothing;
  insert into s22_item (box, n) values (new.id, new.n);
  return new;
end $$;
CREATE TRIGGER s22_box_items_write INSTEAD OF INSERT OR DELETE ON s22_box_items FOR EACH ROW EXECUTE FUNCTION s22_box_items_write();`);
  const clients = await Promise.all(Array.from({ length: 4 }, () => server.client()));
  let created = 0;
  try {
    await Promise.all(
      clients.map(async (k, i) => {
        for (let j = 0; j < 12; j++) {
          await k.query('BEGIN');
          const r = await k.query('INSERT INTO s22_box_items VALUES ($1, $2, $3), ($1, $2, $4)', [j % 3, `box${j % 3}`, i * 100 + j, -1]);
          expect(r.rowCount).toBe(1);
          await k.query(j % 4 === 3 ? 'ROLLBACK' : 'COMMIT');
          const up = await k.query('INSERT INTO s22_hits VALUES ($1, 1) ON CONFLICT (k) DO UPDATE SET n = s22_hits.n + 1 RETURNING (xmax = 0) AS created', [`k${j % 5}`]);
          if (up.rows[0].created) created++;
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((k) => k.end()));
  }
  expect(created).toBe(5);
  expect((await c.query('SELECT sum(n)::int AS n FROM s22_hits')).rows[0].n).toBe(48);
  expect((await c.query('SELECT count(*)::int AS n FROM s22_box_items')).rows[0].n).toBe(4 * 9);
  const deleted = await c.query('DELETE FROM s22_box_items WHERE id = 0 RETURNING n');
  expect(deleted.rowCount).toBe(deleted.rows.length);
  expect((await c.query('SELECT count(*)::int AS n FROM s22_item WHERE box = 0')).rows[0].n).toBe(0);
  expect(new Set(await stateRoots(c)).size).toBe(1);
});
