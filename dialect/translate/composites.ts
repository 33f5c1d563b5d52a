/**
 * Values of composite types (CREATE TYPE … AS (…), dialect/catalog/composites.ts) as evsql
 * computes them: the text record_out prints, made from a row or a literal cast to the type, and
 * a field of it read back by the field's type's input.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, type PgTypeInfo, formatType } from '../../pg/types/registry.js';
import { recordFields } from '../../pg/types/record.js';
import { parseArrayLiteral } from '../../pg/types/array.js';
import { storeValue } from '../../pg/coerce.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { outputText } from './typed-sql.js';
import { type CompositeAttribute, type CompositeType, compositeOid } from '../catalog/composites.js';
import { COMPOSITE_FIELD_TYPES, compositeArrayTypeInfo, unnestedComposite, compositeFields, compositeOfName, compositeTypeInfo, isCompositeArrayField } from './composite-types.js';
import { enumInSql } from '../catalog/enums.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import { jsonRowsFrom } from '../json-each.js';
import type { EmitContext } from './emit-context.js';
import type { TranslatorSchema } from './schema.js';
import { locationOf } from './node-location.js';
import { type Node, isUnknownLiteral, names, parseTypeName } from './parse.js';
import { unsupported } from './unsupported.js';

const PRINTED_NUMBERS = new Set<number>([OID.numeric, OID.float4, OID.float8]);

function attributeCast(value: Node, a: CompositeAttribute): Node {
  return { TypeCast: { arg: value, typeName: parseTypeName(a.typeText) } };
}

/**
 * A value of a row's field as its attribute's text: varchar(n) and char(n) by their input's rules
 * (22001 for a longer one), unless the row is cast `explicit`ly, which truncates as a cast does.
 */
function fieldValue(em: EmitContext, value: Node, a: CompositeAttribute, explicit = false): string {
  if (!sizedText(a) || explicit) {
    const cast = attributeCast(value, a);
    return outputText(em, cast, em.expr(cast));
  }
  return fieldOutput(`pg_store(${em.expr({ TypeCast: { arg: value, typeName: parseTypeName('text') } })}, ${a.oid}, ${a.typmod})`, a);
}

function sizedText(a: CompositeAttribute): boolean {
  return (a.oid === OID.bpchar || a.oid === OID.varchar) && a.typmod > 4;
}

/** A literal's field read by its type's input while translating, so its error points at the literal as PostgreSQL's does. */
function checkFieldInput(text: string, a: CompositeAttribute): void {
  if (sizedText(a)) storeValue(text, a.oid, a.typmod);
  // An enum's label is checked by its cast (fieldValue).
  else if (a.oid !== OID.text && a.oid !== OID.varchar && a.oid !== OID.bpchar && (COMPOSITE_FIELD_TYPES.has(a.oid) || isCompositeArrayField(a.oid))) decodeTextParam(text, a.oid);
}

/**
 * The SQL of `value` as a value of composite type `c` (a cast, or a value written to a column of
 * it): a row's fields each cast to their attribute's type, a literal read as record_in reads it,
 * a parameter read so when it runs (and, `explicit`ly cast, a text). `mismatch` is the error for a value of another type.
 */
