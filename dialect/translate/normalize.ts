/**
 * Values written to typed columns, coerced as PostgreSQL's assignment does (pg/coerce.ts):
 * INSERT values, UPDATE and ON CONFLICT … SET, from the column types the schema knows. Literals are
 * coerced while translating; anything else that may not already be in the column's storage form
 * is wrapped in `pg_store(value, oid, typmod)`, which coerces at run time. A parameter written to
 * a column takes the column's type, as PostgreSQL infers it.
 *
 * Also here: literals compared with a typed expression are read with that type's input function
 * (`created_at >= '2024-02-01'`, `external_id = 'A0EE…'`), as PostgreSQL reads an untyped literal.
 */
import { isRange } from './range-types.js';
import { compositeValue } from './composites.js';
import { locationOf } from './node-location.js';
import { checkValuesLengths } from './values-list.js';
import { sqlLiteral, storeValue } from '../../pg/coerce.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, arrayElementOid, formatType, type PgTypeInfo, type SqliteValue } from '../../pg/types/registry.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import type { EmitContext } from './emit-context.js';
import { textOf, wallClockOf } from './typed-sql.js';
import { isFloat, isNumber, isUnknownLiteral, markScaleSpine, markTextScale } from './types.js';
import type { Node } from './parse.js';
import type { ColumnInfo, TableInfo, TranslatorSchema } from './schema.js';
import { type EnumType, checkEnumLabel, enumInSql, enumOid } from '../catalog/enums.js';

const TEXT_LIKE = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.name]);
export const INTEGER_OIDS = new Set<number>([OID.int2, OID.int4, OID.int8]);

/**
 * PostgreSQL fills the leading columns of a table from an INSERT without a column list and
 * defaults the rest; SQLite wants a value for every column. Names the columns the values cover.
 */
export function leadingColumns(schema: TranslatorSchema, s: Node): string[] | undefined {
  const table = targetTable(schema, s.relation);
  const values = s.selectStmt?.SelectStmt?.valuesLists as Node[] | undefined;
  const width = values?.[0]?.List.items.length as number | undefined;
  if (!table || width === undefined || width >= table.columns.length) return undefined;
  return table.columns.slice(0, width).map((c) => c.name);
}

/**
 * The columns of an INSERT's table that draw from their sequence: serial and identity columns the
 * statement gives no value (`columns`: the ones it gives, undefined for all that its rows reach).
 */
export function drawnColumns(schema: TranslatorSchema, s: Node, columns: string[] | undefined): Array<ColumnInfo & { sequence: string }> {
  const table = targetTable(schema, s.relation);
  if (!table || table.view) return [];
  const given = new Set(columns ?? (s.selectStmt ? table.columns.map((c) => c.name) : []));
  return table.columns.filter((c): c is ColumnInfo & { sequence: string } => c.sequence !== undefined && !given.has(c.name));
}

function targetTable(schema: TranslatorSchema, relation: Node): TableInfo | undefined {
  const namespace = relation.schemaname as string | undefined;
  return !namespace || namespace === 'public' ? schema.lookupTable(relation.relname) : undefined;
}

/** A target column the table lacks (SQLite would take a rowid name as the row's rowid). */
function noColumn(table: TableInfo, name: string): never {
  throw new PgError(SqlState.undefinedColumn, `column "${name}" of relation "${table.name}" does not exist`);
}


/** VALUES rows wider than the INSERT's columns, or narrower than its column list: 42601, as PostgreSQL's parser says. */
export function checkValuesWidth(s: Node, cols: string[]): void {
  const select = s.selectStmt?.SelectStmt;
  const rows = (select?.valuesLists ?? []) as Node[];
  checkValuesLengths(rows);
  // So is a plain SELECT's list whose width is written out (no `*`).
  const targets = (select && (!select.op || select.op === 'SETOP_NONE') ? select.targetList : undefined) as Node[] | undefined;
  const spelled = targets && !targets.some((t) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star));
  for (const items of [...rows.map((row) => row.List.items as Node[]), ...(spelled ? [targets] : [])]) {
    const n = items.length;
    const at = (node: Node | undefined) => {
      const location = locationOf(node);
      return location === undefined ? {} : { position: location + 1 };
    };
    if (n > cols.length) throw new PgError(SqlState.syntaxError, 'INSERT has more expressions than target columns', at(items[cols.length]));
    if (s.cols && n < cols.length) throw new PgError(SqlState.syntaxError, 'INSERT has more target columns than expressions', at(s.cols[n]));
  }
}

