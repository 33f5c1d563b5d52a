/**
 * Partition bounds and keys as the catalog prints them (dialect/catalog/partitions.ts), from the
 * parse trees CREATE TABLE … PARTITION OF records; and the translation's refusals of what evsql
 * cannot make exact (dialect/translate/partitions.ts).
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseQuery } from '../../dialect/translate/parse.js';
import { partitionBoundText, partitionKeyText } from '../../dialect/catalog/partitions.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import { readSchema } from '../../dialect/schema-snapshot.js';
import { OID } from '../../pg/types/registry.js';

beforeAll(async () => {
  await loadParser();
});

const bound = (sql: string) => parseQuery(sql)[0]!.node.CreateStmt.partbound;

describe('partitionBoundText', () => {
  it('prints range, list and default bounds as pg_get_expr does', () => {
    expect(partitionBoundText(bound("CREATE TABLE p PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"))).toBe("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
    expect(partitionBoundText(bound('CREATE TABLE p PARTITION OF t FOR VALUES FROM (MINVALUE, 1) TO (5, MAXVALUE)'))).toBe('FOR VALUES FROM (MINVALUE, 1) TO (5, MAXVALUE)');
    expect(partitionBoundText(bound("CREATE TABLE p PARTITION OF t FOR VALUES IN ('it''s', NULL, -3)"))).toBe("FOR VALUES IN ('it''s', NULL, -3)");
    expect(partitionBoundText(bound('CREATE TABLE p PARTITION OF t DEFAULT'))).toBe('DEFAULT');
  });

  it("prints an integer key's datums as integers, a timestamp key's to the second, as the types' output does", () => {
    expect(partitionBoundText(bound("CREATE TABLE p PARTITION OF t FOR VALUES IN ('07', ' 8', 9, NULL)"), [OID.int4])).toBe('FOR VALUES IN (7, 8, 9, NULL)');
    expect(partitionBoundText(bound("CREATE TABLE p PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2024-02-01 10:00')"), [OID.timestamp])).toBe("FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2024-02-01 10:00:00')");
    expect(partitionBoundText(bound("CREATE TABLE p PARTITION OF t FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')"), [OID.date])).toBe("FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')");
  });

  it('prints a hash bound with its modulus and remainder, 0 included', () => {
    expect(partitionBoundText(bound('CREATE TABLE p PARTITION OF t FOR VALUES WITH (MODULUS 4, REMAINDER 0)'))).toBe('FOR VALUES WITH (modulus 4, remainder 0)');
    expect(partitionBoundText(bound('CREATE TABLE p PARTITION OF t FOR VALUES WITH (modulus 8, remainder 7)'))).toBe('FOR VALUES WITH (modulus 8, remainder 7)');
  });

  it('prints a key with its strategy and quoted columns', () => {
    expect(partitionKeyText({ strategy: 'range', columns: ['logdate', 'City'] })).toBe('RANGE (logdate, "City")');
    expect(partitionKeyText({ strategy: 'list', columns: ['level'] })).toBe('LIST (level)');
    expect(partitionKeyText({ strategy: 'hash', columns: ['aid'] })).toBe('HASH (aid)');
  });
});

describe('what is refused', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE "plain" ("a" int4)');
  const schema = new TranslatorSchema(readSchema(db));
  const error = (sql: string) => {
    try {
      translate(sql, schema);
    } catch (e) {
      return (e as { code: string }).code;
    }
    return 'translated';
  };

  it('refuses hash partitioning, key expressions and a unique key without the partition key', () => {
    expect(error('CREATE TABLE h (a numeric) PARTITION BY HASH (a)')).toBe('0A000');
    expect(error('CREATE TABLE h (a int[]) PARTITION BY HASH (a)')).toBe('0A000');
    expect(error('CREATE TABLE h (a int, b text) PARTITION BY HASH (a, b)')).toBe('translated');
    expect(error('CREATE TABLE e (a int) PARTITION BY RANGE ((a + 1))')).toBe('0A000');
    expect(error('CREATE TABLE u (a int, b int UNIQUE) PARTITION BY RANGE (a)')).toBe('0A000');
    expect(error('CREATE TABLE r (a int, b int, PRIMARY KEY (a, b)) PARTITION BY RANGE (a)')).toBe('translated');
  });

  it('refuses a partition of a table that is not partitioned', () => {
    expect(error('CREATE TABLE p PARTITION OF plain FOR VALUES FROM (1) TO (2)')).toBe('42P17');
  });
});
