/**
 * evsql's Prometheus metrics, through prom-client. The pipeline and the server keep their own
 * counters; each scrape takes one snapshot of them (ServerFigures) and every metric reads it, so
 * the figures of one scrape are consistent with each other. The process's own metrics (CPU,
 * memory, event-loop lag, open files) come from prom-client's defaults.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { ServerFigures } from '../wire/server.js';

export const REPLICA_STATUSES = ['healthy', 'repairing', 'down'] as const;

export class Metrics {
  readonly registry = new Registry();
  private figures: ServerFigures | undefined;

  constructor(private readonly source: () => ServerFigures) {
    collectDefaultMetrics({ register: this.registry, prefix: 'evsql_' });
    const registers = [this.registry];
    const now = () => this.figures!;
    const stat = (name: string) => Number(now().stats[name] ?? 0);

    /** A counter whose value the pipeline or server already counts: set to it at each scrape. */
    const counter = (name: string, help: string, value: () => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(value());
        },
      });
    const gauge = (name: string, help: string, value: () => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(value());
        },
      });

    counter('evsql_batches_total', 'Batches executed and verified by the replicas.', () => stat('batches'));
    new Counter({
      name: 'evsql_requests_total',
      help: 'Requests by kind: write (through the log, executed on every replica) or read (on one replica\'s reader threads).',
      labelNames: ['kind'],
      registers,
      collect() {
        this.reset();
        this.inc({ kind: 'write' }, stat('requests'));
        this.inc({ kind: 'read' }, stat('reads'));
      },
    });
    gauge('evsql_batch_size_average', 'Average requests per batch since start.', () => stat('avg_batch_size'));
    counter('evsql_parallel_groups_total', 'Parallel groups the mixer formed.', () => stat('parallel_groups'));
    counter('evsql_rollbacks_total', 'Batches rolled back on a replica (all replicas together).', () => stat('rollbacks'));
    counter('evsql_reexecutions_total', 'Batches re-executed sequentially after the replicas disagreed.', () => stat('reexecutions'));
    counter('evsql_divergences_total', 'Times a replica was outvoted by the quorum.', () => stat('divergences'));
    counter('evsql_repairs_total', 'Replica repairs from a healthy replica.', () => stat('repairs'));
    counter('evsql_halts_total', 'Batches no quorum agreed on (their requests failed).', () => stat('halts'));
    new Gauge({
      name: 'evsql_verify_latency_microseconds',
      help: 'Time from sending a batch to the verifier\'s decision over the last 1024 batches, by quantile.',
      labelNames: ['quantile'],
      registers,
      collect() {
        this.set({ quantile: '0.5' }, stat('verify_latency_p50_us'));
        this.set({ quantile: '0.99' }, stat('verify_latency_p99_us'));
      },
    });
    gauge('evsql_transactions_holding_locks', 'Open transactions holding locks on conflict keys.', () => stat('transactions_holding_locks'));

    gauge('evsql_replicas', 'Replicas configured.', () => now().replicas.length);
    gauge('evsql_replicas_healthy', 'Replicas healthy and voting.', () => now().replicas.filter((r) => r.status === 'healthy').length);
    gauge('evsql_quorum', 'Replicas that must agree for a batch to commit.', () => now().quorum);
    const perReplica = (name: string, help: string, value: (r: ServerFigures['replicas'][number], newest: number) => number, kind: 'counter' | 'gauge') => {
      const config = {
        name,
        help,
        labelNames: ['replica'],
        registers,
      };
      if (kind === 'counter') {
        new Counter({
          ...config,
          collect() {
            this.reset();
            for (const r of now().replicas) this.inc({ replica: String(r.id) }, value(r, 0));
          },
        });
        return;
      }
      new Gauge({
        ...config,
        collect() {
          this.reset();
          const newest = Math.max(0, ...now().replicas.map((r) => r.appliedSeq));
          for (const r of now().replicas) this.set({ replica: String(r.id) }, value(r, newest));
        },
      });
    };
    new Gauge({
      name: 'evsql_replica_status',
      help: 'Each replica\'s status: 1 for the one it is in.',
      labelNames: ['replica', 'status'],
      registers,
      collect() {
        this.reset();
        for (const r of now().replicas) for (const s of REPLICA_STATUSES) this.set({ replica: String(r.id), status: s }, r.status === s ? 1 : 0);
      },
    });
    perReplica('evsql_replica_applied_seq', 'The newest batch the replica applied.', (r) => r.appliedSeq, 'gauge');
    perReplica('evsql_replica_lag_batches', 'Batches the replica is behind the most advanced one.', (r, newest) => newest - r.appliedSeq, 'gauge');
    perReplica('evsql_replica_batches_total', 'Batches the replica committed.', (r) => r.batches, 'counter');
    perReplica('evsql_replica_rollbacks_total', 'Batches the replica rolled back.', (r) => r.rollbacks, 'counter');
    perReplica('evsql_replica_repairs_total', 'Times the replica was repaired.', (r) => r.repairs, 'counter');

    counter('evsql_lock_waits_total', 'Statements that waited for another transaction\'s locks.', () => now().locks.waits);
    counter('evsql_deadlocks_total', 'Lock waits ended by deadlock detection (40P01).', () => now().locks.deadlocks);
    counter('evsql_lock_timeouts_total', 'Lock waits ended by lock_timeout (55P03).', () => now().locks.timeouts);

    gauge('evsql_connections', 'Client connections open now.', () => now().connections.open);
    counter('evsql_connections_total', 'Client connections admitted since start.', () => now().connections.accepted);
    counter('evsql_connections_rejected_total', 'Connections refused for max_connections (53300).', () => now().connections.rejected);
    counter('evsql_received_bytes_total', 'Bytes received from clients.', () => now().connections.bytesReceived);
    counter('evsql_sent_bytes_total', 'Bytes sent to clients.', () => now().connections.bytesSent);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text, from one snapshot of the figures. */
  async text(): Promise<string> {
    this.figures = this.source();
    return this.registry.metrics();
  }
}