/** The column each value of an INSERT goes to (null: the table is not known). */
export function insertTargets(schema: TranslatorSchema, s: Node, cols: string[] | undefined, ownRows = false): Array<ColumnInfo | undefined> | null {
  const table = targetTable(schema, s.relation);
  if (!table || table.view) return null;
  // Rows given apart from the statement's VALUES (translate.ts's DEFAULT rows) were checked there.
  if (!ownRows) checkValuesWidth(s, cols ?? table.columns.map((c) => c.name));
  const twice = cols?.find((name, i) => cols.indexOf(name) !== i);
  if (twice !== undefined) throw new PgError(SqlState.duplicateColumn, `column "${twice}" specified more than once`);
  const targets = (cols ?? table.columns.map((c) => c.name)).map((name) => table.column(name) ?? noColumn(table, name));
  // DEFAULT VALUES writes no column: every one takes its default, an identity's or generated one's too.
  if (!s.selectStmt) return targets;
  const generated = targets.find((c) => c.generated);
  if (generated) {
    throw new PgError(SqlState.generatedAlways, `cannot insert a non-DEFAULT value into column "${generated.name}"`, { detail: `Column "${generated.name}" is a generated column.` });
  }
  if (s.override === 'OVERRIDING_USER_VALUE' && !s.selectStmt?.SelectStmt?.valuesLists) throw new PgError(SqlState.featureNotSupported, 'OVERRIDING USER VALUE with a query is not supported by evsql');
  if (s.override !== 'OVERRIDING_SYSTEM_VALUE') {
    const always = targets.find((c) => c?.identity === 'always');
    if (always) {
      throw new PgError(SqlState.generatedAlways, `cannot insert a non-DEFAULT value into column "${always.name}"`, {
        detail: `Column "${always.name}" is an identity column defined as GENERATED ALWAYS.`,
        hint: 'Use OVERRIDING SYSTEM VALUE to override.',
      });
    }
  }
  return targets;
}

/** The column an UPDATE or ON CONFLICT assignment writes; refuses GENERATED ALWAYS identity columns. */
export function updateTarget(schema: TranslatorSchema, relation: Node, name: string, toDefault = false): ColumnInfo | undefined {
  const table = targetTable(schema, relation);
  const column = table?.column(name) ?? (table && !table.view ? noColumn(table, name) : undefined);
  if (column?.generated && !toDefault) throw new PgError(SqlState.generatedAlways, `column "${name}" can only be updated to DEFAULT`, { detail: `Column "${name}" is a generated column.` });
  if (column?.identity === 'always' && !toDefault) throw new PgError(SqlState.generatedAlways, `column "${name}" can only be updated to DEFAULT`, { detail: `Column "${name}" is an identity column defined as GENERATED ALWAYS.` });
  return column;
}

/**
 * ON CONFLICT ON CONSTRAINT name: the columns of that unique constraint. It is a unique index of
 * that name (CREATE UNIQUE INDEX, ALTER TABLE … ADD CONSTRAINT), or a key CREATE TABLE declared,
 * by its name or the one PostgreSQL gives it (t_pkey, t_a_b_key).
 */
export function constraintColumns(schema: TranslatorSchema, relation: Node, name: string): string[] {
  const table = targetTable(schema, relation);
  const key = table?.uniqueKeys.find((k) => k.index === name && k.origin === 'c');
  if (key) return key.columns;
  // A key CREATE TABLE declared: by the name the catalog gives it (its own, or t_pkey, t_a_key).
  const declared = table ? schema.keyConstraintColumns(table.name, name) : undefined;
  if (declared) return declared;
  throw new PgError(SqlState.undefinedObject, `constraint "${name}" for table "${relation.relname}" does not exist`);
}

/**
 * The SQL for a value written to `column`, coerced to the column's type. An INTEGER PRIMARY KEY is
 * SQLite's rowid, which takes a NULL as "the next rowid": PostgreSQL's 23502 is raised instead.
 */
export function storeSql(em: EmitContext, value: Node, column: ColumnInfo | undefined): string {
  if (!column?.rowid) return assignedSql(em, value, column);
  if (value.A_Const?.isnull) throw new PgError(SqlState.notNullViolation, `null value in column "${column.name}" violates not-null constraint`, { column: column.name });
  return `pg_key_not_null(${assignedSql(em, value, column)}, ${sqlLiteral(column.name)})`;
}

