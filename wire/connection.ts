/**
 * One client connection: the v3 protocol loop. It reads frames, dispatches them by type (startup
 * and authentication, simple and extended query, COPY), writes the answers, keeps the rule that an
 * error in an extended-query pipeline skips everything up to Sync, and owns the idle timers. What
 * needs no socket lives beside it: startup.ts, statements.ts, copy.ts, session-rules.ts.
 */
import type { StatementStatistics } from './statement-statistics.js';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { AuthExchange, type AuthMethod, type AuthStep, type UserStore } from './auth.js';
import * as msg from './backend-messages.js';
import { asPgError } from './as-pg-error.js';
import { runCaught } from './caught-errors.js';
import { runBlock } from './do-block.js';
import { startCopy, type CopyHost, type CopyIn } from './copy.js';
import { BodyReader, MessageReader, MessageWriter, WRITE_HIGH_WATER, type FrontendMessage, clientText } from './frames.js';
import { converts } from '../pg/encodings.js';
import { decodeBinary, decodeText } from './param-values.js';
import { type ColumnType, commandTag, encodeRow, fieldDescriptions, resultColumns } from './results.js';
import { SessionRules, type SessionOutput } from './session-rules.js';
import { passwordMessage, readStartupPacket, startupIdentity, writeAuthStep, writeGreeting } from './startup.js';
import { StatementStore, type Portal, type PreparedStatement } from './statements.js';
import { CursorStore, type Cursor, fetchRows, portalCursor } from './cursors.js';
import { requireEncryption } from './tls.js';
import { liftLargeLiterals } from './large-literals.js';
import { PgError, SqlState, stackDepthExceeded } from '../pg/errors.js';
import { OID, formatType, type SqliteValue } from '../pg/types/registry.js';
import { encodeText } from '../pg/types/text-format.js';
import { explained, translate, translateAt, type NotifyArgument, type Translation } from '../dialect/translate/translate.js';
import type { BlockAnswer, DoBlock } from '../dialect/translate/block-program.js';
import { unsupported } from '../dialect/translate/unsupported.js';
import { bindCallParameters } from '../dialect/translate/plpgsql-procedures.js';
import { rowsStatement } from '../dialect/translate/plpgsql-rows.js';
import { MAX_SQLITE_VARIABLES, inlineParameters } from '../dialect/sqlite-quote.js';
import { parseQuery, parserReady } from '../dialect/translate/parse.js';
import { placeError } from '../dialect/translate/place-error.js';
import { translateLifted } from '../dialect/translate/lift.js';
import type { RunOptions, Session } from '../cluster/session.js';
import type { TranslatorSchema } from '../dialect/translate/schema.js';
import { sessionTempPrefix } from '../dialect/catalog/definitions.js';
import { quoteIdentifier } from '../pg/ident.js';
import { configSettings, withSetting } from '../pg/settings.js';
import { wholeResult, type ExecResult } from '../executor/messages.js';
import type { Endpoint, SessionContext } from '../dialect/plan.js';
import { SessionNotifications, type Notification } from './notifications.js';
import type { ServedDatabase } from './database.js';
import type { DatabaseEntry } from '../dialect/plan.js';
import type { CreateDatabase, DatabaseOptions, DatabaseSpec, DropDatabase, RenameDatabase } from '../dialect/translate/databases.js';
import type { AdvisoryLocks } from './advisory-locks.js';
import type { AdvisorySpec, CallArgument } from '../dialect/translate/advisory.js';

export interface ServerContext {
  /** pg_stat_statements' figures, which each table statement adds to. */
  statementStatistics: StatementStatistics;
  /** The database a client connecting to `name` gets, or undefined where there is none of that name. */
  database(name: string): ServedDatabase | undefined;
  /** How many connections are in `db` now (its CONNECTION LIMIT). */
  connectionsTo(db: ServedDatabase): number;
  /** pg_database's rows of the server's databases, or null while it serves only its default one. */
  listDatabases(): readonly DatabaseEntry[] | null;
  /** CREATE DATABASE from session `self`, whose context a TEMPLATE's copy is read in. */
  createDatabase(spec: CreateDatabase, ctx: SessionContext, self: Connection): Promise<void>;
  /** DROP DATABASE from a session in `from`; its notices. */
  dropDatabase(spec: DropDatabase, from: ServedDatabase): Promise<PgError[]>;
  /** ALTER DATABASE … WITH CONNECTION LIMIT and its kin. */
  alterDatabase(spec: DatabaseOptions): void;
  /** ALTER DATABASE … SET / RESET, COMMENT ON DATABASE: `change` edits the database's entry, which is kept (3D000 for none). */
  describeDatabase(name: string, change: (entry: DatabaseEntry) => void): void;
  /** ALTER DATABASE … RENAME TO from a session in `from`. */
  renameDatabase(spec: RenameDatabase, from: ServedDatabase): Promise<void>;
  /** Who holds which advisory lock, server-wide. */
  advisoryLocks: AdvisoryLocks;
  authMethod: AuthMethod;
  users: UserStore;
  maxMessageSize: number;
  /** PostgreSQL's authentication_timeout: from connect to authenticated, or the socket is dropped. */
  authenticationTimeoutMs: number;
  /** TCP clients without TLS are refused (28000). */
  tlsRequired: boolean;
  /** When the server started, ms since the epoch: pg_postmaster_start_time(). */
  startedAt: number;
  /** Registers the connection for CancelRequest; false when the server is full. */
  admit(conn: Connection): boolean;
  leave(conn: Connection): void;
  cancel(pid: number, secret: number): void;
  /** Server-wide defaults for settings (from flags). */
  defaults: Record<string, string>;
  log: Record<'debug' | 'info' | 'warn', (obj: object, msg?: string) => void>;
  /** Logs a failed statement with its SQLSTATE, at the level --log-failed-statements chose. */
  logFailedStatement(obj: object): void;
}

/** What pg_stat_activity shows of a session; times are ms since the epoch. */
export interface Activity {
  backendStart: number;
  query: string;
  queryStart: number | null;
  xactStart: number | null;
  stateChange: number;
}

export class Connection {
  readonly pid: number;
  readonly secret: number;
  private readonly reader: MessageReader;
  private readonly out = new MessageWriter();
  private state: 'startup' | 'auth' | 'ready' | 'closed' = 'startup';
  private auth: AuthExchange | undefined;
  private rules!: SessionRules;
  private session!: Session;
  private readonly statements = new StatementStore(() => this.schema());
  private readonly cursors = new CursorStore();
  /** The database connected to: set once the startup packet names one the server has (authStep refuses any other). */
  private db!: ServedDatabase;
  private notifications!: SessionNotifications;
  /** Notifications for this session, held while it is busy or in a transaction block. */
  private inbox: Notification[] = [];
  private skipUntilSync = false;
  private copyIn: CopyIn | null = null;
  /** schema()'s last answer, with the shared schema and search path it was made for. */
  private schemaView: { shared: TranslatorSchema; path: string[] | undefined; view: TranslatorSchema } | null = null;
  private processing = false;
  /** When the statement running began (performance.now()), for pg_stat_statements' execution time. */
  private statementStart = 0;
  /**
   * An extended-protocol message came since the last Sync: as PostgreSQL's, the session stays
   * active (pg_stat_activity) and no idle timeout runs until the Sync's ReadyForQuery.
   */
  private awaitingSync = false;
  /** The query string of the message being answered, which an error's position counts in. */
  private errorQuery = '';
  private readonly authTimer: NodeJS.Timeout;
  private idleTimer: NodeJS.Timeout | undefined;
  private cancelReason: string | null = null;
  /** Cancels so far: a streamed result stops between chunks when one comes. */
  private cancels = 0;
  /** How deep LANGUAGE plpgsql functions are calling one another now (nestedRoutine). */
  private routineDepth = 0;
  /** Ends this session's wait for an advisory lock, if it waits. */
  private advisoryCancel: ((err: PgError) => void) | null = null;
  private ending: Promise<void> = Promise.resolve();
  readonly activity: Activity = { backendStart: Date.now(), query: '', queryStart: null, xactStart: null, stateChange: Date.now() };
  private readonly output: SessionOutput = {
    notice: (err) => {
      if (this.rules.sendsNotice(err.severity)) msg.errorResponse(this.out, err, true);
    },
    commandComplete: (tag) => msg.commandComplete(this.out, tag),
  };

  constructor(private readonly socket: Socket, private readonly server: ServerContext, pid: number) {
    this.pid = pid;
    this.secret = (Math.random() * 0x7fffffff) | 0;
    this.reader = new MessageReader(server.maxMessageSize);
    socket.setNoDelay(true);
    // As PostgreSQL's backends, TCP keepalive (the system's timings): a client whose machine or
    // network went away without closing the socket is found gone, and its transaction's locks go.
    socket.setKeepAlive(true);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
    // As PostgreSQL, a client that has not authenticated in time is dropped without a word.
    this.authTimer = setTimeout(() => {
      if (this.state !== 'ready') this.socket.destroy();
    }, server.authenticationTimeoutMs);
    this.authTimer.unref();
  }

  /**
   * The schema as this session sees it: its own temporary tables, no other session's, names
   * resolved by its search_path. Kept while neither the schema nor the path changes: it is asked
   * for at every statement.
   */
  private schema(): TranslatorSchema {
    const shared = this.db.schema();
    const path = this.rules?.searchPath();
    if (!this.schemaView || this.schemaView.shared !== shared || this.schemaView.path !== path) {
      this.schemaView = { shared, path, view: shared.forSession(sessionTempPrefix(this.pid), path) };
    }
    return this.schemaView.view;
  }

