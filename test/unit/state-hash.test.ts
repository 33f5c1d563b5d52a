/**
 * The state hash on a real SQLite database with change capture: order independence, rollback of
 * a request's changes, and agreement with a full recomputation.
 */
import Database from 'better-sqlite3';
import xxhash from 'xxhash-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChangeCapture } from '../../executor/change-capture.js';
import { StateHash, type Hasher } from '../../executor/state-hash.js';

let hasher: Hasher;

beforeAll(async () => {
  hasher = await xxhash();
});

function replica() {
  const db = new Database(':memory:');
  db.defaultSafeIntegers(true);
  db.exec('CREATE TABLE t (id int PRIMARY KEY, v text, n real, b blob)');
  const hash = new StateHash(hasher);
  const capture = new ChangeCapture(db, hash);
  capture.rebuild();
  return { db, hash, capture };
}

const ops = [
  "INSERT INTO t VALUES (1, 'a', 1.5, x'00ff')",
  "INSERT INTO t VALUES (2, 'b', NULL, NULL)",
  "INSERT INTO t VALUES (3, 'c', 2.25, x'')",
  "UPDATE t SET v = 'bb' WHERE id = 2",
  'DELETE FROM t WHERE id = 3',
  "INSERT INTO t VALUES (4, 'd', -0.5, NULL)",
];

