/**
 * The writer's schema snapshot reads again only the main tables whose definition or indexes
 * changed: after each kind of change, a snapshot read with the cache equals one read afresh.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readSchema, type SnapshotCache } from '../../dialect/schema-snapshot.js';

describe('schema snapshot cache', () => {
  it('equals a fresh read after table, index and view changes', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE p (id integer PRIMARY KEY, name text NOT NULL)');
    db.exec('CREATE TABLE c (id integer PRIMARY KEY, p_id integer REFERENCES p(id), note text)');
    db.exec('CREATE VIEW v AS SELECT id, note FROM c');
    const cache: SnapshotCache = { tables: new Map() };
    const changes = [
      'ALTER TABLE c ADD COLUMN extra integer DEFAULT 3',
      'CREATE UNIQUE INDEX c_note ON c (note)',
      'DROP INDEX c_note',
      'CREATE UNIQUE INDEX c_note ON c (note, extra)',
      'ALTER TABLE c RENAME COLUMN note TO remark',
      'ALTER TABLE p RENAME TO parent',
      'DROP VIEW v',
      'CREATE VIEW v AS SELECT id, remark, extra FROM c',
      'DROP VIEW v',
      'DROP INDEX c_note',
      'ALTER TABLE c DROP COLUMN extra',
    ];
    expect(readSchema(db, cache)).toEqual(readSchema(db));
    for (const sql of changes) {
      db.exec(sql);
      expect(readSchema(db, cache), sql).toEqual(readSchema(db));
    }
    expect(readSchema(db).relations.find((r) => r.name === 'c')?.uniqueKeys).toEqual([]);
    expect([...cache.tables.values()].map((r) => r.name).sort()).toEqual(['c', 'parent']);
  });
});
