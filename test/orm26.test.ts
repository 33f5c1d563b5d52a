/**
 * What ORMs' introspection reads that the twenty-sixth session's ORM sweep fixed, through the pg
 * driver against a real evsql process: information_schema lists the catalogs' own relations
 * (TypeORM asks whether pg_class has relispartition before its foreign-key query), and a
 * coalesce of a name with text is a name (drizzle-kit's index query).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let client: pg.Client;

beforeAll(async () => {
  server = await startServer();
  client = new pg.Client({ host: server.host, port: server.port, user: 'postgres', database: 'postgres' });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  if (server) expect(await server.stop()).toBe(0);
});

describe('information_schema over the catalogs themselves', () => {
  it('has pg_class.relispartition, as TypeORM checks', async () => {
    const r = await client.query("SELECT TRUE FROM information_schema.columns WHERE table_name = 'pg_class' and column_name = 'relispartition'");
    expect(r.rows).toEqual([{ '?column?': true }]);
  });

  it('describes catalog columns as PostgreSQL does: NOT NULL up to the first variable-length one, int2vector an ARRAY', async () => {
    const r = await client.query(
      "SELECT column_name, is_nullable, data_type FROM information_schema.columns WHERE table_schema = 'pg_catalog' AND table_name IN ('pg_class', 'pg_index') AND column_name IN ('relname', 'relacl', 'indkey', 'indisunique') ORDER BY column_name",
    );
    expect(r.rows).toEqual([
      { column_name: 'indisunique', is_nullable: 'NO', data_type: 'boolean' },
      { column_name: 'indkey', is_nullable: 'NO', data_type: 'ARRAY' },
      { column_name: 'relacl', is_nullable: 'YES', data_type: 'ARRAY' },
      { column_name: 'relname', is_nullable: 'NO', data_type: 'name' },
    ]);
  });

  it('lists catalog tables and views in information_schema.tables', async () => {
    const r = await client.query("SELECT table_schema, table_name, table_type, is_insertable_into FROM information_schema.tables WHERE table_name IN ('pg_class', 'pg_indexes', 'columns') ORDER BY table_name");
    expect(r.rows).toEqual([
      { table_schema: 'information_schema', table_name: 'columns', table_type: 'VIEW', is_insertable_into: 'NO' },
      { table_schema: 'pg_catalog', table_name: 'pg_class', table_type: 'BASE TABLE', is_insertable_into: 'YES' },
      { table_schema: 'pg_catalog', table_name: 'pg_indexes', table_type: 'VIEW', is_insertable_into: 'NO' },
    ]);
  });
});

describe('the common type of name and the other string types', () => {
  it('is name unless text comes first, as select_common_type resolves it', async () => {
    const r = await client.query({
      text: "SELECT coalesce('a'::name, 'b'::text) AS nt, coalesce('a'::text, 'b'::name) AS tn, coalesce('a'::varchar, 'b'::name) AS vn, coalesce('a'::bpchar, 'b'::name) AS cn, coalesce(relname, 'x'::text) AS col FROM pg_class WHERE relname = 'pg_class'",
      rowMode: 'array',
    });
    expect(r.fields.map((f) => f.dataTypeID)).toEqual([19, 25, 19, 19, 19]);
    expect(r.rows).toEqual([['a', 'a', 'a', 'a', 'pg_class']]);
  });
});
