/**
 * The SQL session's rules, apart from the socket: settings (SET, SET LOCAL, RESET, SHOW,
 * DISCARD), the transaction status ReadyForQuery reports (I idle, T in a transaction block, E in a
 * failed one), transaction control, and the context every request carries to the cluster.
 */
import { PgError, SqlState, type Severity } from '../pg/errors.js';
import { canonicalSetting, isSetting, Settings } from '../pg/settings.js';
import { encodeText, type TextEncoder } from '../pg/types/text-format.js';
import { withStatementClock } from '../pg/types/timestamp.js';
import { hasSessionStyles, withSessionStyles } from '../pg/types/session-styles.js';
import type { Translation } from '../dialect/translate/translate.js';
import type { Endpoint, ServedDatabases, SessionContext } from '../dialect/plan.js';
import { clockMillis } from '../lib/clock.js';
import { POSTGRES_SETTINGS } from '../pg/postgres-settings.js';
import { searchPathNames } from '../dialect/catalog/namespaces.js';
import { names } from '../dialect/translate/parse.js';
import { withUncommittedLabels } from '../dialect/catalog/enums.js';
import type { RunOptions, Session } from '../cluster/session.js';
import { CONSTRAINT_MODES_SETTING, type ConstraintsSet, applyConstraintsSet } from '../dialect/catalog/constraint-modes.js';
import { CURRVAL_SETTING, LASTVAL_SETTING } from '../dialect/runtime/sequence-functions.js';
import { RANDOM_STATE_SETTING } from '../dialect/runtime/seeded-random.js';

export type TxStatus = 'I' | 'T' | 'E';

/**
 * A transaction open outside a transaction block: the statements of one simple Query
 * ('statements', PostgreSQL's implicit transaction block, which counts as a block for LOCK, DECLARE
 * and SET LOCAL) or those a pipeline runs before its Sync ('pipeline', which does not).
 */
export type ImplicitTransaction = 'statements' | 'pipeline';

/** PostgreSQL's message levels, least severe first, as client_min_messages compares them. */
const MESSAGE_LEVELS = ['debug5', 'debug4', 'debug3', 'debug2', 'debug1', 'log', 'info', 'notice', 'warning', 'error'];

/** What transaction control drives in the cluster session. */
export type TransactionHost = Pick<Session, 'inTransaction' | 'begin' | 'end' | 'savepoint'>;

/** What the rules send the client. */
export interface SessionOutput {
  /** A WARNING, sent as NoticeResponse. */
  notice(err: PgError): void;
  commandComplete(tag: string): void;
}

export interface SessionIdentity {
  user: string;
  database: string;
  pid: number;
  endpoint?: Endpoint;
}

/** Startup parameters that become settings. */
export interface StartupSettings {
  application_name?: string;
  client_encoding?: string;
  /** Command-line options for the backend: `-c name=value` and `--name=value` set parameters. */
  options?: string;
  [name: string]: string | undefined;
}

/** Startup packet fields that are not configuration parameters. */
const NOT_SETTINGS = new Set(['user', 'database', 'options', 'replication', 'application_name', 'client_encoding']);

/**
 * The parameters a client sets at startup, as fields of their own or in `options` (PostgreSQL's
 * pg_split_opts: words split on spaces, a backslash escapes the next character). Names evsql does
 * not know are left out rather than refusing the connection, since PostgreSQL knows far more.
 */
function startupParameters(startup: StartupSettings): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(startup)) if (value !== undefined && !NOT_SETTINGS.has(name) && !name.startsWith('_pq_.')) out.push([name, value]);
  const words = (startup.options?.match(/(?:\\.|\S)+/g) ?? []).map((w) => w.replace(/\\(.)/g, '$1'));
  for (let i = 0; i < words.length; i++) {
    const word = words[i] === '-c' ? `--${words[++i] ?? ''}` : words[i]!.startsWith('-c') ? `--${words[i]!.slice(2)}` : words[i]!;
    const m = /^--([^=]+)=(.*)$/s.exec(word);
    if (m) out.push([m[1]!.replace(/-/g, '_'), m[2]!]);
  }
  return out.filter(([name]) => isSetting(name));
}

