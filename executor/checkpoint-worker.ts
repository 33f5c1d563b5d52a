/**
 * The checkpoint thread (checkpointer.ts): copies a replica file's WAL back into the database file
 * once WAL_FRAMES frames wait there, as SQLite's autocheckpoint would — but on the writer's
 * connection that copy and its two fsyncs run inside a COMMIT, and a writer thread blocked on the
 * disk holds up every batch behind it (three replicas sharing a thread checkpoint together). A
 * PASSIVE checkpoint from another connection never blocks the writer, nor waits for it.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { WalIndex } from './wal-index.js';

export type CheckpointRequest = { op: 'watch'; id: number; file: string } | { op: 'unwatch'; id: number };

/** SQLite's default autocheckpoint threshold, in WAL frames (pages). */
const WAL_FRAMES = 1000;
const CHECK_MS = 50;

interface Watched {
  file: string;
  /** Opened at the first check that finds the file. */
  db: Database.Database | null;
  wal: WalIndex;
}

const watched = new Map<number, Watched>();

function close(w: Watched): void {
  w.wal.close();
  w.db?.close();
}

setInterval(() => {
  for (const w of watched.values()) {
    if (w.wal.read().waiting < WAL_FRAMES) continue;
    try {
      w.db ??= new Database(w.file, { fileMustExist: true });
      w.db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A full disk or an I/O error: the WAL keeps the frames, and the next check tries again.
    }
  }
}, CHECK_MS);

parentPort!.on('message', (m: CheckpointRequest) => {
  if (m.op === 'watch') {
    watched.set(m.id, { file: m.file, db: null, wal: new WalIndex(m.file) });
    return;
  }
  const w = watched.get(m.id);
  watched.delete(m.id);
  if (w) close(w);
  parentPort!.postMessage(m.id);
});
