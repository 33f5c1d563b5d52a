/**
 * Application rule files (`--rules FILE`, JSON): extra key column sets per table, for schemas whose
 * declared keys do not say how the application addresses rows (a table created without a primary
 * key, or one the application always reaches by another set of columns).
 *
 *   { "tables": { "stock": { "keys": [["s_w_id", "s_i_id"]] } } }
 *
 * A rule's key sets are added to the schema's primary and unique keys, never put in their place:
 * an INSERT must still name every unique key's columns to get row keys, since whether it succeeds
 * depends on each of them. A rule key need not be unique in the data: a row key stands for every
 * row with those values, so requests pinning different values of it touch disjoint rows.
 */

export interface Rules {
  tables: Record<string, { keys: string[][] }>;
}

export const NO_RULES: Rules = Object.freeze({ tables: Object.freeze({}) }) as Rules;

/** Parses and checks a rule file; names are folded to lower case (SQLite identifiers ignore case). */
export function parseRules(json: string): Rules {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    throw new Error(`rules: not valid JSON: ${(err as Error).message}`);
  }
  if (!isObject(doc)) throw new Error('rules: the top level must be an object');
  for (const field of Object.keys(doc)) {
    // "$schema", "$comment" and the like are for people and editors.
    if (field !== 'tables' && !field.startsWith('$')) throw new Error(`rules: unknown field "${field}" (expected "tables")`);
  }
  // No prototype: a table may be called "constructor" or "__proto__".
  const tables: Rules['tables'] = Object.create(null);
  const given = doc.tables ?? {};
  if (!isObject(given)) throw new Error('rules: "tables" must be an object of table name -> { "keys": [[column, ...], ...] }');
  for (const [name, entry] of Object.entries(given)) {
    const where = `rules: tables.${name}`;
    if (!isObject(entry)) throw new Error(`${where} must be an object with "keys"`);
    for (const field of Object.keys(entry)) {
      if (field !== 'keys' && !field.startsWith('$')) throw new Error(`${where}: unknown field "${field}" (expected "keys")`);
    }
    const keys = entry.keys ?? [];
    if (!Array.isArray(keys)) throw new Error(`${where}.keys must be an array of column name arrays`);
    const sets = keys.map((set, i) => {
      if (!Array.isArray(set) || set.length === 0 || !set.every((c) => typeof c === 'string' && c !== '')) {
        throw new Error(`${where}.keys[${i}] must be a non-empty array of column names`);
      }
      return (set as string[]).map((c) => c.toLowerCase());
    });
    const table = name.toLowerCase();
    if (Object.hasOwn(tables, table)) throw new Error(`${where} is given twice (names ignore case)`);
    tables[table] = { keys: sets };
  }
  return { tables };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
