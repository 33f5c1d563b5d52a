/**
 * SQL the tools send that SQLite has no direct form for, compared statement by statement with a
 * real PostgreSQL 15: ALTER TABLE ADD/DROP CONSTRAINT for foreign keys and checks (ORMs add
 * their foreign keys this way; evsql edits the table's definition in place), generate_series in
 * FROM (pgbench -I G) and scalar functions in FROM (TypeORM's `SELECT * FROM current_schema()`).
 * Each statement's rows, command tag and SQLSTATE must match.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let postgres: TestPostgres;
let evsql: pg.Client;
let real: pg.Client;

beforeAll(async () => {
  [server, postgres] = await Promise.all([startServer(), startPostgres()]);
  evsql = await server.client();
  real = await postgres.client();
});

afterAll(async () => {
  await evsql?.end();
  await real?.end();
  await postgres?.stop();
  expect(await server?.stop()).toBe(0);
});

type Outcome = { tag: string; rows: unknown[][] } | { code: string; message: string; detail?: string };

async function outcome(c: pg.Client, sql: string, params?: unknown[]): Promise<Outcome> {
  try {
    const r = await c.query({ text: sql, values: params, rowMode: 'array' });
    return { tag: r.rowCount === null ? r.command : `${r.command} ${r.rowCount}`, rows: r.rows };
  } catch (err) {
    const e = err as { code: string; message: string; detail?: string };
    return { code: e.code, message: e.message, ...(e.detail ? { detail: e.detail } : {}) };
  }
}

/**
 * A statement, with its parameters; `codeOnly` where evsql's message is known to be less
 * specific than PostgreSQL's (SQLite does not say which foreign key a row violates).
 */
type Statement = string | { sql: string; params?: unknown[]; codeOnly?: boolean };

/** Runs each statement on both servers and expects the same outcome. */
async function same(statements: Statement[]): Promise<void> {
  for (const s of statements) {
    const { sql, params, codeOnly } = typeof s === 'string' ? { sql: s } : s;
    const expected = await outcome(real, sql, params);
    const actual = await outcome(evsql, sql, params);
    if (codeOnly && 'code' in expected) expect('code' in actual ? actual.code : actual, sql).toBe(expected.code);
    else expect(actual, sql).toEqual(expected);
  }
}

