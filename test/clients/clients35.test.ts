/**
 * Clients first tried in the thirty-fifth session, each run against evsql and against PostgreSQL
 * 15: node-pg-migrate 9 (a devDependency) creating, applying, rolling back and redoing migrations
 * from its command line under its advisory lock; Perl DBI with DBD::Pg, pgcli's completion
 * metadata and special commands, and psqlODBC under pyodbc, Debian's packages (.ci/run installs
 * them; each is skipped where it is missing). Both servers must print the same.
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { sameAnswers, sideBySide } from '../helpers/side-by-side.js';
import { printsTheSame } from './programs.js';

const run = promisify(execFile);
const here = (file: string) => join(import.meta.dirname, file);
const servers = sideBySide();
const scratch = mkdtempSync(join(tmpdir(), 'evsql-clients35-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Server = { port: number; config(): pg.ClientConfig };
const both = () => [servers.server, servers.postgres] as const;

const python = (module: string) => spawnSync('/usr/bin/python3', ['-c', `import ${module}`]).status === 0;
const hasDbdPg = spawnSync('/usr/bin/perl', ['-MDBD::Pg', '-e', '1']).status === 0;
const hasPgcli = python('pgcli.pgexecute');
const hasOdbc = python('pyodbc') && spawnSync('odbcinst', ['-q', '-d', '-n', 'PostgreSQL Unicode']).status === 0;
for (const [has, what] of [[hasDbdPg, "DBD::Pg (Debian's libdbd-pg-perl)"], [hasPgcli, "pgcli (Debian's pgcli)"], [hasOdbc, "psqlODBC and pyodbc (Debian's odbc-postgresql, python3-pyodbc)"]] as const) {
  if (!has) console.warn(`clients35.test.ts: the ${what} test is skipped: not installed`);
}

async function rows(s: Server, sql: string): Promise<unknown[][]> {
  const c = new pg.Client({ ...s.config(), types: { getTypeParser: () => (v: string) => v } });
  await c.connect();
  try {
    return (await c.query({ text: sql, rowMode: 'array' })).rows;
  } finally {
    await c.end();
  }
}

describe('node-pg-migrate 9', () => {
  const bin = here('../../node_modules/.bin/node-pg-migrate');

  /** Runs the tool in `cwd` against `s`: what it prints, or its failure's output; its run_on timestamps left out. */
  async function tool(s: Server, cwd: string, args: string[]): Promise<string> {
    const env = { ...process.env, DATABASE_URL: `postgres://postgres@127.0.0.1:${s.port}/postgres` };
    const out = await run(bin, args, { cwd, env, timeout: 30_000 }).then(
      (r) => r.stdout + r.stderr,
      (e: { stdout?: string; stderr?: string }) => `failed: ${e.stdout ?? ''}${e.stderr ?? ''}`,
    );
    return `$ node-pg-migrate ${args.join(' ')}\n${out}`;
  }

  /** What the migrations leave: the migrations table, columns, keys, indexes, the enum, the view, the function, the rows. */
  async function state(s: Server): Promise<unknown> {
    const q = (sql: string) => rows(s, sql);
    return {
      migrations: await q('SELECT id, name FROM pgmigrations ORDER BY id'),
      columns: await q(`SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE c.relname LIKE 'c35m%' AND c.relkind IN ('r', 'v') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, a.attnum`),
      constraints: await q("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid::regclass::text LIKE 'c35m%' ORDER BY 1, 2"),
      indexes: await q("SELECT indexname, indexdef FROM pg_indexes WHERE tablename LIKE 'c35m%' ORDER BY 1"),
      labels: await q("SELECT enumlabel FROM pg_enum WHERE enumtypid = 'c35m_status'::regtype ORDER BY enumsortorder"),
      comment: await q("SELECT obj_description('c35m_posts'::regclass, 'pg_class')"),
      view: await q("SELECT * FROM c35m_published ORDER BY id"),
      slug: await q("SELECT c35m_slug('Hello, World!'), pg_get_function_arguments('c35m_slug'::regproc)"),
      posts: await q('SELECT id, author_id, title, status, content, tags, score FROM c35m_posts ORDER BY id'),
      locks: await q("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"),
    };
  }

  it('creates migrations, runs them up, down and redo under its advisory lock, and refuses to run while another holds it, as on PostgreSQL', async () => {
    const steps = [['up'], ['down'], ['redo'], ['up'], ['down', '2'], ['up', '1'], ['redo', '2'], ['up']];
    const sources = readdirSync(here('pg-migrate')).sort();
    const sessions = await Promise.all(
      both().map(async (s) => {
        // `create` writes numbered files from its template; the bodies are then the ones in pg-migrate/.
        const dir = join(scratch, `pg-migrate-${s.port}`);
        mkdirSync(dir);
        let printed = '';
        for (const [name, language] of [['create-tables', 'js'], ['rename-and-function', 'js'], ['view-and-type', 'js'], ['backfill', 'sql']]) {
          printed += (await run(bin, ['create', name!, '--migration-filename-format', 'index', '-j', language!], { cwd: dir })).stdout.replace(dir, '.');
        }
        expect(readdirSync(join(dir, 'migrations')).sort()).toEqual(sources);
        for (const f of sources) copyFileSync(here(join('pg-migrate', f)), join(dir, 'migrations', f));
        for (const args of steps) printed += await tool(s, dir, args);
        // Another session holds node-pg-migrate's lock: the tool stops before it migrates anything.
        const holder = new pg.Client(s.config());
        await holder.connect();
        await holder.query('SELECT pg_advisory_lock(7241865325823964)');
        writeFileSync(join(dir, 'migrations', '0005_nothing.sql'), '-- Up Migration\nSELECT 1;\n-- Down Migration\n');
        printed += await tool(s, dir, ['up']);
        await holder.end();
        return { printed, state: await state(s) };
      }),
    );
    const [ours, theirs] = sessions;
    expect(theirs!.printed).toContain('Created migration -- ./migrations/0004_backfill.sql');
    expect(theirs!.printed).toContain('### MIGRATION 0002_rename-and-function (UP) ###');
    expect(theirs!.printed).toContain('Another migration is already running');
    expect(ours!.printed).toBe(theirs!.printed);
    expect((theirs!.state as { migrations: unknown[] }).migrations).toHaveLength(4);
    expect(ours!.state).toEqual(theirs!.state);
  }, 180_000);
});

