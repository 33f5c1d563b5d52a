/**
 * UPDATE … RETURNING … INTO in a trigger function (dialect/translate/trigger-program.ts): the
 * UPDATE, PL/pgSQL's row-count errors, then the variable read from the rows the WHERE finds;
 * refused where reading them again could find other rows or other values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PgError } from '../../pg/errors.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { triggerProgram } from '../../dialect/translate/trigger-program.js';

beforeAll(loadParser);

const body = (update: string) => `declare v int; begin ${update}; return old; end;`;

describe('UPDATE … RETURNING … INTO in a trigger function', () => {
  it('runs the UPDATE, raises P0003 past one row, then reads the variable from the rows its WHERE finds', () => {
    const ops = triggerProgram(body('update s.job_queues set job_count = job_queues.job_count - 1 where queue_name = old.queue_name returning job_count into v'));
    expect(ops.map((o) => o.kind)).toEqual(['let', 'sql', 'raise', 'let', 'return']);
    const [, update, raise, read] = ops;
    expect(update!.kind === 'sql' && JSON.stringify(update.statement)).not.toContain('returning');
    expect(raise!.kind === 'raise' && [raise.code, raise.level]).toEqual(['P0003', 'EXCEPTION']);
    const value = read!.kind === 'let' ? JSON.stringify(read.value) : '';
    // The table of another schema is read by its stored name, under the name the UPDATE gave it.
    expect(value).toContain('"relname":"s.job_queues"');
    expect(value).toContain('"aliasname":"job_queues"');
    expect(value).toContain('"limitOption":"LIMIT_OPTION_COUNT"');
  });

  it('raises P0002 for no row only with STRICT', () => {
    const codes = (text: string) => triggerProgram(body(text)).flatMap((o) => (o.kind === 'raise' ? [o.code] : []));
    expect(codes('update t set n = n + 1 where k = new.k returning n * 2 into strict v')).toEqual(['P0003', 'P0002']);
    expect(codes('update t set n = n + 1 where k = new.k returning n into v')).toEqual(['P0003']);
  });

  it.each([
    ['a SET of a column the WHERE reads', 'update t set k = k + 1 where k = new.k returning n into v'],
    ['a subquery in the WHERE', 'update t set n = 1 where k = (select max(k) from t) returning n into v'],
    ['a volatile function in RETURNING', 'update t set n = 1 where k = new.k returning n + random() into v'],
    ['a FROM', 'update t set n = 1 from u where t.k = u.k returning n into v'],
    ['two values', 'update t set n = 1 where k = new.k returning n, k into v'],
  ])('refuses %s with 0A000', (_what, text) => {
    let error: unknown;
    try {
      triggerProgram(body(text));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PgError);
    expect((error as PgError).code).toBe('0A000');
  });

  it('refuses a statement RETURNING without INTO, which it would otherwise run without its result', () => {
    expect(() => triggerProgram('begin insert into t values (1) returning 1; return new; end;')).toThrow(/RETURNING/);
  });
});