describe('StateHash with change capture', () => {
  it('does not depend on the order of commuting changes', () => {
    const x = replica();
    const y = replica();
    for (const op of ops) x.db.exec(op);
    // Same effects, other order: insert 4 first, update before the unrelated inserts.
    for (const op of [ops[5]!, ops[1]!, ops[3]!, ops[0]!, ops[2]!, ops[4]!]) y.db.exec(op);
    expect(x.hash.root()).toBe(y.hash.root());
  });

  it('changes with any change of content', () => {
    const x = replica();
    const y = replica();
    for (const op of ops) x.db.exec(op);
    for (const op of ops) y.db.exec(op.replace("'bb'", "'bB'"));
    expect(x.hash.root()).not.toBe(y.hash.root());
  });

  it("covers a numeric's hidden display column: replicas that differ only in a value's scale disagree", () => {
    const make = () => {
      const db = new Database(':memory:');
      db.defaultSafeIntegers(true);
      db.exec(`CREATE TABLE m (id int PRIMARY KEY, n numeric, "n:display")`);
      const hash = new StateHash(hasher);
      new ChangeCapture(db, hash).rebuild();
      return { db, hash };
    };
    const x = make();
    const y = make();
    x.db.exec(`INSERT INTO m VALUES (1, 2.5, '2.500')`);
    y.db.exec(`INSERT INTO m VALUES (1, 2.5, NULL)`);
    expect(x.hash.root()).not.toBe(y.hash.root());
    y.db.exec(`UPDATE m SET "n:display" = '2.500' WHERE id = 1`);
    expect(x.hash.root()).toBe(y.hash.root());
  });

  it('equals a full recomputation from the data', () => {
    const x = replica();
    for (const op of ops) x.db.exec(op);
    const incremental = x.hash.root();
    x.capture.rebuild();
    expect(x.hash.root()).toBe(incremental);
  });

  it('is the same root when taken after every change as when taken once at the end', () => {
    const x = replica();
    const empty = x.hash.root();
    for (let i = 0; i < ops.length; i++) {
      x.db.exec(ops[i]!);
      const y = replica();
      for (const op of ops.slice(0, i + 1)) y.db.exec(op);
      expect(x.hash.root()).toBe(y.hash.root());
    }
    x.db.exec('DELETE FROM t');
    expect(x.hash.root()).toBe(empty);
  });

  it('takes back a rolled-back request', () => {
    const x = replica();
    x.db.exec(ops[0]!);
    const before = x.hash.root();
    const mark = x.hash.mark();
    x.db.exec('SAVEPOINT r');
    x.db.exec(ops[1]!);
    x.db.exec("UPDATE t SET v = 'z'");
    x.db.exec('ROLLBACK TO r');
    x.hash.rollbackTo(mark);
    expect(x.hash.root()).toBe(before);
  });

  it('nests marks as batches and their requests do: a released request stays with its batch, a rolled-back batch takes all back, a new table included', () => {
    const x = replica();
    x.db.exec(ops[0]!);
    const committed = x.hash.root();
    x.hash.commit();
    const batch = x.hash.mark();
    x.db.exec('SAVEPOINT b');
    const first = x.hash.mark();
    x.db.exec(ops[1]!);
    x.hash.release(first);
    const afterFirst = x.hash.root();
    const second = x.hash.mark();
    x.db.exec('SAVEPOINT r');
    x.db.exec("UPDATE t SET v = 'z'");
    x.db.exec('ROLLBACK TO r');
    x.hash.rollbackTo(second);
    expect(x.hash.root()).toBe(afterFirst);
    const third = x.hash.mark();
    x.db.exec('CREATE TABLE u (k int)');
    x.capture.refresh();
    x.db.exec('INSERT INTO u VALUES (1), (2)');
    x.db.exec(ops[2]!);
    x.hash.release(third);
    expect(x.hash.depth).toBe(batch + 1);
    x.db.exec('ROLLBACK TO b');
    x.hash.rollbackTo(batch);
    expect(x.hash.depth).toBe(0);
    x.capture.refresh();
    expect(x.hash.root()).toBe(committed);
  });

  it('keeps one copy of a table’s buckets per mark however many rows change (a bulk insert holds no per-row memory)', () => {
    const x = replica();
    const batch = x.hash.mark();
    const before = x.hash.root();
    const insert = x.db.prepare("INSERT INTO t VALUES (?, 'r', NULL, NULL)");
    for (let i = 0; i < 5000; i++) insert.run(BigInt(i));
    const marks = (x.hash as unknown as { marks: Array<Map<string, unknown>> }).marks;
    expect(marks.map((m) => [...m.keys()])).toEqual([['t']]);
    x.db.exec('DELETE FROM t');
    x.hash.rollbackTo(batch);
    expect(x.hash.root()).toBe(before);
  });

  it("remakes after a schema change only its own table's triggers; the others keep capturing, and the root is a full recomputation's", () => {
    const x = replica();
    x.db.exec('CREATE TABLE u (k int, w text)');
    x.capture.refresh();
    const triggerRow = (name: string) => x.db.prepare('SELECT rowid FROM sqlite_temp_schema WHERE name = ?').pluck().get(name);
    const kept = triggerRow('evsql.capture.i.t');
    x.db.exec(ops[0]!);
    x.capture.dropTriggersFor('u');
    // SQLite refuses this while u's triggers name the column.
    x.db.exec('ALTER TABLE u RENAME COLUMN k TO k2');
    // Written after the schema change, in the same request: t captured as ever, u hashed anew.
    x.db.exec(ops[1]!);
    x.db.exec("INSERT INTO u VALUES (1, 'one')");
    x.capture.refresh();
    expect(triggerRow('evsql.capture.i.t')).toBe(kept);
    x.db.exec("INSERT INTO u VALUES (2, 'two')");
    const incremental = x.hash.root();
    x.capture.rebuild();
    expect(x.hash.root()).toBe(incremental);
  });

  it("drops a table's triggers again after a failed schema change's rollback put them back", () => {
    const x = replica();
    x.db.exec('BEGIN');
    x.db.exec('SAVEPOINT request');
    x.capture.dropTriggersFor('t');
    // The ALTER fails (no such column); the savepoint's rollback restores t's triggers.
    expect(() => x.db.exec('ALTER TABLE t RENAME COLUMN nope TO other')).toThrow();
    x.db.exec('ROLLBACK TO request');
    x.db.exec('RELEASE request');
    expect(x.db.prepare("SELECT count(*) FROM sqlite_temp_schema WHERE type = 'trigger' AND tbl_name = 't'").pluck().get()).toBe(3n);
    x.capture.dropTriggersFor('t');
    // SQLite refuses a DROP COLUMN while a trigger names the column.
    x.db.exec('ALTER TABLE t DROP COLUMN n');
    x.capture.refresh();
    x.db.exec('COMMIT');
    x.db.exec("INSERT INTO t VALUES (7, 'g', NULL)");
    const incremental = x.hash.root();
    x.capture.rebuild();
    expect(x.hash.root()).toBe(incremental);
  });

  it('drops the triggers a renamed table took along, which still carry its old name', () => {
    const x = replica();
    x.db.exec(ops[0]!);
    x.db.exec('ALTER TABLE t RENAME TO t2');
    x.capture.refresh();
    x.db.exec("INSERT INTO t2 VALUES (5, 'e', NULL, NULL)");
    expect(x.db.prepare("SELECT count(*) FROM sqlite_temp_schema WHERE type = 'trigger' AND tbl_name = 't2'").pluck().get()).toBe(3n);
    const incremental = x.hash.root();
    x.capture.rebuild();
    expect(x.hash.root()).toBe(incremental);
  });

  it('undoes one transaction from its undo records', () => {
    const x = replica();
    x.db.exec(ops[0]!);
    const before = x.hash.root();
    x.capture.currentTx = 7;
    x.db.exec(ops[1]!);
    x.db.exec("UPDATE t SET v = 'changed', b = x'01' WHERE id = 1");
    x.db.exec('DELETE FROM t WHERE id = 1');
    x.capture.currentTx = null;
    expect(x.capture.openTransactions()).toEqual([7]);
    x.capture.undo(7, 0);
    expect(x.hash.root()).toBe(before);
    expect(x.db.prepare('SELECT id, v, b FROM t').safeIntegers(false).all()).toEqual([{ id: 1, v: 'a', b: Buffer.from([0, 255]) }]);
    expect(x.capture.openTransactions()).toEqual([]);
  });
});
