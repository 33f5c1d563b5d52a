/**
 * DDL of composite types (dialect/catalog/composites.ts): CREATE TYPE … AS (…) and ALTER TYPE's
 * attribute changes; DROP TYPE is ddl.ts's, with enums'.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, formatType, typeFromDeclared } from '../../pg/types/registry.js';
import { type CompositeAttribute, type CompositeType, compositeOid, compositeViewName, compositeViewSql } from '../catalog/composites.js';
import { enumOid } from '../catalog/enums.js';
import type { Step } from '../plan.js';
import { quoteIdent } from '../sqlite-quote.js';
import { COMPOSITE_FIELD_TYPES, isCompositeArrayField, storedComposite } from './composite-types.js';
import { ownName, typeStoredName } from './namespaces.js';
import { type Node, names } from './parse.js';
import type { TranslatorSchema } from './schema.js';
import { assertTypeExists } from './type-exists.js';
import { typeOfName } from './types.js';
import { unsupported } from './unsupported.js';

/**
 * CREATE TYPE … AS (…): 42710 if the type (or a table's row type) exists. Its attributes are of
 * the types whose text evsql prints and reads back exactly as PostgreSQL does, and enums; others
 * (arrays, another composite) are refused.
 */
export function createComposite(schema: TranslatorSchema, s: Node): Step[] {
  const name = typeStoredName([s.typevar.schemaname, s.typevar.relname].filter((x) => x !== undefined), 'types');
  if (schema.lookupComposite(name) || schema.lookupEnum(name) || schema.lookupDomain(name) || schema.lookupTable(name) || typeFromDeclared(name).oid !== OID.text || name === 'text') throw new PgError(SqlState.duplicateObject, `type "${ownName(schema, name)}" already exists`);
  const attributes = ((s.coldeflist ?? []) as Node[]).map((d) => compositeAttribute(schema, d.ColumnDef));
  attributes.forEach((a, i) => {
    if (attributes.findIndex((b) => b.name === a.name) !== i) throw new PgError(SqlState.duplicateColumn, `column "${a.name}" specified more than once`);
  });
  return [{ sql: compositeViewSql({ name, attributes }, quoteIdent), params: [] }];
}

/**
 * ALTER TYPE … ADD/DROP ATTRIBUTE and RENAME ATTRIBUTE of a composite type. PostgreSQL's stored
 * values read an added attribute as NULL and lose a dropped one; evsql's record texts are
 * rewritten so (without firing triggers), since they hold the fields themselves.
 */
