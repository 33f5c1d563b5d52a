/**
 * MERGE (PostgreSQL 15) as SQLite statements run one after another in the statement's savepoint,
 * so it is all or nothing as PostgreSQL's is:
 *
 *   1. the join of target and source, on the state before MERGE changes anything, chooses each
 *      joined target row's WHEN MATCHED clause (the first whose condition holds); the replica
 *      keeps row → clause for this statement (pg_merge_mark, dialect/runtime/sql-functions.ts),
 *      and a row two source rows would update or delete is 21000, as PostgreSQL's;
 *   2. each WHEN NOT MATCHED … INSERT clause inserts the source rows that joined no target row
 *      then (the rows marked in 1, so rows inserted by an earlier clause do not count) and whose
 *      first NOT MATCHED clause it is;
 *   3. each UPDATE clause updates the rows marked for it, from the one source row that chose it;
 *   4. the rows marked for a DELETE clause go.
 *
 * Every statement is written as PostgreSQL (a SELECT, INSERT … SELECT, DELETE, UPDATE … FROM)
 * and translated as such, so types, defaults, casts and errors are those statements'. A row is
 * known by its SQLite rowid within the statement only, so no step's result depends on it.
 */
import type { Step } from '../plan.js';
import { PgError, SqlState } from '../../pg/errors.js';
import type { PgTypeInfo } from '../../pg/types/registry.js';
import type { UntypedParamError } from './emit-context.js';
import { Emitter } from './emit.js';
import type { Node } from './parse.js';
import { quoteIdent } from '../sqlite-quote.js';
import type { TranslatorSchema } from './schema.js';
import { unsupported } from './unsupported.js';

export interface MergePlan {
  steps: Step[];
  paramTypes: Map<number, PgTypeInfo>;
  untypedParams: UntypedParamError[];
}

/** Placeholders the emitted SQL carries as columns of the target, replaced by what only SQLite can say. */
const ROWID = '__evsql_merge_rowid';
const CLAUSE = '__evsql_merge_clause';

const int = (ival: number): Node => ({ A_Const: { ival: { ival } } });
const bool = (boolval: boolean): Node => ({ A_Const: { boolval: { boolval } } });
const and = (...args: Node[]): Node => ({ BoolExpr: { boolop: 'AND_EXPR', args } });
const equals = (lexpr: Node, rexpr: Node): Node => ({ A_Expr: { kind: 'AEXPR_OP', name: [{ String: { sval: '=' } }], lexpr, rexpr } });
const column = (...fields: string[]): Node => ({ ColumnRef: { fields: fields.map((sval) => ({ String: { sval } })) } });

/** CASE WHEN cond1 THEN 1 WHEN cond2 THEN 2 … ELSE 0 END over `clauses`: which applies, first first. */
function chosen(clauses: Node[]): Node {
  if (!clauses.length) return int(0);
  return { CaseExpr: { args: clauses.map((c) => ({ CaseWhen: { expr: c.condition ?? bool(true), result: int(c.index) } })), defresult: int(0) } };
}

/** Whether `n` names the relation `name` (the source or a condition reading the target). */
function reads(n: unknown, name: string): boolean {
  if (!n || typeof n !== 'object') return false;
  const node = n as Node;
  if (node.RangeVar && node.RangeVar.relname === name) return true;
  return Object.values(node).some((v) => reads(v, name));
}

