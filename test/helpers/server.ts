/**
 * Starts a real evsql server process (the built dist/bin/evsql.js) on a free port with its own
 * temporary data directory, as a user would run it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'dist/bin/evsql.js');

export interface TestServer {
  host: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  /** Connection settings for the `pg` driver. */
  config(extra?: Partial<pg.ClientConfig>): pg.ClientConfig;
  client(extra?: Partial<pg.ClientConfig>): Promise<pg.Client>;
  stop(): Promise<number | null>;
  stderr(): string;
  /** What the server printed on stdout: the start banner. */
  stdout(): string;
}

/**
 * `env`: EVSQL_* variables for the server, over this process's environment. `startMs`: how long
 * it may take to listen (a start that rebuilds a replica takes longer); a minute by default, since
 * suites start several servers at once and a loaded 2-core machine took over 20 s for some.
 */
export async function startServer(args: string[] = [], opts: { dataDir?: string; keepData?: boolean; env?: Record<string, string>; startMs?: number } = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'evsql-test-'));
  const proc = spawn(process.execPath, [BIN, 'start', '--port', '0', '--data', dataDir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let stderr = '';
  let out = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), opts.startMs ?? 60_000);
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on [^:]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  const host = '127.0.0.1';
  const config = (extra: Partial<pg.ClientConfig> = {}): pg.ClientConfig => ({ host, port, user: 'postgres', database: 'postgres', ...extra });
  return {
    host,
    port,
    dataDir,
    proc,
    config,
    async client(extra = {}) {
      const c = new pg.Client(config(extra));
      await c.connect();
      return c;
    },
    async stop() {
      const exited = new Promise<number | null>((r) => {
        // A server killed by a signal has no exit code, and its 'exit' event is gone.
        if (proc.exitCode !== null || proc.signalCode !== null) r(proc.exitCode);
        else proc.once('exit', (code) => r(code));
      });
      proc.kill('SIGTERM');
      const code = await exited;
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
    stderr: () => stderr,
    stdout: () => out,
  };
}

/** Each replica's state root, by replica id (evsql_replicas): equal roots mean the replicas agree. */
export async function stateRoots(client: pg.Client): Promise<string[]> {
  return (await client.query('SELECT state_root FROM evsql_replicas ORDER BY id')).rows.map((r) => r.state_root as string);
}

/** The error a client call rejects with (its PostgreSQL fields); undefined when it resolves. */
export async function rejection(run: () => Promise<unknown>): Promise<pg.DatabaseError | undefined> {
  try {
    await run();
    return undefined;
  } catch (err) {
    return err as pg.DatabaseError;
  }
}
