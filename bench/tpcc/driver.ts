/**
 * The TPC-C-like driver: C clients, each with its own connection and home warehouse, run the
 * standard mix back to back (no keying or think time) for a fixed time. Serialization failures,
 * deadlocks and lock timeouts are retried as a real client would, with the same inputs; each
 * transaction's latency runs from its first attempt to its end.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Latencies, type LatencySummary, fmt } from '../stats.js';
import { Random } from './random.js';
import { Db, type Outcome, Terminal, TX_TYPES, type TxType, WorkloadError } from './transactions.js';

/** serialization_failure, deadlock_detected, lock_not_available. */
const RETRYABLE = new Set(['40001', '40P01', '55P03']);
const MAX_ATTEMPTS = 10;
/** After the deadline, transactions still running get this long to end before their connections are closed. */
const DRAIN_MS = 15_000;

export interface DriverOptions {
  config: pg.ClientConfig;
  warehouses: number;
  clients: number;
  durationS: number;
  /** Seconds run before measuring starts. */
  warmupS?: number;
  seed?: number;
  /** Called about once a second with a progress line. */
  progress?: (line: string) => void;
}

export interface TypeResult {
  committed: number;
  /** New-orders rolled back by design (the 1% with an unused item). */
  rolledBack: number;
  retries: number;
  failed: number;
  perSecond: number;
  latencyMs: LatencySummary;
}

export interface TpccResult {
  warehouses: number;
  clients: number;
  seconds: number;
  /** Committed transactions of all types per second. */
  tps: number;
  /** New-order transactions completed (committed or rolled back by design) per minute. */
  tpmC: number;
  committed: number;
  retries: number;
  failed: number;
  latencyMs: LatencySummary;
  byType: Record<TxType, TypeResult>;
  /** A few distinct errors that were not retried, for the report. */
  errors: string[];
}

