/**
 * The extended-query store without a socket: prepared statements and portals, their errors, and
 * the bound of 10,000 of each per session (54000).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PREPARED, StatementStore } from '../../wire/statements.js';
import { PgError } from '../../pg/errors.js';
import { sqlstate } from '../helpers/sqlstate.js';
import { OID } from '../../pg/types/registry.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';

const NO_TABLES = new TranslatorSchema({ relations: [], indexes: [] });

beforeAll(() => loadParser());

describe('extended-query store', () => {
  it('prepares with declared parameter types, else the inferred ones', () => {
    const store = new StatementStore(() => NO_TABLES);
    store.prepare('s1', 'SELECT $1::int4 + $2::int4', [OID.int8]);
    expect(store.statement('s1').paramTypes).toEqual([OID.int8, OID.int4]);
    store.prepare('', ';', []);
    expect(store.statement('')).toMatchObject({ query: ';', translation: null, paramTypes: [], voidParams: new Set(), declared: [], origin: { text: ';', fromSql: false }, plans: 0 });
  });

  it("infers LIMIT and OFFSET parameters as bigint, as PostgreSQL describes them (pgx encodes a Go int by that)", () => {
    const store = new StatementStore(() => NO_TABLES);
    store.prepare('page', "SELECT g FROM generate_series(1, 9) g WHERE g::text <> $1 LIMIT $2 OFFSET $3", []);
    expect(store.statement('page').paramTypes).toEqual([OID.text, OID.int8, OID.int8]);
  });

  it("drops parameters declared void from function arguments, as pgjdbc's {? = call f(?)} needs", () => {
    const store = new StatementStore(() => NO_TABLES);
    store.prepare('call', 'select * from upper($1,$2) as result', [2278, 0]);
    const step = store.statement('call').translation!.steps[0]!;
    expect(step.params).toEqual([2]);
    expect(step.sql).toMatch(/upper\(\?\)/);
  });

  it('refuses a duplicate name (42P05), several commands (42601), and unknown names (26000, 34000)', () => {
    const store = new StatementStore(() => NO_TABLES);
    store.prepare('s', 'SELECT 1', []);
    expect(sqlstate(() => store.prepare('s', 'SELECT 2', []))).toBe('42P05');
    expect(sqlstate(() => store.prepare('t', 'SELECT 1; SELECT 2', []))).toBe('42601');
    expect(sqlstate(() => store.statement('nope'))).toBe('26000');
    expect(sqlstate(() => store.bindable('nope'))).toBe('26000');
    expect(sqlstate(() => store.portal('nope'))).toBe('34000');
    expect(sqlstate(() => store.deallocate('nope'))).toBe('26000');
    // The unnamed statement is replaced freely.
    store.prepare('', 'SELECT 1', []);
    store.prepare('', 'SELECT 2', []);
    expect(store.statement('').query).toBe('SELECT 2');
  });

  it(`holds at most ${MAX_PREPARED} named statements (54000), goes on after one is closed`, () => {
    const store = new StatementStore(() => NO_TABLES);
    for (let i = 0; i < MAX_PREPARED; i++) store.prepare(`s${i}`, 'SELECT 1', []);
    const err = (() => {
      try {
        store.prepare('one_more', 'SELECT 1', []);
      } catch (e) {
        return e as PgError;
      }
      return undefined;
    })();
    expect(err?.code).toBe('54000');
    expect(err?.message).toContain('too many prepared statements');
    // The unnamed statement is never refused.
    store.prepare('', 'SELECT 1', []);
    store.closeStatement('s0');
    store.closeStatement('');
    store.prepare('one_more', 'SELECT 1', []);
    expect(store.statement('one_more').query).toBe('SELECT 1');
    store.deallocate(null);
    expect(sqlstate(() => store.statement('one_more'))).toBe('26000');
  });

  it(`holds at most ${MAX_PREPARED} named portals (54000); rebinding one is no new portal`, () => {
    const store = new StatementStore(() => NO_TABLES);
    store.prepare('s', 'SELECT $1::int4', []);
    const stmt = store.bindable('s');
    for (let i = 0; i < MAX_PREPARED; i++) store.bind(`p${i}`, stmt, [i], []);
    expect(sqlstate(() => store.bind('one_more', stmt, [1], []))).toBe('54000');
    store.bind('p5', stmt, [55], [1]);
    expect(store.portal('p5')).toMatchObject({ params: [55], resultFormats: [1], position: 0, result: null, columns: null });
    store.bind('', stmt, [0], []);
    store.closePortal('p0');
    store.closePortal('');
    store.bind('one_more', stmt, [1], []);
    store.closePortals();
    expect(sqlstate(() => store.portal('one_more'))).toBe('34000');
    expect(store.statement('s')).toBe(stmt);
  });

  it('DISCARD ALL drops statements and portals', () => {
    const store = new StatementStore(() => NO_TABLES);
    store.prepare('s', 'SELECT 1', []);
    store.bind('p', store.bindable('s'), [], []);
    store.clear();
    expect(sqlstate(() => store.statement('s'))).toBe('26000');
    expect(sqlstate(() => store.portal('p'))).toBe('34000');
  });
});
