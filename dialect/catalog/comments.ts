/**
 * COMMENT ON the objects whose definitions carry no comment of their own: schemas, views and
 * their columns, materialized views, sequences, indexes, types, domains, table constraints and
 * triggers (a table's and its columns' ride in its CREATE TABLE text, markers.ts; a function's in
 * its record, user-functions.ts). Each comment is a view of the main schema named
 * `pg_description:<key>` that yields nothing, as a schema is kept (namespaces.ts): replicated with
 * the DDL, covered by the state hash, undone by ROLLBACK. The key names the object as SQLite
 * stores it, so a rename moves it (renamedCommentKey) and the catalog finds its OID from it.
 */

const PREFIX = 'pg_description:';
const TEXT = /\/\* evsql-description: (".*") \*\/$/s;

/** The commented object: a relation and a view's column by stored name, a constraint or trigger by its table's. */
export type CommentTarget =
  | { kind: 'schema'; name: string }
  | { kind: 'relation'; relation: string }
  | { kind: 'column'; relation: string; column: string }
  | { kind: 'type'; name: string }
  | { kind: 'constraint'; relation: string; name: string }
  | { kind: 'trigger'; relation: string; name: string };

/** What a rename changes in the keys: a relation's stored name, a schema's name, a constraint's or trigger's name. */
export type CommentRename =
  | { kind: 'relation'; from: string; to: string }
  | { kind: 'schema'; from: string; to: string }
  | { kind: 'constraint' | 'trigger'; relation: string; from: string; to: string };

export function isCommentView(relation: string): boolean {
  return relation.startsWith(PREFIX);
}

export function commentKey(t: CommentTarget): string {
  return JSON.stringify(t);
}

export function commentViewName(key: string): string {
  return PREFIX + key;
}

export function commentKeyOfView(relation: string): string {
  return relation.slice(PREFIX.length);
}

export function commentViewSql(key: string, text: string, quote: (ident: string) => string): string {
  // `*\/` in the JSON keeps the annotation closed; JSON.parse reads `\/` back as `/`.
  return `CREATE VIEW ${quote(commentViewName(key))} AS SELECT NULL AS description WHERE 0 /* evsql-description: ${JSON.stringify(text).replace(/\*\//g, '*\\/')} */`;
}

/** The object and text a `pg_description:` view records; undefined for a view not written by commentViewSql. */
export function readCommentView(relation: string, sql: string): { key: string; target: CommentTarget; text: string } | undefined {
  const m = TEXT.exec(sql);
  if (!m) return undefined;
  const key = commentKeyOfView(relation);
  return { key, target: JSON.parse(key) as CommentTarget, text: JSON.parse(m[1]!) as string };
}

/** The key after the rename, or the key itself where the rename does not touch its object. */
export function renamedCommentKey(key: string, r: CommentRename): string {
  const t = JSON.parse(key) as CommentTarget;
  if (r.kind === 'schema') {
    if (t.kind === 'schema') return t.name === r.from ? commentKey({ ...t, name: r.to }) : key;
    if (t.kind === 'type' || !t.relation.startsWith(`${r.from}.`)) return key;
    return commentKey({ ...t, relation: r.to + t.relation.slice(r.from.length) });
  }
  if (r.kind === 'relation') return 'relation' in t && t.relation === r.from ? commentKey({ ...t, relation: r.to }) : key;
  return t.kind === r.kind && t.relation === r.relation && t.name === r.from ? commentKey({ ...t, name: r.to }) : key;
}
