/**
 * node-postgres against a real evsql process over a real socket: the protocol as applications
 * use it.
 */
import { connect } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let client: pg.Client;

beforeAll(async () => {
  server = await startServer();
  client = await server.client();
  await client.query(`CREATE TABLE items (
    id serial PRIMARY KEY,
    name text UNIQUE NOT NULL,
    qty int DEFAULT 0,
    price numeric(10,2),
    doc jsonb,
    active boolean DEFAULT true,
    data bytea,
    big bigint,
    created timestamptz DEFAULT now()
  )`);
});

afterAll(async () => {
  await client?.end();
  expect(await server.stop()).toBe(0);
});

describe('queries', () => {
  it('answers the connect-time queries', async () => {
    const r = await client.query('SELECT current_database(), current_user');
    expect(r.rows).toEqual([{ current_database: 'postgres', current_user: 'postgres' }]);
    const v = await client.query('select version();');
    expect(v.rows[0].version).toMatch(/^PostgreSQL 15\.\d+ /);
  });

  it("tells the socket's two ends (inet_client_addr() and its kin) and the server's start, as PostgreSQL does", async () => {
    const c = await server.client();
    const local = (c as unknown as { connection: { stream: { localAddress: string; localPort: number } } }).connection.stream;
    const r = await c.query('SELECT inet_server_addr() AS sa, inet_server_port() AS sp, inet_client_addr() AS ca, inet_client_port() AS cp, pg_typeof(inet_server_addr()) AS t, pg_postmaster_start_time() AS started, pg_conf_load_time() AS loaded');
    const row = r.rows[0];
    expect(r.fields.map((f) => f.dataTypeID)).toEqual([869, 23, 869, 23, 2206, 1184, 1184]);
    expect(row).toMatchObject({ sa: '127.0.0.1', sp: server.port, ca: local.localAddress, cp: local.localPort, t: 'inet' });
    expect(row.started.getTime()).toBeLessThanOrEqual(Date.now());
    expect(row.loaded.getTime()).toBe(row.started.getTime());
    // The same figures on every replica: a write of them is verified like any other.
    await c.query('CREATE TEMP TABLE ends AS SELECT inet_client_port() AS cp, pg_postmaster_start_time() AS started');
    expect((await c.query('SELECT cp, started FROM ends')).rows[0]).toEqual({ cp: local.localPort, started: row.started });
    await c.end();
  });

  it("now() is the transaction's start for every statement of a block, reads and writes alike, as in PostgreSQL", async () => {
    const c = await server.client();
    await c.query('CREATE TABLE stamps (k int, at timestamptz DEFAULT now())');
    await c.query('BEGIN');
    const begun = (await c.query('SELECT now() AS t')).rows[0].t as Date;
    await new Promise((r) => setTimeout(r, 30));
    await c.query('INSERT INTO stamps (k) VALUES (1)');
    await new Promise((r) => setTimeout(r, 30));
    await c.query('INSERT INTO stamps VALUES (2, now())');
    const inside = (await c.query('SELECT now() AS t, statement_timestamp() > now() AS later')).rows[0];
    await c.query('COMMIT');
    const rows = (await c.query('SELECT k, at FROM stamps ORDER BY k')).rows as Array<{ at: Date }>;
    expect(rows.map((r) => r.at.getTime())).toEqual([begun.getTime(), begun.getTime()]);
    expect(inside.t.getTime()).toBe(begun.getTime());
    expect(inside.later).toBe(true);
    // Out of the block each statement has its own.
    await new Promise((r) => setTimeout(r, 30));
    expect(((await c.query('SELECT now() AS t')).rows[0].t as Date).getTime()).toBeGreaterThan(begun.getTime());
    await c.query('DROP TABLE stamps');
    await c.end();
  });

  it('inserts with parameters and RETURNING, with the types node-postgres expects', async () => {
    const r = await client.query('INSERT INTO items (name, qty, price, doc, data, big) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, created', [
      'apple',
      3,
      '1.5',
      JSON.stringify({ a: [1, 2] }),
      Buffer.from([0, 1, 254, 255]),
      '9007199254740993',
    ]);
    expect(r.command).toBe('INSERT');
    expect(r.rowCount).toBe(1);
    expect(r.rows[0].id).toBe(1);
    expect(r.rows[0].created).toBeInstanceOf(Date);
    expect(Math.abs(r.rows[0].created.getTime() - Date.now())).toBeLessThan(60_000);

    const s = await client.query('SELECT * FROM items WHERE id = $1', [1]);
    const row = s.rows[0];
    expect(row.name).toBe('apple');
    expect(row.qty).toBe(3);
    expect(row.price).toBe('1.50');
    expect(row.doc).toEqual({ a: [1, 2] });
    expect(row.active).toBe(true);
    expect(row.data).toEqual(Buffer.from([0, 1, 254, 255]));
    expect(row.big).toBe('9007199254740993');
    expect(s.fields.map((f) => f.dataTypeID)).toEqual([23, 25, 23, 1700, 3802, 16, 17, 20, 1184]);
  });

  it('inserts several rows at once and counts them', async () => {
    const r = await client.query("INSERT INTO items (name, qty) VALUES ('b', 1), ('c', 2), ('d', 3) RETURNING id");
    expect(r.rowCount).toBe(3);
    expect(r.rows.map((x) => x.id)).toEqual([2, 3, 4]);
    const u = await client.query('UPDATE items SET qty = qty + 1 WHERE qty >= $1', [2]);
    expect(u.command).toBe('UPDATE');
    expect(u.rowCount).toBe(3);
    const c = await client.query('SELECT count(*) FROM items');
    expect(c.rows[0].count).toBe('4');
  });

  it('reuses a named statement', async () => {
    for (const n of ['b', 'c', 'b']) {
      const r = await client.query({ name: 'by-name', text: 'SELECT name, qty FROM items WHERE name = $1', values: [n] });
      expect(r.rows).toHaveLength(1);
      expect(r.rows[0].name).toBe(n);
    }
  });

  it('returns arrays with rowMode array', async () => {
    const r = await client.query({ text: 'SELECT 1 AS a, $1::text AS b, $2::int + 2 AS c', values: ['x', 40], rowMode: 'array' });
    expect(r.rows).toEqual([[1, 'x', 42]]);
    expect(r.fields.map((f) => f.name)).toEqual(['a', 'b', 'c']);
  });

  it('handles NULL parameters and big text parameters', async () => {
    const r = await client.query('SELECT $1::text IS NULL AS isnull, length($2::text) AS len', [null, 'x'.repeat(100_000)]);
    expect(r.rows[0]).toEqual({ isnull: true, len: 100000 });
  });

  it('runs several statements in one simple query', async () => {
    const r = (await client.query('SELECT 1 AS one; SELECT 2 AS two')) as unknown as pg.QueryResult[];
    expect(r).toHaveLength(2);
    expect(r[0]!.rows).toEqual([{ one: 1 }]);
    expect(r[1]!.rows).toEqual([{ two: 2 }]);
  });

  it('analyses each statement of a multi-statement query after the ones before it ran', async () => {
    const r = (await client.query(
      'CREATE TABLE parents (id int PRIMARY KEY); CREATE TABLE kids (p int REFERENCES parents (id)); INSERT INTO parents VALUES (7); INSERT INTO kids VALUES (7); SELECT p FROM kids',
    )) as unknown as pg.QueryResult[];
    expect(r.at(-1)!.rows).toEqual([{ p: 7 }]);
  });

  it('describes and reads a table dropped and created again with other columns as it is now (Rails migrations rerun)', async () => {
    const seen: string[] = [];
    for (const columns of ['a int', 'a int, b interval, c int', 'a int, b text']) {
      const other = await server.client();
      await other.query(`DROP TABLE IF EXISTS redone; CREATE TABLE redone (${columns}); INSERT INTO redone (a) VALUES (1)`);
      const r = await other.query({ text: 'SELECT * FROM redone WHERE a = $1', values: [1] });
      seen.push(`${r.fields.map((f) => f.name).join(',')}=${JSON.stringify(r.rows)}`);
      await other.end();
    }
    expect(seen).toEqual(['a=[{"a":1}]', 'a,b,c=[{"a":1,"b":null,"c":null}]', 'a,b=[{"a":1,"b":null}]']);
  });

  it("names a plain column's table and attribute in RowDescription, as the catalog numbers them (PDO's getColumnMeta, pgjdbc's getTableName read them)", async () => {
    await client.query('CREATE TABLE origins (id serial PRIMARY KEY, a text, b int); ALTER TABLE origins ADD COLUMN c int; INSERT INTO origins (a, b) VALUES (1, 2)');
    const r = await client.query({ text: 'SELECT o.c, o.b AS bee, o.b + 1 AS expr, x.id FROM origins o JOIN (SELECT id FROM origins) x ON x.id = o.id WHERE o.id = $1', values: [1] });
    const where = await Promise.all(
      r.fields.map(async (f) => (f.tableID === 0 ? `${f.name}:0` : `${f.name}:${(await client.query('SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid WHERE c.oid = $1 AND a.attnum = $2', [f.tableID, f.columnID])).rows.map((x) => `${x.relname}.${x.attname}`).join()}`)),
    );
    expect(where).toEqual(['c:origins.c', 'bee:origins.b', 'expr:0', 'id:origins.id']);
  });

  it('stops a multi-statement query at the first error and rolls it back', async () => {
    await expect(client.query("INSERT INTO items (name) VALUES ('multi'); SELECT * FROM nowhere; INSERT INTO items (name) VALUES ('multi2')")).rejects.toMatchObject({ code: '42P01' });
    const r = await client.query("SELECT count(*) FROM items WHERE name LIKE 'multi%'");
    expect(r.rows[0].count).toBe('0');
  });

  it('reports an empty query', async () => {
    // node-postgres refuses '' itself; ';' reaches the server as a query with no statement.
    const r = await client.query(';');
    expect(r.rows).toEqual([]);
    expect(r.command).toBe(null);
  });

  it('gives PostgreSQL error codes for bad statements', async () => {
    await expect(client.query("INSERT INTO items (name) VALUES ('apple')")).rejects.toMatchObject({ code: '23505' });
    await expect(client.query('SELECT * FROM missing_table')).rejects.toMatchObject({ code: '42P01' });
    await expect(client.query('SELECT nope FROM items')).rejects.toMatchObject({ code: '42703' });
    await expect(client.query('SELEC 1')).rejects.toMatchObject({ code: '42601', position: '1' });
    await expect(client.query('INSERT INTO items (qty) VALUES (1)')).rejects.toMatchObject({ code: '23502' });
    await expect(client.query("SELECT 'abc'::int")).rejects.toMatchObject({ code: '22P02' });
    await expect(client.query('SELECT 1/0')).rejects.toMatchObject({ code: '22012' });
    await expect(client.query('CREATE FUNCTION f(anyelement) RETURNS anyelement AS $$ SELECT $1 $$ LANGUAGE sql')).rejects.toMatchObject({ code: '0A000' });
    const ok = await client.query('SELECT 1 AS x');
    expect(ok.rows).toEqual([{ x: 1 }]);
  });

  it('takes up to 65,535 parameters as PostgreSQL does, more than SQLite binds (32,766): an IN list, a multi-row VALUES, an UPDATE', async () => {
    await client.query('CREATE TABLE wide (a int PRIMARY KEY, b text)');
    const n = 65_535;
    const rows = (n - 1) / 2;
    const values = Array.from({ length: rows }, (_, i) => [i, `x${i}`]).flat();
    const insert = await client.query(`INSERT INTO wide VALUES ${Array.from({ length: rows }, (_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ')}`, values);
    expect(insert.rowCount).toBe(rows);
    const ids = Array.from({ length: n }, (_, i) => i * 2);
    const list = ids.map((_, i) => `$${i + 1}`).join(', ');
    const found = await client.query(`SELECT count(*)::int AS n, max(a) AS top FROM wide WHERE a IN (${list})`, ids);
    // The even a of 0 … 32,766.
    expect(found.rows).toEqual([{ n: 16_384, top: 32_766 }]);
    const updated = await client.query(`UPDATE wide SET b = b || '!' WHERE a IN (${list}) RETURNING a`, ids);
    expect(updated.rowCount).toBe(16_384);
    expect((await client.query("SELECT count(*)::int AS n FROM wide WHERE b LIKE '%!'")).rows).toEqual([{ n: 16_384 }]);
  });

  it('answers = ANY and <> ALL of an array parameter over a table with NULLs as PostgreSQL does, reading the array once', async () => {
    await client.query('CREATE TABLE anyof (id int PRIMARY KEY, name text)');
    await client.query("INSERT INTO anyof SELECT g, CASE WHEN g % 10 = 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 20000) g");
    const ids = Array.from({ length: 5000 }, (_, i) => i * 4);
    expect((await client.query('SELECT count(*)::int AS n FROM anyof WHERE id = ANY($1)', [ids])).rows).toEqual([{ n: 4999 }]);
    // Multiples of 4 but not of 20, whose names are NULL.
    expect((await client.query('SELECT count(*)::int AS n FROM anyof WHERE name = ANY($1::text[])', [ids.map((i) => `n${i}`)])).rows).toEqual([{ n: 4000 }]);
    // A NULL element: no match is NULL, neither true nor false.
    expect((await client.query('SELECT count(*)::int AS n FROM anyof WHERE (id = ANY($1)) IS NULL', [[1, null]])).rows).toEqual([{ n: 19_999 }]);
    expect((await client.query('SELECT count(*)::int AS n FROM anyof WHERE id <> ALL($1)', [ids])).rows).toEqual([{ n: 15_001 }]);
    expect((await client.query('SELECT count(*)::int AS n FROM anyof WHERE name <> ALL($1::text[])', [['n1', 'n2']])).rows).toEqual([{ n: 17_998 }]);
    expect((await client.query("SELECT NULL::int = ANY('{}') AS e, NULL::int <> ALL('{}') AS a, 1 = ANY('{{1,2},{3,4}}'::int[]) AS m")).rows).toEqual([{ e: false, a: true, m: true }]);
  });
});

