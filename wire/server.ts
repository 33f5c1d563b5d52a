/**
 * The TCP server: accepts connections, enforces the connection limit, routes CancelRequest to
 * the session it names, and shuts down cleanly.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import { type AuthMethod, type UserStore } from './auth.js';
import { Connection, type ServerContext } from './connection.js';
import { PgError, SqlState } from '../pg/errors.js';
import { loadParser } from '../dialect/translate/parse.js';
import { TranslatorSchema } from '../dialect/translate/schema.js';
import { Pipeline, type PipelineOptions } from '../cluster/pipeline.js';
import { LockWaits } from '../cluster/lock-waits.js';
import { Session } from '../cluster/session.js';
import { StatusTables } from '../cluster/status-tables.js';

export interface ServerOptions extends Omit<PipelineOptions, 'log'> {
  host: string;
  port: number;
  maxConnections: number;
  maxMessageSize: number;
  authenticationTimeoutMs: number;
  /** Database names clients may connect to. */
  databases: string[];
  authMethod: AuthMethod;
  users: UserStore;
  /** Setting defaults for every session (statement_timeout, lock_timeout, …). */
  settings: Record<string, string>;
  log: Logger;
}

export class EvsqlServer {
  private readonly server: Server;
  private readonly pipeline: Pipeline;
  private readonly connections = new Map<number, Connection>();
  private readonly sockets = new Set<Socket>();
  private nextPid = 1000 + Math.floor(Math.random() * 1000);
  private stopping = false;
  private schema: TranslatorSchema;

  constructor(private readonly options: ServerOptions) {
    this.pipeline = new Pipeline({ ...options, log: options.log });
    this.schema = new TranslatorSchema(this.pipeline.schemaSnapshot);
    this.pipeline.onSchemaChange = (snapshot) => {
      this.schema = new TranslatorSchema(snapshot);
    };
    const waits = new LockWaits(this.pipeline.locks);
    const status = new StatusTables(this.pipeline);
    const context: ServerContext = {
      newSession: () => new Session(this.pipeline, waits),
      schema: () => this.schema,
      statusQuery: (t, params) => status.query(t, params),
      authMethod: options.authMethod,
      users: options.users,
      maxMessageSize: options.maxMessageSize,
      authenticationTimeoutMs: options.authenticationTimeoutMs,
      databases: new Set(options.databases),
      defaults: options.settings,
      log: options.log,
      admit: (conn) => {
        if (this.connections.size >= options.maxConnections) return false;
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
    this.server = createServer((socket) => {
      if (this.stopping) {
        socket.destroy();
        return;
      }
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      new Connection(socket, context, this.nextPid++);
    });
  }

  /** Resolves with the port actually bound (useful with port 0). */
  async listen(): Promise<number> {
    await loadParser();
    await this.pipeline.open();
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => resolve());
    });
    const addr = this.server.address();
    return typeof addr === 'object' && addr ? addr.port : this.options.port;
  }

  /** Stops accepting, ends every session (open transactions roll back), closes the replicas. */
  async stop(): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const conn of this.connections.values()) {
      conn.fatal(new PgError(SqlState.adminShutdown, 'terminating connection due to administrator command', { severity: 'FATAL' }));
    }
    for (const s of this.sockets) s.destroy();
    await closed;
    await this.pipeline.close();
  }
}
