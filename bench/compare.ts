/**
 * `npm run bench -- compare`: evsql with --exec ev and --exec sequential (3 replicas), evsql with
 * one replica, and PostgreSQL 15, in one run, alternating, on the TPC-C-like workload at several
 * client counts and on pgbench. Prints medians and ratios, writes JSON and an SVG chart under
 * bench/results/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { barChart, type Panel } from './chart.js';
import { Args, UsageError, say } from './cli.js';
import { pgbenchCase, pgbenchInit } from './pgbench.js';
import { type Case, type Median, type Ratio, alternate, formatTable, medians, ratios } from './rounds.js';
import { ROOT, type System, evsqlName, startEvsql, startPostgres } from './servers.js';
import { makeTemplate } from './template.js';
import { consistency, evsqlStats, formatChecks, loadTpcc } from './tpcc/command.js';
import { runTpcc } from './tpcc/driver.js';
import { SCALE_NOTE } from './tpcc/schema.js';

export const COMPARE_USAGE = `usage: npm run bench -- compare [options]

  --clients LIST          TPC-C-like client counts (default 1,4,8)
  --duration S            measured seconds per run (default 4)
  --warmup S              seconds before measuring, per run (default 1)
  --rounds N              alternating rounds; figures are medians (default 3)
  --warehouses W          TPC-C-like warehouses (default 2)
  --pgbench-clients LIST  pgbench -M prepared client counts; 0 for none (default 4)
  --systems LIST          of ev, sequential, one, postgres (default all four)
  --out DIR               where the JSON and SVG go (default bench/results)
`;

const SYSTEM_KINDS = ['ev', 'sequential', 'one', 'postgres'] as const;
type Kind = (typeof SYSTEM_KINDS)[number];

const TPCC = 'TPC-C-like';

export function machine() {
  const c = cpus();
  return { cpus: c.length, cpuModel: c[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, kernel: release(), loadAverage: loadavg() };
}

export function stamp(): string {
  return new Date().toISOString().replace(/:/g, '-').replace(/\..*/, '');
}

function tpccCase(clients: number, warehouses: number, durationS: number, warmupS: number): Case {
  return {
    workload: TPCC,
    clients,
    unit: 'tx/s',
    async run(s, progress) {
      const r = await runTpcc({ config: s.config(), warehouses, clients, durationS, warmupS, progress });
      for (const e of r.errors) progress(`error: ${e}`);
      return { value: r.tps, detail: { tpmC: r.tpmC, retries: r.retries, failed: r.failed, latencyMs: r.latencyMs, byType: r.byType } };
    },
  };
}

