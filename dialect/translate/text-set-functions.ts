/** The set-returning functions over a string (regexp_matches, regexp_split_to_table, string_to_table), in FROM and LATERAL. */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import { type Node, names } from './parse.js';

/** Set-returning functions of a string and two or three more arguments: regexp_matches (each match's groups, text[]), regexp_split_to_table and string_to_table (text). */
export const TEXT_SET_RETURNING: Record<string, PgTypeInfo> = {
  regexp_matches: { oid: OID.text_array, typmod: -1 },
  regexp_split_to_table: { oid: OID.text, typmod: -1 },
  string_to_table: { oid: OID.text, typmod: -1 },
};

/** The rows of one of them as a table-valued function's (value, ordinality). */
export function textRows(em: EmitContext, f: Node): string {
  const [s, second, third] = (f.args as Node[]).map((a) => em.expr(a));
  const name = names(f.funcname).at(-1);
  if (name === 'string_to_table') return `pg_string_rows(${[s, second, third ?? 'NULL'].map((a) => `coalesce(${a}, X'')`).join(', ')})`;
  return `pg_regexp_rows(${s}, ${second}, ${third ?? "''"}, ${name === 'regexp_split_to_table' ? 1 : 0})`;
}
