/**
 * client_encoding other than UTF8, through psql: a terminal in a Latin-1 or C locale makes psql ask
 * for LATIN1 or SQL_ASCII, and evsql refused the connection (FATAL 0A000). What the client sends
 * is read in its encoding and what it is sent is converted to it, byte for byte as PostgreSQL 15
 * does (the expected outputs below are PostgreSQL's).
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

/** psql -At reading `input` (bytes in `encoding`) with PGCLIENTENCODING set; stdout and stderr as bytes. */
async function psql(encoding: string, input: Buffer): Promise<{ out: Buffer; err: Buffer }> {
  const child = run('psql', ['-X', '-At', '-h', server.host, '-p', String(server.port), '-U', 'postgres', '-d', 'postgres'], {
    env: { ...process.env, PGCLIENTENCODING: encoding, PGCONNECT_TIMEOUT: '10' },
    encoding: 'buffer',
  });
  child.child.stdin!.end(input);
  const { stdout, stderr } = await child;
  return { out: stdout, err: stderr };
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('client_encoding', () => {
  it('LATIN1: statements, parameters of COPY and results are converted both ways; a character LATIN1 lacks is 22P05', async () => {
    const { out, err } = await psql(
      'LATIN1',
      latin1(
        [
          "SELECT 'caf\xe9', length('caf\xe9'), octet_length('caf\xe9');",
          'CREATE TABLE enc_l1 (id int, t text);',
          "INSERT INTO enc_l1 VALUES (1, 'na\xefve \xe6\xf8\xe5');",
          'COPY enc_l1 FROM STDIN;',
          '2\t\xfcber',
          '\\.',
          'COPY enc_l1 TO STDOUT;',
          'SELECT t, length(t) FROM enc_l1 ORDER BY id;',
          'SELECT chr(8364);',
          "SELECT 'after';",
          'SHOW client_encoding;',
        ].join('\n') + '\n',
      ),
    );
    expect(out.toString('latin1')).toBe(
      ['caf\xe9|4|5', 'CREATE TABLE', 'INSERT 0 1', 'COPY 1', '1\tna\xefve \xe6\xf8\xe5', '2\t\xfcber', 'na\xefve \xe6\xf8\xe5|9', '\xfcber|4', 'after', 'LATIN1', ''].join('\n'),
    );
    expect(err.toString('latin1')).toContain('ERROR:  character with byte sequence 0xe2 0x82 0xac in encoding "UTF8" has no equivalent in encoding "LATIN1"');
  });

  it('WIN1252 has the euro sign at 0x80; SET client_encoding back to UTF8 takes effect at once', async () => {
    const { out } = await psql('WIN1252', Buffer.concat([latin1("SELECT '"), Buffer.from([0x80]), latin1("', length('"), Buffer.from([0x80]), latin1("'), octet_length('"), Buffer.from([0x80]), latin1("');\nSET client_encoding TO 'UTF8';\nSELECT chr(8364);\n")]));
    expect(out).toEqual(Buffer.concat([Buffer.from([0x80]), latin1('|1|3\nSET\n'), Buffer.from('€\n', 'utf8')]));
  });

  it('SQL_ASCII passes bytes as they are; multibyte encodings are refused, unknown names are 22023', async () => {
    const { out } = await psql('SQL_ASCII', Buffer.from("SELECT 'café', length('café');\nSHOW client_encoding;\n", 'utf8'));
    expect(out.toString('utf8')).toBe('café|4\nSQL_ASCII\n');
    const refused = await psql('SJIS', latin1('SELECT 1;\n')).catch((e: { stderr: Buffer }) => e.stderr.toString());
    expect(refused).toContain('FATAL:  evsql does not convert to or from client_encoding "SJIS"');
    const unknown = await psql('klingon', latin1('SELECT 1;\n')).catch((e: { stderr: Buffer }) => e.stderr.toString());
    expect(unknown).toContain('FATAL:  invalid value for parameter "client_encoding": "klingon"');
  });
});
