/** hstore's subscripting (hstore_subscript_handler), apart from hstore.ts, which the subscript code's own imports reach. */
import { PgError, SqlState } from '../../pg/errors.js';
import type { EmitContext } from './emit-context.js';
import type { Node } from './parse.js';

/** `h['key']` (hstore_subscript_handler): the key's value; one subscript, no slice. */
export function hstoreSubscript(em: EmitContext, arg: Node, indices: Node[]): string {
  if (indices.length !== 1 || indices[0]!.is_slice) throw new PgError(SqlState.datatypeMismatch, 'hstore allows only one subscript');
  return `pg_hstore_fetch(${em.expr(arg)}, ${em.expr(indices[0]!.uidx)})`;
}