export function alterComposite(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } {
  const rename = s.renameType === 'OBJECT_ATTRIBUTE';
  const relation = s.relation as Node;
  const name = typeStoredName([relation.schemaname, relation.relname].filter((x) => x !== undefined), 'types');
  const c = schema.lookupComposite(name);
  if (!c) throw new PgError(SqlState.undefinedTable, `relation "${relation.relname}" does not exist`);
  const attributes = [...c.attributes];
  const own = ownName(schema, name);
  const at = (field: string) => attributes.findIndex((a) => a.name === field);
  const exists = (field: string) => new PgError(SqlState.duplicateColumn, `column "${field}" of relation "${own}" already exists`);
  const missing = (field: string, notice: boolean) => new PgError(SqlState.undefinedColumn, `column "${field}" of relation "${own}" does not exist${notice ? ', skipping' : ''}`, notice ? { severity: 'NOTICE' } : {});
  const columns = schema.typeColumns(compositeOid(name));
  const notices: PgError[] = [];
  const rewrites: Array<{ rewrite: (value: string, count: number) => string; delta: number }> = [];
  if (rename) {
    const i = at(s.subname);
    if (i < 0) throw missing(s.subname, false);
    if (at(s.newname) >= 0) throw exists(s.newname);
    attributes[i] = { ...attributes[i]!, name: s.newname };
  }
  for (const cmd of rename ? [] : ((s.cmds ?? []) as Node[]).map((x) => x.AlterTableCmd)) {
    if (cmd.subtype === 'AT_AddColumn') {
      const def = cmd.def.ColumnDef;
      if (at(def.colname) >= 0) throw exists(def.colname);
      attributes.push(compositeAttribute(schema, def));
      // A record of no field prints as one of a NULL field does: `()`.
      rewrites.push({ rewrite: (value, count) => (count === 0 ? value : `substr(${value}, 1, length(${value}) - 1) || ',)'`), delta: 1 });
    } else if (cmd.subtype === 'AT_DropColumn') {
      const i = at(cmd.name);
      if (i < 0) {
        if (!cmd.missing_ok) throw missing(cmd.name, false);
        notices.push(missing(cmd.name, true));
        continue;
      }
      attributes.splice(i, 1);
      rewrites.push({ rewrite: (value, count) => `pg_record_out(${Array.from({ length: count }, (_, j) => j).filter((j) => j !== i).map((j) => `pg_record_field(${value}, ${j}, ${count})`).join(', ')})`, delta: -1 });
    } else if (cmd.subtype === 'AT_AlterColumnType') {
      // graphile-worker's migration 13 (`ALTER ATTRIBUTE max_attempts TYPE smallint`). PostgreSQL
      // converts no stored value: a column of the type refuses it, CASCADE or not.
      const i = at(cmd.name);
      if (i < 0) throw missing(cmd.name, false);
      const attribute = compositeAttribute(schema, { colname: cmd.name, typeName: cmd.def.ColumnDef.typeName });
      const used = columns[0];
      if (used) throw new PgError(SqlState.featureNotSupported, `cannot alter type "${own}" because column "${ownName(schema, used.sqlTable)}.${used.column}" uses it`);
      attributes[i] = attribute;
    } else throw unsupported(`ALTER TYPE … ${String(cmd.subtype).replace(/^AT_/, '')} of a composite type`);
  }
  if (columns.length) storedComposite({ name: c.name, attributes });
  const rows = rewrites.length === 0 ? [] : columns.map(({ sqlTable, column }): Step => {
    let count = c.attributes.length;
    let value = quoteIdent(column);
    for (const r of rewrites) {
      value = r.rewrite(value, count);
      count += r.delta;
    }
    return { sql: `UPDATE ${quoteIdent(sqlTable)} SET ${quoteIdent(column)} = ${value} WHERE ${quoteIdent(column)} IS NOT NULL`, params: [], firesNoTriggers: true };
  });
  return { steps: [{ sql: `DROP VIEW ${quoteIdent(compositeViewName(name))}`, params: [] }, { sql: compositeViewSql({ name, attributes }, quoteIdent), params: [] }, ...rows], notices };
}

function compositeAttribute(schema: TranslatorSchema, def: Node): CompositeAttribute {
  assertTypeExists(schema, def.typeName);
  // An enum's field holds its label, as an enum column does.
  const parts = names(def.typeName.names);
  const enumType = !def.typeName.arrayBounds && (parts.length === 1 || parts[0] === 'public') ? schema.lookupEnum(parts.at(-1)!) : undefined;
  if (enumType) return { name: def.colname as string, oid: enumOid(enumType.name), typmod: -1, typeText: quoteIdent(enumType.name) };
  const type = typeOfName(def.typeName);
  const field = def.typeName.arrayBounds ? isCompositeArrayField(type.oid) : COMPOSITE_FIELD_TYPES.has(type.oid);
  if (!field) throw unsupported(`a composite type attribute of type ${names(def.typeName.names).join('.')}${def.typeName.arrayBounds ? '[]' : ''}`);
  return { name: def.colname as string, oid: type.oid, typmod: type.typmod, typeText: formatType(type.oid, type.typmod) };
}

/** The composite type whose array a type name names (`t[]`), if it names one of the schema's. */
export function compositeArrayNamed(schema: TranslatorSchema, typeName: Node): CompositeType | undefined {
  const parts = names(typeName.names);
  return typeName.arrayBounds && (parts.length === 1 || parts[0] === 'public') ? schema.lookupComposite(parts.at(-1)!) : undefined;
}

/** The composite type a column's or cast's type name names, if it names one of the schema's. */
export function compositeNamed(schema: TranslatorSchema, typeName: Node): CompositeType | undefined {
  const parts = names(typeName.names);
  if (parts.length > 1 && parts[0] !== 'public') return undefined;
  const c = schema.lookupComposite(parts.at(-1)!);
  if (c && typeName.arrayBounds) throw unsupported(`arrays of composite type ${c.name}`);
  return c;
}