export async function compareCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, {
    clients: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    rounds: { type: 'string' },
    warehouses: { type: 'string' },
    'pgbench-clients': { type: 'string' },
    systems: { type: 'string' },
    out: { type: 'string' },
  });
  if (args.help) {
    say(COMPARE_USAGE);
    return 0;
  }
  const clients = args.ints('clients', [1, 4, 8]);
  const durationS = args.number('duration', 4, 1);
  const warmupS = args.number('warmup', 1, 0);
  const rounds = args.int('rounds', 3, 1);
  const warehouses = args.int('warehouses', 2, 1);
  const pgbenchRaw = args.string('pgbench-clients', '4');
  const pgbenchClients = pgbenchRaw === '0' ? [] : args.ints('pgbench-clients', [4]);
  const kinds = args.string('systems', SYSTEM_KINDS.join(',')).split(',') as Kind[];
  for (const k of kinds) if (!SYSTEM_KINDS.includes(k)) throw new UsageError(`--systems: unknown system "${k}" (use ${SYSTEM_KINDS.join(', ')})`);
  const outDir = args.string('out', join(ROOT, 'bench/results'));
  const pgbenchScale = pgbenchClients.length ? 1 : 0;
  const started = new Date();
  // The machine is shared on some hosts: the load average before and after tells how quiet it was.
  const host = machine();

  const systems: System[] = [];
  const dataDirs: string[] = [];
  const evsqlKinds = kinds.filter((k) => k !== 'postgres');
  const template = evsqlKinds.length ? await makeTemplate({ warehouses, pgbenchScale, say }) : null;
  try {
    for (const k of kinds) {
      if (k === 'postgres') {
        const pg = await startPostgres();
        systems.push(pg);
        say(`${pg.name}: loading the TPC-C-like tables (${warehouses} warehouse(s))`);
        say(`  loaded in ${(await loadTpcc(pg.config(), warehouses)).toFixed(1)}s`);
        if (pgbenchScale) await pgbenchInit(pg, pgbenchScale);
        continue;
      }
      const o = k === 'one' ? { replicas: 1, exec: 'ev' as const } : { replicas: 3, exec: k };
      const dataDir = template!.clone();
      dataDirs.push(dataDir);
      systems.push(await startEvsql({ ...o, dataDir }));
      say(`${evsqlName(o)}: started on a copy of the loaded data`);
    }
    const cases: Case[] = [
      ...clients.map((c) => tpccCase(c, warehouses, durationS, warmupS)),
      ...pgbenchClients.map((c) => pgbenchCase(c, durationS, 'prepared')),
    ];
    const names = systems.map((s) => s.name);
    const approxS = rounds * cases.length * systems.length * (durationS + warmupS + 1);
    say(`\n${systems.length} systems x ${cases.length} cases x ${rounds} rounds, about ${Math.round(approxS / 60)} min`);
    const trials = await alternate(systems, cases, rounds, say);

    const checks: Record<string, unknown> = {};
    const stats: Record<string, unknown> = {};
    let allPass = true;
    for (const s of systems) {
      const c = await consistency(s.config());
      checks[s.name] = c;
      allPass &&= c.every((x) => x.pass);
      say(`${s.name}: TPC-C consistency after the run\n${formatChecks(c)}`);
      const st = await evsqlStats(s.config());
      if (st) stats[s.name] = st;
    }

    const wanted: Ratio[] = [];
    const has = (k: Kind) => kinds.includes(k);
    const nameOf = (k: Kind) => systems[kinds.indexOf(k)]!.name;
    if (has('ev') && has('sequential')) wanted.push({ label: 'EV/seq', of: nameOf('ev'), to: nameOf('sequential') });
    if (has('ev') && has('postgres')) wanted.push({ label: 'evsql/PG', of: nameOf('ev'), to: nameOf('postgres') });
    if (has('one') && has('postgres')) wanted.push({ label: '1-replica/PG', of: nameOf('one'), to: nameOf('postgres') });
    const meds = medians(trials);
    say(`\nmedians of ${rounds} rounds, ${durationS}s each; ${TPCC}: ${warehouses} warehouse(s), ${SCALE_NOTE}; pgbench -M prepared, scale 1`);
    say(formatTable(meds, names, wanted));

    mkdirSync(outDir, { recursive: true });
    const base = join(outDir, stamp());
    const doc = {
      command: `npm run bench -- compare ${argv.join(' ')}`.trim(),
      started: started.toISOString(),
      finished: new Date().toISOString(),
      machine: { ...host, loadAverageEnd: loadavg() },
      settings: { clients, durationS, warmupS, rounds, warehouses, pgbenchClients, scale: SCALE_NOTE, templateLoadSeconds: template?.loadSeconds },
      systems: names,
      medians: meds,
      ratios: ratios(meds, wanted),
      trials,
      consistency: checks,
      evsqlStats: stats,
    };
    writeFileSync(`${base}.json`, `${JSON.stringify(doc, null, 2)}\n`);
    writeFileSync(`${base}.svg`, barChart(`evsql vs PostgreSQL 15: medians of ${rounds} rounds (${host.cpus} CPUs)`, panels(meds), names));
    say(`\nwrote ${base}.json and ${base}.svg`);
    return allPass ? 0 : 1;
  } finally {
    await Promise.all(systems.map((s) => s.stop()));
    for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
    template?.remove();
  }
}

function panels(meds: Median[]): Panel[] {
  const workloads = [...new Set(meds.map((m) => m.workload))];
  return workloads.map((w) => {
    const mine = meds.filter((m) => m.workload === w);
    const counts = [...new Set(mine.map((m) => m.clients))].sort((a, b) => a - b);
    return {
      title: w,
      unit: mine[0]!.unit,
      groups: counts.map((c) => ({ label: `${c} client${c === 1 ? '' : 's'}`, bars: mine.filter((m) => m.clients === c).map((m) => ({ series: m.system, value: m.median })) })),
    };
  });
}
