/**
 * The SQL session's rules without a socket: settings (SET, RESET, SET LOCAL reverting when the
 * transaction ends, SHOW, DISCARD), the transaction status (I, T, E) and transaction control.
 * protocol-details and pg-driver cover the same over a socket.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SessionRules, type SessionOutput, type TransactionHost } from '../../wire/session-rules.js';
import { PgError } from '../../pg/errors.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate, type Translation } from '../../dialect/translate/translate.js';
import type { SessionContext } from '../../dialect/plan.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';

const NO_TABLES = new TranslatorSchema({ relations: [], indexes: [] });

beforeAll(() => loadParser());

function sql(text: string): Translation {
  const [t] = translate(text, NO_TABLES);
  if (!t) throw new Error(`no statement in ${text}`);
  return t;
}

async function sqlstateAsync(f: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await f();
  } catch (err) {
    return err instanceof PgError ? err.code : 'not a PgError';
  }
  return undefined;
}

type Event = { notice: string } | { status: [string, string] } | { complete: string };

/** Records what the rules send the client; take() ends with the ParameterStatus messages ReadyForQuery would follow. */
class Output implements SessionOutput {
  events: Event[] = [];
  constructor(private readonly rules: SessionRules) {}
  notice(err: PgError): void {
    expect(err.severity).toBe('WARNING');
    this.events.push({ notice: err.code });
  }
  commandComplete(tag: string): void {
    this.events.push({ complete: tag });
  }
  take(): Event[] {
    const e = [...this.events, ...this.rules.changedReports().map(([name, value]): Event => ({ status: [name, value] }))];
    this.events = [];
    return e;
  }
}

/** A cluster session that records transaction control. */
class Host implements TransactionHost {
  inTransaction = false;
  calls: string[] = [];
  endCtx: SessionContext | undefined;
  begin(isolation?: string): void {
    this.inTransaction = true;
    this.calls.push(`begin ${isolation}`);
  }
  async end(action: 'commit' | 'rollback', ctx: SessionContext): Promise<void> {
    this.inTransaction = false;
    this.endCtx = ctx;
    this.calls.push(action);
  }
  async savepoint(action: 'savepoint' | 'release' | 'rollback_to', name: string): Promise<void> {
    this.calls.push(`${action} ${name}`);
  }
}

function session(defaults: Record<string, string> = {}) {
  const rules = new SessionRules({ user: 'alice', database: 'shop', pid: 4242 }, defaults);
  rules.reportedEntries();
  const host = new Host();
  const out = new Output(rules);
  const run = (text: string) => {
    const t = sql(text);
    rules.assertRunnable(t);
    return t.kind === 'set' ? rules.set(t, host.inTransaction, out) : rules.transactionControl(t, host, out);
  };
  return { rules, host, out, run };
}

