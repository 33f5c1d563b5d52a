/**
 * The json set-returning functions (json(b)_each, _array_elements, _object_keys, jsonb_path_query):
 * what each yields and how its document reaches the table-valued functions every replica
 * registers (pg_json_each, pg_json_elements).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';

/** A jsonb_* function's document as jsonb (keys in jsonb's order), whatever type the argument had; a path query's items as an array. */
export function jsonDocument(em: EmitContext, name: string, args: Node[], location?: number): string {
  if (JSON_SET_RETURNING[name]?.path) return `pg_jsonb_path_query_array${name.endsWith('_tz') ? '_tz' : ''}(${args.map((a) => em.expr(a)).join(', ')})`;
  const arg = args[0]!;
  const type = em.typeOf(arg)?.oid;
  // json and jsonb have no implicit cast between them: jsonb_each(json) is no function.
  if ((name.startsWith('jsonb') && type === OID.json) || (!name.startsWith('jsonb') && type === OID.jsonb)) {
    throw new PgError(SqlState.undefinedFunction, `function ${name}(${type === OID.json ? 'json' : 'jsonb'}) does not exist`, {
      hint: 'No function matches the given name and argument types. You might need to add explicit type casts.',
      ...(location === undefined ? {} : { position: location + 1 }),
    });
  }
  const sql = em.expr(arg);
  return name.startsWith('jsonb') && type !== OID.jsonb ? `pg_jsonb(${sql})` : sql;
}

/** 1 where a function's values are the json document's source text (json_*), 0 where jsonb's (jsonb_*, jsonb_path_query). */
export function sourceText(name: string): number {
  return name.startsWith('jsonb') ? 0 : 1;
}

/** The json set-returning functions: key/value pairs, elements or keys, as json(b) or as text. */
export const JSON_SET_RETURNING: Record<string, { kind: 'each' | 'elements' | 'keys'; asText: boolean; type: PgTypeInfo; path?: boolean }> = {};
for (const prefix of ['json', 'jsonb']) {
  const type = { oid: prefix === 'json' ? OID.json : OID.jsonb, typmod: -1 };
  const text = { oid: OID.text, typmod: -1 };
  JSON_SET_RETURNING[`${prefix}_each`] = { kind: 'each', asText: false, type };
  JSON_SET_RETURNING[`${prefix}_each_text`] = { kind: 'each', asText: true, type: text };
  JSON_SET_RETURNING[`${prefix}_array_elements`] = { kind: 'elements', asText: false, type };
  JSON_SET_RETURNING[`${prefix}_array_elements_text`] = { kind: 'elements', asText: true, type: text };
  JSON_SET_RETURNING[`${prefix}_object_keys`] = { kind: 'keys', asText: true, type: text };
}
// The elements of the array jsonb_path_query_array makes; its column is named as the function.
JSON_SET_RETURNING.jsonb_path_query = { kind: 'elements', asText: false, type: { oid: OID.jsonb, typmod: -1 }, path: true };
JSON_SET_RETURNING.jsonb_path_query_tz = JSON_SET_RETURNING.jsonb_path_query;

/** Whether a json set-returning call has its arguments: the document, or for a path query also the path, vars and silent. */
export function jsonArity(name: string, args: number): boolean {
  return JSON_SET_RETURNING[name]?.path ? args >= 2 && args <= 4 : args === 1;
}

/** The column a json set-returning function of one value names after itself (else `value`). */
export function jsonNamedColumn(name: string): boolean {
  const json = JSON_SET_RETURNING[name];
  return json?.kind === 'keys' || !!json?.path;
}
