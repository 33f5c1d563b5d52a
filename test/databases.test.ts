/**
 * CREATE DATABASE and DROP DATABASE against a real server: each database is replicas of its own,
 * isolated from the others, listed in pg_database, kept across a restart; the real createdb and
 * dropdb tools; PostgreSQL's errors for the wrong cases, and the bounds (--max-databases,
 * CONNECTION LIMIT, ALLOW_CONNECTIONS).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { rejection, startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);

describe('databases', () => {
  let server: TestServer;
  let admin: pg.Client;

  beforeAll(async () => {
    server = await startServer(['--max-databases', '3'], { keepData: true });
    admin = await server.client();
  }, 120_000);

  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  });

  it('a new database is empty, isolated from the default one both ways, and listed in pg_database', async () => {
    await admin.query('CREATE TABLE db_only_default (a int)');
    await admin.query('CREATE DATABASE "Shop"');
    const shop = await server.client({ database: 'Shop' });
    try {
      expect((await shop.query('SELECT current_database() AS d')).rows).toEqual([{ d: 'Shop' }]);
      expect((await rejection(() => shop.query('SELECT * FROM db_only_default')))?.code).toBe('42P01');
      await shop.query('CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2))');
      await shop.query("INSERT INTO orders VALUES (1, '9.90')");
      expect((await shop.query('SELECT total FROM orders')).rows).toEqual([{ total: '9.90' }]);
      expect((await rejection(() => admin.query('SELECT * FROM orders')))?.code).toBe('42P01');
      const listed = (await shop.query("SELECT datname, oid >= 16384 AS made, datallowconn FROM pg_database WHERE datname IN ('Shop', 'postgres') ORDER BY datname")).rows;
      expect(listed).toEqual([
        { datname: 'Shop', made: true, datallowconn: true },
        { datname: 'postgres', made: false, datallowconn: true },
      ]);
      const seen = (await admin.query("SELECT d.datname FROM pg_database d WHERE d.datname = 'Shop'")).rows;
      expect(seen).toEqual([{ datname: 'Shop' }]);
      // A setup script's next lines: a user for the application, and its privileges on the new database.
      await admin.query('CREATE USER shop_app');
      await admin.query('GRANT ALL PRIVILEGES ON DATABASE "Shop" TO shop_app');
      expect((await rejection(() => admin.query('GRANT ALL PRIVILEGES ON DATABASE nonesuch TO shop_app')))?.code).toBe('3D000');
      const oid = (await admin.query("SELECT oid FROM pg_database WHERE datname = 'Shop'")).rows[0].oid;
      const activity = (await admin.query("SELECT datname, datid FROM pg_stat_activity WHERE datname = 'Shop'")).rows;
      expect(activity).toEqual([{ datname: 'Shop', datid: oid }]);
    } finally {
      await shop.end();
    }
  });

  it('refuses what PostgreSQL refuses, with its SQLSTATEs', async () => {
    expect((await rejection(() => admin.query('CREATE DATABASE "Shop"')))?.code).toBe('42P04');
    expect((await rejection(() => admin.query('CREATE DATABASE postgres')))?.code).toBe('42P04');
    expect((await rejection(() => admin.query('CREATE DATABASE template0')))?.code).toBe('42P04');
    await admin.query('BEGIN');
    const inBlock = await rejection(() => admin.query('CREATE DATABASE never'));
    await admin.query('ROLLBACK');
    expect(inBlock?.code).toBe('25001');
    expect((await rejection(() => admin.query('CREATE DATABASE never; SELECT 1')))?.code).toBe('25001');
    expect((await rejection(() => admin.query("CREATE DATABASE never ENCODING 'nonesuch'")))?.code).toBe('42704');
    expect((await rejection(() => admin.query("CREATE DATABASE never ENCODING 'LATIN1'")))?.code).toBe('0A000');
    expect((await rejection(() => admin.query('CREATE DATABASE never TEMPLATE nonesuch')))?.code).toBe('3D000');
    expect((await rejection(() => admin.query('CREATE DATABASE never OWNER nonesuch')))?.code).toBe('42704');
    expect((await rejection(() => admin.query('CREATE DATABASE never CONNECTION LIMIT -2')))?.code).toBe('22023');
    expect((await rejection(() => admin.query('CREATE DATABASE never WITH OWNER = postgres OWNER = postgres')))?.code).toBe('42601');
    expect((await rejection(() => admin.query('DROP DATABASE nonesuch')))?.code).toBe('3D000');
    expect((await rejection(() => admin.query('DROP DATABASE postgres')))?.code).toBe('55006');
    expect((await rejection(() => admin.query('DROP DATABASE template1')))?.code).toBe('42809');
    const connect = async (database: string) => {
      const c = new pg.Client(server.config({ database }));
      c.on('error', () => undefined);
      return rejection(() => c.connect());
    };
    expect((await connect('never'))?.code).toBe('3D000');
    expect((await admin.query("SELECT count(*)::int AS n FROM pg_database WHERE datname = 'never'")).rows).toEqual([{ n: 0 }]);
  });

  it('DROP DATABASE waits for no one: other sessions make it 55006, FORCE terminates them; IF EXISTS skips', async () => {
    await admin.query('CREATE DATABASE scratch');
    const inside = await server.client({ database: 'scratch' });
    const errors: Error[] = [];
    inside.on('error', (err) => errors.push(err));
    await inside.query('CREATE TABLE t (a int)');
    const busy = await rejection(() => admin.query('DROP DATABASE scratch'));
    expect(busy?.code).toBe('55006');
    expect(busy?.detail).toBe('There is 1 other session using the database.');
    expect((await rejection(() => inside.query('DROP DATABASE scratch')))?.code).toBe('55006');
    await admin.query('DROP DATABASE scratch WITH (FORCE)');
    const after = await rejection(() => inside.query('SELECT 1'));
    expect(after).toBeDefined();
    expect(errors.map((e) => (e as pg.DatabaseError).code)).toContain('57P01');
    expect((await admin.query("SELECT count(*)::int AS n FROM pg_database WHERE datname = 'scratch'")).rows).toEqual([{ n: 0 }]);
    const notices: string[] = [];
    admin.on('notice', (n) => notices.push(n.message));
    await admin.query('DROP DATABASE IF EXISTS scratch');
    admin.removeAllListeners('notice');
    expect(notices).toEqual(['database "scratch" does not exist, skipping']);
    // A dropped database's files are gone, and its name can be made again, empty.
    expect(readdirSync(join(server.dataDir, 'base')).every((name) => existsSync(join(server.dataDir, 'base', name, 'database.json')))).toBe(true);
    await admin.query('CREATE DATABASE scratch');
    const again = await server.client({ database: 'scratch' });
    expect((await rejection(() => again.query('SELECT * FROM t')))?.code).toBe('42P01');
    await again.end();
    await admin.query('DROP DATABASE scratch');
  });

  it('CREATE DATABASE … TEMPLATE copies a database no other session is in', async () => {
    const shop = await server.client({ database: 'Shop' });
    const busy = await rejection(() => admin.query('CREATE DATABASE shop_copy TEMPLATE "Shop"'));
    expect(busy?.code).toBe('55006');
    expect(busy?.message).toBe('source database "Shop" is being accessed by other users');
    // The session asking may be in the source itself, as in PostgreSQL.
    await shop.query('CREATE DATABASE shop_copy TEMPLATE "Shop"');
    await shop.query("INSERT INTO orders VALUES (99, '0.01')");
    await shop.query('DELETE FROM orders WHERE id = 99');
    await shop.end();
    const copy = await server.client({ database: 'shop_copy' });
    expect((await copy.query('SELECT id, total FROM orders')).rows).toEqual([{ id: 1, total: '9.90' }]);
    await copy.query("INSERT INTO orders VALUES (5, '5.00')");
    expect((await copy.query('SELECT count(*)::int AS n FROM orders')).rows).toEqual([{ n: 2 }]);
    const roots = (await copy.query('SELECT DISTINCT state_root FROM evsql_replicas')).rows;
    expect(roots).toHaveLength(1);
    await copy.end();
    const original = await server.client({ database: 'Shop' });
    expect((await original.query('SELECT count(*)::int AS n FROM orders')).rows).toEqual([{ n: 1 }]);
    await original.end();
    await admin.query('DROP DATABASE shop_copy');
  });

  it('LISTEN/NOTIFY stays within its database', async () => {
    await admin.query('CREATE DATABASE chatter');
    const listener = await server.client({ database: 'chatter' });
    const heard: string[] = [];
    listener.on('notification', (n) => heard.push(`${n.channel}:${n.payload}`));
    await listener.query('LISTEN news');
    await admin.query("NOTIFY news, 'from postgres'");
    const sender = await server.client({ database: 'chatter' });
    await sender.query("NOTIFY news, 'from chatter'");
    await listener.query('SELECT 1');
    expect(heard).toEqual(['news:from chatter']);
    await sender.end();
    await listener.end();
    await admin.query('DROP DATABASE chatter');
  });

  it('keeps its bounds: --max-databases, CONNECTION LIMIT and ALLOW_CONNECTIONS', async () => {
    await admin.query('CREATE DATABASE one_conn CONNECTION LIMIT 1');
    await admin.query('CREATE DATABASE closed ALLOW_CONNECTIONS false');
    // "Shop", one_conn and closed: the third of three.
    expect((await rejection(() => admin.query('CREATE DATABASE fourth')))?.code).toBe('53400');
    const first = await server.client({ database: 'one_conn' });
    const connect = async (database: string) => {
      const c = new pg.Client(server.config({ database }));
      c.on('error', () => undefined);
      return rejection(() => c.connect());
    };
    expect((await connect('one_conn'))?.code).toBe('53300');
    await first.end();
    const second = await server.client({ database: 'one_conn' });
    await second.end();
    expect((await connect('closed'))?.code).toBe('55000');
    await admin.query('DROP DATABASE closed');
    await admin.query('DROP DATABASE one_conn');
  });

  it('psql, createdb and dropdb work with them', async () => {
    const env = { ...process.env, PGHOST: server.host, PGPORT: String(server.port), PGUSER: 'postgres' };
    await run('createdb', ['tooled'], { env });
    const listed = await run('psql', ['-X', '-A', '-t', '-c', '\\l'], { env });
    expect(listed.stdout.split('\n').map((l) => l.split('|')[0])).toContain('tooled');
    const inside = await run('psql', ['-X', '-A', '-t', '-d', 'tooled', '-c', 'CREATE TABLE x (a int); INSERT INTO x VALUES (7); SELECT current_database(), a FROM x'], { env });
    expect(inside.stdout.trim().split('\n').at(-1)).toBe('tooled|7');
    await run('dropdb', ['tooled'], { env });
    const gone = await run('psql', ['-X', '-A', '-t', '-c', "SELECT count(*) FROM pg_database WHERE datname = 'tooled'"], { env });
    expect(gone.stdout.trim()).toBe('0');
  });

  it('ALTER DATABASE … RENAME TO and … OWNER TO', async () => {
    await admin.query('CREATE DATABASE old_name');
    const inside = await server.client({ database: 'old_name' });
    await inside.query('CREATE TABLE kept (a int)');
    expect((await rejection(() => inside.query('ALTER DATABASE old_name RENAME TO new_name')))?.code).toBe('0A000');
    expect((await rejection(() => admin.query('ALTER DATABASE old_name RENAME TO new_name')))?.code).toBe('55006');
    await inside.end();
    expect((await rejection(() => admin.query('ALTER DATABASE old_name RENAME TO "Shop"')))?.code).toBe('42P04');
    expect((await rejection(() => admin.query('ALTER DATABASE nonesuch RENAME TO other')))?.code).toBe('3D000');
    await admin.query('ALTER DATABASE old_name RENAME TO new_name');
    const renamed = await server.client({ database: 'new_name' });
    expect((await renamed.query('SELECT current_database() AS d, count(*)::int AS n FROM kept')).rows).toEqual([{ d: 'new_name', n: 0 }]);
    await renamed.end();
    expect((await admin.query("SELECT datname FROM pg_database WHERE datname IN ('old_name', 'new_name')")).rows).toEqual([{ datname: 'new_name' }]);
    await admin.query('ALTER DATABASE new_name WITH ALLOW_CONNECTIONS false CONNECTION LIMIT 3 IS_TEMPLATE true');
    const altered = (await admin.query("SELECT datallowconn, datconnlimit, datistemplate FROM pg_database WHERE datname = 'new_name'")).rows;
    expect(altered).toEqual([{ datallowconn: false, datconnlimit: 3, datistemplate: true }]);
    const refused = new pg.Client(server.config({ database: 'new_name' }));
    refused.on('error', () => undefined);
    expect((await rejection(() => refused.connect()))?.code).toBe('55000');
    expect((await rejection(() => admin.query('DROP DATABASE new_name')))?.code).toBe('42809');
    expect((await rejection(() => admin.query('ALTER DATABASE new_name CONNECTION LIMIT -5')))?.code).toBe('22023');
    await admin.query('ALTER DATABASE new_name ALLOW_CONNECTIONS true IS_TEMPLATE false');
    await admin.query('ALTER DATABASE new_name OWNER TO postgres');
    await admin.query('ALTER DATABASE new_name OWNER TO CURRENT_USER');
    expect((await rejection(() => admin.query('ALTER DATABASE new_name OWNER TO nonesuch')))?.code).toBe('42704');
    expect((await rejection(() => admin.query('ALTER DATABASE nonesuch OWNER TO postgres')))?.code).toBe('3D000');
    await admin.query('DROP DATABASE new_name');
  });

  it('pg_dump -C of a database, dropped, then restored by psql: CREATE DATABASE, OWNER TO, \\connect', async () => {
    const env = { ...process.env, PGHOST: server.host, PGPORT: String(server.port), PGUSER: 'postgres' };
    await admin.query('CREATE DATABASE dumped');
    const src = await server.client({ database: 'dumped' });
    await src.query("CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL); INSERT INTO items (name) VALUES ('a'), ('b'); CREATE VIEW item_names AS SELECT name FROM items");
    await src.end();
    const dump = await run('pg_dump', ['-C', '-d', 'dumped'], { env });
    expect(dump.stdout).toContain('CREATE DATABASE dumped');
    await admin.query('DROP DATABASE dumped');
    await new Promise<void>((resolve, reject) => {
      const psql = execFile('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', 'postgres'], { env }, (err) => (err ? reject(err) : resolve()));
      psql.stdin!.end(dump.stdout);
    });
    const back = await server.client({ database: 'dumped' });
    expect((await back.query('SELECT name FROM item_names ORDER BY name')).rows).toEqual([{ name: 'a' }, { name: 'b' }]);
    await back.query("INSERT INTO items (name) VALUES ('c')");
    expect((await back.query('SELECT max(id)::int AS id FROM items')).rows).toEqual([{ id: 3 }]);
    await back.end();
    await admin.query('DROP DATABASE dumped');
  });

  it('a database and its rows survive a restart', async () => {
    const shop = await server.client({ database: 'Shop' });
    await shop.query("INSERT INTO orders VALUES (2, '1.25')");
    await shop.end();
    await admin.end();
    await server.stop();
    server = await startServer(['--max-databases', '3'], { dataDir: server.dataDir });
    admin = await server.client();
    const back = await server.client({ database: 'Shop' });
    expect((await back.query('SELECT id, total FROM orders ORDER BY id')).rows).toEqual([
      { id: 1, total: '9.90' },
      { id: 2, total: '1.25' },
    ]);
    await back.end();
    expect((await admin.query("SELECT datname FROM pg_database WHERE oid >= 16384 ORDER BY datname")).rows).toEqual([{ datname: 'Shop' }]);
  }, 120_000);
});
