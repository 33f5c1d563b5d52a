/**
 * The emitter's second layer: queries. SELECT with its FROM items, target list, GROUP BY,
 * ORDER BY, LIMIT and locking clauses; set operations, VALUES and WITH; and the display texts a
 * derived table carries beside its columns so that the query around it prints numerics with
 * their scales. Expressions are the layer below (emit-expressions.ts); INSERT, UPDATE and DELETE
 * the one above (emit.ts).
 */
import { rangeKind } from '../../pg/types/range.js';
import { compositeFields, fieldStarTargets, populatedCompositeQuery } from './composite-types.js';
import { readLeftSetLiterals, readSetLiterals } from './untyped-literals.js';
import { sortsDescending } from './sort-direction.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, arrayElementOid, formatType, type PgTypeInfo } from '../../pg/types/registry.js';
import type { EmitContext } from './emit-context.js';
import { decodeTextParam } from '../../pg/types/text-format.js';
import { quoteIdent, quoteString } from '../sqlite-quote.js';
import { booleanParams, countParam } from './untyped-params.js';
import { type Node, nodeType, names } from './parse.js';
import { unsupported } from './unsupported.js';
import { SEARCH_CYCLE_ERROR } from './search-cycle.js';
import type { ScopeRelation } from './scope.js';
import { zoneIsUtc } from '../../pg/types/timestamp.js';
import { checkValuesLengths, valuesSql } from './values-list.js';
import { columnName } from './column-name.js';
import { checkDistinctOrder, checkGrouping, checkWithNames, groupedExpressions } from './query-checks.js';
import { checkSetTypes, checkValuesTypes, members } from './common-type-check.js';
import { locationOf } from './node-location.js';
import { AGGREGATES, hasAggregate, hasWindowFunction } from './functions.js';
import { displayColumn } from '../catalog/numeric-display.js';
import { rangeFunction } from './table-functions.js';
import { unnestedCompositeSql } from './composites.js';
import { checkSeriesSignatures } from './series-signature.js';
import { LATERAL_HIDDEN } from './lateral-subqueries.js';
import { rowsLateralCarried, rowsLateralItem, rowsLateralQuery } from './lateral-rows.js';
import { usingAliasQuery } from './join-using-alias.js';
import { lateralUnnestQuery, selectListArrays } from './select-list-arrays.js';
import { enterSelectScope, leaveScope, starColumns, namesEvery, subqueryDisplays } from './name-resolution.js';
import type { ColumnInfo } from './schema.js';
import { storeSql } from './normalize.js';
import { sequenceFromItem } from './sequences.js';
import { aliasedTables, distinctOnQuery, distinctSeriesQuery, withTiesQuery, groupingSetsQuery, havingAloneQuery, mixedSetReturning, rowsFromQuery, scalarFunctionLaterals, selectListSeries, usingJoinStar } from './rewrite.js';
import { keptPart } from './modifying-with.js';
import { KEPT_ROWS_TABLE, KEPT_ROWS_WIDTH } from '../plan.js';
import { type OutputColumn, type OwnScales, VALUE_WINDOW_FUNCTIONS, computedNumeric, mixedScaleBranches, setColumns, isFormattedOutput, markScaleSpine, outputColumn, selectColumns, valuesColumns, outputScale, numericScale, isNumericSpecial, isFloat, isNullLiteral, isNullValue, isUnknownLiteral, storedDisplay, displayedSql, arrayDisplaySql } from './types.js';
import { isRange, isMultirange } from './range-types.js';
import { comparedElements, mayBeBlob, numericAsFloat } from './typed-sql.js';
import * as catalog from './catalog-queries.js';
import { isSqliteModuleName } from '../catalog/definitions.js';
import { VOLATILE_FUNCTIONS, callsVolatile as callsVolatileNode } from './volatile-functions.js';
import { namesPlainColumns, viewNamesPlainColumns } from './cancel-point.js';
import { checkJsonKeys, checkJsonSetColumns, checkedDistinctOn } from './json-keys.js';
import { groupedSeriesQuery } from './grouped-series.js';
import { groupedBySeriesQuery } from './grouped-by-series.js';
import { joinOnQualified } from './join-on-names.js';
import { ExpressionEmitter, mixesZones, returnsSet, spanKey } from './emit-expressions.js';
import { paramSlot } from './param-slots.js';
import { paddedSetColumns, paddedSetOperation } from './char-set-columns.js';

export abstract class QueryEmitter extends ExpressionEmitter {
  /** The columns an INSERT's source rows are written to; taken by the source SELECT or VALUES. */
  protected assignTo: Array<ColumnInfo | undefined> | null = null;
  /** carriedDisplays's answers, by query: null where it carries none. */
  private readonly carried = new WeakMap<object, Array<string | undefined> | null>();
  /** targetDisplays's computed result columns (COMPUTED_TEXT), by query: each one's expression, by column. */
  private readonly computedCarried = new WeakMap<object, Map<number, Node>>();
  /**
   * Set by the row source of an INSERT whose rows carry, after their columns, the display texts of
   * the values written to unconstrained numeric columns (displayValues), for insert() to name them.
   */
  protected displaysWritten = false;
  /** Result columns computed as formatted text, by position and by name: ORDER BY sorts their values. */
  private formattedOutputs = new Map<string, Node>();
  /** The locking clauses checked (checkLockable). */
  private readonly lockChecked = new WeakSet<object>();
  /** setOperationDisplays's texts each member of a set operation writes, by member. */
  private readonly memberCarries = new WeakMap<object, Array<string | undefined>>();
  /** Members of a result's UNION ALL or VALUES that print their numerics' own scales, by column (mixedScaleColumns). */
  private readonly ownScaleMembers = new WeakMap<object, boolean[]>();
  /** A member of a result's UNION that is itself a set operation, and the padded columns it then reports (paddedSetColumns). */
  private paddedLink: Node | undefined;
  private linkPadding: boolean[] | undefined;
  /** WITH RECURSIVE members that may recur: their rows pass a cancellation point (sql-functions.ts). */
  private readonly recursiveMembers = new WeakSet<object>();
  /** A non-recursive CTE's query, by the columns its name has in scope (so a CTE of the same name nested inside is another). */
  private readonly cteQueries = new WeakMap<object, Node>();
  /** Emitting INSERT, UPDATE or DELETE: its joins pass a cancellation point per row combination. */
  protected writing = false;
  /** Set when the statement holds SELECT … FOR UPDATE/SHARE: the mixer reads it as write locks. */
  lockingRead = false;
  /** Set when the statement reads a temporary table. */
  readsTemp = false;
  /** Off for a view's query, whose columns other queries compute with. */
  formatsOutput = true;


