/**
 * `npm run bench -- scaling` (run by bench/scaling.sh): EV vs sequential replication by CPU count,
 * the experiment of the Eve paper. For each core count, evsql (3 replicas) is pinned with taskset
 * to cores 0..n-1, once with --exec ev and once with --exec sequential, each on a fresh copy of
 * the same loaded data, under the TPC-C-like driver (which itself is not pinned). Results are
 * written after every run, so a run cut short still leaves what it measured.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Args, say } from './cli.js';
import { machine, stamp } from './compare.js';
import { ROOT, startEvsql } from './servers.js';
import { fmt } from './stats.js';
import { makeTemplate } from './template.js';
import { consistency } from './tpcc/command.js';
import { runTpcc } from './tpcc/driver.js';
import { SCALE_NOTE } from './tpcc/schema.js';

export const SCALING_USAGE = `usage: npm run bench -- scaling [options]   (see bench/scaling.sh)

  --cores LIST        core counts (default 1,2,4,8,16; counts above this machine's are skipped)
  --clients C         TPC-C-like clients (default 16)
  --warehouses W      (default 4)
  --duration S        measured seconds per run (default 20)
  --warmup S          (default 2)
  --budget S          start no run that would end after S seconds from the start (default 450)
  --out DIR           (default bench/results)
`;

interface Run {
  cores: number;
  exec: 'ev' | 'sequential';
  tps: number;
  tpmC: number;
  retries: number;
  failed: number;
  p95Ms: number;
  consistent: boolean;
  wallS: number;
}

export async function scalingCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, {
    cores: { type: 'string' },
    clients: { type: 'string' },
    warehouses: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    budget: { type: 'string' },
    out: { type: 'string' },
  });
  if (args.help) {
    say(SCALING_USAGE);
    return 0;
  }
  const t0 = performance.now();
  const elapsed = () => (performance.now() - t0) / 1000;
  const available = availableParallelism();
  const wanted = args.ints('cores', [1, 2, 4, 8, 16]);
  const cores = wanted.filter((n) => n <= available);
  const skipped = wanted.filter((n) => n > available);
  const clients = args.int('clients', 16, 1);
  const warehouses = args.int('warehouses', 4, 1);
  const durationS = args.number('duration', 20, 1);
  const warmupS = args.number('warmup', 2, 0);
  const budgetS = args.number('budget', 450, 1);
  const outDir = args.string('out', join(ROOT, 'bench/results'));
  if (skipped.length) say(`skipping core counts above the ${available} available: ${skipped.join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `scaling-${stamp()}.json`);
  const runs: Run[] = [];
  const notes: string[] = skipped.length ? [`skipped core counts above ${available}: ${skipped.join(', ')}`] : [];
  const host = machine();
  const save = () =>
    writeFileSync(
      file,
      `${JSON.stringify({ command: `npm run bench -- scaling ${argv.join(' ')}`.trim(), machine: { ...host, loadAverageNow: loadavg() }, settings: { cores, clients, warehouses, durationS, warmupS, scale: SCALE_NOTE, replicas: 3 }, runs, notes }, null, 2)}\n`,
    );

  const template = await makeTemplate({ warehouses, say });
  try {
    // A run's cost beyond its measured time: start (rehashing the loaded rows), drain, stop.
    let overheadS = 10;
    outer: for (const n of cores) {
      for (const exec of ['ev', 'sequential'] as const) {
        if (elapsed() + warmupS + durationS + overheadS > budgetS) {
          notes.push(`stopped before ${n} cores (${exec}): the ${budgetS}s budget would be exceeded`);
          say(notes.at(-1)!);
          break outer;
        }
        const started = performance.now();
        const dataDir = template.clone();
        const cpus = n === 1 ? '0' : `0-${n - 1}`;
        say(`\n${n} core(s) (taskset -c ${cpus}), --exec ${exec}: ${clients} clients, W=${warehouses}, ${warmupS}s + ${durationS}s`);
        const server = await startEvsql({ replicas: 3, exec, cpus, dataDir });
        try {
          const r = await runTpcc({ config: server.config(), warehouses, clients, durationS, warmupS, progress: say });
          for (const e of r.errors) say(`  error: ${e}`);
          const consistent = (await consistency(server.config())).every((c) => c.pass);
          const wallS = (performance.now() - started) / 1000;
          runs.push({ cores: n, exec, tps: r.tps, tpmC: r.tpmC, retries: r.retries, failed: r.failed, p95Ms: r.latencyMs.p95, consistent, wallS });
          say(`  => ${fmt(r.tps)} tx/s, tpmC-ish ${fmt(r.tpmC)}, p95 ${fmt(r.latencyMs.p95)} ms, retries ${r.retries}, failed ${r.failed}, consistency ${consistent ? 'pass' : 'FAIL'}`);
        } finally {
          await server.stop();
          rmSync(dataDir, { recursive: true, force: true });
        }
        overheadS = Math.max(overheadS, (performance.now() - started) / 1000 - warmupS - durationS);
        save();
      }
    }
  } finally {
    template.remove();
  }
  save();
  say(`\nEV vs sequential by cores (evsql, 3 replicas; TPC-C-like, ${clients} clients, W=${warehouses}, ${durationS}s per run):`);
  say(`  ${'cores'.padStart(5)} ${'ev tx/s'.padStart(9)} ${'seq tx/s'.padStart(9)} ${'EV/seq'.padStart(7)}`);
  for (const n of cores) {
    const ev = runs.find((r) => r.cores === n && r.exec === 'ev');
    const seq = runs.find((r) => r.cores === n && r.exec === 'sequential');
    if (!ev && !seq) continue;
    const ratio = ev && seq ? `${(ev.tps / seq.tps).toFixed(2)}x` : '-';
    say(`  ${String(n).padStart(5)} ${fmt(ev?.tps ?? NaN).padStart(9)} ${fmt(seq?.tps ?? NaN).padStart(9)} ${ratio.padStart(7)}`);
  }
  say(`\nwrote ${file} (${elapsed().toFixed(0)}s in all)`);
  return runs.every((r) => r.consistent && r.tps > 0) ? 0 : 1;
}
