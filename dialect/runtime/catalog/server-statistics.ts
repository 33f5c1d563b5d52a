/**
 * The server-wide statistics views monitoring tools read (postgres_exporter, check_postgres,
 * pgwatch: pg_stat_bgwriter, pg_stat_wal, pg_stat_archiver …), as a PostgreSQL 15 server shows
 * them that archives nothing and recovers nothing: one row each, zeroes where evsql keeps no
 * counter, nulls where PostgreSQL has none (nothing archived; never reset, which evsql cannot
 * tell). The progress, replication and subscription views stay empty, as on a server running none
 * of those; so do the pg_stat_sys_* views, since evsql's catalog is no set of tables with counters.
 */
import type { Row } from './builtins.js';

/** pg_stat_slru's rows, PostgreSQL 15's SLRU caches in its order. */
const SLRU = ['CommitTs', 'MultiXactMember', 'MultiXactOffset', 'Notify', 'Serial', 'Subtrans', 'Xact', 'other'];

const zeroes = (columns: string[]): Row => Object.fromEntries(columns.map((c) => [c, 0]));

/** Fills the views, with a pg_stat_database_conflicts row for each of `databases` (pg_database's rows). */
export function serverStatisticsRows(rel: (name: string) => Row[], databases: Row[]): void {
  rel('pg_stat_bgwriter').push(
    zeroes(['checkpoints_timed', 'checkpoints_req', 'checkpoint_write_time', 'checkpoint_sync_time', 'buffers_checkpoint', 'buffers_clean', 'maxwritten_clean', 'buffers_backend', 'buffers_backend_fsync', 'buffers_alloc']),
  );
  rel('pg_stat_wal').push(zeroes(['wal_records', 'wal_fpi', 'wal_bytes', 'wal_buffers_full', 'wal_write', 'wal_sync', 'wal_write_time', 'wal_sync_time']));
  rel('pg_stat_archiver').push(zeroes(['archived_count', 'failed_count']));
  rel('pg_stat_recovery_prefetch').push(zeroes(['prefetch', 'hit', 'skip_init', 'skip_new', 'skip_fpw', 'skip_rep', 'wal_distance', 'block_distance', 'io_depth']));
  for (const name of SLRU) rel('pg_stat_slru').push({ name, ...zeroes(['blks_zeroed', 'blks_hit', 'blks_read', 'blks_written', 'blks_exists', 'flushes', 'truncates']) });
  for (const d of databases) {
    rel('pg_stat_database_conflicts').push({ datid: d.oid!, datname: d.datname!, ...zeroes(['confl_tablespace', 'confl_lock', 'confl_snapshot', 'confl_bufferpin', 'confl_deadlock']) });
  }
}