  /** As PostgreSQL, a session's temporary tables go when it ends. */
  private async dropTempTables(): Promise<void> {
    const tables = this.schema().tempTables();
    if (!tables.length) return;
    const drop = translate(`DROP TABLE ${tables.map(quoteIdentifier).join(', ')}`, this.schema())[0]!;
    await this.session.exec(drop, [], this.rules.runOptions());
  }

  /**
   * What COMMIT does to the session's temporary tables made ON COMMIT DROP or DELETE ROWS, done
   * once its transaction (a block, or a statement's own) committed: no other session sees those
   * tables, so nothing tells it from PostgreSQL's doing it as part of the commit.
   */
  private afterCommit(): Done {
    const tables = this.schema().onCommitTables();
    if (tables.length) return this.onCommitActions(tables);
  }

  private async onCommitActions(tables: ReturnType<TranslatorSchema['onCommitTables']>): Promise<void> {
    const dropped = tables.filter((t) => t.onCommit === 'drop').map((t) => quoteIdentifier(t.name));
    const emptied = tables.filter((t) => t.onCommit === 'delete rows').map((t) => quoteIdentifier(t.name));
    const statements = [...(dropped.length ? [`DROP TABLE ${dropped.join(', ')}`] : []), ...(emptied.length ? [`TRUNCATE ${emptied.join(', ')}`] : [])];
    for (const sql of statements) await this.session.exec(translate(sql, this.schema())[0]!, [], this.rules.runOptions());
  }

  /** CancelRequest from another connection. */
  cancel(reason = 'user request'): void {
    this.cancelReason = reason;
    this.cancels++;
    this.session?.cancel();
    this.advisoryCancel?.(new PgError(SqlState.queryCanceled, `canceling statement due to ${reason}`));
  }

  private onData(chunk: Buffer): void {
    this.reader.push(chunk);
    // A throw outside drain's own catches (closing, flushing) must end this connection, not the
    // server: an unhandled rejection would stop the process.
    if (!this.processing) this.drain().catch((err: unknown) => this.crashed(err));
  }

  private crashed(err: unknown): void {
    this.server.log.warn({ ...this.who(), error: err instanceof Error ? err.stack : String(err) }, 'connection failed');
    this.processing = false;
    if (this.state === 'closed') return;
    try {
      this.fatal(asPgError(err));
    } catch {
      this.socket.destroy();
    }
  }

  private async drain(): Promise<void> {
    this.processing = true;
    this.clearIdleTimer();
    try {
      for (;;) {
        if (this.state === 'closed') return;
        let m: FrontendMessage | undefined;
        try {
          m = this.reader.next();
        } catch (err) {
          this.fatal(asPgError(err));
          return;
        }
        if (!m) break;
        try {
          const parser = parserReady();
          if (parser) await parser;
          const pending = this.dispatch(m);
          if (pending) await pending;
        } catch (err) {
          this.fatal(asPgError(err));
          return;
        }
      }
      this.sendNotifications();
      this.flush();
    } finally {
      this.processing = false;
      this.activity.stateChange = Date.now();
      if (this.state === 'ready' && this.rules.txStatus === 'I') this.activity.xactStart = null;
    }
    this.armIdleTimer();
  }

  private dispatch(m: FrontendMessage): Done {
    if (this.state === 'startup') return this.onStartup(m.body);
    if (this.state === 'auth') return this.authStep(this.auth!.onPasswordMessage(passwordMessage(m)));
    if (this.copyIn) return this.onCopyMessage(this.copyIn, m);
    switch (m.type) {
      case 'Q': {
        // After an extended-protocol error every message but Sync is skipped, a simple Query too.
        if (this.skipUntilSync) return;
        let query: string;
        try {
          const r = new BodyReader(m.body, this.out.encoding);
          query = r.cstring();
          r.end();
        } catch (err) {
          // A NUL inside the text, bytes that are not UTF-8: an error, as in PostgreSQL, not the end of the session.
          this.queryError(asPgError(err));
          this.readyForQuery();
          return;
        }
        return this.onQuery(query);
      }
      case 'P':
        return this.extended(() => this.onParse(m.body));
      case 'B':
        return this.extended(() => this.onBind(m.body));
      case 'D':
        return this.extended(() => this.onDescribe(m.body));
      case 'E':
        return this.extended(() => this.onExecute(m.body));
      case 'C':
        return this.extended(() => this.onClose(m.body));
      case 'S':
        return this.onSync();
      case 'H':
        this.flush();
        return;
      case 'X':
        this.close();
        return;
      case 'd':
      case 'c':
      case 'f':
        // Copy messages outside COPY are ignored, as PostgreSQL does after a failed COPY.
        return;
      case 'F':
        return this.extended(async () => {
          throw new PgError(SqlState.featureNotSupported, 'the fastpath function call protocol is not supported by evsql');
        });
      default:
        throw new PgError(SqlState.protocolViolation, `invalid frontend message type ${m.type.charCodeAt(0)}`);
    }
  }

  // ------------------------------------------------------------------ startup and authentication

  private async onStartup(body: Buffer): Promise<void> {
    const packet = readStartupPacket(body);
    if (packet.kind === 'encryption') {
      this.socket.write('N');
      return;
    }
    if (packet.kind === 'cancel') {
      this.server.cancel(packet.pid, packet.secret);
      this.close();
      return;
    }
    this.reader.startupPhase = false;
    if (packet.negotiate) msg.negotiateProtocolVersion(this.out, packet.negotiate.unrecognized);
    const { user, database } = startupIdentity(packet.params);
    if (this.server.tlsRequired) requireEncryption(this.socket, user, database);
    const db = this.server.database(database);
    // ALTER DATABASE … SET's settings, then ALTER ROLE … SET's, are the session's defaults, which its startup parameters override.
    const config = [...(db?.entry.settings ?? []), ...(db?.schema().role(user)?.config ?? [])];
    const defaults = config.length ? { ...this.server.defaults, ...configSettings(config) } : this.server.defaults;
    this.rules = new SessionRules({ user, database, pid: this.pid, endpoint: this.endpoint() }, defaults, packet.params);
    if (!this.server.admit(this)) {
      throw new PgError(SqlState.tooManyConnections, 'sorry, too many clients already', { severity: 'FATAL' });
    }
    if (db) {
      this.db = db;
      this.rules.servedDatabases = () => {
        const all = this.server.listDatabases();
        return all ? { current: db.entry.oid, all } : undefined;
      };
      this.session = db.newSession();
      this.notifications = new SessionNotifications(db.notifications, { pid: this.pid, notify: (n) => this.onNotification(n) });
    }
    this.auth = new AuthExchange(this.server.authMethod, user, this.server.users);
    this.state = 'auth';
    this.authStep(this.auth.start());
  }

  private authStep(step: AuthStep): void {
    if (!writeAuthStep(this.out, step)) {
      this.flush();
      return;
    }
    this.checkDatabase(this.rules.identity.database);
    this.checkLoginRole(this.rules.identity.user);
    this.useEncoding(this.rules.show('client_encoding'));
    writeGreeting(this.out, this.rules.reportedEntries(), this.pid, this.secret);
    this.state = 'ready';
    this.reader.authenticated = true;
    clearTimeout(this.authTimer);
    this.server.log.info({ ...this.who(), application_name: this.rules.show('application_name') }, 'connection authorized');
  }

  /** CREATE, DROP and ALTER DATABASE, which the server carries out: a database is replicas of its own. */
  private async runDatabase(spec: DatabaseSpec, tag: string): Promise<void> {
    switch (spec.action) {
      case 'drop':
        for (const notice of await this.server.dropDatabase(spec, this.db)) this.output.notice(notice);
        break;
      case 'rename':
        await this.server.renameDatabase(spec, this.db);
        break;
      case 'options':
        this.server.alterDatabase(spec);
        break;
      case 'set': {
        // FROM CURRENT: the session's value, as SHOW gives it.
        const value = spec.fromCurrent ? this.rules.show(spec.setting) : spec.value;
        this.server.describeDatabase(spec.name, (entry) => (entry.settings = withSetting(entry.settings ?? [], spec.setting, value)));
        break;
      }
      case 'comment':
        // PostgreSQL's CommentObject warns of a database that does not exist, and comments on nothing.
        if (!this.server.database(spec.name)) this.output.notice(new PgError(SqlState.invalidCatalogName, `database "${spec.name}" does not exist`, { severity: 'WARNING' }));
        else this.server.describeDatabase(spec.name, (entry) => (entry.comment = spec.comment ?? undefined));
        break;
      case 'create':
        this.checkRole(spec.owner);
        await this.server.createDatabase(spec, this.rules.ctx(), this);
        for (const warning of spec.warnings) this.output.notice(warning);
        break;
      case 'owner':
        // Every database is the bootstrap superuser's in pg_database, as every object here is (sessions act as it).
        if (spec.name !== 'template0' && !this.server.database(spec.name)) throw new PgError(SqlState.invalidCatalogName, `database "${spec.name}" does not exist`);
        this.checkRole(spec.owner);
        break;
    }
    msg.commandComplete(this.out, tag);
  }

  /** A role named as an owner: the session's user or one made with CREATE ROLE (null: the session's own). */
  private checkRole(name: string | null): void {
    if (name !== null && name !== this.rules.identity.user && !this.db.schema().role(name)) throw new PgError(SqlState.undefinedObject, `role "${name}" does not exist`);
  }

