/**
 * SQLite's json_each and json_tree as FROM items the translator writes. Their hidden columns
 * (key, value, type, atom, id, parent, fullkey, path, json, root) are in scope inside their own
 * argument: `json_tree("path")` reads the function's own `path` column, not the caller's (NULL, so
 * no rows), which made `n = ANY(path)` false for every array column so named.
 */

/** The columns, hidden ones included, that json_each and json_tree add to a FROM clause's scope. */
export const JSON_EACH_COLUMNS: ReadonlySet<string> = new Set(['key', 'value', 'type', 'atom', 'id', 'parent', 'fullkey', 'path', 'json', 'root']);

/**
 * `fn(doc) AS alias` as a FROM list whose document is evaluated before the function is in scope:
 * a one-row subquery names it, and the function reads that name. The list's other column,
 * `"__evsql_doc"`, clashes with none of the function's.
 */
export function jsonRowsFrom(fn: 'json_each' | 'json_tree', doc: string, alias?: string): string {
  return `(SELECT ${doc} AS "__evsql_doc") AS "__evsql_arg", ${fn}("__evsql_arg"."__evsql_doc")${alias ? ` AS ${alias}` : ''}`;
}