  select(node: Node, top = true): { sql: string; columns: OutputColumn[] } {
    const s = node.SelectStmt ?? node;
    // A query that carries display texts is a plain select no rewrite below changes (carriedDisplays).
    const carry = this.carryNext;
    this.carryNext = undefined;
    const derived = this.derivedNext;
    this.derivedNext = false;
    // Before the rewrites below, which turn a select list's set-returning functions or a HAVING
    // alone into other queries, and once: the queries they make keep the clause (FETCH … WITH
    // TIES's ranks its rows by a window function, and may lock them).
    if (s.lockingClause && !this.lockChecked.has(s.lockingClause)) {
      checkLockable(s);
      this.lockChecked.add(s.lockingClause);
    }
    // Their rewrites name each result column: a `*` is spelled out first.
    if (s.distinctClause?.some((d: Node) => Object.keys(d).length > 0)) return this.select({ SelectStmt: distinctOnQuery(checkedDistinctOn(this, this.spelledStar(s, () => true) ?? s)) }, top);
    if (s.limitOption === 'LIMIT_OPTION_WITH_TIES') return this.select({ SelectStmt: withTiesQuery(this.spelledStar(s, () => true) ?? s) }, top);
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
    const groupedBySeries = s.groupClause && returnsSet([s.targetList, s.groupClause]) ? groupedBySeriesQuery(s, groupedExpressions(this.schema, s, this.ctes), returnsSet) : undefined;
    if (groupedBySeries) return this.select({ SelectStmt: groupedBySeries }, top);
    const groupedSeries = groupedSeriesQuery(s, returnsSet, (q) => selectColumns(this, q));
    if (groupedSeries) return this.select({ SelectStmt: groupedSeries }, top);
    const distinctSeries = distinctSeriesQuery(s, returnsSet);
    if (distinctSeries) return this.select({ SelectStmt: distinctSeries }, top);
    const arrays = (mixedSetReturning(s) ? undefined : selectListArrays(s)) ?? lateralUnnestQuery(s);
    // The texts carried are the rewritten query's (carriedDisplays).
    if (arrays) this.carryNext = carry;
    if (arrays) return this.select({ SelectStmt: arrays }, top);
    const series = (this.schema.hasComposites() ? populatedCompositeQuery(this, s) : undefined) ?? selectListSeries(s) ?? rowsFromQuery(s) ?? scalarFunctionLaterals(s);
    if (series) return this.select({ SelectStmt: series }, top);
    const usingAliases = usingAliasQuery(s, this.schema);
    if (usingAliases) return this.select({ SelectStmt: usingAliases }, top);
    const aliased = aliasedTables(s);
    if (aliased) return this.select({ SelectStmt: aliased }, top);
    const spelled = usingJoinStar(this.schema, s) ?? this.distinctStar(s);
    if (spelled) return this.select({ SelectStmt: spelled }, top);
    const grouped = groupingSetsQuery(this.schema, s);
    if (grouped) return this.select({ SelectStmt: grouped }, top);
    const lateral = catalog.lateralJoins(s, this.schema);
    if (lateral) return this.select({ SelectStmt: lateral }, top);
    const printed = top ? this.printedSetOperation(s) : undefined;
    if (printed) return this.select({ SelectStmt: printed }, top);
    if (hasWindowFunction(s.havingClause)) throw new PgError(SqlState.windowingError, 'window functions are not allowed in HAVING');
    checkGrouping(this.schema, s, this.ctes);
    checkDistinctOrder(s);
    const havingAlone = havingAloneQuery(this.schema, s);
    if (havingAlone) return this.select({ SelectStmt: havingAlone }, top);
    if (s.lockingClause) {
      this.lockingRead = true;
      checkLockedRelations(s);
      checkNullableLocks(s, this.ctes, (relname) => this.schema.lookupTable(relname)?.columns.map((c) => c.name));
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
    let padded: boolean[] | undefined;
    if (s.op && s.op !== 'SETOP_NONE') {
      // A member's scales and padding are read by the position of its select list's items, which `(v).*` spreads.
      if (this.schema.hasComposites() && [s.larg, s.rarg].some((m: Node) => ((m.targetList ?? []) as Node[]).some((t) => t.ResTarget.val.A_Indirection?.indirection.at(-1)?.A_Star))) throw unsupported('(v).* of a composite value in a member of a set operation');
      const widened = this.widenedTimes(s);
      if (widened) return this.select({ SelectStmt: widened }, top);
      // A member of a set operation that carries texts writes its own (setOperationDisplays), a UNION ALL inside it those of its members.
      const member = (m: Node, right = false) => {
        this.carryNext = carry ? (this.memberCarries.get(m.SelectStmt ?? m) ?? carry) : undefined;
        // A derived table's or a printed result's UNION ALL passes its members' texts on as they are;
        // other set operations compare them: a text by the digits its numerics print, a jsonb by value
        // (`{"v": 2.50}` equals `{"v": 2.5}`).
        const written = derived || (top && this.formatsOutput && !assign);
        this.derivedNext = written && (s.op === 'SETOP_UNION' && s.all ? true : 'text');
        return this.setMember(m, right);
      };
      const plain = (m: Node) => !m.op || m.op === 'SETOP_NONE';
      // A result's chain of UNIONs (`a UNION b UNION c`) pads where its links meet char(n) beside text (paddedSetColumns).
      const printed = (top || this.paddedLink === s) && this.formatsOutput && !assign && !carry;
      this.paddedLink = printed && s.op === 'SETOP_UNION' && !plain(s.larg) ? s.larg : undefined;
      this.linkPadding = undefined;
      let left = member(s.larg);
      const leftPadded = this.linkPadding as boolean[] | undefined;
      this.paddedLink = undefined;
      this.linkPadding = undefined;
      readSetLiterals(left.columns.map((c) => c.type), s.rarg);
      this.paddedLink = printed && s.op === 'SETOP_UNION' && !plain(s.rarg) ? s.rarg : undefined;
      const right = member(s.rarg, true);
      // A left member's untyped literal takes the right one's type (`SELECT '5' UNION SELECT i FROM t`), as
      // select_common_type resolves it: known once the right is emitted, so the left is emitted again,
      // where that writes no parameter or subquery twice.
      if (readLeftSetLiterals(right.columns.map((c) => c.type), s.larg)) left = member(s.larg);
      const rightPadded = this.linkPadding as boolean[] | undefined;
      this.paddedLink = undefined;
      this.linkPadding = undefined;
      const untrimmed = right.sql;
      if (!carry) right.sql = blankTrimmed(left.columns, right);
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
      // jsonb is left to its stored text here: its documents equal at other scales (`1.0`, `1`) stay apart.
      const keyed = (oid: number | undefined) => oid !== OID.jsonb && spanKey(oid, '') !== undefined;
      const spanned = (c: OutputColumn, i: number) => (keyed(c.type?.oid) ? c.type!.oid : keyed(right.columns[i]?.type?.oid) ? right.columns[i]!.type!.oid : undefined);
      const spans = !s.all && left.columns.some((c, i) => spanned(c, i) !== undefined);
      if (spans && op !== 'UNION') throw unsupported(`${op} of interval or numrange columns`);
      if (spans && new Set(left.columns.map((c) => c.name)).size < left.columns.length) throw unsupported('a UNION of interval or numrange columns under repeated column names');
      const own = printed && ((plain(s.larg) && plain(s.rarg)) || op === 'UNION') ? paddedSetColumns(left.columns, right.columns) : undefined;
      padded = own || leftPadded || rightPadded ? left.columns.map((_, i) => !!own?.[i] || !!leftPadded?.[i] || !!rightPadded?.[i]) : undefined;
      if (padded && spans) throw unsupported('a UNION of interval or numrange columns beside char(n) and text columns');
      if (padded && this.paddedLink === undefined && !top) this.linkPadding = padded;
      if (padded) {
        const compared = op === 'UNION' ? '' : s.all ? multisetOperation(op, left, right.sql) : `${left.sql} ${op} ${right.sql}`;
        sql += paddedSetOperation(op, !!s.all, left, { sql: untrimmed, columns: right.columns }, padded, compared);
      } else if (carry && (!s.all || op !== 'UNION')) {
        sql += distinctSetOperation(op, !!s.all, left, right, carry, plain(s.larg) && plain(s.rarg), (c, i) => spanKey(spanned(c, i), quoteIdent(c.name)) ?? quoteIdent(c.name));
      } else if (spans) {
        const keys = left.columns.map((c, i) => spanKey(spanned(c, i), quoteIdent(c.name)) ?? quoteIdent(c.name));
        sql += `SELECT * FROM (${left.sql} UNION ALL ${right.sql}) GROUP BY ${keys.join(', ')}`;
      } else {
        sql += s.all && op !== 'UNION' ? multisetOperation(op, left, right.sql) : `${left.sql} ${op}${s.all ? ' ALL' : ''} ${right.sql}`;
      }
      columns = setColumns(left.columns, right.columns, op === 'EXCEPT');
      const widths = padded;
      if (widths) columns = columns.map((c, i) => (widths[i] ? { ...c, type: { oid: OID.bpchar, typmod: -1 } } : c));
      if (mixed) columns = columns.map((c, i) => (mixed[i] ? { name: c.name, type: { oid: c.type?.oid === OID.numeric_array ? OID.numeric_array : OID.numeric, typmod: -1 } } : c));
    } else if (s.valuesLists) {
      checkValuesLengths(s.valuesLists as Node[]);
      if (!assign) checkValuesTypes(this, s.valuesLists as Node[]);
      // Rows written to a table take its columns' types: no common type of theirs to find.
      columns = assign ? (s.valuesLists[0].List.items as Node[]).map((e, i) => ({ name: `column${i + 1}`, type: this.typeOf(e) })) : valuesColumns(this, (s.valuesLists as Node[]).map((l) => l.List.items as Node[]));
      // A quoted literal in any row takes the column's type, as PostgreSQL's common type of the rows
      // gives it: `(VALUES ('NaN'::float8), ('-Infinity'))` holds two float8s, not a text, and
      // `(VALUES ('1'), (2))` two integers, which sort as numbers. A char(n) column's literals lose their
      // trailing blanks as its typed values do (`(VALUES ('a'::char(3)), ('a  '))` is one group), at no
      // length of their own.
      const typed = assign ?? columns.map((c) => (!c.type || ([OID.text, OID.unknown, OID.varchar, OID.name] as number[]).includes(c.type.oid) ? undefined : ({ name: c.name, type: c.type.oid === OID.bpchar ? { oid: OID.bpchar, typmod: -1 } : c.type, notNull: false, hasDefault: false, primaryKey: false, identity: null } as ColumnInfo)));
      const own = this.ownScaleMembers.get(s);
      const cell = (v: Node, i: number, sql: string) => (own?.[i] && !isNullLiteral(v) && !isNumericSpecial(v) ? `pg_numeric_text(${sql}, ${numericScale(this, v)})` : sql);
      // A numeric in a column of floats is the float it casts to (`VALUES (0.1::float8), (1.0/3)`).
      const member = (v: Node, i: number) => {
        const t = columns[i]?.type ?? null;
        return isFloat(t) && this.typeOf(v)?.oid === OID.numeric ? numericAsFloat(this.expr(v), t!) : this.expr(v);
      };
      // SQLite names a VALUES column after a bare column reference in its first row (`(VALUES (t.id))`
      // has a column "id", not column1), which a correlated VALUES then misses: unary plus, a no-op on
      // any value, makes it an expression.
      const named = (v: Node, sql: string, first: boolean) => (first && !assign && v.ColumnRef ? `+${sql}` : sql);
      const row = (items: Node[], first: boolean) =>
        items.map((v, i) => named(v, cell(v, i, assign ? storeSql(this, v, assign[i]) : isUnknownLiteral(v) ? storeSql(this, v, typed[i]) : member(v, i)), first)).join(', ');
      const displays = (items: Node[]) => (assign ? this.displayValues(items, assign).map((d) => `, ${d}`).join('') : carry ? this.valuesTexts(items, carry) : '');
      const values = valuesSql((s.valuesLists as Node[]).map((l, k) => `(${row(l.List.items as Node[], k === 0)}${displays(l.List.items as Node[])})`));
      // The texts follow the columns, named after them as a query's carried texts are (carriedDisplays).
      const carried = !assign && carry ? columns.flatMap((c, i) => (carry[i] !== undefined ? [c.name] : [])) : [];
      sql += carried.length ? `SELECT ${[...columns.map((c) => quoteIdent(c.name)), ...carried.map((n, k) => `column${columns.length + k + 1} AS ${quoteIdent(displayColumn(n))}`)].join(', ')} FROM (${values})` : values;
    } else {
      sql += 'SELECT ';
      const distinctByKeys = !!s.distinctClause && !s.groupClause && this.distinctByKeys(s);
      if (s.distinctClause && !distinctByKeys) sql += 'DISTINCT ';
      const targets = this.targetList(s.targetList ?? [], top, assign, s.groupClause || distinctByKeys ? 'aggregated' : s.distinctClause ? 'none' : 'all', this.ownScaleMembers.get(s), derived);
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
      if (s.intoClause) throw unsupported('SELECT INTO');
      if (s.fromClause) sql += ' FROM ' + (s.fromClause as Node[]).map((f) => this.fromItem(f)).join(', ');
      if (s.whereClause) booleanParams(this, [s.whereClause]);
      const where = s.whereClause ? this.condition(s.whereClause, 'WHERE') : null;
      if (this.recursiveMembers.has(s)) sql += ` WHERE ${where ? `(${where}) AND ` : ''}pg_cancel_point()`;
      else sql += this.whereWithPoint(where, s.fromClause);
      // Result columns are named in GROUP BY and ORDER BY, not in WHERE (`SELECT t … WHERE t IS NULL` is the whole row).
      for (const c of columns) this.outputNames.add(c.name);
      if (s.groupClause) {
        for (const g of s.groupClause as Node[]) {
          const at = g.A_Const?.ival ? (g.A_Const.ival.ival ?? 0) : undefined;
          const width = (s.targetList ?? []).length;
          const star = (s.targetList ?? []).some((t: Node) => t.ResTarget.val.ColumnRef?.fields.some((f: Node) => f.A_Star));
          if (at !== undefined && !star && (at < 1 || at > width)) throw new PgError(SqlState.invalidColumnReference, `GROUP BY position ${at} is not in select list`, { position: g.A_Const.location + 1 });
        }
        sql += ' GROUP BY ' + (s.groupClause as Node[]).flatMap((g) => this.rowColumns(g)).map((g) => (g.A_Const ? this.groupPosition(s, g) : this.groupItem(s, g))).join(', ');
      } else if (distinctByKeys) {
        // SQLite's DISTINCT compares the stored texts: the rows group by each column's equality key instead.
        // A constant splits no group (and SQLite would read an integer one as a column's position).
        // A copy of each: the select list's own node prints a stored numeric with its group's display text.
        sql += ' GROUP BY ' + (s.targetList as Node[]).filter((t) => !t.ResTarget.val.A_Const).map((t) => this.equalityKey(structuredClone(t.ResTarget.val))).join(', ');
      }
      if (s.havingClause && this.scope?.relations.every((r) => r.columns)) this.checkInputNames(s.havingClause, outputs);
      if (s.havingClause) sql += ' HAVING ' + this.condition(s.havingClause, 'HAVING');
      if (s.windowClause) sql += ' WINDOW ' + (s.windowClause as Node[]).map((w) => `${quoteIdent(w.WindowDef.name)} AS ${this.windowDef({ ...w.WindowDef, name: undefined })}`).join(', ');
    }
    if (s.sortClause) {
      if (!s.op || s.op === 'SETOP_NONE') this.checkSortNames(s, outputs);
      else checkSetOrder(s.sortClause as Node[], columns);
      for (const n of s.sortClause as Node[]) {
        const position = n.SortBy.node.A_Const?.ival;
        const at = position ? (position.ival ?? 0) : undefined;
        if (at !== undefined && columns && (at < 1 || at > columns.length)) throw new PgError(SqlState.invalidColumnReference, `ORDER BY position ${at} is not in select list`);
      }
      // Members that print their own scales give text: sorted by the numbers it spells, outside them.
      const keys = (s.sortClause as Node[]).map((n) => this.paddedSort(n, columns, padded) ?? this.ownScaleSort(n, columns, mixed) ?? this.typedOutputSort(n, columns) ?? this.starNumericSort(s, n, columns) ?? this.sortBy(this.sortedValue(n, computed, outputs)));
      // A compound SELECT sorts by its result columns alone in SQLite: a key computed of one sorts the rows outside it.
      const computedKey = s.op && s.op !== 'SETOP_NONE' && (s.sortClause as Node[]).some((n) => this.typedOutputSort(n, columns) !== undefined);
      if (mixed?.some((m) => m) || computedKey || padded) sql = `SELECT * FROM (${sql})`;
      sql += ' ORDER BY ' + keys.join(', ');
    }
    sql += this.limit(s);
    // A set operation's members are no result's select lists: its reg* columns print their names
    // around it (sorted and compared inside by their OIDs, as PostgreSQL compares them), read by
    // position, as its columns may share a name (`SELECT pg_typeof(a), pg_typeof(b) UNION …`).
    if (top && s.op && s.op !== 'SETOP_NONE' && this.formatsOutput && !assign && columns.some((c) => catalog.printsRegName(c.type?.oid))) {
      const at = columns.map((_, i) => quoteIdent(`c${i + 1}`));
      const printed = columns.map((c, i) => `${catalog.regColumnOutput(this, c.type?.oid, at[i]!)} AS ${quoteIdent(c.name)}`);
      sql = `SELECT ${printed.join(', ')} FROM (WITH "*SELECT*"(${at.join(', ')}) AS (${sql}) SELECT * FROM "*SELECT*")`;
    }
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
    if (!s.op || s.op === 'SETOP_NONE' || (s.all && s.op === 'SETOP_UNION') || !this.formatsOutput || this.assignTo || s.lockingClause) return undefined;
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
      const all = rows.flatMap((r) => r!.map((row) => row[i])).filter((x) => x !== -1);
      // A stored numeric[]'s elements print their written scales; the other members' print as they are.
      if (c.type?.oid === OID.numeric_array) return all.includes(OWN_TEXT);
      if (c.type?.oid !== OID.numeric) return false;
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

  /**
   * An ORDER BY item naming a result column (`… AS s ORDER BY s`, `ORDER BY 2`) whose stored text
   * does not sort in its type's order (jsonb, an enum, an interval, an array…): by the key sortKeys
   * sorts one named by its column by.
   */
  private typedOutputSort(n: Node, columns: OutputColumn[]): string | undefined {
    const key = n.SortBy.node as Node;
    const at = outputAt(key, columns);
    const type = columns[at]?.type;
    if (!type || (key.ColumnRef && this.typeOf(key)?.oid === type.oid)) return undefined;
    const sortKey = this.typedSortKey(type, () => quoteIdent(columns[at]!.name));
    return sortKey === undefined ? undefined : this.sortBy(n, false, sortKey);
  }

  /** A set operation's column whose members print their own char widths (paddedSetColumns) sorts without the padding, as bpchar compares. */
  private paddedSort(n: Node, columns: OutputColumn[], padded: boolean[] | undefined): string | undefined {
    const at = padded ? outputAt(n.SortBy.node as Node, columns) : -1;
    return padded?.[at] ? this.sortBy(n, false, `rtrim(${quoteIdent(columns[at]!.name)}, ' ')`) : undefined;
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
      countParam(this, n);
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

  protected withClause(w: Node): string {
    const ctes = (w.WithClause?.ctes ?? w.ctes) as Node[];
    const recursive = (w.WithClause?.recursive ?? w.recursive) ? 'RECURSIVE ' : '';
    checkWithNames(ctes);
    const parts = ctes.flatMap((c) => {
      const cte = c.CommonTableExpr;
      const refused = cte[SEARCH_CYCLE_ERROR] as { code: string; message: string; position?: number } | undefined;
      if (refused) throw new PgError(refused.code, refused.message, refused.position !== undefined ? { position: refused.position } : {});
      if (cte.search_clause || cte.cycle_clause) throw unsupported('SEARCH or CYCLE of a WITH query not rewritten');
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
        // `a UNION ALL b UNION ALL c` is `(a UNION ALL b) UNION ALL c`: only c may read the query.
        const early = recursiveReferences(cte.ctename, q.SelectStmt.larg).references[0];
        if (early !== undefined) throw new PgError(SqlState.invalidRecursion, `recursive reference to query "${cte.ctename}" must not appear within its non-recursive term`, { position: early + 1 });
      }
      const carried = recursive && !(q.SelectStmt?.op === 'SETOP_UNION' && q.SelectStmt.all) ? undefined : this.carriedDisplays(q, namesEvery(this, q, cte.aliascolnames));
      this.carryNext = carried;
      this.derivedNext = true;
      const body = this.select(q, false);
      if (recursive && member) this.checkRecursiveTypes(cte.ctename, q.SelectStmt.larg, member);
      else if (this.ctes.get(cte.ctename)) this.cteQueries.set(this.ctes.get(cte.ctename)!, q);
      const cols = cte.aliascolnames ? `(${columnList(names(cte.aliascolnames), body.columns, carried)})` : '';
      // As a FROM subquery's (fromItem): PostgreSQL never inlines a CTE that calls a volatile function.
      const fence = callsVolatileNode(q) ? 'MATERIALIZED ' : '';
      return [`${quoteIdent(cte.ctename)}${cols} AS ${fence}(${body.sql})`];
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
    const initialTargets = ((initial.SelectStmt ?? initial).targetList ?? []) as Node[];
    const memberTargets = ((member.SelectStmt ?? member).targetList ?? []) as Node[];
    left.forEach((l, i) => {
      const r = right[i]?.type;
      const [a, b] = [NUMBER_RANK.indexOf(l.type?.oid ?? 0), NUMBER_RANK.indexOf(r?.oid ?? 0)];
      // A typmod the recursive term's computation drops (`numeric(12,2)` beside a sum's `numeric`) is
      // another type too; a column, whose typmod this typing may not know, is left to PostgreSQL's word.
      const computed = memberTargets[i]?.ResTarget?.val?.A_Expr || memberTargets[i]?.ResTarget?.val?.FuncCall;
      const typmodLost = !!computed && !!l.type && !!r && l.type.oid === r.oid && l.type.typmod >= 0 && r.typmod < 0 && TYPMOD_KEEPING.has(r.oid);
      if (!typmodLost && (a < 0 || b <= a)) return;
      const at = locationOf(initialTargets[i]?.ResTarget?.val);
      throw new PgError(SqlState.datatypeMismatch, `recursive query "${name}" column ${i + 1} has type ${formatType(l.type!.oid, l.type!.typmod)} in non-recursive term but type ${formatType(r!.oid, -1)} overall`, {
        hint: 'Cast the output of the non-recursive term to the correct type.',
        ...(at !== undefined ? { position: at + 1 } : {}),
      });
    });
  }

  /**
   * `ownScales`: where values may print their own scales (types.ts OwnScales); `printsOwnScale`:
   * the columns a member of a result's UNION ALL formats at its own scale (mixedScaleColumns).
   */
  targetList(list: Node[], named: boolean, assign: Array<ColumnInfo | undefined> | null = null, ownScales: OwnScales = 'all', printsOwnScale?: boolean[], derived: boolean | 'text' = false): { sql: string; columns: OutputColumn[]; computed: Map<string, Node>; byName: Map<string, Node[]> } {
    const sqls: string[] = [];
    const columns: OutputColumn[] = [];
    const computed = new Map<string, Node>();
    const byName = new Map<string, Node[]>();
    if (this.schema.hasComposites()) list = list.flatMap((t) => fieldStarTargets(this, t) ?? [t]);
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
          // Less the inlined subqueries', which SQLite's `*` does not see: they follow, written out.
          const star = starColumns(this, val.ColumnRef.fields, catalog.inlinedLateralAliases(this));
          const qualifier = fields.length === 2 ? fields[0] : undefined;
          // SQLite's own `*` would show a LATERAL function's table-valued columns (value, ordinality), not its own.
          // So would a set-returning function of one column in FROM (jsonb_array_elements(t.d) e: value, ordinality).
          const listed = this.scope?.star(qualifier)?.some((c) => c.display) || this.scope?.relations.some((r) => r.columns && (qualifier === undefined || r.name === qualifier) && (r.scalar !== undefined || catalog.isLateralFunction(this, r.name) || r.system?.some((c) => c.name.startsWith(LATERAL_HIDDEN))));
          // A reg* column prints its name (regOutput), which SQLite's `*` would not.
          const regs = named && !!star?.some((c) => c.type && catalog.isRegType(c.type.oid));
          sqls.push(listed || regs ? this.starList(fields.length === 2 ? fields[0] : undefined, named && this.formatsOutput && ownScales === 'all', named) : this.expr(val));
          columns.push(...(star ?? [{ name: '*', type: null }]));
        }
        for (const c of inlined) {
          const value = catalog.lateralCopy(c.value);
          if (named && this.formatsOutput && ownScales === 'all') markScaleSpine(this, value, this.numericSpine);
          sqls.push(`(${this.expr(value)}) AS ${quoteIdent(c.name)}`);
          columns.push(outputColumn(this, c.name, c.value));
        }
        continue;
      }
      const name = rt.name ?? columnName(val);
      byName.set(name, [...(byName.get(name) ?? []), val]);
      this.outputRoot = named && this.formatsOutput ? val : null;
      if (this.outputRoot || (printsOwnScale?.[i] && numericScale(this, val) === undefined) || ((derived || (named && !this.formatsOutput)) && writesNumerics(this, val, derived === 'text'))) markScaleSpine(this, val, this.numericSpine, ownScales);
      // A row is record_out's text in a derived relation too (SQLite has no row value as a column).
      const value = assign ? storeSql(this, val, assign[i]) : val.RowExpr ? this.rowOutput(val.RowExpr.args ?? []) : this.expr(val);
      const column = outputColumn(this, name, val);
      const sql = named ? catalog.regOutput(this, val, value) : printsOwnScale?.[i] && !isNullLiteral(val) && !isNumericSpecial(val) && outputScale(column) !== undefined ? `pg_numeric_text(${value}, ${outputScale(column)})` : value;
      if (this.outputRoot && isFormattedOutput(this, val)) this.formattedOutputs.set(String(i + 1), val).set(name, val);
      // So is a row, printed as text: sorted field by field (sortBy).
      if (computedNumeric(this, val) || (named && val.RowExpr)) computed.set(String(i + 1), val).set(name, val);
      // A reg* value prints a name and sorts by its OID, read from the relation's column rather than the result's of its name.
      else if (named && catalog.printsRegName(column.type?.oid)) computed.set(String(i + 1), regSortKey(this.qualifiedColumns(val))).set(name, regSortKey(this.qualifiedColumns(val)));
      this.outputRoot = null;
      // Named even inside a subquery or CTE: the query around it refers to the names PostgreSQL gives.
      sqls.push(`${sql} AS ${quoteIdent(name)}`);
      columns.push(column);
    }
    // PostgreSQL's MaxTupleAttributeNumber, `*` counted as the columns it stands for.
    if (columns.length > MAX_TARGETS) throw new PgError(SqlState.tooManyColumns, `target lists can have at most ${MAX_TARGETS} entries`);
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
  private starList(qualifier: string | undefined, formats: boolean, named = false): string {
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
          if (named && c.type && catalog.isRegType(c.type.oid)) return `${catalog.regOutput(this, { ColumnRef: { fields: [{ String: { sval: r.name } }, { String: { sval: c.name } }] } }, ref)} AS ${quoteIdent(c.name)}`;
          return c.display && formats ? `${displayedSql(ref, `${quoteIdent(known)}.${quoteIdent(c.display.column)}`)} AS ${quoteIdent(c.name)}` : `${ref} AS ${quoteIdent(c.name)}`;
        });
      })
      .join(', ');
  }

  /** The expression with its unqualified column references qualified by the one relation of this query having the column. */
  private qualifiedColumns(n: Node): Node {
    const walk = (x: unknown): unknown => {
      if (x === null || typeof x !== 'object') return x;
      if (Array.isArray(x)) return x.map(walk);
      const ref = (x as Node).ColumnRef;
      if (ref && ref.fields.length === 1 && ref.fields[0].String) {
        const col = ref.fields[0].String.sval as string;
        const owners = this.scope?.relations.filter((r) => r.name !== '' && r.columns?.some((c) => c.name === col)) ?? [];
        return owners.length === 1 ? { ColumnRef: { ...ref, fields: [{ String: { sval: owners[0]!.name } }, ref.fields[0]] } } : x;
      }
      return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
    };
    return walk(n) as Node;
  }

  fromItem(n: Node): string {
    switch (nodeType(n)) {
      case 'RangeVar':
        return catalog.catalogFromItem(this, n.RangeVar) ?? sequenceFromItem(this, n.RangeVar) ?? this.noRows(n.RangeVar) ?? this.rangeVar(n.RangeVar, true);
      case 'JoinExpr': {
        const j = n.JoinExpr;
        if (catalog.inlineLateral(this, j)) return this.fromItem(j.larg);
        const kind = { JOIN_INNER: 'JOIN', JOIN_LEFT: 'LEFT JOIN', JOIN_RIGHT: 'RIGHT JOIN', JOIN_FULL: 'FULL JOIN' }[j.jointype as string];
        if (!kind) throw unsupported(`join type ${j.jointype}`);
        const natural = j.isNatural ? 'NATURAL ' : '';
        const joinKind = !j.quals && !j.usingClause && !j.isNatural && kind === 'JOIN' ? 'CROSS JOIN' : kind;
        // A join on the right stays one FROM item: `a LEFT JOIN (b JOIN c ON …) ON …`.
        const right = j.rarg.JoinExpr && !j.rarg.JoinExpr.alias ? `(${this.fromItem(j.rarg)})` : this.fromItem(j.rarg);
        let sql = `${this.fromItem(j.larg)} ${natural}${joinKind} ${right}`;
        if (j.usingClause) sql += ` USING (${names(j.usingClause).map(quoteIdent).join(', ')})`;
        if (j.quals) sql += ` ON ${this.condition(this.scope ? joinOnQualified(j, this.scope.relations) : j.quals, 'JOIN/ON')}`;
        const sqlOut = j.alias ? `(${sql}) AS ${quoteIdent(j.alias.aliasname)}` : sql;
        return sqlOut;
      }
      case 'RangeSubselect': {
        const r = n.RangeSubselect;
        if (r.lateral) {
          this.carryNext = rowsLateralCarried(this, r);
          const rows = this.select(rowsLateralQuery(r.subquery), false);
          const item = rowsLateralItem(this, r, rows.sql, rows.columns.map((c) => c.name));
          if (!item) throw unsupported('LATERAL');
          return item;
        }
        const carried = subqueryDisplays(this, r);
        this.carryNext = carried;
        this.derivedNext = true;
        const inner = this.select(r.subquery, false);
        // PostgreSQL does not pull up a subquery that calls a volatile function; SQLite would
        // flatten it and run the call once per use of its column (per row combination of a join:
        // a nextval drawn several times a row). OFFSET keeps SQLite from flattening it.
        const sql = callsVolatileNode(r.subquery) ? `SELECT * FROM (${inner.sql}) LIMIT -1 OFFSET 0` : inner.sql;
        if (!r.alias?.colnames) return `(${sql})${this.alias(r.alias)}`;
        // SQLite has no column aliases on a FROM item: rename the subquery's columns around it.
        const aliases = names(r.alias.colnames);
        if (inner.columns.some((c) => c.name === '*') || aliases.length > inner.columns.length) throw unsupported('these column aliases on a subquery');
        const alias = quoteIdent(r.alias.aliasname);
        // Columns of one name (`?column?` twice) are told apart by position only, as a WITH's column list does.
        if (new Set(inner.columns.map((c) => c.name)).size < inner.columns.length) return `(WITH ${alias}(${columnList(aliases, inner.columns, carried)}) AS (${sql}) SELECT * FROM ${alias}) AS ${alias}`;
        const displays = inner.columns.flatMap((c, i) => (carried?.[i] !== undefined ? [`${quoteIdent(displayColumn(c.name))} AS ${quoteIdent(displayColumn(aliases[i] ?? c.name))}`] : []));
        const renamed = [...inner.columns.map((c, i) => `${quoteIdent(c.name)} AS ${quoteIdent(aliases[i] ?? c.name)}`), ...displays].join(', ');
        return `(SELECT ${renamed} FROM (${sql})) AS ${alias}`;
      }
      case 'RangeFunction':
        checkSeriesSignatures(this, n.RangeFunction);
        return unnestedCompositeSql(this, n.RangeFunction) ?? rangeFunction(this, n.RangeFunction);
      default:
        throw unsupported(`${nodeType(n)} in FROM`);
    }
  }

  /**
   * ` WHERE …`, led by a cancellation point when a write joins two or more FROM items it can name a
   * row of (`from`): a table by its rowid, a subquery, CTE or view of plain columns by its first
   * column (cancel-point.ts). The point names a row of each, so SQLite calls it for every row
   * combination it reaches, in the innermost loop, before the other terms there can skip it; an item
   * it cannot name (a set-returning function, a subquery or view that calls a function) leaves it a
   * loop further out, which still bounds the work between two checks by that item's rows. A join without a bound then stops at
   * a cancel, a statement_timeout or its client's disconnect on every replica (reads stop from
   * outside: their thread is replaced). About 0.6 µs per combination.
   */
  protected whereWithPoint(where: string | null, from: Node[] | undefined): string {
    const rows: string[] = [];
    const name = (n: Node): void => {
      const j = n.JoinExpr;
      if (j && !j.alias) {
        name(j.larg);
        name(j.rarg);
      }
      const row = j ? undefined : this.rowName(n);
      if (row) rows.push(row);
    };
    if (this.writing) for (const n of from ?? []) name(n);
    const point = rows.length > 1 ? `pg_cancel_point(${rows.join(', ')})` : null;
    if (!point) return where ? ` WHERE ${where}` : '';
    return ` WHERE ${point}${where ? ` AND (${where})` : ''}`;
  }

  /** An expression naming the current row of FROM item `n` (whereWithPoint), if it has one that is safe to name. */
  private rowName(n: Node): string | undefined {
    // A relation a query reads whose columns are stored ones: a table, or a view of plain columns.
    const isPlain = (relname: string): boolean => {
      const t = this.ctes.has(relname) ? undefined : this.schema.lookupTable(relname);
      return !!t && (!t.view || (t.viewSql !== undefined && viewNamesPlainColumns(t.viewSql, isPlain)));
    };
    const r = n.RangeVar;
    if (r && (!r.schemaname || r.schemaname === 'public')) {
      const alias = (r.alias?.aliasname as string | undefined) ?? r.relname;
      const table = this.ctes.has(r.relname) ? undefined : this.schema.lookupTable(r.relname);
      const sqlName = r.alias ? alias : table?.sqlName ?? r.relname;
      if (table && !table.view) return `${quoteIdent(sqlName)}.rowid`;
      if (table) return isPlain(r.relname) ? this.firstColumn(alias, sqlName) : undefined;
      const query = this.cteQueries.get(this.ctes.get(r.relname) ?? []);
      return query && namesPlainColumns(query, isPlain) ? this.firstColumn(alias, sqlName) : undefined;
    }
    const sub = n.RangeSubselect;
    if (sub && !sub.lateral && sub.alias && namesPlainColumns(sub.subquery, isPlain)) return this.firstColumn(sub.alias.aliasname, sub.alias.aliasname);
    return undefined;
  }

  /** The first column of the FROM item the scope knows as `name` and SQLite as `sqlName`. */
  private firstColumn(name: string, sqlName: string): string | undefined {
    const column = this.scope?.relations.find((x) => x.name === name)?.columns?.[0];
    return column ? `${quoteIdent(sqlName)}.${quoteIdent(column.name)}` : undefined;
  }

  private alias(a: Node | undefined): string {
    if (!a) return '';
    if (a.colnames) throw unsupported('column aliases on a FROM item');
    return ` AS ${quoteIdent(a.aliasname)}`;
  }

  /** Whether `r` is ONLY a partitioned table, which holds none of the rows: they are all its partitions'. */
  private onlyPartitioned(r: Node): boolean {
    return !r.inh && !r.schemaname && !this.ctes.has(r.relname) && !!this.schema.lookupTable(r.relname)?.partitioned;
  }

  /** UPDATE's or DELETE's WHERE condition, none of the rows where the target is ONLY a partitioned table. */
  targetCondition(target: Node, where: string | null): string | null {
    return this.onlyPartitioned(target) ? `0${where ? ` AND (${where})` : ''}` : where;
  }

  /** FROM ONLY a partitioned table: none of its rows; undefined for any other FROM item. */
  private noRows(r: Node): string | undefined {
    if (!this.onlyPartitioned(r)) return undefined;
    return `(SELECT * FROM ${quoteIdent(this.schema.lookupTable(r.relname)!.sqlName)} WHERE 0) AS ${quoteIdent((r.alias?.aliasname as string | undefined) ?? r.relname)}`;
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
    // SQLite would find its own virtual table of that name (pragma_database_list, dbstat), or a relation named so but in another case.
    if (!creating && !this.ctes.has(r.relname) && !table && (isSqliteModuleName(r.relname) || this.schema.hasCaseVariant(r.relname))) {
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
      this.checkInputNames(n, outputs);
    }
  }

  /**
   * A name in `n` that only an output column has (`… count(*) AS n … HAVING n > 1`): PostgreSQL's
   * 42703, where SQLite would read the alias. Subqueries resolve their own names.
   */
  private checkInputNames(n: Node, outputs: ReadonlyMap<string, Node[]> | undefined): void {
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

  /** oneKey: the item is a window's whose RANGE frame has offsets; key: what such a frame compares in its place (window-frame.ts). */
  sortBy(n: Node, oneKey = false, key?: string): string {
    const s = n.SortBy;
    const desc = sortsDescending(s);
    // PostgreSQL sorts NULLs as larger than any value; SQLite as smaller. Say it explicitly.
    const nulls = s.sortby_nulls === 'SORTBY_NULLS_FIRST' ? 'FIRST' : s.sortby_nulls === 'SORTBY_NULLS_LAST' ? 'LAST' : desc ? 'FIRST' : 'LAST';
    // A row constructor is never NULL itself, nor a table's row but where an outer join made it up; record_cmp
    // compares it field by field, a NULL field larger than any value.
    // A composite value: NULL where NULLS puts it, then record_cmp's field-by-field order.
    const composite = key === undefined ? compositeFields(this, s.node) : undefined;
    if (composite) {
      const fields = composite.fields.flatMap((a) => this.sortKeys(a, oneKey)).map((k) => `${k}${desc ? ' DESC NULLS FIRST' : ' NULLS LAST'}`);
      return [`(${this.expr(s.node)}) IS NULL${nulls === 'FIRST' ? ' DESC' : ''}`, ...fields].join(', ');
    }
    const row = key === undefined ? ((s.node.RowExpr?.args as Node[] | undefined) ?? this.wholeRowFields(s.node)) : undefined;
    if (row) {
      return row
        .flatMap((a) => this.sortKeys(a, oneKey))
        .map((k) => `${k}${desc ? ' DESC NULLS FIRST' : ' NULLS LAST'}`)
        .join(', ');
    }
    return (key !== undefined ? [key] : this.sortKeys(s.node, oneKey))
      .map((key) => `${key}${desc ? ' DESC' : ''} NULLS ${nulls}`)
      .join(', ');
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
    // So is a stored numeric's display text, which a group shows (pg_group_display) and DISTINCT would
    // drop, also through arithmetic of it (`DISTINCT price * qty`), and the text of branches of their
    // own scales (`coalesce(n, 2)`), which would keep 2 and 2.00.
    return targets.some((t) => spanKey(this.typeOf(t.ResTarget.val)?.oid, '') !== undefined || this.ofStoredNumeric(t.ResTarget.val) || !!mixedScaleBranches(this, t.ResTarget.val, false, true));
  }

  /** A numeric that is a stored numeric column printing its display text, or computed of one. */
  private ofStoredNumeric(n: Node): boolean {
    if (this.typeOf(n)?.oid !== OID.numeric) return false;
    const reads = (x: unknown): boolean => {
      if (!x || typeof x !== 'object') return false;
      if (Array.isArray(x)) return x.some(reads);
      const node = x as Node;
      if (node.SubLink) return false;
      return (!!node.ColumnRef && storedDisplay(this, node) !== undefined) || Object.values(node).some(reads);
    };
    return reads(n);
  }

  /**
   * What ORDER BY compares: an enum sorts by its labels' order, as PostgreSQL's enum_cmp; a
   * computed numeric may be a BLOB (more digits than a REAL keeps), which SQLite sorts after every
   * number: it sorts by its nearest REAL, then, among values of the same REAL, by how far from it
   * each is (exact). The ORDER BY of a window whose RANGE frame has offsets (`oneKey`) keeps the
   * one key, which SQLite adds the offset to.
   */
  private sortKeys(n: Node, oneKey: boolean): string[] {
    const t = this.typeOf(n);
    const typed = this.typedSortKey(t, () => this.expr(n));
    if (typed !== undefined) return [typed];
    if (!computedNumeric(this, n)) return [this.expr(n)];
    const key = `pg_num_key(${this.expr(n)})`;
    return oneKey || (n.ColumnRef && !mayBeBlob(t)) ? [key] : [key, `pg_num_residue(${this.expr(n)})`];
  }

  typedSortKeyOf(n: Node): string | undefined {
    return this.typedSortKey(this.typeOf(n), () => this.expr(n));
  }

  /** What a value of type `t` (`sql` its SQL) sorts by where its stored text does not sort in the type's order; undefined where it does. */
  private typedSortKey(t: PgTypeInfo | null, sql: () => string): string | undefined {
    const e = t ? this.schema.enumByOid(t.oid) : undefined;
    if (e) return `pg_enum_rank(${sql()}, ${quoteString(JSON.stringify(e.labels.map((l) => l.label)))})`;
    if (t && arrayElementOid(t.oid) !== 0) return `pg_array_sort_key(${comparedElements(t.oid, sql())}, ${NUMBER_ELEMENTS.has(arrayElementOid(t.oid)) ? 1 : this.rowElements(t.oid) ? 2 : 0})`;
    // An interval is stored as its text: it sorts by interval_cmp's span (a month 30 days, a day 24 hours).
    if (t?.oid === OID.interval) return `pg_interval_key(${sql()})`;
    if (t?.oid === OID.inet || t?.oid === OID.cidr) return `pg_inet_key(${sql()})`;
    if (t?.oid === OID.timetz) return `pg_timetz_key(${sql()})`;
    // An hstore sorts by hstore_cmp, not by its text.
    if (t?.oid === OID.hstore) return `pg_hstore_key(${sql()})`;
    if (isRange(t)) return `pg_range_key(${sql()}, ${rangeKind(t!.oid)})`;
    if (isMultirange(t)) return `pg_multirange_key(${sql()}, ${t!.oid})`;
    if (t?.oid === OID.jsonb) return `pg_jsonb_sort_key(${sql()})`;
    // An anonymous record (a breadth-first SEARCH column) is record_out's text: record_cmp orders it field by field.
    if (t?.oid === OID.record) return `pg_record_sort_key(${sql()})`;
    // Their stored texts do not sort as tsvector_cmp and tsquery_cmp order them.
    if (t?.oid === OID.tsvector || t?.oid === OID.tsquery) throw unsupported(`ORDER BY a ${formatType(t.oid, -1)}`);
    return undefined;
  }

  /**
   * The display texts (dialect/catalog/numeric-display.ts) a derived table's query carries beside
   * its result columns, for the query around it to print its values with their scales: per
   * column, the SQL of the display column a column or `*` of it reads, else undefined; undefined
   * where it carries none. Only a plain select: DISTINCT, GROUP BY and aggregates make values equal
   * at different scales one (which one PostgreSQL shows depends on its plan), as set operations
   * and VALUES do, and a query a rewrite in select() changes would lose the columns it names.
   */
  derivedSelect(query: Node): string {
    this.carryNext = this.carriedDisplays(query);
    this.derivedNext = true;
    return this.select(query, false).sql;
  }

  carriedDisplays(query: Node, positional = false): Array<string | undefined> | undefined {
    if (keptPart(query) !== undefined) return this.keptDisplays(query);
    const s = query.SelectStmt;
    if (!s) return undefined;
    const unnested = (mixedSetReturning(s) ? undefined : selectListArrays(s)) ? undefined : lateralUnnestQuery(s);
    if (unnested) return this.carriedDisplays({ SelectStmt: unnested }, positional);
    if (!this.carried.has(s)) {
      const mode = this.plainSelect(s) ? 'plain' : this.plainSelect(s, true) ? 'grouped' : this.distinctSelect(s) ? 'distinct' : undefined;
      this.carried.set(s, mode ? this.targetDisplays(s, mode, positional) : s.valuesLists ? this.valuesDisplays(s) : this.setOperationDisplays(s, positional));
    }
    return this.carried.get(s) ?? undefined;
  }

  /**
   * A UNION ALL of plain selects: each row keeps its member's texts, so a column carries one where a
   * member does (memberCarries, NULL for the others, which print their values as stored). UNION,
   * INTERSECT and EXCEPT of such would compare those texts (1.5 and 1.50 are one row): they keep
   * the text of their rows' group (distinctSetOperation), their left side's for INTERSECT and EXCEPT.
   * A UNION ALL read by position (`positional`: a column list names its columns) carries the texts
   * of columns of one name too.
   */
  private setOperationDisplays(s: Node, positional: boolean): Array<string | undefined> | null {
    const members: Node[] = [];
    const collect = (m: Node): boolean => {
      const b = m.SelectStmt ?? m;
      if (b.op === 'SETOP_UNION' && b.all && !b.sortClause && !b.limitCount && !b.limitOffset && !b.withClause) return collect(b.larg) && collect(b.rarg);
      // A UNION, INTERSECT or EXCEPT inside a UNION (`SELECT 1.5 UNION SELECT 2 UNION SELECT 2.50`) carries its rows' texts as a member.
      const nested = s.op === 'SETOP_UNION' && b.op && b.op !== 'SETOP_NONE' && !b.all && !b.sortClause && !b.limitCount && !b.limitOffset && !b.withClause;
      if ((b.op && b.op !== 'SETOP_NONE' && !nested) || b.valuesLists) return false;
      members.push(b);
      return true;
    };
    if (!s.op || s.op === 'SETOP_NONE' || !collect(s.larg) || !collect(s.rarg)) return null;
    // A member's columns are taken by position, whatever their names.
    const own = members.map((m) => this.carriedDisplays({ SelectStmt: m }, true));
    const columns = selectColumns(this, { SelectStmt: s }) ?? [];
    const width = columns.length;
    // The rows are grouped by their columns' names, and a query around names the texts after them.
    const unique = (name: string) => columns.filter((c) => c.name === name).length === 1;
    if ((!s.all || s.op !== 'SETOP_UNION') && !columns.every((c) => unique(c.name))) return null;
    const carried = columns.map((c, i) => ((positional || unique(c.name)) && own.some((o) => o?.[i] !== undefined) ? UNION_TEXT : undefined));
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
    if (!s.distinctClause?.every((d: Node) => Object.keys(d).length === 0) || s.groupClause || (s.fromClause ?? []).length !== 1) return undefined;
    return this.spelledStar(s, ([r]) => !!r!.columns!.some((c) => c.display) && new Set(r!.columns!.map((c) => c.name)).size === r!.columns!.length, true);
  }

  /**
   * The query with its select list's `*` and `t.*` spelled out as the columns they stand for, where
   * `wanted` takes the relations (named, their columns known, no USING or NATURAL join's merged
   * ones); `one`: of one relation only. Undefined where there is no `*` or it cannot be spelled.
   */
  private spelledStar(s: Node, wanted: (relations: ScopeRelation[]) => boolean, one = false): Node | undefined {
    const targets = (s.targetList ?? []) as Node[];
    const star = (t: Node) => names(t.ResTarget.val.ColumnRef?.fields ?? []).at(-1) === '*';
    if (!targets.some(star)) return undefined;
    const saved = enterSelectScope(this, s);
    try {
      const relations = this.scope?.relations.filter((r) => !r.starless) ?? [];
      if (!relations.length || (one && relations.length !== 1) || relations.some((r) => !r.name || !r.columns || r.merged || r.usingNames) || !wanted(relations)) return undefined;
      const columns = (r: ScopeRelation) => r.columns!.map((c) => ({ ResTarget: { name: c.name, val: { ColumnRef: { fields: [{ String: { sval: r.name } }, { String: { sval: c.name } }] } } } }));
      const spell = (t: Node) => {
        const fields = names(t.ResTarget.val.ColumnRef.fields);
        const named = fields.length === 2 ? relations.filter((r) => r.name === fields[0]) : [];
        return fields.length === 1 ? relations.flatMap(columns) : named.length === 1 ? columns(named[0]!) : undefined;
      };
      const spelled = targets.map((t) => (star(t) ? spell(t) : [t]));
      return spelled.every((x) => x !== undefined) ? { ...s, targetList: spelled.flat() } : undefined;
    } finally {
      leaveScope(this, saved);
    }
  }

  /**
   * `GROUP BY 1`: SQLite's position, but where it names a stored numeric, which prints its group's
   * display text (pg_group_display, an aggregate SQLite's GROUP BY may not name), or an expression
   * of one (`SELECT price * 2, count(*) … GROUP BY 1`): that entry's key.
   */
  private groupPosition(s: Node, g: Node): string {
    const target = ((s.targetList ?? []) as Node[])[(g.A_Const.ival?.ival ?? 0) - 1]?.ResTarget.val as Node | undefined;
    // A select-list entry printed with its group's text groups by its value (a copy, out of the spine).
    return target && ((target.ColumnRef && storedDisplay(this, target)) || this.readsGroupDisplay(target)) ? this.equalityKey(structuredClone(target)) : this.expr(g);
  }

  /**
   * A GROUP BY item: an output column's name that no FROM column has (`SELECT price * 2 AS d …
   * GROUP BY d`) names its entry, which groups by its key where it prints its group's text, as
   * groupPosition's.
   */
  private groupItem(s: Node, g: Node): string {
    const name = g.ColumnRef?.fields.length === 1 ? names(g.ColumnRef.fields)[0] : undefined;
    const input = (r: { columns: Array<{ name: string }> | null }) => !r.columns || r.columns.some((c) => c.name === name);
    const named = name === undefined || this.scope?.relations.some(input) ? undefined : ((s.targetList ?? []) as Node[]).filter((t) => t.ResTarget.name === name);
    const target = named?.length === 1 ? (named[0]!.ResTarget.val as Node) : undefined;
    return target && this.readsGroupDisplay(target) ? this.equalityKey(structuredClone(target)) : this.equalityKey(g);
  }

  /** Whether an expression prints some part of it with its group's display text (markScaleSpine's groupedDisplays). */
  private readsGroupDisplay(n: unknown): boolean {
    if (!n || typeof n !== 'object') return false;
    if (Array.isArray(n)) return n.some((x) => this.readsGroupDisplay(x));
    return this.groupedDisplays.has(n as Node) || Object.values(n as Node).some((v) => this.readsGroupDisplay(v));
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
   * change as it is computed twice carries none. So does a numeric(p,s) member of a set operation
   * (`positional`), whose column is an unconstrained numeric the other members' scales may print.
   */
  private computedDisplay(s: Node, val: Node, i: number, positional: boolean): string | undefined {
    const type = this.typeOf(val);
    const constrained = positional && type?.oid === OID.numeric && type.typmod >= 0;
    if ((val.ColumnRef && !constrained) || !repeatable(val, s.windowClause ?? []) || isNullValue(val)) return undefined;
    // A numeric[] whose elements print their own scales (`ARRAY[1.50, 2.0]`, `$1::numeric[]`) carries
    // them as an unconstrained numeric[] column's display does (displayText).
    if (type?.oid === OID.numeric_array && type.typmod < 0 && (this.elementTexts(val, true) !== undefined || aggregatedNumerics(this, val))) return this.computedText(s, val, i);
    if (type?.oid !== OID.numeric || (type.typmod >= 0 && !constrained)) return undefined;
    if (numericScale(this, val) === undefined && !val.ParamRef && !markScaleSpine(this, val, new WeakSet<Node>())) return undefined;
    return this.computedText(s, val, i);
  }

  /** Marks the select's column `i` as carrying the display text its value is computed again as. */
  private computedText(s: Node, val: Node, i: number): string {
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
          out.push({ name: t.ResTarget.name ?? columnName(val), display: ofAggregates(val) ? this.computedDisplay(s, val, out.length, positional) : undefined });
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
        else out.push({ name: t.ResTarget.name ?? columnName(val), display: stored ?? this.computedDisplay(s, val, out.length, positional) });
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
      out.push(c.type.oid === OID.numeric_array ? this.arrayDisplay(v) : this.displayText(v, () => storeSql(this, v, c)));
    }
    return out;
  }

  /**
   * A repeatable numeric's display text, computed again as decimal text at its own scale: where
   * its scale is known (`value`: its SQL as a number), a parameter's text as sent, or its scale
   * spine (markScaleSpine); NULL where none tells.
   */
  /** A numeric[]'s display text (arrayDisplaySql); array_agg's writes each value with its scale where its argument is marked (types.ts markScaleSpine). */
  private arrayDisplay(v: Node): string {
    const aggregated = aggregatedNumerics(this, v);
    if (!aggregated) return arrayDisplaySql(this, v);
    markScaleSpine(this, aggregated, this.numericSpine);
    return `pg_numeric_display_of(${this.expr(v)})`;
  }

  private displayText(v: Node, value: () => string): string {
    if (this.typeOf(v)?.oid === OID.numeric_array) return this.arrayDisplay(v);
    const scale = numericScale(this, v);
    if (scale !== undefined) return `pg_numeric_display_of(pg_numeric_text(${value()}, ${scale}))`;
    if (v.ParamRef) {
      // Bound as the decimal text it was sent as (translate.ts displayedParams).
      this.params.push(-v.ParamRef.number);
      return `pg_numeric_display_of(${paramSlot(-v.ParamRef.number)})`;
    }
    if (markScaleSpine(this, v, this.numericSpine)) return `pg_numeric_display_of(${this.expr(v)})`;
    return 'NULL';
  }

}

