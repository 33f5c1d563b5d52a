/**
 * One client connection: the v3 protocol state machine. Startup and authentication, simple and
 * extended query, COPY, transaction status, and the rule that an error in an extended-query
 * pipeline skips everything up to Sync.
 */
import type { Socket } from 'node:net';
import { AuthExchange, type AuthMethod, type UserStore } from './auth.js';
import * as msg from './backend-messages.js';
import { CopyInParser, copyOptionsFromStatement, formatCopyRow, formatCopyHeader, type CopyOptions } from './copy-format.js';
import { PgError, SqlState } from '../pg/errors.js';
import { decodeBinaryParam } from '../pg/types/binary-format.js';
import { OID, typeFromDeclared, type SqliteValue } from '../pg/types/registry.js';
import { decodeTextParam, encodeText } from '../pg/types/text-format.js';
import { type ColumnType, commandTag, encodeRow, fieldDescriptions, resultColumns } from './results.js';
import { Settings } from '../pg/settings.js';
import { translate, type Translation } from '../dialect/translate/translate.js';
import { parseQuery } from '../dialect/translate/parse.js';
import { schemaVersion } from '../dialect/translate/schema.js';
import { quoteIdent } from '../dialect/translate/emit.js';
import { BodyReader, CANCEL_REQUEST, GSSENC_REQUEST, MessageReader, MessageWriter, PROTOCOL_3_0, SSL_REQUEST, type FrontendMessage } from './frames.js';
import type { Session, RunOptions } from '../cluster/session.js';
import type { ExecResult } from '../executor/messages.js';
import type { SessionContext } from '../dialect/plan.js';

export interface ServerContext {
  newSession(): Session;
  /** Answers queries on evsql_replicas / evsql_stats, or returns null for any other statement. */
  statusQuery(t: Translation, params: SqliteValue[]): Promise<ExecResult | null>;
  authMethod: AuthMethod;
  users: UserStore;
  maxMessageSize: number;
  /** Registers the connection for CancelRequest; false when the server is full. */
  admit(conn: Connection): boolean;
  leave(conn: Connection): void;
  cancel(pid: number, secret: number): void;
  /** Server-wide defaults for settings (from flags). */
  defaults: Record<string, string>;
  log: { debug: (obj: object, msg?: string) => void; warn: (obj: object, msg?: string) => void };
}

interface PreparedStatement {
  query: string;
  translation: Translation | null;
  paramTypes: number[];
}

interface Portal {
  stmt: PreparedStatement;
  params: SqliteValue[];
  resultFormats: number[];
  /** Columns as Describe reported them; Execute must encode with the same types. */
  columns: ColumnType[] | null;
  result: ExecResult | null;
  position: number;
}

interface CopyInState {
  parser: CopyInParser;
  table: string;
  insertSql: string;
  types: number[];
  count: number;
  pending: SqliteValue[][];
  /** The COPY opened a transaction of its own, to be all-or-nothing outside a transaction block. */
  ownTransaction: boolean;
  /** Started by a simple Query, which ends with ReadyForQuery; in the extended protocol Sync does. */
  simple: boolean;
  failed: PgError | null;
}

const COPY_BATCH_ROWS = 2000;
/** Named prepared statements (and portals) one session may hold: each keeps its translation. */
const MAX_PREPARED = 10_000;
const WRITE_HIGH_WATER = 256 * 1024;

export class Connection {
  readonly pid: number;
  readonly secret: number;
  private readonly reader: MessageReader;
  private readonly out = new MessageWriter();
  private state: 'startup' | 'auth' | 'ready' | 'closed' = 'startup';
  private auth: AuthExchange | undefined;
  private user = '';
  private database = '';
  private settings!: Settings;
  private session!: Session;
  private txStatus: 'I' | 'T' | 'E' = 'I';
  private readonly prepared = new Map<string, PreparedStatement>();
  private readonly portals = new Map<string, Portal>();
  private skipUntilSync = false;
  private copyIn: CopyInState | null = null;
  private processing = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private cancelReason: string | null = null;
  /** Values to restore when the transaction ends, for settings changed with SET LOCAL. */
  private localSettings: Map<string, string | null> | null = null;

