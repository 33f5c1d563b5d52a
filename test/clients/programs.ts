/**
 * Runs a client program against evsql and PostgreSQL 15 (test/helpers/side-by-side.ts) with the
 * libpq environment variables pointing at each; what it prints must be the same on both, and it
 * must run to its end (a last line `done`).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type { SideBySide } from '../helpers/side-by-side.js';

async function run(command: string, args: string[], port: number): Promise<string> {
  const env = { ...process.env, PGHOST: '127.0.0.1', PGPORT: String(port), PGUSER: 'postgres', PGDATABASE: 'postgres', PGPASSWORD: '' };
  try {
    const { stdout } = await promisify(execFile)(command, args, { env, timeout: 40_000, cwd: import.meta.dirname });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${args.join(' ')} on port ${port} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

export async function printsTheSame(servers: SideBySide, command: string, args: string[]): Promise<void> {
  const [onEvsql, onPostgres] = await Promise.all([run(command, args, servers.server.port), run(command, args, servers.postgres.port)]);
  expect(onPostgres.trimEnd().split('\n').at(-1)).toBe('done');
  expect(onEvsql).toBe(onPostgres);
}