describe('ALTER TABLE ADD/DROP CONSTRAINT', () => {
  it('adds a foreign key to a table with rows, enforces it and cascades', async () => {
    await same([
      'create table authors (id serial primary key, name text not null unique)',
      'create table books (id serial primary key, author_id int not null, title text, pages int)',
      "insert into authors (name) values ('ann'), ('bob')",
      "insert into books (author_id, title, pages) values (1, 'a', 10), (2, 'b', 20), (1, 'c', 30)",
      'create index books_author on books (author_id)',
      'alter table books add constraint books_author_id_foreign foreign key (author_id) references authors (id) on delete cascade',
      { sql: "insert into books (author_id, title) values (3, 'orphan')", codeOnly: true },
      'select id, title from books order by id',
      'delete from authors where id = 1',
      'select id, author_id, title from books order by id',
      // The index made before the edit still serves and the table still takes rows.
      "insert into books (author_id, title, pages) values (2, 'd', 40) returning title",
      'select count(*) from books where author_id = 2',
      'alter table books add constraint books_author_id_foreign foreign key (author_id) references authors (id)',
    ]);
  });

  it('refuses a foreign key existing rows violate, or one without a unique key to reference', async () => {
    await same([
      'create table parents (id int primary key, code text)',
      'create table children (id int primary key, parent_id int, code text)',
      'insert into parents values (1, \'x\')',
      'insert into children values (1, 1, \'x\'), (2, 7, \'y\')',
      'alter table children add foreign key (parent_id) references parents (id)',
      'alter table children add constraint c_code_fk foreign key (code) references parents (code)',
      'alter table children add foreign key (parent_id) references nosuch (id)',
      'delete from children where id = 2',
      'alter table children add foreign key (parent_id) references parents',
      { sql: "insert into children values (3, 9, 'z')", codeOnly: true },
      'alter table children drop constraint children_parent_id_fkey',
      { sql: "insert into children values (3, 9, 'z')", codeOnly: true },
      'alter table children drop constraint children_parent_id_fkey',
      'alter table children drop constraint if exists children_parent_id_fkey',
      // NOT VALID leaves the rows already there unchecked, but still needs a key to reference.
      'alter table children add constraint c_code_fk foreign key (code) references parents (code) not valid',
      'alter table children add constraint children_parent_fk foreign key (parent_id) references parents (id) not valid',
      'select id, parent_id from children order by id',
      { sql: "insert into children values (4, 8, 'w')", codeOnly: true },
    ]);
  });

  it('adds and drops CHECK constraints, checking existing rows', async () => {
    await same([
      'create table prices (id int primary key, amount numeric(8,2), qty int)',
      'insert into prices values (1, 9.50, 1), (2, 0, 5)',
      'alter table prices add constraint positive_amount check (amount > 0)',
      'update prices set amount = 1 where id = 2',
      'alter table prices add constraint positive_amount check (amount > 0), add check (qty between 1 and 10)',
      { sql: 'insert into prices values (3, -1, 1)', codeOnly: true },
      { sql: 'insert into prices values (3, 1, 11)', codeOnly: true },
      'insert into prices values (3, null, null)',
      'alter table prices drop constraint prices_qty_check',
      'insert into prices values (4, 2, 11)',
      'select id, amount, qty from prices order by id',
    ]);
  });

  it('drops a UNIQUE constraint added with ALTER TABLE', async () => {
    await same([
      'create table tags (id int, name text)',
      'alter table tags add constraint tags_name_key unique (name)',
      "insert into tags values (1, 'a')",
      { sql: "insert into tags values (2, 'a')", codeOnly: true },
      'alter table tags drop constraint tags_name_key',
      "insert into tags values (2, 'a')",
      'select count(*) from tags',
    ]);
  });

  it('keeps the change inside a transaction that rolls back', async () => {
    await same([
      'create table owners (id int primary key)',
      'create table pets (id int primary key, owner_id int)',
      'begin',
      'alter table pets add constraint pets_owner foreign key (owner_id) references owners (id)',
      'rollback',
      'insert into pets values (1, 42)',
      'begin',
      'alter table pets add constraint pets_owner foreign key (owner_id) references owners (id)',
      'commit',
      'delete from pets',
      'alter table pets add constraint pets_owner foreign key (owner_id) references owners (id)',
      { sql: 'insert into pets values (1, 42)', codeOnly: true },
    ]);
  });
});

describe('functions in FROM', () => {
  it('names and counts its rows as PostgreSQL does', async () => {
    await same([
      'select * from generate_series(1, 3)',
      'select g from generate_series(5, 1, -2) as g',
      'select x, n from generate_series(10, 20, 5) with ordinality as t(x, n)',
      'select t.* from generate_series(1, 2) with ordinality t',
      'select a, b from generate_series(1, 2) a, generate_series(1, 2) b order by a, b',
      'select count(*), sum(i) from generate_series(1, 100000) as i',
      'select i from generate_series(1, 10) i where i % 4 = 0',
      // drizzle-kit's introspection writes EXISTS (SELECT FROM …), with no select list.
      'select exists (select from generate_series(1, 3) g where g > 2) as e, exists (select from generate_series(1, 3) g where g > 3) as f',
      'select * from generate_series(3, 1)',
      'select * from generate_series(1, 3, 0)',
      'select * from generate_series(1, null)',
      { sql: 'select * from generate_series(1, $1) as x', params: [3] },
      'select g from generate_series(0.5, 2.5, 1) as g',
      'select g from generate_series(0.5, 4, 1) as g where g > 1.2',
      // A series too long to finish is stopped by statement_timeout, as in PostgreSQL.
      'set statement_timeout = 200',
      'select count(*) from generate_series(1, 100000000000)',
      'reset statement_timeout',
    ]);
  });

  it('treats any other function in FROM as one row, as TypeORM relies on', async () => {
    await same(['SELECT * FROM current_schema()', 'SELECT * FROM current_database()', 'select d from current_database() as d', 'select x from current_schema() as s(x)']);
  });

  it('feeds INSERT … SELECT as pgbench -I G does', async () => {
    await same([
      'create table accounts (aid int not null, bid int, abalance int, filler char(84))',
      "insert into accounts (aid, bid, abalance, filler) select aid, (aid - 1) / 1000 + 1, 0, '' from generate_series(1, 3000) as aid",
      'select bid, count(*), min(aid), max(aid) from accounts group by bid order by bid',
    ]);
  });
});
