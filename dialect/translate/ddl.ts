/**
 * DDL: CREATE/DROP/ALTER TABLE, indexes, views, TRUNCATE, written for SQLite. Every column keeps
 * its PostgreSQL type as SQLite's declared type (`numeric(10,2)`, `bpchar(120)`, `timestamptz`),
 * which gives the right SQLite affinity and lets results carry the right type OIDs.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import { Emitter } from './emit.js';
import { declaredType } from './types.js';
import { unsupported } from './unsupported.js';
import { type Node, names } from './parse.js';
import { type TranslatorSchema, identityColumnSql } from './schema.js';
import { addConstraintEdit, dropConstraintEdit } from './schema-edit.js';
import { type ColumnTypes, expressionAnnotation, columnTypesOf, defaultAnnotation, tableColumnTypes } from './deparse.js';
import { displayMarker, indexConstraintMarker, viewColumnsMarker } from '../catalog/markers.js';
import { viewDefinition } from './viewdef.js';
import { formatType } from '../../pg/types/registry.js';
import type { Step } from '../plan.js';

const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
const SERIAL_DECLARED: Record<string, string> = { serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8', smallserial: 'int2', serial2: 'int2' };

export function createTable(schema: TranslatorSchema, s: Node): Step[] {
  if (s.inhRelations) throw unsupported('table inheritance');
  if (s.partspec) throw unsupported('partitioned tables');
  if (s.ofTypename) throw unsupported('typed tables');
  const em = new Emitter(schema);
  const table = em.rangeVar(s.relation, false);
  const elts = (s.tableElts ?? []) as Node[];
  const columnTypes = columnTypesOf(elts);
  const tableConstraints = elts.filter((e) => e.Constraint).map((e) => e.Constraint);
  const pkConstraint = tableConstraints.find((c) => c.contype === 'CONSTR_PRIMARY');
  const pkColumns = pkConstraint ? names(pkConstraint.keys) : [];

  let autoPk: string | undefined;
  const defs: string[] = [];
  for (const e of elts) {
    if (!e.ColumnDef) continue;
    const col = e.ColumnDef;
    const typeName = names(col.typeName.names).filter((p) => p !== 'pg_catalog').join('.');
    const constraints = (col.constraints ?? []) as Node[];
    const isSerial = SERIAL_TYPES.has(typeName) && !col.typeName.arrayBounds;
    const isIdentity = constraints.some((c) => c.Constraint.contype === 'CONSTR_IDENTITY');
    const isPk = pkColumns.length === 1 && pkColumns[0] === col.colname || constraints.some((c) => c.Constraint.contype === 'CONSTR_PRIMARY');
    const decl = isSerial ? SERIAL_DECLARED[typeName]! : declaredType(col.typeName);
    let sql: string;
    if ((isSerial || isIdentity) && isPk) {
      // SQLite assigns ids itself only to an INTEGER PRIMARY KEY (the rowid); AUTOINCREMENT keeps
      // them from being reused after deletes, as a PostgreSQL sequence never reuses a value.
      autoPk = col.colname;
      const when = constraints.find((c) => c.Constraint.contype === 'CONSTR_IDENTITY')?.Constraint.generated_when;
      sql = identityColumnSql(quoteIdent(col.colname), decl, isSerial ? 'serial' : when === 'a' ? 'always' : 'by default');
    } else if (isSerial || isIdentity) {
      throw unsupported('a serial or identity column that is not the primary key');
    } else {
      sql = `${quoteIdent(col.colname)} ${decl}`;
    }
    for (const c of constraints) sql += columnConstraint(em, c.Constraint, autoPk === col.colname, col.colname, columnTypes);
    // A primary key is NOT NULL whatever its type; SQLite lets NULL into any key but a rowid.
    const inPk = isPk || pkColumns.includes(col.colname);
    if (inPk && autoPk !== col.colname && !constraints.some((c) => c.Constraint.contype === 'CONSTR_NOTNULL')) sql += ' NOT NULL';
    defs.push(sql);
  }
  for (const c of tableConstraints) {
    if (c.contype === 'CONSTR_PRIMARY' && autoPk) continue;
    defs.push(tableConstraint(em, c, columnTypes));
  }
  const ifNotExists = s.if_not_exists ? 'IF NOT EXISTS ' : '';
  const temp = s.relation.relpersistence === 't' ? 'TEMP ' : '';
  return [{ sql: `CREATE ${temp}TABLE ${ifNotExists}${table} (${defs.join(', ')})`, params: em.params }];
}

function constraintName(c: Node): string {
  return c.conname ? `CONSTRAINT ${quoteIdent(c.conname)} ` : '';
}

/**
 * A column constraint as SQLite text. DEFAULT, CHECK and generation expressions carry the text
 * PostgreSQL shows for them (dialect/catalog/markers.ts), typed by the table's columns.
 */
