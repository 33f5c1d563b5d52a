/**
 * An unnamed index's name, as PostgreSQL's ChooseIndexName gives it: its columns, an expression's
 * by the name it would have as a result column (lower(b): lower), else expr; then the next free
 * name (t_a_idx, t_a_idx1, …). A unique index is no constraint: it ends in _idx too.
 */
import { columnName } from './column-name.js';
import type { Node } from './parse.js';
import type { TranslatorSchema } from './schema.js';

export function chosenIndexName(schema: TranslatorSchema, s: Node): string {
  if (s.idxname) return s.idxname as string;
  const part = (e: Node): string => {
    if (e.name) return e.name as string;
    const name = columnName(e.expr);
    return name === '?column?' ? 'expr' : name;
  };
  const chosen = `${s.relation.relname as string}_${(s.indexParams as Node[]).map((p) => part(p.IndexElem)).join('_')}_idx`;
  const taken = schema.takenRelationNames();
  let name = chosen;
  for (let n = 1; taken.has(name); n++) name = `${chosen}${n}`;
  return name;
}
