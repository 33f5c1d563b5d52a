/**
 * Which LANGUAGE plpgsql bodies read as the expression or query they compute
 * (dialect/translate/plpgsql-inline.ts), and the rows a set-returning function's block answers
 * (dialect/translate/block-program.ts) driven by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseTypeName } from '../../dialect/translate/parse.js';
import { inlinedQuery, inlinedValue } from '../../dialect/translate/plpgsql-inline.js';
import { type BlockAnswer, blockSteps, doBlock } from '../../dialect/translate/block-program.js';
import type { Node } from '../../dialect/translate/parse.js';

beforeAll(loadParser);

const int = () => parseTypeName('int');
/** The inlined value under the cast to the result type. */
const value = (body: string): Node | undefined => inlinedValue(body, int())?.TypeCast?.arg ?? inlinedValue(body, int());

describe('inlinedValue', () => {
  it('reads one RETURN as its expression, cast to the result type', () => {
    const v = inlinedValue('begin return a + b; end', int());
    expect(v?.TypeCast?.typeName).toEqual(int());
    expect(v?.TypeCast?.arg?.A_Expr?.name?.[0]?.String?.sval).toBe('+');
  });

  it('reads IF … ELSIF … ELSE as a CASE of its branches, the statements after an IF following each', () => {
    const v = value('begin if x > 1 then return 1; elsif x is null then return 2; end if; return 3; end');
    expect(v?.CaseExpr?.args).toHaveLength(2);
    expect(v?.CaseExpr?.defresult?.TypeCast?.arg?.A_Const?.ival?.ival).toBe(3);
  });

  it('puts a variable’s value where it is read: an assignment’s, SELECT … INTO’s first row', () => {
    const v = value('declare n int := 1; begin n := n + 1; return n; end');
    expect(JSON.stringify(v)).not.toContain('"sval":"n"');
    const s = value('declare t numeric; begin select amount into t from orders where id = k; return t; end');
    const sub = s?.TypeCast?.arg?.SubLink?.subselect?.SelectStmt;
    expect(sub?.limitCount?.A_Const?.ival?.ival).toBe(1);
  });

  it('reads RAISE EXCEPTION as a value that raises', () => {
    const v = value("begin if v < 0 then raise exception 'negative: %', v using errcode = '22003'; end if; return v; end");
    expect(JSON.stringify(v?.CaseExpr?.args[0])).toContain('evsql_domain_check');
    expect(JSON.stringify(v?.CaseExpr?.args[0])).toContain('22003');
  });

  it('leaves to the block a body that writes, loops, handles errors, reads FOUND or draws a volatile value twice', () => {
    expect(inlinedValue('begin insert into t values (1); return 1; end', int())).toBeUndefined();
    expect(inlinedValue('declare i int := 0; begin loop i := i + 1; exit when i > 3; end loop; return i; end', int())).toBeUndefined();
    expect(inlinedValue('begin return 1 / 0; exception when others then return 0; end', int())).toBeUndefined();
    expect(inlinedValue('declare n int; begin select 1 into n from t; if found then return n; end if; return 0; end', int())).toBeUndefined();
    expect(inlinedValue('declare r float8 := random(); begin return r + r; end', int())).toBeUndefined();
    expect(inlinedValue("begin raise notice 'x'; return 1; end", int())).toBeUndefined();
    expect(inlinedValue('begin if x then return 1; end if; end', int())).toBeUndefined();
  });
});

describe('inlinedQuery', () => {
  it('reads one RETURN QUERY (and a bare RETURN after it) as its query', () => {
    expect(inlinedQuery('begin return query select id from t where a = k; end')).toBe('select id from t where a = k');
    expect(inlinedQuery('begin return query select 1; return; end')).toBe('select 1');
  });

  it('leaves RETURN QUERY EXECUTE, RETURN NEXT and several queries to the block', () => {
    expect(inlinedQuery("begin return query execute 'select 1'; end")).toBeUndefined();
    expect(inlinedQuery('begin for i in 1..3 loop return next i; end loop; end')).toBeUndefined();
    expect(inlinedQuery('begin return query select 1; return query select 2; end')).toBeUndefined();
  });
});

describe('a set-returning function’s block', () => {
  const block = (body: string) => doBlock(`CREATE FUNCTION evsql_call() RETURNS SETOF integer LANGUAGE plpgsql AS $b$${body}$b$`, { returns: 'integer', set: true });

  it('answers every row RETURN NEXT and RETURN QUERY gave, in order', () => {
    const steps = blockSteps(block('BEGIN FOR i IN 1..2 LOOP RETURN NEXT i * 10; END LOOP; RETURN QUERY SELECT 7; END'));
    const asked: string[] = [];
    let next = steps.next();
    while (!next.done) {
      const r = next.value;
      let answer: BlockAnswer = { rows: [], fields: [], changes: 0 };
      if (r.kind === 'run') {
        asked.push(r.sql);
        // The loop's bounds, then RETURN NEXT's expression with the loop's variable bound, then RETURN QUERY's query as written.
        const bound = /^SELECT CAST\(\((\d+)\) AS integer\)$/.exec(r.sql)?.[1];
        const next10 = /CAST\('(\d+)' AS integer\) \* 10/.exec(r.sql)?.[1];
        const n = bound ?? (next10 !== undefined ? String(Number(next10) * 10) : '7');
        answer = { rows: [[n]], fields: [{ name: 'v', type: 'integer' }], changes: 0 };
      }
      next = steps.next(answer);
    }
    expect(next.value?.rows).toEqual([['10'], ['20'], ['7']]);
  });

  it('answers no rows where it returned none, and refuses RETURN NEXT and RETURN QUERY in a function that returns no set', () => {
    const steps = blockSteps(block('BEGIN RETURN; END'));
    let next = steps.next();
    while (!next.done) next = steps.next({ rows: [], fields: [], changes: 0 });
    expect(next.value?.rows).toEqual([]);
    expect(() => doBlock('CREATE FUNCTION evsql_call() RETURNS integer LANGUAGE plpgsql AS $b$BEGIN RETURN QUERY SELECT 1; END$b$', { returns: 'integer' })).toThrow();
  });
});
