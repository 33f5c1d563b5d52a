/**
 * `RETURNING *` of DELETE … USING and UPDATE … FROM (dialect/translate/rewrite.ts starReturning):
 * the target's columns, then each listed item's, named; left as written where an item's columns
 * cannot be told.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Node, loadParser, parseQuery } from '../../dialect/translate/parse.js';
import { starReturning } from '../../dialect/translate/rewrite.js';

beforeAll(loadParser);

const tables: Record<string, string[]> = { jobs: ['id', 'job_queue_id'], rates: ['account', 'rate'] };
const columnsOf = (name: string) => tables[name];

function returned(sql: string): string[] {
  const node = parseQuery(sql)[0]!.node;
  const s = starReturning(node.DeleteStmt ?? node.UpdateStmt, columnsOf);
  return ((s.returningClause?.exprs ?? s.returningList) as Node[]).map((t) => {
    const v = t.ResTarget.val;
    return v.ColumnRef ? v.ColumnRef.fields.map((f: Node) => f.String?.sval ?? '*').join('.') : Object.keys(v)[0]!;
  });
}

describe('RETURNING * over USING and FROM', () => {
  it("names graphile-worker's completeJobs row: the table's columns, then the function's", () => {
    expect(returned('DELETE FROM jobs AS j USING unnest($1::bigint[]) n(n) WHERE id = n RETURNING *')).toEqual(['j.id', 'j.job_queue_id', 'n.n']);
    expect(returned('DELETE FROM jobs USING generate_series(1, 2) AS g WHERE id = g RETURNING *')).toEqual(['jobs.id', 'jobs.job_queue_id', 'g.g']);
  });

  it("names a FROM table's columns under its alias, and keeps the other targets in place", () => {
    expect(returned('UPDATE jobs SET id = id FROM rates r WHERE r.account = jobs.id::text RETURNING id, *, 1')).toEqual(['id', 'jobs.id', 'jobs.job_queue_id', 'r.account', 'r.rate', 'A_Const']);
  });

  it("takes a bare name as the one relation's that has it; two having it is 42702", () => {
    expect(returned('DELETE FROM jobs USING unnest($1::int[]) AS n(k) WHERE id = k RETURNING k, id, k + 1')).toEqual(['n.k', 'id', 'A_Expr']);
    expect(() => returned('UPDATE jobs SET id = 1 FROM jobs AS j2 RETURNING id')).toThrow(expect.objectContaining({ code: '42702', message: 'column reference "id" is ambiguous' }));
    expect(() => returned('DELETE FROM jobs USING unnest($1::int[]) AS n(id) RETURNING (id)')).toThrow(expect.objectContaining({ code: '42702' }));
  });

  it("names a WITH query's columns (graphile-worker's fetch: UPDATE … FROM j RETURNING *)", () => {
    expect(returned('WITH j AS (SELECT jobs.job_queue_id, id AS k FROM jobs) UPDATE jobs SET id = 1 FROM j WHERE jobs.id = j.k RETURNING *')).toEqual(['jobs.id', 'jobs.job_queue_id', 'j.job_queue_id', 'j.k']);
    expect(() => returned('WITH j AS (SELECT id FROM jobs) UPDATE jobs SET id = 1 FROM j RETURNING id')).toThrow(expect.objectContaining({ code: '42702' }));
    expect(returned('WITH j AS (SELECT * FROM jobs) UPDATE jobs SET id = 1 FROM j RETURNING *')).toEqual(['*']);
  });

  it('leaves a subquery, an unknown table or a statement without `*` as written', () => {
    expect(returned('UPDATE jobs SET id = 1 FROM (VALUES (1)) v(x) RETURNING *')).toEqual(['*']);
    expect(returned('UPDATE jobs SET id = 1 FROM nosuch RETURNING *')).toEqual(['*']);
    expect(returned('DELETE FROM jobs USING rates RETURNING id')).toEqual(['id']);
    expect(returned('DELETE FROM jobs USING json_each($1) AS e RETURNING *')).toEqual(['*']);
  });
});
