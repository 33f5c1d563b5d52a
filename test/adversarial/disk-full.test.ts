/**
 * The data directory fills up (an 8 MB tmpfs, mounted here when the tests run as root, as CI
 * does): every write is either acknowledged and still there after a restart, or refused with
 * PostgreSQL's 53100 (a write one replica already committed waits for space instead); the
 * server keeps serving, the replicas agree, and once space is freed writes succeed again
 * without a restart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { startServer, type TestServer } from '../helpers/server.js';

const root = process.getuid?.() === 0;
if (!root) console.log('disk-full.test.ts skipped: mounting a small tmpfs needs root');

let mount: string | undefined;
let server: TestServer | undefined;
const clients: pg.Client[] = [];

afterAll(async () => {
  for (const c of clients) await c.end().catch(() => undefined);
  await server?.stop();
  if (mount) {
    execFileSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  }
});

async function insert(c: pg.Client, id: number): Promise<string | undefined> {
  try {
    await c.query(`INSERT INTO f VALUES (${id}, repeat('x', 20000))`);
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (replicas: ${lastSeen})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let lastSeen = '';

async function agreeing(c: pg.Client): Promise<true | undefined> {
  const rows = (await c.query('SELECT status, state_root FROM evsql_replicas')).rows;
  lastSeen = JSON.stringify(rows);
  return rows.every((r) => r.status === 'healthy') && new Set(rows.map((r) => r.state_root)).size === 1 ? true : undefined;
}

describe.skipIf(!root)('a full disk', () => {
  it('loses no acknowledged write, answers 53100, and serves again once space is freed', async () => {
    mount = mkdtempSync(join(tmpdir(), 'evsql-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', mount]);
    const ballast = join(mount, 'ballast');
    writeFileSync(ballast, Buffer.alloc(2 * 1024 * 1024));
    const dataDir = join(mount, 'data');
    server = await startServer([], { dataDir, keepData: true });
    const c = await server.client();
    await c.query('CREATE TABLE f (id int PRIMARY KEY, pad text)');

    const acked: number[] = [];
    const refused: Array<string | undefined> = [];
    let freed = false;
    const free = () => {
      rmSync(ballast);
      freed = true;
    };
    let id = 0;
    while (refused.length < 3 && !freed && id < 400) {
      // A batch that one replica committed waits for the others to be repaired, which needs
      // space: such a write waits for the operator (the test frees the space), never fails silently.
      const write = insert(c, id);
      let outcome = await Promise.race([write, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 5_000))]);
      if (outcome === 'waiting') {
        free();
        outcome = await write;
      }
      if (outcome === undefined) acked.push(id);
      else refused.push(outcome);
      id++;
    }
    expect(refused.every((code) => code === '53100')).toBe(true);
    // The disk did fill: writes were refused, or one waited for space.
    expect(refused.length > 0 || freed).toBe(true);
    expect(acked.length).toBeGreaterThan(10);
    expect((await c.query('SELECT count(*)::int AS n FROM f')).rows[0].n).toBe(acked.length);

    if (!freed) free();
    await until('a write to succeed after space was freed', async () => ((await insert(c, id)) === undefined ? true : undefined));
    acked.push(id);
    for (let more = 1; more <= 3; more++) {
      expect(await insert(c, id + more)).toBeUndefined();
      acked.push(id + more);
    }
    await until('the replicas to agree', () => agreeing(c));

    await c.end();
    await server.stop();
    server = await startServer([], { dataDir, keepData: true });
    const after = await server.client();
    clients.push(after);
    const ids = (await after.query('SELECT id FROM f ORDER BY id')).rows.map((r) => r.id as number);
    expect(ids).toEqual(acked);
    await until('the replicas to agree after the restart', () => agreeing(after));
  }, 180_000);
});