/** array_agg's numeric argument, where its values print their own scales (`array_agg(v ORDER BY id)` of a stored column). */
function aggregatedNumerics(em: EmitContext, n: Node): Node | undefined {
  const f = n.FuncCall;
  const arg = f && !f.over && names(f.funcname).at(-1) === 'array_agg' ? (f.args?.[0] as Node | undefined) : undefined;
  return arg && em.typeOf(arg)?.oid === OID.numeric && markScaleSpine(em, arg, new WeakSet<Node>()) ? arg : undefined;
}

/** Element types whose arrays keep NaN and the infinities as their names (pg_array_sort_key). */
const typed = (arg: Node, type: string): Node => ({ TypeCast: { arg, typeName: { names: [{ String: { sval: type } }], typemod: -1 } } });
const constant = (v: number | string): Node => ({ A_Const: typeof v === 'number' ? { ival: { ival: v } } : { sval: { sval: v } } });

/**
 * How a reg* result sorts: a built-in object by its OID, as in PostgreSQL (pg_range's order by
 * rngtypid); a user's after them by its name, since evsql's OIDs of user objects, unlike
 * PostgreSQL's, do not follow the order they were made in (partitions by `tableoid::regclass`).
 */
function regSortKey(v: Node): Node {
  const oid = typed(v, 'oid');
  const builtin: Node = { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '<' } }], lexpr: oid, rexpr: constant(FIRST_USER_OID) } };
  const byOid: Node = { FuncCall: { funcname: [{ String: { sval: 'lpad' } }], args: [typed(oid, 'text'), constant(10), constant('0')] } };
  const byName: Node = { A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '||' } }], lexpr: constant('~'), rexpr: typed(v, 'text') } };
  return { CaseExpr: { args: [{ CaseWhen: { expr: builtin, result: byOid } }], defresult: byName } };
}

