/**
 * `npm run bench -- cluster`: cluster mode on loopback against the embedded server. The same
 * pgbench run (TPC-B-like, prepared, 8 clients) goes to an embedded evsql (3 replica threads) and
 * to a cluster started here as docker/cluster.sh starts one: a 3-node NATS JetStream cluster, 3
 * `evsql replica` processes, an active front and a standby. Then the active front is killed with
 * SIGKILL, and the time until the first commit through the standby is the failover time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Args, say } from './cli.js';
import { type PgbenchResult, pgbenchInit, pgbenchRun } from './pgbench.js';
import { EVSQL_BIN, type System, freePort, startEvsql } from './servers.js';
import { fmt } from './stats.js';
import { type Proc, launch, stop } from './processes.js';

export const CLUSTER_USAGE = `usage: npm run bench -- cluster [options]

  --clients N           pgbench clients (default 8)
  --duration S          seconds per pgbench run (default 10)
  --scale N             pgbench -i -s N (default 1)
`;

const START_TIMEOUT_MS = 60_000;
/** Only the beginning of a process's output matters here (its ready line); a long run's log is not kept. */
const STARTING = { timeoutMs: START_TIMEOUT_MS, keepBytes: 1 << 16 };

interface Cluster extends System {
  /** SIGKILLs the active front; resolves with the ms until a commit went through the standby. */
  failover(): Promise<number>;
  /** Its processes by role (the standby idles, and is left out). */
  roles: Array<{ role: 'nats' | 'replicas' | 'front'; pid: number }>;
}

/** CPU time (user + system, all threads) a process has used so far, in ms (Linux: 100 ticks a second). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'evsql-bench-cluster-'));
  const procs: Proc[] = [];
  try {
    const clientPorts = [await freePort(), await freePort(), await freePort()];
    const routePorts = [await freePort(), await freePort(), await freePort()];
    const routes = routePorts.map((p) => `nats://127.0.0.1:${p}`).join(',');
    const urls = clientPorts.map((p) => `nats://127.0.0.1:${p}`).join(',');
    const nats = await Promise.all(
      clientPorts.map((p, i) => launch('nats-server', ['-a', '127.0.0.1', '-p', String(p), '-js', '-sd', join(dir, `nats-${i}`), '-n', `nats-${i}`, '--cluster_name', 'evsql-bench', '--cluster', `nats://127.0.0.1:${routePorts[i]}`, '--routes', routes], /Server is ready/, STARTING)),
    );
    procs.push(...nats);
    const replicas = await Promise.all([0, 1, 2].map((i) => launch(process.execPath, [EVSQL_BIN, 'replica', '--id', String(i), '--data', join(dir, `replica-${i}`), '--nats', urls, '--log-level', 'info'], /"msg":"replica serving"/, STARTING)));
    procs.push(...replicas);
    const front = (i: number, ready: RegExp) => launch(process.execPath, [EVSQL_BIN, 'start', '--port', '0', '--data', join(dir, `front-${i}`), '--nats', urls], ready, STARTING);
    const active = await front(0, /listening on [^:]+:\d+/);
    procs.push(active);
    const standby = await front(1, /standing by/);
    procs.push(standby);
    const host = '127.0.0.1';
    let port = Number(/listening on [^:]+:(\d+)/.exec(active.out)![1]);
    const config = (extra: Partial<pg.ClientConfig> = {}): pg.ClientConfig => ({ host, port, user: 'postgres', database: 'postgres', ...extra });
    return {
      name: 'evsql-cluster',
      host,
      get port() {
        return port;
      },
      pid: active.proc.pid!,
      roles: [...nats.map((p) => ({ role: 'nats' as const, pid: p.proc.pid! })), ...replicas.map((p) => ({ role: 'replicas' as const, pid: p.proc.pid! })), { role: 'front', pid: active.proc.pid! }],
      config,
      async failover() {
        const setup = new pg.Client(config());
        await setup.connect();
        await setup.query('CREATE TABLE IF NOT EXISTS failover_probe (k int)');
        await setup.end();
        const killedAt = Date.now();
        await stop(active, 'SIGKILL');
        // The standby listens once it holds the lease: its port is in what it prints.
        for (;;) {
          const m = /listening on [^:]+:(\d+)/.exec(standby.out);
          if (m) {
            port = Number(m[1]);
            const c = new pg.Client({ ...config(), connectionTimeoutMillis: 2000 });
            c.on('error', () => undefined);
            try {
              await c.connect();
              await c.query('INSERT INTO failover_probe VALUES (1)');
              return Date.now() - killedAt;
            } catch {
              // Not serving yet.
            } finally {
              await c.end().catch(() => undefined);
            }
          }
          if (Date.now() - killedAt > START_TIMEOUT_MS) throw new Error(`the standby did not take over:\n${standby.out.slice(-2000)}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      async stop() {
        // Fronts first, then replicas, then NATS: each stops while what it talks to is there.
        for (const p of [...procs].reverse()) await stop(p, 'SIGTERM');
        rmSync(dir, { recursive: true, force: true });
      },
      log: () => active.out.slice(-2000),
    };
  } catch (err) {
    await Promise.all(procs.map((p) => stop(p, 'SIGKILL')));
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** pgbench's result, and the CPU its server processes used per transaction meanwhile (ms), by role. */
async function measure(s: System, roles: Array<{ role: string; pid: number }>, o: { clients: number; durationS: number; scale: number }): Promise<{ r: PgbenchResult; cpu: Map<string, number> }> {
  say(`${s.name}: pgbench -i -s ${o.scale}`);
  await pgbenchInit(s, o.scale);
  say(`${s.name}: pgbench -M prepared -c ${o.clients} -T ${o.durationS}`);
  const before = roles.map((x) => cpuMs(x.pid));
  const r = await pgbenchRun(s, { clients: o.clients, durationS: o.durationS, mode: 'prepared' }, (line) => say(`  ${line}`));
  const cpu = new Map<string, number>();
  roles.forEach((x, i) => cpu.set(x.role, (cpu.get(x.role) ?? 0) + (cpuMs(x.pid) - before[i]!) / Math.max(1, r.processed)));
  return { r, cpu };
}

