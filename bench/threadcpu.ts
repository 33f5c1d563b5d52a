/**
 * `npm run bench -- threadcpu`: CPU time per transaction of each of evsql's threads over a fixed
 * pgbench (or sysbench) run, read from /proc/<pid>/task/<tid>/stat before and after (steadier on a shared
 * machine than throughput). With --bin A,B the builds alternate round by round (A B A B), each on
 * a fresh data directory. Node names none of its threads, so roles are told apart by load: the
 * main thread is the process's own; the writers are the `replicas` busiest of the others (readers
 * are idle under TPC-B; where writers share a thread, `--writer-threads`, the columns past their
 * threads are the busiest other threads); the rest — libuv's pool syncing WALs, V8's platform
 * threads, readers — are summed as "other".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Args, say } from './cli.js';
import { pgbenchInit } from './pgbench.js';
import { sysbenchPrepare, sysbenchTarget } from './sysbench.js';
import { EVSQL_BIN, type System, startEvsql } from './servers.js';
import { mustRun } from './tools.js';

export const THREADCPU_USAGE = `usage: npm run bench -- threadcpu [options]   (Linux: reads /proc)

  --bin LIST            evsql.js builds to compare, comma-separated (default this build's dist/bin/evsql.js);
                        an entry may start with node flags and end with evsql flags:
                        "--max-semi-space-size=32 dist/bin/evsql.js --socket-writer off"
  --rounds N            rounds; each build runs once per round (default 3)
  --clients N           pgbench -c (default 8)
  --transactions N      pgbench -t per client in the measured run (default 300)
  --warmup N            pgbench -t per client before measuring (default 100)
  --scale N             pgbench -i -s N (default 1)
  --mode M              pgbench -M (default prepared)
  --select-only         pgbench -S instead of TPC-B
  --sysbench TEST       sysbench TEST (oltp_read_only, oltp_read_write …) instead of pgbench, on a
                        10,000-row table: --transactions and --warmup count per client as for pgbench
  --replicas N          evsql --replicas (default 3)
  --args "FLAGS"        extra evsql start flags, space-separated
`;

const TICKS_PER_S = 100;

/** CPU seconds (user + system) of every thread of `pid`, by thread id. */
function threadTimes(pid: number): Map<number, number> {
  const times = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue;
    }
    // The command name may hold spaces: the fields after it are counted from its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    times.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S);
  }
  return times;
}

export interface ThreadCpu {
  tps: number;
  transactions: number;
  /** Microseconds of CPU per transaction. */
  total: number;
  main: number;
  writers: number[];
  other: number;
}

function perTransaction(pid: number, before: Map<number, number>, after: Map<number, number>, transactions: number, writers: number): Omit<ThreadCpu, 'tps'> {
  const us = (s: number) => (s * 1e6) / transactions;
  const others: number[] = [];
  let main = 0;
  for (const [tid, t] of after) {
    const d = t - (before.get(tid) ?? 0);
    if (tid === pid) main = d;
    else others.push(d);
  }
  others.sort((a, b) => b - a);
  const w = others.slice(0, writers);
  const rest = others.slice(writers).reduce((a, b) => a + b, 0);
  return { transactions, total: us(main + w.reduce((a, b) => a + b, 0) + rest), main: us(main), writers: w.map(us), other: us(rest) };
}

function pgbenchArgs(s: System): string[] {
  return ['-h', s.host, '-p', String(s.port), '-U', 'postgres', 'postgres'];
}

const SYSBENCH_TABLE_SIZE = 10_000;

interface Workload {
  prepare(s: System): Promise<void>;
  /** Runs `t` transactions per client; how many were processed and at what rate. */
  run(s: System, t: number): Promise<{ processed: number; tps: number }>;
}

function pgbenchWorkload(o: { clients: number; scale: number; mode: string; selectOnly: boolean }): Workload {
  return {
    prepare: (s) => pgbenchInit(s, o.scale),
    async run(s, t) {
      const r = await mustRun('pgbench', [...(o.selectOnly ? ['-S'] : []), '-M', o.mode, '-c', String(o.clients), '-j', o.clients % 2 === 0 ? '2' : '1', '-t', String(t), ...pgbenchArgs(s)], { timeoutMs: 600_000 });
      return {
        processed: Number(/number of transactions actually processed: (\d+)/.exec(r.stdout)?.[1]),
        tps: Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(r.stdout)?.[1]),
      };
    },
  };
}

