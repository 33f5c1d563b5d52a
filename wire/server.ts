/**
 * The server: accepts connections over TCP and, with a socket directory, over PostgreSQL's Unix
 * socket `.s.PGSQL.PORT`; enforces the connection limit, routes CancelRequest to the session it
 * names, answers pg_stat_activity, keeps the figures /metrics reports, and shuts down cleanly.
 */
import { StatementStatistics } from './statement-statistics.js';
import { existsSync, unlinkSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { createSecureContext, type SecureContext } from 'node:tls';
import type { Level, Logger } from 'pino';
import { type AuthMethod, type UserStore } from './auth.js';
import { Connection, type ServerContext } from './connection.js';
import { PgError, SqlState } from '../pg/errors.js';
import { loadParser } from '../dialect/translate/parse.js';
import type { PipelineOptions } from '../cluster/pipeline.js';
import { ServedDatabase } from './database.js';
import { Databases } from './databases.js';
import { SessionActivity } from './activity.js';
import { SessionViews } from './session-views.js';
import { AdvisoryLocks } from './advisory-locks.js';
import { negotiateEncryption, refuse } from './tls.js';

export interface ServerOptions extends Omit<PipelineOptions, 'log'> {
  host: string;
  port: number;
  /** Where to put the Unix socket `.s.PGSQL.PORT`; null: TCP only. */
  socketDir: string | null;
  maxConnections: number;
  maxMessageSize: number;
  authenticationTimeoutMs: number;
  /** The names the default database answers to. */
  databases: string[];
  /** Databases CREATE DATABASE may make, at most. */
  maxDatabases: number;
  /** PEM certificate and key for TLS over TCP; null: SSLRequest is answered 'N'. */
  tls: { cert: string; key: string } | null;
  /** TCP clients without TLS are refused (28000). */
  tlsRequired: boolean;
  authMethod: AuthMethod;
  users: UserStore;
  /** Setting defaults for every session (statement_timeout, lock_timeout, …). */
  settings: Record<string, string>;
  log: Logger;
  /** The level failed statements are logged at, with their SQLSTATE. */
  failedStatementLevel: Level | 'silent';
}

/** One replica as evsql_replicas shows it. */
export interface ReplicaFigures {
  id: number;
  /** hostname:pid of the process it runs in; null while unknown. */
  host: string | null;
  status: string;
  /** Batches behind the newest released one. */
  lag: number;
  appliedSeq: number;
  stateRoot: string;
  batches: number;
  rollbacks: number;
  repairs: number;
}

/** What /metrics and /status report: the pipeline's figures and the server's own. */
export interface ServerFigures {
  replicas: ReplicaFigures[];
  /** evsql_stats, name → value. */
  stats: Record<string, string>;
  /** The replicas a batch needs to commit. */
  quorum: number;
  connections: { open: number; accepted: number; rejected: number; bytesReceived: number; bytesSent: number };
  locks: { waits: number; deadlocks: number; timeouts: number };
}

export class EvsqlServer {
  private readonly server: Server;
  private unixServer: Server | null = null;
  private unixPath: string | null = null;
  /** Takes a new client socket; `tcp` false over the Unix socket. */
  private readonly accept: (socket: Socket, tcp: boolean) => void;
  private readonly databases: Databases;
  private readonly connections = new Map<number, Connection>();
  private readonly sockets = new Set<Socket>();
  private nextPid = 1000 + Math.floor(Math.random() * 1000);
  private stopping = false;
  private readonly counts = { accepted: 0, rejected: 0, bytesReceived: 0, bytesSent: 0 };

  constructor(private readonly options: ServerOptions) {
    const advisoryLocks = new AdvisoryLocks();
    const activity = new SessionActivity(
      () => this.connections.values(),
      (pid) => this.connections.get(pid),
      advisoryLocks,
    );
    const sessionViews = new SessionViews((pid) => this.connections.get(pid));
    const statementStatistics = new StatementStatistics();
    const pipelineOptions: PipelineOptions = { ...options, log: options.log };
    this.databases = new Databases({
      dataDir: options.dataDir,
      defaultNames: options.databases,
      max: options.maxDatabases,
      replicas: options.replicas,
      refuseCreate: options.replicaLink ? 'in a cluster over NATS (one database)' : null,
      make: (entry, dir) => new ServedDatabase(entry, dir === null ? pipelineOptions : { ...pipelineOptions, dataDir: dir }, [activity, sessionViews, statementStatistics]),
    });
    const failedLevel = options.failedStatementLevel;
    const sessionsIn = (db: ServedDatabase) => [...this.connections.values()].filter((c) => c.servedDatabase === db);
    const context: ServerContext = {
      statementStatistics,
      advisoryLocks,
      database: (name) => this.databases.find(name),
      connectionsTo: (db) => sessionsIn(db).length,
      listDatabases: () => this.databases.list(),
      createDatabase: (spec, ctx, self) => this.databases.create(spec, ctx, self, sessionsIn),
      dropDatabase: (spec, from) => this.databases.drop(spec, from, sessionsIn),
      renameDatabase: (spec, from) => this.databases.rename(spec, from, sessionsIn),
      alterDatabase: (spec) => this.databases.alter(spec),
      describeDatabase: (name, change) => this.databases.describe(name, change),
      authMethod: options.authMethod,
      users: options.users,
      maxMessageSize: options.maxMessageSize,
      authenticationTimeoutMs: options.authenticationTimeoutMs,
      tlsRequired: options.tlsRequired,
      startedAt: Date.now(),
      defaults: options.settings,
      log: options.log,
      logFailedStatement: (obj) => {
        if (failedLevel !== 'silent') options.log[failedLevel](obj, 'statement failed');
      },
      admit: (conn) => {
        if (this.connections.size >= options.maxConnections) {
          this.counts.rejected++;
          options.log.warn({ backend_pid: conn.pid, client: conn.clientAddress(), max_connections: options.maxConnections }, 'connection refused: too many clients');
          return false;
        }
        this.counts.accepted++;
        this.connections.set(conn.pid, conn);
        return true;
      },
      leave: (conn) => {
        if (this.connections.get(conn.pid) === conn) this.connections.delete(conn.pid);
      },
      cancel: (pid, secret) => {
        const conn = this.connections.get(pid);
        if (conn && conn.secret === secret) conn.cancel();
      },
    };
    const secure: SecureContext | null = options.tls && createSecureContext(options.tls);
    this.accept = (socket, tcp) => {
      if (this.stopping) {
        socket.destroy();
        return;
      }
      // Sockets not yet past their startup packet hold no connection slot; as PostgreSQL's
      // postmaster bounds its children at twice max_connections, they are bounded too.
      if (this.sockets.size - this.connections.size >= options.maxConnections) {
        this.counts.rejected++;
        options.log.warn({ client: `${socket.remoteAddress ?? 'local'}`, max_connections: options.maxConnections }, 'connection refused: too many clients not yet authenticated');
        refuse(socket, new PgError(SqlState.tooManyConnections, 'sorry, too many clients already', { severity: 'FATAL' }));
        return;
      }
      this.sockets.add(socket);
      socket.on('close', () => {
        this.sockets.delete(socket);
        this.counts.bytesReceived += socket.bytesRead;
        this.counts.bytesSent += socket.bytesWritten;
      });
      if (!secure || !tcp) {
        new Connection(socket, context, this.nextPid++);
        return;
      }
      const deadline = Date.now() + options.authenticationTimeoutMs;
      void negotiateEncryption(socket, secure, options.authenticationTimeoutMs).then((next) => {
        if (!next || this.stopping) return next?.destroy();
        const conn = new Connection(next, context, this.nextPid++);
        next.resume();
        // authentication_timeout counts from connect, the encryption requests and handshake included.
        setTimeout(() => conn.activityState() ?? next.destroy(), deadline - Date.now()).unref();
      });
    };
    this.server = createServer((socket) => this.accept(socket, true));
  }

  /** The Unix socket's path once listening with a socket directory, else null. */
  get socketPath(): string | null {
    return this.unixPath;
  }

  /** A read-only snapshot of the figures, taken when asked. */
  figures(): ServerFigures {
    const pipeline = this.databases.default.pipeline;
    const replicas = pipeline.replicaRows().map(([id, status, appliedSeq, stateRoot, batches, rollbacks, repairs, host, lag]) => ({
      id: Number(id),
      host: host === null ? null : String(host),
      status: String(status),
      lag: Number(lag),
      appliedSeq: Number(appliedSeq),
      stateRoot: String(stateRoot),
      batches: Number(batches),
      rollbacks: Number(rollbacks),
      repairs: Number(repairs),
    }));
    const stats = Object.fromEntries(pipeline.statRows().map(([name, value]) => [String(name), String(value)]));
    let bytesReceived = this.counts.bytesReceived;
    let bytesSent = this.counts.bytesSent;
    for (const s of this.sockets) {
      bytesReceived += s.bytesRead;
      bytesSent += s.bytesWritten;
    }
    return {
      replicas,
      stats,
      quorum: Math.floor(replicas.length / 2) + 1,
      connections: { open: this.connections.size, accepted: this.counts.accepted, rejected: this.counts.rejected, bytesReceived, bytesSent },
      locks: { ...this.databases.default.waits.counts },
    };
  }

  /** Resolves with the port actually bound (useful with port 0). */
  async listen(): Promise<number> {
    await loadParser();
    await this.databases.open();
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => resolve());
    });
    const addr = this.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : this.options.port;
    if (this.options.socketDir !== null) await this.listenUnix(join(this.options.socketDir, `.s.PGSQL.${port}`));
    return port;
  }

  /**
   * Listens on the Unix socket `path`. A socket file left by a server that died is removed; one
   * that a live server answers on is an error, as for PostgreSQL's socket lock file.
   */
  private async listenUnix(path: string): Promise<void> {
    if (existsSync(path)) {
      const live = await new Promise<boolean>((resolve) => {
        const probe = connect(path);
        probe.once('connect', () => {
          probe.destroy();
          resolve(true);
        });
        probe.once('error', () => resolve(false));
      });
      if (live) throw new Error(`another server is listening on the Unix socket ${path}`);
      unlinkSync(path);
    }
    const server = createServer((socket) => this.accept(socket, false));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
    this.unixServer = server;
    this.unixPath = path;
  }

  /**
   * Stops accepting, ends every session and waits (at most `rollbackWaitMs`) for their open
   * transactions to roll back through the pipeline, so the replicas close between batches —
   * cleanly, with their WAL checkpointed — rather than under a running batch.
   */
  async stop(rollbackWaitMs = 5000): Promise<void> {
    this.stopping = true;
    const closed = Promise.all(
      [this.server, this.unixServer].map((s) => (s ? new Promise<void>((resolve) => s.close(() => resolve())) : undefined)),
    );
    const sessions = [...this.connections.values()];
    for (const conn of sessions) {
      conn.fatal(new PgError(SqlState.adminShutdown, 'terminating connection due to administrator command', { severity: 'FATAL' }));
    }
    for (const s of this.sockets) s.destroy();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, rollbackWaitMs)));
    await Promise.race([Promise.all(sessions.map((c) => c.ended())), timeout]);
    clearTimeout(timer);
    await closed;
    await this.databases.close();
  }
}
