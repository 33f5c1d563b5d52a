/**
 * Constraint violations as PostgreSQL 15 reports them, field by field: the SQLSTATE, message,
 * detail with the values (`Key (a, b)=(1, x) already exists.`, `Failing row contains (…)`),
 * schema, table, column and constraint names. ORMs parse these (Sequelize's UniqueConstraintError
 * takes its `fields` from the detail; Django and psycopg2 read the constraint name). evsql
 * explains a failed write by running it again inside a savepoint, so the last test checks that the
 * explanation leaves nothing behind: the transaction goes on and the replicas stay in agreement.
 */
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sameAnswers, sideBySide } from './helpers/side-by-side.js';
import { startServer, type TestServer } from './helpers/server.js';

const servers = sideBySide();

const FIELDS = ['severity', 'code', 'message', 'detail', 'hint', 'schema', 'table', 'column', 'dataType', 'constraint'] as const;

type Statement = string | { text: string; values: unknown[] };

/** What a client sees of a statement: its tag and row count, or every field of its error. */
async function answer(c: pg.Client, s: Statement): Promise<unknown> {
  try {
    const r = await c.query(s);
    return { command: r.command, rowCount: r.rowCount, rows: r.rows };
  } catch (err) {
    const e = err as pg.DatabaseError;
    return Object.fromEntries(FIELDS.map((f) => [f, e[f]]));
  }
}

/** Each statement beside its answer, so a difference names the statement. */
function sameAsPostgres(statements: Statement[]): Promise<Array<[Statement, unknown]>> {
  return sameAnswers(servers, statements, async (c, s): Promise<[Statement, unknown]> => [s, await answer(c, s)]);
}

