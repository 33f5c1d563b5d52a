/**
 * The thirty-third session's Django sweep (test/corpus/52-django33.sql, test/clients/django_orm_app.py):
 * statements translated and run on SQLite with evsql's functions, each answer PostgreSQL 15's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PgError } from '../../pg/errors.js';
import { fails, openTranslatedDb, run } from '../helpers/translated-db.js';

beforeAll(async () => {
  await openTranslatedDb();
  run('CREATE TABLE d33_supplier (id int PRIMARY KEY, name text)');
  run('CREATE TABLE d33_product (id int PRIMARY KEY, name text, supplier_id int REFERENCES d33_supplier, stock int, attrs jsonb)');
  run("INSERT INTO d33_supplier VALUES (1, 'Acme'), (2, 'Verde')");
  run(`INSERT INTO d33_product VALUES (1, 'apple', 1, 50, '{"weight": 150}'), (2, 'lemon', NULL, 0, '{"weight": 90}'), (3, 'box', 2, 7, '{"weight": "n/a"}')`);
});

/** The error a statement fails with. */
function errorOf(sql: string): PgError {
  try {
    run(sql);
  } catch (e) {
    if (e instanceof PgError) return e;
    throw e;
  }
  throw new Error(`no error: ${sql}`);
}

describe('FOR UPDATE beside an outer join (select_for_update() with select_related() of a nullable key)', () => {
  const join = 'FROM d33_product p LEFT JOIN d33_supplier s ON p.supplier_id = s.id';

  it('is 0A000 where it locks the nullable side: every table without OF, or one OF names', () => {
    const err = errorOf(`SELECT p.name ${join} FOR UPDATE`);
    expect([err.code, err.message]).toEqual(['0A000', 'FOR UPDATE cannot be applied to the nullable side of an outer join']);
    expect(errorOf(`SELECT p.name ${join} FOR SHARE OF s`).message).toBe('FOR SHARE cannot be applied to the nullable side of an outer join');
    expect(fails(`SELECT p.name ${join} FOR UPDATE OF p FOR NO KEY UPDATE OF s`)).toBe('0A000');
    expect(fails('SELECT p.name FROM d33_product p RIGHT JOIN d33_supplier s ON p.supplier_id = s.id FOR UPDATE OF p')).toBe('0A000');
    expect(fails('SELECT 1 FROM d33_product p FULL JOIN d33_supplier s ON p.supplier_id = s.id FOR KEY SHARE OF p')).toBe('0A000');
    // A table inside a join that is itself the nullable side.
    expect(fails('SELECT 1 FROM d33_supplier x LEFT JOIN (d33_product p JOIN d33_supplier s ON p.supplier_id = s.id) ON x.id = p.id FOR UPDATE OF s')).toBe('0A000');
  });

  it('locks the rows where only the preserved side is locked (of=("self",))', () => {
    expect(run(`SELECT p.name, s.name ${join} ORDER BY p.id FOR UPDATE OF p`)).toEqual([['apple', 'Acme'], ['lemon', null], ['box', 'Verde']]);
    expect(run('SELECT s.name FROM d33_product p RIGHT JOIN d33_supplier s ON p.supplier_id = s.id ORDER BY s.id FOR UPDATE OF s')).toEqual([['Acme'], ['Verde']]);
  });

  it('takes no lock on a WITH query, a function or VALUES on the nullable side', () => {
    expect(run('WITH w AS (SELECT 1 AS id) SELECT p.name FROM d33_product p LEFT JOIN w ON w.id = p.id ORDER BY p.id FOR UPDATE')).toHaveLength(3);
    expect(run('SELECT p.name FROM d33_product p LEFT JOIN generate_series(1, 2) g ON g = p.id ORDER BY p.id FOR UPDATE')).toHaveLength(3);
  });

  it('is 0A000 for a subquery on the nullable side that reads a table, and for a table inside an inner join there', () => {
    expect(fails('SELECT p.name FROM d33_product p LEFT JOIN (SELECT * FROM d33_supplier) s ON p.supplier_id = s.id FOR UPDATE')).toBe('0A000');
    expect(fails('SELECT 1 FROM d33_product p LEFT JOIN (d33_supplier s JOIN d33_supplier s2 ON s.id = s2.id) ON p.supplier_id = s.id FOR UPDATE OF s2')).toBe('0A000');
    expect(run('SELECT p.name FROM d33_product p LEFT JOIN (SELECT 1 AS x) l ON true ORDER BY p.id FOR UPDATE')).toHaveLength(3);
  });

  it('locks where WHERE or an inner join above names the nullable side, which PostgreSQL makes an inner join first', () => {
    expect(run(`SELECT p.name ${join} WHERE s.name = 'Acme' FOR UPDATE`)).toEqual([['apple']]);
    expect(run(`SELECT p.name ${join} JOIN d33_supplier s2 ON s2.id = s.id ORDER BY p.id FOR UPDATE`)).toEqual([['apple'], ['box']]);
    expect(run(`SELECT p.name ${join} WHERE EXISTS (SELECT 1 FROM d33_supplier x WHERE x.id = s.id) ORDER BY p.id FOR UPDATE`)).toEqual([['apple'], ['box']]);
  });

  it('names a relation OF does not find first (42P01)', () => {
    expect(fails(`SELECT p.name ${join} FOR UPDATE OF s, nosuch`)).toBe('42P01');
  });
});