describe('Debian clients', () => {
  it.skipIf(!hasDbdPg)('Perl DBI with DBD::Pg 3.16: placeholders, server-side prepares, bytea and arrays, the catalog methods, last_insert_id, COPY, savepoints, SQLSTATEs', async () => {
    await printsTheSame(servers, '/usr/bin/perl', [here('dbd_pg_app.pl')]);
  });

  it.skipIf(!hasPgcli)("pgcli 3.5: its completion metadata and \\d-style special commands through pgspecial", async () => {
    await printsTheSame(servers, '/usr/bin/python3', [here('pgcli_app.py')]);
  });

  it.skipIf(!hasOdbc)('psqlODBC under pyodbc: the driver\'s startup queries, SQLTables/SQLColumns/SQLPrimaryKeys/SQLForeignKeys/SQLStatistics, parameters, transactions, SQLSTATEs', async () => {
    await printsTheSame(servers, '/usr/bin/python3', [here('odbc_app.py')]);
  });
});

describe('what these clients rest on', () => {
  it("answers the index property functions as amutils.c does, an output name in GROUP BY over a catalog relation, and a bare name in a JOIN's ON clause by that join's items", async () => {
    const answers = await sameAnswers(
      servers,
      [
        'CREATE TABLE c35t_p (a int, b text, c int)',
        'CREATE INDEX c35t_p_bt ON c35t_p (a DESC NULLS LAST, b NULLS FIRST) INCLUDE (c)',
        'CREATE INDEX c35t_p_h ON c35t_p USING hash (b)',
        // DBD::Pg's statistics_info reads a key column's order so; the other properties, the INCLUDE column, numbers past the index, and a table are as PostgreSQL answers.
        "SELECT c.relname, n, string_agg(coalesce(pg_index_column_has_property(c.oid, n, p)::text, '-'), ',' ORDER BY o) FROM pg_class c, generate_series(0, 4) n, unnest(ARRAY['asc', 'desc', 'nulls_first', 'nulls_last', 'orderable', 'distance_orderable', 'returnable', 'search_array', 'search_nulls', 'clusterable', 'bogus', 'DESC']) WITH ORDINALITY u(p, o) WHERE c.relname LIKE 'c35t_p%' GROUP BY 1, 2 ORDER BY 1, 2",
        "SELECT c.relname, string_agg(coalesce(pg_index_has_property(c.oid, p)::text, '-'), ',' ORDER BY o) FROM pg_class c, unnest(ARRAY['clusterable', 'index_scan', 'bitmap_scan', 'backward_scan', 'asc', 'bogus']) WITH ORDINALITY u(p, o) WHERE c.relname LIKE 'c35t_p%' GROUP BY 1 ORDER BY 1",
        "SELECT a.amname, string_agg(coalesce(pg_indexam_has_property(a.oid, p)::text, '-'), ',' ORDER BY o) FROM pg_am a, unnest(ARRAY['can_order', 'can_unique', 'can_multi_col', 'can_exclude', 'can_include', 'bogus']) WITH ORDINALITY u(p, o) WHERE a.amname IN ('btree', 'hash', 'heap') GROUP BY 1 ORDER BY 1",
        "SELECT pg_index_column_has_property('c35t_p_bt', 1, 'desc'), pg_index_column_has_property('c35t_p_bt'::regclass, 2, 'nulls_first'), pg_index_column_has_property(NULL, 1, 'asc'), pg_index_has_property(0, 'clusterable')",
        "SELECT proname, pronargs, prorettype::regtype::text, pg_get_function_arguments(oid) FROM pg_proc WHERE proname IN ('pg_index_column_has_property', 'jsonb_build_object', 'regexp_replace', 'to_jsonb') ORDER BY oid",
        // pgcli's casing query groups the words of function bodies by their output name.
        "CREATE FUNCTION c35t_f(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 1'",
        "SELECT regexp_split_to_table(prosrc, '\\W+') AS Word, count(1) FROM pg_catalog.pg_proc p WHERE proname = 'c35t_f' GROUP BY Word ORDER BY Word",
        "SELECT relkind AS kind, count(*) > 0 FROM pg_class WHERE relname LIKE 'c35t_p%' GROUP BY kind ORDER BY kind",
        // A catalog's primary key (oid) still makes its other columns grouped.
        "SELECT c.relname, count(*) FROM pg_class c WHERE c.relname = 'c35t_p' GROUP BY c.oid",
        'DROP FUNCTION c35t_f(int)',
        // psqlODBC's SQLForeignKeys: conkey is the subquery's, not the pg_constraint joined after.
        'CREATE TABLE c35t_q (id int PRIMARY KEY)',
        'CREATE TABLE c35t_r (id int, q int REFERENCES c35t_q)',
        "SELECT ref.conname, a1.attname, i FROM ((SELECT cn.oid, conrelid, conkey, conname, generate_series(array_lower(conkey, 1), array_upper(conkey, 1)) AS i FROM pg_catalog.pg_constraint cn WHERE contype = 'f' AND conrelid = 'c35t_r'::regclass) ref INNER JOIN pg_catalog.pg_attribute a1 ON a1.attrelid = ref.conrelid AND a1.attnum = conkey[i]) LEFT OUTER JOIN pg_catalog.pg_constraint cn ON cn.conrelid = 'c35t_q'::regclass AND cn.contype = 'p'",
        'SELECT k, j FROM (SELECT 1 AS k) r JOIN (SELECT 1 AS j) a ON j = k LEFT JOIN (SELECT 2 AS k) b ON b.k = j',
        'SELECT 1 FROM (SELECT 1 AS k) r JOIN (SELECT 1 AS k) a ON k = 1',
        'DROP TABLE c35t_r, c35t_q, c35t_p',
        // psqlODBC's column query: an oid beside an integer is an oid; DBD::Pg's table_info: no tablespace has no location.
        "SELECT pg_typeof(CASE WHEN true THEN 1::oid ELSE 0 END)::text, pg_typeof(coalesce(2::int8, 1::oid))::text, pg_tablespace_location(NULL) IS NULL, pg_tablespace_location(0)",
        // pg_proc now lists every overload of these: a bare name of several is regprocin's 42725.
        "SELECT 'regexp_replace'::regproc",
        "SELECT 'now'::regproc, 'jsonb_set'::regproc::oid",
      ],
      async (c, sql) => c.query({ text: sql, rowMode: 'array' }).then((r) => r.rows, (e: { code?: string; message: string }) => `${e.code}: ${e.message}`),
    );
    expect(answers[3]).toContainEqual(['c35t_p_bt', 1, 'false,true,false,true,true,false,true,true,true,-,-,true']);
    expect(answers[6]).toEqual([[true, true, null, null]]);
    expect(answers[9]).toEqual([['1', '1'], ['SELECT', '1'], ['x', '1']]);
    expect(answers[11]).toEqual([['c35t_p', '1']]);
    expect(answers[15]).toEqual([['c35t_r_q_fkey', 'q', 1]]);
    expect(answers[17]).toBe('42702: column reference "k" is ambiguous');
    expect(answers[19]).toEqual([['oid', 'oid', true, '']]);
    expect(answers[20]).toBe('42725: more than one function named "regexp_replace"');
  });
});
