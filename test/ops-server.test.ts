/**
 * Operating a running server: the HTTP endpoint (/metrics parsed with a Prometheus text parser,
 * /health, /ready flipping to 503 when replicas are crashed past the quorum and back, /status),
 * psql and pg_isready over the Unix socket, pg_stat_activity showing a blocked session and
 * pg_terminate_backend freeing it, pg_cancel_backend, and the connection log lines.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);

/** The SQLSTATE of an error the pg driver reported. */
const sqlstate = (err: unknown) => (err as { code?: string }).code;

interface Family {
  name: string;
  type: string;
  metrics: Array<{ value: string; labels?: Record<string, string> }>;
}

function httpPort(server: TestServer): number {
  return Number(/http: +http:\/\/127\.0\.0\.1:(\d+)\//.exec(server.stdout())![1]);
}

async function get(server: TestServer, path: string): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(`http://127.0.0.1:${httpPort(server)}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

async function scrape(server: TestServer): Promise<Map<string, Family>> {
  const { status, body } = await get(server, '/metrics');
  expect(status).toBe(200);
  return new Map((parsePrometheusTextFormat(body) as Family[]).map((f) => [f.name, f]));
}

const value = (families: Map<string, Family>, name: string, labels: Record<string, string> = {}) => {
  const family = families.get(name);
  if (!family) throw new Error(`no metric ${name}`);
  const m = family.metrics.find((x) => Object.entries(labels).every(([k, v]) => x.labels?.[k] === v));
  if (!m) throw new Error(`no ${name} ${JSON.stringify(labels)}`);
  return Number(m.value);
};

async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('HTTP endpoint', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(['--http-port', '0', '--fault-injection', '--lock-timeout', '200ms']);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('/metrics is Prometheus text whose figures follow the work done', async () => {
    const before = await scrape(server);
    expect(before.get('evsql_batches_total')!.type).toBe('COUNTER');
    expect(value(before, 'evsql_replicas')).toBe(3);
    expect(value(before, 'evsql_quorum')).toBe(2);
    expect(before.has('evsql_process_resident_memory_bytes')).toBe(true);

    const a = await server.client();
    const b = await server.client();
    await a.query('create table m (id int primary key, v int)');
    await a.query('insert into m values (1, 0), (2, 0)');
    await a.query('select * from m');
    await a.query('begin');
    await a.query('update m set v = 1 where id = 1');
    expect(sqlstate(await b.query('update m set v = 2 where id = 1').catch((e: unknown) => e))).toBe('55P03');
    await a.query('commit');
    const after = await scrape(server);
    await Promise.all([a.end(), b.end()]);

    expect(value(after, 'evsql_batches_total')).toBeGreaterThanOrEqual(value(before, 'evsql_batches_total') + 4);
    expect(value(after, 'evsql_requests_total', { kind: 'write' })).toBeGreaterThanOrEqual(value(before, 'evsql_requests_total', { kind: 'write' }) + 4);
    expect(value(after, 'evsql_requests_total', { kind: 'read' })).toBeGreaterThan(value(before, 'evsql_requests_total', { kind: 'read' }));
    expect(value(after, 'evsql_lock_waits_total')).toBe(value(before, 'evsql_lock_waits_total') + 1);
    expect(value(after, 'evsql_lock_timeouts_total')).toBe(value(before, 'evsql_lock_timeouts_total') + 1);
    expect(value(after, 'evsql_connections')).toBe(2);
    expect(value(after, 'evsql_connections_total')).toBe(value(before, 'evsql_connections_total') + 2);
    expect(value(after, 'evsql_received_bytes_total')).toBeGreaterThan(value(before, 'evsql_received_bytes_total'));
    expect(value(after, 'evsql_sent_bytes_total')).toBeGreaterThan(value(before, 'evsql_sent_bytes_total'));
    expect(value(after, 'evsql_verify_latency_microseconds', { quantile: '0.5' })).toBeGreaterThan(0);
    // A quorum answers; the third replica commits a moment later (its token is checked when it comes).
    const settled = await until('every replica to commit', () => scrape(server), (f) => ['0', '1', '2'].every((replica) => value(f, 'evsql_replica_lag_batches', { replica }) === 0));
    for (const replica of ['0', '1', '2']) {
      expect(value(settled, 'evsql_replica_status', { replica, status: 'healthy' })).toBe(1);
      expect(value(settled, 'evsql_replica_applied_seq', { replica })).toBe(value(settled, 'evsql_batches_total'));
    }
  });

  it('every metric the Grafana dashboard charts is exposed', async () => {
    const families = await scrape(server);
    const dashboard = JSON.parse(readFileSync(join(import.meta.dirname, '../ops/grafana-dashboard.json'), 'utf8')) as { panels: Array<{ targets: Array<{ expr: string }> }> };
    const used = new Set(dashboard.panels.flatMap((p) => p.targets.flatMap((t) => t.expr.match(/\bevsql_\w+/g) ?? [])));
    expect(used.size).toBeGreaterThan(15);
    const missing = [...used].filter((name) => !families.has(name));
    expect(missing).toEqual([]);
  });

  it('/health, /status, and 404 for anything else', async () => {
    expect(await get(server, '/health')).toMatchObject({ status: 200, body: 'ok\n' });
    const status = await get(server, '/status');
    expect(status.type).toBe('application/json');
    const body = JSON.parse(status.body) as { version: string; quorum: number; replicas: Array<{ id: number; status: string; host: string; lag: number }>; stats: Record<string, string> };
    expect(body.replicas.map((r) => [r.id, r.status, r.host])).toEqual([
      [0, 'healthy', `${hostname()}:${server.proc.pid}`],
      [1, 'healthy', `${hostname()}:${server.proc.pid}`],
      [2, 'healthy', `${hostname()}:${server.proc.pid}`],
    ]);
    expect(body.replicas.every((r) => Number.isInteger(r.lag) && r.lag >= 0)).toBe(true);
    expect(body.stats.mode).toBe('ev');
    expect(Number(body.stats.batches)).toBeGreaterThan(0);
    expect((await get(server, '/nope')).status).toBe(404);
  });

  it('/ready is 503 while replicas are down past the quorum, and 200 once they rejoin', async () => {
    expect(await get(server, '/ready')).toMatchObject({ status: 200, body: 'ready: 3 of 3 replicas healthy, quorum 2\n' });
    const c = await server.client();
    await c.query("select evsql_fault('crash', 1)");
    await c.query("select evsql_fault('crash', 2)");
    await c.end();
    const down = await until('503', () => get(server, '/ready'), (r) => r.status === 503);
    expect(down.body).toMatch(/^not ready: [01] of 3 replicas healthy, quorum 2\n$/);
    // A dead replica thread is restarted and repaired from the healthy one.
    await until('200', () => get(server, '/ready'), (r) => r.status === 200);
    const families = await scrape(server);
    expect(value(families, 'evsql_replicas_healthy')).toBeGreaterThanOrEqual(2);
    expect(value(families, 'evsql_repairs_total')).toBeGreaterThanOrEqual(1);
  });
});

describe('Unix-domain socket', () => {
  const socketDir = mkdtempSync(join(tmpdir(), 'evsql-sock-'));
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(['--socket-dir', socketDir]);
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(socketDir, { recursive: true, force: true });
  });

  it('psql -h DIR -p PORT connects through .s.PGSQL.PORT; the session shows no client address', async () => {
    expect(server.stdout()).toContain(`socket:   ${join(socketDir, `.s.PGSQL.${server.port}`)}`);
    const { stdout } = await run('psql', ['-X', '-A', '-t', '-h', socketDir, '-p', String(server.port), '-U', 'postgres', '-c', 'select client_addr is null, client_port from pg_stat_activity where pid = pg_backend_pid()']);
    expect(stdout).toBe('t|-1\n');
  });

  it('pg_isready answers over the socket and over TCP', async () => {
    const socket = await run('pg_isready', ['-h', socketDir, '-p', String(server.port)]);
    expect(socket.stdout).toBe(`${socketDir}:${server.port} - accepting connections\n`);
    const tcp = await run('pg_isready', ['-h', '127.0.0.1', '-p', String(server.port)]);
    expect(tcp.stdout).toBe(`127.0.0.1:${server.port} - accepting connections\n`);
  });

  it('the node-postgres driver connects over the socket too', async () => {
    const c = new pg.Client({ host: socketDir, port: server.port, user: 'postgres', database: 'postgres' });
    await c.connect();
    expect((await c.query('select 1 as x')).rows).toEqual([{ x: 1 }]);
    await c.end();
  });
});

describe('pg_stat_activity and signalling backends', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(['--log-level', 'info', '--lock-timeout', '30s']);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('shows a session blocked on a lock, and pg_terminate_backend frees it', async () => {
    const admin = await server.client({ application_name: 'admin' });
    const holder = await server.client({ application_name: 'holder' });
    const waiter = await server.client({ application_name: 'waiter' });
    await admin.query('create table acct (id int primary key, n int)');
    await admin.query('insert into acct values (1, 0)');
    await holder.query('begin');
    await holder.query('update acct set n = n + 1 where id = 1');
    const holderPid = (await holder.query('select pg_backend_pid() as pid')).rows[0].pid as number;
    const blocked = waiter.query('update acct set n = n + 10 where id = 1');

    const rows = await until(
      'the waiter to wait',
      async () => (await admin.query("select pid, usename, datname, application_name, client_addr, state, wait_event_type, query, xact_start is not null as in_xact from pg_stat_activity where application_name in ('holder', 'waiter') order by application_name")).rows,
      (r) => r.length === 2 && r[1].wait_event_type === 'Lock',
    );
    expect(rows[0]).toMatchObject({ pid: holderPid, usename: 'postgres', datname: 'postgres', application_name: 'holder', client_addr: '127.0.0.1', state: 'idle in transaction', query: 'select pg_backend_pid() as pid', in_xact: true });
    expect(rows[1]).toMatchObject({ application_name: 'waiter', state: 'active', wait_event_type: 'Lock', query: 'update acct set n = n + 10 where id = 1', in_xact: true });

    const holderGone = new Promise<Error>((resolve) => holder.on('error', resolve));
    const killed = await admin.query("select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = 'holder'");
    expect(killed.rows).toEqual([{ ok: true }]);
    expect(sqlstate(await holderGone)).toBe('57P01');
    expect((await blocked).rowCount).toBe(1);
    // The holder's transaction rolled back: only the waiter's update is there.
    expect((await admin.query('select n from acct')).rows).toEqual([{ n: 10 }]);
    await until('the holder to leave', async () => (await admin.query('select count(*)::int as n from pg_stat_activity')).rows[0].n, (n) => n === 2);
    await Promise.all([admin.end(), waiter.end()]);
    expect(server.stderr()).toMatch(/"user":"postgres","database":"postgres","client":"127\.0\.0\.1:\d+","application_name":"holder","msg":"connection authorized"/);
    expect(server.stderr()).toMatch(/"sqlstate":"57P01".*"msg":"connection closed on error"/);
    expect(server.stderr()).toMatch(/"msg":"disconnection"/);
  });

  it('pg_cancel_backend cancels the running statement and keeps the session', async () => {
    const admin = await server.client();
    const sleeper = await server.client({ application_name: 'sleeper' });
    const sleeping = sleeper.query('select pg_sleep(30)').catch((e: unknown) => e);
    await until('the sleeper to run', async () => (await admin.query("select state from pg_stat_activity where application_name = 'sleeper'")).rows[0]?.state, (s) => s === 'active');
    expect((await admin.query("select pg_cancel_backend(pid) as ok from pg_stat_activity where application_name = 'sleeper'")).rows).toEqual([{ ok: true }]);
    expect(sqlstate(await sleeping)).toBe('57014');
    expect((await sleeper.query('select 1 as x')).rows).toEqual([{ x: 1 }]);
    // Through the extended protocol with a parameter, as drivers send it.
    expect((await admin.query('select pg_terminate_backend($1) as ok', [424242])).rows).toEqual([{ ok: false }]);
    await Promise.all([admin.end(), sleeper.end()]);
  });

  it('pg_stat_activity joins another table; pg_terminate_backend beside one is refused with 0A000, and the session goes on', async () => {
    const c = await server.client();
    expect((await c.query('select a.usename, acct.n from pg_stat_activity a join acct on a.pid = pg_backend_pid()')).rows).toEqual([{ usename: 'postgres', n: 10 }]);
    expect(sqlstate(await c.query('select pg_terminate_backend(a.pid) from pg_stat_activity a join acct on false').catch((e: unknown) => e))).toBe('0A000');
    expect((await c.query('select 1 as x')).rows).toEqual([{ x: 1 }]);
    await c.end();
    // The log line is written asynchronously: on a loaded machine it can come after the answer.
    await until('the failed statement logged', async () => server.stderr(), (err) => /"sqlstate":"0A000".*"msg":"statement failed"/.test(err));
  });
});