describe('session rules: settings', () => {
  it('starts from the server defaults, the user and the startup parameters', () => {
    const rules = new SessionRules({ user: 'alice', database: 'shop', pid: 7 }, { statement_timeout: '2s' }, { application_name: 'psql', client_encoding: 'utf8' });
    expect(rules.show('session_authorization')).toBe('alice');
    expect(rules.show('application_name')).toBe('psql');
    expect(rules.show('statement_timeout')).toBe('2s');
    expect(rules.statementTimeoutMs()).toBe(2000);
    expect(rules.reportedEntries()).toContainEqual(['application_name', 'psql']);
    const ctx = rules.ctx();
    expect(ctx).toMatchObject({ user: 'alice', database: 'shop', pid: 7 });
    expect(ctx.settings).toMatchObject({ application_name: 'psql', statement_timeout: '2s' });
  });

  it('SET and RESET change a setting and report the reported ones with ParameterStatus', () => {
    const { rules, out, run } = session();
    run("SET TimeZone = 'Europe/Oslo'");
    expect(out.take()).toEqual([{ complete: 'SET' }, { status: ['TimeZone', 'Europe/Oslo'] }]);
    expect(rules.show('timezone')).toBe('Europe/Oslo');
    run('SET statement_timeout = 1500');
    expect(out.take()).toEqual([{ complete: 'SET' }]);
    expect(rules.statementTimeoutMs()).toBe(1500);
    run('RESET TimeZone');
    expect(out.take()).toEqual([{ complete: 'RESET' }, { status: ['TimeZone', 'UTC'] }]);
    run("SET TimeZone = 'UTC'");
    expect(out.take()).toEqual([{ complete: 'SET' }]);
    expect(rules.show('timezone')).toBe('UTC');
  });

  it('RESET ALL goes back to the server defaults and reports the reported settings it changed', () => {
    const { rules, out, run } = session({ statement_timeout: '9s' });
    run("SET application_name = 'x'");
    run('SET statement_timeout = 1');
    out.take();
    run('RESET ALL');
    expect(out.take()).toEqual([{ complete: 'RESET' }, { status: ['application_name', ''] }]);
    expect(rules.show('statement_timeout')).toBe('9s');
  });

  it('SHOW of an unknown setting is 42704; SHOW ALL lists them all', () => {
    const { rules } = session();
    expect(sqlstate(() => rules.show('no_such_setting'))).toBe('42704');
    const all = rules.showAll();
    expect(all).toContainEqual(['TimeZone', 'UTC', 'Sets the time zone for displaying and interpreting time stamps.']);
    // As PostgreSQL's, SHOW ALL leaves out what it marks not to show (session_authorization).
    expect(all.map((row) => row[0])).not.toContain('session_authorization');
  });

  it('SET of an unknown or read-only setting fails', () => {
    const { run } = session();
    expect(sqlstate(() => run('SET no_such_setting = 1'))).toBe('42704');
    expect(sqlstate(() => run("SET server_version = '1'"))).toBe('55P02');
  });

  it('SET of an output format is checked as PostgreSQL checks it (22023)', () => {
    const { rules, run } = session();
    expect(sqlstate(() => run('SET extra_float_digits = 4'))).toBe('22023');
    expect(sqlstate(() => run("SET extra_float_digits = 'x'"))).toBe('22023');
    run('SET extra_float_digits = -2');
    expect(rules.show('extra_float_digits')).toBe('-2');
    expect(sqlstate(() => run("SET bytea_output = 'octal'"))).toBe('22023');
    run("SET bytea_output = 'Escape'");
    expect(rules.show('bytea_output')).toBe('escape');
    expect(sqlstate(() => run("SET DateStyle = 'ISO, German'"))).toBe('22023');
    expect(sqlstate(() => run("SET IntervalStyle = 'fancy'"))).toBe('22023');
    run("SET IntervalStyle = 'Postgres'");
    run('SET extra_float_digits = 3');
    expect(rules.show('intervalstyle')).toBe('postgres');
    expect(rules.show('extra_float_digits')).toBe('3');
    run("SET IntervalStyle = 'ISO_8601'");
    expect(rules.show('intervalstyle')).toBe('iso_8601');
  });

  it('DateStyle keeps the half a SET does not name, German implying DMY', () => {
    const { rules, run } = session();
    run("SET DateStyle = 'Euro'");
    expect(rules.show('datestyle')).toBe('ISO, DMY');
    run("SET DateStyle = 'sql'");
    expect(rules.show('datestyle')).toBe('SQL, DMY');
    run("SET DateStyle = 'US'");
    expect(rules.show('datestyle')).toBe('SQL, MDY');
    run("SET DateStyle = 'German'");
    expect(rules.show('datestyle')).toBe('German, DMY');
    run("SET DateStyle = 'Postgres, YMD'");
    expect(rules.show('datestyle')).toBe('Postgres, YMD');
    run("SET DateStyle = 'DEFAULT'");
    expect(rules.show('datestyle')).toBe('ISO, MDY');
  });

  it('client_min_messages takes PostgreSQL levels (22023 otherwise) and holds back less severe notices', () => {
    const { rules, run } = session();
    expect(sqlstate(() => run("SET client_min_messages = 'loud'"))).toBe('22023');
    expect(rules.sendsNotice('NOTICE')).toBe(true);
    run("SET client_min_messages = 'WARNING'");
    expect(rules.show('client_min_messages')).toBe('warning');
    expect(rules.sendsNotice('NOTICE')).toBe(false);
    expect(rules.sendsNotice('WARNING')).toBe(true);
    expect(rules.sendsNotice('INFO')).toBe(true);
    run('SET client_min_messages = debug');
    expect(rules.show('client_min_messages')).toBe('debug2');
    expect(rules.sendsNotice('LOG')).toBe(true);
  });

  it('settings a statement changed on the replicas (set_config) are adopted, and reported as SET reports them', () => {
    const { rules, out } = session();
    rules.adopt({ timezone: 'Asia/Tokyo', 'app.tenant': '7' });
    expect(rules.show('timezone')).toBe('Asia/Tokyo');
    expect(rules.show('app.tenant')).toBe('7');
    expect(out.take()).toEqual([{ status: ['TimeZone', 'Asia/Tokyo'] }]);
  });

  it('DISCARD ALL restores the settings the session started with', async () => {
    const { rules, run } = session({ lock_timeout: '3s' });
    run("SET application_name = 'x'");
    await run('BEGIN');
    run("SET LOCAL TimeZone = 'Europe/Oslo'");
    rules.discard();
    expect(rules.show('application_name')).toBe('');
    expect(rules.show('lock_timeout')).toBe('3s');
    expect(rules.show('timezone')).toBe('UTC');
    expect(rules.show('session_authorization')).toBe('alice');
  });
});