/** PostgreSQL's FirstNormalObjectId: the OIDs of the objects a database's users make start here. */
const FIRST_USER_OID = 16384;

/** The most entries a target list may have (PostgreSQL's MaxTupleAttributeNumber). */
const MAX_TARGETS = 1664;

const NUMBER_ELEMENTS = new Set<number>([OID.numeric, OID.float4, OID.float8]);

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

/** The result column an ORDER BY key names, by position or name; -1 for another expression. */
function outputAt(key: Node, columns: OutputColumn[]): number {
  return key.A_Const?.ival !== undefined ? (key.A_Const.ival.ival ?? 0) - 1 : key.ColumnRef?.fields.length === 1 ? columns.findIndex((c) => c.name === names(key.ColumnRef.fields)[0]) : -1;
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
 * PostgreSQL's planner refuses to lock a table on the nullable side of an outer join (0A000; every
 * table is locked without OF): Django's select_for_update() beside a select_related() of a nullable
 * foreign key meets it. The planner first makes an outer join inner where WHERE or an inner join's
 * condition rejects the NULLs of its side (reduce_outer_joins): a side such a condition names is
 * left alone here, whether or not the condition rejects NULLs, so that no query PostgreSQL runs is
 * refused. A WITH query, a function or VALUES take no lock; a subquery's goes to the tables it reads.
 */
