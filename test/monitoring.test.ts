/**
 * What monitoring tools read (Prometheus' postgres_exporter, check_postgres, pgwatch, psql's
 * \dx): pg_stat_activity and pg_locks joined with catalog relations and read by writes, the
 * server-wide statistics views, the time zone and extension views, and the statistics functions.
 * Answers are PostgreSQL 15's where they do not depend on the server's history.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let c: pg.Client;

beforeAll(async () => {
  server = await startServer();
  c = await server.client({ application_name: 'monitor' });
});

afterAll(async () => {
  await c.end();
  expect(await server.stop()).toBe(0);
});

const rows = async (sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows as Array<Record<string, unknown>>;

describe('pg_stat_activity and pg_locks beside other relations', () => {
  it("answers postgres_exporter's sessions-by-state query, a join with pg_database and VALUES", async () => {
    const other = await server.client({ application_name: 'idler' });
    const counts = await rows(`SELECT pg_database.datname, tmp.state, COALESCE(count, 0) AS count
      FROM (VALUES ('active'), ('idle'), ('idle in transaction')) AS tmp(state) CROSS JOIN pg_database
      LEFT JOIN (SELECT datname, state, count(*) AS count FROM pg_stat_activity GROUP BY datname, state) AS tmp2
        ON tmp.state = tmp2.state AND pg_database.datname = tmp2.datname
      WHERE pg_database.datname = 'postgres' ORDER BY tmp.state`);
    expect(counts).toEqual([
      { datname: 'postgres', state: 'active', count: '1' },
      { datname: 'postgres', state: 'idle', count: '1' },
      { datname: 'postgres', state: 'idle in transaction', count: '0' },
    ]);
    await other.end();
  });

  it('joins pg_locks with pg_database, and a session with its role', async () => {
    const holder = await server.client();
    await holder.query('SELECT pg_advisory_lock(77)');
    expect(await rows('SELECT d.datname, l.locktype, l.objid::int AS objid FROM pg_locks l JOIN pg_database d ON d.oid = l.database')).toEqual([{ datname: 'postgres', locktype: 'advisory', objid: 77 }]);
    expect(await rows("SELECT r.rolsuper FROM pg_stat_activity a JOIN pg_roles r ON r.rolname = a.usename WHERE a.application_name = 'monitor'")).toEqual([{ rolsuper: true }]);
    await holder.end();
  });

  it('a write reading pg_stat_activity stores the same sessions on every replica', async () => {
    await c.query("CREATE TABLE seen AS SELECT pid, application_name FROM pg_stat_activity WHERE application_name = 'monitor'");
    await c.query('INSERT INTO seen SELECT pid, application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()');
    const pid = (await rows('SELECT pg_backend_pid() AS pid'))[0]!.pid;
    expect(await rows('SELECT pid, application_name FROM seen')).toEqual([
      { pid, application_name: 'monitor' },
      { pid, application_name: 'monitor' },
    ]);
    expect(await rows('SELECT count(*)::int AS n FROM evsql_scrub() WHERE divergent_pages > 0')).toEqual([{ n: 0 }]);
  });

  it('a statement signalling backends that reads another relation is refused with 0A000, and the session goes on', async () => {
    await expect(c.query('SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a JOIN pg_database d USING (datname) WHERE false')).rejects.toMatchObject({ code: '0A000' });
    expect(await rows('SELECT 1 AS x')).toEqual([{ x: 1 }]);
  });
});

describe('the server-wide statistics views', () => {
  it('pg_stat_bgwriter, pg_stat_wal and pg_stat_archiver have their one row; the replication and progress views none', async () => {
    expect(await rows('SELECT checkpoints_timed, buffers_alloc, stats_reset FROM pg_stat_bgwriter')).toEqual([{ checkpoints_timed: '0', buffers_alloc: '0', stats_reset: null }]);
    expect(await rows('SELECT wal_records, wal_bytes FROM pg_stat_wal')).toEqual([{ wal_records: '0', wal_bytes: '0' }]);
    expect(await rows('SELECT archived_count, last_archived_wal, failed_count FROM pg_stat_archiver')).toEqual([{ archived_count: '0', last_archived_wal: null, failed_count: '0' }]);
    for (const view of ['pg_stat_replication', 'pg_stat_wal_receiver', 'pg_stat_subscription', 'pg_stat_progress_vacuum', 'pg_stat_progress_create_index', 'pg_stat_progress_copy']) {
      expect((await c.query(`SELECT * FROM ${view}`)).rowCount, view).toBe(0);
    }
    const replication = await c.query('SELECT * FROM pg_stat_replication');
    expect(replication.fields.map((f) => f.name).slice(0, 5)).toEqual(['pid', 'usesysid', 'usename', 'application_name', 'client_addr']);
  });

  it('pg_stat_slru names the caches, pg_stat_database_conflicts every database, pg_stat_xact_user_tables every table', async () => {
    expect((await rows('SELECT name FROM pg_stat_slru')).map((r) => r.name)).toEqual(['CommitTs', 'MultiXactMember', 'MultiXactOffset', 'Notify', 'Serial', 'Subtrans', 'Xact', 'other']);
    expect(await rows("SELECT confl_deadlock FROM pg_stat_database_conflicts WHERE datname = 'postgres'")).toEqual([{ confl_deadlock: '0' }]);
    await c.query('CREATE TABLE counted (id int PRIMARY KEY)');
    expect(await rows("SELECT relname, n_tup_ins, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'counted'")).toEqual([{ relname: 'counted', n_tup_ins: '0', idx_scan: '0' }]);
  });

  it('the reset functions check their argument as PostgreSQL does and reset nothing', async () => {
    expect(await rows("SELECT pg_stat_reset() AS a, pg_stat_reset_shared('bgwriter') AS b, pg_stat_reset_slru('Xact') AS c, pg_stat_reset_single_table_counters('counted'::regclass) AS d")).toEqual([{ a: '', b: '', c: '', d: '' }]);
    await expect(c.query("SELECT pg_stat_reset_shared('buffers')")).rejects.toMatchObject({ code: '22023', message: 'unrecognized reset target: "buffers"', hint: 'Target must be "archiver", "bgwriter", "recovery_prefetch", or "wal".' });
    expect(await rows('SELECT pg_stat_reset_shared(NULL) IS NULL AS n, pg_last_xact_replay_timestamp() AS replayed, getpgusername() AS u')).toEqual([{ n: true, replayed: null, u: 'postgres' }]);
    // An argument the call computes is read too (it was a parameter left over: XX000).
    expect(await rows("SELECT pg_stat_reset_slru('Xa' || 'ct'::text) AS a, pg_stat_reset_slru(NULL) AS b, pg_stat_reset_slru($1) AS c", ['Notify'])).toEqual([{ a: '', b: '', c: '' }]);
  });
});

describe('time zones and extensions', () => {
  it('pg_timezone_names lists the zones with their offsets now; pg_timezone_abbrevs the default abbreviations', async () => {
    expect(await rows("SELECT name, abbrev, utc_offset::text AS utc_offset, is_dst FROM pg_timezone_names WHERE name IN ('UTC', 'Asia/Kolkata') ORDER BY name")).toEqual([
      { name: 'Asia/Kolkata', abbrev: 'IST', utc_offset: '05:30:00', is_dst: false },
      { name: 'UTC', abbrev: 'UTC', utc_offset: '00:00:00', is_dst: false },
    ]);
    const berlin = (await rows("SELECT abbrev, is_dst FROM pg_timezone_names WHERE name = 'Europe/Berlin'"))[0]!;
    expect([{ abbrev: 'CET', is_dst: false }, { abbrev: 'CEST', is_dst: true }]).toContainEqual(berlin);
    expect(await rows("SELECT abbrev, utc_offset::text AS utc_offset, is_dst FROM pg_timezone_abbrevs WHERE abbrev IN ('CEST', 'EST') ORDER BY abbrev")).toEqual([
      { abbrev: 'CEST', utc_offset: '02:00:00', is_dst: true },
      { abbrev: 'EST', utc_offset: '-05:00:00', is_dst: false },
    ]);
    expect(await rows('SELECT count(*)::int AS n FROM pg_timezone_abbrevs')).toEqual([{ n: 195 }]);
  });

  it('timeofday() is the clock as text in the session zone', async () => {
    expect((await rows('SELECT timeofday() AS t'))[0]!.t).toMatch(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d\.\d{6} \d{4} UTC$/);
    await c.query("SET TimeZone = 'Europe/Berlin'");
    expect((await rows('SELECT timeofday() AS t'))[0]!.t).toMatch(/ CES?T$/);
    await c.query('RESET TimeZone');
  });

  it('pg_available_extensions lists what CREATE EXTENSION takes, installed or not', async () => {
    const listed = async () => rows("SELECT name, default_version, installed_version FROM pg_available_extensions WHERE name IN ('plpgsql', 'uuid-ossp') ORDER BY name");
    expect(await listed()).toEqual([
      { name: 'plpgsql', default_version: '1.0', installed_version: '1.0' },
      { name: 'uuid-ossp', default_version: '1.1', installed_version: null },
    ]);
    await c.query('CREATE EXTENSION "uuid-ossp"');
    expect((await listed())[1]).toEqual({ name: 'uuid-ossp', default_version: '1.1', installed_version: '1.1' });
    expect(await rows("SELECT version, installed, relocatable, schema FROM pg_available_extension_versions WHERE name = 'plpgsql'")).toEqual([{ version: '1.0', installed: true, relocatable: false, schema: 'pg_catalog' }]);
  });
});
