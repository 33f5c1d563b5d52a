/**
 * What large results and values cost the server in memory: starts the built server on a free
 * port with a data directory of its own, runs each case with node-postgres, and prints the
 * server's resident memory (/proc/PID/status VmRSS) before, at its peak (sampled, and VmHWM)
 * and 5 s after. Cases: `series` (2M rows from generate_series), `table` (2M rows of a table),
 * `value` (a 50 MB text and bytea through parameters), `literal` (a 50 MB text in the statement,
 * as psql sends it). `node dist/bench/memory.js [case…] [-- server flags…]`
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const MB = 1024 * 1024;
const ROWS = 2_000_000;
const args = process.argv.slice(2);
const split = args.indexOf('--');
const cases = split < 0 ? args : args.slice(0, split);
const flags = split < 0 ? [] : args.slice(split + 1);
const chosen = (name: string) => cases.length === 0 || cases.includes(name);

const dir = mkdtempSync(join(tmpdir(), 'evsql-memory-'));
const bin = resolve(import.meta.dirname, '../bin/evsql.js');
const server = spawn(process.execPath, [bin, 'start', '--port', '0', '--data', dir, ...flags], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise<number>((done) => {
  let out = '';
  server.stdout!.on('data', (d) => {
    out += d;
    const m = /listening on [^:]+:(\d+)/.exec(out);
    if (m) done(Number(m[1]));
  });
});
const status = () => readFileSync(`/proc/${server.pid}/status`, 'utf8');
const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status())![1]) * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
await client.connect();

async function measure(name: string, body: () => Promise<void>): Promise<void> {
  await sleep(1000);
  const before = field('VmRSS');
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, field('VmRSS'))), 50);
  const started = Date.now();
  await body();
  const ms = Date.now() - started;
  clearInterval(sampler);
  await sleep(5000);
  const mb = (n: number) => `${Math.round(n / MB)} MB`;
  console.log(`${name}: RSS ${mb(before)}, peak +${mb(peak - before)} (VmHWM ${mb(field('VmHWM'))}), 5 s after +${mb(field('VmRSS') - before)}; ${ms} ms`);
}

async function rows(sql: string): Promise<void> {
  const r = await client.query(sql);
  if (r.rowCount !== ROWS) throw new Error(`${r.rowCount} rows`);
}

try {
  if (chosen('series')) await measure(`${ROWS} rows of generate_series`, () => rows(`SELECT g, repeat('x', 100) FROM generate_series(1, ${ROWS}) g`));
  if (chosen('table')) {
    await client.query('CREATE TABLE big (id int PRIMARY KEY, v text)');
    await client.query(`INSERT INTO big SELECT g, repeat('y', 100) FROM generate_series(1, ${ROWS}) g`);
    await measure(`${ROWS} rows of a table`, () => rows('SELECT * FROM big'));
  }
  if (chosen('value') || chosen('literal')) await client.query('CREATE TABLE blob (id int PRIMARY KEY, t text, b bytea)');
  const text = 'z'.repeat(50 * MB);
  if (chosen('value')) {
    await measure('50 MB text, parameter: INSERT', async () => void (await client.query('INSERT INTO blob VALUES (1, $1, NULL)', [text])));
    await measure('50 MB text: SELECT', async () => void (await client.query('SELECT t FROM blob WHERE id = 1')));
    await measure('50 MB bytea, parameter: INSERT', async () => void (await client.query('INSERT INTO blob VALUES (2, NULL, $1)', [Buffer.alloc(50 * MB, 7)])));
    await measure('50 MB bytea: SELECT', async () => void (await client.query('SELECT b FROM blob WHERE id = 2')));
  }
  if (chosen('literal')) {
    await measure('50 MB text, literal: INSERT', async () => void (await client.query(`INSERT INTO blob VALUES (3, '${text}', NULL)`)));
    await measure('50 MB text: SELECT', async () => void (await client.query('SELECT t FROM blob WHERE id = 3')));
  }
} finally {
  await client.end();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
