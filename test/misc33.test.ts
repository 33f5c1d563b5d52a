/**
 * What the thirty-third session's sweep of leftovers (test/corpus/52-misc33.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: setseed()'s generator after RESET ALL and DISCARD ALL, round() of huge scales,
 * untyped literals among integer CASE results, recursive LANGUAGE sql functions, NOTIFY under
 * ROLLBACK TO SAVEPOINT, a cached sequence's last_value, ADD COLUMN IF NOT EXISTS from sessions at
 * once, tableoid over a partitioned table, WITH RECURSIVE beside a data-modifying WITH query, and
 * pg_trigger_depth().
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;
const rows = async (text: string, on = c) => (await on.query({ text, rowMode: 'array' })).rows;
const value = async (text: string, on = c) => (await rows(text, on))[0]![0];
const failure = async (sql: string, on = c) =>
  on.query(sql).then(
    () => undefined,
    (e: { code?: string; position?: string }) => ({ code: e.code, position: e.position }),
  );

beforeAll(async () => {
  server = await startServer([], { keepData: true });
  c = await server.client();
});

afterAll(async () => {
  await c.end();
  await server.stop();
});

describe('setseed() and the session resets', () => {
  it('RESET ALL and DISCARD ALL leave the seeded generator where it was (random() drew unseeded)', async () => {
    await c.query('SELECT setseed(0.25)');
    await c.query('RESET ALL');
    expect(await value('SELECT round(random()::numeric, 6)')).toBe('0.197264');
    await c.query('SELECT setseed(0.25)');
    await c.query('DISCARD ALL');
    expect(await value('SELECT round(random()::numeric, 6)')).toBe('0.197264');
    expect(await value('SELECT round(random()::numeric, 6)')).not.toBe('0.197264');
  });

  it('RESET ALL keeps what nextval() gave the session (currval was 55000)', async () => {
    await c.query('CREATE SEQUENCE m33_reset_seq');
    await c.query("SELECT nextval('m33_reset_seq'), nextval('m33_reset_seq')");
    await c.query('RESET ALL');
    expect(await rows("SELECT currval('m33_reset_seq'), lastval()")).toEqual([['2', '2']]);
    await c.query('DISCARD ALL');
    expect(await failure('SELECT lastval()')).toEqual({ code: '55000', position: undefined });
  });
});

describe('round() and trunc() of huge scales', () => {
  it('clamp the places to 16383, as PostgreSQL 15 does (2147483647 was XX000)', async () => {
    expect((await value('SELECT round(2.25, 2147483647)::text')).length).toBe(16385);
    expect((await value('SELECT trunc(2.25, 2147483647)')).length).toBe(16385);
    expect(await value('SELECT round(2.25, -2147483648)')).toBe('0');
  });

  it('print every place past what a typmod carries (round(x, 1200) printed too few digits)', async () => {
    const shown = await value('SELECT round(2.25, 1200)');
    expect(shown).toBe(`2.25${'0'.repeat(1198)}`);
    expect(await value('SELECT round(1.5, 1000) = 1.5')).toBe(true);
  });
});

describe('untyped literals among integer CASE results, COALESCE and GREATEST arguments', () => {
  it('are the integers abs() and its kin take (was 22003)', async () => {
    expect(await rows("SELECT abs(CASE WHEN true THEN '1' ELSE 2 END), abs(COALESCE(NULL, '-7', 3)), abs(GREATEST('3', -9, 1)), abs(LEAST('-3', 9, 1))")).toEqual([[1, 7, 3, 3]]);
    expect(await rows("SELECT abs(CASE WHEN true THEN '1' ELSE 2::bigint END), pg_typeof(CASE WHEN true THEN '1' ELSE 2::bigint END)")).toEqual([['1', 'bigint']]);
  });

  it('and refused as the integer type refuses them', async () => {
    expect((await failure("SELECT abs(CASE WHEN true THEN 'x' ELSE 2 END)"))?.code).toBe('22P02');
    expect((await failure("SELECT abs(CASE WHEN true THEN '99999999999' ELSE 2 END)"))?.code).toBe('22003');
  });
});

describe('LANGUAGE sql functions that call themselves', () => {
  it('are created, as PostgreSQL creates them (was 42883); their calls are 0A000', async () => {
    await c.query('CREATE FUNCTION m33_fact(n int) RETURNS numeric LANGUAGE sql AS $$ SELECT CASE WHEN n <= 1 THEN 1::numeric ELSE n * m33_fact(n - 1) END $$');
    expect(await value("SELECT count(*)::int FROM pg_proc WHERE proname = 'm33_fact'")).toBe(1);
    expect((await failure('SELECT m33_fact(5)'))?.code).toBe('0A000');
  });

  it('but a RETURN body naming itself is not, its name unknown as it is parsed', async () => {
    expect(await failure('CREATE FUNCTION m33_sum_to(n int) RETURNS bigint LANGUAGE sql RETURN CASE WHEN n <= 0 THEN 0 ELSE n + m33_sum_to(n - 1) END')).toEqual({ code: '42883', position: '103' });
  });
});

describe('NOTIFY under ROLLBACK TO SAVEPOINT', () => {
  it('delivers only what the committed transaction kept (a rolled-back savepoint sent its notifications)', async () => {
    const listener = await server.client();
    const got: string[] = [];
    listener.on('notification', (n) => got.push(n.payload ?? ''));
    await listener.query('LISTEN m33_ch');
    for (const q of ['BEGIN', "NOTIFY m33_ch, 'a'", 'SAVEPOINT p1', "NOTIFY m33_ch, 'b'", 'SAVEPOINT p2', "NOTIFY m33_ch, 'c'", 'RELEASE p2', 'ROLLBACK TO p1', "NOTIFY m33_ch, 'd'", 'SAVEPOINT p3', "SELECT pg_notify('m33_ch', 'e')", 'RELEASE p3', 'COMMIT']) await c.query(q);
    await listener.query('SELECT 1');
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toEqual(['a', 'd', 'e']);
    await listener.end();
  });
});

describe('a sequence with CACHE', () => {
  it('shows the end of the block nextval() fetched as last_value (was the value last given)', async () => {
    await c.query('CREATE SEQUENCE m33_cseq CACHE 10');
    await c.query("SELECT nextval('m33_cseq'), nextval('m33_cseq')");
    expect(await rows('SELECT last_value, is_called FROM m33_cseq')).toEqual([['10', true]]);
    expect(await value("SELECT last_value FROM pg_sequences WHERE sequencename = 'm33_cseq'")).toBe('10');
    expect(await value("SELECT nextval('m33_cseq')")).toBe('3');
  });

  it('drops the block at setval() and ALTER SEQUENCE, as PostgreSQL does', async () => {
    expect(await value("SELECT setval('m33_cseq', 50)")).toBe('50');
    expect(await value('SELECT last_value FROM m33_cseq')).toBe('50');
    expect(await value("SELECT nextval('m33_cseq')")).toBe('51');
    expect(await value('SELECT last_value FROM m33_cseq')).toBe('60');
    await c.query('ALTER SEQUENCE m33_cseq CACHE 1');
    expect(await value("SELECT nextval('m33_cseq')")).toBe('61');
    await c.query('CREATE SEQUENCE m33_cycle CACHE 5 MAXVALUE 7 CYCLE');
    expect((await rows("SELECT nextval('m33_cycle') FROM generate_series(1, 9)")).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '1', '2']);
    expect(await value('SELECT last_value FROM m33_cycle')).toBe('5');
  });
});

describe('ADD COLUMN IF NOT EXISTS from sessions at once', () => {
  it('gives each after the first a NOTICE, as PostgreSQL does (was 42701)', async () => {
    const others = await Promise.all([server.client(), server.client(), server.client()]);
    const all = [c, ...others];
    for (let i = 0; i < 3; i++) {
      await c.query('DROP TABLE IF EXISTS m33_conc');
      await c.query('CREATE TABLE m33_conc (id int)');
      const outcomes = await Promise.all(all.map((s) => s.query('ALTER TABLE m33_conc ADD COLUMN IF NOT EXISTS extra int').then(() => 'ok', (e: { code?: string }) => e.code)));
      expect(outcomes).toEqual(['ok', 'ok', 'ok', 'ok']);
      expect(await value("SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'm33_conc'")).toBe(2);
    }
    await Promise.all(others.map((s) => s.end()));
  });
});

describe('tableoid', () => {
  beforeAll(async () => {
    await c.query('CREATE TABLE m33_meas (id int, region text) PARTITION BY LIST (region)');
    await c.query("CREATE TABLE m33_meas_east PARTITION OF m33_meas FOR VALUES IN ('east')");
    await c.query('CREATE TABLE m33_meas_rest PARTITION OF m33_meas DEFAULT');
    await c.query("INSERT INTO m33_meas VALUES (1, 'east'), (2, 'west'), (3, 'east'), (4, NULL)");
  });

  it('of a partitioned table is the partition each row is in (was 42703)', async () => {
    expect(await rows('SELECT tableoid::regclass, id FROM m33_meas ORDER BY id')).toEqual([
      ['m33_meas_east', 1],
      ['m33_meas_rest', 2],
      ['m33_meas_east', 3],
      ['m33_meas_rest', 4],
    ]);
    expect(await rows("SELECT id FROM m33_meas WHERE tableoid = 'm33_meas_rest'::regclass ORDER BY id")).toEqual([[2], [4]]);
    expect(await rows('SELECT tableoid::regclass::text, count(*)::int FROM m33_meas m GROUP BY m.tableoid ORDER BY 1')).toEqual([
      ['m33_meas_east', 2],
      ['m33_meas_rest', 2],
    ]);
  });

  it("of a partition or a table is its own OID, in what DML returns too", async () => {
    expect(await rows('SELECT tableoid::regclass, id FROM m33_meas_east ORDER BY id')).toEqual([
      ['m33_meas_east', 1],
      ['m33_meas_east', 3],
    ]);
    expect(await rows("INSERT INTO m33_meas VALUES (5, 'east') RETURNING tableoid::regclass, id")).toEqual([['m33_meas_east', 5]]);
    await c.query('CREATE TABLE m33_plain (id int)');
    await c.query('INSERT INTO m33_plain VALUES (1)');
    expect(await value("SELECT tableoid = 'm33_plain'::regclass FROM m33_plain")).toBe(true);
    // A constant OID grouped by or ordered by is no result column's position to SQLite (was XX000).
    expect(await rows('SELECT tableoid::regclass::text, count(*)::int FROM m33_plain GROUP BY tableoid ORDER BY tableoid')).toEqual([['m33_plain', 1]]);
  });

  it('is no column of a view, nor named by *', async () => {
    await c.query('CREATE VIEW m33_view AS SELECT id FROM m33_plain');
    expect((await failure('SELECT tableoid FROM m33_view'))?.code).toBe('42703');
    expect((await c.query('SELECT * FROM m33_plain')).fields.map((f) => f.name)).toEqual(['id']);
  });
});

describe('WITH RECURSIVE beside a data-modifying WITH query', () => {
  it('runs, the recursive query read by each part (was 0A000)', async () => {
    await c.query('CREATE TABLE m33_tree (id int PRIMARY KEY, parent int)');
    await c.query('INSERT INTO m33_tree VALUES (1, NULL), (2, 1), (3, 1), (4, 2), (5, 4)');
    expect(await rows('WITH RECURSIVE sub AS (SELECT id FROM m33_tree WHERE id = 2 UNION ALL SELECT t.id FROM m33_tree t JOIN sub s ON t.parent = s.id), del AS (DELETE FROM m33_tree WHERE id IN (SELECT id FROM sub) RETURNING id) SELECT id FROM del ORDER BY id')).toEqual([[2], [4], [5]]);
    expect(await rows('SELECT id FROM m33_tree ORDER BY id')).toEqual([[1], [3]]);
  });
});

describe('pg_trigger_depth()', () => {
  it('is 0 in a statement a client sends (was 42883), refused in a trigger function', async () => {
    expect(await value('SELECT pg_trigger_depth()')).toBe(0);
    await c.query('CREATE TABLE m33_trg (id int, depth int)');
    await c.query('CREATE FUNCTION m33_trgf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.depth := pg_trigger_depth(); RETURN NEW; END $$');
    await c.query('CREATE TRIGGER m33_trg_bi BEFORE INSERT ON m33_trg FOR EACH ROW EXECUTE FUNCTION m33_trgf()');
    expect((await failure('INSERT INTO m33_trg (id) VALUES (1)'))?.code).toBe('0A000');
  });
});

describe('age() of the catalog transaction IDs', () => {
  it("is an int4, as monitoring scripts' wraparound checks read it (was 42883)", async () => {
    expect(await rows("SELECT pg_typeof(age(datfrozenxid))::text, age(datfrozenxid) >= 0, mxid_age(datminmxid) FROM pg_database WHERE datname = 'postgres'")).toEqual([['integer', true, 0]]);
    expect(await rows('SELECT datname FROM pg_database WHERE age(datfrozenxid) > 2000000000')).toEqual([]);
  });

  it("counts a table's rows as young, a view's relfrozenxid (0) as INT_MAX old, as PostgreSQL does", async () => {
    expect(await rows("SELECT count(*)::int FROM pg_class WHERE relkind IN ('r', 'm', 't') AND age(relfrozenxid) > 1000000000")).toEqual([[0]]);
    expect(await value("SELECT age(relfrozenxid) FROM pg_class WHERE relname = 'm33_view'")).toBe(2147483647);
  });
});

describe('current_query()', () => {
  it('is the text the client sent, by either protocol (was 42883)', async () => {
    expect(await value('SELECT current_query()')).toBe('SELECT current_query()');
    expect((await c.query({ text: 'SELECT current_query(), $1::int AS x', values: [5], rowMode: 'array' })).rows).toEqual([['SELECT current_query(), $1::int AS x', 5]]);
    expect(await rows("SELECT upper(current_query()), relname FROM pg_class WHERE relname = 'pg_class'")).toEqual([["SELECT UPPER(CURRENT_QUERY()), RELNAME FROM PG_CLASS WHERE RELNAME = 'PG_CLASS'", 'pg_class']]);
  });

  it("is the caller's text in a PL/pgSQL function, refused in a LANGUAGE sql body that cannot carry it", async () => {
    await c.query("CREATE FUNCTION m33_cq() RETURNS text LANGUAGE plpgsql AS 'BEGIN RETURN current_query(); END'");
    expect(await value('SELECT m33_cq()')).toBe('SELECT m33_cq()');
    expect((await failure("CREATE FUNCTION m33_cq_sql() RETURNS text LANGUAGE sql AS 'SELECT current_query()'"))?.code).toBe('0A000');
  });
});
