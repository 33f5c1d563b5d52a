/**
 * DDL: CREATE/DROP/ALTER TABLE, indexes, views, TRUNCATE, written for SQLite. Every column keeps
 * its PostgreSQL type as SQLite's declared type (`numeric(10,2)`, `bpchar(120)`, `timestamptz`),
 * which gives the right SQLite affinity and lets results carry the right type OIDs.
 */
import { dropRange } from './range-ddl.js';
import { userRangeOid } from '../catalog/user-ranges.js';
import { lookupRoutine } from './user-functions.js';
import { functionViewName, routineKey } from '../catalog/user-functions.js';
import { displayColumn, keepsDisplay } from '../catalog/numeric-display.js';
import { DOMAIN_DEFAULT_MARKER } from '../catalog/domains.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import { quoteIdentifier, quoteLiteral } from '../../pg/ident.js';
import { Emitter } from './emit.js';
import { SET_RETURNING } from './emit-expressions.js';
import { columnList } from './emit-query.js';
import { AGGREGATES } from './functions.js';
import { unplacedAlterTable } from './place-error.js';
import { declaredType, enumArray, is, isNumber, isUnknownLiteral, numericScale, typeOfName } from './types.js';
import { chosenIndexName } from './index-name.js';
import { moneyCast, moneyDefault } from './money.js';
import { dropDomains } from './domains.js';
import { cascadeNotice } from './cascade-notice.js';
import { matviewsReadingColumn, renamedQueryColumn, renamedQueryTable, renamedViewColumn, renamedViewTable } from './view-column-rename.js';
import { wallClockOf } from './typed-sql.js';
import { deferrableKey, unsupported } from './unsupported.js';
import { STRINGS, assignable, checkAlterColumnType, checkDropColumn, checksReadingColumn } from './ddl-checks.js';
import { type Node, names, parsedExpression, parseTypeName } from './parse.js';
import { type ColumnInfo, type TranslatorSchema, identityColumnSql, identityColumnType } from './schema.js';
import { type EditStep, addConstraintEdit, dropConstraintEdit, referencedColumns } from './schema-edit.js';
import { type ColumnTypes, type Ty, expressionAnnotation, expressionType, columnTypesOf, defaultAnnotation, enumNamed, tableColumnTypes } from './deparse.js';
import { isReservedName, isSqliteModuleName } from '../catalog/definitions.js';
import { notAutoUpdatable, viewWrites } from './view-writes.js';
import { keptDefaults, keptTriggers } from './view-defaults.js';
import { INITIALLY_DEFERRED_MARKER, type Display, type OnCommit, displayMarker, matviewMarker, readDisplayMarker, indexConstraintMarker, indexIncludeMarker, indexMethodMarker, keyTypeMarker, nullsOrderMarker, onCommitMarker, partitionedMarker, viewColumnsMarker, viewScalesMarker, viewWritesMarker } from '../catalog/markers.js';
import { viewDefinition } from './viewdef.js';
import { literalsReadAtCreation } from './creation-literals.js';
import { OID, arrayElementOid, arrayOidOf, formatType, typeFromDeclared, type PgTypeInfo } from '../../pg/types/registry.js';
import { TRIGRAM_OPERATOR_CLASSES } from '../catalog/index-classes.js';
import { isString } from './text-search-types.js';
import { EXTENSIONS, PREINSTALLED, extensionViewName } from '../catalog/extensions.js';
import { compositeColumnType, compositeOid, compositeViewName } from '../catalog/composites.js';
import { locationOf } from './node-location.js';
import { compositeValue } from './composites.js';
import { compositeNamed } from './composite-ddl.js';
import { storedComposite } from './composite-types.js';
import { type EnumType, enumColumnType, enumInSql, enumOid, enumViewName, enumViewSql, invalidEnumLabel } from '../catalog/enums.js';
import type { SchemaEdit } from '../runtime/schema-edit.js';
import { assertTypeExists } from './type-exists.js';
import { keyClassAnnotation } from './index-keys.js';
import { btreeGistUses, changedExclusions, dropExclusionSteps, exclusionDefinition, exclusionSteps } from './exclusion.js';
import { Scope } from './scope.js';
import { missingRelation } from './missing-relation.js';
import { isRange } from './range-types.js';
import { INTEGER_OIDS, assignedSql, literalAs, storedSql } from './normalize.js';
import type { Step } from '../plan.js';
import { type SequenceType, sequenceTableName } from '../catalog/sequences.js';
import { changeRelationOwner } from './roles.js';
import { SEQUENCE_TYPES, alterSequence, ownedSequence, ownedSequences, plainColumnEdit, renamedOwner, restartOwnedSequences } from './sequences.js';
import { splitStoredName, storedName } from '../catalog/namespaces.js';
import { namedKeys } from './key-names.js';
import { keyUsingIndex } from './key-using-index.js';
import { ownName, typeStoredName } from './namespaces.js';