export function mergePlan(schema: TranslatorSchema, s: Node): MergePlan {
  const clauses: Node[] = ((s.mergeWhenClauses ?? []) as Node[]).map((c, i) => ({ ...(c.MergeWhenClause as Node), index: i + 1 }));
  if (s.returningClause) throw unsupported('MERGE … RETURNING');
  if (clauses.some((c) => c.matchKind === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE')) throw unsupported('MERGE … WHEN NOT MATCHED BY SOURCE');
  const alias = (s.relation.alias?.aliasname as string | undefined) ?? (s.relation.relname as string);
  for (const c of clauses) if (c.commandType === 'CMD_INSERT') targetInValues(c.values, alias);
  const relname = s.relation.relname as string;
  const table = schema.lookupTable(relname);
  if (table?.view) throw new PgError(SqlState.wrongObjectType, `cannot execute MERGE on relation "${relname}"`, { detail: 'This operation is not supported for views.' });
  const matched = clauses.filter((c) => c.matchKind === 'MERGE_WHEN_MATCHED');
  const notMatched = clauses.filter((c) => c.matchKind !== 'MERGE_WHEN_MATCHED');
  const updates = matched.filter((c) => c.commandType === 'CMD_UPDATE');
  const deletes = matched.filter((c) => c.commandType === 'CMD_DELETE');
  const inserts = notMatched.filter((c) => c.commandType === 'CMD_INSERT');
  // A source (or condition) that reads the target would see an earlier step's changes: exact only
  // when one step reads it (the DELETE, last, reads none).
  const readsTarget = reads([s.sourceRelation, s.joinCondition, s.mergeWhenClauses, s.withClause], relname);
  if (readsTarget && updates.length + inserts.length > 1) throw unsupported('MERGE whose source reads its target table, with more than one INSERT or UPDATE clause');
  const withClause = s.withClause as Node | undefined;
  if ((withClause?.WithClause ?? withClause)?.recursive) throw new PgError(SqlState.syntaxError, 'WITH RECURSIVE is not supported for MERGE statement');
  const target: Node = { RangeVar: s.relation };
  const joined: Node = { JoinExpr: { jointype: 'JOIN_INNER', larg: target, rarg: s.sourceRelation, quals: s.joinCondition } };
  // The emitted SQL names the target by its alias, or by its SQLite name where it writes the table
  // under that (a session's temporary table, a DELETE: underOwnName): a placeholder column may
  // come qualified either way, and the rowid that replaces it is the same table's.
  const names = [...new Set([quoteIdent(alias), quoteIdent(table?.sqlName ?? relname)])];
  const fill = (sql: string, name: string, value: (rowid: string) => string): string =>
    names.reduce((out, q) => out.replaceAll(`${q}.${quoteIdent(name)}`, value(`${q}.rowid`)), sql);

  const plan: MergePlan = { steps: [], paramTypes: new Map(), untypedParams: [] };
  const emit = (node: Node, replace: (sql: string) => string): void => {
    const em = new Emitter(schema);
    const out = em.dml(node);
    plan.steps.push({ sql: replace(out.sql), params: em.params });
    for (const [k, v] of em.paramTypes) plan.paramTypes.set(k, v);
    plan.untypedParams.push(...em.untypedParams);
  };

  // 1. Which clause each joined target row takes.
  const modifying = matched.filter((c) => c.commandType !== 'CMD_NOTHING').map((c) => c.index);
  plan.steps.push({ sql: 'SELECT 1 WHERE pg_merge_reset() = 0', params: [] });
  {
    const em = new Emitter(schema);
    const out = em.select({
      SelectStmt: {
        withClause,
        targetList: [
          { ResTarget: { name: CLAUSE, val: chosen(matched) } },
          { ResTarget: { name: ROWID, val: column(alias, ROWID) } },
        ],
        fromClause: [joined],
        limitOption: 'LIMIT_OPTION_DEFAULT',
        op: 'SETOP_NONE',
      },
    });
    const changes = modifying.length ? `"${CLAUSE}" IN (${modifying.join(', ')})` : '0';
    const sql = fill(out.sql, ROWID, (rowid) => rowid);
    plan.steps.push({ sql: `SELECT 1 FROM (${sql}) WHERE pg_merge_mark("${ROWID}", "${CLAUSE}", ${changes}) = 0`, params: em.params });
    for (const [k, v] of em.paramTypes) plan.paramTypes.set(k, v);
    plan.untypedParams.push(...em.untypedParams);
  }

  // 2. Source rows no target row joined.
  const unmatched: Node = {
    SubLink: {
      subLinkType: 'EXISTS_SUBLINK',
      subselect: { SelectStmt: { targetList: [{ ResTarget: { val: int(1) } }], fromClause: [target], whereClause: and(column(alias, ROWID), s.joinCondition), limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' } },
    },
  };
  const notMatchedChoice = chosen(notMatched);
  if (!cols0Checked(inserts)) throw unsupported('MERGE … INSERT without a column list, with DEFAULT');
  for (const c of inserts) {
    const cols = (c.targetList ?? []) as Node[];
    const values = (c.values ?? []) as Node[];
    if (!values.length) throw unsupported('MERGE … INSERT DEFAULT VALUES');
    const kept = values.map((v, i) => (v.SetToDefault ? -1 : i)).filter((i) => i >= 0);
    if (!kept.length) throw unsupported('MERGE … INSERT of DEFAULT only');
    const relation = { ...s.relation, alias: undefined };
    emit(
      {
        InsertStmt: {
          relation,
          cols: cols.length ? kept.map((i) => cols[i]) : undefined,
          override: c.override,
          withClause,
          selectStmt: {
            SelectStmt: {
              targetList: kept.map((i) => ({ ResTarget: { val: values[i] } })),
              fromClause: [s.sourceRelation],
              whereClause: and({ BoolExpr: { boolop: 'NOT_EXPR', args: [unmatched] } }, equals(notMatchedChoice, int(c.index))),
              limitOption: 'LIMIT_OPTION_DEFAULT',
              op: 'SETOP_NONE',
            },
          },
        },
      },
      (sql) => fill(sql, ROWID, (rowid) => `(pg_merge_clause(${rowid}) IS NOT NULL)`),
    );
  }

  // 3. Each UPDATE clause's rows, from the source row that chose it.
  for (const c of updates) {
    emit(
      {
        UpdateStmt: {
          relation: s.relation,
          targetList: c.targetList,
          fromClause: [s.sourceRelation],
          whereClause: and(column(alias, CLAUSE), s.joinCondition, equals(chosen(matched), int(c.index))),
          withClause,
        },
      },
      (sql) => fill(sql, CLAUSE, (rowid) => `pg_merge_clause(${rowid}) = ${c.index}`),
    );
  }
  // 4. The rows a DELETE clause took, which reads no source.
  if (deletes.length) {
    const deleting: Node = { relation: s.relation, whereClause: column(alias, CLAUSE), withClause };
    emit({ DeleteStmt: deleting }, (sql) => fill(sql, CLAUSE, (rowid) => `pg_merge_clause(${rowid}) IN (${deletes.map((c) => c.index).join(', ')})`));
  }

  plan.steps.push({ sql: 'SELECT 1 WHERE pg_merge_reset() = 0', params: [] });
  return plan;
}

/** An INSERT clause's values see the source only: the target named there is PostgreSQL's 42P01. */
function targetInValues(n: unknown, alias: string): void {
  if (!n || typeof n !== 'object') return;
  const node = n as Node;
  const fields = node.ColumnRef?.fields as Node[] | undefined;
  if (fields && fields.length > 1 && fields[0]!.String?.sval === alias) {
    throw new PgError(SqlState.undefinedTable, `invalid reference to FROM-clause entry for table "${alias}"`, {
      hint: `There is an entry for table "${alias}", but it cannot be referenced from this part of the query.`,
      position: node.ColumnRef.location + 1,
    });
  }
  Object.values(node).forEach((v) => targetInValues(v, alias));
}

/** A clause INSERT without a column list fills the first columns: DEFAULT among them cannot be left out. */
function cols0Checked(inserts: Node[]): boolean {
  return inserts.every((c) => (c.targetList ?? []).length || !((c.values ?? []) as Node[]).some((v) => v.SetToDefault));
}
