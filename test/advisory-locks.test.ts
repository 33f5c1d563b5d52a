/**
 * Advisory locks (wire/advisory-locks.ts), which Prisma's migrate and Kysely's Migrator take:
 * what one session sees compared with PostgreSQL 15 statement by statement, then what sessions
 * see of each other's locks on evsql and on PostgreSQL alike: a wait that ends when the holder
 * unlocks, commits or disconnects, lock_timeout, a cancel.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { sideBySide } from './helpers/side-by-side.js';

const servers = sideBySide();

async function answers(config: pg.ClientConfig, statements: Array<string | [string, unknown[]]>): Promise<unknown[]> {
  const c = new pg.Client(config);
  const notices: string[] = [];
  c.on('notice', (n) => notices.push(`${n.severity} ${n.message}`));
  await c.connect();
  const out: unknown[] = [];
  for (const s of statements) {
    const [text, values] = typeof s === 'string' ? [s, undefined] : s;
    try {
      const r = await c.query({ text, values, rowMode: 'array' });
      out.push({ fields: r.fields.map((f) => [f.name, f.dataTypeID]), rows: r.rows, notices: notices.splice(0) });
    } catch (err) {
      const e = err as pg.DatabaseError;
      out.push({ error: e.code, message: e.message, notices: notices.splice(0) });
    }
  }
  await c.end();
  return out;
}

async function sameAsPostgres(statements: Array<string | [string, unknown[]]>): Promise<void> {
  const [evsql, postgres] = await Promise.all([answers(servers.server.config(), statements), answers(servers.postgres.config(), statements)]);
  expect(evsql).toEqual(postgres);
}

/** Both servers' answers to the same scenario, which gets a fresh pair of connections to its server. */
async function bothSee(scenario: (a: pg.Client, b: pg.Client) => Promise<string[]>): Promise<string[]> {
  const run = async (config: pg.ClientConfig) => {
    const [a, b] = [new pg.Client(config), new pg.Client(config)];
    await Promise.all([a.connect(), b.connect()]);
    try {
      return await scenario(a, b);
    } finally {
      await Promise.all([a.end().catch(() => undefined), b.end().catch(() => undefined)]);
    }
  };
  const [evsql, postgres] = await Promise.all([run(servers.server.config()), run(servers.postgres.config())]);
  expect(evsql).toEqual(postgres);
  return evsql;
}

const pidOf = (c: pg.Client) => (c as unknown as { processID: number }).processID;

/**
 * Whether `query`, sent by `waiter`, waits for an advisory lock: pg_stat_activity shows the wait
 * (polled from `observer`, for at most 10 s) and the query has not ended.
 */
async function waitsForLock(query: Promise<unknown>, waiter: pg.Client, observer: pg.Client): Promise<boolean> {
  let settled = false;
  void query.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && !settled; ) {
    const r = await observer.query('SELECT wait_event_type, wait_event FROM pg_stat_activity WHERE pid = $1', [pidOf(waiter)]);
    if (r.rows[0]?.wait_event === 'advisory') return !settled;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

/**
 * Waits until `observer` sees `session` idle: a PostgreSQL backend reports its wait for the client
 * (ClientRead) only after it has sent its result, so a read right after the result may still find
 * the lock wait.
 */
async function idle(session: pg.Client, observer: pg.Client): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const r = await observer.query('SELECT wait_event FROM pg_stat_activity WHERE pid = $1', [pidOf(session)]);
    if (r.rows[0]?.wait_event === 'ClientRead') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (err: pg.DatabaseError) => `${err.code} ${err.message}`,
  );