const SERIAL_TYPES = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);
const SERIAL_DECLARED: Record<string, string> = { serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8', smallserial: 'int2', serial2: 'int2' };

/** CREATE TABLE's LIKE options (parsenodes.h CreateTableLikeOption) that copy more than columns, types and NOT NULL. */
const LIKE = { comments: 1 << 0, constraints: 1 << 2, defaults: 1 << 3, generated: 1 << 4, identity: 1 << 5, indexes: 1 << 6 };

/**
 * `CREATE TABLE t (LIKE s [INCLUDING …], …)`: s's columns in its order, with their types and NOT
 * NULL, as column definitions in place of the clause, and what each INCLUDING copies, from the
 * catalog's text of s: DEFAULTS, GENERATED and IDENTITY on the columns, CONSTRAINTS as s's CHECK
 * constraints under their names, INDEXES as the primary key, unique constraints and indexes, named
 * for t (`likeIndexes`), COMMENTS as t's column comments (`likeComments`). Storage, compression
 * and statistics change nothing a statement answers.
 */
export function withLikeExpanded(schema: TranslatorSchema, s: Node): Node {
  const elts = (s.tableElts ?? []) as Node[];
  if (!elts.some((e) => e.TableLikeClause)) return s;
  const likeIndexes: Node[] = [];
  const likeComments: Array<[string, string]> = [];
  const expanded = elts.flatMap((e): Node[] => {
    const like = e.TableLikeClause;
    if (!like) return [e];
    const source = schema.lookupTable(like.relation.relname);
    if (!source) throw new PgError(SqlState.undefinedTable, `relation "${like.relation.relname}" does not exist`);
    const including = (bit: number) => (like.options & bit) !== 0;
    const catalog = schema.catalogTable(like.relation.relname);
    const columns = source.columns.map((c): Node => {
      const described = catalog?.columns.find((d) => d.name === c.name);
      const constraints: Node[] = c.notNull ? [{ Constraint: { contype: 'CONSTR_NOTNULL' } }] : [];
      if (described?.generated && including(LIKE.generated)) constraints.push({ Constraint: { contype: 'CONSTR_GENERATED', generated_when: 'a', raw_expr: parsedExpression(described.generated.plain) } });
      else if (described?.identity && including(LIKE.identity)) constraints.push({ Constraint: { contype: 'CONSTR_IDENTITY', generated_when: described.identity } });
      else if (described?.default && !described.generated && including(LIKE.defaults)) constraints.push({ Constraint: { contype: 'CONSTR_DEFAULT', raw_expr: parsedExpression(described.default.plain) } });
      if (described?.comment != null && including(LIKE.comments)) likeComments.push([c.name, described.comment]);
      return { ColumnDef: { colname: c.name, typeName: likeColumnType(schema, c.type, described?.domain), is_local: true, constraints } };
    });
    const constraints: Node[] = [];
    for (const con of catalog?.constraints ?? []) {
      if (con.type === 'c' && including(LIKE.constraints)) constraints.push({ Constraint: { contype: 'CONSTR_CHECK', conname: con.name, raw_expr: parsedExpression(con.check!.plain), initially_valid: true } });
      const key = con.type === 'p' ? 'CONSTR_PRIMARY' : con.type === 'u' ? 'CONSTR_UNIQUE' : null;
      if (key && including(LIKE.indexes)) constraints.push({ Constraint: { contype: key, keys: con.columns.map((sval) => ({ String: { sval } })) } });
    }
    // A key's index comes with its constraint, above.
    for (const index of including(LIKE.indexes) ? (catalog?.indexes ?? []).filter((i) => i.constraint === null) : []) {
      if (index.predicate || index.keys.some((k) => k.attnum === 0)) throw unsupported('CREATE TABLE … (LIKE … INCLUDING INDEXES) of a table with an expression or partial index');
      const indexParams = index.keys.map((k) => ({ IndexElem: { name: catalog!.columns.find((c) => c.attnum === k.attnum)!.name, ordering: k.desc ? 'SORTBY_DESC' : 'SORTBY_DEFAULT' } }));
      likeIndexes.push({ relation: s.relation, indexParams, unique: index.unique });
    }
    return [...columns, ...constraints];
  });
  return { ...s, tableElts: expanded, likeIndexes, likeComments };
}

/**
 * A LIKE source column's type as a TypeName: a domain, enum or composite by its stored name
 * (formatType knows only built-in types). A domain column stays one, with its checks and default.
 */
function likeColumnType(schema: TranslatorSchema, type: { oid: number; typmod: number }, domain: string | undefined): Node {
  const own = domain ?? schema.enumByOid(type.oid)?.name ?? (schema.hasComposites() ? schema.compositeByOid(type.oid)?.name : undefined);
  return own === undefined ? parseTypeName(formatType(type.oid, type.typmod)) : { names: [{ String: { sval: own } }], typemod: -1 };
}

/** NULL, or NULL cast to a type. */
function isNullConstant(n: Node): boolean {
  return n.A_Const?.isnull === true || (n.TypeCast !== undefined && isNullConstant(n.TypeCast.arg));
}

/**
 * ON COMMIT DROP / DELETE ROWS: what the session does at each COMMIT (wire/connection.ts), read
 * from the table's annotation; only a temporary table has one, as PostgreSQL checks.
 */
function onCommitAction(s: Node): OnCommit | undefined {
  if (s.oncommit !== 'ONCOMMIT_DROP' && s.oncommit !== 'ONCOMMIT_DELETE_ROWS') return undefined;
  if (s.relation.relpersistence !== 't') throw new PgError(SqlState.invalidTableDefinition, 'ON COMMIT can only be used on temporary tables');
  return s.oncommit === 'ONCOMMIT_DROP' ? 'drop' : 'delete rows';
}

export function createTable(schema: TranslatorSchema, created: Node): Step[] {
  const s = created.relation.relpersistence === 't' ? created : namedKeys(schema, created);
  const onCommit = onCommitAction(s);
  if (s.inhRelations) throw unsupported('table inheritance');
  if (s.partspec) throw unsupported('partitioned tables');
  if (s.ofTypename) throw unsupported('typed tables');
  const em = new Emitter(schema);
  // A temporary table is the session's own: stored under the session's prefix, seen by no one else.
  const temp = s.relation.relpersistence === 't';
  if (temp && !schema.tempPrefix) throw unsupported('temporary tables outside a session');
  const table = temp ? quoteIdent(schema.tempPrefix + s.relation.relname) : em.rangeVar(s.relation, false, true);
  const elts = (s.tableElts ?? []) as Node[];
  // A column type evsql refuses (typeOfName) is refused here too, not stored as text.
  for (const e of elts) if (e.ColumnDef?.typeName) typeOfName(e.ColumnDef.typeName);
  const columnTypes = columnTypesOf(schema, elts);
  em.scope = rangeColumnsScope(s.relation.relname, elts.filter((e) => e.ColumnDef).map((e) => ({ name: e.ColumnDef.colname as string, type: columnTypes(e.ColumnDef.colname) ?? null })));
  const tableConstraints = elts.filter((e) => e.Constraint).map((e) => e.Constraint);
  checkForeignKeyPersistence(schema, temp, [...tableConstraints, ...elts.flatMap((e) => (e.ColumnDef?.constraints ?? []) as Node[]).map((c) => c.Constraint)]);
  const pkConstraint = tableConstraints.find((c) => c.contype === 'CONSTR_PRIMARY');
  const pkColumns = pkConstraint ? names(pkConstraint.keys) : [];

  checkGeneratedReferences(elts);
  let autoPk: string | undefined;
  const defs: string[] = [];
  const sequenceSteps: Step[] = [];
  const sequenceNames = new Set<string>();
  for (const e of elts) {
    if (!e.ColumnDef) continue;
    const col = e.ColumnDef;
    const typeName = names(col.typeName.names).filter((p) => p !== 'pg_catalog').join('.');
    const constraints = withConstraintAttributes((col.constraints ?? []) as Node[]);
    const isSerial = SERIAL_TYPES.has(typeName) && !col.typeName.arrayBounds;
    const isIdentity = constraints.some((c) => c.Constraint.contype === 'CONSTR_IDENTITY');
    const isPk = pkColumns.length === 1 && pkColumns[0] === col.colname || constraints.some((c) => c.Constraint.contype === 'CONSTR_PRIMARY');
    const decl = isSerial ? SERIAL_DECLARED[typeName]! : columnDeclaredType(schema, col.typeName);
    if (isIdentity && (!['int2', 'int4', 'int8'].includes(decl) || col.typeName.arrayBounds)) throw new PgError(SqlState.invalidParameterValue, 'identity column type must be smallint, integer, or bigint');
    let sql: string;
    if ((isSerial || isIdentity) && (isPk || !temp)) {
      // A serial or identity key is SQLite's rowid. Its values come from a sequence of its own, as
      // in PostgreSQL; a temporary table's key from SQLite (a sequence would outlive the session).
      if (isPk) autoPk = col.colname;
      const identity = constraints.find((c) => c.Constraint.contype === 'CONSTR_IDENTITY')?.Constraint;
      const pk = pkColumns.length === 1 && pkColumns[0] === col.colname ? pkConstraint : constraints.find((c) => c.Constraint.contype === 'CONSTR_PRIMARY')?.Constraint;
      sql = identityColumnSql(quoteIdent(col.colname), decl, isSerial ? 'serial' : identity?.generated_when === 'a' ? 'always' : 'by default', isPk && constraintName(pk ?? {}));
      if (!temp) sequenceSteps.push(...ownedSequence(schema, s.relation.relname, col.colname, (['int2', 'int4', 'int8'].includes(decl) ? decl : 'int8') as SequenceType, identity?.options, sequenceNames).steps);
    } else if (isSerial || isIdentity) {
      throw unsupported('a serial or identity column of a temporary table that is not the primary key');
    } else {
      sql = `${quoteIdent(col.colname)} ${sqliteTypeName(decl)}`;
    }
    const enumName = names(col.typeName.names).at(-1)!;
    const enumType = decl === enumColumnType(enumName) ? enumName : undefined;
    for (const c of constraints) sql += columnConstraint(em, c.Constraint, autoPk === col.colname, col.colname, columnTypes, enumType);
    // A primary key is NOT NULL whatever its type; SQLite lets NULL into any key but a rowid.
    const inPk = isPk || pkColumns.includes(col.colname);
    if (inPk && autoPk !== col.colname && !constraints.some((c) => c.Constraint.contype === 'CONSTR_NOTNULL')) sql += ' NOT NULL';
    defs.push(sql);
    if (!isSerial && !isIdentity && keepsDisplay(decl)) defs.push(quoteIdent(displayColumn(col.colname)) + generatedDisplay(em, constraints, columnTypes));
  }
  const exclusions: Step[] = [];
  for (const c of tableConstraints) {
    if (c.contype === 'CONSTR_PRIMARY' && autoPk) continue;
    if (c.contype === 'CONSTR_EXCLUSION') {
      if (temp) throw unsupported('EXCLUDE constraints of temporary tables');
      exclusions.push(...exclusionSteps(exclusionDefinition(schema, c, s.relation.relname, columnTypes), table));
    } else {
      defs.push(tableConstraint(em, c, columnTypes));
    }
  }
  const ifNotExists = s.if_not_exists ? 'IF NOT EXISTS ' : '';
  const sqlName = (temp ? schema.tempPrefix : '') + s.relation.relname;
  // IF NOT EXISTS of a table that exists never comes here (translate.ts relationExists).
  const annotations: Step[] = onCommit ? [{ sql: '', params: [], edit: { kind: 'onCommit', table: sqlName, marker: onCommitMarker(onCommit) } }] : [];
  const liked = [
    ...((s.likeIndexes ?? []) as Node[]).flatMap((index) => createIndex(schema, index)),
    ...((s.likeComments ?? []) as Array<[string, string]>).map(([column, text]): Step => ({ sql: '', params: [], edit: { kind: 'comment', table: sqlName, column, text } })),
  ];
  return [{ sql: `CREATE ${temp ? 'TEMP ' : ''}TABLE ${ifNotExists}${table} (${defs.join(', ')})`, params: em.params }, ...annotations, ...sequenceSteps, ...exclusions, ...liked];
}

/**
 * A declared type as SQLite's CREATE TABLE takes it: its grammar ends a type at its modifiers, so
 * an array of a type with modifiers (`varchar(255)[]`) is written quoted, which SQLite keeps as
 * the declared type's text.
 */
function sqliteTypeName(decl: string): string {
  // Quoted: SQLite would drop the quotes of "char" (which then reads as char(1)).
  if (decl === '"char"' || decl.startsWith('"char"[')) return `"${decl.replace(/"/g, '""')}"`;
  // citext compares, sorts, groups and indexes as its lower() does: NOCASE, over ASCII (text-format.ts refuses the rest).
  if (decl === 'citext') return 'citext COLLATE NOCASE';
  // Of TEXT affinity, not the NUMERIC SQLite gives `jsonb`, which stores a bare number's text as a
  // REAL ('12.340' printed 12.34, '1e2' 100, a 20-digit integer rounded); typeFromDeclared reads it back.
  if (decl === 'json' || decl === 'jsonb') return `${decl} text`;
  // So are bit strings, which NUMERIC affinity would store as numbers ('0101' as 101); SQLite's
  // grammar takes the length after the words only.
  const bits = /^(bit|varbit)(\(\d+\))?$/.exec(decl);
  if (bits) return `${bits[1]} text${bits[2] ?? ''}`;
  return decl.includes('(') && decl.endsWith(']') ? `"${decl}"` : decl;
}

/** A column's SQLite declared type: the PostgreSQL type's name, or an enum's (dialect/catalog/enums.ts). */
function columnDeclaredType(schema: TranslatorSchema, typeName: Node): string {
  const composite = compositeNamed(schema, typeName);
  if (composite) return compositeColumnType(storedComposite(composite).name);
  assertTypeExists(schema, typeName);
  const element = enumNamed(schema, { ...typeName, arrayBounds: undefined });
  if (element !== undefined && typeName.arrayBounds) throw enumArray(element);
  return element !== undefined ? enumColumnType(element) : declaredType(typeName);
}

/**
 * ALTER COLUMN … SET/DROP NOT NULL, SET/DROP DEFAULT, TYPE … [USING …] (Django's and Alembic's
 * migrations): an edit of the column's definition (dialect/runtime/schema-edit.ts); a new type
 * then converts every value as PostgreSQL's assignment would, from the USING expression if given.
 */
/** The type ALTER COLUMN … TYPE gives a column: an enum's by its OID, with its name. */
export function retypedAs(schema: TranslatorSchema, def: Node): Ty {
  const declared = columnDeclaredType(schema, def.typeName);
  const enumName = names(def.typeName.names).at(-1)!;
  const e = declared === enumColumnType(enumName) ? schema.lookupEnum(enumName) : undefined;
  return e ? { oid: enumOid(e.name), typmod: -1, name: e.name } : typeFromDeclared(declared);
}

/** `retyped`: the columns an earlier ALTER COLUMN … TYPE of the statement changed, whose new default is of the new type. */
function alterColumn(schema: TranslatorSchema, em: Emitter, tableName: string, cmd: Node, retyped: ReadonlyMap<string, Ty>): Step[] {
  const column = schema.lookupTable(tableName)?.column(cmd.name);
  if (!column) throw new PgError(SqlState.undefinedColumn, `column "${cmd.name}" of relation "${tableName}" does not exist`);
  const sqlTable = schema.lookupTable(tableName)?.sqlName ?? tableName;
  const edit = (change: Partial<Extract<SchemaEdit, { kind: 'alterColumn' }>>): Step => ({ sql: '', params: [], edit: { kind: 'alterColumn', table: sqlTable, column: cmd.name, ...change } });
  if (cmd.subtype === 'AT_DropNotNull' && (column.primaryKey || schema.primaryKeyOf(tableName).includes(cmd.name))) throw new PgError('42P16', `column "${cmd.name}" is in a primary key`);
  // An identity column's values come from its sequence alone: PostgreSQL refuses a default or NULLs for it.
  if (column.identity !== null && column.identity !== 'serial' && (cmd.subtype === 'AT_ColumnDefault' || cmd.subtype === 'AT_DropNotNull')) {
    const dropping = cmd.subtype === 'AT_ColumnDefault' && !cmd.def;
    throw new PgError(SqlState.syntaxError, `column "${cmd.name}" of relation "${tableName}" is an identity column`, dropping ? { hint: 'Use ALTER TABLE ... ALTER COLUMN ... DROP IDENTITY instead.' } : {});
  }
  // A serial or identity column stays one of another integer type (Rails' ids made bigint); a
  // serial's DROP DEFAULT leaves it a plain column that still owns its sequence, as in PostgreSQL.
  const integerType = cmd.subtype === 'AT_AlterColumnType' ? SEQUENCE_TYPES[retypedAs(schema, cmd.def.ColumnDef).oid] : undefined;
  if (column.identity === 'serial' && cmd.subtype === 'AT_ColumnDefault' && !cmd.def) return [plainColumnEdit(sqlTable, cmd.name, column.type.oid)];
  if (column.identity !== null && column.identity !== 'serial' && cmd.subtype === 'AT_AlterColumnType' && integerType === undefined) {
    throw new PgError(SqlState.invalidParameterValue, 'identity column type must be smallint, integer, or bigint');
  }
  if (column.identity !== null && cmd.subtype !== 'AT_SetNotNull' && integerType === undefined) throw unsupported(`ALTER COLUMN of the serial or identity column "${cmd.name}"`);
  switch (cmd.subtype) {
    case 'AT_SetNotNull':
      return [edit({ notNull: true })];
    case 'AT_DropNotNull':
      return [edit({ notNull: false })];
    case 'AT_ColumnDefault':
      if (column.generated) {
        throw new PgError(SqlState.syntaxError, `column "${cmd.name}" of relation "${tableName}" is a generated column`, cmd.def ? {} : { hint: 'Use ALTER TABLE ... ALTER COLUMN ... DROP EXPRESSION instead.' });
      }
      return [edit({ defaultClause: cmd.def ? columnConstraint(em, { contype: 'CONSTR_DEFAULT', raw_expr: cmd.def, domainDefault: cmd.domainDefault }, false, cmd.name, (n) => retyped.get(n) ?? tableColumnTypes(schema, tableName)(n)).trim() : null })];
    default: {
      const def = cmd.def.ColumnDef;
      const declared = columnDeclaredType(schema, def.typeName);
      const type = retypedAs(schema, def);
      const e = type.name === undefined ? undefined : schema.lookupEnum(type.name);
      if (!def.raw_default && !assignable(column.type.oid, type.oid)) {
        const name = formatType(type.oid, -1);
        throw new PgError(SqlState.datatypeMismatch, `column "${cmd.name}" cannot be cast automatically to type ${name}`, { hint: `You might need to specify "USING ${cmd.name}::${name}".` });
      }
      // USING reads the row as it is, its columns of their types (`at AT TIME ZONE 'UTC'` of a timestamp).
      const source: Node = def.raw_default ?? { ColumnRef: { fields: [{ String: { sval: cmd.name } }] } };
      const scope = em.scope;
      em.scope = def.raw_default ? new Scope([{ name: tableName, columns: schema.lookupTable(tableName)!.columns.map((c) => ({ name: c.name, type: c.type })) }], null) : scope;
      let value: string;
      let from: PgTypeInfo | null;
      try {
        value = em.expr(source);
        from = def.raw_default ? em.typeOf(def.raw_default) : column.type;
      } finally {
        em.scope = scope;
      }
      // To a string type, a value goes as its type's output prints it (a numeric(6,1)'s 10 is '10.0', a boolean 'true').
      if (STRINGS.has(type.oid) && from && (STORED_UNLIKE_TEXT.has(from.oid) || arrayElementOid(from.oid) !== 0)) value = `pg_text(${value}, ${from.oid}, ${from.typmod})`;
      if (wallClockOf(from, type)) value = `pg_tstz_local(${value})`;
      // A number becomes a count of cents as its cast to money makes it.
      if (type.oid === OID.money && isNumber(from)) value = moneyCast(source, value, from, type) ?? value;
      const converted = e ? enumInSql(value, e, quoteString) : `pg_store(${value}, ${type.oid}, ${type.typmod})`;
      // The values converted print as stored: a display column the new type keeps starts empty.
      const display = column.display !== undefined ? quoteIdent(column.display) : undefined;
      const displaySteps: Step[] = keepsDisplay(declared)
        ? display === undefined
          ? [{ sql: `ALTER TABLE ${quoteIdent(sqlTable)} ADD COLUMN ${quoteIdent(displayColumn(cmd.name))}`, params: [] }]
          : []
        : display !== undefined
          ? [{ sql: `ALTER TABLE ${quoteIdent(sqlTable)} DROP COLUMN ${display}`, params: [] }]
          : [];
      const cleared = display !== undefined && keepsDisplay(declared) ? `, ${display} = NULL` : '';
      const checks = retypedChecks(schema, em, tableName, cmd.name, type);
      const params = em.params.splice(0);
      // An identity column's sequence takes the new type too (its bounds with it); a serial's keeps its own.
      const sequence = column.identity !== null && column.identity !== 'serial' && column.sequence !== undefined
        ? alterSequence(schema, { sequence: { relname: column.sequence }, options: [{ DefElem: { defname: 'as', arg: { TypeName: def.typeName } } }] }).steps
        : [];
      return [
        ...checks.map((c) => dropConstraintEdit(sqlTable, c.edit.kind === 'addConstraint' ? c.edit.name : '', false)),
        edit({ type: column.identity !== null ? identityColumnType(integerType!, column.identity) : sqliteTypeName(declared) }),
        ...sequence,
        // A generated column's values are computed again, of its new type, as the table is made again.
        ...(column.generated ? [] : [{ sql: `UPDATE ${quoteIdent(sqlTable)} SET ${quoteIdent(cmd.name)} = ${converted}${cleared}`, params, firesNoTriggers: true as const }]),
        ...displaySteps,
        ...checks,
      ];
    }
  }
}

/**
 * ALTER COLUMN … TYPE: the CHECK constraints that read the column, made again from their
 * PostgreSQL text with the column of its new type, as ATPostAlterTypeCleanup parses them again: an
 * operator the new type lacks is refused as there (`a > '5'::text` of an integer a, 42883), and the
 * converted rows are checked against them (23514). Their SQLite text was written for the old type.
 */
function retypedChecks(schema: TranslatorSchema, em: Emitter, tableName: string, column: string, type: PgTypeInfo): EditStep[] {
  const catalog = schema.catalogTable(tableName);
  const table = schema.lookupTable(tableName);
  if (!catalog || !table) return [];
  const attnum = catalog.columns.find((c) => c.name === column)?.attnum ?? 0;
  const checks = catalog.constraints.filter((c) => c.type === 'c' && c.check && c.attnums.includes(attnum));
  if (!checks.length) return [];
  const columns: ColumnTypes = (name) => (name === column ? type : table.column(name)?.type);
  const scope = em.scope;
  em.scope = rangeColumnsScope(tableName, table.columns.map((c) => ({ name: c.name, type: columns(c.name) ?? null })));
  try {
    return checks.map((c) => {
      const con = { contype: 'CONSTR_CHECK', conname: c.name, raw_expr: parsedExpression(c.check!.plain), skip_validation: !!c.source?.notValid, initially_valid: !c.source?.notValid };
      return addConstraintEdit(schema, tableName, con, (named) => tableConstraint(em, named, columns), (expr) => checkSql(em, expr, columns), table.sqlName);
    });
  } finally {
    em.scope = scope;
  }
}

const STORED_UNLIKE_TEXT = new Set<number>([OID.bool, OID.numeric, OID.float4, OID.float8, OID.bytea, OID.timestamptz, OID.interval, OID.date, OID.timestamp]);

/**
 * OWNER TO (of ALTER TABLE, VIEW or SEQUENCE), which pg_dump writes after every relation: the
 * session's user owns every object in evsql (see the README's Catalog), so it changes nothing,
 * once the relation is found.
 */
function changeOwner(schema: TranslatorSchema, r: Node, owner: Node): Step[] {
  const name = r.relname as string;
  const inPublic = !r.schemaname || r.schemaname === 'public';
  const table = inPublic ? schema.lookupTable(name) : undefined;
  if (table) return changeRelationOwner(schema, table.sqlName, table.view, owner);
  if (inPublic && schema.sequence(name)) return changeRelationOwner(schema, sequenceTableName(name), false, owner);
  throw new PgError(SqlState.undefinedTable, `relation "${r.schemaname ? `${r.schemaname}.` : ''}${name}" does not exist`);
}

/**
 * ALTER TYPE, FUNCTION or SCHEMA … OWNER TO, as pg_dump writes them after each such object: like
 * a relation's OWNER TO, nothing to change once the object is found. The statement's tag.
 */
export function alterOwner(schema: TranslatorSchema, s: Node): string {
  const inPublic = (parts: string[]) => parts.length === 1 || parts[0] === 'public';
  switch (s.objectType) {
    case 'OBJECT_TYPE': {
      const parts = names(s.object.List.items);
      if (!inPublic(parts) || !schema.lookupEnum(parts.at(-1)!)) throw new PgError(SqlState.undefinedObject, `type "${parts.join('.')}" does not exist`);
      return 'ALTER TYPE';
    }
    case 'OBJECT_FUNCTION': {
      const parts = names(s.object.ObjectWithArgs.objname);
      if (!lookupRoutine(schema, parts)) throw new PgError(SqlState.undefinedFunction, `function ${parts.join('.')} does not exist`);
      return 'ALTER FUNCTION';
    }
    case 'OBJECT_SCHEMA':
      if (s.object.String?.sval !== 'public' && !schema.hasSchema(s.object.String?.sval)) throw new PgError(SqlState.invalidSchemaName, `schema "${s.object.String?.sval}" does not exist`);
      return 'ALTER SCHEMA';
    default:
      throw unsupported(`ALTER ${String(s.objectType).replace('OBJECT_', '')} … OWNER TO`);
  }
}

/** ALTER COLUMN … ADD GENERATED … AS IDENTITY (how pg_dump writes an identity column): the column's annotation and its sequence. */
function addIdentity(schema: TranslatorSchema, tableName: string, cmd: Node, earlier: readonly Node[]): Step[] {
  const table = schema.lookupTable(tableName);
  const column = table?.column(cmd.name);
  if (!table || !column) throw new PgError(SqlState.undefinedColumn, `column "${cmd.name}" of relation "${tableName}" does not exist`);
  if (table.temp) throw unsupported('an identity column of a temporary table that is not the primary key');
  // PostgreSQL makes the sequence, which checks the type, before the column is looked at.
  const type = SEQUENCE_TYPES[column.type.oid];
  if (!type) throw new PgError(SqlState.invalidParameterValue, 'identity column type must be smallint, integer, or bigint');
  // `ALTER COLUMN id DROP DEFAULT, ALTER COLUMN id ADD GENERATED …` (a serial made an identity):
  // the statement's earlier commands have run when this one does.
  const earlierCmd = (subtype: string, withDef: boolean) => earlier.some((c) => c.AlterTableCmd.subtype === subtype && c.AlterTableCmd.name === cmd.name && !!c.AlterTableCmd.def === withDef);
  const prerequisite = (what: string) => new PgError(SqlState.objectNotInPrerequisiteState, `column "${cmd.name}" of relation "${tableName}" ${what}`);
  if (!column.notNull && !earlierCmd('AT_SetNotNull', false)) throw prerequisite('must be declared NOT NULL before identity can be added');
  if (column.identity !== null) throw prerequisite('is already an identity column');
  if (column.hasDefault && !earlierCmd('AT_ColumnDefault', false)) throw prerequisite('already has a default value');
  const con = cmd.def.Constraint;
  const { steps } = ownedSequence(schema, tableName, cmd.name, type, con.options, new Set());
  const edit: SchemaEdit = { kind: 'alterColumn', table: table.sqlName, column: cmd.name, type: identityColumnType(type, con.generated_when === 'a' ? 'always' : 'by default') };
  return [{ sql: '', params: [], edit }, ...steps];
}

/**
 * ALTER COLUMN … DROP IDENTITY [IF EXISTS]: the column keeps its values as a plain one of its
 * type (NOT NULL, as PostgreSQL leaves it), and its sequence is dropped.
 */
function dropIdentity(schema: TranslatorSchema, tableName: string, cmd: Node, notices: PgError[]): Step[] {
  const table = schema.lookupTable(tableName);
  const column = table?.column(cmd.name);
  if (!table || !column) throw new PgError(SqlState.undefinedColumn, `column "${cmd.name}" of relation "${tableName}" does not exist`);
  if (column.identity === null || column.identity === 'serial') {
    const what = `column "${cmd.name}" of relation "${tableName}" is not an identity column`;
    if (!cmd.missing_ok) throw new PgError(SqlState.objectNotInPrerequisiteState, what);
    notices.push(new PgError(SqlState.successfulCompletion, `${what}, skipping`, { severity: 'NOTICE' }));
    return [];
  }
  const sequence = column.sequence === undefined ? [] : [{ sql: `DROP TABLE ${quoteIdent(sequenceTableName(column.sequence))}`, params: [] }];
  return [plainColumnEdit(table.sqlName, cmd.name, column.type.oid), ...sequence];
}

/**
 * ALTER COLUMN … SET GENERATED { ALWAYS | BY DEFAULT } and the sequence options (RESTART, INCREMENT
 * BY …): the column's identity kind, and its sequence altered as ALTER SEQUENCE alters it.
 */
function setIdentity(schema: TranslatorSchema, tableName: string, cmd: Node): Step[] {
  const table = schema.lookupTable(tableName);
  const column = table?.column(cmd.name);
  if (!table || !column) throw new PgError(SqlState.undefinedColumn, `column "${cmd.name}" of relation "${tableName}" does not exist`);
  if (column.identity === null || column.identity === 'serial' || column.sequence === undefined) {
    throw new PgError(SqlState.objectNotInPrerequisiteState, `column "${cmd.name}" of relation "${tableName}" is not an identity column`);
  }
  const items = (cmd.def?.List?.items ?? []) as Node[];
  const generated = items.find((i) => i.DefElem.defname === 'generated');
  const options = items.filter((i) => i !== generated);
  const steps: Step[] = [];
  if (generated) {
    const kind = generated.DefElem.arg.Integer.ival === 97 ? 'always' : 'by default';
    const type = SEQUENCE_TYPES[column.type.oid];
    if (column.primaryKey || !type) throw unsupported('SET GENERATED of an identity column that is the primary key');
    steps.push({ sql: '', params: [], edit: { kind: 'alterColumn', table: table.sqlName, column: cmd.name, type: identityColumnType(type, kind) } });
  }
  if (options.length) steps.push(...alterSequence(schema, { sequence: { relname: column.sequence }, options }).steps);
  return steps;
}

/** CREATE TYPE … AS ENUM: 42710 if the type exists; a label given twice breaks pg_enum's unique index, as in PostgreSQL. */
export function createEnum(schema: TranslatorSchema, s: Node): Step[] {
  const name = enumName(s.typeName);
  if (schema.lookupEnum(name) || schema.lookupDomain(name) || typeFromDeclared(name).oid !== OID.text || name === 'text') throw new PgError(SqlState.duplicateObject, `type "${ownName(schema, name)}" already exists`);
  const labels = names(s.vals ?? []);
  labels.forEach((label, i) => {
    checkLabel(label);
    if (labels.indexOf(label) !== i) throw new PgError(SqlState.uniqueViolation, 'duplicate key value violates unique constraint "pg_enum_typid_label_index"');
  });
  return [{ sql: enumViewSql({ name, labels: labels.map((label, i) => ({ label, sortOrder: i + 1 })) }, quoteIdent), params: [] }];
}

/**
 * ALTER TYPE … RENAME TO of an enum: its labels under the new name. A column, composite attribute,
 * domain or routine names the type by its name, which evsql would have to rewrite in each: refused
 * (0A000) while one does.
 */
export function renameEnum(schema: TranslatorSchema, s: Node): { steps: Step[] } {
  const parts = names(s.object.List.items);
  const name = enumName(s.object.List.items);
  const e = schema.lookupEnum(name);
  if (!e) {
    if (schema.lookupComposite(name) || schema.lookupDomain(name)) throw unsupported('ALTER TYPE … RENAME TO of a composite type or a domain');
    throw new PgError(SqlState.undefinedObject, `type "${parts.join('.')}" does not exist`);
  }
  const newName = storedName(splitStoredName(name, new Set(schema.schemaNames())).schema, s.newname);
  if (schema.lookupEnum(newName) || schema.lookupDomain(newName) || schema.lookupComposite(newName) || schema.lookupTable(newName) || typeFromDeclared(newName).oid !== OID.text || newName === 'text') {
    throw new PgError(SqlState.duplicateObject, `type "${s.newname}" already exists`);
  }
  const oid = enumOid(name);
  const named = (t: { type: Node }) => names(t.type.names ?? []).at(-1) === parts.at(-1);
  const used = schema.typeColumns(oid).length || schema.compositesUsing(oid).length || schema.domainsOver(oid).length || schema.routines().some((f) => [...f.args, f.returns, ...(f.outs ?? [])].some(named));
  if (used) throw unsupported(`ALTER TYPE … RENAME TO of enum ${name}, which a column, composite type, domain or routine uses`);
  return { steps: [{ sql: `DROP VIEW ${quoteIdent(enumViewName(name))}`, params: [] }, { sql: enumViewSql({ ...e, name: newName }, quoteIdent), params: [] }] };
}

/**
 * A view, materialized view or index over a table with a column of enum `name` whose query or
 * predicate holds `label` as a literal: PostgreSQL's holds the label's OID and follows a RENAME
 * VALUE; evsql's holds the text, which would then match nothing (`WHERE mood = 'happy'`).
 */
function labelReader(schema: TranslatorSchema, name: string, label: string): string | undefined {
  const literal = quoteString(label);
  const holds = (sql: string | undefined) => !!sql && sql.replace(/\/\*.*?\*\//gs, '').includes(literal);
  for (const { table } of schema.enumColumns(name)) {
    const view = schema.viewsReading(table).find((v) => holds(schema.viewStatement(schema.lookupTable(v)!.sqlName)));
    if (view) return `view ${view}`;
    const matview = schema.matviewsReading(table).find((m) => JSON.stringify(schema.lookupTable(m)!.matview!.query).includes(JSON.stringify(label)));
    if (matview) return `materialized view ${matview}`;
    const index = schema.indexDefinitions(table).find((i) => holds(i.sql));
    if (index) return `index ${index.name}`;
  }
  return undefined;
}

/**
 * ALTER TYPE … ADD VALUE [IF NOT EXISTS] [BEFORE | AFTER], and RENAME VALUE. A value put between
 * two gets the sort order halfway between theirs, as PostgreSQL's enumsortorder does.
 */
export function alterEnum(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const name = enumName(s.typeName);
  const e = schema.lookupEnum(name);
  if (!e) {
    // A table's row type, a domain or a composite is a type, of another kind.
    if (schema.lookupTable(name) || schema.lookupDomain(name) || schema.lookupComposite(name)) throw new PgError(SqlState.wrongObjectType, `${name} is not an enum`);
    throw new PgError(SqlState.undefinedObject, `type "${name}" does not exist`);
  }
  // Such a predicate holds the labels as they were (predicateScope): it would go stale.
  if (schema.enumColumns(name).some(({ table }) => schema.enumOrderIndexes(table).length)) throw unsupported(`ALTER TYPE of enum ${name}, which a partial index's predicate compares`);
  const labels = [...e.labels];
  const at = (label: string) => {
    const i = labels.findIndex((l) => l.label === label);
    if (i < 0) throw new PgError(SqlState.invalidParameterValue, `"${label}" is not an existing enum label`);
    return i;
  };
  if (s.oldVal !== undefined) {
    const i = at(s.oldVal);
    if (labels.some((l) => l.label === s.newVal)) throw new PgError(SqlState.duplicateObject, `enum label "${s.newVal}" already exists`);
    checkLabel(s.newVal);
    labels[i] = { ...labels[i]!, label: s.newVal };
    // A composite value's text holds the label too, inside a record texts no UPDATE here reaches.
    const composite = schema.compositesUsing(enumOid(name))[0];
    if (composite) throw unsupported(`ALTER TYPE … RENAME VALUE of an enum that composite type ${composite.name} has an attribute of`);
    const reader = labelReader(schema, name, s.oldVal);
    if (reader) throw unsupported(`ALTER TYPE … RENAME VALUE of a label that ${reader} names`);
    // PostgreSQL's rows hold the label's OID, so they follow the rename; evsql's hold the label.
    const rows = schema.enumColumns(name).map(({ sqlTable, column }) => ({
      sql: `UPDATE ${quoteIdent(sqlTable)} SET ${quoteIdent(column)} = ${quoteString(s.newVal)} WHERE ${quoteIdent(column)} = ${quoteString(s.oldVal)}`,
      params: [],
      firesNoTriggers: true as const,
    }));
    // So do the column defaults that are the label (columnConstraint writes them as stored).
    const defaults = schema.enumColumns(name).flatMap(({ table, sqlTable, column }): Step[] => {
      if (schema.lookupTable(table)?.column(column)?.defaultSql !== quoteString(s.oldVal)) return [];
      const literal = enumLabelText(schema, s.newVal, name);
      return [{ sql: '', params: [], edit: { kind: 'alterColumn', table: sqlTable, column, defaultClause: `DEFAULT (${quoteString(s.newVal)})${displayMarker({ pretty: literal, plain: literal })}` } }];
    });
    return { steps: [...replaceEnum(name, labels), ...rows, ...defaults] };
  } else {
    if (labels.some((l) => l.label === s.newVal)) {
      if (s.skipIfNewValExists) return { steps: [], notices: [new PgError(SqlState.successfulCompletion, `enum label "${s.newVal}" already exists, skipping`, { severity: 'NOTICE' })] };
      throw new PgError(SqlState.duplicateObject, `enum label "${s.newVal}" already exists`);
    }
    checkLabel(s.newVal);
    let i = labels.length;
    if (s.newValNeighbor !== undefined) i = at(s.newValNeighbor) + (s.newValIsAfter ? 1 : 0);
    // Before the first label, one below it; after the last, one above (AddEnumLabel).
    const before = labels[i - 1]?.sortOrder;
    const after = labels[i]?.sortOrder;
    labels.splice(i, 0, { label: s.newVal, sortOrder: after === undefined ? (before ?? 0) + 1 : before === undefined ? after - 1 : (before + after) / 2 });
  }
  return { steps: replaceEnum(name, labels) };
}

function replaceEnum(name: string, labels: EnumType['labels']): Step[] {
  return [{ sql: `DROP VIEW ${quoteIdent(enumViewName(name))}`, params: [] }, { sql: enumViewSql({ name, labels }, quoteIdent), params: [] }];
}

/**
 * DROP TYPE: 2BP01 while a column has the type (CASCADE, which would drop those columns, is
 * refused). IF EXISTS: PostgreSQL's NOTICE for each type not there.
 */
export function dropEnums(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const steps: Step[] = [];
  const notices: PgError[] = [];
  for (const o of (s.objects ?? []) as Node[]) {
    const name = enumName(names(o.TypeName.names).map((sval) => ({ String: { sval } })));
    if (schema.lookupRange(name)) {
      steps.push(...dropRange(schema, name, userRangeOid(name), s.behavior === 'DROP_CASCADE'));
      continue;
    }
    const composite = schema.lookupComposite(name);
    // DROP TYPE names a domain too, as PostgreSQL's.
    if (!schema.lookupEnum(name) && !composite && schema.hasDomains() && schema.lookupDomain(name)) {
      const dropped = dropDomains(schema, { ...s, objects: [o] });
      steps.push(...dropped.steps);
      notices.push(...dropped.notices);
      continue;
    }
    const relation = !schema.lookupEnum(name) && !composite ? schema.lookupTable(name) : undefined;
    if (relation) {
      // A relation's row type goes only with the relation.
      const kind = relation.matview ? 'materialized view' : relation.view ? 'view' : 'table';
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop type ${name} because ${kind} ${name} requires it`, { hint: `You can drop ${kind} ${name} instead.` });
    }
    if (!schema.lookupEnum(name) && !composite) {
      if (!s.missing_ok) throw new PgError(SqlState.undefinedObject, `type "${name}" does not exist`);
      notices.push(new PgError(SqlState.successfulCompletion, `type "${name}" does not exist, skipping`, { severity: 'NOTICE' }));
      continue;
    }
    const composites = composite ? [] : schema.compositesUsing(enumOid(name));
    if (composites.length) {
      if (s.behavior === 'DROP_CASCADE') throw unsupported('DROP TYPE … CASCADE of an enum a composite type has an attribute of');
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop type ${name} because other objects depend on it`, {
        detail: composites.flatMap((c) => c.attributes.filter((a) => a.oid === enumOid(name)).map((a) => `column ${a.name} of composite type ${c.name} depends on type ${name}`)).join('\n'),
        hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
      });
    }
    // A routine keeps the type as written (an enum parameter is text to it).
    const typed = (t: { type: Node }) => {
      const p = names(t.type.names ?? []);
      return (p.length > 1 && p.at(-2) !== 'public' ? `${p.at(-2)}.${p.at(-1)}` : p.at(-1)) === name;
    };
    const routines = schema.routines().filter((f) => [...f.args, f.returns, ...(f.outs ?? [])].some(typed));
    const shown = (f: (typeof routines)[number]) => `function ${f.name}(${f.args.map((a) => (typed(a) ? name : formatType(a.oid, -1))).join(', ')})`;
    // A LANGUAGE sql function of a composite type goes with it, as PostgreSQL's CASCADE drops it; a PL/pgSQL one is kept as a block, whose callers are not traced.
    const cascaded = composite && s.behavior === 'DROP_CASCADE' && routines.every((f) => !f.language) ? routines : [];
    if (cascaded.length) {
      steps.push(...cascaded.map((f) => ({ sql: `DROP VIEW ${quoteIdent(functionViewName(routineKey(f)))}`, params: [] })));
      const before = notices.length;
      const users = schema.typeColumns(compositeOid(name));
      if (users.length) steps.push(...dropTypeColumns(schema, users, notices));
      const columns = notices.splice(before).flatMap((n) => (n.fields.detail ? n.fields.detail.split('\n') : [n.message]));
      notices.push(cascadeNotice([...columns, ...cascaded.map((f) => `drop cascades to ${shown(f)}`)]));
      steps.push({ sql: `DROP VIEW ${quoteIdent(compositeViewName(name))}`, params: [] });
      continue;
    }
    if (routines.length) {
      if (s.behavior === 'DROP_CASCADE') throw unsupported('DROP TYPE … CASCADE of a type a function takes or returns');
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop type ${name} because other objects depend on it`, {
        detail: routines.map((f) => `function ${f.name}(${f.args.map((a) => (typed(a) ? name : formatType(a.oid, -1))).join(', ')}) depends on type ${name}`).join('\n'),
        hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
      });
    }
    const users = schema.typeColumns(composite ? compositeOid(name) : enumOid(name));
    if (users.length) {
      if (s.behavior === 'DROP_CASCADE') {
        steps.push(...dropTypeColumns(schema, users, notices));
        steps.push({ sql: `DROP VIEW ${quoteIdent(composite ? compositeViewName(name) : enumViewName(name))}`, params: [] });
        continue;
      }
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop type ${name} because other objects depend on it`, {
        detail: users.map((u) => `column ${u.column} of table ${u.table} depends on type ${name}`).join('\n'),
        hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
      });
    }
    steps.push({ sql: `DROP VIEW ${quoteIdent(composite ? compositeViewName(name) : enumViewName(name))}`, params: [] });
  }
  return { steps, notices };
}

