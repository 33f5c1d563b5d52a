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
const send = (reply: Reply): void => parentPort!.postMessage(reply);
const hosts = await Promise.all(config.hosts.map((h) => openHost(h, control, send)));

// Requests of one stretch of the main thread come as one message (replica.ts SqliteThread.post).
parentPort!.on('message', (m: Request | Request[]) => {
  if (!Array.isArray(m)) hosts[m.host ?? 0]!.handle(m);
  else for (const req of m) hosts[req.host ?? 0]!.handle(req);
});
process.on('exit', () => {
  for (const h of hosts) h.close();
});
