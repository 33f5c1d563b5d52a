/**
 * Emits SQLite SQL from a PostgreSQL parse tree. One emitter per statement: it collects the
 * parameter order (SQLite's `?` are positional; PostgreSQL's `$n` may repeat and come in any
 * order), the result column names PostgreSQL would give, and the types it can tell statically
 * (types.ts).
 *
 * What cannot be expressed in SQLite raises 0A000 naming the construct, never a SQLite message.
 */
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, arrayElementOid, arrayOidOf, formatType, typeName, type PgTypeInfo } from '../../pg/types/registry.js';
import { sqlLiteral } from '../../pg/coerce.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import type { EmitContext, UntypedParamError } from './emit-context.js';
import { booleanParams, commonTypeParams, functionParams, indeterminateParam, operatorParams } from './untyped-params.js';
import { type Node, nodeType, names, parseTypeName } from './parse.js';
import { unsupported } from './unsupported.js';
import { intervalUnderTypmod } from '../../pg/types/interval.js';
import { zoneIsUtc } from '../../pg/types/timestamp.js';
import { noFunctionCall, noOperator } from './no-function.js';
import { checkValuesLengths, valuesSql } from './values-list.js';
import { columnName } from './column-name.js';
import { checkDistinctOrder, checkGrouping } from './query-checks.js';
import { checkCommonType, checkSetTypes, members } from './common-type-check.js';
import { locationOf } from './node-location.js';
import { AGGREGATES, FUNCTIONS, hasAggregate, hasWindowFunction } from './functions.js';
import { displayColumn } from '../catalog/numeric-display.js';
import { rangeFunction } from './table-functions.js';
import { checkSeriesSignatures } from './series-signature.js';
import { fitsSignature } from './function-shapes.js';
import { JSON_SET_RETURNING } from './json-set-functions.js';
import { LATERAL_HIDDEN } from './lateral-subqueries.js';
import { usingAliasQuery } from './join-using-alias.js';
import { RECORD_FUNCTIONS } from './json-records.js';
import { lateralUnnestQuery, selectListArrays } from './select-list-arrays.js';
import { checkJsonKeys, checkJsonSetColumns, checkedDistinctOn } from './json-keys.js';
import { groupedSeriesQuery } from './grouped-series.js';
import { extensionOf } from '../catalog/extensions.js';
import { type EnumType, checkEnumLabel, enumInSql } from '../catalog/enums.js';
import { Scope, type ScopeColumn, type ScopeRelation } from './scope.js';
import { enterDmlScope, enterRelations, enterSelectScope, leaveScope, starColumns, subqueryDisplays } from './name-resolution.js';
import type { ColumnInfo, TranslatorSchema } from './schema.js';
import { commonLiteral, comparedArrayLiteral, comparedLiteral, constraintColumns, drawnColumns, insertTargets, leadingColumns, storeSql, updateTarget } from './normalize.js';
import { SEQUENCE_FUNCTIONS, drawSql, sequenceCall, sequenceFromItem } from './sequences.js';
import { aliasedTables, joinedReturning, deleteUsing, distinctOnQuery, distinctSeriesQuery, withTiesQuery, groupingSetsQuery, havingAloneQuery, mixedSetReturning, rowsFromQuery, selectListSeries, subqueryComparison, unqualifiedReturning, usingJoinStar } from './rewrite.js';
import { keptPart } from './modifying-with.js';
import { KEPT_ROWS_TABLE, KEPT_ROWS_WIDTH } from '../plan.js';
import { type OutputColumn, type OwnScales, VALUE_WINDOW_FUNCTIONS, arrayTextsSql, computedNumeric, setColumns, inferParamTypes, isFormattedOutput, markScaleSpine, outputColumn, resolveUnknown, selectColumns, typeOf, valuesColumns, outputScale, numericScale, mixedScaleArray, arrayScale, isNumericSpecial, enumTypeOfName, isNumber, isDateTime, isNullLiteral, isNullValue, isUnknownLiteral, markTextScale, storedDisplay, displayedSql, typeOfName, arrayDisplaySql } from './types.js';
import { isRange } from './range-types.js';
import { asTimestamptz, checkCastable, FILTER_PLACED, incomparable, incomparableOperands, mayBeBlob, mixedScaleOutput, numericComparison, orderedSetAggregate, outputText, typedCall, typedCast, typedOperator } from './typed-sql.js';
import * as catalog from './catalog-queries.js';
import { isRowidName, isSqliteModuleName } from '../catalog/definitions.js';
import { assertTypeExists } from './type-exists.js';
import { inlineNamedWindow, windowFrame } from './window-frame.js';
import { VOLATILE_FUNCTIONS } from './volatile-functions.js';

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/**
 * The parameter types the client declared for the statement being translated (Parse's, or SQL
 * PREPARE's list): they are the parameters' types, as casts would make them (declaredParamTypes).
 */
let declared: ReadonlyMap<number, PgTypeInfo> = new Map();

/** Runs `translate` with the statement's parameters typed as the client declared them. */
export function withDeclaredParams<T>(types: ReadonlyMap<number, PgTypeInfo>, translate: () => T): T {
  const outer = declared;
  declared = types;
  try {
    return translate();
  } finally {
    declared = outer;
  }
}

export class Emitter implements EmitContext {
  /** For each `?` emitted, the 1-based PostgreSQL parameter number it stands for. */
  readonly params: number[] = [];
  /** Types that casts and comparisons tell about parameters: `$1::int`. */
  readonly paramTypes = new Map<number, PgTypeInfo>();
  readonly untypedParams: UntypedParamError[] = [];
  /** The WINDOW clause of the query being emitted, which `OVER (w …)` refines. */
  private windows: Node[] = [];
  /** Set when the statement holds SELECT … FOR UPDATE/SHARE: the mixer reads it as write locks. */
  lockingRead = false;
  /** The locking clauses checked (checkLockable). */
  private readonly lockChecked = new WeakSet<object>();
  /** Set when the statement reads a temporary table. */
  readsTemp = false;
  /** The relations names resolve against, for typing (name-resolution.ts). */
  scope: Scope | null = null;
  ctes = new Map<string, ScopeColumn[] | null>();
  /** The columns an INSERT's source rows are written to; taken by the source SELECT or VALUES. */
  private assignTo: Array<ColumnInfo | undefined> | null = null;
  /**
   * Set by the row source of an INSERT whose rows carry, after their columns, the display texts of
   * the values written to unconstrained numeric columns (displayValues), for insert() to name them.
   */
  private displaysWritten = false;
  /** The expression at the root of the result column being emitted (typed-sql.ts formats quotients there). */
  outputRoot: Node | null = null;
  readonly numericSpine = new WeakSet<Node>();
  readonly groupedDisplays = new WeakSet<Node>();
  /** RETURNING's subqueries for a column of UPDATE's FROM or DELETE's USING tables (rewrite.ts joinedReturning). */
  private readonly joinedRows = new WeakSet<Node>();
  /** Parameters typed by a cast: the first cast's type is theirs. */
  private readonly castParams = new Set<number>();
  /** `ARRAY[…]` written directly under a cast, where an empty one takes the cast's type. */
  private readonly castArrays = new WeakSet<Node>();
  readonly displayHidden = new WeakMap<Node, 'hidden' | 'qualified'>();
  /** Result columns computed as formatted text, by position and by name: ORDER BY sorts their values. */
  private formattedOutputs = new Map<string, Node>();
  /** The output names of the selects being emitted: GROUP BY and ORDER BY may name them ("ID"). */
  private outputNames = new Set<string>();
  /** Members of a result's UNION ALL or VALUES that print their numerics' own scales, by column (mixedScaleColumns). */
  private readonly ownScaleMembers = new WeakMap<object, boolean[]>();
  /** Off for a view's query, whose columns other queries compute with. */
  formatsOutput = true;
  /** On for a plain query: a numeric parameter its result columns print may come with its display scale. */
  displaysParams = false;
  /** WITH RECURSIVE members that may recur: their rows pass a cancellation point (sql-functions.ts). */
  private readonly recursiveMembers = new WeakSet<object>();
  /** carriedDisplays's answers, by query: null where it carries none. */
  private readonly carried = new WeakMap<object, Array<string | undefined> | null>();
  /** setOperationDisplays's texts each member of a set operation writes, by member. */
  private readonly memberCarries = new WeakMap<object, Array<string | undefined>>();
  /** targetDisplays's computed result columns (COMPUTED_TEXT), by query: each one's expression, by column. */
  private readonly computedCarried = new WeakMap<object, Map<number, Node>>();
  /** The display texts the next select() emitted writes after its result columns, as `name:display`. */
  carryNext: Array<string | undefined> | undefined;
  /** Emitting INSERT, UPDATE or DELETE: its joins pass a cancellation point per row combination. */
  private writing = false;

  constructor(readonly schema: TranslatorSchema) {
    for (const [number, type] of declared) {
      this.paramTypes.set(number, type);
      this.castParams.add(number);
    }
  }

  // ---------------------------------------------------------------- statements

