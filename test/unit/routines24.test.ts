/**
 * What the twenty-fourth session's sweep (test/corpus/43-routines24.sql) fixed, where the
 * translation is pure: the steps a statement-level trigger adds around the statement that fires
 * it, and a CALL of a LANGUAGE plpgsql procedure as the block it runs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { schemaAfter } from '../helpers/schema-after.js';

let schema: TranslatorSchema;

beforeAll(async () => {
  await loadParser();
  schema = schemaAfter([
    'CREATE TABLE item (id int PRIMARY KEY, qty int)',
    'CREATE TABLE plain (id int PRIMARY KEY)',
    'CREATE TABLE audit (op text, lvl text)',
    'CREATE FUNCTION audit_it() RETURNS trigger LANGUAGE plpgsql AS $$ begin insert into audit values (TG_OP, TG_LEVEL); return null; end $$',
    'CREATE TRIGGER item_after AFTER INSERT OR UPDATE OF qty ON item FOR EACH STATEMENT EXECUTE FUNCTION audit_it()',
    'CREATE TRIGGER item_before BEFORE DELETE ON item FOR EACH STATEMENT EXECUTE FUNCTION audit_it()',
    'CREATE PROCEDURE restock(p_id int, p_qty int DEFAULT 1) LANGUAGE plpgsql AS $$ begin update item set qty = qty + p_qty where id = p_id; end $$',
  ]);
});

const code = (text: string, s = schema) => sqlstate(() => translate(text, s));
const fired = (text: string) => translate(text, schema)[0]!.steps.map((s) => (s.fired ? 'fired' : 'own'));

describe('statement-level triggers', () => {
  it('add the function’s statements after (AFTER) or before (BEFORE) the statement’s own steps', () => {
    expect(fired('INSERT INTO item VALUES (1, 1)')).toEqual(['own', 'fired']);
    expect(fired('DELETE FROM item WHERE id = 7')).toEqual(['fired', 'own']);
    expect(translate('INSERT INTO item VALUES (1, 1)', schema)[0]!.steps[1]!.sql).toContain("'STATEMENT'");
    // EXPLAIN plans the statement alone, as PostgreSQL's shows no trigger.
    expect(translate('EXPLAIN INSERT INTO item VALUES (1, 1)', schema)[0]!.steps).toHaveLength(1);
  });

  it('fire for UPDATE OF only when the SET names one of its columns, and never for another table', () => {
    expect(fired('UPDATE item SET qty = 2')).toEqual(['own', 'fired']);
    expect(fired('UPDATE item SET id = 2')).toEqual(['own']);
    expect(fired('INSERT INTO plain VALUES (1)')).toEqual(['own']);
  });

  it('refuse what would leave one unfired, and NEW in one', () => {
    expect(code('WITH d AS (DELETE FROM item RETURNING id) SELECT * FROM d')).toBe('0A000');
    expect(code('INSERT INTO item VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET qty = 2')).toBe('0A000');
    const withNew = schemaAfter(['CREATE TABLE t (a int)', 'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ begin insert into t values (new.a); return null; end $$']);
    expect(code('CREATE TRIGGER tr AFTER INSERT ON t FOR EACH STATEMENT EXECUTE FUNCTION f()', withNew)).toBe('0A000');
    expect(code('CREATE TRIGGER tr AFTER INSERT ON t FOR EACH STATEMENT WHEN (true) EXECUTE FUNCTION f()', withNew)).toBe('0A000');
  });

  it('refuse a foreign key action that would write their table, whichever of the two comes first', () => {
    // item has statement-level DELETE and UPDATE triggers: a cascade into it would not fire them.
    expect(code('ALTER TABLE item ADD FOREIGN KEY (qty) REFERENCES plain ON DELETE CASCADE')).toBe('0A000');
    expect(code('ALTER TABLE item ADD FOREIGN KEY (qty) REFERENCES plain ON UPDATE SET NULL')).toBe('0A000');
    expect(code('ALTER TABLE item ADD COLUMN p int REFERENCES plain ON DELETE SET NULL')).toBe('0A000');
    expect(code('ALTER TABLE item ADD FOREIGN KEY (qty) REFERENCES plain')).toBeUndefined();
    const cascading = schemaAfter(['CREATE TABLE p (id int PRIMARY KEY)', 'CREATE TABLE c (p int REFERENCES p ON UPDATE CASCADE)', 'CREATE TABLE audit (op text)', "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ begin insert into audit values ('x'); return null; end $$"]);
    // A trigger on DELETE and UPDATE together meets the key's UPDATE action.
    expect(code('CREATE TRIGGER tr AFTER DELETE OR UPDATE ON c FOR EACH STATEMENT EXECUTE FUNCTION f()', cascading)).toBe('0A000');
    expect(code('CREATE TRIGGER tr AFTER DELETE ON c FOR EACH STATEMENT EXECUTE FUNCTION f()', cascading)).toBeUndefined();
  });
});

describe('a CALL of a LANGUAGE plpgsql procedure', () => {
  it('is a block with the arguments as its parameters’ variables, a $n one bound when it runs', () => {
    const t = translate('CALL restock($1)', schema)[0]!;
    expect(t.kind).toBe('do');
    expect(t.tag).toBe('CALL');
    expect(t.paramCount).toBe(1);
    expect(t.block!.variables.map((v) => [v.name, v.init])).toEqual([
      ['p_id', '$1'],
      ['p_qty', 'CAST(1 AS pg_catalog.int4)'],
    ]);
    expect(translate("CALL restock(p_qty => -2, p_id => '4')", schema)[0]!.block!.variables.map((v) => v.init)).toEqual(["CAST('4' AS pg_catalog.int4)", 'CAST(-2 AS pg_catalog.int4)']);
  });

  it('computes an argument other than a constant by a SELECT run first, its value bound past the parameters; refuses a call by SELECT', () => {
    const t = translate('CALL restock(abs($1 - 10), p_qty => $1 * 2)', schema)[0]!;
    expect(t.block!.variables.map((v) => v.init)).toEqual(['$2', '$3']);
    expect(t.routineArguments!.columns!.map((c) => c.type?.oid)).toEqual([23, 23]);
    expect([t.paramCount, t.paramTypes]).toEqual([1, [23]]);
    // One of a type no parameter takes finds no procedure, as function lookup does.
    expect(code("CALL restock('a' || 'b')")).toBe('42883');
    expect(code('SELECT restock(1)')).toBe('42809');
  });
});