const TRANSACTION_CONTROL = new Set(['commit', 'rollback', 'rollback_to']);

/** The settings a transaction's modes give, each with a default_ one for the session. */
const TRANSACTION_MODES = ['transaction_isolation', 'transaction_read_only', 'transaction_deferrable'];
const DEFAULT_TRANSACTION_MODES = TRANSACTION_MODES.map((name) => [name, `default_${name}`] as const);


/** What a rollback, and RESET ALL, do not take back: the values sequences gave (currval, lastval), drawn for good, and the seeded random() generator's state. */
const kept = (name: string) => name.startsWith(CURRVAL_SETTING) || name === LASTVAL_SETTING || name === RANDOM_STATE_SETTING;

/** Statements that run without a snapshot: SET TRANSACTION may still change the isolation level after them. */
const SNAPSHOTLESS = new Set(['begin', 'savepoint', 'release', 'set', 'show', 'deallocate', 'prepare', 'notify', 'noop']);

/** The name of a statement PostgreSQL runs only as a transaction of its own (PreventInTransactionBlock), if `t` is one. */
function outsideTransactionOnly(t: Translation): string | undefined {
  if (t.node.IndexStmt?.concurrent) return 'CREATE INDEX CONCURRENTLY';
  if (t.node.DropStmt?.concurrent) return 'DROP INDEX CONCURRENTLY';
  if (t.node.VacuumStmt?.is_vacuumcmd) return 'VACUUM';
  if (t.node.DiscardStmt?.target === 'DISCARD_ALL') return 'DISCARD ALL';
  // CREATE and DROP DATABASE; ALTER DATABASE and COMMENT ON DATABASE run in a block (the server applies them as they run).
  if (t.kind === 'database' && t.tag !== 'ALTER DATABASE' && t.tag !== 'COMMENT') return t.tag;
  return undefined;
}

/**
 * The transaction ID last given (txid_current()): one server-wide count, taken at each
 * transaction's start and carried to every replica with the request (SessionContext.xid), so the
 * replicas agree and a later transaction has a larger ID. It starts at the server's start in
 * microseconds since the epoch, past any ID a run before it gave.
 */
let lastXid = clockMillis() * 1000;

function abortedBlock(): PgError {
  return new PgError(SqlState.inFailedSqlTransaction, 'current transaction is aborted, commands ignored until end of transaction block');
}

export class SessionRules {
  /** pg_database's rows of the server's databases, where it serves more than its default one. */
  servedDatabases: (() => ServedDatabases | undefined) | null = null;
  private settings: Settings;
  private status: TxStatus = 'I';
  private implicitKind: ImplicitTransaction | null = null;
  /** When the transaction began: now() is its start, as in PostgreSQL, for every statement in it. */
  private txStartedAt = 0;
  /** The transaction's ID (lastXid), the same for every statement in it. */
  private txXid = 0;
  /** Values to restore when the transaction ends, for settings changed with SET LOCAL. */
  private localSettings: Map<string, string | null> | null = null;
  /** The settings as the open transaction found them: its rollback puts them back, as PostgreSQL's GUCs are transactional. */
  private txSettings: Record<string, string> | null = null;
  /** The settings (and SET LOCAL's values to restore) as each open savepoint found them, for ROLLBACK TO. */
  private savepointSettings: Array<{ savepoint: string; values: Record<string, string>; local: Map<string, string | null> | null }> = [];
  /** A statement of the transaction has taken its snapshot (PostgreSQL's FirstSnapshotSet). */
  private snapshotTaken = false;
  /** The values of the reported settings the client was last told with ParameterStatus. */
  private reported = new Map<string, string>();
  /** The settings and their revision when `reported` was last brought up to date: ReadyForQuery asks at every statement. */
  private reportedAt: { settings: Settings; revision: number } | undefined;
  /** Labels ADD VALUE added in the open transaction block, by type (check_safe_enum_use). */
  private addedLabels = new Map<string, Set<string>>();
  /** searchPath()'s last answer, by the setting's text. */
  private parsedSearchPath: { setting: string | undefined; names: string[] } | null = null;