interface Tally {
  committed: number;
  rolledBack: number;
  retries: number;
  failed: number;
  latencies: Latencies;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runTpcc(opts: DriverOptions): Promise<TpccResult> {
  const tallies = Object.fromEntries(TX_TYPES.map((t) => [t, { committed: 0, rolledBack: 0, retries: 0, failed: 0, latencies: new Latencies() }])) as Record<TxType, Tally>;
  const all = new Latencies();
  const errors = new Map<string, number>();
  const clients: pg.Client[] = [];
  try {
    for (let i = 0; i < opts.clients; i++) {
      const c = new pg.Client(opts.config);
      // A connection lost mid-run surfaces as a failed query; this keeps the 'error' event from crashing the process.
      c.on('error', () => undefined);
      await c.connect();
      clients.push(c);
    }
    const start = performance.now();
    const measureFrom = start + (opts.warmupS ?? 0) * 1000;
    const deadline = measureFrom + opts.durationS * 1000;
    let window = { done: 0, newOrders: 0, latencies: new Latencies() };
    let stopped = false;
    let retries = 0;
    let failed = 0;

    const clientLoop = async (i: number): Promise<void> => {
      const db = new Db(clients[i]!);
      const terminal = new Terminal(new Random((opts.seed ?? 1) * 1_000_003 + i * 7919), (i % opts.warehouses) + 1, opts.warehouses);
      while (!stopped) {
        const tx = terminal.next();
        const t0 = performance.now();
        // 'abandoned': a retryable error after the deadline, which a real client would retry later.
        let outcome: Outcome | 'failed' | 'abandoned' = 'failed';
        let lost = false;
        let retried = 0;
        for (let attempt = 1; ; attempt++) {
          try {
            outcome = await tx.run(db);
            break;
          } catch (err) {
            const code = (err as { code?: string }).code;
            // No SQLSTATE and not the workload's own complaint: the connection is gone.
            if (code === undefined && !(err instanceof WorkloadError)) {
              noteError(errors, `${tx.type}: connection lost: ${(err as Error).message}`);
              lost = true;
              break;
            }
            await db.rows('ROLLBACK').catch(() => undefined);
            if (code && RETRYABLE.has(code) && stopped) {
              outcome = 'abandoned';
              break;
            }
            if (code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
              retried++;
              retries++;
              // A little jitter, growing with attempts, so that two deadlock victims do not collide again at once.
              await sleep(Math.random() * Math.min(32, 2 ** attempt));
              continue;
            }
            noteError(errors, `${tx.type}: ${code ?? ''} ${(err as Error).message}`);
            break;
          }
        }
        const t1 = performance.now();
        const tally = tallies[tx.type];
        if (outcome === 'failed') {
          // Failures count whenever they happen: a run must not look clean because they fell in the warmup.
          tally.failed++;
          failed++;
          if (lost) return;
          continue;
        }
        if (outcome === 'abandoned') continue;
        window.done++;
        if (tx.type === 'new_order') window.newOrders++;
        window.latencies.add(t1 - t0);
        if (t0 < measureFrom || t1 > deadline) continue;
        tally.retries += retried;
        if (outcome === 'commit') tally.committed++;
        else tally.rolledBack++;
        tally.latencies.add(t1 - t0);
        all.add(t1 - t0);
      }
    };

    const ticker = setInterval(() => {
      const now = performance.now();
      const w = window;
      window = { done: 0, newOrders: 0, latencies: new Latencies() };
      const s = w.latencies.summary();
      const phase = now < measureFrom ? 'warmup' : `${Math.round((now - measureFrom) / 1000)}/${opts.durationS}s`;
      opts.progress?.(`  [${phase}] ${w.done} tx/s (new-order ${w.newOrders}/s)  p50 ${fmt(s.p50)} ms  p95 ${fmt(s.p95)} ms  retries ${retries}  failed ${failed}`);
    }, 1000);
    const loops = clients.map((_, i) => clientLoop(i));
    await sleep(Math.max(0, deadline - performance.now()));
    stopped = true;
    clearInterval(ticker);
    const drained = await Promise.race([Promise.all(loops).then(() => true), sleep(DRAIN_MS).then(() => false)]);
    if (!drained) noteError(errors, `transactions still running ${DRAIN_MS / 1000}s after the end; their connections were closed`);

    const seconds = opts.durationS;
    const byType = Object.fromEntries(
      TX_TYPES.map((t) => {
        const x = tallies[t];
        return [t, { committed: x.committed, rolledBack: x.rolledBack, retries: x.retries, failed: x.failed, perSecond: x.committed / seconds, latencyMs: x.latencies.summary() }];
      }),
    ) as Record<TxType, TypeResult>;
    const committed = TX_TYPES.reduce((n, t) => n + tallies[t].committed, 0);
    return {
      warehouses: opts.warehouses,
      clients: opts.clients,
      seconds,
      tps: committed / seconds,
      tpmC: ((tallies.new_order.committed + tallies.new_order.rolledBack) * 60) / seconds,
      committed,
      retries: TX_TYPES.reduce((n, t) => n + tallies[t].retries, 0),
      failed: TX_TYPES.reduce((n, t) => n + tallies[t].failed, 0),
      latencyMs: all.summary(),
      byType,
      errors: [...errors].map(([m, n]) => (n > 1 ? `${m} (x${n})` : m)),
    };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

function noteError(errors: Map<string, number>, message: string): void {
  if (errors.has(message) || errors.size < 10) errors.set(message, (errors.get(message) ?? 0) + 1);
}

/** The run's figures as a table: transactions by type, then the totals. */
export function formatTpcc(r: TpccResult): string {
  const head = `  ${'transaction'.padEnd(13)} ${'commits/s'.padStart(10)} ${'rolled back'.padStart(11)} ${'retries'.padStart(8)} ${'failed'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`;
  const row = (name: string, x: { perSecond: number; rolledBack: number; retries: number; failed: number; latencyMs: LatencySummary }) =>
    `  ${name.padEnd(13)} ${fmt(x.perSecond).padStart(10)} ${String(x.rolledBack).padStart(11)} ${String(x.retries).padStart(8)} ${String(x.failed).padStart(7)} ${fmt(x.latencyMs.p50).padStart(8)} ${fmt(x.latencyMs.p95).padStart(8)} ${fmt(x.latencyMs.p99).padStart(8)} ${fmt(x.latencyMs.max).padStart(8)}`;
  const lines = [head, ...TX_TYPES.map((t) => row(t, r.byType[t]))];
  lines.push(row('all', { perSecond: r.tps, rolledBack: r.byType.new_order.rolledBack, retries: r.retries, failed: r.failed, latencyMs: r.latencyMs }));
  lines.push(`  tpmC-ish: ${fmt(r.tpmC)} new-orders/min   throughput: ${fmt(r.tps)} tx/s   (${r.warehouses} warehouses, ${r.clients} clients, ${r.seconds}s measured)`);
  for (const e of r.errors) lines.push(`  error: ${e}`);
  return lines.join('\n');
}
