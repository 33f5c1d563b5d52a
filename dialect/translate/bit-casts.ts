/**
 * `text::bit(n)::bigint` (or `::integer`): the hexadecimal-to-integer idiom of pg-boss's
 * advisory-lock key, `('x' || md5(…))::bit(64)::bigint`, computed at once (pg/types/bit-string.ts).
 * Every other use of type bit stays refused (types.ts): evsql keeps no bit values.
 */
import { OID } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import { type Node, isUnknownLiteral, names } from './parse.js';
import { typeOfName } from './types.js';

const WIDTHS: Record<number, 32 | 64> = { [OID.int4]: 32, [OID.int8]: 64 };
const TEXTUAL = new Set<number>([OID.text, OID.varchar, OID.bpchar]);

/** The SQL of the cast `c` (a TypeCast's fields) when it is that idiom; undefined otherwise. */
export function bitIntegerCast(em: EmitContext, c: Node, emit: (n: Node) => string): string | undefined {
  const inner = c.arg.TypeCast;
  if (!inner || inner.typeName.arrayBounds || c.typeName.arrayBounds) return undefined;
  const written = names(inner.typeName.names);
  const mods = (inner.typeName.typmods ?? []) as Node[];
  if (written.at(-1) !== 'bit' || written.length > (written[0] === 'pg_catalog' ? 2 : 1) || mods.length !== 1) return undefined;
  const length = mods[0]!.A_Const?.ival?.ival as number | undefined;
  if (length === undefined || length < 1) return undefined;
  const width = WIDTHS[typeOfName(c.typeName).oid];
  if (!width || !(isUnknownLiteral(inner.arg) || TEXTUAL.has(em.typeOf(inner.arg)?.oid ?? 0))) return undefined;
  return `pg_bit_integer(${emit(inner.arg)}, ${length}, ${width})`;
}