describe('transactions', () => {
  it('commits and rolls back', async () => {
    await client.query('BEGIN');
    await client.query("INSERT INTO items (name) VALUES ('tx1')");
    await client.query('COMMIT');
    await client.query('BEGIN');
    await client.query("INSERT INTO items (name) VALUES ('tx2')");
    await client.query('ROLLBACK');
    const r = await client.query("SELECT name FROM items WHERE name LIKE 'tx%' ORDER BY name");
    expect(r.rows).toEqual([{ name: 'tx1' }]);
  });

  it('refuses statements after an error until ROLLBACK (25P02)', async () => {
    await client.query('BEGIN');
    await client.query("INSERT INTO items (name) VALUES ('tx3')");
    await expect(client.query("INSERT INTO items (name) VALUES ('apple')")).rejects.toMatchObject({ code: '23505' });
    await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
    await client.query('ROLLBACK');
    const r = await client.query("SELECT count(*) FROM items WHERE name = 'tx3'");
    expect(r.rows[0].count).toBe('0');
  });

  it('recovers with ROLLBACK TO SAVEPOINT', async () => {
    await client.query('BEGIN');
    await client.query("INSERT INTO items (name) VALUES ('sp1')");
    await client.query('SAVEPOINT a');
    await expect(client.query("INSERT INTO items (name) VALUES ('apple')")).rejects.toMatchObject({ code: '23505' });
    await client.query('ROLLBACK TO SAVEPOINT a');
    await client.query("INSERT INTO items (name) VALUES ('sp2')");
    await client.query('COMMIT');
    const r = await client.query("SELECT name FROM items WHERE name LIKE 'sp%' ORDER BY name");
    expect(r.rows).toEqual([{ name: 'sp1' }, { name: 'sp2' }]);
  });

  it('turns COMMIT of a failed transaction into ROLLBACK', async () => {
    await client.query('BEGIN');
    await client.query("INSERT INTO items (name) VALUES ('failed-commit')");
    await expect(client.query('SELECT * FROM nowhere')).rejects.toMatchObject({ code: '42P01' });
    const r = await client.query('COMMIT');
    expect(r.command).toBe('ROLLBACK');
    const c = await client.query("SELECT count(*) FROM items WHERE name = 'failed-commit'");
    expect(c.rows[0].count).toBe('0');
  });

  it('warns (not errors) on COMMIT outside a transaction', async () => {
    const notices: pg.NoticeMessage[] = [];
    const onNotice = (n: pg.NoticeMessage) => notices.push(n);
    client.on('notice', onNotice);
    const r = await client.query('ROLLBACK');
    client.off('notice', onNotice);
    expect(r.command).toBe('ROLLBACK');
    expect(notices[0]).toMatchObject({ code: '25P01', severity: 'WARNING' });
  });

  it('makes writers wait for what an open transaction wrote (55P03 past lock_timeout); readers see the committed rows at once', async () => {
    const other = await server.client();
    try {
      const before = (await other.query('SELECT count(*) FROM items')).rows;
      await client.query('BEGIN');
      await client.query("INSERT INTO items (name, qty) VALUES ('holder', 7)");
      await other.query("SET lock_timeout = '200ms'");
      // The same unique name waits for the transaction that took it, as in PostgreSQL; so does the row it wrote.
      await expect(other.query("INSERT INTO items (name) VALUES ('holder')")).rejects.toMatchObject({ code: '55P03' });
      await expect(other.query("UPDATE items SET qty = 1 WHERE name = 'holder'")).rejects.toMatchObject({ code: '55P03' });
      // Another name neither: the two inserts cannot meet.
      expect((await other.query("INSERT INTO items (name) VALUES ('passer') RETURNING name")).rows).toEqual([{ name: 'passer' }]);
      // A scan of the table waits for no writer, and sees no uncommitted row.
      expect((await other.query("SELECT count(*) FROM items WHERE name <> 'passer'")).rows).toEqual(before);
      expect((await other.query("SELECT name FROM items WHERE name = 'holder'")).rows).toEqual([]);
      await other.query("SET lock_timeout = '10s'");
      const waiting = other.query("INSERT INTO items (name) VALUES ('holder') RETURNING name");
      await new Promise((r) => setTimeout(r, 100));
      await client.query('COMMIT');
      await expect(waiting).rejects.toMatchObject({ code: '23505' });
      const after = await other.query("SELECT name, qty FROM items WHERE name IN ('holder', 'passer') ORDER BY name");
      expect(after.rows).toEqual([{ name: 'holder', qty: 7 }, { name: 'passer', qty: 0 }]);
    } finally {
      await other.end();
    }
  });

  it("does not make an update of one row wait for another transaction's insert of another row, however the table's keys are spelled", async () => {
    const other = await server.client();
    try {
      await client.query("CREATE TABLE keyed (id int PRIMARY KEY, code text UNIQUE, v text); INSERT INTO keyed VALUES (1, 'a', 'x')");
      // An index over an expression is no key set, and its table is not the whole database.
      await client.query('CREATE TABLE lowered (id int PRIMARY KEY, email text); CREATE UNIQUE INDEX lowered_email ON lowered (lower(email))');
      await client.query("INSERT INTO lowered VALUES (1, 'A@b')");
      await other.query("SET lock_timeout = '2s'");
      await client.query('BEGIN');
      await client.query("INSERT INTO keyed VALUES (2, 'b', 'y')");
      await client.query("UPDATE lowered SET email = 'C@d' WHERE id = 1");
      expect((await other.query("UPDATE keyed SET v = 'z' WHERE id = 1")).rowCount).toBe(1);
      expect((await other.query("SELECT v FROM keyed WHERE code = 'a'")).rows).toEqual([{ v: 'z' }]);
      expect((await other.query("UPDATE items SET qty = qty WHERE name = 'passer'")).rowCount).toBe(1);
      // Deleting row 1 may free a code the insert needs: that waits, as every unique check of PostgreSQL's would.
      await other.query("SET lock_timeout = '200ms'");
      await expect(other.query('DELETE FROM keyed WHERE id = 1')).rejects.toMatchObject({ code: '55P03' });
      await expect(other.query("INSERT INTO lowered VALUES (2, 'c@D')")).rejects.toMatchObject({ code: '55P03' });
      await client.query('COMMIT');
      await expect(other.query("INSERT INTO lowered VALUES (2, 'c@D')")).rejects.toMatchObject({ code: '23505' });
      expect((await other.query('SELECT id, code, v FROM keyed ORDER BY id')).rows).toEqual([
        { id: 1, code: 'a', v: 'z' },
        { id: 2, code: 'b', v: 'y' },
      ]);
    } finally {
      await other.end();
    }
  });
});

