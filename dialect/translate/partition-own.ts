/**
 * What a table brings of its own to ATTACH PARTITION (pg-boss 10's queues: a primary key, foreign
 * keys, partial unique indexes and a check on each queue's table). The parent's one SQLite table
 * holds the partition's rows, so the partition's indexes become the parent's, restricted to the
 * bound: a unique one stays unique among the partition's rows only. Its foreign keys become the
 * parent's where the parent can hold them for every partition alike: the first partition of a
 * parent without foreign keys gives them, each later partition must have the same ones, and a
 * partition without them (CREATE TABLE … PARTITION OF) is then refused. A check is dropped where
 * the bound implies it (`CHECK (name = 'q')` of the partition for 'q'). Anything else is refused.
 */
import { tokenize } from '../runtime/catalog/sqlite-ddl.js';
import { type PartitionKey, partitionIndexMarker, partitionedMarker } from '../catalog/markers.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { Step } from '../plan.js';
import { alterTable } from './ddl.js';
import { resolveSchemas } from './namespaces.js';
import { type Node, parseQuery } from './parse.js';
import type { TableInfo, TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

/**
 * The steps that give `parent` what `table` has of its own: `before` its rows move and it is
 * dropped, `after` (its indexes, under their names). `within` is the bound as SQLite reads a row of the parent.
 */
export function adoptOwn(schema: TranslatorSchema, parent: TableInfo, table: TableInfo, bound: Node, within: string): { before: Step[]; after: Step[] } {
  const model = schema.catalogTable(table.name)!;
  const parentModel = schema.catalogTable(parent.name)!;
  for (const c of model.constraints.filter((c) => c.type === 'c')) {
    if (!impliedByBound(parent.partitioned!, bound, c.check!.plain)) throw unsupported(`ATTACH PARTITION of "${table.name}", whose check constraint "${c.name}" its bound does not imply`);
  }
  const definition = (c: { name: string; definition: { plain: string } }) => `${c.name} ${c.definition.plain}`;
  const own = model.constraints.filter((c) => c.type === 'f').map(definition).sort();
  const held = parentModel.constraints.filter((c) => c.type === 'f').map(definition).sort();
  const steps: Step[] = [];
  const partitionsKeys = parent.partitioned!.partitionsForeignKeys ?? [];
  // A foreign key declared on the parent PostgreSQL gives every partition: one the partition has already is that key.
  const fits = own.length ? own.length === held.length && own.every((d, i) => d === held[i]) : !partitionsKeys.length;
  const gives = own.length > 0 && !held.length && !schema.partitionsOf(parent.name).length;
  if (!fits && !gives) throw unsupported(`ATTACH PARTITION of "${table.name}", whose foreign keys are not those of the other partitions of "${parent.name}"`);
  if (gives) {
    for (const c of model.constraints.filter((c) => c.type === 'f')) {
      const [raw] = parseQuery(`ALTER TABLE ${qualifiedName(parent)} ADD CONSTRAINT "${c.name.replace(/"/g, '""')}" ${c.definition.plain}`);
      steps.push(...alterTable(schema, resolveSchemas(raw!.node, schema).AlterTableStmt).steps);
    }
    const key: PartitionKey = { ...parent.partitioned!, partitionsForeignKeys: model.constraints.filter((c) => c.type === 'f').map((c) => c.name) };
    steps.push({ sql: '', params: [], edit: { kind: 'partitioned', table: parent.sqlName, marker: partitionedMarker(key) } });
  }
  const after: Step[] = [];
  for (const index of schema.indexDefinitions(table.name)) {
    if (index.primary) {
      const key = schema.primaryKeyOf(parent.name);
      if (key.length === index.columns.length && key.every((k, i) => k === index.columns[i])) continue;
      throw unsupported(`ATTACH PARTITION of "${table.name}", whose primary key is not its parent's`);
    }
    after.push({ sql: onParent(index.sql, parent.sqlName, within) + partitionIndexMarker(table.sqlName), params: [] });
  }
  return { before: steps, after };
}

/** A partition's CREATE INDEX as its parent's: on the parent's table, for the rows within the bound. */
function onParent(sql: string, parent: string, within: string): string {
  const tokens = tokenize(sql);
  const on = tokens.findIndex((t) => t.kind === 'word' && t.value.toUpperCase() === 'ON');
  const table = tokens[on + 1]!;
  let depth = 0;
  let where: number | undefined;
  let keysEnd = table.end;
  for (const t of tokens.slice(on + 2)) {
    if (t.kind === 'punct' && t.value === '(') depth++;
    if (t.kind === 'punct' && t.value === ')' && --depth === 0) keysEnd = t.end;
    if (depth === 0 && t.kind === 'word' && t.value.toUpperCase() === 'WHERE') {
      where = t.end;
      break;
    }
  }
  const head = `${sql.slice(0, table.start)}${quoteIdent(parent)}${sql.slice(table.end, keysEnd)}`;
  if (where !== undefined) return `${head}${sql.slice(keysEnd, where)} (${within}) AND${sql.slice(where)}`;
  return `${head} WHERE ${within}${sql.slice(keysEnd)}`;
}

/** Whether a check's text (PostgreSQL's) is `key = 'value'` of a list partition's one key and one value. */
function impliedByBound(key: PartitionKey, bound: Node, check: string): boolean {
  const datums = (bound.listdatums ?? []) as Node[];
  if (key.strategy !== 'list' || datums.length !== 1) return false;
  const [raw] = parseQuery(`SELECT ${check}`);
  let e = raw?.node.SelectStmt?.targetList?.[0]?.ResTarget?.val as Node | undefined;
  if (e?.A_Expr?.name?.[0]?.String?.sval !== '=' || e.A_Expr.kind !== 'AEXPR_OP') return false;
  const column = e.A_Expr.lexpr?.ColumnRef?.fields;
  if (column?.length !== 1 || column[0].String?.sval !== key.columns[0]) return false;
  e = e.A_Expr.rexpr as Node;
  while (e?.TypeCast) e = e.TypeCast.arg as Node;
  const value = (c: Node | undefined) => c?.A_Const?.sval?.sval ?? c?.A_Const?.ival?.ival;
  return value(e) !== undefined && String(value(e)) === String(value(datums[0]));
}

function qualifiedName(t: TableInfo): string {
  const dot = t.sqlName.indexOf('.');
  return dot < 0 ? `"${t.sqlName.replace(/"/g, '""')}"` : `"${t.sqlName.slice(0, dot).replace(/"/g, '""')}"."${t.sqlName.slice(dot + 1).replace(/"/g, '""')}"`;
}
