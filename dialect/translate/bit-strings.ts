/**
 * The bit string types' SQL (bit(n), varbit(n), stored as bit_out's text, pg/types/bit-string.ts).
 * SQLite's own text comparison, concatenation, length, instr, substr and overlay are theirs;
 * the rest is dialect/runtime/bit-functions.ts's.
 *
 * Casts: text and other bit strings through bit_in and the explicit length coercion (bit(n) cut or
 * zero-padded, varbit(n) cut), an integer to bit(n) (bitfromint4/8), a bit string to an integer
 * (bittoint4/8); pg-boss's advisory-lock key, `('x' || md5(…))::bit(64)::bigint`, is one cast
 * after the other. A literal is read now, as the parser reads it, so its digit errors carry its
 * position.
 */
import { castBits, parseBitString } from '../../pg/types/bit-string.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import { quoteString } from '../sqlite-quote.js';
import type { EmitContext } from './emit-context.js';
import { noFunctionCall, noOperator } from './no-function.js';
import { type Node, isUnknownLiteral } from './parse.js';
import { is, isBitString } from './types.js';

const WIDTHS: Record<number, 32 | 64> = { [OID.int4]: 32, [OID.int8]: 64 };

/** The SQL of a cast to or from a bit string type; undefined when neither side is one. */
export function bitStringCast(arg: Node, sql: string, source: PgTypeInfo | null, target: PgTypeInfo): string | undefined {
  if (isBitString(source) && WIDTHS[target.oid]) return `pg_bit_int(${sql}, ${WIDTHS[target.oid]})`;
  if (!isBitString(target)) return undefined;
  const fixed = target.oid === OID.bit;
  if (source && WIDTHS[source.oid]) {
    if (!fixed) throw new PgError(SqlState.cannotCoerce, `cannot cast type ${formatType(source.oid, -1)} to bit varying`);
    return `pg_bit_from_int(${sql}, ${target.typmod < 0 ? 1 : target.typmod}, ${WIDTHS[source.oid]})`;
  }
  if (isUnknownLiteral(arg)) return quoteString(castBits(literalBits(arg.A_Const), target.typmod, fixed));
  if (isBitString(source) && target.typmod < 0) return sql;
  const textual = !source || [OID.text, OID.varchar, OID.bpchar, OID.unknown].some((oid) => is(source, oid));
  if (!textual && !isBitString(source)) return undefined;
  return `pg_bit_cast(${sql}, ${target.typmod}, ${fixed ? 1 : 0})`;
}

/** A B'…' or X'…' constant (the parser keeps its b or x) or a text literal, read by bit_in; its digit errors placed at it. */
export function literalBits(c: Node): string {
  try {
    return parseBitString(String(c.bsval?.bsval ?? c.sval?.sval ?? ''));
  } catch (e) {
    if (e instanceof PgError && typeof c.location === 'number') e.fields.position ??= c.location + 1;
    throw e;
  }
}

const BITWISE = new Set(['&', '|', '#']);
const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/**
 * An operator over bit strings (`l` undefined for a prefix one); undefined when no operand is one.
 * An untyped literal beside a bit string is read as one.
 */
export function bitStringOperator(em: EmitContext, op: string, ln: Node | undefined, rn: Node, l: string | undefined, r: string): string | undefined {
  const lt = ln ? em.typeOf(ln) : null;
  const rt = em.typeOf(rn);
  if (!isBitString(lt) && !isBitString(rt)) return undefined;
  if (!ln) {
    if (op === '~') return `pg_bit_not(${r})`;
    throw noOperator(op, null, rt, true);
  }
  const read = (n: Node, sql: string) => (isUnknownLiteral(n) ? quoteString(literalBits(n.A_Const)) : sql);
  const [a, b] = [read(ln, l!), read(rn, r)];
  if (op === '<<' || op === '>>') {
    if (!isBitString(lt) || !(WIDTHS[rt?.oid ?? 0] || is(rt, OID.int2))) throw noOperator(op, lt, rt);
    return `pg_bit_shift(${a}, ${op === '<<' ? '' : '-'}(${b}))`;
  }
  const other = isBitString(lt) ? { n: rn, t: rt } : { n: ln, t: lt };
  if (!isUnknownLiteral(other.n) && !isBitString(other.t) && other.t !== null) throw noOperator(op, lt, rt);
  if (BITWISE.has(op)) return `pg_bit_op('${op}', ${a}, ${b})`;
  if (op === '||') return `(${a} || ${b})`;
  if (COMPARISONS.has(op)) return `(${a} ${op === '!=' ? '<>' : op} ${b})`;
  return undefined;
}

/** A call of one of varbit.c's functions with a bit string argument; undefined for the others. */
export function bitStringCall(em: EmitContext, name: string, args: Node[], sql: (n: Node) => string): string | undefined {
  if (!isBitString(args[0] ? em.typeOf(args[0]) : null) && !(name === 'position' && isBitString(args[1] ? em.typeOf(args[1]) : null))) return undefined;
  const [a, b, c] = args.map(sql);
  switch (name) {
    case 'length':
    case 'bit_length':
      return args.length === 1 ? `length(${a})` : undefined;
    case 'octet_length':
      return `((length(${a}) + 7) / 8)`;
    case 'bit_count':
      return `length(replace(${a}, '0', ''))`;
    case 'get_bit':
      return `pg_bit_get(${a}, ${b})`;
    case 'set_bit':
      return `pg_bit_set(${a}, ${b}, ${c})`;
    case 'bit_and':
    case 'bit_or':
    case 'bit_xor':
      return `pg_bit_${name.slice(4)}_agg(${a})`;
    // No ordering aggregate takes a bit string.
    case 'min':
    case 'max':
    case 'char_length':
    case 'character_length':
      throw noFunctionCall(em, name, args);
    default:
      return undefined;
  }
}