describe('session rules: SET LOCAL', () => {
  it('outside a transaction block is a WARNING and changes nothing', () => {
    const { rules, out, run } = session();
    run("SET LOCAL TimeZone = 'Europe/Oslo'");
    expect(out.take()).toEqual([{ notice: '25P01' }, { complete: 'SET' }]);
    expect(rules.show('timezone')).toBe('UTC');
  });

  it('reverts at COMMIT, before the cluster transaction ends, while plain SET stays', async () => {
    const { rules, host, out, run } = session();
    await run('BEGIN');
    run("SET LOCAL TimeZone = 'Europe/Oslo'");
    run("SET LOCAL TimeZone = 'Asia/Tokyo'");
    run('SET LOCAL statement_timeout = 100');
    run("SET application_name = 'kept'");
    expect(rules.show('timezone')).toBe('Asia/Tokyo');
    expect(rules.statementTimeoutMs()).toBe(100);
    expect(rules.ctx().settings).toHaveProperty('timezone', 'Asia/Tokyo');
    expect(rules.ctx().settings).toHaveProperty('statement_timeout');
    out.take();
    await run('COMMIT');
    // The value before the first SET LOCAL comes back, reported once.
    expect(out.take()).toEqual([{ complete: 'COMMIT' }, { status: ['TimeZone', 'UTC'] }]);
    expect(host.calls).toEqual(['begin read committed', 'commit']);
    expect(host.endCtx!.settings).not.toHaveProperty('timezone');
    expect(host.endCtx!.settings).not.toHaveProperty('statement_timeout');
    expect(rules.show('timezone')).toBe('UTC');
    expect(rules.statementTimeoutMs()).toBe(0);
    expect(rules.show('application_name')).toBe('kept');
  });

  it('reverts at ROLLBACK', async () => {
    const { rules, out, run } = session();
    await run('BEGIN');
    run("SET LOCAL TimeZone = 'Europe/Oslo'");
    out.take();
    await run('ROLLBACK');
    expect(out.take()).toEqual([{ complete: 'ROLLBACK' }, { status: ['TimeZone', 'UTC'] }]);
    expect(rules.show('timezone')).toBe('UTC');
  });

  it('reverts when an implicit transaction ends, and does not revert twice', async () => {
    const { rules, host, out, run } = session();
    rules.beginImplicit(host, 'statements');
    run("SET LOCAL TimeZone = 'Europe/Oslo'");
    expect(out.take()).toEqual([{ complete: 'SET' }, { status: ['TimeZone', 'Europe/Oslo'] }]);
    await rules.endImplicit(host, 'commit');
    expect(out.take()).toEqual([{ status: ['TimeZone', 'UTC'] }]);
    expect(rules.txStatus).toBe('I');
    await rules.endImplicit(host, 'commit');
    expect(host.calls).toEqual(['begin read committed', 'commit']);
  });

  it("in a pipeline's implicit transaction is a WARNING and lasts until its Sync", async () => {
    const { rules, host, out, run } = session();
    rules.beginImplicit(host, 'pipeline');
    run("SET LOCAL TimeZone = 'Europe/Oslo'");
    expect(out.take()).toEqual([{ notice: '25P01' }, { complete: 'SET' }, { status: ['TimeZone', 'Europe/Oslo'] }]);
    await rules.endImplicit(host, 'commit');
    expect(rules.show('timezone')).toBe('UTC');
  });
});