  select(node: Node, top = true): { sql: string; columns: OutputColumn[] } {
    const s = node.SelectStmt ?? node;
    // A query that carries display texts is a plain select no rewrite below changes (carriedDisplays).
    const carry = this.carryNext;
    this.carryNext = undefined;
    // Before the rewrites below, which turn a select list's set-returning functions or a HAVING
    // alone into other queries, and once: the queries they make keep the clause (FETCH … WITH
    // TIES's ranks its rows by a window function, and may lock them).
    if (s.lockingClause && !this.lockChecked.has(s.lockingClause)) {
      checkLockable(s);
      this.lockChecked.add(s.lockingClause);
    }
    if (s.distinctClause?.some((d: Node) => Object.keys(d).length > 0)) return this.select({ SelectStmt: distinctOnQuery(checkedDistinctOn(this, s)) }, top);
    if (s.limitOption === 'LIMIT_OPTION_WITH_TIES') return this.select({ SelectStmt: withTiesQuery(s) }, top);
    // SQLite's VALUES takes no ORDER BY, LIMIT or OFFSET: they go on a query of its rows, named as PostgreSQL names them.
    if (s.valuesLists && (s.sortClause || s.limitCount || s.limitOffset)) {
      const rows = { RangeSubselect: { subquery: { SelectStmt: { valuesLists: s.valuesLists, limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } }, alias: { aliasname: '*VALUES*' } } };
      const star = { ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } };
      return this.select({ SelectStmt: { ...s, valuesLists: undefined, targetList: [star], fromClause: [rows] } }, top);
    }
    // generate_subscripts beside unnest (SQLAlchemy's index query) first: selectListSeries knows
    // unnest alone, and unnest beside generate_series (two rewrites would cross their rows).
    // PostgreSQL runs the window functions over the rows before a select list's set-returning
    // functions multiply them (ProjectSet above WindowAgg); the rewrites below would reverse that.
    if (returnsSet(s.targetList) && hasWindowFunction(s.targetList)) throw unsupported('a set-returning function beside a window function in the select list');
    const groupedSeries = groupedSeriesQuery(s, returnsSet, (q) => selectColumns(this, q));
    if (groupedSeries) return this.select({ SelectStmt: groupedSeries }, top);
    const distinctSeries = distinctSeriesQuery(s, returnsSet);
    if (distinctSeries) return this.select({ SelectStmt: distinctSeries }, top);
    const arrays = (mixedSetReturning(s) ? undefined : selectListArrays(s)) ?? lateralUnnestQuery(s);
    // The texts carried are the rewritten query's (carriedDisplays).
    if (arrays) this.carryNext = carry;
    if (arrays) return this.select({ SelectStmt: arrays }, top);
    const series = selectListSeries(s) ?? rowsFromQuery(s);
    if (series) return this.select({ SelectStmt: series }, top);
    const usingAliases = usingAliasQuery(s, this.schema);
    if (usingAliases) return this.select({ SelectStmt: usingAliases }, top);
    const aliased = aliasedTables(s);
    if (aliased) return this.select({ SelectStmt: aliased }, top);
    const spelled = usingJoinStar(this.schema, s) ?? this.distinctStar(s);
    if (spelled) return this.select({ SelectStmt: spelled }, top);
    const grouped = groupingSetsQuery(s);
    if (grouped) return this.select({ SelectStmt: grouped }, top);
    const lateral = catalog.lateralJoins(s, this.schema);
    if (lateral) return this.select({ SelectStmt: lateral }, top);
    const printed = top ? this.printedSetOperation(s) : undefined;
    if (printed) return this.select({ SelectStmt: printed }, top);
    if (hasWindowFunction(s.havingClause)) throw new PgError(SqlState.windowingError, 'window functions are not allowed in HAVING');
    checkGrouping(this.schema, s, this.ctes);
    checkDistinctOrder(s);
    const havingAlone = havingAloneQuery(s);
    if (havingAlone) return this.select({ SelectStmt: havingAlone }, top);
    if (s.lockingClause) {
      this.lockingRead = true;
      checkLockedRelations(s);
    }
    const outerScope = enterSelectScope(this, s);
    const outerWindows = this.windows;
    this.windows = (s.windowClause ?? []) as Node[];
    const defined = new Set<string>();
    for (const w of this.windows) {
      const name = w.WindowDef.name as string;
      if (defined.has(name)) throw new PgError(SqlState.windowingError, `window "${name}" is already defined`, { position: w.WindowDef.location + 1 });
      defined.add(name);
    }
    catalog.registerLaterals(this, s.fromClause);
    checkJsonKeys(this, s);
    const assign = this.assignTo;
    this.assignTo = null;
    let sql = '';
    if (s.withClause) sql += this.withClause(s.withClause) + ' ';
    let columns: OutputColumn[] = [];
    let computed: Map<string, Node> | undefined;
    let outputs: Map<string, Node[]> | undefined;
    const mixed = top && this.formatsOutput && !assign ? this.mixedScaleColumns(s) : undefined;
    if (s.op && s.op !== 'SETOP_NONE') {
      const widened = this.widenedTimes(s);
      if (widened) return this.select({ SelectStmt: widened }, top);
      // A member of a set operation that carries texts writes its own (setOperationDisplays), a UNION ALL inside it those of its members.
      const member = (m: Node, right = false) => {
        this.carryNext = carry ? (this.memberCarries.get(m.SelectStmt ?? m) ?? carry) : undefined;
        return this.setMember(m, right);
      };
      const left = member(s.larg);
      const right = member(s.rarg, true);
      checkSetLiterals(left.columns, s.rarg);
      checkSetLiterals(right.columns, s.larg);
      checkSetTypes(s, left.columns, right.columns);
      checkJsonSetColumns(s, left.columns);
      // The members' stored forms are compared as they are: a timestamp beside a timestamptz would be read as UTC.
      if (!zoneIsUtc() && left.columns.some((c, i) => mixesZones(c.type, right.columns[i]?.type ?? null) || mixesZones(right.columns[i]?.type ?? null, c.type))) {
        throw unsupported('a set operation of timestamptz with timestamp or date in a TimeZone other than UTC');
      }
      const op = { SETOP_UNION: 'UNION', SETOP_INTERSECT: 'INTERSECT', SETOP_EXCEPT: 'EXCEPT' }[s.op as string]!;
      // SQLite compares the stored texts: intervals must meet by their spans ('1 day' is '24 hours'), numranges by their bounds' values.
      const spanned = (c: OutputColumn, i: number) => (spanKey(c.type?.oid, '') !== undefined ? c.type!.oid : spanKey(right.columns[i]?.type?.oid, '') !== undefined ? right.columns[i]!.type!.oid : undefined);
      const spans = !s.all && left.columns.some((c, i) => spanned(c, i) !== undefined);
      if (spans && op !== 'UNION') throw unsupported(`${op} of interval or numrange columns`);
      if (spans && new Set(left.columns.map((c) => c.name)).size < left.columns.length) throw unsupported('a UNION of interval or numrange columns under repeated column names');
      if (carry && !s.all) {
        sql += distinctSetOperation(op, left, right, carry, (c, i) => spanKey(spanned(c, i), quoteIdent(c.name)) ?? quoteIdent(c.name));
      } else if (spans) {
        const keys = left.columns.map((c, i) => spanKey(spanned(c, i), quoteIdent(c.name)) ?? quoteIdent(c.name));
        sql += `SELECT * FROM (${left.sql} UNION ALL ${right.sql}) GROUP BY ${keys.join(', ')}`;
      } else {
        sql += s.all && op !== 'UNION' ? multisetOperation(op, left, right.sql) : `${left.sql} ${op}${s.all ? ' ALL' : ''} ${right.sql}`;
      }
      columns = setColumns(left.columns, right.columns, op === 'EXCEPT');
      if (mixed) columns = columns.map((c, i) => (mixed[i] ? { name: c.name, type: { oid: OID.numeric, typmod: -1 } } : c));
    } else if (s.valuesLists) {
      checkValuesLengths(s.valuesLists as Node[]);
      // Rows written to a table take its columns' types: no common type of theirs to find.
      columns = assign ? (s.valuesLists[0].List.items as Node[]).map((e, i) => ({ name: `column${i + 1}`, type: this.typeOf(e) })) : valuesColumns(this, (s.valuesLists as Node[]).map((l) => l.List.items as Node[]));
      // A quoted literal in any row takes the column's type, as PostgreSQL's common type of the rows
      // gives it: `(VALUES ('NaN'::float8), ('-Infinity'))` holds two float8s, not a text, and
      // `(VALUES ('1'), (2))` two integers, which sort as numbers.
      const typed = assign ?? columns.map((c) => (!c.type || ([OID.text, OID.unknown, OID.varchar, OID.bpchar, OID.name] as number[]).includes(c.type.oid) ? undefined : ({ name: c.name, type: c.type, notNull: false, hasDefault: false, primaryKey: false, identity: null } as ColumnInfo)));
      const own = this.ownScaleMembers.get(s);
      const cell = (v: Node, i: number, sql: string) => (own?.[i] && !isNullLiteral(v) && !isNumericSpecial(v) ? `pg_numeric_text(${sql}, ${numericScale(this, v)})` : sql);
      const row = (items: Node[]) =>
        items.map((v, i) => cell(v, i, assign ? storeSql(this, v, assign[i]) : isUnknownLiteral(v) ? storeSql(this, v, typed[i]) : this.expr(v))).join(', ');
      const displays = (items: Node[]) => (assign ? this.displayValues(items, assign).map((d) => `, ${d}`).join('') : carry ? this.valuesTexts(items, carry) : '');
      const values = valuesSql((s.valuesLists as Node[]).map((l) => `(${row(l.List.items as Node[])}${displays(l.List.items as Node[])})`));
      // The texts follow the columns, named after them as a query's carried texts are (carriedDisplays).
      const carried = !assign && carry ? columns.flatMap((c, i) => (carry[i] !== undefined ? [c.name] : [])) : [];
      sql += carried.length ? `SELECT ${[...columns.map((c) => quoteIdent(c.name)), ...carried.map((n, k) => `column${columns.length + k + 1} AS ${quoteIdent(displayColumn(n))}`)].join(', ')} FROM (${values})` : values;
    } else {
      sql += 'SELECT ';
      const distinctByKeys = !!s.distinctClause && !s.groupClause && this.distinctByKeys(s);
      if (s.distinctClause && !distinctByKeys) sql += 'DISTINCT ';
      const targets = this.targetList(s.targetList ?? [], top, assign, s.groupClause || distinctByKeys ? 'aggregated' : s.distinctClause ? 'none' : 'all', this.ownScaleMembers.get(s));
      computed = targets.computed;
      outputs = targets.byName;
      // PostgreSQL allows an empty select list (`SELECT;`, `EXISTS (SELECT FROM t …)`); SQLite needs
      // a column, which the client does not see (no output column: wire/results.ts sends none).
      sql += targets.sql || 'NULL';
      columns = targets.columns;
      if (carry) {
        const computedAt = this.computedCarried.get(s);
        const text = (d: string, i: number) => (d === COMPUTED_TEXT ? this.displayText(computedAt!.get(i)!, () => this.expr(computedAt!.get(i)!)) : d);
        sql += carry.map((d, i) => (d !== undefined ? `, ${text(d, i)} AS ${quoteIdent(displayColumn(columns[i]!.name))}` : '')).join('');
      }
      for (const c of columns) this.outputNames.add(c.name);
      if (s.intoClause) throw unsupported('SELECT INTO');
      if (s.fromClause) sql += ' FROM ' + (s.fromClause as Node[]).map((f) => this.fromItem(f)).join(', ');
      if (s.whereClause) booleanParams(this, [s.whereClause]);
      const where = s.whereClause ? this.condition(s.whereClause, 'WHERE') : null;
      if (this.recursiveMembers.has(s)) sql += ` WHERE ${where ? `(${where}) AND ` : ''}pg_cancel_point()`;
      else sql += this.whereWithPoint(where, s.fromClause);
      if (s.groupClause) {
        for (const g of s.groupClause as Node[]) {
          const at = g.A_Const?.ival ? (g.A_Const.ival.ival ?? 0) : undefined;
          const width = (s.targetList ?? []).length;
          const star = (s.targetList ?? []).some((t: Node) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star));
          if (at !== undefined && !star && (at < 1 || at > width)) throw new PgError(SqlState.invalidColumnReference, `GROUP BY position ${at} is not in select list`, { position: g.A_Const.location + 1 });
        }
        sql += ' GROUP BY ' + (s.groupClause as Node[]).flatMap((g) => this.rowColumns(g)).map((g) => (g.A_Const ? this.expr(g) : this.equalityKey(g))).join(', ');
      } else if (distinctByKeys) {
        // SQLite's DISTINCT compares the stored texts: the rows group by each column's equality key instead.
        // A constant splits no group (and SQLite would read an integer one as a column's position).
        // A copy of each: the select list's own node prints a stored numeric with its group's display text.
        sql += ' GROUP BY ' + (s.targetList as Node[]).filter((t) => !t.ResTarget.val.A_Const).map((t) => this.equalityKey(structuredClone(t.ResTarget.val))).join(', ');
      }
      if (s.havingClause) sql += ' HAVING ' + this.condition(s.havingClause, 'HAVING');
      if (s.windowClause) sql += ' WINDOW ' + (s.windowClause as Node[]).map((w) => `${quoteIdent(w.WindowDef.name)} AS ${this.windowDef({ ...w.WindowDef, name: undefined })}`).join(', ');
    }
    if (s.sortClause) {
      if (!s.op || s.op === 'SETOP_NONE') this.checkSortNames(s, outputs);
      else checkSetOrder(s.sortClause as Node[]);
      for (const n of s.sortClause as Node[]) {
        const position = n.SortBy.node.A_Const?.ival;
        const at = position ? (position.ival ?? 0) : undefined;
        if (at !== undefined && columns && (at < 1 || at > columns.length)) throw new PgError(SqlState.invalidColumnReference, `ORDER BY position ${at} is not in select list`);
      }
      // Members that print their own scales give text: sorted by the numbers it spells, outside them.
      const keys = (s.sortClause as Node[]).map((n) => this.ownScaleSort(n, columns, mixed) ?? this.jsonbOutputSort(n, columns) ?? this.starNumericSort(s, n, columns) ?? this.sortBy(this.sortedValue(n, computed, outputs)));
      // A compound SELECT sorts by its result columns alone in SQLite: a key computed of one sorts the rows outside it.
      const computedKey = s.op && s.op !== 'SETOP_NONE' && (s.sortClause as Node[]).some((n) => this.jsonbOutputSort(n, columns) !== undefined);
      if (mixed?.some((m) => m) || computedKey) sql = `SELECT * FROM (${sql})`;
      sql += ' ORDER BY ' + keys.join(', ');
    }
    sql += this.limit(s);
    this.windows = outerWindows;
    leaveScope(this, outerScope);
    return { sql, columns };
  }

  /**
   * A result's UNION, INTERSECT or EXCEPT whose members print numerics at their own scales
   * (`SELECT 1.50 UNION SELECT 2.5`), which would compare them as values: read by
   * a query around it, which prints the texts its rows carry (setOperationDisplays); its ORDER BY
   * and LIMIT, of output columns only, go on that query.
   */
  private printedSetOperation(s: Node): Node | undefined {
    // Not UNION ALL (groupingSetsQuery's among them), whose result mixedScaleColumns prints.
    if (!s.op || s.op === 'SETOP_NONE' || s.all || !this.formatsOutput || this.assignTo || s.lockingClause) return undefined;
    // Other ORDER BY keys are PostgreSQL's errors, which the set operation itself raises.
    const outputKey = (n: Node) => n.A_Const?.ival !== undefined || n.ColumnRef?.fields.length === 1;
    if (!((s.sortClause ?? []) as Node[]).every((k) => outputKey(k.SortBy.node))) return undefined;
    const { withClause, sortClause, limitCount, limitOffset, limitOption, ...members } = s;
    const inner = { ...members, limitOption: 'LIMIT_OPTION_DEFAULT' };
    if (!this.carriedDisplays({ SelectStmt: inner })?.some((d) => d !== undefined)) return undefined;
    const star = { ResTarget: { val: { ColumnRef: { fields: [{ A_Star: {} }] } } } };
    const from = { RangeSubselect: { subquery: { SelectStmt: inner }, alias: { aliasname: '*SELECT*' } } };
    return { targetList: [star], fromClause: [from], withClause, sortClause, limitCount, limitOffset, limitOption, op: 'SETOP_NONE' };
  }

  /**
   * The result columns of a UNION ALL or a multi-row VALUES whose members print numerics of
   * different scales (`SELECT 1.5 UNION ALL SELECT 2.50`, `VALUES (1.0), (2.50)`), as numeric keeps
   * one per value: each member then formats its values with its own, registered in
   * ownScaleMembers. Not UNION, INTERSECT or EXCEPT, which would compare those texts (1.5 and 1.50
   * are one row), nor members whose scales do not all tell.
   */
  private mixedScaleColumns(s: Node): boolean[] | undefined {
    if (!s.valuesLists && !(s.op === 'SETOP_UNION' && s.all)) return undefined;
    const members: Node[] = [];
    const collect = (m: Node): boolean => {
      const b = m.SelectStmt ?? m;
      if (b.op === 'SETOP_UNION' && b.all && !b.sortClause && !b.limitCount && !b.limitOffset && !b.withClause) return collect(b.larg) && collect(b.rarg);
      // A `*` spreads over columns the select list's positions do not tell.
      const star = ((b.targetList ?? []) as Node[]).some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*');
      if ((b.op && b.op !== 'SETOP_NONE') || b.sortClause || star) return false;
      members.push(b);
      return true;
    };
    if (s.valuesLists) members.push(s);
    else if (!collect(s.larg) || !collect(s.rarg)) return undefined;
    const columns = selectColumns(this, { SelectStmt: s });
    if (!columns) return undefined;
    // An ORDER BY names a column of the query around them, which duplicate names would make ambiguous.
    if (s.sortClause && new Set(columns.map((c) => c.name)).size !== columns.length) return undefined;
    const scales = (m: Node): Array<Array<number | undefined>> | undefined => {
      const noScale = (v: Node | undefined) => !!v && (isNullLiteral(v) || isNumericSpecial(v));
      if (m.valuesLists) return (m.valuesLists as Node[]).map((l) => (l.List.items as Node[]).map((v) => (noScale(v) ? -1 : numericScale(this, v))));
      const own = selectColumns(this, { SelectStmt: m });
      const targets = (m.targetList ?? []) as Node[];
      // OWN_TEXT: values written as decimal texts, each at its scale (a stored column's display text, a quotient).
      if (!own || own.length !== columns.length || targets.length !== own.length) return undefined;
      const saved = enterSelectScope(this, m);
      try {
        const stored = (v: Node) => (markScaleSpine(this, v, new WeakSet()) ? OWN_TEXT : undefined);
        return [own.map((c, i) => (noScale(targets[i]!.ResTarget.val) ? -1 : (outputScale(c) ?? stored(targets[i]!.ResTarget.val))))];
      } finally {
        leaveScope(this, saved);
      }
    };
    const rows = members.map(scales);
    if (rows.some((r) => !r)) return undefined;
    const mixed = columns.map((c, i) => {
      if (c.type?.oid !== OID.numeric) return false;
      const all = rows.flatMap((r) => r!.map((row) => row[i])).filter((x) => x !== -1);
      const printed = outputScale(c);
      return all.length > 0 && all.every((x) => x !== undefined) && !(printed !== undefined && all.every((x) => x === printed));
    });
    if (!mixed.some((m) => m)) return undefined;
    for (const m of members) this.ownScaleMembers.set(m, mixed);
    return mixed;
  }

  /** A VALUES row's texts of its carried columns (valuesDisplays): each constant at the scale it is written with. */
  private valuesTexts(items: Node[], carry: Array<string | undefined>): string {
    return carry
      .flatMap((d, i) => {
        if (d === undefined) return [];
        const v = items[i]!;
        if (isNullValue(v) || isNumericSpecial(v)) return ['NULL'];
        return [`pg_numeric_text(${this.expr(v)}, ${numericScale(this, v)})`];
      })
      .map((t) => `, ${t}`)
      .join('');
  }

  /** An ORDER BY item naming a column that members print with their own scales: by its numbers. */
  private ownScaleSort(n: Node, columns: OutputColumn[], mixed: boolean[] | undefined): string | undefined {
    if (!mixed) return undefined;
    const key = n.SortBy.node as Node;
    const at = key.A_Const?.ival !== undefined ? (key.A_Const.ival.ival ?? 0) - 1 : key.ColumnRef?.fields.length === 1 ? columns.findIndex((c) => c.name === names(key.ColumnRef.fields)[0]) : -1;
    if (!mixed[at]) return undefined;
    const name = quoteIdent(columns[at]!.name);
    return `${this.sortBy(n, false, `pg_num_key(${name})`)}, ${this.sortBy(n, false, `pg_num_residue(${name})`)}`;
  }

  /**
   * An ORDER BY position naming a numeric a `*` spells, which may print its display text (a
   * number of one row, text of another): by the number, as SQLite's position would not.
   */
  private starNumericSort(s: Node, n: Node, columns: OutputColumn[]): string | undefined {
    const at = (n.SortBy.node.A_Const?.ival?.ival ?? 0) - 1;
    const c = columns[at];
    const star = ((s.targetList ?? []) as Node[]).some((t) => names(t.ResTarget.val.ColumnRef?.fields ?? []).at(-1) === '*');
    if (!c || !star || (s.op && s.op !== 'SETOP_NONE') || c.type?.oid !== OID.numeric || columns.filter((x) => x.name === c.name).length > 1) return undefined;
    const name = quoteIdent(c.name);
    return `${this.sortBy(n, false, `pg_num_key(${name})`)}, ${this.sortBy(n, false, `pg_num_residue(${name})`)}`;
  }

  /** An ORDER BY item naming a jsonb or enum result column (`… AS s ORDER BY s`, `ORDER BY 2`): in its type's order. */
  private jsonbOutputSort(n: Node, columns: OutputColumn[]): string | undefined {
    const key = n.SortBy.node as Node;
    const at = key.A_Const?.ival !== undefined ? (key.A_Const.ival.ival ?? 0) - 1 : key.ColumnRef?.fields.length === 1 ? columns.findIndex((c) => c.name === names(key.ColumnRef.fields)[0]) : -1;
    const oid = columns[at]?.type?.oid;
    const enumType = oid === undefined ? undefined : this.schema.enumByOid(oid);
    if ((oid !== OID.jsonb && !enumType) || (key.ColumnRef && this.typeOf(key)?.oid === oid)) return undefined;
    const name = quoteIdent(columns[at]!.name);
    // An enum by its labels' order, as sortKeys sorts one named by its column.
    return this.sortBy(n, false, enumType ? `pg_enum_rank(${name}, ${quoteString(JSON.stringify(enumType.labels.map((l) => l.label)))})` : `pg_jsonb_sort_key(${name})`);
  }

  /**
   * A set operation whose column is a date in one member and a timestamp in another (or a timestamp
   * beside a timestamptz) is of the wider type, as select_common_type makes it: the narrower
   * members' values are cast to it, under the names they had. Undefined where no column mixes them.
   */
  private widenedTimes(s: Node): Node | undefined {
    const all = members(s);
    const types = all?.map((m) => selectColumns(this, { SelectStmt: m })?.map((c) => c.type?.oid));
    if (!all || !types || types.some((t) => !t)) return undefined;
    const widest = types[0]!.map((_, i) => {
      const times = new Set(types.map((t) => t![i]).filter((o) => o === OID.date || o === OID.timestamp || o === OID.timestamptz));
      return times.size < 2 ? undefined : times.has(OID.timestamptz) ? 'timestamptz' : 'timestamp';
    });
    if (widest.every((w) => w === undefined)) return undefined;
    const widened = new Map(
      all.map((m, k) => {
        const targetList = (m.targetList as Node[]).map((t, i) => {
          const to = widest[i];
          const rt = t.ResTarget;
          if (!to || (to === 'timestamptz' ? OID.timestamptz : OID.timestamp) === types[k]![i]) return t;
          return { ResTarget: { ...rt, name: rt.name ?? columnName(rt.val), val: { TypeCast: { arg: rt.val, typeName: { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: to } }], typemod: -1, location: -1 }, location: -1 } } } };
        });
        return [m, { ...m, targetList }];
      }),
    );
    const rebuilt = (n: Node): Node => (n.op && n.op !== 'SETOP_NONE' ? { ...n, larg: rebuilt(n.larg), rarg: rebuilt(n.rarg) } : widened.get(n) ?? n);
    return rebuilt(s);
  }

  private setMember(node: Node, right = false): { sql: string; columns: OutputColumn[] } {
    // The parser gives a set operation's members as bare SelectStmt bodies.
    const s = node.SelectStmt ?? node;
    const inner = this.select(node, false);
    // SQLite takes no ORDER BY/LIMIT/WITH on a compound member: wrap such a member in a subquery.
    // It also reads a compound from left to right, where INTERSECT binds tighter than UNION and
    // EXCEPT (`1 UNION (2 INTERSECT 2)`): a right member that is a set operation is wrapped too.
    if (s.sortClause || s.limitCount || s.limitOffset || s.withClause || (right && s.op && s.op !== 'SETOP_NONE')) {
      return { sql: `SELECT * FROM (${inner.sql})`, columns: inner.columns };
    }
    return inner;
  }

  private limit(s: Node): string {
    const isAll = (n: Node | undefined) => !n || n.A_Const?.isnull === true;
    // A negative LIMIT or OFFSET is an error in PostgreSQL (2201W, 2201X); SQLite reads -1 as no limit.
    const bound = (n: Node, offset: boolean) => {
      const c = n.A_Const?.ival;
      // PostgreSQL types a bare parameter here bigint, and pgx encodes by the type it describes.
      if (n.ParamRef && !this.paramTypes.has(n.ParamRef.number)) this.paramTypes.set(n.ParamRef.number, { oid: OID.int8, typmod: -1 });
      if (c && (c.ival ?? 0) < 0) throw new PgError(offset ? SqlState.invalidRowCountInResultOffsetClause : SqlState.invalidRowCountInLimitClause, `${offset ? 'OFFSET' : 'LIMIT'} must not be negative`);
      // An untyped literal is read as the bigint the clause takes (`LIMIT 'a'` is 22P02).
      // So is a numeric or a float, rounded (`LIMIT 2.6` is 3): SQLite takes only an integer.
      const type = isUnknownLiteral(n) ? null : this.typeOf(n);
      if (isUnknownLiteral(n) || type?.oid === OID.numeric || type?.oid === OID.float4 || type?.oid === OID.float8) n = { TypeCast: { arg: n, typeName: { names: [{ String: { sval: 'int8' } }], typemod: -1 }, location: -1 } };
      return c ? this.expr(n) : `pg_row_count(${this.expr(n)}, ${offset ? 1 : 0})`;
    };
    const count = isAll(s.limitCount) ? undefined : bound(s.limitCount, false);
    const offset = s.limitOffset ? bound(s.limitOffset, true) : undefined;
    if (count === undefined && offset === undefined) return '';
    return ` LIMIT ${count ?? '-1'}${offset !== undefined ? ` OFFSET ${offset}` : ''}`;
  }

  private withClause(w: Node): string {
    const ctes = (w.WithClause?.ctes ?? w.ctes) as Node[];
    const recursive = (w.WithClause?.recursive ?? w.recursive) ? 'RECURSIVE ' : '';
    const parts = ctes.flatMap((c) => {
      const cte = c.CommonTableExpr;
      if (cte.search_clause) throw unsupported('SEARCH in WITH RECURSIVE');
      if (cte.cycle_clause) throw unsupported('CYCLE in WITH RECURSIVE');
      const q = cte.ctequery;
      const part = keptPart(q);
      if (part !== undefined) return this.keptRows(cte, part);
      // SQLite's WITH takes queries only: modifying-with.ts runs the statements of a top-level WITH as steps of their own.
      if (!q.SelectStmt) throw new PgError(SqlState.featureNotSupported, 'WITH clause containing a data-modifying statement must be at the top level');
      const member = q.SelectStmt.rarg;
      if (recursive && member) this.recursiveMembers.add(member.SelectStmt ?? member);
      // checkWellFormedRecursion: a query that refers to itself takes no ORDER BY, LIMIT or OFFSET of its own.
      if (recursive && member && JSON.stringify(member).includes(`"relname":${JSON.stringify(cte.ctename)}`)) {
        const [own, clause] = q.SelectStmt.sortClause ? ['ORDER BY', q.SelectStmt.sortClause] : q.SelectStmt.limitCount ? ['LIMIT', q.SelectStmt.limitCount] : q.SelectStmt.limitOffset ? ['OFFSET', q.SelectStmt.limitOffset] : [];
        const at = locationOf(clause);
        if (own) throw new PgError(SqlState.featureNotSupported, `${own} in a recursive query is not implemented`, at !== undefined ? { position: at + 1 } : {});
        checkRecursiveTerm(cte.ctename, member);
      }
      const carried = recursive && !(q.SelectStmt?.op === 'SETOP_UNION' && q.SelectStmt.all) ? undefined : this.carriedDisplays(q);
      this.carryNext = carried;
      const body = this.select(q, false);
      if (recursive && member) this.checkRecursiveTypes(cte.ctename, q.SelectStmt.larg, member);
      const cols = cte.aliascolnames ? `(${columnList(names(cte.aliascolnames), body.columns, carried)})` : '';
      return [`${quoteIdent(cte.ctename)}${cols} AS (${body.sql})`];
    });
    return parts.length ? `WITH ${recursive}${parts.join(', ')}` : '';
  }

  /** A data-modifying WITH query a step before ran: the rows it kept (plan.ts KEPT_ROWS_TABLE); none without RETURNING. */
  private keptRows(cte: Node, part: number): string[] {
    const columns = selectColumns(this, cte.ctequery);
    if (!columns) return [];
    if (columns.length > KEPT_ROWS_WIDTH) throw unsupported(`a data-modifying WITH query returning more than ${KEPT_ROWS_WIDTH} columns`);
    const carried = this.carriedDisplays(cte.ctequery);
    const list = columnList(names(cte.aliascolnames), columns, carried ?? columns.map(() => undefined));
    // A numeric kept as the text it prints is stored again, as its table stores it.
    const values = columns.map((_, i) => (carried?.[i] !== undefined ? `pg_store(c${i + 1}, ${OID.numeric}, -1)` : `c${i + 1}`));
    const displays = (carried ?? []).flatMap((d, i) => (d !== undefined ? [d] : []));
    return [`${quoteIdent(cte.ctename)}(${list}) AS (SELECT ${[...values, ...displays].join(', ')} FROM temp.${quoteIdent(KEPT_ROWS_TABLE)} WHERE part = ${part})`];
  }

  /**
   * A kept unconstrained numeric was returned as the text it prints (decimal text, its scale
   * kept) where it has one: its display text (numeric-display.ts), beside the value stored again,
   * so what computes with it keeps PostgreSQL's scale.
   */
  private keptDisplays(query: Node): Array<string | undefined> | undefined {
    const columns = selectColumns(this, query);
    const carried = columns?.map((c, i) => (c.type?.oid === OID.numeric && c.type.typmod < 0 && c.scale === undefined ? `CASE WHEN typeof(c${i + 1}) = 'text' THEN pg_numeric_display_of(c${i + 1}) END` : undefined));
    return carried?.some((d) => d !== undefined) ? carried : undefined;
  }

  /**
   * A recursive query's column has its non-recursive term's type: a recursive term of a wider
   * number (`SELECT 1 UNION ALL SELECT n + 0.5 FROM r`) makes the common type another, 42804.
   */
  private checkRecursiveTypes(name: string, initial: Node, member: Node): void {
    const [left, right] = [selectColumns(this, initial), selectColumns(this, member)];
    if (!left || !right) return;
    left.forEach((l, i) => {
      const [a, b] = [NUMBER_RANK.indexOf(l.type?.oid ?? 0), NUMBER_RANK.indexOf(right[i]?.type?.oid ?? 0)];
      if (a < 0 || b <= a) return;
      throw new PgError(SqlState.datatypeMismatch, `recursive query "${name}" column ${i + 1} has type ${formatType(l.type!.oid, -1)} in non-recursive term but type ${formatType(right[i]!.type!.oid, -1)} overall`, {
        hint: 'Cast the output of the non-recursive term to the correct type.',
      });
    });
  }

  /**
   * `ownScales`: where values may print their own scales (types.ts OwnScales); `printsOwnScale`:
   * the columns a member of a result's UNION ALL formats at its own scale (mixedScaleColumns).
   */
  targetList(list: Node[], named: boolean, assign: Array<ColumnInfo | undefined> | null = null, ownScales: OwnScales = 'all', printsOwnScale?: boolean[]): { sql: string; columns: OutputColumn[]; computed: Map<string, Node>; byName: Map<string, Node[]> } {
    const sqls: string[] = [];
    const columns: OutputColumn[] = [];
    const computed = new Map<string, Node>();
    const byName = new Map<string, Node[]>();
    // A `*` source spreads over columns positions cannot tell: leave its values to SQLite's affinity.
    const starred = list.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*') ? assign : null;
    if (starred) assign = null;
    for (const [i, t] of list.entries()) {
      const rt = t.ResTarget;
      const val = rt.val as Node;
      if (val.ColumnRef && names(val.ColumnRef.fields).at(-1) === '*') {
        // An inlined LATERAL subquery is no FROM item SQLite sees: its columns are written out.
        const fields = names(val.ColumnRef.fields);
        const inlined = catalog.inlinedLateralColumns(this, fields.length === 2 ? fields[0] : undefined);
        if (fields.length === 1 || !inlined.length) {
          const star = starColumns(this, val.ColumnRef.fields);
          const qualifier = fields.length === 2 ? fields[0] : undefined;
          // SQLite's own `*` would show a LATERAL function's table-valued columns (value, ordinality), not its own.
          // So would a set-returning function of one column in FROM (jsonb_array_elements(t.d) e: value, ordinality).
          const listed = this.scope?.star(qualifier)?.some((c) => c.display) || this.scope?.relations.some((r) => r.columns && (qualifier === undefined || r.name === qualifier) && (r.scalar !== undefined || catalog.isLateralFunction(this, r.name) || r.system?.some((c) => c.name.startsWith(LATERAL_HIDDEN))));
          sqls.push(listed ? this.starList(fields.length === 2 ? fields[0] : undefined, named && this.formatsOutput && ownScales === 'all') : this.expr(val));
          columns.push(...(star ?? [{ name: '*', type: null }]));
        }
        for (const c of inlined) {
          if (named && this.formatsOutput && ownScales === 'all') markScaleSpine(this, c.value, this.numericSpine);
          sqls.push(`(${this.expr(c.value)}) AS ${quoteIdent(c.name)}`);
          columns.push(outputColumn(this, c.name, c.value));
        }
        continue;
      }
      const name = rt.name ?? columnName(val);
      byName.set(name, [...(byName.get(name) ?? []), val]);
      this.outputRoot = named && this.formatsOutput ? val : null;
      if (this.outputRoot || (printsOwnScale?.[i] && numericScale(this, val) === undefined)) markScaleSpine(this, val, this.numericSpine, ownScales);
      const value = assign ? storeSql(this, val, assign[i]) : named && val.RowExpr ? this.rowOutput(val.RowExpr.args ?? []) : this.expr(val);
      const column = outputColumn(this, name, val);
      const sql = named ? catalog.regOutput(this, val, value) : printsOwnScale?.[i] && !isNullLiteral(val) && !isNumericSpecial(val) && outputScale(column) !== undefined ? `pg_numeric_text(${value}, ${outputScale(column)})` : value;
      if (this.outputRoot && isFormattedOutput(this, val)) this.formattedOutputs.set(String(i + 1), val).set(name, val);
      // So is a row, printed as text: sorted field by field (sortBy).
      if (computedNumeric(this, val) || (named && val.RowExpr)) computed.set(String(i + 1), val).set(name, val);
      this.outputRoot = null;
      // Named even inside a subquery or CTE: the query around it refers to the names PostgreSQL gives.
      sqls.push(`${sql} AS ${quoteIdent(name)}`);
      columns.push(column);
    }
    if (assign) sqls.push(...this.displayValues(list.map((t) => t.ResTarget.val as Node), assign));
    if (starred) sqls.push(...this.starDisplays(list, starred));
    return { sql: sqls.join(', '), columns, computed, byName };
  }

  /**
   * The display texts an INSERT's `*` source writes (displayValues): a column of `*` copies its
   * display column's text where it has one; NULL where the columns `*` stands for cannot be told.
   */
  private starDisplays(list: Node[], columns: Array<ColumnInfo | undefined>): string[] {
    const sources: Array<string | Node | undefined> = [];
    for (const t of list) {
      const val = t.ResTarget.val as Node;
      const fields = val.ColumnRef ? names(val.ColumnRef.fields) : [];
      if (fields.at(-1) !== '*') {
        sources.push(val);
        continue;
      }
      const star = fields.length <= 2 ? this.scope?.star(fields.length === 2 ? fields[0] : undefined) : null;
      if (!star) return this.displayValues([], columns);
      for (const c of star) sources.push(c.display ? `${quoteIdent(c.display.relation)}.${quoteIdent(c.display.column)}` : undefined);
    }
    const out = this.displayValues([], columns);
    let at = 0;
    for (const [i, c] of columns.entries()) {
      if (c?.display === undefined) continue;
      const source = sources[i];
      out[at++] = typeof source === 'string' ? source : source ? this.displayValues([source], [c])[0]! : 'NULL';
    }
    return out;
  }

  /**
   * `*` over tables with hidden display columns (dialect/catalog/numeric-display.ts), which SQLite's
   * own would show: each relation's columns named (scope.ts's star has their order), an
   * unconstrained numeric's printed with its display scale where `formats`.
   */
  private starList(qualifier: string | undefined, formats: boolean): string {
    // An inlined LATERAL subquery's columns are written out after (targetList), as no FROM item of SQLite's.
    const rels = this.scope!.relations.filter((r) => (qualifier === undefined ? !r.starless : r.name === qualifier) && !catalog.inlinedLateralColumns(this, r.name).length);
    return rels
      .flatMap((r) => {
        // A table is known to SQLite by the name its display columns are qualified with (a temporary table's own).
        const known = r.sqlName ?? r.columns!.find((c) => c.display)?.display!.relation ?? r.name;
        return r.columns!.map((c) => {
          const lateral = catalog.lateralFunctionColumn(this, [r.name, c.name]);
          if (lateral) {
            const shown = formats ? catalog.lateralFunctionDisplay(this, [r.name, c.name]) : undefined;
            return `${shown ? displayedSql(lateral, shown) : lateral} AS ${quoteIdent(c.name)}`;
          }
          const ref = known ? `${quoteIdent(known)}.${quoteIdent(c.name)}` : quoteIdent(c.name);
          return c.display && formats ? `${displayedSql(ref, `${quoteIdent(known)}.${quoteIdent(c.display.column)}`)} AS ${quoteIdent(c.name)}` : `${ref} AS ${quoteIdent(c.name)}`;
        });
      })
      .join(', ');
  }

  /** A row as a result column: the text record_out prints of its fields' text. */
  private rowOutput(fields: Node[]): string {
    return `pg_record_out(${fields.map((f) => (f.RowExpr ? this.rowOutput(f.RowExpr.args ?? []) : outputText(this, f, this.expr(f)))).join(', ')})`;
  }

  fromItem(n: Node): string {
    switch (nodeType(n)) {
      case 'RangeVar':
        return catalog.catalogFromItem(this, n.RangeVar) ?? sequenceFromItem(this, n.RangeVar) ?? this.rangeVar(n.RangeVar, true);
      case 'JoinExpr': {
        const j = n.JoinExpr;
        if (catalog.inlineLateral(this, j)) return this.fromItem(j.larg);
        const kind = { JOIN_INNER: 'JOIN', JOIN_LEFT: 'LEFT JOIN', JOIN_RIGHT: 'RIGHT JOIN', JOIN_FULL: 'FULL JOIN' }[j.jointype as string];
        if (!kind) throw unsupported(`join type ${j.jointype}`);
        const natural = j.isNatural ? 'NATURAL ' : '';
        const joinKind = !j.quals && !j.usingClause && !j.isNatural && kind === 'JOIN' ? 'CROSS JOIN' : kind;
        let sql = `${this.fromItem(j.larg)} ${natural}${joinKind} ${this.fromItem(j.rarg)}`;
        if (j.usingClause) sql += ` USING (${names(j.usingClause).map(quoteIdent).join(', ')})`;
        if (j.quals) sql += ` ON ${this.condition(j.quals, 'JOIN/ON')}`;
        const sqlOut = j.alias ? `(${sql}) AS ${quoteIdent(j.alias.aliasname)}` : sql;
        return sqlOut;
      }
      case 'RangeSubselect': {
        const r = n.RangeSubselect;
        if (r.lateral) throw unsupported('LATERAL');
        const carried = subqueryDisplays(this, r);
        this.carryNext = carried;
        const inner = this.select(r.subquery, false);
        if (!r.alias?.colnames) return `(${inner.sql})${this.alias(r.alias)}`;
        // SQLite has no column aliases on a FROM item: rename the subquery's columns around it.
        const aliases = names(r.alias.colnames);
        if (inner.columns.some((c) => c.name === '*') || aliases.length > inner.columns.length) throw unsupported('these column aliases on a subquery');
        const alias = quoteIdent(r.alias.aliasname);
        // Columns of one name (`?column?` twice) are told apart by position only, as a WITH's column list does.
        if (new Set(inner.columns.map((c) => c.name)).size < inner.columns.length) {
          if (carried?.some((d) => d !== undefined)) throw unsupported('column aliases on a subquery of columns of one name that keep numeric display texts');
          return `(WITH ${alias}(${inner.columns.map((c, i) => quoteIdent(aliases[i] ?? c.name)).join(', ')}) AS (${inner.sql}) SELECT * FROM ${alias}) AS ${alias}`;
        }
        const displays = inner.columns.flatMap((c, i) => (carried?.[i] !== undefined ? [`${quoteIdent(displayColumn(c.name))} AS ${quoteIdent(displayColumn(aliases[i] ?? c.name))}`] : []));
        const renamed = [...inner.columns.map((c, i) => `${quoteIdent(c.name)} AS ${quoteIdent(aliases[i] ?? c.name)}`), ...displays].join(', ');
        return `(SELECT ${renamed} FROM (${inner.sql})) AS ${alias}`;
      }
      case 'RangeFunction':
        checkSeriesSignatures(this, n.RangeFunction);
        return rangeFunction(this, n.RangeFunction);
      default:
        throw unsupported(`${nodeType(n)} in FROM`);
    }
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
   * ` WHERE …`, led by a cancellation point when a write joins permanent tables (`from`: two or
   * more, nothing else): the point names a row of each, so SQLite calls it for every row
   * combination it reaches, in the innermost loop, before the other terms there can skip it.
   * A join without a bound then stops at a cancel or statement_timeout on every replica (reads
   * stop from outside: their thread is replaced). About 0.6 µs per combination.
   */
  private whereWithPoint(where: string | null, from: Node[] | undefined): string {
    const rows: string[] = [];
    const leaves = (n: Node): boolean => {
      const j = n.JoinExpr;
      if (j) return !j.alias && leaves(j.larg) && leaves(j.rarg);
      const r = n.RangeVar;
      const table = r && !this.ctes.has(r.relname) && (!r.schemaname || r.schemaname === 'public') ? this.schema.lookupTable(r.relname) : undefined;
      if (!table || table.temp || table.view) return false;
      rows.push(`${quoteIdent(r.alias?.aliasname ?? table.sqlName)}.rowid`);
      return true;
    };
    const point = this.writing && from && from.every(leaves) && rows.length > 1 ? `pg_cancel_point(${rows.join(', ')})` : null;
    if (!point) return where ? ` WHERE ${where}` : '';
    return ` WHERE ${point}${where ? ` AND (${where})` : ''}`;
  }

  private alias(a: Node | undefined): string {
    if (!a) return '';
    if (a.colnames) throw unsupported('column aliases on a FROM item');
    return ` AS ${quoteIdent(a.aliasname)}`;
  }

  /** A relation the statement names; `creating`: one it creates, which need not exist yet. */
  rangeVar(r: Node, withAlias: boolean, creating = false): string {
    const schema = r.schemaname as string | undefined;
    const found = creating || this.ctes.has(r.relname) ? undefined : this.schema.lookupTable(r.relname);
    // `public.t` is the permanent table even where the session's temporary t hides it.
    const table = schema === 'public' && found?.temp ? undefined : found;
    const shown = this.ctes.has(r.relname) ? this.ctes.get(r.relname) : table?.columns;
    const mode = this.displayHidden.get(r);
    const hidden = withAlias && shown?.some((c) => c.display !== undefined) && mode !== undefined;
    const known = (r.alias?.aliasname as string | undefined) ?? r.relname;
    const qualified = (mode === 'qualified' ? shown ?? [] : []).flatMap((c) => {
      const d = typeof c.display === 'string' ? c.display : c.display?.column;
      return d !== undefined ? [`${quoteIdent(d)} AS ${quoteIdent(displayColumn(`${known}.${c.name}`))}`] : [];
    });
    const sql = hidden ? `(SELECT ${[...shown!.map((c) => quoteIdent(c.name)), ...qualified].join(', ')} FROM ${quoteIdent(table?.sqlName ?? r.relname)})` : quoteIdent(table?.sqlName ?? r.relname);
    // Temporary tables live on the replicas' writers, not their readers: a read goes the writers' way.
    if (table?.temp) this.lockingRead = this.readsTemp = true;
    if (table?.matview && !table.matview.populated) {
      throw new PgError(SqlState.objectNotInPrerequisiteState, `materialized view "${table.name}" has not been populated`, { hint: 'Use the REFRESH MATERIALIZED VIEW command.' });
    }
    const catalogTarget = catalog.catalogWriteTarget(schema);
    if (catalogTarget) throw catalogTarget;
    if (schema && schema !== 'public') {
      throw new PgError(SqlState.undefinedTable, `relation "${schema}.${r.relname}" does not exist`);
    }
    // SQLite would find its own virtual table of that name (pragma_database_list, dbstat).
    if (!creating && isSqliteModuleName(r.relname) && !this.ctes.has(r.relname) && !table) {
      throw new PgError(SqlState.undefinedTable, `relation "${r.relname}" does not exist`);
    }
    return withAlias ? sql + (hidden && !r.alias ? ` AS ${quoteIdent(r.relname)}` : this.alias(r.alias)) : sql;
  }

  /**
   * ORDER BY's names inside an expression as PostgreSQL resolves them: input columns only, which
   * SQLite would take for an output column's alias (`ORDER BY x + 1`, 42703). A bare name is an
   * output column first (namedOutput).
   */
  private checkSortNames(s: Node, outputs: ReadonlyMap<string, Node[]> | undefined): void {
    const known = this.scope?.relations.every((r) => r.columns) ?? true;
    for (const item of s.sortClause as Node[]) {
      const n = item.SortBy.node as Node;
      if ((n.ColumnRef?.fields.length === 1 && n.ColumnRef.fields[0].String) || !known) continue;
      const visit = (x: unknown): void => {
        if (!x || typeof x !== 'object' || (x as Node).SubLink) return;
        const ref = (x as Node).ColumnRef;
        if (ref?.fields.length === 1 && ref.fields[0].String) {
          const name = ref.fields[0].String.sval as string;
          if (outputs?.has(name) && !this.scope?.column([name])) throw new PgError(SqlState.undefinedColumn, `column "${name}" does not exist`, { position: ref.location + 1 });
          return;
        }
        for (const v of Object.values(x)) visit(v);
      };
      visit(n);
    }
  }

  /**
   * A sort key naming a result column (by name or position) whose value SQLite would not sort as
   * PostgreSQL does (a numeric printed as text, or kept as a BLOB) is sorted by its expression.
   */
  private sortedValue(n: Node, computed: Map<string, Node> | undefined, outputs?: Map<string, Node[]>): Node {
    const key = n.SortBy.node as Node;
    const ref = key.A_Const?.ival !== undefined ? String(key.A_Const.ival.ival ?? 0) : key.ColumnRef?.fields.length === 1 ? names(key.ColumnRef.fields)[0] : undefined;
    // Ambiguity is PostgreSQL's first question about a name, whatever sorts the column afterwards.
    const named = ref !== undefined ? this.namedOutput(key, ref, outputs) : undefined;
    const value = ref !== undefined ? (this.formattedOutputs.get(ref) ?? computed?.get(ref) ?? named) : undefined;
    return value ? { SortBy: { ...n.SortBy, node: value } } : n;
  }

  /**
   * A bare name in ORDER BY names a result column before a column of FROM, as PostgreSQL's
   * findTargetlistEntrySQL92 has it: `SELECT m::text FROM t ORDER BY m` sorts the text, not the
   * enum. The result column's expression is sorted again, unless evaluating it twice could differ
   * or cost a subquery (then SQLite's own alias rule stands); two different ones are 42702.
   */
  private namedOutput(key: Node, ref: string, outputs: Map<string, Node[]> | undefined): Node | undefined {
    const found: Node[] | undefined = key.ColumnRef ? outputs?.get(ref) : undefined;
    if (!found) return undefined;
    const shape = (v: Node) => JSON.stringify(v, (k, x: unknown) => (k === 'location' ? undefined : x));
    if (found.some((v) => shape(v) !== shape(found[0]!))) throw new PgError(SqlState.ambiguousColumn, `ORDER BY "${ref}" is ambiguous`, { position: key.ColumnRef.location + 1 });
    const text = shape(found[0]!);
    if (found[0]!.ColumnRef || text.includes('"SubLink"') || text.includes('"over"') || callsVolatile(text)) return undefined;
    return found[0];
  }

  /** key: what a window's RANGE frame with offsets compares in its one ORDER BY item's place (window-frame.ts). */
  sortBy(n: Node, windowOrder = false, key?: string): string {
    const s = n.SortBy;
    if (s.useOp) throw unsupported('ORDER BY … USING');
    const desc = s.sortby_dir === 'SORTBY_DESC';
    // PostgreSQL sorts NULLs as larger than any value; SQLite as smaller. Say it explicitly.
    const nulls = s.sortby_nulls === 'SORTBY_NULLS_FIRST' ? 'FIRST' : s.sortby_nulls === 'SORTBY_NULLS_LAST' ? 'LAST' : desc ? 'FIRST' : 'LAST';
    // A row constructor is never NULL itself; record_cmp compares it field by field, a NULL field larger than any value.
    if (s.node.RowExpr && key === undefined) {
      return (s.node.RowExpr.args as Node[])
        .flatMap((a) => this.sortKeys(a, windowOrder))
        .map((k) => `${k}${desc ? ' DESC NULLS FIRST' : ' NULLS LAST'}`)
        .join(', ');
    }
    return (key !== undefined ? [key] : this.sortKeys(s.node, windowOrder))
      .map((key) => `${key}${desc ? ' DESC' : ''} NULLS ${nulls}`)
      .join(', ');
  }

  /**
   * What GROUP BY, PARTITION BY and DISTINCT compare values by: an interval by interval_cmp's span
   * ('1 day' and '24 hours' are one value), a numrange by range_cmp's key (`[1.5,2.50)` and
   * `[1.50,2.5)` are one), not by its stored text; anything else as stored.
   */
  private equalityKey(n: Node): string {
    const sql = this.expr(n);
    return spanKey(this.typeOf(n)?.oid, sql) ?? sql;
  }

  /**
   * A plain SELECT DISTINCT with an interval result column: written as a GROUP BY of the columns'
   * equality keys. Not with `*` (its columns are not spelled here), aggregates or window functions.
   */
  private distinctByKeys(s: Node): boolean {
    const targets = (s.targetList ?? []) as Node[];
    const plain = (s.distinctClause as Node[]).every((d) => Object.keys(d).length === 0);
    if (!plain || targets.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*')) return false;
    if (hasAggregate(s.targetList) || hasWindowFunction(s.targetList)) return false;
    // So is a stored numeric's display text, which a group shows (pg_group_display) and DISTINCT would drop.
    return targets.some((t) => spanKey(this.typeOf(t.ResTarget.val)?.oid, '') !== undefined || (!!t.ResTarget.val.ColumnRef && storedDisplay(this, t.ResTarget.val) !== undefined));
  }

  /**
   * What ORDER BY compares: an enum sorts by its labels' order, as PostgreSQL's enum_cmp; a
   * computed numeric may be a BLOB (more digits than a REAL keeps), which SQLite sorts after every
   * number: it sorts by its nearest REAL, then, among values of the same REAL, by how far from it
   * each is (exact). A window's ORDER BY keeps the one key, which a RANGE frame's offset needs.
   */
  private sortKeys(n: Node, windowOrder: boolean): string[] {
    const t = this.typeOf(n);
    const e = t ? this.schema.enumByOid(t.oid) : undefined;
    if (e) return [`pg_enum_rank(${this.expr(n)}, ${quoteString(JSON.stringify(e.labels.map((l) => l.label)))})`];
    if (t && arrayElementOid(t.oid) !== 0) return [`pg_array_sort_key(${this.expr(n)}, ${NUMBER_ELEMENTS.has(arrayElementOid(t.oid)) ? 1 : 0})`];
    // An interval is stored as its text: it sorts by interval_cmp's span (a month 30 days, a day 24 hours).
    if (t?.oid === OID.interval) return [`pg_interval_key(${this.expr(n)})`];
    if (t?.oid === OID.inet || t?.oid === OID.cidr) return [`pg_inet_key(${this.expr(n)})`];
    if (isRange(t)) return [`pg_range_key(${this.expr(n)}, ${t!.oid})`];
    if (t?.oid === OID.jsonb) return [`pg_jsonb_sort_key(${this.expr(n)})`];
    // Their stored texts do not sort as tsvector_cmp and tsquery_cmp order them.
    if (t?.oid === OID.tsvector || t?.oid === OID.tsquery) throw unsupported(`ORDER BY a ${formatType(t.oid, -1)}`);
    if (!computedNumeric(this, n)) return [this.expr(n)];
    const key = `pg_num_key(${this.expr(n)})`;
    return windowOrder || (n.ColumnRef && !mayBeBlob(t)) ? [key] : [key, `pg_num_residue(${this.expr(n)})`];
  }

  /** INSERT, UPDATE, DELETE; also the data-modifying members of a WITH. */
  dml(node: Node): { sql: string; columns: OutputColumn[] } {
    switch (nodeType(node)) {
      case 'InsertStmt':
        return this.insert(node.InsertStmt);
      case 'UpdateStmt':
        return this.update(node.UpdateStmt);
      case 'DeleteStmt':
        return this.delete(node.DeleteStmt);
      default:
        throw unsupported(nodeType(node));
    }
  }

  insert(s: Node, rows?: Node[][], cols?: string[]): { sql: string; columns: OutputColumn[] } {
    refuseSelfReadingReturning(s);
    this.writing = true;
    const outerScope = enterDmlScope(this, s);
    let sql = s.withClause ? this.withClause(s.withClause) + ' ' : '';
    sql += `INSERT INTO ${this.rangeVar(s.relation, false)}`;
    if (s.relation.alias) sql += ` AS ${quoteIdent(s.relation.alias.aliasname)}`;
    const columns = cols ?? (s.cols as Node[] | undefined)?.map((c) => c.ResTarget.name as string) ?? leadingColumns(this.schema, s);
    // A serial or identity column left out draws from its sequence, row by row, as its default does in PostgreSQL.
    const drawn = drawnColumns(this.schema, s, cols ?? (s.cols || leadingColumns(this.schema, s) ? columns : undefined));
    const draws = drawn.map((c) => `, ${drawSql(c.sequence)}`).join('');
    const targets = insertTargets(this.schema, s, columns, rows !== undefined);
    // The display texts of unconstrained numerics come after the row's columns, where its source wrote them.
    const displayed = (targets ?? []).flatMap((c) => (c?.display !== undefined ? [c.display] : []));
    const table = this.schema.lookupTable(s.relation.relname);
    // A table with display columns is always written with a column list: SQLite would count them.
    // `width`: how many leading columns rows without a list fill.
    const listed = (written: boolean, width = targets?.length ?? 0) => {
      // Rows narrower than the table fill its leading columns, the rest take their defaults.
      const leading = columns ?? (displayed.length || (table && width < table.columns.length) ? table!.columns.slice(0, width).map((c) => c.name) : undefined);
      const given = written && displayed.length ? [...leading!, ...displayed] : leading;
      const named = [...(given ?? []), ...drawn.map((c) => c.name)];
      return { named, sql: named.length && (given?.length || drawn.length) ? ` (${named.map(quoteIdent).join(', ')})` : '' };
    };
    this.displaysWritten = false;
    if (rows?.length || (rows && draws)) {
      const values = valuesSql((rows.length ? rows : [[]]).map((r) => `(${this.storeList(r, targets)}${this.displayValues(r, targets).map((d) => `, ${d}`).join('')}${r.length ? draws : draws.slice(2)})`));
      const { named, sql: list } = listed(rows.some((r) => r.length > 0));
      sql += list + ' ' + (onceEach(s, columns, named.length, values, rows.length) ?? values);
    } else if (s.selectStmt) {
      this.assignTo = targets;
      const source = this.select(s.selectStmt, false);
      const select = source.sql;
      const written = this.displaysWritten;
      sql += listed(written, source.columns.length).sql;
      // A query's rows, however many, may propose a key twice: named column1… as VALUES names them.
      // (Not where a `*` of columns unknown here leaves their number untold.)
      const valuesRows = (s.selectStmt.SelectStmt.valuesLists as Node[] | undefined)?.length;
      const counted = valuesRows === undefined && source.columns.every((c) => c.name !== '*');
      const proposed = valuesRows ?? (counted ? Infinity : 0);
      // Without a column list the rows fill the table's first columns in order, as many as they have.
      const keyed = columns ?? table?.columns.slice(0, source.columns.length).map((c) => c.name);
      const width = (keyed?.length ?? 0) + (written ? displayed.length : 0);
      const rowsSql = counted ? positionallyNamed(select, source.columns.length + (written ? displayed.length : 0)) : select;
      const once = onceEach(s, keyed, width + drawn.length, draws ? `SELECT *${drawn.map((c, i) => `, ${drawSql(c.sequence)} AS column${width + i + 1}`).join('')} FROM (${rowsSql})` : rowsSql, proposed);
      if (once) sql += ' ' + once;
      else sql += draws ? ` SELECT *${draws} FROM (${select})` : ' ' + select;
      // SQLite reads "SELECT … ON CONFLICT" as a join constraint unless the SELECT has a WHERE.
      if (!once && s.onConflictClause && (draws || (!s.selectStmt.SelectStmt.valuesLists && !s.selectStmt.SelectStmt.whereClause))) sql += ' WHERE true';
    } else if (draws) {
      sql += `${listed(false).sql} VALUES (${draws.slice(2)})`;
    } else {
      sql += ' DEFAULT VALUES';
    }
    if (s.onConflictClause) sql += this.onConflict(s.onConflictClause, s.relation);
    const ret = this.returning(s);
    leaveScope(this, outerScope);
    return { sql: sql + ret.sql, columns: ret.columns };
  }

  private onConflict(c: Node, relation: Node): string {
    let sql = ' ON CONFLICT';
    if (c.action === 'ONCONFLICT_UPDATE' && !c.infer) {
      throw new PgError(SqlState.syntaxError, 'ON CONFLICT DO UPDATE requires inference specification or constraint name', {
        hint: 'For example, ON CONFLICT (column_name).',
      });
    }
    // PostgreSQL skips a row an EXCLUDE constraint refuses, where its trigger (exclusion.ts) raises.
    const sqlTable = this.schema.lookupTable(relation.relname)?.sqlName;
    const exclusions = sqlTable === undefined ? [] : this.schema.exclusions(sqlTable);
    if (exclusions.length && (!c.infer || exclusions.some((d) => d.name === c.infer.conname))) throw unsupported('ON CONFLICT DO NOTHING over an EXCLUDE constraint');
    if (c.infer) {
      if (c.infer.conname) return this.onConflict({ ...c, infer: { indexElems: constraintColumns(this.schema, relation, c.infer.conname).map((name) => ({ IndexElem: { name } })) } }, relation);
      const elems = (c.infer.indexElems as Node[]).map((e) => (e.IndexElem.name ? quoteIdent(e.IndexElem.name) : this.expr(e.IndexElem.expr)));
      sql += ` (${elems.join(', ')})`;
      if (c.infer.whereClause) {
        // SQLite infers a partial index from the predicate's constants, which a parameter does
        // not give (PostgreSQL plans with its value): refused, and so never made of a statement's
        // own constants by lifting them (lift.ts).
        if (JSON.stringify(c.infer.whereClause).includes('"ParamRef"')) throw unsupported('a parameter in ON CONFLICT … WHERE');
        sql += ` WHERE ${this.expr(c.infer.whereClause)}`;
      }
    }
    if (c.action === 'ONCONFLICT_NOTHING') return sql + ' DO NOTHING';
    // A column named bare is the table's or EXCLUDED's: PostgreSQL cannot tell which (42702).
    const table = this.schema.lookupTable(relation.relname);
    const bare = (n: unknown): void => {
      if (n === null || typeof n !== 'object' || (n as Node).SubLink) return;
      const ref = (n as Node).ColumnRef;
      if (ref?.fields.length === 1 && ref.fields[0].String && table?.column(ref.fields[0].String.sval)) {
        throw new PgError(SqlState.ambiguousColumn, `column reference "${ref.fields[0].String.sval}" is ambiguous`);
      }
      Object.values(n).forEach(bare);
    };
    bare([(c.targetList as Node[]).map((t) => t.ResTarget.val), c.whereClause]);
    sql += ' DO UPDATE SET ' + this.setList(c.targetList, relation);
    if (c.whereClause) sql += ` WHERE ${this.expr(c.whereClause)}`;
    return sql;
  }

  private setList(list: Node[], relation: Node): string {
    const defaultValue = (column: ColumnInfo | undefined): string => {
      // A serial or identity column's default draws from its sequence.
      if (column?.sequence !== undefined) {
        const draw = { FuncCall: { funcname: [{ String: { sval: 'nextval' } }], args: [{ A_Const: { sval: { sval: column.sequence } } }] } };
        return storeSql(this, draw, column);
      }
      if (column?.generated) throw unsupported('SET … = DEFAULT of a generated column');
      if (!column || column.identity) throw unsupported('SET … = DEFAULT of a serial or identity column of a table made before evsql had sequences');
      return column.defaultSql !== undefined ? `(${column.defaultSql})` : 'NULL';
    };
    const assigned = new Set<string>();
    for (const t of list) {
      const rt = t.ResTarget;
      // An array's elements may be set one by one (elementAssignment).
      if (rt.indirection) continue;
      if (assigned.has(rt.name)) throw new PgError(SqlState.syntaxError, `multiple assignments to same column "${rt.name}"`);
      assigned.add(rt.name);
    }
    return list
      .map((t) => {
        let rt = t.ResTarget;
        // SET (a, b) = (x, y): each column its own expression; from a subquery it is not done.
        const multi = rt.val.MultiAssignRef;
        if (multi) {
          if (!multi.source.RowExpr && !multi.source.SubLink) {
            const at = (Object.values(multi.source)[0] as { location?: number } | undefined)?.location;
            throw new PgError(SqlState.featureNotSupported, 'source for a multiple-column UPDATE item must be a sub-SELECT or ROW() expression', at === undefined ? {} : { position: at + 1 });
          }
          const items = (multi.source.RowExpr?.args as Node[] | undefined) ?? subqueryColumns(multi.source);
          if (!items) throw unsupported('multiple-column assignment from a subquery');
          if (items.length !== multi.ncolumns) throw new PgError(SqlState.syntaxError, `number of columns does not match number of values`);
          rt = { ...rt, val: items[multi.colno - 1] };
        }
        const column = updateTarget(this.schema, relation, rt.name, !!rt.val.SetToDefault);
        // PostgreSQL stores the row's text in a string column; SQLite has no value for `t.*`.
        if (rt.val.ColumnRef?.fields.at(-1)?.A_Star) throw unsupported(`a whole row (${names(rt.val.ColumnRef.fields).join('.')}) assigned to a column`);
        if (rt.indirection) return `${quoteIdent(rt.name)} = ${this.elementAssignment(rt, column)}`;
        const display = column?.display !== undefined ? `, ${quoteIdent(column.display)} = ${rt.val.SetToDefault ? 'NULL' : '?'}` : '';
        if (rt.val.SetToDefault) return `${quoteIdent(rt.name)} = ${defaultValue(column)}${display}`;
        const stored = storeSql(this, rt.val, column);
        return `${quoteIdent(rt.name)} = ${stored}${display && display.replace('?', () => this.displayValues([rt.val], [column])[0]!)}`;
      })
      .join(', ');
  }

  /** `SET a[i] = v` (and `a[i][j]`): the array with that element replaced, or grown with NULLs to reach it. */
  private elementAssignment(rt: Node, column: ColumnInfo | undefined): string {
    // `SET c.f = v` assigns a field of a composite column, which no column evsql stores is.
    const field = (rt.indirection as Node[]).find((i) => i.String)?.String.sval as string | undefined;
    if (field !== undefined && column) {
      throw new PgError(SqlState.datatypeMismatch, `cannot assign to field "${field}" of column "${rt.name}" because its type ${formatType(column.type.oid, column.type.typmod)} is not a composite type`, { position: rt.location + 1 });
    }
    // A column of a table evsql does not know (a composite type's, refused where it was made).
    if (field !== undefined) throw unsupported(`assignment to field "${field}" of column "${rt.name}"`);
    const indexes = (rt.indirection as Node[]).map((i) => i.A_Indices as Node | undefined);
    // jsonb's `SET doc['key'] = v`: one key of an object (a NULL document is taken as {}). Deeper
    // paths, whose missing levels PostgreSQL creates, and array positions, which it pads with
    // nulls, are refused below.
    const key = indexes.length === 1 && !indexes[0]?.is_slice ? indexes[0]!.uidx : undefined;
    if (column?.type.oid === OID.jsonb && key && (isUnknownLiteral(key) || key.ParamRef || this.typeOf(key)?.oid === OID.text)) {
      const jsonb = (n: Node): Node => ({ TypeCast: { arg: n, typeName: { names: [{ String: { sval: 'jsonb' } }], typemod: -1 } } });
      const doc: Node = { CoalesceExpr: { args: [{ ColumnRef: { fields: [{ String: { sval: rt.name } }] } }, jsonb({ A_Const: { sval: { sval: '{}' } } })] } };
      const path: Node = { A_ArrayExpr: { elements: [{ TypeCast: { arg: key, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } }] } };
      const given = isUnknownLiteral(rt.val) || isNullLiteral(rt.val) || rt.val.ParamRef ? jsonb(rt.val) : rt.val;
      const type = this.typeOf(given);
      if (type && type.oid !== OID.jsonb) {
        throw new PgError(SqlState.datatypeMismatch, `subscripted assignment to "${rt.name}" requires type jsonb but expression is of type ${formatType(type.oid, -1)}`, { position: rt.location + 1 });
      }
      // A NULL assigned is JSON's null.
      const value: Node = { CoalesceExpr: { args: [given, jsonb({ A_Const: { sval: { sval: 'null' } } })] } };
      return this.expr({ FuncCall: { funcname: [{ String: { sval: 'jsonb_set' } }], args: [doc, path, value] } });
    }
    if (indexes.length === 1 && indexes[0]?.is_slice && column && arrayElementOid(column.type.oid) !== 0) {
      const { lidx, uidx } = indexes[0];
      const bound = (b: Node | undefined) => (b ? this.expr(b) : 'NULL');
      return `pg_array_set_slice(${quoteIdent(rt.name)}, ${storeSql(this, rt.val, column)}, ${bound(lidx)}, ${bound(uidx)}, ${lidx ? 1 : 0}, ${uidx ? 1 : 0})`;
    }
    if (indexes.some((i) => !i || i.is_slice) || !column || arrayElementOid(column.type.oid) === 0) throw unsupported('assignment to a field or slice');
    // The element is assigned as to a column of the element type (7.5 into an int[] is 8).
    const element: ColumnInfo = { ...column, rowid: false, type: { oid: arrayElementOid(column.type.oid), typmod: column.type.typmod } };
    return `pg_array_set(${quoteIdent(rt.name)}, ${storeSql(this, rt.val, element)}, ${indexes.map((i) => this.expr(i!.uidx)).join(', ')})`;
  }

  /**
   * The display texts (dialect/catalog/numeric-display.ts) of the values written to columns that
   * keep them, emitted after the values' stored forms (the marks they set would change those):
   * the value computed as decimal text at its own scale, where its scale is known or a result
   * column would print its own (markScaleSpine). A value that may change as it is computed twice
   * (a function call, a subquery) keeps none: it prints as stored. Marks its INSERT's row source.
   */
  displayValues(values: Node[], columns: Array<ColumnInfo | undefined> | null): string[] {
    if (!columns?.some((c) => c?.display !== undefined)) return [];
    this.displaysWritten = true;
    const out: string[] = [];
    for (const [i, c] of columns.entries()) {
      if (c?.display === undefined) continue;
      const v = values[i];
      if (!v || !repeatable(v) || isNullLiteral(v)) {
        out.push('NULL');
        continue;
      }
      if (c.type.oid === OID.numeric_array) {
        out.push(arrayDisplaySql(this, v));
        continue;
      }
      out.push(this.displayText(v, () => storeSql(this, v, c)));
    }
    return out;
  }

  /**
   * A repeatable numeric's display text, computed again as decimal text at its own scale: where
   * its scale is known (`value`: its SQL as a number), a parameter's text as sent, or its scale
   * spine (markScaleSpine); NULL where none tells.
   */
  private displayText(v: Node, value: () => string): string {
    const scale = numericScale(this, v);
    if (scale !== undefined) return `pg_numeric_display_of(pg_numeric_text(${value()}, ${scale}))`;
    if (v.ParamRef) {
      // Bound as the decimal text it was sent as (translate.ts displayedParams).
      this.params.push(-v.ParamRef.number);
      return 'pg_numeric_display_of(?)';
    }
    if (markScaleSpine(this, v, this.numericSpine)) return `pg_numeric_display_of(${this.expr(v)})`;
    return 'NULL';
  }

  /** Values written to columns in order (null: columns unknown), each coerced to its column's type. */
  private storeList(values: Node[], columns: Array<ColumnInfo | undefined> | null): string {
    return values.map((v, i) => (columns ? storeSql(this, v, columns[i]) : this.expr(v))).join(', ');
  }

  private returning(s: Node): { sql: string; columns: OutputColumn[] } {
    const list = (s.returningClause?.exprs ?? s.returningList) as Node[] | undefined;
    if (!list) return { sql: '', columns: [] };
    const from = ((s.fromClause ?? []) as Node[]).length > 0;
    // SQLite's RETURNING sees the target only, where PostgreSQL's `*` is every FROM item's columns too.
    if (from && list.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).join('.') === '*')) throw unsupported('RETURNING * in UPDATE … FROM');
    // The table under its own name first: SQLite's RETURNING knows no alias (a stored numeric's display
    // column is read qualified); under the alias too, outside, where joinedReturning's subqueries name it.
    const target = this.scope!.relations[0]!;
    const aliased = target.name !== s.relation.relname;
    const saved = from || aliased ? enterRelations(this, [target]) : undefined;
    if (saved && aliased) this.scope = new Scope([renamedRelation(target, s.relation.relname)], new Scope([target], saved.scope));
    try {
      const t = this.targetList(unqualifiedReturning(list, s.relation), true);
      return { sql: ` RETURNING ${t.sql}`, columns: t.columns };
    } finally {
      if (saved) leaveScope(this, saved);
    }
  }

  update(u: Node): { sql: string; columns: OutputColumn[] } {
    refuseSelfReadingReturning(u);
    const s = joinedReturning(u, this.joinedRows);
    this.writing = true;
    const outerScope = enterDmlScope(this, s);
    let sql = s.withClause ? this.withClause(s.withClause) + ' ' : '';
    sql += `UPDATE ${this.rangeVar(s.relation, true)} SET ${this.setList(s.targetList, s.relation)}`;
    if (s.fromClause) sql += ' FROM ' + (s.fromClause as Node[]).map((f) => this.fromItem(f)).join(', ');
    if (s.whereClause) booleanParams(this, [s.whereClause]);
    sql += this.whereWithPoint(s.whereClause ? this.condition(s.whereClause, 'WHERE') : null, s.fromClause && [{ RangeVar: s.relation }, ...s.fromClause]);
    const ret = this.returning(s);
    leaveScope(this, outerScope);
    return { sql: sql + ret.sql, columns: ret.columns };
  }

  delete(d: Node): { sql: string; columns: OutputColumn[] } {
    refuseSelfReadingReturning(d);
    const s = joinedReturning(d, this.joinedRows);
    if (s.usingClause) return this.delete(deleteUsing(s));
    this.writing = true;
    const outerScope = enterDmlScope(this, s);
    let sql = s.withClause ? this.withClause(s.withClause) + ' ' : '';
    sql += `DELETE FROM ${this.rangeVar(s.relation, true)}`;
    if (s.whereClause) booleanParams(this, [s.whereClause]);
    if (s.whereClause) sql += ' WHERE ' + this.condition(s.whereClause, 'WHERE');
    const ret = this.returning(s);
    leaveScope(this, outerScope);
    return { sql: sql + ret.sql, columns: ret.columns };
  }

  // ---------------------------------------------------------------- expressions

  /**
   * A member of CASE, COALESCE, GREATEST or LEAST converted to their common type where its stored
   * form differs: a timestamp or a date among timestamptz is read in the session's zone.
   */
  private asCommon(n: Node, common: PgTypeInfo | null): string {
    return commonLiteral(n, common) ?? asTimestamptz(this.typeOf(n), common, this.expr(n));
  }

  exprList(list: Node[]): string {
    return list.map((e) => this.expr(e)).join(', ');
  }

  /**
   * A GROUP BY item, `t.*` (t's whole row) as t's columns: rows compare equal column by column,
   * NULLs alike, as grouping compares them.
   */
  private rowColumns(g: Node): Node[] {
    const fields = names(g.ColumnRef?.fields ?? []);
    if (fields.at(-1) !== '*') return [g];
    const columns = this.scope?.star(fields.at(-2));
    if (!columns) throw unsupported(`GROUP BY ${fields.join('.')} of a relation whose columns evsql cannot tell`);
    return columns.map((c) => ({ ColumnRef: { fields: [...fields.slice(0, -1), c.name].map((sval) => ({ String: { sval } })), location: g.ColumnRef.location } }));
  }

  expr(n: Node): string {
    if (this.outputRoot === n || this.numericSpine.has(n)) {
      const scaled = mixedScaleOutput(this, n);
      if (scaled !== undefined) return scaled;
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
        const lateral = catalog.lateralColumn(this, n);
        if (lateral) {
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
        const constant = ref.at(-1) === 'tableoid' ? this.scope?.column(ref)?.constant : undefined;
        if (constant !== undefined) return constant;
        // SQLite would answer with the row's rowid, which differs between replicas after a repair.
        // SQLite's names are case-insensitive: a quoted "ID" would find the column id.
        if ((isRowidName(ref.at(-1)!) || (/[A-Z]/.test(ref.at(-1)!) && !this.outputNames.has(ref.at(-1)!))) && this.scope?.lacks(ref)) {
          throw new PgError(SqlState.undefinedColumn, `column ${ref.length > 1 ? ref.join('.') : `"${ref[0]}"`} does not exist`);
        }
        const scalar = ref.length === 1 ? this.scope?.scalarReference(ref[0]!) : undefined;
        if (scalar) return `${quoteIdent(scalar.relation)}.${quoteIdent(scalar.column.name)}`;
        // A row value evsql has no SQLite value for (those row_to_json and count take are written apart).
        // A result column of the name comes first in ORDER BY (Prisma's `… AS namespace … ORDER BY namespace`).
        if (ref.length === 1 && !this.outputNames.has(ref[0]!) && this.scope?.wholeRow(ref[0]!)) throw unsupported(`a whole-row reference ("${ref[0]}") as a value`);
        const sql = ref.map((f, i) => (f === '*' ? '*' : quoteIdent(i === 0 && ref.length === 2 && this.scope ? this.scope.sqlQualifier(f) : f))).join('.');
        const stored = this.numericSpine.has(n) ? storedDisplay(this, n) : undefined;
        const display = stored && this.groupedDisplays.has(n) ? `pg_group_display(${stored})` : stored;
        return display ? displayedSql(sql, display) : sql;
      }
      case 'ParamRef':
        // The parser takes `$0`, which numbers no parameter.
        if (!(n.ParamRef.number >= 1)) throw new PgError(SqlState.undefinedParameter, 'there is no parameter $0', { position: n.ParamRef.location + 1 });
        // A numeric parameter a result column prints: marked for translate.ts's displayParams.
        this.params.push(this.displaysParams && this.numericSpine.has(n) ? -n.ParamRef.number : n.ParamRef.number);
        return '?';
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
        // A row is null when every field is, and not null when no field is (SQLite tests no row value).
        const fields = n.NullTest.arg.RowExpr ? ((n.NullTest.arg.RowExpr.args ?? []) as Node[]) : undefined;
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
        // CASE x WHEN y as CASE WHEN x = y where SQLite's comparison of stored texts is not PostgreSQL's =.
        const byOperator = c.arg !== undefined && this.comparesByOperator([c.arg, ...(c.args as Node[]).map((w) => w.CaseWhen.expr)]);
        if (c.arg && !byOperator) sql += ' ' + this.expr(c.arg);
        else if (!c.arg) booleanParams(this, (c.args as Node[]).map((w) => w.CaseWhen.expr));
        checkCommonType(this, 'CASE', [c.defresult ?? { A_Const: { isnull: true } }, ...(c.args as Node[]).map((w) => w.CaseWhen.result)]);
        const common = this.typeOf(n);
        for (const w of c.args as Node[]) {
          const when = byOperator ? { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr: c.arg, rexpr: w.CaseWhen.expr, location: -1 } } : w.CaseWhen.expr;
          // An untyped literal is read as the operand's type, as `x = 'a'` reads it (22P02 where it is none).
          const literal = c.arg && !byOperator && isUnknownLiteral(when) ? comparedLiteral(this, when, c.arg) : undefined;
          sql += ` WHEN ${literal ?? (c.arg ? this.expr(when) : this.condition(when, 'CASE/WHEN'))} THEN ${this.asCommon(w.CaseWhen.result, common)}`;
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
        const interval = common?.oid === OID.interval ? 'interval_' : common?.oid === OID.inet || common?.oid === OID.cidr ? 'inet_' : common?.oid === OID.numeric ? 'numeric_' : '';
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
        // `ARRAY[]` has a type only cast (a statement's own, which has a location: not one the translator built).
        if (!elements.length && n.A_ArrayExpr.location !== undefined && !this.castArrays.has(n)) {
          throw new PgError(SqlState.indeterminateDatatype, 'cannot determine type of empty array', { position: n.A_ArrayExpr.location + 1, hint: 'Explicitly cast to the desired type, for example ARRAY[]::integer[].' });
        }
        if (isNumber({ oid: elem, typmod: -1 })) for (const e of elements) if (isUnknownLiteral(e)) decodeTextParam(e.A_Const.sval.sval ?? '', elem);
        arrayShape(n);
        return mixedScaleArray(this, n, (e) => this.expr(e)) ?? catalog.arrayConstructor(this, elements);
      }
      case 'A_Indirection':
        return catalog.subscript(this, n, this.numericSpine.has(n) ? (sql) => arrayTextsSql(this, n.A_Indirection.arg, sql) : undefined);
      default:
        throw unsupported(nodeType(n));
    }
  }

  /** A WHERE, HAVING or ON condition: an untyped literal is read as a boolean, a number or text is 42804. */
  private condition(n: Node, construct: string): string {
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
    if (e.kind === 'AEXPR_OP' && COMPARISONS.has(op) && e.lexpr?.RowExpr?.args?.length && e.rexpr?.RowExpr?.args?.length) return this.expr(rowComparison(op, e));
    if (e.kind === 'AEXPR_OP' && COMPARISONS.has(op) && e.lexpr?.RowExpr && e.rexpr?.SubLink?.subLinkType === 'EXPR_SUBLINK') {
      // PostgreSQL's row comparison with a subquery's one row, which must have as many columns as the row has fields.
      const fields = (e.lexpr.RowExpr.args ?? []).length as number;
      const columns = selectColumns(this, e.rexpr.SubLink.subselect)?.length;
      if (columns !== undefined && columns !== fields) throw new PgError(SqlState.syntaxError, `subquery has too ${columns < fields ? 'few' : 'many'} columns`, { position: e.location + 1 });
      throw unsupported('a row compared with a subquery');
    }
    // In `x = ANY (array)` the right side is an array, not a value of x's type.
    const overArray = e.kind === 'AEXPR_OP_ANY' || e.kind === 'AEXPR_OP_ALL';
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
      checkLikePattern(escaped?.[0] ?? e.rexpr, escaped ? escaped[1]!.A_Const?.sval?.sval : '\\');
      // LIKE is text's: a number, a boolean or a date written as one has none (SQLite would match its text).
      const lt = e.lexpr.ColumnRef || e.lexpr.TypeCast || (e.lexpr.A_Const && !isUnknownLiteral(e.lexpr)) ? this.typeOf(e.lexpr) : null;
      if (lt && (isNumber(lt) || lt.oid === OID.bool || isDateTime(lt))) throw noOperator(op, lt, isUnknownLiteral(e.rexpr) ? null : this.typeOf(e.rexpr));
      const enumType = lt && this.schema.enumByOid(lt.oid);
      if (enumType) {
        const r = isUnknownLiteral(e.rexpr) ? 'unknown' : formatType(this.typeOf(e.rexpr)?.oid ?? OID.unknown, -1);
        throw new PgError(SqlState.undefinedFunction, `operator does not exist: ${enumType.name} ${op} ${r}`, { hint: 'No operator matches the given name and argument types. You might need to add explicit type casts.', position: e.location + 1 });
      }
    }
    if (escaped && e.kind === 'AEXPR_ILIKE') return `pg_ilike(${this.expr(e.lexpr)}, ${this.expr(escaped[0]!)}, ${this.expr(escaped[1]!)}) = ${op === '!~~*' ? 0 : 1}`;
    if (escaped) {
      // ESCAPE '' turns escaping off, which SQLite's LIKE without ESCAPE does.
      const escape = escaped[1]!.A_Const?.sval?.sval === '' ? '' : ` ESCAPE (${this.expr(escaped[1]!)})`;
      return `(${this.expr(e.lexpr)}) ${op === '!~~' ? 'NOT LIKE' : 'LIKE'} (${this.expr(escaped[0]!)})${escape}`;
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
    if (/^AEXPR_(NOT_)?BETWEEN/.test(e.kind)) for (const b of e.rexpr.List.items as Node[]) inferParamTypes(this, e.lexpr, b);
    const before = this.params.length;
    const l = e.lexpr ? this.operand(e.lexpr, compares ? e.rexpr : undefined) : '';
    const lHoldsParams = this.params.length > before;
    const r = e.rexpr && !e.rexpr.List ? this.operand(e.rexpr, compares ? e.lexpr : undefined) : '';
    inferParamTypes(this, e.lexpr, e.rexpr, overArray, e.kind === 'AEXPR_OP' ? op : undefined);
    switch (e.kind) {
      case 'AEXPR_OP': {
        const written = (x: Node) => (isUnknownLiteral(x) ? null : this.typeOf(x));
        if (!PG_OPERATOR_NAMES.has(op)) throw noOperator(op, e.lexpr ? written(e.lexpr) : null, written(e.rexpr), !e.lexpr);
        const typed = typedOperator(this, op, e, l, r);
        if (typed !== undefined) return typed;
        if (!e.lexpr) return op === '-' ? `(- (${r}))` : op === '+' ? r : unaryOp(op);
        return this.binaryOp(op, l, r);
      }
      case 'AEXPR_LIKE':
        // citext's LIKE ignores case, as its ILIKE does.
        if (this.typeOf(e.lexpr)?.oid === OID.citext) return `pg_ilike(${l}, ${r}) = ${op === '!~~' ? 0 : 1}`;
        return `(${l}) ${op === '!~~' ? 'NOT LIKE' : 'LIKE'} (${r}) ESCAPE '\\'`;
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
        const items = (e.rexpr.List.items as Node[]).map((i) => this.operand(i, e.lexpr)).join(', ');
        return `(${l}) ${op === '<>' ? 'NOT IN' : 'IN'} (${items})`;
      }
      case 'AEXPR_BETWEEN':
      case 'AEXPR_NOT_BETWEEN': {
        const [lo, hi] = e.rexpr.List.items as Node[];
        const not = e.kind === 'AEXPR_NOT_BETWEEN' ? 'NOT ' : '';
        if (!lHoldsParams) {
          const exact = this.numericBetween(e.lexpr, l, lo!, hi!);
          if (exact) return `${not}${exact}`;
        }
        const key = this.orderKey(e.lexpr);
        return `${key(l)} ${not}BETWEEN ${key(this.operand(lo!, e.lexpr))} AND ${key(this.operand(hi!, e.lexpr))}`;
      }
      case 'AEXPR_BETWEEN_SYM':
      case 'AEXPR_NOT_BETWEEN_SYM': {
        // Either order of the bounds; parameters bind by position, so each operand is emitted where it stands.
        const [lo, hi] = e.rexpr.List.items as Node[];
        const key = this.orderKey(e.lexpr);
        const between = (a: Node, b: Node) => `${key(this.operand(e.lexpr, e.rexpr))} BETWEEN ${key(this.operand(a, e.lexpr))} AND ${key(this.operand(b, e.lexpr))}`;
        const either = `${key(l)} BETWEEN ${key(this.operand(lo!, e.lexpr))} AND ${key(this.operand(hi!, e.lexpr))} OR ${between(hi!, lo!)}`;
        return e.kind === 'AEXPR_NOT_BETWEEN_SYM' ? `NOT (${either})` : `(${either})`;
      }
      case 'AEXPR_DISTINCT':
      case 'AEXPR_NOT_DISTINCT': {
        const spans = this.comparesByOperator([e.lexpr, e.rexpr]) && [e.lexpr, e.rexpr].some((x) => this.typeOf(x)?.oid === OID.interval);
        const [a, b] = spans ? [`pg_interval_key(${l})`, `pg_interval_key(${r})`] : [`(${l})`, `(${r})`];
        return `${a} IS ${e.kind === 'AEXPR_DISTINCT' ? 'NOT ' : ''}${b}`;
      }
      case 'AEXPR_NULLIF': {
        if (!this.numericSpine.has(e)) return `nullif(${l}, ${r})`;
        // The first argument's display text (markScaleSpine) would compare as text: its stored form is compared.
        this.numericSpine.delete(e.lexpr);
        const stored = this.expr(e.lexpr);
        this.numericSpine.add(e.lexpr);
        return `iif(nullif(${stored}, ${r}) IS NULL, NULL, ${l})`;
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
    if (isRange(this.typeOf(n))) return (sql) => `pg_range_key(${sql}, ${t})`;
    return (sql) => `(${sql})`;
  }

  /**
   * Whether equality among these values needs PostgreSQL's = rather than SQLite's comparison of
   * stored texts: intervals ('1 day' = '24 hours'), or a date beside a timestamp.
   */
  private comparesByOperator(values: Node[]): boolean {
    const oids = values.map((v) => this.typeOf(v)?.oid);
    if (oids.includes(OID.interval) || oids.includes(OID.numrange) || values.slice(1).some((v) => incomparableOperands(this, values[0]!, v))) return true;
    return new Set(oids.filter((o) => o === OID.date || o === OID.timestamp || o === OID.timestamptz)).size > 1;
  }

  /**
   * An operand; a string literal compared with a typed expression is read as that type. Enum
   * values compare by their labels' order, as PostgreSQL's enum_cmp: both sides become ranks.
   */
  private operand(n: Node, comparedWith: Node | undefined): string {
    const enumType = comparedWith ? this.enumOf(n) ?? this.enumOf(comparedWith) : undefined;
    if (enumType) return `pg_enum_rank(${this.enumValue(n, enumType)}, ${quoteString(JSON.stringify(enumType.labels.map((l) => l.label)))})`;
    const sql = comparedLiteral(this, n, comparedWith) ?? this.expr(n);
    return comparedWith ? asTimestamptz(this.typeOf(n), this.typeOf(comparedWith), sql) : sql;
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
    if (this.enumOf(n) === e || n.A_Const?.isnull) return this.expr(n);
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
        return `(${l}) ${op === '!~~' ? 'NOT LIKE' : 'LIKE'} (${r}) ESCAPE '\\'`;
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

  private typeCast(c: Node): string {
    const enumType = enumTypeOfName(this, c.typeName);
    if (enumType) {
      if (c.arg.ParamRef) this.paramTypes.set(c.arg.ParamRef.number, enumType);
      if (!isUnknownLiteral(c.arg)) checkCastable(this, this.typeOf(c.arg), enumType);
      return this.enumValue(c.arg, this.schema.enumByOid(enumType.oid)!);
    }
    assertTypeExists(this.schema, c.typeName);
    // "char" of an integer is the character of that code (65::"char" is A), not the integer's text.
    const written = names(c.typeName.names);
    if (written.length === 1 && written[0] === 'char' && ([OID.int2, OID.int4, OID.int8] as number[]).includes(this.typeOf(c.arg)?.oid ?? 0)) throw unsupported('a cast of an integer to "char"');
    const type = typeOfName(c.typeName);
    if (type.oid === OID.interval && c.typeName.typmods && !c.typeName.arrayBounds && c.arg.A_Const?.sval) return this.typeCast(intervalLiteral(c));
    if (c.arg.ParamRef) {
      // The first cast of a parameter gives it its type, as PostgreSQL's analysis does: a later cast
      // to another type converts that value (`$1::float4, $1::float8` is 3.700000047683716 of '3.7').
      const number = c.arg.ParamRef.number as number;
      const prior = this.castParams.has(number) ? this.paramTypes.get(number) : undefined;
      if (prior && prior.oid !== type.oid) return this.typeCast({ arg: { TypeCast: { arg: c.arg, typeName: parseTypeName(formatType(prior.oid, -1)) } }, typeName: c.typeName });
      this.paramTypes.set(number, type);
      this.castParams.add(number);
    }
    const reg = catalog.regCast(this, c.arg, type) ?? catalog.regtypeArrayCast(this, c.arg, type);
    if (reg !== undefined) return reg;
    if (type.oid === OID.text || type.oid === OID.varchar || type.oid === OID.bpchar) markTextScale(this, c.arg);
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
    if (fname.length > 1 && fname[0] !== 'pg_catalog') throw new PgError(SqlState.undefinedFunction, `function ${fname.join('.')} does not exist`);
    if (!fitsSignature(f)) throw noFunctionCall(this, name, f.agg_star ? [] : ((f.args ?? []) as Node[]));
    if (f.agg_filter) this.checkBoolean(f.agg_filter, 'FILTER');
    const args = ((f.args ?? []) as Node[]).map((a, i) => (i === 0 && FIRST_ARGUMENT_TYPE.has(name) && isUnknownLiteral(a) ? castNode(a, FIRST_ARGUMENT_TYPE.get(name)!) : a));
    // mod, gcd and lcm take two of one type: an untyped literal is read as the other argument's (22P02 for a text no integer spells).
    if ((name === 'mod' || name === 'gcd' || name === 'lcm') && args.length === 2) {
      const types = args.map((a) => (isUnknownLiteral(a) ? null : this.typeOf(a)));
      args.forEach((a, i) => {
        const other = types[1 - i];
        if (!types[i] && isUnknownLiteral(a) && other && other.oid !== OID.unknown) args[i] = castNode(a, formatType(other.oid, -1));
      });
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
    if (!f.agg_star && !f.agg_within_group && AGGREGATE_ARITY[name] !== undefined && AGGREGATE_ARITY[name] !== args.length) throw noFunctionCall(this, name, args);
    if (!f.over && !f.agg_within_group && WINDOW_ONLY.has(name)) throw new PgError(SqlState.wrongObjectType, `window function ${name} requires an OVER clause`, at);
    if (f.agg_distinct && f.agg_order) {
      // The distinct values are what is sorted: a key that is not an argument has no one value for them.
      const key = (n: Node) => JSON.stringify(n, (k, v) => (k === 'location' ? undefined : v));
      const outside = (f.agg_order as Node[]).find((o) => !args.some((a) => key(a) === key(o.SortBy.node)));
      if (outside) throw new PgError(SqlState.invalidColumnReference, 'in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list', { position: (Object.values(outside.SortBy.node as Node)[0]?.location ?? -1) + 1 || undefined });
    }
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
      // ntile(NULL) numbers no row (NULL on each); SQLite's ntile raises its error for it.
      if (name === 'ntile' && argSql.length === 1) argSql[0] = `coalesce(${argSql[0]}, 1)`;
      sql = spec.emit ? spec.emit(argSql, { schemas: this.schema.searchPath, implicit: this.schema.implicitSchemas() }) : `${spec.sqlite ?? name}(${f.agg_distinct ? 'DISTINCT ' : ''}${argSql.join(', ')}`;
      if (!spec.emit) {
        if (f.agg_order) {
          if (!spec.orderedAggregate) throw unsupported(`ORDER BY inside ${name}()`);
          sql += ' ORDER BY ' + (f.agg_order as Node[]).map((n) => this.sortBy(n)).join(', ');
        }
        sql += ')';
      }
    }
    if (f.agg_filter && !FILTER_PLACED.has(f)) sql += ` FILTER (WHERE ${this.expr(f.agg_filter)})`;
    if (f.over) sql += ` OVER ${this.windowDef(f.over)}`;
    if (name === 'ntile' && f.over && args.length === 1) sql = `iif((${this.expr(args[0]!)}) IS NULL, NULL, ${sql})`;
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

  private windowDef(over: Node): string {
    for (const name of [over.name, over.refname]) {
      if (name && !this.namedWindow(name)) throw new PgError(SqlState.undefinedObject, `window "${name}" does not exist`, { position: over.location + 1 });
    }
    const w = inlineNamedWindow(this, over);
    // OVER w names a window of the WINDOW clause; OVER (w …) refines one.
    if (w.name) return quoteIdent(w.name);
    const parts: string[] = [];
    if (w.refname) parts.push(quoteIdent(w.refname));
    if (w.partitionClause) parts.push('PARTITION BY ' + (w.partitionClause as Node[]).map((p) => this.equalityKey(p)).join(', '));
    const { key, frame } = windowFrame(this, w);
    if (w.orderClause) parts.push('ORDER BY ' + (w.orderClause as Node[]).map((n) => this.sortBy(n, true, key)).join(', '));
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

  /** `shown`: a scalar subquery whose value prints (markScaleSpine), with the display text its query carries. */
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
      if (spans.some((x) => x)) {
        if (!columns || columns.length !== tested.length || new Set(columns.map((c) => c.name)).size < columns.length) throw unsupported('IN of a subquery over intervals under repeated column names');
        const key = (sql: string, i: number) => (spans[i] ? `pg_interval_key(${sql})` : sql);
        const test = tested.map((t, i) => key(this.expr(t), i)).join(', ');
        const keys = columns.map((c, i) => key(quoteIdent(c.name), i)).join(', ');
        return `(${test}) ${inn} (SELECT ${keys} FROM (${this.select(s.subselect, false).sql}))`;
      }
      const test = this.expr(s.testexpr);
      return `(${test}) ${inn} (${this.select(s.subselect, false).sql})`;
    }
    const carried = shown && s.subLinkType === 'EXPR_SUBLINK' ? this.carriedDisplays(s.subselect)?.[0] : undefined;
    if (carried !== undefined) this.carryNext = [carried];
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
      case 'ARRAY_SUBLINK':
        return catalog.arraySubquery(sub, selectColumns(this, s.subselect)?.[0]?.type);
      case 'ANY_SUBLINK':
      case 'ALL_SUBLINK':
        return subqueryComparison(this, s, sub);
      default:
        throw unsupported(String(s.subLinkType));
    }
  }

  typeOf(n: Node): PgTypeInfo | null {
    // A column of an inlined LATERAL subquery is the expression it stands for.
    const lateral = n.ColumnRef ? catalog.lateralColumn(this, n) : undefined;
    return typeOf(this, lateral ?? n);
  }

  elementScale(n: Node): number | undefined {
    return arrayScale(this, n);
  }

  selectColumns(node: Node): ScopeColumn[] | null {
    return selectColumns(this, node);
  }

  /**
   * The display texts (dialect/catalog/numeric-display.ts) a derived table's query carries beside
   * its result columns, for the query around it to print its values with their scales: per
   * column, the SQL of the display column a column or `*` of it reads, else undefined; undefined
   * where it carries none. Only a plain select: DISTINCT, GROUP BY and aggregates make values equal
   * at different scales one (which one PostgreSQL shows depends on its plan), as set operations
   * and VALUES do, and a query a rewrite in select() changes would lose the columns it names.
   */
  carriedDisplays(query: Node, positional = false): Array<string | undefined> | undefined {
    if (keptPart(query) !== undefined) return this.keptDisplays(query);
    const s = query.SelectStmt;
    if (!s) return undefined;
    const unnested = (mixedSetReturning(s) ? undefined : selectListArrays(s)) ? undefined : lateralUnnestQuery(s);
    if (unnested) return this.carriedDisplays({ SelectStmt: unnested }, positional);
    if (!this.carried.has(s)) {
      const mode = this.plainSelect(s) ? 'plain' : this.plainSelect(s, true) ? 'grouped' : this.distinctSelect(s) ? 'distinct' : undefined;
      this.carried.set(s, mode ? this.targetDisplays(s, mode, positional) : s.valuesLists ? this.valuesDisplays(s) : this.setOperationDisplays(s));
    }
    return this.carried.get(s) ?? undefined;
  }

  /**
   * A UNION ALL of plain selects: each row keeps its member's texts, so a column carries one where a
   * member does (memberCarries, NULL for the others, which print their values as stored). UNION,
   * INTERSECT and EXCEPT of such would compare those texts (1.5 and 1.50 are one row): they keep
   * the text of their rows' group (distinctSetOperation), their left side's for INTERSECT and EXCEPT.
   */
  private setOperationDisplays(s: Node): Array<string | undefined> | null {
    const members: Node[] = [];
    const collect = (m: Node): boolean => {
      const b = m.SelectStmt ?? m;
      if (b.op === 'SETOP_UNION' && b.all && !b.sortClause && !b.limitCount && !b.limitOffset && !b.withClause) return collect(b.larg) && collect(b.rarg);
      if ((b.op && b.op !== 'SETOP_NONE') || b.valuesLists) return false;
      members.push(b);
      return true;
    };
    if (!s.op || s.op === 'SETOP_NONE' || (s.all && s.op !== 'SETOP_UNION') || !collect(s.larg) || !collect(s.rarg)) return null;
    // A member's columns are taken by position, whatever their names.
    const own = members.map((m) => this.carriedDisplays({ SelectStmt: m }, true));
    const columns = selectColumns(this, { SelectStmt: s }) ?? [];
    const width = columns.length;
    // The rows are grouped by their columns' names, and a query around names the texts after them.
    const unique = (name: string) => columns.filter((c) => c.name === name).length === 1;
    if (!s.all && !columns.every((c) => unique(c.name))) return null;
    const carried = columns.map((c, i) => (unique(c.name) && own.some((o) => o?.[i] !== undefined) ? UNION_TEXT : undefined));
    if (!carried.some((d) => d !== undefined) || own.some((c) => c && c.length !== width)) return null;
    members.forEach((m, k) => this.memberCarries.set(m, carried.map((d, i) => (d === undefined ? undefined : (own[k]?.[i] ?? 'NULL')))));
    return carried;
  }

  /**
   * A VALUES list of constant numerics of different scales (`(VALUES (1.50), (2.5)) v(x)`): each row
   * carries each value's text (VALUES_TEXT), which a query around it prints; none where a value's
   * scale does not tell.
   */
  private valuesDisplays(s: Node): Array<string | undefined> | null {
    const rows = (s.valuesLists as Node[]).map((l) => l.List.items as Node[]);
    if (rows.length < 2 || JSON.stringify(rows).includes('"ParamRef"')) return null;
    const columns = valuesColumns(this, rows);
    const out = columns.map((c, i) => {
      if (c.type?.oid !== OID.numeric || c.type.typmod >= 0 || c.scale !== undefined) return undefined;
      const known = rows.every((r) => isNullValue(r[i]!) || isNumericSpecial(r[i]!) || numericScale(this, r[i]!) !== undefined);
      return known ? VALUES_TEXT : undefined;
    });
    return out.some((d) => d !== undefined) ? out : null;
  }

  /**
   * `SELECT DISTINCT *` of one relation whose numerics print display texts, its columns spelled
   * out: DISTINCT then groups the rows by their values' keys (distinctByKeys), each printing its
   * group's text, where SQLite's DISTINCT over a `*` would compare the values only as stored.
   */
  private distinctStar(s: Node): Node | undefined {
    const targets = (s.targetList ?? []) as Node[];
    const star = (t: Node) => names(t.ResTarget.val.ColumnRef?.fields ?? []).at(-1) === '*';
    if (!s.distinctClause?.every((d: Node) => Object.keys(d).length === 0) || s.groupClause || (s.fromClause ?? []).length !== 1 || !targets.some(star)) return undefined;
    const saved = enterSelectScope(this, s);
    try {
      const relations = this.scope?.relations.filter((r) => !r.starless) ?? [];
      const r = relations[0];
      if (relations.length !== 1 || !r?.name || !r.columns?.some((c) => c.display) || new Set(r.columns.map((c) => c.name)).size < r.columns.length) return undefined;
      const spell = (t: Node) => {
        const fields = names(t.ResTarget.val.ColumnRef.fields);
        if (fields.length > 2 || (fields.length === 2 && fields[0] !== r.name)) return undefined;
        return r.columns!.map((c) => ({ ResTarget: { name: c.name, val: { ColumnRef: { fields: [{ String: { sval: r.name } }, { String: { sval: c.name } }] } } } }));
      };
      const spelled = targets.map((t) => (star(t) ? spell(t) : [t]));
      return spelled.every((x) => x !== undefined) ? { ...s, targetList: spelled.flat() } : undefined;
    } finally {
      leaveScope(this, saved);
    }
  }

  /**
   * A plain select but for its DISTINCT, which groups its rows by their values' keys (distinctByKeys):
   * a stored numeric carries its group's display text (pg_group_display).
   */
  private distinctSelect(s: Node): boolean {
    if (!s.distinctClause || s.groupClause || !this.plainSelect({ ...s, distinctClause: undefined })) return false;
    const saved = enterSelectScope(this, s);
    try {
      return this.distinctByKeys(s);
    } finally {
      leaveScope(this, saved);
    }
  }

  /** `grouped`: one with GROUP BY, HAVING or aggregates allowed too. */
  private plainSelect(s: Node, grouped = false): boolean {
    const from = (s.fromClause ?? []) as Node[];
    // An aggregate's text is computed again beside it, over a function's rows too (`avg(x) FROM unnest(xs) x`).
    const items = (n: Node): boolean => !!n.RangeVar || !!n.RangeSubselect || (grouped && !!n.RangeFunction) || (!!n.JoinExpr && items(n.JoinExpr.larg) && items(n.JoinExpr.rarg));
    return (
      (!s.op || s.op === 'SETOP_NONE') &&
      !s.valuesLists &&
      !s.distinctClause &&
      (grouped || (!s.groupClause && !s.havingClause && !hasAggregate(s.targetList) && !hasAggregate(s.sortClause))) &&
      !s.intoClause &&
      s.limitOption !== 'LIMIT_OPTION_WITH_TIES' &&
      from.every(items) &&
      !selectListArrays(s) &&
      !lateralUnnestQuery(s) &&
      !selectListSeries(s) &&
      !usingJoinStar(this.schema, s) &&
      !catalog.lateralJoins(s, this.schema)
    );
  }

  /**
   * A computed unconstrained numeric result column (`n * 2`, `$1::numeric`, `coalesce(n, 0)`) carries
   * its value's text as a stored column's does, computed again beside it (displayText): one that may
   * change as it is computed twice carries none.
   */
  private computedDisplay(s: Node, val: Node, i: number): string | undefined {
    if (val.ColumnRef || !repeatable(val, s.windowClause ?? []) || isNullValue(val)) return undefined;
    const type = this.typeOf(val);
    if (type?.oid !== OID.numeric || type.typmod >= 0) return undefined;
    if (numericScale(this, val) === undefined && !val.ParamRef && !markScaleSpine(this, val, new WeakSet<Node>())) return undefined;
    const at = this.computedCarried.get(s) ?? new Map<number, Node>();
    this.computedCarried.set(s, at.set(i, val));
    return COMPUTED_TEXT;
  }

  /**
   * 'grouped': a query that groups its rows carries the texts of its aggregates and arithmetic of
   * them only: a grouped column's rows may hold equal values at different scales, of which the one
   * PostgreSQL shows depends on its plan. 'distinct': one that groups them by DISTINCT carries its
   * stored numerics' group display texts (0A000 where a group's differ).
   */
  private targetDisplays(s: Node, mode: 'plain' | 'grouped' | 'distinct', positional = false): Array<string | undefined> | null {
    const grouped = mode === 'grouped';
    const saved = enterSelectScope(this, s);
    try {
      const out: Array<{ name: string; display: string | undefined }> = [];
      for (const t of (s.targetList ?? []) as Node[]) {
        const val = t.ResTarget.val as Node;
        const fields = val.ColumnRef ? names(val.ColumnRef.fields) : [];
        if (grouped) {
          out.push({ name: t.ResTarget.name ?? columnName(val), display: ofAggregates(val) ? this.computedDisplay(s, val, out.length) : undefined });
          continue;
        }
        if (fields.at(-1) === '*') {
          const qualifier = fields.length === 2 ? fields[0] : undefined;
          const star = fields.length <= 2 && !catalog.inlinedLateralColumns(this, qualifier).length ? this.scope?.star(qualifier) : null;
          if (!star) return null;
          for (const c of star) out.push({ name: c.name, display: c.display ? `${quoteIdent(c.display.relation)}.${quoteIdent(c.display.column)}` : undefined });
          continue;
        }
        const stored = storedDisplay(this, val);
        if (mode === 'distinct') out.push({ name: t.ResTarget.name ?? columnName(val), display: stored && `pg_group_display(${stored})` });
        else out.push({ name: t.ResTarget.name ?? columnName(val), display: stored ?? this.computedDisplay(s, val, out.length) });
      }
      // A name the select list gives twice is no column the query around it can name (a set
      // operation's member is read by position: `positional`).
      const counts = new Map<string, number>();
      for (const o of out) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
      const carried = out.map((o) => (positional || counts.get(o.name) === 1 ? o.display : undefined));
      return carried.some((d) => d !== undefined) && this.selectColumns({ SelectStmt: s })?.length === carried.length ? carried : null;
    } finally {
      leaveScope(this, saved);
    }
  }
}

