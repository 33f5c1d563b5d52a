/**
 * A real PostgreSQL 15 for differential tests: the benchmarks' own starter (bench/servers.ts),
 * with fsync off (tests need no durability) and UTC, like evsql.
 */
import pg from 'pg';
import { startPostgres as start, type System } from '../../bench/servers.js';

export interface TestPostgres extends System {
  client(): Promise<pg.Client>;
}

export async function startPostgres(): Promise<TestPostgres> {
  const system = await start({ settings: { fsync: 'off', TimeZone: 'UTC' } });
  return {
    ...system,
    async client() {
      const c = new pg.Client(system.config());
      await c.connect();
      return c;
    },
  };
}