describe('constraint violations, field by field as PostgreSQL 15', () => {
  it('unique: the key values in the detail, the constraint PostgreSQL names (named, multi-column, primary key, unique index)', async () => {
    const answers = await sameAsPostgres([
      'CREATE TABLE v_user (id int PRIMARY KEY, email text UNIQUE, org int, "Handle" varchar(20), CONSTRAINT v_org_handle UNIQUE (org, "Handle"))',
      "INSERT INTO v_user VALUES (1, 'ann@example.com', 7, 'ann')",
      "INSERT INTO v_user VALUES (2, 'ann@example.com', 7, 'bob')",
      "INSERT INTO v_user VALUES (1, 'bob@example.com', 7, 'bob')",
      "INSERT INTO v_user VALUES (3, 'bob@example.com', 7, 'ann')",
      { text: 'INSERT INTO v_user (id, email) VALUES ($1, $2)', values: [4, 'ann@example.com'] },
      "INSERT INTO v_user VALUES (5, 'c@example.com', 8, 'c'), (6, 'd@example.com', 8, 'c')",
      "UPDATE v_user SET email = 'ann@example.com' WHERE id = 1",
      "INSERT INTO v_user VALUES (7, 'e@example.com', 9, 'e')",
      "UPDATE v_user SET email = 'ann@example.com' WHERE id = 7",
      'CREATE TABLE v_price (sku text, at date, amount numeric(8,2), active boolean)',
      'CREATE UNIQUE INDEX v_price_sku_at ON v_price (sku, at)',
      "INSERT INTO v_price VALUES ('a-1', '2024-02-29', 9.5, true)",
      "INSERT INTO v_price VALUES ('a-1', '2024-02-29', 10, false)",
      "INSERT INTO v_price VALUES ('a-1', '2024-03-01', 10, false) ON CONFLICT DO NOTHING",
      "INSERT INTO v_price VALUES ('a-1', '2024-03-01', 10, false) ON CONFLICT (sku, at) DO UPDATE SET amount = 11",
      'SELECT sku, at::text, amount::text, active FROM v_price ORDER BY at',
    ]);
    // Sequelize's UniqueConstraintError: fields parsed from `Key (…)=(…)` (its query.js regex).
    const detail = (answers[4]![1] as { detail: string }).detail;
    const [, keys, values] = /Key \((.*?)\)=\((.*?)\)/.exec(detail)!;
    expect(keys!.split(', ')).toEqual(['org', '"Handle"']);
    expect(values!.split(', ')).toEqual(['7', 'ann']);
  });

  it("unique expression indexes: the expression and its value in the detail (Rails' case-insensitive email index), on INSERT, UPDATE and COPY", async () => {
    await sameAsPostgres([
      'CREATE TABLE v_account (id serial PRIMARY KEY, email text, org int)',
      'CREATE UNIQUE INDEX v_account_email ON v_account (lower(email), org)',
      "INSERT INTO v_account (email, org) VALUES ('Ann@Example.com', 1), ('bob@example.com', 1)",
      "INSERT INTO v_account (email, org) VALUES ('ANN@example.COM', 1)",
      { text: 'INSERT INTO v_account (email, org) VALUES ($1, $2)', values: ['ann@example.com', 1] },
      "UPDATE v_account SET email = 'BOB@example.com' WHERE id = 1",
      "INSERT INTO v_account (email, org) VALUES ('ann@example.com', 2)",
    ]);
  });

  it('foreign keys: the missing key on insert and update, the referencing table on delete, multi-column keys', async () => {
    await sameAsPostgres([
      'CREATE TABLE v_author (id int PRIMARY KEY, name text)',
      'CREATE TABLE v_book (id int PRIMARY KEY, author_id int REFERENCES v_author, editor_id int, CONSTRAINT v_book_editor FOREIGN KEY (editor_id) REFERENCES v_author (id))',
      "INSERT INTO v_author VALUES (1, 'ann'), (2, 'bob')",
      'INSERT INTO v_book VALUES (10, 1, 2)',
      'INSERT INTO v_book VALUES (11, 3, NULL)',
      { text: 'INSERT INTO v_book VALUES ($1, $2, $3)', values: [12, 1, 9] },
      'UPDATE v_book SET author_id = 5 WHERE id = 10',
      'DELETE FROM v_author WHERE id = 1',
      'UPDATE v_author SET id = 20 WHERE id = 2',
      'DELETE FROM v_book',
      'DELETE FROM v_author WHERE id = 1',
      'CREATE TABLE v_edition (isbn text, year int, PRIMARY KEY (isbn, year))',
      'CREATE TABLE v_copy (id int, isbn text, year int, FOREIGN KEY (isbn, year) REFERENCES v_edition)',
      "INSERT INTO v_edition VALUES ('978-0', 2001)",
      "INSERT INTO v_copy VALUES (1, '978-0', 2002)",
    ]);
  });

  it('not-null and check: the failing row as PostgreSQL prints it, serial key included', async () => {
    await sameAsPostgres([
      // PostgreSQL's sequence moves on at a failed insert and evsql's does not: one failure here.
      'CREATE TABLE v_ticket (id serial PRIMARY KEY, title text NOT NULL)',
      'INSERT INTO v_ticket (title) VALUES (NULL)',
      "CREATE TABLE v_event (id int PRIMARY KEY, name text NOT NULL, at timestamptz, tags text[], score numeric(5,2) CHECK (score >= 0), ok boolean DEFAULT true, CONSTRAINT v_event_named CHECK (name <> 'x'))",
      "INSERT INTO v_event (id, name, at, tags, score) VALUES (1, NULL, '2024-01-02 03:04:05+00', '{a,\"b c\"}', 1.5)",
      "INSERT INTO v_event (id, name, score) VALUES (2, 'e', -1)",
      "INSERT INTO v_event (id, name) VALUES (3, 'x')",
      `INSERT INTO v_event (id, name, tags) VALUES (4, NULL, '{${'y'.repeat(80)}}')`,
      "INSERT INTO v_event (id, name) VALUES (5, 'ok')",
      'UPDATE v_event SET name = NULL',
      'UPDATE v_event SET score = -2',
    ]);
  });

  /** Each COPY of `datas` into the table `create` makes: 'ok' or every field of its error, on evsql and on PostgreSQL. */
  async function copies(create: string, table: string, datas: string[]): Promise<[unknown[], unknown[]]> {
    const copy = async (config: pg.ClientConfig) => {
      const c = new pg.Client(config);
      await c.connect();
      await c.query(create);
      const results = [];
      for (const data of datas) {
        const stream = c.query(copyFrom(`COPY ${table} FROM STDIN`));
        results.push(
          await new Promise((resolve) => {
            stream.on('error', (e: pg.DatabaseError) => resolve(Object.fromEntries(FIELDS.map((f) => [f, e[f]]))));
            stream.on('finish', () => resolve('ok'));
            stream.end(data);
          }),
        );
      }
      await c.end();
      return results;
    };
    return Promise.all([copy(servers.server.config()), copy(servers.postgres.config())]);
  }

  it('COPY: the row that broke the key', async () => {
    const [evsql, postgres] = await copies('CREATE TABLE v_copied (id int PRIMARY KEY, name text NOT NULL)', 'v_copied', ['1\ta\n2\tb\n1\tc\n', '3\t\\N\n']);
    expect(evsql).toEqual(postgres);
    expect(evsql[0]).toMatchObject({ code: '23505', detail: 'Key (id)=(1) already exists.' });
  });

  it('COPY: a value its column cannot take, as INSERT refuses it', async () => {
    const [evsql, postgres] = await copies('CREATE TABLE v_assigned (code varchar(3), price numeric(10,2))', 'v_assigned', ['abc\t1.234\n', 'abcdefgh\t1\n', 'abc\t1e20\n', 'ab \t-99999999.99\n']);
    expect(evsql).toEqual(postgres);
    expect(evsql).toMatchObject(['ok', { code: '22001' }, { code: '22003' }, 'ok']);
  });
});