  /**
   * What RESET, RESET ALL and DISCARD ALL go back to: the server's defaults, over them what the
   * client's startup packet set (its client_encoding, application_name, options), as PostgreSQL's
   * reset values are the session's start.
   */
  private readonly defaults: Record<string, string>;

  constructor(
    readonly identity: SessionIdentity,
    serverDefaults: Record<string, string>,
    startup: StartupSettings = {},
  ) {
    const initial: Record<string, string> = { ...serverDefaults, session_authorization: identity.user };
    if (startup.application_name) initial.application_name = startup.application_name;
    this.settings = new Settings(initial);
    if (startup.client_encoding) this.settings.set('client_encoding', startup.client_encoding, {});
    const given = startupParameters(startup);
    for (const [name, value] of given) this.settings.set(name, value, {});
    const started = [...(startup.application_name ? ['application_name'] : []), ...(startup.client_encoding ? ['client_encoding'] : []), ...given.map(([name]) => name)];
    this.defaults = { ...serverDefaults, ...Object.fromEntries(started.map((name) => [canonicalSetting(name), this.settings.get(name)!])) };
  }

  get txStatus(): TxStatus {
    return this.status;
  }

  /** The transaction open outside a transaction block, if one is. */
  get implicit(): ImplicitTransaction | null {
    return this.implicitKind;
  }

  /** Whether PostgreSQL's IsTransactionBlock() holds: a block, or the implicit one of several statements in a Query. */
  get inBlock(): boolean {
    return this.status !== 'I' || this.implicitKind === 'statements';
  }

  /** Opens an implicit transaction (ImplicitTransaction) with the session's default characteristics. */
  beginImplicit(host: TransactionHost, kind: ImplicitTransaction): void {
    this.beginTransaction(host, this.sessionCharacteristics());
    this.status = 'I';
    this.implicitKind = kind;
  }

  /** Ends the implicit transaction if one is open: at the end of its Query or at its pipeline's Sync. */
  async endImplicit(host: TransactionHost, action: 'commit' | 'rollback'): Promise<void> {
    if (!this.implicitKind) return;
    this.implicitKind = null;
    await this.endTransaction(host, action);
  }

  /**
   * Notes DDL that ran in the open transaction block: a label ALTER TYPE … ADD VALUE added, which
   * PostgreSQL reads only once the block commits (even of a type the block made).
   */
  ranInBlock(node: Translation['node']): void {
    const altered = node.AlterEnumStmt;
    if (!altered || altered.oldVal !== undefined) return;
    const type = names(altered.typeName).at(-1)!;
    const labels = this.addedLabels.get(type) ?? this.addedLabels.set(type, new Set()).get(type)!;
    labels.add(altered.newVal as string);
  }

  /** In a failed transaction block only the statements that end it are taken (Parse, Bind), 25P02 the others'. */
  assertNotAborted(t: Translation): void {
    if (this.status === 'E' && !TRANSACTION_CONTROL.has(t.kind)) throw abortedBlock();
  }