export function compositeValue(em: EmitContext, value: Node, c: CompositeType, castAt: number | undefined, mismatch: (from: PgTypeInfo) => PgError, explicit = false): string {
  if (value.A_Const?.isnull) return 'NULL';
  if (value.RowExpr) {
    const fields = (value.RowExpr.args ?? []) as Node[];
    if (fields.length !== c.attributes.length) {
      throw new PgError(SqlState.cannotCoerce, `cannot cast type record to ${c.name}`, { detail: `Input has too ${fields.length < c.attributes.length ? 'few' : 'many'} columns.`, ...(castAt === undefined ? {} : { position: castAt + 1 }) });
    }
    // A quoted literal is read by its field's input while the row is parsed, its error at the literal; a varchar(n) or char(n)
    // field's length is checked (or cut, by a cast) when it runs, its error without a position.
    fields.forEach((f, i) => {
      const a = c.attributes[i]!;
      if (isUnknownLiteral(f) && !sizedText(a)) atLiteral(f, () => checkFieldInput(f.A_Const.sval.sval ?? '', a));
    });
    return `pg_record_out(${fields.map((f, i) => fieldValue(em, f, c.attributes[i]!, explicit)).join(', ')})`;
  }
  if (isUnknownLiteral(value)) {
    const text = value.A_Const.sval.sval ?? '';
    const location = value.A_Const.location as number;
    // record_in's errors and its fields' input errors point at the literal, as PostgreSQL's do.
    return atLiteral(value, () => {
      const fields = recordFields(text, c.attributes.length);
      fields.forEach((f, i) => f !== null && checkFieldInput(f, c.attributes[i]!));
      return `pg_record_out(${fields.map((f, i) => fieldValue(em, f === null ? { A_Const: { isnull: true } } : { A_Const: { sval: { sval: f }, location } }, c.attributes[i]!)).join(', ')})`;
    });
  }
  const type = em.typeOf(value);
  if (value.ParamRef) {
    const number = value.ParamRef.number as number;
    if (!em.paramTypes.has(number)) em.paramTypes.set(number, compositeTypeInfo(c));
  } else if (type?.oid !== compositeOid(c.name)) {
    // A text cast explicitly is read by record_in, as PostgreSQL's I/O conversion cast does.
    if (explicit && (type?.oid === OID.text || type?.oid === OID.varchar)) return recordInSql(em, em.expr(value), c);
    if (type && type.oid !== OID.unknown) throw mismatch(type);
    throw unsupported(`a value of composite type ${c.name} made so`);
  }
  if (type && type.oid === compositeOid(c.name)) return em.expr(value);
  return recordInSql(em, em.expr(value), c);
}

/**
 * The SQL of `value` cast to an array of composite type `c`: the JSON array of its elements'
 * record texts, as evsql holds such an array. ARRAY[…] casts each element to the type, a literal
 * is read by array_in and each element by record_in (their errors at the literal), a parameter or
 * a text reads its elements so when it runs.
 */
export function compositeArrayValue(em: EmitContext, value: Node, c: CompositeType, castAt: number | undefined, cannotCast: (to: string, at: number | undefined) => (from: PgTypeInfo) => PgError): string {
  if (value.A_Const?.isnull) return 'NULL';
  const element = (n: Node) => compositeValue(em, n, c, castAt, cannotCast(c.name, castAt), true);
  if (value.A_ArrayExpr) {
    const elements = (value.A_ArrayExpr.elements ?? []) as Node[];
    if (elements.some((e) => e.A_ArrayExpr)) throw unsupported(`multidimensional arrays of composite type ${c.name}`);
    // Each element is cast, its errors placed at it (transformArrayExpr).
    return `json_array(${elements.map((e) => compositeValue(em, e, c, locationOf(e), cannotCast(c.name, locationOf(e)), true)).join(', ')})`;
  }
  if (isUnknownLiteral(value)) {
    const location = value.A_Const.location as number;
    const items = atLiteral(value, () => parseArrayLiteral(value.A_Const.sval.sval ?? ''));
    if (items.some((i) => Array.isArray(i))) throw unsupported(`multidimensional arrays of composite type ${c.name}`);
    return `json_array(${items.map((i) => (i === null ? 'NULL' : element({ A_Const: { sval: { sval: i }, location } }))).join(', ')})`;
  }
  const type = em.typeOf(value);
  const own = compositeArrayTypeInfo(c);
  if (value.ParamRef) {
    if (!em.paramTypes.has(value.ParamRef.number)) em.paramTypes.set(value.ParamRef.number, own);
  } else if (type?.oid === own.oid) {
    return em.expr(value);
  } else if (type?.oid !== OID.text && type?.oid !== OID.varchar) {
    throw type && type.oid !== OID.unknown ? cannotCast(`${c.name}[]`, castAt)(type) : unsupported(`an array of composite type ${c.name} made so`);
  }
  // A parameter's elements come as the driver wrote them (the wire reads its array, not its records); a text's are read here.
  const sql = em.expr(value);
  const elements = value.ParamRef && em.paramTypes.get(value.ParamRef.number)?.oid === own.oid ? sql : `pg_cast(${sql}, ${OID.text_array}, -1)`;
  return `iif(${sql} IS NULL, NULL, (SELECT json_group_array(${recordInSql(em, '"value"', c)}) FROM ${jsonRowsFrom('json_each', elements)}))`;
}