  /** As PostgreSQL's InitPostgres, once authenticated: the database exists, takes connections, and has room for one more. */
  private checkDatabase(name: string): void {
    // template0 is listed in pg_database, but refuses connections there as in PostgreSQL.
    const closed = name === 'template0' || (this.db?.entry.allowConnections === false);
    if (closed) throw new PgError(SqlState.objectNotInPrerequisiteState, `database "${name}" is not currently accepting connections`, { severity: 'FATAL' });
    if (!this.db) throw new PgError(SqlState.invalidCatalogName, `database "${name}" does not exist`, { severity: 'FATAL' });
    const limit = this.db.entry.connectionLimit;
    // This connection counts among them already.
    if (limit >= 0 && this.server.connectionsTo(this.db) > limit) throw new PgError(SqlState.tooManyConnections, `too many connections for database "${name}"`, { severity: 'FATAL' });
  }

  /** The database this connection is in (DROP DATABASE counts them), once known. */
  get servedDatabase(): ServedDatabase | undefined {
    return this.db;
  }

  /** Ends the session (DROP DATABASE … WITH (FORCE)); settles once it has rolled back. */
  terminate(err: PgError): Promise<void> {
    this.fatal(err);
    return this.ended();
  }

  /**
   * A session acts as a superuser and enforces no privileges, so it may not log in as a role made
   * with CREATE ROLE that is not one: PostgreSQL's 28000 for a NOLOGIN role, else 0A000.
   */
  private checkLoginRole(user: string): void {
    const role = this.db.schema().role(user);
    if (!role || role.super) return;
    if (!role.login) throw new PgError(SqlState.invalidAuthorizationSpecification, `role "${user}" is not permitted to log in`, { severity: 'FATAL' });
    throw new PgError(SqlState.featureNotSupported, `logging in as role "${user}", which is not a superuser, is not supported by evsql (sessions enforce no privileges)`, { severity: 'FATAL' });
  }

  /** Who this connection is, for log lines: pid, user, database, client address. */
  private who(): object {
    return { backend_pid: this.pid, user: this.rules?.identity.user, database: this.rules?.identity.database, client: this.clientAddress() };
  }

  /** The socket's two ends as inet_client_addr() and its kin tell them (nulls over the Unix socket). */
  private endpoint(): Endpoint {
    const tcp = this.socket.remoteAddress !== undefined;
    return {
      clientAddr: tcp ? this.socket.remoteAddress! : null,
      clientPort: tcp ? (this.socket.remotePort ?? null) : null,
      serverAddr: tcp ? (this.socket.localAddress ?? null) : null,
      serverPort: tcp ? (this.socket.localPort ?? null) : null,
      serverStart: this.server.startedAt,
    };
  }

  /** `host:port` of a TCP client, `local` over the Unix socket. */
  /** The TLS the connection runs over, as pg_stat_ssl shows it; null without. */
  tls(): { version: string; cipher: string; bits: number | null } | null {
    const secure = this.socket as TLSSocket;
    if (!secure.encrypted) return null;
    const cipher = secure.getCipher().name;
    // OpenSSL's cipher names carry the key length (TLS_AES_256_GCM_SHA384); ChaCha20's is 256 bits.
    const bits = /CHACHA20/i.test(cipher) ? 256 : Number(/AES_?(\d+)/i.exec(cipher)?.[1] ?? NaN);
    return { version: secure.getProtocol() ?? '', cipher, bits: Number.isNaN(bits) ? null : bits };
  }

  clientAddress(): string {
    return this.socket.remoteAddress ? `${this.socket.remoteAddress}:${this.socket.remotePort}` : 'local';
  }

  /** The session's open cursors and named prepared statements (pg_cursors, pg_prepared_statements). */
  sessionObjects(): { cursors: Array<[string, Cursor]>; prepared: Array<[string, PreparedStatement]> } {
    return { cursors: this.cursors.list(), prepared: this.statements.named() };
  }

  /** The session's state as pg_stat_activity shows it; null before authentication completes. */
  activityState(): { state: string; user: string; database: string; databaseOid: number; applicationName: string; lockWait: 'transactionid' | 'advisory' | null } | null {
    if (this.state !== 'ready') return null;
    const idle = { I: 'idle', T: 'idle in transaction', E: 'idle in transaction (aborted)' }[this.rules.txStatus];
    return {
      state: this.processing || this.awaitingSync ? 'active' : idle,
      user: this.rules.identity.user,
      database: this.rules.identity.database,
      databaseOid: this.db.entry.oid,
      applicationName: this.rules.show('application_name'),
      lockWait: this.advisoryCancel ? 'advisory' : this.session.waitingForLock ? 'transactionid' : null,
    };
  }

  private noteQuery(query: string): void {
    const now = Date.now();
    this.activity.query = query;
    this.activity.queryStart = now;
    this.activity.stateChange = now;
    if (this.rules.txStatus === 'I') this.activity.xactStart = now;
  }

  // ------------------------------------------------------------------ simple query

  private onQuery(query: string): Done {
    this.noteQuery(query);
    this.errorQuery = query;
    let statements: Array<() => Translation>;
    let copying: boolean;
    let params: SqliteValue[] = [];
    try {
      ({ statements, copying, params = [] } = this.rules.inTimeZone(() => this.statementsOf(query)));
    } catch (err) {
      this.queryError(this.rules.translationFailed(asPgError(err)));
      this.readyForQuery();
      return;
    }
    if (statements.length === 0) {
      msg.empty(this.out, 'I');
      this.readyForQuery();
      return;
    }
    // Several statements in one Query run as one implicit transaction, as in PostgreSQL, which a
    // BEGIN among them makes a block and a COMMIT or ROLLBACK among them ends (the next begins another).
    const implicit = statements.length > 1 && !copying;
    return this.runQueryFrom(statements, 0, params, implicit);
  }

  /** Runs a Query's statements from the `i`th on, each once the one before it ended: at once while each does. */
  private runQueryFrom(statements: Array<() => Translation>, i: number, params: SqliteValue[], implicit: boolean): Done {
    for (; i < statements.length; i++) {
      let running: Promise<'copy' | void> | void;
      try {
        running = this.startQueryStatement(statements[i]!, params, implicit);
      } catch (err) {
        return this.queryEnded(err);
      }
      if (running) {
        const next = i + 1;
        return running.then(
          (result) => (result === 'copy' ? undefined : this.runQueryFrom(statements, next, params, implicit)),
          (err) => this.queryEnded(err),
        );
      }
    }
    return this.queryEnded(undefined);
  }

  private startQueryStatement(next: () => Translation, params: SqliteValue[], implicit: boolean): Promise<'copy' | void> | void {
    if (implicit && !this.session.inTransaction) this.rules.beginImplicit(this.session, 'statements');
    let t: Translation;
    try {
      t = this.rules.inTimeZone(next);
    } catch (err) {
      throw this.rules.translationFailed(asPgError(err));
    }
    if (t.paramCount > params.length) throw noParameter(t.node);
    return this.runStatement(t, params, [], null);
  }

  /** The end of a Query's statements, at the first that failed (`err`) or after the last. */
  private queryEnded(err: unknown): Done {
    const failed = err !== undefined;
    if (failed) this.queryError(asPgError(err));
    const ending = this.endImplicit(failed);
    if (ending) return ending.then(() => this.readyForQuery());
    this.readyForQuery();
  }

  /** Ends the implicit transaction (session-rules.ts), if one is open: committed unless the statements `failed`. */
  private endImplicit(failed: boolean): Done {
    if (this.rules.implicit) return this.endImplicitNow(failed);
  }

  private async endImplicitNow(failed: boolean): Promise<void> {
    let committed = !failed;
    try {
      await this.rules.endImplicit(this.session, committed ? 'commit' : 'rollback');
    } catch (err) {
      // The commit a deferred foreign key refused, which rolled the statements back.
      this.queryError(asPgError(err));
      committed = false;
    }
    this.transactionEnded(committed);
    if (committed) await this.afterCommit();
  }

  /**
   * ReadyForQuery, after the notifications that came meanwhile (outside a transaction block) and
   * ParameterStatus for each reported setting that changed since the client was last told, in
   * PostgreSQL's order. Clients that read a reply up to ReadyForQuery see only the notifications
   * sent before it: postmodern's, so pgloader's `LISTEN seqs` and DO block ending in pg_notify.
   */
  private readyForQuery(): void {
    this.sendNotifications();
    for (const [name, value] of this.rules.changedReports()) {
      msg.parameterStatus(this.out, name, value);
      if (name === 'client_encoding') this.useEncoding(value);
    }
    msg.readyForQuery(this.out, this.rules.txStatus);
  }

  /** From now on the client's text is read and written in `encoding` (its client_encoding). */
  private useEncoding(encoding: string): void {
    this.out.encoding = converts(encoding) ? encoding : null;
  }

  /**
   * The statements of a simple Query, each translated when its turn comes: as in PostgreSQL, a
   * statement is analysed after the ones before it ran (`CREATE TABLE a …; INSERT INTO a …`).
   * A single statement takes the cached translation of the whole text, or of its shape with the
   * constants lifted out as `params`. `copying`: one of them is COPY, so the statements do not form
   * one implicit transaction.
   */
  private statementsOf(query: string): { statements: Array<() => Translation>; copying: boolean; params?: SqliteValue[] } {
    const lifted = translateLifted(query, this.schema()) ?? this.withoutLargeLiterals(query);
    if (lifted) return { statements: [() => lifted.translation], copying: false, params: lifted.params };
    let whole: Translation[] | undefined;
    try {
      whole = translate(query, this.schema());
    } catch {
      whole = undefined;
    }
    if (whole && whole.length <= 1) return { statements: whole.map((t) => () => t), copying: false };
    const raws = parseQuery(query);
    const copying = raws.some((r) => 'CopyStmt' in r.node);
    const statements = raws.map((raw, i) => () => {
      try {
        return translateAt(raws, i, this.schema());
      } catch (err) {
        const e = asPgError(err);
        if (e.fields.position !== undefined) e.fields.position += raw.offset;
        throw e;
      }
    });
    return { statements, copying };
  }