describe('EXCLUDE constraints', () => {
  it("make a write wait for an open transaction's row it may overlap, then fail (23P01) or pass as that transaction ends, as in PostgreSQL", async () => {
    const other = await server.client();
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
      await client.query('CREATE TABLE booking (id int PRIMARY KEY, room int, during int4range, EXCLUDE USING gist (room WITH =, during WITH &&))');
      await other.query("SET lock_timeout = '10s'");
      for (const end of ['COMMIT', 'ROLLBACK']) {
        await client.query('DELETE FROM booking');
        await client.query('BEGIN');
        await client.query("INSERT INTO booking VALUES (1, 1, '[1,5)')");
        const waiting = other.query("INSERT INTO booking VALUES (2, 1, '[3,8)')");
        await new Promise((r) => setTimeout(r, 150));
        await client.query(end);
        if (end === 'COMMIT') await expect(waiting).rejects.toMatchObject({ code: '23P01' });
        else expect((await waiting).rowCount).toBe(1);
      }
      expect((await other.query('SELECT id FROM booking')).rows).toEqual([{ id: 2 }]);
    } finally {
      await other.end();
    }
  });
});

describe('LOCK TABLE', () => {
  it('holds the table until the transaction ends: a writer waits (55P03 past lock_timeout); outside a transaction it is 25P01', async () => {
    await client.query('CREATE TABLE locked (name text)');
    await client.query("INSERT INTO locked VALUES ('waiter')");
    await expect(client.query('LOCK TABLE locked')).rejects.toMatchObject({ code: '25P01' });
    const other = await server.client();
    try {
      await client.query('BEGIN');
      await client.query('LOCK TABLE locked IN EXCLUSIVE MODE');
      await other.query("SET lock_timeout = '200ms'");
      await expect(other.query("UPDATE locked SET name = name || '!'")).rejects.toMatchObject({ code: '55P03' });
      await other.query("SET lock_timeout = '10s'");
      const waiting = other.query("UPDATE locked SET name = name || '?' RETURNING name");
      await new Promise((r) => setTimeout(r, 100));
      await client.query("UPDATE locked SET name = name || '+'");
      await client.query('COMMIT');
      expect((await waiting).rows).toEqual([{ name: 'waiter+?' }]);
    } finally {
      await other.end();
    }
  });
});

