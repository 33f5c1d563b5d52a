import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ConflictKey, conflicts, keySetOf, partialRowKey, rowKey } from '../../mixer/keys.js';
import { SchemaKeys, type SchemaInfo, type TableKeys } from '../../mixer/schema-keys.js';
import { conflictKeys } from '../../mixer/statement-keys.js';
import { NO_RULES, type Rules, parseRules } from '../../mixer/rules.js';
import { Prng } from '../../mixer/prng.js';
import { AssertionError } from '../../lib/assert.js';
import { canonicalValue, numberForm, valueClass } from '../../mixer/values.js';
import type { SqliteValue } from '../../pg/types/registry.js';
import { loadParser } from '../../dialect/translate/parse.js';
import { translate } from '../../dialect/translate/translate.js';
import { TranslatorSchema } from '../../dialect/translate/schema.js';
import type { SchemaSnapshot } from '../../dialect/schema-snapshot.js';
import { triggerAnnotation } from '../../dialect/catalog/triggers.js';

const TPCC_RULES = parseRules(readFileSync(new URL('../../mixer/rules/tpcc.json', import.meta.url), 'utf8'));
const PGBENCH_RULES = parseRules(readFileSync(new URL('../../mixer/rules/pgbench.json', import.meta.url), 'utf8'));
/** The translator knows no tables: the mixer's keys come from the SchemaInfo each test gives. */
const NO_TABLES = new TranslatorSchema({ relations: [], indexes: [] });
const GOLDEN_SCHEMA = JSON.parse(readFileSync(new URL('./golden/schema.json', import.meta.url), 'utf8')) as SchemaSnapshot;

function cols(spec: string): { name: string; type: string }[] {
  return spec.split(',').map((c) => {
    const [name, type] = c.trim().split(/\s+/);
    return { name: name!, type: type! };
  });
}

function schemaOf(tables: Record<string, TableKeys>, version?: number): SchemaInfo {
  const byName = new Map(Object.entries(tables));
  return { table: (name) => byName.get(name), version };
}

/** pgbench -i's tables, with the primary keys it adds. */
const PGBENCH: Record<string, TableKeys> = {
  pgbench_accounts: { keys: [['aid']], columns: cols('aid int4, bid int4, abalance int4, filler bpchar(84)') },
  pgbench_tellers: { keys: [['tid']], columns: cols('tid int4, bid int4, tbalance int4, filler bpchar(84)') },
  pgbench_branches: { keys: [['bid']], columns: cols('bid int4, bbalance int4, filler bpchar(88)') },
  pgbench_history: { keys: [], columns: cols('tid int4, bid int4, aid int4, delta int4, mtime timestamp, filler bpchar(22)') },
};

/** TPC-C tables as a driver creates them, with no declared keys: the rule file supplies them. */
const TPCC: Record<string, TableKeys> = {
  warehouse: { keys: [], columns: cols('w_id int4, w_name varchar(10), w_tax numeric(4,4), w_ytd numeric(12,2)') },
  district: { keys: [], columns: cols('d_w_id int4, d_id int4, d_tax numeric(4,4), d_ytd numeric(12,2), d_next_o_id int4') },
  customer: { keys: [], columns: cols('c_w_id int4, c_d_id int4, c_id int4, c_first varchar(16), c_last varchar(16), c_balance numeric(12,2), c_discount numeric(4,4), c_credit bpchar(2)') },
  history: { keys: [], columns: cols('h_c_id int4, h_c_d_id int4, h_c_w_id int4, h_d_id int4, h_w_id int4, h_date timestamp, h_amount numeric(6,2), h_data varchar(24)') },
  new_order: { keys: [], columns: cols('no_w_id int4, no_d_id int4, no_o_id int4') },
  orders: { keys: [], columns: cols('o_w_id int4, o_d_id int4, o_id int4, o_c_id int4, o_entry_d timestamp, o_carrier_id int4, o_ol_cnt int4, o_all_local int4') },
  order_line: { keys: [], columns: cols('ol_w_id int4, ol_d_id int4, ol_o_id int4, ol_number int4, ol_i_id int4, ol_supply_w_id int4, ol_delivery_d timestamp, ol_quantity int4, ol_amount numeric(6,2), ol_dist_info bpchar(24)') },
  item: { keys: [], columns: cols('i_id int4, i_name varchar(24), i_price numeric(5,2), i_data varchar(50)') },
  stock: { keys: [], columns: cols('s_w_id int4, s_i_id int4, s_quantity int4, s_ytd int4, s_order_cnt int4, s_remote_cnt int4, s_data varchar(50)') },
};