describe('advisory locks', () => {
  it('counts a session’s holds, unlocks them one by one, warns for one it does not hold, keeps bigint and two-integer keys apart', async () => {
    await sameAsPostgres([
      'SELECT pg_advisory_lock(72707369)',
      'SELECT pg_try_advisory_lock(72707369) AS again',
      'SELECT pg_advisory_unlock(72707369)',
      'SELECT pg_advisory_unlock(72707369)',
      'SELECT pg_advisory_unlock(72707369)',
      'SELECT pg_try_advisory_lock(1, 2)',
      'SELECT pg_advisory_unlock(1, 2)',
      'SELECT pg_advisory_unlock(3)',
      ['SELECT pg_try_advisory_lock($1)', ['3853314791062309107']],
      ['SELECT pg_advisory_unlock($1::bigint)', ['3853314791062309107']],
      ['SELECT pg_advisory_lock($1, $2)', [-1, 2147483647]],
      'SELECT pg_advisory_unlock_all()',
      'SELECT pg_advisory_unlock(-1, 2147483647)',
      'SELECT pg_advisory_lock(NULL)',
      "SELECT pg_try_advisory_lock('x')",
      ['SELECT pg_try_advisory_lock($1)', ['9223372036854775808']],
      'SELECT pg_try_advisory_lock(9223372036854775808)',
      'SELECT pg_try_advisory_lock(1, 2147483648)',
      "SELECT 'pg_advisory_lock' AS name",
    ]);
  });

  it('lets a transaction’s locks go when it ends, and runs the set_config of the WITH Kysely’s Migrator reads the call from', async () => {
    await sameAsPostgres([
      'BEGIN',
      'SELECT pg_advisory_xact_lock(7)',
      'SELECT pg_try_advisory_xact_lock(7) AS t',
      'SELECT pg_advisory_unlock(7)',
      "WITH set_timeout AS (SELECT set_config('lock_timeout', '3600000', true) AS config_val) SELECT pg_advisory_lock(3853314791062309107) FROM set_timeout",
      'SHOW lock_timeout',
      'COMMIT',
      'SHOW lock_timeout',
      'SELECT pg_advisory_unlock(3853314791062309107)',
      'SELECT pg_advisory_unlock(7)',
      'SELECT pg_advisory_xact_lock(8)',
      'SELECT pg_advisory_unlock(8)',
    ]);
  });

  it('makes another session wait until the holder unlocks, commits or disconnects; try_lock does not wait', async () => {
    const seen = await bothSee(async (a, b) => {
      const out: string[] = [];
      await a.query('SELECT pg_advisory_lock(42)');
      out.push(`b tries: ${(await b.query('SELECT pg_try_advisory_lock(42) AS got')).rows[0].got}`);
      let waited = b.query('SELECT pg_advisory_lock(42)');
      out.push(`b waits: ${await waitsForLock(waited, b, a)}`);
      await a.query('SELECT pg_advisory_unlock(42)');
      out.push(`after unlock: ${await outcome(waited)}`);
      await b.query('SELECT pg_advisory_unlock(42)');

      await a.query('BEGIN');
      await a.query('SELECT pg_advisory_xact_lock(43)');
      waited = b.query('SELECT pg_advisory_lock(43)');
      out.push(`b waits for the transaction: ${await waitsForLock(waited, b, a)}`);
      await a.query('COMMIT');
      out.push(`after commit: ${await outcome(waited)}`);

      waited = a.query('SELECT pg_advisory_lock(43)');
      out.push(`a waits: ${await waitsForLock(waited, a, b)}`);
      await b.end();
      out.push(`after b disconnects: ${await outcome(waited)}`);
      return out;
    });
    expect(seen).toEqual(['b tries: false', 'b waits: true', 'after unlock: ok', 'b waits for the transaction: true', 'after commit: ok', 'a waits: true', 'after b disconnects: ok']);
  });

  it('lists the locks held and waited for in pg_locks, joined with pg_stat_activity as tools read them', async () => {
    const seen = await bothSee(async (a, b) => {
      const who = (pid: number) => (pid === pidOf(a) ? 'a' : pid === pidOf(b) ? 'b' : '?');
      const locks = async () =>
        (
          await a.query(
            `SELECT l.pid, l.classid::text, l.objid::text, l.objsubid, l.mode, l.granted, l.waitstart IS NOT NULL AS waits, a.wait_event
               FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory' ORDER BY l.objsubid, l.objid, l.granted DESC`,
          )
        ).rows.map((r) => `${who(r.pid)} ${r.classid}/${r.objid}/${r.objsubid} ${r.mode} ${r.granted ? 'granted' : 'waiting'} ${r.waits} ${r.wait_event}`);
      await a.query('SELECT pg_advisory_lock(5000000000)');
      await a.query('SELECT pg_advisory_lock(-3, 8)');
      const waited = b.query('SELECT pg_advisory_lock(5000000000)');
      await waitsForLock(waited, b, a);
      const out = await locks();
      await a.query('SELECT pg_advisory_unlock_all()');
      await outcome(waited);
      await idle(b, a);
      out.push(...(await locks()));
      await b.query('SELECT pg_advisory_unlock_all()');
      out.push(`left: ${(await a.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'")).rows[0].n}`);
      return out;
    });
    expect(seen).toEqual([
      'a 1/705032704/1 ExclusiveLock granted false null',
      'b 1/705032704/1 ExclusiveLock waiting true advisory',
      'a 4294967293/8/2 ExclusiveLock granted false null',
      'b 1/705032704/1 ExclusiveLock granted false ClientRead',
      'left: 0',
    ]);
  });

  it('gives up a wait at lock_timeout (55P03) or on a cancel (57014), and the session goes on', async () => {
    const seen = await bothSee(async (a, b) => {
      const out: string[] = [];
      await a.query('SELECT pg_advisory_lock(44)');
      await b.query("SET lock_timeout = '100ms'");
      out.push(`timeout: ${await outcome(b.query('SELECT pg_advisory_lock(44)'))}`);
      await b.query('SET lock_timeout = 0');
      const waited = outcome(b.query('SELECT pg_advisory_lock(44)'));
      out.push(`waits: ${await waitsForLock(waited, b, a)}`);
      await a.query('SELECT pg_cancel_backend($1)', [pidOf(b)]);
      out.push(`cancel: ${await waited}`);
      out.push(`b goes on: ${(await b.query('SELECT pg_try_advisory_lock(45) AS got')).rows[0].got}`);
      return out;
    });
    expect(seen).toEqual(['timeout: 55P03 canceling statement due to lock timeout', 'waits: true', 'cancel: 57014 canceling statement due to user request', 'b goes on: true']);
  });

  it('finds a cycle of advisory-lock waits: 40P01 for the session that closes it', async () => {
    const [a, b] = [await servers.server.client(), await servers.server.client()];
    await a.query('SELECT pg_advisory_lock(50)');
    await b.query('SELECT pg_advisory_lock(51)');
    const aWaits = a.query('SELECT pg_advisory_lock(51)');
    expect(await waitsForLock(aWaits, a, b)).toBe(true);
    await expect(b.query('SELECT pg_advisory_lock(50)')).rejects.toMatchObject({ code: '40P01' });
    await b.query('SELECT pg_advisory_unlock(51)');
    await aWaits;
    await Promise.all([a.end(), b.end()]);
  });

  it('refuses the calls the replicas would have to run (0A000)', async () => {
    const c = await servers.server.client();
    for (const sql of ['SELECT pg_try_advisory_lock(1), 1', 'SELECT pg_advisory_lock(1) FROM pg_class', 'SELECT pg_advisory_lock_shared(1)', 'BEGIN; DECLARE c CURSOR FOR SELECT pg_advisory_lock(1)']) {
      await expect(c.query(sql)).rejects.toMatchObject({ code: '0A000' });
      await c.query('ROLLBACK');
    }
    await c.end();
  });
});
