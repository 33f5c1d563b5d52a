/**
 * PostgreSQL 15's answers recorded in test/recorded/, so the tests that compare evsql with PostgreSQL
 * run where no PostgreSQL is installed.
 *
 * - PostgreSQL installed: the test runs against it (helpers/postgres.ts) and also checks that the
 *   recording says what PostgreSQL just said, so a corpus edited without re-recording fails here.
 * - `EVSQL_RECORD_PG=1`: runs against PostgreSQL and rewrites the recording.
 * - No PostgreSQL, or `EVSQL_RECORDED_PG=1`: replays the recording.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { postgresBinDir } from '../../bench/servers.js';

export type PostgresSource = 'live' | 'record' | 'replay';

export function postgresSource(): PostgresSource {
  if (process.env.EVSQL_RECORD_PG === '1') return 'record';
  if (process.env.EVSQL_RECORDED_PG === '1' || !postgresBinDir()) return 'replay';
  return 'live';
}

const RECORDED_DIR = resolve(import.meta.dirname, '../recorded');

export const RERECORD = 'run the test once with EVSQL_RECORD_PG=1 (PostgreSQL 15 installed) to record it again';

export function readRecording<T>(name: string): T | undefined {
  const file = resolve(RECORDED_DIR, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/**
 * Writes `data` as JSON with each element of its top-level arrays on a line of its own, so a
 * re-recording shows in a diff as the statements whose answers changed.
 */
export function writeRecording(name: string, data: Record<string, unknown>): void {
  const file = resolve(RECORDED_DIR, name);
  mkdirSync(dirname(file), { recursive: true });
  const fields = Object.entries(data).map(([k, v]) =>
    Array.isArray(v) ? `${JSON.stringify(k)}: [\n${v.map((x) => '  ' + JSON.stringify(x)).join(',\n')}\n]` : `${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  writeFileSync(file, `{\n${fields.join(',\n')}\n}\n`);
}