describe('EXPLAIN', () => {
  it("answers SQLite's plan as the lines of a QUERY PLAN column, runs nothing, and refuses ANALYZE and other formats", async () => {
    await client.query('CREATE TABLE planned (id int PRIMARY KEY, a int, b text)');
    await client.query('CREATE INDEX planned_a ON planned (a)');
    const point = await client.query('EXPLAIN SELECT * FROM planned WHERE id = $1', [1]);
    expect(point.command).toBe('EXPLAIN');
    expect(point.fields.map((f) => [f.name, f.dataTypeID])).toEqual([['QUERY PLAN', 25]]);
    expect(point.rows).toEqual([{ 'QUERY PLAN': expect.stringMatching(/^SEARCH planned USING .*INDEX .*\(id=\?\)$/) }]);
    const nested = await client.query("EXPLAIN DELETE FROM planned WHERE id IN (SELECT id FROM planned WHERE b LIKE 'x%')");
    // The subquery's scan is a child of its LIST SUBQUERY node.
    expect(nested.rows.map((r: Record<string, string>) => r['QUERY PLAN'])).toEqual(expect.arrayContaining([expect.stringMatching(/^LIST SUBQUERY/), expect.stringMatching(/^ {2}-> {2}SCAN planned\b/)]));
    expect((await client.query("EXPLAIN INSERT INTO planned VALUES (1, 2, 'c')")).rows).toEqual([{ 'QUERY PLAN': 'INSERT INTO "planned"' }]);
    expect((await client.query('SELECT count(*)::int AS n FROM planned')).rows).toEqual([{ n: 0 }]);
    await expect(client.query('EXPLAIN ANALYZE SELECT * FROM planned')).rejects.toMatchObject({ code: '0A000' });
    await expect(client.query('EXPLAIN (FORMAT JSON) SELECT 1')).rejects.toMatchObject({ code: '0A000' });
  });
});

