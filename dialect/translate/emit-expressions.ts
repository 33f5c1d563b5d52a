/**
 * The emitter's first layer: expressions. Column references, constants, operators, casts,
 * function calls, CASE, arrays, windows and subqueries used as values become SQLite SQL here, and
 * the state one statement's emission shares lives here too (the parameters in `?` order, the
 * scope names resolve in, the display bookkeeping of numerics). Queries (emit-query.ts) build on
 * it, and statements (emit.ts) on those; an expression that holds a query calls up through the
 * abstract select/sortBy/carriedDisplays, which the query layer gives.
 */
import { rangeKind } from '../../pg/types/range.js';
import { trigramOperator } from './trigram-operators.js';
import { hstoreOperator } from './hstore.js';
import { compositeArrayOf, compositeArrayOfName, compositeOfName, fieldSelection, fieldThenSubscript } from './composite-types.js';
import { compositeArrayValue, compositeComparison, compositeNullTest, compositeValue, fieldSql } from './composites.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, arrayElementOid, arrayOidOf, formatType, typeName, type PgTypeInfo } from '../../pg/types/registry.js';
import { sqlLiteral } from '../../pg/coerce.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { checkArrayDimensions } from '../../pg/types/array.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { EmitContext, UntypedParamError } from './emit-context.js';
import { argumentTypes } from './argument-types.js';
import { paramSlot } from './param-slots.js';
import { booleanParams, commonTypeParams, functionParams, indeterminateParam, operatorParams } from './untyped-params.js';
import { type Node, nodeType, names, parseTypeName } from './parse.js';
import { informationSchemaCall } from './information-schema-functions.js';
import { unsupported } from './unsupported.js';
import { intervalUnderTypmod } from '../../pg/types/interval.js';
import { endsInEscape, likeEscape } from '../../pg/like.js';
import { zoneIsUtc } from '../../pg/types/timestamp.js';
import { noFunctionCall, noOperator } from './no-function.js';
import { checkCommonType, checkCompositeElements } from './common-type-check.js';
import { locationOf } from './node-location.js';
import { AGGREGATES, FUNCTIONS } from './functions.js';
import { displayColumn } from '../catalog/numeric-display.js';
import { fitsSignature } from './function-shapes.js';
import { JSON_SET_RETURNING } from './json-set-functions.js';
import { RECORD_FUNCTIONS } from './json-records.js';
import { extensionOf } from '../catalog/extensions.js';
import { type EnumType, checkEnumLabel, enumInSql } from '../catalog/enums.js';
import { Scope, type ScopeColumn } from './scope.js';
import type { TranslatorSchema } from './schema.js';
import { commonLiteral, comparedArrayLiteral, comparedLiteral } from './normalize.js';
import { SEQUENCE_FUNCTIONS, sequenceCall } from './sequences.js';
import { subqueryComparison } from './rewrite.js';
import { type OutputColumn, VALUE_WINDOW_FUNCTIONS, arrayTextsSql, computedNumeric, inferParamTypes, markScaleSpine, resolveUnknown, selectColumns, typeOf, mixedScaleArray, arrayScale, elementTexts, enumTypeOfName, isNumber, moneyArrays, isDateTime, isFloat, isNullLiteral, isUnknownLiteral, markTextScale, ARGUMENT_TEXTS, storedDisplay, displayedSql, typeOfName } from './types.js';
import { isRange, isMultirange } from './range-types.js';
import { literalBits } from './bit-strings.js';
import { asTimestamptz, besideFloat, checkCastable, numericAsFloat, FILTER_PLACED, incomparable, incomparableOperands, mixedScaleOutput, numericComparison, orderedSetAggregate, outputText, typedCall, typedCast, typedOperator } from './typed-sql.js';
import * as catalog from './catalog-queries.js';
import { isRowidName } from '../catalog/definitions.js';
import { assertTypeExists } from './type-exists.js';
import { integerToChar, patternSubject } from './char-casts.js';
import { inlineNamedWindow, windowFrame } from './window-frame.js';
import { declaredTypes } from './declared-params.js';
import { INSERTED_COLUMN } from './upsert-inserted.js';

/** Types a `||` of text makes. */
const TEXTUAL = new Set<number>([OID.text, OID.varchar, OID.bpchar]);

export abstract class ExpressionEmitter implements EmitContext {
  /** For each `?` emitted, the 1-based PostgreSQL parameter number it stands for. */
  readonly params: number[] = [];
  /** Types that casts and comparisons tell about parameters: `$1::int`. */
  readonly paramTypes = new Map<number, PgTypeInfo>();
  readonly untypedParams: UntypedParamError[] = [];
  /** The WINDOW clause of the query being emitted, which `OVER (w …)` refines. */
  protected windows: Node[] = [];
  /** The relations names resolve against, for typing (name-resolution.ts). */
  scope: Scope | null = null;
  ctes = new Map<string, ScopeColumn[] | null>();
  /** The expression at the root of the result column being emitted (typed-sql.ts formats quotients there). */
  outputRoot: Node | null = null;
  readonly numericSpine = new WeakSet<Node>();
  readonly groupedDisplays = new WeakSet<Node>();
  readonly sentArrays = new WeakSet<Node>();
  /** RETURNING's subqueries for a column of UPDATE's FROM or DELETE's USING tables (rewrite.ts joinedReturning). */
  protected readonly joinedRows = new WeakSet<Node>();
  /** A table's columns by its stored name (starReturning). */
  protected readonly tableColumns = (relname: string): string[] | undefined => this.schema.lookupTable(relname)?.columns.map((c) => c.name);
  /** Parameters typed by a cast: the first cast's type is theirs. */
  private readonly castParams = new Set<number>();
  readonly functionParams = new Set<number>();
  /** `ARRAY[…]` written directly under a cast, where an empty one takes the cast's type. */
  private readonly castArrays = new WeakSet<Node>();
  readonly displayHidden = new WeakMap<Node, 'hidden' | 'qualified'>();
  /** The output names of the selects being emitted: GROUP BY and ORDER BY may name them ("ID"). */
  protected outputNames = new Set<string>();
  /** On for a plain query: a numeric parameter its result columns print may come with its display scale. */
  displaysParams = false;
  /**
   * On for a partial index's predicate, where SQLite takes deterministic functions only: its own
   * LIKE, made case-sensitive by the case_sensitive_like pragma, is not one (pg-boss's indexes).
   */
  deterministicLike = false;
  /** The display texts the next select() emitted writes after its result columns, as `name:display`. */
  carryNext: Array<string | undefined> | undefined;
  /** The next select is a FROM subquery's, a CTE's or a scalar subquery's, whose JSON and text columns write their numerics' scales (emit-query.ts writesNumerics); 'text': its text columns only (a set operation's member compared by value). */
  derivedNext: boolean | 'text' = false;

  constructor(readonly schema: TranslatorSchema) {
    for (const [number, type] of declaredTypes()) {
      this.paramTypes.set(number, type);
      this.castParams.add(number);
    }
  }

  // A subquery, an ORDER BY inside an aggregate or window, a derived table's display texts: emit-query.ts.

  abstract select(node: Node, top?: boolean): { sql: string; columns: OutputColumn[] };
  abstract sortBy(n: Node, oneKey?: boolean, key?: string): string;
  abstract typedSortKeyOf(n: Node): string | undefined;
  abstract carriedDisplays(query: Node, positional?: boolean): Array<string | undefined> | undefined;
  abstract derivedSelect(query: Node): string;

  // ---------------------------------------------------------------- expressions

  /**
   * A member of CASE, COALESCE, GREATEST or LEAST converted to their common type where its stored
   * form differs: a timestamp or a date among timestamptz is read in the session's zone, a numeric
   * among floats is the float it casts to.
   */
  private asCommon(n: Node, common: PgTypeInfo | null): string {
    const literal = commonLiteral(n, common);
    if (literal !== undefined) return literal;
    const type = this.typeOf(n);
    if (isFloat(common) && type?.oid === OID.numeric) return numericAsFloat(this.expr(n), common!);
    // Text made char (coalesce(c, t) is a bpchar) loses its trailing blanks, as char(n) values are kept.
    if (common?.oid === OID.bpchar && (type?.oid === OID.text || type?.oid === OID.varchar)) return `rtrim(${this.expr(n)}, ' ')`;
    return asTimestamptz(type, common, this.expr(n));
  }

  exprList(list: Node[]): string {
    return list.map((e) => this.expr(e)).join(', ');
  }

  /**
   * A GROUP BY item, `t.*` (t's whole row) as t's columns: rows compare equal column by column,
   * NULLs alike, as grouping compares them.
   */
  protected rowColumns(g: Node): Node[] {
    const fields = names(g.ColumnRef?.fields ?? []);
    if (fields.at(-1) !== '*') return [g];
    const columns = this.scope?.star(fields.at(-2));
    if (!columns) throw unsupported(`GROUP BY ${fields.join('.')} of a relation whose columns evsql cannot tell`);
    return columns.map((c) => ({ ColumnRef: { fields: [...fields.slice(0, -1), c.name].map((sval) => ({ String: { sval } })), location: g.ColumnRef.location } }));
  }