function checkNullableLocks(s: Node, ctes: ReadonlyMap<string, unknown>, columnsOf: (relname: string) => string[] | undefined): void {
  const withNames = new Set([...ctes.keys(), ...((s.withClause?.ctes ?? []) as Node[]).map((c) => c.CommonTableExpr.ctename as string)]);
  // Each nullable item's name, with its table's where it is one (for the columns a bare name may be of).
  const nullable = new Map<string, string | undefined>();
  const conditions: unknown[] = [s.whereClause];
  const collect = (f: Node, outer: boolean): void => {
    if (f.JoinExpr) {
      const type = f.JoinExpr.jointype as string;
      // An inner join's condition inside a nullable side rejects no NULLs of the outer join.
      if (type === 'JOIN_INNER' && !outer) conditions.push(f.JoinExpr.quals);
      collect(f.JoinExpr.larg, outer || type === 'JOIN_RIGHT' || type === 'JOIN_FULL');
      collect(f.JoinExpr.rarg, outer || type === 'JOIN_LEFT' || type === 'JOIN_FULL');
      return;
    }
    const rv = f.RangeVar;
    const sub = f.RangeSubselect;
    const name = (sub?.alias?.aliasname ?? rv?.alias?.aliasname ?? rv?.relname) as string | undefined;
    if (!outer || name === undefined) return;
    if (rv && !(rv.schemaname === undefined && withNames.has(rv.relname))) nullable.set(name, rv.relname);
    else if (sub && !sub.lateral && JSON.stringify(sub.subquery).includes('"RangeVar"')) nullable.set(name, undefined);
  };
  for (const f of (s.fromClause ?? []) as Node[]) collect(f, false);
  if (nullable.size === 0) return;
  // The names the conditions use, subqueries' too (the planner pulls EXISTS and IN up into joins first).
  const qualifiers = new Set<string>();
  const bare = new Set<string>();
  const use = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const fields = (n as Node).ColumnRef ? names((n as Node).ColumnRef.fields) : undefined;
    if (fields && fields.length > 1) qualifiers.add(fields.at(-2)!);
    else if (fields) bare.add(fields[0]!);
    else for (const v of Object.values(n)) use(v);
  };
  use(conditions);
  const named = (name: string): boolean => {
    const table = nullable.get(name);
    const columns = table === undefined ? undefined : columnsOf(table);
    return qualifiers.has(name) || [...bare].some((c) => !columns || columns.includes(c));
  };
  for (const c of s.lockingClause as Node[]) {
    const rels = (c.LockingClause.lockedRels ?? []) as Node[];
    const locked = rels.length ? rels.map((r) => r.RangeVar?.relname as string) : [...nullable.keys()];
    if (locked.some((n) => nullable.has(n) && !named(n))) throw new PgError(SqlState.featureNotSupported, `${lockClause(c)} cannot be applied to the nullable side of an outer join`);
  }
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
  // A scalar subquery answers the same twice in one row's evaluation (both read the same state)
  // unless it calls something that may answer otherwise or write: only known functions pass.
  if (n.SubLink) return n.SubLink.subLinkType === 'EXPR_SUBLINK' && callsOnly(n.SubLink.subselect, SUBQUERY_FUNCTIONS);
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