describe('deferred foreign keys', () => {
  it("refuses a violation with 23503 at the client's COMMIT (not SQLite's, where it failed every replica and halted the server), and the catalog keeps the deferral", async () => {
    await client.query('CREATE TABLE dparent (id int PRIMARY KEY)');
    await client.query('CREATE TABLE dchild (id int PRIMARY KEY, p int REFERENCES dparent (id) DEFERRABLE INITIALLY DEFERRED)');
    await client.query('CREATE TABLE dother (id int PRIMARY KEY, p int)');
    await client.query('ALTER TABLE dother ADD CONSTRAINT dother_fk FOREIGN KEY (p) REFERENCES dparent (id) DEFERRABLE INITIALLY DEFERRED');
    for (const table of ['dchild', 'dother']) {
      await client.query('BEGIN');
      // Django's check_constraints: checks what is pending, then defers again.
      await client.query('SET CONSTRAINTS ALL IMMEDIATE');
      await client.query('SET CONSTRAINTS ALL DEFERRED');
      await client.query(`INSERT INTO ${table} VALUES (1, 5)`);
      await expect(client.query('COMMIT')).rejects.toMatchObject({ code: '23503', constraint: `${table === 'dchild' ? 'dchild_p_fkey' : 'dother_fk'}` });
    }
    await client.query('INSERT INTO dparent VALUES (5)');
    await client.query('INSERT INTO dchild VALUES (1, 5)');
    expect((await client.query('SELECT count(*)::int AS n FROM dchild')).rows).toEqual([{ n: 1 }]);
    const keys = await client.query("SELECT conname, condeferrable, condeferred FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('dchild'::regclass, 'dother'::regclass) ORDER BY 1");
    expect(keys.rows).toEqual([
      { conname: 'dchild_p_fkey', condeferrable: true, condeferred: true },
      { conname: 'dother_fk', condeferrable: true, condeferred: true },
    ]);
  });
});