describe('session rules: settings are transactional', () => {
  it('ROLLBACK takes back SET and set_config alike, COMMIT keeps them; currval is drawn for good', async () => {
    const { rules, out, run } = session();
    await run('BEGIN');
    run("SET application_name = 'gone'");
    rules.adopt({ 'app.tenant': '7', 'evsql.currval.s': '5' });
    await run('ROLLBACK');
    expect(rules.show('application_name')).toBe('');
    expect(rules.ctx().settings).not.toHaveProperty('app.tenant');
    expect(rules.ctx().settings).toHaveProperty('evsql.currval.s', '5');
    // Set and put back before the client heard of it: nothing to report.
    expect(out.take()).toEqual([{ complete: 'BEGIN' }, { complete: 'SET' }, { complete: 'ROLLBACK' }]);
    await run('BEGIN');
    run("SET application_name = 'kept'");
    await run('COMMIT');
    expect(rules.show('application_name')).toBe('kept');
  });

  it('ROLLBACK TO puts back what the savepoint found; an error at once what the innermost one found', async () => {
    const { rules, run } = session();
    await run('BEGIN');
    run("SET application_name = 'outer'");
    await run('SAVEPOINT a');
    run("SET application_name = 'inner'");
    run('SET LOCAL statement_timeout = 100');
    await run('ROLLBACK TO SAVEPOINT a');
    expect(rules.show('application_name')).toBe('outer');
    expect(rules.statementTimeoutMs()).toBe(0);
    run("SET application_name = 'failing'");
    rules.statementFailed();
    expect(rules.show('application_name')).toBe('outer');
    await run('ROLLBACK');
    expect(rules.show('application_name')).toBe('');
  });

  it('set_config with is_local lasts until the transaction ends: outside one, not past its statement', async () => {
    const { rules, host, run } = session();
    rules.adopt({ 'app.tenant': '7', timezone: 'Asia/Tokyo' }, ['app.tenant', 'timezone'], host.inTransaction);
    expect(rules.show('app.tenant')).toBe('');
    expect(rules.show('timezone')).toBe('UTC');
    await run('BEGIN');
    rules.adopt({ 'app.tenant': '8' }, ['app.tenant'], host.inTransaction);
    expect(rules.show('app.tenant')).toBe('8');
    await run('COMMIT');
    expect(rules.show('app.tenant')).toBe('');
  });

  it('a plain SET after SET LOCAL of the same setting outlives COMMIT', async () => {
    const { rules, run } = session();
    await run('BEGIN');
    run("SET LOCAL application_name = 'local'");
    run("SET application_name = 'session'");
    await run('COMMIT');
    expect(rules.show('application_name')).toBe('session');
  });
});

describe('session rules: implicit transactions', () => {
  it('BEGIN makes the implicit transaction the block, statements before it inside', async () => {
    const { rules, host, run } = session();
    rules.beginImplicit(host, 'pipeline');
    await run('BEGIN');
    expect(rules.txStatus).toBe('T');
    expect(rules.implicit).toBeNull();
    expect(host.calls).toEqual(['begin read committed']);
  });

  it('BEGIN of another isolation level is 25001 once a statement took its snapshot', async () => {
    const { rules, host, run } = session();
    rules.beginImplicit(host, 'statements');
    await run('BEGIN ISOLATION LEVEL SERIALIZABLE');
    expect(host.calls).toEqual(['begin read committed', 'commit', 'begin serializable']);
    await run('COMMIT');
    rules.beginImplicit(host, 'statements');
    rules.assertRunnable(sql('SELECT 1'));
    expect(await sqlstateAsync(async () => run('BEGIN ISOLATION LEVEL SERIALIZABLE'))).toBe('25001');
  });

  it('COMMIT and ROLLBACK end it with a WARNING; AND CHAIN is 25P01', async () => {
    const { rules, host, out, run } = session();
    rules.beginImplicit(host, 'statements');
    await run('ROLLBACK');
    expect(out.take()).toEqual([{ notice: '25P01' }, { complete: 'ROLLBACK' }]);
    expect(host.calls).toEqual(['begin read committed', 'rollback']);
    expect(rules.implicit).toBeNull();
    rules.beginImplicit(host, 'statements');
    expect(await sqlstateAsync(async () => run('COMMIT AND CHAIN'))).toBe('25P01');
    expect(await sqlstateAsync(async () => run('SAVEPOINT a'))).toBe('25P01');
  });

  it('VACUUM and its kin refuse a block, the implicit one of a Query, and a pipeline', () => {
    const { rules, host } = session();
    rules.beginImplicit(host, 'statements');
    expect(sqlstate(() => rules.assertRunnable(sql('VACUUM')))).toBe('25001');
    const pipeline = session();
    pipeline.rules.beginImplicit(pipeline.host, 'pipeline');
    expect(sqlstate(() => pipeline.rules.assertRunnable(sql('DISCARD ALL')))).toBe('25001');
    expect(sqlstate(() => session().rules.assertRunnable(sql('VACUUM')))).toBeUndefined();
  });
});