  expr(n: Node): string {
    if (this.outputRoot === n || this.numericSpine.has(n)) {
      const scaled = mixedScaleOutput(this, n);
      if (scaled !== undefined) return this.groupedDisplays.has(n) ? `pg_group_display(${scaled})` : scaled;
    }
    switch (nodeType(n)) {
      case 'A_Const':
        return constant(n.A_Const);
      case 'ColumnRef': {
        const fields = names(n.ColumnRef.fields);
        // database.schema.table.column: PostgreSQL takes only its own database's name there (transformColumnRef).
        if (fields.length > 3) {
          const at = { position: n.ColumnRef.location + 1 };
          if (fields.length > 4) throw new PgError(SqlState.syntaxError, `improper qualified name (too many dotted names): ${fields.join('.')}`, at);
          throw new PgError(SqlState.featureNotSupported, `cross-database references are not implemented: ${fields.join('.')}`, at);
        }
        const inlined = catalog.lateralColumn(this, n);
        if (inlined) {
          const lateral = catalog.lateralCopy(inlined);
          if (this.outputRoot === n || this.numericSpine.has(n)) markScaleSpine(this, lateral, this.numericSpine);
          return `(${this.expr(lateral)})`;
        }
        const lateralFunction = catalog.lateralFunctionColumn(this, fields);
        if (lateralFunction) {
          const shown = this.numericSpine.has(n) ? catalog.lateralFunctionDisplay(this, fields) : undefined;
          return shown ? displayedSql(lateralFunction, shown) : lateralFunction;
        }
        // schema.table.column (SQLAlchemy's `pg_catalog.pg_index.indkey`): the table is named by itself in FROM.
        const ref = fields.length === 3 ? fields.slice(1) : fields;
        const system = ref.at(-1) === 'tableoid' || ref.at(-1) === INSERTED_COLUMN ? this.scope?.column(ref) : undefined;
        // Not a bare integer: SQLite reads one in GROUP BY and ORDER BY as a result column's position.
        if (system?.constant !== undefined) return `CAST(${system.constant} AS INTEGER)`;
        if (system?.computed) return this.expr(system.computed);
        // SQLite would answer with the row's rowid, which differs between replicas after a repair.
        // SQLite's names are case-insensitive: a quoted "ID" would find the column id, and name the column "Name".
        const caseVariant = !this.outputNames.has(ref.at(-1)!) && (/[A-Z]/.test(ref.at(-1)!) || !!this.scope?.hasCaseVariant(ref));
        if (((isRowidName(ref.at(-1)!) || caseVariant) && this.scope?.lacks(ref)) || this.scope?.hiddenByNearer(ref)) {
          throw new PgError(SqlState.undefinedColumn, `column ${ref.length > 1 ? ref.join('.') : `"${ref[0]}"`} does not exist`);
        }
        const scalar = ref.length === 1 ? this.scope?.scalarReference(ref[0]!) : undefined;
        if (scalar) return `${quoteIdent(scalar.relation)}.${quoteIdent(scalar.column.name)}`;
        // A row value evsql has no SQLite value for (those row_to_json and count take are written apart).
        // A result column of the name comes first in ORDER BY (Prisma's `… AS namespace … ORDER BY namespace`).
        if (ref.length === 1 && !this.outputNames.has(ref[0]!) && this.scope?.wholeRow(ref[0]!)) return this.wholeRowOutput(ref[0]!);
        const sql = ref.map((f, i) => (f === '*' ? '*' : quoteIdent(i === 0 && ref.length === 2 && this.scope ? this.scope.sqlQualifier(f) : f))).join('.');
        const stored = this.numericSpine.has(n) ? storedDisplay(this, n) : undefined;
        const display = stored && this.groupedDisplays.has(n) ? `pg_group_display(${stored})` : stored;
        return display ? displayedSql(sql, display) : sql;
      }
      case 'ParamRef':
        // The parser takes `$0`, which numbers no parameter.
        if (!(n.ParamRef.number >= 1)) throw new PgError(SqlState.undefinedParameter, 'there is no parameter $0', { position: n.ParamRef.location + 1 });
        // A numeric parameter a result column prints: marked for translate.ts's displayParams.
        const slot = (this.displaysParams && this.numericSpine.has(n)) || this.sentArrays.has(n) ? -n.ParamRef.number : n.ParamRef.number;
        this.params.push(slot);
        return paramSlot(slot);
      case 'A_Expr':
        return this.aExpr(n.A_Expr);
      case 'BoolExpr': {
        const b = n.BoolExpr;
        booleanParams(this, b.args);
        for (const a of b.args as Node[]) this.checkBoolean(a, b.boolop === 'NOT_EXPR' ? 'NOT' : b.boolop === 'AND_EXPR' ? 'AND' : 'OR');
        // An untyped literal operand is read as a boolean: `NOT 'x'` is 22P02.
        const args = (b.args as Node[]).map((a) => `(${this.expr(isUnknownLiteral(a) ? castNode(a, 'bool') : a)})`);
        if (b.boolop === 'NOT_EXPR') return `NOT ${args[0]}`;
        return balanced(args, b.boolop === 'AND_EXPR' ? ' AND ' : ' OR ');
      }
      case 'NullTest': {
        indeterminateParam(this, n.NullTest.arg);
        const test = n.NullTest.nulltesttype === 'IS_NULL' ? 'IS NULL' : 'IS NOT NULL';
        const composite = compositeNullTest(this, n.NullTest.arg, test === 'IS NULL');
        if (composite !== undefined) return composite;
        // A row is null when every field is, and not null when no field is (SQLite tests no row value).
        const fields = n.NullTest.arg.RowExpr ? ((n.NullTest.arg.RowExpr.args ?? []) as Node[]) : this.wholeRowFields(n.NullTest.arg);
        if (fields) return fields.length ? `(${fields.map((f) => `(${this.expr(f)}) ${test}`).join(' AND ')})` : '1';
        return `(${this.expr(n.NullTest.arg)}) ${test}`;
      }
      case 'BooleanTest': {
        const t = n.BooleanTest;
        const test = {
          IS_TRUE: 'IS TRUE',
          IS_NOT_TRUE: 'IS NOT TRUE',
          IS_FALSE: 'IS FALSE',
          IS_NOT_FALSE: 'IS NOT FALSE',
          IS_UNKNOWN: 'IS NULL',
          IS_NOT_UNKNOWN: 'IS NOT NULL',
        }[t.booltesttype as string]!;
        const argType = this.typeOf(t.arg);
        // SQLite tests any value for truth; PostgreSQL's IS TRUE/FALSE/UNKNOWN take a boolean only.
        if (argType && argType.oid !== OID.bool && argType.oid !== OID.unknown && !isUnknownLiteral(t.arg) && !isNullLiteral(t.arg))
          throw new PgError(SqlState.datatypeMismatch, `argument of ${test.replace('NULL', 'UNKNOWN')} must be type boolean, not type ${formatType(argType.oid, -1)}`);
        return `(${this.expr(t.arg)}) ${test}`;
      }
      case 'TypeCast':
        if (n.TypeCast.arg.A_ArrayExpr) this.castArrays.add(n.TypeCast.arg);
        return mixedScaleArray(this, n, (e) => this.expr(e)) ?? this.typeCast(n.TypeCast);
      case 'FuncCall':
        return this.funcCall(n.FuncCall);
      case 'SQLValueFunction':
        return this.sqlValueFunction(n.SQLValueFunction);
      case 'CaseExpr': {
        const c = n.CaseExpr;
        for (const w of c.args as Node[]) {
          const at = locationOf(w.CaseWhen.expr);
          if (returnsSet(w.CaseWhen.expr)) throw new PgError(SqlState.datatypeMismatch, 'argument of CASE/WHEN must not return a set', at !== undefined ? { position: at + 1 } : {});
        }
        if (returnsSet(n)) throw noSetReturning('CASE', n);
        let sql = 'CASE';
        // An untyped operand is a text, as transformCaseExpr makes it: `CASE '1' WHEN 1` has no text = integer (42883).
        const arg: Node | undefined = c.arg && (isUnknownLiteral(c.arg) || isNullLiteral(c.arg)) ? { TypeCast: { arg: c.arg, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } } : c.arg;
        // CASE x WHEN y as CASE WHEN x = y where SQLite's comparison of stored texts is not PostgreSQL's =.
        const byOperator = arg !== undefined && this.comparesByOperator([arg, ...(c.args as Node[]).map((w) => w.CaseWhen.expr)]);
        if (arg && !byOperator) sql += ' ' + this.expr(arg);
        else if (!c.arg) booleanParams(this, (c.args as Node[]).map((w) => w.CaseWhen.expr));
        commonTypeParams(this, [...(c.args as Node[]).map((w) => w.CaseWhen.result), ...(c.defresult ? [c.defresult] : [])]);
        checkCommonType(this, 'CASE', [c.defresult ?? { A_Const: { isnull: true } }, ...(c.args as Node[]).map((w) => w.CaseWhen.result)]);
        const common = this.typeOf(n);
        for (const w of c.args as Node[]) {
          const when = byOperator ? { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: arg, rexpr: w.CaseWhen.expr, location: -1 } } : w.CaseWhen.expr;
          // An untyped literal is read as the operand's type, as `x = 'a'` reads it (22P02 where it is none).
          const literal = arg && !byOperator && isUnknownLiteral(when) ? comparedLiteral(this, when, arg) : undefined;
          sql += ` WHEN ${literal ?? (arg ? this.expr(when) : this.condition(when, 'CASE/WHEN'))} THEN ${this.asCommon(w.CaseWhen.result, common)}`;
        }
        if (c.defresult) sql += ` ELSE ${this.asCommon(c.defresult, common)}`;
        return sql + ' END';
      }
      case 'CoalesceExpr': {
        const args = n.CoalesceExpr.args as Node[];
        if (args.some(returnsSet)) throw noSetReturning('COALESCE', args);
        commonTypeParams(this, args);
        checkCommonType(this, 'COALESCE', args);
        const common = this.typeOf(n);
        // A literal beside a composite value is of its type: read by record_in, not kept as written.
        const composite = this.schema.hasComposites() ? this.schema.compositeByOid(common?.oid ?? 0) : undefined;
        if (composite) return `coalesce(${args.map((a) => compositeValue(this, a, composite, locationOf(a), (from) => new PgError(SqlState.datatypeMismatch, `COALESCE types ${composite.name} and ${formatType(from.oid, from.typmod)} cannot be matched`))).join(', ')})`;
        return args.length === 1 ? this.expr(args[0]!) : `coalesce(${args.map((a) => this.asCommon(a, common)).join(', ')})`;
      }
      case 'MinMaxExpr': {
        const args = n.MinMaxExpr.args as Node[];
        commonTypeParams(this, args);
        checkCommonType(this, n.MinMaxExpr.op === 'IS_GREATEST' ? 'GREATEST' : 'LEAST', args);
        if (args.length === 1) return this.expr(args[0]!);
        // PostgreSQL's GREATEST/LEAST ignore NULLs; SQLite's scalar max/min return NULL on any.
        const common = this.typeOf(n);
        // Enum values by their labels' order (enum_cmp): the label at the greatest or least rank.
        const enumType = common ? this.schema.enumByOid(common.oid) : undefined;
        if (enumType) {
          const labels = quoteString(JSON.stringify(enumType.labels.map((l) => l.label)));
          const ranks = args.map((a) => `pg_enum_rank(${this.enumValue(a, enumType)}, ${labels})`);
          return `json_extract(${labels}, '$[' || pg_${n.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least'}(${ranks.join(', ')}) || ']')`;
        }
        // Numerics compare exactly, NaN above all (a BLOB of many digits, 'NaN' text, are no JavaScript numbers).
        const interval = common?.oid === OID.interval ? 'interval_' : common?.oid === OID.inet || common?.oid === OID.cidr ? 'inet_' : common?.oid === OID.numeric ? 'numeric_' : common?.oid === OID.timetz ? 'timetz_' : '';
        return `pg_${interval}${n.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least'}(${args.map((a) => this.asCommon(a, common)).join(', ')})`;
      }
      case 'SubLink':
        return this.subLink(n.SubLink, this.numericSpine.has(n));
      case 'RowExpr':
        return `(${this.exprList(n.RowExpr.args ?? [])})`;
      case 'NullIfExpr':
        return `nullif(${this.exprList(n.NullIfExpr.args)})`;
      case 'SetToDefault':
        // INSERT's VALUES and UPDATE's SET take DEFAULT before here: anywhere else PostgreSQL's grammar has none.
        throw new PgError(SqlState.syntaxError, 'DEFAULT is not allowed in this context', { position: (n.SetToDefault.location ?? -1) + 1 });
      case 'CollateClause':
        return this.expr(n.CollateClause.arg);
      case 'List':
        return `(${this.exprList(n.List.items)})`;
      case 'A_ArrayExpr': {
        // An untyped literal among numbers is read as one (array[1, 'a'] fails with 22P02, as in PostgreSQL).
        const elem = arrayElementOid(this.typeOf(n)?.oid ?? 0);
        const elements = (n.A_ArrayExpr.elements ?? []) as Node[];
        if (this.schema.compositeByOid(elem)) checkCompositeElements(this, elements);
        if (elem === OID.money) throw moneyArrays();
        if (!elements.some((e) => e.A_ArrayExpr)) commonTypeParams(this, elements);
        // `ARRAY[]` has a type only cast (a statement's own, which has a location: not one the translator built).
        if (!elements.length && n.A_ArrayExpr.location !== undefined && !this.castArrays.has(n)) {
          throw new PgError(SqlState.indeterminateDatatype, 'cannot determine type of empty array', { position: n.A_ArrayExpr.location + 1, hint: 'Explicitly cast to the desired type, for example ARRAY[]::integer[].' });
        }
        if (isNumber({ oid: elem, typmod: -1 })) for (const e of elements) if (isUnknownLiteral(e)) decodeTextParam(e.A_Const.sval.sval ?? '', elem);
        checkArrayDimensions(arrayShape(n)?.length ?? 0);
        return mixedScaleArray(this, n, (e) => this.expr(e)) ?? catalog.arrayConstructor(this, elements, elem);
      }
      case 'A_Indirection': {
        const selected = fieldSelection(this, n);
        if (selected) return fieldSql(this, n, selected.c, selected.field);
        const split = fieldThenSubscript(this, n);
        if (split) return this.expr(split);
        return catalog.subscript(this, n, this.numericSpine.has(n) ? (sql) => arrayTextsSql(this, n.A_Indirection.arg, sql) : undefined);
      }
      default:
        throw unsupported(nodeType(n));
    }
  }

  /** A WHERE, HAVING or ON condition: an untyped literal is read as a boolean, a number or text is 42804. */
  protected condition(n: Node, construct: string): string {
    if ((construct === 'WHERE' || construct === 'HAVING') && returnsSet(n)) throw noSetReturning(construct, n);
    if (isUnknownLiteral(n)) return this.expr({ TypeCast: { arg: n, typeName: { names: [{ String: { sval: 'bool' } }], typemod: -1 } } });
    this.checkBoolean(n, construct);
    return this.expr(n);
  }

  /**
   * PostgreSQL coerces an operand of AND/OR/NOT to boolean at parse time: a number, a text or a
   * date/time there is 42804 (SQLite would take a number's truth).
   */
  private checkBoolean(a: Node, construct: string): void {
    if (isUnknownLiteral(a)) return;
    const x = this.typeOf(a);
    if (!x || !(isNumber(x) || TEXT_OR_TIME.has(x.oid))) return;
    throw new PgError(SqlState.datatypeMismatch, `argument of ${construct} must be type boolean, not type ${formatType(x.oid, -1)}`);
  }

  /**
   * `'a' IN (1, 2)`: the untyped literals of an IN take the type of the typed values, and one that
   * is no such value is 22P02, as PostgreSQL's parse-time coercion makes it.
   */
  private checkInLiterals(values: Node[]): void {
    if (!values.some(isUnknownLiteral)) return;
    const types = values.filter((v) => !isUnknownLiteral(v) && v.A_Const?.isnull !== true).map((v) => this.typeOf(v));
    if (!types.length) return;
    // The widest of the typed values' types, when all are numbers or all booleans.
    const rank = [OID.bool, OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8] as number[];
    if (types.some((x) => !x || !rank.includes(x.oid)) || (types.some((x) => x!.oid === OID.bool) && !types.every((x) => x!.oid === OID.bool))) return;
    const oid = rank[Math.max(...types.map((x) => rank.indexOf(x!.oid)))]!;
    for (const v of values) if (isUnknownLiteral(v)) decodeTextParam(v.A_Const.sval.sval ?? '', oid);
  }

  private aExpr(e: Node): string {
    const op = names(e.name).at(-1) ?? '';
    // record_eq and record_cmp compare field by field, NULLs equal and last: not the record's text.
    if ([e.lexpr, e.rexpr].some((x) => x && this.wholeRowFields(x))) throw unsupported('an operator on a whole-row value');
    const composite = this.schema.hasComposites() && (COMPARISONS.has(op) || e.kind === 'AEXPR_IN' || e.kind === 'AEXPR_DISTINCT' || e.kind === 'AEXPR_NOT_DISTINCT') ? compositeComparison(this, e, op) : undefined;
    if (composite !== undefined) return composite;
    if (e.kind === 'AEXPR_OP' && COMPARISONS.has(op) && e.lexpr?.RowExpr?.args?.length && e.rexpr?.RowExpr?.args?.length) return this.expr(rowComparison(op, e));
    // A row against a quoted literal reads the literal as an anonymous record, as PostgreSQL cannot.
    const record = e.kind === 'AEXPR_OP' && COMPARISONS.has(op) && (e.lexpr?.RowExpr ? e.rexpr : e.rexpr?.RowExpr ? e.lexpr : undefined);
    if (record && isUnknownLiteral(record)) throw new PgError(SqlState.featureNotSupported, 'input of anonymous composite types is not implemented', { position: record.A_Const.location + 1 });
    if (e.kind === 'AEXPR_OP' && COMPARISONS.has(op) && e.lexpr?.RowExpr && e.rexpr?.SubLink?.subLinkType === 'EXPR_SUBLINK') {
      // PostgreSQL's row comparison with a subquery's one row, which must have as many columns as the row has fields.
      const fields = (e.lexpr.RowExpr.args ?? []).length as number;
      const columns = selectColumns(this, e.rexpr.SubLink.subselect)?.length;
      if (columns !== undefined && columns !== fields) throw new PgError(SqlState.syntaxError, `subquery has too ${columns < fields ? 'few' : 'many'} columns`, { position: e.location + 1 });
      throw unsupported('a row compared with a subquery');
    }
    // In `x = ANY (array)` the right side is an array, not a value of x's type.
    const overArray = e.kind === 'AEXPR_OP_ANY' || e.kind === 'AEXPR_OP_ALL';
    // A row beside an array of rows (`ROW(a, b) = ANY (path)`, `path || ROW(a, b)`) is the text the array keeps each row as.
    const rowBesideRows = (row: Node | undefined, other: Node | undefined) => !!row?.RowExpr && !!other && this.rowElements(this.typeOf(other)?.oid ?? 0);
    if ((overArray && (op === '=' || op === '<>') && rowBesideRows(e.lexpr, e.rexpr)) || (op === '||' && e.kind === 'AEXPR_OP' && (rowBesideRows(e.lexpr, e.rexpr) || rowBesideRows(e.rexpr, e.lexpr)))) {
      const text = (n: Node) => (n.RowExpr ? { TypeCast: { arg: n, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 }, location: -1 } } : n);
      if (overArray) return catalog.arrayComparison(op, e.kind === 'AEXPR_OP_ANY', this.expr(text(e.lexpr)), this.expr(e.rexpr), undefined);
      const array = (n: Node) => (n.RowExpr ? { A_ArrayExpr: { elements: [n] } } : n);
      return this.aExpr({ ...e, lexpr: array(e.lexpr), rexpr: array(e.rexpr) });
    }
    // An untyped literal beside a typed operand is read as that type, as PostgreSQL resolves it ('a' + 1 is 22P02).
    const compares =
      (COMPARISONS.has(op) && !overArray) ||
      e.kind === 'AEXPR_DISTINCT' ||
      e.kind === 'AEXPR_NOT_DISTINCT' ||
      /^AEXPR_(NOT_)?BETWEEN/.test(e.kind) ||
      (ARITHMETIC.has(op) && e.kind === 'AEXPR_OP' && !!e.lexpr && numberOperands(this, e));
    // LIKE … ESCAPE e comes as like_escape(pattern, e).
    const like = e.kind === 'AEXPR_LIKE' || e.kind === 'AEXPR_ILIKE';
    const escaped = like && e.rexpr.FuncCall && names(e.rexpr.FuncCall.funcname).at(-1) === 'like_escape' ? (e.rexpr.FuncCall.args as Node[]) : undefined;
    if (like) {
      // LIKE is text's: a number, a boolean or a date written as one has none (SQLite would match its text).
      const lt = e.lexpr.ColumnRef || e.lexpr.TypeCast || (e.lexpr.A_Const && !isUnknownLiteral(e.lexpr)) ? this.typeOf(e.lexpr) : null;
      if (lt && (isNumber(lt) || lt.oid === OID.bool || isDateTime(lt))) throw noOperator(op, lt, isUnknownLiteral(e.rexpr) ? null : this.typeOf(e.rexpr));
      const enumType = lt && this.schema.enumByOid(lt.oid);
      if (enumType) {
        const r = isUnknownLiteral(e.rexpr) ? 'unknown' : formatType(this.typeOf(e.rexpr)?.oid ?? OID.unknown, -1);
        throw new PgError(SqlState.undefinedFunction, `operator does not exist: ${enumType.name} ${op} ${r}`, { hint: 'No operator matches the given name and argument types. You might need to add explicit type casts.', position: e.location + 1 });
      }
    }
    // A constant pattern ending in its escape: PostgreSQL's matcher, which fails (22025) only where it reaches that escape.
    if (like && endsInEscapeCharacter(escaped?.[0] ?? e.rexpr, escaped ? escaped[1]!.A_Const?.sval?.sval : '\\')) {
      const ci = e.kind === 'AEXPR_ILIKE' || this.typeOf(e.lexpr)?.oid === OID.citext;
      const escape = escaped ? this.expr(escaped[1]!) : "'\\'";
      return `pg_ilike(${patternSubject(this, e, op, this.expr(e.lexpr))}, ${this.expr(escaped?.[0] ?? e.rexpr)}, ${escape}, ${ci ? 1 : 0}) = ${op.startsWith('!') ? 0 : 1}`;
    }
    if (escaped && e.kind === 'AEXPR_ILIKE') return `pg_ilike(${patternSubject(this, e, op, this.expr(e.lexpr))}, ${this.expr(escaped[0]!)}, ${this.expr(escaped[1]!)}) = ${op === '!~~*' ? 0 : 1}`;
    if (escaped) {
      // ESCAPE '' turns escaping off, which SQLite's LIKE without ESCAPE does.
      const escape = escaped[1]!.A_Const?.sval?.sval === '' && !this.deterministicLike ? null : `(${this.expr(escaped[1]!)})`;
      return this.like(patternSubject(this, e, op, this.expr(e.lexpr)), this.expr(escaped[0]!), op === '!~~', escape);
    }
    // A json(b) key or path given as an untyped parameter is text or text[], as PostgreSQL resolves
    // `doc ->> $1` (not of the document's type).
    const keyParam = e.kind === 'AEXPR_OP' ? (e.rexpr?.ParamRef?.number as number | undefined) : undefined;
    if (keyParam !== undefined && !this.paramTypes.has(keyParam) && JSON_KEY_OPS.has(op) && ([OID.json, OID.jsonb] as number[]).includes(this.typeOf(e.lexpr)?.oid ?? 0)) {
      this.paramTypes.set(keyParam, { oid: op.startsWith('#') ? OID.text_array : OID.text, typmod: -1 });
    }
    if (e.kind === 'AEXPR_OP') operatorParams(this, op, e.lexpr, e.rexpr);
    if (e.lexpr?.RowExpr && e.rexpr?.RowExpr && (e.lexpr.RowExpr.args ?? []).length !== (e.rexpr.RowExpr.args ?? []).length) {
      throw new PgError(SqlState.syntaxError, 'unequal number of entries in row expressions', { position: e.location + 1 });
    }
    if (/^AEXPR_(NOT_)?BETWEEN/.test(e.kind) || e.kind === 'AEXPR_IN') for (const b of e.rexpr.List.items as Node[]) inferParamTypes(this, e.lexpr, b);
    // Text made of a numeric (`amount || ''` in WHERE, in upper()) prints it as numeric_out does,
    // with its scale, wherever it stands, as a cast to text does.
    // Only a text concatenation: an array's `||` keeps numbers, which comparisons read as numbers.
    if (e.kind === 'AEXPR_OP' && op === '||' && e.lexpr && TEXTUAL.has(this.typeOf({ A_Expr: e })?.oid ?? 0)) markTextScale(this, { A_Expr: e });
    // So does JSON built of one that a key or path reads (`jsonb_build_object('v', amount) ->> 'v'`).
    if (e.kind === 'AEXPR_OP' && JSON_KEY_OPS.has(op) && e.lexpr) markScaleSpine(this, e.lexpr, this.numericSpine);
    const before = this.params.length;
    const l = patternSubject(this, e, op, e.lexpr ? this.operand(e.lexpr, compares ? e.rexpr : undefined) : '');
    const lHoldsParams = this.params.length > before;
    const r = e.rexpr && !e.rexpr.List ? this.operand(e.rexpr, compares ? e.lexpr : undefined) : '';
    inferParamTypes(this, e.lexpr, e.rexpr, overArray, e.kind === 'AEXPR_OP' ? op : undefined);
    switch (e.kind) {
      case 'AEXPR_OP': {
        const written = (x: Node) => (isUnknownLiteral(x) ? null : this.typeOf(x));
        const hstore = hstoreOperator(this, op, e, l, r);
        if (hstore !== undefined) return hstore;
        const trigram = trigramOperator(this, op, e, l, r);
        if (trigram !== undefined) return trigram;
        if (!PG_OPERATOR_NAMES.has(op)) throw noOperator(op, e.lexpr ? written(e.lexpr) : null, written(e.rexpr), !e.lexpr);
        const typed = typedOperator(this, op, e, l, r);
        if (typed !== undefined) return typed;
        if (!e.lexpr) return op === '-' ? `(- (${r}))` : op === '+' ? r : unaryOp(op);
        return this.binaryOp(op, l, r);
      }
      case 'AEXPR_LIKE':
        // citext's LIKE ignores case, as its ILIKE does.
        if (this.typeOf(e.lexpr)?.oid === OID.citext) return `pg_ilike(${l}, ${r}) = ${op === '!~~' ? 0 : 1}`;
        return this.like(l, r, op === '!~~', `'\\'`);
      case 'AEXPR_ILIKE':
        return `pg_ilike(${l}, ${r}) = ${op === '!~~*' ? 0 : 1}`;
      case 'AEXPR_SIMILAR':
        // The parser wraps the pattern in similar_to_escape(), which makes it a regular expression.
        return `pg_regex(${l}, ${r}, 0) = ${op === '!~' ? 0 : 1}`;
      case 'AEXPR_IN': {
        this.checkInLiterals([e.lexpr, ...(e.rexpr.List.items as Node[])]);
        // A computed numeric (extract(), arithmetic) has no column affinity: SQLite's IN would compare
        // its text with the numbers as different values; each = compares them as numbers.
        if ((!e.lexpr.ColumnRef && this.typeOf(e.lexpr)?.oid === OID.numeric) || this.comparesByOperator([e.lexpr, ...(e.rexpr.List.items as Node[])])) {
          this.params.length = before;
          const equals = (e.rexpr.List.items as Node[]).map((i) => `(${this.expr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: e.lexpr, rexpr: i, location: e.location } })})`);
          return `${op === '<>' ? 'NOT ' : ''}(${equals.join(' OR ')})`;
        }
        const items = (e.rexpr.List.items as Node[]).map((i) => this.operand(i, e.lexpr, true)).join(', ');
        return `(${l}) ${op === '<>' ? 'NOT IN' : 'IN'} (${items})`;
      }
      case 'AEXPR_BETWEEN':
      case 'AEXPR_NOT_BETWEEN': {
        const [lo, hi] = e.rexpr.List.items as Node[];
        this.checkBetweenBounds(e.location, e.lexpr, lo!, hi!);
        const not = e.kind === 'AEXPR_NOT_BETWEEN' ? 'NOT ' : '';
        if (!lHoldsParams) {
          const exact = this.numericBetween(e.lexpr, l, lo!, hi!) ?? this.momentBetween(e, lo!, hi!);
          if (exact) return `${not}${exact}`;
        }
        const key = this.orderKey(e.lexpr);
        return `${key(l)} ${not}BETWEEN ${key(this.operand(lo!, e.lexpr))} AND ${key(this.operand(hi!, e.lexpr))}`;
      }
      case 'AEXPR_BETWEEN_SYM':
      case 'AEXPR_NOT_BETWEEN_SYM': {
        // Either order of the bounds; parameters bind by position, so each operand is emitted where it stands.
        const [lo, hi] = e.rexpr.List.items as Node[];
        this.checkBetweenBounds(e.location, e.lexpr, lo!, hi!);
        const key = this.orderKey(e.lexpr);
        const between = (a: Node, b: Node) => `${key(this.operand(e.lexpr, e.rexpr))} BETWEEN ${key(this.operand(a, e.lexpr))} AND ${key(this.operand(b, e.lexpr))}`;
        const either = `${key(l)} BETWEEN ${key(this.operand(lo!, e.lexpr))} AND ${key(this.operand(hi!, e.lexpr))} OR ${between(hi!, lo!)}`;
        return e.kind === 'AEXPR_NOT_BETWEEN_SYM' ? `NOT (${either})` : `(${either})`;
      }
      case 'AEXPR_DISTINCT':
      case 'AEXPR_NOT_DISTINCT': {
        const keyed = this.comparesByOperator([e.lexpr, e.rexpr]) ? [e.lexpr, e.rexpr].map((x) => this.typeOf(x)?.oid).find((o) => o === OID.interval || o === OID.jsonb) : undefined;
        const doubles = besideFloat(this.typeOf(e.lexpr), this.typeOf(e.rexpr), l, r);
        const [a, b] = keyed !== undefined ? [spanKey(keyed, l)!, spanKey(keyed, r)!] : doubles ? doubles.map((x) => `(${x})`) : [`(${l})`, `(${r})`];
        return `${a} IS ${e.kind === 'AEXPR_DISTINCT' ? 'NOT ' : ''}${b}`;
      }
      case 'AEXPR_NULLIF': {
        // Intervals are equal by their spans ('1 day' and '24:00:00'), not their stored texts.
        const spans = [e.lexpr, e.rexpr].some((x) => this.typeOf(x)?.oid === OID.interval) && !JSON.stringify(e.lexpr).includes('"ParamRef"');
        if (spans) return `iif(pg_interval_key(${l}) = pg_interval_key(${r}), NULL, ${l})`;
        // A numeric is equal by value: a parameter's text '2.5' and the REAL 2.5 are not SQLite-equal.
        const [lt, rt] = [this.typeOf(e.lexpr), this.typeOf(e.rexpr)];
        // A float beside a numeric: both are float8 there, as = casts them.
        const doubles = besideFloat(lt, rt, l, r);
        if (doubles) return `nullif(${doubles[0]}, ${doubles[1]})`;
        const nullif = isNumber(lt) && isNumber(rt) && (lt!.oid === OID.numeric || rt!.oid === OID.numeric) ? 'pg_num_nullif' : 'nullif';
        if (!this.numericSpine.has(e)) return `${nullif}(${l}, ${r})`;
        // The first argument's display text (markScaleSpine) would compare as text: its stored form is compared.
        this.numericSpine.delete(e.lexpr);
        const stored = this.expr(e.lexpr);
        this.numericSpine.add(e.lexpr);
        return `iif(${nullif}(${stored}, ${r}) IS NULL, NULL, ${l})`;
      }
      case 'AEXPR_OP_ANY':
      case 'AEXPR_OP_ALL': {
        // A value written as no array (`x = ANY (1)`): SQLite would read it as a one-element array.
        const right = e.rexpr.ColumnRef || e.rexpr.TypeCast || (e.rexpr.A_Const && !isUnknownLiteral(e.rexpr) && !isNullLiteral(e.rexpr)) ? this.typeOf(e.rexpr) : null;
        // int2vector and oidvector are arrays to ANY (pg_index.indkey, pg_proc.proargtypes), as their pg_type says.
        const arrayLike = (t: PgTypeInfo) => arrayElementOid(t.oid) !== 0 || t.oid === OID.int2vector || t.oid === OID.oidvector;
        if (right && !arrayLike(right)) throw new PgError(SqlState.wrongObjectType, 'op ANY/ALL (array) requires array on right side', { position: e.location + 1 });
        // An untyped literal takes the elements' type, as PostgreSQL resolves it ('t' = ANY (bool[])).
        const element = isUnknownLiteral(e.lexpr) ? arrayElementOid(this.typeOf(e.rexpr)?.oid ?? 0) : 0;
        const left = element !== 0 ? this.expr({ TypeCast: { arg: e.lexpr, typeName: { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: typeName(element) } }], typemod: -1 } } }) : l;
        // The elements' stored forms are compared as they are: a timestamp beside a timestamptz would be read as UTC.
        const elements = { oid: arrayElementOid(this.typeOf(e.rexpr)?.oid ?? 0), typmod: -1 };
        if (!zoneIsUtc() && (mixesZones(this.typeOf(e.lexpr), elements) || mixesZones(elements, this.typeOf(e.lexpr)))) {
          throw unsupported('ANY or ALL of an array of timestamp or date beside a timestamptz (or the reverse) in a TimeZone other than UTC');
        }
        // An untyped array literal is read as an array of the left side's type ('{A0EE…}' beside a uuid).
        const leftType = element === 0 ? this.typeOf(e.lexpr) : null;
        const array = leftType && isUnknownLiteral(e.rexpr) && arrayOidOf(leftType.oid) !== 0 ? comparedArrayLiteral(e.rexpr, arrayOidOf(leftType.oid)) : undefined;
        // Intervals, and a date beside timestamps, compare as PostgreSQL's operators do, not as their texts.
        const leftOid = element !== 0 ? element : this.typeOf(e.lexpr)?.oid;
        const dated = [leftOid, elements.oid].filter((o) => o === OID.date || o === OID.timestamp || o === OID.timestamptz);
        const rank = leftOid === OID.interval || elements.oid === OID.interval ? 'interval' : dated.length === 2 && dated[0] !== dated[1] ? 'time' : undefined;
        if (rank && array === undefined) return catalog.arrayComparison(op, e.kind === 'AEXPR_OP_ANY', `pg_rank(${left}, '${rank}')`, `pg_ranks(${r}, '${rank}')`);
        const family = leftOid !== undefined ? COMPARED_AS_STORED.get(leftOid) : undefined;
        return catalog.arrayComparison(op, e.kind === 'AEXPR_OP_ANY', left, array ?? r, family === COMPARED_AS_STORED.get(elements.oid) ? family : undefined);
      }
      default:
        throw unsupported(`operator kind ${e.kind}`);
    }
  }

  /**
   * How BETWEEN compares values of `n`'s type: inet by network_cmp's order, intervals by their
   * spans and ranges by range_cmp's order, which their stored texts do not sort by; anything else
   * as stored.
   */
  private orderKey(n: Node): (sql: string) => string {
    const t = this.typeOf(n)?.oid;
    if (t === OID.inet || t === OID.cidr) return (sql) => `pg_inet_key(${sql})`;
    if (t === OID.interval) return (sql) => `pg_interval_key(${sql})`;
    if (t === OID.timetz) return (sql) => `pg_timetz_key(${sql})`;
    if (isRange(this.typeOf(n))) return (sql) => `pg_range_key(${sql}, ${rangeKind(t!)})`;
    if (isMultirange(this.typeOf(n))) return (sql) => `pg_multirange_key(${sql}, ${t})`;
    return (sql) => `(${sql})`;
  }

  /**
   * Whether equality among these values needs PostgreSQL's = rather than SQLite's comparison of
   * stored texts: intervals ('1 day' = '24 hours'), a date beside a timestamp, a float beside a
   * numeric or a bigint (which = casts to float8), or json, which has no = at all.
   */
  private comparesByOperator(values: Node[]): boolean {
    const oids = values.map((v) => this.typeOf(v)?.oid);
    if (oids.includes(OID.interval) || oids.includes(OID.numrange) || oids.includes(OID.jsonb) || oids.includes(OID.json) || values.slice(1).some((v) => incomparableOperands(this, values[0]!, v))) return true;
    if ((oids.includes(OID.numeric) || oids.includes(OID.int8)) && (oids.includes(OID.float8) || oids.includes(OID.float4))) return true;
    return new Set(oids.filter((o) => o === OID.date || o === OID.timestamp || o === OID.timestamptz)).size > 1;
  }

  /**
   * An operand; a string literal compared with a typed expression is read as that type. Enum
   * values compare by their labels' order, as PostgreSQL's enum_cmp: both sides become ranks.
   */
  private operand(n: Node, comparedWith: Node | undefined, member = false): string {
    const enumType = comparedWith ? this.enumOf(n) ?? this.enumOf(comparedWith) : undefined;
    if (enumType) return `pg_enum_rank(${this.enumValue(n, enumType)}, ${quoteString(JSON.stringify(enumType.labels.map((l) => l.label)))})`;
    const reg = comparedWith && isUnknownLiteral(n) ? this.typeOf(comparedWith) : null;
    const sql = (reg && catalog.isRegType(reg.oid) ? this.besideReg(n, reg, member) : undefined) ?? comparedLiteral(this, n, comparedWith) ?? this.expr(n);
    return comparedWith ? asTimestamptz(this.typeOf(n), this.typeOf(comparedWith), sql) : sql;
  }

  /**
   * A literal beside a reg* value. Among IN's values it is of that type, a name to look up (42P01
   * for no such relation); beside an operator it is an OID, as the reg* types have no operators of
   * their own and compare as oid does (`'pg_class'::regclass = 'pg_type'` is 22P02).
   */
  private besideReg(n: Node, reg: PgTypeInfo, member: boolean): string | undefined {
    if (member) return catalog.regCast(this, n, reg);
    const text = n.A_Const?.sval?.sval as string | undefined;
    if (text === undefined) return undefined;
    if (!/^\s*[+-]?\d+\s*$/.test(text)) {
      const at = locationOf(n);
      throw new PgError(SqlState.invalidTextRepresentation, `invalid input syntax for type oid: "${text}"`, at === undefined ? {} : { position: at + 1 });
    }
    return String(Number(text));
  }

  /**
   * `x BETWEEN lo AND hi` as two comparisons when either is numeric and SQLite's own would be
   * wrong (typed-sql.ts numericComparison); `l`, x's SQL, holds no parameter, so it may stand twice.
   */
  private numericBetween(x: Node, l: string, lo: Node, hi: Node): string | undefined {
    const bound = (op: string, b: Node) => {
      const sql = this.operand(b, x);
      inferParamTypes(this, x, b);
      const [xt, bt] = resolveUnknown(op, x, b, this.typeOf(x), this.typeOf(b));
      return { sql, exact: numericComparison(this, op, x, b, xt, bt, l, sql) };
    };
    const mark = this.params.length;
    const low = bound('>=', lo);
    if (!low.exact) {
      this.params.length = mark;
      return undefined;
    }
    const high = bound('<=', hi);
    return `(${low.exact} AND ${high.exact ?? `(${l}) <= (${high.sql})`})`;
  }

  /**
   * `d BETWEEN lo AND hi` of a date beside timestamps as two comparisons, which read each side
   * as the common type (typed-sql.ts asTimestamptz) as BETWEEN's stored texts do not.
   */
  private momentBetween(e: Node, lo: Node, hi: Node): string | undefined {
    const moments = new Set([e.lexpr, lo, hi].map((v) => this.typeOf(v)?.oid).filter((o) => o === OID.date || o === OID.timestamp || o === OID.timestamptz));
    if (moments.size < 2) return undefined;
    const compare = (op: string, b: Node) => this.expr({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: op } }], lexpr: e.lexpr, rexpr: b, location: e.location } });
    return `((${compare('>=', lo)}) AND (${compare('<=', hi)}))`;
  }

  private enumOf(n: Node): EnumType | undefined {
    const t = n.List ? null : this.typeOf(n);
    return t ? this.schema.enumByOid(t.oid) : undefined;
  }

  /** A value read as the enum type: a literal must be one of its labels (22P02 otherwise), as enum_in reads it. */
  private enumValue(n: Node, e: EnumType): string {
    const literal = n.A_Const?.sval;
    if (literal !== undefined) {
      checkEnumLabel(e, literal.sval ?? '');
      return quoteString(literal.sval ?? '');
    }
    // A parameter's text is the client's: enum_in reads it when it is bound (22P02 for no label).
    if ((this.enumOf(n) === e && !n.ParamRef) || n.A_Const?.isnull) return this.expr(n);
    return enumInSql(this.expr(n), e, quoteString);
  }

  private binaryOp(op: string, l: string, r: string): string {
    switch (op) {
      case '=':
      case '<':
      case '>':
      case '<=':
      case '>=':
      case '+':
      case '-':
      case '*':
      case '%':
      case '||':
        return `(${l}) ${op} (${r})`;
      case '<>':
      case '!=':
        return `(${l}) <> (${r})`;
      case '/':
        return `pg_div(${l}, ${r})`;
      case '^':
        return `pow(${l}, ${r})`;
      case '~':
        return `pg_regex(${l}, ${r}, 0) = 1`;
      case '!~':
        return `pg_regex(${l}, ${r}, 0) = 0`;
      case '~~':
      case '!~~':
        return this.like(l, r, op === '!~~', `'\\'`);
      case '~~*':
      case '!~~*':
        return `pg_ilike(${l}, ${r}) = ${op === '!~~*' ? 0 : 1}`;
      case '~*':
        return `pg_regex(${l}, ${r}, 1) = 1`;
      case '!~*':
        return `pg_regex(${l}, ${r}, 1) = 0`;
      case '->':
        return `pg_json_get(${l}, ${r})`;
      case '->>':
        return `pg_json_get_text(${l}, ${r})`;
      case '#>>':
        return `pg_json_path_text(${l}, ${r})`;
      case '@>':
        return `pg_json_contains(${l}, ${r})`;
      case '&':
      case '|':
      case '<<':
      case '>>':
        return `(${l}) ${op} (${r})`;
      default:
        throw unsupported(`operator ${op}`);
    }
  }

  /** `escape`: the escape character's SQL, null for none. */
  private like(l: string, r: string, negated: boolean, escape: string | null): string {
    if (this.deterministicLike) return `pg_like(${l}, ${r}, ${escape ?? "''"}) = ${negated ? 0 : 1}`;
    return `(${l}) ${negated ? 'NOT LIKE' : 'LIKE'} (${r})${escape === null ? '' : ` ESCAPE ${escape}`}`;
  }

  private typeCast(c: Node): string {
    const enumType = enumTypeOfName(this, c.typeName);
    if (enumType) {
      if (c.arg.ParamRef) this.paramTypes.set(c.arg.ParamRef.number, enumType);
      if (!isUnknownLiteral(c.arg)) checkCastable(this, this.typeOf(c.arg), enumType);
      return this.enumValue(c.arg, this.schema.enumByOid(enumType.oid)!);
    }
    const composite = this.schema.hasComposites() ? compositeOfName(this, c.typeName) : undefined;
    const cannotCast = (to: string, at: number | undefined) => (from: PgTypeInfo) => new PgError(SqlState.cannotCoerce, `cannot cast type ${formatType(from.oid, from.typmod)} to ${to}`, at === undefined ? {} : { position: at + 1 });
    if (composite) return compositeValue(this, c.arg, composite, c.location, cannotCast(composite.name, c.location), true);
    const array = this.schema.hasComposites() ? compositeArrayOfName(this, c.typeName) : undefined;
    if (array) return compositeArrayValue(this, c.arg, array, c.location, cannotCast);
    // Its JSON is not the text array_out prints.
    const from = this.schema.hasComposites() ? compositeArrayOf(this, c.arg) : undefined;
    if (from) throw unsupported(`a cast of an array of composite type ${from.name}`);
    assertTypeExists(this.schema, c.typeName);
    // "char" of an integer is the character of that code (65::"char" is A), not the integer's text.
    const written = names(c.typeName.names);
    const char = written.length === 1 && written[0] === 'char' && !c.typeName.arrayBounds ? integerToChar(this.typeOf(c.arg)?.oid, () => this.expr(c.arg)) : undefined;
    if (char) return char;
    const type = typeOfName(c.typeName);
    // record_in takes no text: an anonymous record has no field types to read it with.
    if (written.at(-1) === 'record' && written.length <= (written[0] === 'pg_catalog' ? 2 : 1) && !c.typeName.arrayBounds && (isUnknownLiteral(c.arg) || c.arg.ParamRef)) {
      throw new PgError(SqlState.featureNotSupported, 'input of anonymous composite types is not implemented', c.arg.A_Const ? { position: c.arg.A_Const.location + 1 } : {});
    }
    if (type.oid === OID.interval && c.typeName.typmods && !c.typeName.arrayBounds && c.arg.A_Const?.sval) return this.typeCast(intervalLiteral(c));
    if (c.arg.ParamRef) {
      // The first cast of a parameter gives it its type, as PostgreSQL's analysis does: a later cast
      // to another type converts that value (`$1::float4, $1::float8` is 3.700000047683716 of '3.7'),
      // as it does a value a function's argument typed first (pg-boss's `right($5, 1) = 'Z' THEN
      // CAST($5 AS timestamptz) ELSE now() + CAST(COALESCE($5, '0') AS interval)`: $5 is text).
      const number = c.arg.ParamRef.number as number;
      const prior = this.castParams.has(number) || this.functionParams.has(number) ? this.paramTypes.get(number) : undefined;
      if (prior && prior.oid !== type.oid) return this.typeCast({ arg: { TypeCast: { arg: c.arg, typeName: parseTypeName(formatType(prior.oid, -1)) } }, typeName: c.typeName });
      this.paramTypes.set(number, type);
      this.castParams.add(number);
    }
    const reg = catalog.regCast(this, c.arg, type) ?? catalog.regtypeArrayCast(this, c.arg, type);
    if (reg !== undefined) return reg;
    if (TEXT_TYPES.has(type.oid) || TEXT_TYPES.has(arrayElementOid(type.oid))) markTextScale(this, c.arg);
    // A row cast to text is record_out's text ('(2)'): SQLite reads a ROW of one field as the field itself.
    if (c.arg.RowExpr && type.oid === OID.text && !c.typeName.arrayBounds) return this.rowOutput(c.arg.RowExpr.args ?? []);
    let arg = this.expr(c.arg);
    // jsonb casts to a number or a boolean only from a jsonb number or boolean (22023 otherwise);
    // to numeric typed-sql.ts reads it, keeping the number's scale.
    const scalar = this.typeOf(c.arg)?.oid === OID.jsonb ? JSONB_SCALAR_CASTS[type.oid] : undefined;
    if (scalar) arg = `pg_jsonb_cast_scalar(${arg}, '${scalar}', ${sqlLiteral(formatType(type.oid, -1))})`;
    return typedCast(this, c.arg, arg, type) ?? castTo(arg, type, names(c.typeName.names).at(-1) ?? '');
  }

  private funcCall(f: Node): string {
    const fname = names(f.funcname);
    const name = fname.at(-1)!;
    const helper = informationSchemaCall(f);
    if (helper) return this.expr(helper);
    // A user range's constructor is public's, as the type is.
    const publicRange = fname.length === 2 && fname[0] === 'public' && !!this.schema.lookupRange(name);
    if (fname.length > 1 && fname[0] !== 'pg_catalog' && !publicRange) throw new PgError(SqlState.undefinedFunction, `function ${fname.join('.')} does not exist`);
    if (!fitsSignature(f)) throw noFunctionCall(this, name, f.agg_star ? [] : ((f.args ?? []) as Node[]));
    // An array of a composite is a text[] of record texts to SQLite: only the functions that count or open it take one.
    if (this.schema.hasComposites() && !COMPOSITE_ARRAY_ARGUMENTS.has(name)) {
      const c = ((f.args ?? []) as Node[]).map((a) => compositeArrayOf(this, a)).find((x) => x);
      if (c) throw unsupported(`${name}() of an array of composite type ${c.name}`);
    }
    // A composite value is its record text to SQLite: only the functions that read it as its fields take one.
    if (this.schema.hasComposites() && !COMPOSITE_ARGUMENTS.has(name)) {
      const c = ((f.args ?? []) as Node[]).map((a) => this.schema.compositeByOid(this.typeOf(a)?.oid ?? 0)).find((x) => x);
      // A name no built-in has is a routine no one made (user functions are inlined before this): PostgreSQL's 42883.
      if (c && (SCALAR_ARGUMENTS.has(name) || (!FUNCTIONS[name] && !AGGREGATES.has(name) && !UNTRANSLATED_BUILTINS.has(name) && !JSON_SET_RETURNING[name] && !RECORD_FUNCTIONS.has(name) && !SET_RETURNING.has(name)))) {
        const shown = ((f.args ?? []) as Node[]).map((a) => this.schema.compositeByOid(this.typeOf(a)?.oid ?? 0)?.name ?? formatType(isUnknownLiteral(a) ? OID.unknown : (this.typeOf(a)?.oid ?? OID.unknown), -1));
        throw new PgError(SqlState.undefinedFunction, `function ${name}(${shown.join(', ')}) does not exist`, { position: f.location + 1, hint: 'No function matches the given name and argument types. You might need to add explicit type casts.' });
      }
      if (c) throw unsupported(`${name}() of a value of composite type ${c.name}`);
    }
    if (f.agg_filter) this.checkBoolean(f.agg_filter, 'FILTER');
    const given = (f.args ?? []) as Node[];
    const declared = argumentTypes(name, given.length);
    const args = given.map((a, i) => (declared?.[i] !== undefined && isUnknownLiteral(a) ? castNode(a, typeName(declared[i]!)) : a));
    // mod, gcd and lcm take two of one type: an untyped literal is read as the other argument's (22P02 for a text no integer spells).
    if ((name === 'mod' || name === 'gcd' || name === 'lcm') && args.length === 2) {
      const types = args.map((a) => (isUnknownLiteral(a) ? null : this.typeOf(a)));
      args.forEach((a, i) => {
        const other = types[1 - i];
        if (!types[i] && isUnknownLiteral(a) && other && other.oid !== OID.unknown) args[i] = castNode(a, formatType(other.oid, -1));
      });
    }
    // format(text, VARIADIC "any"): the array follows the format alone.
    if (f.func_variadic && name === 'format' && args.length !== 2) throw noFunctionCall(this, name, args);
    if (f.func_variadic && name === 'format' && !args[1]!.A_ArrayExpr) {
      const element = arrayElementOid(this.typeOf(args[1]!)?.oid ?? 0);
      // The array's elements, as their type prints them, are the arguments after the format (NULL: none).
      if (element) return `pg_format_variadic(pg_array_texts(${arrayTextsSql(this, args[1]!, this.expr(args[1]!))}, ${element}), ${outputText(this, args[0]!, this.expr(args[0]!))})`;
    }
    if (f.func_variadic) return this.funcCall(this.variadicSpread(f, name, args));
    functionParams(this, f, args);
    if (AGGREGATES.has(name) && args.some(returnsSet)) {
      const at = setReturningCall(args)?.location as number | undefined;
      throw new PgError(SqlState.featureNotSupported, 'aggregate function calls cannot contain set-returning function calls', { hint: 'You might be able to move the set-returning function into a LATERAL FROM item.', ...(at !== undefined ? { position: at + 1 } : {}) });
    }
    if (SEQUENCE_FUNCTIONS.has(name) && !f.over && !f.agg_star) return sequenceCall(this.schema, this, name, args);
    const at = typeof f.location === 'number' ? { position: f.location + 1 } : {};
    if (f.over && f.agg_distinct) throw new PgError(SqlState.featureNotSupported, 'DISTINCT is not implemented for window functions', at);
    if (f.over && f.agg_order) throw new PgError(SqlState.featureNotSupported, 'aggregate ORDER BY is not implemented for window functions', at);
    if (!f.agg_star && !f.agg_within_group && AGGREGATE_ARITY[name] !== undefined && AGGREGATE_ARITY[name] !== args.length) throw noFunctionCall(this, name, args);
    if (!f.over && !f.agg_within_group && WINDOW_ONLY.has(name)) throw new PgError(SqlState.wrongObjectType, `window function ${name} requires an OVER clause`, at);
    if (f.agg_distinct && f.agg_order) {
      // The distinct values are what is sorted: a key that is not an argument has no one value for them.
      const key = (n: Node) => JSON.stringify(n, (k, v) => (k === 'location' ? undefined : v));
      const outside = (f.agg_order as Node[]).find((o) => !args.some((a) => key(a) === key(o.SortBy.node)));
      if (outside) throw new PgError(SqlState.invalidColumnReference, 'in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list', { position: (Object.values(outside.SortBy.node as Node)[0]?.location ?? -1) + 1 || undefined });
    }
    // So does concat()'s, format()'s, quote_literal()'s and array_to_string()'s, as `||` does (aExpr).
    if (!f.over && (ARGUMENT_TEXTS.has(name) || name === 'array_to_string')) markTextScale(this, { FuncCall: f });
    let sql: string;
    const typed = f.agg_within_group ? orderedSetAggregate(this, f, name, args) : f.agg_star ? undefined : typedCall(this, f, name, args);
    const wholeRow = name === 'count' && args.length === 1 && !f.agg_distinct && args[0]!.ColumnRef ? names(args[0]!.ColumnRef.fields) : [];
    if (f.agg_star) {
      sql = `${name}(*)`;
    } else if (wholeRow.length === 2 && wholeRow[1] === '*') {
      sql = `count(${this.rowMarker(wholeRow[0]!)})`;
    } else if (typed !== undefined) {
      sql = typed;
    } else {
      const spec = FUNCTIONS[name];
      const extension = extensionOf(name);
      if (!spec && UNTRANSLATED_BUILTINS.has(name)) throw unsupported(`the function ${name}()`);
      // Their rows are records (key, value): in FROM they are columns, as a value they have no translation.
      if (!spec && (JSON_SET_RETURNING[name]?.kind === 'each' || RECORD_FUNCTIONS.has(name))) throw unsupported(`${name}() outside FROM`);
      // One the select-list rewrites do not take (beside GROUP BY, inside an expression they do not lift).
      if (!spec && SET_RETURNING.has(name)) throw unsupported(`the set-returning function ${name}() here`);
      if (!spec || (extension && !this.schema.hasExtension(extension))) throw noFunctionCall(this, name, args);
      // SQLite's own functions read a BLOB as no number: a computed numeric goes in as a REAL.
      // count() takes them as they are: count(DISTINCT n) must not merge values of one nearest REAL;
      // so do the window functions that answer one of their values (with its digits and scale).
      const builtin = !spec.emit && !(spec.sqlite ?? name).startsWith('pg_') && name !== 'count' && !VALUE_WINDOW_FUNCTIONS.has(name);
      // count(DISTINCT interval) counts spans: '1 day' and '24 hours' are one value.
      const spanned = (a: Node) => name === 'count' && f.agg_distinct && spanKey(this.typeOf(a)?.oid, '') !== undefined;
      const argSql = args.map((a) => (builtin && computedNumeric(this, a) ? `pg_num_key(${this.expr(a)})` : spanned(a) ? spanKey(this.typeOf(a)?.oid, this.expr(a))! : this.paddedChars(name, a)));
      // ntile(NULL) numbers no row and nth_value(x, NULL) picks none (NULL on each); SQLite's raise their errors for it.
      const count = f.over ? WINDOW_COUNTS[name] : undefined;
      if (count !== undefined && argSql.length === count + 1) argSql[count] = `coalesce(${argSql[count]}, 1)`;
      sql = spec.emit ? spec.emit(argSql, { schemas: this.schema.searchPath, implicit: this.schema.implicitSchemas() }) : `${spec.sqlite ?? name}(${f.agg_distinct ? 'DISTINCT ' : ''}${argSql.join(', ')}`;
      if (!spec.emit) {
        // An aggregate whose answer no order changes (`sum(x ORDER BY y)`) is computed without it.
        if (f.agg_order && !ORDER_BLIND_AGGREGATES.has(name)) {
          if (!spec.orderedAggregate) throw unsupported(`ORDER BY inside ${name}()`);
          sql += ' ORDER BY ' + (f.agg_order as Node[]).map((n) => this.sortBy(n)).join(', ');
        }
        sql += ')';
      }
    }
    if (f.agg_filter && !FILTER_PLACED.has(f)) sql += ` FILTER (WHERE ${this.expr(f.agg_filter)})`;
    if (f.over) sql += ` OVER ${this.windowDef(f.over)}`;
    const count = f.over ? WINDOW_COUNTS[name] : undefined;
    if (count !== undefined && args.length === count + 1) sql = `iif((${this.expr(args[count]!)}) IS NULL, NULL, ${sql})`;
    // array_agg and json(b)_agg over no rows are NULL; json_group_array gives an empty array.
    return ARRAY_AGGREGATES.has(name) ? `nullif(${sql}, '[]')` : sql;
  }

  /**
   * What `count(t.*)` counts: t's rows, each a non-null value even when all its columns are NULL,
   * and none where an outer join made one up — its rowid, where t is a table.
   */
  private rowMarker(relation: string): string {
    for (let s = this.scope; s; s = s.parent) {
      const r = s.relations.find((x) => x.name === relation);
      if (r?.rowid) return r.rowid;
      if (r) break;
    }
    throw unsupported(`count(${relation}.*) over other than a table`);
  }

  /** An argument's SQL; a char(n), kept without its padding, padded for octet_length, which counts the blanks. */
  private paddedChars(name: string, a: Node): string {
    const sql = this.expr(a);
    return name === 'octet_length' && this.typeOf(a)?.oid === OID.bpchar ? outputText(this, a, sql) : sql;
  }

  namedWindow(name: string): Node | undefined {
    return this.windows.find((w) => w.WindowDef.name === name)?.WindowDef;
  }

  protected windowDef(over: Node): string {
    for (const name of [over.name, over.refname]) {
      if (name && !this.namedWindow(name)) throw new PgError(SqlState.undefinedObject, `window "${name}" does not exist`, { position: over.location + 1 });
    }
    const w = inlineNamedWindow(this, over);
    // OVER w names a window of the WINDOW clause; OVER (w …) refines one.
    if (w.name) return quoteIdent(w.name);
    const parts: string[] = [];
    if (w.refname) parts.push(quoteIdent(w.refname));
    if (w.partitionClause) parts.push('PARTITION BY ' + (w.partitionClause as Node[]).map((p) => this.equalityKey(p)).join(', '));
    const { key, frame, oneKey } = windowFrame(this, w);
    if (w.orderClause) parts.push('ORDER BY ' + (w.orderClause as Node[]).map((n) => this.sortBy(n, oneKey, key)).join(', '));
    if (frame) parts.push(frame);
    return `(${parts.join(' ')})`;
  }

  private sqlValueFunction(v: Node): string {
    // current_timestamp(p) and its kin round to p fractional digits, as a cast to timestamp(p) does.
    const rounded = (sql: string, oid: number) => (String(v.op).endsWith('_N') ? `pg_store(${sql}, ${oid}, ${Number(v.typmod ?? 0)})` : sql);
    switch (v.op) {
      case 'SVFOP_CURRENT_TIMESTAMP':
      case 'SVFOP_CURRENT_TIMESTAMP_N':
        return rounded('pg_now()', OID.timestamptz);
      case 'SVFOP_LOCALTIMESTAMP':
      case 'SVFOP_LOCALTIMESTAMP_N':
        return rounded('pg_localtimestamp()', OID.timestamp);
      case 'SVFOP_CURRENT_DATE':
        return 'pg_current_date()';
      case 'SVFOP_CURRENT_TIME':
      case 'SVFOP_CURRENT_TIME_N':
        // timetz: the session zone's clock with its offset.
        return `(${rounded('pg_current_time()', OID.time)} || pg_current_offset())`;
      case 'SVFOP_LOCALTIME':
      case 'SVFOP_LOCALTIME_N':
        return rounded('pg_current_time()', OID.time);
      case 'SVFOP_CURRENT_USER':
      case 'SVFOP_USER':
      case 'SVFOP_SESSION_USER':
      case 'SVFOP_CURRENT_ROLE':
        return 'pg_current_user()';
      case 'SVFOP_CURRENT_CATALOG':
        return 'pg_current_database()';
      case 'SVFOP_CURRENT_SCHEMA':
        return "'public'";
      default:
        throw unsupported(String(v.op));
    }
  }

  /** BETWEEN is `x >= lo AND x <= hi` to PostgreSQL: a bound of a type x does not compare with has no operator (42883 at BETWEEN). */
  private checkBetweenBounds(location: number, x: Node, lo: Node, hi: Node): void {
    const [op, bound] = incomparableOperands(this, x, lo) ? ['>=', lo] : incomparableOperands(this, x, hi) ? ['<=', hi] : [];
    if (!op) return;
    const { fields, message, code } = noOperator(op, this.typeOf(x), this.typeOf(bound!), false, (oid) => this.schema.enumByOid(oid)?.name);
    throw new PgError(code, message, { ...fields, position: location + 1 });
  }

  /** `x IN (SELECT …)`, `(a, b) = ANY (SELECT …)`: each tested value against its column, as `x = y` is checked (42883). */
  private checkSubqueryComparison(s: Node): void {
    const query = s.subselect.SelectStmt;
    if (!query?.targetList || (query.op && query.op !== 'SETOP_NONE')) return;
    const tested = (s.testexpr.RowExpr?.args ?? [s.testexpr]) as Node[];
    const columns = selectColumns(this, s.subselect);
    tested.forEach((t, i) => {
      const target = query.targetList[i]?.ResTarget.val as Node | undefined;
      const [lt, rt] = [this.typeOf(t), columns?.[i]?.type ?? null];
      // json has no = (jsonb has).
      if (!target || !(incomparable(this, lt, rt, t, target) || lt?.oid === OID.json || rt?.oid === OID.json)) return;
      const { fields, message, code } = noOperator(names(s.operName).at(-1) ?? '=', lt, rt, false, (oid) => this.schema.enumByOid(oid)?.name);
      throw new PgError(code, message, { ...fields, position: s.location + 1 });
    });
  }

  /**
   * `shown`: a scalar subquery whose value prints (markScaleSpine), with the display text its query
   * carries.
   */
  private subLink(s: Node, shown = false): string {
    // SQLite would take the first column (or say how many it found, as a raw error).
    const compared = s.subLinkType === 'ANY_SUBLINK' || s.subLinkType === 'ALL_SUBLINK';
    const wanted = compared && s.testexpr?.RowExpr ? (s.testexpr.RowExpr.args as Node[]).length : 1;
    const width = s.subLinkType === 'EXPR_SUBLINK' || s.subLinkType === 'ARRAY_SUBLINK' || compared ? selectColumns(this, s.subselect)?.length ?? wanted : wanted;
    if (width !== wanted) {
      const one = s.subLinkType === 'EXPR_SUBLINK' || s.subLinkType === 'ARRAY_SUBLINK';
      throw new PgError(SqlState.syntaxError, one ? 'subquery must return only one column' : `subquery has too ${width > wanted ? 'many' : 'few'} columns`, { position: s.location + 1 });
    }
    if (compared && !s.testexpr?.RowExpr) {
      // A value beside a subquery's arrays (or an array beside its values) has no operator: SQLite
      // would compare it with their stored texts.
      const column = selectColumns(this, s.subselect)?.[0]?.type ?? null;
      const tested = isUnknownLiteral(s.testexpr) || s.testexpr.ParamRef || isNullLiteral(s.testexpr) ? null : this.typeOf(s.testexpr);
      if (column && tested && (arrayElementOid(column.oid) === 0) !== (arrayElementOid(tested.oid) === 0)) {
        const { fields, message, code } = noOperator(names(s.operName).at(-1) ?? '=', tested, column);
        throw new PgError(code, message, { ...fields, position: s.location + 1 });
      }
    }
    if (compared) this.checkSubqueryComparison(s);
    // Parameters bind by position: an IN's test expression comes before the subquery in the text.
    if ((s.subLinkType === 'ANY_SUBLINK' && (names(s.operName).at(-1) ?? '=') === '=') || (s.subLinkType === 'ALL_SUBLINK' && names(s.operName).at(-1) === '<>')) {
      const inn = s.subLinkType === 'ANY_SUBLINK' ? 'IN' : 'NOT IN';
      const tested = (s.testexpr.RowExpr?.args ?? [s.testexpr]) as Node[];
      const columns = selectColumns(this, s.subselect);
      // Intervals meet by their spans, not their stored texts.
      const spans = tested.map((t, i) => this.typeOf(t)?.oid === OID.interval || columns?.[i]?.type?.oid === OID.interval);
      // char(n) beside varchar compares as char(n) (bpchareq): the varchar's trailing blanks do not count.
      const blanks = (a: PgTypeInfo | null | undefined, b: PgTypeInfo | null | undefined) => a?.oid === OID.varchar && b?.oid === OID.bpchar;
      const trimTest = tested.map((t, i) => blanks(this.typeOf(t), columns?.[i]?.type));
      const trimColumn = tested.map((t, i) => blanks(columns?.[i]?.type, this.typeOf(t)));
      // A numeric (or bigint) beside a float compares as float8, as `=` does (numeric casts to float8 implicitly).
      const floats = tested.map((t, i) => besideFloat(this.typeOf(t), columns?.[i]?.type ?? null, '', '') !== undefined);
      if (spans.some((x) => x) || trimColumn.some((x) => x) || floats.some((x) => x)) {
        if (!columns || columns.length !== tested.length || new Set(columns.map((c) => c.name)).size < columns.length) throw unsupported('IN of a subquery over intervals, floats beside numerics or varchar beside char(n) under repeated column names');
        const pairs = tested.map((t, i) => {
          const [test, column] = [this.expr(t), quoteIdent(columns[i]!.name)];
          if (spans[i]) return [`pg_interval_key(${test})`, `pg_interval_key(${column})`];
          if (floats[i]) return besideFloat(this.typeOf(t), columns[i]!.type ?? null, test, column)!;
          return [trimTest[i] ? `rtrim(${test}, ' ')` : test, trimColumn[i] ? `rtrim(${column}, ' ')` : column];
        });
        const test = pairs.map(([t]) => t).join(', ');
        const keys = pairs.map(([, c]) => c).join(', ');
        return `(${test}) ${inn} (SELECT ${keys} FROM (${this.select(s.subselect, false).sql}))`;
      }
      const test = trimTest.some((x) => x) ? tested.map((t, i) => (trimTest[i] ? `rtrim(${this.expr(t)}, ' ')` : this.expr(t))).join(', ') : this.expr(s.testexpr);
      return `(${test}) ${inn} (${this.select(s.subselect, false).sql})`;
    }
    const carried = shown && s.subLinkType === 'EXPR_SUBLINK' ? this.carriedDisplays(s.subselect)?.[0] : undefined;
    if (carried !== undefined) this.carryNext = [carried];
    // Its JSON or text is the value the expression around it reads, compares and prints (`(SELECT
    // jsonb_build_object('v', n) …)::text || '!'` writes 1.50 as numeric_out prints it).
    if (s.subLinkType === 'EXPR_SUBLINK') this.derivedNext = true;
    const sub = this.select(s.subselect, false).sql;
    switch (s.subLinkType) {
      case 'EXISTS_SUBLINK':
        return `EXISTS (${sub})`;
      case 'EXPR_SUBLINK': {
        // SQLite takes the first row; PostgreSQL refuses a second one (21000).
        const column = selectColumns(this, s.subselect)?.[0]?.name;
        if (column === undefined) return `(${sub})`;
        const display = carried !== undefined ? `, ${quoteIdent(displayColumn(column))} AS "__evsql_d"` : '';
        const rows = `SELECT ${quoteIdent(column)} AS "__evsql_v"${display} FROM (${sub}) LIMIT 2`;
        const [code, message] = this.joinedRows.has(s) ? [SqlState.featureNotSupported, 'RETURNING a column of the tables joined to a row that several of their rows join is not supported by evsql'] : [SqlState.cardinalityViolation, 'more than one row returned by a subquery used as an expression'];
        const value = carried !== undefined ? displayedSql('max("__evsql_v")', 'max("__evsql_d")') : 'max("__evsql_v")';
        return `(SELECT CASE WHEN count(*) > 1 THEN pg_raise_if(1, '${code}', '${message}') ELSE ${value} END FROM (${rows}))`;
      }
      case 'ARRAY_SUBLINK': {
        return catalog.arraySubquery(sub, selectColumns(this, s.subselect)?.[0]?.type);
      }
      case 'ANY_SUBLINK':
      case 'ALL_SUBLINK':
        return subqueryComparison(this, s, sub);
      default:
        throw unsupported(String(s.subLinkType));
    }
  }

  typeOf(n: Node): PgTypeInfo | null {
    // A column of an inlined LATERAL subquery is the expression it stands for.
    return typeOf(this, this.lateralValue(n) ?? n);
  }

  lateralValue(ref: Node): Node | undefined {
    return ref.ColumnRef ? catalog.lateralColumn(this, ref) : undefined;
  }

  elementScale(n: Node): number | undefined {
    return arrayScale(this, n);
  }

  elementTexts(n: Node, probe = false): string | undefined {
    return elementTexts(this, n, probe);
  }

  selectColumns(node: Node): ScopeColumn[] | null {
    return selectColumns(this, node);
  }

  rowElements(oid: number): boolean {
    const element = arrayElementOid(oid);
    return element === OID.record || !!this.schema.compositeByOid(element);
  }

  /** A row as a result column: the text record_out prints of its fields' text. */
  rowOutput(fields: Node[]): string {
    // A numeric field prints its value's scale, as a cast to text does (markTextScale).
    const field = (f: Node) => {
      markTextScale(this, f);
      return outputText(this, f, this.expr(f));
    };
    return `pg_record_out(${fields.map((f) => (f.RowExpr ? this.rowOutput(f.RowExpr.args ?? []) : field(f))).join(', ')})`;
  }

  /**
   * A FROM item's whole row as a value: the text record_out prints of its columns, NULL where an
   * outer join made the row up (known of a table's rows only: of another relation it is refused).
   */
  private wholeRowOutput(name: string): string {
    const row = this.scope?.wholeRowValue(name);
    if (!row?.rowid) throw unsupported(`a whole-row reference ("${name}") to other than a table as a value`);
    return `iif(${row.rowid} IS NULL, NULL, ${this.rowOutput(this.wholeRowFields({ ColumnRef: { fields: [{ String: { sval: name } }] } })!)})`;
  }

  /** The columns of the whole row a bare name is (`t` of `SELECT t IS NULL FROM t`), as references. */
  protected wholeRowFields(n: Node): Node[] | undefined {
    const ref = n.ColumnRef ? (names(n.ColumnRef.fields) as string[]) : [];
    // `t.*` in an expression (not a select list's) is t's whole row, as `t` is: `t.* IS NULL`.
    const star = ref.length === 2 && ref[1] === '*';
    const row = (ref.length === 1 && !this.outputNames.has(ref[0]!)) || star ? this.scope?.wholeRowValue(ref[0]!) : undefined;
    return row?.columns.map((c) => ({ ColumnRef: { fields: [{ String: { sval: ref[0] } }, { String: { sval: c.name } }] } }));
  }

  /**
   * `f(…, VARIADIC a)` as a call without VARIADIC: ARRAY[…]'s elements as the arguments, each of
   * the array's element type as the array made it; concat and concat_ws of another array are
   * array_to_string's join, which also leaves out NULLs (not of numeric, whose elements' scales
   * the array does not keep).
   */
  private variadicSpread(f: Node, name: string, args: Node[]): Node {
    const last = args.at(-1);
    const element = arrayElementOid(this.typeOf(last ?? {})?.oid ?? 0);
    const elements = last?.A_ArrayExpr ? ((last.A_ArrayExpr.elements ?? []) as Node[]) : undefined;
    if (elements?.length && element && !elements.some((e) => e.A_ArrayExpr)) {
      const typeName = parseTypeName(formatType(element, -1));
      return { ...f, func_variadic: false, args: [...args.slice(0, -1), ...elements.map((e) => ({ TypeCast: { arg: e, typeName } }))] };
    }
    // An "any" argument list takes no untyped literal as its array.
    if (last && !element && (!isUnknownLiteral(last) || ['concat', 'concat_ws', 'format'].includes(name))) {
      throw new PgError(SqlState.datatypeMismatch, 'VARIADIC argument must be an array', locationOf(last) === undefined ? {} : { position: locationOf(last)! + 1 });
    }
    const joined = (name === 'concat' && args.length === 1) || (name === 'concat_ws' && args.length === 2);
    if (!joined || !element || element === OID.numeric) throw unsupported(`VARIADIC in ${name}()`);
    const separator = name === 'concat' ? { A_Const: { sval: { sval: '' } } } : castNode(args[0]!, 'text');
    return { funcname: [{ String: { sval: 'array_to_string' } }], args: [last, separator], location: f.location };
  }

  /**
   * What GROUP BY, PARTITION BY and DISTINCT compare values by: an interval by interval_cmp's span
   * ('1 day' and '24 hours' are one value), a numrange by range_cmp's key (`[1.5,2.50)` and
   * `[1.50,2.5)` are one), not by its stored text; anything else as stored.
   */
  protected equalityKey(n: Node): string {
    const sql = this.expr(n);
    return spanKey(this.typeOf(n)?.oid, sql) ?? sql;
  }

}

