/**
 * `npm run bench -- profile`: a CPU profile of evsql under pgbench, summarized. The server is
 * started with `node --cpu-prof`, which writes one .cpuprofile per thread (main thread, and each
 * replica's writer and readers) when it exits; self time is then grouped by layer of the request
 * path and divided by the transactions pgbench completed.
 *
 * `--summarize DIR` summarizes profiles taken by hand, e.g. with
 *   node --cpu-prof --cpu-prof-dir=DIR dist/bin/evsql.js start ...
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Args, say } from './cli.js';
import { pgbenchInit, pgbenchRun } from './pgbench.js';
import { startEvsql } from './servers.js';

export const PROFILE_USAGE = `usage: npm run bench -- profile [options]

  --duration S      pgbench run time (default 10)
  --clients C       pgbench clients (default 4)
  --mode M          pgbench -M (default prepared)
  --select-only     pgbench -S (a primary-key read per transaction) instead of TPC-B
  --replicas N --exec ev|sequential   (default 3, ev)
  --keep DIR        write the .cpuprofile files to DIR and keep them
  --summarize DIR   only summarize the .cpuprofile files in DIR
  --top N           functions listed (default 25)
`;

interface CpuProfile {
  /** Microseconds on the monotonic clock, the one process.hrtime reads in every process. */
  startTime: number;
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** The layer a function belongs to, from where its code lives. */
export function layerOf(url: string, fn: string): string {
  if (fn === '(idle)') return 'idle';
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(program)') return 'V8 / native (unattributed)';
  const m = /\/dist\/([^/]+)\/(?:([^/]+)\/)?/.exec(url);
  // better-sqlite3 runs a statement in native code without a frame of its own: its time is the
  // self time of the JS function that called run()/all(), the worker's step loop.
  if (m?.[1] === 'executor' && (fn === 'runSteps' || fn === 'runItem')) return 'SQLite (better-sqlite3)';
  if (m) {
    if (m[1] === 'dialect') return m[2] === 'translate' ? 'dialect: SQL translation' : 'dialect: catalog and SQL functions';
    return { wire: 'wire: protocol, session', pg: 'pg: types, values', mixer: 'mixer: keys, batches, locks', cluster: 'cluster: pipeline, sessions', executor: 'executor: worker JS (capture, hash)', verifier: 'verifier', bin: 'startup' }[m[1]!] ?? m[1]!;
  }
  if (url.includes('better-sqlite3')) return 'SQLite (better-sqlite3)';
  if (url.includes('libpg-query')) return 'dialect: SQL translation';
  if (url.includes('xxhash')) return 'executor: worker JS (capture, hash)';
  if (url.includes('node_modules/pino') || url.includes('sonic-boom')) return 'logging';
  if (url.startsWith('node:') || url === '') {
    // Native methods have no url: the thread-messaging and socket ones say what they are.
    if (/postMessage|messageport|worker/i.test(fn + url)) return 'thread messaging';
    if (/net|stream|tcp|socket|write|read/i.test(fn + url) || /^(writev|writeBuffer|writeUtf8String|onStreamRead)$/.test(fn)) return 'sockets / streams';
    if (url === '' && /^(all|run|get|iterate|exec|prepare|pragma|raw|columns|bind)$/.test(fn)) return 'SQLite (better-sqlite3)';
    return 'node runtime (other)';
  }
  return 'other';
}

interface ThreadSummary {
  file: string;
  role: string;
  totalMs: number;
  idleMs: number;
  self: Map<string, { ms: number; layer: string }>;
}

/** Only samples taken within `window` (monotonic microseconds) count, when given. */
function summarizeFile(path: string, window?: [number, number]): ThreadSummary {
  const p = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { ms: number; layer: string }>();
  let totalMs = 0;
  let idleMs = 0;
  let writer = false;
  for (const n of p.nodes) if (n.callFrame.functionName === 'runBatch') writer = true;
  let at = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    at += p.timeDeltas[i] ?? 0;
    if (window && (at < window[0] || at > window[1])) continue;
    const node = byId.get(p.samples[i]!);
    if (!node) continue;
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const layer = layerOf(url, functionName);
    if (layer === 'idle') {
      idleMs += ms;
      continue;
    }
    const where = url ? `${url.replace(/^.*\/(dist|node_modules)\//, '$1/')}:${lineNumber + 1}` : '(native)';
    const key = `${functionName || '(anonymous)'} ${where}`;
    const e = self.get(key);
    if (e) e.ms += ms;
    else self.set(key, { ms, layer });
  }
  const thread = /\.(\d+)\.\d+\.cpuprofile$/.exec(path)?.[1];
  const role = thread === '0' ? 'main' : writer ? 'writer' : 'reader';
  return { file: path, role, totalMs, idleMs, self };
}