const APP: Record<string, TableKeys> = {
  users: {
    keys: [['id'], ['email']],
    columns: cols('id INTEGER, email text, name text, code bpchar(4), ref uuid, active bool'),
    referencedBy: [{ table: 'posts', columns: ['user_id'], refTable: 'users', refColumns: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
  },
  posts: {
    keys: [['id']],
    columns: cols('id INTEGER, user_id int8, title text'),
    foreignKeys: [{ table: 'posts', columns: ['user_id'], refTable: 'users', refColumns: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' }],
  },
  audit: {
    keys: [],
    columns: cols('at timestamptz, what text'),
    foreignKeys: [],
    referencedBy: [{ table: 'audit_refs', columns: ['a'], refTable: 'audit', refColumns: ['at'], onDelete: 'RESTRICT' }],
  },
  pair: { keys: [['a', 'b']], columns: cols('a int4, b text, v int4') },
};

const pgbench = schemaOf(PGBENCH);
const tpcc = schemaOf(TPCC);
const app = schemaOf(APP);

function keysOf(sql: string, params: SqliteValue[] = [], schema: SchemaInfo = app, rules: Rules = NO_RULES): ConflictKey[] {
  const [t] = translate(sql, NO_TABLES);
  return conflictKeys(t!, params, schema, rules);
}

const r = (table: string, row?: string): ConflictKey => (row === undefined ? { mode: 'r', table } : { mode: 'r', table, row });
const w = (table: string, row?: string): ConflictKey => (row === undefined ? { mode: 'w', table } : { mode: 'w', table, row });
/** A non-key update and a foreign key's check of a row (keys.ts LockMode). */
const u = (table: string, row?: string): ConflictKey => (row === undefined ? { mode: 'u', table } : { mode: 'u', table, row });
/** An insert's row key: the row is named in every key set of its table (keys.ts). */
const ins = (table: string, row: string): ConflictKey => ({ mode: 'i', table, row });
const ks = (table: string, row?: string): ConflictKey => (row === undefined ? { mode: 'k', table } : { mode: 'k', table, row });
const row = (columns: string, ...values: (string | null)[]) => rowKey(columns.split(','), values);
/** A partial row key: undefined for a column the statement does not pin. */
const part = (columns: string, ...values: (string | null | undefined)[]) => partialRowKey(columns.split(','), values);
const EVERYTHING = [w('*')];

beforeAll(() => loadParser());

describe('conflicts', () => {
  const a5 = w('t', row('id', '5'));
  it('needs a write on one side', () => {
    expect(conflicts(r('t'), r('t', row('id', '5')))).toBe(false);
    expect(conflicts(r('*'), r('t'))).toBe(false);
    expect(conflicts(r('t'), w('t'))).toBe(true);
  });
  it('keeps tables apart, except the whole database', () => {
    expect(conflicts(w('t'), w('u'))).toBe(false);
    expect(conflicts(w('*'), r('u', row('id', '1')))).toBe(true);
    expect(conflicts(r('*'), w('u', row('id', '1')))).toBe(true);
  });
  it('a table key meets every row of its table', () => {
    expect(conflicts(r('t'), a5)).toBe(true);
    expect(conflicts(a5, r('t'))).toBe(true);
  });
  it('rows of one key set conflict only when equal', () => {
    expect(conflicts(a5, r('t', row('id', '5')))).toBe(true);
    expect(conflicts(a5, w('t', row('id', '6')))).toBe(false);
  });
  it('rows of different key sets of one table cannot be proven apart', () => {
    expect(conflicts(a5, r('t', row('email', 'x@y')))).toBe(true);
    expect(conflicts(r('t', row('id', '5')), r('t', row('email', 'x@y')))).toBe(false);
    expect(keySetOf(row('a,b', '1', '2'))).toBe('a,b');
    // A row key built by hand without the set prefix is a set of its own: conservative.
    expect(conflicts(w('t', 'x'), w('t', 'y'))).toBe(true);
  });
  it('a partial row key meets the rows of its key set that agree where both pin', () => {
    const w1 = w('ol', part('w,d,o', '1', undefined, undefined));
    expect(part('w,d,o', '1', undefined, '7')).toBe('w,d,o=~["1",0,"7"]');
    expect(conflicts(w1, r('ol', row('w,d,o', '1', '3', '7')))).toBe(true);
    expect(conflicts(w1, r('ol', row('w,d,o', '2', '3', '7')))).toBe(false);
    expect(conflicts(r('ol', row('w,d,o', '2', '3', '7')), w1)).toBe(false);
    expect(conflicts(w1, r('ol', part('w,d,o', undefined, '3', undefined)))).toBe(true);
    expect(conflicts(w1, r('ol', part('w,d,o', '2', '3', undefined)))).toBe(false);
    expect(conflicts(r('ol', part('w,d,o', '1', undefined, undefined)), r('ol', row('w,d,o', '1', '3', '7')))).toBe(false);
    // Another key set, or the whole table: as for full row keys.
    expect(conflicts(w1, r('ol', row('id', '1')))).toBe(true);
    expect(conflicts(w1, r('ol'))).toBe(true);
    expect(() => part('w,d', '1', '2')).toThrow(AssertionError);
    expect(() => part('w,d', undefined, undefined)).toThrow(AssertionError);
  });
  it('conflicts of full and partial keys are exactly the overlaps of the rows they stand for', () => {
    // Key set (g, n) over a 3 × 3 grid; a key stands for the cells agreeing with what it pins.
    const values = ['0', '1', '2', null];
    const rng = new Prng(5);
    const random = (): { key: ConflictKey; cells: Set<string> } => {
      const pins = [0, 1].map(() => (rng.chance(0.35) ? undefined : rng.pick(values)));
      if (pins.every((v) => v === undefined)) pins[rng.int(2)] = rng.pick(values);
      const rowString = pins.includes(undefined) ? part('g,n', ...pins) : row('g,n', ...(pins as (string | null)[]));
      const cells = new Set<string>();
      for (const g of values) for (const n of values) if ((pins[0] === undefined || pins[0] === g) && (pins[1] === undefined || pins[1] === n)) cells.add(`${g}/${n}`);
      return { key: rng.chance(0.5) ? w('t', rowString) : r('t', rowString), cells };
    };
    for (let i = 0; i < 2000; i++) {
      const a = random();
      const b = random();
      const overlap = [...a.cells].some((c) => b.cells.has(c));
      expect(conflicts(a.key, b.key)).toBe(overlap && (a.key.mode === 'w' || b.key.mode === 'w'));
    }
  });
  it('row keys name their columns so sets are told apart, and escape them', () => {
    expect(row('w_id,d_id', '1', '3')).toBe('w_id,d_id=["1","3"]');
    expect(keySetOf(rowKey(['a=b', 'c,d'], ['1', '2']))).toBe('a%3Db,c%2Cd');
  });
});

describe('canonical values', () => {
  it('one integer, however it is spelled', () => {
    const forms = ['5', ' +05 ', 5n, 5, 5.0, '5.000', '0.5e1'].map((v) => canonicalValue(v as SqliteValue, 'integer'));
    expect(new Set(forms)).toEqual(new Set(['5']));
    expect(numberForm(-0)).toBe('0');
    expect(numberForm('-0.00')).toBe('0');
    expect(numberForm(12345678901234567890n)).toBe('12345678901234567890');
    expect(numberForm('1e100')).toBe('0.1e101');
    expect(numberForm(1e100)).toBe(numberForm('1e100'));
    expect(numberForm('1.50')).toBe('1.5');
    expect(numberForm('.5')).toBe('0.5');
    expect(numberForm('abc')).toBeUndefined();
    expect(numberForm('NaN')).toBe(numberForm(NaN));
  });
  it('numeric keys beyond a double are merged, never split; integer keys stay exact', () => {
    expect(canonicalValue('0.1000000000000000000001', 'numeric')).toBe(canonicalValue(0.1, 'numeric'));
    expect(canonicalValue('1.50', 'numeric')).toBe('1.5');
    expect(canonicalValue(9007199254740993n, 'integer')).toBe('9007199254740993');
    expect(canonicalValue(9007199254740993n, 'generic')).toBe(canonicalValue('9007199254740992', 'generic'));
    expect(canonicalValue('123456789012345', 'numeric')).toBe('123456789012345');
  });
  it('text is exact when typed, loose but never split when not', () => {
    expect(canonicalValue('Abc', 'text')).toBe('Abc');
    expect(canonicalValue('abc  ', 'bpchar')).toBe('abc');
    expect(canonicalValue('Abc', 'generic')).toBe(canonicalValue(' abc', 'generic'));
    // A string with digits could be a date or time with many spellings: no key without a type.
    expect(canonicalValue('2024-01-02', 'generic')).toBeUndefined();
    expect(canonicalValue('today', 'generic')).toBeUndefined();
    expect(canonicalValue('{"a":1}', 'generic')).toBeUndefined();
  });
  it('uuid, bool and opaque types', () => {
    const u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
    expect(canonicalValue('{A0EEBC999C0B4EF8BB6D6BB9BD380A11}', 'uuid')).toBe(u);
    expect(canonicalValue(u.toUpperCase(), 'generic')).toBe(u);
    expect(['t', 'TRUE', 'yes', 'on', '1', 1, true].map((v) => canonicalValue(v as SqliteValue, 'bool'))).toEqual(Array(7).fill('1'));
    expect(canonicalValue('tr', 'generic')).toBe(canonicalValue(1, 'generic'));
    expect(canonicalValue(Buffer.from('x'), 'generic')).toBeUndefined();
    expect(valueClass('float8')).toBe('opaque');
    expect(valueClass('timestamptz')).toBe('opaque');
    expect(valueClass('numeric(10,2)')).toBe('numeric');
    expect(valueClass('INTEGER')).toBe('integer');
    expect(valueClass('int4[]')).toBe('opaque');
    expect(valueClass(undefined)).toBe('generic');
  });
});

describe('conflictKeys: pgbench', () => {
  it('prepared statements pin accounts, tellers and branches by id', () => {
    const acct = row('aid', '41');
    expect(keysOf('UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2', ['-7', '41'], pgbench)).toEqual([u('pgbench_accounts', acct)]);
    expect(keysOf('SELECT abalance FROM pgbench_accounts WHERE aid = $1', [41n], pgbench)).toEqual([r('pgbench_accounts', acct)]);
    expect(keysOf('UPDATE pgbench_tellers SET tbalance = tbalance + $1 WHERE tid = $2', [1, 3], pgbench)).toEqual([u('pgbench_tellers', row('tid', '3'))]);
    expect(keysOf('UPDATE pgbench_branches SET bbalance = bbalance + $1 WHERE bid = $2', [1, '1'], pgbench)).toEqual([u('pgbench_branches', row('bid', '1'))]);
  });
  it('history inserts have no key: each gets an append key of its own, which scans of the table meet', () => {
    const sql = 'INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)';
    const [a] = keysOf(sql, [1, 1, 1, 1], pgbench);
    const [b] = keysOf(sql, [1, 1, 1, 1], pgbench);
    expect(a).toMatchObject({ mode: 'w', table: 'pgbench_history', row: expect.stringMatching(/^#append=/) });
    expect(conflicts(a!, b!)).toBe(false);
    expect(conflicts(a!, r('pgbench_history'))).toBe(true);
    expect(conflicts(a!, w('pgbench_history'))).toBe(true);
  });
  it('simple-protocol literals give the same keys as parameters', () => {
    expect(keysOf('UPDATE pgbench_accounts SET abalance = abalance + -2137 WHERE aid = 41;', [], pgbench)).toEqual([u('pgbench_accounts', row('aid', '41'))]);
  });
  it('the rule file gives the same keys to tables created without primary keys', () => {
    const bare = schemaOf(Object.fromEntries(Object.entries(PGBENCH).map(([k, v]) => [k, { ...v, keys: [] }])));
    expect(keysOf('SELECT abalance FROM pgbench_accounts WHERE aid = $1', ['7'], bare)).toEqual([r('pgbench_accounts')]);
    expect(keysOf('SELECT abalance FROM pgbench_accounts WHERE aid = $1', ['7'], bare, PGBENCH_RULES)).toEqual([r('pgbench_accounts', row('aid', '7'))]);
  });
});

describe('conflictKeys: TPC-C with its rule file', () => {
  const k = (sql: string, params: SqliteValue[] = []) => keysOf(sql, params, tpcc, TPCC_RULES);
  it('New-Order', () => {
    expect(k('SELECT c_discount, c_last, c_credit, w_tax FROM customer, warehouse WHERE w_id = $1 AND c_w_id = w_id AND c_d_id = $2 AND c_id = $3', [1, 2, 3])).toEqual([
      r('customer', row('c_d_id,c_id,c_w_id', '2', '3', '1')),
      r('warehouse', row('w_id', '1')),
    ]);
    expect(k('SELECT d_next_o_id, d_tax FROM district WHERE d_id = $1 AND d_w_id = $2 FOR UPDATE', [4, 1])).toEqual([w('district', row('d_id,d_w_id', '4', '1'))]);
    expect(k('UPDATE district SET d_next_o_id = d_next_o_id + 1 WHERE d_w_id = $1 AND d_id = $2', [1, 4])).toEqual([u('district', row('d_id,d_w_id', '4', '1'))]);
    expect(k('INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_ol_cnt, o_all_local) VALUES ($1, $2, $3, $4, $5, $6, $7)', [3001, 4, 1, 7, '2024-01-01', 5, 1])).toEqual([
      ins('orders', row('o_d_id,o_id,o_w_id', '4', '3001', '1')),
    ]);
    expect(k('SELECT s_quantity, s_data FROM stock WHERE s_i_id = $1 AND s_w_id = $2 FOR UPDATE', [77, 1])).toEqual([w('stock', row('s_i_id,s_w_id', '77', '1'))]);
    expect(k('UPDATE stock SET s_quantity = $1, s_ytd = s_ytd + $2 WHERE s_i_id = $3 AND s_w_id = $4', [10, 5, 77, 1])).toEqual([u('stock', row('s_i_id,s_w_id', '77', '1'))]);
    expect(
      k('INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)', [3001, 4, 1, 1, 77, 1, 5, '10.5', 'x']),
    ).toEqual([ins('order_line', row('ol_d_id,ol_number,ol_o_id,ol_w_id', '4', '1', '3001', '1'))]);
    expect(k('SELECT i_price, i_name, i_data FROM item WHERE i_id = $1', [77])).toEqual([r('item', row('i_id', '77'))]);
  });
  it('Payment: by id pins the customer, by last name the district\'s customers, history appends', () => {
    expect(k('UPDATE warehouse SET w_ytd = w_ytd + $1 WHERE w_id = $2', ['10.00', 1])).toEqual([u('warehouse', row('w_id', '1'))]);
    expect(k('SELECT c_id FROM customer WHERE c_w_id = $1 AND c_d_id = $2 AND c_last = $3 ORDER BY c_first', [1, 2, 'BARBARBAR'])).toEqual([r('customer', part('c_d_id,c_id,c_w_id', '2', undefined, '1'))]);
    expect(k('UPDATE customer SET c_balance = c_balance - $1 WHERE c_w_id = $2 AND c_d_id = $3 AND c_id = $4', [10, 1, 2, 3])).toEqual([u('customer', row('c_d_id,c_id,c_w_id', '2', '3', '1'))]);
    expect(k('INSERT INTO history (h_c_d_id, h_c_w_id, h_c_id, h_d_id, h_w_id, h_date, h_amount, h_data) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)', [2, 1, 3, 2, 1, 'now', 10, 'x'])).toEqual([
      { mode: 'w', table: 'history', row: expect.stringMatching(/^#append=/) },
    ]);
  });
  it('Delivery and Stock-Level: part of a key pinned gives partial keys, ranges pin nothing', () => {
    expect(k('SELECT no_o_id FROM new_order WHERE no_d_id = $1 AND no_w_id = $2 ORDER BY no_o_id ASC LIMIT 1', [1, 1])).toEqual([r('new_order', part('no_d_id,no_o_id,no_w_id', '1', undefined, '1'))]);
    expect(k('DELETE FROM new_order WHERE no_o_id = $1 AND no_d_id = $2 AND no_w_id = $3', [2101, 1, 1])).toEqual([w('new_order', row('no_d_id,no_o_id,no_w_id', '1', '2101', '1'))]);
    expect(k('UPDATE order_line SET ol_delivery_d = $1 WHERE ol_o_id = $2 AND ol_d_id = $3 AND ol_w_id = $4', ['2024-01-01', 2101, 1, 1])).toEqual([u('order_line', part('ol_d_id,ol_number,ol_o_id,ol_w_id', '1', undefined, '2101', '1'))]);
    expect(
      k('SELECT COUNT(DISTINCT (s_i_id)) AS stock_count FROM order_line, stock WHERE ol_w_id = $1 AND ol_d_id = $2 AND ol_o_id < $3 AND ol_o_id >= $4 AND s_w_id = $5 AND s_i_id = ol_i_id AND s_quantity < $6', [1, 1, 3000, 2980, 1, 15]),
    ).toEqual([r('order_line', part('ol_d_id,ol_number,ol_o_id,ol_w_id', '1', undefined, undefined, '1')), r('stock', part('s_i_id,s_w_id', undefined, '1'))]);
  });
});

describe('conflictKeys: predicates', () => {
  it('IN lists and row comparisons give several row keys', () => {
    expect(keysOf('SELECT * FROM users WHERE id IN (1, $1, 3)', ['2'])).toEqual([r('users', row('id', '1')), r('users', row('id', '2')), r('users', row('id', '3'))]);
    expect(keysOf('SELECT * FROM pair WHERE (a, b) = (1, $1)', ['x'])).toEqual([r('pair', row('a,b', '1', 'x'))]);
    expect(keysOf('SELECT * FROM pair WHERE a IN (1, 2) AND b = $1', ['x'])).toEqual([r('pair', row('a,b', '1', 'x')), r('pair', row('a,b', '2', 'x'))]);
    expect(keysOf('SELECT * FROM users WHERE id NOT IN (1, 2)')).toEqual([r('users')]);
  });

  it('= ANY of an array parameter gives a row key per element, none for an empty array', () => {
    expect(keysOf('SELECT * FROM users WHERE id = ANY($1)', ['[1,2]'])).toEqual([r('users', row('id', '1')), r('users', row('id', '2'))]);
    expect(keysOf('SELECT * FROM users WHERE id = ANY($1::int8[])', ['["3"]'])).toEqual([r('users', row('id', '3'))]);
    expect(keysOf('SELECT * FROM pair WHERE a = ANY($1) AND b = $2', ['[1,2]', 'x'])).toEqual([r('pair', row('a,b', '1', 'x')), r('pair', row('a,b', '2', 'x'))]);
    expect(keysOf("UPDATE posts SET title = 't' WHERE id = ANY($1)", ['[]'])).toEqual([]);
    // Not an array of scalars, or more elements than row keys a table may have: the table.
    expect(keysOf('SELECT * FROM users WHERE id = ANY($1)', ['[[1],[2]]'])).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM users WHERE id = ANY($1)', [JSON.stringify(Array.from({ length: 300 }, (_, i) => i))])).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM users WHERE id <> ALL($1)', ['[1]'])).toEqual([r('users')]);
  });
  it('the same row from a literal, a text parameter or a bigint parameter', () => {
    const one = [r('users', row('id', '5'))];
    expect(keysOf('SELECT * FROM users WHERE id = 5')).toEqual(one);
    expect(keysOf('SELECT * FROM users WHERE id = $1', ['5'])).toEqual(one);
    expect(keysOf('SELECT * FROM users WHERE $1 = id', [5n])).toEqual(one);
    expect(keysOf('SELECT * FROM users WHERE id = $1::int8', ['05'])).toEqual(one);
    expect(keysOf('SELECT * FROM users WHERE users.id = 5 AND name = $1', ['x'])).toEqual(one);
    expect(keysOf('SELECT * FROM users u WHERE u.id = 5')).toEqual(one);
  });
  it('a second unique key pins too, under its own set', () => {
    expect(keysOf('SELECT * FROM users WHERE email = $1', ['a@b.c'])).toEqual([r('users', row('email', 'a@b.c'))]);
    expect(keysOf('SELECT * FROM users WHERE email = $1', ['A@b.c'])).not.toEqual(keysOf('SELECT * FROM users WHERE email = $1', ['a@b.c']));
  });
  it('no pin from OR, inequalities, expressions, outer joins or outer columns', () => {
    expect(keysOf('SELECT * FROM users WHERE id = 1 OR id = 2')).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM users WHERE id > 1')).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM users WHERE id = 1 + 1')).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM users WHERE id::text = $1', ['1'])).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM posts LEFT JOIN users ON users.id = 5')).toEqual([r('posts'), r('users')]);
    expect(keysOf('SELECT * FROM posts JOIN users ON users.id = 5 WHERE posts.id = $1', [9])).toEqual([r('posts', row('id', '9')), r('users', row('id', '5'))]);
    expect(keysOf('SELECT (SELECT title FROM posts WHERE posts.id = users.id) FROM users WHERE users.id = 1')).toEqual([r('users', row('id', '1')), r('posts')]);
  });
  it('casts that could round, truncate or change the comparison give up the pin', () => {
    expect(keysOf('SELECT * FROM users WHERE id = 5.5::int4')).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM users WHERE id = 5.0::int4')).toEqual([r('users', row('id', '5'))]);
    expect(keysOf("SELECT * FROM users WHERE name = 'abcdef'::varchar(3) AND email = 'abcdef'::varchar(3)")).toEqual([r('users')]);
  });
  it('parameters that are missing or of unknown form fall back to the table', () => {
    expect(keysOf('SELECT * FROM users WHERE id = $1', [])).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM users WHERE ref = $1 AND id = $2', ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', Buffer.from('x')])).toEqual([r('users')]);
    expect(keysOf('SELECT * FROM users WHERE id IN ($1, $2)', [1, Buffer.from('x')])).toEqual([r('users')]);
  });
  it('NULL equals nothing: any key is right for it', () => {
    expect(keysOf('SELECT * FROM users WHERE id = NULL')).toEqual([r('users', row('id', null))]);
    expect(keysOf('SELECT * FROM users WHERE id IS NULL')).toEqual([r('users')]);
  });
});