describe('session rules: SET in a transaction that aborts', () => {
  it('ROLLBACK puts back what plain SET changed in the block; COMMIT keeps it', async () => {
    const { rules, out, run } = session();
    await run('BEGIN');
    run('SET search_path = app, public');
    run("SET TimeZone = 'Europe/Oslo'");
    out.take();
    await run('ROLLBACK');
    expect(out.take()).toEqual([{ complete: 'ROLLBACK' }, { status: ['TimeZone', 'UTC'] }]);
    expect(rules.searchPath()).toEqual(['alice', 'public']);
    await run('BEGIN');
    run('SET search_path = app');
    await run('COMMIT');
    expect(rules.searchPath()).toEqual(['app']);
  });

  it('ROLLBACK TO SAVEPOINT puts back what was set after the savepoint, SET LOCAL and SET alike', async () => {
    const { rules, run } = session();
    await run('BEGIN');
    run('SET LOCAL search_path = t1');
    await run('SAVEPOINT sp');
    run('SET LOCAL search_path = t2');
    run("SET application_name = 'later'");
    await run('ROLLBACK TO SAVEPOINT sp');
    expect(rules.searchPath()).toEqual(['t1']);
    expect(rules.show('application_name')).toBe('');
    await run('COMMIT');
    expect(rules.searchPath()).toEqual(['alice', 'public']);
  });
});

