/**
 * Readers never wait for writers (issue 14): schedules of statements over several sessions run
 * step by step against evsql and against a real PostgreSQL 15, and every step's outcome — rows
 * with their column types, or the SQLSTATE, and whether it was still waiting for a lock when the
 * next step began — must be the same on both. A plain read that took longer than a lock wait
 * would is reported as slow, so a reader that waits for a writer fails the comparison even where
 * it would end with the same rows.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { startServer, type TestServer } from './helpers/server.js';

/** [session, sql]: run and wait; [session, sql, 'blocks']: start it, and say whether it is still waiting; [session, 'await']: its result. */
type Step = [string, string] | [string, string, 'blocks'] | [string, 'await'];

/** Long enough for a blocked statement to show it is blocked. */
const BLOCK_MS = 400;
/** A plain read answered after this long waited for something. */
const SLOW_MS = 3000;

function outcome(r: pg.QueryResult | undefined, err: unknown): string {
  if (err) return `error ${(err as { code?: string }).code ?? String(err)}`;
  if (!r || !r.fields.length) return r?.command ?? 'ok';
  return `${r.fields.map((f) => `${f.name}:${f.dataTypeID}`).join(',')} ${JSON.stringify(r.rows.map((row) => Object.values(row as object)))}`;
}

async function run(config: () => pg.ClientConfig, setup: string[], steps: Step[]): Promise<string[]> {
  const clients = new Map<string, pg.Client>();
  const client = async (name: string) => {
    let c = clients.get(name);
    if (!c) {
      c = new pg.Client(config());
      await c.connect();
      clients.set(name, c);
    }
    return c;
  };
  const admin = await client('setup');
  for (const sql of setup) await admin.query(sql);
  const pending = new Map<string, Promise<string>>();
  const log: string[] = [];
  try {
    for (const step of steps) {
      const [name, sql] = step;
      if (sql === 'await') {
        log.push(`${name} await: ${await pending.get(name)!}`);
        pending.delete(name);
        continue;
      }
      const c = await client(name);
      const started = Date.now();
      const p = c.query(sql).then(
        (r) => outcome(r, undefined) + (Date.now() - started > SLOW_MS ? ' (slow)' : ''),
        (e: unknown) => outcome(undefined, e),
      );
      if (step[2] === 'blocks') {
        const done = await Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), BLOCK_MS))]);
        log.push(`${name} ${sql}: ${done ? `did not block: ${await p}` : 'blocks'}`);
        pending.set(name, p);
      } else {
        log.push(`${name} ${sql}: ${await p}`);
      }
    }
  } finally {
    for (const c of clients.values()) await c.end().catch(() => undefined);
  }
  return log;
}

let server: TestServer;
let postgres: TestPostgres;

