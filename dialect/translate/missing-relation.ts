/**
 * The first relation a query names that does not exist, found from the parse tree before the query
 * is compiled: where PostgreSQL's analysis would stop (42P01) ahead of a check evsql makes first.
 */
import { catalogRelation } from '../catalog/definitions.js';
import type { Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';

export function missingRelation(schema: TranslatorSchema, query: Node): { relname: string; location: number } | undefined {
  const ctes = new Set<string>();
  const named: Node[] = [];
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    const n = x as Node;
    if (n.CommonTableExpr) ctes.add(n.CommonTableExpr.ctename);
    if (n.RangeVar) named.push(n.RangeVar);
    Object.values(n).forEach(visit);
  };
  visit(query);
  // Only names evsql resolves alone: one in another schema is judged where it is emitted.
  const missing = named.find((r) => (r.schemaname === undefined || r.schemaname === 'public') && !ctes.has(r.relname) && !catalogRelation(undefined, r.relname) && !schema.lookupTable(r.relname));
  return missing && { relname: missing.relname as string, location: missing.location as number };
}
