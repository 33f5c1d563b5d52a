/**
 * Partitioning in the mixer and the translator: a partition's conflict keys are its parent's, on
 * the parent's rows (mixer/schema-keys.ts partitionOf); hash partitions route by PostgreSQL's
 * hashes; ONLY of a partitioned table holds no rows; what ALTER of their columns is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rowKey } from '../../mixer/keys.js';
import { hashBytesExtended, hashInt8Extended, partitionHash } from '../../pg/hash.js';
import { fails, keysOf, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE pk (id int, r int, v text, PRIMARY KEY (id, r)) PARTITION BY RANGE (r)');
  run('CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM (0) TO (10)');
  run('CREATE TABLE pk2 PARTITION OF pk FOR VALUES FROM (10) TO (20)');
});

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

describe('hash partitioning', () => {
  // PostgreSQL 15's own answers: hashint8extended(v, 8816678312871386365), hashtextextended(t, …), and
  // where satisfies_hash_partition puts 1…12 of an int4 key among four partitions.
  it('hashes integers and texts as PostgreSQL does, with the partition seed', () => {
    const seed = 0x7a5b22367996dcfdn;
    expect([1n, -7n, 0n, 2147483647n, 9223372036854775807n].map((v) => BigInt.asIntN(64, hashInt8Extended(v, seed)))).toEqual([
      5968994663651403477n, -7298374200968567817n, -4403592609991167795n, -6050265599104649060n, 4938542303000433043n,
    ]);
    expect(['alpha', '', 'a much longer text value here'].map((t) => BigInt.asIntN(64, hashBytesExtended(Buffer.from(t), seed)))).toEqual([5995266089327636298n, -5700645584453517373n, -5902453051675505808n]);
    expect(Array.from({ length: 12 }, (_, i) => Number(partitionHash([BigInt(i + 1)]) % 4n))).toEqual([0, 2, 1, 3, 1, 3, 3, 1, 1, 3, 1, 0]);
    expect(partitionHash([null])).toBe(0n);
  });

  it('routes rows to the partition of their hash and checks moduli as PostgreSQL does', () => {
    run('CREATE TABLE hk (aid int NOT NULL, v text) PARTITION BY HASH (aid)');
    for (let r = 0; r < 4; r++) run(`CREATE TABLE hk_${r} PARTITION OF hk FOR VALUES WITH (MODULUS 4, REMAINDER ${r})`);
    run('INSERT INTO hk SELECT g, NULL FROM generate_series(1, 12) g');
    expect(run('SELECT aid FROM hk_0 ORDER BY aid')).toEqual([[1n], [12n]]);
    expect(fails('INSERT INTO hk_1 VALUES (1)')).toBe('23514');
    expect(fails('CREATE TABLE hk_x PARTITION OF hk FOR VALUES WITH (MODULUS 4, REMAINDER 3)')).toBe('42P17');
    expect(fails('CREATE TABLE hk_x PARTITION OF hk FOR VALUES WITH (MODULUS 3, REMAINDER 0)')).toBe('42P17');
    expect(fails('CREATE TABLE hk_x PARTITION OF hk FOR VALUES WITH (MODULUS 4, REMAINDER 4)')).toBe('42P16');
    expect(fails('CREATE TABLE hk_x PARTITION OF hk DEFAULT')).toBe('42P16');
  });
});

describe('ONLY, and the columns of a partitioned table and of its partitions', () => {
  it('reads, updates and deletes none of the rows of ONLY a partitioned table; TRUNCATE ONLY is 42809', () => {
    run('CREATE TABLE ok (id int, r int) PARTITION BY RANGE (r)');
    run('CREATE TABLE ok1 PARTITION OF ok FOR VALUES FROM (0) TO (10)');
    run('INSERT INTO ok VALUES (1, 1), (2, 2)');
    expect(run('SELECT count(*) FROM ONLY ok')).toEqual([[0n]]);
    expect(run('SELECT count(*) FROM ONLY ok1')).toEqual([[2n]]);
    expect(run('UPDATE ONLY ok SET id = 9 RETURNING id')).toEqual([]);
    expect(run('DELETE FROM ONLY ok WHERE id = 1 RETURNING id')).toEqual([]);
    expect(run('SELECT id FROM ok ORDER BY id')).toEqual([[1n], [2n]]);
    expect(fails('TRUNCATE ONLY ok')).toBe('42809');
  });

  it("refuses a partition's own columns as PostgreSQL does, and renames a partitioned table's key column in its partitions too", () => {
    expect(fails('ALTER TABLE ok1 ADD COLUMN extra int')).toBe('42809');
    expect(fails('ALTER TABLE ok1 DROP COLUMN id')).toBe('42P16');
    expect(fails('ALTER TABLE ok1 RENAME COLUMN id TO ident')).toBe('42P16');
    run('ALTER TABLE ok RENAME COLUMN r TO region');
    expect(run('SELECT id, region FROM ok1 ORDER BY id')).toEqual([[1n, 1n], [2n, 2n]]);
    expect(fails('INSERT INTO ok1 VALUES (3, 10)')).toBe('23514');
  });

  it('renames a key column of a partitioned table without partitions in its key', () => {
    run('CREATE TABLE rk (id int, r int) PARTITION BY LIST (r)');
    run('ALTER TABLE rk RENAME COLUMN r TO region');
    run("CREATE TABLE rk1 PARTITION OF rk FOR VALUES IN (1)");
    run('INSERT INTO rk VALUES (5, 1)');
    expect(run('SELECT id, region FROM rk1')).toEqual([[5n, 1n]]);
    expect(fails('INSERT INTO rk VALUES (6, 2)')).toBe('23514');
  });
});
