/**
 * The columns a view's query reads, as pg_depend records them for its _RETURN rule (one row per
 * column), found in the text evsql's deparser printed for it (translate/viewdef.ts): one FROM list
 * of tables and joins, every column written `qualifier.column`. A view that deparser does not
 * print has none recorded.
 */

const IDENT = String.raw`(?:"(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)`;
// The deparser starts a FROM list and each join on a line of their own, which a FROM inside an
// expression (`EXTRACT(year FROM t.d)`) never is.
const FROM_ITEM = new RegExp(String.raw`\n(?: {3}FROM \(*| {5}(?:LEFT |RIGHT |FULL )?JOIN )(?:(${IDENT})\.)?(${IDENT})(?: (${IDENT}))?`, 'g');
const COLUMN = new RegExp(String.raw`(${IDENT})\.(${IDENT})`, 'g');

const unquote = (s: string) => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);

export interface ColumnReference {
  schema: string;
  relation: string;
  column: string;
}

/** The distinct (relation, column) pairs the printed query `plain` reads, in the order first read. */
export function viewColumnReferences(plain: string): ColumnReference[] {
  // String literals may hold anything; identifiers are what is left.
  const text = plain.replace(/'(?:[^']|'')*'/g, "''");
  const byQualifier = new Map<string, { schema: string; relation: string }>();
  const qualifiedNames = new Set<number>();
  for (const m of text.matchAll(FROM_ITEM)) {
    const relation = unquote(m[2]!);
    byQualifier.set(m[3] !== undefined ? unquote(m[3]) : relation, { schema: m[1] !== undefined ? unquote(m[1]) : 'public', relation });
    // A schema-qualified relation's `schema.name` is no column.
    if (m[1] !== undefined) qualifiedNames.add(m.index! + m[0].indexOf(m[1]));
  }
  const seen = new Set<string>();
  const out: ColumnReference[] = [];
  for (const m of text.matchAll(COLUMN)) {
    if (qualifiedNames.has(m.index!)) continue;
    const rel = byQualifier.get(unquote(m[1]!));
    if (!rel) continue;
    const column = unquote(m[2]!);
    const key = JSON.stringify([rel.schema, rel.relation, column]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...rel, column });
  }
  return out;
}
