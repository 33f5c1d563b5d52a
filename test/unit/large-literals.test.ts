/**
 * The large literals of a simple Query taken out before the parser (large-literals.ts), and a
 * large frontend message received whole into a buffer of its own size (frames.ts).
 */
import { describe, expect, it } from 'vitest';
import { LARGE_LITERAL, liftLargeLiterals } from '../../wire/large-literals.js';
import { MessageReader } from '../../wire/frames.js';

const big = 'x'.repeat(LARGE_LITERAL);

describe('large literals', () => {
  it('become parameters, with doubled quotes undone, wherever a plain literal stands', () => {
    const lifted = liftLargeLiterals(`INSERT INTO t VALUES (1, '${big}''s', 'small', '${big}'::bytea)`);
    expect(lifted?.text).toBe("INSERT INTO t VALUES (1, $1, 'small', $2::bytea)");
    expect(lifted?.values).toEqual([`${big}'s`, big]);
  });

  it('stay where a quote is not a plain literal: comments, identifiers, dollar quotes, prefixed strings', () => {
    for (const q of [
      `SELECT 1 -- '${big}'`,
      `SELECT 1 /* '${big}' /* nested */ '${big}' */`,
      `SELECT "a'${big}'b" FROM t`,
      `SELECT $$ '${big}' $$`,
      `SELECT $tag$ '${big}' $tag$`,
      `SELECT E'\\'${big}'`,
      `SELECT X'${big}'`,
      `SELECT U&'${big}'`,
      `SELECT bytea'${big}'`,
      `SELECT '${big.slice(1)}'`,
      `SELECT '${big}`,
    ]) {
      expect(liftLargeLiterals(q)).toBeNull();
    }
    // A statement with parameters of its own is left to the parser.
    expect(liftLargeLiterals(`SELECT $1, '${big}'`)).toBeNull();
    // After an E'' string with an escaped quote, scanning goes on past its real end.
    expect(liftLargeLiterals(`SELECT E'a\\'b', '${big}'`)?.text).toBe("SELECT E'a\\'b', $1");
  });
});

describe('a large frontend message', () => {
  it('is received whole in pieces, and the message after it in the same pieces comes next', () => {
    const body = Buffer.alloc(3 << 20, 7);
    const head = Buffer.alloc(5);
    head.write('Q', 0);
    head.writeInt32BE(body.length + 4, 1);
    const sync = Buffer.from([0x53, 0, 0, 0, 4]);
    const wire = Buffer.concat([head, body, sync]);
    const reader = new MessageReader(1 << 30);
    reader.startupPhase = false;
    reader.authenticated = true;
    const got: Array<{ type: string; length: number }> = [];
    for (let at = 0; at < wire.length; at += 65_536) {
      reader.push(wire.subarray(at, at + 65_536));
      for (let m = reader.next(); m; m = reader.next()) got.push({ type: m.type, length: m.body.length });
    }
    expect(got).toEqual([
      { type: 'Q', length: body.length },
      { type: 'S', length: 0 },
    ]);
  });
});
