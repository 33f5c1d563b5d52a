/**
 * A write through an updatable view is keyed as the write of its table it becomes
 * (dialect/translate/view-write-through.ts): the mixer's row keys name the table's rows, so the
 * statement waits for and holds off writers of those rows as the same write of the table would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { rowKey } from '../../mixer/keys.js';
import { fails, keysOf, openTranslatedDb, run } from '../helpers/translated-db.js';
import type Database from 'better-sqlite3';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE vk (id int PRIMARY KEY, a int, b text)');
  run('CREATE VIEW vk_v AS SELECT id AS ident, b, a * 2 AS doubled FROM vk WHERE a > 0');
  run('CREATE VIEW vk_w AS SELECT ident, b FROM vk_v WHERE b IS NOT NULL WITH LOCAL CHECK OPTION');
});

describe('keys of a write through a view', () => {
  it('are the base table row keys of the rows the view names', () => {
    expect(keysOf('UPDATE vk_v SET b = $$x$$ WHERE ident = 5')).toEqual([{ mode: 'u', table: 'vk', row: rowKey(['id'], ['5']) }]);
    expect(keysOf('UPDATE vk_v SET b = $$x$$ WHERE ident = 5')).toEqual(keysOf('UPDATE vk SET b = $$x$$ WHERE id = 5 AND a > 0'));
    expect(keysOf('DELETE FROM vk_w WHERE ident = 7')).toEqual(keysOf('DELETE FROM vk WHERE id = 7 AND a > 0 AND b IS NOT NULL'));
    expect(keysOf('INSERT INTO vk_w (ident, b) VALUES (3, $$y$$)')).toEqual([{ mode: 'i', table: 'vk', row: rowKey(['id'], ['3']) }]);
  });
  it('a view of no key reaches the whole table, never the view', () => {
    const keys = keysOf('UPDATE vk_v SET b = NULL');
    expect(keys.map((k) => k.table)).toEqual(['vk']);
  });
});

describe('the rows the rewritten statement writes', () => {
  it('is the base table statement, with the view check in a RETURNING the client does not see', () => {
    const [t] = translate('INSERT INTO vk_w VALUES (9, $$z$$)', new TranslatorSchema(readSchema(db)));
    expect(t!.columns).toBeNull();
    expect(t!.steps[0]!.sql).toMatch(/^INSERT INTO "vk"/);
    expect(t!.steps[0]!.sql).toContain("'44000'");
    run('INSERT INTO vk_w VALUES (9, $$z$$)');
    expect(run('SELECT id, a, b FROM vk')).toEqual([[9n, null, 'z']]);
    expect(() => run('INSERT INTO vk_w VALUES (10, NULL)')).toThrow('new row violates check option for view "vk_w"');
  });
});

describe('what is not written through', () => {
  it('COPY into a view is 42809, as PostgreSQL refuses it', () => {
    expect(fails('COPY vk_v FROM STDIN')).toBe('42809');
  });
});