function columnConstraint(em: Emitter, c: Node, isAutoPk: boolean, column: string, columns: ColumnTypes): string {
  switch (c.contype) {
    case 'CONSTR_NOTNULL':
      return ' NOT NULL';
    case 'CONSTR_NULL':
      return '';
    case 'CONSTR_DEFAULT':
      return ` DEFAULT (${em.expr(c.raw_expr)})${defaultAnnotation(c.raw_expr, column, columns)}`;
    case 'CONSTR_PRIMARY':
      return isAutoPk ? '' : ` ${constraintName(c)}PRIMARY KEY`;
    case 'CONSTR_UNIQUE':
      return ` ${constraintName(c)}UNIQUE`;
    case 'CONSTR_CHECK':
      return ` ${constraintName(c)}CHECK (${em.expr(c.raw_expr)})${expressionAnnotation(c.raw_expr, columns)}`;
    case 'CONSTR_FOREIGN':
      return ` ${constraintName(c)}${references(c)}`;
    case 'CONSTR_IDENTITY':
      return '';
    case 'CONSTR_GENERATED':
      return ` GENERATED ALWAYS AS (${em.expr(c.raw_expr)}) STORED${defaultAnnotation(c.raw_expr, column, columns)}`;
    default:
      throw unsupported(`column constraint ${c.contype}`);
  }
}

function tableConstraint(em: Emitter, c: Node, columns: ColumnTypes): string {
  const cols = (list: Node[]) => names(list).map(quoteIdent).join(', ');
  switch (c.contype) {
    case 'CONSTR_PRIMARY':
      return `${constraintName(c)}PRIMARY KEY (${cols(c.keys)})`;
    case 'CONSTR_UNIQUE':
      return `${constraintName(c)}UNIQUE (${cols(c.keys)})`;
    case 'CONSTR_CHECK':
      return `${constraintName(c)}CHECK (${em.expr(c.raw_expr)})${expressionAnnotation(c.raw_expr, columns)}`;
    case 'CONSTR_FOREIGN':
      return `${constraintName(c)}FOREIGN KEY (${cols(c.fk_attrs)}) ${references(c)}`;
    case 'CONSTR_EXCLUSION':
      throw unsupported('EXCLUDE constraints');
    default:
      throw unsupported(`table constraint ${c.contype}`);
  }
}

const FK_ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

function references(c: Node): string {
  let sql = `REFERENCES ${quoteIdent(c.pktable.relname)}`;
  if (c.pk_attrs) sql += ` (${names(c.pk_attrs).map(quoteIdent).join(', ')})`;
  if (c.fk_del_action && c.fk_del_action !== 'a') sql += ` ON DELETE ${FK_ACTIONS[c.fk_del_action]}`;
  if (c.fk_upd_action && c.fk_upd_action !== 'a') sql += ` ON UPDATE ${FK_ACTIONS[c.fk_upd_action]}`;
  if (c.initdeferred) sql += ' DEFERRABLE INITIALLY DEFERRED';
  return sql;
}

const DROP_KINDS: Record<string, string> = { OBJECT_TABLE: 'TABLE', OBJECT_VIEW: 'VIEW', OBJECT_INDEX: 'INDEX' };

