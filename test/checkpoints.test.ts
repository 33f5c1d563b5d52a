/**
 * The WAL of every replica file stays bounded with SQLite's autocheckpoint off on the writers: the
 * checkpoint thread copies it back into the file, and past its bound the writer checkpoints itself
 * so the next write starts the WAL from its beginning. Read from the real files' WAL index while a
 * real server writes through `pg`.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';
import { WalIndex } from '../executor/wal-index.js';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A row of about one 4 KiB page: each adds a frame to the WAL. */
const PAGE_ROW = `repeat('x', 3900)`;

async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('WAL checkpoints off the writer thread', () => {
  it('copies a commit of 2,000 pages back into every replica file without the writer, and the next write starts the WAL again', async () => {
    server = await startServer();
    const c = await server.client();
    await c.query('CREATE TABLE pages (id int PRIMARY KEY, v text)');
    await c.query(`INSERT INTO pages SELECT g, ${PAGE_ROW} FROM generate_series(1, 2000) g`);
    const wal = [0, 1, 2].map((i) => new WalIndex(join(server!.dataDir, `replica-${i}.sqlite`)));
    try {
      expect(wal.map((w) => w.read().frames).every((f) => f >= 2000)).toBe(true);
      // Fewer frames than the writer's own bound (4,000): only the checkpoint thread copies them.
      await until('the checkpoint thread to copy every replica\'s WAL', () => wal.every((w) => w.read().waiting === 0));
      await c.query('INSERT INTO pages VALUES (0, NULL)');
      expect(wal.map((w) => w.read().frames).every((f) => f < 100)).toBe(true);
      expect((await c.query('SELECT count(*)::int AS n, sum(length(v))::int AS len FROM pages')).rows).toEqual([{ n: 2001, len: 2000 * 3900 }]);
    } finally {
      for (const w of wal) w.close();
      await c.end();
    }
  });

  it('keeps the WAL of a writer that never pauses near 4,000 frames (16 MB), and a clean stop leaves none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evsql-checkpoints-'));
    server = await startServer([], { dataDir: dir, keepData: true });
    const c = await server.client();
    await c.query('CREATE TABLE pages (id int PRIMARY KEY, v text)');
    const wal = [0, 1, 2].map((i) => new WalIndex(join(server!.dataDir, `replica-${i}.sqlite`)));
    const most = [0, 0, 0];
    try {
      // 12,000 pages, 300 at a time, one statement right after another.
      for (let n = 0; n < 40; n++) {
        await c.query(`INSERT INTO pages SELECT g, ${PAGE_ROW} FROM generate_series(${n * 300 + 1}, ${n * 300 + 300}) g`);
        wal.forEach((w, i) => (most[i] = Math.max(most[i]!, w.read().frames)));
      }
      // The bound plus one commit's frames and what came while the checkpoint ran.
      for (const m of most) expect(m).toBeLessThan(4000 + 2000);
      expect((await c.query('SELECT count(*)::int AS n FROM pages')).rows).toEqual([{ n: 12_000 }]);
    } finally {
      for (const w of wal) w.close();
      await c.end();
    }
    await server.stop();
    server = undefined;
    try {
      for (let i = 0; i < 3; i++) {
        expect(existsSync(join(dir, `replica-${i}.sqlite-wal`))).toBe(false);
        expect(statSync(join(dir, `replica-${i}.sqlite`)).size).toBeGreaterThan(12_000 * 3900);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
