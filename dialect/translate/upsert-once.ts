/**
 * INSERT of several rows … ON CONFLICT … DO UPDATE: PostgreSQL refuses (21000) rows that propose
 * the same key twice, since the second would update the row the first wrote; SQLite would update
 * it again. The rows are counted per key before any is written.
 */
import { names, type Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { constraintColumns } from './normalize.js';
import { quoteIdent } from '../sqlite-quote.js';
import { unsupported } from './unsupported.js';

/**
 * The rows (`values`: VALUES, or its rows with the serial columns drawn, `width` columns named
 * column1…, the first filling `columns`) each checked once against the others; undefined where
 * that is not needed. A key of expressions (`lower(email)`) and an arbiter index's predicate are
 * computed over the rows under their columns' names (`text` writes an expression so), a column
 * the statement does not list as NULL, where that is its default; one with another default is refused.
 */
export function onceEach(schema: TranslatorSchema, s: Node, columns: string[] | undefined, width: number, values: string, rows: number, text: (n: Node) => string): string | undefined {
  const c = s.onConflictClause;
  if (c?.action !== 'ONCONFLICT_UPDATE' || rows < 2 || !columns) return undefined;
  const elems: Node[] = c.infer?.conname ? constraintColumns(schema, s.relation, c.infer.conname).map((name) => ({ name })) : ((c.infer?.indexElems ?? []) as Node[]).map((e) => e.IndexElem);
  if (!elems.length) return undefined;
  const table = schema.lookupTable(s.relation.relname);
  const named = new Map<string, string>();
  const nameOf = (column: string) => {
    const at = columns.indexOf(column);
    if (at >= 0) return named.set(column, `column${at + 1}`).get(column)!;
    const info = table?.column(column);
    if (!info || info.defaultSql !== undefined || info.sequence !== undefined || info.identity || info.generated) {
      throw unsupported('INSERT … ON CONFLICT DO UPDATE of several rows on a key that reads a column it leaves to its default');
    }
    return named.set(column, 'NULL').get(column)!;
  };
  const over = (n: Node) => {
    JSON.stringify(n, (k, v) => (k === 'ColumnRef' ? (nameOf(names(v.fields).at(-1)!), v) : v));
    return `(${text(n)})`;
  };
  const keys = elems.map((e) => (e.name ? nameOf(e.name) : over(e.expr)));
  if (c.infer?.whereClause) keys.push(`CASE WHEN ${over(c.infer.whereClause)} THEN 1 END`);
  const key = keys.join(', ');
  const all = Array.from({ length: width }, (_, i) => `column${i + 1}`).join(', ');
  const aliases = [...named].map(([column, sql]) => `, ${sql} AS ${quoteIdent(column)}`).join('');
  // In the rows' own order, which the count's partitions would lose: they are written in it.
  const numbered = `SELECT *${aliases}, row_number() OVER () AS "evsql.at" FROM (${values})`;
  return `SELECT ${all} FROM (SELECT *, count(*) OVER (PARTITION BY ${key}) AS "evsql.proposed" FROM (${numbered})) WHERE pg_upsert_once("evsql.proposed", ${key}) ORDER BY "evsql.at"`;
}
