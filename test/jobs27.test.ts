/**
 * What the twenty-seventh session's job-queue sweep (test/corpus/46-jobs27.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: pg-boss 10's queue tables (a table with its own primary key, foreign keys, partial
 * unique indexes and check, attached as a partition), its insert's parameter typing, and the enum
 * columns of partitions and views.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string, values?: unknown[]) => c.query(sql, values).then(() => undefined, (e: { code?: string }) => e.code);

/** pg-boss 10's create_queue, in its statements: the queue's table made LIKE the job table, its keys and indexes, then attached. */
async function createQueue(name: string): Promise<void> {
  const t = `q27.j_${name}`;
  await c.query(`INSERT INTO q27.queue (name) VALUES ('${name}')`);
  await c.query(`CREATE TABLE ${t} (LIKE q27.job INCLUDING DEFAULTS)`);
  await c.query(`ALTER TABLE ${t} ADD PRIMARY KEY (name, id)`);
  await c.query(`ALTER TABLE ${t} ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES q27.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED`);
  await c.query(`CREATE UNIQUE INDEX j_${name}_i2 ON ${t} (name, COALESCE(singleton_key, '')) WHERE state = 'active' AND policy = 'singleton'`);
  await c.query(`ALTER TABLE ${t} ADD CONSTRAINT cjc CHECK (name = '${name}')`);
  await c.query(`ALTER TABLE q27.job ATTACH PARTITION ${t} FOR VALUES IN ('${name}')`);
}

beforeAll(async () => {
  c = client();
  await c.query('CREATE SCHEMA q27');
  await c.query("CREATE TYPE q27.state AS ENUM ('created', 'retry', 'active', 'completed')");
  await c.query('CREATE TABLE q27.queue (name text PRIMARY KEY)');
  await c.query("CREATE TABLE q27.job (id serial, name text NOT NULL, state q27.state NOT NULL DEFAULT 'created', policy text, singleton_key text) PARTITION BY LIST (name)");
  await c.query('ALTER TABLE q27.job ADD PRIMARY KEY (name, id)');
  await createQueue('mail');
  await createQueue('single');
});

describe("a partition's own keys and indexes", () => {
  it('keep their rules for the rows of their partition only', async () => {
    await c.query("INSERT INTO q27.job (name, state, policy) VALUES ('mail', 'active', 'singleton'), ('single', 'active', 'singleton')");
    expect(await code("INSERT INTO q27.job (name, state, policy) VALUES ('mail', 'active', 'singleton')")).toBe('23505');
    expect(await rows("INSERT INTO q27.job (name, state, policy) VALUES ('mail', 'created', 'singleton') RETURNING name, state")).toEqual([['mail', 'created']]);
    expect(await code("INSERT INTO q27.job (name) VALUES ('nowhere')")).toBe('23514');
    expect(await code("DELETE FROM q27.queue WHERE name = 'single'")).toBe('23503');
  });

  it('go with the partition that is dropped: a new one of the same name is free to make', async () => {
    await c.query("DELETE FROM q27.job WHERE name = 'single'");
    await c.query('DROP TABLE q27.j_single');
    await c.query("DELETE FROM q27.queue WHERE name = 'single'");
    await createQueue('single');
    expect(await rows("SELECT indexname FROM pg_indexes WHERE schemaname = 'q27' AND indexname LIKE 'j_single_i%'")).toEqual([['j_single_i2']]);
  });

  it('take writes through the partition of a table in another schema', async () => {
    expect(await rows("INSERT INTO q27.j_mail (name, state) VALUES ('mail', 'created') RETURNING name")).toEqual([['mail']]);
    expect(await code("INSERT INTO q27.j_mail (name) VALUES ('single')")).toBe('23514');
    expect((await c.query("DELETE FROM q27.j_mail WHERE state = 'created' AND policy IS NULL")).rowCount).toBe(1);
  });

  it('are refused where the parent cannot hold them for every partition alike (0A000)', async () => {
    await c.query('CREATE TABLE q27.j_bare (LIKE q27.job INCLUDING DEFAULTS)');
    expect(await code("ALTER TABLE q27.job ATTACH PARTITION q27.j_bare FOR VALUES IN ('bare')")).toBe('0A000');
    expect(await code("CREATE TABLE q27.j_made PARTITION OF q27.job FOR VALUES IN ('made')")).toBe('0A000');
  });
});

describe('the enum column of a partition or a view', () => {
  it('orders and compares by the labels’ order, and is of the enum type', async () => {
    await c.query("INSERT INTO q27.job (name, state) VALUES ('mail', 'retry'), ('mail', 'completed')");
    expect(await rows('SELECT state FROM q27.j_mail ORDER BY state')).toEqual([['created'], ['retry'], ['active'], ['completed']]);
    expect(await rows("SELECT count(*)::int FROM q27.j_mail WHERE state < 'active'")).toEqual([[2]]);
    await c.query('CREATE VIEW q27.v AS SELECT name, state FROM q27.job');
    expect(await rows("SELECT max(state)::text, pg_typeof(max(state))::text FROM q27.v WHERE name = 'mail'")).toEqual([['completed', 'q27.state']]);
  });
});

describe("pg-boss 10's insert", () => {
  it('types a parameter at its first use: right($1, 1) makes it text, which later casts convert', async () => {
    const sql = "SELECT CASE WHEN right($1, 1) = 'Z' THEN CAST($1 AS timestamptz) ELSE '2026-01-01'::timestamptz + CAST(COALESCE($1, '0') AS interval) END AS t";
    expect((await rows(sql, ['5 minutes']))[0]![0]).toEqual(new Date('2026-01-01T00:05:00Z'));
    expect((await rows(sql, ['2027-01-01T00:00:00Z']))[0]![0]).toEqual(new Date('2027-01-01T00:00:00Z'));
  });
});
