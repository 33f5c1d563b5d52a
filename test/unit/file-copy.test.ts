/**
 * executor/file-copy.ts: a replica's copy (a rebuild's, a snapshot's) keeps each table's schema
 * text as written, the annotations after its last token included, which VACUUM INTO alone drops.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { copyDatabase } from '../../executor/file-copy.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it('keeps the text after a table definition\'s last token, and the rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evsql-copy-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'source.sqlite'));
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v text); INSERT INTO t VALUES (1, \'a\'), (2, \'b\'); CREATE TABLE u (x int)');
  const annotated = 'CREATE TABLE t (id INTEGER PRIMARY KEY, v text) /* evsql-comment: "people who buy" */';
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  db.prepare("UPDATE sqlite_schema SET sql = ? WHERE name = 't'").run(annotated);
  db.pragma(`schema_version = ${version + 1}`);
  db.pragma('writable_schema = RESET');
  db.unsafeMode(false);

  const bare = join(dir, 'bare.sqlite');
  db.prepare('VACUUM INTO ?').run(bare);
  const vacuumed = new Database(bare);
  // What this module is for: SQLite keeps a statement's text only up to its last token.
  expect(vacuumed.prepare("SELECT sql FROM sqlite_schema WHERE name = 't'").pluck().get()).not.toBe(annotated);
  vacuumed.close();

  const path = join(dir, 'copy.sqlite');
  copyDatabase(db, path);
  const copy = new Database(path);
  expect(copy.prepare('SELECT name, sql FROM sqlite_schema ORDER BY name').all()).toEqual(db.prepare('SELECT name, sql FROM sqlite_schema ORDER BY name').all());
  expect(copy.prepare('SELECT * FROM t ORDER BY id').all()).toEqual([{ id: 1, v: 'a' }, { id: 2, v: 'b' }]);
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  copy.close();
  db.close();
});
