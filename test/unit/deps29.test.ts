/**
 * The pure pieces of the twenty-ninth session's rename fixes: a view's PostgreSQL text and a
 * materialized view's kept query after RENAME TO or SET SCHEMA of a table they read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseQuery } from '../../dialect/translate/parse.js';
import { renamedQueryTable, renamedViewTable } from '../../dialect/translate/view-column-rename.js';

beforeAll(async () => {
  await loadParser();
});

const plain = (text: string) => ({ pretty: text, plain: text });

describe('renamedViewTable', () => {
  it('renames the table in FROM and as its columns’ qualifier, not in literals, aliases or other names', () => {
    const text = " SELECT t.id,\n    t.v AS t,\n    tt.x\n   FROM (t\n     JOIN tt ON ((tt.id = t.id)))\n  WHERE (t.v <> 't.v'::text);";
    expect(renamedViewTable(plain(text), 't', 'u')?.plain).toBe(" SELECT u.id,\n    u.v AS t,\n    tt.x\n   FROM (u\n     JOIN tt ON ((tt.id = u.id)))\n  WHERE (u.v <> 't.v'::text);");
  });

  it('qualifies the table in FROM by its new schema, its columns by its name alone, and back', () => {
    const text = ' SELECT o.id\n   FROM o;';
    const moved = renamedViewTable(plain(text), 'o', 'arch.o')!.plain;
    expect(moved).toBe(' SELECT o.id\n   FROM arch.o;');
    expect(renamedViewTable(plain(moved), 'arch.o', 'o')?.plain).toBe(text);
  });

  it('leaves a view that names the table only through a function or a column alone', () => {
    expect(renamedViewTable(plain(' SELECT x.t\n   FROM x;'), 't', 'u')).toBeUndefined();
    expect(renamedViewTable(plain(' SELECT t(x.id) AS t\n   FROM x;'), 't', 'u')).toBeUndefined();
  });
});

describe('renamedQueryTable', () => {
  const query = (sql: string) => parseQuery(sql)[0]!.node;

  it('renames the RangeVar and its qualifier, keeping an explicit alias', () => {
    const renamed = renamedQueryTable(query('SELECT t.id, x.id FROM t, t x'), 't', 'u') as Record<string, any>;
    const from = renamed.SelectStmt.fromClause as Array<Record<string, any>>;
    expect(from.map((f) => [f.RangeVar.relname, f.RangeVar.alias?.aliasname])).toEqual([
      ['u', 'u'],
      ['u', 'x'],
    ]);
    const targets = renamed.SelectStmt.targetList as Array<Record<string, any>>;
    expect(targets.map((t) => t.ResTarget.val.ColumnRef.fields[0].String.sval)).toEqual(['u', 'x']);
  });

  it('answers undefined for a query that does not read the table', () => {
    expect(renamedQueryTable(query('SELECT id FROM other'), 't', 'u')).toBeUndefined();
  });
});