const ARITHMETIC = new Set(['+', '-', '*', '/', '%']);
/** Element types whose arrays keep NaN and the infinities as their names (pg_array_sort_key). */
const NUMBER_ELEMENTS = new Set<number>([OID.numeric, OID.float4, OID.float8]);

/** A constant LIKE pattern ending in its escape character: 22025, where SQLite's LIKE answers false. */
function checkLikePattern(pattern: Node, escape: string | undefined): void {
  const p = pattern.A_Const?.sval?.sval as string | undefined;
  if (p === undefined || !escape) return;
  for (let i = 0; i < p.length; i++) {
    if (p[i] !== escape) continue;
    if (i === p.length - 1) throw new PgError(SqlState.invalidEscapeSequence, 'LIKE pattern must not end with escape character');
    i++;
  }
}

/** Functions whose first argument has one type: an untyped literal there is read as it (`pg_relation_size('t')`). */
const FIRST_ARGUMENT_TYPE = new Map<string, string>([
  ...['encode', 'get_byte', 'set_byte', 'get_bit', 'set_bit', 'convert_from', 'sha224', 'sha256', 'sha384', 'sha512'].map((f): [string, string] => [f, 'bytea']),
  ...['pg_relation_size', 'pg_table_size', 'pg_total_relation_size', 'pg_indexes_size'].map((f): [string, string] => [f, 'regclass']),
  ...['host', 'masklen', 'family', 'network', 'broadcast', 'netmask', 'hostmask', 'set_masklen'].map((f): [string, string] => [f, 'inet']),
]);

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
const WINDOW_ONLY = new Set(['row_number', 'rank', 'dense_rank', 'percent_rank', 'cume_dist', 'ntile', 'lag', 'lead', 'first_value', 'last_value', 'nth_value']);