  /**
   * A one-statement query or DML whose large literals go in as parameters (large-literals.ts),
   * each decoded with the type the statement gives it, as Bind decodes a text parameter; undefined
   * when it has none or does not translate so.
   */
  private withoutLargeLiterals(query: string): { translation: Translation; params: SqliteValue[] } | undefined {
    const lifted = liftLargeLiterals(query);
    if (!lifted) return undefined;
    let translation: Translation | undefined;
    try {
      const all = translate(lifted.text, this.schema());
      translation = all.length === 1 ? all[0] : undefined;
    } catch {
      return undefined;
    }
    if (!translation || (translation.kind !== 'query' && translation.kind !== 'dml') || translation.paramCount !== lifted.values.length) return undefined;
    const t = translation;
    try {
      // An untyped literal is text, as PostgreSQL resolves one the statement leaves unknown.
      return { translation: t, params: lifted.values.map((v, i) => decodeText(v, t.paramTypes[i] || OID.text, t.displayParams?.includes(i + 1) === true)) };
    } catch {
      // A value its type refuses: the statement as written raises PostgreSQL's error for it.
      return undefined;
    }
  }

  private queryError(err: PgError): void {
    this.server.logFailedStatement({ backend_pid: this.pid, user: this.rules.identity.user, sqlstate: err.code, error: err.message, statement: this.activity.query });
    msg.errorResponse(this.out, placeError(err, this.errorQuery));
    this.rules.statementFailed();
  }

  // ------------------------------------------------------------------ extended query

  private extended(body: () => Done): Done {
    this.awaitingSync = true;
    if (this.skipUntilSync) return;
    try {
      const pending = body();
      if (pending) return pending.catch((err) => this.extendedFailed(err));
    } catch (err) {
      this.extendedFailed(err);
    }
  }

  /** As PostgreSQL, an extended-protocol error skips every message up to the next Sync. */
  private extendedFailed(err: unknown): void {
    this.queryError(asPgError(err));
    this.skipUntilSync = true;
  }

  private onParse(body: Buffer): void {
    const r = new BodyReader(body, this.out.encoding);
    const name = r.cstring();
    const query = r.cstring();
    const n = r.uint16();
    const declared: number[] = [];
    for (let i = 0; i < n; i++) declared.push(r.int32());
    this.errorQuery = query;
    try {
      this.rules.inTimeZone(() => this.statements.prepare(name, query, declared));
    } catch (err) {
      throw this.rules.translationFailed(asPgError(err));
    }
    const { translation } = this.statements.statement(name);
    try {
      if (translation) this.rules.assertNotAborted(translation);
    } catch (err) {
      // PostgreSQL refuses it before keeping it.
      this.statements.closeStatement(name);
      throw err;
    }
    msg.empty(this.out, '1');
  }

  private onBind(body: Buffer): void {
    const r = new BodyReader(body, this.out.encoding);
    const portalName = r.cstring();
    const stmtName = r.cstring();
    // A parameter's value is not in the query: an error about it has no position.
    this.errorQuery = '';
    const stmt = this.rules.inTimeZone(() => this.statements.bindable(stmtName));
    const formatCount = r.uint16();
    const formats: number[] = [];
    for (let i = 0; i < formatCount; i++) formats.push(formatCode(r.int16()));
    const paramCount = r.uint16();
    if (formatCount > 1 && formatCount !== paramCount) {
      throw new PgError(SqlState.protocolViolation, `bind message has ${formatCount} parameter formats but ${paramCount} parameters`);
    }
    if (paramCount !== stmt.paramTypes.length) {
      throw new PgError(SqlState.protocolViolation, `bind message supplies ${paramCount} parameters, but prepared statement "${stmtName}" requires ${stmt.paramTypes.length}`);
    }
    // Before its parameters are read: in a failed block their errors are not the ones reported.
    if (stmt.translation) this.rules.assertNotAborted(stmt.translation);
    const raws: Array<Buffer | null> = [];
    for (let i = 0; i < paramCount; i++) {
      const len = r.int32();
      if (len < -1) throw new PgError(SqlState.protocolViolation, 'insufficient data left in message');
      raws.push(len === -1 ? null : r.bytes(len));
    }
    const decode = (raw: Buffer | null, i: number): SqliteValue => {
      if (raw === null) return null;
      const format = formats.length === 0 ? 0 : formats.length === 1 ? formats[0]! : formats[i]!;
      const oid = stmt.paramTypes[i]!;
      const display = stmt.translation?.displayParams?.includes(i + 1) === true;
      return format === 1 ? decodeBinary(raw, oid, i, display) : decodeText(clientText(raw, this.out.encoding), oid, display);
    };
    // One setting of the session's time zone and styles for all of them: it costs more than decoding an integer.
    const params = paramCount === 0 ? [] : this.rules.inTimeZone(() => raws.map(decode));
    const resultCount = r.uint16();
    const resultFormats: number[] = [];
    for (let i = 0; i < resultCount; i++) resultFormats.push(formatCode(r.int16()));
    const columns = stmt.translation?.columns;
    if (columns && resultCount > 1 && resultCount !== columns.length) throw new PgError(SqlState.protocolViolation, `bind message has ${resultCount} result formats but query has ${columns.length} columns`);
    this.statements.bind(portalName, stmt, params, resultFormats);
    msg.empty(this.out, '2');
  }

  private onDescribe(body: Buffer): Done {
    const r = new BodyReader(body, this.out.encoding);
    const kind = String.fromCharCode(r.byte());
    const name = r.cstring();
    if (kind === 'S') {
      const stmt = this.statements.statement(name);
      this.errorQuery = stmt.query;
      // A failed block describes parameters but not rows, which PostgreSQL reads the catalogs for.
      if (stmt.translation?.columns) this.rules.assertNotAborted(stmt.translation);
      msg.parameterDescription(this.out, stmt.paramTypes.map((t) => t || OID.text));
      return this.withColumns(stmt.translation, (columns) => {
        if (columns) msg.rowDescription(this.out, fieldDescriptions(columns, []));
        else msg.empty(this.out, 'n');
      });
    }
    if (kind !== 'P') throw new PgError(SqlState.protocolViolation, `invalid DESCRIBE message subtype ${kind.charCodeAt(0)}`);
    if (!this.statements.findPortal(name) && this.cursors.has(name)) {
      // A cursor DECLAREd in SQL is a portal too (psycopg 3 describes its named cursors so), in text even if BINARY, as PostgreSQL describes it.
      const cursor = this.cursors.get(name);
      msg.rowDescription(this.out, fieldDescriptions(cursor.columns, []));
      return;
    }
    const portal = this.statements.portal(name);
    if (portal.stmt.translation?.columns) this.rules.assertNotAborted(portal.stmt.translation);
    // Describing prepares the statement: an error of its query (42703 from SQLite's prepare) is placed in it.
    this.errorQuery = portal.stmt.query;
    return this.withColumns(portal.stmt.translation, (columns) => {
      portal.columns = columns;
      if (columns) msg.rowDescription(this.out, fieldDescriptions(columns, portal.resultFormats));
      else msg.empty(this.out, 'n');
    });
  }

  /** Calls `then` with the statement's result columns: at once when known, else once a replica described them. */
  private withColumns(t: Translation | null, then: (columns: ColumnType[] | null) => void): Done {
    const known = this.knownColumns(t);
    if (known !== undefined) return then(known);
    return this.describeColumns(t!).then(then);
  }

  /**
   * Result columns without running the statement, where no replica need be asked: static types,
   * or the ones described before. Kept per translation (one schema version): libpq describes the
   * portal before every execution.
   */
  private knownColumns(t: Translation | null): ColumnType[] | null | undefined {
    if (t?.kind === 'fetch') return t.tag === 'FETCH' ? this.cursors.get(t.cursor!.name!).columns : null;
    if (!t || !t.columns) return null;
    const columns = DESCRIBED.get(t);
    if (columns !== undefined) return columns;
    if (t.kind !== 'show' && t.kind !== 'do' && !t.advisory) return undefined;
    const typed = resultColumns(t.columns, t.columns.map((c) => ({ name: c.name, declType: null })), null);
    DESCRIBED.set(t, typed);
    return typed;
  }

  /** SQLite's declared types of the result, from the server's own answer or a replica. */
  private async describeColumns(t: Translation): Promise<ColumnType[] | null> {
    const declared = this.db.statusColumns(t) ?? (await this.session.describe(t.steps, this.rules.ctx(), this.schema().describeTemps(t.lockingRead))).columns;
    const columns = declared ? resultColumns(t.columns!, declared, null, this.schema()) : null;
    DESCRIBED.set(t, columns);
    return columns;
  }

  private onExecute(body: Buffer): Done {
    const r = new BodyReader(body, this.out.encoding);
    const name = r.cstring();
    const maxRows = r.int32();
    const portal = this.statements.portal(name);
    const t = portal.stmt.translation;
    this.noteQuery(t?.text ?? '');
    this.errorQuery = portal.stmt.query;
    if (!t) {
      msg.empty(this.out, 'I');
      return;
    }
    if (!this.session.inTransaction && !portal.result && this.opensPipeline(t)) this.rules.beginImplicit(this.session, 'pipeline');
    const running = this.runStatement(t, portal.params, portal.resultFormats, portal, maxRows > 0 ? maxRows : undefined);
    if (running) return running.then(() => undefined);
  }

  /**
   * Whether an Execute outside a transaction opens the pipeline's implicit transaction: PostgreSQL
   * runs what comes before a Sync as one transaction, so an error rolls back the statements before
   * it. A statement the Sync follows at once is its own transaction all the same, and runs in
   * autocommit; when what follows has not arrived (a Flush, a pipeline sent in pieces) it opens one.
   */
  private opensPipeline(t: Translation): boolean {
    if (NOT_IMPLICIT.has(t.kind) || t.node.VacuumStmt || t.node.DiscardStmt) return false;
    return this.reader.pipelineAhead() !== 'sync';
  }

