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
 * The first reply of a stretch goes at once: a statement inside a transaction is answered from the
 * first replica's result, which should wait for no other replica. The rest of the stretch's replies
 * (the other writers sharing this thread answering the same batch) go back as one message: the main
 * thread pays a wake-up and a deserialization per message, not per reply.
 */
let outbox: Reply[] | undefined;
const flush = (): void => {
  const replies = outbox!;
  outbox = undefined;
  if (replies.length) parentPort!.postMessage(replies.length === 1 ? replies[0] : replies);
};
const send = (reply: Reply): void => {
  if (outbox) {
    outbox.push(reply);
    return;
  }
  outbox = [];
  queueMicrotask(flush);
  parentPort!.postMessage(reply);
};
const hosts = await Promise.all(config.hosts.map((h) => openHost(h, control, send)));

// Requests of one stretch of the main thread come as one message (replica.ts SqliteThread.post).
parentPort!.on('message', (m: Request | Request[]) => {
  if (!Array.isArray(m)) hosts[m.host ?? 0]!.handle(m);
  else for (const req of m) hosts[req.host ?? 0]!.handle(req);
});
process.on('exit', () => {
  for (const h of hosts) h.close();
});
