/**
 * Emits SQLite SQL from a PostgreSQL parse tree. One emitter per statement: it collects the
 * parameter order (SQLite's `?` are positional; PostgreSQL's `$n` may repeat and come in any
 * order), the result column names PostgreSQL would give, and the types it can tell statically
 * (types.ts).
 *
 * The emitter is built in three layers, one file each: expressions (emit-expressions.ts), queries
 * (emit-query.ts), and here the data-modifying statements, INSERT, UPDATE and DELETE with their
 * ON CONFLICT and RETURNING clauses. What cannot be expressed in SQLite raises 0A000 naming the
 * construct, never a SQLite message.
 */
import { compositeField, fieldAssignmentSql } from './composites.js';
import { PgError, SqlState } from '../../pg/errors.js';
import { OID, arrayElementOid, formatType } from '../../pg/types/registry.js';
import { quoteIdent } from '../sqlite-quote.js';
import { booleanParams } from './untyped-params.js';
import { type Node, nodeType, names } from './parse.js';
import { locationOf } from './node-location.js';
import { unsupported } from './unsupported.js';
import { valuesSql } from './values-list.js';
import { hasAggregate } from './functions.js';
import { Scope, type ScopeRelation } from './scope.js';
import { enterDmlScope, enterRelations, leaveScope, underOwnName } from './name-resolution.js';
import type { ColumnInfo, TableInfo } from './schema.js';
import { onceEach } from './upsert-once.js';
import { assignedSetOperation } from './set-operation-insert.js';
import { insertedColumn, insertedTests, markedWhere } from './upsert-inserted.js';
import { constraintColumns, drawnColumns, insertTargets, leadingColumns, storeSql, updateTarget } from './normalize.js';
import { drawSql } from '../catalog/sequences.js';
import { lateralJoins, registerLaterals } from './catalog-queries.js';
import { joinedReturning, deleteUsing, starReturning, unqualifiedReturning } from './rewrite.js';
import { type OutputColumn, isNullLiteral, isNumber, isUnknownLiteral } from './types.js';
import { QueryEmitter, callsVolatile } from './emit-query.js';