describe('conflictKeys: writes', () => {
  it("a write of a table with triggers locks the tables the triggers' statements write and read, whole", () => {
    const fired = schemaOf({ ...APP, users: { ...APP.users!, triggerWrites: ['audit'], triggerReads: ['pair'] } });
    expect(keysOf("UPDATE users SET name = 'x' WHERE id = 1", [], fired)).toEqual([w('audit'), r('pair'), u('users', row('id', '1'))]);
    expect(keysOf('SELECT name FROM users WHERE id = 1', [], fired)).toEqual([r('users', row('id', '1'))]);
    // Read from the schema snapshot: the SQLite trigger's annotation names the tables.
    const definition = { name: 'log', timing: 'after' as const, events: ['insert' as const], columns: [], when: null, function: 'f', writes: ['audit'], reads: [] };
    const snapshot: SchemaSnapshot = {
      relations: [{ name: 'users', view: false, temp: false, sql: 'CREATE TABLE users (id INTEGER PRIMARY KEY)', columns: [{ name: 'id', declType: 'INTEGER', notNull: true, defaultSql: null, primaryKey: true, generated: false }], primaryKey: ['id'], foreignKeys: [], uniqueKeys: [] }],
      indexes: [],
      triggers: [{ name: 'pg_trigger:log:insert:users', table: 'users', sql: `CREATE TRIGGER "pg_trigger:log:insert:users" ${triggerAnnotation(definition)} AFTER INSERT ON "users" BEGIN SELECT 1; END` }],
    };
    expect(keysOf('INSERT INTO users (id) VALUES (5)', [], new SchemaKeys(snapshot))).toEqual([w('audit'), ins('users', row('id', '5'))]);
  });
  it('INSERT gets a row key per row and unique key when every key is given', () => {
    expect(keysOf("INSERT INTO users (id, email, name) VALUES (1, 'a@b', 'A'), ($1, $2, 'B')", [2, 'c@d'])).toEqual([
      ins('users', row('id', '1')),
      ins('users', row('email', 'a@b')),
      ins('users', row('id', '2')),
      ins('users', row('email', 'c@d')),
    ]);
  });
  it("an insert's keys meet another key set's only when that key deletes, inserts or changes keys", () => {
    const [byId, byEmail] = keysOf("INSERT INTO users (id, email, name) VALUES (2, 'b@c', 'B')");
    // Rows 1 and 2 differ, whatever row 1's email: updating, reading or checking row 1 leaves the insert as it was.
    for (const other of ["UPDATE users SET name = 'n' WHERE id = 1", "UPDATE users SET name = 'n' WHERE email = 'a@b'", 'SELECT name FROM users WHERE id = 1', "SELECT name FROM users WHERE email = 'a@b'"]) {
      for (const k of keysOf(other)) expect([other, conflicts(byId!, k) || conflicts(byEmail!, k) || conflicts(k, byEmail!)]).toEqual([other, false]);
    }
    expect(conflicts(byId!, ks('users', row('email', 'a@b')))).toBe(false);
    // Deleting row 1 may free the email the insert takes; another insert meets it where their keys are equal.
    expect(conflicts(byEmail!, keysOf('DELETE FROM users WHERE id = 1')[0]!)).toBe(true);
    expect(keysOf("INSERT INTO users (id, email) VALUES (3, 'c@d')").some((k) => conflicts(k, byId!) || conflicts(k, byEmail!))).toBe(false);
    expect(keysOf("INSERT INTO users (id, email) VALUES (3, 'b@c')").some((k) => conflicts(k, byEmail!))).toBe(true);
    // The same row read or updated by its own key still waits for the insert.
    expect(conflicts(byId!, r('users', row('id', '2')))).toBe(true);
    expect(conflicts(byEmail!, u('users', row('email', 'b@c')))).toBe(true);
    expect(conflicts(byEmail!, r('users'))).toBe(true);
  });
  it('unique indexes the key sets do not show keep inserts and updates whole writes; EXCLUDE reads the table', () => {
    const users = (extra: Partial<TableKeys>) => schemaOf({ ...APP, users: { ...APP.users!, ...extra } });
    // A partial unique index or one over a generated column: inserts keep 'w' (meeting every key set), updates too.
    expect(keysOf("INSERT INTO users (id, email) VALUES (2, 'b@c')", [], users({ hiddenUniqueness: 'derived' }))).toEqual([w('users', row('id', '2')), w('users', row('email', 'b@c'))]);
    expect(keysOf("UPDATE users SET name = 'n' WHERE id = 1", [], users({ hiddenUniqueness: 'derived' }))).toEqual([w('users', row('id', '1'))]);
    // Over an expression: an insert's values cannot pin it.
    expect(keysOf("INSERT INTO users (id, email) VALUES (2, 'b@c')", [], users({ hiddenUniqueness: 'expression' }))).toEqual([w('users')]);
    expect(keysOf("INSERT INTO users (id, email) VALUES (2, 'b@c')", [], users({ exclusion: true }))).toEqual([ins('users', row('id', '2')), ins('users', row('email', 'b@c')), r('users')]);
    expect(keysOf("UPDATE users SET name = 'n' WHERE id = 1", [], users({ exclusion: true }))).toEqual([u('users', row('id', '1')), r('users')]);
    // Read from the schema snapshot.
    const column = (name: string, generated = false) => ({ name, declType: 'int4', notNull: false, defaultSql: null, primaryKey: name === 'id', generated });
    const snapshot = (uniqueKeys: SchemaSnapshot['relations'][number]['uniqueKeys'], exclusion = false): SchemaSnapshot => ({
      relations: [{ name: 'users', view: false, temp: false, sql: '', columns: [column('id'), column('email'), column('g', true)], primaryKey: ['id'], foreignKeys: [], uniqueKeys }],
      indexes: [],
      ...(exclusion ? { exclusions: [{ table: 'users', definition: {} as never }] } : {}),
    });
    expect(new SchemaKeys(snapshot([{ index: 'e', origin: 'c', columns: ['email'] }])).table('users')?.hiddenUniqueness).toBeUndefined();
    expect(new SchemaKeys(snapshot([{ index: 'e', origin: 'c', columns: ['email'], partial: true }])).table('users')).toMatchObject({ keys: [['id'], ['email']], hiddenUniqueness: 'derived' });
    expect(new SchemaKeys(snapshot([{ index: 'e', origin: 'c', columns: ['g'] }])).table('users')).toMatchObject({ hiddenUniqueness: 'derived' });
    expect(new SchemaKeys(snapshot([{ index: 'e', origin: 'c', columns: [null as unknown as string] }])).table('users')).toMatchObject({ keys: [['id']], hiddenUniqueness: 'expression' });
    expect(new SchemaKeys(snapshot([], true)).table('users')).toMatchObject({ exclusion: true });
  });
  it('INSERT without an explicit id draws from a sequence: the table key serializes such inserts', () => {
    expect(keysOf("INSERT INTO users (email, name) VALUES ('a@b', 'A')")).toEqual([w('users')]);
    expect(keysOf("INSERT INTO users (id, email) VALUES (DEFAULT, 'a@b')")).toEqual([w('users')]);
    expect(keysOf('INSERT INTO users DEFAULT VALUES')).toEqual([w('users')]);
  });
  it('INSERT without a column list uses the declared column order', () => {
    expect(keysOf("INSERT INTO users VALUES (7, 'x@y', 'X')")).toEqual([ins('users', row('id', '7')), ins('users', row('email', 'x@y'))]);
    const noColumns = schemaOf({ users: { keys: [['id'], ['email']] } });
    expect(keysOf("INSERT INTO users VALUES (7, 'x@y', 'X')", [], noColumns)).toEqual([w('users')]);
  });
  it('INSERT … SELECT reads its source and takes the target table', () => {
    expect(keysOf('INSERT INTO pair (a, b, v) SELECT id, name, 1 FROM users WHERE id = $1', [3])).toEqual([r('users', row('id', '3')), w('pair')]);
  });
  it('ON CONFLICT: the inserted row keys cover the conflicting row; updating a key column takes the table', () => {
    expect(keysOf("INSERT INTO pair (a, b, v) VALUES (1, 'x', 2) ON CONFLICT (a, b) DO UPDATE SET v = excluded.v")).toEqual([w('pair', row('a,b', '1', 'x'))]);
    expect(keysOf("INSERT INTO pair (a, b, v) VALUES (1, 'x', 2) ON CONFLICT (a, b) DO UPDATE SET b = 'y'")).toEqual([w('pair')]);
    expect(keysOf("INSERT INTO pair (a, b, v) VALUES (1, 'x', 2) ON CONFLICT DO NOTHING")).toEqual([ins('pair', row('a,b', '1', 'x'))]);
  });
  it('UPDATE that moves a row to other key values takes the table', () => {
    expect(keysOf('UPDATE users SET name = $1 WHERE id = $2', ['n', 1])).toEqual([u('users', row('id', '1'))]);
    // posts references users.id (ON UPDATE NO ACTION): moving the id checks the referencing posts.
    expect(keysOf('UPDATE users SET id = 9 WHERE id = 1')).toEqual([w('users'), r('posts')]);
    expect(keysOf("UPDATE users SET email = 'new' WHERE id = 1")).toEqual([w('users')]);
  });
  it('UPDATE … FROM reads the other table; subqueries are read', () => {
    expect(keysOf('UPDATE posts SET title = users.name FROM users WHERE posts.user_id = users.id AND users.id = $1', [4])).toEqual([u('posts'), r('users', row('id', '4'))]);
    expect(keysOf('UPDATE posts SET title = (SELECT name FROM users WHERE id = 2) WHERE id = 1')).toEqual([u('posts', row('id', '1')), r('users', row('id', '2'))]);
    expect(keysOf('DELETE FROM posts WHERE id = 1 AND EXISTS (SELECT 1 FROM pair WHERE a = 1)')).toEqual([w('posts', row('id', '1')), r('pair', part('a,b', '1', undefined))]);
  });
  it('foreign keys: a child write checks its parent row, a parent delete reaches the children', () => {
    expect(keysOf("INSERT INTO posts (id, user_id, title) VALUES (1, $1, 't')", ['42'])).toEqual([ins('posts', row('id', '1')), ks('users', row('id', '42'))]);
    expect(keysOf("INSERT INTO posts (id, title) VALUES (1, 't')")).toEqual([ins('posts', row('id', '1')), ks('users')]);
    expect(keysOf('UPDATE posts SET user_id = 3 WHERE id = 1')).toEqual([u('posts', row('id', '1')), ks('users')]);
    expect(keysOf('UPDATE posts SET title = $1 WHERE id = 1', ['t'])).toEqual([u('posts', row('id', '1'))]);
    // A key check does not wait for an update that leaves the key alone, nor it for the check; a key change does.
    expect(conflicts(ks('users', row('id', '3')), keysOf('UPDATE users SET name = $1 WHERE id = 3', ['n'])[0]!)).toBe(false);
    expect(conflicts(ks('users', row('id', '3')), keysOf('UPDATE users SET id = 4 WHERE id = 3')[0]!)).toBe(true);
    expect(conflicts(ks('users', row('id', '3')), keysOf('DELETE FROM users WHERE id = 3')[0]!)).toBe(true);
    expect(conflicts(r('users', row('id', '3')), keysOf('UPDATE users SET name = $1 WHERE id = 3', ['n'])[0]!)).toBe(true);
    expect(keysOf('DELETE FROM users WHERE id = 1')).toEqual([w('users', row('id', '1')), w('posts')]);
    expect(keysOf("DELETE FROM audit WHERE what = 'x'")).toEqual([w('audit'), r('audit_refs')]);
  });
});

