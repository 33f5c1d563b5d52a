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
 * The text after RENAME TO of table `from` to `to` (stored names, `schema.name` outside public;
 * SET SCHEMA is such a RENAME): the table in FROM, qualified by its schema outside public, and
 * the qualifier of its columns, by its name alone. An identifier after a dot is a column, or the
 * table after its schema; one after AS a result column's name; one before `(` a function.
 */
export function renamedViewTable(display: Display, from: string, to: string): Display | undefined {
  const [schema, name] = splitName(from);
  const [toSchema, toName] = splitName(to);
  const qualified = schema === 'public' ? '' : `(?:${escaped(quoteIdentifier(schema))}\\.)?`;
  const ref = new RegExp(`'(?:[^']|'')*'|(?<![\\w$".]|\\bAS )${qualified}${escaped(quoteIdentifier(name))}(?![\\w$"(])(\\.?)`, 'g');
  const inFrom = toSchema === 'public' ? quoteIdentifier(toName) : `${quoteIdentifier(toSchema)}.${quoteIdentifier(toName)}`;
  let found = false;
  const rename = (text: string): string =>
    text.replace(ref, (m, dot: string | undefined) => {
      if (m.startsWith("'")) return m;
      found = true;
      return dot ? `${quoteIdentifier(toName)}.` : inFrom;
    });
  const renamed = { pretty: rename(display.pretty), plain: rename(display.plain) };
  return found ? renamed : undefined;
}

/** A stored name's schema and name. */
function splitName(stored: string): [string, string] {
  const dot = stored.indexOf('.');
  return dot < 0 ? ['public', stored] : [stored.slice(0, dot), stored.slice(dot + 1)];
}

/**
 * A materialized view's query with table `from` renamed to `to` (stored names), in FROM and as
 * its columns' qualifier; undefined where it does not read it.
 */
export function renamedQueryTable(query: unknown, from: string, to: string): unknown {
  const name = splitName(from)[1];
  const toName = splitName(to)[1];
  let found = false;
  const walk = (n: unknown): unknown => {
    if (n === null || typeof n !== 'object') return n;
    if (Array.isArray(n)) return n.map(walk);
    const o = n as Node;
    // The kept query names a relation by its stored name, aliased by its name, as namespaces.ts rewrote it.
    if (o.RangeVar?.relname === from && (!o.RangeVar.schemaname || o.RangeVar.schemaname === 'public')) {
      found = true;
      return { RangeVar: { ...o.RangeVar, relname: to, schemaname: undefined, alias: o.RangeVar.alias && !o.RangeVar.alias.implicit ? o.RangeVar.alias : { aliasname: toName, implicit: true } } };
    }
    const fields = o.ColumnRef ? names(o.ColumnRef.fields) : [];
    if (fields.length >= 2 && fields.at(-2) === name) {
      const at = fields.length - 2;
      return { ColumnRef: { ...o.ColumnRef, fields: (o.ColumnRef.fields as Node[]).map((f, i) => (i === at ? { String: { sval: toName } } : f)) } };
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