/**
 * `unnest(a)` in FROM of an array of composite type `c`: a row per element, a column per
 * attribute (named as the alias's column names say, else as the attribute), read from its text.
 */
export function unnestedCompositeSql(em: EmitContext, r: Node): string | undefined {
  const call = (r.functions as Node[]).length === 1 && !r.selectListSrf ? r.functions[0].List?.items?.[0]?.FuncCall : undefined;
  const c = unnestedComposite(em, call);
  if (!c) return undefined;
  const colnames = names(r.alias?.colnames);
  const columns = c.attributes.map((a, i) => `${fieldInput(em, fieldText('value', i, c), a)} AS ${quoteIdent(colnames[i] ?? a.name)}`);
  if (r.ordinality) columns.push(`ordinality AS ${quoteIdent(colnames[c.attributes.length] ?? 'ordinality')}`);
  return `(SELECT ${columns.join(', ')} FROM pg_unnest(${em.expr(call.args[0])})) AS ${quoteIdent(r.alias?.aliasname ?? 'unnest')}`;
}

/** `read`, its error placed at the literal `literal` where it has no position of its own. */
function atLiteral<T>(literal: Node, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw e instanceof PgError && e.fields.position === undefined ? new PgError(e.code, e.message, { ...e.fields, position: (literal.A_Const.location as number) + 1 }) : e;
  }
}

/** A composite value's text read as record_in reads it (22P02 for a malformed one), then printed as record_out does. */
function recordInSql(em: EmitContext, sql: string, c: CompositeType): string {
  const fields = c.attributes.map((a, i) => fieldOutput(fieldInput(em, fieldText(sql, i, c), a), a));
  return `iif(${sql} IS NULL, NULL, pg_record_out(${fields.join(', ')}))`;
}

function fieldText(sql: string, index: number, c: CompositeType): string {
  return `pg_record_field(${sql}, ${index}, ${c.attributes.length})`;
}

/** A field's text read by its type's input, as evsql stores a value of that type. */
function fieldInput(em: EmitContext, text: string, a: CompositeAttribute): string {
  const enumType = COMPOSITE_FIELD_TYPES.has(a.oid) ? undefined : em.schema.enumByOid(a.oid);
  if (enumType) return enumInSql(text, enumType, quoteString);
  switch (a.oid) {
    case OID.int2:
    case OID.int4:
    case OID.int8:
      return `pg_cast_int(${text}, ${a.oid})`;
    case OID.text:
      return text;
    case OID.varchar:
    case OID.bpchar:
      return sizedText(a) ? `pg_store(${text}, ${a.oid}, ${a.typmod})` : text;
    default:
      return `pg_cast(${text}, ${a.oid}, ${a.typmod})`;
  }
}