describe('a json key compared with a number', () => {
  it('has no operator (42883), as jsonb > integer and text = integer have none', () => {
    expect(errorOf("SELECT name FROM d33_product WHERE attrs -> 'weight' > 100").message).toBe('operator does not exist: jsonb > integer');
    expect(errorOf("SELECT name FROM d33_product WHERE attrs ->> 'weight' = 90").message).toBe('operator does not exist: text = integer');
    expect(fails("SELECT attrs #> '{weight}' < 1.5 FROM d33_product")).toBe('42883');
    expect(fails("SELECT name FROM d33_product WHERE attrs -> 'weight' IN (90, 150)")).toBe('42883');
  });

  it('compares as jsonb with a literal, and as a number once cast', () => {
    // jsonb orders a string below any number: box's "n/a" is not above 100.
    expect(run("SELECT name FROM d33_product WHERE attrs -> 'weight' > '100' ORDER BY id")).toEqual([['apple']]);
    expect(run("SELECT name FROM d33_product WHERE jsonb_typeof(attrs -> 'weight') = 'number' AND (attrs ->> 'weight')::int > 100")).toEqual([['apple']]);
  });
});

describe('BETWEEN with a bound of a type its operand does not compare with', () => {
  it("is 42883 naming >= or <= as PostgreSQL's expansion does, at BETWEEN", () => {
    const sql = "SELECT name FROM d33_product WHERE attrs -> 'weight' BETWEEN 1 AND 500";
    const err = errorOf(sql);
    expect([err.code, err.message, err.fields.position]).toEqual(['42883', 'operator does not exist: jsonb >= integer', sql.indexOf('BETWEEN') + 1]);
    expect(errorOf("SELECT stock BETWEEN 1 AND 'x'::text FROM d33_product").message).toBe('operator does not exist: integer <= text');
    expect(fails("SELECT stock NOT BETWEEN SYMMETRIC DATE '2024-01-01' AND DATE '2024-02-01' FROM d33_product")).toBe('42883');
  });

  it('still compares bounds of its own family', () => {
    expect(run('SELECT name FROM d33_product WHERE stock BETWEEN 1 AND 50.5 ORDER BY id')).toEqual([['apple'], ['box']]);
    expect(run("SELECT name FROM d33_product WHERE attrs -> 'weight' BETWEEN '100' AND '200'")).toEqual([['apple']]);
  });
});

describe("ALTER TABLE … ADD CONSTRAINT … UNIQUE DEFERRABLE (Django's UniqueConstraint(deferrable=…))", () => {
  it('is 0A000 as in CREATE TABLE, not a key checked at each row', () => {
    run('CREATE TABLE d33_slot (id int PRIMARY KEY, pos int)');
    run('INSERT INTO d33_slot VALUES (1, 1), (2, 2)');
    const err = errorOf('ALTER TABLE d33_slot ADD CONSTRAINT d33_slot_pos_uniq UNIQUE (pos) DEFERRABLE INITIALLY DEFERRED');
    expect([err.code, err.message]).toEqual(['0A000', 'a DEFERRABLE UNIQUE constraint is not supported by evsql']);
    expect(fails('ALTER TABLE d33_slot ADD CONSTRAINT d33_slot_pos_key UNIQUE (pos) DEFERRABLE')).toBe('0A000');
    // Nothing of the refused key stays behind: positions may still be swapped one row at a time.
    run('UPDATE d33_slot SET pos = 2 WHERE id = 1');
    expect(run('SELECT count(*) FROM d33_slot WHERE pos = 2')).toEqual([[2n]]);
  });

  it('adds a key that is not deferrable', () => {
    run('CREATE TABLE d33_seat (id int PRIMARY KEY, pos int)');
    run('ALTER TABLE d33_seat ADD CONSTRAINT d33_seat_pos_key UNIQUE (pos) NOT DEFERRABLE INITIALLY IMMEDIATE');
    run('INSERT INTO d33_seat VALUES (1, 1)');
    // SQLite's own error here; the executor turns it into 23505.
    expect(() => run('INSERT INTO d33_seat VALUES (2, 1)')).toThrow(/UNIQUE constraint failed/);
  });
});
