/**
 * Partitioning in the mixer and the translator: a partition's conflict keys are its parent's, on
 * the parent's rows (mixer/schema-keys.ts partitionOf).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { translate } from '../../dialect/translate/translate.js';
import { SchemaKeys } from '../../mixer/schema-keys.js';
import { conflictKeys } from '../../mixer/statement-keys.js';
import { NO_RULES } from '../../mixer/rules.js';
import { rowKey } from '../../mixer/keys.js';
import { openTranslatedDb, run } from '../helpers/translated-db.js';
import type Database from 'better-sqlite3';

let db: Database.Database;

beforeAll(async () => {
  db = await openTranslatedDb();
  run('CREATE TABLE pk (id int, r int, v text, PRIMARY KEY (id, r)) PARTITION BY RANGE (r)');
  run('CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM (0) TO (10)');
  run('CREATE TABLE pk2 PARTITION OF pk FOR VALUES FROM (10) TO (20)');
});

function keysOf(sql: string) {
  const snapshot = readSchema(db);
  const [t] = translate(sql, new TranslatorSchema(snapshot));
  return conflictKeys(t!, [], new SchemaKeys(snapshot), NO_RULES);
}

describe('conflict keys of a partition', () => {
  it('are row keys of its parent, for reads and writes alike', () => {
    const row = rowKey(['id', 'r'], ['1', '2']);
    expect(keysOf('SELECT * FROM pk1 WHERE id = 1 AND r = 2')).toEqual([{ mode: 'r', table: 'pk', row }]);
    expect(keysOf('SELECT * FROM pk1 WHERE id = 1 AND r = 2 FOR UPDATE')).toEqual([{ mode: 'w', table: 'pk', row }]);
    expect(keysOf('UPDATE pk1 SET v = $$x$$ WHERE id = 1 AND r = 2')).toEqual([{ mode: 'u', table: 'pk', row }]);
    expect(keysOf('INSERT INTO pk2 VALUES (1, 12, $$a$$)')).toEqual([{ mode: 'i', table: 'pk', row: rowKey(['id', 'r'], ['1', '12']) }]);
  });

  it('a scan of a partition reads the whole parent, never the whole database', () => {
    expect(keysOf('SELECT count(*) FROM pk2')).toEqual([{ mode: 'r', table: 'pk' }]);
    expect(keysOf('SELECT * FROM pk1 JOIN pk2 USING (id)')).toEqual([{ mode: 'r', table: 'pk' }]);
  });
});