  private onClose(body: Buffer): void {
    const r = new BodyReader(body, this.out.encoding);
    const kind = String.fromCharCode(r.byte());
    const name = r.cstring();
    if (kind === 'S') this.statements.closeStatement(name);
    else if (kind === 'P') this.statements.closePortal(name);
    else throw new PgError(SqlState.protocolViolation, `invalid CLOSE message subtype ${kind.charCodeAt(0)}`);
    msg.empty(this.out, '3');
  }

  private onSync(): Done {
    const ending = this.endImplicit(this.skipUntilSync);
    if (ending) return ending.then(() => this.synced());
    this.synced();
  }

  private synced(): void {
    this.skipUntilSync = false;
    this.awaitingSync = false;
    if (this.rules.txStatus === 'I') this.statements.closePortals();
    this.readyForQuery();
    this.flush();
  }

  // ------------------------------------------------------------------ statements

  /**
   * Runs one statement and writes its result messages. With a portal (extended protocol) the
   * RowDescription is Describe's job and rows may come in pieces of `maxRows`.
   */
  private runStatement(t: Translation, params: SqliteValue[], formats: number[], portal: Portal | null, maxRows?: number): Promise<'copy' | void> | void {
    this.rules.assertRunnable(t);
    this.statementStart = performance.now();
    if (t.kind === 'query' || t.kind === 'dml' || t.kind === 'ddl') return this.runTableStatement(t, params, formats, portal, maxRows);
    return this.runOtherStatement(t, params, formats, portal, maxRows);
  }

  /** A query, DML or DDL statement, run on the replicas (or on the main thread's reader, at once). */
  private runTableStatement(t: Translation, params: SqliteValue[], formats: number[], portal: Portal | null, maxRows?: number): Done {
    if (t.kind === 'query' && t.notify && !portal?.result) {
      if (t.notifyArguments) return this.notifyArgumentsOf(t, params).then((computed) => this.notifyThenRun(t, params, computed, formats, portal, maxRows));
      this.runNotify(t, params);
    }
    const running = this.runSql(t, params, formats, portal, maxRows);
    return running ? running.then(() => this.afterTableStatement(t)) : this.afterTableStatement(t);
  }

  private afterTableStatement(t: Translation): Done {
    if (t.notifications) this.sendTriggerNotifications(t.notifications);
    if (t.kind === 'ddl' && this.rules.txStatus === 'T') this.rules.ranInBlock(t.node);
    // Outside a transaction block the statement was its own transaction.
    if (!this.session.inTransaction) return this.afterCommit();
  }

  private async runOtherStatement(t: Translation, params: SqliteValue[], formats: number[], portal: Portal | null, maxRows?: number): Promise<'copy' | void> {
    switch (t.kind) {
      case 'begin':
      case 'commit':
      case 'rollback':
      case 'savepoint':
      case 'release':
      case 'rollback_to': {
        const committing = t.kind === 'commit' && (this.rules.txStatus === 'T' || this.rules.implicit !== null);
        try {
          await this.rules.transactionControl(t, this.session, this.output);
          if (t.kind === 'savepoint' || t.kind === 'release' || t.kind === 'rollback_to') this.notifications.savepoint(t.kind, t.name!);
        } catch (err) {
          // A COMMIT a deferred foreign key refused rolled the transaction back.
          if (committing && !this.session.inTransaction) this.transactionEnded(false);
          throw err;
        }
        if (t.kind === 'savepoint' || t.kind === 'release' || t.kind === 'rollback_to') this.cursors.savepoint(t.kind, t.name!);
        // AND CHAIN ended a transaction too, though another is open now.
        if (!this.session.inTransaction || t.chain) {
          this.transactionEnded(committing);
          if (committing) await this.afterCommit();
        }
        return;
      }
      case 'notify':
        this.runNotify(t, params);
        return;
      case 'declare':
      case 'fetch':
      case 'close':
        return this.runCursor(t, params, formats, portal);
      case 'set':
        this.rules.set(t, this.session.inTransaction, this.output);
        return;
      case 'show':
        return this.runShow(t, formats, portal);
      case 'discard':
        this.statements.clear();
        this.cursors.clear();
        this.notifications.unlistenAll();
        this.rules.discard();
        msg.commandComplete(this.out, t.tag);
        return;
      case 'deallocate':
        this.statements.deallocate(t.name || null);
        msg.commandComplete(this.out, t.tag);
        return;
      case 'prepare':
        this.rules.inTimeZone(() => this.statements.prepare(t.name!, t.prepare!.query, t.prepare!.paramTypes, { text: this.activity.query, fromSql: true, at: Date.now() }));
        msg.commandComplete(this.out, t.tag);
        return;
      case 'execute': {
        const { translation, params: values } = this.rules.inTimeZone(() => this.statements.executable(t.name!, t.execute!));
        if (!translation) return void msg.empty(this.out, 'I');
        return this.runStatement(t.explains ? explained(translation) : translation, values, formats, portal, maxRows);
      }
      case 'noop':
        if (t.node.LockStmt) {
          if (!this.rules.inBlock) throw new PgError(SqlState.noActiveSqlTransaction, 'LOCK TABLE can only be used in transaction blocks');
          // Its tables' locks are taken by the request (mixer/analyze.ts) and held until the transaction ends.
          return this.runSql(t, params, formats, portal, maxRows);
        }
        if (t.constraintsSet && !this.rules.inBlock) {
          this.output.notice(new PgError(SqlState.noActiveSqlTransaction, 'SET CONSTRAINTS can only be used in transaction blocks', { severity: 'WARNING' }));
        } else if (t.constraintsSet) {
          await this.rules.setConstraints(t.constraintsSet, this.session);
        }
        for (const notice of t.notices ?? []) this.output.notice(notice);
        msg.commandComplete(this.out, t.tag);
        return;
      case 'do': {
        // A call of a LANGUAGE plpgsql routine with $n arguments: their values start its variables.
        // A query of the routine's rows reads them as any statement, with the statement's parameters, in the block's transaction.
        const query = t.routineRows ? (rows: BlockAnswer | undefined) => this.runStatement(this.rowsQuery(t, rows), params, formats, portal, maxRows) as Promise<void> | void : undefined;
        const answer = await this.withStatementTimeout(async () => this.runDo(await this.calledBlock(t, params), query));
        if (query) return;
        // A routine's block answers one row (a procedure's output parameters, a function's value); through a portal RowDescription is Describe's to send.
        const columns = this.knownColumns(t);
        // A set-returning function's block answers its rows, none perhaps.
        const set = t.block!.answers && 'set' in t.block!.answers;
        const rows = set ? (answer?.rows ?? []) : (answer?.rows.slice(0, 1) ?? []);
        if (columns && (rows.length || set)) {
          if (!portal) msg.rowDescription(this.out, fieldDescriptions(columns, formats));
          for (const row of rows) msg.dataRow(this.out, encodeRow(row, columns, formats, this.rules.textEncoder()));
        }
        msg.commandComplete(this.out, set ? `SELECT ${rows.length}` : t.tag);
        return;
      }
      case 'database':
        return this.runDatabase(t.database!, t.tag);
      case 'copy': {
        this.copyIn = await startCopy(this.copyHost(), t, params, portal === null);
        return this.copyIn ? 'copy' : undefined;
      }
    }
  }

  /** What the connection holds for the transaction block that ended, kept (`committed`) or not. */
  private transactionEnded(committed: boolean): void {
    this.cursors.endTransaction(committed);
    this.notifications.endTransaction(committed);
    this.server.advisoryLocks.releaseAll(this.pid, 'transaction');
  }

  /** Runs a query, DML or DDL statement: its result, the notices it raised sent; at once when a reader on this thread answers it. */
  private resultOf(t: Translation, params: SqliteValue[]): ExecResult | Promise<ExecResult> {
    // Sent before the statement runs, as PostgreSQL reports what a DROP … CASCADE drops.
    for (const notice of t.notices ?? []) this.output.notice(notice);
    // WHERE CURRENT OF: the cursor's current row's key follows the statement's own parameters.
    if (t.currentOf) params = [...params.slice(0, t.currentOf.first - 1), ...this.cursors.currentKey(t.currentOf.cursor, t.currentOf.table)];
    // PostgreSQL binds up to 65,535 parameters, SQLite fewer: past that, they go in as literals.
    const runnable = t.steps.some((s) => s.params.length > MAX_SQLITE_VARIABLES) ? { ...t, steps: t.steps.map((s) => inlineParameters(s, params)) } : t;
    const own = t.advisory ? this.withStatementTimeout(() => this.runAdvisory(t.advisory!, params, t.advisoryKey)) : this.db.statusQuery(t, params, () => this.rules.ctx());
    if (!own && !t.caught && runnable === t) {
      let read: ExecResult | undefined;
      try {
        read = this.session.tryRead(t, params, this.rules.runOptions());
      } catch (err) {
        this.adoptDrawn(err);
      }
      if (read) return this.adoptResult(read);
    }
    const current = t.kind === 'ddl' && runnable === t ? () => this.translatedAgain(t) : undefined;
    const run = () => this.session.exec(runnable, params, this.withServerRows(t, this.rules.runOptions()), current);
    const running = async () =>
      (own && (await own)) ?? (await this.withStatementTimeout(() => runCaught(t, run, () => this.session.describe(t.steps, this.rules.ctx(), this.schema().describeTemps(t.lockingRead)))));
    return running().then(
      (result) => this.adoptResult(result),
      (err) => this.adoptDrawn(err),
    );
  }

