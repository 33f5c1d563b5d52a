/**
 * A cluster of real processes for the cluster tests: 3 NATS JetStream servers, 3 `evsql replica`
 * processes, an active front and a standby, a bank-transfer workload from several pg clients with
 * a record of every acknowledged transfer, and the checks after a fault (every acknowledged
 * transfer there once, balances as the transfers make them, one state root). Processes run on
 * loopback, or in network namespaces (`Placement`, made by test/helpers/netns.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { expect } from 'vitest';
import { BIN } from './server.js';
import { type Proc, launch, stop } from '../../bench/processes.js';
import { freePort } from '../../bench/servers.js';

const ACCOUNTS = 10;
const START_BALANCE = 1000;
const CLIENTS = 4;
export const LOG_MAX_BYTES = 64 << 20;
/** Each process's whole output is kept: the tests wait for lines printed long after the start. */
const STARTING = { timeoutMs: 20_000 };
/**
 * A front cut off by a partition drops no connection: its clients' packets vanish. Past these,
 * a client gives up on it (a commit that slow is not acknowledged, which the checks allow).
 */
const CONNECT_TIMEOUT_MS = 3_000;
const QUERY_TIMEOUT_MS = 15_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const kill9 = (p: Proc) => stop(p, 'SIGKILL');

