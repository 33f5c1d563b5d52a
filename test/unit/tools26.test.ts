/**
 * What the twenty-sixth session's sweep (test/corpus/45-tools26.sql) made evsql answer about
 * views: one over the catalog is refused (0A000) rather than SQLite's "cannot reference objects in
 * database temp", and CREATE OR REPLACE VIEW finds a missing relation (42P01) and a relation that
 * is no view (42809) before it compares the view's columns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE s26u_t (id int PRIMARY KEY, name text)');
  run('CREATE VIEW s26u_v AS SELECT id, name FROM s26u_t');
  run('CREATE MATERIALIZED VIEW s26u_m AS SELECT id FROM s26u_t');
});

describe('a view over the catalog', () => {
  it('is refused naming the catalog relation, however it is reached', () => {
    expect(fails('CREATE VIEW s26u_c AS SELECT relname FROM pg_class')).toBe('0A000');
    expect(fails("CREATE VIEW s26u_c AS SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).toBe('0A000');
    expect(fails('CREATE VIEW s26u_c AS SELECT t.id, (SELECT count(*) FROM pg_catalog.pg_attribute) FROM s26u_t t')).toBe('0A000');
    expect(fails("CREATE OR REPLACE VIEW s26u_v AS SELECT id, name, obj_description('s26u_t'::regclass, 'pg_class') FROM s26u_t")).toBe('0A000');
  });
});

describe('CREATE OR REPLACE VIEW', () => {
  it('answers a missing relation before the columns it would drop, as PostgreSQL analyses the query first', () => {
    expect(fails('CREATE OR REPLACE VIEW s26u_v AS SELECT id FROM s26u_nowhere')).toBe('42P01');
    expect(fails('WITH s26u_nowhere AS (SELECT 1 AS id) SELECT id FROM s26u_nowhere')).toBeUndefined();
    expect(fails('CREATE OR REPLACE VIEW s26u_v AS WITH s26u_nowhere AS (SELECT 1 AS id) SELECT id FROM s26u_nowhere')).toBe('42P16');
    expect(fails('CREATE OR REPLACE VIEW s26u_v AS SELECT id FROM s26u_t')).toBe('42P16');
  });

  it('refuses to replace a table or a materialized view (42809)', () => {
    expect(fails('CREATE OR REPLACE VIEW s26u_t AS SELECT 1')).toBe('42809');
    expect(fails('CREATE OR REPLACE VIEW s26u_m AS SELECT 1')).toBe('42809');
  });
});
