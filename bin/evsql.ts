#!/usr/bin/env node
/**
 * The evsql command. `evsql start` serves the PostgreSQL protocol on 127.0.0.1:5433 with data
 * under ./data; a bare `evsql` prints help. Every flag has an EVSQL_* environment variable;
 * flags win. A bad flag is one line on stderr and exit code 2; a data directory another server
 * holds, or an address in use, exit code 1.
 */
import { EVSQL_VERSION } from '../pg/version.js';
import { DataDirError, DataDirLocked, lockDataDir, prepareDataDir } from '../ops/data-lock.js';
import { USAGE, UsageError, parseCommand, type ReplicaConfig, type StartConfig } from './options.js';

function exit(code: number, message: string): never {
  process.stderr.write(`evsql: ${message}\n`);
  process.exit(code);
}

/**
 * Ends the process once its server has stopped (its replicas closed, its data directory's lock
 * released). Node's exit waits for every worker thread to end, and a reader thread ended to stop
 * a runaway read runs until SQLite next returns to JavaScript (hours, for a join without a bound):
 * then the process ends by the signal it was sent, as one that does not handle it would.
 */
async function exitStopped(signal: NodeJS.Signals): Promise<never> {
  const { threadsStillEnding } = await import('../executor/replica.js');
  if (threadsStillEnding() === 0) process.exit(0);
  process.stderr.write(`evsql: ${threadsStillEnding()} worker thread(s) still run a SQLite statement that could not be stopped; ending by ${signal}\n`);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
  return new Promise<never>(() => undefined);
}

async function main(): Promise<void> {
  let command;
  try {
    command = parseCommand(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof UsageError) exit(2, `${err.message} (see evsql --help)`);
    throw err;
  }
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (command.kind === 'version') {
    process.stdout.write(`evsql ${EVSQL_VERSION}\n`);
    return;
  }
  if (command.kind === 'restore') {
    const { restore, RestoreError } = await import('../ops/restore.js');
    try {
      const root = await restore(command.from, command.dataDir, command.replicas);
      process.stdout.write(`restored ${command.from} into ${command.dataDir}: ${command.replicas} replicas, state root ${root}\n`);
    } catch (err) {
      if (err instanceof DataDirError) exit(2, err.message);
      if (err instanceof DataDirLocked || err instanceof RestoreError) exit(1, err.message);
      throw err;
    }
    return;
  }
  if (command.kind === 'replica') return replica(command.config);
  await start(command.config);
}

/** Creates the data directory if need be and locks it; exits (2: unusable, 1: locked or unlockable) when it cannot. */
function claimDataDir(dir: string): () => void {
  try {
    prepareDataDir(dir);
    return lockDataDir(dir);
  } catch (err) {
    if (err instanceof DataDirError) exit(2, err.message);
    if (err instanceof DataDirLocked) exit(1, err.message);
    exit(1, `cannot lock data directory "${dir}": ${(err as Error).message}`);
  }
}

/** One replica process of a cluster, holding its data directory's lock. */
async function replica(config: ReplicaConfig): Promise<void> {
  const releaseLock = claimDataDir(config.dataDir);
  const [{ pino }, { ReplicaServer }] = await Promise.all([import('pino'), import('../cluster/nats/replica-server.js')]);
  const log = pino({ level: config.logLevel, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
  const server = new ReplicaServer({ id: config.id, dataDir: config.dataDir, servers: config.nats, readers: config.readers, synchronous: config.synchronous, faults: config.faults, log });
  try {
    await server.start();
  } catch (err) {
    releaseLock();
    exit(1, `replica ${config.id} cannot start: ${(err as Error).message}`);
  }
  process.stdout.write(`evsql ${EVSQL_VERSION} replica ${config.id} serving ${config.dataDir} on ${config.nats.join(',')}\n`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => {
        releaseLock();
        return exitStopped(signal);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** The server's modules load only once the flags are known good, so a usage error is quick. */
async function start(config: StartConfig): Promise<void> {
  const releaseLock = claimDataDir(config.dataDir);

  const [{ pino }, { EvsqlServer }, { OpsHttpServer }] = await Promise.all([import('pino'), import('../wire/server.js'), import('../ops/http.js')]);
  const log = pino({ level: config.logLevel, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
  for (const w of config.warnings) log.warn(w);
  const { password, users } = config;
  let front: import('../cluster/nats/front.js').NatsFront | null = null;
  if (config.nats) {
    const { NatsFront } = await import('../cluster/nats/front.js');
    try {
      front = await NatsFront.connect(config.nats, log, (reason) => {
        // Another front serves now: this one's clients must go to it.
        log.error({ reason }, 'front lease lost; exiting');
        process.exit(1);
      }, config.logMaxBytes);
    } catch (err) {
      releaseLock();
      exit(1, `cannot reach NATS at ${config.nats.join(',')}: ${(err as Error).message}`);
    }
  }
  const server = new EvsqlServer({
    ...config,
    replicaLink: front ? (i) => front.link(i) : undefined,
    membership: front ? { voting: await front.membership.claim(config.replicas), save: (voting) => front.membership.save(voting) } : undefined,
    lagMs: front ? (await import('../cluster/nats/front.js')).REPLICA_LAG_MS : undefined,
    users: { lookup: (user) => users.get(user) ?? (password ? { kind: 'plain', password } : undefined) },
    log,
    failedStatementLevel: config.failedStatementLevel,
  });
  const http = config.httpPort === null ? null : new OpsHttpServer(() => server.figures(), log);

  const listening = async () => {
    const port = await server.listen();
    const httpPort = http ? await http.listen(config.httpPort!, config.host) : null;
    return { port, httpPort };
  };
  listening().then(
    ({ port, httpPort }) => {
      const socket = server.socketPath;
      const lines = [
        `evsql ${EVSQL_VERSION} listening on ${config.host}:${port}`,
        `  connect:  psql -h ${config.host} -p ${port} -U postgres` + (socket ? `   or   psql -h ${config.socketDir} -p ${port} -U postgres` : ''),
        `  data:     ${config.nats ? `${config.replicas} replica processes over NATS ${config.nats.join(',')}` : config.dataDir} (${config.replicas} ${config.replicas === 1 ? 'replica' : 'replicas'}, ${config.mode === 'ev' ? 'execute-verify' : 'sequential'}, quorum ${Math.floor(config.replicas / 2) + 1})`,
        ...(socket ? [`  socket:   ${socket}`] : []),
        ...(httpPort !== null ? [`  http:     http://${config.host}:${httpPort}/metrics /health /ready /status`] : []),
      ];
      process.stdout.write(lines.join('\n') + '\n');
      log.info({ version: EVSQL_VERSION, host: config.host, port, socket, http_port: httpPort, data: config.dataDir, replicas: config.replicas, mode: config.mode }, 'listening');
    },
    (err: NodeJS.ErrnoException) => {
      releaseLock();
      exit(1, `cannot start: ${err.message}`);
    },
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    Promise.all([server.stop().then(() => front?.close()), http?.close()]).then(
      () => {
        releaseLock();
        return exitStopped(signal);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
