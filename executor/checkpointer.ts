/**
 * Checkpoints of the replica files, on one thread of their own for the process
 * (checkpoint-worker.ts): writers run with SQLite's autocheckpoint off (connection.ts).
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckpointRequest } from './checkpoint-worker.js';

const WORKER_FILE = fileURLToPath(new URL('./checkpoint-worker.js', import.meta.url));

let thread: Worker | null = null;
let lastId = 0;
/** The files watched, by watch id: a thread that died is started again with them. */
const files = new Map<number, string>();
/** Unwatch requests waiting for the thread to close their connection. */
const closing = new Map<number, () => void>();

function watch(w: Worker, id: number, file: string): void {
  w.postMessage({ op: 'watch', id, file } satisfies CheckpointRequest);
}

function start(): Worker {
  const w = new Worker(WORKER_FILE);
  // A replica never closed must not keep the process alive.
  w.unref();
  w.on('message', (id: number) => {
    closing.get(id)?.();
    closing.delete(id);
  });
  w.on('exit', () => {
    for (const done of closing.values()) done();
    closing.clear();
    if (thread !== w) return;
    thread = null;
    if (files.size) {
      thread = start();
      for (const [id, file] of files) watch(thread, id, file);
    }
  });
  return w;
}

/**
 * Checkpoints `file` from now on. The function returned stops, once the thread's connection to the
 * file is closed (the file may then be renamed or replaced).
 */
export function watchCheckpoints(file: string): () => Promise<void> {
  thread ??= start();
  const id = ++lastId;
  files.set(id, file);
  watch(thread, id, file);
  let stopped: Promise<void> | undefined;
  return () =>
    (stopped ??= new Promise<void>((resolve) => {
      files.delete(id);
      if (!thread) return resolve();
      closing.set(id, resolve);
      thread.postMessage({ op: 'unwatch', id } satisfies CheckpointRequest);
    }).then(() => {
      if (files.size || !thread) return;
      const t = thread;
      thread = null;
      void t.terminate();
    }));
}
