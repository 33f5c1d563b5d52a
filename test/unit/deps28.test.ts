/**
 * The pure pieces of the twenty-eighth session's dependency fixes: a view's PostgreSQL text and a
 * materialized view's query after RENAME COLUMN, and which objects a DDL statement's kept
 * expressions belong to (the callers a function's record keeps).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseQuery } from '../../dialect/translate/parse.js';
import { renamedQueryColumn, renamedViewColumn } from '../../dialect/translate/view-column-rename.js';
import { keptExpressions } from '../../dialect/translate/function-dependents.js';

beforeAll(async () => {
  await loadParser();
});

const node = (sql: string) => parseQuery(sql)[0]!.node;

describe('renamedViewColumn', () => {
  it('renames qualified references, aliasing a result column to its old name', () => {
    const text = ' SELECT k.id,\n    k.v AS vv\n   FROM z k\n  WHERE k.id > 0;';
    expect(renamedViewColumn({ pretty: text, plain: text.replace('k.id > 0', '(k.id > 0)') }, 'z', 'id', 'kid')).toEqual({
      pretty: ' SELECT k.kid AS id,\n    k.v AS vv\n   FROM z k\n  WHERE k.kid > 0;',
      plain: ' SELECT k.kid AS id,\n    k.v AS vv\n   FROM z k\n  WHERE (k.kid > 0);',
    });
  });

  it("leaves other relations' columns and string literals alone", () => {
    const text = " SELECT o.id,\n    z.id AS zid\n   FROM (o\n     JOIN z ON ((z.id = o.id)))\n  WHERE (o.note = 'z.id');";
    expect(renamedViewColumn({ pretty: text, plain: text }, 'z', 'id', 'kid')?.plain).toBe(" SELECT o.id,\n    z.kid AS zid\n   FROM (o\n     JOIN z ON ((z.kid = o.id)))\n  WHERE (o.note = 'z.id');");
  });

  it('is undefined for a view that does not read the table', () => {
    expect(renamedViewColumn({ pretty: ' SELECT o.id\n   FROM o;', plain: ' SELECT o.id\n   FROM o;' }, 'z', 'id', 'kid')).toBeUndefined();
  });
});

describe('renamedQueryColumn', () => {
  it("renames the table's column in the query, the result column keeping its name", () => {
    const query = node('SELECT g, count(*) AS n FROM m GROUP BY g').SelectStmt;
    const renamed = renamedQueryColumn(query, 'm', 'g', 'grp') as Record<string, any>;
    expect(renamed.targetList[0].ResTarget.name).toBe('g');
    expect(renamed.targetList[0].ResTarget.val.ColumnRef.fields[0].String.sval).toBe('grp');
    expect(renamed.groupClause[0].ColumnRef.fields[0].String.sval).toBe('grp');
  });

  it('is undefined where the column is not the table’s: unqualified with another relation, or qualified by another', () => {
    expect(renamedQueryColumn(node('SELECT g FROM m JOIN o USING (id)').SelectStmt, 'm', 'g', 'grp')).toBeUndefined();
    expect(renamedQueryColumn(node('SELECT o.g FROM m, o').SelectStmt, 'm', 'g', 'grp')).toBeUndefined();
    expect(renamedQueryColumn(node('SELECT x.g FROM m x, o').SelectStmt, 'm', 'g', 'grp')).toBeDefined();
  });
});

describe('keptExpressions', () => {
  it('names the object each DEFAULT, CHECK, index and view expression belongs to', () => {
    const callers = (sql: string) => keptExpressions(node(sql)).map((k) => k.caller);
    expect(callers('CREATE TABLE t (a int DEFAULT f() CHECK (g(a)), b int, CHECK (g(b)), CONSTRAINT named CHECK (g(a + b)))')).toEqual([
      { kind: 'default', table: 't', column: 'a' },
      { kind: 'check', table: 't', name: 't_a_check' },
      { kind: 'check', table: 't', name: 't_b_check' },
      { kind: 'check', table: 't', name: 'named' },
    ]);
    expect(callers('ALTER TABLE t ALTER COLUMN a SET DEFAULT f(), ADD CHECK (g(a)), ADD COLUMN c int DEFAULT f()')).toEqual([
      { kind: 'default', table: 't', column: 'a' },
      { kind: 'check', table: 't', name: 't_a_check' },
      { kind: 'default', table: 't', column: 'c' },
    ]);
    expect(callers('CREATE INDEX i ON t (f(a))')).toEqual([{ kind: 'index', table: 't', name: 'i' }]);
    expect(callers('CREATE VIEW v AS SELECT f(a) FROM t')).toEqual([{ kind: 'view', table: 'v' }]);
    expect(callers('CREATE MATERIALIZED VIEW mv AS SELECT f(a) FROM t')).toEqual([{ kind: 'view', table: 'mv' }]);
    expect(callers('ALTER TABLE t ALTER COLUMN a DROP DEFAULT')).toEqual([]);
  });
});