/**
 * A set operation is sorted by its result's columns, named or numbered: an expression is 0A000, a
 * name of none of them 42703 (SQLite's errors have no SQLSTATE).
 */
function checkSetOrder(sortClause: Node[], columns: OutputColumn[]): void {
  const unknown = sortClause.map((n) => n.SortBy.node as Node).find((n) => n.ColumnRef?.fields.length === 1 && n.ColumnRef.fields[0].String && !columns.some((c) => c.name === names(n.ColumnRef.fields)[0]));
  if (unknown) throw new PgError(SqlState.undefinedColumn, `column "${names(unknown.ColumnRef.fields)[0]}" does not exist`, unknown.ColumnRef.location >= 0 ? { position: unknown.ColumnRef.location + 1 } : {});
  // The result has no tables: a qualified name names none.
  const qualified = sortClause.map((n) => n.SortBy.node as Node).find((n) => n.ColumnRef?.fields.length > 1 && n.ColumnRef.fields[0].String);
  if (qualified) throw new PgError(SqlState.undefinedTable, `missing FROM-clause entry for table "${names(qualified.ColumnRef.fields)[0]}"`, qualified.ColumnRef.location >= 0 ? { position: qualified.ColumnRef.location + 1 } : {});
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

/**
 * An aggregate, or constants, arithmetic, choices and repeatable functions of aggregates
 * (`round(avg(x)::numeric, 2)`): no column outside an aggregate's arguments.
 */
function ofAggregates(n: Node): boolean {
  const f = n.FuncCall;
  if (f && AGGREGATES.has(names(f.funcname).at(-1)!) && !f.over) return true;
  if (f && REPEATABLE_FUNCTIONS.has(names(f.funcname).at(-1)!) && !f.over && !f.agg_star && !f.agg_distinct && !f.agg_order && !f.agg_filter) return ((f.args ?? []) as Node[]).every(ofAggregates);
  if (n.ColumnRef) return false;
  if (n.A_Const) return true;
  if (n.TypeCast) return ofAggregates(n.TypeCast.arg);
  const e = n.A_Expr;
  if (e?.kind === 'AEXPR_OP' || e?.kind === 'AEXPR_NULLIF') return (!e.lexpr || ofAggregates(e.lexpr)) && ofAggregates(e.rexpr);
  const branches = n.CoalesceExpr?.args ?? n.MinMaxExpr?.args;
  return !!branches && (branches as Node[]).every(ofAggregates);
}

// array_lower: a lateral unnest's element is read at its position (select-list-arrays.ts).
// The numeric math functions too: a derived query's `power(3.10, 2)` carries 9.6100000000000000, which numeric_power answers.
const REPEATABLE_FUNCTIONS = new Set(['abs', 'mod', 'round', 'trunc', 'avg', 'sum', 'min', 'max', 'array_agg', 'array_lower', 'array_append', 'array_prepend', 'array_cat', 'power', 'pow', 'sqrt', 'exp', 'ln', 'log', 'log10', 'div', 'ceil', 'ceiling', 'floor', 'sign']);

const SUBQUERY_FUNCTIONS = new Set([...REPEATABLE_FUNCTIONS, 'count']);

/** Whether every function a node's tree calls is one of `allowed` (by its last name). */
function callsOnly(n: unknown, allowed: ReadonlySet<string>): boolean {
  if (Array.isArray(n)) return n.every((x) => callsOnly(x, allowed));
  if (n === null || typeof n !== 'object') return true;
  const f = (n as Node).FuncCall;
  if (f && !allowed.has(names(f.funcname).at(-1)!)) return false;
  return Object.values(n).every((x) => callsOnly(x, allowed));
}

function checkSetLiterals(columns: OutputColumn[], member: Node): void {
  const targets = ((member.SelectStmt ?? member).targetList ?? []) as Node[];
  targets.forEach((t, i) => {
    const literal = t.ResTarget?.val?.A_Const?.sval?.sval as string | undefined;
    const type = columns[i]?.type;
    if (literal !== undefined && type && ([OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8] as number[]).includes(type.oid)) decodeTextParam(literal, type.oid);
  });
}

/** Whether a node's JSON calls a volatile function, which a subquery run once per column would call again. */
export const callsVolatile = (text: string): boolean => [...VOLATILE_FUNCTIONS].some((f) => text.includes(`{"String":{"sval":"${f}"}}`));

/** The numbers in the order select_common_type widens them. */
const NUMBER_RANK: number[] = [OID.int2, OID.int4, OID.int8, OID.numeric, OID.float4, OID.float8];

/** Where a member of a recursive query names the query (outside its subqueries), and its first aggregate call there. */
function recursiveReferences(name: string, member: Node): { references: number[]; aggregate?: number } {
  const references: number[] = [];
  let aggregate: number | undefined;
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as Node;
    if (node.RangeVar?.relname === name && !node.RangeVar.schemaname) references.push(node.RangeVar.location);
    if (node.SubLink || node.RangeSubselect) return;
    if (aggregate === undefined && node.FuncCall && !node.FuncCall.over && AGGREGATES.has(names(node.FuncCall.funcname).at(-1)!)) aggregate = node.FuncCall.location;
    Object.values(node).forEach(visit);
  };
  visit(member);
  return { references, aggregate };
}