/**
 * DROP TYPE … CASCADE of an enum or composite type: the columns of it go, as PostgreSQL drops
 * them, and the views reading them. A column a materialized view, an index or a CHECK reads, or
 * all of a table's columns, is refused (0A000).
 */
function dropTypeColumns(schema: TranslatorSchema, users: Array<{ table: string; sqlTable: string; column: string }>, notices: PgError[]): Step[] {
  for (const u of users) {
    const table = schema.lookupTable(u.table);
    if (matviewsReadingColumn(schema, u.table, u.column).length || schema.indexesOnColumn(u.table, u.column).length || checksReadingColumn(schema, u.table, u.column).length || (table?.columns.length ?? 0) <= users.filter((v) => v.table === u.table).length) {
      throw unsupported(`DROP TYPE … CASCADE of a type column ${u.column} of table ${u.table} uses beside a materialized view, an index or a check, or as all its columns`);
    }
  }
  const views = cascadedViews(schema, users.flatMap((u) => schema.viewsReadingColumn(u.table, u.column)));
  notices.push(cascadeNotice([...users.map((u) => `drop cascades to column ${u.column} of table ${u.table}`), ...views.map((v) => `drop cascades to view ${v}`)]));
  return [...droppedViews(schema, views), ...users.flatMap((u): Step[] => [
    { sql: '', params: [], edit: { kind: 'dropColumn', table: u.sqlTable, column: u.column } },
    { sql: `ALTER TABLE ${quoteIdent(u.sqlTable)} DROP COLUMN ${quoteIdent(u.column)}`, params: [] },
  ])];
}

function enumName(typeName: Node[]): string {
  return typeStoredName(names(typeName), 'types');
}

/** CREATE EXTENSION: only those whose functions evsql provides (dialect/catalog/extensions.ts). */
export function createExtension(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const name = s.extname as string;
  if (!EXTENSIONS[name] && !PREINSTALLED[name]) {
    throw new PgError(SqlState.featureNotSupported, `extension "${name}" is not available`, { detail: `evsql provides the functions of ${Object.keys(EXTENSIONS).join(', ')} only.` });
  }
  if (PREINSTALLED[name] || schema.hasExtension(name)) {
    const exists = new PgError(SqlState.duplicateObject, `extension "${name}" already exists${s.if_not_exists ? ', skipping' : ''}`, s.if_not_exists ? { severity: 'NOTICE' } : {});
    if (!s.if_not_exists) throw exists;
    return { steps: [], notices: [exists] };
  }
  return { steps: [{ sql: `CREATE VIEW ${quoteIdent(extensionViewName(name))} AS SELECT NULL AS extversion WHERE 0`, params: [] }] };
}

