/**
 * What the twenty-sixth session's sweep of GUI tools' and pg_dump's queries (test/corpus/45-tools26.sql)
 * fixed, on a real server through the `pg` driver; each expected value is PostgreSQL 15's answer:
 * format_type qualifies a type of public when public is off the search path (pg_dump empties it),
 * a view's _RETURN rule prints as pg_get_ruledef does and depends on the columns it reads
 * (pg_depend, information_schema's view usage); a view over the catalog is refused (0A000)
 * rather than leaking SQLite's message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows } = sharedClient();
let c: pg.Client;

const code = async (sql: string) => c.query(sql).then(() => undefined, (e: { code?: string }) => e.code);

beforeAll(async () => {
  c = client();
  await c.query("CREATE TYPE s26t_state AS ENUM ('on', 'off')");
  await c.query('CREATE DOMAIN s26t_pos AS int CHECK (VALUE > 0)');
  await c.query('CREATE TABLE s26t_item (id int PRIMARY KEY, state s26t_state, qty s26t_pos)');
  await c.query('CREATE VIEW s26t_on AS SELECT id, qty FROM s26t_item WHERE state = \'on\'');
});

describe('format_type of a type in public', () => {
  const sql = "SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a WHERE a.attrelid = 'public.s26t_item'::pg_catalog.regclass AND a.attnum > 0 ORDER BY a.attnum";

  it('is bare while public is on the search path and qualified once it is not, as pg_dump reads it', async () => {
    expect(await rows(sql)).toEqual([['integer'], ['s26t_state'], ['s26t_pos']]);
    await c.query("SELECT pg_catalog.set_config('search_path', '', false)");
    try {
      expect(await rows(sql)).toEqual([['integer'], ['public.s26t_state'], ['public.s26t_pos']]);
    } finally {
      await c.query('RESET search_path');
    }
    expect(await rows(sql)).toEqual([['integer'], ['s26t_state'], ['s26t_pos']]);
  });
});

describe('a view over the catalog', () => {
  it('is refused with 0A000 and leaves no view behind', async () => {
    expect(await code("CREATE VIEW s26t_rels AS SELECT relname FROM pg_class WHERE relname LIKE 's26t%'")).toBe('0A000');
    expect(await code('CREATE VIEW s26t_cols AS SELECT column_name FROM information_schema.columns')).toBe('0A000');
    expect(await code('SELECT * FROM s26t_rels')).toBe('42P01');
  });
});

describe("pg_get_ruledef of a view's _RETURN rule", () => {
  it('is its query after the rule head, qualified plain and bare pretty', async () => {
    const sql = "SELECT pg_get_ruledef(r.oid), pg_get_ruledef(r.oid, true) FROM pg_rewrite r WHERE r.ev_class = 's26t_on'::regclass";
    expect(await rows(sql)).toEqual([
      [
        'CREATE RULE "_RETURN" AS\n    ON SELECT TO public.s26t_on DO INSTEAD  SELECT s26t_item.id,\n    s26t_item.qty\n   FROM s26t_item\n  WHERE (s26t_item.state = \'on\'::s26t_state);',
        'CREATE RULE "_RETURN" AS\n    ON SELECT TO s26t_on DO INSTEAD  SELECT s26t_item.id,\n    s26t_item.qty\n   FROM s26t_item\n  WHERE s26t_item.state = \'on\'::s26t_state;',
      ],
    ]);
  });
});

describe("a view's dependencies", () => {
  it('are on the view and each column its query reads, as pg_dump and the usage views read them', async () => {
    const sql = "SELECT t.relname, a.attname, d.deptype FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class t ON t.oid = d.refobjid LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid WHERE d.classid = 'pg_rewrite'::regclass AND r.ev_class = 's26t_on'::regclass ORDER BY 1, 2, 3";
    expect(await rows(sql)).toEqual([
      ['s26t_item', 'id', 'n'],
      ['s26t_item', 'qty', 'n'],
      ['s26t_item', 'state', 'n'],
      ['s26t_on', null, 'i'],
      ['s26t_on', null, 'n'],
    ]);
    expect(await rows("SELECT table_name FROM information_schema.view_table_usage WHERE view_name = 's26t_on'")).toEqual([['s26t_item']]);
    expect(await rows("SELECT column_name FROM information_schema.view_column_usage WHERE view_name = 's26t_on' ORDER BY 1")).toEqual([['id'], ['qty'], ['state']]);
  });
});