/** PostgreSQL's checkWellFormedRecursion: the recursive term names its query once, and aggregates nothing. */
function checkRecursiveTerm(name: string, member: Node): void {
  const { references: refs, aggregate } = recursiveReferences(name, member);
  if (refs.length > 1) throw new PgError(SqlState.invalidRecursion, `recursive reference to query "${name}" must not appear more than once`, { position: refs[1]! + 1 });
  if (aggregate !== undefined) throw new PgError(SqlState.invalidRecursion, "aggregate functions are not allowed in a recursive query's recursive term", { position: aggregate + 1 });
}

/** The types whose typmod an expression of them may drop (a sum of numeric(12,2)s is a numeric). */
const TYPMOD_KEEPING = new Set<number>([OID.numeric, OID.varchar, OID.bpchar]);

/** A member column of a UNION ALL whose values are written as decimal texts at their own scales (markScaleSpine). */
const OWN_TEXT = -2;

/** carriedDisplays's mark of a computed result column whose text is computed beside it (Emitter.computedDisplay). */
const COMPUTED_TEXT = 'computed';

/**
 * UNION, INTERSECT or EXCEPT of members that write their values' display texts beside them
 * (Emitter.setOperationDisplays): the rows compared by their values, each carrying its group's
 * text (pg_group_display, 0A000 where they differ), of both sides for UNION, else of the left
 * side, whose rows INTERSECT and EXCEPT answer. PostgreSQL keeps a group's first row, the first
 * its plan reads where it hashes or sorts fewer than 7 rows (an insertion sort, which keeps equal
 * rows in order): a UNION of two plain members (`ordered`) reads the left one first, so its group
 * of 1.0 on the left and 1.00 on the right prints 1.0 — where the rows are so few. A group that
 * mixes texts within one member prints the first in the table's physical order, which evsql's is
 * not, and one among more rows the plan's choice of a hash or an unstable sort: still 0A000.
 */