describe('conflictKeys: structure', () => {
  it('CTEs: their bodies are analysed, their names are not tables', () => {
    expect(keysOf('WITH x AS (SELECT * FROM users WHERE id = 1) SELECT * FROM x')).toEqual([r('users', row('id', '1'))]);
    // A non-recursive CTE sees only earlier names: `pair` in the first body is the table.
    expect(keysOf('WITH a AS (SELECT * FROM pair), pair AS (SELECT 1) SELECT * FROM a, pair')).toEqual([r('pair')]);
  });
  it('data-modifying CTEs are analysed as the writes they are', () => {
    expect(keysOf('WITH gone AS (DELETE FROM posts WHERE id = $1 RETURNING *) SELECT * FROM gone', [3])).toEqual([w('posts', row('id', '3'))]);
  });
  it('data-modifying CTEs run as parts: every part is keyed, the writes of each and the reads of the rest', () => {
    expect(keysOf('WITH ins AS (INSERT INTO users (name) VALUES ($1) RETURNING id) INSERT INTO posts (user_id, title) SELECT id, $2 FROM ins RETURNING id', ['n', 't'])).toEqual([w('users'), w('posts')]);
    expect(keysOf('WITH u AS (UPDATE users SET name = $1 WHERE id = 3 RETURNING *) SELECT count(*) FROM u JOIN pair p ON p.a = u.id', ['n'])).toEqual([u('users', row('id', '3')), r('pair')]);
    const chained = keysOf('WITH a AS (DELETE FROM pair WHERE a = 1 RETURNING b), b AS (INSERT INTO audit (what) SELECT b FROM a RETURNING what) SELECT * FROM b');
    expect(chained.map((k) => `${k.mode} ${k.table}`)).toEqual(['w pair', 'w audit']);
  });
  it('FOR UPDATE makes the reads writes', () => {
    expect(keysOf('SELECT * FROM users WHERE id = $1 FOR UPDATE', [1])).toEqual([w('users', row('id', '1'))]);
    expect(keysOf('SELECT * FROM users FOR SHARE')).toEqual([w('users')]);
  });
  it('reads of a table and one of its rows keep only the table read; a table write covers the rest', () => {
    expect(keysOf('SELECT * FROM users a, users b WHERE a.id = 1')).toEqual([r('users')]);
    expect(keysOf('UPDATE users SET name = (SELECT name FROM users WHERE id = 2)')).toEqual([u('users')]);
  });
  it('statements without tables have no keys; transaction control and settings neither', () => {
    for (const sql of ['SELECT 1', 'SELECT now(), random()', 'BEGIN', 'COMMIT', 'ROLLBACK', 'SAVEPOINT s', 'SET search_path TO public', 'SHOW TimeZone']) {
      expect(keysOf(sql)).toEqual([]);
    }
    expect(keysOf('SELECT * FROM generate_series(1, 3) g')).toEqual([]);
  });
  it('DDL and whatever cannot be analysed write the whole database', () => {
    expect(keysOf('CREATE TABLE z (id int primary key)')).toEqual(EVERYTHING);
    // A DROP is translated against a schema that has the table: DROP of a missing one is 42P01.
    const [drop] = translate('DROP TABLE events', new TranslatorSchema(GOLDEN_SCHEMA));
    expect(conflictKeys(drop!, [], app, NO_RULES)).toEqual(EVERYTHING);
    expect(keysOf('INSERT INTO nowhere (a) VALUES (1)')).toEqual(EVERYTHING);
    expect(keysOf('UPDATE some_view SET a = 1 WHERE id = 1')).toEqual(EVERYTHING);
  });
  it('unknown relations (views) are read as the whole database; catalogs change only with DDL', () => {
    expect(keysOf('SELECT * FROM some_view WHERE id = 1')).toEqual([r('*')]);
    expect(keysOf('SELECT relname FROM pg_catalog.pg_class WHERE oid = 1')).toEqual([r('pg_catalog.pg_class')]);
  });
  it('COPY and LOCK TABLE', () => {
    expect(keysOf('COPY users (id, email) FROM STDIN')).toEqual([w('users')]);
    expect(keysOf('COPY posts FROM STDIN')).toEqual([w('posts'), ks('users')]);
    expect(keysOf('COPY users TO STDOUT')).toEqual([r('users')]);
    expect(keysOf('COPY (SELECT * FROM users WHERE id = 1) TO STDOUT')).toEqual([r('users', row('id', '1'))]);
    // Each lock mode meets what it meets in PostgreSQL: SHARE keeps writers out, ACCESS SHARE (pg_dump's) only DDL.
    expect(keysOf('LOCK TABLE users, pair IN SHARE MODE')).toEqual([r('users'), r('pair')]);
    expect(keysOf('LOCK TABLE users')).toEqual([w('users')]);
    expect(keysOf('LOCK TABLE users IN EXCLUSIVE MODE')).toEqual([w('users')]);
    expect(keysOf('LOCK TABLE users IN ROW EXCLUSIVE MODE')).toEqual([ks('users')]);
    expect(keysOf('LOCK TABLE users IN ACCESS SHARE MODE')).toEqual([]);
  });
  it('typed key columns: bpchar ignores trailing spaces, uuid its spelling, text its nothing', () => {
    const codes = schemaOf({ c: { keys: [['code'], ['ref'], ['name']], columns: cols('code bpchar(4), ref uuid, name text') } });
    expect(keysOf("SELECT * FROM c WHERE code = 'ab  '", [], codes)).toEqual(keysOf("SELECT * FROM c WHERE code = 'ab'", [], codes));
    expect(keysOf('SELECT * FROM c WHERE ref = $1', ['{A0EEBC99-9C0B4EF8-BB6D6BB9-BD380A11}'], codes)).toEqual([r('c', row('ref', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'))]);
    expect(keysOf('SELECT * FROM c WHERE name = $1', ['Abc 12'], codes)).toEqual([r('c', row('name', 'Abc 12'))]);
  });
  it('analyses are cached per schema and re-done when it changes', () => {
    const tables: Record<string, TableKeys> = { t: { keys: [] } };
    const s: SchemaInfo = { table: (n) => tables[n], version: 1 };
    const [t] = translate('SELECT * FROM t WHERE id = $1', NO_TABLES);
    expect(conflictKeys(t!, [1], s, NO_RULES)).toEqual([r('t')]);
    tables.t = { keys: [['id']] };
    expect(conflictKeys(t!, [1], s, NO_RULES)).toEqual([r('t')]);
    s.version = 2;
    expect(conflictKeys(t!, [1], s, NO_RULES)).toEqual([r('t', row('id', '1'))]);
  });
});

describe('rules', () => {
  it('parses the shipped files', () => {
    expect(TPCC_RULES.tables.stock).toEqual({ keys: [['s_w_id', 's_i_id']] });
    expect(TPCC_RULES.tables.history).toEqual({ keys: [] });
    expect(Object.keys(TPCC_RULES.tables).sort()).toEqual(['customer', 'district', 'history', 'item', 'new_order', 'order_line', 'orders', 'stock', 'warehouse']);
    expect(PGBENCH_RULES.tables.pgbench_accounts).toEqual({ keys: [['aid']] });
  });
  it('rejects malformed files with a message saying where', () => {
    expect(() => parseRules('{')).toThrow(/not valid JSON/);
    expect(() => parseRules('[]')).toThrow(/top level/);
    expect(() => parseRules('{"table": {}}')).toThrow(/unknown field "table"/);
    expect(() => parseRules('{"tables": {"t": {"keys": [[]]}}}')).toThrow(/tables\.t\.keys\[0\]/);
    expect(() => parseRules('{"tables": {"t": {"keys": [["a"]], "kyes": 1}}}')).toThrow(/unknown field "kyes"/);
    expect(() => parseRules('{"tables": {"T": {"keys": []}, "t": {"keys": []}}}')).toThrow(/given twice/);
  });
  it('folds names to lower case and adds to the schema keys', () => {
    const rules = parseRules('{"tables": {"Users": {"keys": [["Name"]]}}}');
    expect(rules.tables.users).toEqual({ keys: [['name']] });
    expect(keysOf('SELECT * FROM users WHERE name = $1', ['bob'], app, rules)).toEqual([r('users', row('name', 'bob'))]);
    expect(keysOf('SELECT * FROM users WHERE id = $1', [1], app, rules)).toEqual([r('users', row('id', '1'))]);
    // Inserts must now give the rule key as well.
    expect(keysOf("INSERT INTO users (id, email) VALUES (1, 'e')", [], app, rules)).toEqual([w('users')]);
  });
  it('a table named like an Object property is just a name', () => {
    const rules = parseRules('{"tables": {"__proto__": {"keys": [["id"]]}, "constructor": {"keys": [["id"]]}}}');
    expect(Object.keys(rules.tables).sort()).toEqual(['__proto__', 'constructor']);
    expect(keysOf('SELECT * FROM "constructor" WHERE id = 1', [], app, rules)).toEqual([r('constructor', row('id', '1'))]);
    expect(keysOf('SELECT * FROM "constructor" WHERE id = 1', [], app, NO_RULES)).toEqual([r('*')]);
  });
  it('ignores a rule key naming a column the table lacks', () => {
    const rules = parseRules('{"tables": {"pair": {"keys": [["nope"]]}}}');
    expect(keysOf("INSERT INTO pair (a, b) VALUES (1, 'x')", [], app, rules)).toEqual([ins('pair', row('a,b', '1', 'x'))]);
  });
});
