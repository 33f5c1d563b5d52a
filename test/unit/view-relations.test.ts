import { describe, expect, it } from 'vitest';
import { viewRelations } from '../../dialect/runtime/catalog/sqlite-ddl.js';

describe('viewRelations', () => {
  it('names the relations of FROM lists and joins, at any depth, and no column of the same name', () => {
    const sql = 'CREATE VIEW "v" AS SELECT "a"."x" AS "b", coalesce("c", 1) AS "d" FROM "a" AS "a" JOIN "e" ON "e"."k" = "a"."k", "f" WHERE "x" IN (SELECT "y" FROM "g") ORDER BY "h"';
    expect(viewRelations(sql).sort()).toEqual(['a', 'e', 'f', 'g']);
  });

  it('skips the catalog’s temp tables, functions and subqueries as FROM items', () => {
    const sql = 'CREATE VIEW "v" AS SELECT * FROM temp."pg_catalog.pg_class" AS "c", json_each(\'[1]\'), (SELECT 1 FROM "t") AS "s" /* evsql-columns: ["int"] */';
    expect(viewRelations(sql)).toEqual(['t']);
  });
});