function distinctSetOperation(op: string, all: boolean, left: { sql: string; columns: OutputColumn[] }, right: { sql: string; columns: OutputColumn[] }, carry: Array<string | undefined>, ordered: boolean, key: (c: OutputColumn, i: number) => string): string {
  const values = left.columns.map((c) => quoteIdent(c.name));
  const displays = left.columns.flatMap((c, i) => (carry[i] !== undefined ? [quoteIdent(displayColumn(c.name))] : []));
  const grouped = (from: string, order = '') => `SELECT ${[...values, ...displays.map((d) => `pg_group_display(${d}${order}) AS ${d}`)].join(', ')} FROM (${from}) GROUP BY ${left.columns.map(key).join(', ')}`;
  if (op === 'UNION' && ordered) {
    const members = `SELECT *, 0 AS "evsql.member" FROM (${left.sql}) UNION ALL SELECT *, 1 FROM (${right.sql})`;
    return grouped(`SELECT *, count(*) OVER () AS "evsql.rows" FROM (${members})`, ', "evsql.member", "evsql.rows"');
  }
  if (op === 'UNION') return grouped(`${left.sql} UNION ALL ${right.sql}`);
  // The right member's values by position (its names may repeat: `SELECT 10, 10`), its texts after them as the left's.
  const positions = [...values, ...displays].map((_, i) => `"evsql.k${i + 1}"`);
  const rightValues = `SELECT * FROM (WITH "evsql.k"(${positions.join(', ')}) AS (${right.sql}) SELECT ${positions.slice(0, values.length).join(', ')} FROM "evsql.k")`;
  const leftValues = `SELECT ${values.join(', ')} FROM (${left.sql})`;
  // INTERSECT ALL and EXCEPT ALL print each copy they keep as SetOp does: with its group's first row.
  const kept = all ? multisetOperation(op, { sql: leftValues, columns: left.columns }, rightValues) : `${leftValues} ${op} ${rightValues}`;
  // EXCEPT keeps the left member's first row of a group; INTERSECT reads first the side the planner
  // estimates has fewer groups, so its text is one both sides' rows share (else 0A000).
  // Only the groups kept are judged: one printed two ways that the operation removes is no matter.
  const match = (a: string, b: string) => values.map((v) => `${a}.${v} IS ${b}.${v}`).join(' AND ');
  const source = op === 'INTERSECT' ? `${left.sql} UNION ALL ${right.sql}` : left.sql;
  const texts = grouped(`SELECT * FROM (${source}) AS l WHERE EXISTS (SELECT 1 FROM (${kept}) AS k WHERE ${match('l', 'k')})`);
  return `SELECT x.* FROM (${texts}) AS x JOIN (${kept}) AS y ON ${match('x', 'y')}`;
}

/**
 * A set operation's column of char(n) beside text or varchar is a bpchar (select_common_type keeps
 * the first member's type: each casts to the other implicitly), so its values meet without their
 * trailing blanks: the right member's lose theirs, as the char(n) values are kept without them.
 */
function blankTrimmed(left: OutputColumn[], right: { sql: string; columns: OutputColumn[] }): string {
  const trim = left.map((c, i) => c.type?.oid === OID.bpchar && (right.columns[i]?.type?.oid === OID.text || right.columns[i]?.type?.oid === OID.varchar));
  if (!trim.some((t) => t)) return right.sql;
  const cols = right.columns.map((_, i) => `"evsql.c${i + 1}"`);
  return `SELECT * FROM (WITH "evsql.r"(${cols.join(', ')}) AS (${right.sql}) SELECT ${cols.map((c, i) => (trim[i] ? `rtrim(${c}, ' ')` : c)).join(', ')} FROM "evsql.r")`;
}

/** carriedDisplays's mark of a set operation's column whose members carry their values' texts. */
const UNION_TEXT = 'union';

/** carriedDisplays's mark of a VALUES column whose rows carry their values' texts. */
const VALUES_TEXT = 'values';

/**
 * A FROM subquery's, CTE's, view's or CREATE TABLE AS query's JSON or text column writes the numerics
 * it is made of as numeric_out prints them (`WITH c AS (SELECT jsonb_build_object('v', v) …)` is
 * `{"v": 1.50}`): that text is the value the query around it, or the table, reads, compares and
 * prints. A numeric column carries its display apart.
 */
function writesNumerics(em: EmitContext, val: Node, textOnly: boolean): boolean {
  const oid = em.typeOf(val)?.oid;
  return oid === OID.text || (!textOnly && (oid === OID.json || oid === OID.jsonb));
}