/** Functions that read a composite argument as its fields (typed-sql.ts's JSON), or only count it or name its type. */
/** The types a cast to prints a numeric as numeric_out does, with its scale (an array of them, its elements). */
const TEXT_TYPES = new Set<number>([OID.text, OID.varchar, OID.bpchar]);
const COMPOSITE_ARGUMENTS = new Set(['count', 'pg_typeof', 'to_json', 'to_jsonb', 'row_to_json', 'json_agg', 'jsonb_agg', 'json_build_object', 'jsonb_build_object', 'json_build_array', 'jsonb_build_array', 'format', 'concat', 'concat_ws']);

/** Functions that take an array of a composite type as evsql holds it, a text[] of record texts: they count or open it. */
const COMPOSITE_ARRAY_ARGUMENTS = new Set(['count', 'pg_typeof', 'array_length', 'cardinality', 'array_upper', 'array_lower', 'array_ndims', 'unnest']);

/** Functions of numbers or strings only, none of whose signatures a composite value fits (42883). */
const SCALAR_ARGUMENTS = new Set(['max', 'min', 'sum', 'avg', 'upper', 'lower', 'length', 'char_length', 'abs', 'round', 'trim', 'btrim', 'ltrim', 'rtrim', 'substr', 'replace', 'initcap', 'md5']);

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);