describe('COPY', () => {
  it('copies rows in (text and csv) and out', async () => {
    await client.query('CREATE TABLE copied (a int, b text, c numeric)');
    const lines = Array.from({ length: 5000 }, (_, i) => `${i}\tname ${i}\t${i}.5\n`).join('') + '9999\t\\N\t\\N\n';
    await pipeline(Readable.from([lines]), client.query(copyFrom('COPY copied FROM STDIN')));
    const csv = 'a,b\n-1,"with, comma"\n-2,""\n-3,\n';
    await pipeline(Readable.from([csv]), client.query(copyFrom('COPY copied (a, b) FROM STDIN WITH (FORMAT csv, HEADER true)')));
    const r = await client.query('SELECT count(*), sum(a) FROM copied');
    expect(r.rows[0].count).toBe('5004');
    const nulls = await client.query('SELECT a, b, c FROM copied WHERE a IN (-1, -2, -3, 9999) ORDER BY a');
    expect(nulls.rows).toEqual([
      { a: -3, b: null, c: null },
      { a: -2, b: '', c: null },
      { a: -1, b: 'with, comma', c: null },
      { a: 9999, b: null, c: null },
    ]);

    const chunks: Buffer[] = [];
    const out = client.query(copyTo('COPY (SELECT a, b, c FROM copied WHERE a < 2 ORDER BY a) TO STDOUT'));
    for await (const chunk of out) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('-3\t\\N\t\\N\n-2\t\t\\N\n-1\twith, comma\t\\N\n0\tname 0\t0.5\n1\tname 1\t1.5\n');
  });

  it('keeps a numeric\'s display scale through a binary COPY out and back in (numeric_recv\'s dscale), as PostgreSQL does', async () => {
    await client.query('CREATE TABLE copy_scaled (id int, n numeric)');
    await client.query("INSERT INTO copy_scaled VALUES (1, 2.500), (2, 10), (3, '1.20'), (4, NULL), (5, 'NaN'), (6, 0.000)");
    const chunks: Buffer[] = [];
    for await (const chunk of client.query(copyTo('COPY copy_scaled TO STDOUT (FORMAT binary)'))) chunks.push(chunk as Buffer);
    await client.query('CREATE TABLE copy_scaled_back (id int, n numeric)');
    await pipeline(Readable.from([Buffer.concat(chunks)]), client.query(copyFrom('COPY copy_scaled_back FROM STDIN (FORMAT binary)')));
    const back = await client.query({ text: 'SELECT id, n FROM copy_scaled_back ORDER BY id', rowMode: 'array', types: { getTypeParser: () => (v: string) => v } });
    expect(back.rows).toEqual([['1', '2.500'], ['2', '10'], ['3', '1.20'], ['4', null], ['5', 'NaN'], ['6', '0.000']]);
    expect((await client.query('SELECT count(*)::int AS n FROM copy_scaled_back WHERE n = 2.5')).rows).toEqual([{ n: 1 }]);
  });

  it('leaves nothing behind when a COPY fails', async () => {
    await client.query('CREATE TABLE copy_fail (a int NOT NULL)');
    const bad = '1\n2\n\\N\n';
    await expect(pipeline(Readable.from([bad]), client.query(copyFrom('COPY copy_fail FROM STDIN')))).rejects.toMatchObject({ code: '23502' });
    const r = await client.query('SELECT count(*) FROM copy_fail');
    expect(r.rows[0].count).toBe('0');
  });

  it("names the line, and the column, of a COPY error in its CONTEXT, as PostgreSQL's does", async () => {
    await client.query('CREATE TABLE copy_where (a int, b date, c varchar(3))');
    const fails = async (data: string, options = '') =>
      pipeline(Readable.from([data]), client.query(copyFrom(`COPY copy_where FROM STDIN ${options}`))).then(
        () => {
          throw new Error('the COPY succeeded');
        },
        (err: { code: string; where?: string }) => [err.code, err.where],
      );
    expect(await fails('1\t2024-01-01\tab\n2\tnot a date\tab\n')).toEqual(['22007', 'COPY copy_where, line 2, column b: "not a date"']);
    expect(await fails('a,b,c\n1,2024-01-01,ab\nzz,2024-01-01,ab\n', 'WITH (FORMAT csv, HEADER true)')).toEqual(['22P02', 'COPY copy_where, line 3, column a: "zz"']);
    expect(await fails('1\t2024-01-01\tabcd\n')).toEqual(['22001', 'COPY copy_where, line 1, column c: "abcd"']);
    expect(await fails('1\t2024-01-01\n')).toEqual(['22P04', 'COPY copy_where, line 1: "1\t2024-01-01"']);
    expect(await fails(`${'9'.repeat(120)}\t2024-01-01\tab\n`)).toEqual(['22003', `COPY copy_where, line 1, column a: "${'9'.repeat(100)}..."`]);
    expect((await client.query('SELECT count(*)::int AS n FROM copy_where')).rows).toEqual([{ n: 0 }]);
  });

  /** COPY FROM STDIN of `data`: 'ok N' (the rows COPY reports), or the error's SQLSTATE, message, CONTEXT and position. */
  const copyIn = async (sql: string, data: string): Promise<string> => {
    const stream = client.query(copyFrom(sql));
    return pipeline(Readable.from([data]), stream).then(
      () => `ok ${stream.rowCount}`,
      (e: { code: string; message: string; where?: string; position?: string }) => `${e.code} ${e.message} | ${e.where ?? ''} | ${e.position ?? ''}`,
    );
  };

  it('inserts only the rows COPY FROM … WHERE holds for, drawing serials for every row read, as PostgreSQL does (answers from PostgreSQL 15)', async () => {
    await client.query('CREATE TABLE copy_filtered (id serial PRIMARY KEY, v int, note text)');
    expect(await copyIn('COPY copy_filtered (v) FROM STDIN WHERE v > 5', '1\n10\n2\n20\n')).toBe('ok 2');
    expect(await copyIn("COPY copy_filtered (v, note) FROM STDIN WHERE note LIKE 'k%' AND v IS NOT NULL", '1\tkeep\n2\tdrop\n\\N\tkeep\n3\tk2\n')).toBe('ok 2');
    expect((await client.query('SELECT id, v, note FROM copy_filtered ORDER BY id')).rows).toEqual([
      { id: 2, v: 10, note: null },
      { id: 4, v: 20, note: null },
      { id: 5, v: 1, note: 'keep' },
      { id: 8, v: 3, note: 'k2' },
    ]);
    expect(await copyIn('COPY copy_filtered (v) FROM STDIN WHERE (SELECT 1) = v', '1\n')).toBe('0A000 cannot use subquery in COPY FROM WHERE condition |  | 41');
    expect(await copyIn('COPY copy_filtered (v) FROM STDIN WHERE count(*) > 1', '1\n')).toBe('42803 aggregate functions are not allowed in COPY FROM WHERE conditions |  | 41');
    expect(await copyIn('COPY copy_filtered (v) FROM STDIN WHERE row_number() OVER () > 1', '1\n')).toBe('42P20 window functions are not allowed in COPY FROM WHERE conditions |  | 41');
    expect(await copyIn('COPY copy_filtered (v) FROM STDIN WHERE nosuch > 1', '1\n')).toBe('42703 column "nosuch" does not exist |  | 41');
    // PostgreSQL tests a row with the defaults of the columns it leaves out (NULL where none); one
    // that calls a function (a serial's nextval) would be computed twice: refused.
    expect(await copyIn("COPY copy_filtered (v) FROM STDIN WHERE note IS NULL", '1\n')).toBe('ok 1');
    expect(await copyIn('COPY copy_filtered (v) FROM STDIN WHERE id > 0', '1\n')).toMatch(/^0A000 COPY FROM WHERE on a column the COPY does not list whose default calls a function/);
    await expect(client.query('COPY copy_filtered TO STDOUT WHERE v > 1')).rejects.toMatchObject({ code: '42601', message: 'WHERE clause not allowed with COPY TO' });
    expect((await client.query('SELECT count(*)::int AS n FROM copy_filtered')).rows).toEqual([{ n: 5 }]);
  });

  it('updates and deletes WHERE CURRENT OF a cursor with parameters of its own, as PostgreSQL does (answers from PostgreSQL 15)', async () => {
    await client.query('CREATE TABLE current_of (id int PRIMARY KEY, v text)');
    await client.query("INSERT INTO current_of VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    await client.query('BEGIN');
    try {
      await client.query('DECLARE cur CURSOR FOR SELECT v FROM current_of WHERE id > $1 ORDER BY id', [1]);
      expect((await client.query('FETCH cur')).rows).toEqual([{ v: 'b' }]);
      expect((await client.query('UPDATE current_of SET v = $1 WHERE CURRENT OF cur RETURNING id, v', ['B'])).rows).toEqual([{ id: 2, v: 'B' }]);
      await client.query('FETCH cur');
      expect((await client.query('DELETE FROM current_of WHERE CURRENT OF cur')).rowCount).toBe(1);
      await client.query('MOVE FORWARD 1 IN cur');
      await expect(client.query('DELETE FROM current_of WHERE CURRENT OF cur')).rejects.toMatchObject({ code: '24000', message: 'cursor "cur" is not positioned on a row' });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('checks a HEADER MATCH line against the columns, and reads HEADER as PostgreSQL does (answers from PostgreSQL 15)', async () => {
    await client.query('CREATE TABLE copy_header (a int, b text)');
    expect(await copyIn('COPY copy_header FROM STDIN WITH (FORMAT csv, HEADER match)', 'a,b\n1,x\n')).toBe('ok 1');
    expect(await copyIn('COPY copy_header (b, a) FROM STDIN WITH (FORMAT csv, HEADER MATCH)', 'b,a\ny,2\n')).toBe('ok 1');
    expect(await copyIn('COPY copy_header FROM STDIN WITH (FORMAT csv, HEADER match)', 'b,a\n1,x\n')).toBe('22P04 column name mismatch in header line field 1: got "b", expected "a" | COPY copy_header, line 1: "b,a" | ');
    expect(await copyIn('COPY copy_header FROM STDIN WITH (FORMAT csv, HEADER match)', 'a\n1,x\n')).toBe('22P04 wrong number of fields in header line: got 1, expected 2 | COPY copy_header, line 1: "a" | ');
    expect(await copyIn('COPY copy_header FROM STDIN WITH (HEADER match)', '\\N\tb\n1\tx\n')).toBe('22P04 column name mismatch in header line field 1: got null value ("\\N"), expected "a" | COPY copy_header, line 1: "\\N\tb" | ');
    expect(await copyIn('COPY copy_header FROM STDIN WITH (HEADER banana)', '1\tx\n')).toBe('42601 header requires a Boolean value or "match" |  | ');
    expect(await copyIn('COPY copy_header FROM STDIN WITH (HEADER 0)', '3\tz\n')).toBe('ok 1');
    expect(await copyIn("COPY copy_header FROM STDIN WITH (HEADER 'on')", 'a\tb\n4\tw\n')).toBe('ok 1');
    await expect(client.query('COPY copy_header TO STDOUT WITH (HEADER match)')).rejects.toMatchObject({ code: '0A000', message: 'cannot use "match" with HEADER in COPY TO' });
    expect((await client.query('SELECT a, b FROM copy_header ORDER BY a')).rows).toEqual([
      { a: 1, b: 'x' },
      { a: 2, b: 'y' },
      { a: 3, b: 'z' },
      { a: 4, b: 'w' },
    ]);
  });

  it('names the line of a row the table refuses in its CONTEXT, past the first batch of rows too, and a listed column the table lacks (answers from PostgreSQL 15)', async () => {
    await client.query('CREATE TABLE copy_unique (id int PRIMARY KEY, t text)');
    expect(await copyIn('COPY copy_unique FROM STDIN', '1\ta\n2\tb\n1\tc\n')).toBe('23505 duplicate key value violates unique constraint "copy_unique_pkey" | COPY copy_unique, line 3 | ');
    const rows = Array.from({ length: 4600 }, (_, i) => `${i < 4499 ? i + 10 : 10}\tx\n`).join('');
    expect(await copyIn('COPY copy_unique FROM STDIN', rows)).toBe('23505 duplicate key value violates unique constraint "copy_unique_pkey" | COPY copy_unique, line 4500 | ');
    expect(await copyIn('COPY copy_unique (id, nosuch) FROM STDIN', '1\n')).toBe('42703 column "nosuch" of relation "copy_unique" does not exist |  | ');
    expect((await client.query('SELECT count(*)::int AS n FROM copy_unique')).rows).toEqual([{ n: 0 }]);
  });
});

describe('TimeZone', () => {
  it('takes TimeZone from the startup options (-c TimeZone=…): timestamptz read and printed in it, in results, parameters and COPY', async () => {
    const c = await server.client({ options: '-c TimeZone=Asia/Kolkata' });
    expect((await c.query('SHOW TimeZone')).rows).toEqual([{ TimeZone: 'Asia/Kolkata' }]);
    await c.query('CREATE TABLE tz_startup (k int PRIMARY KEY, at timestamptz)');
    await c.query("INSERT INTO tz_startup VALUES (1, '2024-01-01 05:30')");
    await c.query('INSERT INTO tz_startup VALUES (2, $1)', ['2024-06-01 12:00']);
    await pipeline(Readable.from(['3\t2024-07-01 00:00\n']), c.query(copyFrom('COPY tz_startup FROM STDIN')));
    // Text the replicas read as timestamptz while they run the statement: each of the three in the session's zone.
    await c.query("INSERT INTO tz_startup SELECT 4, (left('2024-08-01 09:00:00 trailing', 19))::timestamptz");
    const rows = (await c.query('SELECT k, at::text AS text, at FROM tz_startup ORDER BY k')).rows as Array<{ text: string; at: Date }>;
    expect(rows.map((r) => r.text)).toEqual(['2024-01-01 05:30:00+05:30', '2024-06-01 12:00:00+05:30', '2024-07-01 00:00:00+05:30', '2024-08-01 09:00:00+05:30']);
    // node-postgres parses the printed offset: the instants are the ones meant.
    expect(rows.map((r) => r.at.toISOString())).toEqual(['2024-01-01T00:00:00.000Z', '2024-06-01T06:30:00.000Z', '2024-06-30T18:30:00.000Z', '2024-08-01T03:30:00.000Z']);
    const chunks: Buffer[] = [];
    for await (const chunk of c.query(copyTo('COPY (SELECT k, at FROM tz_startup ORDER BY k) TO STDOUT'))) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('1\t2024-01-01 05:30:00+05:30\n2\t2024-06-01 12:00:00+05:30\n3\t2024-07-01 00:00:00+05:30\n4\t2024-08-01 09:00:00+05:30\n');
    await c.end();
    // A session in UTC sees the same instants, stored as before.
    const utc = await client.query('SELECT at::text AS t FROM tz_startup ORDER BY k');
    expect(utc.rows).toEqual([{ t: '2024-01-01 00:00:00+00' }, { t: '2024-06-01 06:30:00+00' }, { t: '2024-06-30 18:30:00+00' }, { t: '2024-08-01 03:30:00+00' }]);
  });

  it('refuses a zone it does not know at startup, as PostgreSQL does (22023)', async () => {
    await expect(server.client({ options: '-c TimeZone=Foo/Bar' })).rejects.toMatchObject({ code: '22023' });
  });
});

describe('cancel and limits', () => {
  it('cancels a long query with CancelRequest', async () => {
    const victim = await server.client();
    try {
      const started = Date.now();
      const running = victim.query('SELECT pg_sleep(30)');
      await new Promise((r) => setTimeout(r, 300));
      const { processID, secretKey } = victim as unknown as { processID: number; secretKey: number };
      await new Promise<void>((resolve, reject) => {
        const s = connect(server.port, server.host, () => {
          const b = Buffer.alloc(16);
          b.writeInt32BE(16, 0);
          b.writeInt32BE(80877102, 4);
          b.writeInt32BE(processID, 8);
          b.writeInt32BE(secretKey, 12);
          s.end(b);
        });
        s.on('close', () => resolve());
        s.on('error', reject);
      });
      await expect(running).rejects.toMatchObject({ code: '57014' });
      expect(Date.now() - started).toBeLessThan(10_000);
      const r = await victim.query('SELECT 1 AS alive');
      expect(r.rows).toEqual([{ alive: 1 }]);
    } finally {
      await victim.end();
    }
  });

  it('applies statement_timeout', async () => {
    await client.query("SET statement_timeout = '100ms'");
    await expect(client.query('SELECT pg_sleep(5)')).rejects.toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
    await client.query('RESET statement_timeout');
    const r = await client.query('SHOW statement_timeout');
    expect(r.rows).toEqual([{ statement_timeout: '0' }]);
  });

  it('answers SHOW ALL with name, setting and description, in both protocols, the session’s values in it', async () => {
    await client.query("SET work_mem = '64MB'");
    for (const r of [await client.query('SHOW ALL'), await client.query({ text: 'SHOW ALL', values: [] })]) {
      expect(r.fields.map((f) => f.name)).toEqual(['name', 'setting', 'description']);
      expect(r.rows.find((row) => row.name === 'DateStyle')).toEqual({ name: 'DateStyle', setting: 'ISO, MDY', description: 'Sets the display format for date and time values.' });
      expect(r.rows.find((row) => row.name === 'work_mem')?.setting).toBe('64MB');
      // As PostgreSQL lists them: by name, whatever its case.
      const names = r.rows.map((row) => (row.name as string).toLowerCase());
      expect(names).toEqual([...names].sort());
    }
    // pg_settings shows the session's values (it showed PostgreSQL's boot values: TimeZone GMT, client_encoding SQL_ASCII),
    // a size or time as a number in the setting's unit, as PostgreSQL does.
    const settings = await client.query("SELECT name, setting, unit, source FROM pg_settings WHERE name IN ('TimeZone', 'client_encoding', 'work_mem') ORDER BY lower(name)");
    expect(settings.rows.map((row) => row.name)).toEqual(['client_encoding', 'TimeZone', 'work_mem']);
    expect(settings.rows.map((row) => row.setting)).toEqual([(await client.query('SHOW client_encoding')).rows[0].client_encoding, (await client.query('SHOW TimeZone')).rows[0].TimeZone, '65536']);
    expect(settings.rows[2].unit).toBe('kB');
    expect(settings.rows[2].source).toBe('session');
    await client.query('RESET work_mem');
  });

  it('runs pg_sleep concurrently from a pool', async () => {
    const pool = new pg.Pool({ ...server.config(), max: 4 });
    try {
      const started = Date.now();
      await Promise.all([1, 2, 3, 4].map(() => pool.query('SELECT pg_sleep(0.3)')));
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    } finally {
      await pool.end();
    }
  });
});

describe('server limits', () => {
  it('refuses connections beyond max_connections with 53300', async () => {
    const small = await startServer(['--max-connections', '2']);
    const clients: pg.Client[] = [];
    try {
      clients.push(await small.client(), await small.client());
      await expect(small.client()).rejects.toMatchObject({ code: '53300' });
      await clients.pop()!.end();
      await new Promise((r) => setTimeout(r, 100));
      clients.push(await small.client());
      const r = await clients[0]!.query('SELECT 1 AS ok');
      expect(r.rows).toEqual([{ ok: 1 }]);
    } finally {
      for (const c of clients) await c.end();
      await small.stop();
    }
  });

  it('requires the password when one is set: SCRAM and md5; wrong password is 28P01', async () => {
    const secured = await startServer(['--password', 's3cret']);
    const md5 = await startServer(['--password', 's3cret', '--auth', 'md5']);
    try {
      await expect(secured.client({ password: 'wrong' })).rejects.toMatchObject({ code: '28P01' });
      const good = await secured.client({ password: 's3cret' });
      expect((await good.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
      await good.end();
      await expect(md5.client({ password: 'nope' })).rejects.toMatchObject({ code: '28P01' });
      const m = await md5.client({ password: 's3cret' });
      expect((await m.query('SELECT 2 AS ok')).rows).toEqual([{ ok: 2 }]);
      await m.end();
    } finally {
      await secured.stop();
      await md5.stop();
    }
  });

  it('closes only the offending connection on an oversized message', async () => {
    const small = await startServer(['--max-message-size', '65536']);
    try {
      const c = await small.client();
      c.on('error', () => undefined);
      const err = await c.query('SELECT $1::text', ['x'.repeat(100_000)]).catch((e) => e);
      expect(err).toMatchObject({ code: '54000' });
      const other = await small.client();
      expect((await other.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
      await other.end();
      await c.end().catch(() => undefined);
    } finally {
      await small.stop();
    }
  });
});