  /** In a failed transaction block only transaction control runs. */
  assertRunnable(t: Translation): void {
    this.assertNotAborted(t);
    const outside = outsideTransactionOnly(t);
    if (outside && this.inBlock) throw new PgError(SqlState.activeSqlTransaction, `${outside} cannot run inside a transaction block`);
    if (outside && this.implicitKind === 'pipeline') throw new PgError(SqlState.activeSqlTransaction, `${outside} cannot be executed within a pipeline`);
    if ((this.status === 'T' || this.implicitKind) && !SNAPSHOTLESS.has(t.kind)) this.snapshotTaken = true;
    // Outside a block the statement is its own transaction, which default_transaction_read_only sets.
    const readOnly = this.settings.get(this.status === 'T' ? 'transaction_read_only' : 'default_transaction_read_only') === 'on';
    if ((t.kind === 'dml' || t.kind === 'ddl' || t.kind === 'database') && this.status !== 'E' && readOnly) {
      throw new PgError(SqlState.readOnlySqlTransaction, `cannot execute ${t.tag} in a read-only transaction`);
    }
  }

  /**
   * A statement whose translation failed: in a failed transaction block PostgreSQL refuses it
   * before analysing it (transaction control, which it would run, always translates), so the
   * analysis's error is not the one it reports; a syntax error comes first all the same.
   */
  translationFailed(err: PgError): PgError {
    return this.status === 'E' && err.code !== SqlState.syntaxError ? abortedBlock() : err;
  }

  /**
   * An error inside a transaction block fails it. As PostgreSQL aborts the innermost
   * (sub)transaction at the error, the settings go back at once to what its start found.
   */
  statementFailed(): void {
    if (this.status !== 'T') return;
    this.status = 'E';
    const savepoint = this.savepointSettings.at(-1);
    if (savepoint) {
      this.settings.restore(savepoint.values, kept);
      this.localSettings = savepoint.local && new Map(savepoint.local);
    } else if (this.txSettings) {
      this.settings.restore(this.txSettings, kept);
      this.localSettings = null;
    }
  }

  /** BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE SAVEPOINT, ROLLBACK TO SAVEPOINT. */
  async transactionControl(t: Translation, host: TransactionHost, out: SessionOutput): Promise<void> {
    if (this.implicitKind && t.kind !== 'savepoint' && t.kind !== 'release' && t.kind !== 'rollback_to') return this.controlImplicit(t, host, out);
    switch (t.kind) {
      case 'begin':
        if (host.inTransaction) {
          out.notice(new PgError(SqlState.activeSqlTransaction, 'there is already a transaction in progress', { severity: 'WARNING' }));
        } else {
          this.beginTransaction(host, { ...this.sessionCharacteristics(), ...t.characteristics });
        }
        out.commandComplete(t.tag);
        return;
      case 'commit':
      case 'rollback': {
        const tag = t.kind === 'commit' ? 'COMMIT' : 'ROLLBACK';
        if (!host.inTransaction) {
          if (t.chain) throw new PgError(SqlState.noActiveSqlTransaction, `${tag} AND CHAIN can only be used in transaction blocks`);
          out.notice(new PgError(SqlState.noActiveSqlTransaction, 'there is no transaction in progress', { severity: 'WARNING' }));
          out.commandComplete(tag);
          return;
        }
        // AND CHAIN: the next transaction has the ended one's characteristics, read before they revert.
        const chained = t.chain ? Object.fromEntries(TRANSACTION_MODES.map((name) => [name, this.settings.get(name)!])) : undefined;
        const commit = t.kind === 'commit' && this.status !== 'E';
        this.status = 'I';
        this.addedLabels = new Map();
        await this.endTransaction(host, commit ? 'commit' : 'rollback');
        if (chained) this.beginTransaction(host, chained);
        out.commandComplete(commit ? 'COMMIT' : 'ROLLBACK');
        return;
      }
      case 'savepoint':
      case 'release':
      case 'rollback_to':
        if (this.status === 'I') {
          throw new PgError(SqlState.noActiveSqlTransaction, `${t.kind === 'savepoint' ? 'SAVEPOINT' : t.kind === 'release' ? 'RELEASE SAVEPOINT' : 'ROLLBACK TO SAVEPOINT'} can only be used in transaction blocks`);
        }
        await host.savepoint(t.kind, t.name!, this.runOptions());
        this.savepointSettingsAt(t.kind, t.name!);
        if (t.kind === 'rollback_to') this.status = 'T';
        out.commandComplete(t.tag);
        return;
      default:
        throw new Error(`not transaction control: ${t.kind}`);
    }
  }

