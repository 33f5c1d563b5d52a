/**
 * The systems under test, started by the benchmark itself on temporary data directories: evsql
 * (the built dist/bin/evsql.js, as a user runs it) and a PostgreSQL 15 with default settings. As
 * root, PostgreSQL runs as an unprivileged user created for it, as test/helpers/postgres.ts does.
 * Either can be pinned to CPUs with taskset.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

const PG_USER = 'evsqltest';
const START_TIMEOUT_MS = 30_000;

/** The project root: the nearest directory above this file with a package.json (works from bench/ and dist/bench/). */
export const ROOT = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the project root');
    dir = up;
  }
  return dir;
})();
export const EVSQL_BIN = join(ROOT, 'dist/bin/evsql.js');

export interface System {
  /** What tables and charts call it. */
  name: string;
  host: string;
  port: number;
  pid: number;
  config(extra?: Partial<pg.ClientConfig>): pg.ClientConfig;
  stop(): Promise<void>;
  /** The last lines the server wrote to stderr. */
  log(): string;
}

export interface EvsqlOptions {
  replicas: number;
  exec: 'ev' | 'sequential';
  /** taskset CPU list, e.g. '0-3'. */
  cpus?: string;
  /** Extra options for node itself, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Extra `evsql start` flags. */
  args?: string[];
  /** Run on this data directory and keep it; otherwise a temporary one, removed on stop. */
  dataDir?: string;
  /** Working directory of the server process (where --cpu-prof writes its profile). */
  cwd?: string;
  /** Another build's dist/bin/evsql.js, to compare builds; this one's by default. */
  bin?: string;
}

export function evsqlName(o: Pick<EvsqlOptions, 'replicas' | 'exec'>): string {
  return o.replicas === 1 ? 'evsql-1' : `evsql-${o.exec}-${o.replicas}`;
}

function tail(buf: string[]): string {
  return buf.join('').split('\n').slice(-20).join('\n');
}

function withCpus(cpus: string | undefined, cmd: string, args: string[]): [string, string[]] {
  return cpus ? ['taskset', ['-c', cpus, cmd, ...args]] : [cmd, args];
}

export async function startEvsql(o: EvsqlOptions): Promise<System> {
  const bin = o.bin ?? EVSQL_BIN;
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'evsql-bench-'));
  const args = [...(o.nodeArgs ?? []), bin, 'start', '--port', '0', '--data', dataDir, '--replicas', String(o.replicas), '--exec', o.exec, ...(o.args ?? [])];
  const [cmd, argv] = withCpus(o.cpus, process.execPath, args);
  const proc = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: o.cwd });
  const stderr: string[] = [];
  proc.stderr!.on('data', (d: Buffer) => {
    stderr.push(d.toString());
    if (stderr.length > 200) stderr.splice(0, 100);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`evsql did not start within ${START_TIMEOUT_MS / 1000}s: ${tail(stderr)}`)), START_TIMEOUT_MS);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on [^:]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`evsql exited with ${code}: ${tail(stderr)}`));
    });
  });
  const host = '127.0.0.1';
  return {
    name: evsqlName(o),
    host,
    port,
    pid: proc.pid!,
    config: (extra = {}) => ({ host, port, user: 'postgres', database: 'postgres', ...extra }),
    async stop() {
      await stopProcess(proc, proc.pid!, 'SIGTERM');
      if (!o.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    log: () => tail(stderr),
  };
}

async function stopProcess(proc: ChildProcess, pid: number, signal: NodeJS.Signals): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  process.kill(pid, signal);
  const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

export function postgresBinDir(): string | null {
  const candidates = ['/usr/lib/postgresql/15/bin'];
  if (existsSync('/usr/lib/postgresql')) {
    for (const v of readdirSync('/usr/lib/postgresql').sort().reverse()) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  return candidates.find((d) => existsSync(join(d, 'postgres')) && existsSync(join(d, 'initdb'))) ?? null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** PostgreSQL with initdb's defaults (fsync on, shared_buffers 128MB), listening on 127.0.0.1 only. */
export async function startPostgres(o: { cpus?: string; settings?: Record<string, string> } = {}): Promise<System> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    try {
      execFileSync('id', [PG_USER], { stdio: 'ignore' });
    } catch {
      execFileSync('useradd', ['--system', '--no-create-home', PG_USER]);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'evsql-bench-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const as = (cmd: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', PG_USER, '--', cmd, ...args]] : [cmd, args]);
  execFileSync(...as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C']), { stdio: 'ignore' });
  const port = await freePort();
  const settings = Object.entries(o.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  const [c, a] = as(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', ...settings]);
  const [cmd, argv] = withCpus(o.cpus, c, a);
  const proc = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr: string[] = [];
  proc.stderr!.on('data', (d: Buffer) => {
    stderr.push(d.toString());
    if (stderr.length > 200) stderr.splice(0, 100);
  });
  const host = '127.0.0.1';
  const config = (extra: Partial<pg.ClientConfig> = {}): pg.ClientConfig => ({ host, port, user: 'postgres', database: 'postgres', ...extra });
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      const probe = new pg.Client(config());
      await probe.connect();
      await probe.end();
      break;
    } catch (err) {
      if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`PostgreSQL did not start: ${(err as Error).message}\n${tail(stderr)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    name: 'postgres-15',
    host,
    port,
    pid,
    config,
    async stop() {
      // The postmaster itself: runuser and taskset, when they are the direct child, do not pass signals on.
      await stopProcess(proc, pid, 'SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
    log: () => tail(stderr),
  };
}
