/**
 * PostgreSQL's comments go with their objects: a rename keeps an object's comment, a DROP (CASCADE's
 * too) takes it away. The comments kept apart from their objects (catalog/comments.ts) follow
 * after each DDL statement of a schema that has any: moved to the renamed object's key, and
 * dropped where their object is gone, so an object made again under the name starts with none.
 */
import type Database from 'better-sqlite3';
import { type CommentRename, commentViewName, commentViewSql, renamedCommentKey, type CommentTarget } from '../catalog/comments.js';
import { quoteIdent } from '../sqlite-quote.js';
import { describedObject } from './catalog/comment-targets.js';
import { buildModel, type MasterRow, type ViewColumn } from './catalog/model.js';

export function keepComments(db: Database.Database, rename: CommentRename | undefined): void {
  const master = (db.prepare('SELECT type, name, tbl_name, sql FROM main.sqlite_schema').all() as Array<Omit<MasterRow, 'temp'>>).map((r) => ({ ...r, temp: false }));
  const columns = (name: string): ViewColumn[] => {
    try {
      return db.prepare('SELECT name, type AS declType FROM pragma_table_info(?)').all(name) as ViewColumn[];
    } catch {
      // A view over a table dropped since has no columns.
      return [];
    }
  };
  const model = buildModel(master, columns, new Map());
  for (const [key, c] of model.comments) {
    const moved = rename ? renamedCommentKey(key, rename) : key;
    const live = describedObject(model, JSON.parse(moved) as CommentTarget) !== undefined;
    if (moved === key && live) continue;
    db.exec(`DROP VIEW ${quoteIdent(commentViewName(key))}`);
    if (live) db.exec(commentViewSql(moved, c.text, quoteIdent));
  }
}