  /** SET CONSTRAINTS in a transaction: the constraints it makes immediate are checked at once. */
  async setConstraints(set: ConstraintsSet, host: Pick<Session, 'checkConstraints'>): Promise<void> {
    this.setForTransaction(CONSTRAINT_MODES_SETTING, applyConstraintsSet(this.settings.get(CONSTRAINT_MODES_SETTING), set));
    if (!set.deferred) await host.checkConstraints(this.runOptions());
  }

  /**
   * Transaction control in an implicit transaction, as PostgreSQL's: BEGIN makes it the block (the
   * statements before it inside), COMMIT and ROLLBACK end it with a WARNING, as outside a
   * transaction, and AND CHAIN is refused.
   */
  private async controlImplicit(t: Translation, host: TransactionHost, out: SessionOutput): Promise<void> {
    if (t.kind === 'begin') {
      const modes = { ...this.sessionCharacteristics(), ...t.characteristics };
      if (modes.transaction_isolation !== this.settings.get('transaction_isolation')) {
        if (this.snapshotTaken) throw new PgError(SqlState.activeSqlTransaction, 'SET TRANSACTION ISOLATION LEVEL must be called before any query');
        // Nothing ran that the other isolation level would have run differently: the cluster transaction starts again under it.
        await host.end('commit', this.ctx());
        host.begin(modes.transaction_isolation!);
      }
      for (const [name, value] of Object.entries(modes)) this.setForTransaction(name, value);
      this.implicitKind = null;
      this.status = 'T';
      out.commandComplete(t.tag);
      return;
    }
    const tag = t.kind === 'commit' ? 'COMMIT' : 'ROLLBACK';
    if (t.chain) throw new PgError(SqlState.noActiveSqlTransaction, `${tag} AND CHAIN can only be used in transaction blocks`);
    out.notice(new PgError(SqlState.noActiveSqlTransaction, 'there is no transaction in progress', { severity: 'WARNING' }));
    this.addedLabels = new Map();
    await this.endImplicit(host, t.kind === 'commit' ? 'commit' : 'rollback');
    out.commandComplete(tag);
  }

  /** After SAVEPOINT, RELEASE or ROLLBACK TO of the (existing) savepoint `name`: ROLLBACK TO puts the settings back as the savepoint found them. */
  private savepointSettingsAt(action: 'savepoint' | 'release' | 'rollback_to', name: string): void {
    const at = this.savepointSettings.map((s) => s.savepoint).lastIndexOf(name);
    if (action === 'savepoint') {
      this.savepointSettings.push({ savepoint: name, values: this.settings.snapshot(), local: this.localSettings && new Map(this.localSettings) });
    } else if (action === 'release') {
      this.savepointSettings.length = at;
    } else {
      this.savepointSettings.length = at + 1;
      const saved = this.savepointSettings[at]!;
      this.settings.restore(saved.values, kept);
      this.localSettings = saved.local && new Map(saved.local);
    }
  }

  private beginTransaction(host: TransactionHost, modes: Record<string, string>): void {
    this.savepointSettings = [];
    host.begin(modes.transaction_isolation!);
    this.status = 'T';
    this.txStartedAt = clockMillis();
    this.txXid = ++lastXid;
    this.snapshotTaken = false;
    this.txSettings = this.settings.snapshot();
    // SHOW reports the transaction's own characteristics until it ends.
    for (const [name, value] of Object.entries(modes)) this.setForTransaction(name, value);
  }

