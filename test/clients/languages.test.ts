/**
 * Clients of other languages, as Debian ships them (.ci/run installs them): Ruby's ActiveRecord 6.1
 * and Sequel with the pg gem, PHP's PDO pgsql and Doctrine DBAL, and Go's lib/pq and pgx v4, built
 * in GOPATH mode from Debian's sources. Each runs a small realistic program (the *_app files here)
 * against evsql and against PostgreSQL 15; both servers must make it print the same, and it must
 * run to its end.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, it } from 'vitest';
import { sideBySide } from '../helpers/side-by-side.js';
import { printsTheSame } from './programs.js';

const servers = sideBySide();
const here = (file: string) => join(import.meta.dirname, file);
const scratch = mkdtempSync(join(tmpdir(), 'evsql-go-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('clients in other languages', () => {
  it('ActiveRecord 6.1 (pg 1.4): a migration with references and indexes, CRUD, nested transactions, intervals, the schema dump loaded back', async () => {
    await printsTheSame(servers, '/usr/bin/ruby', [here('activerecord_app.rb')]);
  });

  it('Sequel 5.63 (pg 1.4): create_table, its schema parsing, datasets with jsonb and array operators, upserts, prepared statements, savepoints, COPY out and in', async () => {
    await printsTheSame(servers, '/usr/bin/ruby', [here('sequel_app.rb')]);
  });

  it('PHP 8.2 PDO pgsql: native and emulated prepares, lastInsertId, savepoints, SQLSTATEs, column metadata, information_schema', async () => {
    await printsTheSame(servers, '/usr/bin/php', [here('pdo_app.php')]);
  });

  it('Doctrine DBAL 3.6: a schema created from PHP, the schema manager reading it back, the comparator finding nothing to change, a migration, the query builder', async () => {
    await printsTheSame(servers, '/usr/bin/php', [here('doctrine_app.php')]);
  });

  it('Go lib/pq 1.10 and pgx 4.15: prepared statements, arrays, pq.CopyIn, binary results, batches, CopyFrom, savepoints', async () => {
    // Debian's Go sources, no module downloads: GOPATH mode over /usr/share/gocode.
    const env = { ...process.env, GO111MODULE: 'off', GOPATH: '/usr/share/gocode', GOCACHE: join(scratch, 'cache'), GOFLAGS: '' };
    const binary = join(scratch, 'go_app');
    await promisify(execFile)('/usr/bin/go', ['build', '-o', binary, '.'], { cwd: here('go_app'), env, timeout: 150_000 });
    await printsTheSame(servers, binary, []);
  }, 200_000);
});