/** Whether a constant LIKE pattern ends in its escape character (SQLite's LIKE answers such a pattern false). */
function endsInEscapeCharacter(pattern: Node, escape: string | undefined): boolean {
  const p = pattern.A_Const?.sval?.sval as string | undefined;
  return p !== undefined && !!escape && [...escape].length === 1 && endsInEscape(likeEscape(p, escape));
}

/** Functions whose first argument has one type: an untyped literal there is read as it (`pg_relation_size('t')`). */
function castNode(a: Node, type: string): Node {
  return { TypeCast: { arg: a, typeName: { names: [{ String: { sval: type } }], typemod: -1 } } };
}

const NUMBER_TYPES = [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8];

/** Arithmetic between a number and an untyped literal, which is then read as that number's type. */
function numberOperands(em: EmitContext, e: Node): boolean {
  const [l, r] = [em.typeOf(e.lexpr), em.typeOf(e.rexpr)];
  const number = (x: PgTypeInfo | null) => !!x && (NUMBER_TYPES as number[]).includes(x.oid);
  return (e.lexpr.A_Const?.sval !== undefined && number(r)) || (e.rexpr.A_Const?.sval !== undefined && number(l));
}

const ARRAY_AGGREGATES = new Set(['array_agg', 'json_agg', 'jsonb_agg']);

