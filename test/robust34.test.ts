/**
 * What a transaction that wrote holds of its reads' results, through a real server and `pg`: a
 * result larger than a report chunk comes whole and right from the one replica that carries its
 * rows (the others vote with its digest alone), and one past --max-result-memory fails with
 * 53200 as PostgreSQL's out of memory does: the transaction is aborted, nothing of the statement
 * stays, and the server and every replica go on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The built modules, as the server runs them: a replica's threads load their worker from beside them.
import { SYSTEM_CONTEXT, shareItems } from '../dist/executor/messages.js';
import { Replica, initReplicaFile, newRequestId, sharedWriters } from '../dist/executor/replica.js';
import { Pipeline, WHOLE_DATABASE } from '../dist/cluster/pipeline.js';
import { NO_RULES } from '../dist/mixer/rules.js';
import { startServer, type TestServer } from './helpers/server.js';

/** Small enough that a few thousand rows of 1 kB pass it, large enough for what the tests keep. */
const BOUND = 2 * 1024 * 1024;
let server: TestServer;
let client: pg.Client;

beforeAll(async () => {
  server = await startServer(['--max-result-memory', String(BOUND)]);
  client = await server.client();
  await client.query('CREATE TABLE r34 (id int PRIMARY KEY, note text)');
}, 90_000);

afterAll(async () => {
  await client?.end();
  await server?.stop();
});

