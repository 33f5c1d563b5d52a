/**
 * Every one of PostgreSQL 15's settings, as its tools read and set them (postgres_exporter and
 * pgAdmin list pg_settings, scripts SET the planner's knobs): SHOW, current_setting(), SET with
 * PostgreSQL's checks and SHOW's spelling, and pg_settings. Each expected answer is PostgreSQL 15's.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

const show = async (name: string) => (await rows(`SHOW ${name}`))[0]![0];

describe('PostgreSQL’s settings evsql does not act on', () => {
  it('are all listed, by SHOW ALL and pg_settings, in PostgreSQL’s order', async () => {
    const all = await rows('SHOW ALL');
    expect(all).toHaveLength(354);
    expect(all.map((r) => r[0]).slice(0, 3)).toEqual(['allow_in_place_tablespaces', 'allow_system_table_mods', 'application_name']);
    expect(await rows("SELECT count(*)::int, count(*) FILTER (WHERE vartype = 'enum')::int FROM pg_settings")).toEqual([[354, 36]]);
    expect(await rows("SELECT setting, unit, boot_val, context FROM pg_settings WHERE name IN ('max_wal_size', 'shared_buffers', 'checkpoint_timeout') ORDER BY name")).toEqual([
      ['300', 's', '300', 'sighup'],
      ['1024', 'MB', '1024', 'sighup'],
      ['16384', '8kB', '16384', 'postmaster'],
    ]);
  });

  it('answer SHOW and current_setting() with PostgreSQL’s defaults', async () => {
    expect(await rows("SELECT current_setting('max_wal_size'), current_setting('fsync'), current_setting('checkpoint_timeout'), current_setting('wal_segment_size')")).toEqual([['1GB', 'on', '5min', '16MB']]);
    expect(await show('deadlock_timeout')).toBe('1s');
    expect(await show('effective_io_concurrency')).toBe('1');
  });

  it('take SET where PostgreSQL does, printed as SHOW prints them', async () => {
    const cases: Array<[string, string, string]> = [
      ['deadlock_timeout', '90000', '90s'],
      ['deadlock_timeout', "'1500us'", '2ms'],
      ['vacuum_cost_delay', '2.5', '2500us'],
      ['temp_file_limit', "'1536kB'", '1536kB'],
      ['backend_flush_after', '16', '128kB'],
      ['constraint_exclusion', 'true', 'on'],
      ['enable_memoize', "'yes'", 'on'],
      ['geqo_threshold', '2.6', '3'],
      ['jit_above_cost', '1e6', '1e+06'],
      ['plan_cache_mode', "'FORCE_GENERIC_PLAN'", 'force_generic_plan'],
      ['statement_timeout', "'1.5s'", '1500ms'],
      ['work_mem', '2048', '2MB'],
    ];
    for (const [name, value, shown] of cases) {
      await client().query(`SET ${name} = ${value}`);
      expect(await show(name), `${name} = ${value}`).toBe(shown);
    }
    expect(await rows("SELECT setting, source FROM pg_settings WHERE name = 'vacuum_cost_delay'")).toEqual([['2.5', 'session']]);
    await client().query('RESET ALL');
    expect(await show('deadlock_timeout')).toBe('1s');
  });

  it('refuse what PostgreSQL refuses, with its words', async () => {
    expect(await failure('SET shared_buffers = 1')).toEqual({ code: '55P02', message: 'parameter "shared_buffers" cannot be changed without restarting the server' });
    expect(await failure('SET archive_timeout = 1')).toEqual({ code: '55P02', message: 'parameter "archive_timeout" cannot be changed now' });
    expect(await failure('SET log_connections = on')).toEqual({ code: '55P02', message: 'parameter "log_connections" cannot be set after connection start' });
    expect(await failure('SET wal_segment_size = 1')).toEqual({ code: '55P02', message: 'parameter "wal_segment_size" cannot be changed' });
    expect(await failure('SET vacuum_cost_delay = 200')).toEqual({ code: '22023', message: '200 ms is outside the valid range for parameter "vacuum_cost_delay" (0 .. 100)' });
    expect(await failure('SET gin_pending_list_limit = 10')).toEqual({ code: '22023', message: '10 kB is outside the valid range for parameter "gin_pending_list_limit" (64 .. 2147483647)' });
    expect(await failure("SET constraint_exclusion = 'bogus'")).toEqual({ code: '22023', message: 'invalid value for parameter "constraint_exclusion": "bogus"' });
    expect(await failure("SET enable_memoize = 'maybe'")).toEqual({ code: '22023', message: 'parameter "enable_memoize" requires a Boolean value' });
    expect(await failure("SET deadlock_timeout = '1 fortnight'")).toMatchObject({ code: '22023' });
    expect(await failure('SET random_page_cost = x')).toEqual({ code: '22023', message: 'invalid value for parameter "random_page_cost": "x"' });
    expect(await failure('SET no_such_setting = 1')).toMatchObject({ code: '42704' });
  });
});
