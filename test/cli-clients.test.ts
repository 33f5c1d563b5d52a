/**
 * The real command-line clients — psql and pgbench — against a real evsql process.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers/server.js';

const run = promisify(execFile);
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
});

function psql(args: string[], input?: string) {
  const child = run('psql', ['-X', '-h', server.host, '-p', String(server.port), '-U', 'postgres', '-d', 'postgres', ...args], {
    env: { ...process.env, PGCONNECT_TIMEOUT: '10' },
  });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return child;
}

describe('psql', () => {
  it('runs -c "select 1" and prints what PostgreSQL prints', async () => {
    const { stdout } = await psql(['-c', 'select 1']);
    expect(stdout).toBe(' ?column? \n----------\n        1\n(1 row)\n\n');
  });

  it('runs an interactive-style script', async () => {
    const script = [
      'create table people (id serial primary key, name varchar(20) not null, age int, joined date);',
      "insert into people (name, age, joined) values ('alice', 31, '2024-01-02'), ('bob', null, '2023-12-31');",
      'select * from people order by id;',
      "update people set age = 40 where name = 'bob';",
      "delete from people where name = 'alice';",
      'select id, name, age from people;',
      'select count(*) as n, true as t, 1.50::numeric(4,2) as price;',
      '',
    ].join('\n');
    const { stdout } = await psql(['-v', 'ON_ERROR_STOP=1', '-f', '-'], script);
    expect(stdout).toBe(
      [
        'CREATE TABLE',
        'INSERT 0 2',
        ' id | name  | age |   joined   ',
        '----+-------+-----+------------',
        '  1 | alice |  31 | 2024-01-02',
        '  2 | bob   |     | 2023-12-31',
        '(2 rows)',
        '',
        'UPDATE 1',
        'DELETE 1',
        ' id | name | age ',
        '----+------+-----',
        '  2 | bob  |  40',
        '(1 row)',
        '',
        ' n | t | price ',
        '---+---+-------',
        ' 1 | t |  1.50',
        '(1 row)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('reports errors with their SQLSTATE and keeps the session usable', async () => {
    const { stdout, stderr } = await psql(['-v', 'VERBOSITY=verbose', '-f', '-'], 'select * from nosuch;\nselect 2 as two;\n');
    expect(stderr).toContain('ERROR:  42P01: relation "nosuch" does not exist');
    expect(stdout).toContain(' two \n-----\n   2\n(1 row)');
  });
});

const PGBENCH_SCHEMA = `
drop table if exists pgbench_accounts, pgbench_branches, pgbench_history, pgbench_tellers;
create table pgbench_history(tid int, bid int, aid int, delta int, mtime timestamp, filler char(22));
create table pgbench_tellers(tid int not null primary key, bid int, tbalance int, filler char(84)) with (fillfactor=100);
create table pgbench_accounts(aid int not null primary key, bid int, abalance int, filler char(84)) with (fillfactor=100);
create table pgbench_branches(bid int not null primary key, bbalance int, filler char(88)) with (fillfactor=100);
insert into pgbench_branches(bid, bbalance) values (1, 0);
insert into pgbench_tellers(tid, bid, tbalance) values (1,1,0),(2,1,0),(3,1,0),(4,1,0),(5,1,0),(6,1,0),(7,1,0),(8,1,0),(9,1,0),(10,1,0);
`;

describe('pgbench', () => {
  beforeAll(async () => {
    await psql(['-v', 'ON_ERROR_STOP=1', '-q', '-f', '-'], PGBENCH_SCHEMA);
    const rows = Array.from({ length: 100000 }, (_, i) => `${i + 1}\t1\t0\t\n`).join('');
    await psql(['-v', 'ON_ERROR_STOP=1', '-q', '-c', 'copy pgbench_accounts from stdin'], rows + '\\.\n');
    const { stdout } = await psql(['-At', '-c', 'select count(*) from pgbench_accounts']);
    expect(stdout.trim()).toBe('100000');
  });

  for (const mode of ['simple', 'extended', 'prepared']) {
    it(`runs the TPC-B script with -M ${mode}, 4 clients, no failures`, async () => {
      const { stdout } = await run('pgbench', ['-n', '-M', mode, '-c', '4', '-j', '2', '-t', '50', '-h', server.host, '-p', String(server.port), '-U', 'postgres', 'postgres'], {
        env: { ...process.env, PGCONNECT_TIMEOUT: '10' },
      });
      expect(stdout).toContain('number of transactions actually processed: 200/200');
      expect(stdout).toMatch(/number of failed transactions: 0 \(0\.000%\)/);
      // Every transaction moved the same delta through an account, a teller, the branch and the history.
      const { stdout: sums } = await psql(['-At', '-c', 'select (select sum(abalance) from pgbench_accounts), (select sum(tbalance) from pgbench_tellers), (select sum(bbalance) from pgbench_branches), (select sum(delta) from pgbench_history)']);
      const [a, t, b, h] = sums.trim().split('|');
      expect(new Set([a, t, b, h]).size).toBe(1);
    });
  }
});
