/**
 * SQLite's refusal of a NOT NULL column added to a table with rows names neither; PostgreSQL's
 * message names both, and ORMs' migrations (TypeORM's column re-creation) show it to the user.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../../dialect/translate/parse.js';
import { placeError } from '../../dialect/translate/place-error.js';
import { PgError } from '../../pg/errors.js';

beforeAll(() => loadParser());

describe('a NOT NULL column added to a table with rows', () => {
  const sqlite = () => new PgError('23502', 'column contains null values');

  it('names the column and the table, as PostgreSQL does', () => {
    const err = placeError(sqlite(), 'ALTER TABLE "t26_customers" ADD "email" character varying(160) NOT NULL');
    expect(err.message).toBe('column "email" of relation "t26_customers" contains null values');
    expect(err.fields).toMatchObject({ table: 't26_customers', column: 'email' });
    expect(err.fields.position).toBeUndefined();
  });

  it('leaves a column with a default, which SQLite fills, to the message it had', () => {
    expect(placeError(sqlite(), 'ALTER TABLE t ADD COLUMN b int NOT NULL DEFAULT 0').message).toBe('column contains null values');
  });
});