function sysbenchWorkload(test: string, clients: number): Workload {
  return {
    prepare: (s) => sysbenchPrepare(s, SYSBENCH_TABLE_SIZE),
    async run(s, t) {
      const r = await mustRun('sysbench', [test, ...sysbenchTarget(s, SYSBENCH_TABLE_SIZE), `--threads=${clients}`, `--events=${t * clients}`, '--time=0', 'run'], { timeoutMs: 600_000 });
      const m = /transactions:\s+(\d+)\s+\(([\d.]+) per sec\.\)/.exec(r.stdout);
      return { processed: Number(m?.[1]), tps: Number(m?.[2]) };
    },
  };
}

/** A build to measure: its evsql.js, the node flags to run it with and its own start flags. */
interface Build {
  bin: string;
  nodeArgs: string[];
  args: string[];
}

function build(entry: string): Build {
  const words = entry.trim().split(/\s+/);
  const at = words.findIndex((w) => w.endsWith('.js'));
  if (at < 0) throw new Error(`--bin entry "${entry}" names no evsql.js`);
  return { bin: resolve(words[at]!), nodeArgs: words.slice(0, at), args: words.slice(at + 1) };
}

async function measure(b: Build, workload: Workload, o: { transactions: number; warmup: number; replicas: number; args: string[] }): Promise<ThreadCpu> {
  const s = await startEvsql({ replicas: o.replicas, exec: 'ev', bin: b.bin, nodeArgs: b.nodeArgs, args: [...o.args, ...b.args] });
  try {
    await workload.prepare(s);
    if (o.warmup) await workload.run(s, o.warmup);
    const before = threadTimes(s.pid);
    const { processed, tps } = await workload.run(s, o.transactions);
    const after = threadTimes(s.pid);
    return { tps, ...perTransaction(s.pid, before, after, processed, o.replicas) };
  } finally {
    await s.stop();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const line = (name: string, r: ThreadCpu) =>
  `${name}  ${r.tps.toFixed(0).padStart(5)} tps  all ${r.total.toFixed(0).padStart(5)}  main ${r.main.toFixed(0).padStart(5)}  writers ${r.writers.map((w) => w.toFixed(0).padStart(4)).join(' ')}  other ${r.other.toFixed(0).padStart(5)}  µs/tx`;

export async function threadcpuCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, {
    bin: { type: 'string' },
    rounds: { type: 'string' },
    clients: { type: 'string' },
    transactions: { type: 'string' },
    warmup: { type: 'string' },
    scale: { type: 'string' },
    mode: { type: 'string' },
    'select-only': { type: 'boolean' },
    sysbench: { type: 'string' },
    replicas: { type: 'string' },
    args: { type: 'string' },
  });
  if (args.help) {
    say(THREADCPU_USAGE);
    return 0;
  }
  const bins = (args.string('bin') ?? EVSQL_BIN).split(',').map(build);
  const rounds = args.int('rounds', 3, 1);
  const o = {
    clients: args.int('clients', 8, 1),
    transactions: args.int('transactions', 300, 1),
    warmup: args.int('warmup', 100, 0),
    scale: args.int('scale', 1, 1),
    mode: args.oneOf('mode', ['prepared', 'extended', 'simple'] as const, 'prepared'),
    selectOnly: args.flag('select-only'),
    replicas: args.int('replicas', 3, 1),
    args: (args.string('args') ?? '').split(' ').filter(Boolean),
  };
  const test = args.string('sysbench');
  const workload = test ? sysbenchWorkload(test, o.clients) : pgbenchWorkload(o);
  const results = bins.map((): ThreadCpu[] => []);
  for (let round = 1; round <= rounds; round++) {
    for (const [i, bin] of bins.entries()) {
      const r = await measure(bin, workload, o);
      results[i]!.push(r);
      say(line(`round ${round} ${String.fromCharCode(65 + i)}`, r));
    }
  }
  const what = test ? `sysbench ${test} --threads=${o.clients}, ${o.transactions} per thread, ${SYSBENCH_TABLE_SIZE} rows` : `pgbench${o.selectOnly ? ' -S' : ''} -M ${o.mode} -c ${o.clients} -t ${o.transactions}, scale ${o.scale}`;
  say(`\nmedians of ${rounds} rounds (${what}; CPU µs per transaction):`);
  for (const [i, bin] of bins.entries()) {
    const rs = results[i]!;
    const med: ThreadCpu = {
      tps: median(rs.map((r) => r.tps)),
      transactions: median(rs.map((r) => r.transactions)),
      total: median(rs.map((r) => r.total)),
      main: median(rs.map((r) => r.main)),
      writers: rs[0]!.writers.map((_, w) => median(rs.map((r) => r.writers[w] ?? 0))),
      other: median(rs.map((r) => r.other)),
    };
    say(`${line(String.fromCharCode(65 + i), med)}   ${[...bin.nodeArgs, bin.bin, ...bin.args].join(' ')}`);
  }
  return 0;
}
