import { PgError, SqlState } from '../../pg/errors.js';

/** PostgreSQL's NOTICE of what a CASCADE dropped: the one object, or a count with each in the detail. */
export function cascadeNotice(lines: string[]): PgError {
  if (lines.length === 1) return new PgError(SqlState.successfulCompletion, lines[0]!, { severity: 'NOTICE' });
  return new PgError(SqlState.successfulCompletion, `drop cascades to ${lines.length} other objects`, { severity: 'NOTICE', detail: lines.join('\n') });
}
