/**
 * The comments COMMENT ON keeps apart from their objects (dialect/catalog/comments.ts): the view
 * that records one reads back as written, and a rename moves exactly the keys of what it renames.
 */
import { describe, expect, it } from 'vitest';
import { commentKey, commentViewName, commentViewSql, isCommentView, readCommentView, renamedCommentKey } from '../../dialect/catalog/comments.js';
import { quoteIdent } from '../../dialect/sqlite-quote.js';

const target = (key: string) => JSON.parse(key) as unknown;

describe('comment views', () => {
  it('read back the object and the text, an annotation-closing */ and quotes included', () => {
    const key = commentKey({ kind: 'constraint', relation: 's.t', name: 'c' });
    const text = 'No "negative" */ totals\nat all';
    const sql = commentViewSql(key, text, quoteIdent);
    const name = commentViewName(key);
    expect(isCommentView(name)).toBe(true);
    expect(isCommentView('pg_namespace:s')).toBe(false);
    expect(readCommentView(name, sql)).toEqual({ key, target: { kind: 'constraint', relation: 's.t', name: 'c' }, text });
    expect(readCommentView(name, 'CREATE VIEW x AS SELECT 1')).toBeUndefined();
  });
});

describe('renamedCommentKey', () => {
  const relation = commentKey({ kind: 'relation', relation: 's.v' });
  const column = commentKey({ kind: 'column', relation: 's.v', column: 'a' });
  const trigger = commentKey({ kind: 'trigger', relation: 's.t', name: 'g' });
  const type = commentKey({ kind: 'type', name: 's.v' });

  it("moves a relation's own key and those of its columns, constraints and triggers", () => {
    const r = { kind: 'relation', from: 's.v', to: 's.w' } as const;
    expect(target(renamedCommentKey(relation, r))).toEqual({ kind: 'relation', relation: 's.w' });
    expect(target(renamedCommentKey(column, r))).toEqual({ kind: 'column', relation: 's.w', column: 'a' });
    expect(renamedCommentKey(trigger, r)).toBe(trigger);
    expect(renamedCommentKey(type, r)).toBe(type);
  });

  it("moves a schema's key and every relation stored under its prefix, and nothing else", () => {
    const r = { kind: 'schema', from: 's', to: 'u' } as const;
    expect(target(renamedCommentKey(commentKey({ kind: 'schema', name: 's' }), r))).toEqual({ kind: 'schema', name: 'u' });
    expect(target(renamedCommentKey(trigger, r))).toEqual({ kind: 'trigger', relation: 'u.t', name: 'g' });
    expect(renamedCommentKey(commentKey({ kind: 'relation', relation: 'sx.v' }), r)).toBe(commentKey({ kind: 'relation', relation: 'sx.v' }));
    expect(renamedCommentKey(type, r)).toBe(type);
  });

  it('moves a constraint or trigger of that table and name only', () => {
    const r = { kind: 'trigger', relation: 's.t', from: 'g', to: 'h' } as const;
    expect(target(renamedCommentKey(trigger, r))).toEqual({ kind: 'trigger', relation: 's.t', name: 'h' });
    expect(renamedCommentKey(trigger, { ...r, kind: 'constraint' })).toBe(trigger);
    expect(renamedCommentKey(trigger, { ...r, relation: 's.u' })).toBe(trigger);
  });
});
