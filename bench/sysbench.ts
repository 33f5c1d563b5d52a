/**
 * `npm run bench -- sysbench`: sysbench 1.0's oltp_point_select and oltp_read_write (pgsql driver)
 * against evsql and a PostgreSQL 15 started here, alternating, medians of rounds. One table,
 * prepared once per system with `sysbench oltp_read_write prepare`.
 */
import { Args, say } from './cli.js';
import { type Case, type Ratio, alternate, formatTable, medians } from './rounds.js';
import { type System, startEvsql, startPostgres } from './servers.js';
import { mustRun } from './tools.js';

export const SYSBENCH_USAGE = `usage: npm run bench -- sysbench [options]

  --tests LIST          sysbench tests (default oltp_point_select,oltp_read_write)
  --threads N           sysbench threads (default 4)
  --duration S          seconds per run (default 10)
  --rounds N            alternating rounds; the figure is the median (default 3)
  --table-size N        rows in sbtest1 (default 10000)
  --replicas N --exec ev|sequential   the evsql under test (default 3, ev)
`;

/** sysbench's options that reach the server `s` and size its one table. */
export function sysbenchTarget(s: System, tableSize: number): string[] {
  return ['--db-driver=pgsql', `--pgsql-host=${s.host}`, `--pgsql-port=${s.port}`, '--pgsql-user=postgres', '--pgsql-db=postgres', '--tables=1', `--table-size=${tableSize}`];
}

export async function sysbenchPrepare(s: System, tableSize: number): Promise<void> {
  await mustRun('sysbench', ['oltp_read_write', ...sysbenchTarget(s, tableSize), 'prepare'], { timeoutMs: 600_000 });
}

export function sysbenchCase(test: string, threads: number, durationS: number, tableSize: number): Case {
  return {
    workload: `sysbench ${test}`,
    clients: threads,
    unit: 'tps',
    async run(s, progress) {
      const args = [test, ...sysbenchTarget(s, tableSize), `--threads=${threads}`, `--time=${durationS}`, '--report-interval=1', 'run'];
      const r = await mustRun('sysbench', args, { onLine: (l) => l.startsWith('[') && progress(l), timeoutMs: (durationS + 120) * 1000 });
      const m = (re: RegExp) => Number(re.exec(r.stdout)?.[1] ?? NaN);
      const detail = {
        tps: m(/transactions:\s+\d+\s+\(([\d.]+) per sec\.\)/),
        qps: m(/queries:\s+\d+\s+\(([\d.]+) per sec\.\)/),
        latencyP95Ms: m(/95th percentile:\s+([\d.]+)/),
        ignoredErrors: m(/ignored errors:\s+(\d+)/),
      };
      return { value: detail.tps, detail };
    },
  };
}

export async function sysbenchCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, {
    tests: { type: 'string' },
    threads: { type: 'string' },
    duration: { type: 'string' },
    rounds: { type: 'string' },
    'table-size': { type: 'string' },
    replicas: { type: 'string' },
    exec: { type: 'string' },
  });
  if (args.help) {
    say(SYSBENCH_USAGE);
    return 0;
  }
  const tests = args.string('tests', 'oltp_point_select,oltp_read_write').split(',');
  const threads = args.int('threads', 4, 1);
  const durationS = args.int('duration', 10, 1);
  const rounds = args.int('rounds', 3, 1);
  const tableSize = args.int('table-size', 10_000, 1);
  const replicas = args.int('replicas', 3, 1);
  const exec = args.oneOf('exec', ['ev', 'sequential'] as const, 'ev');
  const systems: System[] = [];
  try {
    systems.push(await startEvsql({ replicas, exec }));
    systems.push(await startPostgres());
    for (const s of systems) {
      say(`${s.name}: sysbench prepare (1 table, ${tableSize} rows)`);
      await sysbenchPrepare(s, tableSize);
    }
    const trials = await alternate(systems, tests.map((t) => sysbenchCase(t, threads, durationS, tableSize)), rounds, say);
    const wanted: Ratio[] = [{ label: 'evsql/PG', of: systems[0]!.name, to: systems[1]!.name }];
    say(`\nmedians of ${rounds} rounds, ${durationS}s each (sysbench, ${threads} threads, transactions/s):`);
    say(formatTable(medians(trials), systems.map((s) => s.name), wanted));
    return 0;
  } finally {
    await Promise.all(systems.map((s) => s.stop()));
  }
}
