/**
 * The names CREATE TABLE's unnamed keys take, as PostgreSQL's ChooseConstraintName gives them: the
 * table's name and the key's columns (t_pkey, t_a_key), else the next free one (t_a_key1, …) where
 * a relation of the schema holds it — an index a renamed table kept (graphile-worker's migration
 * 11 renames jobs to jobs_legacy, whose jobs_key_key stays, and creates jobs with `key text unique`).
 * Only a key whose own name is taken is named here: the others keep SQLite's unnamed declaration.
 */
import { splitStoredName, storedName } from '../catalog/namespaces.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';

const KEYS = new Set(['CONSTR_PRIMARY', 'CONSTR_UNIQUE']);

/** `s` (a CreateStmt) with a conname on each unnamed key whose chosen name is taken; `s` itself where none is. */
export function namedKeys(schema: TranslatorSchema, s: Node): Node {
  const elts = (s.tableElts ?? []) as Node[];
  const unnamed = (c: Node | undefined) => c !== undefined && KEYS.has(c.contype) && !c.conname;
  const hasUnnamed = elts.some((e) => unnamed(e.Constraint) || ((e.ColumnDef?.constraints ?? []) as Node[]).some((c) => unnamed(c.Constraint)));
  if (!hasUnnamed) return s;
  const { schema: namespace, name: table } = splitStoredName(s.relation.relname as string, new Set(schema.schemaNames()));
  const taken = schema.takenRelationNames();
  const used = new Set<string>();
  let renamed = false;
  const choose = (c: Node, columns: string[]): Node => {
    if (!unnamed(c)) return c;
    const chosen = `${table}_${c.contype === 'CONSTR_PRIMARY' ? 'pkey' : `${[...columns, ...names(c.including ?? [])].join('_')}_key`}`;
    let name = chosen;
    for (let n = 1; taken.has(storedName(namespace, name)) || used.has(name); n++) name = `${chosen}${n}`;
    used.add(name);
    if (name === chosen) return c;
    renamed = true;
    return { ...c, conname: name };
  };
  const tableElts = elts.map((e) => {
    if (e.Constraint) return { Constraint: choose(e.Constraint, names(e.Constraint.keys ?? [])) };
    if (!e.ColumnDef?.constraints) return e;
    const constraints = (e.ColumnDef.constraints as Node[]).map((c) => (c.Constraint ? { Constraint: choose(c.Constraint, [e.ColumnDef.colname as string]) } : c));
    return { ColumnDef: { ...e.ColumnDef, constraints } };
  });
  return renamed ? { ...s, tableElts } : s;
}