export function summarizeProfiles(dir: string, o: { transactions?: number; top: number; window?: [number, number] }): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  if (!files.length) return `no .cpuprofile files in ${dir}`;
  const threads = files.map((f) => summarizeFile(f, o.window));
  const lines: string[] = [];
  const busy = (t: ThreadSummary) => t.totalMs - t.idleMs;
  lines.push('threads (busy = sampled time not idle):');
  for (const role of ['main', 'writer', 'reader']) {
    const ts = threads.filter((t) => t.role === role);
    if (!ts.length) continue;
    const b = ts.reduce((s, t) => s + busy(t), 0);
    const total = ts.reduce((s, t) => s + t.totalMs, 0);
    const perTx = o.transactions ? `, ${((b * 1000) / o.transactions).toFixed(1)} us per transaction` : '';
    lines.push(`  ${role.padEnd(7)} x${ts.length}: busy ${b.toFixed(0)} ms of ${total.toFixed(0)} ms sampled (${((100 * b) / total).toFixed(0)}%)${perTx}`);
  }
  const layers = new Map<string, number>();
  const funcs = new Map<string, { ms: number; layer: string; roles: Set<string> }>();
  for (const t of threads) {
    for (const [k, v] of t.self) {
      layers.set(v.layer, (layers.get(v.layer) ?? 0) + v.ms);
      const f = funcs.get(k);
      if (f) {
        f.ms += v.ms;
        f.roles.add(t.role);
      } else funcs.set(k, { ms: v.ms, layer: v.layer, roles: new Set([t.role]) });
    }
  }
  const allBusy = [...layers.values()].reduce((a, b) => a + b, 0);
  const per = o.transactions ? ` ${'us/tx'.padStart(8)}` : '';
  lines.push(`\nself time by layer, all threads (${allBusy.toFixed(0)} ms busy${o.transactions ? `, ${o.transactions} pgbench transactions` : ''}):`);
  lines.push(`  ${'layer'.padEnd(40)} ${'ms'.padStart(8)} ${'share'.padStart(6)}${per}`);
  for (const [layer, ms] of [...layers].sort((a, b) => b[1] - a[1])) {
    const perTx = o.transactions ? ` ${((ms * 1000) / o.transactions).toFixed(0).padStart(8)}` : '';
    lines.push(`  ${layer.padEnd(40)} ${ms.toFixed(0).padStart(8)} ${((100 * ms) / allBusy).toFixed(1).padStart(5)}%${perTx}`);
  }
  lines.push(`\ntop ${o.top} functions by self time:`);
  for (const [k, v] of [...funcs].sort((a, b) => b[1].ms - a[1].ms).slice(0, o.top)) {
    lines.push(`  ${v.ms.toFixed(0).padStart(7)} ms ${((100 * v.ms) / allBusy).toFixed(1).padStart(5)}%  ${k}  [${v.layer}; ${[...v.roles].join(',')}]`);
  }
  return lines.join('\n');
}

export async function profileCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, {
    duration: { type: 'string' },
    clients: { type: 'string' },
    mode: { type: 'string' },
    'select-only': { type: 'boolean' },
    replicas: { type: 'string' },
    exec: { type: 'string' },
    keep: { type: 'string' },
    summarize: { type: 'string' },
    top: { type: 'string' },
  });
  if (args.help) {
    say(PROFILE_USAGE);
    return 0;
  }
  const top = args.int('top', 25, 1);
  const only = args.string('summarize');
  if (only) {
    say(summarizeProfiles(only, { top }));
    return 0;
  }
  const durationS = args.int('duration', 10, 1);
  const clients = args.int('clients', 4, 1);
  const mode = args.oneOf('mode', ['prepared', 'extended', 'simple'] as const, 'prepared');
  const replicas = args.int('replicas', 3, 1);
  const exec = args.oneOf('exec', ['ev', 'sequential'] as const, 'ev');
  const selectOnly = args.flag('select-only');
  const keep = args.string('keep');
  const profDir = keep ?? mkdtempSync(join(tmpdir(), 'evsql-bench-prof-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'evsql-bench-data-'));
  try {
    // Initialize without the profiler, so the profile holds the pgbench run and little else.
    const init = await startEvsql({ replicas, exec, dataDir });
    try {
      say('pgbench -i -s 1 (not profiled)');
      await pgbenchInit(init, 1);
    } finally {
      await init.stop();
    }
    const server = await startEvsql({ replicas, exec, dataDir, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`] });
    let transactions: number;
    let window: [number, number];
    try {
      say(`profiling ${server.name} under pgbench${selectOnly ? ' -S' : ''} -M ${mode} -c ${clients} for ${durationS}s`);
      // Startup (module loading, hashing the loaded rows) is left out: only the run's samples count.
      const from = Number(process.hrtime.bigint() / 1000n);
      const r = await pgbenchRun(server, { clients, durationS, mode, selectOnly }, (l) => say(`  ${l}`));
      window = [from, Number(process.hrtime.bigint() / 1000n)];
      transactions = r.processed;
      say(`  ${r.tps.toFixed(0)} tps, ${r.processed} transactions`);
    } finally {
      await server.stop();
    }
    say(`\nsamples taken during the pgbench run only`);
    say(`${summarizeProfiles(profDir, { transactions, top, window })}`);
    if (keep) say(`\nprofiles kept in ${keep} (open them in Chrome DevTools > Performance, or speedscope)`);
    return 0;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (!keep) rmSync(profDir, { recursive: true, force: true });
  }
}
