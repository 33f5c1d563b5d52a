/**
 * `npm run bench -- <command>`: the benchmark tools of bench/README.md.
 */
import { UsageError, say } from './cli.js';
import { clusterCommand } from './cluster.js';
import { compareCommand } from './compare.js';
import { ddlCommand } from './ddl.js';
import { microCommand } from './micro.js';
import { profileCommand } from './profile.js';
import { scalingCommand } from './scaling.js';
import { pgbenchCommand } from './pgbench.js';
import { sysbenchCommand } from './sysbench.js';
import { threadcpuCommand } from './threadcpu.js';
import { tpccCommand } from './tpcc/command.js';

const USAGE = `usage: npm run bench -- <command> [options]   (npm run build first)

  tpcc       the TPC-C-like workload against evsql or any PostgreSQL
  pgbench    pgbench (prepared, 1 and 4 clients): evsql vs PostgreSQL 15, alternating
  sysbench   sysbench oltp_point_select and oltp_read_write: evsql vs PostgreSQL 15, alternating
  compare    evsql ev / sequential / 1 replica and PostgreSQL 15 on TPC-C-like and pgbench; JSON + SVG
  micro      ns/op of the pieces of one request's path through evsql
  profile    a CPU profile of evsql under pgbench, summarized by layer
  scaling    EV vs sequential by CPU count (taskset), for bench/scaling.sh
  cluster    pgbench (prepared, 8 clients): cluster on loopback (NATS, replica processes) vs embedded; front failover time
  threadcpu  CPU per transaction of each evsql thread (/proc) over a fixed pgbench run; builds A B A B
  ddl        per-statement time of ALTER TABLE / CREATE INDEX on a small and a big schema

Each command takes --help.
`;

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  tpcc: tpccCommand,
  pgbench: pgbenchCommand,
  sysbench: sysbenchCommand,
  compare: compareCommand,
  micro: microCommand,
  profile: profileCommand,
  scaling: scalingCommand,
  cluster: clusterCommand,
  threadcpu: threadcpuCommand,
  ddl: ddlCommand,
};

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    say(USAGE);
    return command && command !== '--help' && command !== '-h' ? 2 : 0;
  }
  try {
    return await run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`bench ${command}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`bench: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
