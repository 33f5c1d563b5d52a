/**
 * A view's PostgreSQL text (its CREATE VIEW annotation) and a materialized view's kept query after
 * RENAME of a table they read, or of its column. SQLite renames both in the view's own query.
 *
 * After RENAME COLUMN, PostgreSQL's view keeps its column names,
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

/**
 * The text after RENAME TO of table `from` (its stored name, `schema.name` outside public): the
 * table in FROM and the qualifier of its columns. An identifier after a dot is a column, or the
 * table after its schema; one after AS a result column's name; one before `(` a function.
 */
export function renamedViewTable(display: Display, from: string, to: string): Display | undefined {
  const dot = from.indexOf('.');
  const [schema, name] = dot < 0 ? [undefined, from] : [from.slice(0, dot), from.slice(dot + 1)];
  const newName = to.slice(to.indexOf('.') + 1);
  const qualified = schema === undefined ? '' : `(?:${escaped(quoteIdentifier(schema))}\\.)?`;
  const ref = new RegExp(`'(?:[^']|'')*'|(?<![\\w$".]|\\bAS )${qualified}${escaped(quoteIdentifier(name))}(?![\\w$"(])`, 'g');
  let found = false;
  const rename = (text: string): string =>
    text.replace(ref, (m) => {
      if (m.startsWith("'")) return m;
      found = true;
      return m.slice(0, m.length - quoteIdentifier(name).length) + quoteIdentifier(newName);
    });
  const renamed = { pretty: rename(display.pretty), plain: rename(display.plain) };
  return found ? renamed : undefined;
}

/** A materialized view's query with public table `from` renamed, in FROM and as its columns' qualifier; undefined where it does not read it. */
export function renamedQueryTable(query: unknown, from: string, to: string): unknown {
  let found = false;
  const walk = (n: unknown): unknown => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const o = n as Node;
    if (o.RangeVar?.relname === from && (o.RangeVar.schemaname ?? 'public') === 'public') {
      found = true;
      return { RangeVar: { ...o.RangeVar, relname: to } };
    }
    const fields = o.ColumnRef ? names(o.ColumnRef.fields) : [];
    if (fields.length >= 2 && fields.at(-2) === from) {
      const at = fields.length - 2;
      return { ColumnRef: { ...o.ColumnRef, fields: (o.ColumnRef.fields as Node[]).map((f, i) => (i === at ? { String: { sval: to } } : f)) } };
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, walk(v)]));
  };
  const renamed = walk(query);
  return found ? renamed : undefined;
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
