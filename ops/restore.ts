/**
 * `evsql restore --from FILE --data DIR`: seeds an empty data directory from a backup taken with
 * `SELECT evsql_backup(…)`, one identical copy per replica, under the data directory's lock so no
 * server starts on it meanwhile. The file is checked first: its state root is recomputed from its
 * rows, as a replica does at start.
 */
import { constants, copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stateRoot } from '../cluster/backup.js';
import { DataDirError, lockDataDir, prepareDataDir } from './data-lock.js';

export class RestoreError extends Error {}

/** Returns the restored state root. */
export async function restore(from: string, dataDir: string, replicas: number): Promise<string> {
  if (!existsSync(from)) throw new DataDirError(`backup file "${from}" does not exist`);
  prepareDataDir(dataDir);
  const release = lockDataDir(dataDir);
  try {
    const existing = readdirSync(dataDir).find((n) => /^replica-\d+\.sqlite/.test(n));
    if (existing) throw new RestoreError(`data directory "${dataDir}" already holds ${existing}; restore into an empty one`);
    let root: string;
    try {
      root = await stateRoot(from);
    } catch (err) {
      throw new RestoreError(`"${from}" is not an evsql backup: ${(err as Error).message}`);
    }
    for (let i = 0; i < replicas; i++) copyFileSync(from, join(dataDir, `replica-${i}.sqlite`), constants.COPYFILE_EXCL);
    return root;
  } finally {
    release();
  }
}