/** DROP EXTENSION [IF EXISTS]: what uses its functions (a DEFAULT) is not tracked, so CASCADE changes nothing. */
export function dropExtensions(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const steps: Step[] = [];
  const notices: PgError[] = [];
  for (const name of names(s.objects ?? [])) {
    if (PREINSTALLED[name]) throw unsupported(`DROP EXTENSION ${name}`);
    if (!schema.hasExtension(name)) {
      if (!s.missing_ok) throw new PgError(SqlState.undefinedObject, `extension "${name}" does not exist`);
      notices.push(new PgError(SqlState.successfulCompletion, `extension "${name}" does not exist, skipping`, { severity: 'NOTICE' }));
      continue;
    }
    // citext's or hstore's type may be in use: PostgreSQL refuses, or with CASCADE drops those columns (not done here).
    const typeOid = name === 'citext' ? OID.citext : name === 'hstore' ? OID.hstore : undefined;
    const typed = (oid: number, shown: string) => schema.typeColumns(oid).map((c) => ({ ...c, shown }));
    const using = typeOid === undefined ? [] : [...typed(typeOid, name), ...typed(arrayOidOf(typeOid), `${name}[]`)];
    if (using.length && s.behavior === 'DROP_CASCADE') throw unsupported(`DROP EXTENSION ${name} CASCADE while columns use its type`);
    if (using.length) {
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop extension ${name} because other objects depend on it`, {
        detail: using.map((c) => `column ${c.column} of table ${c.table} depends on type ${c.shown}`).join('\n'),
        hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
      });
    }
    // Its operator classes may be in use by EXCLUDE constraints: PostgreSQL refuses, or with CASCADE drops them (not done here).
    const dependents = name === 'btree_gist' ? btreeGistUses(schema) : [];
    if (dependents.length && s.behavior === 'DROP_CASCADE') throw unsupported('DROP EXTENSION btree_gist CASCADE while EXCLUDE constraints use it');
    if (dependents.length) {
      throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop extension ${name} because other objects depend on it`, { detail: dependents.join('\n'), hint: 'Use DROP ... CASCADE to drop the dependent objects too.' });
    }
    steps.push({ sql: `DROP VIEW ${quoteIdent(extensionViewName(name))}`, params: [] });
  }
  return { steps, notices };
}

/** PostgreSQL's limit on a label: NAMEDATALEN - 1 bytes, and not empty. */
function checkLabel(label: string): void {
  if (label.length === 0 || Buffer.byteLength(label) > 63) {
    throw new PgError(SqlState.invalidName, `invalid enum label "${label}"`, { detail: 'Labels must be 63 bytes or less.' });
  }
}

/**
 * What a CHECK or generation expression knows of its table's columns: the range columns' types,
 * since a range's functions and operators are its own (lower() is not text's); the others stay
 * untyped, compared as SQLite compares their stored values.
 */
function rangeColumnsScope(table: string, columns: Array<{ name: string; type: PgTypeInfo | null }>): Scope {
  return new Scope([{ name: table, columns: columns.map((c) => ({ name: c.name, type: isRange(c.type) ? c.type : null })) }], null);
}

/**
 * A partial index's predicate, as rangeColumnsScope, with enum columns typed too: an enum compares
 * by its labels' order (`state < 'completed'`, pg-boss's indexes), not as its labels' text.
 */
function predicateScope(schema: TranslatorSchema, table: string): Scope {
  const columns = schema.lookupTable(table)?.columns ?? [];
  return new Scope([{ name: table, columns: columns.map((c) => ({ name: c.name, type: isRange(c.type) || schema.enumByOid(c.type.oid) ? c.type : null })) }], null);
}

/** rangeColumnsScope of a table that exists, for what ALTER TABLE adds to it. */
function existingColumnsScope(schema: TranslatorSchema, table: string): Scope {
  return rangeColumnsScope(table, schema.lookupTable(table)?.columns.map((c) => ({ name: c.name, type: c.type })) ?? []);
}

/**
 * The SQLSTATEs of an expression no operator or function of PostgreSQL's takes as its columns are
 * typed, and of a literal its column's type cannot read (`x > 'q'` of a numeric x), which
 * PostgreSQL reads when it takes the expression.
 */
const TYPE_ERRORS = new Set<string>([SqlState.undefinedFunction, SqlState.datatypeMismatch, SqlState.invalidTextRepresentation, SqlState.invalidDatetimeFormat]);

/**
 * A CHECK expression is emitted with its columns untyped (rangeColumnsScope), as SQLite's CHECK
 * evaluates it; PostgreSQL types it by the table's columns and refuses it where no operator takes
 * them (`text_col > 0`, 42883). That typing runs aside here, for its type errors alone.
 */
/** A generation expression reads the row's other columns, not a generated one (PostgreSQL's 42P17). */
function checkGeneratedReferences(elts: Node[]): void {
  const generation = (e: Node) => ((e.ColumnDef?.constraints ?? []) as Node[]).find((c) => c.Constraint.contype === 'CONSTR_GENERATED')?.Constraint.raw_expr as Node | undefined;
  const generated = new Set(elts.filter((e) => generation(e)).map((e) => e.ColumnDef.colname as string));
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const ref = (n as Node).ColumnRef;
    const name = ref?.fields.length === 1 ? (ref.fields[0].String?.sval as string | undefined) : undefined;
    if (name !== undefined && generated.has(name)) {
      throw new PgError(SqlState.invalidObjectDefinition, `cannot use generated column "${name}" in column generation expression`, { detail: 'A generated column cannot reference another generated column.', position: ref.location + 1 });
    }
    for (const v of Object.values(n)) visit(v);
  };
  for (const e of elts) visit(generation(e));
}

/** An emitter beside `em` whose scope types the table's columns as declared. */
function typedEmitter(em: Emitter, columns: ColumnTypes): Emitter | undefined {
  const relation = em.scope?.relations[0];
  if (!relation?.columns) return undefined;
  const typed = new Emitter(em.schema);
  typed.scope = new Scope([{ name: relation.name, columns: relation.columns.map((c) => ({ name: c.name, type: columns(c.name) ?? null })) }], null);
  return typed;
}

/**
 * A CHECK's SQLite text, written knowing its columns' types as a generation expression is: untyped,
 * `e - s <= interval '8 hours'` of two timestamptz columns, `q < 'Infinity'` of a float8 and
 * extract(epoch FROM i) of an interval were SQLite's arithmetic and comparisons of the stored
 * values, which let rows PostgreSQL refuses in (and `s AT TIME ZONE 'UTC'` was refused).
 */
function checkSql(em: Emitter, expr: Node, columns: ColumnTypes): string {
  return (typedEmitter(em, columns) ?? em).expr(literalsReadAtCreation(expr, columns));
}

function typeCheck(em: Emitter, expr: Node, columns: ColumnTypes): void {
  const typed = typedEmitter(em, columns);
  if (!typed) return;
  try {
    typed.expr(expr);
  } catch (e) {
    if (e instanceof PgError && TYPE_ERRORS.has(e.code)) throw e;
  }
  checkEnumOrder(typed, expr);
}

const ORDERING = new Set(['<', '>', '<=', '>=']);

/**
 * An enum compared by order in a CHECK: PostgreSQL's enum_cmp follows the labels' order, while the
 * untyped CHECK SQLite evaluates would compare the stored labels as text (`'high' >= 'mid'` is
 * false), and a label order written into the schema would not follow ALTER TYPE … ADD VALUE.
 */
function checkEnumOrder(typed: Emitter, expr: Node): void {
  const isEnum = (n: Node) => !n.List && !!typed.schema.enumByOid(typed.typeOf(n)?.oid ?? 0);
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const e = (n as Node).A_Expr;
    const ordering = e && ((e.kind === 'AEXPR_OP' && ORDERING.has(names(e.name).at(-1) ?? '')) || /^AEXPR_(NOT_)?BETWEEN/.test(e.kind));
    if (ordering && [e.lexpr, ...((e.rexpr?.List?.items ?? [e.rexpr]) as Node[])].some((x) => x && isEnum(x))) throw unsupported('a CHECK constraint comparing enum values by order');
    for (const v of Object.values(n)) visit(v);
  };
  visit(expr);
}

function constraintName(c: Node): string {
  return c.conname ? `CONSTRAINT ${quoteIdent(c.conname)} ` : '';
}

/**
 * A column constraint as SQLite text. DEFAULT, CHECK and generation expressions carry the text
 * PostgreSQL shows for them (dialect/catalog/markers.ts), typed by the table's columns.
 */
const CONSTRAINT_ATTRIBUTES = new Set(['CONSTR_ATTR_DEFERRABLE', 'CONSTR_ATTR_NOT_DEFERRABLE', 'CONSTR_ATTR_DEFERRED', 'CONSTR_ATTR_IMMEDIATE']);

/**
 * A column's constraints with `DEFERRABLE`, `INITIALLY DEFERRED` and their opposites folded into
 * the foreign key before them, as transformConstraintAttrs does (the parser gives them apart).
 */
function withConstraintAttributes(constraints: Node[]): Node[] {
  const out: Node[] = [];
  for (const n of constraints) {
    const c = n.Constraint;
    if (!CONSTRAINT_ATTRIBUTES.has(c.contype)) {
      out.push(n);
      continue;
    }
    const last = out.at(-1)?.Constraint;
    if (last?.contype === 'CONSTR_UNIQUE' || last?.contype === 'CONSTR_PRIMARY') {
      if (c.contype === 'CONSTR_ATTR_DEFERRABLE' || c.contype === 'CONSTR_ATTR_DEFERRED') throw deferrableKey(last.contype);
      continue;
    }
    if (last?.contype !== 'CONSTR_FOREIGN') throw new PgError(SqlState.syntaxError, `misplaced ${c.contype === 'CONSTR_ATTR_DEFERRABLE' ? 'DEFERRABLE' : c.contype === 'CONSTR_ATTR_NOT_DEFERRABLE' ? 'NOT DEFERRABLE' : c.contype === 'CONSTR_ATTR_DEFERRED' ? 'INITIALLY DEFERRED' : 'INITIALLY IMMEDIATE'} clause`);
    const deferred = c.contype === 'CONSTR_ATTR_DEFERRED' ? { deferrable: true, initdeferred: true } : c.contype === 'CONSTR_ATTR_DEFERRABLE' ? { deferrable: true } : c.contype === 'CONSTR_ATTR_NOT_DEFERRABLE' ? { deferrable: false } : { initdeferred: false };
    out[out.length - 1] = { Constraint: { ...last, ...deferred } };
  }
  return out;
}

/**
 * What a DEFAULT expression may not hold, as transformExpr's EXPR_KIND_COLUMN_DEFAULT refuses it:
 * SQLite would refuse it only when a row takes the default (or, under ALTER TABLE, on every replica).
 */
function checkDefaultExpression(n: unknown): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) return n.forEach(checkDefaultExpression);
  const node = n as Node;
  const at = (location: number | undefined) => (location === undefined || location < 0 ? {} : { position: location + 1 });
  if (node.ColumnRef) throw new PgError(SqlState.featureNotSupported, 'cannot use column reference in DEFAULT expression', at(node.ColumnRef.location));
  if (node.SubLink) throw new PgError(SqlState.featureNotSupported, 'cannot use subquery in DEFAULT expression', at(node.SubLink.location));
  const f = node.FuncCall;
  const name = f ? names(f.funcname).at(-1)! : '';
  if (f?.over) throw new PgError(SqlState.windowingError, 'window functions are not allowed in DEFAULT expressions', at(f.location));
  if (f && (AGGREGATES.has(name) || f.agg_star)) throw new PgError(SqlState.groupingError, 'aggregate functions are not allowed in DEFAULT expressions', at(f.location));
  if (f && SET_RETURNING.has(name)) throw new PgError(SqlState.featureNotSupported, 'set-returning functions are not allowed in DEFAULT expressions', at(f.location));
  Object.values(node).forEach(checkDefaultExpression);
}

/**
 * A default no assignment cast takes to its column's type (`now()` for an integer, `'x'::text` for
 * a number): 42804, as PostgreSQL's cookDefault refuses it; evsql would store it as it comes.
 */
function checkDefaultType(em: Emitter, expr: Node, column: string, columnType: Ty): void {
  const from = em.typeOf(expr);
  if (!from || assignable(from.oid, columnType.oid)) return;
  throw new PgError(SqlState.datatypeMismatch, `column "${column}" is of type ${columnType.name ?? formatType(columnType.oid, -1)} but default expression is of type ${formatType(from.oid, -1)}`, {
    hint: 'You will need to rewrite or cast the expression.',
  });
}

/**
 * An enum column's default: a label of the enum, bare or cast to it (22P02 at the literal for
 * another text), or an expression of the enum's type. No assignment cast makes another type's
 * value one (`DEFAULT 5`, `DEFAULT 'ok'::text`, another enum's label): 42804, as cookDefault
 * refuses it.
 */
function checkEnumDefault(em: Emitter, expr: Node, column: string, e: EnumType, columnType: Ty): void {
  const cast = expr.TypeCast;
  const target = cast ? castEnum(em, cast) : undefined;
  const label = isUnknownLiteral(expr) ? expr : target === e.name && isUnknownLiteral(cast.arg) ? cast.arg : undefined;
  if (label?.A_Const?.sval) {
    if (!e.labels.some((l) => l.label === label.A_Const.sval.sval)) {
      const error = invalidEnumLabel(e.name, label.A_Const.sval.sval);
      throw label.A_Const.location >= 0 ? new PgError(error.code, error.message, { ...error.fields, position: label.A_Const.location + 1 }) : error;
    }
    return;
  }
  if (target === e.name) return;
  let shown: string | undefined;
  if (target !== undefined) {
    const own = splitStoredName(target, new Set(em.schema.schemaNames()));
    shown = own.schema === 'public' ? own.name : `${own.schema}.${own.name}`;
  } else if (cast || expr.A_Const?.ival || expr.A_Const?.fval || expr.A_Const?.boolval) {
    // Only a type written (a constant, a cast) is judged: a function's result type may be a guess.
    const from = em.typeOf(expr);
    if (from && from.oid !== columnType.oid && from.oid !== OID.unknown) shown = formatType(from.oid, -1);
  }
  if (shown === undefined) return;
  throw new PgError(SqlState.datatypeMismatch, `column "${column}" is of type ${columnType.name ?? e.name} but default expression is of type ${shown}`, {
    hint: 'You will need to rewrite or cast the expression.',
  });
}

/** The enum (its stored name) a cast is to, as written (`'ok'::app.mood`); undefined for a cast to another type. */
function castEnum(em: Emitter, cast: Node): string | undefined {
  if (cast.typeName.arrayBounds) return undefined;
  const written = names(cast.typeName.names).filter((p) => p !== 'pg_catalog');
  const stored = written.length === 2 ? storedName(written[0]!, written[1]!) : written.join('.');
  return em.schema.lookupEnum(stored) ? stored : em.schema.enumByOid(em.typeOf({ TypeCast: cast })?.oid ?? 0)?.name;
}

/** An enum label as a column default's text prints it: `'ok'::mood`. */
function enumLabelText(schema: TranslatorSchema, label: string, enumType: string): string {
  const own = splitStoredName(enumType, new Set(schema.schemaNames()));
  return `${quoteLiteral(label)}::${own.schema === 'public' ? '' : `${quoteIdentifier(own.schema)}.`}${quoteIdentifier(own.name)}`;
}

