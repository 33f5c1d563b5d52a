/**
 * Cluster mode with real processes: a 3-node NATS JetStream cluster, 3 `evsql replica`
 * processes and a front (`evsql start --nats`) on loopback, a bank-transfer workload from
 * several pg clients, and replicas killed with SIGKILL mid-run — one restarted at once (it
 * replays the log from its last commit), one kept away until the front marks it down (it is
 * reset and repaired, the log having been purged past its place meanwhile), a NATS server
 * killed and restarted, the active front killed. Afterwards: every acknowledged transfer is there
 * exactly once, the total is exact, every balance is what the recorded transfers make it, and all
 * replicas report one state root, each where it runs (evsql_replicas.host).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { Objm } from '@nats-io/obj';
import { Kvm } from '@nats-io/kv';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './helpers/server.js';
import { type Proc, launch, stop } from '../bench/processes.js';
import { freePort } from '../bench/servers.js';
import { SILENCE_MS, SNAPSHOTS, STREAM } from '../cluster/nats/protocol.js';

const natsServer = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' }).stdout.trim();
if (!natsServer && process.env.CI) throw new Error('nats-server is missing in CI: .ci/run installs it (apt-get install nats-server)');
if (!natsServer) console.warn('test/cluster-nats.test.ts skipped: nats-server is not installed (Debian: apt-get install nats-server; .ci/run installs it)');

const ACCOUNTS = 10;
const START_BALANCE = 1000;
const CLIENTS = 4;
const LOG_MAX_BYTES = 64 << 20;

/** Waits for `pattern` in what the process printed. */
async function waitFor(p: Proc, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = pattern.exec(p.out);
    if (m) return m;
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${p.out}`);
    await sleep(50);
  }
}

const kill9 = (p: Proc) => stop(p, 'SIGKILL');
/** Each process's whole output is kept: the test waits for lines printed long after the start. */
const STARTING = { timeoutMs: 20_000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!natsServer)('cluster mode over NATS JetStream (real processes)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evsql-cluster-'));
  const nats: Proc[] = [];
  const replicas: Proc[] = [];
  const fronts: Proc[] = [];
  let port = 0;
  let failoverMs = 0;
  let urls = '';
  let natsArgs: string[][] = [];
  /** The test's own NATS connection, to look at the log stream. */
  let nc: NatsConnection | null = null;
  let jsm: JetStreamManager;

  const startReplica = async (i: number) => {
    replicas[i] = await launch(process.execPath, [BIN, 'replica', '--id', String(i), '--data', join(dir, `replica-${i}`), '--nats', urls, '--readers', '1', '--log-level', 'info'], /"msg":"replica serving"/, STARTING);
  };
  /** A connection to the front that serves (a front that lost its lease exits; the standby takes over). */
  const client = async () => {
    const ports = [port, ...fronts.map((f) => Number(/listening on [^:]+:(\d+)/.exec(f?.out ?? '')?.[1] ?? 0))].filter((p) => p > 0);
    let error: unknown;
    for (const p of new Set(ports)) {
      const c = new pg.Client({ host: '127.0.0.1', port: p, user: 'postgres', database: 'postgres' });
      // A killed front drops its connections: the failing query is what the workload acts on.
      c.on('error', () => undefined);
      try {
        await c.connect();
        return c;
      } catch (err) {
        error = err;
      }
    }
    throw error;
  };

  beforeAll(async () => {
    const clientPorts = [await freePort(), await freePort(), await freePort()];
    const routePorts = [await freePort(), await freePort(), await freePort()];
    const routes = routePorts.map((p) => `nats://127.0.0.1:${p}`).join(',');
    urls = clientPorts.map((p) => `nats://127.0.0.1:${p}`).join(',');
    natsArgs = clientPorts.map((p, i) => ['-a', '127.0.0.1', '-p', String(p), '-js', '-sd', join(dir, `nats-${i}`), '-n', `nats-${i}`, '--cluster_name', 'evsql-test', '--cluster', `nats://127.0.0.1:${routePorts[i]}`, '--routes', routes]);
    await Promise.all(natsArgs.map(async (args, i) => (nats[i] = await launch(natsServer, args, /Server is ready/, STARTING))));
    await Promise.all([0, 1, 2].map(startReplica));
    const front = (i: number, ready: RegExp) => launch(process.execPath, [BIN, 'start', '--port', '0', '--data', join(dir, `front-${i}`), '--nats', urls, '--log-max-bytes', String(LOG_MAX_BYTES), ...(process.env.DEBUG_CLUSTER ? ['--log-level', 'info'] : [])], ready, STARTING);
    fronts[0] = await front(0, /listening on [^:]+:\d+/);
    port = Number(/listening on [^:]+:(\d+)/.exec(fronts[0].out)![1]);
    fronts[1] = await front(1, /standing by/);
    nc = await connect({ servers: urls.split(','), maxReconnectAttempts: -1 });
    jsm = await jetstreamManager(nc);
  }, 50_000);

  afterAll(async () => {
    if (failoverMs) console.log(`front failover with a replica away: SIGKILL to the first commit through the standby in ${failoverMs} ms`);
    // DEBUG_CLUSTER=/tmp/x: every process's output in /tmp/x-N.log, the directory kept.
    if (process.env.DEBUG_CLUSTER) [...fronts, ...replicas].forEach((p, i) => p && writeFileSync(`${process.env.DEBUG_CLUSTER}-${i}.log`, p.out));
    await nc?.close();
    await Promise.all([...fronts, ...replicas, ...nats].filter(Boolean).map(kill9));
    if (!process.env.DEBUG_CLUSTER) rmSync(dir, { recursive: true, force: true });
  });

  /** Bank transfers from CLIENTS clients until stopped; each client reconnects to whichever front answers. */
  const workload = async (setup: pg.Client) => {
    await setup.query('CREATE TABLE acct (id int PRIMARY KEY, balance int NOT NULL)');
    await setup.query('CREATE TABLE transfer (client int, k int, src int, dst int, amount int)');
    await setup.query(`INSERT INTO acct SELECT g, ${START_BALANCE} FROM generate_series(1, ${ACCOUNTS}) g`);
    const acknowledged: string[] = [];
    let running = true;
    const work = async (n: number) => {
      let c: pg.Client | null = null;
      for (let k = 0; running; k++) {
        // Locks in id order: no deadlocks, so every failure here is the cluster's.
        const a = 1 + ((k * 7 + n * 3) % ACCOUNTS);
        const b = 1 + ((a + 1 + (k % (ACCOUNTS - 1))) % ACCOUNTS);
        const [src, dst] = a < b ? [a, b] : [b, a];
        const amount = 1 + ((k + n) % 9);
        try {
          c ??= await client();
          await c.query('BEGIN');
          await c.query('UPDATE acct SET balance = balance - $1 WHERE id = $2', [amount, src]);
          await c.query('UPDATE acct SET balance = balance + $1 WHERE id = $2', [amount, dst]);
          await c.query('INSERT INTO transfer VALUES ($1, $2, $3, $4, $5)', [n, k, src, dst, amount]);
          await c.query('COMMIT');
          acknowledged.push(`${n}.${k}`);
        } catch {
          const lost = c;
          c = null;
          // A front that went away: drop the connection and find the one that serves now.
          await lost?.end().catch(() => undefined);
          await sleep(100);
        }
      }
      await c?.end();
    };
    const clients = Array.from({ length: CLIENTS }, (_, n) => work(n));
    return {
      acknowledged,
      stop: async () => {
        running = false;
        await Promise.all(clients);
      },
    };
  };

  /** The workload again, on new tables. */
  const workloadAfresh = async () => {
    const setup = await client();
    await setup.query('DROP TABLE IF EXISTS acct');
    await setup.query('DROP TABLE IF EXISTS transfer');
    const run = await workload(setup);
    await setup.end();
    return run;
  };

  /** Every acknowledged transfer there once, balances as the transfers make them, one state root. */
  const check = async (acknowledged: string[]) => {
    const c = await client();
    const transfers = (await c.query('SELECT client, k, src, dst, amount FROM transfer')).rows as Array<{ client: number; k: number; src: number; dst: number; amount: number }>;
    const present = new Set(transfers.map((t) => `${t.client}.${t.k}`));
    expect(present.size).toBe(transfers.length);
    expect(acknowledged.filter((t) => !present.has(t))).toEqual([]);
    const expected = new Map<number, number>();
    for (let id = 1; id <= ACCOUNTS; id++) expected.set(id, START_BALANCE);
    for (const t of transfers) {
      expected.set(t.src, expected.get(t.src)! - t.amount);
      expected.set(t.dst, expected.get(t.dst)! + t.amount);
    }
    const balances = (await c.query('SELECT id, balance FROM acct ORDER BY id')).rows as Array<{ id: number; balance: number }>;
    expect(balances.map((b) => [b.id, b.balance])).toEqual([...expected.entries()]);
    expect(balances.reduce((s, b) => s + b.balance, 0)).toBe(ACCOUNTS * START_BALANCE);
    // A returning replica is repaired at the next quiet moment; give it a few seconds.
    let rows: Array<{ id: string; status: string; state_root: string; host: string; lag: string }> = [];
    for (let t = 0; t < 40; t++) {
      await c.query('UPDATE acct SET balance = balance WHERE id = 1');
      rows = (await c.query('SELECT id, status, state_root, host, lag FROM evsql_replicas ORDER BY id')).rows;
      if (rows.every((r) => r.status === 'healthy' && r.lag === '0') && new Set(rows.map((r) => r.state_root)).size === 1) break;
      await sleep(250);
    }
    expect(rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(new Set(rows.map((r) => r.state_root)).size).toBe(1);
    // Each process says where it runs, and each has every released batch.
    expect(rows.map((r) => [r.host, r.lag])).toEqual(replicas.map((r) => [`${hostname()}:${r!.proc.pid}`, '0']));
    await c.end();
  };

  it('keeps every acknowledged transfer, exactly once, through replicas killed with SIGKILL', async () => {
    const setup = await client();
    const run = await workload(setup);
    await setup.end();
    await sleep(2500);
    // Killed and back at once: it replays the log from its last commit, and nobody notices.
    await kill9(replicas[1]!);
    await startReplica(1);
    expect(replicas[1]!.out).toMatch(/"live":true,"start":\d+/);
    await sleep(2500);
    // Away until the front marks it down (its silence outlasted SILENCE_MS), and until the front
    // purged the log past its place: it is reset and repaired when it returns.
    const away = replicas[2]!.proc.pid;
    await kill9(replicas[2]!);
    const watcher = await client();
    const row = async () => (await watcher.query('SELECT host, status, lag FROM evsql_replicas WHERE id = 2')).rows[0] as { host: string; status: string; lag: string };
    let until = Date.now() + SILENCE_MS * 3;
    while (Date.now() < until && (await row()).status === 'healthy') await sleep(200);
    // Its last place: the first entry it could need to replay.
    const position = JSON.parse(readFileSync(join(dir, 'replica-2', 'position.json'), 'utf8')) as { cur: { stream: number }; prev: { stream: number } | null };
    const needs = (position.prev ?? position.cur).stream + 1;
    until = Date.now() + 20_000;
    while (Date.now() < until && ((await jsm.streams.info(STREAM)).state.first_seq <= needs || Number((await row()).lag) === 0)) await sleep(200);
    expect(await row()).toMatchObject({ host: `${hostname()}:${away}`, status: 'down' });
    expect(Number((await row()).lag)).toBeGreaterThan(0);
    const log = await jsm.streams.info(STREAM);
    expect(log.state.first_seq).toBeGreaterThan(needs);
    expect(log.config.max_bytes).toBe(LOG_MAX_BYTES);
    await watcher.end();
    await startReplica(2);
    expect(replicas[2]!.out).toMatch(/the log no longer holds this replica's place/);
    await sleep(2500);
    await run.stop();
    expect(replicas[2]!.out).toMatch(/reset by the front/);
    // The quick one was never reset: it caught up from the log alone.
    expect(replicas[1]!.out).not.toMatch(/reset by the front/);
    expect(run.acknowledged.length).toBeGreaterThan(20);
    await check(run.acknowledged);
  }, 60_000);

  it('rebuilds a replica that lost its disk from a snapshot of another, carried through the JetStream object store, under load', async () => {
    const run = await workloadAfresh();
    await sleep(1500);
    await kill9(replicas[2]!);
    rmSync(join(dir, 'replica-2'), { recursive: true, force: true });
    await startReplica(2);
    // An empty file and no position: it waits for the front, which resets it and, finding none of
    // the tables to repair row by row, has a healthy replica's snapshot put in the object store for it.
    expect(replicas[2]!.out).toMatch(/"live":false,"start":null/);
    await waitFor(replicas[2]!, /restored from a snapshot/, 30_000);
    expect(replicas.filter((r) => /snapshot stored/.test(r!.out))).toHaveLength(1);
    // Then it follows the log from there, voting with the others.
    const restored = run.acknowledged.length;
    const until = Date.now() + 20_000;
    while (run.acknowledged.length < restored + 20 && Date.now() < until) await sleep(100);
    await run.stop();
    expect(run.acknowledged.length).toBeGreaterThanOrEqual(restored + 20);
    // Restored snapshots are deleted from the store.
    const store = await new Objm(nc!).open(SNAPSHOTS);
    expect(await store.list()).toEqual([]);
    await check(run.acknowledged);
  }, 60_000);

  it('changes the voting set online, the quorum following it: replicas removed down to one, added back (one of them empty), under load', async () => {
    const run = await workloadAfresh();
    const c = await client();
    const printed = replicas[2]!.out.length;
    const voting = async () => JSON.parse((await (await new Kvm(nc!).open('evsql_cluster')).get('voting'))!.string()) as number[];
    const statuses = async () => ((await c.query('SELECT status FROM evsql_replicas ORDER BY id')).rows as Array<{ status: string }>).map((r) => r.status);
    /** Commits go on: `n` more acknowledged transfers within 20 s. */
    const progress = async (n: number) => {
      const from = run.acknowledged.length;
      const until = Date.now() + 20_000;
      while (run.acknowledged.length < from + n && Date.now() < until) await sleep(100);
      expect(run.acknowledged.length).toBeGreaterThanOrEqual(from + n);
    };
    await progress(10);
    expect((await c.query('SELECT evsql_remove_replica(1) AS v')).rows).toEqual([{ v: '{0,2}' }]);
    expect(await statuses()).toEqual(['healthy', 'removed', 'healthy']);
    expect(await voting()).toEqual([0, 2]);
    // Quorum 2 of 2.
    await progress(20);
    // Quorum 1 of 1: a majority of 3 would be 2, and nothing would commit.
    expect((await c.query('SELECT evsql_remove_replica(2) AS v')).rows).toEqual([{ v: '{0}' }]);
    await progress(20);
    await expect(c.query('SELECT evsql_remove_replica(0)')).rejects.toMatchObject({ code: '55000' });
    await expect(c.query('SELECT evsql_add_replica(7)')).rejects.toMatchObject({ code: '22023' });
    // Removed, replica 1 gets nothing: it trails.
    const lag = (await c.query('SELECT lag FROM evsql_replicas WHERE id = 1')).rows[0] as { lag: string };
    expect(Number(lag.lag)).toBeGreaterThan(0);
    // Its machine replaced meanwhile: a new replica process with an empty disk, same id.
    await kill9(replicas[1]!);
    rmSync(join(dir, 'replica-1'), { recursive: true, force: true });
    await startReplica(1);
    // Each is answered once the replica votes: replica 1 rebuilt from a snapshot, replica 2
    // repaired row by row; until then the quorum is that of the set without it, and commits go on.
    expect((await c.query('SELECT evsql_add_replica(1) AS v')).rows).toEqual([{ v: '{0,1}' }]);
    expect(replicas[1]!.out).toMatch(/restored from a snapshot/);
    expect((await c.query('SELECT evsql_add_replica(2) AS v')).rows).toEqual([{ v: '{0,1,2}' }]);
    expect(await voting()).toEqual([0, 1, 2]);
    expect(await statuses()).toEqual(['healthy', 'healthy', 'healthy']);
    await progress(20);
    await c.end();
    await run.stop();
    expect(replicas[2]!.out.slice(printed)).not.toMatch(/restored from a snapshot/);
    await check(run.acknowledged);
  }, 90_000);

  // Off by default: about 1 run in 6 makes fewer than 40 commits in the 30 s after the restart
  // (the log without a leader for up to ~10 s, a replica whose consumer the restarted server
  // restored waiting out the lag before its reset; see the README's known limits).
  // EVSQL_NATS_KILL=1 runs it; EVSQL_KILL_LEADER=1 kills the log's leader instead of a follower.
  it.skipIf(!process.env.EVSQL_NATS_KILL)('keeps every acknowledged transfer through a NATS server killed with SIGKILL and restarted', async () => {
    const run = await workloadAfresh();
    await sleep(1500);
    // A follower of the log's Raft group by default: replica processes connected to it, and log
    // consumers placed on it, move to the others; appends wait while the front reconnects.
    const leader = (await jsm.streams.info(STREAM)).cluster?.leader;
    const i = process.env.EVSQL_KILL_LEADER ? nats.findIndex((_, k) => `nats-${k}` === leader) : nats.findIndex((_, k) => `nats-${k}` !== leader);
    expect(i).toBeGreaterThanOrEqual(0);
    await kill9(nats[i]!);
    const before = run.acknowledged.length;
    await sleep(1500);
    nats[i] = await launch(natsServer, natsArgs[i]!, /Server is ready/, STARTING);
    // Appends wait for the new leader, consumers on the lost server are replaced: commits go on.
    const until = Date.now() + 30_000;
    while (run.acknowledged.length < before + 40 && Date.now() < until) await sleep(100);
    expect(run.acknowledged.length).toBeGreaterThanOrEqual(before + 40);
    await run.stop();
    await check(run.acknowledged);
  }, 60_000);

  it('hands over to the standby front when the active one is killed with SIGKILL, a replica being away', async () => {
    const run = await workloadAfresh();
    await sleep(2000);
    // The standby opens with the two replicas there; the third rejoins after it took over.
    await kill9(replicas[0]!);
    const killedAt = Date.now();
    await kill9(fronts[0]!);
    const before = run.acknowledged.length;
    const standby = await waitFor(fronts[1]!, /listening on [^:]+:(\d+)/, 20_000);
    port = Number(standby[1]);
    await startReplica(0);
    while (run.acknowledged.length === before && Date.now() - killedAt < 25_000) await sleep(50);
    failoverMs = Date.now() - killedAt;
    await sleep(1500);
    await run.stop();
    expect(failoverMs).toBeLessThan(20_000);
    expect(run.acknowledged.length).toBeGreaterThan(before);
    await check(run.acknowledged);
  }, 40_000);
});
