/**
 * pg_stat_activity, pg_locks, pg_stat_ssl, pg_stat_gssapi, pg_terminate_backend() and
 * pg_cancel_backend(): the sessions are this server's connections and the advisory locks its own
 * (advisory-locks.ts), which no replica knows, so statements naming them are answered here
 * (server-views.ts), from one row per authenticated session (its TLS in pg_stat_ssl; no GSSAPI)
 * and one per advisory lock held or waited for. That answers what admin tools
 * send (filters, ordering, `pg_backend_pid()`, `SELECT pg_terminate_backend(pid) FROM
 * pg_stat_activity WHERE …`, `pg_locks l JOIN pg_stat_activity a USING (pid)`).
 * pg_locks lists advisory locks only: evsql's row locks live in the mixer and take no relation
 * locks, and the lock each PostgreSQL statement takes on what it reads has no counterpart here.
 */
import type Database from 'better-sqlite3';
import { PgError, SqlState } from '../pg/errors.js';
import type { SqliteValue } from '../pg/types/registry.js';
import { BOOTSTRAP_SUPERUSER, DATABASE_OID } from '../dialect/catalog/oids.js';
import { type CatalogRelation, catalogRelation, relationKey, sqliteTable } from '../dialect/catalog/definitions.js';
import type { ServerRows } from '../dialect/plan.js';
import type { Translation } from '../dialect/translate/translate.js';
import { formatTimestamp } from '../dialect/runtime/sql-functions.js';
import type { Connection } from './connection.js';
import type { AdvisoryLocks } from './advisory-locks.js';
import { ServerViews } from './server-views.js';

const MENTIONS = /\bpg_stat_(activity|ssl|gssapi)\b|\bpg_locks\b|\bpg_(terminate|cancel)_backend\s*\(|\bcurrent_query\s*\(/i;
const SIGNALS = /\bpg_(terminate|cancel)_backend\s*\(/i;
const RELATION = catalogRelation('pg_catalog', 'pg_stat_activity')!;
const LOCKS = catalogRelation('pg_catalog', 'pg_locks')!;
const SSL = catalogRelation('pg_catalog', 'pg_stat_ssl')!;
const GSSAPI = catalogRelation('pg_catalog', 'pg_stat_gssapi')!;

export class SessionActivity extends ServerViews {
  private readonly inserts: Array<[CatalogRelation, Database.Statement]>;

  /** `connections` lists the live ones, by pid. */
  constructor(
    private readonly connections: () => Iterable<Connection>,
    private readonly byPid: (pid: number) => Connection | undefined,
    private readonly advisory: AdvisoryLocks,
  ) {
    super(MENTIONS, 'evsql calls pg_terminate_backend() and pg_cancel_backend() only in statements that read no table but pg_stat_activity and pg_locks');
    this.db.function('pg_terminate_backend', { varargs: true }, (pid) => this.signal(pid, 'terminate'));
    this.db.function('pg_cancel_backend', { varargs: true }, (pid) => this.signal(pid, 'cancel'));
    this.inserts = [RELATION, LOCKS, SSL, GSSAPI].map((r) => [r, this.table(r)]);
  }

  protected refresh(): void {
    const rows = this.rows();
    for (const [rel, insert] of this.inserts) {
      this.db.exec(`DELETE FROM ${sqliteTable(rel)}`);
      for (const row of rows[relationKey(rel)]!) insert.run(row);
    }
  }

  /**
   * A statement that joins pg_stat_activity or pg_locks with other relations runs where those are,
   * taking the rows of the moment along (SessionContext.serverRows); one that signals a backend
   * cannot, since only this server can signal its connections.
   */
  protected override shipped(t: Translation): ServerRows | null {
    if (SIGNALS.test(t.text)) return null;
    return this.rows();
  }

  private rows(): ServerRows {
    const ts = (ms: number | null) => (ms === null ? null : formatTimestamp(ms, true));
    const locks = this.advisory.listed().map((l) => ({
      locktype: 'advisory',
      database: DATABASE_OID,
      relation: null,
      page: null,
      tuple: null,
      virtualxid: null,
      transactionid: null,
      classid: l.classid,
      objid: l.objid,
      objsubid: l.objsubid,
      virtualtransaction: null,
      pid: l.pid,
      mode: 'ExclusiveLock',
      granted: l.granted ? 1 : 0,
      fastpath: 0,
      waitstart: ts(l.since),
    }));
    const sessions: ServerRows[string] = [];
    const ssl: ServerRows[string] = [];
    const gssapi: ServerRows[string] = [];
    for (const conn of this.connections()) {
      const s = conn.activityState();
      if (!s) continue;
      const tls = conn.tls();
      ssl.push({ pid: conn.pid, ssl: tls ? 1 : 0, version: tls?.version ?? null, cipher: tls?.cipher ?? null, bits: tls?.bits ?? null, client_dn: null, client_serial: null, issuer_dn: null });
      gssapi.push({ pid: conn.pid, gss_authenticated: 0, principal: null, encrypted: 0 });
      const a = conn.activity;
      const [addr, port] = splitAddress(conn.clientAddress());
      sessions.push({
        datid: s.databaseOid,
        datname: s.database,
        pid: conn.pid,
        leader_pid: null,
        usesysid: BOOTSTRAP_SUPERUSER,
        usename: s.user,
        application_name: s.applicationName,
        client_addr: addr,
        client_hostname: null,
        client_port: port,
        backend_start: ts(a.backendStart),
        xact_start: ts(a.xactStart),
        query_start: ts(a.queryStart),
        state_change: ts(a.stateChange),
        wait_event_type: s.lockWait ? 'Lock' : s.state === 'active' ? null : 'Client',
        wait_event: s.lockWait ?? (s.state === 'active' ? null : 'ClientRead'),
        state: s.state,
        backend_xid: null,
        backend_xmin: null,
        query_id: null,
        query: a.query,
        backend_type: 'client backend',
      });
    }
    return { [relationKey(RELATION)]: sessions, [relationKey(LOCKS)]: locks, [relationKey(SSL)]: ssl, [relationKey(GSSAPI)]: gssapi };
  }

  /** PostgreSQL's answer: true when the signal was sent, false (with a warning there) for a pid that is no backend. */
  private signal(pid: SqliteValue, kind: 'terminate' | 'cancel'): number | null {
    if (pid === null) return null;
    const conn = this.byPid(Number(pid));
    if (!conn) return 0;
    // After the current statement's own result, as a signal arrives between PostgreSQL's statements.
    setImmediate(() => {
      if (kind === 'cancel') conn.cancel();
      else conn.fatal(new PgError(SqlState.adminShutdown, 'terminating connection due to administrator command', { severity: 'FATAL' }));
    });
    return 1;
  }
}

/** `host:port` → [host, port]; the Unix socket's 'local' → [null, -1], as PostgreSQL shows it. */
function splitAddress(address: string): [string | null, number] {
  if (address === 'local') return [null, -1];
  const at = address.lastIndexOf(':');
  return [address.slice(0, at).replace(/^::ffff:/, ''), Number(address.slice(at + 1))];
}