  /**
   * Ends the cluster transaction. SET LOCAL lasts until then; a rollback takes back every setting
   * the transaction changed, and so does a commit that fails (a deferred foreign key's check).
   */
  async endTransaction(host: TransactionHost, action: 'commit' | 'rollback'): Promise<void> {
    const saved = this.txSettings;
    this.savepointSettings = [];
    this.txSettings = null;
    if (action === 'rollback' && saved) this.settings.restore(saved, kept);
    else this.revertLocalSettings();
    this.localSettings = null;
    try {
      await host.end(action, this.ctx());
    } catch (err) {
      if (saved) this.settings.restore(saved, kept);
      throw err;
    }
  }

  /** What a transaction begun now is: the default_transaction_* settings, under the transaction_* names. */
  private sessionCharacteristics(): Record<string, string> {
    const modes: Record<string, string> = {};
    for (const name of TRANSACTION_MODES) modes[name] = this.settings.get(`default_${name}`)!;
    return modes;
  }

  /** SET TRANSACTION and SET SESSION CHARACTERISTICS AS TRANSACTION. */
  private setCharacteristics(t: Translation, modes: Record<string, string>, inTransaction: boolean, out: SessionOutput): void {
    if (t.name === 'session characteristics') {
      // The next transaction takes the new defaults; outside a block SHOW reads them (ownTransactionModes).
      for (const [name, value] of Object.entries(modes)) this.settings.set(`default_${name}`, value, this.defaults);
    } else if (!inTransaction) {
      out.notice(new PgError(SqlState.noActiveSqlTransaction, 'SET TRANSACTION can only be used in transaction blocks', { severity: 'WARNING' }));
    } else {
      // As PostgreSQL's check_transaction_isolation: a snapshot taken fixes the level.
      if (this.snapshotTaken && modes.transaction_isolation !== undefined && modes.transaction_isolation !== this.settings.get('transaction_isolation')) {
        throw new PgError(SqlState.activeSqlTransaction, 'SET TRANSACTION ISOLATION LEVEL must be called before any query');
      }
      if (this.snapshotTaken && modes.transaction_read_only === 'off' && this.settings.get('transaction_read_only') === 'on') {
        throw new PgError(SqlState.activeSqlTransaction, 'transaction read-write mode must be set before any query');
      }
      for (const [name, value] of Object.entries(modes)) this.setForTransaction(name, value);
    }
    out.commandComplete(t.tag);
  }

  /**
   * SET, SET LOCAL (`inTransaction`: whether the cluster session has a transaction open) and RESET.
   * Outside a transaction block SET LOCAL is a WARNING, and lasts until the transaction ends: at
   * once for a statement of its own, at the Sync of a pipeline.
   */
  set(t: Translation, inTransaction: boolean, out: SessionOutput): void {
    if (t.characteristics) return this.setCharacteristics(t, t.characteristics, inTransaction, out);
    if (t.local && !this.inBlock) out.notice(new PgError(SqlState.noActiveSqlTransaction, 'SET LOCAL can only be used in transaction blocks', { severity: 'WARNING' }));
    if (t.local && !inTransaction) {
      out.commandComplete(t.tag);
      return;
    }
    this.checkRoleSetting(t.name!, t.value ?? null);
    if (t.local) {
      this.localSettings ??= new Map();
      if (!this.localSettings.has(t.name!)) this.localSettings.set(t.name!, this.settings.get(t.name!) ?? null);
    } else {
      // A plain SET after SET LOCAL of the same setting outlives the transaction's commit.
      this.localSettings?.delete(t.name!);
    }
    if (t.name === 'all' && t.value == null) this.settings.resetAll(this.defaults, kept);
    else this.settings.set(t.name!, t.value ?? null, this.defaults);
    out.commandComplete(t.tag);
  }