/**
 * Types whose values are equal exactly when their stored forms are (SQLite integers, or texts
 * compared byte for byte as PostgreSQL's deterministic collations do), by family: an `=` ANY of
 * one family's value and array is SQLite's IN (catalog.arrayComparison).
 */
const COMPARED_AS_STORED = new Map<number, 'integer' | 'text'>([
  [OID.int2, 'integer'],
  [OID.int4, 'integer'],
  [OID.int8, 'integer'],
  [OID.text, 'text'],
  [OID.varchar, 'text'],
]);

/** The names of PostgreSQL 15's operators (pg_operator.oprname): another name is no operator at all (42883). */
const PG_OPERATOR_NAMES = new Set(['!!', '!~', '!~*', '!~~', '!~~*', '#', '##', '#-', '#>', '#>>', '%', '&', '&&', '&<', '&<|', '&>', '*', '*<', '*<=', '*<>', '*=', '*>', '*>=', '+', '-', '->', '->>', '-|-', '/', '<', '<->', '<<', '<<=', '<<|', '<=', '<>', '!=', '<@', '<^', '=', '>', '>=', '>>', '>>=', '>^', '?', '?#', '?&', '?-', '?-|', '?|', '?||', '@', '@-@', '@>', '@?', '@@', '@@@', '^', '^@', '|', '|&>', '|/', '|>>', '||', '||/', '~', '~*', '~<=~', '~<~', '~=', '~>=~', '~>~', '~~', '~~*']);