describe('session rules: transaction status', () => {
  it('goes I → T at BEGIN, T → E on an error, and back to I at COMMIT, which rolls back', async () => {
    const { rules, host, out, run } = session();
    expect(rules.txStatus).toBe('I');
    await run('BEGIN');
    expect(rules.txStatus).toBe('T');
    rules.statementFailed();
    expect(rules.txStatus).toBe('E');
    out.take();
    await run('COMMIT');
    expect(out.take()).toEqual([{ complete: 'ROLLBACK' }]);
    expect(host.calls.at(-1)).toBe('rollback');
    expect(rules.txStatus).toBe('I');
  });

  it('an error outside a transaction block leaves the status idle', () => {
    const { rules } = session();
    rules.statementFailed();
    expect(rules.txStatus).toBe('I');
  });

  it('in a failed block only COMMIT, ROLLBACK and ROLLBACK TO run (25P02)', async () => {
    const { rules, run } = session();
    await run('BEGIN');
    rules.statementFailed();
    expect(sqlstate(() => rules.assertRunnable(sql('SELECT 1')))).toBe('25P02');
    expect(sqlstate(() => rules.assertRunnable(sql('SET TimeZone = UTC')))).toBe('25P02');
    expect(sqlstate(() => rules.assertRunnable(sql('SAVEPOINT a')))).toBe('25P02');
    expect(sqlstate(() => rules.assertRunnable(sql('BEGIN')))).toBe('25P02');
    expect(sqlstate(() => rules.assertRunnable(sql('COMMIT')))).toBeUndefined();
    expect(sqlstate(() => rules.assertRunnable(sql('ROLLBACK')))).toBeUndefined();
    expect(sqlstate(() => rules.assertRunnable(sql('ROLLBACK TO SAVEPOINT a')))).toBeUndefined();
  });

  it('ROLLBACK TO SAVEPOINT takes a failed block back to T', async () => {
    const { rules, host, out, run } = session();
    await run('BEGIN');
    await run('SAVEPOINT a');
    rules.statementFailed();
    out.take();
    await run('ROLLBACK TO SAVEPOINT a');
    expect(rules.txStatus).toBe('T');
    expect(out.take()).toEqual([{ complete: 'ROLLBACK' }]);
    await run('RELEASE SAVEPOINT a');
    expect(host.calls).toEqual(['begin read committed', 'savepoint a', 'rollback_to a', 'release a']);
    expect(rules.txStatus).toBe('T');
  });

  it('savepoints outside a transaction block are 25P01', async () => {
    const { host, run } = session();
    expect(await sqlstateAsync(async () => run('SAVEPOINT a'))).toBe('25P01');
    expect(await sqlstateAsync(async () => run('RELEASE SAVEPOINT a'))).toBe('25P01');
    expect(await sqlstateAsync(async () => run('ROLLBACK TO SAVEPOINT a'))).toBe('25P01');
    expect(host.calls).toEqual([]);
  });

  it('BEGIN inside a block and COMMIT/ROLLBACK outside one are WARNINGs', async () => {
    const { rules, host, out, run } = session();
    await run('COMMIT');
    await run('ROLLBACK');
    expect(out.take()).toEqual([{ notice: '25P01' }, { complete: 'COMMIT' }, { notice: '25P01' }, { complete: 'ROLLBACK' }]);
    await run('BEGIN');
    await run('START TRANSACTION');
    expect(out.take()).toEqual([{ complete: 'BEGIN' }, { notice: '25001' }, { complete: 'START TRANSACTION' }]);
    expect(host.calls).toEqual(['begin read committed']);
    expect(rules.txStatus).toBe('T');
  });

  it('BEGIN takes the isolation level it names, else default_transaction_isolation', async () => {
    const { host, run } = session({ default_transaction_isolation: 'serializable' });
    await run('BEGIN');
    await run('COMMIT');
    await run('BEGIN ISOLATION LEVEL REPEATABLE READ');
    expect(host.calls).toEqual(['begin serializable', 'commit', 'begin repeatable read']);
  });

  it("outside a block, transaction_isolation and its kin read as the session's characteristics (SHOW, current_setting)", async () => {
    const { rules, run } = session();
    await run('SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    expect([rules.show('transaction_isolation'), rules.show('transaction isolation level'), rules.show('transaction_read_only')]).toEqual(['repeatable read', 'repeatable read', 'on']);
    expect(rules.ctx().settings).toMatchObject({ transaction_isolation: 'repeatable read', transaction_read_only: 'on' });
    await run('BEGIN ISOLATION LEVEL SERIALIZABLE');
    expect(rules.show('transaction_isolation')).toBe('serializable');
    expect(rules.ctx().settings).toMatchObject({ transaction_isolation: 'serializable' });
    await run('COMMIT');
    expect(rules.show('transaction_isolation')).toBe('repeatable read');
    await run('RESET default_transaction_isolation');
    expect(rules.show('transaction_isolation')).toBe('read committed');
    expect(rules.ctx().settings.transaction_isolation).toBeUndefined();
  });

  it('the idle timeout follows the transaction status', async () => {
    const { rules, run } = session({ idle_session_timeout: '5s', idle_in_transaction_session_timeout: '7s' });
    expect(rules.idleTimeout()).toEqual({ ms: 5000, inTransaction: false });
    await run('BEGIN');
    expect(rules.idleTimeout()).toEqual({ ms: 7000, inTransaction: true });
    rules.statementFailed();
    expect(rules.idleTimeout()).toEqual({ ms: 7000, inTransaction: true });
  });

  it('lock_timeout 0, the default as in PostgreSQL, waits a day, as the run options carry it', () => {
    const { rules, run } = session();
    expect(rules.show('lock_timeout')).toBe('0');
    expect(rules.runOptions().lockTimeoutMs).toBe(24 * 3600 * 1000);
    run("SET lock_timeout = '2s'");
    expect(rules.runOptions().lockTimeoutMs).toBe(2000);
    run('SET lock_timeout = 0');
    expect(rules.runOptions().lockTimeoutMs).toBe(24 * 3600 * 1000);
  });
});