/** `enumType`: the enum the column is of (an enum column is stored as text; its default's text names the enum). */
function columnConstraint(em: Emitter, c: Node, isAutoPk: boolean, column: string, columns: ColumnTypes, enumType?: string): string {
  switch (c.contype) {
    case 'CONSTR_NOTNULL':
      return ' NOT NULL';
    case 'CONSTR_NULL':
      return '';
    case 'CONSTR_DEFAULT': {
      checkDefaultExpression(c.raw_expr);
      // PostgreSQL keeps no default that is a NULL constant (StoreAttrDefault): the column has none.
      if (!c.domainDefault && isNullConstant(c.raw_expr)) return '';
      // The rows an ADD COLUMN fills take SQLite's default as it is written: a literal in its stored form.
      const columnType = columns(column);
      // A composite column's default is its record text, made as a value written to the column is.
      const composite = c.domainDefault || !columnType || !em.schema.hasComposites() ? undefined : em.schema.compositeByOid(columnType.oid);
      if (composite) {
        const value = compositeValue(em, c.raw_expr, composite, locationOf(c.raw_expr), (from) => new PgError(SqlState.datatypeMismatch, `column "${column}" is of type ${composite.name} but default expression is of type ${formatType(from.oid, from.typmod)}`, { hint: 'You will need to rewrite or cast the expression.' }));
        // The catalog prints a default as pg_get_expr does, which this deparser does not for a ROW(…).
        const annotation = defaultAnnotation(c.raw_expr, column, columns);
        if (!annotation) throw unsupported(`this DEFAULT of a column of composite type ${composite.name}`);
        return ` DEFAULT (${value})${annotation}`;
      }
      const enumOfColumn = c.domainDefault || !columnType ? undefined : em.schema.enumByOid(columnType.oid);
      if (enumOfColumn) checkEnumDefault(em, c.raw_expr, column, enumOfColumn, columnType!);
      // CREATE TABLE's enum column is judged by the labels and types written alone (LIKE copies a default as evsql stores it).
      if (!c.domainDefault && enumType === undefined && columnType && !isUnknownLiteral(c.raw_expr)) checkDefaultType(em, c.raw_expr, column, columnType);
      const stored = isUnknownLiteral(c.raw_expr) && columnType ? literalAs(c.raw_expr, columnType) : is(columnType ?? null, OID.money) ? moneyDefault(em, c.raw_expr) : undefined;
      // A label, bare or cast to the column's enum (`'ok'::mood`), prints as the catalog shows it.
      const cast = c.raw_expr.TypeCast;
      const label = enumType === undefined ? undefined : isUnknownLiteral(c.raw_expr) ? c.raw_expr : cast && isUnknownLiteral(cast.arg) && names(cast.typeName.names).at(-1) === enumType ? cast.arg : undefined;
      const literal = label !== undefined ? enumLabelText(em.schema, label.A_Const.sval.sval ?? '', enumType!) : undefined;
      const annotation = c.domainDefault
        ? ` ${DOMAIN_DEFAULT_MARKER}`
        : literal !== undefined
          ? displayMarker({ pretty: literal, plain: literal })
          : defaultAnnotation(c.raw_expr, column, columns);
      const value = stored ?? em.expr(c.raw_expr);
      return ` DEFAULT (${c.domainDefault || !columnType ? value : assignedConstant(em, c.raw_expr, value, columnType)})${annotation}`;
    }
    case 'CONSTR_PRIMARY':
      return isAutoPk ? '' : ` ${constraintName(c)}PRIMARY KEY`;
    case 'CONSTR_UNIQUE':
      if (c.nulls_not_distinct) throw nullsNotDistinct();
      return ` ${constraintName(c)}UNIQUE`;
    case 'CONSTR_CHECK':
      typeCheck(em, c.raw_expr, columns);
      return ` ${constraintName(c)}CHECK (${checkSql(em, c.raw_expr, columns)})${expressionAnnotation(c.raw_expr, columns)}`;
    case 'CONSTR_FOREIGN':
      return ` ${constraintName(c)}${references(em.schema, c)}`;
    case 'CONSTR_IDENTITY':
      return '';
    case 'CONSTR_GENERATED': {
      // Written knowing the columns' types: a numeric expression is computed as numeric (pg_num_*),
      // not by SQLite's float arithmetic on the stored values (9.1 * 3 + 1 was 28.299999999999997),
      // and `price::text` prints its scale. Its value is assigned to the column as an INSERT's is:
      // rounded to the column's typmod, checked against its range and length (22003, 22001).
      const emitter = typedEmitter(em, columns) ?? em;
      const type = columns(column);
      const value = type ? assignedSql(emitter, c.raw_expr, { name: column, type }) : emitter.expr(c.raw_expr);
      return ` GENERATED ALWAYS AS (${value}) STORED${defaultAnnotation(c.raw_expr, column, columns)}`;
    }
    default:
      throw unsupported(`column constraint ${c.contype}`);
  }
}

/**
 * A constant default is assigned to its column when a row takes it, as PostgreSQL's is: an int's
 * `DEFAULT 2.5` is 3 (`2.5::float8` 2), a numeric(4,1)'s 1.25 is 1.3, a timestamp(0)'s fraction
 * rounds, a varchar(2)'s 'abc' is 22001 then. SQLite would keep the value as written.
 */
function assignedConstant(em: Emitter, expr: Node, sql: string, type: PgTypeInfo): string {
  return assignedOnWrite(em, expr, type) ? storedSql(sql, em.typeOf(expr), type) : sql;
}

/** Whether a default is a constant that assignedConstant coerces when a row takes it. */
function assignedOnWrite(em: Emitter, expr: Node, type: PgTypeInfo): boolean {
  const constant = (n: Node): boolean => !!n.A_Const || (!!n.TypeCast && constant(n.TypeCast.arg));
  return constant(expr) && (type.typmod >= 0 || (INTEGER_OIDS.has(type.oid) && em.typeOf(expr)?.oid !== type.oid));
}

/**
 * A generated numeric column of no declared scale prints its expression's (`w * h` of two
 * numeric(6,2) columns: 7.0000): its display column is generated beside it. One whose expression's
 * scale evsql cannot tell from the declarations would print another than PostgreSQL: refused.
 */
function generatedDisplay(em: Emitter, constraints: Node[], columns: ColumnTypes): string {
  const generated = constraints.find((c) => c.Constraint.contype === 'CONSTR_GENERATED')?.Constraint;
  const typed = generated && typedEmitter(em, columns);
  if (!typed || !is(typed.typeOf(generated.raw_expr), OID.numeric)) return '';
  const scale = numericScale(typed, generated.raw_expr);
  if (scale === undefined) throw unsupported('a generated numeric column without a declared scale whose expression has none');
  return ` GENERATED ALWAYS AS (pg_numeric_display_of(pg_numeric_text(${em.expr(generated.raw_expr)}, ${scale}))) STORED`;
}

/** SQLite's unique indexes let any number of NULLs in: a key that counts them equal is not made. */
function nullsNotDistinct(): PgError {
  return unsupported('UNIQUE NULLS NOT DISTINCT');
}