/** A stored field's text as record_out prints it. */
function fieldOutput(sql: string, a: CompositeAttribute): string {
  if (a.oid === OID.bool) return `CASE WHEN (${sql}) IS NULL THEN NULL WHEN (${sql}) THEN 't' ELSE 'f' END`;
  // char(n) is kept without its padding, which its output adds; a number as a REAL or INTEGER, which
  // its output prints at its scale (numeric(p,s)) or in its shortest digits (floats); a timestamptz
  // in UTC, which its output prints in the session's TimeZone.
  return (a.oid === OID.bpchar && a.typmod > 4) || PRINTED_NUMBERS.has(a.oid) || a.oid === OID.timestamptz ? `pg_output(${sql}, ${a.oid}, ${a.typmod})` : sql;
}

/** `(v).f`: the attribute of that name, 42703 if the type has none. */
export function compositeField(c: CompositeType, field: string, at: number | undefined): { attribute: CompositeAttribute; index: number } {
  const index = c.attributes.findIndex((a) => a.name === field);
  if (index < 0) throw new PgError(SqlState.undefinedColumn, `column "${field}" not found in data type ${c.name}`, at === undefined ? {} : { position: at + 1 });
  return { attribute: c.attributes[index]!, index };
}

/** `(v).f` as SQL: the field of a row cast to the type as cast, else read from the value's text. */
export function fieldSql(em: EmitContext, n: Node, c: CompositeType, field: string): string {
  const arg = n.A_Indirection.arg as Node;
  // A row cast to the type is a row of it placed at the cast (coerce_record_to_complex), a literal at the literal.
  const argAt = arg.TypeCast?.arg.RowExpr && arg.TypeCast.location !== undefined ? (arg.TypeCast.location as number) : locationOf(arg);
  const { attribute, index } = compositeField(c, field, locationOf(n.A_Indirection.indirection[0]) ?? argAt);
  const cast = arg.TypeCast;
  if (cast?.arg.RowExpr && compositeOfName(em, cast.typeName) === c && (cast.arg.RowExpr.args ?? []).length === c.attributes.length) {
    return em.expr(attributeCast(cast.arg.RowExpr.args[index], attribute));
  }
  return fieldInput(em, fieldText(em.expr(arg), index, c), attribute);
}

/** `SET v.f = x`: the composite value with that field replaced (a NULL value's other fields NULL, as in PostgreSQL). */
export function fieldAssignmentSql(em: EmitContext, current: string, c: CompositeType, assigned: Map<number, Node>): string {
  const fields = c.attributes.map((a, i) => {
    const value = assigned.get(i);
    return value ? fieldValue(em, value, a) : fieldText(current, i, c);
  });
  return `pg_record_out(${fields.join(', ')})`;
}

/**
 * `v IS [NOT] NULL` of a composite value: null when it is or every field is, not null when it is
 * not and no field is, as PostgreSQL tests a composite.
 */
export function compositeNullTest(em: EmitContext, n: Node, isNull: boolean): string | undefined {
  const composite = compositeFields(em, n);
  if (!composite) return undefined;
  const value = em.expr(n);
  const fields = composite.fields.map((f) => `(${em.expr(f)}) ${isNull ? 'IS NULL' : 'IS NOT NULL'}`);
  return isNull ? `((${value}) IS NULL OR ${fields.length ? `(${fields.join(' AND ')})` : '1'})` : `((${value}) IS NOT NULL${fields.map((f) => ` AND ${f}`).join('')})`;
}

/**
 * A comparison with a composite value (=, <>, <, <=, >, >=, IS [NOT] DISTINCT FROM, IN). record_eq
 * compares field by field with NULL fields equal, which the canonical text record_out prints
 * compares alike for the attribute types evsql takes; record_cmp orders field by field, a NULL
 * field after any value, which the text does not: its order is computed from the fields.
 */
