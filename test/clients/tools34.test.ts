/**
 * Migration tools pointed at evsql unchanged, each run against evsql and against PostgreSQL 15:
 * pgloader 3.6 (Debian's; .ci/run installs it) loading a SQLite file — integer, real, text, blob
 * and date columns, an autoincrement key, an index, a unique index, a foreign key — then loading
 * it again `data only` with `truncate, disable triggers, drop indexes`, and a CSV file; and
 * dbmate 2.36 (the npm package's Go binary) creating a database, applying, rolling back and
 * dumping migrations. Both servers must print the same summaries and status and end with the
 * same tables, rows, keys, sequences and schema file.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient, cstring, int16, int32 } from '../helpers/raw-protocol.js';
import { sameAnswers, sideBySide } from '../helpers/side-by-side.js';

const run = promisify(execFile);
const hasPgloader = spawnSync('pgloader', ['--version']).error === undefined;
// The devDependency's binary, or one on the PATH.
const localDbmate = join(import.meta.dirname, '../../node_modules/.bin/dbmate');
const dbmateBin = existsSync(localDbmate) ? localDbmate : 'dbmate';
const hasDbmate = spawnSync(dbmateBin, ['--version']).error === undefined && spawnSync('pg_dump', ['--version']).error === undefined;
if (!hasPgloader) console.warn("tools34.test.ts: pgloader tests skipped: pgloader is not installed (Debian's pgloader package has it)");
if (!hasDbmate) console.warn('tools34.test.ts: dbmate tests skipped: dbmate (the npm devDependency) or pg_dump is missing');

const servers = sideBySide();
const scratch = mkdtempSync(join(tmpdir(), 'evsql-tools34-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Server = { port: number; config(): pg.ClientConfig };
const both = () => [servers.server, servers.postgres] as const;
const url = (s: Server, database = 'postgres') => `postgresql://${s.config().user ?? 'postgres'}@127.0.0.1:${s.port}/${database}`;

async function rows(s: Server, sql: string): Promise<unknown[][]> {
  const c = new pg.Client({ ...s.config(), types: { getTypeParser: () => (v: string) => v } });
  await c.connect();
  try {
    return (await c.query({ text: sql, rowMode: 'array' })).rows;
  } finally {
    await c.end();
  }
}

describe.skipIf(!hasPgloader)('pgloader 3.6', () => {
  const sqlite = join(scratch, 'shop.db');
  const csv = join(scratch, 'amounts.csv');

  beforeAll(() => {
    const db = new Database(sqlite);
    db.exec(`
      CREATE TABLE authors (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, born DATE, rating REAL, bio TEXT);
      CREATE TABLE books (id INTEGER PRIMARY KEY AUTOINCREMENT, author_id INTEGER NOT NULL REFERENCES authors(id), title TEXT NOT NULL, price REAL, pages INTEGER, cover BLOB, published DATE);
      CREATE INDEX books_author ON books (author_id);
      CREATE UNIQUE INDEX books_title ON books (title);
      CREATE TABLE tags (name TEXT PRIMARY KEY, weight INTEGER DEFAULT 1);
      INSERT INTO authors (name, born, rating, bio) VALUES ('Ann O''Neil', '1970-05-01', 4.5, 'line1' || char(10) || 'line2'), ('Bob "B"', NULL, NULL, 'tab' || char(9) || 'here'), ('Zoë', '1999-12-31', 3.25, 'back\\slash');
      INSERT INTO books (author_id, title, price, pages, cover, published) VALUES (1, 'First', 9.99, 120, x'deadbeef', '2020-01-02'), (1, 'Second', 12.5, NULL, NULL, NULL), (3, '日本語', 0.1, 7, x'00', '2021-06-30');
      INSERT INTO tags VALUES ('a', 1), ('b', NULL);
    `);
    db.close();
    writeFileSync(csv, 'id,name,amount,day\n1,alpha,1.5,2024-01-01\n2,"be,ta",,2024-02-29\n3,"quo""te",-3,\n');
  });

  /**
   * Runs a pgloader command file against `s`; returns its summary's rows of name, errors and rows
   * (not bytes or times), sorted: its threads finish in any order.
   */
  async function pgloader(s: Server, name: string, command: string): Promise<string[]> {
    const dir = join(scratch, `${name}-${s.port}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'load.pgl');
    writeFileSync(file, command.replaceAll('@TARGET@', url(s)));
    const { stdout, stderr } = await run('pgloader', ['--root-dir', dir, file], { timeout: 50_000 });
    const out = stdout + stderr;
    expect(out, out).not.toMatch(/ (ERROR|FATAL) /);
    return out.split('\n').flatMap((line) => {
      const m = /^\s*(.+?)\s{2,}(\d+|✓)\s+(\d+)\s/.exec(line);
      return m ? [`${m[1]} ${m[2]} ${m[3]}`] : [];
    }).sort();
  }

  /** What a load leaves: columns, indexes (pgloader names them after the table's OID), keys, rows, sequences. */
  async function loaded(s: Server): Promise<unknown> {
    const q = (sql: string) => rows(s, sql);
    return {
      columns: await q(`SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE c.relname IN ('authors', 'books', 'tags', 's34t_amounts') AND a.attnum > 0 ORDER BY 1, a.attnum`),
      indexes: (await q(`SELECT tablename, regexp_replace(indexdef, 'idx_[0-9]+_', 'idx_N_') FROM pg_indexes WHERE tablename IN ('authors', 'books', 'tags', 's34t_amounts') ORDER BY 2`)),
      constraints: await q(`SELECT conrelid::regclass::text, contype, regexp_replace(conname, 'idx_[0-9]+_', 'idx_N_'), pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid IN ('authors'::regclass, 'books'::regclass, 'tags'::regclass, 's34t_amounts'::regclass) ORDER BY 1, 2, 3`),
      authors: await q('SELECT * FROM authors ORDER BY id'),
      books: await q('SELECT * FROM books ORDER BY id'),
      tags: await q('SELECT * FROM tags ORDER BY name'),
      amounts: await q('SELECT * FROM s34t_amounts ORDER BY id'),
      sequences: await q("SELECT a.last_value, a.is_called, b.last_value, b.is_called, nextval('books_id_seq') FROM authors_id_seq a, books_id_seq b"),
    };
  }

  it('loads a SQLite file and a CSV file as into PostgreSQL, then reloads the SQLite file data only with its indexes dropped and rebuilt', async () => {
    const schema = `LOAD DATABASE FROM sqlite://${sqlite} INTO @TARGET@
      WITH include drop, create tables, create indexes, reset sequences, foreign keys;`;
    const amounts = `LOAD CSV FROM '${csv}' (id, name, amount, day) INTO @TARGET@ TARGET TABLE s34t_amounts
      WITH skip header = 1, fields terminated by ',', fields optionally enclosed by '"'
      BEFORE LOAD DO $$ drop table if exists s34t_amounts; $$, $$ create table s34t_amounts (id integer primary key, name text, amount numeric, day date); $$;`;
    // data only reads the target's catalog: the foreign key to drop before a primary key's index is found through pg_depend.
    const reload = `LOAD DATABASE FROM sqlite://${sqlite} INTO @TARGET@
      WITH data only, truncate, disable triggers, drop indexes, reset sequences
      SET work_mem to '16MB', maintenance_work_mem to '64MB'
      AFTER LOAD DO $$ COMMENT ON TABLE books IS 'loaded by pgloader' $$;`;
    const summaries = await Promise.all(
      both().map(async (s) => [await pgloader(s, 'schema', schema), await pgloader(s, 'csv', amounts), await pgloader(s, 'reload', reload)]),
    );
    const [onEvsql, onPostgres] = summaries;
    // Reset Sequences counts the sequences its DO block's pg_notify reports, read before ReadyForQuery.
    expect(onPostgres![0]).toContain('Reset Sequences 0 2');
    expect(onPostgres![2]).toContain('Create Foreign Keys 0 1');
    expect(onEvsql).toEqual(onPostgres);
    const [a, b] = await Promise.all(both().map(loaded));
    expect((b as { books: unknown[] }).books).toHaveLength(3);
    expect(a).toEqual(b);
    const comments = await Promise.all(both().map((s) => rows(s, "SELECT obj_description('books'::regclass, 'pg_class')")));
    expect(comments[0]).toEqual([['loaded by pgloader']]);
    expect(comments[0]).toEqual(comments[1]);
  }, 60_000);
});

describe.skipIf(!hasDbmate)('dbmate 2.36', () => {
  const migrations = join(scratch, 'migrations');

  beforeAll(() => {
    mkdirSync(migrations, { recursive: true });
    const file = (name: string, text: string) => writeFileSync(join(migrations, name), text);
    file('20240101000000_create_users.sql', `-- migrate:up
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name varchar(100),
  created_at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX users_name_idx ON users (name);

-- migrate:down
DROP TABLE users;
`);
    file('20240102000000_create_posts.sql', `-- migrate:up
CREATE TABLE posts (
  id serial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  title text NOT NULL,
  score numeric(6,2) CHECK (score >= 0)
);
COMMENT ON TABLE posts IS 'Blog posts';
CREATE VIEW published AS SELECT id, title FROM posts WHERE score > 0;

-- migrate:down
DROP VIEW published;
DROP TABLE posts;
`);
    file('20240103000000_add_tags.sql', `-- migrate:up transaction:false
CREATE TABLE tags (name text PRIMARY KEY);
ALTER TABLE posts ADD COLUMN tag text REFERENCES tags(name);

-- migrate:down
ALTER TABLE posts DROP COLUMN tag;
DROP TABLE tags;
`);
  });

  /** dbmate's commands in order against one database of `s`: what they print (durations left out) and the schema file. */
  async function session(s: Server, database: string, query: string, commands: string[][]): Promise<{ printed: string; schema: string }> {
    // dbmate prints the schema file's path: the same relative one in a folder of each server's.
    const cwd = join(scratch, `${database}-${s.port}`);
    mkdirSync(cwd);
    // The schema is dumped once, by the last command (each up, down and rollback would run pg_dump).
    const env = { ...process.env, DATABASE_URL: `${url(s, database)}?sslmode=disable${query}`, DBMATE_MIGRATIONS_DIR: migrations, DBMATE_SCHEMA_FILE: 'schema.sql', DBMATE_NO_DUMP_SCHEMA: 'true' };
    let printed = '';
    for (const args of commands) {
      const { stdout, stderr } = await run(dbmateBin, args, { env, cwd, timeout: 20_000 });
      printed += `$ dbmate ${args.join(' ')}\n${stdout}${stderr}`.replace(/ in [\d.]+[µm]?s\b/g, '');
    }
    // The server's version line is evsql's own.
    return { printed, schema: readFileSync(join(cwd, 'schema.sql'), 'utf8').replace(/^-- Dumped from database version .*$/m, '') };
  }

  const commands = [['create'], ['status'], ['up'], ['status'], ['down'], ['rollback'], ['status'], ['up'], ['dump'], ['--wait', 'status']];

  it('creates, migrates, rolls back and dumps a database as on PostgreSQL', async () => {
    const [ours, theirs] = await Promise.all(both().map((s) => session(s, 's34t_dbmate', '', commands)));
    expect(theirs!.printed).toContain('Applied: 3');
    expect(ours!.printed).toBe(theirs!.printed);
    // evsql keeps public on pg_dump's empty search path (test/clients/pg-dump.test.ts), so public's names are written bare.
    expect(ours!.schema).toBe(theirs!.schema.replace("set_config('search_path', '', false)", "set_config('search_path', 'public', false)").replace(/(FROM |nextval\('|REFERENCES )public\./g, '$1'));
    expect(ours!.schema).toContain("INSERT INTO public.schema_migrations (version) VALUES\n    ('20240101000000'),\n    ('20240102000000'),\n    ('20240103000000');");
  }, 60_000);

  it("creates the search_path's schema on 3F000, migrates in it, dumps it and drops the database", async () => {
    const [ours, theirs] = await Promise.all(both().map((s) => session(s, 's34t_dbmate_app', '&search_path=s34t_app', [['create'], ['up'], ['rollback'], ['up'], ['dump']])));
    expect(theirs!.printed).toContain('Creating schema: s34t_app');
    expect(ours!.printed).toBe(theirs!.printed);
    expect(ours!.schema).toBe(theirs!.schema.replace("set_config('search_path', '', false)", "set_config('search_path', 'public', false)"));
    const dropped = await Promise.all(both().map(async (s) => (await run(dbmateBin, ['drop'], { env: { ...process.env, DATABASE_URL: `${url(s, 's34t_dbmate_app')}?sslmode=disable` } })).stdout));
    expect(dropped[0]).toBe(dropped[1]);
    const left = await Promise.all(both().map((s) => rows(s, "SELECT datname FROM pg_database WHERE datname LIKE 's34t_dbmate%' ORDER BY 1")));
    expect(left[0]).toEqual([['s34t_dbmate']]);
    expect(left[0]).toEqual(left[1]);
  }, 60_000);
});

describe('what the tools rest on', () => {
  it("sends a notification of the session's own transaction before that reply's ReadyForQuery, in either protocol (pgloader's reset sequences)", async () => {
    const order = async (s: Server) => {
      const c = await RawClient.connect('127.0.0.1', s.port);
      c.send('Q', cstring('LISTEN s34t_seqs'));
      await c.messages();
      const notify = "DO $$ BEGIN PERFORM pg_notify('s34t_seqs', '2'); END $$";
      c.send('Q', cstring(notify));
      const simple = (await c.messages()).map((m) => m.type).join('');
      // postmodern's way: an unnamed statement, parsed, bound and executed, then Sync.
      c.send('P', Buffer.concat([cstring(''), cstring(notify), int16(0)]));
      c.send('B', Buffer.concat([cstring(''), cstring(''), int16(0), int16(0), int16(0)]));
      c.send('E', Buffer.concat([cstring(''), int32(0)]));
      c.send('S', Buffer.alloc(0));
      const extended = (await c.messages()).map((m) => m.type).join('');
      await c.close();
      return [simple, extended];
    };
    const [ours, theirs] = await Promise.all(both().map(order));
    expect(theirs).toEqual(['CAZ', '12CAZ']);
    expect(ours).toEqual(theirs);
  });

  it("lists a table's constraints in pg_depend as PostgreSQL does, refuses a COPY column named twice before CopyInResponse, and places a missing relation's error as PostgreSQL does", async () => {
    const answers = await sameAnswers(
      servers,
      [
        'CREATE TABLE s34t_dep_p (id int PRIMARY KEY, code text UNIQUE)',
        'CREATE TABLE s34t_dep_c (id int REFERENCES s34t_dep_p, a int, b int, CHECK (a < b), CHECK (1 > 0), CONSTRAINT s34t_cc CHECK (a > 0), code text REFERENCES s34t_dep_p (code))',
        "SELECT c.conname, d.refclassid::regclass::text, d.refobjid::regclass::text, d.refobjsubid, d.deptype FROM pg_depend d JOIN pg_constraint c ON c.oid = d.objid WHERE d.classid = 'pg_constraint'::regclass AND c.conrelid IN ('s34t_dep_p'::regclass, 's34t_dep_c'::regclass) ORDER BY 1, 3, 4, 5",
        "SELECT r.conname FROM pg_constraint r JOIN pg_depend d ON d.objid = r.oid AND d.classid = 'pg_constraint'::regclass WHERE d.refobjid = 's34t_dep_p_pkey'::regclass",
        'COPY s34t_dep_c (a, b, a) FROM STDIN',
        'COPY s34t_dep_c (a, nope, a) FROM STDIN',
        'COPY s34t_dep_c (b, b) TO STDOUT',
        'DROP TABLE s34t_dep_c, s34t_dep_p',
        // pgloader's table-name query: a VALUES row's name is cast as the query runs, with no position.
        "select n, n::regclass::oid from (values ('pg_class'),('s34t_nope')) as t(n)",
        "select nextval('s34t_nope')",
      ],
      async (c, sql) => c.query({ text: sql, rowMode: 'array' }).then((r) => r.rows, (e: { code?: string; message: string; position?: string }) => `${e.code}: ${e.message}${e.position ? ` at ${e.position}` : ''}`),
    );
    expect(answers[2]).toHaveLength(15);
    expect(answers[3]).toEqual([['s34t_dep_c_id_fkey']]);
    expect(answers.slice(8)).toEqual(['42P01: relation "s34t_nope" does not exist', '42P01: relation "s34t_nope" does not exist at 16']);
    expect(answers.slice(4, 7)).toEqual(['42701: column "a" specified more than once', '42703: column "nope" of relation "s34t_dep_c" does not exist', '42701: column "b" specified more than once']);
  });
});
