/**
 * What running PostgreSQL 15.18's own regression files (src/test/regress/sql) against evsql found
 * (the thirty-seventh session), on a real server through the `pg` driver; each expected value is
 * PostgreSQL 15's answer to the same statement.
 */
import { describe, expect, it } from 'vitest';
import { sharedClient } from './helpers/shared-client.js';

const { client, rows, failure } = sharedClient();

describe('PL/pgSQL parameters by position', () => {
  it('reads an unnamed parameter as $n, and a named one by either name', async () => {
    await client().query("CREATE FUNCTION r37_vol(text) RETURNS text AS 'begin return $1; end' LANGUAGE plpgsql VOLATILE");
    expect(await rows("SELECT r37_vol('bar'), r37_vol(NULL)")).toEqual([['bar', null]]);
    await client().query('CREATE FUNCTION r37_add(a int, int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN $1 + $2 + a; END $$');
    expect(await rows('SELECT r37_add(1, 2)')).toEqual([[4]]);
    await client().query('CREATE FUNCTION r37_strict(int, text) RETURNS text LANGUAGE plpgsql STRICT AS $$ DECLARE x text; BEGIN x := $2 || $1; RETURN x; END $$');
    expect(await rows("SELECT r37_strict(1, 'a'), r37_strict(NULL, 'a')")).toEqual([['a1', null]]);
    await client().query("CREATE FUNCTION r37_exec(int) RETURNS int LANGUAGE plpgsql AS $$ DECLARE r int; BEGIN EXECUTE 'SELECT $1 * 2' INTO r USING $1; RETURN r; END $$");
    expect(await rows('SELECT r37_exec(21)')).toEqual([[42]]);
  });

  it('fails a call naming a parameter the function lacks with 42P02', async () => {
    await client().query('CREATE FUNCTION r37_bad(int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN $2; END $$');
    expect(await failure('SELECT r37_bad(1)')).toMatchObject({ code: '42P02', message: 'there is no parameter $2' });
  });
});
