#!/usr/bin/env node
/**
 * The evsql command. `evsql start` serves the PostgreSQL protocol on 127.0.0.1:5433 with data
 * under ./data. Every flag has an EVSQL_* environment variable; flags win.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { type AuthMethod, type StoredCredential, loadUsersFile } from '../wire/auth.js';
import { EvsqlServer } from '../wire/server.js';
import { NO_RULES, parseRules } from '../mixer/rules.js';
import { parseDuration } from '../pg/settings.js';

const USAGE = `usage: evsql start [options]

  --host HOST              listen address (EVSQL_HOST, default 127.0.0.1)
  --port PORT              listen port (EVSQL_PORT, default 5433)
  --data DIR               data directory (EVSQL_DATA, default ./data)
  --replicas N             SQLite replicas kept in agreement (EVSQL_REPLICAS, default 3)
  --exec ev|sequential     execute-verify, or the agree-then-execute baseline (EVSQL_EXEC, default ev)
  --rules FILE             mixer rule file (JSON) refining conflict keys (EVSQL_RULES)
  --batch-size N           most requests in one batch (EVSQL_BATCH_SIZE, default 256)
  --batch-delay MS         longest a request waits for its batch to fill (EVSQL_BATCH_DELAY, default 1)
  --readers N              reader threads per replica (EVSQL_READERS, default 2)
  --sync full|normal       SQLite synchronous mode (EVSQL_SYNC, default full)
  --password PW            require this password for every user (EVSQL_PASSWORD)
  --users FILE             users file: 'user:password' or 'user:SCRAM-SHA-256$…' lines (EVSQL_USERS)
  --auth METHOD            scram-sha-256 | md5 | password | trust (EVSQL_AUTH; default
                           scram-sha-256 when a password or users file is given, else trust)
  --max-connections N      (EVSQL_MAX_CONNECTIONS, default 100)
  --max-message-size BYTES (EVSQL_MAX_MESSAGE_SIZE, default 64 MiB)
  --authentication-timeout DUR  longest a connection may take to authenticate
                           (EVSQL_AUTHENTICATION_TIMEOUT, default 60s)
  --databases LIST         comma-separated database names clients may connect to; any other is
                           FATAL 3D000 (EVSQL_DATABASES, default postgres,template1,evsql)
  --statement-timeout DUR  default statement_timeout, e.g. 30s (EVSQL_STATEMENT_TIMEOUT, default 0: none)
  --lock-timeout DUR       default lock_timeout (EVSQL_LOCK_TIMEOUT, default 5s)
  --idle-timeout DUR       default idle_session_timeout (EVSQL_IDLE_TIMEOUT, default 0: none)
  --idle-in-transaction-timeout DUR  (EVSQL_IDLE_IN_TRANSACTION_TIMEOUT, default 60s)
  --log-level LEVEL        pino level (EVSQL_LOG_LEVEL, default warn)
  --fault-injection        accept SELECT evsql_fault(kind, replica), kind crash | corrupt | diverge |
                           shuffle | conflict — for tests only (EVSQL_FAULT_INJECTION=1)
`;

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  data: { type: 'string' },
  replicas: { type: 'string' },
  exec: { type: 'string' },
  rules: { type: 'string' },
  'batch-size': { type: 'string' },
  'batch-delay': { type: 'string' },
  readers: { type: 'string' },
  sync: { type: 'string' },
  password: { type: 'string' },
  users: { type: 'string' },
  auth: { type: 'string' },
  'max-connections': { type: 'string' },
  'max-message-size': { type: 'string' },
  'authentication-timeout': { type: 'string' },
  databases: { type: 'string' },
  'statement-timeout': { type: 'string' },
  'lock-timeout': { type: 'string' },
  'idle-timeout': { type: 'string' },
  'idle-in-transaction-timeout': { type: 'string' },
  'log-level': { type: 'string' },
  'fault-injection': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function fail(message: string): never {
  process.stderr.write(`evsql: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (err) {
    fail((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const command = positionals[0] ?? 'start';
  if (command !== 'start') fail(`unknown command "${command}"`);

  const opt = (name: keyof typeof OPTIONS, fallback: string): string => {
    const v = values[name];
    if (typeof v === 'string') return v;
    return process.env[`EVSQL_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback;
  };
  const int = (name: keyof typeof OPTIONS, fallback: number, min: number): number => {
    const raw = opt(name, String(fallback));
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) fail(`--${name} must be an integer >= ${min}, got "${raw}"`);
    return n;
  };

  const password = opt('password', '');
  const usersFile = opt('users', '');
  let users = new Map<string, StoredCredential>();
  if (usersFile) {
    try {
      users = loadUsersFile(readFileSync(usersFile, 'utf8'));
    } catch (err) {
      fail(`cannot read users file: ${(err as Error).message}`);
    }
  }
  const authMethod = opt('auth', password || usersFile ? 'scram-sha-256' : 'trust') as AuthMethod;
  if (!['trust', 'scram-sha-256', 'md5', 'password'].includes(authMethod)) fail(`unknown --auth method "${authMethod}"`);
  const mode = opt('exec', 'ev');
  if (mode !== 'ev' && mode !== 'sequential') fail('--exec must be ev or sequential');
  let rules = NO_RULES;
  const rulesFile = opt('rules', '');
  if (rulesFile) {
    try {
      rules = parseRules(readFileSync(rulesFile, 'utf8'));
    } catch (err) {
      fail(`cannot read rules file: ${(err as Error).message}`);
    }
  }
  const sync = opt('sync', 'full');
  if (sync !== 'full' && sync !== 'normal') fail('--sync must be full or normal');

  const authenticationTimeout = parseDuration(opt('authentication-timeout', '60s'));
  if (!(authenticationTimeout >= 1000 && authenticationTimeout <= 600_000)) fail('--authentication-timeout must be between 1s and 600s');
  const databases = opt('databases', 'postgres,template1,evsql').split(',').map((d) => d.trim()).filter(Boolean);
  if (!databases.length) fail('--databases must name at least one database');
  const log = pino({ level: opt('log-level', 'warn') }, pino.destination(2));
  const server = new EvsqlServer({
    host: opt('host', '127.0.0.1'),
    port: int('port', 5433, 0),
    dataDir: opt('data', './data'),
    replicas: int('replicas', 3, 1),
    mode,
    rules,
    maxBatchSize: int('batch-size', 256, 1),
    maxBatchDelayMs: int('batch-delay', 1, 0),
    faults: values['fault-injection'] === true || process.env.EVSQL_FAULT_INJECTION === '1',
    readers: int('readers', 2, 0),
    synchronous: sync,
    maxConnections: int('max-connections', 100, 1),
    maxMessageSize: int('max-message-size', 64 * 1024 * 1024, 1024),
    authenticationTimeoutMs: authenticationTimeout,
    databases,
    authMethod,
    users: { lookup: (user) => users.get(user) ?? (password ? { kind: 'plain', password } : undefined) },
    settings: {
      statement_timeout: opt('statement-timeout', '0'),
      lock_timeout: opt('lock-timeout', '5s'),
      idle_session_timeout: opt('idle-timeout', '0'),
      idle_in_transaction_session_timeout: opt('idle-in-transaction-timeout', '60s'),
    },
    log,
  });

  server.listen().then(
    (port) => {
      process.stdout.write(`evsql listening on ${opt('host', '127.0.0.1')}:${port}\n`);
      log.info({ port }, 'listening');
    },
    (err: Error) => {
      process.stderr.write(`evsql: cannot start: ${err.message}\n`);
      process.exit(1);
    },
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main();