export function drop(s: Node): Step[] {
  const kind = DROP_KINDS[s.removeType as string];
  if (!kind) {
    if (s.removeType === 'OBJECT_SCHEMA' || s.removeType === 'OBJECT_SEQUENCE' || s.removeType === 'OBJECT_TYPE' || s.removeType === 'OBJECT_FUNCTION') {
      throw unsupported(`DROP ${String(s.removeType).replace('OBJECT_', '')}`);
    }
    throw unsupported(`DROP ${s.removeType}`);
  }
  return (s.objects as Node[]).map((o) => {
    const parts = names(o.List?.items ?? [o]);
    const name = parts.at(-1)!;
    if (parts.length > 1 && parts[0] !== 'public') throw new PgError(SqlState.undefinedTable, `${kind.toLowerCase()} "${parts.join('.')}" does not exist`);
    return { sql: `DROP ${kind} ${s.missing_ok ? 'IF EXISTS ' : ''}${quoteIdent(name)}`, params: [] };
  });
}

export function truncate(schema: TranslatorSchema, s: Node): Step[] {
  const em = new Emitter(schema);
  const steps: Step[] = [];
  for (const r of s.relations as Node[]) {
    const table = em.rangeVar(r.RangeVar, false);
    steps.push({ sql: `DELETE FROM ${table}`, params: [] });
    if (s.restart_seqs) steps.push({ sql: `DELETE FROM sqlite_sequence WHERE name = ${quoteString(r.RangeVar.relname)}`, params: [] });
  }
  return steps;
}

export function createIndex(schema: TranslatorSchema, s: Node): Step[] {
  const em = new Emitter(schema);
  const table = s.relation.relname as string;
  const elems = (s.indexParams as Node[]).map((p) => p.IndexElem);
  const columns = tableColumnTypes(schema, table);
  const cols = elems.map((e) => {
    const target = e.name ? quoteIdent(e.name) : `(${em.expr(e.expr)})${expressionAnnotation(e.expr, columns)}`;
    return `${target}${e.ordering === 'SORTBY_DESC' ? ' DESC' : ''}`;
  });
  const name = s.idxname ?? `${table}_${elems.map((e) => e.name ?? 'expr').join('_')}_${s.unique ? 'key' : 'idx'}`;
  if (s.accessMethod && s.accessMethod !== 'btree' && s.accessMethod !== 'hash') throw unsupported(`index method ${s.accessMethod}`);
  let sql = `CREATE ${s.unique ? 'UNIQUE ' : ''}INDEX ${s.if_not_exists ? 'IF NOT EXISTS ' : ''}${quoteIdent(name)} ON ${em.rangeVar(s.relation, false)} (${cols.join(', ')})`;
  if (s.whereClause) sql += ` WHERE ${em.expr(s.whereClause)}${expressionAnnotation(s.whereClause, columns)}`;
  return [{ sql, params: em.params }];
}