/** The SQL for a value assigned to a column of `column.type`: INSERT and UPDATE's, a generation expression's. */
export function assignedSql(em: EmitContext, value: Node, column: Pick<ColumnInfo, 'name' | 'type'> | undefined): string {
  if (!column) return em.expr(value);
  const t = column.type;
  checkAssignable(em, value, column);
  const e = em.schema.enumByOid(t.oid);
  if (e) return enumStoreSql(em, value, e);
  const composite = em.schema.hasComposites() ? em.schema.compositeByOid(t.oid) : undefined;
  if (composite) {
    return compositeValue(em, value, composite, locationOf(value), (from) => {
      const at = locationOf(value);
      return new PgError(SqlState.datatypeMismatch, `column "${column.name}" is of type ${composite.name} but expression is of type ${formatType(from.oid, from.typmod)}`, { hint: 'You will need to rewrite or cast the expression.', ...(at === undefined ? {} : { position: at + 1 }) });
    });
  }
  // A number assigned to money is cast (int4_cash, int8_cash, numeric_cash): stored money is a count of cents.
  if (t.oid === OID.money && (value.A_Const?.ival || value.A_Const?.fval || isNumber(em.typeOf(value)))) {
    return em.expr({ TypeCast: { arg: value, typeName: { names: [{ String: { sval: 'money' } }], typemod: -1 } } });
  }
  const literal = literalValue(value, t);
  if (literal !== undefined) return sqlLiteral(storeValue(literal, t.oid, t.typmod));
  const param = value.ParamRef?.number as number | undefined;
  if (param !== undefined && !em.paramTypes.has(param)) em.paramTypes.set(param, t);
  if (TEXT_LIKE.has(t.oid)) markTextScale(em, value);
  // JSON written to a column keeps its numbers' scales (`to_jsonb(n)`: 12.340), as a result column's does.
  else if (t.oid === OID.json || t.oid === OID.jsonb) markScaleSpine(em, value, em.numericSpine);
  const from = em.typeOf(value);
  const sql = wallClockOf(from, t) ? `pg_tstz_local(${em.expr(value)})` : em.expr(value);
  // text takes any value as its text: SQLite's affinity does it, except for what prints otherwise.
  if (t.oid === OID.text) return textOf(em, value, sql);
  // Typed again once emitted: a parameter inside (`abalance + $1`) has its type only then, and the
  // statement is then the one its literal form (`abalance + -5`) is, whose constants lift (lift.ts).
  if (param === undefined && storedAlike(em.typeOf(value), t)) return sql;
  return storedSql(TEXT_LIKE.has(t.oid) ? textOf(em, value, sql) : sql, from, t);
}

/** `sql`, a value of type `from`, as a column of type `t` stores it, coerced when the row is written. */
export function storedSql(sql: string, from: PgTypeInfo | null, t: PgTypeInfo): string {
  // A float assigned to an integer column rounds half to even (float8_int4's rint: 2.5 is 2), where
  // pg_store rounds the numeric it takes a number for half away from zero.
  if (INTEGER_OIDS.has(t.oid) && isFloat(from)) return `pg_store(pg_float_integral(${sql}), ${t.oid}, ${t.typmod})`;
  const element = arrayElementOid(from?.oid ?? 0);
  if (INTEGER_OIDS.has(arrayElementOid(t.oid)) && (element === OID.float8 || element === OID.float4)) return `pg_array_integers(${sql}, ${t.oid}, ${element})`;
  return `pg_store(${sql}, ${t.oid}, ${t.typmod})`;
}

/** The kinds of the types whose values PostgreSQL assigns to each other only as ASSIGNABLE says. */
const ASSIGNMENT_KIND = new Map<number, string>([
  ...[OID.int2, OID.int4, OID.int8, OID.numeric].map((o) => [o, 'number'] as const),
  // Apart from the exact numbers: no float converts to money.
  ...[OID.float4, OID.float8].map((o) => [o, 'float'] as const),
  [OID.bool, 'bool'],
  ...[OID.text, OID.varchar, OID.bpchar].map((o) => [o, 'text'] as const),
  [OID.date, 'date'],
  [OID.timestamp, 'timestamp'],
  [OID.timestamptz, 'timestamp'],
  [OID.time, 'time'],
  [OID.timetz, 'time'],
  [OID.interval, 'interval'],
  [OID.bit, 'bit'],
  [OID.varbit, 'bit'],
  [OID.money, 'money'],
]);

