/**
 * An entry of the function table (functions.ts, catalog-functions.ts): how a PostgreSQL function
 * is written in SQLite and what it returns.
 */
export interface FunctionSpec {
  /** SQLite function name when it differs from the PostgreSQL one. */
  sqlite?: string;
  /** A full rewrite from the emitted argument texts. */
  emit?: (args: string[], path: { schemas: readonly string[]; implicit: readonly string[] }) => string;
  /** Result type: an OID, the first argument's type, or sum()'s widening. Absent: look at the data. */
  type?: number | 'arg' | 'sum';
  /** An aggregate that honours ORDER BY inside its call. */
  orderedAggregate?: boolean;
}