function tableConstraint(em: Emitter, c: Node, columns: ColumnTypes): string {
  const cols = (list: Node[]) => names(list).map(quoteIdent).join(', ');
  if ((c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE') && (c.deferrable || c.initdeferred)) throw deferrableKey(c.contype);
  switch (c.contype) {
    case 'CONSTR_PRIMARY':
      return `${constraintName(c)}PRIMARY KEY (${cols(c.keys)})${indexIncludeMarker(names(c.including ?? []))}`;
    case 'CONSTR_UNIQUE':
      if (c.nulls_not_distinct) throw nullsNotDistinct();
      return `${constraintName(c)}UNIQUE (${cols(c.keys)})${indexIncludeMarker(names(c.including ?? []))}`;
    case 'CONSTR_CHECK':
      typeCheck(em, c.raw_expr, columns);
      return `${constraintName(c)}CHECK (${checkSql(em, c.raw_expr, columns)})${expressionAnnotation(c.raw_expr, columns)}`;
    case 'CONSTR_FOREIGN':
      return `${constraintName(c)}FOREIGN KEY (${cols(c.fk_attrs)}) ${references(em.schema, c)}`;
    default:
      throw unsupported(`table constraint ${c.contype}`);
  }
}

/** PostgreSQL's rule: a temporary table's foreign keys reference temporary tables only, a permanent one's permanent ones (42P16). */
function checkForeignKeyPersistence(schema: TranslatorSchema, temp: boolean, constraints: Node[]): void {
  for (const c of constraints) {
    if (c?.contype !== 'CONSTR_FOREIGN') continue;
    const referenced = schema.lookupTable(c.pktable.relname as string);
    if (!referenced || referenced.temp === temp) continue;
    throw new PgError(SqlState.invalidTableDefinition, `constraints on ${temp ? 'temporary' : 'permanent'} tables may reference only ${temp ? 'temporary' : 'permanent'} tables`);
  }
}

const FK_ACTIONS: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/**
 * Without a column list PostgreSQL references the primary key, and so does SQLite when it made that
 * key itself; a key added by ALTER TABLE is a unique index SQLite does not count as one, so its
 * columns are written out.
 */
function references(schema: TranslatorSchema, c: Node): string {
  // A temporary table is stored under its session's prefix, which SQLite must be given.
  let sql = `REFERENCES ${quoteIdent(schema.lookupTable(c.pktable.relname as string)?.sqlName ?? c.pktable.relname)}`;
  const columns = referencedColumns(schema, c);
  if (columns.length) sql += ` (${columns.map(quoteIdent).join(', ')})`;
  // ON DELETE SET NULL (b): SQLite's action sets every column of the key, where PostgreSQL sets
  // the ones listed (a list of them all is the plain action).
  const set = names((c.fk_del_set_cols ?? []) as Node[]);
  if (set.length && (c.fk_attrs ?? []).some((a: Node) => !set.includes(a.String.sval))) {
    throw unsupported(`ON DELETE ${FK_ACTIONS[c.fk_del_action]} with a column list that leaves out a column of the key`);
  }
  if (c.fk_del_action && c.fk_del_action !== 'a') sql += ` ON DELETE ${FK_ACTIONS[c.fk_del_action]}`;
  if (c.fk_upd_action && c.fk_upd_action !== 'a') sql += ` ON UPDATE ${FK_ACTIONS[c.fk_upd_action]}`;
  // SQLite checks a deferred key at its own COMMIT, which ends a group of batches, not the client's
  // transaction: a violation there would fail every replica's commit. So every key is checked at
  // its statement (23503 there, where PostgreSQL would wait for COMMIT); the catalog reads the
  // declared deferral from the annotation.
  if (c.initdeferred) sql += ` DEFERRABLE INITIALLY IMMEDIATE${INITIALLY_DEFERRED_MARKER}`;
  else if (c.deferrable) sql += ' DEFERRABLE INITIALLY IMMEDIATE';
  return sql;
}

const DROP_KINDS: Record<string, string> = { OBJECT_TABLE: 'TABLE', OBJECT_VIEW: 'VIEW', OBJECT_INDEX: 'INDEX' };

/** An object that depends on one a DROP names, and how to drop it with CASCADE. */
export interface Dependent {
  /** As PostgreSQL names it: `constraint ch_p_fkey on table ch`, `view v`. */
  what: string;
  /** What it depends on: `table pa`, `view v`. */
  on: string;
  steps: Step[];
}

/**
 * What depends on the tables or views a DROP names, outside them: other tables' foreign keys to a
 * dropped table, views reading a dropped relation, and views reading those, in PostgreSQL's order.
 */
export function dependents(schema: TranslatorSchema, dropped: string[]): Dependent[] {
  const out: Dependent[] = [];
  const kindOf = (name: string) => (schema.lookupTable(name)?.view ? 'view' : schema.lookupTable(name)?.matview ? 'materialized view' : 'table');
  for (const t of dropped) {
    if (kindOf(t) !== 'table') continue;
    for (const by of schema.referencingTables(t)) {
      if (dropped.includes(by)) continue;
      const child = schema.lookupTable(by)!;
      for (const name of schema.foreignKeysTo(by, t)) out.push({ what: `constraint ${name} on table ${by}`, on: `table ${t}`, steps: [dropConstraintEdit(child.sqlName, name, false)] });
    }
  }
  const views = new Set<string>();
  const visit = (on: string) => {
    for (const v of schema.viewsReading(on)) {
      if (dropped.includes(v) || views.has(v)) continue;
      views.add(v);
      // A partition goes with its parent (partitions.ts drops it first), not as a dependent.
      if (schema.lookupTable(v)?.writes?.partition?.parent === on) continue;
      out.push({ what: `view ${v}`, on: `${kindOf(on)} ${on}`, steps: [{ sql: `DROP VIEW ${quoteIdent(v)}`, params: [] }] });
      visit(v);
    }
    for (const m of schema.matviewsReading(on)) {
      if (dropped.includes(m) || views.has(m)) continue;
      views.add(m);
      out.push({ what: `materialized view ${m}`, on: `${kindOf(on)} ${on}`, steps: [{ sql: `DROP TABLE ${quoteIdent(m)}`, params: [] }] });
      visit(m);
    }
  };
  for (const t of dropped) visit(t);
  // Functions returning a dropped table's row (RETURNS t, RETURNS SETOF t) depend on its type.
  for (const f of schema.routines()) {
    const table = f.rowOf ?? (f.set && 'table' in f.set ? f.set.table : undefined);
    if (table === undefined || !dropped.includes(table)) continue;
    out.push({ what: `function ${f.schema ? `${f.schema}.` : ''}${f.name}(${f.args.map((a) => formatType(a.oid, -1)).join(', ')})`, on: `type ${table}`, steps: [{ sql: `DROP VIEW IF EXISTS ${quoteIdent(functionViewName(routineKey(f)))}`, params: [] }] });
  }
  return out;
}

/**
 * DROP TABLE / VIEW of relations others depend on: 2BP01 as PostgreSQL words it, or with CASCADE
 * the steps that drop the dependents first (views, the newest first; foreign-key constraints, the
 * referencing tables and their rows staying) and PostgreSQL's NOTICE naming them.
 */
function dropDependents(schema: TranslatorSchema, s: Node, kind: string): { steps: Step[]; notices?: PgError[] } {
  const named = ((s.objects ?? []) as Node[]).map((o) => names(o.List?.items ?? [o]).at(-1)!);
  const dropped = named.filter((n) => schema.lookupTable(n) && !schema.lookupTable(n)!.temp);
  const found = dependents(schema, dropped);
  if (!found.length) return { steps: [] };
  if (s.behavior !== 'DROP_CASCADE') {
    const message = named.length === 1 ? `cannot drop ${kind.toLowerCase()} ${named[0]} because other objects depend on it` : 'cannot drop desired object(s) because other objects depend on them';
    throw new PgError(SqlState.dependentObjectsStillExist, message, { detail: found.map((d) => `${d.what} depends on ${d.on}`).join('\n'), hint: 'Use DROP ... CASCADE to drop the dependent objects too.' });
  }
  const notice = cascadeNotice(found.map((d) => `drop cascades to ${d.what}`));
  const isView = (d: Dependent) => d.what.startsWith('view ') || d.what.startsWith('materialized view ') || d.what.startsWith('function ');
  const views = found.filter(isView).reverse();
  const constraints = found.filter((d) => !isView(d));
  return { steps: [...views, ...constraints].flatMap((d) => d.steps), notices: [notice] };
}

export function drop(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const kind = DROP_KINDS[s.removeType as string];
  if (!kind) {
    if (s.removeType === 'OBJECT_SCHEMA' || s.removeType === 'OBJECT_SEQUENCE' || s.removeType === 'OBJECT_TYPE' || s.removeType === 'OBJECT_FUNCTION') {
      throw unsupported(`DROP ${String(s.removeType).replace('OBJECT_', '')}`);
    }
    throw unsupported(`DROP ${s.removeType}`);
  }
  const cascade = kind === 'INDEX' ? { steps: [] } : dropDependents(schema, s, kind);
  const steps: Step[] = [...cascade.steps];
  const objects = s.objects as Node[];
  for (const o of kind === 'TABLE' ? referencingFirst(schema, objects) : objects) {
    const parts = names(o.List?.items ?? [o]);
    const name = parts.at(-1)!;
    if (parts.length > 1 && parts[0] !== 'public') throw new PgError(SqlState.undefinedTable, `${kind.toLowerCase()} "${parts.join('.')}" does not exist`);
    // A reserved name (refused before unless IF EXISTS), or one of SQLite's virtual tables: for the client it does not exist.
    if (isReservedName(name) || (kind !== 'INDEX' && isSqliteModuleName(name) && !schema.lookupTable(name))) {
      if (s.missing_ok) continue;
      throw new PgError(SqlState.undefinedTable, `${kind.toLowerCase()} "${name}" does not exist`);
    }
    const sqlName = kind === 'INDEX' ? schema.indexSqlName(name) : (schema.lookupTable(name)?.sqlName ?? name);
    steps.push({ sql: `DROP ${kind} ${s.missing_ok ? 'IF EXISTS ' : ''}${quoteIdent(sqlName)}`, params: [] });
    if (kind === 'TABLE' && !schema.lookupTable(name)?.temp) for (const seq of ownedSequences(schema, name)) steps.push({ sql: `DROP TABLE ${quoteIdent(sequenceTableName(seq))}`, params: [] });
  }
  return { steps, notices: cascade.notices ?? [] };
}

/**
 * Tables dropped or truncated together, those referencing others of them first: SQLite's DROP TABLE
 * deletes the rows first, as TRUNCATE's DELETE does, which a foreign key from a table of the same
 * statement not yet emptied refuses (`pgbench -i` drops its four tables in one statement).
 */
function referencingFirst(schema: TranslatorSchema, objects: Node[], nameOf = (o: Node): string => names(o.List?.items ?? [o]).at(-1)!): Node[] {
  const byName = new Map(objects.map((o) => [nameOf(o), o]));
  if (byName.size !== objects.length) return objects;
  const ordered: Node[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const by of schema.referencingTables(name)) if (byName.has(by)) visit(by);
    ordered.push(byName.get(name)!);
  };
  for (const name of byName.keys()) visit(name);
  return ordered;
}

export function truncate(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } {
  const em = new Emitter(schema);
  const steps: Step[] = [];
  const notices: PgError[] = [];
  const relations = (s.relations as Node[]).map((r) => r.RangeVar);
  if (s.behavior === 'DROP_CASCADE') {
    // As PostgreSQL: every table referencing a truncated one is truncated too, and so on.
    const named = new Set(relations.map((r) => r.relname as string));
    for (let i = 0; i < relations.length; i++) {
      for (const by of schema.referencingTables(relations[i]!.relname)) {
        if (named.has(by)) continue;
        named.add(by);
        relations.push({ relname: by, inh: true, relpersistence: 'p' });
        notices.push(new PgError(SqlState.successfulCompletion, `truncate cascades to table "${by}"`, { severity: 'NOTICE' }));
      }
    }
  }
  for (const r of referencingFirst(schema, relations.map((RangeVar) => ({ RangeVar })), (o) => o.RangeVar.relname)) {
    const table = em.rangeVar(r.RangeVar, false);
    steps.push({ sql: `DELETE FROM ${table}`, params: [], firesNoTriggers: true });
    const sqlName = schema.lookupTable(r.RangeVar.relname)?.sqlName ?? r.RangeVar.relname;
    if (s.restart_seqs) {
      const restart = restartOwnedSequences(schema, r.RangeVar.relname);
      // A table made before serial columns had sequences counts in SQLite's sqlite_sequence.
      steps.push(...(restart.length ? restart : [{ sql: `DELETE FROM sqlite_sequence WHERE name = ${quoteString(sqlName)}`, params: [] }]));
    }
  }
  return { steps, notices };
}

/** INCLUDE's columns, which must be the table's; SQLite's index keeps the keys alone, which decide the same uniqueness. */
function includedColumns(schema: TranslatorSchema, table: string, s: Node): string[] {
  const included = ((s.indexIncludingParams ?? []) as Node[]).map((p) => p.IndexElem);
  if (included.some((e) => !e.name)) throw new PgError(SqlState.featureNotSupported, 'expressions are not supported in included columns');
  const known = schema.lookupTable(table);
  for (const e of included) if (known && !known.column(e.name)) throw new PgError(SqlState.undefinedColumn, `column "${e.name}" does not exist`);
  return included.map((e) => e.name as string);
}

/** Whether an expression selects a field (`(p).x`) anywhere in it. */
function selectsField(n: unknown): boolean {
  if (Array.isArray(n)) return n.some(selectsField);
  if (!n || typeof n !== 'object') return false;
  if (((n as Node).A_Indirection?.indirection as Node[] | undefined)?.some((i) => i.String)) return true;
  return Object.values(n).some(selectsField);
}

export function createIndex(schema: TranslatorSchema, s: Node): Step[] {
  if (s.nulls_not_distinct) throw nullsNotDistinct();
  const em = new Emitter(schema);
  const table = s.relation.relname as string;
  // A partition is a view of its parent's rows (partitions.ts): an index of its own has no table to be on.
  if (schema.hasPartitions() && schema.lookupTable(table)?.writes?.partition) throw unsupported('an index of one partition');
  const elems = (s.indexParams as Node[]).map((p) => p.IndexElem);
  // SQLite would index a field's value read from the record's text at CREATE, which failed (XX000) on stored rows.
  if (schema.hasComposites() && elems.some((e) => e.expr && selectsField(e.expr))) throw unsupported('an index on a field of a composite value');
  const columns = tableColumnTypes(schema, table);
  const checked = new Emitter(schema);
  checked.scope = existingColumnsScope(schema, table);
  const cols = elems.map((e) => {
    if (e.expr) typeCheck(checked, e.expr, columns);
    const target = e.name ? quoteIdent(e.name) : `(${em.expr(e.expr)})${expressionAnnotation(e.expr, columns)}${keyTypeMarker(expressionType(e.expr, columns))}`;
    const desc = e.ordering === 'SORTBY_DESC';
    const nullsFirst = e.nulls_ordering === 'SORTBY_NULLS_FIRST' ? true : e.nulls_ordering === 'SORTBY_NULLS_LAST' ? false : desc;
    return `${target}${desc ? ' DESC' : ''}${nullsFirst !== desc ? nullsOrderMarker(nullsFirst) : ''}${keyClassAnnotation(e, s.accessMethod ?? 'btree', e.name ? columns(e.name) : expressionType(e.expr, columns))}`;
  });
  const name = chosenIndexName(schema, s);
  const keyTypes = () => elems.map((e) => (e.name ? schema.lookupTable(table)?.column(e.name)?.type : em.typeOf(e.expr)));
  if (hstoreKeys(s.accessMethod, elems, keyTypes)) {
    // hstore's GIN or GiST index, kept as a b-tree SQLite does not search by.
  } else if (trigramKeys(schema, s.accessMethod, elems, keyTypes)) {
    // pg_trgm's GIN or GiST index of text keys (index-classes.ts TRIGRAM_OPERATOR_CLASSES).
  } else if (s.accessMethod === 'gin') ginKeys(keyTypes(), elems.some((e) => e.opclass?.length));
  else if (s.accessMethod && s.accessMethod !== 'btree' && s.accessMethod !== 'hash') throw unsupported(`index method ${s.accessMethod}`);
  // SQLite keeps a temporary table's indexes in the one temp schema all sessions share.
  const sqlName = schema.lookupTable(table)?.temp ? schema.tempPrefix + name : name;
  const method = (s.accessMethod && s.accessMethod !== 'btree' ? indexMethodMarker(s.accessMethod) : '') + indexIncludeMarker(includedColumns(schema, table, s));
  let sql = `CREATE ${s.unique ? 'UNIQUE ' : ''}INDEX ${s.if_not_exists ? 'IF NOT EXISTS ' : ''}${quoteIdent(sqlName)} ON ${em.rangeVar(s.relation, false)} (${cols.join(', ')})${method}`;
  // The predicate is written knowing its columns' types, as ON CONFLICT … WHERE (emit.ts) writes the
  // one that names the index: untyped, `e - s > interval '8 hours'` of timestamptz columns and
  // `q < 'Infinity'` of a float8 were SQLite's comparisons of the stored values, so a unique
  // partial index let duplicates in or refused rows PostgreSQL's leaves out of it.
  em.scope = predicateScope(schema, table);
  const typed = typedEmitter(em, columns) ?? em;
  typed.deterministicLike = true;
  const where = s.whereClause ? typed.expr(literalsReadAtCreation(s.whereClause, columns)) : undefined;
  typed.deterministicLike = false;
  if (where !== undefined) sql += ` WHERE ${where}${expressionAnnotation(s.whereClause, columns)}`;
  const plain = elems.every((e) => e.name);
  const check = s.unique && plain && !(s.if_not_exists && schema.takenRelationNames().has(name)) ? [duplicateKeyCheck(schema, table, em.rangeVar(s.relation, false), name, elems.map((e) => e.name as string), where)] : [];
  return [...check, { sql, params: em.params }];
}

/**
 * Whether every key of a GIN or GiST index names pg_trgm's class of its method: 42704 while the
 * extension is not created, as the class does not exist then; 42804 for a key that is no text.
 */
function trigramKeys(schema: TranslatorSchema, method: string | undefined, elems: Node[], types: () => Array<PgTypeInfo | null | undefined>): boolean {
  const classes = elems.map((e) => ((e.opclass ?? []) as Node[]).at(-1)?.String?.sval as string | undefined);
  const own = TRIGRAM_OPERATOR_CLASSES.find((c) => c.method === method);
  if (!own || !classes.includes(own.name)) return false;
  if (!schema.hasExtension('pg_trgm')) throw new PgError(SqlState.undefinedObject, `operator class "${own.name}" does not exist for access method "${method}"`);
  types().forEach((t, i) => {
    if (classes[i] !== own.name) throw unsupported(`index method ${method} beside a trigram key`);
    if (t && !isString(t)) throw new PgError(SqlState.datatypeMismatch, `operator class "${own.name}" does not accept data type ${formatType(t.oid, -1)}`);
  });
  return true;
}

/**
 * Whether a GIN or GiST index is of hstore keys, by their default class (gin_hstore_ops,
 * gist_hstore_ops) or named; 42804 for that class named over a key of another type.
 */
function hstoreKeys(method: string | undefined, elems: Node[], types: () => Array<PgTypeInfo | null | undefined>): boolean {
  if (method !== 'gin' && method !== 'gist') return false;
  const own = `${method}_hstore_ops`;
  const classes = elems.map((e) => ((e.opclass ?? []) as Node[]).at(-1)?.String?.sval as string | undefined);
  const keyTypes = types();
  if (!keyTypes.some((t) => t?.oid === OID.hstore) && !classes.includes(own)) return false;
  keyTypes.forEach((t, i) => {
    if (t?.oid !== OID.hstore && classes[i] === own) throw new PgError(SqlState.datatypeMismatch, `operator class "${own}" does not accept data type ${t ? formatType(t.oid, -1) : 'unknown'}`);
    if (t?.oid !== OID.hstore || (classes[i] !== undefined && classes[i] !== own)) throw unsupported(`index method ${method} beside an hstore key`);
  });
  return true;
}

/**
 * A GIN index's keys: tsvectors, arrays and jsonb by their default operator classes, kept as a
 * b-tree SQLite does not use (each search scans); 42704 for a type without one.
 */
function ginKeys(types: Array<PgTypeInfo | null | undefined>, opclass: boolean): void {
  for (const t of types) {
    if (t && (t.oid === OID.tsvector || ((t.oid === OID.jsonb || arrayElementOid(t.oid) !== 0) && !opclass))) continue;
    if (!t || t.oid === OID.jsonb || arrayElementOid(t.oid) !== 0) throw unsupported(t ? 'index method gin with an operator class' : 'index method gin over this key');
    throw new PgError(SqlState.undefinedObject, `data type ${formatType(t.oid, -1)} has no default operator class for access method "gin"`, {
      hint: 'You must specify an operator class for the index or define a default operator class for the data type.',
    });
  }
}

/**
 * Before a unique index on rows that already break it: PostgreSQL's error, naming the index and
 * the first key, in the index's order, that is there twice (SQLite's names neither).
 */
function duplicateKeyCheck(schema: TranslatorSchema, table: string, sqlTable: string, index: string, columns: string[], where?: string): Step {
  const types = schema.lookupTable(table);
  const keys = columns.map(quoteIdent);
  const shown = columns.map((c) => {
    const t = types?.column(c)?.type;
    return t ? `coalesce(pg_output(${quoteIdent(c)}, ${t.oid}, ${t.typmod}), 'null')` : `CAST(${quoteIdent(c)} AS TEXT)`;
  });
  const filter = [...keys.map((k) => `${k} IS NOT NULL`), ...(where !== undefined ? [`(${where})`] : [])].join(' AND ');
  const detail = `'Key (${columns.map((c) => quoteIdentifier(c).replace(/'/g, "''")).join(', ')})=(' || ${shown.join(` || ', ' || `)} || ') is duplicated.'`;
  return {
    sql: `SELECT pg_raise_if(1, '23505', ${quoteString(`could not create unique index "${index}"`)}, ${detail}) FROM (SELECT ${keys.join(', ')} FROM ${sqlTable} WHERE ${filter} GROUP BY ${keys.join(', ')} HAVING count(*) > 1 ORDER BY ${keys.join(', ')} LIMIT 1)`,
    params: [],
  };
}

/**
 * `ADD COLUMN c … UNIQUE` (or PRIMARY KEY): the column added, then its key as `ADD CONSTRAINT …
 * UNIQUE (c)` adds one to a table (a PRIMARY KEY's column NOT NULL too), as PostgreSQL names it.
 */
function addColumnKeysApart(cmds: Node[]): Node[] {
  return cmds.flatMap((c) => {
    const cmd = c.AlterTableCmd;
    const col = cmd.subtype === 'AT_AddColumn' ? cmd.def.ColumnDef : undefined;
    const constraints = (col?.constraints ?? []) as Node[];
    const isKey = (x: Node) => x.Constraint.contype === 'CONSTR_PRIMARY' || x.Constraint.contype === 'CONSTR_UNIQUE';
    if (!col || !constraints.some(isKey)) return [c];
    // A serial or identity column's values come from its sequence as it is added: not done apart.
    const type = names(col.typeName?.names ?? []).at(-1) ?? '';
    if (/serial/.test(type) || constraints.some((x) => x.Constraint.contype === 'CONSTR_IDENTITY')) throw unsupported('ADD COLUMN of a serial or identity column with a PRIMARY KEY or UNIQUE constraint');
    const keys = constraints.filter(isKey);
    const notNull = keys.some((k) => k.Constraint.contype === 'CONSTR_PRIMARY') && !constraints.some((x) => x.Constraint.contype === 'CONSTR_NOTNULL');
    const rest = [...constraints.filter((x) => !isKey(x)), ...(notNull ? [{ Constraint: { contype: 'CONSTR_NOTNULL' } }] : [])];
    const added = { AlterTableCmd: { ...cmd, def: { ColumnDef: { ...col, constraints: rest } } } };
    const keyed = keys.map((k) => ({ AlterTableCmd: { subtype: 'AT_AddConstraint', def: { Constraint: { ...k.Constraint, keys: [{ String: { sval: col.colname } }] } }, behavior: 'DROP_RESTRICT', keyOfAdded: col.colname } }));
    return [added, ...keyed];
  });
}

/**
 * A column's identity options given in several commands (`SET INCREMENT BY 5, ALTER COLUMN id
 * RESTART`) as one: each command's sequence change is written from the sequence as the statement
 * found it, so a later one would undo an earlier one's.
 */
function identityOptionsTogether(cmds: Node[]): Node[] {
  const first = new Map<string, Node>();
  const out: Node[] = [];
  for (const c of cmds) {
    const cmd = c.AlterTableCmd;
    const earlier = cmd.subtype === 'AT_SetIdentity' ? first.get(cmd.name) : undefined;
    if (earlier) {
      earlier.AlterTableCmd.def.List.items.push(...((cmd.def?.List?.items ?? []) as Node[]));
      continue;
    }
    const own = cmd.subtype === 'AT_SetIdentity' ? { AlterTableCmd: { ...cmd, def: { List: { items: [...((cmd.def?.List?.items ?? []) as Node[])] } } } } : c;
    if (cmd.subtype === 'AT_SetIdentity') first.set(cmd.name, own);
    out.push(own);
  }
  return out;
}

export function alterTable(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } {
  try {
    return alterTableCommands(schema, s);
  } catch (e) {
    if (e instanceof PgError && unplacedAlterTable(s, e.code)) delete e.fields.position;
    throw e;
  }
}

/**
 * ALTER INDEX … SET / RESET (storage parameters): SQLite's indexes have none, and CREATE INDEX …
 * WITH (…) takes them as no-ops too; the index must be there. Anything else ALTER INDEX does
 * through this statement (SET STATISTICS, SET TABLESPACE) is refused.
 */
function alterIndexOptions(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } {
  const name = s.relation.relname as string;
  const storage = (s.cmds as Node[]).every((c) => c.AlterTableCmd.subtype === 'AT_SetRelOptions' || c.AlterTableCmd.subtype === 'AT_ResetRelOptions');
  if (!storage) throw unsupported('ALTER INDEX other than RENAME, SET (…) and RESET (…)');
  if (schema.lookupTable(name) || schema.sequence(name)) throw new PgError(SqlState.wrongObjectType, `"${name}" is not an index`);
  if (schema.takenRelationNames().has(schema.indexSqlName(name))) return { steps: [], notices: [] };
  if (!s.missing_ok) throw new PgError(SqlState.undefinedTable, `relation "${name}" does not exist`);
  return { steps: [], notices: [new PgError(SqlState.successfulCompletion, `relation "${name}" does not exist, skipping`, { severity: 'NOTICE' })] };
}

function alterTableCommands(schema: TranslatorSchema, s: Node): { steps: Step[]; notices: PgError[] } {
  if (s.objtype === 'OBJECT_INDEX') return alterIndexOptions(schema, s);
  const tableName = s.relation.relname as string;
  if (s.missing_ok && !schema.lookupTable(tableName) && !schema.sequence(tableName)) {
    return { steps: [], notices: [new PgError(SqlState.successfulCompletion, `relation "${tableName}" does not exist, skipping`, { severity: 'NOTICE' })] };
  }
  const owners = (s.cmds as Node[]).filter((c) => c.AlterTableCmd.subtype === 'AT_ChangeOwner');
  if (owners.length === s.cmds.length) return { steps: changeOwner(schema, s.relation, owners.at(-1)!.AlterTableCmd.newowner), notices: [] };
  if (s.objtype && s.objtype !== 'OBJECT_TABLE') throw unsupported(`ALTER ${String(s.objtype).replace('OBJECT_', '')}`);
  const em = new Emitter(schema);
  const table = em.rangeVar(s.relation, false);
  // A session's temporary table is edited under the name it is stored by.
  const sqlTable = schema.lookupTable(tableName)?.sqlName ?? tableName;
  const steps: Step[] = [];
  // What IF [NOT] EXISTS skipped: PostgreSQL's NOTICEs.
  const notices: PgError[] = [];
  const skipped = new Set<string>();
  const retyped = new Map<string, Ty>();
  for (const c of identityOptionsTogether(addColumnKeysApart(s.cmds as Node[]))) {
    const cmd = c.AlterTableCmd;
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const col = cmd.def.ColumnDef;
        if (cmd.missing_ok && schema.lookupTable(tableName)?.column(col.colname)) {
          skipped.add(col.colname);
          notices.push(new PgError(SqlState.duplicateColumn, `column "${col.colname}" of relation "${tableName}" already exists, skipping`, { severity: 'NOTICE' }));
          break;
        }
        const constraints = withConstraintAttributes((col.constraints ?? []) as Node[]).map((x) => x.Constraint);
        if (constraints.some((x) => x.contype === 'CONSTR_PRIMARY' || x.contype === 'CONSTR_UNIQUE')) {
          throw unsupported('ADD COLUMN with a PRIMARY KEY or UNIQUE constraint');
        }
        const identity = constraints.some((x) => x.contype === 'CONSTR_IDENTITY');
        if (identity && constraints.some((x) => x.contype === 'CONSTR_NULL')) {
          throw new PgError(SqlState.syntaxError, `conflicting NULL/NOT NULL declarations for column "${col.colname}" of table "${tableName}"`);
        }
        // PostgreSQL draws each existing row's value from the new sequence, in the order it reads the table.
        if (identity || SERIAL_TYPES.has(names(col.typeName?.names ?? []).at(-1) ?? '')) throw unsupported('ADD COLUMN of a serial or identity column');
        const declared = columnDeclaredType(schema, col.typeName);
        let definition = `${quoteIdent(col.colname)} ${sqliteTypeName(declared)}`;
        // What its expressions know of the table's columns, as in CREATE TABLE.
        em.scope = existingColumnsScope(schema, tableName);
        const types = columnTypesOf(schema, [cmd.def], tableColumnTypes(schema, tableName));
        for (const x of constraints) definition += columnConstraint(em, x, false, col.colname, types);
        // SQLite adds no STORED column, nor one whose default is an expression (now(), '{}'::jsonb),
        // nor a foreign key with a default: the table is made again with it, its values computed
        // for each row as PostgreSQL does, and checked against its CHECK and FOREIGN KEY
        // constraints (SQLite's own check names no constraint).
        const defaulted = constraints.find((x) => x.contype === 'CONSTR_DEFAULT');
        const checked = constraints.some((x) => x.contype === 'CONSTR_CHECK' || x.contype === 'CONSTR_FOREIGN');
        if (constraints.some((x) => x.contype === 'CONSTR_GENERATED') || (defaulted && (!defaulted.raw_expr.A_Const || checked || assignedOnWrite(em, defaulted.raw_expr, types(col.colname)!)))) {
          steps.push({ sql: '', params: [], edit: { kind: 'addColumn', table: sqlTable, definition, ...(checked ? { column: col.colname } : {}) } });
        } else steps.push({ sql: `ALTER TABLE ${table} ADD COLUMN ${definition}`, params: [] });
        if (keepsDisplay(declared)) {
          // A generated numeric's display column is generated too (createTable's), so the table is made again for it as well.
          const generated = generatedDisplay(em, withConstraintAttributes((col.constraints ?? []) as Node[]), tableColumnTypes(schema, tableName));
          const display = `${quoteIdent(displayColumn(col.colname))}${generated}`;
          steps.push(generated ? { sql: '', params: [], edit: { kind: 'addColumn', table: sqlTable, definition: display } } : { sql: `ALTER TABLE ${table} ADD COLUMN ${display}`, params: [] });
        }
        em.scope = null;
        break;
      }
      case 'AT_DropColumn':
        if (cmd.missing_ok && schema.lookupTable(tableName) && !schema.lookupTable(tableName)!.column(cmd.name)) {
          notices.push(new PgError(SqlState.successfulCompletion, `column "${cmd.name}" of relation "${tableName}" does not exist, skipping`, { severity: 'NOTICE' }));
          break;
        }
        if (!cmd.missing_ok && schema.lookupTable(tableName) && !schema.lookupTable(tableName)!.column(cmd.name)) {
          throw new PgError(SqlState.undefinedColumn, `column "${cmd.name}" of relation "${tableName}" does not exist`);
        }
        checkDropColumn(schema, tableName, cmd);
        steps.push(...dropColumnKeys(schema, tableName, cmd.name, notices));
        for (const name of checksReadingColumn(schema, tableName, cmd.name)) steps.push(dropConstraintEdit(sqlTable, name, false));
        steps.push(...dropColumnViews(schema, tableName, cmd, notices));
        // Its indexes go with it, as in PostgreSQL; SQLite refuses to drop an indexed column.
        for (const index of schema.indexesOnColumn(tableName, cmd.name)) steps.push({ sql: `DROP INDEX ${quoteIdent(index)}`, params: [] });
        // PostgreSQL drops the EXCLUDE constraints over the column with it.
        steps.push(...changedExclusions(schema, sqlTable, table, (d) => (d.elements.some((e) => e.column === cmd.name) ? null : d)));
        steps.push({ sql: '', params: [], edit: { kind: 'dropColumn', table: sqlTable, column: cmd.name } }, { sql: `ALTER TABLE ${table} DROP COLUMN ${quoteIdent(cmd.name)}`, params: [] });
        if (schema.lookupTable(tableName)?.column(cmd.name)?.display !== undefined) steps.push({ sql: `ALTER TABLE ${table} DROP COLUMN ${quoteIdent(displayColumn(cmd.name))}`, params: [] });
        // A sequence OWNED BY the column goes with it, as PostgreSQL's.
        for (const seq of ownedSequences(schema, tableName)) if (schema.sequence(seq)!.owned === `${tableName}.${cmd.name}`) steps.push({ sql: `DROP TABLE ${quoteIdent(sequenceTableName(seq))}`, params: [] });
        break;
      case 'AT_AddConstraint': {
        // The key of an ADD COLUMN IF NOT EXISTS that was skipped goes with it.
        if (cmd.keyOfAdded !== undefined && skipped.has(cmd.keyOfAdded)) break;
        const con = cmd.def.Constraint;
        if (con.nulls_not_distinct) throw nullsNotDistinct();
        if (con.indexname) {
          steps.push(...keyUsingIndex(schema, tableName, sqlTable, con, notices));
        } else if (con.contype === 'CONSTR_PRIMARY' || con.contype === 'CONSTR_UNIQUE') {
          // Django's UniqueConstraint(deferrable=…) is added so.
          if (con.deferrable || con.initdeferred) throw deferrableKey(con.contype);
          // SQLite cannot add a key to an existing table; a unique index enforces the same rule
          // without rebuilding the table, and the catalog shows it under the constraint's name.
          const cols = names(con.keys);
          const included = names(con.including ?? []);
          // PostgreSQL's key name counts INCLUDE's columns in (ChooseIndexColumnNames).
          const suffix = con.contype === 'CONSTR_PRIMARY' ? 'pkey' : `${[...cols, ...included].join('_')}_key`;
          // An unnamed key takes the next free name, as PostgreSQL's ChooseConstraintName: t_a_key, t_a_key1, …
          let name = con.conname ?? `${tableName}_${suffix}`;
          const taken = con.conname ? new Set<string>() : schema.takenRelationNames();
          for (let n = 1; taken.has(name); n++) name = `${tableName}_${suffix}${n}`;
          // A primary key's columns become NOT NULL, and stay so should the key be dropped.
          if (con.contype === 'CONSTR_PRIMARY') {
            for (const col of cols) steps.push({ sql: '', params: [], edit: { kind: 'alterColumn', table: sqlTable, column: col, notNull: true } });
          }
          const kind = con.contype === 'CONSTR_PRIMARY' ? 'p' : 'u';
          steps.push(duplicateKeyCheck(schema, tableName, table, name, cols));
          steps.push({ sql: `CREATE UNIQUE INDEX ${quoteIdent(name)} ON ${table} (${cols.map(quoteIdent).join(', ')})${indexIncludeMarker(included)}${indexConstraintMarker(kind)}`, params: [] });
        } else if (con.contype === 'CONSTR_EXCLUSION') {
          if (schema.lookupTable(tableName)?.temp) throw unsupported('EXCLUDE constraints of temporary tables');
          steps.push(...exclusionSteps(exclusionDefinition(schema, con, tableName, tableColumnTypes(schema, tableName)), table, true));
        } else if (con.contype === 'CONSTR_FOREIGN' || con.contype === 'CONSTR_CHECK') {
          em.scope = existingColumnsScope(schema, tableName);
          const columns = tableColumnTypes(schema, tableName);
          steps.push(addConstraintEdit(schema, tableName, con, (named) => tableConstraint(em, named, columns), (expr) => checkSql(em, expr, columns), sqlTable));
          em.scope = null;
        } else {
          throw unsupported(`ALTER TABLE ADD ${String(con.contype).replace('CONSTR_', '')} constraint`);
        }
        break;
      }
      case 'AT_DropConstraint':
        if (schema.exclusionTable(cmd.name) === sqlTable) {
          steps.push(...dropExclusionSteps(cmd.name));
          break;
        }
        if (cmd.missing_ok && !schema.hasConstraint(tableName, cmd.name)) {
          notices.push(new PgError(SqlState.successfulCompletion, `constraint "${cmd.name}" of relation "${tableName}" does not exist, skipping`, { severity: 'NOTICE' }));
          break;
        }
        steps.push(...dropKeyDependents(schema, tableName, cmd, notices), dropConstraintEdit(sqlTable, cmd.name, !!cmd.missing_ok));
        break;
      case 'AT_SetNotNull':
      case 'AT_DropNotNull':
      case 'AT_ColumnDefault':
      case 'AT_AlterColumnType':
        // The triggers compare values of the column's type as it was.
        if (cmd.subtype === 'AT_AlterColumnType' && schema.exclusions(sqlTable).some((d) => d.elements.some((e) => e.column === cmd.name))) throw unsupported('ALTER COLUMN … TYPE of a column in an EXCLUDE constraint');
        if (cmd.subtype === 'AT_AlterColumnType') checkAlterColumnType(schema, tableName, cmd, s.cmds as Node[], retypedAs(schema, cmd.def.ColumnDef));
        // A composite's record text is written by its casts (dialect/translate/composites.ts), which a retyping's conversion does not run.
        if (cmd.subtype === 'AT_AlterColumnType' && schema.hasComposites() && (compositeNamed(schema, cmd.def.ColumnDef.typeName) || schema.compositeByOid(schema.lookupTable(tableName)?.column(cmd.name)?.type.oid ?? 0))) {
          throw unsupported(`ALTER COLUMN … TYPE to or from a composite type (column "${cmd.name}")`);
        }
        steps.push(...alterColumn(schema, em, tableName, cmd, retyped));
        if (cmd.subtype === 'AT_AlterColumnType') retyped.set(cmd.name, retypedAs(schema, cmd.def.ColumnDef));
        break;
      case 'AT_AddIdentity':
        steps.push(...addIdentity(schema, tableName, cmd, (s.cmds as Node[]).slice(0, (s.cmds as Node[]).indexOf(c))));
        break;
      case 'AT_SetIdentity':
        steps.push(...setIdentity(schema, tableName, cmd));
        break;
      case 'AT_DropExpression': {
        const column = schema.lookupTable(tableName)?.column(cmd.name);
        if (!column) throw new PgError(SqlState.undefinedColumn, `column "${cmd.name}" of relation "${tableName}" does not exist`);
        if (!column.generated) {
          const what = `column "${cmd.name}" of relation "${tableName}" is not a stored generated column`;
          if (!cmd.missing_ok) throw new PgError(SqlState.objectNotInPrerequisiteState, what);
          notices.push(new PgError(SqlState.successfulCompletion, `${what}, skipping`, { severity: 'NOTICE' }));
          break;
        }
        steps.push({ sql: '', params: [], edit: { kind: 'alterColumn', table: sqlTable, column: cmd.name, dropExpression: true } });
        // Its display column (generatedDisplay) keeps the texts computed so far and takes those written.
        if (column.display !== undefined) steps.push({ sql: '', params: [], edit: { kind: 'alterColumn', table: sqlTable, column: column.display, dropExpression: true } });
        break;
      }
      case 'AT_DropIdentity':
        steps.push(...dropIdentity(schema, tableName, cmd, notices));
        break;
      case 'AT_AlterConstraint': {
        const con = cmd.def.ATAlterConstraint;
        // The parser's later forms (ENFORCED, INHERIT) are no part of PostgreSQL 15.
        if (!con?.alterDeferrability) throw unsupported('ALTER CONSTRAINT other than [NOT] DEFERRABLE [INITIALLY …]');
        if (!schema.hasConstraint(tableName, con.conname)) throw new PgError(SqlState.undefinedObject, `constraint "${con.conname}" of relation "${tableName}" does not exist`);
        if (constraintKind(schema, tableName, con.conname) !== 'f') throw new PgError(SqlState.wrongObjectType, `constraint "${con.conname}" of relation "${tableName}" is not a foreign key constraint`);
        // Its name would have to be written into a session's table, whose default names carry its prefix.
        if (schema.lookupTable(tableName)?.temp) throw unsupported('ALTER CONSTRAINT of a temporary table');
        steps.push({ sql: '', params: [], edit: { kind: 'alterConstraint', table: sqlTable, name: con.conname, deferrable: !!(con.deferrable || con.initdeferred), deferred: !!con.initdeferred } });
        break;
      }
      case 'AT_ValidateConstraint': {
        if (!schema.hasConstraint(tableName, cmd.name)) throw new PgError(SqlState.undefinedObject, `constraint "${cmd.name}" of relation "${tableName}" does not exist`);
        const kind = constraintKind(schema, tableName, cmd.name);
        if (kind !== 'c' && kind !== 'f') throw new PgError(SqlState.wrongObjectType, `constraint "${cmd.name}" of relation "${tableName}" is not a foreign key or check constraint`);
        steps.push({ sql: '', params: [], edit: { kind: 'validateConstraint', table: sqlTable, name: cmd.name } });
        break;
      }
      // How PostgreSQL stores, clusters and samples the table: SQLite keeps its own ways, and
      // nothing a statement answers depends on them.
      case 'AT_SetRelOptions':
      case 'AT_ResetRelOptions':
      case 'AT_SetStatistics':
      case 'AT_SetStorage':
      case 'AT_SetCompression':
      case 'AT_ClusterOn':
      case 'AT_DropCluster':
      case 'AT_ReplicaIdentity':
      // Every session is a superuser (connection.ts checkLoginRole), and row security never
      // applies to one, FORCE or not: no query answers differently.
      case 'AT_EnableRowSecurity':
      case 'AT_DisableRowSecurity':
      case 'AT_ForceRowSecurity':
      case 'AT_NoForceRowSecurity':
        if (!schema.lookupTable(tableName)) throw new PgError(SqlState.undefinedTable, `relation "${tableName}" does not exist`);
        break;
      default:
        throw unsupported(`ALTER TABLE ${String(cmd.subtype).replace('AT_', '')}`);
    }
  }
  return { steps, notices };
}