  constructor(private readonly socket: Socket, private readonly server: ServerContext, pid: number) {
    this.pid = pid;
    this.secret = (Math.random() * 0x7fffffff) | 0;
    this.reader = new MessageReader(server.maxMessageSize);
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', () => this.close());
    socket.on('close', () => this.close());
  }

  /** CancelRequest from another connection. */
  cancel(reason = 'user request'): void {
    this.cancelReason = reason;
    this.session?.cancel();
  }

  private onData(chunk: Buffer): void {
    this.reader.push(chunk);
    if (!this.processing) void this.drain();
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
          await this.dispatch(m);
        } catch (err) {
          this.fatal(asPgError(err));
          return;
        }
      }
      this.flush();
    } finally {
      this.processing = false;
    }
    this.armIdleTimer();
  }

  private async dispatch(m: FrontendMessage): Promise<void> {
    if (this.state === 'startup') return this.onStartup(m.body);
    if (this.state === 'auth') return this.onAuth(m);
    if (this.copyIn) return this.onCopyMessage(m);
    switch (m.type) {
      case 'Q':
        return this.onQuery(new BodyReader(m.body).cstring());
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
    const r = new BodyReader(body);
    const code = r.int32();
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      this.socket.write('N');
      return;
    }
    if (code === CANCEL_REQUEST) {
      const pid = r.int32();
      const secret = r.int32();
      this.server.cancel(pid, secret);
      this.close();
      return;
    }
    if (code !== PROTOCOL_3_0) {
      throw new PgError(SqlState.featureNotSupported, `unsupported frontend protocol ${code >>> 16}.${code & 0xffff}: server supports 3.0 to 3.0`);
    }
    const params: Record<string, string> = {};
    while (r.remaining > 1) {
      const k = r.cstring();
      if (!k) break;
      params[k] = r.cstring();
    }
    this.reader.startupPhase = false;
    this.user = params.user ?? '';
    if (!this.user) throw new PgError(SqlState.invalidAuthorizationSpecification, 'no PostgreSQL user name specified in startup packet');
    this.database = params.database || this.user;
    const initial: Record<string, string> = { ...this.server.defaults, session_authorization: this.user };
    if (params.application_name) initial.application_name = params.application_name;
    this.settings = new Settings(initial);
    if (params.client_encoding) this.settings.set('client_encoding', params.client_encoding, {});
    if (!this.server.admit(this)) {
      throw new PgError(SqlState.tooManyConnections, 'sorry, too many clients already', { severity: 'FATAL' });
    }
    this.session = this.server.newSession();
    this.auth = new AuthExchange(this.server.authMethod, this.user, this.server.users);
    this.state = 'auth';
    this.authStep(this.auth.start());
  }

  private onAuth(m: FrontendMessage): void {
    if (m.type !== 'p') throw new PgError(SqlState.protocolViolation, `expected password response, got message type ${m.type.charCodeAt(0)}`);
    this.authStep(this.auth!.onPasswordMessage(m.body));
  }

  private authStep(step: ReturnType<AuthExchange['start']>): void {
    if (step.kind === 'send') {
      msg.authRequest(this.out, step.message);
      this.flush();
      return;
    }
    if (step.kind === 'fail') {
      throw new PgError(step.error.code, step.error.message, { ...step.error.fields, severity: 'FATAL' });
    }
    if (step.final) msg.authRequest(this.out, { type: 'SASLFinal', data: step.final });
    msg.authRequest(this.out, { type: 'Ok' });
    for (const [name, value] of this.settings.reportedEntries()) msg.parameterStatus(this.out, name, value);
    msg.backendKeyData(this.out, this.pid, this.secret);
    msg.readyForQuery(this.out, 'I');
    this.state = 'ready';
    this.server.log.debug({ pid: this.pid, user: this.user }, 'session started');
  }

  // ------------------------------------------------------------------ simple query

  private async onQuery(query: string): Promise<void> {
    let statements: Array<() => Translation>;
    let control: boolean;
    try {
      ({ statements, control } = this.statementsOf(query));
    } catch (err) {
      this.queryError(asPgError(err));
      msg.readyForQuery(this.out, this.txStatus);
      return;
    }
    if (statements.length === 0) {
      msg.empty(this.out, 'I');
      msg.readyForQuery(this.out, this.txStatus);
      return;
    }
    // Several statements in one Query run as one implicit transaction, as in PostgreSQL.
    const implicit = statements.length > 1 && this.txStatus === 'I' && !control;
    if (implicit) this.session.begin();
    let failed = false;
    for (const next of statements) {
      try {
        const result = await this.runStatement(next(), [], [], null);
        if (result === 'copy') return;
      } catch (err) {
        this.queryError(asPgError(err));
        failed = true;
        break;
      }
    }
    if (implicit) {
      this.revertLocalSettings();
      await this.session.end(failed ? 'rollback' : 'commit', this.ctx());
    }
    msg.readyForQuery(this.out, this.txStatus);
  }

  /**
   * The statements of a simple Query, each translated when its turn comes: as in PostgreSQL, a
   * statement is analysed after the ones before it ran (`CREATE TABLE a …; INSERT INTO a …`).
   * A single statement takes the cached translation of the whole text. `control`: one of them is
   * transaction control or COPY, so the statements do not form one implicit transaction.
   */
  private statementsOf(query: string): { statements: Array<() => Translation>; control: boolean } {
    let whole: Translation[] | undefined;
    try {
      whole = translate(query);
    } catch {
      whole = undefined;
    }
    if (whole && whole.length <= 1) return { statements: whole.map((t) => () => t), control: whole.some((t) => TRANSACTION_KINDS.has(t.kind)) };
    const raws = parseQuery(query);
    const control = raws.some((r) => 'TransactionStmt' in r.node || 'CopyStmt' in r.node);
    const statements = raws.map((raw) => () => {
      try {
        return translate(raw.text)[0]!;
      } catch (err) {
        const e = asPgError(err);
        if (e.fields.position !== undefined) e.fields.position += raw.offset;
        throw e;
      }
    });
    return { statements, control };
  }

  private queryError(err: PgError): void {
    msg.errorResponse(this.out, err);
    if (this.txStatus === 'T') this.txStatus = 'E';
  }

  // ------------------------------------------------------------------ extended query

  private async extended(body: () => Promise<void>): Promise<void> {
    if (this.skipUntilSync) return;
    try {
      await body();
    } catch (err) {
      this.queryError(asPgError(err));
      this.skipUntilSync = true;
    }
  }

  private async onParse(body: Buffer): Promise<void> {
    const r = new BodyReader(body);
    const name = r.cstring();
    const query = r.cstring();
    const n = r.int16();
    const declared: number[] = [];
    for (let i = 0; i < n; i++) declared.push(r.int32());
    if (name && this.prepared.has(name)) throw new PgError(SqlState.duplicatePreparedStatement, `prepared statement "${name}" already exists`);
    if (name && this.prepared.size >= MAX_PREPARED) {
      throw new PgError(SqlState.programLimitExceeded, `too many prepared statements in this session (limit ${MAX_PREPARED}); DEALLOCATE some`);
    }
    const statements = translate(query);
    if (statements.length > 1) throw new PgError(SqlState.syntaxError, 'cannot insert multiple commands into a prepared statement');
    const translation = statements[0] ?? null;
    const count = Math.max(declared.length, translation?.paramCount ?? 0);
    const paramTypes = Array.from({ length: count }, (_, i) => declared[i] || translation?.paramTypes[i] || 0);
    this.prepared.set(name, { query, translation, paramTypes });
    msg.empty(this.out, '1');
  }

  private async onBind(body: Buffer): Promise<void> {
    const r = new BodyReader(body);
    const portalName = r.cstring();
    const stmtName = r.cstring();
    const stmt = this.prepared.get(stmtName);
    if (!stmt) throw new PgError(SqlState.invalidSqlStatementName, `prepared statement "${stmtName}" does not exist`);
    // As PostgreSQL replans a prepared statement after DDL: column types may have changed.
    if (stmt.translation && stmt.translation.schemaVersion !== schemaVersion()) stmt.translation = translate(stmt.query)[0] ?? null;
    const formatCount = r.int16();
    const formats: number[] = [];
    for (let i = 0; i < formatCount; i++) formats.push(r.int16());
    const paramCount = r.int16();
    if (paramCount !== stmt.paramTypes.length) {
      throw new PgError(SqlState.protocolViolation, `bind message supplies ${paramCount} parameters, but prepared statement "${stmtName}" requires ${stmt.paramTypes.length}`);
    }
    const params: SqliteValue[] = [];
    for (let i = 0; i < paramCount; i++) {
      const len = r.int32();
      if (len === -1) {
        params.push(null);
        continue;
      }
      const raw = r.bytes(len);
      const format = formats.length === 0 ? 0 : formats.length === 1 ? formats[0]! : formats[i]!;
      const oid = stmt.paramTypes[i]!;
      params.push(format === 1 ? decodeBinary(raw, oid, i) : decodeText(raw.toString('utf8'), oid));
    }
    const resultCount = r.int16();
    const resultFormats: number[] = [];
    for (let i = 0; i < resultCount; i++) resultFormats.push(r.int16());
    if (this.txStatus === 'E' && stmt.translation && !isTransactionControl(stmt.translation)) throw inFailedTransaction();
    if (portalName && !this.portals.has(portalName) && this.portals.size >= MAX_PREPARED) {
      throw new PgError(SqlState.programLimitExceeded, `too many open portals in this session (limit ${MAX_PREPARED})`);
    }
    this.portals.set(portalName, { stmt, params, resultFormats, columns: null, result: null, position: 0 });
    msg.empty(this.out, '2');
  }

  private async onDescribe(body: Buffer): Promise<void> {
    const r = new BodyReader(body);
    const kind = String.fromCharCode(r.byte());
    const name = r.cstring();
    if (kind === 'S') {
      const stmt = this.prepared.get(name);
      if (!stmt) throw new PgError(SqlState.invalidSqlStatementName, `prepared statement "${name}" does not exist`);
      msg.parameterDescription(this.out, stmt.paramTypes.map((t) => t || OID.text));
      const columns = await this.describeColumns(stmt.translation);
      if (columns) msg.rowDescription(this.out, fieldDescriptions(columns, []));
      else msg.empty(this.out, 'n');
      return;
    }
    if (kind !== 'P') throw new PgError(SqlState.protocolViolation, `invalid DESCRIBE message subtype ${kind.charCodeAt(0)}`);
    const portal = this.portals.get(name);
    if (!portal) throw new PgError(SqlState.invalidCursorName, `portal "${name}" does not exist`);
    portal.columns = await this.describeColumns(portal.stmt.translation);
    if (portal.columns) msg.rowDescription(this.out, fieldDescriptions(portal.columns, portal.resultFormats));
    else msg.empty(this.out, 'n');
  }

  /** Result columns without running the statement: static types, else SQLite's declared types. */
  private async describeColumns(t: Translation | null): Promise<ColumnType[] | null> {
    if (!t || !t.columns) return null;
    if (t.kind === 'show') return resultColumns(t.columns, t.columns.map((c) => ({ name: c.name, declType: null })), null);
    const described = await this.session.describe(t.steps, this.ctx());
    if (!described.columns) return null;
    return resultColumns(t.columns, described.columns, null);
  }

  private async onExecute(body: Buffer): Promise<void> {
    const r = new BodyReader(body);
    const name = r.cstring();
    const maxRows = r.int32();
    const portal = this.portals.get(name);
    if (!portal) throw new PgError(SqlState.invalidCursorName, `portal "${name}" does not exist`);
    const t = portal.stmt.translation;
    if (!t) {
      msg.empty(this.out, 'I');
      return;
    }
    await this.runStatement(t, portal.params, portal.resultFormats, portal, maxRows > 0 ? maxRows : undefined);
  }

  private async onClose(body: Buffer): Promise<void> {
    const r = new BodyReader(body);
    const kind = String.fromCharCode(r.byte());
    const name = r.cstring();
    if (kind === 'S') this.prepared.delete(name);
    else if (kind === 'P') this.portals.delete(name);
    else throw new PgError(SqlState.protocolViolation, `invalid CLOSE message subtype ${kind.charCodeAt(0)}`);
    msg.empty(this.out, '3');
  }

  private async onSync(): Promise<void> {
    this.skipUntilSync = false;
    if (this.txStatus === 'I') this.portals.clear();
    msg.readyForQuery(this.out, this.txStatus);
    this.flush();
  }

  // ------------------------------------------------------------------ statements

  private ctx(): SessionContext {
    return { user: this.user, database: this.database, pid: this.pid, now: Date.now(), seed: (Math.random() * 0x100000000) >>> 0, settings: this.settings.changed() };
  }

  private runOptions(): RunOptions {
    return { ctx: this.ctx(), lockTimeoutMs: this.settings.millis('lock_timeout') || 24 * 3600 * 1000 };
  }

  /**
   * Runs one statement and writes its result messages. With a portal (extended protocol) the
   * RowDescription is Describe's job and rows may come in pieces of `maxRows`.
   */
  private async runStatement(t: Translation, params: SqliteValue[], formats: number[], portal: Portal | null, maxRows?: number): Promise<'copy' | void> {
    if (this.txStatus === 'E' && !isTransactionControl(t)) throw inFailedTransaction();
    switch (t.kind) {
      case 'query':
      case 'dml':
      case 'ddl':
        return this.runSql(t, params, formats, portal, maxRows);
      case 'begin':
        if (this.session.inTransaction) {
          msg.errorResponse(this.out, new PgError(SqlState.activeSqlTransaction, 'there is already a transaction in progress', { severity: 'WARNING' }), true);
        } else {
          this.session.begin(t.value ?? this.settings.get('default_transaction_isolation') ?? 'read committed');
          this.txStatus = 'T';
        }
        msg.commandComplete(this.out, t.tag);
        return;
      case 'commit':
      case 'rollback': {
        if (!this.session.inTransaction) {
          msg.errorResponse(this.out, new PgError(SqlState.noActiveSqlTransaction, 'there is no transaction in progress', { severity: 'WARNING' }), true);
          msg.commandComplete(this.out, t.kind === 'commit' ? 'COMMIT' : 'ROLLBACK');
          return;
        }
        const failed = this.txStatus === 'E';
        this.txStatus = 'I';
        this.revertLocalSettings();
        await this.session.end(t.kind === 'commit' && !failed ? 'commit' : 'rollback', this.ctx());
        msg.commandComplete(this.out, t.kind === 'commit' && !failed ? 'COMMIT' : 'ROLLBACK');
        return;
      }
      case 'savepoint':
      case 'release':
      case 'rollback_to':
        if (!this.session.inTransaction) {
          throw new PgError(SqlState.noActiveSqlTransaction, `${t.kind === 'savepoint' ? 'SAVEPOINT' : t.kind === 'release' ? 'RELEASE SAVEPOINT' : 'ROLLBACK TO SAVEPOINT'} can only be used in transaction blocks`);
        }
        await this.session.savepoint(t.kind, t.name!, this.runOptions());
        if (t.kind === 'rollback_to') this.txStatus = 'T';
        msg.commandComplete(this.out, t.tag);
        return;
      case 'set': {
        if (t.local) {
          if (!this.session.inTransaction) {
            msg.errorResponse(this.out, new PgError(SqlState.noActiveSqlTransaction, 'SET LOCAL can only be used in transaction blocks', { severity: 'WARNING' }), true);
            msg.commandComplete(this.out, t.tag);
            return;
          }
          this.localSettings ??= new Map();
          if (!this.localSettings.has(t.name!)) this.localSettings.set(t.name!, this.settings.get(t.name!) ?? null);
        }
        const reported = this.settings.set(t.name!, t.value ?? null, this.server.defaults);
        if (t.name === 'all' && t.value === null) {
          for (const [name, value] of this.settings.reportedEntries()) msg.parameterStatus(this.out, name, value);
        } else if (reported) {
          msg.parameterStatus(this.out, reported, this.settings.get(t.name!) ?? '');
        }
        msg.commandComplete(this.out, t.tag);
        return;
      }
      case 'show':
        return this.runShow(t, formats, portal);
      case 'discard':
        this.prepared.clear();
        this.portals.clear();
        this.settings = new Settings({ ...this.server.defaults, session_authorization: this.user });
        this.localSettings = null;
        msg.commandComplete(this.out, t.tag);
        return;
      case 'deallocate':
        if (t.name) {
          if (!this.prepared.delete(t.name)) throw new PgError(SqlState.invalidSqlStatementName, `prepared statement "${t.name}" does not exist`);
        } else {
          this.prepared.clear();
        }
        msg.commandComplete(this.out, t.tag);
        return;
      case 'noop':
        msg.commandComplete(this.out, t.tag);
        return;
      case 'copy':
        return this.startCopy(t, params, portal === null);
    }
  }

  private async runSql(t: Translation, params: SqliteValue[], formats: number[], portal: Portal | null, maxRows?: number): Promise<void> {
    let result = portal?.result ?? null;
    if (!result) {
      result = (await this.server.statusQuery(t, params)) ?? (await this.withStatementTimeout(() => this.session.exec(t, params, this.runOptions())));
      if (result.settings) for (const [k, v] of Object.entries(result.settings)) this.settings.set(k, v, this.server.defaults);
      if (portal) {
        portal.result = result;
        portal.position = 0;
      }
    }
    const returnsRows = t.columns !== null;
    if (!returnsRows) {
      msg.commandComplete(this.out, commandTag(t.tag, result.changes));
      return;
    }
    let columns = portal?.columns ?? null;
    if (!columns) {
      columns = resultColumns(t.columns, result.columns ?? [], result.rows);
      if (portal) portal.columns = columns;
      else msg.rowDescription(this.out, fieldDescriptions(columns, formats));
    }
    const start = portal?.position ?? 0;
    const end = maxRows ? Math.min(result.rows.length, start + maxRows) : result.rows.length;
    for (let i = start; i < end; i++) {
      msg.dataRow(this.out, encodeRow(result.rows[i]!, columns, formats));
      if (this.out.length > WRITE_HIGH_WATER) await this.flushAndWait();
    }
    if (portal) portal.position = end;
    if (maxRows && end < result.rows.length) {
      msg.empty(this.out, 's');
      return;
    }
    const count = t.kind === 'query' ? result.rows.length : result.changes;
    msg.commandComplete(this.out, commandTag(t.tag, count));
  }

  /** SET LOCAL lasts until the transaction ends. */
  private revertLocalSettings(): void {
    if (!this.localSettings) return;
    for (const [name, value] of this.localSettings) {
      const reported = this.settings.set(name, value, this.server.defaults);
      if (reported) msg.parameterStatus(this.out, reported, this.settings.get(name) ?? '');
    }
    this.localSettings = null;
  }

  private runShow(t: Translation, formats: number[], portal: Portal | null): void {
    const name = t.name!;
    const columns: ColumnType[] = [{ name: t.columns![0]!.name, type: { oid: OID.text, typmod: -1 } }];
    if (!portal?.columns) msg.rowDescription(this.out, fieldDescriptions(columns, formats));
    if (name === 'all') {
      for (const [k, v] of Object.entries(this.settings.all())) msg.dataRow(this.out, [k, v]);
    } else {
      const value = this.settings.get(name);
      if (value === undefined) throw new PgError(SqlState.undefinedObject, `unrecognized configuration parameter "${name}"`);
      msg.dataRow(this.out, encodeRow([value], columns, formats));
    }
    msg.commandComplete(this.out, 'SHOW');
  }

  /** Runs `body` under statement_timeout; a cancel by the timer reads as PostgreSQL's message. */
  private async withStatementTimeout<T>(body: () => Promise<T>): Promise<T> {
    const timeout = this.settings.millis('statement_timeout');
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

  private copyOptions(t: Translation): CopyOptions {
    const o = t.copy!.options;
    const bool = (v: unknown) => v === true || (typeof v === 'string' && /^(true|on|1)$/i.test(v));
    return copyOptionsFromStatement({
      format: o.format as string | undefined,
      delimiter: o.delimiter as string | undefined,
      null: o.null as string | undefined,
      header: o.header !== undefined ? bool(o.header) : undefined,
      quote: o.quote as string | undefined,
      escape: o.escape as string | undefined,
      isFrom: t.copy!.from,
    });
  }

  /** The table's columns (or the listed ones) with their declared types. */
  private async copyColumns(table: string, columns: string[] | null): Promise<{ names: string[]; types: number[] }> {
    const list = columns ? columns.map(quoteIdent).join(', ') : '*';
    const described = await this.session.describe([{ sql: `SELECT ${list} FROM ${quoteIdent(table)}`, params: [] }], this.ctx());
    const cols = described.columns ?? [];
    return { names: cols.map((c) => c.name), types: cols.map((c) => typeFromDeclared(c.declType).oid) };
  }

  private async startCopy(t: Translation, params: SqliteValue[], simple: boolean): Promise<'copy' | void> {
    const spec = t.copy!;
    const options = this.copyOptions(t);
    if (!spec.from) return this.copyOut(t, options, params);
    const { names, types } = await this.copyColumns(spec.table, spec.columns);
    const insertSql = `INSERT INTO ${quoteIdent(spec.table)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    const ownTransaction = !this.session.inTransaction;
    if (ownTransaction) this.session.begin();
    this.copyIn = { parser: new CopyInParser(options, names.length, names), table: spec.table, insertSql, types, count: 0, pending: [], ownTransaction, simple, failed: null };
    msg.copyResponse(this.out, 'G', names.length);
    this.flush();
    return 'copy';
  }

  private async onCopyMessage(m: FrontendMessage): Promise<void> {
    const c = this.copyIn!;
    switch (m.type) {
      case 'd':
        if (c.failed) return;
        try {
          this.copyRows(c, c.parser.push(m.body));
          if (c.pending.length >= COPY_BATCH_ROWS) await this.copyFlush(c);
        } catch (err) {
          c.failed = asPgError(err);
        }
        return;
      case 'c':
        if (!c.failed) {
          try {
            this.copyRows(c, c.parser.end());
            await this.copyFlush(c);
          } catch (err) {
            c.failed = asPgError(err);
          }
        }
        return this.finishCopy(c);
      case 'f':
        c.failed ??= new PgError(SqlState.queryCanceled, `COPY from stdin failed: ${new BodyReader(m.body).cstring()}`);
        return this.finishCopy(c);
      case 'H':
      case 'S':
        return;
      default:
        c.failed ??= new PgError(SqlState.protocolViolation, `unexpected message type 0x${m.type.charCodeAt(0).toString(16)} during COPY from stdin`);
        return this.finishCopy(c);
    }
  }

  private copyRows(c: CopyInState, rows: (string | null)[][]): void {
    for (const row of rows) c.pending.push(row.map((v, i) => (v === null ? null : decodeText(v, c.types[i]!))));
  }

  private async copyFlush(c: CopyInState): Promise<void> {
    if (!c.pending.length) return;
    const rows = c.pending;
    c.pending = [];
    await this.session.insertRows(c.table, c.insertSql, rows, this.runOptions());
    c.count += rows.length;
  }

  private async finishCopy(c: CopyInState): Promise<void> {
    this.copyIn = null;
    if (c.ownTransaction) await this.session.end(c.failed ? 'rollback' : 'commit', this.ctx());
    if (c.failed) {
      this.queryError(c.failed);
    } else {
      msg.commandComplete(this.out, `COPY ${c.count}`);
    }
    if (c.simple) msg.readyForQuery(this.out, this.txStatus);
    else if (c.failed) this.skipUntilSync = true;
  }

  private async copyOut(t: Translation, options: CopyOptions, params: SqliteValue[]): Promise<void> {
    const spec = t.copy!;
    // The rows to copy, as the query the mixer can read conflict keys from.
    const query: Translation = spec.query
      ? { ...t, kind: 'query', steps: [spec.query], node: t.node.CopyStmt.query, lockingRead: false }
      : translate(`SELECT ${spec.columns ? spec.columns.map(quoteIdent).join(', ') : '*'} FROM ${quoteIdent(spec.table)}`)[0]!;
    const result = await this.session.exec(query, params, this.runOptions());
    const columns = resultColumns(spec.query ? spec.queryColumns : null, result.columns ?? [], result.rows);
    msg.copyResponse(this.out, 'H', columns.length);
    if (options.header) msg.copyData(this.out, formatCopyHeader(columns.map((c) => c.name), options));
    for (const row of result.rows) {
      msg.copyData(this.out, formatCopyRow(row.map((v, i) => encodeText(v, columns[i]!.type.oid, columns[i]!.type.typmod)), options));
      if (this.out.length > WRITE_HIGH_WATER) await this.flushAndWait();
    }
    msg.empty(this.out, 'c');
    msg.commandComplete(this.out, `COPY ${result.rows.length}`);
  }

  // ------------------------------------------------------------------ output, timeouts, teardown

  private flush(): void {
    if (this.out.length === 0 || this.state === 'closed') return;
    this.socket.write(this.out.flush());
  }

  private async flushAndWait(): Promise<void> {
    if (this.state === 'closed') throw new PgError(SqlState.connectionException, 'connection closed');
    const ok = this.socket.write(this.out.flush());
    if (!ok) await new Promise<void>((resolve) => this.socket.once('drain', resolve));
  }

  private armIdleTimer(): void {
    if (this.state !== 'ready' || this.copyIn) return;
    const inTx = this.txStatus !== 'I';
    const ms = this.settings.millis(inTx ? 'idle_in_transaction_session_timeout' : 'idle_session_timeout');
    if (ms <= 0) return;
    this.idleTimer = setTimeout(() => {
      const err = inTx
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
    this.server.log.debug({ pid: this.pid, code: err.code, message: err.message }, 'connection closed on error');
    this.close();
  }

  close(): void {
    if (this.state === 'closed') return;
    const hadSession = this.state === 'ready' || this.state === 'auth';
    this.state = 'closed';
    this.clearIdleTimer();
    this.socket.end();
    this.socket.destroySoon?.();
    this.server.leave(this);
    if (hadSession && this.session) {
      this.session.cancel();
      void this.session.close(this.ctx()).catch(() => undefined);
    }
  }
}

const TRANSACTION_KINDS = new Set(['begin', 'commit', 'rollback', 'savepoint', 'release', 'rollback_to', 'copy']);

function isTransactionControl(t: Translation): boolean {
  return t.kind === 'commit' || t.kind === 'rollback' || t.kind === 'rollback_to';
}

function inFailedTransaction(): PgError {
  return new PgError(SqlState.inFailedSqlTransaction, 'current transaction is aborted, commands ignored until end of transaction block');
}

function asPgError(err: unknown): PgError {
  if (err instanceof PgError) return err;
  return new PgError(SqlState.internalError, err instanceof Error ? err.message : String(err));
}

function decodeText(text: string, oid: number): SqliteValue {
  return oid === 0 || oid === OID.text || oid === OID.varchar || oid === OID.unknown ? text : decodeTextParam(text, oid);
}

function decodeBinary(raw: Buffer, oid: number, index: number): SqliteValue {
  try {
    return decodeBinaryParam(raw, oid);
  } catch {
    throw new PgError(SqlState.invalidBinaryRepresentation, `incorrect binary data format in bind parameter ${index + 1}`);
  }
}