  /**
   * DDL translated again where the schema moved while it waited for its locks: another session's
   * `ADD COLUMN IF NOT EXISTS c` (CREATE TABLE, CREATE INDEX … IF NOT EXISTS) made first makes this
   * one's a NOTICE, as PostgreSQL analyses a statement once it holds the relation's lock.
   */
  private translatedAgain(t: Translation): Translation {
    if (t.schemaVersion === this.schema().version) return t;
    const again = translate(t.text, this.schema());
    if (again.length !== 1) return t;
    for (const notice of again[0]!.notices ?? []) this.output.notice(notice);
    return again[0]!;
  }

  /** `opts` with the rows of pg_stat_activity and pg_locks that `t` joins with other relations, if it does. */
  private withServerRows(t: Translation, opts: RunOptions): RunOptions {
    const rows = this.db.serverRows(t, opts.ctx);
    if (rows) opts.ctx.serverRows = rows;
    return opts;
  }

  /** Rethrows a statement's error; what the failed statement drew from sequences stays drawn: currval and lastval move. */
  private adoptDrawn(err: unknown): never {
    if (err instanceof PgError && err.fields.drawn) this.rules.adopt(err.fields.drawn);
    throw err;
  }

  /** The settings a statement changed become the session's; its notices go out. */
  private adoptResult(result: ExecResult): ExecResult {
    if (result.settings) this.rules.adopt(result.settings, result.localSettings, this.session.inTransaction);
    for (const n of result.notices ?? []) this.output.notice(new PgError(n.code, n.message, n.fields));
    return result;
  }

  private runSql(t: Translation, params: SqliteValue[], formats: number[], portal: Portal | null, maxRows?: number): Done {
    const held = portal?.result;
    if (held) return this.sendResult(t, held, formats, portal, maxRows, true);
    const result = this.resultOf(t, params);
    if (result instanceof Promise) return result.then((r) => this.sendResult(t, r, formats, portal, maxRows, false));
    return this.sendResult(t, result, formats, portal, maxRows, false);
  }

  /** A statement's result as messages: `resumed`, an Execute that goes on with a portal's rows. */
  private sendResult(t: Translation, result: ExecResult, formats: number[], portal: Portal | null, maxRows: number | undefined, resumed: boolean): Done {
    if (portal && !resumed) {
      portal.result = result;
      portal.position = 0;
      portal.passed = 0;
    }
    const returnsRows = t.columns !== null;
    // Counted where the database has the extension, so that others pay nothing for it.
    if (!resumed && this.db.schema().hasExtension('pg_stat_statements')) {
      this.server.statementStatistics.record(t, this.db.entry.oid, returnsRows ? result.rows.length : result.changes, performance.now() - this.statementStart);
    }
    if (!returnsRows) {
      msg.commandComplete(this.out, commandTag(t.tag, result.changes));
      return;
    }
    let columns = portal?.columns ?? null;
    if (!columns) {
      columns = resultColumns(t.columns, result.columns ?? [], result.rows, this.schema());
      if (portal) portal.columns = columns;
      else msg.rowDescription(this.out, fieldDescriptions(columns, formats));
    }
    const timeout = result.rest ? this.rules.statementTimeoutMs() : 0;
    const stream: RowStream = {
      t,
      result,
      columns,
      formats,
      portal,
      maxRows,
      resumed,
      rows: result.rows,
      at: portal?.position ?? 0,
      passed: portal?.passed ?? 0,
      left: maxRows ?? Infinity,
      sent: 0,
      cancels: this.cancels,
      deadline: timeout > 0 ? Date.now() + timeout : Infinity,
      text: this.rules.textEncoder(),
    };
    return this.sendRows(stream);
  }

  /**
   * Sends a result's rows until they end or the Execute's count does. A streamed result
   * (result.rest) comes a chunk at a time, the next asked for only once the socket has taken this
   * one: a slow client holds up its reader, not the server's memory. Where it has to wait for the
   * socket or the next chunk, it goes on once that is done.
   */
  private sendRows(s: RowStream): Done {
    const { result } = s;
    let waiting: Promise<void> | undefined;
    try {
      rows: for (;;) {
        while (s.at < s.rows.length && s.left > 0) {
          msg.dataRow(this.out, encodeRow(s.rows[s.at]!, s.columns, s.formats, s.text));
          s.at++;
          s.left--;
          s.sent++;
          if (this.out.length > WRITE_HIGH_WATER) {
            waiting = this.flushAndWait();
            break rows;
          }
        }
        if (s.at < s.rows.length || !result.rest) break;
        if (this.cancels !== s.cancels) throw new PgError(SqlState.queryCanceled, `canceling statement due to ${this.cancelReason ?? 'user request'}`);
        if (Date.now() > s.deadline) throw new PgError(SqlState.queryCanceled, 'canceling statement due to statement timeout');
        waiting = result.rest.next().then((next) => {
          if (!next) {
            delete result.rest;
            return;
          }
          s.passed += s.rows.length;
          result.rows = s.rows = next;
          s.at = 0;
        });
        break;
      }
    } catch (err) {
      this.abandonRows(result);
      throw err;
    } finally {
      if (s.portal) {
        s.portal.position = s.at;
        s.portal.passed = s.passed;
      }
    }
    if (waiting) {
      return waiting.then(
        () => this.sendRows(s),
        (err) => {
          this.abandonRows(result);
          throw err;
        },
      );
    }
    // As PostgreSQL's portal: suspended once the Execute's count is reached, even by the last row;
    // each Execute's tag counts the rows it sent (a write's, once run in pieces, too).
    if (s.left === 0) {
      msg.empty(this.out, 's');
      return;
    }
    // A SELECT that draws from a sequence runs as DML (translate.ts) and counts its rows all the same.
    const t = s.t;
    const count = t.kind === 'query' || t.tag === 'SELECT' || s.maxRows !== undefined || s.resumed ? s.sent : result.changes;
    msg.commandComplete(this.out, commandTag(t.tag, count));
  }

  private abandonRows(result: ExecResult): void {
    result.rest?.close();
    delete result.rest;
  }

  /**
   * A DO block, atomic as one statement: inside a transaction block it runs in the transaction,
   * whose failure it fails as a statement's would (ROLLBACK or ROLLBACK TO takes its work back); in
   * autocommit it runs in a transaction of its own, committed at its end or rolled back on error.
   */
  private async runDo(block: DoBlock, then?: (answer: BlockAnswer | undefined) => Promise<void> | void): Promise<BlockAnswer | undefined> {
    const own = !this.session.inTransaction;
    if (own) this.session.begin();
    const text = this.rules.textEncoder();
    const opts = this.rules.runOptions();
    const cancels = this.cancels;
    // A closed connection's session has rolled its transaction back: nothing more of the block may run, in autocommit least of all.
    const going = () => {
      if (this.state === 'closed') throw new PgError(SqlState.adminShutdown, 'terminating connection');
      if (this.cancels !== cancels) throw new PgError(SqlState.queryCanceled, `canceling statement due to ${this.cancelReason ?? 'user request'}`);
    };
    let answer: BlockAnswer | undefined;
    const marks: number[] = [];
    try {
      answer = await runBlock(block, {
        run: async (sql) => {
          going();
          try {
            return await this.blockStatement(sql, text);
          } catch (err) {
            // What the client sees of the statement is the block's CONTEXT: PostgreSQL points into it with no position.
            throw placeError(asPgError(err), sql);
          }
        },
        notice: (notice) => this.output.notice(notice),
        savepoint: async (action, name) => {
          going();
          await this.session.savepoint(action, name, opts);
          // What the block's statements notified since an EXCEPTION block began goes with its work when that is rolled back.
          if (action === 'savepoint') marks.push(this.notifications.mark());
          else if (action === 'rollback_to') this.notifications.dropSince(marks.at(-1)!);
          else marks.pop();
        },
        checkCancel: going,
      });
      // What reads the block's answer is part of its statement: its error takes the block's work back too.
      if (then) await then(answer);
    } catch (err) {
      if (own) {
        await this.rules.endTransaction(this.session, 'rollback');
        this.transactionEnded(false);
      }
      throw err;
    }
    if (own) {
      await this.rules.endTransaction(this.session, 'commit');
      // The notifications its statements' triggers sent go out with its commit.
      this.transactionEnded(true);
      await this.afterCommit();
    }
    return answer;
  }

  /** One statement a DO block runs: its rows as PostgreSQL's text. */
  private async blockStatement(sql: string, text: ReturnType<SessionRules['textEncoder']>): Promise<BlockAnswer> {
    const all = this.rules.inTimeZone(() => translate(sql, this.schema()));
    if (all.length !== 1) throw unsupported('a DO block statement of other than one SQL statement');
    const t = all[0]!;
    if (t.kind === 'do') return await this.nestedRoutine(t);
    if (t.advisory) throw unsupported('advisory lock functions in a DO block');
    // Its notification is held until the block's transaction ends, as PostgreSQL holds it.
    if (t.notify) this.runNotify(t, [], t.notifyArguments ? await this.notifyArgumentsOf(t, []) : []);
    if (t.notifications) {
      const answer = await this.blockStatementResult(t, text);
      this.sendTriggerNotifications(t.notifications);
      return answer;
    }
    return this.blockStatementResult(t, text);
  }