/** pg_cast's implicit and assignment casts between those kinds (any value is assigned to a text by its output). */
const ASSIGNABLE = new Set(['number>number', 'number>float', 'float>number', 'float>float', 'bool>bool', 'text>text', 'date>date', 'date>timestamp', 'timestamp>timestamp', 'timestamp>date', 'timestamp>time', 'time>time', 'time>interval', 'interval>interval', 'interval>time', 'bit>bit', 'number>money', 'money>money']);

/**
 * 42804 where PostgreSQL has no assignment cast from the value's type to the column's (`true` into
 * an integer, 1 into a boolean, a date into a number): SQLite would store either as it came. Only
 * for values whose type is written (a column, a cast, a constant): an inferred type may be a guess.
 */
function checkAssignable(em: EmitContext, value: Node, column: Pick<ColumnInfo, 'name' | 'type'>): void {
  const c = value.A_Const;
  const textQuery = quotedScalarQuery(value);
  // A range takes only a range of its own type (a constructor's too: `int4range(1, 2)` into a numrange).
  if (isRange(column.type) && value.FuncCall && isRange(em.typeOf(value))) {
    const from = em.typeOf(value)!;
    if (from.oid !== column.type.oid) throw notAssignable(value, column, from);
    return;
  }
  if (!(value.ColumnRef || value.TypeCast || value.SQLValueFunction || textQuery || (c && (c.ival || c.fval || c.boolval)))) return;
  const from = textQuery ? { oid: OID.text, typmod: -1 } : em.typeOf(value);
  const fromKind = from && ASSIGNMENT_KIND.get(from.oid);
  // text has no assignment cast to an enum: only a quoted literal becomes one of its labels.
  const toKind = ASSIGNMENT_KIND.get(column.type.oid) ?? (em.schema.enumByOid(column.type.oid) ? 'enum' : undefined);
  // No cast makes a range of another type or of any other value.
  if (from && isRange(column.type) && (fromKind || isRange(from)) && from.oid !== column.type.oid) throw notAssignable(value, column, from);
  if (from && isRange(from) && toKind && toKind !== 'text') throw notAssignable(value, column, from);
  if (!fromKind || !toKind || toKind === 'text' || ASSIGNABLE.has(`${fromKind}>${toKind}`)) return;
  throw notAssignable(value, column, from);
}

function notAssignable(value: Node, column: Pick<ColumnInfo, 'name' | 'type'>, from: PgTypeInfo): PgError {
  const at = locationOf(value);
  return new PgError(SqlState.datatypeMismatch, `column "${column.name}" is of type ${formatType(column.type.oid, -1)} but expression is of type ${formatType(from.oid, -1)}`, {
    hint: 'You will need to rewrite or cast the expression.',
    ...(at === undefined ? {} : { position: at + 1 }),
  });
}

/** `(SELECT 'x')`: a subquery's quoted literal is resolved to text, whatever the column (unlike INSERT … SELECT's). */
function quotedScalarQuery(value: Node): boolean {
  const query = value.SubLink?.subLinkType === 'EXPR_SUBLINK' ? value.SubLink.subselect.SelectStmt : undefined;
  return !!query && (!query.op || query.op === 'SETOP_NONE') && query.targetList?.length === 1 && isUnknownLiteral(query.targetList[0].ResTarget.val);
}

/**
 * A value written to an enum column: a label of the type, else 22P02 as PostgreSQL's enum_in
 * raises it (a literal while translating, anything else when it runs).
 */
function enumStoreSql(em: EmitContext, value: Node, e: EnumType): string {
  const literal = value.A_Const?.sval;
  if (literal !== undefined) {
    const label = literal.sval ?? '';
    checkEnumLabel(e, label);
    return sqlLiteral(label);
  }
  if (value.A_Const?.isnull) return 'NULL';
  const param = value.ParamRef?.number as number | undefined;
  if (param !== undefined && !em.paramTypes.has(param)) em.paramTypes.set(param, { oid: enumOid(e.name), typmod: -1 });
  return enumInSql(em.expr(value), e, sqlLiteral);
}

/** A constant's value as its type's input would take it; undefined for anything else. */
function literalValue(n: Node, target: PgTypeInfo): SqliteValue | undefined {
  const c = n.A_Const;
  if (!c) return undefined;
  if (c.isnull) return null;
  if (c.sval !== undefined) return c.sval.sval ?? '';
  const textTarget = TEXT_LIKE.has(target.oid);
  if (c.ival !== undefined) return textTarget ? String(c.ival.ival ?? 0) : BigInt(c.ival.ival ?? 0);
  if (c.fval !== undefined) return textTarget ? c.fval.fval : decodeTextParam(c.fval.fval, OID.numeric);
  if (c.boolval !== undefined) return textTarget ? String(!!c.boolval.boolval) : c.boolval.boolval ? 1n : 0n;
  return undefined;
}