/** Functions that are only window functions: without OVER PostgreSQL names the missing clause (42809). */
/** The window functions that take a count (ntile's buckets, nth_value's row), by its argument's position. */
const WINDOW_COUNTS: Record<string, number> = { ntile: 0, nth_value: 1 };

/** Aggregates whose answer is the same in any order of their input (sum of floats aside, whose rounding SQLite's own summation decides). */
const ORDER_BLIND_AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'bool_and', 'bool_or', 'every', 'bit_and', 'bit_or', 'bit_xor']);

const WINDOW_ONLY = new Set(['row_number', 'rank', 'dense_rank', 'percent_rank', 'cume_dist', 'ntile', 'lag', 'lead', 'first_value', 'last_value', 'nth_value']);

function unaryOp(op: string): never {
  throw unsupported(`prefix operator ${op}`);
}

export function constant(c: Node): string {
  if (c.isnull) return 'NULL';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return numericLiteral(c.fval.fval);
  if (c.boolval) return c.boolval.boolval ? '1' : '0';
  if (c.sval) return quoteString(c.sval.sval ?? '');
  if (c.bsval) return quoteString(literalBits(c));
  return '0';
}

/** A timestamptz beside a timestamp or date: their stored texts compare as if the second were in UTC. */
export function mixesZones(a: PgTypeInfo | null, b: PgTypeInfo | null): boolean {
  return a?.oid === OID.timestamptz && (b?.oid === OID.timestamp || b?.oid === OID.date);
}