  private async blockStatementResult(t: Translation, text: ReturnType<SessionRules['textEncoder']>, params: SqliteValue[] = []): Promise<BlockAnswer> {
    if (!BLOCK_KINDS.has(t.kind) || (t.kind === 'noop' && t.node.LockStmt)) throw unsupported(`${t.tag} in a DO block`);
    this.rules.assertRunnable(t);
    if (t.kind === 'noop') {
      for (const notice of t.notices ?? []) this.output.notice(notice);
      if (t.constraintsSet && this.session.inTransaction) await this.rules.setConstraints(t.constraintsSet, this.session);
      return { rows: [], fields: [], changes: 0 };
    }
    const result = await wholeResult(await this.resultOf(t, params));
    if (t.columns === null) return { rows: [], fields: [], changes: result.changes };
    const columns = resultColumns(t.columns, result.columns ?? [], result.rows, this.schema());
    const rows = result.rows.map((r) => encodeRow(r, columns, [], text) as Array<string | null>);
    // A type SQL cannot name (formatType's ???) goes in as an untyped literal, which its use resolves.
    const fields = columns.map((c) => {
      const type = formatType(c.type.oid, -1);
      return { name: c.name, type: type === '???' ? null : type };
    });
    return { rows, fields, changes: result.changes };
  }

  /**
   * A routine call's block, its parameters' values bound: the statement's own, then those of the
   * arguments it computes, which PostgreSQL evaluates before the routine runs.
   */
  private async calledBlock(t: Translation, params: SqliteValue[]): Promise<DoBlock> {
    const computed = t.routineArguments ? (await this.blockStatementResult(t.routineArguments, this.rules.textEncoder(), params)).rows[0]! : [];
    // A parameter is held as SQLite holds its type (an array as JSON): the block reads PostgreSQL's text of it.
    const values = [...params.map((v, i) => (t.paramTypes[i] ? encodeText(v, t.paramTypes[i]!) : v)), ...computed];
    return values.length ? bindCallParameters(t.block!, values) : t.block!;
  }

  /**
   * A LANGUAGE plpgsql function a block's statement calls (one function's body calling another):
   * its block runs inside the caller's, in its transaction, and its row (a set-returning one's
   * rows) answers the statement, or the query of them the statement is.
   */
  private async nestedRoutine(t: Translation): Promise<BlockAnswer> {
    if (!t.block?.answers) throw unsupported('DO in a DO block');
    // PostgreSQL's stack runs out first where a function calls itself without end.
    if (this.routineDepth >= MAX_ROUTINE_DEPTH) throw stackDepthExceeded();
    this.routineDepth++;
    let answer: BlockAnswer | undefined;
    try {
      answer = await this.runDo(await this.calledBlock(t, []));
    } finally {
      this.routineDepth--;
    }
    if (t.routineRows) return this.blockStatementResult(this.rowsQuery(t, answer), this.rules.textEncoder());
    const columns = this.knownColumns(t) ?? [];
    const rows = 'set' in t.block.answers ? (answer?.rows ?? []) : (answer?.rows.slice(0, 1) ?? []);
    return { rows, fields: (answer?.fields ?? []).map((f, i) => ({ ...f, name: columns[i]?.name ?? f.name })), changes: 0 };
  }

  /** The statement that reads a routine's rows, as its block answered them (a function of one row answers that row). */
  private rowsQuery(t: Translation, answer: BlockAnswer | undefined): Translation {
    const rows = answer?.rows ?? [];
    const all = this.rules.inTimeZone(() => translate(rowsStatement(t.routineRows!, 'set' in t.block!.answers! ? rows : rows.slice(0, 1)), this.schema()));
    return all[0]!;
  }

  /** DECLARE runs the query and keeps its rows; FETCH and MOVE walk them; CLOSE drops the cursor. */
  private async runCursor(t: Translation, params: SqliteValue[], formats: number[], portal: Portal | null): Promise<void> {
    const spec = t.cursor!;
    if (t.kind === 'close') {
      this.cursors.close(spec.name);
    } else if (t.kind === 'declare') {
      if (!spec.hold && !this.rules.inBlock) throw new PgError(SqlState.noActiveSqlTransaction, 'DECLARE CURSOR can only be used in transaction blocks');
      this.cursors.assertNew(spec.name!);
      const query = spec.query!;
      // A cursor keeps its rows: FETCH may go backward, and the next FETCH may come much later.
      const result = await wholeResult(await this.withStatementTimeout(() => this.session.exec(query, params, this.rules.runOptions())));
      // A keyed cursor's rows end in their table's primary key (dialect/translate/current-of.ts), kept apart.
      const keyWidth = spec.current?.width ?? 0;
      const cut = <T>(xs: T[]): T[] => xs.slice(0, xs.length - keyWidth);
      const rows = keyWidth ? result.rows.map(cut) : result.rows;
      const current = spec.current ? { current: { table: spec.current.table, keys: result.rows.map((r) => r.slice(r.length - keyWidth)), locked: spec.current.locked } } : {};
      const columns = resultColumns(query.columns && cut(query.columns), cut(result.columns ?? []), rows, this.schema());
      this.cursors.declare(spec.name!, { columns, rows, format: spec.binary ? 1 : 0, noScroll: spec.scroll === false, hold: !!spec.hold, statement: this.activity.query, created: Date.now(), scrollable: !!spec.scrollable, ...current }, this.rules.txStatus !== 'I');
    } else {
      const named = spec.name!;
      const runPortal = this.cursors.has(named) ? undefined : this.statements.findPortal(named);
      // FETCH and MOVE by SQL on a streaming portal read the rest of it (a rare mix: asyncpg's cursors).
      if (runPortal?.result) await wholeResult(runPortal.result);
      const cursor = this.cursors.has(named) ? this.cursors.get(named) : (portalCursor(runPortal) ?? this.cursors.get(named));
      const rows = fetchRows(cursor, spec);
      if (t.tag === 'FETCH') {
        const rowFormats = formats.length ? formats : [cursor.format];
        if (!portal) msg.rowDescription(this.out, fieldDescriptions(cursor.columns, rowFormats));
        for (const row of rows) msg.dataRow(this.out, encodeRow(row, cursor.columns, rowFormats, this.rules.textEncoder()));
      }
      msg.commandComplete(this.out, `${t.tag} ${rows.length}`);
      return;
    }
    msg.commandComplete(this.out, t.tag);
  }

  /** LISTEN, UNLISTEN, NOTIFY, pg_notify(): held until the transaction ends, at once outside a transaction block. */
  private runNotify(t: Translation, params: SqliteValue[], computed: SqliteValue[] = []): void {
    const spec = t.notify!;
    const value = (a: NotifyArgument | undefined): string | null => {
      if (!a) return null;
      const v = 'param' in a ? params[a.param - 1] : 'computed' in a ? computed[a.computed] : a.value;
      return v === null || v === undefined ? null : Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
    };
    const channel = value(spec.channel);
    if (spec.action === 'listen') this.notifications.listen(channel!);
    else if (spec.action === 'unlisten') this.notifications.unlisten(channel);
    else this.notifications.notify(channel, value(spec.payload));
    if (!this.session.inTransaction) this.notifications.endTransaction(true);
    if (t.kind === 'notify') msg.commandComplete(this.out, t.tag);
  }

  /** pg_notify's arguments other than constants and parameters, as its statement computes them first. */
  private async notifyArgumentsOf(t: Translation, params: SqliteValue[]): Promise<SqliteValue[]> {
    return (await wholeResult(await this.resultOf(t.notifyArguments!, params))).rows[0] ?? [];
  }

  /** A pg_notify statement whose arguments were computed: the notification, then the statement's row. */
  private async notifyThenRun(t: Translation, params: SqliteValue[], computed: SqliteValue[], formats: number[], portal: Portal | null, maxRows?: number): Promise<void> {
    this.runNotify(t, params, computed);
    await this.runSql(t, params, formats, portal, maxRows);
    await this.afterTableStatement(t);
  }

  /** What a statement's statement-level triggers send (PERFORM pg_notify), once it ran: held until the transaction ends, at once outside a transaction block. */
  private sendTriggerNotifications(notifications: NonNullable<Translation['notifications']>): void {
    for (const n of notifications) this.notifications.notify(n.channel, n.payload);
    if (!this.session.inTransaction) this.notifications.endTransaction(true);
  }

  /** pg_advisory_lock and its kin (advisory-locks.ts): one row, void, or whether the lock was taken or let go. */
  private async runAdvisory(spec: AdvisorySpec, params: SqliteValue[], keyQuery: Translation | undefined): Promise<ExecResult> {
    const locks = this.server.advisoryLocks;
    const computed = keyQuery ? (await this.session.exec(keyQuery, params, this.rules.runOptions())).rows[0] : undefined;
    const row = (value: SqliteValue): ExecResult => ({ columns: [{ name: '', declType: null }], rows: [[value]], changes: 0 });
    const restore = this.applySetConfig(spec.settings);
    try {
      if (spec.action === 'unlock_all') {
        locks.releaseAll(this.pid, 'session');
        return row('');
      }
      const key = advisoryKey(spec.key, params, computed);
      // The functions are strict: a NULL key takes nothing.
      if (key === null) return row(null);
      if (spec.action === 'try') return row(locks.tryLock(key, this.pid, spec.level) ? 1 : 0);
      if (spec.action === 'unlock') {
        const released = locks.unlock(key, this.pid);
        if (!released) this.output.notice(new PgError(SqlState.warning, "you don't own a lock of type ExclusiveLock", { severity: 'WARNING' }));
        return row(released ? 1 : 0);
      }
      await locks.lock(key, this.pid, spec.level, this.rules.runOptions().lockTimeoutMs, (cancel) => (this.advisoryCancel = cancel));
      return row('');
    } finally {
      this.advisoryCancel = null;
      restore();
      // Outside a transaction block the statement was its own transaction.
      if (!this.session.inTransaction) locks.releaseAll(this.pid, 'transaction');
    }
  }

