/**
 * The data directory fills up (small tmpfs mounts, made here when the tests run as root, as CI
 * does): every write is either acknowledged and still there after a restart, or refused with
 * PostgreSQL's 53100 — never left waiting for space; the server keeps serving, the replicas agree,
 * and once space is freed writes succeed again without a restart.
 *
 * Besides one file system for every replica, where which replicas still find room for a commit is
 * a race, the replicas' files are spread over file systems with symbolic links (SQLite puts the
 * WAL beside the link's target), so that the cases the race only sometimes gives happen every
 * time: a commit that a minority managed and the majority could not, and a minority that cannot
 * commit while the majority can.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { fillUp } from '../helpers/disk.js';
import { startServer, type TestServer } from '../helpers/server.js';

const root = process.getuid?.() === 0;
if (!root) console.log('disk-full.test.ts skipped: mounting a small tmpfs needs root');

/** A write neither acknowledged nor refused by then is waiting for space (a refusal takes ~2–3 s of replica restarts). */
const ANSWER_MS = 30_000;

let cleanup: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A tmpfs of `mb` MB with `ballastMb` MB taken by a file that free() removes. */
function smallDisk(mb: number, ballastMb: number): { dir: string; free: () => void } {
  const dir = scratchDir('evsql-full-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir]);
  cleanup.push(() => {
    execFileSync('umount', [dir]);
  });
  const ballast = join(dir, 'ballast');
  writeFileSync(ballast, Buffer.alloc(ballastMb * 1024 * 1024));
  return { dir, free: () => rmSync(ballast, { force: true }) };
}

/** A data directory whose replica i keeps its file (and WAL) in dirs[i]. */
function spreadDataDir(dirs: string[]): string {
  const dataDir = scratchDir('evsql-data-');
  dirs.forEach((dir, i) => {
    const target = join(dir, `r${i}`);
    mkdirSync(target);
    for (const suffix of ['', '-wal']) symlinkSync(join(target, `replica-${i}.sqlite${suffix}`), join(dataDir, `replica-${i}.sqlite${suffix}`));
  });
  return dataDir;
}

async function start(dataDir: string): Promise<TestServer> {
  const server = await startServer([], { dataDir, keepData: true });
  cleanup.push(() => server.stop().then(() => undefined));
  return server;
}

async function client(server: TestServer): Promise<pg.Client> {
  const c = await server.client();
  cleanup.push(() => c.end().catch(() => undefined));
  return c;
}

/**
 * Writes row `id`: odd ones in a transaction that also counts them in `n` (a COMMIT that fails
 * must leave neither the row nor the count behind), even ones autocommit. undefined when
 * acknowledged, else the SQLSTATE; a write that does not answer in time fails the test.
 */
async function insert(c: pg.Client, id: number): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const row = `INSERT INTO f VALUES (${id}, repeat('x', 20000))`;
  const statements = id % 2 ? ['BEGIN', row, 'UPDATE n SET odd = odd + 1', 'COMMIT'] : [row];
  const write = (async () => {
    for (const sql of statements) await c.query(sql);
  })().then(
    () => undefined,
    async (err: { code?: string }) => {
      // Its undo may be refused too (53100): the session is out of the transaction either way.
      if (id % 2) await c.query('ROLLBACK').catch((e: { code?: string }) => expect(e.code).toBe('53100'));
      return err.code ?? 'no code';
    },
  );
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`write ${id} neither succeeded nor failed in ${ANSWER_MS} ms: it waits for space`)), ANSWER_MS)));
  try {
    return await Promise.race([write, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function until<T>(what: string, f: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  // What an earlier wait saw (an earlier test's replicas) would tell of replicas this one never asked about.
  lastSeen = '';
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

/**
 * The ids in the table and the count of odd ones, which must be the acknowledged ones. When every
 * replica refused a commit, all of them restart, and until one is back there is none to read
 * from (08000).
 */
async function holdsExactly(c: pg.Client, acked: number[]): Promise<void> {
  const end = Date.now() + 60_000;
  for (;;) {
    try {
      const ids = (await c.query('SELECT id FROM f ORDER BY id')).rows.map((r) => r.id as number);
      const odd = (await c.query('SELECT odd FROM n')).rows[0].odd as number;
      expect({ ids, odd }).toEqual({ ids: acked, odd: acked.filter((id) => id % 2).length });
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== '08000' || Date.now() > end) throw err;
    }
  }
}

/**
 * Writes rows from `next` on until `refusals` writes were refused (or `limit` rows were tried):
 * each must be acknowledged or refused with 53100, and the table must hold exactly the
 * acknowledged ones.
 */
async function fill(c: pg.Client, acked: number[], next: number, refusals: number, limit = 400): Promise<{ next: number; refused: number }> {
  let refused = 0;
  const stop = next + limit;
  while (refused < refusals && next < stop) {
    const code = await insert(c, next);
    if (code === undefined) acked.push(next);
    else {
      expect(code).toBe('53100');
      refused++;
    }
    next++;
  }
  await holdsExactly(c, acked);
  return { next, refused };
}

/** Once space is back: writes succeed again without a restart, and the replicas agree. */
async function servesAgain(c: pg.Client, acked: number[], next: number): Promise<number> {
  await until('a write to succeed after space was freed', async () => ((await insert(c, next)) === undefined ? true : undefined));
  acked.push(next++);
  for (let more = 0; more < 3; more++, next++) {
    expect(await insert(c, next)).toBeUndefined();
    acked.push(next);
  }
  await until('the replicas to agree', () => agreeing(c));
  return next;
}

/** After a restart every acknowledged row, and only those, is there, on agreeing replicas. */
async function survivesRestart(server: TestServer, c: pg.Client, acked: number[]): Promise<void> {
  await c.end();
  await server.stop();
  const again = await start(server.dataDir);
  const after = await client(again);
  await holdsExactly(after, acked);
  await until('the replicas to agree after the restart', () => agreeing(after));
}

/** A server on `dataDir` with the table the writes go to. */
async function serverWithTable(dataDir: string): Promise<{ server: TestServer; c: pg.Client }> {
  const server = await start(dataDir);
  const c = await client(server);
  await c.query('CREATE TABLE f (id int PRIMARY KEY, pad text)');
  await c.query('CREATE TABLE n (odd int)');
  await c.query('INSERT INTO n VALUES (0)');
  return { server, c };
}

/** Writes until `refusals` writes were refused with 53100, frees the space, and checks that it serves again and keeps what it acknowledged. */
async function refusesThenServes(dataDir: string, free: () => void, refusals: number): Promise<void> {
  const { server, c } = await serverWithTable(dataDir);
  const acked: number[] = [];
  const { next, refused } = await fill(c, acked, 0, refusals);
  expect(refused).toBe(refusals);
  expect(acked.length).toBeGreaterThan(10);
  free();
  await servesAgain(c, acked, next);
  await survivesRestart(server, c, acked);
}

describe.skipIf(!root)('a full disk', () => {
  it('one file system for every replica: writes are acknowledged or refused with 53100, and serve again once space is freed', async () => {
    const disk = smallDisk(8, 2);
    await refusesThenServes(join(disk.dir, 'data'), disk.free, 3);
  }, 240_000);

  it('a commit only a minority found room for fails with 53100, and that replica is brought back to the majority', async () => {
    // Replicas 0 and 1 on a small file system, replica 2 on a roomy one: when 0 and 1 cannot
    // commit, 2 still does, and must take the write back.
    const disk = smallDisk(8, 2);
    await refusesThenServes(spreadDataDir([disk.dir, disk.dir, scratchDir('evsql-roomy-')]), disk.free, 2);
  }, 240_000);

  it('a statement that outgrows the WAL on a full disk is refused with 53100 while other transactions are open, and nothing is lost', async () => {
    const disk = smallDisk(256, 0);
    const { server, c } = await serverWithTable(join(disk.dir, 'data'));
    // The WAL grows to some 16 MB and keeps that size, so later writes find room in it.
    await c.query("INSERT INTO f SELECT g, repeat('x', 1048576) FROM generate_series(1000, 1015) g");
    await c.query('DELETE FROM f');
    const acked: number[] = [];
    let next = 0;
    for (; next < 4; next++) {
      expect(await insert(c, next)).toBeUndefined();
      acked.push(next);
    }
    const other = await client(server);
    await other.query('BEGIN');
    await other.query('UPDATE n SET odd = odd');
    const filler = fillUp(disk.dir);
    // Past the WAL's end SQLite needs new space and, finding none, rolls back the whole SQLite
    // transaction, every batch open on the replica with it: a replica failure, not the request's.
    const r = await c.query("INSERT INTO f SELECT g, repeat('x', 1048576) FROM generate_series(2000, 2063) g").catch((e: { code?: string }) => e);
    expect((r as { code?: string }).code).toBe('53100');
    // The open transaction went with the replicas' restart (40001 at COMMIT) or survived.
    await other.query('COMMIT').catch((e: { code?: string }) => expect(['40001', '53100']).toContain(e.code));
    await other.end();
    rmSync(filler);
    next = await servesAgain(c, acked, next);
    await survivesRestart(server, c, acked);
  }, 240_000);

  it('a minority without room: the majority goes on acknowledging, and the minority is repaired once space is freed', async () => {
    // 6 MB free until the ballast goes; then room for the whole table and a repair's WAL.
    const disk = smallDisk(32, 26);
    const roomy = scratchDir('evsql-roomy-');
    const { server, c } = await serverWithTable(spreadDataDir([roomy, roomy, disk.dir]));
    const acked: number[] = [];
    // Well past what the small file system holds (8 MB of 20 kB rows): nothing may be refused.
    const { next, refused } = await fill(c, acked, 0, 1, 400);
    expect(refused).toBe(0);
    const healthy = (await c.query('SELECT status FROM evsql_replicas')).rows.filter((r) => r.status === 'healthy');
    expect(healthy.length).toBeGreaterThanOrEqual(2);
    disk.free();
    await servesAgain(c, acked, next);
    await survivesRestart(server, c, acked);
  }, 240_000);
});
