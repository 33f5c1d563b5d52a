/**
 * What the twenty-eighth session's job-queue sweep (test/corpus/47-jobs28.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer: graphile-worker's
 * statement-level trigger that notifies the workers (`PERFORM pg_notify('jobs:insert', '')`),
 * delivered to a listener once the statement's transaction commits, and pg-boss 10's fail(), a
 * DELETE and three INSERTs into the job table in one WITH.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let listener: pg.Client;
let writer: pg.Client;
const seen: Array<[string, string]> = [];

beforeAll(async () => {
  server = await startServer();
  [listener, writer] = [await server.client(), await server.client()];
  listener.on('notification', (n) => seen.push([n.channel, n.payload ?? '']));
  await writer.query('CREATE SCHEMA gw28');
  await writer.query('CREATE TABLE gw28.jobs (id serial PRIMARY KEY, task text NOT NULL)');
  await writer.query("CREATE FUNCTION gw28.notify_new() RETURNS trigger AS $$ begin perform pg_notify('jobs:insert', ''); return new; end $$ LANGUAGE plpgsql");
  await writer.query('CREATE TRIGGER _900_notify AFTER INSERT ON gw28.jobs FOR EACH STATEMENT EXECUTE PROCEDURE gw28.notify_new()');
  await writer.query("CREATE FUNCTION gw28.changes() RETURNS trigger AS $$ begin if tg_op = 'DELETE' then perform pg_notify('jobs:delete', 'gone'); end if; return null; end $$ LANGUAGE plpgsql");
  await writer.query('CREATE TRIGGER _910_changes AFTER INSERT OR DELETE ON gw28.jobs FOR EACH STATEMENT EXECUTE FUNCTION gw28.changes()');
  await listener.query('LISTEN "jobs:insert"');
  await listener.query('LISTEN "jobs:delete"');
});

afterAll(async () => {
  await listener?.end();
  await writer?.end();
  if (server) expect(await server.stop()).toBe(0);
});

/** The notifications the listener got while `act` ran: a round trip on its connection makes sure any sent have arrived. */
async function notified(act: () => Promise<unknown>): Promise<Array<[string, string]>> {
  seen.length = 0;
  await act();
  await listener.query('SELECT 1');
  return [...seen];
}

describe("a statement-level trigger's PERFORM pg_notify", () => {
  it('notifies once per statement, whatever rows it inserts (none too)', async () => {
    expect(await notified(() => writer.query("INSERT INTO gw28.jobs (task) VALUES ('a'), ('b')"))).toEqual([['jobs:insert', '']]);
    expect(await notified(() => writer.query("INSERT INTO gw28.jobs (task) SELECT 'x' WHERE false"))).toEqual([['jobs:insert', '']]);
    expect(await notified(() => writer.query('INSERT INTO gw28.jobs (task) VALUES ($1)', ['c']))).toEqual([['jobs:insert', '']]);
  });

  it('sends nothing for a statement that fails or a transaction rolled back; one for a committed transaction', async () => {
    expect(await notified(() => writer.query('INSERT INTO gw28.jobs (task) VALUES (NULL)').catch((e: { code: string }) => e.code))).toEqual([]);
    expect(
      await notified(async () => {
        await writer.query('BEGIN');
        await writer.query("INSERT INTO gw28.jobs (task) VALUES ('d')");
        await writer.query('ROLLBACK');
      }),
    ).toEqual([]);
    const inTransaction = await notified(async () => {
      await writer.query('BEGIN');
      await writer.query("INSERT INTO gw28.jobs (task) VALUES ('e')");
      await writer.query("INSERT INTO gw28.jobs (task) VALUES ('f')");
      // Held until the commit.
      await listener.query('SELECT 1');
      expect(seen).toEqual([]);
      await writer.query('COMMIT');
    });
    expect(inTransaction).toEqual([['jobs:insert', '']]);
  });

  it("sends a DO block's at its end", async () => {
    expect(await notified(() => writer.query("DO $$ begin insert into gw28.jobs (task) values ('g'); end $$"))).toEqual([['jobs:insert', '']]);
  });

  it("follows IF TG_OP: the DELETE's notification, none of it for an INSERT", async () => {
    expect(await notified(() => writer.query("DELETE FROM gw28.jobs WHERE task = 'a'"))).toEqual([['jobs:delete', 'gone']]);
    expect(await notified(() => writer.query('UPDATE gw28.jobs SET task = task'))).toEqual([]);
  });

  it('is refused (0A000) in a row-level trigger or with a computed payload', async () => {
    await writer.query("CREATE FUNCTION gw28.row_notify() RETURNS trigger AS $$ begin perform pg_notify('jobs:row', ''); return new; end $$ LANGUAGE plpgsql");
    const code = (sql: string) => writer.query(sql).then(() => 'ok', (e: { code: string }) => e.code);
    expect(await code('CREATE TRIGGER t_row AFTER INSERT ON gw28.jobs FOR EACH ROW EXECUTE FUNCTION gw28.row_notify()')).toBe('0A000');
    expect(await code("CREATE FUNCTION gw28.computed() RETURNS trigger AS $$ begin perform pg_notify('c', new.id::text); return new; end $$ LANGUAGE plpgsql")).toBe('0A000');
  });
});

describe("pg-boss 10's fail()", () => {
  it('retries a job with retries left, fails one without and dead-letters it', async () => {
    await writer.query('CREATE TABLE gw28.job (id int, name text, state text NOT NULL, retry_count int NOT NULL, retry_limit int NOT NULL, dead_letter text, PRIMARY KEY (name, id))');
    await writer.query("INSERT INTO gw28.job VALUES (1, 'mail', 'active', 0, 1, 'dead'), (2, 'mail', 'active', 1, 1, 'dead')");
    const fail = `WITH deleted_jobs AS (DELETE FROM gw28.job WHERE name = $1 AND id = ANY($2::int[]) AND state < 'completed' RETURNING *),
      retried_jobs AS (INSERT INTO gw28.job (id, name, state, retry_count, retry_limit, dead_letter)
        SELECT id, name, CASE WHEN retry_count < retry_limit THEN 'retry' ELSE 'failed' END, retry_count, retry_limit, dead_letter FROM deleted_jobs ON CONFLICT DO NOTHING RETURNING *),
      failed_jobs AS (INSERT INTO gw28.job (id, name, state, retry_count, retry_limit, dead_letter)
        SELECT id, name, 'failed', retry_count, retry_limit, dead_letter FROM deleted_jobs WHERE id NOT IN (SELECT id FROM retried_jobs) RETURNING *),
      results AS (SELECT * FROM retried_jobs UNION ALL SELECT * FROM failed_jobs),
      dlq_jobs AS (INSERT INTO gw28.job (id, name, state, retry_count, retry_limit) SELECT id + 100, dead_letter, 'created', 0, 0 FROM results WHERE state = 'failed' AND dead_letter IS NOT NULL)
      SELECT COUNT(*)::int AS n FROM results`;
    expect((await writer.query(fail, ['mail', [1, 2, 3]])).rows).toEqual([{ n: 2 }]);
    const { rows } = await writer.query('SELECT id, name, state FROM gw28.job ORDER BY id');
    expect(rows).toEqual([
      { id: 1, name: 'mail', state: 'retry' },
      { id: 2, name: 'mail', state: 'failed' },
      { id: 102, name: 'dead', state: 'created' },
    ]);
  });
});
