/**
 * pg_stat_statements' view exists once its extension is created; evsql keeps it among the catalog's
 * relations (wire/statement-statistics.ts fills it), so before CREATE EXTENSION a reference to it
 * is refused here as PostgreSQL refuses a relation it has not.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import type { Node } from './parse.js';

/** 42P01 for the pg_stat_statements view before CREATE EXTENSION pg_stat_statements, as in PostgreSQL. */
export function checkStatementStatisticsView(node: Node, schema: { lookupTable(name: string): unknown }): void {
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const r = (n as Node).RangeVar;
    if (r?.relname === 'pg_stat_statements' && (!r.schemaname || r.schemaname === 'public') && !schema.lookupTable('pg_stat_statements')) {
      throw new PgError(SqlState.undefinedTable, `relation "${r.schemaname ? 'public.' : ''}pg_stat_statements" does not exist`, typeof r.location === 'number' ? { position: r.location + 1 } : {});
    }
    Object.values(n).forEach(walk);
  };
  walk(node);
}