  /**
   * set_config(name, value, is_local) of the WITH an advisory-lock call reads from: a local one
   * lasts until the transaction ends, which outside a transaction block is the statement's end.
   */
  private applySetConfig(settings: AdvisorySpec['settings']): () => void {
    const before: Record<string, string> = {};
    for (const { name, value, local } of settings) {
      if (local && this.session.inTransaction) this.rules.setForTransaction(name, value);
      else {
        if (local) before[name] ??= this.rules.show(name);
        this.rules.adopt({ [name]: value });
      }
    }
    return () => this.rules.adopt(before);
  }

  private onNotification(n: Notification): void {
    this.inbox.push(n);
    if (!this.processing && this.state === 'ready') {
      this.sendNotifications();
      this.flush();
    }
  }

  /** Outside a transaction block, the notifications that came meanwhile. */
  private sendNotifications(): void {
    if (!this.inbox.length || this.state !== 'ready' || this.rules.txStatus !== 'I') return;
    for (const n of this.inbox) msg.notificationResponse(this.out, n.pid, n.channel, n.payload);
    this.inbox = [];
  }

  private runShow(t: Translation, formats: number[], portal: Portal | null): void {
    const name = t.name!;
    const columns: ColumnType[] = t.columns!.map((c) => ({ name: c.name, type: { oid: OID.text, typmod: -1 } }));
    // Through a portal RowDescription is Describe's to send, if the client asks.
    if (!portal) msg.rowDescription(this.out, fieldDescriptions(columns, formats));
    if (name === 'all') {
      for (const row of this.rules.showAll()) msg.dataRow(this.out, encodeRow(row, columns, formats, this.rules.textEncoder()));
    } else {
      msg.dataRow(this.out, encodeRow([this.rules.show(name)], columns, formats, this.rules.textEncoder()));
    }
    msg.commandComplete(this.out, 'SHOW');
  }

  /** Runs `body` under statement_timeout; a cancel by the timer reads as PostgreSQL's message. */
  private async withStatementTimeout<T>(body: () => Promise<T>): Promise<T> {
    const timeout = this.rules.statementTimeoutMs();
    this.cancelReason = null;
    const timer = timeout > 0 ? setTimeout(() => this.cancel('statement timeout'), timeout) : undefined;
    try {
      return await body();
    } catch (err) {
      if (err instanceof PgError && err.code === SqlState.queryCanceled && this.cancelReason) {
        throw new PgError(SqlState.queryCanceled, `canceling statement due to ${this.cancelReason}`);
      }
      throw err;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  // ------------------------------------------------------------------ COPY

  private copyHost(): CopyHost {
    return {
      session: this.session,
      out: this.out,
      schema: () => this.schema(),
      ctx: () => this.rules.ctx(),
      runOptions: () => this.rules.runOptions(),
      textEncoder: () => this.rules.textEncoder(),
      inTimeZone: (fn) => this.rules.inTimeZone(fn),
      flush: () => this.flush(),
      flushAndWait: () => this.flushAndWait(),
    };
  }

  private async onCopyMessage(copy: CopyIn, m: FrontendMessage): Promise<void> {
    const done = await copy.onMessage(m);
    if (!done) return;
    this.copyIn = null;
    if (done.failed) {
      this.queryError(done.failed);
      if (done.desynchronized) return this.fatal(new PgError(SqlState.protocolViolation, 'terminating connection because protocol synchronization was lost', { severity: 'FATAL' }));
    } else {
      // Outside a transaction block the COPY was its own transaction.
      if (!this.session.inTransaction) await this.afterCommit();
      msg.commandComplete(this.out, `COPY ${done.count}`);
    }
    if (copy.simple) this.readyForQuery();
    else if (done.failed) this.skipUntilSync = true;
  }

  // ------------------------------------------------------------------ output, timeouts, teardown

  private flush(): void {
    if (this.out.length === 0 || this.state === 'closed') return;
    this.socket.write(this.out.flush());
  }

  private async flushAndWait(): Promise<void> {
    if (this.state === 'closed') throw new PgError(SqlState.connectionException, 'connection closed');
    const ok = this.socket.write(this.out.flush());
    if (ok) return;
    // A client gone meanwhile never drains: its statement ends (and lets its reader go) instead of waiting for good.
    await new Promise<void>((resolve) => {
      const done = () => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
    if (this.socket.destroyed) throw new PgError(SqlState.connectionException, 'connection closed');
  }

  private armIdleTimer(): void {
    if (this.state !== 'ready' || this.copyIn || this.awaitingSync) return;
    const { ms, inTransaction } = this.rules.idleTimeout();
    if (ms <= 0) return;
    this.idleTimer = setTimeout(() => {
      const err = inTransaction
        ? new PgError(SqlState.idleInTransactionSessionTimeout, 'terminating connection due to idle-in-transaction timeout', { severity: 'FATAL' })
        : new PgError(SqlState.idleSessionTimeout, 'terminating connection due to idle-session timeout', { severity: 'FATAL' });
      this.fatal(err);
    }, ms);
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  /** Sends the error and closes this connection only. */
  fatal(err: PgError): void {
    if (this.state === 'closed') return;
    msg.errorResponse(this.out, err.severity === 'ERROR' ? new PgError(err.code, err.message, { ...err.fields, severity: 'FATAL' }) : err);
    this.flush();
    this.server.log.info({ ...this.who(), sqlstate: err.code, error: err.message }, 'connection closed on error');
    this.close();
  }

  close(): void {
    if (this.state === 'closed') return;
    const hadSession = this.state === 'ready' || this.state === 'auth';
    const authorized = this.state === 'ready';
    this.state = 'closed';
    this.clearIdleTimer();
    clearTimeout(this.authTimer);
    this.socket.end();
    this.socket.destroySoon?.();
    this.server.leave(this);
    this.notifications?.unlistenAll();
    this.statements.clear();
    this.advisoryCancel?.(new PgError(SqlState.adminShutdown, 'terminating connection'));
    this.server.advisoryLocks.releaseAll(this.pid, 'session');
    this.server.advisoryLocks.releaseAll(this.pid, 'transaction');
    if (authorized) this.server.log.info({ ...this.who(), duration_s: (Date.now() - this.activity.backendStart) / 1000 }, 'disconnection');
    if (hadSession && this.session) {
      this.session.cancel();
      this.ending = this.session
        .close(this.rules.ctx())
        .then(() => this.dropTempTables())
        .catch(() => undefined);
    }
  }

  /** Settles once the closed session's open transaction has rolled back through the pipeline. */
  ended(): Promise<void> {
    return this.ending;
  }
}

/** A Bind format code: 0 text, 1 binary, anything else refused as PostgreSQL does. */
function formatCode(code: number): number {
  if (code !== 0 && code !== 1) throw new PgError(SqlState.invalidParameterValue, `unsupported format code: ${code}`);
  return code;
}

const DESCRIBED = new WeakMap<Translation, ColumnType[] | null>();

/**
 * What a step of answering a message returns: nothing when it finished at once, as a point read
 * and every message around it do, else the promise of its end. A promise of each step of each
 * message (an await and a microtask apiece) was a tenth of the main thread under point reads.
 */
type Done = void | Promise<void>;

/** Where sending a result's rows stands (Connection.sendRows), kept across its waits. */
interface RowStream {
  readonly t: Translation;
  readonly result: ExecResult;
  readonly columns: ColumnType[];
  readonly formats: number[];
  readonly portal: Portal | null;
  readonly maxRows: number | undefined;
  readonly resumed: boolean;
  rows: SqliteValue[][];
  at: number;
  passed: number;
  left: number;
  sent: number;
  readonly cancels: number;
  readonly deadline: number;
  readonly text: ReturnType<SessionRules['textEncoder']>;
}
/** Statements that do not open a pipeline's implicit transaction: transaction control, and COPY, atomic on its own. */
const NOT_IMPLICIT = new Set(['begin', 'commit', 'rollback', 'savepoint', 'release', 'rollback_to', 'copy']);

/** What a DO block's statements may be: what runs on the replicas, or answers with its tag alone. */
const BLOCK_KINDS = new Set(['query', 'dml', 'ddl', 'noop']);

/** How deep functions may call one another before 54001: PostgreSQL 15's 2MB stack ends a small function's recursion between 700 and 1000 calls deep. */
const MAX_ROUTINE_DEPTH = 800;

/** An advisory lock's key: one bigint, or two integers (kept apart from bigints, as PostgreSQL's); null when an argument is NULL. */
function advisoryKey(args: CallArgument[], params: SqliteValue[], computed: SqliteValue[] | undefined): string | null {
  const values: bigint[] = [];
  for (const a of args) {
    const v = 'param' in a ? params[a.param - 1] : 'column' in a ? computed![a.column] : a.value;
    if (v === null || v === undefined) return null;
    const text = (Buffer.isBuffer(v) ? v.toString('utf8') : String(v)).trim();
    const type = args.length === 1 ? 'bigint' : 'integer';
    if (!/^[+-]?\d+$/.test(text)) throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type ${type}: "${text}"`);
    const n = BigInt(text);
    const bits = args.length === 1 ? 63n : 31n;
    if (n < -(1n << bits) || n >= 1n << bits) throw new PgError(SqlState.numericValueOutOfRange, `${type} out of range`);
    values.push(n);
  }
  return `${args.length}:${values.join(',')}`;
}

/** 42P02 for a `$n` in a simple Query, which binds no parameters: the first one written, as PostgreSQL's analysis meets it. */
function noParameter(node: unknown): PgError {
  let first: { number: number; location: number } | undefined;
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    const ref = (x as { ParamRef?: { number: number; location: number } }).ParamRef;
    if (ref && (!first || ref.location < first.location)) first = ref;
    for (const v of Object.values(x)) visit(v);
  };
  visit(node);
  return new PgError(SqlState.undefinedParameter, `there is no parameter $${first?.number ?? 1}`);
}
