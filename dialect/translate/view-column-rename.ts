/**
 * A view's PostgreSQL text (its CREATE VIEW annotation) after RENAME COLUMN of a table it reads.
 * SQLite renames the column in the view's own query; PostgreSQL's view keeps its column names,
 * so pg_get_viewdef then shows the column by its new name, aliased to the old where it named a
 * result column (`SELECT t.kid AS id`). Columns are always qualified in the text, so a reference
 * is its qualifier (the table's name or alias there) and the column.
 */
import { quoteIdentifier } from '../../pg/ident.js';
import type { Display } from '../catalog/markers.js';
import { type Node, parseQuery } from './parse.js';

export function renamedViewColumn(display: Display, table: string, from: string, to: string): Display | undefined {
  let query: Node;
  try {
    query = parseQuery(display.plain)[0]!.node;
  } catch {
    return undefined;
  }
  const qualifiers = new Set<string>();
  const walk = (n: unknown): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as Node;
    if (o.RangeVar && o.RangeVar.relname === table) qualifiers.add((o.RangeVar.alias?.aliasname as string | undefined) ?? table);
    for (const v of Object.values(o)) walk(v);
  };
  walk(query);
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

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