/** Waits for `pattern` in what the process printed (from character `from` on). */
export async function waitFor(p: Proc, pattern: RegExp, timeoutMs: number, from = 0): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = pattern.exec(p.out.slice(from));
    if (m) return m;
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${p.out}`);
    await sleep(50);
  }
}

/** Where each process runs: a network namespace (none: this test's own) and the address it serves on. */
export interface Placement {
  nats: (i: number) => { ns?: string; host: string };
  replica: (i: number) => { ns?: string };
  front: (i: number) => { ns?: string; host: string };
}

const LOOPBACK: Placement = { nats: () => ({ host: '127.0.0.1' }), replica: () => ({}), front: () => ({ host: '127.0.0.1' }) };

export interface Workload {
  acknowledged: string[];
  stop: () => Promise<void>;
}

export class NatsCluster {
  readonly dir = mkdtempSync(join(tmpdir(), 'evsql-cluster-'));
  readonly nats: Proc[] = [];
  readonly replicas: Proc[] = [];
  readonly fronts: Proc[] = [];
  natsArgs: string[][] = [];
  urls = '';
  /** The front clients try first (the one serving, as far as the test knows). */
  preferred = 0;
  /** The test's own NATS connection, to look at the log stream and the KV buckets. */
  nc: NatsConnection | null = null;
  jsm!: JetStreamManager;

  constructor(
    readonly natsServer: string,
    private readonly placement: Placement = LOOPBACK,
  ) {}

  /** `cmd args` in namespace `ns` (the process keeps its pid: `ip netns exec` execs it). */
  private launchIn(ns: string | undefined, cmd: string, args: string[], ready: RegExp): Promise<Proc> {
    return ns ? launch('ip', ['netns', 'exec', ns, cmd, ...args], ready, STARTING) : launch(cmd, args, ready, STARTING);
  }

  async start(): Promise<void> {
    const hosts = [0, 1, 2].map((i) => this.placement.nats(i).host);
    const clientPorts = [await freePort(), await freePort(), await freePort()];
    const routePorts = [await freePort(), await freePort(), await freePort()];
    const routes = routePorts.map((p, i) => `nats://${hosts[i]}:${p}`).join(',');
    this.urls = clientPorts.map((p, i) => `nats://${hosts[i]}:${p}`).join(',');
    this.natsArgs = clientPorts.map((p, i) => ['-a', hosts[i]!, '-p', String(p), '-js', '-sd', join(this.dir, `nats-${i}`), '-n', `nats-${i}`, '--cluster_name', 'evsql-test', '--cluster', `nats://${hosts[i]}:${routePorts[i]}`, '--routes', routes]);
    await Promise.all([0, 1, 2].map((i) => this.startNats(i)));
    await Promise.all([0, 1, 2].map((i) => this.startReplica(i)));
    this.fronts[0] = await this.startFront(0, /listening on [^:]+:\d+/);
    this.fronts[1] = await this.startFront(1, /standing by/);
    this.nc = await connect({ servers: this.urls.split(','), maxReconnectAttempts: -1 });
    this.jsm = await jetstreamManager(this.nc);
  }

  async startNats(i: number): Promise<void> {
    this.nats[i] = await this.launchIn(this.placement.nats(i).ns, this.natsServer, this.natsArgs[i]!, /Server is ready/);
  }

  async startReplica(i: number): Promise<void> {
    const args = [BIN, 'replica', '--id', String(i), '--data', join(this.dir, `replica-${i}`), '--nats', this.urls, '--readers', '1', '--log-level', 'info'];
    this.replicas[i] = await this.launchIn(this.placement.replica(i).ns, process.execPath, args, /"msg":"replica serving"/);
  }

  /** Front `i` again, in a new data directory, once its process is gone; it stands by (or serves, if no front does). */
  async restartFront(i: number): Promise<void> {
    this.fronts[i] = await this.startFront(i, /standing by|listening on [^:\s]+:\d+/, `front-${i}-${Date.now()}`);
  }

  private startFront(i: number, ready: RegExp, data = `front-${i}`): Promise<Proc> {
    const { ns, host } = this.placement.front(i);
    const args = [BIN, 'start', '--host', host, '--port', '0', '--data', join(this.dir, data), '--nats', this.urls, '--log-max-bytes', String(LOG_MAX_BYTES), ...(process.env.DEBUG_CLUSTER ? ['--log-level', 'info'] : [])];
    return this.launchIn(ns, process.execPath, args, ready);
  }

  /**
   * Front `i` serves: restarted if it is gone (a front exits when it loses its lease, as in a NATS
   * leader's loss), and made active by killing the other front, which returns as the standby.
   */
  async activate(i: number): Promise<void> {
    const running = (p: Proc | undefined) => !!p && p.proc.exitCode === null && p.proc.signalCode === null;
    if (!running(this.fronts[i])) await this.restartFront(i);
    // The port: a front on a non-loopback address warns "listening on <host> with trust authentication" while it stands by.
    if (this.address(i)) {
      this.preferred = i;
      return;
    }
    const other = 1 - i;
    if (running(this.fronts[other])) await kill9(this.fronts[other]!);
    await waitFor(this.fronts[i]!, /listening on [^:\s]+:\d+/, 20_000);
    this.preferred = i;
    await this.restartFront(other);
  }

  /** Where front `i` listens, once it does. */
  address(i: number): { host: string; port: number } | null {
    const m = /listening on ([^:\s]+):(\d+)/.exec(this.fronts[i]?.out ?? '');
    return m ? { host: m[1]!, port: Number(m[2]) } : null;
  }

  /** A connection to the front that serves (a front that lost its lease exits; the standby takes over). */
  async client(): Promise<pg.Client> {
    const order = [this.preferred, ...this.fronts.keys()].filter((i, k, all) => all.indexOf(i) === k);
    let error: unknown = new Error('no front listens');
    for (const i of order) {
      const at = this.address(i);
      if (!at) continue;
      const c = new pg.Client({ ...at, user: 'postgres', database: 'postgres', connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS });
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
  }

  /** Bank transfers from CLIENTS clients until stopped; each client reconnects to whichever front answers. */
  async workload(setup: pg.Client): Promise<Workload> {
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
          c ??= await this.client();
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
          void lost?.end().catch(() => undefined);
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
  }

  /** The workload again, on new tables. */
  async workloadAfresh(): Promise<Workload> {
    const setup = await this.client();
    await setup.query('DROP TABLE IF EXISTS acct');
    await setup.query('DROP TABLE IF EXISTS transfer');
    const run = await this.workload(setup);
    await setup.end();
    return run;
  }

  /** Every acknowledged transfer there once, balances as the transfers make them, one state root. */
  async check(acknowledged: string[]): Promise<void> {
    const c = await this.client();
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
    expect(rows.map((r) => [r.host, r.lag])).toEqual(this.replicas.map((r) => [`${hostname()}:${r.proc.pid}`, '0']));
    await c.end();
  }

  async stop(): Promise<void> {
    // DEBUG_CLUSTER=/tmp/x: every process's output in /tmp/x-N.log (fronts, replicas, NATS servers), the directory kept.
    if (process.env.DEBUG_CLUSTER) [...this.fronts, ...this.replicas, ...this.nats].forEach((p, i) => p && writeFileSync(`${process.env.DEBUG_CLUSTER}-${i}.log`, p.out));
    await this.nc?.close();
    await Promise.all([...this.fronts, ...this.replicas, ...this.nats].filter(Boolean).map(kill9));
    if (!process.env.DEBUG_CLUSTER) rmSync(this.dir, { recursive: true, force: true });
  }
}