function unaryOp(op: string): never {
  throw unsupported(`prefix operator ${op}`);
}

function constant(c: Node): string {
  if (c.isnull) return 'NULL';
  if (c.ival) return String(c.ival.ival ?? 0);
  if (c.fval) return numericLiteral(c.fval.fval);
  if (c.boolval) return c.boolval.boolval ? '1' : '0';
  if (c.sval) return quoteString(c.sval.sval ?? '');
  if (c.bsval) throw unsupported('bit-string constants');
  return '0';
}

/** A timestamptz beside a timestamp or date: their stored texts compare as if the second were in UTC. */
function mixesZones(a: PgTypeInfo | null, b: PgTypeInfo | null): boolean {
  return a?.oid === OID.timestamptz && (b?.oid === OID.timestamp || b?.oid === OID.date);
}

/**
 * INTERSECT ALL / EXCEPT ALL, which SQLite lacks: each row numbered among its equals on its side,
 * so the plain set operation over (row, number) keeps min(m, n) or max(m - n, 0) copies of it.
 */
function multisetOperation(op: string, left: { sql: string; columns: OutputColumn[] }, right: string): string {
  const cols = left.columns.map((_, i) => `"evsql.c${i + 1}"`);
  const numbered = (side: string) => `SELECT *, row_number() OVER (PARTITION BY ${cols.join(', ')}) FROM ${side}`;
  const named = left.columns.map((c, i) => `${cols[i]} AS ${quoteIdent(c.name)}`).join(', ');
  return `SELECT * FROM (WITH "evsql.l"(${cols.join(', ')}) AS (${left.sql}), "evsql.r"(${cols.join(', ')}) AS (${right}) SELECT ${named} FROM (${numbered('"evsql.l"')} ${op} ${numbered('"evsql.r"')}))`;
}