  /**
   * SET ROLE / SET SESSION AUTHORIZATION: a session acts as the user it logged in as, a superuser,
   * so only that user (or NONE, DEFAULT) is taken; the translator refuses a role made with CREATE
   * ROLE (0A000), and any other name is unknown, as PostgreSQL's check hook says (22023).
   */
  private checkRoleSetting(name: string, value: string | null): void {
    if ((name !== 'role' && name !== 'session_authorization') || value === null) return;
    if (value === this.identity.user || (name === 'role' && value.toLowerCase() === 'none')) return;
    throw new PgError(SqlState.invalidParameterValue, `role "${value}" does not exist`);
  }

  /** A setting that lasts until the transaction ends, as SET LOCAL's do. */
  setForTransaction(name: string, value: string): void {
    this.localSettings ??= new Map();
    if (!this.localSettings.has(name)) this.localSettings.set(name, this.settings.get(name) ?? null);
    this.settings.set(name, value, this.defaults);
  }

  private revertLocalSettings(): void {
    for (const [name, value] of this.localSettings ?? []) this.settings.set(name, value, this.defaults);
  }

  /** The text output functions, printing dates, times and intervals in the session's TimeZone and styles. */
  textEncoder(): TextEncoder {
    const changed = this.settings.changed();
    return hasSessionStyles(changed) ? (value, oid, typmod) => withSessionStyles(changed, () => encodeText(value, oid, typmod)) : encodeText;
  }

  /**
   * The schemas search_path lists, `$user` the session's user: what unqualified names resolve in.
   * Asked at every statement: parsed again only when the setting changes, and the same array
   * returned until then (the connection keeps its schema view by it).
   */
  searchPath(): string[] {
    const setting = this.settings.get('search_path');
    if (!this.parsedSearchPath || this.parsedSearchPath.setting !== setting) this.parsedSearchPath = { setting, names: searchPathNames(setting, this.identity.user) };
    return this.parsedSearchPath.names;
  }

  /**
   * `fn` (synchronous: translation, parameter input) run in the session's TimeZone and styles, the clock words
   * ('now', 'today') reading its transaction's start (this moment outside a transaction block).
   */
  inTimeZone<T>(fn: () => T): T {
    const changed = this.settings.changed();
    const read = this.addedLabels.size ? () => withUncommittedLabels(this.addedLabels, fn) : fn;
    const clocked = () => withStatementClock(this.status !== 'I' || this.implicitKind ? this.txStartedAt : clockMillis(), read);
    return hasSessionStyles(changed) ? withSessionStyles(changed, clocked) : clocked();
  }

  /** Whether client_min_messages lets a NoticeResponse of this severity through (INFO always passes). */
  sendsNotice(severity: Severity): boolean {
    return severity === 'INFO' || MESSAGE_LEVELS.indexOf(severity.toLowerCase()) >= MESSAGE_LEVELS.indexOf(this.settings.get('client_min_messages') ?? 'notice');
  }

  /** SHOW of one setting. */
  show(name: string): string {
    const value = this.settings.get(name);
    if (value === undefined) throw new PgError(SqlState.undefinedObject, `unrecognized configuration parameter "${name}"`);
    return this.ownTransactionModes()?.[canonicalSetting(name)] ?? value;
  }

  /**
   * Outside a transaction block each statement is a transaction of its own, begun with the
   * session's characteristics: transaction_isolation and its kin read as the default_ ones that
   * SET SESSION CHARACTERISTICS or SET default_transaction_isolation (psycopg2's set_session())
   * changed. Undefined where they read as they are.
   */
  private ownTransactionModes(): Record<string, string> | undefined {
    if (this.status !== 'I' || this.implicitKind) return undefined;
    // What differs from PostgreSQL's defaults only, kept between changes: ctx() asks at every statement.
    const changed = this.settings.changed();
    let modes: Record<string, string> | undefined;
    for (const [name, defaultName] of DEFAULT_TRANSACTION_MODES) {
      const value = changed[defaultName];
      if (value !== undefined && value !== changed[name]) (modes ??= {})[name] = value;
    }
    return modes;
  }