describe('explaining a violation leaves no trace', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(['--replicas', '3']);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('the transaction goes on after the failed statement, nothing of the rerun is kept, the replicas agree', async () => {
    const c = await server.client();
    await c.query('CREATE TABLE v_account (id serial PRIMARY KEY, email text UNIQUE, owner int REFERENCES v_account)');
    await c.query("INSERT INTO v_account (email) VALUES ('a'), ('b')");
    await c.query('BEGIN');
    await c.query("INSERT INTO v_account (email) VALUES ('c')");
    await c.query('SAVEPOINT s');
    await expect(c.query("INSERT INTO v_account (email) VALUES ('d'), ('a')")).rejects.toMatchObject({ code: '23505', detail: 'Key (email)=(a) already exists.' });
    await c.query('ROLLBACK TO SAVEPOINT s');
    await expect(c.query("INSERT INTO v_account (email, owner) VALUES ('e', 99)")).rejects.toMatchObject({ code: '23503', detail: 'Key (owner)=(99) is not present in table "v_account".' });
    await c.query('ROLLBACK TO SAVEPOINT s');
    await c.query("INSERT INTO v_account (email, owner) VALUES ('f', 1)");
    await c.query('COMMIT');
    expect((await c.query('SELECT email, owner FROM v_account ORDER BY email')).rows).toEqual([
      { email: 'a', owner: null },
      { email: 'b', owner: null },
      { email: 'c', owner: null },
      { email: 'f', owner: 1 },
    ]);
    // A later violation still fails (the foreign keys are checked at once again, not deferred).
    await expect(c.query('DELETE FROM v_account WHERE id = 1')).rejects.toMatchObject({ code: '23503' });
    const roots = (await c.query('SELECT DISTINCT state_root FROM evsql_replicas')).rows;
    expect(roots).toHaveLength(1);
    await c.end();
  });
});
