/**
 * A result's set operation of a char(n) column beside text, varchar, an untyped literal or a char of
 * another width. select_common_typmod makes that column a bpchar of no typmod, so each member's
 * values print as that member has them: a char(n)'s padded to its width, a text's with its own
 * trailing blanks. evsql keeps char(n) values without their padding and prints it by the column's
 * typmod, which the result no longer has: the members pad their values here instead. Only for a
 * statement's result columns, which nothing reads further (length, || and comparisons of a bpchar
 * do not count its padding, and would count these blanks).
 */
import { OID, type PgTypeInfo } from '../../pg/types/registry.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { OutputColumn } from './types.js';

const BESIDE_CHAR = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.unknown]);

const fixedWidth = (t: PgTypeInfo | null | undefined): t is PgTypeInfo => t?.oid === OID.bpchar && t.typmod > 4;

/** The columns whose members print their own widths: a char(n) of the left member beside a string of another typmod. */
export function paddedSetColumns(left: OutputColumn[], right: OutputColumn[]): boolean[] | undefined {
  const padded = left.map((c, i) => {
    const other = right[i]?.type;
    return fixedWidth(c.type) && !!other && BESIDE_CHAR.has(other.oid) && !(other.oid === OID.bpchar && other.typmod === c.type.typmod);
  });
  return padded.some((p) => p) ? padded : undefined;
}

/**
 * A query over `sql`'s columns (named c1… by position, as repeated names would be ambiguous), the
 * first `shown` of them written by `value`.
 */
function over(sql: string, columns: OutputColumn[], value: (column: string, i: number) => string, tail = '', shown = columns.length): string {
  const cols = columns.map((_, i) => `"evsql.c${i + 1}"`);
  return `SELECT * FROM (WITH "evsql.m"(${cols.join(', ')}) AS (${sql}) SELECT ${cols.slice(0, shown).map((c, i) => `${value(c, i)} AS ${quoteIdent(columns[i]!.name)}`).join(', ')} FROM "evsql.m"${tail})`;
}

/** A member whose char(n) values in the padded columns carry their padding; with `side`, a last column saying which member it is. */
function paddedMember(member: { sql: string; columns: OutputColumn[] }, padded: boolean[], side?: number): string {
  const pad = member.columns.map((c, i) => padded[i] && fixedWidth(c.type));
  if (!pad.some((p) => p) && side === undefined) return member.sql;
  const sided = side === undefined ? member.sql : `SELECT *, ${side} FROM (${member.sql})`;
  const columns = side === undefined ? member.columns : [...member.columns, { name: 'evsql.side', type: null }];
  return over(sided, columns, (c, i) => (pad[i] ? `pg_output(${c}, ${OID.bpchar}, ${member.columns[i]!.type!.typmod})` : c));
}

/**
 * The set operation's SQL. UNION ALL joins the padded members. UNION groups their rows by the
 * values without trailing blanks, as bpchar compares them; a group prints the left member's text
 * (its char(n) values of one value print alike), as PostgreSQL keeps the first row of a group, else
 * the text the right member's rows share (pg_member_display: where they differ, which one
 * PostgreSQL keeps is its plan's, 0A000). INTERSECT and EXCEPT answer rows
 * of the left member, compared as `compared` does (its right member's blanks trimmed), and pad
 * them after.
 */
export function paddedSetOperation(op: string, all: boolean, left: { sql: string; columns: OutputColumn[] }, right: { sql: string; columns: OutputColumn[] }, padded: boolean[], compared: string): string {
  if (op === 'UNION' && all) return `${paddedMember(left, padded)} UNION ALL ${paddedMember(right, padded)}`;
  if (op !== 'UNION') return paddedMember({ sql: compared, columns: left.columns }, padded);
  const joined = `${paddedMember(left, padded, 0)} UNION ALL ${paddedMember(right, padded, 1)}`;
  const side = `"evsql.c${left.columns.length + 1}"`;
  const keys = left.columns.map((_, i) => (padded[i] ? `rtrim("evsql.c${i + 1}", ' ')` : `"evsql.c${i + 1}"`));
  const shown = (c: string) => `pg_member_display(${c}, ${side})`;
  const sided = [...left.columns, { name: 'evsql.side', type: null }];
  return over(joined, sided, (c, i) => (padded[i] ? shown(c) : c), ` GROUP BY ${keys.join(', ')}`, left.columns.length);
}
