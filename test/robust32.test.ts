/**
 * Statements that outlive their session, and runaway work. A client that goes away mid-statement
 * (killed, its network lost: the socket closes without a Terminate) has its statement stopped as a
 * cancel stops it, its transaction rolled back and its locks freed, and no thread of the server
 * stays busy for it; statement_timeout and cancel stop a write whose join goes through subqueries
 * and CTEs on every replica; a PL/pgSQL loop without end stops while other sessions are served;
 * and a server asked to stop while a read without a cancellation point runs ends all the same.
 * Each case is bounded to a few seconds; threads' CPU is read from /proc (Linux).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type pg from 'pg';
import { startServer, type TestServer } from './helpers/server.js';
import { failure } from './helpers/timed-failure.js';
import { RawClient, cstring } from './helpers/raw-protocol.js';

/** 300⁴ row combinations: hours for a join, with or without a cancellation point in each. */
const ROWS = 300;
const CTE_JOIN_WRITE = "WITH x AS (SELECT a, b FROM s32r_t) INSERT INTO s32r_out SELECT x1.a, 'z' FROM x x1, x x2, (SELECT * FROM s32r_t) x3, x x4 WHERE x1.b || x2.b || x3.b || x4.b = 'no'";
const SUBQUERY_JOIN_UPDATE = "UPDATE s32r_t SET b = 'q' FROM (SELECT a FROM s32r_t) x1, (SELECT a AS k FROM s32r_t) x2, (SELECT b FROM s32r_t) x3 WHERE x1.a + x2.k + length(x3.b) < 0";
const VIEW_JOIN_WRITE = "INSERT INTO s32r_out SELECT a.a, 'z' FROM s32r_view a, s32r_view b, s32r_view c, s32r_view d WHERE a.b || b.b || c.b || d.b = 'no'";
const CROSS_JOIN_READ = 'SELECT count(*) FROM s32r_t a, s32r_t b, s32r_t c, s32r_t d';