export async function clusterCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, { clients: { type: 'string' }, duration: { type: 'string' }, scale: { type: 'string' } });
  if (args.help) {
    say(CLUSTER_USAGE);
    return 0;
  }
  const o = { clients: args.int('clients', 8, 1), durationS: args.int('duration', 10, 1), scale: args.int('scale', 1, 1) };
  if (!existsSync(EVSQL_BIN)) throw new Error(`${EVSQL_BIN} is missing: run npm run build first`);
  const results: Array<{ name: string; r: PgbenchResult; cpu: Map<string, number> }> = [];
  const embedded = await startEvsql({ replicas: 3, exec: 'ev' });
  try {
    results.push({ name: embedded.name, ...(await measure(embedded, [{ role: 'server', pid: embedded.pid }], o)) });
  } finally {
    await embedded.stop();
  }
  let failoverMs = NaN;
  const cluster = await startCluster();
  try {
    results.push({ name: cluster.name, ...(await measure(cluster, cluster.roles, o)) });
    failoverMs = await cluster.failover();
  } finally {
    await cluster.stop();
  }
  say(`\npgbench -M prepared -c ${o.clients} -T ${o.durationS}, scale ${o.scale}, one run each:`);
  say(`${'system'.padEnd(16)} ${'tps'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'failed'.padStart(7)}  CPU ms per transaction (/proc, user + system)`);
  for (const { name, r, cpu } of results) {
    const total = [...cpu.values()].reduce((a, b) => a + b, 0);
    const parts = cpu.size > 1 ? ` = ${[...cpu].map(([role, ms]) => `${role} ${fmt(ms, 2)}`).join(' + ')}` : '';
    say(`${name.padEnd(16)} ${fmt(r.tps).padStart(8)} ${fmt(r.latency.p50, 2).padStart(8)} ${fmt(r.latency.p99, 2).padStart(8)} ${String(r.failed).padStart(7)}  ${fmt(total, 2)}${parts}`);
  }
  const [e, c] = results.map((x) => x.r.tps);
  say(`cluster/embedded tps: ${fmt(c! / e!, 2)}`);
  say(`front failover (SIGKILL of the active front → first commit through the standby): ${failoverMs} ms`);
  return 0;
}