/** The kind of table `tableName`'s constraint `name` as pg_constraint shows it (p, u, c, f), keys added as unique indexes included. */
function constraintKind(schema: TranslatorSchema, tableName: string, name: string): string | undefined {
  return schema.catalogTable(tableName)?.constraints.find((c) => c.name === name)?.type;
}

/** Before DROP COLUMN: the views that read the column are refused (2BP01), or with CASCADE dropped, with the views reading them. */
function dropColumnViews(schema: TranslatorSchema, tableName: string, cmd: Node, notices: PgError[]): Step[] {
  const direct = schema.viewsReadingColumn(tableName, cmd.name);
  const matviews = matviewsReadingColumn(schema, tableName, cmd.name);
  if (!direct.length && !matviews.length) return [];
  if (cmd.behavior !== 'DROP_CASCADE') {
    throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop column ${cmd.name} of table ${tableName} because other objects depend on it`, {
      detail: [...direct.map((v) => `view ${v}`), ...matviews.map((v) => `materialized view ${v}`)].map((v) => `${v} depends on column ${cmd.name} of table ${tableName}`).join('\n'),
      hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
    });
  }
  if (matviews.length) throw unsupported('DROP COLUMN … CASCADE of a column a materialized view reads');
  const views = cascadedViews(schema, direct);
  notices.push(cascadeNotice(views.map((v) => `drop cascades to view ${v}`)));
  return droppedViews(schema, views);
}

/** Views `direct` and the views reading them, in turn: what a CASCADE through them drops. */
function cascadedViews(schema: TranslatorSchema, direct: string[]): string[] {
  const views: string[] = [];
  const visit = (v: string) => {
    if (views.includes(v)) return;
    views.push(v);
    schema.viewsReading(v).forEach(visit);
  };
  direct.forEach(visit);
  return views;
}

/** DROP VIEW of cascadedViews', those reading others first. */
function droppedViews(schema: TranslatorSchema, views: string[]): Step[] {
  return [...views].reverse().map((v) => ({ sql: `DROP VIEW ${quoteIdent(schema.lookupTable(v)!.sqlName)}`, params: [] }));
}

/**
 * DROP COLUMN [CASCADE] (checkDropColumn refused it without CASCADE where a foreign key
 * references the column): other tables' foreign keys to the column go (NOTICE), and the primary
 * key and unique constraints of its table's definition it is in, which SQLite's DROP COLUMN
 * refuses to drop, go first, as PostgreSQL drops them.
 */
function dropColumnKeys(schema: TranslatorSchema, tableName: string, column: string, notices: PgError[]): Step[] {
  const table = schema.lookupTable(tableName)!;
  const foreignKeys = schema.foreignKeysOnColumn(tableName, column).filter((f) => f.table !== tableName);
  if (foreignKeys.length) notices.push(cascadeNotice(foreignKeys.map((f) => `drop cascades to constraint ${f.constraint} on table ${f.table}`)));
  const keys = (schema.catalogTable(tableName)?.constraints ?? []).filter((c) => (c.type === 'p' || c.type === 'u') && c.source !== null && c.columns.includes(column));
  return [...foreignKeys.map((f) => dropConstraintEdit(schema.lookupTable(f.table)!.sqlName, f.constraint, false)), ...keys.map((k) => dropConstraintEdit(table.sqlName, k.name, false))];
}

/**
 * Before a PRIMARY KEY's or UNIQUE constraint's DROP: the foreign keys that reference its columns
 * depend on its index, so the drop is refused (2BP01), or with CASCADE drops them first.
 */
function dropKeyDependents(schema: TranslatorSchema, tableName: string, cmd: Node, notices: PgError[]): Step[] {
  const table = schema.lookupTable(tableName);
  const key = schema.keyConstraintColumns(tableName, cmd.name) ?? table?.uniqueKeys.find((k) => k.index === cmd.name)?.columns;
  if (!table || !key) return [];
  const dependents = schema.foreignKeysOnKey(tableName, key);
  if (!dependents.length) return [];
  const what = (d: { table: string; constraint: string }) => `constraint ${d.constraint} on table ${d.table}`;
  if (cmd.behavior !== 'DROP_CASCADE') {
    throw new PgError(SqlState.dependentObjectsStillExist, `cannot drop constraint ${cmd.name} on table ${tableName} because other objects depend on it`, {
      detail: dependents.map((d) => `${what(d)} depends on index ${cmd.name}`).join('\n'),
      hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
    });
  }
  notices.push(cascadeNotice(dependents.map((d) => `drop cascades to ${what(d)}`)));
  return dependents.map((d) => dropConstraintEdit(schema.lookupTable(d.table)!.sqlName, d.constraint, false));
}

export function rename(schema: TranslatorSchema, s: Node): Step[] {
  const em = new Emitter(schema);
  const relation = s.relation?.relname as string | undefined;
  // ALTER SEQUENCE … RENAME TO, or ALTER TABLE of a sequence (Rails' rename_table renames the key's so).
  if (s.renameType === 'OBJECT_SEQUENCE' || (s.renameType === 'OBJECT_TABLE' && relation !== undefined && schema.sequence(relation) && !schema.lookupTable(relation))) {
    if (!schema.sequence(relation!)) throw new PgError(SqlState.undefinedTable, `relation "${relation}" does not exist`);
    if (schema.takenRelationNames().has(s.newname) || schema.sequence(s.newname)) throw new PgError(SqlState.duplicateTable, `relation "${s.newname}" already exists`);
    return [{ sql: `ALTER TABLE ${quoteIdent(sequenceTableName(relation!))} RENAME TO ${quoteIdent(sequenceTableName(s.newname))}`, params: [] }];
  }
  const sqlTable = relation === undefined ? undefined : schema.lookupTable(relation)?.sqlName;
  if (s.renameType === 'OBJECT_TABLE' || s.renameType === 'OBJECT_VIEW' || s.renameType === 'OBJECT_MATVIEW') {
    const table = schema.lookupTable(s.relation.relname);
    if (!table) throw new PgError(SqlState.undefinedTable, `relation "${s.relation.relname}" does not exist`);
    if (s.renameType === 'OBJECT_VIEW' && !table.view) throw new PgError(SqlState.wrongObjectType, `"${s.relation.relname}" is not a view`);
    if (s.renameType === 'OBJECT_MATVIEW' && !table.matview) throw new PgError(SqlState.wrongObjectType, `"${s.relation.relname}" is not a materialized view`);
    if (!table.temp && schema.takenRelationNames().has(s.newname)) throw new PgError(SqlState.duplicateTable, `relation "${s.newname}" already exists`);
    if (table.view) {
      // SQLite renames no view, nor the views that read one: those keep reading the old name.
      if (schema.viewsReading(table.name).length || schema.matviewsReading(table.name).length) throw unsupported('renaming a view other views read');
      // The view is made again under its new name, which its SQLite triggers, named after it, would not follow.
      if (schema.triggerObjects(table.sqlName).length) throw unsupported('renaming a view with INSTEAD OF triggers');
      return [{ sql: '', params: [], edit: { kind: 'renameView', table: table.sqlName, to: s.newname } }];
    }
    const prefix = table?.temp ? schema.tempPrefix : '';
    const renamed = sqlTable === undefined ? [] : changedExclusions(schema, sqlTable, quoteIdent(prefix + s.newname), (d) => ({ ...d, table: s.newname }));
    const renaming: Step = table && !table.view ? { sql: '', params: [], edit: { kind: 'renameTable', table: table.sqlName, to: prefix + s.newname } } : { sql: `ALTER TABLE ${em.rangeVar(s.relation, false)} RENAME TO ${quoteIdent(prefix + s.newname)}`, params: [] };
    const views = table.temp ? [] : renamedInViews(schema, table.name, schema.viewsReading(table.name), {
      display: (d) => renamedViewTable(d, table.name, s.newname),
      query: (q) => renamedQueryTable(q, table.name, s.newname),
    });
    return [renaming, ...renamedOwner(schema, s.relation.relname, null, s.newname), ...renamed, ...views];
  }
  if (s.renameType === 'OBJECT_COLUMN') {
    const info = schema.lookupTable(s.relation.relname);
    const table = info?.sqlName ?? s.relation.relname;
    const displayed = info?.column(s.subname)?.display !== undefined;
    // SQLite renames the column in the partitions' views; the key, an annotation, is renamed here.
    const key = info?.partitioned?.columns.includes(s.subname) ? { ...info.partitioned, columns: info.partitioned.columns.map((c) => (c === s.subname ? s.newname : c)) } : undefined;
    return [
      ...(key ? [{ sql: '', params: [], edit: { kind: 'partitioned' as const, table, marker: partitionedMarker(key) } }] : []),
      // Constraints named after the column (t_col_fkey, t_col_key, t_col_check) keep the name: it is written into the table first.
      ...(info && !info.view && schema.constraintNames(s.relation.relname).some((n) => n.includes(`_${s.subname}_`)) ? [{ sql: '', params: [], edit: { kind: 'nameConstraints' as const, table } }] : []),
      { sql: `ALTER TABLE ${em.rangeVar(s.relation, false)} RENAME COLUMN ${quoteIdent(s.subname)} TO ${quoteIdent(s.newname)}`, params: [] },
      ...(displayed ? [{ sql: `ALTER TABLE ${em.rangeVar(s.relation, false)} RENAME COLUMN ${quoteIdent(displayColumn(s.subname))} TO ${quoteIdent(displayColumn(s.newname))}`, params: [] }] : []),
      { sql: '', params: [], edit: { kind: 'renameInDisplays', table, from: s.subname, to: s.newname } },
      ...renamedInViews(schema, s.relation.relname, schema.viewsReadingColumn(s.relation.relname, s.subname), {
        display: (d) => renamedViewColumn(d, s.relation.relname, s.subname, s.newname),
        query: (q) => renamedQueryColumn(q, s.relation.relname, s.subname, s.newname),
      }),
      ...renamedOwner(schema, s.relation.relname, s.subname, s.newname),
      ...changedExclusions(schema, table, em.rangeVar(s.relation, false), (d) =>
        d.elements.some((e) => e.column === s.subname) ? { ...d, elements: d.elements.map((e) => (e.column === s.subname ? { ...e, column: s.newname } : e)) } : d,
      ),
    ];
  }
  if (s.renameType === 'OBJECT_TABCONSTRAINT') {
    const table = schema.lookupTable(s.relation.relname);
    if (!table || table.view) throw new PgError(SqlState.undefinedTable, `relation "${s.relation.relname}" does not exist`);
    if (schema.exclusionTable(s.subname) === table.sqlName) return changedExclusions(schema, table.sqlName, em.rangeVar(s.relation, false), (d) => (d.name === s.subname ? { ...d, name: s.newname } : d));
    return [{ sql: '', params: [], edit: { kind: 'renameConstraint', table: table.sqlName, from: s.subname, to: s.newname } }];
  }
  throw unsupported(`RENAME of ${String(s.renameType).replace('OBJECT_', '').toLowerCase()}`);
}

/** How a RENAME changes a view's PostgreSQL text and a materialized view's kept query (undefined: not at all). */
interface ViewRename {
  display(d: Display): Display | undefined;
  query(q: unknown): unknown;
}

/**
 * RENAME of table `table` or its column: the PostgreSQL text of each of `views` with the name
 * changed in it, and the query of each materialized view reading the table (which REFRESH runs again).
 */
function renamedInViews(schema: TranslatorSchema, table: string, views: string[], rename: ViewRename): Step[] {
  const matviews = schema.matviewsReading(table).flatMap((name) => {
    const t = schema.lookupTable(name)!;
    const query = rename.query(t.matview!.query);
    if (query === undefined) return [];
    const definition = t.matview!.definition && rename.display(t.matview!.definition);
    return [{ sql: '', params: [], edit: { kind: 'matview' as const, table: t.sqlName, marker: matviewMarker({ ...t.matview!, query, definition: definition ?? t.matview!.definition }) } }];
  });
  return [...matviews, ...views.flatMap((name) => {
    const view = schema.lookupTable(name)!;
    const sql = schema.viewStatement(view.sqlName) ?? '';
    const at = sql.lastIndexOf('/* evsql-pg: ');
    const display = at < 0 ? undefined : readDisplayMarker(sql.slice(at, sql.indexOf(' */', at) + 3));
    const renamed = display ? rename.display(display) : undefined;
    return renamed ? [{ sql: '', params: [], edit: { kind: 'viewDisplay' as const, table: view.sqlName, marker: displayMarker(renamed) } }] : [];
  })];
}

/** ALTER INDEX [IF EXISTS] … RENAME TO (Rails' rename_index and rename_table, Django's RenameIndex). */
export function renameIndex(schema: TranslatorSchema, s: Node): { steps: Step[]; notices?: PgError[] } {
  const name = s.relation.relname as string;
  const sqlName = schema.indexSqlName(name);
  const table = schema.indexTable(sqlName);
  // The index of a key declared in CREATE TABLE is named after its table as it is now (t_pkey):
  // renaming the old name to that one, as Rails' rename_table does after renaming the table, is done.
  const derived = (n: string) =>
    (n.endsWith('_pkey') && schema.primaryKeyOf(n.slice(0, -'_pkey'.length)).length > 0) || (schema.takenRelationNames().has(n) && !schema.lookupTable(n) && schema.indexTable(n) === undefined);
  // The index of a key CREATE TABLE declared, by the name the key has (written into its table at a
  // RENAME TO, or chosen from it): ALTER INDEX renames the key, as RENAME CONSTRAINT does.
  // A schema's index is named `schema.name` by then (namespaces.ts), its key by its own name in a table of that schema.
  const schemas = new Set(schema.schemaNames());
  const key = splitStoredName(name, schemas);
  const owner = table === undefined ? schema.tableNames().find((t) => splitStoredName(t, schemas).schema === key.schema && schema.keyConstraintColumns(t, key.name) !== undefined) : undefined;
  if (owner !== undefined) return { steps: [{ sql: '', params: [], edit: { kind: 'renameConstraint', table: schema.lookupTable(owner)!.sqlName, from: key.name, to: splitStoredName(s.newname, schemas).name } }] };
  if (table === undefined && derived(s.newname) && !derived(name)) return { steps: [] };
  if (table === undefined) {
    if (s.missing_ok) return { steps: [], notices: [new PgError(SqlState.successfulCompletion, `relation "${name}" does not exist, skipping`, { severity: 'NOTICE' })] };
    throw new PgError(SqlState.undefinedTable, `relation "${name}" does not exist`);
  }
  // Indexes share the relations' names: taking a table's, a sequence's, a key's or another index's would make two.
  if (schema.takenRelationNames().has(s.newname) || schema.sequence(s.newname)) throw new PgError(SqlState.duplicateTable, `relation "${splitStoredName(s.newname, schemas).name}" already exists`);
  const prefix = sqlName === name ? '' : sqlName.slice(0, sqlName.length - name.length);
  return { steps: [{ sql: '', params: [], edit: { kind: 'renameIndex', table, from: sqlName, to: prefix + s.newname } }] };
}

/**
 * CREATE OR REPLACE VIEW keeps the view's columns, as PostgreSQL's checkViewColumns: it may add
 * columns at the end, not drop, rename or retype one (42P16).
 */
function checkReplacedColumns(old: ColumnInfo[], now: Array<{ name: string; type: PgTypeInfo | null }>): void {
  if (now.length < old.length) throw new PgError(SqlState.invalidTableDefinition, 'cannot drop columns from view');
  old.forEach((o, i) => {
    const n = now[i]!;
    if (n.name !== o.name) throw new PgError(SqlState.invalidTableDefinition, `cannot change name of view column "${o.name}" to "${n.name}"`, { hint: 'Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.' });
    if (n.type && n.type.oid !== o.type.oid) throw new PgError(SqlState.invalidTableDefinition, `cannot change data type of view column "${o.name}" from ${formatType(o.type.oid, o.type.typmod)} to ${formatType(n.type.oid, n.type.typmod)}`);
  });
}

export function createView(schema: TranslatorSchema, s: Node): Step[] {
  // A view over a temporary table is temporary too in PostgreSQL: this would make a lasting one.
  if (s.view.relpersistence === 't') throw unsupported('CREATE TEMP VIEW');
  const checked = (s.withCheckOption && s.withCheckOption !== 'NO_CHECK_OPTION') || ((s.options ?? []) as Node[]).some((o) => o.DefElem?.defname === 'check_option');
  const notUpdatable = checked ? notAutoUpdatable(s.query.SelectStmt, true) : undefined;
  if (notUpdatable) throw new PgError(SqlState.featureNotSupported, 'WITH CHECK OPTION is supported only on automatically updatable views', { hint: notUpdatable });
  const em = new Emitter(schema);
  em.formatsOutput = false;
  const name = em.rangeVar(s.view, false, true);
  // The view's rows carry their numerics' display texts, as a FROM subquery's do.
  // Its query as made now: a literal's reading of TimeZone or DateStyle is this session's, as PostgreSQL folds it.
  const made = literalsReadAtCreation(s.query);
  const carried = em.carriedDisplays(made);
  em.carryNext = carried;
  const query = em.select(made, true);
  if (em.readsTemp) throw unsupported('a view of a temporary table');
  // The catalog lives in each connection's temp schema, which no lasting SQLite view may read.
  const catalogTable = /temp\."([^"]+)"/.exec(query.sql)?.[1];
  if (catalogTable) throw unsupported(`a view reading the system catalog (${catalogTable.startsWith('evsql.') ? 'a catalog function' : catalogTable})`);
  const aliases = names(s.aliases ?? []);
  if (aliases.length > query.columns.length) throw new PgError(SqlState.syntaxError, 'CREATE VIEW specifies more column names than columns');
  // An anonymous record (a SEARCH or CYCLE column, a ROW(…)) has no type a view's column may keep (CheckAttributeType).
  const pseudo = query.columns.findIndex((c) => c.type?.oid === OID.record || c.type?.oid === OID.record_array);
  if (pseudo >= 0) throw new PgError(SqlState.invalidTableDefinition, `column "${aliases[pseudo] ?? query.columns[pseudo]!.name}" has pseudo-type ${formatType(query.columns[pseudo]!.type!.oid, -1)}`);
  const replaced = s.replace ? schema.lookupTable(s.view.relname) : undefined;
  if (replaced && !replaced.view) throw new PgError(SqlState.wrongObjectType, `"${s.view.relname}" is not a view`);
  if (replaced?.view) {
    // PostgreSQL analyses the query before it compares the columns: a missing relation comes first.
    const missing = missingRelation(schema, s.query);
    if (missing) throw new PgError(SqlState.undefinedTable, `relation "${missing.relname}" does not exist`, { position: missing.location + 1 });
    checkReplacedColumns(replaced.columns, query.columns.map((c, i) => ({ name: aliases[i] ?? c.name, type: c.type })));
  }
  const cols = s.aliases || carried ? ` (${columnList(names(s.aliases ?? []), query.columns, carried)})` : '';
  const printed = viewDefinition(schema, s.query, names(s.aliases));
  const types = viewColumnsMarker(query.columns.map((c) => (c.type ? (schema.compositeByOid(c.type.oid)?.name ?? schema.enumByOid(c.type.oid)?.name ?? formatType(c.type.oid, c.type.typmod)) : null))) + viewScalesMarker(query.columns.map((c) => c.scale ?? null)) + viewWritesMarker(keptDefaults(viewWrites(schema, s, printed?.plain), replaced));
  const steps: Step[] = [];
  if (s.replace) steps.push({ sql: `DROP VIEW IF EXISTS ${name}`, params: [] });
  const definition = displayMarker(printed);
  steps.push({ sql: `CREATE VIEW ${name}${cols} AS ${query.sql}${types}${definition}`, params: em.params });
  // SQLite makes a view of relations that do not exist; compiling a read of it finds them missing
  // (42P01, as PostgreSQL's CREATE VIEW is) without running it. Its plan answers nobody.
  steps.push({ sql: `EXPLAIN QUERY PLAN SELECT 1 FROM ${name}`, params: [], fired: true });
  if (replaced?.view) steps.push(...keptTriggers(schema, replaced.sqlName));
  // A replaced view keeps its owner and privileges, as PostgreSQL's pg_class row does.
  const acl = replaced?.view ? schema.relationAcl(replaced.sqlName) : undefined;
  if (replaced && acl) steps.push({ sql: '', params: [], edit: { kind: 'acl', table: replaced.sqlName, view: true, acl } });
  return steps;
}

