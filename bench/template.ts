/**
 * Loaded evsql data directories, made once and copied for every server that needs them: loading
 * through evsql costs seconds per warehouse, copying a stopped server's SQLite files costs
 * milliseconds, and every copy starts from the same state.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgbenchInit } from './pgbench.js';
import { startEvsql } from './servers.js';
import { loadTpcc } from './tpcc/command.js';
import { SCALE_NOTE } from './tpcc/schema.js';

export interface Template {
  dir: string;
  loadSeconds: number;
  remove(): void;
  /** A fresh copy of the loaded data directory; the caller removes it. */
  clone(): string;
}

export async function makeTemplate(o: { warehouses: number; pgbenchScale?: number; say: (line: string) => void }): Promise<Template> {
  const dir = mkdtempSync(join(tmpdir(), 'evsql-bench-template-'));
  const loader = await startEvsql({ replicas: 3, exec: 'ev', dataDir: dir });
  let loadSeconds: number;
  try {
    o.say(`loading the TPC-C-like tables through evsql (${o.warehouses} warehouse(s), ${SCALE_NOTE})`);
    loadSeconds = await loadTpcc(loader.config(), o.warehouses);
    o.say(`  loaded in ${loadSeconds.toFixed(1)}s`);
    if (o.pgbenchScale) {
      o.say(`  pgbench -i -s ${o.pgbenchScale}`);
      await pgbenchInit(loader, o.pgbenchScale);
    }
  } catch (err) {
    await loader.stop();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  // A clean stop checkpoints the WAL into the database files, so the directory is a consistent copy source.
  await loader.stop();
  return {
    dir,
    loadSeconds,
    remove: () => rmSync(dir, { recursive: true, force: true }),
    clone() {
      const to = mkdtempSync(join(tmpdir(), 'evsql-bench-data-'));
      cpSync(dir, to, { recursive: true });
      return to;
    },
  };
}
