/**
 * Partitioned tables as migrations change them (test/corpus/56-partition37.sql), on a real server
 * through the `pg` driver; each expected value and SQLSTATE is PostgreSQL 15's answer to the same
 * statement: ALTER TABLE of a partitioned table's columns reaches every partition, ONLY and the key
 * columns are refused as PostgreSQL refuses them, range bounds of dates, timestamps and texts are
 * compared as values, pg_get_partition_constraintdef and satisfies_hash_partition answer, and
 * ATTACH beside a default partition, DETACH and RENAME keep the partitions' rows where they were.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();
const run = (sql: string) => client().query(sql);

describe('ALTER TABLE of a partitioned table', () => {
  it('adds, retypes, renames and drops columns of every partition, whose rows stay where they were', async () => {
    await run('CREATE TABLE p37t_log (id int NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at)');
    await run("CREATE TABLE p37t_log_1 PARTITION OF p37t_log FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')");
    await run("CREATE TABLE p37t_log_2 PARTITION OF p37t_log FOR VALUES FROM ('2024-02-01') TO ('2024-03-01')");
    await run("INSERT INTO p37t_log VALUES (1, '2024-01-05', 'a'), (2, '2024-02-10', 'b')");
    await run("ALTER TABLE p37t_log ADD COLUMN host text DEFAULT 'h1'");
    expect(await rows('SELECT id, host FROM p37t_log_2')).toEqual([[2, 'h1']]);
    await run("INSERT INTO p37t_log_1 (id, at, msg, host) VALUES (3, '2024-01-06', 'c', 'h2')");
    expect(await rows('SELECT id, host FROM p37t_log ORDER BY id')).toEqual([[1, 'h1'], [2, 'h1'], [3, 'h2']]);
    await run('ALTER TABLE p37t_log ALTER COLUMN id TYPE bigint');
    expect(await rows('SELECT pg_typeof(id)::text FROM p37t_log_1 LIMIT 1')).toEqual([['bigint']]);
    await run('ALTER TABLE p37t_log RENAME COLUMN msg TO message');
    expect(await rows('SELECT message FROM p37t_log_2')).toEqual([['b']]);
    await run("INSERT INTO p37t_log_2 (id, at, message) VALUES (4, '2024-02-11', 'd')");
    await run('ALTER TABLE p37t_log DROP COLUMN host');
    expect(await rows("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'p37t_log_2'::regclass AND attnum > 0 AND NOT attisdropped")).toEqual([['id,at,message']]);
    expect(await rows('SELECT id::int, at::text, message FROM p37t_log_2 ORDER BY id')).toEqual([[2, '2024-02-10', 'b'], [4, '2024-02-11', 'd']]);
    expect(await rows('SELECT tableoid::regclass::text, count(*)::int FROM p37t_log GROUP BY 1 ORDER BY 1')).toEqual([['p37t_log_1', 2], ['p37t_log_2', 2]]);
    // A key column renamed: the bounds follow it.
    await run('ALTER TABLE p37t_log RENAME COLUMN at TO day');
    expect(await rows("SELECT pg_get_partition_constraintdef('p37t_log_1'::regclass)")).toEqual([["((day IS NOT NULL) AND (day >= '2024-01-01'::date) AND (day < '2024-02-01'::date))"]]);
    expect(await failure("INSERT INTO p37t_log_1 (id, day) VALUES (9, '2024-02-20')")).toMatchObject({ code: '23514' });
  });

  it('refuses what PostgreSQL refuses: the key columns, ONLY while partitions exist, unique keys without the key', async () => {
    await run('CREATE TABLE p37t_k (a int, b int, c text) PARTITION BY LIST (a)');
    await run('CREATE TABLE p37t_k_1 PARTITION OF p37t_k FOR VALUES IN (1)');
    expect(await failure('ALTER TABLE p37t_k DROP COLUMN a')).toEqual({ code: '42P16', message: 'cannot drop column "a" because it is part of the partition key of relation "p37t_k"' });
    expect(await failure('ALTER TABLE p37t_k ALTER COLUMN a TYPE bigint')).toEqual({ code: '42P16', message: 'cannot alter column "a" because it is part of the partition key of relation "p37t_k"' });
    expect(await failure('ALTER TABLE ONLY p37t_k ADD COLUMN d int')).toEqual({ code: '42P16', message: 'column must be added to child tables too' });
    expect(await failure('ALTER TABLE ONLY p37t_k DROP COLUMN c')).toMatchObject({ code: '42P16' });
    expect(await failure('ALTER TABLE ONLY p37t_k RENAME COLUMN c TO cc')).toEqual({ code: '42P16', message: 'inherited column "c" must be renamed in child tables too' });
    expect(await failure('ALTER TABLE p37t_k_1 ALTER COLUMN c TYPE varchar')).toEqual({ code: '42P16', message: 'cannot alter inherited column "c"' });
    expect(await failure('ALTER TABLE p37t_k ADD UNIQUE (b)')).toMatchObject({ code: '0A000', message: 'unique constraint on partitioned table must include all partitioning columns' });
    expect(await failure('CREATE UNIQUE INDEX ON p37t_k (b)')).toMatchObject({ code: '0A000' });
    // Nothing of a refused statement was applied.
    expect(await rows("SELECT attname FROM pg_attribute WHERE attrelid = 'p37t_k_1'::regclass AND attnum > 0 ORDER BY attnum")).toEqual([['a'], ['b'], ['c']]);
  });
});

describe('range bounds', () => {
  it('of dates, timestamps and texts compare as values however they are spelled', async () => {
    await run('CREATE TABLE p37t_d (d date, v int) PARTITION BY RANGE (d)');
    await run("CREATE TABLE p37t_d_a PARTITION OF p37t_d FOR VALUES FROM ('2024-1-1') TO ('2024-2-1')");
    expect(await failure("CREATE TABLE p37t_d_x PARTITION OF p37t_d FOR VALUES FROM ('2024-01-15') TO ('2024-02-15')")).toMatchObject({ code: '42P17' });
    expect(await failure("CREATE TABLE p37t_d_y PARTITION OF p37t_d FOR VALUES FROM ('not a date') TO ('2024-01-01')")).toMatchObject({ code: '22007' });
    await run("CREATE TABLE p37t_d_old PARTITION OF p37t_d FOR VALUES FROM (MINVALUE) TO ('2024-01-01')");
    expect(await rows("SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname = 'p37t_d_a'")).toEqual([["FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')"]]);
    await run("INSERT INTO p37t_d VALUES ('2023-12-31', 1), ('2024-01-31', 2)");
    expect(await rows('SELECT tableoid::regclass::text, v FROM p37t_d ORDER BY v')).toEqual([['p37t_d_old', 1], ['p37t_d_a', 2]]);
    await run('CREATE TABLE p37t_t (t timestamp, v int) PARTITION BY RANGE (t)');
    await run("CREATE TABLE p37t_t_a PARTITION OF p37t_t FOR VALUES FROM ('2024-01-01') TO ('2024-01-01 12:00')");
    expect(await failure("CREATE TABLE p37t_t_b PARTITION OF p37t_t FOR VALUES FROM ('2024-01-01 11:00:00') TO ('2024-01-02')")).toMatchObject({ code: '42P17' });
    await run('CREATE TABLE p37t_s (name text) PARTITION BY RANGE (name)');
    await run("CREATE TABLE p37t_s_a PARTITION OF p37t_s FOR VALUES FROM ('a') TO ('n')");
    expect(await failure("CREATE TABLE p37t_s_b PARTITION OF p37t_s FOR VALUES FROM ('m') TO ('p')")).toMatchObject({ code: '42P17' });
    await run('CREATE TABLE p37t_r (a int, b int) PARTITION BY RANGE (a, b)');
    expect(await failure('CREATE TABLE p37t_r_1 PARTITION OF p37t_r FOR VALUES FROM (MINVALUE, 0) TO (0, 0)')).toMatchObject({
      code: '42804',
      message: 'every bound following MINVALUE must also be MINVALUE',
    });
  });
});

describe('the catalog functions of partitions', () => {
  it('pg_get_partition_constraintdef and satisfies_hash_partition answer as PostgreSQL', async () => {
    await run('CREATE TABLE p37t_h (id int) PARTITION BY HASH (id)');
    for (const r of [0, 1, 2]) await run(`CREATE TABLE p37t_h_${r} PARTITION OF p37t_h FOR VALUES WITH (MODULUS 3, REMAINDER ${r})`);
    await run('INSERT INTO p37t_h SELECT generate_series(1, 30)');
    expect(await rows("SELECT satisfies_hash_partition('p37t_h'::regclass, 3, 2, 1), satisfies_hash_partition('p37t_h'::regclass, 3, 0, 1)")).toEqual([[true, false]]);
    expect(await rows("SELECT count(*)::int FROM p37t_h WHERE satisfies_hash_partition('p37t_h'::regclass, $1::int, $2::int, id)", [3, 0])).toEqual(await rows('SELECT count(*)::int FROM p37t_h_0'));
    await run('CREATE TABLE p37t_l (region text) PARTITION BY LIST (region)');
    await run("CREATE TABLE p37t_l_eu PARTITION OF p37t_l FOR VALUES IN ('fr', 'de', NULL)");
    await run("CREATE TABLE p37t_l_us PARTITION OF p37t_l FOR VALUES IN ('us')");
    await run('CREATE TABLE p37t_l_other PARTITION OF p37t_l DEFAULT');
    expect(await rows("SELECT pg_get_partition_constraintdef('p37t_l_eu'::regclass), pg_get_partition_constraintdef('p37t_l_us'::regclass), pg_get_partition_constraintdef('p37t_l'::regclass)")).toEqual([
      ["((region IS NULL) OR (region = ANY (ARRAY['fr'::text, 'de'::text])))", "((region IS NOT NULL) AND (region = 'us'::text))", null],
    ]);
    expect(await rows("SELECT pg_get_partition_constraintdef('p37t_l_other'::regclass)")).toEqual([["(NOT ((region IS NULL) OR (region = ANY (ARRAY['de'::text, 'fr'::text, 'us'::text]))))"]]);
    expect(await rows("SELECT pg_partition_root('p37t_l_us')::text, relid::text, isleaf, level FROM pg_partition_tree('p37t_l') ORDER BY level, relid::text")).toEqual([
      ['p37t_l', 'p37t_l', false, 0],
      ['p37t_l', 'p37t_l_eu', true, 1],
      ['p37t_l', 'p37t_l_other', true, 1],
      ['p37t_l', 'p37t_l_us', true, 1],
    ]);
  });
});

describe("a partition's columns and constraint as psql's \\d+ reads them", () => {
  it("are its parent's NOT NULL and DEFAULT, and a default range partition's constraint negates its siblings' ranges", async () => {
    await run('CREATE TABLE p37t_z (id int NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at)');
    await run("CREATE TABLE p37t_z_1 PARTITION OF p37t_z FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')");
    await run('CREATE TABLE p37t_z_d PARTITION OF p37t_z DEFAULT');
    await run("ALTER TABLE p37t_z ADD COLUMN host text DEFAULT 'x'");
    const columns = "SELECT a.attname, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = 'p37t_z_1'::regclass AND a.attnum > 0 ORDER BY a.attnum";
    expect(await rows(columns)).toEqual([['id', true, null], ['at', true, null], ['msg', false, null], ['host', false, "'x'::text"]]);
    expect(await rows("SELECT pg_get_partition_constraintdef('p37t_z_d'::regclass)")).toEqual([["(NOT ((at IS NOT NULL) AND ((at >= '2024-01-01'::date) AND (at < '2024-02-01'::date))))"]]);
    // Several key columns: leading values both bounds share are equalities, the rest row comparisons.
    await run('CREATE TABLE p37t_m (a int, b int, c int) PARTITION BY RANGE (a, b, c)');
    await run('CREATE TABLE p37t_m_1 PARTITION OF p37t_m FOR VALUES FROM (0, 0, 0) TO (0, 10, 5)');
    await run('CREATE TABLE p37t_m_2 PARTITION OF p37t_m FOR VALUES FROM (2, MINVALUE, MINVALUE) TO (2, 5, MAXVALUE)');
    expect(await rows("SELECT pg_get_partition_constraintdef('p37t_m_1'::regclass), pg_get_partition_constraintdef('p37t_m_2'::regclass)")).toEqual([
      [
        '((a IS NOT NULL) AND (b IS NOT NULL) AND (c IS NOT NULL) AND (a = 0) AND ((b > 0) OR ((b = 0) AND (c >= 0))) AND ((b < 10) OR ((b = 10) AND (c < 5))))',
        '((a IS NOT NULL) AND (b IS NOT NULL) AND (c IS NOT NULL) AND (a = 2) AND (b <= 5))',
      ],
    ]);
  });
});

describe('ATTACH, DETACH and RENAME', () => {
  it('attach beside a default partition, detach a partition its parent indexes, rename the parent', async () => {
    await run('CREATE TABLE p37t_i (region text, id int) PARTITION BY LIST (region)');
    await run("CREATE TABLE p37t_i_us PARTITION OF p37t_i FOR VALUES IN ('us')");
    await run('CREATE TABLE p37t_i_other PARTITION OF p37t_i DEFAULT');
    await run('CREATE INDEX ON p37t_i (id)');
    await run("INSERT INTO p37t_i VALUES ('us', 1), ('jp', 2), ('cn', 3)");
    await run("CREATE TABLE p37t_i_asia (region text, id int); INSERT INTO p37t_i_asia VALUES ('kr', 4)");
    // The default partition holds a row the new bound takes: refused, and nothing moves.
    expect(await failure("ALTER TABLE p37t_i ATTACH PARTITION p37t_i_asia FOR VALUES IN ('kr', 'cn')")).toEqual({ code: '23514', message: 'updated partition constraint for default partition "p37t_i_other" would be violated by some row' });
    expect(await rows('SELECT id FROM p37t_i_asia')).toEqual([[4]]);
    await run("ALTER TABLE p37t_i ATTACH PARTITION p37t_i_asia FOR VALUES IN ('kr')");
    expect(await rows('SELECT tableoid::regclass::text, id FROM p37t_i ORDER BY id')).toEqual([['p37t_i_us', 1], ['p37t_i_other', 2], ['p37t_i_other', 3], ['p37t_i_asia', 4]]);
    expect(await failure("ALTER TABLE p37t_i ATTACH PARTITION p37t_i_us FOR VALUES IN ('us')")).toEqual({ code: '42809', message: '"p37t_i_us" is already a partition' });
    expect(await failure('ALTER TABLE p37t_i DETACH PARTITION p37t_i_us CONCURRENTLY')).toMatchObject({ code: '55000' });
    expect(await failure('ALTER TABLE p37t_i DETACH PARTITION p37t_i_us FINALIZE')).toMatchObject({ code: '55000', message: 'cannot complete detaching partition "p37t_i_us"' });
    await run('ALTER TABLE p37t_i DETACH PARTITION p37t_i_us');
    expect(await rows('SELECT * FROM p37t_i_us')).toEqual([['us', 1]]);
    expect(await failure("INSERT INTO p37t_i VALUES ('us', 5)")).toBeUndefined();
    expect(await rows("SELECT tableoid::regclass::text FROM p37t_i WHERE id = 5")).toEqual([['p37t_i_other']]);
    await run('ALTER TABLE p37t_i RENAME TO p37t_items');
    expect(await rows("SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'p37t_items'::regclass ORDER BY 1")).toEqual([['p37t_i_asia'], ['p37t_i_other']]);
    await run("INSERT INTO p37t_i_asia VALUES ('kr', 6)");
    expect(await rows('SELECT count(*)::int FROM p37t_items')).toEqual([[5]]);
  });
});
