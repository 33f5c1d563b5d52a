/**
 * What the twenty-sixth session's PL/pgSQL sweep (test/corpus/45-plpgsql26.sql) fixed, on a real
 * server through the `pg` driver; each expected value is PostgreSQL 15's answer to the same
 * statement: trigger functions in another schema than public (graphile-worker's), and LANGUAGE
 * plpgsql functions calling one another.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query('CREATE SCHEMA p26');
  await c.query('CREATE TABLE p26.jobs (id int PRIMARY KEY, queue_name text, note text)');
  await c.query('CREATE TABLE p26.job_queues (queue_name text PRIMARY KEY, job_count int NOT NULL)');
});

describe('trigger functions in another schema', () => {
  it('are that schema’s, run by the triggers that name them, and named so by pg_get_triggerdef', async () => {
    await c.query(`CREATE FUNCTION p26.count_up() RETURNS trigger AS $$ BEGIN
      INSERT INTO p26.job_queues (queue_name, job_count) VALUES (new.queue_name, 1)
        ON CONFLICT (queue_name) DO UPDATE SET job_count = job_queues.job_count + 1;
      RETURN new; END $$ LANGUAGE plpgsql`);
    await c.query('CREATE TRIGGER _500_count AFTER INSERT ON p26.jobs FOR EACH ROW EXECUTE PROCEDURE p26.count_up()');
    await c.query("INSERT INTO p26.jobs VALUES (1, 'q'), (2, 'q'), (3, 'r')");
    expect(await rows('SELECT queue_name, job_count FROM p26.job_queues ORDER BY 1')).toEqual([['q', 2], ['r', 1]]);
    expect(await rows("SELECT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE proname = 'count_up'")).toEqual([['p26']]);
    expect(await rows("SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = '_500_count'")).toEqual([['CREATE TRIGGER _500_count AFTER INSERT ON p26.jobs FOR EACH ROW EXECUTE FUNCTION p26.count_up()']]);
  });

  it('are not found unqualified outside the search path, and DROP … CASCADE takes their triggers', async () => {
    expect(await code('CREATE TRIGGER t2 AFTER INSERT ON p26.jobs FOR EACH ROW EXECUTE FUNCTION count_up()')).toBe('42883');
    expect(await code('DROP FUNCTION p26.count_up()')).toBe('2BP01');
    await c.query('DROP FUNCTION p26.count_up() CASCADE');
    expect(await rows("SELECT count(*) FROM pg_trigger WHERE tgname = '_500_count'")).toEqual([['0']]);
  });

  it('made unqualified go to the first schema of the search path, where an unqualified trigger finds them', async () => {
    await c.query('SET search_path = p26, public');
    try {
      await c.query("CREATE FUNCTION mark() RETURNS trigger AS $$ BEGIN new.note = 'marked'; RETURN new; END $$ LANGUAGE plpgsql");
      await c.query('CREATE TRIGGER _200_mark BEFORE INSERT ON jobs FOR EACH ROW EXECUTE FUNCTION mark()');
      await c.query('INSERT INTO jobs (id) VALUES (4)');
    } finally {
      await c.query('RESET search_path');
    }
    expect(await rows('SELECT note FROM p26.jobs WHERE id = 4')).toEqual([['marked']]);
    expect(await rows("SELECT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE proname = 'mark'")).toEqual([['p26']]);
    expect(await code('DROP FUNCTION mark()')).toBe('42883');
  });
});

describe('DROP SCHEMA … CASCADE of a schema with trigger functions', () => {
  it('drops the triggers of other schemas’ tables that run them', async () => {
    await c.query('CREATE SCHEMA p26_gone');
    await c.query('CREATE TABLE p26_outside (a int, b int)');
    await c.query('CREATE FUNCTION p26_gone.tg_b() RETURNS trigger AS $$ BEGIN new.b = new.a * 2; RETURN new; END $$ LANGUAGE plpgsql');
    await c.query('CREATE TRIGGER tb BEFORE INSERT ON p26_outside FOR EACH ROW EXECUTE FUNCTION p26_gone.tg_b()');
    await c.query('INSERT INTO p26_outside (a) VALUES (5)');
    await c.query('DROP SCHEMA p26_gone CASCADE');
    await c.query('INSERT INTO p26_outside (a) VALUES (6)');
    expect(await rows('SELECT a, b FROM p26_outside ORDER BY a')).toEqual([[5, 10], [6, null]]);
    expect(await rows("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'p26_outside'::regclass")).toEqual([['0']]);
  });
});

describe('PL/pgSQL functions calling one another', () => {
  it('run the callee inside the caller: an assignment, PERFORM, RETURN of its value', async () => {
    await c.query('CREATE FUNCTION p26_double(x int) RETURNS int AS $$ BEGIN RETURN x * 2; END $$ LANGUAGE plpgsql');
    await c.query('CREATE FUNCTION p26_chain(x int) RETURNS int AS $$ DECLARE y int; BEGIN y := p26_double(x); PERFORM p26_double(y); IF y > 10 THEN RETURN p26_double(y); END IF; RETURN y; END $$ LANGUAGE plpgsql');
    expect(await rows('SELECT p26_chain(3)')).toEqual([[6]]);
    expect(await rows('SELECT p26_chain(10)')).toEqual([[40]]);
    expect(await rows('SELECT p26_chain($1)', [4])).toEqual([[8]]);
  });

  it('are called alone in FROM, the column named by the function or its alias', async () => {
    const r = await c.query('SELECT * FROM p26_double(4) AS z');
    expect(r.fields.map((f) => f.name)).toEqual(['z']);
    expect(r.rows).toEqual([{ z: 8 }]);
  });

  it('cast a callee’s value of another type to the variable’s, as an assignment does', async () => {
    await c.query('CREATE FUNCTION p26_half(x int) RETURNS numeric AS $$ BEGIN RETURN x / 2.0; END $$ LANGUAGE plpgsql');
    await c.query('CREATE FUNCTION p26_rounded(x int) RETURNS int AS $$ DECLARE y int; BEGIN y := p26_half(x); RETURN y; END $$ LANGUAGE plpgsql');
    // The callee's value inlines into the assignment's cast (session 27), rounding as PostgreSQL does.
    expect(await rows('SELECT p26_rounded(5)')).toEqual([[3]]);
  });

  it('recurse until the stack limit, 54001 beyond it', async () => {
    await c.query('CREATE FUNCTION p26_rr(x int, n int) RETURNS int AS $$ DECLARE y int; BEGIN IF x >= n THEN RETURN x; END IF; y := x + 1; RETURN p26_rr(y, n); END $$ LANGUAGE plpgsql');
    expect(await rows('SELECT p26_rr(1, 100)')).toEqual([[100]]);
    expect(await code('SELECT p26_rr(1, 5000)')).toBe('54001');
  });
});