beforeAll(async () => {
  [server, postgres] = await Promise.all([startServer(), startPostgres()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([server?.stop(), postgres?.stop()]);
});

let schemas = 0;

/** Runs the schedule on both servers, each in a fresh schema of tables, and returns both logs. */
async function both(setup: string[], steps: Step[]): Promise<{ evsql: string[]; postgres: string[] }> {
  const n = ++schemas;
  const named = (sqls: string[]) => sqls.map((s) => s.replace(/\b(acct|owner|item|docs|cities|parts|parts_a|parts_b|lines|jq)\b/g, `$1_${n}`));
  const plainSteps = steps.map((s) => s.map((part, i) => (i === 1 ? named([part])[0] : part)) as Step);
  const [e, p] = await Promise.all([run(() => server.config(), named(setup), plainSteps), run(() => postgres.config(), named(setup), plainSteps)]);
  return { evsql: e.map((l) => l.replace(new RegExp(`_${n}\\b`, 'g'), '')), postgres: p.map((l) => l.replace(new RegExp(`_${n}\\b`, 'g'), '')) };
}

const BANK = [
  'CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, bal numeric(12,2) NOT NULL, opened timestamptz NOT NULL)',
  'CREATE TABLE owner (name text PRIMARY KEY, city text NOT NULL)',
  'CREATE TABLE item (id serial PRIMARY KEY, acct int NOT NULL, label text)',
  "INSERT INTO owner VALUES ('ann', 'Bergen'), ('bob', 'Lund'), ('cy', 'Turku')",
  "INSERT INTO acct VALUES (1, 'ann', 100.50, '2024-01-01 10:00+00'), (2, 'bob', 200, '2024-02-01 10:00+00'), (3, 'cy', 300, '2024-03-01 10:00+00'), (4, 'ann', 400.25, '2024-04-01 10:00+00')",
  "INSERT INTO item (acct, label) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')",
];

/** Plain reads of everything the writer's open transaction touches: points, a range, aggregates, joins. */
const READS = [
  'SELECT * FROM acct WHERE id = 1',
  'SELECT * FROM acct WHERE id = 2',
  'SELECT * FROM acct WHERE id = 9',
  'SELECT id, bal FROM acct WHERE id BETWEEN 1 AND 9 ORDER BY id',
  'SELECT count(*), sum(bal) FROM acct',
  'SELECT a.id, o.city, i.label FROM acct a JOIN owner o ON o.name = a.owner JOIN item i ON i.acct = a.id ORDER BY a.id, i.id',
  'SELECT * FROM item WHERE id = 2',
  'SELECT * FROM item ORDER BY id',
  // The catalog shows the table, not the view that shows its committed rows.
  "SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 WHERE c.relname = 'acct' ORDER BY a.attnum",
];

describe('an idle open transaction with updates, inserts and deletes', () => {
  it('autocommit and READ COMMITTED reads see the last committed state at once, the writer sees its own, and everyone sees the commit', async () => {
    const steps: Step[] = [
      ['w', 'BEGIN'],
      ['w', 'UPDATE acct SET bal = bal + 1000 WHERE id = 1'],
      ['w', 'DELETE FROM acct WHERE id = 2'],
      ["w", "INSERT INTO acct VALUES (9, 'bob', 9.99, '2024-09-01 10:00+00')"],
      ['w', "UPDATE owner SET city = 'Oslo' WHERE name = 'ann'"],
      ['w', "UPDATE item SET label = 'b2' WHERE id = 2"],
      ['w', "INSERT INTO item (acct, label) VALUES (9, 'new')"],
      ['w', 'DELETE FROM item WHERE id = 3'],
      ['w', "UPDATE acct SET owner = 'cy' WHERE id = 1"],
      ...READS.map((sql): Step => ['r', sql]),
      ['rc', 'BEGIN'],
      ['rc', 'SELECT count(*), sum(bal) FROM acct'],
      ...READS.map((sql): Step => ['w', sql]),
      ['w', 'COMMIT'],
      ['rc', 'SELECT count(*), sum(bal) FROM acct'],
      ['rc', 'COMMIT'],
      ...READS.map((sql): Step => ['r', sql]),
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
    // What PostgreSQL answered is what the issue asks for (a check on the schedule itself).
    expect(expected).toContain('r SELECT count(*), sum(bal) FROM acct: count:20,sum:1700 [["4","1000.75"]]');
    expect(expected).toContain('w SELECT count(*), sum(bal) FROM acct: count:20,sum:1700 [["4","1810.74"]]');
  });

  it("a writing READ COMMITTED transaction's reads of tables it did not write see the last committed rows; of tables it wrote, directly or through a join, view or SQL function, its own", async () => {
    const setup = [
      ...BANK,
      'CREATE VIEW docs AS SELECT o.name, o.city, count(a.id) AS accounts FROM owner o LEFT JOIN acct a ON a.owner = o.name GROUP BY o.name, o.city',
      "CREATE FUNCTION cities() RETURNS text LANGUAGE sql AS $$ SELECT string_agg(city, ',' ORDER BY city) FROM owner $$",
    ];
    const steps: Step[] = [
      ['w', 'BEGIN'],
      ['w', "UPDATE owner SET city = 'Oslo' WHERE name = 'ann'"],
      ['o', 'UPDATE acct SET bal = 7 WHERE id = 2'],
      ['w', 'SELECT id, bal FROM acct ORDER BY id'],
      ['w', 'SELECT * FROM acct WHERE id = 2'],
      ['o2', 'BEGIN'],
      ['o2', 'UPDATE acct SET bal = 8 WHERE id = 3'],
      ['w', 'SELECT id, bal FROM acct WHERE id = 3'],
      ['w', 'SELECT name, city FROM owner ORDER BY name'],
      ['w', "SELECT city FROM owner WHERE name = 'ann'"],
      ['w', 'SELECT a.id, o.city FROM acct a JOIN owner o ON o.name = a.owner ORDER BY a.id'],
      ['w', 'SELECT * FROM docs ORDER BY name'],
      ['w', 'SELECT cities()'],
      ['w', 'UPDATE acct SET bal = bal + 1 WHERE id = 1'],
      ['w', 'SELECT id, bal FROM acct ORDER BY id'],
      ['o2', 'COMMIT'],
      ['w', 'SELECT id, bal FROM acct WHERE id IN (1, 3) ORDER BY id'],
      ['r', 'SELECT name, city FROM owner ORDER BY name'],
      ['w', 'COMMIT'],
      ['r', 'SELECT cities()'],
    ];
    const { evsql, postgres: expected } = await both(setup, steps);
    expect(evsql).toEqual(expected);
    expect(expected).toContain('w SELECT cities(): cities:25 [["Lund,Oslo,Turku"]]');
    expect(expected).toContain('w SELECT id, bal FROM acct WHERE id = 3: id:23,bal:1700 [[3,"300.00"]]');
  });

  it("a writing READ COMMITTED transaction sees its own writes through a partitioned table's partitions and a foreign key's ON DELETE CASCADE", async () => {
    const setup = [
      ...BANK,
      'CREATE TABLE parts (id int, k text) PARTITION BY LIST (k)',
      "CREATE TABLE parts_a PARTITION OF parts FOR VALUES IN ('a')",
      "CREATE TABLE parts_b PARTITION OF parts FOR VALUES IN ('b')",
      'CREATE TABLE lines (id int PRIMARY KEY, acct int REFERENCES acct (id) ON DELETE CASCADE)',
      'INSERT INTO lines VALUES (1, 1), (2, 1), (3, 2)',
    ];
    const steps: Step[] = [
      ['w', 'BEGIN'],
      ["w", "INSERT INTO parts_a VALUES (1, 'a')"],
      ['w', 'SELECT count(*) FROM parts'],
      ["w", "INSERT INTO parts VALUES (2, 'b')"],
      ['w', 'SELECT * FROM parts_b'],
      ['w', 'DELETE FROM acct WHERE id = 1'],
      ['w', 'SELECT id, acct FROM lines ORDER BY id'],
      ['r', 'SELECT id, acct FROM lines ORDER BY id'],
      ['w', 'ROLLBACK'],
      ['w', 'SELECT count(*) FROM parts'],
    ];
    const { evsql, postgres: expected } = await both(setup, steps);
    expect(evsql).toEqual(expected);
    expect(expected).toContain('w SELECT id, acct FROM lines ORDER BY id: id:23,acct:23 [[3,2]]');
  });

  it("a trigger's writes to a table of another schema lock it and are the transaction's own (graphile-worker's job_queues counter)", async () => {
    const setup = [
      'CREATE SCHEMA jq',
      'CREATE TABLE jq.q (name text PRIMARY KEY, n int NOT NULL)',
      'CREATE TABLE jq.j (id serial PRIMARY KEY, name text NOT NULL)',
      'CREATE FUNCTION jq.inc() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO jq.q VALUES (new.name, 1) ON CONFLICT (name) DO UPDATE SET n = q.n + 1; RETURN new; END $$',
      'CREATE TRIGGER inc AFTER INSERT ON jq.j FOR EACH ROW EXECUTE FUNCTION jq.inc()',
      "INSERT INTO jq.j (name) VALUES ('x')",
    ];
    const steps: Step[] = [
      ['a', 'BEGIN'],
      ['a', "INSERT INTO jq.j (name) VALUES ('x')"],
      ['b', "INSERT INTO jq.j (name) VALUES ('x')", 'blocks'],
      ['a', 'SELECT name, n FROM jq.q'],
      ['a', 'COMMIT'],
      ['b', 'await'],
      ['rr', 'BEGIN ISOLATION LEVEL REPEATABLE READ'],
      ['rr', 'SELECT name, n FROM jq.q'],
      ['rr', "INSERT INTO jq.j (name) VALUES ('y')"],
      ['rr', 'SELECT name, n FROM jq.q ORDER BY name'],
      ['rr', 'COMMIT'],
    ];
    const { evsql, postgres: expected } = await both(setup, steps);
    expect(evsql).toEqual(expected);
    expect(expected).toContain(`b INSERT INTO jq.j (name) VALUES ('x'): blocks`);
    expect(expected).toContain('rr SELECT name, n FROM jq.q ORDER BY name: name:25,n:23 [["x",3],["y",1]]');
  });

  it('a rolled-back transaction was never visible, and a savepoint rolled back to is not either', async () => {
    const steps: Step[] = [
      ['w', 'BEGIN'],
      ['w', 'UPDATE acct SET bal = 0 WHERE id = 3'],
      ['w', 'SAVEPOINT s'],
      ['w', 'DELETE FROM acct WHERE id = 4'],
      ['r', 'SELECT id, bal FROM acct ORDER BY id'],
      ['w', 'ROLLBACK TO SAVEPOINT s'],
      ['r', 'SELECT id, bal FROM acct ORDER BY id'],
      ['w', 'SELECT id, bal FROM acct ORDER BY id'],
      ['w', 'ROLLBACK'],
      ['r', 'SELECT id, bal FROM acct ORDER BY id'],
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
  });

  it('two open writers on one table: a reader sees neither; each sees only its own', async () => {
    const steps: Step[] = [
      ['w1', 'BEGIN'],
      ['w2', 'BEGIN'],
      ['w1', 'UPDATE acct SET bal = 1 WHERE id = 1'],
      ['w2', 'UPDATE acct SET bal = 2 WHERE id = 2'],
      ['r', 'SELECT id, bal FROM acct ORDER BY id'],
      ['w1', 'SELECT id, bal FROM acct ORDER BY id'],
      ['w2', 'SELECT id, bal FROM acct ORDER BY id'],
      ['w1', 'COMMIT'],
      ['r', 'SELECT id, bal FROM acct ORDER BY id'],
      ['w2', 'ROLLBACK'],
      ['r', 'SELECT id, bal FROM acct ORDER BY id'],
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
  });

  it('statements prepared (Parse/Describe) while a table has open changes describe the table, not its committed view', async () => {
    const session = async (config: () => pg.ClientConfig, n: number) => {
      const w = new pg.Client(config());
      const r = new pg.Client(config());
      await Promise.all([w.connect(), r.connect()]);
      const out: unknown[] = [];
      try {
        for (const sql of BANK) await w.query(sql.replace(/\b(acct|owner|item)\b/g, `$1_${n}`));
        await w.query('BEGIN');
        await w.query(`UPDATE acct_${n} SET bal = 0 WHERE id = 1`);
        // Range reads run on reader threads, which then hold the view; the prepared statements follow.
        for (let i = 0; i < 3; i++) out.push((await r.query(`SELECT count(*), sum(bal) FROM acct_${n} WHERE bal > $1`, [i])).rows);
        out.push((await r.query(`UPDATE acct_${n} SET bal = bal + $1 WHERE id = 4 RETURNING id, bal`, [1])).rows);
        out.push((await r.query(`DELETE FROM acct_${n} WHERE id = $1 RETURNING id`, [3])).rows);
        out.push((await r.query(`INSERT INTO acct_${n} VALUES ($1, 'cy', 1, now()) RETURNING id`, [7])).rows);
        await w.query('ROLLBACK');
      } finally {
        await Promise.all([w.end(), r.end()]);
      }
      return out;
    };
    const n = ++schemas;
    const [e, p] = await Promise.all([session(() => server.config(), n), session(() => postgres.config(), n)]);
    expect(e).toEqual(p);
    expect(p[3]).toEqual([{ id: 4, bal: '401.25' }]);
  });

  it('rows an open COPY added are not seen until it commits', async () => {
    const copyIn = async (config: () => pg.ClientConfig, table: string) => {
      const { from } = await import('pg-copy-streams');
      const w = new pg.Client(config());
      const r = new pg.Client(config());
      await Promise.all([w.connect(), r.connect()]);
      const seen: unknown[] = [];
      const read = async () => seen.push((await r.query(`SELECT count(*), max(id) FROM ${table}`)).rows);
      try {
        await read();
        await w.query('BEGIN');
        await w.query(`UPDATE ${table} SET label = 'changed' WHERE id = 1`);
        const { pipeline } = await import('node:stream/promises');
        const { Readable } = await import('node:stream');
        await pipeline(Readable.from(['100\t1\tx\n101\t1\ty\n']), w.query(from(`COPY ${table} FROM STDIN`)));
        await w.query(`DELETE FROM ${table} WHERE id = 100`);
        await read();
        seen.push((await r.query(`SELECT id, label FROM ${table} WHERE id IN (1, 100, 101) ORDER BY id`)).rows);
        seen.push((await w.query(`SELECT count(*), max(id) FROM ${table}`)).rows);
        await w.query('COMMIT');
        await read();
      } finally {
        await Promise.all([w.end(), r.end()]);
      }
      return seen;
    };
    const n = ++schemas;
    const setup = (config: () => pg.ClientConfig) => run(config, BANK.map((s) => s.replace(/\b(acct|owner|item)\b/g, `$1_${n}`)), []);
    await Promise.all([setup(() => server.config()), setup(() => postgres.config())]);
    const [e, p] = await Promise.all([copyIn(() => server.config(), `item_${n}`), copyIn(() => postgres.config(), `item_${n}`)]);
    expect(e).toEqual(p);
    expect(p[1]).toEqual([{ count: '4', max: 4 }]);
  });

  it('a schema change in an open transaction holds readers back until it ends, as ALTER TABLE does', async () => {
    const steps: Step[] = [
      ['w', 'BEGIN'],
      ['w', 'UPDATE acct SET bal = 7 WHERE id = 1'],
      ['w', 'ALTER TABLE acct ADD COLUMN note text'],
      ['r', 'SELECT * FROM acct WHERE id = 1', 'blocks'],
      ['w', 'COMMIT'],
      ['r', 'await'],
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
  });
});

describe("PostgreSQL's isolation anomalies, as schedules", () => {
  it('dirty read: READ COMMITTED never sees uncommitted rows', async () => {
    const steps: Step[] = [
      ['a', 'BEGIN'],
      ['a', 'UPDATE acct SET bal = 0 WHERE id = 1'],
      ['b', 'BEGIN ISOLATION LEVEL READ COMMITTED'],
      ['b', 'SELECT bal FROM acct WHERE id = 1'],
      ['a', 'ROLLBACK'],
      ['b', 'SELECT bal FROM acct WHERE id = 1'],
      ['b', 'COMMIT'],
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
  });

  it('non-repeatable read: READ COMMITTED sees a commit between two reads, REPEATABLE READ does not', async () => {
    const steps: Step[] = [
      ['rc', 'BEGIN ISOLATION LEVEL READ COMMITTED'],
      ['rr', 'BEGIN ISOLATION LEVEL REPEATABLE READ'],
      ['rc', 'SELECT bal FROM acct WHERE id = 1'],
      ['rr', 'SELECT sum(bal) FROM acct'],
      ['a', 'UPDATE acct SET bal = bal + 1 WHERE id = 1'],
      ['a', 'BEGIN'],
      ['a', 'DELETE FROM acct WHERE id = 3'],
      ['rc', 'SELECT bal FROM acct WHERE id = 1'],
      ['rr', 'SELECT sum(bal) FROM acct'],
      ['a', 'COMMIT'],
      ['rc', 'SELECT count(*) FROM acct'],
      ['rr', 'SELECT count(*), sum(bal) FROM acct'],
      ['rr', 'SELECT bal FROM acct WHERE id = 1'],
      ['rc', 'COMMIT'],
      ['rr', 'COMMIT'],
      ['rr', 'SELECT count(*), sum(bal) FROM acct'],
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
    expect(expected).toContain('rr SELECT count(*), sum(bal) FROM acct: count:20,sum:1700 [["4","1000.75"]]');
  });

  it('REPEATABLE READ: updating a row committed since the snapshot fails with 40001; other rows update', async () => {
    const steps: Step[] = [
      ['rr', 'BEGIN ISOLATION LEVEL REPEATABLE READ'],
      ['rr', 'SELECT bal FROM acct WHERE id = 1'],
      ['a', 'UPDATE acct SET bal = bal + 1 WHERE id = 1'],
      ['rr', "UPDATE owner SET city = 'Rome' WHERE name = 'bob'"],
      ['rr', 'SELECT id, bal FROM acct ORDER BY id'],
      ['rr', 'SELECT * FROM owner ORDER BY name'],
      ['rr', 'UPDATE acct SET bal = bal + 5 WHERE id = 2'],
      ['rr', 'SELECT id, bal FROM acct WHERE id = 2'],
      ['rr', 'UPDATE acct SET bal = bal + 5 WHERE id = 1'],
      ['rr', 'ROLLBACK'],
      ['w', 'BEGIN'],
      ['w', 'UPDATE acct SET bal = 0 WHERE id = 3'],
      ['rr', 'BEGIN ISOLATION LEVEL REPEATABLE READ'],
      ['rr', 'SELECT count(*) FROM acct'],
      ['rr', 'UPDATE acct SET bal = bal + 5 WHERE id = 3', 'blocks'],
      ['w', 'COMMIT'],
      ['rr', 'await'],
      ['rr', 'ROLLBACK'],
      ['r', 'SELECT id, bal FROM acct ORDER BY id'],
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
    expect(expected).toContain('rr UPDATE acct SET bal = bal + 5 WHERE id = 1: error 40001');
  });

  it('REPEATABLE READ after its first write: a read of rows committed since the snapshot fails with 40001 rather than show them', async () => {
    // evsql's departure (README): PostgreSQL would answer from the snapshot.
    const rr = await server.client();
    const a = await server.client();
    try {
      await rr.query('CREATE TABLE rr_after (id int PRIMARY KEY, v int)');
      await rr.query('INSERT INTO rr_after VALUES (1, 10), (2, 20)');
      await rr.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      expect((await rr.query('SELECT v FROM rr_after WHERE id = 1')).rows).toEqual([{ v: 10 }]);
      await a.query('UPDATE rr_after SET v = 11 WHERE id = 1');
      await rr.query('UPDATE rr_after SET v = 21 WHERE id = 2');
      expect((await rr.query('SELECT v FROM rr_after WHERE id = 2')).rows).toEqual([{ v: 21 }]);
      await expect(rr.query('SELECT v FROM rr_after WHERE id = 1')).rejects.toMatchObject({ code: '40001' });
      await rr.query('ROLLBACK');
      expect((await rr.query('SELECT id, v FROM rr_after ORDER BY id')).rows).toEqual([{ id: 1, v: 11 }, { id: 2, v: 20 }]);
    } finally {
      await Promise.all([rr.end(), a.end()]);
    }
  });

  it('lost update: SELECT … FOR UPDATE waits for the other writer and sees its commit', async () => {
    const steps: Step[] = [
      ['a', 'BEGIN'],
      ['a', 'SELECT bal FROM acct WHERE id = 1 FOR UPDATE'],
      ['b', 'BEGIN'],
      ['b', 'SELECT bal FROM acct WHERE id = 1 FOR UPDATE', 'blocks'],
      ['r', 'SELECT bal FROM acct WHERE id = 1'],
      ['a', 'UPDATE acct SET bal = bal + 10 WHERE id = 1'],
      ['a', 'COMMIT'],
      ['b', 'await'],
      ['b', 'UPDATE acct SET bal = bal + 10 WHERE id = 1'],
      ['b', 'COMMIT'],
      ['r', 'SELECT bal FROM acct WHERE id = 1'],
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
    expect(expected.at(-1)).toBe('r SELECT bal FROM acct WHERE id = 1: bal:1700 [["120.50"]]');
  });

  it('write skew: under SERIALIZABLE one of two doctors going off call fails with a serialization error', async () => {
    // PostgreSQL's SSI lets both updates run and fails the second COMMIT (40001); evsql's read
    // locks make the updates deadlock (40P01). Both are class 40, retried the same way, and leave
    // one doctor on call: the outcome compared is which transactions committed and what is left.
    const setup = ['CREATE TABLE docs (name text PRIMARY KEY, on_call boolean NOT NULL)', "INSERT INTO docs VALUES ('alice', true), ('bob', true)"];
    const outcomes = async (config: () => pg.ClientConfig, n: number) => {
      const t = `docs_${n}`;
      const admin = new pg.Client(config());
      await admin.connect();
      for (const sql of setup) await admin.query(sql.replace(/\bdocs\b/, t));
      const tx = async () => {
        const c = new pg.Client(config());
        await c.connect();
        try {
          await c.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
          return c;
        } catch (err) {
          await c.end();
          throw err;
        }
      };
      const [a, b] = await Promise.all([tx(), tx()]);
      const result = (p: Promise<unknown>) => p.then(() => 'ok', (err: { code?: string }) => `failed ${String(err.code).slice(0, 2)}`);
      const onCall = `SELECT count(*) FROM ${t} WHERE on_call`;
      // Both see two doctors on call before either goes off.
      expect([(await a.query(onCall)).rows[0], (await b.query(onCall)).rows[0]]).toEqual([{ count: '2' }, { count: '2' }]);
      const aUpdate = result(a.query(`UPDATE ${t} SET on_call = false WHERE name = 'alice'`));
      await new Promise((r) => setTimeout(r, BLOCK_MS));
      const bUpdate = result(b.query(`UPDATE ${t} SET on_call = false WHERE name = 'bob'`));
      const updates = await Promise.all([aUpdate, bUpdate]);
      const classes: string[] = [];
      for (const [i, c] of [a, b].entries()) {
        if (updates[i] !== 'ok') {
          await c.query('ROLLBACK');
          classes.push(updates[i]!);
        } else {
          const r = await result(c.query('COMMIT'));
          classes.push(r === 'ok' ? 'committed' : r);
        }
      }
      const left = await admin.query(`SELECT count(*)::int AS n FROM ${t} WHERE on_call`);
      await Promise.all([a.end(), b.end(), admin.end()]);
      return { classes: classes.sort(), onCall: (left.rows[0] as { n: number }).n };
    };
    const n = ++schemas;
    const [e, p] = await Promise.all([outcomes(() => server.config(), n), outcomes(() => postgres.config(), n)]);
    expect(p).toEqual({ classes: ['committed', 'failed 40'], onCall: 1 });
    expect(e).toEqual(p);
  });
});

describe('row locks that do not wait: SKIP LOCKED and NOWAIT', () => {
  it('workers taking jobs with FOR UPDATE SKIP LOCKED pass over each other’s rows; NOWAIT fails at once with 55P03', async () => {
    const steps: Step[] = [
      ['a', 'BEGIN'],
      ['a', 'SELECT id FROM item ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED'],
      ['b', 'SELECT id, label FROM item ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED'],
      ['b', 'BEGIN'],
      ['b', 'SELECT id FROM item i WHERE acct > 0 ORDER BY id DESC LIMIT 1 FOR UPDATE OF i SKIP LOCKED'],
      ['c', 'SELECT id FROM item ORDER BY id FOR UPDATE SKIP LOCKED'],
      ['c', 'SELECT id FROM item ORDER BY id LIMIT 1 FOR SHARE SKIP LOCKED'],
      ['c', 'SELECT id FROM item WHERE id = 1 FOR UPDATE NOWAIT'],
      ['c', 'SELECT id FROM item WHERE id = 3 FOR UPDATE NOWAIT'],
      ['c', 'SELECT id FROM item ORDER BY id LIMIT 0 FOR UPDATE SKIP LOCKED'],
      ['a', "UPDATE item SET label = 'done' WHERE id IN (1, 2)"],
      ['a', "SELECT id, label FROM item WHERE label <> 'x' ORDER BY id LIMIT 3 FOR UPDATE SKIP LOCKED"],
      ['a', 'COMMIT'],
      ['c', "SELECT id FROM item WHERE label <> 'done' ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED"],
      ['b', 'COMMIT'],
      ['c', "SELECT id FROM item WHERE label <> 'done' ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED"],
    ];
    const { evsql, postgres: expected } = await both(BANK, steps);
    expect(evsql).toEqual(expected);
    expect(expected[4]).toBe('b SELECT id FROM item i WHERE acct > 0 ORDER BY id DESC LIMIT 1 FOR UPDATE OF i SKIP LOCKED: id:23 [[4]]');
    expect(expected[5]).toBe('c SELECT id FROM item ORDER BY id FOR UPDATE SKIP LOCKED: id:23 [[3]]');
    expect(expected[7]).toBe('c SELECT id FROM item WHERE id = 1 FOR UPDATE NOWAIT: error 55P03');
  });

  it('job queues taking rows with UPDATE or DELETE of a SKIP LOCKED subquery pass over each other’s rows (Oban, pg-boss)', async () => {
    const take = "UPDATE item SET label = 'run' WHERE id = (SELECT id FROM item WHERE label <> 'run' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, label";
    const steps: Step[] = [
      ['a', 'BEGIN'],
      ['a', take],
      ['b', 'BEGIN'],
      ['b', take],
      ['c', 'DELETE FROM item WHERE id IN (SELECT id FROM item ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED) RETURNING id'],
      ['c', "UPDATE item SET label = 'x' WHERE id = (SELECT id FROM item ORDER BY id FOR UPDATE SKIP LOCKED)"],
      ['c', "WITH next AS (SELECT id FROM item WHERE acct > 5 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) UPDATE item i SET label = 'c' FROM next WHERE i.id = next.id RETURNING i.id, i.label"],
      ['c', "WITH next AS (SELECT id FROM item WHERE acct > 0 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) DELETE FROM item i USING next WHERE next.id = i.id RETURNING i.id"],
      ['c', "UPDATE item SET label = 'y' WHERE id IN (SELECT id FROM item ORDER BY id FOR UPDATE SKIP LOCKED) RETURNING id"],
      ['a', 'COMMIT'],
      ['b', "DELETE FROM item WHERE id = ANY (SELECT id FROM item WHERE label = 'run' FOR UPDATE SKIP LOCKED) RETURNING id"],
      ['b', 'COMMIT'],
      ['c', 'SELECT id, acct, label FROM item ORDER BY id'],
    ];
    const { evsql, postgres: expected } = await both([...BANK, "INSERT INTO item (acct, label) VALUES (5, 'e'), (6, 'f')"], steps);
    expect(evsql).toEqual(expected);
    expect(expected[3]).toBe(`b ${take}: id:23,label:25 [[2,"run"]]`);
    expect(expected[4]).toBe('c DELETE FROM item WHERE id IN (SELECT id FROM item ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED) RETURNING id: id:23 [[3],[4]]');
    expect(expected[5]).toMatch(/: error 21000$/);
    expect(expected.at(-1)).toBe('c SELECT id, acct, label FROM item ORDER BY id: id:23,acct:23,label:25 [[6,6,"y"]]');
  });
});
