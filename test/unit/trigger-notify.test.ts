/**
 * PERFORM pg_notify('c', 'p') in a trigger function (dialect/translate/trigger-program.ts):
 * a notification the statement sends once it ran, read when the function is made; any other
 * PERFORM is refused then.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { triggerProgram } from '../../dialect/translate/trigger-program.js';

beforeAll(loadParser);

describe('PERFORM pg_notify in a trigger function', () => {
  it("reads graphile-worker's notify function as a notification and its RETURN", () => {
    const ops = triggerProgram("begin perform pg_notify('jobs:insert', ''); return new; end;");
    expect(ops.map((o) => o.kind)).toEqual(['notify', 'return']);
    expect(ops[0]).toMatchObject({ channel: 'jobs:insert', payload: '', guard: [] });
  });

  it('takes a NULL payload as empty, as pg_notify does, and keeps an IF as its guard', () => {
    const ops = triggerProgram("begin if tg_op = 'INSERT' then perform pg_notify('c', null); end if; return null; end;");
    expect(ops[0]).toMatchObject({ kind: 'notify', channel: 'c', payload: '' });
    expect(ops[0]!.guard).toHaveLength(1);
  });

  it.each([
    ['a computed payload', "perform pg_notify('c', 'x' || random()::text)"],
    ['another function', 'perform now()'],
    ['one argument', "perform pg_notify('c')"],
    ['a query', 'perform 1 from t'],
  ])('refuses %s (0A000)', (_what, statement) => {
    expect(() => triggerProgram(`begin ${statement}; return new; end;`)).toThrow(expect.objectContaining({ code: '0A000', message: expect.stringMatching(/^PERFORM other than of pg_notify/) }));
  });
});
