/**
 * `npm run bench -- tpcc`: load and run the TPC-C-like workload against a server given by
 * --host/--port, or against an evsql it starts itself; then check consistency.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { Args, say } from '../cli.js';
import { type System, startEvsql } from '../servers.js';
import { checkConsistency, type CheckResult } from './check.js';
import { formatTpcc, runTpcc, type TpccResult } from './driver.js';
import { createSchema, loadData } from './load.js';
import { SCALE_NOTE } from './schema.js';

export const TPCC_USAGE = `usage: npm run bench -- tpcc [options]

  --warehouses W        warehouses to load and use (default 1)
  --clients C           concurrent clients, each with its own connection (default 4)
  --duration S          measured seconds (default 10)
  --warmup S            seconds run before measuring (default 1)
  --host H --port P     the server under test (any PostgreSQL or evsql); without --port an
                        evsql is started on a temporary data directory and stopped afterwards
  --user U --database D (default postgres / postgres; PGPASSWORD is honoured)
  --replicas N --exec ev|sequential   the evsql started when no --port is given (default 3, ev)
  --load-only           create and load the tables, then stop
  --no-load             use the tables already loaded
  --seed N              input seed (default 1)
`;

export const TPCC_FLAGS = {
  warehouses: { type: 'string' },
  clients: { type: 'string' },
  duration: { type: 'string' },
  warmup: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  user: { type: 'string' },
  database: { type: 'string' },
  replicas: { type: 'string' },
  exec: { type: 'string' },
  'load-only': { type: 'boolean' },
  'no-load': { type: 'boolean' },
  seed: { type: 'string' },
} as const;

/** Creates the schema and loads `warehouses`; returns the seconds it took. */
export async function loadTpcc(config: pg.ClientConfig, warehouses: number): Promise<number> {
  const t0 = performance.now();
  const client = new pg.Client(config);
  await client.connect();
  try {
    await createSchema(client);
  } finally {
    await client.end();
  }
  await loadData(config, warehouses);
  return (performance.now() - t0) / 1000;
}

export async function consistency(config: pg.ClientConfig): Promise<CheckResult[]> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await checkConsistency(client);
  } finally {
    await client.end();
  }
}

export function formatChecks(checks: CheckResult[]): string {
  return checks.map((c) => `  consistency condition ${c.condition} (${c.description}): ${c.pass ? 'pass' : 'FAIL'}${c.failures.map((f) => `\n    ${f}`).join('')}`).join('\n');
}

/** evsql's batch figures (evsql_stats), or null against a server without them. */
export async function evsqlStats(config: pg.ClientConfig): Promise<Record<string, string> | null> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    const r = await client.query<{ name: string; value: string }>('SELECT name, value FROM evsql_stats');
    return Object.fromEntries(r.rows.map((x) => [x.name, x.value]));
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

export async function tpccCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, TPCC_FLAGS);
  if (args.help) {
    say(TPCC_USAGE);
    return 0;
  }
  const warehouses = args.int('warehouses', 1, 1);
  const clients = args.int('clients', 4, 1);
  const durationS = args.number('duration', 10, 1);
  const warmupS = args.number('warmup', 1, 0);
  const seed = args.int('seed', 1);
  let system: System | null = null;
  let config: pg.ClientConfig;
  const port = args.string('port');
  if (port !== undefined) {
    config = { host: args.string('host', '127.0.0.1'), port: Number(port), user: args.string('user', 'postgres'), database: args.string('database', 'postgres') };
  } else {
    const replicas = args.int('replicas', 3, 1);
    const exec = args.oneOf('exec', ['ev', 'sequential'] as const, 'ev');
    system = await startEvsql({ replicas, exec });
    say(`started ${system.name} (--replicas ${replicas} --exec ${exec}) on port ${system.port}`);
    config = system.config();
  }
  try {
    if (!args.flag('no-load')) {
      say(`loading ${warehouses} warehouse(s), ${SCALE_NOTE}`);
      say(`  loaded in ${(await loadTpcc(config, warehouses)).toFixed(1)}s`);
      if (args.flag('load-only')) return 0;
    }
    say(`running the TPC-C-like mix: ${clients} clients, ${warehouses} warehouse(s), ${warmupS}s warmup + ${durationS}s, no think time`);
    const result: TpccResult = await runTpcc({ config, warehouses, clients, durationS, warmupS, seed, progress: say });
    say(formatTpcc(result));
    const stats = await evsqlStats(config);
    if (stats) say(`  evsql: ${Object.entries(stats).map(([k, v]) => `${k}=${v}`).join(' ')}`);
    const checks = await consistency(config);
    say(formatChecks(checks));
    return checks.every((c) => c.pass) && result.committed > 0 ? 0 : 1;
  } finally {
    await system?.stop();
  }
}