export function compositeComparison(em: EmitContext, e: Node, op: string): string | undefined {
  if (e.kind === 'AEXPR_IN') {
    const c = em.schema.compositeByOid(em.typeOf(e.lexpr)?.oid ?? 0);
    if (!c) return undefined;
    // x IN (a, b) is x = a OR x = b; NOT IN (op <>) their AND, with SQL's three-valued logic alike.
    // A quoted literal in the list is of x's type where the list's values other than columns are
    // more than one, of which PostgreSQL finds a common type; one alone is compared as `x = '…'`.
    const items = e.rexpr.List.items as Node[];
    const common = items.filter((r) => !r.ColumnRef).length > 1;
    const typed = (r: Node): Node => (common && isUnknownLiteral(r) ? { TypeCast: { arg: r, typeName: parseTypeName(quoteIdent(c.name)), location: -1 } } : r);
    const args = items.map((r) => ({ A_Expr: { kind: 'AEXPR_OP', name: e.name, lexpr: e.lexpr, rexpr: typed(r), location: e.location } }));
    return `(${args.map((a) => em.expr(a)).join(op === '=' ? ' OR ' : ' AND ')})`;
  }
  // x = ANY (ARRAY[a, b]) is x = a OR x = b, x <> ALL (…) their AND, as IN and NOT IN are.
  if ((e.kind === 'AEXPR_OP_ANY' || e.kind === 'AEXPR_OP_ALL') && e.rexpr.A_ArrayExpr && (op === '=' || op === '<>')) {
    const c = em.schema.compositeByOid(em.typeOf(e.lexpr)?.oid ?? 0);
    const items = (e.rexpr.A_ArrayExpr.elements ?? []) as Node[];
    if (!c || !items.length || items.some((r) => r.A_ArrayExpr)) return undefined;
    const args = items.map((r) => ({ A_Expr: { kind: 'AEXPR_OP', name: e.name, lexpr: e.lexpr, rexpr: r, location: e.location } }));
    return `(${args.map((a) => em.expr(a)).join(e.kind === 'AEXPR_OP_ANY' ? ' OR ' : ' AND ')})`;
  }
  const types = [e.lexpr, e.rexpr].map((x) => (x && !Array.isArray(x) ? em.schema.compositeByOid(em.typeOf(x)?.oid ?? 0) : undefined));
  const c = types[0] ?? types[1];
  if (!c) return undefined;
  // Two composite types compare field by field where their attributes' types agree (record_eq, record_cmp); else 42804 as they run.
  if (types[0] && types[1] && types[0] !== types[1]) {
    const [a, b] = [types[0].attributes, types[1].attributes];
    if (a.length !== b.length) throw new PgError(SqlState.datatypeMismatch, 'cannot compare record types with different numbers of columns');
    const at = a.findIndex((x, i) => x.oid !== b[i]!.oid);
    if (at >= 0) throw new PgError(SqlState.datatypeMismatch, `cannot compare dissimilar column types ${formatType(a[at]!.oid, -1)} and ${formatType(b[at]!.oid, -1)} at record column ${at + 1}`);
    throw unsupported(`operator ${op} between composite types ${types[0].name} and ${types[1].name}`);
  }
  const distinct = e.kind === 'AEXPR_DISTINCT' || e.kind === 'AEXPR_NOT_DISTINCT';
  const ordering = e.kind === 'AEXPR_OP' && ORDERINGS.has(op);
  if (!distinct && !ordering && (e.kind !== 'AEXPR_OP' || !['=', '<>', '!='].includes(op))) throw unsupported(`operator ${op} on values of composite type ${c.name}`);
  const side = (n: Node, own: CompositeType | undefined) => {
    if (own === c) return em.expr(n);
    // An untyped value is read as an anonymous record, as record_in cannot.
    if ((n.ParamRef && !em.paramTypes.has(n.ParamRef.number)) || isUnknownLiteral(n)) {
      throw new PgError(SqlState.featureNotSupported, 'input of anonymous composite types is not implemented', isUnknownLiteral(n) ? { position: n.A_Const.location + 1 } : {});
    }
    if (n.A_Const?.isnull) return 'NULL';
    // A row of as many fields is compared field by field, each read as its attribute's type.
    if (n.RowExpr && (n.RowExpr.args ?? []).length === c.attributes.length) return compositeValue(em, n, c, locationOf(n), () => unsupported(`operator ${op} between composite type ${c.name} and a row`));
    // A row is compared as an anonymous record, field types against the attributes' (42804 where they differ): not done here.
    throw unsupported(`operator ${op} between composite type ${c.name} and ${n.RowExpr ? 'a row' : 'another type'}`);
  };
  const [l, r] = [side(e.lexpr, types[0]), side(e.rexpr, types[1])];
  // json has neither an equality operator nor a btree ordering: record_eq and record_cmp fail on
  // such a field when they run, IS DISTINCT FROM when it looks the field's `=` up.
  if (c.attributes.some((a) => a.oid === OID.json)) {
    if (distinct) throw new PgError(SqlState.undefinedFunction, 'operator does not exist: json = json', { position: e.location + 1, hint: 'No operator matches the given name and argument types. You might need to add explicit type casts.' });
    throw new PgError(SqlState.undefinedFunction, `could not identify ${ordering ? 'a comparison function' : 'an equality operator'} for type json`);
  }
  if (ordering) {
    const other = c.attributes.find((a) => !ORDERED_FIELDS.has(a.oid) && !em.schema.enumByOid(a.oid));
    if (other) throw unsupported(`operator ${op} on values of composite type ${c.name} with an attribute of type ${other.typeText}`);
    return `CASE WHEN (${l}) IS NULL OR (${r}) IS NULL THEN NULL ELSE ${recordCmp(em, c, l, r)} ${op} 0 END`;
  }
  const sqlOp = e.kind === 'AEXPR_DISTINCT' ? 'IS NOT' : e.kind === 'AEXPR_NOT_DISTINCT' ? 'IS' : op === '=' ? '=' : '<>';
  // A float's text is not canonical (-0 and 0 are one value), nor an unconstrained numeric's (1.50 and 1.5): such records are equal where record_cmp finds them so.
  if (!c.attributes.some((a) => a.oid === OID.float4 || a.oid === OID.float8 || (a.oid === OID.numeric && a.typmod < 0))) return `(${l}) ${sqlOp} (${r})`;
  const equal = `${recordCmp(em, c, l, r)} = 0`;
  if (distinct) return `(CASE WHEN (${l}) IS NULL OR (${r}) IS NULL THEN (${l}) IS (${r}) ELSE ${equal} END) ${e.kind === 'AEXPR_DISTINCT' ? '= 0' : '= 1'}`;
  return `CASE WHEN (${l}) IS NULL OR (${r}) IS NULL THEN NULL ELSE ${sqlOp === '=' ? equal : `NOT (${equal})`} END`;
}