  /** SHOW ALL's rows: name, setting and description of each of PostgreSQL's settings, in pg_settings' order. */
  showAll(): string[][] {
    return POSTGRES_SETTINGS.map(([name, , , description]) => [name, this.settings.get(name) ?? '', description]);
  }

  /**
   * Settings a statement changed on the replicas (set_config()). Those set with is_local (`local`)
   * last until the transaction ends, which outside one (`inTransaction`) was the statement's end:
   * then only a custom name it made stays, empty, as PostgreSQL's placeholder does.
   */
  adopt(changed: Record<string, string>, local: string[] = [], inTransaction = false): void {
    for (const [k, v] of Object.entries(changed)) {
      if (!local.includes(k)) {
        this.localSettings?.delete(k);
        this.settings.set(k, v, this.defaults);
      } else if (inTransaction) {
        this.setForTransaction(k, v);
      } else if (this.settings.get(k) === undefined) {
        this.settings.set(k, '', this.defaults);
      }
    }
  }

  /** DISCARD ALL's part: the settings the session started with; setseed()'s generator goes on, as PostgreSQL's does. */
  discard(): void {
    const random = this.settings.get(RANDOM_STATE_SETTING);
    this.settings = new Settings({ ...this.defaults, session_authorization: this.identity.user, ...(random ? { [RANDOM_STATE_SETTING]: random } : {}) });
    this.localSettings = null;
  }

  /** The ParameterStatus messages of the greeting after authentication. */
  reportedEntries(): Array<[string, string]> {
    const entries = this.settings.reportedEntries();
    this.reported = new Map(entries);
    this.reportedAt = { settings: this.settings, revision: this.settings.revision };
    return entries;
  }

  /**
   * The reported settings whose values changed since the client was last told, to send with
   * ParameterStatus before ReadyForQuery: PostgreSQL reports them so (ReportChangedGUCOptions),
   * once each, and not at all when a rollback put the value back.
   */
  changedReports(): Array<[string, string]> {
    if (this.reportedAt?.settings === this.settings && this.reportedAt.revision === this.settings.revision) return [];
    this.reportedAt = { settings: this.settings, revision: this.settings.revision };
    const changed = this.settings.reportedEntries().filter(([name, value]) => this.reported.get(name) !== value);
    for (const [name, value] of changed) this.reported.set(name, value);
    return changed;
  }

  statementTimeoutMs(): number {
    return this.settings.millis('statement_timeout');
  }

  /** How long the session may sit idle, by whether it is inside a transaction block (0: forever). */
  idleTimeout(): { ms: number; inTransaction: boolean } {
    const inTransaction = this.status !== 'I';
    return { ms: this.settings.millis(inTransaction ? 'idle_in_transaction_session_timeout' : 'idle_session_timeout'), inTransaction };
  }

  ctx(): SessionContext {
    const { user, database, pid, endpoint } = this.identity;
    // The statements of one Query share its arrival as statement_timestamp(), which began their implicit transaction.
    const now = this.implicitKind === 'statements' ? this.txStartedAt : clockMillis();
    const own = this.ownTransactionModes();
    const inTransaction = this.status !== 'I' || !!this.implicitKind;
    const xid = inTransaction ? this.txXid : ++lastXid;
    const ctx: SessionContext = { user, database, pid, now, seed: (Math.random() * 0x100000000) >>> 0, xid, settings: own ? { ...this.settings.changed(), ...own } : this.settings.changed() };
    if (endpoint) ctx.endpoint = endpoint;
    if (inTransaction) ctx.transactionStart = this.txStartedAt;
    const databases = this.servedDatabases?.();
    if (databases) ctx.databases = databases;
    return ctx;
  }

  runOptions(): RunOptions {
    return { ctx: this.ctx(), lockTimeoutMs: this.settings.millis('lock_timeout') || 24 * 3600 * 1000 };
  }
}
