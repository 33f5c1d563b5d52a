/**
 * The translator's output for representative statements, against a fixed schema
 * (golden/schema.json: customers, products, orders, order_lines, events and the view big_orders),
 * compared with the expectations in golden/statements.json: the SQLite SQL of each step, the
 * parameter positions, the parameter types and the result columns, or the error. Any change in
 * translation shows as a failing test and a diff of that file.
 *
 * After an intended change, rewrite the expectations with
 *   EVSQL_UPDATE_GOLDEN=1 npx vitest run test/unit/translate-golden.test.ts
 * and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { type Translation, translate } from '../../dialect/translate/translate.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';
import { PgError } from '../../pg/errors.js';

const GOLDEN = new URL('./golden/', import.meta.url);
/** As one session sees it, as the server translates: its temporary tables get its prefix. */
const schema = new TranslatorSchema(JSON.parse(readFileSync(new URL('schema.json', GOLDEN), 'utf8')) as SchemaSnapshot).forSession('evsql.temp.1.');
const expectationsFile = new URL('statements.json', GOLDEN);

interface Case {
  text: string;
  statements?: unknown[];
  error?: { code: string; message: string };
}

const cases = JSON.parse(readFileSync(expectationsFile, 'utf8')) as Case[];

/** What a translation is compared on: everything but the parse tree and the statement text. */
function outline(t: Translation): unknown {
  const r: Record<string, unknown> = {
    kind: t.kind,
    tag: t.tag,
    steps: t.steps.map((s) => (s.edit ? { sql: s.sql, params: s.params, edit: s.edit } : { sql: s.sql, params: s.params })),
    paramTypes: t.paramTypes,
    columns: t.columns && t.columns.map((c) => ({ name: c.name, type: c.type, ...(c.scale !== undefined ? { scale: c.scale } : {}) })),
  };
  for (const k of ['name', 'value', 'local', 'lockingRead', 'characteristics'] as const) if (t[k] !== undefined && t[k] !== false) r[k] = t[k];
  if (t.copy) r.copy = t.copy;
  return r;
}

function run(text: string): Case {
  try {
    return { text, statements: translate(text, schema).map(outline) };
  } catch (err) {
    if (!(err instanceof PgError)) throw err;
    return { text, error: { code: err.code, message: err.message } };
  }
}

beforeAll(async () => {
  await loadParser();
});

describe('translation of representative statements', () => {
  if (process.env.EVSQL_UPDATE_GOLDEN) {
    it('rewrites the expectations', () => {
      writeFileSync(expectationsFile, JSON.stringify(cases.map((c) => run(c.text)), null, 2) + '\n');
    });
    return;
  }
  it.each(cases.map((c) => [c.text, c] as const))('%s', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});
