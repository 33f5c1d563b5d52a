/**
 * SET CONSTRAINTS: the constraints it names, found as PostgreSQL's AfterTriggerSetState finds
 * them — in the schema given, else in the first schema of the search path (the session's
 * temporary schema first) that has a constraint of the name, every one of that name there. The
 * session keeps what it says for the transaction (catalog/constraint-modes.ts).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import type { ConstraintsSet } from '../catalog/constraint-modes.js';
import { TEMP_NAMESPACE_NAME } from '../catalog/oids.js';
import { splitStoredName } from '../catalog/namespaces.js';
import type { Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';

export function constraintsSet(schema: TranslatorSchema, s: Node): ConstraintsSet {
  const deferred = s.deferred === true;
  if (!s.constraints?.length) return { names: null, deferred };
  const names: string[] = [];
  for (const item of s.constraints as Node[]) {
    // A name qualified with a schema CREATE SCHEMA made comes as its stored name (namespaces.ts resolveSchemas).
    const named = item.RangeVar as { schemaname?: string; relname: string };
    const stored = named.schemaname === undefined ? splitStoredName(named.relname, new Set(schema.schemaNames())) : undefined;
    const schemaname = stored && stored.name !== named.relname ? stored.schema : named.schemaname;
    const relname = stored?.name ?? named.relname;
    const given = schemaname === 'pg_temp' ? TEMP_NAMESPACE_NAME : schemaname;
    if (given !== undefined && given !== 'public' && given !== TEMP_NAMESPACE_NAME && !schema.hasSchema(given)) throw new PgError(SqlState.invalidSchemaName, `schema "${given}" does not exist`);
    const found = schema.constraintsCalled(relname);
    const first = (given !== undefined ? [given] : [TEMP_NAMESPACE_NAME, ...schema.searchPath]).find((n) => found.some((c) => c.schema === n));
    if (first === undefined) throw new PgError(SqlState.undefinedObject, `constraint "${relname}" does not exist`);
    for (const c of found) {
      if (c.schema !== first) continue;
      // Named IMMEDIATE, a constraint that cannot be deferred is left as it is.
      if (!c.deferrable && deferred) throw new PgError(SqlState.wrongObjectType, `constraint "${relname}" is not deferrable`);
      if (c.deferrable) names.push(`${first}.${relname}`);
    }
  }
  return { names, deferred };
}