/** Whether a value of type `from` is already stored as a column of type `to` stores it. */
function storedAlike(from: PgTypeInfo | null, to: PgTypeInfo): boolean {
  if (!from) return false;
  if (from.oid !== to.oid) return false;
  return to.typmod < 0 || from.typmod === to.typmod;
}

/** Types whose stored form a literal's text may not already have. */
const COERCED_IN_COMPARISONS = new Set<number>([
  OID.int2, OID.int4, OID.int8, OID.oid, OID.numeric, OID.float4, OID.float8, OID.bool, OID.bpchar, OID.date, OID.time,
  OID.timestamp, OID.timestamptz, OID.interval, OID.uuid, OID.inet, OID.cidr, OID.jsonb, OID.bytea, OID.bit, OID.varbit, OID.money, OID.pg_lsn, OID.xid, OID.cid, OID.xid8, OID.timetz, OID.hstore,
  OID.int4range, OID.int8range, OID.numrange, OID.daterange, OID.tsrange, OID.tstzrange,
]);

/**
 * A string literal compared with an expression of a known type, in that type's stored form;
 * undefined when the literal stays as it is.
 */
export function comparedLiteral(em: EmitContext, literal: Node, other: Node | undefined): string | undefined {
  return other ? literalAs(literal, em.typeOf(other)) : undefined;
}

/**
 * An untyped array literal compared with ANY/ALL to values of a type whose stored form its text
 * may not have, as that type's array stores it (`uuid_col = ANY ('{A0EE…}')`). Numbers are left as
 * they are: catalog queries compare them with the other forms an array takes (int2vector's '1 2').
 */
export function comparedArrayLiteral(literal: Node, arrayOid: number): string | undefined {
  const element = arrayElementOid(arrayOid);
  const coerced = COERCED_AS_COMMON.has(element);
  const text = literal.A_Const?.sval?.sval ?? '';
  if (coerced) return sqlLiteral(decodeTextParam(text, arrayOid));
  // Read by the array type's input function all the same: '{1,x}' beside an integer is PostgreSQL's
  // 22P02. The catalog's other forms ('1 2') are left to the comparison, which reads them.
  if (NUMBER_ELEMENTS.has(element) && text.trimStart().startsWith('{')) decodeTextParam(text, arrayOid);
  return undefined;
}

const NUMBER_ELEMENTS = new Set<number>([OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8]);

/** A string literal read as type `t` (its stored form); undefined when it stays as it is. */
export function literalAs(literal: Node, t: PgTypeInfo | null): string | undefined {
  const text = literal.A_Const?.sval;
  if (text === undefined || !t || !COERCED_IN_COMPARISONS.has(t.oid)) return undefined;
  const s = text.sval ?? '';
  return sqlLiteral(t.oid === OID.bpchar ? s.replace(/ +$/, '') : decodeTextParam(s, t.oid));
}

/**
 * Types whose stored form an untyped literal among CASE results, COALESCE or GREATEST arguments
 * (and the elements of an array literal beside ANY) takes from the common type, as PostgreSQL reads
 * it with that type's input function (`coalesce(uuid_col, 'A0EE…')` prints lowercase). Numbers keep
 * their own path (a numeric's display scale), timestamptz its zone's (asTimestamptz).
 */
const COERCED_AS_COMMON = new Set<number>([
  OID.bool, OID.date, OID.time, OID.timestamp, OID.interval, OID.uuid, OID.inet, OID.cidr, OID.jsonb, OID.bytea, OID.bit, OID.varbit, OID.money, OID.pg_lsn, OID.xid, OID.cid, OID.xid8, OID.timetz, OID.hstore,
  OID.int4range, OID.int8range, OID.numrange, OID.daterange, OID.tsrange, OID.tstzrange,
]);

/** Integers too, as literals among CASE results and the like only: an integer's '1' is the integer, which abs() and other functions of numbers take as one, not as text. */
const INTEGERS = new Set<number>([OID.int2, OID.int4, OID.int8]);

export function commonLiteral(literal: Node, common: PgTypeInfo | null): string | undefined {
  return common && (COERCED_AS_COMMON.has(common.oid) || INTEGERS.has(common.oid)) ? literalAs(literal, common) : undefined;
}
