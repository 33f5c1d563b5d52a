/**
 * COMMENT ON the objects whose comment evsql keeps apart from them (catalog/comments.ts): the
 * object checked as PostgreSQL's get_object_address checks it, then its comment view replaced.
 * And the step after a DDL statement that keeps those comments with their objects.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { type CommentRename, type CommentTarget, commentKey, commentViewName, commentViewSql } from '../catalog/comments.js';
import { splitStoredName, storedName } from '../catalog/namespaces.js';
import type { Step } from '../plan.js';
import { quoteIdent } from '../sqlite-quote.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

const RELATION_KINDS: Record<string, string> = { OBJECT_VIEW: 'a view', OBJECT_MATVIEW: 'a materialized view', OBJECT_SEQUENCE: 'a sequence', OBJECT_INDEX: 'an index' };

/**
 * The steps of COMMENT ON a schema, view, materialized view, sequence, index, type, domain, table
 * constraint, trigger or view column; undefined for a table and its columns (catalog-queries.ts's
 * commentEdit) and a function (user-functions.ts).
 */
export function commentOnObject(schema: TranslatorSchema, s: Node): Step[] | undefined {
  const target = commentTarget(schema, s);
  if (!target) return undefined;
  const key = commentKey(target);
  const text = (s.comment as string | undefined) ?? '';
  const steps: Step[] = schema.comments().has(key) ? [{ sql: `DROP VIEW ${quoteIdent(commentViewName(key))}`, params: [] }] : [];
  // NULL or '' removes a comment; public's initdb comment is kept off by an empty one.
  if (text !== '' || (target.kind === 'schema' && target.name === 'public')) steps.push({ sql: commentViewSql(key, text, quoteIdent), params: [] });
  return steps;
}

function commentTarget(schema: TranslatorSchema, s: Node): CommentTarget | undefined {
  const type = String(s.objtype);
  if (type === 'OBJECT_SCHEMA') {
    const name = s.object.String.sval as string;
    if (name !== 'public' && !schema.hasSchema(name)) throw new PgError(SqlState.invalidSchemaName, `schema "${name}" does not exist`);
    return { kind: 'schema', name };
  }
  if (type === 'OBJECT_TYPE' || type === 'OBJECT_DOMAIN') {
    const parts = names(s.object.TypeName.names);
    const name = parts.at(-1)!;
    if (parts.length > 1 && parts[0] !== 'public') throw new PgError(SqlState.undefinedObject, `type "${parts.join('.')}" does not exist`);
    const domain = schema.lookupDomain(name);
    if (!domain && !schema.lookupEnum(name) && !schema.lookupComposite(name)) throw new PgError(SqlState.undefinedObject, `type "${parts.join('.')}" does not exist`);
    if (type === 'OBJECT_DOMAIN' && !domain) throw new PgError(SqlState.wrongObjectType, `"${name}" is not a domain`);
    return { kind: 'type', name };
  }
  const parts = names(s.object.List?.items ?? []);
  if (type in RELATION_KINDS) {
    const relation = relationOf(schema, parts);
    if (relationKind(schema, relation) !== type) throw new PgError(SqlState.wrongObjectType, `"${parts.at(-1)}" is not ${RELATION_KINDS[type]}`);
    return { kind: 'relation', relation };
  }
  if (type === 'OBJECT_TABCONSTRAINT' || type === 'OBJECT_TRIGGER') {
    const name = parts.pop()!;
    const relation = relationOf(schema, parts);
    const shown = parts.at(-1)!;
    if (type === 'OBJECT_TRIGGER') {
      if (!schema.triggersOf(relation).some((t) => t.name === name)) throw new PgError(SqlState.undefinedObject, `trigger "${name}" for table "${shown}" does not exist`);
      return { kind: 'trigger', relation, name };
    }
    if (!schema.constraintNames(relation).includes(name)) throw new PgError(SqlState.undefinedObject, `constraint "${name}" for table "${shown}" does not exist`);
    return { kind: 'constraint', relation, name };
  }
  if (type === 'OBJECT_COLUMN') {
    const column = parts.pop()!;
    const relation = relationOf(schema, parts);
    if (!schema.lookupTable(relation)?.view) return undefined;
    if (!schema.lookupTable(relation)!.column(column)) throw new PgError(SqlState.undefinedColumn, `column "${column}" of relation "${parts.at(-1)}" does not exist`);
    return { kind: 'column', relation, column };
  }
  if (type === 'OBJECT_TABLE' || type === 'OBJECT_FUNCTION') return undefined;
  throw unsupported(`COMMENT ON ${type.replace('OBJECT_', '').replace(/_/g, ' ')}`);
}

/** The stored name of a relation named `[schema.]name` that exists (42P01 otherwise). */
function relationOf(schema: TranslatorSchema, parts: string[]): string {
  const [namespace, name] = parts.length > 1 ? [parts.at(-2)!, parts.at(-1)!] : [undefined, parts[0]!];
  if (namespace !== undefined && namespace !== 'public' && !schema.hasSchema(namespace)) throw new PgError(SqlState.invalidSchemaName, `schema "${namespace}" does not exist`);
  const stored = namespace === undefined ? (schema.resolveRelation(name) ?? name) : storedName(namespace, name);
  if (relationKind(schema, stored) === undefined) throw new PgError(SqlState.undefinedTable, `relation "${parts.join('.')}" does not exist`);
  return stored;
}

/** The COMMENT ON object type a stored relation name answers to, or undefined where none is there. */
function relationKind(schema: TranslatorSchema, stored: string): string | undefined {
  const table = schema.lookupTable(stored);
  if (table) return table.matview ? 'OBJECT_MATVIEW' : table.view ? 'OBJECT_VIEW' : 'OBJECT_TABLE';
  if (schema.sequence(stored)) return 'OBJECT_SEQUENCE';
  return schema.takenRelationNames().has(stored) ? 'OBJECT_INDEX' : undefined;
}

/**
 * The step that follows a DDL statement where some comment is kept apart from its object: it moves
 * the comments of what the statement renames and drops those of what it dropped.
 */
export function keepCommentsStep(schema: TranslatorSchema, node: Node): Step | undefined {
  if (schema.comments().size === 0) return undefined;
  const rename = commentRename(schema, node);
  return { sql: '', params: [], edit: { kind: 'keepComments', ...(rename ? { rename } : {}) } };
}

/** What the statement renames. Its relations are named by their SQLite names here (namespaces.ts rewrote them). */
function commentRename(schema: TranslatorSchema, node: Node): CommentRename | undefined {
  const r = node.RenameStmt;
  const moved = node.AlterObjectSchemaStmt;
  if (moved?.relation) return { kind: 'relation', from: moved.relation.relname, to: storedName(moved.newschema, splitStoredName(moved.relation.relname, new Set(schema.schemaNames())).name) };
  if (!r) return undefined;
  if (r.renameType === 'OBJECT_SCHEMA') return { kind: 'schema', from: r.subname, to: r.newname };
  if (!r.relation || r.renameType === 'OBJECT_COLUMN') return undefined;
  const relation = r.relation.relname as string;
  if (r.renameType === 'OBJECT_TABCONSTRAINT') return { kind: 'constraint', relation, from: r.subname, to: r.newname };
  if (r.renameType === 'OBJECT_TRIGGER') return { kind: 'trigger', relation, from: r.subname, to: r.newname };
  return { kind: 'relation', from: relation, to: r.newname };
}