let server: TestServer;
let c: pg.Client;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** CPU ticks each thread of process `pid` has used so far. */
function threadTicks(pid: number): Map<string, number> {
  const ticks = new Map<string, number>();
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(t, Number(f[11]) + Number(f[12]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return ticks;
}

/** The largest share of one core any thread of the server used over `ms`. */
async function busiestThread(ms = 1000): Promise<number> {
  const pid = server.proc.pid!;
  const before = threadTicks(pid);
  await sleep(ms);
  let most = 0;
  for (const [t, n] of threadTicks(pid)) most = Math.max(most, (n - (before.get(t) ?? n)) / (ms / 10));
  return most;
}

/** Waits until no thread of the server is busy (at most `ms`); returns the last share seen. */
async function settles(ms = 5000): Promise<number> {
  const deadline = Date.now() + ms;
  let share = await busiestThread(500);
  while (share > 0.3 && Date.now() < deadline) share = await busiestThread(500);
  return share;
}

/** A client that sends `sql` (simple Query) and vanishes `afterMs` later, without a Terminate; returns its backend pid. */
async function vanishing(sql: string, afterMs = 500, before: string[] = []): Promise<number> {
  const raw = await RawClient.connect(server.host, server.port);
  const pid = Number((await query(raw, 'SELECT pg_backend_pid()')).rows[0]![0]!.toString());
  for (const s of before) await query(raw, s);
  raw.send('Q', cstring(sql));
  await sleep(afterMs);
  raw.destroy();
  return pid;
}

async function query(raw: RawClient, sql: string) {
  raw.send('Q', cstring(sql));
  const r = await raw.untilReady();
  if (r.error) throw new Error(`${sql}: ${r.error}`);
  return r;
}

/** Resolves once pg_stat_activity no longer lists `pid` (at most `ms`), to whether it went. */
async function gone(pid: number, ms = 5000): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if ((await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1', [pid])).rows[0].n === 0) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

/** A write on another table, timed: the writers are free. */
async function timedWrite(): Promise<number> {
  const started = Date.now();
  await c.query('INSERT INTO s32r_other VALUES (1)');
  return Date.now() - started;
}

async function replicasAgree(): Promise<void> {
  const replicas = (await c.query('SELECT status, state_root FROM evsql_replicas')).rows;
  expect(replicas.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
  expect(new Set(replicas.map((r) => r.state_root)).size).toBe(1);
}

const procReadable = existsSync('/proc/self/task');
/** Whether iproute2's `ss` is there to show a socket's timers. */
const ssThere = (() => {
  try {
    execFileSync('ss', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

beforeAll(async () => {
  server = await startServer();
  c = await server.client();
  await c.query('CREATE TABLE s32r_t (a int PRIMARY KEY, b text)');
  await c.query(`INSERT INTO s32r_t SELECT g, 'x' FROM generate_series(1, ${ROWS}) g`);
  await c.query('CREATE TABLE s32r_out (a int, b text)');
  await c.query('CREATE VIEW s32r_view AS SELECT a, b FROM s32r_t WHERE a > 0');
  await c.query('CREATE TABLE s32r_other (x int)');
  await c.query('CREATE TABLE s32r_acct (id int PRIMARY KEY, v int)');
  await c.query('INSERT INTO s32r_acct VALUES (1, 0)');
  await c.query('CREATE FUNCTION s32r_spin() RETURNS int LANGUAGE plpgsql AS $$ BEGIN LOOP END LOOP; END $$');
});

afterAll(async () => {
  await c?.end();
  await server?.stop();
});

describe('a client that goes away mid-statement', () => {
  it.runIf(procReadable)('a write joining through a CTE and a subquery stops on every replica: writes go on, no thread stays busy', async () => {
    const pid = await vanishing(CTE_JOIN_WRITE, 800);
    expect(await gone(pid)).toBe(true);
    expect(await timedWrite()).toBeLessThan(3000);
    expect(await settles()).toBeLessThan(0.3);
    expect((await c.query('SELECT count(*)::int AS n FROM s32r_out')).rows[0].n).toBe(0);
    await replicasAgree();
  });

  it('its open transaction rolls back and frees its row locks, mid pg_sleep too', async () => {
    const pid = await vanishing("UPDATE s32r_acct SET v = v + 1 WHERE id = 1 AND pg_sleep(30) IS NOT NULL", 500, ['BEGIN', 'UPDATE s32r_acct SET v = v + 100 WHERE id = 1']);
    expect(await gone(pid)).toBe(true);
    await c.query("SET lock_timeout = '3s'");
    await c.query('UPDATE s32r_acct SET v = v + 10 WHERE id = 1');
    await c.query('RESET lock_timeout');
    expect((await c.query('SELECT v FROM s32r_acct WHERE id = 1')).rows[0].v).toBe(10);
  });

  it('a session waiting for a lock leaves the wait, and what it waited to do never happens', async () => {
    const holder = await server.client();
    await holder.query('BEGIN');
    await holder.query('UPDATE s32r_acct SET v = v + 1 WHERE id = 1');
    const pid = await vanishing('UPDATE s32r_acct SET v = v + 1000 WHERE id = 1', 500);
    expect(await gone(pid)).toBe(true);
    expect((await c.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).rows[0].n).toBe(0);
    await holder.query('COMMIT');
    await holder.end();
    await sleep(300);
    expect((await c.query('SELECT v FROM s32r_acct WHERE id = 1')).rows[0].v).toBe(11);
  });

  it('a COPY FROM cut off mid-stream leaves none of its rows and frees its table', async () => {
    const raw = await RawClient.connect(server.host, server.port);
    raw.send('Q', cstring('COPY s32r_out FROM STDIN'));
    await sleep(200);
    let rows = '';
    for (let i = 0; i < 20_000; i++) rows += `${i}\tcopied\n`;
    raw.send('d', Buffer.from(rows));
    raw.send('d', Buffer.from('20000\tcut off'));
    await sleep(300);
    raw.destroy();
    await sleep(300);
    const started = Date.now();
    await c.query("INSERT INTO s32r_out VALUES (-1, 'after')");
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await c.query('SELECT count(*)::int AS n FROM s32r_out')).rows[0].n).toBe(1);
    await c.query('DELETE FROM s32r_out');
  });

  it.runIf(procReadable)('a huge result being streamed stops with its client: its reader is free', async () => {
    const pid = await vanishing("SELECT g, repeat('x', 100) FROM generate_series(1, 100000000) g", 1000);
    expect(await gone(pid)).toBe(true);
    expect(await settles()).toBeLessThan(0.3);
  });

  it.runIf(procReadable)('a PL/pgSQL loop without end stops with its client', async () => {
    const pid = await vanishing('SELECT s32r_spin()', 500);
    expect(await gone(pid)).toBe(true);
    expect(await settles()).toBeLessThan(0.3);
  });
});

describe('a client that goes away without closing its socket', () => {
  it.runIf(ssThere)('is probed by TCP keepalive, as PostgreSQL probes its clients', async () => {
    const client = await server.client();
    const sockets = execFileSync('ss', ['-tno', 'state', 'established', `( sport = :${server.port} )`], { encoding: 'utf8' });
    await client.end();
    const lines = sockets.split('\n').filter((l) => l.includes(`:${server.port} `));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toContain('keepalive');
  });
});

describe('runaway work is stopped by statement_timeout and cancel', () => {
  it('a write joining through a CTE, an UPDATE … FROM subqueries and a write joining a view stop at statement_timeout on every replica', async () => {
    const s = await server.client();
    await s.query("SET statement_timeout = '700ms'");
    for (const sql of [CTE_JOIN_WRITE, SUBQUERY_JOIN_UPDATE, VIEW_JOIN_WRITE]) {
      const r = await failure(s, sql);
      expect(r).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
      expect(r.ms).toBeLessThan(5000);
    }
    await s.end();
    expect(await timedWrite()).toBeLessThan(3000);
    expect((await c.query("SELECT count(*)::int AS n FROM s32r_t WHERE b = 'q'")).rows[0].n).toBe(0);
    await replicasAgree();
  });

  it('pg_cancel_backend stops a write joining through subqueries', async () => {
    const s = await server.client();
    const pid = (await s.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    const running = failure(s, SUBQUERY_JOIN_UPDATE);
    await sleep(500);
    await c.query('SELECT pg_cancel_backend($1)', [pid]);
    expect(await running).toMatchObject({ code: '57014', message: 'canceling statement due to user request' });
    await s.end();
    await replicasAgree();
  });

  it('a PL/pgSQL loop without end (a function, a DO block) stops at statement_timeout while another session is served', async () => {
    const s = await server.client({ options: '-c statement_timeout=1500' });
    for (const sql of ['SELECT s32r_spin()', 'DO $$ BEGIN LOOP END LOOP; END $$']) {
      const running = failure(s, sql);
      let slowest = 0;
      for (let i = 0; i < 5; i++) {
        const started = Date.now();
        await c.query('SELECT count(*) FROM s32r_acct');
        await c.query('INSERT INTO s32r_other VALUES (2)');
        slowest = Math.max(slowest, Date.now() - started);
        await sleep(100);
      }
      expect(await running).toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
      expect(slowest).toBeLessThan(1000);
    }
    expect((await s.query('SELECT 1 AS one')).rows[0].one).toBe(1);
    await s.end();
  });
});

describe('a FROM subquery that calls a volatile function', () => {
  it('draws nextval once per subquery row, not once per row combination of the join (PostgreSQL does not pull it up)', async () => {
    await c.query('CREATE SEQUENCE s32r_draws');
    await c.query('CREATE TABLE s32r_drawn (a int, n bigint)');
    await c.query("INSERT INTO s32r_drawn SELECT x.a, x.n FROM (SELECT a, nextval('s32r_draws') AS n FROM s32r_t WHERE a <= 3) x, (SELECT a FROM s32r_t WHERE a <= 2) y");
    const rows = (await c.query('SELECT a, n::int AS n FROM s32r_drawn ORDER BY a, n')).rows.map((r) => [r.a, r.n]);
    expect(rows).toEqual([[1, 1], [1, 1], [2, 2], [2, 2], [3, 3], [3, 3]]);
    expect((await c.query("SELECT nextval('s32r_draws')::int AS n")).rows[0].n).toBe(4);
  });

  it('a CTE that calls nextval is computed once, not inlined into the join', async () => {
    await c.query('TRUNCATE s32r_drawn');
    await c.query("WITH x AS (SELECT a, nextval('s32r_draws') AS n FROM s32r_t WHERE a <= 3) INSERT INTO s32r_drawn SELECT x.a, x.n FROM x, s32r_t y WHERE y.a <= 2");
    const rows = (await c.query('SELECT a, n::int AS n FROM s32r_drawn ORDER BY a, n')).rows.map((r) => [r.a, r.n]);
    expect(rows).toEqual([[1, 5], [1, 5], [2, 6], [2, 6], [3, 7], [3, 7]]);
  });
});

describe('stopping the server', () => {
  it('a read without a cancellation point still running does not keep a stopped server up', async () => {
    const own = await startServer();
    const s = await own.client();
    await s.query('CREATE TABLE s32r_t (a int)');
    await s.query(`INSERT INTO s32r_t SELECT generate_series(1, ${ROWS})`);
    s.on('error', () => undefined);
    const read = s.query(CROSS_JOIN_READ).catch((err: { code?: string }) => err.code);
    await sleep(800);
    const started = Date.now();
    const exited = new Promise<string | null>((resolve) => own.proc.once('exit', (_code, signal) => resolve(signal)));
    own.proc.kill('SIGTERM');
    const ended = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!ended) own.proc.kill('SIGKILL');
    expect(ended).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await read).toBe('57P01');
    expect(own.stderr()).toContain('could not be stopped');
    await own.stop();
  });
});