export function alterTable(schema: TranslatorSchema, s: Node): Step[] {
  if (s.objtype && s.objtype !== 'OBJECT_TABLE') throw unsupported(`ALTER ${String(s.objtype).replace('OBJECT_', '')}`);
  const em = new Emitter(schema);
  const tableName = s.relation.relname as string;
  const table = em.rangeVar(s.relation, false);
  const steps: Step[] = [];
  for (const c of s.cmds as Node[]) {
    const cmd = c.AlterTableCmd;
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const col = cmd.def.ColumnDef;
        // ADD COLUMN IF NOT EXISTS of a column the table has: PostgreSQL only notices.
        if (cmd.missing_ok && schema.lookupTable(tableName)?.column(col.colname)) break;
        const constraints = ((col.constraints ?? []) as Node[]).map((x) => x.Constraint);
        if (constraints.some((x) => x.contype === 'CONSTR_PRIMARY' || x.contype === 'CONSTR_UNIQUE')) {
          throw unsupported('ADD COLUMN with a PRIMARY KEY or UNIQUE constraint');
        }
        let sql = `ALTER TABLE ${table} ADD COLUMN ${quoteIdent(col.colname)} ${declaredType(col.typeName)}`;
        for (const x of constraints) sql += columnConstraint(em, x, false, col.colname, columnTypesOf([cmd.def], tableColumnTypes(schema, tableName)));
        steps.push({ sql, params: [] });
        break;
      }
      case 'AT_DropColumn':
        if (cmd.missing_ok && schema.lookupTable(tableName) && !schema.lookupTable(tableName)!.column(cmd.name)) break;
        steps.push({ sql: `ALTER TABLE ${table} DROP COLUMN ${quoteIdent(cmd.name)}`, params: [] });
        break;
      case 'AT_AddConstraint': {
        const con = cmd.def.Constraint;
        if (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE') {
          // SQLite cannot add a key to an existing table; a unique index enforces the same rule
          // without rebuilding the table, and the catalog shows it under the constraint's name.
          const cols = names(con.keys);
          const suffix = con.contype === 'CONSTR_PRIMARY' ? 'pkey' : `${cols.join('_')}_key`;
          const name = con.conname ?? `${tableName}_${suffix}`;
          if (con.contype === 'CONSTR_PRIMARY') {
            for (const col of cols) {
              steps.push({ sql: `SELECT pg_raise_if(count(*) > 0, '23502', ${quoteString(`column "${col}" of relation "${tableName}" contains null values`)}) FROM ${table} WHERE ${quoteIdent(col)} IS NULL`, params: [] });
            }
          }
          const kind = con.contype === 'CONSTR_PRIMARY' ? 'p' : 'u';
          steps.push({ sql: `CREATE UNIQUE INDEX ${quoteIdent(name)} ON ${table} (${cols.map(quoteIdent).join(', ')})${indexConstraintMarker(kind)}`, params: [] });
        } else if (con.contype === 'CONSTR_FOREIGN' || con.contype === 'CONSTR_CHECK') {
          steps.push(addConstraintEdit(schema, tableName, con, (named) => tableConstraint(em, named, tableColumnTypes(schema, tableName))));
        } else {
          throw unsupported(`ALTER TABLE ADD ${String(con.contype).replace('CONSTR_', '')} constraint`);
        }
        break;
      }
      case 'AT_DropConstraint':
        steps.push(dropConstraintEdit(tableName, cmd.name, !!cmd.missing_ok));
        break;
      default:
        throw unsupported(`ALTER TABLE ${String(cmd.subtype).replace('AT_', '')}`);
    }
  }
  return steps;
}

export function rename(schema: TranslatorSchema, s: Node): Step[] {
  const em = new Emitter(schema);
  if (s.renameType === 'OBJECT_TABLE') return [{ sql: `ALTER TABLE ${em.rangeVar(s.relation, false)} RENAME TO ${quoteIdent(s.newname)}`, params: [] }];
  if (s.renameType === 'OBJECT_COLUMN') {
    return [{ sql: `ALTER TABLE ${em.rangeVar(s.relation, false)} RENAME COLUMN ${quoteIdent(s.subname)} TO ${quoteIdent(s.newname)}`, params: [] }];
  }
  throw unsupported(`RENAME of ${String(s.renameType).replace('OBJECT_', '').toLowerCase()}`);
}

export function createView(schema: TranslatorSchema, s: Node): Step[] {
  const em = new Emitter(schema);
  em.formatsOutput = false;
  const name = em.rangeVar(s.view, false);
  const cols = s.aliases ? ` (${names(s.aliases).map(quoteIdent).join(', ')})` : '';
  const query = em.select(s.query, true);
  const types = viewColumnsMarker(query.columns.map((c) => (c.type ? formatType(c.type.oid, c.type.typmod) : null)));
  const steps: Step[] = [];
  if (s.replace) steps.push({ sql: `DROP VIEW IF EXISTS ${name}`, params: [] });
  const definition = displayMarker(viewDefinition(schema, s.query, names(s.aliases)));
  steps.push({ sql: `CREATE VIEW ${name}${cols} AS ${query.sql}${types}${definition}`, params: em.params });
  return steps;
}