/**
 * `(a, b) < (c, d)` field by field, as PostgreSQL compares rows: each pair with its own types'
 * operator (an untyped literal read as its partner's type), = and <> over all pairs, an ordering
 * by the first pair that is not equal. SQLite's row values would compare the stored forms.
 */
function rowComparison(op: string, e: Node): Node {
  const l = e.lexpr.RowExpr.args as Node[];
  const r = e.rexpr.RowExpr.args as Node[];
  if (l.length !== r.length) throw new PgError(SqlState.syntaxError, 'unequal number of entries in row expressions', { position: e.location + 1 });
  const pair = (o: string, i: number): Node => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: o } }], lexpr: l[i], rexpr: r[i], location: e.location } });
  const bool = (boolop: string, args: Node[]): Node => (args.length === 1 ? args[0]! : { BoolExpr: { boolop, args, location: -1 } });
  if (op === '=') return bool('AND_EXPR', l.map((_, i) => pair('=', i)));
  if (op === '<>' || op === '!=') return bool('OR_EXPR', l.map((_, i) => pair('<>', i)));
  let ordered = pair(op, l.length - 1);
  for (let i = l.length - 2; i >= 0; i--) ordered = bool('OR_EXPR', [pair(op[0]!, i), bool('AND_EXPR', [pair('=', i), ordered])]);
  return ordered;
}

