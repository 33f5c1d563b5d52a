/**
 * What the thirty-second session's sweep of leftovers (test/corpus/51-misc32.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: window functions beside GROUPING SETS, number functions given a value of no number
 * type, RANGE offsets' error positions, user functions given an ARRAY, arrays of two string types,
 * memory settings, ALTER DATABASE / ALTER ROLE … SET and their effect on the sessions that connect
 * after, and COMMENT ON DATABASE / ROLE.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;
const rows = async (text: string, values?: unknown[], on = c) => (await on.query({ text, values, rowMode: 'array' })).rows;
const failure = async (sql: string, on = c) =>
  on.query(sql).then(
    () => undefined,
    (e: { code?: string; position?: string }) => ({ code: e.code, position: e.position }),
  );

beforeAll(async () => {
  server = await startServer([], { keepData: true });
  c = await server.client();
  await c.query('CREATE TABLE m32_sales (id int PRIMARY KEY, region text NOT NULL, product text NOT NULL, qty int NOT NULL)');
  await c.query(`INSERT INTO m32_sales VALUES (1, 'east', 'apple', 3), (2, 'east', 'pear', 1), (3, 'west', 'apple', 5), (4, 'west', 'plum', 2), (5, 'north', 'apple', 7), (6, 'north', 'pear', 4), (7, 'east', 'plum', 6), (8, 'west', 'pear', 2)`);
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

describe('window functions beside GROUPING SETS', () => {
  it('rank the grouped rows of every set together (was 0A000)', async () => {
    expect(await rows('SELECT region, sum(qty), rank() OVER (ORDER BY sum(qty) DESC) FROM m32_sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST')).toEqual([
      ['east', '10', '3'],
      ['north', '11', '2'],
      ['west', '9', '4'],
      [null, '30', '1'],
    ]);
  });

  it('take aggregates, grouping() and named windows inside and around the window', async () => {
    expect(await rows('SELECT region, round(100.0 * sum(qty) / sum(sum(qty)) OVER (PARTITION BY grouping(region)), 2)::text FROM m32_sales GROUP BY ROLLUP (region) ORDER BY region NULLS LAST')).toEqual([
      ['east', '33.33'],
      ['north', '36.67'],
      ['west', '30.00'],
      [null, '100.00'],
    ]);
    const ranked = await rows('SELECT region, product, sum(qty), rank() OVER w FROM m32_sales GROUP BY ROLLUP (region, product) WINDOW w AS (PARTITION BY region ORDER BY sum(qty) DESC, product NULLS FIRST) ORDER BY region NULLS LAST, 4, product NULLS FIRST');
    expect(ranked.slice(0, 4)).toEqual([
      ['east', null, '10', '1'],
      ['east', 'plum', '6', '2'],
      ['east', 'apple', '3', '3'],
      ['east', 'pear', '1', '4'],
    ]);
    expect(ranked.at(-1)).toEqual([null, null, '30', '1']);
  });

  it('run inside a subquery, and under ORDER BY and LIMIT', async () => {
    expect(await rows('SELECT * FROM (SELECT region, sum(qty) AS q, rank() OVER (ORDER BY sum(qty) DESC) AS r FROM m32_sales GROUP BY ROLLUP (region)) s WHERE r <= 2 ORDER BY r')).toEqual([
      [null, '30', '1'],
      ['north', '11', '2'],
    ]);
    expect(await rows('SELECT product, lag(sum(qty)) OVER (ORDER BY product NULLS LAST) FROM m32_sales GROUP BY GROUPING SETS (product, ()) ORDER BY product NULLS LAST LIMIT 3')).toEqual([
      ['apple', null],
      ['pear', '15'],
      ['plum', '7'],
    ]);
  });

  it('refuse a column no set groups by, as a plain GROUP BY does', async () => {
    expect((await failure('SELECT region, rank() OVER (ORDER BY qty) FROM m32_sales GROUP BY ROLLUP (region)'))?.code).toBe('42803');
    expect(await failure('SELECT region, sum(qty), rank() OVER (ORDER BY grouping(product)) FROM m32_sales GROUP BY ROLLUP (region)')).toEqual({ code: '42803', position: '57' });
  });
});

describe('number functions given a value of no number type', () => {
  it('are 42883 at the call, where SQLite would read the text as a number', async () => {
    expect(await failure("SELECT abs('x'::text)")).toEqual({ code: '42883', position: '8' });
    expect(await failure("SELECT sqrt('4'::text)")).toEqual({ code: '42883', position: '8' });
    expect(await failure("SELECT round(1.5, 'a'::text)")).toEqual({ code: '42883', position: '8' });
    expect(await failure("SELECT repeat('a', '3'::text)")).toEqual({ code: '42883', position: '8' });
    expect((await failure('SELECT abs(region) FROM m32_sales'))?.code).toBe('42883');
    expect((await failure('SELECT round(true)'))?.code).toBe('42883');
  });

  it('still read an untyped literal, a parameter and numbers of every kind', async () => {
    expect(await rows("SELECT abs('-3'), round('1.25', 1)::text, ceil(sum(qty) / 3.0)::text, repeat('a', '2') FROM m32_sales")).toEqual([[3, '1.3', '10', 'aa']]);
    expect(await rows('SELECT abs($1::int)', ['-4'])).toEqual([[4]]);
  });
});

describe('RANGE offsets and user functions, their errors', () => {
  it('place 0A000 of an offset the ORDER BY column takes none of at the offset', async () => {
    expect(await failure("SELECT sum(qty) OVER (ORDER BY region RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM m32_sales")).toEqual({ code: '0A000', position: '62' });
    expect(await failure("SELECT sum(qty) OVER (ORDER BY qty RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) FROM m32_sales")).toEqual({ code: '0A000', position: '59' });
  });

  it('find no user function for an ARRAY argument or a text, named as the call writes it', async () => {
    await c.query("CREATE FUNCTION m32_twice(n int) RETURNS int LANGUAGE sql AS 'SELECT n * 2'");
    expect(await failure('SELECT m32_twice(ARRAY[1])')).toEqual({ code: '42883', position: '8' });
    expect(await failure("SELECT public.m32_twice('x'::text)")).toEqual({ code: '42883', position: '8' });
    await c.query("CREATE FUNCTION m32_count(n int[]) RETURNS int LANGUAGE sql AS 'SELECT cardinality(n)'");
    expect(await rows('SELECT m32_count(ARRAY[1, 2]), m32_count(ARRAY[NULL::int])')).toEqual([[2, 1]]);
    expect(await failure("SELECT m32_count(ARRAY['1'])")).toEqual({ code: '42883', position: '8' });
    expect(await failure('SELECT m32_count(ARRAY[1.5])')).toEqual({ code: '42883', position: '8' });
  });
});

describe('arrays of two string types', () => {
  it('have no comparison or containment between them where the statement writes both types (42883)', async () => {
    expect(await failure("SELECT ARRAY['a']::varchar[] = ARRAY['a']::text[]")).toEqual({ code: '42883', position: '30' });
    expect(await failure("SELECT ARRAY['a', 'b']::varchar[] @> ARRAY['a']")).toEqual({ code: '42883', position: '35' });
    expect((await failure("SELECT ARRAY['a']::name[] && ARRAY['a']::text[]"))?.code).toBe('42883');
    expect(await rows("SELECT ARRAY['a']::varchar[] = ARRAY['a']::varchar(3)[], ARRAY['a']::text[] @> ARRAY['a'], ARRAY['a']::varchar[] = '{a}'")).toEqual([[true, true, true]]);
  });
});

describe('memory settings', () => {
  it('read a number in the setting’s unit or with a unit, and show it in the largest unit that holds it whole', async () => {
    const shown = async (value: string | number) => {
      await c.query(`SET work_mem = ${typeof value === 'number' ? value : `'${value}'`}`);
      return (await rows('SHOW work_mem'))[0]![0];
    };
    expect([await shown(2048), await shown('1.5MB'), await shown('4 MB'), await shown('1048576B'), await shown('1GB')]).toEqual(['2MB', '1536kB', '4MB', '1MB', '1GB']);
    await c.query('SET temp_buffers = 1000');
    expect(await rows('SHOW temp_buffers')).toEqual([['8000kB']]);
    await c.query('RESET work_mem');
    await c.query('RESET temp_buffers');
  });

  it('refuse a value that is none, a unit PostgreSQL does not spell so, and a size out of range (22023)', async () => {
    for (const value of ["'lots'", "'4mb'", "'1kB'", "'10TB'", '-1']) expect((await failure(`SET work_mem = ${value}`))?.code).toBe('22023');
    expect((await failure("ALTER DATABASE postgres SET maintenance_work_mem = 'x'"))?.code).toBe('22023');
  });
});

describe('ALTER DATABASE … SET and COMMENT ON DATABASE', () => {
  it('list the settings in pg_db_role_setting, replaced in place and taken out by RESET', async () => {
    await c.query('CREATE DATABASE m32_db');
    await c.query("ALTER DATABASE m32_db SET work_mem = '8MB'");
    await c.query('ALTER DATABASE m32_db SET search_path TO app, public');
    await c.query("ALTER DATABASE m32_db SET TimeZone = 'Europe/Paris'");
    await c.query("ALTER DATABASE m32_db SET work_mem = '16MB'");
    const config = "SELECT s.setconfig FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = 'm32_db' AND s.setrole = 0";
    expect(await rows(config)).toEqual([[['work_mem=16MB', 'search_path=app, public', 'TimeZone=Europe/Paris']]]);
    await c.query('ALTER DATABASE m32_db RESET work_mem');
    await c.query('ALTER DATABASE m32_db SET search_path = DEFAULT');
    expect(await rows(config)).toEqual([[['TimeZone=Europe/Paris']]]);
    await c.query('ALTER DATABASE m32_db SET work_mem FROM CURRENT');
    expect(await rows(config)).toEqual([[['TimeZone=Europe/Paris', 'work_mem=4MB']]]);
    expect((await failure("ALTER DATABASE m32_nosuch SET work_mem = '8MB'"))?.code).toBe('3D000');
    expect((await failure('ALTER DATABASE m32_db SET no_such_param = 1'))?.code).toBe('42704');
  });

  it('give a session that connects after its defaults, which RESET returns to and startup parameters override', async () => {
    await c.query("ALTER DATABASE m32_db SET statement_timeout = '5s'");
    const inside = await server.client({ database: 'm32_db' });
    try {
      expect(await rows('SHOW TimeZone', [], inside)).toEqual([['Europe/Paris']]);
      await inside.query("SET statement_timeout = '1s'");
      await inside.query('RESET statement_timeout');
      expect(await rows('SHOW statement_timeout', [], inside)).toEqual([['5s']]);
    } finally {
      await inside.end();
    }
    const overridden = await server.client({ database: 'm32_db', options: '-c TimeZone=UTC' });
    try {
      expect(await rows('SHOW TimeZone', [], overridden)).toEqual([['UTC']]);
    } finally {
      await overridden.end();
    }
    await c.query('ALTER DATABASE m32_db RESET ALL');
    expect(await rows("SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = 'm32_db'")).toEqual([['0']]);
  });

  it('keep a comment that shobj_description reads, and warn of a database that does not exist', async () => {
    await c.query("COMMENT ON DATABASE m32_db IS 'reporting copy'");
    expect(await rows("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 'm32_db'")).toEqual([['reporting copy']]);
    await c.query('BEGIN');
    await c.query('COMMENT ON DATABASE m32_db IS NULL');
    await c.query('COMMIT');
    expect(await rows("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 'm32_db'")).toEqual([[null]]);
    const warnings: string[] = [];
    c.on('notice', (n) => warnings.push(`${n.severity} ${n.message}`));
    await c.query("COMMENT ON DATABASE m32_nosuch IS 'x'");
    c.removeAllListeners('notice');
    expect(warnings).toEqual(['WARNING database "m32_nosuch" does not exist']);
  });
});

describe('ALTER ROLE … SET and COMMENT ON ROLE', () => {
  it('keep a role’s settings, which a session logging in as it starts from', async () => {
    await c.query('CREATE ROLE m32_admin SUPERUSER LOGIN');
    await c.query('ALTER ROLE m32_admin SET search_path = m32_x, public');
    await c.query("ALTER USER m32_admin SET work_mem TO '16MB'");
    expect(await rows("SELECT rolconfig FROM pg_roles WHERE rolname = 'm32_admin'")).toEqual([[['search_path=m32_x, public', 'work_mem=16MB']]]);
    expect(await rows("SELECT s.setdatabase, s.setconfig FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname = 'm32_admin'")).toEqual([[0, ['search_path=m32_x, public', 'work_mem=16MB']]]);
    const as = await server.client({ user: 'm32_admin' });
    try {
      expect(await rows('SELECT current_setting($1), current_setting($2)', ['search_path', 'work_mem'], as)).toEqual([['m32_x, public', '16MB']]);
    } finally {
      await as.end();
    }
    await c.query('ALTER ROLE m32_admin RESET work_mem');
    expect(await rows("SELECT rolconfig FROM pg_roles WHERE rolname = 'm32_admin'")).toEqual([[['search_path=m32_x, public']]]);
    await c.query('ALTER ROLE m32_admin RESET ALL');
    expect(await rows("SELECT rolconfig FROM pg_roles WHERE rolname = 'm32_admin'")).toEqual([[null]]);
    expect((await failure("ALTER ROLE m32_nosuch SET work_mem = '1MB'"))?.code).toBe('42704');
    expect((await failure('ALTER ROLE m32_admin SET no_such_param = 1'))?.code).toBe('42704');
    expect((await failure("ALTER ROLE postgres SET work_mem = '1MB'"))?.code).toBe('0A000');
  });

  it('keep a role’s comment for shobj_description', async () => {
    await c.query("COMMENT ON ROLE m32_admin IS 'app login'");
    expect(await rows("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = 'm32_admin'")).toEqual([['app login']]);
    await c.query('DROP ROLE m32_admin');
  });
});

describe('the default database’s settings and comment', () => {
  it('outlive a restart', async () => {
    await c.query("ALTER DATABASE postgres SET statement_timeout = '7s'");
    await c.query("COMMENT ON DATABASE postgres IS 'main'");
    await c.end();
    await server.stop();
    server = await startServer([], { dataDir: server.dataDir });
    c = await server.client();
    expect(await rows('SHOW statement_timeout')).toEqual([['7s']]);
    expect(await rows("SELECT s.setconfig, shobj_description(d.oid, 'pg_database') FROM pg_database d JOIN pg_db_role_setting s ON s.setdatabase = d.oid WHERE d.datname = 'postgres'")).toEqual([[['statement_timeout=7s'], 'main']]);
  });
});