const ORDERINGS = new Set(['<', '<=', '>', '>=']);

/** Attribute types whose stored values SQLite orders as PostgreSQL does (texts in C's byte order, NaN as a TEXT after every number). */
const ORDERED_FIELDS = new Set<number>([OID.int2, OID.int4, OID.int8, OID.text, OID.varchar, OID.bpchar, OID.bool, OID.numeric, OID.float4, OID.float8, OID.uuid]);

/** record_cmp of two non-null values of composite type `c`: -1, 0 or 1 (0 exactly where record_eq finds them equal, whatever the attributes' types; the sign where they are ORDERED_FIELDS or enums). */
function recordCmp(em: EmitContext, c: CompositeType, l: string, r: string): string {
  const cmp = c.attributes.map((a, i) => {
    // An enum's labels compare in the type's order (enum_cmp).
    const enumType = ORDERED_FIELDS.has(a.oid) ? undefined : em.schema.enumByOid(a.oid);
    const [x, y] = [l, r].map((v) => (enumType ? `pg_enum_rank(${fieldText(v, i, c)}, ${quoteString(JSON.stringify(enumType.labels.map((label) => label.label)))})` : fieldInput(em, fieldText(v, i, c), a)));
    return `nullif(CASE WHEN (${x}) IS (${y}) THEN 0 WHEN (${x}) IS NULL THEN 1 WHEN (${y}) IS NULL THEN -1 WHEN (${x}) < (${y}) THEN -1 ELSE 1 END, 0)`;
  });
  return cmp.length ? `coalesce(${[...cmp, '0'].join(', ')})` : '0';
}

