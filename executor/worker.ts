/**
 * A worker thread running SQLite hosts (host.ts): one reader, or the writers of one or more
 * replicas. A request names its host; ids are unique across hosts, so replies need not.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Reply, Request } from './messages.js';
import { type HostConfig, openHost } from './host.js';

export interface WorkerConfig {
  hosts: HostConfig[];
  /** The thread's cancel slot (messages.ts CANCEL_SLOT), written by the main thread. */
  shared: SharedArrayBuffer;
}

const config = workerData as WorkerConfig;
const control = new Int32Array(config.shared);
/**
 * Replies wait in an outbox flushed at the end of the current stretch (a microtask): the main
 * thread pays a wake-up and a deserialization per message, not per reply, so the writers sharing
 * this thread answering one batch go back as one message. A prompt reply (the first replica's
 * report of a batch whose statement answers from it, a read) goes at once: it should wait for no
 * other replica — but only the first of each request message; the other replicas' reports of the
 * same batch join the outbox. (Flushing at setImmediate instead, to gather WAL syncs' acknowledgements
 * that finish together, cost more than it saved: 3,567 → 4,008 µs per TPC-B transaction.)
 */
let outbox: Reply[] = [];
let flushing = false;
let promptSent = false;
/**
 * Once a message has kept the thread this long, a reply waiting in the outbox goes out before the
 * next host runs its share: a long batch holds each writer after it as long, and the lag rule
 * (coordinator.ts) counts a replica's time from when its mate before it answered.
 */
const HOLD_MS = 50;
const flush = (): void => {
  flushing = false;
  const replies = outbox;
  outbox = [];
  if (replies.length) parentPort!.postMessage(replies.length === 1 ? replies[0] : replies);
};
const send = (reply: Reply, prompt: boolean): void => {
  if (prompt && !promptSent) {
    promptSent = true;
    parentPort!.postMessage(reply);
    return;
  }
  outbox.push(reply);
  if (!flushing) {
    flushing = true;
    queueMicrotask(flush);
  }
};
const hosts = await Promise.all(config.hosts.map((h) => openHost(h, control, send)));

// Requests of one stretch of the main thread come as one message (replica.ts SqliteThread.post).
parentPort!.on('message', (m: Request | Request[]) => {
  promptSent = false;
  if (!Array.isArray(m)) hosts[m.host ?? 0]!.handle(m);
  else {
    const started = performance.now();
    for (const req of m) {
      if (outbox.length && performance.now() - started > HOLD_MS) flush();
      hosts[req.host ?? 0]!.handle(req);
    }
  }
});
process.on('exit', () => {
  for (const h of hosts) h.close();
});
