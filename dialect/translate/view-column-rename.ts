/**
 * A view's PostgreSQL text (its CREATE VIEW annotation) after RENAME COLUMN of a table it reads.
 * SQLite renames the column in the view's own query; PostgreSQL's view keeps its column names,
 * so pg_get_viewdef then shows the column by its new name, aliased to the old where it named a
 * result column (`SELECT t.kid AS id`). Columns are always qualified in the text, so a reference
 * is its qualifier (the table's name or alias there) and the column.
 */
import { quoteIdentifier } from '../../pg/ident.js';
import type { Display } from '../catalog/markers.js';
import { type Node, names, parseQuery } from './parse.js';
import type { TranslatorSchema } from './schema.js';

export function renamedViewColumn(display: Display, table: string, from: string, to: string): Display | undefined {
  let query: Node;
  try {
    query = parseQuery(display.plain)[0]!.node;
  } catch {
    return undefined;
  }
  const { qualifiers } = relationsOf(query, table);
  if (!qualifiers.size) return undefined;
  const rename = (text: string): string => {
    let out = text;
    for (const q of qualifiers) {
      const ref = escaped(`${quoteIdentifier(q)}.${quoteIdentifier(from)}`);
      const renamed = `${quoteIdentifier(q)}.${quoteIdentifier(to)}`;
      // A result column the reference named keeps its name.
      out = out.replace(new RegExp(`(^ SELECT (?:DISTINCT )?|,\\n\\s+)${ref}(?=,\\n|\\n\\s+FROM )`), `$1${renamed} AS ${quoteIdentifier(from)}`);
      out = out.replace(new RegExp(`'(?:[^']|'')*'|(?<![\\w$."])${ref}(?![\\w$])`, 'g'), (m) => (m.startsWith("'") ? m : renamed));
    }
    return out;
  };
  return { pretty: rename(display.pretty), plain: rename(display.plain) };
}

/** The names a query's references to the table go by (its name or aliases), and how many relations it reads. */
function relationsOf(query: unknown, table: string): { qualifiers: Set<string>; relations: number } {
  const qualifiers = new Set<string>();
  let relations = 0;
  const walk = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as Node;
    if (o.RangeVar) relations++;
    if (o.RangeVar?.relname === table) qualifiers.add((o.RangeVar.alias?.aliasname as string | undefined) ?? table);
    for (const v of Object.values(o)) walk(v);
  };
  walk(query);
  return { qualifiers, relations };
}

/**
 * A materialized view's query (its parse tree) with the table's column renamed, a result column
 * it named keeping its name; undefined where the query does not read the column. An unqualified
 * reference counts where the table is all the query reads.
 */
export function renamedQueryColumn(query: unknown, table: string, from: string, to: string): unknown {
  const { qualifiers, relations } = relationsOf(query, table);
  if (!qualifiers.size) return undefined;
  const isRef = (n: Node | undefined): boolean => {
    const fields = n?.ColumnRef ? names(n.ColumnRef.fields) : [];
    return fields.at(-1) === from && (fields.length === 2 ? qualifiers.has(fields[0]!) : fields.length === 1 && relations === 1);
  };
  let found = false;
  const walk = (n: unknown): unknown => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const o = n as Node;
    if (o.ResTarget && !o.ResTarget.name && isRef(o.ResTarget.val)) return { ResTarget: { ...o.ResTarget, name: from, val: walk(o.ResTarget.val) } };
    if (isRef(o)) {
      found = true;
      const fields = o.ColumnRef.fields as Node[];
      return { ColumnRef: { ...o.ColumnRef, fields: [...fields.slice(0, -1), { String: { sval: to } }] } };
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]));
  };
  const renamed = walk(query);
  return found ? renamed : undefined;
}

/** The materialized views whose query reads the table's column. */
export function matviewsReadingColumn(schema: TranslatorSchema, table: string, column: string): string[] {
  return schema.matviewsReading(table).filter((m) => renamedQueryColumn(schema.lookupTable(m)!.matview!.query, table, column, column) !== undefined);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