/**
 * `INSERT INTO t (c.f, c.g, d) …`: the statement with one target per composite column, its value
 * a row of the fields given (the others NULL, as PostgreSQL makes them), from each VALUES row or,
 * for a query, from its columns.
 */
export function fieldInsert(schema: TranslatorSchema, s: Node): Node {
  const cols = (s.cols ?? []) as Node[];
  if (!schema.hasComposites() || !cols.some((c) => c.ResTarget.indirection)) return s;
  if (!cols.every((c) => !c.ResTarget.indirection || (c.ResTarget.indirection.length === 1 && c.ResTarget.indirection[0].String))) return s;
  const table = !s.relation.schemaname || s.relation.schemaname === 'public' ? schema.lookupTable(s.relation.relname) : undefined;
  if (!table) return s;
  // Each new target: a plain column's value by its position, or a composite column's fields by theirs.
  const targets: Array<{ name: string; at?: number; c?: CompositeType; fields?: Map<number, number> }> = [];
  cols.forEach((col, i) => {
    const rt = col.ResTarget;
    if (!rt.indirection) return void targets.push({ name: rt.name, at: i });
    const column = table.column(rt.name);
    const c = column ? schema.compositeByOid(column.type.oid) : undefined;
    if (!c) return void targets.push({ name: rt.name, at: i });
    let target = targets.find((t) => t.name === rt.name && t.c);
    if (!target) targets.push((target = { name: rt.name, c, fields: new Map() }));
    const { index } = compositeField(c, rt.indirection[0].String.sval as string, locationOf(rt.indirection[0]) ?? rt.location);
    if (target.fields!.has(index)) throw new PgError(SqlState.syntaxError, `multiple assignments to same column "${rt.name}"`, { position: rt.location + 1 });
    target.fields!.set(index, i);
  });
  if (targets.some((t) => !t.c && cols[t.at!]!.ResTarget.indirection)) return s;
  const row = (value: (i: number) => Node) =>
    targets.map((t) => (t.c ? { RowExpr: { args: t.c.attributes.map((_, a) => (t.fields!.has(a) ? value(t.fields!.get(a)!) : { A_Const: { isnull: true } })), row_format: 'COERCE_EXPLICIT_CALL' } } : value(t.at!)));
  const newCols = targets.map((t) => ({ ResTarget: { name: t.name, location: cols[t.at ?? t.fields!.values().next().value!]!.ResTarget.location } }));
  const select = s.selectStmt?.SelectStmt;
  if (select?.valuesLists) {
    const lists = (select.valuesLists as Node[]).map((l) => {
      const items = l.List.items as Node[];
      if (items.some((e) => e.SetToDefault)) throw unsupported('DEFAULT for a field of a composite column');
      return { List: { items: items.length === cols.length ? row((i) => items[i]!) : items } };
    });
    return { ...s, cols: newCols, selectStmt: { SelectStmt: { ...select, valuesLists: lists } } };
  }
  if (!select) return s;
  const q = 'evsql_fields';
  const ref = (i: number): Node => ({ ColumnRef: { fields: [{ String: { sval: q } }, { String: { sval: `c${i + 1}` } }] } });
  const from = { RangeSubselect: { subquery: s.selectStmt, alias: { aliasname: q, colnames: cols.map((_, i) => ({ String: { sval: `c${i + 1}` } })) } } };
  return { ...s, cols: newCols, selectStmt: { SelectStmt: { targetList: row(ref).map((val) => ({ ResTarget: { val } })), fromClause: [from], op: 'SETOP_NONE' } } };
}
