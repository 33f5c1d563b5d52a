/**
 * A replica that went down is restarted on the main thread, where opening its file can throw at
 * once (a full disk: SQLite finds no room for the file's shared-memory index; the disk-full suite
 * met it as SQLITE_IOERR_SHMSIZE). That is a restart to try again, as a recovery that fails is —
 * not an unhandled rejection, which ended the whole server and reset every client's connection.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// The built modules, as the server runs them: a replica's threads load their worker from beside them.
import { Pipeline } from '../dist/cluster/pipeline.js';
import { initReplicaFile, Replica } from '../dist/executor/replica.js';
import { NO_RULES } from '../dist/mixer/rules.js';

let cleanup: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function until(what: string, condition: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('restarting a replica', () => {
  it('whose file cannot be opened at first: the restart is tried again (logged once) and the replica rejoins; nothing is thrown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evsql-restart-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const warnings: string[] = [];
    const log = { warn: (_: object, msg?: string) => void warnings.push(msg ?? ''), info: () => undefined };
    // Replica 2's first three restarts (its second to fourth openings: the first is the pipeline's
    // start) open a path that cannot be opened (no such directory), as a full disk makes its own
    // file: Replica's constructor throws. Its later restarts open its file.
    let opened = 0;
    let refused = false;
    const replicaLink = (i: number) => {
      const file = join(dir, `replica-${i}.sqlite`);
      initReplicaFile(file);
      const refuse = i === 2 && ++opened >= 2 && opened <= 4;
      refused ||= refuse;
      return new Replica(i, refuse ? join(dir, 'absent', `replica-${i}.sqlite`) : file, 1, 'normal', true);
    };
    const pipeline = new Pipeline({ dataDir: dir, replicas: 3, readers: 1, synchronous: 'normal', mode: 'ev', maxBatchSize: 256, maxBatchDelayMs: 0, depth: 4, rules: NO_RULES, log, faults: true, replicaLink });
    await pipeline.open();
    cleanup.push(() => pipeline.close());
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', note);
    cleanup.push(() => void process.off('unhandledRejection', note));

    await pipeline.injectFault('crash', 2);
    await until('replica 2 to be healthy again', () => {
      // In the server this rejection ended the process.
      if (unhandled.length) throw unhandled[0];
      return refused && pipeline.replicaRows().every((row: unknown[]) => row[1] === 'healthy');
    });
    // Said once for the streak of failed tries, not at every try, and its end said too.
    expect(warnings.filter((w) => w === 'replica could not restart; retrying')).toHaveLength(1);
    expect(warnings.filter((w) => w === 'replica down')).toHaveLength(1);
    expect(warnings).toContain('replica restarted after failed tries');
    expect(opened).toBeGreaterThanOrEqual(5);
  });
});
