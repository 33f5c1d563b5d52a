/**
 * The evsql command line: commands, flags and their EVSQL_* variables, each value checked before
 * anything starts. A bad value is a UsageError, one line naming the flag (or variable), the value
 * and what is accepted; the command prints it and exits 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { createSecureContext } from 'node:tls';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { type AuthMethod, type StoredCredential, loadUsersFile } from '../wire/auth.js';
import { NO_RULES, parseRules, type Rules } from '../mixer/rules.js';
import { parseDuration } from '../pg/settings.js';

/**
 * One writer thread per replica where the cores hold them all beside the main thread; fewer
 * otherwise, since a thread per replica then costs a wake-up per replica per batch on cores that
 * run them one after another anyway (the twenty-fifth session measured −20% CPU per TPC-B
 * transaction with three writers on one thread of a two-core machine).
 */
/**
 * An eighth of the heap V8 allows: a held result is in memory twice at least (on its writer's
 * thread, then on the main thread as it is sent), with what its values cost beyond their bytes.
 */
export function defaultMaxResultBytes(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 8);
}

export function defaultWriterThreads(replicas: number, cores: number): number {
  return Math.max(1, Math.min(replicas, cores - 1));
}

export const USAGE = `evsql — a PostgreSQL wire-protocol server over Execute-Verify replicated SQLite

usage: evsql start [options]    serve (every option also reads an EVSQL_* variable; flags win)
       evsql restore --from FILE [--data DIR] [--replicas N]
                                seed an empty data directory from a backup taken with
                                SELECT evsql_backup('/path/file.sqlite')
       evsql replica --id N --nats URL[,URL…] [--data DIR] [--readers N] [--sync full|normal]
                                one replica process of a cluster: applies the batches of the
                                JetStream log on the NATS servers, answers its front
       evsql --help             this text
       evsql --version          the version

options:
  --host HOST              listen address (EVSQL_HOST, default 127.0.0.1)
  --port PORT              listen port, 0 for any free one (EVSQL_PORT, default 5433)
  --socket-dir DIR         also listen on the Unix socket DIR/.s.PGSQL.PORT (EVSQL_SOCKET_DIR; default none)
  --http-port PORT         serve /metrics, /health, /ready and /status over HTTP on --host
                           (EVSQL_HTTP_PORT; 0 for any free port; default none)
  --data DIR               data directory (EVSQL_DATA, default ./data)
  --replicas N             SQLite replicas kept in agreement (EVSQL_REPLICAS, default 3)
  --exec ev|sequential     execute-verify, or the agree-then-execute baseline (EVSQL_EXEC, default ev)
  --rules FILE             mixer rule file (JSON) refining conflict keys (EVSQL_RULES)
  --batch-size N           most requests in one batch (EVSQL_BATCH_SIZE, default 256)
  --batch-delay MS         while batches are in flight, longest a request waits for its batch to
                           fill (EVSQL_BATCH_DELAY, default 0: requests gather only while the
                           pipeline is full)
  --pipeline-depth N       batches in flight at once (EVSQL_PIPELINE_DEPTH, default 4)
  --speculative on|off     answer statements of open transactions from the first replica, checked
                           at COMMIT (EVSQL_SPECULATIVE, default on; SET evsql.speculative per session)
  --readers N              reader threads per replica (EVSQL_READERS, default 2)
  --writer-threads N       threads the replicas' writers are dealt over (EVSQL_WRITER_THREADS;
                           default one per replica where the cores allow, else the cores less one)
  --sync full|normal       SQLite synchronous mode (EVSQL_SYNC, default full)
  --password PW            require this password for every user (EVSQL_PASSWORD; visible in ps:
                           prefer --password-file or the variable)
  --password-file FILE     the password, first line of FILE (EVSQL_PASSWORD_FILE)
  --users FILE             users file: 'user:password' or 'user:SCRAM-SHA-256$…' lines (EVSQL_USERS)
  --auth METHOD            scram-sha-256 | md5 | password | trust (EVSQL_AUTH; default
                           scram-sha-256 when a password or users file is given, else trust)
  --max-connections N      (EVSQL_MAX_CONNECTIONS, default 100)
  --max-message-size BYTES (EVSQL_MAX_MESSAGE_SIZE, default 64 MiB)
  --max-result-memory BYTES  most a statement's rows in a transaction that wrote may hold, as
                           they are held whole for verification; past it, 53200 out of memory
                           (EVSQL_MAX_RESULT_MEMORY, default an eighth of the heap)
  --authentication-timeout DUR  longest a connection may take to authenticate
                           (EVSQL_AUTHENTICATION_TIMEOUT, default 60s)
  --tls-cert FILE          PEM certificate (chain) for TLS: SSLRequest is answered 'S' and sslmode=require
                           or verify-full work (EVSQL_TLS_CERT; needs --tls-key; default none: 'N')
  --tls-key FILE           PEM private key of --tls-cert (EVSQL_TLS_KEY)
  --tls-required           refuse TCP clients that do not use TLS with FATAL 28000, as a pg_hba
                           hostssl line does; the Unix socket is not affected (EVSQL_TLS_REQUIRED=1)
  --databases LIST         comma-separated names of the default database; any other name is FATAL
                           3D000 unless CREATE DATABASE made it (EVSQL_DATABASES, default
                           postgres,template1,evsql)
  --max-databases N        databases CREATE DATABASE may make, each with its own replicas and
                           threads (EVSQL_MAX_DATABASES, default 16)
  --statement-timeout DUR  default statement_timeout, e.g. 30s (EVSQL_STATEMENT_TIMEOUT, default 0: none)
  --lock-timeout DUR       default lock_timeout (EVSQL_LOCK_TIMEOUT, default 0: wait, as PostgreSQL;
                           deadlocks are 40P01 at once)
  --idle-timeout DUR       default idle_session_timeout (EVSQL_IDLE_TIMEOUT, default 0: none)
  --idle-in-transaction-timeout DUR  (EVSQL_IDLE_IN_TRANSACTION_TIMEOUT, default 60s)
  --log-level LEVEL        fatal | error | warn | info | debug | trace | silent (EVSQL_LOG_LEVEL, default warn)
  --log-failed-statements LEVEL  level at which a failed statement is logged with its SQLSTATE
                           (EVSQL_LOG_FAILED_STATEMENTS, default info)
  --nats URL[,URL…]        cluster mode: the replicas are \`evsql replica\` processes reached through
                           these NATS servers (JetStream), --replicas of them with ids 0…N-1
                           (EVSQL_NATS; default none: replicas are threads of this process)
  --log-max-bytes N        with --nats: the most bytes the JetStream log keeps; the oldest entries go
                           beyond it (EVSQL_LOG_MAX_BYTES, default 1073741824)
  --fault-injection        accept SELECT evsql_fault(kind, replica), kind crash | corrupt | diverge |
                           shuffle | conflict — for tests only (EVSQL_FAULT_INJECTION=1)
`;

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  'socket-dir': { type: 'string' },
  'http-port': { type: 'string' },
  data: { type: 'string' },
  from: { type: 'string' },
  replicas: { type: 'string' },
  exec: { type: 'string' },
  rules: { type: 'string' },
  'batch-size': { type: 'string' },
  'batch-delay': { type: 'string' },
  'pipeline-depth': { type: 'string' },
  'writer-threads': { type: 'string' },
  'authentication-timeout': { type: 'string' },
  databases: { type: 'string' },
  speculative: { type: 'string' },
  readers: { type: 'string' },
  sync: { type: 'string' },
  password: { type: 'string' },
  'password-file': { type: 'string' },
  users: { type: 'string' },
  auth: { type: 'string' },
  'max-connections': { type: 'string' },
  'max-databases': { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'tls-required': { type: 'boolean' },
  'max-message-size': { type: 'string' },
  'max-result-memory': { type: 'string' },
  'statement-timeout': { type: 'string' },
  'lock-timeout': { type: 'string' },
  'idle-timeout': { type: 'string' },
  'idle-in-transaction-timeout': { type: 'string' },
  'log-level': { type: 'string' },
  'log-failed-statements': { type: 'string' },
  'fault-injection': { type: 'boolean' },
  nats: { type: 'string' },
  'log-max-bytes': { type: 'string' },
  id: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

type Flag = keyof typeof OPTIONS;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
const AUTH_METHODS: readonly AuthMethod[] = ['trust', 'scram-sha-256', 'md5', 'password'];

export class UsageError extends Error {}

export interface StartConfig {
  host: string;
  port: number;
  socketDir: string | null;
  httpPort: number | null;
  dataDir: string;
  replicas: number;
  mode: 'ev' | 'sequential';
  rules: Rules;
  maxBatchSize: number;
  maxBatchDelayMs: number;
  depth: number;
  readers: number;
  /** Absent: one per replica. */
  writerThreads: number;
  synchronous: 'full' | 'normal';
  password: string;
  users: Map<string, StoredCredential>;
  authMethod: AuthMethod;
  maxConnections: number;
  maxDatabases: number;
  maxMessageSize: number;
  maxResultBytes: number;
  authenticationTimeoutMs: number;
  databases: string[];
  /** PEM certificate and key; null: SSLRequest is answered 'N'. */
  tls: { cert: string; key: string } | null;
  /** TCP clients must use TLS. */
  tlsRequired: boolean;
  settings: Record<string, string>;
  logLevel: LogLevel;
  failedStatementLevel: LogLevel;
  faults: boolean;
  /** NATS servers of a cluster; null: embedded replicas. */
  nats: string[] | null;
  /** The JetStream log's max_bytes (cluster mode). */
  logMaxBytes: number;
  /** Things that start but deserve the operator's attention. */
  warnings: string[];
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'start'; config: StartConfig }
  | { kind: 'restore'; from: string; dataDir: string; replicas: number }
  | { kind: 'replica'; config: ReplicaConfig };

export interface ReplicaConfig {
  id: number;
  dataDir: string;
  nats: string[];
  readers: number;
  synchronous: 'full' | 'normal';
  logLevel: LogLevel;
  faults: boolean;
}

const RESTORE_FLAGS: readonly Flag[] = ['from', 'data', 'replicas'];
const REPLICA_FLAGS: readonly Flag[] = ['id', 'data', 'nats', 'readers', 'sync', 'log-level', 'fault-injection'];

const envName = (flag: Flag) => `EVSQL_${flag.toUpperCase().replace(/-/g, '_')}`;

/** Reads the command line and environment; throws UsageError on the first bad value. */
export function parseCommand(argv: string[], env: NodeJS.ProcessEnv): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const unknown = /^Unknown option '([^']+)'/.exec(e.message);
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : e.message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length === 0) return { kind: 'help' };
  if (positionals[0] === 'help') return { kind: 'help' };
  if (positionals[0] === 'version') return { kind: 'version' };
  const restoring = positionals[0] === 'restore';
  const replica = positionals[0] === 'replica';
  if (positionals[0] !== 'start' && !restoring && !replica) throw new UsageError(`unknown command "${positionals[0]}"`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);

  /** The flag's value, else its variable's, else undefined; `where` names the source for errors. */
  const raw = (flag: Flag): { value: string; where: string } | undefined => {
    const v = values[flag];
    if (typeof v === 'string') return { value: v, where: `--${flag}` };
    const e = env[envName(flag)];
    return e === undefined ? undefined : { value: e, where: envName(flag) };
  };
  const bad = (src: { value: string; where: string }, accepted: string): never => {
    throw new UsageError(`invalid value for ${src.where}: "${src.value}" (${accepted})`);
  };
  const str = (flag: Flag, fallback: string) => raw(flag)?.value ?? fallback;
  const int = (flag: Flag, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    const src = raw(flag);
    if (!src) return fallback;
    const n = /^\s*\d+\s*$/.test(src.value) ? Number(src.value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) bad(src, max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`);
    return n;
  };
  const choice = <T extends string>(flag: Flag, fallback: T, allowed: readonly T[]): T => {
    const src = raw(flag);
    if (!src) return fallback;
    if (!allowed.includes(src.value as T)) bad(src, allowed.join(' | '));
    return src.value as T;
  };
  const duration = (flag: Flag, fallback: string): string => {
    const src = raw(flag);
    if (!src) return fallback;
    const ms = parseDuration(src.value);
    if (!Number.isFinite(ms) || ms < 0 || ms > 2147483647) bad(src, 'a duration such as 0, 250ms, 5s, 2min, 1h');
    return src.value.trim();
  };
  const authenticationTimeout = (): number => {
    const ms = parseDuration(duration('authentication-timeout', '60s'));
    if (ms < 1000 || ms > 600_000) bad(raw('authentication-timeout')!, 'a duration from 1s to 600s');
    return ms;
  };
  const databases = (): string[] => {
    const src = raw('databases');
    const names = (src?.value ?? 'postgres,template1,evsql').split(',').map((d) => d.trim()).filter(Boolean);
    if (!names.length) bad(src!, 'a comma-separated list of database names');
    return names;
  };
  const warnings: string[] = [];
  const tls = (): { cert: string; key: string } | null => {
    const cert = file('tls-cert');
    const key = file('tls-key');
    if (cert === null && key === null) return null;
    if (cert === null || key === null) throw new UsageError('--tls-cert and --tls-key go together');
    try {
      createSecureContext({ cert, key });
    } catch (err) {
      throw new UsageError(`invalid --tls-cert/--tls-key: ${(err as Error).message.split('\n')[0]}`);
    }
    // PostgreSQL refuses such a key file; evsql serves but says so.
    if (statSync(raw('tls-key')!.value).mode & 0o077) warnings.push(`${raw('tls-key')!.where} file "${raw('tls-key')!.value}" is readable by other users; chmod 600 it`);
    return { cert, key };
  };
  const tlsRequired = (configured: boolean): boolean => {
    const src = env.EVSQL_TLS_REQUIRED;
    if (src !== undefined && !['0', '1'].includes(src)) bad({ value: src, where: 'EVSQL_TLS_REQUIRED' }, '0 | 1');
    const required = values['tls-required'] === true || src === '1';
    if (required && !configured) throw new UsageError('--tls-required needs --tls-cert and --tls-key');
    return required;
  };
  const file = (flag: Flag): string | null => {
    const src = raw(flag);
    if (!src || src.value === '') return null;
    try {
      return readFileSync(src.value, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${src.where} file "${src.value}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  };
  const parsedFile = <T>(flag: Flag, parse: (text: string) => T): T | null => {
    const text = file(flag);
    if (text === null) return null;
    try {
      return parse(text);
    } catch (err) {
      throw new UsageError(`invalid ${raw(flag)!.where} file "${raw(flag)!.value}": ${(err as Error).message.split('\n')[0]}`);
    }
  };

  if (restoring) {
    const extra = (Object.keys(values) as Flag[]).find((f) => !RESTORE_FLAGS.includes(f));
    if (extra) throw new UsageError(`--${extra} does not apply to restore`);
    const from = raw('from');
    if (!from || from.value === '') throw new UsageError('restore needs --from FILE');
    const dataDir = str('data', './data');
    if (dataDir === '') bad(raw('data')!, 'a directory path');
    return { kind: 'restore', from: from.value, dataDir, replicas: int('replicas', 3, 1, 15) };
  }
  if (values.from !== undefined) throw new UsageError('--from applies to restore only');
  const nats = (): string[] | null => {
    const src = raw('nats');
    if (!src) return null;
    const urls = src.value.split(',').map((u) => u.trim()).filter(Boolean);
    if (!urls.length || urls.some((u) => !/^((nats|tls):\/\/)?[A-Za-z0-9.\-\[\]:]+:\d+$/.test(u))) bad(src, 'a comma-separated list of NATS server URLs such as nats://10.0.0.1:4222');
    return urls;
  };
  const dataDirOf = (): string => {
    const dataDir = str('data', './data');
    if (dataDir === '') bad(raw('data')!, 'a directory path');
    return dataDir;
  };
  const faults = values['fault-injection'] === true || env.EVSQL_FAULT_INJECTION === '1';

  if (replica) {
    const extra = (Object.keys(values) as Flag[]).find((f) => !REPLICA_FLAGS.includes(f));
    if (extra) throw new UsageError(`--${extra} does not apply to replica`);
    if (!raw('id')) throw new UsageError('replica needs --id N');
    const servers = nats();
    if (!servers) throw new UsageError('replica needs --nats URL[,URL…]');
    return {
      kind: 'replica',
      config: {
        id: int('id', 0, 0, 14),
        dataDir: dataDirOf(),
        nats: servers,
        readers: int('readers', 2, 0, 64),
        synchronous: choice('sync', 'full', ['full', 'normal'] as const),
        logLevel: choice('log-level', 'warn', LOG_LEVELS),
        faults,
      },
    };
  }
  if (values.id !== undefined) throw new UsageError('--id applies to replica only');
  const certificate = tls();

  const host = str('host', '127.0.0.1');
  if (!isIP(host) && !/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host)) bad(raw('host')!, 'an IP address or host name');
  const port = int('port', 5433, 0, 65535);
  const httpPort = raw('http-port') ? int('http-port', 0, 0, 65535) : null;
  const socketDirSrc = raw('socket-dir');
  let socketDir: string | null = null;
  if (socketDirSrc && socketDirSrc.value !== '') {
    socketDir = socketDirSrc.value;
    let isDir = false;
    try {
      isDir = statSync(socketDir).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) bad(socketDirSrc, 'an existing directory');
  }
  const replicas = int('replicas', 3, 1, 15);
  if (replicas === 2) warnings.push('--replicas 2: the quorum is both replicas, so one replica fault stops all writes; use 3');
  const mode = choice('exec', 'ev', ['ev', 'sequential'] as const);
  const rules = parsedFile('rules', parseRules) ?? NO_RULES;
  const users = parsedFile('users', loadUsersFile) ?? new Map<string, StoredCredential>();
  const passwordFile = file('password-file');
  if (passwordFile !== null && raw('password')) throw new UsageError(`give either --password or --password-file, not both`);
  const password = passwordFile !== null ? (passwordFile.split(/\r?\n/)[0] ?? '') : str('password', '');
  if (passwordFile !== null && password === '') throw new UsageError(`${raw('password-file')!.where} file "${raw('password-file')!.value}" has an empty first line`);
  if (values.password !== undefined) warnings.push('--password is visible to every user of this machine in ps; prefer --password-file or EVSQL_PASSWORD');
  const authMethod = choice('auth', password || users.size > 0 ? 'scram-sha-256' : 'trust', AUTH_METHODS);
  if (authMethod !== 'trust' && !password && users.size === 0) throw new UsageError(`--auth ${authMethod} needs --password, --password-file or --users`);
  const loopback = host === 'localhost' || host === '::1' || host.startsWith('127.');
  if (authMethod === 'trust' && !loopback) warnings.push(`listening on ${host} with trust authentication: anyone who can reach it connects as any user; set --password-file or --users`);

  const config: StartConfig = {
    host,
    port,
    socketDir,
    httpPort,
    dataDir: str('data', './data'),
    replicas,
    mode,
    rules,
    maxBatchSize: int('batch-size', 256, 1),
    maxBatchDelayMs: int('batch-delay', 0, 0, 60_000),
    depth: int('pipeline-depth', 4, 1, 64),
    readers: int('readers', 2, 0, 64),
    writerThreads: int('writer-threads', defaultWriterThreads(replicas, availableParallelism()), 1, 64),
    synchronous: choice('sync', 'full', ['full', 'normal'] as const),
    password,
    users,
    authMethod,
    maxConnections: int('max-connections', 100, 1, 100_000),
    maxMessageSize: int('max-message-size', 64 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    maxResultBytes: int('max-result-memory', defaultMaxResultBytes(), 1024),
    authenticationTimeoutMs: authenticationTimeout(),
    databases: databases(),
    maxDatabases: int('max-databases', 16, 0, 1000),
    tls: certificate,
    tlsRequired: tlsRequired(certificate !== null),
    settings: {
      statement_timeout: duration('statement-timeout', '0'),
      lock_timeout: duration('lock-timeout', '0'),
      idle_session_timeout: duration('idle-timeout', '0'),
      idle_in_transaction_session_timeout: duration('idle-in-transaction-timeout', '60s'),
      'evsql.speculative': choice('speculative', 'on', ['on', 'off'] as const),
    },
    logLevel: choice('log-level', 'warn', LOG_LEVELS),
    failedStatementLevel: choice('log-failed-statements', 'info', LOG_LEVELS),
    faults,
    nats: nats(),
    logMaxBytes: int('log-max-bytes', 1 << 30, 1 << 20),
    warnings,
  };
  if (config.dataDir === '') bad(raw('data')!, 'a directory path');
  if (raw('log-max-bytes') && !config.nats) throw new UsageError('--log-max-bytes applies with --nats only');
  return { kind: 'start', config };
}
