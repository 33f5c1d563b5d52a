/**
 * PostgreSQL searches pg_catalog before public: an unqualified name of a catalog relation means
 * the catalog's, even where the user made a table of that name in public (`public.pg_class`
 * reaches that one), unless the session has a temporary table of that name (pg_temp comes first).
 * Writing to, altering or dropping a catalog relation is refused as PostgreSQL refuses it (a
 * superuser's writes to catalog tables, which PostgreSQL would make, get what it tells other users).
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type CatalogRelation, catalogRelation } from '../catalog/definitions.js';
import { type Node, names } from './parse.js';
import { checkValuesWidth } from './normalize.js';
import type { TranslatorSchema } from './schema.js';
import { type ViewWrite, firesInsteadOf, viewWriteError, viewWriteRefused } from './view-writes.js';
import { unsupported } from './unsupported.js';

type Write = ViewWrite;

/** The catalog relation `parts` (a qualified name, last part the relation) means, if any. */
function catalogTarget(parts: string[], schema: TranslatorSchema): CatalogRelation | undefined {
  const name = parts.at(-1)!;
  if (parts.length === 1) return schema.lookupTable(name)?.temp ? undefined : catalogRelation(undefined, name);
  return parts.length === 2 ? catalogRelation(parts[0], name) : undefined;
}

function rangeVarParts(r: Node | undefined): string[] | undefined {
  if (!r?.relname) return undefined;
  return r.schemaname ? [r.schemaname as string, r.relname as string] : [r.relname as string];
}

function writeRefused(rel: CatalogRelation, write: Write): PgError {
  if (rel.kind === 'v') return viewWriteRefused(rel.name, write);
  return new PgError(SqlState.insufficientPrivilege, `permission denied for table ${rel.name}`);
}

function systemCatalog(rel: CatalogRelation): PgError {
  return new PgError(SqlState.insufficientPrivilege, `permission denied: "${rel.name}" is a system catalog`);
}

/** The target's columns an INSERT (by name, else by place) or UPDATE writes. */
function writtenColumns(s: Node): Array<number | string> {
  if (s.cols) return (s.cols as Node[]).map((c) => c.ResTarget.name as string);
  if (s.targetList) return (s.targetList as Node[]).map((t) => t.ResTarget.name as string);
  const source = s.selectStmt?.SelectStmt;
  const width = source?.valuesLists?.[0]?.List.items.length ?? source?.targetList?.length ?? 0;
  return Array.from({ length: width }, (_, i) => i);
}

export function checkCatalogTarget(statement: Node, schema: TranslatorSchema): void {
  const type = Object.keys(statement)[0]!;
  const s = statement[type];
  const target = (r: Node | undefined) => {
    const parts = rangeVarParts(r);
    return parts && catalogTarget(parts, schema);
  };
  const write = { InsertStmt: 'insert', UpdateStmt: 'update', DeleteStmt: 'delete' }[type] as Write | undefined;
  if (write || (type === 'CopyStmt' && s.is_from)) {
    const own = s.relation?.relname && (!s.relation.schemaname || s.relation.schemaname === 'public') ? schema.lookupTable(s.relation.relname) : undefined;
    if (own?.matview) throw new PgError(SqlState.wrongObjectType, `cannot change materialized view "${own.name}"`);
    if (own?.view && !write && firesInsteadOf(schema, own.sqlName, 'insert')) throw unsupported(`COPY into view "${own.name}" with an INSTEAD OF INSERT trigger`);
    if (own?.view && !write) throw new PgError(SqlState.wrongObjectType, `cannot copy to view "${own.name}"`, { hint: 'To enable copying to a view, provide an INSTEAD OF INSERT trigger.' });
    // The parser's width check comes before the rewriter's refusals.
    if (own?.view && write === 'insert') checkValuesWidth(s, s.cols ? (s.cols as Node[]).map((c) => c.ResTarget.name as string) : own.columns.map((c) => c.name));
    if (own?.view && write && !firesInsteadOf(schema, own.sqlName, write)) throw viewWriteError(schema, own.name, own.sqlName, write, writtenColumns(s));
    const rel = target(s.relation);
    if (rel) throw writeRefused(rel, write ?? 'insert');
    return;
  }
  if (type === 'AlterTableStmt' || type === 'RenameStmt' || type === 'IndexStmt') {
    const rel = target(s.relation);
    if (rel) throw systemCatalog(rel);
    return;
  }
  if (type === 'TruncateStmt') {
    for (const r of (s.relations ?? []) as Node[]) {
      const rel = target(r.RangeVar);
      if (rel) throw systemCatalog(rel);
    }
    return;
  }
  if (type === 'DropStmt' && (s.removeType === 'OBJECT_TABLE' || s.removeType === 'OBJECT_VIEW')) {
    const view = s.removeType === 'OBJECT_VIEW';
    for (const o of (s.objects ?? []) as Node[]) {
      const rel = catalogTarget(names(o.List?.items ?? [o]), schema);
      if (!rel) continue;
      if (view === (rel.kind === 'v')) throw systemCatalog(rel);
      throw new PgError(SqlState.wrongObjectType, `"${rel.name}" is not a ${view ? 'view' : 'table'}`, { hint: view ? 'Use DROP TABLE to remove a table.' : 'Use DROP VIEW to remove a view.' });
    }
  }
}