async function code(sql: string): Promise<string | undefined> {
  try {
    await client.query(sql);
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
}

async function replicasHealthy(): Promise<void> {
  const { rows } = await client.query('SELECT status FROM evsql_replicas ORDER BY id');
  expect(rows.map((r) => r.status)).toEqual(['healthy', 'healthy', 'healthy']);
}

describe('reads of a transaction that wrote', () => {
  it('answers a result of more rows than a report leaves in, each row right', async () => {
    await client.query('BEGIN');
    await client.query("INSERT INTO r34 VALUES (1, 'one')");
    const { rows } = await client.query('SELECT g, md5(g::text) AS h FROM generate_series(1, 9000) g ORDER BY g');
    expect(rows.length).toBe(9000);
    expect(rows[0]).toEqual({ g: 1, h: 'c4ca4238a0b923820dcc509a6f75849b' });
    expect(rows[8999]).toEqual({ g: 9000, h: (await client.query("SELECT md5('9000') AS h")).rows[0].h });
    expect(new Set(rows.map((r) => r.g)).size).toBe(9000);
    await client.query('COMMIT');
    await replicasHealthy();
  });

  it('answers many RETURNING rows of an autocommit statement', async () => {
    const { rows, rowCount } = await client.query("INSERT INTO r34 SELECT g, 'n' || g FROM generate_series(100, 6099) g RETURNING id, note");
    expect(rowCount).toBe(6000);
    expect(rows.at(-1)).toEqual({ id: 6099, note: 'n6099' });
    expect((await client.query('SELECT count(*)::int AS n FROM r34')).rows[0].n).toBe(6001);
    await replicasHealthy();
  });

  it('fails a result past --max-result-memory with 53200, aborting the transaction and keeping nothing of it', async () => {
    await client.query('BEGIN');
    await client.query("INSERT INTO r34 VALUES (2, 'two')");
    let error: { code?: string; message?: string; detail?: string } = {};
    try {
      await client.query("SELECT repeat('x', 1000) || g FROM generate_series(1, 100000) g");
    } catch (err) {
      error = err as typeof error;
    }
    expect(error.code).toBe('53200');
    expect(error.message).toBe('out of memory');
    expect(error.detail).toContain(String(BOUND));
    expect(await code('SELECT 1')).toBe('25P02');
    await client.query('ROLLBACK');
    expect((await client.query('SELECT count(*)::int AS n FROM r34 WHERE id = 2')).rows[0].n).toBe(0);
    await replicasHealthy();
  });

  it('fails RETURNING past the bound and takes the statement back whole', async () => {
    expect(await code("UPDATE r34 SET note = repeat('y', 1000) WHERE id >= 100 RETURNING note")).toBe('53200');
    expect((await client.query("SELECT count(*)::int AS n FROM r34 WHERE note LIKE 'y%'")).rows[0].n).toBe(0);
    await client.query('BEGIN');
    await client.query("INSERT INTO r34 VALUES (3, 'three')");
    await client.query('SAVEPOINT s');
    expect(await code("DELETE FROM r34 WHERE id >= 100 RETURNING repeat(note, 200)")).toBe('53200');
    await client.query('ROLLBACK TO SAVEPOINT s');
    expect((await client.query('SELECT count(*)::int AS n FROM r34')).rows[0].n).toBe(6002);
    await client.query('COMMIT');
    await replicasHealthy();
  });

  it('answers below the bound in the same session and in another afterwards', async () => {
    await client.query('BEGIN');
    await client.query("UPDATE r34 SET note = 'z' WHERE id = 1");
    const { rows } = await client.query("SELECT id, note FROM r34 WHERE id < 200 ORDER BY id");
    expect(rows.slice(0, 2)).toEqual([{ id: 1, note: 'z' }, { id: 3, note: 'three' }]);
    await client.query('COMMIT');
    const other = await server.client();
    try {
      expect((await other.query('SELECT count(*)::int AS n FROM r34')).rows[0].n).toBe(6002);
    } finally {
      await other.end();
    }
  });
});

const counting = (n: number) => `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ${n}) SELECT x, printf('%0100d', x) FROM c`;

describe("a replica's report of a batch", () => {
  it('leaves out the rows of a large result when digest-only, and votes with the same digest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evsql-r34-'));
    const replicas = [0, 1].map((i) => {
      const file = join(dir, `replica-${i}.sqlite`);
      initReplicaFile(file);
      return new Replica(i, file, 0, 'normal');
    });
    try {
      await Promise.all(replicas.map((r) => r.recover()));
      const items = [5000, 3].map((n) => ({ id: newRequestId(), tx: null, ctx: SYSTEM_CONTEXT, work: { kind: 'exec' as const, steps: [{ sql: counting(n), params: [] }], params: [] } }));
      const shared = shareItems(items);
      const [full, digest] = await Promise.all([replicas[0]!.batch(1, shared, [0, 1], false, false), replicas[1]!.batch(1, shared, [0, 1], false, true)]);
      expect(digest.outputs).toBe(full.outputs);
      const [large, small] = full.items.map((o) => (o.ok ? o.result : null));
      expect(large?.rows.length).toBe(5000);
      expect(large?.rows[4999]).toEqual([5000n, `${'0'.repeat(96)}5000`]);
      expect(large?.omitted).toBeUndefined();
      const [left, kept] = digest.items.map((o) => (o.ok ? o.result : null));
      expect(left?.omitted).toBe(true);
      expect(left?.rows).toEqual([]);
      expect(left?.columns).toEqual(large?.columns);
      // A small result travels whole from every replica: any of them may answer it.
      expect(kept?.rows).toEqual(small?.rows);
      expect(kept?.omitted).toBeUndefined();
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the replica carrying a large result', () => {
  /**
   * A pipeline of three replicas whose carriers (the replica a batch is sent to first, which
   * reports its full rows) answer through `carrier`: late, or not at all.
   */
  async function pipelineWith(carrier: (report: Promise<unknown>) => Promise<unknown>) {
    const dir = mkdtempSync(join(tmpdir(), 'evsql-r34-'));
    class Carrier extends Replica {
      override batch(...args: Parameters<Replica['batch']>) {
        const report = super.batch(...args);
        return (args[4] ? report : carrier(report)) as ReturnType<Replica['batch']>;
      }
    }
    const replicaLink = (i: number) => {
      const file = join(dir, `replica-${i}.sqlite`);
      initReplicaFile(file);
      return new Carrier(i, file, 1, 'normal');
    };
    const log = { warn: () => undefined, info: () => undefined };
    const pipeline = new Pipeline({ dataDir: dir, replicas: 3, readers: 1, synchronous: 'normal', mode: 'ev', maxBatchSize: 256, maxBatchDelayMs: 0, depth: 4, rules: NO_RULES, log, replicaLink });
    await pipeline.open();
    const run = (n: number) => pipeline.submit(1, null, WHOLE_DATABASE, SYSTEM_CONTEXT, { kind: 'exec', steps: [{ sql: counting(n), params: [] }], params: [] });
    const close = async () => {
      await pipeline.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { run, close };
  }

  it('answers from its report when it comes after the others made the quorum', async () => {
    const p = await pipelineWith((report) => new Promise((resolve) => setTimeout(() => resolve(report), 300)));
    try {
      const result = await p.run(6000);
      expect(result.rows.length).toBe(6000);
      expect(result.rows[5999]).toEqual([6000n, `${'0'.repeat(96)}6000`]);
      expect(result.omitted).toBeUndefined();
    } finally {
      await p.close();
    }
  });

  it('fails the statement with XX000 when it fails before sending the rows, and the pipeline goes on', async () => {
    let failing = true;
    const p = await pipelineWith((report) => (failing ? report.then(() => Promise.reject(new Error('thread died'))) : report));
    try {
      await expect(p.run(6000)).rejects.toMatchObject({ code: 'XX000', message: "the replica carrying this statement's rows failed before sending them" });
      failing = false;
      expect((await p.run(3)).rows.length).toBe(3);
    } finally {
      await p.close();
    }
  });
});

describe('writers sharing a thread', () => {
  it("answer a long batch each as it ends, not all when the last ends: the lag rule times each from its mate's answer", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evsql-r34-'));
    const files = [0, 1, 2].map((i) => join(dir, `replica-${i}.sqlite`));
    for (const f of files) initReplicaFile(f);
    const writers = sharedWriters(files, 1, 'normal', false);
    const replicas = files.map((f, i) => new Replica(i, f, 0, 'normal', false, () => true, writers[i]));
    try {
      await Promise.all(replicas.map((r) => r.recover()));
      const items = [{ id: newRequestId(), tx: null, ctx: SYSTEM_CONTEXT, work: { kind: 'exec' as const, steps: [{ sql: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT count(*) FROM c', params: [] }], params: [] } }];
      const shared = shareItems(items);
      // One message to the thread, which runs the three writers' shares one after another.
      const answered = await Promise.all(replicas.map((r) => r.batch(1, shared, [0]).then(() => performance.now())));
      // Each share takes a while (hundreds of ms); answers that waited for the last came together.
      expect(answered[1]! - answered[0]!).toBeGreaterThan(50);
      expect(answered[2]! - answered[1]!).toBeGreaterThan(50);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
