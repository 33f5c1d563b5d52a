/**
 * money's SQL (a count of cents, pg/types/money.ts): SQLite compares, sorts, groups, sums and
 * takes min and max of the integers as PostgreSQL does the values; the casts and the arithmetic
 * are dialect/runtime/money-functions.ts's, which check the range as cash.c does.
 */
import { parseMoney } from '../../pg/types/money.js';
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import { noFunctionCall, noOperator } from './no-function.js';
import { type Node, isUnknownLiteral } from './parse.js';
import { is, isInt, isNumber, moneyArrays } from './types.js';

const MONEY: PgTypeInfo = { oid: OID.money, typmod: -1 };

/** The SQL of a cast to or from money; undefined when neither side is money or the cast is through text. */
export function moneyCast(arg: Node, sql: string, source: PgTypeInfo | null, target: PgTypeInfo): string | undefined {
  if (is(source, OID.money) && target.oid === OID.numeric) return `pg_money_numeric(${sql})`;
  if (target.oid !== OID.money || is(source, OID.money)) return undefined;
  if (isUnknownLiteral(arg)) return String(parseMoney(String(arg.A_Const.sval?.sval ?? '')));
  if (is(source, OID.int4) || is(source, OID.int8)) return `pg_money_from(${sql}, 0)`;
  if (is(source, OID.numeric)) return `pg_money_from(${sql}, 1)`;
  // cash_in reads text; pg/types/casts.ts has refused the rest.
  return `pg_store(${sql}, ${OID.money}, -1)`;
}

/**
 * A column default of money given as a number: its cent count, written as a constant where it is
 * one (SQLite fills the rows ADD COLUMN adds with the default as written); undefined for the rest.
 */
export function moneyDefault(em: EmitContext, n: Node): string | undefined {
  const c = n.A_Const;
  const written = c?.ival ? String(c.ival.ival ?? 0) : c?.fval?.fval;
  if (written !== undefined && /^-?\d*\.?\d*$/.test(written)) return String(parseMoney(written));
  return isNumber(em.typeOf(n)) ? moneyCast(n, em.expr(n), em.typeOf(n), MONEY) : undefined;
}

/** An operator with a money operand; undefined where SQLite's own (a comparison of cent counts) is right. */
export function moneyOperator(em: EmitContext, op: string, ln: Node | undefined, rn: Node, l: string | undefined, r: string): string | undefined {
  const lt = ln ? em.typeOf(ln) : null;
  const rt = em.typeOf(rn);
  if (!is(lt, OID.money) && !is(rt, OID.money)) return undefined;
  if (!ln || !['+', '-', '*', '/'].includes(op)) return undefined;
  // An untyped literal beside money is money (`amount + '$0.99'`).
  const [a, b] = [isUnknownLiteral(ln) ? moneyCast(ln, l!, null, MONEY)! : l!, isUnknownLiteral(rn) ? moneyCast(rn, r, null, MONEY)! : r];
  const [x, y] = [isUnknownLiteral(ln) ? MONEY : lt, isUnknownLiteral(rn) ? MONEY : rt];
  const money = (t: PgTypeInfo | null) => is(t, OID.money);
  if ((op === '+' || op === '-') && money(x) && money(y)) return `pg_money_add(${a}, ${b}, ${op === '+' ? 1 : -1})`;
  if (op === '/' && money(x) && money(y)) return `pg_money_ratio(${a}, ${b})`;
  // A numeric converts to float8 for cash_mul_flt8 and cash_div_flt8.
  if ((op === '*' || op === '/') && money(x) && isNumber(y)) return `pg_money_${op === '*' ? 'mul' : 'div'}(${a}, ${b}, ${isInt(y) ? 1 : 0})`;
  if (op === '*' && isNumber(x) && money(y)) return `pg_money_mul(${b}, ${a}, ${isInt(x) ? 1 : 0})`;
  throw noOperator(op, x, y);
}

/**
 * 42883 for a call with a money argument that PostgreSQL has no function for (avg, the number
 * functions), which would read the cents, and for cash.c's own functions of another type.
 */
export function moneyCall(em: EmitContext, name: string, args: Node[]): string | undefined {
  if (CASH_FUNCTIONS.has(name) && !args.every((a) => isUnknownLiteral(a) || is(em.typeOf(a), OID.money))) throw noFunctionCall(em, name, args);
  if (!args.some((a) => is(em.typeOf(a), OID.money))) return undefined;
  if (name === 'avg' || NUMBER_FUNCTIONS.has(name)) throw noFunctionCall(em, name, args);
  if (name === 'array_agg') throw moneyArrays();
  return undefined;
}

const CASH_FUNCTIONS = new Set(['cash_words', 'cashlarger', 'cashsmaller']);
const NUMBER_FUNCTIONS = new Set(['round', 'trunc', 'abs', 'ceil', 'ceiling', 'floor', 'sign', 'sqrt', 'stddev', 'stddev_samp', 'stddev_pop', 'variance', 'var_samp', 'var_pop']);
