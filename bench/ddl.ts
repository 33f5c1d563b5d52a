/**
 * `npm run bench -- ddl`: how the time of one DDL statement grows with the schema. The same
 * twenty ALTERs and CREATE INDEXes, the ones an ORM's schema sync or a migration sends, run on a
 * table of a small schema and of a big one (tables with indexes, foreign keys, views, triggers and
 * sequences); the figure is the per-statement time on each and their ratio. A statement whose time
 * grows with the schema rather than with its own table is a cost to find. Each statement's server
 * CPU time (all its threads, from /proc) is shown beside its wall time: on a shared machine it
 * varies far less.
 */
import { readFileSync } from 'node:fs';
import { Args, say } from './cli.js';
import { startEvsql } from './servers.js';
import pg from 'pg';

export const DDL_USAGE = `usage: npm run bench -- ddl [options]

  --tables N        tables of the big schema (default 300)
  --small N         tables of the small schema (default 5)
  --replicas N      evsql replicas (default 3)
  --cpu-prof DIR    run the big schema's server under node --cpu-prof, profiles in DIR
  --bin PATH        another build's dist/bin/evsql.js (to compare builds)
`;

/** One table of the schema, with what an application's table carries around it. */
function tableDdl(i: number): string[] {
  const t = `d_t${i}`;
  const out = [
    `CREATE TABLE ${t} (id serial PRIMARY KEY, name text NOT NULL, amount numeric(12,2) DEFAULT 0, note varchar(40), created_at timestamptz DEFAULT now()${i > 0 ? `, parent_id integer REFERENCES d_t${i - 1}(id)` : ''})`,
    `CREATE INDEX ${t}_name ON ${t} (name)`,
    `INSERT INTO ${t} (name, amount, note${i > 0 ? ', parent_id' : ''}) VALUES ('a', 1, 'x'${i > 0 ? ', NULL' : ''}), ('b', 2, NULL${i > 0 ? ', NULL' : ''})`,
  ];
  if (i % 3 === 0) out.push(`CREATE VIEW ${t}_v AS SELECT id, name, amount FROM ${t} WHERE amount > 0`);
  if (i % 10 === 0) out.push(`CREATE SEQUENCE ${t}_seq`);
  if (i % 20 === 0) {
    out.push(`CREATE FUNCTION ${t}_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, 'touched'); RETURN NEW; END $$`);
    out.push(`CREATE TRIGGER ${t}_touch BEFORE INSERT OR UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION ${t}_touch()`);
  }
  return out;
}

/** The statements timed, all on one table in the middle of the schema (one no view reads: PostgreSQL refuses a type change of a column a view uses). */
function alters(t: string): string[] {
  return [
    `ALTER TABLE ${t} ALTER COLUMN note TYPE varchar(80)`,
    `ALTER TABLE ${t} ALTER COLUMN note SET DEFAULT 'n'`,
    `ALTER TABLE ${t} ALTER COLUMN note DROP DEFAULT`,
    `ALTER TABLE ${t} ALTER COLUMN amount SET NOT NULL`,
    `ALTER TABLE ${t} ALTER COLUMN amount DROP NOT NULL`,
    `ALTER TABLE ${t} ALTER COLUMN amount TYPE numeric(14,2)`,
    `ALTER TABLE ${t} ADD COLUMN extra integer`,
    `ALTER TABLE ${t} ADD COLUMN flag boolean NOT NULL DEFAULT false`,
    `ALTER TABLE ${t} ALTER COLUMN extra TYPE bigint`,
    `ALTER TABLE ${t} ADD CONSTRAINT ${t}_extra_pos CHECK (extra > 0)`,
    `ALTER TABLE ${t} DROP CONSTRAINT ${t}_extra_pos`,
    `ALTER TABLE ${t} ADD CONSTRAINT ${t}_name_uq UNIQUE (name)`,
    `CREATE INDEX ${t}_amount ON ${t} (amount)`,
    `DROP INDEX ${t}_amount`,
    `ALTER TABLE ${t} RENAME COLUMN extra TO extra2`,
    `ALTER TABLE ${t} DROP COLUMN extra2`,
    `ALTER TABLE ${t} DROP COLUMN flag`,
    `ALTER TABLE ${t} RENAME TO ${t}_r`,
    `ALTER TABLE ${t}_r RENAME TO ${t}`,
    `ALTER TABLE ${t} ALTER COLUMN note TYPE varchar(40)`,
  ];
}

/** The server's CPU milliseconds so far, all threads (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function run(tables: number, replicas: number, bin: string | undefined, nodeArgs: string[] = []): Promise<{ build: number; times: Array<[string, number, number]> }> {
  const sys = await startEvsql({ replicas, exec: 'ev', bin, nodeArgs, cwd: nodeArgs.length ? process.cwd() : undefined });
  const client = new pg.Client(sys.config());
  await client.connect();
  try {
    const t0 = performance.now();
    for (let i = 0; i < tables; i++) for (const sql of tableDdl(i)) await client.query(sql);
    const build = performance.now() - t0;
    const times: Array<[string, number, number]> = [];
    const middle = Math.floor(tables / 2);
    for (const sql of alters(`d_t${middle % 3 === 0 ? middle + 1 : middle}`)) {
      const s = performance.now();
      const cpu = cpuMs(sys.pid);
      await client.query(sql);
      times.push([sql, performance.now() - s, cpuMs(sys.pid) - cpu]);
    }
    return { build, times };
  } finally {
    await client.end();
    await sys.stop();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function ddlCommand(argv: string[]): Promise<number> {
  const args = new Args(argv, { tables: { type: 'string' }, small: { type: 'string' }, replicas: { type: 'string' }, 'cpu-prof': { type: 'string' }, bin: { type: 'string' } });
  if (args.help) {
    say(DDL_USAGE);
    return 0;
  }
  const big = args.int('tables', 300, 2);
  const small = args.int('small', 5, 2);
  const replicas = args.int('replicas', 3, 1);
  const prof = args.string('cpu-prof');
  const bin = args.string('bin');
  const a = await run(small, replicas, bin);
  say(`small schema (${small} tables) built in ${(a.build / 1000).toFixed(1)} s`);
  const b = await run(big, replicas, bin, prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []);
  say(`big schema (${big} tables) built in ${(b.build / 1000).toFixed(1)} s\n`);
  say(`${'small: ms'.padStart(10)} ${'cpu ms'.padStart(7)} ${'big: ms'.padStart(9)} ${'cpu ms'.padStart(7)}  statement`);
  for (let i = 0; i < a.times.length; i++) {
    const [, wa, ca] = a.times[i]!;
    const [sql, wb, cb] = b.times[i]!;
    say(`${wa.toFixed(0).padStart(10)} ${ca.toFixed(0).padStart(7)} ${wb.toFixed(0).padStart(9)} ${cb.toFixed(0).padStart(7)}  ${sql}`);
  }
  for (const [what, at] of [['wall', 1], ['server CPU', 2]] as const) {
    const ma = median(a.times.map((x) => x[at]));
    const mb = median(b.times.map((x) => x[at]));
    say(`median ${what} per statement: ${ma.toFixed(0)} ms small, ${mb.toFixed(0)} ms big (x${(mb / Math.max(ma, 1)).toFixed(1)})`);
  }
  return 0;
}