/** CheckSelectLocking: a row lock needs rows of a table under it, which grouping, DISTINCT or a set operation do not keep (0A000). */
function checkLockable(s: Node): void {
  const why =
    s.op && s.op !== 'SETOP_NONE' ? 'UNION/INTERSECT/EXCEPT'
    : s.distinctClause ? 'DISTINCT clause'
    : s.groupClause ? 'GROUP BY clause'
    : s.havingClause ? 'HAVING clause'
    : hasAggregate([s.targetList, s.sortClause]) ? 'aggregate functions'
    : hasWindowFunction([s.targetList, s.sortClause]) ? 'window functions'
    : returnsSet(s.targetList) ? 'set-returning functions in the target list'
    : undefined;
  if (why === undefined) return;
  throw new PgError(SqlState.featureNotSupported, `${lockClause((s.lockingClause as Node[])[0]!)} is not allowed with ${why}`);
}

function lockClause(c: Node): string {
  return ({ LCS_FORUPDATE: 'FOR UPDATE', LCS_FORSHARE: 'FOR SHARE', LCS_FORNOKEYUPDATE: 'FOR NO KEY UPDATE' } as Record<string, string>)[c.LockingClause.strength as string] ?? 'FOR KEY SHARE';
}

/** FOR UPDATE OF names FROM items of its own query level, by their aliases where they have them (42P01 else). */
function checkLockedRelations(s: Node): void {
  const named = new Set<string>();
  let unnamed = false;
  const collect = (f: Node): void => {
    if (f.JoinExpr) {
      collect(f.JoinExpr.larg);
      collect(f.JoinExpr.rarg);
      if (f.JoinExpr.alias) named.add(f.JoinExpr.alias.aliasname);
      return;
    }
    const alias = (Object.values(f)[0] as Node | undefined)?.alias?.aliasname as string | undefined;
    if (alias !== undefined) named.add(alias);
    else if (f.RangeVar) named.add(f.RangeVar.relname);
    else unnamed = true;
  };
  for (const f of (s.fromClause ?? []) as Node[]) collect(f);
  if (unnamed) return;
  for (const c of s.lockingClause as Node[]) {
    for (const r of (c.LockingClause.lockedRels ?? []) as Node[]) {
      const rel = r.RangeVar;
      if (rel && !named.has(rel.relname)) {
        throw new PgError(SqlState.undefinedTable, `relation "${rel.relname}" in ${lockClause(c)} clause not found in FROM clause`, { position: rel.location + 1 });
      }
    }
  }
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

/** A CTE's or view's column names, then those of the display texts its query carries (Emitter.carriedDisplays). */
export function columnList(given: string[], columns: OutputColumn[], carried: Array<string | undefined> | undefined): string {
  // Fewer names than columns rename the leading ones; SQLite wants one for each.
  if (!carried) return (given.length < columns.length ? columns.map((c, i) => given[i] ?? c.name) : given).map(quoteIdent).join(', ');
  const named = columns.map((c, i) => given[i] ?? c.name);
  return [...named, ...named.flatMap((n, i) => (carried[i] !== undefined ? [displayColumn(n)] : []))].map(quoteIdent).join(', ');
}

/** An expression that gives the same value each time a row computes it: constants, parameters, columns, arithmetic and choices of them. */
function repeatable(n: Node, windows: Node[] = []): boolean {
  const again = (x: Node) => repeatable(x, windows);
  if (n.A_Const || n.ParamRef || (n.ColumnRef && names(n.ColumnRef.fields).at(-1) !== '*')) return true;
  if (n.TypeCast) return again(n.TypeCast.arg);
  if (n.A_ArrayExpr) return ((n.A_ArrayExpr.elements ?? []) as Node[]).every(again);
  const ind = n.A_Indirection;
  if (ind) return again(ind.arg) && (ind.indirection as Node[]).every((i) => !!i.A_Indices && [i.A_Indices.lidx, i.A_Indices.uidx].every((b) => !b || again(b)));
  const e = n.A_Expr;
  if (e?.kind === 'AEXPR_OP' || e?.kind === 'AEXPR_NULLIF') return (!e.lexpr || again(e.lexpr)) && again(e.rexpr);
  const branches = n.CoalesceExpr?.args ?? n.MinMaxExpr?.args;
  if (branches) return (branches as Node[]).every(again);
  const c = n.CaseExpr;
  if (c) return [c.arg, c.defresult, ...((c.args ?? []) as Node[]).flatMap((w) => [w.CaseWhen.expr, w.CaseWhen.result])].every((x) => !x || again(x));
  const f = n.FuncCall;
  // An aggregate of repeatable values answers the same over its group's rows each time, and over
  // its window's frame: SQLite computes window functions of one window in one pass over its rows.
  return !!f && (!f.over || repeatableWindow(f.over, windows)) && !f.agg_star && (REPEATABLE_FUNCTIONS.has(names(f.funcname).at(-1)!) || (!!f.over && VALUE_WINDOW_FUNCTIONS.has(names(f.funcname).at(-1)!))) && ((f.args ?? []) as Node[]).every(again) && (!f.agg_filter || again(f.agg_filter));
}

/** A window whose partitions, order and frame offsets are repeatable; `windows`: the query's named ones (WINDOW w AS …). */
function repeatableWindow(w: Node, windows: Node[]): boolean {
  const named = w.name ?? w.refname;
  const base = named === undefined ? undefined : windows.find((d) => d.WindowDef.name === named)?.WindowDef;
  if (named !== undefined && (!base || !repeatableWindow({ ...base, name: undefined }, windows))) return false;
  const order = ((w.orderClause ?? []) as Node[]).map((o) => o.SortBy.node as Node);
  return [...((w.partitionClause ?? []) as Node[]), ...order, w.startOffset, w.endOffset].every((x) => !x || repeatable(x, windows));
}

/** A set operation is sorted by its result's columns, named or numbered: an expression is 0A000 (SQLite's error has no SQLSTATE). */
function checkSetOrder(sortClause: Node[]): void {
  // A cast of a column may be one to its own type, which PostgreSQL takes: left to SQLite.
  const expression = sortClause.map((n) => n.SortBy.node as Node).find((n) => !n.ColumnRef && !n.A_Const && !n.TypeCast?.arg.ColumnRef);
  if (!expression) return;
  const at = locationOf(expression);
  throw new PgError(SqlState.featureNotSupported, 'invalid UNION/INTERSECT/EXCEPT ORDER BY clause', {
    detail: 'Only result column names can be used, not expressions or functions.',
    hint: 'Add the expression/function to every SELECT, or move the UNION into a FROM clause.',
    ...(at === undefined ? {} : { position: at + 1 }),
  });
}

/** The arguments PostgreSQL's plain aggregates take, each of one signature's length: another count is no function (42883). */
const AGGREGATE_ARITY: Record<string, number> = Object.fromEntries([
  ...['sum', 'avg', 'min', 'max', 'array_agg', 'json_agg', 'jsonb_agg', 'bool_and', 'bool_or', 'every', 'bit_and', 'bit_or', 'bit_xor', 'stddev', 'stddev_samp', 'stddev_pop', 'variance', 'var_samp', 'var_pop'].map((n) => [n, 1]),
  ...['string_agg', 'json_object_agg', 'jsonb_object_agg', 'corr', 'covar_pop', 'covar_samp', 'regr_count', 'regr_slope', 'regr_intercept'].map((n) => [n, 2]),
]);

/** An aggregate, or constants, arithmetic and choices of aggregates: no column outside an aggregate's arguments. */
function ofAggregates(n: Node): boolean {
  const f = n.FuncCall;
  if (f && AGGREGATES.has(names(f.funcname).at(-1)!) && !f.over) return true;
  if (n.ColumnRef) return false;
  if (n.A_Const) return true;
  if (n.TypeCast) return ofAggregates(n.TypeCast.arg);
  const e = n.A_Expr;
  if (e?.kind === 'AEXPR_OP' || e?.kind === 'AEXPR_NULLIF') return (!e.lexpr || ofAggregates(e.lexpr)) && ofAggregates(e.rexpr);
  const branches = n.CoalesceExpr?.args ?? n.MinMaxExpr?.args;
  return !!branches && (branches as Node[]).every(ofAggregates);
}

/** A FROM item under another name, its display columns (ScopeColumn.display) read under it too. */
function renamedRelation(r: ScopeRelation, name: string): ScopeRelation {
  const columns = r.columns?.map((c) => (c.display && !c.display.sql && c.display.relation === r.name ? { ...c, display: { ...c.display, relation: name } } : c)) ?? null;
  return { ...r, name, columns };
}

// array_lower: a lateral unnest's element is read at its position (select-list-arrays.ts).
const REPEATABLE_FUNCTIONS = new Set(['abs', 'mod', 'round', 'trunc', 'avg', 'sum', 'min', 'max', 'array_lower']);

/**
 * INSERT … VALUES of several rows … ON CONFLICT (cols) DO UPDATE: PostgreSQL refuses (21000) rows
 * that propose the same key twice, since the second would update the row the first wrote; SQLite
 * would update it again. The rows (`values`: VALUES, or its rows with the serial columns drawn,
 * `width` columns named column1…) are counted per key before any is written; undefined where
 * that is not needed.
 */
function onceEach(s: Node, columns: string[] | undefined, width: number, values: string, rows: number): string | undefined {
  const c = s.onConflictClause;
  if (c?.action !== 'ONCONFLICT_UPDATE' || rows < 2 || !columns) return undefined;
  const elems = (c.infer?.indexElems ?? []) as Node[];
  const keys = elems.map((e) => columns.indexOf(e.IndexElem.name));
  if (!keys.length || keys.some((k) => k < 0)) return undefined;
  const key = keys.map((k) => `column${k + 1}`).join(', ');
  const all = Array.from({ length: width }, (_, i) => `column${i + 1}`).join(', ');
  // In the rows' own order, which the count's partitions would lose: they are written in it.
  const numbered = `SELECT *, row_number() OVER () AS "evsql.at" FROM (${values})`;
  return `SELECT ${all} FROM (SELECT *, count(*) OVER (PARTITION BY ${key}) AS "evsql.proposed" FROM (${numbered})) WHERE pg_upsert_once("evsql.proposed", ${key}) ORDER BY "evsql.at"`;
}

/** A query's columns named column1… (as VALUES names them): the names of an empty first member of a UNION ALL. */
function positionallyNamed(select: string, width: number): string {
  const names = Array.from({ length: width }, (_, i) => `NULL AS column${i + 1}`).join(', ');
  return `SELECT ${names} WHERE false UNION ALL SELECT * FROM (${select})`;
}

/** PostgreSQL 15's own functions evsql does not translate: 0A000, not the 42883 of a function that is not there. */
const UNTRANSLATED_BUILTINS = new Set(['array_sample', 'width_bucket', 'to_ascii']);

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

/**
 * A string literal in a set operation's later member where an earlier one has a number: PostgreSQL
 * reads it as that type (`SELECT 1 UNION SELECT 'a'` is 22P02), so it must be one.
 */
/**
 * A subquery in RETURNING reads the table as it was before the statement in PostgreSQL; SQLite's
 * sees the rows the statement wrote. One that reads the target table is refused.
 */
function refuseSelfReadingReturning(s: Node): void {
  const list = (s.returningClause?.exprs ?? s.returningList) as Node[] | undefined;
  if (!list) return;
  const target = s.relation.relname as string;
  const readsTarget = (n: unknown, inSubquery: boolean): boolean => {
    if (!n || typeof n !== 'object') return false;
    const node = n as Node;
    if (inSubquery && node.RangeVar && node.RangeVar.relname === target) return true;
    return Object.entries(node).some(([k, v]) => readsTarget(v, inSubquery || k === 'SubLink'));
  };
  if (readsTarget(list, false)) throw unsupported('a subquery in RETURNING that reads the table the statement changes');
}

function checkSetLiterals(columns: OutputColumn[], member: Node): void {
  const targets = ((member.SelectStmt ?? member).targetList ?? []) as Node[];
  targets.forEach((t, i) => {
    const literal = t.ResTarget?.val?.A_Const?.sval?.sval as string | undefined;
    const type = columns[i]?.type;
    if (literal !== undefined && type && ([OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8] as number[]).includes(type.oid)) decodeTextParam(literal, type.oid);
  });
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
    case OID.name:
      return `pg_cast_text(${arg})`;
    case OID.bool:
    case OID.date:
    case OID.timestamp:
    case OID.timestamptz:
    case OID.time:
    case OID.uuid:
    case OID.inet:
    case OID.cidr:
    case OID.citext:
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
function returnsSet(n: unknown): boolean {
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

/** Whether a node's JSON calls a volatile function, which a subquery run once per column would call again. */
const callsVolatile = (text: string): boolean => [...VOLATILE_FUNCTIONS].some((f) => text.includes(`{"String":{"sval":"${f}"}}`));

/**
 * `SET (a, b) = (SELECT x, y …)`: one scalar subquery per column, each of the select's own
 * expression — the same row, as the subquery reads one state and calls nothing volatile (a second
 * row is 21000 in each). Undefined where that would not hold: a star, a set operation, ORDER BY a
 * position, a volatile call.
 */
function subqueryColumns(source: Node): Node[] | undefined {
  const sub = source.SubLink;
  const sel = sub?.subLinkType === 'EXPR_SUBLINK' ? sub.subselect?.SelectStmt : undefined;
  if (!sel || (sel.op && sel.op !== 'SETOP_NONE') || !sel.targetList) return undefined;
  const targets = sel.targetList as Node[];
  if (targets.some((t) => t.ResTarget.val.ColumnRef && names(t.ResTarget.val.ColumnRef.fields).at(-1) === '*')) return undefined;
  const text = JSON.stringify(sel);
  if (callsVolatile(text) || JSON.stringify(sel.sortClause ?? []).includes('"ival"')) return undefined;
  // An aggregated query of one row stays one for a column of no aggregate (`SELECT 'z', count(*)`): HAVING alone keeps it so.
  const aggregated = !sel.groupClause && !sel.havingClause && hasAggregate(targets) ? { havingClause: { A_Const: { boolval: { boolval: true } } } } : {};
  return targets.map((t) => ({ SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: { ...sel, ...aggregated, targetList: [t] } } } }));
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

/** The numbers in the order select_common_type widens them. */
const NUMBER_RANK: number[] = [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8];

/** PostgreSQL's checkWellFormedRecursion: the recursive term names its query once, and aggregates nothing. */
function checkRecursiveTerm(name: string, member: Node): void {
  const refs: number[] = [];
  let aggregate: number | undefined;
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as Node;
    if (node.RangeVar?.relname === name && !node.RangeVar.schemaname) refs.push(node.RangeVar.location);
    if (node.SubLink || node.RangeSubselect) return;
    if (aggregate === undefined && node.FuncCall && !node.FuncCall.over && AGGREGATES.has(names(node.FuncCall.funcname).at(-1)!)) aggregate = node.FuncCall.location;
    Object.values(node).forEach(visit);
  };
  visit(member);
  if (refs.length > 1) throw new PgError(SqlState.invalidRecursion, `recursive reference to query "${name}" must not appear more than once`, { position: refs[1]! + 1 });
  if (aggregate !== undefined) throw new PgError(SqlState.invalidRecursion, "aggregate functions are not allowed in a recursive query's recursive term", { position: aggregate + 1 });
}

/** The key equal values of a type whose stored texts differ meet by: an interval's span, a numrange's bounds' values. */
function spanKey(oid: number | undefined, sql: string): string | undefined {
  if (oid === OID.interval) return `pg_interval_key(${sql})`;
  return oid === OID.numrange ? `pg_range_key(${sql}, ${oid})` : undefined;
}

/** A member column of a UNION ALL whose values are written as decimal texts at their own scales (markScaleSpine). */
const OWN_TEXT = -2;

/** carriedDisplays's mark of a computed result column whose text is computed beside it (Emitter.computedDisplay). */
const COMPUTED_TEXT = 'computed';

/**
 * UNION, INTERSECT or EXCEPT of members that write their values' display texts beside them
 * (Emitter.setOperationDisplays): the rows compared by their values, each carrying its group's
 * text (pg_group_display, 0A000 where they differ), of both sides for UNION, else of the left
 * side, whose rows INTERSECT and EXCEPT answer.
 */
function distinctSetOperation(op: string, left: { sql: string; columns: OutputColumn[] }, right: { sql: string; columns: OutputColumn[] }, carry: Array<string | undefined>, key: (c: OutputColumn, i: number) => string): string {
  const values = left.columns.map((c) => quoteIdent(c.name));
  const displays = left.columns.flatMap((c, i) => (carry[i] !== undefined ? [quoteIdent(displayColumn(c.name))] : []));
  const grouped = (from: string) => `SELECT ${[...values, ...displays.map((d) => `pg_group_display(${d}) AS ${d}`)].join(', ')} FROM (${from}) GROUP BY ${left.columns.map(key).join(', ')}`;
  if (op === 'UNION') return grouped(`${left.sql} UNION ALL ${right.sql}`);
  const kept = `SELECT ${values.join(', ')} FROM (${left.sql}) ${op} SELECT ${right.columns.map((c) => quoteIdent(c.name)).join(', ')} FROM (${right.sql})`;
  return `SELECT x.* FROM (${grouped(left.sql)}) AS x JOIN (${kept}) AS y ON ${values.map((v) => `x.${v} IS y.${v}`).join(' AND ')}`;
}

/** carriedDisplays's mark of a set operation's column whose members carry their values' texts. */
const UNION_TEXT = 'union';
/** carriedDisplays's mark of a VALUES column whose rows carry their values' texts. */
const VALUES_TEXT = 'values';