export class Emitter extends QueryEmitter {
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
    const tests = this.schema.lookupTable(s.relation.relname)?.column('xmax') ? undefined : insertedTests(s);
    const inserting = tests && this.schema.lookupTable(s.relation.relname);
    if (tests) s = s.returningClause ? { ...s, returningClause: { ...s.returningClause, exprs: tests } } : { ...s, returningList: tests };
    const outerScope = enterDmlScope(this, s);
    if (inserting) {
      const target = this.scope!.relations[0]!;
      target.system = [...(target.system ?? []), insertedColumn(inserting)];
    }
    let sql = s.withClause ? this.withClause(s.withClause) + ' ' : '';
    sql += `INSERT INTO ${this.rangeVar(s.relation, false)}`;
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
      sql += list + ' ' + (onceEach(this.schema, s, columns, named.length, values, rows.length, (n) => this.expr(n)) ?? values);
    } else if (s.selectStmt) {
      s = { ...s, selectStmt: assignedSetOperation(s.selectStmt) ?? s.selectStmt };
      this.assignTo = targets;
      // SQLite reads "SELECT … ON CONFLICT" as a join constraint unless the SELECT has a WHERE.
      const own = s.selectStmt.SelectStmt;
      const whereTrue = s.onConflictClause && !draws && !own.valuesLists && !own.whereClause && own.fromClause && (!own.op || own.op === 'SETOP_NONE');
      const source = this.select(whereTrue ? { SelectStmt: { ...own, whereClause: { A_Const: { boolval: { boolval: true } } } } } : s.selectStmt, false);
      const select = source.sql;
      // A set operation whose leftmost member selects `*` stays one (assignedSetOperation cannot
      // count its columns), and its rows go in as they come: a number would be kept as so many cents.
      if (own.op && own.op !== 'SETOP_NONE' && targets?.some((t, i) => t?.type.oid === OID.money && isNumber(source.columns[i]?.type ?? null))) {
        throw unsupported('a set operation of numbers selected with * written to a money column');
      }
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
      const once = onceEach(this.schema, s, keyed, width + drawn.length, draws ? `SELECT *${drawn.map((c, i) => `, ${drawSql(c.sequence)} AS column${width + i + 1}`).join('')} FROM (${rowsSql})` : rowsSql, proposed, (n) => this.expr(n));
      if (once) sql += ' ' + once;
      else sql += draws ? ` SELECT *${draws} FROM (${select})` : ' ' + select;
      if (!once && s.onConflictClause && (draws || (!whereTrue && !own.valuesLists && !own.whereClause))) sql += ' WHERE true';
    } else if (draws) {
      sql += `${listed(false).sql} VALUES (${draws.slice(2)})`;
    } else {
      sql += ' DEFAULT VALUES';
    }
    if (s.onConflictClause) sql += this.onConflict(s.onConflictClause, s.relation, inserting || undefined);
    const ret = this.returning(s);
    leaveScope(this, outerScope);
    return { sql: sql + ret.sql, columns: ret.columns };
  }

  /** `marking`: the target, where the RETURNING tells inserted rows from updated ones (upsert-inserted.ts). */
  private onConflict(c: Node, relation: Node, marking?: TableInfo): string {
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
      if (c.infer.conname) return this.onConflict({ ...c, infer: { indexElems: constraintColumns(this.schema, relation, c.infer.conname).map((name) => ({ IndexElem: { name } })) } }, relation, marking);
      const elems = (c.infer.indexElems as Node[]).map((e) => (e.IndexElem.name ? quoteIdent(e.IndexElem.name) : this.expr(e.IndexElem.expr)));
      sql += ` (${elems.join(', ')})`;
      if (c.infer.whereClause) {
        // SQLite infers a partial index from the predicate's constants, which a parameter does
        // not give (PostgreSQL plans with its value): refused, and so never made of a statement's
        // own constants by lifting them (lift.ts).
        if (JSON.stringify(c.infer.whereClause).includes('"ParamRef"')) throw unsupported('a parameter in ON CONFLICT … WHERE');
        // Written as createIndex writes a partial index's predicate (its LIKE), so SQLite finds the index.
        this.deterministicLike = true;
        sql += ` WHERE ${this.expr(c.infer.whereClause)}`;
        this.deterministicLike = false;
      }
    }
    if (c.action === 'ONCONFLICT_NOTHING') return sql + ' DO NOTHING';
    // A column named bare is the table's or EXCLUDED's: PostgreSQL cannot tell which (42702).
    // Under an alias the table's own name names nothing (42P01), where SQLite takes it for the target.
    const table = this.schema.lookupTable(relation.relname);
    const alias = relation.alias && !relation.alias.implicit ? (relation.alias.aliasname as string) : undefined;
    const bare = (n: unknown): void => {
      if (n === null || typeof n !== 'object' || (n as Node).SubLink) return;
      const ref = (n as Node).ColumnRef;
      if (ref?.fields.length === 1 && ref.fields[0].String && table?.column(ref.fields[0].String.sval)) {
        throw new PgError(SqlState.ambiguousColumn, `column reference "${ref.fields[0].String.sval}" is ambiguous`);
      }
      if (alias !== undefined && ref?.fields.length === 2 && ref.fields[0].String?.sval === relation.relname) {
        throw new PgError(SqlState.undefinedTable, `invalid reference to FROM-clause entry for table "${relation.relname}"`, {
          hint: `Perhaps you meant to reference the table alias "${alias}".`,
          ...(ref.location >= 0 ? { position: ref.location + 1 } : {}),
        });
      }
      Object.values(n).forEach(bare);
    };
    bare([(c.targetList as Node[]).map((t) => t.ResTarget.val), c.whereClause]);
    sql += ' DO UPDATE SET ' + this.setList(c.targetList, relation);
    const where = c.whereClause ? this.expr(c.whereClause) : undefined;
    if (marking) {
      return `${sql} WHERE ${markedWhere(marking, quoteIdent(marking.sqlName), where, (c.targetList as Node[]).map((t) => t.ResTarget.name as string))}`;
    }
    return where === undefined ? sql : `${sql} WHERE ${where}`;
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
    // A column's element or field assignments (`SET a[1] = x, a[2] = y`, `SET c.f = x, c.g = y`), in
    // order: one value, each made from the one before (SQLite would keep the last assignment alone).
    const parts = new Map<string, Node[]>();
    for (const t of list) {
      const rt = t.ResTarget;
      if (rt.indirection) parts.set(rt.name, [...(parts.get(rt.name) ?? []), rt]);
      else if (assigned.has(rt.name)) throw new PgError(SqlState.syntaxError, `multiple assignments to same column "${rt.name}"`);
      else assigned.add(rt.name);
    }
    for (const name of parts.keys()) if (assigned.has(name)) throw new PgError(SqlState.syntaxError, `multiple assignments to same column "${name}"`);
    // SET (a, b) = (x, y): each column its own expression; from a subquery it is not done.
    const resolved = (rt: Node): Node => {
      const multi = rt.val.MultiAssignRef;
      if (!multi) return rt;
      if (!multi.source.RowExpr && !multi.source.SubLink) {
        const at = (Object.values(multi.source)[0] as { location?: number } | undefined)?.location;
        throw new PgError(SqlState.featureNotSupported, 'source for a multiple-column UPDATE item must be a sub-SELECT or ROW() expression', at === undefined ? {} : { position: at + 1 });
      }
      const items = (multi.source.RowExpr?.args as Node[] | undefined) ?? subqueryColumns(multi.source);
      if (!items) throw unsupported('multiple-column assignment from a subquery');
      if (items.length !== multi.ncolumns) throw new PgError(SqlState.syntaxError, `number of columns does not match number of values`);
      return { ...rt, val: items[multi.colno - 1] };
    };
    return list
      .filter((t) => !t.ResTarget.indirection || parts.get(t.ResTarget.name)![0] === t.ResTarget)
      .map((t) => {
        const rt = resolved(t.ResTarget);
        const column = updateTarget(this.schema, relation, rt.name, !!rt.val.SetToDefault);
        // PostgreSQL stores the row's text in a string column; SQLite has no value for `t.*`.
        if (rt.val.ColumnRef?.fields.at(-1)?.A_Star) throw unsupported(`a whole row (${names(rt.val.ColumnRef.fields).join('.')}) assigned to a column`);
        if (rt.indirection) return `${quoteIdent(rt.name)} = ${parts.get(rt.name)!.reduce((value, part) => this.elementAssignment(resolved(part), column, value), quoteIdent(rt.name))}`;
        const display = column?.display !== undefined ? `, ${quoteIdent(column.display)} = ${rt.val.SetToDefault ? 'NULL' : '?'}` : '';
        if (rt.val.SetToDefault) return `${quoteIdent(rt.name)} = ${defaultValue(column)}${display}`;
        const stored = storeSql(this, rt.val, column);
        return `${quoteIdent(rt.name)} = ${stored}${display && display.replace('?', () => this.displayValues([rt.val], [column])[0]!)}`;
      })
      .join(', ');
  }

  /**
   * `SET a[i] = v` (and `a[i][j]`), `SET c.f = v`: `current` (the column, or what the statement's
   * earlier assignments to it made) with that element replaced, or grown with NULLs to reach it, or that field replaced.
   */
  private elementAssignment(rt: Node, column: ColumnInfo | undefined, current: string): string {
    const field = (rt.indirection as Node[]).find((i) => i.String)?.String.sval as string | undefined;
    const composite = field !== undefined && column ? this.schema.compositeByOid(column.type.oid) : undefined;
    if (composite) {
      if (rt.indirection.length !== 1) throw unsupported(`assignment to a part of field "${field}" of column "${rt.name}"`);
      const { index } = compositeField(composite, field!, rt.indirection[0].String.location ?? rt.location);
      return fieldAssignmentSql(this, current, composite, new Map([[index, rt.val]]));
    }
    // `SET c.f = v` of a column of no composite type.
    if (field !== undefined && column) {
      throw new PgError(SqlState.datatypeMismatch, `cannot assign to field "${field}" of column "${rt.name}" because its type ${formatType(column.type.oid, column.type.typmod)} is not a composite type`, { position: rt.location + 1 });
    }
    // A column of a table evsql does not know (a composite type's, refused where it was made).
    if (field !== undefined) throw unsupported(`assignment to field "${field}" of column "${rt.name}"`);
    const indexes = (rt.indirection as Node[]).map((i) => i.A_Indices as Node | undefined);
    // jsonb's `SET doc[k1][k2]… = v` (PostgreSQL 14's subscripting): integer keys index arrays,
    // others are object keys; missing levels are made (pg/types/jsonb-edit.ts jsonbAssignPath).
    if (column?.type.oid === OID.jsonb && indexes.length && indexes.every((i) => i && !i.is_slice)) {
      if (current !== quoteIdent(rt.name)) throw unsupported(`two subscripted assignments to jsonb column "${rt.name}"`);
      const keys = indexes.map((i) => i!.uidx as Node);
      const integer = (k: Node) => ([OID.int2, OID.int4, OID.int8] as number[]).includes(this.typeOf(k)?.oid ?? 0) && !isUnknownLiteral(k);
      for (const k of keys) {
        const type = isUnknownLiteral(k) || k.ParamRef || isNullLiteral(k) ? null : this.typeOf(k);
        if (type && !integer(k) && type.oid !== OID.text && type.oid !== OID.varchar && type.oid !== OID.bpchar && type.oid !== OID.unknown) {
          throw new PgError(SqlState.datatypeMismatch, `subscript type ${formatType(type.oid, -1)} is not supported`, { position: (locationOf(k) ?? rt.location) + 1, hint: 'jsonb subscript must be coercible to only one type, integer or text.' });
        }
      }
      const jsonb = (n: Node): Node => ({ TypeCast: { arg: n, typeName: { names: [{ String: { sval: 'jsonb' } }], typemod: -1 } } });
      const given = isUnknownLiteral(rt.val) || isNullLiteral(rt.val) || rt.val.ParamRef ? jsonb(rt.val) : rt.val;
      const type = this.typeOf(given);
      if (type && type.oid !== OID.jsonb) {
        throw new PgError(SqlState.datatypeMismatch, `subscripted assignment to "${rt.name}" requires type jsonb but expression is of type ${formatType(type.oid, -1)}`, { position: rt.location + 1 });
      }
      const text = (k: Node) => this.expr({ TypeCast: { arg: k, typeName: { names: [{ String: { sval: 'text' } }], typemod: -1 } } });
      return `pg_jsonb_assign(${current}, ${this.expr(given)}, ${integer(keys[0]!) ? 1 : 0}, ${keys.map(text).join(', ')})`;
    }
    if (indexes.length === 1 && indexes[0]?.is_slice && column && arrayElementOid(column.type.oid) !== 0) {
      const { lidx, uidx } = indexes[0];
      const bound = (b: Node | undefined) => (b ? this.expr(b) : 'NULL');
      return `pg_array_set_slice(${current}, ${storeSql(this, rt.val, column)}, ${bound(lidx)}, ${bound(uidx)}, ${lidx ? 1 : 0}, ${uidx ? 1 : 0})`;
    }
    if (indexes.some((i) => !i || i.is_slice) || !column || arrayElementOid(column.type.oid) === 0) throw unsupported('assignment to a field or slice');
    // The element is assigned as to a column of the element type (7.5 into an int[] is 8).
    const element: ColumnInfo = { ...column, rowid: false, type: { oid: arrayElementOid(column.type.oid), typmod: column.type.typmod } };
    return `pg_array_set(${current}, ${storeSql(this, rt.val, element)}, ${indexes.map((i) => this.expr(i!.uidx)).join(', ')})`;
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
    // FROM's LATERAL subqueries as a SELECT's FROM has them (catalog-queries.ts lateralJoins).
    const s = joinedReturning(starReturning(lateralJoins(u, this.schema) ?? u, this.tableColumns), this.joinedRows);
    this.writing = true;
    const outerScope = enterDmlScope(this, s);
    registerLaterals(this, s.fromClause);
    let sql = s.withClause ? this.withClause(s.withClause) + ' ' : '';
    sql += `UPDATE ${this.rangeVar(s.relation, !underOwnName(s))} SET ${this.setList(s.targetList, s.relation)}`;
    if (s.fromClause) sql += ' FROM ' + (s.fromClause as Node[]).map((f) => this.fromItem(f)).join(', ');
    if (s.whereClause) booleanParams(this, [s.whereClause]);
    const where = s.whereClause ? this.condition(s.whereClause, 'WHERE') : null;
    sql += this.whereWithPoint(this.targetCondition(s.relation, where), s.fromClause && [{ RangeVar: s.relation }, ...s.fromClause]);
    const ret = this.returning(s);
    leaveScope(this, outerScope);
    return { sql: sql + ret.sql, columns: ret.columns };
  }

  delete(d: Node): { sql: string; columns: OutputColumn[] } {
    refuseSelfReadingReturning(d);
    const s = joinedReturning(starReturning(d, this.tableColumns), this.joinedRows);
    if (s.usingClause) return this.delete(deleteUsing(s));
    this.writing = true;
    const outerScope = enterDmlScope(this, s);
    let sql = s.withClause ? this.withClause(s.withClause) + ' ' : '';
    sql += `DELETE FROM ${this.rangeVar(s.relation, !underOwnName(s))}`;
    if (s.whereClause) booleanParams(this, [s.whereClause]);
    const where = this.targetCondition(s.relation, s.whereClause ? this.condition(s.whereClause, 'WHERE') : null);
    if (where) sql += ' WHERE ' + where;
    const ret = this.returning(s);
    leaveScope(this, outerScope);
    return { sql: sql + ret.sql, columns: ret.columns };
  }

}

/** A FROM item under another name, its display columns (ScopeColumn.display) read under it too. */
function renamedRelation(r: ScopeRelation, name: string): ScopeRelation {
  const columns = r.columns?.map((c) => (c.display && !c.display.sql && c.display.relation === r.name ? { ...c, display: { ...c.display, relation: name } } : c)) ?? null;
  return { ...r, name, columns };
}

/** A query's columns named column1… (as VALUES names them): the names of an empty first member of a UNION ALL. */
function positionallyNamed(select: string, width: number): string {
  const names = Array.from({ length: width }, (_, i) => `NULL AS column${i + 1}`).join(', ');
  return `SELECT ${names} WHERE false UNION ALL SELECT * FROM (${select})`;
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