/** The arguments PostgreSQL's plain aggregates take, each of one signature's length: another count is no function (42883). */
const AGGREGATE_ARITY: Record<string, number> = Object.fromEntries([
  ...['sum', 'avg', 'min', 'max', 'array_agg', 'json_agg', 'jsonb_agg', 'bool_and', 'bool_or', 'every', 'bit_and', 'bit_or', 'bit_xor', 'stddev', 'stddev_samp', 'stddev_pop', 'variance', 'var_samp', 'var_pop'].map((n) => [n, 1]),
  ...['string_agg', 'json_object_agg', 'jsonb_object_agg', 'corr', 'covar_pop', 'covar_samp', 'regr_count', 'regr_slope', 'regr_intercept'].map((n) => [n, 2]),
]);

/**
 * PostgreSQL 15's own functions evsql does not translate: 0A000, not the 42883 of a function that
 * is not there. Among them those of types evsql has not: regoper, regoperator and regcollation, and
 * the WAL's files, which evsql has none of; txid_current_if_assigned, as evsql gives each
 * transaction its ID at its start (wire/session-rules.ts lastXid).
 */
const UNTRANSLATED_BUILTINS = new Set([
  'array_sample', 'width_bucket', 'to_ascii', 'point',
  'pg_walfile_name', 'pg_walfile_name_offset', 'txid_current_if_assigned', 'to_regcollation',
  'to_regoper', 'to_regoperator',
]);

const JSONB_SCALAR_CASTS: Record<number, 'number' | 'boolean'> = {
  [OID.int2]: 'number',
  [OID.int4]: 'number',
  [OID.int8]: 'number',
  [OID.float4]: 'number',
  [OID.float8]: 'number',
  [OID.bool]: 'boolean',
};

const JSON_KEY_OPS = new Set(['->', '->>', '#>', '#>>', '?']);

/**
 * The dimensions of ARRAY[[…], […]] written out: its sub-arrays must agree (2202E), where SQLite
 * would keep a ragged JSON array. Undefined where an element is not written as ARRAY[…] or […].
 */
function arrayShape(n: Node): number[] | undefined {
  const elements = (n.A_ArrayExpr.elements ?? []) as Node[];
  if (!elements.length || !elements.every((e) => e.A_ArrayExpr)) return elements.some((e) => e.A_ArrayExpr) ? undefined : [elements.length];
  const shapes = elements.map(arrayShape);
  if (shapes.some((x) => x === undefined)) return undefined;
  const first = JSON.stringify(shapes[0]);
  if (shapes.some((x) => JSON.stringify(x) !== first)) throw new PgError('2202E', 'multidimensional arrays must have array expressions with matching dimensions');
  return [elements.length, ...shapes[0]!];
}

/** A numeric literal in its storage form: SQLite would read more than 15 significant digits as a REAL. */
function numericLiteral(given: string): string {
  // numeric has no negative zero; a REAL would keep one (-0.0 as a float8 prints -0).
  const text = given.startsWith('-') && !/[1-9]/.test(given.replace(/e.*$/i, '')) ? given.slice(1) : given;
  // SQLite would read an exponent beyond a double's range as an infinity or zero; numeric keeps it.
  const magnitude = Math.abs(Number(text));
  const double = !/[1-9]/.test(text.replace(/e.*$/i, '')) || (magnitude >= 1e-300 && magnitude < 1e300);
  return double && text.replace(/[-+.]|e.*$/gi, '').replace(/^0+/, '').replace(/0+$/, '').length <= 15 ? text : sqlLiteral(decodeTextParam(text, OID.numeric));
}

/** A cast as SQLite can do it; casts to types with their own text form go through a function. */
function castTo(arg: string, type: PgTypeInfo, name: string): string {
  switch (type.oid) {
    case OID.int2:
    case OID.int4:
    case OID.int8:
    case OID.oid:
      return `pg_cast_int(${arg}, ${type.oid})`;
    case OID.float4:
    case OID.float8:
      // Not CAST(… AS REAL): a float parameter of 'NaN' is bound as that text, which CAST reads as 0.
      return `pg_store(${arg}, ${type.oid}, -1)`;
    case OID.numeric:
      return type.typmod > 0 ? `round(CAST(${arg} AS NUMERIC), ${(type.typmod - 4) & 0xffff})` : `CAST(${arg} AS NUMERIC)`;
    case OID.text:
    case OID.varchar:
      return `pg_cast_text(${arg})`;
    case OID.name:
      return `pg_store(pg_cast_text(${arg}), ${OID.name}, -1)`;
    case OID.bool:
    case OID.date:
    case OID.timestamp:
    case OID.timestamptz:
    case OID.time:
    case OID.timetz:
    case OID.uuid:
    case OID.inet:
    case OID.cidr:
    case OID.citext:
    case OID.hstore:
    case OID.json:
    case OID.jsonb:
    case OID.jsonpath:
    case OID.bytea:
    case OID.interval:
    case OID.bpchar:
      return `pg_cast(${arg}, ${type.oid}, ${type.typmod})`;
    case OID.tsvector:
      return `pg_cast(${arg}, ${type.oid}, -1)`;
    case OID.tsquery:
      return `pg_tsquery_in(${arg})`;
    case OID.regclass:
      return `pg_cast_regclass(${arg})`;
    default:
      if (name === 'regtype' || name === 'regnamespace' || name === 'regproc') return arg;
      return arg;
  }
}

/** The set-returning functions a select list may call. */
export const SET_RETURNING = new Set(['generate_series', 'unnest', 'generate_subscripts', 'regexp_matches', 'regexp_split_to_table', 'string_to_table', 'jsonb_path_query', ...Object.keys(JSON_SET_RETURNING)]);

/** Whether an expression calls a set-returning function outside a subquery of its own. */
export function returnsSet(n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(returnsSet);
  const node = n as Node;
  if (node.SubLink) return false;
  if (node.FuncCall && !node.FuncCall.over && SET_RETURNING.has(names(node.FuncCall.funcname).at(-1)!)) return true;
  return Object.values(node).some(returnsSet);
}

/** The first set-returning call in `n` (outside subqueries), where PostgreSQL points its errors. */
function setReturningCall(n: unknown): Node | undefined {
  if (!n || typeof n !== 'object') return undefined;
  if (Array.isArray(n)) return n.map(setReturningCall).find(Boolean);
  const node = n as Node;
  if (node.SubLink) return undefined;
  if (node.FuncCall && !node.FuncCall.over && SET_RETURNING.has(names(node.FuncCall.funcname).at(-1)!)) return node.FuncCall;
  return Object.values(node).map(setReturningCall).find(Boolean);
}

function noSetReturning(construct: string, within?: unknown): PgError {
  const at = setReturningCall(within)?.location as number | undefined;
  return new PgError(SqlState.featureNotSupported, `set-returning functions are not allowed in ${construct}`, { hint: 'You might be able to move the set-returning function into a LATERAL FROM item.', ...(at !== undefined ? { position: at + 1 } : {}) });
}

/**
 * SQLite parses `a OR b OR c …` as a left-deep tree and refuses one deeper than 1,000: a long
 * list is written as a balanced tree (AND and OR are associative, NULLs included), 17 levels
 * for 100,000 terms, as PostgreSQL's flat list would run.
 */
const FLAT_BOOL_TERMS = 64;

const TEXT_OR_TIME = new Set<number>([OID.text, OID.varchar, OID.bpchar, OID.date, OID.timestamp, OID.timestamptz, OID.time, OID.interval]);

function balanced(args: string[], op: string): string {
  if (args.length <= FLAT_BOOL_TERMS) return args.join(op);
  const mid = args.length >> 1;
  return `(${balanced(args.slice(0, mid), op)})${op}(${balanced(args.slice(mid), op)})`;
}

/**
 * `interval '1' day`, `interval '12:34:56.789' hour to second(1)`: the literal read under its
 * field range and precision, then cast as a plain interval.
 */
function intervalLiteral(c: Node): Node {
  const mods = (c.typeName.typmods as Node[]).map((m) => m.A_Const?.ival?.ival ?? 0);
  const text = intervalUnderTypmod(c.arg.A_Const.sval.sval as string, mods[0] ?? 0x7fff, mods[1] ?? 0xffff);
  if (text === undefined) throw unsupported('this interval literal under a field range');
  return { ...c, arg: { A_Const: { sval: { sval: text } } }, typeName: { ...c.typeName, typmods: undefined } };
}

/** The key equal values of a type whose stored texts differ meet by: an interval's span, a numrange's bounds' values. */
export function spanKey(oid: number | undefined, sql: string): string | undefined {
  if (oid === OID.interval) return `pg_interval_key(${sql})`;
  if (oid === OID.jsonb) return `pg_jsonb_key(${sql})`;
  return oid === OID.numrange ? `pg_range_key(${sql}, ${oid})` : undefined;
}
