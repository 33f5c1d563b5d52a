/**
 * `npm run bench -- pgbench`: pgbench's built-in TPC-B-like script, prepared statements, against
 * evsql and a PostgreSQL 15 started here, alternating, medians of rounds. Both are initialized with
 * pgbench's own `pgbench -i -s SCALE` (client-side COPY), which evsql supports.
 */
import { Args, say } from './cli.js';
import { type Case, type Ratio, alternate, formatTable, medians } from './rounds.js';
import { type System, startEvsql, startPostgres } from './servers.js';
import { mustRun } from './tools.js';
import { Latencies, type LatencySummary, fmt } from './stats.js';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PGBENCH_USAGE = `usage: npm run bench -- pgbench [options]

  --clients LIST        client counts (default 1,4)
  --duration S          seconds per run (default 10)
  --rounds N            alternating rounds; the figure is the median (default 3)
  --scale N             pgbench -i -s N (default 1)
  --mode M              pgbench -M: prepared, extended or simple (default prepared)
  --select-only         pgbench -S (one primary-key read per transaction) instead of TPC-B
  --replicas N --exec ev|sequential   the evsql under test (default 3, ev)
`;

function connArgs(s: System): string[] {
  return ['-h', s.host, '-p', String(s.port), '-U', 'postgres', 'postgres'];
}

export async function pgbenchInit(s: System, scale: number): Promise<void> {
  await mustRun('pgbench', ['-i', '-q', '-s', String(scale), ...connArgs(s)], { timeoutMs: 600_000 });
}

export interface PgbenchResult {
  tps: number;
  latencyMs: number;
  /** Per-transaction latencies from pgbench's log (-l), in ms. */
  latency: LatencySummary;
  processed: number;
  failed: number;
}

/** `selectOnly`: pgbench's built-in select-only script (-S), one primary-key read per transaction. */
export async function pgbenchRun(s: System, o: { clients: number; durationS: number; mode: string; selectOnly?: boolean }, progress: (line: string) => void): Promise<PgbenchResult> {
  // pgbench splits clients evenly over threads; two threads cover the 2-core machine's client side.
  const threads = o.clients % 2 === 0 ? 2 : 1;
  const logs = mkdtempSync(join(tmpdir(), 'evsql-pgbench-log-'));
  const args = [...(o.selectOnly ? ['-S'] : []), '-M', o.mode, '-c', String(o.clients), '-j', String(threads), '-T', String(o.durationS), '-P', '1', '-l', '--log-prefix', join(logs, 'tx'), ...connArgs(s)];
  let r;
  const latencies = new Latencies();
  try {
    r = await mustRun('pgbench', args, { onLine: (l) => l.startsWith('progress:') && progress(l), timeoutMs: (o.durationS + 120) * 1000 });
    // Each line: client_id transaction_no time_us script_no time_epoch time_us_part.
    for (const f of readdirSync(logs)) for (const line of readFileSync(join(logs, f), 'utf8').split('\n')) if (line) latencies.add(Number(line.split(' ')[2]) / 1000);
  } finally {
    rmSync(logs, { recursive: true, force: true });
  }
  const latency = latencies.summary();
  progress(`latency p50 ${fmt(latency.p50, 2)} ms, p99 ${fmt(latency.p99, 2)} ms`);
  const num = (re: RegExp) => Number(re.exec(r.stdout)?.[1] ?? NaN);
  return {
    tps: num(/tps = ([\d.]+) \(without initial connection time\)/),
    latencyMs: num(/latency average = ([\d.]+) ms/),
    latency,
    processed: num(/number of transactions actually processed: (\d+)/),
    failed: num(/number of failed transactions: (\d+)/),
  };
}

export function pgbenchCase(clients: number, durationS: number, mode: string, selectOnly = false): Case {
  return {
    workload: `pgbench ${selectOnly ? '-S ' : ''}${mode}`,
    clients,
    unit: 'tps',
    async run(s, progress) {
      const r = await pgbenchRun(s, { clients, durationS, mode, selectOnly }, progress);
      return { value: r.tps, detail: r };
    },
  };
}

export async function pgbenchCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, {
    clients: { type: 'string' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    scale: { type: 'string' },
    mode: { type: 'string' },
    'select-only': { type: 'boolean' },
    replicas: { type: 'string' },
    exec: { type: 'string' },
  });
  if (args.help) {
    say(PGBENCH_USAGE);
    return 0;
  }
  const clients = args.ints('clients', [1, 4]);
  const durationS = args.int('duration', 10, 1);
  const rounds = args.int('rounds', 3, 1);
  const scale = args.int('scale', 1, 1);
  const mode = args.oneOf('mode', ['prepared', 'extended', 'simple'] as const, 'prepared');
  const replicas = args.int('replicas', 3, 1);
  const exec = args.oneOf('exec', ['ev', 'sequential'] as const, 'ev');
  const selectOnly = args.flag('select-only');
  const systems: System[] = [];
  try {
    systems.push(await startEvsql({ replicas, exec }));
    systems.push(await startPostgres());
    for (const s of systems) {
      say(`${s.name}: pgbench -i -s ${scale}`);
      await pgbenchInit(s, scale);
    }
    const trials = await alternate(systems, clients.map((c) => pgbenchCase(c, durationS, mode, selectOnly)), rounds, say);
    const wanted: Ratio[] = [{ label: 'evsql/PG', of: systems[0]!.name, to: systems[1]!.name }];
    say(`\nmedians of ${rounds} rounds, ${durationS}s each (pgbench${selectOnly ? ' -S' : ''} -M ${mode}, scale ${scale}):`);
    say(formatTable(medians(trials), systems.map((s) => s.name), wanted));
    return 0;
  } finally {
    await Promise.all(systems.map((s) => s.stop()));
  }
}
